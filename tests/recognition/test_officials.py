"""Officials on sentences written for these tests (not tuned on): table-driven."""
import pytest

CASES = [
    # (text, name, title, honorifics, country)
    ("KUALA LUMPUR: Transport Minister Datuk Ahmad Faizal Rahman opened the new terminal today.",
     "Ahmad Faizal Rahman", "Transport Minister", ["Datuk"], "MY"),
    ("The talks were chaired by Kenya's Cabinet Secretary for Trade, Investments and Industry, Mary Njeri Wambui.",
     "Mary Njeri Wambui", "Cabinet Secretary for Trade, Investments and Industry", [], "KE"),
    ("Thai Deputy Prime Minister Pol Gen Somchai Boonrat said the plan was ready.",
     "Somchai Boonrat", "Deputy Prime Minister", ["Pol Gen"], "TH"),
    ("H.E. Dr. Liang Wenhao, Chinese Ambassador to Fiji, attended the ceremony.",
     "Liang Wenhao", "Ambassador to Fiji", ["H.E.", "Dr."], "CN"),
    ("Sir Robert Ashdown, the Foreign Secretary, will travel to Oslo next week.",
     "Robert Ashdown", "Foreign Secretary", ["Sir"], None),
    ("He met his Vietnamese counterpart Nguyen Van Thanh on the sidelines.",
     "Nguyen Van Thanh", "counterpart", [], "VN"),
    ("The Minister of Foreign Affairs of Ghana, Kwame Asante-Boateng, welcomed delegates.",
     "Kwame Asante-Boateng", "Minister of Foreign Affairs", [], "GH"),
]


@pytest.mark.parametrize("text,name,title,honorifics,country", CASES)
def test_official_read_from_title_and_name(extract_text, text, name, title, honorifics, country):
    record = extract_text(text)
    found = {o.name: o for o in record.officials}
    assert name in found, [o.name for o in record.officials]
    official = found[name]
    assert official.title == title
    assert official.honorifics == honorifics
    assert official.country == country


def test_short_forms_are_mentions_of_one_official(extract_text):
    text = ("Deputy Trade Minister Datuk Seri Lim Wei Keat led the delegation. "
            "Lim Wei Keat said the talks went well, and Lim added that more would follow.")
    record = extract_text(text)
    assert [o.name for o in record.officials] == ["Lim Wei Keat"]
    assert len(record.officials[0].mentions) == 3


@pytest.mark.parametrize("text", [
    "The Prime Minister's Office said the visit was postponed.",
    "The Ministry of Health said 6,005 delegates had registered.",
    "Minister Says Talks With Neighbours Will Resume Soon",  # a headline, not a name
    "Officials from the Foreign Ministry may meet again in May.",
])
def test_no_official_invented(extract_text, text):
    assert extract_text(text).officials == []
