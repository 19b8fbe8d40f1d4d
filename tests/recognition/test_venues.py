"""Venue rules on sentences written for these tests: each table has positive and negative rows.

A row is (text, published, [(name, city, country), ...]): the venues expected, in order.
"""
import pytest


def venues(extract_text, text, published="2025-06-02"):
    return [(v.name, v.city, v.country) for v in extract_text(text, published=published).venues]


BUILDING_WORDS = [
    # "Guesthouse" written as one word, like "Guest House"
    ("HANOI, May 3 -- The ministers held talks at the State Guesthouse on Saturday.", "2025-05-03",
     [("State Guesthouse", "Hanoi", "VN")]),
    # French "Hôtel" inside a hotel's name
    ("The forum will be held at the Pullman Dakar Hôtel Teranga in Dakar next week.", "2025-05-03",
     [("Pullman Dakar Hôtel Teranga", "Dakar", "SN")]),
    # negative: a guesthouse that is not where an event happens
    ("The family runs a small Riverside Guesthouse near the market.", "2025-05-03", []),
]



BUILDING_NAMES = [
    # "for" continues an institution's name, and the city after it is the building's
    ("The two ministers met at the State Ministry for National Planning in Jakarta on Monday.", "2025-05-03",
     [("State Ministry for National Planning", "Jakarta", "ID")]),
    # a bracketed acronym between the building and its city
    ("The summit will be held at the Bali International Convention Centre (BICC) in Nusa Dua.", "2025-05-03",
     [("Bali International Convention Centre", "Nusa Dua", "ID")]),
    # negative: "for" after a building that is not an institution does not swallow the purpose
    ("LONDON -- Ministers met at Lancaster House for Black Sea talks.", "2025-05-03",
     [("Lancaster House", "London", "GB")]),
]



HOSTS = [
    # negative: co-hosts in a list organise; the place is written elsewhere
    ("Co-hosted by Norway (Chair of the Council), Chile and the Commission, the 3rd Polar Forum opens in Lima.",
     "2025-05-03", [("Lima", "Lima", "PE")]),
    ("Co-hosted by Norway (Chair of the Council), Chile and the Commission, the 3rd Polar Forum will review research.",
     "2025-05-03", []),
    ("Officials said Kigali would host the next round of consultations in the spring.", "2025-05-03",
     [("Kigali", "Kigali", "RW")]),
    ("The ministers agreed on a joint forum, which Norway will host in October.", "2025-05-03",
     [("Norway", None, "NO")]),
    ("Peru is set to host the fourth ministerial meeting next year.", "2025-05-03", [("Peru", None, "PE")]),
    # negative: the named venue of the sentence is the building, not the host country
    ("Chile will host the summit at the Grand Andes Hotel in Valparaiso.", "2025-05-03",
     [("Grand Andes Hotel", "Valparaíso", "CL")]),
    # negatives: no event hosted, a place that is not the subject, a past experience
    ("Thailand hosted eleven million tourists last year.", "2025-05-03", []),
    ("Delegates from Egypt will host a reception for the forum.", "2025-05-03", []),
    ("It was the largest conference Kenya has hosted in a decade.", "2025-05-03", []),
    # negative: headline grammar ("X to host Y"); the story names the venue
    ("Japan to host regional fisheries forum, expects 40 delegations", "2025-05-03", []),
]



LONE_NAMES = [
    # one capitalised word after "the" that nothing continues: a building known by its name
    ("PARIS -- The two presidents held talks at the Elysee on Tuesday.", "2025-05-03",
     [("Elysee", "Paris", "FR")]),
    ("WASHINGTON -- The agreement was signed at the Pentagon, officials said.", "2025-05-03",
     [("Pentagon", "Washington", "US")]),
    # negatives: an event, a body, an acronym, a name that goes on, a demonym
    ("The ministers met at the Summit on Friday.", "2025-05-03", []),
    ("The report was discussed at the Council on Friday.", "2025-05-03", []),
    ("The ministers met at the WTO on Friday.", "2025-05-03", []),
    ("The ministers met at the Bellevue restaurant on Friday.", "2025-05-03", []),
    ("The ministers met at the Kenyan pavilion on Friday.", "2025-05-03", []),
    # negative: "in the <Name>" is a region, not a building
    ("The forum will discuss research cooperation in the Antarctic.", "2025-05-03", []),
]



