"""Date recognition: the ``newsfacts_dates`` component.

Rules are spaCy token patterns in ``patterns/dates.jsonl``. They read a token class that
this module puts on every token, ``Token._.nf_dk`` (a getter, so nothing is stored):

======== ==========================================================================
``MON``  a month name or abbreviation ("September", "Sept.", "Aug", "JUNE"); lowercase
         only for unambiguous full names ("september", not "march"/"may")
``MAY``  "May" / "MAY" (kept apart: "May God ...", "officials may meet")
``WD``   a weekday name ("Thursday", "THURSDAY")
``DAY``  1-31, plain or ordinal ("23", "5th", "01")
``YEAR`` a four-digit year 1900-2100
``YY``   two digits ("26" in "2025/26", "58" in "1957-58")
``NUMDATE`` one-token numeric date ("28.02.2023")
``DASH`` a hyphen or dash; ``SLASH`` "/"
======== ==========================================================================

Every match is trimmed of leading prepositions ("on", "in", "from" ...), checked by a few
guards (a year inside a phone number, "Resolution 2231", "6005 delegates", the article's own
leading ``date YYYY-MM-DD`` line), normalised (:mod:`newsfacts.normalisation.dates`) with a
tense read from the sentence, and only spans that normalise compete for the longest
non-overlapping set.

Speed (the same matches and facts, about 4x cheaper than running the rules as written):

- :class:`AnchoredMatcher` does not run the rules over the whole text (the Matcher costs
  about rules x tokens). Every rule gets an *anchor*, a required pattern element that only
  rare tokens satisfy (a month, a weekday, a year ...; for rules without a token class, a
  head word such as "ago", "tomorrow", "year"); the anchor tokens are found once per doc
  (one look-up per distinct word, cached by its ``ORTH`` id) and each rule group runs only
  on the tokens around its anchors. A match holds its anchor token and is no longer than
  its pattern, so the matches are exactly those over the whole doc.
- The token-class tests run as lexeme flags
  (``Vocab.add_flag``, :func:`flag_pattern`): the class depends on the word alone, so it is
  stored once per word and the Matcher checks it in C instead of calling the getter.
  The patterns in ``patterns/dates.jsonl`` stay as written; ``Token._.nf_dk`` stays.
- Candidates are checked and normalised lazily, in ``filter_spans`` order (longest first),
  so a span that a longer date already covers is never normalised.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, FrozenSet, List, Optional, Sequence, Tuple

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from .. import settings
from ..normalisation.dates import MONTHS, WEEKDAYS, normalise
from .base import RuleComponent
from .lexicon import lower_words

PATTERN_FILES = ("dates.jsonl",)

_DASHES = {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "--"}
_AMBIGUOUS_LOWER_MONTHS = {"march", "may", "mar", "jan", "sat", "sun", "dec", "aug", "jun", "jul", "apr", "oct", "nov", "sep", "feb", "sept"}


@lru_cache(maxsize=20000)
def date_token_class(text: str) -> Optional[str]:
    """The class of one token's text for the date patterns (see the module docstring)."""
    if not text:
        return None
    if text in _DASHES:
        return "DASH"
    if text == "/":
        return "SLASH"
    if text.isdecimal() and text.isascii():  # "²" is a digit but no number
        n = int(text)
        if len(text) == 4:
            return "YEAR" if 1900 <= n <= 2100 else None
        if len(text) == 2 and 32 <= n <= 99:
            return "YY"
        if len(text) <= 2 and 1 <= n <= 31:
            return "DAY"
        if len(text) == 2 and text == "00":
            return "YY"
        return None
    if re.fullmatch(r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)", text.lower()):
        return "DAY"
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}\.\d{1,2}\.\d{1,2}", text):
        return "NUMDATE"
    word = text.rstrip(".")
    low = word.lower()
    if low in MONTHS:
        if low == "may":
            return "MAY" if word[0].isupper() else None
        if word[0].isupper():
            return "MON"
        return "MON" if low not in _AMBIGUOUS_LOWER_MONTHS and len(low) > 3 else None
    if low in WEEKDAYS and (len(low) > 3 or word[0].isupper()) and low not in ("sun", "sat", "wed", "mon"):
        return "WD"
    return None


