"""Places of visits that press on state, parliamentary and ministerial trips names in shapes the
rules used to miss, on sentences written for these tests: (text, [(name, city, country), ...])
with the venues expected in order; the negatives list what must not be read as a venue."""
import pytest

CASES = [
    # a country whose name opens with the Arabic article the data knows whole: no town "Salvador"
    ("The minister visited El Salvador on Friday.", [("El Salvador", None, "SV")]),
    ("In El Salvador, she met the president on Friday.", [("El Salvador", None, "SV")]),
    # ... while a town written with the article stays that town
    ("The talks were held in Al Riyadh on Friday.", [("Al Riyadh", "Riyadh", "SA")]),
    # an owner's pronoun before a building's name: the building, its lowercase word kept (an owned building)
    ("Envoys paid courtesy calls on the Vice President at his Maple Hill offices in Lilongwe on Friday.",
     [("Maple Hill offices", "Lilongwe", "MW")]),
    ("The delegation called on the Speaker at her Assembly Annex office on Thursday.",
     [("Assembly Annex office", None, None)]),
    # a lone acronym keeps its lowercase building word; a town before "convention centre" is the town
    ("She met the team at the UN office in Geneva on Monday.",
     [("UN office", "Geneva", "CH")]),
    ("He held talks at the Nairobi office of the bank on Monday.", [("Nairobi office", None, None)]),
    ("The summit opened at the Lima convention centre on Monday.", [("Lima", "Lima", "PE")]),
    # "residence" and "premises" close a building's name as "office" does and stay in it (owned buildings)
    ("The president met the envoys on Tuesday at his Lakeview Road residence in Lilongwe.",
     [("Lakeview Road residence", "Lilongwe", "MW")]),
    ("The envoy briefed the diplomats at the Embassy premises in Lima on Monday.",
     [("Embassy premises", "Lima", "PE")]),
    # negative: after an owner's pronoun, no building, no place of this reading
    ("The minister received the envoy at his office on Monday.", []),
    ("The minister received the envoy at his residence on Monday.", []),
    # negative: "the visiting X delegation" is an adjective of the guests, no place visited
    ("The visiting Kenyan Parliament delegation called on the Speaker on Thursday.", []),
    # a one-word name right after a visit verb, followed by a purpose or a date, is a site visited
    ("Later, he visited Marlowgate to lay a wreath.", [("Marlowgate", None, None)]),
    ("The delegation toured Kelvinmoor on Monday.", [("Kelvinmoor", None, None)]),
    # two or three capitalised words after an event's word and "at the" are a building known by name
    ("The two prime ministers held official talks at the Cedar Trees today.", [("Cedar Trees", None, None)]),
    ("The envoy was received at the Old Harrow Fields on Monday.", [("Old Harrow Fields", None, None)]),
    # landmarks and a military "HQ" close (or, for "HQ", open) a building's name
    ("The minister laid a wreath at the Unity Memorial on Monday.", [("Unity Memorial", None, None)]),
    ("The guests will later visit Harrowby Abbey on Tuesday.", [("Harrowby Abbey", None, None)]),
    ("At the Falcon Corps HQ in Tezpur, the general briefed the chief on Friday.",
     [("Falcon Corps HQ", "Tezpur", "IN")]),
    ("The chief is scheduled to arrive at Lucknow to visit HQ Southern Command.",
     [("Lucknow", "Lucknow", "IN"), ("HQ Southern Command", "Lucknow", "IN")]),
    # a word of a welcome or of a homage in the sentence makes a building after "at" a venue
    ("The King will welcome the guests at the Royal Pavilion on Monday.", [("Royal Pavilion", None, None)]),
    ("Later, the president paid tributes to the founder at Marlowgate.", [("Marlowgate", None, None)]),
    # negatives: lodging is no venue; a tribute to victims names no place of the tribute
    ("The delegation will stay at the Grand Hotel.", []),
    ("She paid tribute to the victims of the attack in Kabul.", []),
    # negative: a station arrived at is a stop of the journey (a transit head); a body is no building
    ("He arrived at the Air Force Station, Palam, in Delhi on Wednesday morning.", [("Delhi", "Delhi", "IN")]),
    ("The event was held at the United Nations during the summit.", []),
    # negative: an event's name, or a name going on with "of", is no building
    ("The ministers met at the Leaders Summit on Monday.", []),
    ("He held talks at the Invitation of the King.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_venue_visit_sites(extract_text, text, expected):
    found = [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]
    assert found == expected
