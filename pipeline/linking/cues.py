"""Token-level cues linking reads around an event's date: whose time a date tells (a report,
a departure, a reference point after "since"), whether the event opens or closes on it, how
many days it runs ("a two-day visit"), and whether two periods can be one occasion.

Pure functions of the doc's tokens and the linking word classes (``patterns/linking_words.jsonl``,
read by :func:`.words.link_words`); no parser is needed: a clause is cut at punctuation and at
any event mention.
"""
from __future__ import annotations

import bisect
import re
from datetime import date as _date, timedelta
from typing import Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

from spacy.tokens import Doc, Span

from ..recognition.lengths import length_at
from ..recognition.lexicon import lower_words, token_indices, token_texts
from ..recognition.phrases import sent_of

#: Punctuation that ends the clause a cue word must share with its date.
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "\u2014", "--"})
#: How far (tokens) before a date a cue word may stand in its clause; how far after it.
CUE_BEFORE = 10
CUE_AFTER = 2


def clause_cue(date: Span, words: FrozenSet[str], event_tokens: Set[int], after: int = 0,
               through: Set[int] = frozenset()) -> bool:
    """Whether a word of ``words`` stands in the date's clause before it ("the ministry said on
    Friday", "According to the ministry on Thursday,", "left Apia on Monday"), with no event
    mention between them, or at most ``after`` tokens after it ("on Friday said"); the commas
    at ``through`` (those of a place, "left for Perth, Australia, on Monday") end no clause."""
    doc, sent = date.doc, sent_of(date)
    texts, lowers = token_texts(doc), lower_words(doc)  # no Token made per word looked at
    if words.isdisjoint(lowers[max(sent.start, date.start - CUE_BEFORE):date.start]) \
            and words.isdisjoint(lowers[date.end:min(sent.end, date.end + after)]):
        return False  # (no word of the class in reach: most dates; found in two set tests)
    for i in range(date.start - 1, max(sent.start, date.start - CUE_BEFORE) - 1, -1):
        if texts[i] in CLAUSE_BREAKS and i not in through or i in event_tokens:
            break
        if lowers[i] in words:
            return True
    for i in range(date.end, min(sent.end, date.end + after)):
        if texts[i] in CLAUSE_BREAKS or i in event_tokens:
            break
        if lowers[i] in words:
            return True
    return False


#: Words before "close", "end", "open" that make them nouns, not the verb of an event's phase.
NOUN_DETERMINERS = frozenset({"the", "its", "their", "a", "an"})
#: How many tokens before the first of (mention, date) an opening or closing verb may stand
#: ("opened its 83rd Session on the 17th"), and how far apart mention and date may be.
PHASE_BEFORE = 3
PHASE_GAP = 12
#: How many tokens after the mention its verb may stand when the date leads the sentence ("On
#: Monday, the X opened in Suva", "Today the X got underway", "On 3 May the X was formally opened").
PHASE_AFTER = 4


def phase(mention: Span, date: Span, rivals: List[Span], words: Dict[str, FrozenSet[str]]) -> Optional[str]:
    """ "open" when the text says the event opens or begins on the date ("which began
    yesterday", "kicked off today", "will commence on 7 February"), "close" when it ends then
    ("which concluded yesterday", "will end on 6 June"), else None. A noun ("at the close of X
    on Tuesday"), a word that qualifies the name ("closed-door
    meeting", "open session"), one that follows another event of the sentence ("a visit, which
    began on Tuesday with talks") and a date with its hour ("opens at 10:30 on 5 March", "this
    morning": an occasion of that day) say nothing."""
    doc, sent = mention.doc, sent_of(mention)
    first, last = (mention, date) if mention.start <= date.start else (date, mention)
    if last.start - first.end > PHASE_GAP or _hour_of(date, words["TIME_OF_DAY"]):
        return None
    found = None
    ends = [e.end for e in rivals]
    lowers, texts = lower_words(doc), token_texts(doc)  # no Token made per word
    for i in list(range(max(sent.start, first.start - PHASE_BEFORE), last.start)) + _verb_after(mention, date):
        if mention.start <= i < mention.end or date.start <= i < date.end:
            continue
        if i + 1 < len(doc) and (texts[i + 1] in ("-", "\u2011") or mention.start == i + 1):
            continue
        if _told_of_another(i, mention, rivals, ends):
            continue
        if i > 0 and lowers[i - 1] in NOUN_DETERMINERS:
            continue  # a noun: "at the close of the session on Tuesday" dates the session
        if lowers[i] in words["OPENED"]:
            found = "open"
        elif lowers[i] in words["CLOSED"]:
            found = found or "close"
    return found


