"""Build src/trialnorm/extract/common_words.txt, the everyday words no dose is "of".

    python scripts/build_common_words.py        (reads ../shared/corpus beside the checkout)

The dose reader names an amount's drug from the words around it, by rules. On unseen text
those rules now and then take a plain word for the name: "lowering cholesterol ... starting
doses of 10 mg", "examine if oral administration of Pariet (20mg tablets)", "a single vaccine
dose of 0.25mL", "400mg on days 1-3, and 200mg there after". A name of one such word is no
name; the reader then falls back on the intervention's own name, or a name of the record's
written nearby, or none.

The words are the corpus's own: a lower-case word (letters and hyphens, four or more)
written in at least MIN_FILES of its record files is an everyday word of trial text.
Left out, so they can still name a dose:
- the generic drug names of drug_names.txt ("morphine", "insulin");
- salts and elements ("sodium", "calcium"), and what the dose tables do give as agents
  ("placebo", "saline", "water", "oxygen", "radiotherapy", "glucose", "albumin", ...: KEEP);
- any word the corpus writes as a whole intervention name ("Placebo", "Exercise").
(ClinicalTrials.gov records are public-domain U.S. government data.)
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
OUT = ROOT / "src" / "trialnorm" / "extract" / "common_words.txt"
DRUGS = ROOT / "src" / "trialnorm" / "extract" / "drug_names.txt"
MIN_FILES = 15
WORD = re.compile(r"(?<![\w\-])[a-z][a-z\-]{2,}[a-z](?![\w\-])")
KEEP = {
    "placebo", "placebos", "saline", "radiotherapy", "radiation", "irradiation", "protein",
    "proteins", "glucose", "dextrose", "oxygen", "calcium", "magnesium", "albumin", "sodium",
    "potassium", "water", "vehicle", "serum", "plasma", "stool", "corticosteroids", "steroids",
    "alcohol", "ethanol", "acid", "phosphate", "chloride", "immunoglobulin", "immunoglobulins",
    "vitamin", "vitamins", "contrast", "iron", "zinc", "iodine", "nitrogen", "lithium", "sucrose",
    "lactose", "fructose", "protein-bound", "chemotherapy", "antibiotics", "antibiotic",
    "supplement", "supplements", "probiotic", "probiotics", "nicotine", "caffeine", "insulin",
    "heparin", "omega-3", "milk", "juice", "tea", "coffee", "oil", "sugar", "salt", "fat", "fiber",
    "fibre", "honey",
}


def main() -> int:
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    drugs = {w for w in DRUGS.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
    files: Counter[str] = Counter()
    named: set[str] = set()
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix not in (".json", ".xml") or "spec" in path.parts:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        files.update(set(WORD.findall(text)))
        named.update(n.lower() for n in re.findall(r"<intervention_name>([^<\s]+)</intervention_name>", text))
        if path.suffix == ".json":
            for n in re.findall(rb'"(?:name|InterventionName)"\s*:\s*("[^"\\]*")', text.encode()):
                name = orjson.loads(n)
                if " " not in name:
                    named.add(name.lower())
    words = sorted(w for w, n in files.items()
                   if n >= MIN_FILES and w not in drugs and w not in KEEP and w not in named)
    OUT.write_text("# Everyday words of trial text that name no dose (scripts/build_common_words.py).\n"
                   + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
