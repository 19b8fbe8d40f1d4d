"""Datelines in the shapes wire services use (cases written for this test)."""
import time

import pytest

from newsfacts.recognition.dateline import find_dateline

CASES = [
    ("PUTRAJAYA, Sept 25 (Bernama) -- The ministry said", "PUTRAJAYA", "MY"),
    ("MANILA: The department announced", "MANILA", "PH"),
    ("NAIROBI, Kenya, 3 March 2025 – Officials met", "NAIROBI", "KE"),
    ("OSLO, 21st May, 2025 (NTB) -- The minister", "OSLO", "NO"),
    ("PORTLAND, Ore. — The governor said", "PORTLAND", "US"),
    ("Hanoi, March 4 /VNA/- The Prime Minister", "Hanoi", "VN"),
    ("BANGKOK 12 June 2024 — Thailand will", "BANGKOK", "TH"),
    ("date 2025-01-02 SEOUL: The ministry said", "SEOUL", "KR"),
    ("Weekly Briefing\n\nCANBERRA — The Prime Minister", "CANBERRA", "AU"),
    ("Lusaka, 04.03.2026 – The ministry said", "Lusaka", "ZM"),           # numeric date
    ("BERLIN, 4/3/2026 - Officials met", "BERLIN", "DE"),
    ("APIA, Samoa (12 August 2026) – Leaders agreed", "APIA", "WS"),     # bracketed date
    ("LIMA, Sept 7 Peru signed a deal with a\nbuilder on Monday.", "LIMA", "PE"),  # a cut agency: capitals, date, first word
    ("Ports\n\n    HANOI, JUNE 9, VIET NEWS. At the talks, the two sides", "HANOI", "VN"),  # an agency of two words in capitals
    ("Bissau, Guinea-Bissau — The president said", "Bissau", "GW"),       # hyphenated country
    ("ASUNCIÓN, Paraguay — The senate voted", "ASUNCIÓN", "PY"),          # letters beyond ASCII
    ("LOMÉ, 3 March 2026 – Ministers met", "LOMÉ", "TG"),
    ("TBILISI, MARCH 4, GEORGIAPRESS. The talks", "TBILISI", "GE"),       # capitals month, wire with a stop
    ("MAPUTO, 9 SEPT (AIM) – The cabinet", "MAPUTO", "MZ"),
    ("MALÉ: The foreign minister said", "MALÉ", "MV"),                    # an accented alias
    ("date 2026-02-03 (Gulf Wire- Daily Star) DOHA - The emir said", "DOHA", "QA"),  # a source first
    ("Ministers gather\n\n12 March 2026, Geneva - About 90 delegates", "Geneva", "CH"),  # the date first
    ("Photo: the two ministers\n\nNAIROBI\n\nThe cabinet secretary said", "NAIROBI", "KE"),  # a line alone
    ("EMBASSY OF KENYA\nLIMA, PERU\n12 Avenida Central\n\nTalks opened", "LIMA", "PE"),
    ("Minister meets envoy\n\nTokyo, The Minister for Trade met", "Tokyo", "JP"),  # city, sentence
    ("Lagos, (Coast Wire / West News - 4th May, 2026 ) :The ministers met", "Lagos", "NG"),  # a long source
    ("Summit report\nKNA \u2013 Nairobi\nThe leaders met on Monday", "Nairobi", "KE"),  # agency and city on a line
    ("Ports deal\n\nFrom Amos Banda in Lusaka, Zambia\u2014\n\nThe ministers agreed", "Lusaka", "ZM"),  # a byline
    ("By Ruth Osei in Accra:\nTalks resumed", "Accra", "GH"),
    ("KAMPALA, 3rdof June 2026 [UBC] The cabinet met", "KAMPALA", "UG"),       # a glued ordinal, a tag
    ("ACCRA, 12th of March 2026 (GNA) - Officials said", "ACCRA", "GH"),
    ("Trade pact signed\n4 JUNE 2026 | NAIROBI - The two agencies", "NAIROBI", "KE"),  # date | place
    ("Ministry of Trade Building, Dodoma, Tanzania, 9th May, 2026: The council", "Dodoma", "TZ"),  # a building first
    ("Gaborone, Botswana -The Minister of Finance said", "Gaborone", "BW"),  # a dash glued to the first word
    ("HANOI (VNA) -Viet Nam and Laos agreed", "HANOI", "VN"),
    ("Cabinet House, Lilongwe, Malawi, Thursday 4 June 2026 – The cabinet", "Lilongwe", "MW"),  # a weekday first
    ("ROME, Friday, 5 June 2026 - Ministers met", "ROME", "IT"),
    ("Ports forum opens\n\nMombasa, Kenya\n\nDelegates from ten states", "Mombasa", "KE"),  # city, country alone
    # a place the gazetteer lacks, told by the country or region after it
    ("LAKE KIVU LODGE, Rwanda (RNA) - Envoys gathered", "LAKE KIVU LODGE", "RW"),
    ("Ras al Khaimah Port, United Arab Emirates, 2 May 2026 – The council", "Ras al Khaimah Port", "AE"),
    ("MOUNT HAGEN, Papua New Guinea -- Provincial leaders", "MOUNT HAGEN", "PG"),
    ("Kota Belud Camp, Sabah – The state minister", "Kota Belud Camp", "MY"),      # a region of its country
    ("OSAKA, June 3 Jiji - The trade minister", "OSAKA", "JP"),                   # an agency in title case after the date
    ("Kigali, Rwanda | 7 July 2026 - The two ministers", "Kigali", "RW"),          # a bar before the date
    ("Asunción, .- La ministra met the envoy", "Asunción", "PY"),                  # the Spanish ".-"
    ("Budget talks\n\nMombasa. Delegates from ten states met", "Mombasa", "KE"),   # a city and a full stop
    ("Remarks\n\nChicago, IL\n\nMay 4, 2026\n\nThank you all", "Chicago", "US"),  # a state's abbreviation
    ("Talks open\n\nPerth, W.A.\n\nMinisters met", "Perth", "AU"),
    ("(WIRE- Gulf Daily (GDN)) MANAMA, 3 June (BNA) -- The council met", "MANAMA", "BH"),  # a bracket in the source
    ("Minsk, 3 June 2026, 09:15 — The two delegations", "Minsk", "BY"),          # the time of posting after the date
    ("DODOMA, June 3, 2026 4:30 PM EAT - The cabinet", "DODOMA", "TZ"),
    # an agency's brackets holding the date, no colon or dash after them
    ("ISLAMABAD, (NewsPoint / Wire Service - 15th Mar, 2026) The envoy called", "ISLAMABAD", "PK"),
    # an agency's brackets and a dash before the place
    ("(Wirenews) -- HANOI, June 3 -- The two premiers met", "HANOI", "VN"),
    ("(State Wire) \u2013 NAIROBI \u2013 The cabinet met", "NAIROBI", "KE"),
    # a state's abbreviation with dots after the city
    ("WASHINGTON, D.C. \u2013 The secretary received the envoy", "WASHINGTON", "US"),
    ("Albany, N.Y. - The governor met the consul", "Albany", "US"),
    # a weekday's short form with a stop before the date
    ("Ports deal\n\nCASTRIES, Tue. Mar. 4, 2025\n\nThe minister said", "CASTRIES", "LC"),
    ("LUSAKA, Thu. 12 June 2025 - The minister said", "LUSAKA", "ZM"),
]

