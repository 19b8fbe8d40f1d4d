"""Session 31: shapes of officials read on fresh press (sentences written for these tests).

- an office cut to its head ("the Ambassador of X, NAME") is no style: the name after it is
  that office's, so in a list "TITLE, NAME, TITLE2, NAME2" the second office is NAME2's;
- "Ambassador of X in Y" drops the envoy's state as "Ambassador of X to Y" does, and a holder's
  name with particles may follow the place ("Georges de La Roche");
- a nickname in quotes may stand before a particle of the family name ("“Lula” da Silva");
- a continent after a spaced dash is a body's branch, never a person ("... – Africa");
- a name written shorter than one state's full name of ``holders.jsonl`` gives that state
  (:meth:`KnownHolders.match`, "short");
- a family name in capitals after an office's complement opens the holder's name when the story
  writes it elsewhere as a name word or opening another name ("SOK Chenda Sophea", "CHOI ...").
"""
import pytest

from newsfacts.recognition.holders import KnownHolders


def _officials(extract_text, text):
    return [(o.name, o.title, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text", [
    "The envoys were the Ambassador of Peru, H.E. Marta Gonzalez Rivas, the Ambassador of Chile, "
    "H.E. Jorge Pablo Saez and the Ambassador of Spain, H.E. Ana Lopez Garcia.",
    "Guests included the Ambassador of Peru, Marta Gonzalez Rivas, the Ambassador of Chile, Jorge Pablo Saez, "
    "and the Ambassador of Spain, Ana Lopez Garcia.",
])
def test_each_office_of_a_list_is_the_next_names(extract_text, text):
    assert _officials(extract_text, text) == [
        ("Marta Gonzalez Rivas", "Ambassador", "PE"), ("Jorge Pablo Saez", "Ambassador", "CL"),
        ("Ana Lopez Garcia", "Ambassador", "ES")]


def test_a_style_before_a_name_still_yields_to_the_office_after_it(extract_text):
    got = _officials(extract_text, "Ambassador Marta Gonzalez Rivas, the Ambassador of Chile to Peru, spoke.")
    assert got == [("Marta Gonzalez Rivas", "Ambassador to Peru", "CL")]


@pytest.mark.parametrize("text,name,title,country", [
    ("The Ambassador of Peru in Chile, Marta Gonzalez Rivas, met the press on Monday.",
     "Marta Gonzalez Rivas", "Ambassador in Chile", "PE"),
    ("It was headed by the Ambassador of Chile in Peru Georges de La Roche; and others.",
     "Georges de La Roche", "Ambassador in Peru", "CL"),
    ("Also present was the Ambassador of Suriname in the Netherlands, Mr Rajendre Khargi.",
     "Rajendre Khargi", "Ambassador in the Netherlands", "SR"),
])
def test_an_envoys_state_leaves_the_title_before_where_he_serves(extract_text, text, name, title, country):
    assert _officials(extract_text, text) == [(name, title, country)]


def test_a_state_after_in_that_is_no_place_of_service_stays(extract_text):
    # "in the new cabinet" is no place: the title is left as the rules read it, its state told
    got = _officials(extract_text, "The Minister of Health of Kenya in the new cabinet, Jane Wanjiru, spoke.")
    assert [(n, c) for n, _, c in got] == [("Jane Wanjiru", "KE")]


@pytest.mark.parametrize("text,name", [
    ("Brazilian President Luiz Inácio “Lula” da Silva met the press on Monday.", "Luiz Inácio “Lula” da Silva"),
    ("President Joao Batista “Joca” de Souza met the press.", "Joao Batista “Joca” de Souza"),
    ("President Ana Maria “Nina” Lopez met the press.", "Ana Maria “Nina” Lopez"),
])
def test_a_quoted_nickname_before_a_particle_stays_in_the_name(extract_text, text, name):
    assert [o[0] for o in _officials(extract_text, text)] == [name]


@pytest.mark.parametrize("text", [
    "The President of United Cities and Local Governments – Africa (UCLG Africa) spoke.",
    "The Chair of the Forum of Regions – Asia said the plan was good.",
])
def test_a_continent_after_a_spaced_dash_is_no_person(extract_text, text):
    assert _officials(extract_text, text) == []


def test_a_short_written_name_of_a_listed_holder():
    table = KnownHolders([("Amara Kofi Mensala", "GH"), ("Idris bin Omar Al Fahad", "QA"),
                          ("Pedro Ruiz Garcia", "ES"), ("Pedro Ruiz Lopez", "MX")])
    assert table.match("Amara Mensala") == ("GH", "short")  # first and last word
    assert table.match("Idris bin Omar") == ("QA", "short")  # its first three words
    assert table.match("Pedro Ruiz") == (None, "")  # two states' names: none
    assert table.match("Kofi Mensala") == (None, "")  # the first word must be the name's first
    assert table.match("Amara Kofi") == (None, "")  # two first words open too many names
    assert table.match("Amara Kofi Mensala") == ("GH", "")  # the full name, as before


def test_a_short_written_holder_gets_his_state_in_text(extract_text):
    got = _officials(extract_text, "President Mohamed Farmaajo met the press on Monday.")
    assert got == [("Mohamed Farmaajo", "President", "SO")]


@pytest.mark.parametrize("text,expected", [
    # the family name in capitals is written elsewhere as a name word
    ("Minister of Foreign Affairs and International Cooperation SOK Chenda Sophea met the press. "
     "Later Sok Chenda Sophea left.",
     [("SOK Chenda Sophea", "Minister of Foreign Affairs and International Cooperation", "KH")]),
    # ... or opens another name outside a complement
    ("Deputy Minister of Political Affairs CHOI Young-sam met the press. Director Mr. CHOI Yong-jun said it went well.",
     [("CHOI Young-sam", "Deputy Minister of Political Affairs", None), ("CHOI Yong-jun", "Director", None)]),
])
def test_a_family_name_in_capitals_after_a_complement_opens_the_name(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Executive Director of NASC Ramsharan Pudasaini met the press. The NASC Director said so.",
     [("Ramsharan Pudasaini", "Executive Director of NASC", None)]),
    # an acronym after "of" before two names is a body's, both times
    ("Executive Director of NASC Ramsharan Pudasaini met the press. The former Executive Director of NASC "
     "Hari Prasad Sharma said so.",
     [("Ramsharan Pudasaini", "Executive Director of NASC", None),
      ("Hari Prasad Sharma", "former Executive Director of NASC", None)]),
])
def test_an_acronym_before_a_name_stays_in_the_complement(extract_text, text, expected):
    assert _officials(extract_text, text) == expected
