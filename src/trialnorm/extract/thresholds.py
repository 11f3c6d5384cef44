"""Lab and clinical thresholds inside one eligibility criterion.

"platelet count ≥ 80 × 10⁹/L" is {analyte: platelets, comparator: >=, value: 80, unit: 10^9/L}.
The reader finds analyte mentions with one precompiled alternation, groups mentions joined
by "/", "and", "or" ("ALT/AST ≤ 2.5 × ULN" is two thresholds), and reads the comparator,
value and unit right after the group. A second bound in the same clause ("(≤ 5 × ULN in
patients with liver metastases)") is a further threshold that keeps its condition in
``text``. Values stated as a decline or change ("a decline in FVC ≥ 10%") are not thresholds.
It never raises: odd text gives fewer thresholds, not an error.

Beyond the schema's units: "2.5 times the control value" has unit "control" (a multiple of
the control, as ULN is a multiple of the upper limit), ages and life expectancy may be in
"days" or "hours", weights in "kg" or "lb". Ages that are not limits on the participant are
not read: a vaccine schedule ("dose scheduled at 4 to 6 years of age"), a relative's or a
donor's age, an age that scopes the item ("For subjects age 6 and older:", "(only applicable
to subjects age 11 and older)", "Karnofsky ≥ 70 for 16 years and older", "below 11.5 g/dL for
subjects aged 6-11"), an age at onset, a gestational age, "women of childbearing age". A lab
value with a time unit ("creatinine result obtained within 2 weeks") is a date, not a bound,
and in a group of joined mentions a bound is kept only for the analytes its unit fits ("< 12
years of age and weight ≥ 40 kg" gives no age in kg).

Some bounds stand away from the usual place: an age said of the participants without the
word "age" ("Patients <18 years", "male adult 19 to 45 years", a criterion that is only
"≥18 years."), a bound further on in the clause whose unit is the analyte's own ("QTc interval
obtained from a 12 lead electrocardiogram examination is>480 ms"), "≤ institutional ULN"
(1 × ULN), a number in words before a time unit ("life expectancy less than two years").

Speed: the reader runs on every criterion of every record. Texts naming no analyte are
decided by one bytes.translate + split and a set intersection; the regexes that would try
many spellings open with cheap tests. scripts/bench_thresholds.py times it over every
criterion of the corpus, dumps and checks its output (--dump, --check: a speed change must
change nothing), times an older revision in the same run (--against) and splits the time by
how far the reader gets (--categories): about two thirds goes to the criteria with bounds,
spread over a dozen regex calls and Python steps per bound, so no single fast path pays much
(regexes are ~30% of the time, no function owns more than ~20%; compiled with mypyc, output
unchanged, the reader takes ~0.72x the time: bench_thresholds.py --mypyc).
The fast paths that skip a regex (a one-symbol comparator, plain digits, the age-pair hint
on ASCII text, the scoping-age pre-check) are tested equal to it in tests/test_thresholds.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trialnorm.model import Threshold

__all__ = ["ANALYTES", "find_thresholds"]

# Analyte name -> pattern of its mentions. Order matters where one name contains another
# (HbA1c before hemoglobin, creatinine clearance before creatinine, aPTT before PT).
# (?-i:...) keeps abbreviations case-sensitive so "last" or "pt" in prose do not match.
_ANALYTE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("hba1c", (r"(?-i:HbA1c|HbA1C|HBA1C|A1C|A1c)|hemoglobin\s+A1c|haemoglobin\s+A1c|"
              r"glycated\s+ha?emoglobin|glycosylated\s+ha?emoglobin|glycohemoglobin")),
    ("creatinine_clearance", (r"creatinine\s+clearance|(?-i:CrCl|CrCL|CLcr|CLCr|CCr|CCR|Ccr)|"
                             r"calculated\s+creatinine\s+clearance|Cockcroft[- ]Gault")),
    ("egfr", (r"(?-i:e-?GFR|EGFR(?=\s*[(≥>≤<]|\s+(?:of|must|should|is)\b)|GFR)|"
             r"(?:estimated\s+)?glomerular\s+filt(?:e)?ration\s+rate")),
    ("creatinine", (r"(?:serum\s+|plasma\s+)?creatinine(?!\s+(?:clearance|kinase|phospho))|"
                   r"serum\s+creatine(?!\s+(?:kinase|phospho|supplement))|"
                   r"(?-i:sCr|SCr|Cr)(?=\s*[(≥>≤<])")),
    ("direct_bilirubin", r"(?:direct|conjugated)\s+bilirubin"),
    ("bilirubin", (r"(?:serum\s+)?(?:total\s+)?(?:serum\s+)?bilirubin(?:aemia|emia)?|(?-i:TBIL|TBil|TBili|"
                  r"TB|TBL)(?=\s*[(≥>≤<:])")),
    ("alt", (r"(?-i:ALT|SGPT|ALAT|GPT)|alanine\s+(?:amino\s*)?transaminase|"
            r"alanine\s+(?:amino\s*)?transferase|serum\s+glutamic[- ]pyruvic\s+transaminase")),
    ("ast", (r"(?-i:AST|SGOT|ASAT|GOT)|aspartate\s+(?:amino\s*)?transaminase|"
            r"aspartate\s+(?:amino\s*)?transferase|serum\s+glutamic[- ]oxaloacetic\s+transaminase")),
    ("alp", r"alkaline\s+phosphatase|(?-i:ALP)"),
    ("inr", (r"(?-i:PT[-/\s]*INR|INR)|international\s+(?:normali[sz]ed|standardi[sz]ed)\s+ratio"
            r"(?:\s+(?:of|for)\s+(?:the\s+)?prothrombin\s+time)?")),
    ("aptt", (r"(?-i:a?PTT|APTT)|(?:activated\s+)?partial\s+(?:pro)?thromb\w*(?:\s+\w+)?\s+time|"
             r"(?:activated\s+)?partial\s+thrombin\s+time|thromboplastin\s+time")),
    ("pt", r"(?-i:PT)(?![-/\s]*(?:INR|T))|prothrombin\s+time"),
    ("anc", (r"(?:absolute\s+)?neutrophils?(?:\s+count)?|(?-i:ANC|ANN|NEU|NEUT)|"
            r"(?:absolute\s+)?granulocytes?(?:\s+count)?|(?-i:AGC)|polymorphonuclear\s+\w+")),
    ("lymphocytes", r"(?:absolute\s+)?lymphocytes?(?:\s+count)?|(?-i:ALC)"),
    ("wbc", r"white\s+(?:blood\s+)?(?:cells?\s+)?counts?|white\s+blood\s+cells?|(?-i:WBC)|leu[ck]ocytes?(?:\s+count)?"),
    ("platelets", r"platelets?(?:\s+count)?|(?-i:PLT|Plt|PLTs)|thrombocytes?"),
    ("hemoglobin", r"ha?emoglobin|(?-i:Hgb|HGB|Hb|HB)(?!A)"),
    ("hematocrit", r"ha?ematocrit|(?-i:Hct|HCT)"),
    ("albumin", r"(?:serum\s+)?albumin"),
    ("amylase", r"(?:serum\s+)?amylase"),
    ("lipase", r"(?:serum\s+)?lipase"),
    ("lvef", r"(?-i:LVEF|EF)|left\s+ventricular\s+ejection\s+fraction|ejection\s+fraction"),
    ("spo2", (r"(?-i:SpO2|SaO2|SpO₂|SpO 2)|(?:peripheral\s+|blood\s+|arterial\s+)?"
             r"(?:oxygen|O2)\s+saturation|pulse[-\s]+oximetry|"
             # a bare "O2" is the saturation where a value in % follows in the clause ("O2 at
             # rest <93% in ambient air"), not where it is a flow ("O2 > 2 L/min")
             r"(?-i:O2)(?=(?:[^;.%]|\.(?=\d)){0,40}\d\s*%)")),
    ("fev1_fvc", r"FEV1\s*/\s*FVC(?:\s+ratio)?|FEV1\s*:\s*FVC"),
    ("fev1", r"FEV1|FEV 1|forced\s+expiratory\s+volume\s+in\s+(?:1|one)\s+second"),
    ("fvc", r"(?-i:FVC)|forced\s+vital\s+capacity"),
    ("dlco", (r"(?-i:DLCO|DLco|DL ?CO)|diffusing\s+capacity(?:\s+(?:of|for)\s+(?:the\s+lungs?\s+"
             r"for\s+)?carbon\s+monoxide)?")),
    ("bmi", r"(?-i:BMI|IMC)|body\s+(?:mass|weight)\s+index"),
    ("qtc", (r"(?-i:QTc[FB]?|QTcF|QT)(?:\s+interval)?(?:\s+according\s+to\s+(?:\w+'?s?\s+)?"
            r"(?:formula|method|correction))?(?:\s+corrected(?:\s+(?:with|by|using|for)\s+"
            r"(?:\w+'?s?\s+)?(?:formula|method|correction)|\s+for\s+heart\s+rate)?)?|"
            r"corrected\s+QT(?:\s+interval)?")),
    ("cd4", r"(?-i:CD4)(?:\+)?(?:\s+(?:T[- ]cell|cell|lymphocyte))?(?:\s+counts?)?"),
    ("ecog", (r"(?-i:ECOG)|Eastern\s+Cooperative\s+Oncology\s+Group|Zubrod|"
             r"WHO\s+performance\s+status")),
    ("karnofsky", r"Karnofsky|Karnovsky|(?-i:KPS)"),
    ("lansky", r"Lansky|Lanksy"),
    ("life_expectancy", (r"life\s+expectancy|(?:expected\s+|estimated\s+)?life\s*-?span|expected\s+survival|(?:estimated|anticipated|"
                        r"predicted)\s+survival(?:\s+(?:time|period))?|survival\s+expectancy|"
                        r"expected\s+to\s+survive")),
    ("weight", r"(?:body\s+)?weight(?!\s+loss|\s+gain|\s+change)|weighs|weighing"),
    ("age", r"\bage[ds]?(?![-\w])"),
)
ANALYTES: tuple[str, ...] = tuple(name for name, _p in _ANALYTE_PATTERNS)


_NUM = r"(?:\d{1,3}(?:,\d{3})+(?![\d.])|\d{1,3}(?:[ \u202f\u2009]\d{3})+(?![\d.])|\d+(?:[.,]\d+)?|[.,]\d+)"
# Comparators, longest spellings first.
_CMP_WORDS: tuple[tuple[str, str], ...] = (
    (">=", (r"≥|⩾|≧|>\s*/\s*=|>\s*or\s*=(?:\s*to)?|>\s*or\s+equal(?:\s+to)?|>\s*=|=\s*/?\s*>|\\>=|"
           r"(?:above|over)\s+or\s+equal\s*(?:to)?|"
           r"(?:greater|more|higher|bigger|larger)\s+(?:th[ae]n\s+)?or\s+equal\s*(?:to)?|"
           r"equal\s+(?:to\s+)?or\s+(?:greater|more|higher|above)(?:\s+than)?|"
           r"at\s+least|no\s+(?:less|lower|fewer)\s+than|not\s+(?:less|lower|fewer)\s+than|"
           r"a\s+minimum\s+of|minimum(?:\s+of)?|min\.?(?=\s*\d)|≮")),
    ("<=", (r"≤|⩽|≦|<\s*/\s*=|<\s*or\s*=(?:\s*to)?|<\s*or\s+equal(?:\s+to)?|<\s*=|=\s*/?\s*<|\\<=|"
           r"(?:below|under)\s+or\s+equal\s*(?:to)?|"
           r"(?:less|lesser|lower|smaller|fewer)\s+(?:th[ae]n\s+)?or\s+equal\s*(?:to)?|"
           r"equal\s+(?:to\s+)?or\s+(?:less|lower|below|under)(?:\s+than)?|"
           r"no\s+(?:more|greater|higher)\s+than|not\s+(?:more|greater|higher)\s+than|"
           r"(?:does\s+)?not\s+(?:to\s+)?exceed(?:ing)?|no\s+higher\s+than|"
           r"a\s+maximum\s+of|maximum(?:\s+of)?|max\.?(?=\s*\d)|at\s+most|up\s+to|≯|within(?!\s+the\s+range)")),
    (">", (r">|(?:greater|more|higher|bigger|larger|older|longer)\s+th[ae]n|above|over|exceed(?:s|ing)?|"
          r"in\s+excess\s+of|superior\s+to|≫|＞|﹥|˃")),
    ("<", r"<|(?:less|lesser|lower|smaller|fewer|younger|shorter)\s+th[ae]n|below|under|inferior\s+to|≪|＜|﹤|˂"),
    ("=", r"=|equal\s+to|of"),
)
_CMP = re.compile(
    r"(?:" + "|".join(f"(?P<c{i}>{p})" for i, (_c, p) in enumerate(_CMP_WORDS)) + r")\s*",
    re.IGNORECASE,
)
_CMP_BY_GROUP = {f"c{i}": c for i, (c, _p) in enumerate(_CMP_WORDS)}
# The one-symbol comparators no other spelling in _CMP_WORDS starts with.
_SYMBOL_CMPS = {"≥": ">=", "⩾": ">=", "≧": ">=", "≤": "<=", "⩽": "<=", "≦": "<="}
_SYMBOL_READ = object()  # stands for a comparator match read without _CMP

# What may stand between an analyte and its bound ("absolute neutrophil count (ANC) must be").
_GAP = re.compile(
    r"(?:\[[^\[\]<>≤≥]{0,40}\]|\((?![^()]*(?:≤|≥|<|>|\d\s*(?:x|×)))[^()]{0,60}\)|"
    r"\((?:[^()<>≤≥]|\([^()<>≤≥]*\)){0,100}\)|"
    r"\(\s*(?:for\s+|in\s+|if\s+)?(?:patients?\s+|participants?\s+|subjects?\s+)?aged?\b[^()]{0,60}\)|\s+|"
    r"\(\s*(?:for|in|if)\s+(?:patients?|participants?|subjects?|children|those)\s+[^()]{0,40}?"
    r"\b(?:years?|months?)(?:\s+(?:of\s+age|old))?\s*\)|"
    r"[(),:*\-–\[\]（）：]|(?:and\s*/\s*or|and|or|/)\s+(?:blood\s+urea\s+nitrogen|(?-i:BUN)|urea)\b|"
    # (?=[a-z]): the gap's last try stands at the value ("≤", a digit), where none of the
    # ~90 words below can start; one test fails it instead of every word
    r"(?=[a-z])\b(?:levels?|counts?|values?|concentrations?|must|should|shall|will|be|is|are|was|has|"
    r"have|having|needs?\s+to\s+be|serum|plasma|blood|total|absolute|score|scores|status|"
    r"performance|scale|PS|play|test|the|an?|results?|measured|at\s+(?:screening|baseline|entry|enrol(?:l?ment)?|inclusion|randomi[sz]ation|registration)|screening|baseline|being|on|"
    r"as|count|cells?|index|fraction|rate|ratio|time|estimated|calculated|by|interval|"
    r"corrected|using|(?:Cockcroft[- ]Gault|MDRD|CKD-EPI)(?:\s+formula|\s+equation)?|"
    r"formula|equation|of\s+the|ANC|PLT|Hb|Hgb|documented|mean|resting|range|pre-?"
    r"treatment|grade|level|ratio|fasting|predicted|per|cent|percentage|of|generally|usually|"
    r"typically|preferably|currently|still|period|applicable|as\s+applicable|obtained|outside|use|clearance|at\s+rest|"
    r"(?:for\s+|in\s+)?(?:males?|females?|men|women)|physical|behaviou?r|standard|prolongation|defined\s+as|ranged?|ranging|"
    r"(?-i:BMI|ALT|AST|LVEF|INR|WBC|SCr|CrCl|e?GFR|TBIL|HbA1c|SpO2|KPS))\b)*",
    re.IGNORECASE,
)
_NUMBER = re.compile(_NUM)
_RANGE = re.compile(r"\s*(?:-|–|—|~|to|through|and|en|et|und)\s*(?=[\d.])", re.IGNORECASE)
# What joins the two numbers of a range only after "between" ("between 18 and 65", Dutch
# "tussen 18 en 65", French "entre 18 et 65"): without it "18 and 65" are two values.
_BETWEEN_ONLY = frozenset(("and", "en", "et", "und"))
_OR_LIST = re.compile(r"(?:\s*,\s*|\s*(?:,\s*)?(?:or|and|/)\s+|\s*/\s*)(?=\d)", re.IGNORECASE)
# "within the range (of) 18 and 30 kg/m2" is a range as "between 18 and 30" is
_BETWEEN = re.compile(r"(?:between|from|within\s+the\s+range(?:\s+of)?)\s+", re.IGNORECASE)
_CMP_AGAIN = re.compile(r"\(\s*(?P<symbol>[<>≤≥]=?)\s*\)\s*|(?P<bare>[<>≤≥]=?)\s*")
_AGAIN_STARTS = frozenset("(<>≤≥")

_ULN = (r"(?:the\s+)?(?:institutional\s+|local\s+|laboratory\s+|normal\s+)?(?:(?-i:I?ULN|UNL|"
        r"LSN|ULRR)\b|upper\s+(?:limit|level)s?\s+(?:of\s+)?(?:the\s+)?(?:institutional\s+|"
        r"local\s+)?normal(?:\s+(?:range|limits?|values?))?|upper\s+normal\s+(?:limit|range|"
        r"value)|upper\s+limit(?:\s+of\s+(?:the\s+)?(?:reference|normal)\s+range)?|"
        r"(?:the\s+)?normal\s+upper\s+limit)")
# Each costly alternative opens with a lookahead on the words it can start with, so a
# value followed by "years" or "and" does not try every spelling of "× ULN".
_UNIT = re.compile(
    r"""\s*(?:
      (?P<uln>(?=\s*(?:[x×*X✕·⋅∙?\-]|times|folds?|greater|higher|more|as\s|of\s|the\s|upper|institutional|
           local|laboratory|norm|I?ULN|UNL|LSN|ULRR|maximal))
         (?:[x×*X✕·⋅∙?]|times|-?folds?)?\s*(?:(?:greater|higher|more)\s+than\s+|as\s+high\s+as\s+|of\s+)?
         (?:the\s+)?(?:upper\s+limit\s+)?(?:""" + _ULN + r"""|(?:the\s+)?(?:maximal\s+|upper\s+)?
         normal\s+(?:range|values?|limits?)|(?:the\s+)?(?:institutional\s+)?(?:norm\b|
         normal(?=\s*(?:[;,.)]|$|(?:and|or|if|in|unless|for)\b)))))
    | (?P<control>(?:[x×*X✕]|times|-?folds?)\s*(?:the\s+)?(?:laboratory\s+|institutional\s+)?control(?:\s+values?)?\b)
    | (?P<sci>(?=\s*(?:[x×*X✕·⋅∙´1]|times))(?:[x×*X✕·⋅∙´]|times)?\s*10\s*(?:\^|\*\*|\*|e|E|exp)?\s*(?P<exp>⁹|⁶|³|¹²|9|6|3|12)
         \s*(?:cells?\s*)?(?:/|per\s+)\s*(?P<per>L|l|µL|μL|uL|ul|mm3|mm³|mcL|cumm|cmm|mm\^3|
         microliter|liter|litre)\b|(?:[x×*X✕·⋅∙]|times)\s*10\s*(?:\^|\*\*|\*|e|E|exp)?\s*(?P<bare>⁹|³|9|3)(?![\d/]))
    | (?P<sciword>(?=\s*(?:[x×*X✕·⋅∙´1]|times))(?:[x×*X✕·⋅∙´]|times)?\s*10\s+to\s+the\s+ninth\s*/\s*L\b)
    | (?P<gl>(?-i:G/L|Giga/L))\b
    | (?P<kul>K/(?:µL|μL|uL|ul|mm3|mm³|mcL)|k/(?:µL|μL|uL|ul|mm3|mcL)|thousand/(?:µL|μL|uL|mm3))
    | (?P<ul>(?=\s*(?:/|cell|platelet|neutrophil|lymphocyte|per\s))
         (?:cells?|platelets?|neutrophils?|lymphocytes?)?\s*(?:/|per\s+)\s*(?:(?:µ|μ|u)\s*L|ul|
         mm3|mm³|mcL|mm\^3|cumm|cmm|cu\.?\s*mm|microlit(?:er|re)s?|microL|cubic\s+millimet(?:er|re)|
         mm\s*3)(?![\w/]))
    | (?P<mlmin173>(?:m[Ll]\s*/\s*min(?:ute)?\s*(?:\(\s*min\s*\)\s*)?(?:/|per)|milli-?\s?lit(?:er|re)s?\s+per\s+
         min(?:ute)?\s*(?:\(\s*m[Ll]\s*/\s*min\s*\)\s*)?(?:per|/))\s*1[.,•·]73\s*(?:m\s*[2²]|m\^2|m\s*\^\s*2|square\s+met(?:er|re)s?|sq\.?\s*m|
         met(?:er|re)s?\s+squared?)(?!\w))
    | (?P<mlmin>(?:m[Ll]|cc)\s*/\s*(?:min(?:ute)?|mn)\b|m[Ll]\s+per\s+min(?:ute)?\b|m[Ll]/mn\b|
         milli-?\s?lit(?:er|re)s?\s*(?:per\s+|/\s*)min(?:ute)?\b)
    | (?P<gdl>(?:g(?:m|r)?\s*/\s*d[Ll]|g/100\s*m[Ll])\b|g\s*/\s*㎗)
    | (?P<gl2>g\s*/\s*[Ll])\b
    | (?P<mgdl>mg\s*/\s*d[Ll]|mg%|(?:mg|㎎)\s*/\s*㎗)
    | (?P<mgl>mg\s*/\s*[Ll])\b
    | (?P<umol>(?:µ|μ|u|micro)\s*mol(?:e|es)?\s*/\s*[Ll]|(?:µ|μ|u)M\b)
    | (?P<mmoll>mmol\s*/\s*[Ll])\b
    | (?P<mmolmol>mmol\s*/\s*mol)\b
    | (?P<iul>(?:I?U|IU)\s*/\s*[Ll])\b
    | (?P<kgm2>kg\s*/\s*(?:m\s*(?:[2²]|\^\s*2)|㎡)|kg/sq\.?\s*m)
    | (?P<pct>%|percent\b|per\s+cent\b)
    | (?P<years>-?(?:years?|yrs?\.?)|yo\b|y\b)
    | (?P<months>months?|mos?\.?)(?!\w)
    | (?P<weeks>weeks?|wks?\.?)(?!\w)
    | (?P<days>days?)\b
    | (?P<hours>hours?|hrs?)\b
    | (?P<seconds>seconds?|secs?\.?|s)\b
    | (?P<ms>msecs?|ms|milliseconds?)\b
    | (?P<kg>kgs?|kilograms?)\b
    | (?P<lb>lbs?|pounds?)\b
    | (?P<ntimes>(?<=\d)(?-i:N)(?![\w]))
    | (?P<grams>g|grams?)(?![\w/])
    | (?P<liters>(?-i:L)|lit(?:er|re)s?)(?![\w/])
    | (?P<points>points?)\b
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_UNIT_NAMES = {
    "uln": "ULN", "gl": "10^9/L", "kul": "10^3/uL", "ul": "/uL", "mlmin173": "mL/min/1.73m2",
    "mlmin": "mL/min", "gdl": "g/dL", "gl2": "g/L", "mgdl": "mg/dL", "mgl": "mg/L",
    "umol": "umol/L", "mmoll": "mmol/L", "mmolmol": "mmol/mol", "iul": "U/L", "kgm2": "kg/m2",
    "pct": "%", "years": "years", "months": "months", "weeks": "weeks", "days": "days",
    "seconds": "seconds", "ms": "ms", "kg": "kg", "points": None, "grams": "g",
    "sciword": "10^9/L", "liters": "L", "hours": "hours", "control": "control",
    "lb": "lb", "ntimes": "ULN",
}
_SCI_EXP = {"⁹": "9", "⁶": "6", "³": "3", "¹²": "12"}
# A bound stated after the value: "18 years or older", "100,000/mm3 or more".
_POSTFIX = re.compile(
    r"\s*(?:(?P<ge>or\s+(?:greater|more|higher|above|over|older)|and\s+(?:above|over|older|"
    r"greater|more|higher)|\+|or\s+equal\s+or\s+(?:greater|more))|(?P<le>or\s+(?:less|lower|"
    r"below|under|younger|fewer)|and\s+(?:below|under|younger|less)))",
    re.IGNORECASE,
)
# A condition that belongs to the bound: "in patients with liver metastases".
_CONDITION = re.compile(
    r"\s*\((?![^()]*[≤≥<>])[^()]{1,80}\)|\s*\(\s*(?:aged?|if|for|in|when|unless|except)\b[^()]{0,80}\)|"
    r"\s*\(?\s*(?:(?:in|for)\s+(?:patients?|subjects?|participants?|those|cases?|case|the\s+"
    r"(?:presence|case|setting|absence)|presence|absence|men|women|males?|females?|children|"
    r"adults|people|individuals?|persons?|liver|hepatic|HCC|known|documented|gilbert)|if|when|"
    r"unless|except|excluding|with(?=\s+(?:liver|hepatic|known|documented|bone|gilbert|"
    r"hepatocellular|HCC|metastas|tumou?r|hepatic|hemolysis|haemolysis)))\b[^;()\n]{0,100}?"
    r"(?=\)|\]|;|,\s+(?:and\s+|or\s+)?(?:[A-Z]|(?:[\w-]+\s+){1,3}[≤≥<>])|\.\s|\.$|$|,?\s+in\s+which\s+case\b|"
    r"\s+(?:or|and)\s+[≤≥<>]|,?\s+(?:or\s+|and\s+)?(?:less|more|greater|lower|higher)\s+than\s+\d)",
    re.IGNORECASE,
)
# A second bound for the same analytes: "(≤ 5 × ULN in patients with liver metastases)".
_SECOND = re.compile(r"\s*(?:\)\s*)?(?:,|;)?\s*(?:\(|\[|\bor\b|\band\b|\bbut\b|\bto\b|,|;|note\s*:|"
                     # "... unless liver metastases are present in which case it must be ≤ 5x ULN"
                     r"(?P<which>in\s+which\s+case(?:\s+(?:it|they|this|these|the\s+\w+))?(?:\s+(?:must|"
                     r"should|shall|can|may|is|are)(?:\s+be)?)?))\s*(?:\(\s*)?"
                     r"(?:or\s+)?(?P<cond>(?:for|in)\s+(?:patients?|subjects?|participants?|those)\s+"
                     r"with\s+[^<>≤≥;()]{1,60}?\s*(?=[<>≤≥])|"
                     r"if\s+[^<>≤≥;()]{1,60}?,?\s+(?:then\s+)?(?=[<>≤≥])|"
                     r"(?:(?:for|in)\s+)?(?:males?|females?|men|women)\s*:?\s*(?=[<>≤≥]))?",
                     re.IGNORECASE)
