"""The eligibility criteria texts of the corpus, as its files hold them (shared by the benches).

    from corpus_texts import criteria_texts   # scripts/ is on sys.path when a script runs

``criteria_texts()`` gives every API v2, legacy XML and API v1 record's criteria text in a
fixed order (1,058 texts); ``history=True`` adds the v2 and XML version histories.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def criteria_texts(history: bool = False) -> list[str]:
    texts: list[str] = []
    for folder in ("ctgov-v2", "ctgov-v2-history") if history else ("ctgov-v2",):
        for path in sorted((CORPUS / folder).rglob("*.json")):
            try:
                study = json.loads(path.read_bytes())
            except ValueError:
                continue
            text = study.get("protocolSection", {}).get("eligibilityModule", {}).get(
                "eligibilityCriteria")
            if text:
                texts.append(text)
    for folder in ("ctgov-xml", "ctgov-xml-history") if history else ("ctgov-xml",):
        for path in sorted((CORPUS / folder).rglob("*.xml")):
            try:
                node = ET.parse(path).getroot().find("eligibility/criteria/textblock")
            except ET.ParseError:
                continue
            if node is not None and node.text:
                texts.append(node.text)
    for path in sorted((CORPUS / "ctgov-v1").rglob("*.json")):
        try:
            texts.extend(v1_texts(json.loads(path.read_bytes())))
        except ValueError:
            continue
    return texts


def v1_texts(node: object) -> list[str]:
    """Every ``EligibilityCriteria`` string under an API v1 document, in document order."""
    if isinstance(node, dict):
        found = []
        for key, value in node.items():
            if key == "EligibilityCriteria" and isinstance(value, str):
                found.append(value)
            else:
                found.extend(v1_texts(value))
        return found
    if isinstance(node, list):
        return [text for value in node for text in v1_texts(value)]
    return []
