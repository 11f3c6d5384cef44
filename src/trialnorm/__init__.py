"""trialnorm: clinical-trial registry records, in whatever form you have them, as one typed record.

    >>> import trialnorm
    >>> trial = trialnorm.parse_file("fixtures/ctgov-v2/NCT07409766.json")
    >>> trial.phases, trial.enrollment.count

Formats are read by adapters (``trialnorm.formats()``); the record is
``trialnorm.Trial`` (see SCHEMA.md); errors derive from ``TrialnormError``.
"""

from trialnorm._api import detect, formats, iter_parse, iter_parse_file, parse, parse_file
from trialnorm.archive import ArchiveVersion, archive_versions
from trialnorm.convert import ConvertSummary, convert
from trialnorm.diff import RecordDiff, diff
from trialnorm.errors import (
    FetchError,
    HistoryUnavailable,
    InvalidNctId,
    NotATrialRecord,
    ParseError,
    StoreError,
    StudyNotFound,
    TrialnormError,
    UnrecognizedFormat,
)
from trialnorm.fetch import CtgovClient, fetch
from trialnorm.model import (
    SCHEMA_VERSION,
    Age,
    Arm,
    Criterion,
    Dose,
    Eligibility,
    Intervention,
    Location,
    Organization,
    Outcome,
    ParseWarning,
    Person,
    Threshold,
    Trial,
)
from trialnorm.store import RecordStore

__version__ = "0.1.0"

__all__ = [  # noqa: RUF022 (grouped by use, as the docs list them)
    "__version__",
    "SCHEMA_VERSION",
    # parsing
    "parse", "parse_file", "iter_parse", "iter_parse_file", "detect", "formats",
    # fetching, comparing, converting
    "fetch", "CtgovClient", "RecordStore", "diff", "RecordDiff", "convert", "ConvertSummary",
    "archive_versions", "ArchiveVersion",
    # the record
    "Trial", "Arm", "Intervention", "Dose", "Eligibility", "Criterion", "Threshold", "Age",
    "Outcome", "Organization", "Person", "Location", "ParseWarning",
    # errors
    "TrialnormError", "ParseError", "UnrecognizedFormat", "NotATrialRecord", "FetchError",
    "StudyNotFound", "HistoryUnavailable", "InvalidNctId", "StoreError",
]