def _token_class(token: Token) -> str:
    return date_token_class(token.text) or "O"  # the Matcher needs a string for every token


if not Token.has_extension("nf_dk"):
    Token.set_extension("nf_dk", getter=_token_class)

#: Words in front of a date that are not part of it (trimmed from the front of a match).
LEADING = {"on", "in", "from", "during", "since", "until", "till", "by", "at", "between",
           "through", "throughout", "of", "to", "before", "after", "and", "or", "for", "as"}

#: Lexical cues in the sentence that make a bare weekday or yearless date future.
FUTURE_CUES = {"will", "shall", "'ll", "would", "upcoming", "scheduled", "slated", "next",
               "tomorrow", "forthcoming",
               # the present of a schedule: "the session closes on Friday"
               "closes", "opens", "begins", "starts", "ends", "resumes", "continues"}
#: A plan to hold a meeting looks ahead: "agreed to convene a conference ... in September",
#: "a decision to hold the talks in March" (the plan is past, the meeting is not). Other
#: infinitives keep the plan's tense: "BP agreed to sell its stake in October".
PLAN_BEFORE_INFINITIVE = {"agreed", "agree", "agrees", "decided", "decide", "decides", "decision",
                          "plan", "plans", "planned", "planning", "intends", "intend", "intention",
                          "aims", "aim", "resolved", "pledged", "promised", "vowed"}
MEETING_VERBS = {"hold", "convene", "reconvene", "host", "meet", "visit", "organise", "organize",
                 "stage", "attend", "resume", "sign", "conduct"}
#: Reporting verbs of wire news: "said on Tuesday" dates the saying, not what was said.
REPORTING_PAST = {"said", "says", "told", "announced", "stated", "added", "noted", "reported",
                  "confirmed", "disclosed", "revealed", "explained", "stressed"}

#: A year right after these words is a number, not a date ("Resolution 2231", "No. 2005").
YEAR_BLOCKERS = {"no", "no.", "nos", "resolution", "article", "articles", "section", "rule",
                 "rules", "chapter", "clause", "paragraph", "para", "room", "flight", "route",
                 "page", "pages", "part", "decree", "regulation", "order", "bill", "code", "number",
                 "#", "$", "rm", "us$", "s$", "€", "£", "¥", "rs", "usd", "eur", "unit", "block",
                 "level", "lot", "km", "model", "version", "v", "iso", "en", "gb", "law", "item",
                 "annex", "appendix", "table", "figure", "fig", "fig.", "box", "p", "p.", "pp", "pp."}
#: ... and before these ("2000 delegates", "1900 GMT").
YEAR_COUNTED = {"people", "delegates", "participants", "units", "cases", "students", "workers",
                "members", "hours", "hrs", "hr", "gmt", "utc", "km", "metres", "meters", "tonnes",
                "tons", "votes", "times", "jobs", "homes", "houses", "vehicles", "cars", "troops",
                "soldiers", "visitors", "officers", "staff", "employees", "companies", "firms",
                "persons", "individuals", "families", "patients", "deaths", "children", "men",
                "women", "years", "days", "pieces", "copies", "mw", "kw", "gw", "%", "percent",
                "per", "million", "billion", "tourists", "pilgrims", "hectares", "acres", "sq",
                "square", "feet", "ft", "local", "hrs.", "points", "words", "pages"}


#: Lexical cues of a past-tense sentence (besides verbs in -ed): then a yearless date looks back.
PAST_CUES = {"was", "were", "had", "did", "ago", "last", "earlier", "previously", "told", "met",
             "held", "took", "gave", "made", "went", "came", "began", "saw", "won", "lost", "left",
             "spoke", "wrote", "sold", "bought", "brought", "thought", "found", "kept", "led", "paid",
             "sent", "ran", "rose", "fell", "grew", "became", "chose", "drew", "flew", "hit", "cut",
             "broke", "got", "knew", "meant", "shut", "stood", "struck", "taught", "threw", "understood"}
