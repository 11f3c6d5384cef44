"""Build src/trialnorm/extract/drug_names.txt, the drug-name list the dose reader falls back on.

    pip install drug-named-entity-recognition==2.0.9 wordfreq==3.1.1
    python scripts/build_drug_names.py

The dose reader names the drug of an amount from the text around it, by rules (a name
right before the amount, "of <name>" after it, a name the record gives its
interventions, a drug-like ending such as -mab or -platin). When none of them names
one, a sentence such as "Ipatasertib will be administered by mouth 400 mg" or
"Participants will take melatonin (or placebo) ... 2.5-10 mg" still names its drug in
plain words; a list of known drug names lets the reader take it.

The names come from the drug dictionary of Fast Data Science's MIT-licensed
drug-named-entity-recognition package (itself built from DrugBank's open vocabulary
(CC0), MeSH and MedlinePlus). Only what such a fallback can safely use is kept:
- generic (canonical) names only, no brand synonyms, each with a DrugBank, MeSH or
  MedlinePlus identifier;
- single words of letters (and hyphens), at least 5 long: codes ("AB-22") have rules
  of their own, and short words collide with abbreviations;
- no plurals: those are classes, families or proteins ("benzodiazepines", "amylases",
  "claudins"), not a drug one gives (a final "s" stays in "-is", "-us", "-ss":
  "sirolimus", "tafamidis");
- rare in general English (wordfreq Zipf frequency below 3.0, that is fewer than one
  in a million words), which drops the dictionary's foods, metals and common words
  ("honey", "copper", "glucose", "cholesterol") that name an allergen extract or a lab
  value far more often than a drug; a short list of drugs that are also everyday
  words ("insulin", "morphine", "aspirin") is kept by hand, and a short list of lab analytes
  ("creatinine", "homocysteine", "bilirubin") is left out.
"""

from __future__ import annotations

import bz2
import pickle
import re
from importlib.metadata import version
from pathlib import Path

import drug_named_entity_recognition
from wordfreq import zipf_frequency

OUT = Path(__file__).resolve().parents[1] / "src" / "trialnorm" / "extract" / "drug_names.txt"
EVERYDAY_DRUGS = {"insulin", "morphine", "aspirin", "testosterone", "estrogen", "progesterone",
                  "nicotine", "caffeine", "lithium", "dopamine", "cocaine", "heroin"}
# lab analytes that are also dictionary entries: "serum creatinine above 1.5 mg/dL", "elevated
# homocysteine" name what is measured, not what is given
ANALYTES = {"homocysteine", "creatinine", "prolactin", "bilirubin", "procalcitonin", "osteocalcin",
            "aldosterone", "renin", "transferrin", "lipase", "thyrotropin", "thyroxine", "triiodothyronine"}
RARE = 3.0  # Zipf frequency: 3.0 is once per million words
HEADER = """\
# Generic drug names for the dose reader's last fallback (trialnorm.extract.doses).
# Built by scripts/build_drug_names.py from drug-named-entity-recognition {version}
# (https://github.com/fastdatascience/drug_named_entity_recognition), whose dictionary
# draws on DrugBank's open vocabulary (CC0), MeSH and MedlinePlus. Its licence:
#
# MIT License. Copyright (c) 2023 Fast Data Science Ltd (https://fastdatascience.com)
# Permission is hereby granted, free of charge, to any person obtaining a copy of this
# software and associated documentation files (the "Software"), to deal in the Software
# without restriction, including without limitation the rights to use, copy, modify,
# merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
# permit persons to whom the Software is furnished to do so, subject to the following
# conditions: The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",
# WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
"""


def main() -> None:
    data = Path(drug_named_entity_recognition.__file__).parent / "drug_ner_dictionary.pkl.bz2"
    with bz2.open(data, "rb") as f:
        canonical = pickle.load(f)["drug_canonical_to_data"]  # the package's own file
    names = sorted(
        name for name, info in canonical.items()
        if any(k in info for k in ("drugbank_id", "mesh_id", "medline_plus_id"))
        and re.fullmatch(r"[a-z][a-z\-]{4,}", name)
        and (not name.endswith("s") or name.endswith(("is", "us", "ss")))
        and (zipf_frequency(name, "en") < RARE or name in EVERYDAY_DRUGS)
        and name not in ANALYTES)
    OUT.write_text(HEADER.format(version=version("drug-named-entity-recognition"))
                   + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
