"""Reading capitalised multi-word names around a head word ("Plan", "Summit", "Centre").

Instruments, events and buildings share one shape in press: a run of capitalised words
ending in a head, optionally continued by ``of/on/for/to ...`` complements, with small
connectors ("and", "the", "+", in-word hyphens) and bracketed acronyms inside.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import List, Union

from spacy.tokens import Doc, Span, Token

from .. import settings
from .extensions import span_value
from .lexicon import lower_words, spans_in, token_ids, token_texts
from .names import HYPHENS, NameWords, doc_sentences, sentence_of
from .wordclasses import WordClasses

ORDINAL = re.compile(r"^\d{1,4}(?:st|nd|rd|th)$", re.I)
#: The longest name read (tokens) on either side of a head: no real name is longer, and the
#: bound keeps a scraped list of capitalised words or heads linear to read.
MAX_NAME_TOKENS = 60
YEAR = re.compile(r"^(?:19|20)\d\d$")
#: The grammar's word classes (``patterns/phrase_words.jsonl``, documented there): a data file
#: of every component that reads names around a head, compiled into a :class:`PhraseWords`.
PHRASE_WORDS_FILE = "phrase_words.jsonl"
#: Dashes without spaces that join two names into one ("New Zealand\u2013Tonga Joint Forum",
#: "Fiji\u2013Australia Business Council").
JOINING_DASHES = frozenset({"\u2013", "\u2014"})
APOSTROPHES = frozenset({"'", "\u2019", "'s", "\u2019s"})
#: What joins the two ends of a year range ("2026-2030", "2026\u20132030", "2025/26").
RANGE_SEPARATORS = HYPHENS | {"\u2013", "\u2014", "/"}
RANGE_CONNECTORS = RANGE_SEPARATORS | {"to"}
#: A fiscal year ("FY2026", "FY26"): a time, not a word of a name ("the Plan for FY2026")
FISCAL_YEAR = re.compile(r"^FY\d{2,4}$")
#: Endings of plural nouns of people ("ministers", "leaders", "heads", "delegates").
PEOPLE = re.compile(r"(?:ers|ors|ists|ials|ians|ants|ents|ates|oys|iefs|erts|eads|ives)$")


def _after_prefix(doc: Doc, k: int) -> bool:
    """Whether ``doc[k]`` is the lowercase rest of a word written with a capitalised prefix and
    a hyphen ("Co-operation", "Non-proliferation", "Trans-national", "Under-water"): title
    case capitalises only the first part of such a word, and a name never ends on its hyphen."""
    return k >= 2 and doc[k].is_lower and doc[k].is_alpha and token_texts(doc)[k - 1] in HYPHENS \
        and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
        and is_capitalised(doc[k - 2]) and doc[k - 2].is_alpha


def _dash_in_word(doc: Doc, k: int, limit: int) -> bool:
    """An en or em dash between two letters without spaces ("Multi\u2013Sectoral"): it joins a word
    as a hyphen does (typesetting writes the hyphen of a compound so), it separates nothing."""
    return token_texts(doc)[k] in JOINING_DASHES and 0 < k and k + 1 < limit and not doc[k].whitespace_ \
        and not doc[k - 1].whitespace_ and doc[k - 1].is_alpha and doc[k + 1].is_alpha


def _digit_pair(doc: Doc, k: int) -> bool:
    """ "2+2" at ``k`` (three tokens, no spaces): the format of talks between two ministers of each
    side ("the 2+2 Dialogue"), one word of a name."""
    texts = token_texts(doc)
    return 0 <= k and k + 2 < len(doc) and texts[k + 1] == "+" and texts[k].isdigit() and texts[k + 2].isdigit() \
        and len(texts[k]) == 1 and len(texts[k + 2]) == 1 and not doc[k].whitespace_ and not doc[k + 1].whitespace_


def _opens_range(doc: Doc, k: int, limit: int) -> bool:
    """A year followed by a dash starts a period ("Action Plan 2026-2035"), not a name part."""
    return bool(YEAR.match(token_texts(doc)[k])) and k + 1 < limit and token_texts(doc)[k + 1] in RANGE_SEPARATORS


def sent_of(item: Union[Span, Token]) -> Span:
    """The sentence of a span (its first token) or token. spaCy's ``.sent`` walks the doc from
    the token to the sentence's start at each call, quadratic in a long sentence; the
    sentences are listed once per doc (:func:`.names.sentence_of`, the same Span objects)."""
    return sentence_of(item.doc, item.start if isinstance(item, Span) else item.i)


def sentences(doc: Doc) -> List[Span]:
    """``list(doc.sents)``, listed once per doc (a new list of the spans :func:`sent_of` returns)."""
    return list(doc_sentences(doc))


def doc_text(doc: Doc) -> str:
    """``doc.text`` without joining the tokens again: the text the doc was made from
    (``newsfacts.api.make_doc`` keeps it; the tokens join to exactly that text)."""
    known = doc.user_data.get(_DOC_TEXT_KEY)
    if known is not None:  # (the tokens never change: see lexicon.lower_words)
        return known[1]
    raw = doc.user_data.get(settings.RAW_TEXT)
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    text = raw if isinstance(raw, str) and len(raw) == end else doc.text
    doc.user_data[_DOC_TEXT_KEY] = (len(doc), text)  # read once per doc
    return text


_DOC_TEXT_KEY = "nf_doc_text"


def text_of(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (the same slice bounds), sliced from the text the tokenizer
    split instead of joined from a Token made for each word."""
    view = doc.user_data.get(_TEXT_VIEW_KEY)
    if view is None:  # (the tokens never change: see lexicon.lower_words)
        view = _text_view(doc)
    n = view[0]
    if not 0 <= start < end <= n:  # (the slice's rules for other bounds)
        start = min(n, max(0, start + n if start < 0 else start))
        end = min(n, max(start, end + n if end < 0 else end))
        if start == end:
            return ""
    _, starts, texts, text = view
    return text[starts[start]:starts[end - 1] + len(texts[end - 1])]


