"""An event's ordinal written as a word after the possessive of the body that holds it."""
import pytest

from newsfacts.normalisation.events import event_ordinal


@pytest.mark.parametrize("name, ordinal", [
    pytest.param("UNESCO's Third Heritage Conference", 3, id="a word ordinal after a possessive"),
    pytest.param("the bloc\u2019s XIV Summit", None, id="only a name opening on the possessive"),
    pytest.param("Caricom\u2019s XIV Summit", 14, id="a Roman numeral after a curly possessive"),
    pytest.param("Fiji's Second", None, id="a possessive and an ordinal alone name no event"),
    pytest.param("Ghana's Trade Summit", None, id="a possessive before a plain name"),
    pytest.param("Seventh Ocean Conference", 7, id="a word ordinal opening the name, as before"),
])
def test_possessive_ordinal(name, ordinal):
    assert event_ordinal(name) == ordinal


def test_mentions_with_and_without_the_possessive_are_one_event(extract_text):
    record = extract_text("Trade ministers closed UNESCO's Third Heritage Conference in Suva on Friday. "
                          "The Third Heritage Conference was held in Suva from 28 to 30 May.")
    names = [e.name for e in record.events]
    assert len(names) == 1, names
    assert (record.events[0].start, record.events[0].end) == ("2025-05-28", "2025-05-30")
