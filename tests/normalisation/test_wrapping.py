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


BLOCK = (
    "Home\nNews\nPress releases\n\n"
    "Ministers review the transit corridor\n\n"
    "    Windhoek Herald\n"
    "    12 March 2026\n\n"
    "    WINDHOEK, 12 MARCH. At the invitation of the Namibian Foreign\n"
    "    Minister, Mr Paulus Shikongo, the Minister of Transport of Zambia, Ms\n"
    "    Chileshe Banda, paid a two-day working visit to Windhoek on 10-11\n"
    "    March and held talks on the corridor with the Minister of Works and\n"
    "    Transport of Namibia, Mr Tomas Haufiku, and other officials of the\n"
    "    Namibian government, the Foreign Ministry said on Thursday.\n\n"
    "Related: Minister of Trade of Botswana meets the business chamber in Gaborone\n"
    "Related: Deputy Minister of Finance of Angola opens the investment forum in Luanda\n"
)


def test_a_wrapped_block_of_a_page_not_wrapped_as_a_whole_reads_as_running_text():
    from newsfacts.normalisation.wrapping import wrap_breaks
    assert not is_hard_wrapped(BLOCK)  # one break only is lowercase on both sides
    joined = unwrap_lines(BLOCK)
    assert "Foreign     Minister, Mr Paulus" in joined and "10-11     March" in joined
    # the menu, the byline, the date and the list of links keep their breaks
    assert "Home\nNews\nPress releases\n" in joined and "Windhoek Herald\n" in joined
    assert "in Gaborone\nRelated:" in joined
    assert len(wrap_breaks(BLOCK)) == 5


def test_officials_named_over_a_wrapped_block_are_read(extract_text):
    record = extract_text(BLOCK)
    found = {o.name: o for o in record.officials}
    assert found["Paulus Shikongo"].title == "Foreign Minister"
    assert found["Chileshe Banda"].country == "ZM"
    assert found["Tomas Haufiku"].title == "Minister of Works and Transport"
    for fact in record.officials:
        for m in fact.mentions:
            assert BLOCK[m.start:m.end] == m.text


def test_a_headline_wider_than_the_wrap_keeps_its_break():
    text = ("Ministers of Agriculture of Ghana and Togo Agree on Joint Border Veterinary Posts\n" + WRAPPED)
    assert unwrap_lines(text).startswith("Ministers of Agriculture of Ghana and Togo Agree on Joint Border Veterinary Posts\n")


def test_a_line_above_a_dateline_in_capitals_keeps_its_break():
    text = ("Trade ministers to meet in Lusaka on the joint commission\n"
            "LUSAKA, June 17 -- Trade ministers of the two countries meet in\n" + WRAPPED.split("\n", 1)[1])
    joined = unwrap_lines(text)
    assert joined.startswith("Trade ministers to meet in Lusaka on the joint commission\nLUSAKA, June 17 -- ")
    assert "meet in to review" in joined  # the wrap below it is read


def test_a_dateline_on_a_wrapped_first_line_is_no_headline(extract_text):
    text = ("LUSAKA: Zambia and Malawi on Friday raised their trade relations to\n"
            "a strategic partnership after the two ministers of trade held talks\n"
            "on transit, customs and the joint commission, the ministry said.\n" + WRAPPED)
    record = extract_text(text)
    assert record.dateline is not None and record.dateline.name == "Lusaka"


def test_officials_named_over_an_indented_wrap_are_read(extract_text):
    record = extract_text(INDENTED)
    found = {o.name: o for o in record.officials}
    assert found["Paulus Shikongo"].title == "Foreign Minister"
    assert found["Tomas Haufiku"].country == "NA"
    for fact in record.officials:
        for m in fact.mentions:
            assert INDENTED[m.start:m.end] == m.text


def test_a_wrapped_paragraph_between_paragraphs_on_one_line_each_is_read():
    one_line = ("The joint commission, which was set up in 1998, reviews trade, transit, customs, "
                "fisheries and the movement of people across the common border every two years.")
    text = (one_line + "\n"
            "  The Minister of Trade of Zambia, Ms Chileshe Banda, and the Minister\n"
            "  of Works and Transport of Namibia, Mr Tomas Haufiku, signed the\n"
            "  agreement in Windhoek.\n" + one_line + "\n")
    joined = unwrap_lines(text)
    assert "the Minister   of Works" in joined and "signed the   agreement" in joined
    assert joined.count("\n") == 3  # the paragraphs on one line each keep their breaks