def span_text(span: Span) -> str:
    """``span.text``, sliced as by :func:`text_of` (spaCy's joins a Token made for each word).
    (A span's bounds are always within its doc: sliced here without a call to text_of.)"""
    start, end = span.start, span.end
    if start == end:
        return ""
    doc = span.doc
    view = doc.user_data.get(_TEXT_VIEW_KEY)
    if view is None:
        view = _text_view(doc)
    _, starts, texts, text = view
    return text[starts[start]:starts[end - 1] + len(texts[end - 1])]


def char_token_bounds(doc: Doc, start_char: int, end_char: int):
    """(start, end) of ``doc.char_span(start_char, end_char, alignment_mode="expand")``, or None
    when it gives none, without making the Span (nor a Token per bisection step). Each answer
    is kept for the doc (the components ask again for the same mentions; the tokens never change)."""
    known = doc.user_data.get(_CHAR_BOUNDS_KEY)
    if known is None:
        known = doc.user_data[_CHAR_BOUNDS_KEY] = {}
    key = (start_char, end_char)
    if key in known:
        return known[key]
    bounds = known[key] = _char_token_bounds(doc, start_char, end_char)
    return bounds


_CHAR_BOUNDS_KEY = "nf_char_token_bounds"


def _char_token_bounds(doc: Doc, start_char: int, end_char: int):
    view = doc.user_data.get(_TEXT_VIEW_KEY)
    if view is None:
        view = _text_view(doc)
    _, starts, texts, text = view
    # the tokens cover the text with their trailing spaces: the token of a character is the
    # last that starts at or before it (spaCy's token_by_char)
    if not (0 <= start_char < len(text) and 0 <= end_char - 1 < len(text)) or start_char >= end_char:
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        return None if span is None else (span.start, span.end)
    start = bisect_right(starts, start_char) - 1
    end = bisect_right(starts, end_char - 1) - 1
    if start_char == starts[start] + len(texts[start]):
        start += 1  # in the space after a token: not part of it
    return start, end + 1


_TEXT_VIEW_KEY = "nf_text_view"


def _text_view(doc: Doc):
    """(token count, character offsets, texts, tokenised text) of the doc, kept for
    :func:`text_of` in one ``user_data`` entry."""
    view = doc.user_data[_TEXT_VIEW_KEY] = (len(doc), token_ids(doc, "IDX"), token_texts(doc), tokenised_text(doc))
    return view