# Mentions joined into one group: "AST/ALT", "AST and ALT", "ALT (SGPT) or AST (SGOT)".
_JOIN = re.compile(r"(?:\s*(?:performance|status|score|scale|play|\*))*"
                   r"\s*(?:\([^()]{0,80}\)\s*|\[[^\[\]]{0,40}\]\s*){0,2},?\s*(?:/|,|、|，|&|\+|and/or|and|or)\s*"
                   r"(?:serum\s+|the\s+|radioisotope\s+|measured\s+|calculated\s+|estimated\s+)?$|\s*\(\s*$|\s*[)\]]\s*,?\s*(?:/|,|、|，|&|and/or|and|or)?\s*(?:serum\s+)?$|"
                   r"\s*$", re.IGNORECASE)
_DECLINE = re.compile(
    r"(?=[drficelw])(?:decline|decrease|reduction|drop|fall|increase|change|rise|improvement|worsening|"
    r"deterioration|loss|elevation|relative)\w*\s+(?:of\s+|in\s+)?(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "45% predicted ≤ FVC": the bound written before the analyte.
_BEFORE = re.compile(r"(" + _NUM + r")\s*(%|mL/min|g/dL|years)?\s*(?:predicted\s*)?(≤|<|≥|>|<=|>=)"
                     r"\s*$")
_DECLINE_STEMS = ("declin", "decreas", "reduc", "drop", "fall", "increas", "chang", "rise",
                  "improv", "worsen", "deterior", "loss", "elevat", "relative")
_DERIVED_WORDS = ("from", " by", "using")
_SYMBOLS = frozenset("≤<≥>")
_BOUND_STARTS = frozenset("≤≥<>=≦≧⩽⩾0123456789＜＞﹤﹥˂˃")
_SECOND_STARTS = frozenset(")],;([oOaAnNbBtTiI")
_SECOND_WORDS = ("or", "and", "but", "to", "note", "in wh")
_CONDITION_STARTS = ("(", "in ", "for ", "if ", "when", "unless", "except", "excluding", "with ")


_THRESHOLD_FIELDS = frozenset(("analyte", "comparator", "value", "unit", "text"))


def _threshold(analyte: str, comparator: str, value: float, unit: str | None,
               text: str) -> Threshold:
    """A Threshold from values built here (already typed), without validation: the
    reader runs on every criterion of every record."""
    threshold = _NEW_THRESHOLD(Threshold)
    _SET(threshold, "__dict__", {"analyte": analyte, "comparator": comparator,
                                 "value": float(value), "unit": unit, "text": text})
    _SET(threshold, "__pydantic_fields_set__", set(_THRESHOLD_FIELDS))
    _SET(threshold, "__pydantic_extra__", None)
    _SET(threshold, "__pydantic_private__", None)
    return threshold


_NEW_THRESHOLD = Threshold.__new__
_SET = object.__setattr__


def _declined(text: str, start: int) -> bool:
    """Is the analyte at ``start`` the object of a change ("a decline in FVC ≥ 10%")?"""
    window = text[max(0, start - 40):start].lower()
    if not any(stem in window for stem in _DECLINE_STEMS):
        return False
    return _DECLINE.search(text, max(0, start - 40), start) is not None


def _derived(text: str, start: int) -> bool:
    window = text[max(0, start - 30):start].lower()
    if not any(word in window for word in _DERIVED_WORDS):
        return False
    return _DERIVED.search(text, max(0, start - 30), start) is not None


def _symbol_before(text: str, start: int) -> bool:
    """Is the analyte at ``start`` right after a comparator ("45% ≤ FVC")?"""
    at = start - 1
    while at >= 0 and text[at] == " ":
        at -= 1
    return at >= 0 and text[at] in _SYMBOLS


_FLIP = {"<=": ">=", "<": ">", ">=": "<=", ">": "<"}
# "18 years of age or older": found from the number (a fast scan), the comparator before
# it read from the few characters just before.
# (Each scanning pattern opens with a bare \d, not \d{1,3} or a lookbehind, so the regex
# engine jumps from digit to digit instead of trying the whole pattern at every character.)
_AGE_CORE = re.compile(
    r"(?P<v>\d\d{0,2}(?:\.\d)?)"
    r"(?:\s*(?:years?|yrs?)?\s*(?:-|–|to|and)\s*(?P<v2>\d{1,3}(?:\.\d)?))?\s*[-\s]?"
    r"(?P<unit>years?|yrs?|months?|weeks?)[\s-]*(?P<ofage>of\s+age|old|of\s+older|of\s+age\s+or\s+"
    r"older)?(?:\s*(?:\((?:inclusive|included)\)|inclusive))?(?:\s*,?\s*(?P<post>or\s+older|and\s+"
    r"older|or\s+over|and\s+over|or\s+above|and\s+above|or\s+more|or\s+younger|or\s+less|and\s+"
    r"younger|or\s+under|and\s+under|and\s+up|or\s+greater))?",
    re.IGNORECASE,
)
_AGE_CMP_WORDS = (r"(?:≥|>=|>|≤|<=|<|at\s+least|over|above|under|below|(?:older|younger|greater|"
                   r"less|more)\s+th[ae]n)")
# Found from the first number (a fast scan); its comparator is read just before it.
_AGE_PAIR = re.compile(
    r"(?P<v1>\d(?<![\d.]\d)\d{0,2}(?:\.\d)?)\s*(?P<unit1>years?|months?|"
    r"weeks?|days?)?\s*,?\s*(?:and|or|to|,)\s*(?P<cmp2>" + _AGE_CMP_WORDS + r")\s*"
    r"(?P<v2>\d{1,3}(?:\.\d)?)\s*(?P<unit2>years?|months?|weeks?|days?)\s*\)?\s*(?:of\s+age|old)\b",
    re.IGNORECASE)
_PAIR_LEAD = re.compile(r"(?:≥|>=|>|≤|<=|<|at\s+least|over|above|under|below|(?:older|younger|"
                        r"greater|less|more)\s+th[ae]n)\s*$", re.IGNORECASE)
_PAIR_HINT_SOURCE = r"(?:years?|months?|weeks?|days?)\s*\)?\s*(?:of\s+age|old)\b"
_PAIR_HINT = re.compile(r"(?=[ymwd])" + _PAIR_HINT_SOURCE, re.IGNORECASE)
# The same on lower-cased ASCII text, case-sensitive: about four times faster (its words
# open on a literal letter, which the engine scans for by itself: no first-letter test).
_PAIR_HINT_LOWER = re.compile(_PAIR_HINT_SOURCE)
# The last word before a schedule's or a relative's age (a cheap test before the regex).
_NOT_AGE_LAST_WORDS = ("at", "by", "before", "after", "under", "to", "between", "the", "age",
                       "of")
_AGE_CMP_SYMBOLS = {"≥": ">=", ">=": ">=", ">": ">", "≤": "<=", "<=": "<=", "<": "<"}
_NOT_AGE_BEFORE = re.compile(
    r"(?=[sgavidbo])\b(?:schedul\w*|given|administ\w*|vaccinat\w*|immuni[sz]\w*|doses?|booster|death|died|"
    r"diagnos\w*|onset)\b[^.;]{0,30}?\b(?:at|by|before|after|under|prior\s+to|between)\s+"
    r"(?:the\s+)?(?:age\s+(?:of\s+)?)?$", re.IGNORECASE)
_SYMBOL = re.compile(r"[<>≤≥]")
_PREFIX = re.compile(
    r"(?=[≥>≤<almfg])(?P<cmp>≥|>=|>|≤|<=|<|at\s+least|(?:less|fewer|more|greater)\s+th[ae]n)\s*(?P<v>\d+(?:\.\d+)?)"
    r"\s*(?P<unit>months?|weeks?|years?|days?|%)?\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
# "Karnofsky ≥ 70 for 16 years and older": the age says which scale applies
_FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:patients?|participants?|subjects?|individuals?|persons?|"
                         r"people|those|children|adults)'?\s+(?:who\s+are\s+|aged\s+)?)?$",
                         re.IGNORECASE)
_SCOPE_BEFORE = re.compile(
    r"(?=[a(:;.f\d%ldumpscre])(?:\b(?:applicable|applies|apply)\s+(?:only\s+)?(?:to|for)\s+(?:\w+\s+){0,2}|"
    r"(?:^|[(:;.]\s*)for\s+|"
    r"(?:^|[(:;.]\s*|(?:\d|%|\b[Ll]|\bd[Ll]|\bULN)\s+)for\s+(?:patients?|participants?|subjects?|"
    r"children|those|males?|females?|men|women|boys|girls)\s+|"
    r"\b(?:donors?|mothers?|fathers?|parents?|siblings?|partners?|spouses?|caregivers?|"
    r"members?|relatives?)\s+|\b(?:each|every|per)\s+(?:year|decade)\s+)$",
    re.IGNORECASE)
# A part of a word of every spelling of _SCOPE_BEFORE (a cheap test before the search).
_SCOPE_WORDS = ("for", "appl", "donor", "mother", "father", "parent", "sibling", "partner",
                "spouse", "caregiver", "member", "relative", "each", "every", "per")
_NOT_AGE_AFTER = re.compile(
    r"\s*(?:in|of|among)\s+(?:a\s+|their\s+|his\s+|her\s+)?(?:(?:male|female)\s+)?"
    r"(?:(?:first|second)[- ]degree\s+)?"
    r"(?:relatives?|family|parents?|siblings?|mother|father|brothers?|sisters?)\b|"
    # an age at onset ("< 16 years of age at disease onset"); an age at diagnosis ("Age 1 to
    # 21 years at diagnosis") is the participant's
    r"\s*(?:\(\s*)?(?:at|from)\s+(?:the\s+)?(?:time\s+of\s+)?(?:(?:first|disease|migraine|"
    r"symptom|headache)\w*\s+){0,2}onset", re.IGNORECASE)
# Every comparator _AGE_LEAD reads holds one of these (a cheap test before the search).
_AGE_LEAD_WORDS = ("≥", ">", "≤", "<", "least", "over", "older", "younger", "under", "above",
                   "greater", "less", "between")
_AGE_LEAD = re.compile(
    r"(?=[≥><≤aouyglb]|$)(?:(?P<cmp>≥|>=|>|≤|<=|<|at\s+least|over|older\s+than|younger\s+than|under|above|"
    r"greater\s+than|less\s+than)\s*)?(?:between\s+)?$", re.IGNORECASE)
_SCORES = frozenset({"ecog", "karnofsky", "lansky"})
_OVER_IDEAL = re.compile(r"\s*(?:over|above)\s+(?:the\s+|their\s+)?ideal", re.IGNORECASE)
_TIME_UNITS = frozenset({"years", "months", "weeks", "days", "hours"})
# The units a bound of these analytes can have; a bound read for a group of joined analytes
# ("... years of age and weight ≥ 40 kg", "at least 1500 granulocytes, hemoglobin of 9.0
# gm/dl") is kept only for the analytes its unit fits. Other analytes take any unit.
_CELL_UNITS = frozenset({"10^9/L", "10^3/uL", "/uL", "%", "ULN"} |
                        {f"10^{e}/{per}" for e in ("3", "6", "9", "12") for per in ("L", "uL")})
_UNITS_OF: dict[str, frozenset[str]] = {
    "age": _TIME_UNITS, "life_expectancy": _TIME_UNITS,
    "anc": _CELL_UNITS, "wbc": _CELL_UNITS, "platelets": _CELL_UNITS,
    "lymphocytes": _CELL_UNITS, "cd4": _CELL_UNITS,
    "hemoglobin": frozenset({"g/dL", "g/L", "mmol/L", "mg/dL", "%"}),
    "weight": frozenset({"kg", "lb", "g"}), "bmi": frozenset({"kg/m2", "kg", "%"}),
}
_TIMED = frozenset({"age", "life_expectancy"})
_DEFAULT_UNITS = {"age": "years", "life_expectancy": None}
_CMP_NEEDED_UNITLESS = frozenset({"ecog", "karnofsky", "lansky", "age"})


def _has_number(text: str) -> bool:
    """A digit, "twice" ("more than twice the ULN"), "ULN" ("≤ institutional ULN") or, where
    a life expectancy is named, a number in words before a time unit ("life expectancy less
    than two years"): every bound has one. Substring tests run at memchr speed; only a
    non-ASCII text without an ASCII digit, or one naming survival, pays a regex."""
    return ("1" in text or "0" in text or "2" in text or "5" in text or "3" in text
            or "4" in text or "6" in text or "8" in text or "7" in text or "9" in text
            or "wice" in text or "WICE" in text or "ULN" in text
            or not text.isascii() and _HINT.search(text) is not None
            or ("xpectan" in text or "urviv" in text)
            and _WORD_NUMBER_HINT.search(text) is not None)


_HINT = re.compile(r"\d")
# "life expectancy of less than three (3) years", "less than one year": a number in words,
# read for a life expectancy (and after an age), and only before a time unit.
_WORD_VALUES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18,
                "twenty": 20, "twenty-one": 21, "thirty": 30, "forty": 40, "fifty": 50,
                "sixty": 60, "sixty-five": 65, "seventy": 70, "eighty": 80}
