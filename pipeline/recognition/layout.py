"""Lines of the page that are not sentences of their own.

Every line break ends a sentence (headlines, datelines and list items stand on lines without a
full stop), but text copied from a mailing list or an old web page is hard-wrapped: "The 7th
meeting of the Council started in\\nPort Louis on Tuesday" is one sentence across two lines.
"""
from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Doc

from .lexicon import token_ids, token_positions, token_texts

#: Tokens that end a sentence even when the line goes on.
_SENTENCE_FINAL = frozenset({".", "!", "?", ":", ";", "\u3002"})
_NEWLINE = get_string_id("\n")
#: Runs of line breaks alone, which the sentencizer already ends sentences at.
_BARE_BREAKS = frozenset({"\n\n", "\n\n\n", "\n\n\n\n"})


def break_at_blank_lines(doc: Doc) -> Doc:
    """End a sentence at every blank line, also one that holds spaces ("...in Nadi\\n\\n \\n\\nSUVA,
    Fiji -- On 3 May ..."): web pages put such lines between paragraphs, and the sentencizer
    only knows runs of bare line breaks, so a headline ran on into the dateline's paragraph."""
    texts = token_texts(doc)
    for i in token_ids_where_space(doc):
        # (a blank line that already opens a sentence, after a full stop, ends none of its own)
        if i + 1 < len(doc) and texts[i].count("\n") > 1 and texts[i] not in _BARE_BREAKS and not doc[i].is_sent_start:
            doc[i + 1].is_sent_start = True
    return doc


def token_ids_where_space(doc: Doc):
    """The positions of the doc's whitespace tokens."""
    return [i for i, space in enumerate(token_ids(doc, "IS_SPACE")) if space]


def join_wrapped_lines(doc: Doc) -> Doc:
    """Undo the sentence break at a single line break (with spaces around it or none) inside
    a sentence: one the next line
    opens on a lowercase word ("... Government\\nof the Republic"), or one the line ends on
    a small word that cannot end a sentence ("... started in\\nPort Louis"). A blank line,
    or a line ending on a full stop or a colon, stays a break.

    A whole text broken at a fixed width is unwrapped before tokenising
    (:func:`newsfacts.normalisation.wrapping.unwrap_lines`); this catches the single
    wrapped lines of any other text."""
    break_at_blank_lines(doc)
    texts = token_texts(doc)
    # a single line break, bare or with the page's margin around it ("the\n    Foreign")
    breaks = sorted({*token_positions(doc, "ORTH").get(_NEWLINE, ()),
                     *(i for i in token_ids_where_space(doc) if texts[i].count("\n") == 1)})
    for i in breaks:
        if not 0 < i < len(doc) - 1 or not doc[i + 1].is_sent_start:
            continue
        before, after = doc[i - 1], doc[i + 1]
        if before.is_space or before.text in _SENTENCE_FINAL or after.is_space:
            continue
        if after.is_lower and after.is_alpha or before.is_lower and before.is_alpha and before.is_stop:
            after.is_sent_start = False
    return doc
