#!/usr/bin/env python3
"""Rewrite golden files from the current parser. Review every diff by eye before committing.

    python scripts/regen_golden.py              # all fixtures
    python scripts/regen_golden.py aggregator   # fixtures whose path contains "aggregator"
"""

from __future__ import annotations

import sys
from pathlib import Path

from trialnorm.golden import golden_pairs, write_golden

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    for path, expected in golden_pairs(ROOT / "fixtures", ROOT.parent / "shared" / "seeds"):
        if argv and not any(a in str(path) or a in str(expected) for a in argv):
            continue
        write_golden(path, expected, ROOT)
        print(f"wrote {expected.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
