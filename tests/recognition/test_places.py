"""The newsfacts_places component on sentences written for these tests."""
from __future__ import annotations

import pytest
import spacy

import newsfacts.recognition  # noqa: F401  (registers the factories)
from newsfacts import settings
from newsfacts.recognition.tokenizer import customize_tokenizer


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    customize_tokenizer(nlp)
    nlp.add_pipe("newsfacts_places")
    return nlp


def found(nlp, text):
    doc = nlp(text)
    return [(s.text, s.label_, s._.nf_place["country"]) for s in doc.spans[settings.SPANS_PLACES]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The delegation flew from Kuching to Kota Kinabalu on Monday.",
         [("Kuching", "CITY", "MY"), ("Kota Kinabalu", "CITY", "MY")]),
        ("Officials gathered in Putrajaya before the forum in Langkawi.",
         [("Putrajaya", "CITY", "MY"), ("Langkawi", "CITY", "MY")]),
        ("Malaysia\u2019s envoy met his Thai and Filipino counterparts.",
         [("Malaysia", "COUNTRY", "MY"), ("Thai", "DEMONYM", "TH"), ("Filipino", "DEMONYM", "PH")]),
        ("Talks with the Russian Federation resumed in Moscow, Russia.",
         [("Russian Federation", "COUNTRY", "RU"), ("Moscow", "CITY", "RU"), ("Russia", "COUNTRY", "RU")]),
        ("Port Moresby is the capital of Papua New Guinea.",
         [("Port Moresby", "CITY", "PG"), ("Papua New Guinea", "COUNTRY", "PG")]),
        ("Lao PDR, Timor-Leste and the U.S. sent observers to Nusa Dua, Bali.",
         [("Lao PDR", "COUNTRY", "LA"), ("Timor-Leste", "COUNTRY", "TL"), ("U.S.", "COUNTRY", "US"),
          ("Nusa Dua", "CITY", "ID"), ("Bali", "REGION", "ID")]),
        ("A Malaysia-Singapore working group will meet in Johor Bahru.",
         [("Malaysia", "COUNTRY", "MY"), ("Singapore", "COUNTRY", "SG"), ("Johor Bahru", "CITY", "MY")]),
        ("The ministers of the Republic of Korea and Japan spoke in Seoul.",
         [("Republic of Korea", "COUNTRY", "KR"), ("Japan", "COUNTRY", "JP"), ("Seoul", "CITY", "KR")]),
        ("Reading the statement, the Police chief said the case may go to court in May.", []),
        ("The mobile unit will split the orange crates.", []),
        ("kuala lumpur in lower case is not running-text style.", []),
        ("Bank Negara said Vladimir and Nelson would attend.", []),
        # Romanian comma-below s/t as well as GeoNames' cedilla and plain ASCII
        ("Naval planners will meet in Constanța, then in Iaşi and Timisoara.",
         [("Constanța", "CITY", "RO"), ("Iaşi", "CITY", "RO"), ("Timisoara", "CITY", "RO")]),
        # the comma-below form is Romanian only: not added for Turkish names
        ("The delegation toured Eskișehir.", []),
        # a known city with "City" after it is one place; a lowercase "city" is not part of it
        ("Talks moved from Iloilo City to Davao city.", [("Iloilo City", "CITY", "PH"), ("Davao", "CITY", "PH")]),
        # GeoNames' curly apostrophes are also matched straight; capitals as the country table spells them
        ("Flights link Xi'an, Ulaanbaatar and Nuku'alofa.",
         [("Xi'an", "CITY", "CN"), ("Ulaanbaatar", "CITY", "MN"), ("Nuku'alofa", "CITY", "TO")]),
        # a town the data does not know, written "in Town, Country"
        ("The envoys will meet in Villa Tunari, Bolivia, next week.",
         [("Villa Tunari", "CITY", "BO"), ("Bolivia", "COUNTRY", "BO")]),
        ("Talks resumed in Tash-Kumyr, Kyrgyzstan.", [("Tash-Kumyr", "CITY", "KG"), ("Kyrgyzstan", "COUNTRY", "KG")]),
        # ... but not an office, a word before a possessive, or a run without "in" before it
        ("He served in Parliament, Kenya, for years.", [("Kenya", "COUNTRY", "KE")]),
        ("Progress in Research, Kenya's minister said, was slow.", [("Kenya", "COUNTRY", "KE")]),
        ("Leaders from Villa Tunari, Bolivia came.", [("Bolivia", "COUNTRY", "BO")]),
        # "Saint" shortened as press writes it
        ("Leaders flew from St Kitts and Nevis to St. Lucia.",
         [("St Kitts and Nevis", "COUNTRY", "KN"), ("St. Lucia", "COUNTRY", "LC")]),
        # a town the data does not know, named by an apposition; its other mentions are the town too
        ("The Chilean port of Caleta Blanca hosts the talks. Caleta Blanca is small.",
         [("Chilean", "DEMONYM", "CL"), ("Caleta Blanca", "CITY", "CL"), ("Caleta Blanca", "CITY", "CL")]),
        ("Envoys met in Lospalmas, the third largest town of Timor-Leste.",
         [("Lospalmas", "CITY", "TL"), ("Timor-Leste", "COUNTRY", "TL")]),
        ("The fair opened in Vilaverde, a coastal village in Portugal.",
         [("Vilaverde", "CITY", "PT"), ("Portugal", "COUNTRY", "PT")]),
        # ... not without a country, nor a lowercase or capitals word, nor a known place again
        ("The city of Lospalmas was quiet.", []),
        ("Envoys met in Lospalmas, the heart of Timor-Leste.", [("Timor-Leste", "COUNTRY", "TL")]),
        ("The Kenyan city of Mombasa hosts the talks.", [("Kenyan", "DEMONYM", "KE"), ("Mombasa", "CITY", "KE")]),
        ("The Kenyan capital of NAIROBI-X is named.", [("Kenyan", "DEMONYM", "KE")]),
        # a name with an apostrophe, written with the typographic one as press often does
        ("Envoys of the People\u2019s Republic of China and the Lao People\u2019s Democratic Republic met.",
         [("People\u2019s Republic of China", "COUNTRY", "CN"), ("Lao People\u2019s Democratic Republic", "COUNTRY", "LA")]),
        ("Envoys of the People's Republic of China met.", [("People's Republic of China", "COUNTRY", "CN")]),
        # a space for the hyphen between capitalised parts, "&" for "and"
        ("Talks in Guinea Bissau and Trinidad & Tobago ended.",
         [("Guinea Bissau", "COUNTRY", "GW"), ("Trinidad & Tobago", "COUNTRY", "TT")]),
        # a state's name with the accents the data's ISO name leaves out
        ("Talks in São Tomé and Príncipe ended.", [("São Tomé and Príncipe", "COUNTRY", "ST")]),
        # a town of lowercase particles written with hyphens, or one the data hyphenates with spaces
        ("Envoys flew from Dar-es-Salaam to Port au Prince.",
         [("Dar-es-Salaam", "CITY", "TZ"), ("Port au Prince", "CITY", "HT")]),
        # Rio de Janeiro by its short name, capitalised only ("the Rio" of a river's name is not it)
        ("Leaders met in Rio before flying to Lima.", [("Rio", "CITY", "BR"), ("Lima", "CITY", "PE")]),
        # the Maldives' capital with the closing apostrophe of local press
        ("The forum opens in Male' on Sunday.", [("Male'", "CITY", "MV")]),
    ],
)
def test_places_in_sentences(nlp, text, expected):
    assert found(nlp, text) == expected