SETTLEMENTS = [
    ("The forum will be held in the historic port city of Mombasa in May.", "2025-05-03",
     [("Mombasa", "Mombasa", "KE")]),
    ("The ministers will meet in the capital of Mongolia next week.", "2025-05-03", [("Mongolia", None, "MN")]),
    # negative: "of" after a noun that is not a settlement
    ("The ministers will meet in the spirit of Bandung next week.", "2025-05-03", []),
]



CITY_STATES = [
    # a city-state is its own city, named or not beside the building
    ("The ministers will meet in Singapore on Monday.", "2025-05-03", [("Singapore", "Singapore", "SG")]),
    ("The summit was held at the Marina Bay Convention Centre in Singapore.", "2025-05-03",
     [("Marina Bay Convention Centre", "Singapore", "SG")]),
    ("Singapore welcomed the delegates. The summit was held at the Harbourfront Exhibition Centre.",
     "2025-05-03", [("Harbourfront Exhibition Centre", "Singapore", "SG")]),
    # negative: an ordinary country has no city
    ("The ministers will meet in Norway on Monday.", "2025-05-03", [("Norway", None, "NO")]),
]



FRONTED = [
    # a place that opens the sentence is where what the sentence reports happens
    ("In Nairobi, the two ministers will co-chair the joint commission on Tuesday.", "2025-05-03",
     [("Nairobi", "Nairobi", "KE")]),
    # negatives: nothing happens there; a place inside the sentence with its cue only after it
    ("In Kenya, inflation eased to 4 per cent in May.", "2025-05-03", []),
    ("Investment in Kenya grew, the ministers said at the end of their meeting.", "2025-05-03", []),
]



TITLES_AND_SEATS = [
    # "at" inside an official's title names an employer, not where anything happens
    ("The session will be chaired by Rosa Lim, Deputy Secretary at the Department of Trade, and Amir Khan.",
     "2025-05-03", []),
    # negative: the same building after a name alone is the venue
    ("The session will be chaired by Rosa Lim at the Department of Trade in Manila.", "2025-05-03",
     [("Department of Trade", "Manila", "PH")]),
    # a seat word before "in": where a body sits, not an event's place
    ("Ministers who attended the meeting praised the agency, which operates from its headquarters in Accra.",
     "2025-05-03", []),
    ("Delegates will meet a logistics firm based in Rotterdam on Friday.", "2025-05-03", []),
    # negative: the seat is itself introduced by "at" as where they met
    ("The ministers met at the agency's headquarters in Accra.", "2025-05-03", [("Accra", "Accra", "GH")]),
    # "in" inside an instrument's name names no place of an event (nor is a continent a town)
    ("Leaders at the summit adopted the Charter on Clean Seas in Oceania and the Pacific.", "2025-05-03", []),
    ("Ministers at the meeting signed the Accord on Ports in Building a Safer Region.", "2025-05-03", []),
    ("The forum, the first of its kind in Africa, met in Kigali.", "2025-05-03", [("Kigali", "Kigali", "RW")]),
    # negative: after the instrument's name, "in" is the signing's place again
    ("Ministers signed the Accord on Ports in Mombasa.", "2025-05-03", [("Mombasa", "Mombasa", "KE")]),
]



BUILDING_PARTS = [
    # a lowercase building word says what the name is and is left out of it
    ("The ministers will meet at the Harbourside conference centre in Durban.", "2025-05-03",
     [("Harbourside", "Durban", "ZA")]),
    # ... but a body's "headquarters" is the building of that body
    ("The talks were held at the Ministry of Trade headquarters in Nairobi.", "2025-05-03",
     [("Ministry of Trade headquarters", "Nairobi", "KE")]),
    # a room or hall inside a building, through a possessive; the city after it is the room's
    ("The envoys met at Parliament's Grand Committee Room in Canberra on Monday.", "2025-05-03",
     [("Grand Committee Room", "Canberra", "AU")]),
    # negative: a lowercase word after the possessive is not a part of the building
    ("CANBERRA -- Talks were held at Parliament's request on Monday.", "2025-05-03",
     [("Parliament", "Canberra", "AU")]),
]