def tokenised_text(doc: Doc) -> str:
    """``doc.text``, read once per doc: the text ``api.make_doc`` tokenised when it is that
    (the tokens join to exactly the text they were split from), else joined. (``doc.text``
    joins every token's text again at each read, making a Python Token for each.)"""
    key = settings.TOKENISED_TEXT + "_checked"
    known = doc.user_data.get(key)
    if known is not None:
        return known[1]
    text = doc.user_data.get(settings.TOKENISED_TEXT)
    if not (isinstance(text, str) and len(doc) and len(text) == doc[-1].idx + len(doc[-1].text_with_ws)):
        text = doc.text
    doc.user_data[key] = (len(doc), text)
    return text


#: Dashes that join two parties with spaces around them ("Chile - Peru", "Ghana \u2013 Togo").
SPACED_PARTY_DASHES = frozenset({"-", "\u2013", "\u2014"})


def country_pair_start(doc: Doc, start: int, limit: int) -> int:
    """ "the Sri Lanka \u2013 Pakistan Joint Statement", "the second Ghana \u2013 Togo Joint Commission":
    a name opened by a country after a spaced dash, with a country before the dash, opens at
    the first country (as "Ghana\u2013Togo" does without spaces); else ``start``. Both parties are
    read from the place spans, so a dateline's dash before a name ("ACCRA \u2013 Ghana's ...") joins
    nothing: a city is no country, and a pair must lie inside the sentence."""
    if not (start - 2 >= limit and token_texts(doc)[start - 1] in SPACED_PARTY_DASHES and doc[start - 1].whitespace_):
        return start
    right = left = None
    for place in spans_in(doc, settings.SPANS_PLACES):
        if (span_value(place, "nf_place") or {}).get("kind") != "country":
            continue
        if place.start == start:
            right = place
        elif place.end == start - 1 and place.start >= limit:
            left = place
    return left.start if right is not None and left is not None else start


def is_capitalised(token: Token) -> bool:
    return is_capitalised_text(token.text)


def is_capitalised_text(text: str) -> bool:
    """:func:`is_capitalised` of a token's text (for loops over the doc's word list)."""
    return bool(text) and (text[0].isupper() or (text[0].isdigit() and bool(ORDINAL.match(text)))
                           or _ELIDED_CAPITAL.match(text) is not None)


#: a capitalised word after an elided lowercase article: "Côte d'Ivoire", "Val d’Oise"
_ELIDED_CAPITAL = re.compile(r"^[dl]['\u2019][A-Z\u00C0-\u00DE]")


def is_acronym_paren(doc: Doc, i: int, limit: int) -> int:
    """End of a bracketed acronym "( SOMTC )" / "( 13th HROSM )" starting at ``i``, else ``i``."""
    if i >= limit:
        return i
    texts = token_texts(doc)
    if texts[i] == "(":  # asked at many places: no Token made for the answer
        k = i + 1
        while k < limit and k - i <= 4 and texts[k] != ")" and (doc[k].is_upper or ORDINAL.match(texts[k]) or any(c.isdigit() for c in texts[k]) and any(c.isupper() for c in texts[k])):
            k += 1
        if k < limit and k > i + 1 and texts[k] == ")":
            return k + 1
    return i


def _line_wrap(doc: Doc, k: int) -> bool:
    """A single line break inside a sentence (a hard-wrapped line, see layout.py): a space."""
    return token_texts(doc)[k] == "\n" and k + 1 < len(doc) and not doc[k + 1].is_sent_start


