"""Instrument shapes of real press, on sentences written for these tests: a name that goes on
after its bracketed acronym, years before the name, periods with an end only, one instrument
written two ways, heads that name no document."""
import pytest

# (text, name, kind, period start, period end)
NAMED = [
    # the complement and the parties come after the acronym; the acronym leaves the name
    ("The Memorandum of Understanding (MoU) on Fisheries Cooperation between the Ministries of "
     "Agriculture of Chile and Peru was signed in 2019.",
     "Memorandum of Understanding on Fisheries Cooperation between the Ministries of Agriculture "
     "of Chile and Peru", "memorandum", None, None),
    ("Officials reviewed the Framework Agreement (FA) on Rail Transport signed last year.",
     "Framework Agreement on Rail Transport", "agreement", None, None),
    # the parties come right after the acronym
    ("The cabinet endorsed the Memorandum of Understanding (MoU) between the Governments of Chad "
     "and Niger on Thursday.", "Memorandum of Understanding between the Governments of Chad and Niger",
     "memorandum", None, None),
    # an acronym followed by neither a complement nor parties ends the name
    ("Peru and Chile signed the Memorandum of Understanding (MoU) with a view to boosting trade.",
     "Memorandum of Understanding", "memorandum", None, None),
    # "and" inside a party ("Ministry of Planning and Investment"), parties then the subject
    ("They signed the Memorandum of Understanding (MoU) between the Chilean Ministry of Planning and "
     "Investment and the Peruvian Ministry of Industry and Trade on Port Logistics on Monday.",
     "Memorandum of Understanding between the Chilean Ministry of Planning and Investment and the "
     "Peruvian Ministry of Industry and Trade on Port Logistics", "memorandum", None, None),
    # a joint statement "of" two parties, then its subject
    ("The two leaders signed a Joint Statement of the Republic of Chile and the Kingdom of Spain on "
     "Deepening the Strategic Partnership for the New Era.",
     "Joint Statement of the Republic of Chile and the Kingdom of Spain on Deepening the Strategic "
     "Partnership for the New Era", "statement", None, None),
    # a target year inside a name, between a country and the head
    ("Officials said the Tonga 2035 National Development Strategy is nearly final.",
     "Tonga 2035 National Development Strategy", "strategy", None, None),
    # a document named by a title after a lowercase head: the title is the name, the head the kind
    ("The Cabinet ratified the government's (2025-2029) action plan, titled \"Building the Future: "
     "Jobs and Skills\".", "Building the Future: Jobs and Skills", "plan", "2025", "2029"),
    ("The cabinet passed its 2026-2030 action plan. Entitled (Growing Together: Farms And Towns), the "
     "plan has four pillars.", "Growing Together: Farms And Towns", "plan", "2026", "2030"),
    ("The ministry unveiled a new strategy dubbed 'Blue Horizon' on Monday.", "Blue Horizon", "strategy", None, None),
    # a generic capitalised head with a title: the title, subtitles and all, without its acronym
    ("Besides, a Joint Statement entitled 'Suva Joint Statement on Out-of-School Youth (OSY): Building "
     "Skills: Opening Doors' is expected to be adopted.",
     "Suva Joint Statement on Out-of-School Youth: Building Skills: Opening Doors", "statement", None, None),
    # "the 2026-2028 period" later in the name's clause
    ("They signed an agreement on the Young Leaders Exchange Program for junior diplomats of both "
     "countries in the 2026-2028 period.", "Young Leaders Exchange Program", "programme", "2026", "2028"),
    # ... but not in another clause
    ("The Clean Rivers Plan was praised, and the ministry will hire staff in the 2026-2028 period.",
     "Clean Rivers Plan", "plan", None, None),
    # a relative clause after the name tells its period
    ("Both governments will co-fund training under the Pacific Minerals Skills Programme, which "
     "will run from 2026 to 2029.", "Pacific Minerals Skills Programme", "programme", "2026", "2029"),
    # a period word later in the name's clause
    ("Vietnam signed a Memorandum of Understanding on Rice Trade that guarantees the supply of rice "
     "a year for 2025-2029.", "Memorandum of Understanding on Rice Trade", "memorandum", "2025", "2029"),
    # "the agreement, which covers ..." speaks of the agreement named before
    ("Norway and Ghana signed an Agreement on Cooperation in the Fisheries Sector in Accra. The "
     "agreement, which covers the period 2025\u20132029, was signed by the ministers.",
     "Agreement on Cooperation in the Fisheries Sector", "agreement", "2025", "2029"),
    # ... but not of a named instrument of another kind
    ("Norway and Ghana signed the Fisheries Research Programme in Accra. The agreement, which covers "
     "the period 2025\u20132029, was signed later.", "Fisheries Research Programme", "programme", None, None),
    # laws and decrees with their numbers; a country's possessive is not in the name
    ("She cited Chile's Law No. 21.600, which created a new agency in 2023.", "Law No. 21.600", "law", None, None),
    ("Firms may use the incentives under Investment Law No. 72.", "Investment Law No. 72", "law", None, None),
    ("Hiring will follow Law No. 17 of 2020 on the minimum wage.", "Law No. 17 of 2020", "law", None, None),
    ("The President signed Decree No. 45 on Monday.", "Decree No. 45", "law", None, None),
    ("Kenya's National Irrigation Plan was praised.", "National Irrigation Plan", "plan", None, None),
    # enactments and regulations are laws
    ("Reserves were gazetted under the Forest Enactment 1968.", "Forest Enactment 1968", "law", None, None),
    ("Exporters raised the European Union Batteries Regulation (EUBR) with the envoy.",
     "European Union Batteries Regulation", "law", None, None),
    # a capitalised name before a lowercase "programme": the name holds no head noun, its kind is "other"
    # (FACTS.md: the kind follows the head noun of the name; the real-press gold has "Sembrando Vida" other)
    ("The minister praised the expansion of the Sembrando Vida program to two new provinces.",
     "Sembrando Vida", "other", None, None),
    ("The bank could finance the line under the government's Green Jobs Plus programme.",
     "Green Jobs Plus", "other", None, None),
    # a title-case subtitle after a colon
    ("The Suva Declaration on the Pacific 2050: Our Blue Home was adopted by the leaders.",
     "Suva Declaration on the Pacific 2050: Our Blue Home", "declaration", None, None),
    # ... not a sentence after a colon
    ("The leaders adopted the Plan of Action: The ministers will meet again next year.",
     "Plan of Action", "plan", None, None),
    ("They adopted the Reef Plan of Action: Fiji and Tonga agreed to lead.",
     "Reef Plan of Action", "plan", None, None),
    # a bracketed word inside a law's name
    ("Parliament passed the Employment (Amendment) Act 2022 on Tuesday.",
     "Employment (Amendment) Act 2022", "law", None, None),
    # a letter of intent is a signed document
    ("Both sides exchanged the Letter of Intent on Green Hydrogen.", "Letter of Intent on Green Hydrogen",
     "other", None, None),
    # a year range before the name is its period, not part of the name
    ("The two navies will carry out the 2026-2030 Action Plan on Maritime Security.",
     "Action Plan on Maritime Security", "plan", "2026", "2030"),
    # a target year before a head is the name ("the 2040 Strategy", "the 2030 Agenda for ...")
    ("The council endorsed the 2040 Strategy at its annual session.", "2040 Strategy", "strategy", None, None),
    ("Leaders pledged to deliver the 2030 Agenda for Sustainable Development.",
     "2030 Agenda for Sustainable Development", "other", None, None),
    # ... but a past year before a name of its own dates it
    ("Officials recalled the 2015 Paris Agreement on climate change.", "Paris Agreement", "agreement", None, None),
    # a period with its end only
    ("The Digital Economy Strategy until 2030 was adopted in March.",
     "Digital Economy Strategy", "strategy", None, "2030"),
    ("Delegates reviewed the Clean Air Roadmap through 2035.", "Clean Air Roadmap", "roadmap", None, "2035"),
    ("The board approved the Annual Work Plan and Budget for the year 2025/26.",
     "Annual Work Plan and Budget", "plan", "2025", "2026"),
    # the instrument by which a state joins a treaty, and the treaty inside it
    ("Ghana deposited its Instrument of Ratification of the Treaty of Amity on Monday.",
     "Instrument of Ratification of the Treaty of Amity", "other", None, None),
    ("Ghana deposited its Instrument of Ratification of the Treaty of Amity on Monday.",
     "Treaty of Amity", "treaty", None, None),
    # two parties joined by a spaced dash open the name
    ("Both sides hailed the EU - Moldova Association Agreement in Brussels.",
     "EU - Moldova Association Agreement", "agreement", None, None),
    # a capitalised word hyphened to a lowercase one is one word of the name
    ("Trade grew under the Bilateral Co-operation Agreement signed in 2009 by both ministers.",
     "Bilateral Co-operation Agreement", "agreement", None, None),
    ("The Post-war Reconstruction Plan was reviewed in Kyiv.", "Post-war Reconstruction Plan", "plan", None, None),
    # a numbered document "to" another is named with it; the other is listed too
    ("The ministers adopted Protocol No. 7 to the Convention on Mutual Assistance in Tax Matters.",
     "Protocol No. 7 to the Convention on Mutual Assistance in Tax Matters", "other", None, None),
    ("The ministers adopted Protocol No. 7 to the Convention on Mutual Assistance in Tax Matters.",
     "Convention on Mutual Assistance in Tax Matters", "convention", None, None),
    ("Parliament ratified Protocol No. 3 to the Treaty of Friendship last week.",
     "Protocol No. 3 to the Treaty of Friendship", "other", None, None),
    # a bare number before what the document is "to", or the year "of" it
    ("The Council approved Protocol 16 to the Regional Social Charter.",
     "Protocol 16 to the Regional Social Charter", "other", None, None),
    ("The parliament passed Law 1581 of 2012 on data protection.", "Law 1581 of 2012", "law", None, None),
    # two heads joined by "and" name one document, of the first head's kind
    ("The bloc adopted the Regional Mining Strategy and Roadmap in June.",
     "Regional Mining Strategy and Roadmap", "strategy", None, None),
    # a year opening a range (with a dash written against its second year) opens the period
    ("The bloc adopted the Regional Mining Strategy and Roadmap 2020 -2040 in June.",
     "Regional Mining Strategy and Roadmap", "strategy", "2020", "2040"),
    ("The Coastal Fisheries Strategy 2024 - 2028 was launched.", "Coastal Fisheries Strategy", "strategy", "2024", "2028"),
    # a conference's final act is not a law; a concept paper is a document
    ("Leaders reaffirmed the principles of the Vienna Final Act.", "Vienna Final Act", "other", None, None),
    ("The council discussed the draft Concept Paper on the Regional Security Fund.",
     "Concept Paper on the Regional Security Fund", "other", None, None),
    # a number of parts written against each other
    ("The cabinet approved Decree No. 45/2021 on water tariffs.", "Decree No. 45/2021", "law", None, None),
    ("The gazette published Decree No. 2024-1187 on fishing licences.", "Decree No. 2024-1187", "law", None, None),
    # the years in the bracket that gives the acronym are the period
    ("The cabinet approved the Third National Farming Plan (NFP III 2021-2025) on Monday.",
     "Third National Farming Plan", "plan", "2021", "2025"),
    ("The cabinet approved the Ten Year Farming Programme (TYFP 1/2020-2030) on Monday.",
     "Ten Year Farming Programme", "programme", "2020", "2030"),
    # a document named again after "A" and a colon: the period given with the second name is the first's
    ("The cabinet approved the Ten Year Farming Programme: A Plan for Growth (TYFP 1/2020-2030).",
     "Ten Year Farming Programme", "programme", "2020", "2030"),
    ("The cabinet approved the Ten Year Farming Programme: A Plan for Growth (TYFP 1/2020-2030).",
     "Plan for Growth", "plan", "2020", "2030"),
    # a body named "and" a document's words is no body's complement
    ("The talks build on the EU-Chile Partnership and Cooperation Agreement signed in 2021.",
     "EU-Chile Partnership and Cooperation Agreement", "agreement", None, None),
    # a generic capitalised name right after a verb of signing is the signed document's
    ("Both delegations will sign Agreed Minutes before leaving Accra.", "Agreed Minutes", "other", None, None),
    ("The two agencies signed Memorandum of Understanding on Monday.",
     "Memorandum of Understanding", "memorandum", None, None),
    # where a document is debated ends its name; a complement with "in" goes on
    ("The government tabled the Coastal Zone Bill in Parliament on Tuesday.", "Coastal Zone Bill", "law", None, None),
    ("The minister defended the Water Act in the National Assembly.", "Water Act", "law", None, None),
    ("The Agreement on Cooperation in Forestry in Parliament was debated.",
     "Agreement on Cooperation in Forestry", "agreement", None, None),
    # a body's document named with a head of two words
    ("The Committee on Fisheries Work Plan was adopted on Friday.",
     "Committee on Fisheries Work Plan", "plan", None, None),
]


