"""Doses and regimens out of arm and intervention text.

``parse_doses(text, agent=None, names=())`` returns one :class:`~trialnorm.model.Dose` per
amount the text gives an agent, and warnings about what it had to guess. It never raises.

What counts as a dose: a number (or a range, or a list sharing one unit) followed by a
dose unit. Units are normalized to ``mg``, ``g``, ``ug``, ``ng``, ``mL``, ``uL``, ``L`` (of a
gas or a bowel preparation only: "15 lt/min oxygen", "2L Polyethylene glycol"), ``IU``, ``U``,
``BAU``, ``mmol``, ``umol``, ``nmol``, ``pmol``, ``mEq``, ``vg``, ``PFU``, ``TCID50``,
``CCID50``, ``vp`` (viral particles), ``CFU``, ``Gy``, ``kBq``, ``MBq``, ``GBq`` (kept as
written, as grams are not turned into milligrams), ``mCi``, ``uCi``, ``ppm`` (an inhaled gas)
and ``cells``, with ``/kg``, ``/m2`` and per-time suffixes kept (``mg/m2/day``, ``cells/kg``;
the body before the time: "mg/min/kg" is ``mg/kg/min``). "4.0 log10 PFU" is 10^4 PFU.
"CAR+ T cells", "viable cells", "TNC" are all ``cells``.
A number written as a word before a mass or volume unit ("twenty milliliters") is read;
one that is part of a compound ("twenty five", "two hundred and fifty") is not.

Scientific notation is read in every form met in the registry: ``4×10⁵``, ``10^9``,
``10\\^9``, ``1.0E6``, ``2x10^6``, ``1 x 10e8``, ``6 million``; in a range the exponent
of the high end applies to the low end ("0.5-3×10^9" is 5e8..3e9). ``0.25×108`` (a
superscript lost in copying) is read as 10^8 with a warning.

Not doses: amounts behind a comparator (lab thresholds: "platelets >60 × 10⁹/L"),
concentrations and lab units (``/L``, ``/dL``, ``mg/mL``, ``mg/cc``, "10 mg total
phospholipid (TPL)/mL", "5 g/100 mL": a volume of 100 or 1000 under the amount is the
w/v way to write a concentration, while "225 mg/1.5 mL" or "1 mg/20 ml" is a dose in a
volume and reads as the amount), percentages, blood or samples collected ("~100 ml
blood"), ages, weights and durations (no dose unit).

Spaces between groups of three ("10 000 U/m²") join the groups when a unit follows and
no count word (day, cohort, ...) comes before. A unit written again in parentheses
("2.4 milligrams (mg) cagrilintide", "20 milligrams (mg)/kilogram (kg)") and the element
a molar amount counts ("0.04 mmol Gd/kg") are read through.

Decimal comma: "2,5mg" is 2.5; "1,000" is a thousand. "d,ddd" whose last digit is not
0 is ambiguous: it is thousands when the text writes decimals with a point elsewhere,
a decimal comma when the text writes another decimal comma, and otherwise a decimal
comma ("Cortivazol ALTIM, 3,375mg" is 3.375 mg), always with a warning, since
"1,875 mg" would be misread the same way. Round doses (last digit 0) are always
thousands.

Who gets it: ``agent`` is the drug named right before the amount ("Fludarabine: 25-30
mg/m^2", "gefitinib will be administered at 250 mg") or right after it ("25 IU of
Botulinum Toxin Type A", "150 mg Pregabalin"); an amount listed with others shares
their agent ("8 mg, 12 mg, or 16 mg of poziotinib"); else a drug-looking name earlier
in the same sentence ("Blinatumomab was administered ... at 8 μg/day"), unless the text
uses the ``agent`` argument's own name; else the ``agent`` argument (the intervention's
name) when one is given. Agents are quoted as written, not normalized. More rules of
who gets it: amounts joined by "/" take names joined by "/" in order ("24/26 mg
sacubitril/valsartan", "600/100 mg tablets of TMC114/rtv"); a target antigen before
"CAR-T" names the product ("CD7 CAR-T cell therapy", not "CD7"); a two-letter regimen
code right before the amount is a name ("Bu 3.2mg/kg", "BU 3.2 mg/kg"); a hyphenated
modifier stays with the name after it ("high-titre CP"); a drug named as an arm
("without cisplatin arms") is not the agent; release forms ("extended release") and
"Post Transplant" are not names; a volume in parentheses after a concentration is the
volume of that drug ("Epinephrine 1mg/ml (0.5ml)"), and a volume in parentheses after a
dose is a dose of the same drug, as a volume before an amount in parentheses is ("10 µg
lixisenatide (0.10 mL injection)", "4mg(1 ml) dexamethasone", "0.5ml (25 micrograms) of
Fentanyl" each give both). An
intervention name the text does not use whole gives the agent as the text writes its
first word ("Enasidenib mesylat dose escalation" -> "Enasidenib"). A salt written after
the name is part of it ("Furmonertinib Mesilate", "Dexamethasone Sodium Phosphate");
adverbs ("again") and a frequency glued to a word ("QD-will") are not names. A name after "of"
is the amount's own whatever stands before it ("Co-formulation of 150 mg of elvitegravir, 150
mg of cobicistat"); verbs, form headings and English words that look like drug names
("increase the dose to", "Frequency", "adequate") are not names; a salt or "acid" keeps the
word before it ("zinc sulfate", "folic acid", "Fluticasone furoate/vilanterol"); a route, a
release form, a strength in percent or a written-out form ("dry powder for inhalation") between
name and amount is skipped; isotopes and dotted codes stay whole ("177Lu-PSMA-617",
"Ad26.COV2.S"). Amounts listed with as many listed names take them in order ("Gemcitabine
and cisplatin at 1000 mg/m2 and 25 mg/m2, respectively"); a sentence opening on "the dose"
doses the drug the sentence before gives ("receive ABC-123. The dose is 10 mg"). An amount whose sentence names no
drug takes the agent of the amount before when their units agree ("8 μg/day. The dosage
escalated to 28 μg/day"); this can be wrong for a ramp-up of a drug the text does not
name (kept as a known miss in the table).

Also not doses: lab ratios ("48 mmol/mol", "0.3 g/gCr", "per deciliter"), a count per volume
with no unit ("(1.0 x 109/L)"), rating scales ("10 unit ... scales"), a sample stored in aliquots
or a total of blood drawn; "108 CFU" (a lost superscript) is 10^8 for counted units (cells,
CFU, vp, PFU, vg, TCID50). Also not doses: a volume a drug is diluted in, flushed with or
given in ("in a 10 mL solution"), a
volume that fills or sizes a device ("inflated with 60 mL", "1 cc, 26G x 1.5 syringe",
"60cc suction syringes"; "5 ml via syringe" is a dose), the second number of a spread
("33 ± 4 Gy"), and the same amount of the same agent again without a schedule of its
own (two weight bands both given "5 micrograms/kg").

Hard-wrapped text (legacy XML: "ticagrelor\n      90 mg twice per day") is read as one line:
a line break after a word, followed by a lower-case word, a number that is no numbered item,
or an indented capitalized word, is a space; other line breaks still end a clause ("Initial
dose: 30 mg/m2\nDose reductions: ..."). ``Dose.text`` quotes the text as written.

More of who gets it: the subject of the sentence when it opens on a drug-like name and a verb
("Macrophage-targeted glucocerebrosidase will be administered ... at 60 to 120 IU per kg",
"Voluven (130/0.4) does not accumulate ... (maximal dose 50 ml/kg)"); the last word of
lower-case words right before the amount when it reads as a drug ("a genotyping strategy
ticagrelor 90 mg"); a name after "of" behind a unit written again ("800 to 1200 international
units per day (IU/day) of vitamin D"); "elemental calcium" keeps "elemental". Who "will
receive" the amount is no drug: the name after the amount wins ("... normal G6PD enzyme function
will receive 0.4 mg/kg PQ"), and a code followed by "enzyme", "function", "genotype", "level"
... is a gene or a measure, not a drug. Also not doses: the water a drug is taken with ("with
240mL of water"), and a limit behind "less than approximately" ("less than approximately 130
grams per day" of carbohydrate).

The record's own names (``names``: its interventions' names and other names, which
``enrich`` passes) say who gets a dose better than the words alone. Where the text writes one
of them (whole words, any case, a hyphen or space between words optional; a combined name
"ABC: abacavir: Ziagen" or "X + Y" in its parts; "Insulin aspart 30 mix" also before its
strength, "Yangxue Qingnao pills" without its form, "tolterodine tartrate" also without its
salt), that name as written is the agent when it holds the reader's own guess
("calcitonin-gene" is "calcitonin-gene related peptide") or the guess runs on from it without
a space ("rhBMP-2The stand-alone" is "rhBMP-2"); a guess holding the name stays
("hAd5-S-Fusion+N-ETSD" for "hAd5-S-Fusion"), unless it stands before the amount, writes no
name of the record's, and one follows the amount right away ("Alternatively-one 5 mg
Lenalidomide capsule"). With no guess, the name right after the amount, else right before it
("receiving polyherbal formulation 1800mg"), else the name its clause opens on ("MagnetOs Flex
Matrix use in ..., 5cc-10cc") is the agent; a name in another clause, before another dose,
after a join ("44 mg/m2 and cytarabine") or naming an arm ("without cisplatin arms") is not. "Placebo",
"Control", "Surgery", "Standard of care" and names under 3 characters are never read this way;
codes of 3 are matched only as written ("MTX", not "mtx"). Without names the reading is the
words' alone.

Last, an amount that no rule names a drug for takes a known generic drug name that its clause
writes before it ("Ipatasertib will be administered by mouth 400 mg", "the allopurinol
treatment arm will begin with an initial dose of drug of 100 mg/d"), from a list of about
7,900 names (``drug_names.txt``, built by ``scripts/build_drug_names.py``); not the head of
a list ("switch to 250 or 500 mg oral levofloxacin"), a cell count or radiation dose, a name
of an arm, a drug the text mentions but does not give ("without epinephrine", "compared with
morphine", "estrogen receptor", "serum ... levels"), nor, in an intervention's description, a
drug other than the intervention's own when that names a drug.

A name of everyday words of trial text only ("lowering cholesterol ... doses of 10 mg",
"examine if oral administration of Pariet (20mg tablets)", "200mg there after"), from a list
of about 2,900 (``common_words.txt``, built from the corpus by ``scripts/build_common_words.py``),
is no name, nor is a lone form word ("oral liquid dose"); a capitalised one only where no
lower-case word of its sentence stands before it ("Begin at 5mcg", not "use Relief 4 mg"). The
dose is then the name's right after the amount, else the intervention's, else that of the
record's name written last before it in the same sentence, else no one's. Two strengths joined by "/" take two joined names in order, whether the
names are joined by "/", a hyphen ("Amoxicillin- clavulanic acid 875/125 mg"), "(+)", "+",
"and" or nothing ("Glipizide Metformin Hydrochloride 5/500 mg", two known drugs).

Escapes are normally undone by the adapters; ``\\^`` and ``\\~`` left in the text are
still read, and ``Dose.text`` then quotes the unescaped span. A cheap pre-check (no
digit, or no unit or scientific notation after any number, and no "N <words> cells"
such as "1000 CAR-T cells") returns at once, so the common case costs a few
microseconds.

Level: the nearest dose-level label before the amount in the same clause ("Dose Level
-1", "DL2", "Cohort 1", "Dose group A"), else one written right after it ("20mg
Cohort1, 40mg Cohort2"); an amount listed right after one shares it. Lists: an item with
no unit after "and"/"then" takes the unit of the dose before it when days follow
("Azithromycin 500mg OD 1st day and 250 from day 2 to 5"); a stray slash
("25/mg/m2/day") and a spread before the unit ("5×10^5 (±20%) CAR T cells/kg") are
read through.

Schedule and days: the day expression after the amount (or before it in the same
clause) as written, and the study days it names: "D-5~D-3" gives [-5, -4, -3],
"days 1-5" gives [1..5], "Days 1, 3, and 5" gives [1, 3, 5], "day 1 of each 21-day
cycle" gives [1]. A range longer than 100 days gives its two ends only. Weeks and
months ("at Weeks 4 and 8") are not turned into days. Days written after the second of
two doses joined by a few words are both's ("fludarabine 30mg/m2/day and cytarabine
2g/m2/day ... (Day -6 to Day -2)", "2.5 mg/kg (maximum calculated dose 250 mg), on Day
1"). A day expression followed by a colon heads what follows, not the dose before it:
"DAYS 8 to 14: raltegravir 400 mg BID PLUS amlodipine 5 mg OD" gives both days 8-14.
Likewise a level label with a colon further back in the clause ("Dose level 1: ... with
Osimertinib 80 mg") is that amount's level.

A split of one total ("Total dose: 5.0×10⁹ cells Day 1: 50% of the total dose Day 7:
the remaining 50%") is ONE dose: the total (``value`` 5e9, what a user comparing
trials compares), with ``days`` [1, 7], ``fractions`` [0.5, 0.5] (the share of the
total given on each of those days) and ``schedule`` the split as written. A bolus
("Day 1: Full dose") is the same total with ``days`` [1] and ``fractions`` [1.0]; so
two arms differing only by split compare equal on value and differ on fractions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib.resources import files
from itertools import pairwise

from trialnorm.model import Dose

__all__ = ["parse_doses"]

# --------------------------------------------------------------------------- numbers

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
# "1,000" is a thousand, "2,5" (European decimal comma) is two and a half.
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:[.,]\d+)?|(?<![A-Za-z])\.\d+)"
_TIMES = r"\s*[x×X*·]\s*"


def _exp(tag: str) -> str:
    # 10^9, 10\^9, 10(9), 10*9 (after "1x"), 10⁹, 10e9; "10" + digits is a superscript lost in
    # copying (warned).
    return (rf"10\s*(?:(?:\\?\^\s*\(?|\((?=[-−]?\d{{1,2}}\))|\*{{1,2}}(?=\d))(?P<ec{tag}>[-−]?\d{{1,2}})\)?"
            rf"|(?P<es{tag}>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,2}})"
            rf"|[eE](?P<ee{tag}>\d{{1,2}})"
            rf"|(?P<el{tag}>[1-9]\d?)(?![\d.,]\d|\d))")


def _amount(tag: str) -> str:
    return (rf"(?:(?P<m{tag}>{_NUM}){_TIMES}{_exp(tag)}"
            rf"|(?P<b{tag}>{_NUM})[eE](?P<bx{tag}>\+?\d{{1,2}})(?![^\W_])"  # ("10E7_TCID50")
            rf"|10\s*(?:\\?\^\s*\(?(?P<oc{tag}>[-−]?\d{{1,2}})\)?|(?P<os{tag}>[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,2}}))"
            rf"|(?P<n{tag}>{_NUM}))"
            rf"(?:\s*(?P<mult{tag}>million|billion|thousand)s?\b)?")  # "100 millions MNC"


_RANGE_DASH = r"\s*(?:-|–|—|−|~|～|〜|to)\s*"  # between a range's ends
_AMOUNT = re.compile(
    r"(?<![\d^⁰¹²³⁴⁵⁶⁷⁸⁹])(?<!\d[.,])(?<![A-Za-z0-9]-)"
    + _amount("1")
    + r"(?:" + _RANGE_DASH + _amount("2") + ")?"
)
_WORD_DASH = re.compile(r"(?<![A-Za-z\-])[a-z]{4,}-$")
_GROUP_SPACES = frozenset(" \u00a0\u202f\u2009")
# "AMG 337 300mg": a three-digit number after a short all-caps word is a code's (unless a "000"
# group follows: "TID 100 000 IU"), not the lead of a space-grouped thousand ("EPO 10 000 IU" is)
_CODE_BEFORE = re.compile(r"(?<![A-Za-z])(?!(?:IV|IM|SC|PO|SQ|TID|BID|QD|QW|IU)\s)[A-Z]{2,5}[ \u00a0]$")
_SPACE_GROUPS = re.compile(r"(?:[ \u00a0\u202f\u2009]\d{3}(?![\d.,]\d))+")
_RANGE_SEP = re.compile(_RANGE_DASH)
# one label's number ("Cohort 2 - 10 mg/kg"; not "three dose levels 10 - 30 mg/kg", nor "251-300 mg/dL 6 - 8 units")
_LABEL_NUMBER_BEFORE = re.compile(r"(?:\b(?i:cohort|level|group|arm|step|part|stage)|(?<![/\w])DL)[ \t]*#?[ \t]*$")
_UNIT_WORD_BRACKET = re.compile(r"(?<=\d)[ \t]*\((?i:milligrams?|micrograms?|grams?|milliliters?|millilitres?)\)"
                                r"(?=[ \t]*(?:mg|mcg|µg|μg|ug|g|mL|ml)\b)")
_AMOUNT_AT = re.compile(_amount("1") + r"(?:" + _RANGE_DASH + _amount("2") + ")?")
# "5-10 mg", "20mg/m2 up to 150mg/m2"; not across a line: "- 50 mg\n- 100 mg" are two
_RANGE_TAIL = re.compile(r"[ \t]*(?:-|–|—|~|～|〜|(?:up[ \t]+)?to)\s*")
_HIGH_GROUPS = ("n2", "m2", "b2", "oc2", "os2")
_NO_HIGH = (None,) * len(_HIGH_GROUPS)
_MULTIPLIER = {"million": 1e6, "billion": 1e9, "thousand": 1e3}
_MULTIPLIER_END = re.compile("(?i:" + "|".join(_MULTIPLIER) + ")(?=s?$)")


@dataclass(slots=True)
class _Number:
    value: float
    scientific: bool
    exponent: int | None
    lost_superscript: bool


# "d,ddd" not ending in 0: "3,375mg" may be 3.375 (decimal comma) or 3375 (see _comma_decimal)
_ODD_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3},\d\d[1-9](?![\d,])")
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d,])")
_DECIMAL_POINT = re.compile(r"\d\.\d")


_LIST_BEFORE = re.compile(r"(?<![\d.,])(?:\d+(?:\.\d+)?\s*,\s*)+$")
_COMMA_LIST = re.compile(r"\d+(?:\.\d+)?(?:,\d+(?:\.\d+)?)+(?:\s*+,?\s*+(?:or|and)\s+\d+(?:\.\d+)?)?")
_NO_SPACE_RUN = re.compile(r"\d+(?:\.\d+)?(?:,\d+(?:\.\d+)?)+")
_ROUND_LIST = re.compile(r"[1-9]\d?0(?:,[1-9]\d0)+")
_ITEM = re.compile(r"\d+(?:\.\d+)?")
# the items of a list: "a, b and c", "a, b, or c", "a & b" (numbers or names)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+")


def _comma_list(text: str, start: int) -> tuple[dict[int, int], int]:
    """For numbers from ``start`` joined by commas without spaces: where each item that a
    comma follows starts and ends, when they are a list ("12.5,25,37.5 or 100", "10,20 or
    40", "0.4, 1, 2, 4, 8,15, 25 or 35"): three or more numbers, each larger than the one
    before, which a decimal comma ("2,5 or 5", "0,5 or 1") never is. Not a list: a thousands
    shape with nothing after it ("1,250,500 IU" stays one number), numbers after a time or a
    label ("weeks 0,2,6 and 10 mg/kg", "Cohort 1, 2,5 mg/kg"), or more than 16 items. Each item
    of the run without spaces gets its span. Also where the run ends, so its other items are not
    asked again."""
    m = _COMMA_LIST.match(text, start)
    if m is None:
        return {}, start
    if m.end() < len(text) and text[m.end()] in ",." and text[m.end() + 1:m.end() + 2].isdigit():
        return {}, m.end()  # "1,2,3." may go on
    run = m.group(0)
    head_run = _NO_SPACE_RUN.match(run)
    head = head_run.group(0) if head_run is not None else run
    if (_THOUSANDS.fullmatch(head) and run == head and not _ROUND_LIST.fullmatch(head)) or head.count(",") > 15:
        # "1,250,500 IU" is one number ("100,200,400 and 800 mg", "50,100,200 mg" are lists of
        # round amounts, the first of two digits or more); no dose list runs on for pages
        return {}, m.end()
    items = _LIST_SPLIT.split(run)
    # the items of a list it ends ("0.4, 1, 2, 4, 8,15, 25 or 35 mcg")
    before = _LIST_BEFORE.search(text, max(0, start - 80), start) if start and text[start - 1] in ", " else None
    earlier = _LIST_SPLIT.split(before.group(0).rstrip(", ")) if before is not None else []
    values = [float(v) for v in earlier + items]
    if len(values) < 3 or any(b <= a for a, b in pairwise(values)):
        return {}, m.end()
    list_start = before.start() if before is not None else start
    if _NOT_AMOUNT_BEFORE.search(text, max(0, list_start - 12), list_start):
        return {}, m.end()  # "weeks 0,2,6 and 10 mg/kg", "Cohort 1, 2,5 mg/kg"
    # each item is read alone (the last one whole: "... 37.5 or 100 mg", "1,2,3 million cells")
    cuts = {item.start(): item.end() for item in _ITEM.finditer(text, start, start + len(head))}
    cuts[max(cuts)] = len(text)
    return cuts, m.end()


def _comma_decimal(text: str) -> bool:
    """Whether "d,ddd" (not ending in 0) in ``text`` is a decimal comma.

    Round doses are written "1,000", "2,500": a group ending in 0 is always thousands.
    Otherwise the text decides: another decimal comma ("2,5 mg") makes it a decimal, a
    decimal point ("1.5 mg") makes it thousands, and with neither it is read as a
    decimal (the registry's only such dose, "Cortivazol ALTIM, 3,375mg", is 3.375 mg);
    the reader then warns, since "1,875 mg" would be misread the same way.
    """
    return _ODD_THOUSANDS.search(text) is not None and (
        _DECIMAL_COMMA.search(text) is not None or _DECIMAL_POINT.search(text) is None)


_GROUPS = {tag: tuple(f"{g}{tag}" for g in ("n", "m", "b", "oc", "os", "mult", "ec", "es", "ee", "el", "bx"))
           for tag in ("1", "2")}
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def _num(s: str, comma_decimal: bool) -> float:
    if "," in s:
        if _THOUSANDS.fullmatch(s) and not s.startswith("0") \
                and not (comma_decimal and s[-1] != "0" and s.count(",") == 1):  # "0,015" is no thousands
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    return float(s)


def _number(m: re.Match[str], tag: str, comma_decimal: bool = False, ten_base: bool = False) -> _Number | None:
    n, mant, b, oc, os_, mult_g, ec, es, ee, el, bx = _GROUPS[tag]
    g = m.group
    mult_word = g(mult_g)
    mult = _MULTIPLIER.get(mult_word.lower().rstrip("s"), 1.0) if mult_word else 1.0
    plain = g(n)
    if plain is not None:  # the common case: the alternatives are exclusive
        return _Number(_num(plain, comma_decimal) * mult, mult != 1.0, None, False)
    if g(mant) is not None:
        lost = False
        if g(ec) is not None:
            exponent = int(g(ec).replace("−", "-"))
        elif g(es) is not None:
            exponent = int(g(es).translate(_SUPERSCRIPT))
        elif g(ee) is not None:
            exponent = int(g(ee))
        else:
            exponent = int(g(el))
            lost = True
        return _Number(_num(g(mant), comma_decimal) * 10.0 ** exponent * mult, True, exponent, lost)
    if g(b) is not None:
        exponent = int(g(bx))
        if ten_base and g(b) == "10":
            # "10E7_TCID50" is 10^7, as "10e8" is in "1 x 10e8": a base, not a mantissa (not where
            # the text writes other E-numbers: "10E6 to 50E6", "1.0E7 to 10E7" are mantissas)
            return _Number(10.0 ** exponent * mult, True, exponent, False)
        return _Number(_num(g(b), comma_decimal) * 10.0 ** exponent * mult, True, exponent, False)
    if g(oc) is not None or g(os_) is not None:
        raw = g(oc) or g(os_).translate(_SUPERSCRIPT)
        exponent = int(raw.replace("−", "-"))
        return _Number(10.0 ** exponent * mult, True, exponent, False)
    return None


# ----------------------------------------------------------------------------- units

# what a bare litre sign doses, written right after it: "1L Polyethylene glycol", "a total of 8L of PEG",
# "total of 1.0 L CO2"
_BOWEL_PREP_NAME = r"PEG\b(?!-)|(?i:polyethylene[ \t]+glycol|macrogol|golytely|nulytely|moviprep|colyte)"
# a fluid given in litres, written right after them ("2 litres intravenous infusion", "1 liter of saline")
# (spelled out or "l": a bare capital "L" is a dose only of a gas or a bowel preparation, see _BARE_LITRE)
_FLUID_GIVEN_AFTER = re.compile(r"(?<=[a-z])[ \t]+(?:of[ \t]+)?(?:(?:normal|isotonic|physiological|hypertonic|warm(?:ed)?)[ \t]+)?"
                                r"(?i:intravenous(?:ly)?|i\.?v\.?|infusion|bolus|saline|crystalloids?|colloids?|fluids?"
                                r"|ringer'?s?|lactated|hartmann'?s?|albumin|dextrose|glucose|solution)\b"
                                r"(?![ \t]+(?i:tolerance|challenge|load|restriction|intake|balance|removal|loss|output))")
# fluid taken out, restricted or measured, not given ("Ultrafiltration will remove 2 liters of fluid")
# (within the clause: "After fluid restriction, patients receive 1 liter of normal saline" is given)
_FLUID_NOT_GIVEN_BEFORE = re.compile(r"(?i:remov|drain|loss|lost|output|restrict|limit|ultrafiltrat|irrigat|dialys|urine"
                                     r"|intake|balance|excret|tolerance|collect)"
                                     r"(?:(?!(?i:receiv|giv|infus|administ))[^.;:,]){0,30}$")
_BARE_LITRE = (r"L\b(?=[ \t]*(?:of[ \t]+)?\(?(?:" + _BOWEL_PREP_NAME
               + r"|CO2\b|O2\b|(?i:carbon[ \t]+dioxide|oxygen|nitrous[ \t]+oxide)))")
_BASE_UNITS: list[tuple[str, str, float]] = [
    # (pattern, normalized unit, factor)
    (r"(?i:milligrams?|milligrammes?|millgrams?|miligrams?)|mgs|mgr|mg|MG|Mg|㎎", "mg", 1.0),  # "millgram", "500 mgs", "250mgr", "㎎/㎡"
    (r"(?i:micrograms?|microgrammes?|microg)|µg|μg|ug|mcg|ucg|(?i:mcg)", "ug", 1.0),  # "25microg", "0.2 ucg/kg"
    (r"(?i:nanograms?)|ng", "ng", 1.0),
    (r"(?i:grams?|grammes?)|grm|gm|gr|g", "g", 1.0),  # "1 gr of cefazolin": grams (apothecary grains are gone)
    (r"(?i:millilit(?:er|re)s?)|mLs|mls|mL|ml|ML|cc", "mL", 1.0),  # "2.5-3.5 mls"
    (r"(?i:microlit(?:er|re)s?)|µL|μL|uL|µl|μl|ul", "uL", 1.0),
    (r"MIU|Mio\.?\s*IU|(?i:million\s+(?:international\s+)?units)", "IU", 1e6),  # "10 Mio IU", "10 MioIU"
    ((r"IU|(?i:international\s+units?)|iu|Iu|Intl\.?\s+Units?|(?<=\d{3})UI|(?<=\d{3} )UI|UI(?=\s*/\s*kg)"
      r"|UI(?=[ \t]+of[ \t]+[A-Za-z]|[ \t]+[A-Z][a-z]{2})"), "IU", 1.0),
    # ("10000 Intl Units"; French "4000 UI", "50 UI/kg", "50 UI of botulism toxin", but not
    # "3.2 UI/24h" of urinary incontinence)
    (r"BAU|(?i:bioequivalent\s+allergen\s+units?)", "BAU", 1.0),  # allergen extracts ("2800 BAU")
    (r"(?i:(?:Allergan\s+)?units?)|U", "U", 1.0),
    (r"mmol", "mmol", 1.0),
    (r"µmol|μmol|umol", "umol", 1.0),
    (r"nmol", "nmol", 1.0),
    (r"pmol", "pmol", 1.0),  # "PACAP38 (10 pmol/kg/min)"
    # gases and bowel preparations: "0.17 liters of carbon dioxide", "15 lt/min oxygen", "2L Polyethylene glycol"
    # (a bare "L" only right before the gas or preparation: "FVC 2.5 L", "2L setting" are none)
    (r"(?i:lit(?:er|re)s?)|lt\b|[Ll](?=\s*/\s*min)|" + _BARE_LITRE, "L", 1.0),
    (r"mEq|meq", "mEq", 1.0),
    (r"vg|VG|(?i:vector\s+genomes?)", "vg", 1.0),
    (r"PFU|pfu|(?i:plaque[-\s]+forming\s+units?)", "PFU", 1.0),
    (r"_?TCID50|TCID₅₀", "TCID50", 1.0),  # ("10E8_TCID50")
    (r"CCID50|CCID₅₀", "CCID50", 1.0),  # cell-culture infectious doses ("10^6 CCID50 of Sabin poliovirus type 1")
    (r"CFU|cfu|(?i:colony[-\s]+forming\s+units?)", "CFU", 1.0),
    (r"VP|vp|(?i:viral\s+particles?|virus\s+particles?|particle\s+units?|particles)", "vp", 1.0),
    (r"cGy|cGY|CGY", "Gy", 0.01),  # ("TBI 200cGY")
    (r"Gy|GY", "Gy", 1.0),  # "Radiation 50.4 GY"
    (r"MBq|(?i:megabecquerels?)", "MBq", 1.0),
    (r"GBq|(?i:gigabecquerels?)", "GBq", 1.0),  # prefixes kept, as for grams ("5.5 GBq")
    (r"kBq|KBq|(?i:kilobecquerels?)", "kBq", 1.0),  # "13.3 KBq/Kg"
    (r"mCi|(?i:millicur(?:ie|rie)s?)", "mCi", 1.0),  # "milliCurries"
    (r"µCi|μCi|uCi|(?i:microcuries?)", "uCi", 1.0),  # a radiolabelled tracer ("100 microcuries of [14C]-X")
    (r"ppm", "ppm", 1.0),  # an inhaled gas: "5 ppm inhaled nitric oxide"
]
_BASE = re.compile(
    r"\s*(?:" + "|".join(f"(?P<u{i}>{pat})" for i, (pat, _, _) in enumerate(_BASE_UNITS))
    + r")(?:(?![A-Za-z0-9µμ])|(?=[xX]\s?\d{1,2}(?![\d.,^⁰¹²³⁴⁵⁶⁷⁸⁹A-Za-z]))"  # "(1gx2)", "500mgX2": a count glued on
    r"|(?=(?:Q\d{1,2}[DWH]|QD|BID|TID|QID|QW)\b))"  # "(200mgQ2W)": how often, glued on
)
# "CAR+ T cells", "viable CAR-T cells", "CART22 cells", "STAR+T cells", "TNC"
_CELLS = re.compile(
    r"\s*(?:(?:[A-Za-z0-9][\w+\-]*\+?|\+)\s*){0,4}?(?:cells?|Cells?|CELLS|TNC|MNC|MSCs?|DCs?|CTLs?)\b"
)
_PER = re.compile(r"\s*(?:/|\\(?=\s*(?:m|kg))|\.(?=m2\b|m²)|\bper(?=\s))\s*(?:(?P<num>(?!24\s*h)\d+(?:[.,]\d+)?)\s*)?(?P<den>\(?m2\.d\)?|\(m²\.d\)|m\s*\\?\^\s*2|m²|m2|m\s2\b|mq\b|M2\b|M²|㎡|sq\.?\s?m\b|square\s+met(?:er|re)s?|met(?:er|re)s?\s+squared?|kilograms?|kg|Kg|KG|body\s+weight\b|days?|Days?(?!\s*\d)|daily\b(?!\s+(?:fractions?|doses?|dosing))|d\b|die\b|24\s*h(?:ours?)?|weeks?|wk|w\b(?!/)|months?\b|dose|time|injection|h\b|hrs?|hours?|min(?:utes?)?|disc|L\b|l\b|lit(?:er|re)s?\b|dL|dl|mL|ml|uL|µL|μL|mm3|mm³|mm\^3|hpf|cc\b|mol\b|g(?:Cr)?\b|(?:deci|milli)lit(?:er|re)s?\b|(?:(?<=\d)|(?<=\d\s))f(?:x|ractions?)?\b)")
_INJECTION_WORD = re.compile(r"\s*(?:injections?|infusions?)\b")
# "mg/kg body weight", "mg/kg of total body weight/h", "mcg/kg of LBW/min" (lean, ideal, total)
_BODY = re.compile(r"\s*\(?\s*(?:of\s+)?(?:(?i:total|lean|ideal|actual|adjusted)\s+)?"
                   r"(?:BW|bw|BS|LBW|IBW|TBW|body\s*weight|body\s+surface\s+area)(?:\s*\(BSA\))?\s*\)?")
_DEN_NAME = {"kg": "kg", "kilogram": "kg", "kilograms": "kg", "bodyweight": "kg", "m2": "m2", "day": "day",
             "days": "day", "daily": "day", "d": "day", "die": "day", "week": "week", "weeks": "week", "wk": "week", "w": "week",
             "h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h", "min": "min", "month": "month", "months": "month",
             "minute": "min", "minutes": "min", "disc": "disc"}
_DEN_DROP = {"dose", "time", "injection"}
_DEN_REJECT = {"mol", "g", "gcr", "deciliter", "deciliters", "decilitre", "decilitres", "milliliter",
               "milliliters", "millilitre", "millilitres", "l", "liter", "liters", "litre", "litres", "dl", "ml", "ul", "µl", "μl", "mm3", "mm³", "mm^3", "hpf", "cc"}
_CONCENTRATION = re.compile(
    r"(?:\s+(?:[A-Za-z][\w\-]*|\([^()]{1,12}\))){0,3}\s*/\s*(?:mL|ml|ML|L|dL|dl|cc)\b"
    r"|[.·]?\s?(?:mL|ml|L|dL|dl)\s?(?:-1|⁻¹)(?!\d)")  # "ng.ml-1", "mg L⁻¹"


_NO_UNIT_NEXT = re.compile(r"[ \t]*(?:[,;:%)\]=<>]|$)")
_PER_KG = re.compile(r"\s*(?:/|per\s+)\s*kg\b")
_DC_CTL_END = re.compile(r"(?:DCs?|CTLs?)$")
_PER_M2 = re.compile(r"\s*(?:/|per\s+)\s*(?:m2|m²|M2|M²|sq\.?\s?m)(?![A-Za-z0-9])")
# "5 mg per day", "5mg a day" (not "twice a day": a frequency; nor "40 mg p.o./day", "10mg orally
# per day", which the table and both labellers read as mg)
_PER_DAY = re.compile(r"\s+(?:per|a|each)\s+day\b(?!\s*\d|\s+(?:later|earlier|before|after|apart)\b)"  # (not "each day 1, 8 and 15")
                      r"|[ \t]+day(?=[ \t]*[,;)]|[ \t]+(?:CIV|CI|IV|PO)\b)")  # "tablets, 40 mg day, 3 months", "mg/m2 day CIV"
# (not at the text's end: HOLDOUT49's label reads "... plus Spironolactone 25 mg day" as mg)
_SCALE_AFTER = re.compile(r"(?:[\s\-]+[A-Za-z]+){0,3}?[\s\-]+(?i:scales?)\b")
_LAB_PER = re.compile(r"\s*/\s*(?:L|l|dL|dl|mm3|mm³|mm\^3|µL|μL|uL|mL|ml)\b")


@dataclass(slots=True)
class _Unit:
    unit: str
    factor: float
    end: int


def _denominator(den: str) -> str | None:
    d = den.lower().replace(" ", "")
    if "m2.d" in d or "m².d" in d:
        return "m2/day"
    if d.startswith(("m^", "m\\^", "m²", "㎡", "sq", "square", "meter", "metre")) or d in ("m2", "mq"):
        return "m2"
    if d.startswith("24h"):
        return "day"
    return _DEN_NAME.get(d)


# "2 tablets (1300) mg": an amount in brackets before its unit, unless a number or a label
# stands before the bracket ("150 (30) mg" is a mean and its spread; "Cohort (1) mg/kg")
_BRACKETED_NUMBER = re.compile(r"\(\s*\d[\d.,]*$")
_BRACKET_LABEL_BEFORE = re.compile(r"(?:(?<![\d.,])(?P<num>\d[\d.,]*)|\b(?:cohorts?|levels?|arms?|groups?|footnotes?|tables?"
                                   r"|steps?|days?|weeks?|figures?|refs?|notes?|parts?))\s*$", re.IGNORECASE)
# a unit written again in parentheses, or the element a molar amount counts ("mmol Gd/kg")
_UNIT_ECHO = re.compile(r"\s*[(\[](?:mg|g|mL|ml|L|µg|μg|ug|mcg|IU|U|BAU|CFU|PFU|vg|VP|vp|kBq|MBq|GBq|mCi)[)\]]"
                        r"|\s+[A-Z][a-z]?(?=\s*/\s*kg)"
                        r"|\s+(?i:milli|micro)?gram\(s\)"  # "150 mg milligram(s)/day" (EU CTR forms)
                        r"|(?<=[a-z]{4})\s+(?:MBq|GBq|mg|mL|ml|IU)(?![\w/])")  # "0.75 megabecquerel MBq"
_PER_ECHO = re.compile(r"\s*\((?:(?:mg|g|mcg|µg|μg|ug|IU|U|mL|ml)\s*/\s*)?(?:kg|m2|m²|day)\)")
_SKIP_BEFORE_UNIT = re.compile(r"/(?=(?:mg|µg|μg|ug|mcg)\b)|\s*\(\s*(?:±|\+/-)\s*\d+\s*%\s*\)"
                               r"|\s*\(\s*(?:\d[\d.,]*\s*)?(?:million|billion)\s*\)(?=\s*[A-Za-z])"
                               r"|\s+(?i:total)(?=\s+(?:[Uu]nits?|mg|mL|ml|IU|Gy|mCi|MBq)\b"  # "155 total units"
                               r"(?!\s+(?:of\s+)?(?:red|blood|packed|platelets?|plasma|across|in\s+\d)))")


def _float_or(digits: str, default: float) -> float:
    try:
        return float(digits.replace(",", ""))
    except ValueError:
        return default


def _read_unit(text: str, pos: int, number: _Number) -> _Unit | None | bool:
    """The unit at ``pos``; None when there is none, False when it is not a dose unit."""
    if text.startswith(")", pos) and _BASE.match(text, pos + 1):
        bracket = _BRACKETED_NUMBER.search(text, max(0, pos - 12), pos)
        label = _BRACKET_LABEL_BEFORE.search(text, max(0, bracket.start() - 20), bracket.start()) if bracket else None
        if bracket is not None and (label is None or (label.group("num") is not None and _float_or(
                label.group("num"), 0.0) < _float_or(bracket.group(0).lstrip("( "), 0.0))):
            # "2 tablets (1300) mg", "nor-MDP (0.025) mg", "Vitamin D 2 (50000) IU": the amount in
            # brackets, then its unit (a count may stand before it; a larger number is a mean
            # and this its spread: "150 (30) mg")
            pos += 1
    if _NO_UNIT_NEXT.match(text, pos):
        return None  # "days 1, 8, 15", "(n=8)", "2020.": no unit starts with these
    if text.startswith(("/", " (", "(", " total", " Total"), pos):
        skip = _SKIP_BEFORE_UNIT.match(text, pos)
        if skip is not None:
            pos = skip.end()  # "25/mg/m2/day" (a stray slash), "5×10^5 (±20%) CAR T cells/kg"
    m = _BASE.match(text, pos)
    if m is not None:
        i = int(m.lastgroup[1:])  # type: ignore[index]
        _, unit, factor = _BASE_UNITS[i]
        end = m.end()
        if text.startswith((" (", "(", " "), end):
            echo = _UNIT_ECHO.match(text, end)
            if echo is not None and (unit == "mmol" or echo.group(0).lstrip()[:1] in "([" or ")" in echo.group(0)
                                     or text[end - 1].islower()):
                end = echo.end()  # "2.4 milligrams (mg) cagrilintide", "0.04 mmol Gd/kg"
    else:
        c = _CELLS.match(text, pos) if number.scientific or number.value >= 1000 else None
        if c is not None and not number.scientific and _DC_CTL_END.search(c.group(0).rstrip()):
            c = None  # "1200 veterans in Washington DC": DC and CTL count cells after notation only
        if c is not None:
            unit, factor, end = "cells", 1.0, c.end()
            inj = _INJECTION_WORD.match(text, end)
            if inj is not None and _PER.match(text, inj.end()):
                end = inj.end()  # "3x10^7 JK500 cells injection /kg"
        elif number.scientific and _PER_KG.match(text, pos, pos + 12):
            unit, factor, end = "cells", 1.0, pos  # "1.0E6/kg": per kg follows
        elif number.scientific and _LAB_PER.match(text, pos):
            return False  # "ANC <1,000 cells/mm3 (1.0 x 109/L)": a count per volume
        else:
            return None
    if _CONCENTRATION.match(text, end):
        return False
    if unit == "U" and _SCALE_AFTER.match(text, end):
        return False  # "six 10 unit horizontal Numeric Rating Scales": a scale, not a dose
    for _ in range(3):
        p = _PER.match(text, end)
        if p is None and text.startswith("(", end):
            route = _ROUTE_BRACKET.match(text, end)  # "0.5mg(i.v.)/month", "200IU(p.o.)/day"
            p = _PER.match(text, route.end()) if route is not None else None
        if p is None:
            break
        den = p.group("den")
        if den.lower() in _DEN_REJECT:
            if p.group("num") and p.group("num") not in ("100", "1000"):
                break  # "225 mg/1.5 mL", "1 mg/20 ml", "40 mg per 0.4 mL": a dose in a volume
            return False  # "5 g/100 mL" (per hundred, as w/v is written): a concentration
        if p.group("num"):
            if den[:1] in "fF":
                end = p.end()  # "40Gy/20f": the number of fractions
            break
        name = _denominator(den)
        if den.lower() in _DEN_DROP:
            end = p.end()
            continue
        if name is None:
            break
        if unit in ("mL", "uL") and name == "min":
            return False  # creatinine clearance, not a dose
        if unit.endswith("/" + name) and name in ("kg", "m2"):
            end = p.end()  # "3 mg/kg/body weight": the body said twice
            continue
        unit += "/" + name
        end = p.end()
        b = _BODY.match(text, end)
        if b is not None and name in ("kg", "m2"):
            end = b.end()
    else:
        pass
    if unit in ("mg", "g", "ug") and text.startswith(("m", " m"), end):
        bare = _BARE_M2.match(text, end)
        if bare is not None:
            unit += "/m2"  # "Cetuximab 400 mg m2": the slash left out
            end = bare.end()
    m2 = _PER_DAY.match(text, end, end + 12)
    if m2 is not None and not unit.endswith("/day"):
        unit += "/day"
        end = m2.end()
    if "/" in unit and text.startswith((" (", "("), end):
        echo = _PER_ECHO.match(text, end)
        if echo is not None:
            end = echo.end()  # "4 milligrams per kilogram (mg/kg) trastuzumab", "per square meter (m2)"
    if unit.count("/") > 1:
        unit = _TIME_BEFORE_BODY.sub(r"/\2/\1", unit)  # "0.03 mg/min/kg" is written mg/kg/min
    return _Unit(unit, factor, end)


_LOG10 = re.compile(r"[ \t]*(?i:log)[ \t]?10(?![\d.,])[ \t]*")
_BARE_M2 = re.compile(r" ?m(?:2|²)(?![\w/-])")
_DOT_THOUSANDS = re.compile(r"(?<![\d.,])(?:[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d.,]\d)"
                            r"|[1-9]\d{0,2}\.\d00(?=(?:[ \t]?[-–][ \t]?[1-9]\d{0,2}\.\d00)?[ \t]?"
                            r"(?:IU|UI|U|[Uu]nits?|I\.U\.)(?![^\W\d_]|[ \t]*/[ \t]*kg)))")
# three decimals elsewhere in the text ("0.100, 0.200 or 1.000 U"): its dots are decimals
_DOT_DECIMAL = re.compile(r"(?<![\d.,])(?:0\.\d{3}|\d{1,3}\.\d\d[1-9])(?![\d.,])")
_TIME_BEFORE_BODY = re.compile(r"/(min|h|day|week)/(kg|m2)\b")


# ------------------------------------------------------------------ context readers

_COMPARATOR = re.compile(
    r"(?:[<>≤≥≦≧＜＞]/?=?\)?|=<|>=|\b(?:greater|less|more|fewer|higher|lower)\s+than(?:\s+or\s+equal\s+to)?"
    r"|\bat\s+least|\bexceed(?:ing|s)?|\babove|\bbelow|\bminimum\s+of|≥\s*or|\bin\s+excess\s+of"
    r"|(?:resistance|requirements?|intake|level|count)\s+(?:of\s+)?over)"
    r"(?:\s+(?:approximately|about|around|roughly)|\s*~)?\s*$", re.IGNORECASE)
_COLLECTED = re.compile(r"\s*(?:or\s+(?:more|less)\s+)?(?:(?:tubes?|vials?|vacutainers?)\s+)?(?:of\s+)?(?:whole\s+|peripheral\s+|venous\s+|capillary\s+|arterial\s+|autologous\s+|cord\s+|postpartum\s+)?(?:blood|urine|plasma|serum|bone\s+marrow|stool|saliva|sample)", re.IGNORECASE)
_COLLECTED_BEFORE = re.compile(r"\b(?:blood|urine|plasma|serum|marrow|saliva|stool)\s*\(\s*$", re.IGNORECASE)
_COLLECTING = re.compile(r"\b(?:collect(?:ion|ed|ing)?|specimens?|draw[ns]?|drawing|sampl(?:e|es|ing)|harvest(?:ed)?|aspirat(?:e|ion))\b[^.;\n]{0,40}$", re.IGNORECASE)
_DILUENT = re.compile(r"\b(?:diluted?|dissolved?|reconstituted?|mixed|flushed|flush|inflated|filled)\s+(?:with|in)\s*$"
                      r"|\b(?:in|using)(?:\s+an?)?\s*$"
                      r"|(?<!divided\s)(?<!split\s)\binto\s+an?\s*$", re.IGNORECASE)  # "injected into a 245 mL"
# "2000 mg dilute in normal saline 50 ml": the vehicle named between "diluted in" and its volume
_DILUENT_NAMED = re.compile(r"\b(?i:dilut(?:e|ed|ing)|dissolv(?:e|ed|ing)|reconstitut(?:e|ed|ing))\s+(?:in|with|into)\s+"
                            r"(?i:(?:an?|the)\s+)?(?i:(?:normal|physiologic(?:al)?|isotonic|sterile|0[.,]9\s*%)\s+)?"
                            r"(?i:saline|NaCl|water(?:\s+for\s+injection)?|dextrose(?:\s+5\s*%)?|glucose(?:\s+5\s*%)?|D5W"
                            r"|sodium\s+chloride(?:\s+0[.,]9\s*%)?)(?:\s+solution)?\s*(?:of\s+)?$")
# "2mg / Kg of methylene blue in volume of 50ml", "diluted ... to a total volume of 15 mL": the
# volume a dose before it is given in ("Bupivacaine 0.25% in a volume of 20 mL" is a dose)
_VOLUME_OF = re.compile(r"\b(?:in|to)\s+(?:an?\s+)?(?:total\s+|final\s+|(?:intranasal|sprayed|injected|infused|instilled|injection)\s+){0,2}"
                        r"volume\s+of\s*$",
                        re.IGNORECASE)  # "15 mg ketamine in an intranasal sprayed volume of 100 µL"
# a volume that sizes a device: "1 cc, 26G x 1.5 syringe", "10 mL syringe"
_DEVICE_AFTER = re.compile(
    r"\s*(?:,\s*\d+\s*G\b|(?:(?!(?:via|by|with|using|in|through)\b)[A-Za-z\-]+\s+)?(?:syringes?|needles?)\b)")
# "in the fasted state with 240mL of water": the water (or buffer) a drug is swallowed with
_WITH_WATER = re.compile(r"\s*(?:of\s+)?(?:(?:still|tap|plain|drinking)\s+)?(?:water|buffer)\b", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+aid\s+of\s+|the\s+help\s+of\s+)?(?:approximately\s+|about\s+|~\s*)?$",
                          re.IGNORECASE)
# "3 ml of CP will be separated and divided in 3 aliquots to be stored": a sample
_STORED_AFTER = re.compile(r"[^.;\n]{0,60}\b(?:aliquots?|stored|biobank(?:ed|ing)?)\b"
                           # "100 cc of fat are extracted": taken from the body, not given
                           r"|(?:\s+of\s+[\w\-]+(?:\s+[\w\-]+){0,2})?\s+(?:is|are|was|were|will\s+be)\s+"
                           r"(?:extracted|harvested|aspirated|withdrawn)\b",
                           re.IGNORECASE)
# the strength a placebo is made to look like: not a dose of anything
_ROUNDED_TO = re.compile(r"\b(?i:nearest|closest)\s+$")  # "to the closest 0.1 mg": a rounding step
_MATCHED_BEFORE = re.compile(
    r"\b(?:matched\s+(?:to|with)|matching|to\s+match|mimic|mimics|mimicking|identical\s+to|resembling)"
    r"\s+(?:the\s+)?(?!(?:placebos?|dummy|vehicle|sham)\s+[A-Za-z][\w\-]*\s*$)[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*)?\s*$",
    re.IGNORECASE)  # (not "versus matching placebo minimum 0.125 mg": the placebo matches, the amount is the drug's;
# "matching placebo 10 mg tablets" is the strength matched)
_INHALED_NEAR = re.compile(r"(?i:inhal|nitric\s+oxide|\biNO\b|xenon|nitrous|\bgas\b|sevoflurane|isoflurane|desflurane)")
# the bowel preparation litres are a dose of: named right after them, or right before ("Polyethylene glycol 3350, 8L")
_BOWEL_PREP_AFTER = re.compile(r"[ \t]*(?:of[ \t]+)?(?:" + _BOWEL_PREP_NAME + ")")
_BOWEL_PREP_BEFORE = re.compile(r"(?:" + _BOWEL_PREP_NAME + r")(?:[ \t-]*\d{3,4})?[ \t,]*$")
_GAS_NEAR = re.compile(r"(?i:oxygen|\bO2\b|\bair\b|heliox|\bCO2\b|carbon\s+dioxide|nitrous|xenon|\bgas\b)")
_NOT_GIVEN_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:(?:fat|adipose|muscle|skin|tumou?r|bone|liver|kidney|lung)\s+tissue|tissue\s+(?:samples?|biops))"
    r"|\s+(?:(?:daily|a\s+day|per\s+day)\s+)?(?:of\s+)?dietary\s+[A-Za-z]+\s+intake\b", re.IGNORECASE)
_VEHICLE_WORDS = frozenset({"saline", "nacl", "dextrose", "d5w", "water", "solution"})
_VEHICLE_WITH = re.compile(
    r"\s*(?:of\s+)?(?:(?:normal|physiologic(?:al)?|isotonic)\s+)?(?i:saline|NaCl\s+0[.,]9\s*%|dextrose\s+5\s*%|D5W)"
    r"(?:\s+solution)?\s+(?:with|containing)\s+(?:\w+\s+)?\d")
_INCREMENTS_AFTER = re.compile(r"\s*(?:\([^()\n]{1,12}\)\s*)?(?i:increments?|decrements?|steps?)\b(?!\s*\d)")
_STEP_OF_BEFORE = re.compile(r"\b(?:in\s+steps|in\s+decrements|decrements?)\s+of\s*$", re.IGNORECASE)
_RANGE_OF_BEFORE = re.compile(r"\(\s*(?:range|IQR|interquartile\s+range)\s*[:,]?\s*$", re.IGNORECASE)
_MEASURED_BEFORE = re.compile(
    r"\b(?:(?:urine|urinary|serum)(?:\s+[A-Za-z][\w\-]*){0,2}|(?:blood|fluid)\s+loss(?:\s+of)?(?:\s+about|\s+approximately)?"
    r"|(?:protein|albumin|sodium|potassium|calcium|phosphate)\s+excretion(?:\s+(?:of|was|is|>|<|≥|≤))?)\s*:?\s*$",
    re.IGNORECASE)
# a kidney's clearance, in mL (per minute, written or not): "eGFR of 15 to 49 ml"
_CLEARANCE_BEFORE = re.compile(r"\b(?:e?GFR|CrCl|creatinine\s+clearance)(?:\s+(?:of|between|from|[<>≤≥]=?))?\s*:?\s*$",
                               re.IGNORECASE)
# a pump's rate, not a dose: "administered at a dose of 1.25 mL/Kg and at a rate of 60 mL/hour"
_RATE_OF = re.compile(r"\b(?:rate|speed)\s+of\s*$", re.IGNORECASE)
# the sum of the doses before it: "29,5ml + 0,5ml dexmedetomidine (total volume 30ml)"
_TOTAL_VOLUME = re.compile(r"\b(?:total|final)\s+volume(?:\s+(?:of|is|was|will\s+be))?\s*[:=]?\s*$", re.IGNORECASE)
# a sample taken, not a dose: "Saliva 500 uL will be obtained", "Fingerstick: 20 µL"
_SAMPLE_BEFORE = re.compile(r"\b(?i:saliva|sputum|CSF|urine|stool|finger-?stick)\b[^.;\n]{0,15}$")
# a ventilator setting, not a dose: "the TV(tidal volume) should maintain 6ml/kg"
_VENTILATION = re.compile(r"(?:(?i:\btidal\s+volumes?)|\bTV)\b[^.;\n]{0,40}$")
# ... and "Protective mechanical ventilation will be chosen (7ml/kg IBW)": per kg of ideal or
# predicted weight after ventilation is a setting ("In ventilated patients, 500 mL of Ringer's
# lactate" and "surfactant 4 mL/kg" are doses)
_VENTILATION_WORD = re.compile(r"(?i:\bventilat(?:ion|ed|or))\b[^.;\n]{0,40}$")
_SETTING_WEIGHT = re.compile(r"(?i:/\s*kg\s*\(?\s*(?:of\s+)?(?:IBW|PBW|ideal|predicted))")
# "block using 25mL of 0.5% bupivacaine": the volume of a drug solution given, not a diluent
# ("then wash the catheter using 100 ml of 0.9% saline solution" stays a flush)
_USING_END = re.compile(r"\busing\s*$")
_PERCENT_SOLUTION = re.compile(r"\s*(?:of\s+)?\d+(?:\.\s?\d+)?\s*%\s*(?:\(|[A-Za-z])")
_RINSE_BEFORE = re.compile(r"(?i:\b(?:wash|flush|rins|irrigat|clean|prim)\w*)[^.;\n]{0,50}$")


def _drug_volume_using(text: str, f: _Found) -> bool:
    return (_USING_END.search(text, max(0, f.start - 8), f.start) is not None
            and _PERCENT_SOLUTION.match(text, f.end) is not None
            and _RINSE_BEFORE.search(text, max(0, f.start - 70), f.start) is None)


_TOTAL_OF = re.compile(r"\btotal\s+(?:of\s+)?(?:approximately\s+|about\s+|~\s*)?$", re.IGNORECASE)
# an upper bound is a dose's cap, and a dose, where the text is giving it (within 30 characters
# of "will be injected with less than 10 mCi of 18F-X", "maximum <=4mg/w"); other bounds stay
# comparisons: who has received what ("must have received no more than 360 mg/m2"), lab thresholds,
# birth weights ("<750 g"), intakes and outputs ("protein intake of <0.8 g/kg/day"), and
# conditions on a dose ("glucocorticoid dose <=7.5 mg/day" as a goal, "an aspirin dose <=1.3 g")
_CAP = re.compile(
    r"(?:[<≤≦＜]/?=?|=<|\b(?:less|fewer|lower)\s+than(?:\s+or\s+equal\s+to)?|\bno\s+(?:more|greater|higher)\s+than"
    r"|\bnot\s+(?:to\s+)?exceed(?:ing)?|\bwithout\s+exceeding|\bbelow)(?:\s+(?:approximately|about|around|roughly)|\s*~)?\s*$", re.IGNORECASE)
# a cap written right after a dose is a dose too, as the labels read it: "15 mg/kg (not to exceed
# 1000 mg)", "400 mg / day, without exceeding 900 mg / day"
_CAP_OF_DOSE = re.compile(r"[ \t]*[(,;]?[ \t]*(?:not[ \t]+to[ \t]+exceed|without[ \t]+exceeding)[ \t]*")
# a vaccine's stated potency: "containing ≥ 4.0 log10 plaque forming units", "containing at least 10^6 TCID50"
# (only of counted units, _COUNTED: "a diet containing at least 1000 mg calcium" is a condition)
_POTENCY_FLOOR = re.compile(r"\bcontain(?:s|ing)?[ \t]+(?:at[ \t]+least|≥|>=|not[ \t]+less[ \t]+than|a[ \t]+minimum[ \t]+of)[ \t]*$",
                            re.IGNORECASE)
_CAP_GIVEN = re.compile(
    r"\b(?:will\s+(?:be\s+)?(?:receive|given|administered|injected|infused)|(?:is|are|be)\s+(?:given|administered|injected|infused)"
    r"|injected\s+with|maximum|max)\b"
    r"(?:(?!\b(?:who|prior|previous|previously|weigh\w*|rate|intake|must|have|had|tolerated|eligible)\b)[^.;\n]){0,30}$",
    re.IGNORECASE)
_COMPARATOR_HINT = re.compile(r"[<>≤≥≦≧＜＞=]|than|least|exceed|above|below|minimum|excess|over")
_OPEN_PAREN = re.compile(r"\s*\(\s*")
_CLOSE_PAREN = re.compile(r"\s*(?:injection|infusion)?\s*\)")
_SPREAD = re.compile(r"(?:±|\+/-|\+-)\s*$")
_CONCENTRATION_OF = re.compile(r"\bconcentrations?\s+of\s+(?:(?:approximately|about|around)\s+|~\s*)?$", re.IGNORECASE)
_PER_VOLUME = re.compile(r"\s*(?:(?:/|per)\s*(?:\d+(?:[.,]\d+)?\s*)?|in\s*(?:1\s*)?)(?:mL|ml|ML|L|cc|µL|μL|uL)\b",
                         re.IGNORECASE)  # ("a concentration of 50 mg in 250 mL" is the bag's dose)
_AFTER_UNIT_SLASH = re.compile(r"[A-Za-zµμ²]\s*/\s*$|[A-Za-zµμ]\s*\((?:mg|mcg|µg|μg|ug|g|mL|ml|IU|U|units?)\)\s*/\s*$|\b(?:mg|g|mcg|µg|μg|ug|IU|U|units?|(?i:cells))\s+per\s+$")
_LIST_SEP = re.compile(r"\s*(?:(?:,|/|#|、|±|\+/-)\s*(?:(?:and|or|and/or|&)\s+)?|(?:and|or|and/or|&)\s+)$")  # "5, 7.5 & 10 mg/kg"
# a number after these is a count, a day or a label, not an amount sharing the next unit
_NOT_AMOUNT_BEFORE = re.compile(
    r"(?:\b(?:weeks?|days?|d|cycles?|months?|years?|hours?|h|visits?|phases?|cohorts?|levels?|groups?"
    r"|steps?|parts?|arms?|stages?|grades?|n|times|no|number|version|v)\s*[:=#.]?\s*[+-]?|[A-Za-z]|[x×*]\s*)$", re.IGNORECASE)
# "Polyethylene glycol 3350, 8L in 48 hours": a number that names a polymer's grade
_GRADE_NUMBER_BEFORE = re.compile(r"(?:" + _BOWEL_PREP_NAME + r")[ \t]*$")
# "on day 0 & 1 and 5mg/kg": the last number of a day list borrows no unit from the amount after it
_DAY_LIST_BEFORE = re.compile(r"\b(?:days?|d)\s*[+-]?\d{1,3}(?:\s*(?:&|,|and)\s*\d{1,3})*\s*(?:&|,|and)\s*$",
                              re.IGNORECASE)  # (searched over 40 characters only)
_CELL_CONTEXT = re.compile(r"(?i:cell|lymphocyte)|\bCAR\b|\bNK\b|\bTIL|\bCTL|\bTCR\b")

_OPENING_LEVEL = re.compile(
    r"\s*(?:In\s+)?(?P<level>(?:Dose[\s-]+Level|Cohort|DL)\s*-?\d{1,2}[a-z]?)\b"
    r"(?=\s*(?:[:,]|will\b|is\b|are\b|patients\b|participants\b|subjects\b))", re.IGNORECASE)
_LEVEL = re.compile(
    r"\b(?:Dose[\s-]+Levels?|(?-i:DL)|Dose\s+(?:Groups?|Cohorts?)|Cohorts?|Levels?)"
    r"\s*[-–:]?\s*(?:-?\d+[a-z]?(?:\s*(?:-|–|to|and)\s*\d+)?|(?<![A-Za-z])(?-i:[A-Z])(?![\w])"
    r"|(?<![A-Za-z])-?(?-i:IX|IV|VI{0,3}|I{1,3})(?![\w])(?=\s*[:,]?\s*(?:\d|$)))", re.IGNORECASE)  # "Level -I 200 mg/m2"
# ", then" and ", followed by" open a new step of a regimen: the drug named before them is
# not the one dosed after them ("Fludarabine 30 mg/m2 on days -5 to -3, then 1x10^6 cells/kg").
# (each branch opens on its character, the look back after it, so the engine scans for \n ; . I • ,)
_CLAUSE_BREAK = re.compile(r"\n|;|\.(?<!\bIV\.)\s+(?=[A-Z(*•\-])|I(?<=\bI)V\.\s+(?=[A-Z(*•\-])(?!(?i:infusion|injection|bolus|push|drip)\b)"
                           r"|\.$|•|,\s*(?:and\s+)?(?:then|followed\s+by)\b")
# ("administered as a 30 minute IV. Infusion ... on day 1 and day 15": that dot ends no sentence)

_DAY_PFX = r"(?:\b(?:[Dd]ays?|DAYS?)(?:\b\.?|(?=\d))|(?<![Vv]itamin )\bD(?=\s?[-−–+]?\d)|\bd(?=\s?[-−+]?\d))"
# a day number (not a dose, a duration or a code); a list item may not be followed by "days"
# ("days 1-14, 21 days per cycle": the cycle's length), a range's end may ("days 1 to 5 days")
_DAY_NUM_TEMPLATE = r"[-−–+]?\d{1,3}(?![\d.]\d|\d|,\d{3}|-(?i:fluorouracil|FU|mercaptopurine|MP|ALA|azacitidine|aza|TG|thioguanine|HT|ASA)\b|\s*(?:%|hours?\b|hrs?\b|h\b|min{days}|weeks?\b|months?\b|years?\b|times?\b|doses?\b|mg|g\b|mL|ml|x\b|×|W\b))"
_DAY_NUM = _DAY_NUM_TEMPLATE.replace("{days}", r"|days?\b")
_DAY_NUM_END = _DAY_NUM_TEMPLATE.replace("{days}", "")
_DAY_RANGE = rf"(?:\s*(?:-|–|−|~|to|through|thru|until)\s*(?:{_DAY_PFX}\s*)?{_DAY_NUM_END})?"
# _DAY_PFX with its letter first and the look backs after it, so a search scans for D/d at C speed
_DAY_PFX_LEAD = (r"[Dd](?<=\b[Dd])(?:(?:ays?|(?<=D)AYS?)(?:\b\.?|(?=\d))"
                 r"|(?<=D)(?<![Vv]itamin D)(?=\s?[-−–+]?\d)|(?<=d)(?=\s?[-−+]?\d))")
_DAY_EXPR = re.compile(
    rf"{_DAY_PFX_LEAD}\s*{_DAY_NUM}{_DAY_RANGE}"
    rf"(?:(?:\s*(?:,|and|&|\+|、)\s*(?:and\s+)?(?:{_DAY_PFX}\s*)?|[ \t]+[Dd](?=\d))"  # ("d3 d4 d5")
    rf"{_DAY_NUM}{_DAY_RANGE})*"
    rf"(?:\s+of\s+(?:each|every|a|the)\s+(?:\d+(?:\s*-\s*\d+)?[-\s]days?\s+)?(?:cycles?|courses?)"
    rf"|(?:\s*+,\s+|\s++)(?:once\s+)?every\s+\d+\s+(?:days?|weeks?))?")  # (possessive: "\s*,?\s+" was quadratic)
_DAY_TOKEN = re.compile(rf"({_DAY_NUM})(\s*(?:-|–|−|~|to|through|thru|until)\s*(?:{_DAY_PFX}\s*)?({_DAY_NUM_END}))?")
_DAY_PFX_RE = re.compile(_DAY_PFX)
_SPLIT_ITEM = re.compile(
    r"\bDay\s*(-?\d+)\s*:\s*(?:the\s+)?(?:remaining\s+)?(?:(\d+(?:\.\d+)?)\s*%|(full|whole|entire|total)\s+dose)",
    re.IGNORECASE)

# day, cycle and frequency codes that look like drug codes: d1, D8-21, q3w, C1D1, m2, W4
_SCHEDULE_CODE = re.compile(r"(?i:d-?\d+(?:-\d+)?|days?-?\d+|m2|[cm]m[23]|q\d+[a-z]*|w\d+|wk\d+|c\d+d\d+|\d+x|x\d+|h\d+)"
                            r"|[CTLS]\d{1,2}(?:[-/][CTLS]?\d{1,2})?")  # and spine levels: "L1-L2", "C5-C6"
# days between a name and its amount: "TMZ D 1-5 150 mg/m2", "Foobarin days 1-5 150 mg"; not the
# D of a vitamin ("vitamin D3", "Vit. D3", "Vit D3": the first look-behind takes any word ending in
# "amin", dotless i included) nor a D glued to a hyphen or dot ("Vitamin-D3", "25-OH-D3")
_DAYS_BEFORE = re.compile(r"(?<!\w[aA][mM][iıI][nN] )(?<![Vv]it\. )(?<![Vv]it )(?<![-.\w])(?:[dD]|[dD]ays?)[ \t]?\d{1,2}(?:[ \t]?[-–~][ \t]?\d{1,2})?[ \t]*$")
# "5-azacitidine", "2-fucosyllactose", "99mTc-sestamibi", "177Lu-PSMA-617" (an isotope first),
# "[14C]-labeled", "[18F]FDG" (an isotope in brackets)
# a name's stereo or isotope prefix: "(-)-epicatechin", "(S)-ketamine", "[^14C]-Risdiplam", "[14C]X"
_PREFIX = r"\[\^?\d{1,3}m?[A-Z][a-z]?\]-?|(?<![A-Za-z])\((?:[-+±−]|[RS]|R,S|RS)\)-"
_PREFIXED = re.compile(rf"(?:{_PREFIX})\w")
# drugs whose short names open on a digit: "ABC 600 mg/3TC 300 mg", "5FU 400 mg/m2"
_DIGIT_NAME = r"(?:3TC|5FU|6MP|6TG|5ASA|2CdA|4AP)(?![\w\-])"
_NAME_START = re.compile(r"[A-Za-z]|\d+-[A-Za-z]|\d{1,3}m?[A-Z][a-z]?[-−]\w|(?:" + _PREFIX + r")\w|" + _DIGIT_NAME)
# a word; "Ad26.COV2.S" and "Ad26.ZIKV.001" keep their dots
_WORD = re.compile(_DIGIT_NAME + r"|\d+(?:[.,]\s?\d+)?\s?%|\d{1,3}m?[A-Z][a-z]?[-−][\w\-+']+|(?:" + _PREFIX + r")[\w\-+']+|(?:\d+-)?[A-Za-z][\w\-+']*(?:\.(?=\w*\d|[A-Z]\b|[A-Z0-9]{2,}\.\w)[\w\-+']+)*[®™]?|\S")


def _words(block: str) -> frozenset[str]:
    """A word list written as a block of text."""
    return frozenset(block.split())


_FILLER = _words("""
at a an the dose doses dosage dosing of administered administer given give will be is are was
were with receive receives received receiving starting start total fixed single oral orally po
once twice daily weekly thrice approx approximately inject injects injecting target preservative-free
continue continues take takes taking use uses administers
p.o iv i.v ivt sc s.c im intravenous intravenously subcutaneous subcutaneously via by as dpi
intrathecally intramuscularly epidurally intranasally topically sublingually intravitreally
intradermally perineurally intra-articularly rectally vaginally buccally
infused injected taken delivered consisting level mean approximately about around up to
monotherapy supplementation dosed weight-based based restart restarts resume resumes undergo undergoes
recieve recieves started peroral radioactive bolus civi
""")
_COATING = frozenset({"enteric", "coated", "enteric-coated", "film", "film-coated"})  # "81 mg enteric coated aspirin"
# between a name and its amount: "Oxycodone immediate-release tablets 5 mg", "Paracetamol oblong tablets 500 mg"
_SHAPE_WORDS = frozenset({"oblong", "oval", "round", "immediate-release", "modified-release", "delayed-release",
                          "controlled-release", "prolonged-release", "extended-release", "sustained-release",
                          "dissolving", "disintegrating", "filmstrip", "filmstrips", "odt"})  # "Orally Dissolving Filmstrip"
# words that end a name (with the coatings and shapes, which also stand between a name and its amount)
# times of day: they end a name ("500 mg at night") and tell a dose from the same amount at another time
_TIMES_OF_DAY = ("morning", "midday", "noon", "afternoon", "evening", "night", "bedtime", "midnight")
_STOP = _COATING | _SHAPE_WORDS | frozenset(_TIMES_OF_DAY) | _words("""
women men vein veins ascending descending order day days d cycle cycles week weeks month months year years cohort cohorts group groups arm arms
hour hours minute minutes add-on lock-out post-op pre-op postop preop strengths beside besides alongside using containing including apply
reach achieve together potency premedication premedications
dose level levels phase total patients patient subjects subject participants participant
treatment treatments intervention drug drugs biological device procedure other experimental
placebo-controlled low high medium middle each every all single loading maintenance induction
consolidation course courses regimen times time per and or plus followed then corresponding volume
one two three four five six seven eight nine ten adult adults equivalent overall between mouth
tab tabs cap caps inj initial maximum minimum max min loading usual recommended reduced escalated
period periods run-in titration fractions curve concurrent concomitant block ii iii iv vi
sterile pill pills lozenge lozenges suppository suppositories
later earlier represents representing equals load almost dilute diluted dissolve dissolved
candidate subsequent batch vs vs. versus nearest fct fdc least expiry
gelcap gelcaps caplet caplets softgel softgels milliliter milliliters millilitre millilitres
microgram micrograms milligram milligrams gram grams kilogram kilograms require requires regime surgery needle needles except
insufflation insufflations actuation actuations inhalations breath breaths
single-dose multiple-dose starting-dose
either neither vector vectors syringe syringes vial bottle bottles sachet sachets drops puffs puff ampoule ampoules units
after before during for from in on to until qd bid tid qid qhs qw q2w q3w q4w qod prn hs qam qpm sid
bd od tds mg kg g ml injection injections infusion infusions tablet tablets capsule capsules
vial vials patch patches solution suspension granule granules powder cream gel spray
study studies this that these those it its their who which when where while if than
escalation escalating split bolus full remaining fraction part step schedule
within without against over into onto under through throughout across prior following inclusive weekly monthly
self-administered self-injected
hourly nightly administration contains contain containing consisting consists wks wk hrs
epidural intrathecal spinal topical inhaled nasal intramuscular intradermal intradiscal transdermal
aerosolized aerosolised nebulized nebulised sublingual prophylactic experimental: md mmd mtd rp2d dlt
intranasal intravitreal intraarticular intra-articular intralesional intratumoral intravesical
intraperitoneal intraocular intraosseous rectal vaginal ophthalmic buccal perineural periarticular
paraspinal subconjunctival
mixture dye emulsion ointment lotion syrup elixir boost aqueous
include includes including increase increases increased increasing decrease decreases decreased
reduce reduces remain remains tolerate tolerated adjust adjusted titrate titrated repeat repeated
maintain maintained switch switched add added frequency duration dosage route strength mode name
active investigational matching match pulse
follows follow first second third another additional stage stages entire range pharmaceutical form agent increments increment concentration taper tapering first-line second-line third-line would should could may might must shall can again also only still even already initially subsequently additionally thereafter further respectively immediate release modified delayed extended controlled sustained prolonged post transplant alone
""")
_DRUG_SUFFIX_WORDS = """
mab nib tinib platin platinum taxel rubicin abine amide phamide sone solone olol pril sartan statin
azole cillin mycin micin vir tide parin caine triptan gliflozin cept ine ide ate ol in ium
one il lukast ase stat ox pam lam fen profen zumab ximab umab cel leucel gene cin yl an trexed imus
ib dronate cycline setron semide dipine terol onide zepam oxetine apine idone afil gliptin
formin feron kinra grastim poetin toxin vaccine vec im mycin sin ane ene ole oid
"""
_DRUG_SUFFIXES = tuple(_DRUG_SUFFIX_WORDS.split())  # in order: the pattern below is built from it
_DRUG_SUFFIX = re.compile("(?:" + "|".join(_DRUG_SUFFIXES) + ")$", re.IGNORECASE)


def _drug_suffixed(word: str) -> bool:
    """Whether ``word`` ends like a drug name (_DRUG_SUFFIX): str.endswith for a plain-ASCII word,
    where lower() is what the pattern's IGNORECASE matches ("$" also matches before a last "\\n");
    the pattern for any other ("ſ" matches "s")."""
    if word.isascii():
        low = word.lower()
        return low.endswith(_DRUG_SUFFIXES) or (low.endswith("\n") and low[:-1].endswith(_DRUG_SUFFIXES))
    return _DRUG_SUFFIX.search(word) is not None


_Q_EVERY = re.compile(r"(?i:q\d{1,2}(?:-\d{1,2}(?:h|hrs?|d|w|wk)?|(?:h|hrs?|d|w|wk)))")  # "q4-6", "q12h"


def _is_drug_like(words: list[str], agent: str | None) -> bool:
    phrase = " ".join(words)
    if _LEVEL.fullmatch(phrase):
        return False
    if len(words) == 2 and words[1].lower() in _SALT_WORDS and words[0].isalpha() \
            and words[0].lower() not in _STOP and words[0].lower() not in _FILLER:
        return True  # "folic acid", "zinc sulfate"
    if len(words) == 2 and words[0].lower().rstrip(".") in ("vit", "vitamin") and len(words[1]) <= 3 \
            and words[1][:1].isupper():
        return True  # "vit E (PHARCO) 400 mg", "vitamin D"
    if agent and agent.casefold() in phrase.casefold():
        return True
    for w in words:
        core = w.rstrip("®™")
        if core.lower() in _STOP or core.lower() in _FILLER:
            continue
        if any(ch.isdigit() for ch in core) and any(ch.isalpha() for ch in core):
            if _Q_EVERY.fullmatch(core):
                continue  # "q4-6 hours", "q12h": how often, not a code
            return True  # codes: AC0010, CT-2103, KTP-001, TY-9591
        if core[:1].isupper() and len(core) > 2:
            return True
        if sum(c.isupper() for c in core) >= 2 and any(c.islower() for c in core[:2]):
            return True  # r-FSH, rhBMP-2, hAd5
        if _drug_suffixed(core) and len(core) > 4 and core.lower() not in _ENGLISH:
            return True
    return False


# English words a drug-name test would take ("adequate", "instance", "state"): never a name
# on their own (from the lower-case words of the corpus's descriptions that pass it)
_ENGLISH = _words("""
latter former sufficient weight control disease evaluate baseline determine spine protocol provide routine moderate medicine
brain physician investigate human participate smartphone phone online state whole urine obtain
telephone supine begin estimate worldwide plane examine prone guide certain outside demonstrate
median facilitate adequate clinician plate modulate nostril except domain hygiene organ avoid
indicate alternate separate anticipate aspirate decline school communicate undergone stool innate
machine interim guideline borderline initiate midline activate drain validate database membrane
intermediate explain mitigate decide dietitian escalate stimulate surrogate pupil incorporate
refine generate origin frontline began chain plain backbone inside email eliminate alleviate
create someone associate private update calculate exacerbate bedside herein regulate detail
nationwide concept microphone divide isolate imagine mediate combine collaborate discipline define
locate incubate enrol duplicate prevail outline potentiate instil accept deadline alongside
margin accommodate standalone advocate intervene slide eradicate elucidate devoid ameliorate
instance supply research increase appropriate approximate ultimate immediate rate date late
lumbar cervical thoracic sacral caudal nerve block muscle tissue joint wound lesion tumor tumour
liver kidney heart skin scalp knee shoulder therapy therapies parallel breakfast lunch dinner supper meal meals snack intake length
""")
_NOT_DRUG_ENDING = re.compile(r"(?:ly|ing|ed|al|ous|ive|ary|ic|ion|ment|ness|ity|ure|ble)$")


def _plain_word_drug(word: str) -> bool:
    """A lower-case word right after an amount ("2 g cefepime") that reads like a drug name."""
    return (len(word) >= 5 and word.lower() not in _ENGLISH and word.replace("-", "").isalpha()
            and _NOT_DRUG_ENDING.search(word.lower()) is None and word.lower() not in _STOP
            and word.lower() not in _common_words())


def _name_words(words: list[str]) -> list[str]:
    return [w for w in words if w.lower().rstrip("®™") not in _STOP]


# "K-877 Extended Release 0.2 mg/day": a release form between the name and the amount
_RELEASE_WORDS = _words("immediate extended sustained modified delayed controlled prolonged release")
_RELEASE = frozenset({"SR", "ER", "XR", "XL", "CR", "LA", "IR", "DR", "ODT", "MR"})
_STRICT_DRUG = re.compile(
    r"(?:mab|nib|tinib|platin|platinum|taxel|rubicin|abine|phamide|sone|solone|olol|pril|sartan|statin|azole"
    r"|cillin|mycin|vir|parin|caine|triptan|gliflozin|cept|trexed|imus|dronate|cycline|setron|semide"
    r"|dipine|terol|onide|zepam|oxetine|apine|idone|afil|gliptin|formin|kinra|grastim|poetin|lukast"
    r"|profen|oxacin|tidine|prazole|mustine|lisib|ciclib|parib|tecan|poside|lidomide|clax|zomib"
    r"|mide|azine|olone|asone|etine|amine|oxin|ulin|atide|retide|glutide|tinib)$", re.IGNORECASE)


@cache
def _drug_names() -> frozenset[str]:
    """Generic drug names, lower case (read once, on first use: ~8,000 lines)."""
    text = files("trialnorm.extract").joinpath("drug_names.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


# what a name after these is not given, or not now: "Bupivicaine 0.25% solution (without
# epinephrine)", "Compared with morphine, participants receive 5 mg IV", "despite morphine"
_RULED_OUT = re.compile(r"\b(?i:without|no|not|except|excluding|instead\s+of|compared\s+(?:with|to)|despite|usual"
                        r"|washout\s+of|than|versus|vs\.?|previous|prior|stable|chronic|failed|failure\s+of"
                        r"|history\s+of|under|background|current|concomitant|ongoing|baseline|serum|plasma"
                        r"|blood|urine|urinary|elevated|increased|decreased|raised|abnormal|high|low|normal)\s+$")
# what a name before these is not given: "estrogen receptor positive", "low testosterone levels"
_NOT_GIVEN_NEXT = re.compile(r"\s*\)?\s*(?i:(?:(?:or|and|/)\s*[\w\-]+\s+)?(?:receptors?|levels?|use|users?|withdrawal"
                             r"|maintenance|dependen(?:ce|t)|concentrations?|deficiency|deficient|resistan(?:ce|t)"
                             r"|na[iï]ve|exposure|intake|overdose|abuse|positive|negative|anesthesia|anaesthesia"
                             r"|response|agonists?|antagonists?|-induced|induced|above|below|>|<|≥|≤))")
# the head of a list whose unit and name come after it: "250 or 500 mg oral levofloxacin"
_LIST_NEXT = re.compile(r"\s*(?:,|/|\bor\b|\band\b|\bto\b)\s*\d")


def _agent_in_sentence(text: str, start: int, floor: int, agent: str | None,
                       lexicon: bool = False) -> str | None:
    """The drug a sentence is about, named before the amount ("Blinatumomab was ... 8 μg/day");
    with ``lexicon``, failing all else, the last known drug name (_drug_names) of the clause."""
    region = text[floor:start]
    cut = None
    for cut in _CLAUSE_BREAK.finditer(region):
        pass
    offset = floor
    if cut is not None:
        region = region[cut.end():]
        offset += cut.end()
    named = _named_in(text, region, offset, agent)
    if named is not None:
        return named
    subject = _SUBJECT.match(region)
    if subject is not None:
        words = subject.group("name").split()
        if not any(w.lower() in _STOP or w.lower() in _FILLER or w.lower() in _ENGLISH for w in words) \
                and (subject.group("spec") is not None
                     or (subject.group("grp") is not None and _is_drug_like(words, agent))  # "Magnesium group received"
                     or (len(words[-1]) > 5 and _STRICT_DRUG.search(words[-1]) is not None)
                     or (len(words) == 1 and _CODE_NAME.fullmatch(words[0]) is not None)  # "Hemay022"
                     or (subject.group(0).lstrip()[:1] != subject.group("name")[:1]
                         and _is_drug_like(words, agent))
                     or (len(words[-1]) > 6 and words[-1].endswith("ase"))):
            # "Macrophage-targeted glucocerebrosidase will be administered ... at 60 to 120 IU
            # per kg", "Voluven (130/0.4) does not accumulate ... (maximal dose 50 ml/kg)"
            return subject.group("name")
    given = _GIVEN_ALONE.search(region)
    if given is not None and _plain_word_drug(given.group(1)):
        return given.group(1)  # "receiving melatonin alone for treatment of GERD"
    dose_of = _DOSE_OF.search(region)
    if dose_of is not None:
        words = dose_of.group(1).split()
        if words[-1] in _RELEASE or _is_drug_like(words, agent):
            return dose_of.group(1)  # "The dose of Depakote ER can range from 500mg to 2,000mg"
    if cut is not None and _DOSE_LEAD.match(region):
        # "Participants will receive ABC-123. The dose is 10 mg": a sentence that opens on
        # "the dose" doses the drug the sentence before it gives
        before = text[floor:floor + cut.start()]
        last = None
        for last in _CLAUSE_BREAK.finditer(before):
            pass
        prev_start = floor + (last.end() if last is not None else 0)
        previous = text[prev_start:offset]
        if _GIVES.search(previous):
            return _named_in(text, previous, prev_start, agent)
    return _named_in(text, region, offset, agent, lexicon=True) if lexicon else None


def _named_in(text: str, region: str, offset: int, agent: str | None,
              lexicon: bool = False) -> str | None:
    """The last drug-looking name of ``region`` (at ``offset`` in ``text``): a strict drug
    ending, the intervention's own name, or a code; with ``lexicon``, a known drug name only."""
    for w in reversed(list(_WORD.finditer(region))):
        core = w.group(0).rstrip("®™")
        low = core.lower()
        if not _NAME_START.match(core) or low in _STOP or low in _FILLER or _SCHEDULE_CODE.fullmatch(core):
            continue
        if _ARM_WORD.match(text, offset + w.end()) and not _GROUP_GIVEN.match(text, offset + w.end()):
            continue  # "without cisplatin arms dose escalation will follow to 50mg": names an arm
            # (but "Subjects in the tocilizumab group will receive a 4 mg/kg infusion" is its drug)
        if lexicon:
            # (for an intervention's text, only a name that is part of the intervention's own,
            # "morphine" of "postoperative morphine", or any when the intervention names no drug:
            # "Mesna" of "Preparative regimen 4-6 weeks after Leukapheresis")
            if low in _drug_names() and low not in _SALT_WORDS \
                    and (not agent or low in agent.casefold() or not _names_a_drug(agent)) \
                    and not _RULED_OUT.search(text, max(0, offset + w.start() - 20), offset + w.start()) \
                    and not _NOT_GIVEN_NEXT.match(text, offset + w.end()):
                return core
            continue
        if (_STRICT_DRUG.search(core) and len(core) > 5) or (agent and low == agent.casefold()):
            return core
        if any(c.isdigit() for c in core) and sum(c.isupper() for c in core) >= 2 \
                and not _LEVEL.fullmatch(core):
            if _LAB_AFTER.match(text, offset + w.end()):
                continue  # "G6PD enzyme function", "CYP2C19 genotype": a gene or a measure
            car = _CAR_AFTER.match(text, offset + w.end())
            # "CD7 CAR-T cell therapy": the antigen names the product, not the agent
            return core + " " + " ".join(car.group(0).split()) if car else core
    return None


# a sentence opening on a name, its strength or short name in parentheses, then a verb
_SUBJECT = re.compile(
    r"\s*(?:(?:Treatment|Therapy|Dosing|Supplementation)\s+with\s+)?"  # "Treatment with Patiromer will be"
    r"(?P<name>[A-Z][\w\-]*(?:[ \t]+[A-Za-z][\w\-]*){0,2}?)\s*"
    r"(?P<spec>\((?:[\d.,/:\s\-]+|[A-Z][A-Z0-9\-]{1,9})\)\s*)?"
    r"(?:(?P<form>tablets?|capsules?|injections?|infusions?)\s+)?"  # "Hemay022 tablets will be taken"
    r"(?:will|is|are|was|were|does|do|has|have|can|may|should|must"
    r"|(?P<grp>(?:group|arm)\s+(?:received|receives|took|takes|was\s+given|were\s+given)))\b")  # "Amlodipine group received 10 mg"
_DILUTED_IN = re.compile(r"(?i:diluted\s+(?:in|with)|flush(?:ed)?\s+with|\bor)\s+$")
_CONC_NAME = re.compile(r"\b([A-Za-z][\w\-]{3,})\s+\d[\d.,]*\s*(?:mg|g|mcg|µg|μg|ug|IU|U|units)\s*/\s*(?:mL|ml|ML)\b")
_CODE_NAME = re.compile(r"[A-Z][A-Za-z]*-?\d{2,}[A-Za-z0-9\-]*")
_DOSE_LEAD = re.compile(r"\s*(?:the\s+)?(?:(?:initial|starting|recommended)\s+)?(?:dose|dosage|dosing)\b",
                        re.IGNORECASE)
_GIVES = re.compile(r"\b(?:receiv(?:e|es|ed|ing)|given|administered|treated\s+with|take|takes)\b",
                    re.IGNORECASE)
_DOSE_OF = re.compile(r"\b(?:[Dd]ose|[Dd]oses|[Dd]osage)\s+of\s+((?:[A-Z]|[a-z]{1,2}(?=[A-Z][\w\-]{2}))[\w\-]*(?:\s+(?:[A-Z][\w\-]*))?)\b(?!\s*[\d(])")


_ARM_WORD = re.compile(r"\s+(?:arms?|groups?|cohorts?)\b")
_GROUP_GIVEN = re.compile(r"\s+(?:arm|group)\s+(?:will\s+(?:receive|take|be\s+given)|receives?|received|takes|took"
                          r"|(?:is|are|was|were)\s+given)\b")
_CAR_AFTER = re.compile(r"\s+CAR[-\s]?(?:T|NK)?(?:[-\s]cells?)?(?:\s+(?:therapy|injection|infusion))?\b")
_GIVEN_ALONE = re.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|tak(?:e|es|ing)|given|using)\s+([a-z][a-z\-]{4,})\s+(?:alone|only|monotherapy)\b")


# the second word of "zinc sulfate", "folic acid", "ferric carboxymaltose": the first is the name's
# routes written as adjectives: "20 ml epidural bupivacaine", "100mL paraspinal normal saline"
_ROUTE_WORDS = _words("""neuraxial epidural intrathecal spinal topical inhaled nasal intramuscular intradermal intradiscal
transdermal sublingual intranasal intravitreal intraarticular intra-articular intralesional intratumoral
intravesical intraperitoneal intraocular intraosseous rectal vaginal ophthalmic buccal perineural
periarticular paraspinal subconjunctival aerosolized aerosolised nebulized nebulised""")
_SALT_WORDS = _words("""acid mesylate mesilate hydrochloride hcl sodium potassium phosphate sulfate
sulphate citrate tartrate maleate acetate besylate fumarate succinate bromide disodium dihydrate
monohydrate chloride carbonate bicarbonate gluconate lactate oxide tosylate carboxymaltose saline
furoate propionate dipropionate valerate xinafoate hydrobromide tromethamine malate besilate mofetil
axetil cilexetil medoxomil plasma bitartrate nitrite nitrate""")


def _salt_named(name: list[str]) -> bool:
    return len(name) >= 2 and name[1].lower() in _SALT_WORDS


_SKIP_PUNCT = frozenset(":(,-–—（，：[")  # "ASA [100 mg q.d."


# words before a drug's name that are not part of it ("generic fluorouracil", "Chewing Ticagrelor")
_GENERIC_WORD = frozenset({"generic", "branded", "chewing", "chewed", "chewable", "crushed", "dispersible"})


def _tidy(name: list[str]) -> list[str]:
    for k in range(len(name) - 1, 0, -1):
        if name[k - 1] in _LINKING:
            name = name[k:]  # "R-CHOP comprises rituximab 375 mg/m2"
            break
    while name and name[0].islower() and not any(c.isdigit() for c in name[0]) \
            and not _drug_suffixed(name[0]) and not _salt_named(name) \
            and name[0] not in _BIOLOGIC_LEAD and name[0].rstrip(".") not in ("vit", "vitamin") \
            and (len(name) > 2 or len(name[0]) < 5 or _NOT_DRUG_ENDING.search(name[0])):
        name = name[1:]  # "administration contains L-cysteine" -> "L-cysteine"
    while len(name) > 1 and name[0].lower() not in _BIOLOGIC_LEAD and name[0].lower() not in _PRODUCT_QUALIFIER and (
            (name[0].islower() and name[0] in _ENGLISH)  # "will initiate Advagraf 0.075 mg/kg/day"
            or (name[0][:1].islower() and name[-1][:1].isupper() and len(name[-1]) > 5
                and _STRICT_DRUG.search(name[-1]) is not None)  # "2 weeks in length Oxaliplatin", "metroCX Cyclophosphamide"
            or _REGIMEN_CODE.fullmatch(name[0]) is not None):  # "nab-paclitaxel + FOLFOX nab-paclitaxel: 150 mg/m2"
        name = name[1:]
    while len(name) > 1 and name[0].islower() and name[1][:1].isupper() and name[0] in _common_words() \
            and name[0] not in _BIOLOGIC_LEAD and name[0] not in _PRODUCT_QUALIFIER:
        name = name[1:]  # "will assess Laquinimod doses of 0.5mg": an everyday word before a capitalised name
    while name and "dose" in name[0].lower():
        name = name[1:]  # "intermediate-dose dexamethasone"
    while len(name) > 1 and name[0].lower() in _PRODUCT_ROLE:
        name = name[1:]  # "Test formulation candesartan cilexetil 8 mg"
    if len(name) == 1 and name[0].lower() in _PRODUCT_ROLE:
        return []  # "Test Formulation 2 x 5 mg": no drug named
    while len(name) > 1 and name[0].lower() in _REGIMEN_PHASE:
        name = name[1:]  # "Neoadjuvant durvalumab 1500 mg q3w"
    while len(name) > 1 and name[-1].islower() and name[-1].endswith("ed"):
        name = name[:-1]  # "BNCT regulated as 12 Gy"
    if len(name) > 1 and "-" in name[-2] and len(name[-1]) > 3 \
            and name[-2].casefold().endswith("-" + name[-1].casefold()):
        return name[-1:]  # "Adjusted-EPOCH-Rituximab Rituximab 375 mg/m²": the regimen, then the drug
    while len(name) > 1 and name[0].lower() in _GENERIC_WORD:
        name = name[1:]  # "generic fluorouracil", "Chewing Ticagrelor"
    while len(name) > 1 and name[0].lower() in ("therapy", "therapies", "monotherapy"):
        name = name[1:]  # "Maintenance therapy MLN9708 monotherapy (4 mg/day)"
    for k in range(len(name) - 1, 0, -1):
        if name[k][:1] in "([" and _PREFIXED.match(name[k]):
            name = name[k:]  # "nutritional extract (-)-epicatechin": a stereo or isotope prefix opens a name
            break
    out: list[str] = []
    for w in name:
        if not out or out[-1].casefold() != w.casefold():
            out.append(w)
    return out



# another group named between two doses: the second is not the first's drug ("Lidocaine group
# received 1.5 mg/kg. Magnesium group received 30 mg/kg", "... and the saline group received 5 mL")
_OTHER_GROUP = re.compile(r"\b(?:group|arm)\s+(?:received|receives|receive|will\s+(?:receive|be\s+given)|(?:was|were|is|are)"
                          r"\s+given|took|takes|gets|got)\b", re.IGNORECASE)
# "administered via Plastiape Monodose Dry powder Inhaler , 500mcg": the device phrase before an amount
_VIA_WORDS = ("via", "through", "using", "by")
_VIA_DEVICE = re.compile(r"\b(?:" + "|".join(_VIA_WORDS) + r")\s[^,;:()]*[\s,]*$", re.IGNORECASE)
# words that make a different product of a drug ("pegylated liposomal Doxorubicin", "albumin-bound Paclitaxel")
_PRODUCT_QUALIFIER = frozenset({"liposomal", "albumin-bound", "protein-bound", "protein", "nanoparticle", "nab",
                                "regular", "bound"})
# a chemotherapy regimen's code, written before the drug of it a dose is for
_REGIMEN_CODE = re.compile(r"m?FOLF[A-Z]+|XEL[A-Z]+|CAPOX|GEMOX|R-?CHOP|CHOP|ABVD|BEACOPP|R?-?DHAP|BEAM|R?-?ICE|EPOCH")
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])|\n")
_HEAD_LABEL = re.compile(r"[ \t]*([A-Z][\w\-]*(?:[ \t]+[A-Za-z][\w\-]*)?)[ \t]*:[ \t]")
_LINKING = frozenset({"comprises", "comprising", "consists", "includes", "contains", "is", "are", "was", "were"})
_PRODUCT_ROLE = frozenset({"test", "reference", "formulation", "product", "comparator", "pediatric", "open-label",
                           "open", "label",
                           "paediatric"})