def test_span_metadata(nlp):
    doc = nlp("The Emirati minister arrived in Melaka from the UK.")
    spans = {s.text: s for s in doc.spans[settings.SPANS_PLACES]}
    assert spans["Emirati"].id_ == "place.demonym"
    assert spans["Emirati"]._.nf_place == {"name": "Emirati", "kind": "demonym", "city": None, "country": "AE"}
    assert spans["Melaka"].label_ == "CITY"
    assert spans["Melaka"].id_ == "place.alias"
    assert spans["Melaka"]._.nf_place == {"name": "Melaka", "kind": "city", "city": "Melaka", "country": "MY"}
    assert spans["UK"]._.nf_place["name"] == "United Kingdom"
    assert doc.text[spans["Melaka"].start_char:spans["Melaka"].end_char] == "Melaka"


def test_longest_wins_and_no_overlap(nlp):
    doc = nlp("Delegates from Equatorial Guinea, Guinea-Bissau and New Zealand and South Korean firms.")
    spans = list(doc.spans[settings.SPANS_PLACES])
    assert [s.text for s in spans] == ["Equatorial Guinea", "Guinea-Bissau", "New Zealand", "South Korean"]
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start


def test_generated_rule_ids(nlp):
    doc = nlp("Germany hosted talks in Hamburg with officials from Texas.")
    by_text = {s.text: (s.label_, s.id_) for s in doc.spans[settings.SPANS_PLACES]}
    assert by_text["Germany"] == ("COUNTRY", "place.country")
    assert by_text["Hamburg"][0] == "CITY" and by_text["Hamburg"][1] in {"place.city", "place.region"}
    assert by_text["Texas"] == ("REGION", "place.region")


