"""The newsfacts_dates component on sentences written for these tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfacts import settings
from newsfacts.api import make_doc
from newsfacts.nlp import build_nlp
from newsfacts.recognition.dates import date_token_class, sentence_tense


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def dates(nlp, text, published="2025-06-18"):  # a Wednesday
    doc = nlp(make_doc(nlp, text, id="t", published=published))
    return [(s.text, s._.nf_date["start"], s._.nf_date["end"]) for s in doc.spans[settings.SPANS_DATES]]


POSITIVE = [
    ("The forum runs from June 23 to 27, 2025 in Kuching.", ("June 23 to 27, 2025", "2025-06-23", "2025-06-27")),
    ("Delegates gather on 23-27 June 2025 at the centre.", ("23-27 June 2025", "2025-06-23", "2025-06-27")),
    ("The workshop will be held from Sept 8 to 12.", ("Sept 8 to 12", "2025-09-08", "2025-09-12")),
    ("Talks take place between 1 and 3 March 2026.", ("1 and 3 March 2026", "2026-03-01", "2026-03-03")),
    ("The summit is on Nov 30\u2013Dec 2 in Bangkok.", ("Nov 30\u2013Dec 2", "2025-11-30", "2025-12-02")),
    ("It opened Aug. 5 to Aug. 9, 2024 in Hanoi.", ("Aug. 5 to Aug. 9, 2024", "2024-08-05", "2024-08-09")),
    ("The fair is open today until Oct 11.", ("today until Oct 11", "2025-06-18", "2025-10-11")),
    ("The plan covers 2026\u20132035.", ("2026\u20132035", "2026", "2035")),
    ("Budget lines for 2025/26-2029/30 were agreed.", ("2025/26-2029/30", "2025", "2030")),
    ("The framework for 2021- 2027 stays.", ("2021- 2027", "2021", "2027")),
    ("The policy was first drafted in 1997.", ("1997", "1997", "1997")),
    ("Targets are part of Vision 2030.", ("2030", "2030", "2030")),
    ("The treaty was signed on 5th July, 2019 in Dili.", ("5th July, 2019", "2019-07-05", "2019-07-05")),
    ("The memo is dated 28.02.2023.", ("28.02.2023", "2023-02-28", "2023-02-28")),
    ("The record shows 2023-11-16 as the filing day.", ("2023-11-16", "2023-11-16", "2023-11-16")),
    ("The minister said on Tuesday that talks went well.", ("Tuesday", "2025-06-17", "2025-06-17")),
    ("The ministers will meet on Thursday in Jakarta.", ("Thursday", "2025-06-19", "2025-06-19")),
    ("He spoke after Monday's talks ended.", ("Monday", "2025-06-16", "2025-06-16")),
    ("The council met late Wednesday.", ("late Wednesday", "2025-06-18", "2025-06-18")),
    ("Officials arrived yesterday.", ("yesterday", "2025-06-17", "2025-06-17")),
    ("A dinner was hosted last night.", ("last night", "2025-06-17", "2025-06-17")),
    ("Tomorrow the delegates fly home.", ("Tomorrow", "2025-06-19", "2025-06-19")),
    ("Exports fell last month.", ("last month", "2025-05", "2025-05")),
    ("Trade rose earlier this year.", ("earlier this year", "2025", "2025")),
    ("The office opens in April this year.", ("April this year", "2025-04", "2025-04")),
    ("Elections were held in May 2025.", ("May 2025", "2025-05", "2025-05")),
    ("The vote is scheduled in September.", ("September", "2025-09", "2025-09")),
    ("Sales dropped in March.", ("March", "2025-03", "2025-03")),
    ("PUTRAJAYA, Sept 25 \u2014 The ministry said.", ("Sept 25", "2025-09-25", "2025-09-25")),
    ("JAKARTA 15 July 2023 \u2014 The ministers met.", ("15 July 2023", "2023-07-15", "2023-07-15")),
    ("May 5 is the deadline for comments.", ("May 5", "2025-05-05", "2025-05-05")),
    ("The scheme began two weeks ago.", ("two weeks ago", "2025-06-04", "2025-06-04")),
    ("The talks stalled in early December.", ("early December", "2024-12", "2024-12")),
    ("Filing closes 30/06/2025 at noon.", ("30/06/2025", "2025-06-30", "2025-06-30")),
    ("Ports are busiest from July to September.", ("July to September", "2025-07", "2025-09")),
    ("The expo runs on Dec 4 and 5 in Manila.", ("Dec 4 and 5", "2025-12-04", "2025-12-05")),
    ("The rules follow the Customs Act 2014.", ("2014", "2014", "2014")),
    ("The ministry said on Monday that talks would resume.", ("Monday", "2025-06-16", "2025-06-16")),
    ("Talks that began in April will end at a summit to be held in Doha.", ("April", "2025-04", "2025-04")),
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=[p[0][:40] for p in POSITIVE])
def test_positive(nlp, text, expected):
    assert expected in dates(nlp, text)


NEGATIVE = [
    "The committee meets this week and again next week.",
    "It was a five-day visit after three years of talks and a decade of planning.",
    "Officials may meet soon, he said.",
    "May God bless the republic.",
    "Under Act 2 the fund gets 100M.",
    "Some 6005 delegates and 6,005 observers came.",
    "The 2030s will be hard.",
    "The idea dates from the year of the flood.",
    "Resolution 2231 and Article 31 apply, as does rule 109.",
    "Call +60 3-2020 1234 or 03-2020-1234 for details.",
    "The session starts at 11:00 am and resumes at 10.30am.",
    "The deal is worth RM3.16 billion.",
    "Thousands joined a march through the capital.",
    "About 2000 delegates and 1900 GMT.",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:40] for t in NEGATIVE])
def test_negative(nlp, text):
    assert dates(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    # "Monday, the first time": an ordinal word before a noun is no day of the month
    ("Leaders met in Suva on Monday, the first time since the pandemic.", [("Monday", "2025-06-16", "2025-06-16")]),
    ("The envoys talked on Friday, the second round this year.",
     [("Friday", "2025-06-13", "2025-06-13"), ("this year", "2025", "2025")]),
    # ... a day written after the weekday still is one
    ("The delegates met on Friday, the 13th, in Apia.", [("Friday, the 13th", "2025-06-13", "2025-06-13")]),
    ("The delegates met on Friday, the thirteenth.", [("Friday, the thirteenth", "2025-06-13", "2025-06-13")]),
])
def test_weekday_then_the_day(nlp, text, expected):
    assert dates(nlp, text) == expected


def test_spans_do_not_overlap_and_carry_rule_ids(nlp):
    doc = nlp(make_doc(nlp, "The meeting ran from July 18 to July 21, 2024 and again on Jan 1, 2025.",
                       id="t", published="2024-07-19"))
    spans = list(doc.spans[settings.SPANS_DATES])
    assert [s.text for s in spans] == ["July 18 to July 21, 2024", "Jan 1, 2025"]
    assert all(s.id_.startswith("date.") and s.label_ for s in spans)
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start


def test_leading_date_line_is_metadata(nlp):
    assert dates(nlp, "date 2025-05-30\nKUALA LUMPUR: Talks ended.", "2025-05-30") == []


def test_relative_dates_need_a_publication_date(nlp):
    assert dates(nlp, "The ministers met on Thursday, today.", None) == []
    assert dates(nlp, "The treaty of 12 March 2020 holds.", None) == [("12 March 2020", "2020-03-12", "2020-03-12")]


def test_past_weekday_on_publication_day(nlp):
    # published on a Thursday: "on Thursday" in the past tense is that same day
    assert dates(nlp, "The ministers met on Thursday.", "2025-06-19") == [("Thursday", "2025-06-19", "2025-06-19")]


def test_sentence_tense(nlp):
    doc = nlp(make_doc(nlp, "They will meet on Friday. They met on Friday.", id="t", published="2025-06-18"))
    first, second = doc.spans[settings.SPANS_DATES]
    assert sentence_tense(first) == "future" and sentence_tense(second) == "past"
    assert first._.nf_date["start"] == "2025-06-20" and second._.nf_date["start"] == "2025-06-13"


# A plan to hold a meeting looks ahead even when the plan itself is past; other infinitives
# and dates before the plan keep the past (published Tuesday 2025-03-11).
PLAN_TENSE = [
    ("The council agreed to convene an emergency session in Geneva in June.", ("June", "2025-06", "2025-06")),
    ("Leaders welcomed the decision to hold the next round of talks in January.", ("January", "2026-01", "2026-01")),
    ("The two sides pledged to meet again on Friday.", ("Friday", "2025-03-14", "2025-03-14")),
    ("The company agreed to sell its stake in February.", ("February", "2025-02", "2025-02")),
    ("On Monday the ministers agreed to hold annual talks.", ("Monday", "2025-03-10", "2025-03-10")),
    ("Ministers agreed to the plan on Friday.", ("Friday", "2025-03-07", "2025-03-07")),
]


@pytest.mark.parametrize("text,expected", PLAN_TENSE, ids=[p[0][:40] for p in PLAN_TENSE])
def test_plans_to_meet_look_ahead(nlp, text, expected):
    assert dates(nlp, text, "2025-03-11") == [expected]


@pytest.mark.parametrize("text,cls", [
    ("Sept.", "MON"), ("may", "MONL"), ("May", "MAY"), ("march", "MONL"), ("september", "MON"),
    ("first", "ORDW"), ("Feb13", "MD"), ("14april", "DM"), ("Oct/1974", "MY"), ("Post-2025", "PREYEAR"),
    ("Moon14", None), ("firstly", None),
    ("23rd", "DAY"), ("2026", "YEAR"), ("6005", None), ("26", "DAY"), ("58", "YY"),
    ("\u2013", "DASH"), ("Thursday", "WD"), ("28.02.2023", "NUMDATE"),
])
def test_token_classes(text, cls):
    assert date_token_class(text) == cls


DUCKLING = Path(__file__).resolve().parents[3] / "shared" / "peer-dates" / "duckling_en.jsonl"


@pytest.mark.skipif(not DUCKLING.exists(), reason="peer suite not available on this machine")
def test_duckling_core_floor():
    from newsfacts.normalisation.dates import normalise

    rows = [json.loads(line) for line in DUCKLING.read_text(encoding="utf-8").splitlines() if line.strip()]
    core = [r for r in rows if set(r.get("flags") or []) <= {"default_locale", "relative_range"}]
    hits = 0
    for row in core:
        value = normalise(row["text"], row["reference"])
        hits += bool(value) and (value.start, value.end) == (row["start"], row["end"])
    assert hits / len(core) >= 0.90


@pytest.mark.skipif(not DUCKLING.exists(), reason="peer suite not available on this machine")
def test_duckling_end_to_end_floor(nlp):
    """What a user gets: each phrase as an article through extract (bench/peer_dates.py)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from peer_dates import by_extract, line_keys

    rows = [json.loads(line) for line in DUCKLING.read_text(encoding="utf-8").splitlines() if line.strip()]
    hits = [by_extract(nlp, r["text"], r["reference"]) == (r["start"], r["end"]) for r in rows]
    core = [hit for hit, r in zip(hits, rows) if "core" in line_keys(r)]
    assert sum(core) >= 174 and sum(hits) >= 188, (sum(core), sum(hits))