_REGIMEN_PHASE = frozenset({"neoadjuvant", "adjuvant", "induction", "consolidation", "maintenance",
                            "preoperative", "postoperative", "perioperative"})
_PHASE_HEADING = frozenset({"neoadjuvant", "adjuvant", "preoperative", "postoperative", "perioperative",
                            "postsurgical", "presurgical", "intraoperative", "pre-operative", "post-operative"})
# "recombinant human interleukin-2": words of a biologic's name, not of the sentence
_BIOLOGIC_LEAD = frozenset({"recombinant", "human", "pegylated", "inactivated", "attenuated", "live", "adjuvanted",
                            "conjugate", "conjugated", "monovalent", "bivalent", "trivalent", "quadrivalent"})
_DOTTED_ROUTE = re.compile(r"\b(?:i\.v|p\.o|s\.c|i\.m|i\.t|b\.i\.d|t\.i\.d|q\.d)\.?", re.IGNORECASE)
_FORM = _words("""tablet tablets capsule capsules tab tabs cap caps injection injections infusion
solution suspension granule granules powder cream gel spray patch patches vial vials pill pills
drop drops sachet sachets lozenge lozenges suppository suppositories fct gelcap gelcaps caplet caplets
softgel softgels mixture dye emulsion ointment
lotion syrup elixir film-coated inhalation injectable preparation""")


