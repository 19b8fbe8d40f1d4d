"""Where a building stands and which town a country's possessive owns, on sentences written for
these tests: (text, [(name, city, country), ...]) with the venues expected in order."""
import pytest

CASES = [
    # a house named after a town does not stand in it; a convention centre named after its town does
    ("NEW DELHI, 4 May 2026 -- The two prime ministers held talks at Lucknow House on Friday.",
     [("Lucknow House", "New Delhi", "IN")]),
    ("The 3rd Coffee Forum opened on Monday at the Nairobi Convention Centre.",
     [("Nairobi Convention Centre", "Nairobi", "KE")]),
    # no dateline: a city the story names once, after the building, for an occasion of another
    # time is not the building's; a city named before it, where the story is, is
    ("The President received the visiting premier at the State Palace on Monday. He recalled his trip in 2019 "
     "to attend the 9th Regional Summit held in Kathmandu.",
     [("State Palace", None, "NP"), ("Kathmandu", "Kathmandu", "NP")]),
    ("The 4th River Commission opened in Kathmandu on Monday. The ministers met at the State Palace later that day.",
     [("Kathmandu", "Kathmandu", "NP"), ("State Palace", "Kathmandu", "NP")]),
    # a town set off by a comma and "in" after a building is its town, not the dateline's
    ("LUSAKA, 4 May 2026 -- The envoy held talks with the president at State House, in Lilongwe, Malawi, on Monday.",
     [("State House", "Lilongwe", "MW")]),
    ("ACCRA, 4 May 2026 -- Ministers of the bloc gathered at the Palais des Congres, in Cotonou, for a two-day meeting.",
     [("Palais des Congres", "Cotonou", "BJ")]),
    # without the town the building stays in the dateline's city
    ("LUSAKA, 4 May 2026 -- The envoy held talks with the president at State House on Monday.",
     [("State House", "Lusaka", "ZM")]),
    # a town that a country's possessive owns is the place: a city of the gazetteer, or a town of the towns' data
    ("The defence chiefs met on Thursday in Serbia's Smederevo to plan joint drills.",
     [("Smederevo", "Smederevo", "RS")]),
    ("The climate talks will resume in Brazil's Belem in November.", [("Belem", "Belém", "BR")]),
    ("The delegation will travel to Serbia's Smederevo for talks with the mayor.", [("Smederevo", "Smederevo", "RS")]),
    # no town after the possessive: the country stays, or nothing when it says whose
    ("The two governors held talks in Kenya's Rift Valley on Monday.", [("Kenya", None, "KE")]),
    ("The ministers held talks in Nigeria's interest on Monday.", []),
    # where one is on an errand ("on a visit", "on his trip") is where it happens
    ("The envoy, who is in Montevideo on a three-day working visit, met the trade minister on Friday.",
     [("Montevideo", "Montevideo", "UY")]),
    ("Our correspondent in Harare on Monday said prices rose.", []),
    # a place that opens a clause after "that" is where its events happen, as one opening a sentence
    ("A spokesperson said that in Windhoek, the two presidents will sign three agreements.",
     [("Windhoek", "Windhoek", "NA")]),
    ("A spokesperson said that in Windhoek the price of fuel rose again.", []),
    # a city that the building's own sentence goes to across a settlement noun ("in the capital X")
    # locates the building, not the dateline's city
    ("ACCRA, 4 May 2026 -- After arriving in the capital Lome on Sunday, the two presidents held talks at the "
     "Presidential Palace.", [("Presidential Palace", "Lomé", "TG")]),
    # a building a country's possessive owns is that country's, not in the dateline's city
    ("LIMA, 4 May 2026 -- The two presidents witnessed at Chile's Moneda Palace the signing of a water accord.",
     [("Moneda Palace", None, "CL")]),
    # where one returns to after a journey is home, no event's place
    ("After the working visit to Ghana, the minister and her delegation returned to Kenya on Sunday.",
     [("Ghana", None, "GH")]),
    ("The delegation will travel to Geneva for talks with the envoy on Monday.", [("Geneva", "Geneva", "CH")]),
    # "the <Demonym> capital" is the capital the story names, else a place of that country with no city
    ("The envoys held talks in Nairobi on Monday. They met again in the Kenyan capital on Tuesday to sign the accord.",
     [("Nairobi", "Nairobi", "KE")]),
    ("The envoys arrived in the Kenyan capital on Tuesday for talks on the accord.", [("Kenyan capital", None, "KE")]),
    # a city of that country that is not its capital is no capital's name
    ("The envoy, who toured Mombasa last week, arrived in the Kenyan capital on Tuesday for talks.",
     [("Mombasa", "Mombasa", "KE"), ("Kenyan capital", None, "KE")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_town_of_building_and_possessive(extract_text, text, expected):
    found = [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-04").venues]
    assert found == expected