# -- speed-ups that must not change anything --------------------------------------------------
# The component matches around anchor tokens with lexeme flags and normalises lazily
# (pipeline/recognition/dates.py, "Speed"); these tests hold it to the plain way: the rules
# over the whole doc with the Token._.nf_dk getter, every candidate normalised, filter_spans.

EQUIVALENCE_TEXTS = [p[0] for p in POSITIVE] + NEGATIVE + [
    "June 5",  # a match that is the whole doc
    "Talks run from 23 to 27 June 2025",  # a long range ending at the doc end
    "between 1 and 3 March 2026, then Nov 30\u2013Dec 2, 2026 and 2025/26-2029/30.",
    "On Wednesday, the 4th of June, 2025 the day after tomorrow was two weeks ago.",
    "From Monday to Friday in mid-May and late last March; May God help us in may.",
    "MAY 5, 2025 - JUNE 7, 2025; 1957-58; 2021- 2027; 28.02.2023; 2023-11-16; 30/06/2025.",
    "this morning, last night, tonight, this fiscal year, earlier this month, a year ago",
    "Sept.'s data came out. 12 2025 13 Jan Feb 2024 - March 2025 until Apr.",
    "The 2030s; Resolution 2231; +60 3-2020 1234; 2000 delegates; 1900 GMT; 45% in 2025.",
    "date 2025-05-30\nKUALA LUMPUR, May 30 -- Talks ended on Friday.\n\nThey resume on 2 June.",
    "Talks on 12 June 5, 2025 ended.",  # "12 June" ends inside the longer "June 5, 2025"
]


