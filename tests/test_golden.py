"""Every fixture under fixtures/ parses to its reviewed golden record."""

from __future__ import annotations

import orjson
import pytest
from conftest import FIXTURES, ROOT, SEEDS

from trialnorm.adapters import REGISTRY
from trialnorm.golden import golden_pairs, golden_record
from trialnorm.model import Trial

PAIRS = list(golden_pairs(FIXTURES, SEEDS))


@pytest.mark.parametrize("path,expected", PAIRS, ids=[str(e.relative_to(FIXTURES)) for _, e in PAIRS])
def test_golden(path, expected):
    assert expected.exists(), f"no golden file for {path}: run scripts/regen_golden.py and review it"
    want = orjson.loads(expected.read_bytes())
    got = golden_record(path, ROOT)
    assert got == want


@pytest.mark.parametrize("path,expected", PAIRS, ids=[str(e.relative_to(FIXTURES)) for _, e in PAIRS])
def test_golden_round_trips_through_the_model(path, expected):
    data = orjson.loads(expected.read_bytes())
    for record in data if isinstance(data, list) else [data]:
        assert Trial.model_validate(record).to_dict() == record


def test_every_adapter_has_golden_fixtures():
    formats_with_goldens = set()
    for _, expected in PAIRS:
        data = orjson.loads(expected.read_bytes())
        for record in data if isinstance(data, list) else [data]:
            formats_with_goldens.add(record["source"]["format"])
    assert set(REGISTRY) <= formats_with_goldens, set(REGISTRY) - formats_with_goldens
