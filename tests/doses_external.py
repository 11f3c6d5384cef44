"""Blind dose phrases from records OUTSIDE ../shared/corpus (issue 5): holdouts 9-24.

Every phrase is copied verbatim from a public record held in a GitHub repository the corpus
does not draw on; the source tag names it: "ext:<owner>/<repo>:NCT...:<field>" (field = arm,
intervention, brief_summary, detailed_description). The field texts are in
``tests/data/external_fields.json`` (arm and intervention keys add ":<label or name>"), each
record's repository, path and commit in ``tests/data/external_provenance.json``, and the names
the record gives its interventions (what ``enrich`` passes the reader) in
``tests/data/external_context.json``. Each set was labelled by a helper who never imported or
ran trialnorm, and scored once, blind, before any change it prompted:

- ``HOLDOUT9`` (API v2 records: MCP-server fixtures, a pancreatic-cancer query, apps' test data;
  32 phrases, 18 of them with no dose). First run: 26/32 exact on amount, unit and agent with
  the record's names (81.2%), 28/32 on amount and unit.
- ``HOLDOUT10`` (API v1 and legacy XML records of several repositories, and 2014 legacy JSON;
  50 phrases). First run: 37/50 exact with names (74.0%; 36/50 without), 41/50 on amount and
  unit. Two of its labels keep only a drug's amount where the phrase also gives its volume
  ("1 mL neostigmine (0.5 mg)"), as the labeller's brief wrongly said; the table keeps both
  (see ROWS, "0.5ml (25 micrograms) of Fentanyl"), so those two rows follow the table here; the
  first-run figures above count them as misses, and by the table's convention one of them was
  read right (38/50 with names).
- ``HOLDOUT11`` and ``HOLDOUT12`` (AllPublicXML, July 2020, repository jkvoulgaridis/appathonNTUA:
  drug and biological trials registered 2009-2016 and 2017-2020; records picked by a rule fixed
  before reading). Scored once after every change above: HOLDOUT11 50/59 exact with names
  (84.7%; 46/59 without), HOLDOUT12 34/42 (81.0%; 33/42 without); amount and unit 93/101
  (92.1%); 22/23 phrases with no dose read as none.

- ``HOLDOUT13`` and ``HOLDOUT14`` (the same download, other folders: 2009-2016 and 2017-2020),
  labelled while the fixes prompted by 9-12 were made, each scored once before the fixes it
  prompted: HOLDOUT13 48/54 exact (88.9%, with or without names), HOLDOUT14 43/60 with names
  (71.7%; 40/60 without), amount and unit 100/114. Five of HOLDOUT14's misses list an amount
  given again on another schedule twice, where the reader (and the table) list it once.
- ``HOLDOUT15`` and ``HOLDOUT16`` (the same download, folders not used before: 2010-2016 and
  2017-2018), labelled in a later session and scored once before the fixes they prompted:
  HOLDOUT15 47/69 exact (68.1%, with or without names), HOLDOUT16 46/61 with names (75.4%;
  45/61 without); amount and unit 115/130 (88.5%); 19/21 phrases with no dose read as none.
- ``HOLDOUT17`` (the same download, 1999-2008 registrations), labelled at the same time and
  scored once, after some of the fixes prompted by 15 and 16 (it read the same at the last
  commit before them): 56/67 exact (83.6%, with or without names), amount and unit 65/67
  (97.0%), 8/8 phrases with no dose read as none.
- ``HOLDOUT18`` to ``HOLDOUT21`` (the same download, folders not used before: 2003-2010,
  2010-2013, 2013-2015 and 2015-2018), labelled by four helpers at once and each scored once
  when it came in, before the fixes it prompted (with the record's names): HOLDOUT18 47/61
  (77.0%), HOLDOUT19 54/69 (78.3%), HOLDOUT20 45/61 (73.8%), HOLDOUT21 38/47 (80.9%); amount
  and unit 224/238 (94.1%); 44/47 phrases with no dose read as none. Most misses are the
  agent: the name the labeller took against the one the reader took.
- ``HOLDOUT22`` to ``HOLDOUT24`` (the same download, folders not used before), labelled while
  the fixes of 18-21 were made and each scored once when it came in: HOLDOUT22 37/53 (69.8%),
  HOLDOUT23 44/52 (84.6%), HOLDOUT24 42/55 (76.4%); amount and unit 151/160 (94.4%); 39/40
  phrases with no dose read as none.
- ``HOLDOUT27`` to ``HOLDOUT30`` (the same download, folders NCT01x1 to NCT03x1 not used before,
  1999-2018 registrations), labelled by four helpers at once in the next session and each scored
  once when it came in, before any fix they prompted (commit 6c750ef, with the record's names;
  without them 55, 48, 44, 46): HOLDOUT27 55/62 (88.7%), HOLDOUT28 48/66 (72.7%), HOLDOUT29 46/58
  (79.3%), HOLDOUT30 49/60 (81.7%), together 198/246 (80.5%); amount and unit 226/246 (91.9%);
  54/55 phrases with no dose read as none.
- ``HOLDOUT31`` to ``HOLDOUT34`` (the same download, folders NCT01x2 to NCT04x2 not used before),
  labelled by four more helpers while the fixes of 27-30 were made, and each scored once when it
  came in, at commit 8774351 (after those fixes; with the record's names, without them 50, 52,
  50, 48): HOLDOUT31 50/61 (82.0%), HOLDOUT32 53/66 (80.3%), HOLDOUT33 52/65 (80.0%), HOLDOUT34
  47/61 (77.0%), together 202/253 (79.8%); amount and unit 227/253 (89.7%); 63/67 phrases with no
  dose read as none. The fixes of one round did not raise the next round's first score.
- ``HOLDOUT35`` and ``HOLDOUT36`` (folders NCT01x8 and NCT01x9 to NCT02x9), labelled while the fixes
  of 31-34 and a review's were made, scored once at commit c1a34b5 (with the record's names;
  without them 49 and 52): HOLDOUT35 50/60 (83.3%), HOLDOUT36 52/56 (92.9%), together 102/116
  (87.9%); amount and unit 108/116 (93.1%); 25/25 phrases with no dose read as none.
- ``HOLDOUT37`` to ``HOLDOUT40`` (folders NCT01x3, NCT01x7, NCT03x3/NCT04x3 and NCT03x7/NCT04x7 not
  used before), labelled by four helpers at once in the next session and each scored once at
  commit ad31be5, before any fix they prompted (with the record's names; without them 58, 56, 41,
  47): HOLDOUT37 56/67 (83.6%), HOLDOUT38 58/68 (85.3%), HOLDOUT39 40/49 (81.6%), HOLDOUT40 48/65
  (73.8%), together 202/249 (81.1%); amount and unit 229/249 (92.0%); 56/58 phrases with no dose
  read as none.
- ``HOLDOUT41`` to ``HOLDOUT44`` (folders NCT01x3/NCT02x3 and NCT01x7/NCT02x7 not used before),
  labelled by four helpers while 37-40's fixes and a review's were made, each scored once at
  commit 05744fc (after those fixes; with the record's names, without them 48, 46, 49, 46):
  HOLDOUT41 50/63 (79.4%), HOLDOUT42 49/63 (77.8%), HOLDOUT43 50/64 (78.1%), HOLDOUT44 48/63
  (76.2%), together 197/253 (77.9%); amount and unit 226/253 (89.3%); 56/56 phrases with no dose
  read as none. Again the previous round's fixes did not raise the next round's first score.
- ``HOLDOUT45`` and ``HOLDOUT46`` (folders NCT01x4/NCT02x4 and NCT01x6/NCT02x6 not used before),
  labelled while 41-44's fixes were made, each scored once at commit f86b5c0 (after them; with
  the record's names, the same without): HOLDOUT45 51/65 (78.5%), HOLDOUT46 50/62 (80.6%),
  together 101/127 (79.5%); amount and unit 113/127 (89.0%); 22/23 phrases with no dose read as
  none.
- ``HOLDOUT47`` to ``HOLDOUT50`` (folders NCT01x8/NCT02x8, NCT01x9/NCT02x9, NCT01x2/NCT02x2 and
  NCT01x4/NCT01x6/NCT02x4/NCT02x6 not used before), labelled by four helpers in a third session,
  each scored once at its start, commit 3e83765 (with the record's names; without them 48, 49, 54,
  49): HOLDOUT47 48/65 (73.8%), HOLDOUT48 47/61 (77.0%), HOLDOUT49 55/65 (84.6%), HOLDOUT50
  52/66 (78.8%), together 202/257 (78.6%); amount and unit 238/257 (92.6%); 51/53 phrases with no
  dose read as none.
- ``HOLDOUT51`` to ``HOLDOUT54`` (folders NCT01x8/NCT02x8, NCT01x9/NCT02x9, NCT01x2/NCT02x2 and
  NCT01x4/NCT01x6/NCT02x4/NCT02x6/NCT03x4/NCT03x6, none used before), labelled while 47-50's
  fixes were made, each scored once at commit 716bab9 (after them; with the record's names,
  without them 45, 56, 50, 58): HOLDOUT51 45/71 (63.4%), HOLDOUT52 59/67 (88.1%), HOLDOUT53 54/68
  (79.4%), HOLDOUT54 58/68 (85.3%), together 216/274 (78.8%); amount and unit 248/274 (90.5%);
  46/49 phrases with no dose read as none. At the session's start commit the same sets scored
  211/274 (77.0%): the session's fixes raised this blind round by 5 phrases.
- ``HOLDOUT55`` and ``HOLDOUT56`` (folders NCT03x8 and NCT03x9, none used before), labelled while
  51-54's fixes were made, each scored once at commit c5a17de (after them; with the record's
  names, without them 51 and 50): HOLDOUT55 52/64 (81.2%), HOLDOUT56 50/55 (90.9%), together
  102/119 (85.7%); amount and unit 112/119 (94.1%); 22/23 phrases with no dose read as none
  (101/119 at the session's start commit, and at 3cb2a5a after a review's fixes).
- ``HOLDOUT57`` and ``HOLDOUT58`` (folders NCT0368/0378/0388/0398/0408/0418 and
  NCT0369/0379/0389/0399/0409/0419, none used before; each labeller's 110 look-ups found only
  13 and 21 records that state an amount), each scored once at commit 0629b58, before any
  change of that session (with the record's names; the same without): HOLDOUT57 23/36
  (63.9%), HOLDOUT58 43/56 (76.8%), together 66/92 (71.7%); amount and unit 79/92 (85.9%);
  24/25 phrases with no dose read as none.
- ``HOLDOUT59`` to ``HOLDOUT61`` (folders NCT0312/0324/0336/0352/0364/0376,
  NCT0314/0326/0344/0354/0366/0381 and NCT0316/0334/0346/0356/0371/0384, none used before),
  labelled while 57-58's fixes were made, each scored once at commit 74a54e6 (after them; with
  the record's names, without them 47, 51, 43): HOLDOUT59 51/57 (89.5%), HOLDOUT60 51/56
  (91.1%), HOLDOUT61 44/51 (86.3%), together 146/164 (89.0%); amount and unit 159/164 (97.0%);
  36/38 phrases with no dose read as none. The same at the session's start commit 0629b58.
- ``HOLDOUT62`` to ``HOLDOUT64`` (folders NCT0331/0351/0367/0374/0386/0387,
  NCT0391/0393/0394/0395/0396/0401 and NCT0404/0406/0407/0411/0414/0416, none used before),
  labelled while 59-61 joined the tables, each scored once at commit 5db1bf2 (with the
  record's names; without them 35, 28, 47): HOLDOUT62 37/52 (71.2%), HOLDOUT63 28/38 (73.7%),
  HOLDOUT64 48/56 (85.7%), together 113/146 (77.4%); amount and unit 131/146 (89.7%); 29/32
  phrases with no dose read as none. The same at the session's start commit 0629b58.
- ``HOLDOUT65`` to ``HOLDOUT67`` (folders NCT0421-0426, NCT0428/0429/0431-0434, none used
  before, and the old folders NCT0008/0018/0028/0038/0048/0058: records of 1999-2008), each
  scored once at the session's start commit 923d346 (with the record's names; without them
  21, 37, 48): HOLDOUT65 22/28 (78.6%), HOLDOUT66 40/44 (90.9%), HOLDOUT67 49/62 (79.0%),
  together 111/134 (82.8%); amount and unit 121/134 (90.3%); 25/26 phrases with no dose read
  as none. The same after the drug-name fallback of 9ea5424, scored before the phrases were
  read. Only 13, 15 and 25 of the 96, 98 and 87 records read qualified, so the sets are small.
- ``HOLDOUT68`` to ``HOLDOUT70`` (folders NCT0435/0436/0438-0441, NCT0136/0214/0216/0244/0253/
  0272 and the 2008-2009 folders NCT0068/0078/0088/0098), labelled while 65-67 joined the
  tables, each scored once at commit 57648ca (with the record's names; without them 35, 55,
  45): HOLDOUT68 36/45 (80.0%), HOLDOUT69 61/67 (91.0%), HOLDOUT70 45/60 (75.0%), together
  142/172 (82.6%); amount and unit 154/172 (89.5%); 35/36 phrases with no dose read as none.
  The same at the session's start commit 923d346 (without the names 35, 54, 45).

How far apart two people are: HOLDOUT51 to HOLDOUT70 were labelled a second time by helpers
who saw neither the first labels nor the reader (tests/data/second_labels.json, 1,101 phrases;
``scripts/label_agreement.py`` compares them). The two labels agree exactly on 764 (96.1%), on
amount and unit on 785 (98.7%). On 51-56 they agree on 371 of 393 (94.4%): 12 of the 22
differences are arm texts that name no drug, to which those second labellers (so asked by
their brief) gave the record's drug where the tables give none; on 57-64, whose brief kept the
tables' convention, on 393 of 402 (97.8%). The reader as first scored (each set at its commit
above) agreed with the first labels on 643 of the 795 (80.9%), and on 632 of the 764 phrases
both labels agree on (82.7%): its misses are its own, not the labels' split conventions.
Round 13 (65-67, 134 phrases) adds the same picture: the labels agree on 126 (94.0%; amount
and unit 129), the reader as first scored on 111 with the first labels and 108 of the 126
both agree on (85.7%). Round 14 (68-70, 172 phrases): the labels agree on 163 (94.8%), the
reader as first scored on 142 with the first labels and 141 of the 163 both agree on (86.5%).
Over all 1,101: the labels agree on 1,053 (95.6%), amount and unit 1,079 (98.0%).

Misses that remain are strict xfail rows (the note says what the reader gets wrong; a note
starting with WITHOUT_CONTEXT is a miss only of the phrase read alone, WITH_CONTEXT only with
the record's names). Later fixes are tuning: ``bench_doses.py --score`` prints today's rates.
"""

from __future__ import annotations

from doses_table import WITH_CONTEXT, WITHOUT_CONTEXT, D, Row

R = range

_PP = "ext:PancrePal-xiaoyibao/xiaoyibao-clinical-trials-mcp-server"
_CY = "ext:cyanheads/clinicaltrialsgov-mcp-server"
_GR = "ext:gowthamrao/py_load_clinicaltrialsgov"
_SK = "ext:ssumitk14/clinical-trials-copilot"
_NJ = "ext:Nick-Joseph/capybara"
_OI = "ext:outbreak-info/clinical_trials"
_TM = "ext:tmeehan622/cTrials"
_CV = "ext:danieltott/cvshope"
_AA = "ext:ctti-clinicaltrials/aact"
_FP = "ext:fabianvf/ClinicalTrialsParser"
_BN = "ext:bearnd/ct-ingester"
_AP = "ext:jkvoulgaridis/appathonNTUA"
_T = "ext:jkvoulgaridis/appathonNTUA:"


HOLDOUT9: list[Row] = [
    # ------------------------------------------------ PancrePal-xiaoyibao (KRAS / pancreatic query)
    ("schedules", f"{_PP}:NCT03745326:intervention",
     "Days -7 and -6: Cyclophosphamide 60 mg/kg/day x 2 days IV in 250 mL D5W infused simultaneously with mesna 15 mg/kg/day over 1 hour x 2 days.",
     "Cyclophosphamide",
     [D(60, "mg/kg/day", "Cyclophosphamide", days=[-7, -6]), D(15, "mg/kg/day", "mesna")], None),
    ("schedules", f"{_PP}:NCT03745326:intervention",
     "Days -7 to -3: Fludarabine 25 mg/m\\^2/day IVPB daily over 30 minutes for 5 days.",
     "Fludarabine",
     [D(25, "mg/m2/day", "Fludarabine", days=R(-7, -2))], None),
    ("units", f"{_PP}:NCT03745326:intervention",
     "Aldesleukin 720,000 IU/kg IV (based on total body weight) over 15 minutes approximately every 8 hours beginning within 24 hours of cell infusion and continuing for up to 3 days (maximum 9 doses).",
     "Aldesleukin",
     [D(720000, "IU/kg", "Aldesleukin")], None),
    ("non-doses", f"{_PP}:NCT05052671:detailed_description",
     "The study itself will include the patient's regular treatment for pancreatic cancer which may include 4 to 6 months of chemotherapy, chemo-radiation, surgery to remove pancreatic cancer, 24 weeks of post operative ctDNA surveillance and follow up for 2 years.",
     None, [], None),
    ("scientific", f"{_PP}:NCT05438667:arm",
     "Within 3-5 days after pretreatment, subjects will receive a single TCR-T infusion with an infusion dose of about 1 × 10⁹～1 × 10¹⁰.",
     None,
     [D((1e9, 1e10), "cells")], None),
    ("ranges", f"{_PP}:NCT05438667:intervention",
     "1. Cyclophosphamide: 300-450mg/m², dissolved in 100ml 0.9% sodium chloride saline, intravenous drip for 60minutes, and 0.4g Mesna injected at 0hour, 4hours and 8 hours after cyclophosphamide,4days and 5 days before TCR-T cell infusion.",
     "TCR-T therapy",
     [D((300, 450), "mg/m2", "Cyclophosphamide"), D(0.4, "g", "Mesna")], None),
    ("units", f"{_PP}:NCT05438667:intervention",
     "3.Once every 12 hours within 24 hours after TCR-T cell infusion, recombinant human interleukin-2 (injection unit: 500000 units /m², once every 12 hours, subcutaneous injection) will be injected intravenously for 5 days (10 times in total).",
     "TCR-T therapy",
     [D(500000, "U/m2", "recombinant human interleukin-2")], None),
    ("amounts", f"{_PP}:NCT06008288:intervention",
     "800mg, orally QD with 21 days each cycle, treatment till disease progression or intolerable toxicity or withdraw for other reasons",
     "JAB-21822",
     [D(800, "mg", "JAB-21822")], None),
    ("scientific", f"{_PP}:NCT06898385:detailed_description",
     "a single dose of the study drug will be administered at the dose levels of 3 × 10\\^9 ± 30% cells and 1 × 10\\^10 ± 30% cells.",
     None,
     [D(3e9, "cells"), D(1e10, "cells")], None),
    ("non-doses", f"{_PP}:NCT06898385:detailed_description",
     "A total of 9-12 evaluable patients are planned to be recruited.",
     None, [], None),
    ("non-doses", f"{_PP}:NCT05786924:brief_summary",
     "All patients will self-administer S241656 orally in 28-day cycles until disease progression, toxicity, withdrawal of consent, or termination of the study.",
     None, [], None),
    ("amounts", f"{_PP}:NCT06411691:intervention",
     "Drug: 0.3 mg per peptide vaccine + 0.5mg Poly-ICLC",
     "KRAS Vaccine with Poly-ICLC adjuvant",
     [D(0.3, "mg", "peptide vaccine"), D(0.5, "mg", "Poly-ICLC")], None),
    ("schedules", f"{_PP}:NCT06411691:intervention",
     "240 mg will be administered as a 30 minute IV. Infusion (-10/+25 minutes) on day 1 and day 15 during Cycle 1 in Prime Phase",
     "Balstilimab",
     [D(240, "mg", "Balstilimab", days=[1, 15])], None),
    ("amounts", f"{_PP}:NCT06411691:intervention",
     "75 mg will be administered as a 30 minute IV. Infusion (-10/+25 minutes) on Cycle 1 day 1 in Prime Phase and on Cycle 2 day 15 in the Boost Phase.",
     "Botensilimab",
     [D(75, "mg", "Botensilimab")], None),
    ("non-doses", f"{_PP}:NCT00841061:intervention",
     "1/4 a cup of cereal fortified with electrolytic iron per day between the ages of 112 days and 280 days of age",
     "electrolytic iron", [], None),
    # ------------------------------------------------ cyanheads/clinicaltrialsgov-mcp-server test fixtures
    ("units", f"{_CY}:NCT03722472:arm",
     "2 mcg ID93 and 5 mcg GLA-SE in 0.5 mL volume will be given per injection.",
     None,
     [D(2, "ug", "ID93"), D(5, "ug", "GLA-SE")], None),
    ("non-doses", f"{_CY}:NCT03722472:detailed_description",
     "Subjects will receive a total of two doses administered IM on Days 0 and 56. Subjects will be monitored for approximately 421 days (one year following the last study injection)",
     None, [], None),
    ("non-doses", f"{_CY}:NCT06323538:brief_summary",
     "For the basic laboratory program, fasting blood, 24-hour urine collection and a stool sample are taken from all study participants.",
     None, [], None),
    ("non-doses", f"{_CY}:NCT06323538:brief_summary",
     "Follow-up studies are planned at intervals of 5, 10 and 20 years after the baseline visit.",
     None, [], None),
    ("non-doses", f"{_CY}:NCT07062965:brief_summary",
     "This study is seeking for participants whose breast cancer has gotten worsen after receiving cyclin dependent kinase (CDK) 4/6 inhibitor-based therapy.",
     None, [], None),
    ("non-doses", f"{_CY}:NCT07062965:brief_summary",
     "PF-07248144 is a tablet that will be taken by mouth at home every day in a 28-day cycle. Fulvestrant will be given as two injections (one injection in the buttock) at visits to the study clinic.",
     None, [], None),
    # ------------------------------------------------ gowthamrao/py_load_clinicaltrialsgov test fixture
    ("non-doses", f"{_GR}:NCT04267848:arm",
     "CONTINUANCE THERAPY: Patients then receive pembrolizumab IV over 25-40 minutes on day 1 of each cycle. Treatment repeats every 21 days for 13 cycles or every 6 weeks for 12 cycles (patients enrolled after 10/14/2020)",
     None, [], None),
    ("non-doses", f"{_GR}:NCT04267848:detailed_description",
     "DOUBLET IV: Patients receive carboplatin IV and paclitaxel IV over 1-96 hours on day 1 of each cycle.",
     None, [], None),
    # ------------------------------------------------ ssumitk14/clinical-trials-copilot (trial-participation studies)
    ("non-doses", f"{_SK}:NCT02600533:arm",
     "Next, participants in the video viewing group will watch the 10-minute DVD video on tablet devices using headphones in the clinic.",
     None, [], None),
    ("non-doses", f"{_SK}:NCT03747276:brief_summary",
     "A summer student approved and hired according to London Health Sciences Centre LHSC/Lawson criteria will be available from 0900-1630 daily for general assistance.",
     None, [], None),
    ("non-doses", f"{_SK}:NCT05402033:detailed_description",
     "Subjects will complete two surveys which are expected to take about 10-15 minutes. Some of the subjects will also be invited to complete follow-up interviews after 21 days and between 30 and 90 days.",
     None, [], None),
    ("non-doses", f"{_SK}:NCT01269645:intervention",
     "Usual care and (1) a 10-minute clinical trials educational video; and (2) a 12-page educational booklet to accompany the educational video.",
     "Clinical Trial educational materials", [], None),
    # ------------------------------------------------ Nick-Joseph/capybara (v2 response kept in a comment)
    ("units", f"{_NJ}:NCT06714279:arm",
     "Administration of local anesthetic to the liver using, dose calculation 2.5mg per body weight.",
     None,
     [D(2.5, "mg/kg", "local anesthetic")], None),
    ("units", f"{_NJ}:NCT06714279:arm",
     "Study group: Laparoscopic Transversus Abdominis Plane in four points: above the umbilicus on the left side; dose calculation 2.5mg per body weight.",
     None,
     [D(2.5, "mg/kg")], None),
    ("non-doses", f"{_NJ}:NCT06714279:arm",
     "Once the needle tip is seen, it is withdrawn slowly and gently about 0.5cm above/superficial to the transversus abdominis (TA) muscle.",
     None, [], None),
    ("non-doses", f"{_NJ}:NCT04175379:intervention",
     "During surgery, the TV(tidal volume) should maintain 6ml/kg (ideal body weight).",
     "group 40", [], None),
    ("non-doses", f"{_NJ}:NCT01126879:arm",
     "Patients receive oral genistein once daily for 3 months beginning at least 1 month prior to radical prostatectomy.",
     None, [], None),
]


HOLDOUT10: list[Row] = [
    # ------------------------------------------------ outbreak-info/clinical_trials (API v1 study in README)
    ("schedules", f"{_OI}:NCT04341441:arm",
     "The daily hydroxychloroquine treatment arm will receive a 200 mg oral dose daily following day 1 dose of 400 mg orally once.",
     None, [D(200, "mg", "hydroxychloroquine"), D(400, "mg", "hydroxychloroquine", days=[1])], None),
    ("units", f"{_OI}:NCT04341441:arm",
     "the proposed dose of hydroxychloroquine for prophylaxis of malaria is 6.5 mg/kg per dose (maximum of 400mg per dose) administered orally weekly",
     None, [D(6.5, "mg/kg", "hydroxychloroquine"), D(400, "mg", "hydroxychloroquine")], None),
    ("non-doses", f"{_OI}:NCT04341441:intervention",
     "A total of five (5) 10 mL tubes of whole blood will be collected at each timepoint.",
     "Monitoring Visit - Baseline", [], None),
    # ------------------------------------------------ tmeehan622/cTrials (2009 XML pasted in notes.h)
    ("amounts", f"{_TM}:NCT00928707:arm",
     "50 mg o.d. of GIVINOSTAT + MTD of HU monotherapy",
     None, [D(50, "mg", "GIVINOSTAT")], None),
    ("amounts", f"{_TM}:NCT00928707:intervention",
     "50 mg b.i.d. of GIVINOSTAT + MTD HU monotherapy",
     "GIVINOSTAT (ITF2357) 50 mg b.i.d. + MTD Hydroxyurea", [D(50, "mg", "GIVINOSTAT")], None),
    ("amounts", f"{_TM}:NCT00928707:brief_summary",
     "-  group B: increase to 50 mg t.i.d..",
     None, [D(50, "mg")], None),
    # ------------------------------------------------ danieltott/cvshope (v1 study objects in data.js)
    ("agents", f"{_CV}:NCT04645953:intervention",
     "Subject will receive a single inhaled dose (3mg)",
     "3mg AZ-010", [D(3, "mg", "3mg AZ-010")], None),
    ("agents", f"{_CV}:NCT04645953:intervention",
     "Subject will receive a single inhaled dose (1mg)",
     "1mg AZ010", [D(1, "mg", "1mg AZ010")], None),
    # ------------------------------------------------ ctti-clinicaltrials/aact (spec fixture XML)
    ("amounts", f"{_AA}:NCT04372602:arm",
     "-Duvelisib 25 mg twice daily for up to 10 days.",
     None, [D(25, "mg", "Duvelisib")], None),
    ("agents", f"{_AA}:NCT04372602:arm",
     "-Placebo 25 mg twice daily for up to 10 days.",
     None, [D(25, "mg", "Placebo")], None),
    ("non-doses", f"{_AA}:NCT04372602:intervention",
     "Screening, Day 2, Day 4, Day 8, Day 10, Day 15, and Day 29",
     "Peripheral blood draw", [], None),
    # ------------------------------------------------ fabianvf/ClinicalTrialsParser (2014 records as JSON)
    ("non-doses", f"{_FP}:NCT00000890:detailed_description",
     "Patients are stratified by body mass\n      index (BMI) into 2 cohorts: less than 23 kg/m2 versus greater than or equal to 23 to 28\n      kg/m2.",
     None, [], None),
    ("non-doses", f"{_FP}:NCT00001730:brief_summary",
     "Group one will receive\n      Thyrogen in 2 doses 24 hours apart.  Group two will receive Thyrogen in 3 doses 72 hours\n      apart.",
     None, [], None),
    ("amounts", f"{_FP}:NCT00001870:detailed_description",
     "The subjects will then be given\n      either placebo or oral vitamin C supplementation (800 mg/day) for four weeks",
     None, [D(800, "mg/day", "vitamin C")], None),
    ("non-doses", f"{_FP}:NCT00001870:detailed_description",
     "clinical research volunteers\n      who have plasma vitamin C levels less than 30 microM.",
     None, [], None),
    ("ranges", f"{_FP}:NCT00001940:detailed_description",
     "Voriconazole will be\n      administered intravenously at 3-4 mg/kg q 12 hours or orally at 200-300 mg BID.",
     None, [D((3, 4), "mg/kg", "Voriconazole"), D((200, 300), "mg", "Voriconazole")], None),
    # ------------------------------------------------ bearnd/ct-ingester (XML in test fixtures)
    ("non-doses", f"{_BN}:NCT00000113:intervention",
     "Varilux comfort with +2.00 addition",
     "Progressive Addition Lenses", [], None),
    ("agents", f"{_BN}:NCT01782859:arm",
     ("20 mg prednisone pill to be taken in the morning of surgery prior to arrival to the hospital\n"
      "100 mg hydrocortisone IV 8 hours after first dose of prednisone followed by 3. Second and last dose of 100 mg hydrocortisone IV"),
     None, [D(20, "mg", "prednisone"), D(100, "mg", "hydrocortisone"), D(100, "mg", "hydrocortisone")], None),
    ("schedules", f"{_BN}:NCT03829579:intervention",
     "A starting dose of 56 milligram (mg) will be administered intranasally into each nostril on Day 1 with subsequent doses of 56 mg or 84 mg administered during Weeks 1-4",
     "Esketamine", [D(56, "mg", "Esketamine", days=[1]), D(56, "mg", "Esketamine"), D(84, "mg", "Esketamine")], None),
    ("amounts", f"{_BN}:NCT03829579:intervention",
     "56 mg or 84 mg of esketamine nasal spray during Weeks 5-8 (once weekly)",
     "Esketamine", [D(56, "mg", "esketamine"), D(84, "mg", "esketamine")], None),
    ("schedules", f"{_BN}:NCT03832621:arm",
     ("Temozolomide 150 mg/sqm daily on days 1-5 every 4 weeks, for two cycles followed by TC scan assessment: if SD/PR/CR second treatment "
     "phase with nivolumab 480 mg i.v. every 4 weeks, low-dose ipilimumab 1 mg/Kg i.v. every 8 weeks and temozolomide at the previously adopted schedule"),
     None, [D(150, "mg/m2", "Temozolomide", days=R(1, 6)), D(480, "mg", "nivolumab"), D(1, "mg/kg", "ipilimumab")], None),
    ("units", f"{_BN}:NCT03832621:intervention",
     "temozolomide 150 mg/sqm daily on days 1-5 every 4 weeks",
     "Temozolomide", [D(150, "mg/m2", "temozolomide", days=R(1, 6))], None),
    ("units", f"{_BN}:NCT03832621:intervention",
     "low-dose ipilimumab 1 mg/Kg i.v. every 8 weeks",
     "Ipilimumab", [D(1, "mg/kg", "ipilimumab")], None),
    ("amounts", f"{_BN}:NCT03834376:intervention",
     "Pimodivir will be administered as tablets taken orally, twice daily (2 tablets of 300 milligram [mg]) over a time period of 5 days.",
     "Pimodivir", [D(300, "mg", "Pimodivir")], None),
    ("units", f"{_BN}:NCT03835533:intervention",
     "Radiation therapy will be administered at 30 - 50 Gy in 1 - 5 doses, starting on Day 1 or 2 of Cycle 1",
     "Stereotactic body radiation therapy (SBRT) (Cohort B)", [D((30, 50), "Gy", "Radiation therapy")], None),
    # ------------------------------------------------ jkvoulgaridis/appathonNTUA (July 2020 XML, NCT0400xxxx)
    ("amounts", f"{_AP}:NCT04000009:arm",
     "Pimavanserin 34 mg tablets",
     None, [D(34, "mg", "Pimavanserin")], None),
    ("amounts", f"{_AP}:NCT04000009:intervention",
     "Pimavanserin 34 mg (provided as 2\u00d717 mg tablets) administered orally as a single dose once daily",
     "Pimavanserin", [D(34, "mg", "Pimavanserin"), D(17, "mg", "Pimavanserin")], None),
    ("amounts", f"{_AP}:NCT04000139:arm",
     "3 doses of 2x 500mg in capsules daily",
     None, [D(500, "mg")], None),
    ("amounts", f"{_AP}:NCT04000139:intervention",
     "3g of anthocyanin-rich extract taken daily as: 3 doses of 2x 500mg.",
     "Standardized anthocyanin-rich extract", [D(3, "g", "anthocyanin-rich extract"), D(500, "mg", "anthocyanin-rich extract")], None),
    ("agents", f"{_AP}:NCT04000139:intervention",
     "3g of placebo taken daily as: 3 doses of 2x 500mg.",
     "Placebo", [D(3, "g", "placebo"), D(500, "mg", "placebo")], None),
    ("units", f"{_AP}:NCT04000204:intervention",
     "60 mg / 3 ml cross-linked hyaluronan, SciVision Biotech Inc.",
     "HYAJOINT Plus", [D(60, "mg", "cross-linked hyaluronan")], None),
    ("non-doses", f"{_AP}:NCT04000269:intervention",
     "Up to 2 mA stimulation to primary motor cortex for 10 sessions at 20min per session",
     "Soterix MxN Neuromodulation device", [], None),
    ("non-doses", f"{_AP}:NCT04000334:intervention",
     "MAP will be maintained between 65-85 mmHg, using a norepinephrine infusion as needed.",
     "MAP between 65 and 85 mmHg", [], None),
    ("non-doses", f"{_AP}:NCT04000594:arm",
     "Participants will receive dose level 1 of RO7234292 (RG6042) intrathecally on Day 1 and Day 29.",
     None, [], None),
    ("non-doses", f"{_AP}:NCT04000854:arm",
     "Root canal dressing with clorhexidine digluconate 2 % gel",
     None, [], None),
    ("amounts", f"{_AP}:NCT04000919:arm",
     "on one of four different occasions they will receive carbidopa only (50 mg).",
     None, [D(50, "mg", "carbidopa")], None),
    ("ranges", f"{_AP}:NCT04000919:arm",
     "they will receive 5HTP combined with carbidopa (50-200mg HTP/50mg carbidopa).",
     None, [D((50, 200), "mg", "HTP"), D(50, "mg", "carbidopa")], None),
    ("ranges", f"{_AP}:NCT04000919:intervention",
     "L-DOPA/carbidopa (50-200 mg L-DOPA/50 mg carbidopa)",
     "L-DOPA", [D((50, 200), "mg", "L-DOPA"), D(50, "mg", "carbidopa")], None),
    ("units", f"{_AP}:NCT04000100:arm",
     "This group received supraclavicular block using 25mL of 0. 5% bupivacaine and 1 mL normal saline",
     None, [D(25, "mL", "bupivacaine"), D(1, "mL", "normal saline")], None),
    ("units", f"{_AP}:NCT04000100:arm",
     "This group received 25 mL 0. 5% bupivacaine and 1 mL neostigmine (0.5 mg)",
     # relabelled to the table's convention (volume and amount both kept; see the docstring)
     None, [D(25, "mL", "bupivacaine"), D(1, "mL", "neostigmine"), D(0.5, "mg", "neostigmine")], None),
    ("levels", f"{_AP}:NCT04000165:intervention",
     "All subjects will receive an initial dose of 5 mg BID of AG-348 for 2 weeks followed by 2 dose increases, from 5 to 20 mg BID and from 20 to 50 mg BID",
     "AG-348", [D(5, "mg", "AG-348"), D(20, "mg", "AG-348"), D(50, "mg", "AG-348")], None),
    ("schedules", f"{_AP}:NCT04000295:arm",
     "Apatinib (375 mg qd, q3w) and Etoposide capsule(50 mg/d, d1-14, q3w) combination",
     None, [D(375, "mg", "Apatinib"), D(50, "mg/day", "Etoposide", days=R(1, 15))], None),
    ("schedules", f"{_AP}:NCT04000295:arm",
     "Weekly Paclitaxel (80 mg/m2, d1, d8, d15, q3w)",
     None, [D(80, "mg/m2", "Paclitaxel", days=[1, 8, 15])], None),
    ("units", f"{_AP}:NCT04000295:intervention",
     "Subjects receive Apatinib orally, Dosage form: tablet, Strength: 375 mg/d",
     "Apatinib", [D(375, "mg/day", "Apatinib")], None),
    ("amounts", f"{_AP}:NCT04000555:arm",
     "Oral vancomycin 125mg twice a day prescribed for the duration of antibiotics",
     None, [D(125, "mg", "vancomycin")], None),
    ("agents", f"{_AP}:NCT04000737:intervention",
     "Patients will be treated orally for 28-day courses with YIV-906 (600 mg (3 capsules) BID) + sorafenib (400 mg BID)",
     "YIV-906+Sorafenib", [D(600, "mg", "YIV-906"), D(400, "mg", "sorafenib")], None),
    ("amounts", f"{_AP}:NCT04000737:intervention",
     "Patients will be given sorafenib (400 mg BID) daily for 28-day course with placebo (3 capsules, BID)",
     "Placebo+Sorafenib", [D(400, "mg", "sorafenib")], None),
    ("agents", f"{_AP}:NCT04000932:arm",
     "A single steroid injection (1 ml Diprospan \u00ae, Schering Plough containing 6.43 mg of betamethasone dipropionate and 2.63 mg of betamethasone sodium phosphate)",
     # relabelled to the table's convention (volume and amount both kept; see the docstring)
     None, [D(1, "mL", "Diprospan"), D(6.43, "mg", "betamethasone dipropionate"),
            D(2.63, "mg", "betamethasone sodium phosphate")], None),
    ("units", f"{_AP}:NCT04000932:intervention",
     "1 ml PRP extract will be injected into the carpel tunnel (of the side with a diagnosis of carpel tunnel syndrome) via the distal wrist line using 23 gauge needle.",
     "Local platelet rich plasma (PRP) injection-T-Lab PRP kit", [D(1, "mL", "PRP extract")], None),
    ("agents", f"{_AP}:NCT04000932:detailed_description",
     "6.43 mg of betamethasone dipropionate and 2.63 mg of\n      betamethasone sodium phosphate will be administered as local steroids.",
     None, [D(6.43, "mg", "betamethasone dipropionate"), D(2.63, "mg", "betamethasone sodium phosphate")], None),
]


HOLDOUT11: list[Row] = [
    # ------------------------------------------------------------------ NCT0100xxxx
    ("amounts", f"{_AP}:NCT01002625:intervention",
     "PF-04457845 4 mg tablet once daily / matched placebo",
     "PF-04457845 / matched placebo", [D(4, "mg", "PF-04457845")], None),
    ("units", f"{_AP}:NCT01002664:intervention",
     "30 mg/day (two 15 mg capsules) Qd for 12 weeks",
     "MCS-2", [D(30, "mg/day", "MCS-2"), D(15, "mg", "MCS-2")], None),
    ("non-doses", f"{_AP}:NCT01002664:arm",
     "Drug Name: MCS-2 Dosage: 2 soft-gel capsules Frequency: Qd per day after dinner Duration: 12 weeks",
     None, [], None),
    ("units", f"{_AP}:NCT01002690:intervention",
     "90 mg/day orally for 10-13 days",
     "Etoricoxib", [D(90, "mg/day", "Etoricoxib")], None),
    ("schedules", f"{_AP}:NCT01002703:intervention",
     "lenalidomide 10mg/d d1-21, bendamustine 60mg/m²/d d1-2 and prednisone 100mg/d d1-4",
     "Lenalidomide, Bendamustine, Prednisone",
     [D(10, "mg/day", "lenalidomide", days=R(1, 22)), D(60, "mg/m2/day", "bendamustine", days=[1, 2]),
      D(100, "mg/day", "prednisone", days=[1, 2, 3, 4])], None),
    ("agents", f"{_AP}:NCT01002703:intervention",
     "Escalation steps will include 15, 20 and 25 mg of lenalidomide and 75mg/m² for bendamustine.",
     "Lenalidomide, Bendamustine, Prednisone",
     [D(15, "mg", "lenalidomide"), D(20, "mg", "lenalidomide"), D(25, "mg", "lenalidomide"),
      D(75, "mg/m2", "bendamustine")], None),
    ("amounts", f"{_AP}:NCT01002742:intervention",
     "Patients who weight > 60 kg should receive MMF 1 gm PO/IV every 8 hours.",
     "Mycophenolate Mofetil", [D(1, "g", "MMF")], None),
    ("amounts", f"{_AP}:NCT01002742:intervention",
     "Patients who weight between 40-60 kg should receive 750 mg PO/IV every 8 hours.",
     "Mycophenolate Mofetil", [D(750, "mg", "Mycophenolate Mofetil")], None),
    ("units", f"{_AP}:NCT01002742:intervention",
     "Patients who weight <40 kg should receive 20 mg/kg IV or PO every 8 hours.",
     "Mycophenolate Mofetil", [D(20, "mg/kg", "Mycophenolate Mofetil")], None),
    # ------------------------------------------------------------------ NCT0130xxxx
    ("units", f"{_AP}:NCT01302600:intervention",
     "Liquid suspension formulation, 100 mg/ml at a dose of 10 mg/kg will be administered once a day with food at dinner",
     "Olesoxime", [D(10, "mg/kg", "Olesoxime")], None),
    ("units", f"{_AP}:NCT01302600:intervention",
     "0.1ml/kg once a day with food at dinner.",
     "Placebo", [D(0.1, "mL/kg", "Placebo")], None),
    ("non-doses", f"{_AP}:NCT01302600:arm",
     "100 patients in this arm. liquid suspension",
     None, [], None),
    ("units", f"{_AP}:NCT01302613:intervention",
     "Capecitabine will be delivered concurrently with the radiation therapy, at a dose of 1650 mg/m2 divided in even BID doses.",
     "Capecitabine", [D(1650, "mg/m2", "Capecitabine")], None),
    ("schedules", f"{_AP}:NCT01302613:intervention",
     "5-FU 400 mg/m2, iv bolus on day 1 followed by 2400 mg/m2 iv over 46 hours of each cycle.",
     "5-FU", [D(400, "mg/m2", "5-FU", days=[1]), D(2400, "mg/m2", "5-FU")], None),
    ("ranges", f"{_AP}:NCT01302613:intervention",
     "The prescribed fraction dose is 180 cGy; the total radiation dose is thus 5040-5400 cGy.",
     "radiation", [D(180, "cGy", "radiation"), D((5040, 5400), "cGy", "radiation")], None),
    ("agents", f"{_AP}:NCT01302691:arm",
     "Participants receive 1 tablet, containing 50 mg losartan potassium (L50), 12.5 mg hydrochlorothiazide (H12.5), and 5 mg amlodipine besylate (A5), orally, once daily, for 8 weeks.",
     None, [D(50, "mg", "losartan potassium"), D(12.5, "mg", "hydrochlorothiazide"), D(5, "mg", "amlodipine besylate")], None),
    ("amounts", f"{_AP}:NCT01302691:intervention",
     "One capsule, containing 5 mg amlodipine besylate, orally, once daily, for 8 weeks.",
     "Amlodipine besylate", [D(5, "mg", "amlodipine besylate")], None),
    ("non-doses", f"{_AP}:NCT01302691:intervention",
     "One tablet, containing placebo, orally, once daily, for 8 weeks.",
     "Placebo to MK-0954E", [], None),
    # ------------------------------------------------------------------ NCT0160xxxx
    ("agents", f"{_AP}:NCT01602588:arm",
     "Patients randomised to Arm B will receive Short Course Radiotherapy plus Hydroxychloroquine 200mg bd from 14 days post surgery until clinical or radiological progression.",
     None, [D(200, "mg", "Hydroxychloroquine")], None),
    ("amounts", f"{_AP}:NCT01602588:intervention",
     "200mg bd from 14 days post surgery until clinical or radiological progression",
     "Hydroxychloroquine", [D(200, "mg", "Hydroxychloroquine")], None),
    ("amounts", f"{_AP}:NCT01602679:intervention",
     "oral micronized progesterone (100 mg p.o.) suspension",
     "oral micronized progesterone suspension", [D(100, "mg", "micronized progesterone")], None),
    ("amounts", f"{_AP}:NCT01602679:arm",
     "Participants first received oral micronized progesterone (100 mg p.o.) suspension.",
     None, [D(100, "mg", "micronized progesterone")], None),
    ("non-doses", f"{_AP}:NCT01602679:arm",
     "After a washout period of approximately 20 days, they then received placebo (matching oral micronized progesterone suspension).",
     None, [], None),
    # ------------------------------------------------------------------ NCT0190xxxx
    ("units", f"{_AP}:NCT01902641:arm",
     "Patient received succinylcholine as a muscle relaxant(0.5 mg /kg)for induction of anaesthesia for rigid bronchoscopy.",
     None, [D(0.5, "mg/kg", "succinylcholine")], None),
    ("agents", f"{_AP}:NCT01902641:arm",
     "Patient received rocuronium (0.25 mg/ kg) as muscle relaxant for induction of anaesthesia for rigid bronchoscopy, at the end of procedure rocuronium was reversed with sugammadex (0.5mg/kg.)",
     None, [D(0.25, "mg/kg", "rocuronium"), D(0.5, "mg/kg", "sugammadex")], None),
    ("ranges", f"{_AP}:NCT01902641:intervention",
     "Anaesthesia was induced and maintained with propofol (1-2 mg/kg) and remifentanil (0.5 µg/kg).",
     "Succinylcholine", [D((1, 2), "mg/kg", "propofol"), D(0.5, "ug/kg", "remifentanil")], None),
    ("agents", f"{_AP}:NCT01902758:arm",
     "ambrisentan (5mg) once daily for 2 consecutive days theophylline (400mg) once daily for 2 consecutive days",
     None, [D(5, "mg", "ambrisentan"), D(400, "mg", "theophylline")], None),
    ("amounts", f"{_AP}:NCT01902771:intervention",
     "Up to 1.5 mg of Lysate of tumor per dose administered via intradermal injection at intervals defined by study protocol.",
     "Tumor Lysate", [D(1.5, "mg", "Lysate of tumor")], None),
    ("non-doses", f"{_AP}:NCT01902771:arm",
     "Tumor Lysate (Lysate): Post-DC Vaccine therapy. Administered intradermally during weeks 8, 12, 16, and 28;",
     None, [], None),
    # ------------------------------------------------------------------ NCT0220xxxx
    ("agents", f"{_AP}:NCT02202616:intervention",
     "Glycopyrronium 50mcg/Indacaterol maleate 110mcg once daily by a breezhaler device",
     "Glycopyrronium /Indacaterol maleate", [D(50, "ug", "Glycopyrronium"), D(110, "ug", "Indacaterol maleate")], None),
    ("agents", f"{_AP}:NCT02202616:brief_summary",
     "QVA149 (indacaterol 110 mcg/glycopyrronium\n      50 mcg)",
     None, [D(110, "ug", "indacaterol"), D(50, "ug", "glycopyrronium")], None),
    ("non-doses", f"{_AP}:NCT02202616:arm",
     "Patients diagnosed with chronic obstructive pulmonary disorder (COPD) who are symptomatic (CAT score over 10) and who are treated with Tiotropium (SPIRIVA HANDALER) or Fluticasone propionate/Salmeterol- ADVAIR DISKUS (FDC).",
     None, [], None),
    ("amounts", f"{_AP}:NCT02202746:arm",
     "10 mg of lucitanib daily in patients with FGFR1-amplified or 11q-amplified metastatic breast cancer.",
     None, [D(10, "mg", "lucitanib")], None),
    ("amounts", f"{_AP}:NCT02202746:arm",
     "15 mg of lucitanib daily in patients with FGFR1-amplified and 11q-amplified metastatic breast cancer.",
     None, [D(15, "mg", "lucitanib")], None),
    ("schedules", f"{_AP}:NCT02202759:arm",
     "MLN0264 1.8 mg/kg, 30-minute intravenous (IV) infusion, Day 1 of each 21-day cycle, for up to 1 year or until disease progression or unacceptable toxicity occurs (Up to 14 cycles).",
     None, [D(1.8, "mg/kg", "MLN0264", days=[1])], None),
    # ------------------------------------------------------------------ NCT0250xxxx
    ("agents", f"{_AP}:NCT02502591:intervention",
     "An injection of local anaesthetic (3 ml of 0.25% bupivacaine) will be administered around the trunk of the pudendal nerve.",
     "Pudendal Nerve Block", [D(3, "mL", "bupivacaine")], None),
    ("units", f"{_AP}:NCT02502643:intervention",
     "1.Pain medications (if no contraindications) Before half hour; Bain (IM ,0.15mg / kg).",
     "OK-432 pleurodesis", [D(0.15, "mg/kg", "Bain")], None),
    ("agents", f"{_AP}:NCT02502643:intervention",
     "20 cc of 2% lidocaine hydrochloride (400 mg) was instilled into the pleural cavity through the chest tube",
     "OK-432 pleurodesis", [D(20, "mL", "lidocaine hydrochloride"), D(400, "mg", "lidocaine hydrochloride")], None),
    ("non-doses", f"{_AP}:NCT02502643:arm",
     "Picibanil ( OK-432 ) ,OK-432 (KE Z Klinische Einbeit; 1 KE contains 0.1 mg of dried cocci; UKIMA PLANT OF CHUGAI PHARMA MANUFACTURING CO, LTD; JAPAN).",
     None, [], None),
    ("amounts", f"{_AP}:NCT02502669:arm",
     "Finasteride 23.5mg tablets and large placebo tablets once per week",
     None, [D(23.5, "mg", "Finasteride")], None),
    ("amounts", f"{_AP}:NCT02502669:arm",
     "Finasteride 33.5 mg tablets and small placebo tablets once per week",
     None, [D(33.5, "mg", "Finasteride")], None),
    ("units", f"{_AP}:NCT02502708:arm",
     "Initial dosing will be 12.8 mg/kg/dose BID with escalation planned to 22.4 mg/kg/dose BID.",
     None, [D(12.8, "mg/kg"), D(22.4, "mg/kg")], None),
    ("units", f"{_AP}:NCT02502708:arm",
     "Temozolomide to be given at 200 mg/m^2 x 5 days",
     None, [D(200, "mg/m2", "Temozolomide")], None),
    ("agents", f"{_AP}:NCT02502708:arm",
     "Indoximod will be administered at 32 mg/kg/dose divided twice daily.\nCyclophosphamide to be given at 2.5 mg/kg/dose daily\nEtoposide to be given at 50 mg/m2/dose daily",
     None, [D(32, "mg/kg", "Indoximod"), D(2.5, "mg/kg", "Cyclophosphamide"), D(50, "mg/m2", "Etoposide")], None),
    # ------------------------------------------------------------------ NCT0280xxxx
    ("units", f"{_AP}:NCT02802592:arm",
     "1000 IU/kg Epogen in 250 ml of normal saline infused over 1 hr",
     None, [D(1000, "IU/kg", "Epogen")], None),
    ("agents", f"{_AP}:NCT02802592:arm",
     "250 ml normal saline infused over 1 hr",
     None, [D(250, "mL", "normal saline")], None),
    ("non-doses", f"{_AP}:NCT02802592:intervention",
     "1:1 randomization to either the Epogen arm or Placebo(Normal Saline) arm",
     "Epogen", [], None),
    ("units", f"{_AP}:NCT02802605:arm",
     "Bemiparin 3.500 U, once a day during hospitalization",
     None, [D(3500, "U", "Bemiparin")], None),
    ("amounts", f"{_AP}:NCT02802631:arm",
     "Each cohort receives one of the following dosages of Minocin (minocycline) for Injection: 100 mg, 200 mg, 300 mg, 400 mg, or 500 mg.",
     None, [D(100, "mg", "Minocin"), D(200, "mg", "Minocin"), D(300, "mg", "Minocin"), D(400, "mg", "Minocin"),
            D(500, "mg", "Minocin")], None),
    ("agents", f"{_AP}:NCT02802631:arm",
     "Each vial contains 108 mg of minocycline hydrochloride equivalent to 100 mg of minocycline.",
     None, [D(108, "mg", "minocycline hydrochloride"), D(100, "mg", "minocycline")], None),
    ("non-doses", f"{_AP}:NCT02802631:arm",
     "Minocin (minocycline for injection) for will be supplied as a sterile lyophilized powder in single-use 10-mL glass vials.",
     None, [], None),
    ("amounts", f"{_AP}:NCT02802657:arm",
     "Monthly intravitreal injections of Conbercept 0.5mg in the core treatment period and Treat-and-Extend Regimen of the same dose guided by BCVA stabilization and optical coherence tomography (OCT) in the extension treatment period.",
     None, [D(0.5, "mg", "Conbercept")], None),
    ("amounts", f"{_AP}:NCT02802657:arm",
     "Monthly intravitreal injections of Conbercept 0.5mg in the core treatment period and PRN intravitreal injections of the same dose guided by BCVA stabilization in the extension treatment period.",
     None, [D(0.5, "mg", "Conbercept")], None),
    ("non-doses", f"{_AP}:NCT02802657:intervention",
     "The interval between treatments was extended by 2-week (12-week was a maximum) provided that OCT and fundus examination did not show either exudative manifestations or new macular hemorrhage or active CNV or reduced by 2 weeks (4-week was minimum) in case of such manifestations or hemorrhage.",
     "Treat-and-Extend regimen", [], None),
    ("units", f"{_AP}:NCT02802670:arm",
     "GDC-0810 300-mg dose administered as oral solution, containing approximately 100 microcuries of [14C]-labeled GDC-0810.",
     None, [D(300, "mg", "GDC-0810"), D(100, "uCi", "[14C]-labeled GDC-0810")], None),
    ("schedules", f"{_AP}:NCT02802670:intervention",
     "Participants will receive a single 300-mg dose of GDC-0810 containing approximately 100 microcuries of [14C]-labeled GDC-0810 on Day 1.",
     "[14C]-GDC-0810", [D(300, "mg", "GDC-0810", days=[1]), D(100, "uCi", "[14C]-labeled GDC-0810", days=[1])], None),
    ("amounts", f"{_AP}:NCT02802696:intervention",
     "A bolus dose of 20mg furosemide (20mg/2mL) will be given intravenously by slow intravenous push within 60 minutes prior to the start of the red blood cell transfusion;",
     "Furosemide", [D(20, "mg", "furosemide")], None),
    ("agents", f"{_AP}:NCT02802696:intervention",
     "A single bolus dose of 2 mL normal saline will be given intravenously immediately within 60 minutes prior to the start of the red blood cell transfusion;",
     "Normal Saline", [D(2, "mL", "normal saline")], None),
    ("non-doses", f"{_AP}:NCT02802696:brief_summary",
     "Randomization will be stratified by centre and\n      renal dysfunction (creatinine clearance ≥ 60 mL/min or < 60 mL/min).",
     None, [], None),
]


HOLDOUT12: list[Row] = [
    # ------------------------------------------------------------ NCT0310xxxx
    ('units', _T + 'NCT03103919:intervention', 'All subjects will start Neupro treatment at a dose of either rotigotine 2 mg/24 h or 4 mg/24 h', 'Rotigotine',
     [D(2, "mg/day", "rotigotine"), D(4, "mg/day", "rotigotine")], None),
    ('units', _T + 'NCT03104010:arm', 'The second stage (extension period study), maximum ≤4mg/w (24IU/w), 52 weeks.', None,
     [D(4, "mg/week"), D(24, "IU/week")], None),
    ('units', _T + 'NCT03104010:intervention', 'The first stage , 0.17mg/d(0.5IU/d), subcutaneous injection ,daily, 26weeks.', 'Somatropin Injection',
     [D(0.17, "mg/day", "Somatropin Injection"), D(0.5, "IU/day", "Somatropin Injection")], None),
    ('units', _T + 'NCT03104010:intervention', 'The second stage(extension period study), 0.17mg/d(0.5IU/d), maximum ≤0.68mg/d (2IU/w),52 weeks.', 'Somatropin Injection',
     [D(0.17, "mg/day", "Somatropin Injection"), D(0.5, "IU/day", "Somatropin Injection"),
      D(0.68, "mg/day", "Somatropin Injection"), D(2, "IU/week", "Somatropin Injection")], None),
    ('amounts', _T + 'NCT03104036:arm', 'Will be treated with 4 g mesalazine enema 1x daily for 2 weeks', None,
     [D(4, "g", "mesalazine")], None),
    ('agents', _T + 'NCT03104036:arm', 'Will be applied enema prepared from 50 g of stool of examined donor dissolved in 150 ml of normal saline', None,
     [D(50, "g", "stool")], None),
    ('agents', _T + 'NCT03104036:intervention', 'Enema prepared from 50 g of stool of examined donor dissolved in 150 ml of normal saline', 'Faecal bacterial transplantation',
     [D(50, "g", "stool")], None),
    # ------------------------------------------------------------ NCT0330xxxx
    ('amounts', _T + 'NCT03303911:arm', 'Multiple doses of 1.5 mg cytisine administered per 25-day schedule:', None,
     [D(1.5, "mg", "cytisine")], None),
    ('non-doses', _T + 'NCT03303911:intervention', 'depending on arm assignment, 1 or 2 tablets to be taken with 240 mL water for each dose', 'Cytisine',
     [], None),
    ('amounts', _T + 'NCT03303911:brief_summary', 'To evaluate the pharmacokinetic (PK) parameters during repeat dosing of 1.5 mg or 3.0 mg\n           cytisine when administered as the commercial 25-day schedule.', None,
     [D(1.5, "mg", "cytisine"), D(3.0, "mg", "cytisine")], None),
    ('agents', _T + 'NCT03303924:arm', 'will receive multiple doses of ETX2514 1.0 g and sulbactam 1 g via intravenous (IV) infusion every 6 hours', None,
     [D(1.0, "g", "ETX2514"), D(1, "g", "sulbactam")], None),
    ('agents', _T + 'NCT03303924:intervention', 'Each subject will receive three doses of of ETX2514 1.0 g and sulbactam 1.0 g via intravenous (IV) infusion administered every 6 hours', 'ETX2514 and sulbactam',
     [D(1.0, "g", "ETX2514"), D(1.0, "g", "sulbactam")], None),
    ('non-doses', _T + 'NCT03303924:detailed_description', 'Blood samples for determining plasma concentrations of ETX2514 and sulbactam will be\n      collected within 5 minutes prior to and at 1.0, 2.0, 2.5, 2.95, 3.05, 3.25, 3.5, 4.0, 5.0 and\n      6.0 hours after start of the third dose (last dose) administered on Day 2.', None,
     [], None),
    ('agents', _T + 'NCT03303989:intervention', 'will start two week run-in on 1) mycophenolate mofetil at 500 mg/BID or the first week, titrating dose up to 1000mg/BID for the second week of run-in prior to the first infusion; and 2) Pegloticase 8 mg IV every two weeks following 2 week run-in period', 'MMF',
     [D(500, "mg", "mycophenolate mofetil"), D(1000, "mg", "mycophenolate mofetil"), D(8, "mg", "Pegloticase")], None),
    ('agents', _T + 'NCT03303989:intervention', 'will start two week run-in on 1) placebo at 500 mg/BID or the first week, titrating dose up to 1000mg/BID for the second week of run-in prior to the first infusion', 'Placebo',
     [D(500, "mg", "placebo"), D(1000, "mg", "placebo")], None),
    ('non-doses', _T + 'NCT03303989:detailed_description', 'determining the proportion of participants with sUA ≤ 6 mg/dL through 24 weeks', None,
     [], None),
    # ------------------------------------------------------------ NCT0350xxxx
    ('amounts', _T + 'NCT03503942:intervention', 'at a starting dose of 250 mg twice a day followed by up-titration to 500 mg twice a day after 3 months', 'Metformin',
     [D(250, "mg", "Metformin"), D(500, "mg", "Metformin")], None),
    ('non-doses', _T + 'NCT03503942:intervention', 'Metformin will be will be prescribed to treatment group participants at highest risk of diabetes conversion (i.e.IFG + IGT or IFG + HbA1c ≥6.0%) after at least 6 months of lifestyle interventions', 'Metformin',
     [], None),
    ('non-doses', _T + 'NCT03503942:intervention', 'Participants will be given cash incentives if they meet the weight loss target, which is pre-defined as 5% of baseline weight', 'Financial incentives',
     [], None),
    ('scientific', _T + 'NCT03503968:detailed_description', 'Cohort 1: target dose of 1 x 105 T cells/kg ± 20%\n\n        -  Cohort 2: target dose of 1 x 106 T cells/kg ± 20%\n\n        -  Cohort 3: target dose of 5 x 106 T cells/kg ± 20%', None,
     [D(1e5, "cells/kg", level="Cohort 1"), D(1e6, "cells/kg", level="Cohort 2"), D(5e6, "cells/kg", level="Cohort 3")], None),
    ('scientific', _T + 'NCT03503968:detailed_description', 'Optional cohort 4: up to 1 x 107 T cells/kg + 20%', None,
     [D(1e7, "cells/kg", level="cohort 4")], None),
    ('amounts', _T + 'NCT03503994:arm', 'Patients receiving inhaled beclomethasone diproprionate in four escalating doses:\n200 mcg bid\n400 mcg bid\n600 mcg bid\n800 mcg bid', None,
     [D(200, "ug", "beclomethasone diproprionate"), D(400, "ug", "beclomethasone diproprionate"),
      D(600, "ug", "beclomethasone diproprionate"), D(800, "ug", "beclomethasone diproprionate")], None),
    ('amounts', _T + 'NCT03503994:intervention', 'Beclomethasone Dipropionate (HFA-BDP, QVAR*) in the following doses will be evaluated:\n200 mcg bid\n400 mcg bid\n600 mcg bid\n800 mcg bid', 'Inhaled Beclomethasone Dipropionate Monohydrate',
     [D(200, "ug", "Beclomethasone Dipropionate"), D(400, "ug", "Beclomethasone Dipropionate"),
      D(600, "ug", "Beclomethasone Dipropionate"), D(800, "ug", "Beclomethasone Dipropionate")], None),
    ('non-doses', _T + 'NCT03503994:brief_summary', 'the incidence of bronchopulmonary dysplasia (BPD) has increased to a rate\n      of approximately 45% in neonates <28 weeks gestational age (GA) and birth weight (BW) <1,500\n      g.', None,
     [], None),
    ('non-doses', _T + 'NCT03504033:arm', 'Xenon concentration of 50-60 % will be used for maintenance of general anesthesia', None,
     [], None),
    ('non-doses', _T + 'NCT03504033:arm', 'Desflurane concentrations of 4-5%/0.8 minimum alveolar concentration (MAC) respectively will be used for maintenance of general anesthesia', None,
     [], None),
    # ------------------------------------------------------------ NCT0370xxxx
    ('amounts', _T + 'NCT03703908:arm', 'All enrolled subjects will initially be treated with the active study medication CCX140-B at a dose of 5 mg twice daily.', None,
     [D(5, "mg", "CCX140-B")], None),
    ('amounts', _T + 'NCT03703908:arm', 'Dose will increase in a step-wise fashion up to 15 mg twice daily.', None,
     [D(15, "mg")], None),
    # ------------------------------------------------------------ NCT0390xxxx
    ('units', _T + 'NCT03903913:arm', 'S-1226(4%) is composed of 3 mL PFOB and 4% CO2', None,
     [D(3, "mL", "PFOB")], None),
    ('non-doses', _T + 'NCT03903913:arm', 'A driving pressure of 20 psi will be used, producing a gas flow rate of 9 L/min.', None,
     [], None),
    ('non-doses', _T + 'NCT03903913:intervention', 'The PFOB component remains the same but the medical gas component contains 4%, 8% or 12% CO2.', 'S-1226',
     [], None),
    ('units', _T + 'NCT03903939:intervention', 'continuously infusion for 72 hours 1 ng/kg/min', 'Iloprost',
     [D(1, "ng/kg/min", "Iloprost")], None),
    ('units', _T + 'NCT03903939:brief_summary', 'investigating the efficacy and safety of continuous\n      intravenous administrating of iloprost (1 ng/kg/min) versus placebo for 72-hours', None,
     [D(1, "ng/kg/min", "iloprost")], None),
    ('non-doses', _T + 'NCT03903939:intervention', 'continuously infusion for 72 hours equal volume to Iloprost', 'Isotonic saline',
     [], None),
    # ------------------------------------------------------------ NCT0410xxxx
    ('levels', _T + 'NCT04103905:intervention', 'The patients confirming to the eligibility criteria will be assigned to the 5 dose groups (200mg, 400mg, 800mg, 1000mg, and 1500mg, respectively) based on the sequence of inclusion.', 'Recombinant Humanized Monoclonal Antibody MIL62 Injection',
     [D(200, "mg", "Recombinant Humanized Monoclonal Antibody MIL62 Injection"), D(400, "mg", "Recombinant Humanized Monoclonal Antibody MIL62 Injection"),
      D(800, "mg", "Recombinant Humanized Monoclonal Antibody MIL62 Injection"), D(1000, "mg", "Recombinant Humanized Monoclonal Antibody MIL62 Injection"),
      D(1500, "mg", "Recombinant Humanized Monoclonal Antibody MIL62 Injection")], None),
    ('non-doses', _T + 'NCT04103905:intervention', 'Each patient received an intravenous infusion of MIL62 on Days 1, 8, and 15 of Cycle 1 and on Day 1 of Cycles 2-8 for a maximum of 8 cycles and 10 infusions.', 'Recombinant Humanized Monoclonal Antibody MIL62 Injection',
     [], None),
    # ------------------------------------------------------------ NCT0420xxxx
    ('scientific', _T + 'NCT04203901:arm', 'CMN-001 dosing (1x10^7 DC/dose) is initiated at Visit 2 during 1st line therapy and through 2nd line therapy.', None,
     [D(1e7, "cells", "CMN-001")], None),
    ('agents', _T + 'NCT04203901:arm', '1st line therapy, Nivolumab (3mg/kg) + Ipilimumab (1 mg/kg) will be administered at 3 week intervals for 4 administrations starting at visit 1.', None,
     [D(3, "mg/kg", "Nivolumab"), D(1, "mg/kg", "Ipilimumab")], None),
    ('agents', _T + 'NCT04203901:arm', 'After progression 2nd line therapy with lenvatinib (18mg/day) + everolimus (5mg/day) until discontinuation criteria are met.', None,
     [D(18, "mg/day", "lenvatinib"), D(5, "mg/day", "everolimus")], None),
    ('amounts', _T + 'NCT04203914:arm', 'Empagliflozin 25mg daily add-on therapy', None,
     [D(25, "mg", "Empagliflozin")], None),
    ('amounts', _T + 'NCT04203914:intervention', 'Add-on 25mg once daily', 'Empagliflozin Tablets',
     [D(25, "mg", "Empagliflozin Tablets")], None),
    ('agents', _T + 'NCT04203914:brief_summary', 'The investigators assessed the 6-week effect of once daily 25mg SGLT2-i Empagliflozin on left\n      ventricular diastolic function', None,
     [D(25, "mg", "Empagliflozin")], None),
]


HOLDOUT13: list[Row] = [
    # ------------------------------------------------------------ NCT0110xxxx
    ('units', _T + 'NCT01105208:intervention', 'Single dose of 500 mg / 10 mL', 'Cephalexin suspension (Optocef, BAYO5448 )',
     [D(500, "mg", "Cephalexin suspension (Optocef, BAYO5448 )"), D(10, "mL", "Cephalexin suspension (Optocef, BAYO5448 )")], None),
    ('units', _T + 'NCT01105208:intervention', 'Single dose of 500 mg / 20 mL', 'Cephalexin suspension (Keflex)',
     [D(500, "mg", "Cephalexin suspension (Keflex)"), D(20, "mL", "Cephalexin suspension (Keflex)")], None),
    ('amounts', _T + 'NCT01105247:intervention', '420 mg daily or 840 mg daily', 'PCI-32765',
     [D(420, "mg", "PCI-32765"), D(840, "mg", "PCI-32765")], None),
    ('schedules', _T + 'NCT01105273:intervention', '30mg/M2 once daily IV on days -6 to -2', 'Fludarabine',
     [D(30, "mg/m2", "Fludarabine", days=[-6, -5, -4, -3, -2])], None),
    ('schedules', _T + 'NCT01105273:intervention', '60 mg/kg IV on day-3 and -2', 'Cyclophosphamide',
     [D(60, "mg/kg", "Cyclophosphamide", days=[-3, -2])], None),
    ('non-doses', _T + 'NCT01105273:intervention', 'On days -3 to -1', 'anti-thymocyte globulin',
     [], None),
    ('schedules', _T + 'NCT01105312:arm', 'Patients will also be administered letrozole 2.5 mg PO Days 1-28 every 4 weeks.', None,
     [D(2.5, "mg", "letrozole", days=list(range(1, 29)))], None),
    ('non-doses', _T + 'NCT01105312:arm', 'Patients will be administered LBH589 PO, 3 days per week for a total of 4 weeks.', None,
     [], None),
    # ------------------------------------------------------------ NCT0140xxxx
    ('schedules', _T + 'NCT01405235:arm', 'Topotecan 0.75 mg/m2/d i.v. on Days 1- 3 in combination with Cisplatin 50 mg/m2 i.v. on Day 1, q 21 d', None,
     [D(0.75, "mg/m2/day", "Topotecan", days=[1, 2, 3]), D(50, "mg/m2", "Cisplatin", days=[1])], None),
    ('schedules', _T + 'NCT01405235:intervention', 'Paclitaxel 70 mg/m2/d i.v. on Days 1, 8, and 15 in combination with Topotecan 1.75 mg/m2/d i.v. on Days 1, 8, and 15, q 28 d', 'Paclitaxel',
     [D(70, "mg/m2/day", "Paclitaxel", days=[1, 8, 15]), D(1.75, "mg/m2/day", "Topotecan", days=[1, 8, 15])], None),
    ('units', _T + 'NCT01405248:intervention', '20 mg/time per os three times a day. 180days', 'Butylphthalide',
     [D(20, "mg", "Butylphthalide")], None),
    ('agents', _T + 'NCT01405248:intervention', '20 mg/time per os three times a day.', 'Placebo',
     [D(20, "mg", "Placebo")], None),
    ('amounts', _T + 'NCT01405326:intervention', '40mg sc. every two weeks for six months', 'adalimumab',
     [D(40, "mg", "adalimumab")], None),
    ('agents', _T + 'NCT01405326:detailed_description', 'The subjects are randomized at 1:1 ratio to receive\n      either adalimumab (40 mg every two weeks) or placebo for 6 months added on their concurrent\n      antirheumatic therapy.', None,
     [D(40, "mg", "adalimumab")], None),
    ('non-doses', _T + 'NCT01405326:detailed_description', '160 patients of 25 to 55 years\n      of age with recent-onset (≤2 years from diagnosis) RA', None,
     [], None),
    # ------------------------------------------------------------ NCT0170xxxx
    ('agents', _T + 'NCT01705197:arm', 'should be administered with Avanafil 100mg(study group) or placebo 100mg(control group) for the first 4 weeks after randomization', None,
     [D(100, "mg", "Avanafil"), D(100, "mg", "placebo")], None),
    ('amounts', _T + 'NCT01705197:arm', 'For subjects with a sufficient improvement effect on ED at 100mg, no dosage increase is allowed, and the previous 100mg administration should be maintained until the termination of the study.', None,
     [D(100, "mg")], None),
    ('agents', _T + 'NCT01705197:intervention', 'drugs for each group are provided after randomized to Avanafil 100mg or placebo 100mg at a ratio of 2:1.', 'Avanafil 100 or 200mg',
     [D(100, "mg", "Avanafil"), D(100, "mg", "placebo")], None),
    ('amounts', _T + 'NCT01705223:intervention', '4mg/dose, three doses at week 0,4,8', 'DNA vaccine',
     [D(4, "mg", "DNA vaccine")], None),
    ('non-doses', _T + 'NCT01705223:arm', 'DNA vaccine prime at week 0,4,8 and rTV boost at week 16', None,
     [], None),
    ('agents', _T + 'NCT01705236:intervention', 'All subjects received an oral dose of 0.5 mg fingolimod (FTY720) per capsule (hard gelatin capsules) once daily according to local label', 'Fingolimod',
     [D(0.5, "mg", "fingolimod")], None),
    ('amounts', _T + 'NCT01705275:arm', '0mg', None,
     [D(0, "mg")], None),
    # ------------------------------------------------------------ NCT0210xxxx
    ('agents', _T + 'NCT02105350:arm', 'MEK 162 (30 mg or 45 mg by mouth), twice a day, every day.', None,
     [D(30, "mg", "MEK 162"), D(45, "mg", "MEK 162")], None),
    ('agents', _T + 'NCT02105350:arm', 'Gemcitabine (1000 mg/m2 by vein), followed by oxaliplatin (85 mg/m2 by vein) every 2 weeks.', None,
     [D(1000, "mg/m2", "Gemcitabine"), D(85, "mg/m2", "oxaliplatin")], None),
    ('non-doses', _T + 'NCT02105311:intervention', 'Travoprost benzalkonium-free ophthalmic solution (40 microgram/ml)', 'Travoprost',
     [], None),
    # ------------------------------------------------------------ NCT0240xxxx
    ('units', _T + 'NCT02405221:arm', 'Each dose of TA-CIN vaccine is fixed, 100µg. Patients will receive 3 doses of the TA-CIN 4 weeks apart (Weeks 1, 5, and 9), administered in the thigh.', None,
     [D(100, "ug", "TA-CIN vaccine")], None),
    ('units', _T + 'NCT02405221:intervention', 'TA-CIN vaccine 100µg IM in the arm at Week 1, 5, and 9.', 'TA-CIN (arm)',
     [D(100, "ug", "TA-CIN vaccine")], None),
    # ------------------------------------------------------------ NCT0270xxxx
    ('units', _T + 'NCT02705196:arm', 'Patients will receive gemcitabine intravenously at a dose of 1000mg/m2 + nab-paclitaxel 125 mg/m2 as per hospital standards.', None,
     [D(1000, "mg/m2", "gemcitabine"), D(125, "mg/m2", "nab-paclitaxel")], None),
    ('levels', _T + 'NCT02705196:arm', 'The following LOAd703 doses will be evaluated:\nDose level 1: 5 X 10^10 viral particles per treatment Dose level 2: 1 X 10^11 viral particles per treatment Dose level 3: 5 X 10^11 viral particles per treatment', None,
     [D(5e10, "vp", "LOAd703", level="Dose level 1"), D(1e11, "vp", "LOAd703", level="Dose level 2"),
      D(5e11, "vp", "LOAd703", level="Dose level 3")], None),
    ('schedules', _T + 'NCT02705196:arm', 'A fixed dose of atezolizumab 1680 mg will be given every 4 weeks on day 1 of each chemotherapy cycle.', None,
     [D(1680, "mg", "atezolizumab", days=[1])], None),
    ('amounts', _T + 'NCT02705274:intervention', 'Drug: 1.25-mg Bevacizumab Intravitreal injection of 1.25 mg Bevacizumab at baseline and up to every 4 weeks using defined retreatment criteria.', 'Bevacizumab',
     [D(1.25, "mg", "Bevacizumab")], None),
    ('agents', _T + 'NCT02705274:brief_summary', 'using Bevacizumab 1.25 mg\n      instead of Ranbizumab to lower the cost burden', None,
     [D(1.25, "mg", "Bevacizumab")], None),
    ('non-doses', _T + 'NCT02705274:brief_summary', 'patients\n      need about 7 injections per year which will cost the patient about 7000 US dollars a year', None,
     [], None),
    ('agents', _T + 'NCT02705300:arm', 'Every 2 weeks: irinotecan 165 mg/m2 iv, oxaliplatin 85 mg/m2 iv, calcium folinate 200 mg/m2 iv, and 5-fluorouracil 3200 mg/m2 as a 46 hour infusion.', None,
     [D(165, "mg/m2", "irinotecan"), D(85, "mg/m2", "oxaliplatin"), D(200, "mg/m2", "calcium folinate"),
      D(3200, "mg/m2", "5-fluorouracil")], None),
    ('amounts', _T + 'NCT02705300:arm', 'Daily: Tocotrienol 300 mg x 3 daily', None,
     [D(300, "mg", "Tocotrienol")], None),
    ('non-doses', _T + 'NCT02705300:intervention', 'Max. 4 months', 'Irinotecan 165 mg/m2 iv',
     [], None),
    ('amounts', _T + 'NCT02705339:arm', 'Rociletinib is an oral drug which will be administered on an outpatient basis at a dose of 500 mg twice per day during each 28-day cycle.', None,
     [D(500, "mg", "Rociletinib")], None),
    ('amounts', _T + 'NCT02705339:arm', 'After completion of cycle 1, patients who tolerate the 500 mg twice per day dose without significant adverse effect may increase dosing to 625 mg twice per day at the discretion of the investigator', None,
     [D(500, "mg"), D(625, "mg")], None),
    ('non-doses', _T + 'NCT02705339:intervention', 'Approximately 4 teaspoons of blood will be drawn before treatment begins and at the time of disease progression to look at cell-free DNA', 'Blood draw',
     [], None),
    ('amounts', _T + 'NCT02705378:arm', '17g power qday; reconstituted in water for naso/orogastric tube administration', None,
     [D(17, "g")], None),
    ('amounts', _T + 'NCT02705378:arm', '25mg qday; crushed pill reconstituted in water for naso/orogastric tube administration', None,
     [D(25, "mg")], None),
    # ------------------------------------------------------------ NCT0290xxxx
    ('levels', _T + 'NCT02905188:intervention', 'The following dose levels will be evaluated:\nDL1: 1x10^7/m2\nDL2: 3x10^7/m2\nDL3: 1x10^8/m2\nDL4: 3x10^8/m2\nDL5: 1x10^9/m2', 'GLYCAR T cells',
     [D(1e7, "cells/m2", "GLYCAR T cells", level="DL1"), D(3e7, "cells/m2", "GLYCAR T cells", level="DL2"),
      D(1e8, "cells/m2", "GLYCAR T cells", level="DL3"), D(3e8, "cells/m2", "GLYCAR T cells", level="DL4"),
      D(1e9, "cells/m2", "GLYCAR T cells", level="DL5")], None),
    ('units', _T + 'NCT02905188:intervention', 'Cyclophosphamide will be given at a dose of 500 mg/m2/day for 3 days given intravenously', 'Cytoxan',
     [D(500, "mg/m2/day", "Cyclophosphamide")], None),
    ('units', _T + 'NCT02905188:intervention', 'Fludarabine will be given at a dose of 30 mg/m2/day for 3 days given intravenously', 'Fludarabine',
     [D(30, "mg/m2/day", "Fludarabine")], None),
    ('agents', _T + 'NCT02905227:arm', 'Two doses of CVT-427, 2 hours apart. 3.0 mg zolmitriptan capsule administered via CVT-427 breath-actuated inhaler in adult asthmatics', None,
     [D(3.0, "mg", "zolmitriptan")], None),
    ('agents', _T + 'NCT02905227:intervention', 'Each subject received 2 self-administered doses of 3.0 mg CVT-427 (zolmitriptan inhalation powder), 2 hours apart.', 'CVT-427 (zolmitriptan inhalation powder)',
     [D(3.0, "mg", "CVT-427")], None),
    ('amounts', _T + 'NCT02905253:arm', 'AC-084 administered at different single dose levels in a sequential manner, and in a maximum of 7 dose levels starting from 1 mg', None,
     [D(1, "mg", "AC-084")], None),
    ('ranges', _T + 'NCT02905253:arm', 'The starting dose will be between 1 and 30 mg and will be selected on the basis of the safety and pharmacokinetic results of the part A.', None,
     [D((1, 30), "mg")], None),
    ('amounts', _T + 'NCT02905253:intervention', 'Hard gelatin capsules for oral administration formulated in strengths of 1 mg, 10 mg, and 100 mg', 'AC-084',
     [D(1, "mg", "AC-084"), D(10, "mg", "AC-084"), D(100, "mg", "AC-084")], None),
    ('schedules', _T + 'NCT02905318:arm', '125mg orally days 1-21 every 28 day cycle', None,
     [D(125, "mg", days=list(range(1, 22)))], None),
    ('schedules', _T + 'NCT02905318:intervention', '125 mg orally on days 1-21 each 28 day cycle', 'Palbociclib',
     [D(125, "mg", "Palbociclib", days=list(range(1, 22)))], None),
    ('units', _T + 'NCT02905331:arm', 'Participants will receive 100 milligram (mg) guselkumab administered as a 100 milligram per milliliter (mg/mL) solution in a single-use prefilled syringe (PFS) assembled in a SelfDose device at Weeks 0, 4, 12, 20, and 28', None,
     [D(100, "mg", "guselkumab")], None),
    ('agents', _T + 'NCT02905331:arm', 'Partcipants will receive placebo at Weeks 0, 4, and 12 followed by guselkumab 100 mg at Weeks 16, 20, and 28.', None,
     [D(100, "mg", "guselkumab")], None),
    ('units', _T + 'NCT02905331:intervention', 'Participants will receive 100 mg of Guselkumab as 100 mg/mL solution via SelfDose device.', 'Guselkumab',
     [D(100, "mg", "Guselkumab")], None),
]


HOLDOUT14: list[Row] = [
    # ------------------------------------------------------------ NCT0300xxxx
    ('units', _T + 'NCT03006562:arm', 'will receive a dose of subcutaneous heparin 5,000 units prior to incision, and subcutaneous heparin 5,000 units every 8 hours after surgery until discharge.', None,
     [D(5000, "U", "heparin"), D(5000, "U", "heparin")], None),
    ('units', _T + 'NCT03006562:intervention', '5,000 units of subcutaneous heparin before surgery and then every 8 hours after surgery until discharge from the hospital.', 'Subcutaneous Heparin',
     [D(5000, "U", "heparin")], None),
    ('agents', _T + 'NCT03006575:intervention', 'weekly docetaxel(25mg/㎡) and nedaplatin(25mg/㎡) concurrent with chest radiation', 'concurrent chemotherapy',
     [D(25, "mg/m2", "docetaxel"), D(25, "mg/m2", "nedaplatin")], None),
    ('ranges', _T + 'NCT03006575:intervention', 'split-course chest radiation at 40-51 Gy/10-17f and 15-24 Gy/5-8f', 'split-course radiotherapy',
     [D((40, 51), "Gy", "split-course chest radiation"), D((15, 24), "Gy", "split-course chest radiation")], None),
    ('ranges', _T + 'NCT03006575:arm', 'A dose of 15-24 Gy/5-8f is delivered to the residue tumor.', None,
     [D((15, 24), "Gy")], None),
    ('schedules', _T + 'NCT03006614:arm', 'vinorelbine 25mg/m2 d1,d8 iv,q3w cisplatin 70mg/m2 d1，q3w gemcitabine 1000mg/m2 d1,d8,q3w capecitabine 1000mg/m2,bid,d1-14,q3w Trastuzumab', None,
     [D(25, "mg/m2", "vinorelbine", days=[1, 8]), D(70, "mg/m2", "cisplatin", days=[1]), D(1000, "mg/m2", "gemcitabine", days=[1, 8]),
      D(1000, "mg/m2", "capecitabine", days=R(1, 15))], None),
    ('schedules', _T + 'NCT03006614:arm', 'Epirubicin 90mg/m2 d1+ CTX 600mg/m2 d1 q2w, Docetaxel 75mg/m2 +/-herceptin d1,q3w', None,
     [D(90, "mg/m2", "Epirubicin", days=[1]), D(600, "mg/m2", "CTX", days=[1]), D(75, "mg/m2", "Docetaxel", days=[1])], None),
    ('amounts', _T + 'NCT03006627:intervention', 'A loading dose of morphine will be given in incremental doses of 1 mg 5 min apart, till the VAS score reached ≤3.', 'postoperative morphine',
     [D(1, "mg", "morphine")], None),
    ('amounts', _T + 'NCT03006627:intervention', 'Subsequently, PCA pump will be configured to deliver a bolus of 1 mg with a lock-out period lasting for 20 min.', 'postoperative morphine',
     [D(1, "mg", "postoperative morphine")], None),
    ('units', _T + 'NCT03006640:intervention', 'In the NTG group, the syringe contains 200 µg of NTG while in control group the syringe is filled with saline', 'Subcutaneous nitroglycrin',
     [D(200, "ug", "NTG")], None),
    ('non-doses', _T + 'NCT03006640:intervention', 'In both groups, a 1 ml filled insulin syringe is delivered to a blinded operator who infiltrated it subcutaneously over 1 cm along the radial artery course.', 'Subcutaneous saline',
     [D(1, "mL", "Subcutaneous saline")], None),
    # ------------------------------------------------------------ NCT0320xxxx
    ('non-doses', _T + 'NCT03206645:arm', 'Carboplatin AUC 6mg/L IV on day 1; Paclitaxel 175mg/m2 IV on day 1; PTC596 PO, twice a week, on day 1, 4, 8, 11, 15 and 18 per 21-day cycle for the first 3 cycles.', None,
     [D(175, "mg/m2", "Paclitaxel", days=[1])], None),
    ('amounts', _T + 'NCT03206658:intervention', 'A dose of 25 mg of spironolactone will be administered orally or through the nasogastric /nasoenteral tube to the patients every 24 hours, at 8-9 am.', 'Spironolactone 25 mg',
     [D(25, "mg", "spironolactone")], None),
    ('non-doses', _T + 'NCT03206658:intervention', 'The contents of a placebo capsule will be administered orally or through the nasogastric / nasoenteral tube to the patients every 24 hours, at 8-9 am.', 'Placebo oral capsule',
     [], None),
    ('units', _T + 'NCT03206671:intervention', 'Rituximab window (375 mg/m²)', 'Rituximab window',
     [D(375, "mg/m2", "Rituximab")], None),
    ('units', _T + 'NCT03206671:intervention', '2 doses of Rituximab (375 mg/m²) before the start of the first chemotherapy cycle', 'Additional doses of Rituximab',
     [D(375, "mg/m2", "Rituximab")], None),
    ('non-doses', _T + 'NCT03206671:intervention', '2 doses of Rituximab before the start of the second chemotherapy cycle, 1 dose of rituximab before the start of the third chemotherapy cycle', 'Additional doses of Rituximab',
     [], None),
    ('amounts', _T + 'NCT03206684:arm', "PEG-rhG-CSF single-dose was administered subcutaneously 48h after chemotherapy，with patients' weight ≥ 45kg were given 6mg once per chemotherapy cycle, weight <45kg were given 3mg once per chemotherapy cycle.", None,
     [D(6, "mg", "PEG-rhG-CSF"), D(3, "mg", "PEG-rhG-CSF")], None),
    ('units', _T + 'NCT03206684:arm', 'rhG-CSF was daily administered subcutaneously 48h after chemotherapy，weight≥45kg were given 300μg/d, weight<45kg were given 150μg/d,continuous injection for 3-5 days until the absolute neutrophils count≥2×10^9/L.', None,
     [D(300, "ug/day", "rhG-CSF"), D(150, "ug/day", "rhG-CSF")], None),
    ('non-doses', _T + 'NCT03206723:intervention', 'Hydrocone 1-2 tabs 4x/day if needed', 'Hydrocodone',
     [], None),
    ('non-doses', _T + 'NCT03206723:intervention', 'Fluoroquinolone eyedrops 4x/day', 'Eyedrop',
     [], None),
    # ------------------------------------------------------------ NCT0340xxxx
    ('amounts', _T + 'NCT03406650:intervention', 'Neoadjuvant durvalumab 1500 mg q3w for 4 cycles Adjuvant durvalumab 1500 mg q4w for 10 cycles', 'Neoadjuvant and adjuvant durvalumab',
     [D(1500, "mg", "durvalumab"), D(1500, "mg", "durvalumab")], None),
    ('non-doses', _T + 'NCT03406650:arm', 'Combination of standard therapy consisting (4 cycles cisplatin/ gemcitabin followed by surgery) with 4 cycles of neoadjuvant durvalumab and 10 cycles of adjuvant durvalumab', None,
     [], None),
    ('units', _T + 'NCT03406676:arm', '2mg / Kg of methylene blue in volume of 50ml is administrated I.V before anesthesia induction.', None,
     [D(2, "mg/kg", "methylene blue")], None),
    ('units', _T + 'NCT03406676:arm', '50ml of saline is administrated I.V before anesthesia induction.', None,
     [D(50, "mL", "saline")], None),
    ('non-doses', _T + 'NCT03406689:arm', "One drop of Nepafenac 0.1% will be administered 45' prior to the injection", None,
     [], None),
    ('scientific', _T + 'NCT03406780:arm', 'Patients will receive 150 million cardiosphere-derived cells (CDCs) via intravenous infusion every 3 months for a total of 4 doses.', None,
     [D(1.5e8, "cells", "cardiosphere-derived cells")], None),
    ('non-doses', _T + 'NCT03406780:arm', 'Patients will receive a placebo solution via intravenous infusion every 3 months for a total of 4 doses.', None,
     [], None),
    # ------------------------------------------------------------ NCT0360xxxx
    ('scientific', _T + 'NCT03606512:intervention', 'Ad26.RSV.preF will be administered as IM injection at a dose of 2.5*10^10 vp.', 'Ad26.RSV.preF',
     [D(2.5e10, "vp", "Ad26.RSV.preF")], None),
    ('units', _T + 'NCT03606512:intervention', 'Nimenrix will be administered as 0.5 milliliter (mL) solution for IM injection.', 'Nimenrix',
     [D(0.5, "mL", "Nimenrix")], None),
    ('non-doses', _T + 'NCT03606512:intervention', 'Placebo will be administered as IM injection of sterile 0.9 percent (%) saline for injection.', 'Placebo',
     [], None),
    ('amounts', _T + 'NCT03606538:arm', 'Eight participants with moderate hepatic impairment receive a single dose of 80 mg MDMA.', None,
     [D(80, "mg", "MDMA")], None),
    ('amounts', _T + 'NCT03606538:intervention', '80 mg MDMA', 'MDMA',
     [D(80, "mg", "MDMA")], None),
    ('non-doses', _T + 'NCT03606538:brief_summary', 'Blood will also be drawn 24, 36, 48, 72 and 96 hours after MDMA\n      administration.', None,
     [], None),
    ('schedules', _T + 'NCT03606577:intervention', 'Consolidation 4 cycles Carfilzomib 20 or 36 mg/m² on days 1, 2, 8, 9, 15, 16 (20 mg/m² on D1 and 2 first cycle only)', 'Carfilzomib',
     [D(20, "mg/m2", "Carfilzomib", days=[1, 2, 8, 9, 15, 16]), D(36, "mg/m2", "Carfilzomib", days=[1, 2, 8, 9, 15, 16]),
      D(20, "mg/m2", "Carfilzomib", days=[1, 2])], None),
    ('schedules', _T + 'NCT03606577:intervention', 'induction: 6 cycles Lenalidomide 25 mg/day from day 1 to day 21 Consolidation: 4 cycles 15 mg/day from Day 1 to Day 21 (first cycle ) 25 mg/day from Day 1 to Day 21 (in the following cycle) Maintenance therapy 10mg/day, Day 1 to 21, for 2 years', 'Lenalidomide',
     [D(25, "mg/day", "Lenalidomide", days=R(1, 22)), D(15, "mg/day", "Lenalidomide", days=R(1, 22)),
      D(25, "mg/day", "Lenalidomide", days=R(1, 22)), D(10, "mg/day", "Lenalidomide", days=R(1, 22))], None),
    ('schedules', _T + 'NCT03606577:intervention', 'induction 6 cycles 20 mg/day on days 1-2, 8-9, 15-16 and 22-23 Consolidation 4 cycles 40 mg/Day on Days 1, 8, 15 and 22', 'Dexamethasone',
     [D(20, "mg/day", "Dexamethasone", days=[1, 2, 8, 9, 15, 16, 22, 23]), D(40, "mg/day", "Dexamethasone", days=[1, 8, 15, 22])], None),
    ('amounts', _T + 'NCT03606590:intervention', 'Sorafenib 400 mg (2 x 200 mg tablets) taken twice daily without food (at least 1 hour before or 2 hours after a meal).', 'Sorafenib',
     [D(400, "mg", "Sorafenib"), D(200, "mg", "Sorafenib")], None),
    # ------------------------------------------------------------ NCT0380xxxx
    ('agents', _T + 'NCT03806530:arm', 'Gabapentin 100 mg capsule, once daily for 4 weeks. Ropinirole 0.50 mg capsule, once daily for 4 weeks.', None,
     [D(100, "mg", "Gabapentin"), D(0.5, "mg", "Ropinirole")], None),
    ('agents', _T + 'NCT03806530:arm', 'Gabapentin 100 mg capsule, once daily for 4 weeks. Ropinirole placebo 0.50 mg capsule, once daily for 4 weeks.', None,
     [D(100, "mg", "Gabapentin"), D(0.5, "mg", "Ropinirole placebo")], None),
    ('amounts', _T + 'NCT03806530:intervention', '0.50 mg capsule', 'Ropinirole',
     [D(0.5, "mg", "Ropinirole")], None),
    ('non-doses', _T + 'NCT03806556:arm', 'TXA dose will be 10mg/kg, diluted in normal saline to a total volume of 15 milliliters (mL).', None,
     [D(10, "mg/kg", "TXA")], None),
    ('units', _T + 'NCT03806556:arm', 'Normal saline will be administered at a total volume of 15mL.', None,
     [D(15, "mL", "Normal saline")], None),
    ('non-doses', _T + 'NCT03806556:arm', 'Doses will be given intravenous (IV). Doses are administered every 8 hours or three times daily (TID) per the discretion of the treating investigator.', None,
     [], None),
    ('non-doses', _T + 'NCT03806582:intervention', 'intervention with norepinephrine to reach a MAP of 85 mmHg', 'Norepinephrine',
     [], None),
    ('units', _T + 'NCT03806595:arm', '1mL of lidocaine 2% will be instilled in either the nostril ipsilateral to the headache or 1ml in each nostril in cases of bilateral headache.', None,
     [D(1, "mL", "lidocaine"), D(1, "mL", "lidocaine")], None),
    ('units', _T + 'NCT03806595:intervention', 'The Barre method of intranasal administration will be used to instil 1mL of saline 0.9% in either the nostril ipsilateral to the headache or 1ml in each nostril in cases of bilateral headache.', 'Normal Saline Flush, 0.9% Injectable Solution',
     [D(1, "mL", "saline"), D(1, "mL", "saline")], None),
    # ------------------------------------------------------------ NCT0405xxxx
    ('scientific', _T + 'NCT04056533:arm', '1x10^5 CMV-CTLs/kg', None,
     [D(1e5, "cells/kg", "CMV-CTLs")], None),
    ('scientific', _T + 'NCT04056533:detailed_description', 'It will use 6mL of CMV-CTLs to infused a dose of 1x10^5 cells/kg in our patient.', None,
     [D(6, "mL", "CMV-CTLs"), D(1e5, "cells/kg", "CMV-CTLs")], None),
    ('non-doses', _T + 'NCT04056533:detailed_description', 'If patient and donor are eligible, it will take 1x10^9 cells from donor leukapheresis.', None,
     [], None),
    ('amounts', _T + 'NCT04056572:arm', 'TQ-B3139 tablet 600mg administered orally, twice daily.', None,
     [D(600, "mg", "TQ-B3139")], None),
    ('amounts', _T + 'NCT04056611:arm', 'Participants >=13 to <18 years of age will receive 250 mg JNJ-53718678 bid for 21 days (without coadministration with moderate or strong CYP3A4 inhibitors), or 125 mg JNJ-53718678 bid for 21 days (coadministered with moderate or strong CYP3A4 inhibitors with the exception of posaconazole), or 125 mg qd for 21 days (when coadministered with posaconazole)', None,
     [D(250, "mg", "JNJ-53718678"), D(125, "mg", "JNJ-53718678"), D(125, "mg", "JNJ-53718678")], None),
    ('amounts', _T + 'NCT04056611:intervention', 'JNJ-53718678 250 mg will be administered orally.', 'JNJ-53718678 250 mg',
     [D(250, "mg", "JNJ-53718678")], None),
    ('amounts', _T + 'NCT04056650:intervention', 'up to 250 mg', 'L-theanine',
     [D(250, "mg", "L-theanine")], None),
    ('ranges', _T + 'NCT04056650:intervention', '50-400mg', 'Caffeine supplement',
     [D((50, 400), "mg", "Caffeine supplement")], None),
    # ------------------------------------------------------------ NCT0430xxxx
    ('units', _T + 'NCT04306653:intervention', 'patients with acute gout will receive 100 IU ACTH IM', 'ACTH',
     [D(100, "IU", "ACTH")], None),
    ('amounts', _T + 'NCT04306653:intervention', 'patients with acute gout will receive 6 mg of betamethasone', 'Betamethasone',
     [D(6, "mg", "betamethasone")], None),
    ('amounts', _T + 'NCT04306692:arm', 'Myo-inositol 4000 mg Dosing: 2 x 1 bag per day, per os', None,
     [D(4000, "mg", "Myo-inositol")], None),
    ('schedules', _T + 'NCT04306692:arm', 'Each tablet contains 50 mg of clomiphene citrate Dosing: 1 tablet per day, per os, from cycle day 3 until 7 (extremes included), stepping up until a maximum dose of 3 tablets per day for 5 consecutive days', None,
     [D(50, "mg", "clomiphene citrate", days=R(3, 8))], None),
    ('agents', _T + 'NCT04306692:intervention', 'Each tablet contains 50 mg of clomiphene citrate which means 33,9 mg of clomiphene.', 'Clomiphene Citrate',
     [D(50, "mg", "clomiphene citrate"), D(33.9, "mg", "clomiphene")], None),
]


HOLDOUT15: list[Row] = [
    # ------------------------------------------------------------ NCT0120xxxx
    ('non-doses', _T + 'NCT01206517:arm', 'Participants 10 or 11 years of age', None,
     [], None),
    ('schedules', _T + 'NCT01206517:intervention', 'Asenapine tablet, sublingually (SL), 2.5 mg b.i.d. on Days 1-6 and one 2.5 mg tablet, SL, on Day 7.', 'Asenapine 2.5 mg',
     [D(2.5, "mg", "Asenapine", days=R(1, 7)), D(2.5, "mg", "Asenapine", days=[7])], None),
    ('amounts', _T + 'NCT01206517:intervention', 'Asenapine tablets, SL, in a rising dose schedule to 10 mg b.i.d. (with a single 10 mg dose on final day). For Cohorts 3b, 3c and 3d, rising dose schedule begins with asenapine 5 mg b.i.d. on Day 1 and dosing occurs through Day 8.', 'Asenapine 10 mg',
     [D(10, "mg", "Asenapine"), D(10, "mg", "Asenapine"), D(5, "mg", "asenapine")], None),
    ('amounts', _T + 'NCT01206530:intervention', 'Dose:600 or 800 mg Route:PO daily Treatment Administration: Daily', 'Hydroxychloroquine',
     [D(600, "mg", "Hydroxychloroquine"), D(800, "mg", "Hydroxychloroquine")], None),
    ('schedules', _T + 'NCT01206530:intervention', 'Dose: 85mg/m2 Route: IV infusion over 2 hours Treatment Administration: Day 1', 'Oxaliplatin',
     [D(85, "mg/m2", "Oxaliplatin", days=[1])], None),
    ('schedules', _T + 'NCT01206530:intervention', 'Dose: 2,400mg/m2 Route: IV continuous infusion over 46 hours immediately following bolus injection.\nTreatment Administration: Days 1-2', '5-fluorouracil',
     [D(2400, "mg/m2", "5-fluorouracil", days=[1, 2])], None),
    ('ranges', _T + 'NCT01206569:intervention', 'Long-acting tacrolimus (Advagraf, Astellas Pharma) will be started at single daily dose of 0.15-0.2 mg/kg/day for 6 months.', 'Long-acting tacrolimus (Advagraf, Astellas Pharma)',
     [D((0.15, 0.2), "mg/kg/day", "Long-acting tacrolimus")], None),
    ('units', _T + 'NCT01206582:arm', 'Hemin was diluted in 25% albumin to obtain a concentration of 2.4 mg/mL and administered at a dose of 1.25 mL/Kg and at a rate of 60 mL/hour.', None,
     [D(1.25, "mL/kg", "Hemin")], None),
    ('non-doses', _T + 'NCT01206582:arm', '10 iv infusions for 8 weeks', None,
     [], None),
    ('non-doses', _T + 'NCT01206595:arm', 'Marcaine with epinephrine 1:200,000 is the reference-listed drug for bupivacaine and contains the same active, local anesthetic as SKY0402', None,
     [], None),
    ('amounts', _T + 'NCT01206595:intervention', 'Single dose of 125 mg administered as a nerve block', 'Bupivacaine HCl',
     [D(125, "mg", "Bupivacaine HCl")], None),
    ('agents', _T + 'NCT01206608:intervention', 'Low-dose SKY0402 administered locally into one breast pocket and 75 mg bupivacaine HCl administered locally into the other breast pocket', 'SKY0402 + bupivacaine HCl',
     [D(75, "mg", "bupivacaine HCl")], None),
    ('amounts', _T + 'NCT01206608:detailed_description', 'After surgery, subjects were to receive standard treatment with acetaminophen 1000 mg three\n      times daily', None,
     [D(1000, "mg", "acetaminophen")], None),
    ('units', _T + 'NCT01206647:intervention', 'Metformin 500mg/daily titrated to 2000mg/d in 4 Weeks (continued for 20 weeks) Saxagliptin 5 mg daily over complete trial', 'Metformin and Saxagliptin',
     [D(500, "mg/day", "Metformin"), D(2000, "mg/day", "Metformin"), D(5, "mg", "Saxagliptin")], None),
    ('non-doses', _T + 'NCT01206660:intervention', 'Desoximetasone topical spray 0.25% administered to affected area twice a day for 28 days', 'Desoximetasone Spray 0.25%',
     [], None),
    ('agents', _T + 'NCT01206699:arm', 'Active arm : anesthetic bloc (1 ml of lidocaïne 1%) immediately followed with corticoid (altim® 1.5 ml)', None,
     [D(1, "mL", "lidocaïne"), D(1.5, "mL", "altim®")], None),
    ('agents', _T + 'NCT01206699:arm', 'Control arm: anesthetic bloc (1 ml of lidocaïne 1%) immediately followed with physiological solution (1.5 ml)', None,
     [D(1, "mL", "lidocaïne"), D(1.5, "mL", "physiological solution")], None),
    # ------------------------------------------------------------ NCT0150xxxx
    ('agents', _T + 'NCT01506505:arm', 'Cardiovascular agents in a polypill used from 05.00-11.00 in the morning (acetylsalicylic acid 75 mg, simvastatin 40 mg, lisinopril 10 mg, hydrochlorothiazide 12,5 mg)', None,
     [D(75, "mg", "acetylsalicylic acid"), D(40, "mg", "simvastatin"), D(10, "mg", "lisinopril"), D(12.5, "mg", "hydrochlorothiazide")], None),
    ('agents', _T + 'NCT01506505:arm', 'Cardiovascular agents in as acetylsalicylic acid 75 mg, lisinopril 10 mg, hydrochlorothiazide 12,5 mg used 05.00-11.00 in the morning.\nSimvastatin 40 mg used 18.00-00.00 in the evening.', None,
     [D(75, "mg", "acetylsalicylic acid"), D(10, "mg", "lisinopril"), D(12.5, "mg", "hydrochlorothiazide"), D(40, "mg", "Simvastatin")], None),
    ('non-doses', _T + 'NCT01506544:arm', 'This will be a single dose study where participants will receive 20mg/kg or the participant\'s usual dose as a liquid containing hydroxyurea 100mg/mL.', None,
     [D(20, "mg/kg", "hydroxyurea")], None),
    ('non-doses', _T + 'NCT01506544:arm', 'Participants will receive each of the two following treatments of HU in a randomized, crossover fashion: Either approximately 20 mg/kg/day (rounded to the nearest 200mg and no greater than 30 mg/kg) or the participant\'s usual daily dose as: 1) a liquid containing 100 mg/mL of hydroxyurea, or 2) Droxia® 200 mg capsules administered orally.', None,
     [D(20, "mg/kg/day", "HU"), D(30, "mg/kg", "HU"), D(200, "mg", "Droxia®")], None),
    ('amounts', _T + 'NCT01506544:intervention', '20mg/kg of Hydroxyurea or the patient\'s standard daily dose', 'Hydroxyurea',
     [D(20, "mg/kg", "Hydroxyurea")], None),
    ('scientific', _T + 'NCT01506570:intervention', 'One SC injection at Day 0 and Day 180 of the TetraVax-DV Vaccine, Admixture TV005 (10^3 PFU of rDEN1Δ30, 10^4 PFU of rDEN2/4Δ30[ME], 10^3 PFU of rDEN3Δ30/31-7164, and 10^3 PFU of rDEN4Δ30)', 'TetraVax-DV Vaccine - Admixture TV005',
     [D(1e3, "PFU", "rDEN1Δ30"), D(1e4, "PFU", "rDEN2/4Δ30[ME]"), D(1e3, "PFU", "rDEN3Δ30/31-7164"), D(1e3, "PFU", "rDEN4Δ30")], None),
    ('non-doses', _T + 'NCT01506570:intervention', 'One SC injection at Day 0 and Day 180 of placebo', 'Placebo',
     [], None),
    ('amounts', _T + 'NCT01506596:intervention', 'Pazopanib 800 mg orally once daily will be started on Cycle 1 Day 1 and will be administered continuously for a 28-day cycle.', 'pazopanib',
     [D(800, "mg", "Pazopanib")], None),
    ('units', _T + 'NCT01506622:arm', 'intravenous administration of propofol 1 mg/kg at the end of anesthesia', None,
     [D(1, "mg/kg", "propofol")], None),
    ('units', _T + 'NCT01506622:intervention', 'Fentanyl 1 mcg/kg will be administered to fentanyl group at the end of anesthesia.', 'Administration of fentanyl',
     [D(1, "ug/kg", "Fentanyl")], None),
    ('non-doses', _T + 'NCT01506661:arm', '10 subjects with mild rheumatoid arthritis aged 50 years and older will be enrolled and will receive a single dose of Zostavax vaccine.', None,
     [], None),
    ('units', _T + 'NCT01506661:intervention', '0.65 ml (19,400 plaque forming units) Zostavax will be administered subcutaneously once at the baseline visit', 'Zostavax (varicella zoster virus) vaccine',
     [D(0.65, "mL", "Zostavax"), D(19400, "PFU", "Zostavax")], None),
    ('amounts', _T + 'NCT01506713:arm', 'Clopidogrel tablets 75 mg of Dr. Reddy\'s Laboratories Limited', None,
     [D(75, "mg", "Clopidogrel")], None),
    ('amounts', _T + 'NCT01506726:arm', 'Subjects randomized to active drug arm will receive 750mg of salsalate (one pill) twice a day (am and pm) for one month. After one month the dose will be increased to 1500mg (2 pills) twice a day (if the 750mg dose was tolerated) for a further 5 months.', None,
     [D(750, "mg", "salsalate"), D(1500, "mg", "salsalate")], None),
    ('amounts', _T + 'NCT01506726:intervention', 'Salsalate 750mg tablet 1 pill bid for one month followed by Salsalate 750mg tablets 2 pills (1500mg) twice a day for a further 5 months (total duration of treatment will be 6 months)', 'Salsalate',
     [D(750, "mg", "Salsalate"), D(1500, "mg", "Salsalate")], None),
    ('non-doses', _T + 'NCT01506739:intervention', 'E2020 film-coated tablet (5mg) orally administered in a single dose with 200 mL water.', 'Donepezil Hydrochloride',
     [D(5, "mg", "E2020")], None),
    ('amounts', _T + 'NCT01506739:brief_summary', 'bioequivalence between E2020 dry syrup 1% form (0.5\n      g), given either with 200 mL of water or suspended in 20 mL of water, and E2020 film-coated\n      tablet (5 mg)', None,
     [D(0.5, "g", "E2020"), D(5, "mg", "E2020")], None),
    # ------------------------------------------------------------ NCT0180xxxx
    ('agents', _T + 'NCT01806597:arm', 'ppIGA non-responders were randomized in a 1:1 ratio to secukinumab either 150 mg or 300mg weekly for 5 weeks, starting at Week 16, then every 4 weeks up to and including Week 128.', None,
     [D(150, "mg", "secukinumab"), D(300, "mg", "secukinumab")], None),
    ('amounts', _T + 'NCT01806597:intervention', 'Study treatment were provided in pre-filled syringes of secukinumab 150 mg in 1 mL. Each dosing consisted of two secukinumab 150 mg s.c. injections', 'secukinumab 300 mg',
     [D(150, "mg", "secukinumab")], None),
    ('amounts', _T + 'NCT01806623:intervention', 'Single oral dose of 150mg Fluconazole', 'Fluconazole',
     [D(150, "mg", "Fluconazole")], None),
    ('amounts', _T + 'NCT01806649:arm', 'BKM120, starting at 100 mg oral once daily', None,
     [D(100, "mg", "BKM120")], None),
    ('non-doses', _T + 'NCT01806675:arm', 'Patients with gynecological cancer undergo 18F-FDG and 18F-FPPRGD2 positron emission tomography / computed tomography (PET/CT) imaging at baseline and at 9 t0 12 weeks (or standard of care follow-up)', None,
     [], None),
    ('units', _T + 'NCT01806675:intervention', 'Participants will be injected with less than 10 mCi of 18F-FPPRGD2.', '18F-FPPRGD2',
     [D(10, "mCi", "18F-FPPRGD2")], None),
    ('units', _T + 'NCT01806740:intervention', 'Gadoterate meglumine was administered at a dose of 0.1 mmol/kg (0.2 mL/kg) using a power injector, in an intravenous bolus at a rate of 3 mL/sec.', 'Gadoterate meglumine',
     [D(0.1, "mmol/kg", "Gadoterate meglumine"), D(0.2, "mL/kg", "Gadoterate meglumine")], None),
    ('agents', _T + 'NCT01806779:arm', 'smokers in this group will receive treatment with Chantix at a dose of 0.5 mg once per day followed by 0.5 mg twice a day for the remaining 4 days of that week plus Zyban at a dose of 150mg once per day. Subsequently, the dose of Chantix will be 1 mg twice per day and the dose of Zyban will be 150 mg twice per day', None,
     [D(0.5, "mg", "Chantix"), D(0.5, "mg", "Chantix"), D(150, "mg", "Zyban"), D(1, "mg", "Chantix"), D(150, "mg", "Zyban")], None),
    ('units', _T + 'NCT01806779:intervention', 'All participants will receive 21 mg/24 h dose nicotine (nic.) patches for 1 week.', 'Nicotine patches',
     [D(21, "mg/day", "nicotine")], None),
    ('agents', _T + 'NCT01806792:arm', 'risedronate 150mg and cholecalciferol 30,000 IU 1 tablet + Placebo(for risedronate 150mg) 1 tablet by once a month.', None,
     [D(150, "mg", "risedronate"), D(30000, "IU", "cholecalciferol")], None),
    ('non-doses', _T + 'NCT01806792:arm', 'risedronate 150mg 1 tablet + Placebo(for risedronate 150mg and cholecalciferol 30,000 IU) 1 tablet by once a month.', None,
     [D(150, "mg", "risedronate")], None),
    # ------------------------------------------------------------ NCT0200xxxx
    ('levels', _T + 'NCT02006537:arm', 'Cohort 2 will enrol 20 healthy elderly male and female volunteers (10 males and 10 females), who will receive a single 10 mg dose of GSK225694 in the fasted or fed state according to the randomization schedule.', None,
     [D(10, "mg", "GSK225694", level="Cohort 2")], None),
    ('amounts', _T + 'NCT02006537:intervention', 'GSK2256294 is a 5 mg capsule administered orally as a 10 mg dose in the fasted or fed state', 'GSK2256294',
     [D(5, "mg", "GSK2256294"), D(10, "mg", "GSK2256294")], None),
    ('amounts', _T + 'NCT02006576:arm', '600 mg ibuprofen three times daily for 48 weeks', None,
     [D(600, "mg", "ibuprofen")], None),
    ('non-doses', _T + 'NCT02006589:intervention', 'Test formulation candesartan cilexetil 8 mg will be supplied as round, biconvex pink tablets with PX 8 embossed in one face.', 'Candesartan cilexetil (GW615775, Test formulation)',
     [D(8, "mg", "candesartan cilexetil")], None),
    ('non-doses', _T + 'NCT02006602:intervention', 'Reference treatment of candesartan cilexetil 16 mg will be supplied as round, biconvex pink tablets, scored in one face and with embossment in both faces (016 embossment in the plain face and A CH in the scored face).', 'Candesartan cilexetil (Reference treatment)',
     [D(16, "mg", "candesartan cilexetil")], None),
    ('units', _T + 'NCT02006628:arm', 'Participants received GWP42003 (100 mg/milliliter [mL]), 5 mL twice daily (BID) administered orally', None,
     [D(5, "mL", "GWP42003")], None),
    ('non-doses', _T + 'NCT02006628:intervention', 'GWP42003 was an oral solution containing 100 mg/mL CBD dissolved in the excipients sesame oil, ethanol, sucralose and strawberry flavoring.', 'GWP42003',
     [], None),
    ('agents', _T + 'NCT02006641:arm', 'Idalopirdine adjunct to 10 mg Donepezil', None,
     [D(10, "mg", "Donepezil")], None),
    ('units', _T + 'NCT02006641:detailed_description', 'a 24-week double-blind treatment period with placebo or idalopirdine 10\n      mg/day or 30 mg/day as adjunctive therapy to donepezil 10 mg/day', None,
     [D(10, "mg/day", "idalopirdine"), D(30, "mg/day", "idalopirdine"), D(10, "mg/day", "donepezil")], None),
    ('schedules', _T + 'NCT02006667:arm', 'Participants received an initial loading dose of 4 milligrams per kilogram (mg/kg) trastuzumab intravenous (i.v.) on Day 3 of Cycle 1, followed by weekly doses of 2 mg/kg i.v until disease progression; 1200 mg per square meter (m2) gemcitabine i.v. on Days 1, 8, and 15 of Cycles 1 through 6; and 70 mg/m2 cisplatin i.v. on Day 2 of Cycles 1 through 6.', None,
     [D(4, "mg/kg", "trastuzumab", days=[3]), D(2, "mg/kg", "trastuzumab"), D(1200, "mg/m2", "gemcitabine", days=[1, 8, 15]),
      D(70, "mg/m2", "cisplatin", days=[2])], None),
    ('schedules', _T + 'NCT02006667:intervention', '4 mg/kg i.v., Day 3 of Cycle 1, followed by weekly doses of 2 mg/kg i.v., Day 1 of Cycle 2 until disease progression', 'trastuzumab',
     [D(4, "mg/kg", "trastuzumab", days=[3]), D(2, "mg/kg", "trastuzumab", days=[1])], None),
    ('schedules', _T + 'NCT02006667:intervention', '1200 mg/m2 i.v. on Days 1, 8, and 15 of Cycle 1 through 6', 'gemcitabine',
     [D(1200, "mg/m2", "gemcitabine", days=[1, 8, 15])], None),
    # ------------------------------------------------------------ NCT0230xxxx
    ('amounts', _T + 'NCT02306564:arm', 'Group A will include patients at risk of OHSS receiving Cabergoline 0.5mg daily for 8 days (Dostinex®, Pfizer Australia Pty Ltd ) from the day of oocyte pick up for prevention of hyperstimulation', None,
     [D(0.5, "mg", "Cabergoline")], None),
    ('units', _T + 'NCT02306564:detailed_description', 'After the development of at least three leading follicles≥18 mm, 10,000 unit of HCG\n      (Choriomon, IBSA, Institute Biochimique SA) is given IM', None,
     [D(10000, "U", "HCG")], None),
    # ------------------------------------------------------------ NCT0260xxxx
    ('units', _T + 'NCT02606500:arm', 'Elonva 150 mcg intramuscular daily obese', None,
     [D(150, "ug", "Elonva")], None),
    ('non-doses', _T + 'NCT02606500:intervention', '20 obese women will be the study group and 20 normal weighing women will be the control group. Both groups will receive 150 mcg of Elonva for controlled ovarian hyperstimulation (COH). Gonadotropin-releasing hormone (GnRH) antagonist will be used to prevent premature luteinizing hormone (LH) surge. Additional daily doses of 200 IU of recombinant follicle stimulating hormone (rFSH) will be used if necessary.', 'Elonva',
     [D(150, "ug", "Elonva"), D(200, "IU", "recombinant follicle stimulating hormone")], None),
    ('non-doses', _T + 'NCT02606500:intervention', 'Cumulus cell (CC) samples will be collected and stored on -80 oC for subsequent analysis.', 'Elonva',
     [], None),
    ('units', _T + 'NCT02606526:arm', 'Infants randomized to this arm will receive an intra-dermal administration of 0.05 ml of BCG vaccine within 24h of birth', None,
     [D(0.05, "mL", "BCG vaccine")], None),
    ('non-doses', _T + 'NCT02606526:arm', 'Infants randomized to this arm will receive intra-dermal administration of 0.05 ml of BCG vaccine at 14 weeks of age', None,
     [D(0.05, "mL", "BCG vaccine")], None),
    ('agents', _T + 'NCT02606539:arm', 'plus single course methotrexate(anti folate chemotheraputic agent, vial form given by intramuscular injection) 1mg/kg alternating with calcium folinate 0.1 mg/kg until normalization of B-HCG', None,
     [D(1, "mg/kg", "methotrexate"), D(0.1, "mg/kg", "calcium folinate")], None),
    ('agents', _T + 'NCT02606539:arm', 'The patient will be treated by multiple courses of methotrexate( antifolate) 1mg/kg every 14 days each one alternating in every otherday with calcium folinate 0.1 mg/kg till normalization of B-HCG', None,
     [D(1, "mg/kg", "methotrexate"), D(0.1, "mg/kg", "calcium folinate")], None),
    ('agents', _T + 'NCT02606539:intervention', 'methotrxate 1mg/kg every other day alternating with calcium folinate 0.1 mg/kg for 4 doses each cycle then measuring B-HCG and cycle repeated until normalization of B-HCG', 'Methotrexate plus folinic acid alone',
     [D(1, "mg/kg", "methotrxate"), D(0.1, "mg/kg", "calcium folinate")], None),
    ('amounts', _T + 'NCT02606617:arm', 'Mosapride(5mg, 3/d), antidiabetic drug except DPP-IV inhibitor and GLP-1 receptor activator.', None,
     [D(5, "mg", "Mosapride")], None),
    ('agents', _T + 'NCT02606617:arm', 'Placebo(5mg, 3/d), antidiabetic drug except DPP-IV inhibitor and GLP-1 receptor activator.', None,
     [D(5, "mg", "Placebo")], None),
]


HOLDOUT16: list[Row] = []

# ------------------------------------------------------------ NCT0325xxxx
HOLDOUT16 += [
    ('amounts', _T + 'NCT03256487:arm', 'Patients will receive IV buprenorphine 0.3mg diluted to a volume of 10mL with NS in a plastic syringe administered over 3-5 minutes.', None,
     [D(0.3, "mg", "buprenorphine")], None),
    ('units', _T + 'NCT03256487:arm', 'Patients will receive IV morphine 0.1mg/kg (max dose 8mg) diluted to a volume of 10mL with NS in a plastic syringe administered over 3-5 minutes.', None,
     [D(0.1, "mg/kg", "morphine"), D(8, "mg", "morphine")], None),
    ('units', _T + 'NCT03256487:intervention', 'morphine 0.1 mg/kg IV (max 8mg per dose)', 'Morphine Sulfate',
     [D(0.1, "mg/kg", "morphine"), D(8, "mg", "morphine")], None),
]

# ------------------------------------------------------------ NCT0315xxxx
HOLDOUT16 += [
    ('units', _T + 'NCT03156504:arm', 'Subjects will receive three IV Ketamine Hydrochloride infusions (0.5 mg/kg, infused over 100 minutes) and measure their depressive symptom responses.', None,
     [D(0.5, "mg/kg", "Ketamine Hydrochloride")], None),
    ('units', _T + 'NCT03156504:intervention', 'Subjects will receive three IV ketamine infusions at 0.5 mg/kg, infused over 100 minutes.', 'Ketamine Hydrochloride',
     [D(0.5, "mg/kg", "ketamine")], None),
]

# ------------------------------------------------------------ NCT0365xxxx
HOLDOUT16 += [
    ('units', _T + 'NCT03656510:arm', 'Participants will be randomized to receive JNJ-53718678 2.5 milligram per kilogram (mg/kg) (Age Group 1: greater than or equal to [>=] 28 days and less than [<] 3 months of age), 3 mg/kg (Age Group 2: >=3 months and <6 months of age) and 4.5 mg/kg (Age Group 3: >=6 months and less than or equal to [<=3] years of age) orally twice daily for 7 days.', None,
     [D(2.5, "mg/kg", "JNJ-53718678"), D(3, "mg/kg", "JNJ-53718678"), D(4.5, "mg/kg", "JNJ-53718678")], None),
    ('units', _T + 'NCT03656510:arm', 'Participants will be randomized to receive JNJ-53718678 0.83 mg/kg (Age Group 1: >=28 days and <3 months of age), 1 mg/kg (Age Group 2: >=3 months and <6 months of age) and 1.5 mg/kg (Age Group 3: >=6 months and 3 years of age) orally twice daily for 7 days.', None,
     [D(0.83, "mg/kg", "JNJ-53718678"), D(1, "mg/kg", "JNJ-53718678"), D(1.5, "mg/kg", "JNJ-53718678")], None),
]

# ------------------------------------------------------------ NCT0325xxxx (2)
HOLDOUT16 += [
    ('amounts', _T + 'NCT03256526:arm', '75 mg once daily', None,
     [D(75, "mg")], None),
    ('amounts', _T + 'NCT03256526:intervention', '300 mg once daily', 'PF-06835919 High Dose',
     [D(300, "mg", "PF-06835919 High Dose")], None),
    ('amounts', _T + 'NCT03256526:intervention', '0 mg', 'Placebo',
     [D(0, "mg", "Placebo")], None),
]

# ------------------------------------------------------------ NCT0365xxxx (2)
HOLDOUT16 += [
    ('schedules', _T + 'NCT03656536:intervention', 'Gemcitabine 1000 mg/m^2 administered as an intravenous infusion on Days 1 and 8 of every 3-week cycle for up to 8 cycles.', 'Gemcitabine',
     [D(1000, "mg/m2", "Gemcitabine", days=[1, 8])], None),
    ('schedules', _T + 'NCT03656536:intervention', 'Cisplatin 25 mg/m^2 administered as an intravenous infusion on Days 1 and 8 of every 3-week cycle for up to 8 cycles.', 'Cisplatin',
     [D(25, "mg/m2", "Cisplatin", days=[1, 8])], None),
    ('non-doses', _T + 'NCT03656536:intervention', 'Pemigatinib at the protocol-defined dose administered orally once daily as continuous therapy schedule (a cycle is 3 weeks).', 'Pemigatinib',
     [], None),
]

# ------------------------------------------------------------ NCT0325xxxx (3)
HOLDOUT16 += [
    ('units', _T + 'NCT03256552:arm', 'Glycopyrronium Metered Dose Inhaler 28.8 micrograms', None,
     [D(28.8, "ug", "Glycopyrronium")], None),
    ('units', _T + 'NCT03256552:intervention', 'Glycopyrronium MDI 14.4 micrograms', 'Glycopyrronium MDI 14.4 micrograms',
     [D(14.4, "ug", "Glycopyrronium")], None),
]

# ------------------------------------------------------------ NCT0335xxxx
HOLDOUT16 += [
    ('scientific', _T + 'NCT03356561:arm', 'Participants will receive Ad26.ZIKV.001 at 5*10^10 viral particles (vp) via intramuscular (IM) route on Days 1 and 57.', None,
     [D(5e10, "vp", "Ad26.ZIKV.001", days=[1, 57])], None),
    ('scientific', _T + 'NCT03356561:arm', 'Participants will receive Ad26.ZIKV.001 1*10^11 vp on Day 1 and placebo on Day 57 via IM route.', None,
     [D(1e11, "vp", "Ad26.ZIKV.001", days=[1])], None),
    ('scientific', _T + 'NCT03356561:brief_summary', 'Ad26.ZIKV.001 at 2 dose levels, 5*10^10 viral particles (vp) and 1*10^11 vp, administered\n      intramuscularly as single dose and as 2-dose schedules in healthy adults.', None,
     [D(5e10, "vp", "Ad26.ZIKV.001"), D(1e11, "vp", "Ad26.ZIKV.001")], None),
]

# ------------------------------------------------------------ NCT0345xxxx
HOLDOUT16 += [
    ('amounts', _T + 'NCT03456570:arm', 'these patients will be offered Dydrogesterone 10 mg twice daily will be offered for 10 days , then they will be seen Post-menstrual or delayed menses for 1 week after treatment', None,
     [D(10, "mg", "Dydrogesterone")], None),
    ('amounts', _T + 'NCT03456570:intervention', 'Dydrogesterone 10 mg twice daily', 'Dydrogesterone 10 mg',
     [D(10, "mg", "Dydrogesterone")], None),
    ('non-doses', _T + 'NCT03456570:arm', 'those patients will be offered placebo tablets twice daily will be offered for 10 days , then they will be seen Post-menstrual or delayed menses for 1 week after treatment', None,
     [], None),
]

# ------------------------------------------------------------ NCT0365xxxx (3)
HOLDOUT16 += [
    ('non-doses', _T + 'NCT03656575:arm', 'intra-articular injection of 1 mL of the 40 mg/ml strength (1 vial)', None,
     [D(1, "mL")], None),
]

# ------------------------------------------------------------ NCT0335xxxx (2)
HOLDOUT16 += [
    ('amounts', _T + 'NCT03356587:intervention', 'Patients will be instructed to take Abemaciclib orally at a dose of 200mg bid with a glass of water twice daily, in a fasting state or with a light fat-free meal, and as close as possible to the same time each day', 'Abemaciclib',
     [D(200, "mg", "Abemaciclib")], None),
    ('non-doses', _T + 'NCT03356587:arm', 'Abemaciclib represents a selective and potent small molecule CDK4 and CDK6 dual inhibitor with broad antitumor activity in preclinical pharmacology models.(oral class)', None,
     [], None),
]

# ------------------------------------------------------------ NCT0305xxxx
HOLDOUT16 += [
    ('units', _T + 'NCT03056599:arm', 'Minute volumes (up to 8.3 microliters) of saline (negative control) or microdoses of anti-cancer agents will be percutaneously injected in a columnar fashion through each of 8 needles into a single enlarged solid tumor.', None,
     [D(8.3, "uL", "saline")], None),
]

# ------------------------------------------------------------ NCT0355xxxx
HOLDOUT16 += [
    ('agents', _T + 'NCT03556592:arm', 'Week -1, Week 1, and Week 15: oral administration of caffeine 100 mg, warfarin sodium 5 mg x2, omeprazole 20 mg, metoprolol tartrate 100 mg, and midazolam hydrochloride 2 mg.', None,
     [D(100, "mg", "caffeine"), D(5, "mg", "warfarin sodium"), D(20, "mg", "omeprazole"), D(100, "mg", "metoprolol tartrate"),
      D(2, "mg", "midazolam hydrochloride")], None),
    ('amounts', _T + 'NCT03556592:intervention', '2x 5 mg tablets', 'Warfarin',
     [D(5, "mg", "Warfarin")], None),
    ('non-doses', _T + 'NCT03556592:intervention', '1 mL of 2 mg/mL oral solution/syrup', 'Midazolam Hydrochloride',
     [D(1, "mL", "Midazolam Hydrochloride")], None),
]

# ------------------------------------------------------------ NCT0345xxxx (2)
HOLDOUT16 += [
    ('schedules', _T + 'NCT03456609:intervention', '500ml shenqifuzheng daily（at day 1-14 and day22-36）through intravenous infusion.', 'shenqifuzheng injection',
     [D(500, "mL", "shenqifuzheng", days=list(R(1, 15)) + list(R(22, 37)))], None),
    ('schedules', _T + 'NCT03456609:intervention', '500ml sodium chloride（0.9%）daily（at day 1-14 and day22-36）through intravenous infusion.', 'Sodium Chloride Injection 0.9%',
     [D(500, "mL", "sodium chloride", days=list(R(1, 15)) + list(R(22, 37)))], None),
    ('units', _T + 'NCT03456609:brief_summary', 'test\n      group Shenqifuzheng injection of 500 ml, the control group 0.9% sodium chloride injection,\n      500 ml, intravenous drip, 1 times a day, 14 days post, rest is 7 days, 21 days each for a\n      period of treatment, observation of two procedures.', None,
     [D(500, "mL", "Shenqifuzheng"), D(500, "mL", "sodium chloride")], None),
]

# ------------------------------------------------------------ NCT0365xxxx (4)
HOLDOUT16 += [
    ('amounts', _T + 'NCT03656627:intervention', 'For each cohort, all patients will be dosed at 240 mg IV. There will be no dose de-escalation or escalation from this dose level.', 'Nivolumab',
     [D(240, "mg", "Nivolumab")], None),
    ('non-doses', _T + 'NCT03656627:intervention', 'One cycle is a 28-day period, with Nivolumab given on days 1 and 15 of a 28-day cycle.', 'Nivolumab',
     [], None),
]

# ------------------------------------------------------------ NCT0305xxxx (2)
HOLDOUT16 += [
    ('units', _T + 'NCT03056638:arm', 'Degarelix monthly for 6 months SBRT 8 Gy x 5', None,
     [D(8, "Gy", "SBRT")], None),
    ('units', _T + 'NCT03056638:intervention', 'SBRT 8 Gy x 5', 'stereotactic body radiosurgery (SBRT)',
     [D(8, "Gy", "SBRT")], None),
    ('non-doses', _T + 'NCT03056638:brief_summary', 'the\n      number of radiation sessions can be reduced from the typical 45-48 sessions, as in\n      conventional daily session radiation, to 5 sessions given every other day over a week and a\n      half.', None,
     [], None),
]

# ------------------------------------------------------------ NCT0335xxxx (3)
HOLDOUT16 += [
    ('amounts', _T + 'NCT03356639:arm', 'Participants in Sequence AB will first receive ASP6981 capsules orally (50 mg) during period 1. After a 14-day washout period, participants receive matching placebo during period 2.', None,
     [D(50, "mg", "ASP6981")], None),
    ('amounts', _T + 'NCT03356639:arm', 'Participants in Sequence DC will first receive matching placebo capsules orally during period 1. After a-14 day washout period, participants receive ASP6981 (135 mg) during period 2.', None,
     [D(135, "mg", "ASP6981")], None),
    ('non-doses', _T + 'NCT03356639:arm', 'Participants will receive ASP6981 capsules or matching placebo every 12 hours on days 1 through 14 (only in the morning of day 14) of period 1 and 2.', None,
     [], None),
]

# ------------------------------------------------------------ NCT0345xxxx (3)
HOLDOUT16 += [
    ('amounts', _T + 'NCT03456648:arm', 'Interdialytic kinetics of low dose (2.5 mg apixaban) post-dialysis', None,
     [D(2.5, "mg", "apixaban")], None),
    ('amounts', _T + 'NCT03456648:arm', 'Intra- and interrdialytic kinetics of high (5 mg) apixaban pre-dialysis', None,
     [D(5, "mg", "apixaban")], None),
    ('amounts', _T + 'NCT03456648:brief_summary', 'Two doses of drugs will be studies (2.5 mg and 5 mg).', None,
     [D(2.5, "mg"), D(5, "mg")], None),
]

# ------------------------------------------------------------ NCT0305xxxx (3)
HOLDOUT16 += [
    ('scientific', _T + 'NCT03056664:arm', 'Patient in this arm will receive routine surgery and local MSC injection of 3×10E6/kg', None,
     [D(3e6, "cells/kg", "MSC")], None),
    ('scientific', _T + 'NCT03056664:intervention', 'Local MSC injection in peri-anal with a dose of 6×10E6/kg', 'MSC injection 02',
     [D(6e6, "cells/kg", "MSC")], None),
]

# ------------------------------------------------------------ NCT0345xxxx (4)
HOLDOUT16 += [
    ('agents', _T + 'NCT03456661:intervention', 'Infiltration with 0.25% 29,5ml + 0,5ml physiologic serum (total volume 30ml), US guided, using pectoralis block technique.', 'Levobupivacaine',
     [D(29.5, "mL", "Levobupivacaine"), D(0.5, "mL", "physiologic serum")], None),
    ('agents', _T + 'NCT03456661:intervention', 'Infiltration with chirocaine 0.25% 29,5ml + 0,5ml dexmedetomidine (50µg) (total volume 30ml), US guided, using pectoralis block technique.', 'Levobupivacaine + Dexmedetomidine',
     [D(29.5, "mL", "chirocaine"), D(0.5, "mL", "dexmedetomidine"), D(50, "ug", "dexmedetomidine")], None),
    ('agents', _T + 'NCT03456661:arm', 'with levobupivacaine 0.25% 29,5ml + Dexmedetomidine 50µg (0,5ml)with a total volume of 30ml.', None,
     [D(29.5, "mL", "levobupivacaine"), D(50, "ug", "Dexmedetomidine"), D(0.5, "mL", "Dexmedetomidine")], None),
]

# ------------------------------------------------------------ NCT0365xxxx (5)
HOLDOUT16 += [
    ('amounts', _T + 'NCT03656666:arm', 'Week 0-24: 21 patients will receive apremilast oral tablets with initial standard titration of dose day 1-6 followed by standard dose of 30 mg apremilast b.i.d.', None,
     [D(30, "mg", "apremilast")], None),
    ('schedules', _T + 'NCT03656666:arm', 'Day 3: 10 mg in morning and 20 mg in evening.', None,
     [D(10, "mg", days=[3]), D(20, "mg", days=[3])], None),
    ('non-doses', _T + 'NCT03656666:arm', 'Week 0-24: 21 patients will receive matching placebo oral tablets, with initial titration.', None,
     [], None),
]

# ------------------------------------------------------------ NCT0315xxxx (2)
HOLDOUT16 += [
    ('scientific', _T + 'NCT03156673:intervention', 'Patients will receive of clinical grade bronchial basal cells (BBCs) with a dosage of 10^6 (1 million) cells/Kg/person via fiberoptic bronchoscopy after fully lavage of the localized lesions.', 'bronchial basal cells',
     [D(1e6, "cells/kg", "bronchial basal cells")], None),
]

# ------------------------------------------------------------ NCT0345xxxx (5)
HOLDOUT16 += [
    ('amounts', _T + 'NCT03456687:arm', 'This group will receive a weekly Exenatide 2mg injection for one year.', None,
     [D(2, "mg", "Exenatide")], None),
    ('non-doses', _T + 'NCT03456687:intervention', 'Exenatide will be administered through a subcutaneous injection once per week for the duration of the study (1 year).', 'Exenatide',
     [], None),
]

# ------------------------------------------------------------ NCT0365xxxx (6)
HOLDOUT16 += [
    ('units', _T + 'NCT03656692:arm', 'Participants receive Acthar Gel as follows: 1 mL 2x/week for 36 weeks, followed by a taper to 1 mL/week for two weeks, and then 0.5 mL/week for an additional 2 weeks', None,
     [D(1, "mL", "Acthar Gel"), D(1, "mL/week", "Acthar Gel"), D(0.5, "mL/week", "Acthar Gel")], None),
    ('non-doses', _T + 'NCT03656692:intervention', 'Acthar gel for subcutaneous injection 80 units per mL (40 units per 0.5 mL)', 'Acthar Gel',
     [], None),
]

# ------------------------------------------------------------ NCT0355xxxx (2)
HOLDOUT16 += [
    ('non-doses', _T + 'NCT03556696:intervention', 'Remifentanil Ce target can range from 0 to 10 ng.ml-1. Remifentanil target is adapted in order to maintain Analgesia Nociception Index (MDMS, Loos, France) in the [50-70] range.', 'Remifentanil',
     [], None),
    ('non-doses', _T + 'NCT03556696:intervention', 'propofol is used for induction and maintenance of general anesthesia using Schnider pK/pD model. Propofol Ce target is adapted in order to maintain BiSpectral Index in [40-60] range', 'Propofol',
     [], None),
]

# ------------------------------------------------------------ NCT0325xxxx (4)
HOLDOUT16 += [
    ('units', _T + 'NCT03256695:arm', 'Participants will receive 90 micrograms (mcg) of albuterol sulfate (ABS) via eMDPI (sitting on the upper part of the device for the purposes of detecting and storing usage information), 1 to 2 inhalations every 4 hours, as needed for 12 weeks.', None,
     [D(90, "ug", "albuterol sulfate")], None),
    ('non-doses', _T + 'NCT03256695:intervention', 'ABS will be administered via eMDPI as per the dose and schedule specified in the arm.', 'Albuterol sulfate (ABS)',
     [], None),
]

# ------------------------------------------------------------ NCT0305xxxx (4)
HOLDOUT16 += [
    ('amounts', _T + 'NCT03056703:intervention', 'Two Fast Release Tablets containing 500 mg acetylsalicylic acid each', 'Acetylsalicylic acid (Aspirin, BAY1019036)',
     [D(500, "mg", "acetylsalicylic acid")], None),
    ('agents', _T + 'NCT03056703:brief_summary', 'a single dose of a\n      new 1000 mg fast release ASA (acetylsalicylic acid) tablet with that of two tablets of a\n      commercially available 500 mg fast release tablet', None,
     [D(1000, "mg", "ASA"), D(500, "mg", "ASA")], None),
]


HOLDOUT17: list[Row] = []

# ------------------------------------------------------------ NCT0005xxxx
HOLDOUT17 += [
    ('units', _T + 'NCT00056498:intervention', 'Risperdal 4 mg per day for 16 weeks', 'Risperdal',
     [D(4, "mg/day", "Risperdal")], None),
    ('non-doses', _T + 'NCT00056498:intervention', 'Placebo capsule daily for 16 weeks', 'Placebo',
     [], None),
    ('non-doses', _T + 'NCT00056498:detailed_description', 'However, up to 50% of patients treated with clozapine fail to\n      respond', None,
     [], None),
]

# ------------------------------------------------------------ NCT0035xxxx
HOLDOUT17 += [
    ('units', _T + 'NCT00356525:intervention', '500 mg/m2, intravenous (IV), every 14 days x 6 cycles or until disease progression', 'pemetrexed',
     [D(500, "mg/m2", "pemetrexed")], None),
    ('units', _T + 'NCT00356525:intervention', '1500 mg/m2, intravenous (IV), every 14 days x 6 cycles or until disease progression', 'gemcitabine',
     [D(1500, "mg/m2", "gemcitabine")], None),
    ('non-doses', _T + 'NCT00356525:intervention', 'area under the curve (AUC) 5, intravenous (IV), every 21 days x 6 cycles or until disease progression', 'carboplatin',
     [], None),
]

# ------------------------------------------------------------ NCT0045xxxx
HOLDOUT17 += [
    ('amounts', _T + 'NCT00456508:arm', '30 mg dose of ecallantide given via 3 SC injections; a second 30 mg dose can be administered if needed.', None,
     [D(30, "mg", "ecallantide")], None),
    ('amounts', _T + 'NCT00456508:intervention', 'solution for SC injection, one 30 mg dose per HAE attack', 'ecallantide',
     [D(30, "mg", "ecallantide")], None),
    ('non-doses', _T + 'NCT00456508:arm', 'Patients were asked to return for 3 follow-up visits: 7 days, 28 days and 90 days post-dose.', None,
     [], None),
]

# ------------------------------------------------------------ NCT0055xxxx
HOLDOUT17 += [
    ('amounts', _T + 'NCT00556491:intervention', 'given at least for 4 doses (200mg initially then 100mg every 12 hours until surgery)with maximum of 14 doses', 'minocycline',
     [D(200, "mg", "minocycline"), D(100, "mg", "minocycline")], None),
    ('non-doses', _T + 'NCT00556491:intervention', 'placebo will be given for at least 4 doses pre-op to a maximum of 14 doses', 'placebo',
     [], None),
]

# ------------------------------------------------------------ NCT0065xxxx
HOLDOUT17 += [
    ('schedules', _T + 'NCT00656487:arm', 'Cannabis dependent young adults administered rimonabant 90 mg at Day 0 and followed for 28 days post.', None,
     [D(90, "mg", "rimonabant", days=[0])], None),
    ('amounts', _T + 'NCT00656487:intervention', 'double blind, placebo controlled, single 90 mg dose', 'rimonabant',
     [D(90, "mg", "rimonabant")], None),
    ('non-doses', _T + 'NCT00656487:arm', 'Non-cannabis using demographically similar young adults followed for 28 days.', None,
     [], None),
]

# ------------------------------------------------------------ NCT0045xxxx (2)
HOLDOUT17 += [
    ('agents', _T + 'NCT00456521:arm', 'Naltrexone SR 32 mg/ bupropion SR 360 mg/ day with intensive group lifestyle modification counseling', None,
     [D(32, "mg", "Naltrexone SR"), D(360, "mg/day", "bupropion SR")], None),
    ('non-doses', _T + 'NCT00456521:detailed_description', 'nearly twice the average weight loss at one year (12.1 kg) as\n      pharmacotherapy alone (sibutramine, 5.0 kg) or lifestyle modification counseling alone (6.7\n      kg).', None,
     [], None),
]

# ------------------------------------------------------------ NCT0065xxxx (2)
HOLDOUT17 += [
    ('amounts', _T + 'NCT00656513:intervention', '5mg by mouth 3 times a day for 12 weeks', 'Pilocarpine',
     [D(5, "mg", "Pilocarpine")], None),
]

# ------------------------------------------------------------ NCT0005xxxx (2)
HOLDOUT17 += [
    ('units', _T + 'NCT00056537:intervention', 'Starting dose: 0.5 mcg/kg; subsequent doses: individual, based on pre-treatment level of anti-SEA/E-120, body weight, and toxicities observed in prior patients on study; IV; one bolus injection each day for 5 consecutive days; up to 3 cycles', 'ABR-217620',
     [D(0.5, "ug/kg", "ABR-217620")], None),
]

# ------------------------------------------------------------ NCT0015xxxx
HOLDOUT17 += [
    ('amounts', _T + 'NCT00156533:arm', 'QHS dosing with 10mg of zolpidem (i.e. nightly dose)', None,
     [D(10, "mg", "zolpidem")], None),
    ('amounts', _T + 'NCT00156533:arm', 'Intermittent dosing with 10mg of zolpidem (3-5 pills per week as needed', None,
     [D(10, "mg", "zolpidem")], None),
    ('amounts', _T + 'NCT00156533:intervention', '10 mg of Zolpidem', 'Zolpidem',
     [D(10, "mg", "Zolpidem")], None),
]

# ------------------------------------------------------------ NCT0065xxxx (3)
HOLDOUT17 += [
    ('units', _T + 'NCT00656526:intervention', '0.5 cc lidocaine, one single injection over the dorsal root.', 'Lidocaine, perineural injection, intraoperatively',
     [D(0.5, "mL", "lidocaine")], None),
    ('units', _T + 'NCT00656526:intervention', '0.5 cc %2 lidocaine,single injection', 'Lidocaine',
     [D(0.5, "mL", "lidocaine")], None),
    ('agents', _T + 'NCT00656526:detailed_description', 'The induction was made 2 mg/kg propofol, 1 ug/kg remifentanyl, 0.5mg/kg\n      rocuronium.', None,
     [D(2, "mg/kg", "propofol"), D(1, "ug/kg", "remifentanyl"), D(0.5, "mg/kg", "rocuronium")], None),
]

# ------------------------------------------------------------ NCT0035xxxx (2)
HOLDOUT17 += [
    ('units', _T + 'NCT00356590:intervention', 'Etanercept (TNFR:Fc) will be administered 50 mg per week as two 25 mg subcutaneous injections at separate sites, given either on the same day or 3 or 4 days apart.', 'Etanercept',
     [D(50, "mg/week", "Etanercept"), D(25, "mg", "Etanercept")], None),
]

# ------------------------------------------------------------ NCT0065xxxx (4)
HOLDOUT17 += [
    ('amounts', _T + 'NCT00656552:intervention', 'Patient undergo a double- blind therapy of Escitalopram (10 mg) orally daily during breakfast (n=50) or placebo (n=50) for four weeks.', 'Escitalopram',
     [D(10, "mg", "Escitalopram")], None),
]

# ------------------------------------------------------------ NCT0035xxxx (3)
HOLDOUT17 += [
    ('agents', _T + 'NCT00356616:intervention', 'Viread (300 mg Tenofovir disoproxil fumarate) once daily', 'Viread (300 mg Tenofovir disoproxil fumarate) once daily',
     [D(300, "mg", "Tenofovir disoproxil fumarate")], None),
    ('non-doses', _T + 'NCT00356616:arm', 'Trizivir+ Tenofovir 2/day', None,
     [], None),
]

# ------------------------------------------------------------ NCT0005xxxx (3)
HOLDOUT17 += [
    ('levels', _T + 'NCT00056589:intervention', 'Single doses of rFXIII administered intravenously (IV) to two subjects in each of the five dose levels (2, 6, 20, 50 and 75 U/kg).', 'catridecacog',
     [D(2, "U/kg", "rFXIII"), D(6, "U/kg", "rFXIII"), D(20, "U/kg", "rFXIII"), D(50, "U/kg", "rFXIII"), D(75, "U/kg", "rFXIII")], None),
]

# ------------------------------------------------------------ NCT0035xxxx (4)
HOLDOUT17 += [
    ('units', _T + 'NCT00356642:arm', 'Subjects with body surface area (BSA) disease involvement between 10 and 15% will be included. Subjects will receive either 100 milligrams (mg) GW842470X or placebo in a ratio of 2:1.', None,
     [D(100, "mg", "GW842470X")], None),
    ('ranges', _T + 'NCT00356642:arm', 'Subjects with BSA disease involvement between 30 and 40% will be included. Subjects will receive either 300-400 mg GW842470X or placebo in a ratio of 3:1', None,
     [D((300, 400), "mg", "GW842470X")], None),
    ('ranges', _T + 'NCT00356642:arm', 'Subjects with BSA disease involvement >=50% will be included. Subjects will receive either 500-1000 mg GW842470X or placebo in a ratio of 2:1', None,
     [D((500, 1000), "mg", "GW842470X")], None),
]

# ------------------------------------------------------------ NCT0045xxxx (3)
HOLDOUT17 += [
    ('schedules', _T + 'NCT00456599:intervention', 'Gemcitabine 1000mg/m2 will be infused over 30 minutes on days 1, 8, and 15 of a treatment cycle.', 'gemcitabine',
     [D(1000, "mg/m2", "Gemcitabine", days=[1, 8, 15])], None),
    ('schedules', _T + 'NCT00456599:intervention', 'Oxaliplatin 85mg/m2 will be infused following gemcitabine over approximately 90 minutes on days 1 and 15 of a treatment cycle.', 'oxaliplatin',
     [D(85, "mg/m2", "Oxaliplatin", days=[1, 15])], None),
    ('units', _T + 'NCT00456599:intervention', 'The total dose in a three week treatment block will be 30 Gy in 2.0 Gy fractions.', 'Radiation',
     [D(30, "Gy", "Radiation"), D(2.0, "Gy", "Radiation")], None),
]

# ------------------------------------------------------------ NCT0065xxxx (5)
HOLDOUT17 += [
    ('schedules', _T + 'NCT00656617:arm', 'Idarubicin 12 mg/m^2 by vein (IV) over 1 hour daily for 3 days (days 4 to 6). Ara-C (Cytarabine) 1.5 g/m^2 IV as a continuous infusion over 24 hours daily (days 4 to 7). Vorinostat initial dose level 500 mg orally three times a day for 3 days (days 1 to 3).', None,
     [D(12, "mg/m2", "Idarubicin", days=[4, 5, 6]), D(1.5, "g/m2", "Cytarabine", days=[4, 5, 6, 7]), D(500, "mg", "Vorinostat", days=[1, 2, 3])], None),
    ('schedules', _T + 'NCT00656617:intervention', '1.5 g/m^2 IV as a continuous infusion over 24 hours daily (days 4 to 7)', 'Cytarabine',
     [D(1.5, "g/m2", "Cytarabine", days=[4, 5, 6, 7])], None),
    ('schedules', _T + 'NCT00656617:intervention', 'Initial dose level 500 mg orally three times a day for 3 days (days 1 to 3).', 'Vorinostat',
     [D(500, "mg", "Vorinostat", days=[1, 2, 3])], None),
]

# ------------------------------------------------------------ NCT0055xxxx (2)
HOLDOUT17 += [
    ('schedules', _T + 'NCT00556634:intervention', 'Efavirenz given in a stepped dosage over 2 weeks (200 mg qd for 6 days plus placebo, 400 mg qd for 7 days plus placebo and 600 mg qd from day 14 forward)\nOR\nEfavirenz usual dosage (600 mg/day from the first day)', 'Efavirenz',
     [D(200, "mg", "Efavirenz"), D(400, "mg", "Efavirenz"), D(600, "mg", "Efavirenz"), D(600, "mg/day", "Efavirenz")], None),
]

# ------------------------------------------------------------ NCT0065xxxx (6)
HOLDOUT17 += [
    ('amounts', _T + 'NCT00656630:intervention', 'Two 333mg capsules, 3 times daily (Total dose, 1998 mg daily), 1 week duration', 'Acamprosate',
     [D(333, "mg", "Acamprosate"), D(1998, "mg", "Acamprosate")], None),
    ('amounts', _T + 'NCT00656630:intervention', '50mg capsule, Once daily, 1 week duration', 'Naltrexone',
     [D(50, "mg", "Naltrexone")], None),
]

# ------------------------------------------------------------ NCT0065xxxx (7)
HOLDOUT17 += [
    ('units', _T + 'NCT00656643:intervention', 'Two subconjunctival injections of 440 micrograms sirolimus each.', 'Sirolimus',
     [D(440, "ug", "sirolimus")], None),
]

# ------------------------------------------------------------ NCT0065xxxx (8)
_N = 'Combination of Protein A Immunoadsorption, Rituximab, Dexamethasone plus Azathioprine'
HOLDOUT17 += [
    ('amounts', _T + 'NCT00656656:intervention', 'Rituximab: 1000 mg i.v. given twice at a 2-week interval', _N,
     [D(1000, "mg", "Rituximab")], None),
    ('agents', _T + 'NCT00656656:intervention', 'Dexamethasone pulse therapy: 100 mg i.v. given on 3 consecutive days every 3 weeks\nAzathioprine: 2.5 mg/kg body weight daily p.o.', _N,
     [D(100, "mg", "Dexamethasone"), D(2.5, "mg/kg", "Azathioprine")], None),
]

# ------------------------------------------------------------ NCT0045xxxx (4)
HOLDOUT17 += [
    ('amounts', _T + 'NCT00456677:arm', 'Addition of minocycline 150 mg po twice daily to current asthma treatment regimen.', None,
     [D(150, "mg", "minocycline")], None),
    ('amounts', _T + 'NCT00456677:detailed_description', 'adult asthmatics given\n      minocycline 150 mg po BID or placebo as add-on therapy for eight weeks each.', None,
     [D(150, "mg", "minocycline")], None),
]

# ------------------------------------------------------------ NCT0055xxxx (3)  (\u03bc: see src/r1.py)
HOLDOUT17 += [
    ('agents', _T + 'NCT00556673:brief_summary', 'indacaterol maleate 500\n      \u03bcg/mometasone furoate 400 \u03bcg via the Twisthaler® device', None,
     [D(500, "ug", "indacaterol maleate"), D(400, "ug", "mometasone furoate")], None),
    ('agents', _T + 'NCT00556673:intervention', 'Indacaterol maleate 250 \u03bcg / mometasone furoate 200 \u03bcg delivered via the Twisthaler device.', 'indacaterol maleate/mometasone furoate',
     [D(250, "ug", "Indacaterol maleate"), D(200, "ug", "mometasone furoate")], None),
    ('agents', _T + 'NCT00556673:intervention', 'Fluticasone proprionate 250 \u03bcg / salmeterol xinafoate 50 \u03bcg delivered via the Accuhaler® device.', 'fluticasone proprionate / salmeterol xinafoate',
     [D(250, "ug", "Fluticasone proprionate"), D(50, "ug", "salmeterol xinafoate")], None),
]

# ------------------------------------------------------------ NCT0035xxxx (5)
HOLDOUT17 += [
    ('units', _T + 'NCT00356733:intervention', '50 IU/kg/week EPO to a target haemoglobin level of 13.7 g/dL for men and 13.4 g/dL for women (group A) or to a target comparable to starting hemoglobin level (group B)', 'Erythropoietin administration',
     [D(50, "IU/kg/week", "EPO")], None),
]

# ------------------------------------------------------------ NCT0045xxxx (5)
HOLDOUT17 += [
    ('amounts', _T + 'NCT00456716:intervention', '400mg po bid', 'sorafenib',
     [D(400, "mg", "sorafenib")], None),
    ('amounts', _T + 'NCT00456716:detailed_description', 'Open label study using oral sorafenib 800 mg daily in any stage III-IV BAC lung cancer and\n      Stage III-IV adenocarcinoma of the lung in nonsmokers (less than < 100 cigarettes lifetime).', None,
     [D(800, "mg", "sorafenib")], None),
]

# ------------------------------------------------------------ NCT0065xxxx (9)
HOLDOUT17 += [
    ('ranges', _T + 'NCT00656695:intervention', 'Iminoral in form of capsules 25,50 and 100 mg giving in the dose of 3-7 mg/kg twice daily', 'Iminoral',
     [D(25, "mg", "Iminoral"), D(50, "mg", "Iminoral"), D(100, "mg", "Iminoral"), D((3, 7), "mg/kg", "Iminoral")], None),
]

# ------------------------------------------------------------ NCT0045xxxx (6)
HOLDOUT17 += [
    ('agents', _T + 'NCT00456755:arm', 'Consist of 6 herbal. 7.5 g Xanthium sibiricum Patrin ex Widder (Asteraceae, Fructus), 20 g Angelica dahurica (Fisch. ex Hoffm.) Benth. (Apiaceae, Radix), 7.5 g Saposhnikovia divaricata (Turcz.) Schischk. (Apiaceae, Radix),15 g Magnolia biondii Pamp., (Magnoliaceae, Flos), 5 g Gentiana scabra Bunge (Gentianaceae, Radix) and 5 g Verbena officinalis L. (Verbenaceae, Herba).', None,
     [D(7.5, "g", "Xanthium sibiricum"), D(20, "g", "Angelica dahurica"), D(7.5, "g", "Saposhnikovia divaricata"),
      D(15, "g", "Magnolia biondii"), D(5, "g", "Gentiana scabra"), D(5, "g", "Verbena officinalis")], None),
    ('amounts', _T + 'NCT00456755:intervention', '4 weeks of treatment, dose of 1 g (two capsules), twice daily', 'Shi-Bi-Lin',
     [D(1, "g", "Shi-Bi-Lin")], None),
    ('agents', _T + 'NCT00456755:intervention', '4 weeks of colormatched placebo capsules, dose of 1 g (two capsules), twice daily', 'Placebo',
     [D(1, "g", "placebo")], None),
]

# ------------------------------------------------------------ NCT0055xxxx (4)
HOLDOUT17 += [
    ('units', _T + 'NCT00556764:intervention', 'Subjects will be injected with up to 4 mCi of 123-I IBVM followed by SPECT imaging.', '[123I] IBVM and SPECT imaging',
     [D(4, "mCi", "123-I IBVM")], None),
    ('units', _T + 'NCT00556764:intervention', 'Subjects will be injected with a bolus of up to 4 mCi of 123-I IBVM followed by serial SPECT imaging.', 'Subjects will undergo the 123-I IBVM imaging visit',
     [D(4, "mCi", "123-I IBVM")], None),
]

# ------------------------------------------------------------ NCT0065xxxx (10)
HOLDOUT17 += [
    ('amounts', _T + 'NCT00656747:intervention', 'Subjects will be randomised to moxifloxacin 400 mg PO OD (5 days). Subjects will also take placebo tablets, so that each subject takes 3 tablets per day for 7 days.', 'Avelox (Moxifloxacin, BAY12-8039)',
     [D(400, "mg", "moxifloxacin")], None),
    ('agents', _T + 'NCT00656747:intervention', 'Subjects will be randomised to amoxicillin-clavulanic acid 875/125 mg PO BID (7 days).', 'Amoxicillin clavulanic acid',
     [D(875, "mg", "amoxicillin"), D(125, "mg", "clavulanic acid")], None),
]

# ------------------------------------------------------------ NCT0015xxxx (2)
HOLDOUT17 += [
    ('units', _T + 'NCT00156650:arm', 'T gel for 6 months + DMPA (Day 0 & Month 3) + Acyline 300 mcg/kg twice monthly for 12 weeks', None,
     [D(300, "ug/kg", "Acyline")], None),
    ('amounts', _T + 'NCT00156650:intervention', 'Testosterone (T) gel 10 g daily for 6 months', 'Testosterone Gel',
     [D(10, "g", "Testosterone")], None),
    ('amounts', _T + 'NCT00156650:intervention', '300 mg IM every 3 months', 'Depo-Medroxyprogesterone',
     [D(300, "mg", "Depo-Medroxyprogesterone")], None),
]

# ------------------------------------------------------------ NCT0005xxxx (4)
HOLDOUT17 += [
    ('amounts', _T + 'NCT00056654:intervention', '45 mg Intramuscular injection 6 month depot formulation', 'Leuprolide acetate',
     [D(45, "mg", "Leuprolide acetate")], None),
    ('agents', _T + 'NCT00056654:brief_summary', 'a new sustained-release 45 mg (depot)\n      formulation of leuprolide acetate', None,
     [D(45, "mg", "leuprolide acetate")], None),
]

# ------------------------------------------------------------ NCT0025xxxx
HOLDOUT17 += [
    ('amounts', _T + 'NCT00256698:intervention', 'intramuscular injection 250 mg loading dose (LD) regimen', 'Fulvestrant',
     [D(250, "mg", "Fulvestrant")], None),
    ('amounts', _T + 'NCT00256698:intervention', '1 mg oral tablet', 'Anastrozole',
     [D(1, "mg", "Anastrozole")], None),
]


HOLDOUT21: list[Row] = [
    # ------------------------------------------------------------------ NCT0265xxxx
    ("agents", _T + "NCT02656511:arm", "Dolutegravir 50 mg PO daily plus Emtricitabine 200 mg/Tenofovir alafenamide 25 mg", None,
     [D(50, "mg", "Dolutegravir"), D(200, "mg", "Emtricitabine"), D(25, "mg", "Tenofovir alafenamide")], None),
    ("amounts", _T + "NCT02656511:intervention", "Dolutegravir 50 mg PO daily", "Dolutegravir",
     [D(50, "mg", "Dolutegravir")], None),
    ("agents", _T + "NCT02656511:intervention", "Emtricitabine 200 mg/Tenofovir alafenamide 25 mg PO daily", "Emtricitabine/Tenofovir",
     [D(200, "mg", "Emtricitabine"), D(25, "mg", "Tenofovir alafenamide")], None),
    # ------------------------------------------------------------------ NCT0285xxxx
    ("units", _T + "NCT02856503:arm", "Weekly oral dose of 50,000 IU Vitamin D3 (VD) for 3 weeks.", None,
     [D(50000, "IU", "Vitamin D3")], None),
    ("units", _T + "NCT02856503:arm", "Weekly oral dose of 50,000 IU Vitamin D3 (VD) therapy for the duration selected from the phase I part of the study.", None,
     [D(50000, "IU", "Vitamin D3")], None),
    # ------------------------------------------------------------------ NCT0295xxxx
    ("amounts", _T + "NCT02956512:intervention", "Dexibuprofen 300mg", "Dexibuprofen",
     [D(300, "mg", "Dexibuprofen")], None),
    ("non-doses", _T + "NCT02956512:detailed_description", "A single oral dose of test medicine will be administered to participants in a practical\n      period with the aid of 200 mL of water at room temperature.", None,
     [], None),
    ("amounts", _T + "NCT02956512:brief_summary", "Phase I Study to Evaluate the Safety of Dexibuprofen 300mg (Apsen Pharmaceuticals A / S.)", None,
     [D(300, "mg", "Dexibuprofen")], None),
    ("amounts", _T + "NCT02956525:intervention", "Dexibuprofen 200 mg", "Dexibuprofen",
     [D(200, "mg", "Dexibuprofen")], None),
    ("non-doses", _T + "NCT02956525:detailed_description", "Participants will be confined at least 12 hours\n      prior to administration and will remain for about 24 hours after the same, totaling about 36\n      hours of confinement.", None,
     [], None),
    ("amounts", _T + "NCT02956538:arm", "thalidomide 100mg tablet by mouth, every night for 8 weeks", None,
     [D(100, "mg", "thalidomide")], None),
    ("agents", _T + "NCT02956538:arm", "placebo (for thalidomide) 100mg tablet by mouth, every night for 8 weeks", None,
     [D(100, "mg", "placebo")], None),
    ("non-doses", _T + "NCT02956538:intervention", "sugar pill manufactured to mimic thalidomide 100mg tablet", "placebo(for thalidomide)",
     [], None),
    # ------------------------------------------------------------------ NCT0385xxxx
    ("agents", _T + "NCT03856502:arm", "The study group of 30 patients ASA status 2 or 3 received 8 mg of dexamethasone with 12,5 mg of 0,5% of levobupivacaine intrathecally for surgical reconstruction of proximal femoral fracture.", None,
     [D(8, "mg", "dexamethasone"), D(12.5, "mg", "levobupivacaine")], None),
    ("amounts", _T + "NCT03856502:arm", "The control group of 30 patients ASA status 2 or 3 received 12,5 mg of 0,5% of levobupivacaine intrathecally", None,
     [D(12.5, "mg", "levobupivacaine")], None),
    ("non-doses", _T + "NCT03856502:arm", "Spinal anaesthesia was performed in sitting position using middle approach in intervertebral space L2-L3 or L3-L4 with spinal needles 22-27 GA.", None,
     [], None),
    ("units", _T + "NCT03856541:intervention", "SHR-A1403 is provided as the lyophilized powder,40 mg/vial.SHR-A1403 was given intravenously per 3 weeks at the day 1.", "SHR-A1403",
     [D(40, "mg", "SHR-A1403")], None),
    ("non-doses", _T + "NCT03856541:detailed_description", "Screening Period (up to 14 days before the first dose),\n      Treatment Period, and Follow-up Period (up to 3 months after the last dose of study\n      treatment).", None,
     [], None),
    ("agents", _T + "NCT02856555:arm", "Participants will receive firsocostat 1 x 5 mg + 1 x placebo matched to firsocostat 5 mg + 2 x placebo matched to firsocostat 10 mg for 12 weeks.", None,
     [D(5, "mg", "firsocostat")], None),
    ("agents", _T + "NCT02856555:arm", "Participants will receive firsocostat 2 X 10 mg + 2 x placebo matched to firsocostat 5 mg for 12 weeks.", None,
     [D(10, "mg", "firsocostat")], None),
    ("non-doses", _T + "NCT02856555:arm", "Participants will receive 2 x placebo matched to firsocostat 5 mg + 2 x placebo matched to firsocostat 10 mg for 12 weeks.", None,
     [], None),
    # ------------------------------------------------------------------ batch 2
    ("units", _T + "NCT02556593:arm", "Patients in experimental group receive IMRT and erlotinib: Daily IMRT(45Gy in 15 fractions) to the brain metastases with daily erlotinib(150mg.po) for three weeks", None,
     [D(45, "Gy", "IMRT"), D(150, "mg", "erlotinib")], None),
    ("units", _T + "NCT02556593:arm", "Patients in this group receive WBRT at 30Gy in 10 fractions", None,
     [D(30, "Gy", "WBRT")], None),
    ("amounts", _T + "NCT02556593:intervention", "erlotinib 150mg daily", "erlotinib",
     [D(150, "mg", "erlotinib")], None),
    ("units", _T + "NCT02756598:arm", 'Randomized arm "moderate" sufentanil I: bolus 1 microgram/kg propofol I: infusion 0.03 mg/kg/min', None,
     [D(1, "ug/kg", "sufentanil"), D(0.03, "mg/kg/min", "propofol")], None),
    ("units", _T + "NCT02756598:intervention", "bolus dose of sufentanil 0.5 microgram/kg", "Sufentanil II",
     [D(0.5, "ug/kg", "sufentanil")], None),
    ("units", _T + "NCT02756598:intervention", "Continued dose of propofol 0.06 mg/kg/min", "Propofol II",
     [D(0.06, "mg/kg/min", "propofol")], None),
    ("agents", _T + "NCT02856594:arm", "Precedex (Dexmedetomidine) intervention: Intravenous administration of 1mcg/kg over 40 minutes.", None,
     [D(1, "ug/kg", "Precedex")], None),
    ("non-doses", _T + "NCT02856594:arm", "Placebo of normal saline: Intravenous administration of normal saline over 40 minutes.", None,
     [], None),
    ("units", _T + "NCT02556606:arm", "randomly assigned to a single 40 min infusion of either KET 0.1mg/Kg", None,
     [D(0.1, "mg/kg", "KET")], None),
    ("units", _T + "NCT02556606:arm", "randomly assigned to a single 40 min infusion of either MID 0.03mg/Kg", None,
     [D(0.03, "mg/kg", "MID")], None),
    ("agents", _T + "NCT02556606:detailed_description", "sub-anesthetic doses of a single ketamine (0.1 mg/kg, 0.25 mg/kg, and 0.50 mg/kg) and\n      midazolam (MID) (0.03 mg/kg) infusion in up to 72 Veterans", None,
     [D(0.1, "mg/kg", "ketamine"), D(0.25, "mg/kg", "ketamine"), D(0.5, "mg/kg", "ketamine"), D(0.03, "mg/kg", "midazolam")], None),
    ("agents", _T + "NCT02656615:intervention", "Abiraterone acetate 1000 mg once daily and Prednisone 2x5 mg daily (continuously as per prescription label).", "abiraterone acetate",
     [D(1000, "mg", "Abiraterone acetate"), D(5, "mg", "Prednisone")], None),
    ("non-doses", _T + "NCT02656615:detailed_description", "Patients may have\n      received treatment with docetaxel, enzalutamide and radium-223.", None,
     [], None),
    ("levels", _T + "NCT02756611:arm", "The initial venetoclax dose is 20 mg QD. After 1 week of treatment at 20 mg QD, the dose will be escalated to 50 mg QD followed by subsequent increases, each after 1 week, to 100 mg QD, 200 mg QD and the maximum dose of 400 mg QD.", None,
     [D(20, "mg", "venetoclax"), D(50, "mg", "venetoclax"), D(100, "mg", "venetoclax"), D(200, "mg", "venetoclax"), D(400, "mg", "venetoclax")], None),
    ("non-doses", _T + "NCT02756611:arm", "Participants may continue to receive venetoclax for up to 2 years provided they continue to tolerate the drug", None,
     [], None),
    ("agents", _T + "NCT02956629:arm", "Male and female participants with HCV GT1a or GT1b infection take uprifosbuvir 450 mg + RZR 180 mg for 12 weeks.", None,
     [D(450, "mg", "uprifosbuvir"), D(180, "mg", "RZR")], None),
    ("amounts", _T + "NCT02956629:intervention", "Participants take 3 tablets each containing 150 mg uprifosbuvir q.d. by mouth.", "Uprifosbuvir",
     [D(150, "mg", "uprifosbuvir")], None),
    ("amounts", _T + "NCT02956629:intervention", "RBV 200 mg capsules will be taken according to package instructions for a maximum of 16 weeks for any GT that meets virologic futility rules on uprifosbuvir + RZR alone.", "Ribavirin",
     [D(200, "mg", "RBV")], None),
    ("units", _T + "NCT03756623:arm", "0.5g of Metformin powder administered three times a day orally before meal", None,
     [D(0.5, "g", "Metformin")], None),
    ("units", _T + "NCT03756623:intervention", "0.5g of Probiotics powder administered three times a day orally before meal", "Probiotics powder",
     [D(0.5, "g", "Probiotics")], None),
    ("agents", _T + "NCT03756623:detailed_description", "Metformin powder (0.5g tid po), Probiotics\n      powder (0.5g tid po), Placebo powder (0.5g tid po), for 12 weeks.", None,
     [D(0.5, "g", "Metformin"), D(0.5, "g", "Probiotics"), D(0.5, "g", "Placebo")], None),
    ("levels", _T + "NCT03856632:intervention", "Liraglutide will be administered with a starting dose of 0.6 mg once daily and subsequent increments to 1.2 mg once daily (after at least one week) and to 1.8 mg once daily (after at least a week on 1.2 mg).", "Liraglutide",
     [D(0.6, "mg", "Liraglutide"), D(1.2, "mg", "Liraglutide"), D(1.8, "mg", "Liraglutide")], None),
    ("non-doses", _T + "NCT03856632:intervention", "The program involves weight management and exercise regimen (30 minutes for 2 to 4 times a week)", "RFM",
     [], None),
    ("non-doses", _T + "NCT03856632:intervention", "Therapy will be initiated at the start of study participation and will be discontinued 6-12 weeks after the ablation", "Anti Arrhythmics",
     [], None),
    ("amounts", _T + "NCT02756650:intervention", "150 mg or 300 mg of canakinumab was administered monthly. IV (SC after month 6)", "Canakinumab",
     [D(150, "mg", "canakinumab"), D(300, "mg", "canakinumab")], None),
    ("non-doses", _T + "NCT02756650:detailed_description", "global assessment using a 10-cm visual analogue\n           scale (VAS)", None,
     [], None),
]


HOLDOUT18: list[Row] = []

# ------------------------------------------------------------ NCT0075xxxx
HOLDOUT18 += [
    ('units', _T + 'NCT00756509:intervention', '800 mg/d orally', 'Nilotinib',
     [D(800, "mg/day", "Nilotinib")], None),
    ('units', _T + 'NCT00756600:intervention', 'Up to 2.5 mg/kg bupivacaine administered by caudal or subarachnoid routes', 'Regional Anesthesia',
     [D(2.5, "mg/kg", "bupivacaine")], None),
    ('agents', _T + 'NCT00756600:intervention', 'Sevoflurane for induction and maintenance of general anesthesia, dose up to 8% inspired for duration of procedure plus bupivacaine local anesthetic blockade (up to 2.5 mg/kg) administered via caudal or ilioinguinal nerve block.', 'General Anesthesia',
     [D(2.5, "mg/kg", "bupivacaine")], None),
    ('units', _T + 'NCT00756600:detailed_description', 'The\n      maximum dose of 2.5 mg per kg of bupivacaine can be used.', None,
     [D(2.5, "mg/kg", "bupivacaine")], None),
    ('amounts', _T + 'NCT00756717:arm', 'Oral gamma-secretase inhibitor drug MK-0752, 350 mg for three days, four days off, then three days on, over a period of 10 days', None,
     [D(350, "mg", "MK-0752")], None),
    ('agents', _T + 'NCT00756717:intervention', 'Women who are post menopausal will receive letrozole 2.5 mg by mouth one time per day for 24 days. Women who are pre menopausal, or who have a contraindication to letrozole will receive tamoxifen 20 mg orally one time per day for a period of 24 days.', 'MK-0752',
     [D(2.5, "mg", "letrozole"), D(20, "mg", "tamoxifen")], None),
    ('amounts', _T + 'NCT00756717:intervention', 'Starting on day 15 of this 24 day period all patients will receive the oral gamma-secretase inhibitor drug MK-0752 at a dose of 350 mg for three days on, then off four days, then three days on, for a total of 6 doses over a period of 10 days.', 'MK-0752',
     [D(350, "mg", "MK-0752")], None),
    ('agents', _T + 'NCT00756730:arm', 'For this arm the sbject switched to DRV/r at a dose 800mg/100mg QD for 24 weeks.', None,
     [D(800, "mg", "DRV"), D(100, "mg", "r")], None),
    ('agents', _T + 'NCT00756730:intervention', 'Switch to ATV/r at a dose of 300mg/100mg QD for 24 weeks.', 'ATV/r',
     [D(300, "mg", "ATV"), D(100, "mg", "r")], None),
    ('non-doses', _T + 'NCT00756730:detailed_description', 'This\n      24-week study will require 4 visits after randomization for evaluation, monitoring, and lab\n      studies.', None,
     [], None),
]

# ------------------------------------------------------------ NCT0085xxxx
HOLDOUT18 += [
    ('units', _T + 'NCT00856505:intervention', 'Everolimus tablets, 1.5mg/day bid, dosage adjusted to plasma levels Mycophenolate sodium, 720mg/day bid', 'Everolimus and mycophenolate sodium',
     [D(1.5, "mg/day", "Everolimus"), D(720, "mg/day", "Mycophenolate sodium")], None),
    ('non-doses', _T + 'NCT00856505:intervention', 'Mycophenolate tapering starts at day 56 after stem cell transplantation Everolimus tapering starts at day 100 after stem cell transplantation if no GvHD evident', 'Everolimus and mycophenolate sodium',
     [], None),
    ('ranges', _T + 'NCT00856583:arm', 'Normally in the range of 4 to 20 mg/day', None,
     [D((4, 20), "mg/day")], None),
    ('ranges', _T + 'NCT00856583:intervention', 'Recommended dose range: 12 to 20 mg/day. The investigators were instructed to contact H. Lundbeck A/S if they deemed it necessary to increase the dose of sertindole to 24 mg/day', 'Sertindole',
     [D((12, 20), "mg/day", "Sertindole"), D(24, "mg/day", "sertindole")], None),
    ('amounts', _T + 'NCT00856583:intervention', 'Risperidone was supplied as 1, 2, 3, and 4 mg tablets.', 'Risperidone',
     [D(1, "mg", "Risperidone"), D(2, "mg", "Risperidone"), D(3, "mg", "Risperidone"), D(4, "mg", "Risperidone")], None),
    ('units', _T + 'NCT00856609:arm', '10 micrograms subcutaneously twice', None,
     [D(10, "ug")], None),
    ('amounts', _T + 'NCT00856635:arm', 'Participants received glatiramer acetate 20 mg subcutaneous injection once a day for up to 6 months.', None,
     [D(20, "mg", "glatiramer acetate")], None),
    ('non-doses', _T + 'NCT00856635:arm', 'Participants received placebo subcutaneous injection once a day for up to 6 months.', None,
     [], None),
    ('amounts', _T + 'NCT00856635:intervention', '20 mg injected daily subcutaneously', 'Glatiramer Acetate',
     [D(20, "mg", "Glatiramer Acetate")], None),
    ('units', _T + 'NCT00856661:intervention', '90 μg/kg bodyweight, IV, single bolus over 1 to 2 minutes on 1st day', 'Desmoteplase',
     [D(90, "ug/kg", "Desmoteplase")], None),
    ('non-doses', _T + 'NCT00856661:intervention', 'IV, single bolus over 1 to 2 minutes on 1st day', 'Placebo',
     [], None),
]

# ------------------------------------------------------------ NCT0095xxxx
HOLDOUT18 += [
    ('agents', _T + 'NCT00956644:arm', 'Before randomisation : amlodipine 5 mg for 7 to 10 days (common to 2 arms) then After randomisation : irbesartan/amlodipine 150/5 mg fixed combination for 5 weeks followed by irbesartan/amlodipine 150/10 mg fixed combination for 5 additional weeks', None,
     [D(5, "mg", "amlodipine"), D(150, "mg", "irbesartan"), D(10, "mg", "amlodipine")], None),
    ('amounts', _T + 'NCT00956644:arm', 'After randomisation : amlodipine 5 mg for 5 weeks followed by amlodipine 10 mg for 5 additional weeks', None,
     [D(5, "mg", "amlodipine"), D(10, "mg", "amlodipine")], None),
    ('amounts', _T + 'NCT00956644:intervention', 'Pharmaceutical form: 5 and 10 mg tablets Route of administration: oral Dose regimen: 1 tablet once daily in the morning', 'amlodipine',
     [D(5, "mg", "amlodipine"), D(10, "mg", "amlodipine")], None),
    ('agents', _T + 'NCT00956709:intervention', '20mL de levobupivacaïne 0,5 % 20mL de ropivacaïne 0,5 %', 'levobupivacaïne 0,5 %',
     [D(20, "mL", "levobupivacaïne"), D(20, "mL", "ropivacaïne")], None),
    ('units', _T + 'NCT00956709:intervention', '20mL de ropivacaïne 0,5 %', 'ropivacaïne 0,5 %',
     [D(20, "mL", "ropivacaïne")], None),
    ('non-doses', _T + 'NCT00956709:brief_summary', 'Ropivacaine 0.5% and 0.5% in levobupivacaïne are used in regional anesthesia for major\n      surgery of the foot.', None,
     [], None),
]

# ------------------------------------------------------------ NCT0105xxxx
HOLDOUT18 += [
    ('units', _T + 'NCT01056497:intervention', 'subjects will ingest 3 tablets 2 times per day with breakfast and supper, 1800mg per day', 'alpha lipoic acid',
     [D(1800, "mg/day", "alpha lipoic acid")], None),
    ('non-doses', _T + 'NCT01056497:intervention', 'A 2 week treatment period with either oral ALA tablets or placebo tablets, followed by 30 hour hospital stay to infuse lipid or saline', 'alpha lipoic acid',
     [], None),
    ('units', _T + 'NCT01056497:detailed_description', 'ALA has been\n      shown to be safe when taken in high doses (2400mg/d) for prolonged time periods', None,
     [D(2400, "mg/day", "ALA")], None),
    ('schedules', _T + 'NCT01056510:intervention', '90mg/m2 (first-line) or 70mg/m2 (second-line) iv, days 1 and 2 every 4 weeks, cycles 1-6', 'bendamustine',
     [D(90, "mg/m2", "bendamustine", days=[1, 2]), D(70, "mg/m2", "bendamustine", days=[1, 2])], None),
    ('schedules', _T + 'NCT01056510:intervention', '10mg/m2 po days 1-7 every 4 weeks, for up to 12 cycles', 'chlorambucil',
     [D(10, "mg/m2", "chlorambucil", days=R(1, 8))], None),
    ('agents', _T + 'NCT01056510:brief_summary', 'MabThera (375mg/m2 iv day 1 of cycle 1, 500mg/m2 iv cycles 2-6) plus bendamustine (90mg/m2 as\n      first-line or 70mg/m2 as second-line therapy, iv on days 1 and 2, cycles 1-6)', None,
     [D(375, "mg/m2", "MabThera", days=[1]), D(500, "mg/m2", "MabThera"),
      D(90, "mg/m2", "bendamustine", days=[1, 2]), D(70, "mg/m2", "bendamustine", days=[1, 2])], None),
    ('agents', _T + 'NCT01056523:arm', 'Ribavirin will be given orally bid according to a dose escalation scheme daily for 28 days of a 28 day cycle Cytarabine arabinoside will be given 20 mg sc bid days 1 to 10 of a 28 day cycle', None,
     [D(20, "mg", "Cytarabine arabinoside", days=R(1, 11))], None),
    ('levels', _T + 'NCT01056523:intervention', 'Dose level 1 = 1000 mg po BID/ Dose level 2 = 1400 mg po BID/ Dose level 3 = 1800 mg po BID', 'Ribavirin',
     [D(1000, "mg", "Ribavirin", level="Dose level 1"), D(1400, "mg", "Ribavirin", level="Dose level 2"),
      D(1800, "mg", "Ribavirin", level="Dose level 3")], None),
    ('schedules', _T + 'NCT01056523:intervention', 'Previous cohorts at 20 mg bid days 1 to 10 of every 28 day cycle. Dosage modified to 10 mg bid days 1 to 10 of every 28 day cycle for more recent cohorts.', 'Cytarabine arabinoside',
     [D(20, "mg", "Cytarabine arabinoside", days=R(1, 11)), D(10, "mg", "Cytarabine arabinoside", days=R(1, 11))], None),
    ('amounts', _T + 'NCT01056575:intervention', 'OC000459 100mg tablet, twice daily', 'OC000459',
     [D(100, "mg", "OC000459")], None),
    ('agents', _T + 'NCT01056575:brief_summary', 'midazolam (dose 5 mg orally) followed by\n      midazolam (5 mg orally) given after dosing with OC000459 100 mg twice daily for 6.5 days.', None,
     [D(5, "mg", "midazolam"), D(100, "mg", "OC000459")], None),
    ('non-doses', _T + 'NCT01056575:brief_summary', 'PK\n      sampling for midazolam and 4-hydroxymidazolam plasma concentrations will continue for up to\n      and including 24 hours after dosing with midazolam on both occasions.', None,
     [], None),
    ('schedules', _T + 'NCT01056601:intervention', '1.3 mg/m^2 administered intravenously twice daily on days 1 and 8 for 2 weeks followed by 10 day rest period', 'Bortezomib',
     [D(1.3, "mg/m2", "Bortezomib", days=[1, 8])], None),
    ('schedules', _T + 'NCT01056601:intervention', '20 milligrams administered orally 3 times weekly for 2 weeks on Days 1,3,5,8,10 and 12 followed by 9 day rest period', 'Panobinostat',
     [D(20, "mg", "Panobinostat", days=[1, 3, 5, 8, 10, 12])], None),
]

# ------------------------------------------------------------ NCT0115xxxx
HOLDOUT18 += [
    ('amounts', _T + 'NCT01156545:intervention', 'BIBW 2992 40mg, once a day, oral intake, every day', 'BIBW 2992',
     [D(40, "mg", "BIBW 2992")], None),
    ('amounts', _T + 'NCT01156545:intervention', 'simvastatin 40mg, once a day, oral intake, every day.', 'simvastatin',
     [D(40, "mg", "simvastatin")], None),
    ('units', _T + 'NCT01156571:arm', 'Cangrelor was administered as a 30 µg/kg bolus followed by a 4.0 µg/kg/min cangrelor IV infusion for a minimum of 2 hours or until conclusion of the index procedure, whichever is longer.', None,
     [D(30, "ug/kg", "Cangrelor"), D(4.0, "ug/kg/min", "cangrelor")], None),
    ('amounts', _T + 'NCT01156571:arm', 'Clopidogrel 300 mg or 600 mg administered pre or post PCI.', None,
     [D(300, "mg", "Clopidogrel"), D(600, "mg", "Clopidogrel")], None),
    ('amounts', _T + 'NCT01156571:intervention', 'over-encapsulated clopidogrel (600 mg)', 'Clopidogrel 600 mg post cangrelor',
     [D(600, "mg", "clopidogrel")], None),
    ('units', _T + 'NCT01156584:intervention', '4-6 week cycles of Toca FC. Doses evaluated from 120 mg/kg/day or 300 mg/kg/day.', 'Toca FC',
     [D(120, "mg/kg/day", "Toca FC"), D(300, "mg/kg/day", "Toca FC")], None),
    ('non-doses', _T + 'NCT01156584:intervention', 'Duration of dosing evaluated: 6 days, 7 days or 14 days.', 'Toca FC',
     [], None),
    ('schedules', _T + 'NCT01156597:intervention', '30 mg daily for three weeks increase to 45 mg daily for 21 more weeks', 'pioglitazone',
     [D(30, "mg", "pioglitazone"), D(45, "mg", "pioglitazone")], None),
    ('amounts', _T + 'NCT01156636:intervention', '50 mg 3 times/day for 1 year', 'Sildenafil',
     [D(50, "mg", "Sildenafil")], None),
]

# ------------------------------------------------------------ NCT0125xxxx
HOLDOUT18 += [
    ('units', _T + 'NCT01256489:intervention', 'The initial dose of infliximab will be 5mg/kg of body weight. The dose may be adjusted up to a maximal dosing of 10mg/kg depending upon disease activity', 'Infliximab',
     [D(5, "mg/kg", "infliximab"), D(10, "mg/kg", "infliximab")], None),
    ('non-doses', _T + 'NCT01256489:intervention', 'The drug will be administered intravenously every month for 110 weeks (duration of the study).', 'Infliximab',
     [], None),
    ('units', _T + 'NCT01256541:intervention', 'The dosing regimen of Kristalose will be nine 20-gram doses (one dose every 30 minutes for 4 straight hours)', 'Kristalose',
     [D(20, "g", "Kristalose")], None),
    ('units', _T + 'NCT01256567:intervention', 'Ramucirumab administered as an intravenous (I.V.) infusion at a dose of 10 milligrams per kilogram (mg/kg) every 3 weeks.', 'Ramucirumab',
     [D(10, "mg/kg", "Ramucirumab")], None),
    ('units', _T + 'NCT01256567:intervention', 'Docetaxel administered by intravenous (I.V.) infusion at a dose of 75 milligrams per square meter (mg/m^2) every 3 weeks.', 'Docetaxel',
     [D(75, "mg/m2", "Docetaxel")], None),
    ('amounts', _T + 'NCT01256580:arm', 'Bevacizumab (Avastin; Genentech, Inc.)1.25 mg by intravitreal injection on day 0 and then prn (as-needed)', None,
     [D(1.25, "mg", "Bevacizumab")], None),
    ('agents', _T + 'NCT01256580:arm', 'Intravitreal injection of bevacizumab 1.25 mg (Avastin; Genentech, Inc.) combined with reduced fluence PDT(Visudyne®; Novartis,) and 200 ug of intravitreal dexamethasone(4mg/ml, American regent, Inc) on Day 0', None,
     [D(1.25, "mg", "bevacizumab"), D(200, "ug", "dexamethasone")], None),
    ('amounts', _T + 'NCT01256580:intervention', '1.25 mg bevacizumab (Avastin; Genentech, Inc.) by intravitreal injection', 'Bevacizumab (Avastin; Genentech, Inc.)',
     [D(1.25, "mg", "bevacizumab")], None),
    ('amounts', _T + 'NCT01256632:intervention', 'All study eyes will receive 0.5mg, of intravitreous monthly injections of ranibizumab, for four initial doses,(Day 0, Month 1, Month 2, and Month 3)', 'Ranibizumab',
     [D(0.5, "mg", "ranibizumab")], None),
    ('amounts', _T + 'NCT01256632:arm', '20 eyes with Subfoveal Choroidal Neovascularization, secondary to Age Related Macular Degeneration, with Posterior Vitreous Detachment (PVD Positive). All study eyes will receive 0.5mg, of intravitreous monthly injections of Ranibizumab', None,
     [D(0.5, "mg", "Ranibizumab")], None),
    ('non-doses', _T + 'NCT01256632:arm', '20 eyes with Subfoveal Choroidal Neovascularization, secondary to Age Related Macular Degeneration, without Posterior Vitreous Detachment (PVD Negative).', None,
     [], None),
]


HOLDOUT20: list[Row] = []

# ------------------------------------------------------------ NCT0215xxxx
HOLDOUT20 += [
    ('amounts', _T + 'NCT02156492:arm', 'Participants will receive a single oral 130 mg dose of evacetrapib.', None,
     [D(130, "mg", "evacetrapib")], None),
    ('non-doses', _T + 'NCT02156492:arm', 'Participants will receive multiple doses of evacetrapib for 14 days.', None,
     [], None),
    ('non-doses', _T + 'NCT02156492:arm', 'Participants will receive simvastatin orally, once daily on Days 1 - 4.', None,
     [], None),
    ('amounts', _T + 'NCT02156544:arm', 'CKD-519 25mg or placebo', None,
     [D(25, "mg", "CKD-519")], None),
    ('amounts', _T + 'NCT02156544:arm', 'CKD-519 200mg or placebo', None,
     [D(200, "mg", "CKD-519")], None),
    ('amounts', _T + 'NCT02156544:arm', 'CKD-519 400mg or placebo', None,
     [D(400, "mg", "CKD-519")], None),
    ('amounts', _T + 'NCT02156557:arm', '1.2 mg lyophilized powder per single-use amber vial', None,
     [D(1.2, "mg")], None),
    ('non-doses', _T + 'NCT02156557:arm', 'Lyophilized powder reconstituted with 10 mL of 0.9% NaCl', None,
     [], None),
    ('units', _T + 'NCT02156557:arm', 'The entire 10 mL solution will be sprayed topically onto area of interest', None,
     [D(10, "mL")], None),
    ('agents', _T + 'NCT02156570:arm', 'Sofosbuvir tablet 400 mg daily Ribavirin tablet weight based dosing (1000mg <75 kg, 1200mg >/= 75kg) daily\nTreatment will be for 6 weeks in all participants.', None,
     [D(400, "mg", "Sofosbuvir"), D(1000, "mg", "Ribavirin"), D(1200, "mg", "Ribavirin")], None),
    ('agents', _T + 'NCT02156570:intervention', 'Sofosbuvir 400mg daily plus weight-based dosing ribavirin (1000mg <75kg, 1200mg >/= 75 kg) Treatment will be for 6 weeks in all participants.', 'Sofosbuvir and ribavirin',
     [D(400, "mg", "Sofosbuvir"), D(1000, "mg", "ribavirin"), D(1200, "mg", "ribavirin")], None),
    ('non-doses', _T + 'NCT02156570:detailed_description', 'Duration of treatment will be 6\n      weeks for all subjects followed by 52 weeks of observational follow-up Total study duration =\n      58 weeks', None,
     [], None),
]

# ------------------------------------------------------------ NCT0225xxxx
HOLDOUT20 += [
    ('non-doses', _T + 'NCT02256488:arm', 'Subjects 18 to ≤ 49 years of age who received one vaccination with an investigational vaccine TIVc from Lot A', None,
     [], None),
    ('units', _T + 'NCT02256488:intervention', 'Single IM (Intramuscular) administration dose of 0.5 mL of TIVc', 'TIVc_LOT A',
     [D(0.5, "mL", "TIVc")], None),
    ('units', _T + 'NCT02256488:intervention', 'Single IM administration dose of 0.5 mL of TIVf', 'TIVf',
     [D(0.5, "mL", "TIVf")], None),
    ('amounts', _T + 'NCT02256514:arm', 'Hepcortespenlisimut-L (V5) (850 mg pill) to be administered once per day for the duration of study', None,
     [D(850, "mg", "Hepcortespenlisimut-L")], None),
    ('non-doses', _T + 'NCT02256540:arm', 'Postmenopausal women will be given a placebo patch to wear two days prior to exercise visit and a placebo tablet to take the morning of the exercise visit.', None,
     [], None),
    ('amounts', _T + 'NCT02256540:arm', 'Postmenopausal women will be given a placebo patch to wear for two days prior to the exercise visit and a resveratrol tablet (dosed at 250mg) to take the morning of the exercise visit.', None,
     [D(250, "mg", "resveratrol")], None),
    ('units', _T + 'NCT02256540:arm', 'Postmenopausal women will be given a transdermal estrogen patch to wear (0.05mg/day) for two days prior to the exercise visit and a placebo tablet to take the morning of the exercise visit.', None,
     [D(0.05, "mg/day", "estrogen")], None),
    ('non-doses', _T + 'NCT02256553:arm', 'Participants receive one MK-7243 tablet, SL QD in the evening for 14 days during Period I; one MK-3641 tablet, SL QD in the morning and one MK-7243 tablet, SL QD in the evening for 14 days during Period II', None,
     [], None),
    ('units', _T + 'NCT02256553:intervention', '12 units of Ambrosia artemisiifolia major allergen number 1 (Amb a 1-U) extract sublingual tablets', 'MK-3641 12 Amb a 1-U (short ragweed extract)',
     [D(12, "U", "Ambrosia artemisiifolia major allergen number 1")], None),
    ('units', _T + 'NCT02256553:intervention', '2800 bioequivalent allergen units (BAU) of Phleum pratense extract sublingual tablets', 'MK-7243 2800 BAU (Timothy grass extract)',
     [D(2800, "BAU", "Phleum pratense extract")], None),
]

# ------------------------------------------------------------ NCT0245xxxx
HOLDOUT20 += [
    ('non-doses', _T + 'NCT02456532:arm', 'Intervention: Six months of nightly placebo', None,
     [], None),
    ('amounts', _T + 'NCT02456532:arm', 'Intervention: Six months of zolpidem cr 12.5 mg nightly use', None,
     [D(12.5, "mg", "zolpidem cr")], None),
    ('amounts', _T + 'NCT02456532:arm', 'Intervention: Six months of eszopiclone 3 mg nightly use', None,
     [D(3, "mg", "eszopiclone")], None),
    ('units', _T + 'NCT02456558:arm', 'Subjects in this arm will receive an infusion of intravenous deferiprone at a dose of 1.5 g, twice-daily', None,
     [D(1.5, "g", "deferiprone")], None),
    ('non-doses', _T + 'NCT02456558:arm', 'Subjects in this arm will receive an infusion of placebo twice-daily for 10 days, at a volume equivalent to that of the active product in the respective cohort', None,
     [], None),
    ('levels', _T + 'NCT02456558:intervention', 'In Cohort 1, the subjects who were randomized to get active product will receive deferiprone at a dose of 1.5 g per infusion, and if there are no significant safety concerns, the subjects in Cohort 2 who were randomized to get active product will receive it a a dose of 2 g per infusion.', 'Intravenous deferiprone',
     [D(1.5, "g", "deferiprone", level="Cohort 1"), D(2, "g", "deferiprone", level="Cohort 2")], None),
    ('non-doses', _T + 'NCT02456584:arm', 'single subcutaneous injection of 150mg/mL of DMPA in the abdomen', None,
     [], None),
    ('amounts', _T + 'NCT02456584:arm', 'single subcutaneous injection of 300mg/2mL of DMPA in the abdomen', None,
     [D(300, "mg", "DMPA")], None),
    ('amounts', _T + 'NCT02456584:arm', 'two injections, given at three months intervals, of 104mg/0.65mL of DMPA in the abdomen', None,
     [D(104, "mg", "DMPA")], None),
]

# ------------------------------------------------------------ NCT0205xxxx
HOLDOUT20 += [
    ('schedules', _T + 'NCT02056574:brief_summary', 'will be dosed\n      with 2.60 mg/kg of NA-1 or placebo as a 10 minute intravenous infusion after completion of\n      the endovascular procedure on Day 1 of the study period.', None,
     [D(2.6, "mg/kg", "NA-1", days=[1])], None),
    ('units', _T + 'NCT02056574:arm', '20 amino acid peptide that consists of a 9 amino acid domain that inhibits PSD-95 and an 11 amino acid domain that enables the peptide to cross the blood-brain barrier. Single intravenous dose of 2.6 mg/kg of NA-1 administered as a 10-minute infusion.', None,
     [D(2.6, "mg/kg", "NA-1")], None),
    ('units', _T + 'NCT02056574:arm', 'Single intravenous dose of 2.6 mg/kg of placebo administered as a 10-minute infusion.', None,
     [D(2.6, "mg/kg", "placebo")], None),
    ('amounts', _T + 'NCT02056587:arm', 'will receive everolimus in the dose of 10 mg daily until the disease progression or unacceptable toxicity.', None,
     [D(10, "mg", "everolimus")], None),
    ('non-doses', _T + 'NCT02056587:detailed_description', 'Immunotherapy was\n      found to have only limited efficacy (overall response rate 15-16%, survival of 12 months).', None,
     [], None),
]

# ------------------------------------------------------------ NCT0235xxxx
HOLDOUT20 += [
    ('agents', _T + 'NCT02356588:arm', 'will be randomly assigned at a 2:1 ratio to treatment with ST 30 mcg or PT within one of two groups (male or female) at each study center.', None,
     [D(30, "ug", "ST")], None),
    ('non-doses', _T + 'NCT02356588:arm', 'Patients may receive a dose of study medication no more frequently than once per hour. The study may last up to 48 hours.', None,
     [], None),
    ('agents', _T + 'NCT02356588:brief_summary', 'compare the efficacy and safety of the sublingual Sufentanil\n      Tablet (ST) 30 mcg to the sublingual Placebo Tablet (PT)', None,
     [D(30, "ug", "Sufentanil Tablet")], None),
]

# ------------------------------------------------------------ second round
HOLDOUT20 += [
    ('schedules', _T + 'NCT01956604:arm', 'Clonidine administered orally:\nDay 1/loading doses: 75\u00b5g every 3rd hour until maximum 4 doses. Day 2-7/maintenance doses: 75\u00b5g BID.', None,
     [D(75, "ug", "Clonidine", days=[1]), D(75, "ug", "Clonidine", days=R(2, 8))], None),
    ('schedules', _T + 'NCT01956604:arm', 'Placebo administered orally (identical capsula as for expirimental drug):\nDay 1/loading doases: 75\u00b5g every 3rd hour until maximum 4 doses. Day 2-7/maintenance doses: 75\u00b5g BID. Duration of treatment is maximum 7 days.', None,
     [D(75, "ug", "Placebo", days=[1]), D(75, "ug", "Placebo", days=R(2, 8))], None),
    ('agents', _T + 'NCT02056600:arm', 'Coadministration of gemigliptin 50mg and metformin HCl extended release 1000mg', None,
     [D(50, "mg", "gemigliptin"), D(1000, "mg", "metformin HCl")], None),
    ('agents', _T + 'NCT02056600:arm', 'Combination of gemigliptin50mg/metformin HCl sustained release 1000mg', None,
     [D(50, "mg", "gemigliptin"), D(1000, "mg", "metformin HCl")], None),
    ('agents', _T + 'NCT02056600:intervention', 'Administration of combination of gemigliptin 50mg/metformin HCl sustained release 1000mg, for 1day.', 'gemigliptin/metformin HCl sustained release',
     [D(50, "mg", "gemigliptin"), D(1000, "mg", "metformin HCl")], None),
    ('units', _T + 'NCT02456597:arm', 'Lidocaine 20mg/ml, 15 ml injected perineural at the sciatic nerve', None,
     [D(15, "mL", "Lidocaine")], None),
    ('units', _T + 'NCT02456597:arm', '0.9% Saline Solution, 15ml injected perineural at the contralateral sciatic nerve', None,
     [D(15, "mL", "Saline Solution")], None),
]
HOLDOUT20 += [
    ('agents', _T + 'NCT02156596:arm', 'patients received 3 nebulisation of morphine (5 mg each) and in parallel 50 ml of SS by IV root over 30 minutes.', None,
     [D(5, "mg", "morphine"), D(50, "mL", "SS")], None),
    ('amounts', _T + 'NCT02156596:intervention', '100 mg of ketoprofen in 50 ml volume given in 30 minutes by IV root', 'IV NSAI',
     [D(100, "mg", "ketoprofen")], None),
    ('amounts', _T + 'NCT02156596:intervention', '3 nebulisations of 5 mg morphine chlorhydrate each given over 30 minutes (10 minutes per nebulisation)', 'NM',
     [D(5, "mg", "morphine chlorhydrate")], None),
    ('units', _T + 'NCT02256592:intervention', '300 mL of fecal suspension from a healthy donor will be delivered during colonoscopy', 'Fecal Microbiota',
     [D(300, "mL", "fecal suspension")], None),
]
HOLDOUT20 += [
    ('scientific', _T + 'NCT01956630:arm', 'Patients received four subcutaneous injections of 2-5\u00d710e7 cells of DCs at the groin, axilla, and neck respectively on days 7, 9, 11, and 13 and i.v. infusions of 2-15\u00d710e9 CIK on days 11 and 13 per cycle.', None,
     [D((2e7, 5e7), "cells", "DCs", days=[7, 9, 11, 13]), D((2e9, 1.5e10), "cells", "CIK", days=[11, 13])], None),
    ('scientific', _T + 'NCT01956630:arm', 'Patients received DLI at a dose of 2\u00d710e7/kg, 5\u00d710e7/kg and 1\u00d710e8/kg cluster of differentiation 3(CD3)+ cells at months 1, 2 and 3 respectively unless GVHD appeared.', None,
     [D(2e7, "cells/kg", "DLI"), D(5e7, "cells/kg", "DLI"), D(1e8, "cells/kg", "DLI")], None),
    ('amounts', _T + 'NCT02056626:arm', 'partial reinforcement, 6.25 mg twice daily, 25% of time (15 days)', None,
     [D(6.25, "mg")], None),
    ('amounts', _T + 'NCT02056626:arm', 'controlled dosing schedule 6.25 mg twice daily, every other day (15 days)', None,
     [D(6.25, "mg")], None),
    ('amounts', _T + 'NCT02056626:arm', 'standard therapy, 25 mg twice daily (15 days)', None,
     [D(25, "mg")], None),
    ('scientific', _T + 'NCT02456610:intervention', 'Patients will receive approximately 1x10e6 CTLs/kg as a single infusion via IV injection and may receive 1 to 8 additional infusions at intervals of one week.', 'CMV/EBV specific CTLs',
     [D(1e6, "cells/kg", "CMV/EBV specific CTLs")], None),
]
HOLDOUT20 += [
    ('agents', _T + 'NCT02356640:intervention', '10mL of levobupivacaine (0.25%), followed by 10mL of absolute alcohol would be injected on both sides using separate punctures.', 'Percutaneous celiac plexus neurolysis',
     [D(10, "mL", "levobupivacaine"), D(10, "mL", "absolute alcohol")], None),
    ('non-doses', _T + 'NCT02356640:intervention', 'A 22-gauge, 17 cm-long spinal needle (B-D Quincke Type Point, Becton Dickinson &Co., NJ 07417, USA) would be inserted', 'Percutaneous celiac plexus neurolysis',
     [], None),
    ('non-doses', _T + 'NCT02356640:intervention', 'It is represented by small 2 to 3 mm hypoechoic nodules with hyperechoic foci in the center or a single elongated hypoechoic structure.', 'EUS-guided celiac ganglion neurolysis',
     [], None),
    ('units', _T + 'NCT01956656:arm', '10 ml mouthwash to be used for 4days twice daily', None,
     [D(10, "mL", "mouthwash")], None),
    ('non-doses', _T + 'NCT01956656:detailed_description', 'All the volunteers are instructed to refrain from tooth brushing 24 hours before the\n      examination.', None,
     [], None),
]


HOLDOUT19: list[Row] = []

# ------------------------------------------------------------ NCT0135xxxx
HOLDOUT19 += [
    ('amounts', _T + 'NCT01356498:intervention', '8 mg intravenous infusion', 'pegloticase',
     [D(8, "mg", "pegloticase")], None),
    ('non-doses', _T + 'NCT01356498:arm', 'Pegloticase every 2 wk arm of Randomized Controlled Trial(RCT), continued to receive pegloticase every 2 weeks (q2 wk) or every 4 weeks (q4 wk) in Open Label Extention (OLE) study', None,
     [], None),
    ('amounts', _T + 'NCT01356511:arm', 'DXM was administered orally at 40 mg daily for 4 consecutive days and then stopped', None,
     [D(40, "mg", "DXM")], None),
    ('units', _T + 'NCT01356511:intervention', 'Prednisone, po, 1 mg/kg/d, for 4 weeks.', 'Prednisone',
     [D(1, "mg/kg/day", "Prednisone")], None),
    ('units', _T + 'NCT01356511:intervention', 'Dexamethasone, po, 40 mg/d, for 4 days.', 'Dexamethasone',
     [D(40, "mg/day", "Dexamethasone")], None),
    ('non-doses', _T + 'NCT01356524:arm', 'Women with mid-luteal progesterone levels that are less than 15 ng/dl will receive higher doses of supplementary progesterone', None,
     [], None),
    ('amounts', _T + 'NCT01356524:intervention', 'The progesterone dose will be raised from 200 mg daily to 300 mg daily', 'Additional vaginal progesterone',
     [D(200, "mg", "progesterone"), D(300, "mg", "progesterone")], None),
    ('amounts', _T + 'NCT01356602:arm', 'Patients on this arm received 150 mg subcutaneously (s.c.) at randomization and upon new flare.', None,
     [D(150, "mg")], None),
    ('non-doses', _T + 'NCT01356602:arm', 'The patients were given 3 injections: two placebo and one active drug.', None,
     [], None),
    ('agents', _T + 'NCT01356602:brief_summary', 'canakinumab pre-filled syringes in comparison\n      to triamcinolone acetonide 40 mg and canakinumab lyophilizate', None,
     [D(40, "mg", "triamcinolone acetonide")], None),
    ('agents', _T + 'NCT01356615:intervention', 'Enoxaparin sodium (Clexane; 40 mg) was administered 3-4 min before dialysis as a bolus dose, into the arterial line pre-dialyzer.', 'low molecular weight heparin (enoxaparin sodium)',
     [D(40, "mg", "Enoxaparin sodium")], None),
    ('units', _T + 'NCT01356615:intervention', 'Heparin (sodium heparin 5000 IU/ml) was administered as a bolus dose (50 IU/kg body weight) intravenously into the pre-dialyzer arterial line of the extracorporeal blood circuit, followed by a maintenance dose of 1000 IU sodium heparin per hour.', 'standard unfractionated heparin',
     [D(50, "IU/kg", "Heparin"), D(1000, "IU/h", "sodium heparin")], None),
    ('non-doses', _T + 'NCT01356615:arm', 'standard unfractionated heparin followed prospectively for 3 months (36 dialyses)', None,
     [], None),
    ('amounts', _T + 'NCT01356628:intervention', 'PD-0332991, 125mg, 3 cycles', 'PD-0332991',
     [D(125, "mg", "PD-0332991")], None),
    ('schedules', _T + 'NCT01356628:detailed_description', 'Eligible\n      subjects will receive 125 mg PD-0332991 capsules orally once daily, administered on days 1-21\n      of a 28-day cycle, in repeated cycles.', None,
     [D(125, "mg", "PD-0332991", days=list(R(1, 22)))], None),
    ('non-doses', _T + 'NCT01356628:detailed_description', 'However, the majority (~75%) of patients present with advanced tumor stage and poor\n      liver function', None,
     [], None),
    ('agents', _T + 'NCT01356641:arm', 'Intravenous administration:\nAmoxicillin/clavulanic acid 100/10 mg/kg 6-hourly Gentamicin 7mg/kg once daily\nOral administration of:\nAmoxicillin/clavulanic acid 50/12.5 mg/kg/day (in three doses)', None,
     [D(100, "mg/kg", "Amoxicillin"), D(10, "mg/kg", "clavulanic acid"), D(7, "mg/kg", "Gentamicin"),
      D(50, "mg/kg/day", "Amoxicillin"), D(12.5, "mg/kg/day", "clavulanic acid")], None),
    ('non-doses', _T + 'NCT01356641:brief_summary', 'Five clinical\n      trials in selected patients (males, older than 18 years) comparing appendectomy and\n      antibiotic treatment alone as primary mode of treatment found that antibiotic treatment alone\n      is safe and effective in 48-95% of the patients', None,
     [], None),
]

# ------------------------------------------------------------ NCT0145xxxx
HOLDOUT19 += [
    ('amounts', _T + 'NCT01456507:arm', '1×40 mg ALO-02 capsule administered with 240 mL of water under fasting conditions.', None,
     [D(40, "mg", "ALO-02")], None),
    ('amounts', _T + 'NCT01456507:arm', '1×40 mg ALO-02 with the ALO-02 pellets sprinkled approximately on one table spoon of applesauce, and administered with 240 mL of water under fasting conditions.', None,
     [D(40, "mg", "ALO-02")], None),
    ('agents', _T + 'NCT01456507:brief_summary', 'extended release pellets-in-capsule formulation of oxycodone 40 mg with sequestered\n      naltrexone 4.8 mg.', None,
     [D(40, "mg", "oxycodone"), D(4.8, "mg", "naltrexone")], None),
    ('agents', _T + 'NCT01456520:intervention', 'single dose Vycavert containing 10 mg hydrocodone bitartrate/325 mg acetaminophen', 'Vycavert',
     [D(10, "mg", "hydrocodone bitartrate"), D(325, "mg", "acetaminophen")], None),
    ('agents', _T + 'NCT01456546:intervention', '2x350 mg Malarone followed by 3 days of blood- and urine sampling', 'Proguanil',
     [D(350, "mg", "Malarone")], None),
    ('agents', _T + 'NCT01456546:intervention', '2x300 mg Plavix followed by 7 hours days of blood sampling', 'Clopidogrel',
     [D(300, "mg", "Plavix")], None),
    ('amounts', _T + 'NCT01456624:arm', '800mg', None,
     [D(800, "mg")], None),
    ('amounts', _T + 'NCT01456624:intervention', '625mg', 'DW-ES(B)',
     [D(625, "mg", "DW-ES(B)")], None),
    ('non-doses', _T + 'NCT01456650:arm', 'Patients in which the fasting glucose persisted above the treatment goal (fasting glucose <126 mg/dl) after a 4 week diet period will receive glyburide.', None,
     [], None),
    ('units', _T + 'NCT01456650:intervention', 'Fasting glucose 126 to 140 mg/dl: 2.5 mg/day (half tablet in the morning) 141 to 180 mg/dl: 5 mg/day (a tablet in the morning) 181 220 mg/dl: 7.5 mg/day (a tablet in the morning and half tablet per night) 221 to 250 mg/dl: 10 mg/day (a tablet in the morning) and a tablet in the evening.', 'Glyburide',
     [D(2.5, "mg/day", "Glyburide"), D(5, "mg/day", "Glyburide"), D(7.5, "mg/day", "Glyburide"), D(10, "mg/day", "Glyburide")], None),
]

# ------------------------------------------------------------ NCT0155xxxx
HOLDOUT19 += [
    ('amounts', _T + 'NCT01556594:arm', 'Nasal glucagon (NG) administered as single dose of 1 milligram (mg).', None,
     [D(1, "mg", "Nasal glucagon")], None),
    ('amounts', _T + 'NCT01556594:arm', 'Glucagon solution dose of 1 mg administered as a single subcutaneous (SC) injection.', None,
     [D(1, "mg", "Glucagon")], None),
    ('amounts', _T + 'NCT01556594:arm', 'NG administered as single dose of 3 mg (composed of one dose of 1 mg NG immediately followed by one dose of 2mg NG).', None,
     [D(3, "mg", "NG"), D(1, "mg", "NG"), D(2, "mg", "NG")], None),
    ('ranges', _T + 'NCT01556646:intervention', '15 to 30mg qd titrated to sodium concentration', 'Tolvaptan',
     [D((15, 30), "mg", "Tolvaptan")], None),
    ('ranges', _T + 'NCT01556646:detailed_description', 'Patients will then be given tolvaptan 15-30mg qd for 14 days after which the tests will be\n      repeated.', None,
     [D((15, 30), "mg", "tolvaptan")], None),
]

# ------------------------------------------------------------ NCT0165xxxx
HOLDOUT19 += [
    ('units', _T + 'NCT01656512:intervention', 'Initial dose: (0.025) mg /kg\nSubsequent doses ( 0.05) mg /kg.\nMaximum dose of 4 mg.', 'zolendronic acid',
     [D(0.025, "mg/kg", "zolendronic acid"), D(0.05, "mg/kg", "zolendronic acid"), D(4, "mg", "zolendronic acid")], None),
    ('ranges', _T + 'NCT01656512:intervention', 'Dose of Calcium : 1500- 2000 gram elemental Calcium daily . Dose of Vitamin D ( calcitriol; one alpha) 800-1000 International Unit', 'calcium & vitamin D',
     [D((1500, 2000), "g", "elemental Calcium"), D((800, 1000), "IU", "Vitamin D")], None),
    ('non-doses', _T + 'NCT01656512:brief_summary', 'It accounts for\n      one fourth of all childhood cancers & 74 % of childhood leukemia.', None,
     [], None),
    ('amounts', _T + 'NCT01656525:intervention', '75 mg subcutaneous doses every 4 weeks for 24 weeks', 'Gantenerumab',
     [D(75, "mg", "Gantenerumab")], None),
    ('non-doses', _T + 'NCT01656525:intervention', 'subcutaneous doses every 4 weeks for 24 weeks', 'Placebo',
     [], None),
    ('schedules', _T + 'NCT01656551:arm', 'Single agent gemcitabine dose 1200 mg/m2 days 1 and 8, every 3 weeks', None,
     [D(1200, "mg/m2", "gemcitabine", days=[1, 8])], None),
    ('schedules', _T + 'NCT01656551:arm', 'Gemcitabine dose 1000 mg/m2 days 1 and 8, every 3 weeks', None,
     [D(1000, "mg/m2", "Gemcitabine", days=[1, 8])], None),
    ('schedules', _T + 'NCT01656551:intervention', '60 mg/m2 day 1 every 3 weeks', 'Cisplatin',
     [D(60, "mg/m2", "Cisplatin", days=[1])], None),
    ('units', _T + 'NCT01656629:arm', 'teriparatide 20 mcg sq for 3 months', None,
     [D(20, "ug", "teriparatide")], None),
    ('agents', _T + 'NCT01656629:arm', 'calcium 630 mg vitamin D 500 units daily for 3 months', None,
     [D(630, "mg", "calcium"), D(500, "U", "vitamin D")], None),
    ('amounts', _T + 'NCT01656629:intervention', '70 mg weekly for 3 months', 'Alendronate',
     [D(70, "mg", "Alendronate")], None),
    ('agents', _T + 'NCT01656642:arm', 'Participants will receive atezolizumab (Ate) 1200 milligrams (mg) every 3 weeks (q3w) along with vemurafenib (Vem) 720 mg twice daily (BID) for 21 days in each cycle followed by 7 days off treatment (28-day cycle).', None,
     [D(1200, "mg", "atezolizumab"), D(720, "mg", "vemurafenib")], None),
    ('schedules', _T + 'NCT01656642:arm', 'Run-in period (56 days): participants will receive vemurafenib 960 mg orally BID from Day 1 to 49 and vemurafenib 720 mg orally BID from Day 50 to 56.', None,
     [D(960, "mg", "vemurafenib", days=list(R(1, 50))), D(720, "mg", "vemurafenib", days=list(R(50, 57)))], None),
    ('agents', _T + 'NCT01656642:arm', 'Run-in period (28 days): participants will receive vemurafenib 960 mg orally BID for 21 days, then vemurafenib 720 mg orally BID for 7 days in combination with cobimetinib (Cob) 60 mg IV once daily, 21 days on/7 days off schedule (21/7).', None,
     [D(960, "mg", "vemurafenib"), D(720, "mg", "vemurafenib"), D(60, "mg", "cobimetinib")], None),
]

# ------------------------------------------------------------ NCT0175xxxx
HOLDOUT19 += [
    ('amounts', _T + 'NCT01756495:arm', 'Each subject will receive losmapimod 7.5 mg BID orally for 5 days, in one of the 4 study periods (per randomization sequence) separated by a minimum washout period of 5 days', None,
     [D(7.5, "mg", "losmapimod")], None),
    ('amounts', _T + 'NCT01756495:intervention', 'Tablet of 7.5 mg or 10 mg unit dose strength. Taken orally 7.5 mg BID / 20 mg QD for 5 days', 'Losmapimod',
     [D(7.5, "mg", "Losmapimod"), D(10, "mg", "Losmapimod"), D(20, "mg", "Losmapimod")], None),
    ('schedules', _T + 'NCT01756495:intervention', '17.2mm x 7.1 mm capsule shaped pink biconvex tablet of 400 mg unit dose strength. Taken orally 400 mg on Day 5 in one of the 4 study periods', 'Moxifloxacin',
     [D(400, "mg", "Moxifloxacin", days=[5])], None),
    ('units', _T + 'NCT01756508:arm', 'Eculizumab 1200 mg/m2 will be administered once, 1 hour before graft reperfusion', None,
     [D(1200, "mg/m2", "Eculizumab")], None),
    ('amounts', _T + 'NCT01756521:arm', 'moxifloxacin 800mg', None,
     [D(800, "mg", "moxifloxacin")], None),
    ('amounts', _T + 'NCT01756521:brief_summary', 'In this study,\n      moxifloxacin 400mg and 800mg will be used, to get information on effect of moxifloxacin on\n      QT/QTc interval.', None,
     [D(400, "mg", "moxifloxacin"), D(800, "mg", "moxifloxacin")], None),
    ('units', _T + 'NCT01756547:intervention', 'The dose is 0,3ml/kg/day of the solution until the 38-40 weeks of corrected gestational age or unacceptable toxicity develops.', 'Potassium Citrate',
     [D(0.3, "mL/kg/day", "Potassium Citrate")], None),
    ('agents', _T + 'NCT01756638:arm', 'Abiraterone 1000 milligram (mg) oral tablets will be administered once daily along with 5 mg oral prednisolone tablet administered twice daily for 28-daily dosing cycles and will be continued until disease progression or unacceptable toxicity.', None,
     [D(1000, "mg", "Abiraterone"), D(5, "mg", "prednisolone")], None),
    ('units', _T + 'NCT01756638:intervention', 'Abiraterone will be administered orally as 1000 milligram (mg) per day for 28-daily dosing cycles which will be continued until disease progression or unacceptable toxicity.', 'Abiraterone',
     [D(1000, "mg/day", "Abiraterone")], None),
    ('amounts', _T + 'NCT01756638:intervention', 'Prednisolone will be administered orally as 5 mg tablets twice daily for 28-daily dosing cycle which will be continued until disease progression or unacceptable toxicity.', 'Prednisolone',
     [D(5, "mg", "Prednisolone")], None),
]

# ------------------------------------------------------------ NCT0185xxxx
HOLDOUT19 += [
    ('units', _T + 'NCT01856517:arm', 'clonidine 1 mcg.kg-1.h-1 over 24 h following full optimization of the patient according to current guidelines', None,
     [D(1, "ug/kg/h", "clonidine")], None),
    ('amounts', _T + 'NCT01856517:brief_summary', 'administration of increasing doses of noradrenaline\n      (1 mcg, 2 mcg, etc. up to a delta systolic blood pressure circa 25-30 mm Hg).', None,
     [D(1, "ug", "noradrenaline"), D(2, "ug", "noradrenaline")], None),
    ('amounts', _T + 'NCT01856530:arm', 'Liquid intranasal oxytocin, 24 IU, administered once', None,
     [D(24, "IU", "oxytocin")], None),
    ('amounts', _T + 'NCT01856530:intervention', 'Liquid metered-dose nasal spray, 24 IU, administered once', 'Oxytocin',
     [D(24, "IU", "Oxytocin")], None),
    ('amounts', _T + 'NCT01856556:arm', '1 mg IV', None,
     [D(1, "mg")], None),
    ('amounts', _T + 'NCT01856556:arm', '125 mg', None,
     [D(125, "mg")], None),
    ('agents', _T + 'NCT01856621:arm', 'Single-dose of Seretide Diskus (50/500 mcg/inhalation) and charcoal', None,
     [D(50, "ug", "Seretide Diskus"), D(500, "ug", "Seretide Diskus")], None),
    ('agents', _T + 'NCT01856621:arm', 'Salmeterol/fluticasone Easyhaler (50/500 mcg/inhalation)', None,
     [D(50, "ug", "Salmeterol"), D(500, "ug", "fluticasone")], None),
    ('non-doses', _T + 'NCT01856621:intervention', '2 inhalations as a single dose', 'SF Easyhaler',
     [], None),
    ('agents', _T + 'NCT01856634:arm', '25 mg Pediatric Formulation Delamanid BID for 10 days + OBR', None,
     [D(25, "mg", "Delamanid")], None),
    ('schedules', _T + 'NCT01856634:arm', "Delamanid Pediatric Formulation (DPF) for 10 days + OBR. DPF dose based on patient's body weight during baseline visit:\nPatient's > 10 kg will receive DPF 10 mg BID + OBR\nPatient's > 8 kg and ≤ 10 kg will receive DPF 5 mg BID + OBR\nPatients ≤ 8 kg will receive DPF 5 mg QD + OBR", None,
     [D(10, "mg", "DPF"), D(5, "mg", "DPF"), D(5, "mg", "DPF")], None),
    ('schedules', _T + 'NCT01856634:intervention', 'Patients > 8 kg and ≤ 10 kg will receive DPF 5 mg BID for 10 days\nPatients ≤ 8 kg will receive DPF 5 mg QD for 10 days', '5 mg Delamanid Pediatric Formulation',
     [D(5, "mg", "DPF"), D(5, "mg", "DPF")], None),
]


HOLDOUT22: list[Row] = [
    # ------------------------------------------------------------------ NCT0143xxxx
    ("amounts", _T + "NCT01436500:arm", "60-minute intravenous infusion of 5 mg ifetroban given once daily for 3 days to subjects with Type 1 HRS.", None,
     [D(5, "mg", "ifetroban")], None),
    ("amounts", _T + "NCT01436500:arm", "60-minute intravenous infusion of 150 mg ifetroban given once daily for 3 days to subjects with Type 2 HRS.", None,
     [D(150, "mg", "ifetroban")], None),
    ("non-doses", _T + "NCT01436500:arm", "60-minute intravenous infusion of 5% dextrose in sterile water given once daily for 3 days", None,
     [], None),
    # ------------------------------------------------------------------ NCT0117xxxx
    ("units", _T + "NCT01176513:intervention", "All subjects will receive an i.v. dose of GE-148 (18F) Injection at 10 mCi (370 MBq) to provide adequate image quality throughout the specified imaging period.", "GE-148 (18F)",
     [D(10, "mCi", "GE-148 (18F) Injection"), D(370, "MBq", "GE-148 (18F) Injection")], None),
    # ------------------------------------------------------------------ NCT0247xxxx
    ("agents", _T + "NCT02476526:arm", "Both experimental and control groups receive a) acetylcysteine inhalation (Mucomyst) 1200 mg po BID x 48 hours starting the day prior to the CT scan; and b) isotonic Sodium Bicarbonate Solution 3ml/kg/hr iv for 1 hour prior to the CT scan and for 6 hours after the CT scan", None,
     [D(1200, "mg", "acetylcysteine"), D(3, "mL/kg/h", "Sodium Bicarbonate Solution")], None),
    ("units", _T + "NCT02476526:intervention", "Intravenous injection of low volume (30 cc) iso-osmolar non-ionic radio contrast medium as part of the 64-MDCT Scanning procedure (intervention group only)", "Low Volume iso-osmolar non-ionic radio contrast medium",
     [D(30, "mL", "radio contrast medium")], None),
    ("units", _T + "NCT02476526:intervention", "Isotonic Sodium Bicarbonate 3 ml/kg/hr iv for 1 hour prior to the CT scan and for 6 hours after the CT scan (both experimental and control groups)", "Sodium Bicarbonate Solution",
     [D(3, "mL/kg/h", "Sodium Bicarbonate")], None),
    ("agents", _T + "NCT01436526:arm", "Single oral dose of rivaroxaban administered under fasting conditions 2*5 mg tablet in first intervention period and 1*10 mg tablet in second intervention period (after washout period)", None,
     [D(5, "mg", "rivaroxaban"), D(10, "mg", "rivaroxaban")], None),
    ("agents", _T + "NCT01436526:brief_summary", "treatments with Rivaroxaban: 2*5 mg tablets and 1*10 mg tablet will be given to healthy\n      volunteers under fasting conditions", None,
     [D(5, "mg", "Rivaroxaban"), D(10, "mg", "Rivaroxaban")], None),
    ("non-doses", _T + "NCT01436526:brief_summary", "Both periods will be separated by a 7-day washout phase.", None,
     [], None),
    ("ranges", _T + "NCT02476539:arm", "Part one: Dose Escalation Group Hemay022 tablets will be taken orally once daily in doses of 50mg, 100mg, 200mg, 300mg,400mg or 500mg daily for 28 days.", None,
     [D(50, "mg", "Hemay022"), D(100, "mg", "Hemay022"), D(200, "mg", "Hemay022"), D(300, "mg", "Hemay022"), D(400, "mg", "Hemay022"), D(500, "mg", "Hemay022")], None),
    ("non-doses", _T + "NCT02476539:arm", "Part two: Extension Group Hemay022 tablets will be taken in three dose groups that had been assessed by Part one for 28 days.", None,
     [], None),
    ("non-doses", _T + "NCT02476539:detailed_description", "Each subject will receive\n      a single dose of Hemay022, followed by a 1-week observation period", None,
     [], None),
    # ------------------------------------------------------------------ NCT0117xxxx
    ("units", _T + "NCT01176552:intervention", "Treatment during 6 months: GM-CSF, 1 mcg/kg, 3 times per week, subcutaneously, first week of each month; IFN, 10 MIU, 3 times per week, subcutaneously, second week, and IL-2, 1 MIU, 3 tiw, intravenously, third week.", "GM-CSF, IFN alpha and IL-2",
     [D(1, "ug/kg", "GM-CSF"), D(10_000_000, "IU", "IFN"), D(1_000_000, "IU", "IL-2")], None),
    # ------------------------------------------------------------------ NCT0143xxxx
    ("agents", _T + "NCT01436539:arm", "Adefovir Dipivoxil 10 mg once daily for 48 weeks plus Polyene phosphatidylcholine (PPC) 456 mg three times per day for 48 weeks", None,
     [D(10, "mg", "Adefovir Dipivoxil"), D(456, "mg", "Polyene phosphatidylcholine")], None),
    ("amounts", _T + "NCT01436539:intervention", "Adefovir Dipivoxil 10 mg once daily for 48 weeks", "Adefovir Dipivoxil",
     [D(10, "mg", "Adefovir Dipivoxil")], None),
    # ------------------------------------------------------------------ NCT0247xxxx
    ("amounts", _T + "NCT02476552:intervention", "Single 300 mg dose of niraparib", "Niraparib Oral Capsules (Labeled)",
     [D(300, "mg", "niraparib")], None),
    ("non-doses", _T + "NCT02476552:detailed_description", "After an overnight fast of at least 10 hours, subjects will receive a single, oral\n      dose of niraparib", None,
     [], None),
    ("non-doses", _T + "NCT02476552:detailed_description", "Two hours after the\n      oral dose, subjects will receive a 15-minute IV infusion of niraparib (labeled pharmaceutical\n      ingredient).", None,
     [], None),
    # ------------------------------------------------------------------ NCT0117xxxx
    ("units", _T + "NCT01176565:intervention", "IV nicardipine is initiated at a rate of 5 mg/hr, is continued, and is increased by 2.5 mg/hr increments every 15 min until the target SBP or maximum dose of 15 mg/hr is reached.", "Intravenous nicardipine hydrochloride",
     [D(5, "mg/h", "nicardipine"), D(2.5, "mg/h", "nicardipine"), D(15, "mg/h", "nicardipine")], None),
    ("ranges", _T + "NCT01176565:intervention", "a second agent may be used (Labetalol 5-20 mg IV bolus every 15 min; diltiazem/urapidil in countries without labetalol) for another hour.", "Intravenous nicardipine hydrochloride",
     [D((5, 20), "mg", "Labetalol")], None),
    ("non-doses", _T + "NCT01176565:arm", "The goal for the intensive BP reduction group will be to reduce and maintain SBP < 140 mmHg for 24 hours from randomization. 125 mmHg is the target SBP for this arm.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0103xxxx
    ("levels", _T + "NCT01036594:intervention", "200mg during first week of study (run-in phase), then 400mg po tid", "Ketoconazole",
     [D(200, "mg", "Ketoconazole"), D(400, "mg", "Ketoconazole")], None),  # no drug name in the phrase: the agent is the intervention's name
    ("schedules", _T + "NCT01036594:intervention", "Hydrocortisone 20mg po qam and 10mg po qpm", "Hydrocortisone",
     [D(20, "mg", "Hydrocortisone"), D(10, "mg", "Hydrocortisone")], None),
    ("agents", _T + "NCT01036594:arm", "Ketoconazole: 400mg po tid\nDexamethasone 0.5mg po bid: If ≥ 30% PSA decline (Prostate-specific antigen) at 12 week evaluation", None,
     [D(400, "mg", "Ketoconazole"), D(0.5, "mg", "Dexamethasone")], None),
    # ------------------------------------------------------------------ NCT0117xxxx
    ("amounts", _T + "NCT01176591:arm", "Participants take Aprepitant (80 mg) or placebo tablets for 7 days prior to each session.", None,
     [D(80, "mg", "Aprepitant")], None),
    ("amounts", _T + "NCT01176591:intervention", "placebo in session 1, Aprepitant 80 mg in session 2, oral administration.", "Placebo session 1, Aprepitant session 2",
     [D(80, "mg", "Aprepitant")], None),
    ("non-doses", _T + "NCT01176591:detailed_description", "Subjects immersed their hand in cold water\n      for up to 3 minutes.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0177xxxx
    ("amounts", _T + "NCT01776619:intervention", "relative bioavailability tablet vs. solution and food effect at 50mg dose", "PF-06305591",
     [D(50, "mg", "PF-06305591")], None),  # no drug name in the phrase: the agent is the intervention's name
    ("non-doses", _T + "NCT01776619:intervention", "14 day repeated BID doses", "Placebo",
     [], None),
    # ------------------------------------------------------------------ NCT0247xxxx
    ("agents", _T + "NCT02476617:arm", "Ombitasvir/paritaprevir/ritonavir (25 mg/150 mg/100 mg once daily [QD]) + dasabuvir (250 mg twice daily [BID])", None,
     [D(25, "mg", "Ombitasvir"), D(150, "mg", "paritaprevir"), D(100, "mg", "ritonavir"), D(250, "mg", "dasabuvir")], None),
    ("ranges", _T + "NCT02476617:arm", "weight based Ribavirin (RBV; dosed 1,000 or 1,200 mg daily divided BID)", None,
     [D(1000, "mg", "Ribavirin"), D(1200, "mg", "Ribavirin")], None),
    # ------------------------------------------------------------------ NCT0213xxxx
    ("units", _T + "NCT02136641:arm", "2. Sedation with Midazolam 0.015 mg / Kg + Fentanyl 0.8mcg/kg, Intravenous, administered as a single dose.", None,
     [D(0.015, "mg/kg", "Midazolam"), D(0.8, "ug/kg", "Fentanyl")], None),
    ("units", _T + "NCT02136641:intervention", "Was applied Midazolam 0,015 mg / Kg + ketamine 0.25 mg / kg, IV (in the vein), single dose.", "Midazolam+Ketamine Combination",
     [D(0.015, "mg/kg", "Midazolam"), D(0.25, "mg/kg", "ketamine")], None),
    ("non-doses", _T + "NCT02136641:detailed_description", "On admission to the operating room the patient was channeled to a\n      peripheral vein 18 -20Gauge", None,
     [], None),
    # ------------------------------------------------------------------ NCT0103xxxx
    ("amounts", _T + "NCT01036659:intervention", "subcutaneous dose of 30mg of ecallantide or placebo (three 10 mg SC injections at three different sites ((arms, legs, abdomen).", "ecallantide - Kallikrein inhibitor that blocks the production of bradykinin",
     [D(30, "mg", "ecallantide"), D(10, "mg", "ecallantide")], None),
    # ------------------------------------------------------------------ NCT0143xxxx
    ("levels", _T + "NCT01436643:arm", "Fingolimod 0.5 mg per capsule(hard gelatin capsules) was taken p.o. once daily. Venlafaxine, supplied in blistered packs containing 14 capsules; starting dose 75 mg; final dose 150 mg", None,
     [D(0.5, "mg", "Fingolimod"), D(75, "mg", "Venlafaxine"), D(150, "mg", "Venlafaxine")], None),
    ("levels", _T + "NCT01436643:intervention", "Citalopram starting dose was 20 mg and given once daily for at least 7 days and a maximum of 28 days. Dosage was increased afterwards to the individual final dose given once daily, i.e. after at least 7 days and a maximum of 28 days, patients were titrated to their maximum dose of 40 Mg", "Citalopram",
     [D(20, "mg", "Citalopram"), D(40, "mg", "Citalopram")], None),
    ("amounts", _T + "NCT01436643:intervention", "Dosage of 0.5 mg per capsule (hard gelatin capsules) was taken p.o. once daily. Fingolimod was supplied in bottles containing 35 capsules each.", "Fingolimod",
     [D(0.5, "mg", "Fingolimod")], None),
    # ------------------------------------------------------------------ NCT0117xxxx
    ("units", _T + "NCT01176669:intervention", "Apatinib was administratered at 750 mg/d in Phase IIa.", "Apatinib",
     [D(750, "mg/day", "Apatinib")], None),
    ("levels", _T + "NCT01176669:intervention", "So, in Phase IIb, the starting dose of apatinib will be 500mg/d. Two dose reductions will be allowed to 375 and then 250 mg/d.", "Apatinib",
     [D(500, "mg/day", "apatinib"), D(375, "mg/day", "apatinib"), D(250, "mg/day", "apatinib")], None),
    ("amounts", _T + "NCT01176669:detailed_description", "The\n      investigators' phase I study has shown that the drug's toxicity is manageable and the maximum\n      tolerable daily dose is 850 mg.", None,
     [D(850, "mg")], None),
    # ------------------------------------------------------------------ NCT0177xxxx
    ("levels", _T + "NCT01776671:intervention", "Titration starting 300 mg/day up to 1800 mg/day over 2 weeks", "Gralise",
     [D(300, "mg/day", "Gralise"), D(1800, "mg/day", "Gralise")], None),  # no drug name in the phrase: the agent is the intervention's name
    ("non-doses", _T + "NCT01776671:detailed_description", "Approximately, 20 patients will be enrolled in the study, after a titration of two weeks", None,
     [], None),
    # ------------------------------------------------------------------ NCT0213xxxx
    ("units", _T + "NCT02136693:arm", "3.5 g /day of pure Psyllium fiber for 180 days after STARR", None,
     [D(3.5, "g/day", "Psyllium fiber")], None),
    ("agents", _T + "NCT02136693:arm", "3.5 g /day of inert compound for 180 days after STARR", None,
     [D(3.5, "g/day", "inert compound")], None),
    ("ranges", _T + "NCT02136693:detailed_description", "Post-operative instructions for both groups included only analgesic therapy (Ketorolac 10 to\n      30 mg b.m. if needed).", None,
     [D((10, 30), "mg", "Ketorolac")], None),
    # ------------------------------------------------------------------ NCT0117xxxx
    ("agents", _T + "NCT01176708:intervention", "One tablet (50 mg)of DPP4 inhibitor is to be taken 12 and 1 hours before start of the oral glucose tolerance test (50 g glucose and 1.5 g paracetamol dissolved in 300 ml water)on day 3", "dipeptidyl peptidase 4 (DPP4) inhibitor",
     [D(50, "mg", "DPP4 inhibitor"), D(50, "g", "glucose"), D(1.5, "g", "paracetamol")], None),
    ("amounts", _T + "NCT01176708:intervention", "1.5 g paracetamol dissolved in 50 ml water is to be ingested orally within the first 2 minutes.", "intravenous glucose",
     [D(1.5, "g", "paracetamol")], None),
    ("non-doses", _T + "NCT01176708:arm", "10 Liver transplanted patients", None,
     [], None),
    # ------------------------------------------------------------------ NCT0177xxxx
    ("units", _T + "NCT01776723:arm", "In Phase I, participants will be allocated to dose levels starting at 10 mg/d (twice a day [BID] dosing)", None,
     [D(10, "mg/day", "Ruxolitinib")], None),  # no drug name in the phrase: the agent is the arm's only intervention
    ("ranges", _T + "NCT01776723:intervention", "In Phase I, participants will be allocated to twice a day (BID) doses of 10 mg/d up to 40mg/d.", "Ruxolitinib",
     [D((10, 40), "mg/day", "Ruxolitinib")], None),  # no drug name in the phrase: the agent is the intervention's name
    ("units", _T + "NCT01776723:intervention", "The starting dose will be 10 mg/d (5mg BID).", "Ruxolitinib",
     [D(10, "mg/day", "Ruxolitinib"), D(5, "mg", "Ruxolitinib")], None),  # no drug name in the phrase: the agent is the intervention's name
]


HOLDOUT23: list[Row] = [
    # ------------------------------------------------------------------ NCT0283xxxx
    ("amounts", _T + "NCT02836496:arm", "Enrolled subjects will receive either mepolizumab 300 mg or placebo subcutaneous (SC) every 4 weeks while continuing their HES therapy.", None,
     [D(300, "mg", "mepolizumab")], None),
    ("agents", _T + "NCT02836496:intervention", "All subjects will be provided with 2 bottles of blinded OCS capsules, one containing 5mg OCS capsules (active OCS treatment)", "Active OCS capsules (5 mg prednisolone or prednisone)",
     [D(5, "mg", "OCS")], None),
    ("non-doses", _T + "NCT02836496:intervention", "Placebo is available as 0.9% sodium chloride solution", "Placebo matching mepolizumab",
     [], None),
    ("amounts", _T + "NCT02836509:arm", "First Group: 1000 mg Paracetamol in 150 ml normal saline given as a slow intravenous infusion over 5 minutes.", None,
     [D(1000, "mg", "Paracetamol")], None),
    ("amounts", _T + "NCT02836509:intervention", "800 mg Ibuprofen in 150 ml normal saline given as a slow intravenous infusion over 5 minutes", "Ibuprofen",
     [D(800, "mg", "Ibuprofen")], None),
    ("agents", _T + "NCT02836509:detailed_description", "Second Group: 800mg Ibuprofen (Intrafen Flk, Gen drug, Turkey) in 150 ml normal saline\n           given as a slow intravenous infusion over 5 minutes.", None,
     [D(800, "mg", "Ibuprofen")], None),
    # ------------------------------------------------------------------ NCT0313xxxx
    ("amounts", _T + "NCT03136510:arm", "blood collection for biological analyses of 30 patients new diagnosis of NVAF (VKA treatment ≤1 week) initiated with apixaban 5 mg", None,
     [D(5, "mg", "apixaban")], None),
    ("non-doses", _T + "NCT03136510:intervention", "Bood collection for biological analyses at:\ninclusion visit\nfollow-up visit at 1 month\nend of research at 3 month", "Apixaban 5 mg",
     [], None),
    ("non-doses", _T + "NCT03136510:detailed_description", "we will expect an initial D-dimers level around 1500ng/ml\n      with a standard deviation of ±700ng/ml in patients with newly diagnosed NVAF.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0397xxxx
    ("amounts", _T + "NCT03976518:arm", "Atezolizumab will be administered at a flat dose of 1200 mg by intravenous route.", None,
     [D(1200, "mg", "Atezolizumab")], None),
    ("non-doses", _T + "NCT03976518:arm", "Atezolizumab will be delivered in 250-mL 0.9% NaCl (sodium chloride) intravenous (IV) infusion bags.", None,
     [], None),
    ("non-doses", _T + "NCT03976518:arm", "If the second 30 minutes infusion is well tolerated all the subsequent infusions may be administered over 30 (± 10) minutes.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0413xxxx
    ("schedules", _T + "NCT04136535:intervention", "Pemetrexed，500mg/m²，ivgtt ，d1，q3w", "Pemetrexed",
     [D(500, "mg/m2", "Pemetrexed", days=[1])], None),
    ("non-doses", _T + "NCT04136535:intervention", "Carboplatin，AUC 5.0，ivgtt，d1，q3w，", "Carboplatin",
     [], None),
    ("schedules", _T + "NCT04136535:intervention", "Anlotinib ，12 mg，po，qd，d1-14，q3w；", "Anlotinib",
     [D(12, "mg", "Anlotinib", days=range(1, 15))], None),
    # ------------------------------------------------------------------ NCT0283xxxx (2)
    ("amounts", _T + "NCT02836548:arm", "Vorinostat 360 mg once daily", None,
     [D(360, "mg", "Vorinostat")], None),
    ("units", _T + "NCT02836548:intervention", "vorinostat 360 milligram once daily", "Vorinostat",
     [D(360, "mg", "vorinostat")], None),
    ("non-doses", _T + "NCT02836548:detailed_description", "Treatment will be continuous in\n      cycles of 28 days and doses will be reduced in steps of 90 mg per dose-reduction in case of\n      unacceptable safety concerns.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0397xxxx (2)
    ("agents", _T + "NCT03976544:arm", "estrogen supplementation (Estradiol valerate, Progynova® 3x2mg/day) is started to induce proliferation of the endometrium.", None,
     [D(2, "mg", "Estradiol valerate")], None),
    ("agents", _T + "NCT03976544:arm", "embryo transfer is scheduled on the sixth day of progesterone (vaginal micronized progesterone, Utrogestan® 2x200mg twice a day) supplementation.", None,
     [D(200, "mg", "micronized progesterone")], None),
    ("non-doses", _T + "NCT03976544:arm", "Ovulation is generally defined as an, at least, 180% increase of LH compared to the mean level in the previous 24h.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0413xxxx (2)
    ("units", _T + "NCT04136548:intervention", "Subjects will receive 75 ug Fentanyl while the effects of this drug on tolerance to a hemorrhagic insult will be assessed.", "Fentanyl",
     [D(75, "ug", "Fentanyl")], None),
    # ------------------------------------------------------------------ NCT0347xxxx
    ("agents", _T + "NCT03476564:arm", "intervention group will receive pentoxifylline (Trental S.R.) 400 mg/BD plus vit E (PHARCO) 400 mg/BD 2 cycles before starting ICSI cycle", None,
     [D(400, "mg", "pentoxifylline"), D(400, "mg", "vit E")], None),
    ("agents", _T + "NCT03476564:detailed_description", "The intervention group will receive pentoxifylline (Trental S.R.) 400\n      mg/BD plus vit E (PHARCO) 400 mg/BD 2 cycles before starting ICSI cycle", None,
     [D(400, "mg", "pentoxifylline"), D(400, "mg", "vit E")], None),
    ("non-doses", _T + "NCT03476564:detailed_description", "the incidence of pregnancy rate among ttt group was 57.1%\n      while for control group it was 39.2%, with an effect size of 12%.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0413xxxx (3)
    ("schedules", _T + "NCT04136600:arm", "Participants received a dose of 500 mg/m2 Cetuximab iv on Day 1 of cycle every 3 weeks, or 400mg Nimotuzumab on Day 1 of cycle, every week, until disease progression.", None,
     [D(500, "mg/m2", "Cetuximab", days=[1]), D(400, "mg", "Nimotuzumab", days=[1])], None),
    ("agents", _T + "NCT04136600:arm", "12 cycles of mFOLFOX (5-fluorouracil (5-FU) 1,200 mg/m2/day for 46 hours, leucovorin 200 mg/m2, and oxaliplatin 85 mg/m2 biweekly).", None,
     [D(1200, "mg/m2/day", "5-fluorouracil"), D(200, "mg/m2", "leucovorin"), D(85, "mg/m2", "oxaliplatin")], None),
    ("amounts", _T + "NCT04136600:intervention", "S-1: 60mg for BSA>1.5, 50 mg for 1.5>BSA>1.25 , 40mg for BSA<1.25 po twice daily for 14 days every 3 weeks, for 6 cycles", "Chemotherapy",
     [D(60, "mg", "S-1"), D(50, "mg", "S-1"), D(40, "mg", "S-1")], None),
    # ------------------------------------------------------------------ NCT0283xxxx (3)
    ("units", _T + "NCT02836613:arm", "Single dose of 240 milligrams (mg) galcanezumab (LY2951742) administered subcutaneously (SC) by manual prefilled syringe (PFS).", None,
     [D(240, "mg", "galcanezumab")], None),
    ("amounts", _T + "NCT02836613:arm", "Single dose of 240 mg galcanezumab (LY2951742) administered SC by autoinjector.", None,
     [D(240, "mg", "galcanezumab")], None),
    ("non-doses", _T + "NCT02836613:brief_summary", "The study will last about 20 weeks for each participant. Screening\n      is required within 45 days prior to the start of the study.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0347xxxx (2)
    ("amounts", _T + "NCT03476616:arm", "Obese pts with hypertension, starting treatment with eplerenone 25mg twice daily (BD).", None,
     [D(25, "mg", "eplerenone")], None),
    ("amounts", _T + "NCT03476616:arm", "If not controlled (mean ABPM > 130/80mm Hg) at wk16, indapamide 1,5mg OD will be added.", None,
     [D(1.5, "mg", "indapamide")], None),
    ("agents", _T + "NCT03476616:intervention", "randomized (1:1) to either eplerenone (E) 25mg bd or valsartan (V) 160mg od for 8 wks.", "Valsartan (-based therapy) arm",
     [D(25, "mg", "eplerenone"), D(160, "mg", "valsartan")], None),
    # ------------------------------------------------------------------ NCT0373xxxx
    ("schedules", _T + "NCT03736616:arm", "Patients receive RICE: Rituximab 375mg/m2 IV d1, Ifosfamide 5000mg/m2, Carboplatin area under curve (AUC) 5 IV d2, Etoposide (VP16) 100mg/m2 IV d1-3 & Acalabrutinib 100mg oral BID d1-21.", None,
     [D(375, "mg/m2", "Rituximab", days=[1]), D(5000, "mg/m2", "Ifosfamide"), D(100, "mg/m2", "Etoposide", days=[1, 2, 3]),
      D(100, "mg", "Acalabrutinib", days=range(1, 22))], None),
    ("schedules", _T + "NCT03736616:arm", "BEAM given as Carmustine (BCNU) 300mg/m2 IV day -6 respective to stem cell infusion, VP16 200mg/m2 IV BID day -5 to day-2, Cytarabine (Ara-C) 200mg/m2 IV BID day -5 to day -2, and Melphalan 140mg/m2 IV day -1.", None,
     [D(300, "mg/m2", "Carmustine", days=[-6]), D(200, "mg/m2", "VP16", days=[-5, -4, -3, -2]),
      D(200, "mg/m2", "Cytarabine", days=[-5, -4, -3, -2]), D(140, "mg/m2", "Melphalan", days=[-1])], None),
    ("amounts", _T + "NCT03736616:detailed_description", "patients\n      will restart acalabrutinib 100mg BID as maintenance therapy for a period of 12 months.", None,
     [D(100, "mg", "acalabrutinib")], None),
    # ------------------------------------------------------------------ NCT0313xxxx (2)
    ("amounts", _T + "NCT03136627:intervention", "Nivolumab: Phase 1b study and Phase 2a study: All subjects will receive IV nivolumab 240 mg every 2 weeks administered over 1 hour.", "Nivolumab",
     [D(240, "mg", "nivolumab")], None),
    ("non-doses", _T + "NCT03136627:intervention", "Subjects will receive 1 dose of tivozanib daily for 21 days followed by a 7 day rest period (1 cycle = 4 weeks).", "Tivozanib",
     [], None),
    ("non-doses", _T + "NCT03136627:detailed_description", "Tivozanib inhibits phosphorylation of\n      VEGF receptors (VEGFR) -1, -2 and -3 at picomolar concentrations (IC50 of 0.21, 0.16 and 0.24\n      nM respectively)", None,
     [], None),
    # ------------------------------------------------------------------ NCT0373xxxx (2)
    ("amounts", _T + "NCT03736629:arm", "8 weeks of Azithromycin (250 mg) capsule once daily by mouth", None,
     [D(250, "mg", "Azithromycin")], None),
    ("amounts", _T + "NCT03736629:intervention", "8 weeks of Azithromycin (250 mg) once daily by mouth", "Azithromycin",
     [D(250, "mg", "Azithromycin")], None),
    ("non-doses", _T + "NCT03736629:arm", "8 weeks of placebo capsule once daily by mouth", None,
     [], None),
    # ------------------------------------------------------------------ NCT0283xxxx (4)
    ("schedules", _T + "NCT02836639:intervention", "Busulfan 0.8 mg/kg four times per day from day -7 to day -5", "Busulfan",
     [D(0.8, "mg/kg", "Busulfan", days=[-7, -6, -5])], None),
    ("schedules", _T + "NCT02836639:intervention", "Etoposide 400 mg/m2 from day -5 to day -4", "Etoposide",
     [D(400, "mg/m2", "Etoposide", days=[-5, -4])], None),
    ("schedules", _T + "NCT02836639:intervention", "Bendamustine 200 mg/m2 starting dose on day -3 and -2", "Bendamustine",
     [D(200, "mg/m2", "Bendamustine", days=[-3, -2])], None),
    # ------------------------------------------------------------------ NCT0313xxxx (3)
    ("agents", _T + "NCT03136640:arm", "Weekly ModraDoc006/r treatment as ModraDoc006 (oral docetaxel) 10mg tablets combined with ritonavir 100mg tablets", None,
     [D(10, "mg", "ModraDoc006"), D(100, "mg", "ritonavir")], None),
    ("agents", _T + "NCT03136640:intervention", "Treatment with weekly ModraDoc006 (oral docetaxel) 10mg tablets in combination with ritonavir 100mg tablets", "ModraDoc006/r",
     [D(10, "mg", "ModraDoc006"), D(100, "mg", "ritonavir")], None),
    ("levels", _T + "NCT03136640:detailed_description", "will be assigned\n      to the starting dose level 1A of 30-20 mg ModraDoc006 in a bi-daily weekly schedule, each\n      intake of ModraDoc006 will be combined with 200 mg ritonavir.", None,
     [D(30, "mg", "ModraDoc006", level="dose level 1A"), D(20, "mg", "ModraDoc006", level="dose level 1A"),
      D(200, "mg", "ritonavir")], None),
    # ------------------------------------------------------------------ NCT0347xxxx (3)
    ("units", _T + "NCT03476642:arm", "Group RE will have 20mL of 0.5% Ropivacaine with epinephrine injected at the left or right T5 transverse process.", None,
     [D(20, "mL", "Ropivacaine")], None),
    ("units", _T + "NCT03476642:intervention", "injection of 20mL epinephrine in combination with ropivacaine at the left or right T5 transverse process", "Epinephrine",
     [D(20, "mL", "epinephrine")], None),
    ("units", _T + "NCT03476642:brief_summary", "provided by an ESP block\n      at the T5 level, using twenty milliliters of 0.5% ropivacaine.", None,
     [D(20, "mL", "ropivacaine")], None),
]


HOLDOUT24: list[Row] = [
    # ------------------------------------------------------------------ NCT0362xxxx
    ("ranges", _T + "NCT03626506:arm", "Subjects will take spironolactone 20~40mg once daily on top of amlodipine 5~10mg once daily.", None,
     [D((20, 40), "mg", "spironolactone"), D((5, 10), "mg", "amlodipine")], None),
    ("amounts", _T + "NCT03626506:intervention", "After a 2-week run-in period on amlodipine, patients who still have SBP ≥ 140mmHg will take spironolactone 20mg once daily on top of amlodipine for 12 months. During the first two months after randomization, spironolactone can be titrated to 40mg if office SBP remains ≥ 140mmHg.", "Spironolactone",
     [D(20, "mg", "spironolactone"), D(40, "mg", "spironolactone")], None),
    ("agents", _T + "NCT03626506:intervention", "After a 2-week run-in period on amlodipine 5mg once daily, patients who still have SBP ≥ 140mmHg will be randomized to add spironolactone 20mg once daily or extended-release indapamide 1.5mg once daily to amlodipine for 12 months.", "Amlodipine",
     [D(5, "mg", "amlodipine"), D(20, "mg", "spironolactone"), D(1.5, "mg", "indapamide")], None),
    ("non-doses", _T + "NCT03626545:arm", "Blinded Canakinumab administered at the recommended Phase III regimen (defined in the safety run-in part).", None,
     [], None),
    ("units", _T + "NCT03626545:intervention", "Standard of care: docetaxel 75mg/m2, intravenous, every 3 weeks", "Docetaxel",
     [D(75, "mg/m2", "docetaxel")], None),
    # ------------------------------------------------------------------ NCT0427xxxx
    ("amounts", _T + "NCT04276545:arm", "IV administration of midazolam (0.05mg/kg)", None,
     [D(0.05, "mg/kg", "midazolam")], None),
    ("amounts", _T + "NCT04276545:intervention", "IV administration of midazolam (0.05mg/kg) after induction.", "IV administration of Midazolam to investigate the effects for functional nasal endoscopic surgery",
     [D(0.05, "mg/kg", "midazolam")], None),
    ("non-doses", _T + "NCT04276545:detailed_description", "Mechanical ventilation parameters were as\n      follows: pressure-controlled ventilation mode, ventilation pressure: 12, respiratory rate:\n      12, oxygen concentration: 50%.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0437xxxx
    ("agents", _T + "NCT04376554:arm", "Healthy subjects meeting eligibility criteria will be sequentially randomized to receive either 600mg TBPM-PI-HBr every 8 hours (PO q8h [±1 hour]) or 500/125mg amoxicillin-clavulanate PO q8h (±1 hour) for 10 days.", None,
     [D(600, "mg", "TBPM-PI-HBr"), D(500, "mg", "amoxicillin-clavulanate"), D(125, "mg", "amoxicillin-clavulanate")], None),
    ("amounts", _T + "NCT04376554:intervention", "amoxicillin-clavulanate (1 × 500mg/125mg tablet) PO q8h [±1 hour] for 10 days", "amoxicillin-clavulanate",
     [D(500, "mg", "amoxicillin-clavulanate"), D(125, "mg", "amoxicillin-clavulanate")], None),
    ("agents", _T + "NCT04376554:detailed_description", "using TBPM-PI-HBr (600mg) (2× 300mg film coated\n      tablets) or amoxicillin-clavulanate (500mg/125mg) orally every 8 hours", None,
     [D(600, "mg", "TBPM-PI-HBr"), D(300, "mg", "TBPM-PI-HBr"), D(500, "mg", "amoxicillin-clavulanate"), D(125, "mg", "amoxicillin-clavulanate")], None),
    # ------------------------------------------------------------------ NCT0392xxxx
    ("amounts", _T + "NCT03926559:arm", "2mg of Neuraxial Morphine given through epidural once after the patient has delivered.", None,
     [D(2, "mg", "Morphine")], None),
    ("amounts", _T + "NCT03926559:intervention", "Pregnant patients with a perineal tear postpartum receive 2mg of morphine through their epidural.", "Morphine.",
     [D(2, "mg", "morphine")], None),
    ("ranges", _T + "NCT03926559:brief_summary", "In obstetrics, 2-3 mg of epidural morphine was found to be sufficient to provide\n      post-episiotomy analgesia.", None,
     [D((2, 3), "mg", "morphine")], None),
    # ------------------------------------------------------------------ NCT0402xxxx
    ("amounts", _T + "NCT04026568:arm", "15mm opaque capsule containing 10mg of 4-AP", None,
     [D(10, "mg", "4-AP")], None),
    ("amounts", _T + "NCT04026568:detailed_description", "In this proposal, 5mg of study drug will be administered once every six\n      hours, for a total dosage per day of 20 mg.", None,
     [D(5, "mg"), D(20, "mg")], None),
    ("non-doses", _T + "NCT04026568:detailed_description", "increased frequency in seizures, which occurs in a small percentage of patients if serum\n      levels exceed 100 ng/ml. Therefore, dosages are chosen to maintain serum levels that do not\n      exceed 50-60ng/ml.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0427xxxx (2)
    ("units", _T + "NCT04276597:arm", "4 doses of 200mCi 177Lu- DOTATOC PRRT", None,
     [D(200, "mCi", "177Lu- DOTATOC")], None),
    ("units", _T + "NCT04276597:brief_summary", "The treatment regimen will consist of 4 doses of 200 (±10%) mCi 177Lu-DOTATOC administered at\n      8+/- 1 week intervals.", None,
     [D(200, "mCi", "177Lu-DOTATOC")], None),
    # ------------------------------------------------------------------ NCT0437xxxx (2)
    ("units", _T + "NCT04376593:arm", "Following a 10 mCi (±20%) intravenous injection (IV) of 18F-αvβ6-BP, PET/CT images will be acquired at 60 minutes.", None,
     [D(10, "mCi", "18F-αvβ6-BP")], None),
    ("units", _T + "NCT04376593:intervention", "Subjects will be injected once per imaging session (a maximum of 3 imaging sessions) with up to 10 mCi (±20%) of 18F-αvβ6-BP as a rapid intravenous bolus (within 30 secs).", "18F-αvβ6-BP",
     [D(10, "mCi", "18F-αvβ6-BP")], None),
    ("non-doses", _T + "NCT04376593:arm", "Each participant will undergo up to 3 18F- αvβ6-BP PET/CT scans over a 6-month timeframe.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0332xxxx
    ("units", _T + "NCT03326583:arm", "Participants will take 8.4 grams of Patiromer once daily for one week, during which serum potassium and gastrointestinal symptoms will be evaluated. If tolerated and in the absence of hypokalemia, the dose will be up-titrated to 16.8 grams once daily for the remaining 11 weeks.", None,
     [D(8.4, "g", "Patiromer"), D(16.8, "g", "Patiromer")], None),
    ("units", _T + "NCT03326583:brief_summary", "Treatment with Patiromer will be initiated at a dose of 8.4 grams, once daily\n      and observed for a week, then uptitrated to 16.8 grams once daily.", None,
     [D(8.4, "g", "Patiromer"), D(16.8, "g", "Patiromer")], None),
    ("non-doses", _T + "NCT03326583:brief_summary", "Hyperkalemia (potassium greater than 5 milliequivalents per liter) is a non-randomized,\n      crossover study.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0332xxxx (2)
    ("agents", _T + "NCT03326596:arm", "Once consented, patients to receive 1000mg/10ml normal saline infusion of TXA with the delivery of the infant's anterior shoulder.", None,
     [D(1000, "mg", "TXA")], None),
    ("non-doses", _T + "NCT03326596:detailed_description", "noted that even\n      in the face of interventions developed to actively manage the third stage of labor, 27.1% of\n      maternal deaths were directly attributable to excessive blood loss.", None,
     [], None),
    ("non-doses", _T + "NCT03326596:detailed_description", "Uterotonics such as methylergonovine, 15-methyl PGF2α and misoprostol have shown to be\n      particularly useful adjuncts", None,
     [], None),
    # ------------------------------------------------------------------ NCT0392xxxx (2)
    ("units", _T + "NCT03926624:arm", "DFP-10917 Dose: 6 mg/m²/day administered by continuous infusion for 14 days followed by a 14-day resting period per 28-day treatment cycle. If a patient experiences a significant treatment-related AE, the patient may undergo one dose reduction of DFP-10917 to 4 mg/m²/day x 14 days for subsequent treatment cycles", None,
     [D(6, "mg/m2/day", "DFP-10917"), D(4, "mg/m2/day", "DFP-10917")], None),
    ("agents", _T + "NCT03926624:arm", "FLAG: Days 1-5: fludarabine 30 mg/m² IV for 30min, Days 1-5: cytarabine 1-2 grm/m² for 4hr daily x 5 & G-CSF 5 mcg/kg or 300 mcg/m² until PMN recovery, with or without idarubicin Days 1-3 at 8 mg/m² IV daily x 3 (FLAG-Ida)", None,
     [D(30, "mg/m2", "fludarabine", days=[1, 2, 3, 4, 5]), D((1, 2), "g/m2", "cytarabine", days=[1, 2, 3, 4, 5]),
      D(5, "ug/kg", "G-CSF"), D(300, "ug/m2", "G-CSF"), D(8, "mg/m2", "idarubicin", days=[1, 2, 3])], None),
    ("units", _T + "NCT03926624:arm", "High DAC: cytarabine doses 1-2 g/m²/day up to 5days, max total dose 10 g/m² per course", None,
     [D((1, 2), "g/m2/day", "cytarabine"), D(10, "g/m2", "cytarabine")], None),
    # ------------------------------------------------------------------ NCT0332xxxx (3)
    ("agents", _T + "NCT03326609:arm", "Perineural injection of ropivacaine 10 mg, 2.5 mL. Concentration: Ropivacaine 4 mg/mL.", None,
     [D(10, "mg", "ropivacaine"), D(2.5, "mL", "ropivacaine")], None),
    ("agents", _T + "NCT03326609:arm", "Perineural injection of ropivacaine 10 mg, 15mL Concentration: Ropivacaine 0.67 mg/mL", None,
     [D(10, "mg", "ropivacaine"), D(15, "mL", "ropivacaine")], None),
    ("non-doses", _T + "NCT03326609:brief_summary", "Methods: Randomization of 60 healthy volunteers who will receive 1 of 5 different volumes of\n      LA (ropivacaine) using a constant dose.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0427xxxx (3)
    ("units", _T + "NCT04276636:arm", "This group of patients are going to supplemented with Caltrate 0.6 g / d orally.", None,
     [D(0.6, "g/day", "Caltrate")], None),
    ("units", _T + "NCT04276636:brief_summary", "One group\n      is given Caltrate 0.6g per day orally, and the control group do not intervene.", None,
     [D(0.6, "g/day", "Caltrate")], None),
    ("non-doses", _T + "NCT04276636:brief_summary", "analyze whether Caltrate supplementation treatment can increase the\n      serum 25 (OH) D level of CD participants", None,
     [], None),
    # ------------------------------------------------------------------ NCT0427xxxx (4)
    ("units", _T + "NCT04276649:intervention", "Vitamin D-deficient UC patients are divided into two groups, one group is given orally with Caltrate Pill 0.6 g / d, while the other group do not interfere.", "Caltrate Pill",
     [D(0.6, "g/day", "Caltrate")], None),
    ("units", _T + "NCT04276649:detailed_description", "9. Participants are divided into two groups, one group is given oral Caltrate 0.6g / d, and\n           the other group did not intervene.", None,
     [D(0.6, "g/day", "Caltrate")], None),
    ("non-doses", _T + "NCT04276649:detailed_description", "7. The level of serum 25 (OH) D of participants is detected.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0362xxxx (3)
    ("amounts", _T + "NCT03626636:arm", "Treatment Group 1: 25 Non-Exudative AMD subjects with BCVA of 20/40 - 20/200 will be injected intravitreally with 1.0mg of Luminate®", None,
     [D(1.0, "mg", "Luminate®")], None),
    ("amounts", _T + "NCT03626636:intervention", "Subjects injected intravitreally with 1.0mg of Luminate®", "Risuteganib",
     [D(1.0, "mg", "Luminate®")], None),
    ("non-doses", _T + "NCT03626636:arm", "Treatment Group 2: 15 Non-Exudative AMD subjects with BCVA of 20/40 - 20/200 will be treated with a sham injection", None,
     [], None),
    # ------------------------------------------------------------------ NCT0392xxxx (3)
    ("ranges", _T + "NCT03926663:arm", "Group B; will receive 0.25% bupivacaine (with an average dose of 1-1.5 mg/kg) as preincisional local infiltration of the nasal mucosa of the nasal septum ,injected once before surgical intervention", None,
     [D((1, 1.5), "mg/kg", "bupivacaine")], None),
    ("ranges", _T + "NCT03926663:intervention", "patients will receive 0.25% bupivacaine (with an average dose of 1-1.5 mg/kg) preincisional local infiltration of the nasal mucosa.", "Bupivacaine",
     [D((1, 1.5), "mg/kg", "bupivacaine")], None),
    ("non-doses", _T + "NCT03926663:intervention", "Dexmedetomidine, a potent α-2 adrenoceptor agonist, is approximately 8 times more selective toward the α-2 adrenoceptors than clonidine.", "Dexmedetomidine",
     [], None),
    # ------------------------------------------------------------------ NCT0427xxxx (5)
    ("amounts", _T + "NCT04276662:intervention", "1 dose of 50 mg DS-3201b", "DS-3201b",
     [D(50, "mg", "DS-3201b")], None),
    ("amounts", _T + "NCT04276662:brief_summary", "assess the safety, tolerability, and PK of a single dose of 50 mg of DS-3201b in participants\n      with normal and impaired hepatic function.", None,
     [D(50, "mg", "DS-3201b")], None),
    ("non-doses", _T + "NCT04276662:arm", "Healthy participants who have normal hepatic function with sex, age (±10 years [y]), and weight (±20%) matching with the mild and moderate hepatic impairment cohorts.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0402xxxx (2)
    ("units", _T + "NCT04026685:intervention", "continuous phenylephrine infusion started at a rate of 25mcg/min and titrated according to blood pressure", "Phenylephrine infusion",
     [D(25, "ug/min", "phenylephrine")], None),
    ("agents", _T + "NCT04026685:intervention", "continuous phenylephrine infusion started at a rate of 25mcg/min and titrated according to blood pressure plus crystalloid Ringer-Acetate co-loading bolus of 1000 mL", "Phenylephrine infusion and Ringer-Acetate bolus",
     [D(25, "ug/min", "phenylephrine"), D(1000, "mL", "Ringer-Acetate")], None),
    ("non-doses", _T + "NCT04026685:brief_summary", "Hypotension, a result of the decrease in systemic vascular resistance caused by spinal\n      anaesthesia, is a frequent complication occurring in up to 80%.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0332xxxx (4)
    ("agents", _T + "NCT03326674:arm", "Tesetaxel (27 mg/m2) once every 21 days on Day 1 of each 21-day cycle; and capecitabine (825 mg/m2) twice daily (in the morning and evening after a meal, for a total daily dose of 1,650 mg/m2) beginning with the evening dose on Day 1 through the morning dose on Day 15 of each 21-day cycle", None,
     [D(27, "mg/m2", "Tesetaxel", days=[1]), D(825, "mg/m2", "capecitabine"), D(1650, "mg/m2", "capecitabine")], None),
    ("amounts", _T + "NCT03326674:arm", "Capecitabine (1,250 mg/m2) twice daily (in the morning and evening after a meal, for a total daily dose of 2,500 mg/m2) beginning with the evening dose on Day 1 through the morning dose on Day 15 of each 21-day cycle", None,
     [D(1250, "mg/m2", "Capecitabine"), D(2500, "mg/m2", "Capecitabine")], None),
    ("non-doses", _T + "NCT03326674:intervention", "Tesetaxel plus reduced dose of Capecitabine", "Tesetaxel and Capecitabine",
     [], None),
]


HOLDOUT27: list[Row] = [
    # ------------------------------------------------------------------ NCT0121xxxx
    ('units', _T + 'NCT01216488:intervention', '40 ml or 25 ml of Xylocaine injection', 'Xylocaine',
     [D(40, "mL", "Xylocaine"), D(25, "mL", "Xylocaine")], None),
    ('units', _T + 'NCT01216488:brief_summary', 'the anesthesia efficiency is the same with 40 or 25\n      ml of Xylocaine 1.5% Adrenalin in Forearm or Arm Surgery.', None,
     [D(40, "mL", "Xylocaine"), D(25, "mL", "Xylocaine")], None),
    # ------------------------------------------------------------------ NCT0141xxxx
    ('units', _T + 'NCT01416493:intervention', 'daily subcutaneous treatment with two injections of 2000IU bIAP for three days', 's.c. injections of bovine intestinal Alkaline Phosphatase',
     [D(2000, "IU", "bIAP")], None),
    ('units', _T + 'NCT01416493:detailed_description', 'A total dose of 12000 Units AP will be\n      administered by 2000 IU s.c. injection twice daily for 3 days.', None,
     [D(12000, "U", "AP"), D(2000, "IU", "AP")], None),
    ('non-doses', _T + 'NCT01416493:detailed_description', 'Subjects will be closely\n      followed for 8 days and regular clinical observations will be made during 3 months.', None,
     [], None),
    # ------------------------------------------------------------------ NCT0161xxxx
    ('amounts', _T + 'NCT01616524:intervention', 'Tablets, Oral, 60 mg, Once daily, 12 weeks', 'Daclatasvir',
     [D(60, "mg", "Daclatasvir")], None),
    ('amounts', _T + 'NCT01616524:intervention', 'Tablets, Oral, 0 mg, Once daily, 12 weeks', 'Placebo matching Daclatasvir',
     [D(0, "mg", "Placebo matching Daclatasvir")], None),
    ('amounts', _T + 'NCT01616524:intervention', 'Tablets, Oral, 400 mg, Twice daily, 24 weeks', 'Ribavirin',
     [D(400, "mg", "Ribavirin")], None),
    # ------------------------------------------------------------------ NCT0131xxxx
    ('schedules', _T + 'NCT01316523:arm', 'Patients will receive lenalidomide 20 mg daily (oral), on days 1-21 of a 28 day cycle.', None,
     [D(20, "mg", "lenalidomide", days=R(1, 22))], None),
    ('units', _T + 'NCT01316523:arm', 'Rituximab 375 mg/m2 (into the vein) will be administered weekly for 4 doses starting day 15 of cycle 1, to be repeated if patient does not achieve a complete response after cycle 4, on days 1, 8, 15 and 22 of cycle 5.', None,
     [D(375, "mg/m2", "Rituximab")], None),
    ('units', _T + 'NCT01316523:intervention', 'Rituximab 375 mg/m2/wk x 4 weeks, to begin Day 15 of cycle 1.', 'Rituximab',
     [D(375, "mg/m2/week", "Rituximab")], None),
    # ------------------------------------------------------------------ NCT0111xxxx
    ('agents', _T + 'NCT01116531:arm', 'Each of these capsules will contain either 30mg of duloxetine, 75 mg of pregabalin or placebo.', None,
     [D(30, "mg", "duloxetine"), D(75, "mg", "pregabalin")], None),
    ('amounts', _T + 'NCT01116531:intervention', 'the daily dose will be increased by 100mg. The maximum daily dose of 400 mg tramadol will not be exceeded.', 'Tramadol',
     [D(100, "mg", "tramadol"), D(400, "mg", "tramadol")], None),
    ('non-doses', _T + 'NCT01116531:intervention', 'If pain intensity during V2 is < 4 on a scale of 0-10, the initial dose of pregabalin dose will be continued.', 'Pregabalin',
     [], None),
    # ------------------------------------------------------------------ NCT0151xxxx
    ('amounts', _T + 'NCT01516541:arm', 'Dalcetrapib 600 mg orally daily on a background of contemporary, guidelines-based medical care.', None,
     [D(600, "mg", "Dalcetrapib")], None),
    ('amounts', _T + 'NCT01516541:intervention', '600 mg orally daily', 'dalcetrapib',
     [D(600, "mg", "dalcetrapib")], None),
    ('amounts', _T + 'NCT01516541:brief_summary', 'Eligible patients will be randomized to receive either\n      dalcetrapib 600 mg orally daily or placebo orally daily, on a background of contemporary,\n      guidelines-based medical care.', None,
     [D(600, "mg", "dalcetrapib")], None),
    # ------------------------------------------------------------------ NCT0141xxxx
    ('units', _T + 'NCT01416558:intervention', 'Nab-Paclitaxel 125 mg/m2 i.v. over 30 min. weekly in 5 out of 6 weeks', 'Nab-Paclitaxel',
     [D(125, "mg/m2", "Nab-Paclitaxel")], None),
    ('non-doses', _T + 'NCT01416558:brief_summary', 'There is currently no standard treatment for\n      patients with an early relapse (<12 months) after a taxane containing (neo-)adjuvant therapy.', None,
     [], None),
    ('non-doses', _T + 'NCT01416558:detailed_description', 'To determine overall response rate (ORR) and to exclude that it is 20% or lower.', None,
     [], None),
    # ------------------------------------------------------------------ NCT0151xxxx
    ('amounts', _T + 'NCT01516554:intervention', '40 mg twice daily', 'Testosterone undecanoate',
     [D(40, "mg", "Testosterone undecanoate")], None),
    ('non-doses', _T + 'NCT01516554:intervention', 'twice daily', 'placebo',
     [], None),
    # ------------------------------------------------------------------ NCT0151xxxx
    ('units', _T + 'NCT01516567:intervention', '6 courses of Dose Adjusted-EPOCH-Rituximab Rituximab 375 mg/m² i.v.: one injection at each of the 6 courses of EPOCH.', 'Etoposide, Doxorubicin, Vincristine, Cyclophosphamide, Rituximab',
     [D(375, "mg/m2", "Rituximab")], None),
    ('non-doses', _T + 'NCT01516567:arm', '6 courses of Dose Adjusted-EPOCH-Rituximab', None,
     [], None),
    # ------------------------------------------------------------------ NCT0111xxxx
    ('agents', _T + 'NCT01116583:intervention', 'Preoperatively (2 hours before surgery): 4 gabapentin capsules each containing 300 mg gabapentin (total gabapentin dose 1200 mg)', 'Gabapentin',
     [D(300, "mg", "gabapentin"), D(1200, "mg", "gabapentin")], None),
    ('agents', _T + 'NCT01116583:intervention', 'Postoperative day 1: gabapentin 300 mg x 2 (total gabapentin dose 600 mg)', 'Gabapentin',
     [D(300, "mg", "gabapentin"), D(600, "mg", "gabapentin")], None),
    ('non-doses', _T + 'NCT01116583:intervention', 'Postoperative day 1: 1 placebo capsule x 2', 'Placebo',
     [], None),
    # ------------------------------------------------------------------ NCT0151xxxx
    ('units', _T + 'NCT01516580:arm', 'in group B: 4 courses: 2 COPADM + 2 CYM, with MTX 3g/m²', None,
     [D(3, "g/m2", "MTX")], None),
    ('units', _T + 'NCT01516580:arm', 'in group C: 6 courses: 2 COPADM + 2 CYVE + 2 maintenance courses, with MTX 8g/m², in 4h in C1, in 24h in C3 (except the 1st course)', None,
     [D(8, "g/m2", "MTX")], None),
    ('units', _T + 'NCT01516580:arm', 'LMB chemo as in the comparator arm Rituximab 375 mg/m² i.v.: 6 injections: two doses at 48h interval are given at D-2 and D1 of the 2 first courses (COPADM)', None,
     [D(375, "mg/m2", "Rituximab")], None),
    # ------------------------------------------------------------------ NCT0151xxxx
    ('units', _T + 'NCT01516593:intervention', 'patients will be evaluated for involved-field irradiation with 6-10 MeV photons and a dose of 36 Gy (2 Gy/d, five fractions a week).', 'Consolidation radiotherapy',
     [D(36, "Gy", "involved-field irradiation"), D(2, "Gy/day", "involved-field irradiation")], None),
    ('non-doses', _T + 'NCT01516593:intervention', 'dd -2 to 1: Methylprednisolone\ndd 0-1, Cyclophosphamide, associated on day 0 with Vincristine', 'Induction Phase',
     [], None),
    ('non-doses', _T + 'NCT01516593:detailed_description', 'toxic combinations showing high rates of septic complication and\n      a treatment-related mortality of near 20%.', None,
     [], None),
    # ------------------------------------------------------------------ NCT0161xxxx
    ('units', _T + 'NCT01616615:arm', '150 mg milligram(s)/ day oral use', None,
     [D(150, "mg/day")], None),
    ('units', _T + 'NCT01616615:intervention', '150 mg/day oral use', 'Aspirin',
     [D(150, "mg/day", "Aspirin")], None),
    ('non-doses', _T + 'NCT01616615:intervention', '1 capsule / day oral use', 'placebo',
     [], None),
    # ------------------------------------------------------------------ NCT0111xxxx
    ('units', _T + 'NCT01116609:intervention', 'unilateral leg infusion of Epinephrine 0.4 micrograms/m2/min', 'Epinephrine',
     [D(0.4, "ug/m2/min", "Epinephrine")], None),
    # ------------------------------------------------------------------ NCT0151xxxx
    ('units', _T + 'NCT01516606:intervention', '2 g/day clarithromycin (once a day) for 14 days followed by 7 days interval to be repeated for 4 cycles in total', 'clarithromycin, oral, high dose',
     [D(2, "g/day", "clarithromycin")], None),
    ('units', _T + 'NCT01516606:brief_summary', 'This is a prospective, phase II study on the activity and tolerability of high dose (2 g/day)\n      oral clarithromycin for the treatment of relapsed or refractory extranodal marginal zone\n      lymphoma.', None,
     [D(2, "g/day", "clarithromycin")], None),
    ('non-doses', _T + 'NCT01516606:detailed_description', 'A 6-month regimen of oral clarithromycin has been associated with a 35% ORR in patients with\n      relapsed/refractory marginal zone B-cell lymphoma.', None,
     [], None),
    # ------------------------------------------------------------------ NCT0111xxxx
    ('levels', _T + 'NCT01116622:intervention', 'Level -I 200 mg/m2 Level I 300 mg/m2 Level II 300 mg/m2 Level III 400 mg/m2', 'Bexarotene (Targretin®)',
     [D(200, "mg/m2", "Bexarotene (Targretin®)", level="Level -I"), D(300, "mg/m2", "Bexarotene (Targretin®)", level="Level I"),
      D(300, "mg/m2", "Bexarotene (Targretin®)", level="Level II"), D(400, "mg/m2", "Bexarotene (Targretin®)", level="Level III")], None),
    ('levels', _T + 'NCT01116622:intervention', 'Level -1 100mg Level I 100mg Level II 150mg Level III 150mg', 'Erlotinib (Tarceva™)',
     [D(100, "mg", "Erlotinib (Tarceva™)", level="Level -1"), D(100, "mg", "Erlotinib (Tarceva™)", level="Level I"),
      D(150, "mg", "Erlotinib (Tarceva™)", level="Level II"), D(150, "mg", "Erlotinib (Tarceva™)", level="Level III")], None),
    ('non-doses', _T + 'NCT01116622:detailed_description', 'Dose\n      escalation is performed after all patients (3 or 6) at the previous dose level have received\n      treatment for 4 weeks.', None,
     [], None),
    # ------------------------------------------------------------------ NCT0141xxxx
    ('amounts', _T + 'NCT01416623:arm', 'Henatinib either at 12.5,25,37.5,50,62.5,75,87.5 or 100 mg, p.o. once daily', None,
     [D(12.5, "mg", "Henatinib"), D(25, "mg", "Henatinib"), D(37.5, "mg", "Henatinib"), D(50, "mg", "Henatinib"),
      D(62.5, "mg", "Henatinib"), D(75, "mg", "Henatinib"), D(87.5, "mg", "Henatinib"), D(100, "mg", "Henatinib")], None),
    ('non-doses', _T + 'NCT01416623:intervention', 'Henatinib Maleate Tablets', 'henatinib',
     [], None),
    # ------------------------------------------------------------------ NCT0121xxxx
    ('agents', _T + 'NCT01216631:arm', 'Intra-articular injection of steroid (80mg depomedrone)', None,
     [D(80, "mg", "depomedrone")], None),
    ('units', _T + 'NCT01216631:arm', 'intravenous infusions of infliximab given at 0, 2, 6 and 14 weeks at a dose of 5mg/kg (patient body weight)', None,
     [D(5, "mg/kg", "infliximab")], None),
    ('amounts', _T + 'NCT01216631:intervention', 'intra-articular injection of methylprednisolone (80mg given at baseline only)', 'methylprednisolone',
     [D(80, "mg", "methylprednisolone")], None),
    # ------------------------------------------------------------------ NCT0111xxxx
    ('amounts', _T + 'NCT01116635:intervention', 'when microspheres are loaded with 25mg, 50mg, or 75mg of doxorubicin.', 'doxorubicin, superabsorbent polymer microspheres, embolotherapy',
     [D(25, "mg", "doxorubicin"), D(50, "mg", "doxorubicin"), D(75, "mg", "doxorubicin")], None),
    ('non-doses', _T + 'NCT01116635:intervention', 'Pharmacokinetic analysis of elution profile through serum concentrations over 1 month period embolization of surgically resectable HCC', 'doxorubicin, superabsorbent polymer microspheres, embolotherapy',
     [], None),
    ('non-doses', _T + 'NCT01116635:brief_summary', 'The tumors will be surgically removed after\n      at least 1 month, to determine how much the tumor has shrunk, and the amount of tumor\n      destroyed.', None,
     [], None),
    # ------------------------------------------------------------------ NCT0141xxxx
    ('units', _T + 'NCT01416636:arm', 'Dose was escalated to an approximate target dose of 3 ng/kg/min after the first 12 weeks and was kept stable for another 12 weeks.', None,
     [D(3, "ng/kg/min")], None),
    ('units', _T + 'NCT01416636:arm', 'Due to the predefined infusion rate setting schedule an interim dose of up to 6 ng/kg/min could be reached for few days at the end of the phases 1,2 and 3.', None,
     [D(6, "ng/kg/min")], None),
    ('non-doses', _T + 'NCT01416636:detailed_description', 'a permanent central venous access that increases the\n      risk of infection (0.22-0.68 per patient per year)', None,
     [], None),
    # ------------------------------------------------------------------ NCT0121xxxx
    ('schedules', _T + 'NCT01216644:arm', 'Docetaxel 50mg/m2, d1 5-FU 2600 mg/m², d1 Leucovorin 200 mg/m², d1 Oxaliplatin 85 mg/m², d1 every two weeks (q2w) 4 cycles (8 weeks) pre-OP and 4 cycles (8 weeks) post-OP', None,
     [D(50, "mg/m2", "Docetaxel", days=[1]), D(2600, "mg/m2", "5-FU", days=[1]), D(200, "mg/m2", "Leucovorin", days=[1]),
      D(85, "mg/m2", "Oxaliplatin", days=[1])], None),
    ('schedules', _T + 'NCT01216644:arm', 'Epirubicin 50 mg/m2, d1 Cisplatin 60 mg/m², d1 5-FU 200 mg/m², d1-d21 every 3 weeks (q3w) 3 cycles (9 weeks) pre-OP and 3 cycles (9 weeks) post-OP', None,
     [D(50, "mg/m2", "Epirubicin", days=[1]), D(60, "mg/m2", "Cisplatin", days=[1]), D(200, "mg/m2", "5-FU", days=R(1, 22))], None),
    ('schedules', _T + 'NCT01216644:intervention', '2600 mg/m²d1 i.v. every 2 weeks', '5-Fluorouracil',
     [D(2600, "mg/m2", "5-Fluorouracil", days=[1])], None),
    # ------------------------------------------------------------------ NCT0111xxxx
    ('units', _T + 'NCT01116661:arm', 'Up to 300 patients with diagnosed glioma (WHO G1-IV) eligible for surgery will be entered into the trial and will be given 5-Aminolevulinic Acid (ALA) orally at a dose of 20mg/kg body weight preoperatively', None,
     [D(20, "mg/kg", "5-Aminolevulinic Acid")], None),
    ('units', _T + 'NCT01116661:intervention', 'Given orally at a dose of 20 mg/kg body weight 3hrs before anesthesia prior to surgery', '5-Aminolevuline Acid (ALA)',
     [D(20, "mg/kg", "5-Aminolevuline Acid (ALA)")], None),
    # ------------------------------------------------------------------ NCT0121xxxx
    ('amounts', _T + 'NCT01216657:arm', '50 mg Sunitinib daily for 4 weeks, then 2 weeks without treatment', None,
     [D(50, "mg", "Sunitinib")], None),
    ('amounts', _T + 'NCT01216657:intervention', '50 mg oral, daily, for 4 weeks, then 2 weeks without treatment, repeat at d43', 'Sunitinib',
     [D(50, "mg", "Sunitinib")], None),
    ('non-doses', _T + 'NCT01216657:detailed_description', 'Sunitinib administered in treatment cycles of 6 weeks duration (4 weeks\n      treatment and 2 weeks rest)', None,
     [], None),
]


HOLDOUT28: list[Row] = [
    # ---------------------------------------------------------------- NCT0201xxxx
    ('units', _T + 'NCT02016508:intervention', 'intravitreal injection of autologous bone marrow stem cells in 0.1 ml volume', 'autologous bone marrow derived stem cells',
     [D(0.1, "mL", "autologous bone marrow stem cells")], None),  # unsure: the injected volume of the cell product
    ('amounts', _T + 'NCT02016508:detailed_description', 'Moxifloxacin 300 mg(once per day ) will be administered orally to all subjects for a period\n      of five days ( 2 days pre and post operatively) .', None,
     [D(300, "mg", "Moxifloxacin")], None),
    # ---------------------------------------------------------------- NCT0221xxxx
    ('units', _T + 'NCT02216513:arm', 'DFO (20mg/kg/hr) in normal saline IV for 4 hours for 5 consecutive days', None,
     [D(20, "mg/kg/h", "DFO")], None),
    ('units', _T + 'NCT02216513:intervention', 'DFO (20mg/kg/hr) in normal saline for 4 hours for 5 consecutive days', 'desferrioxamine (DFO)',
     [D(20, "mg/kg/h", "DFO")], None),
    ('non-doses', _T + 'NCT02216513:intervention', 'normal saline IV for 4 hours for 5 consecutive days', 'placebo',
     [], None),
    # ---------------------------------------------------------------- NCT0181xxxx
    ('units', _T + 'NCT01816529:intervention', '0.2 g applied topically to the infrascapular area of the back.', 'Diltiazem Hydrochloride 2% Cream',
     [D(0.2, "g", "Diltiazem Hydrochloride 2% Cream")], None),
    ('agents', _T + 'NCT01816529:intervention', 'Vehicle Cream, 0.2 g (contains no active pharmaceutical ingredient) applied topically to the infrascapular area of the back.', 'Vehicle Cream',
     [D(0.2, "g", "Vehicle Cream")], None),
    ('units', _T + 'NCT01816529:arm', '0.2 mL applied topically to the infrascapular area of the back under occlusive patch conditions, 3 times weekly for 3 weeks and one time at Challenge.', None,
     [D(0.2, "mL")], None),
    # ---------------------------------------------------------------- NCT0201xxxx
    ('amounts', _T + 'NCT02016534:intervention', 'AMG 337 300mg orally daily.', 'AMG 337',
     [D(300, "mg", "AMG 337")], None),
    ('amounts', _T + 'NCT02016534:detailed_description', 'All subjects will self-administer AMG 337 300 mg daily until disease progression or other\n      protocol specified end of treatment criteria is met.', None,
     [D(300, "mg", "AMG 337")], None),
    ('non-doses', _T + 'NCT02016534:arm', 'AMG 337 Monotherapy', None,
     [], None),
    # ---------------------------------------------------------------- NCT0211xxxx
    ('agents', _T + 'NCT02116530:arm', 'Ondansetron (8 mg orally or intravenously) or granisetron (1 mg intravenously or 2 mg orally) or palonosetron (0.25 mg intravenously) on the day of chemotherapy, plus', None,
     [D(8, "mg", "Ondansetron"), D(1, "mg", "granisetron"), D(2, "mg", "granisetron"), D(0.25, "mg", "palonosetron")], None),
    ('schedules', _T + 'NCT02116530:arm', 'Fosaprepitant (150 mg intravenously on the day of chemotherapy) or aprepitant (125 mg orally on the day of chemotherapy and 80 mg orally on days 2 and 3 post chemotherapy), plus', None,
     [D(150, "mg", "Fosaprepitant"), D(125, "mg", "aprepitant"), D(80, "mg", "aprepitant", days=[2, 3])], None),
    ('schedules', _T + 'NCT02116530:arm', 'olanzapine (10 mg orally on the day of chemotherapy and 10 mg orally on days 2, 3, 4 post chemotherapy)', None,
     [D(10, "mg", "olanzapine"), D(10, "mg", "olanzapine", days=[2, 3, 4])], None),
    ('amounts', _T + 'NCT02016547:arm', 'alteplase 0.9mg/kg (10% by IV bolus following by 90% by 1 hour IV drip)', None,
     [D(0.9, "mg/kg", "alteplase")], None),
    ('non-doses', _T + 'NCT02016547:brief_summary', 'Intravenous (IV) Alteplase (rt-PA) is the gold standard for brain infarction within 4 h 30 of\n      symptoms onset.', None,
     [], None),
    ('non-doses', _T + 'NCT02016547:brief_summary', 'Arterial re-occlusions are frequent and may reach 30%, which limits\n      IV thrombolysis efficacy.', None,
     [], None),
    # ---------------------------------------------------------------- NCT0171xxxx
    ('units', _T + 'NCT01716572:arm', 'administration of 250mgr of erythromycin before the endoscopy', None,
     [D(250, "mg", "erythromycin")], None),
    ('amounts', _T + 'NCT01716572:intervention', 'Intravenous 250 mg of erythromycin, single-dose, 30 minutes before the endoscopy', 'Erythromycin',
     [D(250, "mg", "erythromycin")], None),
    ('units', _T + 'NCT01716572:intervention', 'gastric lavage by nasogastric tube with 1 liter of saline before the endoscopy', 'gastric lavage',
     [D(1, "L", "saline")], None),  # unsure: a lavage volume labelled as an amount of saline (unit L as in HOLDOUT26)
    # ---------------------------------------------------------------- NCT0201xxxx
    ('units', _T + 'NCT02016560:arm', 'Subjects will receive an IV injection, 370 megabecquerel (MBq) (10 millicurie [mCi]), single dose of florbetapir F 18 at baseline.', None,
     [D(370, "MBq", "florbetapir F 18"), D(10, "mCi", "florbetapir F 18")], None),
    ('units', _T + 'NCT02016560:arm', 'Subjects will receive an IV injection, 370 MBq (10 mCi), single dose of florbetapir F 18 at baseline.', None,
     [D(370, "MBq", "florbetapir F 18"), D(10, "mCi", "florbetapir F 18")], None),
    ('units', _T + 'NCT02016560:arm', 'Subjects will receive an IV injection, 370 MBq (10 mCi), single dose of 18F-AV-1451 at baseline, 9 months and 18 months.', None,
     [D(370, "MBq", "18F-AV-1451"), D(10, "mCi", "18F-AV-1451")], None),
    # ---------------------------------------------------------------- NCT0211xxxx
    ('agents', _T + 'NCT02116556:arm', 'Prednisone PO 40mg/day for 30 days plus Rifaximin PO 1200 mg/day for 90 days plus standard supportive care measurements', None,
     [D(40, "mg/day", "Prednisone"), D(1200, "mg/day", "Rifaximin")], None),
    ('units', _T + 'NCT02116556:intervention', 'Prednisone PO 40mg/day or IV equivalent dosage for 30 days. Patients not responding at 7 days (e.g. Lille Model ≥ 0.45) treatment with Prednisone will be suspended.', 'Prednisone',
     [D(40, "mg/day", "Prednisone")], None),
    ('units', _T + 'NCT02116556:detailed_description', 'A cohort (n = 66) will receive rifaximin (1200 mg\n      / d) for 90 days.', None,
     [D(1200, "mg/day", "rifaximin")], None),
    # ---------------------------------------------------------------- NCT0171xxxx
    ('agents', _T + 'NCT01716585:arm', 'ABT-450/r/ABT-267 (150 mg/100 mg/25 mg once daily) and ABT-333 (250 mg twice daily)', None,
     [D(150, "mg", "ABT-450"), D(100, "mg", "r"), D(25, "mg", "ABT-267"), D(250, "mg", "ABT-333")], None),  # unsure: 'r' (ritonavir) as written
    ('amounts', _T + 'NCT01716585:arm', 'weight-based ribavirin (RBV; dosed 1,000 or 1,200 mg daily divided twice a day) for 12 weeks', None,
     [D(1000, "mg", "ribavirin"), D(1200, "mg", "ribavirin")], None),
    ('non-doses', _T + 'NCT01716585:arm', 'Double-blind placebo for 12 weeks, followed by open-label ABT-450/r/ABT-267', None,
     [], None),
    # ---------------------------------------------------------------- NCT0191xxxx
    ('units', _T + 'NCT01916577:arm', 'Plerixafor will be given at 240mcg/kg subcutaneously once to 5 normal control patients (volunteers) at time zero with blood collected for flow cytometric analysis for CD117+ peripheral blood cells prior to the dose and then again 8 hours after the dose', None,
     [D(240, "ug/kg", "Plerixafor")], None),
    ('units', _T + 'NCT01916577:arm', 'Plerixafor will be given at 240mcg/kg subcutaneously once to 5 COPD, 5 Cystic Fibrosis, and 5 Pulmonary Fibrosis patients (awaiting lung transplantation)', None,
     [D(240, "ug/kg", "Plerixafor")], None),
    ('units', _T + 'NCT01916577:detailed_description', 'prior to Plerixafor (Mozobil) treatment (240mcg/kg\n      subcutaneously) and then 8 hours after treatment as in Table 1.', None,
     [D(240, "ug/kg", "Plerixafor")], None),
    # ---------------------------------------------------------------- NCT0211xxxx
    ('amounts', _T + 'NCT02116569:arm', 'Participants will be administered intravenously with daratumumab at a dose of 16 mg/kg up to 8 weeks (total 7 infusions). After 8 weeks, participants will receive daratumumab intravenously at a same dose, two times in every 2 weeks until Week 24', None,
     [D(16, "mg/kg", "daratumumab")], None),
    ('amounts', _T + 'NCT02116569:intervention', 'Participants will be administered intravenously with daratumumab at a dose of 8 or 16 mg/kg up to 8 weeks (total 7 infusions).', 'Daratumumab',
     [D(8, "mg/kg", "daratumumab"), D(16, "mg/kg", "daratumumab")], None),
    ('non-doses', _T + 'NCT02116569:intervention', 'If the dose exceeds 24 mg/kg, then it will be considered as overdose in this study.', 'Daratumumab',
     [], None),
    # ---------------------------------------------------------------- NCT0181xxxx
    ('units', _T + 'NCT01816581:arm', 'Patients randomized to this group will receive a PCA pump with morphine. The basic rate is 0.3 mg/h. Patients will be allowed to administer 1 mg each five minutes after a vesting period of five minutes, if subjectively needed.', None,
     [D(0.3, "mg/h", "morphine"), D(1, "mg", "morphine")], None),
    ('non-doses', _T + 'NCT01816581:arm', 'Patients randomized to this study arm will receive Targin as basis pain medication and additional OxyNorm (Oxycodone), if requested by the patients.', None,
     [], None),
    # ---------------------------------------------------------------- NCT0191xxxx
    ('units', _T + 'NCT01916590:arm', 'All patients who give consent will undergo ultrasound guided placement of a femoral catheter with injection of 30 cc of 0.5% bupivacaine (without epinephrine)through the catheter.', None,
     [D(30, "mL", "bupivacaine")], None),
    ('units', _T + 'NCT01916590:intervention', 'After surgery before the patient is discharged home their femoral catheter will then be connected to the home pain pump filled with bupivacaine 0.25% solution (without epinephrine), and the infusion will be started at 6 ml/hr.', 'Bupivicaine',
     [D(6, "mL/h", "bupivacaine")], None),
    ('units', _T + 'NCT01916590:arm', 'After surgery before the patient is discharged home their femoral catheter will then be connected to the home pain pump filled with saline solution, and the infusion will be started at 6 ml/hr.', None,
     [D(6, "mL/h", "saline")], None),  # unsure: agent 'saline' (text: 'saline solution'); a placebo infusion rate labelled as a dose
    # ---------------------------------------------------------------- NCT0211xxxx
    ('amounts', _T + 'NCT02116582:arm', 'Participants received 160 mg of enzalutamide orally once daily until they experienced an adverse event, disease progression, started new anti-cancer therapy, withdrew consent, or other protocol-specified criteria.', None,
     [D(160, "mg", "enzalutamide")], None),
    ('amounts', _T + 'NCT02116582:intervention', 'Participants received 160 mg of enzalutamide (soft capsules) orally once daily.', 'Enzalutamide',
     [D(160, "mg", "enzalutamide")], None),
    # ---------------------------------------------------------------- NCT0221xxxx
    ('amounts', _T + 'NCT02216578:arm', 'cabozantinib 60 mg oral daily', None,
     [D(60, "mg", "cabozantinib")], None),
    ('non-doses', _T + 'NCT02216578:brief_summary', 'Treatment\n      beyond RECIST 1.1 progression is allowed in patients deriving clinical benefit upon\n      investigator\'s discretion', None,
     [], None),
    # ---------------------------------------------------------------- NCT0171xxxx
    ('amounts', _T + 'NCT01716611:arm', 'Form : Tablet, Dosage: 15 mg, 30 mg or 60 mg, Frequency: once a day. Duration: 28days', None,
     [D(15, "mg"), D(30, "mg"), D(60, "mg")], None),
    ('ranges', _T + 'NCT01716611:intervention', '15 - 60 mg/day for 28 days', 'Tolvaptan',
     [D((15, 60), "mg/day", "Tolvaptan")], None),
    ('non-doses', _T + 'NCT01716611:detailed_description', 'The prevalence of hyponatremia in cirrhosis, as defined by a serum sodium level\n      of 130 mmol/L is reported to be about 20%', None,
     [], None),
    # ---------------------------------------------------------------- NCT0181xxxx
    ('units', _T + 'NCT01816594:intervention', 'Neo-adjuvant BKM120 (oral pan-class I PI3K inhibitor, continuous daily dosing). BKM120 was administered orally 100 mg/day.', 'BKM120',
     [D(100, "mg/day", "BKM120")], None),
    ('units', _T + 'NCT01816594:intervention', 'Trastuzumab is a humanized monoclonal antibody directed against the extracellular juxtamembrane domain of the HER2 receptor. Administered 4mg/kg i.v. load followed by 2mg/kg i.v. weekly.', 'Trastuzumab',
     [D(4, "mg/kg", "Trastuzumab"), D(2, "mg/kg", "Trastuzumab")], None),
    ('non-doses', _T + 'NCT01816594:detailed_description', 'women diagnosed with primary breast cancer >1.5 cm (by US or MRI)', None,
     [], None),
    ('units', _T + 'NCT01716624:intervention', '10 units/kg injected into the detrusor muscle using cystoscopy', 'Botulinum Toxin A injection',
     [D(10, "U/kg", "Botulinum Toxin A injection")], None),
    ('amounts', _T + 'NCT01716637:arm', '25 mg administered weekly for 6 weeks', None,
     [D(25, "mg")], None),
    ('non-doses', _T + 'NCT01716637:arm', 'Nutritional supplements administered daily for 6 weeks in each period as well as an additional 12 weeks following visit 15.', None,
     [], None),
    # ---------------------------------------------------------------- NCT0181xxxx
    ('schedules', _T + 'NCT01816620:arm', 'Lenalidomide 10mg qd d1-21 & dexamethasone 40mg qw d1,8,15,22', None,
     [D(10, "mg", "Lenalidomide", days=list(range(1, 22))), D(40, "mg", "dexamethasone", days=[1, 8, 15, 22])], None),
    ('schedules', _T + 'NCT01816620:intervention', 'For patients with Ccr equal to or higher than 30ml/min, oral lenalidomide 10mg once daily for days 1-21 out of a 28 cycle.', 'Lenalidomide, Dexamethasone',
     [D(10, "mg", "lenalidomide", days=list(range(1, 22)))], None),
    ('schedules', _T + 'NCT01816620:intervention', 'All the patients take Dexamethasone orally 40mg once weekly for day 1,8,15,22 out of a 28 cycle.', 'Lenalidomide, Dexamethasone',
     [D(40, "mg", "Dexamethasone", days=[1, 8, 15, 22])], None),
    # ---------------------------------------------------------------- NCT0221xxxx
    ('schedules', _T + 'NCT02216617:arm', 'Docetaxel 75 mg / m2 at D1 Cisplatin 75 mg / m 2 at D1', None,
     [D(75, "mg/m2", "Docetaxel", days=[1]), D(75, "mg/m2", "Cisplatin", days=[1])], None),
    ('levels', _T + 'NCT02216617:arm', 'Afatinib: x mg / day D2 to D21 by level: (Level 1: 20 mg / day; Level 2: 30 mg / day; Level 3: 40 mg / day)', None,
     [D(20, "mg/day", "Afatinib", level="Level 1", days=list(range(2, 22))),
      D(30, "mg/day", "Afatinib", level="Level 2", days=list(range(2, 22))),
      D(40, "mg/day", "Afatinib", level="Level 3", days=list(range(2, 22)))], None),  # unsure: days D2-D21 written once for all levels
    ('non-doses', _T + 'NCT02216617:arm', '3 Cycles of induction chemotherapy TPA : (Taxotere, Cisplatin, Afatinib)\n1 cycle = 3 weeks, three cycles of treatment in total (or 9 weeks)', None,
     [], None),
    # ---------------------------------------------------------------- NCT0191xxxx
    ('agents', _T + 'NCT01916642:arm', '0.9% Normal Saline is given instead of Lidocaine in the same volume and duration. Then, Etomidate 2mg intravenously every 15 seconds is given until the complete loss of consciousness', None,
     [D(2, "mg", "Etomidate")], None),
    ('agents', _T + 'NCT01916642:arm', 'Lidocaine 1.5mg/kg is given intravenously within 2 minutes. Then, Etomidate 2mg intravenously every 15 seconds is given', None,
     [D(1.5, "mg/kg", "Lidocaine"), D(2, "mg", "Etomidate")], None),
    ('units', _T + 'NCT01916642:arm', 'Lidocaine 2.5mg/kg is given intravenously within 2 minutes.', None,
     [D(2.5, "mg/kg", "Lidocaine")], None),
    # ---------------------------------------------------------------- NCT0211xxxx
    ('units', _T + 'NCT02116634:intervention', 'intra spinal injection of 1 \u00d710(8) mesenchymal stem cells +10cc normal saline', 'mesenchymal stem cell',
     [D(1e8, "cells", "mesenchymal stem cells")], None),  # unsure: '+10cc normal saline' read as the carrier (no dose), as 'in 0.5 ml Sodium Chloride'
    ('units', _T + 'NCT02116634:arm', 'intra spinal injection of 1 \u00d710(8) mesenchymal stem cells +10cc normal saline', None,
     [D(1e8, "cells", "mesenchymal stem cells")], None),
    # ---------------------------------------------------------------- NCT0221xxxx
    ('non-doses', _T + 'NCT02216630:intervention', 'Patients undergo a liposuction where 100 cc of fat are extracted. The ADSCs are then isolated and injected intravenously.', 'Adipose Derived Stem Cell (ADSC) Therapy',
     [], None),
    ('non-doses', _T + 'NCT02216630:detailed_description', 'distance covered\n      in a 6 minute walk distance test (6MWD)', None,
     [], None),
]


HOLDOUT29: list[Row] = [
    # ------------------------------------------------------------------ NCT0231xxxx
    ("units", _T + "NCT02316496:intervention", "cetuximab 500mg/m²/ IV infusion, (q2w)", "cetuximab",
     [D(500, "mg/m2", "cetuximab")], None),
    ("agents", _T + "NCT02316496:intervention", "Irinotecan 180mg/m², in 500ml NaCl 0.9% solution, 90 min IV infusion (q2w)", "Irinotecan",
     [D(180, "mg/m2", "Irinotecan")], None),
    ("units", _T + "NCT02316509:arm", "The starting dose will be 600 milligrams per day (mg/day), followed by dose escalation in 400 milligrams (mg) increments.", None,
     [D(600, "mg/day")], None),
    ("non-doses", _T + "NCT02316509:arm", "Participants in the expansion cohorts will receive GDC-0927 at MTD/RP2D starting from Day 1 of Cycle 1 (cycle length: 28 days)", None,
     [], None),
    ("amounts", _T + "NCT02316535:arm", "capecitabine, oral administration, 1,250 mg/m2 twice daily on days 1-14, and repeated on day 22; 8 circles in total.", None,
     [D(1250, "mg/m2", "capecitabine")], None),
    ("amounts", _T + "NCT02316535:arm", "capecitabine, oral administration, 1,000 mg/m2 twice daily on days 1-14, and repeated on day 22; 8 circles in total.", None,
     [D(1000, "mg/m2", "capecitabine")], None),
    ("units", _T + "NCT02316535:brief_summary", "adjuvant mono-chemotherapy with a standard dose of capecitabine (2500 mg/m2/day) or a\n      reduced dose (2000 mg/m2/day).", None,
     [D(2500, "mg/m2/day", "capecitabine"), D(2000, "mg/m2/day", "capecitabine")], None),
    ("agents", _T + "NCT02316626:arm", "Luteal phase support cycles will involve once-daily administration of 25 mg of SC P from the day after insemination for 14 days.", None,
     [D(25, "mg", "P")], None),
    ("amounts", _T + "NCT02316626:intervention", "25 mg daily for 14 days", "Subcutaneous progesterone",
     [D(25, "mg", "Subcutaneous progesterone")], None),
    ("amounts", _T + "NCT02316626:intervention", "90 mg daily for 14 days", "Vaginal progesterone",
     [D(90, "mg", "Vaginal progesterone")], None),
    ("amounts", _T + "NCT02316717:arm", "IMM-124E, 600 mg three times daily, orally plus matching placebo", None,
     [D(600, "mg", "IMM-124E")], None),
    ("amounts", _T + "NCT02316717:arm", "IMM-124E, 1200 mg three times daily, orally", None,
     [D(1200, "mg", "IMM-124E")], None),
    # ------------------------------------------------------------------ NCT0241xxxx
    ("scientific", _T + "NCT02416492:arm", "SB623 Cells: 2.5, 5 or 10 million cells surgically implanted adjacent to the injured cerebral region.", None,
     [D(2.5e6, "cells", "SB623 Cells"), D(5e6, "cells", "SB623 Cells"), D(1e7, "cells", "SB623 Cells")], None),
    ("units", _T + "NCT02416531:arm", "Clobetasol propionate 0.05% ointment applied once daily at a dose of 1 g/application (1 g sachets) for 4 weeks.", None,
     [D(1, "g", "Clobetasol propionate")], None),
    ("non-doses", _T + "NCT02416531:arm", "Methylene blue 0.01% intralesional, λ = 660 ± 10 nm, P = 100 mW, PD = 510 mW/cm2, E = 4 J, ED = 20 J/cm2, t = 40 s, once a week for 4 weeks.", None,
     [], None),
    ("amounts", _T + "NCT02416570:arm", "Clarithromycin 250mg by mouth twice a day for 8 weeks", None,
     [D(250, "mg", "Clarithromycin")], None),
    ("non-doses", _T + "NCT02416570:detailed_description", "there was a reduction in IL-6 levels which correlated with an\n      improvement in body weight (gain 4 vs. 1kg) and survival.", None,
     [], None),
    ("amounts", _T + "NCT02416583:arm", "The 10mg dinoprostone vaginal insert were placed in the posterior fornix for cervical ripening, followed by oxytocin infusion the next day", None,
     [D(10, "mg", "dinoprostone")], None),
    ("units", _T + "NCT02416609:intervention", "Gemcitabine (1.000 mg/sqm in a 30-minute infusion) will be administered on day 1-8 of each 21-day cycle", "Gem",
     [D(1000, "mg/m2", "Gemcitabine")], None),
    ("schedules", _T + "NCT02416609:intervention", "Oxaliplatin (130 mg/sqm in a 2-hour infusion) will be administered on day 1 of each 21-day cycle", "Ox",
     [D(130, "mg/m2", "Oxaliplatin", days=[1])], None),
    ("non-doses", _T + "NCT02416609:intervention", "LDR will be delivered on days 1 and 2, 8 and 9 of each of four GemOx cycles", "LDR",
     [], None),
    # ------------------------------------------------------------------ NCT0251xxxx
    ("agents", _T + "NCT02516592:arm", "QVA149 110/50 micrograms o.d. Capsules for inhalation", None,
     [D(110, "ug", "QVA149"), D(50, "ug", "QVA149")], None),
    ("agents", _T + "NCT02516592:intervention", "Salmeterol/fluticasone 50/500 microgrammes b.i.d.dry inhalation powder delivered via Accuhaler / Diskus device", "Salmeterol/fluticasone 50/500 microgrammes",
     [D(50, "ug", "Salmeterol"), D(500, "ug", "fluticasone")], None),
    ("amounts", _T + "NCT02516657:arm", "Liraglutide 0.6 mg daily injection x 7 days", None,
     [D(0.6, "mg", "Liraglutide")], None),
    ("amounts", _T + "NCT02516657:intervention", "Liraglutide 0.6 mg", "Liraglutide",
     [D(0.6, "mg", "Liraglutide")], None),
    ("non-doses", _T + "NCT02516657:brief_summary", "Type 1 diabetes is an\n      autoimmune disease that is usually diagnosed before the age of 20.", None,
     [], None),
    ("schedules", _T + "NCT02516696:intervention", "500mg PO twice daily on days 1-28 for a 28-day cycle.", "Clarithromycin",
     [D(500, "mg", "Clarithromycin", days=R(1, 29))], None),
    ("schedules", _T + "NCT02516696:intervention", "25 mg PO days 1-21 followed by a 7 day rest period for each 28-day cycle", "Lenalidomide",
     [D(25, "mg", "Lenalidomide", days=R(1, 22))], None),
    ("schedules", _T + "NCT02516696:intervention", "20 mg PO on Days 1, 8, 15, and 22 for each cycle for subjects 75 years and younger.", "Dexamethasone",
     [D(20, "mg", "Dexamethasone", days=[1, 8, 15, 22])], None),
    # ------------------------------------------------------------------ NCT0261xxxx
    ("units", _T + "NCT02616497:arm", "100mg/day", None,
     [D(100, "mg/day")], None),
    ("amounts", _T + "NCT02616497:arm", "300mg twice or 600mg once daily", None,
     [D(300, "mg"), D(600, "mg")], None),
    ("non-doses", _T + "NCT02616497:detailed_description", "The drug is administered orally and its bioavailability ranges from\n      83% to 100%.", None,
     [], None),
    ("units", _T + "NCT02616523:arm", "Dexmedetomidine group will receive dexmedetomidine infusion 0,5 mcg/kg/h beside boluses of fentanyl.", None,
     [D(0.5, "ug/kg/h", "dexmedetomidine")], None),
    ("units", _T + "NCT02616523:intervention", "The participants will be given infusion of lidocaine 1,5 mg/kg/h intravenously.", "Lidocaine",
     [D(1.5, "mg/kg/h", "lidocaine")], None),
    ("agents", _T + "NCT02616523:detailed_description", "the induction will be performed with analgesic\n      fentanyl (2 mcg/kg) and sedative propofol (1,5-2,5 mg/kg). Muscle relaxant rocuronium will be\n      used for easier intubation (0,6 mg/kg; standard dose). The participants will be controlled\n      mechanically ventilated with tidal volumes 6-8 ml/kg.", None,
     [D(2, "ug/kg", "fentanyl"), D((1.5, 2.5), "mg/kg", "propofol"), D(0.6, "mg/kg", "rocuronium")], None),
    ("units", _T + "NCT02616562:arm", "Participants receive NNC0195-0092 (somapacitan) (0.04 mg/kg/week) during the main trial and the extension period and thereafter NNC0195-0092 (somapacitan) (0.16 mg/kg/week) during the safety extension and the long-term safety extension periods.", None,
     [D(0.04, "mg/kg/week", "NNC0195-0092"), D(0.16, "mg/kg/week", "NNC0195-0092")], None),
    ("agents", _T + "NCT02616562:arm", "Participants receive the same dose (0.16 mg/kg/week) of NNC0195-0092 (somapacitan) during all 4 trial periods.", None,
     [D(0.16, "mg/kg/week", "NNC0195-0092")], None),
    ("non-doses", _T + "NCT02616562:brief_summary", "Two additional age groups, cohort II (age below 2 years and 26 weeks at\n      screening) and cohort III (above 9 years (girls)/ above 10 years (boys) and equal to or below\n      17 years at screening)", None,
     [], None),
    ("amounts", _T + "NCT02616601:arm", "Participants are to apply up to 1 gram of generic fluorouracil 0.5% topical cream once daily for 2 weeks as a thin film to the skin of the treatment area", None,
     [D(1, "g", "fluorouracil")], None),
    ("agents", _T + "NCT02616601:arm", "Participants are to apply up to 1 gram of Carac (fluorouracil) 0.5% topical cream once daily for 2 weeks", None,
     [D(1, "g", "Carac")], None),
    ("non-doses", _T + "NCT02616601:arm", "Study drug should be left on the skin for approximately 8 hours and then removed by washing the area with mild soap and water.", None,
     [], None),
    ("amounts", _T + "NCT02616640:arm", "Intravenous (IV) durvalumab at assigned dose level (750, 1500, 2250, or 3000 mg) over 1 hour on day 1 of a 28-day cycle", None,
     [D(750, "mg", "durvalumab", days=[1]), D(1500, "mg", "durvalumab", days=[1]), D(2250, "mg", "durvalumab", days=[1]),
      D(3000, "mg", "durvalumab", days=[1])], None),
    ("schedules", _T + "NCT02616640:arm", "Oral POM 4 mg/day on Days 1 to 21 of each 28-day treatment cycle and Oral dex 40 mg/day (≤ 75 years old) or 20 mg/day (> 75 years old) on Days 1, 8, 15, and 22 of a 28-day cycle", None,
     [D(4, "mg/day", "POM", days=R(1, 22)), D(40, "mg/day", "dex", days=[1, 8, 15, 22]), D(20, "mg/day", "dex", days=[1, 8, 15, 22])], None),
    ("agents", _T + "NCT02616666:intervention", "The product in study is dapagliflozin (FORXIGA™), 10 mg film-coated tablets", "Dapagliflozin",
     [D(10, "mg", "dapagliflozin")], None),
    ("non-doses", _T + "NCT02616666:arm", "Patients will be followed up for 2 years (+ 12 weeks = 116 weeks) after randomization, regardless of the status of medication.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0271xxxx
    ("units", _T + "NCT02716597:arm", "25% albumin 75 grams IV over 1 hour once.", None,
     [D(75, "g", "albumin")], None),
    ("agents", _T + "NCT02716597:arm", "0.9% normal saline 200mL IV over 1 hour once.", None,
     [D(200, "mL", "normal saline")], None),
    ("units", _T + "NCT02716610:arm", "single 69 U dose administration of Dance inhaled human insulin using a low-concentration formulation (300 U/mL)", None,
     [D(69, "U", "human insulin")], None),
    ("units", _T + "NCT02716610:arm", "single 208 U dose administration of Dance inhaled human insulin using a high-concentration formulation (900 U/mL)", None,
     [D(208, "U", "human insulin")], None),
    ("agents", _T + "NCT02716610:arm", "single 18 U dose administration of subcutaneous insulin lispro using a 100 U/mL formulation", None,
     [D(18, "U", "insulin lispro")], None),
    ("units", _T + "NCT02716675:arm", "Participants will receive an intravenous (IV) infusion of 10 mg/kg of VRC01 over about 15 to 60 minutes at Weeks 0, 8, 16, 24, 32, 40, 48, 56, 64, and 72.", None,
     [D(10, "mg/kg", "VRC01")], None),
    ("units", _T + "NCT02716675:arm", "Participants will receive an IV infusion of 30 mg/kg of VRC01 over about 15 to 60 minutes at Weeks 0, 8, 16, 24, 32, 40, 48, 56, 64, and 72.", None,
     [D(30, "mg/kg", "VRC01")], None),
    ("non-doses", _T + "NCT02716675:intervention", "Sodium Chloride for Injection USP, 0.9%; administered by IV infusion", "Placebo for VRC01",
     [], None),
    ("units", _T + "NCT02716688:arm", "Radiotherapy will be delivered with a daily fraction of 1.8 Gy to a total dose of 50.4 Gy. Preplanned concurrent S-1 (70mg/m²/day) will be administered on Day 1 for 14 days, every 3 weeks.", None,
     [D(1.8, "Gy", "Radiotherapy"), D(50.4, "Gy", "Radiotherapy"), D(70, "mg/m2/day", "S-1")], None),
    ("units", _T + "NCT02716688:intervention", "S-1 will be administered orally twice daily for 14 days at a dose of 70 mg/m2/day with concurrent radiotherapy for 2 cycles.", "S-1",
     [D(70, "mg/m2/day", "S-1")], None),
    # ------------------------------------------------------------------ NCT0281xxxx
    ("units", _T + "NCT02816554:arm", "JECEVAX - VABIOTECH Vietnam Liquid form Composition: 0.8 BR209 Subcutaneous injection 0.5ml/dose, 2 doses, interval 10-12 days", None,
     [D(0.5, "mL", "JECEVAX")], None),
    ("agents", _T + "NCT02816554:intervention", "JEVAX - VABIOTECH Vietnam Liquid form Subcutaneous injection 0.5ml/dose, 2 doses, 10-12 days interval", "JEVAX",
     [D(0.5, "mL", "JEVAX")], None),
    ("non-doses", _T + "NCT02816554:brief_summary", "randomly assigned into 4 groups (50 children/group), each of which\n      receive 2 doses of study / control vaccine subcutaneously, at 10-12 days interval.", None,
     [], None),
]


HOLDOUT30: list[Row] = [
    # ------------------------------------------------------------------ NCT0291xxxx
    ("units", _T + "NCT02916511:arm", "A total dose of 45Gy will be delivered in 25 fractions at 1.8Gy/fraction, 5 fractions per week in 5 weeks.", None,
     [D(45, "Gy"), D(1.8, "Gy")], None),
    ("schedules", _T + "NCT02916511:arm", "Paclitaxel 50mg/m2/d, ivgtt over 3 hours, d1; Carboplatin AUC=2, ivgtt, d1; qw*5", None,
     [D(50, "mg/m2/day", "Paclitaxel", days=[1])], None),
    ("units", _T + "NCT02916511:intervention", "1.8Gy/d, d1-5/week, 25Fx", "Radiotherapy",
     [D(1.8, "Gy/day", "Radiotherapy")], None),
    ("units", _T + "NCT02916537:intervention", "Single IV dose (370 MBq, or 10 mCi) of CTT1057 followed by combined PET/MR imaging (prostate + whole body).", "CTT1057",
     [D(370, "MBq", "CTT1057"), D(10, "mCi", "CTT1057")], None),
    ("units", _T + "NCT02916537:arm", "Patients with prostate cancer prior to radical prostatectomy (N = 5). Single IV dose (370 MBq, or 10 mCi).", None,
     [D(370, "MBq"), D(10, "mCi")], None),
    ("ranges", _T + "NCT02916537:detailed_description", "Dose will be in a volume of 3 - 5 mL, and will be injected intravenously as a bolus\n      injection.", None,
     [D((3, 5), "mL")], None),
    # ------------------------------------------------------------------ NCT0301xxxx
    ("agents", _T + "NCT03016533:arm", "ABC/DTG/3TC will be supplied as immediate release tablets containing 600 mg, 50 mg and 300 mg of ABC, DTG, and 3TC respectively and film-coated dispersible tablets containing 60 mg, 5 mg and 30 mg of ABC, DTG, and 3TC respectively.", None,
     [D(600, "mg", "ABC"), D(50, "mg", "DTG"), D(300, "mg", "3TC"), D(60, "mg", "ABC"), D(5, "mg", "DTG"), D(30, "mg", "3TC")], None),
    ("amounts", _T + "NCT03016533:intervention", "Dolutegravir film-coated tablets will be provided as 10 mg, 25 mg and 50 mg tablets. It will be administered at the dose of approximately 1 mg/kilogram (kg) with maximum dose of 50 mg to participants as per their age and weight band.", "Dolutegravir film-coated tablets",
     [D(10, "mg", "Dolutegravir"), D(25, "mg", "Dolutegravir"), D(50, "mg", "Dolutegravir"), D(1, "mg/kg", "Dolutegravir")], None),
    ("agents", _T + "NCT03016533:intervention", "ABC/DTG/3TC dispersible tablets will be provided as biconvex, oval, film-coated tablets containing 60 mg ABC, 5 mg DTG and 30 mg 3TC.", "ABC/DTG/3TC film-coated dispersible tablets",
     [D(60, "mg", "ABC"), D(5, "mg", "DTG"), D(30, "mg", "3TC")], None),
    ("units", _T + "NCT03016598:intervention", "Each Veteran with a stimulant use disorder, receiving MMT for OUD will receive a oxytocin nasal spray 40IU to be self administered twice daily over 6 weeks while in the MMT program.", "Intranasal oxytocin",
     [D(40, "IU", "oxytocin")], None),
    ("non-doses", _T + "NCT03016598:arm", "The investigators will piggy-back off this existing structure and randomize Veterans with stimulant use disorders and receiving MMT for co-occurring OUD to receive either oxytocin or placebo, to be administered twice daily for six weeks while in the MMT program.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0311xxxx
    ("units", _T + "NCT03116555:arm", "Irinotecan: 180mg/m2, ivgtt,given on the first day; Apatinib: initial dose: 250mg,oral,once a day, after meal ( try to take the medicine at the same time each day).", None,
     [D(180, "mg/m2", "Irinotecan"), D(250, "mg", "Apatinib")], None),
    ("units", _T + "NCT03116555:detailed_description", "Interventions: Irinotecan: 180mg/m2, ivgtt,given on the first day;\n      Apatinib: initial dose: 250mg,oral,once a day, after meal", None,
     [D(180, "mg/m2", "Irinotecan"), D(250, "mg", "Apatinib")], None),
    ("units", _T + "NCT03116594:arm", "Single dose 0.5mL of low potency of NBP608 by subcutaneous injection into the outer aspect of the upper arm", None,
     [D(0.5, "mL", "NBP608")], None),
    ("units", _T + "NCT03116594:arm", "Single dose 0.65mL Zostavax by subcutaneous injection into the outer aspect of the upper arm", None,
     [D(0.65, "mL", "Zostavax")], None),
    ("non-doses", _T + "NCT03116594:brief_summary", "Total of 646 healthy subjects aged 50 and over are enrolled, and each subject is administered\n      with single dose of vaccine which is randomly assigned.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0321xxxx
    ("agents", _T + "NCT03216525:arm", "Oral Alvimopan (Entereg, Merck) 12 mg between 30 minutes and 3 hours before surgery start and twice-daily oral doses postoperatively beginning on day one (AM and PM dosing) until hospital discharge or a maximum of 7 days (15 in-hospital doses).", None,
     [D(12, "mg", "Alvimopan")], None),
    ("non-doses", _T + "NCT03216525:arm", "Matching placebo between 30 minutes and 3 hours before surgery start and twice-daily oral doses postoperatively beginning on day one (AM and PM dosing) until hospital discharge or a maximum of 7 days (15 in-hospital doses).", None,
     [], None),
    ("units", _T + "NCT03216538:arm", "Daily dose 0.4 ml administered orally", None,
     [D(0.4, "mL")], None),
    ("units", _T + "NCT03216538:intervention", "0.4 ml daily p.o.", "AS101 1% oral solution",
     [D(0.4, "mL", "AS101 1% oral solution")], None),
    ("agents", _T + "NCT03216564:arm", "Participants are treated with angiotensin converting enzyme inhibitor/angiotensin receptor blocker (ACEI/ARB) AND active vitamin D (Calcitriol) 0.25 micrograms orally per day for 26 weeks.", None,
     [D(0.25, "ug", "Calcitriol")], None),
    ("units", _T + "NCT03216564:intervention", "Active vitamin D (Calcitriol) 0.25 micrograms", "Calcitriol",
     [D(0.25, "ug", "Calcitriol")], None),
    ("non-doses", _T + "NCT03216564:arm", "Participants are treated with ACEI/ARB alone for 26 weeks.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0341xxxx
    ("agents", _T + "NCT03416491:arm", "Non-cirrhotic subjects were medicated with KW-136 capsules 30 mg once daily and fixed-dose (400 mg once daily) sofosbuvir tablets for 12 successive weeks.", None,
     [D(30, "mg", "KW-136"), D(400, "mg", "sofosbuvir")], None),
    ("amounts", _T + "NCT03416491:intervention", "KW-136 30 mg was provided in 3 capsules, 10 mg each, and KW-136 60 mg in a single capsule of 60 mg.", "KW-136",
     [D(30, "mg", "KW-136"), D(10, "mg", "KW-136"), D(60, "mg", "KW-136")], None),
    ("amounts", _T + "NCT03416491:brief_summary", "Thirty (30) non-cirrhotic subjects were medicated with KW-136\n      30 mg daily, 60 non-cirrhotic subjects with KW-136 60 mg daily", None,
     [D(30, "mg", "KW-136"), D(60, "mg", "KW-136")], None),
    ("schedules", _T + "NCT03416517:intervention", "Anlotinib 12 or 8 mg/d po D1-14 q3w", "Anlotinib",
     [D(12, "mg/day", "Anlotinib", days=R(1, 15)), D(8, "mg/day", "Anlotinib", days=R(1, 15))], None),
    ("schedules", _T + "NCT03416517:intervention", "Irinotecan 20 or 15mg/m^2/d IV over 60 minutes on days 1-5 and 8-12, q3w", "Irinotecan",
     [D(20, "mg/m2/day", "Irinotecan", days=[*range(1, 6), *range(8, 13)]), D(15, "mg/m2/day", "Irinotecan", days=[*range(1, 6), *range(8, 13)])], None),
    ("schedules", _T + "NCT03416517:arm", "Vincristine 1.4mg/m^2/d IV on days 1,8 q3w.", None,
     [D(1.4, "mg/m2/day", "Vincristine", days=[1, 8])], None),
    ("units", _T + "NCT03416569:intervention", "nicotine patch (7 mg/24 hrs) + prazosin capsule (1 mg)", "Nicotine + Prazosin",
     [D(7, "mg/day", "nicotine"), D(1, "mg", "prazosin")], None),
    ("units", _T + "NCT03416569:intervention", "nicotine patch (7 mg/24 hrs) + placebo capsule", "Nicotine",
     [D(7, "mg/day", "nicotine")], None),
    ("agents", _T + "NCT03416569:detailed_description", "In another session, the patch contains\n      nicotine (7 mg/24 hrs) and the capsule is a placebo. In another session, the patch is a\n      placebo and the capsule contains 1 mg of prazosin.", None,
     [D(7, "mg/day", "nicotine"), D(1, "mg", "prazosin")], None),
    # ------------------------------------------------------------------ NCT0361xxxx
    ("non-doses", _T + "NCT03616496:arm", "PET with injection of Neuraceq 300 Mega Becquerel (MBq)/ml", None,
     [], None),
    ("non-doses", _T + "NCT03616496:intervention", "PET with Neuraceq 300MBq/ml, blood and urine sampling for protein electrophoresis, bone scintigraphy for the three arm", "Neuraceq 300MBq/mL Solution for Injection for PET imaging",
     [], None),
    ("units", _T + "NCT03616509:intervention", "12 months on Growth hormone, initial dose 0,2 mg per day, then adjusted by insulin like growth factor (IGF-1) level", "Growth hormone",
     [D(0.2, "mg/day", "Growth hormone")], None),
    ("non-doses", _T + "NCT03616509:intervention", "2 months on placebo, sodium chloride 0,9% injections", "Placebo",
     [], None),
    ("non-doses", _T + "NCT03616509:arm", "2 months on placebo followed by 12 months on GH", None,
     [], None),
    ("amounts", _T + "NCT03616574:arm", "0.36, 0.54, and 0.72 mg/kg of nimesulide equivalents of CA102N on Days 1 and 15 of a 28-day cycle", None,
     [D(0.36, "mg/kg", "CA102N", days=[1, 15]), D(0.54, "mg/kg", "CA102N", days=[1, 15]), D(0.72, "mg/kg", "CA102N", days=[1, 15])], None),
    ("schedules", _T + "NCT03616574:arm", "0.36, 0.54, and 0.72 mg/kg of nimesulide equivalents of CA102N on Days 1 and 15 in combination with 35 mg/m2/dose of LONSURF orally twice daily on Days 1 through 5 and Days 8 through 12 of each 28-day cycle", None,
     [D(0.36, "mg/kg", "CA102N", days=[1, 15]), D(0.54, "mg/kg", "CA102N", days=[1, 15]), D(0.72, "mg/kg", "CA102N", days=[1, 15]),
      D(35, "mg/m2", "LONSURF", days=[*range(1, 6), *range(8, 13)])], None),
    ("schedules", _T + "NCT03616574:arm", "The preliminary RP2D of CA102N on Days 1 and 15 in combination with 35 mg/m2/dose of LONSURF orally twice daily on Days 1 through 5 and Days 8 through 12 of each 28-day cycle", None,
     [D(35, "mg/m2", "LONSURF", days=[*range(1, 6), *range(8, 13)])], None),
    # ------------------------------------------------------------------ later rounds (same folders, same rule)
    ("agents", _T + "NCT03016611:intervention", "180 mg Chewing Ticagrelor", "Chewing Ticagrelor LD",
     [D(180, "mg", "Ticagrelor")], None),
    ("agents", _T + "NCT03016611:intervention", "60 mg Chewing Prasugrel", "Chewing Prasugrel LD",
     [D(60, "mg", "Prasugrel")], None),
    ("agents", _T + "NCT03016650:arm", "Patients will receive 100 mL of physiologic saline with 1 g IV acetaminophen (paracetamol) 30 minutes before the end of the operation and postoperatively 6, 12 and 18 hours after percutaneous nephrolithotomy, respectively.", None,
     [D(1, "g", "acetaminophen")], None),
    ("amounts", _T + "NCT03016650:intervention", "Patients receive 100 mL of physiologic saline with 800 mg IV ibuprofen 30 minutes before the end of the operation and postoperatively 6, 12 and 18 hours after PCNL", "Ibuprofen",
     [D(800, "mg", "ibuprofen")], None),
    ("non-doses", _T + "NCT03016650:detailed_description", "Eighty patients who will undergoing PCNL are randomized to intravenous paracetamol (n=40) and\n      intravenous ibuprofen (n=40) groups.", None,
     [], None),
    ("amounts", _T + "NCT03116659:arm", "Doxycycline 100 mg PO BID x 14 days, then Imiquimod up to 2 packs 3/ week x 28 days", None,
     [D(100, "mg", "Doxycycline")], None),
    ("amounts", _T + "NCT03116659:intervention", "Doxycycline 100 mg PO BID x 14 days", "Doxycycline",
     [D(100, "mg", "Doxycycline")], None),
    ("non-doses", _T + "NCT03116659:intervention", "up to 2 packs 3/ week x 28 days", "Imiquimod",
     [], None),
    ("amounts", _T + "NCT03116672:intervention", "Administration of ketorolac 10mg, (Dolac) 15 minutes before the clinical procedure.", "one dose ketorolac 10 mg",
     [D(10, "mg", "ketorolac")], None),
    ("non-doses", _T + "NCT03116672:arm", "Administration of one dose Diclofenac 15 minutes before treatment", None,
     [], None),
    ("agents", _T + "NCT03116672:detailed_description", "Group A: ketorolac 10mg (Siegfried Rhein S.A. de\n      C.V, Mexico,DF), Group B: Diclofenac Na 50mg (Voltaren, Novartis Mexico), and Group C: A\n      placebo (capsule filled with sugar).", None,
     [D(10, "mg", "ketorolac"), D(50, "mg", "Diclofenac Na")], None),
    ("ranges", _T + "NCT02916693:arm", "Participants take 25- 50mg oral Mirabegron tablets daily for 12 weeks,", None,
     [D((25, 50), "mg", "Mirabegron")], None),
    ("amounts", _T + "NCT02916706:arm", "Teneligliptin (20mg once daily) for 24 weeks", None,
     [D(20, "mg", "Teneligliptin")], None),
    ("units", _T + "NCT03216538:arm", "Daily dose of 0.4 ml administered orally", None,
     [D(0.4, "mL")], None),
    ("amounts", _T + "NCT03616691:arm", "The dose level of atezolizumab proposed to be tested in this study is 1200 mg administered by IV infusion every 3 weeks (q3w)", None,
     [D(1200, "mg", "atezolizumab")], None),
    ("agents", _T + "NCT03616691:intervention", "Stage II: Once radiologic progression confirmed from atezolizumab monotherapy (stage 1), 1200mg of atezolizumab would be administered with 15mg/kg of bevacizumab as combination therapy every 3 weeks.", "Bevacizumab",
     [D(1200, "mg", "atezolizumab"), D(15, "mg/kg", "bevacizumab")], None),
    ("amounts", _T + "NCT03616691:brief_summary", "Initially, patients will be\n      treated with Atezolizumab 1200mg every 3 weeks as a single agent (stage 1).", None,
     [D(1200, "mg", "Atezolizumab")], None),
    ("amounts", _T + "NCT03616717:intervention", "Drug: modafinil Each participant receives a single pill of placebo or active drug (modafinil 100 mg or 200 mg) 30 minutes after arriving at the lab.", "Modafinil",
     [D(100, "mg", "modafinil"), D(200, "mg", "modafinil")], None),
    ("non-doses", _T + "NCT03616717:arm", "The participant stays at the lab for 7.5 hours in order to monitor physical condition in case the participant received the active pill.", None,
     [], None),
    ("non-doses", _T + "NCT03616717:arm", "Thus, in total, each participant receives one placebo pill and two active pills, each time separated by one week.", None,
     [], None),
]


HOLDOUT31: list[Row] = [
    # ------------------------------------------------------------------ NCT0262xxxx
    ("agents", _T + "NCT02626494:intervention", "Subjects receive 3 doses of n-AC over 2 consecutive days (total dose=4800mg; individual doses=2x1200mg, 1x2400mg).", "N-Acetylcystein",
     [D(4800, "mg", "n-AC"), D(1200, "mg", "n-AC"), D(2400, "mg", "n-AC")], None),
    ("agents", _T + "NCT02626494:intervention", "Subjects will take 2 first doses (à 1200mg) of placebo 1 day before scanning (one in the morning, one in the evening), and the last dose (2400mg) 1h prior to scanning", "Placebo",
     [D(1200, "mg", "placebo"), D(2400, "mg", "placebo")], None),
    ("non-doses", _T + "NCT02626494:arm", "14 days later n-AC/placebo will be administered analogously as described above.", None,
     [], None),
    ("amounts", _T + "NCT02626507:arm", "Gedatolisib at escalating doses of 180, 215 and 260 mg via a 3-6 dose-escalation scheme is administered once weekly on the first day for each of the four weeks during the four 4-week cycles.", None,
     [D(180, "mg", "Gedatolisib"), D(215, "mg", "Gedatolisib"), D(260, "mg", "Gedatolisib")], None),
    ("agents", _T + "NCT02626507:arm", "Faslodex at 500 mg is administered IM into the buttocks slowly (over 1 - 2 minutes per injection) as two 5-mL injections, one in each buttock, on Days 1 and 15 of Cycle 1 and on Day 1 of the remaining three 4-week treatment cycles.", None,
     [D(500, "mg", "Faslodex", days=[1, 15]), D(5, "mL", "Faslodex")], None),
    ("schedules", _T + "NCT02626507:arm", "Palbociclib at 125 mg is administered PO with food daily on Days 1-21 for each of the four 4-week cycles", None,
     [D(125, "mg", "Palbociclib", days=list(range(1, 22)))], None),
    ("units", _T + "NCT02626520:intervention", "Pre-operative chemoradiation to 40 Gy in 20 fractions", "Preoperative chemoradiation",
     [D(40, "Gy", "Pre-operative chemoradiation")], None),
    ("schedules", _T + "NCT02626520:detailed_description", "receive radiosensitizing radiotherapy as: 5-fluorouracil at 225 mg/m2 5 days per week,\n      Mitomycin-C at 3 mg.m2 on d1, 8, 15 & 22; Cisplatin at 10 mg/m2 on d2, 9, 16, 23 and\n      unfractionated heparin at 6,000 units/m2 daily in divided doses from day 1 to day 28.", None,
     [D(225, "mg/m2", "5-fluorouracil"), D(3, "mg/m2", "Mitomycin-C", days=[1, 8, 15, 22]),
      D(10, "mg/m2", "Cisplatin", days=[2, 9, 16, 23]), D(6000, "U/m2", "unfractionated heparin", days=list(range(1, 29)))], None),
    ("non-doses", _T + "NCT02626520:detailed_description", "All other\n      patients will get 5-fluorouracil as 46 hr infusion given with leucovorin and irinotecan\n      (FOLFIRI-3) every 14 days x 4 cycles.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0172xxxx
    ("agents", _T + "NCT01726517:intervention", "LDV 90 mg/SOF 400 mg FDC tablet administered orally once daily", "LDV/SOF",
     [D(90, "mg", "LDV"), D(400, "mg", "SOF")], None),
    ("amounts", _T + "NCT01726517:intervention", "RBV tablets administered orally in a divided daily dose according to package insert weight-based dosing recommendations (< 75 kg = 1000 mg and ≥ 75 kg = 1200 mg)", "RBV",
     [D(1000, "mg", "RBV"), D(1200, "mg", "RBV")], None),
    ("non-doses", _T + "NCT01726517:arm", "Treatment-naive (TN) participants will be randomized to receive LDV/SOF for 8 weeks.", None,
     [], None),
    ("units", _T + "NCT01726530:arm", "Transdermal fentanyl patch, 50 mcg/hour, was attached to the patient's chest wall at 10 pm the day before surgery", None,
     [D(50, "ug/h", "fentanyl")], None),
    ("non-doses", _T + "NCT01726530:arm", "Placebo patch was attached to the patient's chest wall at 10 pm the day before surgery", None,
     [], None),
    # ------------------------------------------------------------------ NCT0112xxxx
    ("amounts", _T + "NCT01126541:arm", "2 x 1000 mg IV rituximab", None,
     [D(1000, "mg", "rituximab")], None),
    ("amounts", _T + "NCT01126541:intervention", "Arm A: 1000 mg IV (one infusion) every 2 months", "rituximab",
     [D(1000, "mg", "rituximab")], None),
    ("schedules", _T + "NCT01126541:brief_summary", "All patients will receive infusions of 1000 mg\n      intravenous (IV) MabThera on Days 1 and 15", None,
     [D(1000, "mg", "MabThera", days=[1, 15])], None),
    # ------------------------------------------------------------------ NCT0142xxxx
    ("units", _T + "NCT01426542:intervention", "Topiramate 5 mg/kg by mouth (or by feeding tube) once a day for one week before and one week after heart surgery.", "Topiramate",
     [D(5, "mg/kg", "Topiramate")], None),
    ("non-doses", _T + "NCT01426542:detailed_description", "Neuroimaging abnormalities are found in 30% to 60% of cases and\n      neurodevelopmental impairments occur in more than half of these children.", None,
     [], None),
    ("agents", _T + "NCT01426555:arm", "Group 2 - FES-Rowing Exercise for entire study period plus Zoledronic Acid 5mg administered by i.v. infusion one-time at the end of observation period", None,
     [D(5, "mg", "Zoledronic Acid")], None),
    ("amounts", _T + "NCT01426555:intervention", "5 mg IV single dose", "Zoledronic acid",
     [D(5, "mg", "Zoledronic acid")], None),
    ("non-doses", _T + "NCT01426555:detailed_description", "Seventy subjects age 18 years or older and wheelchair dependent at least 50% of the time\n      because of an SCI were enrolled.", None,
     [], None),
    ("amounts", _T + "NCT02626572:intervention", "S47445 5 mg tablets taken orally once a day during breakfast, starting the day after inclusion visit and ending the day of the W024 visit (main period)", "S47445 5mg",
     [D(5, "mg", "S47445")], None),
    ("amounts", _T + "NCT02626572:intervention", "S47445 50 mg tablets taken orally once a day during breakfast", "S47445 50mg",
     [D(50, "mg", "S47445")], None),
    ("non-doses", _T + "NCT02626572:intervention", "Placebo tablets taken orally once a day during breakfast, starting the day after inclusion visit and ending the day of the W024 visit (main period)", "Placebo",
     [], None),
    ("agents", _T + "NCT01126580:arm", "LY2189265 (Dulaglutide): 1.5 milligrams (mg), subcutaneously (SC), once weekly for 52 weeks", None,
     [D(1.5, "mg", "LY2189265")], None),
    ("non-doses", _T + "NCT01126580:arm", "Placebo: 1 tablet per day, orally, for Week 1; 2 tablets per day, orally, for Week 2; 3 tablets per day, orally, for Week 3", None,
     [], None),
    ("units", _T + "NCT01126580:arm", "Metformin: 500 milligrams per day (mg/day), orally, for Week 1; 1000 mg/day, orally, for Week 2; 1500 mg/day, orally, for Week 3", None,
     [D(500, "mg/day", "Metformin"), D(1000, "mg/day", "Metformin"), D(1500, "mg/day", "Metformin")], None),
    ("units", _T + "NCT01726582:intervention", "patients will receive a total dose of 50.4 Gy prescribed to the 95% isodose at 1.8 Gy/fraction (28 fractions).", "Chemoradiotherapy (cXRT)",
     [D(50.4, "Gy", "Chemoradiotherapy (cXRT)"), D(1.8, "Gy", "Chemoradiotherapy (cXRT)")], None),
    ("non-doses", _T + "NCT01726582:arm", "Before surgery: 8 weeks targeted chemotherapy; restaging; chemoradiotherapy (cXRT); restaging", None,
     [], None),
    # ------------------------------------------------------------------ NCT0232xxxx
    ("schedules", _T + "NCT02326584:intervention", "100 mg/m2/day Days 1-7", "Standard dose cytarabine for induction",
     [D(100, "mg/m2/day", "Standard dose cytarabine for induction", days=list(range(1, 8)))], None),
    ("schedules", _T + "NCT02326584:intervention", "60 mg/m2/day Days 1-3", "Daunorubicin",
     [D(60, "mg/m2/day", "Daunorubicin", days=[1, 2, 3])], None),
    ("schedules", _T + "NCT02326584:intervention", "3g/m2 on Days 1, 3, and 5 of each cycle", "High dose cytarabine for consolidation",
     [D(3, "g/m2", "High dose cytarabine for consolidation", days=[1, 3, 5])], None),
    ("units", _T + "NCT01126593:intervention", "Study group patients will receive a subacromial continuous standard spring loaded infusion catheter with 200cc of 0.5% bupivacaine in its reservoir.", "0.5% bupivacaine",
     [D(200, "mL", "bupivacaine")], None),
    ("units", _T + "NCT01126593:intervention", "The bupivacaine will have an infusion rate of 4cc an hour.", "0.5% bupivacaine",
     [D(4, "mL/h", "bupivacaine")], None),
    ("agents", _T + "NCT01126593:arm", "However, the reservoir will be filled with 200cc of 0.9% normal saline.", None,
     [D(200, "mL", "normal saline")], None),
    ("agents", _T + "NCT02626611:intervention", "The food dose will be escalated every 2 weeks up to 2000 milligrams of each of the food flours.", "Food Flour Buildup",
     [D(2000, "mg", "food flours")], None),
    ("amounts", _T + "NCT02626611:intervention", "Subjects are required to reach 300 milligrams at week 16 to continue to week 30.", "Food Flour Buildup",
     [D(300, "mg", "Food Flour Buildup")], None),
    ("non-doses", _T + "NCT02626611:arm", "Xolair will be administered in week 0 through 16 of the study.", None,
     [], None),
    ("schedules", _T + "NCT01426646:arm", "S-1 was administered at 40mg/m2 orally twice daily (days 1-28) every 42 days.", None,
     [D(40, "mg/m2", "S-1", days=list(range(1, 29)))], None),
    ("schedules", _T + "NCT01426646:intervention", "S-1: 40mg/m2 orally twice daily (days 1-14)\nCisplatin: 60mg/m2 IV on day 1", "S-1 plus cisplatin",
     [D(40, "mg/m2", "S-1", days=list(range(1, 15))), D(60, "mg/m2", "Cisplatin", days=[1])], None),
    ("non-doses", _T + "NCT01426646:brief_summary", "S-1 improved\n      the 3-year overall survival from 70.1% for surgery alone to 80.1%.", None,
     [], None),
    ("units", _T + "NCT01126671:arm", "Subjects are randomized to take 200 IU vitamin D3 daily in this arm.", None,
     [D(200, "IU", "vitamin D3")], None),
    ("units", _T + "NCT01126671:intervention", "Subjects were randomized to either take 200 IU of vitamin D or 1000 IU of vitamin D daily for 11 weeks and labs were compared before and after.", "Supplemental Vitamin D",
     [D(200, "IU", "vitamin D"), D(1000, "IU", "vitamin D")], None),
    ("non-doses", _T + "NCT01126671:detailed_description", "This double blind, randomized controlled 12 week trial compares the use of two supplemental\n      doses of vitamin D in this population.", None,
     [], None),
    ("amounts", _T + "NCT01126684:intervention", "10 mg of atorvastatin once daily for six months", "Atorvastatin",
     [D(10, "mg", "atorvastatin")], None),
    ("non-doses", _T + "NCT01126684:intervention", "placebo once daily for six months", "Placebo",
     [], None),
    ("units", _T + "NCT01726686:arm", "The intra-articular Continuous Infusion Pump is filled with Ropivacaine,10 mg/ml, set at 2 ml/hour for 48 hours postoperatively.", None,
     [D(2, "mL/h", "Ropivacaine")], None),
    ("units", _T + "NCT01726686:intervention", "100 ml Ropivacaine 10mg/ml in a continuous infusion pump set at 2 ml/hour", "Ropivacaine",
     [D(100, "mL", "Ropivacaine"), D(2, "mL/h", "Ropivacaine")], None),
    ("agents", _T + "NCT01726686:detailed_description", "with a total of 300 mg\n      Ropivacaine, 30 mg Toradol and 0.5 mg Adrenalin.", None,
     [D(300, "mg", "Ropivacaine"), D(30, "mg", "Toradol"), D(0.5, "mg", "Adrenalin")], None),
    # ------------------------------------------------------------------ NCT0202xxxx
    ("agents", _T + "NCT02026687:arm", "The patient is given one intrathecal dose of plain bupivacaine (Marcain® spinal) 5 mg/ml, 15 mg together with morphine (Morphine Special®) 0,4 mg/ml, 0.2 mg", None,
     [D(15, "mg", "bupivacaine"), D(0.2, "mg", "morphine")], None),
    ("units", _T + "NCT02026687:arm", "Infusion rate is set by the responsible physician, maximum rate is 10 ml/hour.", None,
     [D(10, "mL/h")], None),
    # ------------------------------------------------------------------ NCT0142xxxx
    ("units", _T + "NCT01426724:intervention", "Definity microbubbles will be infused intravenously at a rate of 2mL/min.", "Contrast Enhanced Ultrasonography",
     [D(2, "mL/min", "Definity")], None),
    ("agents", _T + "NCT01426724:detailed_description", "1.3 ml of Definity will be mixed in 30 ml of preservative free saline.", None,
     [D(1.3, "mL", "Definity")], None),
    ("units", _T + "NCT01426724:detailed_description", "Infusion of\n           Definity into a peripheral vein will be started at 2 ml/min and titrated for optimal\n           image quality (not to exceed 10 ml/min at any time).", None,
     [D(2, "mL/min", "Definity"), D(10, "mL/min", "Definity")], None),
    # ------------------------------------------------------------------ NCT0112xxxx
    ("schedules", _T + "NCT01126736:intervention", "Eribulin mesylate (eribulin; E7389) administered as a 2-5 minute intravenous (IV) bolus in one of two dosing schedules for both the Phase Ib and Phase 2 portions: either Days 1 and 8 of a 21 day cycle in ascending doses of 0.7, 1.1, or 1.4 mg/m2 or on Day 1 of the 21-day cycle at doses at ascending doses of 0.9, 1.4, or 2.0 mg/m2.", "eribulin mesylate",
     [D(0.7, "mg/m2", "Eribulin mesylate", days=[1, 8]), D(1.1, "mg/m2", "Eribulin mesylate", days=[1, 8]), D(1.4, "mg/m2", "Eribulin mesylate", days=[1, 8]),
      D(0.9, "mg/m2", "Eribulin mesylate", days=[1]), D(1.4, "mg/m2", "Eribulin mesylate", days=[1]), D(2.0, "mg/m2", "Eribulin mesylate", days=[1])], None),
    ("schedules", _T + "NCT01126736:intervention", "Pemetrexed given at a dose of 500 mg/m2 as an IV infusion on Day 1 of a 21-day cycle.", "pemetrexed",
     [D(500, "mg/m2", "Pemetrexed", days=[1])], None),
    ("non-doses", _T + "NCT01126736:detailed_description", "a safety\n      run-in period with 3 ascending doses of eribulin", None,
     [], None),
    # ------------------------------------------------------------------ NCT0142xxxx
    ("agents", _T + "NCT01426737:intervention", "Vildagliptin 50mg twice/d as add-on to metformin alone over 18 months compared to an add-on therapy with gliclazide 30mg max 4x/d(metformin - gliclazide).", "Vildagliptin",
     [D(50, "mg", "Vildagliptin"), D(30, "mg", "gliclazide")], None),
    # ------------------------------------------------------------------ NCT0172xxxx
    ("agents", _T + "NCT01726738:arm", "trametinib 2mg QD and dabrafenib 150 mg BID on a continuous basis.", None,
     [D(2, "mg", "trametinib"), D(150, "mg", "dabrafenib")], None),
    ("non-doses", _T + "NCT01726738:arm", "A cycle will be defined as 3 weeks in duration.", None,
     [], None),
]


HOLDOUT32: list[Row] = [
    # ------------------------------------------------------------------ NCT0114xxxx
    ("amounts", _T + "NCT01146509:intervention", "Donepezil hydrochloride tablet: initial 5 mg/day dose was taken orally, once a day. At Week 4 visit, the dose was increased to 10 mg/day at the discretion of the investigator.", "Aricept (donepezil hydrochloride)",
     [D(5, "mg/day", "Donepezil hydrochloride"), D(10, "mg/day", "Donepezil hydrochloride")], None),
    ("units", _T + "NCT01146535:arm", "Interferon-alpha\n150 IU lozenges bid for 5 days", None,
     [D(150, "IU", "Interferon-alpha")], None),
    ("amounts", _T + "NCT01146535:intervention", "75 mg capsules bid for 5 days", "Oseltamivir",
     [D(75, "mg", "Oseltamivir")], None),
    ("amounts", _T + "NCT01146535:arm", "maltose\n200 mg maltose lozenges bid for 5 days", None,
     [D(200, "mg", "maltose")], None),
    ("amounts", _T + "NCT01146548:intervention", "20mg/d, oral administration for 6 weeks, then 40mg/d for 4 months.", "FLUOXETINE",
     [D(20, "mg/day", "FLUOXETINE"), D(40, "mg/day", "FLUOXETINE")], None),
    ("amounts", _T + "NCT01146548:detailed_description", "Fluoxetine is first introduced in dose of 20 mg/day and after six weeks the dose is increased\n      to 40 mg/day.", None,
     [D(20, "mg/day", "Fluoxetine"), D(40, "mg/day", "Fluoxetine")], None),
    ("amounts", _T + "NCT01146561:intervention", "single administration of tanezumab 20 mg sub-cutaneously", "Tanezumab",
     [D(20, "mg", "tanezumab")], None),
    ("levels", _T + "NCT01146574:intervention", "Part 1: Sotatercept single dose 0.1mg/kg subcutaneous Part 2: Sotatercept starting dose groups of 0.3mg/kg, 0.5mg/kg or 0.7 mg/kg in a sequential design, dosed subcutaneously every 28 days for up to 8 doses", "Sotatercept",
     [D(0.1, "mg/kg", "Sotatercept"), D(0.3, "mg/kg", "Sotatercept"), D(0.5, "mg/kg", "Sotatercept"), D(0.7, "mg/kg", "Sotatercept")], None),
    ("levels", _T + "NCT01146574:arm", "Dose Group 1: 0.3 mg/kg sotatercept subcutaneous every 28 days", None,
     [D(0.3, "mg/kg", "sotatercept", level="Dose Group 1")], None),  # unsure: "Dose Group 1" taken as the level, as the table's "Dose Group-A" row
    ("non-doses", _T + "NCT01146574:arm", "The Placebo to Sotatercept ratio is 1:3 meaning for every 1 patient that receives Placebo, 3 patients will receive Sotatercept.", None,
     [], None),
    ("amounts", _T + "NCT01146600:intervention", "Clarithromycin 500 mg po bid for two weeks, then one week with no medication, then matched placebo po bid for two weeks.", "Clarithromycin followed by placebo",
     [D(500, "mg", "Clarithromycin")], None),
    ("amounts", _T + "NCT01146600:intervention", "Matched placebo po bid for two weeks, then one week with no intervention, then clarithromycin 500 mg po bid for two weeks", "Placebo then Clarithromycin",
     [D(500, "mg", "clarithromycin")], None),
    ("non-doses", _T + "NCT01146600:brief_summary", "sleeping long periods of time (more than 10 hours per night)", None,
     [], None),
    ("amounts", _T + "NCT01146613:intervention", "0.5mg capsules x 2, 2x a day for 12 weeks", "Varenicline",
     [D(0.5, "mg", "Varenicline")], None),
    ("non-doses", _T + "NCT01146613:intervention", "identical matched placebo x 2, 2xday, 13 weeks", "Placebo",
     [], None),
    ("non-doses", _T + "NCT01146613:brief_summary", "who frequently consume 10 or more drinks per drinking day\n      for men and 8 or more drinks for women", None,
     [], None),
    # ------------------------------------------------------------------ NCT0144xxxx
    ("units", _T + "NCT01446523:intervention", "Syrup 30 ml BD for 12 weeks", "Lactulose",
     [D(30, "mL", "Lactulose")], None),
    ("units", _T + "NCT01446523:intervention", "Syrup, 30 ml BD for 3 months in Gr. NL", "placebo",
     [D(30, "mL", "placebo")], None),
    ("units", _T + "NCT01446562:intervention", "40 mCi/kg", "Y90 Ibritumomab Tiuxetan RIT",
     [D(40, "mCi/kg", "Y90 Ibritumomab Tiuxetan RIT")], None),  # labelled as written (the description says 0.4 mCi/kg; 40 is likely a typo)
    ("agents", _T + "NCT01446562:detailed_description", "R-CHOP comprises rituximab 375 milligrams per square meter\n      (mg/m2) intravenously (IV), cyclophosphamide 750mg/m2 IV, doxorubicin 50mg/m2 IV, and\n      vincristine 1.4mg/m2 IV (to a maximum dose of 2.0mg) on day 1 and prednisone 100mg per os\n      (po) daily for 5 days.", None,
     [D(375, "mg/m2", "rituximab"), D(750, "mg/m2", "cyclophosphamide"), D(50, "mg/m2", "doxorubicin"),
      D(1.4, "mg/m2", "vincristine"), D(2.0, "mg", "vincristine"), D(100, "mg", "prednisone")], None),
    ("units", _T + "NCT01446562:detailed_description", "a single dose of 90Y ibritumomab\n      tiuxetan at a dose of 0.4 milliCurries per kilogram (mCi/kg) for patients with a platelet\n      count ≥150,000/mm3 or 0.3 mCi/kg for patients with platelets <150,000/cubic millimeter (mm3).", None,
     [D(0.4, "mCi/kg", "90Y ibritumomab tiuxetan"), D(0.3, "mCi/kg", "90Y ibritumomab tiuxetan")], None),  # agent spans a line break: written with one space
    ("scientific", _T + "NCT01446614:intervention", "Intravenous administration of up to 6x10^5 MSCs per kg,qw,for 4 weeks", "bone marrow derived mesenchymal stem cells",
     [D(6e5, "cells/kg", "bone marrow derived mesenchymal stem cells")], None),  # unsure: agent (the intervention's name, as the table's IM19 row) vs "MSCs"
    ("scientific", _T + "NCT01446640:intervention", "Intravenous administration of up to 1x10^6 MSCs per kg; intrathecal administration of up to 1x10^6 MSCs per kg.", "bone marrow derived mesenchymal stem cells",
     [D(1e6, "cells/kg", "bone marrow derived mesenchymal stem cells")], None),  # unsure: same amount by two routes listed once (the table's rule for a repeat); agent as NCT01446614
    # ------------------------------------------------------------------ NCT0174xxxx
    ("amounts", _T + "NCT01746511:intervention", "A pediatric glycerin suppository is 1.2 grams.", "glycerin suppository",
     [D(1.2, "g", "glycerin")], None),  # unsure: a product size, and the agent (glycerin vs glycerin suppository)
    ("amounts", _T + "NCT01746511:intervention", "All infants in this study arm will receive our standard dose of glycerin suppository which is 0.25 of the pediatric suppository or 0.3 grams.", "glycerin suppository",
     [D(0.3, "g", "glycerin")], None),  # unsure: agent glycerin vs glycerin suppository
    ("non-doses", _T + "NCT01746511:arm", "Infants who are NPO (< 20 mL/kg/day of fluids enterally at the time of therapy) vs.", None,
     [], None),
    ("amounts", _T + "NCT01746563:arm", "Ranibizumab 0,05 mg intravitreal injection", None,
     [D(0.05, "mg", "Ranibizumab")], None),
    ("agents", _T + "NCT01746563:detailed_description", "Comparative efficacy of combined treatment including intravitreal injection of 0.5 mg of\n      Lucentis (ranibizumab) and laser photocoagulation for patients with Proliferative Diabetic\n      Retinopathy (PDR).", None,
     [D(0.5, "mg", "Lucentis")], None),
    ("amounts", _T + "NCT01746563:detailed_description", "intravitreal injection of 0,5 mg of\n      Lucentis (ranibizumab)", None,
     [D(0.5, "mg", "Lucentis")], None),
    ("non-doses", _T + "NCT01746641:arm", "Start dose: 1 mcg/mL. Titration: 0.5 mcg/mL according to clinical criteria.", None,
     [], None),  # unsure: TCI effect-site concentrations called "dose" by the text, read as no dose
    ("amounts", _T + "NCT01746654:intervention", "P-128 at 0.1 mg divided evenly between the nares is administered once in Part A; multiple times in Part B and Part C; and once in Part D.", "P128-0.1 mg",
     [D(0.1, "mg", "P-128")], None),
    ("amounts", _T + "NCT01746654:intervention", "P-128 at 1.0 mg divided evenly between the nares is administered once in Part A; multiple times in Part B and Part C; once in Part D.", "P128-1.0 mg",
     [D(1.0, "mg", "P-128")], None),
    ("amounts", _T + "NCT01746654:arm", "Ten chronic kidney disease patients will be enrolled to P128 1.0 mg multiple doses (Part C)", None,
     [D(1.0, "mg", "P128")], None),
    # ------------------------------------------------------------------ NCT0204xxxx
    ("units", _T + "NCT02046538:intervention", "400 mg/m2 IV over two hours (or administered concurrently with oxaliplatin or irinotecan, depending on the assigned regimen)", "Leucovorin",
     [D(400, "mg/m2", "Leucovorin")], None),
    ("units", _T + "NCT02046538:intervention", "400 mg/m2 IV bolus, then 2400 mg/m2 continuous IV infusion over 46-48 hours", "5-FU",
     [D(400, "mg/m2", "5-FU"), D(2400, "mg/m2", "5-FU")], None),
    ("non-doses", _T + "NCT02046538:arm", "After a standard 3-4 week recovery period (i.e. 5-6 weeks from the last Zaltrap dose), patients will undergo standard resection.", None,
     [], None),
    ("amounts", _T + "NCT02046551:arm", "atomoxetine (40 mg/day)", None,
     [D(40, "mg/day", "atomoxetine")], None),
    ("ranges", _T + "NCT02046564:arm", "The dose of 3-12mg/100mg(Aripiprazole/Sertraline Combination)will be orally administered once daily", None,
     [D((3, 12), "mg", "Aripiprazole"), D(100, "mg", "Sertraline")], None),
    ("non-doses", _T + "NCT02046590:arm", "Remifentanil 1ng/ml throughout the procedure.", None,
     [], None),  # unsure: a target plasma concentration (TCI), read as no dose
    ("non-doses", _T + "NCT02046590:arm", "Propofol administration starts at an initial (estimated plasma) target concentration of 1,5 microg/ml.", None,
     [], None),
    ("non-doses", _T + "NCT02046590:arm", "Ventilation will be assisted using 40% oxygen in air mixture and mechanically controlled using an anaesthetic ventilator.", None,
     [], None),
    ("amounts", _T + "NCT02046616:intervention", "Tocilizumab 162 mg will be administered subcutaneously QW.", "Tocilizumab",
     [D(162, "mg", "Tocilizumab")], None),
    ("non-doses", _T + "NCT02046616:intervention", "Participants must be at a stable dose that was initiated at least 4 weeks prior to baseline.", "Methotrexate",
     [], None),
    ("non-doses", _T + "NCT02046616:arm", "All participants will receive tocilizumab as a single fixed dose (monotherapy) or in combination with methotrexate or other non-biologic DMARDs, irrespective of body weight, for 24 weeks.", None,
     [], None),
    ("agents", _T + "NCT02046629:arm", "Teriflunomide 14mg tablet, oral single dose, fast condition Cholestyramine power, 8 gram,oral three times a day for 4 days, fed condition", None,
     [D(14, "mg", "Teriflunomide"), D(8, "g", "Cholestyramine")], None),
    ("amounts", _T + "NCT02046629:brief_summary", "To assess the pharmacokinetic (PK) parameters of teriflunomide after a single oral dose of 14\n      mg administration in Chinese healthy subjects", None,
     [D(14, "mg", "teriflunomide")], None),
    ("non-doses", _T + "NCT02046629:detailed_description", "Screening: 2 to 21 days before inclusion (Day -21 to Day -2)", None,
     [], None),
    # ------------------------------------------------------------------ NCT0234xxxx
    ("agents", _T + "NCT02346487:intervention", "Drug: LPV/r pellets 40/10 mg: orally taken twice a day.", "LPV/RTV pellets and AZT/3TC or ABC/3TC",
     [D(40, "mg", "LPV"), D(10, "mg", "r")], None),
    ("agents", _T + "NCT02346487:intervention", "Drug: NRTIs (AZT/3TC 60/30mg tablet or ABC/3TC 60/30mg tablet).", "LPV/RTV pellets and AZT/3TC or ABC/3TC",
     [D(60, "mg", "AZT"), D(30, "mg", "3TC"), D(60, "mg", "ABC"), D(30, "mg", "3TC")], None),
    ("non-doses", _T + "NCT02346487:intervention", "Between 3 and 5.9kg: 2 capsules twice a day", "LPV/RTV pellets and AZT/3TC or ABC/3TC",
     [], None),
    ("units", _T + "NCT02346526:intervention", "Ra-223- Each treatment cycle lasts 4 weeks during which the patient receives Ra-223 at a dose of 50 kBq/kg body weight by intravenous infusion on day 1 only.", "Radium-223 dichloride",
     [D(50, "kBq/kg", "Ra-223", days=[1])], None),  # unsure: kBq/kg is a unit no earlier row uses
    ("non-doses", _T + "NCT02346526:intervention", "Blood will be drawn for standard and nonstandard testing on day one, day 4, and weeks 5, 9, 13, 17, 21, 25, 37, and 93.", "Blood Tests",
     [], None),
    ("amounts", _T + "NCT02346539:arm", "2mg of nicotine in the form of a nicotine polacrilex lozenge will be administered orally, one time.\n4mg of nicotine in the form of a nicotine polacrilex lozenge will be administered orally, one time.", None,
     [D(2, "mg", "nicotine"), D(4, "mg", "nicotine")], None),
    ("amounts", _T + "NCT02346578:arm", "Enzalutamide 160 mg administered orally once a day as four 40-mg soft capsules", None,
     [D(160, "mg", "Enzalutamide"), D(40, "mg", "Enzalutamide")], None),
    ("amounts", _T + "NCT02346578:arm", "Flutamide 125 mg administered orally three times a day as one tablet after meal", None,
     [D(125, "mg", "Flutamide")], None),
    ("agents", _T + "NCT02346630:intervention", "Levodopa / Carbidopa drug 100/25 mg once a day for 3 weeks.", "Levodopa / Carbidopa",
     [D(100, "mg", "Levodopa"), D(25, "mg", "Carbidopa")], None),
    # ------------------------------------------------------------------ NCT0264xxxx
    ("amounts", _T + "NCT02646540:arm", "Participants admitted to the hospital and diagnosed with acutely decompensated heart failure (ADHF) will receive 30 mg of tolvaptan concomitantly with their standard dose of diuretics.", None,
     [D(30, "mg", "tolvaptan")], None),
    ("amounts", _T + "NCT02646540:intervention", "Participants will receive oral daily metolazone 5 mg concomitantly with their standard dose of intravenous (IV) diuretics for the duration of their hospitalization.", "Metolazone 5 mg + IV Diuretics",
     [D(5, "mg", "metolazone")], None),
    ("non-doses", _T + "NCT02646540:arm", "will receive two and a half (2.5) times their standard dose of diuretics.", None,
     [], None),
    ("non-doses", _T + "NCT02646592:arm", "5 minutes before skin incision, first assessment of the pupillary pain index.", None,
     [], None),
    ("amounts", _T + "NCT02646657:intervention", "Open-label VEDOLIZUMAB 300 mg at week 0,2,6, 14, 22, 30, 38, 46", "Vedolizumab 300 mg",
     [D(300, "mg", "VEDOLIZUMAB")], None),
    ("non-doses", _T + "NCT02646657:arm", "Patients with 'early UC' defined as disease duration < 4 years and no other treatments than aminosalicylates and/or corticosteroids", None,
     [], None),
    ("agents", _T + "NCT02646670:arm", "two applications of 0.1 ml Aflibercept(the first and the third doses) interspersed with one application of Ranibizumab 0.1 ml(the second dose)", None,
     [D(0.1, "mL", "Aflibercept"), D(0.1, "mL", "Ranibizumab")], None),
    ("units", _T + "NCT02646670:intervention", "- In the first group will be held three applications of intravitreal ranibizumab 0.1 ml, with one application every month and follow up with Optical Coherence Tomography", "Ranibizumab",
     [D(0.1, "mL", "ranibizumab")], None),
    ("non-doses", _T + "NCT02646670:detailed_description", "follow up with Optical Coherence Tomography on days\n           1, 3, 5, 10 and 30 following the application.", None,
     [], None),
    ("amounts", _T + "NCT02646683:arm", "VEDOLIZUMAB 300 mg at week 0,2,6, (10), 14, 22, 30,(34), 38, (42), 46, (50)", None,
     [D(300, "mg", "VEDOLIZUMAB")], None),
]


HOLDOUT33: list[Row] = [
    # ------------------------------------------------------------------ NCT0116xxxx
    ("ranges", _T + "NCT01166490:intervention", "0.3-3.0 mg/kg IV on Days 1, 8, and 15 of 28-day cycles", "ASG-5ME",
     [D((0.3, 3.0), "mg/kg", "ASG-5ME", days=[1, 8, 15])], None),
    ("units", _T + "NCT01166542:intervention", "3E10 TCID50, 1 hour intravenous infusion, administered on Days 1, 2, 3, 4 and 5 of a 21 day cycle", "REOLYSIN",
     [D(3e10, "TCID50", "REOLYSIN", days=[1, 2, 3, 4, 5])], None),
    ("non-doses", _T + "NCT01166542:intervention", "5 AUC mg/mL min, 30 min intravenous infusion, given on Day 1 of a 21 day cycle", "Carboplatin",
     [], None),
    ("schedules", _T + "NCT01166542:intervention", "175 mg/m2, 3 hour intravenous infusion, given on Day 1 of a 21 day cycle", "Paclitaxel",
     [D(175, "mg/m2", "Paclitaxel", days=[1])], None),
    ("units", _T + "NCT01166633:intervention", "pitavastatin 2mg per daily", "pitavastatin",
     [D(2, "mg/day", "pitavastatin")], None),
    ("units", _T + "NCT01166633:intervention", "atorvastatin 10mg per daily", "atorvastatin",
     [D(10, "mg/day", "atorvastatin")], None),
    ("units", _T + "NCT01166646:intervention", "Apply 3.5 grams twice daily for 1-2 weeks", "Halobetasol Proprionate Lotion 0.05%",
     [D(3.5, "g", "Halobetasol Proprionate Lotion 0.05%")], None),
    # ------------------------------------------------------------------ NCT0146xxxx
    ("units", _T + "NCT01466491:arm", "(2 mL injected at the tenaculum site, 18 mL equally distributed between 4 and 8 o'clock)", None,
     [D(2, "mL"), D(18, "mL")], None),
    ("agents", _T + "NCT01466491:intervention", "The PCB will consist of a total of 20 mL local anesthetic (18 mL of 1% lidocaine buffered with 2 mL sodium bicarbonate)", "Paracervical block technique with lidocaine",
     [D(20, "mL", "local anesthetic"), D(18, "mL", "lidocaine"), D(2, "mL", "sodium bicarbonate")], None),
    ("non-doses", _T + "NCT01466491:intervention", "The injection, occurring in either two or four sites, is continuous from superficial to deep (3 cm) to superficial (injecting with insertion and withdrawal).", "Paracervical block technique with lidocaine",
     [], None),
    ("agents", _T + "NCT01466517:intervention", "400mg of Ibuprofen equivalent to 8mL (50mg/mL) oral suspension of the Reference Drug", "Alivium®",
     [D(400, "mg", "Ibuprofen"), D(8, "mL", "Ibuprofen")], None),
    ("agents", _T + "NCT01466517:intervention", "400mg of Ibuprofen equivalent to 10mL (40mg/mL) oral suspension of the Test Drug", "Ibuprofen",
     [D(400, "mg", "Ibuprofen"), D(10, "mL", "Ibuprofen")], None),
    ("non-doses", _T + "NCT01466517:brief_summary", "RELATIVE BIOAVAILABILITY OF IBUPIRAC 40MG/ML (LABORATÓRIOS PFIZER LTDA) ORAL SUSPENSION FORM", None,
     [], None),
    ("agents", _T + "NCT01466530:detailed_description", "Oral ranitidine 150 mg was\n      given the night before and on the morning of surgery, with 0.3 mol/L sodium citrate (30 mL)\n      given 15 min before induction.", None,
     [D(150, "mg", "ranitidine"), D(30, "mL", "sodium citrate")], None),
    ("ranges", _T + "NCT01466530:detailed_description", "rapid-sequence induction was performed with propofol 1.5-2 mg/kg followed by suxamethonium\n      1.5 mg/kg after loss of verbal response.", None,
     [D((1.5, 2), "mg/kg", "propofol"), D(1.5, "mg/kg", "suxamethonium")], None),
    ("non-doses", _T + "NCT01466530:detailed_description", "The lungs were ventilated using a tidal volume of\n      8 mL/kg, an inspiration-expiration ratio of 1: 2", None,
     [], None),
    ("agents", _T + "NCT01466543:arm", "Zydena (Udenafil) 100 mg, once", None,
     [D(100, "mg", "Zydena")], None),
    ("agents", _T + "NCT01466543:intervention", "Zydena (Udenafil) 100 mg, one time", "Zydena (Udenafil)",
     [D(100, "mg", "Zydena")], None),
    ("amounts", _T + "NCT01466608:arm", "Rosuvastatin 20 mg will be administered once a day for 8 weeks (open-label, one-arm, single-sequence design)", None,
     [D(20, "mg", "Rosuvastatin")], None),
    ("amounts", _T + "NCT01466608:intervention", "Oral administration of rosuvastatin 20 mg once daily for 21 days.", "Rosuvastatin",
     [D(20, "mg", "rosuvastatin")], None),
    ("non-doses", _T + "NCT01466608:brief_summary", "lipidomic profiles of 8-weeks rosuvastatin treatment by OATP1B1 genotype", None,
     [], None),
    ("schedules", _T + "NCT01466673:intervention", "Ethinyl estradiol/Norgestimate encapsulated oral tablet will be administered once daily at bed time as 0.035/0.18 milligram (mg) for Days 1-7, 0.035/0.215 mg for Days 8-14, and 0.035/0.250 mg for Days 15-21 of EE/NGM, respectively up to 6 consecutive menstrual cycles consisting of 21 days each.", "Ethinyl estradiol/Norgestimate (EE/NGM)",
     [D(0.035, "mg", "Ethinyl estradiol", days=list(range(1, 8))), D(0.18, "mg", "Norgestimate", days=list(range(1, 8))),
      D(0.035, "mg", "Ethinyl estradiol", days=list(range(8, 15))), D(0.215, "mg", "Norgestimate", days=list(range(8, 15))),
      D(0.035, "mg", "Ethinyl estradiol", days=list(range(15, 22))), D(0.25, "mg", "Norgestimate", days=list(range(15, 22)))], None),
    ("schedules", _T + "NCT01466673:intervention", "Ethinyl estradiol/Desogestrel oral formulation will be administered once daily at bed time as 0.040/0.025 mg for Days 1-7, 0.030/0.125 mg for Days 8-22 of EE/DSG, respectively up to 6 consecutive menstrual cycles consisting of 22 days each.", "Ethinyl estradiol/Desogestrel (EE/DSG)",
     [D(0.04, "mg", "Ethinyl estradiol", days=list(range(1, 8))), D(0.025, "mg", "Desogestrel", days=list(range(1, 8))),
      D(0.03, "mg", "Ethinyl estradiol", days=list(range(8, 23))), D(0.125, "mg", "Desogestrel", days=list(range(8, 23)))], None),
    ("ranges", _T + "NCT01466686:intervention", "All patients will receive temozolomide (150 to 200 mg per square meter for 5 days during each 28 day cycle) for a total of 1 year or until the time of disease progression.", "Temozolomide",
     [D((150, 200), "mg/m2", "temozolomide")], None),
    ("units", _T + "NCT01466686:arm", "All patients will receive 0.5 Gy of radiation therapy twice daily.", None,
     [D(0.5, "Gy")], None),
    ("non-doses", _T + "NCT01466686:arm", "If > 33% of patients in the initial cohort of 6 experience grade 3 or greater hematologic toxicity according to the NCI Common Toxicity Criteria version 4, then a dose reduction will occur", None,
     [], None),
    # ------------------------------------------------------------------ NCT0176xxxx
    ("amounts", _T + "NCT01766505:arm", "Candemore tablet: candesartan cilexetil 8mg, 16mg, 32mg/tab, orally, 1 tablet once a day during 16 weeks", None,
     [D(8, "mg", "candesartan cilexetil"), D(16, "mg", "candesartan cilexetil"), D(32, "mg", "candesartan cilexetil")], None),
    ("amounts", _T + "NCT01766505:arm", "Cozzar tablet: Losartan potassium 50mg, 100mg/cap, orally, 1 capsule once a day during 16 weeks", None,
     [D(50, "mg", "Losartan potassium"), D(100, "mg", "Losartan potassium")], None),
    ("amounts", _T + "NCT01766505:intervention", "Candemore tablet 8, 16, or 32mg/tab, per oral, a tablet once a day during 16 weeks.", "Candemore tablet",
     [D(8, "mg", "Candemore"), D(16, "mg", "Candemore"), D(32, "mg", "Candemore")], None),
    ("amounts", _T + "NCT01766518:arm", "MY-REPT capsule: Mycophenolate mofetil, 250mg/cap, orally", None,
     [D(250, "mg", "Mycophenolate mofetil")], None),
    ("ranges", _T + "NCT01766518:intervention", "MY-REPT capsule 500~1500mg/day, per oral, capsules twice a day with Tacrolimus, Corticosteroids, Basiliximab post liver transplantation", "Mycophenolate mofetil",
     [D((500, 1500), "mg/day", "MY-REPT")], None),
    ("non-doses", _T + "NCT01766609:arm", "The concentration of triamcinolone acetonide (TA) that will be used initially is 2.5 mg/ml.", None,
     [], None),
    ("non-doses", _T + "NCT01766609:arm", "If the patient did not show any evidence of repigmentation during the 3rd visit (i.e. after two injection sessions with TA 2.5 mg/ml) , the concentration of TA will be increased to 5 mg/ml.", None,
     [], None),
    ("agents", _T + "NCT01766609:detailed_description", "It has been shown that TA at a\n      total dose of 20 mg does not result in adrenal suppression.", None,
     [D(20, "mg", "TA")], None),
    ("units", _T + "NCT01766622:intervention", "7mCi, IV (in the vein) at baseline", "[18F]-CP18",
     [D(7, "mCi", "[18F]-CP18")], None),
    ("non-doses", _T + "NCT01766622:brief_summary", "There will be two more PET/CT scans 1 hour and 2 hours after taking 18F-CP18.", None,
     [], None),
    ("non-doses", _T + "NCT01766622:detailed_description", "Subjects will undergo at least 3 [18F]-CP18 PET/CT imaging studies,one pre-therapy, one\n      within 48 hours after receiving the initial dose of Birinapant", None,
     [], None),
    # ------------------------------------------------------------------ NCT0206xxxx
    ("non-doses", _T + "NCT02066532:arm", "Jakafi (Ruxolitinib) and Trastuzumab (Herceptin) - 21 day cycle until disease progression", None,
     [], None),
    ("schedules", _T + "NCT02066532:intervention", "25 mg bid, 20 mg bid, 15 mg bid, or 10 mg bid, (oral, twice a day) on days 1 through 21 of each 21 day cycle.", "Ruxolitinib",
     [D(25, "mg", "Ruxolitinib", days=list(range(1, 22))), D(20, "mg", "Ruxolitinib", days=list(range(1, 22))),
      D(15, "mg", "Ruxolitinib", days=list(range(1, 22))), D(10, "mg", "Ruxolitinib", days=list(range(1, 22)))], None),
    ("units", _T + "NCT02066532:intervention", "6 mg/kg every 3 weeks (cycle = 21 days). If no trastuzumab > 28 days, patients will be initially re-loaded at 8 mg/kg, then 6 mg/kg.", "Trastuzumab",
     [D(6, "mg/kg", "Trastuzumab"), D(8, "mg/kg", "Trastuzumab")], None),
    ("units", _T + "NCT02066571:arm", "Droxidopa will be titrated over a 2-week period up to 300 mg twice daily (600 mg total daily dose).", None,
     [D(300, "mg", "Droxidopa"), D(600, "mg", "Droxidopa")], None),
    ("amounts", _T + "NCT02066571:intervention", "The proposed dosing is 100mg twice daily at baseline, then titrate to 200 mg twice daily at day 7 and then titrate to 300mg twice daily at day 14.", "Droxidopa",
     [D(100, "mg", "Droxidopa"), D(200, "mg", "Droxidopa"), D(300, "mg", "Droxidopa")], None),
    ("amounts", _T + "NCT02066571:intervention", "Droxidopa will be supplied in 100 and 200 mg pill sizes.", "Droxidopa",
     [D(100, "mg", "Droxidopa"), D(200, "mg", "Droxidopa")], None),
    ("agents", _T + "NCT02066636:arm", "Nivolumab 3 mg/kg solution intravenous infusion over 60 minutes every two weeks until disease progression, unacceptable toxicity, or withdrawal of informed consent", None,
     [D(3, "mg/kg", "Nivolumab")], None),
    ("agents", _T + "NCT02066636:arm", "Nivolumab 3 mg/kg solution intravenous infusion over 60 minutes every two weeks until 1 year (52 weeks).", None,
     [D(3, "mg/kg", "Nivolumab")], None),
    ("agents", _T + "NCT02066662:arm", "Arm A: Rivaroxaban (tablet) for patients with atrial fibrillation: with 20 mg once daily for patients with eGFR > 49 ml per minute and 15 mg rivaroxaban once daily for patients with eGFR of 15 to 49 ml.", None,
     [D(20, "mg", "Rivaroxaban"), D(15, "mg", "rivaroxaban")], None),
    ("schedules", _T + "NCT02066662:arm", "Rivaroxaban (tablet) for patients with pulmonary embolism : 2x a day 15 mg at day 1-21 and 1x 20 mg from day 22 ongoing", None,
     [D(15, "mg", "Rivaroxaban", days=list(range(1, 22))), D(20, "mg", "Rivaroxaban")], None),
    ("non-doses", _T + "NCT02066662:arm", "Arm B: Adjusted dose coumadin/phenprocoumon (tablet) titrated according to target international normalized ratio (INR) with a target range 2.0 to 3.0.", None,
     [], None),
    ("ranges", _T + "NCT02066675:arm", "Trabectedin administered at the dose of 1.5 mg/mq-1.3 mg/mq a 24-hour continuous infusion via a central venous access, every 3 weeks", None,
     [D((1.3, 1.5), "mg/m2", "Trabectedin")], None),
    ("ranges", _T + "NCT02066675:intervention", "Each patients will receive intravenous trabectedin (1.5 mg/mq-1.3 mg/mq) over 24 hours every 3 weeks", "Trabectedin",
     [D((1.3, 1.5), "mg/m2", "trabectedin")], None),
    # ------------------------------------------------------------------ NCT0236xxxx
    ("schedules", _T + "NCT02366546:intervention", "Cyclophosphamide (750mg/m2/day x 2 days Intravenous (IV)) is administered as pre-treatment medication of TBI-1301.", "Cyclophosphamide",
     [D(750, "mg/m2/day", "Cyclophosphamide")], None),
    ("schedules", _T + "NCT02366546:intervention", "Fludarabine (20mg/m2 x 5 days Intravenous(IV)) is administered as pre-treatment medication of TBI-1301 in combination with cyclophosphamide.", "Fludarabine",
     [D(20, "mg/m2", "Fludarabine")], None),
    ("units", _T + "NCT02366637:intervention", "680 micrograms BID, Orally inhaled PF-03715455 for 4 weeks", "PF-03715455",
     [D(680, "ug", "PF-03715455")], None),
    ("non-doses", _T + "NCT02366637:intervention", "Orally inhaled placebo twice a day (BID) for 4 weeks", "Placebo",
     [], None),
    ("units", _T + "NCT02366663:intervention", "0.4 mCi/kg given IV", "90-Yttrium Ibritumomab tiuxetan",
     [D(0.4, "mCi/kg", "90-Yttrium Ibritumomab tiuxetan")], None),
    ("non-doses", _T + "NCT02366663:arm", "Patients receive rituximab IV on days -21 and -14, and 90-yttrium ibritumomab tiuxetan IV on day -14.", None,
     [], None),
    ("non-doses", _T + "NCT02366689:intervention", "Brush whole mouth with Total toothpaste (triclosan/fluoride) using Total 360 toothbrush for 1 minute, 2 times/day for 6 months (study duration).", "Triclosan/fluoride toothpaste",
     [], None),
    ("units", _T + "NCT02366689:intervention", "Immediately after each brushing with Crest Pro-Health toothpaste, rinse whole mouth with 20 ml of Crest Pro-Health Mouthwash for 30 seconds.", "Cetylpyridinium chloride mouthwash",
     [D(20, "mL", "Crest Pro-Health Mouthwash")], None),
    ("units", _T + "NCT02366689:intervention", "Immediately after each brushing with Crest Cavity Protection toothpaste, rinse whole mouth with 20 ml of Crest Pro-Health For Me mouthwash for 30 seconds.", "Fluoride only mouthwash",
     [D(20, "mL", "Crest Pro-Health For Me mouthwash")], None),
    # ------------------------------------------------------------------ NCT0266xxxx
    ("non-doses", _T + "NCT02666534:intervention", "a lidocaine-prilocaine 5% cream (EMLA®; Astra Pharmaceuticals, LP, Westborough, MA, USA) was applied to the treatment area for 30 min under occlusion", "lidocaine-prilocaine 5% cream application",
     [], None),
    ("non-doses", _T + "NCT02666534:intervention", "a 1-mm thick layer of methyl-aminolevulinate (16% Metvix® cream; PhotoCure ASA, Oslo, Norway) was applied to the lesion and to 5 mm of the surrounding healthy tissue.", "methyl-aminolevulinate application",
     [], None),
    ("ranges", _T + "NCT02666651:arm", "Administration of oral tolvaptan (15-60mg PO titration) during admission for decompensated heart failure", None,
     [D((15, 60), "mg", "tolvaptan")], None),
    ("non-doses", _T + "NCT02666651:brief_summary", "After discharge subjects will be followed for 6 months (3 visits).", None,
     [], None),
    ("agents", _T + "NCT02666703:arm", "In the corticosteroid group (20 patients), 1 gram of methylprednisolone will be added in the priming solution of CPB machine.", None,
     [D(1, "g", "methylprednisolone")], None),
    ("non-doses", _T + "NCT02666703:arm", "An additional roller pump will drive the blood through the filter with a constant flow of 400 ml/min (max flow).", None,
     [], None),
]


HOLDOUT34: list[Row] = [
    # ------------------------------------------------------------------ NCT0302xxxx
    ("units", _T + "NCT03026504:arm", "4 milligrams oral Baricitinib daily for 52 weeks", None,
     [D(4, "mg", "Baricitinib")], None),
    ("amounts", _T + "NCT03026504:detailed_description", "tolerability of baricitinib (4 mg daily, oral, for 52 weeks) in addition to a standardized\n      glucocorticoid taper.", None,
     [D(4, "mg", "baricitinib")], None),
    ("non-doses", _T + "NCT03026504:brief_summary", "participants continue to take one tablet of baricitinib daily for 52 weeks.", None,
     [], None),
    ("agents", _T + "NCT03026517:arm", "cohorts of patients will be treated with standard dose Dabrafenib (150 mg PO BID) plus Trametinib (2 mg PO QD) and increasing doses of Phenformin.", None,
     [D(150, "mg", "Dabrafenib"), D(2, "mg", "Trametinib")], None),
    ("agents", _T + "NCT03026517:arm", "The maximally tolerated Phenformin dose was determined to be 100 mg BID.", None,
     [D(100, "mg", "Phenformin")], None),
    # ------------------------------------------------------------------ NCT0382xxxx
    ("scientific", _T + "NCT03826498:intervention", "CB-MNC injection from different donors. One dose consist 20-50 mil MNC/kg.", "CP CB-MNC injection",
     [D((2e7, 5e7), "cells/kg", "MNC")], None),
    ("amounts", _T + "NCT03826524:arm", "Epinephrine up to 2mg total", None,
     [D(2, "mg", "Epinephrine")], None),
    ("units", _T + "NCT03826524:intervention", "Epinephrine 1mg 1:10000 (10cc) per dose", "Epinephrine",
     [D(1, "mg", "Epinephrine"), D(10, "mL", "Epinephrine")], None),
    ("amounts", _T + "NCT03826524:detailed_description", "epinephrine (low dose epinephrine, up to 2mg total) or a standard cumulative dose of\n      epinephrine (standard dose epinephrine, up to 8mg total) in a 1:1 fashion.", None,
     [D(2, "mg", "epinephrine"), D(8, "mg", "epinephrine")], None),
    # ------------------------------------------------------------------ NCT0412xxxx
    ("schedules", _T + "NCT04126525:arm", "pyrotinib 400mg qd trastuzumab 4mg/kg loading dose, then 2mg/kg qw palitaxel 80mg/m^2, d1, 8, 15, 22 cisplatin 25mg/m^2, d1, 8, 15 every 28 days", None,
     [D(400, "mg", "pyrotinib"), D(4, "mg/kg", "trastuzumab"), D(2, "mg/kg", "trastuzumab"),
      D(80, "mg/m2", "palitaxel", days=[1, 8, 15, 22]), D(25, "mg/m2", "cisplatin", days=[1, 8, 15])], None),
    ("amounts", _T + "NCT04126538:arm", "Patients with chronic kidney disease take pirfenidone capsule 400mg once orally", None,
     [D(400, "mg", "pirfenidone")], None),
    ("amounts", _T + "NCT04126538:intervention", "In the patient group, pirfenidone capsule was taken orally once for 400mg", "pirfenidone capsule",
     [D(400, "mg", "pirfenidone")], None),
    # ------------------------------------------------------------------ NCT0342xxxx
    ("non-doses", _T + "NCT03426540:arm", "intravitreal conbercept (10 mg/mL, 0.5 mg) immediately after surgery", None,
     [D(0.5, "mg", "conbercept")], None),
    ("non-doses", _T + "NCT03426540:intervention", "Three-port 25-G PPV was performed in all patients using a Constellation system.", "Conbercept",
     [], None),
    ("non-doses", _T + "NCT03426540:intervention", "Patients in the treatment group received an intravitreal injection of conbercept (10 mg/mL, 0.5 mg) using a sterile technique after 25-G vitrectomy.", "Conbercept",
     [D(0.5, "mg", "conbercept")], None),
    ("non-doses", _T + "NCT03826550:arm", "Diclofenac Sodium Gel 3%, dosed twice daily for 60 days.", None,
     [], None),
    ("non-doses", _T + "NCT03826550:intervention", "Twice daily for 60 days. Each patient is expected to receive 120 doses", "Diclofenac Sodium Gel",
     [], None),
    ("ranges", _T + "NCT03826563:arm", "Subjects will receive oral melatonin tablets 2.5-10mg nightly for 2 weeks.", None,
     [D((2.5, 10), "mg", "melatonin")], None),
    ("amounts", _T + "NCT03826563:arm", "All will receive melatonin 5mg for one week, then at the 1 week visit, the dose can be continued at 5mg or adjusted to 2.5mg or 10mg nightly based on clinical assessment of patient response and side effects.", None,
     [D(5, "mg", "melatonin"), D(2.5, "mg", "melatonin"), D(10, "mg", "melatonin")], None),
    ("ranges", _T + "NCT03826563:detailed_description", "Participants will take melatonin (or placebo) at the same time every evening for 2\n      weeks (final dose range 2.5-10 mg nightly).", None,
     [D((2.5, 10), "mg", "melatonin")], None),
    # ------------------------------------------------------------------ NCT0322xxxx
    ("units", _T + "NCT03226574:arm", "Epidural injection of 1.5mL/min RTX under the guidance of epidurogram.", None,
     [D(1.5, "mL/min", "RTX")], None),  # unsure: an injection rate, read as the table reads "1,5 µg/min of IV CGRP"
    ("levels", _T + "NCT03226574:intervention", "single dose (0.4, 1, 2, 4, 8,15, 25 or 35 mcg), epidural injection", "Resiniferatoxin",
     [D(0.4, "ug", "Resiniferatoxin"), D(1, "ug", "Resiniferatoxin"), D(2, "ug", "Resiniferatoxin"), D(4, "ug", "Resiniferatoxin"),
      D(8, "ug", "Resiniferatoxin"), D(15, "ug", "Resiniferatoxin"), D(25, "ug", "Resiniferatoxin"), D(35, "ug", "Resiniferatoxin")], None),
    ("agents", _T + "NCT03826589:arm", "Avelumab: IV treatment; administered at 10 mg/kg IV every two weeks in a 4-weekly cycle up to 12 cycles", None,
     [D(10, "mg/kg", "Avelumab")], None),
    ("agents", _T + "NCT03826589:arm", "Axitinib: Oral treatment; administered at 5 mg PO BID in a 4-weekly cycle up to 12 cycles", None,
     [D(5, "mg", "Axitinib")], None),
    ("non-doses", _T + "NCT03826589:intervention", "a tyrosine kinase inhibitor that also inhibits VEGF receptor 1-3, c-KIT and PDGFR", "Axitinib",
     [], None),
    # ------------------------------------------------------------------ NCT0412xxxx
    ("levels", _T + "NCT04126590:arm", "KN044 0.03 mg/kg dose group,once every 3 weeks", None,
     [D(0.03, "mg/kg", "KN044")], None),
    ("levels", _T + "NCT04126590:intervention", "Sequential assignment of Patient cohorts to one of five dose levels of KN044: 0.03mg/kg,0.3 mg/kg,1 mg/kg,3 mg/kg,6 mg/kg,10 mg/kg.", "KN044",
     [D(0.03, "mg/kg", "KN044"), D(0.3, "mg/kg", "KN044"), D(1, "mg/kg", "KN044"), D(3, "mg/kg", "KN044"),
      D(6, "mg/kg", "KN044"), D(10, "mg/kg", "KN044")], None),
    ("levels", _T + "NCT04126590:detailed_description", "KN044 will be\n      antimedical intravenously over 30 minutes with planned doses of 0.03, 0.1, 0.3, 1, 3, 6,10\n      mg/kg Once every 3 weeks for first 4 doses", None,
     [D(0.03, "mg/kg", "KN044"), D(0.1, "mg/kg", "KN044"), D(0.3, "mg/kg", "KN044"), D(1, "mg/kg", "KN044"),
      D(3, "mg/kg", "KN044"), D(6, "mg/kg", "KN044"), D(10, "mg/kg", "KN044")], None),
    ("units", _T + "NCT04126603:intervention", "0.25mg/week for week 0 - 4 , then increasing to 0.5mg/week for weeks 5 - 8, then 1 mg/week for week 9 - 24 weeks", "Semaglutide",
     [D(0.25, "mg/week", "Semaglutide"), D(0.5, "mg/week", "Semaglutide"), D(1, "mg/week", "Semaglutide")], None),
    ("amounts", _T + "NCT04126603:brief_summary", "If eligible, subject\n      will be enrolled into one of two study Arms, active semaglutide 1 mg or Placebo.", None,
     [D(1, "mg", "semaglutide")], None),
    ("non-doses", _T + "NCT04126603:brief_summary", "At visit 1 and visit 3, fat biopsy will be done on the belly area to\n      acquire 2-3 grams of fat tissue.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0342xxxx
    ("units", _T + "NCT03426592:arm", "Vitamin D3, 10000 Intl Units Oral Capsule, daily for 6 months", None,
     [D(10000, "IU", "Vitamin D3")], None),
    ("non-doses", _T + "NCT03426592:intervention", "All participants will be advised to achieve 1 gram daily dietary calcium intake whilst on study.", "Vitamin D3, 10000 Intl Units Oral Capsule",
     [], None),
    # ------------------------------------------------------------------ NCT0372xxxx
    ("agents", _T + "NCT03726593:arm", "All volunteers with P.f monoinfection will receive single dose of primaquine (PQ) (15 mg) for transmission blocking.", None,
     [D(15, "mg", "primaquine")], None),
    ("agents", _T + "NCT03726593:arm", "All volunteers with P.f monoinfection receive single dose of PQ (15 mg) for transmission blocking", None,
     [D(15, "mg", "PQ")], None),
    ("non-doses", _T + "NCT03726593:arm", "Artesunate-pyronaridine, once daily for three days, following standard weight-based dosing per drug label.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0382xxxx
    ("amounts", _T + "NCT03826602:intervention", "150mg administered orally twice daily", "Tucatinib",
     [D(150, "mg", "Tucatinib")], None),
    ("amounts", _T + "NCT03826602:intervention", "850mg administered orally", "Metformin",
     [D(850, "mg", "Metformin")], None),
    ("amounts", _T + "NCT03826602:intervention", "1500 mg administered intravenously (IV)", "Iohexol",
     [D(1500, "mg", "Iohexol")], None),
    ("levels", _T + "NCT03426605:arm", "Open label LAM-003 at three increasing dose levels of 200, 300 and 450 mg.", None,
     [D(200, "mg", "LAM-003"), D(300, "mg", "LAM-003"), D(450, "mg", "LAM-003")], None),
    ("amounts", _T + "NCT03826615:intervention", "Patients receive gabapentin 100mg orally for 3 times a day during the period of first and second cataract operations", "Gabapentin",
     [D(100, "mg", "gabapentin")], None),
    ("non-doses", _T + "NCT03826628:arm", "Rapamycin cream topical, 0.5% w/w, applied once daily before bed on affected area for 26 weeks", None,
     [], None),
    ("non-doses", _T + "NCT03826628:detailed_description", "The efficacy and safety of a topical rapamycin cream at two strengths (0.5% and 1.0%) will be\n      assessed during a 26 week double-blind treatment phase", None,
     [], None),
    ("agents", _T + "NCT03826641:intervention", "Dapagliflozin/Metformin (Xigduo XR) 10/1000mg", "HCP1805",
     [D(10, "mg", "Dapagliflozin"), D(1000, "mg", "Metformin")], None),
    ("agents", _T + "NCT03826641:intervention", "Dapagliflozin/Metformin 10/1000mg", "HCP1801",
     [D(10, "mg", "Dapagliflozin"), D(1000, "mg", "Metformin")], None),
    ("amounts", _T + "NCT04126668:arm", "Period 1: administration of CM082 200 mg at 7:30am, without the breakfast", None,
     [D(200, "mg", "CM082")], None),
    ("amounts", _T + "NCT04126668:intervention", "The two groups of subjects were given an equal dose of CM082 tablet (200 mg) after a single cross-over fasting or high-fat high-calorie diet in two different test cycles", "CM082 with fed or fasting",
     [D(200, "mg", "CM082")], None),
    ("amounts", _T + "NCT04126681:arm", "HQP1351 40 mg, taken orally once every other day of a 28-day cycle", None,
     [D(40, "mg", "HQP1351")], None),
    ("non-doses", _T + "NCT04126681:intervention", "HQP1351 is a new, bioavailable inhibitor against BCRABLWT and a broad spectrum of BCR-ABL mutants including BCR-ABLT315I", "HQP1351",
     [], None),
    ("units", _T + "NCT03226691:arm", "Plerixafor at a single dose of 240 microgram/kg", None,
     [D(240, "ug/kg", "Plerixafor")], None),
    ("amounts", _T + "NCT04126707:intervention", "Orally, single dose of 30mg", "[14C] HQP1351",
     [D(30, "mg", "[14C] HQP1351")], None),
    ("agents", _T + "NCT04126720:arm", "topical Corticosteroid (Kenacort A Orabase: triamcinolone acetonide 0.1% 5 gram adhesive paste - Dermapharm) four times daily and Vitamin E capsule (Vitamin E 400: 400 mg vitamin E capsules - Pharopharmaceuticles) daily.", None,
     [D(400, "mg", "vitamin E")], None),  # unsure: "5 gram adhesive paste" read as the pack size, not an applied amount
    ("non-doses", _T + "NCT04126720:arm", "topical Corticosteroid (Kenacort A Orabase: triamcinolone acetonide 0.1% 5 gram adhesive paste - Dermapharm) four times daily and placebo capsule daily", None,
     [], None),  # unsure: as above, 5 gram is the pack size
    ("agents", _T + "NCT04126720:detailed_description", "The intervention was 0.1% triamcinolone acetonide adhesive paste (Kenacort A Orabase -\n      Dermapharm) and 400 mg Vitamin E capsule (Vitamin E 400 - Pharopharmaceuticles) for the\n      experimental group", None,
     [D(400, "mg", "Vitamin E")], None),
    # ------------------------------------------------------------------ further phrases of records above
    ("amounts", _T + "NCT04126538:arm", "Healthy subjects take pirfenidone capsule 400mg once orally", None,
     [D(400, "mg", "pirfenidone")], None),
    ("non-doses", _T + "NCT04126668:arm", "Period 1: administration of CM082 200 mg at 7:30am, 30 minutes after the breakfast", None,
     [D(200, "mg", "CM082")], None),
    ("non-doses", _T + "NCT03426592:intervention", "Eligible study participants will be randomized 1:1 to vitamin D or placebo one capsule daily from week 0 to week 24.", "Vitamin D3, 10000 Intl Units Oral Capsule",
     [], None),
    ("non-doses", _T + "NCT03026517:arm", "The dose-expansion cohort will enroll up to 10 patients", None,
     [], None),
    ("amounts", _T + "NCT03426722:arm", "L-carnitine 500mg three times daily (per oral)", None,
     [D(500, "mg", "L-carnitine")], None),
    ("agents", _T + "NCT03426722:arm", "Placebo 500mg three times daily (per oral)", None,
     [D(500, "mg", "Placebo")], None),  # unsure: a placebo's stated amount, agent "Placebo"
    ("amounts", _T + "NCT03426722:intervention", "If symptoms continue after treatment, dose escalation in L-carnitine group by 1000mg TID (PO).", "L-carnitine",
     [D(1000, "mg", "L-carnitine")], None),
]


HOLDOUT35: list[Row] = [
    # ------------------------------------------------------------------ NCT0118xxxx
    ("amounts", _T + "NCT01186497:intervention", "The contents of 2 rabeprazole sprinkle capsules equivalent to 10 mg rabeprazole sodium sprinkled on 1 tablespoon of applesauce (Treatment C) on Day 1.", "Rabeprazole sodium: Treatment C",
     [D(10, "mg", "rabeprazole sodium", days=[1])], None),
    ("units", _T + "NCT01186497:intervention", "The contents of 2 rabeprazole sprinkle capsules containing 10 mg rabeprazole sodium mixed with 5 mL (1 teaspoon) of formula milk (Treatment D) on Day 1.", "Rabeprazole sodium: Treatment D",
     [D(10, "mg", "rabeprazole sodium", days=[1])], None),  # unsure: 5 mL of formula milk read as a dosing vehicle (like a diluent), not a dose
    ("agents", _T + "NCT01186497:detailed_description", "be administered the contents from 2 capsules equivalent to 10 mg of rabeprazole sodium mixed\n      with a strawberry-flavored vehicle reconstituted with water or a vehicle tablet reconstituted\n      with water (Treatments A and E, respectively)", None,
     [D(10, "mg", "rabeprazole sodium")], None),
    ("units", _T + "NCT01186549:arm", "groups (33 patients per group): lidocaine 0.5 mg/kg(L) ,ephedrine 30micrograms/kg (E30)ephedrine 70micrograms/kg(E70),lidocaine0.5mg/kg -ephedrine30 micrograms/kg(LE) or 2ml saline (S)intravenously.", None,
     [D(0.5, "mg/kg", "lidocaine"), D(30, "ug/kg", "ephedrine"), D(70, "ug/kg", "ephedrine"), D(2, "mL", "saline")], None),  # unsure: LE group repeats lidocaine 0.5 mg/kg and ephedrine 30 ug/kg, listed once (same amount, unit, agent)
    ("amounts", _T + "NCT01186549:intervention", "After one minute propofol 2 mg/kg into a dorsal hand vein was injected", "lidocaine 0.5mg/kg",
     [D(2, "mg/kg", "propofol")], None),
    ("non-doses", _T + "NCT01186549:brief_summary", "Methods: 165 adult patients, aged 20 to 60 yr, Patients were randomly allocated to one of 5\n      groups (33 patients per group)", None,
     [], None),
    ("amounts", _T + "NCT01186562:intervention", "100 mg PO daily", "Sitagliptin",
     [D(100, "mg", "Sitagliptin")], None),
    ("amounts", _T + "NCT01186588:intervention", "One 300-mg dose of canagliflozin on Day 1", "Canagliflozin",
     [D(300, "mg", "canagliflozin", days=[1])], None),
    ("non-doses", _T + "NCT01186588:detailed_description", "Blood and urine\n      samples for analyses of canagliflozin and metabolites (M7 and M5) will be collected from\n      study participants at specified time points up to 120 hours (blood) and 48 hours (urine)", None,
     [], None),
    ("schedules", _T + "NCT01186588:detailed_description", "On Day 1 of the study, a single 300 mg dose of canagliflozin will be orally administered to\n      study participants after a fasting period of at least 10 hours", None,
     [D(300, "mg", "canagliflozin", days=[1])], None),
    ("units", _T + "NCT01186601:intervention", "A radioactive dose of 300 MBq of the study drug with a total quantity of </= 0.1 mg will be administered as slow intravenous bolus injection over up to 60 seconds", "PET tracer (BAY94-9392)",
     [D(300, "MBq", "PET tracer (BAY94-9392)"), D(0.1, "mg", "PET tracer (BAY94-9392)")], None),  # unsure: "</= 0.1 mg" kept as 0.1 mg like the table's "less than 10 mCi" -> 10 mCi
    ("units", _T + "NCT01186601:brief_summary", "The investigational drug will be given as a single administration in a dose of </= 0.1 mg\n      BAY94-9392 (300 MBq, +/- 10%).", None,
     [D(0.1, "mg", "BAY94-9392"), D(300, "MBq", "BAY94-9392")], None),
    # ------------------------------------------------------------------ NCT0148xxxx
    ("units", _T + "NCT01486550:intervention", "7,5 ml/kg in the first hour and then 5 ml/kg minimum", "Voluven (Hydroxyethyl starch 130/0,4)",
     [D(7.5, "mL/kg", "Voluven (Hydroxyethyl starch 130/0,4)"), D(5, "mL/kg", "Voluven (Hydroxyethyl starch 130/0,4)")], None),
    ("units", _T + "NCT01486550:intervention", "7,5 ml/kg in the first hour and then 5 ml/kg", "Sodium Chloride 9mg/ml",
     [D(7.5, "mL/kg", "Sodium Chloride 9mg/ml"), D(5, "mL/kg", "Sodium Chloride 9mg/ml")], None),
    ("non-doses", _T + "NCT01486550:detailed_description", "by measurements of vasoactive hormones in the blood after administration of HES\n      130/0.4", None,
     [], None),
    ("units", _T + "NCT01486576:arm", "Patients will receive minimum 7,5 ml/kg in the first hour of the surgery and 5 ml/kg in the subsequent hours.", None,
     [D(7.5, "mL/kg"), D(5, "mL/kg")], None),
    ("amounts", _T + "NCT01486602:arm", "Patients will receive paclitaxel 45 mg/m^2 by IV over 1 hour weekly followed by carboplatin AUC 2 by IV over 30-60 minutes for 4 weeks (there will be no chemotherapy during Cycle 3).", None,
     [D(45, "mg/m2", "paclitaxel")], None),
    ("amounts", _T + "NCT01486602:arm", "Four weeks following the end of radiotherapy patients will receive paclitaxel 200 mg/m^2 by IV over 3 hours followed by carboplatin AUC 6 by IV over 30-60 minutes on day 1 of each 21 day cycle for a total of 2 cycles (days 1 and 22).", None,
     [D(200, "mg/m2", "paclitaxel")], None),
    ("non-doses", _T + "NCT01486602:detailed_description", "CONCURRENT THERAPY: Patients receive paclitaxel IV over 1 hour and carboplatin IV over 30-60\n      minutes on days 1 and 8.", None,
     [], None),
    ("agents", _T + "NCT01486615:arm", "Premedication with 3 mg melatonin and 0.5 mg alprazolam (Stresnil) tablet orally 1-2 hrs prior to anesthesia", None,
     [D(3, "mg", "melatonin"), D(0.5, "mg", "alprazolam")], None),
    ("amounts", _T + "NCT01486615:intervention", "0.5 mg alprazolam", "(alprax) alprazolam",
     [D(0.5, "mg", "alprazolam")], None),
    ("non-doses", _T + "NCT01486615:detailed_description", "Patients will be asked to take the study medication\n      orally with 15 ml of plain water according to the group assignment", None,
     [], None),
    # ------------------------------------------------------------------ NCT0178xxxx
    ("amounts", _T + "NCT01786512:intervention", "Oral omecamtiv mecarbil dose of 25 mg BID for 8 weeks followed by 50-mg BID for 12 weeks", "Omecamtiv Mecarbil",
     [D(25, "mg", "omecamtiv mecarbil"), D(50, "mg", "omecamtiv mecarbil")], None),
    ("schedules", _T + "NCT01786538:intervention", "FOLFOX consisted of oxaliplatin 85 mg/m2 on D1, leucovorin 400 mg/m2 on D1, 5-fluorouracil 400 mg/m2 intravenous bolus on D1 and 5-fluorouracil 1200 mg/m2/day continuous infusion on D1-2 (2400 mg/m2 for 46 hours).", "Regorafenib/FOLFOX",
     [D(85, "mg/m2", "oxaliplatin", days=[1]), D(400, "mg/m2", "leucovorin", days=[1]), D(400, "mg/m2", "5-fluorouracil", days=[1]),
      D(1200, "mg/m2/day", "5-fluorouracil", days=[1, 2]), D(2400, "mg/m2", "5-fluorouracil")], None),
    ("schedules", _T + "NCT01786538:intervention", "Regorafenib will be administered 160 mg/day given orally on D4-10 (7 days per each cycle of FOLFOX).", "Regorafenib/FOLFOX",
     [D(160, "mg/day", "Regorafenib", days=list(range(4, 11)))], None),
    ("schedules", _T + "NCT01786538:brief_summary", "the dose of\n      regorafenib was fixed; 160 mg/day on days 4 to 10 (7 days per cycle when combined with FOLFOX\n      or FOLFIRI).", None,
     [D(160, "mg/day", "regorafenib", days=list(range(4, 11)))], None),
    ("amounts", _T + "NCT01786551:intervention", "50 mg daily for 14 days", "Eplerenone",
     [D(50, "mg", "Eplerenone")], None),
    ("agents", _T + "NCT01786551:brief_summary", "followed by a two-week treatment with 50 mg eplerenone.", None,
     [D(50, "mg", "eplerenone")], None),
    ("non-doses", _T + "NCT01786551:brief_summary", "Participants will include normal-weight, healthy males (Body Mass Index (BMI) ≤ 25 kg/m^2)\n      between the ages of 18-45", None,
     [], None),
    ("amounts", _T + "NCT01786603:arm", "Rasagiline 1mg administered orally as a 2mg single dose once daily for 12 months.", None,
     [D(1, "mg", "Rasagiline"), D(2, "mg", "Rasagiline")], None),  # unsure: 1mg read as the unit (tablet) strength, 2mg as the dose; both listed
    ("amounts", _T + "NCT01786603:intervention", "Rasagiline 2mg once a day for 12 months.", "Rasagiline",
     [D(2, "mg", "Rasagiline")], None),
    ("units", _T + "NCT01786603:detailed_description", "The study is a phase II, double-blind, placebo-controlled, multicenter study of rasagiline\n      2mg/day.", None,
     [D(2, "mg/day", "rasagiline")], None),
    # ------------------------------------------------------------------ NCT0208xxxx
    ("agents", _T + "NCT02086487:arm", "Patients diagnosed with chronic myeloid leukemia receiving treatment of Imatinib 400 mg but show sub-optimal response on Imatinib therapy as per the ELN 2013 guidelines will be switched to Nilotinib 300 mg twice daily and will be assessed for timely.", None,
     [D(400, "mg", "Imatinib"), D(300, "mg", "Nilotinib")], None),
    ("non-doses", _T + "NCT02086487:arm", "BCR-ABL1 transcript level ≤ 10% at 3 months;", None,
     [], None),
    ("amounts", _T + "NCT02086487:arm", "Failure and thus, stopping nilotinib will be considered if any of above milestones happened while on the 400mg twice daily dose.", None,
     [D(400, "mg", "nilotinib")], None),
    ("units", _T + "NCT02086500:arm", "1 gram of Tranexamic Acid will be given during emergency medical transport", None,
     [D(1, "g", "Tranexamic Acid")], None),
    ("units", _T + "NCT02086500:intervention", "1 gram of prehospital Tranexamic Acid", "Tranexamic Acid",
     [D(1, "g", "Tranexamic Acid")], None),
    ("units", _T + "NCT02086500:brief_summary", "The purpose of this study is to determine if 1 gram of prehospital tranexamic acid given\n      during emergency medical transport to a level 1 trauma center in patients at risk of\n      hemorrhage is associated with lower 30 day mortality.", None,
     [D(1, "g", "tranexamic acid")], None),
    ("levels", _T + "NCT02086513:arm", "LDE225 will be administered orally, on a continuous once daily dosing schedule at a dose of 200 mg, 400 mg, 600 mg, or 800 mg depending on the specific cohort.", None,
     [D(200, "mg", "LDE225"), D(400, "mg", "LDE225"), D(600, "mg", "LDE225"), D(800, "mg", "LDE225")], None),
    ("amounts", _T + "NCT02086513:arm", "Starting dose 200 mg daily for a 28 day cycle.", None,
     [D(200, "mg")], None),
    ("non-doses", _T + "NCT02086513:detailed_description", "has not responded sufficiently to\n      systemic corticosteroids (dose of at least 0.25 mg/kg/day of ideal body weight)", None,
     [], None),  # unsure: an eligibility threshold of prior steroid dose, read like the table's "a daily protein intake of <0.8 g/kg/day"
    ("amounts", _T + "NCT02086526:arm", "Metformin 500 mg. extended release (taken orally) one tablet with evening meal for one week, one tablet with morning and evening meal for one week, and one tablet at all three meals for the next three months.", None,
     [D(500, "mg", "Metformin")], None),
    ("amounts", _T + "NCT02086526:arm", "this arm will return after three months without metformin for a repeat of the baseline study visit prior to initiating metformin 500 mg. extended release (taken orally)", None,
     [D(500, "mg", "metformin")], None),
    ("non-doses", _T + "NCT02086526:intervention", "Approximately 37 patients will start metformin therapy 3 months after their visit 2.", "Metformin",
     [], None),
    ("amounts", _T + "NCT02086591:arm", "Doxycycline 200 mg twice daily", None,
     [D(200, "mg", "Doxycycline")], None),
    ("amounts", _T + "NCT02086591:detailed_description", "We have\n      selected a dose and schedule (200 mg BID by mouth daily) based on maximum antimicrobial dose\n      use", None,
     [D(200, "mg")], None),
    # ------------------------------------------------------------------ NCT0238xxxx
    ("amounts", _T + "NCT02386488:intervention", "10 mg tablet for oral use, single dose", "Vortioxetine 10 mg single dose",
     [D(10, "mg", "Vortioxetine 10 mg single dose")], None),
    ("amounts", _T + "NCT02386488:intervention", "Two 10 mg tablets for oral use, once daily for 14 days.", "Vortioxetine 20 mg multiple dose",
     [D(10, "mg", "Vortioxetine 20 mg multiple dose")], None),  # unsure: tablet strength (10 mg) only; the 20 mg total is not written in the phrase
    ("scientific", _T + "NCT02386501:arm", "Dose/Potency 5 x 108 CFU; 1 x 109 CFU; 5 x 109 CFU; 1 x 1010 CFU", None,
     [D(5e8, "CFU"), D(1e9, "CFU"), D(5e9, "CFU"), D(1e10, "CFU")], None),
    ("scientific", _T + "NCT02386501:detailed_description", "Three dose levels may\n      be evaluated during the dose escalation portion starting with Dose Level 1 at 1 x 109 colony\n      forming units (CFU).", None,
     [D(1e9, "CFU", level="Dose Level 1")], None),
    ("amounts", _T + "NCT02386501:detailed_description", "the 6-month course should consist of ampicillin 500 mg 4 times\n      daily initiated approximately 72 hours following the last dose of study treatment", None,
     [D(500, "mg", "ampicillin")], None),
    ("non-doses", _T + "NCT02386592:arm", "Infection control package consisting of alcohol hand rub hand hygiene (HH), 2% chlorhexidine gluconate (CHG) body washes", None,
     [], None),
    # ------------------------------------------------------------------ NCT0268xxxx
    ("non-doses", _T + "NCT02686619:intervention", "Cyclosporine tablets orally once daily at dose level adapted to maintain concentration at 2 hours after administration (C2): 1000-1500 nanogram per milliliter (ng/mL) during Day 0 to Week 4", "Cyclosporine",
     [], None),
    ("schedules", _T + "NCT02686619:intervention", "Daclizumab 2 milligram (mg) per kilogram (kg) will be administered as intravenous infusion over 15 minute on Day 0 (during the 24 hours preceding renal transplantation) and at a dose of 1 mg/kg on Day14.", "Daclizumab",
     [D(2, "mg/kg", "Daclizumab", days=[0]), D(1, "mg/kg", "Daclizumab", days=[14])], None),
    ("amounts", _T + "NCT02686619:intervention", "Mycophenoate mofetil 1 gram (g) (2*500mg tablets or 4*250mg capsules) will be given twice daily (daily dose of 2 g) orally for 12 months.", "Mycophenoate Mofetil",
     [D(1, "g", "Mycophenoate mofetil"), D(500, "mg", "Mycophenoate mofetil"), D(250, "mg", "Mycophenoate mofetil"), D(2, "g", "Mycophenoate mofetil")], None),  # unsure: tablet/capsule strengths listed as in the table's "two 1.9 mg patches"; "daily dose of 2 g" read as 2 g (table: "daily dose of 5 mg risedronate" -> 5 mg)
    ("ranges", _T + "NCT02686580:intervention", "Permacol cross-linked collagen paste, 2.5-3.5 mls to be injected into the MRI defined fistula tracts 7-10 days following drainage of the anorectal abscess.", "Collagen paste",
     [D((2.5, 3.5), "mL", "Permacol cross-linked collagen paste")], None),
    ("non-doses", _T + "NCT02686580:detailed_description", "a\n      repeat examination under anaesthetic is performed 7-`10 days later when the fistula tract is\n      identified", None,
     [], None),
    ("agents", _T + "NCT02686645:arm", "Vancomycin 125 mg po qid for 7 days or metronidazole 500 mg po tid for 7 days pre-treatment. Loperamide 4 mg po after morning prep and 2 mg post treatment.", None,
     [D(125, "mg", "Vancomycin"), D(500, "mg", "metronidazole"), D(4, "mg", "Loperamide"), D(2, "mg", "Loperamide")], None),
    ("amounts", _T + "NCT02686645:intervention", "The subject will take 4 mg of loperamide after the morning bowel prep (approximately 1 hour prior to the procedure) and 2 mg again after the procedure.", "Loperamide",
     [D(4, "mg", "loperamide"), D(2, "mg", "loperamide")], None),
    ("non-doses", _T + "NCT02686645:detailed_description", "a\n      portion of the donor sample will be stored in at -80 degrees C for future molecular tests", None,
     [], None),
]


HOLDOUT36: list[Row] = [
    # ------------------------------------------------------------------ NCT0239xxxx
    ("schedules", _T + "NCT02396498:arm", "Systemic chemotherapy(SP): Cisplatin: 60mg/m^2, d1 , Intravenous infusion, every 3 weeks. S-1: 40-60mg/m^2 bid, days 1-14, every 3 weeks .", None,
     [D(60, "mg/m2", "Cisplatin", days=[1]), D((40, 60), "mg/m2", "S-1", days=list(range(1, 15)))], None),
    ("ranges", _T + "NCT02396498:arm", "HIPEC was conducted in d1 and d3: Normal saline 2000ml-5000ml, Cisplatin 60mg/m^2, 43°C, 60min. every 3 weeks.", None,
     [D((2000, 5000), "mL", "Normal saline", days=[1, 3]), D(60, "mg/m2", "Cisplatin", days=[1, 3])], None),
    # ------------------------------------------------------------------ NCT0269xxxx
    ("amounts", _T + "NCT02696499:intervention", "40 mg PA101B administered via inhalation twice daily for 7 weeks", "PA101B",
     [D(40, "mg", "PA101B")], None),
    ("non-doses", _T + "NCT02696499:intervention", "Matching placebo administered via inhalation twice daily for 7 weeks", "Placebo",
     [], None),
    # ------------------------------------------------------------------ NCT0119xxxx
    ("amounts", _T + "NCT01196507:arm", "Tablet Carvedilol 12.5 mg BD or maximum tolerated dose", None,
     [D(12.5, "mg", "Carvedilol")], None),
    ("amounts", _T + "NCT01196507:intervention", "Carvedilol will be administered orally at a start dose of 3.125 mg twice daily.", "Carvedilol",
     [D(3.125, "mg", "Carvedilol")], None),
    ("non-doses", _T + "NCT01196507:intervention", "After 1 week, this will increased if systolic blood pressure does not fall below 90 mm Hg.", "Carvedilol",
     [], None),
    # ------------------------------------------------------------------ NCT0209xxxx
    ("non-doses", _T + "NCT02096510:arm", "continuous subcutaneous hydrocortisone infusion (CSHI), Solu-Cortef ® 50mg/ml infusate", None,
     [], None),
    ("amounts", _T + "NCT02096510:arm", "the patient regular treatment by Cortef 5 mg, produced by Nycomed Pharma two times or three times a day.", None,
     [D(5, "mg", "Cortef")], None),
    # ------------------------------------------------------------------ NCT0149xxxx
    ("amounts", _T + "NCT01496521:intervention", "100mg qd for 6 months.", "Aspirin",
     [D(100, "mg", "Aspirin")], None),
    ("units", _T + "NCT01496521:brief_summary", "Participants with USL are randomly assigned to receive 100 mg/d\n      of aspirin (n=200), 100 mg/d of tea polyphenols (n=200), or placebo (n=200) for six months.", None,
     [D(100, "mg/day", "aspirin"), D(100, "mg/day", "tea polyphenols")], None),
    ("non-doses", _T + "NCT01496521:brief_summary", "Research project is planned to recruit\n      10,000 participants with the ages of 40-60 years in Fengfeng city", None,
     [], None),
    # ------------------------------------------------------------------ NCT0179xxxx
    ("amounts", _T + "NCT01796522:arm", "The Nifedipine tablet 60mg administered once daily to week 34 of gestation.", None,
     [D(60, "mg", "Nifedipine")], None),
    ("amounts", _T + "NCT01796522:arm", "The 200mg capsule administered once daily to week 34 of gestation.", None,
     [D(200, "mg")], None),
    ("units", _T + "NCT01796522:brief_summary", "They will be randomized to receive maintenance tocolysis with nifedipine (60 mg /\n      day orally) or progesterone (200 mg / day vaginally) until week 34 of gestation.", None,
     [D(60, "mg/day", "nifedipine"), D(200, "mg/day", "progesterone")], None),
    ("schedules", _T + "NCT01496534:arm", "Gemcitabine 1000 mg/m2 IV on days 1 + 8 Cisplatin 70 mg/m2 IV day 1 Dovitinib given orally on days 1-5, 8-12 and 15-19.", None,
     [D(1000, "mg/m2", "Gemcitabine", days=[1, 8]), D(70, "mg/m2", "Cisplatin", days=[1])], None),
    ("schedules", _T + "NCT01496534:arm", "Gemcitabine 1000 mg/m2 IV on days 1 + 8 Carboplatin AUC 5 IV day 1 Dovitinib given orally on days 1-5, 8-12 and 15-19.", None,
     [D(1000, "mg/m2", "Gemcitabine", days=[1, 8])], None),
    # ------------------------------------------------------------------ NCT0239xxxx
    ("non-doses", _T + "NCT02396537:arm", "Patient to receive 4% lidocaine intranasally prior to midazolam", None,
     [], None),
    ("non-doses", _T + "NCT02396537:arm", "Patient to receive 0.9% Saline intranasally prior to midazolam", None,
     [], None),
    # ------------------------------------------------------------------ NCT0149xxxx
    ("schedules", _T + "NCT01496547:arm", "The intensive chemotherapy is composed of Fludarabine 35mg/m2 D1-5, high-dose cytarabine 2g/m2 D1-5 + idarubicin (12mg/m2) D5-7.", None,
     [D(35, "mg/m2", "Fludarabine", days=list(range(1, 6))), D(2, "g/m2", "cytarabine", days=list(range(1, 6))),
      D(12, "mg/m2", "idarubicin", days=[5, 6, 7])], None),
    ("units", _T + "NCT01496547:arm", "The reduced intensity preparation regimen will start 7 days after the chemotherapy with fludarabine 35mg/m2 for 5 days + iv busulfan 3.2mg/kg/day for 3 days followed by stem cell infusion 2 days later.", None,
     [D(35, "mg/m2", "fludarabine"), D(3.2, "mg/kg/day", "busulfan")], None),
    ("schedules", _T + "NCT01496547:intervention", "The intensive chemotherapy is composed of fludarabine 35mg/m2 + high-dose cytarabine 2g/m2 D1-5 + idarubicin (12mg/m2) D5-7.", "intensive chemo - RIC preparation",
     [D(35, "mg/m2", "fludarabine"), D(2, "g/m2", "cytarabine", days=list(range(1, 6))), D(12, "mg/m2", "idarubicin", days=[5, 6, 7])], None),
    # ------------------------------------------------------------------ NCT0179xxxx
    ("ranges", _T + "NCT01796548:arm", "Oxybutynin chloride 5, 10, 15 milligram (mg) per tablet 10-30 mg per day orally", None,
     [D(5, "mg", "Oxybutynin chloride"), D(10, "mg", "Oxybutynin chloride"), D(15, "mg", "Oxybutynin chloride"),
      D((10, 30), "mg/day", "Oxybutynin chloride")], None),
    ("units", _T + "NCT01796548:detailed_description", "The initial dose of Oxybutynin ER will be 10 milligram (mg) and will\n      be titrated to a maximum of 30 mg.", None,
     [D(10, "mg", "Oxybutynin ER"), D(30, "mg", "Oxybutynin ER")], None),
    ("non-doses", _T + "NCT01796548:detailed_description", "Dosage will be adjusted in 5-mg increments at\n      approximately 14-day intervals until continence is achieved", None,
     [], None),
    # ------------------------------------------------------------------ NCT0119xxxx
    ("units", _T + "NCT01196559:arm", "Vinorelbine 25 \u338e/\u33a1 and Gemcibine1000\u338e/\u33a1 D1, D8 every 3weeks", None,
     [D(25, "mg/m2", "Vinorelbine"), D(1000, "mg/m2", "Gemcibine", days=[1, 8])], None),
    ("units", _T + "NCT01196559:intervention", "Gmcitabine 1000\u338e/\u33a1 mix in normal saline 100ml iv for 30min andVinorelbine 25\u338e/\u33a1 mix in normal saline 50 ml iv for 5-10min on D1 and 8 every 21 days cycle", "Vinorelbine and Gemcitabine",
     [D(1000, "mg/m2", "Gmcitabine"), D(25, "mg/m2", "Vinorelbine", days=[1, 8])], None),
    # ------------------------------------------------------------------ NCT0269xxxx
    ("amounts", _T + "NCT02696564:arm", "At randomization participants will start with a dose of 50mg (one capsule) once a day for 2 weeks.", None,
     [D(50, "mg")], None),
    ("amounts", _T + "NCT02696564:arm", "If this dose is well tolerated and systolic BP is >90 mm Hg and diastolic BP is > 60 mm Hg, the dose will be increased to 100 mg (2 capsules) once a day for the remaining 46 weeks.", None,
     [D(100, "mg")], None),
    ("amounts", _T + "NCT02696564:intervention", "50mg once per day for two weeks,followed by 100mg once per day for 46 weeks if increased dose tolerated", "Losartan",
     [D(50, "mg", "Losartan"), D(100, "mg", "Losartan")], None),
    ("amounts", _T + "NCT02696577:arm", "Received aspirin 81mg once daily for 6 weeks", None,
     [D(81, "mg", "aspirin")], None),
    ("agents", _T + "NCT02696577:arm", "Received aspirin 81mg and omega 3 once daily for 6 weeks.", None,
     [D(81, "mg", "aspirin")], None),
    # ------------------------------------------------------------------ NCT0209xxxx
    ("amounts", _T + "NCT02096588:arm", "Simvastatin will be administered on an outpatient basis orally at a dose of 40 mg once daily.", None,
     [D(40, "mg", "Simvastatin")], None),
    ("non-doses", _T + "NCT02096588:arm", "Treatment will start 7 days prior to the planned doxorubicin/cyclophosphamide chemotherapy initiation and will continue for a total of 25 weeks.", None,
     [], None),
    ("scientific", _T + "NCT02096614:arm", "TBI-1201(5*10^8) single-dose administration with pre-treatment of cyclophosphamide alone.", None,
     [D(5e8, "cells", "TBI-1201")], None),
    ("units", _T + "NCT02096614:intervention", "Cyclophosphamide (750mg/m2/day x 2 days Intravenous (IV)) is administered as pre-treatment medication of TBI-1201", "Cyclophosphamide",
     [D(750, "mg/m2/day", "Cyclophosphamide")], None),
    ("units", _T + "NCT02096614:intervention", "Fludarabine (20mg/m2 x 5 days Intravenous(IV)) is administered as pre-treatment medication of TBI-1201 in combination with cyclophosphamide.", "Fludarabine",
     [D(20, "mg/m2", "Fludarabine")], None),
    ("amounts", _T + "NCT02396628:arm", "Treatment with Ruxolitinib at a dose of 10 mg BID orally addition to BAT according DGHO-Onkopedia guidelines.", None,
     [D(10, "mg", "Ruxolitinib")], None),
    ("agents", _T + "NCT02396628:intervention", "Treatment with Ruxolitinib at a dose of 10 mg BID orally addition to BAT according DGHO-Onkopedia guidelines", "Experimental intervention",
     [D(10, "mg", "Ruxolitinib")], None),
    ("non-doses", _T + "NCT02396628:arm", "Treatment according to DGHO-Onkopedia guidelines for treatment of acute GvHD (as of March 2018). Optional cross over from BAT to Ruxolitinib and BAT in case of lack of response from day 28.", None,
     [], None),
    ("units", _T + "NCT02696642:arm", "Anetumab ravtansine was given at 6.5 mg/kg body weight (BW) as a 1 hour intravenous (IV) infusion once every 3 weeks (Q3W) for subjects with adequate hepatic and renal function.", None,
     [D(6.5, "mg/kg", "Anetumab ravtansine")], None),
    ("units", _T + "NCT02696642:arm", "Anetumab ravtansine was given at 6.5 mg/kg BW as a 1 hour IV infusion Q3W for subjects with mild hepatic impairment (HI).", None,
     [D(6.5, "mg/kg", "Anetumab ravtansine")], None),
    ("units", _T + "NCT02696642:intervention", "All subjects will receive anetumab ravtansine 6.5 mg/kg BW (body weight) once every three weeks", "Anetumab ravtansine (BAY94-9343)",
     [D(6.5, "mg/kg", "anetumab ravtansine")], None),
    # ------------------------------------------------------------------ NCT0179xxxx
    ("non-doses", _T + "NCT01796665:arm", "Clindamycin Phosphate and Benzoyl Peroxide Topical Gel 1.2%/2.5% applied to the affected areas of the face once daily.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0119xxxx
    ("amounts", _T + "NCT01196676:intervention", "1 mg capsules, 5 mg capsules, and 25 mg capsules", "AZD4451",
     [D(1, "mg", "AZD4451"), D(5, "mg", "AZD4451"), D(25, "mg", "AZD4451")], None),
    ("amounts", _T + "NCT01196676:intervention", "1 mg capsules, 5 mg capsules, and 25 mg capsules", "Placebo",
     [D(1, "mg", "Placebo"), D(5, "mg", "Placebo"), D(25, "mg", "Placebo")], None),
    # ------------------------------------------------------------------ NCT0179xxxx
    ("units", _T + "NCT01796678:arm", "100 mg/kg T.I.D 3x a day IV or PO", None,
     [D(100, "mg/kg")], None),
    # ------------------------------------------------------------------ NCT0209xxxx
    ("agents", _T + "NCT02096666:intervention", "Phase 1- AMG 337 150 mg, 200mg and 300 mg orally daily.", "AMG 337",
     [D(150, "mg", "AMG 337"), D(200, "mg", "AMG 337"), D(300, "mg", "AMG 337")], None),
    ("amounts", _T + "NCT02096666:intervention", "Additional 150 mg and 200 mg orally twice daily.", "AMG 337",
     [D(150, "mg", "AMG 337"), D(200, "mg", "AMG 337")], None),
    ("non-doses", _T + "NCT02096666:intervention", "Phase 2- AMG 337 (dose determined by Phase 1)", "AMG 337",
     [], None),
    # ------------------------------------------------------------------ NCT0119xxxx
    ("agents", _T + "NCT01196689:arm", "AZD1981 100 mg twice daily for 6 \u00bd days", None,
     [D(100, "mg", "AZD1981")], None),
    ("amounts", _T + "NCT01196689:intervention", "100 mg tablets", "AZD1981 100 mg twice daily for 61/2 days",
     [D(100, "mg", "AZD1981 100 mg twice daily for 61/2 days")], None),
    ("agents", _T + "NCT01196689:detailed_description", "to assess pharmacokinetics of orally administered AZD1981 tablets 100 mg twice daily for 61/2\n      days.", None,
     [D(100, "mg", "AZD1981")], None),
    # ------------------------------------------------------------------ NCT0149xxxx
    ("levels", _T + "NCT01496690:arm", "The pregabalin dose is 75 mg daily the first week followed by 7 weeks of flexible daily dosing (150, 300, 450 or 600 mg.) depending on tolerability and response.", None,
     [D(75, "mg", "pregabalin"), D(150, "mg", "pregabalin"), D(300, "mg", "pregabalin"), D(450, "mg", "pregabalin"),
      D(600, "mg", "pregabalin")], None),
    ("levels", _T + "NCT01496690:intervention", "The daily pregabalin dose is 75 mg. during the first week followed by 7 weeks of flexible daily dosing (150, 300, 450 or 600 mg.) depending on tolerability and response.", "Pregabalin",
     [D(75, "mg", "pregabalin"), D(150, "mg", "pregabalin"), D(300, "mg", "pregabalin"), D(450, "mg", "pregabalin"),
      D(600, "mg", "pregabalin")], None),
    ("non-doses", _T + "NCT01496690:intervention", "Doses above 150 mg. should be divided in two daily dosages.", "Pregabalin",
     [], None),
]


HOLDOUT37: list[Row] = [
    # ------------------------------------------------------------------ round 1
    ("amounts", _T + "NCT01236495:arm", "spinal morphine 0.2 mg", None,
     [D(0.2, "mg", "morphine")], None),
    ("amounts", _T + "NCT01236495:intervention", "spinal morphine 0.3 mg", "spinal morphine 0.3 mg",
     [D(0.3, "mg", "morphine")], None),
    ("amounts", _T + "NCT01236495:brief_summary", "during the\n      48 hour postoperative period after receiving spinal morphine 0.2 and 0.3 mg.", None,
     [D(0.2, "mg", "morphine"), D(0.3, "mg", "morphine")], None),
    ("ranges", _T + "NCT02936492:arm", "Topical treatment: dose escalating in 9 steps from 0.13 mg to 61.7 mg per subject", None,
     [D((0.13, 61.7), "mg")], None),
    ("amounts", _T + "NCT02936492:arm", "Topical treatment using 16.5 mg of clobetasol propionate per subject", None,
     [D(16.5, "mg", "clobetasol propionate")], None),
    ("non-doses", _T + "NCT02936492:intervention", "Topical administration for 22 h per day", "BAY1003803 0.01% lipophilic cream",
     [], None),
    ("ranges", _T + "NCT02936505:intervention", "Cyclosporin A given orally pretransplant in the dose of 2-3 mg/kg.\nContinued postop day 1 in the dose of 3mg/kgx2", "Cyclosporine",
     [D((2, 3), "mg/kg", "Cyclosporin A"), D(3, "mg/kg", "Cyclosporin A")], None),
    ("units", _T + "NCT02936505:intervention", "MMF target dose: 2000 mg/day (1gx2)", "Mycophenolate mofetil (MMF)",
     [D(2000, "mg/day", "MMF"), D(1, "g", "MMF")], None),
    ("non-doses", _T + "NCT02936505:intervention", "Continued postop day 1 according to local practice and blood concentration: 0-3 months 10-14, 3-6 months 8-12, 6-12 months 8-10, >12 months 6-8 ng/ml.", "Tacrolimus",
     [], None),
    ("amounts", _T + "NCT01836523:intervention", "Subjects randomised to 0.6 mg liraglutide treatment or liraglutide placebo as an add-on to their pre-trial insulin treatment will remain on this dose throughout the study (52 weeks).", "liraglutide",
     [D(0.6, "mg", "liraglutide")], None),
    ("non-doses", _T + "NCT02336516:arm", "ZITHROMAX ® 40mg/ml solution. DCI : Azithromycin . Pfizer ®", None,
     [], None),
    ("units", _T + "NCT02336516:intervention", "20mg/kg dose with a maximum dose of 500mg per day for three days", "Azithromycin",
     [D(20, "mg/kg", "Azithromycin"), D(500, "mg/day", "Azithromycin")], None),
    ("amounts", _T + "NCT01236534:intervention", "24 mcg twice daily for 21 days.", "Lubiprostone",
     [D(24, "ug", "Lubiprostone")], None),
    ("non-doses", _T + "NCT01236534:intervention", "matching placebo twice daily for 21 days.", "Placebo",
     [], None),
    ("units", _T + "NCT01536535:intervention", "Mesalazine (Pentasa) comes in 500mg capsules, and doses will need to be rounded to the nearest 500mg increment, with a maximum dose of 76 mg/kg/day.", "Mesalazine",
     [D(500, "mg", "Mesalazine"), D(76, "mg/kg/day", "Mesalazine")], None),
    ("units", _T + "NCT01536535:intervention", "The average dose for the pediatric population will be approximately 70 mg/kg/day.", "Mesalazine",
     [D(70, "mg/kg/day", "Mesalazine")], None),
    ("ranges", _T + "NCT01536535:arm", "Immunomodulator or biologic therapy: thiopurine then dosing of azathioprine:2.5-3 mg/kg/day; 6-MP at 1-1.5 mg/kg/day", None,
     [D((2.5, 3), "mg/kg/day", "azathioprine"), D((1, 1.5), "mg/kg/day", "6-MP")], None),
    ("agents", _T + "NCT02336529:arm", "Ultrasound guided injection of bupivacain, 10mL, 0.5% in proximity of the ICBN", None,
     [D(10, "mL", "bupivacain")], None),
    ("agents", _T + "NCT02336529:arm", "Ultrasound guided injection of bupivacain, 20mL, 0.25% in the tenderpoint", None,
     [D(20, "mL", "bupivacain")], None),
    ("agents", _T + "NCT02336529:arm", "Ultrasound guided injection of NaCl, 10mL in proximity of the ICBN", None,
     [D(10, "mL", "NaCl")], None),
    ("units", _T + "NCT01236547:arm", "IMRT 5 days per week for 6.5 weeks (total of 66 Gy in 33 fractions)", None,
     [D(66, "Gy", "IMRT")], None),
    ("non-doses", _T + "NCT01236547:arm", "Beginning 25-31 days after the completion of IMRT, patients receive paclitaxel IV over 1 hour once weekly and pazopanib hydrochloride PO QD.", None,
     [], None),
    ("units", _T + "NCT01236560:arm", "receive vorinostat at 230 mg/m2/day. In the event of 2 or more DLTs, participants will de-escalate to vorinostat at 180 mg/m2/day.", None,
     [D(230, "mg/m2/day", "vorinostat"), D(180, "mg/m2/day", "vorinostat")], None),
    ("schedules", _T + "NCT01236560:arm", "Patients receive Maintenance therapy of bevacizumab 10mg/kg/dose every 2 weeks and temozolomide 200 mg/m2/dose Days 1-5", None,
     [D(10, "mg/kg", "bevacizumab"), D(200, "mg/m2", "temozolomide", days=[1, 2, 3, 4, 5])], None),
    ("non-doses", _T + "NCT01236560:arm", "Patients undergo RT as in the feasibility arm and receive temozolomide PO once daily for 42 days by day 5 of RT.", None,
     [], None),
    ("scientific", _T + "NCT01836562:intervention", "Intra thecal inj.of 100 millions MNC in 3 doses at 10 days interval.", "STEM CELL THERAPY",
     [D(1e8, "cells", "MNC")], None),
    ("schedules", _T + "NCT02336555:arm", "participants were orally administered 10 mg MK-8291 once daily on Days 1 and 2, twice daily on Days 3 to 27, and once daily on Day 28 of the period.", None,
     [D(10, "mg", "MK-8291", days=list(range(1, 29)))], None),
    ("non-doses", _T + "NCT02336555:arm", "After Treatment Period 1, participants were to undergo a minimum of a 7-day Washout Period", None,
     [], None),
    ("non-doses", _T + "NCT02936544:arm", "Each test site area is divided into test sub site areas that are approximately at least 0.5 cm*2.", None,
     [], None),
    ("amounts", _T + "NCT02936544:intervention", "Each 50 cm*2 test site area of a subject requires 100 mg of a test material", "BAY987521",
     [D(100, "mg", "BAY987521")], None),
    ("amounts", _T + "NCT01536574:arm", "Ropinirole PR tablets of 2.0 mg, 4.0mg and 8.0 mg", None,
     [D(2, "mg", "Ropinirole PR"), D(4, "mg", "Ropinirole PR"), D(8, "mg", "Ropinirole PR")], None),
    ("amounts", _T + "NCT01536574:intervention", "Eligible patients will be dispensed medication to uptitrate their REQUIP PR dose (2, 4, 6, 8mg respectively) during the first 4 weeks of treatment.", "Requip PR",
     [D(2, "mg", "REQUIP PR"), D(4, "mg", "REQUIP PR"), D(6, "mg", "REQUIP PR"), D(8, "mg", "REQUIP PR")], None),
    ("non-doses", _T + "NCT01536574:intervention", "During the 24 week treatment phase, the subjects dose will be adjusted according to the recommended schedule to achieve symptomatic control.", "Requip PR",
     [], None),
    ("units", _T + "NCT01836575:arm", "Pemetrexed, 500mg/m2 + appropriate vitamin supplementation + Carboplatin [Target AUC 5 IV infusion,based on Calvert formula", None,
     [D(500, "mg/m2", "Pemetrexed")], None),
    ("agents", _T + "NCT01836575:intervention", "Pemetrexed, 500 mg/m2 + Pretreatment [dexamethasone + vitamin B12 + folic acid, as per pemetrexed label]", "Pemetrexed",
     [D(500, "mg/m2", "Pemetrexed")], None),
    ("non-doses", _T + "NCT01836575:intervention", "Carboplatin [Target AUC 5 IV infusion,based on Calvert formula,GFR estimated using estimated creatinine clearance per Cockcroft and Gault formula, obtained prior to each cycle].", "Carboplatin",
     [], None),
    ("units", _T + "NCT02336568:intervention", "In the first week 24 IU * 2/day. in the 2nd & 3rd 40 IU * 2/day", "Oxytoine",
     [D(24, "IU", "Oxytoine"), D(40, "IU", "Oxytoine")], None),
    ("non-doses", _T + "NCT02336568:arm", "intervention: Oxytoine treatments - 20 PTSD patients", None,
     [], None),
    ("non-doses", _T + "NCT02636569:arm", "Enough medication will be used to cover an area of approximately 4 square inches( a 2 inch by 2 inch square).", None,
     [], None),
    ("amounts", _T + "NCT02336594:arm", "2.5 mg x 4 tablets qd (once daily) fasted, 10 mg tablet qd fasted, 10 mg tablet qd fed low-fat, 10 mg tablet qd fed high-fat.", None,
     [D(2.5, "mg"), D(10, "mg")], None),
    ("agents", _T + "NCT02336594:brief_summary", "bioavailability of RDEA3170 2.5 mg tablets administered as a 10 mg dose (2.5 mg × 4 tablets)\n      and of a single RDEA3170 10 mg tablet.", None,
     [D(2.5, "mg", "RDEA3170"), D(10, "mg", "RDEA3170")], None),
    ("agents", _T + "NCT02636595:arm", "ABT-493/ABT-530 (300 mg/120 mg) coformulated once daily (QD) for 12 weeks.", None,
     [D(300, "mg", "ABT-493"), D(120, "mg", "ABT-530")], None),
    ("units", _T + "NCT01236612:intervention", "The chloroquine dose used will be 300mg for the first two days, followed by 300mg per week, for 13 weeks.", "Chloroquine prophylaxis",
     [D(300, "mg", "chloroquine"), D(300, "mg/week", "chloroquine")], None),
    ("non-doses", _T + "NCT01236612:intervention", "Groups 2 and 4 will be challenged by the bites of 5 Plasmodium falciparum infected mosquitoes.", "Plasmodium falciparum mosquito challenge",
     [], None),
    ("units", _T + "NCT01836614:arm", "The treatment group will receive a 1.5mg/kg intravenous lidocaine bolus over 10 minutes. The bolus will be followed by an intravenous lidocaine infusion of 1 mg/kg/hr.", None,
     [D(1.5, "mg/kg", "lidocaine"), D(1, "mg/kg/h", "lidocaine")], None),
    ("agents", _T + "NCT02336607:intervention", "Step 2: Felodipine sustained release tablet 5mg once daily combined with hydrochlorothiazide 12.5mg, once daily.", "Felodipine tablet (Plendil)+Hydrochlorothiazide",
     [D(5, "mg", "Felodipine"), D(12.5, "mg", "hydrochlorothiazide")], None),
    ("agents", _T + "NCT02336607:intervention", "Step 2: Felodipine sustained release tablet 5mg once daily combined with Lisinopril (Zestril) 10mg, once daily.", "Felodipine tablets (Plendil)+Lisinopril (Zestril)",
     [D(5, "mg", "Felodipine"), D(10, "mg", "Lisinopril")], None),
    ("amounts", _T + "NCT02336607:intervention", "Eligible subjects will first take felodipine tablet 5mg, once daily, orally for 2 weeks.", "Felodipine tablet (Plendil) alone",
     [D(5, "mg", "felodipine")], None),
    ("ranges", _T + "NCT02336620:arm", "Ringer acetate 10-20 ml/kg IV bolus when patient need fluid bolus", None,
     [D((10, 20), "mL/kg", "Ringer acetate")], None),
    ("ranges", _T + "NCT02336620:intervention", "NSS 10-20 ml/kg IV bolus in 15-30 min,repeat bolus as needed by patient status", "Normal saline",
     [D((10, 20), "mL/kg", "NSS")], None),
    ("amounts", _T + "NCT01236638:intervention", "Patients will continue receiving the same doses as assigned during the CCL09101 protocol; up to 400 mg once per day (QD).", "Momelotinib",
     [D(400, "mg", "Momelotinib")], None),
    ("amounts", _T + "NCT01236638:intervention", "CYT387 will be administered orally as a single daily dose (at least 20 and no more than 28 hours apart, preferably in a fasted state at least two hours before and one hour after a meal), except for patients on the twice daily (BID) dosing regime (150 mg BID).", "Momelotinib",
     [D(150, "mg", "CYT387")], None),
    ("amounts", _T + "NCT01236651:arm", "meperidine 100mg i.v in 1st stage of labor and calculate the duration of the 1st stage of labor", None,
     [D(100, "mg", "meperidine")], None),
    ("amounts", _T + "NCT01236651:intervention", "administer 40mg drotaverine i.v during the 1st stage of labor and calculate the duration of this stage of labor", "Drotaverine",
     [D(40, "mg", "drotaverine")], None),
    ("schedules", _T + "NCT01836653:intervention", "5 mg/kg intravenously administered over 90 minutes (can be reduced to 30 minutes at the minimum) on day 1 of a 2-week cycle.", "Bevacizumab",
     [D(5, "mg/kg", "Bevacizumab", days=[1])], None),
    ("units", _T + "NCT01836653:intervention", "250 mg/m2 intravenously administered over 60 minutes (400 mg/m2 over 120 minutes as the initial dose) on day 1 and day 8 of a 2-week cycle.", "Cetuximab",
     [D(250, "mg/m2", "Cetuximab"), D(400, "mg/m2", "Cetuximab")], None),
    ("schedules", _T + "NCT01836653:intervention", "2400 mg/m2 continuous infusion over 46 hours on day 1 and 2 of a 2-week cycle.", "5-FU",
     [D(2400, "mg/m2", "5-FU", days=[1, 2])], None),
    ("ranges", _T + "NCT02936635:arm", "tirasemtiv 250-500 mg/day", None,
     [D((250, 500), "mg/day", "tirasemtiv")], None),
    ("units", _T + "NCT02936635:detailed_description", "Enrolled participants will begin dosing of tirasemtiv 125 mg twice daily (250 mg/day) for a\n      period of 4 weeks and will titrate to their tolerated dose, the maximum dose being 250 mg\n      twice daily (500 mg/day).", None,
     [D(125, "mg", "tirasemtiv"), D(250, "mg/day", "tirasemtiv"), D(250, "mg", "tirasemtiv"), D(500, "mg/day", "tirasemtiv")], None),
    ("amounts", _T + "NCT02336659:arm", "Mixed meal test and ad libitum meal test during intake of sitagliptin 100 mg * 2", None,
     [D(100, "mg", "sitagliptin")], None),
    ("units", _T + "NCT02336659:arm", "Mixed meal test and ad libitum meal test duing infusion of exendin 9-39, 900 pmol/kg/min and intake of sitagliptin 100 mg * 2", None,
     [D(900, "pmol/kg/min", "exendin 9-39"), D(100, "mg", "sitagliptin")], None),
    ("amounts", _T + "NCT01536678:arm", "Single dose of 600 mcg of levothyroxine administered in dosing period 1 or 2..", None,
     [D(600, "ug", "levothyroxine")], None),
    ("amounts", _T + "NCT01536678:detailed_description", "receive a single dose (6 x 100mcg tablets = 600mcg) of the test formulation of levothyroxine", None,
     [D(100, "ug", "levothyroxine"), D(600, "ug", "levothyroxine")], None),
    ("amounts", _T + "NCT01836679:arm", "Patients also receive Chidamide 20mg orally twice a week until disease progression,or unacceptable toxicities,or withdrawal of consent occurred.", None,
     [D(20, "mg", "Chidamide")], None),
    ("non-doses", _T + "NCT01836679:arm", "Patients receive paclitaxel IV over 3 hours and carboplatin IV over 30 minutes on day 1.The chemotherapy cycles are repeated every 3 weeks to a maximum of 4 cycles.", None,
     [], None),
    ("units", _T + "NCT02936661:arm", "NS 10ml IV in 2 minutes after the baby delivered during ceasarean section", None,
     [D(10, "mL", "NS")], None),
    ("amounts", _T + "NCT02936661:brief_summary", "the women in study group will receive TXA 1 g in 2 minutes after they delivered\n      their babies", None,
     [D(1, "g", "TXA")], None),
]


HOLDOUT38: list[Row] = [
    # ------------------------------------------------------------------ NCT0187xxxx
    ("amounts", _T + "NCT01876511:intervention", "MK-3475 10 mg/kg every 14 days", "MK-3475",
     [D(10, "mg/kg", "MK-3475")], None),
    # ------------------------------------------------------------------ NCT0127xxxx
    ("agents", _T + "NCT01276522:arm", "A 6-month open-label, single treatment arm study of canakinumab 150 or 300 mg (in case of insufficient response to 150 mg) subcutaneous injection once per month.", None,
     [D(150, "mg", "canakinumab"), D(300, "mg", "canakinumab")], None),
    ("amounts", _T + "NCT01276522:intervention", "Monthly subcutaneous injection with 150mg Canakinumab for 6 months", "Canakinumab",
     [D(150, "mg", "Canakinumab")], None),
    # ------------------------------------------------------------------ NCT0157xxxx
    ("units", _T + "NCT01576523:intervention", "A single intravenous dose of C1-esterase inhibitor (Berinert) at 20 units per kg body weight will be administered to all subjects prior to receiving the first dose of subcutaneous C1-esterase inhibitor.", "C1-esterase inhibitor - single intravenous dose",
     [D(20, "U/kg", "C1-esterase inhibitor")], None),
    ("non-doses", _T + "NCT01576523:intervention", "A low dose of C1-esterase inhibitor will be administered subcutaneously twice a week for four weeks.", "C1-esterase inhibitor - subcutaneous low dose",
     [], None),
    ("schedules", _T + "NCT01576549:arm", "LY2127399 given subcutaneously (SC) at 240 milligrams (mg) as a loading dose in the first week followed by 120 mg SC every 4 weeks for up to 52 weeks.", None,
     [D(240, "mg", "LY2127399"), D(120, "mg", "LY2127399")], None),
    # ------------------------------------------------------------------ NCT0187xxxx
    ("non-doses", _T + "NCT01876550:intervention", "Mupirocin Calcium Cream, 2% (Taro Pharmaceuticals Inc.) applied topically 3 times per day for 10 consecutive days.", "Mupirocin Calcium Cream, 2%",
     [], None),
    ("non-doses", _T + "NCT01876550:intervention", "Bactroban® Cream (mupirocin calcium cream, 2%) (GlaxoSmithKline) applied topically 3 times per day for 10 consecutive days.", "Bactroban® Cream",
     [], None),
    # ------------------------------------------------------------------ NCT0157xxxx
    ("ranges", _T + "NCT01576575:arm", "Study drugs are intravenous buprenorphine (0.025-0.2 mg infused over 1 hr) and sublingual buprenorphine (2-4 mg), with 1-3 week washout between sessions.", None,
     [D((0.025, 0.2), "mg", "buprenorphine"), D((2, 4), "mg", "buprenorphine")], None),
    ("agents", _T + "NCT01576575:intervention", "Liver and gut CYP3A induction (rifampin 600 mg daily), intravenous and sublingual buprenorphine", "Buprenorphine + Rifampin",
     [D(600, "mg", "rifampin")], None),
    ("agents", _T + "NCT01576575:intervention", "Liver and gut CYP3A inhibition (ketoconazole 400 mg daily), intravenous and sublingual buprenorphine", "Buprenorphine + Ketoconazole",
     [D(400, "mg", "ketoconazole")], None),
    # ------------------------------------------------------------------ NCT0297xxxx
    ("non-doses", _T + "NCT02976571:arm", "Sub cutaneous Bupivacaine+ Intraperitoneal Nacl 0.9%", None,
     [], None),
    # ------------------------------------------------------------------ NCT0127xxxx
    ("units", _T + "NCT01276587:intervention", "Oral vitamin D3 100,000 IU administered monthly for six months in children and adolescents with sickle cell disease", "Vitamin D3",
     [D(100000, "IU", "vitamin D3")], None),
    ("units", _T + "NCT01276587:brief_summary", "This pilot study aims to answer the question whether monthly oral vitamin D3 supplementation,\n      100,000 IU, will be safe and effective in raising serum 25-hydroxyvitamin D (form of vitamin\n      D measured in the blood) to levels considered sufficient (30 ng/mL) but well below the\n      threshold for toxicity (150 ng/mL) in children with sickle cell disease.", None,
     [D(100000, "IU", "vitamin D3")], None),
    ("non-doses", _T + "NCT01276587:detailed_description", "Twelve pediatric patients with sickle cell disease, 3-20 years old, will\n      be recruited.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0237xxxx
    ("units", _T + "NCT02376582:arm", "4mg DNA and 600 mcg protein formulated with Alum co-administration (IM) at Month 0, 1 and 6 in Schisto infected individuals", None,
     [D(4, "mg", "DNA"), D(600, "ug", "protein")], None),
    ("non-doses", _T + "NCT02376582:intervention", "DNA co-administered with protein at month 0, 1 and 6", "DNA",
     [], None),
    ("agents", _T + "NCT01276600:intervention", "200mg of emtricitabine 300mg of tenofovir", "Emtricitabine/tenofovir",
     [D(200, "mg", "emtricitabine"), D(300, "mg", "tenofovir")], None),
    ("agents", _T + "NCT01276600:brief_summary", "participants taking Truvada® (FTC 200mg/TDF 300 mg) under direct observation.", None,
     [D(200, "mg", "FTC"), D(300, "mg", "TDF")], None),
    ("non-doses", _T + "NCT01276600:arm", "Two tablets orally twice weekly", None,
     [], None),
    # ------------------------------------------------------------------ NCT0267xxxx
    ("amounts", _T + "NCT02676596:arm", "Japanese and Non-Japanese subjects receiving K-312 50 mg QD", None,
     [D(50, "mg", "K-312")], None),
    ("amounts", _T + "NCT02676596:arm", "Japanese and Non-Japanese subjects receiving K-312 10 mg QD", None,
     [D(10, "mg", "K-312")], None),
    # ------------------------------------------------------------------ NCT0297xxxx
    ("agents", _T + "NCT02976597:arm", "Morphine 10mg and Bupivacaine 0.25% 20ml will be administered for ultrasound guided TAP block on each side at end of the surgery.Patients will recieve 5mg morphine on each side", None,
     [D(10, "mg", "Morphine"), D(20, "mL", "Bupivacaine"), D(5, "mg", "morphine")], None),
    ("amounts", _T + "NCT02976597:intervention", "Morphine 15mg will be added to bupivacaine in sonar guided- TAP block divided into 7.5mg on each side.", "Morphine 15mg",
     [D(15, "mg", "Morphine"), D(7.5, "mg", "Morphine")], None),
    ("units", _T + "NCT02976597:intervention", "Bupivacaine 0.25% 20ml on each side Sonar guided TAP block. After careful aspiration injection of 20ml of 0.25% bupivacaine will be performed", "Bupivacaine 0.25% 20ml on each side Sonar guided TAB",
     [D(20, "mL", "Bupivacaine")], None),
    ("units", _T + "NCT01276613:intervention", "Gemcitabine administered by the anesthesiologist as a dose of 1,000mg/m2 at a fixed dose rate of 10mg/m2/min.", "Gemcitabine",
     [D(1000, "mg/m2", "Gemcitabine"), D(10, "mg/m2/min", "Gemcitabine")], None),
    ("ranges", _T + "NCT01276613:intervention", "50 mg by mouth daily for one week and 50 to 100 mg of Losartan by mouth daily for at least 1 week and at most 3 weeks prior to surgical resection.", "Losartan",
     [D(50, "mg", "Losartan"), D((50, 100), "mg", "Losartan")], None),
    ("non-doses", _T + "NCT01276613:detailed_description", "Blood (about 3-4 teaspoons) will be drawn for biomarker testing.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0187xxxx
    ("amounts", _T + "NCT01876615:intervention", "Depain tablet 25mg", "Diclofenac",
     [D(25, "mg", "Depain")], None),
    ("non-doses", _T + "NCT01876615:arm", "6 arm, 3 Sequence design\nYH4808 or Diclofenac or YH4808+Diclofenac\n3 week wash out period is between each period.", None,
     [], None),
    ("amounts", _T + "NCT01876628:intervention", "Clindamycin dose 300mg four times each day for 2 days, within 48 hours of commencing flucloxacillin.", "Flucloxacillin and Clindamycin",
     [D(300, "mg", "Clindamycin")], None),
    ("non-doses", _T + "NCT01876628:intervention", "Placebo is externally identical to the over-encapsulated clindamycin and is taken four times each day for 2 days", "Flucloxacillin and placebo",
     [], None),
    # ------------------------------------------------------------------ NCT0267xxxx
    ("units", _T + "NCT02676622:arm", "Stem-cell mobilisation will be achieved using Cyclophosphamide (CY) 4g/m² (2g/m2 on 2 consecutive days) followed 5 days later by filgrastim (G-CSF) 10 mg/kg injection.", None,
     [D(4, "g/m2", "Cyclophosphamide"), D(2, "g/m2", "Cyclophosphamide"), D(10, "mg/kg", "filgrastim")], None),
    ("units", _T + "NCT02676622:intervention", "Cyclophosphomide 2 g/m2 x 2 consecutive days.\nFilgrastim (G-csf) 10 mcg/kg SC will start 5 days after the last dose of CY", "mobilization of stem cells to prepare for Leukapheresis",
     [D(2, "g/m2", "Cyclophosphomide"), D(10, "ug/kg", "Filgrastim")], None),
    ("schedules", _T + "NCT02676622:intervention", "Cyclophosphamide iv: 50 mg/kg iv over 2 hours\nMesna iv (uro-protectant): 36 mg/kg iv over 12 hours\nr-ATG (Thymoglobulin, Genzyme): 2.5 mg/kg/dose iv over 6 hours on days -3,-2,-1", "Preparative regimen 4-6 weeks after Leukapheresis",
     [D(50, "mg/kg", "Cyclophosphamide"), D(36, "mg/kg", "Mesna"), D(2.5, "mg/kg", "r-ATG", days=[-3, -2, -1])], None),
    # ------------------------------------------------------------------ NCT0157xxxx
    ("amounts", _T + "NCT01576640:intervention", "Subjects were given bupropion SR 150 mg bid throughout the course of the study.", "Bupropion SR 150mg bid",
     [D(150, "mg", "bupropion SR")], None),
    ("non-doses", _T + "NCT01576640:intervention", "Participants received nicotine replacement therapy in the form of nicotine gum/lozenge and nicotine patch", "NRT",
     [], None),
    ("agents", _T + "NCT01576640:brief_summary", "Subjects participated in a 12-week smoking cessation\n      phase, where they received nicotine replacement therapy, bupropion SR 150mg bid, and\n      cognitive behavioral therapy.", None,
     [D(150, "mg", "bupropion SR")], None),
    # ------------------------------------------------------------------ NCT0187xxxx
    ("amounts", _T + "NCT01876641:arm", "Vemurafenib will be given on a 28-day cycle at the standard dose of 960 mg p.o. BID.", None,
     [D(960, "mg", "Vemurafenib")], None),
    ("non-doses", _T + "NCT01876641:arm", "Cobimetinib will be given on a 21-day cycle with a 7-day rest between cycles.", None,
     [], None),
    ("non-doses", _T + "NCT01876641:arm", "In Cohorts 1-4, a subcutaneous dose of decitabine will be administered three times/week over a 2 week period.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0267xxxx
    ("units", _T + "NCT02676674:arm", "Three topical applications of 100,000 units for a total of 300,000 units of vitamin D3 in a newly formulated ointment will be applied to the upper arms over three weeks.", None,
     [D(100000, "U", "vitamin D3"), D(300000, "U", "vitamin D3")], None),
    ("schedules", _T + "NCT02676674:intervention", "Subjects with vitamin D deficiency will be given 300,000 units of topical vitamin D on days 0,7, and 14. Vitamin D levels will be checked on days 7, 14, and 21.", "Dose 2",
     [D(300000, "U", "vitamin D", days=[0, 7, 14])], None),
    ("units", _T + "NCT02676674:detailed_description", "The study will assess the change in serum 25-hydroxy (25-OH) vitamin D concentrations\n      following 3 doses of 100,000 IU or 3 doses of 300,000 IU of topical vitamin D3 ointment in\n      volunteers with vitamin D deficiency.", None,
     [D(100000, "IU", "vitamin D3"), D(300000, "IU", "vitamin D3")], None),
    # ------------------------------------------------------------------ NCT0297xxxx
    ("units", _T + "NCT02976675:arm", "Group of dosing per week:0.20 mg /kg/w, once per week for 26 weeks", None,
     [D(0.2, "mg/kg/week")], None),
    ("units", _T + "NCT02976675:arm", "0.25mg/kg/w, once per day for 26 weeks", None,
     [D(0.25, "mg/kg/week")], None),
    # ------------------------------------------------------------------ NCT0127xxxx
    ("amounts", _T + "NCT01276691:arm", "81 mg asprin provided 30 minutes prior to firefighting- Acute single dosage", None,
     [D(81, "mg", "asprin")], None),
    ("amounts", _T + "NCT01276691:intervention", "81 mg enteric coated aspirin will be provided both as an acute dosage immediately prior to firefighting (1 hour pre-activity) and as a 14 day dosage prior to firefighting", "81 mg enteric coated aspirin",
     [D(81, "mg", "aspirin")], None),
    # ------------------------------------------------------------------ NCT0157xxxx
    ("scientific", _T + "NCT01576692:intervention", "Humanized anti-GD2 antibody (hu14.18 K322A) dosage: 40 mg/m^2)/dose, over 4 hours daily\nNK Cell dosage: minimum of 0.1 * 10^6 cells/kg; maximum of 400 * 10^6 CD45+ cells/kg, given once", "Humanized anti-GD2 antibody",
     [D(40, "mg/m2", "Humanized anti-GD2 antibody"), D((1e5, 4e8), "cells/kg")], None),
    ("schedules", _T + "NCT01576692:intervention", "cyclophosphamide: 400 mg/m^2 IV days 1-5\ntopotecan: 1.2 mg/m^2 IV days 1-5\ntemozolomide: 150 mg/m^2 PO at least 1 hour before irinotecan\nirinotecan: 50 mg/m^2 IV over 1 hour daily for 5 days", "Chemotherapy",
     [D(400, "mg/m2", "cyclophosphamide", days=[1, 2, 3, 4, 5]), D(1.2, "mg/m2", "topotecan", days=[1, 2, 3, 4, 5]),
      D(150, "mg/m2", "temozolomide"), D(50, "mg/m2", "irinotecan")], None),
    ("units", _T + "NCT01576692:intervention", "interleukin-2: 1 million units/m^2 SQ beginning day 6 of each chemotherapy course and continued every other day for 6 doses\nGM-CSF: 250 mcg/m^2/day beginning on day 7 or day 8 of chemotherapy course and continued daily through the nadir until ANC >2,000/mm^3", "Cytokines",
     [D(1e6, "U/m2", "interleukin-2"), D(250, "ug/m2/day", "GM-CSF")], None),
    ("amounts", _T + "NCT01276704:intervention", "1 capsule daily of secoisolariciresinol diglycoside (SDG)50mg", "secoisolariciresinol",
     [D(50, "mg", "secoisolariciresinol diglycoside")], None),
    # ------------------------------------------------------------------ NCT0157xxxx
    ("units", _T + "NCT01576705:intervention", "thyroid hormone 25microg or placebo in tablets folinic acid 5 mg or placebo in capsules", "thyroid hormone and folinic acid",
     [D(25, "ug", "thyroid hormone"), D(5, "mg", "folinic acid")], None),
    ("units", _T + "NCT01576705:brief_summary", "the efficacy of systematic folinic acid treatment at a dose of 1 mg/kg/o.i.d,", None,
     [D(1, "mg/kg", "folinic acid")], None),
    # ------------------------------------------------------------------ NCT0237xxxx
    ("schedules", _T + "NCT02376699:intervention", "1000 mg/m^2 given intravenously on Day 1, 8, and 15 of each 28-day cycle", "Gemcitabine",
     [D(1000, "mg/m2", "Gemcitabine", days=[1, 8, 15])], None),
    ("schedules", _T + "NCT02376699:intervention", "125 mg/m^2 given intravenously on Day 1, 8, and 15 of each 28-day cycle", "Nab-paclitaxel",
     [D(125, "mg/m2", "Nab-paclitaxel", days=[1, 8, 15])], None),
    ("non-doses", _T + "NCT02376699:intervention", "Given subcutaneously on Day 1 every 3 weeks", "Subcutaneous (SC) SEA-CD40",
     [], None),
    # ------------------------------------------------------------------ NCT0297xxxx
    ("amounts", _T + "NCT02976701:arm", "DLBS1033 enteric-coated tablet is administered at the dose of 980 mg (two tablets@490 mg) three times daily, everyday for four weeks of study period", None,
     [D(980, "mg", "DLBS1033"), D(490, "mg", "DLBS1033")], None),
    ("agents", _T + "NCT02976701:intervention", "Standard therapy which consists of: aspirin enteric-coated tablet 1 x 80 mg and clopidogrel film-coated tablet 1 x 75 mg daily for four weeks will be given to both arms.", "Standard therapy",
     [D(80, "mg", "aspirin"), D(75, "mg", "clopidogrel")], None),
    ("agents", _T + "NCT02976701:detailed_description", "The day after, in addition to the dual antiplatelet therapy, i.e. 80 mg aspirin once daily\n      and clopidogrel 75 mg once daily, DLBS1033 at a dose of 980 mg three times daily or its\n      placebo will be given to the subjects for 4 weeks.", None,
     [D(80, "mg", "aspirin"), D(75, "mg", "clopidogrel"), D(980, "mg", "DLBS1033")], None),
    # ------------------------------------------------------------------ NCT0157xxxx
    ("units", _T + "NCT01576718:arm", "Fluticasone propionate (Fp) 50 mcg per dose twice a day (for a total daily dose of 100 mcg) using a multidose dry powder inhaler (MDPI) for 12 weeks in a double-blind manner.", None,
     [D(50, "ug", "Fluticasone propionate"), D(100, "ug/day", "Fluticasone propionate")], None),
    ("units", _T + "NCT01576718:intervention", "During the treatment period, participants were randomized to 50, 100, 200 or 400 mcg of Fp one inhalation twice a day for a total daily dose of 100, 200, 400 or 800 mcg.", "Fp MDPI",
     [D(50, "ug", "Fp"), D(100, "ug", "Fp"), D(200, "ug", "Fp"), D(400, "ug", "Fp"),
      D(100, "ug/day", "Fp"), D(200, "ug/day", "Fp"), D(400, "ug/day", "Fp"), D(800, "ug/day", "Fp")], None),
    ("units", _T + "NCT01576718:intervention", "Flovent Diskus 250 mcg was used twice a day, once in the morning and evening, for a total daily dose of 500 mcg of Fp.", "Flovent Diskus",
     [D(250, "ug", "Flovent Diskus"), D(500, "ug/day", "Fp")], None),
    # ------------------------------------------------------------------ NCT0187xxxx
    ("amounts", _T + "NCT01876719:arm", "0.5 mg AR08, QD for 7 weeks", None,
     [D(0.5, "mg", "AR08")], None),
    ("amounts", _T + "NCT01876719:arm", "2.0 mg AR08, QD for 7 weeks", None,
     [D(2, "mg", "AR08")], None),
    ("units", _T + "NCT01876719:brief_summary", "Each patient will receive\n      AR08 (0.5, 1, or 2 mg per day) or matching placebo for seven (7) weeks.", None,
     [D(0.5, "mg/day", "AR08"), D(1, "mg/day", "AR08"), D(2, "mg/day", "AR08")], None),
    # ------------------------------------------------------------------ NCT0267xxxx
    ("agents", _T + "NCT02676713:intervention", "HuoXueXiaoYi Decoction(Bupleurum 10g, Cyperus 10g, Salvia miltiorrhiza 20g, Red peony 10g,etc)", "pre-ovulation Decoction",
     [D(10, "g", "Bupleurum"), D(10, "g", "Cyperus"), D(20, "g", "Salvia miltiorrhiza"), D(10, "g", "Red peony")], None),
    ("agents", _T + "NCT02676713:intervention", "BuShenZhuYun Decoction(Bupleurum 10g,Poria 15g, Atractylodes 15g,Ligustrum 15g,etc) has dredging liver and nourishing kidney effect", "post-ovulation Decoction",
     [D(10, "g", "Bupleurum"), D(15, "g", "Poria"), D(15, "g", "Atractylodes"), D(15, "g", "Ligustrum")], None),
]


HOLDOUT39: list[Row] = [
    # ------------------------------------------------------------------ NCT0403xxxx
    ("non-doses", _T + "NCT04036487:intervention", "Anesthesia is maintained by desflurane in an oxygen air mixture of 60/40%.", "Desflurane",
     [], None),
    # ------------------------------------------------------------------ NCT0303xxxx
    ("units", _T + "NCT03036501:intervention", "[^14C]-Risdiplam 18 mg oral solution with approximately 0.75 megabecquerel MBq", "[^14C]-Risdiplam",
     [D(18, "mg", "[^14C]-Risdiplam"), D(0.75, "MBq", "[^14C]-Risdiplam")], None),
    ("amounts", _T + "NCT03036514:arm", "Orange-coloured tablets containing 15mcg sufentanil", None,
     [D(15, "ug", "sufentanil")], None),
    ("non-doses", _T + "NCT03036514:arm", "This classic patient-controlled IV-pump contains 1mg/ml morphine and 50mcg/ml dehydrobenzperidol.", None,
     [], None),
    ("units", _T + "NCT03036514:arm", "Pump characteristics include 1ml each asked bolus, lockout interval of 8 minutes.", None,
     [D(1, "mL")], None),
    # ------------------------------------------------------------------ NCT0403xxxx
    ("amounts", _T + "NCT04036500:arm", "Subjects will take estradiol 1 mg orally after time 0 blood draw.", None,
     [D(1, "mg", "estradiol")], None),
    ("non-doses", _T + "NCT04036500:arm", "They will get 7 blood draws at hours 0,1,2,3,4,6,8.", None,
     [], None),
    ("amounts", _T + "NCT04036500:intervention", "Patients will be given estradiol: 1 mg oral or 1 mg sublingual.", "Estradiol Tablets",
     [D(1, "mg", "estradiol")], None),  # unsure: same amount by two routes, listed once
    # ------------------------------------------------------------------ NCT0383xxxx
    ("schedules", _T + "NCT03836560:arm", "For those smoking 20 or more cigarettes per day before quitting, the NRT patch regimen was 4 weeks of 21mg patches, then 2 weeks of 14mg patches, followed by 2 weeks of 7mg patches.", None,
     [D(21, "mg"), D(14, "mg"), D(7, "mg")], None),  # unsure: no drug name in the phrase ("NRT patch"), agent left None
    ("schedules", _T + "NCT03836560:arm", "For those smoking 10 to 19 cigarettes per day before quitting, the NRT patch regimen was 4 weeks of 14mg patches, followed by 4 weeks of 7mg patches.", None,
     [D(14, "mg"), D(7, "mg")], None),
    ("amounts", _T + "NCT03836560:arm", "2mg nicotine gum was used once every 1 to 2 hours when required.", None,
     [D(2, "mg", "nicotine")], None),
    # ------------------------------------------------------------------ NCT0363xxxx
    ("units", _T + "NCT03636555:arm", "Each dose is 10 intranasal insufflations totaling 1.0 mL of Syntocinon Spray containing 40 IU of oxytocin.", None,
     [D(1.0, "mL", "Syntocinon Spray"), D(40, "IU", "oxytocin")], None),  # unsure: volume and amount both listed (table: "0.5ml (25 micrograms) of Fentanyl"); volume's agent written as "Syntocinon Spray"
    ("units", _T + "NCT03636555:intervention", "Oxytocin will be given in an intranasal spray (Syntocinon Spray) twice daily (10 insufflations, 1.0 mL, 40 IU/dose) for 12 weeks", "Oxytocin",
     [D(1.0, "mL", "Oxytocin"), D(40, "IU", "Oxytocin")], None),
    ("units", _T + "NCT03636555:arm", "Each dose is 10 intranasal insufflations totaling 1.0 mL of a solution containing all ingredients in Syntocinon Spray except oxytocin.", None,
     [D(1.0, "mL")], None),
    # ------------------------------------------------------------------ NCT0343xxxx
    ("non-doses", _T + "NCT03436576:intervention", "Instillation of 1 drop of Autologous Serum 20% four times a day", "Autologous Serum 20%",
     [], None),
    # ------------------------------------------------------------------ NCT0383xxxx
    ("schedules", _T + "NCT03836599:arm", "During the Treatment Period, participants will be administered 24 mg verinurad with 300 mg allopurinol once daily on Days 1 to 7.", None,
     [D(24, "mg", "verinurad", days=list(range(1, 8))), D(300, "mg", "allopurinol", days=list(range(1, 8)))], None),
    ("schedules", _T + "NCT03836599:arm", "During Treatment Period, participants will receive a single dose of 12 mg verinurad and 300 mg allopurinol on Day 1.", None,
     [D(12, "mg", "verinurad", days=[1]), D(300, "mg", "allopurinol", days=[1])], None),
    ("levels", _T + "NCT03836599:intervention", "Participants will receive verinurad 24 mg in cohort 1 and 12 mg in cohort 2 once daily.", "Verinurad",
     [D(24, "mg", "verinurad", level="cohort 1"), D(12, "mg", "verinurad", level="cohort 2")], None),  # unsure: level written after the amount ("in cohort 1")
    # ------------------------------------------------------------------ NCT0303xxxx
    ("units", _T + "NCT03036605:arm", "4 ml %0.5 bupivacaine and 4mg(1 ml) dexamethasone infiltration into nasal packing to both sides", None,
     [D(4, "mL", "bupivacaine"), D(4, "mg", "dexamethasone"), D(1, "mL", "dexamethasone")], None),  # volume and amount of dexamethasone both listed, as the brief's "0.5ml (25 micrograms) of Fentanyl"
    ("amounts", _T + "NCT03036605:intervention", "8 mg Dexamethasone", "Dexamethasone",
     [D(8, "mg", "Dexamethasone")], None),
    ("non-doses", _T + "NCT03036605:intervention", "%0.5 bupivacaine", "Bupivacaine",
     [], None),
    # ------------------------------------------------------------------ NCT0343xxxx
    ("non-doses", _T + "NCT03436615:arm", "SB206 12% topically once or twice daily", None,
     [], None),
    # ------------------------------------------------------------------ NCT0403xxxx
    ("ranges", _T + "NCT04036617:arm", "Initial SAD cohorts will receive 1 dose between 10-150 mg. MAD cohorts will receive 7 days dosing between 70-150 mg", None,
     [D((10, 150), "mg"), D((70, 150), "mg")], None),  # unsure: "SAD cohorts"/"MAD cohorts" not labelled as levels
    ("ranges", _T + "NCT04036617:intervention", "SAD cohorts will receive 1 dose between 10-150 mg. MAD cohorts will receive 7 days dosing between 70-150mg", "NaQuinate",
     [D((10, 150), "mg", "NaQuinate"), D((70, 150), "mg", "NaQuinate")], None),
    # ------------------------------------------------------------------ NCT0323xxxx
    ("amounts", _T + "NCT03236636:arm", "Icaritin:600mg/time, 6 capsules/time", None,
     [D(600, "mg", "Icaritin")], None),
    ("amounts", _T + "NCT03236636:intervention", "HUACHANSU PIAN:Take orally 4 tablets/time(0.3g/tablet), 3 times/day", "HUACHANSU PIAN",
     [D(0.3, "g", "HUACHANSU PIAN")], None),  # unsure: tablet strength only, no 1.2 g total computed (table: "two 1.9 mg patches" lists what is written)
    ("amounts", _T + "NCT03236636:detailed_description", "6 subjects received treatment in the oral administration group with 800 mg once,\n      twice per day", None,
     [D(800, "mg")], None),
    # ------------------------------------------------------------------ NCT0383xxxx
    ("units", _T + "NCT03836638:arm", "Group 1 patients will be 25-35 years old and will be injected with 30 units of botulinum toxin into the upper face", None,
     [D(30, "U", "botulinum toxin")], None),
    ("units", _T + "NCT03836638:arm", "Group 3 patients will be older than 45 and will be treated with the usual 50 units dose into the upper face (control group)", None,
     [D(50, "U")], None),
    ("units", _T + "NCT03836638:intervention", "50 Units of botulinum toxin to upper face", "50 Units of botulinum toxin",
     [D(50, "U", "botulinum toxin")], None),
    # ------------------------------------------------------------------ NCT0323xxxx
    ("amounts", _T + "NCT03236649:arm", "400mg/time, 2 tablets/time(2\u00d7200mg/tablet), 2times/day(Fasting)", None,
     [D(400, "mg"), D(200, "mg")], None),  # unsure: tablet strength listed with the per-time amount, as the table's "3.8 mg administered as two 1.9 mg patches"
    ("amounts", _T + "NCT03236649:intervention", "600mg/time, 6 capsules/time", "Icaritin",
     [D(600, "mg", "Icaritin")], None),
    # ------------------------------------------------------------------ NCT0343xxxx
    ("amounts", _T + "NCT03436654:intervention", "240mg daily orally", "Apalutamide",
     [D(240, "mg", "Apalutamide")], None),
    ("amounts", _T + "NCT03436654:intervention", "5mg BID orally", "Prednisone",
     [D(5, "mg", "Prednisone")], None),
    ("non-doses", _T + "NCT03436654:intervention", "Physician's choice, for a total duration not to extend beyond the treatment phase of the protocol or 10 months from the start of investigational agent(s)", "GnRH agonist/antagonist",
     [], None),
    # ------------------------------------------------------------------ NCT0323xxxx
    ("units", _T + "NCT03236662:arm", "(-)-epicatechin 50mg twice per day (100mg per day total dose)", None,
     [D(50, "mg", "(-)-epicatechin"), D(100, "mg/day", "(-)-epicatechin")], None),
    ("units", _T + "NCT03236662:brief_summary", "who will receive the purified nutritional extract\n      (-)-epicatechin 100mg/day orally for 8 weeks.", None,
     [D(100, "mg/day", "(-)-epicatechin")], None),
    # ------------------------------------------------------------------ NCT0363xxxx
    ("units", _T + "NCT03636659:arm", "Amphotericin B Liposome for Injection 50 mg/vial, intravenous infusion at a dose of 3 mg/kg/day, OD for 5 days", None,
     [D(3, "mg/kg/day", "Amphotericin B Liposome")], None),  # unsure: "50 mg/vial" read as a presentation strength, not a dose
    ("units", _T + "NCT03636659:arm", "AmBisome Liposome for Injection 50 mg/ vial, intravenous infusion at a dose of 3 mg/kg/day, OD for 5 days", None,
     [D(3, "mg/kg/day", "AmBisome Liposome")], None),
    # ------------------------------------------------------------------ NCT0383xxxx
    ("non-doses", _T + "NCT03836664:arm", "Participants will be given 0.5% timolol ophthalmic solution to use after migraine onset.", None,
     [], None),
    ("ranges", _T + "NCT03836664:detailed_description", "Oral timolol (20-30 mg daily) has\n      been studied in 3 randomized controlled trials", None,
     [D((20, 30), "mg", "timolol")], None),
    ("non-doses", _T + "NCT03836664:detailed_description", "Topical timolol maleate solution 0.5% reaches a concentration of 0.5 ng/ml in the\n      plasma within 4 hours of first dose", None,
     [], None),
    # ------------------------------------------------------------------ NCT0403xxxx
    ("amounts", _T + "NCT04036656:arm", "Participants will receive a single oral dose of SYHA136 0.5 mg or Placebo matching SYHA136 0.5 mg under fasted conditions.", None,
     [D(0.5, "mg", "SYHA136")], None),  # unsure: the matching placebo's "0.5 mg" not listed again
    ("amounts", _T + "NCT04036656:arm", "Participants will receive a single oral dose of SYHA136 50 mg or Placebo matching SYHA136 50 mg under fasted conditions.", None,
     [D(50, "mg", "SYHA136")], None),
    ("amounts", _T + "NCT04036656:brief_summary", "eight dose groups, including 0.5 mg (3+1), 1 mg (3+1), 2.5 mg (6+2), 5 mg (6+2), 10 mg (6+2),\n      20 mg (6+2), 35 mg(6+2) and 50 mg (6+2).", None,
     [D(0.5, "mg"), D(1, "mg"), D(2.5, "mg"), D(5, "mg"), D(10, "mg"), D(20, "mg"), D(35, "mg"), D(50, "mg")], None),
    # ------------------------------------------------------------------ NCT0343xxxx
    ("amounts", _T + "NCT03436693:intervention", "Canagliflozin 100mg orally once daily", "Canagliflozin",
     [D(100, "mg", "Canagliflozin")], None),
    ("non-doses", _T + "NCT03436693:intervention", "Placebo orally once daily", "Placebo",
     [], None),
    # ------------------------------------------------------------------ NCT0363xxxx
    ("levels", _T + "NCT03636685:intervention", "low-dose groups: Anlotinib 8mg per day plus pemetrexed and carboplatin. middle-dose groups: Anlotinib 10mg per day plus pemetrexed and carboplatin. high-dose groups: Anlotinib 12mg per day plus pemetrexed and carboplatin", "Anlotinib combined with pemetrexed and carboplatin, phase I",
     [D(8, "mg/day", "Anlotinib", level="low-dose groups"), D(10, "mg/day", "Anlotinib", level="middle-dose groups"), D(12, "mg/day", "Anlotinib", level="high-dose groups")], None),  # unsure: level labels
    ("non-doses", _T + "NCT03636685:intervention", "Anlotinib: established dose QD PO d1-14, pemetrexed,carboplatin, 21 days per cycle", "Anlotinib combined with pemetrexed and carboplatin, phase II",
     [], None),
]


HOLDOUT40: list[Row] = [
    # ------------------------------------------------------------------ NCT0337xxxx
    ("amounts", _T + "NCT03376503:arm", "pegcyte 6 mg in the first cycle", None,
     [D(6, "mg", "pegcyte")], None),
    ("amounts", _T + "NCT03376503:arm", "Neulastim 6 mg in the first cycle", None,
     [D(6, "mg", "Neulastim")], None),
    ("non-doses", _T + "NCT03376503:brief_summary", "neulastim 24 hours after administration of chemotherapy (Doxorubicin and Cyclophosphamide) in\n      the first cycle (14 days each cycle).", None,
     [], None),
    # ------------------------------------------------------------------ NCT0357xxxx
    ("units", _T + "NCT03576508:intervention", "1 mg (2mL) IA injection", "CNTX-4975-05",
     [D(1, "mg", "CNTX-4975-05"), D(2, "mL", "CNTX-4975-05")], None),
    ("agents", _T + "NCT03576508:intervention", "15 mL IA injection of 2% lidocaine (without epinephrine)", "Lidocaine (without epinephrine)",
     [D(15, "mL", "lidocaine")], None),
    ("non-doses", _T + "NCT03576508:intervention", "8% topical patch", "Qutenza",
     [], None),
    # ------------------------------------------------------------------ NCT0377xxxx
    ("amounts", _T + "NCT03776500:arm", "N = 6, 150 mg twice daily of PBTZ169", None,
     [D(150, "mg", "PBTZ169")], None),
    ("amounts", _T + "NCT03776500:arm", "N = 6, 600 mg once daily of PBTZ169", None,
     [D(600, "mg", "PBTZ169")], None),
    # ------------------------------------------------------------------ NCT0327xxxx
    ("units", _T + "NCT03276533:intervention", "Participants in the group LIDO received lidocaine infusion (1.5 mg/kg loading, 1.5 mg/kg/h infusion)until 30 min before the end of the operation.", "Lidocaine",
     [D(1.5, "mg/kg", "lidocaine"), D(1.5, "mg/kg/h", "lidocaine")], None),
    ("non-doses", _T + "NCT03276533:intervention", "at the end of the operation (T2), postoperative 2 hour (T3) and postoperative 24 hour (T4)", "Saline",
     [], None),
    # ------------------------------------------------------------------ NCT0337xxxx
    ("agents", _T + "NCT03376529:arm", "assigned to receive SPR741 400 mg IV over 1 hour, SPR741 400 mg IV over 1 hour + ceftazidime1.0 gram IV over 1 hour, and ceftazidime 1.0 gram IV over 1 hour in a randomized sequence.", None,
     [D(400, "mg", "SPR741"), D(1.0, "g", "ceftazidime")], None),
    ("agents", _T + "NCT03376529:arm", "SPR741 400 mg IV over 1 hour + piperacillin/tazobactam 4.5 grams IV over 1 hour", None,
     [D(400, "mg", "SPR741"), D(4.5, "g", "piperacillin/tazobactam")], None),
    ("amounts", _T + "NCT03376529:intervention", "4.5 grams IV over 1 hour", "Piperacillin/tazobactam",
     [D(4.5, "g", "Piperacillin/tazobactam")], None),
    # ------------------------------------------------------------------ NCT0307xxxx
    ("amounts", _T + "NCT03076554:arm", "Avelumab will be administered at a dose of 10 mg/kg intravenously once every two weeks until disease progression or development of intolerable adverseevents.", None,
     [D(10, "mg/kg", "Avelumab")], None),
    ("non-doses", _T + "NCT03076554:brief_summary", "People ages 18 and older with thymoma or thymic carcinoma that has returned or progressed\n      after platinum-containing chemotherapy", None,
     [], None),
    # ------------------------------------------------------------------ NCT0337xxxx
    ("amounts", _T + "NCT03376555:intervention", "Nurse places a 0.4 mg nitroglycerin tablet under the subject's tongue.", "Flow Mediated Dilation with nitroglycerin",
     [D(0.4, "mg", "nitroglycerin")], None),
    ("non-doses", _T + "NCT03376555:intervention", "After a 3-minute \"resting\" measurement, the cuff inflates for 5 minutes to occlude forearm blood flow (BF).", "Flow Mediated Dilation with nitroglycerin",
     [], None),
    ("units", _T + "NCT03376555:arm", "Diet contains 5,500 mg sodium per day Diet does not contain dairy cheese", None,
     [D(5500, "mg/day", "sodium")], None),  # unsure: sodium content of a controlled diet labelled as a dose
    # ------------------------------------------------------------------ NCT0327xxxx (\u2212: the source's minus sign)
    ("ranges", _T + "NCT03276572:intervention", "225Ac\u2212J591 (13.3 KBq/Kg - 93.3 KBq/Kg or 0.36 uCi/Kg - 2.52 uCi/Kg) on day 1", "225Ac\u2212J591",
     [D((13.3, 93.3), "kBq/kg", "225Ac\u2212J591", days=[1]), D((0.36, 2.52), "uCi/kg", "225Ac\u2212J591", days=[1])], None),
    ("non-doses", _T + "NCT03276572:arm", "A single dose of 225Ac\u2212J591 will be given to subjects with documented progressive metastatic CRPC.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0327xxxx
    ("amounts", _T + "NCT03276598:intervention", "Treatment for four weeks. Dose: 5 mg o.d.", "Amlodipine",
     [D(5, "mg", "Amlodipine")], None),
    ("amounts", _T + "NCT03276598:intervention", "Treatment for four weeks. Dose: 25 mg o.d.", "Hydrochlorothiazide",
     [D(25, "mg", "Hydrochlorothiazide")], None),
    ("non-doses", _T + "NCT03276598:intervention", "Treatment for four weeks. Dose: 1 tablet per day.", "Placebo",
     [], None),
    # ------------------------------------------------------------------ NCT0337xxxx
    ("amounts", _T + "NCT03376594:arm", "Benjakul Extract 100 mg capsule by mouth 3 times a day for 42 days", None,
     [D(100, "mg", "Benjakul Extract")], None),
    ("amounts", _T + "NCT03376594:intervention", "30 patients taking Loratadine dosage 10 mg capsule 3 times daily.", "Loratadine",
     [D(10, "mg", "Loratadine")], None),
    ("units", _T + "NCT03376594:brief_summary", "To compare the effectiveness of Benjakul extract capsules at 300 mg per day with", None,
     [D(300, "mg/day", "Benjakul extract")], None),
    # ------------------------------------------------------------------ NCT0357xxxx
    ("amounts", _T + "NCT03576599:arm", "Patients randomized to treatment with Zoledronic Acid 5mg infusion, repeated after 3 months", None,
     [D(5, "mg", "Zoledronic Acid")], None),
    ("non-doses", _T + "NCT03576599:arm", "Patients randomized to Placebo infusion (saline), repeated after 3 months", None,
     [], None),
    ("units", _T + "NCT03576599:detailed_description", "All patients (both groups) will be prescribed calcium and vitamin D (Calcigran Forte\n      500mg/400IE) taken orally once daily in the whole study period.", None,
     [D(500, "mg", "calcium"), D(400, "IU", "vitamin D")], None),  # unsure: "IE" (Internationale Einheiten) read as IU; agents split as "300mg/100mg Darunavir/Ritonavir"
    # ------------------------------------------------------------------ NCT0357xxxx
    ("schedules", _T + "NCT03576612:intervention", "Given PO during RT 75mg/m2 daily during RT Post RT cycle 1: 150mg/m2 days 1-5", "Temozolomide",
     [D(75, "mg/m2", "Temozolomide"), D(150, "mg/m2", "Temozolomide", days=[1, 2, 3, 4, 5])], None),
    ("amounts", _T + "NCT03576612:intervention", "day 15 post surgery 240mg IV q2wks x 26 doses , up to 52 weeks", "Nivolumab",
     [D(240, "mg", "Nivolumab")], None),
    ("units", _T + "NCT03576612:intervention", "Undergo RT, 60Gy in 30 daily fractions M-F for 6weeks", "Radiation",
     [D(60, "Gy", "RT")], None),  # unsure: agent "RT" (named in the phrase) vs the intervention name "Radiation"
    # ------------------------------------------------------------------ NCT0377xxxx
    ("agents", _T + "NCT03776604:arm", "Jin Youli(PEG-rhG-CSF): The dose is determined according to the patient's weight. Those who weighed more than \u226545kg were given 6mg/time, and those who were <45kg or less were given 3mg/time.", None,
     [D(6, "mg", "Jin Youli"), D(3, "mg", "Jin Youli")], None),  # body weights are not doses; agent as "Conmana(Icotinib ...)" in the table
    ("schedules", _T + "NCT03776604:brief_summary", "chemotherapy regimen: etoposide: 100 mg/m2, d1-3, carboplatin:\n      AUC=5, d1, q21d", None,
     [D(100, "mg/m2", "etoposide", days=[1, 2, 3])], None),
    ("non-doses", _T + "NCT03776604:intervention", "were prophylactically administered the test drug PEG-rhG-CSF 48 h after chemotherapy.", "PEG-rhG-CSF",
     [], None),
    # ------------------------------------------------------------------ NCT0337xxxx
    ("non-doses", _T + "NCT03376620:arm", "Opposite breast scars treated OD at hs simultaneously using sham 10% Urea cream", None,
     [], None),
    # ------------------------------------------------------------------ NCT0357xxxx
    ("amounts", _T + "NCT03576638:detailed_description", "AP CD/LD 500mg TID will be dispensed to subjects with specified\n      timelines for PK assessment.", None,
     [D(500, "mg", "AP CD/LD")], None),
    ("non-doses", _T + "NCT03576638:intervention", "25/100 1.5 pills five times/day", "Sinemet CR 25Mg-100Mg Extended-Release Tablet",
     [], None),  # a strength written without a unit and a pill count: no amount stated in the phrase
    # ------------------------------------------------------------------ NCT0357xxxx
    ("amounts", _T + "NCT03576651:intervention", "Each patient may receive single dose of JHL1149 1mg/kg by intravenous infusion", "JHL1149",
     [D(1, "mg/kg", "JHL1149")], None),
    ("agents", _T + "NCT03576651:intervention", "Each patient may receive single dose of Avastin 1mg/kg by intravenous infusion", "Bevacizumab",
     [D(1, "mg/kg", "Avastin")], None),
    # ------------------------------------------------------------------ NCT0337xxxx
    ("amounts", _T + "NCT03376659:intervention", "750mg IV q2 weeks", "Durvalumab",
     [D(750, "mg", "Durvalumab")], None),
    ("amounts", _T + "NCT03376659:intervention", "1000mg orally twice a day, Monday - Friday Weekly", "Capecitabine",
     [D(1000, "mg", "Capecitabine")], None),
    ("units", _T + "NCT03376659:intervention", "5mg/kg IV q2weeks", "Bevacizumab",
     [D(5, "mg/kg", "Bevacizumab")], None),
    # ------------------------------------------------------------------ NCT0307xxxx
    ("units", _T + "NCT03076684:arm", "Subjects participating in the allopurinol treatment arm will begin with an initial dose of drug of 100 mg/d p.o. daily for 2 wks. The dose is then slowly increased over the next 8 wks to achieve a serum uric acid concentration of 6 mg/dL (maximum allopurinol dose is 800 mg/d).", None,
     [D(100, "mg/day", "allopurinol"), D(800, "mg/day", "allopurinol")], None),  # the uric acid target (6 mg/dL) is not a dose
    ("non-doses", _T + "NCT03076684:arm", "reducing added sugar intake from \u226513% of energy to <5% of energy", None,
     [], None),
    # ------------------------------------------------------------------ NCT0377xxxx
    ("units", _T + "NCT03776656:arm", "Oral administration of Allopurinol (Zyloric\u00ae) for 12 months without exceeding 400 mg / day in children and 900 mg / day in adults, with dosage adjustment in case of renal failure", None,
     [D(400, "mg/day", "Allopurinol"), D(900, "mg/day", "Allopurinol")], None),
    # ------------------------------------------------------------------ NCT0327xxxx
    ("non-doses", _T + "NCT03276676:intervention", "a post-operative contrast MRI scan where residual tumor > 1.0 cm in diameter was present", "Multi-tracer PET exams of [18F]FLT and [18F]Fluciclovine",
     [], None),
    # ------------------------------------------------------------------ NCT0327xxxx
    ("units", _T + "NCT03276689:arm", "The patients will take 2 tab/d of duloxetine 60mg for 8 weeks. In the first 7 days dose of duloxetine will be 30mg/day in order to lower side effects and improve compliance.", None,
     [D(60, "mg", "duloxetine"), D(30, "mg/day", "duloxetine")], None),
    ("amounts", _T + "NCT03276689:arm", "The patients will take 2 tab/d of pregabaline 150mg x 2/day for 8 weeks.The initial 7-days dose of pregabaline will 75mg x 2.", None,
     [D(150, "mg", "pregabaline"), D(75, "mg", "pregabaline")], None),
    ("non-doses", _T + "NCT03276689:detailed_description", "application of a 180gr (# 6.45) von Frey filament", None,
     [], None),
    # ------------------------------------------------------------------ NCT0357xxxx
    ("amounts", _T + "NCT03576664:arm", "Carvedilol (25 mg) followed by Placebo oral capsule is administered in a crossover manner.", None,
     [D(25, "mg", "Carvedilol")], None),
    ("amounts", _T + "NCT03576664:arm", "Placebo oral capsule followed by Carvedilol (25 mg) is administered in a crossover manner.", None,
     [D(25, "mg", "Carvedilol")], None),
    # ------------------------------------------------------------------ NCT0337xxxx
    ("schedules", _T + "NCT03376672:arm", "Ixazomib capsules 4Mg Oral capsule on days 1, 8 and 15 in 28d cycle, lenalidomide 25 milligram capsules on days 1-21 in 28d cycle, dexamethasone 40 milligram capsules on days 1, 8, 15, 22 in 28d cycle", None,
     [D(4, "mg", "Ixazomib", days=[1, 8, 15]), D(25, "mg", "lenalidomide", days=list(range(1, 22))), D(40, "mg", "dexamethasone", days=[1, 8, 15, 22])], None),
    ("schedules", _T + "NCT03376672:arm", "Ixazomib capsules 4Mg Oral capsule on days 1, 8, 15, lenalidomide 10 milligram on days 1-21 in 28d cycle", None,
     [D(4, "mg", "Ixazomib", days=[1, 8, 15]), D(10, "mg", "lenalidomide", days=list(range(1, 22)))], None),
    ("non-doses", _T + "NCT03376672:detailed_description", "minimal residual disease < 0.01% assessed by 8-color flow cytometry", None,
     [], None),
    # ------------------------------------------------------------------ NCT0377xxxx
    ("amounts", _T + "NCT03776695:arm", "Subject will be administered with 2 mg/kg of Tyzivumab via IV infusion over a period of 30 minutes.", None,
     [D(2, "mg/kg", "Tyzivumab")], None),
    ("non-doses", _T + "NCT03776695:arm", "Subject will be administered with 0.9% saline via IV infusion over a period of 30 minutes.", None,
     [], None),
    ("levels", _T + "NCT03776695:detailed_description", "The proposed doses to be studied\n      are 2, 5, 10, and 20 mg/kg.", None,
     [D(2, "mg/kg"), D(5, "mg/kg"), D(10, "mg/kg"), D(20, "mg/kg")], None),  # the phrase names no agent (the record's drug is Tyzivumab)
    # ------------------------------------------------------------------ NCT0357xxxx
    ("agents", _T + "NCT03576677:intervention", "Levosimendan, 2.5 mg/mL concentrate for dilution. 5 mL of the study drug will be injected into a 245 mL isotonic glucose solution.", "Levosimendan",
     [D(5, "mL", "Levosimendan")], None),  # the concentration (2.5 mg/mL) and the diluent (245 mL) are not doses
    ("non-doses", _T + "NCT03576677:arm", "Study participants in this arm will receive a 6 hours infusion of placebo (sterile isotonic sodium chloride + 5% dextrose + vitamin B)", None,
     [], None),
    # ------------------------------------------------------------------ NCT0377xxxx
    ("units", _T + "NCT03776721:intervention", "4mL stem cell suspension injected at the affected axillary site.", "Stem cell injection",
     [D(4, "mL", "stem cell suspension")], None),
    ("units", _T + "NCT03776721:intervention", "30mL saline is injected at the affected axillary site.", "Sham graf (Saline injection)",
     [D(30, "mL", "saline")], None),
    # ------------------------------------------------------------------ NCT0307xxxx
    ("units", _T + "NCT03076762:arm", "Patients assigned for suburothelial injections received 100 U of onabotulinumtoxinA in 20 sites injected in the bladder body on treatment day and follow-up", None,
     [D(100, "U", "onabotulinumtoxinA")], None),
    ("non-doses", _T + "NCT03076762:intervention", "Each vial of onabotulinumtoxinA will be diluted with 10 ml of normal saline, resulting in 10U onabotulinumtoxinA per 1.0 ml.", "intravesical onabotulinumtoxinA injection",
     [], None),  # a diluent and the resulting concentration (the table's conventions: neither is a dose)
    ("non-doses", _T + "NCT03076762:detailed_description", "Blood (10ml) and urine samples (30ml) will be collected before intravesical injection and\n      after bladder hydrodistention.", None,
     [], None),
]


HOLDOUT41: list[Row] = [
    # ------------------------------------------------------------------ NCT0113xxxx
    ("amounts", _T + "NCT01136499:arm", "40 mg 3 days per week", None,
     [D(40, "mg")], None),
    ("amounts", _T + "NCT01136499:intervention", "40 mg of LBH589, orally administered on Monday, Wednesday and Friday (MWF) on a weekly schedule, until tumor progression or unacceptable toxicity.", "LBH589 (Panobinostat®)",
     [D(40, "mg", "LBH589")], None),
    ("amounts", _T + "NCT01136499:detailed_description", "to investigate the efficacy, safety and tolerability of 40\n      mg of LBH589 given orally on a twice a week.", None,
     [D(40, "mg", "LBH589")], None),
    # ------------------------------------------------------------------ NCT0173xxxx
    ("units", _T + "NCT01736488:arm", "60mg/day of Fimasartan will be oral administered for the study period (8 weeks)", None,
     [D(60, "mg/day", "Fimasartan")], None),
    ("amounts", _T + "NCT01736488:intervention", "Atenolol 50mg", "Atenolol",
     [D(50, "mg", "Atenolol")], None),
    ("agents", _T + "NCT01736488:detailed_description", "are allocated to\n      experimental group (Fimasartan 60mg) or Control group (Atenolol 50mg) randomly at a ratio 1:1\n      and their investigational drugs will be administered daily for the study period (8 weeks).", None,
     [D(60, "mg", "Fimasartan"), D(50, "mg", "Atenolol")], None),
    # ------------------------------------------------------------------ NCT0163xxxx
    ("agents", _T + "NCT01636505:intervention", "cetrotide/orgalutran 0.25 mg", "ghrh antagonist (cetrotide/orgalutran)",
     [D(0.25, "mg", "cetrotide/orgalutran")], None),
    ("units", _T + "NCT01636505:intervention", "suprefact 5.5 ml", "gnrh agonist (suprefact)",
     [D(5.5, "mL", "suprefact")], None),
    # ------------------------------------------------------------------ NCT0203xxxx
    ("schedules", _T + "NCT02036502:arm", "Participants receive pembrolizumab 2 mg/kg every 2 weeks (Q2W, Days 1 and 15) in combination with lenalidomide 10 mg or 25 mg (Days 1-21) and dexamethasone 40 mg weekly during each 28-day cycle.", None,
     [D(2, "mg/kg", "pembrolizumab", days=[1, 15]), D(10, "mg", "lenalidomide", days=list(range(1, 22))),
      D(25, "mg", "lenalidomide", days=list(range(1, 22))), D(40, "mg", "dexamethasone")], None),
    ("schedules", _T + "NCT02036502:arm", "Participants previously received pembrolizumab 200 mg once every 2 weeks (Q2W; Days 1 and 15) in combination with lenalidomide 25 mg (Days 1-21) and dexamethasone 40 mg once weekly (Q1W) during each 28-day cycle.", None,
     [D(200, "mg", "pembrolizumab", days=[1, 15]), D(25, "mg", "lenalidomide", days=list(range(1, 22))), D(40, "mg", "dexamethasone")], None),
    ("schedules", _T + "NCT02036502:arm", "Participants receive pembrolizumab 200 mg once every 3 weeks (Q3W) in combination with carfilzomib 56 mg/m^2 (Days 1, 2, 8, 9, 15, 16) and dexamethasone 20 mg (Days 1, 2, 8, 9, 15, 16, 22, 23) during each 28-day cycle.", None,
     [D(200, "mg", "pembrolizumab"), D(56, "mg/m2", "carfilzomib", days=[1, 2, 8, 9, 15, 16]),
      D(20, "mg", "dexamethasone", days=[1, 2, 8, 9, 15, 16, 22, 23])], None),
    # ------------------------------------------------------------------ NCT0113xxxx
    ("amounts", _T + "NCT01136525:arm", "Valacyclovir Hydrochloride Tablets, 1000 mg of Dr. Reddy's Laboratories Limited", None,
     [D(1000, "mg", "Valacyclovir Hydrochloride")], None),
    ("units", _T + "NCT01136525:arm", "Valtrex (R) (Valacyclovir Hydrochloride) CAPLETS 1 gram of GlaxoSmithkline", None,
     [D(1, "g", "Valtrex")], None),
    ("units", _T + "NCT01136525:detailed_description", "crossover comparative bioavailability study of 1000 mg Valacyclovir Hydrochloride Tablets of\n      Dr. Reddy's Laboratories Ltd., India and valtrex (R) (Valacyclovir Hydrochloride) CAPLETS 1\n      gram of GlaxoSmithkline", None,
     [D(1000, "mg", "Valacyclovir Hydrochloride"), D(1, "g", "valtrex")], None),
    ("units", _T + "NCT01136538:brief_summary", "Compare and evaluate the single-dose bioavailability study of 1000mg Valacyclovir HCl\n           tablets of Dr. Reddy's and Valtrex (R)(Valacyclovir Hydrochloride)CAPLETS 1 gram of\n           GlaxoSmithkline", None,
     [D(1000, "mg", "Valacyclovir HCl"), D(1, "g", "Valtrex")], None),
    # ------------------------------------------------------------------ NCT0203xxxx
    ("amounts", _T + "NCT02036515:arm", "Ertugliflozin, 5 mg, oral, once daily for 52 weeks", None,
     [D(5, "mg", "Ertugliflozin")], None),
    ("amounts", _T + "NCT02036515:intervention", "Ertugliflozin, oral, 5 mg and 10 mg tablet once daily for 52 weeks", "Ertugliflozin 15 mg",
     [D(5, "mg", "Ertugliflozin"), D(10, "mg", "Ertugliflozin")], None),
    ("agents", _T + "NCT02036515:intervention", "Participants are to remain on their stable doses of sitagliptin (oral, 100 mg once daily) while receiving blinded investigational product", "Sitagliptin",
     [D(100, "mg", "sitagliptin")], None),
    # ------------------------------------------------------------------ NCT0133xxxx
    ("agents", _T + "NCT01336530:intervention", "20mg/10ml oxetacaine, 196mg/10ml magnesium hydroxide, 582mg/10ml aluminium hydroxide. Suspension for oral intake 3-6 times per day for a maximum of 11 weeks.", "oxetacaine, aluminium and magnesium hydroxide",
     [D(20, "mg", "oxetacaine"), D(196, "mg", "magnesium hydroxide"), D(582, "mg", "aluminium hydroxide")], None),
    ("agents", _T + "NCT01336530:intervention", "20mg/10ml oxetacaine. Suspension for oral intake 3-6 times per day for a maximum of 11 weeks.", "oxetacaine",
     [D(20, "mg", "oxetacaine")], None),
    ("non-doses", _T + "NCT01336530:intervention", "Placebo suspension for oral intake 3-6 times per day for a maximum of 11 weeks.", "Vehicle",
     [], None),
    # ------------------------------------------------------------------ NCT0193xxxx
    ("schedules", _T + "NCT01936532:intervention", "Patients will receive 3 cycles of induction therapy with MLN9708 (4 mg) on Days 1, 8 and 15, plus Lenalidomide (25 mg) on Days 1 through 21 and Dexamethasone (40 mg) on Days 1, 8, 15 and 22 of a 28-day cycle.", "MLN9708",
     [D(4, "mg", "MLN9708", days=[1, 8, 15]), D(25, "mg", "Lenalidomide", days=list(range(1, 22))),
      D(40, "mg", "Dexamethasone", days=[1, 8, 15, 22])], None),
    ("schedules", _T + "NCT01936532:intervention", "Late consolidation (consolidation part 2) will consist in 6 additional cycles of MLN9708 (4 mg on Days 1, 8 and 15) plus lenalidomide (25 mg on Days 1 through 21) of a 28-day cycle.", "MLN9708",
     [D(4, "mg", "MLN9708", days=[1, 8, 15]), D(25, "mg", "lenalidomide", days=list(range(1, 22)))], None),
    ("schedules", _T + "NCT01936532:intervention", "Maintenance therapy MLN9708 monotherapy (4 mg/day), will be given on days 1, 8 and 15 of a 28 day cycle, during 12 months.", "MLN9708",
     [D(4, "mg/day", "MLN9708", days=[1, 8, 15])], None),
    # ------------------------------------------------------------------ NCT0113xxxx
    ("amounts", _T + "NCT01136551:arm", "Healthy volunteers will receive controlled release formulation 1 of Huperzine A (0.4mg)", None,
     [D(0.4, "mg", "Huperzine A")], None),
    ("amounts", _T + "NCT01136551:intervention", "One immediate release formulation of 0.4mg and two different controlled release formulations at same dose.", "Huperzine A",
     [D(0.4, "mg", "Huperzine A")], None),
    ("non-doses", _T + "NCT01136551:intervention", "Between the study phases will be a washout period of at least 21 days.", "Huperzine A",
     [], None),
    # ------------------------------------------------------------------ NCT0133xxxx
    ("schedules", _T + "NCT01336543:arm", "PE (Cisplatin 50mg/m2 on days 1,8,29,36 Etoposide 60 mg/m2 days 1-3 and 29-31)", None,
     [D(50, "mg/m2", "Cisplatin", days=[1, 8, 29, 36]), D(60, "mg/m2", "Etoposide", days=[1, 2, 3, 29, 30, 31])], None),
    ("units", _T + "NCT01336543:arm", "Radiation 59.4 Gy with 2 cycles of PE", None,
     [D(59.4, "Gy", "Radiation")], None),
    ("schedules", _T + "NCT01336543:intervention", "(Squamous histology) Gemcitabine consolidation 1000mg/m2 days 1,8, every 21 days for 4 cycles", "Chemotherapy following concurrent Chemoradiotherapy",
     [D(1000, "mg/m2", "Gemcitabine", days=[1, 8])], None),
    # ------------------------------------------------------------------ NCT0113xxxx
    ("units", _T + "NCT01136564:intervention", "2 capsules of 1 microgram daily", "Zemplar",
     [D(1, "ug", "Zemplar")], None),
    ("non-doses", _T + "NCT01136564:intervention", "2 capsules daily", "Placebo",
     [], None),
    # ------------------------------------------------------------------ NCT0163xxxx
    ("units", _T + "NCT01636557:intervention", "Type=exact number, unit=mg, number=300, form=solution for injection, route=subcutaneous use, on Day 8", "Sirukumab",
     [D(300, "mg", "Sirukumab", days=[8])], None),
    ("units", _T + "NCT01636557:intervention", "Type=exact number, unit=mg/kg, number 0.03, form=commercially available form, route=oral use, on Days 1, 15, 29, and 50", "Midazolam",
     [D(0.03, "mg/kg", "Midazolam", days=[1, 15, 29, 50])], None),
    ("units", _T + "NCT01636557:intervention", "Type=exact number, unit=mg, number= 10, form=commercially available form, route=oral use, on Days 1, 15, 29, and 50", "Warfarin",
     [D(10, "mg", "Warfarin", days=[1, 15, 29, 50])], None),
    # ------------------------------------------------------------------ NCT0163xxxx
    ("units", _T + "NCT01636570:arm", "10,000 International Units of vitamin D3 will be given daily for 6 months in vitamin D deficient heart failure patients.", None,
     [D(10000, "IU", "vitamin D3")], None),
    ("units", _T + "NCT01636570:intervention", "10,000 IU vitamin D3 will be given as 5000 IU gelcaps two per day for a period of 6 months.", "Vitamin D3 (cholecalciferol)",
     [D(10000, "IU", "vitamin D3"), D(5000, "IU", "vitamin D3")], None),
    ("non-doses", _T + "NCT01636570:arm", "It will be given as 2 gelcaps per day.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0173xxxx
    ("units", _T + "NCT01736579:arm", "IGIV, 10% at 0.2 g/kg body weight every 2 weeks for up to 3 years, 6 months.", None,
     [D(0.2, "g/kg", "IGIV")], None),
    ("units", _T + "NCT01736579:arm", "IGIV, 10% at 0.4 g/kg body weight every 2 weeks for up to 3 years, 6 months", None,
     [D(0.4, "g/kg", "IGIV")], None),
    ("units", _T + "NCT01736579:brief_summary", "All participants will receive IGIV, 10% at either 0.2 g/kg\n      or 0.4 g/kg body weight depending on their treatment assignment in Baxter study 160701.", None,
     [D(0.2, "g/kg", "IGIV"), D(0.4, "g/kg", "IGIV")], None),
    # ------------------------------------------------------------------ NCT0133xxxx
    ("agents", _T + "NCT01336582:arm", "Docetaxel-PM 75 mg/m2 (70 mg/m2 for age of \u2265 65) Taxotere 75mg/m2 (70 mg/m2 for age of \u2265 65)", None,
     [D(75, "mg/m2", "Docetaxel-PM"), D(70, "mg/m2", "Docetaxel-PM"), D(75, "mg/m2", "Taxotere"), D(70, "mg/m2", "Taxotere")], None),
    ("amounts", _T + "NCT01336582:intervention", "70 mg/m2 for age of \u2265 65", "taxotere",
     [D(70, "mg/m2", "taxotere")], None),
    # ------------------------------------------------------------------ NCT0193xxxx
    ("units", _T + "NCT01936649:arm", "Two administrations of single intravenous (i.v) injection of Iobenguane I 123 10 millicuries (mCi) (370 MBq) over 1 to 2 minutes within an interval of 5 to 14 days.", None,
     [D(10, "mCi", "Iobenguane I 123"), D(370, "MBq", "Iobenguane I 123")], None),
    ("units", _T + "NCT01936649:intervention", "AdreView 10 mCi as a single i.v administration", "AdreView (Iobenguane I 123 Injection)",
     [D(10, "mCi", "AdreView")], None),
    # ------------------------------------------------------------------ NCT0163xxxx
    ("ranges", _T + "NCT01636596:intervention", "One treatment is approximately 10-15 units of insulin (exact dose based on weight) split into ten pulses delivered over one hour.", "Insulin LISPRO",
     [D((10, 15), "U", "insulin")], None),
    ("non-doses", _T + "NCT01636596:intervention", "Three treatments will be administered per session with one session per week for six month duration.", "Insulin LISPRO",
     [], None),
    # ------------------------------------------------------------------ NCT0113xxxx
    ("units", _T + "NCT01136590:arm", "tranexamic acid will be administered as a bolus (10-mg/kg dose ) or as a fast, 20-minute intravenous infusion before performing the incision at the start of surgery, followed by perfusion of 2 mg/kg/hour up to the time the surgical wound is closed at completion of surgery", None,
     [D(10, "mg/kg", "tranexamic acid"), D(2, "mg/kg/h", "tranexamic acid")], None),
    ("units", _T + "NCT01136590:intervention", "A 10-mg/kg dose of tranexamic acid will be administered as a bolus or as a fast, 20-minute intravenous infusion before performing the incision at the start of surgery, followed by perfusion of 2 mg/kg/hour", "Tranexamic Acid",
     [D(10, "mg/kg", "tranexamic acid"), D(2, "mg/kg/h", "tranexamic acid")], None),
    # ------------------------------------------------------------------ NCT0193xxxx
    ("amounts", _T + "NCT01936688:arm", "MK-3222 200 mg subcutaneously (SC) on Weeks 0, 4, 16, and 28 and, optionally, every 12 weeks thereafter until Week 220, plus etanercept placebo twice weekly up to Week 12, and then once weekly through Week 28.", None,
     [D(200, "mg", "MK-3222")], None),
    ("agents", _T + "NCT01936688:arm", "Matching placebo to MK-3222 SC on Weeks 0 and 4 and etanercept 50 mg twice weekly up to Week 12 and then once weekly through Week 28.", None,
     [D(50, "mg", "etanercept")], None),
    ("non-doses", _T + "NCT01936688:arm", "Participants will be re-randomized 1:1 at Week 12 to receive MK-3222 high dose or MK-3222 low dose on Weeks 12, 16, and 28", None,
     [], None),
    # ------------------------------------------------------------------ NCT0133xxxx
    ("amounts", _T + "NCT01336634:arm", "Subjects will receive dabrafenib 150mg BID and will continue on treatment until disease progression, death, or unacceptable adverse event.", None,
     [D(150, "mg", "dabrafenib")], None),
    ("agents", _T + "NCT01336634:arm", "Subjects enrolled in Cohort B will receive dabrafenib 150 mg BID in combination with trametinib 2 mg once daily", None,
     [D(150, "mg", "dabrafenib"), D(2, "mg", "trametinib")], None),
    ("amounts", _T + "NCT01336634:intervention", "Dabrafenib study treatment will be provided by GSK as 50 mg and 75 mg hydroxypropyl methylcellulose (HPMC) capsules.", "Dabrafenib",
     [D(50, "mg", "Dabrafenib"), D(75, "mg", "Dabrafenib")], None),
    # ------------------------------------------------------------------ NCT0203xxxx
    ("ranges", _T + "NCT02036645:arm", "Upto 10 cohorts of subjects are planned to be dosed by IV injection, with single and multiple ascending doses ranging from 25-1800mg.", None,
     [D((25, 1800), "mg")], None),
    ("non-doses", _T + "NCT02036645:arm", "2 cohorts of subjects are planned to be dosed by sub cutaneous injection, one single ascending dose and one multiple ascending dose cohort", None,
     [], None),
    # ------------------------------------------------------------------ NCT0173xxxx
    ("units", _T + "NCT01736683:arm", "Sotatercept 0.3 mg/kg", None,
     [D(0.3, "mg/kg", "Sotatercept")], None),
    ("units", _T + "NCT01736683:arm", "Sotatercept 2.0 mg/kg", None,
     [D(2.0, "mg/kg", "Sotatercept")], None),
    ("non-doses", _T + "NCT01736683:intervention", "Sotatercept is supplied as a lyophilized powder that is reconstituted using Water for Injection (WFI) and administered as a subcutaneous injection (SC) injection by the study staff at the clinical site.", "Sotatercept",
     [], None),
    # ------------------------------------------------------------------ NCT0163xxxx
    ("agents", _T + "NCT01636622:arm", "Starting dose of Paclitaxel: 100 mg/m2 by vein every 3 weeks.\nStarting dose of Carboplatin: AUC 5 by vein every 3 weeks.", None,
     [D(100, "mg/m2", "Paclitaxel")], None),
    ("amounts", _T + "NCT01636622:intervention", "Starting dose of Vemurafenib: 480 mg by mouth mouth in the evening on Day 1 of Cycle 1, then twice a day starting on Day 2 for a 3 week cycle.", "Vemurafenib",
     [D(480, "mg", "Vemurafenib")], None),
    ("non-doses", _T + "NCT01636622:intervention", "Starting dose of Carboplatin: AUC 5 by vein every 3 weeks.", "Carboplatin",
     [], None),
]


HOLDOUT42: list[Row] = [
    # ------------------------------------------------------------------ NCT0243xxxx
    ("units", _T + "NCT02436499:arm", "Participants will receive standardized botulinum-A toxin dosing for chronic migraine prophylaxis, comprised of 155 total units given at 31 specified sites across 7 head/neck muscles", None,
     [D(155, "U", "botulinum-A toxin")], None),
    ("amounts", _T + "NCT02436499:arm", "Second dose of botulinum-A toxin will either be maintained at 155 total units as dosed initially, or be increased to 195 total units", None,
     [D(155, "U", "botulinum-A toxin"), D(195, "U", "botulinum-A toxin")], None),
    ("non-doses", _T + "NCT02436499:arm", "participants will receive two subsequent treatments with botulinum-A toxin, each separated by 12 weeks.", None,
     [], None),
    ("levels", _T + "NCT02436512:intervention", "(Dose 1): 5 ppm inhaled nitric oxide for 15 minutes\n(Dose 2): 40 ppm inhaled nitric oxide for 15 minutes", "Inhaled Nitric Oxide",
     [D(5, "ppm", "nitric oxide", level="Dose 1"), D(40, "ppm", "nitric oxide", level="Dose 2")], None),  # unsure: ppm (gas concentration) as the dose unit; level labels
    # ------------------------------------------------------------------ NCT0273xxxx
    ("units", _T + "NCT02736500:arm", "5 cycles of 5.5 GBq (150 mCi) each, up to the total cumulative activity of 28 GBq (750 mCi) 177Lu-DOTATATE", None,
     [D(5.5, "GBq", "177Lu-DOTATATE"), D(150, "mCi", "177Lu-DOTATATE"), D(28, "GBq", "177Lu-DOTATATE"), D(750, "mCi", "177Lu-DOTATATE")], None),
    ("units", _T + "NCT02736500:intervention", "Patients with risk factors for late renal toxicity will be administered with 6 cycles of 3.7 GBq (100 mCi) each, up to the total cumulative activity of 22 GBq (600 mCi)177Lu-DOTATATE", "22 GBq 177Lu-DOTATATE",
     [D(3.7, "GBq", "177Lu-DOTATATE"), D(100, "mCi", "177Lu-DOTATATE"), D(22, "GBq", "177Lu-DOTATATE"), D(600, "mCi", "177Lu-DOTATATE")], None),
    ("non-doses", _T + "NCT02736500:detailed_description", "Clinical studies demonstrated that partial and complete objective responses in up to\n      30% of patients can be obtained", None,
     [], None),
    # ------------------------------------------------------------------ NCT0333xxxx
    ("schedules", _T + "NCT03336502:arm", "All participants will receive posaconazole 300 mg intravenous (IV) infusion twice on Day 1 followed by 300 mg IV infusion once daily on Days 2 to 10 (\u00b11).", None,
     [D(300, "mg", "posaconazole", days=[1]), D(300, "mg", "posaconazole", days=list(range(2, 11)))], None),  # unsure: same amount twice, kept as two because the schedule differs; days 2-10 despite the (+-1)
    ("amounts", _T + "NCT03336502:arm", "participants will received posaconazole 300 mg IV infusion once daily or 200 mg oral suspension three times daily for up to 18 additional days.", None,
     [D(300, "mg", "posaconazole"), D(200, "mg", "posaconazole")], None),
    ("non-doses", _T + "NCT03336502:intervention", "Posaconazole 18 mg/mL IV solution; posaconazole 40 mg/mL oral suspension", "Posaconazole",
     [], None),
    # ------------------------------------------------------------------ NCT0353xxxx
    ("amounts", _T + "NCT03536507:arm", "Acetazolamide 375mg/day (capsule @125 mg: 1 in the morning, 2 in the evening), orally.", None,
     [D(375, "mg/day", "Acetazolamide"), D(125, "mg", "Acetazolamide")], None),
    ("amounts", _T + "NCT03536507:intervention", "Administration of 1x125mg acetazolamide in the morning, 2x125mg in the evening, starting 24 hours before departure to 3'100m", "ACETAZOLAMIDE oral capsule",
     [D(125, "mg", "acetazolamide")], None),  # unsure: 125 mg said twice (morning x1, evening x2) listed once
    ("units", _T + "NCT03536507:detailed_description", "Acetazolamide 375mg/day (or placebo), will be administered before\n      departure at 760 m and during the stay at altitude.", None,
     [D(375, "mg/day", "Acetazolamide")], None),
    # ------------------------------------------------------------------ NCT0223xxxx
    ("amounts", _T + "NCT02236520:arm", "50 mg capsule of Spironolactone administered orally 1 per day for 8 weeks", None,
     [D(50, "mg", "Spironolactone")], None),
    ("amounts", _T + "NCT02236520:arm", "25 mg capsule of Chlorthalidone administered orally 1 per day for 8 weeks", None,
     [D(25, "mg", "Chlorthalidone")], None),
    ("non-doses", _T + "NCT02236520:arm", "placebo capsule administered orally 1 per day for 8 weeks", None,
     [], None),
    # ------------------------------------------------------------------ NCT0273xxxx
    ("units", _T + "NCT02736513:arm", "will be treated with AZD9291 80 mg/day", None,
     [D(80, "mg/day", "AZD9291")], None),
    ("amounts", _T + "NCT02736513:brief_summary", "In case of isolated CNS progression which may or may not be accompanied by asymptomatic\n      systemic progression, AZD9291 dose will be escalated to 160 mg once daily.", None,
     [D(160, "mg", "AZD9291")], None),
    ("non-doses", _T + "NCT02736513:detailed_description", "5mm tumors are considered measurable and up to 5 target\n      lesions are allowed", None,
     [], None),
    # ------------------------------------------------------------------ NCT0353xxxx
    ("non-doses", _T + "NCT03536520:arm", "Placebo (capsules identically looking as acetazolamide capsules: 1 in the morning, 2 in the evening), orally. Medication starts 24 hours before ascent to 3'100m", None,
     [], None),
    ("units", _T + "NCT03536520:detailed_description", "Participants living in the Bishkek area, Kyrgyzstan (760m), will be\n      transferred by car within 4h to the Tuja Ashu high altitude clinic (3'100 m), and stay there\n      for 2 days. Acetazolamide 375mg/day (or placebo), will be administered before departure at\n      760 m and during the stay at altitude.", None,
     [D(375, "mg/day", "Acetazolamide")], None),
    # ------------------------------------------------------------------ NCT0333xxxx
    ("non-doses", _T + "NCT03336528:arm", "Study participants treated with insulin prior to admission will receive 80% of the total daily dose (TDD) given as a basal bolus regimen with degludec once daily plus rapid-acting aspart insulin before meals.", None,
     [], None),
    ("ranges", _T + "NCT03336528:arm", "Degludec insulin 100 Units/mL, average dose: 30-45 U/day.", None,
     [D((30, 45), "U/day", "Degludec")], None),
    ("ranges", _T + "NCT03336528:arm", "Glargine (U-100) insulin 100 Units/mL, average dose: 30-45 U/day.\nAspart (U-100) insulin 100 Units/mL, average dose: 20-30 U/day.", None,
     [D((30, 45), "U/day", "Glargine"), D((20, 30), "U/day", "Aspart")], None),
    # ------------------------------------------------------------------ NCT0333xxxx
    ("agents", _T + "NCT03336541:arm", "Low-dose ketamine (0.5 mg/kg in 100 ml normal saline) is intravenously infused in 40 minutes after childbirth during cesarean delivery.", None,
     [D(0.5, "mg/kg", "ketamine")], None),
    ("agents", _T + "NCT03336541:arm", "Placebo (100 ml normal saline) is intravenously infused in 40 minutes after childbirth during cesarean delivery.", None,
     [D(100, "mL", "normal saline")], None),  # unsure: the placebo's saline volume read as its dose (as in the table's placebo saline rows)
    ("agents", _T + "NCT03336541:intervention", "Ketamine (0.5 mg/kg in 100 ml normal saline) will be administered by intravenous infusion in 40 minutes after childbirth during cesarean delivery.", "Ketamine",
     [D(0.5, "mg/kg", "Ketamine")], None),
    # ------------------------------------------------------------------ NCT0273xxxx
    ("ranges", _T + "NCT02736552:arm", "S-1 80-120mg daily for 14 days in 3 weeks for totally 6 months after D2 resection", None,
     [D((80, 120), "mg", "S-1")], None),
    ("ranges", _T + "NCT02736552:detailed_description", "Both are the 3-week recycle of S-1 (80-120mg per day) for 2 weeks ,followed\n      by 1 week of rest.", None,
     [D((80, 120), "mg/day", "S-1")], None),
    ("non-doses", _T + "NCT02736552:detailed_description", "Patients aged\n      from 18 to 75 years and adequate organ function, are randomized 1:1 to S-1 for 6 months and\n      S-1 for 1 year.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0353xxxx
    ("agents", _T + "NCT03536559:arm", "15mg suspension of clean-surfaced, faceted, gold nanocrystals in 60ml of sodium bicarbonate buffered water", None,
     [D(15, "mg", "gold nanocrystals")], None),  # unsure: 60ml vehicle read as a diluent (no dose); agent 'gold nanocrystals'
    ("agents", _T + "NCT03536559:arm", "30mg suspension of clean-surfaced, faceted, gold nanocrystals in 60ml of sodium bicarbonate buffered water", None,
     [D(30, "mg", "gold nanocrystals")], None),
    ("non-doses", _T + "NCT03536559:intervention", "with a concentration of up to 0.5 mg/mL of gold. The formulation is buffered by sodium bicarbonate present at a concentration of 0.546 mg/mL.", "CNM-Au8",
     [], None),
    # ------------------------------------------------------------------ NCT0223xxxx
    ("non-doses", _T + "NCT02236572:arm", "Aromatase inhibitor plus everolimus by mouth daily for 26 weeks", None,
     [], None),
    ("amounts", _T + "NCT02236572:intervention", "All patients will begin treatment on Cycle 1 Day 1 with both the standard dose of one of the following 3 aromatase inhibitors ( physician's choice) plus everolimus 10 mg by mouth daily:", "Everolimus",
     [D(10, "mg", "everolimus")], None),
    ("agents", _T + "NCT02236572:intervention", "Anastrozole 1 mg\nLetrozole 2.5 mg\nExemestane 25 mg", "Everolimus",
     [D(1, "mg", "Anastrozole"), D(2.5, "mg", "Letrozole"), D(25, "mg", "Exemestane")], None),
    # ------------------------------------------------------------------ NCT0243xxxx
    ("non-doses", _T + "NCT02436577:arm", "Treatment A in Period 1, Treatment B in Period 2 and Treatment C in Period 3", None,
     [], None),
    ("amounts", _T + "NCT02436577:intervention", "Ticagrelor 90 mg OD tablet, single dose", "Ticagrelor OD tablet (90 mg single dose) administered with 150 mL of water",
     [D(90, "mg", "Ticagrelor")], None),
    ("amounts", _T + "NCT02436577:intervention", "Ticagrelor 90 mg IR tablet, single dose", "Ticagrelor IR tablet (90 mg) administered with 150 mL of water",
     [D(90, "mg", "Ticagrelor")], None),
    # ------------------------------------------------------------------ NCT0273xxxx
    ("units", _T + "NCT02736565:arm", "Subjects will accrue in 3 to 6-subject escalation cohorts up to a dose of 0.156mg/kg of DNA / single dose.", None,
     [D(0.156, "mg/kg")], None),  # unsure: agent (the lipoplex is named only as 'DNA' here) left open
    ("non-doses", _T + "NCT02736565:arm", "An intravenous infusion will be administered twice a week for 4 weeks (e.g. Mon and Thurs, preferred) for a total of 8 infusions of the product per cycle followed by 2 weeks of rest.", None,
     [], None),
    ("units", _T + "NCT02736565:detailed_description", "at a starting\n      IV dose of 0.04 mg/kg.", None,
     [D(0.04, "mg/kg")], None),
    # ------------------------------------------------------------------ NCT0273xxxx
    ("agents", _T + "NCT02736578:arm", "On day 0, participants receive a 100 mg cetuximab loading dose by intravenous infusion (IV), followed 1 hour later by cetuximab-IRDye 800CW IV at 50 mg, followed by surgery with intraoperative imaging within 2 to 5 days.", None,
     [D(100, "mg", "cetuximab"), D(50, "mg", "cetuximab-IRDye 800CW")], None),  # days not checked (both on day 0)
    ("amounts", _T + "NCT02736578:intervention", "Administered intravenously (IV) at 50 or 100 mg", "Cetuximab-IRDye800",
     [D(50, "mg", "Cetuximab-IRDye800"), D(100, "mg", "Cetuximab-IRDye800")], None),
    ("amounts", _T + "NCT02736578:detailed_description", "This is a dose-escalation study of 50 mg or 100 mg cetuximab-IRDye800.", None,
     [D(50, "mg", "cetuximab-IRDye800"), D(100, "mg", "cetuximab-IRDye800")], None),
    # ------------------------------------------------------------------ NCT0333xxxx
    ("non-doses", _T + "NCT03336580:arm", "Dose escalation in up to 6 dose levels", None,
     [], None),
    ("levels", _T + "NCT03336580:intervention", "PRX004 (0.1, 0.3, 1, 3, 10, and 30 mg/kg) IV every 28 days", "PRX004",
     [D(0.1, "mg/kg", "PRX004"), D(0.3, "mg/kg", "PRX004"), D(1, "mg/kg", "PRX004"), D(3, "mg/kg", "PRX004"), D(10, "mg/kg", "PRX004"), D(30, "mg/kg", "PRX004")], None),
    ("units", _T + "NCT03336580:detailed_description", "The starting dose of PRX004 will be 0.1 mg/kg.", None,
     [D(0.1, "mg/kg", "PRX004")], None),
    # ------------------------------------------------------------------ NCT0223xxxx
    ("units", _T + "NCT02236598:arm", "is an immediately dispersing extended-release oral dosage form of potassium chloride containing 750 mg of microencapsulated potassium chloride, United States Pharmacopeia (USP) equivalent to 10 milliequivalent (mEq) of potassium in a tablet.", None,
     [D(750, "mg", "potassium chloride"), D(10, "mEq", "potassium")], None),  # unsure: unit spelling mEq (not in the table)
    ("units", _T + "NCT02236598:brief_summary", "will be randomized to K-supplements, 20mEq (2-10mEq\n      tablets) twice daily", None,
     [D(20, "mEq", "K-supplements"), D(10, "mEq", "K-supplements")], None),  # '2-10mEq' is two 10 mEq tablets, not a 2-10 range
    ("non-doses", _T + "NCT02236598:brief_summary", "with prediabetes and a low-normal serum K\n      [<4.0 milliequivalent/Liter (Eq/L)]", None,
     [], None),
    # ------------------------------------------------------------------ NCT0353xxxx
    ("agents", _T + "NCT03536598:arm", "Amlodipine 10mg + Valsartan 160mg + Rosuvastatin 20mg", None,
     [D(10, "mg", "Amlodipine"), D(160, "mg", "Valsartan"), D(20, "mg", "Rosuvastatin")], None),
    ("agents", _T + "NCT03536598:arm", "Amlodipine 10mg + Valsartan 160mg", None,
     [D(10, "mg", "Amlodipine"), D(160, "mg", "Valsartan")], None),
    ("agents", _T + "NCT03536598:arm", "Valsartan 160mg + Rosuvastatin 20mg", None,
     [D(160, "mg", "Valsartan"), D(20, "mg", "Rosuvastatin")], None),
    # ------------------------------------------------------------------ NCT0223xxxx
    ("units", _T + "NCT02236611:arm", "Randomized subjects will receive umeclidinium inhalation powder 62.5 mcg, once daily over a period of 12 weeks via a nDPI.", None,
     [D(62.5, "ug", "umeclidinium")], None),
    ("units", _T + "NCT02236611:intervention", "Glycopyrronium bromide will be available as inhalation capsules, 44 mcg per capsule, taken using BREEZHALER inhalers", "Glycopyrronium",
     [D(44, "ug", "Glycopyrronium bromide")], None),
    ("agents", _T + "NCT02236611:brief_summary", "to compare the efficacy and safety of umeclidinium inhalation powder (62.5 mcg once daily\n      [QD]) administered via a novel Dry Powder Inhaler (nDPI) with glycopyrronium (44 mcg QD)", None,
     [D(62.5, "ug", "umeclidinium"), D(44, "ug", "glycopyrronium")], None),
    # ------------------------------------------------------------------ NCT0333xxxx
    ("units", _T + "NCT03336593:arm", "1 dose of 0.5 ml of quadrivalent influenza vaccine batch 1", None,
     [D(0.5, "mL", "quadrivalent influenza vaccine")], None),
    ("units", _T + "NCT03336593:arm", "2 dose of 0.25 ml of quadrivalent influenza vaccine", None,
     [D(0.25, "mL", "quadrivalent influenza vaccine")], None),
    ("non-doses", _T + "NCT03336593:intervention", "1 or 2 doses of Quadrivalent Influenza Vaccine depends on age", "Quadrivalent Influenza Vaccine",
     [], None),
    # ------------------------------------------------------------------ NCT0353xxxx
    ("agents", _T + "NCT03536611:arm", "dabigatran etexilate 110 mg bid + aspirin 100 mg qd + clopidogrel 75 mg qd for 1 month followed by dabigatran 110mg bid + clopidogrel 75mg/d for at least 5 months", None,
     [D(110, "mg", "dabigatran etexilate"), D(100, "mg", "aspirin"), D(75, "mg", "clopidogrel"), D(75, "mg/day", "clopidogrel")], None),  # unsure: dabigatran 110 mg said twice (two phases) listed once
    ("non-doses", _T + "NCT03536611:arm", "warfarin (according to clinical routine monitoring of INR, maintain the therapeutic range at 2.0-3.0) + aspirin 100 mg qd + clopidogrel 75 mg qd for 1 month followed by warfarin + clopidogrel 75mg/d for at least 5 months", None,
     [D(100, "mg", "aspirin"), D(75, "mg", "clopidogrel"), D(75, "mg/day", "clopidogrel")], None),  # INR range 2.0-3.0 is not a dose
    ("agents", _T + "NCT03536611:brief_summary", "dabigatran ethidium b.i.d.+ clopidogrel +\n      ASA [100 mg q.d. *1 month] and warfarin + clopidogrel + ASA [100 mg, q.d.*1 month]", None,
     [D(100, "mg", "ASA")], None),  # same amount+unit+agent twice (two arms, same schedule) listed once
    # @@NEXT
]


HOLDOUT43: list[Row] = [
    # ------------------------------------------------------------------ NCT0107xxxx
    ("amounts", _T + "NCT01076491:intervention", "inhaled mannitol - single doses of either 70 mg or 90 mg", "mannitol",
     [D(70, "mg", "mannitol"), D(90, "mg", "mannitol")], None),
    ("schedules", _T + "NCT01076504:intervention", "30 mg/m2 IV on Days 1-3 of each 3-week treatment cycle", "Amrubicin",
     [D(30, "mg/m2", "Amrubicin", days=[1, 2, 3])], None),
    ("non-doses", _T + "NCT01076504:intervention", "AUC=5 IV, Day 1 of each 3-week treatment cycle", "Carboplatin",
     [], None),  # AUC target, not an amount (table: "carboplatin (AUC 6)" gives none)
    ("schedules", _T + "NCT01076504:intervention", "6 mg SQ on Day 4 of each 3 week treatment cycle", "Pegfilgrastim",
     [D(6, "mg", "Pegfilgrastim", days=[4])], None),
    # ------------------------------------------------------------------ NCT0137xxxx
    ("levels", _T + "NCT01376505:intervention", "Starting at dose level 1, 1.0mg of each peptide will be used for vaccination.", "HER-2 vaccine",
     [D(1.0, "mg", "HER-2 vaccine", level="dose level 1")], None),  # unsure: agent is the intervention name (the phrase says only "each peptide")
    ("amounts", _T + "NCT01376505:intervention", "In increasing dosing cohorts 1.5mg, 2.0mg and 2.5mg will be used.", "HER-2 vaccine",
     [D(1.5, "mg", "HER-2 vaccine"), D(2.0, "mg", "HER-2 vaccine"), D(2.5, "mg", "HER-2 vaccine")], None),
    ("agents", _T + "NCT01376505:intervention", "The combined vaccine preparation consists of 1.5mg of each of the HER-2 vaccine emulsified with nor-MDP (0.025) mg and Montanide ISA 720 will be administered in a final volume of 1.0 ml.", "Extension HER-2 vaccine trial at OBD",
     [D(1.5, "mg", "HER-2 vaccine"), D(0.025, "mg", "nor-MDP"), D(1.0, "mL", "HER-2 vaccine")], None),  # unsure: "(0.025) mg" read as 0.025 mg of nor-MDP; final volume listed as in "0.5ml (25 micrograms)"
    # ------------------------------------------------------------------ NCT0147xxxx
    ("units", _T + "NCT01476501:arm", "2,000 IU/day vitamin D for 6 months (n=60).", None,
     [D(2000, "IU/day", "vitamin D")], None),
    ("units", _T + "NCT01476501:arm", "40,000 IU/month for 6 months (n=60).", None,
     [D(40000, "IU/month")], None),
    ("units", _T + "NCT01476501:intervention", "1) 2,000 IU/day (2 x 1,000IU/capsule each day) or 2) 40,000 IU/month (4 x 10,000IU/capsule last day of each month), for 6 months each.", "Vitamin D3",
     [D(2000, "IU/day", "Vitamin D3"), D(1000, "IU", "Vitamin D3"), D(40000, "IU/month", "Vitamin D3"), D(10000, "IU", "Vitamin D3")], None),  # unsure: capsule strengths listed as the table lists tablet strengths
    # ------------------------------------------------------------------ NCT0167xxxx
    ("units", _T + "NCT01676506:intervention", "Intravitreal injections of 0.5mg/0.05 mL dosage, injected at months 0, 1, and 2.", "Ranibizumab",
     [D(0.5, "mg", "Ranibizumab")], None),  # amount per volume: the amount only, as the table's "104mg/0.65mL of DMPA"
    # ------------------------------------------------------------------ NCT0197xxxx
    ("amounts", _T + "NCT01976507:arm", "dabigatran etexilate 150mg bid, or 75mg twice daily based on creatinine clearance", None,
     [D(150, "mg", "dabigatran etexilate"), D(75, "mg", "dabigatran etexilate")], None),
    ("non-doses", _T + "NCT01976507:intervention", "Immediately following the ablation procedure (4-6 hours after sheath pull and vascular hemostasis),", "dabigatran etexilate mesylate",
     [], None),
    ("non-doses", _T + "NCT01976507:detailed_description", "discontinue dabigatran 1 to 2 days (CrCl >50 mL/min) or 3 to 5 days (CrCl <50 mL/min) before", None,
     [], None),
    ("units", _T + "NCT01976520:intervention", "Comparison of 4 different dose levels of Oncoquest-CLL vaccine: 100 micrograms (mcg)/0.2 milliliters (mL), 200 mcg/0.4 mL, 375 mcg/0.75 mL, and 500 mcg/mL.", "Oncoquest-CLL vaccine",
     [D(100, "ug", "Oncoquest-CLL vaccine"), D(200, "ug", "Oncoquest-CLL vaccine"), D(375, "ug", "Oncoquest-CLL vaccine"), D(500, "ug", "Oncoquest-CLL vaccine")], None),  # unsure: amount per volume gives the amount only ("104mg/0.65mL"); "500 mcg/mL" read as the fourth level's 500 ug
    ("non-doses", _T + "NCT01976520:arm", "Patients receive Oncoquest-CLL vaccine subcutaneously on Day 1 and 15, and then monthly for 3 months", None,
     [], None),
    # ------------------------------------------------------------------ NCT0207xxxx
    ("amounts", _T + "NCT02076529:arm", "Ramosetron 0.6mg intravenous injection 30min before chemotherapy", None,
     [D(0.6, "mg", "Ramosetron")], None),
    ("amounts", _T + "NCT02076529:arm", "Ramosetron 0.3mg intravenous injection 30 min before chemotherapy", None,
     [D(0.3, "mg", "Ramosetron")], None),
    # ------------------------------------------------------------------ NCT0137xxxx
    ("amounts", _T + "NCT01376557:intervention", "Subjects will receive 75 mg LX4211 once daily", "75 mg LX4211",
     [D(75, "mg", "LX4211")], None),
    ("amounts", _T + "NCT01376557:intervention", "Subjects will receive 400 mg LX4211 once daily.", "400 mg LX4211",
     [D(400, "mg", "LX4211")], None),
    ("non-doses", _T + "NCT01376557:intervention", "Subjects will receive placebo once daily.", "Placebo",
     [], None),
    # ------------------------------------------------------------------ NCT0167xxxx
    ("amounts", _T + "NCT01676571:intervention", "10 mg immediate-release (IR), one single dose, orally", "Lu AA21004",
     [D(10, "mg", "Lu AA21004")], None),
    # ------------------------------------------------------------------ NCT0197xxxx
    ("schedules", _T + "NCT01976572:arm", "Single dose of 16 mg candesartan was administered orally on Day 1.", None,
     [D(16, "mg", "candesartan", days=[1])], None),
    ("schedules", _T + "NCT01976572:arm", "Colestilan was administered orally 5 g t.i.d (total dose 15 g/day) in the fed state immediately after meals from Day 3 to Day 24 and single dose of 16 mg candesartan was administered orally on Day 7, 13 and 19 at 1 of 3 dosing time-points relative to the first daily dose of 5 g colestilan t.i.d.", None,
     [D(5, "g", "Colestilan", days=list(range(3, 25))), D(15, "g/day", "Colestilan"), D(16, "mg", "candesartan", days=[7, 13, 19])], None),  # "5 g colestilan" said again with the same schedule: listed once
    ("non-doses", _T + "NCT01976572:arm", "T-1 of 3 dosing time-points means the single dose of candesartan was administered at 1 hour before relative to the first daily dose of colestilan.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0107xxxx
    ("agents", _T + "NCT01076582:intervention", "4 cycles of treatment / per cycle: 1 tablet (EE 0.02 mg / DRSP 3 mg) daily for 24 days followed by 1 placebo tablet daily for 4 days", "EE20/DRSP (YAZ, BAY86-5300)",
     [D(0.02, "mg", "EE"), D(3, "mg", "DRSP")], None),
    ("agents", _T + "NCT01076582:intervention", "1 tablet (EE 0.02 mg / DSG 0.15 mg) daily for 21 days followed by 1 placebo tablet daily for 7 days", "Ethinylestradiol (EE) and desogestrel (DSG) (Mercilon)",
     [D(0.02, "mg", "EE"), D(0.15, "mg", "DSG")], None),
    ("non-doses", _T + "NCT01076582:brief_summary", "an oral contraceptive pill taken with a\n      monthly hormone-free interval of 4 days", None,
     [], None),
    # ------------------------------------------------------------------ NCT0197xxxx
    ("non-doses", _T + "NCT01976585:intervention", "Each milliliter of Poly-ICLC for injection contains 2 mg/mL poly-IC, 1.5 mg/mL poly-L-lysine, and 5 mg/mL sodium carboxymethylcellulose in 0.9% sodium chloride solution", "Poly-ICLC",
     [], None),  # concentrations of a formulation, not amounts given (table: "40 mg/mL is not a dose")
    ("non-doses", _T + "NCT01976585:arm", "intratumoral injections on days 1-5 and 8-11. and Poly-ICLC intratumoral injection weekly, weeks 2-8", None,
     [], None),
    # ------------------------------------------------------------------ NCT0167xxxx
    ("agents", _T + "NCT01676597:arm", "Tab Rifaximin 400 mg thrice daily + Pentoxifylline 400 mg thrice daily for 12 weeks", None,
     [D(400, "mg", "Rifaximin"), D(400, "mg", "Pentoxifylline")], None),
    ("amounts", _T + "NCT01676597:arm", "Tab Pentoxifylline 400 mg thrice daily + Placebo thrice daily for 12 weeks", None,
     [D(400, "mg", "Pentoxifylline")], None),
    ("amounts", _T + "NCT01676597:brief_summary", "started on oral pentoxifylline therapy 400 mg thrice daily for 12 weeks.", None,
     [D(400, "mg", "pentoxifylline")], None),
    # ------------------------------------------------------------------ NCT0207xxxx
    ("schedules", _T + "NCT02076594:arm", "Patients will receive cycles every 3 weeks of Docetaxel (35 mg/ m2, intravenous at days 1 and 8 by 1-hour infusion)and Oxaliplatin (80 mg/ m2, intravenous at day 1 by 2-hour infusion) and Capecitabine (750 mg/ m2, oral tablets of 500 and 150 mg, x2 daily for 2 weeks)", None,
     [D(35, "mg/m2", "Docetaxel", days=[1, 8]), D(80, "mg/m2", "Oxaliplatin", days=[1]), D(750, "mg/m2", "Capecitabine"),
      D(500, "mg", "Capecitabine"), D(150, "mg", "Capecitabine")], None),  # unsure: tablet strengths listed as the table lists "tablets of 150 mg"
    ("schedules", _T + "NCT02076594:arm", "Patients will receive cycles every 3 weeks of Epirubicin (50 mg/ m2, intravenous on day 1 by 2-hour infusion)and Oxaliplatin (130 mg/ m2, intravenous on day 1 by 2-hour infusion) and Capecitabine (625 mg/ m2,oral tablets of 500 and 150 mg, x2 daily for 3 weeks)", None,
     [D(50, "mg/m2", "Epirubicin", days=[1]), D(130, "mg/m2", "Oxaliplatin", days=[1]), D(625, "mg/m2", "Capecitabine"),
      D(500, "mg", "Capecitabine"), D(150, "mg", "Capecitabine")], None),
    # ------------------------------------------------------------------ NCT0207xxxx (\u03b1: Greek alpha)
    ("amounts", _T + "NCT02076620:arm", "Patients will be treated in three cohorts with 3 different dosages of L19TNF\u03b1 in combination with 60 mg/m2 of doxorubicin", None,
     [D(60, "mg/m2", "doxorubicin")], None),
    ("non-doses", _T + "NCT02076620:intervention", "L19TNF\u03b1 will be administered as a 2 hours i.v. infusion on days 1, 3, and 5 of each 3-week cycle.", "L19TNF\u03b1",
     [], None),
    # ------------------------------------------------------------------ NCT0107xxxx
    ("units", _T + "NCT01076634:intervention", "0.4 U/kg body weight. Injected subcutaneously (under the skin) once daily for 8 days.", "insulin degludec",
     [D(0.4, "U/kg", "insulin degludec")], None),
    # ------------------------------------------------------------------ NCT0207xxxx
    ("scientific", _T + "NCT02076633:arm", "intratumoral injections of 10 Mio IU of L19IL2", None,
     [D(1e7, "IU", "L19IL2")], None),  # unsure: "Mio IU" (million IU) read as 1e7 IU
    ("scientific", _T + "NCT02076633:intervention", "Patients will be treated with intratumoral injections of 10 MioIU L19IL2", "L19IL2+L19TNF",
     [D(1e7, "IU", "L19IL2")], None),
    ("non-doses", _T + "NCT02076633:brief_summary", "Twenty Patients will be treated with a mixture of L19IL2 and L19TNF once weekly for up to 4\n      weeks.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0167xxxx
    ("units", _T + "NCT01676649:intervention", "3 mg/kg", "Ipilimumab",
     [D(3, "mg/kg", "Ipilimumab")], None),
    ("non-doses", _T + "NCT01676649:intervention", "AUC = 6", "Carboplatin",
     [], None),
    ("units", _T + "NCT01676649:intervention", "175 mg/m2", "Paclitaxel",
     [D(175, "mg/m2", "Paclitaxel")], None),
    # ------------------------------------------------------------------ NCT0207xxxx
    ("levels", _T + "NCT02076646:intervention", "During phase I part of the study, increasing dose of L19IL2 from one cohort to the next will be performed in steps of 160,000 IU/kg starting at 480,000 IU/kg (i.e., 0.48; 0.64; 0.80 MioIU/kg until MTD is reached).", "L19IL2 - Ph I",
     [D(480000, "IU/kg", "L19IL2"), D(640000, "IU/kg", "L19IL2"), D(800000, "IU/kg", "L19IL2")], None),  # unsure: the 160,000 IU/kg step is not a dose; 480,000 IU/kg = 0.48 MioIU/kg listed once
    ("schedules", _T + "NCT02076646:intervention", "Dacarbazine: 1 hour intravenous infusion on day 1 of each 21-cycle at a dosage of 1000 mg/m2 (fixed dose).", "DTIC",
     [D(1000, "mg/m2", "Dacarbazine", days=[1])], None),
    ("non-doses", _T + "NCT02076646:arm", "Cohorts of 3-6 patients will receive escalating doses of L19-IL2 until MTD is reached.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0147xxxx
    ("amounts", _T + "NCT01476657:arm", "The IPI-145 drug product is supplied as 1 mg, 5 mg, 25 mg, and 100 mg formulated capsules.", None,
     [D(1, "mg", "IPI-145"), D(5, "mg", "IPI-145"), D(25, "mg", "IPI-145"), D(100, "mg", "IPI-145")], None),  # unsure: capsule strengths listed as the table lists "tablets containing 50 mg, 100 mg, or 300 mg"
    ("non-doses", _T + "NCT01476657:arm", "Patients will be evaluated for DLTs in the dose escalation portion of the study during Cycle 1 (28 days), after which treatment may continue for additional cycles.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0147xxxx (\u00ae: registered sign)
    ("agents", _T + "NCT01476683:arm", "A single 2 x100 mg dose of an experimental Racecadotril Film-coated tablet (FCT) administered orally with 240 ml of water", None,
     [D(100, "mg", "Racecadotril")], None),  # "2 x100 mg": the unit amount, as the table's "2*2 tablets of 150 mg"; the water is a vehicle, not a dose
    ("agents", _T + "NCT01476683:arm", "A single 2 x 100 mg dose of a marketed Tiorfast\u00ae capsule administered orally with 240 ml of water", None,
     [D(100, "mg", "Tiorfast")], None),
    ("agents", _T + "NCT01476683:arm", "A single 175 mg dose of a marketed Tiorfanor\u00ae 175 mg FCT administered orally with 240 ml of water, with a 7-day washout between visits.", None,
     [D(175, "mg", "Tiorfanor")], None),  # the same 175 mg said twice (dose and tablet strength): listed once
    # ------------------------------------------------------------------ NCT0107xxxx
    ("amounts", _T + "NCT01076699:arm", "This group is taking 0.075 mg RVX-100", None,
     [D(0.075, "mg", "RVX-100")], None),
    ("amounts", _T + "NCT01076699:arm", "This group is taking 0.250 mg RVX-100", None,
     [D(0.25, "mg", "RVX-100")], None),
    ("non-doses", _T + "NCT01076699:intervention", "This group is taking the lowest dose of RVX-100", "0.075 mg RVX-100",
     [], None),
    # ------------------------------------------------------------------ NCT0137xxxx (\u00b1: plus-minus sign)
    ("units", _T + "NCT01376700:intervention", "Intravenous infusion at a dose of 25 \u00b1 5 IU/kg once per week.", "Recombinant antihemophilic factor, plasma/albumin-free method (rAHF-PFM)",
     [D(25, "IU/kg", "Recombinant antihemophilic factor, plasma/albumin-free method (rAHF-PFM)")], None),  # unsure: "25 \u00b1 5" read as 25 (a tolerance, not a range); agent is the intervention name (the phrase names none)
    ("units", _T + "NCT01376700:brief_summary", "a once-weekly prophylactic regimen of 25 IU/kg\n      ADVATE", None,
     [D(25, "IU/kg", "ADVATE")], None),
    ("non-doses", _T + "NCT01376700:arm", "Study visits (physical examination, lab tests including FVIII inhibitor tests) every week during the first 10 exposure days (EDs), every 5 weeks during the next 10 EDs and every 10 weeks thereafter.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0147xxxx
    ("ranges", _T + "NCT01476696:arm", "Prasugrel 0.03 milligrams per kilogram (mg/kg) to 0.60 mg/kg dosage to be titrated up or down based on desired platelet inhibition", None,
     [D((0.03, 0.6), "mg/kg", "Prasugrel")], None),
    ("non-doses", _T + "NCT01476696:arm", "Daily prasugrel dose (mg/kg) that is expected to achieve mean platelet activation inhibition of 30% administered orally, once daily for 10-18 days", None,
     [], None),
    # ------------------------------------------------------------------ NCT0167xxxx
    ("schedules", _T + "NCT01676701:arm", "Tabalumab 180 milligram (mg) loading dose administered using auto-injectors at Week 0 as 2 subcutaneous (SC) injections (90 mg each), followed by a 90 mg SC injection every 2 weeks (Q2W) up to Week 12.", None,
     [D(180, "mg", "Tabalumab"), D(90, "mg", "Tabalumab")], None),  # unsure: "90 mg each" (loading injections) and "90 mg ... Q2W" (maintenance) listed once
    # ------------------------------------------------------------------ NCT0207xxxx
    ("ranges", _T + "NCT02076659:intervention", "Methotrexate will be administered at a fixed dose of 10-15 mg on Day 1, orally (p.o.), subcutaneously (s.c.) or intramuscularly (i.m.).", "Methotrexate",
     [D((10, 15), "mg", "Methotrexate", days=[1])], None),
    ("schedules", _T + "NCT02076659:arm", "In all coohorts a stable dose of folic acid (5 mg) will be administered on Day 2.", None,
     [D(5, "mg", "folic acid", days=[2])], None),
    ("non-doses", _T + "NCT02076659:arm", "Ten cohorts of 3-6 RA patients will be treated at increasing doses per cohort of F8IL10 plus fixed doses of MTX and folic acid.", None,
     [], None),
]


HOLDOUT44: list[Row] = [
    # ------------------------------------------------------------------ NCT0227xxxx
    ("amounts", _T + "NCT02276495:arm", "ACB Study - 20 ml 0.5% Ropivacaine for Adductor Canal Block", None,
     [D(20, "mL", "Ropivacaine")], None),
    ("amounts", _T + "NCT02276495:intervention", "Adductor Canal Block Control (20 ml saline injection)", "ACB Control - 20 ml saline injection for ACB",
     [D(20, "mL", "saline")], None),
    ("agents", _T + "NCT02276495:intervention", "Ropivacaine 2 mg/mL (49.25 mL) + Epinephrine 1 mg/mL (0.5 mL) + Ketorolac 30mg/mL (1mL) + Clonidine 100 mcg/mL (0.8 mL)", "Local infiltration - 100 mLs of a solution containing: Ropivacaine + Epinephrine + Ketorolac + Clonidine + 0.9% Normal saline",
     [D(49.25, "mL", "Ropivacaine"), D(0.5, "mL", "Epinephrine"), D(1, "mL", "Ketorolac"), D(0.8, "mL", "Clonidine")], None),  # unsure: volumes of concentrates (the table's "1.0 mL ... 40 mg/mL" -> 1 mL)
    # ------------------------------------------------------------------ NCT0257xxxx
    ("ranges", _T + "NCT02576496:arm", "EDO-S101, IV, 20mg/m2 up to 150mg/m2 Day1 of each 21 day cycle-Stage 1", None,
     [D((20, 150), "mg/m2", "EDO-S101", days=[1])], None),  # unsure: "20 up to 150" read as a range (escalation)
    ("ranges", _T + "NCT02576496:arm", "EDO-S101,IV, 40mg/m2 up to 60mg/m2 on Day 1 and Day 15 of 28 day cycle in multiple myeloma patients", None,
     [D((40, 60), "mg/m2", "EDO-S101", days=[1, 15])], None),
    ("amounts", _T + "NCT02576496:detailed_description", "The starting\n      dose was a 1 hour infusion of 20 mg/m2, and the maximum dose level was 150 mg/m2.", None,
     [D(20, "mg/m2"), D(150, "mg/m2")], None),
    # ------------------------------------------------------------------ NCT0317xxxx
    ("units", _T + "NCT03176498:intervention", "Aspirin Enteric-coated Tablets, 0.1g/d by mouth; Atorvastatin Calcium, 20mg/d by mouth.", "Aspirin Enteric-coated Tablets & Atorvastatin Calcium",
     [D(0.1, "g/day", "Aspirin"), D(20, "mg/day", "Atorvastatin Calcium")], None),
    ("non-doses", _T + "NCT03176498:detailed_description", "NIHSS, Fugl-Meyer analysis (FMA) 0-3 days\n      before treatment.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0227xxxx
    ("amounts", _T + "NCT02276508:arm", "The dose of Nissle 1917 will be 100mg capsule", None,
     [D(100, "mg", "Nissle 1917")], None),
    ("amounts", _T + "NCT02276508:arm", "Participants will then increase the dose to 2 capsules (200mg) once daily for the remaining 26 days of the study period.", None,
     [D(200, "mg")], None),
    ("non-doses", _T + "NCT02276508:detailed_description", "20 adult (>21 years of age) healthy volunteers", None,
     [], None),
    # ------------------------------------------------------------------ NCT0277xxxx
    ("units", _T + "NCT02776501:intervention", "Each 50 cm*2 test site area of a subject requires 100 mg of a test material to obtain a standard 2 mg/cm*2 test application.", "Coppertone (BAY987521)",
     [D(100, "mg", "Coppertone (BAY987521)"), D(2, "mg/cm2", "Coppertone (BAY987521)")], None),  # unsure: sunscreen amount and application density (mg/cm2) both labelled
    ("non-doses", _T + "NCT02776501:arm", "Each test site area is divided into test subsite areas that are approximately at least 0.5 cm*2.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0287xxxx
    ("amounts", _T + "NCT02876510:intervention", "Atezolizumab infusion (1200 mg, i.v.) shall be given no earlier than 3 weeks post IMA101 infusion and after hematologic recovery is achieved, thereafter every 3 weeks until 6 months after IMA101 infusion.", "Atezolizumab",
     [D(1200, "mg", "Atezolizumab")], None),
    ("non-doses", _T + "NCT02876510:detailed_description", "Low-dose IL-2 will be self-administered twice daily for a total of 28 doses after infusion of\n      IMA101 product.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0277xxxx
    ("amounts", _T + "NCT02776527:arm", "taking Apatinib 500mg/qd orally, 28 days as a cycle, till disease progresses.", None,
     [D(500, "mg", "Apatinib")], None),  # "mg/qd": qd read as the frequency, unit mg
    ("amounts", _T + "NCT02776527:intervention", "taking Apatinib Mesylate Tablets 500mg/qd orally, 28 days as a cycle, till disease progresses", "Apatinib Mesylate Tablets",
     [D(500, "mg", "Apatinib Mesylate")], None),
    # ------------------------------------------------------------------ NCT0317xxxx
    ("agents", _T + "NCT03176537:intervention", "Androgel (50mg testosterone), gel, daily", "Testosterone gel",
     [D(50, "mg", "testosterone")], None),  # unsure: agent "testosterone" (the amount's substance) rather than the brand Androgel
    ("non-doses", _T + "NCT03176537:brief_summary", "Fifty\n      hypogonadic men (Total Testosterone <200ng/dL) will be recruited", None,
     [], None),
    # ------------------------------------------------------------------ NCT0257xxxx
    ("units", _T + "NCT02576548:arm", "Participants received IV dose of 0.05 mg/kg MEDI4276 every three weeks (Q3W) for 2 years.", None,
     [D(0.05, "mg/kg", "MEDI4276")], None),
    ("units", _T + "NCT02576548:arm", "Participants received IV dose of 0.75 mg/kg MEDI4276 every three weeks (Q3W) for 2 years.", None,
     [D(0.75, "mg/kg", "MEDI4276")], None),
    # ------------------------------------------------------------------ NCT0277xxxx
    ("amounts", _T + "NCT02776540:arm", "67 patients will receive 12 tablets clopidogrel ( each 75 mg) as total 900 mg each patient", None,
     [D(75, "mg", "clopidogrel"), D(900, "mg", "clopidogrel")], None),  # tablet strength and total, as the table's "600 mg daily (2 doses of 300 mg [2 tablets of 150 mg]"
    ("amounts", _T + "NCT02776540:arm", "67 patients will receive 4 tablets Aspirin ( each 75 mg) as total 300 mg for each patient and 8 tablets placebo to receive 12 tablets as total", None,
     [D(75, "mg", "Aspirin"), D(300, "mg", "Aspirin")], None),
    ("agents", _T + "NCT02776540:intervention", "there is 2 groups one group will receive 900 mg Clopidogrel and the other will receive 600 mg Clopidogrel", "Clopidogrel",
     [D(900, "mg", "Clopidogrel"), D(600, "mg", "Clopidogrel")], None),
    # ------------------------------------------------------------------ NCT0287xxxx
    ("schedules", _T + "NCT02876549:intervention", "10 mg/kg on day 0 & 1 and 5mg/kg on day 2, (Afghanistan NMLCP guidelines)", "Chloroquine",
     [D(10, "mg/kg", "Chloroquine", days=[0, 1]), D(5, "mg/kg", "Chloroquine", days=[2])], None),
    ("units", _T + "NCT02876549:brief_summary", "primaquine\n      will be prescribed at 0.25mg/kg/day for 14 days (normal patients) or 0.75mg/kg weekly for\n      eight weeks (deficient patients).", None,
     [D(0.25, "mg/kg/day", "primaquine"), D(0.75, "mg/kg", "primaquine")], None),
    ("non-doses", _T + "NCT02876549:detailed_description", "Either a drop in haemoglobin concentration by more than 2g/dl compared to baseline", None,
     [], None),
    # ------------------------------------------------------------------ NCT0227xxxx
    ("schedules", _T + "NCT02276560:arm", "Neoadjuvant cisplatin (75 mg/m2) D1 and nab-paclitaxel (125 mg/m2) D1, 8, 15, repeat each 28D cycle x 3 and then surgery per standard of care", None,
     [D(75, "mg/m2", "cisplatin", days=[1]), D(125, "mg/m2", "nab-paclitaxel", days=[1, 8, 15])], None),
    ("units", _T + "NCT02276560:arm", "Adjuvant cisplatin (75mg/m2) D1, pemetrexed (500mgm2) D1 or; cisplatin (75 mg/m2),Gemcitabine (1000mg/m2) D1, 8 repeat each 21D cycle x 4", None,
     [D(75, "mg/m2", "cisplatin", days=[1]), D(500, "mg/m2", "pemetrexed", days=[1]), D(1000, "mg/m2", "Gemcitabine", days=[1, 8])], None),  # unsure: "500mgm2" read as mg/m2; cisplatin 75 mg/m2 said twice (two regimens) listed once
    ("amounts", _T + "NCT02276560:detailed_description", "Patients will be assigned to receive three (3) cycles of cisplatin (mg/m2) and nab-paclitaxel\n      (125 mg/m2).", None,
     [D(125, "mg/m2", "nab-paclitaxel")], None),  # cisplatin's unit without a number is no dose
    # ------------------------------------------------------------------ NCT0257xxxx
    ("agents", _T + "NCT02576561:arm", "Antigen + Adjuvant - 0.6 mg lyophilized PEK fusion protein + 0.6 ml* GPI- 0100 (1:1 ratio)", None,
     [D(0.6, "mg", "PEK fusion protein"), D(0.6, "mL", "GPI- 0100")], None),  # unsure: agents as written ("GPI- 0100" with its space); "1:1 ratio" no dose
    ("agents", _T + "NCT02576561:arm", "Antigen + Adjuvant - 1.2 mg lyophilized PEK fusion protein + 1.2 ml* GPI- 0100 (1:1 ratio)", None,
     [D(1.2, "mg", "PEK fusion protein"), D(1.2, "mL", "GPI- 0100")], None),
    # ------------------------------------------------------------------ NCT0257xxxx
    ("units", _T + "NCT02576574:arm", "Pemetrexed (500 milligram per meter square [mg/m^2]) +cisplatin (75 mg/m^2)", None,
     [D(500, "mg/m2", "Pemetrexed"), D(75, "mg/m2", "cisplatin")], None),
    ("units", _T + "NCT02576574:intervention", "Pemetrexed 500 mg per square meter (mg/m^2) by IV infusion on Day 1 of 3-Week cycle up to a maximum of 6 cycles of IV injection until disease progression or unacceptable toxicities.", "Pemetrexed",
     [D(500, "mg/m2", "Pemetrexed", days=[1])], None),
    ("units", _T + "NCT02576574:intervention", "Subjects will be administered with avelumab at a dose of 10 milligram per kilogram (mg/kg) 1-hour intravenous (IV) infusion once a week for 12 weeks and then once every 2 weeks until disease progression or unacceptable toxicities.", "Avelumab",
     [D(10, "mg/kg", "avelumab")], None),
    # ------------------------------------------------------------------ NCT0287xxxx
    ("units", _T + "NCT02876601:arm", "2ng/kg lipopolysaccharide period I: 6.25mg/kg bodyweight defibrotide or placebo (0.9% sodium chloride) period II: vice versa", None,
     [D(2, "ng/kg", "lipopolysaccharide"), D(6.25, "mg/kg", "defibrotide")], None),
    ("units", _T + "NCT02876601:intervention", "bolus infusion of 2ng/kg bodyweight lps", "Lipopolysaccharide",
     [D(2, "ng/kg", "lps")], None),
    ("non-doses", _T + "NCT02876601:intervention", "(0.9% sodium chloride) infusion over 2h infusion", "Placebo (0.9% sodium chloride)",
     [], None),
    # ------------------------------------------------------------------ NCT0277xxxx
    ("schedules", _T + "NCT02776605:intervention", "TIT (MTX: 12 mg, ARA-C: 30 mg, hydrocortisone: 20 mg), , days 1, 28 and 56.", "TIT",
     [D(12, "mg", "MTX", days=[1, 28, 56]), D(30, "mg", "ARA-C", days=[1, 28, 56]), D(20, "mg", "hydrocortisone", days=[1, 28, 56])], None),
    ("schedules", _T + "NCT02776605:intervention", "Vincristine (VCR): 1.5 mg/m2 (maximum 2 mg) IV days 1, 8, 15 and 22.", "Vincristine",
     [D(1.5, "mg/m2", "Vincristine", days=[1, 8, 15, 22]), D(2, "mg", "Vincristine")], None),  # unsure: the cap "(maximum 2 mg)" labelled as a dose (as label40 did for ceilings)
    ("units", _T + "NCT02776605:intervention", "MTX: 1,5 g/m2, IV (24 h continuous infusion) days 1, 28 and 56", "Methotrexate",
     [D(1.5, "g/m2", "MTX", days=[1, 28, 56])], None),  # decimal comma
    # ------------------------------------------------------------------ NCT0217xxxx
    ("amounts", _T + "NCT02176642:arm", "Oxybutynin extended release (blinded tablet) 5mg by mouth daily for 6 weeks", None,
     [D(5, "mg", "Oxybutynin")], None),
    ("amounts", _T + "NCT02176642:intervention", "5mg tablet taken by mouth daily for 6 weeks", "Oxybutynin extended release",
     [D(5, "mg", "Oxybutynin extended release")], None),
    ("non-doses", _T + "NCT02176642:intervention", "In office therapy administered for 30 minutes once every week for a total of 6 weeks", "Posterior Tibial Nerve Stimulation",
     [], None),
    # ------------------------------------------------------------------ NCT0227xxxx
    ("agents", _T + "NCT02276612:intervention", "150/150/200/10 mg fixed-dose combination (FDC) tablet administered orally once daily with food", "E/C/F/TAF",
     [D(150, "mg", "E"), D(150, "mg", "C"), D(200, "mg", "F"), D(10, "mg", "TAF")], None),  # unsure: strengths split over the name's agents E/C/F/TAF, as "600/100 mg tablets of TMC114/rtv"
    ("non-doses", _T + "NCT02276612:brief_summary", "virologically suppressed adolescents 12 to < 18 years of age.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0257xxxx
    ("agents", _T + "NCT02576626:arm", "Interventions: indacaterol/glycopyrronium 110/50 Breezhaler\u00ae ,Placebo by Breezhaler\u00ae, ipratropium/salbutamol 0,5 mg, 2,5 mg by nebulisation, Placebo by nebulisation", None,
     [D(0.5, "mg", "ipratropium"), D(2.5, "mg", "salbutamol")], None),  # "110/50" has no unit: no dose; decimal commas
    ("non-doses", _T + "NCT02576626:brief_summary", "single dose\n      indacaterol/glycopyrronium 110/50 Breezhaler\u00ae versus single dose ipratropium/salbutamol\n      nebulisation", None,
     [], None),
    # ------------------------------------------------------------------ NCT0217xxxx
    ("agents", _T + "NCT02176655:arm", "One sumatriptan succinate 12.5 mg combined with acetylsalicylic acid 325 mg (VVD-101) capsule taken after the onset of a delayed alcohol induced headache.", None,
     [D(12.5, "mg", "sumatriptan succinate"), D(325, "mg", "acetylsalicylic acid")], None),
    ("non-doses", _T + "NCT02176655:intervention", "All subjects will treat 6 headaches with either VVD-101 or placebo in a randomized order.", "VVD-101",
     [], None),
    ("non-doses", _T + "NCT02176655:detailed_description", "Approximately 26\n      subjects, 21 years of age and older, with a history of delayed alcohol induced headache", None,
     [], None),
    # ------------------------------------------------------------------ NCT0257xxxx
    ("amounts", _T + "NCT02576639:arm", "CNP520 2 mg was taken qd orally for 13 weeks.", None,
     [D(2, "mg", "CNP520")], None),
    ("amounts", _T + "NCT02576639:arm", "CNP520 85 mg was taken qd orally for 13 weeks.", None,
     [D(85, "mg", "CNP520")], None),
    ("non-doses", _T + "NCT02576639:arm", "Matching placebo to CNP520 was taken once daily (qd) orally for 13 weeks.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0217xxxx
    ("amounts", _T + "NCT02176668:arm", "7 days repeat administration of YH4808 New Formulation 100mg after meal", None,
     [D(100, "mg", "YH4808 New Formulation")], None),
    ("agents", _T + "NCT02176668:arm", "(Partial cross over design) 7 days repeat administration of YH4808 Old Formulation 200mg after meal, 4 Weeks of wash out period, 7 days repeat administration of YH4808 New Formulation 200mg after meal,", None,
     [D(200, "mg", "YH4808 Old Formulation"), D(200, "mg", "YH4808 New Formulation")], None),  # unsure: 200 mg of two formulations (two periods) listed twice, agents with the formulation
    ("non-doses", _T + "NCT02176668:intervention", "The number of times : multiple-dose Rout : oral administration", "YH4808 NF 100",
     [], None),
    # ------------------------------------------------------------------ NCT0257xxxx
    ("amounts", _T + "NCT02576665:arm", "Toca 511: 14 mL intravenously daily for 3 days followed by up to 4 mL intratumorally or into resection cavity walls following biopsy or resection.", None,
     [D(14, "mL", "Toca 511"), D(4, "mL", "Toca 511")], None),  # "up to 4 mL" labelled as 4 mL
    ("units", _T + "NCT02576665:arm", "Toca FC: 220 mg/kg/day orally starting at Week 5-6.", None,
     [D(220, "mg/kg/day", "Toca FC")], None),
    ("amounts", _T + "NCT02576665:intervention", "Toca FC is supplied as 500 mg white, oblong tablets with \"TOCA FC\" embossed on one side and \"500\" embossed on the other side", "Toca FC",
     [D(500, "mg", "Toca FC")], None),  # tablet strength, as the table's "120 mg tablets will be dispensed"; the embossed "500" has no unit
    # ------------------------------------------------------------------ NCT0287xxxx
    ("schedules", _T + "NCT02876679:arm", "50mg/Kg/day cyclophosphamide (day +3 and +4)", None,
     [D(50, "mg/kg/day", "cyclophosphamide", days=[3, 4])], None),
    ("schedules", _T + "NCT02876679:arm", "2.5 mg/Kg/day ATG (Thymoglobuline\u00ae) for 2 consecutive days (day -2 and -1)", None,
     [D(2.5, "mg/kg/day", "ATG", days=[-2, -1])], None),
    ("schedules", _T + "NCT02876679:intervention", "30 mg/m2/day fludarabine for 5 days (day-6 to day-2) 130 mg/m2/day IV busulfan once daily for 2 days (day -4 and -3)", "Conditioning regimen",
     [D(30, "mg/m2/day", "fludarabine", days=list(range(-6, -1))), D(130, "mg/m2/day", "busulfan", days=[-4, -3])], None),
]


HOLDOUT45: list[Row] = [
    # ------------------------------------------------------------------ NCT0284xxxx
    ("amounts", _T + "NCT02846493:arm", "Rectal bromocriptine (2.5 mg, qd) for 7 days", None,
     [D(2.5, "mg", "bromocriptine")], None),
    ("amounts", _T + "NCT02846493:arm", "Oral take dexamethasone(3mg,qd)for 7 days", None,
     [D(3, "mg", "dexamethasone")], None),
    ("amounts", _T + "NCT02846493:intervention", "Patients in this group will receive rectal bromocriptine at a daily dose of 2.5 mg for 7 days,from the day of oocyte pickup.", "bromocriptine",
     [D(2.5, "mg", "bromocriptine")], None),
    # ------------------------------------------------------------------ NCT0154xxxx
    ("amounts", _T + "NCT01546506:intervention", "Midodrine 2.5 mg orally 3 times daily, 5 day-treatment.", "Gutron\u00ae treatment",
     [D(2.5, "mg", "Midodrine")], None),
    ("units", _T + "NCT01546506:brief_summary", "The main objective of the study is to assess the efficacy of midodrine taken at usual\n      recommended dose (7.5mg/day) versus no treatment on viral replication kinetics of virus\n      Influenza A.", None,
     [D(7.5, "mg/day", "midodrine")], None),
    ("amounts", _T + "NCT01546506:brief_summary", "Arm 1 : Midodrine, 2.5 mg, 3 times a day", None,
     [D(2.5, "mg", "Midodrine")], None),
    # ------------------------------------------------------------------ NCT0184xxxx
    ("amounts", _T + "NCT01846507:intervention", "Subjects will be instructed to take 2 tablets (1300) mg of Lysteda three times daily (3900 mg/daily) for five days during monthly menstruation.", "Tranexamic Acid",
     [D(1300, "mg", "Lysteda"), D(3900, "mg/day", "Lysteda")], None),  # unsure: "(1300) mg" number in brackets before its unit; "mg/daily" read as mg/day
    ("units", _T + "NCT01846507:detailed_description", "Each subject will receive oral Lysteda 1.3 grams three times daily during the first five days\n      of menses.", None,
     [D(1.3, "g", "Lysteda")], None),
    ("non-doses", _T + "NCT01846507:detailed_description", "treatment of adolescent females (10-19 years of age) with heavy menstrual bleeding (HMB).", None,
     [], None),
    # ------------------------------------------------------------------ NCT0284xxxx
    ("agents", _T + "NCT02846506:arm", "Participants will receive Treatment A (1 canagliflozin tablet 100 milligram (mg) and 1 canagliflozin tablet 50 mg along with 1 Extended Release (XR) tablet of metformin 500 mg orally under fed condition) on Day 1 of treatment period 1", None,
     [D(100, "mg", "canagliflozin", days=[1]), D(50, "mg", "canagliflozin", days=[1]), D(500, "mg", "metformin", days=[1])], None),
    ("agents", _T + "NCT02846506:intervention", "Participants will receive 1 XR FDC tablet containing canagliflozin 150 mg and metformin 500 mg orally under fed (Treatment B)or fasted condition (Treatment D)", "Canagliflozin and Metformin Extended Release (XR) Fixed Dose Combination [FDC]",
     [D(150, "mg", "canagliflozin"), D(500, "mg", "metformin")], None),
    ("amounts", _T + "NCT02846506:intervention", "Participants will receive metformin XR 500 mg tablet orally under fed (part of Treatment A)", "Metformin Extended Release (XR)",
     [D(500, "mg", "metformin XR")], None),  # unsure: agent "metformin XR" vs "metformin"
    # ------------------------------------------------------------------ NCT0154xxxx
    ("amounts", _T + "NCT01546519:intervention", "oral repeating dose of 150 mg once daily", "Vismodegib",
     [D(150, "mg", "Vismodegib")], None),
    # ------------------------------------------------------------------ NCT0284xxxx
    ("units", _T + "NCT02846519:intervention", "100-mcL spray of 14% esketamine solution (14 mg) for a total dose of 56 mg.", "Esketamine",
     [D(100, "uL", "esketamine"), D(14, "mg", "esketamine"), D(56, "mg", "esketamine")], None),  # unsure: spray volume listed with the amount, as "0.5ml (25 micrograms) of Fentanyl"
    ("amounts", _T + "NCT02846519:intervention", "2 capsules (300 mg each) of rifampin.", "Rifampin",
     [D(300, "mg", "rifampin")], None),
    ("schedules", _T + "NCT02846519:arm", "Participants in Cohort 4 (Caucasian participants) will receive a 56-mg intranasal esketamine dose regimen on Day 1 in treatment period 1", None,
     [D(56, "mg", "esketamine", days=[1])], None),
    # ------------------------------------------------------------------ NCT0224xxxx
    ("non-doses", _T + "NCT02246530:intervention", "Day of procedure, 60 cc blood draw will be taken for processing and isolation of PRP.", "PRP injection into PTRCT",
     [], None),
    # ------------------------------------------------------------------ NCT0254xxxx
    ("schedules", _T + "NCT02546531:arm", "Pembrolizumab is an intravenous (IV) drug which will be administered on an outpatient basis over 30 minutes (-5/+10) at a dose of 200 mg on Day 1 of each 21-day cycle.", None,
     [D(200, "mg", "Pembrolizumab", days=[1])], None),
    ("non-doses", _T + "NCT02546531:arm", "Gemcitabine is an IV drug which will be administered on an outpatient basis over 30 minutes at the prescribed dose on Days 1 and 8 of each 21-day cycle.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0284xxxx
    ("non-doses", _T + "NCT02846532:intervention", "Participants will receive oral suspension containing rivaroxaban 1 milligram per milliliter (mg/ml) twice daily in Part A and Part B.", "Rivaroxaban",
     [], None),
    ("agents", _T + "NCT02846532:intervention", "Following total daily doses of Rivaroxaban will be administered based on the weight of the participants: 7 to <8 kilogram (kg) will receive 2.2 milligram (mg); 8 to <10 kg will receive 3.2 mg; 10 to<12 kg will receive 3.4 mg; 12 to <20 will receive 4.0 mg and 20 to <30 will receive 5.0 mg.", "Rivaroxaban",
     [D(2.2, "mg", "Rivaroxaban"), D(3.2, "mg", "Rivaroxaban"), D(3.4, "mg", "Rivaroxaban"), D(4.0, "mg", "Rivaroxaban"), D(5.0, "mg", "Rivaroxaban")], None),  # unsure: "total daily doses" kept as mg (the text writes mg); weight bands are no dose
    ("units", _T + "NCT02846532:intervention", "Participants will receive 5 milligram per kilogram (mg/kg) of acetylsalicylic acid once daily up to 12 months in Part B.", "Acetylsalicylic Acid",
     [D(5, "mg/kg", "acetylsalicylic acid")], None),
    # ------------------------------------------------------------------ NCT0254xxxx
    ("schedules", _T + "NCT02546544:arm", "Linsitinib is to be taken orally once a day on days 1-3, 8-10 and 15-17 on a 21 day cycle. The starting dose is 600 mg", None,
     [D(600, "mg", "Linsitinib", days=[1, 2, 3, 8, 9, 10, 15, 16, 17])], None),  # unsure: the days stand in the sentence before the amount
    ("schedules", _T + "NCT02546544:brief_summary", "Each patient will be treated with single agent linsitinib, 600 mg orally\n      once a day for days 1-3, 8-10 and 15-17 on a 21 day cycle until disease progression or undue\n      toxicity.", None,
     [D(600, "mg", "linsitinib", days=[1, 2, 3, 8, 9, 10, 15, 16, 17])], None),
    ("amounts", _T + "NCT02546544:detailed_description", "Eligible patients will take 4x 150 mg tablets once a day, days 1-3 of the week followed by 4\n      days off - repeated for 3 weeks = one treatment cycle.", None,
     [D(150, "mg")], None),  # tablet strength only, as "2x5 mg/kg" -> 5 mg/kg; days of the week left unchecked
    # ------------------------------------------------------------------ NCT0124xxxx
    ("amounts", _T + "NCT01246557:intervention", "REVLIMID\u00ae (lenalidomide) is available in capsules of 5 mg, 10 mg and 15 mg p.o..", "Lenalidomide",
     [D(5, "mg", "lenalidomide"), D(10, "mg", "lenalidomide"), D(15, "mg", "lenalidomide")], None),  # unsure: agent the generic in brackets, not the brand
    ("schedules", _T + "NCT01246557:intervention", "Dexamethasone will be administered as 20 mg/day (on days 1 to 4) for oral administration.", "Dexamethasone",
     [D(20, "mg/day", "Dexamethasone", days=[1, 2, 3, 4])], None),
    ("agents", _T + "NCT01246557:brief_summary", "Given initial doses of 10 and 25 mg of lenalidomide daily may be associated with tumor lysis\n      cases, it is proposed a low initial dose of lenalidomide in the first cycle 2.5mg., with\n      further increases to prevent the occurrence of tumor lysis syndrome", None,
     [D(10, "mg", "lenalidomide"), D(25, "mg", "lenalidomide"), D(2.5, "mg", "lenalidomide")], None),
    # ------------------------------------------------------------------ NCT0154xxxx
    ("schedules", _T + "NCT01546558:arm", "Single cohort, 2-period study:\nPeriod 1, metformin 1000 mg bid on Days 1-5\nPeriod 2, metformin 1000 mg bid + ranolazine 500 mg bid on Days 6-10", None,
     [D(1000, "mg", "metformin", days=[1, 2, 3, 4, 5]), D(1000, "mg", "metformin", days=[6, 7, 8, 9, 10]),
      D(500, "mg", "ranolazine", days=[6, 7, 8, 9, 10])], None),  # unsure: the same metformin amount twice, once per period (different days)
    ("schedules", _T + "NCT01546558:intervention", "Metformin 1000 mg bid on Days 1-10", "Metformin",
     [D(1000, "mg", "Metformin", days=list(range(1, 11)))], None),
    ("schedules", _T + "NCT01546558:intervention", "Ranolazine 500 mg bid on Days 6-10", "Ranolazine",
     [D(500, "mg", "Ranolazine", days=[6, 7, 8, 9, 10])], None),
    # ------------------------------------------------------------------ NCT0184xxxx
    ("schedules", _T + "NCT01846559:arm", "Clopidogrel (tablet) over 8 days Day 1: 300 mg loading dose Day 2-7: 75 mg orally once daily\nE.coli Endotoxin Day 7 - 2 ng/kg", None,
     [D(300, "mg", "Clopidogrel", days=[1]), D(75, "mg", "Clopidogrel", days=[2, 3, 4, 5, 6, 7]),
      D(2, "ng/kg", "E.coli Endotoxin", days=[7])], None),
    ("schedules", _T + "NCT01846559:intervention", "Ticagrelor over 8 days (tablet) Day 1: 180 mg loading dose Day 2-7: 90 mg orally twice daily", "Ticagrelor",
     [D(180, "mg", "Ticagrelor", days=[1]), D(90, "mg", "Ticagrelor", days=[2, 3, 4, 5, 6, 7])], None),
    ("units", _T + "NCT01846559:intervention", "E.coli Endotoxin Day 7 - 2 ng/kg", "Endotoxin",
     [D(2, "ng/kg", "E.coli Endotoxin", days=[7])], None),  # "Day 7 - 2 ng/kg" is day 7, amount 2 (no range)
    # ------------------------------------------------------------------ NCT0154xxxx
    ("amounts", _T + "NCT01546571:intervention", "POL-103A is administered intradermally, divided into 4 injections (0.2 mL each injection) into the volar surface of forearms and into the anterior upper thighs", "POL-103A",
     [D(0.2, "mL", "POL-103A")], None),
    ("amounts", _T + "NCT01546571:intervention", "Placebo is administered intradermally, divided into 4 injections (0.2 mL each injection)", "POL-103A without API",
     [D(0.2, "mL", "Placebo")], None),
    # ------------------------------------------------------------------ NCT0254xxxx
    ("units", _T + "NCT02546570:arm", "Drug: oxytocin and placebo nasal spray (within-subjects design, blinded and counterbalanced for two lab sessions); dosage=24 international units (IU).", None,
     [D(24, "IU", "oxytocin")], None),
    ("non-doses", _T + "NCT02546570:arm", "Participant inserts nasal spray container 1cm into nostril at angle of 45 degrees and sprays.", None,
     [], None),
    ("non-doses", _T + "NCT02546570:arm", "Will wait 15 seconds then repeat administration to other nostril (alternating between nostrils). Participants will receive 6 puffs in total (3 in each nostril).", None,
     [], None),
    # ------------------------------------------------------------------ NCT0254xxxx
    ("ranges", _T + "NCT02546583:arm", "Loop diuretic (Bumetanide or Furosemide) dose remains the same as visit 1 dose but now with the addition of 500-1000 mg IV chlorothiazide", None,
     [D((500, 1000), "mg", "chlorothiazide")], None),
    ("non-doses", _T + "NCT02546583:arm", "Subjects taking an IV loop diuretic (Bumetanide or Furosemide) that have sodium output greater than 100 mmol.", None,
     [], None),
    ("non-doses", _T + "NCT02546583:intervention", "An increase to 2.5x the Visit 1 dose of loop diuretic (bumetanide or furosemide).", "Increased Intravenous Bolus Loop Diuretic Dose (Bumetanide or Furosemide)",
     [], None),
    # ------------------------------------------------------------------ NCT0154xxxx
    ("schedules", _T + "NCT01546597:arm", "Period 3, metformin 500 mg bid + ranolazine 1000 mg bid on Days 11-15", None,
     [D(500, "mg", "metformin", days=[11, 12, 13, 14, 15]), D(1000, "mg", "ranolazine", days=[11, 12, 13, 14, 15])], None),
    ("schedules", _T + "NCT01546597:intervention", "Metformin 500 mg bid on Days 1-5\nMetformin 850 mg bid on Days 6-10\nMetformin 500 mg bid on Days 11-15\nMetformin 850 mg bid on Days 16-20", "Metformin",
     [D(500, "mg", "Metformin", days=[1, 2, 3, 4, 5]), D(850, "mg", "Metformin", days=[6, 7, 8, 9, 10]),
      D(500, "mg", "Metformin", days=[11, 12, 13, 14, 15]), D(850, "mg", "Metformin", days=[16, 17, 18, 19, 20])], None),
    ("schedules", _T + "NCT01546597:intervention", "Ranolazine 1000 mg bid on Days 11-15\nRanolazine 1000 mg bid on Days 16-20", "Ranolazine",
     [D(1000, "mg", "Ranolazine", days=[11, 12, 13, 14, 15]), D(1000, "mg", "Ranolazine", days=[16, 17, 18, 19, 20])], None),  # unsure: same amount twice, kept apart by its days
    # ------------------------------------------------------------------ NCT0184xxxx
    ("units", _T + "NCT01846611:arm", "Participants will receive DOXIL 30 millgram per meter square (mg/m^2) administered as an intravenous (IV) infusion over approximately 90 minutes followed by trabectedin 1.1 mg/m^2 administered as an IV infusion over approximately 3hours, every 3 weeks.", None,
     [D(30, "mg/m2", "DOXIL"), D(1.1, "mg/m2", "trabectedin")], None),  # "millgram" is misspelt in the source
    ("schedules", _T + "NCT01846611:intervention", "1.1 mg/m^2 administered intravenously over approximately 3 hours on Day 1 of each 21-day treatment cycle.", "Trabectedin",
     [D(1.1, "mg/m2", "Trabectedin", days=[1])], None),
    ("schedules", _T + "NCT01846611:intervention", "20 mg administered intravenously on Day 1 of each 21-day treatment cycle approximately 30 minutes prior to study drug infusion.", "Dexamethasone",
     [D(20, "mg", "Dexamethasone", days=[1])], None),
    # ------------------------------------------------------------------ NCT0224xxxx
    ("agents", _T + "NCT02246621:arm", "150 milligrams (mg) Abemaciclib orally every 12 hours plus either 1 mg anastrozole or 2.5 mg letrozole orally once daily for 28 days (28 day cycles).", None,
     [D(150, "mg", "Abemaciclib"), D(1, "mg", "anastrozole"), D(2.5, "mg", "letrozole")], None),
    ("agents", _T + "NCT02246621:arm", "Placebo orally every 12 hours plus either 1 mg anastrozole or 2.5 mg letrozole orally once daily for 28 days (28 day cycles).", None,
     [D(1, "mg", "anastrozole"), D(2.5, "mg", "letrozole")], None),
    # ------------------------------------------------------------------ NCT0184xxxx
    ("amounts", _T + "NCT01846650:arm", "Single oral Capecitabine tablets 2000mg qd", None,
     [D(2000, "mg", "Capecitabine")], None),
    ("amounts", _T + "NCT01846650:arm", "Single oral XELODA 2000mg qd", None,
     [D(2000, "mg", "XELODA")], None),
    ("agents", _T + "NCT01846650:brief_summary", "Capecitabine tablets 500 mg\n           (Jiangsu Chia-Tai Tianqing Pharmacy Co. Ltd.) versus XELODA\u00ae 500 mg tablets", None,
     [D(500, "mg", "Capecitabine"), D(500, "mg", "XELODA\u00ae")], None),  # tablet strengths; agent written with its registered sign, as "TICE\u00ae BCG Organism"
    # ------------------------------------------------------------------ NCT0224xxxx
    ("amounts", _T + "NCT02246660:intervention", "The dose of Resveratrol will be 500 mg daily for six months. Resveratrol is taken orally. Resveratrol is a natural plant derivative.\nOR\nThe dose of Resveratrol will be 125 mg daily for six months.", "Resveratrol",
     [D(500, "mg", "Resveratrol"), D(125, "mg", "Resveratrol")], None),
    ("amounts", _T + "NCT02246660:arm", "The dose of Resveratrol will be 125 mg daily for six months.", None,
     [D(125, "mg", "Resveratrol")], None),
    ("units", _T + "NCT02246660:detailed_description", "participants\n      randomized to 500 mgs of resveratrol (N=22) will be compared to those randomized to placebo\n      (N=20) and participants randomized to 125 mgs of resveratrol (N=22) will be compared to those\n      randomized to placebo (N=22), respectively.", None,
     [D(500, "mg", "resveratrol"), D(125, "mg", "resveratrol")], None),  # "mgs" read as mg; (N=22) are group sizes
    # ------------------------------------------------------------------ NCT0254xxxx
    ("agents", _T + "NCT02546609:arm", "Leu-Met-Sil 0.5: 3 capsules BID consisting of 2 capsules containing 550 mg L-leucine each and 1 capsule containing 500 mg metformin and 0.5 mg of sildenafil.", None,
     [D(550, "mg", "L-leucine"), D(500, "mg", "metformin"), D(0.5, "mg", "sildenafil")], None),
    ("agents", _T + "NCT02546609:arm", "Leu-Met-Sil 1.0: 3 capsules BID consisting of 2 capsules containing 550 mg L-leucine each and 1 capsule containing 500 mg metformin and 1.0 mg of sildenafil.", None,
     [D(550, "mg", "L-leucine"), D(500, "mg", "metformin"), D(1.0, "mg", "sildenafil")], None),  # "Leu-Met-Sil 1.0" is a name (no unit), not a dose
    ("non-doses", _T + "NCT02546609:arm", "Placebo: 3 capsules BID containing 99% Avicel PH302 and 1% magnesium stearate (w/w)", None,
     [], None),
    # ------------------------------------------------------------------ NCT0154xxxx
    ("amounts", _T + "NCT01546623:arm", "TAP-144-SR(6M) 22.5 mg, injection, treatment interval 24 weeks for up to 48 weeks.", None,
     [D(22.5, "mg", "TAP-144-SR(6M)")], None),
    ("amounts", _T + "NCT01546623:arm", "TAP-144-SR(3M) 11.25 mg, injection, treatment interval 12 weeks for up to 48 weeks.", None,
     [D(11.25, "mg", "TAP-144-SR(3M)")], None),
    # ------------------------------------------------------------------ NCT0184xxxx
    ("amounts", _T + "NCT01846663:arm", "Rifaximin, oral, 550 mg BID, 6 months of treatment", None,
     [D(550, "mg", "Rifaximin")], None),
    ("amounts", _T + "NCT01846663:intervention", "Placebo, oral, 0 mg BID, 6 months of treatment", "Placebo",
     [D(0, "mg", "Placebo")], None),  # unsure: a zero amount labelled as a dose, as the table's "0 mg/day" of prednisone
    ("amounts", _T + "NCT01846663:intervention", "Rifaximin, oral, 550 mg BID, 6 months treatment", "Rifaximin",
     [D(550, "mg", "Rifaximin")], None),
    # ------------------------------------------------------------------ NCT0224xxxx
    ("amounts", _T + "NCT02246673:arm", "Once daily (qd) with febuxostat 40mg (qd) for 7 days, and with febuxostat 80 mg (qd) for 7 days", None,
     [D(40, "mg", "febuxostat"), D(80, "mg", "febuxostat")], None),
]


HOLDOUT46: list[Row] = [
    # ------------------------------------------------------------------ NCT0126xxxx
    ("amounts", _T + "NCT01266499:arm", "will receive PO Garamycin 80mg x 4/d", None,
     [D(80, "mg", "Garamycin")], None),  # "x 4/d": four times a day, unit mg
    ("agents", _T + "NCT01266499:intervention", "PO Garamycin 80mg x 4/d +PO Colistin (Polymyxin E) 100mg x 4/d", "both medications",
     [D(80, "mg", "Garamycin"), D(100, "mg", "Colistin")], None),  # unsure: agent "Colistin" (text adds "(Polymyxin E)")
    # ------------------------------------------------------------------ NCT0156xxxx
    ("amounts", _T + "NCT01566487:arm", "Quetiapine fumarate film-coated tablets 300 mg of Dr. Reddy's Laboratories Limited", None,
     [D(300, "mg", "Quetiapine fumarate")], None),
    ("amounts", _T + "NCT01566487:arm", "Seroquel film-coated tablets 300 mg of Astrazeneca Pharmaceuticals, USA", None,
     [D(300, "mg", "Seroquel")], None),
    ("amounts", _T + "NCT01566487:intervention", "Quetiapine fumarate tablets 300mg", "Quetiapine fumarate",
     [D(300, "mg", "Quetiapine fumarate")], None),
    # ------------------------------------------------------------------ NCT0186xxxx
    ("units", _T + "NCT01866488:arm", "Cook Catheter is placed and a 50mcg misoprostol tablet is given orally. A repeat dose is administered in 3 hours.", None,
     [D(50, "ug", "misoprostol")], None),
    ("non-doses", _T + "NCT01866488:arm", "Cook Catheter is placed and a placebo tablet is given orally. A repeat dose is administered in 3 hours.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0126xxxx
    ("units", _T + "NCT01266512:arm", "Radiotherapy: IMRT - Docetaxel 20mg/m2 + cisplatin 20mg/m2 weekly for 6 weeks", None,
     [D(20, "mg/m2", "Docetaxel"), D(20, "mg/m2", "cisplatin")], None),
    ("schedules", _T + "NCT01266512:arm", "Adjuvant chemotherapy: Q3W for 2 cycles Docetaxel 35 mg/m\u00b2 IV infusion for 1 hour on D1&8 - Cisplatin 35 mg/m\u00b2 on D1&8", None,
     [D(35, "mg/m2", "Docetaxel", days=[1, 8]), D(35, "mg/m2", "Cisplatin", days=[1, 8])], None),
    ("amounts", _T + "NCT01266512:arm", "Dexamethasone for a total of 3 doses is to be given at a dose of 4 mg at 12 hours, 1 hour before and 12 hours after docetaxel administration", None,
     [D(4, "mg", "Dexamethasone")], None),
    ("amounts", _T + "NCT01266525:arm", "SAR110894, 0.5 mg once daily along with Donepezil.", None,
     [D(0.5, "mg", "SAR110894")], None),
    ("amounts", _T + "NCT01266525:arm", "SAR110894, 5 mg once daily along with Donepezil.", None,
     [D(5, "mg", "SAR110894")], None),
    ("amounts", _T + "NCT01266525:intervention", "5 mg or 10 mg once daily continued as taken before inclusion", "Donepezil",
     [D(5, "mg", "Donepezil"), D(10, "mg", "Donepezil")], None),
    # ------------------------------------------------------------------ NCT0156xxxx
    ("units", _T + "NCT01566539:intervention", "Participants will self-administer a single dose of 24 international units (IU) oxytocin. Five puffs per nostril, each with 2.4 IU oxytocin. Ten puffs total.", "Intranasal Oxytocin (OT) 24 IU",
     [D(24, "IU", "oxytocin"), D(2.4, "IU", "oxytocin")], None),  # per-puff amount listed as a strength, as "2 tablets of 150 mg"
    ("units", _T + "NCT01566539:intervention", "Participants will self-administer a 0.5 ml solution containing 40 international units (IU) of AVP. 5 puffs in total, each with 4 International Units (IU) AVP.", "Intranasal Vasopressin (AVP) 40 IU",
     [D(0.5, "mL", "AVP"), D(40, "IU", "AVP"), D(4, "IU", "AVP")], None),  # unsure: volume and amount both, as "0.5ml (25 micrograms) of Fentanyl"
    ("non-doses", _T + "NCT01566539:arm", "Healthy volunteers between the ages of 21-30 years will receive placebo prior to completing the Faces task during fMRI scanning.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0186xxxx
    ("units", _T + "NCT01866553:arm", 'Then the "combination phase" ensues with continued daily nilotinib 300 mg BID combined with PegIFN 25 ug/week for 3 months up to the Month 6 time point.', None,
     [D(300, "mg", "nilotinib"), D(25, "ug/week", "PegIFN")], None),
    ("amounts", _T + "NCT01866553:intervention", "300 mg capsule BID oral use", "Nilotinib",
     [D(300, "mg", "Nilotinib")], None),
    ("ranges", _T + "NCT01866553:intervention", "25 - 40 microgram per week for subcutaneous use", "Pegylated interferon \u03b1-2b",
     [D((25, 40), "ug/week", "Pegylated interferon \u03b1-2b")], None),
    # ------------------------------------------------------------------ NCT0156xxxx
    ("agents", _T + "NCT01566565:intervention", "Treatment 3: Theophylline, 300 mg plus Bambuterol, 20 mg", "Theophylline and Bambuterol",
     [D(300, "mg", "Theophylline"), D(20, "mg", "Bambuterol")], None),
    ("amounts", _T + "NCT01566565:detailed_description", "Treatment 2: Bambuterol 20 mg.", None,
     [D(20, "mg", "Bambuterol")], None),
    ("non-doses", _T + "NCT01566565:detailed_description", "Periods I and II consist of the oral administration of either a\n      single dose of theophylline or bambuterol alone, followed by a 7 day wash out interval.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0186xxxx
    ("units", _T + "NCT01866566:intervention", "Give a single 0.5 mL HBV and get blood samples at 0,1.5,4.5 month", "HBV-3",
     [D(0.5, "mL", "HBV")], None),
    ("units", _T + "NCT01866566:intervention", "Give 2 doses varicella vaccine (a single 0.5 mL) and get blood samples at 0,1.5,7.5 month", "varicella-6",
     [D(0.5, "mL", "varicella vaccine")], None),
    ("non-doses", _T + "NCT01866566:arm", "2 doses varicella vaccine either BCHT or Kengen and 3 month of the interval time", None,
     [], None),
    # ------------------------------------------------------------------ NCT0126xxxx
    ("schedules", _T + "NCT01266590:arm", "Two oral 0.5-milligrams (mg) (two 0.25-mg tablets) doses of digoxin separated by 12 hours on Day 1", None,
     [D(0.5, "mg", "digoxin", days=[1]), D(0.25, "mg", "digoxin")], None),  # tablet strength listed, as "2 doses of 300 mg [2 tablets of 150 mg]"
    ("schedules", _T + "NCT01266590:arm", "followed by once daily 0.25-mg (single 0.25-mg tablet) dose of digoxin on Days 2-14", None,
     [D(0.25, "mg", "digoxin", days=list(range(2, 15)))], None),  # the same 0.25 mg said twice (dose and tablet): listed once
    ("schedules", _T + "NCT01266590:arm", "Daily oral 18-mg (two 9-mg tablets) doses of LY2216684 on Days 8-14.", None,
     [D(18, "mg", "LY2216684", days=list(range(8, 15))), D(9, "mg", "LY2216684")], None),
    # ------------------------------------------------------------------ NCT0226xxxx
    ("agents", _T + "NCT02266589:intervention", "Hydrocortisone hemisuccinate (Roussel-Uclaf, Romainville, France), 50 mg intravenously every 6 hrs", "Hydrocortisone",
     [D(50, "mg", "Hydrocortisone hemisuccinate")], None),  # unsure: agent with the salt ("hemisuccinate") as written
    ("non-doses", _T + "NCT02266589:arm", "little doses of hydrocortisone", None,
     [], None),
    ("units", _T + "NCT01266603:arm", "HDIL-2 720,000 IU/kg by vein over an approximate 15 minute period every eight hours, for a maximum of 14 doses per cycle.", None,
     [D(720000, "IU/kg", "HDIL-2")], None),
    ("units", _T + "NCT01266603:intervention", "720,000 IU/kg by vein over an approximate 15 minute period every eight hours, for a maximum of 14 doses per cycle.", "HDIL-2",
     [D(720000, "IU/kg", "HDIL-2")], None),
    ("non-doses", _T + "NCT01266603:detailed_description", "Additional blood (about 4 tablespoons each time) will be drawn for laboratory tests to look\n      at how the study drug combination may affect the immune system.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0256xxxx
    ("ranges", _T + "NCT02566603:arm", "Intervention levels range from 3 to 24 micrograms of PRTX-100 per kilogram of patient weight.", None,
     [D((3, 24), "ug/kg", "PRTX-100")], None),
    ("units", _T + "NCT02566603:intervention", "Four weekly infusions of PRTX-100 at a level of 12 micrograms of PRTX-100 per kilogram of patient weight, infused over 60 minutes, followed by four hours of observation after start of infusion.", "PRTX-100",
     [D(12, "ug/kg", "PRTX-100")], None),
    ("units", _T + "NCT01266616:arm", "HIV MAG pDNA plus 50 mcg of IL-12 pDNA IM/EP", None,
     [D(50, "ug", "IL-12 pDNA")], None),
    ("units", _T + "NCT01266616:arm", "HIV MAG pDNA plus 1,000 mcg (or highest dose reached) IL-12 pDNA IM", None,
     [D(1000, "ug", "IL-12 pDNA")], None),
    ("units", _T + "NCT01266616:intervention", "3,000 mcg admixture of two vaccine plasmids: ProfectusVax DNA Plasmid (HIV-1 gag/pol) and ProfectusVax DNA Plasmid (HIV-1 nef/tat/vif, env) at Weeks 0, 4, and 12", "Profectus HIV MAG pDNA vaccine",
     [D(3000, "ug", "Profectus HIV MAG pDNA vaccine")], None),  # unsure: agent; the phrase names only "two vaccine plasmids", so the intervention name
    # ------------------------------------------------------------------ NCT0186xxxx
    ("units", _T + "NCT01866605:intervention", "Intravenous midazolam 0.3 mg/kg", "Midazolam",
     [D(0.3, "mg/kg", "midazolam")], None),
    ("non-doses", _T + "NCT01866605:detailed_description", "The investigators are randomising patients aged 18-70 having elective surgery to 1) a cotton\n      blanket and reassurance as required; 2) midazolam, a cotton blanket and reassurance as\n      required;", None,
     [], None),
    # ------------------------------------------------------------------ NCT0226xxxx
    ("units", _T + "NCT02266628:arm", "RSV-F vaccine (0.5mL Injection)", None,
     [D(0.5, "mL", "RSV-F vaccine")], None),
    ("units", _T + "NCT02266628:arm", "Saline Placebo (0.5mL Injection)", None,
     [D(0.5, "mL", "Saline Placebo")], None),  # unsure: a placebo volume labelled as a dose (as "20 ml saline injection"); agent as written
    # ------------------------------------------------------------------ NCT0156xxxx
    ("non-doses", _T + "NCT01566630:intervention", "RLX030 1 mg/mL vials", "RLX030",
     [], None),  # a vial concentration, not a dose ("40 mg/mL" is not a dose)
    ("non-doses", _T + "NCT01566630:arm", "two (2) patients will be treated double blind with RLX030 as intravenous infusion for 72 hours", None,
     [], None),
    ("non-doses", _T + "NCT01566630:arm", "There will be 3 cohorts in part 1 with different doses of RLX030.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0126xxxx
    ("amounts", _T + "NCT01266655:intervention", "For the first 3 days, patients will receive baclofen in a dose of 5 milligrams t.i.d.; subsequently, the daily dose of baclofen will be increased to a maximum of 90 milligrams t.i.d. within 4 weeks.", "Baclofen",
     [D(5, "mg", "baclofen"), D(90, "mg", "baclofen")], None),  # "For the first 3 days": days not checked
    ("amounts", _T + "NCT01266655:intervention", "In case of intolerance, dosage can be decreased to a minimum of 10 mg t.i.d..", "Baclofen",
     [D(10, "mg", "Baclofen")], None),
    ("non-doses", _T + "NCT01266655:intervention", "Baclofen will be administered orally for a maximum of 20 consecutive weeks.", "Baclofen",
     [], None),
    # ------------------------------------------------------------------ NCT0156xxxx
    ("agents", _T + "NCT01566643:intervention", "then rabeprazole 20mg bid + amoxicillin 1g bid + clarithromycin 0.5g bid + metronidazole 0.5g bid for other 7 days", "RA5-RACM7",
     [D(20, "mg", "rabeprazole"), D(1, "g", "amoxicillin"), D(0.5, "g", "clarithromycin"), D(0.5, "g", "metronidazole")], None),
    ("agents", _T + "NCT01566643:detailed_description", "group 1, 14-days hybrid\n      therapy: rabeprazole 20mg bid + amoxicillin 1g bid treated for 7 days", None,
     [D(20, "mg", "rabeprazole"), D(1, "g", "amoxicillin")], None),
    ("non-doses", _T + "NCT01566643:arm", "RA3-RACM7: rabeprazole + amoxicillin x 3 days, then rabeprazole + amoxicillin + clarithromycin + metronidazole x 7 days.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0186xxxx
    ("agents", _T + "NCT01866644:arm", "(400 mg of N-acetylcysteine at 10%, 4 ml )", None,
     [D(400, "mg", "N-acetylcysteine"), D(4, "mL", "N-acetylcysteine")], None),  # amount and volume of the same drug: both, as "0.5ml (25 micrograms) of Fentanyl"
    ("amounts", _T + "NCT01866644:detailed_description", "The dose is 400 mg\n      in the portal perfusion liquid.", None,
     [D(400, "mg")], None),
    # ------------------------------------------------------------------ NCT0256xxxx
    ("units", _T + "NCT02566655:arm", "The first four patients enrolled will receive a single dose of 2 million cells/Kg and the last six patients enrolled, will receive a single dose of 5 million cells/kg.", None,
     [D(2e6, "cells/kg"), D(5e6, "cells/kg")], None),
    ("non-doses", _T + "NCT02566655:intervention", "The infusion day BM-MSCs will be fucosylated and resuspended in saline to a concentration of 5 million cells per 1 mL.", "Fucosylated MSC for Osteoporosis",
     [], None),  # a concentration, not a dose
    ("non-doses", _T + "NCT02566655:intervention", "Aproximately 30 days before the infusion of the investigational product, patient bone marrow will be obtained", "Fucosylated MSC for Osteoporosis",
     [], None),
    # ------------------------------------------------------------------ NCT0156xxxx
    ("schedules", _T + "NCT01566656:intervention", "TLI Administration: TLI is administered ten times in 120 cGy fractions on day -11 through day -7 and day -4 through day -1.", "total lymphoid irradiation and anti-thymocyte globulin",
     [D(1.2, "Gy", "TLI", days=[-11, -10, -9, -8, -7, -4, -3, -2, -1])], None),  # cGy written as Gy (the reader normalises units)
    ("schedules", _T + "NCT01566656:intervention", "ATG: Thymoglobulin will be administered five times intravenously at 1.5 mg/kg/day from day -11 through day -7 for a total dose of 7.5 mg/kg.", "total lymphoid irradiation and anti-thymocyte globulin",
     [D(1.5, "mg/kg/day", "Thymoglobulin", days=[-11, -10, -9, -8, -7]), D(7.5, "mg/kg", "Thymoglobulin")], None),  # unsure: the total dose listed too, without days
    ("agents", _T + "NCT01566656:intervention", "GVHD Prophylaxis: Cyclosporine A (CSP) 3 mg/kg IV from day-3 and Mycophenylate mofetil (MMF) 500 mg x 4/ day PO from day 0", "total lymphoid irradiation and anti-thymocyte globulin",
     [D(3, "mg/kg", "Cyclosporine A"), D(500, "mg", "Mycophenylate mofetil")], None),  # "from day-3"/"from day 0" are start days of open-ended courses: days not checked
    ("amounts", _T + "NCT01566669:arm", "Before incision, parecoxib patients received 40mg of parecoxib IV", None,
     [D(40, "mg", "parecoxib")], None),
    ("agents", _T + "NCT01566669:intervention", "30 min before the end of surgery, a mixture of 6 mL of ropivacaine 0.25% and 2mg morphine was given epidurally.", "Parecoxib Sodium",
     [D(6, "mL", "ropivacaine"), D(2, "mg", "morphine")], None),  # the 0.25% strength is no dose; the volume of ropivacaine is
    ("units", _T + "NCT01566669:intervention", "Before incision, patients in Group C (n = 120) receive 2 mL of normal saline IV.", "Normal saline",
     [D(2, "mL", "normal saline")], None),  # placebo volume labelled as a dose, as "20 ml saline injection"
]


HOLDOUT47: list[Row] = [
    # ---------------------- in reading order (one record per folder per round: 0128, 0158, 0188, 0218, 0248, 0288)
    ("units", _T + "NCT01586494:intervention", "One dose of ULTRAM ER that is closest to 2 mg/kg, based on the participant's body weight and adjusting the dose in 25 mg increments.", "ULTRAM ER",
     [D(2, "mg/kg", "ULTRAM ER")], None),  # the 25 mg step is no dose (as "in 5-mg decrements" in HOLDOUT7)
    ("amounts", _T + "NCT01586494:detailed_description", "the pharmacokinetic data will be evaluated to target a dose for\n      Group 2 that will achieve a level of exposure similar to that seen with a single 200 mg\n      ULTRAM ER dose in adults.", None,
     [D(200, "mg", "ULTRAM ER")], None),  # unsure: the adult reference dose, not given in this study
    ("agents", _T + "NCT02186496:arm", "Candesartan 8mg and Amlodipine 5mg, PO, 1days or 22days", None,
     [D(8, "mg", "Candesartan"), D(5, "mg", "Amlodipine")], None),
    ("agents", _T + "NCT02186496:arm", "CKD-330 8/5mg, PO, 1days or 22days", None,
     [D(8, "mg", "CKD-330"), D(5, "mg", "CKD-330")], None),  # unsure: a fixed combination's two strengths, both given the product's name
    ("units", _T + "NCT02486510:intervention", "Maraviroc Dose: 300 mg/12 hours For patients receiving an HIV-protease inhibitor (except tipranavir or Fosamprenavir), the dose will be reduced to 150 mg/12hours For patients receiving Efavirenz dose the dose will be 600 mg/12hours", "Maraviroc",
     [D(300, "mg", "Maraviroc"), D(150, "mg", "Maraviroc"), D(600, "mg", "Maraviroc")], None),  # unsure: "mg/12 hours" read as mg every 12 h (unit mg), not a daily rate
    ("agents", _T + "NCT01586533:intervention", "Zoenasa Rectal Gel (4.0g mesalamine [5-ASA], 1.0g N-acetylcysteine [NAC]; 60ml)", "Zoenasa-1:4",
     [D(4.0, "g", "mesalamine"), D(1.0, "g", "N-acetylcysteine"), D(60, "mL", "Zoenasa Rectal Gel")], None),  # unsure: the 60 mL volume's agent (the gel as a whole)
    ("units", _T + "NCT01586533:intervention", "Mesalamine Rectal Suspension Enema (4.0g mesalamine [5-ASA], 60ml)", "Mesalamine Enema",
     [D(4.0, "g", "mesalamine"), D(60, "mL", "Mesalamine Rectal Suspension Enema")], None),  # unsure: the 60 mL volume's agent
    ("agents", _T + "NCT01586533:brief_summary", "two cohorts of subjects\n      will receive either Zoenasa-1:4 (1.0g NAC; 4.0g 5-ASA) investigational drug enema therapy or\n      comparator mesalamine enema (4.0g 5-ASA).", None,
     [D(1.0, "g", "NAC"), D(4.0, "g", "5-ASA")], None),  # 4.0 g 5-ASA said twice: listed once
    ("units", _T + "NCT02486536:arm", "Fast for 12h before the examination and take 8ml of Simethicone Emulsion (Berlin-Chemie, Germany, containing 40 mg simethicone in 1mL emulsion) with 250ml water 30min before capsule ingestion.", None,
     [D(8, "mL", "Simethicone Emulsion")], None),  # "40 mg ... in 1mL" a concentration; "with 250ml water" a vehicle
    ("units", _T + "NCT02486536:arm", "the same as protocol A plus 1L Polyethylene glycol 11-12h before VCE.", None,
     [D(1, "L", "Polyethylene glycol")], None),
    ("units", _T + "NCT02486536:arm", "Group E: the same as protocol A plus 2L Polyethylene glycol 2-4h before VCE.", None,
     [D(2, "L", "Polyethylene glycol")], None),
    ("units", _T + "NCT02486549:arm", "Ultrasound guided supraclavicular block with 20 ml of 0.25% bupivacaine will be performed", None,
     [D(20, "mL", "bupivacaine")], None),
    ("units", _T + "NCT02486549:intervention", "an insulated needle will be placed through the middle scalene muscle,into the interscalene groove with in-plane technique and 20ml 0.25%bupivacaine will be administered into the brachial plexus", "Interscalene Block",
     [D(20, "mL", "bupivacaine")], None),
    ("units", _T + "NCT02486549:intervention", "20ml 0.25% bupivacaine will be injected for brachial plexus block", "Bupivacaine",
     [D(20, "mL", "bupivacaine")], None),
    ("amounts", _T + "NCT01886560:arm", "Doxycycline treatment 50mg bid x 14 days then 50mg qd x 10 weeks", None,
     [D(50, "mg", "Doxycycline"), D(50, "mg", "Doxycycline")], None),  # unsure: the same 50 mg on a second schedule (bid, then qd) listed again
    ("amounts", _T + "NCT01886560:intervention", "Tablets Doxycycline 50mg bid for 2 weeks,50mg qd for 10 weeks.", "Doxycycline",
     [D(50, "mg", "Doxycycline"), D(50, "mg", "Doxycycline")], None),  # unsure: as the arm row, listed twice for the two schedules
    ("non-doses", _T + "NCT01886560:intervention", "Tablets placebo one PO per day for 12 weeks", "Placebo",
     [], None),
    ("units", _T + "NCT02886559:arm", "Chidamide 30mg twice for one week decitabine 20mg/m^2 for 5 days", None,
     [D(30, "mg", "Chidamide"), D(20, "mg/m2", "decitabine")], None),
    ("scientific", _T + "NCT01586572:intervention", "Monovalent type 1 oral poliovirus vaccine (mOPV1) containing at least106 TCID50 of Sabin- strain poliovirus type 1.", "mOPV1",
     [D(1e6, "TCID50", "Sabin- strain poliovirus type 1")], None),  # unsure: "106" is 10^6 with the superscript lost (glued to "least"); agent the strain after "of", as the PFU rows of HOLDOUT12
    ("scientific", _T + "NCT01586572:intervention", "The bivalent vaccine containing at least 106 CCID50 of Sabin poliovirus type 1", "bOPV 1,3",
     [D(1e6, "CCID50", "Sabin poliovirus type 1")], None),  # unsure: "106" is 10^6 with the superscript lost; unit as written (CCID50). Phrase stops before "105<bullet>8 CCID50" (character not verified)
    ("non-doses", _T + "NCT01586572:arm", "Arm A will be administered a second dose of mOPV1 seven days after the 42 day mOPV1 index dose.Second dose of tOPV2 will be given at day 79.", None,
     [], None),
    ("schedules", _T + "NCT01286584:intervention", "one 0.5mg varenicline capsule on first 3 days one 0.5mg varenicline capsule, twice daily for 4 days one 1.0mg varenicline capsule, twice daily until end of treatment (12weeks of medication", "varenicline",
     [D(0.5, "mg", "varenicline"), D(0.5, "mg", "varenicline"), D(1.0, "mg", "varenicline")], None),  # unsure: 0.5 mg on two schedules (once daily days 1-3, then twice daily for 4 days) listed twice
    ("amounts", _T + "NCT01886599:arm", "Asunaprevir 100 mg tablet by mouth twice daily for 7 days", None,
     [D(100, "mg", "Asunaprevir")], None),  # the same text is every arm's description (5 arms)
    ("units", _T + "NCT02186600:arm", "Subjects who have serum D levels of 30 ng/ml or greater will be prescribed 1,000 IU vitamin D3 daily; subjects with levels of 20-29 ng/ml will be prescribed 2,000 IU Vitamin D3; and subjects with levels of 10-19 ng/ml will be prescribed 3,000 IU Vitamin D3.", None,
     [D(1000, "IU", "vitamin D3"), D(2000, "IU", "Vitamin D3"), D(3000, "IU", "Vitamin D3")], None),  # the ng/ml serum levels are no doses
    ("amounts", _T + "NCT02186600:arm", 'Subjects in the risedronate group will take 35 mg of the bisphosphonate "risedronate" weekly for 12 months plus CaD.', None,
     [D(35, "mg", "risedronate")], None),  # unsure: agent is the quoted name after "of the bisphosphonate"
    ("non-doses", _T + "NCT02186600:arm", "taking the medication upon arising in the morning with an 8 ounce glass of water, remaining upright for at least 30 minutes", None,
     [], None),  # the water to take the tablet with is no dose (as "with 240mL of water" in HOLDOUT7)
    ("schedules", _T + "NCT02486601:arm", "nab-paclitaxel + FOLFOX nab-paclitaxel: 150 mg/m2 D1 every 2 weeks Leucovorin: 400 mg/m2 D1 every 2 weeks Oxaliplatin: 85 mg/m2 D1 every 2 weeks 5-FU infusion: 2400mg/m2 48h infusion every 2 weeks 6 pre-operative cycles 6 post-operative cycles (optional)", None,
     [D(150, "mg/m2", "nab-paclitaxel", days=[1]), D(400, "mg/m2", "Leucovorin", days=[1]), D(85, "mg/m2", "Oxaliplatin", days=[1]), D(2400, "mg/m2", "5-FU")], None),
    ("schedules", _T + "NCT02486601:intervention", "nab-paclitaxel : 150 mg/m2 D1 every 2 weeks", "nab-paclitaxel",
     [D(150, "mg/m2", "nab-paclitaxel", days=[1])], None),
    ("schedules", _T + "NCT02486601:intervention", "Leucovorin: 400 mg/m2 D1 every 2 weeks Oxaliplatin: 85 mg/m2 D1 every 2 weeks Fluorouracil (5-FU) infusion: 2400mg/m2 48h infusion every 2 weeks", "FOLFOX",
     [D(400, "mg/m2", "Leucovorin", days=[1]), D(85, "mg/m2", "Oxaliplatin", days=[1]), D(2400, "mg/m2", "Fluorouracil")], None),  # "48h infusion" is a duration
    ("schedules", _T + "NCT01586611:arm", "Cycles to be 2 weeks in length Oxaliplatin 100 mg/m2 IV day 1 Leucovorin 400 mg/m2 IV day 1 5-FUl 400 mg/m2 IV day 1 5-FU 2400 mg/m2 IV continuous infusion over 46 hours starting day 1", None,
     [D(100, "mg/m2", "Oxaliplatin", days=[1]), D(400, "mg/m2", "Leucovorin", days=[1]), D(400, "mg/m2", "5-FUl", days=[1]), D(2400, "mg/m2", "5-FU")], None),  # unsure: agent "5-FUl" as written (the 5-FU bolus); the 46-hour infusion "starting day 1" given no days
    ("amounts", _T + "NCT01586611:arm", "Cycles to be 4 weeks in length Gemcitabine 1000 mg/m2 IV weekly for 3 weeks then one week off", None,
     [D(1000, "mg/m2", "Gemcitabine")], None),
    ("units", _T + "NCT01586611:intervention", "1000 mg/m2 IV weekly for 3 weeks then one week off", "Gemcitabine",
     [D(1000, "mg/m2", "Gemcitabine")], None),
    ("amounts", _T + "NCT01586624:intervention", "Vandetanib steady state dose levels investigated include 100, 200 or 300mg OD. Selumetinib dose levels are 25mg bd, 50mg bd and 75mg bd or 100 and 125mg OD.", "Vandetanib, Selumetinib",
     [D(100, "mg", "Vandetanib"), D(200, "mg", "Vandetanib"), D(300, "mg", "Vandetanib"), D(25, "mg", "Selumetinib"), D(50, "mg", "Selumetinib"),
      D(75, "mg", "Selumetinib"), D(100, "mg", "Selumetinib"), D(125, "mg", "Selumetinib")], None),  # levels listed with the unit written once at the end ("100, 200 or 300mg", "100 and 125mg")
    ("non-doses", _T + "NCT01586624:intervention", "Vandetanib higher (lead in) dose once daily (2 or 4 days) followed by vandetanib steady state dose once daily (10 or 12 days)", "Vandetanib, Selumetinib",
     [], None),
    ("scientific", _T + "NCT02186626:intervention", "Dose: 10^4 plaque-forming units (PFUs); delivered by subcutaneous injection in the deltoid region of the upper arm.", "WN/DEN4\u039430 Vaccine",
     [D(1e4, "PFU", "WN/DEN4\u039430 Vaccine")], None),  # the phrase names no agent: the intervention's name (its Greek capital delta taken as U+0394, as in NIAID's dengue records of HOLDOUT12)
    ("non-doses", _T + "NCT02186626:arm", "Participants will receive one dose of the placebo at study entry and one dose at Day 180.", None,
     [], None),
    ("agents", _T + "NCT02486627:arm", "Patients received 15 milligrams per kilogram (mg/kg) plazomicin as an intravenous (IV) infusion once daily followed by matching placebo infusions 8 and 16 hours later. After a minimum of 4 days of IV plazomicin, patients could switch to 250 or 500 mg oral levofloxacin for a total duration of 7 to 10 days (IV plus oral).", None,
     [D(15, "mg/kg", "plazomicin"), D(250, "mg", "levofloxacin"), D(500, "mg", "levofloxacin")], None),
    ("agents", _T + "NCT02486627:arm", "Patients received 1.0 g meropenem as an IV infusion every 8 hours (q8h). After a minimum of 4 days of IV meropenem, patients could switch to 250 or 500 mg oral levofloxacin", None,
     [D(1.0, "g", "meropenem"), D(250, "mg", "levofloxacin"), D(500, "mg", "levofloxacin")], None),
    ("agents", _T + "NCT02886624:arm", "Once-daily, oral grazoprevir/elbasvir combination therapy at fixed-dose (100mg/50mg) for 8 weeks", None,
     [D(100, "mg", "grazoprevir"), D(50, "mg", "elbasvir")], None),  # strengths split over the two names, as "600/100 mg tablets of TMC114/rtv"
    ("agents", _T + "NCT02886624:brief_summary", "weeks after 8-week oral treatment with grazoprevir 100mg/elbasvir 50mg (MRK-combo) in\n      patients with acute hepatitis C genotype1 or 4.", None,
     [D(100, "mg", "grazoprevir"), D(50, "mg", "elbasvir")], None),
    ("non-doses", _T + "NCT02886624:detailed_description", "If antiviral therapy was initiated within 24 weeks after\n      diagnosis, sustained virologic response rates of 60 to 80% have been observed at the price of\n      a high side effects burden.", None,
     [], None),
    ("amounts", _T + "NCT01886638:arm", "Abacavir 600mg (as two 300mg tablets) once daily for 15 days", None,
     [D(600, "mg", "Abacavir"), D(300, "mg", "Abacavir")], None),  # the tablet strength listed too, as "2 tablets of 150 mg" in HOLDOUT7
    ("non-doses", _T + "NCT01886638:brief_summary", "A blood\n      sample to assess platelet activity will be taken at baseline, following the 15 days of\n      therapy (i.e. at the time of maximal abacavir effect) and again after a 28 day washout period", None,
     [], None),
    ("amounts", _T + "NCT02486653:intervention", "Tamsulosin 0.4mg capsule orally once daily, dosed 30 minutes after dinner or before bed, starting 7 days before surgery and continuing for 0-5 days postoperatively.", "Tamsulosin",
     [D(0.4, "mg", "Tamsulosin")], None),
    ("schedules", _T + "NCT02486653:intervention", "Day 1-7: tamsulosin 0.4mg in the evening\nDay 8: surgery; tamsulosin 0.4mg in the evening if the subject has not yet completed the bladder management protocol", "Tamsulosin",
     [D(0.4, "mg", "tamsulosin", days=list(range(1, 8))), D(0.4, "mg", "tamsulosin", days=[8])], None),  # unsure: the same 0.4 mg on two stated day ranges listed per line, as "0.5mg/m2 D15, 0.5mg/m2 Day 22" in HOLDOUT26
    ("non-doses", _T + "NCT02486653:intervention", "Day 9-14: placebo in the evening until the subject either 1) completes the bladder management protocol (defined by two consecutive voids with post-void residual <200mL)", "Placebo",
     [], None),  # the residual urine volume is a threshold, no dose
    ("non-doses", _T + "NCT02186665:arm", "calcitriol 3 mcg/g ointment", None,
     [], None),  # unsure: an ointment's strength (a concentration, as "40 mg/mL"), no amount given
    ("units", _T + "NCT02486666:arm", "Premature neonates will receive enoxaparin 2.0 mg/kg/dose rounded to nearest whole mg twice daily, while term neonates will receive enoxaparin 1.7 mg/kg/dose rounded to nearest whole mg twice daily.", None,
     [D(2.0, "mg/kg", "enoxaparin"), D(1.7, "mg/kg", "enoxaparin")], None),  # mg/kg/dose read as mg/kg, as "15 mg/kg/dose" in ROWS
    ("units", _T + "NCT02486666:arm", "Children\u22651 month corrected age will receive 1.5 mg/kg/dose twice daily (maybe rounded +/- 10% for convenience of dosing) while children\u22652 month corrected age will receive 1.0 mg/kg/dose twice daily (maybe rounded +/- 10% for convenience of dosing).", None,
     [D(1.5, "mg/kg"), D(1.0, "mg/kg")], None),  # unsure: the phrase names no agent (enoxaparin in the sentence before); "+/- 10%" and the ages are no doses
    ("non-doses", _T + "NCT02486666:arm", "Control Arm: patients who will have dose titration based on anti-Xa levels to maintain a therapeutic range of 0.5-1.0 u/mL (standard of care).", None,
     [], None),
    ("amounts", _T + "NCT01286675:arm", "0 mg Eltrombopag", None,
     [D(0, "mg", "Eltrombopag")], None),  # a zero dose, as "taper ... to 0 mg/day" in HOLDOUT7
    ("schedules", _T + "NCT01286675:intervention", "oral eltrombopag, 50 mg, 100 mg, 150 mg, days 2-15", "Eltrombopag",
     [D(50, "mg", "eltrombopag", days=list(range(2, 16))), D(100, "mg", "eltrombopag", days=list(range(2, 16))), D(150, "mg", "eltrombopag", days=list(range(2, 16)))], None),  # unsure: "days 2-15" given to each level
    ("non-doses", _T + "NCT01286675:detailed_description", "Subjects will\n      be assigned to receive no Eltrombopag or one of three dose levels of Eltrombopag. Subjects\n      will receive oral Eltrombopag on days 2-15 of treatment.", None,
     [], None),
    ("units", _T + "NCT02886676:arm", "Patients in test group will be provided with Spirulina capsules 2gm daily, after meals for 1 month", None,
     [D(2, "g", "Spirulina")], None),  # agent without the dosage form, as "Quetiapine fumarate tablets 300mg"
    ("units", _T + "NCT02886676:brief_summary", "TG was given 2 gm Spirulina capsules daily, after meals for 1\n      month and CG was not given any supplementary diet.", None,
     [D(2, "g", "Spirulina")], None),
    ("non-doses", _T + "NCT02886676:brief_summary", "in which 70 subjects with CP in the age group of 40-55 years", None,
     [], None),
    ("amounts", _T + "NCT01286688:arm", "Terbinafine Hydrochloride Tablets, 250 mg of Dr.Reddy's Laboratories Limited", None,
     [D(250, "mg", "Terbinafine Hydrochloride")], None),
    ("amounts", _T + "NCT01286688:arm", "Lamisil\u00ae 250 mg Tablets of Novartis", None,
     [D(250, "mg", "Lamisil\u00ae")], None),  # agent keeps the mark, as "TICE\u00ae BCG Organism" in HOLDOUT7
    ("agents", _T + "NCT01286688:brief_summary", "terbinafine\n      hydrochloride 250 mg tablets versus Lamisil\u00ae 250 mg tablets administered as 1 x 250 mg tablet", None,
     [D(250, "mg", "terbinafine hydrochloride"), D(250, "mg", "Lamisil\u00ae")], None),  # name split over a line break written with one space, as "levobupivacaine hydrochloride" in HOLDOUT7; unsure: "1 x 250 mg tablet" repeats the same strength (not listed again)
    ("non-doses", _T + "NCT02886702:intervention", "Tazarotene Cream 0.05% to cover only the lesions with a thin film.", "Tazarotene Cream 0.05%",
     [], None),  # a cream's strength in percent, no amount (as "ophthalmic solution 0.002%" in HOLDOUT26)
    ("non-doses", _T + "NCT02886702:arm", "TAZORAC\u00ae (tazarotene) Cream 0.05% (Allergan, Inc.)", None,
     [], None),
    ("units", _T + "NCT02486718:arm", "Randomization Phase: Participants will receive atezolizumab 1200 milligrams (mg) intravenously (IV) every 3 weeks (Q3W) for sixteen 21-day cycles", None,
     [D(1200, "mg", "atezolizumab")], None),
    ("schedules", _T + "NCT02486718:intervention", "Participants will receive cisplatin 75 milligrams per square meter (mg/m^2) IV on Day 1 of up to four 21-day cycles.", "Cisplatin",
     [D(75, "mg/m2", "cisplatin", days=[1])], None),
    ("schedules", _T + "NCT02486718:intervention", "Participants will receive gemcitabine 1250 mg/m^2 IV on Days 1 and 8 of each of the four 21-day cycles.", "Gemcitabine",
     [D(1250, "mg/m2", "gemcitabine", days=[1, 8])], None),
    ("non-doses", _T + "NCT02886715:intervention", "Tazarotene Cream 0.1% applied to cover the affected areas of the face once daily for 84 +/- 4 days.", "Tazarotene Cream 0.1%",
     [], None),  # a cream's strength and a duration, no amount
]


HOLDOUT48: list[Row] = [
    # ------------------------------------------------------------------ NCT0189xxxx
    ("ranges", _T + "NCT01896492:arm", "1-2gm schats of NAC PLUS 100 mg of cc in the therd day of the cycle till day 8", None,
     [D((1, 2), "g", "NAC"), D(100, "mg", "cc")], None),  # days not checked ("therd day ... till day 8" shared by both)
    ("schedules", _T + "NCT01896492:arm", "each patient was selected randomly to receive either NAC (Sedico, Cairo, ARE), in a dose of 1.2 g/d orally, or a placebo (sugar) of the same volume twice daily from day 3 until day 7", None,
     [D(1.2, "g/day", "NAC", days=list(range(3, 8)))], None),
    ("agents", _T + "NCT01896492:intervention", "NAC 2gm plus cc 100mg from 3rd day of the cycle till day 8 with u/s follow up of the follicular growth.", "NAC",
     [D(2, "g", "NAC"), D(100, "mg", "cc")], None),  # days not checked (3..8 shared by both)
    # ------------------------------------------------------------------ NCT0219xxxx
    ("amounts", _T + "NCT02196493:arm", "250mg azithromycin three times weekly for 12 weeks", None,
     [D(250, "mg", "azithromycin")], None),
    ("amounts", _T + "NCT02196493:intervention", "250mg azithromycin three times per week for 12 weeks", "Azithromycin",
     [D(250, "mg", "azithromycin")], None),
    ("non-doses", _T + "NCT02196493:detailed_description", "determine if 12 weeks treatment of patients with chronic\n      productive cough with low dose azithromycin is both effective and safe", None,
     [], None),
    # ------------------------------------------------------------------ NCT0129xxxx
    ("amounts", _T + "NCT01296503:arm", "D+60 after ASCT: dexamethasone plus thalidomide 200 mg by mouth daily for 12 months or until disease progression.", None,
     [D(200, "mg", "thalidomide")], None),  # "D+60" is when maintenance starts, not a dosing-day list: days not checked
    ("units", _T + "NCT01296503:intervention", "Arm A (dexamethasone alone 40 mg/day for 4 days every 28 days) and Arm B (dexamethasone plus thalidomide 200 mg by mouth daily) for 12 months or until disease progression.", "Thalidomide plus dexamethasone",
     [D(40, "mg/day", "dexamethasone"), D(200, "mg", "thalidomide")], None),  # "Arm A"/"Arm B" are arms, not dose levels
    ("units", _T + "NCT01296503:detailed_description", "melphalan (200 mg/m2 ) and one autologous stem cell transplant (ASCT);", None,
     [D(200, "mg/m2", "melphalan")], None),
    # ------------------------------------------------------------------ NCT0159xxxx
    ("amounts", _T + "NCT01596504:arm", "Subcutaneous injection of liraglutide 0.6 mg QD for 1 week followed by 1.2 mg QD for 7 weeks under fasted conditions", None,
     [D(0.6, "mg", "liraglutide"), D(1.2, "mg", "liraglutide")], None),
    ("amounts", _T + "NCT01596504:arm", "liraglutide 0.6 mg QD for 1 week followed by 1.2 mg QD for another 1 week and 1.8 mg QD for next 6 weeks", None,
     [D(0.6, "mg", "liraglutide"), D(1.2, "mg", "liraglutide"), D(1.8, "mg", "liraglutide")], None),
    ("non-doses", _T + "NCT01596504:intervention", "Doses to be adjusted to maintain a fasting self-measured plasma glucose (SMPG) between 4.4 to 5.6 mmol/L (80 to 100 mg/dL)", "Insulin Glargine",
     [], None),
    # ------------------------------------------------------------------ NCT0189xxxx
    ("amounts", _T + "NCT01896505:arm", "There are 3 treatment formulations of KCP-330:\nA: Current (1st generation) tablets, 60 mg B: New (2nd generation) tablets, 60 mg C: Suspension dose of current (1st generation) tablets, 60 mg", None,
     [D(60, "mg", "KCP-330")], None),  # unsure: the same 60 mg of three formulations listed once (A/B/C are formulations, not levels)
    ("non-doses", _T + "NCT01896505:arm", "Week 1, day 1: Treatment C Week 2, day 1: Treatment A Week 3, day 1: Treatment B", None,
     [], None),
    # ------------------------------------------------------------------ NCT0219xxxx
    ("amounts", _T + "NCT02196506:intervention", "Brexpiprazole + ADT Tablet, Oral, 2mg brexpiprazole and FDA Approved Antidepressant (ADT)", "Brexpiprazole +ADT",
     [D(2, "mg", "brexpiprazole")], None),
    ("units", _T + "NCT02196506:brief_summary", "efficacy of\n      brexpiprazole (2.0 mg/day) as adjunctive therapy", None,
     [D(2.0, "mg/day", "brexpiprazole")], None),
    # ------------------------------------------------------------------ NCT0159xxxx
    ("amounts", _T + "NCT01596517:intervention", "daily ribavirin dose of 1,000 mg (for patients with body weight <75kg) or 1,200 mg (for patients with body weight \u226575kg) for 48 weeks.", "Peginterferon alfa-2a plus ribavirin for HCV genotype 1",
     [D(1000, "mg", "ribavirin"), D(1200, "mg", "ribavirin")], None),
    ("amounts", _T + "NCT01596517:intervention", "daily ribavirin dose of 800 mg for 24 weeks.", "Peginterferon alfa-2a plus ribavirin for HCV genotype 2/3",
     [D(800, "mg", "ribavirin")], None),
    # ------------------------------------------------------------------ NCT0189xxxx
    ("schedules", _T + "NCT01896531:intervention", "Participants will receive ipatasertib, 600 milligrams (mg) orally once daily on Days 1 to 7 of each 14-day cycle", "Ipatasertib",
     [D(600, "mg", "ipatasertib", days=list(range(1, 8)))], None),
    ("non-doses", _T + "NCT01896531:arm", "Participants will receive oral ipatasertib on Days 1 to 7 of each 14-day cycle in combination with mFOLFOX6, administered on Day 1 of each cycle.", None,
     [], None),
    ("agents", _T + "NCT01896557:arm", "Omeprazole 20 mg (oral route) twice a day will be given to the subjects for one week. This intervention will be compared with ranitidin 150 mg (oral route) twice a day.", None,
     [D(20, "mg", "Omeprazole"), D(150, "mg", "ranitidin")], None),
    ("amounts", _T + "NCT01896557:arm", "Ranitidine 150 mg (oral route) twice a day will be given to the subjects for one week.", None,
     [D(150, "mg", "Ranitidine")], None),
    ("agents", _T + "NCT01896557:intervention", "Clopidogrel added to ASA therapy at the first medical visit, Open label 75 mg once a day will be given to all individuals as part of the protocol", "Clopidogrel",
     [D(75, "mg", "Clopidogrel")], None),  # unsure: agent is the sentence subject, "ASA therapy" stands between
    # ------------------------------------------------------------------ NCT0219xxxx
    ("units", _T + "NCT02196558:arm", "100 mg group will receive E6011 subcutaneously, 1 ml.", None,
     [D(100, "mg", "E6011"), D(1, "mL", "E6011")], None),  # unsure: the group's amount and the injected volume both listed
    ("units", _T + "NCT02196558:arm", "400 mg group will receive E6011 subcutaneously, 1 ml each at four sites or 2 ml each at two sites.", None,
     [D(400, "mg", "E6011"), D(1, "mL", "E6011"), D(2, "mL", "E6011")], None),
    ("amounts", _T + "NCT02196558:brief_summary", "First 12 subjects will enroll as 100 mg\n      group, next 12 subjects will enroll as 200 mg group, and last 9 subjects will enroll as 400\n      mg group.", None,
     [D(100, "mg"), D(200, "mg"), D(400, "mg")], None),
    # ------------------------------------------------------------------ NCT0129xxxx
    ("amounts", _T + "NCT01296568:arm", "Single 250 milligram (mg) intravenous dose of LY2603618 containing carbon-14-labeled LY2603618 ([^14C]LY2603618).", None,
     [D(250, "mg", "LY2603618")], None),
    ("schedules", _T + "NCT01296568:arm", "Gemcitabine 1000 milligrams per square meter (mg/m^2) on Days 1, 8, and 15 with 230 mg LY2603618 being administered on Days 2, 9 and 16 of a 28-day cycle", None,
     [D(1000, "mg/m2", "Gemcitabine", days=[1, 8, 15]), D(230, "mg", "LY2603618", days=[2, 9, 16])], None),
    ("schedules", _T + "NCT01296568:arm", "Pemetrexed 500 mg/m^2 on Day 1 and 275 mg LY2603618 on Day 2 of a 21-day cycle", None,
     [D(500, "mg/m2", "Pemetrexed", days=[1]), D(275, "mg", "LY2603618", days=[2])], None),
    ("amounts", _T + "NCT01296581:intervention", "Dose escalation starting at 20 mg, oral once or twice a day, 28 day cycle.", "X-82",
     [D(20, "mg", "X-82")], None),
    # ------------------------------------------------------------------ NCT0189xxxx
    ("amounts", _T + "NCT01896583:arm", "ASP7147, 300 mg, tablet, twice per day for 4 weeks oral", None,
     [D(300, "mg", "ASP7147")], None),
    ("amounts", _T + "NCT01896583:intervention", "300 mg, tablet, twice per day for 4 weeks oral", "ASP7147",
     [D(300, "mg", "ASP7147")], None),
    # ------------------------------------------------------------------ NCT0249xxxx
    ("amounts", _T + "NCT02496585:arm", "The initial dose of nintedanib will be 150mg two times per day orally according to study protocol.", None,
     [D(150, "mg", "nintedanib")], None),
    ("amounts", _T + "NCT02496585:arm", "Patients will be given a prednisone taper (40mg prednisone daily for 2 weeks, followed by a strict dose taper of 10mg every 2 weeks for 4 weeks, followed by 10mg for one week and 5mg for one week, for a total duration on prednisone of 8 weeks).", None,
     [D(40, "mg", "prednisone"), D(10, "mg", "prednisone"), D(5, "mg", "prednisone")], None),  # the 10 mg taper step and the 10 mg week: one amount, listed once
    # ------------------------------------------------------------------ NCT0289xxxx
    ("schedules", _T + "NCT02896582:intervention", "1000 mg D1, D8, D15 in GA-DHAP 1000 mg D-8 in GA-BEAM 1000 mg every 2 months for 3 years then every month if MRD+", "Obinutuzumab",
     [D(1000, "mg", "Obinutuzumab", days=[1, 8, 15]), D(1000, "mg", "Obinutuzumab", days=[-8]), D(1000, "mg", "Obinutuzumab")], None),  # same amount, three schedules
    ("schedules", _T + "NCT02896582:intervention", "40 mg D1 to D4 in GA-DHAP", "Dexamethasone",
     [D(40, "mg", "Dexamethasone", days=[1, 2, 3, 4])], None),
    ("schedules", _T + "NCT02896582:intervention", "2g/m\u00b2 D1 & D2 in GA-DHAP 400 mg/m\u00b2 D-6 to -3 in GA-BEAM", "Aracytine",
     [D(2, "g/m2", "Aracytine", days=[1, 2]), D(400, "mg/m2", "Aracytine", days=[-6, -5, -4, -3])], None),
    # ------------------------------------------------------------------ NCT0129xxxx
    ("units", _T + "NCT01296607:intervention", "Urocortin 2 will be infused at 3.6, 12, 36 and 120 pmol/min (15, 50, 150 and 498 nanograms/min) to achieve estimated end-organ concentrations of 0.6, 2, 6 and 20 micrograms/L respectively.", "Urocortin 2",
     [D(3.6, "pmol/min", "Urocortin 2"), D(12, "pmol/min", "Urocortin 2"), D(36, "pmol/min", "Urocortin 2"), D(120, "pmol/min", "Urocortin 2"),
      D(15, "ng/min", "Urocortin 2"), D(50, "ng/min", "Urocortin 2"), D(150, "ng/min", "Urocortin 2"), D(498, "ng/min", "Urocortin 2")], None),  # the same rates in two units, both listed ("0.5ml (25 micrograms)"); the ug/L concentrations are no dose
    ("units", _T + "NCT01296607:intervention", "Urocortin 3 will be infused at 1200, 3600, 12000 and 36000 pmol/min (5, 15, 50 and 150 micrograms/min) to achieve estimated end organ concentrations of 199, 600, 2000 and 6000 micrograms/L respectively.", "Urocortin 3",
     [D(1200, "pmol/min", "Urocortin 3"), D(3600, "pmol/min", "Urocortin 3"), D(12000, "pmol/min", "Urocortin 3"), D(36000, "pmol/min", "Urocortin 3"),
      D(5, "ug/min", "Urocortin 3"), D(15, "ug/min", "Urocortin 3"), D(50, "ug/min", "Urocortin 3"), D(150, "ug/min", "Urocortin 3")], None),
    ("non-doses", _T + "NCT01296607:intervention", "Following a 20-minute period of saline infusion for equilibration of the set-up, subjects will receive incremental doses of Urocortin 2 in the presence of a saline washout between each dose.", "Urocortin 2",
     [], None),
    # ------------------------------------------------------------------ NCT0159xxxx
    ("amounts", _T + "NCT01596621:intervention", "Bendamustine will be supplied in 20-mL, amber, single-use vials containing 100 mg of bendamustine hydrochloride", "Bendamustine hydrochloride",
     [D(100, "mg", "bendamustine hydrochloride")], None),  # unsure: vial content labelled as a strength ("100mg/vial"); the 20-mL vial size is no dose
    ("schedules", _T + "NCT01596621:intervention", "Patients will be administered bendamustine hydrochloride 120mg/m^2 as a 60-minute infusion, and not more than 120 minutes, on days 1 and 2 of each 21-day treatment cycle", "Bendamustine hydrochloride",
     [D(120, "mg/m2", "bendamustine hydrochloride", days=[1, 2])], None),
    ("non-doses", _T + "NCT01596621:intervention", "Day 2 dosing should begin 24 \u00b14 hours after the start of the day 1 dose.", "Bendamustine hydrochloride",
     [], None),
    # ------------------------------------------------------------------ NCT0189xxxx
    ("agents", _T + "NCT01896609:intervention", "Arm 2,3 Xerovirinc\u00ae 500mg twice daily orally for 48 weeks", "Xerovirinc in Arm 2",
     [D(500, "mg", "Xerovirinc\u00ae")], None),  # agent with the trademark sign, as the table keeps "Droxia\u00ae", "Luminate\u00ae"
    ("units", _T + "NCT01896609:intervention", "Arm 1,2,3 Ribavirin in a dose of 13 mg/kg/day orally for 48 weeks", "Ribavirin in Arm 1",
     [D(13, "mg/kg/day", "Ribavirin")], None),
    # ------------------------------------------------------------------ NCT0289xxxx
    ("agents", _T + "NCT02896621:arm", "Chlorthalidone plus amiloride group received 25 mg of chlortalidone and amiloride, 5 mg.", None,
     [D(25, "mg", "chlortalidone"), D(5, "mg", "amiloride")], None),
    ("amounts", _T + "NCT02896621:arm", "Amlodipine group received 10 mg.", None,
     [D(10, "mg", "Amlodipine")], None),
    ("non-doses", _T + "NCT02896621:detailed_description", "The\n      randomization list was stratified by gender and severity of OSA (AHI: 10-25 or 26-40) and in\n      blocks in time, with size four and six units.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0219xxxx
    ("non-doses", _T + "NCT02196636:intervention", "Administered orally with approximately 240 mL of buffer", "RO6806127",
     [], None),  # unsure: the buffer the drug is taken with is a vehicle, no dose (the "in 100 mL saline" rule)
    # ------------------------------------------------------------------ NCT0129xxxx
    ("amounts", _T + "NCT01296646:intervention", "50 mg oral naltrexone once/day", "Naltrexone",
     [D(50, "mg", "naltrexone")], None),
    ("amounts", _T + "NCT01296646:detailed_description", "participants\n      will receive 50 mg oral naltrexone or matching placebo for a 12-week period.", None,
     [D(50, "mg", "naltrexone")], None),
    ("non-doses", _T + "NCT01296646:intervention", "participants will meet with a trained therapist for nine 30-minute BRENDA therapy sessions", "Brenda Therapy Sessions",
     [], None),
    # ------------------------------------------------------------------ NCT0249xxxx
    ("agents", _T + "NCT02496650:arm", "Benzodiasepine (BZD) boluses (diazepam 10mg) were used to achieve target sedation level and to control AWS symptoms (symptom-triggered administration). Antipsychotics (haloperidol 5mg boluses) were used as a rescue medication for severe agitation or hallucinations.", None,
     [D(10, "mg", "diazepam"), D(5, "mg", "haloperidol")], None),
    ("agents", _T + "NCT02496650:arm", "symptom-triggered BZD administration (diazepam 10mg bolus) were used wherever DEX infusion was not enough.", None,
     [D(10, "mg", "diazepam")], None),
    ("non-doses", _T + "NCT02496650:detailed_description", "hypoglycemia was defined\n           as serum glucose lower than 4 mmol/L and hyperglycemia as higher than 10 mmol/L.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0159xxxx
    ("agents", _T + "NCT01596660:arm", "20 cc of bupivacaine 0.5% in 20 cc de saline solution and it is infiltrated 20 cc each side.", None,
     [D(20, "mL", "bupivacaine")], None),  # unsure: the saline is a diluent (no dose); "20 cc each side" repeats the 20 mL, listed once
    ("units", _T + "NCT01596660:arm", "20 cc of saline solution 0.9% to infiltrate each side.", None,
     [D(20, "mL", "saline solution")], None),
    ("units", _T + "NCT01596660:intervention", "Bupivacaina 0.5% 20cc", "Bupivacaina 0.5%",
     [D(20, "mL", "Bupivacaina")], None),
    # ------------------------------------------------------------------ NCT0219xxxx
    ("agents", _T + "NCT02196662:arm", "IBD98-M: mesalamine-sodium hyaluronate 200mg-28.75mg X2", None,
     [D(200, "mg", "mesalamine"), D(28.75, "mg", "sodium hyaluronate")], None),  # unsure: paired as "sacubitril/valsartan 49/51 mg"; "X2" (two capsules) gives no other amount
    ("amounts", _T + "NCT02196662:arm", "IBD98-M without HA: Mesalamine 200mg X2", None,
     [D(200, "mg", "Mesalamine")], None),
    ("amounts", _T + "NCT02196662:arm", "Delzicol 200 mg X2", None,
     [D(200, "mg", "Delzicol")], None),
]


HOLDOUT49: list[Row] = [
    # ------------------------------------------------------------------ NCT0122xxxx
    ("ranges", _T + "NCT01226511:arm", "30-120 mg flexible dosing once daily for 10 weeks.", None,
     [D((30, 120), "mg")], None),
    ("non-doses", _T + "NCT01226511:arm", "Administered once daily for 10 weeks. At the end of the 10 week blinded treatment period, placebo participants receive duloxetine in the 18 week extension", None,
     [], None),
    ("ranges", _T + "NCT01226511:brief_summary", "duloxetine [30-120 milligrams (mg)] given once a\n      day by mouth for 10 weeks", None,
     [D((30, 120), "mg", "duloxetine")], None),
    ("non-doses", _T + "NCT01226537:arm", "A total of 20 patients with 10 Type I and 10 type II diabetic will be enrolled in the study.", None,
     [], None),
    ("amounts", _T + "NCT01226537:arm", "500mg Taurine capsules will be given twice per day for 6 months.", None,
     [D(500, "mg", "Taurine")], None),
    ("amounts", _T + "NCT01226537:intervention", "500 mg taurine capsules twice per day for 6 months", "Taurine",
     [D(500, "mg", "taurine")], None),
    ("agents", _T + "NCT01226602:arm", "Adenosinladder; Ticagrelor (180 mg), Adenosinladder ; Theophylline (5 mg/kg), Adenosinladder", None,
     [D(180, "mg", "Ticagrelor"), D(5, "mg/kg", "Theophylline")], None),
    ("agents", _T + "NCT01226602:arm", "Adenosinladder; Placebo, Adenosinladder; Theophylline (5 mg/kg), Adenosinladder", None,
     [D(5, "mg/kg", "Theophylline")], None),
    ("amounts", _T + "NCT01226615:intervention", "800mg (two capsules of 400mg each) taken once a day for four months", "Chondroitin sulphate (Condrosan\u00ae)",
     [D(800, "mg", "Chondroitin sulphate (Condrosan\u00ae)"), D(400, "mg", "Chondroitin sulphate (Condrosan\u00ae)")], None),  # text names no agent: the intervention's name
    ("non-doses", _T + "NCT01226615:intervention", "Two placebo capsules taken once a day for four months.", "Placebo",
     [], None),
    ("units", _T + "NCT01226628:arm", "Phase 1: 3 patients will receive 60,000 human umbilical tissue-derived cells (hUTC)", None,
     [D(60000, "cells")], None),  # unsure: agent None as the table's "1-5x10^8 CART22 cells" (the name sits between number and "cells")
    ("units", _T + "NCT01226628:arm", "Phase 1: 6 patients will receive either 60,000 or 300,000 hUTC", None,
     [D(60000, "cells", "hUTC"), D(300000, "cells", "hUTC")], None),  # unsure: a bare count of hUTC read as cells, agent "hUTC"
    ("non-doses", _T + "NCT01226628:arm", "Up to 38 patients will receive one of two optimal doses as selected from the Phase 1 portion of the study", None,
     [], None),
    ("levels", _T + "NCT01226667:arm", "flexibly dosed pregabalin given BID (75-300 mg/d) increased gradually over 4 weeks then maintained at that same dosing for 4 weeks", None,
     [D((75, 300), "mg/day", "pregabalin")], None),
    ("amounts", _T + "NCT01226667:arm", "75 mg BID for one week and increased to 150 mg BID for 7 weeks", None,
     [D(75, "mg"), D(150, "mg")], None),
    ("schedules", _T + "NCT01226667:intervention", "Fixed dosing of pregabalin: Week 1: 75 mg bid. Weeks 2 - 8: 150 mg bid. Week 9 (Days 57-60 and Days 61-63): 75 mg bid.", "Pregabalin",
     [D(75, "mg", "pregabalin"), D(150, "mg", "pregabalin"), D(75, "mg", "pregabalin", days=list(range(57, 64)))], None),  # unsure: the week-9 75 mg listed again (its own schedule, days 57-63); weeks are not days
    # ------------------------------------------------------------------ NCT0152xxxx
    ("schedules", _T + "NCT01526499:intervention", "Docetaxel 75mg/m2 IVGTT D1 Cyclophosphamide 50mg PO D1-21;every 21days", "Docetaxel and Cyclophosphamide (TC)",
     [D(75, "mg/m2", "Docetaxel", days=[1]), D(50, "mg", "Cyclophosphamide", days=list(range(1, 22)))], None),
    ("schedules", _T + "NCT01526499:intervention", "Docetaxel 75mg/m2 IVGTT D1;every 21days", "Docetaxel (T)",
     [D(75, "mg/m2", "Docetaxel", days=[1])], None),
    ("schedules", _T + "NCT01526512:arm", "metroCX Cyclophosphamide 50mg PO d1-28; Capecitabine 1500mg PO d1-28; every 28days", None,
     [D(50, "mg", "Cyclophosphamide", days=list(range(1, 29))), D(1500, "mg", "Capecitabine", days=list(range(1, 29)))], None),
    ("schedules", _T + "NCT01526512:intervention", "cyclophosphamide 50mg PO d1-28 capecitabine 1500mg PO d1-28; every 28days", "metroCX",
     [D(50, "mg", "cyclophosphamide", days=list(range(1, 29))), D(1500, "mg", "capecitabine", days=list(range(1, 29)))], None),
    ("units", _T + "NCT01526525:intervention", "Tramadol 1.5mg/kg bolus IV 30min before the end of the surgery and co instantaneously the CIV infusion of tramadol 0.15mg/kg/h", "Tramadol",
     [D(1.5, "mg/kg", "Tramadol"), D(0.15, "mg/kg/h", "tramadol")], None),
    ("units", _T + "NCT01526525:intervention", "ketamine 10mg bolus IV 30min before the end of the surgery and co instantaneously the CIV infusion of ketamine, in subanesthetic doses, 0,15mg/kg/h", "Ketamine",
     [D(10, "mg", "ketamine"), D(0.15, "mg/kg/h", "ketamine")], None),  # "0,15": decimal comma
    ("non-doses", _T + "NCT01526525:intervention", "If NRS scale was \u22653, PPI scale \u22652 and the algometer count \u22640,5Kg it was assumed as a non acceptable pain treatment.", "Morphine",
     [], None),  # an algometer reading in kg, no dose
    ("amounts", _T + "NCT01526538:intervention", "50 mg d-cycloserine", "d-cycloserine",
     [D(50, "mg", "d-cycloserine")], None),
    ("agents", _T + "NCT01526538:detailed_description", "DCS (50 mg) or placebo will be administered on Mon, Wed\n      and Fri study visits", None,
     [D(50, "mg", "DCS")], None),
    ("non-doses", _T + "NCT01526538:detailed_description", "For 19 days after group assignment,\n      participants will report to the laboratory 3 times per week (Mon, Wed, Fri) to provide urine\n      samples", None,
     [], None),
    ("amounts", _T + "NCT01526564:intervention", "Administration of enteric-coated tablets with warm water at half an hour after meals, 1g (2 tablets) each time, 3 times a day", "Acetylcarnitine",
     [D(1, "g", "Acetylcarnitine")], None),  # text names no agent: the intervention's name
    ("non-doses", _T + "NCT01526564:intervention", "and the interval at or >4 hours for 8 weeks", "Acetylcarnitine",
     [], None),
    ("non-doses", _T + "NCT01526564:intervention", "3 t.i.d, two plates per time", "Placebo",
     [], None),
    ("levels", _T + "NCT01526577:intervention", "LC23-1306 10, 30, 100, 200, 400, 600 mg Placebo 10, 30, 100, 200, 400, 600 mg", "LC23-1306",
     [D(10, "mg", "LC23-1306"), D(30, "mg", "LC23-1306"), D(100, "mg", "LC23-1306"), D(200, "mg", "LC23-1306"),
      D(400, "mg", "LC23-1306"), D(600, "mg", "LC23-1306"),
      D(10, "mg", "Placebo"), D(30, "mg", "Placebo"), D(100, "mg", "Placebo"), D(200, "mg", "Placebo"),
      D(400, "mg", "Placebo"), D(600, "mg", "Placebo")], None),  # placebo amounts listed as the table's "placebo 100mg"
    ("amounts", _T + "NCT01526577:intervention", "Ticagrelor 90mg", "Ticagrelor",
     [D(90, "mg", "Ticagrelor")], None),
    ("units", _T + "NCT01526590:intervention", "The dose of Definity will be 10 microliters/kg given in one to two doses", "Definity Contrast",
     [D(10, "uL/kg", "Definity")], None),
    ("schedules", _T + "NCT01526603:intervention", "Carboplatin intravenously (IV), 425 mg/m2/dose (or if \u2264 12kg, 14.2 mg/kg/dose) once daily x 4 doses on days 7 through 4 pretransplant.", "Carboplatin",
     [D(425, "mg/m2", "Carboplatin", days=[-7, -6, -5, -4]), D(14.2, "mg/kg", "Carboplatin", days=[-7, -6, -5, -4])], None),  # unsure: "days 7 through 4 pretransplant" as days -7..-4; "/dose" is per dose
    ("units", _T + "NCT01526603:intervention", "For patients \u226412 kg, isotretinoin (accutane) should be administered at 5.33 mg/kg/dose divided twice daily. For patients >12 kg isotretinoin (accutane) should be administered at 160 mg/m^2/day divided twice a day.", "Isotretinoin (13-cis-retinoic acid)",
     [D(5.33, "mg/kg", "isotretinoin"), D(160, "mg/m2/day", "isotretinoin")], None),  # "12 kg" is a weight bound, no dose
    ("units", _T + "NCT01526603:intervention", "It is suggested that patients who have an incomplete surgical resection of the primary tumor (residual soft tissue mass measuring >1 cm3) will receive 21.6 Gy EBRT to the postinduction chemotherapy, pre-operative primary tumor volume and an additional boost of 14.4 Gy EBRT to the gross residual tumor (total dose 36 Gy to gross residual tumor volume).", "Radiation therapy",
     [D(21.6, "Gy", "EBRT"), D(14.4, "Gy", "EBRT"), D(36, "Gy", "EBRT")], None),  # unsure: the total (36 Gy) listed with agent EBRT; "1 cm3" is a mass size, no dose
    ("amounts", _T + "NCT01526616:arm", "850 mg/day twice a day", None,
     [D(850, "mg/day")], None),
    ("agents", _T + "NCT01526616:arm", "Metformin 850 mg twice a day for six months plus Spironolactone 25 mg day", None,
     [D(850, "mg", "Metformin"), D(25, "mg", "Spironolactone")], None),  # unsure: "25 mg day" read as 25 mg a day, unit mg
    ("amounts", _T + "NCT01526616:intervention", "Metformin 850 mg twice a day for six months", "Metformin",
     [D(850, "mg", "Metformin")], None),
    # ------------------------------------------------------------------ NCT0182xxxx
    ("levels", _T + "NCT01826487:arm", "10, 10, 20 mg/kg", None,
     [D(10, "mg/kg"), D(20, "mg/kg")], None),  # unsure: the repeated 10 mg/kg (morning, midday) listed once; the phrase gives no schedule
    ("levels", _T + "NCT01826487:intervention", "Ataluren PO 10-,10-,20-mg/kg for 48 weeks.", "Ataluren",
     [D(10, "mg/kg", "Ataluren"), D(20, "mg/kg", "Ataluren")], None),
    ("levels", _T + "NCT01826487:intervention", "Placebo PO 10-,10-,20-,mg/kg for 48 weeks.", "Placebo",
     [D(10, "mg/kg", "Placebo"), D(20, "mg/kg", "Placebo")], None),  # placebo amounts listed as the table's "placebo 100mg"
    ("units", _T + "NCT01826773:intervention", "CardioPET\u2122 will be intravenously injected to each subject as a single radio-labeled dose of up to 8 mCi (296 MBq).", "CardioPET\u2122",
     [D(8, "mCi", "CardioPET\u2122"), D(296, "MBq", "CardioPET\u2122")], None),  # "up to" labelled as the amount; both units as the table's "10 mCi (370 MBq)"
    ("non-doses", _T + "NCT01826773:arm", "Group I will consist of 15-20 patients and will have CardioPET\u2122 imaging performed with a repeat identical stress component at \u2265 48 hours and \u2264 10 days after the initial stress MPI study.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0212xxxx
    ("amounts", _T + "NCT02126579:intervention", "1.5 mL administered half intradermally and half subcutaneously.", "Peptide Vaccine (LPV7) + Tetanus peptide",
     [D(1.5, "mL", "Peptide Vaccine (LPV7) + Tetanus peptide")], None),
    ("amounts", _T + "NCT02126579:intervention", "500 mg applied to vaccine site after vaccine administration", "Resiquimod",
     [D(500, "mg", "Resiquimod")], None),
    ("non-doses", _T + "NCT02126579:arm", "Vaccines will be administered on Days 1, 8, 15, 36, 57, and 78.", None,
     [], None),
    ("amounts", _T + "NCT02126683:arm", "Start Plaquenil 200mg BID orally since enrollment Duration: 6 months", None,
     [D(200, "mg", "Plaquenil")], None),
    ("amounts", _T + "NCT02126683:arm", "Start Plaquenil 200mg BID orally since the 25th week after enrollment Duration: 6 months", None,
     [D(200, "mg", "Plaquenil")], None),  # "25th week" is a time, no dose
    # ------------------------------------------------------------------ NCT0242xxxx
    ("units", _T + "NCT02426502:intervention", "Cyclosporine (Neoral) treated patients will initiate Advagraf 0.075 mg/kg/day, 24 hours after their last cyclosporine dose.", "Conversion to Advagraf",
     [D(0.075, "mg/kg/day", "Advagraf")], None),
    ("non-doses", _T + "NCT02426502:intervention", "Prograf treated patients will convert to Advagraf using a 1: 1 conversion for a period of one week.", "Conversion to Advagraf",
     [], None),
    ("agents", _T + "NCT02426502:intervention", "Patients taking mycophenolate mofetil (MMF) will receive 1.0 gram once daily, while patients receiving Myfortic will receive 720 mg once daily.", "Conversion to once daily MPA",
     [D(1.0, "g", "mycophenolate mofetil"), D(720, "mg", "Myfortic")], None),  # unsure: agent "mycophenolate mofetil" rather than "MMF"
    ("amounts", _T + "NCT02426541:arm", "Dapagliflozin Once Daily 10 mg", None,
     [D(10, "mg", "Dapagliflozin")], None),
    ("non-doses", _T + "NCT02426541:arm", "Matching placebo for Dapagliflozin Once Daily 10 mg", None,
     [], None),  # unsure: the 10 mg names the drug matched, not an amount given (as the table's "Placebo(for risedronate 150mg)")
    ("amounts", _T + "NCT02426541:intervention", "Dapagliflozin 10 mg Tablets, Oral, Once Daily, 8 weeks", "Dapagliflozin",
     [D(10, "mg", "Dapagliflozin")], None),
    ("agents", _T + "NCT02426632:arm", "Participants will sequentially receive 5 milliliter of each 6 JNJ-53718678 formulations (ABCDEF) in a random order, at a dosing interval of 1-2 hours.", None,
     [D(5, "mL", "JNJ-53718678")], None),  # "6" counts formulations
    ("non-doses", _T + "NCT02426632:intervention", "Reference formulation, 10 milligram/milliliter (mg/mL)oral solution without sweetener/flavor.", "Formulation A",
     [], None),  # a concentration, no dose (the table's "40 mg/mL")
    ("non-doses", _T + "NCT02426632:intervention", "10 mg/mL oral solution containing 2 mg/mL sucralose, masking flavor and orange flavor.", "Formulation B",
     [], None),  # concentrations only
    # ------------------------------------------------------------------ NCT0292xxxx
    ("amounts", _T + "NCT02926573:arm", "Gabapentin liquid by mouth or Per Tube 300mg twice a day", None,
     [D(300, "mg", "Gabapentin")], None),
    ("non-doses", _T + "NCT02926573:arm", "Placebo liquid by mouth or Per Tube twice a day", None,
     [], None),
    ("units", _T + "NCT02926586:arm", "The dosage of fludarabine is 30mg/m2/d for 5 days intravenously and cytarabine is 1500mg/m2/d for 5 days intravenously.", None,
     [D(30, "mg/m2/day", "fludarabine"), D(1500, "mg/m2/day", "cytarabine")], None),
    ("schedules", _T + "NCT02926586:arm", "The dosage of cytarabine is 2000mg/m2/12h for 3 days (1,3,5) intravenously.", None,
     [D(2000, "mg/m2", "cytarabine", days=[1, 3, 5])], None),  # unsure: "/12h" read as every 12 h (unit mg/m2, as the table's "mg/12 hours"); "(1,3,5)" as days 1, 3, 5
    ("units", _T + "NCT02926586:intervention", "Fludarabine 50 mg/m2, IV (in the vein) in combination with cytarabine 1500mg/m2/d for 5 days with each cycle of 28 days.", "Fludarabine",
     [D(50, "mg/m2", "Fludarabine"), D(1500, "mg/m2/day", "cytarabine")], None),
    ("agents", _T + "NCT02926651:arm", "THA patients will be given three 650mg tablets of oral TXA 2 hours prior to incision with three 250mg tablets of ascorbic acid (oral TXA placebo) given 6 hours postoperatively and a final 750mg ascorbic acid dose given the morning of postoperative day 1.", None,
     [D(650, "mg", "TXA"), D(250, "mg", "ascorbic acid"), D(750, "mg", "ascorbic acid")], None),  # tablet strengths as written; "postoperative day 1" not read as a study day
    ("amounts", _T + "NCT02926651:arm", "TKA patients will be given three 650mg tablets of oral TXA (Tranexamic Acid) 2 hours prior to incision", None,
     [D(650, "mg", "TXA")], None),
    ("schedules", _T + "NCT02926651:intervention", "Three 650mg tablets of oral TXA 2 hours prior to incision with a second 1950mg oral TXA dose given 6 hours postoperatively and a final 1950mg oral TXA dose given the morning of postoperative day 1.", "Multi-Dose Oral TXA (Tranexamic Acid)",
     [D(650, "mg", "TXA"), D(1950, "mg", "TXA"), D(1950, "mg", "TXA")], None),  # unsure: the two 1950 mg doses (different times) listed twice
]


HOLDOUT50: list[Row] = [
    # ------------------------------------------------------------------ round 1
    ("amounts", _T + "NCT01646489:intervention", "Miravirsen 7 mg/kg to be administered as single subcutaneous injections for a total of 5 doses over a 5 week treatment period.", "Miravirsen sodium",
     [D(7, "mg/kg", "Miravirsen")], None),
    ("amounts", _T + "NCT01646489:intervention", "Telaprevir 750 mg to be administered as single and multiple oral doses over two 7 day treatment periods.", "Telaprevir",
     [D(750, "mg", "Telaprevir")], None),
    ("amounts", _T + "NCT02466490:arm", "FMS 60 mg tablets once a day during the initial 8 treatment weeks of the study", None,
     [D(60, "mg", "FMS")], None),
    ("agents", _T + "NCT02466490:arm", "FMS 60 mg + HCTZ 12.5 mg tablets (fixed dose combination) once a day during 4 weeks (treatment weeks 8 to 12)", None,
     [D(60, "mg", "FMS"), D(12.5, "mg", "HCTZ")], None),
    ("agents", _T + "NCT02466490:arm", "FMS 120 mg + HCTZ 12.5 mg tablets (fixed dose combination) once a day during 12 weeks (treatment weeks 12 to 24)", None,
     [D(120, "mg", "FMS"), D(12.5, "mg", "HCTZ")], None),
    # ------------------------------------------------------------------ round 2
    ("units", _T + "NCT01646502:arm", "500 pmol Esp protein will be added to the standard wound care protocol.", None,
     [D(500, "pmol", "Esp protein")], None),
    ("agents", _T + "NCT02466503:arm", "Synflutide HFA MDI(Fluticasone propionate/ Salmeterol, 250/25mcg), Single dose, 4 puffs", None,
     [D(250, "ug", "Fluticasone propionate"), D(25, "ug", "Salmeterol")], None),
    ("agents", _T + "NCT02466503:arm", "SeretideTM EvohalerTM (Fluticasone propionate/ Salmeterol, 250/25mcg), Single dose, 4 puffs", None,
     [D(250, "ug", "Fluticasone propionate"), D(25, "ug", "Salmeterol")], None),
    # ------------------------------------------------------------------ round 3
    ("amounts", _T + "NCT01646515:arm", "For the first 4 weeks, patients will receive 50 mg of placebo drug two times a day, and then the dosage will be doubled to 100 mg two times a day for next 8 weeks.", None,
     [D(50, "mg", "placebo"), D(100, "mg", "placebo")], None),  # unsure: agent "placebo" (text: "placebo drug")
    ("amounts", _T + "NCT01646515:arm", "Patients will receive 50 mg of udenafil two times a day, and then the dosage will be doubled to 100 mg two times a day for next 8 weeks.", None,
     [D(50, "mg", "udenafil"), D(100, "mg", "udenafil")], None),
    ("amounts", _T + "NCT01646515:intervention", "Udenafil (Zydena), a newly developed PDE-5 inhibitor by Dong-A pharmaceutical company, will be administered to patients in this group, 50 mg two times a day for 4 weeks, and then the dosage will be escalated to 100 mg two times a day for next 8 weeks.", "Udenafil (Zydena)",
     [D(50, "mg", "Udenafil"), D(100, "mg", "Udenafil")], None),  # agent named far before the amounts; "(Zydena)" brand left out
    ("amounts", _T + "NCT02466516:arm", "Selonsertib (SEL) 6 mg for 24 weeks.", None,
     [D(6, "mg", "Selonsertib")], None),  # unsure: agent "Selonsertib" (abbreviation "(SEL)" between name and amount)
    ("agents", _T + "NCT02466516:arm", "SEL 18 mg plus SIM 125 mg for 24 weeks.", None,
     [D(18, "mg", "SEL"), D(125, "mg", "SIM")], None),
    ("non-doses", _T + "NCT02466516:intervention", "Simtuzumab (SIM) 125 mg/mL single-dose vials administered subcutaneously once weekly", "SIM",
     [], None),  # a concentration of the vial, no amount given
    # ------------------------------------------------------------------ round 5
    ("amounts", _T + "NCT01966549:intervention", "CNTO 6785 (6 mg/kg) will be administered by intravenous (into a vein) infusion on Weeks 0, 2, 4, 8 and 12.", "CNTO 6785",
     [D(6, "mg/kg", "CNTO 6785")], None),  # weeks, not days: days not checked
    ("amounts", _T + "NCT01966549:intervention", "Participants who weigh more than 100 kg will receive a dose of 600 mg of CNTO 6785.", "CNTO 6785",
     [D(600, "mg", "CNTO 6785")], None),  # "100 kg" is a body weight
    ("non-doses", _T + "NCT01966549:intervention", "Sterile, 5 percent dextrose will be used as the placebo in this study.", "Placebo",
     [], None),
    ("units", _T + "NCT02466542:arm", "a bolus infection of esmolol 500 mgc/kg followed by a continuous infusion of esmolol 100 mcg/kg/min", None,
     [D(500, "ug/kg", "esmolol"), D(100, "ug/kg/min", "esmolol")], None),  # unsure: "mgc/kg" read as the typo of mcg/kg (the description says 500 mcg/kg)
    ("non-doses", _T + "NCT02466542:arm", "Patients in placebo group will receive general balanced inhaled anesthesia with sevoflurane and remifentanil and a saline 0,9% infusion pump.", None,
     [], None),
    ("units", _T + "NCT02466542:detailed_description", "Rapid infusion of 0.9% saline 500 ml, in both groups.", None,
     [D(500, "mL", "saline")], None),
    # ------------------------------------------------------------------ round 6
    ("amounts", _T + "NCT01646554:arm", "Hour 0: Folinic Acid 400 mg/m\u00b2 (DL form) or 200 mg/m2 (L form) IV 2-h infusion", None,
     [D(400, "mg/m2", "Folinic Acid"), D(200, "mg/m2", "Folinic Acid")], None),  # two alternatives (DL / L form); "Hour 0" is no day
    ("schedules", _T + "NCT01646554:arm", "Hour 2: 5-FU 400 mg/m\u00b2 IV bolus over 2-4 minutes\nHour 2: 5-FU 2400 mg/m\u00b2 given as a continuous infusion over 46h.\nOn day 1 of a 14 day cycle", None,
     [D(400, "mg/m2", "5-FU", days=[1]), D(2400, "mg/m2", "5-FU", days=[1])], None),
    ("agents", _T + "NCT01646554:arm", "Hour 0: Aflibercept 4 mg/kg intravenous infusion 1-h\nHour 1: Oxaliplatin 85 mg/m2 2-h infusion", None,
     [D(4, "mg/kg", "Aflibercept"), D(85, "mg/m2", "Oxaliplatin")], None),
    # ------------------------------------------------------------------ round 7
    ("amounts", _T + "NCT01646567:arm", "A 100 mg dose of SHP-141C cream at three concentrations (0.5%, 1.0% and 2.0%)", None,
     [D(100, "mg", "SHP-141C")], None),  # the percentages are strengths of the cream
    ("non-doses", _T + "NCT01646567:arm", "two reference treatments: Calcipotriol 0.005% cream and Betamethasone Valerate 0.02% cream", None,
     [], None),
    ("amounts", _T + "NCT02466568:arm", "Nivolumab treatment without GM.CD40L. Nivolumab will be given every 2 weeks at a dose of 3mg/kg.", None,
     [D(3, "mg/kg", "Nivolumab")], None),
    ("non-doses", _T + "NCT02466568:intervention", "Participants will receive treatment with nivolumab as a 60-minute +/-5 minutes intravenous (IV) infusion on Day 1 and 15 of each 28-day cycle.", "Nivolumab",
     [], None),
    ("amounts", _T + "NCT02746575:arm", "Postsurgical: 5mg metoprolol, IV, prior to extubation, every 5 minutes to achieve target heart rate of 65/min, up to 15mg; then 25mg metoprolol, oral, every 8 hours for 72 hours.", None,
     [D(5, "mg", "metoprolol"), D(15, "mg", "metoprolol"), D(25, "mg", "metoprolol")], None),  # "up to 15mg": a maximum, listed as the table lists "up to a maximum of 20mcg"; "65/min" is a heart rate
    # ------------------------------------------------------------------ round 8
    ("units", _T + "NCT02466581:intervention", "Methotrexate: 25mg/week. SSZ: 2 g/day. HCQ: 35 mg/kg/week (Finland and Denmark)", "Sulphasalazine + Hydroxychloroquine OR Prednisolone",
     [D(25, "mg/week", "Methotrexate"), D(2, "g/day", "SSZ"), D(35, "mg/kg/week", "HCQ")], None),
    ("units", _T + "NCT02466581:intervention", "Prednisolone 20 mg/day tapered in 9 weeks to 5 mg/day, discontinued after 9 months.", "Sulphasalazine + Hydroxychloroquine OR Prednisolone",
     [D(20, "mg/day", "Prednisolone"), D(5, "mg/day", "Prednisolone")], None),
    ("agents", _T + "NCT02466581:intervention", "Tocilizumab is given as 4-weekly infusions at dosage 8 mg/kg or 162 mg in solution s.c. every week. Methotrexate: 25mg/week", "RoActemra",
     [D(8, "mg/kg", "Tocilizumab"), D(162, "mg", "Tocilizumab"), D(25, "mg/week", "Methotrexate")], None),
    # ------------------------------------------------------------------ round 9
    ("amounts", _T + "NCT01346592:arm", "subjects aged between 6 to <36 months received two doses of 0.25 mL each, while subjects aged \u226536 months received two doses of 0.5 mL each, at Days 1 & 29", None,
     [D(0.25, "mL", days=[1, 29]), D(0.5, "mL", days=[1, 29])], None),  # ages are no doses; the vaccine is named before the phrase
    ("non-doses", _T + "NCT01346592:brief_summary", "Vaccine Compared to the Non-Adjuvanted Trivalent Split Influenza Vaccine in Children 6 to <\n      72 Months of Age.", None,
     [], None),
    # ------------------------------------------------------------------ round 11
    ("units", _T + "NCT01646619:intervention", "10% MgSo4 (100mg/ml) given in a dose of 250mg/kg IV q 24 hrly for 3 doses(2.5ml/kg).", "Magnesium Sulphate",
     [D(250, "mg/kg", "MgSo4"), D(2.5, "mL/kg", "MgSo4")], None),  # "100mg/ml" a concentration, "10%" a strength; dose and its volume both listed
    ("units", _T + "NCT01646619:intervention", "Normal Saline 0.9% Sodium Chloride is diluted in 5% Dextrose to be given as 2.5ml/kg IV q24 hrly for 3 doses.", "Placebo",
     [D(2.5, "mL/kg", "Normal Saline")], None),  # unsure: agent "Normal Saline" (the text adds "0.9% Sodium Chloride"); the dextrose is a diluent
    # ------------------------------------------------------------------ round 13
    ("scientific", _T + "NCT01646645:intervention", "In this phase II trial, patients will be treated at doses of 1 x 106 CMVpp65-CTL/kg/dose/week for 3 weeks.", "CMV-pp65 CTLs",
     [D(1e6, "cells/kg", "CMVpp65-CTL")], None),  # "1 x 106": 10^6 with the superscript lost, as the table's "0.25×108"; unsure: unit cells/kg (text: /kg/dose/week)
    ("non-doses", _T + "NCT01646645:arm", "who have an active CMV infection or persistent CMV viremia for \u2265 2 weeks despite treatment with anti-viral agents", None,
     [], None),
    ("amounts", _T + "NCT01966653:arm", "A single 3g dose of oral fosfomycin will be given.", None,
     [D(3, "g", "fosfomycin")], None),
    ("amounts", _T + "NCT01966653:intervention", "nitrofurantoin 100 mg po tid for 5 days", "nitrofurantoin",
     [D(100, "mg", "nitrofurantoin")], None),
    ("agents", _T + "NCT01966653:brief_summary", "either oral nitrofurantoin 100 mg three times daily for 5 days or a single 3g dose of oral\n      fosfomycin.", None,
     [D(100, "mg", "nitrofurantoin"), D(3, "g", "fosfomycin")], None),
    ("levels", _T + "NCT02966652:arm", "Cohort 1: single dose of 120 mg (3 x 40 mg) DITEST followed by a single dose of 80 mg (2 x 40 mg) testosterone undecanoate", None,
     [D(120, "mg", "DITEST", level="Cohort 1"), D(40, "mg", "DITEST", level="Cohort 1"),
      D(80, "mg", "testosterone undecanoate", level="Cohort 1"), D(40, "mg", "testosterone undecanoate", level="Cohort 1")], None),  # capsule strengths listed as the table lists "two 1.9 mg patches"
    ("levels", _T + "NCT02966652:arm", "Cohort 2: single dose of 200 mg (5 x 40 mg) DITEST (fed) followed by a single dose of 200 mg DITEST (fasted)", None,
     [D(200, "mg", "DITEST", level="Cohort 2"), D(40, "mg", "DITEST", level="Cohort 2")], None),  # the same 200 mg said twice (fed/fasted) listed once
    ("non-doses", _T + "NCT02966652:arm", "The two treatments are separated by a minimum of a 7-day washout period.", None,
     [], None),
    # ------------------------------------------------------------------ round 14
    ("amounts", _T + "NCT01966666:arm", "2 mg/m2 of TPI-287 administered as a 1-hour intravenous infusion once every 3 weeks for 9 weeks (for a total of 4 infusions)", None,
     [D(2, "mg/m2", "TPI-287")], None),
    ("units", _T + "NCT01966666:intervention", "20 mg/m2 of TPI-287 diluted with 500mL 0.9% sodium chloride.", "TPI-287 20 mg/m2",
     [D(20, "mg/m2", "TPI-287")], None),  # the 500 mL is a diluent
    ("units", _T + "NCT01966666:intervention", "500mL 0.9% sodium chloride.", "Placebo",
     [D(500, "mL", "sodium chloride")], None),  # the placebo itself, as the table's "100 mL Normal Saline"
    ("units", _T + "NCT02966665:intervention", "via infusion of N-monomethyl-L-arginine (L-NMMA) (0.4 mg/kg/min)", "BH4, L-NMMA, Vitamin C, Vitamin E, \u03b1-Lipoic Acid and L-Ascorbate",
     [D(0.4, "mg/kg/min", "N-monomethyl-L-arginine")], None),  # unsure: agent full name vs the abbreviation "L-NMMA" next to the amount
    ("non-doses", _T + "NCT02966665:arm", "Healthy volunteers between the ages of 18 and 30 years with no diseases or conditions that would affect their participation in the study", None,
     [], None),
    # ------------------------------------------------------------------ round 15
    ("agents", _T + "NCT01346670:arm", "600 mg LipoCol Forte\u00ae Capsules compared to that of one 20 mg Mevacor Tablet after single oral administration", None,
     [D(600, "mg", "LipoCol Forte"), D(20, "mg", "Mevacor")], None),  # unsure: agent without the "\u00ae" sign
    ("agents", _T + "NCT01346670:intervention", "600 mg LipoCol Forte\u00ae Capsules compared to that of one 20 mg Mevacor\u00ae Tablet after single oral administration", "LipoCol and Mevacor",
     [D(600, "mg", "LipoCol Forte"), D(20, "mg", "Mevacor")], None),
    ("schedules", _T + "NCT01646671:arm", "All participants were started on LCZ696 200 mg once daily on day 1. For participants who did not achieve mean sitting diastolic blood pressure (msDBP) of < 100 mmHg and mean sitting systolic blood pressure (msSBP) of < 160 mmHg at week 2 or a msDBP < 90 mmHg and msSBP < 140 mmHg at or after week 4, and did not have any signs of safety concerns, the LCZ696 dose was increased to 400 mg once daily.", None,
     [D(200, "mg", "LCZ696", days=[1]), D(400, "mg", "LCZ696")], None),  # blood pressures are no doses
    ("amounts", _T + "NCT01646671:intervention", "2 tablets of LCZ696 200 mg once daily titrated up from 1 tablet of 200 mg once daily", "LCZ696",
     [D(200, "mg", "LCZ696")], None),  # tablet strength, said twice, listed once (the table's "Azithromycin 250 mg capsules ... 2 capsules")
    ("non-doses", _T + "NCT01646671:arm", "Participants who achieved mean sitting diastolic blood pressure (msDBP) of < 100 mmHg and mean sitting systolic blood pressure (msSBP) of < 160 mmHg at week 2", None,
     [], None),
    # ------------------------------------------------------------------ round 16
    ("units", _T + "NCT01966692:arm", "Fluticasone Propionate Drug formulation 1 administered via Plastiape Monodose Dry powder Inhaler , 500mcg single dose.", None,
     [D(500, "ug", "Fluticasone Propionate")], None),
    ("units", _T + "NCT01966692:arm", "Fluticasone Propionate Drug formulation 3 administered via Plastiape Monodose Dry powder Inhaler , 500mcg single dose. * (The asterisk) A different batch of the formulation 3 is given to the patient", None,
     [D(500, "ug", "Fluticasone Propionate")], None),
    ("non-doses", _T + "NCT01966692:detailed_description", "At each time point 9ml of\n      blood sample will be collected of which the first 1ml will be discarded and the remaining 8\n      ml will be stored in a vacutainer tube", None,
     [], None),  # blood drawn, no dose
    ("amounts", _T + "NCT02466685:arm", "Subjects randomized to JNJ-18038683 will receive 10 mg for one week, then titrate to 20 mg for the duration of the trial", None,
     [D(10, "mg", "JNJ-18038683"), D(20, "mg", "JNJ-18038683")], None),
    ("ranges", _T + "NCT02466685:intervention", "JNJ-18038683 10-20 mg/day for 8 weeks", "JNJ-18038683",
     [D((10, 20), "mg/day", "JNJ-18038683")], None),
    ("non-doses", _T + "NCT02466685:arm", "Placebo treatment for 8 weeks.", None,
     [], None),
    # ------------------------------------------------------------------ round 17
    ("units", _T + "NCT02466698:intervention", "Polyethylene glycol 3350, 8L in 48 hours, via a nasojejunal tube will be used to facilitate intestinal lavage.", "PEG",
     [D(8, "L", "Polyethylene glycol 3350")], None),  # "3350" is part of the name (molecular weight), no amount
    ("units", _T + "NCT02466698:arm", "Intestinal lavage with PEG is initiated and increased to a goal rate of 400cc/hour to a total of 8L of PEG. In the absence of an ileus, lavage should be initiated at 200cc/hr.", None,
     [D(400, "mL/h", "PEG"), D(8, "L", "PEG"), D(200, "mL/h", "PEG")], None),  # unsure: the 200 cc/hr lavage rate attributed to PEG
    ("agents", _T + "NCT02466698:arm", "This includes an antibiotic regimen of Vancomycin 500mg orally every 6 hours and Metronidazole 500mg IV three times daily for 14 days.", None,
     [D(500, "mg", "Vancomycin"), D(500, "mg", "Metronidazole")], None),
    # ------------------------------------------------------------------ round 18
    ("units", _T + "NCT01966718:arm", "Repository corticotropin injection, 80 United States Pharmacopeia (USP) Units per mL, dosed as 1 mL (80 Units) subcutaneous injection every 72 hours for 12 weeks", None,
     [D(1, "mL", "Repository corticotropin injection"), D(80, "U", "Repository corticotropin injection")], None),  # "80 ... Units per mL" is a concentration; the dose is its volume and amount
    ("amounts", _T + "NCT02966717:arm", "Rituximab, 100mg/time every one week, the infusion should be a total of 4 times", None,
     [D(100, "mg", "Rituximab")], None),
    ("scientific", _T + "NCT02966717:arm", "the dosage of mesenchymal stem cells tends to be 10^6/kg/time every 2 weeks, while the infusion should be a total of 2 times.", None,
     [D(1e6, "cells/kg", "mesenchymal stem cells")], None),  # unit "cells" implied by the agent
    ("non-doses", _T + "NCT02966717:arm", "and then after at least 4 days interval after the first and the third infusion of the Rituximab", None,
     [], None),
]


HOLDOUT51: list[Row] = [
    # ------------------------------------------------------------------ round 1
    ("amounts", _T + "NCT01986491:arm", "Three participants will receive JNJ 39393406 of 2 different solid formulations (X and Y) with 2 different doses (30 mg and 120 mg)", None,
     [D(30, "mg", "JNJ 39393406"), D(120, "mg", "JNJ 39393406")], None),
    ("amounts", _T + "NCT01986491:intervention", "Participants will receive JNJ 39393406 30 mg solid X formulation as a tablet orally (by mouth).", "JNJ 39393406 30 mg solid X",
     [D(30, "mg", "JNJ 39393406")], None),
    ("non-doses", _T + "NCT01986491:intervention", "Participants will receive JNJ 39393406 30 mg/mL solution orally (by mouth).", "JNJ 39393406 30 mg solution",
     [], None),  # a concentration only (the table: "40 mg/mL" is not a dose)
    # ------------------------------------------------------------------ round 2
    ("units", _T + "NCT01686503:arm", "Participants in this arm will receive 2/5 dose (0.2 mL) of inactivated polio vaccine (IPOL, Sanofi Pasteur) as a one-time dose intradermally using the NanoPass MicronJet 600 microneedle device", None,
     [D(0.2, "mL", "inactivated polio vaccine")], None),  # "2/5 dose" is a share of the full dose, not an amount; "MicronJet 600" a device name
    ("units", _T + "NCT01686503:arm", "Participants in this study arm will receive the standard full dose (0.5 mL) of inactivated polio vaccine (IPOL, Sanofi Pasteur) as a one time dose intramuscularly.", None,
     [D(0.5, "mL", "inactivated polio vaccine")], None),
    ("units", _T + "NCT01686503:intervention", "Depending on study arm, participants will receive 0.2 mL intradermally, 0.1 mL intradermally, 0.5 mL intramuscularly, or 0.2 mL intramuscularly.", "IPOL (Sanofi Pasteur) inactivated polio vaccine booster dose",
     [D(0.2, "mL", "IPOL (Sanofi Pasteur) inactivated polio vaccine booster dose"), D(0.1, "mL", "IPOL (Sanofi Pasteur) inactivated polio vaccine booster dose"),
      D(0.5, "mL", "IPOL (Sanofi Pasteur) inactivated polio vaccine booster dose"), D(0.2, "mL", "IPOL (Sanofi Pasteur) inactivated polio vaccine booster dose")], None),
    # unsure: 0.2 mL listed twice (intradermal and intramuscular arms, another route); the text names no agent, so the intervention's name
    # ------------------------------------------------------------------ round 4
    ("units", _T + "NCT01686529:arm", "Autoconjunctival grafting and subconjuntival bevacizumab injection (2.5mg/0.1ml) was applied after surgery, with another injection 15 days after surgery", None,
     [D(2.5, "mg", "bevacizumab")], None),  # amount per volume: the amount only, as the table's "104mg/0.65mL of DMPA"
    ("units", _T + "NCT01686529:intervention", "The half of the dose (1.25 mg/0.05ml) was applied in the nasal inferior quadrant, and the other half of the dose was applied in the nasal superior quadrant.", "Subconjuntival bevacizumab injection",
     [D(1.25, "mg", "Subconjuntival bevacizumab injection")], None),  # the text names no agent: the intervention's name
    ("units", _T + "NCT02286531:arm", "FET Imaging. Patient 0.1 mCi / kg (maximum 185 MBq) of FET with 'O-(2[18F]FLUOROETHYL)-L-TYROSINE' will be injected through the venous catheter.", None,
     [D(0.1, "mCi/kg", "FET"), D(185, "MBq", "FET")], None),  # unsure: the cap listed as a dose, as the table's "maximum calculated dose 250 mg"
    ("non-doses", _T + "NCT02286531:intervention", "At the same time, will trigger a PET 3D dynamic acquisition of 60 minutes (5 pictures 1 minute and 11 images of 5 minutes)", "O-(2[18F]FLUOROETHYL)-L-TYROSINE",
     [], None),
    ("amounts", _T + "NCT02986529:arm", "900mg, oral", None,
     [D(900, "mg")], None),
    ("amounts", _T + "NCT02986529:brief_summary", "To evaluate the Bioavailability for GV-971 capsules of 150 mg, 300mg, and 450mg after\n      administration of single oral doses of 900mg in healthy Male subjects.", None,
     [D(150, "mg", "GV-971"), D(300, "mg", "GV-971"), D(450, "mg", "GV-971"), D(900, "mg", "GV-971")], None),  # capsule strengths listed, as the table's tablet strengths
    # ------------------------------------------------------------------ round 5
    ("levels", _T + "NCT01386541:arm", "Dose group II: total daily dose 4 mg (2 mg BID or 4 mg SID)", None,
     [D(4, "mg", level="Dose group II"), D(2, "mg", level="Dose group II")], None),  # unsure: "4 mg SID" is the same 4 mg a day as the total daily dose, listed once
    ("non-doses", _T + "NCT01386541:arm", "In each dose group 12 subjects (8 subjects BYK324677, 4 subjects placebo) are planned.", None,
     [], None),
    ("agents", _T + "NCT01986543:arm", "8 weeks R20mg/Kg + HZE and efavirenz 800mg", None,
     [D(20, "mg/kg", "R"), D(800, "mg", "efavirenz")], None),  # "R" (rifampicin) written against the number
    ("agents", _T + "NCT01986543:arm", "8 weeks R10mg/Kg + HZE and efavirenz 600mg", None,
     [D(10, "mg/kg", "R"), D(600, "mg", "efavirenz")], None),
    ("units", _T + "NCT01986543:brief_summary", "using R at 10 and 20mg/Kg/day and EFV at 600 and 800mg/day.", None,
     [D(10, "mg/kg/day", "R"), D(20, "mg/kg/day", "R"), D(600, "mg/day", "EFV"), D(800, "mg/day", "EFV")], None),
    ("agents", _T + "NCT02286544:arm", "0.5 mL Salmonella typhi vaccine + 6l/min oxygen + 80mg Atorvastatin", None,
     [D(0.5, "mL", "Salmonella typhi vaccine"), D(6, "L/min", "oxygen"), D(80, "mg", "Atorvastatin")], None),  # oxygen flow as a dose, as HOLDOUT26's "15 lt/min oxygen"
    ("units", _T + "NCT02286544:intervention", "all study participants will receive 0.5 mL of the Salmonella typhi vaccine as an intramuscular injection (Typhim Vi\u00ae, Sanofi Pasteur MSD, injection solution 25 microgram/0.5 mL)", "Salmonella typhi vaccine (Typhim Vi\u00ae)",
     [D(0.5, "mL", "Salmonella typhi vaccine"), D(25, "ug", "Salmonella typhi vaccine")], None),  # unsure: "25 microgram/0.5 mL" (amount per volume: the amount, as "104mg/0.65mL"); agent of the 25 ug
    ("non-doses", _T + "NCT02286544:intervention", "Venous blood samples will be collected at 3, 6 and 8 hours after baseline.", "Atorvastatin",
     [], None),
    # ------------------------------------------------------------------ round 6
    ("agents", _T + "NCT01386554:arm", "Acthar (Repository Corticotropin Injection) 80 U (1.0 mL) two times per week", None,
     [D(80, "U", "Acthar"), D(1.0, "mL", "Acthar")], None),  # volume and amount of the same drug: both, as the table's "0.5ml (25 micrograms) of Fentanyl"
    ("units", _T + "NCT01386554:arm", "Placebo (1.0 mL) two times per week", None,
     [D(1.0, "mL", "Placebo")], None),
    ("units", _T + "NCT01386554:intervention", "Placebo given SC for 6 months (80 U two times a week).", "Placebo",
     [D(80, "U", "Placebo")], None),  # unsure: a matched placebo's nominal 80 U, labelled as written
    ("schedules", _T + "NCT01986556:arm", "Day 1: Lesinurad 400 mg (Site 1 or Site 2, Lot A) Day 5: Lesinurad 400 mg (Site 1 or Site 2, Lot A)", None,
     [D(400, "mg", "Lesinurad", days=[1]), D(400, "mg", "Lesinurad", days=[5])], None),  # the same amount on two days: two doses, as HOLDOUT26's "0.5mg/m2 D15, 0.5mg/m2 Day 22"
    ("units", _T + "NCT02286557:arm", "Arm 1 will undergo four weeks of treatment with MP extended-release (20 mg/day in the morning).", None,
     [D(20, "mg/day", "MP")], None),
    ("units", _T + "NCT02286557:arm", "Following the washout period, Arm 2 will undergo four weeks of treatment with MP extended-release (20mg/day).", None,
     [D(20, "mg/day", "MP")], None),
    ("non-doses", _T + "NCT02286557:arm", "A 7-day washout period will follow in which no medication will be administered.", None,
     [], None),
    # ------------------------------------------------------------------ round 7
    ("agents", _T + "NCT01386567:arm", "Androxal (enclomiphene citrate)12.5 mg or 25 mg", None,
     [D(12.5, "mg", "Androxal"), D(25, "mg", "Androxal")], None),  # unsure: agent the brand before the parenthesis, as the table's "Conmana(Icotinib Hydrochloride Tablets)"
    ("amounts", _T + "NCT01386567:brief_summary", "All men on Androxal will start at 12.5\n      mg and will be allowed to up titrate to 25 mg if an inadequate response is exhibited at the\n      lower dose.", None,
     [D(12.5, "mg", "Androxal"), D(25, "mg", "Androxal")], None),  # the amount and its unit split by a line break
    ("non-doses", _T + "NCT01386567:intervention", "topical\n1 tube\n1x a day\n1 year", "Testim (topical testosterone)",
     [], None),  # a count of tubes, no amount with a unit
    ("units", _T + "NCT01686568:arm", "Patients in this group will receive oral supplementation with EPA+DHA (3.9grams/day) for 6 months.", None,
     [D(3.9, "g/day", "EPA+DHA")], None),
    ("units", _T + "NCT01686568:detailed_description", "6 months of oral supplementation of\n      purified EPA/DHA (3.9g/day)", None,
     [D(3.9, "g/day", "EPA/DHA")], None),
    ("non-doses", _T + "NCT01686568:detailed_description", "to determine the insulin concentration needed to suppress\n      palmitate flux by 50% (IC50(palmitate)f).", None,
     [], None),
    ("ranges", _T + "NCT01986569:arm", "The injectable radioactive dose of 111-222 megabecquerel. One single IV injection over 1-2 min.", None,
     [D((111, 222), "MBq")], None),  # "megabecquerel" spelled out
    ("non-doses", _T + "NCT01986569:intervention", "Patients will undergo core needle biopsy or surgery within 15 days after [18F]FES PET", "[18F]fluoroestradiol (FES)",
     [], None),
    # ------------------------------------------------------------------ round 9
    ("units", _T + "NCT01686594:intervention", "8-methoxypsoralen 10mg per 20 kg body weight 1 hour before UVA exposure", "8-methoxypsoralen",
     [D(0.5, "mg/kg", "8-methoxypsoralen")], None),  # unsure: "10mg per 20 kg body weight" read as 0.5 mg/kg (a per-weight dose with a 20 kg base)
    ("non-doses", _T + "NCT01686594:arm", "The patients receive a standardized dose of oral 8-methoxypsoralen (Oxsoralen) 1 hour before UVA exposure", None,
     [], None),
    ("non-doses", _T + "NCT01686594:detailed_description", "leading to complete remission in a high portion of patients\n      (approximately 70 to 90%).", None,
     [], None),
    ("ranges", _T + "NCT02986594:arm", "low dose aspirin, 75-100mg, bid, after pregnancy", None,
     [D((75, 100), "mg", "aspirin")], None),
    ("units", _T + "NCT02986594:arm", "low molecular weight heparin, 4100u, qd, after pregnancy", None,
     [D(4100, "U", "low molecular weight heparin")], None),  # unsure: "u" as units (U), not IU
    ("agents", _T + "NCT02986594:arm", "low molecular weight heparin, 4100u, once a day and low dose aspirin, 75-100mg, bid. After pregnancy", None,
     [D(4100, "U", "low molecular weight heparin"), D((75, 100), "mg", "aspirin")], None),
    # ------------------------------------------------------------------ round 10
    ("units", _T + "NCT01386606:arm", "Androxal 6.25 mg/day", None,
     [D(6.25, "mg/day", "Androxal")], None),
    ("units", _T + "NCT01386606:arm", "AndroGel 5G topical testosterone", None,
     [D(5, "g", "AndroGel")], None),  # unsure: "5G" read as 5 g; agent the brand before the amount
    ("non-doses", _T + "NCT01386606:brief_summary", "in men with low testosterone\n      (<350 ng/dL)after 6 weeks of continuous dosing.", None,
     [], None),
    ("amounts", _T + "NCT01986608:arm", "A 30-minute intravenous constant infusion of Lacosamide (LCM) 200 mg (200 mg/20 mL single-use vial).", None,
     [D(200, "mg", "Lacosamide")], None),  # the vial's 200 mg/20 mL is the same 200 mg, listed once
    ("amounts", _T + "NCT01986608:arm", "Oral administration of Lacosamide (LCM) 200 mg (2 x 100 mg film-coated tablet) with 200 mL of water.", None,
     [D(200, "mg", "Lacosamide"), D(100, "mg", "Lacosamide")], None),  # tablet strength listed; the water is no dose
    ("amounts", _T + "NCT01986608:intervention", "Strength: 10 mg/mL for infusion\nForm: solution for infusion\nDosage: 200 mg, single dose\nDuration: 30-minute infusion or 60-minute infusion", "Lacosamide infusion",
     [D(200, "mg", "Lacosamide infusion")], None),  # the strength is a concentration, not a dose
    ("amounts", _T + "NCT02286609:arm", "Eight (8) subjects with moderate hepatic insufficiency (a score of 7 to 9, on the Child-Pugh scale) will receive one 18 mg dose of deflazacort", None,
     [D(18, "mg", "deflazacort")], None),
    ("non-doses", _T + "NCT02286609:intervention", "Its potency is approximately 70 to 90% of prednisone", "Deflazacort",
     [], None),
    ("schedules", _T + "NCT02586610:intervention", "Pembrolizumab 200 mg IV Days 1, 22 and 43", "Pembrolizumab",
     [D(200, "mg", "Pembrolizumab", days=[1, 22, 43])], None),
    ("units", _T + "NCT02586610:intervention", "Capecitabine 825 mg/m2 PO twice a day (daily total 1650 mg/m2) on 5 consecutive days / week M-F given on the radiation days for 28 days", "Capecitabine",
     [D(825, "mg/m2", "Capecitabine"), D(1650, "mg/m2", "Capecitabine")], None),  # unsure: the daily total listed too, unit as written
    ("units", _T + "NCT02586610:intervention", "Radiation 50.4 GY in daily fractions of 1.8 Gy over a 6 week interval (excludes weekends)", "Radiation Therapy",
     [D(50.4, "Gy", "Radiation"), D(1.8, "Gy", "Radiation")], None),  # "GY" in capitals; agent the word the text uses
    ("non-doses", _T + "NCT02986607:intervention", "Hypoparathyroidism patients will receive Natpara in continous subcutaneous infusion delivered by a pump for 4-7 days.", "parathyroid hormon 1-84",
     [], None),
    # ------------------------------------------------------------------ round 11
    ("scientific", _T + "NCT01386619:intervention", "NK DLI products containing >1 10e7 NK cells/kg bodyweight (BW)", "CD3-depleted/CD56+ selected natural killer cells collected from apheresis products",
     [D(1e7, "cells/kg")], None),  # unsure: "1 10e7" read as 1x10^7 (a minimum cell dose); agent None as the table's "0.6-3x10^6 CART22 cells/kg"
    ("non-doses", _T + "NCT01386619:brief_summary", "Basel patients (adult and pediatric)\n      will receive NK-DLI on days +40 and +100 (pre-emptive-late)", None,
     [], None),
    ("agents", _T + "NCT02286622:detailed_description", "Each subject will receive a single oral dose of 18 mg (3 X 6 mg tablets) deflazacort,\n      following an overnight fast.", None,
     [D(18, "mg", "deflazacort"), D(6, "mg", "deflazacort")], None),  # tablet strength listed, as the table's "2 tablets of 150 mg"
    ("non-doses", _T + "NCT02286622:detailed_description", "Study drug will be administered orally with approximately 240 mL of water.", None,
     [], None),
    ("amounts", _T + "NCT02286622:arm", "Eight (8) subjects with ESRD on HD will receive one 18 mg dose of deflazacort.", None,
     [D(18, "mg", "deflazacort")], None),
    ("levels", _T + "NCT02586623:arm", "Active droxidopa 100, 200, 300, 400, 500, or 600 mg three times daily (TID) orally.", None,
     [D(100, "mg", "droxidopa"), D(200, "mg", "droxidopa"), D(300, "mg", "droxidopa"), D(400, "mg", "droxidopa"),
      D(500, "mg", "droxidopa"), D(600, "mg", "droxidopa")], None),
    ("amounts", _T + "NCT02586623:arm", "During the Open Label Titration Period, patients will first receive 100 mg TID and their dose will be raised (in 100 mg increments) at subsequent visits until optimal dose is determined.", None,
     [D(100, "mg")], None),  # the increment is no dose (the table leaves "in 5-mg decrements" out)
    ("amounts", _T + "NCT02586623:intervention", "100, 200 or 300 mg", "Droxidopa capsules",
     [D(100, "mg", "Droxidopa capsules"), D(200, "mg", "Droxidopa capsules"), D(300, "mg", "Droxidopa capsules")], None),
    # ------------------------------------------------------------------ round 12
    ("schedules", _T + "NCT01386632:arm", "DCA orally 12.5mg/kg or per G-tube BID daily for 8 weeks in conjunction with Cisplatin 100 mg/m^2 IV over 30-60 minutes every 3wks X 3(Days 1, 22, and 43 of RT)and RT 70 Gy/35 -200 cGy/d x 7 weeks (35 Fractions)", None,
     [D(12.5, "mg/kg", "DCA"), D(100, "mg/m2", "Cisplatin", days=[1, 22, 43]), D(70, "Gy", "RT"), D(2, "Gy/day", "RT")], None),  # unsure: "70 Gy/35" is 70 Gy in 35 fractions; "200 cGy/d" written as 2 Gy/day (units normalised)
    ("non-doses", _T + "NCT01386632:intervention", "Placebo PO or per G-tube twice a day for 8 weeks given in combination with Cisplatin.", "Placebo",
     [], None),
    ("agents", _T + "NCT01686633:arm", "Subjects in this arm will receive FF/ VI 200/25 mcg once daily in the evening for 84 days.", None,
     [D(200, "ug", "FF"), D(25, "ug", "VI")], None),  # paired agents and amounts, as the table's "300mg/100mg Darunavir/Ritonavir"
    ("agents", _T + "NCT01686633:intervention", "Fluticasone furoate/ vilanterol will be available as 200/25 mcg Novel dry powder inhaler (NDPI) with 30 doses per device and 200/25 mcg per actuation", "Fluticasone Furoate/ Vilanterol 200/25 mcg",
     [D(200, "ug", "Fluticasone furoate"), D(25, "ug", "vilanterol")], None),  # the same 200/25 mcg said twice: listed once
    ("amounts", _T + "NCT02286635:arm", "Subjects will recieve one 18 mg dose of deflazacort on Day 1, Period 1 and Day 10, Period 2; cohort A.", None,
     [D(18, "mg", "deflazacort")], None),  # days not checked: Day 1 and Day 10 belong to two periods
    ("agents", _T + "NCT02286635:detailed_description", "Treatment B (Period 2): 600 mg rifampin (2 x 300 mg capsules) administered at Hour 0 after an\n      overnight fast every 24 hours for 10 days", None,
     [D(600, "mg", "rifampin"), D(300, "mg", "rifampin")], None),
    ("agents", _T + "NCT02286635:detailed_description", "Treatment D (Period 2): 500 mg clarithromycin (1 x 500 mg tablets) administered at Hour 0 and\n      Hour 12, under fasting conditions", None,
     [D(500, "mg", "clarithromycin")], None),  # the tablet strength is the same 500 mg: listed once
    ("amounts", _T + "NCT02586636:intervention", "Omeprazole treatment dose is fixed at 20mg twice daily for four weeks duration.", "Omeprazole",
     [D(20, "mg", "Omeprazole")], None),
    ("non-doses", _T + "NCT02586636:intervention", "Placebo treatment dose is fixed at one tablet twice daily (to match the dosing pattern of omeprazole) for four weeks duration.", "Placebo",
     [], None),
    ("non-doses", _T + "NCT02586636:brief_summary", "Up to 25% of\n      patients experience significant gastrointestinal symptoms and in approximate 5%, side-effects\n      result in the discontinuation of metformin.", None,
     [], None),
]


HOLDOUT52: list[Row] = [
    # ------------------------------------------------------------------ round 1
    ("amounts", _T + "NCT01396499:arm", "Oral BKM120 starting dose 80 mg once daily.", None,
     [D(80, "mg", "BKM120")], None),
    ("amounts", _T + "NCT01396499:intervention", "Starting dose 80 mg tablets by mouth daily for a 28 day cycle.", "BKM120",
     [D(80, "mg", "BKM120")], None),  # the phrase names no agent: the intervention's name
    ("non-doses", _T + "NCT01396499:detailed_description", "Blood (about 1 tablespoon) will be drawn for routine tests", None,
     [], None),
    ("amounts", _T + "NCT02996487:arm", "Vancomycin 125 mg by mouth every 6 hours", None,
     [D(125, "mg", "Vancomycin")], None),
    ("non-doses", _T + "NCT02996487:arm", "Placebo every 6 hours.", None,
     [], None),
    ("amounts", _T + "NCT02996487:detailed_description", "Arm 1: Patients receive 125 mg vancomycin PO q6 hours as prophylaxis against C. difficile for\n      the duration of their antibiotic treatment +3 days.", None,
     [D(125, "mg", "vancomycin")], None),
    # ------------------------------------------------------------------ round 2
    ("units", _T + "NCT01396512:intervention", "0.5 mL, Subcutaneous", "Live attenuated Japanese encephalitis chimeric virus vaccine",
     [D(0.5, "mL", "Live attenuated Japanese encephalitis chimeric virus vaccine")], None),
    ("units", _T + "NCT01396512:intervention", "0.5 mL, Subcutaneous", "Japanese encephalitis live attenuated vaccine (SA14 14 2 vaccine)",
     [D(0.5, "mL", "Japanese encephalitis live attenuated vaccine (SA14 14 2 vaccine)")], None),  # same phrase, the other intervention's name
    ("ranges", _T + "NCT02596503:arm", "Eribulin dose will be assigned at time of enrollment using a 3+ 3 Phase 1 design (ranging from 0.8 - 1.4 mg/m2/dos). The dose of irinotecan will be fixed at 90 mg/m2/day x 5 days.", None,
     [D((0.8, 1.4), "mg/m2", "Eribulin"), D(90, "mg/m2/day", "irinotecan")], None),  # unsure: "mg/m2/dos" (per dose) read as mg/m2; "x 5 days" gives no day numbers
    ("schedules", _T + "NCT02596503:intervention", "Irinotecan will be administered orally at a fixed dose of 90 mg/m2/day on days 1 -5 of a 21-day cycle.", "Irinotecan",
     [D(90, "mg/m2/day", "Irinotecan", days=[1, 2, 3, 4, 5])], None),
    ("non-doses", _T + "NCT02596503:intervention", "Intravenous eribulin administered on days 1 and 8 of a 21-day cycle.", "Eribulin",
     [], None),  # a schedule without an amount
    # ------------------------------------------------------------------ round 5
    ("units", _T + "NCT02296541:intervention", "4 mg to be administered as 1 mL intramuscularly (IM)", "DNA Nat-B env",
     [D(4, "mg", "DNA Nat-B env"), D(1, "mL", "DNA Nat-B env")], None),  # amount and its volume, as "0.5ml (25 micrograms) of Fentanyl"
    ("scientific", _T + "NCT02296541:intervention", "1\u00d710^8 plaque forming units (pfu) to be administered as 1 mL IM in the deltoid muscle of the non-dominant arm", "MVA-CMDR",
     [D(1e8, "PFU", "MVA-CMDR"), D(1, "mL", "MVA-CMDR")], None),  # PFU as HOLDOUT15/47; volume too, as the Zostavax row of HOLDOUT15
    ("units", _T + "NCT02296541:intervention", "Sodium Chloride for Injection, 0.9% to be administered as 1 mL IM in the deltoid muscle", "Placebo for MVA-CMDR",
     [D(1, "mL", "Sodium Chloride")], None),  # unsure: agent "Sodium Chloride" (text: "Sodium Chloride for Injection"); 0.9% is a strength
    # ------------------------------------------------------------------ round 6
    ("amounts", _T + "NCT01396564:arm", "Randomized patients are given 850 mg of metformin daily, increased to 1700 mg after 12 weeks.", None,
     [D(850, "mg", "metformin"), D(1700, "mg", "metformin")], None),
    ("amounts", _T + "NCT01396564:intervention", "15 mg of pioglitazone daily, increased to 60 mg after 12 weeks.", "Pioglitazone",
     [D(15, "mg", "pioglitazone"), D(60, "mg", "pioglitazone")], None),
    ("agents", _T + "NCT01396564:detailed_description", "subjects are randomized to start on pioglitazone or metformin, 15 mg/day\n      and 850 mg respectively, for 4 weeks period", None,
     [D(15, "mg/day", "pioglitazone"), D(850, "mg", "metformin")], None),  # "respectively" pairs the amounts with the agents in order
    # ------------------------------------------------------------------ round 7
    ("amounts", _T + "NCT01396577:intervention", "3 x 2 mg perampanel once per day", "perampanel",
     [D(2, "mg", "perampanel")], None),  # "3 x 2 mg" lists the unit amount, as the table's "2x5 mg/kg"
    ("amounts", _T + "NCT01396577:brief_summary", "three 2-mg tablets of perampanel are\n      bioequivalent to one 6-mg tablet of perampanel.", None,
     [D(2, "mg", "perampanel"), D(6, "mg", "perampanel")], None),  # tablet strengths
    ("units", _T + "NCT01696565:arm", "125 mg/day PG2 treatment continuously for 7 days", None,
     [D(125, "mg/day", "PG2")], None),
    ("units", _T + "NCT01696565:arm", "500 mg/day PG2 treatment continuously for 7 days", None,
     [D(500, "mg/day", "PG2")], None),
    # ------------------------------------------------------------------ round 8
    ("amounts", _T + "NCT01396590:intervention", "12 mg perampanel once per day", "Perampanel",
     [D(12, "mg", "perampanel")], None),
    # ------------------------------------------------------------------ round 9
    ("agents", _T + "NCT02996591:arm", "adductor canal block with 25 mL and 10 mL, respectively, of 0.25% bupivacaine (plus 2 mg preservative-free (PF) dexamethasone / 30 ml)", None,
     [D(25, "mL", "bupivacaine"), D(10, "mL", "bupivacaine"), D(2, "mg", "dexamethasone")], None),  # unsure: "2 mg ... / 30 ml" read as an amount, as the table's "(1 mg/20 ml)"; 0.25% a strength
    ("ranges", _T + "NCT02996591:arm", "IV sedation protocol: midazolam, 2-5 mg IV + Glycopyrrolate, 0.1 mg IV + Ketamine, 10-20 mg, + propofol as needed.", None,
     [D((2, 5), "mg", "midazolam"), D(0.1, "mg", "Glycopyrrolate"), D((10, 20), "mg", "Ketamine")], None),
    ("ranges", _T + "NCT02996591:arm", "Spinal protocol: 45-60 mg 1.5% mepivacaine, depending on the expected case duration (45 mg for cases with projected duration 1-2 hours, 60 mg for cases with projected duration 2-3 hours).", None,
     [D((45, 60), "mg", "mepivacaine"), D(45, "mg", "mepivacaine"), D(60, "mg", "mepivacaine")], None),  # "1-2 hours" are durations
    # ------------------------------------------------------------------ round 10
    ("levels", _T + "NCT01696604:arm", "The subjects will receive single planned dose of GSK284946 in ascending order (0.01, 0.03, 0.1, and 0.3 mg) in ratio of 3:1.with placebo within each of 4 treatment periods.", None,
     [D(0.01, "mg", "GSK284946"), D(0.03, "mg", "GSK284946"), D(0.1, "mg", "GSK284946"), D(0.3, "mg", "GSK284946")], None),  # agent as the text misspells it; "3:1" is a ratio
    ("amounts", _T + "NCT01696604:intervention", "GSK2849466 will be available as capsules of dose strengths 0.01, 0.1, 1.0, and 2.5 mg.", "GSK2849466",
     [D(0.01, "mg", "GSK2849466"), D(0.1, "mg", "GSK2849466"), D(1.0, "mg", "GSK2849466"), D(2.5, "mg", "GSK2849466")], None),  # capsule strengths, as the table's tablet strengths
    ("levels", _T + "NCT01696604:brief_summary", "The single doses of GSK2849466 planned in Part A of\n      this study are: 0.01, 0.03, 0.1, and 0.3 milligram (mg) in Cohort 1 and 0.3, 1, 3, and 10 mg\n      in Cohort 2.", None,
     [D(0.01, "mg", "GSK2849466", level="Cohort 1"), D(0.03, "mg", "GSK2849466", level="Cohort 1"), D(0.1, "mg", "GSK2849466", level="Cohort 1"),
      D(0.3, "mg", "GSK2849466", level="Cohort 1"), D(0.3, "mg", "GSK2849466", level="Cohort 2"), D(1, "mg", "GSK2849466", level="Cohort 2"),
      D(3, "mg", "GSK2849466", level="Cohort 2"), D(10, "mg", "GSK2849466", level="Cohort 2")], None),  # 0.3 mg listed under both cohorts (different levels)
    ("units", _T + "NCT01996605:arm", "Oxytocin 15 mcg injected spinally", None,
     [D(15, "ug", "Oxytocin")], None),
    ("units", _T + "NCT01996605:intervention", "Oxytocin 150 mcg will be administered spinally", "Oxytocin 150 mcg",
     [D(150, "ug", "Oxytocin")], None),
    ("non-doses", _T + "NCT01996605:arm", "Preservative free normal saline injected spinally", None,
     [], None),
    # ------------------------------------------------------------------ round 11
    ("amounts", _T + "NCT01996618:intervention", "After the initial 6 days of treatment with ranolazine, 500 mg twice daily or matched placebo", "Ranolazine",
     [D(500, "mg", "ranolazine")], None),
    ("amounts", _T + "NCT01996618:intervention", "If tolerated, the subjects will then have their study medication increased (Ranolazine 1,000 mg twice daily) with the plan to then undergo a repeat 24 hour ambulatory electrocardiographic monitoring in 6 days.", "Ranolazine",
     [D(1000, "mg", "Ranolazine")], None),
    ("non-doses", _T + "NCT01996618:arm", "When the subject returns the monitor, subjects will enter the washout period (cessation of the study medication) for 6 days", None,
     [], None),
    ("agents", _T + "NCT02596620:arm", "Esomeprazole (Nexium)(40 mg) 1 tablet twice daily, amoxicillin (Amolin)(500 mg) 2 tablets twice daily for 5 days followed by esomeprazole (Nexium) (40 mg) twice daily, levofloxacin(Cravit)(500 mg), 1 tablet once daily and metronidazole (Flagyl)(250 mg) 2 tablets three times daily for 5 days", None,
     [D(40, "mg", "Esomeprazole"), D(500, "mg", "amoxicillin"), D(500, "mg", "levofloxacin"), D(250, "mg", "metronidazole")], None),  # esomeprazole 40 mg said twice: listed once; tablet strengths, not x2 (the table's capsule convention); brand names in brackets left out
    ("amounts", _T + "NCT02596620:intervention", "Metronidazole (Flagyl)(250 mg) 2 # tid for the last 5 days in the sequential arm", "Flagyl",
     [D(250, "mg", "Metronidazole")], None),
    ("agents", _T + "NCT02596620:detailed_description", "levofloxacin-containing triple therapy (EAL, esomeprazole 40 mg b.d.,\n      amoxicillin 1 g b.d., and levofloxacin 500 mg qd) at a 1:1 ratio.", None,
     [D(40, "mg", "esomeprazole"), D(1, "g", "amoxicillin"), D(500, "mg", "levofloxacin")], None),  # "1:1" a ratio
    ("amounts", _T + "NCT02996617:arm", "Patients were administered pegylated rhG-CSF 6mg\uff08weight\u226545Kg\uff09or 3mg\uff08weight\u226445Kg\uff09once 24 hours after the end of chemotherapy drugs of every chemotherapy cycle for total 4 courses.", None,
     [D(6, "mg", "pegylated rhG-CSF"), D(3, "mg", "pegylated rhG-CSF")], None),  # body weights (45Kg) are no doses; full-width brackets
    ("units", _T + "NCT02996617:arm", "If their WBC\u22641\u00d710^ 9/L,they were administered rhG-CSF:5ug/kg/day until their WBC\u22654\u00d710^ 9/L", None,
     [D(5, "ug/kg/day", "rhG-CSF")], None),  # the white-cell counts are thresholds, no doses
    ("agents", _T + "NCT02996617:intervention", "CHOP: Epirubicin\uff1a70 mg/m2 , Cyclophosphamide\uff1a750 mg/m2, Vincristine: 1.4 mg/m2 , Prednison\uff1a100mg/d;", "rhG-CSF regimen",
     [D(70, "mg/m2", "Epirubicin"), D(750, "mg/m2", "Cyclophosphamide"), D(1.4, "mg/m2", "Vincristine"), D(100, "mg/day", "Prednison")], None),  # full-width colons
    # ------------------------------------------------------------------ round 12
    ("non-doses", _T + "NCT01696630:arm", "Desflurane 6.5% (+/-0.5%) in association with a thoracic epidural analgesia in maintenance phase", None,
     [], None),  # an inhaled concentration, no amount (as the table's strengths)
    ("non-doses", _T + "NCT01696630:arm", "Xenon 60% (+/-5%) in association with a thoracic epidural analgesia in maintenance phase", None,
     [], None),
    # ------------------------------------------------------------------ round 13
    ("agents", _T + "NCT01396655:arm", "The chemotherapeutic regimen consisted of docetaxel (75 mg/m2) and doxorubicin (50 mg/m2) by intravenous infusion every 3 weeks.", None,
     [D(75, "mg/m2", "docetaxel"), D(50, "mg/m2", "doxorubicin")], None),
    ("non-doses", _T + "NCT01396655:intervention", "Both breast MRI and chest CT were performed in all the 78 patients. Subsequently, the patients received three more cycles of docetaxel and doxorubicin as an adjuvant chemotherapy", "docetaxel (75 mg/m2) and doxorubicin (50 mg/m2)",
     [], None),  # a patient count and cycles, no amount (the intervention's name holds amounts, the phrase none)
    ("amounts", _T + "NCT01696643:arm", "0.25 milligrams (mg) CB-5945, administered orally, twice daily (BID) for 52 weeks", None,
     [D(0.25, "mg", "CB-5945")], None),
    ("non-doses", _T + "NCT01696643:arm", "Placebo, administered orally, BID for 52 weeks", None,
     [], None),
    ("amounts", _T + "NCT01696643:detailed_description", "approximately 225 study centers to receive either 0.25 milligrams (mg) CB-5945 twice daily\n      (BID) or a matching placebo BID for the 52-week double-blind treatment period", None,
     [D(0.25, "mg", "CB-5945")], None),  # "225 study centers" a count
    ("amounts", _T + "NCT01996644:arm", "250 mg DCS (setraline) versus placebo plus exposure", None,
     [D(250, "mg", "DCS")], None),  # unsure: agent "DCS" (the text's own gloss "(setraline)" left out)
    ("amounts", _T + "NCT01996644:intervention", "250mg DCS", "Setraline",
     [D(250, "mg", "DCS")], None),
    ("non-doses", _T + "NCT02296645:arm", "Chlorhexidine gluconate (CHG) 2% / Isopropyl alcohol (IPA) 70%", None,
     [], None),  # strengths only
    # ------------------------------------------------------------------ round 14
    ("schedules", _T + "NCT01396668:intervention", "Gemcitabine: 1000mg/\u33a1 (day 1, 8), cisplatin 60mg/\u33a1 (day 1) Capecitabine: 650mg/\u33a1 twice a day, during radiotherapy Gemcitabine: 1000mg/\u33a1 (day 1, 8)", "gemcitabine, cisplatin, capecitabine",
     [D(1000, "mg/m2", "Gemcitabine", days=[1, 8]), D(60, "mg/m2", "cisplatin", days=[1]), D(650, "mg/m2", "Capecitabine")], None),  # gemcitabine said twice with the same days: listed once
    ("units", _T + "NCT02296658:arm", "S-1,80mg/m2/d,peroral BID,in treatment days concurrently with intensity-modulated radiotherapy in a standard manner.", None,
     [D(80, "mg/m2/day", "S-1")], None),
    ("units", _T + "NCT02296658:intervention", "A total irradiation dose of 45 Gy was delivered in daily 1.8-Gy fractions (5 days a week over 5 weeks) to all patients.", "intensity-modulated radiotherapy",
     [D(45, "Gy", "intensity-modulated radiotherapy"), D(1.8, "Gy", "intensity-modulated radiotherapy")], None),  # total and per fraction, as the table's "56 Gy ... 2 Gy per dose"; agent the intervention's name
    ("agents", _T + "NCT02996656:arm", "recommends the use of Cefazolin at induction for all orthopaedic procedure with implantation of internal fixation device. The dosage is 2g intravenous if the patient weights less than 120kg or 3g if the patient weights more than 120kg. The dose should be repeated if the procedure lasts for more than three hours or if the blood loss is greater than 1500mL.", None,
     [D(2, "g", "Cefazolin"), D(3, "g", "Cefazolin")], None),  # body weights and a blood loss are no doses; agent named in the sentence before
    ("agents", _T + "NCT02996656:arm", "the Ceftriaxone will be administered to some patient. The Ceftriaxone is a third generation cephalosporin. It targets gram positive cocci such as staphylococcus and streptococcus, gram negative bacilli and some anaerobes, including P. acnes. The prophylactic dose is of 2g IV given a minimum of 30 minutes prior to skin incision.", None,
     [D(2, "g", "Ceftriaxone")], None),
    # ------------------------------------------------------------------ round 15
    ("schedules", _T + "NCT01396681:intervention", "Gemcitabine: 1200mg/\u33a1 (Day 1, 8), cisplatin 60mg/\u33a1 (Day 1) every 3 weeks for 2 cycles.", "gemcitabine and cisplatin",
     [D(1200, "mg/m2", "Gemcitabine", days=[1, 8]), D(60, "mg/m2", "cisplatin", days=[1])], None),
    ("amounts", _T + "NCT01396681:intervention", "Gemcitabine 300mg/\u33a1 weekly for 5 weeks throughout RT period.", "gemcitabine and cisplatin",
     [D(300, "mg/m2", "Gemcitabine")], None),
    ("units", _T + "NCT01396681:intervention", "Radiotherapy: 50.4Gy at 1.8Gy/Fx, for 28 Fx (Field reduction at 45Gy) for 5.5 pweeks.", "gemcitabine and cisplatin",
     [D(50.4, "Gy", "Radiotherapy"), D(1.8, "Gy", "Radiotherapy")], None),  # unsure: "Field reduction at 45Gy" read as the point of a field change, not a dose; 1.8 Gy per fraction
    ("amounts", _T + "NCT01696669:intervention", "Doxorubicin: 75 mg/m^2 per cycle, or 25 mg/m^2/day x 3 days, IV infusion, 1 hour (after dexrazoxane administration at the dose of 10:1).", "Chemotherapy",
     [D(75, "mg/m2", "Doxorubicin"), D(25, "mg/m2/day", "Doxorubicin")], None),  # "10:1" a ratio; "x 3 days" gives no day numbers
    ("units", _T + "NCT01696669:intervention", "G-CSF: 5 micrograms/kg/day SC. It starts 24 hours after the last dose of chemotherapy and continues until the absolute neutrophil count is \u2265 750 mm^3/L.", "Chemotherapy",
     [D(5, "ug/kg/day", "G-CSF")], None),  # the neutrophil count is a threshold
    ("schedules", _T + "NCT01696669:intervention", "Gemcitabine: 1000 mg/m^2 IV, 90 minutes on day 1 and 8.\nDocetaxel 100 mg/m^2, 2-3 hour infusion on day 8.", "Chemotherapy",
     [D(1000, "mg/m2", "Gemcitabine", days=[1, 8]), D(100, "mg/m2", "Docetaxel", days=[8])], None),
    # ------------------------------------------------------------------ round 16
    ("ranges", _T + "NCT01996683:intervention", "Deferiprone (75-100 mg/kg/d) and deferoxamine (20-60 mg/kg/d)", "desferal, ferriprox, blood transfusion",
     [D((75, 100), "mg/kg/day", "Deferiprone"), D((20, 60), "mg/kg/day", "deferoxamine")], None),
    ("non-doses", _T + "NCT01996683:arm", "Included 25 thalassemia patients with low serum ferritin (< 500) or downward ferritin trend inspite of reduction of chelation dose over the last 6 months.", None,
     [], None),  # a patient count and a ferritin level
    ("units", _T + "NCT02296684:arm", "risk-based intensity modulated radiation therapy consisting of 60 Gy in 2 Gy once-daily fraction size (total of 30 fractions)", None,
     [D(60, "Gy", "intensity modulated radiation therapy"), D(2, "Gy", "intensity modulated radiation therapy")], None),  # total and per fraction; "risk-based" left out of the agent
    ("non-doses", _T + "NCT02296684:arm", "risk-based cisplatin administered intravenously on Days 1, 22, and 43 of treatment course", None,
     [], None),  # days without an amount
    ("agents", _T + "NCT02996682:intervention", "400/100 mg FDC tablet administered orally once daily", "SOF/VEL",
     [D(400, "mg", "SOF"), D(100, "mg", "VEL")], None),  # unsure: the pair split over the intervention's name "SOF/VEL", as "250/25mcg" Fluticasone/Salmeterol of HOLDOUT50
    ("non-doses", _T + "NCT02996682:intervention", "Capsules administered orally in a divided daily dose", "RBV",
     [], None),
]


HOLDOUT53: list[Row] = [
    # ------------------------------------------------------------------ round 1
    ("units", _T + "NCT01326494:intervention", "Prednisolone: 1 mg / kg per day course of dose for 5 days up to child's weight of 20 kgs.", "Arm 1 Oral Cortico Steroids",
     [D(1, "mg/kg/day", "Prednisolone")], None),  # "20 kgs" is a body weight
    ("units", _T + "NCT01326494:intervention", "Dexamethasone: 0.3mg/kg per dose for 3 days (minimum weight 20 kgs )", "Arm 1 Oral Cortico Steroids",
     [D(0.3, "mg/kg", "Dexamethasone")], None),
    # ------------------------------------------------------------------ round 2
    ("schedules", _T + "NCT01926509:arm", "Participants will be administered MK-8892 once daily at following dose levels: 1 mg (Days 1-7), 2 mg (Days 8-14), 3 mg (Days 15-21), 4 mg (Days 22-28).", None,
     [D(1, "mg", "MK-8892", days=list(range(1, 8))), D(2, "mg", "MK-8892", days=list(range(8, 15))),
      D(3, "mg", "MK-8892", days=list(range(15, 22))), D(4, "mg", "MK-8892", days=list(range(22, 29)))], None),
    ("schedules", _T + "NCT01926509:arm", "Participants will be administered MK-8892 orally, once daily at following dose levels: 1 mg (Days 1-7), 2 mg (Days 8-14), 4 mg (Days 15-21), 4 mg (Days 22-28).", None,
     [D(1, "mg", "MK-8892", days=list(range(1, 8))), D(2, "mg", "MK-8892", days=list(range(8, 15))),
      D(4, "mg", "MK-8892", days=list(range(15, 22))), D(4, "mg", "MK-8892", days=list(range(22, 29)))], None),  # 4 mg twice, on different days: listed twice
    ("schedules", _T + "NCT01926509:arm", "Participants will be administered MK-8892 orally, once daily at following dose levels: 1 mg (Days 1-7), 2 mg (Days 8-14), 4 mg (Days 15-21), up to 8 mg (Days 22-28).", None,
     [D(1, "mg", "MK-8892", days=list(range(1, 8))), D(2, "mg", "MK-8892", days=list(range(8, 15))),
      D(4, "mg", "MK-8892", days=list(range(15, 22))), D(8, "mg", "MK-8892", days=list(range(22, 29)))], None),  # "up to 8 mg": 8 mg
    ("agents", _T + "NCT02226510:arm", "In the active arm, the added therapy will be metformin XL in an initial dose of 1000mg/day (metformin XL 500mg x2/day).", None,
     [D(1000, "mg/day", "metformin XL"), D(500, "mg", "metformin XL")], None),
    ("agents", _T + "NCT02226510:arm", "They will continue on Metformin XL 500mg x2/day for two weeks and after safety blood checks the metformin XL dose will be increased to 2000 mg/day.", None,
     [D(500, "mg", "Metformin XL"), D(2000, "mg/day", "metformin XL")], None),
    ("amounts", _T + "NCT02226510:intervention", "If the higher dose cannot be tolerated the dose will be reduced to 1000mg/day.", "Metformin XL",
     [D(1000, "mg/day", "Metformin XL")], None),  # no agent in the phrase: the intervention's name
    ("amounts", _T + "NCT02826512:intervention", "niraparib 300 mg QD continuously", "Niraparib",
     [D(300, "mg", "niraparib")], None),
    # ------------------------------------------------------------------ round 3
    ("agents", _T + "NCT02526524:arm", "900 mg metformin delayed-release once daily in the morning", None,
     [D(900, "mg", "metformin")], None),  # release form left out of the agent, as "4 mg tolterodine extended release capsules"
    ("agents", _T + "NCT02526524:arm", "1000 mg metformin immediate-release twice daily", None,
     [D(1000, "mg", "metformin")], None),
    ("non-doses", _T + "NCT02526524:arm", "placebo match for 600 and 1200 mg Met DR qAM treatment groups", None,
     [], None),  # the amounts of the arms the placebo matches, not given here (as "placebo matched to firsocostat 5 mg")
    # ------------------------------------------------------------------ round 4
    ("units", _T + "NCT01326533:intervention", "Thirteen weeks of oral hydroxychloroquine (400 mg/day) provided as capsules", "hydroxychloroquine",
     [D(400, "mg/day", "hydroxychloroquine")], None),
    ("non-doses", _T + "NCT01326533:arm", "Thirteen weeks of daily hydroxychloroquine following FSIGTT testing", None,
     [], None),  # a duration in words, no amount
    ("amounts", _T + "NCT01626534:intervention", "600mg loading dose then 75mg/day", "Clopidogrel",
     [D(600, "mg", "Clopidogrel"), D(75, "mg/day", "Clopidogrel")], None),
    ("amounts", _T + "NCT01626534:intervention", "180 mg loading dose then 90 mg Twice a day", "trigagrelor",
     [D(180, "mg", "trigagrelor"), D(90, "mg", "trigagrelor")], None),  # the record's misspelt name, taken from the intervention
    # ------------------------------------------------------------------ round 5
    ("units", _T + "NCT01326546:intervention", "0.5mg,per day,oral intake.", "entecavir",
     [D(0.5, "mg/day", "entecavir")], None),  # unsure: "0.5mg,per day" read as mg/day despite the comma
    ("units", _T + "NCT01326546:arm", "Oral intake entecavir 0.5mg per day.", None,
     [D(0.5, "mg/day", "entecavir")], None),
    ("amounts", _T + "NCT01926548:arm", "1 tablet(200mg) a day,PO,QD", None,
     [D(200, "mg")], None),  # no agent in the phrase
    ("amounts", _T + "NCT01926548:arm", "2 tablet(100mg) a day,PO,QD", None,
     [D(100, "mg")], None),  # the tablet strength, as "Two Nitazoxanide 300 mg tablets"
    ("agents", _T + "NCT01926548:brief_summary", "CJ Imatinib mesylate tablet 1 x\n      200mg compared with Gleevec film-coated tablet 2 x 100mg", None,
     [D(200, "mg", "CJ Imatinib mesylate"), D(100, "mg", "Gleevec")], None),
    ("agents", _T + "NCT02226549:intervention", "LDV/SOF (90/400 mg) FDC tablet administered orally once daily", "LDV/SOF",
     [D(90, "mg", "LDV"), D(400, "mg", "SOF")], None),  # as "600/100 mg tablets of TMC114/rtv"
    ("amounts", _T + "NCT02226549:intervention", "VDV 80 mg tablet administered orally once daily", "VDV",
     [D(80, "mg", "VDV")], None),
    ("amounts", _T + "NCT02226549:intervention", "RBV tablets administered orally in a divided daily dose according to package insert weight-based dosing recommendations (< 75 kg = 1000 mg and \u2265 75 kg = 1200 mg)", "RBV",
     [D(1000, "mg", "RBV"), D(1200, "mg", "RBV")], None),  # "75 kg" is a body weight
    ("scientific", _T + "NCT02526550:intervention", "0.5 mL dose containing \u2265 4.0 log10 plaque forming units (PFU) administered via the subcutaneous route into the left thigh", "Live attenuated chimeric Japanese Encephalitis vaccine",
     [D(0.5, "mL", "Live attenuated chimeric Japanese Encephalitis vaccine"), D(1e4, "PFU", "Live attenuated chimeric Japanese Encephalitis vaccine")], None),  # unsure: "4.0 log10 PFU" read as 10^4 PFU; both the volume and the content, as the Zostavax row
    ("units", _T + "NCT02526550:intervention", "0.5 mL liquid dose for intramuscular injection administered via the intramuscular route into the right thigh", "Inactivated Hepatitis A vaccine",
     [D(0.5, "mL", "Inactivated Hepatitis A vaccine")], None),
    ("units", _T + "NCT02826551:arm", "will additionally be receiving a one-time posterior capsular knee injection of Marcaine 0.5% (20cc) during the surgery.", None,
     [D(20, "mL", "Marcaine")], None),
    ("non-doses", _T + "NCT02826551:arm", "will NOT be receiving a posterior capsular knee injection of Marcaine 0.5%.", None,
     [], None),  # a strength only, and not given in this arm
    # ------------------------------------------------------------------ round 6
    ("schedules", _T + "NCT01326559:intervention", "Drug Docetaxel Docetaxel 75 mg/m2 IV, D1 every 3 weeks for 3 cycles\nDrug Cisplatin Cisplatin 75 mg/m2 IV, D1 every 3 weeks for 3 cycles\nDrug Fluorouracil Fluorouracil 750 mg/m2 IV, D1-4 every 3 weeks for 3 cycles", "Docetaxel, Cisplatin, 5-FU and Cetuximab",
     [D(75, "mg/m2", "Docetaxel", days=[1]), D(75, "mg/m2", "Cisplatin", days=[1]), D(750, "mg/m2", "Fluorouracil", days=[1, 2, 3, 4])], None),
    ("units", _T + "NCT01326559:intervention", "Drug Cetuximab Cetuximab 400 mg m2 IV, D1 initial dose, then 250 mg/m2 weekly for 7 week (Weeks 10-16)", "Docetaxel, Cisplatin, 5-FU and Cetuximab",
     [D(400, "mg/m2", "Cetuximab", days=[1]), D(250, "mg/m2", "Cetuximab")], None),  # unsure: "400 mg m2" (slash lost) read as mg/m2; the weekly dose has no day
    ("units", _T + "NCT01326559:intervention", "IMRT (60 Gy to GTV or biological dose equivalent): 2 Gy/fraction/day, D1-5 per week, for 6 weeks (Weeks 11-16)", "Docetaxel, Cisplatin, 5-FU and Cetuximab",
     [D(60, "Gy", "IMRT"), D(2, "Gy", "IMRT")], None),  # total and per-fraction dose, as "50.4 Gy ... at 1.8 Gy/fraction"; days of the week not checked
    ("ranges", _T + "NCT01626560:intervention", "daptomycin 4-6mg/kg qd 10 - 14 days", "Daptomycin",
     [D((4, 6), "mg/kg", "daptomycin")], None),
    ("amounts", _T + "NCT01626560:intervention", "Vancomycin 1g q12h 10 - 14 days", "Vancomycin",
     [D(1, "g", "Vancomycin")], None),
    # ------------------------------------------------------------------ round 7
    ("amounts", _T + "NCT01626573:arm", "Itacitinib 400 mg twice a day", None,
     [D(400, "mg", "Itacitinib")], None),
    ("non-doses", _T + "NCT01626573:arm", "Itacitinib 400 mg placebo twice a day", None,
     [], None),  # unsure: a placebo matching the 400 mg arm, no drug given (as "placebo matched to firsocostat 5 mg")
    ("amounts", _T + "NCT01626573:arm", "Itacitinib 100mg once a day", None,
     [D(100, "mg", "Itacitinib")], None),
    ("amounts", _T + "NCT02826577:arm", "- Single dose of 175mg", None,
     [D(175, "mg")], None),
    ("amounts", _T + "NCT02826577:intervention", "Single Dose 400mg", "Pregnenolone 400mg",
     [D(400, "mg", "Pregnenolone")], None),  # unsure: the phrase names no agent; the intervention's name without its amount
    ("agents", _T + "NCT02826577:brief_summary", "two hours after the oral administration of 175mg\n      pregnenolone (N = 24), 400mg of pregnenolone (N = 24), or placebo (N = 24).", None,
     [D(175, "mg", "pregnenolone"), D(400, "mg", "pregnenolone")], None),  # "N = 24" are group sizes
    # ------------------------------------------------------------------ round 8
    ("units", _T + "NCT01326585:intervention", "8mg (2cc of 4mg/mL solution), IV solution, 1-time dose during surgery", "Dexamethasone Sodium Phosphate Injection",
     [D(8, "mg", "Dexamethasone Sodium Phosphate Injection"), D(2, "mL", "Dexamethasone Sodium Phosphate Injection")], None),  # amount and volume, as "0.5ml (25 micrograms) of Fentanyl"; "4mg/mL" a concentration; no agent in the phrase
    ("units", _T + "NCT01326585:intervention", "2cc of 0.9% normal saline, IV injection, 1-time dose during surgery", "Saline Injection",
     [D(2, "mL", "normal saline")], None),
    ("amounts", _T + "NCT01926587:intervention", "Starting on Day 1 of second week (Day 8) of the cycle, azacitidine will be administered by subcutaneous injection or intravenous infusion at the labeled daily dose of 75 mg/m2, for 7 days.", "Azacitidine",
     [D(75, "mg/m2", "azacitidine")], None),  # days (8-14) not checked
    ("agents", _T + "NCT01926587:detailed_description", "to receive 1120 mg of rigosertib over 24 hours: either 560 mg in the\n      morning and 560 mg in the afternoon, or 840 mg in the morning and 280 mg in the afternoon.", None,
     [D(1120, "mg", "rigosertib"), D(560, "mg", "rigosertib"), D(560, "mg", "rigosertib"), D(840, "mg", "rigosertib"), D(280, "mg", "rigosertib")], None),  # unsure: 560 mg listed twice (morning, afternoon: two schedules)
    ("units", _T + "NCT02226588:arm", "Single sublingual dose of 800mcg (4 tablets) misoprostol administered to women with 350-500mL postpartum blood loss", None,
     [D(800, "ug", "misoprostol")], None),  # "350-500mL" is a blood loss
    ("units", _T + "NCT02226588:arm", "Single oral prophylactic dose of 600mcg (3 tablets) misoprostol administered to all women within 1 minute of deliver of baby", None,
     [D(600, "ug", "misoprostol")], None),
    ("agents", _T + "NCT02226588:brief_summary", "early administration of 800 mcg sublingual misoprostol to women for secondary prevention of\n      postpartum hemorrhage (PPH) or universal use of 600 mcg oral misoprostol at the time of\n      delivery for prophylaxis of PPH.", None,
     [D(800, "ug", "misoprostol"), D(600, "ug", "misoprostol")], None),
    # ------------------------------------------------------------------ round 9
    ("schedules", _T + "NCT02226601:arm", "Aprepitant\n40 mg IV pre-operatively\n40 mg PO post-op day #1\n40 mg PO post-op day #2", None,
     [D(40, "mg", "Aprepitant"), D(40, "mg", "Aprepitant"), D(40, "mg", "Aprepitant")], None),  # unsure: the same amount on three occasions, listed three times (different schedules); days not checked
    ("non-doses", _T + "NCT02226601:arm", "electrolyte (0.9% NaCl) infusion) pre-operatively\ncapsule without medication on post-op day #1", None,
     [], None),  # a strength of saline and a placebo capsule, no amount
    ("non-doses", _T + "NCT02226601:intervention", "3 days perioperative Aprepitant once a day", "Aprepitant",
     [], None),  # a duration, no amount
    ("amounts", _T + "NCT02826603:intervention", "300mg, s.c. at randomization, Weeks 1, 2 and 3 and thereafter 4-weekly till Week 48", "Secukinumab",
     [D(300, "mg", "Secukinumab")], None),  # weeks, not days
    ("amounts", _T + "NCT02826603:intervention", "Per approved label, 45 mg or 90 mg s.c. based on subject weight (at randomization visit) to be administered at randomization, Week 4, 16, 28 and 40.", "Ustekinumab",
     [D(45, "mg", "Ustekinumab"), D(90, "mg", "Ustekinumab")], None),
    # ------------------------------------------------------------------ round 10
    ("units", _T + "NCT01326611:arm", "Drug: Clarithromycin intravenous clarithromycin (10 mg/kg twice a day for 10 days)", None,
     [D(10, "mg/kg", "clarithromycin")], None),
    ("non-doses", _T + "NCT01326611:arm", "Drug: D5W Dose given daily, IV same volume that Clarithromycin would be to equal 10 mg/kg for first 10 days.", None,
     [], None),  # unsure: the placebo's volume is matched to 10 mg/kg of clarithromycin, which is not given in this arm
    ("non-doses", _T + "NCT01326611:brief_summary", "prevention of chronic lung disease in premature infants with\n      birthweight < 1250 g and have ureaplasma urealyticum colonization.", None,
     [], None),  # a birth weight
    ("amounts", _T + "NCT02526615:arm", "500mg 1 tablet 2 times per day for the first 2 weeks, then after that 2 tables 2 times per day", None,
     [D(500, "mg")], None),  # the tablet strength; no agent in the phrase
    ("amounts", _T + "NCT02526615:arm", "2 mg 1 tablets 2 times per day for the first 2 weeks, then after that 2 tablets 2 times per day", None,
     [D(2, "mg")], None),
    ("non-doses", _T + "NCT02526615:arm", "placebo, 2 tablets per day", None,
     [], None),  # a tablet count, no amount
    ("amounts", _T + "NCT02826616:arm", "Trimetazidine 60 mg 30 min before PCI and 20 mg for 12 months after surgery", None,
     [D(60, "mg", "Trimetazidine"), D(20, "mg", "Trimetazidine")], None),  # "30 min" is a time
    ("amounts", _T + "NCT02826616:arm", "placebo 60 mg 30 min before PCI and 20 mg for 12 months after surgery", None,
     [D(60, "mg", "placebo"), D(20, "mg", "placebo")], None),  # a placebo with amounts, as "50 mg of placebo drug" in HOLDOUT50
    ("agents", _T + "NCT02826616:brief_summary", "Giving preoperative loading dose of 60mg of trimetazidine can safely and effectively reduce\n      the PCI-related myocardial damage", None,
     [D(60, "mg", "trimetazidine")], None),
    # ------------------------------------------------------------------ round 11
    ("units", _T + "NCT01926626:arm", "After 1 week of pre-cessation nicotine patch treatment (21 mg/24 h patches), participants will receive moclobemide (400 mg/day in 2 divided doses) for 11 weeks", None,
     [D(21, "mg/day", "nicotine"), D(400, "mg/day", "moclobemide")], None),  # "mg/24 h" as mg/day ("6mg/24h" in the table); unsure: agent "nicotine" (dosage form "patch" left out, as "tolterodine extended release capsules")
    ("units", _T + "NCT01926626:arm", "Nicotine patch treatment will continue at 21 mg/24 h for an additional week prior to the quit date, and then for 6 weeks after the quit date, followed by 14 mg/24 h for 2 weeks and 7 mg/24 h for 2 weeks.", None,
     [D(21, "mg/day", "Nicotine"), D(14, "mg/day", "Nicotine"), D(7, "mg/day", "Nicotine")], None),
    ("units", _T + "NCT01926626:intervention", "Pre-Quit Period: 1 week of moclobemide use (400 mg/day in 2 divided doses)", "Moclobemide",
     [D(400, "mg/day", "moclobemide")], None),
    ("units", _T + "NCT01926639:intervention", "Lymphoma lymph nodes are irradiated with 8 Gy single treatment and injected with rituximab (5 mg) and autologous DC intratumorally.", "Radiotherapy, rituximab and DC",
     [D(8, "Gy", "Radiotherapy, rituximab and DC"), D(5, "mg", "rituximab")], None),  # unsure: no agent written for the 8 Gy, the intervention's name (as the table's "2 Gy per dose" -> "Radiation therapy")
    ("units", _T + "NCT01926639:detailed_description", "tumor-affected lymph nodes are treated locally with a single dose of 8 Gy radiotherapy and\n      injected with therapeutic antibody (anti-CD20/Rituximab).", None,
     [D(8, "Gy", "radiotherapy")], None),
    ("schedules", _T + "NCT01926639:detailed_description", "receive intra-tumoral injections of low-dose\n      anti-CD20 antibodies (5 mg) on days 1 and 3 and local radiotherapy on day 2.", None,
     [D(5, "mg", "anti-CD20 antibodies", days=[1, 3])], None),  # the radiotherapy on day 2 has no amount here
    # ------------------------------------------------------------------ round 12
    ("schedules", _T + "NCT01626651:intervention", "A single oral dose of 120 mg ibrutinib (3 x 40 mg capsules) on Day 1, and 40 mg (1x 40 mg capsule) ibrutinib on Day 7.", "Ibrutinib",
     [D(120, "mg", "ibrutinib", days=[1]), D(40, "mg", "ibrutinib"), D(40, "mg", "ibrutinib", days=[7])], None),  # unsure: capsule strength listed (as "two 1.9 mg patches"); the Day 7 dose and its one capsule are the same 40 mg, listed once
    ("schedules", _T + "NCT01626651:intervention", "Ketoconazole (400 mg [2 x 200 mg] once daily) will be orally administered on Days 4, 5, 6, 7, 8 and 9.", "Ketoconazole",
     [D(400, "mg", "Ketoconazole", days=[4, 5, 6, 7, 8, 9]), D(200, "mg", "Ketoconazole")], None),  # as "Sorafenib 400 mg (2 x 200 mg tablets)"
]


HOLDOUT54: list[Row] = [
    # ------------------------------------------------------------------ round 1
    ("amounts", _T + "NCT02946489:arm", "Administration of CI-581a during wk 2 and possibly at wk 3 or 4 at 0.71 mg/kg in the context of a 2 wk course of MET followed by a 4 wk course of MBRP", None,
     [D(0.71, "mg/kg", "CI-581a")], None),
    ("non-doses", _T + "NCT02946489:intervention", "CI-581a will be administered in wk2 and potentially in wk 3 or 4.", "CI-581a",
     [], None),
    # ------------------------------------------------------------------ round 2
    ("amounts", _T + "NCT03046511:arm", "One single dose of intraperitoneal Cefazolin 1000 mg via the recently inserted peritoneal catheter", None,
     [D(1000, "mg", "Cefazolin")], None),
    ("amounts", _T + "NCT03046511:arm", "One single dose of intravenous Cefazolin 1000 mg one hour before catheter insertion", None,
     [D(1000, "mg", "Cefazolin")], None),
    # ------------------------------------------------------------------ round 3
    ("units", _T + "NCT01666522:arm", "Vitamin D -oral cholecalciferol 2000 IU/day and Physical activity-60-minute 3-day/week exercise programme", None,
     [D(2000, "IU/day", "cholecalciferol")], None),  # unsure: agent "cholecalciferol" (the name next to the amount), not "Vitamin D"
    ("units", _T + "NCT01666522:intervention", "vitamin D given orally as tablets at a dosage of 2000 IU/day for 4 months", "Vitamin D",
     [D(2000, "IU/day", "vitamin D")], None),
    ("non-doses", _T + "NCT01666522:detailed_description", "sarcopenia (defined as a relative skeletal muscle index (appendicular skeletal muscle mass\n      divided by height) below 5.45 kg/m2)", None,
     [], None),
    ("amounts", _T + "NCT03066518:arm", "Melatonin 5 mg, daily, eight weeks", None,
     [D(5, "mg", "Melatonin")], None),
    ("amounts", _T + "NCT03066518:brief_summary", "Intervention: Patients were randomized to receive either 5 mg of melatonin or placebo every\n      night for 8 weeks.", None,
     [D(5, "mg", "melatonin")], None),
    ("amounts", _T + "NCT03066518:detailed_description", "randomization to treatment with melatonin (5 mg orally) or placebo for 8 weeks.", None,
     [D(5, "mg", "melatonin")], None),
    # ------------------------------------------------------------------ round 4
    ("schedules", _T + "NCT01946529:intervention", "Dosage and route of administration: Infants < 12 months of age: 0.05 mg/kg IV day 1; participants \u2265 12 months of age: 1.5 mg/m^2 IV day 1 (max. dose 2 mg).", "vincristine",
     [D(0.05, "mg/kg", "vincristine", days=[1]), D(1.5, "mg/m2", "vincristine", days=[1]), D(2, "mg", "vincristine")], None),  # the cap "max. dose 2 mg" labelled, as HOLDOUT10 labels "maximum of 400mg per dose"
    ("schedules", _T + "NCT01946529:intervention", "Dosage and route of administration: Infants < 1 year of age 60 mg/kg/day IV over 60 minutes days 1-5; participants > 12 months of age 1800 mg/m^2 IV over 60 minutes x 5 days, days 1-5.", "ifosfamide",
     [D(60, "mg/kg/day", "ifosfamide", days=[1, 2, 3, 4, 5]), D(1800, "mg/m2", "ifosfamide", days=[1, 2, 3, 4, 5])], None),
    ("units", _T + "NCT01946529:intervention", "Dosage and route of administration: 90 mg/m^2/dose PO BID", "sorafenib",
     [D(90, "mg/m2", "sorafenib")], None),  # "/dose" dropped as the table reads "15 mg/kg/dose" as mg/kg
    # ------------------------------------------------------------------ round 5
    ("units", _T + "NCT01946542:arm", "single dose of beet juice concentrate, roughly 70 mL", None,
     [D(70, "mL", "beet juice concentrate")], WITHOUT_CONTEXT + "read alone, 'beet juice concentrate, roughly 70 mL': the name before a comma is not carried"),
    ("units", _T + "NCT01946542:intervention", "single dose of beet juice concentrate, roughly 70 mL", "beet juice concentrate",
     [D(70, "mL", "beet juice concentrate")], None),
    ("non-doses", _T + "NCT01946542:detailed_description", "small blood (<15 mL) and\n      urine samples will be collected", None,
     [], None),
    ("amounts", _T + "NCT02946541:arm", "evogliptin 5mg QD", None,
     [D(5, "mg", "evogliptin")], None),
    ("amounts", _T + "NCT02946541:intervention", "evogliptin 5mg, QD", "evogliptin 5mg",
     [D(5, "mg", "evogliptin")], None),
    ("amounts", _T + "NCT02946541:detailed_description", "Placebo Group: Administration with Placebo for 0-24 weeks, and with Evogliptin 5mg for\n           24-52 weeks.", None,
     [D(5, "mg", "Evogliptin")], None),
    ("units", _T + "NCT03046550:arm", "Cohort A will have 8 total subjects. 6 subjects will receive 0.33 mg/kg of NTM-1634 and 2 subjects will receive placebo.", None,
     [D(0.33, "mg/kg", "NTM-1634")], None),  # unsure: no level (the cohort is named in the sentence before the amount)
    ("units", _T + "NCT03046550:arm", "Cohort C will have 8 total subjects. 6 subjects will receive 1 mg/kg of NTM-1634 and 2 subjects will receive placebo.", None,
     [D(1, "mg/kg", "NTM-1634")], None),  # unsure: no level, as the row above
    ("levels", _T + "NCT03046550:intervention", "Three dose cohorts (A: 0.33 mg/kg B: 0.66 mg/kg, and C: 1 mg/kg).", "NTM-1634",
     [D(0.33, "mg/kg", "NTM-1634", level="A"), D(0.66, "mg/kg", "NTM-1634", level="B"), D(1, "mg/kg", "NTM-1634", level="C")], None),  # unsure: bare letters as level labels
    # ------------------------------------------------------------------ round 6
    ("agents", _T + "NCT02766556:arm", "received ISB with 8mL of ropivacaine with 1ml of normal saline", None,
     [D(8, "mL", "ropivacaine"), D(1, "mL", "normal saline")], None),  # the saline is the placebo for 1 ml of dexmedetomidine, not a diluent
    ("units", _T + "NCT02766556:detailed_description", "PCA was set at a fixed dose (fentanyl, 0.05 mg/kg loading dose and 0.03 mg/min/kg continuous\n      dose)", None,
     [D(0.05, "mg/kg", "fentanyl"), D(0.03, "mg/kg/min", "fentanyl")], None),  # unsure: "mg/min/kg" normalised as mg/kg/min (the table's pmol/kg/min)
    ("non-doses", _T + "NCT02766556:detailed_description", "plexus needle (Plexus Nano Line Uniplex, 22 gauge, 50 mm; Pajunk Corp, Geisingen, Germany)", None,
     [], None),
    # ------------------------------------------------------------------ round 7
    ("units", _T + "NCT01946568:intervention", "Intravenous dalbavancin given at 15 mg/kg (not to exceed 1000 mg) for patients \u22655 years of age, and 25 mg/kg for patients <5 years of age.", "Dalbavancin",
     [D(15, "mg/kg", "dalbavancin"), D(1000, "mg", "dalbavancin"), D(25, "mg/kg", "dalbavancin")], None),
    ("non-doses", _T + "NCT01946568:detailed_description", "Cohort 1: Patients 6 years to 11 years of age, inclusive; Cohort 2: Patients 2 years to <6\n      years of age; Cohort 3: Patients 3 months to <2 years of age.", None,
     [], None),
    # ------------------------------------------------------------------ round 8
    ("agents", _T + "NCT02946580:arm", "Subjects in the treatment group will be administered MOVANTIK\u2122 (naloxegol) 25 mg tablet or placebo once daily beginning 2 hours after the completion of their surgery", None,
     [D(25, "mg", "naloxegol")], None),  # unsure: agent "naloxegol" (the generic in parentheses next to the amount), not the brand
    ("amounts", _T + "NCT02946580:arm", "Subjects with renal impairments (creatine clearance rate of less than 60 mL/min) will receive a 12.5 mg dose tablet of naloxegol in place of the 25 mg dose as advised by FDA guidelines.", None,
     [D(12.5, "mg", "naloxegol"), D(25, "mg", "naloxegol")], None),  # the creatinine clearance "60 mL/min" is no dose
    ("amounts", _T + "NCT02946580:detailed_description", "post operative care unit nurses administered 25 mg of oral\n      naloxegol (12.5 mg for creatinine clearance of <60 mL/min) or an identical placebo within 2\n      hours", None,
     [D(25, "mg", "naloxegol"), D(12.5, "mg", "naloxegol")], None),
    ("agents", _T + "NCT02766582:arm", "Single arm study:\nPembrolizumab IV every 21 days (200 mg) Carboplatin IV every 21 days Paclitaxel IV infusion (80 mg/m2) every 7 days for 6 cycles Followed by 12 months pembrolizumab IV every 21 days", None,
     [D(200, "mg", "Pembrolizumab"), D(80, "mg/m2", "Paclitaxel")], None),
    ("amounts", _T + "NCT02766582:intervention", "IV every 21 days at 200 mg", "Pembrolizumab",
     [D(200, "mg", "Pembrolizumab")], None),
    ("units", _T + "NCT02766582:intervention", "IV infusion (80mg/m2) every 7 days for 6 cycles", "Paclitaxel",
     [D(80, "mg/m2", "Paclitaxel")], None),
    # ------------------------------------------------------------------ round 9
    ("units", _T + "NCT01666600:arm", "2 x minimal tolerated dose BIBF 1120 per day in combination with radiotherapy (2 Gy / fraction; 36 Gy in total)", None,
     [D(2, "Gy", "radiotherapy"), D(36, "Gy", "radiotherapy")], None),  # "2 Gy / fraction" as the table reads "2 Gy per dose"
    ("non-doses", _T + "NCT01666600:intervention", "BIBF 1120 is given as 2 x minimal tolerated dose per day as long as as a clinical benefit is considered by the treating physician.", "BIBF 1120",
     [], None),
    ("units", _T + "NCT01666600:intervention", "36 Gy, 2 Gy / fraction, 18 fractions", "radiotherapy",
     [D(36, "Gy", "radiotherapy"), D(2, "Gy", "radiotherapy")], None),
    # ------------------------------------------------------------------ round 10
    ("amounts", _T + "NCT01946607:arm", "20 mg citalopram capsule, 1/ day, after breakfast (approximately 8am), for 7 days", None,
     [D(20, "mg", "citalopram")], None),
    ("non-doses", _T + "NCT01946607:detailed_description", "take 4 further\n      samples at 15 minute intervals, each on a separate cotton swab", None,
     [], None),
    ("amounts", _T + "NCT03066609:arm", "Secukinumab 150mg s.c.", None,
     [D(150, "mg", "Secukinumab")], None),
    ("amounts", _T + "NCT03066609:intervention", "300 mg s.c. at randomization, Weeks 1, 2, 3, 4 and every 4 weeks till Week 48", "Secukinumab 300 mg s.c.",
     [D(300, "mg", "Secukinumab 300 mg s.c.")], None),  # the phrase names no agent: the intervention's name, as the table's "3mg AZ-010"
    ("agents", _T + "NCT03066609:intervention", "Placebo 150 or 300 mg s.c at randomization, Weeks 1, 2, 3, 4, and 8. PASI responders at week 12 continued to receive placebo till Week 48. PASI non-responders at Week 12 received Secukinumab 300mg at Weeks 12, 13, 14, 15, 16 and every 4 weeks till Week 48", "Placebo",
     [D(150, "mg", "Placebo"), D(300, "mg", "Placebo"), D(300, "mg", "Secukinumab")], None),  # placebo amounts labelled as the table's "2.5 g placebo"
    # ------------------------------------------------------------------ round 11
    ("agents", _T + "NCT03066622:arm", "oral rapidly dissolving olanzapine (Zydis) 5 mg for analgesia in acute primary headaches.", None,
     [D(5, "mg", "olanzapine")], None),  # unsure: agent "olanzapine", not the brand "Zydis" in parentheses just before the amount
    ("amounts", _T + "NCT03066622:intervention", "5mg rapidly dissolving olanzapine", "5mg rapidly dissolving olanzapine",
     [D(5, "mg", "olanzapine")], None),
    # ------------------------------------------------------------------ round 12
    ("agents", _T + "NCT02946632:arm", "Xigduo (metformin 1000mg + dapagliflozin 10mg), saxagliptin 5mg once daily for 104 weeks", None,
     [D(1000, "mg", "metformin"), D(10, "mg", "dapagliflozin"), D(5, "mg", "saxagliptin")], None),
    ("amounts", _T + "NCT02946632:arm", "Participants were started on metformin 1000mg once daily after screening & assignment\nAt each visits, FPG and HbA1c are measured.", None,
     [D(1000, "mg", "metformin")], None),
    ("agents", _T + "NCT02946632:intervention", "Xigduo (metformin 1000mg + dapagliflozin 10mg) saxagliptin 5mg", "triple combination therapy",
     [D(1000, "mg", "metformin"), D(10, "mg", "dapagliflozin"), D(5, "mg", "saxagliptin")], None),
    ("units", _T + "NCT02766634:intervention", "5 micrograms/kilogram (ug/kg) subcutaneous (SC) injection once a day for 5 days", "Filgrastim Hospira (US)",
     [D(5, "ug/kg", "Filgrastim Hospira (US)")], None),
    ("units", _T + "NCT02766634:intervention", "5 micrograms/kilogram (ug/kg) subcutaneous (SC) injection once a day for 5 days", "U.S.-approved Neupogen\u00ae",
     [D(5, "ug/kg", "U.S.-approved Neupogen\u00ae")], None),  # same text as the row above, other intervention (agent from the name)
    # ------------------------------------------------------------------ round 13
    ("levels", _T + "NCT01946646:arm", "Level 1: S-1, 25 mg/m2, bid, Day 1-14; RT 25 Gy/10 fx, Day 1-5, 8-12", None,
     [D(25, "mg/m2", "S-1", level="Level 1", days=list(range(1, 15))),
      D(25, "Gy", "RT", level="Level 1", days=[1, 2, 3, 4, 5, 8, 9, 10, 11, 12])], None),  # "25 Gy/10 fx" as the table's "37.5Gy/15 fractions"
    ("levels", _T + "NCT01946646:arm", "Level 5: S-1, 35 mg/m2, bid, Day 1-16; RT 36 Gy/12 fx, Day 1-5, 8-12, 15-16", None,
     [D(35, "mg/m2", "S-1", level="Level 5", days=list(range(1, 17))),
      D(36, "Gy", "RT", level="Level 5", days=[1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16])], None),
    ("schedules", _T + "NCT01946646:arm", "All dose levels are followed by Gemcitabine/S-1 (G 1000 mg/m2, iv, D1 and 15 plus S-1 60/80/100 mg/day based on BSA, po, D1-7, D15-21, q4w) after the CCRT", None,
     [D(1000, "mg/m2", "G", days=[1, 15]), D(60, "mg/day", "S-1", days=[1, 2, 3, 4, 5, 6, 7, 15, 16, 17, 18, 19, 20, 21]),
      D(80, "mg/day", "S-1", days=[1, 2, 3, 4, 5, 6, 7, 15, 16, 17, 18, 19, 20, 21]),
      D(100, "mg/day", "S-1", days=[1, 2, 3, 4, 5, 6, 7, 15, 16, 17, 18, 19, 20, 21])], None),  # unsure: agent "G" as written (the table keeps "PQ"); "60/80/100" as three alternative amounts
    ("units", _T + "NCT01666652:arm", "Phosphate buffered saline; 0.5 mL intramuscular injection at 0 and 28 days", None,
     [D(0.5, "mL", "Phosphate buffered saline")], None),  # the placebo itself, as the table's "0.5 ml Sodium Chloride"
    ("units", _T + "NCT02766647:intervention", "5 micrograms/kilogram (ug/kg) subcutaneous (SC) injection", "US-approved Neupogen\u00ae",
     [D(5, "ug/kg", "US-approved Neupogen\u00ae")], None),
    # ------------------------------------------------------------------ round 14
    ("units", _T + "NCT01666665:arm", "Metformin up to 1000mg/m2 body surface area by mouth of feeding tube up to 3 times each day for 12 months", None,
     [D(1000, "mg/m2", "Metformin")], None),
    ("non-doses", _T + "NCT01666665:brief_summary", "administration of metformin at a dose titrated to maintain blood glucose\n      between 80-180 mg/dl", None,
     [], None),
    ("non-doses", _T + "NCT01666665:detailed_description", "Both groups will receive\n      insulin therapy for blood glucose >180mg/dl.", None,
     [], None),
    # ------------------------------------------------------------------ round 15
    ("agents", _T + "NCT02946671:arm", "KW-0761 (Mogamulizumab): 0.1 mg/kg, every week, 4 times ONO-4538 (Nivolumab): 3.0 mg/kg, every two weeks, 3 times", None,
     [D(0.1, "mg/kg", "Mogamulizumab"), D(3.0, "mg/kg", "Nivolumab")], None),  # unsure: agent the generic in parentheses, not the code "KW-0761"/"ONO-4538"
    ("amounts", _T + "NCT02946671:intervention", "Mogamulizumab (0.1, 0.3 or 1.0 mg/kg) is administered.", "Mogamulizumab",
     [D(0.1, "mg/kg", "Mogamulizumab"), D(0.3, "mg/kg", "Mogamulizumab"), D(1.0, "mg/kg", "Mogamulizumab")], None),
    ("amounts", _T + "NCT02946671:intervention", "Nivolumab (3.0 mg/kg) is administered.", "Nivolumab",
     [D(3.0, "mg/kg", "Nivolumab")], None),
    ("agents", _T + "NCT01666678:intervention", "2 x Naproxen Sodium 220 mg / Diphenhydramine HCl 25 mg combination under fasting conditions", "BAY98-7111",
     [D(220, "mg", "Naproxen Sodium"), D(25, "mg", "Diphenhydramine HCl")], None),  # "2 x" tablets: the strength, as the table's "two 1.9 mg patches"
    ("amounts", _T + "NCT01666678:intervention", "2 x Naproxen Sodium 220 mg under fasting conditions", "Naproxen Sodium (Aleve, BAYH6689)",
     [D(220, "mg", "Naproxen Sodium")], None),
    ("agents", _T + "NCT01666678:brief_summary", "a single oral dose of\n      naproxen sodium 440 mg and DPH HCL 50 mg under fasting and fed conditions", None,
     [D(440, "mg", "naproxen sodium"), D(50, "mg", "DPH HCL")], None),
    ("amounts", _T + "NCT02766673:arm", "2.5mg of Albuterol Sulfate will be administered via nebulizer and mechanical ventilator", None,
     [D(2.5, "mg", "Albuterol Sulfate")], None),
    ("units", _T + "NCT02766673:arm", "3ml of 0.9% sterile saline will be administered via nebulizer and mechanical ventilator", None,
     [D(3, "mL", "sterile saline")], None),  # the placebo itself; "0.9%" is no dose
    ("agents", _T + "NCT02766673:detailed_description", "Participants will receive 3 sets of treatment (2.5mg Albuterol,\n      1.25mg Albuterol, 3ml normal saline placebo), in random order.", None,
     [D(2.5, "mg", "Albuterol"), D(1.25, "mg", "Albuterol"), D(3, "mL", "normal saline")], None),
    ("amounts", _T + "NCT03066687:intervention", "Erdafitinib 9 mg (provided as one 4-mg tablet [G-024] and one 5-mg tablet [G-025]) will be administered orally on Day 1 in each Treatment Period of assigned sequence.", "Erdafitinib",
     [D(9, "mg", "Erdafitinib", days=[1]), D(4, "mg", "Erdafitinib"), D(5, "mg", "Erdafitinib")], None),  # tablet strengths listed, as the table's "two 1.9 mg patches"
    ("units", _T + "NCT03066687:arm", "Participants will receive 9 milligram (mg) dose of erdafitinib under fasted condition [Treatment A] in Period 1, and under fed (with high-fat and high-calorie breakfast) condition [Treatment B] in Period 2.", None,
     [D(9, "mg", "erdafitinib")], None),
    ("units", _T + "NCT03066687:brief_summary", "a single 9 milligram (mg) oral dose of erdafitinib in healthy\n      participants.", None,
     [D(9, "mg", "erdafitinib")], None),
]


HOLDOUT55: list[Row] = [
    # ------------------------------------------------------------------ round 1
    ("units", _T + "NCT03186495:intervention", "All subjects will receive three (0.08 mg/kg) consecutive once-weekly s.c. (under the skin) administrations of somapacitan", "Somapacitan",
     [D(0.08, "mg/kg", "somapacitan")], None),
    ("amounts", _T + "NCT03386487:arm", "Subjects will be randomized to Fatty Acid Amide Hydrolase (FAAH) Inhibitor; 4 mg PF-04457845 QD x 8 weeks", None,
     [D(4, "mg", "PF-04457845")], None),
    ("amounts", _T + "NCT03386487:intervention", "Study medication will be administered at 4mg by mouth daily for eight weeks.", "PF 04457845",
     [D(4, "mg", "PF 04457845")], None),  # the phrase names no drug: the agent is the intervention's name
    ("amounts", _T + "NCT03386487:detailed_description", "outpatient clinical trial comparing PF-04457845 (4mg) and placebo in DSM-5 CUD individuals.", None,
     [D(4, "mg", "PF-04457845")], None),
    ("agents", _T + "NCT03486496:arm", "Experimental: Gefitinib and Berberine Patients will be treated with Gefitinib and Berberine. Gefitinib: 250 mg p.o., daily. Berberine: 50 mg p.o., tid.", None,
     [D(250, "mg", "Gefitinib"), D(50, "mg", "Berberine")], None),
    ("amounts", _T + "NCT03486496:intervention", "Patients will be treated with gefitinib, 250 mg p.o., daily", "gefitinib",
     [D(250, "mg", "gefitinib")], None),
    ("amounts", _T + "NCT03486496:intervention", "Patients will be treated with Berberine, 50 mg p.o., tid", "Berberine",
     [D(50, "mg", "Berberine")], None),
    # ------------------------------------------------------------------ round 2
    ("schedules", _T + "NCT03386500:intervention", "BMX-001 at escalating doses in combination with standard RT, 33 fractions to 59.4 Gy, plus Mitomycin at the standard dosing of 10 mg/m2 administered IV bolus at day 1 and day 29 as well as 5FU 1g/m2/d day 1-4 and 29-32.", "BMX-001",
     [D(59.4, "Gy", "RT"), D(10, "mg/m2", "Mitomycin", days=[1, 29]),
      D(1, "g/m2/day", "5FU", days=[1, 2, 3, 4, 29, 30, 31, 32])], None),  # unsure: agent "RT" for the radiation dose
    ("amounts", _T + "NCT03386500:detailed_description", "hypotension occurring following the sub-cutaneous injection of BMX-001 (42 mg).", None,
     [D(42, "mg", "BMX-001")], None),
    ("amounts", _T + "NCT03386500:detailed_description", "The sponsor determined that the Recommended Phase 2 Dose (RP2D) of BMX-001 is 28\n      mg/subject load followed by 14 mg/subject twice a week for up to eight weeks.", None,
     [D(28, "mg", "BMX-001"), D(14, "mg", "BMX-001")], None),  # unsure: "mg/subject" read as mg (a flat dose per person)
    ("amounts", _T + "NCT03486509:arm", "afatinib 40mg bid po plus chemotherapy", None,
     [D(40, "mg", "afatinib")], None),
    ("amounts", _T + "NCT03486509:intervention", "afatinb 40mg po bid", "Afatinib",
     [D(40, "mg", "afatinb")], None),  # unsure: agent as the text misspells it ("afatinb"); the intervention is "Afatinib"
    # ------------------------------------------------------------------ round 3
    ("non-doses", _T + "NCT03286517:arm", "A 1ml blood sample was obtained for 30 minutes pre and 120 minutes post-kisspeptin-10 (metastin 45-54, Calbiochem, Darmstadt, Germany) injection periods at 30 min intervals (-30, 0, 30, 60, 90, 120).", None,
     [], None),
    # ------------------------------------------------------------------ round 4
    ("agents", _T + "NCT03086538:arm", "Pemetrexed 500 mg/m2 IV Q 3 weeks Tarceva 100mg once daily, continous", None,
     [D(500, "mg/m2", "Pemetrexed"), D(100, "mg", "Tarceva")], None),
    ("schedules", _T + "NCT03086538:detailed_description", "<Pre-medication for Alimta> D-7 ~ Folic acid 1mg QD PO D-7 ~ Vitamin B12 1mg/9weeks IM D-1,\n      D1, D2 Dexamethasone 4mg BID PO", None,
     [D(1, "mg", "Folic acid"), D(1, "mg", "Vitamin B12"), D(4, "mg", "Dexamethasone", days=[-1, 1, 2])], None),
    # unsure: "1mg/9weeks" labelled 1 mg (every 9 weeks is the schedule); the D-1, D1, D2 are read as the days of dexamethasone (a flattened table)
    ("schedules", _T + "NCT03086538:detailed_description", "<Treatment> D1 Alimta 500mg/m2 + NS 100ml IV infusion for 10mins Every 3weeks", None,
     [D(500, "mg/m2", "Alimta", days=[1])], None),  # NS 100ml is the diluent, not a dose
    # ------------------------------------------------------------------ round 5
    ("amounts", _T + "NCT03186547:arm", "this group will receive Botulinum Toxin A Injection at doses of 2.5 or 5 IU (depending on the degree of gum exposure) on each side of the nasolabial fold with follow up at at 2,4,8,12 and 24 weeks.", None,
     [D(2.5, "IU", "Botulinum Toxin A"), D(5, "IU", "Botulinum Toxin A")], None),  # unsure: agent without the word "Injection"
    ("non-doses", _T + "NCT03186547:intervention", "adult patients with gummy smile due to hypermobile upper lip will receive Botulinum Toxin A Injection with a single injection1 cm lateral to the ala horizontally and 3 cm above the lip line vertically.", "Botulinum Toxin A Injection",
     [], None),
    # ------------------------------------------------------------------ round 6
    ("units", _T + "NCT03386539:arm", "Everolimus approximately 0.6 mg/m2/dose taken by mouth every 12 hours for 30 months.", None,
     [D(0.6, "mg/m2", "Everolimus")], None),  # "/dose" dropped, as the table reads "15 mg/kg/dose" as mg/kg
    ("non-doses", _T + "NCT03386539:arm", "Everolimus dose will be adjusted to achieve a trough concentration of 3-8 ng/ml.", None,
     [], None),
    ("units", _T + "NCT03386539:arm", "Tacrolimus 0.0125 mg/kg/dose by mouth every 12 hours for 30 months.", None,
     [D(0.0125, "mg/kg", "Tacrolimus")], None),
    ("agents", _T + "NCT03486548:intervention", "adductor canal block with 0.33% bupivacaine 15 ml with ultrasound guided popliteal sciatic block with 0.125% bupivacaine 20 ml and dexamethasone 5 mg", "bupivacaine and dexamethasone",
     [D(15, "mL", "bupivacaine"), D(20, "mL", "bupivacaine"), D(5, "mg", "dexamethasone")], None),
    ("agents", _T + "NCT03486548:intervention", "adductor canal block with 0.33% bupivacaine 15 ml with ultrasound at popliteal sciatic area and subcutaneous infiltration popliteal area with 2% lidocaine 1 ml", "bupivacaine and lidocaine",
     [D(15, "mL", "bupivacaine"), D(1, "mL", "lidocaine")], None),
    ("units", _T + "NCT03586544:intervention", "Participants will inhale 2 puffs of albuterol (90mcg per actuation).", "Albuterol",
     [D(90, "ug", "albuterol")], None),  # unsure: "per actuation" read as a plain ug amount (the 2 puffs, 180 ug in all, not labelled)
    ("non-doses", _T + "NCT03586544:intervention", "Participants will undergo eight 30 sec bouts of high intensity exercise with 45 second recovery between bouts.", "Interval Warm-up exercise",
     [], None),
    ("non-doses", _T + "NCT03586544:detailed_description", "This includes eight 30sec\n           bouts of high-intensity interval exercise at 85-95% of HRmax, with 45sec of recovery\n           between.", None,
     [], None),
    # ------------------------------------------------------------------ round 7
    ("schedules", _T + "NCT03086564:arm", "in 29th day, cyclophosphamide(CY) 250mg/m2 is used through an intravenous drip", None,
     [D(250, "mg/m2", "cyclophosphamide", days=[29])], None),
    ("non-doses", _T + "NCT03086564:arm", "Patients in the first day of a clinical course will be performed TACE solely and keep 40ml blood sample as baseline sample for scientific research;in the 17th day, 10ml blood will be taken to culture activated dendritic cells", None,
     [], None),
    ("scientific", _T + "NCT03086564:intervention", "Experimental groups will be given TACE as well as Activated-Dendritic Cells(1-2*10^8,intravenous drip),simultaneously.Cyclophosphamide(250mg/cm2,intravenous drip) will be used two days before TACE performed.", "ADCC & TACE",
     [D((1e8, 2e8), "cells", "Activated-Dendritic Cells"), D(250, "mg/m2", "Cyclophosphamide")], None),
    # unsure: the cell count follows the product name with no unit word after it; "250mg/cm2" is a slip for mg/m2 (the arm says 250mg/m2) and is labelled mg/m2
    ("schedules", _T + "NCT03286556:arm", "Rituximab: One gm i.v. will be administered on day 6 and day 15 after completion of the TPE on those days.", None,
     [D(1, "g", "Rituximab", days=[6, 15])], None),  # the amount written as a word ("One gm")
    ("schedules", _T + "NCT03286556:arm", "Intravenous immunoglobulin (IVIG): 0.5 gm/kg/day i.v. on days 16-19", None,
     [D(0.5, "g/kg/day", "IVIG", days=[16, 17, 18, 19])], None),  # unsure: agent "IVIG" (the abbreviation next to the amount), not "Intravenous immunoglobulin"
    ("schedules", _T + "NCT03286556:arm", "The same steroid regimen as described for the experimental arm, i.e., prednisone 60 mg (p.o.) on day 1, followed by 20 mg/day on days 2-5, 7-14, and 16-19 (or the i.v. methylprednisolone equivalent), and methylprednisolone 100 mg i.v. administered on days 6 and 15, as well as empiric antibiotics.", None,
     [D(60, "mg", "prednisone", days=[1]),
      D(20, "mg/day", "prednisone", days=[2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19]),
      D(100, "mg", "methylprednisolone", days=[6, 15])], None),
    ("amounts", _T + "NCT03486561:arm", "advising 500 mg BID as a starting dose and 1000 mg BID as maximum dose", None,
     [D(500, "mg"), D(1000, "mg")], None),  # the phrase names no drug (the arm's only intervention is Ranolazine)
    # ------------------------------------------------------------------ round 8
    ("non-doses", _T + "NCT03386552:arm", "Subjects are pertubated with Isifer+ solution containing lidocaine 0.5 mg/ml", None,
     [], None),  # a concentration, no amount given
    ("non-doses", _T + "NCT03386552:intervention", "Pertubation solution of lidocaine 0.5 mg ml in Ringer-Acetate buffer", "Isifera+",
     [], None),  # the same concentration with the slash left out ("0.5 mg ml")
    ("units", _T + "NCT03386552:detailed_description", "dose 250 ug (6500 IU) of Human Chorionic\n      Gonadotropin (HCG), subcutaneously for ovulation induction.", None,
     [D(250, "ug", "Human Chorionic Gonadotropin"), D(6500, "IU", "Human Chorionic Gonadotropin")], None),
    # unsure: agent "Human Chorionic Gonadotropin" (broken over a line) rather than the brand named before the phrase (Ovitrelle) or "HCG"
    ("amounts", _T + "NCT03586557:arm", "1000mg intravenous methylprednisolone daily for 3~5 days and subsequent taper, combined with plasma exchange every other day for five times in all", None,
     [D(1000, "mg", "methylprednisolone")], None),
    ("amounts", _T + "NCT03586557:intervention", "High-dose intravenous methylprednisolone 1000mg 3~5 days and subsequent taper", "Corticosteroid",
     [D(1000, "mg", "methylprednisolone")], None),
    ("units", _T + "NCT03586557:detailed_description", "All participants will receive intravenous corticosteroid (1g of methylprednisolone per day\n      for 3~5days, and subsequent taper).", None,
     [D(1, "g/day", "methylprednisolone")], None),
    # ------------------------------------------------------------------ round 9
    ("units", _T + "NCT03186586:arm", "Women with abnormal bleeding during use of Mirena will allocate to UPA or placebo Ulipristal acetate at 5mg/day/five days Ulipristal 5mg daily for 5 days at the bleeding episode", None,
     [D(5, "mg/day", "Ulipristal acetate"), D(5, "mg", "Ulipristal")], None),
    # unsure: the same dose said twice in two forms ("5mg/day/five days", "5mg daily"); labelled as written, once each
    ("units", _T + "NCT03186586:intervention", "5mg/day/five days", "Ulipristal acetate",
     [D(5, "mg/day", "Ulipristal acetate")], None),
    ("units", _T + "NCT03186586:brief_summary", "(16 women will receive UPA 5 mg/day/5 days; 16 women will receive placebo/1\n      time/day/5 day)", None,
     [D(5, "mg/day", "UPA")], None),
    # ------------------------------------------------------------------ round 10
    ("units", _T + "NCT03386565:arm", "Sodium chloride solution 10 mL IV just before induction of anesthesia\nIV infusion during the surgery", None,
     [D(10, "mL", "Sodium chloride solution")], None),  # the placebo's volume, as the table's "0.5 ml Sodium Chloride"
    ("units", _T + "NCT03386565:brief_summary", "Lidocaine group: received lidocaine 2.0 mg/kg slowly IV before induction of anesthesia,\n      followed by lidocaine IV infusion at a rate of 2.5 mg/kg/hr until the end of surgery.", None,
     [D(2.0, "mg/kg", "lidocaine"), D(2.5, "mg/kg/h", "lidocaine")], None),
    ("amounts", _T + "NCT03386565:detailed_description", "All patients were received 60 mg\n      ketorolac (ketolac) slowly IV after induction of anesthesia", None,
     [D(60, "mg", "ketorolac")], None),
    ("amounts", _T + "NCT03586570:intervention", "Oral tablets in strength of 25 mg", "Aprocitentan 25mg",
     [D(25, "mg", "Aprocitentan 25mg")], None),  # a tablet strength; the phrase names no drug, so the intervention's name
    ("amounts", _T + "NCT03586570:brief_summary", "after multiple-dose administration of aprocitentan (25 mg) in healthy Japanese and Caucasian\n      subjects.", None,
     [D(25, "mg", "aprocitentan")], None),
    # ------------------------------------------------------------------ round 11
    ("non-doses", _T + "NCT03086616:arm", "Drug concentration will start at 20mg/ml and escalate up to 40 mg/ml concentration.", None,
     [], None),  # concentrations of the infusate, no amount given
    # ------------------------------------------------------------------ round 12
    ("non-doses", _T + "NCT03386578:arm", "Participants will be enrolled during singleton pregnancy at 14-24 weeks' gestation.", None,
     [], None),  # a gestational age
    ("agents", _T + "NCT03386578:intervention", "200 mg/300 mg of FTC/TDF administered orally as a fixed-dose combination tablet once daily", "Emtricitabine/Tenofovir Disoproxil Fumarate (FTC/TDF)",
     [D(200, "mg", "FTC"), D(300, "mg", "TDF")], None),  # paired as HOLDOUT7's "300mg/100mg Darunavir/Ritonavir"
    # ------------------------------------------------------------------ round 13
    ("non-doses", _T + "NCT03086642:arm", "All enrolled patients will receive a test dose of talimogene laherparepvec (10^6 plaque forming units (PFU)/ml) on day 1, followed by treatment doses at escalating concentrations weeks 4, 7, and 10.", None,
     [], None),  # unsure: a concentration (PFU per ml) with no volume, labelled as no dose (the table's "40 mg/mL" rule)
    ("units", _T + "NCT03086642:intervention", "On day 1 of week 1 the first dose of talimogene laherparepvec will be up to 4.0 mL of 10^6 PFU/mL.", "Talimogene laherparepvec",
     [D(4.0, "mL", "talimogene laherparepvec")], None),  # the volume; "10^6 PFU/mL" is its concentration (the table's "1.0 mL ... 40 mg/mL" -> 1 mL)
    ("units", _T + "NCT03086642:intervention", "The maximum volume of T-Vec administered at any one time is 4.0 mL for any individual lesion.", "Talimogene laherparepvec",
     [D(4.0, "mL", "T-Vec")], None),  # a cap, labelled as the table labels "maximum of 400mg per dose"
    ("units", _T + "NCT03386591:arm", "One Intranasal administration of 2 mL naloxone using a mucosal atomization device and syringe (1 mL/nostril)", None,
     [D(2, "mL", "naloxone"), D(1, "mL", "naloxone")], None),  # unsure: "1 mL/nostril" labelled 1 mL, as the table's "0.1 ml to each nostril"
    ("amounts", _T + "NCT03386591:arm", "One Intranasal administration of 4 mg naloxone using Narcan nasal spray", None,
     [D(4, "mg", "naloxone")], None),
    ("amounts", _T + "NCT03386591:arm", "One Intramuscular administration of 2 mg naloxone using Evzio auto-injector", None,
     [D(2, "mg", "naloxone")], None),
    # ------------------------------------------------------------------ round 14
    ("non-doses", _T + "NCT03186664:arm", "Patients Sativex responders will perform a neurorobotic-assisted gait training (RAGT, each session will last at least 45', 3 times per week, for a total amount of 20 treatment's sessions).", None,
     [], None),  # session length and count
    ("non-doses", _T + "NCT03186664:intervention", "Sativex is composed of whole cannabis plant extract, containing THC (27 mg/mL) and CBD (25 mg/mL), in ethanol/propylene glycol (50:50) excipient.", "Sativex",
     [], None),  # concentrations of the spray, no amount given
    ("agents", _T + "NCT03186664:intervention", "Each actuation delivers 100 KL of spray, containing THC 2.7 mg and CBD 2.5 mg.", "Sativex",
     [D(2.7, "mg", "THC"), D(2.5, "mg", "CBD")], None),
    # unsure: "100 KL" (a garbled microlitre sign) is not labelled as a volume
    # ------------------------------------------------------------------ round 15
    ("units", _T + "NCT03186677:arm", "Single intravenous administration of ISU304/CB2679d (75 IU/kg) with 72 hours of observation, followed by single subcutaneous administration of ISU304/CB2679d (150 IU/kg) with 120 hours of observation", None,
     [D(75, "IU/kg", "ISU304/CB2679d"), D(150, "IU/kg", "ISU304/CB2679d")], None),
    ("units", _T + "NCT03186677:arm", "One subcutaneous administration of ISU304/CB2679d (300 IU/kg) per day for 6 days with 144 hours of observation", None,
     [D(300, "IU/kg", "ISU304/CB2679d")], None),  # unsure: "per day" read as the frequency of the one administration, so IU/kg, not IU/kg/day
    ("ranges", _T + "NCT03186677:intervention", "ISU304/CB2679d 75~150 IU/kg by intravenous or subcutaneous", "ISU304/CB2679d",
     [D((75, 150), "IU/kg", "ISU304/CB2679d")], None),
    # ------------------------------------------------------------------ round 16
    ("schedules", _T + "NCT03486678:intervention", "28 days as a treatment cycle, SHR-1210 3mg/kg and Gemcitabine 800 mg/m2 will be administered IV Q2W (D1 and D15 of a treatment cycle),and Oxaliplatin 85mg/m2 will be administered IV Q2W (D2 and D16 of a treatment cycle).", "SHR-1210+GEMOX",
     [D(3, "mg/kg", "SHR-1210", days=[1, 15]), D(800, "mg/m2", "Gemcitabine", days=[1, 15]),
      D(85, "mg/m2", "Oxaliplatin", days=[2, 16])], None),
    ("amounts", _T + "NCT03486678:intervention", "SHR-1210 3mg/kg IV Q2W will be administered beyond chemotherapy until the disease progression or untolerable toxicity.", "SHR-1210+GEMOX",
     [D(3, "mg/kg", "SHR-1210")], None),
]


HOLDOUT56: list[Row] = [
    # ------------------------------------------------------------------ round 1
    ("agents", _T + "NCT03296488:arm", "receive single dose of NALDEBAIN (150 mg Nalbuphine Sebacate, 75 mg/ml, 2 ml/vial) intramuscularly 24\u00b112 hours before surgery.", None,
     [D(150, "mg", "Nalbuphine Sebacate")], None),  # unsure: "75 mg/ml" is a concentration and "2 ml/vial" the vial content (the table keeps only "133 mg" of "133 mg/10 mL ... vial"); agent the generic next to the amount, not the brand NALDEBAIN
    ("agents", _T + "NCT03296488:detailed_description", "Group 1 will receive single dose of\n                NALDEBAIN (150 mg Nalbuphine Sebacate) intramuscularly 24\u00b112 hours before surgery.", None,
     [D(150, "mg", "Nalbuphine Sebacate")], None),
    # ------------------------------------------------------------------ round 2
    ("units", _T + "NCT03196505:arm", "60 milliliters (ml) of 0.25% bupivacaine diluted with 40 ml of saline", None,
     [D(60, "mL", "bupivacaine")], None),  # the saline it is diluted with is no dose (table: "in 100 mL saline")
    ("agents", _T + "NCT03196505:arm", "Liposomal bupivacaine (Exparel) 20mL of injectable saline diluted with 60 ml of 0.25% Marcaine", None,
     [D(20, "mL", "Liposomal bupivacaine"), D(60, "mL", "Marcaine")], None),  # unsure: "20mL of injectable saline" read as 20 mL of Exparel (the record's Exparel 266 mg/20 mL); Marcaine is an active drug of the mixture, not a diluent
    ("non-doses", _T + "NCT03496506:arm", "In the morning of Day 4 and 1 hour before the administration of selexipag, they receive 4 tablets of clopidogrel.", None,
     [], None),  # a tablet count, no amount with a unit (table: "4-20 capsules of oral thalidomide")
    ("units", _T + "NCT03496506:intervention", "Each film-coated tablet contains 200 microgram (mcg) of selexipag (oral use)", "Selexipag",
     [D(200, "ug", "selexipag")], None),
    ("amounts", _T + "NCT03496506:intervention", "Each film-coated tablet containing 75 mg of clopidogrel (oral use)", "Clopidogrel",
     [D(75, "mg", "clopidogrel")], None),
    # ------------------------------------------------------------------ round 3
    ("amounts", _T + "NCT03396523:intervention", "administration of losartan (50 mg) (oral)", "Losartan",
     [D(50, "mg", "losartan")], None),
    ("amounts", _T + "NCT03396523:brief_summary", "The aim of the study is to investigate the effect of losartan (50mg, single dose) on the\n      extinction of conditioned fear", None,
     [D(50, "mg", "losartan")], None),
    ("amounts", _T + "NCT03396523:detailed_description", "Participants will initially undergo a Pavlovian fear conditioning procedure, followed by the\n      administration of 50mg losartan or placebo. 90 minutes after treatment subjects will undergo\n      the fear extinction procedure.", None,
     [D(50, "mg", "losartan")], None),
    ("levels", _T + "NCT03496519:arm", "Cohort -1 (if necessary): Durvalumab 1125mg with Trabectedin 0.5mg/m2\nCohort 1: Durvalumab 1125mg with Trabectedin 0.75mg/m2\nCohort 2: Durvalumab 1125mg with Trabectedin 1.0mg/m2", None,
     [D(1125, "mg", "Durvalumab", level="Cohort -1"), D(0.5, "mg/m2", "Trabectedin", level="Cohort -1"),
      D(1125, "mg", "Durvalumab", level="Cohort 1"), D(0.75, "mg/m2", "Trabectedin", level="Cohort 1"),
      D(1125, "mg", "Durvalumab", level="Cohort 2"), D(1.0, "mg/m2", "Trabectedin", level="Cohort 2")], None),  # the same Durvalumab amount listed per level, as the table's Poziotinib cohorts
    ("schedules", _T + "NCT03496519:arm", "There will be a fixed dosage of Durvalumab, 1125mg, given intravenously over 60 minutes on Day 2 every 21 days.", None,
     [D(1125, "mg", "Durvalumab", days=[2])], None),
    ("levels", _T + "NCT03496519:intervention", "Cohort 3: Durvalumab 1125mg with Trabectedin 1.2mg/m2\nCohort 4: Durvalumab 1125mg with Trabectedin 1.5mg/m2", "Dose Escalation of Durvalumab and Trabectedin",
     [D(1125, "mg", "Durvalumab", level="Cohort 3"), D(1.2, "mg/m2", "Trabectedin", level="Cohort 3"),
      D(1125, "mg", "Durvalumab", level="Cohort 4"), D(1.5, "mg/m2", "Trabectedin", level="Cohort 4")], None),
    # ------------------------------------------------------------------ round 4
    ("schedules", _T + "NCT03196531:arm", "Participants will receive 10 milligram (mg) loratadine (1*10 mg oral tablet) as Xisimin (Treatment A) on Day 1 of Period 1 and Period 3", None,
     [D(10, "mg", "loratadine", days=[1])], None),  # unsure: the tablet strength "1*10 mg" is the same amount, listed once; days [1] (Day 1 of each period)
    ("amounts", _T + "NCT03196531:intervention", "Participants will receive 10 mg loratadine as Xisimin (test treatment) as per the treatment sequence.", "Loratadine (Xisimin [Test Treatment])",
     [D(10, "mg", "loratadine")], None),
    # ------------------------------------------------------------------ round 5
    ("non-doses", _T + "NCT03296540:arm", "6 Integral tablets Prasugrel as loading dose", None,
     [], None),  # a tablet count without a strength
    ("amounts", _T + "NCT03296540:intervention", "loading dose of 6 crushed tablets 10mg Prasugrel", "Prasugrel (Crushed tablets)",
     [D(10, "mg", "Prasugrel")], None),  # unsure: the tablet strength; the 60 mg total is not written here
    ("amounts", _T + "NCT03296540:detailed_description", "After enrolment, patients will be\n      randomly assigned (1:1) to receive 60mg prasugrel loading dose by ingesting integral or\n      crushed tablets.", None,
     [D(60, "mg", "prasugrel")], None),
    ("amounts", _T + "NCT03496545:arm", "standard of care - acetaminophen 650mg every 4 hours PO/NG/FT (per oral, nasogastric tube, feeding tube) for 48 hours", None,
     [D(650, "mg", "acetaminophen")], None),
    ("amounts", _T + "NCT03496545:arm", "bromocriptine 5mg every 4 hours PO/NG/FT for 48 hours, initiated within 1 hour after temperature reading", None,
     [D(5, "mg", "bromocriptine")], None),
    ("agents", _T + "NCT03496545:intervention", "bromocriptine 5mg every 4 hours PO/NG/FT and acetaminophen 650mg every 4 hours PO/NG/FT for 48 hours", "Bromocriptine",
     [D(5, "mg", "bromocriptine"), D(650, "mg", "acetaminophen")], None),
    # ------------------------------------------------------------------ round 6
    ("amounts", _T + "NCT03296553:arm", "Oral Valgancyclovir 900 mg twice in a day during 4 weeks prior to initiation of cART (combined antirretroviral therapy) until suppression of HHV-8.", None,
     [D(900, "mg", "Valgancyclovir")], None),  # agent as written (misspelt)
    ("amounts", _T + "NCT03296553:intervention", "The experimental group will receive Valganciclovir 900 mg twice in a day before the initiation of cART until viral load of HHV-8 is undetectable.", "Valganciclovir",
     [D(900, "mg", "Valganciclovir")], None),
    ("non-doses", _T + "NCT03296553:detailed_description", "Ten ml. will be obtained of anticoagulated peripheral blood with EDTA.", None,
     [], None),  # blood drawn
    # ------------------------------------------------------------------ round 7
    ("non-doses", _T + "NCT03496571:arm", "Subjects in this arm will receive 4 monthly doses of placebo.", None,
     [], None),
    ("amounts", _T + "NCT03496571:arm", "Subjects in this arm will receive 4 monthly doses of AK002: a first dose of 0.3 mg/kg, a second dose of 1 mg/kg, a third dose of 1 mg/kg, and a fourth dose of 1 mg/kg", None,
     [D(0.3, "mg/kg", "AK002"), D(1, "mg/kg", "AK002")], None),  # unsure: "1 mg/kg" said three times (second-fourth dose) listed once (no level or day given)
    ("amounts", _T + "NCT03496571:arm", "Subjects in this arm will receive 4 monthly doses of AK002: a first dose of 0.3 mg/kg, a second dose of 1 mg/kg, a third dose of 3 mg/kg, and a fourth dose of 3 mg/kg", None,
     [D(0.3, "mg/kg", "AK002"), D(1, "mg/kg", "AK002"), D(3, "mg/kg", "AK002")], None),  # "3 mg/kg" twice, listed once
    ("non-doses", _T + "NCT03596567:arm", "Subjects with estimated glomerular filtration rate (eGFR) of => 30ml/min and < 60 ml/min", None,
     [], None),  # a renal function range
    ("amounts", _T + "NCT03596567:intervention", "A single dose of 100 mg glasdegib tablet will be administered after an overnight fast, followed by serial PK collection, discharge and follow -up.", "Glasdegib single 100 mg dose in normal healthy subjects",
     [D(100, "mg", "glasdegib")], None),
    ("amounts", _T + "NCT03596567:brief_summary", "The goal of this study is to administer single dose (100 mg) glasdegib tablet to subjects\n      with normal, moderate and severe renal impairment", None,
     [D(100, "mg", "glasdegib")], None),
    # ------------------------------------------------------------------ round 8
    ("non-doses", _T + "NCT03296579:arm", "CPAP settings at 8 to 10 cm H2O. Standard steroid dose plus hourly salbutamol and oxygen to keep SaO2 > 92%.", None,
     [], None),  # a pressure setting and a saturation target
    ("agents", _T + "NCT03296579:arm", "Standard steroid dose, hourly salbutamol, oxygen as needed, nebulized ipratropium q 6 hrly, magnesium sulfate 50 mg/kg IV (4 doses q 6 hrly), loading dose of aminophylline 6 mg/kg IV if no progress.", None,
     [D(50, "mg/kg", "magnesium sulfate"), D(6, "mg/kg", "aminophylline")], None),
    ("units", _T + "NCT03296579:intervention", "50mg/kg IV, 4 doses q6h", "Magnesium Sulfate",
     [D(50, "mg/kg", "Magnesium Sulfate")], None),
    ("units", _T + "NCT03396588:arm", "Babies randomized to clonidine will receive 1mcg/kg/dose (with a dosing interval of 3 or 4 hours).", None,
     [D(1, "ug/kg", "clonidine")], None),  # "/dose" dropped, as the table reads "15 mg/kg/dose" as mg/kg
    ("units", _T + "NCT03396588:arm", "Babies randomized to morphine will receive 0.06 mg/kg/dose (with a dosing interval of 3 or 4 hours).", None,
     [D(0.06, "mg/kg", "morphine")], None),
    ("units", _T + "NCT03396588:intervention", "Starting dose is 0.06 mg/kg/dose (every 3 or 4 hours), increases by 25% of initial dose every 12-24 hrs. Decrease by 10% of max dose every 24 hrs.", "Morphine",
     [D(0.06, "mg/kg", "Morphine")], None),  # the 25% / 10% steps are shares of a dose, no amount
    # ------------------------------------------------------------------ round 9
    ("units", _T + "NCT03396601:intervention", "Ketamine HCl will be infused intravenously at a dose of 0.5 mg/kg over 40 minutes", "Ketamine Hydrochloride",
     [D(0.5, "mg/kg", "Ketamine HCl")], None),
    ("non-doses", _T + "NCT03396601:intervention", "Normal Saline placebo will be infused IV over 40 minutes", "Placebo",
     [], None),  # a duration, no amount
    ("agents", _T + "NCT03396601:detailed_description", "Specifically, NRX-100 (ketamine HCl, 0.5 mg/kg\n      IV over 40 minutes) has been shown to induce acute reductions in suicidality and depression", None,
     [D(0.5, "mg/kg", "ketamine HCl")], None),  # unsure: agent the generic in parentheses, not the code NRX-100
    # ------------------------------------------------------------------ round 10
    ("amounts", _T + "NCT03096613:arm", "The patients allocated to levothyroxine group receive levothyroxine with a starting dose of 12.5ug.", None,
     [D(12.5, "ug", "levothyroxine")], None),
    ("agents", _T + "NCT03496610:arm", "Patients will receive 166 mg of liposomal bupivacaine mixed with 50 mg non-liposomal bupivacaine infiltrated into the wound by the surgeon.", None,
     [D(166, "mg", "liposomal bupivacaine"), D(50, "mg", "non-liposomal bupivacaine")], None),
    # ------------------------------------------------------------------ round 11
    ("scientific", _T + "NCT03296618:intervention", "Dosing will consist of a one-time stereotactic, intracranial injection of a hNSC line, NSI-566, ranging from 1.2\u00d7107 cells to 8\u00d7107 cells, as tolerated.", "NSI-566",
     [D((1.2e7, 8e7), "cells", "NSI-566")], None),  # "\u00d7107" is x10^7 with the superscript lost (table: "0.25\u00d7108")
    ("units", _T + "NCT03496623:arm", "Inhaled treprostinil delivered via an ultrasonic nebulizer with a target dosing regimen of 12 breaths (72 mcg) 4 times daily (QID)", None,
     [D(72, "ug", "treprostinil")], None),  # unsure: agent without the route adjective "Inhaled"; "12 breaths" is no unit
    # ------------------------------------------------------------------ round 13
    ("units", _T + "NCT03496649:arm", "250 IU for the gracilis muscle 200 IU for the pectineus muscle 300 IU for the adductor longus muscle 200 IU for the adductor brevis muscle", None,
     [D(250, "IU"), D(200, "IU"), D(300, "IU")], None),  # unsure: no agent named in the phrase (Dysport is named in the sentence before); "200 IU" for two muscles listed once; muscles are no agents
    ("units", _T + "NCT03496649:arm", "If necessary, the 4 muscles will be injected with a maximum of 1500U Dysport. The total dose cannot exceed 1500 units.", None,
     [D(1500, "U", "Dysport")], None),  # the cap labelled, as HOLDOUT10 labels "maximum of 400mg per dose"; "1500 units" repeats it
    # ------------------------------------------------------------------ round 14
    ("schedules", _T + "NCT03496662:arm", "Nivolumab will be given as a 30-minute intravenous infusion at a flat dose of 480 mg on Day 1 (+/- 2 days) of each 28-day cycle\nGemcitabine will be given as a 30-minute intravenous infusion at the assigned dose on Days 1, 8, and 15 of each 28-day cycle", None,
     [D(480, "mg", "Nivolumab", days=[1])], None),  # gemcitabine has no amount ("the assigned dose")
    ("non-doses", _T + "NCT03496662:arm", "Gemcitabine will be given as a 30-minute intravenous infusion at the assigned dose on Days 1, 8, and 15 of each 28-day cycle Nab-paclitaxel will be given as a 30-40-minute intravenous infusion at the assigned dose on Days 1, 8, and 15 of each 28-day cycle", None,
     [], None),  # durations and days, no amount
    # ------------------------------------------------------------------ round 15
    ("amounts", _T + "NCT03296670:arm", "alprostadil,2ug, delivered by targeted perfusion catheter in the culprit vessel after PCI in STEMI patients with CSFP", None,
     [D(2, "ug", "alprostadil")], None),
    ("amounts", _T + "NCT03296670:arm", "nitroglycerin,200ug, delivered by targeted perfusion catheter in the culprit vessel after PCI in STEMI patients with CSFP", None,
     [D(200, "ug", "nitroglycerin")], None),
    ("amounts", _T + "NCT03296670:intervention", "Nitroglycerin,200ug, delivered by targeted perfusion catheter in the culprit vessel after PCI in STEMI patients with CSFP", "Nitroglycerin",
     [D(200, "ug", "Nitroglycerin")], None),
    # ------------------------------------------------------------------ round 17
    ("amounts", _T + "NCT03596697:arm", "300 mg TDF", None,
     [D(300, "mg", "TDF")], None),
    # ------------------------------------------------------------------ more phrases of records used above (read in their round)
    ("non-doses", _T + "NCT03296488:intervention", "intramuscular single dose of NALDEBAIN 24\u00b112 hours before surgery.", "Nalbuphine Sebacate",
     [], None),  # a time window, no amount
    ("units", _T + "NCT03196505:intervention", "After induction of anesthesia, the patients will receive 20 ml mixture locally infiltrated at each trocar incision site (5 sites).", "Bupivacaine",
     [D(20, "mL", "Bupivacaine")], None),  # unsure: the phrase names no drug ("mixture"): the intervention's name, as the table's "3mg AZ-010"
    ("amounts", _T + "NCT03196531:brief_summary", "The purpose of this study is to assess the bioequivalence of Xisimin (loratadine) compared\n      with Clarityne in healthy participants receiving a single dose of 10 milligram (mg) under\n      fasting condition as part of Cohort 1 and under fed condition as part of Cohort 2.", None,
     [D(10, "mg", "loratadine")], None),  # unsure: the 10 mg is of both products (loratadine); the nearest name is the brand Clarityne
    ("non-doses", _T + "NCT03296618:detailed_description", "This single-site, Phase I, open-label study may enroll up to 18\n      patients across 5 cohorts of ascending doses of human neural stem cells to define maximal\n      tolerated dose.", None,
     [], None),  # counts of patients and cohorts
]


HOLDOUT57: list[Row] = [
    # ------------------------------------------------------------------ round 1
    ("non-doses", _T + "NCT03686488:arm", "TAS 102 (Lonsurf) and Ramucirumab 10 MG/ML Intravenous Solution (CYRAMZA) administered concurrently.", None,
     [], None),  # "10 MG/ML" is the product's concentration, not a dose (table: "40 mg/mL")
    ("amounts", _T + "NCT03686488:intervention", "TAS 102 35 mg will be administered orally twice daily every 2 weeks.", "TAS 102",
     [D(35, "mg", "TAS 102")], None),
    ("units", _T + "NCT03686488:intervention", "Ramucirumab 8 miligrams/kilogram will be administered as a 60 minute intravenous (IV) infusion every 2 weeks.", "Ramucirumab 10 MG/ML Intravenous Solution [CYRAMZA]",
     [D(8, "mg/kg", "Ramucirumab")], None),  # "miligrams" misspelt in the record
    ("schedules", _T + "NCT03886493:arm", "Participants will be treated with dupilumab 600 mg SQ on day 1, and then 300 mg SQ on days 8,15, 22, 29, 36, 43.", None,
     [D(600, "mg", "dupilumab", days=[1]), D(300, "mg", "dupilumab", days=[8, 15, 22, 29, 36, 43])], None),
    ("schedules", _T + "NCT03886493:intervention", "dupilumab 600 mg SQ on day 1, and then 300 mg SQ on days 8,15, 22, 29, 36, 43.", "Dupilumab",
     [D(600, "mg", "dupilumab", days=[1]), D(300, "mg", "dupilumab", days=[8, 15, 22, 29, 36, 43])], None),
    ("non-doses", _T + "NCT03886493:detailed_description", "this trial will enroll men\n      with at least high risk prostate cancer defined by NCCN Guidelines Version 2.2017 = clinical\n      stage \u2265T3a or PSA >20 ng/mL or Gleason score \u22658)", None,
     [], None),  # a PSA level (lab value)
    ("amounts", _T + "NCT04186494:arm", "Once daily s.c. injections of Liraglutide, starting at a dose of 0.6 mg with weekly 0.6 mg increments to 3.0 mg in adjunct to advice on a weight-reduction diet and physical exercise", None,
     [D(0.6, "mg", "Liraglutide"), D(3.0, "mg", "Liraglutide")], None),  # unsure: the "0.6 mg increments" repeat the starting amount, listed once
    # ------------------------------------------------------------------ round 3
    ("agents", _T + "NCT03986515:arm", "apatinib 250mg orally once a day until disease progression of occurrence of intolerable adverse events.\nSHR-1210 200mg every two weeks until disease progression", None,
     [D(250, "mg", "apatinib"), D(200, "mg", "SHR-1210")], None),
    ("non-doses", _T + "NCT03986515:arm", "(the first dose of SHR-1210 is set on the 3-5 days after apatinib", None,
     [], None),  # a time window in days, no amount
    ("agents", _T + "NCT03986515:intervention", "apatinib 250mg qd, 3-5 days later SHR-1210 200mg q3w", "apatinib plus SHR-1210",
     [D(250, "mg", "apatinib"), D(200, "mg", "SHR-1210")], None),
    ("scientific", _T + "NCT04186520:arm", "Phase 1: Determine safety of 2.5x10^6 cells/kg IL-7/IL-15 expanded CAR-20/19-T cells in patients with relapsed, refractory B-cell NHL.", None,
     [D(2.5e6, "cells/kg", "CAR-20/19-T cells")], None),  # unsure: agent the product named after the amount ("IL-7/IL-15 expanded" qualifies it)
    ("scientific", _T + "NCT04186520:intervention", "A fixed dose of 2.5 x 10^6 CAR-20/19-T cells/kg expanded with IL-7/IL-15.", "12-Day Production of Car-T Cells",
     [D(2.5e6, "cells/kg", "CAR-20/19-T cells")], None),  # unsure: agent the product glued to the unit (as "CMVpp65-CTL/kg" in holdouts), not the intervention name
    ("scientific", _T + "NCT04186520:detailed_description", "Phase 1/1b: Determine the safety of a fixed dose of 2.5 x 10^6 CAR-20/19-T cells/kg\n           expanded with IL-7/IL-15 at 8 and 12-day manufacturing times in relapsed refractory\n           B-cell non-Hodgkin lymphoma (NHL) followed by expansion cohorts.", None,
     [D(2.5e6, "cells/kg", "CAR-20/19-T cells")], None),  # "8 and 12-day" are manufacturing times
    # ------------------------------------------------------------------ round 6
    ("units", _T + "NCT04186559:intervention", "Patients will be given 1 tube containing 20 ml of topical PTX gel (containing 1,000mg of PTX) to be applied no fewer than four times per day", "Topical Pentoxifylline Gel (Vehicle +PTX)",
     [D(20, "mL", "PTX gel"), D(1000, "mg", "PTX")], None),  # unsure: both the volume and the drug amount (table: "0.5ml (25 micrograms) of Fentanyl"); agent of the volume "PTX gel" (route adjective dropped)
    ("units", _T + "NCT04186559:intervention", "Patients will be given 1 tube containing 20 ml of topical placebo gel to be applied no fewer than four times per day with complete consumption of the entire tube each day.", "Topical Placebo Gel (Vehicle)",
     [D(20, "mL", "placebo gel")], None),  # a placebo volume is labelled as the table's "0.5 ml Sodium Chloride"
    ("non-doses", _T + "NCT04186559:brief_summary", "Genital ulcers are the second most common symptom of BD and occur in 57-93% of BD patients.", None,
     [], None),  # a share of patients
    # ------------------------------------------------------------------ round 8
    ("units", _T + "NCT04186585:arm", "All the 8 patients receives a daily oral dose of BP-C2 in ml equals the body weight divided by 5 for 4 weeks. This represents 15 ml for a patient of 75 kg", None,
     [D(15, "mL", "BP-C2")], None),  # unsure: agent carried from the sentence before (as the table's NK510 rows); "75 kg" is a body weight, "divided by 5" no amount
    ("non-doses", _T + "NCT04186585:arm", "the daily BP-C2 dose will individually be increased by a factor of 1.4 or 1.2 in case of none or mild toxicity increase. If moderate or severe increase in toxicity is observed, the individual dose will be reduced by 0.8 or 0.6, respectively.", None,
     [], None),  # dose factors without a unit
    ("ranges", _T + "NCT04186585:detailed_description", "BP-C2 will be administered orally once per day and the dose-window set to 0.33 - 1.67 mg/kg\n      body weight (bw). For an average patient of 75 kg this represents 5 - 25 ml. The starting\n      dose will be 1.0 mg/kg bw representing 15 ml for an average patient.", None,
     [D((0.33, 1.67), "mg/kg", "BP-C2"), D((5, 25), "mL", "BP-C2"), D(1.0, "mg/kg", "BP-C2"), D(15, "mL", "BP-C2")], None),  # unsure: the volumes are the same doses for a 75 kg patient (labelled, as "0.5ml (25 micrograms)" gives both); agent carried across sentences
    # ------------------------------------------------------------------ round 11
    ("units", _T + "NCT03686618:arm", "32 mcg (<50kg) or 40 mcg (\u226550kg) secretin two times a day (40 mcg; q 12 hrs)", None,
     [D(32, "ug", "secretin"), D(40, "ug", "secretin")], None),  # "<50kg"/"\u226550kg" are body weights; the repeated "40 mcg" listed once
    ("units", _T + "NCT03686618:arm", "32 mcg (<50kg) or 40 mcg (\u226550kg) secretin six times a day (40 mcg; q 4 hrs)", None,
     [D(32, "ug", "secretin"), D(40, "ug", "secretin")], None),
    ("non-doses", _T + "NCT03686618:detailed_description", "The\n      primary study endpoint will be the decrease in serum C-reactive protein (CRP) level by 50%\n      within 96 hours and/or at discharge compared with CRP level at admission", None,
     [], None),  # a lab change and a time window
    ("agents", _T + "NCT04186624:intervention", "1 ml (7 mg / ml) betamethasone and 4 ml of 0.5% bupivacaine will be given subacromial bursa-subdeltoid space.", "Subacromial-subdeltoid bursa corticosteroid injection",
     [D(1, "mL", "betamethasone"), D(4, "mL", "bupivacaine")], None),  # "7 mg / ml" is a concentration (table: "1.0 mL methylprednisolone acetate 40 mg/mL" -> 1 mL)
    ("agents", _T + "NCT04186624:detailed_description", "Both groups will\n      receive subacromial-subdeltoid bursa 1 ml (7 mg/ml) betamethasone and 4 ml of 0.5%\n      bupivacaine injection.", None,
     [D(1, "mL", "betamethasone"), D(4, "mL", "bupivacaine")], None),
    ("non-doses", _T + "NCT04186624:brief_summary", "It is the most common cause of shoulder\n      pain, with an incidence of 44-65%.", None,
     [], None),  # an incidence
    # ------------------------------------------------------------------ round 12
    ("ranges", _T + "NCT04186637:arm", "ALPN-202 0.001 - 20 mg/kg IV", None,
     [D((0.001, 20), "mg/kg", "ALPN-202")], None),
    ("ranges", _T + "NCT04186637:intervention", "ALPN-202 0.001 - 20 mg/kg IV", "ALPN-202",
     [D((0.001, 20), "mg/kg", "ALPN-202")], None),
    # ------------------------------------------------------------------ round 13
    ("non-doses", _T + "NCT03886649:arm", "Phase Ib -> dose escalation with 2 expansion cohorts", None,
     [], None),  # a count of cohorts
    ("levels", _T + "NCT03886649:intervention", "Copanlisib will be administered i.v. on days 1, 8, and 15 of each cycle. The only dose level 1 (DL1) is 60 mg copanlisib.", "Copanlisib",
     [D(60, "mg", "copanlisib", level="DL1", days=[1, 8, 15])], None),  # unsure: level written as the abbreviation (table: "Dose 1 (DL-1)" -> "DL-1"); the days come from the sentence before
    ("levels", _T + "NCT03886649:intervention", "The starting dose is dose level 1 (DL1): 600 mg venetoclax.", "Venetoclax",
     [D(600, "mg", "venetoclax", level="DL1")], None),  # unsure: level label as above
    # ------------------------------------------------------------------ round 14
    ("amounts", _T + "NCT03686657:intervention", "1000 mg metformin-HCL XR once-a-day or maintenance dose of metformin for 26 weeks", "Metformin",
     [D(1000, "mg", "metformin-HCL XR")], None),
    ("agents", _T + "NCT03686657:intervention", "500 mg metformin-HCL XR plus 100 mg celecoxib once-a-day in the morning and 160 mg valsartan 6 hours later once-a-day in the afternoon for 26 weeks.", "Val, Cel and Met XR Low",
     [D(500, "mg", "metformin-HCL XR"), D(100, "mg", "celecoxib"), D(160, "mg", "valsartan")], None),
    ("agents", _T + "NCT03686657:intervention", "1000 mg metformin-HCL XR plus 200 mg celecoxib once-a-day in the morning and 320 mg valsartan once-a-day 6 hours later in the afternoon for 26 weeks.", "Val, Cel and Met XR High",
     [D(1000, "mg", "metformin-HCL XR"), D(200, "mg", "celecoxib"), D(320, "mg", "valsartan")], None),
    ("non-doses", _T + "NCT04186663:arm", "38% silver diamine fluoride, topical, 1 drop, single application", None,
     [], None),  # a strength and a drop count (table HOLDOUT26: "1 drop STN1012600 ophthalmic solution 0.002%" -> none)
    ("non-doses", _T + "NCT04186663:intervention", "38% aqueous silver diamine fluoride [Ag(NH3)]2F, CAS RN 33040-28-7", "Silver Diamine Fluoride",
     [], None),  # a strength, a formula and a CAS number
    ("non-doses", _T + "NCT04186663:detailed_description", "A minimum of 3 subjects per time point at\n      2,4,6,24,48,96 and 168 hours.", None,
     [], None),  # sampling times
]


HOLDOUT58: list[Row] = [
    # ------------------------------------------------------------------ round 1
    ("scientific", _T + "NCT04196491:arm", "bb2121 autologous CAR T cells will be infused at a dose ranging from 150 - 800 x 10^6 CAR+ T cells after receiving lymphodepleting chemotherapy with a planned starting dose of 450 x 10^6 CAR+ T cells.", None,
     [D((1.5e8, 8e8), "cells", "bb2121"), D(4.5e8, "cells", "bb2121")], None),  # unsure: agent the product the sentence names (bb2121), not "CAR+ T cells"; the exponent belongs to both ends of the range
    ("non-doses", _T + "NCT04196491:arm", "Lenalidomide maintenance therapy is recommended for all patients and should be initiated upon adequate bone marrow recovery or from 90-day post-bb2121 infusion, whichever is later", None,
     [], None),  # a time point, no amount
    # ------------------------------------------------------------------ round 2
    ("units", _T + "NCT03796507:arm", "This study will only include one treatment group who will receive oral temozolomide at 75 mg per square meter of body surface area daily for 21 days before progressing to standard chemoradiation treatment.", None,
     [D(75, "mg/m2", "temozolomide")], None),  # "per square meter of body surface area" is mg/m2 (table: "75 milligrams per meter square")
    ("units", _T + "NCT03796507:detailed_description", "Patients will begin a 21-day cycle of temozolomide\n      starting 14 days after surgery at 75mg per square meter of body surface area daily to serve\n      as bridge therapy.", None,
     [D(75, "mg/m2", "temozolomide")], None),
    # ------------------------------------------------------------------ round 3
    ("amounts", _T + "NCT03896516:arm", "Placebo Participants will take GLWL-01 450 mg b.i.d. or matched placebo for up to 16 days", None,
     [D(450, "mg", "GLWL-01")], None),
    ("amounts", _T + "NCT03896516:intervention", "Participants will take GLWL-01 450 mg b.i.d. or matched placebo for a minimum of 4 days (Stage I).", "GLWL-01",
     [D(450, "mg", "GLWL-01")], None),
    ("non-doses", _T + "NCT03896516:detailed_description", "Acyl-ghrelin is a 28-amino acid peptide that stimulates appetite and food intake.", None,
     [], None),  # a peptide length, no amount
    ("schedules", _T + "NCT03696537:intervention", "Fludarabine 30 mg/m2/day IV (total 5 doses) administered days -7 through -3 of conditioning regimen", "Fludarabine",
     [D(30, "mg/m2/day", "Fludarabine", days=[-7, -6, -5, -4, -3])], None),
    ("units", _T + "NCT03696537:detailed_description", "Determine the MTD of TMI given concurrently with fludarabine (fixed at 150 mg/m2) as a\n      conditioning regimen for Allo-HSCT", None,
     [D(150, "mg/m2", "fludarabine")], None),  # the course total (5 x 30 mg/m2), as written
    ("non-doses", _T + "NCT03696537:detailed_description", "with the objective of increasing the OS from the historical rate of\n      30% (null hypothesis ) to 50% (alternate hypothesis) with 80% power and a one-sided type I\n      error of 0.05.", None,
     [], None),  # survival rates, power and alpha: percentages of something else
    ("schedules", _T + "NCT03796533:intervention", "PCZ will be used as recommended in tablet formulation at an initial dosage of 300 mg twice a day on the first day and then once a day at a dose of 300 mg the following days.", "Posaconazole",
     [D(300, "mg", "PCZ", days=[1]), D(300, "mg", "PCZ")], None),  # unsure: the same 300 mg on a second schedule listed again (as NCT03336502 in doses_external); "the first day" read as day 1, "the following days" gives no day numbers
    ("non-doses", _T + "NCT03796533:brief_summary", "the minimum serum concentration desirable for prophylaxis is 0.7 mg/L.", None,
     [], None),  # a target serum level
    ("non-doses", _T + "NCT03796533:brief_summary", "The median\n      concentration of PCZ was 1.08 mg/L.", None,
     [], None),  # a measured serum level
    # ------------------------------------------------------------------ round 4
    ("units", _T + "NCT03996538:arm", "Patients will consume 3 tablets of 500mg metformin hydrochloride extended-release tablets daily (1500mg/day (after 3 week dose gradation)).", None,
     [D(500, "mg", "metformin hydrochloride"), D(1500, "mg/day", "metformin hydrochloride")], None),  # unsure: agent without the formulation words ("extended-release tablets"); the daily total carries the same agent
    ("units", _T + "NCT03996538:intervention", "Subjects will ingest 1500mg/day of metformin hydrochloride extended release.", "Metformin Hydrochloride Extended-Release Tablets",
     [D(1500, "mg/day", "metformin hydrochloride")], None),  # unsure: agent without "extended release"
    ("non-doses", _T + "NCT03996538:arm", "Patients will consume 3 identical placebo tablets (after similar 3 week dose gradation).", None,
     [], None),  # a tablet count and a duration
    # ------------------------------------------------------------------ round 5
    ("levels", _T + "NCT03696550:arm", "Eravacycline (TP-434) intravenous formulation Eravacycline will be administered as a single 60 minute IV infusion according to age.\nAge group (years) Dose (mg/kg) 12 to <18 (Cohort 1) 1.50", None,
     [D(1.5, "mg/kg", "Eravacycline", level="Cohort 1")], None),  # unsure: a flattened table, the unit in its header ("Dose (mg/kg)") and the amount last; "12 to <18" is the age group in years
    ("levels", _T + "NCT03696550:arm", "Eravacycline will be administered as a single 60 minute IV infusion according to age.\nAge group (years) Dose (mg/kg) 8 to <12 (Cohort 2) 1.75", None,
     [D(1.75, "mg/kg", "Eravacycline", level="Cohort 2")], None),  # unsure: as the Cohort 1 row
    ("non-doses", _T + "NCT03696550:intervention", "Cohort 1: from 12 to <18 years of age (N=8)\nCohort 2: from 8 to <12 years of age (N=12 or at least 60% of subjects)", "Eravacycline (TP-434)",
     [], None),  # ages, counts, a share of the subjects
    # ------------------------------------------------------------------ round 6
    ("ranges", _T + "NCT03996564:arm", "oral Acetaminophen 500mg-1000mg, Diclofenac 50mg-75 mg orally, Diazepam 5mg-10 mg intravenous or oral", None,
     [D((500, 1000), "mg", "Acetaminophen"), D((50, 75), "mg", "Diclofenac"), D((5, 10), "mg", "Diazepam")], None),  # unit written on both ends of each range
    ("ranges", _T + "NCT03996564:intervention", "Acetaminophen 500mg-1000mg,", "Acetaminophen",
     [D((500, 1000), "mg", "Acetaminophen")], None),
    ("ranges", _T + "NCT03996564:intervention", "oral, or intramuscular Ketorolac 30mg-60 mg", "Ketorolac",
     [D((30, 60), "mg", "Ketorolac")], None),
    # ------------------------------------------------------------------ round 7
    ("units", _T + "NCT03796572:arm", "This group is given ropivacaine 0.5% up to a max of .5 ml/kg until appropriate ultrasound guided spread is achieved.", None,
     [D(0.5, "mL/kg", "ropivacaine")], None),  # a cap labelled as the dose (table: "max. daily dose: 33ml/kg BW"); ".5" with no leading zero; 0.5% is a strength
    ("units", _T + "NCT03796572:detailed_description", "where morphine IV 0.1mg/kg will be utilized as needed\n      before discharge home.", None,
     [D(0.1, "mg/kg", "morphine")], None),
    ("units", _T + "NCT03796572:detailed_description", "Prior to discharge a prescription for oxycodone solution 0.1 mg/kg PO q4-6 hours as needed\n      will be given to all participants in both groups", None,
     [D(0.1, "mg/kg", "oxycodone")], None),  # unsure: agent without the formulation word "solution"; "q4-6 hours" is an interval
    ("ranges", _T + "NCT03996577:intervention", "the experimental group will be given 1-1.5mg/kg lidocaine and then 2mg/kg/h", "Lidocaine",
     [D((1, 1.5), "mg/kg", "lidocaine"), D(2, "mg/kg/h", "lidocaine")], None),  # a bolus range, then an infusion rate
    # ------------------------------------------------------------------ round 8
    ("amounts", _T + "NCT03896594:arm", "HL237 100mg 2 tablets twice a day", None,
     [D(100, "mg", "HL237")], None),  # the tablet strength; the 200 mg per intake is not written (the arm label's 400mg is not in the phrase)
    ("amounts", _T + "NCT03896594:arm", "HL237 400mg 1 tablet twice a day", None,
     [D(400, "mg", "HL237")], None),
    ("units", _T + "NCT03996603:arm", "0.625mg/1g cream, 1g applied vaginally nightly for 2 weeks then 2x/week for 8 weeks", None,
     [D(1, "g")], None),  # unsure: "0.625mg/1g" is the cream's strength (a concentration, as "40 mg/mL"); the amount applied is 1 g; no drug named in the phrase
    ("units", _T + "NCT03996603:intervention", "0.625mg/1g cream, 1g applied vaginally nightly for 2 weeks then 2x/week for 8 weeks", "Conjugated Estrogens Cream",
     [D(1, "g", "Conjugated Estrogens Cream")], None),  # unsure: as the arm row; the agent is the intervention's name (the text names none)
    # ------------------------------------------------------------------ round 9
    ("schedules", _T + "NCT03796637:arm", "Participants who have been receiving ataluren, dosed daily 10 milligrams per kilogram (mg/kg) in the morning, 10 mg/kg at midday, and 20 mg/kg in the evening, for >=9 months from ongoing PTC-sponsored nmDMD clinical trials.", None,
     [D(10, "mg/kg", "ataluren"), D(10, "mg/kg", "ataluren"), D(20, "mg/kg", "ataluren")], None),  # unsure: the same 10 mg/kg at a second time of day listed again (its own schedule, as the posaconazole and doxycycline rows of doses_external)
    ("non-doses", _T + "NCT03796637:brief_summary", "participants with nmDMD who currently have been receiving ataluren for\n      greater than or equal to (>=) 9 months.", None,
     [], None),  # a treatment duration
    ("agents", _T + "NCT04096638:arm", "plus 1680mg every 4 weeks (Q4W) atezolizumab", None,
     [D(1680, "mg", "atezolizumab")], None),  # the agent named after the schedule
    ("amounts", _T + "NCT04096638:intervention", "SB 11285 2mg lyophilized powder for IV infusion", "SB 11285",
     [D(2, "mg", "SB 11285")], None),  # unsure: the vial content of the powder (table: "100mg/vial" read as 100 mg), not a per-patient dose
    ("amounts", _T + "NCT04096638:intervention", "1680 mg every 4 weeks", "Atezolizumab",
     [D(1680, "mg", "Atezolizumab")], None),
    # ------------------------------------------------------------------ round 10
    ("amounts", _T + "NCT03796650:intervention", "Peroral vancomycin 125 mg q.i.d. for ten days.", "Vancomycin",
     [D(125, "mg", "vancomycin")], None),
    ("units", _T + "NCT03796650:intervention", "50 g donor feces suspended in saline with added glycerol, administered by a enema kit.", "Fecal microbiota transplantation",
     [D(50, "g", "donor feces")], None),  # unsure: agent as the text writes the material ("donor feces"), not the intervention's name; the saline it is suspended in is no dose
    ("amounts", _T + "NCT03796650:detailed_description", "inclusion will be randomized 1:1 to FMT or 10 days of guideline-recommended antibiotic\n      therapy (vancomycin 125 mg four times a day).", None,
     [D(125, "mg", "vancomycin")], None),  # "1:1" is a ratio
    # ------------------------------------------------------------------ round 11
    ("amounts", _T + "NCT03896659:arm", "will receive a Hydrocortisone 160 mg tablet every day for 3 days. After a washout period of 25 days, they then will receive a Placebo tablet (matching Hydrocortisone 160 mg tablet) every day for 3 days.", None,
     [D(160, "mg", "Hydrocortisone")], None),  # unsure: the second "Hydrocortisone 160 mg" describes the matching placebo, not a second dose (listed once); 25 days is a washout
    ("amounts", _T + "NCT03896659:intervention", "Hydrocortisone 160 mg tablet", "Hydrocortisone Oral",
     [D(160, "mg", "Hydrocortisone")], None),
    ("units", _T + "NCT03896659:brief_summary", "given 3-day exposures to hydrocortisone (160 mg/day) or\n      placebo.", None,
     [D(160, "mg/day", "hydrocortisone")], None),
    ("amounts", _T + "NCT03996681:arm", "Methylcantharidimide tablets( 75mg po tid) is administered before first TACE 3 days and taken continuously after TACE treatment.", None,
     [D(75, "mg", "Methylcantharidimide")], None),  # the amount inside a parenthesis glued to "tablets("; "3 days" is a lead time
    ("non-doses", _T + "NCT03996681:detailed_description", "The median overall survival was only 6.5-9.1 months.", None,
     [], None),  # a survival range in months
    # ------------------------------------------------------------------ round 12
    ("amounts", _T + "NCT03896685:intervention", "Bedaquiline: 400 mg QD x 2 weeks, followed by 200 mg 3x/week", "Bedaquiline 100 MG",
     [D(400, "mg", "Bedaquiline"), D(200, "mg", "Bedaquiline")], None),  # the "100 MG" in the intervention's name is a tablet strength the text does not state
    ("amounts", _T + "NCT03896685:intervention", "Delamanid: 100 mg BID", "Delamanid 50 MG Oral Tablet",
     [D(100, "mg", "Delamanid")], None),  # the name's "50 MG" is not in the text
    ("amounts", _T + "NCT03896685:intervention", "Linezolid: 600 mg QD up to Week 16, followed by 300 mg QD or 600 mg 3x/week according to a secondary randomization", "Linezolid Pill",
     [D(600, "mg", "Linezolid"), D(300, "mg", "Linezolid"), D(600, "mg", "Linezolid")], None),  # unsure: the second 600 mg is another schedule (3x/week, after week 16), listed again
    ("schedules", _T + "NCT04096690:intervention", "Pegaspargase 3750IU administered by intramuscular injection on Day 1 of each 21-day cycle for 6 cycles in induction treatment", "Pegaspargase",
     [D(3750, "IU", "Pegaspargase", days=[1])], None),
    ("schedules", _T + "NCT04096690:intervention", "Anti-PD-1 antibody 200mg administered intravenously (IV) on Day 2 of each 21-day cycle for 6 cycles in induction treatment Anti-PD-1 antibody 200mg administered intravenously (IV) on Day 1 of each 21-day cycle for up to 28 cycles in maintenance treatment", "Anti-PD-1 monoclonal antibody",
     [D(200, "mg", "Anti-PD-1 antibody", days=[2]), D(200, "mg", "Anti-PD-1 antibody", days=[1])], None),  # the same 200 mg on another day (induction day 2, maintenance day 1): listed twice, as the table's Fulvestrant row
    ("non-doses", _T + "NCT04096690:detailed_description", "heterogeneous histopathologic subtype of non-Hodgkin lymphoma (NHL), accounting for 5%~10%.", None,
     [], None),  # a share of lymphomas
    # ------------------------------------------------------------------ round 13
    ("non-doses", _T + "NCT03696719:intervention", "At each one of the assessment points 9 cc of venous of blood will be taken from each of the study participants, while routine blood tests are taken.", "NSE cerebral biomarker testing",
     [], None),  # blood drawn, not given (table: "~100 ml blood collection")
    ("non-doses", _T + "NCT03696719:brief_summary", "Additionally, 9 cc of venous blood be collected from each participant in the surgery room\n      prior to anesthesia induction", None,
     [], None),  # blood drawn
    # ------------------------------------------------------------------ round 14
    ("agents", _T + "NCT03896724:arm", "n=150. Age 5-17 month-old. 5mcg R21/25mcg Matrix-M.", None,
     [D(5, "ug", "R21"), D(25, "ug", "Matrix-M")], None),  # two amounts joined by a slash, each before its own agent; "5-17 month-old" is an age range, n=150 a count
    ("agents", _T + "NCT03896724:arm", "n=150. Age 5-17 month-old. 5mcg R21/50mcg Matrix-M.", None,
     [D(5, "ug", "R21"), D(50, "ug", "Matrix-M")], None),
    ("non-doses", _T + "NCT03896724:arm", "n=150. Age 5-17 month-old. Rabies Vaccine by the end of the trial.", None,
     [], None),  # a count and an age range
    # ------------------------------------------------------------------ extra fields of records already read and used
    ("units", _T + "NCT03796507:intervention", "oral temozolomide at 75 mg per square meter of body surface area daily for 21 days", "Temozolomide",
     [D(75, "mg/m2", "temozolomide")], None),
    ("non-doses", _T + "NCT03796637:intervention", "Ataluren will be administered as per the dose and schedule specified in the arm.", "Ataluren",
     [], None),  # "dose" without an amount
]


HOLDOUT59: list[Row] = [
    # ------------------------------------------------------------------ round 1
    ("schedules", _T + "NCT03766490:intervention", "Capsule, P.O. 12mg qd ,days 1-14, 21 days a cycle", "Anlotinib Hydrochloride",
     [D(12, "mg", "Anlotinib Hydrochloride", days=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])], None),  # the phrase names no agent: the intervention's name
    ("amounts", _T + "NCT03766490:intervention", "Tablet, P.O. 250mg qd", "Gefitinib",
     [D(250, "mg", "Gefitinib")], None),
    ("amounts", _T + "NCT03766490:intervention", "Tablet, P.O. 125mg tid", "Icotinib",
     [D(125, "mg", "Icotinib")], None),
    # ------------------------------------------------------------------ round 3
    ("units", _T + "NCT03646526:arm", "healthy subjects will be administered a single dose of Amitriptyline Hydrochloride 25Mg Tablet（Hunan Dongting） or Amitriptyline Hydrochloride 25Mg Tablet（Sandoz） under fasting condition .", None,
     [D(25, "mg", "Amitriptyline Hydrochloride")], None),  # unsure: the same 25 mg of the same drug (two makers) listed once; "Mg" is mg
    ("units", _T + "NCT03646526:intervention", "Amitriptyline Hydrochloride 25Mg Tablet（Sandoz）is a generic product manufactured by Sandoz Inc;", "Amitriptyline Hydrochloride 25Mg Tablet（Sandoz）",
     [D(25, "mg", "Amitriptyline Hydrochloride")], None),  # tablet strength; agent without the tablet word and maker
    ("non-doses", _T + "NCT03646526:detailed_description", "The cleaning period\n      is 21 ± 1 day.", None,
     [], None),  # a washout duration
    # ------------------------------------------------------------------ rounds 4-5
    ("amounts", _T + "NCT03526549:arm", "EN3835 up to 1.68 mg (Collagenase Clostridium Histolyticum)", None,
     [D(1.68, "mg", "EN3835")], None),  # a cap labelled as the dose (as the table's "up to a max of"); agent the product code before the amount
    ("amounts", _T + "NCT03246555:intervention", "The treatment in this clinical study starts with fimasartan 30 mg; if blood pressure is not controlled (siSBP ≥ 140 mmHg or siDBP ≥ 90 mmHg), the dose is escalated once gradually", "Fimasartan or Fimasartan/Hydrochlorothiazide",
     [D(30, "mg", "fimasartan")], None),  # the blood-pressure limits are no dose
    ("amounts", _T + "NCT03246555:intervention", "The treatment in this clinical study starts with penrindopril 2.5 mg;", "Perindopril or Perindopril/Indapamide",
     [D(2.5, "mg", "penrindopril")], None),  # agent as the text spells it (a typo for perindopril)
    ("levels", _T + "NCT03646552:arm", "(2.5mg Dronabinol for 3 days, 5mg Dronabinol for 3 days to 7.5mg Dronabinol for 3 days and finally increasing to 10mg for the remainder of the trial)", None,
     [D(2.5, "mg", "Dronabinol"), D(5, "mg", "Dronabinol"), D(7.5, "mg", "Dronabinol"), D(10, "mg", "Dronabinol")], None),  # unsure: the last step (10mg) names no drug; the titrated drug is Dronabinol
    ("amounts", _T + "NCT03646552:arm", "Participants will be receiving 800mg PEA concomitantly.", None,
     [D(800, "mg", "PEA")], None),
    ("units", _T + "NCT03646552:intervention", "Dronabinol will be slowly titrated in the first 10 days of the study and PEA will be given in a constant dose of 800mg per day for the entire duration of the study.", "THX-110",
     [D(800, "mg/day", "PEA")], None),  # "per day" folded into the unit as the table's "75 mg per day"; "first 10 days" is a duration
    # ------------------------------------------------------------------ rounds 6-7
    ("amounts", _T + "NCT03526575:arm", "Experiment 1 will involve N= 14 subjects randomized to placebo , 10 mg zolpidem for males and 10 mg zaleplon in counterbalanced order.", None,
     [D(10, "mg", "zolpidem"), D(10, "mg", "zaleplon")], None),  # "N= 14 subjects" is a head count
    ("amounts", _T + "NCT03526575:arm", "Experiment 2, which will involve N=20 subjects randomized to placebo, 5 mg zolpidem and 10 mg zaleplon.", None,
     [D(5, "mg", "zolpidem"), D(10, "mg", "zaleplon")], None),
    ("non-doses", _T + "NCT03526575:brief_summary", "will be awakened 90 min. post-placebo administration (half at 60\n      min and half at 90 min).", None,
     [], None),  # wake-up times after dosing, no amount
    ("schedules", _T + "NCT03126578:arm", "All subjects will receive oral doses of LEO 32731 up-titrated from 10 mg bid on Days 1-3, 20 mg bid on Days 4-6 and 40 mg bid on Days 7-12.", None,
     [D(10, "mg", "LEO 32731", days=[1, 2, 3]), D(20, "mg", "LEO 32731", days=[4, 5, 6]),
      D(40, "mg", "LEO 32731", days=[7, 8, 9, 10, 11, 12])], None),
    ("schedules", _T + "NCT03126578:arm", "Subjects will receive a single oral dose of 2.5 mg midazolam on Day -1 prior to the first dose of LEO 32731 and on Days 4, 7 and 17 of multiple dosing with LEO 32731.", None,
     [D(2.5, "mg", "midazolam", days=[-1, 4, 7, 17])], None),  # unsure: days read as Day -1 plus Days 4, 7 and 17 of the same 2.5 mg
    ("units", _T + "NCT03366584:arm", "beta carotene 25,000 IU\nvitamin D3 50,000 IU\nzinc 50 mg\ndexamethasone 6 mg", None,
     [D(25000, "IU", "beta carotene"), D(50000, "IU", "vitamin D3"), D(50, "mg", "zinc"), D(6, "mg", "dexamethasone")], None),
    ("units", _T + "NCT03366584:detailed_description", "Subjects in intervention group receive oral single-dose beta-carotene 25,000 IU, oral\n      single-dose vitamin D3 50,000 IU and oral zinc 50 mg/day for 3 days.", None,
     [D(25000, "IU", "beta-carotene"), D(50000, "IU", "vitamin D3"), D(50, "mg/day", "zinc")], None),
    ("amounts", _T + "NCT03366584:detailed_description", "Subjects from both groups receive the hospital protocol of preterm birth, 4\n      doses of 6 mg of dexamethasone, intravenous 12 hours apart to support lung maturation.", None,
     [D(6, "mg", "dexamethasone")], None),  # "4 doses" is a count, "12 hours apart" an interval
    ("scientific", _T + "NCT03526588:intervention", "6×10^6 mononuclear cells isolated from the patient's own umbilical cord blood per dose.", "Autologous umbilical cord blood",
     [D(6e6, "cells", "Autologous umbilical cord blood")], None),  # unsure: "mononuclear cells" is no name, so the intervention's name is the agent
    ("non-doses", _T + "NCT03526588:intervention", "4 total doses administered intravenously over 7 days.", "Autologous umbilical cord blood",
     [], None),  # a dose count and a duration
    # ------------------------------------------------------------------ rounds 8-9
    ("non-doses", _T + "NCT03366597:intervention", "1.5%-3% Sevoflurane will be given during the cardiac surgery except cardiopulmonary bypass.", "Sevoflurane",
     [], None),  # unsure: an inhaled concentration range, a strength as the table's "0.01%"/"0.002%" solutions, not an amount
    ("amounts", _T + "NCT03766594:intervention", "Respatio(R) 25mg tablets four times daily for 24 days preconceptionally starting first day of previous period", "Sildenafil Citrate",
     [D(25, "mg", "Respatio")], None),  # unsure: agent the brand the phrase names (as "TAGRISSO 40 mg"), without the "(R)" mark
    ("amounts", _T + "NCT03766594:intervention", "Folic acid(R) 0.5mg tablets once daily for 3 months preconceptionally", "Folic Acid",
     [D(0.5, "mg", "Folic acid")], None),
    ("non-doses", _T + "NCT03766594:intervention", "Placebo tablet apparently identical to Respatio(R) 25mg tablets, taken four times daily for 24 days preconceptionally starting first day of previous period", "Placebo Oral Tablet",
     [], None),  # unsure: the 25mg describes the active tablet the placebo looks like; no drug is given
    ("units", _T + "NCT03766607:arm", "Single arm study of trastuzumab (8 mg/kg loading dose; 6 mg/kg maintenance) every 21 days + ramucirumab (8 mg/kg) on days 1 & 15 every 28 days + paclitaxel (80 mg/m2) on days 1, 8, and 15 every 28 days", None,
     [D(8, "mg/kg", "trastuzumab"), D(6, "mg/kg", "trastuzumab"), D(8, "mg/kg", "ramucirumab", days=[1, 15]),
      D(80, "mg/m2", "paclitaxel", days=[1, 8, 15])], None),  # loading/maintenance amounts without a level (as the table's loading doses)
    ("units", _T + "NCT03766607:intervention", "Trastuzumab (8 mg/kg loading dose; 6 mg/kg maintenance) administered intravenously every 21 days", "Trastuzumab",
     [D(8, "mg/kg", "Trastuzumab"), D(6, "mg/kg", "Trastuzumab")], None),
    ("schedules", _T + "NCT03766607:intervention", "Paclitaxel 80 mg/m2 administered intravenously on days 1, 8, and 15 every 28 days", "Paclitaxel",
     [D(80, "mg/m2", "Paclitaxel", days=[1, 8, 15])], None),
    # ------------------------------------------------------------------ rounds 10-11
    ("amounts", _T + "NCT03246620:arm", "oro-dispersible tablet (wafer)(Zyprexa), 5 mg, single dose", None,
     [D(5, "mg", "Zyprexa")], None),  # unsure: the only name in the phrase is the brand in parentheses
    ("amounts", _T + "NCT03246620:arm", "Haloperidol encapsulated tablet, 2 mg tablet, single dose", None,
     [D(2, "mg", "Haloperidol")], None),
    ("amounts", _T + "NCT03246620:intervention", "Patient allocated to this arm will be given 2 mg encapsulated diazepam tablet and an oro-dispersible placebo tablet", "Diazepam 2Mg encapsulated Tab",
     [D(2, "mg", "diazepam")], None),  # agent after the amount and a formulation word
    ("units", _T + "NCT03646617:intervention", "Nivolumab (1 mg/kg) will be administered as an IV infusion over 30 minutes, followed by ipilimumab (3 mg/kg) on the same day given as an IV infusion over 90 minutes.", "Nivolumab",
     [D(1, "mg/kg", "Nivolumab"), D(3, "mg/kg", "ipilimumab")], None),
    ("amounts", _T + "NCT03646617:intervention", "After these 4 doses, nivolumab (240 mg) will be administered as monotherapy for 18 additional doses starting week 12 as an IV infusion over 30 minutes, as per the package insert, every 2 weeks (+/- 3 days).", "Nivolumab",
     [D(240, "mg", "nivolumab")], None),  # "4 doses", "18 additional doses", "week 12" are no amounts
    ("units", _T + "NCT03646617:arm", "The dose of HFRT will be 8 Gy x 3 fractions, given over a maximum of 7 days timespan.", None,
     [D(8, "Gy", "HFRT")], None),  # unsure: the per-fraction dose as written; the 24 Gy total is not stated
    # ------------------------------------------------------------------ rounds 12-13
    ("amounts", _T + "NCT03126656:intervention", "just hypogonadic patients enrolled received hormone replacement therapy with testosterone undecanoate 1000 mg/4ml intramuscular (IM) at baseline, after 6 weeks and 12 weeks after the first evaluation", "Testosterone Undecanoate",
     [D(1000, "mg", "testosterone undecanoate")], None),  # unsure: "1000 mg/4ml" is the amount in its volume (as "levcromakalim (1 mg/20 ml)" -> 1 mg); no 4 mL row
    ("non-doses", _T + "NCT03126656:arm", "patients suffering from mild to moderate heart failure (LVEF ≥ 40%, NYHA I-II), and hypogonadism (plasma testosterone levels <11.4 nmol / L);", None,
     [], None),  # a lab threshold and an ejection fraction
    ("non-doses", _T + "NCT03126656:arm", "patients just with hypogonadism (testosterone <11.4 nmol / L) in the absence of documented cardiovascular disease", None,
     [], None),  # a lab threshold of the drug's own name
    # ------------------------------------------------------------------ rounds 14-15
    ("schedules", _T + "NCT03366675:arm", "AZD2811 200mg IV QD CnD1 & D4 every 4weeks", None,
     [D(200, "mg", "AZD2811", days=[1, 4])], None),  # unsure: "CnD1 & D4" (cycle n, days 1 and 4) read as days [1, 4]
    ("units", _T + "NCT03366675:intervention", "AZD2811 100mg/vial", "AZD2811",
     [D(100, "mg", "AZD2811")], None),  # vial content, as the table's "100mg/vial"
    ("schedules", _T + "NCT03526679:intervention", "lenvatinib 14mg po daily; eribulin 1.1mg/m2 D1, D8, every 21 days", "Eribulin",
     [D(14, "mg", "lenvatinib"), D(1.1, "mg/m2", "eribulin", days=[1, 8])], None),
    ("non-doses", _T + "NCT03526679:detailed_description", "In a phase I study of lenvatinib\n      for solid tumors in Japan, 4 out of 6 leiomyosarcoma patients has tumor decreased more than\n      10%.", None,
     [], None),  # counts and a tumour shrinkage percentage
    ("non-doses", _T + "NCT03526679:detailed_description", "has shown clinical benefit with a longer median\n      PFS of 4.6 months versus placebo", None,
     [], None),  # a survival duration
    ("amounts", _T + "NCT03126682:arm", "Drug - Wellbutrin SR 300Mg Extended-Release Tablet during ECT session 1", None,
     [D(300, "mg", "Wellbutrin SR")], None),  # unsure: agent with the "SR" of the brand name
    ("amounts", _T + "NCT03126682:detailed_description", "randomized to receive bupropion (sustained release preparation 300\n      mg) (Wellbutrin ®), to be taken by mouth", None,
     [D(300, "mg", "bupropion")], None),  # amount and unit split by a line break
    ("non-doses", _T + "NCT03126682:detailed_description", "with a pulse width </= 0.3 and a current of 0.8 A.", None,
     [], None),  # ECT stimulus settings
    ("schedules", _T + "NCT03246685:intervention", "Imprime will be administered at a dose of 4 mg/kg IV over a 2-hour infusion time on Days 1, 8 and 15 of each 3-week treatment cycle.", "Imprime PGG",
     [D(4, "mg/kg", "Imprime", days=[1, 8, 15])], None),
    ("non-doses", _T + "NCT03246685:intervention", "Imprime PGG is a soluble, β-1,3/1,6 glucan isolated from the cell wall of a proprietary Saccharomyces cerevisiae yeast strain.", "Imprime PGG",
     [], None),  # glycosidic-bond numbers in a chemical name
    ("schedules", _T + "NCT03246685:intervention", "Pembrolizumab will be given at a fixed dose of 200 mg IV over 30 minutes on Day 1 of each 3-week treatment cycle after the Imprime infusion.", "Pembrolizumab",
     [D(200, "mg", "Pembrolizumab", days=[1])], None),
    ("levels", _T + "NCT03366688:intervention", "Cohort 1: 25 mg Subcutaneous(SC) (this cohort is open label without placebo); Cohort 2: 75 mg SC; Cohort 3: 150 mg SC; Cohort 4: 75 mg IV; Cohort 5: 300 mg SC; Cohort 6: 450 mg SC; Cohort 7: 600 mg SC; Cohort 8: 450 mg IV.", "IBI306",
     [D(25, "mg", "IBI306", level="Cohort 1"), D(75, "mg", "IBI306", level="Cohort 2"), D(150, "mg", "IBI306", level="Cohort 3"),
      D(75, "mg", "IBI306", level="Cohort 4"), D(300, "mg", "IBI306", level="Cohort 5"), D(450, "mg", "IBI306", level="Cohort 6"),
      D(600, "mg", "IBI306", level="Cohort 7"), D(450, "mg", "IBI306", level="Cohort 8")], None),  # the same amount at two levels (SC/IV) listed per level
    ("amounts", _T + "NCT03366688:detailed_description", "Ascending dose design includes 6 dose levels （25 mg, 75 mg, 150 mg, 300 mg, 450 mg and 600\n      mg).", None,
     [D(25, "mg"), D(75, "mg"), D(150, "mg"), D(300, "mg"), D(450, "mg"), D(600, "mg")], None),  # no agent named in the phrase; full-width parenthesis
    ("non-doses", _T + "NCT03366688:intervention", "Cohort 2: 75 mg SC; Cohort 3: 150 mg SC; Cohort 4: 75 mg IV; Cohort 5: 300 mg SC; Cohort 6: 450 mg SC; Cohort 7: 600 mg SC; Cohort 8: 450 mg IV.", "placebo",
     [], None),  # unsure: the placebo intervention's text copies the active cohorts' amounts; no drug amount is given
    # ------------------------------------------------------------------ rounds 16-18
    ("amounts", _T + "NCT03126695:arm", "A =Ticagrelor granule for oral suspension equal to 90 mg.", None,
     [D(90, "mg", "Ticagrelor")], None),  # agent without the formulation words
    ("amounts", _T + "NCT03126695:arm", "D = Ticagrelor commercial IR (1 x 90 mg) tablet", None,
     [D(90, "mg", "Ticagrelor")], None),  # unsure: "1 x 90 mg" is one tablet of 90 mg, not a scientific-notation amount
    ("non-doses", _T + "NCT03126695:arm", "On Day 1, following an overnight fast of at least 10 hours, each subjects will receive single dose of the treatment assigned to that treatment period.", None,
     [], None),  # a study day and a fasting duration, no amount
    # after reading stopped: from fields of records already used above
    ("non-doses", _T + "NCT03246555:intervention", "if blood pressure is not controlled (siSBP ≥ 140 mmHg or siDBP ≥ 90 mmHg), the dose is escalated once gradually", "Perindopril or Perindopril/Indapamide",
     [], None),  # blood-pressure limits
    ("non-doses", _T + "NCT03126578:arm", "All subjects will receive oral doses of LEO 32731 in dose schedule decided upon data from Part I.", None,
     [], None),  # a dose named without an amount
]


HOLDOUT60: list[Row] = [
    # ------------------------------------------------------------------ NCT0354xxxx
    ("non-doses", _T + "NCT03546491:arm", "0.4% stannous fluoride", None,
     [], None),  # a strength (percent), no amount
    ("non-doses", _T + "NCT03546491:intervention", "0.243% Sodium Fluoride", "Marketed Control",
     [], None),  # a strength (percent), no amount
    # ------------------------------------------------------------------ NCT0366xxxx
    ("units", _T + "NCT03666494:intervention", "As part of anesthetic induction, the addition of ketamine hydrochloride 0.5mg/kg.", "Ketamine Hydrochloride",
     [D(0.5, "mg/kg", "ketamine hydrochloride")], None),
    # ------------------------------------------------------------------ NCT0381xxxx
    ("amounts", _T + "NCT03816488:intervention", "Salsalate 1.5 g administered 2 h before surgery", "Salsalate",
     [D(1.5, "g", "Salsalate")], None),
    ("amounts", _T + "NCT03816488:detailed_description", "Our intervention involves self-administered metformin (patient's\n      usual dose) vs. salsalate (1.5g) vs. placebo with sips of water 2h prior to surgery.", None,
     [D(1.5, "g", "salsalate")], None),
    ("non-doses", _T + "NCT03816488:detailed_description", "Following surgery, patients will be brought to the PACU for\n      routine monitoring (30-60 min), and additional blood samples will be drawn.", None,
     [], None),  # a duration and blood samples, no amount
    # ------------------------------------------------------------------ NCT0314xxxx
    ("units", _T + "NCT03146533:intervention", "Fludarabine 30 mg/m2/day IV for 3 days.", "Fludarabine",
     [D(30, "mg/m2/day", "Fludarabine")], None),  # "for 3 days" names no study days
    ("units", _T + "NCT03146533:intervention", "patients will receive a standard pre-conditioning regime with cyclophosphamide 0.8g/m2/day IV for 2 days.", "Cyclophosphamide",
     [D(0.8, "g/m2/day", "cyclophosphamide")], None),
    ("non-doses", _T + "NCT03146533:intervention", "CD19 CART cells will be administered using a split dose on day0(10%), 1(30%), and 2(60%) after completion of the chemotherapy.", "CD19 CART",
     [], None),  # shares of a split dose whose amount is not stated
    # ------------------------------------------------------------------ NCT0344xxxx
    ("units", _T + "NCT03446534:arm", "Amoxicillin 100mg/ml mixture (Imacillin), 0.25ml/kg every 8 hours for 7 days.", None,
     [D(0.25, "mL/kg", "Amoxicillin")], None),  # 100mg/ml is a concentration, not a dose (table: "methylprednisolone acetate 40 mg/mL")
    ("units", _T + "NCT03446534:arm", "Placebo mixture 0.25ml/kg every 8 hours for 7 days", None,
     [D(0.25, "mL/kg", "Placebo")], None),  # unsure: agent "Placebo" without the formulation word "mixture"
    ("non-doses", _T + "NCT03446534:detailed_description", "superiority trial of amoxicillin versus placebo in children aged 1-5 years of age with a\n      lower respiratory infection.", None,
     [], None),  # ages
    # ------------------------------------------------------------------ NCT0354xxxx
    ("units", _T + "NCT03546530:arm", "Interferon 1.5ug/kg/week, 48weeks", None,
     [D(1.5, "ug/kg/week", "Interferon")], None),
    ("units", _T + "NCT03546530:arm", "Interferon 1.5ug/kg/week,resveratrol 1000mg/day, 48weeks", None,
     [D(1.5, "ug/kg/week", "Interferon"), D(1000, "mg/day", "resveratrol")], None),
    ("non-doses", _T + "NCT03546530:detailed_description", "hepatitis B virus (HBV) DNA levels below 20,000 copies/mL at 6\n      months after completion of the therapy", None,
     [], None),  # a viral load threshold
    # ------------------------------------------------------------------ NCT0344xxxx
    ("amounts", _T + "NCT03446547:intervention", "durvalumab 1500 mg i.v. every fourth week for 12 months", "Durvalumab",
     [D(1500, "mg", "durvalumab")], None),
    ("amounts", _T + "NCT03446547:detailed_description", "The group randomized to\n      immunotherapy will then receive Durvalumab, given with a fixed dose of 1500 mg i.v. every\n      fourth week during 12 months.", None,
     [D(1500, "mg", "Durvalumab")], None),
    ("non-doses", _T + "NCT03446547:detailed_description", "Patients with peripheral\n      lung tumors will receive SBRT usually between 3 and 4 fractions.", None,
     [], None),  # a count of radiotherapy fractions, no amount
    # ------------------------------------------------------------------ NCT0366xxxx
    ("amounts", _T + "NCT03666546:arm", "Lactulose crystals, oral intake, 20 g single dose", None,
     [D(20, "g", "Lactulose")], None),  # unsure: agent without the formulation word "crystals"
    ("amounts", _T + "NCT03666546:intervention", "To standardise for 30 g glucose, 33 g glucose monohydrate will be used. The products will be provided in sachets to be dissolved in 250 mL water.", "Glucose",
     [D(30, "g", "glucose"), D(33, "g", "glucose monohydrate")], None),  # unsure: 30 g is the glucose equivalent of the 33 g given (as "Loxoprofen Sodium 68.1mg (Loxoprofen 60mg)": both); 250 mL water is a diluent
    ("non-doses", _T + "NCT03666546:intervention", "White or almost white crystalline powder. The product will be provided in sachets to be dissolved in 250 mL water.", "Lactulose crystals 20 g",
     [], None),  # a diluent volume; the amount is only in the intervention name
    # ------------------------------------------------------------------ NCT0366xxxx
    ("units", _T + "NCT03666559:arm", "Azacitidine is administered by sub-cutaneous injection at 75 mg/m2 per day for seven consecutive days every 4 weeks until progression, intolerance or end of the study.", None,
     [D(75, "mg/m2/day", "Azacitidine")], None),  # "per day" read as /day (table: "100 mg per day" -> mg/day)
    ("units", _T + "NCT03666559:detailed_description", "the recommended starting dose for the first treatment cycle,\n      for all patients regardless of baseline haematology laboratory values, is 75 mg/m2 of body\n      surface area, injected subcutaneously, daily for 7 days", None,
     [D(75, "mg/m2")], None),  # the phrase names no agent (Vidaza is named in the paragraph before)
    ("non-doses", _T + "NCT03666559:detailed_description", "chronic myelomonocytic leukaemia (CMML) with 10-29 % marrow blasts without\n      myeloproliferative disorder", None,
     [], None),  # a share of marrow blasts
    # ------------------------------------------------------------------ NCT0381xxxx
    ("agents", _T + "NCT03816553:arm", "Participants receive SHR-1210 200mg (3mg/kg for underweight patients) intravenously every 2 weeks and apatinib 250mg orally once daily until disease progression or unacceptable toxicity", None,
     [D(200, "mg", "SHR-1210"), D(3, "mg/kg", "SHR-1210"), D(250, "mg", "apatinib")], None),
    ("amounts", _T + "NCT03816553:intervention", "SHR-1210 will be administered as a 30-minute IV infusion Q2W at a dose of 200mg (3mg/kg for underweight patients).", "SHR-1210",
     [D(200, "mg", "SHR-1210"), D(3, "mg/kg", "SHR-1210")], None),
    ("amounts", _T + "NCT03816553:intervention", "Apatinib will be administered 250mg orally, once daily until progression.", "Apatinib",
     [D(250, "mg", "Apatinib")], None),
    # ------------------------------------------------------------------ NCT0326xxxx
    ("amounts", _T + "NCT03266588:intervention", "75 mg oral tablet", "Rimegepant",
     [D(75, "mg", "Rimegepant")], None),  # the agent from the intervention name (table: "75 mg capsule", "Pregabalin 75mg")
    ("units", _T + "NCT03266601:intervention", "1 million U/day, used for 3 days, observed to the 4th day (until the 96th hour).", "Recombinant Human Interferon α-2b Spray",
     [D(1e6, "U/day", "Recombinant Human Interferon α-2b Spray")], None),  # unsure: unit kept as written ("U", not IU); agent from the intervention name; "4th day"/"96th hour" are observation times, not dosing days
    ("non-doses", _T + "NCT03266601:intervention", "Ribavirin Spray, spray once every 4-5 hours, 1-2 times a spray, used for 3 days", "Ribavirin",
     [], None),  # a count of sprays and an interval, no amount
    # ------------------------------------------------------------------ NCT0344xxxx
    ("units", _T + "NCT03446599:arm", "Participants in this arm will receive one intravenous 5-gram dose of hydroxocobalamin reconstituted in 200ml of normal saline over 10-15minutes at the time of initiation of cardiopulmonary bypass.", None,
     [D(5, "g", "hydroxocobalamin")], None),  # 200ml of normal saline is the diluent
    ("units", _T + "NCT03446599:intervention", "One intravenous dose of methylene blue 2mg/kg, which has been the accepted dose for vasoplegia, diluted in 200ml normal saline will be administered over 10-15minutes", "Methylene Blue",
     [D(2, "mg/kg", "methylene blue")], None),  # 200ml normal saline is the diluent
    ("units", _T + "NCT03446599:intervention", "200ml normal saline will be administered intravenously over 10-15minutes at the time of initiation of cardiopulmonary bypass.", "Normal saline",
     [D(200, "mL", "normal saline")], None),  # the placebo itself (table: "40 ml of normal saline over 20 mins" -> 40 mL)
    ("amounts", _T + "NCT03446612:arm", "Participants will receive 2 milligram (mg) daprodustat tablets once daily via oral route for a period of 41 days.", None,
     [D(2, "mg", "daprodustat")], None),
    ("amounts", _T + "NCT03446612:intervention", "Daprodustat will be available as 1 mg, 2 mg and 4 mg oral tablets.", "Daprodustat",
     [D(1, "mg", "Daprodustat"), D(2, "mg", "Daprodustat"), D(4, "mg", "Daprodustat")], None),  # tablet strengths listed (table: "TAGRISSO 40 mg ... 80 mg film-coated tablets")
    ("units", _T + "NCT03446612:intervention", "Acetylcholine will be used as a challenge agent and will be infused at 7.5, 15 and 30 micrograms/minute each for 6 minutes per infusion into the brachial artery of the test arm.", "Acetylcholine",
     [D(7.5, "ug/min", "Acetylcholine"), D(15, "ug/min", "Acetylcholine"), D(30, "ug/min", "Acetylcholine")], None),  # infusion rates (table: "1,5 µg/min of IV CGRP" -> ug/min)
    # ------------------------------------------------------------------ NCT0326xxxx
    ("scientific", _T + "NCT03266627:arm", "patients will receive CTL dose x 1 with 2.5 × 10(4) CD3/kg for matched related donor and 0.5 × 104 CD3/kg for mis-matched related donor.", None,
     [D(2.5e4, "cells/kg", "CTL"), D(5e3, "cells/kg", "CTL")], None),  # unsure: "CD3/kg" (CD3+ cells per kg) read as cells/kg; "10(4)" is 10^4 and "104" a lost superscript (10^4) as the first amount shows; agent "CTL"
    # ------------------------------------------------------------------ NCT0354xxxx
    ("units", _T + "NCT03546621:arm", "Myrcludex B, 2 mg/day subcutaneously (s.c.) for 24 weeks + tenofovir with a further follow-up period of 24 weeks of continued tenofovir therapy.", None,
     [D(2, "mg/day", "Myrcludex B")], None),  # tenofovir has no amount here
    ("amounts", _T + "NCT03546621:intervention", "2 mg, once daily, subcutaneously", "Myrcludex B",
     [D(2, "mg", "Myrcludex B")], None),
    ("agents", _T + "NCT03546621:intervention", "tenofovir disoproxil 245 mg, equivalent to tenofovir disoproxil fumarate 300 mg", "Tenofovir",
     [D(245, "mg", "tenofovir disoproxil"), D(300, "mg", "tenofovir disoproxil fumarate")], None),  # both amounts, each with its salt form (table: "Loxoprofen Sodium 68.1mg (Loxoprofen 60mg)")
    # ------------------------------------------------------------------ NCT0326xxxx
    ("scientific", _T + "NCT03266640:arm", "HLA matched donors will get Dose 2.5 × 10(4) CD3/kg recipient weight; HLA mismatched will get 0.5x10(4) CD3/kg recipient weight.", None,
     [D(2.5e4, "cells/kg"), D(5e3, "cells/kg")], None),  # unsure: "CD3/kg recipient weight" read as cells/kg; the phrase names no agent (the CTLs are named in the sentence before)
    # ------------------------------------------------------------------ NCT0344xxxx
    ("units", _T + "NCT03446625:arm", "Resveratrol will be administered orally at the dose of 2 g/day for 9 days, starting on the day of ovulation triggering.", None,
     [D(2, "g/day", "Resveratrol")], None),
    ("units", _T + "NCT03446625:intervention", "Placebo treatment (2 g/day) will be administered for 9 days, starting from oocyte maturation day.", "Placebo",
     [D(2, "g/day", "Placebo")], None),  # the placebo's amount (as "-Placebo 25 mg twice daily" -> 25 mg Placebo)
    ("non-doses", _T + "NCT03446625:arm", "Placebo treatment will be administered for 9 days, starting on the day of ovulation triggering.", None,
     [], None),  # a duration, no amount
    # ------------------------------------------------------------------ NCT0381xxxx
    ("amounts", _T + "NCT03816631:arm", "Participants with severe hepatic function will receive single oral dose of pimodivir 600 milligram (mg) (2*300 mg tablet) under fasted condition on Day 1.", None,
     [D(600, "mg", "pimodivir", days=[1]), D(300, "mg", "pimodivir")], None),  # the dose and its tablet strength (table: "C213 3.8 mg administered as two 1.9 mg patches"); days not checked on the tablet
    ("amounts", _T + "NCT03816631:intervention", "Participants will receive single oral dose of Pimodivir 600 mg (2*300 mg tablets) under fasted condition on Day 1.", "Pimodivir",
     [D(600, "mg", "Pimodivir", days=[1]), D(300, "mg", "Pimodivir")], None),
    ("amounts", _T + "NCT03816631:brief_summary", "a single oral dose of 600 milligram\n      (mg) pimodivir in adult participants with impaired hepatic function", None,
     [D(600, "mg", "pimodivir")], None),
    # ------------------------------------------------------------------ NCT0314xxxx
    ("schedules", _T + "NCT03146663:arm", "NUC-1031 500 mg/m2 on days 1, 8, and 15", None,
     [D(500, "mg/m2", "NUC-1031", days=[1, 8, 15])], None),
    ("schedules", _T + "NCT03146663:intervention", "NUC-1031 750 mg/m2 on Days 1, 8, and 15 of a 28-day cycle", "NUC-1031 750mg",
     [D(750, "mg/m2", "NUC-1031", days=[1, 8, 15])], None),  # the name's "750mg" is not the dose unit; the description's mg/m2 is
    ("amounts", _T + "NCT03146663:brief_summary", "This study will evaluate the effect of two dose levels of NUC-1031 (500 mg/m2 and 750mg/m2)\n      in patients with ovarian cancer.", None,
     [D(500, "mg/m2", "NUC-1031"), D(750, "mg/m2", "NUC-1031")], None),  # "dose levels" without labels: no level
    # ------------------------------------------------------------------ NCT0344xxxx
    ("units", _T + "NCT03446638:intervention", "Patients will receive 30 mg/m2 per day intravenously of fludarabine for 5 days and 2000 mg/m2 per day intravenously of cytarabine for 5 days. 5 mg/kg per day of granulocyte colony stimulating factor (G-CSF) may be given subcutaneously beginning on Day 1 of each treatment until absolute granulocyte count > 500/ microliter for 3 days.", "FLAG induction",
     [D(30, "mg/m2/day", "fludarabine"), D(2000, "mg/m2/day", "cytarabine"), D(5, "mg/kg/day", "G-CSF")], None),  # agent after "of"; G-CSF as written (mg/kg); "> 500/ microliter" is a count threshold; "beginning on Day 1" gives no day list (days not checked)
    ("ranges", _T + "NCT03446638:intervention", "Patients will receive 100-200 mg/m2 per day intravenously of cytarabine for 7 days, plus either 45-60 mg/m2 per day intravenously of daunorubicin or 9-12 mg/m2 per day intravenously of idarubicin for 3 days.", "7 + 3 induction",
     [D((100, 200), "mg/m2/day", "cytarabine"), D((45, 60), "mg/m2/day", "daunorubicin"), D((9, 12), "mg/m2/day", "idarubicin")], None),
    ("units", _T + "NCT03446638:intervention", "Patients will receive 20 mg/m2 per day subcutaneously of cytarabine for 10 days every 28 days.", "Low-dose cytarabine",
     [D(20, "mg/m2/day", "cytarabine")], None),
    ("units", _T + "NCT03446651:arm", "Participants will be randomized to 7 days of therapy with either 115 mmol/day of lysine chloride or placebo.", None,
     [D(115, "mmol/day", "lysine chloride")], None),
    ("units", _T + "NCT03446651:intervention", "Patients will receive 7 days of therapy using 115 mmol/day of lysine chloride.", "Lysine Chloride",
     [D(115, "mmol/day", "lysine chloride")], None),
    ("non-doses", _T + "NCT03446651:intervention", "Patients will receive 7 days of therapy using placebo. Patients will be given the option of a taste test of both lysine chloride & the placebo powders mixed with various beverages to ensure it is palatable to them.", "Placebo",
     [], None),  # a duration, no amount
]


HOLDOUT61: list[Row] = [
    # ------------------------------------------------------------------ NCT0316xxxx
    ("amounts", _T + "NCT03166501:arm", "Lanicemine 100mg Intravenous", None,
     [D(100, "mg", "Lanicemine")], None),
    ("agents", _T + "NCT03166501:brief_summary", "Investigator hypothesize that lanicemine (100 mg) displays a normalization of APS following\n      three infusions over 5 non-consecutive days.", None,
     [D(100, "mg", "lanicemine")], None),
    ("non-doses", _T + "NCT03166501:intervention", "Three 60 min parenteral infusions over a 5 day period", "Lanicemine",
     [], None),  # durations and a count of infusions, no amount
    # ------------------------------------------------------------------ NCT0356xxxx
    ("ranges", _T + "NCT03566511:arm", "Proglycem, oral suspension (4-7 mg/kg). Healthy participants will receive diazoxide between MRI scans.", None,
     [D((4, 7), "mg/kg", "Proglycem")], None),  # agent as the text writes the drug (brand) name
    ("ranges", _T + "NCT03566511:intervention", "Healthy and T2D participants will receive diazoxide at a dose of 4-7 mg/kg (based upon weight) between baseline MRI scan and second MRI scan.", "Diazoxide",
     [D((4, 7), "mg/kg", "diazoxide")], None),
    # ------------------------------------------------------------------ NCT0334xxxx
    ("units", _T + "NCT03346525:arm", "Intramuscular BPG prophylaxis (600,000 IU for children <30kg, 1.2 million IU for children ≥30kg), every 28 days", None,
     [D(600000, "IU", "BPG"), D(1.2e6, "IU", "BPG")], None),  # body weights (<30kg, ≥30kg) are not doses
    ("units", _T + "NCT03346525:intervention", "(600,000 IU for children <30kg, 1.2 million IU for children ≥30kg), every 28 days.", "intramuscular benzathine penicillin G (BPG) prophylaxis",
     [D(600000, "IU", "intramuscular benzathine penicillin G (BPG) prophylaxis"), D(1.2e6, "IU", "intramuscular benzathine penicillin G (BPG) prophylaxis")], None),  # unsure: the phrase names no drug, so the agent is the intervention name passed in
    ("non-doses", _T + "NCT03346525:brief_summary", "A\n      sample size of 916 children is needed to detect a 50% reduction of progression (expected\n      range 7.5-12.5% progression in BPG-arm vs. 15%-25% progression in control-arm) with 90%\n      power.", None,
     [], None),  # percentages of progression and power, a sample size
    # ------------------------------------------------------------------ NCT0316xxxx (2)
    ("units", _T + "NCT03166605:arm", "Receive 3 ml simethicone 1 hours after capsule swallowing\nReceive 1.5 ml simethicone 2 hours after capsule swallowing", None,
     [D(3, "mL", "simethicone"), D(1.5, "mL", "simethicone")], None),
    ("amounts", _T + "NCT03166605:arm", "Receive 3 ml simethicone 20 minutes prior to capsule swallowing\nDo not drink anything for an additional 2 hours after swallowing pill cam.", None,
     [D(3, "mL", "simethicone")], None),  # the hours are waiting times, not doses
    ("non-doses", _T + "NCT03166605:detailed_description", "The liquid form comes in concentration of 20mg/0.3ml", None,
     [], None),  # a concentration of the product, not an amount given
    # ------------------------------------------------------------------ NCT0334xxxx (2)
    ("amounts", _T + "NCT03346538:arm", "In addition, MCI-186 30 mg will be administered as an intravenous infusion twice a day over 30 minutes.", None,
     [D(30, "mg", "MCI-186")], None),
    ("non-doses", _T + "NCT03346538:arm", "High-dose MCI-186 will be administered as a bolus, and then as a continuous infusion. In addition, a placebo will be administered as an intravenous infusion twice a day over 30 minutes.", None,
     [], None),  # "high-dose" without an amount; 30 minutes is an infusion time
    # ------------------------------------------------------------------ NCT0346xxxx
    ("units", _T + "NCT03466528:intervention", "Intravenous (Magnesium Sulphate) MgSO4 2 grams IV over 20 minutes", "Magnesium Sulfate",
     [D(2, "g", "MgSO4")], None),  # unsure: agent "MgSO4" (the name next to the amount) rather than "Magnesium Sulphate"
    # ------------------------------------------------------------------ NCT0384xxxx
    ("units", _T + "NCT03846505:arm", "A 40-IU dose of oxytocin will be self-administered 30 minutes prior to the start of each weekly ABCT session.", None,
     [D(40, "IU", "oxytocin")], None),
    ("non-doses", _T + "NCT03846505:arm", "All participants will receive 12 weekly, 90-minute ABCT therapy sessions delivered by trained Masters or Doctoral-level clinicians", None,
     [], None),  # a count of sessions and a session length
    # ------------------------------------------------------------------ NCT0346xxxx (2)
    ("agents", _T + "NCT03466567:intervention", "A dose of 500 mg probenecid (2 tablets of 250 mg) will be administered orally twice daily for 3½ days (7 trial product administrations in total).", "Probenecid",
     [D(500, "mg", "probenecid"), D(250, "mg", "probenecid")], None),  # tablet strength listed as the table does ("2*2 tablets of 150 mg")
    ("agents", _T + "NCT03466567:intervention", "A single dose of 600 mg ciclosporin (6 capsules of 100 mg) will be administered orally 1 hour prior to administration of a single dose of 3 mg oral semaglutide tablet.", "Ciclosporin",
     [D(600, "mg", "ciclosporin"), D(100, "mg", "ciclosporin"), D(3, "mg", "semaglutide")], None),
    ("amounts", _T + "NCT03466567:intervention", "A single dose of 3 mg semaglutide tablet alone will be administered orally. Trial product administration will take place in the morning after overnight fasting for at least 6 hours.", "Semaglutide",
     [D(3, "mg", "semaglutide")], None),
    # ------------------------------------------------------------------ NCT0384xxxx (2)
    ("units", _T + "NCT03846544:intervention", "In the study group, 225 IU of rFSH will continue after the first oocyte retrieval (OR).", "CFA-double pick up",
     [D(225, "IU", "rFSH")], None),
    ("non-doses", _T + "NCT03846544:intervention", "Antagonist administration will be initiated when at least one follicle measuring ≥14 mm will be present in the ultrasound.", "CFA-double pick up",
     [], None),  # a follicle size, not an amount
    ("agents", _T + "NCT03846544:intervention", "If one or more follicles ≥17 mm are observed, patients will undergo a second triggering with hCG 5000 IU and a second OR will be performed.", "CFA-double pick up",
     [D(5000, "IU", "hCG")], None),  # ≥17 mm is a follicle size
    # ------------------------------------------------------------------ NCT0356xxxx (2)
    ("levels", _T + "NCT03566576:arm", "Cohort 1: Anlotinib 8mg per day and Pemetrexed. Cohort 2: Anlotinib 10mg per day and Pemetrexed. Cohort 3: Anlotinib 12mg per day and Pemetrexed.", None,
     [D(8, "mg/day", "Anlotinib", level="Cohort 1"), D(10, "mg/day", "Anlotinib", level="Cohort 2"),
      D(12, "mg/day", "Anlotinib", level="Cohort 3")], None),  # "mg per day" written as a rate, as "1000 mg/day" in HOLDOUT7
    ("non-doses", _T + "NCT03566576:arm", "CTCAE Grade 4 event (ANC<1000/ul, body temperature≥38.5°C);", None,
     [], None),  # a toxicity threshold (cell count, temperature)
    ("schedules", _T + "NCT03566576:intervention", "Pemetrexed 500mg/m2 as a 10-minute intravenous infusion on day 1 of a 21-day cycle.", "Pemetrexed",
     [D(500, "mg/m2", "Pemetrexed", days=[1])], None),
    # ------------------------------------------------------------------ NCT0371xxxx
    ("amounts", _T + "NCT03716583:arm", "25 mg melatonin in 1 g cream twice daily for the duration of the radiation therapy", None,
     [D(25, "mg", "melatonin")], None),  # unsure: "in 1 g cream" read as the vehicle (as "in 100 mL saline"), not a second dose
    ("amounts", _T + "NCT03716583:intervention", "25 mg", "Melatonin",
     [D(25, "mg", "Melatonin")], None),  # a bare amount: the agent is the intervention's name
    ("agents", _T + "NCT03716583:detailed_description", "In this study, the patients will administer approximately 1 g of cream\n      containing melatonin (25 mg/g) and dimethyl sulfoxide (DMSO) (150 mg/g) or a placebo cream\n      topically twice daily on the irradiated skin area.", None,
     [D(1, "g", "cream")], None),  # unsure: 1 g of cream is the amount applied (as "1.0 mL methylprednisolone acetate 40 mg/mL" -> 1 mL); 25 mg/g and 150 mg/g are concentrations
    # ------------------------------------------------------------------ NCT0384xxxx (3)
    ("units", _T + "NCT03846570:arm", "Formoterol (fumarate dehydrate) 12 microg - beclomethasone (dipropionate) 200 microg administered BID, per inhalation using '100/6' Metered Dose Inhaler.", None,
     [D(12, "ug", "Formoterol"), D(200, "ug", "beclomethasone")], None),  # '100/6' is the inhaler's strength without a unit
    ("agents", _T + "NCT03846570:brief_summary", "comparing formoterol-beclometason 12/200\n      mcg BID versus placebo", None,
     [D(12, "ug", "formoterol"), D(200, "ug", "beclometason")], None),  # a combination strength split as "600/100 mg tablets of TMC114/rtv"
    # ------------------------------------------------------------------ NCT0371xxxx (2)
    ("ranges", _T + "NCT03716596:arm", "Stereotactic body radiotherapy, radiation dose is 40-50 Gy in total. Intravenous drug of anti-PD-1 antibody, 200mg, once a time, every three weeks.", None,
     [D((40, 50), "Gy", "Stereotactic body radiotherapy"), D(200, "mg", "anti-PD-1 antibody")], None),  # unsure: agent of the radiation dose taken as the modality the sentence names
    ("ranges", _T + "NCT03716596:intervention", "SBRT radiation dose is 40-50 Gy in total.", "SBRT",
     [D((40, 50), "Gy", "SBRT")], None),
    ("amounts", _T + "NCT03716596:intervention", "Intravenous drug of anti-PD-1 antibody, 200mg, once a time, every three weeks.", "anti-PD-1 antibody",
     [D(200, "mg", "anti-PD-1 antibody")], None),
    # ------------------------------------------------------------------ NCT0334xxxx (3)
    ("agents", _T + "NCT03346629:arm", "Intervention: 200mg mifepristone followed 24-48 h later with 400mcg misoprostol (repeat Q3)", None,
     [D(200, "mg", "mifepristone"), D(400, "ug", "misoprostol")], None),  # "24-48 h" is an interval
    ("agents", _T + "NCT03346629:intervention", "A single dose of 200 mg mifepristone (one tablet) to be taken orally either at home or at the hospital, followed 24-48 hours later with 400mcg misoprostol (buccal) at home.", "Mifepristone + Misoprostol",
     [D(200, "mg", "mifepristone"), D(400, "ug", "misoprostol")], None),
    ("units", _T + "NCT03346629:brief_summary", "Repeat\n      doses of 400 mcg (two tablets) of misoprostol will be administered buccally every three hours\n      until the abortion is achieved.", None,
     [D(400, "ug", "misoprostol")], None),  # "two tablets" is a count
    # ------------------------------------------------------------------ NCT0334xxxx (4)
    ("agents", _T + "NCT03346642:intervention", "Patients will be administrated with Gemcitabine 0.8 g/m2, Vinorelbine 30mg and Doxorubicin 20mg/m2 intravenously infusion.", "GVD chemotherapy",
     [D(0.8, "g/m2", "Gemcitabine"), D(30, "mg", "Vinorelbine"), D(20, "mg/m2", "Doxorubicin")], None),  # unsure: unit kept as written (g/m2), not converted to 800 mg/m2
    ("non-doses", _T + "NCT03346642:arm", "The patients enrolled into the second stage will received the combination of GVD and SHR-1210 with low-dose decitabine primed.", None,
     [], None),  # "low-dose" without an amount
    # ------------------------------------------------------------------ NCT0346xxxx (3)
    ("units", _T + "NCT03466632:arm", "propofol 1.5 mg/kg slow intravenously, followed by maintenance dose of 0.5 mg/kg/h throughout the procedure..", None,
     [D(1.5, "mg/kg", "propofol"), D(0.5, "mg/kg/h", "propofol")], None),  # an hourly infusion rate kept as mg/kg/h
    ("units", _T + "NCT03466632:intervention", "dexmedetomidine 1 ug/kg over 10 minutes as a bolus dose followed by continuous infusion at a dose of 0.5 ug/kg/h as maintenance dose throughout the procedure", "Dexmedetomidine",
     [D(1, "ug/kg", "dexmedetomidine"), D(0.5, "ug/kg/h", "dexmedetomidine")], None),
    # ------------------------------------------------------------------ NCT0371xxxx (3)
    ("agents", _T + "NCT03716622:arm", "Patients in bismuth-clarithromycin-containing group will receive lansoprazole (Takepron) 30mg po bid, amoxicillin 1000mg po bid, bismuth subcitrate (Colloidal Bismuth Pectin) 200mg po bid, and clarithromycin (Klacid) 500mg po bid for 14d", None,
     [D(30, "mg", "lansoprazole"), D(1000, "mg", "amoxicillin"), D(200, "mg", "bismuth subcitrate"), D(500, "mg", "clarithromycin")], None),  # unsure: agent the generic name before the bracketed brand
    ("agents", _T + "NCT03716622:arm", "patients in bismuth-furazolidone-containing quadruple group will receive lansoprazole (Takepron) 30mg po bid, amoxicillin 1000mg po bid, bismuth subcitrate (Colloidal Bismuth Pectin) 240mg po bid, and furazolidone (Liteling) 100mg po bid for 14d", None,
     [D(30, "mg", "lansoprazole"), D(1000, "mg", "amoxicillin"), D(240, "mg", "bismuth subcitrate"), D(100, "mg", "furazolidone")], None),
    # ------------------------------------------------------------------ NCT0334xxxx (5)
    ("units", _T + "NCT03346668:arm", "gabapentin 6% solution, 1mL applied twice daily for 12 weeks", None,
     [D(1, "mL", "gabapentin")], None),  # 6% is the strength of the solution, 1 mL the amount applied
    ("non-doses", _T + "NCT03346668:intervention", "topical gabapentin 6% solution", "Topical gabapentin",
     [], None),  # a concentration only
    # ------------------------------------------------------------------ NCT0334xxxx (6)
    ("units", _T + "NCT03346681:arm", "in the dosage of 2 mL 20% solution acetylcysteine (or 4 mL of 10% solution) along with inhaled albuterol via endotracheal tube every six hours for 72 hours total.", None,
     [D(2, "mL", "acetylcysteine"), D(4, "mL", "acetylcysteine")], None),  # unsure: the alternative "4 mL of 10% solution" given the same agent; 20%/10% are strengths
    ("non-doses", _T + "NCT03346681:arm", "Albuterol will be administered via nebulization every six hours.", None,
     [], None),  # an interval, no amount
    # ------------------------------------------------------------------ NCT0346xxxx (4)
    ("units", _T + "NCT03466671:arm", "Four weeks administrations of TTA-121 3U once per day in morning and placebo once per day in evening.", None,
     [D(3, "U", "TTA-121")], None),
    ("units", _T + "NCT03466671:arm", "Four weeks administrations of TTA-121 10U twice per day in morning and evening.", None,
     [D(10, "U", "TTA-121")], None),
    # ------------------------------------------------------------------ NCT0356xxxx (3)
    ("amounts", _T + "NCT03566667:arm", "Metoprolol at an aimed dose of 100 mg in addition to usual standard care", None,
     [D(100, "mg", "Metoprolol")], None),
    # ------------------------------------------------------------------ NCT0384xxxx (4)
    ("ranges", _T + "NCT03846648:arm", "In Part 2 subjects will administer 20-30 mg CyPep-1 cream once daily at home after instruction by clinical staff.", None,
     [D((20, 30), "mg", "CyPep-1")], None),  # unsure: agent "CyPep-1" (the amount is of the cream)
    ("non-doses", _T + "NCT03846648:arm", "CyPep-1 cream 1% (w/w) will be applied once daily on a 5x5 cm healthy skin area on the upper back", None,
     [], None),  # a strength (1% w/w) and an area (5x5 cm)
]


HOLDOUT62: list[Row] = [
    # ------------------------------------------------------------------ NCT0351xxxx
    ("scientific", _T + "NCT03516487:arm", "HV subjects receive a single oral dose of SYNB1618 (1 x 10^10 colony-forming units [CFU]) in a chilled buffered solution on Day 1 in the SAD study (Part 1).", None,
     [D(1e10, "CFU", "SYNB1618", days=[1])], None),
    ("scientific", _T + "NCT03516487:arm", "HV subjects receive a single oral dose of SYNB1618 (2 x 10^11 CFU) in a chilled buffered solution on Day 1 in the SAD study (Part 1).", None,
     [D(2e11, "CFU", "SYNB1618", days=[1])], None),
    ("scientific", _T + "NCT03516487:arm", "Subjects with PKU receive oral SYNB1618 (7 x 10^10 CFU) in a chilled buffered solution TID for 7 days in the MAD study (Part 2).", None,
     [D(7e10, "CFU", "SYNB1618")], None),  # "7 days" a duration
    # ------------------------------------------------------------------ NCT0386xxxx
    ("agents", _T + "NCT03866499:arm", "180 mg BPI-7711 capsule + 250mg gefitinib placebo tablet, QD", None,
     [D(180, "mg", "BPI-7711"), D(250, "mg", "gefitinib placebo")], None),  # unsure: a placebo matched to 250 mg gefitinib, labelled as its amount (as "placebo 100mg"), agent "gefitinib placebo"
    ("agents", _T + "NCT03866499:arm", "180 mg BPI-7711 placebo capsule + 250mg gefitinib tablet, QD", None,
     [D(180, "mg", "BPI-7711 placebo"), D(250, "mg", "gefitinib")], None),  # unsure: as above, agent "BPI-7711 placebo"
    ("amounts", _T + "NCT03866499:intervention", "180 mg, oral, QD", "BPI-7711",
     [D(180, "mg", "BPI-7711")], None),
    # ------------------------------------------------------------------ NCT0351xxxx (2)
    ("agents", _T + "NCT03516500:arm", "The investigators inject Iron Sucrose (100 mg dissolved in 50 mL saline) through a butterfly needle into the bronchus of the targeting segment.", None,
     [D(100, "mg", "Iron Sucrose")], None),  # 50 mL saline is the diluent
    ("agents", _T + "NCT03516500:intervention", "The investigators inject Iron Sucrose (100 mg dissolved in 50 mL saline) into the segmental bronchus.", "Iron Sucrose Injection",
     [D(100, "mg", "Iron Sucrose")], None),
    # ------------------------------------------------------------------ NCT0367xxxx
    ("levels", _T + "NCT03676504:intervention", "Dose Level 1: 1×10^6 transduced cells/m^2; Dose Level 2: 5×10^6 transduced cells/m^2; Dose level 3: 20×10^6 transduced cells/m^2", "CD19.CAR T Cells",
     [D(1e6, "cells/m2", "CD19.CAR T Cells", level="Dose Level 1"), D(5e6, "cells/m2", "CD19.CAR T Cells", level="Dose Level 2"),
      D(2e7, "cells/m2", "CD19.CAR T Cells", level="Dose level 3")], None),
    ("units", _T + "NCT03676504:intervention", "3 days of cyclophosphamide 500 mg/m^2/day", "Cyclophosphamide",
     [D(500, "mg/m2/day", "cyclophosphamide")], None),
    ("scientific", _T + "NCT03676504:brief_summary", "The main\n      purpose of this study is to evaluate safety and feasibility of escalating CD19.CAR T cell\n      doses (1-20×10^6 transduced cells/m^2) after lymphodepletion with fludarabine and\n      cyclophosphamide.", None,
     [D((1e6, 2e7), "cells/m2", "CD19.CAR T cell")], None),  # unsure: agent "CD19.CAR T cell" (the product named before "doses")
    # ------------------------------------------------------------------ NCT0374xxxx
    ("amounts", _T + "NCT03746522:arm", "Dosage form: Subcutaneous injection Dosage: 3 mg Frequency: daily", None,
     [D(3, "mg")], None),  # the arm text names no drug
    ("non-doses", _T + "NCT03746522:intervention", "Matching placebo at equivalent volume to 3 mg setmelanotide.", "Placebos",
     [], None),  # unsure: 3 mg of setmelanotide is not given, only a placebo volume matched to it
    # ------------------------------------------------------------------ NCT0386xxxx (2)
    ("scientific", _T + "NCT03866525:arm", "Nine patients with histologically confirmed malignant solid tumors will receive a single dose of the OH2 injection every 2 weeks at one of three dose levels (1x10e6, 1x10e7, 1x10e8 CCID50/mL).", None,
     [D(1e6, "CCID50/mL", "OH2"), D(1e7, "CCID50/mL", "OH2"), D(1e8, "CCID50/mL", "OH2")], None),  # unsure: the dose levels are written as titres per mL (a concentration in form), labelled as the doses they are; 10e6 read as 10^6
    # ------------------------------------------------------------------ NCT0331xxxx
    ("units", _T + "NCT03316534:arm", "Aspirin (100 mg/daily)", None,
     [D(100, "mg/day", "Aspirin")], None),  # unsure: "mg/daily" read as mg/day (as "100mg/day")
    ("amounts", _T + "NCT03316534:intervention", "Aspirin (100 mg once a day)", "Aspirin",
     [D(100, "mg", "Aspirin")], None),
    # ------------------------------------------------------------------ NCT0367xxxx (2)
    ("agents", _T + "NCT03676556:intervention", "Two sterile gauzes will be dampen with the content of the syringe (20ml lidocaine 0.5%) and apply on the wound. After 7-15minutes of waiting to the effect, the wound treatment will start.", "Lidocaine",
     [D(20, "mL", "lidocaine")], None),  # 0.5% a strength; 7-15 minutes a waiting time
    ("agents", _T + "NCT03676556:intervention", "Two sterile gauzes will be dampen with the content of the syringe (20ml saline serum) and apply on the wound. After 7-15minutes of waiting to the effect, the wound treatment will start.", "Saline Solution",
     [D(20, "mL", "saline serum")], None),
    ("non-doses", _T + "NCT03676556:arm", "23 patients will recieve lidocaine solution before wound treatment", None,
     [], None),  # a count of patients
    # ------------------------------------------------------------------ NCT0387xxxx
    ("schedules", _T + "NCT03876574:arm", "The HAI therapy is initiated on day 1, 8: Gemcitabine 1g/m2 for 30 minutes", None,
     [D(1, "g/m2", "Gemcitabine", days=[1, 8])], None),
    ("units", _T + "NCT03876574:arm", "followed by a blended solution which comprised floxuridine (FUDR) at 0.15 mg/kg/day, dexa-methasone (DXM) at 1 mg/m2/day, low molecular heparin 3200U and saline, lasted for 7 days continuously.", None,
     [D(0.15, "mg/kg/day", "floxuridine"), D(1, "mg/m2/day", "dexa-methasone"), D(3200, "U", "low molecular heparin")], None),  # unsure: agent spellings as written ("dexa-methasone", not "DXM")
    ("non-doses", _T + "NCT03876574:intervention", "Given intra-arterially for 30 minutes", "Gemcitabine",
     [], None),  # an infusion time
    # ------------------------------------------------------------------ NCT0387xxxx (2)
    ("agents", _T + "NCT03876587:arm", "Initial dose: Pyrotinib Maleate 400mg oral administration everyday plus Docetaxel 75mg per square of BSA every three weeks intravenous injection.", None,
     [D(400, "mg", "Pyrotinib Maleate"), D(75, "mg/m2", "Docetaxel")], None),  # unsure: "75mg per square of BSA" read as 75 mg/m2
    ("non-doses", _T + "NCT03876587:detailed_description", "which is planned to enroll 79 patients with\n      HER2-positive metastatic breast cancer receiving first-line treatment with pyrotinib and\n      docetaxel.", None,
     [], None),  # a count of patients
    # ------------------------------------------------------------------ NCT0331xxxx (2)
    ("schedules", _T + "NCT03316599:arm", "Gemcitabine 1000 mg/m2 and Nab-Paclitaxel 125mg/m2 will be administered IV days 1, 8, and 15 of a 28 day cycle.", None,
     [D(1000, "mg/m2", "Gemcitabine", days=[1, 8, 15]), D(125, "mg/m2", "Nab-Paclitaxel", days=[1, 8, 15])], None),
    ("non-doses", _T + "NCT03316599:arm", "Ficlatuzumab will be administered intravenously days 1 and 15 of a 28 day cycle", None,
     [], None),  # days and a cycle length, no amount
    # ------------------------------------------------------------------ NCT0351xxxx (3)
    ("amounts", _T + "NCT03516604:arm", "PF-04995274, three x 5mg tablet (15mg total), once daily for 7-9 days\n+ 1 placebo capsule, once daily for 7-9 days", None,
     [D(5, "mg", "PF-04995274"), D(15, "mg", "PF-04995274")], None),  # tablet strength and total both listed (as "2 doses of 300 mg (2*2 tablets of 150 mg)")
    ("amounts", _T + "NCT03516604:arm", "Citalopram, one x 20mg capsule, once daily for 7-9 days\n+ 3 placebo tablets, once daily for 7-9 days", None,
     [D(20, "mg", "Citalopram")], None),
    ("agents", _T + "NCT03516604:detailed_description", "they will be randomised to receive 7 days treatment with\n      either PF-04995274 (15 mg daily), citalopram (20 mg daily) or a matched placebo.", None,
     [D(15, "mg", "PF-04995274"), D(20, "mg", "citalopram")], None),
    # ------------------------------------------------------------------ NCT0351xxxx (4)
    ("agents", _T + "NCT03516630:brief_summary", "The present study has been designed to evaluate the effect of three doses of trazodone (20,\n      60 and 140 mg), in comparison to placebo, on the QT/QTc interval of healthy volunteers.", None,
     [D(20, "mg", "trazodone"), D(60, "mg", "trazodone"), D(140, "mg", "trazodone")], None),
    ("amounts", _T + "NCT03516630:arm", "One 400 mg tablet is swallowed (without chewing) with 240 mL of still mineral water.", None,
     [D(400, "mg")], None),  # the arm text names no drug; 240 mL of water is what the tablet is taken with, not a dose
    ("non-doses", _T + "NCT03516630:arm", "Trazodone-matching placebo corresponding to 70 drops is suspended in 120 mL of still mineral water.", None,
     [], None),  # unsure: a count of drops of placebo, suspended in a diluent (as "in 100 mL saline")
    # ------------------------------------------------------------------ NCT0331xxxx (3)
    ("units", _T + "NCT03316651:arm", "Induction period: The time of beginning is 1 week after whole lung lavage, aerosolized GM-CSF was given for 7 days (150ug bid), and then the durg was stopped for 7 days, the 2 weeks was designed as a cycle, a total of 6 cycles (3 months) were known as the induction period.", None,
     [D(150, "ug", "GM-CSF")], None),  # weeks, days, cycles are durations
    ("units", _T + "NCT03316651:intervention", "The dose of aerosolized GM-CSF was reduced to 150ug/d for three times a week, and then the durg was stopped for 7 days", "GM-CSF",
     [D(150, "ug/day", "GM-CSF")], None),  # unsure: "150ug/d" given three times a week, unit kept as written per day
    # ------------------------------------------------------------------ NCT0374xxxx (2)
    ("agents", _T + "NCT03746652:intervention", "Daratumumab 16 mg/kg, Ixazomib 4 mg, Dexamethasone 40 mg", "Daratumumab, Ixazomib, Dexamethasone",
     [D(16, "mg/kg", "Daratumumab"), D(4, "mg", "Ixazomib"), D(40, "mg", "Dexamethasone")], None),
    # ------------------------------------------------------------------ more phrases of records above
    ("non-doses", _T + "NCT03746522:brief_summary", "study's primary efficacy endpoint will evaluate the proportion of patients (≥12 years of age\n      at baseline) who lose ≥10% of their baseline body weight following approximately (~) 52 weeks\n      of treatment with setmelanotide", None,
     [], None),  # an age, a share of body weight, a duration
    ("scientific", _T + "NCT03866525:detailed_description", "In the Phase I dose escalation trial, three doses (1x10e6, 1x10e7, 1x10e8 CCID50/mL) of OH2\n      as single agent will be tested.", None,
     [D(1e6, "CCID50/mL", "OH2"), D(1e7, "CCID50/mL", "OH2"), D(1e8, "CCID50/mL", "OH2")], None),  # unsure: as the arm row above (titres per mL as the dose levels)
    ("non-doses", _T + "NCT03866525:detailed_description", "5 treatments of OH2 will be delivered by intratumoral\n      injection.", None,
     [], None),  # a count of treatments
    # ------------------------------------------------------------------ NCT0351xxxx (5)
    ("units", _T + "NCT03516656:brief_summary", "The purpose of this study is to determine if weight-based heparin infusions at a rate of 10\n      units/kg/hour are sufficient to maintain a target anti-Xa of 0.1-0.35 IU/mL for VTE\n      prophylaxis in patients undergoing microvascular surgery.", None,
     [D(10, "U/kg/h", "heparin")], None),  # unsure: unit spelling U/kg/h for an infusion rate; the anti-Xa range is a lab target, not a dose
    ("non-doses", _T + "NCT03516656:arm", "Steady state anti-Xa levels will be drawn at least 6 hours after initiation of heparin infusion. Goal anti-Xa levels will be 0.1-0.35 IU/mL.", None,
     [], None),  # a lab target and a waiting time
    ("units", _T + "NCT03516656:brief_summary", "The primary outcome measured will be the percentage of patients with\n      anti-Xa levels in the target range of 0.1-0.35 IU/mL while on a heparin infusion at 10\n      units/kg/hour.", None,
     [D(10, "U/kg/h", "heparin")], None),
    # ------------------------------------------------------------------ NCT0386xxxx (3)
    ("amounts", _T + "NCT03866668:arm", "Esomeprazole Dosage (Weight Less Than 20 kg) -- 10 mg QD for 8 weeks", None,
     [D(10, "mg", "Esomeprazole")], None),  # 20 kg is a body weight
    ("amounts", _T + "NCT03866668:intervention", "Esomeprazole Dosage (Weight 20 kg or Greater) -- 10 mg QD for 4 weeks followed by 20 mg QD for 4 weeks", "Esomeprazole",
     [D(10, "mg", "Esomeprazole"), D(20, "mg", "Esomeprazole")], None),  # 20 kg a body weight, 20 mg a dose
    ("non-doses", _T + "NCT03866668:brief_summary", "This prospective 12\n      week open-label study will invite 25 children with ASD between the ages of 2 and 6 years of\n      age to participate.", None,
     [], None),  # a duration, a count, ages
    # ------------------------------------------------------------------ NCT0386xxxx (4)
    ("non-doses", _T + "NCT03866681:intervention", "The dose of sirolimus is adjusted according to monitored serum concentration, maintain Rapamycin concentration ranging from 4 to 10ng/ml.", "sirolimus",
     [], None),  # a target blood level, not an amount given
    ("units", _T + "NCT03866681:intervention", "Warfarin was administered orally at a dose of 1mg per day for a year,then gradually reduced to stop.", "sirolimus",
     [D(1, "mg/day", "Warfarin")], None),  # the phrase names its drug (Warfarin), not the intervention name passed in
    ("non-doses", _T + "NCT03866681:arm", "A total of 40 patients with refractory classic PNH will be included and will be intervened by a combined therapy including sirolimus and low-dose warfarin", None,
     [], None),  # a count of patients; "low-dose" without an amount
    # ------------------------------------------------------------------ NCT0331xxxx (4)
    ("schedules", _T + "NCT03316690:intervention", "Day 1-4: Metformin tablet 500 mg x 2 Day 5-8: Metformin tablet 1000 + 500 mg Day 9-101: Metformin tablet 1000 mg x 2", "Metformin treatment",
     [D(500, "mg", "Metformin", days=[1, 2, 3, 4]), D(1000, "mg", "Metformin", days=[5, 6, 7, 8]), D(500, "mg", "Metformin", days=[5, 6, 7, 8]),
      D(1000, "mg", "Metformin", days=list(range(9, 102)))], None),  # unsure: "1000 + 500 mg" read as two tablets (1000 mg and 500 mg); "x 2" a count
    ("non-doses", _T + "NCT03316690:intervention", "Twelve weeks of supervised physical training (4 times per week, 45 min per session, mean intensity at 70% of maximal oxygen consumption rate)", "Physical training",
     [], None),  # a duration, a frequency, a share of VO2max
    # ------------------------------------------------------------------ NCT0374xxxx (3)
    ("agents", _T + "NCT03746691:arm", "After placement of a high resolution impedance manometry catheter (transnasally), citalopram will be administered IV over 30 minutes (20 mg in 100ml saline).", None,
     [D(20, "mg", "citalopram")], None),  # 100 mL saline is the diluent
    ("non-doses", _T + "NCT03746691:arm", "Thereafter, a standard meal (1000kcal) will be given to the volunteers and recordings will continue for another 2 hours.", None,
     [], None),  # the energy of a meal
    ("units", _T + "NCT03746691:intervention", "Placebo (100 ml saline IV) will be infused IV over the course of 30 minutes.", "Placebos",
     [D(100, "mL", "saline")], None),  # as "Placebo - 100 milliliters (mL) of 0.9% normal saline"
]


HOLDOUT63: list[Row] = [
    # ------------------------------------------------------------------ NCT0391xxxx
    ("levels", _T + "NCT03916510:arm", "Dosing Group 1:\n- Loading dose pre chemoradiation (CRT) - 1x10^12 viral particles (vp)", None,
     [D(1e12, "vp", level="Dosing Group 1")], None),  # unsure (level): "Dosing Group 1" taken as the level; the phrase names no agent
    ("scientific", _T + "NCT03916510:detailed_description", "The dose given will\n      vary between either 1x1012 Viral Particles (VP) or 3x1012vp.", None,
     [D(1e12, "vp"), D(3e12, "vp")], None),  # "1x1012" is 1x10^12 with the superscript lost (as "0.25×108" in seed:003)
    ("units", _T + "NCT03916510:intervention", "50 Gy/25#", "Radiotherapy",
     [D(50, "Gy", "Radiotherapy")], None),  # 50 Gy in 25 fractions; the phrase names no agent, so the intervention name
    # ------------------------------------------------------------------ NCT0393xxxx
    ("agents", _T + "NCT03936621:intervention", "To evaluate the efficacy of 3.6 g omega 3 fatty acid supplements (2.4 g EPA + 1.2 g DHA)/day for 6 months versus no treatment at reducing the level of C-reactive protein (CRP) in ever smokers at high risk of lung cancer.", "Omega 3 fatty acid",
     [D(3.6, "g/day", "omega 3 fatty acid"), D(2.4, "g/day", "EPA"), D(1.2, "g/day", "DHA")], None),  # unsure: "/day" stands after the bracket and is read for all three
    ("non-doses", _T + "NCT03936621:arm", "you will be asked to take one capsule of Omega 3 fatty acids with breakfast and 1 with dinner/day for the first week, 2 capsules in the morning and one capsule in the evening for the second week and then 2 capsules with breakfast and 2 with dinner/day for the remaining 24 weeks.", None,
     [], None),  # capsule counts, no amount with a unit
    ("non-doses", _T + "NCT03936621:detailed_description", "Blood test for CRP level (about 6 ml or 1 teaspoon)", None,
     [], None),  # blood drawn, not a dose
    # ------------------------------------------------------------------ NCT0394xxxx
    ("agents", _T + "NCT03946514:intervention", "losartan 100 mg/hydrochlorothiazide 25 mg single-pill combination", "losartan/hydrochlorothiazide",
     [D(100, "mg", "losartan"), D(25, "mg", "hydrochlorothiazide")], None),  # "mg/hydrochlorothiazide" is not a unit per anything
    ("agents", _T + "NCT03946514:intervention", "amlodipine besylate tablets (5 mg / tablet) + hydrochlorothiazide tablets (25 mg / tablet)", "amlodipine/hydrochlorothiazide",
     [D(5, "mg", "amlodipine besylate"), D(25, "mg", "hydrochlorothiazide")], None),  # tablet strengths
    ("agents", _T + "NCT03946514:brief_summary", "Losartan 100 mg/hydrochlorothiazide 25 mg single-pill fixed combination;\n           amlodipine besylate tablet (5 mg/tablet); hydrochlorothiazide tablets (25 mg/tablet)", None,
     [D(100, "mg", "Losartan"), D(25, "mg", "hydrochlorothiazide"), D(5, "mg", "amlodipine besylate")], None),  # 25 mg hydrochlorothiazide said twice, same schedule: listed once
    ("schedules", _T + "NCT03946527:intervention", "Participants will receive lanreotide 120 mg deep subcutaneous injection every 4 weeks (±7 days) for 52 weeks", "Lanreotide",
     [D(120, "mg", "lanreotide")], None),  # "±7 days" is a visit window, not a dose
    ("schedules", _T + "NCT03946527:intervention", "followed by an extension phase in which all patients will continue to receive lanreotide 120 mg injection every 4 weeks (±7 days) if there is no evidence of disease progression.", "Lanreotide",
     [D(120, "mg", "lanreotide")], None),
    ("units", _T + "NCT03946657:arm", "Propofol infusion (4-8 mg/kg of total body weight/h) were used in the TIVA group.", None,
     [D((4, 8), "mg/kg/h", "Propofol")], None),  # "mg/kg of total body weight/h" is mg/kg/h
    ("units", _T + "NCT03946657:intervention", "Oxygen/air (fraction of inspired oxygen (FiO2) of 0.40), inspiratory fresh gas flow of 2 L/min), sevoflurane (1 minimum alveolar concentration [MAC]) and remifentanil IV infusion (0.1-0.25 mcg/kg of LBW/min) were used.Neuromuscular blockade was performed during the operation by rocuronium infusion (0.3-0.7 mg/kg of LBW/h), ensuring that PTC was zero.", "Inhalational anesthetic",
     [D((0.1, 0.25), "ug/kg/min", "remifentanil"), D((0.3, 0.7), "mg/kg/h", "rocuronium")], None),  # unsure: FiO2 0.40, a 2 L/min gas flow and 1 MAC read as settings, not doses
    ("agents", _T + "NCT03946657:detailed_description", "All patients were administered 300 mg of oral ranitidine the night before the surgery and 10\n      mg intravenous (IV) metoclopramide in combination with 150 mg ranitidine one hour before\n      arrival to the operating room.", None,
     [D(300, "mg", "ranitidine"), D(10, "mg", "metoclopramide"), D(150, "mg", "ranitidine")], None),  # "10" and "mg" on two lines
    # ------------------------------------------------------------------ NCT0395xxxx
    ("units", _T + "NCT03956524:intervention", "Single 0.5 mL dose of TCV of EuBiologics co., Ltd.", "EuTCV",
     [D(0.5, "mL", "TCV")], None),  # unsure: agent as written ("TCV"), not the intervention name EuTCV
    ("agents", _T + "NCT03956524:intervention", "Single 0.5 mL dose of Vi capsular polysaccharide vaccine of Sanofi Pasteur", "Typhim Vi®",
     [D(0.5, "mL", "Vi capsular polysaccharide vaccine")], None),
    ("non-doses", _T + "NCT03956524:arm", "Single dose of EuTCV will be administered intramuscularly", None,
     [], None),  # "single dose" states no amount
    # ------------------------------------------------------------------ NCT0401xxxx
    ("units", _T + "NCT04016714:arm", "Infant participants will receive a single 0.5 mL intramuscular (IM) injection of V114 at Visit 1, 2 and 4 (approximately 3, 5, and 12 months of age).", None,
     [D(0.5, "mL", "V114")], None),  # visit numbers and ages are not doses
    ("agents", _T + "NCT04016714:intervention", "15-valent pneumococcal conjugate vaccine with serotypes 1, 3, 4, 5, 6A, 7F, 9V, 14, 18C, 19A, 19F, 22F, 23F, 33F, serotype 6B and aluminum phosphate adjuvant in each 0.5 mL dose.", "V114",
     [D(0.5, "mL", "15-valent pneumococcal conjugate vaccine")], None),  # unsure (agent): the vaccine as the text names it; serotype numbers are not doses
    ("units", _T + "NCT04016714:intervention", "13-valent pneumococcal conjugate vaccine with serotypes 1, 3, 4, 5, 6A, 7F, 9V, 14, 18C, 19A, 19F, 23F, serotype 6B in each 0.5. mL dose.", "Prevnar 13®",
     [D(0.5, "mL", "13-valent pneumococcal conjugate vaccine")], None),  # "0.5. mL" (stray full stop) read as 0.5 mL
    ("units", _T + "NCT04016727:arm", "patients in which 60 units of prp was injected", None,
     [D(60, "U", "prp")], None),
    ("units", _T + "NCT04016727:brief_summary", "PRP from 5 ml blood was prepared and 60 units were injected into the buccal vestibule of\n      patient before initiating canine retraction using NiTi coil spring.", None,
     [D(60, "U", "PRP")], None),  # 5 ml of blood is the source, not a dose
    ("non-doses", _T + "NCT04016727:detailed_description", "The production of PRP began with\n      a 6-mL homologous blood sample that was withdrawn from the donor via venupuncture.", None,
     [], None),  # blood drawn, not a dose
    ("units", _T + "NCT04016740:arm", "Ketamine (0.06 to 0.12 mg.kg/hr)\nRemifentanil (0.05-0.2 mcg/kg/min)\nDexmedetomidine (0.2-1.0 mcg/kg/hr)", None,
     [D((0.06, 0.12), "mg/kg/h", "Ketamine"), D((0.05, 0.2), "ug/kg/min", "Remifentanil"), D((0.2, 1.0), "ug/kg/h", "Dexmedetomidine")], None),  # "mg.kg/hr" read as mg/kg/h
    ("ranges", _T + "NCT04016740:arm", "Dexmedetomidine infusion 0.2-1.4 mcg/kg/hr (EEG guided)", None,
     [D((0.2, 1.4), "ug/kg/h", "Dexmedetomidine")], None),
    ("agents", _T + "NCT04016740:intervention", "Intraoperative bilateral PIFB block with 20 mL of 0.25% Ropivicaine on either side of the sternum after anesthetic induction but before surgical incision", "Ropivacaine",
     [D(20, "mL", "Ropivicaine")], None),  # agent as the text spells it; 0.25% is a concentration
    ("scientific", _T + "NCT04016753:intervention", "30 mg(6ml)", "BMS-986256",
     [D(30, "mg", "BMS-986256"), D(6, "mL", "BMS-986256")], None),  # amount and its volume, both (as "0.5ml (25 micrograms) of Fentanyl"); no agent in the phrase
    ("agents", _T + "NCT04016753:intervention", "1.5 mg Norethindrone and 30ug ethinyl estradiol", "Loestrin",
     [D(1.5, "mg", "Norethindrone"), D(30, "ug", "ethinyl estradiol")], None),
    ("ranges", _T + "NCT04016779:intervention", "200-600 mg SPN-812 will be administered once daily and compared to Placebo", "200-600 mg SPN-812",
     [D((200, 600), "mg", "SPN-812")], None),
    ("non-doses", _T + "NCT04016779:intervention", "Placebo will be administered once daily", "Placebo",
     [], None),  # a schedule with no amount
    ("amounts", _T + "NCT04016792:arm", "200 mg SPN-812", None,
     [D(200, "mg", "SPN-812")], None),
    ("units", _T + "NCT04016792:detailed_description", "This is a Phase 3, randomized, double-blind, placebo-controlled, parallel-group, 2-arm,\n      analog classroom study to evaluate the efficacy and safety of 200 mg/day SPN-812 compared to\n      placebo in the treatment of children aged 6 through 11 years with ADHD.", None,
     [D(200, "mg/day", "SPN-812")], None),  # phase, arm count and ages are not doses
    ("agents", _T + "NCT04016792:intervention", "200 mg SPN-812 will be administered once daily and compared to Placebo", "200 mg SPN-812",
     [D(200, "mg", "SPN-812")], None),
    ("schedules", _T + "NCT04016805:arm", "ublituximab: 900 mg; to be administered once every cycle through cycle 6, then every 3 cycles thereafter\numbralisib: 800 mg; to be administered daily\nibrutinib: dose tolerated by subject; to be administered daily", None,
     [D(900, "mg", "ublituximab"), D(800, "mg", "umbralisib")], None),  # cycle numbers are not doses; ibrutinib has no amount
    ("non-doses", _T + "NCT04016805:intervention", "Phosphoinositide-3-kinase (PI3K) delta inhibitor\nTablet form, to taken orally on a daily basis", "Umbralisib",
     [], None),
    ("units", _T + "NCT04016818:intervention", "Participant will be injected IV (intravenously) with 10 ± 2 mCi of 18F-FDG.", "18F-FDG",
     [D(10, "mCi", "18F-FDG")], None),  # "± 2" is a tolerance (as "33 ± 4 Gy" -> 33 Gy)
    ("non-doses", _T + "NCT04016818:arm", "Breast-Dedicated PET Camera will be used with standard PET 18-F FDG tracer dose", None,
     [], None),  # "18-F" is the isotope, no amount
    ("non-doses", _T + "NCT04016818:detailed_description", "given the 10-fold higher sensitivity of this novel\n      camera, how low we can go with administered tracer dose, and, given the >100-fold better\n      volumetric spatial resolution", None,
     [], None),  # fold changes, not doses
]


HOLDOUT64: list[Row] = [
    # ------------------------------------------------------------------ NCT0404xxxx
    ("units", _T + "NCT04046510:arm", "the patients of this group recieved conventionnal doses of ocytocin after foetal extraction in C section: 5IU in bolus followed by 15IU in continuous infusion", None,
     [D(5, "IU", "ocytocin"), D(15, "IU", "ocytocin")], None),
    ("units", _T + "NCT04046510:arm", "2IU in bolus followed by 5 IU in continuous infusion", None,
     [D(2, "IU"), D(5, "IU")], None),  # the phrase names no drug
    ("non-doses", _T + "NCT04046510:intervention", "Administration of lower doses of Ocytocin in bolus and continuous infusion", "Ocytocin",
     [], None),
    ("agents", _T + "NCT04046614:intervention", "Expansion phase: Nintedanib RP2D + nivolumab 240 mg Q2W until progression of disease.", "nintedanib-nivolumab combination therapy",
     [D(240, "mg", "nivolumab")], None),  # RP2D is no amount
    ("non-doses", _T + "NCT04046614:intervention", "The recommended phase 2 dose (RP2D) will be the highest dose in which the frequency of DLTs is less than 33% if no other safety or feasibility considerations prevail.", "nintedanib-nivolumab combination therapy",
     [], None),  # a percentage of DLTs
    # ------------------------------------------------------------------ NCT0406xxxx
    ("units", _T + "NCT04066491:intervention", "Participants will receive Bintrafusp alfa intravenously at a dose of 2400 milligram (mg) once every 3 weeks (Q3W)", "Bintrafusp alfa",
     [D(2400, "mg", "Bintrafusp alfa")], None),
    ("schedules", _T + "NCT04066491:intervention", "Gemcitabine will be received intravenously at a dose of 1000 milligram per meter square (mg/m^2) on Day 1 and Day 8 of 21- day cycle, for 8 cycles every 3 weeks (Q3W).", "Gemcitabine",
     [D(1000, "mg/m2", "Gemcitabine", days=[1, 8])], None),
    ("schedules", _T + "NCT04066491:intervention", "Cisplatin will be received intravenously at a dose of 25 mg/m^2 on Day 1 and Day 8 of 21-day cycle, for 8 cycles every 3 weeks (Q3W).", "Cisplatin",
     [D(25, "mg/m2", "Cisplatin", days=[1, 8])], None),
    # ------------------------------------------------------------------ NCT0411xxxx
    ("amounts", _T + "NCT04116502:intervention", "10mg of ruxolitinib twice daily (bd)", "Ruxolitinib",
     [D(10, "mg", "ruxolitinib")], None),
    ("units", _T + "NCT04116528:arm", "Every eligible participant will receive 0.5mg/kg IV given over 40 minutes", None,
     [D(0.5, "mg/kg")], None),  # the phrase names no drug
    ("units", _T + "NCT04116528:intervention", "0.5mg/kg", "Ketamine",
     [D(0.5, "mg/kg", "Ketamine")], None),
    ("ranges", _T + "NCT04116528:intervention", "Buprenorphine (0.2-0.8mg/day) or Placebo orally dissolving tablet", "Buprenorphine",
     [D((0.2, 0.8), "mg/day", "Buprenorphine")], None),
    # ------------------------------------------------------------------ NCT0407xxxx
    ("units", _T + "NCT04076748:arm", "* Morphine IV: Load dose: 0.1mg. kg-1 as soon as possible; Then bolus: 3mg / 5 minutes.", None,
     [D(0.1, "mg/kg", "Morphine"), D(3, "mg", "Morphine")], None),  # unsure: "3mg / 5 minutes" read as a 3 mg bolus repeated every 5 minutes, not a rate
    ("amounts", _T + "NCT04076748:arm", "Morphine IV: 3 mg / 5 minutes.", None,
     [D(3, "mg", "Morphine")], None),  # as above
    ("non-doses", _T + "NCT04076748:arm", "Objective: numeric rating scale (NRS) ≤ 3/10.", None,
     [], None),  # a pain score
    ("schedules", _T + "NCT04076761:arm", "FTD/TPI at 35 mg/m2 (based on BSA) that is administered in tablet form, orally, twice daily, within one hour of morning and evening meals, on days 1-5 and days 8-12 of a 28 day cycle.", None,
     [D(35, "mg/m2", "FTD/TPI", days=[1, 2, 3, 4, 5, 8, 9, 10, 11, 12])], None),
    # ------------------------------------------------------------------ NCT0414xxxx
    ("amounts", _T + "NCT04146532:arm", "Single dose of a 500 mg aspirin tablet.", None,
     [D(500, "mg", "aspirin")], None),
    ("amounts", _T + "NCT04146532:arm", "Single dose of a 500mg placebo tablet.", None,
     [D(500, "mg", "placebo")], None),  # unsure: a placebo tablet's weight, labelled as the table labels "100 mL of 0.9% normal saline" placebo
    ("agents", _T + "NCT04146532:detailed_description", "participants will receive either placebo or a pain-relieving dose of\n      aspirin (500mg). One hour later they will complete 30 minutes of tasks.", None,
     [D(500, "mg", "aspirin")], None),  # 30 minutes is a duration
    # ------------------------------------------------------------------ NCT0411xxxx (3)
    ("amounts", _T + "NCT04116541:intervention", "HDM201 120mg, Every 3 weeks, Per os", "HDM201",
     [D(120, "mg", "HDM201")], None),
    ("units", _T + "NCT04116541:intervention", "Ribociclib 200mg/day, once daily 2 weeks on/1 week off, Per os", "Ribociclib",
     [D(200, "mg/day", "Ribociclib")], None),
    ("units", _T + "NCT04116541:intervention", "Cabozantinib, 60 mg /day, continuous, Per os", "Cabozantinib",
     [D(60, "mg/day", "Cabozantinib")], None),
    # ------------------------------------------------------------------ NCT0406xxxx (2)
    ("amounts", _T + "NCT04066595:intervention", "60 mg cabozantinib oral daily.", "Cabozantinib",
     [D(60, "mg", "cabozantinib")], None),
    ("amounts", _T + "NCT04066595:intervention", "When dose reduction is necessary, it is recommended to reduce to 40 mg daily, and then to 20 mg daily.", "Cabozantinib",
     [D(40, "mg", "Cabozantinib"), D(20, "mg", "Cabozantinib")], None),  # the sentence names no drug: the intervention name passed in
    # ------------------------------------------------------------------ NCT0411xxxx (4)
    ("agents", _T + "NCT04116554:arm", "which will have an ultrasound-guided bilateral transversus thoracic muscle plane (TTP) block by injection of 20 mL of 0.25% bupivacaine and the same procedure will be repeated on the other side.", None,
     [D(20, "mL", "bupivacaine")], None),  # 0.25% is a concentration
    ("agents", _T + "NCT04116554:arm", "which will have sham block bilaterally by injection of 20 ml of 0.9%saline will be injected on each side.", None,
     [D(20, "mL", "saline")], None),  # unsure: agent glued to the percentage ("0.9%saline")
    ("ranges", _T + "NCT04116554:detailed_description", "the patients will receive intravenous\n      heparin (300-500 units/kg body weight) to achieve an activated clotting time >480s.", None,
     [D((300, 500), "U/kg", "heparin")], None),  # >480s is a clotting time
    ("units", _T + "NCT04066621:intervention", "daily dose was 75 mg/kg by weight, 1-2 times ivgtt per day, 4 to 14 days", "Ceftriaxone Sodium and Sulbactam Sodium for Injection",
     [D(75, "mg/kg", "Ceftriaxone Sodium and Sulbactam Sodium for Injection")], None),  # unit as written (mg/kg, a daily dose); the phrase names no drug
    ("non-doses", _T + "NCT04066621:arm", "Ceftriaxone Sodium and Sulbactam Sodium for Injection(2:1)", None,
     [], None),  # a ratio of the two drugs
    # ------------------------------------------------------------------ NCT0404xxxx (3)
    ("ranges", _T + "NCT04046744:intervention", "axillary block with 20-30 ml Lidocaine 1,5% + radial and medial nerve block at the elbow with 5-7 ml Ropivacaine 0,5%.", "Axillary brachial plexus block with a short-acting local anesthetic + Analgesic block at the elbow with a long-acting local anesthetic",
     [D((20, 30), "mL", "Lidocaine"), D((5, 7), "mL", "Ropivacaine")], None),  # 1,5% and 0,5% are concentrations (decimal commas)
    ("ranges", _T + "NCT04046744:intervention", "axillary block with 20-30 ml Ropivacaine 0,5%", "Ropivacaine",
     [D((20, 30), "mL", "Ropivacaine")], None),
    ("ranges", _T + "NCT04046744:intervention", "axillary block with 20-30 ml Lidocaine 1,5%", "Lidocaine",
     [D((20, 30), "mL", "Lidocaine")], None),
    # ------------------------------------------------------------------ NCT0406xxxx (4)
    ("amounts", _T + "NCT04066647:arm", "Single arm study in which all healthy controls will receive 1 mg of dexamethasone intravenous (IV) injection.", None,
     [D(1, "mg", "dexamethasone")], None),
    ("amounts", _T + "NCT04066647:intervention", "1 mg IV dexamethasone will be pushed and miRNA levels will be checked at baseline just before injection and then at 15, 30, 45, and 60 minutes after injection.", "Dexamethasone 4mg",
     [D(1, "mg", "dexamethasone")], None),  # the intervention's name says 4mg; the phrase gives 1 mg
    ("amounts", _T + "NCT04066647:brief_summary", "For the latter, 1 mg dexamethasone is given orally at midnight. Oral formula\n      absorption in the gut can range from 20 to 60 minutes due to the presence of food and other\n      factors.", None,
     [D(1, "mg", "dexamethasone")], None),  # 20 to 60 minutes is a time
    # ------------------------------------------------------------------ NCT0416xxxx
    ("units", _T + "NCT04166565:intervention", "Daratumumab 16 mg/kg will be administered by i.v. infusion. Daratumumab will be administered weekly in Cycles 1 and 2, then every 2 weeks for Cycles 3-6, and thereafter every month up to 36 months.", "Daratumumab",
     [D(16, "mg/kg", "Daratumumab")], None),
    ("schedules", _T + "NCT04166565:intervention", "Bortezomib 1.5 mg/m2 bortezomib will be administered by a subcutaneous injection once weekly (Days 1, 8, 15 and 22) in all cycles.", "Bortezomib",
     [D(1.5, "mg/m2", "Bortezomib", days=[1, 8, 15, 22])], None),
    ("schedules", _T + "NCT04166565:intervention", "Cyclophosphamide 300 mg/m2 will be administered as a p.o. or i.v. weekly dose (Days 1, 8, 15, and 22) in every 28-day cycle (maximum weekly dose 500 mg).", "Cyclophosphamide",
     [D(300, "mg/m2", "Cyclophosphamide", days=[1, 8, 15, 22]), D(500, "mg", "Cyclophosphamide")], None),  # a weekly cap labelled as the table labels "maximal dose 50 ml/kg"
    ("units", _T + "NCT04166604:arm", "35mg/m² BID (PER OS) (one cycle every 4 weeks)", None,
     [D(35, "mg/m2")], None),  # the phrase names no drug
    ("schedules", _T + "NCT04166604:intervention", "Days 1 through 5: 35mg/m2 (twice daily)\nDays 6 through 7: recovery\nDays 8 through 12: 35mg/m2 (twice daily)", "Trifluridine/Tipiracil",
     [D(35, "mg/m2", "Trifluridine/Tipiracil", days=[1, 2, 3, 4, 5]), D(35, "mg/m2", "Trifluridine/Tipiracil", days=[8, 9, 10, 11, 12])], None),  # same amount, two schedules: listed twice
    ("units", _T + "NCT04166604:intervention", "a starting 5 mg/kg/day dose of filgrastim or lenograstim as a single daily injection, for 5 days, from day 14 to day 18", "Trifluridine/Tipiracil",
     [D(5, "mg/kg/day", "filgrastim", days=[14, 15, 16, 17, 18])], None),  # unsure: agent of "filgrastim or lenograstim" taken as the first name; unit as written (mg, though G-CSF is dosed in ug)
    # ------------------------------------------------------------------ NCT0414xxxx (2)
    ("scientific", _T + "NCT04146623:intervention", "CodaVax-H1N1, a live attenuated vaccine (LAIV) strain based on the A/California/07/2009 (H1N1) influenza virus, administered once intranasally via a sprayer at a dose of 8 x10^5 plaque forming units (PFU).", "CodaVax-H1N1 influenza vaccine",
     [D(8e5, "PFU", "CodaVax-H1N1")], None),  # A/California/07/2009 is a strain name
    ("non-doses", _T + "NCT04146623:arm", "Saline (0.9%)", None,
     [], None),  # a concentration only
    # ------------------------------------------------------------------ NCT0407xxxx (2)
    ("ranges", _T + "NCT04076826:intervention", "Dexmedetomidine infusion will be commenced in accordance with the hospital's local sedation protocol, without a loading dose, at a rate of 0.1 - 1.4 mcg/kg/hour to maintain sedation", "Dexmedetomidine",
     [D((0.1, 1.4), "ug/kg/h", "Dexmedetomidine")], None),
    ("non-doses", _T + "NCT04076826:intervention", "Infusion will be continued until sedation is no longer clinically indicated up to a maximum of 7 days after enrolment.", "Dexmedetomidine",
     [], None),  # a duration
    # ------------------------------------------------------------------ NCT0416xxxx (3)
    ("units", _T + "NCT04166656:arm", "Two doses of 0.5 ml each at one month intervals, followed by a third dose given at 6 months after the second dose.", None,
     [D(0.5, "mL")], None),  # the phrase names no vaccine
    ("units", _T + "NCT04166656:intervention", "Trumenba® (Pfizer): Suspension for intramuscular injection in 0.5 mL single-dose prefilled.", "Trumenba®",
     [D(0.5, "mL", "Trumenba®")], None),
    ("non-doses", _T + "NCT04166656:detailed_description", "we proposed in this study to evaluate two reinforced strategies with 3\n      administrations (M0, M1, and M6) of Bexsero® or Trumenba ®.", None,
     [], None),  # a count of administrations and month labels
    # ------------------------------------------------------------------ NCT0407xxxx (3)
    ("non-doses", _T + "NCT04076865:intervention", "a local anaesthetic cream consisting of equal parts of lidocaine and prilocaine (1g contains 25 mg of lidocaine and 25 mg of prilocaine, AstraZeneca A/S, Albertslund, Denmark).", "EMLA (lidocaine) +Itch (Histamine and cowhage)",
     [], None),  # unsure: the cream's composition per gram (25 mg/g), a concentration as "40 mg/mL", not an amount given
    ("non-doses", _T + "NCT04076865:intervention", "Cowhage: Cowhage spicules are 1-2 mm in length and have diameter of 1-3 um at their tip", "EMLA (lidocaine) +Itch (Histamine and cowhage)",
     [], None),  # lengths; "um" is micrometres
    # ------------------------------------------------------------------ NCT0416xxxx (4)
    ("levels", _T + "NCT04166669:intervention", "Cohort 1 Day 1: APX001 500 mg IV BID over a 3-hour infusion; Day 18: APX001 500 mg IV BID over a 3-hour infusion. Cohort 2 Day 1: APX001 1000 mg IV BID over a 3-hour infusion; Day 24: APX001 1000 mg IV BID over a 3-hour infusion.", "APX001",
     [D(500, "mg", "APX001", level="Cohort 1", days=[1]), D(500, "mg", "APX001", level="Cohort 1", days=[18]),
      D(1000, "mg", "APX001", level="Cohort 2", days=[1]), D(1000, "mg", "APX001", level="Cohort 2", days=[24])], None),  # unsure: "Cohort 1/2" taken as level; the same amount on two days listed twice
    ("schedules", _T + "NCT04166669:intervention", "Cohort 1 Days 15-30: itraconazole 200 mg oral solution QD.", "Itraconazole",
     [D(200, "mg", "itraconazole", level="Cohort 1", days=list(range(15, 31)))], None),
    ("schedules", _T + "NCT04166669:intervention", "Cohort 2 Days 15-33: rifampin 600 mg oral QD.", "Rifampin",
     [D(600, "mg", "rifampin", level="Cohort 2", days=list(range(15, 34)))], None),
    # ------------------------------------------------------------------ NCT0411xxxx (5)
    ("agents", _T + "NCT04116606:arm", "The drug is presented in oral capsules, each capsule containing 50 mg of JNJ-54175446. Participants will be asked to self-administer one capsule daily for 8 weeks.", None,
     [D(50, "mg", "JNJ-54175446")], None),
    ("units", _T + "NCT04116606:brief_summary", "Eligible participants\n      will be randomly allocated to receive either 50mg/day JNJ-54175446 or placebo for 8 weeks.", None,
     [D(50, "mg/day", "JNJ-54175446")], None),
    ("non-doses", _T + "NCT04116606:detailed_description", "Each clinic visit will last between\n      1.5 hours to 5 hours. Participants will have to be fasted overnight (10 hrs) prior to\n      baseline visit 1 and visit 4 for biomarker blood samples.", None,
     [], None),  # durations
]


HOLDOUT65: list[Row] = [
    # ------------------------------------------------------------------ NCT0421xxxx
    ("amounts", _T + "NCT04216589:arm", "All participants will receive a dose of 0.25 mg of semaglutide weekly starting at study entry, followed by 0.5 mg weekly starting at Week 2, and then 1.0 mg weekly from Weeks 4 through 24.", None,
     [D(0.25, "mg", "semaglutide"), D(0.5, "mg", "semaglutide"), D(1.0, "mg", "semaglutide")], None),
    ("non-doses", _T + "NCT04216589:detailed_description", "All participants will receive semaglutide subcutaneously once weekly for 24 weeks, followed\n      by 24 weeks of observation off of the study drug.", None,
     [], None),  # durations only
    ("amounts", _T + "NCT04216693:arm", "The initial dose will be selected with the goal of achieving a serum digoxin concentration of 0.7-1 ng/ml, a dose range recommended for heart failure patients. A dose of 0.0625, 0.125 or 0.25 mg daily will be selected based on a normogram.", None,
     [D(0.0625, "mg", "digoxin"), D(0.125, "mg", "digoxin"), D(0.25, "mg", "digoxin")], None),  # unsure: agent from the sentence before; 0.7-1 ng/ml is a serum target, no dose
    ("non-doses", _T + "NCT04216693:intervention", "The NASH patients in experimental group will take digoxin tablets orally with the goal of achieving a serum digoxin concentration of 0.7-1 ng/ml for 24 weeks.", "Digoxin tablet",
     [], None),  # a serum concentration target
    # ------------------------------------------------------------------ NCT0423xxxx
    ("amounts", _T + "NCT04236635:arm", "Approximately 0.07mg EN3835 (Collagenase Clostridium Histolyticum) in each injection.", None,
     [D(0.07, "mg", "EN3835")], None),
    # ------------------------------------------------------------------ NCT0424xxxx
    ("amounts", _T + "NCT04246489:intervention", "Participants will receive an intravenous infusion of 1200 milligrams (mg) bintrafusp alfa once every 2 weeks", "Bintrafusp alfa",
     [D(1200, "mg", "bintrafusp alfa")], None),
    ("amounts", _T + "NCT04246502:intervention", "Pyrotinib 400mg orally daily until progressive disease", "Capecitabine and Pyrotinib",
     [D(400, "mg", "Pyrotinib")], None),
    ("agents", _T + "NCT04246541:intervention", "Patients will receive IV ketorolac during surgery followed by 3 days of oral ketorolac (10 mg every 6 hours) for pain control.", "Ketorolac",
     [D(10, "mg", "ketorolac")], None),
    ("agents", _T + "NCT04246541:intervention", "Patients will be discharged with oxycodone-acetaminophen (5mg-325mg) PRN for pain control after surgery.", "Oxycodone-Acetaminophen",
     [D(5, "mg", "oxycodone"), D(325, "mg", "acetaminophen")], None),  # unsure: a combination strength (as "24/26 mg sacubitril/valsartan"), not a 5-325 mg range
    ("non-doses", _T + "NCT04246541:arm", "They will then receive 3 days of oral ketorolac every 6 hours for pain control following surgery.", None,
     [], None),  # durations and an interval only
    ("agents", _T + "NCT04246554:arm", "Patients receive IV ketorolac followed by ketorolac 10 mg every 6 hours for 3 days following ACL reconstruction surgery. Patients are additionally discharged with oxycodone- acetaminophen (5mg-325mg) 28 tablets PRN for additional pain control", None,
     [D(10, "mg", "ketorolac"), D(5, "mg", "oxycodone"), D(325, "mg", "acetaminophen")], None),  # unsure: as NCT04246541; "28 tablets" is a count
    ("agents", _T + "NCT04246554:arm", "Patients receive oxycodone- acetaminophen (5mg-325mg) 28 tablets PRN for pain following ACL reconstruction surgery", None,
     [D(5, "mg", "oxycodone"), D(325, "mg", "acetaminophen")], None),  # unsure: as above
    ("ranges", _T + "NCT04246567:arm", "Mean blood pressure (MBP) 50-65 mmHg was applied with 6-10 mg / kg / h propofol", None,
     [D((6, 10), "mg/kg/h", "propofol")], None),  # 50-65 mmHg is a blood-pressure target
    ("units", _T + "NCT04246567:intervention", "When BIS values are between 40-60 and muscle relaxation was sufficient (TOF 0), a 20% increase in the initial blood pressure and heart rate values of patients were added to 0.5 mcg / kg fentanyl.", "Add to 0.5 mcg / kg fentanyl.",
     [D(0.5, "ug/kg", "fentanyl")], None),  # 20% is a rise in blood pressure
    ("non-doses", _T + "NCT04246567:arm", "5 ml of blood was taken from the untreated arm of all patients to the HIF1a, TAS and TOS values and sent to the biochemistry laboratory", None,
     [], None),  # blood drawn
    ("amounts", _T + "NCT04246619:intervention", "Pregabalin Krka (pregabalin) hard capsules of different strenghts: 25 mg, 75 mg, 150 mg, 300 mg.", "Pregabalin",
     [D(25, "mg", "Pregabalin Krka"), D(75, "mg", "Pregabalin Krka"), D(150, "mg", "Pregabalin Krka"), D(300, "mg", "Pregabalin Krka")], None),  # capsule strengths, as the table's tablet strengths
    ("units", _T + "NCT04246619:arm", "Total Pregabalin Krka daily dose: 25 mg/day\nTotal Pregabalin Krka daily dose: 50 mg/day\nTotal Pregabalin Krka daily dose: 75 mg/day", None,
     [D(25, "mg/day", "Pregabalin Krka"), D(50, "mg/day", "Pregabalin Krka"), D(75, "mg/day", "Pregabalin Krka")], None),
    ("non-doses", _T + "NCT04246619:detailed_description", "If average pain intensity in PDPN in last 24-h equal or below 30 mm (measured by VAS) is\n           NOT achieved, the investigator can increase the dose;", None,
     [], None),  # 30 mm on a pain scale
    # ------------------------------------------------------------------ NCT0425xxxx
    ("units", _T + "NCT04256525:detailed_description", "Drug 1: Aspirin, 100mg/day orally; Drug 2: rivaroxaban, 10mg/day\n      orally; Drug 3: low molecule heparin, 4000IU(0.4ml)/day subcutaneous injection", None,
     [D(100, "mg/day", "Aspirin"), D(10, "mg/day", "rivaroxaban"), D(4000, "IU/day", "low molecule heparin"), D(0.4, "mL/day", "low molecule heparin")], None),  # unsure: "/day" after the volume in parentheses carried to both amount and volume
    ("amounts", _T + "NCT04256525:intervention", "10mg orally per day", "Rivaroxaban 10mg",
     [D(10, "mg", "Rivaroxaban 10mg")], None),  # unsure: "per day" parted from the amount by "orally" (as the table's "4.5 g of resistant starch ..., per day" -> g)
    ("units", _T + "NCT04256525:intervention", "0.4ml per day subcutaneous injection", "low molecule heparin",
     [D(0.4, "mL/day", "low molecule heparin")], None),
    ("amounts", _T + "NCT04256655:arm", "Randomized to treatment with either CDX-6114 0.225g or matching Placebo", None,
     [D(0.225, "g", "CDX-6114")], None),
    ("amounts", _T + "NCT04256655:arm", "Randomized to treatment with either CDX-6114 2.25 g or matching Placebo", None,
     [D(2.25, "g", "CDX-6114")], None),
    # ------------------------------------------------------------------ NCT0426xxxx
    ("schedules", _T + "NCT04266509:arm", "In Period 2, participants will receive rifampin 600 mg QD in the mornings of Day 1 to Day 7, in the morning of Day 8 participants will be administered with rifampin 600 mg 2 hour prior to administration of a single 50 mg oral dose of PF-06651600.", None,
     [D(600, "mg", "rifampin", days=list(range(1, 8))), D(600, "mg", "rifampin", days=[8]), D(50, "mg", "PF-06651600", days=[8])], None),  # unsure: day 8 carried to the PF-06651600 dose of the same clause
    ("units", _T + "NCT04266509:intervention", "50 milligram (mg) tablet", "PF-06651600",
     [D(50, "mg", "PF-06651600")], None),
    ("amounts", _T + "NCT04266509:intervention", "600 mg provided as two 300 mg capsules.", "Rifampin",
     [D(600, "mg", "Rifampin"), D(300, "mg", "Rifampin")], None),
    ("units", _T + "NCT04266665:intervention", "Equivalent doses for a solution containing 2mcg/ml of the tested drug calculating for a bolus 1mg/kg for 10 minutes", "Normal saline",
     [D(1, "mg/kg", "Normal saline")], None),  # unsure: 2 mcg/ml is a concentration (no dose); the bolus names no drug, so the intervention name
    ("non-doses", _T + "NCT04266665:detailed_description", "Protective mechanical ventilation will be chosen (7ml/kg IBW) with a respiratory rate to\n      obtain a PaCO2 of 35-40 mmHg.", None,
     [], None),  # a ventilator tidal volume and a CO2 target
]


HOLDOUT66: list[Row] = [
    # ------------------------------------------------------------------ NCT0431xxxx
    ("amounts", _T + "NCT04316494:arm", "Patients will be receive 400mg of Hydroxychloroquine (2 x 200mg) to take daily for 52 weeks.", None,
     [D(400, "mg", "Hydroxychloroquine"), D(200, "mg", "Hydroxychloroquine")], None),  # "(2 x 200mg)": tablet strength, listed as the table lists "2*2 tablets of 150 mg"
    ("amounts", _T + "NCT04316494:arm", "Hydroxychloroquine will be started at a dose of 200mg an up-titrated after the first week to a maximum daily dose of 400mg.", None,
     [D(200, "mg", "Hydroxychloroquine"), D(400, "mg", "Hydroxychloroquine")], None),
    ("amounts", _T + "NCT04316494:arm", "Patients weighing <50kg, or those patients with an eGFR of 30-50mL/min, will receive a reduced dose of 200mg daily.", None,
     [D(200, "mg")], None),  # a body weight and an eGFR range beside the one dose; the phrase names no drug
    # ------------------------------------------------------------------ NCT0428xxxx
    ("units", _T + "NCT04286529:arm", "Calcitriol (1,25(OH)2D3) 0.25mcg capsule daily for eight weeks.", None,
     [D(0.25, "ug", "Calcitriol")], None),  # "1,25(OH)2D3" is the chemical name, no amount
    ("units", _T + "NCT04286529:arm", "0.25mcg capsule daily for eight weeks", None,
     [D(0.25, "ug")], None),  # the placebo arms' text (also the tail of the calcitriol arms); names no agent
    ("units", _T + "NCT04286529:intervention", "0.25micrograms, taken daily for eight weeks, orally", "Calcitriol capsules",
     [D(0.25, "ug", "Calcitriol capsules")], None),
    # ------------------------------------------------------------------ NCT0429xxxx
    ("amounts", _T + "NCT04296578:arm", "Given orally, 27.5 mg selenite with food (within 30 mins of eating) for 5 weeks and monthly there after", None,
     [D(27.5, "mg", "selenite")], None),  # 30 mins is a time
    ("agents", _T + "NCT04296578:intervention", "Standard of Care (SOC) abiraterone 5 mg PO daily", "Abiraterone Acetate",
     [D(5, "mg", "abiraterone")], None),  # as written (5 mg)
    ("amounts", _T + "NCT04296578:intervention", "11 mg tablets", "Sodium Selenite",
     [D(11, "mg", "Sodium Selenite")], None),  # tablet strength; phrase names no agent -> the intervention name
    # ------------------------------------------------------------------ NCT0429xxxx (2)
    ("amounts", _T + "NCT04296695:arm", "50mg/600mg/300mg", None,
     [D(50, "mg"), D(600, "mg"), D(300, "mg")], None),  # unsure: the arm (B/F/TAF) gives the three component amounts with no names; as written
    ("amounts", _T + "NCT04296695:arm", "300mg/300mg/400mg", None,
     [D(300, "mg"), D(300, "mg"), D(400, "mg")], None),  # unsure: TDF/3TC/EFV components; 300 mg listed twice, as two components (not a repeat of one)
    ("non-doses", _T + "NCT04296695:intervention", "randomized, multicentered, open-lable RCT, one arm with B/F/TAF and one arm with TDF/3TC/EFV", "B/F/TAF",
     [], None),
    # ------------------------------------------------------------------ NCT0431xxxx (2)
    ("units", _T + "NCT04316585:brief_summary", "The study will evaluate the efficacy,\n      safety, pharmacokinetic and pharmacodynamics profile of 960 milligram (mg) GSK2982772\n      administered as a once daily modified release (MR) formulation.", None,
     [D(960, "mg", "GSK2982772")], None),
    ("amounts", _T + "NCT04316585:intervention", "GSK2982772 will be available as MR tablet at a unit dose strength of 480 mg.", "GSK2982772",
     [D(480, "mg", "GSK2982772")], None),
    ("non-doses", _T + "NCT04316585:arm", "Participants will receive GSK2982772 matching placebo oral tablets once daily for 12 weeks.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0428xxxx (2)
    ("units", _T + "NCT04286594:arm", "0.5ml of sublingual CBD solution (30mg/ml) administered twice daily for six weeks.", None,
     [D(0.5, "mL", "CBD")], None),  # 30mg/ml is a concentration, not a dose (as "1.0 mL methylprednisolone acetate 40 mg/mL")
    ("non-doses", _T + "NCT04286594:arm", "Matched placebo solution administered twice daily for six weeks.", None,
     [], None),
    # ------------------------------------------------------------------ NCT0431xxxx (3)
    ("agents", _T + "NCT04316598:intervention", "Subjects will receive a total of 4 inhaled doses of 20 mg of tetrahydrocannabinol (THC) in 3 days.", "Cannabis Sativa",
     [D(20, "mg", "tetrahydrocannabinol")], None),  # "4 inhaled doses" is a count
    ("agents", _T + "NCT04316598:intervention", "The prepared capsules will contain 90 mg of Cannabis flos, equivalent to 20 mg of THC.", "Cannabis Sativa",
     [D(90, "mg", "Cannabis flos"), D(20, "mg", "THC")], None),  # unsure: both amounts listed, as "0.5ml (25 micrograms) of Fentanyl"
    ("non-doses", _T + "NCT04316598:intervention", "Subjects will receive a total of 4 inhaled doses of cannabis placebo (THC <0,2%) in 3 days.", "Cannabis placebo",
     [], None),  # a content percentage and a count
    # ------------------------------------------------------------------ NCT0431xxxx (4)
    ("units", _T + "NCT04316611:intervention", "Direct intravenous injection (IVD) 20 mmol potassium chloride", "Potassium chloride",
     [D(20, "mmol", "potassium chloride")], None),
    ("agents", _T + "NCT04316611:detailed_description", "on direct intravenous administration of 300 mg amiodarone, followed\n      in case of ineffectiveness by an additional direct intravenous administration of 150 mg\n      amiodarone.", None,
     [D(300, "mg", "amiodarone"), D(150, "mg", "amiodarone")], None),
    ("non-doses", _T + "NCT04316611:detailed_description", "The kalemia were at the upper limit of\n      normal (5.5 mmol/l) 10 min after this injection, and normal at 20 min.", None,
     [], None),  # a serum potassium level
    # ------------------------------------------------------------------ NCT0434xxxx
    ("amounts", _T + "NCT04346615:arm", "Vazegepant (BHV-3500) 10 mg intranasal (IN) Q8h for 14 days", None,
     [D(10, "mg", "Vazegepant")], None),
    ("amounts", _T + "NCT04346615:intervention", "10 mg intranasal (IN) for 14 days", "Vazegepant (BHV-3500)",
     [D(10, "mg", "Vazegepant (BHV-3500)")], None),
    ("non-doses", _T + "NCT04346615:arm", "Placebo Q8h for 14 days", None,
     [], None),
    # ------------------------------------------------------------------ NCT0431xxxx (5)
    ("scientific", _T + "NCT04316624:intervention", "Single infusion of C-CAR066 at a target dose of 1.0-9.0x 10^6 CAR+T cells/kg.", "C-CAR066",
     [D((1e6, 9e6), "cells/kg", "C-CAR066")], None),
    ("levels", _T + "NCT04316624:intervention", "Divided into three dose levels: low (1.0-3.0×10^6 CAR+T cells/kg), medium (3.0-6.0×10^6 CAR+T cells/kg) and high (6.0-9.0×10^6 CAR+T cells/kg).", "C-CAR066",
     [D((1e6, 3e6), "cells/kg", "C-CAR066", level="low"), D((3e6, 6e6), "cells/kg", "C-CAR066", level="medium"),
      D((6e6, 9e6), "cells/kg", "C-CAR066", level="high")], None),  # unsure: level labels written as the text names them
    ("non-doses", _T + "NCT04316624:arm", "Autologous C-CAR066 (CD20-directed CAR T-cell) administered by intravenous (IV) infusion", None,
     [], None),
    # ------------------------------------------------------------------ NCT0434xxxx (2)
    ("schedules", _T + "NCT04346628:intervention", "Favipiravir administered orally, 1800 mg on the first dose (day 1) followed by 800 mg twice daily for the next 9 days (days 2-10).", "Favipiravir",
     [D(1800, "mg", "Favipiravir", days=[1]), D(800, "mg", "Favipiravir", days=list(range(2, 11)))], None),
    ("non-doses", _T + "NCT04346628:arm", "In addition to SOC, participants will receive favipiravir for 10 days, and be evaluated for health outcomes through day 28.", None,
     [], None),
    ("non-doses", _T + "NCT04346628:intervention", "Placebo to match favipiravir administered orally through day 10.", "Placebo",
     [], None),
    # ------------------------------------------------------------------ NCT0434xxxx (3)
    ("schedules", _T + "NCT04346654:arm", "Patients will be treated with eltrombopag in combination with a standard high-dose dexamethasone (1 cycle: 40 mg QD from day 1-4) to induce sustained response off treatment.", None,
     [D(40, "mg", "dexamethasone", days=[1, 2, 3, 4])], None),
    ("schedules", _T + "NCT04346654:arm", "Patients will be treated with a standard high-dose dexamethasone (1-3 cycles: 40 mg QD day 1-4 every 28 days) to induce sustained response off treatment", None,
     [D(40, "mg", "dexamethasone", days=[1, 2, 3, 4])], None),  # "1-3 cycles" is a count, "every 28 days" an interval
    ("amounts", _T + "NCT04346654:intervention", "Eltrombopag is for oral use and comes in 25, 50 and 75 mg tablets.", "Eltrombopag",
     [D(25, "mg", "Eltrombopag"), D(50, "mg", "Eltrombopag"), D(75, "mg", "Eltrombopag")], None),  # tablet strengths, as the table's retigabine row
    # ------------------------------------------------------------------ NCT0434xxxx (4)
    ("amounts", _T + "NCT04346667:arm", "Hydroxychloroquine loading dose (400 mg BID for 2 days) followed by 200 mg BID for 4 days plus standard of care", None,
     [D(400, "mg", "Hydroxychloroquine"), D(200, "mg", "Hydroxychloroquine")], None),
    ("amounts", _T + "NCT04346667:arm", "Hydroxychloroquine loading dose (400 mg BID) alone plus standard of care", None,
     [D(400, "mg", "Hydroxychloroquine")], None),
    ("amounts", _T + "NCT04346667:arm", "Chloroquine 500 mg BID for 5 days plus standard of care", None,
     [D(500, "mg", "Chloroquine")], None),
    # ------------------------------------------------------------------ NCT0431xxxx (6)
    ("agents", _T + "NCT04316676:intervention", "Pharmacological stress testing for the CT-MPI scan will be performed with a single injection of 0.4 mg of regadenoson (Lexiscan).", "Regadenoson",
     [D(0.4, "mg", "regadenoson")], None),
    ("ranges", _T + "NCT04316676:intervention", "CT-MPI studies will be contrast medium enhanced by 50-70 ml of iodinated contrast agent, administered at a flow rate of 5 mL/s.", "CT-MPI",
     [D((50, 70), "mL", "iodinated contrast agent")], None),  # unsure: the injection flow rate (5 mL/s) read as no dose
    ("non-doses", _T + "NCT04316676:intervention", "A total radiation dose of approximately 8 millisievert (mSv) has expected to be administered with the stress/rest protocol to the patient.", "CT-FFR",
     [], None),  # unsure: an imaging radiation exposure estimate (mSv), not an amount of an agent
    # ------------------------------------------------------------------ NCT0431xxxx (7)
    ("agents", _T + "NCT04316689:arm", "Each treatment will consist of 1 subcutaneous injection of 1 mL of S- 488210 and 1 subcutaneous injection of 1 mL of S-488211 containing 1 mg each of the 5 peptides.", None,
     [D(1, "mL", "S- 488210"), D(1, "mL", "S-488211"), D(1, "mg")], None),  # unsure: agent spelled as written ("S- 488210"); "1 mg each of the 5 peptides" kept with no agent
    ("non-doses", _T + "NCT04316689:arm", "Participants will receive subcutaneous injections once a week for 4 weeks and then a biweekly extension treatment for 8 weeks.", None,
     [], None),
    ("non-doses", _T + "NCT04316689:intervention", "S-488210 is a freeze-dried injectable formulation containing the following three peptides, S-488201 (a URLC10-derived peptide), S-488202 (a CDCA1-derived peptide) and S-488203 (a KOC1-derived peptide).", "S-488210",
     [], None),  # code numbers, no amount
]


HOLDOUT67: list[Row] = [
    # ------------------------------------------------------------------ NCT0008xxxx
    ("units", _T + "NCT00086489:arm", "pts treated at 15 mg/kg dose level on a quarterly regimen", None,
     [D(15, "mg/kg")], None),  # the arm phrase names no drug; "dose level" has no label
    ("units", _T + "NCT00086489:intervention", "pts treated at 10 mg/kg dose level on a monthly regimen", "CP-675,206",
     [D(10, "mg/kg", "CP-675,206")], None),  # the phrase names no drug: the intervention name passed in
    ("amounts", _T + "NCT00086502:intervention", "Pioglitazone 30 mg or 45 mg once daily, Visit 2 through Visit 8", "Comparator: Pioglitazone",
     [D(30, "mg", "Pioglitazone"), D(45, "mg", "Pioglitazone")], None),
    ("amounts", _T + "NCT00086502:intervention", "Metformin rescue for patients meeting\npre-specified glycemic criteria. Metformin 500 mg,once daily, Visit 4 through Visit 8", "Metformin",
     [D(500, "mg", "Metformin")], None),
    ("non-doses", _T + "NCT00086502:intervention", "Placebo (to match Sitagliptin 100 mg) once daily, from Visit 4 through Visit 8. Day 1 through Week 24", "Comparator: Placebo",
     [], None),  # the 100 mg names the drug matched, not an amount given (the table's "Placebo(for risedronate 150mg)")
    ("agents", _T + "NCT00086515:arm", "During Phase B (Weeks 24-104) of the treatment period these patients received once-daily coadministered treatment with oral tablets of sitagliptin-matched placebo 100 mg and glipizide 5 mg which was allowed to be uptitrated, in a blinded fashion, to a maximum dose of 15 mg/day.", None,
     [D(5, "mg", "glipizide"), D(15, "mg/day", "glipizide")], None),  # unsure: "sitagliptin-matched placebo 100 mg" not a dose (placebo matched to a strength); the maximum dose labelled as the table's "maximal dose 50 ml/kg"
    ("agents", _T + "NCT00086515:intervention", "Placebo (to match Sitagliptin 100 mg) from Visit 4 through Visit 8; Glipizide 5 mg from Visit 8, week 24 to Final Visit (Week 104)", "Placebo/Glipizide 5 mg",
     [D(5, "mg", "Glipizide")], None),  # the matched 100 mg is no amount given
    ("amounts", _T + "NCT00086515:intervention", "Pioglitazone 15 mg once daily, for patients not meeting specific glycemic goals during the placebo-controlled treatment period [Phase A], from Visit 5 (Week 6) to Visit 8 (Week 24)", "Pioglitazone",
     [D(15, "mg", "Pioglitazone")], None),
    ("amounts", _T + "NCT00086528:intervention", "Administered orally as a solution with mass-based dosing in early cohorts or as 50-mg tablets at a fixed dose at the MTD.", "XL647",
     [D(50, "mg", "XL647")], None),  # a tablet strength; the phrase names no drug: the intervention name passed in
    ("non-doses", _T + "NCT00086528:intervention", "subjects in each cohort were administered a single dose of XL647 on Day 1 followed by a 72-hour period of observation.", "XL647",
     [], None),  # a duration
    ("non-doses", _T + "NCT00086528:intervention", "If there were no XL647-related dose limiting toxicities, subjects received 5 daily doses of XL647 on Days 4-8.", "XL647",
     [], None),  # a count of doses, no amount
    ("amounts", _T + "NCT00086580:intervention", "Day 2: alemtuzumab 10 mg IV over 2 hours if 3 mg was tolerated, else repeat 3 mg daily until tolerated.", "FluCAM [Fludara + Campath]",
     [D(10, "mg", "alemtuzumab"), D(3, "mg", "alemtuzumab")], None),  # unsure: the tolerated 3 mg and the repeated 3 mg are one amount, listed once; days not checked
    ("schedules", _T + "NCT00086580:intervention", "Cycle 1: Days 1,2,3 fludarabine phosphate administered at 30 mg/m^2 over 30 minutes IV, followed within 1 hour by alemtuzumab 30 mg IV over 2 hours.", "FluCAM [Fludara + Campath]",
     [D(30, "mg/m2", "fludarabine phosphate", days=[1, 2, 3]), D(30, "mg", "alemtuzumab")], None),  # alemtuzumab days not checked
    ("schedules", _T + "NCT00086580:intervention", "Fludarabine phosphate (Fludara) is administered at a dose of 25 mg/m^2 IV over 15 to 30 minutes daily for 5 consecutive days (days 1 through 5) every 28 days (per package instructions).", "fludarabine phosphate",
     [D(25, "mg/m2", "Fludarabine phosphate", days=[1, 2, 3, 4, 5])], None),  # "15 to 30 minutes" is an infusion time
    ("units", _T + "NCT00086619:arm", "Participants will receive synthetic human parathyroid hormone fragment 1-34 (hPTH 1-34) once-daily in a constant dose of 30 mcg/day.", None,
     [D(30, "ug/day", "synthetic human parathyroid hormone fragment 1-34")], None),  # unsure: agent the full name as written ("1-34" is part of the name, no range)
    ("levels", _T + "NCT00086619:arm", "Participants will receive synthetic human parathyroid hormone fragment 1-34 (hPTH 1-34) once-daily in a dose that ascends at 6 month intervals (20-30-40 mcg/day).", None,
     [D(20, "ug/day", "synthetic human parathyroid hormone fragment 1-34"), D(30, "ug/day", "synthetic human parathyroid hormone fragment 1-34"),
      D(40, "ug/day", "synthetic human parathyroid hormone fragment 1-34")], None),  # unsure: "20-30-40" read as three steps, not a range
    ("non-doses", _T + "NCT00086619:intervention", "Either daily treatment with self-injected hPTH 1-34 or ascending dose treatment at 6-month intervals of hPTH 1-34", "synthetic hPTH 1-34",
     [], None),  # "1-34" is the fragment's name, "6-month" an interval
    # ------------------------------------------------------------------ NCT0018xxxx
    ("amounts", _T + "NCT00186537:arm", "160 mg daily for 12 weeks", None,
     [D(160, "mg")], None),  # the arm phrase names no drug
    ("units", _T + "NCT00186537:arm", "4 mg/daily 4 weeks followed by 4 mg 2 x daily for 8 weeks", None,
     [D(4, "mg/day"), D(4, "mg")], None),  # unsure: "4 mg/daily" read as 4 mg/day; the same 4 mg again with another schedule (2 x daily) listed again
    ("non-doses", _T + "NCT00186537:arm", "calorie restricted to achieve 0.5 kg weight loss/week x 12 weeks", None,
     [], None),  # a weight-loss target
    ("schedules", _T + "NCT00186628:intervention", "Rabbit anti-thymoglobulin (ATG) administered from Day -11 through Day -7 (5 doses) at 1.5 mg/kg/day, for a total dose of 7.5 mg/kg.", "Anti-thymoglobulin, rabbit (ATG, rabbit ATG)",
     [D(1.5, "mg/kg/day", "Rabbit anti-thymoglobulin", days=[-11, -10, -9, -8, -7]), D(7.5, "mg/kg", "Rabbit anti-thymoglobulin")], None),  # unsure: agent with "Rabbit" as written; the total's days not checked
    ("units", _T + "NCT00186628:intervention", "Total lymphoid irradiation (TLI) administered at 80cGy for 10 days", "Total lymphoid irradiation",
     [D(0.8, "Gy", "Total lymphoid irradiation")], None),  # 80 cGy normalised to Gy
    ("schedules", _T + "NCT00186628:intervention", "Mycophenylate mofetil (MMF) will be administered at 15 mg/kg po Day 0, at 5 to 10 hours after mobilized PBPC infusion is complete", "Mycophenylate mofetil",
     [D(15, "mg/kg", "Mycophenylate mofetil", days=[0])], None),  # "5 to 10 hours" is a time
    # ------------------------------------------------------------------ NCT0028xxxx
    ("agents", _T + "NCT00286494:intervention", "Alogliptin 12.5 mg, tablets, orally, once daily and pioglitazone 30 mg or 45 mg, tablets, orally, once daily for up to 26 weeks", "Alogliptin and pioglitazone",
     [D(12.5, "mg", "Alogliptin"), D(30, "mg", "pioglitazone"), D(45, "mg", "pioglitazone")], None),
    ("agents", _T + "NCT00286494:intervention", "Alogliptin placebo-matching tablets, orally, once daily and pioglitazone 30 mg or 45 mg, tablets, orally, once daily for up to 26 weeks", "Pioglitazone",
     [D(30, "mg", "pioglitazone"), D(45, "mg", "pioglitazone")], None),
    ("schedules", _T + "NCT00286624:intervention", "Loading dose of 3 mg PO on day -2 relative to transplant, followed at least 12 hours later by dose of 1.5 mg PO BID. The daily dose will be adjusted according to the whole blood 12-hr trough to target 3-15 ng/ml for the first 3 months and 3-12 ng/ml thereafter.", "Everolimus",
     [D(3, "mg", "Everolimus", days=[-2]), D(1.5, "mg", "Everolimus")], None),  # the trough targets (ng/ml) are blood levels, no doses; the phrase names no drug: the intervention name passed in
    ("schedules", _T + "NCT00286624:intervention", "A total of 6 mg/kg IV over 12 hours on days -2, -1, 0, +1, and +2. The dose will be 0.5 mg/kg on day -2, 1.0 mg/kg on day -1, and 1.5 mg/kg on days 0, +1, and +2.", "anti-thymocyte globulin",
     [D(6, "mg/kg", "anti-thymocyte globulin", days=[-2, -1, 0, 1, 2]), D(0.5, "mg/kg", "anti-thymocyte globulin", days=[-2]),
      D(1.0, "mg/kg", "anti-thymocyte globulin", days=[-1]), D(1.5, "mg/kg", "anti-thymocyte globulin", days=[0, 1, 2])], None),  # the phrase names no drug: the intervention name passed in
    ("units", _T + "NCT00286624:intervention", "Initial dose of 3 mg/kg/day administered in 2 divided doses; then adjusted to maintain target levels of 400 (350-500) ng/mL for the first three months following islet transplant and 300 (200-350) ng/mL thereafter.", "Cyclosporine",
     [D(3, "mg/kg/day", "Cyclosporine")], None),  # target blood levels are no doses
    # ------------------------------------------------------------------ NCT0038xxxx
    ("amounts", _T + "NCT00386490:arm", "larazotide acetate 0.25 mg capsule TID for 10 days", None,
     [D(0.25, "mg", "larazotide acetate")], None),
    ("amounts", _T + "NCT00386490:detailed_description", "six (6) subjects in each cohort received larazotide acetate in escalating doses of 0.25 mg, 1\n      mg, or 4 mg TID for 10 days", None,
     [D(0.25, "mg", "larazotide acetate"), D(1, "mg", "larazotide acetate"), D(4, "mg", "larazotide acetate")], None),
    ("non-doses", _T + "NCT00386490:detailed_description", "Serial blood samples were collected or pharmacokinetic determinations at baseline and\n      2 hours post morning dose on Days 1, 2, 5, 6 and 10.", None,
     [], None),
    ("agents", _T + "NCT00386516:arm", "GM-CT-01 (280 mg/m2) combined with 5-FU (600 mg/m2) given 4 consecutive days in a 28 days cycle until disease progression.", None,
     [D(280, "mg/m2", "GM-CT-01"), D(600, "mg/m2", "5-FU")], None),
    ("units", _T + "NCT00386516:intervention", "5-FU given IV by infusion for 30, at 600 mg/m2 in combination with GM-CT-01 for 4 consecutive days in 28 days cycle until disease progression", "5-Fluorouracil",
     [D(600, "mg/m2", "5-FU")], None),
    ("agents", _T + "NCT00386516:detailed_description", "treated with GM-CT-01 plus 5-Fluorouracil\n      (DAVFU) at doses of 280 mg/m2 and 600 mg/m2, respectively, during cycles of 4 consecutive\n      days of treatment", None,
     [D(280, "mg/m2", "GM-CT-01"), D(600, "mg/m2", "5-Fluorouracil")], None),
    ("units", _T + "NCT00386542:arm", 'Group "ID-JI-0.1" (n = 16) - reduced 0.1 mL INF doses administered intradermally (ID) by needle-free jet injector (JI) (Biojector® 2000 subcutaneous syringe no. 2 [green color code], with 2 cm investigational spacer, Bioject Medical Technologies, Inc., Portland, OR, USA)', None,
     [D(0.1, "mL", "INF")], None),  # the spacer's 2 cm and the device model number are no doses
    ("units", _T + "NCT00386542:arm", 'Group "IM-NS-0.25" (controls) (n = 16) - full 0.25 mL INF doses administered intramuscularly (IM) by needle-syringe (NS) (22-25 gauge needle, minimum 25 mm/1-inch length)', None,
     [D(0.25, "mL", "INF")], None),  # needle gauge and length are no doses
    ("units", _T + "NCT00386542:detailed_description", 'the child will receive\n      an unblinded, "insurance", full-volume, 0.25 mL dose (#3) of influenza vaccine by NS IM', None,
     [D(0.25, "mL", "influenza vaccine")], None),
    ("agents", _T + "NCT00386607:arm", "Oral pills of aliskiren 150 mg /valsartan 160 mg in combination for 2-weeks. The aliskiren 300 mg /valsartan 320 mg in combination for 52-weeks, optional addition of Hydrochlorothiazide (HCTZ) 12.5 mg starting from Week 10", None,
     [D(150, "mg", "aliskiren"), D(160, "mg", "valsartan"), D(300, "mg", "aliskiren"), D(320, "mg", "valsartan"), D(12.5, "mg", "Hydrochlorothiazide")], None),
    ("amounts", _T + "NCT00386607:arm", "The dose of Hydrochlorothiazide (HCTZ) 12.5 mg could be increased to 25 mg if blood pressure remained uncontrolled.", None,
     [D(12.5, "mg", "Hydrochlorothiazide"), D(25, "mg", "Hydrochlorothiazide")], None),
    ("agents", _T + "NCT00386607:arm", "Those patients who had not received HCTZ during the core study were treated with aliskiren 300 mg/valsartan 320 mg/HCTZ 12.5 mg.", None,
     [D(300, "mg", "aliskiren"), D(320, "mg", "valsartan"), D(12.5, "mg", "HCTZ")], None),
    ("scientific", _T + "NCT00386633:intervention", "3 immunizations; first study group: 10E7_TCID50", "MVA-mBN32",
     [D(1e7, "TCID50", "MVA-mBN32")], None),  # unsure: "10E7" read as 10^7 (the vaccine's lower dose), not 10x10^7; the phrase names no agent: the intervention name passed in
    ("scientific", _T + "NCT00386633:arm", "10E8_TCID50", None,
     [D(1e8, "TCID50")], None),  # unsure: as above, 10^8
    # ------------------------------------------------------------------ NCT0048xxxx
    ("agents", _T + "NCT00486512:intervention", "Oral acetylsalicylic acid 37.5 mg and calcium carbonate 625 mg combination tablets (bid)", "aspirin, 1,25-dihydroxycholecalciferol, calcium",
     [D(37.5, "mg", "acetylsalicylic acid"), D(625, "mg", "calcium carbonate")], None),  # the µg part of the field left out
    ("units", _T + "NCT00486564:intervention", "Escalating dose by cohort starting at 20mg/kg/day. PO drug taken TID.", "Nifurtimox",
     [D(20, "mg/kg/day", "Nifurtimox")], None),  # the phrase names no drug: the intervention name passed in
    ("non-doses", _T + "NCT00486564:brief_summary", "for these children the 5 year survival rate is <10%.", None,
     [], None),  # a survival rate
    ("amounts", _T + "NCT00486603:arm", "Starting dose of HCQ is 200mg. After 6 wks, 4 wkd of HCQ alone daily.", None,
     [D(200, "mg", "HCQ")], None),  # "6 wks", "4 wkd" are durations
    ("schedules", _T + "NCT00486603:arm", "Maintenance cycles 1-6 HCQ daily TMZ D 1-5 150-200mg/m2 every 28 days.", None,
     [D((150, 200), "mg/m2", "TMZ", days=[1, 2, 3, 4, 5])], None),  # unsure: "D 1-5" read as days 1-5; "cycles 1-6" no days
    ("levels", _T + "NCT00486603:arm", "cohorts of three pts: dose levels: 200, 400, 800mg. NO dose escalation beyond 800mg.", None,
     [D(200, "mg"), D(400, "mg"), D(800, "mg")], None),  # the limit "beyond 800mg" repeats the 800 mg level: listed once; no level labels
    ("schedules", _T + "NCT00486668:intervention", "80 mg/m2 IV on days 1, 8, and 15 every 28 days for cycles 5-8", "paclitaxel",
     [D(80, "mg/m2", "paclitaxel", days=[1, 8, 15])], None),  # "cycles 5-8" are no days; the phrase names no drug: the intervention name passed in
    ("amounts", _T + "NCT00486668:intervention", "First dose: 4 mg/kg IV, subsequent doses: 2 mg/kg IV weekly beginning on day 1 of the first paclitaxel cycle until 1-7 days before surgery", "trastuzumab",
     [D(4, "mg/kg", "trastuzumab"), D(2, "mg/kg", "trastuzumab")], None),  # "paclitaxel" here names a cycle, not the agent of these amounts; days not checked
    ("amounts", _T + "NCT00486668:intervention", "Group 2: 1250 mg PO daily beginning on day 1 of the first paclitaxel cycle until 1 day before surgery. Group 3: 750 mg PO daily beginning on day 1 of the first paclitaxel cycle until 1 day before surgery.", "lapatinib",
     [D(1250, "mg", "lapatinib"), D(750, "mg", "lapatinib")], None),  # "Group 2/3" are arm names, not dose-level labels (as the table's "Group A:"); days not checked
    # ------------------------------------------------------------------ NCT0058xxxx
    ("amounts", _T + "NCT00586495:arm", "Sorafenib 200 mg tablets (400 mg [2 x 200 mg tablets] twice daily [bid] or 400 mg once daily [od] or 400 mg every other day [qod]) administered orally", None,
     [D(200, "mg", "Sorafenib"), D(400, "mg", "Sorafenib"), D(400, "mg", "Sorafenib"), D(400, "mg", "Sorafenib")], None),  # unsure: 400 mg listed per schedule (bid, od, qod); the repeated 200 mg tablet strength once
    ("amounts", _T + "NCT00586508:intervention", "1125 mg loading dose then 500 or 875 mg, oral, daily, 4 week cycles with patients evaluated after each cycle.", "enzastaurin",
     [D(1125, "mg", "enzastaurin"), D(500, "mg", "enzastaurin"), D(875, "mg", "enzastaurin")], None),  # the phrase names no drug: the intervention name passed in
    ("units", _T + "NCT00586508:intervention", "10mg/kg, IV, every 2 weeks, patients are evaluated after each cycle", "bevacizumab",
     [D(10, "mg/kg", "bevacizumab")], None),
    ("ranges", _T + "NCT00586521:arm", "While on prophylactic treatment, all subjects were to be treated at a dose of 20-40 IU/kg, 3 times per week at a stable dose.", None,
     [D((20, 40), "IU/kg")], None),  # the sentence names no agent
    ("levels", _T + "NCT00586547:detailed_description", "Dose level -1 (1 x 10^3 T cells/Kg); Dose level 1 (1 x 10^4 T cells/Kg); Dose level 2 (1 x\n      10^5 T cells/Kg); Dose level 3 (1 x 10^6 T cells/Kg); Dose level 4 (5 x 10^6 T cells/Kg).", None,
     [D(1e3, "cells/kg", level="Dose level -1"), D(1e4, "cells/kg", level="Dose level 1"), D(1e5, "cells/kg", level="Dose level 2"),
      D(1e6, "cells/kg", level="Dose level 3"), D(5e6, "cells/kg", level="Dose level 4")], None),  # agent None for "T cells", as the table's "CAR T cells/kg"
    ("schedules", _T + "NCT00586547:detailed_description", "Patients will receive cytosine arabinoside (3g/m^2) IV every 12 hours for 6 doses starting at\n      1400 hours on day -8. Cyclophosphamide (45mg/kg) will be given on Day -7 and Day -6.", None,
     [D(3, "g/m2", "cytosine arabinoside"), D(45, "mg/kg", "Cyclophosphamide", days=[-7, -6])], None),  # cytarabine days not checked (every 12 h x 6 from day -8); "1400 hours" is a clock time
    ("scientific", _T + "NCT00586547:intervention", "(5 x 10^6 T cells/Kg)", "T-Cell Infusion- Dose Level 4",
     [D(5e6, "cells/kg", "T-Cell Infusion- Dose Level 4")], None),  # unsure: the phrase names no agent ("T cells" is in the unit): the intervention name passed in; its "Dose Level 4" not taken as the level (not in the phrase)
    ("ranges", _T + "NCT00586573:intervention", "tablet, 5-20 mg, twice daily, by mouth, 12 weeks", "memantine hydrochloride",
     [D((5, 20), "mg", "memantine hydrochloride")], None),  # the phrase names no drug: the intervention name passed in
    ("non-doses", _T + "NCT00586573:brief_summary", "a 12-week\n      trial of memantine hydrochloride administered twice daily in 20 adults (ages 18-55) with ADHD\n      and ADHD NOS.", None,
     [], None),  # a duration, a head count and an age range
    ("ranges", _T + "NCT00586651:intervention", "60 mg bid - 120 mg bid for an 18 weeks (126 days) treatment duration", "lestaurtinib",
     [D((60, 120), "mg", "lestaurtinib")], None),  # unsure: a range with the unit and schedule on both ends; the phrase names no drug: the intervention name passed in
    ("amounts", _T + "NCT00586651:detailed_description", "CEP-701 (lestaurtinib) treatment at a dosage of 80 mg bid for 18 weeks (126 days)", None,
     [D(80, "mg", "CEP-701")], None),  # unsure: agent the first name as written (lestaurtinib in brackets)
]


HOLDOUT68: list[Row] = [
    # ------------------------------------------------------------------ NCT0435xxxx
    ("agents", _T + "NCT04356495:arm", "Patients in this arm will receive Imatinib (Imatinib TEVA® 400 mg) during 10 days", None,
     [D(400, "mg", "Imatinib")], None),  # unsure: agent; the brand "Imatinib TEVA®" stands next to the amount, the generic is written first
    ("agents", _T + "NCT04356495:arm", "Patients in this arm will receive Favipiravir (Avigan® 200 mg) during 10 days", None,
     [D(200, "mg", "Favipiravir")], None),  # unsure: agent; the brand Avigan® stands next to the amount
    ("non-doses", _T + "NCT04356495:intervention", "12 tablets twice a day the first day (day 0) then 6 tablets twice a day from day 1 to day 9", "Favipiravir",
     [], None),  # tablet counts, no strength
    ("units", _T + "NCT04356508:intervention", "Single dose at 0.3mg/kg", "Nivolumab",
     [D(0.3, "mg/kg", "Nivolumab")], None),  # phrase names no agent -> the intervention name
    ("non-doses", _T + "NCT04356508:arm", "Nivolumab + best supportive care", None,
     [], None),  # a drug named, no amount
    # ------------------------------------------------------------------ NCT0436xxxx
    ("units", _T + "NCT04366518:intervention", "the authors propose to dose physostigmine IV at a rate of 1.5mg/hr during the two-hour treatment period, verified by blood levels.", "Physostigmine Salicylate",
     [D(1.5, "mg/h", "physostigmine")], None),
    ("non-doses", _T + "NCT04366518:intervention", "This dose is less than that typically used for treatment, and glycopyrrolate, a cholinergic antagonist that does not cross the blood-brain barrier, will be administered prior to physostigmine to block peripheral side-effects.", "Physostigmine Salicylate",
     [], None),
    ("units", _T + "NCT04366518:intervention", "Scopolamine is available in the US only as a 1mg / 72 hours transdermal patch, and peak plasma levels are reached within 24 hours.", "Scopolamine",
     [D(1, "mg", "Scopolamine")], None),  # unsure: a patch delivering 1 mg over 72 hours; labelled as the 1 mg amount (no normalised unit for "per 72 h"); 24 hours is a time
    # ------------------------------------------------------------------ NCT0439xxxx
    ("schedules", _T + "NCT04396496:arm", "Lenalidomide is taken by mouth. 15 mg on Days 1-21 of each cycle.", None,
     [D(15, "mg", "Lenalidomide", days=list(range(1, 22)))], None),
    ("non-doses", _T + "NCT04396496:arm", "DARA is injected. Dosage calculated by weight.On Cycles 1 and 2, DARA is given on Days 1, 8,15 and 22.", None,
     [], None),  # days and cycles, no amount
    ("non-doses", _T + "NCT04396496:intervention", "DARA injection will be given with oral lenalidomide for up to 12 four week cycles.", "Daratumumab Injection",
     [], None),
    ("amounts", _T + "NCT04396548:intervention", "Patients will receive oral 10 mg tablet of midodrine with small sips of water one hour before arrival in the operation room.", "Midodrine Oral Product",
     [D(10, "mg", "midodrine")], None),
    ("units", _T + "NCT04396548:intervention", "Before placement of spinal anesthesia, all patients will receive an IV bolus of 10mL/kg of Lactated Ringer's .", "Midodrine Oral Product",
     [D(10, "mL/kg", "Lactated Ringer's")], None),
    ("non-doses", _T + "NCT04396548:intervention", ": Patients will receive Inert tablet containing sugar (placebo) with small sips of water one hour before arrival in the operation room.", "Inert tablet containing sugar (placebo)",
     [], None),  # one hour is a time
    ("amounts", _T + "NCT04396561:arm", "at induction and 1 gm of IV paracetamol", None,
     [D(1, "g", "paracetamol")], None),
    ("non-doses", _T + "NCT04396561:intervention", "In both groups, one reading of mean arterial pressure and heart rate were taken before induction of general anaesthesia and were defined as baseline readings and then were recorded intra-operatively at 15 min intervals.", "Paravertebral group (group P):",
     [], None),
    # ------------------------------------------------------------------ NCT0438xxxx
    ("units", _T + "NCT04386577:arm", "Dietary supplement: Vitamin D3 (cholecalciferol), 2000 IU per day.", None,
     [D(2000, "IU/day", "Vitamin D3")], None),  # "per day" written after the unit, as "international units per day (IU/day)" in the table
    ("agents", _T + "NCT04386577:arm", "Each capsule contains 840 mg of marine omega-3 fatty acids (465 mg of eicosapentaenoic acid (EPA) and 375 mg of docosahexaenoic acid (DHA).", None,
     [D(840, "mg", "marine omega-3 fatty acids"), D(465, "mg", "eicosapentaenoic acid"), D(375, "mg", "docosahexaenoic acid")], None),  # capsule content, as tablet strengths; unsure: "marine" kept in the agent
    ("non-doses", _T + "NCT04386577:intervention", "They also provide fasting blood and urine samples, and undergo 2-hour oral glucose tolerance testing, lung function testing (spirometry), electrocardiograms, bone mineral density testing, 2D-echocardiography, and assessments of thinking and mood.", "fish oil",
     [], None),
    # ------------------------------------------------------------------ NCT0441xxxx
    ("amounts", _T + "NCT04416516:arm", "Participants with 1 Target Tumour will receive 3 x ASN-002 1.0x10(11) Injections\n+ VISMODEGIB (150 mg) daily for 4 weeks.", None,
     [D(150, "mg", "VISMODEGIB")], None),  # unsure: "1.0x10(11)" of ASN-002 has no unit (vp only in the detailed description), so not labelled; "3 x" is a count
    ("scientific", _T + "NCT04416516:detailed_description", "The study will initially evaluate two Arms receiving 1.0 x\n      10(11) vp/injection, and following a safety review, may implement further arms in an adaptive\n      study design.", None,
     [D(1e11, "vp")], None),  # per injection; the phrase names no agent (ASN-002 is in the sentence before)
    ("amounts", _T + "NCT04416516:detailed_description", "Cycle 1: Treatment with vismodegib (daily dose of 150 mg) for 4 weeks and ASN-002 for 3 weeks", None,
     [D(150, "mg", "vismodegib")], None),
    ("agents", _T + "NCT04416581:arm", "tegoprazan 50 mg + rabeprazole 20mg placebo + tegoprazan 25 mg placebo, once daily.\nTarget enrollment: 1000", None,
     [D(50, "mg", "tegoprazan")], None),  # unsure: the double-dummy placebos ("rabeprazole 20mg placebo") carry no drug, so not labelled; 1000 is a head count
    ("agents", _T + "NCT04416581:intervention", "rabeprazole 20mg + tegoprazan 50 mg placebo + tegoprazan 25 mg placebo, once daily.", "PPI",
     [D(20, "mg", "rabeprazole")], None),  # as above: the placebos are not doses
    ("agents", _T + "NCT04416581:brief_summary", "To evaluate the efficacy and safety of low-dose P-CAB (tegoprazan 25 mg once daily) as\n           compared with standard-dose P-CAB (tegoprazan 50 mg once daily) and standard-dose PPI\n           (rabeprazole 20 mg) as exploratory nature.", None,
     [D(25, "mg", "tegoprazan"), D(50, "mg", "tegoprazan"), D(20, "mg", "rabeprazole")], None),
    ("ranges", _T + "NCT04416607:arm", "150-300 IU/day HMG (menotropin, Menopur, Ferring, Brazil) is administered, starting on cycle day 3, according to age, AMH level and AFC, plus gonadotropin-releasing hormone antagonist co-treatment (Ganirelix 25 mcg/day, Orgalutran, Schering-Plough, Brazil) in a flexible protocol (at least 1 follicle >14 mm or 3 or more follicles >12 mm).", None,
     [D((150, 300), "IU/day", "HMG"), D(25, "ug/day", "Ganirelix")], None),  # follicle sizes in mm are not doses
    ("units", _T + "NCT04416607:detailed_description", "The criterion for HCG administration\n      (5.000 IU Choriomon, Biopharma, Brazil) will be at least three follicles greater than 17 mm,\n      and then, 36 hours later, transvaginal oocyte retrieval was performed.", None,
     [D(5000, "IU", "Choriomon")], None),  # unsure: "5.000" read as five thousand (thousands point); agent: the brand next to the amount (the drug is HCG)
    ("non-doses", _T + "NCT04416607:brief_summary", "Moreover, FORT will be calculated as the ratio of pre-ovulatory follicle (16-22 mm in\n      diameter) count on day of HCG×100/small antral follicle (3-8 mm) count at baseline.", None,
     [], None),  # sizes and a ratio factor
    ("amounts", _T + "NCT04366622:arm", "Participants with liver cirrhosis and mild hepatic impairment received a single dose of 1 mg (2 x 0.5 mg IR tablet) of riociguat in the fasted state", None,
     [D(1, "mg", "riociguat"), D(0.5, "mg", "riociguat")], None),  # the tablet strength listed too, as "400mg of X (2 x 200mg)" in HOLDOUT66
    ("amounts", _T + "NCT04366622:intervention", "0.5 mg riociguat as an immediate-release (IR) tablet", "Riociguat (Adempas, BAY 63-2521)",
     [D(0.5, "mg", "riociguat")], None),
    ("agents", _T + "NCT04366622:brief_summary", "The goal of the\n      study is to learn more about the safety of BAY 63-2521, how it is tolerated and the way the\n      body absorbs, distributes and gets rid of the study dug given as a single oral dose of 1 mg\n      tablet in participants with renal impairment and healthy participants matched for age-,\n      gender-, and weight", None,
     [D(1, "mg", "BAY 63-2521")], None),  # unsure: agent; the amount is of "the study dug" (sic), named BAY 63-2521 earlier in the sentence
    ("units", _T + "NCT04386642:arm", "TXA will be administered 20 mg/kg loading over 20 min before skin incision followed by a maintenance infusion of 0.025 ml/kg/h (1 mg/kg/h) until the end of operation.", None,
     [D(20, "mg/kg", "TXA"), D(0.025, "mL/kg/h", "TXA"), D(1, "mg/kg/h", "TXA")], None),  # the rate in volume and in drug, both listed (as "0.5ml (25 micrograms) of Fentanyl"); 20 min is a time
    ("amounts", _T + "NCT04386642:arm", "Each ampule contains TXA 250 mg. TXA preparation is 2000 mg dilute in normal saline 50 ml to get the concentration of 40 mg/ml.", None,
     [D(250, "mg", "TXA"), D(2000, "mg", "TXA")], None),  # ampule strength (as a tablet strength) and the prepared amount; 50 ml is the diluent, 40 mg/ml a concentration
    ("agents", _T + "NCT04386642:intervention", "Tranexamic acid 2000 mg dilute in normal saline solution 50 ml.", "Tranexamic acid",
     [D(2000, "mg", "Tranexamic acid")], None),  # the 50 ml saline is the diluent
    ("amounts", _T + "NCT04416633:intervention", "500-mg/120-mg IV", "Durvalumab",
     [D(500, "mg", "Durvalumab"), D(120, "mg", "Durvalumab")], None),  # unsure: read as the two vial strengths; phrase names no agent -> the intervention name
    ("non-doses", _T + "NCT04416633:arm", "Single arm, Durvalumab , IV", None,
     [], None),
    ("agents", _T + "NCT04356664:intervention", "One or two intramuscular injections of Decapeptyl 3 mg", "GnRH agonist",
     [D(3, "mg", "Decapeptyl")], None),  # "One or two" is a count of injections
    ("agents", _T + "NCT04356664:detailed_description", "Patients will received 1 or 2 injection of GnRH delay agonist (Decapeptyl 3mg) approximately\n      1 month before the frozen embryo transfer.", None,
     [D(3, "mg", "Decapeptyl")], None),  # "1 or 2 injection" is a count, "1 month" a time
    ("non-doses", _T + "NCT04356664:arm", "Patient will received 1 or 2 injection of GnRH agonist priori to usual Hormonal Replacement Therapy for a Frozen embryo transfer composed of estrogens and progestins.", None,
     [], None),
    ("non-doses", _T + "NCT04356677:arm", "50 mg/mL Virazole aerosolized and administered over 1 hour twice a day for up to 6 days.", None,
     [], None),  # 50 mg/mL is the solution's concentration, not a dose (as "methylprednisolone acetate 40 mg/mL"); no amount is given
    ("non-doses", _T + "NCT04356677:intervention", "100 mg/mL Virazole aerosolized and administered over 30 minutes twice a day for up to 6 days.", "100 mg/mL Virazole",
     [], None),  # as above: a concentration and times
    ("non-doses", _T + "NCT04356677:brief_summary", "have significant respiratory distress (PaO2/FiO2\n      ratio <300 mmHg).", None,
     [], None),  # a blood-gas threshold
    ("schedules", _T + "NCT04356690:arm", "Participants that are on ventilation Etoposide 150 mg/m2 daily days 1 and 4", None,
     [D(150, "mg/m2", "Etoposide", days=[1, 4])], None),
    ("schedules", _T + "NCT04356690:brief_summary", "Treatment will be comprised of etoposide\n      administered intravenously at a dose of 150 mg/m2 on Days 1 and 4 in patients with COVID-19\n      infection meeting eligibility criteria.", None,
     [D(150, "mg/m2", "etoposide", days=[1, 4])], None),
    ("non-doses", _T + "NCT04356690:intervention", "If the treating clinicians feel that the patient initially benefited from etoposide but then has evidence of relapse of cytokine storm, the patient may continue on the standard HLH etoposide schedule of day 8, 11, 18, 25 after discussion with one of the study investigators.", "Etoposide",
     [], None),  # days of a schedule, no amount
]


HOLDOUT69: list[Row] = [
    # ------------------------------------------------------------------ NCT0136xxxx
    ("amounts", _T + "NCT01366521:arm", "12.5 mg subcutaneous (SC)", None,
     [D(12.5, "mg")], None),  # the arm phrase names no drug
    ("amounts", _T + "NCT01366521:arm", "75 mg intravenously (I.V.)", None,
     [D(75, "mg")], None),
    ("non-doses", _T + "NCT01366521:brief_summary", "Eligible subjects will receive 3 doses (28 days apart) of\n      mepolizumab given intravenous (IV) or subcutaneously (SC).", None,
     [], None),  # a count of doses and an interval
    ("agents", _T + "NCT01366547:arm", "Subjects will be randomized in a three-way crossover design to receive a single dose of each of two different tablet formulations of dolutegravir 50 mg/abacavir 600 mg/lamivudine 300 mg or dolutegravir 50 mg plus EPZICOM (abacavir 600mg/lamivudine 300 mg).", None,
     [D(50, "mg", "dolutegravir"), D(600, "mg", "abacavir"), D(300, "mg", "lamivudine")], None),  # unsure: the co-administered tablets repeat the same three amounts (no other level or schedule): listed once
    ("agents", _T + "NCT01366547:intervention", "Dolutegravir 50 mg/abacavir 600 mg/lamivudine 300 mg is an experimental fixed dose combination tablet of an experimental integrase inhibitor (dolutegravir) and two FDA approved nucleoside reverse transcriptase inhibitors (abacavir and lamivudine)", "Dolutegravir 50 mg/abacavir 600 mg/lamivudine 300 mg",
     [D(50, "mg", "Dolutegravir"), D(600, "mg", "abacavir"), D(300, "mg", "lamivudine")], None),
    ("non-doses", _T + "NCT01366547:arm", "There will be a screening visit within 30 days prior to first dose and a follow-up visit 7-14 days after the last dose.", None,
     [], None),  # visit windows
    ("schedules", _T + "NCT01366560:arm", "The subjects will be administered GSK962040 125 mg tablet as a single dose on Day 1 of study treatment visit. After 2 hours, the subjects will be administered wireless motility capsule.", None,
     [D(125, "mg", "GSK962040", days=[1])], None),  # "2 hours" a delay
    ("amounts", _T + "NCT01366560:intervention", "GSK962040 125mg", "Active",
     [D(125, "mg", "GSK962040")], None),
    ("ranges", _T + "NCT01366560:brief_summary", "Single ascending\n      doses (1 to 150 mg), and 14-days repeated doses (10 to 125 mg daily) have been investigated\n      in two randomized, placebo-controlled trials.", None,
     [D((1, 150), "mg"), D((10, 125), "mg")], None),  # the drug is named only in the sentence before; "14-days" a duration
    ("units", _T + "NCT01366573:arm", "GSK1521498 20 mg and alcohol (0.5g/kg ethanol mixed with orange juice)", None,
     [D(20, "mg", "GSK1521498"), D(0.5, "g/kg", "ethanol")], None),  # the alcohol challenge is an amount given
    ("units", _T + "NCT01366573:arm", "Placebo and alcohol (0.5g/kg ethanol mixed with orange juice)", None,
     [D(0.5, "g/kg", "ethanol")], None),
    ("amounts", _T + "NCT01366573:intervention", "GSK1521498 20 mg administered with alcohol to determine PK/PD interactions", "GSK1521498",
     [D(20, "mg", "GSK1521498")], None),
    ("schedules", _T + "NCT01366612:intervention", "Fludarabine 40mg/m2 and Busulfan 130mg/m2 on days -6, -5, -4 and -3 of transplant.", "Fludarabine and Busulfan plus/minus Total Body Irradiation (low dose)",
     [D(40, "mg/m2", "Fludarabine", days=[-6, -5, -4, -3]), D(130, "mg/m2", "Busulfan", days=[-6, -5, -4, -3])], None),
    ("units", _T + "NCT01366612:intervention", "rATG on days -3, -2 and -1 TBI 200cGY (as randomized) on day -1", "Fludarabine and Busulfan + Low Dose Total Body Irradiation (LD TBI)",
     [D(2, "Gy", "TBI", days=[-1])], None),  # 200 cGy as Gy; rATG has days but no amount
    ("non-doses", _T + "NCT01366612:arm", "FLUDARABINE, BUSULFAN AND LOW DOSE TOTAL BODY IRRADIATION", None,
     [], None),  # "LOW DOSE" without an amount
    ("amounts", _T + "NCT01366638:arm", "Participants will receive TMC435 100 mg once daily with PegIFNa-2b and ribavirin (PR) for 12 weeks (Wks) followed by PR until Week 48.", None,
     [D(100, "mg", "TMC435")], None),  # "PegIFNa-2b" is a name; "Week 48" no amount
    ("units", _T + "NCT01366638:intervention", "will be administered according to the manufacturer's prescribing information as 1.5 mcg/kg once weekly injected subcutaneous (under the skin) for up to 24-48 weeks.", "Peginterferon alfa-2b (pegIFN alfa-2b)",
     [D(1.5, "ug/kg", "Peginterferon alfa-2b (pegIFN alfa-2b)")], None),  # the phrase names no drug: the intervention name passed in; "24-48 weeks" a duration
    ("agents", _T + "NCT01366638:intervention", "If body weight is > 80 kg the total daily dose of RBV will be 1000 mg, taken by mouth as 400 mg (2 capsules of 200 mg) after breakfast and 600 mg (3 capsules of 200 mg) after supper.", "Ribavirin (RBV)",
     [D(1000, "mg", "RBV"), D(400, "mg", "RBV"), D(200, "mg", "RBV"), D(600, "mg", "RBV")], None),  # unsure: "total daily dose ... 1000 mg" kept as mg (no "/day" written); the 200 mg capsule said twice listed once; "80 kg" a body weight
    # ------------------------------------------------------------------ NCT0214xxxx
    ("amounts", _T + "NCT02146534:arm", "extended release fampridine 10mg BID PO for 14 weeks", None,
     [D(10, "mg", "fampridine")], None),  # unsure: agent without "extended release", as the table's "tolterodine extended release"
    ("amounts", _T + "NCT02146534:intervention", "pts will receive Fampyra 10 mg BID PO for the duration of the study", "extended release fampridine",
     [D(10, "mg", "Fampyra")], None),
    ("non-doses", _T + "NCT02146534:brief_summary", "Fifty (50) patients with\n      MacDonald criteria (2005) multiple sclerosis will undergo active motor training as per the\n      NeuroGym protocol, consisting of 3 sessions of 1 hour per week for a period of 6 weeks (total\n      of 18 sessions).", None,
     [], None),  # counts, a year, durations
    ("ranges", _T + "NCT02146547:arm", "the recommended starting dose for aripiprazole is 10 or 15 mg/day with a maintenance dose of 15 mg/day administered on a once-a-day schedule without regard to meals.Aripiprazole is effective in a dose range of 10 to 30 mg/day.", None,
     [D(10, "mg/day", "aripiprazole"), D(15, "mg/day", "aripiprazole"), D((10, 30), "mg/day", "Aripiprazole")], None),  # unsure: the maintenance 15 mg/day repeats the starting 15 mg/day (same schedule): listed once
    ("ranges", _T + "NCT02146547:arm", "The recommended starting and maintenance dose of aripiprazole depot is 400 mg. Titration of the dose of this medicinal product is not required. It should be administered once monthly as a single injection (no sooner than 26 days after the previous injection).\nAfter the first injection, treatment with 10 mg to 20 mg oral aripiprazole should be continued for 14 consecutive days", None,
     [D(400, "mg", "aripiprazole depot"), D((10, 20), "mg", "aripiprazole")], None),  # unsure: agent "aripiprazole depot" as written; "26 days", "14 consecutive days" are durations
    ("agents", _T + "NCT02146547:arm", "The first two administrations of paliperidone palmitate (150 mg at visit 3 and 100 mg one week later) need to be administered deep into the deltoid muscle in order to attain therapeutic concentrations rapidly.", None,
     [D(150, "mg", "paliperidone palmitate"), D(100, "mg", "paliperidone palmitate")], None),  # "visit 3" is no study day
    ("units", _T + "NCT02146638:arm", "Patients received morphine 0.02 mg/Kg/h infused at 2 ml/h for 24 hours. The infusion contained morphine and saline.", None,
     [D(0.02, "mg/kg/h", "morphine"), D(2, "mL/h", "morphine")], None),  # unsure: the pump rate labelled too, as a volume beside an amount ("0.5ml (25 micrograms) of Fentanyl")
    ("units", _T + "NCT02146638:arm", "Patients received Fentanyl 0.3 mcg/Kg/h infused at 2 ml/h for 24 hours.", None,
     [D(0.3, "ug/kg/h", "Fentanyl"), D(2, "mL/h", "Fentanyl")], None),  # unsure: as the row before
    ("amounts", _T + "NCT02146651:intervention", "Single dose of 0.2U/Kg body weight injected subcutaneously", "BioChaperone insulin lispro 0.2U/Kg",
     [D(0.2, "U/kg", "BioChaperone insulin lispro 0.2U/Kg")], None),  # the phrase names no drug: the intervention name passed in
    ("amounts", _T + "NCT02146651:arm", "BioChaperone insulin lispro 0.4U/Kg", None,
     [D(0.4, "U/kg", "BioChaperone insulin lispro")], None),
    ("levels", _T + "NCT02146651:brief_summary", "Each subject will be randomly allocated to a sequence of 4 treatments, i.e. with one of three\n      single doses of BioChaperone insulin lispro (0.1, 0.2 and 0.4 U/Kg) or one single dose of\n      Humalog® (0.2 U/Kg) on 4 separate dosing visits.", None,
     [D(0.1, "U/kg", "BioChaperone insulin lispro"), D(0.2, "U/kg", "BioChaperone insulin lispro"), D(0.4, "U/kg", "BioChaperone insulin lispro"),
      D(0.2, "U/kg", "Humalog®")], None),  # counts of treatments and visits are no amounts
    # ------------------------------------------------------------------ NCT0216xxxx
    ("units", _T + "NCT02166593:arm", "Pravastatin (40mg/day) Fenofibrate (160mg/day)", None,
     [D(40, "mg/day", "Pravastatin"), D(160, "mg/day", "Fenofibrate")], None),
    ("agents", _T + "NCT02166593:intervention", "Pravafenix(Pravastatin40mg/Fenofibrate160mg)", "Pravastatin40mg/Fenofibrate160mg",
     [D(40, "mg", "Pravastatin"), D(160, "mg", "Fenofibrate")], None),  # unsure: glued words; the agents are the components named before each amount
    ("amounts", _T + "NCT02166593:intervention", "Lipitor 10mg(Atorvastatin Sodium)", "Atorvastatin Sodium 10mg",
     [D(10, "mg", "Lipitor")], None),  # brand written first; generic name in parentheses
    ("amounts", _T + "NCT02166658:arm", "Patients receive Cabazitaxel 25 mg/m2 i.v. infusion. This trial is a single arm trial.", None,
     [D(25, "mg/m2", "Cabazitaxel")], None),
    ("schedules", _T + "NCT02166658:intervention", "Cabazitaxel 25 mg/m2 i.v. infusion (infusion time about 1h) on D1 of each 21-day cycle.", "Cabazitaxel",
     [D(25, "mg/m2", "Cabazitaxel", days=[1])], None),
    # ------------------------------------------------------------------ NCT0244xxxx
    ("agents", _T + "NCT02446496:intervention", "Cefadroxil tablets manufactured by GSK contains 1 mg of Cefadroxil", "Cefadroxil tablets manufactured by GSK",
     [D(1, "mg", "Cefadroxil")], None),  # "1 mg" as written (the title says 1 gm)
    ("non-doses", _T + "NCT02446496:arm", "Subjects will receive a single oral dose of cefadroxil tablet manufactured by GSK under fasting condition in treatment period 1 followed by 7 days washout interval from the first study drug administration.", None,
     [], None),  # a period number and a washout duration
    ("agents", _T + "NCT02446548:arm", "aliskiren (Rasilez) 150 mg; losartan (Xartan) 50 mg", None,
     [D(150, "mg", "aliskiren"), D(50, "mg", "losartan")], None),  # brand names in parentheses, as "triamzinolone (Kenacort®)"
    ("amounts", _T + "NCT02446548:intervention", "aliskiren will be administered at a dose of 150 mg, each dose was to be taken orally with water once daily at approximately 8:00 A.M., except on the morning of an office/clinic visit", "aliskiren",
     [D(150, "mg", "aliskiren")], None),  # "8:00 A.M." a clock time
    ("non-doses", _T + "NCT02446548:intervention", "placebo will be administered once daily orally (1 tablet) in the morning with water at approximately 8:00 A.M.", "Placebo",
     [], None),  # a tablet count and a clock time
    ("amounts", _T + "NCT02446574:intervention", "starting dose 20mg/m2 qw", "Paclitaxel",
     [D(20, "mg/m2", "Paclitaxel")], None),
    ("amounts", _T + "NCT02446574:intervention", "dose 25mg/m2 qw", "Cisplatin",
     [D(25, "mg/m2", "Cisplatin")], None),
    ("units", _T + "NCT02446574:intervention", "60Gy/2Gy/30f", "Radiation",
     [D(60, "Gy", "Radiation"), D(2, "Gy", "Radiation")], None),  # total and per fraction, as "a total dose of 56 Gy ... 2 Gy per dose"; 30 fractions
    ("agents", _T + "NCT02446652:intervention", "(Hydralazine: 1 oral tablet every 24 hours, 182 mg for rapid acetylators, and 83 mg for low acetylators and Magnesium valproate: orally 30 mg/K weight every 8 hours)", "Hydralazine/Magnesium",
     [D(182, "mg", "Hydralazine"), D(83, "mg", "Hydralazine"), D(30, "mg/kg", "Magnesium valproate")], None),  # unsure: "30 mg/K weight" read as mg/kg
    ("schedules", _T + "NCT02446652:intervention", "175mg/m2/SC 3hour/day 1 for every 21 days for 6 cycles.", "Paclitaxel",
     [D(175, "mg/m2", "Paclitaxel", days=[1])], None),  # unsure: "/SC" is body surface (the description writes "BS"); "3hour" an infusion time
    ("non-doses", _T + "NCT02446652:intervention", "5 AUC 1 hour/day 1 for every 21 days for 6 cycles", "Carboplatin",
     [], None),  # an AUC target is no amount (the table's "carboplatin (AUC 6)")
    # ------------------------------------------------------------------ NCT0253xxxx
    ("agents", _T + "NCT02536690:arm", "Remifentanil infusion 0.25 mcg/kg/min for 5 min followed by midazolam 0.03 mg/kg bolus 1 min after remifentanil infusion start and propofol bolus administration.\nPropofol dose will be started at 1 mg/kg and will be adjusted as described in summary.", None,
     [D(0.25, "ug/kg/min", "Remifentanil"), D(0.03, "mg/kg", "midazolam"), D(1, "mg/kg", "Propofol")], None),
    ("amounts", _T + "NCT02536690:arm", "Induction with propofol bolus. Dose will be started at 1 mg/kg and will be adjusted as described in summary.", None,
     [D(1, "mg/kg", "propofol")], None),  # unsure: agent from the sentence before
    ("agents", _T + "NCT02536690:intervention", "Remifentanil 0.25 mcg/kg/min infusion for 5 min before propofol administration followed by midazolam 0.03 mg/kg administration 1 min after remifentanil infusion start.", "Midazolam",
     [D(0.25, "ug/kg/min", "Remifentanil"), D(0.03, "mg/kg", "midazolam")], None),
    ("amounts", _T + "NCT02536742:intervention", "125 mg, orally, daily for 3 weeks followed by 1 week off; repeated at every 28 days cycle until progression, lack of tolerability, or patient declines further protocol treatment.", "Palbociclib",
     [D(125, "mg", "Palbociclib")], None),  # the phrase names no drug: the intervention name passed in
    ("schedules", _T + "NCT02536742:intervention", "500mg, intramuscularly on days 1 and 15 of cycle 1, then on day 1 (+/- 3 days) of every 28 days cycle until progression", "Fulvestrant",
     [D(500, "mg", "Fulvestrant", days=[1, 15])], None),  # unsure: days 1 and 15 of cycle 1, then day 1 of later cycles; "+/- 3 days" a window
    ("amounts", _T + "NCT02536755:arm", "Cytochrome P450 (CYP) 2D6 Intermediate (IM), Extensive (EM) and Ultra-Rapid (URM) Metaboliser patients will be treated at 84 mg twice daily. CYP2D6 Poor Metabolisers (PM) will be treated at 84 mg once daily.", None,
     [D(84, "mg"), D(84, "mg")], None),  # unsure: the same 84 mg with another schedule (twice vs once daily) listed twice; "P450", "2D6" are enzyme names; no drug named
    ("non-doses", _T + "NCT02536755:detailed_description", "Study duration will be of minimum 2 years and up to 4 years.", None,
     [], None),  # durations
    # ------------------------------------------------------------------ NCT0272xxxx
    ("ranges", _T + "NCT02726490:arm", "The starting dose of glyburide may be 2.5milligrams (mg) to 5mg every day(QD) or twice daily (BID) depending on the degree of hyperglycemia.\nThe dose of glyburide will be increased as needed to a maximum of 20mg /day.", None,
     [D((2.5, 5), "mg", "glyburide"), D(20, "mg/day", "glyburide")], None),  # the maximum labelled as a dose, as "maximal dose 50 ml/kg"
    ("agents", _T + "NCT02726490:arm", "The starting dose of glucovance may be 1.25/250milligrams (mg) either once daily (QD) or twice a day (BID) increased to a maximum of 20mg/2000mg as needed.", None,
     [D(1.25, "mg", "glucovance"), D(250, "mg", "glucovance"), D(20, "mg", "glucovance"), D(2000, "mg", "glucovance")], None),  # unsure: a combination product's two strengths, as "NEXThaler 100/6 mcg"
    ("amounts", _T + "NCT02726490:intervention", "glyburide 2.5milligrams (mg) at bedtime (qhs) increased as needed to a maximum of 20mg/day usually taken twice a day (BID)", "Glyburide",
     [D(2.5, "mg", "glyburide"), D(20, "mg/day", "glyburide")], None),
    ("amounts", _T + "NCT02726503:intervention", "All patients will receive lenvatinib 24 mg orally once daily at almost the same time.", "Lenvatinib",
     [D(24, "mg", "lenvatinib")], None),
    ("non-doses", _T + "NCT02726503:intervention", "The treatment will be started within 1 week after enrollment. 1 cycle consists of 4 weeks.", "Lenvatinib",
     [], None),  # durations
    ("amounts", _T + "NCT02726503:brief_summary", "All patients will start administration of lenvatinib within 1\n      week of enrollment and receive the study drug 24mg orally once daily at almost the same time.", None,
     [D(24, "mg", "lenvatinib")], None),  # "1 week" is a delay; the drug named earlier in the sentence
    ("amounts", _T + "NCT02726542:arm", "Somatropin given by daily subcutaneous injection. Dose will begin at 1mg and be titrated based on insulin-like growth factor 1 (IGF-1) levels.", None,
     [D(1, "mg", "Somatropin")], None),  # agent from the sentence before; "growth factor 1" is a name
    ("non-doses", _T + "NCT02726542:detailed_description", "The purpose of this study is to test the\n      hypothesis that growth hormone treatment will decrease liver fat quantity in young adults who\n      begin the trial with more than 5% liver fat measured by magnetic resonance spectroscopy.", None,
     [], None),  # a percentage of liver fat
    ("non-doses", _T + "NCT02726542:brief_summary", "The\n      purpose of this study is to test the effect of growth hormone on liver fat in obese young\n      adults ages 18-29y with increased liver fat.", None,
     [], None),  # ages
    ("agents", _T + "NCT02726555:arm", "Participants will receive 4 identically appearing capsules twice daily for 24 weeks: 2 300mg of red yeast rice and 2 10mg of atorvastatin.", None,
     [D(300, "mg", "red yeast rice"), D(10, "mg", "atorvastatin")], None),  # "2 300mg" is two capsules of 300 mg (capsule counts are no amounts)
    ("agents", _T + "NCT02726555:intervention", "Participants will receive 2 capsules of 300mg red yeast rice and 2 capsules of 10mg atorvastatin for 24 weeks.", "Red yeast rice and atorvastatin",
     [D(300, "mg", "red yeast rice"), D(10, "mg", "atorvastatin")], None),
    ("units", _T + "NCT02726555:detailed_description", "The aim of this study is to compare the\n      efficacy and safety of combined therapy with red yeast rice at 1.2 g/day and atorvastatin at\n      10 mg/day with atorvastatin at 20 mg/day in persons with mild atherosclerotic cardiovascular\n      disease", None,
     [D(1.2, "g/day", "red yeast rice"), D(10, "mg/day", "atorvastatin"), D(20, "mg/day", "atorvastatin")], None),
    ("amounts", _T + "NCT02726568:arm", "The human subject gets icotinib 375mg, Tid until intracranial PD or intolerable toxicity reaction.", None,
     [D(375, "mg", "icotinib")], None),
    ("units", _T + "NCT02726568:intervention", "375 mg Tid (1125 mg per day) until intracranial PD.", "Icotinib",
     [D(375, "mg", "Icotinib"), D(1125, "mg/day", "Icotinib")], None),  # the phrase names no drug: the intervention name passed in
    ("units", _T + "NCT02726568:intervention", "If intracranial PD, then the subjects get stereotatic radiosurgery （30Gy/3f) combined with Icotinib 375mg Tid.", "SRS",
     [D(30, "Gy", "stereotatic radiosurgery"), D(375, "mg", "Icotinib")], None),  # unsure: agent as misspelled in the text; full-width "（"; 3 fractions
]


HOLDOUT70: list[Row] = [
    # ------------------------------------------------------------------ NCT0068xxxx
    ("units", _T + "NCT00686517:arm", "pegylated interferon alpha-2b 1.5 ug/kg/week in combination with ribavirin at the dose of 10.6 mg/kg/day for 12 weeks", None,
     [D(1.5, "ug/kg/week", "pegylated interferon alpha-2b"), D(10.6, "mg/kg/day", "ribavirin")], None),  # unsure: unit kept per week as written
    ("units", _T + "NCT00686517:intervention", "1.5 ug/kg/week SC for 12 or 24 weeks", "Pegylated interferon alfa-2b",
     [D(1.5, "ug/kg/week", "Pegylated interferon alfa-2b")], None),  # the phrase names no drug: the intervention name passed in
    ("units", _T + "NCT00686517:intervention", "Ribavirin at the dose of 10.6 mg/kg/day for 12 weeks", "Ribavirin",
     [D(10.6, "mg/kg/day", "Ribavirin")], None),
    ("schedules", _T + "NCT00686543:arm", "POS 200 mg three times a day (TID) on Days 1-8 followed by continued randomized dosing regimen of POS 200 mg TID on Days 9-15, administered with food or oral nutritional supplements.", None,
     [D(200, "mg", "POS", days=list(range(1, 9))), D(200, "mg", "POS", days=list(range(9, 16)))], None),  # same amount, two schedules: listed twice
    ("schedules", _T + "NCT00686543:arm", "POS 200 mg TID on Days 1-8 followed by randomized dosing regimen of POS 400 mg twice a day (BID) on Days 9-15, administered with food or oral nutritional supplements.", None,
     [D(200, "mg", "POS", days=list(range(1, 9))), D(400, "mg", "POS", days=list(range(9, 16)))], None),
    ("schedules", _T + "NCT00686556:arm", "Patient receives preparative therapy including Fludarabine, cyclophosphamide, and total marrow irradiation of 18 Gy on Days -6 through -1", None,
     [D(18, "Gy", "total marrow irradiation", days=[-6, -5, -4, -3, -2, -1])], None),  # the drugs named have no amounts here
    ("units", _T + "NCT00686556:intervention", "15mg/kg/dose for patients <40 kg, 3 gm/day for patients >40 kg.", "mycophenolate mofetil",
     [D(15, "mg/kg", "mycophenolate mofetil"), D(3, "g/day", "mycophenolate mofetil")], None),  # "<40 kg"/">40 kg" are body weights; mg/kg/dose as the table's mg/kg
    ("non-doses", _T + "NCT00686556:intervention", "Beginning on Day -3 pre-transplant maintaining a level of >200 ng/mL.", "cyclosporine",
     [], None),  # a target blood level, not an amount given
    ("scientific", _T + "NCT00686582:arm", "Group 1 Initially Vaccinia Naive Subjects 2 doses of MVA-BN in prior study (POX-MVA-005)\n1 booster dose of MVA-BN (POX-MVA-023) IMVAMUNE: 1x 10E8_TCID50", None,
     [D(1e8, "TCID50", "IMVAMUNE")], None),  # "2 doses", "1 booster dose" are counts; 1x 10E8 = 1×10^8
    ("non-doses", _T + "NCT00686582:arm", "Group 4 Vaccinia Experienced\n1 booster dose of MVA-BN in prior study (POX-MVA-005) Blood draw, Screening Visit only (POX-MVA-023)", None,
     [], None),  # a count of doses and a blood draw, no amount
    ("scientific", _T + "NCT00686582:intervention", "1x 10E8_TCID50", "IMVAMUNE",
     [D(1e8, "TCID50", "IMVAMUNE")], None),
    ("amounts", _T + "NCT00686634:intervention", "Sitagliptin 100 mg by mouth once daily", "Sitagliptin",
     [D(100, "mg", "Sitagliptin")], None),
    ("amounts", _T + "NCT00686686:arm", "Intravenous infliximab 5 mg/kg given over a 2-hour period at Weeks 0, 2, and 6 and possibly at week 12.", None,
     [D(5, "mg/kg", "infliximab")], None),  # "2-hour" is an infusion time; weeks are not days
    ("non-doses", _T + "NCT00686686:brief_summary", "Subjects who achieved >=75% improvement in Psoriasis Pustulosa Palmoplantaris Area\n      and Severity Index (PPPASI) score at Week 8 AND had deterioration of PPPASI score of 50% from\n      Week 8 until Week 12 were to receive an additional infusion at Week 12.", None,
     [], None),  # score changes in percent, no amount
    ("amounts", _T + "NCT00686699:arm", "Participants received one preladenant 25 mg capsule twice daily (BID) for 14 days during the first treatment period and received one matching placebo capsule BID during the second treatment period. The 2 treatment periods were separated by a 3-week washout period.", None,
     [D(25, "mg", "preladenant")], None),  # a capsule strength; counts and durations are no amounts
    ("non-doses", _T + "NCT00686712:intervention", "Insulin glargine at bedtime (dose titrated to maintain 50% of fasting glucose readings <120 mg/dL)", "1- Insulin glargine QHS",
     [], None),  # a titration target (glucose level), no amount
    ("units", _T + "NCT00686725:arm", "Temozolomide will be administered concomitantly with radiotherapy, at 75 mg/m^2/day orally for 42 days.", None,
     [D(75, "mg/m2/day", "Temozolomide")], None),
    ("amounts", _T + "NCT00686725:arm", "The dose of temozolomide in the first cycle will be 150 mg/m^2/day, and may be increased to 200 mg/m^2/day for Cycle 2 and subsequent cycles depending on nonhematological toxicity observed and neutrophil and platelet count values. Capsules containing 20 mg or 100 mg of temozolomide will be used.", None,
     [D(150, "mg/m2/day", "temozolomide"), D(200, "mg/m2/day", "temozolomide"), D(20, "mg", "temozolomide"), D(100, "mg", "temozolomide")], None),  # capsule strengths listed (the table's tablet strengths); "Cycle 2" is no dose level
    ("units", _T + "NCT00686725:arm", "Radiotherapy will be administered for a total daily dose of 60 Gy in 30 fractions, 5 days a week for 6 weeks.", None,
     [D(60, "Gy", "Radiotherapy")], None),  # unsure: "total daily dose" read as the 60 Gy course total
    # ------------------------------------------------------------------ NCT0078xxxx
    ("non-doses", _T + "NCT00786487:arm", "20% lipid infusion in trained subjects", None,
     [], None),  # a concentration of the emulsion, no amount
    ("units", _T + "NCT00786487:intervention", "1.5 ml/min for 6 hours", "20% lipid infusion",
     [D(1.5, "mL/min", "20% lipid infusion")], None),  # unsure: an infusion rate labelled as the table's ug/min rates; agent the intervention name passed in
    ("units", _T + "NCT00786487:intervention", "glycerol infusion (2.25 g/100ml) will be administered at 1.5 ml/min,", "glycerol",
     [D(1.5, "mL/min", "glycerol")], None),  # unsure: 2.25 g/100ml is a concentration, not a dose; the rate as above
    ("schedules", _T + "NCT00786552:intervention", "Pemetrexed 500 mg/m² i.v. over 10 minutes on day 8 Paclitaxel 90 mg/m² i.v. over 60 minutes on day1 and 8", "pemetrexed + paclitaxel",
     [D(500, "mg/m2", "Pemetrexed", days=[8]), D(90, "mg/m2", "Paclitaxel", days=[1, 8])], None),
    ("schedules", _T + "NCT00786643:intervention", "5-FU bolus was administered at 400mg/m^2 on day 1 and day 2 of each cycle. 5-FU at 600 mg/m^2 infusion was administered over 22 hours on day 1 and day 2 of each cycle.", "5-Fluorouracil",
     [D(400, "mg/m2", "5-FU", days=[1, 2]), D(600, "mg/m2", "5-FU", days=[1, 2])], None),  # "22 hours" is an infusion time
    ("schedules", _T + "NCT00786643:intervention", "Gamma-Interferon 150 mcg/m^2 was administered by subcutaneous injection on day 1 of each cycle immediately before treatment with 5-FU and LV, and on day 3 of each cycle immediately after treatment with 5-FU and LV.", "Gamma-Interferon-1b (IFN-γ)",
     [D(150, "ug/m2", "Gamma-Interferon", days=[1, 3])], None),
    ("levels", _T + "NCT00786643:intervention", "Bevacizumab 5mg/kg was only added to the treatment regimen of patients in stratum 1 who demonstrated stable disease on imaging repeated prior to the 5th cycle of treatment.", "Bevacizumab",
     [D(5, "mg/kg", "Bevacizumab")], None),  # "stratum 1" is a patient group, not a dose level; "5th cycle" a count
    ("amounts", _T + "NCT00786669:intervention", "Bevacizumab (IV) 15 mg/Kg on day 1 every 3 weeks for up to 6 cycles", "Bevacizumab",
     [D(15, "mg/kg", "Bevacizumab", days=[1])], None),  # "mg/Kg" spelled with a capital K
    ("units", _T + "NCT00786669:intervention", "100 mg/m2/day po on Days 1-5 every 3 weeks for up to 6 cycles. For patients under 0.5 m2 BSA, TEM = 3.3 mg/kg/day po on Days 1-5.", "Temozolomide",
     [D(100, "mg/m2/day", "Temozolomide", days=[1, 2, 3, 4, 5]), D(3.3, "mg/kg/day", "TEM", days=[1, 2, 3, 4, 5])], None),  # "0.5 m2 BSA" is a body surface area; first amount takes the intervention name passed in
    ("amounts", _T + "NCT00786669:intervention", "1.5 mg/m2 on Day 1 (max dose 2 mg) administered as an IV bolus every 3 weeks for up to 6 cycles.", "Vincristine",
     [D(1.5, "mg/m2", "Vincristine", days=[1]), D(2, "mg", "Vincristine")], None),  # unsure: the dose cap labelled as an amount (HOLDOUT67's "maximum dose of 15 mg/day")
    ("schedules", _T + "NCT00786682:arm", "Drug: Docetaxel 75 mg/m2 intravenously every 21 days on Day 1 of the treatment cycle\nDrug: hydroxychloroquine 200 mg twice daily\nA cycle is defined as an interval of 21 days.", None,
     [D(75, "mg/m2", "Docetaxel", days=[1]), D(200, "mg", "hydroxychloroquine")], None),  # "21 days" is a cycle length
    ("amounts", _T + "NCT00786695:arm", "esomeprazole (40 mg o d) for 14 days", None,
     [D(40, "mg", "esomeprazole")], None),  # "o d" is once daily
    ("non-doses", _T + "NCT00786695:intervention", "Identical looking Placebo, same regimen, for 14 days", "Placebo",
     [], None),  # a duration, no amount
    ("agents", _T + "NCT00786695:brief_summary", "A trial of high-dose proton pump inhibitor (e.g. omeprazole 60 mg daily) has\n      been proposed as a simple, safe, non-invasive and reliable means to diagnose GERD in Western\n      patients with NCCP.", None,
     [D(60, "mg", "omeprazole")], None),  # unsure: an amount from the background, not this trial's arm (labelled as HOLDOUT7's "daily dose of 5 mg risedronate")
    ("schedules", _T + "NCT00786734:intervention", "4mg daily for 5-7 days before Percutaneous Coronary Intervention(PCI) and 4mg daily for 28 days after PCI", "Pitavastatin",
     [D(4, "mg", "Pitavastatin"), D(4, "mg", "Pitavastatin")], None),  # same amount, two schedules (before/after PCI): listed twice; "5-7 days" is a duration
    ("amounts", _T + "NCT00786734:brief_summary", "Patients who is scheduled elective PCI are randomized to pitavastatin 4mg daily or without\n      pitavastatin for 5 -7days before the procedure.", None,
     [D(4, "mg", "pitavastatin")], None),
    # ------------------------------------------------------------------ NCT0088xxxx
    ("amounts", _T + "NCT00886574:arm", "Cilostazol 200 mg (50 mg 2T twice per day)", None,
     [D(200, "mg", "Cilostazol"), D(50, "mg", "Cilostazol")], None),  # unsure: the 50 mg tablet strength listed too (the table's "600 mg daily (2 doses of 300 mg [2 tablets of 150 mg])")
    ("amounts", _T + "NCT00886574:intervention", "100 mg once a day", "Aspirin",
     [D(100, "mg", "Aspirin")], None),
    ("amounts", _T + "NCT00886600:intervention", "losartan potassium (50 or 100 mg) administered orally once daily (q.d.)or twice daily (b.i.d) for four weeks", "losartan potassium",
     [D(50, "mg", "losartan potassium"), D(100, "mg", "losartan potassium")], None),
    ("non-doses", _T + "NCT00886600:intervention", "placebo capsules to losartan potassium (50 or 100 mg) administered orally once daily (q.d.)or twice daily (b.i.d) for four weeks", "Comparator: placebo",
     [], None),  # unsure: the amounts name the strengths matched, not amounts of losartan given (the table's "Placebo(for risedronate 150mg)")
    ("agents", _T + "NCT00886600:intervention", "open-label hydrochlorothiazide (HCTZ) 12.5 mg (for patients with Sitting Diastolic Blood Pressure (SiDBP) ≥85 mm Hg after 4 weeks of losartan monotherapy (Combination Therapy Period)) orally once daily (q.d.) for 2 weeks", "hydrochlorothiazide (HCTZ)",
     [D(12.5, "mg", "hydrochlorothiazide")], None),  # "≥85 mm Hg" is a blood pressure
    ("schedules", _T + "NCT00886613:intervention", "Two doses of 0.65 mL V212 subcutaneous injection administered at Day 1 and Day 31", "V212",
     [D(0.65, "mL", "V212", days=[1, 31])], None),
    ("agents", _T + "NCT00886613:intervention", "Two doses of 0.65 mL Zostavax™ subcutaneous injection administered at Day 1 and Day 31", "Comparator: Zostavax™",
     [D(0.65, "mL", "Zostavax™", days=[1, 31])], None),
    ("units", _T + "NCT00886613:intervention", "Three intradermal injections of the 0.1 ml varicella antigen (VZV Skin Test reagent) were administered, once at baseline before the first vaccination, a second time before the second vaccination, and a third time approximately 14 days after the second vaccination.", "VZV Skin Test",
     [D(0.1, "mL", "varicella antigen")], None),  # "14 days" is an interval
    ("units", _T + "NCT00886626:intervention", "Exenatide, subcutaneous injection, 10 mcg, twice per day", "Exenatide",
     [D(10, "ug", "Exenatide")], None),
    ("amounts", _T + "NCT00886665:intervention", "JWHGWT, 4 g, powder, oral, 3 times a day", "JWHGWT",
     [D(4, "g", "JWHGWT")], None),
    ("agents", _T + "NCT00886665:intervention", "placebo, 4 g, powder, oral, 3 times a day", "placebo",
     [D(4, "g", "placebo")], None),  # unsure: an amount of placebo labelled as HOLDOUT7's "5 ml saline 0.9%"
    ("amounts", _T + "NCT00886678:intervention", "500 mg/m2, IV, q 21 days x 2 cycles", "pemetrexed",
     [D(500, "mg/m2", "pemetrexed")], None),  # "21 days", "2 cycles" are schedule
    ("non-doses", _T + "NCT00886678:intervention", "AUC=5,IV,q 21 days x 2 cycles", "carboplatin",
     [], None),  # a target AUC, not an amount (the table's "target AUC of 6 mg/mL/min")
    ("units", _T + "NCT00886678:intervention", "66 Gy over 33 fractions", "thoracic radiation",
     [D(66, "Gy", "thoracic radiation")], None),
    # ------------------------------------------------------------------ NCT0098xxxx
    ("amounts", _T + "NCT00986531:arm", "80 mg AZD8529", None,
     [D(80, "mg", "AZD8529")], None),
    ("non-doses", _T + "NCT00986531:intervention", "2 capsules by mouth for 3 days", "AZD8529",
     [], None),  # a capsule count and a duration, no amount
    ("units", _T + "NCT00986570:intervention", "100 U DL50 lyophilized powder for reconstitution in 1 ml Saline Solution 0.9%.", "Botulinum Toxin A",
     [D(100, "U", "Botulinum Toxin A")], None),  # unsure: the vial's content (as a tablet strength); the 1 ml diluent is no dose
    ("non-doses", _T + "NCT00986661:arm", "Subjects in each of three cohorts will receive a single dose of PV-10 to one Target Lesion.", None,
     [], None),  # counts of cohorts and doses, no amount
    ("units", _T + "NCT00986661:intervention", "Subjects will receive a single injection of PV-10 to a single Target Lesion (0.25 mL PV-10 per cc lesion volume, Lv, or 0.50 mL PV-10 per cc Lv).", "PV-10 (10% rose bengal disodium)",
     [D(0.25, "mL/cc", "PV-10"), D(0.5, "mL/cc", "PV-10")], None),  # unsure: a volume per cc of lesion volume, written as mL/cc
    ("units", _T + "NCT00986661:detailed_description", "will receive 0.25 mL PV-10 per cc lesion volume (Lv) to a single lesion (up to a maximum dose\n      of 7.5 mL PV-10)", None,
     [D(0.25, "mL/cc", "PV-10"), D(7.5, "mL", "PV-10")], None),  # unsure: the per-lesion-volume unit as above; the 7.5 mL cap labelled as an amount
    ("units", _T + "NCT00986713:intervention", "Aerosolized Amphotericin B,2mg/day or 10mg/day", "Amphotericin B",
     [D(2, "mg/day", "Amphotericin B"), D(10, "mg/day", "Amphotericin B")], None),
    ("agents", _T + "NCT00986713:brief_summary", "The purpose of this study is to determine whether inhalation with aerosolized amphoterin B\n      10mg/d is more effective than aerosolized amphoterin B 2mg/d to reduce the incidence of\n      invasive pulmonary aspergillosis.", None,
     [D(10, "mg/day", "amphoterin B"), D(2, "mg/day", "amphoterin B")], None),  # agent as the text misspells it
    ("agents", _T + "NCT00986765:arm", "Lovenox® (enoxaparin), 4000 UI/day (+ Aspegic® (Aspirin), 100 mg)", None,
     [D(4000, "IU/day", "Lovenox®"), D(100, "mg", "Aspegic®")], None),  # unsure: French "UI" read as IU; agents the brand names written first
    ("units", _T + "NCT00986765:intervention", "Injectable solution 4000 UI", "Lovenox® (enoxaparin)",
     [D(4000, "IU", "Lovenox® (enoxaparin)")], None),  # the phrase names no drug: the intervention name passed in
    ("units", _T + "NCT00986765:intervention", "100 mg/day", "Aspegic ® (Aspirin)",
     [D(100, "mg/day", "Aspegic ® (Aspirin)")], None),
]


# Known misses today (strict xfail), by the start of the phrase: what the reader gets wrong.
_MISSES: dict[str, str] = {
    "Beclomethasone Dipropionate (HFA-BDP, QV": "the drug named on the line above a list of doses yields to the intervention's own name",
    "Escalation steps will include 15, 20 and": WITHOUT_CONTEXT + "'75mg/m² for bendamustine': a name after 'for' counts only as a record's name",
    "Within 3-5 days after pretreatment, subj": "the TCR-T infusion is read as the agent; the label has none",
    "Drug: 0.3 mg per peptide vaccine + 0.5mg": "'per peptide vaccine' after the amount is not read as its agent",
    "Administration of local anesthetic to th": "'local anesthetic' is a class, not read as an agent",
    "The daily hydroxychloroquine treatment a": "'following day 1 dose of 400 mg': day 1 not read as the 400 mg dose's day",
    "20 mg prednisone pill to be taken in the": "the same 100 mg hydrocortisone given twice is listed once (the reader's rule for repeats)",
    "A starting dose of 56 milligram (mg) wil": "the same 56 mg given again later is listed once (the reader's rule for repeats)",
    "60 mg / 3 ml cross-linked hyaluronan, Sc": "the name after 'mg / 3 ml' is not read; the intervention's name is used",
    "The prescribed fraction dose is 180 cGy;": "the label keeps cGy; the reader normalises to Gy (1.8 Gy, 50.4-54 Gy), as its units are",
    "Participants receive 1 tablet, containin": WITHOUT_CONTEXT + "'(L50/H12.5/A5)' codes",
    "oral micronized progesterone (100 mg p.o": WITHOUT_CONTEXT + "'micronized' is cut from the name",
    "Participants first received oral microni": WITHOUT_CONTEXT + "'micronized' is cut from the name",
    "Up to 1.5 mg of Lysate of tumor per dose": WITHOUT_CONTEXT + "'Lysate of tumor' is cut at 'of'",
    "Picibanil ( OK-432 ) ,OK-432 (KE Z Klini": "a unit's definition ('1 KE contains 0.1 mg of dried cocci') is read as a dose",
    "Participants will receive a single 300-m": "'on Day 1' is read for the 100 microcuries only, not also for the 300-mg dose that contains them",
    "Multiple doses of 1.5 mg cytisine admini": WITHOUT_CONTEXT + "'cytisine' is not recognised as a drug name alone",
    "The investigators assessed the 6-week ef": "'SGLT2-i Empagliflozin': the drug class is read as the name",
    'Single dose of 500 mg / 10 mL': "'500 mg / 10 mL' is read as a concentration (the table's rule), the label as an amount and its volume",
    'Single dose of 500 mg / 20 mL': "'500 mg / 20 mL' is read as a concentration (the table's rule), the label as an amount and its volume",
    'will receive a dose of subcutaneous hepa': "the same 5,000 units given again later is listed once (the reader's rule for repeats)",
    'split-course chest radiation at 40-51 Gy': "the record's name 'split-course radiotherapy' is taken over the text's 'split-course chest radiation'",
    'In both groups, a 1 ml filled insulin sy': "the syringe's 'insulin' is read as the agent; the label takes the intervention's name",
    'Rituximab window (375 mg/m²)': "the intervention's name 'Rituximab window' is kept as written",
    'PEG-rhG-CSF single-dose was administered': WITHOUT_CONTEXT + 'the name is not found alone',
    'rhG-CSF was daily administered subcutane': WITHOUT_CONTEXT + 'the name is not found alone',
    'Neoadjuvant durvalumab 1500 mg q3w for 4': WITH_CONTEXT + "the second phase's 'Adjuvant durvalumab' keeps its phase word",
    'Patients will receive 150 million cardio': 'the cell type named after the count is not read as the agent',
    'Normal saline will be administered at a ': WITHOUT_CONTEXT + "'at a total volume of' reads as a diluent alone",
    '1mL of lidocaine 2% will be instilled in': "the same 1 mL for the other nostril is listed once (the reader's rule for repeats)",
    'The Barre method of intranasal administr': "the same 1 mL for the other nostril is listed once (the reader's rule for repeats)",
    '1x10^5 CMV-CTLs/kg': "the cell product 'CMV-CTLs' is read as the unit, not also as the agent",
    'If patient and donor are eligible, it wi': 'cells taken from the donor are read as a dose',
    'Each tablet contains 50 mg of clomiphene citrate Dosing': 'the days on the dosing line after the tablet strength are not read',
    'Asenapine tablets, SL, in a rising dose ': "the same 10 mg on the final day is listed once (the reader's rule for repeats)",
    'Dose: 2,400mg/m2 Route: IV continuous in': "'Days 1-2' on the line after a sentence's end is not read as the dose's days",
    'Control arm: anesthetic bloc (1 ml of li': "'physiological solution (1.5 ml)' is not read as a name; the drug before it is used",
    'Participants will receive each of the tw': "a cap after 'no greater than' and 'treatments of HU' are not read; 'nearest' is read as a name",
    'One SC injection at Day 0 and Day 180 of the TetraVax': "names with a slash ('rDEN2/4Δ30[ME]', 'rDEN3Δ30/31-7164') are cut at the slash",
    'bioequivalence between E2020 dry syrup 1': "'E2020 dry syrup 1% form (0.5 g)': the name before the form and strength is not read",
    'risedronate 150mg 1 tablet + Placebo(for': "the amounts a placebo matches ('Placebo(for ... 30,000 IU)') are read as doses",
    'Local MSC injection in peri-anal with a ': "the record's name 'MSC injection 02' is used; the text writes 'MSC injection'",
    'Infiltration with 0.25% 29,5ml + 0,5ml p': "'Infiltration' is read as the agent; neither the intervention's drug nor 'physiologic serum'",
    'Patients will receive of clinical grade ': "the abbreviation in brackets 'BBCs' is taken over the name before it",
    'Participants receive Acthar Gel as follo': "a record's name is matched without its form word: 'Acthar', not 'Acthar Gel'",
    'a single dose of a\n      new 1000 mg fas': "'fast release ASA' after the amount is not read as the name",
    'Idarubicin 12 mg/m^2 by vein (IV) over 1': "'Ara-C (Cytarabine)': the name before the brackets is kept, the label takes the one inside",
    'Consist of 6 herbal. 7.5 g Xanthium sibi': "botanical names with their authorities ('Patrin ex Widder', family in brackets) are not read",
    'a new sustained-release 45 mg (depot)\n  ': "'formulation of leuprolide acetate' on the next line is not read as the agent",
    'Acthar gel for subcutaneous injection 80': "'(40 units per 0.5 mL)' after a concentration is read as a dose in a volume, as '40 mg per 0.4 mL' is",
    'Sevoflurane for induction and maintenanc': "the words after the name ('local anesthetic blockade') are kept in the agent",
    '20mL de levobupivacaïne 0,5 % 20mL de ro': "French 'de' and the percentage after the name are not read; the second amount is lost",
    '20mL de ropivacaïne 0,5 %': 'the percentage after the name is kept in the agent',
    'ALA has been\n      shown to be safe when': WITHOUT_CONTEXT + "'ALA' as the sentence's subject is not read across the clause",
    '20 eyes with Subfoveal Choroidal Neovascularization, secondary to Age Related Macular Degeneration, with Posterior': 'the drug named in another sentence is not read',
    'Heparin (sodium heparin 5000 IU/ml) was ': "'per hour' after the name is not read as the dose's rate",
    'Intravenous administration:\nAmoxicillin/': "'Amoxicillin/clavulanic acid 100/10 mg/kg' across a line: the pair is not split, '6-hourly' is kept in a name",
    'Nasal glucagon (NG) administered as sing': "the subject before the brackets is not read across 'administered as single dose of'",
    'NG administered as single dose of 3 mg (': "a two-letter subject ('NG') is not read as the agent",
    'Dose of Calcium : 1500- 2000 gram elemen': "the name before the colon is taken over 'elemental Calcium' after the amount",
    'Tablet of 7.5 mg or 10 mg unit dose stre': "the '20 mg' later in the phrase is not read",
    '17.2mm x 7.1 mm capsule shaped pink bico': 'the tablet strength before the dose on day 5 is listed as a dose of its own',
    '25 mg Pediatric Formulation Delamanid BI': WITH_CONTEXT + "the record's name 'Pediatric Formulation Delamanid' is matched whole",
    '12 units of Ambrosia artemisiifolia majo': "a name after 'of' is cut at four words",
    'Intervention: Six months of zolpidem cr ': WITHOUT_CONTEXT + "'zolpidem cr' after 'Six months of' is not read alone",
    'compare the efficacy and safety of the s': "the form word is dropped from the name: 'Sufentanil', not 'Sufentanil Tablet'",
    'Clonidine administered orally:\nDay 1/loa': WITHOUT_CONTEXT + "the drug on the line above a 'Day 1/loading doses:' list is not read",
    'Placebo administered orally (identical c': "the misspelt 'doases' is read as a name",
    '300 mL of fecal suspension from a health': "the form word is dropped from the name: 'fecal', not 'fecal suspension'",
    'Patients received four subcutaneous inje': "'2-15×10e9 CIK' after the amount is not read as the second product's name",
    'Randomized arm "moderate" sufentanil I: ': "labels 'sufentanil I:' and 'propofol I:': the name after the amount is taken",
    'All subjects will receive an i.v. dose o': "the product word and isotope are cut from the name: 'GE-148', not 'GE-148 (18F) Injection'",
    'Both experimental and control groups rec': "'isotonic' is kept in the second agent, and 'Solution' dropped",
    'Intravenous injection of low volume (30 ': "the record's long name is used; the label takes 'radio contrast medium'",
    'Isotonic Sodium Bicarbonate 3 ml/kg/hr i': "'Isotonic' is kept in the agent",
    'Part one: Dose Escalation Group Hemay022': WITHOUT_CONTEXT + "'Hemay022 tablets will be taken orally once daily in doses of 50mg, ...': the subject is not read",
    'Fingolimod 0.5 mg per capsule(hard gelat': "'Venlafaxine, supplied in blister ...' in the next sentence: its amounts keep the first drug",
    'So, in Phase IIb, the starting dose of a': "'reductions will be allowed to 375 and 250 mg/d': the 375 is not read",
    'estrogen supplementation (Estradiol vale': "'Progynova® 3x2mg/day': the brand is the agent and the unit per day; the label takes 2 mg of Estradiol valerate",
    'embryo transfer is scheduled on the sixt': "the brand 'Utrogestan' is the agent; the label takes 'micronized progesterone'",
    'BEAM given as Carmustine (BCNU) 300mg/m2': "the last drug's day is not read",
    'will be assigned\n      to the starting d': "the dose level is carried to the co-drug 'each combined with 200 mg ritonavir'",
    'Healthy subjects meeting eligibility cri': "'500/125mg amoxicillin-clavulanate': the first amount keeps the drug before it",
    '4 doses of 200mCi 177Lu- DOTATOC PRRT': WITHOUT_CONTEXT + "'177Lu- DOTATOC' with a space is not read as a name",
    'Following a 10 mCi (±20%) intravenous in': "the name after 'intravenous injection (IV) of' is not read",
    'Once consented, patients to receive 1000': "'1000mg/10ml normal saline infusion of TXA': the name after the diluent is not read",
    'FLAG: Days 1-5: fludarabine 30 mg/m² IV ': "the G-CSF amounts take the days around them, and idarubicin's amount takes G-CSF",
    'continuous phenylephrine infusion started at a rate of 25mcg/min and titrated according to blood pressure plus': "a later 1000 mL of Ringer-Acetate keeps the first drug",
    'In Phase I, participants will be allocated to dose levels': "the arm's only intervention is not passed to the reader of an arm row; the label gives its name",
    'Recommended dose range: 12 to 20 mg/day.': "an amount whose sentence names no drug takes the record's name as the text writes it elsewhere ('sertindole'); the label writes it as the record does",
    'patients will be evaluated for involved-field': "the radiation's agent: the reader takes the record's intervention name ('Consolidation radiotherapy'), the label the text's 'involved-field irradiation'",
    'intravitreal injection of autologous bone marrow stem cells in 0.1 ml volume': "'in 0.1 ml volume' is read as the volume a product is given in (the table's 'in volume of 50ml' convention); the label counts it as the cells' dose",
    'Vehicle Cream, 0.2 g': "form word: the reader gives 'Vehicle', the label 'Vehicle Cream'",
    'gastric lavage by nasogastric tube with 1 liter of saline': "litres are read as a dose only of a gas; the label counts a lavage's 1 L of saline",
    'ABT-450/r/ABT-267 (150 mg/100 mg/25 mg': "three names joined by slashes, with a one-letter 'r' (ritonavir), are not paired with the three amounts in the bracket",
    'Patients randomized to this group will receive a PCA pump with morphine': WITHOUT_CONTEXT + "the drug is named in an earlier sentence ('a PCA pump with morphine. The basic rate is 0.3 mg/h')",
    'After surgery before the patient is discharged home their femoral catheter will then be connected to the home pain pump filled with saline': "the pump's fluid is named far from the rate ('home pain pump filled with saline solution, ... 6 ml/hr'); the reader names no agent",
    'Afatinib: x mg / day D2 to D21 by level': 'days written once before a list of levels are given to the first level only',
    'intra spinal injection of 1 ×10(8) mesenchymal stem cells': "a cell type written as the unit ('mesenchymal stem cells') is no agent by the table's convention ('NK cells/dose'); the label names it; and '+10cc normal saline' is read as a dose, the label as the carrier",
    'Gemcitabine (1.000 mg/sqm': "'1.000' with a point as the thousands separator is read as 1 (a decimal point)",
    'Participants are to apply up to 1 gram of generic fluorouracil': WITH_CONTEXT + "the record's name 'Generic Fluorouracil Cream' is matched as the text writes it ('generic fluorouracil'); the label drops 'generic'",
    'single 69 U dose administration of Dance': "'Dance inhaled human insulin': the device maker is taken as the agent",
    'single 208 U dose administration of Dance': "'Dance inhaled human insulin': the device maker is taken as the agent",
    'JECEVAX - VABIOTECH': "the product name opens a long label ('JECEVAX - VABIOTECH Vietnam Liquid form Composition: 0.8 BR209 ...'); the reader takes the nearer 'BR209'",
    'Participants are treated with angiotensin': "'Active vitamin D (Calcitriol)': the reader takes the name before the bracket, the label the one inside",
    'Active vitamin D (Calcitriol) 0.25': "'Active vitamin D (Calcitriol)': the reader takes the name before the bracket, the label the one inside",
    'Radiotherapy will be delivered with a daily': WITHOUT_CONTEXT + "read alone, 'Radiotherapy will be delivered with a daily dose of 1.8 Gy' gives no agent (the record's name 'Radiotherapy' does)",
    'Dolutegravir film-coated tablets will be': WITHOUT_CONTEXT + "read alone, the intervention name passed as agent is kept whole ('Dolutegravir film-coated tablets')",
    'ABC/DTG/3TC dispersible tablets will be': WITHOUT_CONTEXT + "read alone, the third amount takes 'DTG' (the record's names pair them)",
    'Subjects receive 3 doses of n-AC over 2': "the record's name 'N-Acetylcystein' is used; the text writes the abbreviation 'n-AC'",
    'Faslodex at 500 mg is administered IM in': "the days ('on days 1, 15') go to the two 5-mL injections' volume, not to the 500 mg",
    'receive radiosensitizing radiotherapy as': "'5 days per week' is no day list (the label leaves days open) and 'unfractionated heparin' loses 'unfractionated'",
    'The bupivacaine will have an infusion rate of 4cc an hour': "'an infusion rate of 4cc an hour': 'an hour' is not read as per hour, and a rate of mL is read as a pump's",
    'However, the reservoir will be filled with 200cc': "'filled with 200cc of ... saline' is read as a diluent (the table's convention); the label counts it",
    'The food dose will be escalated every 2': "'of each of the food flours': the reader takes the record's name 'Food Flour Buildup'",
    'The patient is given one intrathecal dose of plain bupivacaine': "'15 mg together with 0.2 mg morphine': the second amount takes the drug named before the first",
    'Definity microbubbles will be infused intravenously at a rate of 2mL/min': "mL/min is read as a clearance (eligibility texts) and a rate of mL as a pump's; the label counts an infusion rate",
    'Infusion of\n           Definity into a peripheral vein': "mL/min is read as a clearance and a rate of mL as a pump's; the label counts an infusion rate",
    'Eribulin mesylate (eribulin; E7389)': "the code in brackets ('E7389') is taken instead of the name before them, and the days of two schedules are shared wrongly",
    'a single dose of 90Y ibritumomab': "'90Y ibritumomab tiuxetan': the isotope's mass number is lost ('Y ibritumomab tiuxetan')",
    'The dose of 3-12mg/100mg(Aripiprazole/Sertraline': 'names paired after the amounts in a bracket written without a space are not read',
    'Teriflunomide 14mg tablet, oral single dose, fast condition Cholestyramine power': "a misspelt form word ('Cholestyramine power') stays in the name",
    'Drug: NRTIs (AZT/3TC 60/30mg tablet or ABC/3TC': "the second pair's 30 mg is dropped as a repeat of the first pair's 30 mg of 3TC",
    'The PCB will consist of a total of 20 mL': "the total of a mix takes the record's intervention name; the label 'local anesthetic'",
    'Ethinyl estradiol/Norgestimate encapsulated': 'two-word names paired over a slash, far from their amount pairs, are not split',
    'Ethinyl estradiol/Desogestrel oral formulation': 'two-word names paired over a slash, far from their amount pairs, are not split',
    'All patients will receive 0.5 Gy of radiation therapy': "the label names no agent for radiation; the reader takes 'radiation therapy' after 'of'",
    'It has been shown that TA at a': "an abbreviation ('TA') as the sentence's subject is not taken as the agent",
    '6 mg/kg every 3 weeks (cycle = 21 days).': "case: the text's 'trastuzumab' against the label's record name 'Trastuzumab'",
    'Trabectedin administered at the dose of 1.5 mg/mq-1.3 mg/mq': "a range written from high to low ('1.5 mg/mq-1.3 mg/mq') is read as its first end",
    'Each patients will receive intravenous trabectedin (1.5 mg/mq-1.3 mg/mq)': 'a range written from high to low is read as its first end',
    'Immediately after each brushing with Crest Cavity': "a brand's long product name is cut ('Crest Pro-Health')",
    'CB-MNC injection from different donors.': "'mil' is not read as million ('20-50 mil MNC/kg')",
    'Epidural injection of 1.5mL/min RTX': 'mL/min is read as a clearance; the label counts an epidural infusion rate',
    'Open label LAM-003 at three increasing': WITH_CONTEXT + "the record's name 'Open label LAM-003' is matched whole; the label drops 'Open label'",
    'topical Corticosteroid (Kenacort A Orabase': "a pack size ('5 gram adhesive paste') is read as a dose",
    'A radioactive dose of 300 MBq of the study drug with a total quantity of': "a cap written '</= 0.1 mg' with the giving verb after it ('will be administered') is read as a condition, not a dose",
    'The investigational drug will be given as a single administration in a dose of </= 0.1 mg': "'in a dose of </= 0.1 mg' is read as a condition, not a dose",
    'the dose of\n      regorafenib was fixed;': "the drug is named before a ';' ('the dose of regorafenib was fixed; 160 mg/day')",
    '1 gram of prehospital Tranexamic Acid': "a setting word ('prehospital') stays in the name",
    'The purpose of this study is to determine if 1 gram of prehospital': "a setting word ('prehospital') stays in the name",
    'Gmcitabine 1000㎎/㎡ mix in normal saline': "the diluent volumes after 'mix in normal saline' are read as doses, and 'andVinorelbine' (no space) keeps the 'and'",
    'TBI-1201(5*10^8) single-dose': "an amount with no unit in brackets right after a code ('TBI-1201(5*10^8)') is not read as cells",
    'Cyclosporin A given orally pretransplant': "the record's name 'Cyclosporine' is used; the text writes 'Cyclosporin A'",
    'IMRT 5 days per week for 6.5 weeks (tota': WITHOUT_CONTEXT + "read alone, the radiation named at the start is not carried to '(total dose 66 Gy)'",
    'Intra thecal inj.of 100 millions MNC in ': "the cell type written as the unit ('MNC') is no agent by the table's convention; with the record's names the reader takes 'STEM CELL THERAPY'",
    'participants were orally administered 10': "'on Days 1 and 2, twice daily on Days 3 to 27, and once daily on Day 28': only the first days are read",
    'Mixed meal test and ad libitum meal test duing infusion of exendin': "'exendin 9-39': the peptide's numbers are read as a range of the next amount's unit",
    'The study will assess the change in seru': "the lab analyte '25-OH' in brackets is taken as the agent of the first amount",
    'Humanized anti-GD2 antibody (hu14.18 K32': "'minimum 0.1×10^6 ... maximum 400×10^6 cells/kg' is not read as one range",
    'the efficacy of systematic folinic acid ': WITHOUT_CONTEXT + "'treatment at a dose of' between the name and the amount: read alone, the name is not carried",
    'Fluticasone propionate (Fp) 50 mcg per d': "'total daily dose of 100 mcg': the table writes a daily dose in the plain unit; the label per day",
    'During the treatment period, participant': 'the daily totals of a list of doses given twice a day are not computed (the label adds them per day)',
    'Flovent Diskus 250 mcg was used twice a ': "'total daily dose of 500 mcg': the table writes a daily dose in the plain unit; the label per day",
    'Each dose is 10 intranasal insufflations totaling 1.0 mL of Syntocinon': "form word: the reader gives 'Syntocinon', the label 'Syntocinon Spray'",
    'Participants will receive verinurad 24 m': "levels written after their amounts ('24 mg (cohort 1)') are given to the next amount",
    '4 ml %0.5 bupivacaine and 4mg(1 ml) dexa': 'the 4 mg takes the drug named before it (bupivacaine), not the one after its volume in brackets',
    'Amphotericin B Liposome for Injection 50': WITHOUT_CONTEXT + "read alone, the name before 'for Injection' and the vial strength is not carried to the dose",
    'AmBisome Liposome for Injection 50 mg/ v': "'AmBisome Liposome': with the record's names the reader takes 'Liposome'",
    'low-dose groups: Anlotinib 8mg per day p': "group names before a colon ('low-dose groups:') are not read as levels",
    '15 mL IA injection of 2% lidocaine (with': "the record's name 'lidocaine (without epinephrine)' is kept whole",
    'Nurse places a 0.4 mg nitroglycerin tabl': WITHOUT_CONTEXT + "read alone, 'Nurse places' is taken as the name before the amount",
    'Diet contains 5,500 mg sodium per day Di': "'5,500 mg sodium per day': 'per day' after the name is not read into the unit",
    'All patients (both groups) will be presc': "'calcium and vitamin D (Calcigran Forte 500mg/400IE)': 'IE' (German IU) is not read, and the brand is taken",
    'Given PO during RT 75mg/m2 daily during ': "'during RT 75mg/m2': the radiation before the amount is taken as its agent; the label the record's drug",
    'Jin Youli(PEG-rhG-CSF): The dose is dete': 'a brand heading the text before a colon is not carried into the later sentences',
    'AP CD/LD 500mg TID will be dispensed to ': "a name with a space and a slash ('AP CD/LD') is cut to 'LD'",
    'Oral administration of Allopurinol (Zylo': "caps ('without exceeding 400 mg / day in children and 900 ...') are read as conditions; the label counts them",
    'application of a 180gr (# 6.45) von Frey': "a von Frey filament's force in grams is read as a dose",
    '4mL stem cell suspension injected at the': "form word: the reader gives 'stem cell', the label 'stem cell suspension'",
    'Each vial of onabotulinumtoxinA will be ': "the concentration a dilution gives ('resulting in 10U onabotulinumtoxinA per 1 ml') is read as a dose and its volume",
    '2mg nicotine gum was used once every': WITH_CONTEXT + "form word: 'gum' stays in the name ('nicotine gum'), since a gum is also a substance ('Guar gum', 'Gum arabic')",
    'Participants previously received pembrol': "days in a bracket after a frequency code ('(Q2W; Days 1 and 15)') are not read",
    'Valtrex (R) (Valacyclovir Hydrochloride)': "'CAPLETS 1 gram of GlaxoSmithkline': the maker after 'of' is taken as the agent",
    'crossover comparative bioavailability st': "'1 gram of GlaxoSmithkline': the maker after 'of' is taken as the agent",
    'Compare and evaluate the single-dose bio': "'1 gram of GlaxoSmithkline': the maker after 'of' is taken as the agent",
    '20mg/10ml oxetacaine, 196mg/10ml magnesi': 'amount/volume pairs each before its own name: the names are shifted by one',
    'Healthy volunteers will receive controll': WITHOUT_CONTEXT + "'formulation 1 of Huperzine A (0.4mg)': read alone, the name loses its letter",
    'Type=exact number, unit=mg, number=300, ': "EU CTR key-value fields ('unit=mg, number=300') are not read",
    'Type=exact number, unit=mg/kg, number 0.': "EU CTR key-value fields ('unit=mg/kg, number 0.03') are not read",
    'Type=exact number, unit=mg, number= 10, ': "EU CTR key-value fields ('unit=mg, number= 10') are not read",
    'All participants will receive IGIV, 10% ': WITHOUT_CONTEXT + "'IGIV, 10% at either 0.2 g/kg': read alone, the name before the strength is not carried",
    'Two administrations of single intravenou': "'Iobenguane I 123 10 millicuries': a name ending in an isotope's mass number before the amount is not read",
    'Subjects enrolled in Cohort B will recei': "the label gives no level; the reader takes 'Cohort B' (as the table's 'Cohort 1: 5.0x10^9 cells' does)",
    'Dabrafenib study treatment will be provi': "'provided by GSK as 50 mg and 75 mg hydroxypropyl methylcellulose (HPMC) capsules': the maker and the capsule's material are taken as agents",
    'Participants will receive standardized b': "'155 total units' is read, but the drug named earlier in the sentence is not carried to it",
    'Second dose of botulinum-A toxin will ei': "'155 total units' and '195 total units' are read, but the drug named before 'will ... be maintained at' is not carried",
    '(Dose 1): 5 ppm inhaled nitric oxide for': "labels in brackets before a colon ('(Dose 1):') are not read as levels",
    '5 cycles of 5.5 GBq (150 mCi) each, up t': "'... 28 GBq (750 mCi) 177Lu-DOTATATE': the product named after the last amount is not carried to the earlier ones",
    'Patients with risk factors for late rena': "the record's name '22 GBq 177Lu-DOTATATE' is kept whole, with its activity",
    'Degludec insulin 100 Units/mL, average d': WITHOUT_CONTEXT + "read alone, 'Degludec insulin' gives 'insulin'; the label the brand word before it",
    'Glargine (U-100) insulin 100 Units/mL, a': WITHOUT_CONTEXT + "read alone, 'Glargine (U-100) insulin' gives 'insulin'; the label the brand word",
    '15mg suspension of clean-surfaced, facet': "'suspension of clean-surfaced, faceted, gold nanocrystals': the adjectives after 'of' are taken for the name",
    '30mg suspension of clean-surfaced, facet': "'suspension of clean-surfaced, faceted, gold nanocrystals': the adjectives after 'of' are taken for the name",
    'Subjects will accrue in 3 to 6-subject e': "'0.156mg/kg of DNA': the label gives no agent; the reader takes 'DNA'",
    'On day 0, participants receive a 100 mg ': "the second product's name ('cetuximab-IRDye 800CW') after its amount is not read; the days differ from the label's",
    'is an immediately dispersing extended-re': "'(10 mEq) potassium' in the next clause is not read",
    'will be randomized to K-supplements, 20m': "'(2-10mEq tablets)': a count of tablets and their strength is read as a range",
    'Glycopyrronium bromide will be available': WITHOUT_CONTEXT + "read alone, the salt after the name is dropped ('Glycopyrronium')",
    'dabigatran etexilate 110 mg bid + aspiri': "the same 110 mg of dabigatran in the second phase is listed again (a different schedule by the reader's rule)",
    'The combined vaccine preparation consist': "the record's long name is taken; 'nor-MDP (0.025) mg' (an amount in brackets before its unit) and the final volume are not read",
    'Comparison of 4 different dose levels of': "the fourth level's amount ('500 mcg/mL' written as a concentration) is not read",
    'Colestilan was administered orally 5 g t': "the days after the daily total ('15 g/day) from Day 3 to Day 24') go to the total, the label gives them to the 5 g",
    'started on oral pentoxifylline therapy 4': "'pentoxifylline therapy': 'therapy' is kept after a name not in the strict drug-suffix list",
    'During phase I part of the study, increa': "'in steps of 160,000 IU/kg starting at 480,000 IU/kg': the steps are not computed (the label lists 640,000)",
    'A single 2 x100 mg dose of an experiment': "'dose of an experimental Racecadotril Film-coated tablet': the name after 'experimental' is not read",
    'A single 2 x 100 mg dose of a marketed T': "the reader keeps the registered mark ('Tiorfast®'), as the text writes it; the label drops it",
    'A single 175 mg dose of a marketed Tiorf': "the reader keeps the registered mark ('Tiorfanor®'), as the text writes it; the label drops it",
    'a once-weekly prophylactic regimen of 25': WITHOUT_CONTEXT + "read alone, 'ADVATE' on the next line is not read as the name",
    'ACB Study - 20 ml 0.5% Ropivacaine for A': WITH_CONTEXT + "the record's name 'Ropivacaine for Adductor Canal' is used; the label takes 'Ropivacaine'",
    'The dose of Nissle 1917 will be 100mg ca': "'Nissle 1917': a name ending in a number is not read",
    'Each 50 cm*2 test site area of a subject requires 100 mg of a test material to obtain': "'2 mg/cm*2' is not read as mg/cm2, and 'standard' is taken as its agent",
    'Neoadjuvant cisplatin (75 mg/m2) D1 and ': WITH_CONTEXT + "the phase word stays in the name ('Neoadjuvant cisplatin'), from the record's names",
    'Adjuvant cisplatin (75mg/m2) D1, pemetre': "the phase word stays in the name, and '500mgm2' (no slash) is not read",
    'Antigen + Adjuvant - 0.6 mg lyophilized ': "'0.6 mg lyophilized PEK fusion protein + 0.6 ml* GPI- 0100': the names after the amounts are not read",
    'Antigen + Adjuvant - 1.2 mg lyophilized ': "'1.2 mg lyophilized PEK fusion protein + 1.2 ml* GPI- 0100': the names after the amounts are not read",
    'bolus infusion of 2ng/kg bodyweight lps': "the record's name 'Lipopolysaccharide' is used; the text writes 'lps'",
    'TIT (MTX: 12 mg, ARA-C: 30 mg, hydrocort': "days after a bracketed list ('... hydrocortisone: 20 mg) on days 1, 28, 56') go to the last item only",
    '150/150/200/10 mg fixed-dose combination': "four amounts over four slash-joined names ('E/C/F/TAF') are not paired, and the repeated 150 mg is listed once",
    'Interventions: indacaterol/glycopyrroniu': "'ipratropium/salbutamol 0,5 mg, 2,5 mg': amounts joined by a comma are not paired with the slash-joined names",
    'Toca 511: 14 mL intravenously daily for ': WITHOUT_CONTEXT + "'Toca 511': a name ending in a number is cut to 'Toca'",
    'Toca FC is supplied as 500 mg white, obl': "the tablet's colour ('white') is taken as the agent; the label takes the record's name",
    'Participants will receive Treatment A (1': 'the days after the last drug of a bracketed treatment are not shared with the drugs before it',
    '100-mcL spray of 14% esketamine solution': "'100-mcL spray': a hyphenated microlitre volume is not read",
    'Participants in Cohort 4 (Caucasian part': "'a 56-mg intranasal esketamine dose regimen': a hyphenated amount before a route and name is not read",
    'Linsitinib is to be taken orally once a ': "the subject and the days of the sentence before 'The starting dose is 600 mg' are not carried",
    'Single cohort, 2-period study:\nPeriod 1,': "the same 1000 mg metformin in the second period is listed once (the reader's rule for repeats)",
    'Clopidogrel (tablet) over 8 days Day 1: ': "'E.coli Endotoxin Day 7 - 2 ng/kg': the day before the amount is not kept as its day",
    'E.coli Endotoxin Day 7 - 2 ng/kg': "the day before the amount ('Day 7 - 2 ng/kg') is not kept as its day",
    'Placebo is administered intradermally, d': "the record's name 'POL-103A without API' is used; the text writes 'Placebo'",
    'Drug: oxytocin and placebo nasal spray (': WITHOUT_CONTEXT + 'the drug named before the brackets holding the dose is not carried into them',
    'Period 3, metformin 500 mg bid + ranolaz': "the days after the second drug ('on Days 11-15') are not shared with the first",
    'TAP-144-SR(6M) 22.5 mg, injection, treat': "a code's bracketed suffix ('TAP-144-SR(6M)') is cut from the name",
    'TAP-144-SR(3M) 11.25 mg, injection, trea': "a code's bracketed suffix ('TAP-144-SR(3M)') is cut from the name",
    'Participants will self-administer a 0.5 ': "the record's name 'Intranasal Vasopressin (AVP) 40 IU' is kept whole for the volume",
    'HIV MAG pDNA plus 1,000 mcg (or highest ': "the name after a bracket following the amount ('(or highest dose reached) IL-12 pDNA') is not read",
    'In case of intolerance, dosage can be de': "'decreased to a minimum of 10 mg t.i.d.': a floor is read as a condition",
    'TLI Administration: TLI is administered ': "the record's long name is used for 'TLI', and the days after 'and day -4 through day -1' stop at -4",
    'the pharmacokinetic data will be evaluat': WITHOUT_CONTEXT + "read alone, the product after the amount ('200 mg\\n      ULTRAM ER dose') is not read across the line break",
    'Maraviroc Dose: 300 mg/12 hours For pati': "'For patients receiving Efavirenz dose the dose will be 600 mg': the co-medication named in the condition is taken as the agent",
    'Zoenasa Rectal Gel (4.0g mesalamine [5-A': "the gel's volume takes the intervention's name ('Zoenasa-1:4'); the label the product as the text writes it",
    'Mesalamine Rectal Suspension Enema (4.0g': "the form word 'Enema' before the bracket is taken as the name of both amounts",
    'Fast for 12h before the examination and ': "'containing 40 mg simethicone in 1mL emulsion' (a concentration) is read as a dose, and the form word 'Emulsion' is dropped",
    'Monovalent type 1 oral poliovirus vaccin': "'at least106 TCID50': a lost superscript glued to a word is not read",
    'The bivalent vaccine containing at least': "'Sabin poliovirus type 1': the type number is cut from the name",
    'one 0.5mg varenicline capsule on first 3': "the same 0.5 mg on another schedule ('on first 3 days' then 'twice daily for 4 days') is listed once",
    'Subjects in the risedronate group will t': '\'35 mg of the bisphosphonate "risedronate"\': the class word after \'of the\' is taken as the agent',
    'Patients received 15 milligrams per kilo': "'levofloxacin 250 mg or 500 mg': the first amount after the name takes the drug of the sentence before",
    'Patients received 1.0 g meropenem as an ': WITH_CONTEXT + "'levofloxacin 250 mg or 500 mg': the first amount after the name takes the drug of the sentence before",
    'Day 1-7: tamsulosin 0.4mg in the evening': "the same 0.4 mg on day 8 ('Day 8: surgery; tamsulosin 0.4mg') is not given its day and is listed once",
    '1-2gm schats of NAC PLUS 100 mg of cc in': "'schats' (sachets, misspelt) is taken as the agent; the days ('the therd day ... till day 8') are not read",
    'each patient was selected randomly to re': WITHOUT_CONTEXT + "read alone, 'NAC (Sedico, Cairo, ARE), in a dose of 1.2 g/d': the maker in brackets hides the name",
    'NAC 2gm plus cc 100mg from 3rd day of th': "'cc 100mg': a two-letter lower-case name before the amount is not read; 'from 3rd day ... till day 8' is read as day 8",
    'There are 3 treatment formulations of KC': "the formulations' labels ('A: Current', 'B: New') are taken as agents; the label lists the one 60 mg of KCP-330",
    '100 mg group will receive E6011 subcutan': "the level's amount before the name ('100 mg group will receive E6011') is not given the drug",
    '400 mg group will receive E6011 subcutan': "the level's amount before the name ('400 mg group will receive E6011') is not given the drug",
    '1000 mg D1, D8, D15 in GA-DHAP 1000 mg D': "the regimens the doses belong to ('in GA-DHAP', 'in GA-BEAM') are taken as agents, and the same 1000 mg every 2 months is listed once",
    '2g/m² D1 & D2 in GA-DHAP 400 mg/m² D-6 t': "the regimen ('in GA-DHAP') is taken as the second amount's agent",
    'Phase 1: 6 patients will receive either ': "'60,000 or 300,000 hUTC': an abbreviation of cells ('human umbilical tissue-derived cells') as the unit is not read",
    'LC23-1306 10, 30, 100, 200, 400, 600 mg ': "the name after the last amount of a list ('600 mg Placebo 10, 30, ...') is taken as its agent, not as the next list's",
    'Carboplatin intravenously (IV), 425 mg/m': "'days 7 through 4 pretransplant' (days -7 to -4) are read as days 7 and 4",
    'Ataluren PO 10-,10-,20-mg/kg for 48 week': "amounts each with a hyphen ('10-,10-,20-mg/kg') are not read",
    'Placebo PO 10-,10-,20-,mg/kg for 48 week': "amounts each with a hyphen ('10-,10-,20-,mg/kg') are not read",
    'Patients taking mycophenolate mofetil (M': WITHOUT_CONTEXT + "read alone, 'while patients receiving Myfortic will receive 720 mg': the second drug, before 'will receive', is not read",
    'Matching placebo for Dapagliflozin Once ': "the matched drug's strength ('Matching placebo for Dapagliflozin ... 10 mg') is read as a dose; the label gives none",
    'Participants will sequentially receive 5': "'5 milliliter of each 6 JNJ-53718678 formulations': the name after 'of each 6' is not read",
    'Gabapentin liquid by mouth or Per Tube 3': "the route 'Per Tube' is taken as the agent",
    'The dosage of cytarabine is 2000mg/m2/12': "'2000mg/m2/12h for 3 days (1,3,5)': the days in bare brackets are not read",
    'Udenafil (Zydena), a newly developed PDE': WITHOUT_CONTEXT + "read alone, the class words after the brand ('a newly developed PDE-5 inhibitor') are taken as the name",
    'Participants who weigh more than 100 kg ': WITHOUT_CONTEXT + "read alone, 'CNTO 6785': a name ending in a number is cut to 'CNTO'",
    'a bolus infection of esmolol 500 mgc/kg ': "the misspelt unit 'mgc/kg' (mcg/kg) is not read",
    'Hour 2: 5-FU 400 mg/m² IV bolus over 2-4': "'On day 1' before the hours is not given to the doses",
    'subjects aged between 6 to <36 months re': "the days after the second amount ('on days 1 and 29') are not shared with the first",
    'Normal Saline 0.9% Sodium Chloride is di': "the diluent named last ('diluted in 5% Dextrose') is taken as the agent",
    'In this phase II trial, patients will be': "'CMVpp65-CTL/kg/dose/week': the week after '/dose' is read into the unit, and the record's name is used",
    'Cohort 1: single dose of 120 mg (3 x 40 ': "'a single dose of 80 mg (2 x 40 mg) testosterone undecanoate': the name before ('DITEST') is kept for the second product's total",
    '600 mg LipoCol Forte® Capsules compared ': "the reader keeps the registered mark ('LipoCol Forte®'), as the text writes it; the label drops it",
    'Polyethylene glycol 3350, 8L in 48 hours': "read alone, the name before its grade number ('Polyethylene glycol 3350, 8L') is not carried to the litres",
    'Intestinal lavage with PEG is initiated ': "rates after 'goal rate of' ('400cc/hour') are read as a device's, not as doses, and the name is not carried to the last rate",
    'Repository corticotropin injection, 80 U': "form word: the reader gives 'Repository corticotropin', the label 'Repository corticotropin injection'",
    'the dosage of mesenchymal stem cells ten': "'the dosage of mesenchymal stem cells tends to be 10^6/kg/time': the cells named before are not carried",
    'Three participants will receive JNJ 3939': WITHOUT_CONTEXT + "read alone, 'JNJ 39393406 of 2 different solid formulations ... with 2 different doses (30 and 120 mg)': the sponsor's code is too far before the amounts",
    'Participants in this arm will receive 2/': "'(0.2 mL) of inactivated polio vaccine': 'inactivated' is dropped from the name read after the bracket",
    'Participants in this study arm will rece': "'(0.5 mL) of inactivated polio vaccine': 'inactivated' is dropped from the name read after the bracket",
    'Autoconjunctival grafting and subconjunt': WITH_CONTEXT + "the route adjective stays in the name ('subconjuntival bevacizumab')",
    'Dose group II: total daily dose 4 mg (2 ': "'Dose group II:' (a roman numeral) is not read as the level",
    '8 weeks R20mg/Kg + HZE and efavirenz 800': "a one-letter drug code glued to its amount ('R20mg/Kg', rifampicin) is not read as the agent",
    '8 weeks R10mg/Kg + HZE and efavirenz 600': "a one-letter drug code glued to its amount ('R10mg/Kg', rifampicin) is not read as the agent",
    'using R at 10 and 20mg/Kg/day and EFV at': "a one-letter drug code ('R at 10 and 20mg/Kg/day') is not read as the agent",
    '0.5 mL Salmonella typhi vaccine + 6l/min': WITHOUT_CONTEXT + "read alone, 'Salmonella typhi vaccine' is cut to 'Salmonella' after the amount",
    'all study participants will receive 0.5 ': "'(Typhim Vi, Sanofi Pasteur MSD) ... 25 microgram': the maker in brackets is taken as the agent",
    'Arm 1 will undergo four weeks of treatme': "'treatment with MP extended-release (20 mg/day': a two-letter code before a release word is not read",
    'Following the washout period, Arm 2 will': "'treatment with MP extended-release (20mg/day)': a two-letter code before a release word is not read",
    '8-methoxypsoralen 10mg per 20 kg body we': "'10mg per 20 kg body weight' is not read as 0.5 mg/kg",
    'low molecular weight heparin, 4100u, qd,': "a lower-case 'u' glued to the amount ('4100u') is not read as units",
    'low molecular weight heparin, 4100u, onc': "a lower-case 'u' glued to the amount ('4100u') is not read as units",
    'AndroGel 5G topical testosterone': "a capital 'G' glued to the amount ('5G') is not read as grams",
    'NK DLI products containing >1 10e7 NK ce': "'>1 10e7' (1 x 10^7, the times sign lost) is read as 10e7 = 1e8, and the record's long name is used",
    'DCA orally 12.5mg/kg or per G-tube BID d': "'-200 cGy/d' after a slash ('70 Gy/35 -200 cGy/d') is not read",
    'Fluticasone furoate/ vilanterol will be ': "'Fluticasone furoate/ vilanterol will be available as 200/25 mcg Novel dry powder inhaler': the names are too far before, and 'Novel' is taken",
    'Sodium Chloride for Injection, 0.9% to b': "the name before 'for Injection, 0.9%' is not read; the intervention's name ('Placebo for MVA-CMDR') is used",
    'adductor canal block with 25 mL and 10 m': "'25 mL and 10 mL, respectively, of 0.25% bupivacaine (plus 2 mg preservative-free (PF) dexamethasone': the names are not carried",
    'The single doses of GSK2849466 planned i': "the levels written after the lists ('(Cohort 1) and ... (Cohort 2)') are not given to their amounts",
    'S-1,80mg/m2/d,peroral BID,in treatment d': "'S-1,80mg/m2/d': a comma glued between the code and the amount hides the amount",
    'A total irradiation dose of 45 Gy was de': "'in daily 1.8-Gy fractions': a hyphenated Gy amount is not read",
    'recommends the use of Cefazolin at induc': WITHOUT_CONTEXT + "read alone, the drug named in the sentence before ('Cefazolin') is not carried",
    'the Ceftriaxone will be administered to ': WITHOUT_CONTEXT + "read alone, the drug named in the sentences before ('the Ceftriaxone') is not carried",
    'Radiotherapy: 50.4Gy at 1.8Gy/Fx, for 28': "'(Field reduction at 45Gy)' is read as a dose; the label gives none",
    'risk-based intensity modulated radiation': WITHOUT_CONTEXT + "read alone, 'intensity modulated radiation therapy consisting of 60 Gy' is not carried to the amounts",
    'In the active arm, the added therapy wil': WITHOUT_CONTEXT + "read alone, 'metformin XL in an initial dose of 1000mg/day': the release code after the name is dropped",
    'They will continue on Metformin XL 500mg': WITHOUT_CONTEXT + "read alone, the text's later 'the metformin XL dose' is not used for the second amount (the label writes it in lower case)",
    'placebo match for 600 and 1200 mg Met DR': "the strengths a placebo matches ('placebo match for 600 and 1200 mg Met DR') are read as doses",
    '0.5mg,per day,oral intake.': "'0.5mg,per day': 'per day' after a comma is not read into the unit",
    '0.5 mL liquid dose for intramuscular inj': "the form word 'liquid' after the amount is taken as the agent",
    'Itacitinib 400 mg placebo twice a day': "the strength a placebo matches ('Itacitinib 400 mg placebo') is read as a dose",
    'Single Dose 400mg': "the intervention's name is used with its strength ('Pregnenolone 400mg'), as the table's rows write it; the label cuts it",
    'Drug: D5W Dose given daily, IV same volu': "'same volume that Clarithromycin would be to equal 10 mg/kg': a placebo's matching volume is read as a dose",
    'Cohort A will have 8 total subjects. 6 s': 'the label gives no level; the reader takes the cohort the text opens with',
    'Cohort C will have 8 total subjects. 6 s': 'the label gives no level; the reader takes the cohort the text opens with',
    'Three dose cohorts (A: 0.33 mg/kg B: 0.6': "one-letter levels after 'Three dose cohorts (' ('A:', 'B:', 'C:') are not read",
    'Single arm study:\nPembrolizumab IV every': "'Pembrolizumab IV every 21 days (200 mg) Carboplatin': the amount in brackets takes the name after it",
    'oral rapidly dissolving olanzapine (Zydi': WITH_CONTEXT + "'rapidly dissolving' stays in the name the record gives ('5mg rapidly dissolving olanzapine')",
    '5mg rapidly dissolving olanzapine': "'rapidly dissolving' stays in the name the record gives ('5mg rapidly dissolving olanzapine')",
    'Level 1: S-1, 25 mg/m2, bid, Day 1-14; R': "the level is not carried past ';' to the radiotherapy dose",
    'Level 5: S-1, 35 mg/m2, bid, Day 1-16; R': "the level is not carried past ';' to the radiotherapy dose",
    'All dose levels are followed by Gemcitab': "'G 1000 mg/m2': the label takes the one-letter 'G', the reader 'Gemcitabine'; the days after 'S-1 60/80/100 mg/day' go to the last amount only",
    'Phosphate buffered saline; 0.5 mL intram': "the vehicle named before ';' is not carried to the volume",
    'KW-0761 (Mogamulizumab): 0.1 mg/kg, ever': "the sponsor's code before the generic name in brackets is kept (another label, 'LY2189265 (Dulaglutide)', keeps the code)",
    '3ml of 0.9% sterile saline will be admin': "'0.9% sterile saline' (a vehicle) is not taken as the agent",
    'BMX-001 at escalating doses in combinati': "the drug the sentence opens with ('BMX-001 at escalating doses') is taken for the radiotherapy and chemotherapy after it, and '5FU' is cut to 'FU'",
    '<Pre-medication for Alimta> D-7 ~ Folic ': "days written before each drug ('D-7 ~ Folic acid', 'D-1 Vitamin B12') are given to the wrong amounts",
    '<Treatment> D1 Alimta 500mg/m2 + NS 100m': "the normal saline the drug is given in ('+ NS 100ml') is read as a dose",
    'this group will receive Botulinum Toxin ': WITHOUT_CONTEXT + "read alone, 'Botulinum Toxin A' is cut before its type letter",
    'in 29th day, cyclophosphamide(CY) 250mg/': "an ordinal day before the drug ('in 29th day,') is not read",
    'Experimental groups will be given TACE a': "'250mg/cm2' (the label reads cm2 as a slip for m2) is read as mg",
    'Rituximab: One gm i.v. will be administe': "an amount written as a word before 'gm' ('One gm') is not read",
    'Intravenous immunoglobulin (IVIG): 0.5 g': "the label takes the short name in brackets ('IVIG'); the reader the name before it ('immunoglobulin', without 'Intravenous')",
    'Pertubation solution of lidocaine 0.5 mg': "'lidocaine 0.5 mg ml' (a concentration, its slash lost, of a test solution) is read as a dose",
    'All participants will receive intravenou': "'1g of methylprednisolone per day': 'per day' after the name stays a schedule, as the table writes it; the label writes g/day",
    'The maximum volume of T-Vec administered': "the record's long name ('Talimogene laherparepvec') is used; the text writes 'T-Vec'",
    'receive single dose of NALDEBAIN (150 mg': "the brand before the bracket is kept ('NALDEBAIN'), and the vial's '2 ml/vial' is read as a dose",
    'Liposomal bupivacaine (Exparel) 20mL of ': "'20mL of injectable saline diluted with 60 ml ... Marcaine': the diluent is taken as the agent and the 60 mL is dropped",
    'Participants will receive 10 milligram (': 'the same 10 mg with and without a day is listed twice',
    'Patients will receive 166 mg of liposoma': "'non-liposomal' is dropped from the second name ('non-liposomal bupivacaine')",
    'The purpose of this study is to assess t': "the drug named earlier ('Xisimin (loratadine)') is not carried past 'compared with Clarityne' to the 10 mg",
    'Phase 1: Determine safety of 2.5x10^6 ce': "agent: 'Determine safety' (a heading's verb) is read as the name; the label names the CAR-20/19-T cells after the amount",
    'A fixed dose of 2.5 x 10^6 CAR-20/19-T c': "unit: 'CAR-20/19-T cells/kg' is read as cells, not cells/kg, and the intervention's name is given",
    'Phase 1/1b: Determine the safety of a fi': "unit: 'cells/kg' after a product name with '/' is read as cells; no agent",
    'Patients will be given 1 tube containing': "agent: the label keeps the form word of 'PTX gel' / 'placebo gel' for the volume of gel",
    'All the 8 patients receives a daily oral': "agent: the drug of the sentence before ('a daily oral dose of BP-C2') is not carried to 'This represents 15 ml'",
    'BP-C2 will be administered orally once p': WITHOUT_CONTEXT + "read alone, the volumes that 'represent' a mg/kg dose for a 75 kg patient get no agent",
    '32 mcg (<50kg) or 40 mcg (≥50kg) secreti': "weight bands in brackets: the amounts before them get no agent, and the restated '(40 mcg; q 12 hrs)' is read again",
    'Both groups will\n      receive subacromi': "agent: the volume before a concentration bracket takes the site words, not 'betamethasone' after the bracket",
    'Copanlisib will be administered i.v. on ': "days: the days of the sentence before ('on days 1, 8, and 15 of each cycle') are not carried to the dose level's amount",
    'bb2121 autologous CAR T cells will be in': "agent: the code 'bb2121' that opens the sentence is not taken as the cells' name",
    'PCZ will be used as recommended in table': "schedule: 'on the first day' is not day 1, so the second 300 mg 'the following days' is dropped as a repeat",
    'Eravacycline (TP-434) intravenous formul': "a flattened table ('Dose (mg/kg) 12 to <18 (Cohort 1) 1.50'): the unit in the header is not read",
    'Eravacycline will be administered as a s': "a flattened table ('Dose (mg/kg) ... (Cohort 2) 1.75'): the unit in the header is not read",
    '0.625mg/1g cream, 1g applied vaginally n': "a strength per gram of cream ('0.625mg/1g') is read as a dose besides the 1 g applied",
    '50 g donor feces suspended in saline wit': "agent: the intervention's name is given, not 'donor feces' after the amount",
    'At each one of the assessment points 9 c': "blood drawn: '9 cc of venous of blood will be taken' (garbled) is read as a dose of 'venous'",
    'Capsule, P.O. 12mg qd ,days 1-14, 21 day': "days: the cycle length after 'days 1-14,' ('21 days') is read as day 21",
    'Dronabinol will be slowly titrated in th': "agent: the record's product name ('THX-110') is given to 'PEA 800 mg/day' instead of PEA",
    'Experiment 1 will involve N= 14 subjects': WITHOUT_CONTEXT + "read alone, 'placebo' before 'zolpidem' is taken as the first amount's drug",
    'Experiment 2, which will involve N=20 su': WITHOUT_CONTEXT + "read alone, 'placebo' before 'zolpidem' is taken as the first amount's drug",
    'All subjects will receive oral doses of LEO 32731 up': WITHOUT_CONTEXT + "read alone, the drug named after the schedule ('of LEO 32731') is not found",
    'Subjects will receive a single oral dose of 2.5 mg midazolam': "days: only the first of the days listed ('Days -1, 4, 7 and 17') is read",
    'beta carotene 25,000 IU\nvitamin D3 50,00': "agent: in a list of one drug a line, '50 mg' takes the next line's 'dexamethasone' instead of its own 'zinc'",
    'Placebo tablet apparently identical to R': "a placebo 'identical to Respatio 25mg tablets' is read as 25 mg of Respatio",
    'AZD2811 200mg IV QD CnD1 & D4 every 4wee': "days: 'CnD1' (cycle n, day 1) is not read as day 1",
    'Cohort 2: 75 mg SC; Cohort 3: 150 mg SC;': "a placebo intervention that copies the active cohorts' amounts is read as placebo doses; the label says none",
    'D = Ticagrelor commercial IR (1 x 90 mg)': "agent: 'commercial IR' (a formulation) is taken as the name instead of 'Ticagrelor'",
    'Amoxicillin 100mg/ml mixture (Imacillin)': "agent: the brand in brackets ('Imacillin') is taken over the generic before the concentration",
    'Lactulose crystals, oral intake, 20 g si': WITH_CONTEXT + "form word: the label cuts 'crystals' from 'Lactulose crystals'",
    'patients will receive CTL dose x 1 with ': "unit: '2.5 × 10(4) CD3/kg' is read as cells, not cells/kg",
    'HLA matched donors will get Dose 2.5 × 1': "unit: '2.5 × 10(4) CD3/kg' and '0.5 × 104' are not read",
    'Patients will receive 30 mg/m2 per day i': "agent: the spelt-out 'granulocyte colony stimulating factor' is given, the label takes its abbreviation 'G-CSF'",
    'Intramuscular BPG prophylaxis (600,000 I': "agent: 'BPG prophylaxis': the purpose word is kept in the name",
    '25 mg melatonin in 1 g cream twice daily': "the cream the drug is in ('in 1 g cream') is read as a dose",
    'In this study, the patients will adminis': "agent: '1 g of cream containing melatonin' gets no agent; the label names the cream",
    'comparing formoterol-beclometason 12/200': 'agent: hyphen-joined names before slash-joined amounts are not paired',
    'Stereotactic body radiotherapy, radiatio': WITHOUT_CONTEXT + "read alone, the radiotherapy's name before 'radiation dose' is not found",
    'SBRT radiation dose is 40-50 Gy in total': "agent: 'SBRT radiation': the label keeps 'SBRT'",
    'in the dosage of 2 mL 20% solution acety': "agent: the drug after '20% solution' is not found",
    '180 mg BPI-7711 capsule + 250mg gefitini': "agent: 'gefitinib placebo': the placebo word after the name is cut",
    '180 mg BPI-7711 placebo capsule + 250mg ': "agent: 'BPI-7711 placebo': the placebo word after the name is cut",
    'The main\n      purpose of this study is ': "agent: the label keeps the 'CD19.' of 'CD19.CAR T cell'",
    'Matching placebo at equivalent volume to': "a placebo matched to '3 mg setmelanotide' is read as 3 mg of setmelanotide",
    'Nine patients with histologically confir': "unit: a titre per mL ('CCID50/mL') is not read; the label takes it as the dose",
    'Two sterile gauzes will be dampen with the content of the syringe (20ml saline': "agent: the label keeps 'serum' of 'saline serum'",
    'Initial dose: Pyrotinib Maleate 400mg or': "unit: '75mg per square of BSA' is not read as mg/m2",
    'One 400 mg tablet is swallowed (without ': "the water the tablet is swallowed with ('240 mL') is read as a dose",
    'Induction period: The time of beginning ': WITHOUT_CONTEXT + 'read alone, the drug of the sentence before is not carried to the amount',
    'In the Phase I dose escalation trial, th': "unit: a titre per mL ('CCID50/mL') is not read; the label takes it as the dose",
    'Esomeprazole Dosage (Weight Less Than 20': "agent: the weight band in brackets ('Weight Less') is taken as the name",
    'Esomeprazole Dosage (Weight 20 kg or Gre': "agent: the weight band in brackets ('Weight Greater') is taken as the name",
    'Day 1-4: Metformin tablet 500 mg x 2 Day': "'Metformin tablet 1000 + 500 mg': the amount before '+' is not read",
    'Dosing Group 1:\n- Loading dose pre chemo': "level: 'Dosing Group 1:' is not read as a level; the schedule word 'CRT' is taken as the name",
    'To evaluate the efficacy of 3.6 g omega ': "unit: '/day' after the bracket of parts ('(2.4 g EPA + 1.2 g DHA)/day') is not read; agent 'omega 3' for 'omega 3 fatty acid'",
    'Blood test for CRP level (about 6 ml or ': "blood drawn: 'about 6 ml ... of blood' for a CRP test is read as a dose",
    'Oxygen/air (fraction of inspired oxygen ': "an anaesthesia protocol: the gas flow is read as a dose, 'LBW' (lean body weight) as the name, and '/h' after it is lost",
    'Single 0.5 mL dose of Vi capsular polysa': "agent: the brand in brackets ('Typhim Vi®') is taken over the vaccine's name",
    '15-valent pneumococcal conjugate vaccine': "agent: the code in brackets ('V114') is taken over the vaccine's name",
    '13-valent pneumococcal conjugate vaccine': "'0.5 mL' after the vaccine's name and a bracket is not read",
    'PRP from 5 ml blood was prepared and 60 ': "agent: 'PRP' named before the blood volume is not carried to '60 units'",
    'the patients of this group recieved conv': WITHOUT_CONTEXT + 'read alone, the drug named after the amounts is not found',
    'FTD/TPI at 35 mg/m2 (based on BSA) that ': "agent: the slash-joined 'FTD/TPI' before 'at' gives its last part",
    'which will have sham block bilaterally b': WITH_CONTEXT + "agent: '0.9%saline' keeps the glued percentage",
    'CodaVax-H1N1, a live attenuated vaccine ': "agent: 'H1N1' is taken from 'CodaVax-H1N1'",
    'Trumenba® (Pfizer): Suspension for intra': "'0.5 mL' after 'Suspension for intramuscular injection' is not read",
    'a local anaesthetic cream consisting of ': "a cream's composition per gram ('1g contains 25 mg of lidocaine') is read as doses",
    'Cohort 1 Day 1: APX001 500 mg IV BID ove': 'the same amount on another day in another sentence is dropped as a repeat',
    'The initial dose will be selected with t': WITHOUT_CONTEXT + "the drug named in the sentence before ('serum digoxin concentration') is not carried to the amounts",
    'Pregabalin Krka (pregabalin) hard capsul': "agent: the brand's maker ('Pregabalin Krka') is cut from the name",
    'Drug 1: Aspirin, 100mg/day orally; Drug ': "'4000IU(0.4ml)/day': the '/day' after the bracket is not read as both amounts' unit, and 'low molecule heparin' loses 'low'",
    'In Period 2, participants will receive r': "days: 'in the morning of Day 8' is not given to the second drug of the clause",
    'Calcitriol (1,25(OH)2D3) 0.25mcg capsule': "agent: the chemical name in brackets ('1,25(OH)2D3') is read instead of the name before it",
    '300mg/300mg/400mg': "two equal amounts of different components ('300mg/300mg/400mg') are merged into one",
    'Direct intravenous injection (IVD) 20 mm': WITHOUT_CONTEXT + "read alone, the route's abbreviation '(IVD)' is read as the agent",
    'Divided into three dose levels: low (1.0': "levels: 'low', 'medium', 'high' are not read as dose-level labels",
    'CT-MPI studies will be contrast medium e': "agent: 'iodinated contrast agent' is cut to 'contrast'",
    'Each treatment will consist of 1 subcuta': "agent: '1 mg each of the 5 peptides' takes the name before it (S-488211); the label has none",
    'During Phase B (Weeks 24-104) of the tre': "a matched placebo's strength ('sitagliptin-matched placebo 100 mg') is read as a dose",
    'Participants will receive synthetic huma': "agent: a long biological name with a fragment number ('synthetic human parathyroid hormone fragment 1-34') is not read; '20-30-40 mcg/day' steps are not read",
    'Rabbit anti-thymoglobulin (ATG) administ': "agent: the species word 'Rabbit' is cut from 'Rabbit anti-thymoglobulin'",
    'A total of 6 mg/kg IV over 12 hours on d': "days: 'day -1' after the second part of a split is not read",
    'treated with GM-CT-01 plus 5-Fluorouraci': 'agent: the first amount takes the later name (5-Fluorouracil) instead of GM-CT-01 before it',
    'the child will receive\n      an unblinde': "agent: 'full-volume' (of 'full-volume (0.25 mL) dose of influenza vaccine') is read as a name",
    'cohorts of three pts: dose levels: 200, ': "'dose levels: 200, 400, 800 mg' is read as a level label '200'; 'beyond' is read as a name",
    'Sorafenib 200 mg tablets (400 mg [2 x 20': 'the same amount given on three schedules (bid, od, qod) is listed once',
    '60 mg bid - 120 mg bid for an 18 weeks (': "'60 mg bid - 120 mg bid' is read as two doses, not one range",
    'Patients in this arm will receive Imatin': "agent: the brand in brackets with the strength ('Imatinib TEVA® 400 mg') is read instead of the generic before the bracket",
    'Patients in this arm will receive Favipi': "agent: the brand in brackets with the strength ('Avigan® 200 mg') is read instead of the generic before the bracket",
    'tegoprazan 50 mg + rabeprazole 20mg plac': "a double-dummy placebo's strengths ('rabeprazole 20mg placebo') are read as doses",
    'rabeprazole 20mg + tegoprazan 50 mg plac': "a double-dummy placebo's strengths ('tegoprazan 50 mg placebo') are read as doses",
    'The goal of the\n      study is to learn ': WITHOUT_CONTEXT + "read alone, the code named in the sentence before ('BAY 63-2521') is not carried",
    '500-mg/120-mg IV': "'500-mg/120-mg': strengths written with a hyphen before the unit and joined by a slash are not read",
    'rATG on days -3, -2 and -1 TBI 200cGY (a': "days: the days written before the amount (rATG's) are given instead of 'on day -1' after the bracket",
    'the recommended starting dose for aripip': "agent: the capitalised spelling of a later sentence ('Aripiprazole') is read as the first one's",
    '(Hydralazine: 1 oral tablet every 24 hou': "unit: '30 mg/K weight' is not read as mg/kg",
    'Induction with propofol bolus. Dose will': WITHOUT_CONTEXT + "read alone, the drug named in the sentence before ('propofol bolus') is not carried",
    'Cytochrome P450 (CYP) 2D6 Intermediate (': "agent: the gene 'CYP2D6' is read as the name of the second amount",
    'The starting dose of glucovance may be 1': WITHOUT_CONTEXT + "read alone, the drug named before the slash-joined strengths ('glucovance') is not carried to them",
    'Somatropin given by daily subcutaneous i': WITHOUT_CONTEXT + 'read alone, the drug opening the sentence is not carried to the amount',
    'Participants will receive 4 identically ': WITHOUT_CONTEXT + "read alone, 'red' is cut from 'red yeast rice'",
    'Participants will receive 2 capsules of ': WITHOUT_CONTEXT + 'read alone, the combined intervention name is used for red yeast rice',
    'The aim of this study is to compare the\n': WITHOUT_CONTEXT + "read alone, the name before the bracketed amount ('red yeast rice (1.2 g/day)') is not read",
    'If intracranial PD, then the subjects ge': "agent: the abbreviation in brackets ('SRS') is read instead of the name before it",
    'Radiotherapy will be administered for a ': WITHOUT_CONTEXT + "read alone, the sentence's subject 'Radiotherapy' is not carried to '60 Gy'",
    '1.5 ml/min for 6 hours': "a rate on its own ('1.5 ml/min') is not read",
    'glycerol infusion (2.25 g/100ml) will be': "a rate after a concentration ('at 1.5 ml/min') is not read",
    'Gamma-Interferon 150 mcg/m^2 was adminis': "days: 'days 1 and 3' is read as day 1 only",
    '100 mg/m2/day po on Days 1-5 every 3 wee': "agent: the second drug's abbreviation ('TEM') is not read; the first drug's name is used",
    '4mg daily for 5-7 days before Percutaneo': 'the same amount before and after a procedure is listed once',
    'placebo capsules to losartan potassium (': "a matching placebo's strengths ('placebo capsules to losartan potassium (50 or 100 mg)') are read as doses",
    'Three intradermal injections of the 0.1 ': "agent: the record's name ('VZV Skin Test') is used; the text writes 'varicella antigen'",
    'Subjects will receive a single injection': "unit: '0.25 mL per cc lesion volume' is not read as mL/cc",
    'will receive 0.25 mL PV-10 per cc lesion': "unit: '0.25 mL PV-10 per cc lesion volume' is not read as mL/cc",
}


def _noted(rows: list[Row]) -> list[Row]:
    return [(kind, source, phrase, agent, wants,
             next((note for start, note in _MISSES.items() if phrase.startswith(start)), miss))
            for kind, source, phrase, agent, wants, miss in rows]


HOLDOUT9 = _noted(HOLDOUT9)
HOLDOUT10 = _noted(HOLDOUT10)
HOLDOUT11 = _noted(HOLDOUT11)
HOLDOUT12 = _noted(HOLDOUT12)
HOLDOUT13 = _noted(HOLDOUT13)
HOLDOUT14 = _noted(HOLDOUT14)
HOLDOUT15 = _noted(HOLDOUT15)
HOLDOUT16 = _noted(HOLDOUT16)
HOLDOUT17 = _noted(HOLDOUT17)
HOLDOUT21 = _noted(HOLDOUT21)
HOLDOUT18 = _noted(HOLDOUT18)
HOLDOUT20 = _noted(HOLDOUT20)
HOLDOUT19 = _noted(HOLDOUT19)
HOLDOUT22 = _noted(HOLDOUT22)
HOLDOUT23 = _noted(HOLDOUT23)
HOLDOUT24 = _noted(HOLDOUT24)
HOLDOUT27 = _noted(HOLDOUT27)
HOLDOUT28 = _noted(HOLDOUT28)
HOLDOUT29 = _noted(HOLDOUT29)
HOLDOUT30 = _noted(HOLDOUT30)
HOLDOUT31 = _noted(HOLDOUT31)
HOLDOUT32 = _noted(HOLDOUT32)
HOLDOUT33 = _noted(HOLDOUT33)
HOLDOUT34 = _noted(HOLDOUT34)
HOLDOUT35 = _noted(HOLDOUT35)
HOLDOUT36 = _noted(HOLDOUT36)
HOLDOUT37 = _noted(HOLDOUT37)
HOLDOUT38 = _noted(HOLDOUT38)
HOLDOUT39 = _noted(HOLDOUT39)
HOLDOUT40 = _noted(HOLDOUT40)
HOLDOUT41 = _noted(HOLDOUT41)
HOLDOUT42 = _noted(HOLDOUT42)
HOLDOUT43 = _noted(HOLDOUT43)
HOLDOUT44 = _noted(HOLDOUT44)
HOLDOUT45 = _noted(HOLDOUT45)
HOLDOUT46 = _noted(HOLDOUT46)
HOLDOUT47 = _noted(HOLDOUT47)
HOLDOUT48 = _noted(HOLDOUT48)
HOLDOUT49 = _noted(HOLDOUT49)
HOLDOUT50 = _noted(HOLDOUT50)
HOLDOUT51 = _noted(HOLDOUT51)
HOLDOUT52 = _noted(HOLDOUT52)
HOLDOUT53 = _noted(HOLDOUT53)
HOLDOUT54 = _noted(HOLDOUT54)
HOLDOUT55 = _noted(HOLDOUT55)
HOLDOUT56 = _noted(HOLDOUT56)
HOLDOUT57 = _noted(HOLDOUT57)
HOLDOUT58 = _noted(HOLDOUT58)
HOLDOUT59 = _noted(HOLDOUT59)
HOLDOUT60 = _noted(HOLDOUT60)
HOLDOUT61 = _noted(HOLDOUT61)
HOLDOUT62 = _noted(HOLDOUT62)
HOLDOUT63 = _noted(HOLDOUT63)
HOLDOUT64 = _noted(HOLDOUT64)
HOLDOUT65 = _noted(HOLDOUT65)
HOLDOUT66 = _noted(HOLDOUT66)
HOLDOUT67 = _noted(HOLDOUT67)
HOLDOUT68 = _noted(HOLDOUT68)
HOLDOUT69 = _noted(HOLDOUT69)
HOLDOUT70 = _noted(HOLDOUT70)
