"""Counts an article claims ('48 لقاء دوليا', 'فرنسا حوالي 4 لقاءات', 'بلقاءين لكل دولة').

Claims are kept as claims: they never become meetings. Each count applies to the countries or
region named just before it, back to the previous count or clause break ('، وفرنسا حوالي 4
لقاءات'); a count that names no party is the article's total.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sdw.extraction.actors import EPITHET_TITLE
from sdw.extraction.first_chars import gated
from sdw.extraction.needed_substrings import prefiltered
from sdw.extraction.numbers import ORDINALS, WORD_NUMBER_PATTERN, word_number
from sdw.extraction.places import HOME, PlaceMention
from sdw.extraction.reference import approximation_words

# Delegations, officials and envoys ('استقبل خلال هذه السنة 14 سفيرا'): counted only where he received or met them
# (_his_receptions).
_RECEIVED_NOUNS = "وفدا|وفود|وفد|مسوولا|مسوولين|سفيرا|سفراء"
# Times: 'التقى حموشي مسؤولين أمنيين إسبانا تسع مرات'، 'زارها حموشي مرتين': counted only after his verb of meeting
# or visiting (_MET_OR_VISITED), not 'تضاعف عدد السياح ثلاث مرات'; so are occasions ('التقى مسؤولين إسبانا في
# ثماني مناسبات').
_TIMES_NOUNS = "مرات|مناسبات"
_NOUN = (r"(?:لقاء|لقاءات|لقاءا|اجتماع|اجتماعات|اجتماعا|زياره|زيارات|جلسه عمل|جلسات عمل|مباحثات|محطات|جولات"
         r"|جلسه مباحثات|جلسات مباحثات|جلسات(?=\s+مع(?!\w))"  # 'أربع جلسات مع مسؤولين أمريكيين'
         rf"|{_RECEIVED_NOUNS}|{_TIMES_NOUNS})")
_APPROX = f"(?:{'|'.join(map(re.escape, approximation_words()))})"
# 'أربع مرات على الأقل'، 'عشرة لقاءات ثنائية تقريبا': said after the count's noun (and its adjective).
_APPROX_AFTER = prefiltered(rf"(?:\s+[^\s،,.؛:]+)?\s+(?:{'|'.join(map(re.escape, approximation_words('after')))})"
                            r"(?!\w)")
_DUALS = ("لقاءين|لقاءان|اجتماعين|اجتماعان|زيارتين|زيارتان|محطتين|محطتان|جولتين|جولتان|وفدين|وفدان|سفيرين|سفيران"
          "|مرتين|مرتان")
_ONE = "واحد|واحدا|واحده"
_COUNT_RE = gated(re.compile(
    rf"(?P<approx>{_APPROX}\s+)?(?:"
    rf"(?<![\d/.-])(?P<n>\d{{1,4}})(?![\d/.-])\s+(?P<noun>{_NOUN})(?!\w)"
    rf"|(?<!\w)[وب]?(?P<dual>{_DUALS})(?!\w)"
    rf"|(?<!\w)[وب]?(?P<one>لقاء|اجتماع|زياره|وفد)\s+(?:{_ONE})(?!\w)"
    rf"|(?<!\w)[وب]?(?P<word>{WORD_NUMBER_PATTERN})ه?\s+(?P<wnoun>{_NOUN})(?!\w))"))
# Every count names one of these nouns (_NOUN, the duals, 'لقاء واحد'): a sentence without any has none.
_NOUN_STEMS = ("لقاء", "اجتماع", "زيار", "جلس", "مباحثات", "محطات", "محطت", "جولات", "جولت", "وفد", "وفود", "مسوول",
               "سفير", "سفراء", "مرات", "مرت", "مناسبات")
# What each alternative of _COUNT_RE holds, without its lookarounds and what may stand before it: a
# digit then a noun, a dual, 'واحد', a number word then a noun. A text with none of these has no count;
# the test is cheap, as every alternative starts with a digit or a letter (no optional prefix to try
# at every character). tests/unit/test_tallies.py checks that it never hides a count.
_COUNT_CORE = gated(re.compile(rf"\d\s+{_NOUN}(?!\w)|{_DUALS}|واحد|(?:{WORD_NUMBER_PATTERN})ه?\s+{_NOUN}(?!\w)"))
# After a count, the parts of it a list goes on to give name no noun: '19 لقاء، 7 منها مع دول أوروبا
# الغربية، و4 مع نظراء خليجيين، ومثلها مع الجانب الأمريكي'، 'السعودية بسبعة لقاءات، تليها الإمارات بستة، ثم
# قطر بخمسة'. Each is read only after a count with its noun.
_PART_RE = gated(re.compile(
    rf"(?:(?<![\w/.-])|(?<=[وب])(?<!\w[وب]))(?P<part>\d{{1,4}}|(?:{WORD_NUMBER_PATTERN})ه?)\s+(?:منها|منهم"
    # 'استأثرت إسبانيا وحدها بثلاثة من هذه اللقاءات': a share of the engagements just counted.
    r"|من\s+(?:هذه|تلك)\s+(?:ال)?(?:لقاءات|اجتماعات|زيارات|مباحثات))(?!\w)"
    rf"|(?:(?<=و)(?<!\wو)(?:{_APPROX}\s+)?|(?<=منها\s)|(?<=بينها\s))(?P<more>\d{{1,4}}|(?:{WORD_NUMBER_PATTERN})ه?)(?=\s+(?:مع|لدول|لبلدان|من\s+(?:دول|بلدان))(?!\w))"
    r"|(?<=و)(?<!\wو)(?P<same>مثلهما|مثلها|مثله)(?!\w)"
    rf"|(?<!\w)ب(?P<by>\d{{1,4}}|(?:{WORD_NUMBER_PATTERN})ه?)(?=\s*(?:[،,.؛]|$)|\s+(?:ثم\s|و))"))
_BREAKS = prefiltered(r"[،(؛;:]")
# A count said to be with foreigners at large ('مع مسؤولين أمنيين أجانب', 'مع نظرائه الدوليين').
_WITH_FOREIGNERS = prefiltered(r"(?:\s+\S+)?\s+مع\s+(?:\S+\s+){0,3}(?:ال)?(?:اجانب|اجنبيه|دوليين)(?!\w)")
_DIGITS_REPEATED = re.compile(r"(?<=[^\W\d])\s*\(\s*\d{1,3}\s*\)")
_BETWEEN_BEFORE = prefiltered(r"(?<!\w)(?<!ما\s)بين\s+$")

# '15 لقاء مع مسؤولين أمنيين من هذه المنطقة': a share of the region the story named before, never his whole count.
_THIS_REGION_AFTER = prefiltered(r"(?:\s+\S+){0,4}?\s+(?:من|في|ب)\s*(?:هذه|تلك)\s+المنطقه(?!\w)")
# 'وفود من دول الخليج'، 'وأربعة لدول إفريقية': the party named after the count.
_FROM_AFTER = prefiltered(r"\s+(?:من\s+(?:دول\s+|بلدان\s+)?|ل(?:دول|بلدان)\s+)")
_WITH_AFTER = prefiltered(r"\s+(?:مع|رفقه)\s")  # '12 لقاء مع ...': the party the count itself names
# 'وإيطاليا وألمانيا بلقاءين لكل منهما'، '(لقاءان لكل بلد)'، 'لقاءان مع ألمانيا والنمسا لكل منهما'، 'جمعته بكل من
# البرتغال والمملكة المتحدة لقاءان'، 'عقد لقاءين مع كل من الكويتيين والبحرينيين': a count said of each of the
# countries its clause names.
_EACH = prefiltered(r"(?<!\w)(?:(?:لكل|عن\s+كل)\s+(?:منهما|منها|من|واحده|واحد|دوله|بلد)|[وب]?كل\s+من)(?!\w)")
_ENVOYS_OF_EACH = prefiltered(r"(?<!\w)(?:سفراء|ممثلي|روساء|قاده|مسوولي|مديري)\s+كل\s+من(?!\w)")
# Stops ('محطتين قادتاه إلى كل من مدريد ولشبونة'): as many as the places named, one each, never so many each.
_STOPS = ("محطات", "محطتين", "محطتان")
# 'عقد اجتماعين متتاليين، يومي الثلاثاء والأربعاء': meetings the sentence goes on to date are told,
# not counted.
_DATED_NEXT = prefiltered(r"(?:\s+[^\s،]+){0,2}\s*[،,]?\s*(?:يوم|يومي)(?!\w)")
# 'هذه الزيارة الثالثة التي يقوم بها حموشي إلى الإمارات'، 'هذا هو اللقاء الثالث الذي يجمعه بمسؤولين فرنسيين'، 'هذا
# اللقاء هو الرابع من نوعه'، 'ثالث لقاء لحموشي مع مسؤول أمني ألماني'، 'ثالث موعد يجمع حموشي بمسؤولين إسبان': the rank of
# the engagement told claims as many with that party.
_ORD = "|".join(ORDINALS)
# ('هو الرابع عشر من نوعه': a rank past ten, its unit before 'عشر'.)
_TEEN = r"\s+عشره?"
_RANKED = gated(re.compile(
    rf"(?<!\w)(?:(?:هذه|هذا)\s+(?:هي\s+|هو\s+)?(?:ال)?(?:زياره|لقاء)\s+(?:هي\s+|هو\s+)?ال(?P<this>{_ORD})ه?"
    rf"(?P<this_teen>{_TEEN})?(?!\w)"
    rf"|(?:ال)?(?:زياره|لقاء)(?:\s+\S+)?\s+(?:هي\s+|هو\s+)?ال(?P<kind>{_ORD})ه?(?P<kind_teen>{_TEEN})?"
    rf"\s+من\s+نوعه(?:ا|ما)?(?!\w)"
    rf"|(?P<rank>{_ORD})\s+(?:زياره|لقاء|موعد)(?!\w))"))
_PRINCIPAL_KINDS = ("principal_name", "principal_title")
# 'استقبل حموشي خلال 2019 ما مجموعه 14 وفدا', 'التقى أزيد من 30 مسؤولا أمنيا أجنبيا': the verb that makes a
# count of delegations or officials his engagements.
_RECEIVED = prefiltered(r"(?<!\w)[وف]?(?:استقبل(?P<feminine>ت)?|التقي)(?!\w)")
# 'أجرى لقاءات ثنائية مع 14 وفدا': delegations as the parties of counted talks.
_TALKS_WITH = prefiltered(r"(?:لقاءات|مباحثات|محادثات)(?:\s+ثناييه)?\s+مع\s+$")
# The verbs that make a count of times his meetings or visits, in the count's clause before it: 'التقى'، 'زارها'، 'حل
# بالدوحة'، 'اجتمع بنظيره'، 'جمعته بهم'.
# (Not 'زاره' nor 'جمعه': after 'و' they read as 'وزارة' and 'الجمعة' once normalized.)
_MET_OR_VISITED = prefiltered(r"(?<!\w)[وف]?(?:التقي|التقاه|التقاها|التقاهم|زار|زارها|حل|اجتمع|استقبل|استقبله"
                              r"|استقبلهم|جمعته|جمعتهما|جمعهما)(?!\w)")
# 'من خارج منطقة الخليج'، 'خارج القارة': a place the count leaves out.
_OUTSIDE_BEFORE = prefiltered(r"(?<!\w)خارج\s+(?:(?:منطقه|دول|القاره)\s+)?$")
_OUTSIDE_REACH = 16
_OVER_BEFORE = prefiltered(r"(?<!\w)علي\s+(?:مدي|مدار)\s+$")  # 'على مدى'، 'على مدار': the span it went on over
_PROGRAMME = prefiltered(r"(?<!\w)[وب]?(?:ال)?(?:برنامج|جدول\s+اعمال)(?!\w)")
_SEPARATE_AFTER = prefiltered(r"\s+(?:منفصلين|منفصلان|منفصلتين|منفصلتان|مستقلين|مستقلتين)(?!\w)")
_WITHIN_BEFORE = prefiltered(r"(?<!\w)(?:ضمن|في|خلال|اثناء)\s+$")
# 'من أصل 60 لقاء'، 'من مجموع 48 زيارة': the whole a count before it is part of.
_OUT_OF_BEFORE = prefiltered(r"(?<!\w)من\s+(?:اصل|مجموع)\s+$")
# 'عشرة لقاءات رسمية مع مسؤولين أمنيين من البلدين': a count of two countries the sentence before named, together.
_OF_TWO_COUNTRIES_AFTER = prefiltered(r"(?:\s+[^\s،,.؛]+){0,4}?\s+(?:من|مع|في)\s+(?:البلدين|الدولتين)(?!\w)")
# 'وفدا يضم 12 مسؤولا': the members of one delegation, not a count of them.
_MEMBERS = prefiltered(r"(?<!\w)(?:يضم|تضم|ضم|ضمت|يتكون\s+من|يتالف\s+من)\s+$")
_NATIONALITY_REACH = 24  # characters between a title and its nationality: 'وزير الداخلية والأمن الإسباني'
_JOINED = prefiltered(r"(?<!\w)و(?!ال)\S")  # another party joined ('ونظيره'), not a title's own part ('والأمن')
# 'في الشهر 6'، 'خلال شهر 11': a month told by its number.
_MONTH_NUMBER_BEFORE = prefiltered(r"(?<!\w)(?:ال)?شهر\s+$")
# Numbers in this range before a meeting noun are the year of a date, never a tally.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100


@dataclass(frozen=True)
class TallyClaim:
    start: int  # span of the count in the normalized sentence
    end: int
    text: str
    scope_type: str  # total, region, country
    scope_code: str  # 'total', the region's English name, or ISO2
    reported_count: int
    is_approximate: bool


def _is_year(value: int) -> bool:
    return EARLIEST_YEAR <= value <= LATEST_YEAR


def _count_value(match: re.Match, previous: int) -> int:
    """What a count match says; `previous` is the value of the count before it ('ومثلها': the same)."""
    if match.re is _PART_RE:
        if match.group("same"):
            return previous
        return word_number(match.group("part") or match.group("more") or match.group("by")) or 0
    if match.group("n"):
        return int(match.group("n"))
    if match.group("dual"):
        return 2
    if match.group("one"):
        return 1
    return word_number(match.group("word")) or 0


def mentions_a_count(text: str) -> bool:
    """Whether normalized text holds anything find_tallies could read as a count: the same pattern,
    searched over a whole article (the prefilter's test; years and zeros are not ruled out here)."""
    return _COUNT_RE.search(text) is not None


def find_tallies(text: str, places: list[PlaceMention], resolved: dict[int, str | None] | None = None,
                 after_a_count: bool = False, region_before: str | None = None) -> list[TallyClaim]:
    """Tally claims in one normalized sentence; `places` are the sentence's gazetteer mentions; after_a_count: the
    sentence before counted engagements, whose shares this one may go on to give ('واستأثرت أوروبا بتسعة منها');
    region_before: the region the story last named before this sentence, which 'هذه المنطقة' points back to."""
    resolved = resolved or {}
    previous_end = 0
    if not after_a_count and not any(noun in text for noun in _NOUN_STEMS):
        return []
    if "(" in text:
        # 'تسعة (٩) لقاءات'، 'لقاءان (٢)': the count in words, its digits repeated in parentheses (blanked to the
        # same length, so that the places' offsets hold).
        text = _DIGITS_REPEATED.sub(lambda match: " " * len(match.group()), text)
    claims = _ranked_claims(text, places, resolved)
    if not after_a_count and _COUNT_CORE.search(text) is None:
        return claims
    matches = list(_COUNT_RE.finditer(text))
    if matches or after_a_count:
        parts_from = 0 if after_a_count else matches[0].end()
        matches = sorted(matches + list(_PART_RE.finditer(text, parts_from)), key=lambda m: m.start())
    counted = 0  # the value of the last count read
    received = False  # whether a count of delegations or officials he received was read
    for index, match in enumerate(matches):
        value = _count_value(match, counted)
        if value <= 0 or _is_year(value):
            continue  # '2024 زيارة', 'في مارس 2024 مباحثات': a year before the noun, not a count
        if match.groupdict().get("n") and _MONTH_NUMBER_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # 'تحتضن الرباط في الشهر 6 اجتماعا': the month's number, not a count
        if match.groupdict().get("dual") and _BETWEEN_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            # 'خلط واضح بين لقاءين مختلفين': two meetings set apart, no count of his ('توزعت بين 21 لقاء مع الأمريكيين
            # و3 لقاءات مع الكنديين'، 'ما بين 30 و40' are counts).
            continue
        if _DATED_NEXT.match(text, match.end()) or _SEPARATE_AFTER.match(text, match.end()):
            continue  # ('استقبل قائد شرطة دبي ومدير الأمن العام الأردني في لقاءين منفصلين': one each, told)
        if match.re is _COUNT_RE and match.group("one") and _WITHIN_BEFORE.search(text, max(0, match.start() - 8),
                                                                                   match.start()):
            continue  # 'اجتماع المسارين ضمن زيارة واحدة': one visit that held both, no count of visits
        if _counts_sessions(match) and (
                _PROGRAMME.search(text, _clause_start(text, previous_end, match.start()), match.start())
                or _OVER_BEFORE.search(text, max(0, match.start() - 12), match.start())):
            # 'ويتضمن برنامج المؤتمر أربع جلسات عمل'، 'يناقشون على مدى ست جلسات عمل': a gathering's sittings, not his
            # engagements.
            continue
        if _counts_times(match) and not _MET_OR_VISITED.search(text, _clause_start(text, previous_end, match.start()),
                                                               match.start()):
            continue
        if _counts_receptions(match):
            # 'بمشاركة 190 وفدا', 'استقبلت مراكز التكوين 31 وفدا': delegations, not his engagements; the
            # shares of a count of his ('14 وفدا، بينها 6 وفود إفريقية') are his.
            if not (received or _his_receptions(text, match.start(), places)):
                continue
            received = True
        next_start = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        is_part = match.re is _PART_RE
        if not is_part and _anothers_count(text, previous_end, match.start(), places):
            previous_end = match.end()
            continue
        clause_end = _clause_end(text, match.end(), next_start)
        if not is_part and _OF_TWO_COUNTRIES_AFTER.match(text, match.end(), clause_end):
            previous_end = match.end()
            continue  # 'عشرة لقاءات مع مسؤولين من البلدين': the two countries' count together, neither's nor all
        # 'وذلك من أصل قرابة ستين لقاء دوليا': the whole the count before was a share of, whoever it named.
        out_of = _OUT_OF_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None
        floor = match.start() if out_of else previous_end
        parties = _parties_for(text, match, floor, next_start, places, resolved, is_part)
        previous_end = match.end()
        if parties is None:
            continue
        if is_part and not parties:
            continue  # '7 منها' with no party named: a share of the count before, nothing on its own
        if not parties and _THIS_REGION_AFTER.match(text, match.end()):
            regions_before = [m.alias.region for m in places if m.is_region and m.start < match.start()]
            region = regions_before[-1] if regions_before else region_before
            if region is None:
                continue  # the region it points back to is none the gazetteer knows
            parties = [("region", region)]
        counted = value
        approximate = not is_part and bool(match.group("approx") or _APPROX_AFTER.match(text, match.end()))
        countries = [code for kind, code in parties if kind == "country"]
        regions = [code for kind, code in parties if kind == "region"]
        clause_start = _clause_start(text, floor, match.start())
        if len(countries) > 1 and value > 1 and (
                match.group().endswith(_STOPS)
                # 'ثلاثة لقاءات متتالية مع سفراء كل من إندونيسيا وكوت ديفوار والبرتغال': as many as the envoys of the
                # countries, one with each.
                or (value == len(countries) and _ENVOYS_OF_EACH.search(text, clause_start, clause_end))
                or not _EACH.search(text, clause_start, clause_end)):
            # 'ستة لقاءات مع مسؤولين من إسبانيا وفرنسا وإيطاليا'، 'حظيت مجتمعة بخمسة لقاءات': six in all, not six
            # with each; no country's count (its region's if one is named, else none). One meeting is each one's
            # ('واحتلت البرتغال وهولندا المرتبة الأخيرة بلقاء واحد').
            countries = []
            if not regions:
                continue
        # 'دول الخليج العربي كالسعودية ... 5 لقاءات': the country, not the region it belongs to.
        scopes = [("country", c) for c in countries] or [("region", r) for r in regions] or [("total", "total")]
        for scope_type, code in scopes:
            claim = TallyClaim(match.start(), match.end(), match.group(), scope_type, code, value, approximate)
            if all((c.scope_type, c.scope_code, c.reported_count) != (scope_type, code, value) for c in claims):
                claims.append(claim)
    return claims


def _clause_start(text: str, floor: int, end: int) -> int:
    """Where the clause ending at `end` begins: after the last break in [floor, end), else at `floor`."""
    return max((m.end() for m in _BREAKS.finditer(text, floor, end)), default=floor)


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause going on from `start` ends: at the first break in [start, end), else at `end`."""
    following_break = _BREAKS.search(text, start, end)
    return following_break.start() if following_break else end


def _anothers_count(text: str, floor: int, start: int, places: list[PlaceMention]) -> bool:
    """Whether the count at `start` is another official's: his clause names one by name as its subject and
    not him ('أجرى لفتيت خلال السنة ذاتها أربعة عشر لقاء ثنائيا'), where 'جمعته بلفتيت 4 لقاءات' or 'مع
    لفتيت' name a party."""
    persons = [m for m in places if m.alias.kind in (*_PRINCIPAL_KINDS, "principal_body", "official", "title")
               and m.start < start]
    named = [m for m in persons if _clause_start(text, floor, start) <= m.start]
    # A clause that names no one goes on with the sentence's subject ('توصل وزير العدل ونظيرته الفرنسية، في ختام
    # جولتين من المباحثات، إلى صيغة توافقية').
    named = named or [m for m in persons if floor <= m.start]
    if any(m.alias.kind in (*_PRINCIPAL_KINDS, "principal_body") for m in named):
        return False
    # A Moroccan official by name, or by a home title with no nationality after it ('وزير العدل').
    return any((m.alias.kind == "official" or (m.alias.kind == "title" and m.alias.home_when_unmarked
                                                and not _nationality_after(text, m, start, places)))
               and not m.clitics.preposition and not text.endswith("مع ", 0, m.start) for m in named)


def _nationality_after(text: str, title: PlaceMention, start: int, places: list[PlaceMention]) -> bool:
    """Whether a foreign country, demonym or region follows the title within a few words, before the count at `start`
    and before any other noun joined by 'و' ('وزير الداخلية الإسباني', not 'وزير العدل ونظيره الفرنسي')."""
    return any(title.end <= m.start <= min(start, title.end + _NATIONALITY_REACH)
               and (m.is_region or m.iso2 not in (None, HOME)) and not _JOINED.search(text, title.end, m.start)
               for m in places)


def _counts_receptions(match: re.Match) -> bool:
    if match.re is _PART_RE:
        return False  # a share ('ثلاثة منها') of a count already taken
    noun = match.group("noun") or match.group("wnoun") or match.group("dual") or match.group("one") or ""
    return noun.startswith(("وفد", "وفود", "مسوول", "سفير", "سفراء"))


def _counts_sessions(match: re.Match) -> bool:
    return match.re is _COUNT_RE and (match.group("noun") or match.group("wnoun") or "").startswith("جلس")


def _counts_times(match: re.Match) -> bool:
    if match.re is _PART_RE:
        return False
    noun = match.group("noun") or match.group("wnoun") or match.group("dual") or ""
    return noun.startswith(("مر", "مناسبات"))


def _his_receptions(text: str, start: int, places: list[PlaceMention]) -> bool:
    """Whether the delegations or officials counted at `start` are ones he received: after talks with them, after
    'استقبل' with no other official named before the count (he, or 'الرجل'), or after 'استقبلت' whose
    subject is one of his directorates ('استقبلت المديرية العامة للأمن الوطني ... 14 وفدا', where
    'استقبلت المديريات المركزية' or 'مراكز التكوين' are not him)."""
    if _TALKS_WITH.search(text, max(0, start - 40), start):
        return True
    if _MEMBERS.search(text, max(0, start - 40), start):
        return False  # 'استقبل وفدا يضم 12 مسؤولا': the members of one delegation
    verbs = list(_RECEIVED.finditer(text, 0, start))
    if not verbs:
        return False
    named = [m.alias.kind for m in places if verbs[-1].end() <= m.start < start]
    if verbs[-1].group("feminine"):
        return "principal_body" in named
    return not any(kind in ("title", "official") for kind in named)


def _ranked_claims(text: str, places: list[PlaceMention], resolved: dict[int, str | None]) -> list[TallyClaim]:
    """The rank an engagement of his is told to hold with a party ('ثالث زيارة يقوم بها حموشي إلى الكويت'): so
    many with it. Only when he, not another official, is the first person named after the rank (or, with none
    after it, he is named before it), and a party is named in its clause."""
    claims: list[TallyClaim] = []
    # Whose engagements: a name, or a title 'ل' makes the owner ('ثاني زيارة للمسؤولة البلجيكية إلى المغرب'); 'the
    # Moroccan official' is he ('هذا اللقاء الرابع الذي يجمع المسؤول المغربي بالمسؤولين القطريين').
    his_epithets = {id(m) for m, after in zip(places, places[1:], strict=False)
                    if m.alias.kind == "title" and m.alias.key == EPITHET_TITLE and after.alias.kind == "demonym"
                    and after.iso2 == HOME and after.token_index == m.token_index + m.token_count}
    persons = [m for m in places if m.alias.kind in (*_PRINCIPAL_KINDS, "official") or id(m) in his_epithets
               or (m.alias.kind == "title" and m.clitics.preposition == "ل")]
    for match in _RANKED.finditer(text):
        following = [m for m in persons if m.start >= match.end()]
        if following and following[0].alias.kind not in _PRINCIPAL_KINDS and id(following[0]) not in his_epithets:
            continue  # 'ثالث زيارة يقوم بها مارلاسكا إلى المغرب': another's visits
        if not following and not any(m.alias.kind in _PRINCIPAL_KINDS for m in persons):
            continue  # 'الحموشي يستقبل ... في رابع لقاء مع مسؤولين فرنسيين' names him before it
        parties = _parties_in(text, _clause_start(text, 0, match.start()), _clause_end(text, match.end(), len(text)),
                              places, resolved)
        value = ORDINALS[match.group("this") or match.group("kind") or match.group("rank")] + (
            10 if match.group("this_teen") or match.group("kind_teen") else 0)
        countries = [("country", code) for kind, code in parties if kind == "country"]
        scopes = countries or [("region", code) for kind, code in parties if kind == "region"]
        if not scopes and _FOREIGNERS.search(text, match.end(), _clause_end(text, match.end(), len(text))):
            # 'ويعد هذا اللقاء الرابع الذي يجمع حموشي بمسؤولين أجانب في أقل من أسبوع': all his, with anyone.
            scopes = [("total", "total")]
        for scope_type, code in scopes:
            claims.append(TallyClaim(match.start(), match.end(), match.group(), scope_type, code, value, False))
    return claims


_FOREIGNERS = prefiltered(r"(?<!\w)[بل]?(?:ال)?(?:اجانب|اجنبيه|اجنبي)(?!\w)")


def _parties_for(text: str, match: re.Match, floor: int, next_count: int, places: list[PlaceMention],
                 resolved: dict[int, str | None], own_clause: bool = False) -> list[tuple[str, str]] | None:
    """Who a count is about: named in its clause before it, else right after it ('12 لقاء مع دول
    أوروبا الغربية') unless those names carry their own count ('موريتانيا (لقاءان)'), else
    earlier clauses back to the previous count (never for a share, `own_clause`, which names its own
    party or none: 'وأربعة منها بالرباط'). None: a count after another that names a party we do not know."""
    clause_start = _clause_start(text, floor, match.start())
    # '12 لقاء مع الجانب الإسباني و7 لقاءات مع الولايات المتحدة', '6 وفود إفريقية و3 وفود من أمريكا
    # اللاتينية': what stands between the two counts is the first one's party; the second names its own
    # after it.
    previous_party = bool(floor) and clause_start == floor and (
        _WITH_AFTER.match(text, floor) is not None or _party_right_after(text, floor, places))
    parties = [] if previous_party else _parties_in(text, clause_start, match.start(), places, resolved)
    if parties:
        return parties
    following_break = _BREAKS.search(text, match.end(), next_count)
    after_end = following_break.start() if following_break else next_count
    # 'موريتانيا (لقاءان)': names whose own count follows in parentheses are that count's; 'أربع زيارات إلى
    # فرنسا، وثلاث زيارات إلى إسبانيا': a count after a comma names its own party after it.
    claimed_by_next = (following_break is not None and following_break.group() == "("
                       and next_count - following_break.end() <= 2)
    if not claimed_by_next:
        parties = _parties_in(text, match.end(), after_end, places, resolved)
        if parties:
            return parties
    if own_clause:
        return []
    if floor and (_WITH_AFTER.match(text, match.end()) or _FROM_AFTER.match(text, match.end())) and not any(
            floor <= m.start < match.start() and m.alias.kind in _PRINCIPAL_KINDS for m in places):
        # '8 لقاءات مع مسؤولين أوروبيين، و6 لقاءات مع قادة أجهزة أمنية عربية': a share that names its own party,
        # one no gazetteer entry holds, is not the share before it ('فيما عقد حموشي 20 لقاء مع مسؤولين أجانب',
        # with his name between, is his count of its own; 'وثلاثة وفود من دول عربية' names its own).
        return None
    if _WITH_FOREIGNERS.match(text, match.end()):
        return []  # 'ما لا يقل عن 15 لقاء ثنائيا مع مسؤولين أمنيين أجانب': all of them, not a party named earlier
    end = clause_start
    while end > floor:
        start = _clause_start(text, floor, end - 1)
        parties = _parties_in(text, start, end, places, resolved)
        if parties:
            return parties
        end = start
    return []


def _party_right_after(text: str, end: int, places: list[PlaceMention]) -> bool:
    """Whether a party is named right after the count ending at `end`, as its adjective ('وفود إفريقية')
    or after 'من' ('وفود من دول الخليج')."""
    after = _FROM_AFTER.match(text, end)
    last = after.end() if after else end + 1
    return any(end < m.start <= last and not m.clitics.conjunction and (m.is_region or m.iso2 not in (None, HOME))
               for m in places)  # 'ب3 وعمان بلقاءين': 'و' opens the next item


def _parties_in(text: str, start: int, end: int, places: list[PlaceMention],
                resolved: dict[int, str | None]) -> list[tuple[str, str]]:
    parties: list[tuple[str, str]] = []
    for position, mention in enumerate(places):
        if not start <= mention.start < end:
            continue
        if _OUTSIDE_BEFORE.search(text, max(0, mention.start - _OUTSIDE_REACH), mention.start):
            continue  # 'مع مسؤولين من دول آسيوية من خارج منطقة الخليج': the count leaves that region out
        region = mention.alias.region if mention.is_region else None  # region aliases always name one
        if region is not None:
            party = ("region", region)
        else:
            # An ambiguous name, or a title, as the article resolved it ('وزير الداخلية' of the page's Bahrain).
            resolvable = mention.alias.kind in ("ambiguous", "title")
            code = resolved.get(position, mention.iso2) if resolvable else mention.iso2
            if not code or code == HOME:
                continue
            party = ("country", code)
        if party not in parties:
            parties.append(party)
    return parties