# a pharmaceutical form written out between the name and the amount (as labels write it)
_FORM_PHRASE = re.compile(
    r"(?:\s+(?:dry|oral|film-coated|prefilled|pre-filled|lyophili[sz]ed|sterile|inhalation|nebuli[sz]er))*"
    r"\s+(?:powder|solution|suspension|concentrate|emulsion|tablets?|capsules?|spray)"
    r"\s+for\s+(?:inhalation|injection|infusion|oral\s+(?:use|suspension|solution)|intravenous\s+use)\s*,?\s*$",
    re.IGNORECASE)
_GROUP_PAREN = re.compile(
    r"\s+(?:(?:high|low|medium|middle|mid|standard|reduced|full)[\s-]+)?(?:dose[\s-]+)?group\s*\($",
    re.IGNORECASE)
_SPONSOR = re.compile(r"[A-Z]{2,4}")
_SHORT_CODE = re.compile(r"[A-Z][A-Za-z]")  # two letters: "Bu", "BU", "MA"
_ROUTES = frozenset({"IV", "IM", "SC", "PO", "ID", "IT", "IP", "SQ", "PR", "NG", "IN", "OR", "TO", "OF", "SL", "IA", "IVT",
                     "AT", "ON", "BY", "AS", "IS", "BE", "NO", "DL", "QD", "OD", "BD", "HS", "PM", "AM"})
