"""needed_substrings.Prefiltered: a pattern tried only on texts holding a substring every match holds."""

import re
from pathlib import Path

import pytest

from sdw.extraction import article, events, normalize
from sdw.extraction.needed_substrings import Prefiltered, needed_substrings
from sdw.settings import DEFAULT_SOURCE

WRITTEN = Path(__file__).resolve().parents[2] / "eval" / "written"


@pytest.mark.parametrize(("pattern", "needs"), [
    (r"(?<!\w)(?:ال)?سفير\s+(?:المغرب|المملكه)(?!\w)", {"سفير"}),  # the longest run: lookarounds consume nothing
    (r"(?<!\w)(?:بالنيابه|نيابه)\s+عنه", {"بالنيابه", "نيابه"}),  # one substring per branch
    (r"(?:\s+\S+){0,3}?\s+(?:مرتين|(?:\S+\s+)?مرات)", {"مرتين", "مرات"}),  # an optional run is not needed
    (r"(?:يوم\s+)+الخميس", {"الخميس"}),
    (r"(?:زيار)+ه", {"زيار"}),  # a repeat taken at least once holds its run
])
def test_reads_the_substrings_every_match_holds(pattern, needs):
    assert needed_substrings(re.compile(pattern)) == needs


@pytest.mark.parametrize("pattern", [
    r"(?:ال)?\d+",  # no literal run: nothing to test
    r"(?:سفير|\d+)",  # a branch without one: a match may hold none
    r"(?i)cookies",  # ignoring case: the text's spelling is not the pattern's
    r"و\s+ف",  # single letters
])
def test_leaves_alone_what_it_cannot_test(pattern):
    assert needed_substrings(re.compile(pattern)) is None


def _shipped_lines() -> list[str]:
    paths = sorted(DEFAULT_SOURCE.glob("*.txt")) + sorted(WRITTEN.glob("**/articles/*.txt"))
    return [normalize.normalize(line).text for path in paths for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_prefiltered_patterns_find_what_they_found_on_the_shipped_articles():
    wrapped = [value for module in (article, events, normalize) for value in vars(module).values()
               if isinstance(value, Prefiltered)]
    assert wrapped
    lines = _shipped_lines()
    for prefiltered in wrapped:
        pattern = prefiltered.pattern
        for text in lines:
            assert [m.span() for m in prefiltered.finditer(text)] == [m.span() for m in pattern.finditer(text)]
            assert bool(prefiltered.search(text, 5, 60)) == bool(pattern.search(text, 5, 60))
            assert bool(prefiltered.match(text, 3)) == bool(pattern.match(text, 3))
            assert bool(prefiltered.fullmatch(text)) == bool(pattern.fullmatch(text))
