"""Pattern files (JSONL in ``patterns/``) and the matcher that runs them.

Every line of a pattern file is one rule::

    {"id": "date.range.month_day_day_year", "label": "DATE_RANGE", "pattern": [...]}
    {"id": "title.minister", "label": "TITLE", "pattern": "Minister"}

``pattern`` is a spaCy token pattern (list) or a phrase (string); ``id`` names the rule so
that every extracted fact can say which rule found it; any further keys (``kind``,
``country`` ...) are rule metadata that components read through :meth:`PatternSet.meta`.
Files are validated on load: an error names the file and the line.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from pathlib import Path
from typing import Any, Dict, FrozenSet, Iterable, List, Optional, Sequence, Set, Tuple, Union

from importlib.resources import files

from pydantic import BaseModel, ConfigDict, PrivateAttr, ValidationError, field_validator
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from .. import settings
from ..io.jsonl import iter_data_lines

try:  # the regular-expression parser (used to find nested quantifiers)
    import re._parser as _sre_parser  # Python >= 3.11
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parser  # type: ignore[no-redef]

_REPEATS = tuple(getattr(_sre_parser, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_sre_parser, name))


class PatternFileError(ValueError):
    """A pattern file that cannot be used, with the file and line that broke."""


class PatternEntry(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    label: str
    pattern: Union[str, List[Dict[str, Any]]]
    _source: str = PrivateAttr(default="")

    @field_validator("id", "label")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value

    @field_validator("pattern")
    @classmethod
    def _not_empty(cls, value):
        if not value:
            raise ValueError("pattern must not be empty")
        return value

    @property
    def meta(self) -> Dict[str, Any]:
        return dict(self.model_extra or {})


def resolve(path: Union[str, Path], patterns_dir: Optional[Union[str, Path]] = None) -> Path:
    path = Path(path)
    if path.is_absolute():
        return path
    return Path(patterns_dir or settings.PATTERNS_DIR) / path


def read_pattern_file(path: Union[str, Path]) -> List[PatternEntry]:
    """Read and validate one JSONL pattern file (blank lines and ``//`` comments allowed)."""
    path = Path(path)
    if not path.exists():
        raise PatternFileError(f"{path}: pattern file not found")
    entries: List[PatternEntry] = []
    try:
        lines = list(iter_data_lines(path))
    except ValueError as err:
        raise PatternFileError(str(err)) from None
    for lineno, raw in lines:
        try:
            entry = PatternEntry.model_validate(raw)
        except ValidationError as err:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'line'}: {e['msg']}" for e in err.errors()
            )
            raise PatternFileError(f"{path}:{lineno}: {problems}") from None
        entry._source = f"{path}:{lineno}"
        check_entry(entry, known_fields())
        entries.append(entry)
    check_duplicates(entries)
    return entries


# -- validation beyond the schema: metadata fields, duplicate rules, regular expressions ----

#: The file (in the patterns folder) that declares the metadata fields a rule may carry.
FIELDS_FILE = "fields.jsonl"
_CORE_FIELDS = ("id", "label", "pattern")
_KNOWN_FIELDS: Dict[str, frozenset] = {}


def known_fields() -> frozenset:
    """The metadata fields declared in ``patterns/fields.jsonl`` (of the packaged rules and
    of ``NEWSFACTS_PATTERNS`` when it points elsewhere)."""
    key = str(settings.PATTERNS_DIR)
    if key not in _KNOWN_FIELDS:
        names = set()
        for folder in {Path(str(files("newsfacts.patterns"))), Path(settings.PATTERNS_DIR)}:
            if (folder / FIELDS_FILE).exists():
                names.update(obj["field"] for _, obj in iter_data_lines(folder / FIELDS_FILE))
        _KNOWN_FIELDS[key] = frozenset(names)
    return _KNOWN_FIELDS[key]


