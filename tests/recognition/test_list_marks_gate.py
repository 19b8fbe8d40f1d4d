"""The cheap gate before the "and other <demonym> dignitaries" rule (office_country.
may_list_others): it may only skip docs where the full per-token scan finds no list, so the
officials read with the gate and with the gate forced open are the same. Sentences made up."""
import pytest

from newsfacts.recognition import office_country
from newsfacts.recognition.lexicon import lower_words

TEXTS = [
    # lists closed by "and other <demonym> ...": the gate must stay open
    "Minister of Energy Tavita Leota, Secretary for Ports Ana Faleolo and other Samoan officials attended the launch.",
    "H.E. Mr Rui Tilman, Vice Minister of Health and other Timorese dignitaries welcomed the team.",
    "Deputy Minister Olga Petrenko AND OTHER Ukrainian officials met the mission.",
    "Minister Arjun Thapa and other, senior Nepali officials arrived.",
    # "other" without "and" before it, and no "other" at all
    "Trade Minister Lea Novak met other Slovenian officials on Monday.",
    "Foreign Minister Ines Duarte opened the talks in Lisbon on Tuesday.",
    "The Others, a Portuguese band, played for Minister Joana Reis.",
    "Deputy Prime Minister Kofi Mensah and several other Ghanaian ministers toured the port.",
]


def _officials(extract_text, text):
    return [(o.name, o.title, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text", TEXTS)
def test_the_gate_never_changes_the_officials(extract_text, monkeypatch, text):
    gated = _officials(extract_text, text)
    monkeypatch.setattr(office_country, "may_list_others", lambda lowers: True)
    assert _officials(extract_text, text) == gated


@pytest.mark.parametrize("text", TEXTS)
def test_the_gate_closes_only_where_no_and_other_stands(nlp, text):
    lowers = lower_words(nlp.make_doc(text))
    pairs = [k for k in range(1, len(lowers)) if lowers[k] == "other" and lowers[k - 1] == "and"]
    if pairs:
        assert office_country.may_list_others(lowers)
    if not office_country.may_list_others(lowers):
        assert "other" not in lowers


def test_the_gated_rule_still_reads_a_list(extract_text):
    text = "Minister of Energy Tavita Leota, Secretary for Ports Ana Faleolo and other Samoan officials attended."
    found = {name: country for name, _, country in _officials(extract_text, text)}
    assert found.get("Ana Faleolo") == "WS", found
