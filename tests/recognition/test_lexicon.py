"""Pattern files are validated on load, and an error names the file and the line."""
import pytest
import spacy

from newsfacts.recognition.lexicon import PatternFileError, PatternSet, read_pattern_file


@pytest.mark.parametrize("lines,problem", [
    (['{"id": "a", "label": "X", "pattern": "Minister"}', "{not json"], ":2: not valid JSON"),
    (['{"label": "X", "pattern": "Minister"}'], ":1: id"),
    (['// comment', '', '{"id": "a", "label": "X", "pattern": []}'], ":3: pattern"),
    (['{"id": " ", "label": "X", "pattern": "Minister"}'], ":1: id"),
])
def test_bad_pattern_lines_are_named(tmp_path, lines, problem):
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PatternFileError) as err:
        read_pattern_file(path)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_invalid_token_pattern_names_its_line(tmp_path):
    path = tmp_path / "tokens.jsonl"
    path.write_text('{"id": "a", "label": "X", "pattern": [{"NOT_AN_ATTR": "x"}]}\n', encoding="utf-8")
    patterns = PatternSet(spacy.blank("en"))
    with pytest.raises(PatternFileError) as err:
        patterns.add_file(path)
    assert f"{path}:1" in str(err.value)


def test_matches_carry_label_rule_id_and_metadata(tmp_path):
    path = tmp_path / "ok.jsonl"
    path.write_text(
        '{"id": "instrument.plan", "label": "HEAD", "pattern": "Plan", "kind": "plan"}\n'
        '{"id": "date.year", "label": "YEAR", "pattern": [{"SHAPE": "dddd"}]}\n', encoding="utf-8")
    nlp = spacy.blank("en")
    patterns = PatternSet(nlp)
    patterns.add_file(path)
    spans = patterns.match(nlp("The Plan runs to 2030."))
    assert [(s.text, s.label_, s.id_) for s in spans] == [("Plan", "HEAD", "instrument.plan"), ("2030", "YEAR", "date.year")]
    assert patterns.meta("instrument.plan") == {"kind": "plan"}
    saved = tmp_path / "saved" / "patterns.jsonl"
    patterns.to_disk(saved)
    assert len(PatternSet(nlp).from_disk(saved)) == 2


@pytest.mark.parametrize("pattern,expected", [
    ([{"ORTH": "Gen."}], [["Gen."]]),
    ([{"ORTH": {"IN": ["Pol", "Police"]}}, {"ORTH": "Col", "OP": "?"}, {"ORTH": "Gen"}],
     [["Pol", "Col", "Gen"], ["Police", "Col", "Gen"], ["Pol", "Gen"], ["Police", "Gen"]]),
    ([{"LOWER": "gen"}], None),                        # another attribute than the phrase one
    ([{"ORTH": "Lt"}, {"ORTH": "Gen", "OP": "+"}], None),  # repeats cannot be listed
    ([{"ORTH": {"NOT_IN": ["x"]}}], None),
    ([{"ORTH": "Lt", "IS_TITLE": True}], None),
    ([{"ORTH": {"IN": [str(i) for i in range(30)]}}] * 2, None),  # 900 > MAX_PHRASE_EXPANSIONS
])
def test_phrase_expansions(pattern, expected):
    from newsfacts.recognition.lexicon import phrase_expansions

    found = phrase_expansions(pattern, "ORTH")
    assert (sorted(found) if found else found) == (sorted(expected) if expected else expected)


def test_expanded_token_patterns_match_as_the_matcher_does():
    """Every rule is matched as a token pattern by spaCy's Matcher and as expanded phrases;
    the spans must be the same."""
    from spacy.matcher import Matcher

    nlp = spacy.blank("en")
    rules = [
        [{"ORTH": {"IN": ["Police", "Pol"]}}, {"ORTH": {"IN": ["Lt", "Maj"]}, "OP": "?"}, {"ORTH": "General"}],
        [{"ORTH": "Lt"}, {"ORTH": {"IN": ["Col", "Gen"]}}],
    ]
    patterns = PatternSet(nlp)
    from newsfacts.recognition.lexicon import PatternEntry

    patterns.add([PatternEntry(id=f"rank.{i}", label="RANK", pattern=rule) for i, rule in enumerate(rules)])
    assert len(patterns.matcher) == 0 and len(patterns.phrase_matcher) == 2
    matcher = Matcher(nlp.vocab)
    for i, rule in enumerate(rules):
        matcher.add(f"rank.{i}", [rule])
    doc = nlp("Police General A met Pol Maj General B, Lt Col C, Police Lt Gen D and Lt Gen E; Police Maj.")
    by_matcher = sorted((s, e, nlp.vocab.strings[m]) for m, s, e in matcher(doc))
    by_phrases = sorted((s.start, s.end, s.id_) for s in patterns.match(doc))
    assert by_phrases == by_matcher and len(by_phrases) == 5


