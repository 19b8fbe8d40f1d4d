"""Instruments, events and venues on sentences written for these tests: table-driven."""
import pytest

INSTRUMENTS = [
    ("Both sides adopted the Joint Work Programme on Cyber Security (2026-2029) on Friday.",
     "Joint Work Programme on Cyber Security", "programme", "2026", "2029"),
    ("The Blue Economy Roadmap for 2025-2030 was launched in Suva.",
     "Blue Economy Roadmap", "roadmap", "2025", "2030"),
    ("They signed the Memorandum of Understanding on Halal Certification.",
     "Memorandum of Understanding on Halal Certification", "memorandum", None, None),
    ("Parliament passed the Online Safety Act last year.", "Online Safety Act", "law", None, None),
    # a year in the name is no period; a vision is no plan (FACTS.md)
    ("The plan is aligned with Vision 2040 and the Paris Agreement.", "Vision 2040", "other", None, None),
    # the period after cue words ("for the years", "covering the period", "over")
    ("They renewed the Cultural Exchange Programme for the years 2026-2028 in Doha.",
     "Cultural Exchange Programme", "programme", "2026", "2028"),
    ("The Coastal Resilience Strategy covering the period 2025-2035 was endorsed.",
     "Coastal Resilience Strategy", "strategy", "2025", "2035"),
    # formal treaty names with a title-case complement
    ("Delegates invoked the Convention Against Illicit Traffic in Cultural Property.",
     "Convention Against Illicit Traffic in Cultural Property", "convention", None, None),
    ("Both states ratified the Agreement Establishing the Andean Development Bank.",
     "Agreement Establishing the Andean Development Bank", "agreement", None, None),
]


@pytest.mark.parametrize("text,name,kind,start,end", INSTRUMENTS)
def test_instrument_name_kind_period(extract_text, text, name, kind, start, end):
    found = {i.name: i for i in extract_text(text).instruments}
    assert name in found, list(found)
    assert (found[name].kind, found[name].start, found[name].end) == (kind, start, end)


@pytest.mark.parametrize("text", [
    "The ministers met at the Kuala Lumpur Convention Centre on Monday.",
    "A joint statement will be issued later.",
    "The plan was approved by the cabinet.",
    # agencies named like programmes
    "Staff of the World Food Programme and the UN Development Programme delivered aid.",
    # a capitalised word after a head that is no connector: the head modifies a noun
    "The Treaty Room of the palace hosted the talks.",
])
def test_no_instrument_invented(extract_text, text):
    assert extract_text(text).instruments == []


def test_event_with_ordinal_acronym_dates_and_venue(extract_text):
    text = ("The 12th Mekong-Lancang Foreign Ministers' Meeting (MLC FMM) will be held in "
            "Vientiane, Laos from Sept 8 to 10, 2025.")
    record = extract_text(text, published="2025-08-20")
    event = record.events[0]
    assert event.name == "12th Mekong-Lancang Foreign Ministers' Meeting"
    assert (event.ordinal, event.acronym) == (12, "MLC FMM")
    assert (event.start, event.end) == ("2025-09-08", "2025-09-10")
    assert (event.venue.city, event.venue.country) == ("Vientiane", "LA")
    assert [(v.name, v.city, v.country) for v in record.venues] == [("Vientiane, Laos", "Vientiane", "LA")]


def test_building_venue_takes_the_dateline_city(extract_text):
    text = "PUTRAJAYA, March 4 -- The forum was held at Dewan Perdana Hall yesterday."
    record = extract_text(text, published="2025-03-04")
    venues = {v.name: v for v in record.venues}
    assert "Dewan Perdana Hall" in venues
    assert (venues["Dewan Perdana Hall"].city, venues["Dewan Perdana Hall"].country) == ("Putrajaya", "MY")


@pytest.mark.parametrize("text", [
    "Malaysia and Thailand agreed to boost trade with Japan.",
    "Investment in Indonesia grew by 5 per cent.",
])
def test_participating_countries_are_not_venues(extract_text, text):
    assert extract_text(text).venues == []


