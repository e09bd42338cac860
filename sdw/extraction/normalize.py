"""Arabic text normalization that remembers where every character came from.

Matching runs on normalized text (one spelling per letter, ASCII digits, no diacritics), but
evidence must point into the original article, so every normalized character keeps the index
of the original character it came from.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress

from sdw.extraction.first_chars import gated
from sdw.extraction.needed_substrings import Prefiltered, prefiltered
from sdw.extraction.numbers import WORD_NUMBER_PATTERN, word_number

# Harakat, Quranic marks and superscript alef: they vary between outlets and carry no meaning here.
_DROPPED = {chr(c) for c in range(0x064B, 0x0660)} | {chr(c) for c in range(0x06D6, 0x06EE)} | {"\u0670"}
# Tatweel, soft hyphen, zero-width and bidi controls: invisible, and they split words.
_DROPPED |= {"\u0640", "\u00ad", "\u061c", "\ufeff", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f"}
_DROPPED |= {chr(c) for c in range(0x202A, 0x202F)} | {chr(c) for c in range(0x2066, 0x206A)}

_REPLACED = {
    # Alef with hamza or madda, and wasla: outlets write them inconsistently.
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    # Persian letter forms that appear in copied text.
    "ی": "ي", "ک": "ك", "ۀ": "ه",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
    "“": '"', "”": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
    "–": "-", "—": "-", "ـ": "",
}
_REPLACED.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_REPLACED.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits


_COMPATIBILITY_FORMS = prefiltered("[\ufb50-\ufdff\ufe70-\ufeff\uff01-\uff5e]")
# One translate table for the common case: every character maps to at most one character.
_TABLE: dict[int, str | None] = {ord(char): None for char in _DROPPED}
_TABLE.update({ord(char): (repl or None) for char, repl in _REPLACED.items()})
_TABLE.update({code: chr(code + 32) for code in range(ord("A"), ord("Z") + 1)})
# str.translate looks every character up in _TABLE; replacing each character of _TABLE a text holds,
# one after another, is faster and the same, as no replacement holds a character of _TABLE
# (tests/unit/test_normalize.py checks it).
_FOLD = {chr(code): replacement or "" for code, replacement in _TABLE.items()}
_FOLDED = prefiltered("[%s]" % re.escape("".join(_FOLD)))


def _translate(text: str) -> str:
    """text.translate(_TABLE)."""
    for char in set(_FOLDED.findall(text)):
        text = text.replace(char, _FOLD[char])
    return text


def _fold(char: str) -> str:
    """The slow, general path for one character (compatibility forms may expand to several)."""
    if char in _DROPPED:
        return ""
    if _COMPATIBILITY_FORMS.match(char) and char != "\ufeff":
        return "".join(_fold(c) for c in unicodedata.normalize("NFKC", char))
    return _REPLACED.get(char, char).lower()


@dataclass(frozen=True)
class NormalizedText:
    """Normalized text plus, for each of its characters, the index of the original character."""

    text: str
    # range(len(text)) when every character stays in place (most lines: no tuple to build), else a
    # tuple; always range when the indices are those (_origin), so equal texts compare equal.
    origin: Sequence[int]
    original_length: int

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalized text back to the original text."""
        if start >= end or not self.origin:
            position = self.origin[start] if start < len(self.origin) else self.original_length
            return position, position
        return self.origin[start], self.origin[end - 1] + 1


def normalize(text: str) -> NormalizedText:
    normalized = _fold_letters(text)
    return (_spelled_years_as_digits(normalized) if any(stem in normalized.text for stem in _THOUSANDS_STEMS)
            else normalized)


def _fold_letters(text: str) -> NormalizedText:
    if _COMPATIBILITY_FORMS.search(text):
        out: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(text):
            folded = _fold(char)
            out.append(folded)
            origin.extend([index] * len(folded))
        return NormalizedText("".join(out), _origin(tuple(origin)), len(text))
    folded = _translate(text)
    if len(folded) == len(text):
        return NormalizedText(folded.lower(), range(len(text)), len(text))
    kept = tuple(compress(range(len(text)), map(_DROPPED.isdisjoint, text)))  # the characters not dropped
    return NormalizedText(folded.lower(), _origin(kept), len(text))


# 'الأربعاء الرابع والعشرون من أكتوبر ألفين وثمانية عشر'، 'أواخر نونبر من سنة ألفين وثلاثة وعشرين': a formal
# dateline or copy spells the year out. After 'سنة'/'عام' or a month's name it is that year, read as its digits
# (each digit keeps the place of the words it came from); elsewhere 'ألفين وخمسين' may count men.
_THOUSANDS_STEMS = ("لفين", "لفان")
_TWO_THOUSAND = 2000


@cache
def _spelled_year() -> re.Pattern[str]:
    # Imported here: the reference lexicon is itself normalized by this module.
    from sdw.extraction.reference import month_names

    months = "|".join(sorted((re.escape(m).replace(r"\ ", r"\s+") for m in month_names()), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:[وفبل]?(?:ال)?(?:سنه|عام)|{months})\s+(?:من\s+(?:سنه|عام)\s+)?"
                      rf"(?P<year>(?:الفين|الفان)\s+و\s*(?P<rest>(?:احدي|احد)\s+و\s*\S+|{WORD_NUMBER_PATTERN})ه?)(?!\w)")


