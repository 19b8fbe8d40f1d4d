"""A legislator's rank before a name yields to the office told in apposition after it
(session 18): "Senator the Hon. NAME, Minister of X of Y" is the minister; the rank is no
honorific; "Senator NAME" alone keeps it. Session 29: "Senator" is a style-like office word
like "Ambassador" (HONORIFIC and TITLE): any office told beside it wins, before it with or
without a comma, glued before it, or after it in apposition. A town after an office is the office's only before a
name of two words ("Commissioner Lahore Ali Khan"), not before a given name and one hyphenated
word ("Senator Kamina Lopez-Poma"). Sentences written for these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title, o.honorifics, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    # (session 29: "Senator" is a style like "Ambassador": kept among the honorifics when it yields)
    ("LIMA, May 3 -- Senator Ana Lopez Poma, Minister of Foreign Affairs of Peru, signed the deal.",
     [("Ana Lopez Poma", "Minister of Foreign Affairs", ["Senator"], "PE")]),
    ("LIMA, May 3 -- Senator The Hon. Ana Lopez Poma, Minister of Trade and Foreign Trade of Peru, "
     "signed the treaty.",
     [("Ana Lopez Poma", "Minister of Trade and Foreign Trade", ["Hon"], "PE")]),
    # a post-nominal after the name (CSC) is no name word
    ("LIMA, May 3 -- Minister Ian Loma held a meeting with Senator the Hon Ana Poma CSC, Defense Minister of Chile.",
     [("Ian Loma", "Minister", [], "PE"), ("Ana Poma", "Defense Minister", ["Hon"], "CL")]),
    # alone, the rank is the title
    ("LIMA, May 3 -- Senator Ana Poma said the bill would pass.", [("Ana Poma", "Senator", [], "PE")]),
])
def test_a_legislators_rank_yields_to_the_apposed_office(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("As the talks began, Senator Kamina Lopez-Poma, Minister of Foreign Affairs of Peru, said so.",
     [("Kamina Lopez-Poma", "Minister of Foreign Affairs", ["Senator"], "PE")]),
    ("LAHORE, May 3 -- Commissioner Lahore Ali Raza Khan said the roads were closed.",
     [("Ali Raza Khan", "Commissioner Lahore", [], "PK")]),
])
def test_a_town_after_an_office_needs_a_name_of_two_words(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an office in the possessive before the title is the office it serves: it stays
    ("DHAKA, May 3 -- The fair will open, said Chief Minister's Deputy Press Secretary Abul Kalam Rahim.",
     [("Abul Kalam Rahim", "Chief Minister's Deputy Press Secretary", [], "BD")]),
    # one capitalised portfolio word the title words lack may stand between
    ("KUWAIT, May 3 -- The King's Palace Affairs Minister, Sheikh Ali Salem Al-Sabah, told reporters the visit went well.",
     [("Ali Salem Al-Sabah", "King's Palace Affairs Minister", ["Sheikh"], "KW")]),
    # a state's possessive is the country, never a word of the title
    ("NAIROBI, May 3 -- Kenya's Deputy Press Secretary Ann Mwangi said so.",
     [("Ann Mwangi", "Deputy Press Secretary", [], "KE")]),
])
def test_an_office_in_the_possessive_before_the_title_stays(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the office's acronym in brackets between the office and its complement (mixed case too)
    ("DELHI, May 3 -- The Minister of State (MoS) for External Affairs, Ravi Kumar Sen, met the delegation.",
     [("Ravi Kumar Sen", "Minister of State for External Affairs", [], "IN")]),
    ("DELHI, May 3 -- The Minister of State (MOS) for Agriculture, Dr Ravi Kumar Sen, met the delegation.",
     [("Ravi Kumar Sen", "Minister of State for Agriculture", ["Dr"], "IN")]),
])
def test_an_offices_acronym_before_its_complement(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # session 29: the office before the rank, with a comma, glued, or coordinated before it
    ("MBABANE, May 3 -- The Acting Prime Minister, Senator Tom Bako Masuka paid a courtesy call on the King. "
     "Senator Masuka said ties were good.",
     [("Tom Bako Masuka", "Acting Prime Minister", ["Senator"], "SZ")]),
    ("ISLAMABAD, May 3 -- Deputy Prime Minister and Foreign Minister Senator Ali Khan Dar met the envoy on Monday.",
     [("Ali Khan Dar", "Deputy Prime Minister and Foreign Minister", ["Senator"], "PK")]),
    ("KINGSTON, May 3 -- The meeting will be chaired by Jamaica's Minister for Foreign Affairs and Foreign Trade "
     "Senator Ana Lopez Poma. Senator Lopez Poma said the talks went well.",
     [("Ana Lopez Poma", "Minister for Foreign Affairs and Foreign Trade", ["Senator"], "JM")]),
    # a list of holders, each rank before a name and its office after it: the office is never read across
    ("CANBERRA, May 3 -- The forum was co-chaired by the Hon Peter Rabu MP, Minister for Foreign Affairs and Trade "
     "and Senator the Hon Mary Lane, Minister for Defence.",
     [("Peter Rabu", "Minister for Foreign Affairs and Trade", ["Hon"], "AU"),
      ("Mary Lane", "Minister for Defence", ["Hon"], "AU")]),
    ("CANBERRA, May 3 -- Ministers were: Senator the Hon Mark Corman, Minister for Finance, Senator the Hon "
     "Linda Reyes, Minister for Defence, the Hon David Cole MP, Minister for Immigration.",
     [("Mark Corman", "Minister for Finance", ["Hon"], "AU"), ("Linda Reyes", "Minister for Defence", ["Hon"], "AU"),
      ("David Cole", "Minister for Immigration", ["Hon"], "AU")]),
    # alone, still the title
    ("WASHINGTON, May 3 -- Senator Ted Crane said the bill would pass.", [("Ted Crane", "Senator", [], "US")]),
])
def test_a_legislators_rank_beside_an_office_is_a_style(extract_text, text, expected):
    assert _officials(extract_text, text) == expected
