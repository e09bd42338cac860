"""Numbers spelled out in words (normalized spelling), as news copy writes small counts and durations.

Arabic counts take the feminine ending with masculine nouns ('خمسة أيام', 'أربع لقاءات'), so each
stem also matches with a final ه. Tens come in both cases ('عشرون'، 'عشرين') and after their unit
('خمسة وعشرين'); the teens are a unit before 'عشر' ('أحد عشر'، 'خمسة عشر'، 'اثنتا عشرة').
"""
from __future__ import annotations

import re

_UNITS = {"واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثماني": 8,
          "ثمان": 8, "تسع": 9}
_TENS = {"عشر": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40, "خمسين": 50,
         "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70, "ثمانين": 80, "ثمانون": 80, "تسعين": 90,
         "تسعون": 90, "مايه": 100, "ميه": 100}
WORD_NUMBERS = {**_UNITS, **_TENS}
# The units of 11 to 19: 'احد/احدي عشر', 'اثنا/اثني/اثنتا/اثنتي عشر', then 'ثلاثه عشر' ... 'تسعه عشر'.
_TEEN_UNITS = {"احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
               **{word: value for word, value in _UNITS.items() if value >= 3}}


def _alternatives(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# 'خمسة وعشرين' (25) before the single words, so that the unit alone does not match first.
_TWENTY_AND_UP = {word: value for word, value in _TENS.items() if value >= 20}
WORD_NUMBER_PATTERN = (rf"(?:{_alternatives(_UNITS)})ه?\s+و(?:{_alternatives(_TWENTY_AND_UP)})"
                       rf"|(?:{_alternatives(_TEEN_UNITS)})ه?\s+عشر"
                       rf"|{_alternatives(WORD_NUMBERS)}")


def word_number(text: str) -> int | None:
    """The value of a spelled-out number or of digits ('خمسه' 5, '12' 12, 'خمسه وعشرين' 25), else None."""
    if text.isdigit():
        return int(text)
    unit, _, tens = re.sub(r"\s+", " ", text).partition(" و")
    if tens:
        first, second = word_number(unit), _TWENTY_AND_UP.get(tens)
        return first + second if first and second and first < 10 else None
    unit, _, ten = unit.partition(" ")
    if ten:
        teen_unit = _TEEN_UNITS.get(unit) or _TEEN_UNITS.get(re.sub("ه$", "", unit))
        return 10 + teen_unit if teen_unit and re.fullmatch("عشره?", ten) else None
    return WORD_NUMBERS.get(text) or WORD_NUMBERS.get(re.sub("ه$", "", text))


# Ordinal adjectives from two to ten, bare and normalized ('ثالث زيارة'، 'الدورة الثالثة'): the article and the
# feminine ending are added where a reader meets them.
ORDINALS = {"ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8, "تاسع": 9, "عاشر": 10}