def check_entry(entry: PatternEntry, fields: frozenset) -> None:
    """Unknown fields and unsafe or broken regular expressions, named with file and line."""
    unknown = sorted(k for k in entry.meta if k not in fields)
    if unknown and fields:
        raise PatternFileError(
            f"{entry._source}: unknown field {', '.join(map(repr, unknown))}; a rule has "
            f"{', '.join(_CORE_FIELDS)} and the fields declared in patterns/{FIELDS_FILE} "
            f"({', '.join(sorted(fields))})")
    if isinstance(entry.pattern, list):
        for regex in _regexes(entry.pattern):
            problem = regex_problem(regex)
            if problem:
                raise PatternFileError(f"{entry._source}: REGEX {regex!r}: {problem}")


def _regexes(value: Any) -> Iterable[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "REGEX" and isinstance(inner, str):
                yield inner
            else:
                yield from _regexes(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _regexes(inner)


def regex_problem(regex: str) -> Optional[str]:
    """Why a rule's regular expression is refused, or None: it must compile, and it must not
    repeat something that itself repeats (``(a+)+``, ``(\\w*\\s?)*``): such nested
    quantifiers backtrack exponentially on a near-miss (catastrophic backtracking)."""
    try:
        parsed = _sre_parser.parse(regex)
    except re.error as err:
        return f"not a valid regular expression ({err})"
    if _nested_repeat(parsed, inside=False):
        return ("nested quantifiers (a repeated group that itself repeats) take exponential "
                "time on some words; write the group so it repeats once (e.g. (a+)+ as a+) or make it atomic, (?>...)")
    return None


def _nested_repeat(items, inside: bool) -> bool:
    for op, av in items:
        if op in _REPEATS:
            low, high, sub = av
            repeats = high is _sre_parser.MAXREPEAT or high > 1
            if repeats and inside:
                return True
            if _nested_repeat(sub, inside or repeats):
                return True
        elif op is _sre_parser.SUBPATTERN:
            if _nested_repeat(av[-1], inside):
                return True
        elif op is _sre_parser.BRANCH:
            if any(_nested_repeat(branch, inside) for branch in av[1]):
                return True
        elif op in (_sre_parser.ASSERT, _sre_parser.ASSERT_NOT):
            if _nested_repeat(av[1], inside):
                return True
    return False


def check_duplicates(entries: Iterable[PatternEntry], seen: Optional[Dict[tuple, str]] = None) -> None:
    """Several lines may share an id (spellings of one rule); the same id with the same
    pattern twice is a duplicate rule, refused with both places."""
    seen = {} if seen is None else seen
    for entry in entries:
        key = (entry.id, json.dumps(entry.pattern, sort_keys=True))
        if key in seen:
            raise PatternFileError(f"{entry._source}: duplicate rule: id {entry.id!r} with this "
                                   f"pattern is already at {seen[key]}; remove one of them")
        seen[key] = entry._source


class PatternSet:
    """Token and phrase patterns of one component, matched together.

    A thin, tokenizer-only counterpart of spaCy's ``SpanRuler``: phrase patterns are built
    with ``nlp.make_doc`` (so no component runs on them) and matches come back as ``Span``
    objects carrying the rule's label and id.
    """

    def __init__(self, nlp: Language, *, phrase_attr: str = "ORTH", validate: bool = True,
                 data_labels: Iterable[str] = ()):
        self.nlp = nlp
        self.phrase_attr = phrase_attr
        self.validate = validate
        #: labels of entries that are word lists the component reads, never matched in a doc
        #: (``entries`` holds them; the matchers do not, so their hits cost nothing)
        self.data_labels = frozenset(data_labels)
        self.matcher = Matcher(nlp.vocab, validate=validate)
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr=phrase_attr, validate=validate)
        self.entries: List[PatternEntry] = []
        self._meta: Dict[str, Dict[str, Any]] = {}
        #: the token ids (ORTH) of each phrase pattern, as the tokenizer split it
        self.phrase_orths: Dict[str, Tuple[int, ...]] = {}
        #: (match id, compiled regex, the words tested, those that match) of one-token REGEX rules
        self._regex_rules: List[Tuple[int, "re.Pattern[str]", Set[int], Set[int]]] = []
        #: match id -> (label hash, rule id hash, label, rule id)
        self._match_keys: Dict[int, Tuple[int, int, str, str]] = {}
        self._rule_places: Dict[tuple, str] = {}  # (id, pattern) -> file:line, for duplicates
        #: (match key, pattern) of the rules in ``self.matcher``, and how :meth:`match` runs
        #: them (:meth:`_split_token_rules`, made at the first match after a change)
        self._token_rules: List[Tuple[str, List[Dict[str, Any]]]] = []
        self._split: Optional[Tuple[Matcher, List[Tuple[Matcher, List[Tuple[str, FrozenSet[str]]], int]]]] = None
        #: the labels of the token rules and of the REGEX rules (:meth:`match` for some labels
        #: runs neither when none of theirs is asked for)
        self._token_labels: Set[str] = set()
        self._regex_labels: Set[str] = set()

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, entries: Iterable[PatternEntry]) -> None:
        entries = list(entries)
        check_duplicates(entries, self._rule_places)  # across the files of one component too
        phrase_keys: List[str] = []
        phrase_texts: List[str] = []
        phrase_docs: Dict[str, List[Doc]] = {}
        for entry in entries:
            key = f"{entry.label}\u241f{entry.id}"
            self.nlp.vocab.strings.add(key)
            if entry.meta:
                self._meta.setdefault(entry.id, {}).update(entry.meta)
            if entry.label in self.data_labels:
                pass
            elif isinstance(entry.pattern, str):
                phrase_keys.append(key)
                phrase_texts.append(entry.pattern)
            elif (regex := single_token_regex(entry.pattern)) is not None:
                # a one-token regular expression is tested once per distinct word, not per token
                problem = regex_problem(regex)
                if problem:
                    raise PatternFileError(f"{entry._source or entry.id}: REGEX {regex!r}: {problem}")
                self._regex_rules.append((self.nlp.vocab.strings[key], re.compile(regex), set(), set()))
                self._regex_labels.add(entry.label)
            elif (words := phrase_expansions(entry.pattern, self.phrase_attr)) is not None:
                # spaCy's Matcher tests "IN" sets in Python on every token of every document;
                # the same rule as a handful of phrases costs a hash lookup per token
                phrase_docs.setdefault(key, []).extend(
                    Doc(self.nlp.vocab, words=seq, spaces=[True] * len(seq)) for seq in words)
            else:
                try:
                    self.matcher.add(key, [entry.pattern])
                except Exception as err:  # spaCy's own validation message
                    where = entry._source or entry.id
                    raise PatternFileError(f"{where}: invalid token pattern: {err}") from None
                self._token_rules.append((key, entry.pattern))
                self._token_labels.add(entry.label)
                self._split = None
            self.entries.append(entry)
        for key, text in zip(phrase_keys, phrase_texts):
            doc = self.nlp.make_doc(text)
            self.phrase_orths[text] = tuple(t.orth for t in doc)
            phrase_docs.setdefault(key, []).append(doc)
        for key, docs in phrase_docs.items():
            self.phrase_matcher.add(key, docs)

    def add_file(self, path: Union[str, Path]) -> None:
        self.add(read_pattern_file(path))

    def meta(self, rule_id: str) -> Dict[str, Any]:
        return self._meta.get(rule_id, {})

    def match(self, doc: Doc, labels: Optional[Iterable[str]] = None) -> List[Span]:
        """All matches as labelled spans, sorted, exact duplicates removed; with ``labels``,
        only the matches of those labels (the others never become ``Span`` objects)."""
        return [Span(doc, start, end, label=label, span_id=rule_id)
                for start, end, label, rule_id in self.match_rows(doc, labels)]

    def match_rows(self, doc: Doc, labels: Optional[Iterable[str]] = None) -> List[Tuple[int, int, str, str]]:
        """The matches of :meth:`match` as (start, end, label, rule id), in its order, without
        making a ``Span`` for each: for rules that read only the bounds or the rule of most."""
        wanted = None if labels is None else frozenset(labels)
        matches = list(self.phrase_matcher(doc)) if len(self.phrase_matcher) else []
        if len(self.matcher) and (wanted is None or not wanted.isdisjoint(self._token_labels)):
            matches.extend(self._token_matches(doc))
        if self._regex_rules and (wanted is None or not wanted.isdisjoint(self._regex_labels)):
            matches.extend(self._regex_matches(doc))
        keys = self._match_keys
        strings = doc.vocab.strings
        rows = set()
        for match_id, start, end in matches:
            if start == end:
                continue
            key = keys.get(match_id)
            if key is None:
                label, _, rule_id = strings[match_id].partition("\u241f")
                key = keys[match_id] = (strings.add(label), strings.add(rule_id), label, rule_id)
            if wanted is None or key[2] in wanted:
                rows.add((start, end, key[0], key[1], key[2], key[3]))
        # a set of Spans and its order, without making a Span per repeat: Spans of one doc are
        # equal on (start_char, end_char, label, kb_id, id) and sort by them, as these rows
        # (made with the strings, not the hashes kept: inside a memory zone the string store
        # drops the strings added there, so each Span adds its own again)
        return [(start, end, label, rule_id) for start, end, _, _, label, rule_id in sorted(rows)]

    def _split_token_rules(self) -> Tuple[Matcher, List[Tuple[Matcher, List[Tuple[str, FrozenSet[str]]], int]]]:
        """The token rules as (a Matcher of those run over the whole doc, [(a Matcher of one
        rule, the (attribute, word set) pairs its matches must hold, its longest match)] of
        those run only around such words): spaCy's Matcher tests every rule at every token,
        an "IN" set in Python."""
        whole = Matcher(self.nlp.vocab, validate=False)
        anchored = []
        for key, pattern in self._token_rules:
            anchors = pattern_anchors(pattern)
            if anchors is None:
                whole.add(key, [pattern])
            else:
                one = Matcher(self.nlp.vocab, validate=False)
                one.add(key, [pattern])
                anchored.append((one, anchors, len(pattern)))
        return whole, anchored

    def _token_matches(self, doc: Doc) -> List[Tuple[int, int, int]]:
        """``self.matcher(doc)``, the same triples (perhaps in another order, with repeats):
        a rule with anchor words runs only on the tokens within its length of the rarest of
        them in the doc, and not at all when one is missing."""
        if self._split is None:
            self._split = self._split_token_rules()
        whole, anchored = self._split
        found = list(whole(doc)) if len(whole) else []
        n = len(doc)
        for matcher, anchors, length in anchored:
            hits = min((_indices(doc, attr, words) for attr, words in anchors), key=len)
            windows: List[List[int]] = []
            for a in hits:  # every match holding token a lies in a - length < i < a + length
                start, end = max(0, a - length + 1), min(n, a + length)
                if windows and start <= windows[-1][1]:
                    windows[-1][1] = end
                else:
                    windows.append([start, end])
            for start, end in windows:
                found.extend((match_id, s + start, e + start) for match_id, s, e in matcher(Span(doc, start, end)))
        return found

    def _regex_matches(self, doc: Doc) -> List[Tuple[int, int, int]]:
        if not len(doc):
            return []
        positions = token_positions(doc, "ORTH")  # each distinct word once
        texts = token_texts(doc)  # (a word's text read from the doc's list, not decoded again)
        found = []
        for match_id, regex, tested, matching in self._regex_rules:
            if len(tested) > 100_000:  # bounded: a long batch brings new words without end
                tested.clear()
                matching.clear()
            # each word is tested once; the doc's words are sorted out by set operations
            for orth in positions.keys() - tested:
                tested.add(orth)
                if regex.search(texts[positions[orth][0]]) is not None:
                    matching.add(orth)
            hits = [i for orth in positions.keys() & matching for i in positions[orth]]
            found.extend((match_id, i, i + 1) for i in sorted(hits))
        return found

    # Serialisation mirrors SpanRuler: the patterns themselves are the state.
    def to_disk(self, path: Union[str, Path]) -> None:
        self.write_entries(path, self.entries)

    @staticmethod
    def write_entries(path: Union[str, Path], entries: Iterable[PatternEntry]) -> None:
        """A pattern file of ``entries`` (read back by :func:`read_pattern_file`)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as handle:
            for entry in entries:
                handle.write(json.dumps(entry.model_dump(), ensure_ascii=False) + "\n")

    def from_disk(self, path: Union[str, Path]) -> "PatternSet":
        self.__init__(self.nlp, phrase_attr=self.phrase_attr, validate=self.validate)  # type: ignore[misc]
        self.add_file(path)
        return self


def single_token_regex(pattern: List[Dict[str, Any]]) -> Optional[str]:
    """The regular expression of a one-token pattern that only tests its text
    (``[{"TEXT": {"REGEX": "..."}}]``), else None."""
    if len(pattern) != 1 or set(pattern[0]) - {"TEXT", "ORTH"} or len(pattern[0]) != 1:
        return None
    value = next(iter(pattern[0].values()))
    if isinstance(value, dict) and set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
        return value["REGEX"]
    return None


#: The token attributes an anchor may test (those :func:`token_indices` looks up).
ANCHOR_ATTRS = ("ORTH", "LOWER")


def pattern_anchors(pattern: List[Dict[str, Any]]) -> Optional[List[Tuple[str, FrozenSet[str]]]]:
    """The (attribute, word set) pairs a match of a token pattern must hold, one for each
    token that is not optional and tests its text or its lowercase form only
    (``{"ORTH": "("}``, ``{"LOWER": {"IN": [...]}}``); None when there is none, or when a
    match may be longer than the pattern (``+``, ``*``, ``{n}``)."""
    anchors = []
    for token in pattern:
        op = token.get("OP")
        if op not in (None, "?"):
            return None
        attr = next(iter(token)) if len(token) == 1 else None
        if op is not None or attr not in ANCHOR_ATTRS:
            continue
        value = token[attr]
        if isinstance(value, str):
            anchors.append((attr, frozenset([value])))
        elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
            anchors.append((attr, frozenset(value["IN"])))
    return anchors or None


#: Beyond this many phrases a token pattern stays a token pattern.
MAX_PHRASE_EXPANSIONS = 500


def phrase_expansions(pattern: List[Dict[str, Any]], attr: str = "ORTH") -> Optional[List[List[str]]]:
    """The word sequences a token pattern matches, when it only tests ``attr`` against
    strings (``{"ORTH": "Gen."}``, ``{"ORTH": {"IN": [...]}}``) with ``OP`` absent or
    ``"?"``; None for any other pattern, or when there would be more than
    :data:`MAX_PHRASE_EXPANSIONS`. Matching the sequences as phrases finds exactly what the
    Matcher finds."""
    sequences: List[List[str]] = [[]]
    for token in pattern:
        op = token.get("OP")
        value = token.get(attr)
        if set(token) - {"OP"} != {attr} or op not in (None, "?"):
            return None
        if isinstance(value, str):
            values = [value]
        elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
            values = list(value["IN"])
        else:
            return None
        grown = [seq + [v] for seq in sequences for v in values]
        sequences = grown + sequences if op == "?" else grown
        if len(sequences) > MAX_PHRASE_EXPANSIONS:
            return None
    return [seq for seq in sequences if seq] or None


def phrase_token_ids(nlp: Language, texts: Iterable[str]) -> List[Tuple[int, ...]]:
    """The token ids (ORTH) of each text as ``nlp.make_doc`` splits it, without making Docs.

    A word with no special case and no prefix, suffix or infix match is one token whatever
    else the tokenizer does (that is its algorithm), so a text of such words joined by single
    spaces splits at the spaces and its ids are the hashes of its words (no Doc, no lexeme).
    Any other text goes through the tokenizer."""
    tokenizer = nlp.tokenizer
    specials = getattr(tokenizer, "rules", None) or {}
    prefix, suffix, infix = tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer
    plain: Dict[str, bool] = {}

    def is_plain(word: str) -> bool:
        known = plain.get(word)
        if known is None:
            known = plain[word] = word.split() == [word] and word not in specials and not (
                (prefix and prefix(word)) or (suffix and suffix(word))
                or (infix and next(iter(infix(word)), None)))
        return known

    ids = []
    for text in texts:
        words = text.split(" ")
        if all(is_plain(w) for w in words):
            ids.append(tuple(get_string_id(w) for w in words))
        else:
            ids.append(tuple(t.orth for t in nlp.make_doc(text)))
    return ids


def token_indices(doc: Doc, attr: str, values) -> List[int]:
    """Indices of the tokens whose ``attr`` (ORTH, LOWER ...) is one of ``values``, in order:
    looked up in :func:`token_positions`, not found by a pass over the tokens per question
    (a new list: the caller may change it)."""
    return list(_indices(doc, attr, values))


def _indices(doc: Doc, attr: str, values) -> Sequence[int]:
    """:func:`token_indices`, kept per doc and question in ``doc.user_data`` (the same words
    are asked for again and again: about half the questions of a pass are repeats)."""
    if not len(doc):
        return ()
    key = values if isinstance(values, frozenset) else frozenset(values)
    memo = doc.user_data.get(_INDICES_KEY)  # (the tokens never change: see lower_words)
    if memo is None:
        memo = doc.user_data[_INDICES_KEY] = {}
    found = memo.get((attr, key))
    if found is None:
        found = memo[(attr, key)] = _find_indices(doc, attr, key)
    return found


_INDICES_KEY = "nf_token_indices"


def _find_indices(doc: Doc, attr: str, key: frozenset) -> Sequence[int]:
    wanted = _WANTED_IDS.get(key)
    if wanted is None:
        if len(_WANTED_IDS) > 1000:
            _WANTED_IDS.clear()
        # the hash of a string is its id whether or not the store holds it
        wanted = _WANTED_IDS[key] = frozenset(get_string_id(v) for v in key)
    positions = token_positions(doc, attr)
    # (the words of the smaller side looked up in the other: ``wanted.intersection(positions)``
    # would walk the doc's words, ``keys() & wanted`` walks the wanted ones)
    found = [positions[value] for value in positions.keys() & wanted] \
        if len(wanted) < len(positions) else [p for value, p in positions.items() if value in wanted]
    if len(found) == 1:
        return tuple(found[0])
    return tuple(sorted(i for p in found for i in p))


def word_within(doc: Doc, words: frozenset, start: int, end: int) -> bool:
    """Whether a word of ``words`` (lowercase) stands at an index ``start``..``end - 1``: found
    in the doc's word positions (:func:`token_indices`), not by a pass over the words. The
    rules that walk a window of words for a cue ask it first: most windows hold none."""
    if start >= end:
        return False
    found = _indices(doc, "LOWER", words)
    i = bisect_left(found, start)
    return i < len(found) and found[i] < end


def token_ids(doc: Doc, attr: str) -> List[int]:
    """``doc.to_array(attr).tolist()``, read once per doc (kept in ``doc.user_data``; the
    tokens never change after the tokenizer here: see :func:`lower_words`)."""
    # (asked some 25,000 times per 150 articles: one dict of the doc's arrays, by attribute,
    # read without a key built per question)
    arrays = doc.user_data.get(_TOKEN_ARRAYS_KEY)
    if arrays is None:
        arrays = doc.user_data[_TOKEN_ARRAYS_KEY] = {}
    ids = arrays.get(attr)
    if ids is None:
        ids = arrays[attr] = doc.to_array(attr).tolist() if len(doc) else []
    return ids


_TOKEN_ARRAYS_KEY = "nf_token_ids"


def token_positions(doc: Doc, attr: str) -> Dict[int, List[int]]:
    """Each ``attr`` id (ORTH, LOWER ...) of the doc -> the indices of its tokens, ascending:
    built in one pass per doc, so that the components' many questions "where are these
    words?" cost a look-up each instead of a pass over every token."""
    key = "nf_token_positions_" + attr
    cached = doc.user_data.get(key)
    if cached is not None:  # (the tokens never change: see lower_words)
        return cached[1]
    positions: Dict[int, List[int]] = {}
    for i, value in enumerate(token_ids(doc, attr)):
        seen = positions.get(value)
        if seen is None:
            positions[value] = [i]
        else:
            seen.append(i)
    doc.user_data[key] = (len(doc), positions)
    return positions


