"""Refit the weights that split the summary page's flattened outcome rows.

``trialnorm.adapters.summary_page.split_outcome_row`` scores every candidate time frame
of a "measure time-frame description" row with ``_WEIGHTS``. This script is how those
weights were made, so they can be refitted when the features change:

- Data: the outcome rows of the API v2 corpus records (``../shared/corpus/ctgov-v2``,
  raw JSON strings, white space collapsed, cells joined by one space as seed 003 shows
  them). The gold split is the two word boundaries of the time frame (rows without one
  are not trained on). A row's "others" are the other rows of its record, each padded
  with one space (the page-level repetition feature).
- Train: even-indexed v2 records (sorted by file name). Held out: the odd-indexed v2
  records and every legacy XML record (``../shared/corpus/ctgov-xml``).
- Features: the module's own ``_RowParts`` (imported, never copied), combined per
  candidate as ``split_outcome_row`` sums them (with the module's weights both pick the
  same split on 7,205 of the 7,208 corpus rows; the other 3 are ties up to float
  rounding, summed in another order; tests/test_page_adapters.py guards this). The
  committed weights were fitted before the module bounded its search to a row's head (a
  measure is at most ~60 words, ``_MAX_MEASURE_WORDS``, a speed cut made after the
  fit): by default the fit lifts that bound while it builds the candidates, which gives
  back exactly the candidate set the weights were fitted on (the bound only drops
  candidates of rows longer than ~66 words, 369 of the 3,108 training rows; every other
  candidate's features are the same). ``--bounded`` fits on the run-time candidate set
  instead (140 weights; best candidate odd v2 83.8%, XML 73.6%: no better, not adopted).
- Learner: averaged perceptron, 8 epochs, the items shuffled in place by
  ``random.Random(epoch)`` each epoch; the averaged weights are divided by 10 and
  rounded to 2 decimals (the scale is free; 2 decimals keep the table short).

Everything is deterministic (a fixed shuffle seed, integer feature counts, candidates
visited in order), so ``--check`` asserts that the refit gives exactly the weights the
module holds (exact equality of the rounded table, not an accuracy tolerance), and
reports held-out accuracy (the split chosen by the module's own ``split_outcome_row``
with its weights, whole row exact). Exit code 0 when equal, 1 when not. It takes about
two minutes on one core.

    python scripts/fit_outcome_rows.py            # refit, print accuracies and the table
    python scripts/fit_outcome_rows.py --check    # refit and compare with the module
    python scripts/fit_outcome_rows.py --bounded  # refit on the run-time candidate set

Accuracies here are on the raw JSON strings; tests/test_page_adapters.py measures the
same split on the records as the adapters clean them (83.5% odd v2, 74.4% XML).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT / "src"))

from trialnorm.adapters import summary_page

EPOCHS = 8
SCALE = 10  # the averaged weights are divided by this before rounding
DECIMALS = 2
LINE_WIDTH = 99
UNBOUNDED = 10**9  # words: no row is that long

#: (measure, time frame, description) of one outcome, white space collapsed, "" if absent
Cells = tuple[str, str, str]
#: a candidate's (start, end) word boundaries and its feature counts
Candidate = tuple[tuple[int, int], Counter[str]]


def _collapse(text: str | None) -> str:
    return " ".join((text or "").split())


def load_v2(corpus: Path) -> list[list[Cells]]:
    """The outcomes of each API v2 record, records in file-name order."""
    records = []
    for path in sorted((corpus / "ctgov-v2").glob("*.json")):
        study = json.loads(path.read_bytes())
        module = study["protocolSection"].get("outcomesModule") or {}
        records.append([
            (_collapse(o.get("measure")), _collapse(o.get("timeFrame")),
             _collapse(o.get("description")))
            for group in ("primaryOutcomes", "secondaryOutcomes", "otherOutcomes")
            for o in module.get(group) or []])
    return records


def load_xml(corpus: Path) -> list[list[Cells]]:
    """The outcomes of each legacy XML record, records in file-name order."""
    records = []
    for path in sorted((corpus / "ctgov-xml").glob("*.xml")):
        tree = etree.parse(str(path))
        records.append([
            (_collapse(o.findtext("measure")), _collapse(o.findtext("time_frame")),
             _collapse(o.findtext("description")))
            for tag in ("primary_outcome", "secondary_outcome", "other_outcome")
            for o in tree.iter(tag)])
    return records


Row = tuple[list[str], tuple[int, int] | None, list[str], Cells]


def rows_of(records: Iterable[list[Cells]]) -> Iterator[Row]:
    """Each outcome as a flattened row: its words, the gold time-frame boundaries (None
    without a time frame), the record's other rows padded with spaces, and its cells."""
    for record in records:
        rows = [" ".join(c for c in cells if c) for cells in record]
        padded = [f" {row} " for row in rows]
        for k, cells in enumerate(record):
            measure_words = len(cells[0].split())
            gold = (measure_words, measure_words + len(cells[1].split())) if cells[1] else None
            others = [p for p in padded if p != padded[k]]
            yield rows[k].split(), gold, others, cells


