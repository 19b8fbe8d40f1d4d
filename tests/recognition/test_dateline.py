"""Datelines in the shapes wire services use (cases written for this test)."""
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
    ("Bissau, Guinea-Bissau — The president said", "Bissau", "GW"),       # hyphenated country
    ("ASUNCIÓN, Paraguay — The senate voted", "ASUNCIÓN", "PY"),          # letters beyond ASCII
    ("LOMÉ, 3 March 2026 – Ministers met", "LOMÉ", "TG"),
    ("TBILISI, MARCH 4, GEORGIAPRESS. The talks", "TBILISI", "GE"),       # capitals month, wire with a stop
    ("MAPUTO, 9 SEPT (AIM) – The cabinet", "MAPUTO", "MZ"),
    ("MALÉ: The foreign minister said", "MALÉ", "MV"),                    # an accented alias
]


@pytest.mark.parametrize("text,place,country", CASES)
def test_dateline_found(text, place, country):
    found = find_dateline(text)
    assert found is not None
    start, end, info, _ = found
    assert text[start:end] == place and info.country == country


@pytest.mark.parametrize("text", [
    "SINGAPORE TO HOST REGIONAL SUMMIT NEXT MONTH\nThe city-state will host leaders.",
    "The minister said: talks will resume.",
    "REPORT: Trade grew by 5 per cent",
    "Release 4.3.2026 notes - fixes",
    "MALE: The committee reviewed staffing figures.",                    # the English word
])
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_dateline_record_uses_the_written_name(extract_text):
    record = extract_text("NEW YORK, 27 August 2025 — The Secretary-General said talks resume.")
    assert record.dateline.model_dump() == {"name": "New York", "country": "US"}
