"""A per-word cache for what the extractor reads off single words.

Most analyses of a sentence look each of its words up (is it a month name, does it begin an
alias, can a trigger start there); words repeat across sentences and articles, so each distinct
word is read once and every later lookup is a dict lookup, which `map(cache.__getitem__, words)`
runs in C for a whole sentence.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

V = TypeVar("V")


class WordCache(dict[str, V]):
    """word -> read(word), read the first time the word is met."""

    def __init__(self, read: Callable[[str], V]):
        super().__init__()
        self.read = read

    def __missing__(self, word: str) -> V:
        value = self[word] = self.read(word)
        return value