#: value set -> the string ids of its words (a few fixed sets per component, kept for the process)
_WANTED_IDS: Dict[frozenset, frozenset] = {}


_GROUPS_KEY = "nf_span_groups"


def spans_in(doc: Doc, key: str) -> Tuple[Span, ...]:
    """The spans of the doc's span group ``key`` (none when it has no such group), made once
    per group: a SpanGroup makes a new Span for each of its spans at every read, and the
    components read one another's groups many times. Kept in ``doc.user_data`` until
    :func:`release_spans`; a group set anew is read anew."""
    # (``doc.spans`` is a UserDict: its documented ``data`` dict answers at once, where the
    # Python-level ``get`` raises and catches a KeyError for every group a doc lacks)
    group = doc.spans.data.get(key)
    if group is None:
        return ()
    cache = doc.user_data.get(_GROUPS_KEY)
    if cache is None:
        cache = doc.user_data[_GROUPS_KEY] = {}
    hit = cache.get(key)
    if hit is not None and hit[0] is group and len(hit[1]) == len(group):
        return hit[1]
    spans = tuple(group)
    cache[key] = (group, spans)  # the group is held, so "is" cannot match a new one at its address
    return spans


def release_spans(doc: Doc) -> None:
    """Drop the spans :func:`spans_in` keeps (read again if asked for). Spans refer to their
    doc: kept in ``doc.user_data`` they would make the doc a reference cycle that only the
    garbage collector frees. The last component calls this."""
    doc.user_data.pop(_GROUPS_KEY, None)