def _with_published(nlp, text, published="2025-06-18"):
    return nlp(make_doc(nlp, text, id="t", published=published))


def test_every_date_rule_has_an_anchor(nlp):
    from newsfacts.recognition.dates import pattern_anchor

    component = nlp.get_pipe("newsfacts_dates")
    token_rules = [e for e in component.patterns.entries if not isinstance(e.pattern, str)]
    assert token_rules and all(pattern_anchor(e.pattern) is not None for e in token_rules)
    assert len(component._matcher().whole) == 0  # nothing falls back to whole-doc matching


@pytest.mark.parametrize("text", EQUIVALENCE_TEXTS, ids=[t[:40] for t in EQUIVALENCE_TEXTS])
def test_anchored_matches_are_the_whole_doc_matches(nlp, text):
    component = nlp.get_pipe("newsfacts_dates")
    for doc in (nlp.make_doc(text), nlp.make_doc(" ".join([text] * 3))):
        plain = [(s.start, s.end, s.label_, s.id_) for s in component.patterns.match(doc)]
        anchored = [(s.start, s.end, s.label_, s.id_) for s in component.match(doc)]
        assert anchored == plain


def test_anchored_matcher_runs_unanchored_rules_over_the_whole_doc(nlp):
    from spacy.matcher import Matcher

    from newsfacts.recognition.dates import AnchoredMatcher, pattern_anchor

    unanchored = [{"LOWER": "the"}, {"IS_ALPHA": True, "OP": "+"}, {"LOWER": "week"}]
    assert pattern_anchor(unanchored) is None
    matcher = AnchoredMatcher(nlp.vocab, [("RULE\u241fx", unanchored)])
    plain = Matcher(nlp.vocab)
    plain.add("RULE\u241fx", [unanchored])
    doc = nlp.make_doc("Not the coming week but the week after.")
    assert sorted(set(matcher(doc))) == sorted(plain(doc)) and plain(doc)


