"""A run of spaces (or a tab, a no-break space) between two words reads as one space, while
every mention keeps its offsets into the text as written and quotes it exactly."""
from newsfacts.normalisation.spacing import even_spacing, remap_record

FACT_TYPES = ("officials", "instruments", "dates", "venues", "events")


def _mentions(record):
    return [m for t in FACT_TYPES for f in getattr(record, t) for m in f.mentions]


def test_text_without_uneven_spacing_is_the_same_object_with_no_map():
    text = "The ministers met in Lome on 4 June.\n\nThey agreed  \nto meet again.\n  Indented."
    evened, spacing = even_spacing(text)
    assert evened is text and spacing is None


def test_runs_inside_a_line_become_one_space_and_map_back():
    text = "Kofi Mensah,   Minister of Trade,\tsaid on 3  June\u00a02026."
    evened, spacing = even_spacing(text)
    assert evened == "Kofi Mensah, Minister of Trade, said on 3 June 2026."
    for word in ("Minister", "said", "June", "2026"):
        at = evened.index(word)
        start, end = spacing.span(at, at + len(word))
        assert text[start:end] == word
    start, end = spacing.span(evened.index("3 June"), evened.index("3 June") + len("3 June 2026"))
    assert text[start:end] == "3  June\u00a02026"


def test_line_breaks_and_the_spaces_around_them_are_left_alone():
    text = "Headline here  \n\n  The minister spoke."
    assert even_spacing(text) == (text, None)


def test_remap_record_without_a_map_returns_the_record_itself():
    record = object()
    assert remap_record(record, "text", None) is record


def test_an_apposition_after_a_double_space_is_read(extract_text):
    text = "ACCRA, 2 June 2025 -- Nadia Okoro,  Minister of Fisheries of Ghana, met the delegation on Monday."
    record = extract_text(text)
    official = next(o for o in record.officials if o.name == "Nadia Okoro")
    assert official.title == "Minister of Fisheries"
    assert official.country == "GH"


def test_a_date_across_a_double_space_keeps_the_text_as_written(extract_text):
    text = "The joint commission will meet on 14  July 2025 in\tLome, the ministry said."
    record = extract_text(text)
    dates = {d.start: d for d in record.dates}
    assert "2025-07-14" in dates
    assert dates["2025-07-14"].text == "14  July 2025"


def test_every_mention_quotes_the_text_at_its_offsets(extract_text):
    text = ("DODOMA, 5 May 2025 -- Tanzania's  Minister of Energy,   Dr  Halima Juma, and the\tvisiting "
            "Minister of Mines of Zambia, Peter  Banda, signed the  Energy Cooperation Agreement "
            "at the  Julius Nyerere International Convention Centre on 5  May 2025.")
    record = extract_text(text)
    mentions = _mentions(record)
    assert mentions
    for m in mentions:
        assert text[m.start:m.end] == m.text
    assert {"Halima Juma", "Peter Banda"} <= {o.name for o in record.officials}
    assert "Julius Nyerere International Convention Centre" in {v.name for v in record.venues}
    assert [d.text for d in record.dates if d.start == "2025-05-05"] == ["5 May 2025"]


def test_the_spacy_path_maps_mentions_back_as_extract_does(nlp, extract_text):
    from newsfacts.api import make_doc

    text = "LOME, 2 June 2025 -- Yawa  Kodjo,  Minister of Health of Togo, arrived on 2  June."
    doc = nlp(make_doc(nlp, text, id="t", published="2025-06-02"))
    assert doc._.newsfacts == extract_text(text)
    assert all(text[m.start:m.end] == m.text for m in _mentions(doc._.newsfacts))
    assert "Yawa Kodjo" in {o.name for o in doc._.newsfacts.officials}


def test_the_quick_test_knows_every_whitespace_character_but_space_and_line_break():
    import sys

    from newsfacts.normalisation.spacing import _ODD_SPACES

    every = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()} - {" ", "\n"}
    assert set(_ODD_SPACES) == every
