"""trialnorm: clinical-trial registry records, in whatever form you have them, as one typed record.

    >>> import trialnorm
    >>> trial = trialnorm.parse_file("fixtures/ctgov-v2/NCT07409766.json")
    >>> trial.phases, trial.enrollment.count

Formats are read by adapters (``trialnorm.formats()``); the record is
``trialnorm.Trial`` (see SCHEMA.md); errors derive from ``TrialnormError``.
"""

from trialnorm._api import detect, formats, iter_parse, iter_parse_file, parse, parse_file
from trialnorm.errors import (
    FetchError, InvalidNctId, NotATrialRecord, ParseError, StoreError, StudyNotFound,
    TrialnormError, UnrecognizedFormat,
)
from trialnorm.model import (
    SCHEMA_VERSION, Age, Arm, Criterion, Dose, Eligibility, Intervention, Location,
    Organization, Outcome, ParseWarning, Person, Threshold, Trial,
)

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "SCHEMA_VERSION",
    # parsing
    "parse", "parse_file", "iter_parse", "iter_parse_file", "detect", "formats",
    # the record
    "Trial", "Arm", "Intervention", "Dose", "Eligibility", "Criterion", "Threshold", "Age",
    "Outcome", "Organization", "Person", "Location", "ParseWarning",
    # errors
    "TrialnormError", "ParseError", "UnrecognizedFormat", "NotATrialRecord", "FetchError",
    "StudyNotFound", "InvalidNctId", "StoreError",
]