def test_lexeme_flags_agree_with_the_token_class_getter(nlp):
    """Flags are set on the words of a doc when the component matches it, also on lexemes
    made before (the vocab's) and after (fresh words) the flags were registered."""
    from newsfacts.recognition.dates import class_flags

    words = ("Sept. SEPT sept Sept.. may May MAY march March MARCH september 23rd 23RD 2nd 01st 5 "
             "05 00 31 32 58 1899 1900 2100 2101 6005 28.02.2023 2023.02.28 \u2013 - -- / Thursday "
             "thu Thu sun Sun wed Wed Tues today Tomorrow YEAR ago of between From mid- \u0665 \uff15 "
             "Zxq-2047 1234567")
    flags = class_flags(nlp.vocab)
    assert flags
    matcher = nlp.get_pipe("newsfacts_dates")._matcher()
    for doc in (nlp.make_doc(words), nlp.make_doc(words.upper() + " 17 4000")):
        matcher(doc)
        for token in doc:
            for fid, flag in flags.items():
                assert token.check_flag(fid) == (token._.nf_dk in flag.classes), (token.text, flag.classes)
    # a new word costs spaCy a C look-up per flag, which sets nothing
    assert all(nlp.vocab.lex_attr_getters[fid]("2031") is None for fid in flags)