# (lower_words and token_texts are asked some 50,000 times per 150 articles: each reads its
# own key, without a call or a key built per question)
_LOWER_WORDS_KEY = "nf_token_strings_LOWER"
_TOKEN_TEXTS_KEY = "nf_token_strings_ORTH"


def lower_words(doc: Doc) -> List[str]:
    """The lowercased text of every token, read from the token array once per doc (kept in
    ``doc.user_data``): for rules that look at many words around a point, without creating
    a Python Token for each look.

    The tokens never change after the tokenizer here (no component retokenises), so what is
    kept is not checked against the doc's length at each read (these reads are asked some
    200,000 times per 150 articles; a doc retokenised after a read would need its
    ``nf_``-keyed ``user_data`` entries dropped)."""
    words = doc.user_data.get(_LOWER_WORDS_KEY)
    if words is None:
        words = _token_strings(doc, "LOWER", _LOWER_WORDS_KEY)
    return words


def token_texts(doc: Doc) -> List[str]:
    """The text of every token (``[t.text for t in doc]``), read once per doc as
    :func:`lower_words`."""
    words = doc.user_data.get(_TOKEN_TEXTS_KEY)
    if words is None:
        words = _token_strings(doc, "ORTH", _TOKEN_TEXTS_KEY)
    return words