# a device the drug is given with: "Glycopyrronium Metered Dose Inhaler 28.8 micrograms"
_DEVICE = _words("""inhaler inhalers mdi pmdi dpi nebulizer nebuliser metered autoinjector auto-injector
cannula mask facemask""")
# an inhaler's trade name: cut after a generic name ("budesonide turbuhaler 200ug" is budesonide's),
# part of a product's name after a brand ("Seretide Diskus (50/500 mcg/inhalation)")
_DEVICE_BRANDS = _words("turbuhaler diskus accuhaler handihaler respimat ellipta breezhaler easyhaler genuair")
_RECEIVE = _words("receive receives received receiving")
# "Dexamethasone pulse therapy: 100 mg" is dexamethasone's ("Radiation therapy" stays a name)
_THERAPY_WORDS = _words("therapy therapies pulse pulses")
_THROUGH_DEVICE = re.compile(r"([A-Za-z][\w\-]*)\s+(?:through|via|by|with)\s+(?:an?\s+|the\s+)?(?:[A-Za-z\-]+\s+)?"
                             r"(?:cannula|mask|face\s*mask|nebuli[sz]er)\s*\(?\s*$", re.IGNORECASE)
_ADDED_PLACEBO = re.compile(r"\b(?:plus|and|with)\s+(?:matching\s+)?placebos?\s*,\s*$", re.IGNORECASE)
_ADJUNCT_TO = re.compile(r"\b(?:adjunct(?:ive)?(?:\s+therapy)?\s+to|add-on\s+to|added\s+to)\s+$", re.IGNORECASE)
_AS_FOLLOWS = re.compile(r"\s+as\s+follows\s*:\s*$", re.IGNORECASE)
# the last word of a measure named before an amount ("normal G6PD enzyme function"); after a code
_LAB_WORDS = _words("function activity deficiency level levels status expression genotype mutation")
_LAB_AFTER = re.compile(r"\s+(?:enzyme\s+)?(?:function|activity|deficiency|levels?|status|expression"
                        r"|genotype|mutations?|polymorphisms?|positive|negative|testing)\b", re.IGNORECASE)
_CONC_THEN_VOLUME = re.compile(
    r"([A-Za-z][\w\-]*)\s+\d[\d.,]*\s*(?:mg|g|ug|µg|μg|mcg|IU|U|units?|mmol|mEq)\s*/\s*(?:mL|ml|cc|L)\s*\($")


def _pair_part(word: str) -> bool:
    """A part of a slash-joined name given one amount: a word ("piperacillin"), a code
    ("ISU304", "CB2679d") or an abbreviation ("EPA/DHA")."""
    return (word.isalpha() and (len(word) >= 5 or (len(word) >= 3 and word.isupper()))) \
        or (len(word) >= 4 and word.isalnum() and not word.isdigit() and not word.isalpha()
            and word[0].isalpha())


# "without" and "against" end a name read backwards, unless a word of the name stands before them
_INNER_PREPOSITIONS = frozenset({"without", "against"})


def _name_before(tokens: list[str], i: int) -> tuple[list[str], int]:
    """The words of a name that ends at tokens[i], read backwards up to a word no name holds;
    and the index of that word."""
    name: list[str] = []
    while i >= 0 and len(name) < 4:
        t = tokens[i]
        if "+" in t[1:-1] and t.split("+", 1)[0].lower() in _STOP:
            t = t.rsplit("+", 1)[1]  # "QD+pemetrexed 500mg/m²"
        tl = t.lower().rstrip("®™-")
        if not name and t.isdigit():
            j = i
            while j > 0 and tokens[j - 1].isdigit():
                j -= 1
            if i - j >= 2 and j > 0 and _SPONSOR.fullmatch(tokens[j - 1]):
                name = [tokens[j - 1], "".join(tokens[j:i + 1])]  # "BAY 1234567 50 mg": a sponsor's code
                i = j - 2
                continue
        if tl in _INNER_PREPOSITIONS and name and i > 0 and tokens[i - 1][:1].isalpha() \
                and tokens[i - 1].lower() not in _STOP and tokens[i - 1].lower() not in _FILLER:
            name.insert(0, t)  # "Lidocaine without epinephrine 2%", "antibody against PD-1 200 mg": one name
            i -= 1
            continue
        if not _NAME_START.match(t) or (tl in _STOP and not (
                i > 0 and len(t) <= 3 and tokens[i - 1].lower() == "vitamin")) or tl in _FILLER or _COUNTED_WORD.fullmatch(tl) or (
                _SCHEDULE_CODE.fullmatch(t) and not (i > 0 and tokens[i - 1].lower() == "vitamin")):
            break
        name.insert(0, t)
        i -= 1
    return name, i


def _agent_before(text: str, start: int, floor: int, agent: str | None,
                  end_hint: int = 0, nested: bool = False) -> tuple[str | None, bool]:
    """The drug named right before ``start``, and whether it was read after the amount
    instead ("Acetium capsules (100mg l-cysteine)")."""
    lo = max(floor, start - 90)
    stop = max(floor, lo - 40)
    while lo > stop and (text[lo - 1].isalnum() or text[lo - 1] == "-"):
        lo -= 1  # a word the window would cut is read whole ("methotrexate", not "thotrexate")
    window = text[lo:start]
    if window.endswith(("(", " ")) and ("cannula" in window or "mask" in window or "nebuli" in window):
        through = _THROUGH_DEVICE.search(window)
        if through is not None and _is_drug_like([through.group(1)], agent) or (
                through is not None and through.group(1).lower() in ("oxygen", "air", "heliox")):
            return through.group(1), False  # "supplemental oxygen through a nasal cannula (3 L/min)"
    if ("adjunct" in window or "add" in window) and _ADJUNCT_TO.search(window):
        return None, False  # "Idalopirdine adjunct to 10 mg Donepezil": the drug is named after
    if "follows" in window and window.rstrip().endswith(":"):
        window = _AS_FOLLOWS.sub(" ", window)  # "Acthar Gel as follows: 1 mL 2x/week"
    if "." in window:
        window = _DOTTED_ROUTE.sub(" ", window)
    if " as " in window and window.endswith("("):
        role = _AS_ROLE_PAREN.search(window)
        if role is not None:
            window = window[:role.start()] + " ("  # "succinylcholine as a muscle relaxant(0.5 mg/kg)"
    if ":" in window:
        label = _PAREN_LABEL.search(window)
        if label is not None:
            window = window[:label.start() + 1]  # "interleukin-2 (injection unit: 500000 units"
    form = _FORM_PHRASE.search(window) if "for" in window else None
    if form is None and window.endswith("(") and "group" in window:
        form = _GROUP_PAREN.search(window)  # "Yangxue Qingnao pills high dose group (7.5 g"
    if form is not None:
        window = window[:form.start()] + " "  # "Spiriva dry powder for inhalation 18 mcg"
    if ";" in window[-24:]:
        abbr = _ABBR_SEMI.search(window)
        if abbr is not None:
            words = abbr.group(1).split()
            if len(words) == 2 and not _salt_named(words) and (words[0][0].islower() or words[0].lower() in _STOP):
                words = words[1:]  # "weight-based ribavirin (RBV;" ("Insulin glargine (IG; 10 U" stays whole)
            if _is_drug_like(words, agent):
                return " ".join(words), False  # "ribavirin (RBV; dosed 1,000 or 1,200 mg"
    days = _DAYS_BEFORE.search(window, len(window) - 16) if window[-1:] in " \t" else None
    if days is not None and days.start() > 0:
        window = window[:days.start()]  # "TMZ D 1-5 150-200 mg/m2": the name before its days
    tokens = _WORD.findall(window)
    i = len(tokens) - 1
    adjacent = i if form is None and days is None else -1  # (a name no longer right before)
    skipped_form = skipped_receive = skipped_device = False
    while i >= 0:
        t = tokens[i]
        tl = t.lower().rstrip(".")
        if t in _SKIP_PUNCT or (t[-1] == "%" and t[0].isdigit()):
            i -= 1  # "Sodium bicarbonate 8.4% 1 mEq/kg"
            continue
        if tl in ("treatment", "therapy") and i > 0 and (tokens[i - 1] in ")）" or tokens[i - 1].lower() in _FORM):
            i -= 1  # "Plerixafor (Mozobil) treatment (240mcg/kg", "nicotine patch treatment (21 mg/24 h"
            adjacent = -1
            continue
        if tl == "based" and i > 0 and tokens[i - 1].lower() == "weight":
            i -= 2  # "Ribavirin tablet weight based dosing (1000mg <75 kg"
            continue
        if tl in ("x", "×", "*") and i > 0 and tokens[i - 1].isdigit():
            i -= 2  # "firsocostat 2 X 10 mg", "Prednisone 2x5 mg": a count of units
            continue
        if tl in _FILLER or tl in _FORM or tl in _DEVICE or tl in _COATING or tl in _SHAPE_WORDS \
                or (tl in _DEVICE_BRANDS and i > 0 and tokens[i - 1][:1].islower()) \
                or (tl in _RELEASE_WORDS and i > 0) or _COUNTED_WORD.fullmatch(tl) \
                or (tl in _THERAPY_WORDS and i > 0 and (
                    tokens[i - 1].lower() in _THERAPY_WORDS or _STRICT_DRUG.search(tokens[i - 1]))):
            i -= 1
            adjacent = -1  # a word stood between: no longer "right before"
            skipped_form = skipped_form or tl in _FORM
            skipped_device = skipped_device or tl in _DEVICE
            skipped_receive = skipped_receive or tl in _RECEIVE
            continue
        break
    inner: list[str] = []
    if i >= 0 and tokens[i] in ")）":
        # "Certolizumab Pegol (CZP) 400 mg", "granulocyte colony-stimulating factor(G-CSF) 200ug"
        j = i - 1
        reach = 12 if adjacent >= 0 else 6  # "Bevacizumab (Avastin; Genentech, Inc.)1.25 mg"
        while j >= 0 and tokens[j] not in "(（" and i - j < reach:
            j -= 1
        if j >= 0 and tokens[j] in "(（":
            inner = [w for w in tokens[j + 1:i] if w[0].isalpha() and w.lower() not in _STOP]
            i = j - 1
            while i > 0 and tokens[i].lower() in _FORM:
                i -= 1  # "Sufentanil Tablet (ST) 30 mcg": the name before its form
    name, i = _name_before(tokens, i)
    if len(name) == 1 and name[0].lower() == "placebo" and i >= 1 and tokens[i].lower() == "or":
        drug, _j = _name_before(tokens, i - 1)
        if drug and drug[-1].lower() not in _NOT_PAIRED and _is_drug_like(drug, agent):
            return " ".join(drug), False  # "Modafinil OR Placebo 100mg orally": the drug the placebo stands for
    if skipped_device and name and i >= 0 and tokens[i].lower() in _VIA_WORDS and not nested:
        # "Fluticasone Propionate ... administered via Plastiape Monodose Dry powder Inhaler , 500mcg":
        # the device's maker; the drug is named before the device, or elsewhere in the sentence
        via = _VIA_DEVICE.search(window)
        if via is not None:
            before, _after = _agent_before(text, lo + via.start(), max(floor, lo - 100), agent, nested=True)
            if before is not None:
                return before, False
        name = []
    if len(name) > 1 and name[0] in ("L", "mL", "dL") and i >= 0 and tokens[i] == "/":
        name = name[1:]  # "with 0.3 mol/L sodium citrate 30 mL": a concentration's unit, then the name
    elif len(name) == 1 and adjacent >= 0 and i >= 1 and tokens[i] == "/" \
            and _pair_part(tokens[i - 1]) and _pair_part(name[0]) \
            and tokens[i - 1].lower() not in _STOP and tokens[i - 1].lower() not in _FILLER \
            and window.rstrip(" (").endswith(tokens[i - 1] + "/" + name[0]) \
            and window[len(window.rstrip(" (")):] in (" ", " (", "(") and not _SLASH_AMOUNT.match(text, start) \
            and not {tokens[i - 1].lower(), name[0].lower()} & _NOT_PAIRED \
            and (_is_drug_like([tokens[i - 1]], agent) or _plain_word_drug(tokens[i - 1])) \
            and (_is_drug_like(name, agent) or _plain_word_drug(name[0])):
        # "piperacillin/tazobactam 4.5 grams", "ISU304/CB2679d (75 IU/kg)", "EPA/DHA (3.9g/day)":
        # one amount of the pair
        return tokens[i - 1] + "/" + name[0], False
    if name and name[-1].lower() in _VEHICLE_WORDS and window.rstrip().endswith(" with"):
        return None, False  # "100 mL of physiologic saline with 1 g IV acetaminophen": not the saline's
    if name and "lacebo" in window and _ADDED_PLACEBO.search(window):
        return None, False  # "200 mg qd for 6 days plus placebo, 400 mg qd": the placebo is done
    if skipped_form or skipped_receive:
        # "Acetium capsules (100mg l-cysteine)": a name right after the amount wins; so does
        # one after "... G6PD enzyme function will receive 0.4 mg/kg PQ": who receives is no drug
        after = _agent_after(text, end_hint, end_hint + 80, agent) if end_hint else None
        if after is not None and not (skipped_form and name and _STRICT_DRUG.search(name[-1])):
            # ("Sofosbuvir tablet 400 mg daily Ribavirin tablet ...": a drug's own name before
            # its form and amount stands)
            return after, True
    if name and (name[-1].lower() in _LAB_WORDS or (
            skipped_receive and _STRICT_DRUG.search(name[-1]) is None
            and not (len(name) == 1 and name[0].islower() and _plain_word_drug(name[0]))
            and not (agent and agent.casefold() in " ".join(name).casefold()))):
        name = []  # "normal G6PD enzyme function", "Children (6-12 years) will receive": not drugs
    while name and name[-1].lower().endswith("-dose"):
        name.pop()  # "fixed-dose (400 mg once daily) sofosbuvir", "Methotrexate high-dose 5 g/m2": the size
    if len(name) == 1 and adjacent >= 0 and i >= 0 and tokens[i].lower() in _ROUTE_LEAD \
            and name[0].isalpha() and len(name[0]) >= 3 and name[0].lower() not in _ENGLISH \
            and name[0].lower() not in _NOT_ROUTE_NAME and _NOT_DRUG_ENDING.search(name[0].lower()) is None:
        return name[0], False  # "and Oral dex 40 mg/day": a route, then the drug's short name
    if len(name) == 1 and adjacent >= 0 and (
            _plain_word_drug(name[0]) or (_SHORT_CODE.fullmatch(name[0]) and name[0].upper() not in _ROUTES)) \
            and not (i >= 0 and tokens[i].lower() in _BEFORE_A_VERB and name[0].islower()):  # ("will consume 500 mL")
        return name[0], False  # "continue venetoclax 400mg", "and Bu 3.2mg/kg", "-8, BU 3.2 mg/kg"
    if len(name) == 1 and skipped_form and not skipped_receive and _plain_word_drug(name[0]) \
            and name[0].lower() != "placebo" \
            and (i < 0 or tokens[i].lower() in ("and", ",", ":", ";", "+", "with", "plus")):
        return name[0], False  # "and clopidogrel film-coated tablet 1 x 75 mg": a drug, its form, its amount
    if not name and window.endswith("("):
        conc = _CONC_THEN_VOLUME.search(window)
        if conc is not None and _is_drug_like(conc.group(1).split(), agent):
            return conc.group(1), False  # "Epinephrine 1mg/ml (0.5ml)": the volume of that drug
    if len(name) >= 2 and name[-1] in _RELEASE and len(name[-2]) >= 5 and name[-2].isalpha():
        return " ".join(name[-2:]), False  # "bupropion SR (150 mg"
    name = _tidy(name)
    if len(name) == 1 and end_hint and window.rstrip().endswith(":") and name[0].lower() in _PHASE_HEADING:
        after = _agent_after(text, end_hint, end_hint + 80, agent)
        if after is not None:
            return after, True  # "Postsurgical: 5mg metoprolol, IV": a heading, then the dose of a drug
    if name and _is_drug_like(name, agent):
        return " ".join(name).rstrip("®™"), False
    if inner and _is_drug_like(inner, agent):
        return " ".join(inner).rstrip("®™"), False
    if len(name) >= 2 and adjacent >= 0 and tokens[-1] == name[-1] and all(w.islower() for w in name) \
            and _plain_word_drug(name[-1]) and name[-2] not in _BEFORE_A_VERB:  # (not "will consume 500 mL")
        return name[-1], False  # "using a genotyping strategy ticagrelor 90 mg": the last word
    return None, False


# between a part and the whole it adds up to: "(6 x 100mcg tablets = 600mcg)", "for a total of"
_TOTAL_BETWEEN = re.compile(r"\s*+(?:(?:tablets?|capsules?|doses?)\s*+)?(?:=|,?\s*+(?:for\s+)?a\s+total\s+(?:dose\s+)?of"
                            r"|,?\s*+total(?:l?ing)?)\s*+"
                            # "0.5-milligrams (mg) (two 0.25-mg tablets)": the whole, then its parts
                            r"|\s*+(?:\((?:mg|mcg|µg|μg|ug|g|mL|ml|IU|U)\)\s*+)?\(\s*+(?:single|one|two|three|four|five|six|\d{1,2})\s*+(?:x\s*+)?",
                            re.IGNORECASE)
_NOT_PAIRED = _VEHICLE_WORDS | {"placebo", "vehicle", "sham"}  # "aspirin/placebo 81 mg" is no pair of drugs
_PER_VIAL = re.compile(r"\s*(?:/\s*|(?:per|each|a)\s+)vials?\b", re.IGNORECASE)
_SLASH_AMOUNT = re.compile(r"[\d.,]+\s*(?:[A-Za-zµμ]+\s*)?/\s*[\d.]")  # "100/10 mg", "300mg/100mg"
# a count glued to a unit of time or grouping: "of each 21-cycle", "a 28-day cycle"
_COUNTED_WORD = re.compile(r"\d+-(?:cycles?|days?|weeks?|months?|hours?|doses?|times?|fold)")
_NOT_ROUTE_NAME = frozenset({"push", "bolus", "drip", "pump", "route", "solution", "suspension", "syrup", "drops"})
_ABBR_SEMI = re.compile(r"((?:[A-Za-z][\w\-]{2,}[ \t]+)?[A-Za-z][\w\-]{2,})\s*\(\s*[A-Z][\w\-]{1,10}\s*;\s*(?:(?:dosed|given|administered|at)\s+)?$")
# route words that may stand right before a drug's name ("Oral dex 40 mg", "(2 g/day) oral clarithromycin")
_ROUTE_LEAD = frozenset({"oral", "iv", "intravenous", "po", "sc", "subcutaneous", "im", "intramuscular",
                         "inhaled", "topical", "aerosolized", "aerosolised", "nebulized", "nebulised"})
_ISOTOPE_ELEMENTS = frozenset({"F", "C", "I", "Y", "P", "N", "O"})
_MASS_NUMBER = re.compile(r"[ \t\n]*[A-Z][ \t]+(\d{1,3})(?![\d.,])(?!\s*(?i:hours?|h|times?|doses?|days?|weeks?|months?|years?|min)\b)")
_STRENGTH_LEAD = frozenset({"low", "high", "medium", "mid", "intermediate", "full", "half", "standard", "reduced"})
_STRENGTH_WORD = frozenset({"potency", "strength", "dose", "concentration", "titer", "titre"})
# the unit's denominator written after the agent just read: "12 micrograms of PRTX-100 per
# kilogram", "1.5 g of protein per kg per day" (not food fortification: "per kg of flour")
_PER_KG_AFTER_NAME = (r"(?:[ \t]*\([^()]{0,30}\))?[ \t]+per[ \t]+(?:kilograms?|kg)\b"
                      r"(?![ \t]+of[ \t]+(?:flour|rice|feed|food|milk|salt|diet)\b)"
                      r"(?:[ \t]*(?:/|per)[ \t]*(day|h)(?:our)?\b)?")
_COUNT_BRACKET = re.compile(r"[ \t]*\([ \t]*(?:\d{1,2}|one|two|three|four|five|six)[ \t]*(?:x[ \t]*)?"
                            r"(?:tablets?|capsules?|pills?|puffs?|sachets?|vials?|softgels?|caplets?)[ \t]*\)[ \t]*",
                            re.IGNORECASE)
_BRACKETS_DOSE_OF = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)*(?:[^()]{0,30}\)\s*)?(?:an?\s+)?doses?\s+of\s+(?=[A-Za-z\[])")
_COMMA_DOSE_OF = re.compile(r"\s*\)?\s*,\s*(?:(?:an?|one|single|as)\s+)*(?:dose|injection|infusion)\s+of\s+(?=[A-Za-z\[]|\d{1,3}[A-Z])")


# a placebo's look, after an amount, before the name ("a 250 mg identical looking placebo pill")
_LOOK_ALIKE = frozenset({"identical", "identical-looking", "looking", "matching", "matched", "identically"})
# a word after these is a verb, not a drug ("Patients will consume 500 mL of fluid")
_BEFORE_A_VERB = frozenset({"will", "shall", "may", "can", "must", "should", "would", "could", "then"})
_HOW_OFTEN = r"(?:every[ \t]+\d{1,2}[ \t]*(?:weeks?|days?|hours?|h)|(?:(?:once|twice)[ \t]+)?(?:daily|weekly|monthly))"
# "(5 mg daily risedronate)", "(200 mg every 3 weeks pembrolizumab)": how often, then the drug
_HOW_OFTEN_LEAD = re.compile(_HOW_OFTEN + r"[ \t]+")
# how often, between an amount and the drug's name (not a code alone: "2mg/kg qw palitaxel 80mg/m2"
# is a list of drugs, each after its amount; nor a drug that has an amount of its own next:
# "10 mg/kg every 2 weeks bevacizumab 5 mg/kg")
_EVERY_BEFORE_NAME = re.compile(
    r"[ \t]+" + _HOW_OFTEN
    + r"(?:[ \t]*\((?i:q\d{1,2}[hdw]|qd|bid|tid|qw)\))?[ \t]+([A-Za-z][a-z]{4,})\b(?![ \t]*[-/\d])")


# "Sodium chloride solution", "saline solution": the word a salt solution's name keeps
_SOLUTION_AFTER = re.compile(r"[ \t]+[Ss]olution\b")


_SELF_GIVEN = _words("self-administered self-injected self-applied")  # "1000 micrograms of self-administered vaginal misoprostol"


def _agent_after(text: str, end: int, ceiling: int, agent: str | None) -> str | None:
    window = text[end:min(ceiling, end + 80)]
    if "\n" in window:
        window = window[:window.index("\n")]  # "Initial dose: 30 mg/m2\nDose reductions: ..."
    saw_of = False
    lead = _COMMA_DOSE_OF.match(window) if "," in window[:4] else None
    # (matched in the whole text: the window stops where the next amount starts, and a name
    # with an amount of its own right after it is that amount's)
    every = _EVERY_BEFORE_NAME.match(text, end) if lead is None and ("every" in window or "ly " in window) else None
    if every is not None and every.end() <= end + len(window) and (
            (_STRICT_DRUG.search(every.group(1)) and _plain_word_drug(every.group(1))) or _known_drug(every.group(1))):
        return every.group(1)  # "1680mg every 4 weeks (Q4W) atezolizumab", "5 mg daily risedronate": how often, then the drug
    if lead is not None:  # "370 MBq (10 mCi), single dose of florbetapir F 18"
        window, saw_of = window[lead.end():], True
    elif ")" in window[:45]:
        lead = _BRACKETS_DOSE_OF.match(window)
        if lead is not None:  # "0.5-milligrams (mg) (two 0.25-mg tablets) doses of digoxin"
            window, saw_of = window[lead.end():], True
        else:
            lead = _COUNT_BRACKET.match(window)
            first = _WORD.match(window, lead.end()) if lead is not None else None
            word = first.group(0).lower() if first is not None else ""
            if lead is not None and word and word not in _FILLER and word not in _STOP \
                    and word not in _VEHICLE_WORDS and word not in _NOT_A_NAME:
                window = window[lead.end():]  # "800mcg (4 tablets) misoprostol": a count of units, then the name
    tokens = _WORD.findall(window)
    i = 0
    while i < len(tokens):
        t = tokens[i].lower()
        if t in _COMPARED:
            return None  # "Sufentanil Tablet (ST) 30 mcg to the sublingual Placebo Tablet"
        if t in ("of", "the", "dose", "a", "an") or (t == "administration" and i and tokens[i - 1] == "dose") \
                or (t in _LOOK_ALIKE and i + 1 < len(tokens) and tokens[i + 1][:1].isalpha()) \
                or t in _ROUTE_WORDS or t in _PRODUCT_ROLE or t in _COATING or t in _SELF_GIVEN or (t in _FILLER and not (
                saw_of and tokens[i].isupper() and tokens[i] not in _ROUTES)) \
                or (t in _FORM and i + 1 < len(tokens) and tokens[i + 1] == "of"):
            saw_of = saw_of or t == "of"  # "a 50 mL injection of saline"
            i += 1
            continue
        if t in ("sustained", "slow") and i + 2 < len(tokens) and tokens[i + 1].lower().startswith("releas"):
            i += 2  # "600mg sustained released 5-FU"
            continue
        if i + 3 < len(tokens) and tokens[i + 2] == "of" and tokens[i + 1].lower() in ("equivalent", "equivalents") \
                and not (tokens[i + 3].islower() and tokens[i + 3].endswith("s")):  # ("morphine equivalents of opioids")
            i, saw_of = i + 3, True  # "0.72 mg/kg of nimesulide equivalents of CA102N": the product's
            continue
        if t in _STRENGTH_LEAD and i + 2 < len(tokens) and tokens[i + 2] == "of" \
                and tokens[i + 1].lower() in _STRENGTH_WORD:
            i, saw_of = i + 3, True  # "0.5mL of low potency of NBP608"
            continue
        if _DOTTED_ROUTE.fullmatch(tokens[i]):
            i += 1  # "100 mg/kg T.I.D 3x a day"
            continue
        if tokens[i] == "(" and i + 2 < len(tokens) and tokens[i + 2] == ")" and tokens[i + 1].upper() in _ROUTES:
            i += 3  # "1000 mg intravenous (IV) MabThera"
            continue
        if tokens[i] == "%" and i + 1 < len(tokens) and tokens[i + 1][:1].isdigit():
            i += 2  # "0.5 cc %2 lidocaine": the percentage written first
            while i + 1 < len(tokens) and tokens[i] in ".," and tokens[i + 1][:1].isdigit():
                i += 2  # "4 ml %0.5 bupivacaine"
            continue
        if tokens[i].endswith("%"):
            i += 1  # "2 ml 0.5% bupivacaine"
            continue
        if tokens[i] == ")" and "(" not in tokens[:i] and i + 1 < len(tokens) and (
                tokens[i + 1] == "of" or (text[:end].rstrip()[-12:].rfind("(") >= 0 and tokens[i + 1][0].isalpha()
                                          and (tokens[i + 1].lower() not in _FILLER
                                               or tokens[i + 1].lower() in _ROUTE_LEAD)
                                          and tokens[i + 1].lower() not in _STOP)):
            i += 1  # "0.5ml (25 micrograms) of Fentanyl", "0.5% (10 mg) hyperbaric Bupivacaine"
            continue
        break
    name: list[str] = []
    while i < len(tokens) and len(name) < (4 if saw_of else 2):
        t = tokens[i]
        tl = t.lower().rstrip("®™-")
        if saw_of and len(name) >= 2 and t.isdigit() and name[-1] in _ISOTOPE_ELEMENTS:
            # "single dose of florbetapir F 18": an isotope's mass number after its element
            # ("10 mg of vitamin K 2 hours before", "1000 IU of vitamin D 3 times a week" are not)
            mass = _MASS_NUMBER.match(window, window.find(name[-2]) + len(name[-2]))
            if mass is not None and int(mass.group(1)) >= 11:
                name.append(mass.group(1))
            break
        if not _NAME_START.match(t) or (tl in _STOP and not (
                name and len(t) <= 3 and name[-1].lower() == "vitamin")) or (tl in _FILLER and not (
                t.isupper() and not (name and t in _ROUTES))) \
                or ("-" in tl and tl.split("-", 1)[0] in _FREQUENCY) or _COUNTED_WORD.fullmatch(tl) \
                or (t == "A" and not name) \
                or (_SCHEDULE_CODE.fullmatch(t) and not (name and name[-1].lower() == "vitamin")):
            break
        name.append(t)
        i += 1
    if saw_of:
        while len(name) > 1 and (name[0].lower() in _GENERIC_LEAD or name[0].lower() in _GENERIC_WORD or (
                name[0].islower() and name[0].endswith("ed"))):
            name = name[1:]  # "1 mL of the combined TG-C cells", "of local anesthetic lidocaine"
        while len(name) > 1 and name[-1].islower() and name[-1].endswith(("ed", "ly")):
            name = name[:-1]  # "100 mg of VIA Disc NP mixed with", "30 mg of tolvaptan concomitantly"
        if any(w.lower() in _NOT_OF_NAME for w in name):
            return None  # "0.5 mg/kg of ideal body weight", "100 mg of the product"
        return " ".join(name).rstrip("®™") if name else None
    if name and _plain_word_drug(name[0]) and name[0].lower() != "vitamin":
        # one plain word, then a boundary: "2 g cefepime and 1 g nacubactam q8h"
        after = tokens[i - len(name) + 1].lower() if i - len(name) + 1 < len(tokens) else ""
        if after == "" or after in _STOP or after in _FILLER or not after[0].isalnum() \
                or (after.endswith("ed") and after.isalpha() and after not in _ENGLISH) \
                or re.fullmatch(r"q\d+[hdw]", after):
            return name[0]
    if len(name) == 2 and name[0].lower() == "elemental" and _is_drug_like(name[1:], agent):
        return " ".join(name)  # "1000 mg/day elemental calcium": the element's amount
    name = _tidy(name)
    if len(name) == 1 and _SHORT_CODE.fullmatch(name[0]) and name[0].isupper() \
            and name[0] not in _ROUTES and name[0] not in _RELEASE and name[0].lower() not in _FREQUENCY:
        return name[0]  # "0.25 mg/kg PQ in combination", "40 g / day RS derived": a two-letter code
    if len(name) == 2 and _salt_named(name) and _is_drug_like(name, agent):
        return " ".join(name)  # "100mL paraspinal normal saline", "4 mL hyaluronic acid"
    if len(name) == 2 and name[1].islower() and not _drug_suffixed(name[1]) \
            and name[1] not in _PRODUCT_TAIL:
        name = name[:1]  # "24 Gy Strontium90 episcleral brachytherapy" ("1 ml PRP extract" stays)
    if name and _is_drug_like(name[:1], agent):
        return " ".join(name).rstrip("®™")
    if len(name) == 2 and name[1].islower() and len(name[1]) > 4 and _STRICT_OR_TOXIN.search(name[1]):
        return " ".join(name)  # "25 IU botulinum toxin towards ..."
    if len(name) == 2 and "-" in name[0] and name[0].islower() and (
            _is_drug_like(name[1:], agent) or (len(name[1]) >= 2 and name[1].isupper())):
        return " ".join(name)  # "200mL high-titre CP": a hyphenated modifier, then the name
    return None


_COMPARED = frozenset({"to", "versus", "vs", "compared", "against"})
_PRODUCT_TAIL = frozenset({"extract", "extracts", "oil", "juice"})
_NOT_OF_NAME = _words("""body weight mass surface area product products medication medications
formulation preparation substance material each dr pharmaceuticals pharmaceutical pharma inc ltd
gmbh laboratories corporation""")  # "75 mg of Dr. Reddy's", "300 mg of Astrazeneca Pharmaceuticals": the maker
_GENERIC_LEAD = _words("local anesthetic anaesthetic antibiotic pure purified")
_STRICT_OR_TOXIN = re.compile(r"(?:toxin|mab|cillin|mycin|platin|vir|statin|caine)$")
_PAREN = re.compile(r"([A-Za-z][\w\-]*)\s*\(([^()]*)\)")


def _mask_foreign(window: str, who: str | None) -> str:
    """Blank "(...)" that follows another drug's name: its days are that drug's."""
    if "(" not in window:
        return window

    def blank(m: re.Match[str]) -> str:
        name = m.group(1)
        if name.lower() in _STOP or name.lower() in _FILLER or (who and name.casefold() in who.casefold()) \
                or not _is_drug_like([name], None):
            return m.group(0)
        return m.group(1) + " " * (len(m.group(0)) - len(m.group(1)))
    return _PAREN.sub(blank, window)


def _days(expr: str) -> list[int]:
    days: list[int] = []
    body = re.split(r"\s+of\s+|\s*,?\s+(?:once\s+)?every\s+", expr, maxsplit=1)[0]
    body = _DAY_PFX_RE.sub(" ", body)
    for m in _DAY_TOKEN.finditer(body):
        a = int(m.group(1).replace("−", "-").replace("–", "-"))
        if m.group(3) is not None:
            b = int(m.group(3).replace("−", "-").replace("–", "-"))
            if a <= b <= a + 100:
                days.extend(range(a, b + 1))
            else:
                days.extend((a, b))
        else:
            days.append(a)
    seen: set[int] = set()
    return [d for d in days if not (d in seen or seen.add(d))]  # type: ignore[func-returns-value]


@dataclass(slots=True)
class _Found:
    start: int
    end: int  # end of the unit
    amount_end: int
    low: _Number
    high: _Number | None
    unit: _Unit | None
    warnings: list[str] = field(default_factory=list)


_HAS_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                 "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                 "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
# a number word after one of these is part of a compound ("twenty five", "two hundred and fifty"):
# not read (a wrong part would be worse than none)
_NUMBER_JOINS = frozenset(_NUMBER_WORDS) | {"hundred", "thousand"}
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)
_UNIT_WORD_AFTER = re.compile(r"\s+(?:(?i:(?:milli|micro)?grams?|(?:milli|micro)?lit(?:er|re)s?)\b|(?:mg|mL|ml|mcg)\b)")
_WORD_BEFORE_AT = re.compile(r"([A-Za-z]+)[\s\-]+(?:and[\s\-]+)?$")
_DOT_KG = re.compile(r"(?<=[gG])\.(?=kg(?:/|\b(?![-−]?1)))")  # "mg.kg/hr", "0.1 mg.kg" (not "mg.kg-1")
_ROUTE_BRACKET = re.compile(r"\((?i:i\.?v\.?|p\.?o\.?|s\.?c\.?|i\.?m\.?|oral|orally)\)")
_UNIT_DASH = re.compile(r"(\d[\d.,]*)\s?(mg|g|mcg|µg|μg|ug|mL|ml|IU)-$")
# an E-number whose mantissa is not a bare 10 ("50E6", "1.0E7"): then "10E7" is one too
_OTHER_E_NUMBER = re.compile(r"(?<![\d.,])(?!10[eE])\d+(?:[.,]\d+)?[eE]\+?\d")
_MINUS_ONE = re.compile(r"[.·\s]\s?(kg|m2|h|hr|min|d|day|mL|ml|L)\s?-1(?!\d)")
_BARE_NUMBER = re.compile(r"\d(?![\d.,]*\s?%)")  # a number that is not a percentage
# Cheap pre-check: no dose without scientific notation or a unit word somewhere.
_ANY_UNIT = re.compile(
    # tried only where a run of digits and separators starts ("1111..." would otherwise be
    # tried at every digit, in quadratic time); the run may open with "." (".5 mg"). The run's
    # first character is matched before the look back, so the engine scans for [\d.,] at C speed;
    # the run is taken whole (*+), since no unit starts with a digit, "." or ","
    r"[\d.,](?<![\d.,]{2})(?:(?<=\d)|[.,]*+\d)[\d.,]*+(?:\s*\(\s*(?:±|\+/-)[^)]{0,8}\))?\)?\s*[-/]?(?:[x×X*·^\\⁰¹²³⁴⁵⁶⁷⁸⁹]|[eE]\+?\d|mg|MG|Mg|g|gm|µ|μ|ug|mcg|ucg|ng|m[lL]|ML|cc|IU|iu|MIU"
    r"|[Uu]nit|U|BAU|[Bb]ioequivalent|mmol|[nµμup]mol|[Ll]it|lt|[Ll]\s*/\s*min|" + _BARE_LITRE + r"|mEq|meq|u[lL]|vg|VG|PFU|pfu|TCID|CCID|VP|vp|CFU|cfu|[Cc]olony|[Vv]ir|[Pp]article|c?Gy|c?GY|CGY|UI|_TCID|MBq|GBq|[kK]Bq|mCi|uCi|[Cc]ell"
    r"|CELL|TNC|MNC|MSC|million|billion|thousand|[Mm]illi|[Mm]illg|[Mm]ilig|[Mm]icro|[Nn]ano|[Ii]nternational|[Vv]ector"
    r"|[Pp]laque|[Mm]egabecq|[Kk]ilobecq|ppm|Mio|㎎|[A-Za-z]+\s+[Uu]nits)")