class PhraseWords:
    """The grammar's word classes of one patterns folder (``phrase_words.jsonl``, with the
    sentence words and months of ``names.jsonl``) and the readings of names that consult them;
    built once in a component's compile step."""

    def __init__(self, words: WordClasses, names: NameWords):
        #: "Agreement with X" and "MoU between X and Y" say who signed, they are not part of a name
        self.inner_connectors = words["INNER_CONNECTOR"]
        #: ... and lowercase ones that only continue a name after its parties ("Agreement between
        #: X and Y concerning Z")
        self.party_connectors = words["PARTY_CONNECTOR"]
        #: title-case words that open the complement of a treaty's formal name: "Convention
        #: Against Torture", "Agreement Establishing the African Continental Free Trade Area"
        self.title_connectors = words["TITLE_CONNECTOR"]
        #: organisations whose names end before a preposition: "Ministry of Foreign Affairs on ..."
        self.organisation_words = words["ORGANISATION_WORD"]
        self.left_connectors = words["LEFT_CONNECTOR"]
        #: bodies whose names take a complement, so a name may run on across the preposition
        #: ("Senior Officials Meeting on Transnational Crimes (SOMTC) Work Programme")
        self.body_heads = words["BODY_HEAD"]
        #: bodies named by their number of members ("the Group of 77")
        self.numbered_bodies = words["NUMBERED_BODY"]
        self.sentence_words = names.sentence_words
        self.months_and_days = names.months_and_days

    @classmethod
    def of_rules(cls, rules, names: NameWords) -> "PhraseWords":
        """The phrase words of a component's rules (relative file name -> entries)."""
        return cls(WordClasses(rules[PHRASE_WORDS_FILE], PHRASE_WORDS_FILE), names)

    def extend_left(
        self, doc: Doc, start: int, limit: int, *, allow_ordinals: bool = False, heads: frozenset = frozenset()
    ) -> int:
        """First token of the capitalised run that ends at ``start`` (exclusive of connectors at its edge).

        A preposition is crossed only after a head word of the same kind ("Meeting on
        Transnational Crimes (SOMTC) Work Programme"), never after an organisation
        ("Ministry of Foreign Affairs on Research Programs" stops at "on")."""
        limit = max(limit, start - MAX_NAME_TOKENS)
        k = start
        acronymed = False  # a run given its acronym ("Initiative for X (IX) Work Plan") is one name across "for"
        texts = token_texts(doc)  # most steps cross a capitalised word: no Token made for those
        while k > limit:
            text = texts[k - 1]
            if is_capitalised_text(text) and (allow_ordinals or not ORDINAL.match(text)):
                k -= 1
                continue
            tok = doc[k - 1]
            if tok.is_lower and tok.is_alpha and k - 3 >= limit and texts[k - 2] in HYPHENS and not doc[k - 2].whitespace_ \
                    and not doc[k - 3].whitespace_ and is_capitalised(doc[k - 3]) and k - 1 < start:
                k -= 1  # "the 6th Bi-national Cabinet", "the Anti-corruption Strategy": a word joined to a capital
                continue
            if (tok.text in APOSTROPHES or _line_wrap(doc, k - 1)) and k - 2 >= limit and is_capitalised(doc[k - 2]):
                k -= 1  # "Women's", "the National\nDevelopment Plan" (a hard-wrapped line)
                continue
            if tok.text in HYPHENS and not tok.whitespace_ and k - 2 >= limit and not doc[k - 2].whitespace_:
                k -= 1
                if texts[k - 1].isdigit() and not YEAR.match(texts[k - 1]):
                    k -= 1  # "the 10-Point Plan", "the 5-Year Programme": the number is a word of the name
                continue
            if self._body_number(doc, k - 1, limit):
                k -= 3  # "the Group of 77 and China Summit": a body named by its number of members
                continue
            if tok.text == "/" and not tok.whitespace_ and k - 2 >= limit and not doc[k - 2].whitespace_ \
                    and is_capitalised(doc[k - 2]) and k < len(doc) and is_capitalised(doc[k]):
                k -= 1  # "the G-77/China Summit", "the ASEAN/GCC Meeting": a slash between two names
                continue
            if _digit_pair(doc, k - 3) and k - 3 >= limit:
                k -= 3  # "the India-US 2+2 Ministerial Dialogue": a format of talks written as a sum
                continue
            if YEAR.match(tok.text) and k - 2 >= limit and is_capitalised(doc[k - 2]) \
                    and not ORDINAL.match(texts[k - 2]) and texts[k - 2] not in self.months_and_days:
                k -= 1  # a year inside a name: "the 20th International Aids 2014 Conference"
                continue
            if tok.text == ")":
                j = k - 2
                while j > limit and texts[j] != "(" and k - 1 - j <= 4:
                    j -= 1
                if j >= limit and texts[j] == "(" and is_acronym_paren(doc, j, k) == k and j - 1 >= limit and is_capitalised(doc[j - 1]):
                    k, acronymed = j, True
                    continue
                break
            if tok.lower_ in self.left_connectors and tok.is_lower or tok.text in ("+", "&"):
                crossable = k - 2 >= limit and (
                    tok.text in ("+", "&", "and") or texts[k - 2] in heads or texts[k - 2] in self.body_heads
                    # "ASEAN Trade in Goods Agreement", "Status of Visiting Forces Agreement"
                    or tok.lower_ in ("in", "of") and texts[k - 2] not in self.organisation_words
                    or acronymed and tok.lower_ in ("for", "on")
                )
                if crossable and (is_capitalised(doc[k - 2]) or self._body_number(doc, k - 2, limit)) and tok.lower_ != "the":
                    k -= 1
                    continue
                break
            break
        # a run never starts with a connector or a sentence word such as "The", "In"
        while k < start and ((doc[k].is_lower and not ORDINAL.match(texts[k])) or texts[k] in self.sentence_words or texts[k] in HYPHENS
                             or texts[k] in ("+", "&") or texts[k] in APOSTROPHES):
            k += 1
        return k


    def _body_number(self, doc: Doc, i: int, low: int) -> bool:
        """Whether token ``i`` is the number of "Group of 77", "Group of 20": a number (not a
        year) after "of" after a body's head; ``low``: the first token the name may take."""
        return i - 2 >= low and token_texts(doc)[i].isdigit() and not YEAR.match(token_texts(doc)[i]) \
            and lower_words(doc)[i - 1] == "of" and token_texts(doc)[i - 2] in self.numbered_bodies

    def _day_ordinal(self, doc: Doc, j: int, limit: int) -> bool:
        """ "on the 17th of December", "on the 4th,": an ordinal that no capitalised word (other
        than a month) follows is a day, not the start of a name ("on the 4th Industrial Revolution")."""
        if not ORDINAL.match(token_texts(doc)[j]):
            return False
        j = _listed_ordinals_end(doc, j, limit) - 1  # "of the 28th and 29th ASEAN Summits": one list of editions
        return not (j + 1 < limit and is_capitalised(doc[j + 1]) and token_texts(doc)[j + 1] not in self.months_and_days)

    def _name_goes_on(self, doc: Doc, k: int, j: int, limit: int, owning: bool) -> bool:
        """Whether token ``k`` continues a capitalised complement opened at ``j`` (the words of
        :meth:`extend_right`'s names: capitals, in-word hyphens, dashes and slashes, numbers)."""
        texts = token_texts(doc)
        return (is_capitalised_text(texts[k])
                or _line_wrap(doc, k) and k + 1 < limit and is_capitalised(doc[k + 1])
                or doc[k].like_num and k > j and not _opens_range(doc, k, limit)
                or texts[k] in HYPHENS and not doc[k].whitespace_ and not doc[k - 1].whitespace_
                or _dash_in_word(doc, k, limit)
                # "Ministers of Foreign/External Affairs": a slash between two words
                or texts[k] == "/" and not doc[k].whitespace_ and not doc[k - 1].whitespace_
                and k + 1 < limit and is_capitalised(doc[k + 1])
                or texts[k] in APOSTROPHES
                # "Out-of-School": a small word between in-word hyphens
                or doc[k].is_lower and texts[k - 1] in HYPHENS and not doc[k - 1].whitespace_
                and not doc[k].whitespace_ and k + 1 < limit and texts[k + 1] in HYPHENS
                # "Co-operation": a lowercase word after a capitalised prefix
                or _after_prefix(doc, k)
                or owning and _owned_word(doc, k, self.inner_connectors))

    def extend_right(self, doc: Doc, end: int, limit: int, *, stop: frozenset = frozenset(),
                     connectors: frozenset = frozenset(), owned: bool = False) -> int:
        """End of the complements after a head: "of Action to Combat Transnational Crime".
        Connectors in ``stop`` end the name ("in" for events: "Dialogue in Kuala Lumpur"); those in
        ``connectors`` continue it as well as the usual ones. With ``owned``, a lowercase word
        after a possessive in the complement is what it owns, a word of the name ("the Concept of
        X's chairmanship in Y"), never left as a name ending on "'s"."""
        limit = min(limit, end + MAX_NAME_TOKENS)
        k = end
        texts = token_texts(doc)
        while k < limit:
            tok = doc[k]
            if k > end and _line_wrap(doc, k):
                k += 1  # "the Agreement on the\nJoint Management of ...": a hard-wrapped line goes on
                continue
            if (tok.is_lower and (tok.lower_ in self.inner_connectors or tok.lower_ in connectors)
                    or tok.text in self.title_connectors) and tok.lower_ not in stop:
                if tok.lower_ == "and" and k + 1 < limit and lower_words(doc)[k + 1] in ("the", "a", "an"):
                    break  # "X Declaration ... and the Y Exchange", "... and a Z Plan": two names
                j = k + 1
                if (tok.text in self.title_connectors or tok.lower_ in connectors) and j < limit and doc[j].is_lower \
                        and lower_words(doc)[j] in self.inner_connectors:
                    j += 1  # "Treaty Relating to the Sea Boundary", "... and Y relating to the Z"
                while j < limit and (lower_words(doc)[j] in ("the", "a") or _line_wrap(doc, j)):
                    j += 1
                if j > k + 1 and j + 1 < limit and lower_words(doc)[j - 1] == "the" and _is_year(doc, j) \
                        and is_capitalised(doc[j + 1]):
                    j += 1  # "Summit of the 2018 China-Africa Forum": a year that opens the name after "the"
                if j == k + 1 and j < limit and self._body_number(doc, j, end - 1):
                    k = j + 1  # "Summit of the Group of 77": the number names the body
                    continue
                if j < limit and is_capitalised(doc[j]) and texts[j] not in self.sentence_words \
                        and texts[j] not in self.months_and_days and not self._day_ordinal(doc, j, limit) \
                        and not FISCAL_YEAR.match(texts[j]):
                    k = _listed_ordinals_end(doc, j, limit) - 1 if ORDINAL.match(texts[j]) else j
                    # "of X's chairmanship": the owner in a complement owns a word of the name (not
                    # "in Chad's southern plains": a place after "in" owns what follows, no name's)
                    owning = owned and tok.lower_ != "in"
                    while k < limit and self._name_goes_on(doc, k, j, limit, owning):
                        k += 1
                    continue
                break
            if tok.text in ("+", "&") and k + 1 < limit and is_capitalised(doc[k + 1]):
                k += 1
                continue
            after = is_acronym_paren(doc, k, limit)
            if after > k and after < limit and is_capitalised(doc[after]) and texts[after] not in self.sentence_words:
                # "of the African Union (AU) Executive Council" goes on to a body's head; "National
                # Assembly (NA) Chairwoman X" does not
                j = after
                while j < limit and is_capitalised(doc[j]) and texts[j] not in self.months_and_days:
                    j += 1
                if any(w in self.body_heads for w in texts[after:j]) \
                        or k > end and PEOPLE.search(texts[after].lower()):
                    # ("Summit of the X Community (XC) Heads of State": inside a complement, the group
                    # of people who meet goes on past the acronym of the body they belong to)
                    k = j
                    continue
                k = after
                break
            if YEAR.match(tok.text) and k == end and not (
                    k + 2 < limit and texts[k + 1] in RANGE_CONNECTORS and texts[k + 2][:1].isdigit()):
                k += 1  # "Vision 2030", "Blueprint 2045" (but "Roadmap 2026-2030" is a period)
                if k < limit and lower_words(doc)[k] == "and":
                    break  # "Vision 2041 and Viksit Bharat": the year closes the name, "and" opens another
                continue
            break
        while k > end and _line_wrap(doc, k - 1):
            k -= 1  # a name never ends on a line break
        return k