#: A dated dateline whose place only the towns' data knows (the component's towns; the pure
#: function is given none): "MONTEGO BAY, Tue. May 5, 2026 -".
TOWN_CASES = [
    ("MONTEGO BAY, Tue. May 5, 2026 - The minister said", "Montego Bay", "JM"),
    ("Ports deal\n\nby Ann Lee\n\nOHRID, 4 May 2026\n\nThe council met", "Ohrid", "MK"),
]


@pytest.mark.parametrize("text,place,country", CASES)
def test_dateline_found(text, place, country):
    found = find_dateline(text)
    assert found is not None
    assert text[found.start:found.end] == place and found.info.country == country


@pytest.mark.parametrize("text", [
    "SINGAPORE TO HOST REGIONAL SUMMIT NEXT MONTH\nThe city-state will host leaders.",
    "The minister said: talks will resume.",
    "REPORT: Trade grew by 5 per cent",
    "Release 4.3.2026 notes - fixes",
    "MALE: The committee reviewed staffing figures.",                    # the English word
    "Regional news\nMALAYSIA\nThe ministry said it would review",         # a country line is a heading
    "SUMMIT OPENS TODAY\nLeaders arrive.",                              # a headline in capitals
    "Kenya, The Gambia and Ghana signed the accord.",                    # countries, no city
    "Nairobi, Kenya and Accra, Ghana will host the talks",               # no sentence word after the comma
    "Lima, Sept 7 Peru signed a deal",                                   # no closing mark: only a place in capitals
    "Kenya, (the host) said - nothing",                                  # a bracket that ends nothing
    "Minister Ali (Finance Bill 2026) The debate went on",                # a bracket with a year after no place
    "Ministers of Kenya, Nairobi and the region met: nothing more",       # no date after a name and a city
    "KAMPALA, 3 June 2026 [UBC]",                                        # a tag that closes no dateline
    "From the archive in Nairobi, a photo of the talks",                 # not a byline line
    "WHO - Geneva said nothing",                                          # the line goes on
    "Kenya -Uganda trade ties grow\nThe two states met.",                 # a glued dash with no country or agency before
    "Ports forum\n\nParis, Kenya\n\nDelegates met",                       # the city is not in that country
    "Ministry of Health, Kenya - The ministry said",                       # an office, not a place
    "Panel\n\nDr Ama Mensah, Ghana: We need more trade\nProf Li Wei, China: Agreed",  # speakers, not places
    "the committee, Kenya - it said",                                     # lowercase: no name
    "Stronger ties for the region, Ghana - Togo talks\nThe two met.",       # a clause before the country
    "Trade Kenya. The agency said",                                        # not a city before the stop
    "Ports forum\n\nParis, Nearby\n\nDelegates met",                      # neither a country nor a region
    "(Photo) - Delegates at the forum\nThe ministers met.",                  # no place in capitals after the dash
    "OAS and ECPA organize a mission on energy\n\nFrom May 22-23 the region met.",  # an acronym, not a town
    # a list under the story's body: "Name, Region - role" lines are no dateline
    "TRADE VISIT\n\nManitoba Premier Jane Roe led the Western Trade Mission to Peru, which focused on"
    " mining and on the partnership of the two economies in energy, farming and the ports of the coast.\n\n"
    "Participants\n\nPremier Jane Roe, Manitoba \u2013 Chair\nPremier John Doe, Alberta",
])
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_dateline_record_uses_the_written_name(extract_text):
    record = extract_text("NEW YORK, 27 August 2025 — The Secretary-General said talks resume.")
    assert record.dateline.model_dump() == {"name": "New York", "country": "US"}