# "1000 CAR-T cells": a product word between the number and "cells" (rare, so checked second)
_CELL_WORD = re.compile(r"\d\s+(?:[\w+\-]+\s+){1,3}?(?:[Cc]ells?\b|CELLS)")
# Where an amount may start: sre scans for a character class fast, then _AMOUNT.match.
_AMOUNT_START = re.compile(r"\d|\.(?=\d)")


def _number_words(text: str) -> list[tuple[int, int, int]]:
    """Numbers written as words before a unit ("twenty milliliters"): (start, end, value).
    The words are looked for at C speed (split, find); a pattern would try every letter."""
    low = text.lower()
    words = _NUMBER_WORD_SET.intersection(low.split())
    if not words or len(low) != len(text):
        return []
    found = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            before = _WORD_BEFORE_AT.search(low, max(0, at - 16), at)
            if (at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "-")) \
                    and _UNIT_WORD_AFTER.match(text, end) \
                    and (before is None or before.group(1) not in _NUMBER_JOINS):
                found.append((at, end, _NUMBER_WORDS[word]))
            at = low.find(word, end)
    return found


def parse_doses(text: str, *, agent: str | None = None,
                names: Sequence[str] = ()) -> tuple[list[Dose], list[str]]:
    """The doses ``text`` states, and warnings about what was ambiguous.

    ``names``: the names the record gives its interventions (and their other names), without
    a "Drug:" type prefix; a dose whose context writes one of them is that name's."""
    if not text or not isinstance(text, str) or _HAS_DIGIT.search(text) is None:
        return [], []
    if _ANY_UNIT.search(text) is None and (
            ("ell" not in text and "ELLS" not in text) or _CELL_WORD.search(text) is None):  # ("ell": what it needs)
        low = text.lower()  # "using twenty milliliters of 0.5% ropivacaine": a unit written out
        if not ("milli" in low or "micro" in low or "gram" in low or "lit" in low) or not (
                _number_words(text) or _UNIT_WORD_BRACKET.search(text)):  # (or "25 (milligram) mg")
            return [], []
    try:
        return _parse(text, agent, names)
    except Exception as exc:  # noqa: BLE001 -- a reader never raises on odd text
        return [], [f"dose text not read ({type(exc).__name__})"]


