"""A regex tried only on texts that hold one of the substrings every match of it holds.

Most of the extractor's side patterns ('(?<!\\w)(?:ال)?سفير\\s+...', 'نيابه\\s+عنه') open with a
lookbehind or a common letter, so re tries them at every character of a sentence, and most sentences
hold no match. Whether the text holds 'سفير' at all is one substring test in C. The substrings are
read off the parsed pattern (runs of literal characters, one per branch of an alternation), so a
pattern changed or extended keeps a right test without a list kept by hand; a pattern we cannot read
is tried on every text.

A pattern with several such substrings (one per branch) would test each in turn, and a sentence is
tested by hundreds of patterns: instead every pattern's substrings are looked for in one pass over the
text (an Aho-Corasick automaton over all of them), once per distinct text, and each pattern's test is a
set intersection.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from operator import itemgetter
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_MIN_LENGTH = 2  # a single letter is in nearly every Arabic sentence: no test worth making


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The test that rules out most texts: the longest shortest substring, then the fewest substrings."""
    return max(candidates, key=lambda found: (min(map(len, found)), -len(found)), default=None)


def _needs(items: list) -> frozenset[str] | None:
    """Substrings of which every match of this sequence holds one, or None when we find none."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append(frozenset({run}))
            run = ""
        found: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            found = None if add_flags or del_flags else _needs(inner.data)
        elif op is sre.BRANCH:
            branches = [_needs(branch.data) for branch in av[1]]
            found = None if None in branches else frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            found = _needs(av[2].data)
        if found:
            candidates.append(found)
    return _best(candidates)


def needed_substrings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Substrings of which every match holds one; None when we cannot tell or the test would not pay."""
    if pattern.flags & ~re.UNICODE:
        return None  # ignoring case, say: the text's spelling need not be the pattern's
    found = _needs(sre_parse.parse(pattern.pattern, pattern.flags).data)
    return found if found and min(map(len, found)) >= _MIN_LENGTH else None


_MAX_CACHED_TEXTS = 4096  # texts whose substrings are kept: a sentence's, with its clauses, is tested hundreds of times
_SUBSTRING_NUMBER = itemgetter(1)  # of the automaton's (end, value) for each substring found


class _HeldSubstrings(dict[str, frozenset[int]]):
    """text -> the numbers of the needed substrings it holds, found the first time the text is met.

    Every pattern's substrings are numbered and found in one pass over the text (an Aho-Corasick
    automaton over all of them). A pattern made after the automaton was built (a lazily compiled one)
    adds its substrings: the automaton is built again and every answer found without them dropped."""

    def __init__(self) -> None:
        super().__init__()
        self._numbers: dict[str, int] = {}
        self._automaton: Any = None

    def numbers(self, needs: frozenset[str]) -> frozenset[int]:
        new = sorted(needs - self._numbers.keys())
        for needed in new:
            self._numbers[needed] = len(self._numbers)
        if new:
            self._automaton = None
            self.clear()
        return frozenset(map(self._numbers.__getitem__, needs))

    def __missing__(self, text: str) -> frozenset[int]:
        automaton = self._automaton or self._build()
        held = frozenset(map(_SUBSTRING_NUMBER, automaton.iter(text)))
        if automaton is self._automaton:  # no pattern added its substrings meanwhile (in another thread)
            if len(self) >= _MAX_CACHED_TEXTS:
                self.clear()
            self[text] = held
        return held

    def _build(self) -> Any:
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for needed, number in self._numbers.items():
            automaton.add_word(needed, number)
        automaton.make_automaton()
        self._automaton = automaton
        return automaton


_HELD = _HeldSubstrings()


class Prefiltered:
    """The pattern's search, match, fullmatch, finditer, findall and sub, answering 'no match' at once
    for a text that holds none of the substrings every match holds (re.Pattern cannot be subclassed).
    The test is written out in each method: it runs hundreds of times a sentence, a call more is felt."""

    __slots__ = ("pattern", "_needs")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        needs = needed_substrings(pattern)
        self._needs = None if needs is None else _HELD.numbers(needs)  # None: tried on every text

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._needs is None or not self._needs.isdisjoint(_HELD[text]):
            return self.pattern.search(text, pos, endpos)
        return None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._needs is None or not self._needs.isdisjoint(_HELD[text]):
            return self.pattern.match(text, pos, endpos)
        return None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._needs is None or not self._needs.isdisjoint(_HELD[text]):
            return self.pattern.fullmatch(text, pos, endpos)
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._needs is None or not self._needs.isdisjoint(_HELD[text]):
            return self.pattern.finditer(text, pos, endpos)
        return iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self._needs is None or not self._needs.isdisjoint(_HELD[text]):
            return self.pattern.findall(text, pos, endpos)
        return []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        if self._needs is None or not self._needs.isdisjoint(_HELD[text]):
            return self.pattern.sub(repl, text, count)
        return text


def prefiltered(regex: str, flags: int = 0) -> Prefiltered:
    """re.compile, for a side pattern that most sentences do not match."""
    return Prefiltered(re.compile(regex, flags))