def _token_strings(doc: Doc, attr: str, key: str) -> List[str]:
    # the string of an id is the same in every doc of a vocab: kept, so that a word met before
    # costs a dict look-up, not a decode from the string store
    ids = token_ids(doc, attr)
    strings = doc.vocab.strings
    if _STRING_OF[0] is not strings:  # another pipeline's vocab: start afresh, as it would
        _STRING_OF[:] = [strings, {}]
    known = _STRING_OF[1]
    missing = set(ids).difference(known)
    if missing:
        if len(known) + len(missing) > STRING_CACHE_SIZE:
            known.clear()  # bounded: a long batch brings new words without end
            missing = set(ids)
        for orth in missing:
            known[orth] = strings[orth]
    words = doc.user_data[key] = [known[orth] for orth in ids]
    return words


#: [the string store, {ORTH or LOWER id -> its string}] of :func:`_token_strings`
_STRING_OF: list = [None, {}]
#: How many strings :func:`_token_strings` keeps at most.
STRING_CACHE_SIZE = 20_000


def longest_spans(spans: Iterable[Span]) -> List[Span]:
    """Non-overlapping spans, longer ones first (spaCy's ``filter_spans``), in text order."""
    # filter_spans' greedy pass, with each span's bounds read once (not by a key function and
    # again in the pass): longest first, then leftmost, ties in their order (a stable sort)
    spans = list(spans)
    bounds = [(span.start, span.end) for span in spans]
    order = sorted(range(len(spans)), key=[(end - start, -start) for start, end in bounds].__getitem__, reverse=True)
    kept: List[Span] = []
    seen = set()
    for i in order:
        start, end = bounds[i]
        if start not in seen and end - 1 not in seen:
            kept.append(spans[i])
            seen.update(range(start, end))
    return sorted(kept)
