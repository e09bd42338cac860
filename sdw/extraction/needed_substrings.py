"""A regex tried only on texts that hold one of the substrings every match of it holds.

Most of the extractor's side patterns ('(?<!\\w)(?:ال)?سفير\\s+...', 'نيابه\\s+عنه') open with a
lookbehind or a common letter, so re tries them at every character of a sentence, and most sentences
hold no match. Whether the text holds 'سفير' at all is one substring test in C. The substrings are
read off the parsed pattern (runs of literal characters, one per branch of an alternation), so a
pattern changed or extended keeps a right test without a list kept by hand; a pattern we cannot read
is tried on every text.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

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


def _test_for(needs: frozenset[str] | None) -> Callable[[str], bool]:
    if needs is None:
        return lambda text: True
    if len(needs) == 1:
        (needed,) = needs
        return lambda text: needed in text
    return lambda text: any(map(text.__contains__, needs))


class Prefiltered:
    """The pattern's search, match, fullmatch, finditer, findall and sub, answering 'no match' at once
    for a text that holds none of the substrings every match holds (re.Pattern cannot be subclassed)."""

    __slots__ = ("pattern", "_may_match")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        self._may_match = _test_for(needed_substrings(pattern))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self._may_match(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if self._may_match(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos) if self._may_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self._may_match(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.pattern.findall(text, pos, endpos) if self._may_match(text) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count) if self._may_match(text) else text


def prefiltered(regex: str, flags: int = 0) -> Prefiltered:
    """re.compile, for a side pattern that most sentences do not match."""
    return Prefiltered(re.compile(regex, flags))
