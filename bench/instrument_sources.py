"""Instrument outcomes by the rule that recognised them and by head noun (counts only).

Gold and predicted instruments of every article are matched as ``newsfacts evaluate`` matches
them. Each predicted instrument is a true positive (``tp``, matched to gold) or a false one
(``fp``); each gold instrument left unmatched is a miss (``fn``). Matched ones also count
whether their ``kind`` and period (``start``/``end``, both null included) are right.

Four tables: by recognising rule id (the ``rule`` of the prediction's first mention: the head
pattern's id, ``instrument.plan``, ``instrument.titled`` ...; a miss has rule ``-``), by head
noun (the last word of the name before its first complement's preposition that is a head word
of ``patterns/instruments.jsonl`` or of the evaluation's head words, "Plan of Action" -> plan,
else the last such word of the name, else ``(none)``; ``generic``/``named`` tells whether the name is only
generic words, "the Memorandum of Understanding") and by kind (predicted kind for tp/fp, gold
kind for fn) and by the shape of the first mention (:func:`shape`: the word before it, a
verb of signing in its sentence, one mention or more; misses ``-``). Head nouns come from a closed list, so the tables hold no text of the articles:
they may be run on held-out gold.

With ``--second SECOND.jsonl`` (another reading of the same articles, by id), two more columns
tell the errors both readings agree on from those of an open convention: ``fp_all``, the false ones
the second reading holds false too (or that have no second reading), and ``fn_all``, the misses the
second reading lists too (or that have none); ``fp - fp_all`` and ``fn - fn_all`` are where the two
readings differ (FACTS.md is open there: fit neither).

Usage: ``python bench/instrument_sources.py GOLD.jsonl|CORPUS_DIR [...] [--second SECOND.jsonl]``
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from country_sources import _sources_and_record, gold_parser, load_articles  # noqa: E402  (the same record as `extract` makes)

OUTCOMES = ("tp", "fp", "fn", "kind_ok", "period_ok")
#: the columns added with a second reading: the errors both readings agree on
AGREED = ("fp_all", "fn_all")
TABLES = ("rule", "head", "kind", "shape")
_COMPLEMENT = frozenset("of on for to between with in concerning against among by".split())
PATTERNS = Path(__file__).resolve().parent.parent / "patterns" / "instruments.jsonl"


def head_words() -> frozenset:
    """Lowercase head nouns: the last word of every instrument head pattern, and the
    evaluation's words that say what sort of instrument a name is."""
    from newsfacts.evaluate.matching import INSTRUMENT_HEADS

    words = set(INSTRUMENT_HEADS)
    for line in PATTERNS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        entry = json.loads(line)
        if entry.get("label") == "INSTRUMENT_HEAD" and isinstance(entry.get("pattern"), str):
            words.add(entry["pattern"].split()[-1].casefold())
    words.update({"communiqué"})
    return frozenset(words)


def head_noun(name: str, heads: frozenset) -> str:
    """The last head word of ``name`` (closed list), with ``generic``/``named``."""
    from newsfacts.evaluate.matching import instrument_name
    from newsfacts.normalisation.instruments import is_generic_name

    toks = instrument_name(name)
    # the head of "Plan of Action", "Memorandum of Understanding on X": the last head word before
    # the first complement's preposition ("X Cooperation Agreement": its last head word)
    first = next((n for n, t in enumerate(toks) if n and t in _COMPLEMENT), len(toks))
    found = next((t for t in reversed(toks[:first]) if t in heads), None) \
        or next((t for t in reversed(toks) if t in heads), "(none)")
    return f"{found} {'generic' if is_generic_name(name or '') else 'named'}"


def _period(fact) -> Tuple[object, object]:
    get = (lambda f, k: f.get(k)) if isinstance(fact, dict) else getattr
    return get(fact, "start"), get(fact, "end")


def _kind(fact) -> str:
    return (fact.get("kind") if isinstance(fact, dict) else fact.kind) or "other"


def _name(fact) -> str:
    return (fact.get("name") if isinstance(fact, dict) else fact.name) or ""


_WORD = re.compile(r"[\w'’]+")
_SIGNING = re.compile(r"\b(sign|signs|signed|signing|inked|ink|adopt|adopted|adopts|adoption|ratif\w*|endorse\w*|"
                      r"approv\w*|launch\w*|unveil\w*|issu\w*|releas\w*|conclud\w*)\b", re.I)
_LEADS = {"the": "the", "a": "a/an", "an": "a/an", "of": "of", "under": "under", "to": "to", "with": "with",
          "in": "in/on/at", "on": "in/on/at", "at": "in/on/at", "its": "owner", "their": "owner", "his": "owner",
          "her": "owner", "our": "owner", "and": "and", "'s": "owner", "’s": "owner"}


def _word_class(word: str) -> str:
    """A closed class of a word outside :data:`_LEADS` (no text): "possessive", "number",
    "Capitalised", "verb-ed", "verb-ing", "other"."""
    if word.lower().endswith(("'s", "’s")):
        return "possessive"
    if word[:1].isdigit():
        return "number"
    if word[:1].isupper():
        return "Capitalised"
    if word.endswith("ed"):
        return "verb-ed"
    return "verb-ing" if word.endswith("ing") else "other"