def candidate_features(parts: summary_page._RowParts, i: int, j: int,
                       others: Sequence[str]) -> Counter[str]:
    """The features whose weights ``split_outcome_row`` adds up for the time frame
    words[i:j]."""
    features: Counter[str] = Counter(parts.start_features[i])
    features.update(parts.end_features[j])
    features.update(parts.inside[i:j])
    features.update(x for x in parts.inner_capital[i + 1:j] if x)
    features.update(parts.pair_features(i, j))
    if others:
        span = " " + " ".join(parts.words[i:j]) + " "
        if any(span in other for other in others):
            features["repeated"] += 1
    return features


@contextmanager
def _unbounded_search() -> Iterator[None]:
    """Lift the module's run-time bound on a measure's length (see the docstring)."""
    bound = summary_page._MAX_MEASURE_WORDS
    summary_page._MAX_MEASURE_WORDS = UNBOUNDED
    try:
        yield
    finally:
        summary_page._MAX_MEASURE_WORDS = bound


def prepare(rows: Iterable[Row], bounded: bool = False
            ) -> list[tuple[list[Candidate] | None, tuple[int, int] | None]]:
    """Every row's candidates with their features, and its gold boundaries."""
    if not bounded:
        with _unbounded_search():
            return prepare(rows, bounded=True)
    out: list[tuple[list[Candidate] | None, tuple[int, int] | None]] = []
    for words, gold, others, _ in rows:
        if len(words) < 2:
            out.append((None, gold))
            continue
        parts = summary_page._RowParts(words)
        out.append(([((i, j), candidate_features(parts, i, j, others))
                     for i in parts.starts for j in parts.ends(i)], gold))
    return out


def _score(weights: dict[str, float], features: Counter[str]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in features.items())


def _best(weights: dict[str, float], candidates: list[Candidate]
          ) -> tuple[float, tuple[int, int], Counter[str]]:
    """The highest-scoring candidate; on a tie the first (earlier start, shorter)."""
    best: tuple[float, tuple[int, int], Counter[str]] | None = None
    for ij, features in candidates:
        score = _score(weights, features)
        if best is None or score > best[0]:
            best = (score, ij, features)
    assert best is not None
    return best


def train(prepared: list[tuple[list[Candidate] | None, tuple[int, int] | None]],
          epochs: int = EPOCHS) -> dict[str, float]:
    """Averaged perceptron over the rows whose gold split is among the candidates."""
    weights: defaultdict[str, float] = defaultdict(float)
    totals: defaultdict[str, float] = defaultdict(float)
    step = 1
    items = [(cands, gold) for cands, gold in prepared if cands and gold]
    for epoch in range(epochs):
        random.Random(epoch).shuffle(items)
        for candidates, gold in items:
            gold_features = next((f for ij, f in candidates if ij == gold), None)
            if gold_features is None:
                continue
            _, guess, guess_features = _best(weights, candidates)
            if guess != gold:
                for k, v in gold_features.items():
                    weights[k] += v
                    totals[k] += step * v
                for k, v in guess_features.items():
                    weights[k] -= v
                    totals[k] -= step * v
            step += 1
    return {k: round((weights[k] - totals[k] / step) / SCALE, DECIMALS) for k in weights}