def _parse(text: str, agent: str | None, names: Sequence[str] = ()) -> tuple[list[Dose], list[str]]:
    if "\\" in text:
        # escapes are normally undone by the adapters; "10\\^9" and "D-5\\~D-3" still read
        # (spans are then quoted from the unescaped text)
        text = text.replace("\\^", "^").replace("\\~", "~").replace("\\[", "[").replace("\\]", "]")
    quoted = text
    spelt = _number_words(text)
    if spelt:
        # "twenty milliliters of 0.5% ropivacaine": a number written as a word, before a unit
        # (written over with its digits, one character for one, so spans quote the text)
        chars = list(text)
        for start, end, value in spelt:
            chars[start:end] = str(value).ljust(end - start)
        text = "".join(chars)
    if "-1" in text:
        # "1 mcg.kg-1.h-1" is 1 mcg/kg/h (one character for one, so spans still quote the text)
        text = _MINUS_ONE.sub(lambda m: "/" + m.group(1) + " " * (len(m.group(0)) - 1 - len(m.group(1))), text)
    if "(milli" in text or "(micro" in text or "(gram" in text:
        # "lenalidomide 25 (milligram) mg": the unit written out in a bracket before its symbol,
        # as the registry's form puts it, is blanked (one character for one)
        text = _UNIT_WORD_BRACKET.sub(lambda m: " " * len(m.group(0)), text)
    if ".kg" in text:
        # "0.06 to 0.12 mg.kg/hr" is mg/kg/h, "0.1 mg.kg" mg/kg (one character for one)
        text = _DOT_KG.sub("/", text)
    if ("00 " in text or "00I" in text or "00U" in text or ".000" in text) \
            and _DOT_DECIMAL.search(text) is None:
        # "5.000 IU Choriomon", "1.000.000 IU": a dot between thousands, as much of Europe and
        # Latin America write them; read only where a decimal is implausible: several groups,
        # or units of activity with two zeros closing the decimals ("1.500 IU" is 1500 IU, both
        # ends of "1.000-2.000 IU/h"), not per kg ("1.500 U/kg") and not in a text that writes
        # decimals with three places ("0.100, 0.200 or 1.000 U").
        text = _DOT_THOUSANDS.sub(lambda m: m.group(0).replace(".", ","), text)
    if "\n" in text:
        # legacy XML text is hard-wrapped ("ticagrelor\n      90 mg"): a line break inside a
        # sentence is a space (one character for one, so spans still quote the text as written)
        text = _WRAP.sub(" ", text)
    warnings: list[str] = []
    found: list[_Found] = []
    ten_base = ("10E" in text or "10e" in text) and _OTHER_E_NUMBER.search(text) is None
    # whether "d,ddd" is a decimal comma: asked of the whole text, once an amount has a comma
    comma_decimal = False
    comma_known = "," not in text
    resume_at = -1
    list_cuts: dict[int, int] = {}  # items of lists written without spaces: start -> end
    lists_read_to = -1
    pos = 0
    n = len(text)
    while pos < n:
        c = _AMOUNT_START.search(text, pos)
        if c is None:
            break
        cut = list_cuts.get(c.start())
        if cut is not None:  # "at 12.5,25,37.5 or 100 mg", "10,20 or 40 mg": a list, not decimal commas
            m = _AMOUNT_AT.match(text, c.start(), cut)
        else:
            m = (_AMOUNT_AT if c.start() == resume_at else _AMOUNT).match(text, c.start())
            if m is not None and c.start() >= lists_read_to and "," in text[m.start():m.end() + 1]:
                cuts, lists_read_to = _comma_list(text, m.start())
                if cuts:
                    list_cuts.update(cuts)
                    m = _AMOUNT_AT.match(text, c.start(), cuts[c.start()])
        if m is None and c.start() > 4 and text[c.start() - 1] == "-" \
                and _WORD_DASH.search(text, max(0, c.start() - 16), c.start()):
            m = _AMOUNT_AT.match(text, c.start())  # "two dose levels-160 mg QD"
            if m is not None and not isinstance(_read_unit(text, m.end(), _Number(1.0, False, None, False)), _Unit):
                m = None
        dash = _UNIT_DASH.search(text, max(0, c.start() - 20), c.start()) \
            if m is None and c.start() > 2 and text[c.start() - 1] == "-" else None
        if dash is not None:
            # "875mg-125mg": a second, smaller amount of the same unit, not a code "mg-125" (a vial's
            # volume "4mg-2mL" and a range's top "500mg-1g" stay unread)
            m = _AMOUNT_AT.match(text, c.start())
            if m is None or m.group("n1") is None or not text.startswith(dash.group(2), m.end()) \
                    or text[m.end() + len(dash.group(2)):m.end() + len(dash.group(2)) + 1].isalnum() \
                    or _num(m.group("n1"), False) >= _num(dash.group(1), False):
                m = None
        if m is None:
            pos = c.start() + 1
            continue
        if m.start() > 0 and text[m.start() - 1].isalpha() and "," in m.group(0):
            pos = resume_at = m.start() + m.group(0).index(",") + 1  # "Cohort3,120mg" is 3 and 120 mg
            continue
        if m.start() > 0 and text[m.start() - 1].isalpha() and m.group("n1") is not None \
                and m.group(*_HIGH_GROUPS) != _NO_HIGH:
            sep = _RANGE_SEP.match(text, m.end("n1"))
            if sep is not None and sep.group(0)[:1].isspace():  # ("EADM20～40mg" is a range)
                pos = resume_at = sep.end()  # "Vitamin D3 - 200 IU": the 3 is the name's, no range's low end
                continue
        if m.group("n1") is not None and m.group(*_HIGH_GROUPS) != _NO_HIGH and len(m.group("n1")) <= 2 \
                and m.group("n1").isdigit() and _LABEL_NUMBER_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            sep = _RANGE_SEP.match(text, m.end("n1"))
            if sep is not None and sep.group(0)[:1].isspace():
                pos = resume_at = sep.end()  # "Cohort 2 - 10 mg/kg": the 2 is the cohort's, no range's low end
                continue
        whole = m.group(0)
        if not comma_known and "," in whole:
            comma_decimal, comma_known = _comma_decimal(text), True
        if comma_decimal and _ODD_THOUSANDS.search(whole):
            warnings.append(f"read {whole.strip()!r} with a decimal comma; it could be thousands")
        low = _number(m, "1", comma_decimal, ten_base)
        high = _number(m, "2", comma_decimal, ten_base) if m.group(*_HIGH_GROUPS) != _NO_HIGH else None
        if low is None:
            pos = m.end()
            continue
        amount_end = m.end()
        if high is None and "log" in text[amount_end:amount_end + 6].lower():
            log = _LOG10.match(text, amount_end)
            if log is not None:
                if low.value > 15:
                    pos = log.end()  # "16 log10 CFU" is no amount to read (nor is the 10 of "log10")
                    continue
                # "≥ 4.0 log10 plaque forming units": a power of ten
                low = _Number(10.0 ** low.value, True, None, False)
                amount_end = log.end()
        if high is None and text[amount_end:amount_end + 1] in _GROUP_SPACES and m.group("n1") is not None \
                and m.group("n1").isdigit() and len(m.group("n1")) <= 3 and m.group("mult1") is None:
            # "10 000 U/m²": a space between groups of three, when a unit follows
            groups = _SPACE_GROUPS.match(text, amount_end)
            if groups is not None and not _NOT_AMOUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                    and not (len(m.group("n1")) == 3 and not groups.group(0).endswith("000")
                             and _CODE_BEFORE.search(text, max(0, m.start() - 12), m.start())) \
                    and isinstance(_read_unit(text, groups.end(), low), _Unit):
                digits = m.group("n1") + "".join(ch for ch in groups.group(0) if ch.isdigit())
                low = _Number(float(digits), False, None, False)
                amount_end = groups.end()
        if text.startswith("-", amount_end) and (_HYPHEN_UNIT.match(text, amount_end) or _hyphen_unit_drug(text, amount_end)):
            amount_end += 1  # "a single 300-mg dose", "the 10-mg tablet", "60-mg Prasugrel"
        unit = _read_unit(text, amount_end, high or low)
        if isinstance(unit, _Unit) and high is None:
            # "5 mg to 25 mg", "5cc-10cc": a range with the unit written on both ends
            tail = _RANGE_TAIL.match(text, unit.end)
            m2 = _AMOUNT_AT.match(text, tail.end()) if tail else None
            if m2 is not None and m2.group("n2") is None and m2.group("m2") is None:
                if not comma_known and "," in m2.group(0):
                    comma_decimal, comma_known = _comma_decimal(text), True
                high2 = _number(m2, "1", comma_decimal, ten_base)
                unit2 = _read_unit(text, m2.end(), high2) if high2 else None
                if high2 is not None and isinstance(unit2, _Unit) and unit2.unit == unit.unit \
                        and high2.value > low.value and not (
                            tail.group(0).lstrip().startswith("up")  # type: ignore[union-attr]
                            and (_TITRATION_BEFORE.search(text, max(0, m.start() - 40), m.start())
                                 or _CAP_AFTER.match(text, unit2.end))) \
                        and not _TITRATED_FROM.search(text, max(0, m.start() - 80), m.start()):
                    high, unit = high2, unit2  # ("Titration starting 300 mg/day up to 1800 mg/day": two doses)
        if isinstance(unit, _Unit) and unit.unit.startswith("cells") and m.start() > 0 \
                and text[m.start() - 1].isalpha() and not low.scientific \
                and len(text[amount_end:unit.end].split()) > 1:
            unit = None  # "bb2121 autologous CAR T cells": the number ends a code, the cells are no amount of it
        end = unit.end if isinstance(unit, _Unit) else amount_end
        if unit is False:
            found.append(_Found(m.start(), amount_end, amount_end, low, high, None, ["reject"]))
            pos = amount_end + 1
            continue
        if high is not None and high.scientific and not low.scientific and high.exponent is not None:
            low = _Number(low.value * 10.0 ** high.exponent, True, high.exponent, high.lost_superscript)
        to = _TO_BETWEEN.search(whole) if high is not None else None
        change = _CHANGE_FROM.search(text, max(0, m.start() - 100), m.start()) if to else None
        if to is not None and change is not None and high is not None and isinstance(unit, _Unit) \
                and not low.scientific \
                and "rang" not in change.group(0).lower():
            # "2 dose increases, from 5 to 20 mg": the dose before and the dose after, not a range
            # ("Ketamine to reduce pain, ranging from 0.1 to 0.5 mg/kg" stays a range)
            first_end = m.start() + to.start() + 1
            found.append(_Found(m.start(), first_end, first_end, low, None,
                                _Unit(unit.unit, unit.factor, first_end)))
            second = m.start() + to.end() - 1
            found.append(_Found(second, end, amount_end, high, None, unit))
        else:
            found.append(_Found(m.start(), end, amount_end, low, high, unit if isinstance(unit, _Unit) else None))
        pos = max(end, amount_end)
        if pos == m.start():
            pos += 1

    # units shared by a list: "60 or 40 mg", "1E6#3E6#6E6#1E7 cells/kg"
    shared_mult: dict[int, float] = {}
    for i in range(len(found) - 2, -1, -1):
        f, g = found[i], found[i + 1]
        if f.unit is None and "reject" not in f.warnings and g.unit is not None and g.high is None \
                and f.high is None and f.low.value < g.low.value \
                and _AND_ONLY.fullmatch(text, f.amount_end, g.start) \
                and _BETWEEN_BEFORE.search(text, max(0, f.start - 12), f.start):
            # "between 1 and 30 mg": one range, not two doses (an exponent is both ends')
            low = f.low
            if g.low.scientific and not low.scientific and g.low.exponent is not None:
                low = _Number(low.value * 10.0 ** g.low.exponent, True, g.low.exponent, g.low.lost_superscript)
            found[i + 1] = _Found(f.start, g.end, g.amount_end, low, g.low, g.unit, g.warnings)
            del found[i]
            continue
        if f.unit is None and "reject" not in f.warnings and g.unit is not None and f.high is None \
                and not f.low.scientific and g.low.scientific and g.low.exponent is None \
                and _LIST_SEP.fullmatch(text[f.amount_end:g.start]) \
                and not _NOT_AMOUNT_BEFORE.search(text, max(0, f.start - 12), f.start):
            word = _MULTIPLIER_END.search(text, g.start, g.amount_end)
            mult = _MULTIPLIER[word.group(0).lower()] if word is not None else shared_mult.get(i + 1)
            if mult is not None and f.low.value * mult < g.low.value:
                # "2.5, 5 or 10 million cells": the multiplier is every item's (a rising list only)
                f.low = _Number(f.low.value * mult, True, None, False)
                f.unit = _Unit(g.unit.unit, g.unit.factor, f.amount_end)
                shared_mult[i] = mult
                continue
        if f.unit is None and "reject" not in f.warnings and g.unit is not None \
                and _LIST_SEP.fullmatch(text[f.amount_end:g.start]) \
                and f.low.scientific == g.low.scientific \
                and (f.low.scientific
                     or not (_NOT_AMOUNT_BEFORE.search(text, max(0, f.start - 12), f.start)
                             or _GRADE_NUMBER_BEFORE.search(text, max(0, f.start - 12), f.start)
                             or (f.low.value.is_integer() and " or " not in text[f.amount_end:g.start]
                                 and _DAY_LIST_BEFORE.search(text, max(0, f.start - 40), f.start)))):
            f.unit = _Unit(g.unit.unit, g.unit.factor, f.amount_end)
    # "Azithromycin 500mg OD 1st day and 250 from day 2 to 5": the unit of the dose before
    last: _Found | None = None
    for f in found:
        if f.unit is not None:
            last = f
            continue
        if last is not None and last.unit is not None and f.high is None and not f.low.scientific \
                and "reject" not in f.warnings and "reject" not in last.warnings \
                and last.low.value / 10 <= f.low.value <= last.low.value * 10 \
                and _THEN_BARE.fullmatch(text, last.end, f.start) \
                and _BARE_THEN_DAYS.match(text, f.amount_end):
            f.unit = _Unit(last.unit.unit, last.unit.factor, f.amount_end)
    accepted = _accept(text, found, warnings, agent)
    known = _known_names(tuple(n for n in names if isinstance(n, str))) if names and accepted else ()
    if len(known) * len(text) > _NAME_WORK:
        # a long text bounds how many names are looked for (the longest first): each costs a
        # pass over the text ("abcdef " * 7200 with 256 names sharing "abcdef" took 4 s)
        known = known[:max(1, _NAME_WORK // len(text))]
    return _describe(text, accepted, agent, quoted, known), warnings


# "... 500mg OD 1st day and 250 from day 2": the word before "and" is not a number ("days 1 and 8")
_THEN_BARE = re.compile(r"[^.;:\n]{0,40}[A-Za-z)]\s+(?:and|then|followed\s+by)\s+")
_BARE_THEN_DAYS = re.compile(r"\s+(?:from|on|for)\s+(?:days?|d)\b")


# a hard wrap: a line break after a word, then more of the sentence: a lower-case word, a number
# (not a numbered item) or, on an indented line (legacy XML as written), a capitalized word
# (the line break first, the look back after it: the engine scans for "\n" at C speed)
_WRAP = re.compile(r"\n(?<=[\w,)%]\n)(?![ \t]*\d+[.)]\s)(?=[a-z0-9(]|[ \t]+[a-z0-9(]|[ \t]{2,}[A-Z][a-z])")


def _describe(text: str, accepted: list[_Found], agent: str | None, quoted: str = "",
              known: tuple[_Name, ...] = ()) -> list[Dose]:
    """Each accepted amount as a Dose: its level, agent, schedule and days from context;
    spans are quoted from ``quoted`` (the text as written) when given."""
    quoted = quoted or text
    n = len(text)
    kept: list[Dose] = []
    prev_end = 0
    prev_level: str | None = None
    prev_agent: str | None = None
    prev_unit = ""
    days_after: set[int] = set()
    heading: tuple[str, list[int]] | None = None
    fwd_agent_end = 0
    # an intervention whose name the text uses: unnamed amounts are its own
    agent_named = agent is not None and agent.casefold() in text.casefold()
    # what the text can hold at all, asked once: a level label, a split of a total, a day
    # (necessary conditions only, so a "no" skips work whose answer would be empty anyway)
    low_text = text.lower()
    may_level = "level" in low_text or "cohort" in low_text or "dl" in low_text \
        or ("dose" in low_text and "group" in low_text)
    may_split = ":" in text and "day" in low_text and _SPLIT_ITEM.search(text) is not None
    may_day = _MAYBE_DAY.search(text) is not None
    # where the text writes a name the record gives an intervention
    spans = _mentions(known, text, accepted) if known else []
    for idx, f in enumerate(accepted):
        assert f.unit is not None
        unit = f.unit.unit
        factor = f.unit.factor
        value = low = high = None
        if f.high is not None:
            low, high = f.low.value * factor, f.high.value * factor
        else:
            value = f.low.value * factor
        next_start = accepted[idx + 1].start if idx + 1 < len(accepted) else n
        between = text[prev_end:f.start]
        # level
        region_start = max(prev_end, f.start - 80)
        levels = list(_LEVEL.finditer(text, region_start, f.start)) if may_level else []
        level: str | None = None
        agent_floor = prev_end
        opening: re.Match[str] | None = None
        if not levels and region_start > prev_end and may_level:
            # "Dose level 1: (starting dose level) The one lower dose level than ... 80 mg"
            heads = [h for h in _LEVEL.finditer(text, max(prev_end, f.start - 250), region_start)
                     if _COLON_AT.match(text, h.end())]
            if heads and not _CLAUSE_BREAK.search(text, heads[-1].end(), f.start):
                levels = heads[-1:]
            else:
                # "Cohort 2 will enrol 20 healthy ... volunteers, who will receive a single 10 mg
                # dose": a level that opens the sentence (after a break, or the text's start) is
                # its doses' level
                clause = max(prev_end, f.start - 250)
                opened = clause == 0
                for brk in _CLAUSE_BREAK.finditer(text, clause, f.start):
                    clause, opened = brk.end(), True
                opening = _OPENING_LEVEL.match(text, clause, f.start) if opened else None
        level_after = _LEVEL_AFTER.match(text, f.end) if not levels and opening is None and may_level else None
        if levels:
            level = " ".join(levels[-1].group(0).split()).rstrip(":- ")
            agent_floor = levels[-1].end()
        elif opening is not None:
            level = " ".join(opening.group("level").split())
            agent_floor = opening.end()
        elif level_after is not None:
            level = " ".join(level_after.group("level").split())  # "20mg Cohort1, 40mg Cohort2"
        elif prev_level is not None and not _CLAUSE_BREAK.search(between):
            level = prev_level
        # agent
        who = None
        who_after = True
        of_name = _OF_NAME.match(text, f.end) if not unit.startswith("cells") \
            or _OF_CELL_CODE.match(text, f.end) else None
        if of_name is not None:
            # "150 mg of elvitegravir, 150 mg of cobicistat", "the dose to 100mg of X": the
            # name after "of" is the amount's own, whatever word stands before it (or a unit
            # written again: "800 international units per day (IU/day) of vitamin D")
            who = _agent_after(text, of_name.start("of") if of_name.group("echo") or of_name.group("freq")
                               or of_name.group("vol")
                               else f.end,
                               next_start, agent)
            if who is not None and not _is_drug_like(who.split(), agent) \
                    and not _plain_word_drug(who.split()[-1]) and " " not in who:
                who = None
        if who is None and not unit.startswith("cells"):
            # "50-200mg HTP/50mg carbidopa": each amount's own name stands before the slash
            who = _slash_paired_name(text, f.end)
        if who is None and not unit.startswith("cells") and _PAREN_OPEN_BEFORE.search(text, max(0, f.start - 8), f.start):
            # "Viread (300 mg Tenofovir disoproxil fumarate)": the name inside the brackets
            close = text.find(")", f.end, next_start)
            if close > 0:
                who = _agent_after(text, f.end, close, agent)
                inside = text[f.end:close].lstrip()
                often = _HOW_OFTEN_LEAD.match(inside)
                if who is not None and not (inside[often.end() if often else 0:].startswith(who.split()[0])
                                            and _is_drug_like(who.split(), agent)):
                    who = None  # ("Capecitabine (1000 mg/m2 twice daily with oxaliplatin)")
        if who is None:
            who, who_after = _agent_before(text, f.start, max(agent_floor, fwd_agent_end), agent,
                                           f.end if not unit.startswith("cells") else 0)
        if who is None and not unit.startswith("cells"):
            who, who_after = _agent_after(text, f.end, next_start, agent), True
            if who is None:
                # "... 25 mg of lenalidomide and 75mg/m² for bendamustine."
                # (only a name of the record's: "400 mg for COVID-19" names no drug)
                for_name = _FOR_NAME.match(text, f.end) if spans else None
                if for_name is not None:
                    k = bisect_left(spans, (for_name.start(1), -1))
                    if k < len(spans) and spans[k] == for_name.span(1):
                        who = for_name.group(1)
        if who is None:
            # "the proposed dose of hydroxychloroquine for prophylaxis of malaria is 6.5 mg/kg"
            dose_of = _DOSE_OF_IS.search(text, max(0, f.start - 120), f.start)
            if dose_of is not None and _is_drug_like([dose_of.group(1)], agent):
                who, who_after = dose_of.group(1), False
        if who is None and prev_agent is None and not unit.startswith("cells") and "/m" in text[f.end:f.end + 200].lower():
            # "will receive 20mg/kg ... as a liquid containing hydroxyurea 100mg/mL": the drug
            # the sentence names with its strength
            clause_end = _CLAUSE_BREAK.search(text, f.end, f.end + 200)
            conc = _CONC_NAME.search(text, f.end, clause_end.start() if clause_end else min(len(text), f.end + 200))
            if conc is not None and conc.group(1).lower() not in _STOP and conc.group(1).lower() not in _FILLER \
                    and conc.group(1).lower() not in _PRODUCT_ROLE and conc.group(1).lower() != "concentrate" \
                    and (agent is None or conc.group(1).casefold() in agent.casefold()) \
                    and not _DILUTED_IN.search(text, max(0, conc.start() - 20), conc.start()) \
                    and (_is_drug_like([conc.group(1)], agent) or _plain_word_drug(conc.group(1))):
                who, who_after = conc.group(1), True
        if spans:
            who, who_after = _known_agent(text, spans, who, who_after, f.start, f.end,
                                          max(agent_floor, fwd_agent_end), next_start,
                                          not unit.startswith("cells"), clause_open=not agent)
        # a name read after this amount must not be read again before the next one
        # (one read before it, even if written again after it, is no such name: "Bosinji granule
        # 2.5g (Bosinji extract 1.523g)")
        at = text.find(who, f.end, f.end + 60) if who and who_after else -1
        fwd_agent_end = at + len(who) if at >= 0 and who and not _BARE_NUMBER.search(
            text, f.end, at) else 0
        if who is None and prev_agent is not None and not _CLAUSE_BREAK.search(between) \
                and not _OTHER_GROUP.search(between):
            who = prev_agent
        if who is None and not (agent and agent_named):
            who = _agent_in_sentence(text, f.start, prev_end, agent,
                                     lexicon=not unit.startswith(("cells", "Gy"))
                                     and not (f.end == f.amount_end and _LIST_NEXT.match(text, f.end)))
            if who is not None and spans:
                who = _known_agent(text, spans, who, False, f.start, f.end, prev_end, next_start, False)[0]
        if who is None and prev_agent is not None and _base_unit(unit) == prev_unit \
                and not _OTHER_GROUP.search(between):
            who = prev_agent  # "... initial dosage of 8 μg/day. The dosage escalated to 28 μg/day"
        if who is None and not agent:
            # a list of doses under the line that names the drug: "Patients receiving inhaled
            # beclomethasone diproprionate in four escalating doses:\n200 mcg bid\n400 mcg bid"
            intro = _LIST_INTRO.search(text, max(0, f.start - 300), f.start)
            if intro is not None:
                who = _named_in(text, intro.group(1), intro.start(1), agent)
        # schedule: a split of the total, else a day expression after, else before
        schedule: str | None = None
        days: list[int] = []
        fractions: list[float] = []
        window_end = min(next_start, f.end + 300)
        splits = list(_SPLIT_ITEM.finditer(text, f.end, window_end)) if may_split else []
        sched_end = f.end
        if splits:
            schedule = " ".join(text[splits[0].start():splits[-1].end()].split())
            for s in splits:
                days.append(int(s.group(1)))
                fractions.append(float(s.group(2)) / 100 if s.group(2) else 1.0)
            sched_end = splits[-1].end()
        elif may_day:
            fwd = _mask_foreign(text[f.end:min(next_start, f.end + 160)], who)
            cut = _CLAUSE_BREAK.search(fwd)
            colon = fwd.find(":")
            while colon >= 0 and _FIELD_LABEL.search(fwd, 0, colon):
                colon = fwd.find(":", colon + 1)  # "Dose: 85mg/m2 Route: ... Administration: Day 1"
            limit = min(cut.start() if cut else len(fwd), colon if colon >= 0 else len(fwd))
            day_match = _DAY_EXPR.search(fwd, 0, limit)
            if day_match is not None and _COLON_AT.match(fwd, day_match.end()):
                day_match = None  # "400 mg BID DAYS 8 to 14: ...": the heading of the next item
            if day_match is not None:
                schedule = " ".join(day_match.group(0).split())
                days = _days(day_match.group(0))
                sched_end = f.end + day_match.end()
                days_after.add(idx)
            else:
                back = between
                breaks = list(_CLAUSE_BREAK.finditer(back))
                if breaks:
                    back = back[breaks[-1].end():]
                ds = list(_DAY_EXPR.finditer(back))
                if ds:
                    schedule = " ".join(ds[-1].group(0).split())
                    days = _days(ds[-1].group(0))
                    heading = (schedule, days) if _COLON_AT.match(back, ds[-1].end()) else None
                elif heading is not None and not breaks:
                    schedule, days = heading[0], list(heading[1])  # "DAYS 8 to 14: A 400 mg PLUS B 5 mg"
                else:
                    heading = None
        if who:
            who = _with_salt(text, who, f.start, f.end, who_after)
            if who_after and "/" not in unit and " per k" in text[f.end:f.end + len(who) + 60].lower():
                per = re.compile(r"[ \t]+(?:of[ \t]+)?(?:[\w.%-]+[ \t]+){0,2}?" + re.escape(who)
                                 + _PER_KG_AFTER_NAME, re.IGNORECASE).match(text, f.end)
                if per is not None:
                    # "12 micrograms of PRTX-100 per kilogram of patient weight": a dose per weight ("20mg
                    # lutein and 20 mg lycopene per day" keeps mg, as the table writes a daily schedule)
                    unit += "/kg" + ({"d": "/day", "h": "/h"}[per.group(1)[0].lower()] if per.group(1) else "")
        dose = Dose(text=quoted[f.start:f.end].strip(), agent=who, value=value, low=low, high=high,
                    unit=unit, level=level, schedule=schedule, days=days)
        if fractions:
            dose.fractions = fractions
        kept.append(dose)
        prev_end = max(f.end, sched_end, level_after.end() if level_after else 0)
        prev_level = level
        prev_agent = who
        prev_unit = _base_unit(unit)
    for i in range(len(kept) - 2, -1, -1):
        # "Fludarabine 30 mg/m2 and cyclophosphamide 300 mg/m2 on days -5 to -3", "2.5 mg/kg
        # (maximum calculated dose 250 mg), on Day 1": the days after the second are both's
        if not kept[i].days and (i + 1) in days_after and kept[i].schedule is None \
                and _days_shared_over(text[accepted[i].end:accepted[i + 1].start]):
            kept[i].schedule, kept[i].days = kept[i + 1].schedule, list(kept[i + 1].days)
            if _LIST_SEP.fullmatch(_FREQ_LEAD.sub("", text[accepted[i].end:accepted[i + 1].start], 1)):
                # and on down a list: "0.36, 0.54, and 0.72 mg/kg ... on Days 1 and 15", "25 mg bid, 20 mg bid, ..."
                days_after.add(i)
    if len(kept) > 1 and ("(" in text or "[" in text):
        _days_after_parts(text, accepted, kept)
    # "100 mg/day or 2 mg/kg/day of anakinra", "8 mg, 12 mg, or 16 mg of poziotinib",
    # "0.5ml (25 micrograms) of Fentanyl", "0.5 mg/kg (max 20 mg) of oral midazolam"
    for i in range(len(kept) - 2, -1, -1):
        if kept[i].agent is None and kept[i + 1].agent is not None \
                and (_LIST_SEP.fullmatch(text[accepted[i].end:accepted[i + 1].start])
                     or _CAP_BEFORE.fullmatch(text, accepted[i].end, accepted[i + 1].start)
                     or (_OPEN_PAREN.fullmatch(text, accepted[i].end, accepted[i + 1].start)
                         and _CLOSE_PAREN.match(text, accepted[i + 1].end))):
            kept[i].agent = kept[i + 1].agent
    _pair_names(text, accepted, kept, agent)
    if "-" in text and kept:
        _hyphen_pair_strengths(text, accepted, kept)
    if len(kept) > 1 and (" and " in text or " or " in text or "&" in text):
        _respective_names(text, accepted, kept)
    if kept and kept[0].agent is None and ":" in text[:40]:
        head = _HEAD_LABEL.match(text)
        if head is not None and _STRICT_DRUG.search(head.group(1)) \
                and all(d.agent is None or d.agent == head.group(1) for d in kept):
            first_sentence = _SENTENCE_END.search(text, head.end())
            for dose, f in zip(kept, accepted):  # "Avelumab: IV treatment; administered at 10 mg/kg IV"
                if first_sentence is not None and f.start > first_sentence.start():
                    break  # ("Durvalumab: Given IV. Premedication with 650 mg ...": another's)
                dose.agent = head.group(1)
    for i in range(len(kept) - 2, -1, -1):
        if kept[i].agent is None and kept[i + 1].agent and kept[i].unit == kept[i + 1].unit \
                and accepted[i + 1].start - accepted[i].end < 40 \
                and _TOTAL_BETWEEN.fullmatch(text, accepted[i].end, accepted[i + 1].start):
            kept[i].agent = kept[i + 1].agent  # "100,000 units for a total of 300,000 units of vitamin D3"
    if len(kept) > 1 and "vial" in text.lower():
        accepted, kept = _drop_vial_strengths(text, accepted, kept)
    if ")" in text and any(dose.agent is None for dose in kept) and _PARTS_ANY.search(text):
        _name_after_parts(text, accepted, kept)
    if not agent and spans and any(dose.agent is None for dose in kept):
        _sole_named_drug(text, quoted, spans, accepted, kept)
    if agent and any(dose.agent is None for dose in kept):
        own = _as_text_writes(text, agent) if agent_named else _own_word(text, agent)
        words = own.split()
        if len(words) > 1 and words[-1].lower() in _FORM and not words[-1][:1].isupper() \
                and "cell" not in own.lower():  # (a cell product's form is its name's: "STAR-T cells injection")
            words = words[:-1]  # "continuous phenylephrine infusion started at 25mcg/min"
            # "R-verapamil 75 mg tablet": a strength (a number, then a unit) is no part of a name
            strength_at = next((i for i, w in enumerate(words) if i and w[:1].isdigit() and (
                _UNIT_TOKEN.fullmatch(w.lstrip("0123456789.,")) or (
                    i + 1 < len(words) and _UNIT_TOKEN.fullmatch(words[i + 1])))), len(words))
            if strength_at == len(words) and own == agent and not agent_named:
                # the intervention's name given for a text that names no drug is kept whole
                # ("100, 200 or 300 mg" of "Droxidopa capsules": 15 of the 21 labels of such
                # texts keep the name as the record writes it); a form word is cut where the
                # text writes it, and with a strength before it
                words = own.split()
            else:
                words = words[:strength_at]
            last = words[-1].lower() if words else ""
            if words and last not in _NOT_A_NAME and last not in _ENGLISH and last not in _STOP \
                    and (_STRICT_DRUG.search(last) or _plain_word_drug(words[-1])):
                own = " ".join(words)  # ("Sham injection", "Prednisolone oral solution" stay whole)
        for dose in kept:
            if dose.agent is None:
                dose.agent = own
    if "(" in text:
        renamed: dict[str, str] = {}  # (each agent looked up once: the look-up scans the text)
        for dose in kept:
            if dose.agent:
                if dose.agent not in renamed:
                    renamed[dose.agent] = _name_before_bracket(text, dose.agent, agent)
                dose.agent = renamed[dose.agent]
    if "olution" in text:
        # a salt solution's name keeps its word "solution" ("Sodium chloride solution 10 mL IV",
        # "20 cc of saline solution 0.9%"), as the labels write it; a drug's form word does not
        for dose in kept:
            if dose.agent and dose.agent.rsplit(None, 1)[-1].lower() in ("saline", "chloride"):
                at = text.find(dose.agent)
                solution = _SOLUTION_AFTER.match(text, at + len(dose.agent)) if at >= 0 else None
                if solution is not None:
                    dose.agent = dose.agent + " " + solution.group(0).strip()
    if kept and ("radi" in low_text or "Gy" in text or "GY" in text):
        _radiation_or_drug(text, accepted, kept)
    if "molecul" in low_text or "otal " in text:
        # words that end a name elsewhere ("low dose aspirin", "total dose") open these:
        # "low molecular weight heparin", "Total lymphoid irradiation"
        for dose, f in zip(kept, accepted):
            if dose.agent:
                dose.agent = _with_opening_word(text, dose.agent, f.start)
    if "®" in text or "™" in text:
        # the agent as the text writes it: "Luminate®", "altim®" keep their mark
        marked: dict[str, str] = {}
        for dose in kept:
            if dose.agent and dose.agent[-1] not in "®™":
                if dose.agent not in marked:
                    at = text.find(dose.agent)
                    mark = text[at + len(dose.agent):at + len(dose.agent) + 1] if at >= 0 else ""
                    marked[dose.agent] = dose.agent + mark if mark in ("®", "™") else dose.agent
                dose.agent = marked[dose.agent]
    if len(kept) > 1 and ("rang" in low_text or "between" in low_text):
        _written_range(text, accepted, kept)
    for dose in kept:
        if dose.agent and dose.agent != agent and (" " in dose.agent or "%" in dose.agent):
            dose.agent = _without_qualifiers(dose.agent, known)
    if any(d.agent and _may_be_no_name(d.agent) for d in kept):
        _no_everyday_names(text, accepted, kept, agent, known)
    if len(kept) > 1:
        _salt_said_once(kept)
    freqs: list[str | None] = [None] * len(kept)
    again = [False] * len(kept)  # repeats given by another route, day or time of day
    if len(kept) > 1 and len({_key(d) for d in kept}) < len(kept):  # (asked only of repeats)
        ends = [accepted[i + 1].start if i + 1 < len(accepted) else len(text) for i in range(len(kept))]
        freqs = [_frequency(text, accepted[i].end, ends[i]) for i in range(len(kept))]
        before: dict[tuple[object, ...], int] = {}
        said: dict[tuple[object, ...], set[tuple[str, str, str]]] = {}
        bys = [_given_by(text, accepted[i].end, ends[i]) for i in range(len(kept))]
        for i, d in enumerate(kept):
            key = _key(d)
            j = before.get(key)
            # (only a way unlike every one said before for this amount: "8 mg IV, 8 mg PO, 8 mg IV"
            # is two doses)
            again[i] = j is not None and accepted[i].start - accepted[j].end <= _REPEAT_NEAR \
                and all(_differ(bys[i], by) for by in said[key])
            before[key] = i
            said.setdefault(key, set()).add(bys[i])
    for i, d in enumerate(kept):
        if d.low is not None and d.high is not None and d.high < d.low \
                and _NOT_AMOUNT_BEFORE.search(text, max(0, accepted[i].start - 12), accepted[i].start):
            # "E.coli Endotoxin Day 7 - 2 ng/kg": a day, then the amount
            kept[i] = d.model_copy(update={"value": d.high, "low": None, "high": None})
    if any(d.low is not None and d.high is not None and 0 < d.high < d.low <= 10 * d.high for d in kept):
        kept, freqs, again = _split_descending(kept, freqs, again)
    return _dedupe(kept, freqs, again)


@cache
def _common_words() -> frozenset[str]:
    """Everyday words of trial text that name no dose (common_words.txt, read on first use)."""
    text = files("trialnorm.extract").joinpath("common_words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _everyday(name: str) -> bool:
    """Whether ``name`` is only everyday words ("cholesterol", "Weight Less", "Determine safety")."""
    words = _common_words()
    parts = [w.rstrip("®™").lower() for w in name.split()]
    return all(w in words for w in parts) and (len(parts) == 1 or not any(w in _KIND_NOUNS for w in parts))


_LOWER_WORD_BEFORE = re.compile(r"(?<![\w\-])([a-z][a-z\-]*)[ \t]+$")  # "patients also use Relief"
_UNIT_WORDS = _words("mg g mcg ug ml l kg iu units daily bid tid qd od")
_CAPSULE_AFTER = re.compile(r"\s+(?i:capsules?|shells?)\b")


def _no_name(text: str, who: str, capitals: bool) -> bool:
    """Whether the agent ``who`` is no name: everyday words only, and, written with a capital, only
    where no lower-case word of the sentence stands right before it ("Begin at 5mcg/kg/min", "A:
    Current (1st generation) tablets", "240 mg IV There will be"; not a brand mid-sentence:
    "patients also use Relief 4 mg"); or a capsule's material ("soft gelatin capsule, 20 mg")."""
    if who.lower() in _FORM_ALONE or _DURATION_WORD.fullmatch(who) or _WHEN_WORD.fullmatch(who):
        return True  # a form is no drug ("0.05 mg/kg once daily oral liquid dose"), nor a duration ("a single 15-min infusion")
    if who.lower() in _CAPSULE_MATERIAL:
        at = text.find(who)
        return at >= 0 and _CAPSULE_AFTER.match(text, at + len(who)) is not None
    if not _everyday(who):
        return False
    if not who[:1].isupper() or capitals:
        return True  # (a text in capitals says nothing by its capitals)
    first = who.split()[0]  # (a name read across a bracket is not written whole: "Weight [20 kg or] Greater")
    at = text.find(first)
    while at >= 0:
        word = _LOWER_WORD_BEFORE.search(text, max(0, at - 30), at)
        if word is None or word.group(1) in _UNIT_WORDS:
            return True  # not after a word of the sentence ("240 mg IV There will be no ...")
        if word.group(1) in _TITLE_JOINERS and _CAPITAL_WORD_BEFORE.search(text, max(0, word.start() - 30), word.start()):
            return True  # a title's words, joined as titles join them ("Safety, Pharmacokinetics and Efficacy of 100 mg")
        at = text.find(first, at + 1)
    return False


_CAPSULE_MATERIAL = frozenset({"gelatin", "gelatine"})
_DURATION_WORD = re.compile(r"\d+(?:\.\d+)?-(?i:min|mins|minutes?|h|hrs?|hours?|days?|weeks?|months?)")
# a time around surgery or birth is no name ("30 mg intranasal post-surgery")
_WHEN_WORD = re.compile(r"(?i:pre|post|peri|intra)-?(?:surgery|surgical(?:ly)?|operative(?:ly)?|op|procedur(?:e|al)|partum|natal)")
_TITLE_JOINERS = frozenset({"and", "or", "of", "the", "for", "with", "in", "on", "to", "versus", "vs"})
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w\-])[A-Z][\w\-]*[,:]?[ \t]+$")
_FORM_ALONE = _FORM | {"liquid"}


def _may_be_no_name(who: str) -> bool:
    """What _no_name may reject, asked of the name alone (cheap: no look at the text)."""
    low = who.lower()
    return low in _FORM_ALONE or low in _CAPSULE_MATERIAL or _everyday(who) or _DURATION_WORD.fullmatch(who) is not None \
        or _WHEN_WORD.fullmatch(who) is not None


def _no_everyday_names(text: str, accepted: list[_Found], kept: list[Dose], agent: str | None,
                       known: tuple[_Name, ...]) -> None:
    """A name that is only everyday words ("lowering cholesterol ... doses of 10 mg", "examine if
    Pariet (20mg tablets)", "a single vaccine dose of 0.25mL") is no name (_no_name): the dose is
    that of the name right after the amount ("rescue 10 mg morphine"), else the intervention's own,
    else that of the record's name written last before it in the same sentence, else no one's."""
    spans = _mentions(known, text, accepted) if known else []
    mentioned = {text[s:e].casefold() for s, e in spans}
    capitals = sum(c.isupper() for c in text) * 2 > sum(c.isalpha() for c in text)  # (once: a long text has many doses)
    verdict: dict[str, bool] = {}
    ends = [e for _, e in spans]  # (spans do not overlap: their ends rise with their starts)
    for i, (dose, f) in enumerate(zip(kept, accepted)):
        who = dose.agent
        if not who or (agent and who.casefold() == agent.casefold()) or who.casefold() in mentioned \
                or (who[:1].isupper() and any(who.lower() in tokens for tokens, _ in known)):
            continue  # (the record's own name, or a word of it with its capital: "Exercise", "Balance Supplement")
        if who not in verdict:  # (each name judged once: the judgement may scan the text)
            verdict[who] = _no_name(text, who, capitals)
        if not verdict[who]:
            continue
        listed = _listed_with(text, accepted, kept, i, verdict, capitals)
        if listed is not None:
            dose.agent = listed  # "Efficacy of 100, 150, and 200 mg Oral Risedronate": the list's name
            continue
        ceiling = accepted[i + 1].start if i + 1 < len(accepted) else len(text)
        after = _agent_after(text, f.end, ceiling, agent)
        if after and not _may_be_no_name(after):
            # (a name after the amount replaces one only if no word of it is everyday, whatever
            # its capital: "240 mg IV There will be no ...")
            dose.agent = after
            continue
        if agent:
            dose.agent = agent
            continue
        k = bisect_right(ends, f.start) - 1
        if k >= 0 and _SENTENCE_BREAK.search(text, spans[k][1], f.start) is None and ";" not in text[spans[k][1]:f.start]:
            dose.agent = _as_written(text, *spans[k])
        elif who.lower() not in _KIND_NOUNS:
            dose.agent = None  # (a kind of product with nothing better stays: "Vaccine 5E8 TCID50")


def _without_qualifiers(who: str, known: tuple[_Name, ...]) -> str:
    """A name read from the text without a strength around it ("0.2% ropivacaine") or a word
    before it that says which use or strength of the drug ("a standard propranolol dose",
    "single-agent Tarceva", "Low-dose ketamine"); a capitalised qualifier of a brand or of the
    record's own name stays ("Standard Process Cataplex B", "Standard Dose Cytarabine")."""
    if "%" in who:
        bare = _STRENGTH_AROUND.sub("", who)
        if bare and bare != who and _is_drug_like(bare.split(), None):
            who = bare
    lead = _QUALIFIER_LEAD.match(who)
    rest = who[lead.end():] if lead is not None else ""
    if rest and (_is_drug_like(rest.split(), None) if who[:1].islower() else (
            _names_a_drug(rest) and not any(tokens == tuple(who.lower().split()) for tokens, _ in known))):
        return rest
    return who


def _listed_with(text: str, accepted: list[_Found], kept: list[Dose], i: int, verdict: dict[str, bool],
                 capitals: bool) -> str | None:
    """The name of the first later amount of the same list ("100, 150, and 200 mg Oral
    Risedronate") that has a name of its own, not everyday words: only for an amount that
    shares the unit written after the list (one with its own unit is its own: "Vaccine 0.5 mL
    and 0.5 mL Placebo"), and looking at most _LIST_REACH amounts ahead."""
    if accepted[i].end != accepted[i].amount_end:
        return None
    j = i + 1
    while j < len(kept) and j - i <= _LIST_REACH and _LIST_SEP.fullmatch(text[accepted[j - 1].end:accepted[j].start]) \
            and kept[j].unit == kept[i].unit:
        who = kept[j].agent
        if who:
            if who not in verdict:
                verdict[who] = _no_name(text, who, capitals)
            if not verdict[who]:
                return who
        j += 1
    return None


_LIST_REACH = 12


def _written_range(text: str, accepted: list[_Found], kept: list[Dose]) -> None:
    """A range with its unit written on both ends is one range: "ranging from 20mg - 2.5mg" (a
    taper, high to low), "between 300 mg/day (minimum) and 1200 mg/day (maximum)"."""
    i = 0
    while i < len(kept) - 1:
        a, b = kept[i], kept[i + 1]
        if a.value is not None and b.value is not None and a.unit == b.unit and a.agent == b.agent and (
                (b.value < a.value and _DASH_ONLY.fullmatch(text, accepted[i].end, accepted[i + 1].start)
                 and _RANGING_BEFORE.search(text, max(0, accepted[i].start - 24), accepted[i].start))
                or (a.value < b.value and _BOUNDS_AND.fullmatch(text, accepted[i].end, accepted[i + 1].start)
                    and _DOSES_BETWEEN.search(text, max(0, accepted[i].start - 40), accepted[i].start))) \
                and not _DASH_AMOUNT.match(text, accepted[i + 1].end):  # (not a three-step taper "40 mg - 20 mg - 10 mg")
            kept[i] = a.model_copy(update={"value": None, "low": min(a.value, b.value), "high": max(a.value, b.value),
                                           "text": text[accepted[i].start:accepted[i + 1].end]})
            accepted[i] = replace(accepted[i], end=accepted[i + 1].end)
            del kept[i + 1], accepted[i + 1]
        i += 1


_DASH_ONLY = re.compile(r"\s*[-–]\s*")
# "between" after a dose word: a range of doses ("Flexible dose between", "titrated between"; not two
# arms compared: "randomized between 10 mg and 20 mg")
_DOSES_BETWEEN = re.compile(r"\b(?i:doses?|dosage|dosing|titrat\w*|rang\w*|flexibl\w*|adjust\w*|vary|varies|varying)"
                            r"\b[^.;:]{0,20}?\b(?i:between)\s+$")
_DASH_AMOUNT = re.compile(r"\s*[-–]\s*\d")
_BOUNDS_AND = re.compile(r"\s*(?:\((?i:min(?:imum)?\.?)\)\s*)?(?i:and)\s+")
_RANGING_BEFORE = re.compile(r"\b(?i:rang(?:e|es|ed|ing))(?:\s+from)?\s*$")
# a strength written before or after a name ("0.2% ropivacaine", "ropivacaine 0,5 %")
_STRENGTH_AROUND = re.compile(r"^\d+(?:[.,]\d+)?[ \t]?%[ \t]*|[ \t]*\d+(?:[.,]\d+)?[ \t]?%$")
# words before a drug's name that say which of its uses, strengths or forms, not which drug
_QUALIFIER_LEAD = re.compile(r"(?i:standard|single[- ]agent|identical(?:[- ]looking)?|matching"
                             r"|(?:low|lower|high|higher)[- ]dose|(?:sustained|slow)[- ]releas(?:e|ed|ing)"
                             r"|(?:un)?blinded|depot)[ \t]+")


# what a dose may be "of" when nothing names it better ("Vaccine 5E8 and 10E8 TCID50")
_KIND_NOUNS = _words("vaccine vaccines peptide peptides hormone antibody antigen toxin cytokine opioid steroid")


# radiation by name: what a dose in Gy is of, and what no dose in mg is of
_RADIATION = re.compile(r"(?i:\b(?:(?:total[ \t]+(?:body|marrow|lymphoid|skin|nodal)[ \t]+)?irradiation"
                        r"|(?:stereotactic[ \t]+body[ \t]+)?radiotherapy|radiation(?:[ \t]+therapy)?)\b)"
                        r"|\b(?:TBI|TLI|TMI|TMLI|SBRT|SRS|IMRT|RT|XRT|EBRT)\b")


def _radiation_or_drug(text: str, accepted: list[_Found], kept: list[Dose]) -> None:
    """"Temozolomide will be administered concomitantly with radiotherapy, at 75 mg/m^2/day":
    radiation is no agent of an amount of drug (the drug its clause names before is, else none);
    "Fludarabine, cyclophosphamide, and total marrow irradiation of 18 Gy": a drug is no agent
    of a dose in Gy (the radiation its clause names before is)."""
    for f, dose in zip(accepted, kept):
        if not dose.agent:
            continue
        start = 0
        for brk in _CLAUSE_BREAK.finditer(text, max(0, f.start - 200), f.start):
            start = brk.end()
        start = max(start, f.start - 200)
        if dose.unit.startswith("Gy"):
            if _RADIATION.search(dose.agent) is None and _names_a_drug(dose.agent):
                last = None
                for last in _RADIATION.finditer(text, start, f.start):
                    pass
                if last is not None:
                    dose.agent = last.group(0)
        elif _RADIATION.fullmatch(dose.agent):
            drug = None
            for w in _NAME_WORDS.finditer(text, start, f.start):
                if _known_drug(w.group(0)) and _RADIATION.fullmatch(w.group(0)) is None:
                    drug = w.group(0)
            dose.agent = drug


# "18 mg (3 X 6 mg tablets) deflazacort", "400 mcg (two tablets) of misoprostol": a bracket of
# parts or forms after the amount, then the drug's name
# (the bracket says how the amount is made up or for whom: tablets, capsules, a strength per mL, a
# weight; not a schedule "(day 1) Capecitabine", nor an amount's own bracket "(200 mg) Carboplatin")
_PARTS_WORD = r"(?i:tablets?|capsules?|caplets?|softgels?|sachets?|vials?|ampoules?|puffs?|pills?|/\s*ml|kg)"
_PARTS_THEN_NAME = re.compile(r"(?:\s*\([^()\n]{0,30}?" + _PARTS_WORD + r"[^()\n]{0,10}\)|[^()\n]{0,30}?" + _PARTS_WORD
                              + r"[^()\n]{0,10}\))[ \t]*(?:of[ \t]+)?([A-Za-z][\w\-]{3,})")
_PARTS_ANY = re.compile(_PARTS_WORD)


def _name_after_parts(text: str, accepted: list[_Found], kept: list[Dose]) -> None:
    for f, dose in zip(accepted, kept):
        if dose.agent is None and not dose.unit.startswith(("cells", "Gy")):
            after = _PARTS_THEN_NAME.match(text, f.end)
            if after is not None and _known_drug(after.group(1)):
                dose.agent = after.group(1)


_OPENING_WORDS = re.compile(r"\b(?i:(low[ \t]+molecul\w*(?:[ \t]+weight)?|low|total))[ \t]+$")


def _with_opening_word(text: str, agent: str, start: int) -> str:
    """"low molecular weight heparin", "Total lymphoid irradiation" keep the words that
    would end a name elsewhere ("low dose aspirin", "total dose"), where the text writes the
    name nearest before the dose at ``start`` (else first after it)."""
    low = agent.lower()
    if not (low.startswith("molecul") or "heparin" in low or low.endswith("irradiation")):
        return agent
    at = text.rfind(agent, max(0, start - 200), start)
    if at < 0:
        at = text.find(agent, start, start + 200)
    words = _OPENING_WORDS.search(text, max(0, at - 30), at) if at > 0 else None
    if words is None:
        return agent
    opening = words.group(1).lower()
    if (opening == "low" and low.startswith("molecul")) or (opening.startswith("low ") and low.startswith("heparin")) \
            or (opening == "total" and low.endswith("irradiation")
                and low.startswith(("body", "lymphoid", "marrow", "skin", "nodal"))):
        return words.group(1) + " " + agent
    return agent


def _days_after_parts(text: str, accepted: list[_Found], kept: list[Dose]) -> None:
    """"120 mg ibrutinib (3 x 40 mg capsules) on Day 1", "Ketoconazole (400 mg [2 x 200 mg] once daily on
    Days 4-9)": the days after a bracket of parts are the whole dose's, not its last part's."""
    i = 0
    while i < len(kept) - 1:
        opened = _PARTS_OPEN.match(text, accepted[i].end)
        if opened is None or kept[i].days:
            i += 1
            continue
        close_char = "]" if opened.group(0).rstrip()[-1] == "[" else ")"
        close = text.find(close_char, opened.end())
        if close < 0:
            i += 1
            continue
        j = i
        while j + 1 < len(kept) and accepted[j + 1].start < close:
            j += 1
        after_end = accepted[j + 1].start if j + 1 < len(kept) else len(text)
        after = " ".join(text[close + 1:after_end].split())
        schedule = kept[j].schedule
        if j > i and schedule and kept[j].days and _DAYS_RIGHT_AFTER.match(after) is not None \
                and schedule in after \
                and all(not kept[k].days or kept[k].days == kept[j].days for k in range(i + 1, j)):
            kept[i].schedule, kept[i].days = kept[j].schedule, list(kept[j].days)
            for k in range(i + 1, j + 1):
                kept[k].schedule, kept[k].days = None, []
        i = j + 1


# what may stand between a bracket of parts and the days after it: "(3 x 40 mg capsules) on Day 1",
# "[2 x 200 mg] once daily on Days 4-9)"
_DAYS_RIGHT_AFTER = re.compile(r"[)\],\s]*[^.;:\n\d(\[]{0,60}?\b(?:days?|d)\s*[-+]?\d", re.IGNORECASE)
# a bracket of parts opened right after a dose: "(3 x 40 mg", "[2 x 200 mg", "(provided as one 4-mg"
_PARTS_OPEN = re.compile(r"(?:[ \t]+[A-Za-z][\w\-]*){0,2}[ \t]*(?:[(\[])[ \t]*(?:provided[ \t]+as[ \t]+)?(?=(?:\d{1,2}|one|two|three|four)[ \t]*(?:x|×|\*)?[ \t]*\d)",
                         re.IGNORECASE)


def _name_before_bracket(text: str, agent: str, given: str | None) -> str:
    """The name a text writes before a bracket that gives another name for it: "mycophenolate
    mofetil (MMF)", "Cyclosporine A (CSP)", "Udenafil (Zydena)" are "mycophenolate mofetil",
    "Cyclosporine A", "Udenafil", when the agent read is the bracket's name (and the text
    does not write it outside a bracket: "... followed by 200 mg CZP" stays CZP) or both
    names together (a record's name, not the intervention's own given as ``given``)."""
    if agent != given and agent.endswith(")"):
        whole = _NAME_AND_BRACKET.fullmatch(agent)
        if whole is not None and _is_drug_like(whole.group(1).split(), None):
            return whole.group(1)
        return agent
    core = agent.rstrip("™®")
    if _CAPITAL_BRAND.fullmatch(core) and (f"{core} (" in text or f"{core}™ (" in text or f"{core}® (" in text):
        # "MOVANTIK™ (naloxegol) 25 mg", "REVLIMID (lenalidomide)": a brand in capitals, then the
        # generic name in brackets, which is the agent (a sponsor's code before a generic name is
        # kept: the labels disagree, "LY2189265 (Dulaglutide)" against "KW-0761 (Mogamulizumab)")
        generic = _GENERIC_IN_BRACKET.match(text, text.find(core) + len(core))
        if generic is not None and _inn_like(generic.group(1)) and not generic.group(1).isupper():
            return generic.group(1)
        return agent
    bracketed = f"({agent})"
    if not agent[:1].isalnum() or len(agent) > 30 or bracketed not in text \
            or text.count(agent) != text.count(bracketed):
        return agent
    at = text.find(bracketed)
    before = _NAME_BEFORE_BRACKET.search(text, max(0, at - 60), at)
    if before is None:
        return agent
    words = before.group(1).split()
    if len(words) == 2 and not (words[1].lower() in _SALT_WORDS or (len(words[1]) == 1 and words[1].isupper())):
        if words[0].lower() not in _FILLER and words[0].lower() not in _STOP:
            return agent  # "colony-stimulating factor(G-CSF)": a name of more words than this reads
        words = words[1:]  # "taking mycophenolate mofetil", "receive Udenafil"
    low = words[0].lower()
    if low in _STOP or low in _FILLER or low in _ENGLISH or low in _PRODUCT_ROLE \
            or not _is_drug_like(words, None):
        return agent  # ("compound (NBI-56418)")
    if len(words) == 1 and _CAPITAL_BRAND.fullmatch(words[0]) and _inn_like(agent) and not agent.isupper():
        return agent  # "REVLIMID (lenalidomide)": the generic name, not the brand
    return " ".join(words)


def _inn_like(name: str) -> bool:
    """A generic (international nonproprietary) name: one word with a drug's ending."""
    return " " not in name and len(name) > 5 and name.lower() not in _ENGLISH and _drug_suffixed(name)


# a brand written in capitals ("MOVANTIK", "REVLIMID")
_CAPITAL_BRAND = re.compile(r"[A-Z]{4,}")
_GENERIC_IN_BRACKET = re.compile(r"[™®]?[ \t]*\([ \t]*([A-Za-z][\w\-]*)[ \t]*\)")


_NAME_AND_BRACKET = re.compile(r"([A-Za-z][\w\-]*(?:[ \t]+[A-Z])?)[ \t]*\([A-Za-z][\w\-]*\)")
_NAME_BEFORE_BRACKET = re.compile(r"(?<![\w\-])([A-Za-z][\w\-]*(?:[ \t]+[A-Za-z][\w\-]*)?)[ \t]*$")


def _sole_named_drug(text: str, quoted: str, spans: list[tuple[int, int]],
                     accepted: list[_Found], kept: list[Dose]) -> None:
    """A text that names one of the record's drugs and no other doses that drug wherever it
    names none, after naming it: "Subjects in the allopurinol treatment arm will begin with an
    initial dose of drug of 100 mg/d", "Drug: oxytocin and placebo nasal spray (...); dosage=24
    international units (IU)", "Linsitinib is to be taken ... The starting dose is 600 mg". Two
    drugs named (or a dose already another's) leave it unnamed; so does radiation, a drug named
    as background ("their usual methotrexate", "ondansetron as premedication"), and a dose in a
    later sentence unless that sentence opens on the dose ("The starting dose is", "1×10^9 NK
    cells/dose")."""
    written: dict[str, str] = {}
    for s, e in spans:
        name = " ".join(quoted[s:e].split())
        written.setdefault(name.casefold(), name)
    if len(written) != 1:
        return
    key, name = next(iter(written.items()))
    words = key.split()
    if not _is_drug_like(name.split(), None) or any(w in _VEHICLE_WORDS for w in words) \
            or _NOT_GIVEN_NAME.search(key):
        return  # "prostatectomy", "Radiotherapy", "normal saline": no drug a dose is of
    if any(d.agent is not None and d.agent.casefold() != key for d in kept):
        return
    first, first_end = spans[0]
    dosed = False
    said: dict[int, int] = {}  # where "the following dosing regimen" ends in the sentence starting here
    line_end = text.find("\n", first_end)
    # "Clonidine administered orally:\nDay 1/loading doses: 75µg": a line naming it heads the lines below
    heading = line_end > 0 and text[first_end:line_end].rstrip().endswith(":") and "." not in text[first_end:line_end]
    if _BACKGROUND_BEFORE.search(text, max(0, first - 40), first) or _BACKGROUND_AFTER.match(text, first_end):
        return
    for dose, f in zip(kept, accepted):
        if dose.agent is None and f.start > first and not dose.unit.startswith("Gy") \
                and not (dose.unit.startswith("cells") and _STRICT_DRUG.search(name)):
            # ("Fludarabine 30 mg/m^2 on days -5 to -3, then 1×10⁶ CAR-T cells/kg": the cells are no chemotherapy's)
            after = _WORD_AFTER_AMOUNT.match(text, f.end)
            if after is not None and after.group(1).lower() not in _STOP \
                    and _plain_word_drug(after.group(1)):
                continue  # "0.8 g/kg/day protein": the amount of a word the reader did not take
            sentence = None
            if not dosed and not heading:  # (once a dose is the drug's, the text goes on about it: "The basic rate is
                # 0.3 mg/h. Patients will be allowed to administer 1 mg")
                for sentence in _SENTENCE_BREAK.finditer(text, first_end, f.start):
                    pass
            if sentence is not None and not _DOSE_OPENS.match(text, sentence.end(), f.start):
                at = said.get(sentence.end())
                if at is None:  # (once a sentence: a long one holds many doses)
                    m = _DOSING_SAID.search(text, sentence.end(), min(len(text), sentence.end() + 300))
                    at = m.end() if m is not None and not _OTHER_ARM.search(text, sentence.end(), m.start()) \
                        else len(text) + 1  # (not "Participants in Arm B receive the following dosing regimen")
                    said[sentence.end()] = at
                if at > f.start:
                    continue  # "... adding metformin improves outcomes. In the control arm ... 75 mg/m2"
            dose.agent = name
        dosed = dosed or (dose.agent is not None and dose.agent.casefold() == key)


# a drug named as background, not as what the text gives
_BACKGROUND_BEFORE = re.compile(r"\b(?:usual|background|prior|previous|existing|current|stable|concomitant|rescue"
                                r"|premedication|premedicated|continue|continues|allowed|permitted|prohibited)\b[^.;:]{0,25}$",
                                re.IGNORECASE)
_BACKGROUND_AFTER = re.compile(r"[ \t]+(?:is|are)?[ \t]*(?:as[ \t]+(?:premedication|rescue|needed|background)|(?:is|are)[ \t]+"
                               r"(?:allowed|permitted|prohibited))", re.IGNORECASE)
# (not ";", nor a hard-wrapped line's break, nor a decimal point: "at doses of 0.008 or 0.024 mg/kg")
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s+(?=[A-Z])|(?<![\d.]\.)(?=\d))")
# a sentence that opens on the dose: "The starting dose is 600 mg", "The basic rate is 0.3 mg/h", "1×10^9 NK cells"
# (after a heading that is no other arm's: "Intervention: Dose is 100 mg", not "Placebo: dose-matched tablets 14 mg")
_DOSE_OPENS = re.compile(r"\s*(?:(?:intervention|treatment|drug|dosing|dosage|dose|regimen|administration)s?:[ \t]*)?"
                         r"(?:(?:the|a|an)\s+)?(?:\w+\s+){0,2}(?:dose|doses|dosage|rate|regimen)\b(?!-)"
                         r"|\s*(?=\d)", re.IGNORECASE)


