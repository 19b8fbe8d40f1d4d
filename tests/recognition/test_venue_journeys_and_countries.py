"""Countries and towns that a journey or a stay makes venues, and the structures that do not, on
sentences written for these tests (not taken from any article): (text, [(name, city, country),
...]) with the venues expected in order; an empty list is a "must not fire" case."""
import pytest

CASES = [
    # a country written with "the" after a visit verb is visited; so is every place of its list
    ("The prime minister will visit the Netherlands in June.", [("Netherlands", None, "NL")]),
    ("Last week the envoy was visiting the Republic of Korea and Japan.",
     [("Republic of Korea", None, "KR"), ("Japan", None, "JP")]),
    ("The minister visited Malawi, Zambia and the Gambia over five days.",
     [("Malawi", None, "MW"), ("Zambia", None, "ZM"), ("Gambia", None, "GM")]),
    # negative: "the visit" is a noun; a visit asked for is no journey told
    ("The visit the Philippines paid to Peru was short.", [("Peru", None, "PE")]),
    ("Lima invited the king to visit the Netherlands' ally.", []),
    # a list of places after "in" goes on across "the"
    ("The envoy is holding consultations in Qatar, the Maldives, Oman and Kuwait this week.",
     [("Qatar", None, "QA"), ("Maldives", None, "MV"), ("Oman", None, "OM"), ("Kuwait", None, "KW")]),
    # ... but a country opening an event's name after ", and" is no item of it
    ("The premier will attend talks in Portugal, and Angola Business Forum 2025 in Luanda next week.",
     [("Portugal", None, "PT"), ("Luanda", "Luanda", "AO")]),
    # negative: countries that only take part, listed with "the"
    ("Delegates from Chile, the Philippines and Peru attended the forum in Quito.", [("Quito", "Quito", "EC")]),
    # "for" after a verb of departing: a place gone to for an errand told after it, also across
    # the place left; going home at a journey's end is no venue
    ("The premier left Nairobi for Addis Ababa on Monday to attend the summit.",
     [("Addis Ababa", "Addis Ababa", "ET")]),
    ("The delegation departed for Hanoi with a view to holding talks on trade.", [("Hanoi", "Hanoi", "VN")]),
    ("The envoy ended her visit and departed for Canberra on Friday.", []),
    # the place a journey leaves from, set after "from" and a noun, is no venue
    ("The president departed from the airport in Quito on Monday for the summit.", []),
    ("The delegation left promptly from Jomo Kenyatta Airport in Nairobi for the forum in Kigali.",
     [("Kigali", "Kigali", "RW")]),
    # ... while people "from" somewhere who meet in a place meet there
    ("Envoys from the region met in Quito on Monday for the summit.", [("Quito", "Quito", "EC")]),
    # "come to" a place is a journey too, with the errand told after it
    ("Some 3,000 delegates are expected to come to Kigali for the health summit in March.",
     [("Kigali", "Kigali", "RW")]),
    ("Ministers came to Apia last week to attend the fisheries forum.", [("Apia", "Apia", "WS")]),
    ("After the ceremony the governor left for Mombasa.", []),
    # a short opening phrase of staying places the sentence's events; a noun "stay" is no lodging
    ("During his stay in Harare, the envoy held talks with the vice-president.", [("Harare", "Harare", "ZW")]),
    ("While in Fiji, the minister will sign the grant agreement.", [("Fiji", None, "FJ")]),
    # negative: the phrase tells no stay ("years"), and the ministers stay at a hotel
    ("During his years in Lagos, the diplomat met many leaders.", []),
    ("The ministers will stay at the Coral Bay Hotel during the summit.", []),
    # negative: a cue word that a determiner makes a person ("the host", "the chair") tells of no event
    ("The host noted that firms are keen to expand their trade in Senegal.", []),
    ("Our chair reminded members of the rules on mining in Ghana.", []),
    # negative: where a person lives or was born, and what is praised or reviewed where it is done
    ("The ambassador, who has lived in Peru for a decade, attended the 2nd Andean Mining Forum on 4 May 2025.", []),
    ("The new chair, who was raised in Ghana for most of her life, opened the 5th Cocoa Summit on 2 May 2025.", []),
    ("At the donors' conference, the minister praised the progress made in Samoa and Tonga.", []),
    ("The council reviewed the projects in Bhutan during its annual session.", []),
    # ... while the meeting held in a place still names it
    ("The council reviewed the meeting held in Thimphu during its annual session.", [("Thimphu", "Thimphu", "BT")]),
    # ... and as a verb it still does
    ("Senegal will host the regional meeting in Dakar in May.", [("Dakar", "Dakar", "SN")]),
    # a country written with "the" hosts as well, also opening the sentence
    ("The Bahamas is preparing to host the ministerial forum next year.", [("Bahamas", None, "BS")]),
    ("Officials confirmed that the Maldives will host the next summit.", [("Maldives", None, "MV")]),
    # negative: an earlier edition ("since X hosted", "X last hosted"), people from a country
    ("It is the first forum in the region since Samoa hosted the meeting in 2004.", []),
    ("The Netherlands last hosted the conference in 2012.", []),
    ("Envoys from the Philippines will host a reception during the summit.", []),
    # negative: a place in what was discussed, or in the purpose aimed at, is a topic, not where
    # the meeting is (the meeting's own place still is)
    ("At the talks, the ministers discussed mining investment in Zambia.", []),
    ("The two envoys met on Tuesday to expand fish exports in Namibia.", []),
    ("The ministers signed a grant to upgrade a clinic in Lesotho.", []),
    ("The ministers met in Windhoek to review fish exports from Angola.", [("Windhoek", "Windhoek", "NA")]),
    ("The delegates agreed to meet in Maputo next year.", [("Maputo", "Maputo", "MZ")]),
    ("The council is to be convened in Gaborone in June.", [("Gaborone", "Gaborone", "BW")]),
    # ... nor after a word of schedule, where the infinitive tells the event itself
    ("The 5th Reef Forum is expected to begin on Monday in Honiara.", [("Honiara", "Honiara", "SB")]),
    # a noun of hosting names the host of the event told in its sentence
    ("The ministers met on Monday. Samoa, the host country, opened the forum.", [("Samoa", None, "WS")]),
    ("Delegates thanked Ecuador as host of the regional consultations.", [("Ecuador", None, "EC")]),
    ("The summit was opened by the president of host nation Palau.", [("Palau", None, "PW")]),
    ("Officials said Ghana would be the venue of the next ministerial meeting.", [("Ghana", None, "GH")]),
    # negative: the host of something that is no event, or a host whose sentence names the place after it
    ("The ministers met on Monday. Chad, the host of many refugees, spoke at the meeting.", []),
    ("Laos will be the host country for the talks to be held in Pakse.", [("Pakse", "Pakse", "LA")]),
    # a country a noun of journey is made to: "his Kenya visit", "her tour of Zambia"
    ("During his Angola visit, the minister signed three accords.", [("Angola", None, "AO")]),
    ("The envoy ended her tour of Botswana on Friday.", [("Botswana", None, "BW")]),
    # negative: "of" a country's possessive says whose visit
    ("The visit of Malawi's president was postponed.", []),
    # negative: nor does a country that a noun goes on after ("the visit of Kenya delegates"): it
    # tells who travels; the place after "to" is where
    ("A return visit of Malawi governors to Zambia is planned for May.", [("Zambia", None, "ZM")]),
    ("The visit of Chad Presidency members was praised by the host.", []),
    # ... while a country that ends its phrase is toured, before a small word or a stop
    ("The envoy will start a tour of Botswana on Friday.", [("Botswana", None, "BW")]),
    ("The minister ended his visit of Ghana.", [("Ghana", None, "GH")]),
    # negative: where something was said, or a talk to the press it was said at, is no event's place
    ("LUSAKA, 3 May 2026 -- The envoys will meet in Kasama, the spokeswoman said at a press briefing here.",
     [("Kasama", "Kasama", "ZM")]),
    ("The summit was a success, the minister told a news conference in Kigali.", []),
    # ... while a joint press conference that a story places stays where it was held
    ("The two ministers spoke during a press conference in Maseru on Friday.", [("Maseru", "Maseru", "LS")]),
    # negative: a place after a topic noun of its phrase, where people live, or where an envoy
    # or an embassy sits
    ("The envoy briefed the council on the humanitarian situation of refugees in Niger.", []),
    ("The talks focused on stability in Burundi and Rwanda.", []),
    ("The delegation met students residing in Morocco during the visit.", []),
    ("The forum was attended by Ghana's ambassador in Rabat.", []),
    ("A reception hosted by the Malawian Embassy in Lusaka closed the talks.", []),
    # a form of "be" right before "in" tells where someone stays on a journey; "and in" repeats
    # the preposition of a venue; "proceeded to", "the tour will take him to" are journeys
    ("The foreign minister is currently in Cambodia this week.", [("Cambodia", None, "KH")]),
    ("The envoy will be in Dakar on 3 June and in Bamako on 5 June.",
     [("Dakar", "Dakar", "SN"), ("Bamako", "Bamako", "ML")]),
    ("From Lusaka, the premier proceeded to Lilongwe for the summit.", [("Lilongwe", "Lilongwe", "MW")]),
    ("Her two-nation tour will take her to Peru and Chile.", [("Peru", None, "PE"), ("Chile", None, "CL")]),
    ("The envoy will fly to Nadi for the regional dialogue on 3 May, and then to Funafuti.",
     [("Nadi", "Nadi", "FJ"), ("Funafuti", "Funafuti", "TV")]),
    # negative: a place as the subject of "be in", an idiom after "be in", "and in" with no place
    ("Bhutan is in South Asia, the envoy said.", []),
    ("The delegates were in agreement on fishing in Fiji.", []),
    ("The leaders met in Suva and in the evening they dined together.", [("Suva", "Suva", "FJ")]),
    # a town of the towns' data written with an in-word hyphen, also after "at"
    ("The ministerial retreat was held in Sharm el-Sheikh on Monday.",
     [("Sharm el-Sheikh", "Sharm el-Sheikh", "EG")]),
    ("The forum takes place at Sharm el-Sheikh in June.", [("Sharm el-Sheikh", "Sharm el-Sheikh", "EG")]),
    # negative: a name of no town after "at"
    ("The forum takes place at Cottonbloom in June.", []),
    # a bare "the capital" is the last capital city the story named before it
    ("The premier is in Honiara for the forum. She attended a leaders' dialogue in the capital on Monday.",
     [("Honiara", "Honiara", "SB")]),
    # negative: no capital named before; a town that is no capital
    ("The ministers met in the capital on Monday.", []),
    ("The envoy arrived in Mombasa on Sunday. The talks in the capital start on Monday.",
     [("Mombasa", "Mombasa", "KE")]),
    # negative: where a report was received or issued is not where the meeting was
    ("The council met on Friday, according to a statement released in Gaborone.", []),
    ("ACCRA, 3 May 2026 -- The talks ended in Lome, according to a note received here on Sunday.",
     [("Lome", "Lomé", "TG")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_venue_journeys_and_countries(extract_text, text, expected):
    found = [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]
    assert found == expected


BUILDING_CASES = [
    # a building with nothing beside it is in the one country its sentence goes to or is in, not
    # in the dateline's city abroad; a city of that country the story names as a place gone to is its city
    ("NAIROBI, 3 May 2026 -- The president will fly to Peru, where he will be received at the Palacio de Gobierno.",
     ("Palacio de Gobierno", None, "PE")),
    ("ACCRA, 3 May 2026 -- During his visit to Japan, the minister met the emperor at the Imperial Palace.",
     ("Imperial Palace", None, "JP")),
    ("ACCRA, 3 May 2026 -- The minister arrived in Osaka on Sunday. During his visit to Japan, he spoke at the "
     "Imperial Hotel.", ("Imperial Hotel", "Osaka", "JP")),
    # ... while a home-grown story keeps the dateline's city for its buildings
    ("ACCRA, 3 May 2026 -- On his return to Ghana, the president met the envoys at Jubilee House.",
     ("Jubilee House", "Accra", "GH")),
]


@pytest.mark.parametrize("text,expected", BUILDING_CASES)
def test_building_in_the_country_gone_to(extract_text, text, expected):
    venues = {v.name: (v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues}
    assert venues.get(expected[0]) == expected


def test_a_country_is_one_venue_whatever_rule_found_it(extract_text):
    """ "the Peru visit", "a visit to Peru", "Peru will host": one venue with all its mentions."""
    text = ("The minister left for the Peru visit on Monday. Her visit to Peru ends on Friday. "
            "Peru will host the next round of talks.")
    venues = extract_text(text, published="2026-05-03").venues
    assert [(v.name, v.city, v.country) for v in venues] == [("Peru", None, "PE")]
    assert len(venues[0].mentions) == 3


def test_a_building_named_again_stays_where_it_was_first_placed(extract_text):
    """The second "at the Elysee Palace" has no country in its sentence: it is the same building,
    not one in the city the story names most."""
    text = ("During her visit to France, the premier met the president at the Elysee Palace. Later she flew to "
            "Dakar, then to Bamako, and back to Dakar. A dinner at the Elysee Palace closed the first day of talks.")
    venues = {(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues
              if v.name == "Elysee Palace"}
    assert venues == {("Elysee Palace", None, "FR")}