def candidate_accuracy(weights: dict[str, float],
                       prepared: list[tuple[list[Candidate] | None, tuple[int, int] | None]]
                       ) -> tuple[int, int]:
    """Rows whose best candidate is the gold split (no candidate = no time frame)."""
    exact = sum((_best(weights, cands)[1] if cands else None) == gold for cands, gold in prepared)
    return exact, len(prepared)


def module_accuracy(rows: Iterable[Row]) -> tuple[int, int]:
    """Rows that ``split_outcome_row`` (the module's weights) splits into exactly the cells."""
    exact = total = 0
    for words, _, others, cells in rows:
        total += 1
        expected = (cells[0], cells[1] or None, cells[2] or None)
        exact += summary_page.split_outcome_row(" ".join(words), others) == expected
    return exact, total


def format_weights(weights: dict[str, float]) -> str:
    """The weights as the module's ``_WEIGHTS`` assignment: sorted, wrapped at 99."""
    lines = ["_WEIGHTS: dict[str, float] = {"]
    line = "   "
    for name, value in sorted(weights.items()):
        piece = f' "{name}": {value},'
        if len(line) + len(piece) > LINE_WIDTH:
            lines.append(line)
            line = "   "
        line += piece
    lines += [line, "}"]
    return "\n".join(lines)


def _rate(label: str, exact: int, total: int) -> str:
    return f"{label}: {exact:,}/{total:,} = {exact / total:.1%}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="refit and compare with the weights in summary_page.py")
    parser.add_argument("--bounded", action="store_true",
                        help="fit on the run-time candidate set (a measure of at most "
                             "_MAX_MEASURE_WORDS words); the module's weights were fitted without")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder")
    args = parser.parse_args(argv)
    if args.check and args.bounded:
        parser.error("--check compares the fit the module's weights come from: drop --bounded")

    v2 = load_v2(args.corpus)
    xml = load_xml(args.corpus)
    sets = {"v2 even (fit)": list(rows_of(v2[0::2])),
            "v2 odd (held out)": list(rows_of(v2[1::2])),
            "xml (held out)": list(rows_of(xml))}
    prepared = {name: prepare(rows, args.bounded) for name, rows in sets.items()}
    odd = prepared["v2 odd (held out)"]
    covered = sum(1 for cands, gold in odd if cands and any(ij == gold for ij, _ in cands))
    print(_rate("gold split among the candidates, v2 odd", covered, len(odd)), file=sys.stderr)

    weights = train(prepared["v2 even (fit)"])
    print(f"{len(weights)} weights; best candidate with the refitted weights:", file=sys.stderr)
    for name, prep in prepared.items():
        print("  " + _rate(name, *candidate_accuracy(weights, prep)), file=sys.stderr)
    print("split_outcome_row with the module's weights:", file=sys.stderr)
    for name, rows in sets.items():
        print("  " + _rate(name, *module_accuracy(rows)), file=sys.stderr)

    if not args.check:
        print(format_weights(weights))
        return 0
    held = summary_page._WEIGHTS
    changed = sorted(k for k in weights.keys() | held.keys() if weights.get(k) != held.get(k))
    if not changed:
        print(f"OK: the refit equals the module's {len(held)} weights", file=sys.stderr)
        return 0
    print(f"DIFFERENT: {len(changed)} weights differ from the module's", file=sys.stderr)
    for k in changed:
        print(f"  {k}: module {held.get(k)} refit {weights.get(k)}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