def test_word_list_flags_agree_with_the_word_lists(nlp):
    """The rules' word lists ({"LOWER": {"IN": [...]}}) that run as lexeme flags: set on the
    words of a doc when the component matches it, whatever their case, fresh words included,
    and never on other words; some flag bits stay free for token classes of later rules."""
    from newsfacts.recognition.dates import _FREE_FLAGS, RESERVED_FLAGS, word_flags

    flags = word_flags(nlp.vocab)
    assert flags and any("until" in flag.words for flag in flags.values())
    assert sum(f not in nlp.vocab.lex_attr_getters for f in _FREE_FLAGS) >= RESERVED_FLAGS
    listed = sorted({w for flag in flags.values() for w in flag.words})
    matcher = nlp.get_pipe("newsfacts_dates")._matcher()
    text = " ".join(listed) + " Until UNTIL Thru Qwertyzz untill tomorrowx 2031"
    for doc in (nlp.make_doc(text), nlp.make_doc(text.upper() + " Fortnights")):
        matcher(doc)
        for token in doc:
            for fid, flag in flags.items():
                assert token.check_flag(fid) == (token.lower_ in flag.words), (token.text, sorted(flag.words)[:4])


def _reference_dates(component, doc):
    """The component as first written: every candidate normalised, then filter_spans."""
    from spacy.util import filter_spans

    from newsfacts.recognition.dates import _DocContext

    candidates = []
    context = _DocContext(doc)  # the value of one candidate: tense, date order, year of the text
    for match in component.patterns.match(doc):
        span = component._trim(match)
        if not component._allowed(span):
            continue
        value = component._value(span, doc[match.start:span.end].text, doc._.published, context)
        if value is None:
            continue
        span._.nf_date = value.as_dict()
        candidates.append(span)
    kept = sorted(filter_spans(candidates), key=lambda s: (s.start, s.end))
    return [(s.start, s.end, s.label_, s.id_, s._.nf_date) for s in kept]


@pytest.mark.parametrize("published", ["2025-06-18", "2024-02-29", None])
def test_lazy_selection_is_filter_spans_over_all_candidates(nlp, published):
    component = nlp.get_pipe("newsfacts_dates")
    for text in EQUIVALENCE_TEXTS:
        doc = _with_published(nlp, text, published)
        got = [(s.start, s.end, s.label_, s.id_, s._.nf_date) for s in doc.spans[settings.SPANS_DATES]]
        reference = _reference_dates(component, _with_published(nlp, text, published))
        assert got == reference, text


@pytest.mark.parametrize("text", ["The site covers 5 km\u00b2 of land.", "Room \u2460 and \u0663 delegates", "Score \u00b2\u00b3 on 3 March 2025"])
def test_unicode_digits_do_not_break_an_article(text):
    """Characters that are digits to str.isdigit() but not numbers ("²", "①") are not dates."""
    from newsfacts import extract

    record = extract(text, id="u", published="2025-03-04")
    assert all(d.text[0].isascii() for d in record.dates)


