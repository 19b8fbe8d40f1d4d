"""The Python API: ``extract(text)`` -> :class:`~newsfacts.records.Article`.

Three guards keep one article from stalling a batch, each exact in its offsets:

- the tokenizer never sees a long run of punctuation whole (spaCy's prefix/suffix loop is
  quadratic in it): such runs are tokenised in pieces of :data:`PUNCT_PIECE` characters
  and the docs joined, so ``doc.text`` is still the text;
- an article longer than :data:`PIECE_CHARS` is processed in paragraph-aligned pieces whose
  facts are merged into one record with offsets into the whole text (facts are linked into
  events within a piece only); beyond ``max_chars`` it becomes an error record that says
  which limit and how to raise it;
- ``article_timeout`` seconds per article: an article that runs longer becomes an error record.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Iterable, Iterator, List, Optional, Tuple, Union

from spacy.language import Language
from spacy.tokens import Doc

from . import settings
from .io.readers import InputItem, check_text
from .normalisation.dates import parse_date_order
from .normalisation.published import parse_published
from .normalisation.spacing import even_spacing
from .normalisation.wrapping import wrap_breaks
from .nlp import default_nlp
from .records import Article, ErrorRecord
from .records.build import NOT_ENGLISH
from .timelimit import ArticleTimeout, time_limit

#: A run of punctuation at least this long is tokenised in pieces of this many characters.
PUNCT_PIECE = 64
_PUNCT_RUN = re.compile(r"[^\w\s]{%d,}\s?" % PUNCT_PIECE)

#: Articles longer than this are processed in paragraph-aligned pieces of at most this size.
PIECE_CHARS = 50_000


@dataclass(frozen=True)
class Limits:
    """Per-article limits (``newsfacts extract --max-chars/--article-timeout``)."""

    max_chars: int = settings.MAX_TEXT_CHARS
    article_timeout: Optional[float] = settings.ARTICLE_TIMEOUT


def tokenize(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, with long punctuation runs tokenised piecewise (same text)."""
    if not _PUNCT_RUN.search(text):
        return nlp.make_doc(text)
    segments: List[str] = []
    pos = 0
    for match in _PUNCT_RUN.finditer(text):
        if match.start() > pos:
            segments.append(text[pos:match.start()])
        run = match.group()
        # the space after the run stays with its last piece (a token's trailing whitespace)
        cuts = list(range(0, len(run.rstrip()), PUNCT_PIECE))
        segments.extend(run[a:b] for a, b in zip(cuts, cuts[1:] + [len(run)]))
        pos = match.end()
    if pos < len(text):
        segments.append(text[pos:])
    # a fresh Doc from the pieces' tokens (Doc.from_docs would mark each piece's first token
    # as a sentence start)
    words: List[str] = []
    spaces: List[bool] = []
    for segment in segments:
        for token in nlp.tokenizer(segment):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
    return Doc(nlp.vocab, words=words, spaces=spaces)


def make_doc(nlp: Language, text: str, *, id: str, published: Optional[str] = None,
             default_published: Optional[str] = None, date_order: Optional[str] = None,
             url: Optional[str] = None) -> Doc:
    """A doc ready for the pipeline. ``published``: the article's own date; ``default_published``:
    the batch's, used only when the article shows none (see the dateline component);
    ``date_order``: "DMY" or "MDY" for numeric dates (default: from the dateline's country);
    ``url``: where the article was read (its site's country code is weak evidence of whose
    story it is)."""
    # a run of spaces inside a line reads as one space (the record's mentions are mapped back
    # to the text: normalisation.spacing); a hard wrap's line breaks, with the margin around
    # them, read as one space (the raw text keeps the break at the same offset); mentions
    # still quote the text
    breaks = wrap_breaks(text)
    evened, spacing = even_spacing(text, breaks)
    tokenised = even_spacing(text, breaks, " ")[0] if breaks else evened
    doc = tokenize(nlp, tokenised)
    doc.user_data[settings.RAW_TEXT] = evened
    doc.user_data[settings.TOKENISED_TEXT] = tokenised
    if spacing is not None:
        doc.user_data[settings.SPACING] = (text, spacing.ends, spacing.removed)
    doc._.nf_id = id
    doc._.published = published
    doc._.published_fallback = default_published
    doc._.date_order = date_order
    doc._.source_url = url
    return doc