DESCRIPTIVE_EVENTS = [
    ("Officials will hold a new round of talks in Nairobi next month.", "round of talks in Nairobi"),
    ("The ministers met at the 3rd Joint Working Group meeting on fisheries in Suva.", "3rd Joint Working Group meeting"),
    ("The ministerial segment was preceded by an experts' meeting on Monday.", "experts' meeting"),
    ("They agreed to organise a Kenyan-Ugandan business forum in Kampala.", "Kenyan-Ugandan business forum in Kampala"),
    ("The Council will hold a briefing on Sudan here tomorrow.", "briefing on Sudan"),
    ("She will brief allies at the meeting of Nordic defence ministers in Oslo.", "meeting of Nordic defence ministers"),
    ("The 1045th meeting of the Peace and Security Council was held on Friday.", "1045th meeting of the Peace and Security Council"),
]


@pytest.mark.parametrize("text,name", DESCRIPTIVE_EVENTS)
def test_descriptive_and_numbered_events(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text", [
    "The AHMM is a biennial meeting of health ministers.",
    "Football fans gathered for the FIFA World Cup final.",
    "Delegates arrived at the Jakarta Convention Center on Monday.",
])
def test_no_event_invented(extract_text, text):
    names = [e.name for e in extract_text(text).events]
    assert not any(word in " ".join(names) for word in ("biennial", "Cup", "Convention Center")), names


VENUES = [
    ("NAIROBI, May 2 -- The talks were held at the Safari Park Hotel in Nairobi.",
     [("Safari Park Hotel", "Nairobi", "KE")]),
    ("The accord was signed at Bharat Mandapam, New Delhi, on Friday.", [("Bharat Mandapam", "New Delhi", "IN")]),
    ("LONDON -- Ministers met at Lancaster House for talks on shipping.", [("Lancaster House", "London", "GB")]),
    # the lowercase building word says what the name is; it is not part of the name
    ("The forum opened at the Riverside convention centre in Perth.", [("Riverside", "Perth", "AU")]),
    ("SUVA -- The ministers met at the Grand Pacific Hotel here on Tuesday.", [("Grand Pacific Hotel", "Suva", "FJ")]),
]


@pytest.mark.parametrize("text,want", VENUES)
def test_building_venues_and_their_city(extract_text, text, want):
    got = [(v.name, v.city, v.country) for v in extract_text(text).venues]
    assert got == want


INSTRUMENT_STRUCTURE = [
    # two names joined by "and" are two instruments; a generic right conjunct belongs to the name
    ("The summit adopted the Harare Declaration and G-9 Harare Plan of Action on Friday.",
     ["Harare Declaration", "G-9 Harare Plan of Action"]),
    ("Ministers reviewed the Fisheries Strategy and Action Plan in Apia.", ["Fisheries Strategy and Action Plan"]),
    # two parts with the same head are one name
    ("The ministries agreed on Cadet Training Programs and Field Exchange Programs for diplomats.",
     ["Cadet Training Programs and Field Exchange Programs"]),
    # a bare head names its parties
    ("Both sides signed the Memorandum of Understanding for Cooperation between the Ministry of "
     "Fisheries of the Republic of Palau and the Ministry of Marine Resources of Fiji on Fisheries "
     "Training in Suva.",
     ["Memorandum of Understanding for Cooperation between the Ministry of Fisheries of the Republic "
      "of Palau and the Ministry of Marine Resources of Fiji on Fisheries Training"]),
    ("The Agreement between Chile and Peru concerning Mutual Visa Exemption was signed on Monday.",
     ["Agreement between Chile and Peru concerning Mutual Visa Exemption"]),
    # ... a name of its own does not
    ("The Kigali Accord between Rwanda and Uganda was signed on Monday.", ["Kigali Accord"]),
    # a capitalised generic name is the document's own when nothing else of its kind is named
    ("The two ministers signed the Memorandum of Understanding on Monday.", ["Memorandum of Understanding"]),
    # ... not after "a": what sort of document, not which (ANNOTATORS.md 8)
    ("The two ministers signed a Memorandum of Understanding on Monday.", []),
    ("They signed the Coral Triangle Memorandum of Understanding on Monday. The Memorandum of "
     "Understanding runs for five years.", ["Coral Triangle Memorandum of Understanding"]),
    ("A memorandum of understanding between the two ministries was signed.", []),
]


@pytest.mark.parametrize("text,names", INSTRUMENT_STRUCTURE)
def test_instrument_names_exactly(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names