_WORD_NUMBER = re.compile(
    r"(?P<word>" + "|".join(sorted(_WORD_VALUES, key=len, reverse=True)) +
    r")\b(?:\s*\(\s*(?P<digits>\d{1,3})\s*\))?(?=\s*(?:years?|months?|weeks?|days?)\b)",
    re.IGNORECASE)
_WORD_NUMBER_HINT = re.compile(r"(?=[otfsen])\b(?:" + "|".join(_WORD_VALUES) +
                               r")\s+(?:years?|months?|weeks?|days?)\b", re.IGNORECASE)


def find_thresholds(text: str) -> list[Threshold]:
    """Every analyte bound stated in ``text``; [] when there is none (never raises)."""
    if not text or not _has_number(text):
        return []
    try:
        return _find(text)
    except Exception:  # noqa: BLE001 - a reader never raises on odd text
        return []


# The words a mention of each analyte can start with (lower case). A mention is looked
# for only where one of these words stands, and only that word's analytes are tried.
_STARTS: dict[str, str] = {
    "hba1c": "hba1c a1c hemoglobin haemoglobin glycated glycosylated glycohemoglobin",
    "creatinine_clearance": "creatinine crcl clcr ccr calculated cockcroft",
    "egfr": "egfr gfr estimated glomerular",
    "creatinine": "serum plasma creatinine scr cr",
    "direct_bilirubin": "direct conjugated",
    "bilirubin": "serum total bilirubin bilirubinemia bilirubinaemia tbil tbili tb tbl",
    "alt": "alt sgpt alat gpt alanine serum",
    "ast": "ast sgot asat got aspartate serum",
    "alp": "alkaline alp",
    "inr": "pt inr international",
    "aptt": "ptt aptt activated partial thromboplastin",
    "pt": "pt prothrombin",
    "anc": "absolute neutrophil neutrophils anc ann neu neut granulocyte granulocytes agc "
           "polymorphonuclear",
    "lymphocytes": "absolute lymphocyte lymphocytes alc",
    "wbc": "white wbc leukocyte leukocytes leucocyte leucocytes",
    "platelets": "platelet platelets plt plts thrombocyte thrombocytes",
    "hemoglobin": "hemoglobin haemoglobin hgb hb",
    "hematocrit": "hematocrit haematocrit hct",
    "albumin": "serum albumin",
    "amylase": "serum amylase",
    "lipase": "serum lipase",
    "lvef": "lvef ef left ejection",
    "spo2": "spo2 sao2 spo peripheral blood arterial oxygen o2 pulse",
    "fev1_fvc": "fev1",
    "fev1": "fev1 fev forced",
    "fvc": "fvc forced",
    "dlco": "dlco dl diffusing",
    "bmi": "bmi imc body",
    "qtc": "qtc qtcf qtcb qt corrected",
    "cd4": "cd4",
    "ecog": "ecog eastern zubrod who",
    "karnofsky": "karnofsky karnovsky kps",
    "lansky": "lansky lanksy",
    "life_expectancy": "life lifespan expected estimated anticipated predicted survival",
    "weight": "body weight weighs weighing",
    "age": "age aged ages",
}
_FIRST_WORDS = frozenset(w for words in _STARTS.values() for w in words.split())
# One pattern per first word: its analytes' patterns as alternatives in table order (the
# first that matches wins, as when they were tried one by one).
_CANDIDATES: dict[str, re.Pattern[str]] = {
    word: re.compile("|".join(rf"(?P<{name}>(?<![\w-])(?:{pattern})(?![\w]))"
                              for name, pattern in _ANALYTE_PATTERNS
                              if word in _STARTS[name].split()), re.IGNORECASE)
    for word in _FIRST_WORDS
}