CITY_NAMES = [
    # a city written with "City" after it keeps it, as written
    ("The border talks will be held in Iloilo City next month.", "2025-05-03",
     [("Iloilo City", "Iloilo City", "PH")]),
    # negative: a lowercase "city" is a plain noun
    ("The border talks will be held in Davao city next month.", "2025-05-03", [("Davao", "Davao", "PH")]),
    # capitals spelt as the country tables spell them; a straight apostrophe for GeoNames' okina
    ("The joint commission will convene in Ulaanbaatar in May, after a first round in Nuku'alofa.", "2025-05-03",
     [("Ulaanbaatar", "Ulaanbaatar", "MN"), ("Nuku'alofa", "Nuku\u2018alofa", "TO")]),
]



LINKED_AFTER = [
    # "during" ties the place to an event named after it
    ("The envoy will speak to lawmakers in Lisbon during their annual session.", "2025-05-03",
     [("Lisbon", "Lisbon", "PT")]),
    # negative: no event after "during"
    ("Prices rose in Lisbon during the summer.", "2025-05-03", []),
]



BRIEFINGS = [
    # a briefing is a meeting: "briefed ... at X" places it
    ("The minister briefed senators at the Old Senate Building on Thursday.", "2025-05-03",
     [("Old Senate Building", None, None)]),
    # negative: a building with nothing happening in it
    ("The minister worked at the Old Senate Building for a decade.", "2025-05-03", []),
]



NAME_CONTINUATIONS = [
    # "and" between capitalised words after "of" goes on with the building's name
    ("The two ministers met at the Ministry of Agriculture and Fisheries in Suva on Monday.", "2025-05-03",
     [("Ministry of Agriculture and Fisheries", "Suva", "FJ")]),
    # a lowercase building word after a name known as one, and the city after it
    ("The summit opened at the Casa Verde conference centre in Quito.", "2025-05-03",
     [("Casa Verde", "Quito", "EC")]),
    # Portuguese particles inside a name; "inaugurated" says something happens there
    ("The new wing will be inaugurated at the Pavilhão das Artes in Porto.", "2025-05-03",
     [("Pavilhão das Artes", "Porto", "PT")]),
    # negative: "and" before a lowercase word ends the name
    ("The ministers met at the Ministry of Trade and later toured the port.", "2025-05-03",
     [("Ministry of Trade", None, None)]),
]



NOT_WHERE = [
    # a relative clause about people: the place is about them, not the event before it
    ("The meeting honoured two rangers who died during floods in Mozambique last year.", "2025-05-03", []),
    # negative: the cue inside the relative clause still counts
    ("Delegates who attended the meeting in Maputo praised the plan.", "2025-05-03",
     [("Maputo", "Maputo", "MZ")]),
    # a possessive before a lowercase noun says whose, not where
    ("The forum was chaired by Kenya's minister, in Kenya's capacity as chair.", "2025-05-03", []),
    # negative: a settlement noun after the possessive is a place
    ("The summit will be held in Malaysia's capital next year.", "2025-05-03", [("Malaysia", None, "MY")]),
]



VISITED = [
    # a building visited is where the visit is
    ("PORT LOUIS -- On Thursday the minister visited the Port Louis Fishing Harbour with local officials.", "2025-05-03",
     [("Port Louis Fishing Harbour", "Port Louis", "MU")]),
    # a country visited is not a building: the country written with "the" is the place visited
    ("The minister visited the United States in 2019.", "2025-05-03", [("United States", None, "US")]),
    # a place visited, right after the verb, is where the visit is
    ("The prime minister visits Fiji this week for talks on fisheries.", "2025-05-03", [("Fiji", None, "FJ")]),
    ("The minister will visit Samoa next month to attend the 3rd Pacific Trade Forum.", "2025-05-03",
     [("Samoa", None, "WS")]),
    # negative: the noun "visit", or a possessive that says whose
    ("The visit Fiji made in May was short.", "2025-05-03", []),
    ("The delegation visited Fiji's fisheries academy.", "2025-05-03", []),
]