@pytest.mark.parametrize("text,name", [
    ("ST. GEORGE'S, Grenada -- The cabinet met", "St. George's"),   # not str.title's "George'S"
    ("DAR ES SALAAM, Tanzania - The ministers met", "Dar es Salaam"),  # the gazetteer's spelling
    ("MOUNT HAGEN, Papua New Guinea -- Leaders met", "Mount Hagen"),   # a place the gazetteer lacks
])
def test_dateline_name_in_capitals_becomes_a_name(extract_text, text, name):
    assert extract_text(text).dateline.name == name


@pytest.mark.parametrize("text,date", [
    ("PUTRAJAYA, Sept 25 (Bernama) -- The ministry said", "Sept 25"),
    ("NAIROBI, Kenya, 3 March 2025 – Officials met", "3 March 2025"),
    ("MANILA: The department announced", None),
    ("KAMPALA, 3rdof June 2026 [UBC] The cabinet met", "3rdof June 2026"),
    ("CASTRIES, Tue. Mar. 4, 2025\n\nThe minister said", "Tue. Mar. 4, 2025"),
])
def test_dateline_date_as_written(text, date):
    assert find_dateline(text).date == date


@pytest.mark.parametrize("text,name,country", TOWN_CASES)
def test_dated_dateline_of_a_town(extract_text, text, name, country):
    found = extract_text(text).dateline
    assert (found.name, found.country) == (name, country)


