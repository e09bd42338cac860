"""A regex that skips, in C, the places where no match can begin.

Python's re tries a pattern at every character. A pattern that opens with optional groups ('يوم
الخميس 12 مارس': a weekday, a day, then the month) gets no help from re's own prefix scan, so at each
character it tries every branch of its opening alternations before failing. A lookahead on the
characters a match can begin with fails at once instead: on the seeds' sentences the day pattern runs
about twice as fast. The characters are read off the parsed pattern, so a new month name or weekday in
the seeds is covered without a list kept by hand; a pattern we cannot read is left as it is.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


class _Unreadable(Exception):
    """The pattern holds something whose first character we do not work out (any character, a back-reference)."""


def _class_item(op: object, av: Any) -> str:
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is sre.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _Unreadable(op)


def _first(items: list) -> tuple[set[str], bool]:
    """The class items a match of this sequence can begin with, and whether it can match nothing."""
    starts: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a lookaround or anchor consumes nothing: the next item begins the match
        if op is sre.LITERAL:
            return starts | {_class_item(op, av)}, False
        if op is sre.IN:
            return starts | {_class_item(item_op, item_av) for item_op, item_av in av}, False
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if add_flags or del_flags:
                raise _Unreadable(op)
            found, empty = _first(inner.data)
        elif op is sre.BRANCH:
            found, empty = set(), False
            for branch in av[1]:
                branch_found, branch_empty = _first(branch.data)
                found |= branch_found
                empty = empty or branch_empty
        elif op in _REPEATS:
            low, _high, inner = av
            found, empty = _first(inner.data)
            empty = empty or low == 0
        else:
            raise _Unreadable(op)
        starts |= found
        if not empty:
            return starts, False
    return starts, True


def first_char_class(pattern: re.Pattern[str]) -> str | None:
    """'[\\dيابثخجسف]': the characters a match of the pattern can begin with; None when we cannot tell or
    any can (it may match nothing, begin with any character, or set flags that change matching)."""
    if pattern.flags & ~re.UNICODE:
        return None
    try:
        starts, empty = _first(sre_parse.parse(pattern.pattern, pattern.flags).data)
    except _Unreadable:
        return None
    if empty or not starts:
        return None
    return "[" + "".join(sorted(starts)) + "]"


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern, with the same matches and groups, that fails at once where no match can begin."""
    chars = first_char_class(pattern)
    if chars is None:
        return pattern
    return re.compile(f"(?={chars})(?:{pattern.pattern})", pattern.flags)
