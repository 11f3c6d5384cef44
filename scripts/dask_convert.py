"""Recipe: the per-record conversion of `trialnorm convert` on Dask.

For corpora that outgrow one machine (every historical version of every study,
several registries), run the same pure function, ``trialnorm.convert.convert_item``,
on a Dask cluster. Inputs are listed locally (or from object storage) as
``InputItem``s; each partition converts its items; records come back as JSON lines.

    python scripts/dask_convert.py INPUT... -o OUT.jsonl [--scheduler processes|threads|sync|ADDRESS]

With ``--scheduler tcp://host:8786`` it runs on a distributed cluster
(``pip install "dask[distributed]"``). Output equals `trialnorm convert INPUT -o OUT.jsonl`
record for record, in the same order.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from trialnorm.convert import RecordResult, convert_item
from trialnorm.inputs import iter_inputs


def _convert_partition(items: list[Any]) -> list[Any]:
    out = []
    for item in items:
        for r in convert_item(item):
            out.append(("record", r.json) if isinstance(r, RecordResult)
                       else ("error", orjson.dumps(r.as_dict())))
    return out


def dask_convert(inputs: list[str], out: str, *, scheduler: str = "processes",
                 partitions: int = 8) -> tuple[int, int]:
    """Convert ``inputs`` to ``out`` (JSONL) on Dask; returns (records, error rows)."""
    import dask.bag as db

    items = list(iter_inputs(inputs, defer=True))  # members are inflated on the workers
    bag = db.from_sequence(items, npartitions=max(1, min(partitions, len(items))))
    kwargs: dict[str, Any] = {}
    if "://" in scheduler:
        from dask.distributed import Client

        Client(scheduler)
    else:
        kwargs["scheduler"] = {"sync": "synchronous"}.get(scheduler, scheduler)
    results = bag.map_partitions(_convert_partition).compute(**kwargs)
    out_path = Path(out)
    errors_path = out_path.with_name(out_path.name.removesuffix(".jsonl") + ".errors.jsonl")
    records = errors = 0
    with open(out_path, "wb") as f, open(errors_path, "wb") as e:
        for kind, line in results:
            (f if kind == "record" else e).write(line + b"\n")
            records += kind == "record"
            errors += kind == "error"
    return records, errors


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="trialnorm convert on Dask (JSONL output)")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--scheduler", default="processes")
    ap.add_argument("--partitions", type=int, default=8)
    args = ap.parse_args(argv)
    records, errors = dask_convert(args.inputs, args.output, scheduler=args.scheduler,
                                   partitions=args.partitions)
    print(f"{records} records, {errors} error rows", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
