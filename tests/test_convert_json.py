"""convert's record JSON (extras written by orjson, spliced in) is Trial.to_json() byte for byte."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic_core import PydanticSerializationError

import trialnorm
from trialnorm.convert import _record_json
from trialnorm.model import Trial

_SOURCE = {"format": "ctgov-v2", "parser_version": "test"}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                 max_size=4),
    max_leaves=20)


def test_corpus_records_are_written_as_to_json_writes_them():
    files = sorted((CORPUS / "ctgov-v2").glob("*.json")) + sorted((CORPUS / "ctgov-xml").glob("*.xml"))
    with_extras = 0
    for path in files:
        trial = trialnorm.parse(path.read_bytes(), source=str(path))
        with_extras += bool(trial.extras)
        assert _record_json(trial) == trial.to_json().encode(), path
    assert with_extras > 500


@settings(max_examples=300, deadline=None)
@given(extras=st.dictionaries(st.text(max_size=10), json_values, max_size=6),
       warning_text=st.text(max_size=30))
def test_any_json_extras_are_written_as_pydantic_writes_them(extras: dict, warning_text: str):
    # A warning text may itself look like the key the splice looks for.
    trial = Trial.model_validate({"source": _SOURCE, "extras": extras,
                                  "brief_title": ',"warnings":[',
                                  "warnings": [{"field": "f", "message": ',"warnings":[',
                                                "text": warning_text}]})
    assert _record_json(trial) == trial.to_json().encode()


def test_values_orjson_would_write_its_own_way_are_left_to_pydantic():
    for odd in (datetime.date(2020, 1, 2), {1: "int key"}, Path("x")):
        trial = Trial.model_validate({"source": _SOURCE, "extras": {"x": odd}})
        assert _record_json(trial) == trial.to_json().encode()
    assert b'"extras":{"x":{"1":"int key"}}' in _record_json(
        Trial.model_validate({"source": _SOURCE, "extras": {"x": {1: "int key"}}}))
    # What pydantic cannot write (a lone surrogate), the fast path does not write either.
    trial = Trial.model_validate({"source": _SOURCE, "extras": {"x": "\ud800"}})
    with pytest.raises(PydanticSerializationError):
        _record_json(trial)