def paragraph_pieces(text: str, size: int = PIECE_CHARS) -> List[Tuple[int, str]]:
    """``(offset, piece)`` covering the text in order, each at most ``size`` characters, cut
    after a blank line where there is one, else after a line break, a sentence, a space."""
    pieces: List[Tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = 0
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep, size // 4)
            if at > 0:
                cut = at + len(sep)
                break
        cut = cut or size
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _run(nlp: Language, item: InputItem, text: str, published: Optional[str]) -> Article:
    """The record of ``text`` (the article or a piece of it) with the item's settings."""
    doc = make_doc(nlp, text, id=item.id, published=published,
                   default_published=item.default_published, date_order=item.date_order, url=item.url)
    return nlp(doc)._.newsfacts


def _shift(mentions, offset: int) -> list:
    return [m.model_copy(update={"start": m.start + offset, "end": m.end + offset}) for m in mentions]


def _merge_key(fact_type: str, fact) -> tuple:
    """Which facts of two pieces are one (the keys ``records.build`` merges mentions by)."""
    if fact_type == "dates":
        return (fact.text, fact.start, fact.end)
    if fact_type == "venues":
        return ((fact.name or fact.city or "").split(",")[0].strip().lower(), fact.country)
    return (fact.name.lower(),)


def merge_pieces(records: List[Tuple[int, Article]]) -> Article:
    """One article from the records of its pieces: facts with the same key merged (the first
    piece's values, every mention), mentions shifted to offsets into the whole text, and the
    warnings of every piece."""
    first = records[0][1]
    merged: Dict[str, Dict[tuple, object]] = {t: {} for t in ("officials", "instruments", "dates", "venues", "events")}
    for offset, record in records:
        for fact_type, facts in merged.items():
            for fact in getattr(record, fact_type):
                mentions = _shift(fact.mentions, offset)
                key = _merge_key(fact_type, fact)
                if key in facts:
                    facts[key].mentions.extend(mentions)
                else:
                    facts[key] = fact.model_copy(update={"mentions": mentions})
    # every piece's warnings, each once (a piece's relative dates); the article is taken for
    # another language only when most of its pieces are (an annex listing names is no language)
    warnings = list(dict.fromkeys(w for _, record in records for w in record.warnings if w != NOT_ENGLISH))
    if 2 * sum(NOT_ENGLISH in record.warnings for _, record in records) > len(records):
        warnings.append(NOT_ENGLISH)
    return first.model_copy(update={**{t: list(facts.values()) for t, facts in merged.items()}, "warnings": warnings})


def _extract_long(nlp: Language, item: InputItem) -> Article:
    records: List[Tuple[int, Article]] = []
    published = item.published
    for offset, piece in paragraph_pieces(item.text):
        record = _run(nlp, item, piece, published)
        published = published or record.published  # a "date" header line of the first piece
        records.append((offset, record))
    return merge_pieces(records)


def process(nlp: Language, item: InputItem, limits: Limits = Limits()) -> Union[Article, ErrorRecord]:
    """One item through the pipeline; a failure becomes an error record, never an exception."""
    try:
        problem = check_text(item.text, item.id, max_chars=limits.max_chars)
        if problem:
            return problem
        with time_limit(limits.article_timeout):
            if len(item.text) > PIECE_CHARS:
                return _extract_long(nlp, item)
            return _run(nlp, item, item.text, item.published)
    except ArticleTimeout:
        return ErrorRecord(id=item.id, error=(
            f"article timeout: processing took longer than {limits.article_timeout:g} seconds; "
            "raise the limit with --article-timeout SECONDS"))
    except Exception as err:  # one bad article must not stop a batch
        return ErrorRecord(id=item.id, error=f"processing failed: {type(err).__name__}: {err}")


def extract(
    text: str, *, id: str = "article", published: Optional[str] = None,
    nlp: Optional[Language] = None, date_order: Optional[str] = None,
    max_chars: int = settings.MAX_TEXT_CHARS,
) -> Article:
    """Facts of one article. Raises ``ValueError`` for text the pipeline refuses (over
    ``max_chars`` among them) and for a ``published`` that is not an ISO date ``YYYY-MM-DD``
    (the message the CLI gives too). ``date_order``: "DMY" or "MDY" for numeric dates such
    as "4/3/2026" (default: from the dateline's country, else month-first)."""
    problem = check_text(text, id, max_chars=max_chars)
    if problem:
        raise ValueError(problem.error)
    published = parse_published(published)
    date_order = parse_date_order(date_order)
    nlp = nlp or default_nlp()
    item = InputItem(id=id, text=text, published=published, date_order=date_order)
    if len(text) > PIECE_CHARS:
        return _extract_long(nlp, item)
    return _run(nlp, item, text, published)


def extract_items(
    items: Iterable[Union[InputItem, ErrorRecord]], nlp: Optional[Language] = None,
    limits: Limits = Limits(),
) -> Iterator[Union[Article, ErrorRecord]]:
    """Records for items in input order; error items pass through unchanged."""
    nlp = nlp or default_nlp()
    for item in items:
        yield item if isinstance(item, ErrorRecord) else process(nlp, item, limits)