def test_one_token_regex_rules_match_as_the_matcher_does():
    from spacy.matcher import Matcher

    from newsfacts.recognition.lexicon import PatternEntry, single_token_regex

    nlp = spacy.blank("en")
    rule = [{"TEXT": {"REGEX": "^[A-Z]{2,}\\d{1,3}$"}}]
    assert single_token_regex(rule) == "^[A-Z]{2,}\\d{1,3}$"
    assert single_token_regex([{"TEXT": {"REGEX": "x"}, "OP": "?"}]) is None
    assert single_token_regex(rule * 2) is None
    patterns = PatternSet(nlp)
    patterns.add([PatternEntry(id="event.acronym_number", label="EV", pattern=rule)])
    assert len(patterns.matcher) == 0
    matcher = Matcher(nlp.vocab)
    matcher.add("event.acronym_number", [rule])
    for text in ["COP29 opened; COP29 closed after G20 and the AB1234 draft, not Cop29.", "", "G20"]:
        doc = nlp(text)
        assert sorted((s.start, s.end) for s in patterns.match(doc)) == sorted((s, e) for _, s, e in matcher(doc))


@pytest.mark.parametrize("pattern, expected", [
    ([{"ORTH": {"IN": ["Air", "Vice"]}, "OP": "?"}, {"LOWER": "marshal"}, {"ORTH": "("}, {"ORTH": {"IN": ["R", "Retd"]}}],
     [("LOWER", {"marshal"}), ("ORTH", {"("}), ("ORTH", {"R", "Retd"})]),
    ([{"ORTH": "Gen.", "IS_TITLE": True}, {"ORTH": "("}], [("ORTH", {"("})]),  # a token testing more is no anchor
    ([{"LOWER": {"IN": ["call", "calls"]}}, {"IS_PUNCT": True}], [("LOWER", {"call", "calls"})]),
    ([{"NORM": "general"}, {"IS_PUNCT": True}], None),  # no token tests its text or lowercase form only
    ([{"ORTH": "("}, {"IS_ALPHA": True, "OP": "+"}, {"ORTH": ")"}], None),  # a match may be longer
    ([{"ORTH": "("}, {"IS_ALPHA": True, "OP": "{1,3}"}], None),
])
def test_pattern_anchors(pattern, expected):
    from newsfacts.recognition.lexicon import pattern_anchors

    found = pattern_anchors(pattern)
    assert (found if found is None else [(attr, set(words)) for attr, words in found]) == expected


def test_anchored_token_rules_match_as_the_matcher_does():
    """Token rules too large to expand into phrases run only around their anchor words: the
    matches must be the Matcher's over the whole doc, at the doc's edges, with optional
    tokens, an anchor missing, several patterns under one id and an unbounded rule."""
    from spacy.matcher import Matcher

    from newsfacts.recognition.lexicon import PatternEntry

    nlp = spacy.blank("en")
    ranks = ["Air", "Vice", "Rear", "Lt", "Maj", "Brig"] + [f"W{i}" for i in range(40)]
    rules = [
        ("rank.retired", [{"ORTH": {"IN": ranks}, "OP": "?"}, {"LOWER": {"IN": ["marshal", "admiral", "general"]}},
                          {"ORTH": "("}, {"ORTH": {"IN": ["R", "Retd", "rtd"]}}, {"ORTH": ")"}]),
        ("rank.retired", [{"ORTH": {"IN": ranks}}, {"ORTH": "("}, {"LOWER": "retired"}, {"ORTH": ")"}]),
        ("note.bracket", [{"ORTH": "["}, {"IS_ALPHA": True, "OP": "+"}, {"ORTH": "]"}]),
        ("note.never", [{"ORTH": "Commodore"}, {"IS_PUNCT": True}]),
        ("call.on", [{"LOWER": {"IN": ["called", "calls", "call"]}}, {"LOWER": "on"}]),  # lowercase anchors
    ]
    patterns = PatternSet(nlp)
    patterns.add([PatternEntry(id=rule_id, label="X", pattern=rule) for rule_id, rule in rules])
    assert len(patterns.matcher) == 4 and len(patterns.phrase_matcher) == 0
    matcher = Matcher(nlp.vocab)
    for rule_id, rule in rules:
        matcher.add(rule_id, [rule])
    texts = ["Rear Admiral (Retd) Oyelaran and Air Marshal (R) Tan [two notes] spoke, with Maj ( retired )",
             "Marshal ( rtd )", "General (R) Bello and (R) Vice General (R)", "Lt (retired) [x] [y]", "", "(",
             "They Called On him, calls on, CALL ON and call. On", "on"]
    for text in texts:
        doc = nlp(text)
        expected = sorted((s, e, nlp.vocab.strings[m]) for m, s, e in set(matcher(doc)))
        assert sorted((s.start, s.end, s.id_) for s in patterns.match(doc)) == expected
    assert len(patterns.match(nlp(texts[0]))) == 6  # with and without the optional rank