def _owned_word(doc: Doc, k: int, connectors: frozenset) -> bool:
    """Whether the word at ``k`` is a lowercase noun owned by the possessive right before it
    ("X's| chairmanship"): a word, not a connector (``connectors``, or an article), ending a
    name there would leave it on "'s"."""
    return k > 0 and token_texts(doc)[k - 1] in ("'s", "\u2019s") and doc[k].is_lower and doc[k].is_alpha \
        and lower_words(doc)[k] not in connectors and lower_words(doc)[k] not in ("a", "an", "or", "with")


#: Lowercase words that open a head's complement ("Agreement on X", "Plan of Action", "Plan for Y")
_COMPLEMENT_OPENERS = frozenset({"on", "of", "for", "between"})


def split_coordination(doc: Doc, start: int, head_start: int, head_end: int, end: int, heads: frozenset,
                       keep_together: frozenset = frozenset(), is_name=lambda text: True,
                       same_head_splits: bool = True) -> tuple:
    """The one name around a head in a coordination of two: "the Istanbul Declaration and D-8
    Plan of Action", "the East Asia Summit and ASEAN-UN Summit" are two names, split at an "and"
    that follows a head word (a complete name) with another head after it, or that comes
    before a new ordinal ("the 4th X Consultation and 2nd Y Consultation"). "and" inside a
    name stays ("Trade and Investment Forum", "Botswana and South Africa Bi-National
    Commission"), as does one before a word of ``keep_together`` ("Summits and Related Summits")
    or before what ``is_name`` says names nothing alone ("CAADP Strategy and Action Plan"); without
    ``same_head_splits``, two parts with the same head are one name ("Research Programs and
    Thematic Research Programs")."""
    lowers, texts = lower_words(doc), token_texts(doc)  # only an "and" asks more: no Token per word
    for k in range(head_end, end):
        if lowers[k] != "and":
            continue
        # "the X Agenda 2063 and Y Agenda 2030": a head with its target year is a complete name too
        dated = YEAR.match(texts[k - 1]) is not None and texts[k - 2] in heads
        last = texts[k - 2] if dated else texts[k - 1]
        # "the MoU on Green Hydrogen and Agreement on Digital Payments": after a complement, a head
        # with a complement of its own opens the second name
        complemented = k + 2 < end and texts[k + 1] in heads and doc[k + 2].is_lower and lowers[k + 2] in _COMPLEMENT_OPENERS
        if (last in heads or complemented) and any(texts[j] in heads for j in range(k + 1, end)) \
                and is_name(text_of(doc, k + 1, end)) \
                and (same_head_splits or dated or all(texts[j] != last for j in range(k + 1, end))):
            end = k
            break
    # "Development Plans and Agenda 2063": a head with its target year names a document alone
    # (not the first year of its period: "Strategy and Roadmap 2015 -2063")
    named_end = head_end + 1 if head_end < end and YEAR.match(texts[head_end]) and not (
        head_end + 1 < len(doc) and (texts[head_end + 1] in RANGE_CONNECTORS or texts[head_end + 1][:1] in RANGE_SEPARATORS)) \
        else head_end
    for k in range(head_start - 1, start, -1):
        if lowers[k] != "and" or texts[k + 1] in keep_together:
            continue
        # "the MoU on X and Agreement on Y": the head right after "and" with a complement of its own
        complemented = k + 1 == head_start and head_end < end and doc[head_end].is_lower \
            and lowers[head_end] in _COMPLEMENT_OPENERS and any(texts[j] in heads for j in range(start, k))
        if complemented and is_name(text_of(doc, k + 1, end)) or is_name(text_of(doc, k + 1, named_end)) \
                and (same_head_splits or texts[k - 1] != texts[head_end - 1]) and (
                texts[k - 1] in heads or ORDINAL.match(texts[k + 1]) and not ORDINAL.match(texts[k - 1])):
            start = k + 1
            break
    return start, end


def _listed_ordinals_end(doc: Doc, j: int, limit: int) -> int:
    """End of the ordinals listed from ``j`` with commas or "and" ("28th and 29th", "3rd, 4th
    and 5th"): the editions numbered by one name after them."""
    k = j + 1
    while k + 1 < limit and token_texts(doc)[k] in (",", "and") and ORDINAL.match(token_texts(doc)[k + 1]):
        k += 2
    return k


def _is_year(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a year written in four digits ("2018")."""
    text = token_texts(doc)[i]
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100
