"""The adapter registry: one module per input format, in detection order.

Format detection, the CLI's ``--from`` choices and the README's format table all
come from ``REGISTRY``. To add a format, write ``adapters/<name>.py`` exposing an
``ADAPTER`` and list the module in ``_MODULES``; more specific detectors go first.
"""

from __future__ import annotations

import importlib

from trialnorm.adapters._base import PARSER_VERSION, Adapter, RawInput

__all__ = ["PARSER_VERSION", "REGISTRY", "Adapter", "RawInput", "get_adapter"]

# Detection order: structured formats first, then saved pages, then scraped text.
_MODULES = (
    "ctgov_v2",
    "ctgov_v1",
    "ctgov_xml",
    "ctgov_html",
    "aggregator",
    "summary_page",
)


def _load() -> dict[str, Adapter]:
    registry: dict[str, Adapter] = {}
    for module_name in _MODULES:
        module = importlib.import_module(f"{__name__}.{module_name}")
        adapter: Adapter = module.ADAPTER
        registry[adapter.name] = adapter
    return registry


REGISTRY: dict[str, Adapter] = _load()


def get_adapter(name: str) -> Adapter:
    try:
        return REGISTRY[name]
    except KeyError:
        raise KeyError(f"no adapter {name!r}; known: {', '.join(REGISTRY)}") from None
