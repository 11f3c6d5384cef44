"""Arbitrary input never escapes as anything but a trialnorm error."""

from __future__ import annotations

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import trialnorm

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["protocolSection", "studies", "study", "identificationModule",
                                        "statusModule", "nctId", "armGroups", "x"]) | st.text(max_size=8),
                      children, max_size=4),
    max_leaves=20,
)


def _parse_quietly(data):
    try:
        list(trialnorm.iter_parse(data, source="fuzz"))
    except trialnorm.TrialnormError:
        pass


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data):
    _parse_quietly(data)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(json_values)
def test_arbitrary_json(value):
    _parse_quietly(orjson.dumps(value))
    _parse_quietly(repr(value))
    if isinstance(value, (dict, list)):
        _parse_quietly(value)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text(text):
    _parse_quietly(text)