TOWNS_BY_APPOSITION = [
    # a town the gazetteer lacks, its country told by an apposition
    ("The groundbreaking was held in Lospalmas, the second largest town of Timor-Leste, on Friday.", "2025-05-03",
     [("Lospalmas", "Lospalmas", "TL")]),
    ("The Paraguayan city of Villa Serrana will host the 9th Chaco Forum in June.", "2025-05-03",
     [("Villa Serrana", "Villa Serrana", "PY")]),
    # the region the town lies in is not the subject of "host": the town is
    ("The Paraguayan city of Villa Serrana in the province of Alto Chaco will host the forum.", "2025-05-03",
     [("Villa Serrana", "Villa Serrana", "PY")]),
    # a building inside a park, and the park
    ("The summit will be held at the Grand Forest Hotel, inside the Cedar Valley National Park.", "2025-05-03",
     [("Grand Forest Hotel", None, None), ("Cedar Valley National Park", None, None)]),
    # negative: the apposition alone tells no event
    ("Villa Serrana, a town of Paraguay, is known for its lakes.", "2025-05-03", []),
]


HEADLINES = [
    # a headline names the place right after its event
    ("Minister to attend 7th Andean Energy Ministers' Meeting in Peru\n\nThe minister leaves on Monday.", "2025-05-03",
     [("Peru", None, "PE")]),
    # negative: a place in a headline far from any event, or with no event
    ("Floods in Peru cut roads\n\nThe ministry said repairs would take weeks.", "2025-05-03", []),
]


BUILDING_COUNTRIES = [
    # "of <Country>" inside a building's name says its country
    ("The envoys briefed reporters at a meeting held at the Press Club of Ghana on Monday.", "2025-05-03",
     [("Press Club of Ghana", None, "GH")]),
    # a building nothing locates is in the one country of the story's other venues
    ("The state visit to Norway opens on Monday. The two leaders will hold talks at the Royal Guest House.",
     "2025-05-03", [("Norway", None, "NO"), ("Royal Guest House", None, "NO")]),
    # negative: a country inside a compound name is not the building's
    ("ACCRA -- The forum was held at the Ghana-Japan Friendship Hall on Monday.", "2025-05-03",
     [("Ghana-Japan Friendship Hall", "Accra", "GH")]),
    # negative: venues in two countries say nothing of a third building's
    ("The minister will hold talks in Norway on Monday and in Sweden on Tuesday. Talks open at the Royal Guest House.",
     "2025-05-03", [("Norway", None, "NO"), ("Sweden", None, "SE"), ("Royal Guest House", None, None)]),
]


HERE_IN = [
    # "here in <place>": the place written is the venue, and what "here" means after it
    ("SUVA, May 3 -- The minister was here in Apia for talks with his counterpart. They met here again on Monday.",
     "2025-05-03", [("Apia", "Apia", "WS")]),
    # negative: without "in <place>", "here" is the dateline's city
    ("SUVA, May 3 -- The ministers held talks here on Monday.", "2025-05-03", [("Suva", "Suva", "FJ")]),
]


PLACE_ACRONYMS = [
    # a place written later as the acronym the text gave it is the place by its full name
    ("The minister left for an official visit to the United Arab Emirates (UAE) on Monday. "
     "The talks were held in UAE on Tuesday.", "2025-05-03",
     [("United Arab Emirates", None, "AE")]),
    # negative: an acronym the text never gave stays as written
    ("The talks were held in UAE on Monday.", "2025-05-03", [("UAE", None, "AE")]),
]


FURTHER_CUES = [
    # a building after "at" whose event stands further off in the sentence
    ("The foreign ministers of the five member states, joined by observers from the region and the heads of "
     "three agencies, opened the 12th Andean Council Meeting on 3 May, after a long delay caused by the heavy floods "
     "that had closed the main roads and the old airport for most of the week, at the Grand Lima Convention Centre.", "2025-05-03",
     [("Grand Lima Convention Centre", None, None)]),
    # ... or in the sentence before it
    ("The two ministers discussed trade during the meeting. \"We agreed to move quickly,\" she said at the "
     "Pancake Hall Building on Friday.", "2025-05-03", [("Pancake Hall Building", None, None)]),
    # negative: speaking to the press at a building is no event there
    ("The talks will resume next week. The envoy told reporters at the Riverside Hotel that both sides agreed.",
     "2025-05-03", []),
]