# a sentence that says the doses it gives: "... received the following weight-based dosing regimen: 600 mg"
_DOSING_SAID = re.compile(r"\b(?:the|this)[ \t]+following[ \t]+(?:[\w\-]+[ \t]+){0,3}?(?:doses?|dosing|dosage|regimen)\b",
                          re.IGNORECASE)
_OTHER_ARM = re.compile(r"\b(?i:arms?|groups?|cohorts?|placebos?|controls?|comparators?)\b")
_NOT_GIVEN_NAME = re.compile(r"\b(?:radi|therap|surg|procedure|exercise|diet|device)|(?:ectomy|otomy|plasty|scopy)\b")
_WORD_AFTER_AMOUNT = re.compile(r"[ \t]+(?:of[ \t]+)?([A-Za-z][a-z\-]+)")


def _drop_vial_strengths(text: str, accepted: list[_Found], kept: list[Dose]) -> tuple[list[_Found], list[Dose]]:
    """"Amphotericin B Liposome for Injection 50 mg/vial, ... at a dose of 3 mg/kg/day": what a
    vial holds is no dose beside a dose of the same drug (or of a drug not named), and names
    that dose's drug; "100mg/vial" alone, or beside another drug's dose ("Cetuximab 100 mg/vial
    IV weekly; irinotecan 180 mg/m2"), stays a dose."""
    per_vial = [_PER_VIAL.match(text, accepted[i].end) is not None for i in range(len(kept))]
    drop = [v and any(not w and (d.agent is None or kept[i].agent is None or d.agent == kept[i].agent)
                      for d, w in zip(kept, per_vial))
            for i, v in enumerate(per_vial)]
    if not any(drop):
        return accepted, kept
    vial_agent = next((d.agent for d, x in zip(kept, drop) if x and d.agent), None)
    accepted = [f for f, x in zip(accepted, drop) if not x]
    kept = [d for d, x in zip(kept, drop) if not x]
    for dose in kept:
        dose.agent = dose.agent or vial_agent  # the vial's drug is the drug given
    return accepted, kept


def _split_descending(doses: list[Dose], freqs: list[str | None], again: list[bool]
                      ) -> tuple[list[Dose], list[str | None], list[bool]]:
    """"dose level 1A of 30-20 mg": a high end below the low one is no range, but two amounts
    (``freqs`` and ``again`` follow the doses)."""
    out: list[Dose] = []
    out_freqs: list[str | None] = []
    out_again: list[bool] = []
    for d, freq, repeat in zip(doses, freqs, again):
        if d.low is not None and d.high is not None and 0 < d.high < d.low <= 10 * d.high:
            first = d.model_copy(update={"value": d.low, "low": None, "high": None}, deep=True)
            second = d.model_copy(update={"value": d.high, "low": None, "high": None}, deep=True)
            out += [first, second]
            out_freqs += [freq, freq]
            out_again += [repeat, False]
        else:
            out.append(d)
            out_freqs.append(freq)
            out_again.append(repeat)
    return out, out_freqs, out_again


# "0.5 mg once per day followed by 0.5 mg twice a day": how often an amount is given, as a
# code ("1/d", "2/d", "q8h", "1/w"); two mentions of one amount at different frequencies
# are two doses (a frequency stated once is no difference: "225 mg monthly (225 mg/1.5 mL)")
_FREQ_AFTER = re.compile(
    r"[^.;\n]{0,30}?(?<![A-Za-z])(?:"
    r"(?P<d1>q\.?d\.?|o\.?d\.?|once\s+(?:a\s+|per\s+|each\s+)?day|once\s+daily|daily)"
    r"|(?P<d2>b\.?i\.?d\.?|twice\s+(?:a\s+|per\s+|each\s+)?day|twice\s+daily)"
    r"|(?P<d3>t\.?i\.?d\.?|three\s+times\s+(?:a|per|each)\s+day|three\s+times\s+daily)"
    r"|(?P<d4>q\.?i\.?d\.?|four\s+times\s+(?:a|per|each)\s+day|four\s+times\s+daily)"
    r"|(?P<w1>once\s+(?:a\s+|per\s+)?week|weekly|q\.?w\.?)"
    r"|(?P<w2>twice\s+(?:a\s+|per\s+)?week)"
    r"|(?P<m1>once\s+(?:a\s+|per\s+)?month|monthly)"
    r"|every\s+(?P<every>\d+)\s*(?P<every_unit>h|hours?|days?|weeks?)"
    r"|q(?P<q>\d+)\s*(?P<q_unit>h|hr?s?|d|w|wk)"
    r"|(?P<n>\d)\s*(?:x|times)\s*(?:/|a|per)\s*(?P<n_unit>day|d|week|wk|w)"  # "600 mg 3x/week"
    r")(?![A-Za-z])", re.IGNORECASE)
# the route and the day a dose is given by, right after it: what tells "40 mg IV pre-operatively"
# from "40 mg PO post-op day #1" and "day #2", or "0.2 mL intradermally" from "0.2 mL intramuscularly"
_ROUTE_AFTER = re.compile(
    r"[^.;\n]{0,25}?(?<![A-Za-z])(?:(?P<iv>iv|i\.v\.|intravenous(?:ly)?)|(?P<po>po|p\.o\.|oral(?:ly)?|by\s+mouth)"
    r"|(?P<sc>sc|s\.c\.|subcutaneous(?:ly)?)|(?P<im>im|i\.m\.|intramuscular(?:ly)?)|(?P<id>intradermal(?:ly)?))"
    r"(?![A-Za-z])", re.IGNORECASE)
_TIME_OF_DAY_AFTER = re.compile(r"[^.;\n]{0,20}?(?<![A-Za-z])(" + "|".join(_TIMES_OF_DAY) + r")(?![A-Za-z])",
                                re.IGNORECASE)
_DAY_AFTER = re.compile(r"[^.;\n]{0,30}?(?<![A-Za-z])day\s*#?\s*(\d{1,3})(?!\d)", re.IGNORECASE)


def _frequency(text: str, start: int, end: int) -> str | None:
    m = _FREQ_AFTER.match(text, start, min(end, start + 60))
    if m is None:
        return None
    for code in ("d1", "d2", "d3", "d4", "w1", "w2", "m1"):
        if m.group(code):
            return code
    if m.group("every"):
        return "q" + m.group("every") + m.group("every_unit")[0].lower()
    if m.group("q"):
        return "q" + m.group("q") + m.group("q_unit")[0].lower()
    # "3x/day" is "three times a day" (d3), "2x/week" "twice a week" (w2)
    return ("d" if m.group("n_unit")[0].lower() == "d" else "w") + m.group("n")


