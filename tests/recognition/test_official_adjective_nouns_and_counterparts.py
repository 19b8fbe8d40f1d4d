"""(1) A capitalised adjective that an office's complement reached needs its noun: the capitalised
word after it belongs to the body, no one-word name (session 30, words.jsonl ADJECTIVE_SUFFIX).
(2) An office in apposition after "his X counterpart, NAME," is the title. Sentences written for these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,word", [
    ("The report was presented by the Director of the National Institute for Regional Studies.", "Studies"),
    ("The talks were opened by the Chairman of the Federal Electoral Commission on Monday.", "Commission"),
    ("A letter was sent to the President of the European Investment Bank yesterday.", "Bank"),
    ("The award went to the Director General of the British Chambers last year.", "Chambers"),
])
def test_no_one_word_name_after_an_adjective(extract_text, text, word):
    assert not any(word in name.split() for name, _ in _officials(extract_text, text))


def test_the_holder_after_the_body_is_read(extract_text):
    text = "The panel included the director-general of the National Heritage Dame Mary Lowe and others."
    assert ("Mary Lowe", "director-general of the National Heritage") in _officials(extract_text, text)


def test_a_name_after_a_place_adjective_stays(extract_text):
    text = "The Minister for the Pacific Zed Kowalski arrived in Apia on Monday."
    assert [name for name, _ in _officials(extract_text, text)] == ["Zed Kowalski"]


def test_a_country_before_a_name_is_no_adjective(extract_text):
    text = "The Ambassador of Senegal Amadou Fall met the press."
    assert [name for name, _ in _officials(extract_text, text)] == ["Amadou Fall"]


def test_an_apposed_office_beats_counterpart(extract_text):
    """FACTS.md: "counterpart" is the title only when it is the only role word (session 30)."""
    text = "Peruvian Foreign Minister Juan Ruiz met his Chilean counterpart, Pedro Soto, minister of external relations, on Monday."
    assert ("Pedro Soto", "minister of external relations") in _officials(extract_text, text)


def test_counterpart_alone_stays_the_title(extract_text):
    text = "Peruvian Foreign Minister Juan Ruiz met his Chilean counterpart, Pedro Soto, on Monday."
    assert ("Pedro Soto", "counterpart") in _officials(extract_text, text)