@pytest.mark.parametrize("text,name,kind,start,end", NAMED)
def test_instrument_shape(extract_text, text, name, kind, start, end):
    found = {i.name: i for i in extract_text(text).instruments}
    assert name in found, list(found)
    assert (found[name].kind, found[name].start, found[name].end) == (kind, start, end)


# one instrument written two ways: (text, the one name, its period, mentions)
VARIANTS = [
    ("The Cabinet approved the Ten-Year Rural Development Plan (2021-2030). Officials said the "
     "Rural Ten-Year Development Plan would be funded from next year.",
     "Ten-Year Rural Development Plan", ("2021", "2030"), 2),
    ("The Kenya-Uganda Trade Agreement was hailed by traders. The KE-Uganda Trade Agreement "
     "enters into force in May.", "Kenya-Uganda Trade Agreement", (None, None), 2),
    # the period written with the later mention belongs to the instrument
    ("Ministers discussed the Coastal Five-Year Plan. The Five-Year Coastal Plan (2026-2030) was "
     "then adopted.", "Coastal Five-Year Plan", ("2026", "2030"), 2),
]


@pytest.mark.parametrize("text,name,period,mentions", VARIANTS)
def test_one_instrument_written_two_ways(extract_text, text, name, period, mentions):
    instruments = extract_text(text).instruments
    assert [i.name for i in instruments] == [name]
    assert (instruments[0].start, instruments[0].end) == period
    assert len(instruments[0].mentions) == mentions


