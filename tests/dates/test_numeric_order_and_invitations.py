"""The order of numeric dates told by the numeric dates themselves when no month name and no
dateline tells it; an invitation to attend a meeting looks ahead (sentences written for this test)."""
import pytest

from newsfacts import extract


@pytest.mark.parametrize("text,published,expected", [
    # one reading is the day of writing, the other months away: the article's order
    ("Minister hails the visit : 05/12/2016\n\nThe minister met the King.", "2016-12-05", ["2016-12-05"]),
    ("Minister hails the visit : 05/12/2016\n\nThe minister met the King on 06/12/2016.", "2016-12-05",
     ["2016-12-05", "2016-12-06"]),
    ("Minister hails the visit : 12/05/2016\n\nThe minister met the King.", "2016-12-05", ["2016-12-05"]),
    # a day past the twelfth tells the order of the others
    ("Talks held 25/11/2016\n\nThe minister will meet the King on 05/12/2016.", None, ["2016-11-25", "2016-12-05"]),
    ("Talks held 11/25/2016\n\nThe minister will meet the King on 12/05/2016.", None, ["2016-11-25", "2016-12-05"]),
    # nothing tells: month first, as before
    ("Talks held\n\nThe minister will meet the King on 05/12/2016.", None, ["2016-05-12"]),
    # both readings far from the day of writing: no evidence either way
    ("Talks held\n\nThe minister met the King on 05/12/2016.", "2016-08-20", ["2016-05-12"]),
])
def test_numeric_order_from_the_numeric_dates(text, published, expected):
    record = extract(text, id="n", published=published)
    assert [d.start for d in record.dates] == expected


@pytest.mark.parametrize("text,published,expected", [
    ("He also invited the President to attend the summit in Abuja in December.", "2025-06-20", ["2025-12"]),
    ("She asked the envoy to visit the plant in November.", "2025-06-20", ["2025-11"]),
    # a past journey with a purpose stays past
    ("He travelled to Abuja to attend the summit in December.", "2025-06-20", ["2024-12"]),
])
def test_an_invitation_to_attend_looks_ahead(text, published, expected):
    record = extract(text, id="i", published=published)
    assert [d.start for d in record.dates] == expected