OWNED_BUILDINGS = [
    # a body's headquarters named by its owner, with a possessive or with "of"
    ("The council will meet tomorrow at the Andean Commission's Headquarters in Lima, Peru.", "2025-05-03",
     [("Andean Commission's Headquarters", "Lima", "PE")]),
    ("The board held its 40th session on Monday at the headquarters of the Regional Secretariat.", "2025-05-03",
     [("headquarters of the Regional Secretariat", None, None)]),
    # after "at", an owner's possessive and a building word
    ("ACCRA -- The president met the finance minister at the Governor's Lodge on Monday.", "2025-05-03",
     [("Governor's Lodge", "Accra", "GH")]),
    # negative: a title's possessive is no building ("Minister in the Prime Minister's Department")
    ("He will be accompanied by the Minister in the Prime Minister's Department at the summit.", "2025-05-03", []),
    # negative: a seat that locates a body, not an event
    ("The agency, with headquarters in Lima, will attend the summit.", "2025-05-03", []),
]


TO_A_BUILDING = [
    # "to" names a building only after a verb of going
    ("Delegates travelled to the Andean Convention Centre for the 5th Andean Forum on Monday.", "2025-05-03",
     [("Andean Convention Centre", None, None)]),
    # negative: an envoy "to" a body is a title, even beside an event
    ("The Special Envoy to the Andean Forum and Peru Ministry of Trade attended the 5th Andean Forum.", "2025-05-03", []),
]


BACK_FROM = [
    # coming back from a place after an event names where the event was
    ("The minister returned home on Sunday from Fiji after attending the 9th Pacific Energy Forum.", "2025-05-03",
     [("Fiji", None, "FJ")]),
    # negative: coming from a place, not back from it
    ("Delegates from Fiji arrived after attending a briefing.", "2025-05-03", []),
    # negative: back from a place after something that is no event
    ("The minister returned from Fiji after a week of leave.", "2025-05-03", []),
]


UNKNOWN_TOWNS = [
    # a name the gazetteer lacks, right after a verb of meeting and "in", is a town
    ("PHNOM PENH, May 3 -- Border officers will meet in Snuolpeak between 12 and 14 June.", "2025-05-03",
     [("Snuolpeak", "Snuolpeak", "KH")]),
    ("The joint commission was held in Tavuaki on Friday.", "2025-05-03", [("Tavuaki", "Tavuaki", None)]),
    # a name opening with a site noun is a site in the dateline's country, no town
    ("KAMPALA, May 3 -- The cabinet meeting was held in Village Kanombe chaired by the president.", "2025-05-03",
     [("Village Kanombe", None, "UG")]),
    ("SUVA, May 3 -- The retreat was held in Camp Tavuaki on Friday.", "2025-05-03", [("Camp Tavuaki", None, "FJ")]),
    # negatives: a language, "in camera", a longer name, a month
    ("The talks were held in English.", "2025-05-03", []),
    ("The hearing was held in Camera.", "2025-05-03", []),
    ("The talks were held in Tavuaki Conference Hall on Friday.", "2025-05-03",
     [("Tavuaki Conference Hall", None, None)]),
    ("The meeting was held in March.", "2025-05-03", []),
    # negative: no verb of meeting before "in"
    ("Prices rose in Tavuaki on Friday.", "2025-05-03", []),
]