def _spelled_years_as_digits(normalized: NormalizedText) -> NormalizedText:
    text, origin = normalized.text, normalized.origin
    out: list[str] = []
    kept: list[int] = []
    last = 0
    for match in _spelled_year().finditer(text):
        rest = re.sub(r"^احدي?(?=\s)", "واحد", match["rest"])
        value = word_number(rest) or word_number(re.sub("ه$", "", rest))
        if value is None or not 0 < value < 100:
            continue
        start, end = match.span("year")
        out.append(text[last:start])
        kept.extend(origin[last:start])
        digits = str(_TWO_THOUSAND + value)
        out.append(digits)
        # The digits span the words: the first three at the first word's place, the last at the last letter's.
        kept.extend([origin[start]] * (len(digits) - 1) + [origin[end - 1]])
        last = end
    if not out:
        return normalized
    out.append(text[last:])
    kept.extend(origin[last:])
    return NormalizedText("".join(out), _origin(tuple(kept)), normalized.original_length)


def _origin(indices: tuple[int, ...]) -> Sequence[int]:
    identity = range(len(indices))
    return identity if indices == tuple(identity) else indices


# The two characters whose lowercase is not theirs alone: a capital sigma lowercases by what follows
# it (final or not), a dotted capital I to two characters.
_CONTEXTUAL_CASE = prefiltered("[\u03a3\u0130]")


def normalize_part(whole: NormalizedText, source: str, start: int, end: int) -> NormalizedText:
    """normalize(source[start:end]), given whole = normalize(source): every other character folds on
    its own, so the part is the slice of the whole that came from it (a line normalized once serves
    all its sentences)."""
    if _CONTEXTUAL_CASE.search(source):
        return normalize(source[start:end])
    if isinstance(whole.origin, range):  # every character in place: the part is the same slice
        return NormalizedText(whole.text[start:end], range(end - start), end - start)
    first, last = bisect_left(whole.origin, start), bisect_left(whole.origin, end)
    return NormalizedText(whole.text[first:last], _origin(tuple(map((-start).__add__, whole.origin[first:last]))),
                          end - start)


def normalize_text(text: str) -> str:
    """Normalized text alone, for lexicon entries and lookups."""
    return normalize(text).text


def squash_spaces(text: str) -> str:
    return " ".join(text.split())  # str.split() and \s agree on what is a space


# Whole lines that are site furniture, not article prose. Matched on normalized text.
# Buttons and labels are short: these patterns apply only to lines of a few words, so an
# article sentence that starts with "شارك" (took part) is never mistaken for a share button.
_SHORT_FURNITURE = [
    r"^رابط مختصر$", r"^اترك (?:تعليقا?|ردا)$", r"^الاخبار العاجله$", r"^اقرا (?:ايضا|المزيد)",
    r"^شارك(?:وا)?(?: هذا(?: المقال| الخبر)?| المقال| الخبر| علي \w+)?$", r"^تابعونا", r"^كلمات (?:دلاليه|مفتاحيه)",
    r"^(?:مواضيع|مقالات|اخبار) ذات صله", r"^(?:facebook|twitter|whatsapp|telegram|x)$", r"اخر تحديث",
    r"^de\s*//", r"^(?:المصدر|تصوير|صوره)\s*:", r"^التعليقات(?: مغلقه)?$", r"^اضف تعليق", r"^طباعه$",
    # An outlet's credit to the wire it copies: 'أنباء الجنوب – عن (و م ع)'، 'نقلا عن لاماب'.
    r"(?:^|\W)(?:عن|نقلا عن)\s*\(?\s*(?:و\W?م\W?ع|لاماب|map)\W*$",
]
_ANY_LENGTH_FURNITURE = [r"تسجل الدخول", r"ملفات تعريف الارتباط", r"\bcookies?\b", r"قراءه المزيد",
                         r"جميع الحقوق محفوظه"]
_SHORT_FURNITURE_RE = prefiltered("|".join(f"(?:{p})" for p in _SHORT_FURNITURE))
_ANY_LENGTH_FURNITURE_RE = Prefiltered(gated(re.compile("|".join(f"(?:{p})" for p in _ANY_LENGTH_FURNITURE))))
_SHORT_LINE_WORDS = 10


_YEAR_HEADING_RE = re.compile(r"[\s\-–—•*▪]*(?:19|20)\d\d\s*[:.\-–—]?\s*")  # not '© 2025' under the page


def is_boilerplate_line(normalized_line: str) -> bool:
    """True for share/comment/cookie/'read also' lines and bylines that carry no article prose."""
    line = squash_spaces(normalized_line)
    if not line:
        return True
    if _ANY_LENGTH_FURNITURE_RE.search(line):
        return True
    if len(line.split()) <= _SHORT_LINE_WORDS and _SHORT_FURNITURE_RE.search(line):
        return True
    # A line with no Arabic letter at all (a byline, a bare URL, a tag) is not prose; a year alone heads a
    # chronology's items ('2017' over 'منحته روما وسام ...').
    return not re.search(r"[\u0621-\u064a]", line) and not _YEAR_HEADING_RE.fullmatch(line)