def test_to_disk_from_disk_roundtrip(nlp, tmp_path):
    pipe = nlp.get_pipe("newsfacts_places")
    pipe.to_disk(tmp_path / "places")
    other = spacy.blank("en")
    customize_tokenizer(other)
    other.add_pipe("newsfacts_places").from_disk(tmp_path / "places")
    text = "Officials met in Kuala Lumpur and Vientiane."
    assert found(other, text) == found(nlp, text) == [("Kuala Lumpur", "CITY", "MY"), ("Vientiane", "CITY", "LA")]


def test_town_by_apposition_rule_and_value(nlp):
    doc = nlp("Talks opened in Lospalmas, the second largest town of Timor-Leste.")
    span = doc.spans[settings.SPANS_PLACES][0]
    assert span.id_ == "place.town_by_apposition"
    assert span._.nf_place == {"name": "Lospalmas", "kind": "city", "city": "Lospalmas", "country": "TL"}


def test_city_suffix_is_named_as_written(nlp):
    doc = nlp("The ministers met in Iloilo City.")
    span = doc.spans[settings.SPANS_PLACES][0]
    assert span.id_ == "place.city_suffix"
    assert span._.nf_place == {"name": "Iloilo City", "kind": "city", "city": "Iloilo City", "country": "PH"}


@pytest.mark.parametrize("last_word", ["Delhi", "Kuala", "Port", "New"])
def test_a_text_ending_on_the_first_word_of_a_longer_name(nlp, last_word):
    """A window past the doc's end is shorter than the name looked up; it must not match a
    shorter name and yield a span past the end (this crashed the whole article)."""
    doc = nlp(f"The statement was issued by the press office in {last_word}")
    assert all(s.end <= len(doc) for s in doc.spans[settings.SPANS_PLACES])


def test_a_one_word_name_that_starts_longer_names_is_found_at_the_end(nlp):
    assert found(nlp, "Posted by the bureau in Delhi") == [("Delhi", "CITY", "IN")]


@pytest.mark.parametrize(
    "name, variants",
    [
        ("Port of Spain", ["Port-of-Spain"]),
        ("Port-au-Prince", ["Port au Prince"]),
        # capitalised parts only: a space for the hyphen, no particle twin
        ("Porto-Novo", ["Porto Novo"]),
        # two places joined by "and" are never hyphenated
        ("Trinidad and Tobago", ["Trinidad & Tobago"]),
        ("Kuala Lumpur", []),
    ],
)
def test_written_variants_of_particle_names(name, variants):
    from newsfacts.recognition.places import written_variants
    assert written_variants(name) == variants
