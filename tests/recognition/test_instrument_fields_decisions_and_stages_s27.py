"""Instrument shapes of session 27, on sentences written for these tests: a policy field that an
office lists or a body's word opens is no document; a decision of a body is a document named by
its subject; a generic plural with its parties names none; words of how many parties are generic;
a stage's number right after the head is the name's; "the Treaty of X" is "the X Treaty"; a
fiscal span with "FY" glued to its end gives the period."""
import pytest


@pytest.mark.parametrize("text,names", [
    # the last of the portfolios listed after the "of" of an office's title
    ("On the Nordic side, the Ministers of Finance, Health, Culture, Coastal Affairs and Island Policy, "
     "and the Deputy Minister of Defence took part in the talks.", []),
    # a body's word opening the run: the body's field
    ("Officials then met the European Commission's DG Regional Policy in Brussels.", []),
    # ... not a policy named with its article, nor one launched after an official's apposition
    ("The Minister of Energy, Tom Reed, launched the National Energy Policy in Suva.", ["National Energy Policy"]),
    ("Fiji, Tonga and Samoa adopted the Pacific Ocean Policy on Monday.", ["Pacific Ocean Policy"]),
])
def test_a_field_of_an_office_or_a_body_is_no_document(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


def test_listed_decisions_are_named_by_their_subjects(extract_text):
    text = ("The two presidents signed several documents, which include:\n\n"
            "1. Decision of the Joint Council on the establishment of a working group on river water;\n"
            "2. Decision of the Joint Council on the establishment of a forum of border towns;\n"
            "3. Agreement between the Government of Tonga and the Government of Fiji on fisheries.")
    found = [(i.name, i.kind) for i in extract_text(text).instruments]
    assert ("Decision of the Joint Council on the establishment of a working group on river water", "other") in found
    assert ("Decision of the Joint Council on the establishment of a forum of border towns", "other") in found


@pytest.mark.parametrize("text,names", [
    # a decision needs its complement or its number, as a resolution does
    ("The Decision was welcomed by the ministers.", []),
    ("The ministers adopted Decision No. 12 on customs.", ["Decision No. 12"]),
])
def test_a_decision_is_qualified(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


@pytest.mark.parametrize("text,names", [
    # the parties tell who signs, not which documents
    ("A key highlight will be the signing of Memoranda of Understanding between Tonga and Fiji in various sectors.", []),
    # a plural with words of its own, or a subject of its own, stays
    ("They attended the signing of the Framework Partnership Agreements between the Commission and the towns.",
     ["Framework Partnership Agreements"]),
    ("Both sides signed Memoranda of Understanding on Fisheries Management between Tonga and Fiji.",
     ["Memoranda of Understanding on Fisheries Management between Tonga and Fiji"]),
    # the singular keeps its parties as before
    ("The signing of the Memorandum of Understanding between Tonga and Fiji followed.",
     ["Memorandum of Understanding between Tonga and Fiji"]),
])
def test_a_generic_plural_with_its_parties(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


@pytest.mark.parametrize("text,names", [
    # how many parties a document has tells its sort, as "bilateral" does
    ("Ministers also signed a Tripartite Agreement on transit.", []),
    ("Ministers also signed a Trilateral Cooperation Agreement.", []),
    ("Ministers also signed the Tripartite Agreement on Transit Corridors.", ["Tripartite Agreement on Transit Corridors"]),
])
def test_words_of_how_many_parties_are_generic(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


@pytest.mark.parametrize("text,names", [
    ("Germany backs the Royal Government's Pentagonal Strategy-Phase I for growth.", ["Pentagonal Strategy-Phase I"]),
    ("Both sides reviewed the Rectangular Strategy Phase IV on Monday.", ["Rectangular Strategy Phase IV"]),
    ("Both sides reviewed the Rectangular Strategy Phase 4 on Monday.", ["Rectangular Strategy Phase 4"]),
    # a head that modifies another capitalised noun is still no document
    ("They met at the Lagoon Convention Centre on Monday.", []),
])
def test_a_stage_after_the_head_is_the_names(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


def test_the_treaty_of_a_place_is_the_places_treaty(extract_text):
    text = "They discussed the Treaty of Rome. Ratification of the Rome Treaty would end soon."
    assert [i.name for i in extract_text(text).instruments] == ["Treaty of Rome"]


def test_plan_of_action_is_not_an_action_plan(extract_text):
    text = "They discussed the Plan of Action and the Action Plan."
    assert sorted(i.name for i in extract_text(text).instruments) == ["Action Plan", "Plan of Action"]


@pytest.mark.parametrize("text", [
    "They reviewed the renewed Coastal Partnership Strategy for 2012-15FY and other programs.",
    "They reviewed the renewed Coastal Partnership Strategy for FY2012-15 and other programs.",
])
def test_a_fiscal_span_with_fy_glued_to_its_end(extract_text, text):
    found = [(i.name, i.start, i.end) for i in extract_text(text).instruments]
    assert found == [("Coastal Partnership Strategy", "2012", "2015")]


def test_a_stage_one_ending_the_sentence(extract_text):
    text = "Germany backs growth in line with the Royal Government's Pentagonal Strategy-Phase I.  Both sides met."
    assert [i.name for i in extract_text(text).instruments] == ["Pentagonal Strategy-Phase I"]
