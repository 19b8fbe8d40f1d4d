"""Instruments: named plans, programmes, agreements, treaties, MoUs, declarations, laws.

Head words and their kinds are data (``patterns/instruments.jsonl``). A name is the
capitalised run around a head (see :mod:`.phrases`); its period comes from a year range
right after it: "(2026–2035)", "for 2023-2025", "2021- 2027", "for the 2025/26-2029/30 period".
"""
from __future__ import annotations

from typing import Dict, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import settings
from ..normalisation.instruments import clean_instrument_name, is_generic_name
from .base import RuleComponent
from .lexicon import longest_spans
from .wordclasses import WordClasses
from .names import NAMES_FILE, NameWords
from .phrases import (MAX_NAME_TOKENS, PHRASE_WORDS_FILE, YEAR, PhraseWords,
                      is_acronym_paren, is_capitalised, sent_of, split_coordination)

PATTERN_FILES = ("instruments.jsonl",)
#: The word classes the rules below consult (``patterns/instrument_words.jsonl``).
INSTRUMENT_WORDS_FILE = "instrument_words.jsonl"


class InstrumentRecognizer(RuleComponent):
    pattern_files = PATTERN_FILES
    data_files = (INSTRUMENT_WORDS_FILE, NAMES_FILE, PHRASE_WORDS_FILE)

    def compile(self) -> None:
        super().compile()
        words = WordClasses(self.rules[INSTRUMENT_WORDS_FILE], INSTRUMENT_WORDS_FILE)
        #: words between an instrument's name and the year range of its period
        self.period_lead_words = words["PERIOD_LEAD"]
        #: after the parties a name goes on with its subject, not with where it was signed
        self.parties_stop = words["PARTIES_STOP"]
        self.names = NameWords.of_rules(self.rules)
        self.phrases = PhraseWords.of_rules(self.rules, self.names)
        self.head_words = frozenset(
            e.pattern.split()[-1] for e in self.patterns.entries if isinstance(e.pattern, str)
        )

    @staticmethod
    def _titled_run(doc: Doc, k: int, limit: int) -> Optional[int]:
        """End of a capitalised run after the head that ends in a target year, which names
        the instrument: "National Development Strategy European Moldova 2030"."""
        j = k
        while j < limit and j - k < 5 and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j += 1
        if j > k and j < limit and YEAR.match(doc[j].text):
            return j + 1
        return None

    @staticmethod
    def _before_place(doc: Doc, head_end: int, end: int, place_ends: Dict[int, int]) -> int:
        """ "the Fisheries Strategy and Action Plan in Apia": a name ends before "in <place>" that
        ends it (where it was adopted); "Traffic in Cultural Property" goes on."""
        for k in range(head_end, end - 1):
            if doc[k].lower_ in ("in", "at") and place_ends.get(k + 1, -1) >= end:
                return k
        return end

    @staticmethod
    def _generic_named(doc: Doc, start: int, end: int, limit: int) -> bool:
        """ "the Memorandum of Understanding", "a Plan of Action": a capitalised generic name of
        two words or more, after an article and not opening the sentence."""
        return end - start >= 2 and start - 1 > limit and doc[start - 1].lower_ in ("the", "a", "an") \
            and all(t.text[:1].isupper() for t in doc[start:end] if t.is_alpha and not t.is_stop)

    def _parties(self, doc: Doc, end: int, limit: int) -> int:
        """A name that is its head alone names its parties: "the Agreement between the Government
        of X and the Government of Y on Visa Exemption" (not "the Kigali Accord between X and Y")."""
        if not (end + 1 < limit and doc[end].lower_ == "between"):
            return end
        k = end + 1
        limit = min(limit, end + MAX_NAME_TOKENS)
        for part in range(2):
            k += 1 if k < limit and doc[k].lower_ == "the" else 0
            first = k
            while k < limit:
                j = k
                while j < limit and j > first and doc[j].lower_ in ("of", "the"):
                    j += 1  # "Ministry of the Interior of the Republic of X"
                if not (j < limit and is_capitalised(doc[j])):
                    break
                k = j + 1
            if k == first:
                return end
            if part == 0:
                if not (k < limit and doc[k].lower_ == "and"):
                    return end
                k += 1
        return self.phrases.extend_right(doc, k, limit, stop=self.parties_stop, connectors=self.phrases.party_connectors)

    @staticmethod
    def _quoted_title(doc: Doc, end: int, limit: int) -> int:
        """A quoted title right after the name is part of it: Program "Moldova vremurilor bune"."""
        if end < limit and doc[end].text in ('"', "\u201c", "\u2018", "'"):
            for j in range(end + 1, min(limit, end + 10)):
                if doc[j].text in ('"', "\u201d", "\u2019", "'"):
                    return j + 1 if j > end + 1 else end
        return end

    def _period_after(self, doc: Doc, end: int, dates_by_start: Dict[int, Span]):
        """(start, end, last token) of a year period right after a name, or None."""
        k = end
        limit = min(len(doc), end + 5)
        # "(2026-2030)", "for the years 2027-2029", "covering the period 2025-2027", "over 2026-2035"
        while k < limit and doc[k].lower_ in self.period_lead_words:
            k += 1
        span = dates_by_start.get(k)
        if span is None or not span._.nf_date:
            return None
        value = span._.nf_date
        if len(value["start"]) != 4 or len(value["end"]) != 4 or value["start"] == value["end"]:
            return None  # a period is a span of years ("last year" is not one)
        last = span.end
        if last < len(doc) and doc[last].lower_ == "period":
            last += 1
        if last < len(doc) and doc[last].text == ")":
            last += 1
        return value["start"], value["end"], last

    def annotate(self, doc: Doc) -> Doc:
        dates = doc.spans[settings.SPANS_DATES] if settings.SPANS_DATES in doc.spans else []
        dates_by_start = {span.start: span for span in dates}
        matches = self.patterns.match(doc, labels=("INSTRUMENT_HEAD", "ORGANISATION"))
        # "World Food Programme", "UN Development Programme": agencies, not instruments
        in_organisation = {i for s in matches if s.label_ == "ORGANISATION" for i in range(s.start, s.end)}
        heads = longest_spans(s for s in matches if s.label_ == "INSTRUMENT_HEAD" and s.start not in in_organisation)
        places = doc.spans[settings.SPANS_PLACES] if settings.SPANS_PLACES in doc.spans else []
        place_ends = {p.start: p.end for p in places}
        candidates = []
        for head in heads:
            sent = sent_of(head)
            titled_end = self._titled_run(doc, head.end, sent.end)
            if head.end < sent.end and doc[head.end].text[:1].isupper() and not YEAR.match(doc[head.end].text) \
                    and titled_end is None and doc[head.end].text not in self.phrases.title_connectors:
                continue  # the head word modifies another noun: "Kuala Lumpur Convention Centre"
            if self.names.in_headline(sent):
                continue
            start = self.phrases.extend_left(doc, head.start, sent.start, heads=self.head_words)
            end = titled_end or self.phrases.extend_right(doc, head.end, sent.end)
            if start == head.start and not titled_end:
                end = self._parties(doc, end, sent.end)
            end = self._before_place(doc, head.end, end, place_ends)
            # "the Istanbul Declaration and D-8 Istanbul Plan of Action": two instruments
            start, end = split_coordination(doc, start, head.start, head.end, end, self.head_words,
                                            is_name=lambda text: not is_generic_name(clean_instrument_name(text)),
                                            same_head_splits=False)
            end = self._quoted_title(doc, end, sent.end)
            # a bracketed acronym right after the name belongs to it but not to its name
            after = is_acronym_paren(doc, end, sent.end)
            name_span = doc[start:end]
            name = clean_instrument_name(name_span.text)
            kind = self.patterns.meta(head.id_).get("kind", "other")
            if len(name_span) < 2 or is_generic_name(name) and not self._generic_named(doc, start, end, sent.start):
                continue
            period = self._period_after(doc, after, dates_by_start)
            # a year inside the name ("Vision 2045", "Climate Change Act 2008") is no period (FACTS.md)
            period_start, period_end = period[:2] if period else (None, None)
            candidates.append((start, end, head.id_, {
                "name": name, "kind": kind, "start": period_start, "end": period_end,
            }))
        # "signed the Memorandum of Understanding": a generic name is the document's own only when
        # no instrument of its kind has a name of its own in the text (else it refers back)
        named_kinds = {v["kind"] for _, _, _, v in candidates if not is_generic_name(v["name"])}
        named_generic = set()
        spans = []
        seen = set()
        for start, end, rule, value in candidates:
            if is_generic_name(value["name"]):
                if value["kind"] in named_kinds or value["name"].casefold() in named_generic:
                    continue
                named_generic.add(value["name"].casefold())
            if (start, end) in seen:
                continue
            seen.add((start, end))
            span = Span(doc, start, end, label="INSTRUMENT", span_id=rule)
            span._.nf_instrument = value
            spans.append(span)
        doc.spans[settings.SPANS_INSTRUMENTS] = spans
        return doc


@Language.factory(
    "newsfacts_instruments", default_config={"patterns_dir": None},
    requires=["token.is_sent_start", "span._.nf_date"], assigns=["span._.nf_instrument"],
)
def make_instrument_recognizer(nlp: Language, name: str, patterns_dir: Optional[str]):
    return InstrumentRecognizer(nlp, name, patterns_dir=patterns_dir)