def test_matches_are_the_sorted_set_of_spans_of_every_match():
    """``match`` builds a Span once per distinct match: the list must be what a set of the
    Spans of every raw match gives, sorted, whatever the labels, ids and repeats."""
    from spacy.tokens import Span

    from newsfacts.recognition.lexicon import PatternEntry

    nlp = spacy.blank("en")
    patterns = PatternSet(nlp)
    patterns.add([
        PatternEntry(id="t.minister", label="TITLE", pattern="Minister"),
        PatternEntry(id="t.minister_of", label="TITLE", pattern=[{"ORTH": "Minister"}, {"LOWER": "of"}]),
        PatternEntry(id="h.minister", label="HONORIFIC", pattern="Minister"),  # same tokens, other label
        PatternEntry(id="t.fm", label="TITLE", pattern="Foreign Minister"),
        PatternEntry(id="t.fm2", label="TITLE", pattern=[{"ORTH": "Foreign"}, {"ORTH": "Minister", "OP": "?"}]),
        PatternEntry(id="x.code", label="CODE", pattern=[{"TEXT": {"REGEX": "^[A-Z]\\d+$"}}]),
        PatternEntry(id="x.any", label="ANY", pattern=[{"IS_TITLE": True, "OP": "+"}]),
    ])
    doc = nlp("Foreign Minister Ada Obi met the Minister of Trade, Minister Z9 Ray and Foreign Minister Lee in A1.")
    raw = list(patterns.phrase_matcher(doc)) + list(patterns.matcher(doc)) + patterns._regex_matches(doc)
    assert len(raw) > len({(s, e) for _, s, e in raw})  # overlaps and repeats are in play
    strings = nlp.vocab.strings

    def reference(wanted=None):
        spans = set()
        for match_id, start, end in raw:
            label, _, rule_id = strings[match_id].partition("\u241f")
            if wanted is None or label in wanted:
                spans.add(Span(doc, start, end, label=label, span_id=rule_id))
        return [(s.start, s.end, s.label_, s.id_) for s in sorted(spans)]

    for wanted in (None, ("TITLE",), ("HONORIFIC", "CODE"), ()):
        got = [(s.start, s.end, s.label_, s.id_) for s in patterns.match(doc, labels=wanted)]
        assert got == reference(wanted)
    assert len(patterns.match(doc)) > 10


def test_data_labels_are_kept_as_entries_but_never_matched(tmp_path):
    path = tmp_path / "words.jsonl"
    path.write_text(
        '{"id": "office.minister", "label": "TITLE", "pattern": "Minister"}\n'
        '{"id": "office.word", "label": "TITLE_WORD", "pattern": "Deputy"}\n'
        '{"id": "office.word", "label": "TITLE_WORD", "pattern": "Minister"}\n', encoding="utf-8")
    nlp = spacy.blank("en")
    doc = nlp("The Deputy Minister spoke.")
    every = PatternSet(nlp)
    every.add_file(path)
    assert sorted((s.text, s.label_) for s in every.match(doc)) == [
        ("Deputy", "TITLE_WORD"), ("Minister", "TITLE"), ("Minister", "TITLE_WORD")]
    read_only = PatternSet(nlp, data_labels=("TITLE_WORD",))
    read_only.add_file(path)
    assert [(s.text, s.label_) for s in read_only.match(doc)] == [("Minister", "TITLE")]
    assert sorted(e.pattern for e in read_only.entries if e.label == "TITLE_WORD") == ["Deputy", "Minister"]


def test_match_labels_survive_memory_zones():
    """``newsfacts extract`` runs in ``nlp.memory_zone()`` chunks, whose end drops the strings
    added inside them: the spans of a later chunk must still read their labels and rule ids."""
    from newsfacts.recognition.lexicon import PatternEntry

    nlp = spacy.blank("en")
    patterns = PatternSet(nlp)
    patterns.add([PatternEntry(id="t.minister", label="TITLE", pattern="Minister"),
                  PatternEntry(id="v.call_on", label="VERB", pattern=[{"LOWER": {"IN": ["call", "calls"]}}, {"LOWER": "on"}])])
    for _ in range(3):
        with nlp.memory_zone():
            doc = nlp.make_doc("Minister Tala Vey calls on the Minister of Ports.")
            assert [(s.start, s.label_, s.id_) for s in patterns.match(doc)] == [
                (0, "TITLE", "t.minister"), (3, "VERB", "v.call_on"), (6, "TITLE", "t.minister")]
