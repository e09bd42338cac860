"""first_chars.gated: a lookahead on the characters a match can begin with, read off the parsed pattern."""

import re

import pytest

from sdw.extraction.first_chars import first_char_class, gated


@pytest.mark.parametrize(("pattern", "starts"), [
    # Optional groups open the pattern: the weekday's يوم, or the day's digits, may begin it.
    (r"(?:يوم\s+)?(?P<d>\d+)\s+مارس", {"ي", r"\d"}),
    (r"(?<!\w)[وف]?امس", {"و", "ف", "ا"}),  # a lookbehind consumes nothing
    (r"(?:بين|من)\s+\d{4}", {"ب", "م"}),
    (r"(?:ال)*[0-2]?\d", {"ا", "0-2", r"\d"}),
    (r"\bcookies?\b|تسجل", {"c", "ت"}),
])
def test_reads_the_characters_a_match_begins_with(pattern, starts):
    found = first_char_class(re.compile(pattern))
    assert found is not None
    assert set(re.findall(r"\\.|.-.|.", found[1:-1])) == starts


@pytest.mark.parametrize("pattern", [
    r"(?:ال)?",  # may match nothing: a match may begin anywhere
    r".امس",  # any character
    r"[^\d]امس",  # a negated class
    r"(?i)امس",  # a flag that changes matching
    r"(يوم\s+)?(?(1)ال|)خميس",  # a conditional on a group
])
def test_leaves_alone_what_it_cannot_read(pattern):
    compiled = re.compile(pattern)
    assert first_char_class(compiled) is None
    assert gated(compiled) is compiled


def test_the_gated_pattern_finds_the_same_matches_and_groups():
    pattern = re.compile(r"(?:(?P<wd>الخميس|الجمعه)\s+)?(?P<d>\d{1,2})\s+(?P<m>مارس|ابريل)(?:\s+(?P<y>\d{4}))?")
    text = "وصل الخميس 12 مارس 2023 ثم 3 ابريل، وفي الجمعه مارس لا يوم له، و 30 ابريل 2024"
    gate = gated(pattern)
    assert gate.pattern.startswith("(?=")
    assert [(m.span(), m.groupdict()) for m in gate.finditer(text)] == [
        (m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert gate.search(text, 20).group() == pattern.search(text, 20).group()