#: Words in -ed that do not make a sentence past ("scheduled" is a future cue anyway).
NOT_PAST_ED = {"need", "indeed", "proceed", "exceed", "succeed", "speed", "feed", "seed", "bed", "red",
               "shed", "led", "fed", "wed", "united", "limited", "proposed", "expected", "planned",
               "scheduled", "related", "based", "dedicated", "concerned", "interested", "advanced",
               "detailed", "enhanced", "increased", "renewed", "sustained", "integrated", "designed"}


def _cue(words: List[str], i: int, before_date: bool = False) -> Optional[str]:
    """The tense a word of a sentence points to, if any (``before_date``: the word comes
    before the date, so a plan it opens may be what the date belongs to)."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    prev = words[i - 1] if i > 0 else ""
    if w in FUTURE_CUES:
        return "future"
    if (w, nxt) in {("set", "to"), ("going", "to"), ("due", "to")}:
        return "future"
    if before_date and w in PLAN_BEFORE_INFINITIVE and nxt == "to" and i + 2 < len(words) \
            and words[i + 2] in MEETING_VERBS:
        return "future"
    if w == "be" and prev == "to" and (nxt in PAST_CUES or nxt.endswith("ed")):
        return "future"  # "to be held", "to be signed"
    if prev in ("be", "being", "been"):
        return None  # a passive participle says nothing about tense ("will be held")
    if w in PAST_CUES or w in REPORTING_PAST:
        return "past"
    if w.endswith("ed") and len(w) > 4 and w.isalpha() and w not in NOT_PAST_ED:
        return "past"
    return None


def sentence_tense(span: Span) -> Optional[str]:
    """The tense of the nearest cue word before the span in its sentence (else after it):
    "future" for will, shall, next, upcoming, scheduled, "set to", "to be held" ...; "past"
    for said, was, told, a verb in -ed ...; None when the sentence has neither (a bare
    weekday then counts as past; a yearless date takes the normaliser's neutral window)."""
    try:
        sent = span.sent
    except ValueError:  # no sentence boundaries
        sent = span.doc[max(0, span.start - 25): min(len(span.doc), span.end + 25)]
    words = [t.lower_ for t in sent]
    return _tense_of(words, span.start - sent.start, span.end - sent.start)


def _sentence_tense(span: Span, sentences: Dict[Any, List[str]]) -> Optional[str]:
    """:func:`sentence_tense`, with the lowercased words of each sentence kept in
    ``sentences`` (one dict per doc, which also keeps the doc's words under "doc") for the
    next date of the same sentence."""
    try:
        sent = span.sent
    except ValueError:
        return sentence_tense(span)
    words = sentences.get((sent.start, sent.end))
    if words is None:
        lowers = sentences.get("doc")
        if lowers is None:
            lowers = sentences["doc"] = lower_words(span.doc)
        words = sentences[(sent.start, sent.end)] = lowers[sent.start:sent.end]
    return _tense_of(words, span.start - sent.start, span.end - sent.start)


def _tense_of(words: List[str], first: int, last: int) -> Optional[str]:
    """The tense of the nearest cue before word ``first`` of a sentence, else at or after
    word ``last`` (see :func:`sentence_tense`)."""
    for i in range(first - 1, -1, -1):
        cue = _cue(words, i, before_date=True)
        if cue:
            return cue
    for i in range(last, len(words)):
        cue = _cue(words, i)
        if cue:
            return cue
    return None


def _is_num(token: Token) -> bool:
    return any(c.isdigit() for c in token.text)


# -- anchored matching ---------------------------------------------------------------------
#: Token classes that can anchor a rule, rarest first (a rule is anchored on its rarest
#: required element). DASH and SLASH are too common to be worth it.
ANCHOR_CLASSES = ("NUMDATE", "WD", "MON", "MAY", "YEAR", "YY", "DAY")
#: Pattern operators under which an element takes at most one token.
_ONE_TOKEN_OPS = (None, "1", "?", "!")


def _value_set(value: Any) -> Optional[FrozenSet[str]]:
    """The strings an attribute spec accepts: ``"x"`` or ``{"IN": [...]}``; else None."""
    if isinstance(value, str):
        return frozenset([value])
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        return frozenset(value["IN"])
    return None


def pattern_anchor(pattern: Sequence[Dict[str, Any]]) -> Optional[Tuple[int, str, FrozenSet[str]]]:
    """(element index, "class" or "word", accepted values) of the element a token pattern is
    anchored on, or None when it has none (then it runs over the whole doc). The anchor is a
    required element whose ``_.nf_dk`` accepts only anchor classes (the rarest such), else
    the last required element with a ``LOWER`` word list ("ago", "tomorrow", "year")."""
    if any(el.get("OP") not in _ONE_TOKEN_OPS for el in pattern):
        return None  # an element may take several tokens: no bound on the match length
    best = None
    word = None
    for i, el in enumerate(pattern):
        if el.get("OP") not in (None, "1"):
            continue
        ext = el.get("_")
        classes = _value_set(ext.get("nf_dk")) if isinstance(ext, dict) else None
        if classes and classes <= set(ANCHOR_CLASSES):
            rank = max(ANCHOR_CLASSES.index(c) for c in classes)
            if best is None or rank < best[0]:
                best = (rank, i, classes)
        words = _value_set(el.get("LOWER"))
        if words:
            word = (i, words)
    if best is not None:
        return best[1], "class", best[2]
    if word is not None:
        return word[0], "word", word[1]
    return None


class ClassFlag(dict):
    """A lexeme flag: the word's token class (``Token._.nf_dk``) is one of ``classes``.

    The class depends on the text alone, so the flag stored on the word's lexeme is the same
    test as the getter, and the Matcher checks it in C. spaCy calls the getter of every flag
    for every new word it meets; this one is registered as ``flag.get`` of an empty dict (a
    C call that sets nothing), and :class:`AnchoredMatcher` sets the flag on the lexemes of
    the words of a doc before it matches: fresh text pays only for its date-like words."""

    def __init__(self, classes: FrozenSet[str]):
        super().__init__()
        self.classes = frozenset(classes)

    def value(self, text: str) -> bool:
        """The flag's value for a word."""
        try:
            return (date_token_class(text) or "O") in self.classes
        except ValueError:  # e.g. "\u00b2" (isdigit, not int)
            return False

    def __setitem__(self, key, value):  # stays empty: the getter must always answer None
        raise TypeError("ClassFlag holds no words")

    def __eq__(self, other: object) -> bool:
        return type(other) is ClassFlag and other.classes == self.classes

    def __hash__(self) -> int:
        return hash(self.classes)


def class_flags(vocab) -> Dict[int, ClassFlag]:
    """The :class:`ClassFlag` lexeme flags of a vocab, by flag id."""
    return {flag_id: getter.__self__ for flag_id, getter in vocab.lex_attr_getters.items()
            if isinstance(flag_id, int) and isinstance(getattr(getter, "__self__", None), ClassFlag)}


#: Flag bits that spaCy leaves to users (FLAG19 ... FLAG63).
_FREE_FLAGS = range(19, 64)


def lexeme_flag(vocab, flag) -> Optional[int]:
    """The id of the vocab's lexeme flag ``flag`` (added on first use), or None when all
    user flag bits are taken (the caller then keeps the slower test)."""
    for flag_id, known in class_flags(vocab).items():
        if flag == known:
            return flag_id
    for flag_id in _FREE_FLAGS:
        if flag_id not in vocab.lex_attr_getters:
            return vocab.add_flag(flag.get, flag_id=flag_id)
    return None


def flag_pattern(vocab, pattern: Sequence[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The pattern with its token-class tests (``{"_": {"nf_dk": "X"}}`` or ``{"IN": [...]}``)
    replaced by equivalent lexeme flags. Word lists (``{"LOWER": {"IN": [...]}}``) stay: the
    Matcher only runs in the windows around anchors, and every flag is one more function
    call for each new word the tokenizer meets (measured: dearer on fresh press text)."""
    out = []
    for i, el in enumerate(pattern):
        el = dict(el)
        ext = el.get("_")
        classes = _value_set(ext.get("nf_dk")) if isinstance(ext, dict) else None
        if classes is not None:
            flag_id = lexeme_flag(vocab, ClassFlag(classes))
            if flag_id is not None:
                rest = {k: v for k, v in ext.items() if k != "nf_dk"}
                if rest:
                    el["_"] = rest
                else:
                    del el["_"]
                el[flag_id] = True
        out.append(el)
    return out


class _Group:
    """Rules sharing one anchor test, with how far their matches reach around the anchor."""

    def __init__(self, vocab, classes: FrozenSet[str], words: FrozenSet[str]):
        self.classes = set(classes)
        self.words = set(words)
        self.before = 0
        self.after = 0
        self.matcher = Matcher(vocab, validate=False)
        self.bit = 0


class AnchoredMatcher:
    """The token patterns of a :class:`~newsfacts.recognition.lexicon.PatternSet`, matched
    only around anchor tokens (see the module docstring), with their token-class tests run
    as lexeme flags (:func:`flag_pattern`). Returns the ``(match_id, start, end)`` triples
    of ``Matcher`` over the whole doc, with the same keys, possibly in another order and
    with repeats. Rules without an anchor run over the whole doc."""

    #: Bound on the ORTH -> anchor-bits cache (it grows with the vocabulary).
    CACHE_SIZE = 100_000

    def __init__(self, vocab, patterns: Sequence[Tuple[str, List[Dict[str, Any]]]]):
        self.vocab = vocab
        self.whole = Matcher(vocab, validate=False)
        groups: Dict[Tuple[str, FrozenSet[str]], _Group] = {}
        self.words: Dict[str, int] = {}
        for key, pattern in patterns:
            anchor = pattern_anchor(pattern)
            if anchor is None:
                self.whole.add(key, [flag_pattern(vocab, pattern)])
                continue
            index, kind, values = anchor
            pattern = flag_pattern(vocab, pattern)
            group = groups.get((kind, values))
            if group is None:
                group = groups[(kind, values)] = _Group(
                    vocab, values if kind == "class" else frozenset(), values if kind == "word" else frozenset())
            group.before = max(group.before, index)
            group.after = max(group.after, len(pattern) - index - 1)
            group.matcher.add(key, [pattern])
        self.groups: List[_Group] = list(groups.values())
        self._class_bits: Dict[Optional[str], int] = {}
        self._word_bits: Dict[str, int] = {}
        for n, group in enumerate(self.groups):
            group.bit = 1 << n
            for cls in group.classes:
                self._class_bits[cls] = self._class_bits.get(cls, 0) | group.bit
            for word in group.words:
                self._word_bits[word] = self._word_bits.get(word, 0) | group.bit
        # the lexeme flags of each token class ("O" for words of no class)
        self._flags_of_class: Dict[str, Tuple[int, ...]] = {}
        flags = class_flags(vocab)
        for cls in {c for flag in flags.values() for c in flag.classes}:
            self._flags_of_class[cls] = tuple(fid for fid, flag in flags.items() if cls in flag.classes)
        self._bits: Dict[int, Tuple[int, Tuple[int, ...]]] = {}
        #: the only alphabetic words with a class or an anchor role (date_token_class)
        self._alpha_words = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(self._word_bits)

    def _token_bits(self, orth: int) -> Tuple[int, Tuple[int, ...]]:
        """Which groups a word anchors, as bits, and which lexeme flags it has (computed once
        per distinct word)."""
        text = self.vocab.strings[orth]
        # the vocab's LOWER of an English word is ``str.lower`` (spacy.lang.lex_attrs.lower)
        low = text.lower()
        if len(self._bits) >= self.CACHE_SIZE:
            self._bits.clear()
        if text.isalpha() and low not in self._alpha_words:
            found = self._bits[orth] = (0, ())  # most words: no month, weekday or anchor word
            return found
        cls = date_token_class(text)
        bits = self._class_bits.get(cls, 0) | self._word_bits.get(low, 0)
        found = self._bits[orth] = (bits, self._flags_of_class.get(cls or "O", ()))
        return found

    def __call__(self, doc: Doc) -> List[Tuple[int, int, int]]:
        n = len(doc)
        if not n:
            return []
        # every word's class, once per distinct word (this is also where a word the class
        # function fails on raises, as the Token._.nf_dk getter did inside the Matcher)
        unique, inverse = numpy.unique(doc.to_array(ORTH), return_inverse=True)
        known = self._bits
        rows = [known[o] if o in known else self._token_bits(o) for o in unique.tolist()]
        vocab = self.vocab
        for orth, (_, flag_ids) in zip(unique.tolist(), rows):
            if flag_ids:  # a date-like word: its lexeme (perhaps new) gets its class flags
                lexeme = vocab[orth]
                if not lexeme.check_flag(flag_ids[0]):
                    for flag_id in flag_ids:
                        lexeme.set_flag(flag_id, True)
        table = numpy.array([row[0] for row in rows], dtype=numpy.int64)
        bits = table[inverse.reshape(-1)]
        matches: List[Tuple[int, int, int]] = []
        if len(self.whole):
            matches.extend(self.whole(doc))
        for group in self.groups:
            anchors = numpy.flatnonzero(bits & group.bit)
            if not len(anchors):
                continue
            windows: List[List[int]] = []
            for a in anchors.tolist():
                start, end = max(0, a - group.before), min(n, a + group.after + 1)
                if windows and start <= windows[-1][1]:
                    windows[-1][1] = end
                else:
                    windows.append([start, end])
            matcher = group.matcher
            for start, end in windows:
                if start == 0 and end == n:
                    matches.extend(matcher(doc))
                    continue
                for match_id, s, e in matcher(doc[start:end]):
                    matches.append((match_id, s + start, e + start))
        return matches


class DateRecognizer(RuleComponent):
    """Finds date expressions and puts them, normalised, on ``doc.spans[SPANS_DATES]``."""

    pattern_files = PATTERN_FILES

    def compile(self) -> None:
        super().compile()
        self._anchored: Optional[AnchoredMatcher] = None
        self._anchored_for: Optional[Tuple[int, int]] = None
        self._keys: Dict[int, Tuple[int, int, str, str]] = {}  # match_id -> label, rule id
        self._matcher()  # built now (it adds the lexeme flags), not in the first article

    def _matcher(self) -> AnchoredMatcher:
        """The anchored matcher of the current rules (rebuilt when the rule set changes)."""
        token = (id(self.patterns.matcher), len(self.patterns.entries))
        if self._anchored is None or self._anchored_for != token:
            patterns = [(f"{e.label}\u241f{e.id}", e.pattern) for e in self.patterns.entries
                        if not isinstance(e.pattern, str)]
            self._anchored = AnchoredMatcher(self.nlp.vocab, patterns)
            self._anchored_for = token
        return self._anchored

    def match(self, doc: Doc) -> List[Span]:
        """All rule matches as labelled spans, sorted, without repeats: the same list as
        ``self.patterns.match(doc)``, found by :class:`AnchoredMatcher`."""
        return [Span(doc, start, end, label=label, span_id=rule_id)
                for start, end, _, _, label, rule_id in self._rows(doc)]

    def _rows(self, doc: Doc) -> List[Tuple[int, int, int, int, str, str]]:
        """:meth:`match` as (start, end, label hash, id hash, label, rule id) rows."""
        found = set(self._matcher()(doc))
        if len(self.patterns.phrase_matcher):
            found.update(self.patterns.phrase_matcher(doc))
        keys = self._keys
        strings = doc.vocab.strings
        rows = []
        for match_id, start, end in found:
            if start == end:
                continue
            key = keys.get(match_id)
            if key is None:
                label, _, rule_id = strings[match_id].partition("\u241f")
                key = keys[match_id] = (strings.add(label), strings.add(rule_id), label, rule_id)
            rows.append((start, end, key[0], key[1], key[2], key[3]))
        # Span order is (start_char, end_char, label hash, kb_id, id hash): the same order here
        rows.sort()
        return rows

    # -- guards --------------------------------------------------------------------------
    def _trim(self, span: Span) -> Span:
        """The span without leading prepositions and trailing punctuation."""
        start, end = span.start, span.end
        while start < end - 1 and span.doc[start].lower_ in LEADING:
            start += 1
        while end > start + 1 and span.doc[end - 1].is_punct:
            end -= 1
        if (start, end) == (span.start, span.end):
            return span
        return Span(span.doc, start, end, label=span.label_, span_id=span.id_)

    def _allowed(self, span: Span) -> bool:
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        before2 = doc[span.start - 2] if span.start > 1 else None
        after = doc[span.end] if span.end < len(doc) else None
        after2 = doc[span.end + 1] if span.end + 1 < len(doc) else None
        meta = self.patterns.meta(span.id_)
        # glued into a longer number: phone numbers, codes ("03-2020-1234", "2020/123")
        if before is not None and before.text in _DASHES | {"/", ".", ":"} and not before.whitespace_ \
                and before2 is not None and _is_num(before2) and not before2.whitespace_:
            return False
        if after is not None and after.text in _DASHES | {"/", ".", ":"} and not span[-1].whitespace_ \
                and not after.whitespace_ and after2 is not None and _is_num(after2):
            return False
        if after is not None and after.text in {"%", "°"}:
            return False
        if meta.get("guard") == "year":
            if before is not None and (before.lower_ in YEAR_BLOCKERS or _is_num(before)
                                       or before.text.endswith("$")):
                return False
            if after is not None and (after.lower_ in YEAR_COUNTED or _is_num(after)):
                return False
        if meta.get("guard") == "iso":
            # the article's own "date 2025-05-30" line is metadata, not a date of the story
            if before is not None and before.lower_ == "date" and before.i == 0:
                return False
        return True

    # -- main ----------------------------------------------------------------------------
    def annotate(self, doc: Doc) -> Doc:
        """Matches -> trimmed candidates -> the longest non-overlapping ones that pass the
        guards and normalise. Equivalent to normalising every candidate and then
        ``spacy.util.filter_spans``, but a candidate is only checked when that greedy pass
        reaches it and it does not collide with a span already kept."""
        published = doc._.published
        # (match start, start, end, label, rule id) of every match, trimmed as by _trim
        cands = []
        for mstart, end, _, _, label, rule_id in self._rows(doc):
            start = mstart
            while start < end - 1 and doc[start].lower_ in LEADING:
                start += 1
            while end > start + 1 and doc[end - 1].is_punct:
                end -= 1
            cands.append((mstart, start, end, label, rule_id))
        # filter_spans' order: longest first, then leftmost; stable (sorted's reverse is stable)
        order = sorted(range(len(cands)), key=lambda i: (cands[i][2] - cands[i][1], -cands[i][1]),
                       reverse=True)
        # candidates on the same tokens share the stored ``span._.nf_date`` (keyed by offsets):
        # the value is the one the last of them in match order would have set
        same: Dict[Tuple[int, int], List[int]] = {}
        for i, cand in enumerate(cands):
            same.setdefault((cand[1], cand[2]), []).append(i)
        spans: Dict[int, Span] = {}
        values: Dict[int, Any] = {}
        sentences: Dict[Any, List[str]] = {}

        def value(i: int):
            if i not in values:
                mstart, start, end, label, rule_id = cands[i]
                span = spans[i] = Span(doc, start, end, label=label, span_id=rule_id)
                result = None
                if self._allowed(span):
                    tense = _sentence_tense(span, sentences)
                    # the words trimmed off the front still tell the normaliser something ("between")
                    result = normalise(doc[mstart:end].text, published, tense=tense)
                values[i] = result
            return values[i]

        kept: List[Span] = []
        seen = set()
        for i in order:
            _, start, end, _, _ = cands[i]
            if start in seen or end - 1 in seen:  # as filter_spans checks
                continue
            if value(i) is None:
                continue
            stored = next(v for v in (value(j) for j in reversed(same[(start, end)])) if v is not None)
            span = spans[i]
            span._.nf_date = stored.as_dict()
            kept.append(span)
            seen.update(range(start, end))
        doc.spans[settings.SPANS_DATES] = sorted(kept, key=lambda s: (s.start, s.end))
        return doc


@Language.factory(
    "newsfacts_dates", default_config={"patterns_dir": None},
    requires=["token.is_sent_start", "doc._.published"], assigns=["span._.nf_date"],
)
def make_date_recognizer(nlp: Language, name: str, patterns_dir):
    return DateRecognizer(nlp, name, patterns_dir=patterns_dir)
