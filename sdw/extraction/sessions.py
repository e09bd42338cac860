"""Numbered sessions of an international body's recurring meeting: 'الدورة الثانية والتسعين للجمعية العامة
للأنتربول' is the 92nd INTERPOL General Assembly, held in Glasgow from 4 to 7 November 2024
(organization_sessions.csv). A report that gives the session but no year, or no place, is dated and
placed by it, as a reader who knows the calendar of these meetings would.
"""
from __future__ import annotations

from sdw.extraction.needed_substrings import prefiltered
from sdw.extraction.numbers import ORDINALS
from sdw.extraction.places import PlaceMention, Token
from sdw.extraction.reference import Reference, Session

# Ordinals as news copy spells session numbers, masculine and feminine, normalized (ة -> ه, ى -> ي).
_UNITS = {"الاول": 1, "الاولي": 1, "الحادي": 1, "الحاديه": 1,
          **{f"ال{word}{ending}": n for word, n in ORDINALS.items() if n < 10 for ending in ("", "ه")}}
_TENS = {"العاشر": 10, "العاشره": 10, "العشرين": 20, "الثلاثين": 30, "الاربعين": 40, "الخمسين": 50, "الستين": 60,
         "السبعين": 70, "الثمانين": 80, "التسعين": 90, "المايه": 100}
# 'الدورة'، 'دورتها'، 'المؤتمر'، 'الجمعية العامة' (the number may follow 'العامة'), with their clitics.
_SESSION_NOUN = prefiltered(r"^[وف]?(?:ب|ل|لل|ال|بال)?(?:دوره|دورته|دورتها|موتمر|موتمرها|اجتماع)$")
# What may stand between the noun and its number: 'الدورة العادية 42'، 'الاجتماع الدولي الثالث عشر'.
_QUALIFIERS = frozenset({"العاديه", "الاستثنائيه", "الدولي", "الدوليه", "السنوي", "السنويه"})
_GENERAL = prefiltered(r"^[وف]?(?:ب|ل|لل|ال|بال)?جمعيه$")
_DIGITS = prefiltered(r"^(?:ال)?(\d{1,3})$")
# How far from the body's name its session noun may stand: "الاجتماع الدولي الثالث عشر لكبار المسؤولين
# المكلفين بقضايا الأمن، المنعقد بمبادرة من مجلس ...".
_REACH_TOKENS = 14
# 'ملف المملكة لاحتضان دورتها الثالثة والتسعين في مدينة مراكش': the infinitive of hosting a session to come.
TO_HOST = frozenset({"لاحتضان", "لاستضافه", "لتنظيم", "باحتضان", "باستضافه"})


def ordinal_at(words: list[str], index: int) -> int | None:
    """The session number spelled at words[index:]: '92'، 'ال92'، 'ال 92'، 'الثانيه والتسعين'، 'الحادي عشر'."""
    if index >= len(words):
        return None
    if words[index] == "ال" and index + 1 < len(words):
        index += 1
    digits = _DIGITS.match(words[index])
    if digits:
        return int(digits.group(1))
    unit = _UNITS.get(words[index])
    if unit is None:
        return _TENS.get(words[index])
    following = words[index + 1] if index + 1 < len(words) else ""
    if following in ("عشر", "عشره"):
        return unit + 10
    if following.startswith("و") and following[1:] in _TENS:
        return unit + _TENS[following[1:]]
    return unit


def find_session(tokens: list[Token], mentions: list[PlaceMention], reference: Reference) -> Session | None:
    """The known session a sentence names: a session noun with its number near an international body."""
    words = [t.text for t in tokens]
    sentence = " ".join(words)
    for mention in mentions:
        code = mention.alias.agency
        # A body with sessions in the calendar: an international organisation, or a national one that
        # convenes an international meeting (the Russian Security Council's meeting of security chiefs).
        if code is None or code not in reference.session_bodies:
            continue
        first = max(0, mention.token_index - _REACH_TOKENS)
        last = min(len(words), mention.token_index + mention.token_count + _REACH_TOKENS)
        for index in range(first, last):
            if _SESSION_NOUN.match(words[index]) and not (index > 0 and words[index - 1] in TO_HOST):
                # 'لصالح ملف المغرب لاحتضان دورتها الثالثة والتسعين': the session bid for is yet to sit.
                after = index + 1
                while after < len(words) and words[after] in _QUALIFIERS:
                    after += 1
                number = ordinal_at(words, after)
            elif _GENERAL.match(words[index]) and index + 1 < len(words) and words[index + 1] == "العامه":
                number = ordinal_at(words, index + 2)
            else:
                continue
            # 'المؤتمر الثاني والأربعين لقادة الشرطة والأمن العرب' is not the council's 42nd session.
            sessions = reference.sessions.get((code, number), ()) if number else ()
            session = next((s for s in sessions if s.named_by in sentence), None)
            if session is not None:
                return session
    return None