def _verb_after(mention: Span, date: Span) -> List[int]:
    """The tokens right after a mention that the date leads ("On Monday, the X opened"), up to
    the end of its clause: where the verb of its phase then stands."""
    if date.end > mention.start:
        return []
    texts = token_texts(mention.doc)
    out = []
    for i in range(mention.end, min(sent_of(mention).end, mention.end + PHASE_AFTER)):
        if texts[i] in CLAUSE_BREAKS or texts[i] in (".", "and"):
            break
        out.append(i)
    return out


def _told_of_another(i: int, mention: Span, rivals: List[Span], ends: List[int]) -> bool:
    """Whether the event named last before token ``i`` is another one than the mention's
    (``rivals``: the sentence's events in text order, ``ends`` where each ends)."""
    at = bisect.bisect_right(ends, i) - 1
    return at >= 0 and rivals[at].start != mention.start


def _hour_of(date: Span, hours: FrozenSet[str]) -> bool:
    """Whether the date comes with a time of day ("at 10:30 GMT on 5 March", "this morning")."""
    doc, sent = date.doc, sent_of(date)
    lowers, texts = lower_words(doc), token_texts(doc)  # no Token made per word
    near = range(max(sent.start, date.start - 3), min(sent.end, date.end + 3))
    return any(lowers[i] in hours or CLOCK_TIME.fullmatch(texts[i]) for i in near)


CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")


def duration_days(mention: Span, units: FrozenSet[str]) -> Optional[int]:
    """The length an event is given in days ("a two-day official visit", "the 3-day forum"), in
    its mention or the few words before it (``units``: the words of a length's unit)."""
    for i in range(max(sent_of(mention).start, mention.start - 4), mention.end):
        length = length_at(mention.doc, i, units)
        if length is not None and length.days is not None:
            return length.days if 1 < length.days <= 31 else None
    return None


def add_days(day: str, days: int) -> Optional[str]:
    try:
        return (_date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except ValueError:
        return None


def _bounds(start: Optional[str], end: Optional[str]) -> Tuple[str, str]:
    """A period as comparable ISO bounds at day precision; an open side is unbounded."""
    low = start + "-00-00"[len(start) - 4:] if start else "0000-00-00"
    high = end + "-99-99"[len(end) - 4:] if end else "9999-99-99"
    return low, high


def periods_meet(a: Tuple[Optional[str], Optional[str]], b: Tuple[Optional[str], Optional[str]]) -> bool:
    """Whether two events' periods can be one occasion: they overlap, or one is unknown."""
    if not (a[0] or a[1]) or not (b[0] or b[1]):
        return True
    a_low, a_high = _bounds(*a)
    b_low, b_high = _bounds(*b)
    return a_low <= b_high and b_low <= a_high


#: ``Doc.user_data`` key of the positions :func:`after_occasion` finds, by word classes.
_AFTER_OCCASIONS_KEY = "nf_after_occasions"


def after_occasion(doc: Doc, sent: Span, words: Dict[str, FrozenSet[str]]) -> Optional[int]:
    """ "The two leaders then held talks after the ceremony", "Following the talks, they attended
    ...": where the head noun of an occasion told before stands (AFTER_HEAD after "the" and an
    AFTER_WORD) in ``sent``, else None: what the sentence tells took place right after it."""
    # (the doc's heads after "the" and an AFTER_WORD found once per doc, kept in ``doc.user_data``,
    # then the first of the sentence: no walk over its heads per event)
    key = (words["AFTER_HEAD"], words["AFTER_WORD"])
    found = doc.user_data.setdefault(_AFTER_OCCASIONS_KEY, {})
    if key not in found:
        lowers = lower_words(doc)
        found[key] = [i for i in token_indices(doc, "LOWER", words["AFTER_HEAD"])
                      if i >= 2 and lowers[i - 1] == "the" and lowers[i - 2] in words["AFTER_WORD"]]
    heads = found[key]
    first = bisect.bisect_left(heads, sent.start + 2)
    return heads[first] if first < len(heads) and heads[first] < sent.end else None


def same_day_shift(doc: Doc, days: Sequence[int], words: Dict[str, FrozenSet[str]]) -> Optional[int]:
    """How many days after the day told before it the phrase around one of the words "day" at
    ``days`` sets what its sentence tells: 0 for "on the same day", "that day", "later in the
    day", "earlier during the day"; 1 for "the following day", "the next day"; None when none
    says either."""
    lowers = lower_words(doc)
    for i in days:
        before = lowers[i - 1] if i >= 1 else ""
        if before in words["SAME_DAY_MARK"]:
            return 0
        if before in words["NEXT_DAY_MARK"] and i >= 2 and lowers[i - 2] == "the":
            return 1
        if before == "the" and i >= 3 and lowers[i - 2] in ("in", "during") and lowers[i - 3] in words["DAY_OPENER"]:
            return 0
    return None