def test_anchored_windows_skipped_by_the_neighbouring_words_lose_no_match(nlp):
    """A window is matched only where the words next to its anchor may fit a rule (optional
    elements looked past, the doc's edges too): the matches stay those of the plain Matcher."""
    from spacy.matcher import Matcher

    from newsfacts.recognition.dates import AnchoredMatcher

    rules = [
        ("A\u241fon_day", [{"LOWER": "on"}, {"LOWER": "the", "OP": "?"}, {"_": {"nf_dk": "DAY"}}]),
        ("A\u241fday_dash", [{"_": {"nf_dk": "DAY"}}, {"ORTH": {"IN": ["-", "/"]}}, {"LIKE_NUM": True}]),
        ("A\u241fday_of", [{"_": {"nf_dk": "DAY"}}, {"LOWER": "of", "OP": "?"}, {"_": {"nf_dk": "MON"}}]),
    ]
    matcher = AnchoredMatcher(nlp.vocab, rules)
    plain = Matcher(nlp.vocab)
    for key, pattern in rules:
        plain.add(key, [pattern])
    texts = ["On the 12 they met 40 envoys on 3 and on the 7; 4 of June, 9 June, 5-6 and 8/9.",
             "12", "on 5", "3 -", "7 of", "Held on the 30 of May 2025 with 12 of 40 on 2/3"]
    skipped = 0
    for text in texts:
        doc = nlp.make_doc(text)
        assert sorted(set(matcher(doc))) == sorted(plain(doc))
    for group in matcher.groups:
        assert group.neighbours is not None  # every rule here has a word to test next to its anchor
        skipped += sum(not rules for side in group.fits for rules in side.values())
    assert skipped  # "40 envoys", "12 they": no window there


def test_windows_skipped_by_an_expression_or_a_word_two_away_lose_no_match(nlp):
    """The words around an anchor are tested with the REGEX of a rule's element too, and two
    words away when the element between takes one word; a window reaches only as far as the
    rules that fit there reach. The matches stay those of the plain Matcher."""
    from spacy.matcher import Matcher

    from newsfacts.recognition.dates import AnchoredMatcher

    rules = [
        ("A\u241fquarter", [{"LOWER": {"REGEX": "^(q[1-4]|h[12])$"}}, {"ORTH": ",", "OP": "?"}, {"_": {"nf_dk": "YEAR"}}]),
        ("A\u241fpart_of", [{"LOWER": {"IN": ["first", "second"]}}, {"LOWER": "half"}, {"LOWER": "of"},
                            {"LOWER": "the", "OP": "?"}, {"_": {"nf_dk": "YEAR"}}]),
        ("A\u241fday_slash", [{"TEXT": {"REGEX": "^\\d{1,2}$"}}, {"ORTH": "/"}, {"_": {"nf_dk": "YEAR"}}]),
        ("A\u241fyear_to", [{"_": {"nf_dk": "YEAR"}}, {"LOWER": "to"}, {"_": {"nf_dk": "YEAR"}}]),
    ]
    matcher = AnchoredMatcher(nlp.vocab, rules)
    plain = Matcher(nlp.vocab)
    for key, pattern in rules:
        plain.add(key, [pattern])
    texts = ["In Q3, 2025 and h1 2026 the first half of 2024, the second half of the 2023 and 12/2022.",
             "Sales in 2025 rose; 2021 to 2025 was flat; plan 2030, Q5 2025, 2024 / 2025, 7 / 2025.",
             "2025", "q2 2025", "first half of 2025", "of 2025", "half 2025 to 2026"]
    for text in texts:
        doc = nlp.make_doc(text)
        assert sorted(set(matcher(doc))) == sorted(plain(doc)), text
    skipped = [rules for group in matcher.groups for place in group.fits for rules in place.values() if not rules]
    assert skipped  # "in 2025", "plan 2030": no window there