# Lower-case ASCII letters and digits stay, every other byte (punctuation, spaces, the bytes
# of non-ASCII characters) becomes a space: the words of a text are then found by
# bytes.split at C speed, as the [a-z][a-z0-9]* runs that no letter or digit touches.
_TOKEN_BYTES = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))
_FIRST_WORDS_BYTES = frozenset(word.encode() for word in _FIRST_WORDS)
# The same patterns by the bytes of their first word (the hits of the token bytes).
_CANDIDATES_BY_BYTES = {word.encode(): pattern for word, pattern in _CANDIDATES.items()}
_GFR = b"gfr"


_NUMBER_RUN = re.compile(r"\d+")
# An analyte is named within this many characters before its value (or just after it).
_BEFORE_VALUE = 120
_AFTER_VALUE = 40


def _mentions(text: str, lowered: str) -> list[tuple[str, int, int]]:
    """Analyte mentions: (analyte, start, end) in text order, not overlapping."""
    tokens = lowered.encode().translate(_TOKEN_BYTES)
    hits = _FIRST_WORDS_BYTES.intersection(tokens.split())
    if not hits:  # most criteria name no analyte: decided at C speed
        return []
    starts: list[tuple[int, bytes]] = []
    if lowered.isascii():
        # the words stand between spaces in the token bytes, at the index they have in
        # the text: bytes.find finds exactly the whole-word starts (no first word overlaps
        # itself, so none hides another)
        padded = b" " + tokens + b" "
        for hit in hits:
            needle = b" " + hit + b" "
            at = padded.find(needle)
            while at >= 0:
                starts.append((at, hit))
                at = padded.find(needle, at + len(hit) + 1)
    else:
        size = len(lowered)
        for hit in hits:  # each start of a first word, found with str.find
            word = hit.decode()
            at = lowered.find(word)
            while at >= 0:
                after = at + len(word)
                if (at == 0 or not lowered[at - 1].isalnum()) and (
                        after == size or not lowered[after].isalnum()):
                    starts.append((at, hit))
                at = lowered.find(word, after)
    starts.sort()
    found: list[tuple[str, int, int]] = []
    end = 0
    for start, first in starts:
        if start < end:
            continue
        if first == _GFR and lowered.endswith("e-", 0, start) and (
                start == 2 or not lowered[start - 3].isalnum()):
            start -= 2  # "e-GFR": the word is "gfr", the mention starts at the "e"
        m = _CANDIDATES_BY_BYTES[first].match(text, start)
        if m is not None:
            found.append((m.lastgroup or "", start, m.end()))
            end = m.end()
    return found


