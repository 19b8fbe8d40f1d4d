"""Rewrite ``doc[i].text`` / ``doc[i].lower_`` (also ``x.doc[i]...``) as reads of the per-doc word
lists, ``token_texts(doc)[i]`` / ``lower_words(doc)[i]`` (same strings, same IndexError past the
end; no Token made). Mechanical and idempotent: after a merge conflict in a component, take the
other side's file and run this on it again. Slices (``doc[a:b]``) and nested brackets are left
alone; a file that lacks the import is named (add it from ``.lexicon``).

    .venv/bin/python scripts/word_list_reads.py pipeline/recognition/*.py pipeline/linking/*.py pipeline/records/build.py
"""
import re
import sys
from pathlib import Path

PAT = re.compile(r"(?<![\w.])((?:[A-Za-z_]\w*\.)?doc)\[([^\[\]:]+)\]\.(text|lower_)\b")


def main(paths) -> int:
    total = 0
    for path in paths:
        p = Path(path)
        src = p.read_text()
        new, count = PAT.subn(lambda m: f"{'token_texts' if m.group(3) == 'text' else 'lower_words'}"
                                        f"({m.group(1)})[{m.group(2)}]", src)
        if count:
            for name in ("token_texts", "lower_words"):
                if f"{name}(" in new and not re.search(rf"^from \S+ import [^\n]*\b{name}\b|^def {name}\b|import \([^)]*\b{name}\b",
                                                       new, re.M | re.S):
                    print(f"{path}: add the import of {name}")
            p.write_text(new)
            print(path, count)
        total += count
    print("total", total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