def _given_by(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The route, day and time of day written right after a dose ("40 mg IV pre-operatively",
    "40 mg PO post-op day #1", "10 mg/kg at midday"), each "" when not written."""
    stop = min(end, start + 60)
    route = _ROUTE_AFTER.match(text, start, min(stop, start + 40))
    day = _DAY_AFTER.match(text, start, stop)
    when = _TIME_OF_DAY_AFTER.match(text, start, min(stop, start + 30))
    return (route.lastgroup or "" if route is not None else "", day.group(1) if day is not None else "",
            when.group(1).lower() if when is not None else "")


def _differ(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """Two mentions differ when a part both state differs (one stated on one side only is a
    restatement: "Cisplatin 75 mg/m2 IV on Day 1 (75 mg/m2 IV infusion over 1 hour)")."""
    return any(x and y and x != y for x, y in zip(a, b))


# a repeat this near the same amount before it is another dose if its route, day or time of day differs
# ("0.2 mL intradermally, 0.1 mL intradermally, 0.5 mL intramuscularly, or 0.2 mL
# intramuscularly"); farther, it is the regimen said again for another phase or arm
_REPEAT_NEAR = 80


# ------------------------------------------------------------ the record's own names

# names no dose is given to, or too common a word to say who gets one: never a mention
_GENERIC_NAMES = _words("""
control controls standard care usual treatment therapy placebo sham surgery none no observation
""")
# what splits a name into names of their own: "ABC: abacavir: Ziagen", "AK104+anlotinib",
# "Gadoquatrane (BAY1747846)", "sacubitril/valsartan", "Aflibercept, VEGF Trap-Eye(Eylea, ...)_2 mg";
# a "+" inside a word is part of the name ("hAd5-S-Fusion+N-ETSD") unless a drug-like part follows
_NAME_SPLIT = re.compile(r"\s*(?:[,;:_()\[\]，；（）]|\s\+|\+\s|\s-\s|\s(?:and|or|plus|with|vs\.?)\s)\s*")
_NAME_TOKEN_SPLIT = re.compile(r"[\s\-]+")
# a strength inside a name ("Insulin aspart 30 mix", "Sumatriptan 4mg Statdose injection",
# "K-877 0.2 mg/day", "5% Albumin"), and the units it is written with
_STRENGTH_TOKEN = re.compile(r"\d[\d.,/]*(?:%|[a-zA-Zµμ/]{0,8})$")
_UNIT_TOKEN = re.compile(r"(?i:mg|g|mcg|µg|μg|ug|ml|iu|u|units?|mmol|%)(?:/[a-z0-9]+)*")


# a "/" between names splits a combined name, not one between two single letters ("rBV A/B-40 vaccine")
_SLASH_PARTS = re.compile(r"(?<![^\w][A-Za-z])(?<!^[A-Za-z])/|/(?![A-Za-z](?:[^A-Za-z]|$))")


def _name_variants(name: str) -> list[str]:
    """The ways a text may write ``name``: each part of a combined name, cut before a strength,
    without a leading strength, route or dose word ("0.143 mg/kg Psilocybin", "Oral X",
    "High-dose vitamin D"), without trailing form, route or step words ("Yangxue Qingnao
    pills", "Depacon IV"), and with and without a trailing salt ("tolterodine tartrate")."""
    parts = []
    for part in _NAME_SPLIT.split(name):
        words = part.replace("®", " ").replace("™", " ").split()
        while words and (_STRENGTH_TOKEN.match(words[0]) or _UNIT_TOKEN.fullmatch(words[0])
                         or words[0].lower() in _STOP or words[0].lower() in _FILLER
                         or "dose" in words[0].lower() or words[0].lower() in ("release", "released", "releasing")):
            words = words[1:]  # (and "sustained released 5-FU": the filler, then its participle)
        cut = next((i for i, w in enumerate(words) if i and _STRENGTH_TOKEN.match(w)
                    and not (w.isdigit() and len(w) >= 4 and _SPONSOR.fullmatch(words[i - 1]))), len(words))
        # "HES 130/0.4" is HES; not "BAY 1234567", a sponsor's code; "sacubitril/valsartan" is two
        parts += [w.split() for w in _SLASH_PARTS.split(" ".join(words[:cut]))]
        if cut == len(words) - 1 and cut and words[cut].isdigit() and len(words[cut]) <= 5 and "/" not in part:
            parts.append(words)  # "Urocortin 2", "Toca 511", "CNTO 6785": a number that ends a name is its own
    out: list[str] = []
    for words in parts:
        while words and (words[-1].lower() in _FORM or words[-1].lower() in _DEVICE or words[-1].lower() in _STOP
                         or words[-1].lower() in _FILLER or words[-1].upper() in _ROUTES
                         or words[-1].lower() in _ROUTE_WORDS
                         or (words[-1].islower() and words[-1].endswith("ed"))) \
                and not (len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper()):  # "Type A", "vitamin D"
            words = words[:-1]  # "JS111 capsules", "Depacon IV", "Demineralized Bone Matrix mixed"
        if not words or any(w.lower() in _NOT_A_NAME for w in words) \
                or (len(parts) > 1 and not _is_drug_like(words, None)):
            continue  # "..._higher dose", "Placebo for semaglutide": no name of a drug
        out.append(" ".join(words))
        while len(words) > 1 and words[-1].lower() in _SALT_SUFFIXES:
            words = words[:-1]
            if words[-1].lower() not in _SALT_WORDS and _is_drug_like(words, None):
                out.append(" ".join(words))  # "tolterodine tartrate" is written "tolterodine" too
    return out


# a word that makes a name no drug's ("Placebo for semaglutide", "Matching placebo")
_NOT_A_NAME = _words("placebo placebos sham matching dummy vehicle")
# salts a text may leave off the name (not "saline", "chloride": "Normal saline" is no "Normal")
# salt and ester words that may trail a drug's name ("tolterodine tartrate", "Beclomethasone
# Dipropionate"): a name is also written without them, and a name read is kept with them
_SALT_SUFFIXES = _words("""mesylate mesilate hydrochloride hcl sodium potassium phosphate sulfate
sulphate citrate tartrate maleate acetate besylate besilate fumarate succinate bromide disodium
dihydrate monohydrate furoate propionate dipropionate diproprionate valerate xinafoate
hydrobromide tromethamine malate tosylate mofetil bitartrate camsylate camsilate""")


# a name as the matcher looks for it: its words (lower-cased, unless it is matched as written)
_Name = tuple[tuple[str, ...], bool]
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_BETWEEN_WORDS = frozenset(" \t\n\r\u00a0-")


@lru_cache(maxsize=4096)
def _cached_variants(name: str) -> tuple[str, ...]:
    return tuple(_name_variants(name))


@lru_cache(maxsize=256)
def _known_names(names: tuple[str, ...]) -> tuple[_Name, ...]:
    """Every way the text may write one of ``names``, longest first (cached per record's
    names). Plain string search finds them, not a pattern: compiling one per record cost
    more than reading all of its texts."""
    seen: set[str] = set()
    out: list[tuple[int, _Name]] = []
    for name in names:
        for variant in _cached_variants(name):
            key = variant.casefold()
            words = key.split()
            if key in seen or len(variant) < 3 or not any(c.isalpha() for c in variant) \
                    or all(w in _GENERIC_NAMES or w in _STOP or w in _FILLER for w in words):
                continue
            seen.add(key)
            # a short code ("MTX", "Flu") only as written: in lower case it is often a word
            exact = len(variant) <= 3
            tokens = tuple(t if exact else t.lower() for t in _NAME_TOKEN_SPLIT.split(variant) if t)
            if len(tokens) <= _MAX_NAME_WORDS:  # longer is a description, not a name
                out.append((len(variant), (tokens, exact)))
            if len(out) == _MAX_NAMES:
                break
        if len(out) == _MAX_NAMES:
            break  # a record with more is odd: its first names bound the work
    out.sort(key=lambda x: -x[0])
    return tuple(name for _, name in out)


_MAX_NAME_WORDS = 8
_NAME_WORK = 2_000_000  # names x characters: 256 names over a 7,800-character text
_MAX_NAMES = 256  # the corpus's most: 118 (NCI-MATCH, NCT02465060, names 117 interventions)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _mentions(known: tuple[_Name, ...], text: str, accepted: list[_Found]) -> list[tuple[int, int]]:
    """Where ``text`` writes the record's names (whole words, any case, a hyphen or space
    between words optional, the longest where two start at one place), not inside an amount
    or naming an arm."""
    low = text.lower()
    if len(low) != len(text):
        low = text.translate(_ASCII_LOWER)  # "İ" lengthens in lower case: keep positions
    n = len(text)
    found: list[tuple[int, int]] = []
    for tokens, exact in known:
        hay = text if exact else low
        first = tokens[0]
        at = hay.find(first)
        while at >= 0:
            i = at + len(first)
            for tok in tokens[1:]:
                while i < n and hay[i] in _BETWEEN_WORDS:
                    i += 1
                if not hay.startswith(tok, i):
                    i = -1
                    break
                i += len(tok)
            if i > 0 and not (at > 0 and (_is_word_char(text[at - 1]) or text[at - 1] == "-" or (
                    text[at - 1] == "." and at > 1 and _is_word_char(text[at - 2])))) \
                    and (i == n or text[i] in "®™"
                         or not (_is_word_char(text[i]) or (text[i] == "." and i + 1 < n and _is_word_char(text[i + 1])))
                         or ("0" <= text[i - 1] <= "9" and "A" <= text[i] <= "Z" and i + 1 < n
                             and "a" <= text[i + 1] <= "z")):  # "rhBMP-2The stand-alone"
                if i < n and text[i] in "sS" and tokens[-1].endswith("cell") \
                        and (i + 1 == n or not _is_word_char(text[i + 1])):
                    i += 1  # the record's "mesenchymal stem cell", written "cells"
                found.append((at, i))
                at = hay.find(first, i)  # one name's matches do not overlap (linear on "X X X ...")
                continue
            at = hay.find(first, at + 1)
    found.sort(key=lambda span: (span[0], -span[1]))
    # amounts in text order; reach[i]: the furthest end of amounts 0..i (an amount overlaps a
    # name iff one starting before the name's end reaches past its start): no scan per name
    amount_starts = [f.start for f in accepted]
    reach: list[int] = []
    for f in accepted:
        reach.append(max(f.end, reach[-1]) if reach else f.end)
    spans: list[tuple[int, int]] = []
    last = -1
    for s, e in found:
        if s < last:
            continue
        last = e
        k = bisect_left(amount_starts, e) - 1
        if (k >= 0 and reach[k] > s) or _ARM_WORD.match(text, e):
            continue  # "without cisplatin arms dose escalation will follow to 50mg"
        spans.append((s, e))
    return spans


# what may stand between a name and its amount: "X 10 mg", "X: 10 mg", "X (oral) at a dose of 10 mg"
_GAP_WORD = re.compile(r"[A-Za-z][\w\-]*|\d+(?:[.,]\d+)?\s?%?|\S")


_JOINS = _words("and or plus with then followed versus vs or/and and/or")


def _next_to(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds only a few words that may stand between a name and its
    amount (no number, no end of a clause)."""
    words = _GAP_WORD.findall(text, a, b)
    if len(words) > 6 or "\n" in text[a:b]:
        return False
    for w in words:
        low = w.lower()
        if low in _JOINS or not (w in ":(,-–—" or (w[-1] == "%" and w[0].isdigit()) or low in _FILLER or low in _FORM
                or (low in _STOP and not w[0].isdigit()) or low in _ROUTE_WORDS or w.upper() in _ROUTES
                or low in _RELEASE_WORDS):
            return False
    return True


# a clause's label before the name it opens on: "Arm A: X ...", "Experimental - X ..."
_LABEL = re.compile(r"[^.;:\n]{0,40}[:\-–]\s*")


@lru_cache(maxsize=512)
def _written(who: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(w) for w in who.split()))


def _as_written(text: str, s: int, e: int) -> str:
    return " ".join(text[s:e].split())


# between an amount and the name right after it: "5 mg X", "10 mL of the X", "20 mg oral X tablets"
_TO_NAME_AFTER = re.compile(r"\s*(?:(?:of|the|a|an|oral|orally|IV|iv|intravenous|subcutaneous|SC|IM|PO"
                            r"|injections?|infusions?|tablets?|capsules?|dose\s+of)\s+)*")


def _name_right_after(text: str, spans: list[tuple[int, int]], end: int, ceiling: int,
                      own_amount_ends: bool = False) -> str | None:
    """The record's name written right after the amount ending at ``end`` ("1800mg of X"),
    before the next amount (``ceiling``); with ``own_amount_ends``, not a name the next amount
    follows closely (that amount is the name's own)."""
    i = bisect_left(spans, (end, -1))
    if i < len(spans):
        s, e = spans[i]
        if e <= ceiling and _TO_NAME_AFTER.fullmatch(text, end, s) \
                and not (own_amount_ends and ceiling < len(text) and _next_to(text, e, ceiling)):
            return _as_written(text, s, e)
    return None


def _known_agent(text: str, spans: list[tuple[int, int]], who: str | None, who_after: bool,
                 start: int, end: int, floor: int, ceiling: int, look_after: bool,
                 clause_open: bool = True) -> tuple[str | None, bool]:
    """The agent of the amount at ``start:end`` given where the record's names are written
    (``spans``). A name that holds the reader's own guess is the agent ("calcitonin-gene" is
    "calcitonin-gene related peptide"), and so is one the guess runs on from without a space
    ("rhBMP-2The stand-alone"). With no guess: a name right after the amount ("1800mg of X"),
    else right before it ("polyherbal formulation 1800mg"), else the name the clause opens on
    ("MagnetOs Flex Matrix use in ..., 5cc-10cc")."""
    if who is not None:
        found = None
        pattern = _written(who)
        if not who_after:
            for found in pattern.finditer(text, max(0, floor - 40, start - 200), start):
                pass
        if found is None:
            found = pattern.search(text, end, min(len(text), end + 120))
        if found is None and who_after:
            for found in pattern.finditer(text, max(0, start - 200), start):
                pass
        if found is None:
            return who, who_after
        g0, g1 = found.span()
        # spans are in text order and do not overlap: only those from the last one starting
        # at or before g0 up to g1 can overlap the guess
        lo = max(0, bisect_right(spans, (g0, len(text) + 1)) - 1)
        for s, e in spans[lo:bisect_left(spans, (g1, -1))]:
            if s <= g0 and g1 <= e and (s, e) != (g0, g1) \
                    or (s == g0 and e < g1 and text[e:e + 1].isalnum()):
                return _as_written(text, s, e), who_after
            if s < g1 and g0 < e:
                return who, who_after  # the guess writes a name: it stands
        if g1 <= start and look_after and "\n" not in text[g1:start]:
            # a guess before the amount that is no name of the record's (on the same line)
            # yields to one right after it ("Alternatively-one 5 mg Lenalidomide capsule"), unless
            # that name has its own amount ("Ondansetron 8 mg IV dexamethasone 8 mg IV")
            after = _name_right_after(text, spans, end, ceiling, own_amount_ends=True)
            if after is not None:
                return after, True
        return who, who_after
    if look_after:
        after = _name_right_after(text, spans, end, ceiling)
        if after is not None:
            return after, True
    clause = floor
    for cut in _CLAUSE_BREAK.finditer(text, floor, start):
        clause = cut.end()
    # spans are in text order and do not overlap (their ends rise too)
    before = spans[bisect_left(spans, (clause, -1)):bisect_right(spans, (start, len(text) + 1))]
    while before and before[-1][1] > start:
        before.pop()
    if before:
        s, e = before[-1]
        if len(before) > 1 and text[e:start].count(")") > text[e:start].count("("):
            p0, p1 = before[-2]  # "dimethyl fumarate (Tecfidera®, ...) is 120 mg": the name before the brackets
            if text[p1:s].strip() == "(" or text[p1:s].strip().startswith("("):
                s, e = p0, p1
        if _next_to(text, e, start) or (
                (clause_open or _is_drug_like(text[s:e].split(), None))
                and (not text[clause:s].strip(" \t:-–*•(") or _LABEL.fullmatch(text, clause, s))):
            # (a name the clause merely opens on that looks like no drug does not override the
            # intervention's own name: "Physical therapy sessions ..., 400 mg")
            return _as_written(text, s, e), False
    return None, who_after


_COLON_AT = re.compile(r"\s*:")
# labels of one intervention's fields, not headings of the next item
_FIELD_LABEL = re.compile(r"\b(?i:route|frequency|duration|administration|schedule|timing|form)\s*$")
_OF_CELL_CODE = re.compile(r"\s+of\s+[A-Z][A-Za-z0-9\-+]*[A-Z][A-Za-z0-9\-+]*\b")  # "2-5×10e7 cells of DCs"
_PAREN_OPEN_BEFORE = re.compile(r"[(（]\s*(?:\d+\s*[x×X]\s*)?$")  # "(300 mg X", "(3 x 100 µg LSD"
# every day expression holds one of these (no boundaries, so a slice's match is the text's too)
_MAYBE_DAY = re.compile(r"[Dd](?:ay|AY)|[Dd]\s?[-−–+]?\d")
_OF_NAME = re.compile(r"(?P<vol>\s*/\s*\d+(?:[.,]\d+)?\s*(?:mL|ml)\s+)?"  # "300mg/2mL of DMPA"
                      # (possessive runs: "1 mg" + 10,000 spaces took 12 s when they backtracked)
                      r"\s*+(?P<echo>\((?:IU|U|BAU|L|mg|ug|µg|μg|mcg|g|mL|ml)(?:/(?:day|d|kg))?\)\s*+)?"
                      r"\)?\s*+(?:(?:injections?|infusions?)\s+)?"
                      # "50 mg o.d. of GIVINOSTAT": a frequency between the amount and "of"
                      r"(?P<freq>(?i:o\.d\.?|q\.?d\.?|b\.?i\.?d\.?|t\.?i\.?d\.?)\s+)?"
                      r"(?P<of>of)\s+(?:the\s+)?(?:\d+(?:[.,]\d+)?\s?%\s+)?[A-Za-z]")  # "100 mL of 0.9% normal saline"
_AND_ONLY = re.compile(r"\s+(?:and|&)\s+")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_LIST_INTRO = re.compile(r"(?:^|\n)([^\n]{3,200}):[ \t]*\n[ \t]*(?:[-*•][ \t]*)?"
                         r"(?:(?i:dose\s+level|DL|cohort|level)\s*-?\d+[a-z]?[ \t]*:?[ \t]*)?$")
_FOR_NAME = re.compile(r"[ \t]+for[ \t]+([A-Za-z][\w\-]{3,})[ \t]*(?=[.;,)]|$)")
_HYPHEN_UNIT = re.compile(r"-(?:mg|g|mcg|µg|μg|ug|mL|ml|IU|(?:milli|micro)?grams?|millilit(?:er|re)s?)(?:/(?:kg|m2|m²))?(?:\s*\([^()]{1,40}\))*\s+(?:(?:oral|IV|intravenous|single|daily|loading|starting|soft|hard|gelatin|film-coated|chewable)\s+)?"
                          r"(?:(?:[A-Za-z][a-z\-]{3,}\s+)?(?:patch(?:es)?|lozenges?|gums?|suppositor(?:y|ies)|pills?)"  # "a 21-mg nicotine patch"
                          r"|doses?|tablets?|capsules?|bolus|infusions?|injections?|vials?|once|twice"
                          r"|BID|TID|QD|bid|tid|qd)\b")  # "followed by 50-mg BID"
_HYPHEN_UNIT_NAME = re.compile(r"-(?:mg|g|mcg|µg|μg|ug)[ \t]+([A-Za-z][a-z\-]{3,})\b")


def _hyphen_unit_drug(text: str, at: int) -> bool:
    """"a loading dose of 60-mg Prasugrel": a hyphenated strength right before a known drug."""
    m = _HYPHEN_UNIT_NAME.match(text, at)
    return m is not None and _known_drug(m.group(1))


# a change of dose "from A to B mg" (two doses, not a range of one)
_CHANGE_VERBS = r"increas|escalat|titrat|reduc|decreas|taper"
_CHANGE_FROM = re.compile(rf"(?i:\b(?:{_CHANGE_VERBS}|rais|lower)\w*\b"
                          r"(?:[^.;\d]{0,40}|[^.;]{0,60}\band\s+)\bfrom\s+)$")
# "will be titrated from 5mg a day to 20mg a day", "the dose increased from 5 mg to 10 mg": the dose
# before and the dose after, when both carry their unit; a verb, not an adjective ("increased liver
# enzymes ... from 5 mg to 10 mg" is a range), and not "escalating" (the range of doses tested)
_TITRATED_FROM = re.compile(r"(?i:(?:\b(?:titrat|uptitrat)\w*|\b(?:be|been|is|are|was|were|then|dose|doses|dosage)[ \t]+"
                            r"(?:\w+ly[ \t]+)?(?:increased|raised))[ \t]+(?:(?:the|their|its)[ \t]+)?(?:(?:daily[ \t]+)?"
                            r"(?:dose|dosage)[ \t]+)?from\s+)$")
_TO_BETWEEN = re.compile(r"\d\s+to\s+\d")
# a titration before "A up to B" (then two doses, not a range)
_TITRATION_BEFORE = re.compile(rf"(?i:\b(?:{_CHANGE_VERBS}|increment|uptitrat|start|initial|adjust)\w*\b(?:[^.;]|\.\d)*$)")
# a cap after "A up to B": "5 mg up to 30 mg daily", "0.4 mg up to 2 mg total"
_CAP_AFTER = re.compile(r"\s*(?:/\s*d(?:ay)?\b|daily|a\s+day|per\s+day|in\s+24|within|total|cumulative|max(?:imum)?|per\s+24)", re.IGNORECASE)
_AS_ROLE_PAREN = re.compile(r"\s+as\s+an?\s+(?:[A-Za-z\-]+\s+){0,3}[A-Za-z\-]+\s*\($")
_PAREN_LABEL = re.compile(r"\(\s*(?:[A-Za-z]+\s+){0,2}(?i:dose|dosage|unit|units|amount|strength)\s*:\s*$")
_SALT_ALTERNATIVES = "|".join(sorted(_SALT_SUFFIXES))
# "50-200mg HTP/50mg carbidopa", "10 mg hydrocodone bitartrate/325 mg acetaminophen"
_NAME_SLASH_AMOUNT = re.compile(r"[ \t]+([A-Za-z][\w\-]{2,}(?:[ \t]+(?i:" + _SALT_ALTERNATIVES + r"))?)\s*/\s*"
                                r"(?=\d[\d.,]*\s*(?:mg|g|mcg|µg|μg|ug|mL|ml|IU|U)\b)\d")
_DENOMINATOR_WORD = re.compile(r"(?i:kg|day|days|week|weeks|dose|doses|m2|hour|hours|min|time|times)")


def _slash_paired_name(text: str, pos: int, endpos: int | None = None) -> str | None:
    """The name in "HTP/" of "50-200mg HTP/50mg carbidopa" (``pos`` at the end of the first
    amount's unit; with ``endpos``, the name must fill the text up to that position)."""
    m = _NAME_SLASH_AMOUNT.match(text, pos)
    if m is None or (endpos is not None and m.end() != endpos):
        return None
    name = m.group(1)
    low = name.split()[0].lower()
    if low in _FREQUENCY or low in _STOP or low in _FILLER or name in _ROUTES \
            or _DENOMINATOR_WORD.fullmatch(name) is not None:
        return None
    return name


_DOSE_OF_IS = re.compile(r"\bdoses?\s+of\s+([A-Za-z][\w\-]{3,})\b[^.;:\d]{0,60}?\s(?:is|was|will\s+be|=)\s+"
                         r"(?:(?:approximately|about|around|up\s+to)\s+)?$")
_LEVEL_AFTER = re.compile(r"\s*(?P<level>(?:Cohort|DL|Dose\s+Level|Level)\s*-?\d+[a-z]?)\s*(?=[,);]|$)")
# between two doses that share the days written after the second: a join, a few words, no number
# (and a short bracketed label: "90mg/m2 (first-line) or 70mg/m2 (second-line) iv, days 1 and 2";
# a word is matched possessively: "10 mg aaaa...! 20 mg on days 1" was cubic)
_FREQ_LEAD = re.compile(r"^\s+(?i:bid|tid|qid|qd|od|daily)\b")


def _days_shared_over(gap: str) -> bool:
    """Whether days written after the second of two amounts are the first's too, from what
    stands between them: a short label ("(first-line) or"), or after a frequency only a bare
    list join ("25 mg bid, 20 mg bid ... on days 1-21"; not "Lenalidomide 25 mg daily,
    dexamethasone 40 mg on days 1, 8"), never ", then" or ", followed by"."""
    freq = _FREQ_LEAD.match(gap)
    if freq is not None:
        return _LIST_SEP.fullmatch(gap[freq.end():]) is not None
    return _SHARES_DAYS.fullmatch(gap) is not None and _CLAUSE_BREAK.search(gap) is None
_SHARES_DAYS = re.compile(r"\s*(?:\((?:[A-Za-z][\w\- ]{0,20}|[≤≥<>]\s*\d+\s+years?\s+old)\)\s*)?[,(]?\s*(?:(?:and|or|plus|with|\+)\s+)?(?:[A-Za-z][\w\-]*+\s*){0,3}")
_PAIRED_NAMES = re.compile(
    r"\s*(?:(?:tablets?|capsules?|of|the)\s+){0,3}([A-Za-z][\w\-]*(?:\s*/\s*[A-Za-z][\w\-]*)+)")
# "sacubitril/valsartan 49/51 mg": the joined names stand right before the joined amounts.
_CAP_BEFORE = re.compile(r"\s*[(\[]\s*(?:max(?:imum)?\.?|up\s+to|not\s+to\s+exceed)\s*:?\s*")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w\-]*)\s+$")
_HYPHEN_PAIR_BEFORE = re.compile(r"(?<![\w\-])([A-Za-z][a-z]{4,})-[ \t]?([A-Za-z][a-z]{4,}(?:\s+(?:acid|sodium|potassium))?)\s+$")
# "ezetimibe (+) simvastatin 10/40mg", "Glipizide Metformin Hydrochloride 5/500 mg": two known
# drugs (each with its salt) joined by "+", "and", "&" or nothing, right before the joined amounts
_JOINED_PAIR_BEFORE = re.compile(r"(?<![\w\-])([A-Za-z][a-z\-]{3,}[a-z])[ \t]*(?:\(\+\)|\+|&|and)?[ \t]*"
                                 r"(?<![\w\-])([A-Za-z][a-z\-]{3,}[a-z](?:[ \t]+[A-Za-z][a-z]{3,})?)"
                                 r"(?:[ \t]+(?i:combination|tablets?|capsules?|fixed[ \t-]dose))?[ \t]*[(:,]?[ \t]*$")
_PAIRED_NAMES_BEFORE = re.compile(r"((?:[A-Za-z]|\d{1,2}[A-Z])[\w\-]*(?:\s*/\s*(?:[A-Za-z]|\d{1,2}[A-Z])[\w\-]*)+)"  # "AZT/3TC"
                                  r"(?:\s+\([A-Z][\w\- ]{0,20}\))?"  # "Dapagliflozin/Metformin (Xigduo XR) 10/1000mg"
                                  r"(?:\s+(?:pellets?|tablets?|capsules?|drug|pills?|granules|sachets?|combination))?"  # "LPV/r pellets 40/10 mg"
                                  r"(?:\s+[A-Za-z]*(?:haler|Diskus|Ellipta|Respimat|Breezhaler|MDI)\s*\(?)?"  # "Easyhaler (50/500"
                                  r"(?:\s*\(?\s*(?:(?:at\s+)?an?\s+dose\s+(?:of\s+)?)?"  # "X/Y/Z (25 mg/150 mg/100 mg"
                                  r"|\s*,\s*"  # "(Fluticasone propionate/ Salmeterol, 250/25mcg)"
                                  r"|\s+combination(?:\s+therapy)?(?:\s+at)?(?:\s+an?)?\s+fixed[\s-]dose\s*\(\s*)$")


# "Levonorgestrel/ethinyl estradiol 0.15/0.03 mg", "Amoxicillin/clavulanic acid 100/10 mg/kg": the last
# name of two words, its second a known drug or a salt (checked where it is used)
_PAIRED_TWO_WORD_BEFORE = re.compile(r"((?:[A-Za-z]|\d{1,2}[A-Z])[\w\-]*(?:\s*/\s*[A-Za-z][\w\-]*)+[ \t]+([a-z][\w\-]+))"
                                     r"(?:[ \t]+(?:tablets?|capsules?))?[ \t]*\(?[ \t]*$")
_FIRST_WORD = re.compile(r"[A-Za-z][\w\-]{4,}")


def _as_text_writes(text: str, agent: str) -> str:
    """The intervention's name as the text writes it ("Ranibizumab" written "ranibizumab")."""
    folded = text.casefold()
    if len(folded) != len(text) or len(agent.casefold()) != len(agent):
        return agent  # a character that folds to two: positions would not align
    target = agent.casefold()
    at = folded.find(target)
    while at >= 0:
        end = at + len(target)
        if (at == 0 or not folded[at - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
            return text[at:end]  # a whole word ("Radiation", not the end of "irradiation")
        at = folded.find(target, at + 1)
    return agent


def _own_word(text: str, agent: str) -> str:
    """The intervention's name as the text writes it: the longest run of its first words the
    text uses ("Demineralized Bone Matrix mixed with Autograft Bone" written "Demineralized
    Bone Matrix mixed with Autologous bone graft" gives "Demineralized Bone Matrix"; "Enasidenib
    mesylat dose escalation" gives "Enasidenib" when only that word occurs); else the name."""
    first = _FIRST_WORD.match(agent)
    if first is None or first.group(0).lower() in _STOP or first.group(0).lower() in _FILLER:
        return agent
    word = first.group(0)
    at = text.casefold().find(word.casefold())
    if at < 0 or (at > 0 and text[at - 1].isalnum()) or text[at + len(word):at + len(word) + 1].isalnum():
        return agent
    written = text[at:at + len(word)]
    if not _is_drug_like([written], None):
        return agent
    words = agent.split()
    ends = [at + len(word)]
    for w in words[1:]:
        m = re.compile(r"\s+" + re.escape(w) + r"(?=\s|[,;:)]|\.\s|\.?$)", re.IGNORECASE).match(text, ends[-1])
        if m is None:
            break
        ends.append(m.end())
    while len(ends) > 1 and (words[len(ends) - 1].lower() in _STOP or words[len(ends) - 1].lower() in _FILLER
                             or words[len(ends) - 1].endswith("ed")):
        ends.pop()  # "... Matrix mixed with": the run ends on a name word
    return " ".join(text[at:ends[-1]].split())


# "240 mg QD-will be tested": a frequency glued to the next word is not a name
_FREQUENCY = _words("qd bid tid qid od bd qw qhs daily once twice po iv sc im")
_SALT_AFTER = re.compile(r"(?:[ \t]+(?i:" + "|".join(sorted(_SALT_SUFFIXES, key=len, reverse=True)) + r")\b)+")


def _with_salt(text: str, who: str, start: int, end: int, after: bool = False) -> str:
    """"Furmonertinib Mesilate", "Dexamethasone Sodium Phosphate": the salt is the name's
    (where the name was read: after the amount first when it was read there, "108 mg of
    minocycline hydrochloride equivalent to 100 mg of minocycline")."""
    at = text.find(who, end, end + 80) if after else -1
    if at < 0:
        at = text.rfind(who, max(0, start - 120), start)
    if at < 0 and not after:
        at = text.find(who, end, end + 80)
    salt = _SALT_AFTER.match(text, at + len(who)) if at >= 0 else None
    return who + " " + " ".join(salt.group(0).split()) if salt is not None else who


def _base_unit(unit: str) -> str:
    return unit.split("/", 1)[0]


def _paired_before(text: str, start: int) -> re.Match[str] | None:
    """Names joined by "/" right before the amount at ``start`` (_PAIRED_NAMES_BEFORE), or such
    names whose last has a second word that is a known drug or a salt (_PAIRED_TWO_WORD_BEFORE)."""
    names = _PAIRED_NAMES_BEFORE.search(text, max(0, start - 80), start)
    if names is None:
        two = _PAIRED_TWO_WORD_BEFORE.search(text, max(0, start - 80), start)
        if two is not None and (_known_drug(two.group(2)) or two.group(2).lower() in _SALT_WORDS):
            return two
    return names


def _pair_names(text: str, accepted: list[_Found], kept: list[Dose], agent: str | None = None) -> None:
    """"24/26 mg sacubitril/valsartan": amounts joined by "/" take joined names in order ("LDV/SOF
    (90/400 mg)" whatever names were read one by one; the intervention's own "SOF/VEL" when the
    text names none)."""
    i = 0
    while i < len(kept) - 1:
        j = i
        while j + 1 < len(kept) and text[accepted[j].end:accepted[j + 1].start].strip() == "/":
            j += 1
        same = len({d.agent for d in kept[i:j + 1]}) == 1
        if j > i and not same and _paired_before(text, accepted[i].start) is None:
            i = j + 1
            continue
        if j > i:
            names = _PAIRED_NAMES.match(text, accepted[j].end) if same else None
            if names is None:
                names = _paired_before(text, accepted[i].start)
            parts: list[str] = []
            if names is not None:
                parts = [w.strip() for w in names.group(1).split("/")]
                if names.group(0).rstrip().endswith(("(", ",")) and not all(_is_drug_like([w], None) for w in parts):
                    parts = []  # "AM/PM (10 mg/5 mg) of hydrocortisone": times of day, not drugs
            elif j == i + 1:
                # "amoxicillin-clavulanic acid 875/125 mg": two drugs' names joined by a hyphen
                pair = _HYPHEN_PAIR_BEFORE.search(text, max(0, accepted[i].start - 80), accepted[i].start)
                if pair is not None and all(_STRICT_DRUG.search(w.split()[0]) or _salt_named(w.split())
                                            or _known_drug(w.split()[0]) for w in pair.groups()):
                    parts = [pair.group(1), pair.group(2)]
                else:
                    joined = _JOINED_PAIR_BEFORE.search(text, max(0, accepted[i].start - 80), accepted[i].start)
                    if joined is not None and _known_drug(joined.group(1)) and _joined_second(joined.group(2)):
                        parts = [joined.group(1), joined.group(2)]
            if parts:
                if parts[0].lower() in _SALT_WORDS and names is not None:
                    salt_of = _WORD_BEFORE.search(text, max(0, names.start(1) - 40), names.start(1))
                    if salt_of is not None:  # "Fluticasone furoate/vilanterol 100/25 mcg"
                        parts[0] = salt_of.group(1) + " " + parts[0]
                        drug = _WORD_BEFORE.search(text, max(0, salt_of.start(1) - 40), salt_of.start(1)) \
                            if salt_of.group(1).lower() not in _drug_names() else None
                        if drug is not None and _known_drug(drug.group(1)):
                            parts[0] = drug.group(1) + " " + parts[0]  # "Tenofovir disoproxil fumarate/emtricitabine"
                if len(parts) == j - i + 1 and not any((w.lower() in _STOP and not w.isupper()) or w.lower() in _FILLER
                                                       for w in parts):  # ("FF/ VI 200/25 mcg": no roman six)
                    for d, name in zip(kept[i:j + 1], parts):
                        d.agent = name
            elif agent and agent.count("/") == j - i and all(d.agent is None or d.agent == agent for d in kept[i:j + 1]) \
                    and all(accepted[k].end == accepted[k].amount_end for k in range(i, j)):
                # (the unit written once, after the last amount: "1000 mg/1200 mg" for two weights is no pair)
                own = [w.strip() for w in agent.split("/")]
                if all(w and _is_drug_like(w.split(), None) and w.lower() not in _NOT_A_NAME for w in own):
                    for d, name in zip(kept[i:j + 1], own):
                        d.agent = name  # "400/100 mg FDC tablet" of the intervention "SOF/VEL"
        i = j + 1


# "oxycodone-acetaminophen (5mg-325mg)", "oxycodone- acetaminophen 5mg-325mg": two drugs' names
# joined by a hyphen, then their two strengths joined by a dash, each with its unit
_HYPHEN_PAIR_NEAR = re.compile(r"(?<![\w\-])([A-Za-z][a-z]{4,})-[ \t]?((?:(?:sodium|potassium|calcium|magnesium)[ \t]+)?"
                               r"[A-Za-z][a-z]{4,})[ \t]*\(?[ \t]*$")  # ("mesalamine-sodium hyaluronate 200mg-28.75mg")
_UNITS_BOTH_ENDS = re.compile(r"[\d.,]+\s?(?:mg|g|mcg|µg|μg|ug|mL|ml|IU)\s?[-–]\s?\d")


def _known_drug(word: str) -> bool:
    return word.lower() in _drug_names() or (len(word) > 5 and _STRICT_DRUG.search(word) is not None)


def _names_a_drug(name: str) -> bool:
    return any(_known_drug(w) for w in _NAME_WORDS.findall(name))


_NAME_WORDS = re.compile(r"[A-Za-z][\w\-]+")


def _joined_second(part: str) -> bool:
    """The second of two joined names: a known drug, with its salt if one follows."""
    words = part.split()
    return _known_drug(words[0]) and (len(words) == 1 or words[1].lower() in _SALT_WORDS)


def _known_part(part: str) -> bool:
    """The second name of a hyphen pair: a known drug, or a salt and a drug-like word
    ("sodium hyaluronate"; not "sodium tablets")."""
    words = part.split()
    if len(words) == 1:
        return _known_drug(words[0])
    last = words[-1].lower()
    return last not in _FORM and last not in _STOP and _drug_suffixed(last)


def _hyphen_pair_strengths(text: str, accepted: list[_Found], kept: list[Dose]) -> None:
    """Two known drugs joined by a hyphen, then "A mg-B mg": A is the first's, B the second's
    (a range "5mg-325mg" is split; two amounts "875mg-125mg" are named)."""
    i = 0
    while i < len(kept):
        f, d = accepted[i], kept[i]
        pair = _HYPHEN_PAIR_NEAR.search(text, max(0, f.start - 60), f.start)
        if pair is None or not (_known_drug(pair.group(1)) and _known_part(pair.group(2))):
            i += 1
            continue
        first, second = pair.group(1), " ".join(pair.group(2).split())
        if d.low is not None and d.high is not None and d.high >= 4 * d.low and _UNITS_BOTH_ENDS.match(text, f.start):
            # (strengths of two drugs differ widely: "5mg-325mg", "25mg-100mg"; "5mg-10mg" is one's range)
            low, high = d.low, d.high
            kept[i] = d.model_copy(update={"value": low, "low": None, "high": None, "agent": first})
            kept.insert(i + 1, d.model_copy(update={"value": high, "low": None, "high": None, "agent": second,
                                                    "days": list(d.days), "fractions": list(d.fractions)}))
            accepted.insert(i + 1, f)
            i += 2
        elif i + 1 < len(kept) and text[f.end:accepted[i + 1].start] in ("-", "–") \
                and f.end > f.amount_end and kept[i + 1].unit == d.unit:
            d.agent, kept[i + 1].agent = first, second
            i += 2
        else:
            i += 1


# "Gemcitabine and cisplatin at 1000 mg/m2 and 25 mg/m2, respectively": names listed, then
# as many amounts; the gap between them holds no other name
_LISTED = r"(?:[A-Za-z]|\d{1,2}-?[A-Z])[\w\-]*"  # "ABC, DTG, and 3TC"
_NAME_LIST = re.compile(
    rf"((?:{_LISTED}\s*,\s*)*{_LISTED}\s*,?\s+(?:and|or|&)\s+{_LISTED})([^.;:\n\d]{{0,40}})$")
_NAME_LIST_AFTER = re.compile(
    rf"\s+of\s+((?:{_LISTED}\s*,\s*)*{_LISTED}\s*,?\s+(?:and|or|&)\s+{_LISTED})\s*,?\s*respectively\b")


def _listed_name(word: str) -> bool:
    # ("placebo or idalopirdine 10 mg/day or 30 mg/day": a placebo takes no amount of the list)
    return word.lower() not in _STOP and word.lower() not in _NOT_A_NAME \
        and (_is_drug_like([word], None) or _plain_word_drug(word))


def _respective_names(text: str, accepted: list[_Found], kept: list[Dose]) -> None:
    """Amounts listed after as many listed names take them in order; the reader first gave
    them all one of those names ("cytarabine and etoposide are reduced to 1g/m2 and 100mg/m2")."""
    i = 0
    while i < len(kept) - 1:
        # names listed after the amounts with "respectively" take them in order, whatever names were
        # read ("10 mg and 20 mg of atorvastatin and ezetimibe, respectively", "600 mg, 50 mg and
        # 300 mg of ABC, DTG, and 3TC respectively")
        k = i
        while k + 1 < len(kept) and _LIST_SEP.fullmatch(text[accepted[k].end:accepted[k + 1].start]):
            k += 1
        after = _NAME_LIST_AFTER.match(text, accepted[k].end) if k > i else None
        if after is not None:
            names = _LIST_SPLIT.split(after.group(1).strip())
            if len(names) == k - i + 1 and all(_listed_name(w) for w in names):
                for d, name in zip(kept[i:k + 1], names):
                    d.agent = name
                i = k + 1
                continue
        j = i
        while j + 1 < len(kept) and kept[j + 1].agent == kept[i].agent \
                and _LIST_SEP.fullmatch(text[accepted[j].end:accepted[j + 1].start]):
            j += 1
        who = kept[i].agent
        if j > i and who is not None:
            listed = _NAME_LIST.search(text, max(0, accepted[i].start - 150), accepted[i].start)
            if listed is not None:
                names = _LIST_SPLIT.split(listed.group(1).strip())
                gap = _WORD.findall(listed.group(2))
                if len(names) == j - i + 1 and who.casefold() in {w.casefold() for w in names} \
                        and all(_listed_name(w) for w in names) \
                        and not any(_is_drug_like([w], None) for w in gap if w[0].isalpha()):
                    for d, name in zip(kept[i:j + 1], names):
                        d.agent = name
        i = j + 1


def _accept(text: str, found: list[_Found], warnings: list[str], agent: str | None = None) -> list[_Found]:
    """The amounts that are doses: a dose unit, no comparator, not a sample or diluent."""
    cell_context: bool | None = None
    last_sci_unit: str | None = None
    collected_end = -1
    accepted: list[_Found] = []
    low = text.lower()
    # words some rules need, asked of the whole text once
    may_match = "match" in low or "mimic" in low or "identical" in low or "resembl" in low
    may_step = "step" in low or "decrement" in low
    may_increment = may_step or "increment" in low
    # (_MEASURED_BEFORE's words; its IGNORECASE is lower() on ASCII text, not on "ſerum")
    may_measure = "urin" in low or "serum" in low or "loss" in low or "excretion" in low or "gfr" in low or "crcl" in low \
        or "clearance" in low or not text.isascii()
    for f in found:
        if "reject" in f.warnings:
            continue
        if f.unit is None:
            if not f.low.scientific or f.low.value < 1000 or f.low.exponent is None and last_sci_unit is None:
                continue  # "43 thousand people": a count word is not notation enough for cells
            if last_sci_unit is not None:
                f.unit = _Unit(last_sci_unit, 1.0, f.amount_end)
            else:
                if cell_context is None:
                    # the text, or the intervention it describes ("GLYCAR T cells": "DL1: 1x10^7/m2")
                    cell_context = _CELL_CONTEXT.search(text) is not None or (
                        agent is not None and _CELL_CONTEXT.search(agent) is not None)
                if not cell_context:
                    continue
                per_m2 = _PER_M2.match(text, f.amount_end)
                # "DL1: 1x10^7/m2" of a cell product: cells per m2
                f.unit = _Unit("cells/m2", 1.0, per_m2.end()) if per_m2 else _Unit("cells", 1.0, f.amount_end)
                if per_m2:
                    f.end = per_m2.end()
                warnings.append(f"unit not stated for {text[f.start:f.amount_end].strip()!r}; "
                                "read as cells")
        before = text[max(0, f.start - 30):f.start]
        if _COMPARATOR_HINT.search(before) and _COMPARATOR.search(before) and not (
                _CAP.search(before) and (_CAP_GIVEN.search(text, max(0, f.start - 50), f.start) or (
                    accepted and _CAP_OF_DOSE.fullmatch(text, accepted[-1].end, f.start)))) \
                and not (f.unit.unit.split("/")[0] in _COUNTED and _POTENCY_FLOOR.search(before)):
            continue
        if may_match and _MATCHED_BEFORE.search(text, max(0, f.start - 60), f.start):
            continue  # "placebo matched to firsocostat 5 mg", "sugar pill ... to mimic thalidomide 100mg tablet"
        if may_step and _STEP_OF_BEFORE.search(before):
            continue  # "doses will be reduced in steps of 90 mg": the size of a change, not a dose
        if ("neares" in before or "closes" in before) and _ROUNDED_TO.search(before):
            continue  # "adjusted ... to the closest 0.1 mg": a rounding step, not a dose
        if may_increment and before.endswith(("in ", "In ")) and _INCREMENTS_AFTER.match(text, f.end):
            continue  # "dose escalation in 400 milligrams (mg) increments" ("increased by 2.5 mg/hr increments" stays)
        if "(" in before and _RANGE_OF_BEFORE.search(before):
            continue  # "a median dose of 60 Gy (range 50-70 Gy)": the spread of a summary
        if f.unit.unit == "ppm" and not _INHALED_NEAR.search(text, max(0, f.start - 60), min(len(text), f.end + 40)):
            continue  # "expired CO of 8 ppm", "Fluoride toothpaste 1450 ppm": ppm is a dose only of an inhaled gas
        if f.unit.unit.startswith("L") and (
                _RATE_OF.search(before) or f.low.value == 0
                or not (_GAS_NEAR.search(text, max(0, f.start - 60), min(len(text), f.end + 40))
                        or _BOWEL_PREP_AFTER.match(text, f.end)
                        or _BOWEL_PREP_BEFORE.search(text, max(0, f.start - 40), f.start)
                        or (_FLUID_GIVEN_AFTER.match(text, f.end) and not _DILUENT.search(before)
                            and not _FLUID_NOT_GIVEN_BEFORE.search(before)))):
            # "a gas flow rate of 9 L/min", "delivering O2 from 0 to 160 liters per minute": a
            # device's; "FVC 2.5 liters", "cardiac output 4 L/min", "1 liter of normal saline":
            # litres are a dose only of a gas, of a bowel preparation ("a total of 8L of PEG") or of
            # a fluid given ("2 litres intravenous infusion", "1 liter of saline")
            continue
        if _NOT_GIVEN_AFTER.match(text, f.end):
            continue  # "2-3 grams of fat tissue" (a biopsy), "1 gram daily dietary calcium intake" (a diet)
        if f.unit.unit == "mL" and _VEHICLE_WITH.match(text, f.end):
            continue  # "100 mL of physiologic saline with 1 g IV acetaminophen": the vehicle of a dose
        if may_measure and (_MEASURED_BEFORE.search(before) or (
                f.unit.unit.startswith("mL") and _CLEARANCE_BEFORE.search(before))):
            continue  # "urine protein 3.5 g/24h", "estimated blood loss of 500 mL": measured, not given
        unit = f.unit.unit
        if unit.startswith(("mL", "uL")) and (
                _COLLECTED.match(text, f.end) or _COLLECTED_BEFORE.search(before) or _STORED_AFTER.match(text, f.end)
                or _COLLECTING.search(text, max(0, f.start - 60), f.start)
                or ((_DILUENT.search(before) or _DILUENT_NAMED.search(text, max(0, f.start - 60), f.start))
                    and not _drug_volume_using(text, f))
                or (accepted and _VOLUME_OF.search(text, max(0, f.start - 60), f.start)
                    and not accepted[-1].unit.unit.startswith("mL")  # type: ignore[union-attr]
                    and not _CLAUSE_BREAK.search(text, accepted[-1].end, f.start))
                or _DEVICE_AFTER.match(text, f.end)
                or _VENTILATION.search(text, max(0, f.start - 60), f.start)
                or (_VENTILATION_WORD.search(text, max(0, f.start - 60), f.start)
                    and _SETTING_WEIGHT.search(text, f.start, f.end + 4))
                or _SAMPLE_BEFORE.search(text, max(0, f.start - 30), f.start)
                or (_RATE_OF.search(before) and "/kg" not in unit)
                or (accepted and _TOTAL_VOLUME.search(before)
                    and not _CLAUSE_BREAK.search(text, accepted[-1].end, f.start))
                or (_WITH_WATER.match(text, f.end) and _WITH_BEFORE.search(before))
                or (collected_end >= 0 and f.start - collected_end < 80
                    and _TOTAL_OF.search(before)
                    and not _CLAUSE_BREAK.search(text, collected_end, f.start))):
            collected_end = f.end  # "... drawn is 10mL (2-3 teaspoons) each time for a total of 30mL"
            continue
        # ("/" or "per": what _AFTER_UNIT_SLASH needs)
        if "oncentration" in before.lower() and _CONCENTRATION_OF.search(before) and _PER_VOLUME.match(text, f.end):
            continue  # "resuspended in saline to a concentration of 5 million cells per 1 mL"
        if (("±" in before or "+" in before) and _SPREAD.search(before)) or (("/" in before or "per" in before) and _AFTER_UNIT_SLASH.search(before) and not (
                accepted and accepted[-1].unit.unit == unit  # type: ignore[union-attr]
                and (text[accepted[-1].end:f.start].strip() == "/"
                     or _slash_paired_name(text, accepted[-1].end, f.start + 1) is not None))):
            continue  # "mg/1.5 mL" is a concentration; "300mg/100mg Darunavir/Ritonavir" two doses
        if f.high is None and not f.low.scientific and _base_unit(unit) in _COUNTED:
            bare = _BARE_POWER.fullmatch(text, f.start, f.amount_end)
            if bare is not None and int(bare.group(1)) >= 5:
                # "108 colony-forming units (CFU)/day": 10^8 with the superscript lost in copying
                k = int(bare.group(1))
                f.low = _Number(10.0 ** k, True, k, True)
        if unit.startswith("cells") and max(f.low.value, f.high.value if f.high else 0) < 1000:
            continue
        if f.low.scientific:
            last_sci_unit = unit
        for num in (f.low, f.high):
            if num is not None and num.lost_superscript:
                span = text[f.start:f.amount_end].strip()
                warnings.append(f"read {span!r} as ×10^{num.exponent}: "
                                "the superscript looks lost in copying")
                break
        accepted.append(f)
    return accepted


_COUNTED = frozenset({"cells", "CFU", "vp", "PFU", "vg", "TCID50", "CCID50"})
_BARE_POWER = re.compile(r"\s*10(\d{1,2})\s*")


def _key(d: Dose) -> tuple[object, ...]:
    return (d.value, d.low, d.high, d.unit, d.agent.casefold() if d.agent else None)


def _salt_said_once(kept: list[Dose]) -> None:
    """A drug named again without the salt it was named with is the same drug ("5 mg amlodipine
    camsylate ... the 5 mg amlodipine"): the later mention takes the salt's name, so that the
    repeat is one dose (two different salts, "Metoprolol tartrate 50 mg and metoprolol succinate
    50 mg", stay two)."""
    salted: dict[tuple[object, ...], str] = {}
    for d in kept:
        if not d.agent:
            continue
        amount, words = _key(d)[:-1], d.agent.split()
        if len(words) > 1 and words[-1].lower() in _SALT_SUFFIXES:
            salted.setdefault(amount + (" ".join(words[:-1]).casefold(),), d.agent)
        else:
            d.agent = salted.get(amount + (d.agent.casefold(),), d.agent)


def _dedupe(doses: list[Dose], freqs: list[str | None], again: Sequence[bool] = ()) -> list[Dose]:
    """Drop repeats: the same amount again, or unlabelled when a level states it; the same
    amount at another stated frequency is kept ("0.5 mg once per day followed by 0.5 mg
    twice a day"), and so are those flagged in ``again`` (by another route, on another day or
    at another time of day than the same amount just before it; see _REPEAT_NEAR)."""
    if len(doses) < 2:
        return doses
    keys = [_key(d) for d in doses]
    leveled = {k for d, k in zip(doses, keys) if d.level}
    seen: dict[tuple[object, ...], set[str | None]] = {}
    seen_unscheduled: dict[tuple[object, ...], set[str | None]] = {}
    out: list[Dose] = []
    for i, (d, key, freq) in enumerate(zip(doses, keys, freqs)):
        if again and again[i] and not (d.level is None and key in leveled):
            out.append(d)
            continue
        full = key + (d.level, d.schedule)
        unscheduled = key + (d.level,)
        before = seen.get(full)
        if before is None and d.schedule is None:
            before = seen_unscheduled.get(unscheduled)
        if (before is not None and (freq is None or None in before or freq in before)) \
                or (d.level is None and key in leveled):
            continue  # the same amount again ("5 micrograms/kg" for two weight bands)
        seen.setdefault(full, set()).add(freq)
        seen_unscheduled.setdefault(unscheduled, set()).add(freq)
        out.append(d)
    return out