def shape(text: str, mentions) -> str:
    """The shape of a predicted instrument's mentions, in closed classes (no text): the word
    before its first mention ("the", "a/an", "of", ..., "start" of a line or sentence, else its
    :func:`_word_class`),
    whether a verb or noun of signing or adopting stands in that sentence ("signed"/"unsigned"),
    and how often it is mentioned ("1x"/"2x+")."""
    if not mentions:
        return "(no mention)"
    m = min(mentions, key=lambda x: x.start)
    before = text[max(0, m.start - 60):m.start]
    words = _WORD.findall(before)
    lead = "start" if not before.strip() or before.rstrip()[-1:] in ".\n!?:" else \
        _LEADS.get(words[-1].lower(), _word_class(words[-1])) if words else "start"
    sent_start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    stops = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0]
    sentence = text[sent_start:min(stops) if stops else len(text)]
    signed = "signed" if _SIGNING.search(sentence) else "unsigned"
    return f"{lead} {signed} {'1x' if len(mentions) == 1 else '2x+'}"


def _held(facts, fact) -> bool:
    """Whether ``fact`` matches one of ``facts`` (``newsfacts evaluate`` matching)."""
    from newsfacts.evaluate.matching import match_facts

    return bool(match_facts("instruments", facts, [fact]).pairs)


def count_outcomes(articles, nlp, second=None) -> Dict[str, Dict[str, Counter]]:
    """table name ("rule", "head", "kind") -> key -> Counter of :data:`OUTCOMES` (and of
    :data:`AGREED` with ``second``, a dict id -> the second reading's article)."""
    from newsfacts.evaluate.matching import match_facts

    heads = head_words()
    tables: Dict[str, Dict[str, Counter]] = {t: defaultdict(Counter) for t in TABLES}
    for article in articles:
        _, record = _sources_and_record(nlp, article, trace=lambda doc: {})
        gold, pred = article.instruments, record.instruments
        other = (second or {}).get(article.id)
        pairs = match_facts("instruments", gold, pred).pairs
        matched_pred = {pi: gi for gi, pi in pairs}
        matched_gold = set(matched_pred.values())
        for pi, fact in enumerate(pred):
            rule = fact.mentions[0].rule if fact.mentions else "(no mention)"
            keys = {"rule": rule, "head": head_noun(fact.name, heads), "kind": _kind(fact),
                    "shape": shape(article.text, fact.mentions)}
            for table, key in keys.items():
                counts = tables[table][key]
                if pi in matched_pred:
                    g = gold[matched_pred[pi]]
                    counts["tp"] += 1
                    counts["kind_ok"] += _kind(g) == _kind(fact)
                    counts["period_ok"] += _period(g) == _period(fact)
                else:
                    counts["fp"] += 1
                    counts["fp_all"] += other is None or not _held(other.instruments, fact)
        for gi, fact in enumerate(gold):
            if gi not in matched_gold:
                keys = {"rule": "-", "head": head_noun(_name(fact), heads), "kind": _kind(fact), "shape": "-"}
                for table, key in keys.items():
                    tables[table][key]["fn"] += 1
                    tables[table][key]["fn_all"] += other is None or _held(other.instruments, fact)
    return tables


def format_table(title: str, table: Dict[str, Counter], columns=OUTCOMES) -> List[str]:
    """Rows of key x outcome counts with precision/recall/F1 of each row and of all."""
    rows = sorted(table.items(), key=lambda kv: (-(kv[1]["tp"] + kv[1]["fp"] + kv[1]["fn"]), kv[0]))
    width = max([len(title)] + [len(k) for k in table])
    lines = [f"{title:<{width}}  " + "  ".join(f"{o:>9}" for o in columns) + f"  {'P':>5}  {'R':>5}  {'F1':>5}"]
    total = Counter()

    def scores(c: Counter) -> str:
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"  {p:>5.3f}  {r:>5.3f}  {f:>5.3f}"

    for key, counts in rows:
        total.update(counts)
        lines.append(f"{key:<{width}}  " + "  ".join(f"{counts[o]:>9}" for o in columns) + scores(counts))
    lines.append(f"{'ALL':<{width}}  " + "  ".join(f"{total[o]:>9}" for o in columns) + scores(total))
    return lines


def main(argv=None) -> int:
    parser = gold_parser(__doc__)
    parser.add_argument("--only", choices=TABLES, help="print one table")
    parser.add_argument("--second", help="a second reading of the same articles (JSONL, by id): adds fp_all, fn_all")
    args = parser.parse_args(argv)
    articles, nlp = load_articles(args.gold)
    from newsfacts.evaluate.gold import load_gold

    second = {a.id: a for a in load_gold(args.second)} if args.second else None
    tables = count_outcomes(articles, nlp, second)
    columns = OUTCOMES + (AGREED if second is not None else ())
    print(f"{len(articles)} articles" + (f", {len(second)} read a second time" if second is not None else ""))
    for name in TABLES:
        if args.only in (None, name):
            print()
            print("\n".join(format_table(name, tables[name], columns)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
