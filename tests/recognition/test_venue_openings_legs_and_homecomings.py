"""Venue rules of session 16 on sentences written for these tests: a place after a date that
opens the sentence, a part of a building before "of" (its forecourt), a country retold by its
region's words ("the West African country"), a town after "in the capital" or "in the city of" locating a building, a
journey's leg or stop, a journey's end at home, a pair of states glued by a hyphen, a journey
asked for, and a building's country from the sentence before in a story with no dateline.
A row is (text, [(name, city, country), ...]): the venues expected, in order; a row with an
empty list is a negative."""
import pytest

CASES = [
    # a date opening the sentence before "in <place>," (as "In Suva, ...": the clause's place),
    # its subject long before the cue
    ("Today in Suva, the Foreign Minister of Tonga, Ana Lopez, and the Prime Minister of Fiji, Ian Poe, "
     "came together to sign a renewed Joint Statement.", [("Suva", "Suva", "FJ")]),
    ("Yesterday in Lima, the two ministers signed the Partnership Agreement.", [("Lima", "Lima", "PE")]),
    # negative: no cue in the sentence
    ("On Monday in Suva, the ministers agreed on the budget.", []),
    # "in the capital X", "in the city of X" after a building: the building's town (its city; no venue
    # of its own when named only there)
    ("The talks were held at the Presidential Palace in the capital Ljubljana on Monday.",
     [("Presidential Palace", "Ljubljana", "SI")]),
    ("In joint statements after their talks at the Royal Palace in the city of Nairobi, the leaders spoke of trade.",
     [("Royal Palace", "Nairobi", "KE")]),
    # negative for the town: a capitalised "City of" names a district
    ("Speaking at a finance conference at the Guildhall in the City of London, she said rates would fall.",
     [("Guildhall", None, None)]),
    # a journey's leg or stop: where the visitor lands is the journey's place
    ("The minister has landed in Vanuatu for the first leg of his Pacific tour.", [("Vanuatu", None, "VU")]),
    ("The prince landed in Muscat late Monday, the first stop on a regional trip.", [("Muscat", "Muscat", "OM")]),
    # negative: landing for a reason of no journey
    ("The plane landed in Muscat late Monday for refuelling.", []),
    # arriving home after a journey: the place come back to is no venue (the journey's is)
    ("President Ana Lopez arrived in Accra on Friday evening after a three-day official visit to Togo.",
     [("Togo", None, "TG")]),
    ("The minister returned to Suva on Sunday after his trip to Japan.", [("Japan", None, "JP")]),
    # negative: arriving in a place for a visit is
    ("President Ana Lopez arrived in Lome on Friday for a three-day official visit.", [("Lome", "Lomé", "TG")]),
    # a place glued by a hyphen to another place names a pair of states, no place
    ("President Ana Lopez signed 12 agreements, marking a significant expansion in the Chile-Peru bilateral agenda.",
     []),
    ("The talks marked a new chapter in the Fiji-Tonga relationship.", []),
    # a journey or a hosting asked for is none told
    ("He said the government will encourage more tourists to visit Fiji next year.", []),
    ("He extended an invitation to host Prime Minister Ian Poe in Tonga during the talks.", []),
    ("The minister was invited to visit the National Museum in Lima next year.", []),
    # negative: an event asked to be attended still has its place
    ("The minister was invited to attend the summit in Lima next week.", [("Lima", "Lima", "PE")]),
    # a part of a building before "of" (forecourt, courtyard, lawns, grounds): the building is the venue
    ("NEW DELHI, May 2 (ANI): President Ana Lopez will be accorded a ceremonial welcome at the forecourt of "
     "Rashtrapati Bhawan on May 3.", [("Rashtrapati Bhawan", "New Delhi", "IN")]),
    ("The two presidents held talks in the courtyard of the Presidential Palace in Lima on Monday.",
     [("Presidential Palace", "Lima", "PE")]),
    # a country retold by "the", its region's words and a noun of country, gone to: the last country named
    ("President Ana Lopez was conferred with Togo's highest honour during his three-day visit to the "
     "West African country to deepen ties.", [("Togo", None, "TG")]),
    ("Peru and Chile signed a pact. The minister arrived in the Andean country on Monday for talks.",
     [("Chile", None, "CL")]),
    # negative: the country in an official's office is whose he is, not where he goes
    ("Ghana's President Ana Lopez will travel to the East African nation next week.", []),
    # negative: a country retold but not gone to
    ("Togo signed the pact. The West African country has ratified it.", []),
    # a presentation of credentials is an occasion: the building it is at is a venue
    ("The envoy presented his credentials to President Ana Lopez at State House in Lusaka.",
     [("State House", "Lusaka", "ZM")]),
    # a hotel chain's name that is also a town's, before a lowercase "hotel": the hotel, not the town
    ("Ministers gathered at the Shangri-La hotel in Singapore for the dialogue.",
     [("Shangri-La", "Singapore", "SG")]),
    ("The dialogue opened at the Shangri-La Hotel in Singapore on Friday.", [("Shangri-La Hotel", "Singapore", "SG")]),
    # negative for the hotel rule: a town before a lowercase building word is the town
    ("The talks were held at the Lima convention centre on Monday.", [("Lima", "Lima", "PE")]),
    # an owner's possessive, a few lowercase words and a lowercase word of a body's building after "at"
    ("The two leaders held talks at the Prime Minister's official residence in Tokyo on Monday.",
     [("Prime Minister's official residence", "Tokyo", "JP")]),
    ("The minister held a meeting with President Ian Poe at President Poe's private residence on Saturday.",
     [("President Poe's private residence", None, None)]),
    # negative: a possessive before a noun that is no building
    ("The event at the Minister's request was held in Lima.", [("Lima", "Lima", "PE")]),
    # a body's seat written in lowercase before its name, then "in" a city: the building's city, a venue too
    ("The ministers met at the office of the Prime Minister in Suva on Monday.",
     [("office of the Prime Minister", "Suva", "FJ")]),
    ("The meeting was held at the headquarters of the African Union in Addis Ababa.",
     [("headquarters of the African Union", "Addis Ababa", "ET")]),
    # a High Commission is a building (a Commonwealth embassy)
    ("The signing ceremony took place at the Kenyan High Commission in London on Friday.",
     [("Kenyan High Commission", "London", "GB")]),
    # a story with no dateline: a building with no place told is in the country the sentence before goes to
    ("President Ana Lopez on Wednesday landed in France where she was welcomed by the President. "
     "Macron hosted President Lopez at Elysee Palace - the President's official residence. "
     "Lopez had left Nairobi on Tuesday for the visit. Nairobi is busy.",
     [("Elysee Palace", None, "FR")]),
]


@pytest.mark.parametrize("text,want", CASES)
def test_openings_legs_and_homecomings(extract_text, text, want):
    assert [(v.name, v.city, v.country) for v in extract_text(text).venues] == want
