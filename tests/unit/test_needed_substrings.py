"""needed_substrings.Prefiltered: a pattern tried only on texts holding a substring every match holds."""

import re
from pathlib import Path

import pytest

from sdw.extraction import article, dates, events, normalize, sessions, tallies
from sdw.extraction.needed_substrings import Prefiltered, needed_substrings, prefiltered
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
    """The seeds' lines and those of every hundredth written article, cut into pieces the length of the windows
    the side patterns are searched in (many end with '$' and are meant for a few words before a match)."""
    paths = sorted(DEFAULT_SOURCE.glob("*.txt")) + sorted(WRITTEN.glob("**/articles/*.txt"))[::100]
    texts = [normalize.normalize(line).text for path in paths for line in path.read_text(encoding="utf-8").splitlines()]
    return [text[at:at + _WINDOW] for text in texts for at in range(0, len(text), _WINDOW // 2)]


_WINDOW = 80


def test_the_prefiltered_patterns_find_what_they_found_on_the_shipped_articles():
    modules = (article, events, normalize, dates, tallies, sessions)
    wrapped = [value for module in modules for value in vars(module).values() if isinstance(value, Prefiltered)]
    assert len(wrapped) > 300  # every side pattern of the extractor, built with prefiltered()
    lines = _shipped_lines()
    for side_pattern in wrapped:
        pattern = side_pattern.pattern
        for text in filter(pattern.search, lines):
            # A text the pattern matches is never ruled out, whichever method asks.
            assert [m.span() for m in side_pattern.finditer(text)] == [m.span() for m in pattern.finditer(text)]
            assert side_pattern.findall(text) == pattern.findall(text)
            assert side_pattern.sub("#", text) == pattern.sub("#", text)
            assert bool(side_pattern.search(text, 5, 60)) == bool(pattern.search(text, 5, 60))


def test_a_text_without_the_substrings_is_answered_at_once():
    council = prefiltered(r"(?<!\w)[لب]?(?:ال)?مجلس\s+وزراء(?!\w)")
    text = "انطلقت أشغال الدورة بمشاركة وفد أمني"
    assert council.search(text) is None and list(council.finditer(text)) == [] and council.findall(text) == []
    assert council.sub("#", text) == text
    assert council.sub("#", "أشغال مجلس وزراء الداخلية") == "أشغال # الداخلية"
    assert council.match(text) is None and council.fullmatch(text) is None
    assert council.match("لمجلس وزراء") and council.fullmatch("لمجلس وزراء")


def test_a_pattern_made_after_a_text_was_answered_is_tried_on_it():
    # What a text holds is found once for every pattern's substrings and kept; a pattern compiled later (a
    # lazily built one) brings substrings that answer did not look for, so it must be found again.
    text = "أهدى الوفد زمردة نادرة"
    assert prefiltered(r"(?<!\w)[لب]?(?:ال)?مجلس\s+وزراء(?!\w)").search(text) is None  # the text answered
    late = prefiltered(r"(?<!\w)(?:زمردة|ياقوتة)(?!\w)")
    assert late.search(text) and late.findall(text) == ["زمردة"]
