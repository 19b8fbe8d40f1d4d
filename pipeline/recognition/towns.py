"""Small towns beside a component's rules: ``places/towns.jsonl`` of the patterns folder
(~29,000 names from GeoNames that the gazetteer files lack), read as plain data, never
matched free-standing. They travel with the component: ``to_disk`` writes them into the saved
folder and ``to_bytes`` into its bytes, so a saved pipeline has the towns it was built with."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, Optional, Union

import srsly
from spacy.language import Language
from spacy.util import SimpleFrozenList

from .. import settings
from ..normalisation.places import read_towns, towns_file, write_towns
from . import cache

RULES_KEY, TOWNS_KEY = "rules", "towns"


def towns_of(folder: Union[str, Path]) -> Dict[str, tuple]:
    """:func:`read_towns`, kept between runs in the compiled-rule cache under a digest of the
    file's bytes and the code (reading its ~29,000 lines is a sixth of building the pipeline),
    and read once per process for every component that asks (the venues and the dateline)."""
    path = towns_file(folder)
    if not path.exists():
        return read_towns(folder)
    stat = path.stat()
    # (the cache's folder in the key: a process that points the cache elsewhere fills that one)
    return _towns_at(str(folder), stat.st_mtime_ns, stat.st_size, str(cache.cache_dir()))


@lru_cache(maxsize=4)
def _towns_at(folder: str, mtime_ns: int, size: int, cache_folder: str) -> Dict[str, tuple]:
    return cache.remembered("towns", towns_file(folder).read_bytes(), lambda: read_towns(folder))


class TownsMixin:
    """A :class:`~.base.RuleComponent` with ``self.towns`` (name -> the countries that have a
    town of that name), read when first asked for: from the patterns folder, or from where
    ``from_disk``/``from_bytes`` loaded the component."""

    #: where the towns come from when not from ``patterns_dir``: a saved folder, or the towns
    #: themselves (``from_bytes``)
    _towns_source: Union[None, Path, Dict[str, tuple]] = None
    _towns: Optional[Dict[str, tuple]] = None

    @property
    def towns(self) -> Dict[str, tuple]:
        if self._towns is None:
            source = self._towns_source
            self._towns = source if isinstance(source, dict) else \
                towns_of(source or self.patterns_dir or settings.PATTERNS_DIR)
        return self._towns

    def load_towns(self) -> None:
        """Read the towns now, not at the first doc that needs them (a component that looks
        them up on every doc calls it from ``compile``)."""
        self._towns = None
        _ = self.towns

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None,
                   patterns_dir: Optional[str] = None) -> None:
        self._towns_source, self._towns = None, None  # the towns of the patterns folder, as the rules
        super().initialize(get_examples, nlp=nlp, patterns_dir=patterns_dir)

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        super().to_disk(path, exclude=exclude)
        write_towns(path, self.towns)

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()):
        self._towns_source, self._towns = Path(path), None
        return super().from_disk(path, exclude=exclude)

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        rules = super().to_bytes(exclude=exclude)
        return srsly.msgpack_dumps({TOWNS_KEY: self.towns, RULES_KEY: rules})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()):
        state = srsly.msgpack_loads(data)
        self._towns_source = {name: tuple(countries) for name, countries in state[TOWNS_KEY].items()}
        self._towns = None
        return super().from_bytes(state[RULES_KEY], exclude=exclude)
