"""Hard-wrapped text (lines of a fixed width, sentences running on across breaks) read as
running text, at the same offsets; other text left as it is."""
from newsfacts.normalisation.wrapping import is_hard_wrapped, unwrap_lines

WRAPPED = (
    "Trade ministers of the two countries met in Lusaka on Friday\n"
    "to review the joint commission, which was set up in 1998 and\n"
    "has not met since, the foreign ministry said on Saturday.\n"
    "The meeting was chaired by the Minister of Commerce, Trade and\n"
    "Industry, Mr K B Mwanza, and by the visiting Minister of Trade\n"
    "of the Republic of Malawi, Ms Grace T Phiri, who arrived on\n"
    "Thursday with a delegation of senior officials.\n"
    "- a list item stays on its own line\n"
    "Short line\n"
    "and the next one.\n"
)


def test_a_hard_wrap_reads_as_running_text_at_the_same_offsets():
    assert is_hard_wrapped(WRAPPED)
    unwrapped = unwrap_lines(WRAPPED)
    assert len(unwrapped) == len(WRAPPED)
    assert "Lusaka on Friday to review" in unwrapped
    assert "Mr K B Mwanza, and by the visiting Minister of Trade of the Republic" in unwrapped
    # a list item and the line after a short line keep their breaks
    assert "officials.\n- a list item" in unwrapped
    assert "Short line\nand the next one." in unwrapped


def test_text_with_a_line_a_paragraph_stays_as_it_is():
    text = ("PRAIA, 3 May 2026 -- The ministers met on Monday.\n"
            "They agreed to meet again in June, the ministry said.\n"
            "Talks on fisheries will follow.\n") * 3
    assert not is_hard_wrapped(text)
    assert unwrap_lines(text) == text


def test_officials_split_over_wrapped_lines_are_read_with_their_offsets(extract_text):
    record = extract_text(WRAPPED)
    found = {o.name: o for o in record.officials}
    assert found["K B Mwanza"].title == "Minister of Commerce, Trade and Industry"
    assert (found["Grace T Phiri"].title, found["Grace T Phiri"].country) == ("Minister of Trade", "MW")
    for facts in (record.officials, record.instruments, record.dates, record.venues, record.events):
        for fact in facts:
            for m in fact.mentions:
                assert WRAPPED[m.start:m.end] == m.text


def test_an_event_named_over_a_wrap_quotes_the_text():
    from newsfacts import extract
    text = WRAPPED.replace(
        "Thursday with a delegation of senior officials.\n",
        "Thursday with a delegation of senior officials for the Fifth\n"
        "Regional Trade Summit, which opened in Lusaka on Saturday.\n")
    record = extract(text, id="t", published="2025-06-02")
    mentions = [m for event in record.events for m in event.mentions]
    assert any("\n" in m.text for m in mentions), [m.text for m in mentions]
    assert all(text[m.start:m.end] == m.text for m in mentions)


INDENTED = (
    "Ministers review the transit corridor\n\n"
    "    Windhoek Herald\n"
    "    12 March 2026\n\n"
    "    WINDHOEK, 12 MARCH. At the invitation of Namibian Foreign Minister Paulus\n"
    "    Shikongo, the Minister of Transport of Zambia, Ms Chileshe Banda, paid a\n"
    "    two-day working visit to Windhoek on 10-11 March and held talks on the\n"
    "    corridor with the Minister of Works and Transport of Namibia, Mr Tomas\n"
    "    Haufiku, and other officials of the Namibian government, the Foreign\n"
    "    Ministry said on Thursday.\n\n"
    "    The two ministers signed a memorandum of understanding on road transit\n"
    "    and agreed to meet again in Lusaka in September of this year.\n"
)


def test_a_wrap_with_a_margin_reads_as_one_space_for_the_tokenizer():
    from newsfacts.normalisation.spacing import even_spacing
    from newsfacts.normalisation.wrapping import wrap_breaks
    breaks = wrap_breaks(INDENTED)
    raw, spacing = even_spacing(INDENTED, breaks)
    tokenised = even_spacing(INDENTED, breaks, " ")[0]
    assert len(raw) == len(tokenised)
    assert "Minister Paulus Shikongo, the Minister" in tokenised
    assert "Minister Paulus\nShikongo, the Minister" in raw
    # the byline and the date stand on short lines: their breaks stay
    assert "Windhoek Herald\n" in tokenised and "12 March 2026\n\n" in tokenised
    at = tokenised.index("Shikongo")
    assert INDENTED[slice(*spacing.span(at, at + len("Shikongo")))] == "Shikongo"


def test_officials_named_over_an_indented_wrap_are_read(extract_text):
    record = extract_text(INDENTED)
    found = {o.name: o for o in record.officials}
    assert found["Paulus Shikongo"].title == "Foreign Minister"
    assert found["Tomas Haufiku"].country == "NA"
    for fact in record.officials:
        for m in fact.mentions:
            assert INDENTED[m.start:m.end] == m.text