SMALL_TOWNS = [
    # a town of places/towns.jsonl needs no verb of meeting where an event word is near ...
    ("Energy ministers arrived in Ohrid on Tuesday for a two-day regional summit.", "2025-05-03",
     [("Ohrid", "Ohrid", "MK")]),
    ("The summit in Nadi closed on 4 May with a joint statement.", "2025-05-03", [("Nadi", "Nadi", "FJ")]),
    # ... and takes the data's country, not the dateline's, when the dateline's country has no town of it
    ("BEIJING, May 3 -- The trade talks were held in Ohrid on Friday.", "2025-05-03", [("Ohrid", "Ohrid", "MK")]),
    # a town of the data with a common word's name (dropped from the free-standing gazetteer)
    ("The 3rd Lake Forum will be held in Van on 14 June.", "2025-05-03", [("Van", "Van", "TR")]),
    # a name of towns in several countries: the country the text names (here the dateline's) ...
    ("LONDON, May 3 -- The summit in Airdrie closed on Friday with a joint statement.", "2025-05-03",
     [("Airdrie", "Airdrie", "GB")]),
    ("OTTAWA, May 3 -- The summit in Airdrie closed on Friday with a joint statement.", "2025-05-03",
     [("Airdrie", "Airdrie", "CA")]),
    # ... and none when the text names no country of it (the summit that closed there is an event:
    # its town is the venue, the country untold)
    ("The summit in Airdrie closed on Friday with a joint statement.", "2025-05-03", [("Airdrie", "Airdrie", None)]),
    ("Delegates praised the summit in Airdrie, the chair said.", "2025-05-03", []),
    # a town of the data after a building that took no place is the building's city
    ("The forum opened at the Lakeside Convention Centre (LCC) in Ohrid on Monday.", "2025-05-03",
     [("Lakeside Convention Centre", "Ohrid", "MK")]),
    ("The trilateral talks are under way at the Lakeside hotel in Ohrid.", "2025-05-03", [("Lakeside", "Ohrid", "MK")]),
    # ... and a venue of its own only when named alone as a place elsewhere (there, where the text names it)
    ("The forum opened at the Lakeside Convention Centre (LCC) in Ohrid on Monday. Talks in Ohrid go on until Friday.",
     "2025-05-03", [("Lakeside Convention Centre", "Ohrid", "MK"), ("Ohrid", "Ohrid", "MK")]),
    # negatives: a surname that is also a town, a town named as where someone is from
    ("The summit, in Newton's view, was a success.", "2025-05-03", []),
    ("The minister, who grew up in Ohrid, said the summit would open next week.", "2025-05-03", []),
    # negative: a name of the towns' data is never a place away from a venue's position
    ("Ohrid and Nadi were mentioned in the minister's speech.", "2025-05-03", []),
]


#: A town that locates a building is the building's city: "Building in/, City" is one venue, the
#: building with its city (the dev gold's convention). The town is a venue of its own
#: too only when the text also names it alone as a place elsewhere (not in the dateline, not inside
#: a building's name, not inside an official's office).
BUILDING_TOWNS = [
    # named only with the building (and inside the building's own name): the building, with its city
    ("Delegates gathered on Thursday at the Kigali Convention Centre in Kigali for the opening plenary.",
     "2025-05-03", [("Kigali Convention Centre", "Kigali", "RW")]),
    # a comma instead of "in", and the town's country after it: still one venue, the building
    ("The signing took place at the Serena Hotel, Kampala, Uganda, in the presence of both envoys.",
     "2025-05-03", [("Serena Hotel", "Kampala", "UG")]),
    # the town named alone elsewhere as a place: listed too, from its mention after the building
    ("The talks were held at the Serena Hotel in Kampala on Friday. The envoys will stay in Kampala until Sunday.",
     "2025-05-03", [("Serena Hotel", "Kampala", "UG"), ("Kampala", "Kampala", "UG")]),
    ("The two delegations met at the Ministry of Energy in Kampala on Friday and toured Kampala on Saturday.",
     "2025-05-03", [("Ministry of Energy", "Kampala", "UG"), ("Kampala", "Kampala", "UG")]),
    # negatives: the dateline is no place named alone (no venue by itself), nor is a town inside
    # an official's office
    ("KAMPALA, May 3 -- The talks were held at the Serena Hotel in Kampala on Friday.", "2025-05-03",
     [("Serena Hotel", "Kampala", "UG")]),
    ("The talks were held at the Serena Hotel in Kampala on Friday. Kampala Mayor Ruth Nabirye welcomed the envoys.",
     "2025-05-03", [("Serena Hotel", "Kampala", "UG")]),
    # the town already read as a venue earlier is not listed twice
    ("Talks in Accra ended on Friday. The ministers had met at the State House in Accra on Thursday.",
     "2025-05-03", [("Accra", "Accra", "GH"), ("State House", "Accra", "GH")]),
    # negatives: "here" names the dateline city, which is the building's city but no venue written;
    # a building the text locates by no town gives none; a country after a building is no town
    ("DAKAR, May 3 -- The talks were held at the Radisson Blu hotel here on Friday.", "2025-05-03",
     [("Radisson Blu", "Dakar", "SN")]),
    ("The two delegations met at the Ministry of Mines on Tuesday.", "2025-05-03",
     [("Ministry of Mines", None, None)]),
    # negatives (ANNOTATORS.md 2): the town named again, but not alone as a place: a party of
    # ties, an item of a list of districts, the town of a name before "in"
    ("The envoys met at the Raghadan Palace in Amman on Sunday. Ties between Amman and Doha are growing.",
     "2025-05-03", [("Raghadan Palace", "Amman", "JO")]),
    ("The workshop was held at the Lakeside Hotel, Mbarara on Monday. Trainers came from Kabale and Mbarara.",
     "2025-05-03", [("Lakeside Hotel", "Mbarara", "UG")]),
    ("The consul met the senator at the Consulate General in San Francisco on Monday. "
     "He said the Consulate General in San Francisco is ready to help.",
     "2025-05-03", [("Consulate General", "San Francisco", "US")]),
    # the town told before "at" and the building, or after the building and its date, is the
    # building's city; listed alone only when named alone elsewhere
    ("The 5th Joint Forum was held in Suva at the Grand Pacific Hotel on 26 August.",
     "2025-09-03", [("Grand Pacific Hotel", "Suva", "FJ")]),
    ("The President received the envoys at the Presidential Office May 21 in Suva.",
     "2025-05-23", [("Presidential Office", "Suva", "FJ")]),
    ("The talks were held in Suva at the Grand Pacific Hotel on Monday. The ministers met again in Suva on Tuesday.",
     "2025-05-03", [("Suva", "Suva", "FJ"), ("Grand Pacific Hotel", "Suva", "FJ")]),
    # a date before "in" does not make it a name's town: named alone
    ("The envoys met at the Raghadan Palace in Amman on Sunday. They signed the accord on Monday in Amman.",
     "2025-05-03", [("Raghadan Palace", "Amman", "JO"), ("Amman", "Amman", "JO")]),
]