@pytest.mark.parametrize("text", [
    "OHRID - The council met",                    # a town with no date: any capitalised word could open so
    "Ohrid, the old town, hosted the council on 4 May 2026.",
])
def test_no_dateline_of_an_undated_town(extract_text, text):
    assert extract_text(text).dateline is None


@pytest.mark.parametrize("text", [
    "KUALA LUMPUR" + " " * 1150 + "x",                      # the case that took 187 s
    "KUALA LUMPUR," + " " * 3000 + ", " + " " * 3000 + "(",
    ("PUTRAJAYA" + " \t" * 400 + "\n") * 20,
    "date 2025-05-30" + " " * 5000 + "KUALA LUMPUR" + " " * 5000 + ":",
])
def test_blank_runs_near_the_top_take_linear_time(text):
    # once cubic in the length of a blank run; now a few milliseconds (a generous bound)
    started = time.process_time()  # CPU time: other work on a busy machine does not count
    find_dateline(text)
    assert time.process_time() - started < 1.0


def test_published_from_a_dated_dateline(extract_text):
    text = ("WELLINGTON, 14 March 2026 -- The minister said today that the talks will resume on "
            "Monday and end on 25 March. Trade grew last year.")
    record = extract_text(text, published=None)
    assert record.published == "2026-03-14"
    values = {d.text: (d.start, d.end) for d in record.dates}
    assert values["14 March 2026"] == ("2026-03-14", "2026-03-14")
    assert values["today"] == ("2026-03-14", "2026-03-14")
    assert values["Monday"] == ("2026-03-16", "2026-03-16")
    assert values["25 March"] == ("2026-03-25", "2026-03-25")
    assert values["last year"] == ("2025", "2025")
    assert record.warnings == []


def test_published_from_a_yearless_dateline_takes_the_bylines_year(extract_text):
    text = ("By Staff Reporter | Published 26 November 2025\n\n"
            "BANGKOK, Nov 26 — Ministers met yesterday and will meet again on Friday.")
    record = extract_text(text, published=None)
    assert record.published == "2025-11-26"
    assert {d.text: d.start for d in record.dates}["yesterday"] == "2025-11-25"


def test_input_published_wins_over_the_dateline(extract_text):
    record = extract_text("WELLINGTON, 14 March 2026 -- The minister spoke today.", published="2026-03-15")
    assert record.published == "2026-03-15"


def test_numeric_dateline_date_follows_the_country():
    from newsfacts.api import extract

    assert extract("WASHINGTON, 4/3/2026 -- Officials met.").published == "2026-04-03"
    assert extract("BERLIN, 4/3/2026 - Officials met.").published == "2026-03-04"


# The test after the place's name (``_PLACE_ENDS``) only skips the places after which the rest
# of the dateline cannot follow: with and without it the expression finds the same matches
# (made-up lines: every closing, a weekday, a month in capitals, a Hijri month after the place,
# a lowercase word after it).
PLACE_END_LINES = [
    "RIYADH, Jumada al-Akhirah 5, 1446, December 7, 2024, SPA -- The council met",
    "Jeddah dhu al-hijjah 3, 1446 corresponding to May 31, 2025 (WAM) The summit",
    "Kuala Lumpur Sunday, 3 May 2026 - Ministers met",
    "ROME, 4 May 2026 [ANS] The minister said",
    "Delhi [India], March 1 (ANI): The summit opened",
    "Riverton town said on Monday that talks would resume",
    "MAPLEFORD, Wed. Aug. 28, 2024 - The mayor said",
    "Port Vale, Westland -Officials said the plan",
    "TOKYO, April 15 Kyodo - The talks",
    "Greenhaven, 12 March\nThe delegates met in the hall",
    "ASTANA. KAZINFORM Today, the forum opened",
    "Some words of a sentence that runs on, as sentences do, until it stops.",
    "Thessalon saturday 3 may the talks",
]


@pytest.mark.parametrize("line", PLACE_END_LINES)
def test_the_place_end_test_changes_no_match(line):
    import re

    from newsfacts.recognition import dateline

    without = re.compile(dateline._DATELINE_BODY.replace(dateline._PLACE_ENDS, ""))
    for text in (line, "Headline words here\n" + line):
        for pos in range(len(text)):
            a, b = without.match(text, pos), dateline.DATELINE_AFTER_HEADER.match(text, pos)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), text[pos:]