def test_two_agreements_with_different_parties_stay_two(extract_text):
    text = ("The EU-Moldova Association Agreement and the EU-Ukraine Association Agreement were "
            "both cited.")
    names = sorted(i.name for i in extract_text(text).instruments)
    assert names == ["EU-Moldova Association Agreement", "EU-Ukraine Association Agreement"]


def test_a_name_inside_a_title_is_no_instrument_of_its_own(extract_text):
    text = ("Besides, a Joint Statement entitled 'Suva Joint Statement on Out-of-School Youth: "
            "Building Skills' is expected.")
    names = [i.name for i in extract_text(text).instruments]
    assert names == ["Suva Joint Statement on Out-of-School Youth: Building Skills"]


def test_a_party_that_is_an_instrument_is_another_name(extract_text):
    text = "The Joint Statement of the Summit and the Plan of Action were adopted."
    names = sorted(i.name for i in extract_text(text).instruments)
    assert names == ["Joint Statement of the Summit", "Plan of Action"]


@pytest.mark.parametrize("text", [
    # a release to the press is no signed or adopted document
    "The ministry issued an MFA Press Statement on the incident.",
    "A Media Statement was released by the embassy on Friday.",
    # an initiative is not among FACTS.md's instruments
    "The ministers approved funding for the Blue Ocean Initiative.",
    # a title after a cue names a document only after an instrument's head
    'The coach named "Best Player" of the season was Ali.',
    'He called "Stop" twice before the meeting.',
    # a body's, a place's or an acronym's programme is no name of its own
    "The loan comes from the World Bank programme for small farmers.",
    "The New Zealand programme was praised by the envoy.",
    "The UNDP Accelerator Lab programme was launched.",
    # a treaty's acronym before a capitalised noun names another thing
    "The NPT Review Conference opens in New York on Monday.",
    # a head before a capitalised noun names a body
    "The Energy Regulation Commission met on Monday.",
    # a bare number after a lone head names no document (a play's act)
    "Act 2 retells the story of the river.",
    # a generic name neither after an article nor after a verb of signing is none
    "Agreed Minutes are kept by the secretariat.",
    "The delegates discussed Agreed Minutes at length.",
    # a head ending the complement of a body ends the body's name
    "The report of the Regional Commission on Maritime Law was tabled.",
    "Members of the Committee on Trade Law met in Geneva.",
    # a determiner opening a sentence opens no name; the head alone is no name
    "Other Agenda items included the budget and the audit report.",
    "Such Framework Agreements are rare in the region.",
    # a dateline's dash does not join a party to a name
    "KUALA LUMPUR - Plan of the week was discussed.",
])
def test_no_instrument(extract_text, text):
    assert extract_text(text).instruments == []


