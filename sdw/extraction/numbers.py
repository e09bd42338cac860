"""Numbers spelled out in words (normalized spelling), as news copy writes small counts and durations.

Arabic counts take the feminine ending with masculine nouns ('خمسة أيام', 'أربع لقاءات'), so each
stem also matches with a final ه.
"""
from __future__ import annotations

import re

WORD_NUMBERS = {"واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثماني": 8,
                "ثمان": 8, "تسع": 9, "عشر": 10}
WORD_NUMBER_PATTERN = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))


def word_number(text: str) -> int | None:
    """The value of a spelled-out number or of digits ('خمسه' 5, '12' 12), else None."""
    if text.isdigit():
        return int(text)
    return WORD_NUMBERS.get(text) or WORD_NUMBERS.get(re.sub("ه$", "", text))
