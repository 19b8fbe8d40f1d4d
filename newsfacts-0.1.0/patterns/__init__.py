"""The rule files of newsfacts (JSONL data with ids, documented in README.md here).

Not code: this marker makes the folder the package ``newsfacts.patterns``, so that a wheel
carries the rules as package data and ``importlib.resources`` finds them wherever newsfacts is
installed.
"""
