"""An edition told again by its ordinal and lowercase words only is a mention of the named
edition with that ordinal and head noun. Sentences written for these tests."""


def test_bare_numbered_description_is_a_mention_of_the_named_edition(extract_text):
    text = ("Envoys met in Rabat on Monday to prepare the 12th Session of the Maghreb Summit. The draft agenda of "
            "the 12th ordinary session includes water security.")
    events = extract_text(text).events
    assert [e.name for e in events] == ["12th Session of the Maghreb Summit"]
    assert len(events[0].mentions) == 2


def test_other_head_or_other_ordinal_stays_apart(extract_text):
    text = ("The 12th Session of the Maghreb Summit opened in Rabat on Monday. The 11th ordinary session was "
            "held in Tunis in 2023, and the 12th ministerial meeting will follow in Oran on 9 May.")
    names = [e.name for e in extract_text(text).events]
    assert "12th Session of the Maghreb Summit" in names
    assert any(n.startswith("11th ordinary session") for n in names)
    assert any(n.startswith("12th ministerial meeting") for n in names)