def test_two_heads_joined_by_and_are_one_document(extract_text):
    text = "The bloc adopted the Regional Mining Strategy and Roadmap 2020 -2040 in June."
    assert [i.name for i in extract_text(text).instruments] == ["Regional Mining Strategy and Roadmap"]


def test_a_field_of_law_inside_a_treaty_name_is_no_law(extract_text):
    text = "Both sides are committed to the UN Convention on the Law of the Sea."
    assert [(i.name, i.kind) for i in extract_text(text).instruments] == [
        ("UN Convention on the Law of the Sea", "convention")]


def test_a_well_known_acronym_alone_is_an_instrument(extract_text):
    text = "The Philippines stands by the 1982 UNCLOS and the 2016 Arbitral Award."
    assert [(i.name, i.kind) for i in extract_text(text).instruments] == [("UNCLOS", "convention")]


def test_an_acronym_the_text_expands_is_a_mention_of_the_name(extract_text):
    text = ("Both sides upheld the UN Convention on the Law of the Sea (UNCLOS). They said UNCLOS sets "
            "the legal framework.")
    instruments = extract_text(text).instruments
    assert [i.name for i in instruments] == ["UN Convention on the Law of the Sea"]
    assert [m.text for m in instruments[0].mentions] == ["UN Convention on the Law of the Sea", "UNCLOS"]