#: "in the Gambian capital": a demonym's settlement named by its noun alone is a venue of that
#: country, with no city; a name after it is the city instead.
DEMONYM_SETTLEMENTS = [
    ("Foreign ministers will gather in the Ethiopian capital next week for the council session.", "2025-05-03",
     [("Ethiopian capital", None, "ET")]),
    ("The delegation flew to the Kenyan capital on Sunday to attend the summit.", "2025-05-03",
     [("Kenyan capital", None, "KE")]),
    # negatives: a city named after the noun is the venue; no event, no venue
    ("Talks opened in the Kenyan capital, Nairobi, on Monday.", "2025-05-03", [("Nairobi", "Nairobi", "KE")]),
    ("The summit was held in the Peruvian capital Lima last year.", "2025-05-03", [("Lima", "Lima", "PE")]),
    ("Traffic in the Kenyan capital was heavy, residents said.", "2025-05-03", []),
    # the settlement noun alone before the city's name ("in the capital Lusaka", "in the port city, Mombasa")
    ("Health ministers will convene in the capital Lusaka from 10 to 12 June.", "2025-05-03",
     [("Lusaka", "Lusaka", "ZM")]),
    ("The signing ceremony took place in the port city, Mombasa, on Friday.", "2025-05-03",
     [("Mombasa", "Mombasa", "KE")]),
    # negative: the noun before a country's name ("the capital of Kenya") says the country only
    ("The talks were held in the capital of Kenya on Monday.", "2025-05-03", [("Kenya", None, "KE")]),
    # a story told from its country's capital: "the capital" (with its country's demonym or none)
    # is that city, when no other capital, and no other country, is named before it
    ("GABORONE, May 3 -- Water ministers will meet in the capital on 20 May for the basin forum.", "2025-05-03",
     [("Gaborone", "Gaborone", "BW")]),
    ("ASUNCION, May 3 -- The trade council session opened in the Paraguayan capital on Friday.", "2025-05-03",
     [("Asuncion", "Asuncion", "PY")]),
    # negatives: the dateline is no capital; another country was named before; another demonym
    ("DURBAN, May 3 -- The forum of mayors will be held in the capital on 20 May.", "2025-05-03", []),
    ("GABORONE, May 3 -- The minister flew to Zambia on Friday. The basin forum opened in the capital today.",
     "2025-05-03", [("Zambia", None, "ZM")]),
    ("GABORONE, May 3 -- The council session opened in the Namibian capital on Friday.", "2025-05-03",
     [("Namibian capital", None, "NA")]),
]


