"""Token tests shared by the components that read person and proper names."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from .lexicon import lower_words, release_spans, token_ids, token_texts
from .wordclasses import WordClasses


#: The English name words (``patterns/names.jsonl``): a data file of every component that
#: reads names, compiled into a :class:`NameWords` in its compile step.
NAMES_FILE = "names.jsonl"
#: Month names that are also given names ("Jan Kowalski", "May Tan", "Jun Li"): name words before a name word.
GIVEN_NAME_MONTHS = frozenset({"Jan", "Jun", "May", "June", "April", "August", "January"})
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]\.?$|^[A-Z][a-z]{1,3}\.$")  # S.V., J., Ma., Mohd.
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
#: A regnal number after a name ("Mohammed VI", "Mswati III", "Leo XIV"): II to XXXIX; "I", "X" alone are no suffix
_REGNAL = re.compile(r"^(?!I$|X$)X{0,3}(IX|IV|V?I{0,3})$")
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: The possessive as the tokenizer splits it off ("Russia's", "Russia\u2019s").
POSSESSIVES = frozenset({"'s", "\u2019s"})
#: The bare apostrophe of a plural or s-ending possessive ("Seychelles’ Minister").
BARE_APOSTROPHES = frozenset({"'", "\u2019"})
#: The glottal stop (Tongan fakauʻa, Hawaiian ʻokina) that opens Polynesian names: "ʻAisake",
#: "‘Akilisi" (written with the letter U+02BB or a turned comma, glued to the word after it).
GLOTTAL_MARKS = frozenset({"\u02bb", "\u2018", "`"})
#: Quotes around a nickname inside a name ("Joko “Jokowi” Widodo", "Ferdinand 'Bongbong' Marcos").
OPENING_QUOTES = frozenset({'"', "'", "\u201c", "\u2018"})
POST_NOMINAL_REACH = 6  # tokens of letters after a name, commas included ("AO QC", ", MP,")
CLOSING_QUOTES = frozenset({'"', "'", "\u201d", "\u2019"})


def is_possessive(doc, k: int) -> bool:
    """Whether the token at ``k`` marks a possessive: "'s", or a bare apostrophe straight after
    a word ending in "s" ("Seychelles' Minister", "the Philippines\u2019 Secretary")."""
    text = token_texts(doc)[k]
    if text in POSSESSIVES:
        return True
    return text in BARE_APOSTROPHES and k > 0 and not doc[k - 1].whitespace_ \
        and token_texts(doc)[k - 1][-1:] in ("s", "S") and doc[k].whitespace_ != ""


#: Irish surname particles that are no ASCII capital word ("Pádraig Ó Fearghail"); "Mac",
#: "Nic", "Ní", "Ua" are capitalised words already.
IRISH_PARTICLES = frozenset({"Ó", "Uí"})


def sentence_of(doc, i: int):
    """The sentence of token ``i``. ``Token.sent`` walks to the sentence's edges on every call,
    so asking it for each of many tokens of one long sentence (a scraped table, a list of
    names) is quadratic; the sentences are listed once per doc and kept in ``doc.user_data``."""
    index = doc.user_data.get(_SENTENCE_INDEX_KEY)  # (asked some 30,000 times per 150 articles)
    if index is None:  # (the tokens never change: see lexicon.lower_words)
        index = _sentence_index(doc)
    return index[0][index[1][i]]


def doc_sentences(doc) -> list:
    """``list(doc.sents)``, listed once per doc (the spans :func:`sentence_of` returns)."""
    return _sentence_index(doc)[0]


def release_sentences(doc) -> None:
    """Drop the doc's listed sentences and span groups (:func:`.lexicon.spans_in`; listed again if
    asked for). They are Spans, which
    refer to their doc: kept in ``doc.user_data`` they make every doc a reference cycle that
    only the garbage collector frees, and the cycles of a batch make its collections long.
    The last component calls this, so a finished doc goes as soon as nobody holds it."""
    doc.user_data.pop(_SENTENCE_INDEX_KEY, None)
    release_spans(doc)


def _sentence_index(doc):
    index = doc.user_data.get(_SENTENCE_INDEX_KEY)
    if index is None or len(index[1]) != len(doc):
        sents = list(doc.sents) if len(doc) else []
        owner = [0] * len(doc)
        for n, sent in enumerate(sents):
            owner[sent.start:sent.end] = [n] * (sent.end - sent.start)
        index = doc.user_data[_SENTENCE_INDEX_KEY] = (sents, owner)
    return index


_SENTENCE_INDEX_KEY = "nf_sentence_index"
_HEAD_END_KEY = "nf_head_end"
#: Words of the first full-stopped sentence that opens an article's body (ends its head).
BODY_SENTENCE_WORDS = 6
#: Words a headline parted by commas holds at most (a longer comma-parted line is a list of names).
HEADLINE_MAX_WORDS = 30

#: Marks that end a sentence (a line holding one is body text), and the bracket of a photo
#: caption's "(R)", "(left)", "(Photo: ...)": never in a headline.
_NOT_IN_HEADLINES = frozenset({".", "!", "?", "("})
#: Marks that part the clauses of a headline as of any sentence ("Ministers Meet in Rome, Sign
#: Pact"): they leave a line its headline case when the line stands alone in the article's head.
_CLAUSE_MARKS = frozenset({",", ";"})
_BODY_ENDS = frozenset({".", "!", "?"})
#: Marks that open an item of a list: a line after one is no headline.
_BULLETS = ("-", "\u2022", "*", "\u2013", "\u2014")


def _own_line(texts, spaces, first, end) -> bool:
    """True when the tokens from ``first`` to the sentence's ``end`` fill a line of their own:
    a line break (or the text's edge) before the first word and after the last."""
    if first is None:
        return False
    last = max((i for i in range(first, end) if not spaces[i]), default=first)
    before = first == 0 or (spaces[first - 1] and "\n" in texts[first - 1])
    after = last + 1 >= len(texts) or (spaces[last + 1] and "\n" in texts[last + 1])
    return bool(before and after)


def _head_end(doc, texts, alpha) -> int:
    """Where the article's head (headline, kicker, dateline and byline lines) ends: at the first
    sentence of at least :data:`BODY_SENTENCE_WORDS` words closed by a full stop, a question or
    an exclamation mark (no bracket). Cached in ``doc.user_data``."""
    known = doc.user_data.get(_HEAD_END_KEY)
    if known is not None and known[0] == len(doc):
        return known[1]
    end = len(doc)
    for sent in doc_sentences(doc):
        if any(texts[i] in _BODY_ENDS for i in range(sent.start, sent.end)) \
                and sum(alpha[sent.start:sent.end]) >= BODY_SENTENCE_WORDS:
            end = sent.start
            break
    doc.user_data[_HEAD_END_KEY] = (len(doc), end)
    return end


#: How many texts :meth:`NameWords.is_name_text` keeps its answer for, of each kind.
NAME_TEXT_MEMO_SIZE = 50_000


class NameWords:
    """The name words of one patterns folder (``names.jsonl``) and the readings of names that
    consult them; built once in a component's compile step."""

    def __init__(self, words: WordClasses):
        #: lowercase particles that stand inside names (Abdel Fattah el-Sisi, Joaquim dos Reis Martins)
        self.particles = words["NAME_PARTICLE"]
        #: "son/daughter of" particles: a style or office word right before one is a given name
        self.patronymics = words["PATRONYMIC"]
        #: function words that open sentences: never the first word of a name of anything
        self.sentence_words = words["SENTENCE_WORD"]
        self.not_name_words = self.sentence_words | words["NOT_NAME_WORD"]
        #: sentence words that are also family names ("Vice Premier He Lifeng")
        self.family_sentence_words = words["FAMILY_NAME_SENTENCE_WORD"]
        self.months_and_days = words["MONTH_OR_DAY"]
        #: letters after a name that are not part of it ("Daniel Whitford MP", "Jane Doe, KC", Irish "TD")
        self.post_nominals = words["POST_NOMINAL"]
        self.small_words = words["HEADLINE_SMALL_WORD"]
        #: what :meth:`is_name_text` answered for a text, for alphabetic words and for others
        #: (the same words recur across a doc and across docs: asked some 7,000 times per 150 articles)
        self._name_texts_alpha: dict = {}
        self._name_texts_other: dict = {}

    @classmethod
    def of_rules(cls, rules) -> "NameWords":
        """The name words of a component's rules (relative file name -> entries)."""
        return cls(WordClasses(rules[NAMES_FILE], NAMES_FILE))

    def is_name_word(self, token: Token) -> bool:
        """A capitalised word, an initial ("J.", "S.V.") or a generational suffix."""
        return self.is_name_text(token.text, token.is_alpha)

    def is_name_text(self, text: str, alpha: bool) -> bool:
        """:meth:`is_name_word` of a token's text and ``is_alpha`` (read from the doc's word lists)."""
        known = self._name_texts_alpha if alpha else self._name_texts_other
        answer = known.get(text)
        if answer is None:
            if len(known) > NAME_TEXT_MEMO_SIZE:
                known.clear()  # bounded: a long batch brings new words without end
            answer = known[text] = bool(self._reads_as_name(text, alpha))
        return answer

    def _reads_as_name(self, text: str, alpha: bool) -> bool:
        if text in self.not_name_words or text in self.months_and_days:
            return False
        if text in _SUFFIXES or _INITIALS.match(text) or text in IRISH_PARTICLES:
            return True
        if len(text) > 2 and text[0] in GLOTTAL_MARKS and text[1].isupper():
            text = text[1:]  # "ʻAkilisi": one token
        if len(text) < 2 or not text[0].isupper() or text.isupper():
            return False
        # an apostrophe inside a name word: "Tu'ipulotu", "O'Brien", "Sa'ad"
        return alpha or ("'" in text[1:-1] or "\u2019" in text[1:-1]) and text[-1].isalpha() \
            and text.replace("'", "").replace("\u2019", "").isalpha()

    def _is_family_name_in_caps(self, doc, k: int, limit: int) -> bool:
        """ "SAKURADA Kenji": a family name written in capitals before a given name; also
        initials run together ("DV Sadananda", "YK Joshi"), two capitals before a name word."""
        # (the doc's word arrays: no Token made per look)
        texts, alpha, upper = token_texts(doc), token_ids(doc, "IS_ALPHA"), token_ids(doc, "IS_UPPER")
        text = texts[k]
        return bool(alpha[k] and upper[k] and len(text) >= 2 and text not in self.post_nominals
                    and text not in self.not_name_words
                    and k + 1 < limit and self.is_name_text(texts[k + 1], bool(alpha[k + 1])) and not upper[k + 1])

    def _family_name_in_caps_after(self, doc, k: int, limit: int) -> bool:
        """ "Kagiso Mooketsi MOLATLHEGI, Minister of ...": a family name written in capitals
        after given names, as the name's last word (a comma, a full stop or "and" after it);
        an acronym after a name goes on with lowercase words ("Jane Doe UN envoy")."""
        texts, alpha, upper = token_texts(doc), token_ids(doc, "IS_ALPHA"), token_ids(doc, "IS_UPPER")
        text = texts[k]
        if not (alpha[k] and upper[k] and len(text) >= 3 and k > 0) \
                or text in self.post_nominals or text in self.not_name_words:
            return False
        if not (self.is_name_text(texts[k - 1], bool(alpha[k - 1])) and not upper[k - 1]):
            return False
        return k + 1 >= limit or bool(token_ids(doc, "IS_PUNCT")[k + 1]) and texts[k + 1] not in HYPHENS \
            or lower_words(doc)[k + 1] == "and"

    def _letter_in_initials(self, doc, k: int, start: int, limit: int) -> bool:
        """ "A K Antony", "N A K Browne": a one-letter word that is also a function word ("A",
        "I") is an initial between other initials of a name."""
        texts, upper = token_texts(doc), token_ids(doc, "IS_UPPER")
        if len(texts[k]) != 1 or not upper[k] or not token_ids(doc, "SPACY")[k]:
            return False
        if k + 1 >= limit:
            return False
        prev_initial = k > start and len(texts[k - 1]) == 1 and upper[k - 1]
        return bool(len(texts[k + 1]) == 1 and upper[k + 1]
                    or prev_initial and self.is_name_text(texts[k + 1], bool(token_ids(doc, "IS_ALPHA")[k + 1])))

    def _family_sentence_word(self, doc, k: int) -> bool:
        """ "met He Luli", "Vice Premier He Lifeng": a sentence word that is also a family name,
        after a word (no sentence opens there); the caller checks the name word after it."""
        return token_texts(doc)[k] in self.family_sentence_words and k > 0 \
            and bool(token_ids(doc, "IS_ALPHA")[k - 1])

    def _month_as_family_name(self, doc, k: int, start: int, nxt: Optional[int]) -> bool:
        """ "Rear Admiral Conrad May, Chief of ...": a month word right after a given name and
        before no number (at ``nxt``, None when there is no next word) is a family name ("Conrad
        May 5" stays a date)."""
        texts = token_texts(doc)
        return (texts[k] in GIVEN_NAME_MONTHS and k > start
                and self.is_name_text(texts[k - 1], bool(token_ids(doc, "IS_ALPHA")[k - 1]))
                and not (nxt is not None and token_ids(doc, "LIKE_NUM")[nxt]))

    def read_name(self, doc, start: int, limit: int, max_tokens: int = 7) -> int:
        """End index of the name that starts at ``start`` (== start when there is none).

        A name is a run of name words, possibly with particles and in-word hyphens between them
        ("Abdel Fattah el-Sisi", "Sabah Khaled Al-Hamad Al-Sabah").
        """
        k = start
        # the doc's word lists: most steps look at a word and the next, no Token made for them
        texts, lowers = token_texts(doc), lower_words(doc)
        alpha, spaced, title = token_ids(doc, "IS_ALPHA"), token_ids(doc, "SPACY"), token_ids(doc, "IS_TITLE")
        upper = token_ids(doc, "IS_UPPER")

        def name_word(i: int) -> bool:
            return self.is_name_text(texts[i], bool(alpha[i]))

        # in-word hyphens and particles are no words: "Al-Humoud Al-Sabah" is two, "Khalid bin
        # Ahmed bin Mohammed Al Khalifa" five
        skipped = 0
        while k < limit and k - start - skipped < max_tokens:
            text = texts[k]
            has_next = k + 1 < limit
            # (the helpers' first tests, a word in capitals or of one letter, a month's word,
            # asked here first: most words that end a name pass none of them)
            if name_word(k) or (k == start and self._is_family_name_in_caps(doc, k, limit)) \
                    or (k > start and texts[k] and _REGNAL.match(texts[k]) and name_word(k - 1)) \
                    or (k > start and upper[k] and self._family_name_in_caps_after(doc, k, limit)) \
                    or (len(text) == 1 and self._letter_in_initials(doc, k, start, limit)) \
                    or (text in GIVEN_NAME_MONTHS and has_next and name_word(k + 1)) \
                    or (k == start and has_next and self._family_sentence_word(doc, k) and name_word(k + 1)) \
                    or (text in GIVEN_NAME_MONTHS and self._month_as_family_name(doc, k, start, k + 1 if has_next else None)):
                k += 1
                continue
            if has_next and lowers[k] in self.particles and (
                name_word(k + 1) or (texts[k + 1] in HYPHENS and not spaced[k])
                or lowers[k + 1] in self.particles and k + 2 < limit and name_word(k + 2)  # "de la Garza"
            ):
                k += 1
                skipped += 1
                continue
            if text in GLOTTAL_MARKS and not spaced[k] and has_next and name_word(k + 1) \
                    and (k == start or not any(t in BARE_APOSTROPHES for t in texts[k + 2:k + 4])):  # "‘Prachanda.’": quoted
                k += 1  # "‘Aisake Eke": the mark the tokenizer split off is part of the name word
                skipped += 1
                continue
            if k > start and self._quoted_nickname(doc, k, limit):
                k += 3  # "Joko “Jokowi” Widodo": a nickname in quotes inside the name
                skipped += 2
                continue
            if text == "." and k > start and not spaced[k - 1] and len(texts[k - 1]) <= 3 \
                    and title[k - 1] and has_next and name_word(k + 1):
                k += 1  # "Ma. Teresa", "Md. Abdul": an abbreviated given name the tokenizer split
                continue
            if (
                text in HYPHENS and k > start and not spaced[k - 1]
                and not spaced[k] and has_next and (name_word(k + 1) or alpha[k + 1])
            ):
                k += 2  # "Ji-hoon", "Villanueva-Cruz": the hyphen and the part after it
                skipped += 1
                continue
            break
        # never end on a particle or hyphen; a capitalised one is a family name ("Hemant Das")
        while k > start and (texts[k - 1] in self.particles or texts[k - 1] in HYPHENS):
            k -= 1
        return k

    def _quoted_nickname(self, doc, k: int, limit: int) -> bool:
        """A name word in quotes at ``k`` with a name word after the closing quote (``limit``:
        the end of what may be read)."""
        if not (k + 3 < limit and token_texts(doc)[k] in OPENING_QUOTES and self.is_name_word(doc[k + 1])
                and token_texts(doc)[k + 2] in CLOSING_QUOTES):
            return False
        # (a particle may open the family name after it: "Luiz Inácio “Lula” da Silva")
        after = k + 3 + int(lower_words(doc)[k + 3] in self.particles and k + 4 < limit)
        return self.is_name_word(doc[after])

    def _hyphen_tail(self, doc, k: int, limit: int) -> bool:
        """ "yong" in "Chung Eui-yong", "hoon" in "Ji-hoon": a lowercase word joined by an in-word
        hyphen to a name word before it."""
        texts, alpha, spaced = token_texts(doc), token_ids(doc, "IS_ALPHA"), token_ids(doc, "SPACY")
        return bool(alpha[k] and token_ids(doc, "IS_LOWER")[k] and k - 2 >= limit and texts[k - 1] in HYPHENS
                    and not spaced[k - 1] and not spaced[k - 2] and self.is_name_text(texts[k - 2], bool(alpha[k - 2])))

    def read_name_backwards(self, doc, end: int, limit: int, max_tokens: int = 7):
        """(start, end) of the name that ends at or just before ``end`` (exclusive), skipping
        post-nominals ("Jean-Philippe Tremblay-Roy, MP,"); start == end when there is none."""
        k = end
        while k - 1 > limit and end - k < POST_NOMINAL_REACH and token_texts(doc)[k - 1] in self.post_nominals:
            k -= 1  # "Ana Lopez AO QC,": each of the letters after the name
            if k - 1 > limit and token_texts(doc)[k - 1] == ",":
                k -= 1
        end = k
        skipped = 0
        # the doc's word arrays: no Token made per look
        texts, lowers = token_texts(doc), lower_words(doc)
        alpha, spaced = token_ids(doc, "IS_ALPHA"), token_ids(doc, "SPACY")

        def name_word(i: int) -> bool:
            return self.is_name_text(texts[i], bool(alpha[i]))

        while k > limit and end - k - skipped < max_tokens:
            text = texts[k - 1]
            has_prev = k - 2 >= limit  # (the word before, k - 2, is in reach)
            if name_word(k - 1) or (k < end and self._is_family_name_in_caps(doc, k - 1, end)) \
                    or (k == end and _REGNAL.match(text) and has_prev and name_word(k - 2)) \
                    or (k == end and k - 1 > limit and self._family_name_in_caps_after(doc, k - 1, len(doc))) \
                    or (text in GIVEN_NAME_MONTHS and k < end and name_word(k)) \
                    or (k < end and self._family_sentence_word(doc, k - 1) and name_word(k)) \
                    or (k == end and has_prev and self._month_as_family_name(doc, k - 1, k - 2, k if k < len(doc) else None)):
                k -= 1
                continue
            if k < end and k - 4 >= limit and self._quoted_nickname(doc, k - 3, end):
                k -= 3  # "Joko “Jokowi” Widodo", read from its end
                skipped += 2
                continue
            if self._hyphen_tail(doc, k - 1, limit):
                k -= 1  # "Eui-yong": the lowercase part after an in-word hyphen (the hyphen is next)
                continue
            if lowers[k - 1] in self.particles and k < end and has_prev and name_word(k - 2):
                k -= 1
                skipped += 1  # a particle is no word of the count either
                continue
            if lowers[k - 1] in self.particles and k < end and k - 3 >= limit and lowers[k - 2] in self.particles \
                    and name_word(k - 3):
                k -= 2  # two particles, "Juan Ramon de la Fuente", "Ana van der Berg", as read forwards
                skipped += 2
                continue
            if text in HYPHENS and k < end and not spaced[k - 1] and has_prev and not spaced[k - 2]:
                k -= 1
                skipped += 1
                continue
            break
        while k < end and (texts[k] in self.particles or texts[k] in HYPHENS):
            k += 1
        return k, end

    def in_headline(self, sent) -> bool:
        """True for a title-case headline: a line of at least four words, nearly all capitalised,
        with no sentence-ending punctuation nor bracket; commas and semicolons only in a line of
        its own in the article's head, above the body's first sentence (a headline parts its
        clauses with them like any sentence; lists, captions and signatures below do too), and
        then with every word capitalised. Capitalisation says nothing about names there.
        Computed once per sentence and kept in ``doc.user_data`` (several components ask)."""
        cache = sent.doc.user_data.setdefault("nf_headlines", {})
        if sent.start not in cache:
            cache[sent.start] = self._is_headline(sent)
        return cache[sent.start]

    def _is_headline(self, sent) -> bool:
        doc, k = sent.doc, sent.start
        if k >= 2 and doc[k - 1].is_space and token_texts(doc)[k - 2] == ",":
            return False  # a line that goes on from a comma: "H.E. NAME,\nMinister of ..."
        lowers, texts = lower_words(doc), token_texts(doc)  # (the doc's word lists: no Token per word)
        if any(w in _NOT_IN_HEADLINES for w in lowers[sent.start:sent.end]):
            return False  # body sentences full of names end with one; captions have brackets
        spaces, alpha = token_ids(doc, "IS_SPACE"), token_ids(doc, "IS_ALPHA")
        first = next((i for i in range(sent.start, sent.end) if not spaces[i]), None)
        clauses = any(w in _CLAUSE_MARKS for w in lowers[sent.start:sent.end])
        if clauses and not (sum(alpha[sent.start:sent.end]) <= HEADLINE_MAX_WORDS and _own_line(texts, spaces, first, sent.end)
                            and sent.end <= _head_end(doc, texts, alpha)):
            return False  # a comma in running text, a list item, a caption or signature below the head
        if first is not None and texts[first] in _BULLETS or k >= 1 and texts[k - 1] in _BULLETS:
            return False  # a bullet item naming things (the bullet may close the sentence before), not a headline
        words = [texts[i] for i in range(sent.start, sent.end) if alpha[i] and lowers[i] not in self.small_words]
        if len(words) < 4:
            return False
        # a line parted by commas is a headline only with every word capitalised: a caption of
        # names and offices ("President X and Minister Y, meeting in Z") leaves its verb low
        return sum(1 for w in words if w[0].isupper()) >= (1.0 if clauses else 0.8) * len(words)