def _find(text: str) -> list[Threshold]:
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters: keep positions aligned
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    mentions = _mentions(text, lowered)
    if not mentions:
        if _may_state_age(lowered):
            ages = _loose_ages(text, lowered, [])
            if ages:
                return ages
        if "year" in lowered or "yr" in lowered:
            return _person_ages(text, lowered, [])
        return []
    # Each window test below looks for words the whole text must hold first (C speed).
    if "from" in lowered or " by" in lowered or "using" in lowered:
        mentions = [m for m in mentions if not _derived(text, m[1])]
    mentions = _drop_aliases(text, mentions)
    if "for" in lowered or "applica" in lowered:
        # an age that scopes the bound before it ("below 11.5 g/dL for subjects aged 6-11
        # years old, less than 12.0 g/dL for ...") is neither a bound nor the end of one
        mentions = [m for m in mentions if m[0] != "age" or not (
            _scoping_age(text, m[1]) or _SCOPING_PAREN.search(text, max(0, m[1] - 45), m[1]))]
    if "requir" in lowered or "needed" in lowered or "necessary" in lowered:
        # "confirmation of creatinine clearance is only required for patients with creatinine
        # levels above ULN": the analyte says to whom a requirement applies, it is no bound
        mentions = [m for m in mentions
                    if _REQUIRED_FOR.search(text, max(0, m[1] - 60), m[1]) is None]
    if "appl" in lowered:
        # "(only applicable to subjects age 6 or older and weighing at least 19 kg)": every
        # analyte inside says to whom the item applies
        mentions = [m for m in mentions
                    if _APPLICABLE_PAREN.search(text, max(0, m[1] - 100), m[1]) is None]
    may_decline = "declin" in lowered or "decreas" in lowered or "reduc" in lowered or \
        "drop" in lowered or "fall" in lowered or "increas" in lowered or "chang" in lowered or \
        "rise" in lowered or "improv" in lowered or "worsen" in lowered or \
        "deterior" in lowered or "loss" in lowered or "elevat" in lowered or \
        "relative" in lowered  # the stems of _DECLINE_STEMS, spelt out: the cheapest test
    found: list[Threshold] = []
    taken: list[tuple[int, int]] = []
    consumed = 0  # mentions inside a bound already read (its condition) are not analytes
    last_cmp: str | None = None  # the comparator of the bound read last, and where it ended
    last_end = 0
    i = 0
    n = len(mentions)
    while i < n:
        if mentions[i][1] < consumed:
            i += 1
            continue
        group = [mentions[i]]
        j = i + 1
        while j < n and _JOIN.fullmatch(text, group[-1][2], mentions[j][1]):
            if mentions[j][0] != group[-1][0] or mentions[j][1] - group[-1][2] > 4:
                group.append(mentions[j])
            else:
                group[-1] = (group[-1][0], group[-1][1], mentions[j][2])
            j += 1
        i = j
        analytes: list[str] = []
        for name, _s, _e in group:
            if name not in analytes:
                analytes.append(name)
        start = group[0][1]
        if may_decline and _declined(text, start):
            continue
        limit = mentions[j][1] if j < n else len(text)
        after = group[-1][2]
        reach = min(limit, after + _VALUE_REACH)
        if _DIGIT.search(text, after, reach) is None and lowered.find("twice", after, reach) < 0 \
                and lowered.find("uln", after, reach) < 0 \
                and lowered.find("upper limit", after, reach) < 0 \
                and (analytes[0] != "life_expectancy" or
                     _WORD_NUMBER_HINT.search(text, after, reach) is None):
            reading = []  # no number close enough after the analyte: no bound to read
        elif "age" in analytes and len(analytes) == 1:
            reading = [] if _schedule_before(text, start) or _scoping_age(text, start) or \
                lowered.endswith(_NOT_AN_AGE_BEFORE, 0, start) \
                else _read_age(text, after, limit, _between_before(lowered, start))
            if reading and _NOT_AGE_AFTER.match(text, reading[-1][4]) is not None:
                reading = []  # "Less than 50 years of age at the time of migraine onset"
        else:
            # a condition after the bound ends where another analyte is named ("Lansky ≥ 50
            # for patients ≤ 16 years old and Karnofsky ≥ 50% ..."), not at an age inside it
            cond_limit = limit if j < n and mentions[j][0] != "age" else None
            reading = _read_bounds(text, after, limit, analytes[0], cond_limit)
            if not reading and last_cmp is not None and \
                    _SHARED_CMP.match(text, last_end, start) is not None:
                gap = _GAP.match(text, after, limit)
                shared = _read_one(text, gap.end() if gap else after, limit, analytes[0], True,
                                   cond_limit, last_cmp)
                reading = shared[0] if shared is not None else []
        if not reading and start > 0:
            word_before = _WORD_CMP_BEFORE.search(text, max(0, start - 16), start) \
                if text[max(0, start - 12):start].rstrip().lower().endswith(_WORD_CMP_ENDS) \
                else None
            if word_before is not None and analytes[0] == "age" and (
                    _scoping_age(text, word_before.start()) or
                    _schedule_before(text, word_before.start())):
                word_before = None  # "family members under the age of 40"
            if word_before is not None:  # "Minimum life expectancy of 12 weeks", "Over the age of 21"
                gap = _GAP.match(text, after, limit)
                worded = _read_one(text, gap.end() if gap else after, limit, analytes[0], True,
                                   None, _WORD_CMP[word_before.lastgroup or ""], True)
                if worded is not None:
                    reading = [(c, v, u, word_before.start(), e, True) for c, v, u, _s, e, _p
                               in worded[0]]
        if not reading and analytes[0] != "age" and start > 0:
            reading = _prefix_bound(text, start, after, analytes[0])
        if not reading and analytes[0] in _DISTANT_UNITS:
            reading = _distant_bound(text, after, limit, analytes[0])
        if analytes[0] != "age":
            before = _BEFORE.search(text, max(0, start - 30), start) \
                if _symbol_before(text, start) else None
            if before is not None:
                value = _to_float(before.group(1))
                cmp = _FLIP.get(_normal_cmp(before.group(3)))
                if value is not None and cmp is not None:
                    unit = _UNIT_NAMES.get(_unit_key(before.group(2) or ""), None)
                    reading = [(cmp, value, unit, before.start(), group[-1][2], True), *reading]
        for cmp, value, unit, s, e, primary in reading:
            if unit == _PENDING_ULN:
                unit = "ULN" if _ULN_LATER.search(text, e) is not None else None
            span = (text[start:e] if primary and s >= start else text[s:e]).strip()
            taken_start = min(s, start)
            for name in analytes:
                if unit in _TIME_UNITS and name not in _TIMED:
                    continue  # "serum creatinine result obtained within 2 weeks": a date
                if name == "weight" and _OVER_IDEAL.match(text, e) is not None:
                    continue  # "weighs more than 100 lbs over ideal body weight"
                if unit is not None and unit not in _UNITS_OF.get(name, (unit,)):
                    if name == analytes[0] and len(group) > 1:
                        # "< 12 years of age and weight ≥ 40 kg": the age is free to read
                        taken_start = max(taken_start, group[1][1])
                    continue  # "granulocytes, hemoglobin of 9.0 gm/dl": not a count's unit
                if name == "creatinine":
                    name = _by_unit(name, unit)
                found.append(_threshold(  # _unit_for, inlined: it runs for every bound
                    name, cmp, value, None if name in _SCORES else
                    (_DEFAULT_UNITS.get(name) if unit is None else unit), span))
            taken.append((taken_start, e))
            consumed = max(consumed, e)
        if reading:
            last_cmp, last_end = reading[-1][0], consumed
    if _may_state_age(lowered) and _digit_outside(text, taken):
        found.extend(_loose_ages(text, lowered, taken))
    if ("year" in lowered or "yr" in lowered) and _digit_outside(text, taken) and \
            not any(t.analyte == "age" for t in found):
        found.extend(_person_ages(text, lowered, taken))
    return found


# "ALT (SGPT)", "prothrombin time (PTT or aPTT)", "Lansky (age < 16 years": a mention in a
# parenthesis right after another one explains it; it is not an analyte of its own.
_ALIAS_GAP = re.compile(r"\s*[\[(][^()\[\]]{0,25}")
# "(adjusted for hemoglobin)", "(estimated creatinine clearance)": a parenthesis without a
# bound in it explains the analyte before it.
_EXPLAINING = re.compile(r"\([^()≤≥<>=\d]{0,60}\)")
_DERIVED = re.compile(r"(?=[dcem])(?:derived|calculated|estimated|computed|measured)\s+(?:from|by|using)\s+$",
                      re.IGNORECASE)