#: A town the gazetteer lacks after a verb of going and "to": a town when its country follows
#: it after a comma (or the towns' data knows it); never a guess of the dateline's country.
TOWNS_GONE_TO = [
    ("Delegates will fly to Kamboru, Ghana, on Friday to attend the regional forum.", "2025-05-03",
     [("Kamboru", "Kamboru", "GH")]),
    ("The envoys travelled to Lake Mbari, Tanzania, for the second round of talks.", "2025-05-03",
     [("Lake Mbari", "Lake Mbari", "TZ")]),
    # negative: no country told, and the journey may go abroad
    ("ACCRA, June 2 -- The president recalled his visit to Tamboro on 1 July, which opened the border talks.",
     "2025-06-02", []),
    # negative: a journey asked for ("invited X to visit Y") is no event told; one announced is
    ("At the talks, the foreign minister invited her Chilean counterpart to visit Kenya next year.", "2025-05-03",
     []),
    ("Reporters at the briefing asked whether the king was planning to visit Nepal for the summit.", "2025-05-03",
     []),
    ("The foreign minister will visit Kenya next year for the trade summit.", "2025-05-03", [("Kenya", None, "KE")]),
]


#: "While in Fiji, the minister will hold talks ...": a place after a word of staying that opens
#: the sentence is where its events happen; a country is one venue however it is spelt.
STAYS = [
    ("While in Fiji, the minister will hold talks with Prime Minister Sitiveni Rabuka on fisheries.", "2025-05-03",
     [("Fiji", None, "FJ")]),
    ("The President begins a state visit to the Republic of Ghana on Monday. While in Ghana, she will hold talks "
     "with President John Mahama.", "2025-05-03", [("Republic of Ghana", None, "GH")]),
    # negative: no place after the word
    ("While in office, the minister signed many accords.", "2025-05-03", []),
]


#: "the UNDP Representative in Malawi", "the experience in Rwanda": where an office holder serves
#: (AFFILIATED_PERSON) and what is discussed (TOPIC_NOUN) are no place of an event.
POSTS_AND_TOPICS = [
    ("The framework was signed by the UNDP Representative in Malawi, Rita Moyo, and the minister.", "2025-05-03", []),
    ("At the meeting, delegates discussed the experience in Rwanda with community courts.", "2025-05-03", []),
    # the event's own place stays
    ("The framework was signed in Lilongwe by the UNDP Representative in Malawi.", "2025-05-03",
     [("Lilongwe", "Lilongwe", "MW")]),
]


#: Every table above, one case per row, named by the table.
VENUE_TABLES = {
    "building_words": BUILDING_WORDS, "building_names": BUILDING_NAMES, "hosts": HOSTS,
    "lone_names": LONE_NAMES, "settlements": SETTLEMENTS, "city_states": CITY_STATES,
    "fronted": FRONTED, "titles_and_seats": TITLES_AND_SEATS, "building_parts": BUILDING_PARTS,
    "city_names": CITY_NAMES, "linked_after": LINKED_AFTER, "briefings": BRIEFINGS,
    "name_continuations": NAME_CONTINUATIONS, "not_where": NOT_WHERE, "visited": VISITED,
    "towns_by_apposition": TOWNS_BY_APPOSITION, "headlines": HEADLINES,
    "building_countries": BUILDING_COUNTRIES, "here_in": HERE_IN,
    "place_acronyms": PLACE_ACRONYMS, "further_cues": FURTHER_CUES,
    "owned_buildings": OWNED_BUILDINGS, "to_a_building": TO_A_BUILDING,
    "back_from": BACK_FROM, "unknown_towns": UNKNOWN_TOWNS, "small_towns": SMALL_TOWNS,
    "building_towns": BUILDING_TOWNS, "demonym_settlements": DEMONYM_SETTLEMENTS,
    "towns_gone_to": TOWNS_GONE_TO, "stays": STAYS, "posts_and_topics": POSTS_AND_TOPICS,
}


@pytest.mark.parametrize("text,published,want", [
    pytest.param(text, published, want, id=f"{name}-{i}")
    for name, table in VENUE_TABLES.items() for i, (text, published, want) in enumerate(table)
])
def test_venue_tables(extract_text, text, published, want):
    assert venues(extract_text, text, published) == want
