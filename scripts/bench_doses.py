"""What the dose reader costs: per text, and against parsing the same records.

Reads every API v2 and legacy XML record in ../shared/corpus with
``trialnorm.parse_file`` (which runs the dose reader inside ``enrich``), collects
every arm and intervention description, then times ``parse_doses`` alone over those
texts (CPU time, best of --repeat, so other load on the machine does not skew it).
The share printed at the end is dose-reading time / whole-parse time.

    .venv/bin/python scripts/bench_doses.py [--repeat 3]
    .venv/bin/python scripts/bench_doses.py --score   # accuracy on the table and holdouts
    .venv/bin/python scripts/bench_doses.py --dump out.jsonl  # every reading in the corpus
    .venv/bin/python scripts/bench_doses.py --against main    # speed against another revision

``--dump`` writes, for every distinct (text, agent argument) pair of every arm and
intervention description in the corpus (API v2, XML, v1 and saved pages, with the agent
argument and the record's intervention names ``enrich`` passes), one JSON line with the doses read and the warnings; two dumps
taken before and after a change show what it changed (``--compare old.jsonl new.jsonl``).

``--against REV`` loads ``extract/doses.py`` as it is at git revision REV next to this
checkout's, checks that both read every description and summary sentence identically, and
times both interleaved on the same texts (CPU time, best of --repeat), printing the ratio.

``--score`` prints, for the table and each holdout set of ``tests/doses_table.py``, the
share of phrases read exactly: every expected dose and no other, with the same amount
(value or low/high), unit and agent ("exact"), also with level, days and fractions
("full"), and on amount and unit alone ("amount+unit"); plus expected doses found. Each
set is scored twice: without context (the phrase and its agent argument alone) and with the
names of the interventions of the row's corpus record (``tests/dose_context.py``), as
``enrich`` reads a record; rows from outside the corpus have no record, so no names.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import trialnorm
from trialnorm.enrich import dose_names
from trialnorm.errors import TrialnormError
from trialnorm.extract.doses import parse_doses
from trialnorm.model import Dose

_HAS_DIGIT = re.compile(r"\d")
ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def _files() -> list[Path]:
    return sorted((CORPUS / "ctgov-v2").glob("*.json")) + sorted((CORPUS / "ctgov-xml").glob("*.xml"))


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def _same(dose: Dose, want: Any, fields: str) -> bool:
    """``fields``: "au" amount and unit, "aua" plus agent, "full" plus level/days/fractions."""
    if not (_close(dose.value, want.value) and _close(dose.low, want.low)
            and _close(dose.high, want.high) and dose.unit == want.unit):
        return False
    if fields == "au":
        return True
    if dose.agent != want.agent:
        return False
    if fields == "aua":
        return True
    return (dose.level == want.level
            and (want.days is None or tuple(dose.days) == want.days)
            and (want.fractions is None or tuple(dose.fractions) == want.fractions))


def _all_files() -> list[Path]:
    """Every record file of every format the corpus has (histories aside)."""
    files = _files()
    files += sorted((CORPUS / "ctgov-v1").glob("*.json"))
    files += sorted(p for p in (CORPUS / "pages").rglob("*.html"))
    return files


def _arm_agent(arm: Any) -> str | None:
    # as enrich._arm_agent: an arm with one intervention passes its name
    if len(arm.intervention_names) == 1:
        return arm.intervention_names[0].split(":", 1)[-1].strip() or None
    return None


# a sentence ends at its stop or at a line break, except a hard wrap inside a sentence (legacy
# XML text: "ticagrelor\n      90 mg"), which the reader reads as a space
_SENTENCE_END = re.compile(
    r"(?<=[.;!?])\s+(?=[A-Z(*•\-])"
    r"|(?<![\w,)%])\n+|\n\n+|\n(?=[ \t]*\d+[.)]\s)|\n(?![a-z0-9(]|[ \t]+[a-z0-9(]|[ \t]{2,}[A-Z][a-z])")


Text = tuple[str, str, "str | None", tuple[str, ...]]


def _corpus_texts(summaries: bool = False) -> list[Text]:
    """(source, text, agent argument, names) for each distinct description pair in the corpus,
    with the record's intervention names ``enrich`` passes; with ``summaries``, also each
    sentence of the brief summaries and detailed descriptions (source "desc:NCT...", no agent
    argument, the same names), the other free text a dose is written in."""
    seen: set[tuple[str, str | None]] = set()
    out: list[Text] = []
    for path in _all_files():
        try:
            trials = list(trialnorm.iter_parse_file(path))
        except TrialnormError:
            continue
        for trial in trials:
            src = trial.nct_id or path.name
            names = dose_names(trial)
            pairs = [(src, arm.description, _arm_agent(arm)) for arm in trial.arms if arm.description]
            pairs += [(src, iv.description, iv.name) for iv in trial.interventions if iv.description]
            if summaries:
                prose = "\n".join(t for t in (trial.brief_summary, trial.detailed_description) if t)
                pairs += [(f"desc:{src}", s.strip(), None) for s in _SENTENCE_END.split(prose)
                          if _HAS_DIGIT.search(s)]
            for source, text, agent in pairs:
                if (text, agent) not in seen:  # the first record's names (a text repeats in one NCT's formats)
                    seen.add((text, agent))
                    out.append((source, text, agent, names))
    return out


def _reading(d: Dose) -> dict[str, Any]:
    return d.model_dump(exclude_defaults=True)


def dump(path: Path) -> None:
    """One JSON line per distinct description (and summary sentence): source, text, agent,
    doses, warnings."""
    with path.open("w", encoding="utf-8") as out:
        for source, text, agent, names in _corpus_texts(summaries=True):
            doses, warnings = parse_doses(text, agent=agent, names=names)
            out.write(json.dumps({"source": source, "text": text, "agent": agent,
                                  "doses": [_reading(d) for d in doses],
                                  "warnings": warnings}, ensure_ascii=False) + "\n")


def compare(old: Path, new: Path) -> None:
    """Print each description whose readings differ between two dumps, and the count."""
    def load(p: Path) -> dict[tuple[str, str | None], dict[str, Any]]:
        rows = (json.loads(line) for line in p.read_text(encoding="utf-8").splitlines())
        return {(r["text"], r["agent"]): r for r in rows}

    a, b = load(old), load(new)
    changed = 0
    for key in a.keys() | b.keys():
        ra, rb = a.get(key), b.get(key)
        if ra is None or rb is None or ra["doses"] != rb["doses"] or ra["warnings"] != rb["warnings"]:
            changed += 1
            src = (ra or rb or {}).get("source")
            print(f"--- {src} agent={key[1]!r}\n    {key[0][:300]!r}")
            short = [(d.get("value", (d.get("low"), d.get("high"))), d["unit"], d.get("agent"))
                     for d in (ra or {}).get("doses", [])]
            print(f"    old {short}")
            short = [(d.get("value", (d.get("low"), d.get("high"))), d["unit"], d.get("agent"))
                     for d in (rb or {}).get("doses", [])]
            print(f"    new {short}")
    print(f"{changed} of {len(a.keys() | b.keys())} descriptions read differently")


def against(rev: str, repeat: int) -> int:
    """Time this checkout's reader against REV's, interleaved; 1 if they read anything differently."""
    import importlib.util
    import inspect
    import subprocess
    import tempfile

    source = subprocess.run(["git", "show", f"{rev}:src/trialnorm/extract/doses.py"], cwd=ROOT,
                            check=True, capture_output=True, text=True).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as tmp:
        tmp.write(source)
    spec = importlib.util.spec_from_file_location("_doses_at_rev", tmp.name)
    assert spec is not None and spec.loader is not None
    old = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = old  # dataclasses look their module up
    spec.loader.exec_module(old)
    Path(tmp.name).unlink()

    # each reader is given what it takes: the record's names only if it reads them
    old_reads_names = "names" in inspect.signature(old.parse_doses).parameters

    def old_read(text: str, agent: str | None, names: tuple[str, ...]) -> tuple[list[Dose], list[str]]:
        return old.parse_doses(text, agent=agent, names=names) if old_reads_names \
            else old.parse_doses(text, agent=agent)

    def here_read(text: str, agent: str | None, names: tuple[str, ...]) -> tuple[list[Dose], list[str]]:
        return parse_doses(text, agent=agent, names=names)

    pairs = [(text, agent, names) for _, text, agent, names in _corpus_texts(summaries=True)]
    differ = sum(1 for text, agent, names in pairs
                 if [d.model_dump() for d in old_read(text, agent, names)[0]]
                 != [d.model_dump() for d in here_read(text, agent, names)[0]]
                 or old_read(text, agent, names)[1] != here_read(text, agent, names)[1])
    print(f"{len(pairs)} texts; read differently: {differ}"
          + ("" if old_reads_names else f" ({rev} reads no names)"))
    texts = [(text, agent, names) for _, text, agent, names in _corpus_texts()]
    # interleaved in chunks of 100 texts, each timed --repeat times per reader and its best kept,
    # so a burst of load on the machine spoils one chunk's run, not a reader's whole total
    best = {"rev": 0.0, "here": 0.0}
    readers = [("rev", old_read), ("here", here_read)]
    for at in range(0, len(texts), 100):
        chunk = texts[at:at + 100]
        chunk_best = {"rev": float("inf"), "here": float("inf")}
        for run in range(repeat):
            for name, read in readers if run % 2 == 0 else readers[::-1]:
                t0 = time.process_time()
                for text, agent, names in chunk:
                    read(text, agent, names)
                chunk_best[name] = min(chunk_best[name], time.process_time() - t0)
        for name in best:
            best[name] += chunk_best[name]
    for name, label in (("rev", rev), ("here", "this checkout")):
        print(f"{label}: {best[name] * 1e3:.1f} ms, {best[name] / len(texts) * 1e6:.1f} us per text")
    print(f"this checkout / {rev} = {best['here'] / best['rev']:.3f}")
    return 1 if differ else 0


def score(verbose: bool = False) -> None:
    """Exact-read rates of the table and each holdout set (see the module docstring), without
    and with the context of the row's record (the names ``enrich`` passes)."""
    sys.path.insert(0, str(ROOT / "tests"))
    import doses_external
    import doses_table
    from dose_context import context_names

    sets = [(name, getattr(doses_table, name)) for name in
            ("ROWS", "HOLDOUT", "HOLDOUT2", "HOLDOUT3", "HOLDOUT4", "HOLDOUT5", "HOLDOUT6", "HOLDOUT7", "HOLDOUT8",
             "HOLDOUT25", "HOLDOUT26")
            if hasattr(doses_table, name)]
    # the blind sets from records outside the corpus (tests/doses_external.py)
    sets += [(name, getattr(doses_external, name))
             for name in sorted((n for n in dir(doses_external) if re.fullmatch(r"HOLDOUT\d+", n)),
                                key=lambda n: int(n[7:]))]
    for name, rows in sets:
        with_names = sum(bool(context_names(row[1])) for row in rows)
        print(f"{name}: {len(rows)} phrases ({with_names} with a record's names)")
        for context in (False, True):
            exact = full = au = found = wanted = 0
            for _kind, source, phrase, agent, wants, _miss in rows:
                names = context_names(source) if context else ()
                doses, _ = parse_doses(phrase, agent=agent, names=names)
                ok = {f: len(doses) == len(wants) and all(_same(d, w, f) for d, w in zip(doses, wants))
                      for f in ("au", "aua", "full")}
                exact += ok["aua"]
                full += ok["full"]
                au += ok["au"]
                wanted += len(wants)
                found += sum(any(_same(d, w, "aua") for d in doses) for w in wants)
                if verbose and not ok["aua"]:
                    print(f"  MISS {source}: {phrase[:100]!r}\n"
                          f"    want {[(w.value or (w.low, w.high), w.unit, w.agent) for w in wants]}\n"
                          f"    got  {[(d.value or (d.low, d.high), d.unit, d.agent) for d in doses]}")
            n = len(rows)
            print(f"  {'with' if context else 'without'} context: exact {exact}/{n} ({exact / max(1, n):.1%}), "
                  f"full {full}/{n}, amount+unit {au}/{n} ({au / max(1, n):.1%}); "
                  f"expected doses found {found}/{wanted}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timing runs; the best is kept")
    ap.add_argument("--score", action="store_true", help="accuracy on the table and holdouts, no timing")
    ap.add_argument("--misses", action="store_true", help="with --score: print each phrase not read exactly")
    ap.add_argument("--dump", type=Path, help="write every corpus reading to this JSON-lines file")
    ap.add_argument("--against", metavar="REV", help="time against the reader at git revision REV")
    ap.add_argument("--compare", type=Path, nargs=2, metavar=("OLD", "NEW"),
                    help="print the descriptions two dumps read differently")
    args = ap.parse_args(argv)
    if args.dump:
        dump(args.dump)
        return 0
    if args.against:
        return against(args.against, args.repeat)
    if args.compare:
        compare(*args.compare)
        return 0
    if args.score:
        score(args.misses)
        return 0

    files = _files()
    texts: list[tuple[str, str | None, tuple[str, ...]]] = []
    parsed_files: list[Path] = []
    for path in files:
        try:
            trial = trialnorm.parse_file(path)
        except TrialnormError as exc:  # a bench reports, it does not stop
            print(f"skip {path.name}: {type(exc).__name__}: {exc}"[:160], file=sys.stderr)
            continue
        parsed_files.append(path)
        names = dose_names(trial)  # what enrich passes
        texts += [(arm.description, _arm_agent(arm), names) for arm in trial.arms if arm.description]
        texts += [(iv.description, iv.name, names) for iv in trial.interventions if iv.description]

    parse_best = dose_best = float("inf")
    for _ in range(args.repeat):
        t0 = time.process_time()
        for path in parsed_files:
            trialnorm.parse_file(path)
        parse_best = min(parse_best, time.process_time() - t0)
        t0 = time.process_time()
        for text, agent, names in texts:
            parse_doses(text, agent=agent, names=names)
        dose_best = min(dose_best, time.process_time() - t0)

    n_doses = n_with = n_warn = 0
    for text, agent, names in texts:
        doses, warnings = parse_doses(text, agent=agent, names=names)
        n_doses += len(doses)
        n_with += bool(doses)
        n_warn += len(warnings)
    chars = sum(len(t) for t, _, _ in texts)
    parsed = len(parsed_files)
    print(f"records: {parsed} parsed ({len(files) - parsed} failed) of {len(files)} (API v2 + XML)")
    print(f"descriptions: {len(texts)} ({chars / 1e3:.0f} k chars); with a dose: {n_with}; "
          f"doses: {n_doses}; warnings: {n_warn}")
    print(f"dose reader: {dose_best * 1e3:.1f} ms total, "
          f"{dose_best / max(1, len(texts)) * 1e6:.1f} us per text, "
          f"{len(texts) / dose_best:,.0f} texts/s")
    print(f"parse_file (includes the reader): {parse_best * 1e3:.1f} ms, "
          f"{parse_best / max(1, parsed) * 1e3:.2f} ms per record, {parsed / parse_best:,.0f} records/s")
    print(f"dose reading is {dose_best / parse_best:.1%} of parse time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