def _drop_aliases(text: str, mentions: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    if len(mentions) < 2:  # an alias follows another mention
        return mentions
    kept: list[tuple[str, int, int]] = []
    for mention in mentions:
        start = mention[1]
        if kept:
            if _ALIAS_GAP.fullmatch(text, kept[-1][2], start):
                continue
            opening = text.rfind("(", kept[-1][2], start)
            if opening >= 0 and text.find(")", opening, start) < 0:
                explaining = _EXPLAINING.match(text, opening)
                if explaining is not None and explaining.end() > start:
                    continue
        kept.append(mention)
    return kept


def _by_unit(analyte: str, unit: str | None) -> str:
    """"Creatinine ... ≥ 60 mL/min" is a clearance, "... mL/min/1.73m2" a GFR."""
    if analyte == "creatinine" and unit is not None and unit.startswith("mL/min"):
        return "egfr" if unit.endswith("1.73m2") else "creatinine_clearance"
    return analyte


@lru_cache(maxsize=512)  # a unit's spelling read by another pattern ("years", "mL/min")
def _unit_key(unit: str) -> str:
    m = _UNIT.match(unit)
    return (m.lastgroup or "") if m else ""


def _normal_cmp(symbol: str) -> str:
    return {"≤": "<=", "≥": ">=", "<": "<", ">": ">", "<=": "<=", ">=": ">="}.get(symbol, "=")


def _unit_for(analyte: str, unit: str | None) -> str | None:
    if analyte in _SCORES:
        return None
    if unit is None:
        return _DEFAULT_UNITS.get(analyte)
    return unit


def _to_float(text: str) -> float | None:
    if text.isdigit() and text.isascii():  # "18": the commonest value, nothing to clean
        return float(text)
    text = text.strip().replace(" ", "").replace("\u202f", "").replace("\u2009", "")
    if "," in text:
        head, _sep, tail = text.rpartition(",")
        if len(tail) == 3 and head and head.replace(",", "").isdigit():
            text = text.replace(",", "")
        else:
            text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


_Bound = tuple[str, float, "str | None", int, int, bool]


def _between_before(lowered: str, start: int) -> bool:
    """"Between the ages of 13 and 22": "between" stands before the analyte."""
    return lowered[max(0, start - 14):start].rstrip().endswith(("between", "between the"))


def _read_bounds(text: str, pos: int, limit: int, analyte: str,
                 cond_limit: int | None = None, between: bool = False) -> list[_Bound]:
    """The bounds right after an analyte group, up to the next analyte mention."""
    bounds: list[_Bound] = []
    q = pos
    while q < limit and text[q] == " ":
        q += 1
    first = None
    if q < limit and text[q] == "(":  # "bilirubin (more than 1.5 times the ULN)"
        inner = q + 1
        while inner < limit and text[inner] == " ":
            inner += 1
        first = _read_one(text, inner, limit, analyte, False, cond_limit)
    if first is None:
        if q >= limit or text[q] not in _BOUND_STARTS:  # "ALT ≤ 3": nothing between
            gap = _GAP.match(text, pos, limit)
            q = gap.end() if gap else pos
        first = _read_one(text, q, limit, analyte, True, cond_limit, between=between)
    if first is not None and analyte not in _TIMED and first[0] and (
            first[0][0][2] in _TIME_UNITS if len(first[0]) == 1 else
            all(b[2] in _TIME_UNITS for b in first[0])):
        # "Lansky Scale (<16 years-old) <50%": an age in parentheses says to whom the
        # bound after it applies
        close = text.find(")", q, limit)
        first = None
        if close > 0:
            after_paren = close + 1
            while after_paren < limit and text[after_paren] == " ":
                after_paren += 1
            if after_paren < limit and text[after_paren] in _BOUND_STARTS:
                first = _read_one(text, after_paren, limit, analyte, True, cond_limit)
    if first is None:
        return bounds
    bounds.extend(first[0])
    end = first[1]
    # Further bounds for the same analytes in the same clause.
    for _ in range(5):  # "<11.5 g/dL for ..., <12.0 g/dL for ..., ..."
        ahead = text[end:end + 8].lstrip()
        peek = ahead[:1]
        if peek not in _SECOND_STARTS or peek.isalpha() and \
                not ahead.lower().startswith(_SECOND_WORDS):
            break  # _SECOND opens with punctuation or one of these words
        second = _SECOND.match(text, end, limit)
        if second is None:
            break
        more = _read_one(text, second.end(), limit, analyte, False, cond_limit)
        if more is None or not more[0]:
            break
        # "..., and for patients with liver metastases < 5×ULN": the condition is kept
        cmp_start = second.start("cond") if second.group("cond") else \
            second.start("which") if second.group("which") else second.end()
        bounds.extend((c, v, u, cmp_start, e, False) for c, v, u, _s, e, _p in more[0])
        end = more[1]
    if len(bounds) > 1 and bounds[0][2] is None:
        # "<80,000 or >700,000 cells/mm3": the unit written once after the last bound.
        unit = next((b[2] for b in bounds[1:] if b[2] is not None), None)
        if unit is not None and (unit not in _TIME_UNITS or analyte in _TIMED):
            # not "ECOG >2 (≥18 years-old)": an age after a score is its condition
            bounds = [(c, v, u if u is not None else unit, s, e, p) for c, v, u, s, e, p in bounds]
    return bounds


def _read_one(text: str, q: int, limit: int, analyte: str, allow_bare: bool,
              cond_limit: int | None = None,
              default_cmp: str | None = None,
              any_unit: bool = False,
              between: bool = False) -> tuple[list[_Bound], int] | None:
    """Comparator, value(s), unit, postfix and condition starting at ``q``."""
    head = text[q:q + 1]
    cmp_match: re.Match[str] | object | None
    cmp: str | None = None
    literal_eq = False
    if head in _SYMBOL_CMPS and q < limit:
        # "≥ 1.5": the commonest comparator is one symbol, read without the regex (which
        # reads the same: no spelling of another comparator starts with these symbols)
        cmp_match = _SYMBOL_READ
        cmp = _SYMBOL_CMPS[head]
        q += 1
        while q < limit and text[q].isspace():  # the regex's \s*
            q += 1
        if q < limit and text[q] in _AGAIN_STARTS:
            again = _CMP_AGAIN.match(text, q, limit)
            if again is not None:
                cmp = _normal_cmp(again.group("symbol") or again.group("bare"))
                q = again.end()
    else:
        cmp_match = None if head.isdigit() else _CMP.match(text, q, limit)
    if cmp is None and isinstance(cmp_match, re.Match) and cmp_match.lastgroup is not None:
        cmp = _CMP_BY_GROUP[cmp_match.lastgroup]
        if cmp == "=" and analyte not in _SCORES and cmp_match.group().strip() == "=":
            literal_eq = True  # "Total bilirubin =1.5 x the upper limit of normal"
        if cmp == "=" and analyte not in _SCORES and not literal_eq:
            cmp = None
        else:
            q = cmp_match.end()
            if q < limit and text[q] in _AGAIN_STARTS:
                # "greater than (>) 3", "up to ≤3 x ULN": the symbol after the words rules
                again = _CMP_AGAIN.match(text, q, limit)
                if again is not None:
                    cmp = _normal_cmp(again.group("symbol") or again.group("bare"))
                    q = again.end()
    between_match = _BETWEEN.match(text, q, limit) \
        if cmp is None and text[q:q + 1] in "bBfFwW" else None
    if between_match is not None:
        between = True
        q = between_match.end()
        if text[q:q + 1] in _SYMBOLS:  # "between >18 and <65 years": two bounds
            cmp_match = _CMP.match(text, q, limit)
            if cmp_match is not None and cmp_match.lastgroup is not None:
                cmp = _CMP_BY_GROUP[cmp_match.lastgroup]
                q = cmp_match.end()
                between = False
    # every number opens with a digit (str.isdigit holds for each \d), "." or ","
    num = _NUMBER.match(text, q, limit) if (head := text[q:q + 1]).isdigit() or head in (".", ",") \
        else None
    if num is not None:
        value = _to_float(num.group())
        if value is None:
            return None
        end = num.end()
    elif cmp is not None and text[q:q + 5].lower() == "twice":  # "more than twice the ULN"
        value, end = 2.0, q + 5
    elif analyte in _TIMED and (worded := _WORD_NUMBER.match(text, q, limit)) is not None:
        digits = worded.group("digits")
        value = float(digits) if digits else float(_WORD_VALUES[worded.group("word").casefold()])
        end = worded.end()
    elif cmp is not None and cmp != "=" and (uln := _BARE_ULN.match(text, q, limit)) is not None:
        # "creatinine ≤ institutional ULN", "PTT no greater than upper limits of normal"
        return _with_condition(text, [(cmp, 1.0, "ULN", q, uln.end(), True)], uln.end(),
                               cond_limit)
    else:
        return None
    values = [value]
    ranged = False
    listed = False
    first_unit = None
    if cmp is None or cmp == "=":
        rng = _RANGE.match(text, end, limit)
        if rng is None and (between or cmp is None):
            # "between 5.7% and 6.4%": a unit after each number
            unit1 = _UNIT.match(text, end, limit)
            if unit1 is not None and unit1.lastgroup in ("pct", "gdl", "gl2", "mgdl", "years",
                                                         "months", "kgm2", "umol"):
                rng = _RANGE.match(text, unit1.end(), limit)
                if rng is not None:
                    first_unit = _UNIT_NAMES.get(unit1.lastgroup)
        if rng is not None and (between or rng.group().strip().lower() not in _BETWEEN_ONLY):
            num2 = _NUMBER.match(text, rng.end(), limit)
            if num2 is not None and (v2 := _to_float(num2.group())) is not None and v2 > value:
                values.append(v2)
                end = num2.end()
                ranged = True
        if not ranged and (between or cmp is None) and \
                (to := _TO_BOUND.match(text, end, limit)) is not None:
            second = _read_one(text, to.end(), limit, analyte, False, cond_limit)
            if second is not None and second[0] and not (
                    analyte == "age" and _TABLE_ROW_AFTER.match(text, second[1]) is not None):
                # (not "Age 1 to < 2 years Male 0.6 Female 0.6 Age 2 to < 6 years ...": the
                # age bands of a table of limits by age)
                upper = second[0]
                return [(">=", value, first_unit or upper[0][2], q, upper[0][4], True),
                        *upper], second[1]
        if not ranged and analyte in _SCORES:
            while True:
                more = _OR_LIST.match(text, end, limit)
                if more is None:
                    break
                num2 = _NUMBER.match(text, more.end(), limit)
                if num2 is None or (v2 := _to_float(num2.group())) is None:
                    break
                values.append(v2)
                end = num2.end()
                listed = True
    if text.startswith((" ×", " x", " t"), end) and _TIMES_BASELINE.match(text, end) is not None:
        return None  # "Serum creatinine 1.5-1.9 × baseline": a change, not a bound
    # A unit may name an analyte ("platelets/mm3"); none starts with punctuation that ends
    # a clause or with a joining word, the commonest things after a value.
    unit_match = None if _no_unit_at(text, end) else _UNIT.match(text, end)
    unit: str | None = None
    if unit_match is not None and unit_match.lastgroup is not None:
        key = unit_match.lastgroup
        if key == "exp" or key == "per":
            key = "sci"
        if unit_match.group("bare"):
            unit = "10^9/L" if unit_match.group("bare") in "9⁹" else "10^3/uL"
        elif unit_match.group("sci"):
            exp = unit_match.group("exp")
            exp = _SCI_EXP.get(exp, exp)
            per = unit_match.group("per").lower()
            unit = f"10^{exp}/L" if per in ("l", "liter", "litre") else f"10^{exp}/uL"
        else:
            unit = _UNIT_NAMES.get(key)
        if key in ("seconds", "years") and analyte not in ("age", "life_expectancy", "pt",
                                                           "aptt") and len(unit_match.group().strip()) <= 1:
            unit = None  # a lone "s" or "y" after a lab value is a word, not a unit
        else:
            end = unit_match.end()
        if cmp is None and key == "uln" and "than" in unit_match.group().lower():
            cmp = ">"  # "Serum creatinine is 2 times higher than the upper limit of normal"
    elif unit_match is None:
        times = _TIMES.match(text, end, limit)
        if times is not None:  # "ALT > 2 folds or ... > 3 folds as high as the ULN"
            unit, end = _PENDING_ULN, times.end()
    if unit is None and first_unit is not None:
        unit = first_unit
    post = _POSTFIX.match(text, end, limit) if cmp is None and not ranged else None
    if post is not None:
        cmp = ">=" if post.group("ge") else "<="
        end = post.end()
    if cmp is None:
        if ranged:
            low, high = values[0], values[-1]
            bounds: list[_Bound] = []
            if not (analyte in _SCORES and low == 0):
                bounds.append((">=", low, first_unit or unit, q, end, True))
            bounds.append(("<=", high, unit, q, end, True))
            return _with_condition(text, bounds, end, cond_limit)
        if listed:
            return _with_condition(text, [("<=", max(values), unit, q, end, True)], end,
                                   cond_limit)
        if analyte in _SCORES and allow_bare and cmp_match is not None:
            return _with_condition(text, [("=", values[0], unit, q, end, True)], end,
                                   cond_limit)
        if default_cmp is not None and (unit == "ULN" or any_unit):
            return _with_condition(text, [(default_cmp, values[0], unit, q, end, True)], end,
                                   cond_limit)
        return None
    if cmp == "=" and listed:
        cmp, values = "<=", [max(values)]
    if cmp == "=" and ranged:
        bounds = []
        if not (analyte in _SCORES and values[0] == 0):
            bounds.append((">=", values[0], first_unit or unit, q, end, True))
        bounds.append(("<=", values[-1], unit, q, end, True))
        return _with_condition(text, bounds, end, cond_limit)
    if literal_eq and unit is None:
        return None
    return _with_condition(text, [(cmp, values[0], unit, q, end, True)], end, cond_limit)


def _no_unit_at(text: str, at: int) -> bool:
    """Can no unit start at ``at`` (after spaces)? A cheap test before the unit regex."""
    size = len(text)
    while at < size and text[at] == " ":
        at += 1
    return at >= size or text[at] in _NO_UNIT_STARTS or text.startswith(_NO_UNIT_WORDS, at)


def _with_condition(text: str, bounds: list[_Bound], end: int,
                    cond_limit: int | None = None) -> tuple[list[_Bound], int]:
    """Extend the bounds' text over a condition after them ("in patients with ...")."""
    if end >= len(text):  # the bound ends the text: nothing after it (the commonest case)
        return bounds, end
    stop = end
    for _ in range(3):  # "(ULN) if no liver metastases", "(males) at screening"
        peek = text[stop:stop + 12].lstrip().lower()
        if not peek.startswith(_CONDITION_STARTS):
            break
        cond = _CONDITION.match(text, stop)
        if cond is not None and cond_limit is not None and cond.end() > cond_limit and \
                _BOUND_SIGN.search(text, cond_limit, cond.end()) is not None:
            # another analyte with its own bound inside: "≥ 50 for patients who are ≤ 16
            # years old and Karnofsky ≥ 50% ...", "(except Gilbert's, total bilirubin ≤ 3)"
            cond = _CONDITION.match(text, stop, cond_limit)
            if cond is not None and text.count("(", stop, cond.end()) > \
                    text.count(")", stop, cond.end()):
                break
        if cond is None or cond.end() <= stop:
            break
        stop = cond.end()
        if cond_limit is not None and stop == cond_limit:  # "... years old and Karnofsky"
            stop = end + len(_TRAILING_JOIN.sub("", text[end:stop]))
    if stop > end:
        bounds = [(c, v, u, s, stop, p) for c, v, u, s, _e, p in bounds]
        end = stop
    return bounds, end


# "2 times" or "3 folds" with the ULN named only later in the criterion.
# "(for patients >12 years of age)": the age says to whom the bounds around it apply
# "onset age", "women of childbearing age", "gestational age > 37 weeks": not the
# participant's age in years
_NOT_AN_AGE_BEFORE = ("onset ", "childbearing ", "child-bearing ", "child bearing ",
                      "reproductive ", "gestational ", "fertile ", "bone ")
_REQUIRED_FOR = re.compile(
    r"(?=[rn])\b(?:required|needed|necessary)\s+(?:only\s+)?(?:for|in)\s+(?:patients?|subjects?|"
    r"participants?|those|individuals?|women|men)\s+(?:with|who\s+have|whose)\s+$", re.IGNORECASE)
_APPLICABLE_PAREN = re.compile(r"\(\s*(?:only\s+)?(?:applicable|applies|apply)\s+(?:only\s+)?"
                               r"(?:to|for)\b[^()]{0,90}$", re.IGNORECASE)
_SCOPING_PAREN = re.compile(r"\(\s*(?:for|if|in)\s+(?:patients?|participants?|subjects?|children|"
                            r"those)\s+[^()]{0,40}$", re.IGNORECASE)
_TABLE_ROW_AFTER = re.compile(r"\s+(?:(?:Male|Female|M|F)\s+)?\d", re.IGNORECASE)
_TIMES_BASELINE = re.compile(r"\s*(?:[x×]|times)\s*(?:the\s+)?baseline\b", re.IGNORECASE)
_BARE_ULN = re.compile(r"(?:the\s+)?(?:institutional\s+|local\s+)?(?:(?-i:I?ULN)\b|upper\s+"
                       r"limits?\s+of\s+(?:the\s+)?(?:institutional\s+)?normal(?:\s+\((?-i:I?ULN)\))?)"
                       r"(?!\s*\+)",  # "PT > ULN + 4 seconds" is no multiple of the ULN
                       re.IGNORECASE)
_TO_BOUND = re.compile(r"\s*(?:over\s+)?(?:to|and|-|–)\s+(?=(?:less|lower|below|under|<|≤|up\s+to)\b|[<≤])",
                       re.IGNORECASE)
_TIMES = re.compile(r"\s*(?:times|-?folds?)(?![\w-])", re.IGNORECASE)
_PENDING_ULN = "ULN?"
_ULN_LATER = re.compile(r"(?=[tilnum])(?:" + _ULN + r"|maximal\s+normal|normal\s+(?:range|values?|limits?))",
                        re.IGNORECASE)
# "ALT, AST greater than 2 times or Total Bilirubin 1.5 times the ULN": one comparator
_SHARED_CMP = re.compile(r"\s*(?:[,;]\s*)?(?:or|and)\s*$", re.IGNORECASE)
_NO_UNIT_STARTS = frozenset(",;)](")
_NO_UNIT_WORDS = ("and ", "or ", "in ", "for ", "if ", "at ", "on ", "with ", "within ", "is ",
                  "are ", "be ", "unless ", "except ", "and/or ", "AND ", "OR ")
_BOUND_SIGN = re.compile(r"[≤≥<>\d]")
# A comparator in words right before the analyte, its value after it.
_WORD_CMP_BEFORE = re.compile(r"(?=[maoub])(?:(?P<ge>minimum|at\s+least)|(?P<le>maximum|at\s+most)|"
                              r"(?P<gt>over|above)|(?P<lt>under|below))\s+(?:the\s+)?$",
                              re.IGNORECASE)
_WORD_CMP = {"ge": ">=", "le": "<=", "gt": ">", "lt": "<"}
_WORD_CMP_ENDS = ("minimum", "least", "maximum", "most", "over", "above", "under", "below", "the")
_TRAILING_JOIN = re.compile(r"(?:\s*,)?\s+(?:and|or)\s*$|[\s,;]+$", re.IGNORECASE)


def _read_age(text: str, pos: int, limit: int, between: bool = False) -> list[_Bound]:
    bounds = _read_bounds(text, pos, limit, "age", None, between)
    good = [b for b in bounds if b[2] in (None, "years", "months", "weeks", "days")]
    return good


_DIGIT = re.compile(r"\d")
_VALUE_REACH = 150  # the most characters between an analyte and its value (gap, words)


def _prefix_bound(text: str, start: int, after: int, analyte: str) -> list[_Bound]:
    """A bound written before the analyte: "Less than 3 months of life expectancy",
    "with <5 WBC per μL". Only a symbol counts before a lab name (words before one are
    usually counts: "more than 2 platelet transfusions")."""
    window_start = max(0, start - 40)
    if (_DIGIT.search(text, window_start, start) if analyte == "life_expectancy"
            else _SYMBOL.search(text, window_start, start)) is None:
        return []  # _PREFIX needs a number, and before a lab name a symbol
    m = _PREFIX.search(text, window_start, start)
    if m is None or (analyte != "life_expectancy" and m.group("cmp")[0] not in _SYMBOLS):
        return []
    value = _to_float(m.group("v"))
    cmp = _age_cmp(m.group("cmp"))
    if value is None or cmp is None:
        return []
    end = after
    unit = _UNIT_NAMES.get(_unit_key(m.group("unit") or "")) if m.group("unit") else None
    if unit is None:
        unit_match = _UNIT.match(text, after)
        if unit_match is not None and unit_match.lastgroup in ("ul", "gl", "kul", "pct"):
            unit, end = _UNIT_NAMES[unit_match.lastgroup], unit_match.end()
    return [(cmp, value, unit, m.start(), end, True)]


def _not_an_age_limit(text: str, start: int, end: int) -> bool:
    """Is the age at ``start:end`` one of a schedule or of someone else ("MMR vaccine
    scheduled at 4 to 6 years of age", "sudden death under 40 years of age in first degree
    relatives")?"""
    return _schedule_before(text, start) or _NOT_AGE_AFTER.match(text, end) is not None


def _schedule_before(text: str, start: int) -> bool:
    """Does a schedule word with its preposition end just before ``start``?"""
    return text[max(0, start - 12):start].rstrip().lower().endswith(_NOT_AGE_LAST_WORDS) and \
        _NOT_AGE_BEFORE.search(text, max(0, start - 45), start) is not None


def _scoping_age(text: str, start: int) -> bool:
    """An age that says to whom the item applies, or someone else's age: "(only applicable
    to subjects age 11 and older)", "For subjects age between 2 and 5:", "donor aged 18".
    Every spelling ends in white space, so an age at the start or after "(" is tested free."""
    if start == 0 or not text[start - 1].isspace():
        return False
    window = text[max(0, start - 40):start].lower()
    if window.isascii() and not any(word in window for word in _SCOPE_WORDS):
        return False  # every spelling holds one of these words
    return _SCOPE_BEFORE.search(text, max(0, start - 40), start) is not None


def _for_before(text: str, start: int) -> bool:
    """"for ≥12 and < 16 years of age": the age says which scale applies."""
    return "for" in text[max(0, start - 40):start].lower() and \
        _FOR_BEFORE.search(text, max(0, start - 40), start) is not None


def _age_pairs(text: str, taken: list[tuple[int, int]]) -> list[Threshold]:
    """"(≥ 42 days and ≤ 89 days) of age", "less then 6, and older then 18 years old"."""
    found: list[Threshold] = []
    for m in _AGE_PAIR.finditer(text):
        lead = _PAIR_LEAD.search(text, max(0, m.start() - 16), m.start())
        if lead is None:
            continue
        begin = lead.start()
        if any(begin < e and m.end() > s for s, e in taken):
            continue
        if _not_an_age_limit(text, begin, m.end()) or _for_before(text, begin):
            taken.append((begin, m.end()))  # neither bound is an age limit
            continue
        unit = _UNIT_NAMES.get(_unit_key(m.group("unit2"))) or "years"
        unit1 = _UNIT_NAMES.get(_unit_key(m.group("unit1") or "")) or unit
        v1, v2 = _to_float(m.group("v1")), _to_float(m.group("v2"))
        cmp1, cmp2 = _age_cmp(lead.group().strip()), _age_cmp(m.group("cmp2"))
        if v1 is None or v2 is None or cmp1 is None or cmp2 is None:
            continue
        span = text[begin:m.end()].strip()
        found.append(_threshold("age", cmp1, v1, unit1, span))
        found.append(_threshold("age", cmp2, v2, unit, span))
        taken.append((begin, m.end()))
    return found


def _age_cmp(word: str) -> str | None:
    word = " ".join(word.lower().split())
    if word in _AGE_CMP_SYMBOLS:
        return _AGE_CMP_SYMBOLS[word]
    if word.startswith("at least"):
        return ">="
    if word.startswith(("older", "greater", "more", "over", "above")):
        return ">"
    if word.startswith(("younger", "less", "under", "below")):
        return "<"
    return None


def _digit_outside(text: str, taken: list[tuple[int, int]]) -> bool:
    """Is a digit left outside the bounds already read? Every loose age holds one, and one
    that overlaps a bound read is dropped, so without such a digit there is none."""
    at = 0
    for start, end in sorted(taken):
        if start > at and _DIGIT.search(text, at, start) is not None:
            return True
        at = max(at, end)
    return _DIGIT.search(text, at) is not None


def _may_state_age(lowered: str) -> bool:
    """Can the text hold an age without the word "age" before it? Every such age names a
    time unit and says "of age", "old", "older" or "younger"; tested at C speed."""
    return ("of age" in lowered or " old" in lowered or "older" in lowered or
            "younger" in lowered) and ("year" in lowered or "yr" in lowered or
                                       "month" in lowered or "week" in lowered or
                                       "day" in lowered)


def _loose_ages(text: str, lowered: str, taken: list[tuple[int, int]]) -> list[Threshold]:
    """Ages stated without the word "age" before them: "18 years of age or older"."""
    hinted = _PAIR_HINT_LOWER.search(lowered) if text.isascii() else _PAIR_HINT.search(text)
    found: list[Threshold] = _age_pairs(text, taken) if hinted else []
    for m in _AGE_CORE.finditer(text):
        post_text = (m.group("post") or "").lower()
        if not (m.group("ofage") or "older" in post_text or "younger" in post_text):
            continue
        window = text[max(0, m.start() - 25):m.start()].lower()
        lead = _AGE_LEAD.search(text, max(0, m.start() - 25), m.start()) \
            if any(word in window for word in _AGE_LEAD_WORDS) else None
        begin = lead.start() if lead is not None and lead.group() else m.start()
        if any(begin < e and m.end() > s for s, e in taken):
            continue
        if _not_an_age_limit(text, m.start(), m.end()) or _for_before(text, begin):
            continue
        unit = _UNIT_NAMES.get(_unit_key(m.group("unit")) or "years") or "years"
        v = _to_float(m.group("v"))
        if v is None:
            continue
        span = text[begin:m.end()].strip()
        cmp_text = ((lead.group("cmp") if lead is not None else None) or "").lower()
        post = (m.group("post") or "").lower()
        if m.group("v2"):
            v2 = _to_float(m.group("v2"))
            if v2 is not None and v2 > v:
                found.append(_threshold("age", ">=", v, unit, span))
                found.append(_threshold("age", "<=", v2, unit, span))
            continue
        if cmp_text:
            cmp = {"≥": ">=", ">=": ">=", ">": ">", "≤": "<=", "<=": "<=", "<": "<",
                   "over": ">", "above": ">", "under": "<"}.get(cmp_text)
            if cmp is None:
                if cmp_text.startswith(("at least",)):
                    cmp = ">="
                elif cmp_text.startswith(("older", "greater")):
                    cmp = ">"
                else:
                    cmp = "<"
        elif "older" in post or "over" in post or "above" in post or "more" in post \
                or "up" in post or "greater" in post:
            cmp = ">="
        elif post:
            cmp = "<="
        else:
            continue
        found.append(_threshold("age", cmp, v, unit, span))
    return found


# "Healthy male adult 19 to 45 years", "Patients must be ≥18 years", a criterion that is only
# "≥18 years.": an age without the word "age", said of the participant. Read only where the
# bound follows a word for the participants (or opens the criterion) and names years, and
# not where it is a duration ("At least 5 years since prior chemotherapy", "women ≥ 2 years
# postmenopausal") or scopes the item ("for children 3-<5 years").
_PERSON_WORD = (r"(?<![\w-])(?:patients?|adults?|subjects?|participants?|volunteers?|"
                r"individuals?|people|persons?|men|women|males?|females?|children|"
                r"adolescents?|boys|girls)\b")
_PERSON_BOUND = (
    r"\s*[,(:]?\s*(?:(?:must|should|will|shall)\s+be\s+|who\s+are\s+|are\s+|is\s+|aged?\s+|"
    r"aging\s+|being\s+)?(?=[≥>≤<\d]|between\b|from\b|at\s+least\b|over\b|under\b|"
    r"(?:older|younger|greater|less|more)\s+th[ae]n\b)")
_PERSON_AGE = re.compile(r"(?:^|" + _PERSON_WORD + r")" + _PERSON_BOUND, re.IGNORECASE)
# The same past the text's start (where "^" cannot match), opening on a test of the words'
# first letters: a search fails each position in one step (0.75x the time of _PERSON_AGE's).
_PERSON_AGE_PAST_START = re.compile(r"(?=[pasivmwfcbg])" + _PERSON_WORD + _PERSON_BOUND,
                                    re.IGNORECASE)
# A part of every word _PERSON_AGE names the participants with (lower case).
_PERSON_WORDS = ("patient", "adult", "subject", "participant", "volunteer", "individual",
                 "people", "person", "men", "male", "child", "adolescent", "boy", "girl")
_YEARS_AFTER_NUMBER = re.compile(r"\d\s*-?\s*(?:years?|yrs?)\b", re.IGNORECASE)
_PERSON_REACH = 60
_PERSON_SCOPED = re.compile(r"(?=[fiaowt])\b(?:for|in|among|of|with|to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_NOT_PERSON_AGE_AFTER = re.compile(
    r"[\s-]*(?:since|ago|history|before|after|prior|from|post|of\s+(?!age)|without|duration|"
    r"follow|elapsed|interval|in\s+remission|disease|free|previously|earlier)", re.IGNORECASE)
_AGE_SUFFIX = re.compile(r"\s*(?:of\s+age|old)\b(?:\s+or\s+(?:older|more|above))?", re.IGNORECASE)
_OPENING_AGE_END = re.compile(
    r"[\s-]*(?:$|[.,;)]|inclusive|\(inclusive|(?:male|female|men|women)\b|at\s+(?:the\s+)?time|"
    r"old|of\s+age|age\b)", re.IGNORECASE)


def _person_ages(text: str, lowered: str, taken: list[tuple[int, int]]) -> list[Threshold]:
    found: list[Threshold] = []
    # without a word for the participants only an age that opens the text can be read;
    # whether the text has one is asked only of a number of years past the opening reach
    # (most texts have no number of years at all: the word test cost ~5 us a text)
    persons: bool | None = None
    for years in _YEARS_AFTER_NUMBER.finditer(text):
        # the participants' word and the bound stand just before the number of years
        begin = max(0, years.start() - _PERSON_REACH)
        if begin > 0:
            if persons is None:
                persons = not lowered.isascii() or any(word in lowered for word in _PERSON_WORDS)
            if not persons:
                break
        # _PERSON_AGE.search(text, begin, years.start() + 1), in two steps: its "^" can
        # only match at 0, where the whole pattern is tried first
        m = _PERSON_AGE.match(text, 0, years.start() + 1) if begin == 0 else None
        if m is None:
            m = _PERSON_AGE_PAST_START.search(text, begin, years.start() + 1)
        if m is None:
            continue
        if any(s <= m.end() < e for s, e in taken):
            continue
        opening = m.start() == 0 and not text[:1].isalpha() or \
            not text[m.start():m.end()].strip(" ,(:").strip()
        if not opening and _PERSON_SCOPED.search(text, max(0, m.start() - 30), m.start()):
            continue
        bounds = _read_age(text, m.end(), len(text))
        if not bounds or any(b[2] is None for b in bounds) or \
                not all(b[2] in ("years", "months") for b in bounds):
            continue
        end = max(b[4] for b in bounds)
        if _NOT_PERSON_AGE_AFTER.match(text, end) is not None:
            continue
        if opening and _OPENING_AGE_END.match(text, end) is None:
            continue
        suffix = _AGE_SUFFIX.match(text, end)
        if _NOT_AGE_AFTER.match(text, suffix.end() if suffix else end) is not None:
            continue  # "Less than 50 years of age at the time of migraine onset"
        span = text[m.end():end].strip()
        found.extend(_threshold("age", c, v, u, span) for c, v, u, _s, _e, _p in bounds)
        taken.append((m.end(), end))
        break
    return found


# A bound further on in the clause, past words the gap does not know ("QTc interval
# obtained from a 12 lead electrocardiogram examination is>480 ms", "expected to survive
# for at least 12 weeks"): read only when its unit is one of the analyte's own, named.
_DISTANT_UNITS: dict[str, frozenset[str]] = {
    "life_expectancy": frozenset({"years", "months", "weeks", "days"}),
    "qtc": frozenset({"ms"}),
    "lvef": frozenset({"%"}),
    "creatinine_clearance": frozenset({"mL/min", "mL/min/1.73m2"}),
    "egfr": frozenset({"mL/min", "mL/min/1.73m2"}),
}
_DISTANT_REACH = 100
_DISTANT_CMP = re.compile(
    r"(?=[≥≤<>lmgfsan])(?:[≥≤<>]|(?:(?:less|more|greater|fewer|longer|shorter)\s+th[ae]n|at\s+least|at\s+most|"
    r"no\s+(?:less|more|greater|fewer)\s+than|not\s+(?:less|more|greater|fewer)\s+than)\b)",
    re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;\n]|\.(?:\s|$)")


def _distant_bound(text: str, after: int, limit: int, analyte: str) -> list[_Bound]:
    stop = min(limit, after + _DISTANT_REACH)
    clause_end = _CLAUSE_END.search(text, after, stop)
    if clause_end is not None:
        stop = clause_end.start()
    m = _DISTANT_CMP.search(text, after, stop)
    if m is None:
        return []
    between = text[after:m.start()].lower()
    if any(stem in between for stem in _DECLINE_STEMS):
        return []  # "eGFR (CKD-EPI) decline ≥3.0 ml/min/1.73 m2/year": a change
    bounds = _read_bounds(text, m.start(), limit, analyte)
    units = _DISTANT_UNITS[analyte]
    if not bounds or not all(b[2] in units for b in bounds):
        return []
    return bounds