def test_a_window_runs_only_the_rules_that_fit_at_its_anchors(nlp):
    """A window runs a Matcher of the group's rules that fit at its anchors (a window made of
    two anchors' windows, the rules of both), not all of the group's rules: the matches stay
    those of the plain Matcher, the doc's edges and merged windows included."""
    from spacy.matcher import Matcher

    from newsfacts.recognition.dates import AnchoredMatcher

    rules = [
        ("B\u241fday_month", [{"_": {"nf_dk": "DAY"}}, {"_": {"nf_dk": "MON"}}]),
        ("B\u241fday_of_month", [{"_": {"nf_dk": "DAY"}}, {"LOWER": "of"}, {"_": {"nf_dk": "MON"}}]),
        ("B\u241fday_to_day", [{"_": {"nf_dk": "DAY"}}, {"LOWER": "to"}, {"_": {"nf_dk": "DAY"}}]),
        ("B\u241fday_dash_day", [{"_": {"nf_dk": "DAY"}}, {"ORTH": "-"}, {"_": {"nf_dk": "DAY"}}]),
    ]
    matcher = AnchoredMatcher(nlp.vocab, rules)
    plain = Matcher(nlp.vocab)
    for key, pattern in rules:
        plain.add(key, [pattern])
    texts = ["From 3 to 5 June and 7 of July, then 9-11 August; 12 delegates on 14 May.",
             "3 June", "3 to 4", "4 of May 5 - 6", "They met 12 of 30 envoys 2 to 3 times."]
    for text in texts:
        doc = nlp.make_doc(text)
        assert sorted(set(matcher(doc))) == sorted(plain(doc)), text
    # (a group of several rules ran Matchers of fewer)
    assert any(len(m) < len(g.rules) for g in matcher.groups for m in g._matchers.values())


def test_the_flag_getters_are_left_out_of_new_words_but_stay_registered(nlp):
    """spaCy calls every getter of ``lex_attr_getters.items()`` for each new word; the date
    flags' getters answer None, so they are left out of that list, but they stay keys of the
    mapping (where the taken flag bits are found), and a pickled vocab keeps them all."""
    import pickle

    from newsfacts.recognition.dates import LexAttrGetters, class_flags, word_flags

    getters = nlp.vocab.lex_attr_getters
    assert isinstance(getters, LexAttrGetters)
    flag_ids = set(class_flags(nlp.vocab)) | set(word_flags(nlp.vocab))
    assert flag_ids and flag_ids <= set(getters) and not flag_ids & {attr for attr, _ in getters.items()}
    assert len(getters.items()) == len(getters) - len(flag_ids)
    getters[999] = len  # a getter set later is called again
    assert (999, len) in getters.items()
    del getters[999]
    assert all(attr != 999 for attr, _ in getters.items())
    copy = pickle.loads(pickle.dumps(nlp.vocab)).lex_attr_getters
    assert type(copy) is dict and set(copy) == set(getters)
    # a word never seen gets the attributes the full list gives it, and its date flag on matching
    doc = nlp(make_doc(nlp, "Talks open Zyxwvember 3 and end on 4 June 2031.", id="t", published="2025-06-18"))
    assert [s.text for s in doc.spans[settings.SPANS_DATES]] == ["4 June 2031"]
    word = nlp.vocab["Zyxwvember"]
    assert word.is_title and word.shape_ == "Xxxxx" and word.lower_ == "zyxwvember"


@pytest.mark.parametrize("text, expected", [
    # an expectation looks ahead: a bare weekday after "is expected to" is the coming one
    ("The caucus is expected to convene on Friday in Lobamba.", "2025-06-20"),
    ("Both envoys are expected to sign the accord on Monday.", "2025-06-23"),
    # ... but one that was expected is told of the past
    ("The envoy was expected to land in Praia on Monday.", "2025-06-16"),
])
def test_an_expectation_looks_ahead(nlp, text, expected):
    assert [start for _, start, _ in dates(nlp, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a month after "the" before a sitting's capitalised name is the month of that sitting
    ("Ministers will prepare the ground for the October European Council in Brussels.", [("October", "2025-10", "2025-10")]),
    ("The draft will go to the December Plenary Session for a vote.", [("December", "2025-12", "2025-12")]),
    # negatives: a month inside another kind of name, or with no "the" before it
    ("The October Revolution Square was crowded.", []),
    ("Fans watched the March Madness final.", []),
])
def test_month_of_a_sitting(nlp, text, expected):
    assert dates(nlp, text) == expected
