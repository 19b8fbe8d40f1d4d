"""A year opening a named event's name dates that edition (session 32). Sentences written for these tests."""


def test_a_year_opening_a_named_event_dates_it_beside_another_event(extract_text):
    # (session 32) the year opening the name is the edition's, even after another event told before it
    text = ("Fiji and Peru convened a pivotal meeting during the 2024 Andean Water Ministers (AWM) Meeting "
            "in Lima recently.")
    events = {e.name: e for e in extract_text(text, published=None).events}
    assert events["2024 Andean Water Ministers Meeting"].start == "2024"
    assert events["pivotal meeting"].start is None
