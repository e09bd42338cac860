"""Date expressions in Arabic news: find them, then place them on the calendar.

Finding is a small regex grammar over normalized text (see normalize.py): day-month-year,
ranges (يومي 13 و14 يونيو، بين 27 و29 ماي، من 4 إلى 8 فبراير), numeric dates, month-year,
year alone, year periods, and relative expressions. Resolving fills what the text leaves out,
the way a reader does: a missing year from the weekday, from a relative word (الماضي،
المنصرم، الجاري) and the article's own date, or from the years around it.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field, replace
from typing import ClassVar

from hijridate import Gregorian, Hijri

from sdw.extraction.first_chars import gated
from sdw.extraction.needed_substrings import prefiltered
from sdw.extraction.numbers import WORD_NUMBER_PATTERN, word_number
from sdw.extraction.reference import Reference, approximation_words, weekday_names
from sdw.extraction.word_cache import WordCache

DAY, MONTH, YEAR = "day", "month", "year"

WEEKDAYS = weekday_names()  # normalized name with its article -> weekday (0 is Monday)
_WD_STEM = r"(?:%s)" % "|".join(sorted((w[2:] for w in WEEKDAYS), key=len, reverse=True))
_WD = r"(?:ال)?" + _WD_STEM
_NUMBER_DAY = r"(?<!\d)(?:[0-2]?\d|3[01])(?!\d)"


def _ordinal_days() -> dict[str, int]:
    """'الثالث' 3, 'الخامس عشر' 15, 'الحادي والعشرين' 21 ... (normalized spelling)."""
    units = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
    days = {name: number for number, name in enumerate(units, start=1)}
    days["العاشر"] = 10
    days["الحادي عشر"] = 11
    days.update({f"{name} عشر": number + 10 for number, name in enumerate(units, start=1) if number > 1})
    days.update({"العشرين": 20, "الثلاثين": 30, "الحادي والعشرين": 21, "الحادي والثلاثين": 31,
                 "الواحد والعشرين": 21, "الواحد والثلاثين": 31})
    days.update({f"{name} والعشرين": number + 20 for number, name in enumerate(units, start=1) if number > 1})
    # 'الخميس الرابع والعشرون من نونبر': the nominative of the tens, as a subject or a dateline writes them.
    days.update({name.replace("ين", "ون"): number for name, number in list(days.items()) if name.endswith("ين")})
    return days


ORDINAL_DAYS = _ordinal_days()
# 'الواحد و العشرين': copy may leave a space after the conjunction.
_ORDINAL_DAY = "|".join(sorted((n.replace(" و", r"\s+و\s*").replace(" ", r"\s+") for n in ORDINAL_DAYS),
                               key=len, reverse=True))
# 'النصف الثاني من يونيو'، 'الأسبوع الأول من مارس': the ordinal counts a part of the month, not its day.
_NOT_A_PART = "".join(rf"(?<!{part}\s)" for part in ("النصف", "الاسبوع", "الربع", "الثلث", "الشطر", "العشر"))
_DAY = rf"(?:(?:ال)?فاتح(?:\s+من)?|{_NUMBER_DAY}|(?<!\w){_NOT_A_PART}(?:{_ORDINAL_DAY})(?!\w))"
_YEAR = r"(?<!\d)(?:19|20)\d{2}(?!\d)"
_SEP = r"\s*(?:-|و|الي|حتي|وحتي)\s*"  # normalized: ى is ي
_REL = r"(?:الجاري|الحالي|المنصرم|الماضي|المقبل|القادم)"
# Early/late in a month: the text still supports only the month.
_QUAL = r"(?:مستهل|مطلع|بدايه|اوايل|منتصف|اواسط|اواخر|نهايه|اخر|اول)"
# A public occasion named by its start or end, with the clitic it may take, which the days around it count from:
# 'عشية افتتاح'، 'يومين قبل انطلاق'، 'في اليوم الموالي لاختتام'.
AN_OCCASION = (r"(?:ل|ب|لل|بال)?(?:ال)?"
               r"(?:افتتاح|انطلاق|انطلاقه|انعقاد|اختتام|بدء|بدايه|حفل|احتفال|احتفالات|تخليد)")
# What some days before or after are counted from, when not an occasion: 'قبل يومين من ذلك'، 'بعد ثلاثة أيام من وصوله'.
_ARRIVAL_OR_THAT = r"(?:ذلك|وصوله|وصولها|وصول|عودته|عودتها|زيارته|زيارتها|الزياره|اللقاء|لقايه)"
# How many days, in words (day_offset), and the pattern that reads them, longest first.
_DAYS_IN_WORDS = {"يوما": 1, "يوما واحدا": 1, "يوم واحد": 1, "يومين": 2, "ثلاثه ايام": 3, "اربعه ايام": 4,
                  "خمسه ايام": 5}
_DAYS_COUNT = "(?:%s)" % "|".join(words.replace(" ", r"\s+") for words in sorted(_DAYS_IN_WORDS, key=len, reverse=True))


def day_offset(mention: DateMention) -> int:
    """How many days after (or, negative, before) the day it counts from a next_day mention is: 'غداة' 1, 'عشية
    افتتاح' -1, 'يومين قبل' -2, 'على بعد يومين من' -2, 'بعد ثلاثة أيام من' 3."""
    parts = mention.parts
    if parts.get("eve"):
        return -1
    count = parts.get("ahead") or parts.get("count") or parts.get("count2")
    if count is None:
        return 1
    days = _DAYS_IN_WORDS[" ".join(count.split())]
    return -days if parts.get("ahead") or (parts.get("dir") or parts.get("dir2")) == "قبل" else days
_NTH_DAYS = ("الاول", "الثاني", "الثالث", "الرابع")  # the days of a span, counted from its first
# The parts of a month that name it alone, without 'شهر' ('أول' and 'آخر' before a month may be its day).
_MONTH_PARTS = ("مستهل", "مطلع", "بدايه", "اوايل", "منتصف", "اواسط", "اواخر", "نهايه")
_MONTH_PART = "(?:%s)" % "|".join(_MONTH_PARTS)
_YEAR_WORDS = "سنه|عام"
# What may stand before a year in the year pattern, spaces aside (_year_matches).
_YEAR_PREFIX_LETTERS = frozenset(re.sub(r"\W", "", _QUAL + _YEAR_WORDS))
# 'كأس العالم قطر 2022', 'أولمبياد باريس 2024', 'كأس أمم إفريقيا 2025', 'بطولة العالم 2019': the year
# names the event (its name and a host may stand between). Not a fair's ('معرض ميليبول قطر 2024'): the year
# he attended it in, which dates its days.
# What security news dates besides engagements: attacks, blasts, quakes, crises, and the arrests and dismantled
# cells a police cooperation yields (article.py reads them too).
INCIDENT_WORDS = ("هجمات|هجوم|اعتداءات|اعتداء|تفجيرات|تفجير|زلزال|ازمه|توقيفات|توقيف|اعتقالات|اعتقال|تفكيك"
                  # 'بعد أشهر من محاولة الانقلاب الفاشلة التي عرفتها تركيا صيف السنة الماضية': a coup, an uprising.
                  "|انقلاب|انقلابيه|تمرد|احتجاجات|فيضانات|حريق"
                  # 'على خلفية التطورات التي تعرفها جمهورية النيجر منذ 26 يوليوز'، 'الكارثة التي شهدها إقليم فالنسيا'.
                  "|تطورات|كارثه|مواجهات"
                  # 'بعد فترة الفتور التي عرفتها مطلع عام 2014'، 'التوتر الذي عرفته العلاقات سنة 2021': a chill between
                  # states.
                  "|فتور|توتر|قطيعه|جمود")
# Preparing for something to come: 'استعدادا لقمة 2025'، 'للتحضير للتظاهرات الكبرى المقبلة'، 'والتحضير للدورة المرتقبة'،
# 'تحسبا لاستحقاقات دولية تستضيفها طوكيو خلال السنوات المقبلة'.
_PREPARING = r"(?:ل?لتحضير|(?:ال)?تحضير|تحضيرا|استعدادا|تحسبا|تمهيدا|(?:ال)?تحضيرات|(?:ال)?استعدادات)"
# 'برنامج تعاون للفترة 2026-2027': a programme's span, both its years; no engagement's, nor the year the days told
# after it are in.
_SPAN_OF_BEFORE = prefiltered(r"(?<!\w)(?:ال|لل|ل)?فتره(?:\s+\d{4}\s*-)?\s*$")
_NAMED_EVENT_BEFORE = prefiltered(
    r"(?:(?:(?<!\w)[وفل]?(?:كاس|بطوله)|مونديال|الالعاب الاولمبيه|اولمبياد|الاولمبيه|اكسبو)(?:\s+[^\W\d]+){0,3}"
    # 'IGEF 2025'، 'Milipol 2024': a fair or forum named in Latin letters with its year.
    r"|(?<![^\W\d])[A-Za-z][A-Za-z-]*"
    r"|رويه|افق|استراتيجيه|مخطط|برنامج"
    # 'حفل تخرج فوج 2023 من مفتشي الشرطة'، 'دفعة 2019': a class named by its year.
    r"|(?<!\w)[وبل]?(?:ال)?(?:فوج|دفعه)"
    # 'تسوية أزمة 2014'، 'هجمات 2015': a crisis or an attack named by its year, not a date of his.
    rf"|(?<!\w)[وبل]?(?:ال)?(?:احداث|{INCIDENT_WORDS})"
    # 'استعدادا لقمة 2025'، 'التحضيرات لمشاركة المغرب في القمة العالمية للشرطة 2024': the year of the event
    # being prepared for.
    rf"|(?<!\w){_PREPARING}\s+ل[^\W\d]+(?:\s+[^\W\d]+){{0,5}})\s*$")
# 'خلال الألعاب الأولمبية والبارالمبية باريس 2024، التي امتدت من 26 يوليوز إلى 8 شتنبر': the span a cup, games or
# fair ran over, told in its relative clause, is the competition's, not an engagement's.
_NAMED_EVENTS_SPAN_BEFORE = prefiltered(
    r"(?<!\w)[وفلب]?(?:ال)?(?:كاس|بطوله|مونديال|العاب|الالعاب|اولمبياد|الاولمبيه|اكسبو|نهاييات)(?!\w)"
    r"(?:\s+[^\s،,.]+){0,6}\s*[،,]?\s+(?:التي|الذي)\s+(?:امتدت|امتد|جرت|جري|اقيمت|اقيم|دارت|دار|نظمت|نظم"
    r"|احتضنتها|احتضنها|استضافتها|استضافها)(?:\s+[^\s،,.]+){0,2}?\s+(?:من|بين|ما\s+بين)\s+$")
_NAMED_EVENTS_SPAN_REACH = 120
# 'في إطار اتفاقية التعاون الأمني الموقعة بين البلدين سنة 2014'، 'في إطار اتفاقية بودابست، التي انضم إليها المغرب
# سنة 2018': when the agreement something is done under was signed or joined, not an engagement's date.
WITHIN_THE_FRAMEWORK_OF = r"(?<!\w)[وف]?(?:في|ضمن|وفق)\s+(?:اطار|نطاق)\s+(?:ال)?"  # 'في إطار'، 'ضمن نطاق'
_FRAMEWORK_SIGNED_BEFORE = prefiltered(WITHIN_THE_FRAMEWORK_OF + r"(?:اتفاقيه|اتفاقيات|اتفاق|مذكره|مذكرات|معاهده)(?!\w)"
                                       r"[^.؛]*?\s(?:في|عام|سنه|خلال|يوم)\s+$")
_FRAMEWORK_SIGNED_REACH = 120
_LEADING_WORD = prefiltered(r"(?:سنه|عام|في|خلال)\s+")
_THE_CUP_BEFORE = prefiltered(r"(?<!\w)كان\s*$")  # 'كان 2025': the Africa Cup of Nations by its acronym
# Dates of what no engagement is: 'بعد دورة عام 2007 التي احتضنتها مراكش' (an earlier session), 'الذي خلف
# نيكولاي باتروشيف في هذا المنصب سنة 2024' (an official taking office).
_PRECEDENT_OR_OFFICE_BEFORE = prefiltered(
    r"(?<!\w)(?:(?:بعد|منذ)\s+(?:اخر\s+)?(?:دوره|نسخه)\s+(?:(?:عام|سنه)\s+)?"
    # 'الجولة الثالثة من المباحثات ...، بعد جولتي 2017 و2019': the years of the rounds before the one told.
    r"|(?:بعد|عقب)\s+(?:جولتي|جولات|لقاءي|لقاءات)\s+(?:(?:عامي|سنتي|اعوام|سنوات)\s+)?(?:\d{4}\s*(?:و|،)\s*)*"
    # 'المنتدى ...، الذي تأسس في نيويورك عام 2011'، 'الذي أطلق في شتنبر 2011': when the body was founded or launched
    # (not 'الذي انطلق أمس', a session's opening).
    r"|(?:الذي|التي)\s+(?:خلف|خلفت|عين|عينت|تولي|تولت|تاسس|تاسست|انشي|انشيت|اطلق|اطلقت"
    # 'مفوض الشرطة الإيرلندية، الذي تسلم مهامه في شتنبر الماضي': when the one met took office.
    r"|(?:تسلم|تسلمت|استلم|استلمت|باشر|باشرت)\s+(?:مهامه|مهامها|منصبه|منصبها|مهام))(?!\w)[^،,.]*"
    # 'حموشي، الذي يجمع منذ 15 ماي الماضي بين الإدارتين'، 'التي تشغل منذ 2019 منصب': since when one holds an
    # office, not an engagement's day.
    r"|(?:الذي|التي)\s+(?:يجمع|تجمع|يشغل|تشغل|يتولي|تتولي|يقود|تقود|يدير|تدير|يراس|تراس|يتراس|تتراس)"
    r"(?:\s+[^\s،,.]+){0,3}?\s+منذ\s+(?:يوم\s+)?)$")
# 'بعد تعيينه مديرا عاما للأمن الوطني في ماي 2015'، 'قبل توليه إدارة الأمن الوطني في ماي 2015': when one took
# office, told as a landmark, is no engagement's date, nor the year a review's months without one fall in ('منذ
# تعيينه' starts a period, read as such; 'بعد تعيينه إلى مدريد في شتنبر 2015' dates the trip).
_TOOK_OFFICE_BEFORE = prefiltered(
    r"(?<!منذ )(?<!\w)[وف]?(?:تعيينه|تعيينها|توليه|توليها|تنصيبه|تنصيبها"
    # 'الذي عين على رأس مديرية مراقبة التراب الوطني سنة 2005': the relative clause of the one appointed; 'الذي أصبح
    # رئيسا انتقاليا للبلاد في أكتوبر الماضي': of the one who became head.
    r"|(?:الذي|التي)\s+(?:عين|عينت|نصب|نصبت|اصبح|اصبحت))"
    r"(?:\s+(?:مديرا|مديره|رييسا|رييسه|علي\s+راس|منصب|منصبه|مهام|مهامه|اداره|الاداره|قياده|حقيبه)(?:\s+[^\s،,.؛\d]+){0,5}?)?"
    r"\s+(?:في|سنه|عام|يوم|خلال)\s+(?:شهر\s+)?$")
_TOOK_OFFICE_REACH = 80
# 'في إطار المبادرة التي أطلقها العاهل الأردني عام 2015': when what the meeting is held under was launched or set up.
# 'المعرض، الذي انطلق سنة 2006 وينظم كل سنتين': the year a recurring event began (not 'الذي انطلق أمس', a session's
# opening day).
_LAUNCHED_BEFORE = prefiltered(r"(?<!\w)(?:التي|الذي)\s+(?:(?:اطلق|اطلقت|انشا|انشات|اسس|اسست|احدث|احدثت)(?:ه|ها)?"
                               r"(?:\s+[^\s،,.؛\d]+){0,4}?\s+(?:في|عام|سنه|خلال)"
                               r"|(?:انطلق|انطلقت)(?:\s+[^\s،,.؛\d]+){0,2}?\s+(?:عام|سنه)"
                               # 'المختبر ...، الذي افتتح مبناه الجديد في شهر فبراير': when a building opened.
                               r"|(?:افتتح|افتتحت|دشن|دشنت)\s+(?:مبناه|مبناها|مقره|مقرها|رسميا|ابوابه|ابوابها)"
                               r"(?:\s+[^\s،,.؛\d]+){0,3}?\s+(?:في|عام|سنه|خلال)(?:\s+شهر)?)\s+$")
# 'تداعيات الهجومين الإرهابيين اللذين شهدتهما برشلونة وكامبريلس يومي 17 و18 غشت'، 'الاعتداء الذي استهدف، يوم الأحد،
# منتجع غران بسام': the days a place witnessed an attack, told in the attack's relative clause, are the attack's, not
# the engagement's.
_STRUCK_ON_BEFORE = prefiltered(
    rf"(?<!\w)[وبل]?(?:ال)?(?:{INCIDENT_WORDS})(?:ين|ان|ي)?(?:\s+[^\W\d]+){{0,2}}\s+"
    r"(?:الذي|التي|اللذين|اللذان|اللتين|اللتان)\s+(?:[تي]?(?:شهد|عرف)|ضرب|استهدف|هز|وقع)[^\W\d]*[،,]?[^،,.؛\d]*$")
# 'عقب اعتداءات باريس في نونبر 2015'، 'تفجيرات الدار البيضاء يوم 16 ماي 2003': an attack named by its place, then
# when it struck.
_ATTACK_OF_A_PLACE_BEFORE = prefiltered(r"(?<!\w)[وبل]?(?:ال)?(?:هجمات|هجوم|اعتداءات|اعتداء|تفجيرات|تفجير)"
                                        r"(?:\s+[^\W\d]+){1,2}\s+(?:في|يوم)\s+$")
_SINCE_RIGHT_BEFORE = prefiltered(r"(?<!\w)منذ\s+(?:يوم\s+)?$")
_STRUCK_ON_REACH = 120  # characters: the attack, the places it struck and their epithets
# 'مسار بدأ قبل سنتين'، 'تعاون انطلق قبل عشر سنوات': a course of things began then.
# 'في أول زيارة يقوم بها مسؤول بهذا المستوى إلى المغرب منذ شهور': how long it had been since the last one,
# not when this one was.
_FIRST_SINCE_BEFORE = prefiltered(r"(?<!\w)[ول]?(?:اول|الاول|الاولي)(?!\w)[^،,.؛]*$")
_BEGAN_BEFORE = prefiltered(r"(?<!\w)(?:بدا|بدات|انطلق|انطلقت|يعود|تعود)\s*$")
_RELATIVE_IN_CLAUSE_BEFORE = prefiltered(r"(?<!\w)(?:التي|الذي|اللذين|اللتين)(?!\w)[^،,.؛]*$")
# 'تقييم حصيلة التعاون العملياتي بين البلدين خلال السنة المنصرمة': the period whose results were weighed, not when.
# ('أفادت الحصيلة بأن المدير العام عقد خلال 2016 ...' tells what he did then.)
_REVIEWED_PERIOD_BEFORE = prefiltered(r"(?<!\w)[ول]?(?:ال)?حصيله(?:\s+(?!ب?ان(?!\w))[^\s،,.؛]+){0,6}?\s+"
                                      r"(?:خلال|في|برسم)\s+$")
# 'حسبما أوردته يومية الصباح في عددها 5 أبريل 2016': the date of a source, not of an engagement.
# 'في عددها 7375 الصادر بتاريخ 4 شعبان 1446'، 'الظهير الشريف رقم 1.24.52 الصادر في 16 من جمادى الأولى': a paper's
# issue or a legal text's day of issue.
# ('في عددها الورقي الصادر صباح اليوم الخميس'، 'في عددها الصادر يوم 9 نونبر 2023': the issue's day, told in full.)
_CITATION_BEFORE = prefiltered(r"(?<!\w)(?:(?:عددها|عدده|عدد)\s+(?:\d+\s+)?(?:(?:الورقي|الالكتروني|الاسبوعي)\s+)?"
                               r"(?:(?:يوم|ليوم|بتاريخ|الصادر)\s+){0,2}(?:(?:صباح|مساء)\s+)?"
                              r"|(?:الصادر|الصادره)\s+(?:بتاريخ|في)\s+)$")
# 'وكان هذا المؤتمر، الذي نظمته ...، مقررا في الأصل خلال شهر يونيو'، 'كان موعده الأصلي في يونيو': when it was first
# set for, before it was moved; not when it took place.
_FIRST_SCHEDULED_BEFORE = prefiltered(r"(?<!\w)(?:(?:مبرمجه|مبرمجا|مقرره|مقررا|محدده|محددا)\s+(?:في\s+الاصل|اصلا|سلفا)"
                                      r"|(?:موعده|موعدها)\s+(?:الاصلي|الاول|المقرر|المحدد))"
                                      r"(?:\s+(?:في|خلال|يوم|ليوم|شهر|بتاريخ))*\s*$")
# 'أفادت وسائل إعلام مغربية اليوم الاثنين بأن ...'، 'ذكرت مصادر متطابقة، أمس، أن ...'، 'قالت وكالة الشرطة الوطنية
# الكورية اليوم الجمعة إن ...': when the news was reported, not when what it reports happened.
_REPORTED_BEFORE = prefiltered(
    r"(?<!\w)[وف]?(?:افادت|افاد|ذكرت|ذكر|اوردت|اورد|كشفت|كشف|نقلت|نقل|اعلنت|اعلن|قالت|قال)\s+(?:[^\W\d]+\s+){0,2}"
    r"(?:مصادر|وسايل|وساىل|اعلام|وكاله|وكالات|صحيفه|صحف|يوميه|تقارير|موقع|مواقع)(?:[\s،,]+[^\W\d]+){0,3}[\s،,]*$"
    # 'وأوضح لفتيت، الذي كان يجيب أمس الثلاثاء عن سؤال شفوي': when a minister answered in parliament.
    r"|(?<!\w)[وف]?(?:يجيب|تجيب|اجاب|اجابت|يرد|ترد|رد|ردت)[\s،,]*$"
    # 'وكانت صحيفة بلجيكية قد نشرت، أول أمس الاثنين، مقالا': when a paper ran its story.
    r"|(?<!\w)[وف]?(?:نشرت|نشر|بثت|بث)[\s،,]*(?:(?:صباح|مساء|ظهر|عشيه|ليله)\s+)?$"
    # 'حسب ما أعلنه الناطق باسم الشرطة في ندوة صحافية عقدها صباح اليوم': when it was announced.
    r"|(?<!\w)(?:ندوه|موتمر)\s+(?:صحفي|صحافي|صحفيه|صحافيه)\s+(?:عقدها|عقده|عقدتها|عقدته)\s+$"
    # 'التي يؤرخها كثيرون بسنة 2017'، 'وقد أرخت بعض المنابر هذه الزيارة بأواخر شهر فبراير': a date others give it.
    r"|(?<!\w)[وف]?(?:ارخ|يورخ|تورخ)\w*(?:\s+\S+){0,5}?\s+ب(?:سنه\s+|عام\s+|شهر\s+)?$"
    # 'الذي كانت زيارته قد أعلنت يوم الجمعة 12 أكتوبر'، 'في زيارة أعلن عنها يوم 3 يوليوز'، 'وتم الإعلان عن الزيارة في 3
    # يوليوز': when it was announced.
    r"|(?<!\w)(?:قد\s+(?:اعلنت|اعلن)(?:\s+عنها|\s+عنه)?|(?:اعلنت|اعلن|المعلن)\s+(?:عنها|عنه))\s+"
    r"(?:(?:يوم|في|بتاريخ)\s+)?$"
    r"|(?<!\w)(?:تم|جري)\s+الاعلان\s+(?:عنها|عنه|عن(?:\s+\S+){1,3}?)\s+(?:(?:يوم|في|بتاريخ)\s+)?$"
    # 'وجاء في الوثيقة، المؤرخة في 16 أكتوبر، أن الطرفين عقدا جلستي عمل': the day a document bears.
    r"|(?<!\w)(?:ال)?مورخ(?:ه)?\s+(?:في|ب)\s+(?:يوم\s+)?$")
# Whole words with their clitics (بالذكرى، لتأسيس، والعيد): 'عيد' also ends 'المواعيد' (appointments).
_ANNIVERSARY_BEFORE = prefiltered(r"(?<!\w)(?:[وفبل]|لل|[وفب]?ال|[وف]?[بل]ال)?(?:ذكري|تاسيس|عيد|تخليد)(?:ه|ها)?"
                                 r"(?:\s+\w+){0,3}\s*$")
# The future particle س on the present tense of the verbs news uses for engagements and honours
# (سيزور، ستحتضن، ستكرم، ستتوج، سيمنحه): what will happen has not happened.
_FUTURE_VERB_STEMS = ("زور", "قوم", "عقد", "نعقد", "شارك", "حل", "لتقي", "ستقبل", "حتضن", "ستضيف", "تم", "جري", "وقع",
                      "خصص", "كرم", "منح", "وشح", "توج", "حضر", "تراس", "توجه", "سافر", "نظم", "بحث")
# 'واتفق الطرفان، وفق المصدر نفسه، على عقد اجتماع للجنة التقنية'، 'إعلان الرباط الذي ينص على عقد لقاء للمتابعة': a
# meeting the parties agreed to hold or a text provides for is to come (article.py reads it right before the engagement
# word, where a clause may begin).
_AGREED_OR_PROVIDED = r"[وف]?(?:اتفق|اتفقا|اتفقوا|اتفقت|الاتفاق|اتفاق|ينص|تنص|نص|نصت)\s+(?:\S+\s+){0,5}?علي\s+"
AGREED_TO_HOLD = _AGREED_OR_PROVIDED + r"(?:عقد|تنظيم|اجراء)(?!\w)"
_FUTURE_WORDS = prefiltered(
    # ('القادمة من أمريكا اللاتينية' comes from a place: no time to come; 'النسخة المقبلة من هذه المنافسة' is to come.)
    r"(?<!\w)(?:(?:ال)?(?:مقبل|مقبله|قادمه?)(?!\w)(?!\s+من(?!\w)(?!\s+(?:هذه|هذا|تلك|ذلك)(?!\w)))"
    r"|المقرر|المقرره|المرتقب|المرتقبه|المنتظر|المنتظره|من المنتظر|يعتزم|تعتزم"
    # 'زيارة مرتقبة'، 'مرجحة أن تتم قبل نهاية الشهر': expected, likely to happen; 'كان مرتقبا أن يسافر ...، قبل أن
    # يتقرر إرجاء الزيارة': expected then, and it did not happen.
    # 'ورجحت الجريدة أن يحل المسؤول الأمني بمدريد بعد الصيف': what the paper deemed likely.
    r"|مرتقب|مرتقبه|(?:مرتقبا|منتظرا|مقررا|مبرمجا)\s+ان|(?:مرجح|مرجحه|مرجحا|يرجح|ترجح)\s+ان"
    r"|[وف]?(?:رجحت|رجح)(?:\s+\S+){0,2}?\s+ان(?!\w)"
    # 'ولم يستبعد المصدر أن يستقبل حموشي، بعد انقضاء الموسم، وفدا': what a source does not rule out.
    r"|(?<!\w)[وف]?(?:لم|لا)\s+(?:يستبعد|تستبعد|يستبعدون|تستبعدا)(?:\s+\S+){0,3}?\s+ان(?!\w)"
    # 'عصفت الجائحة بزيارة كانت مبرمجة إلى لندن': it was scheduled, which says nothing of its taking place; so was
    # 'موعده الأصلي الذي كان محددا يومي 4 و5 صفر'، 'كانت زيارة بروكسل مبرمجة في مارس 2020'.
    r"|[وف]?(?:كانت|كان)\s+(?:[^\s،.؛]+\s+){0,4}?(?:مبرمجه|مبرمجا|مقرره|مقررا|محدده|محددا)(?!\w)"
    # 'وكان من المفترض أن تتم هذه الزيارة أواخر السنة الماضية': it was to be.
    r"|(?<!\w)(?:من\s+)?المفترض\s+ان(?!\w)"
    # Looked forward to: 'المملكة تتطلع إلى استقبال الأسرة الشرطية الدولية في مراكش' (not 'تتطلع إلى الاستفادة'),
    # 'معربة عن تطلعها إلى لقاء حموشي'.
    r"|[وف]?(?:[يتنا]تطلع|تطلع)\w*\s+(?:الي\s+|ل)(?:ال)?(?:استقبال|زياره|لقاء|احتضان|استضافه|مشاركه|حضور|توقيع)"
    # Decided: 'حيث تقرر إلحاق ضابط اتصال إماراتي بسفارة الدولة في الرباط خلال العام الجاري' (not 'الدورة التي تقرر
    # خلالها ...', the session in which it was).
    r"|(?<!\w)(?:[وف]|(?:حيث|كما)\s+)تقرر(?!\w)"
    # With their conjunction too: 'ويرتقب أن'، 'ومن المنتظر أن'، 'وينتظر أن'.
    r"|[وف]?(?:يرتقب|ترتقب|من المتوقع|يتوقع ان|ينتظر ان|من المنتظر|يعتزم|تعتزم)"
    # Who expects it between: 'ويتوقع متابعون أن تشهد سنة 2025 زيارات'.
    r"|(?<!\w)[وف]?(?:يتوقع|تتوقع|يتوقعون)(?:\s+[^\s،,.]+){1,2}?\s+ان(?!\w)"
    # If it is confirmed: 'وإذا تأكدت هذه الزيارة، فستكون الأولى'، 'في حال تأكد اللقاء'.
    r"|(?<!\w)[وف]?(?:اذا|ان|في\s+حال)\s+(?:تاكدت|تاكد|تحققت|تحقق)(?!\w)"
    # An intention declared: 'تأكيد عزم فرنسا توشيح ...'، 'نيتها منح ...'، 'قررت منح الحموشي وسام'، 'أعلنت عن قرار
    # منح هذا الوسام'.
    r"|و?(?:عزم|عزمه|عزمها|نيه|نيته|نيتها)|[وف]?(?:قرر\w*|(?:ال)?قرار)\s+(?:منح|منحه|توشيح|توشيحه|تكريم|تكريمه)"
    # A hope or wish voiced: 'معربة عن أملها في لقاء حموشي'، 'أمله في زيارة المغرب قريبا'، 'رغبته في زيارة المغرب "في
    # أقرب الآجال"'.
    r"|[وب]?(?:امل|امله|املها|املهم|املهما|رغبه|رغبته|رغبتها|رغبتهم)\s+في\s+(?:ال)?(?:لقاء|زياره|استقبال|مباحثات|توقيع)"
    # What it may or will hold: 'برنامج الزيارة ... قد يتضمن لقاءات'، 'برنامج الزيارة يتضمن لقاءات'; what he may
    # do ('قد يقوم بزيارة عمل إلى سيول'، 'قد يزور').
    r"|قد\s+(?:يتضمن|تتضمن|يشمل|تشمل|يكون|تكون|يبرمج|تبرمج)|قد\s+[يت](?:زور|قوم|حل|لتقي|توجه|سافر|شارك|حضر)(?!\w)"
    r"|(?:برنامج|جدول\s+اعمال)\s+(?:ال)?(?:زياره|جوله)[^.]{0,80}?(?:يتضمن|يشمل)"
    r"|[وف]?(?:يتضمن|يشمل)\s+برنامج"
    # Proposed, or only a draft: 'مراسلة تقترح فيها جدولا أوليا للزيارة، يتضمن جلسة مباحثات مع حموشي'.
    r"|[وف]?(?:[يت]قترح|اقترح|اقترحت)(?:\s+\S+){0,2}?\s+(?:جدولا|برنامجا|موعدا|تاريخا)"
    # Not announced yet: 'برنامج الجولة، الذي لم يتم الإعلان عنه رسميا بعد'.
    r"|لم\s+يتم\s+الاعلان\s+(?:عنه|عنها)\s+(?:رسميا\s+)?بعد"
    # Preparing for it: 'التي تستعد بلادنا لاحتضانها'، 'يستعد حموشي لزيارة'، 'زيارة يجري الإعداد لها'.
    r"|[وف]?[يت]ستعد|(?:يجري|يتم|جار|جاري|قيد)\s+(?:ال)?(?:اعداد|تحضير|ترتيب)"
    # A date not set yet: 'في موعد لم يحدد بعد'، 'لم يتم تحديد موعدها بعد' (not 'لم يحدد المصدر تاريخ اللقاء').
    r"|في\s+موعد\s+لم\s+(?:يحدد|يتحدد)|لم\s+(?:يحدد|تحدد|يتحدد|يتم\s+تحديد)(?:\s+(?:موعد|تاريخ)\w*)?\s+بعد"
    # Not settled yet: 'جدول أعمال الزيارة لم يحسم بعد بشكل نهائي'، 'برنامج الزيارة لم يحسم بشكل نهائي بعد'.
    r"|لم\s+(?:يحسم|تحسم|يتقرر|يتحسم)(?:\s+(?:امره|امرها|بشكل|نهاييا|نهايي|رسميا))*\s+بعد"
    # Possible: 'الزيارة المحتملة'، 'لقاء محتمل'.
    r"|(?:ال)?(?:زياره|لقاء|اجتماع|جوله)\s+(?:ال)?(?:محتمل|محتمله)"
    # Tomorrow: 'تنطلق يوم غد الأربعاء 6 دجنبر أشغال المؤتمر'، 'يترأس غدا'، 'بعد غد'; not how long what he came to
    # goes on ('المعرض ...، الذي ... يتواصل إلى غاية يوم غد الجمعة').
    r"|(?<!غايه )(?<!غايه يوم )(?<!حتي )(?<!حتي يوم )(?:غد|غدا)"
    # An invitation is a plan: 'تلقى ... دعوة لزيارة باريس'، 'ودعوته مدير الأمن العام لزيارة المغرب'، 'ودعوته إلى زيارة
    # مملكة البحرين'، 'مجددا الدعوة له لزيارة المملكة'، 'كما دعوت السيد حموشي إلى زيارة بلجيكا' (not 'بدعوة من', which a
    # visit answers).
    # ('جدد، عبر السفيرة، الدعوة الموجهة إلى حموشي': the words between may stand in commas; 'أن سلطات بلاده وجهت
    # دعوة رسمية إلى حموشي': a woman's or a body's verb too; 'وجهنا دعوة إلى السيد حموشي': a quoted host's.)
    # ('فيما حمّله الوزير دعوة رسمية إلى حموشي لزيارة الكويت': charged with it for him.)
    r"|[وف]?(?:تلقي|تلقت|وجه|وجهت|وجهنا|قدم|قدمت|قدمنا|جدد|جددت|جددنا|سلم|سلمت|نقل|نقلت|حمل|حمله|حملته|حملها)"
    r"[\s،,]+(?:[^\s،,]+[\s،,]+){0,5}(?:ال)?دعوه"
    r"|(?:ال)?دعوه\s+(?:رسميه\s+)?(?:(?:له|لها|اليه|اليها|الي\s+(?:السيد\s+)?\S+)\s+)?(?:من\s+(?:\S+\s+){1,3})?"
    r"ل(?:زياره|حضور|لمشاركه)"
    # 'أن دعوة رسمية وجهت إلى حموشي لزيارة بلجيكا': the passive, and to whom, before what it invites to.
    r"|(?:ال)?دعوه\s+(?:رسميه\s+)?(?:ال)?(?:وجهت|موجهه|قدمت)\s+(?:\S+\s+){0,4}?ل(?:زياره|حضور|لمشاركه)"
    r"|[وف]?(?:دعوته|دعوتها|دعاه|دعا|دعوت|دعونا)\s+(?:\S+\s+){0,4}?(?:ل|الي\s+)(?:زياره|حضور|لمشاركه|المشاركه)"
    # Agreed to hold it, or a text provides for it (AGREED_TO_HOLD); or agreed that it would be: 'اتفق الطرفان حينها
    # على أن يحل حموشي بنواكشوط في مارس 2020'.
    rf"|{AGREED_TO_HOLD}|{_AGREED_OR_PROVIDED}ان\s+[يت]\w+"
    # Decided to hold it: 'وقرر المشاركون عقد الدورة الثانية بأبيدجان'.
    r"|[وف]?قرر\w*\s+(?:\S+\s+){0,3}?(?:عقد|تنظيم|احتضان)"
    r"|[وف]?س[يتن](?:%s)\w*"
    # 'نال المغرب شرف تنظيم الدورة 93 ... سنة 2025': the right to host an event to come.
    r"|(?:شرف|حق|ملف) (?:تنظيم|احتضان|استضافه))(?!\w)" % "|".join(_FUTURE_VERB_STEMS))
# Days per unit of 'منذ N unit'; the dual forms carry their own count.
_AGO_UNITS = {"يوم": (1, 1), "ايام": (1, 1), "يومين": (1, 2), "اسبوع": (7, 1), "اسابيع": (7, 1),
              "اسبوعين": (7, 2), "شهر": (30, 1), "اشهر": (30, 1), "شهور": (30, 1), "شهرين": (30, 2)}


# Words for the cheap pre-check, split where letters meet digits ('27نونبر2025م' holds a month name).
_WORDS = prefiltered(r"[^\W\d]+|\d+")
_DIGIT = prefiltered(r"\d")
# Stand-ins, in a pattern's needs, for what a substring test cannot tell: a decimal digit (what \d
# matches), any character str.isdigit() accepts, a month name as a word (bare or after و، ب، ل),
# and digit shapes, each tested by a small pattern that starts with a digit (so it scans fast).
DIGIT, ANY_DIGIT, A_MONTH = "<digit>", "<any digit>", "<month>"
A_YEAR, DIGIT_DASH_DIGIT, DIGIT_AND_DIGIT = "<year>", "<d-d>", "<d و d>"
_DIGIT_SHAPES = {A_YEAR: re.compile(r"(?:19|20)(?<!\d..)\d{2}(?!\d)"),  # _YEAR, its lookbehind moved after the digits
                 DIGIT_DASH_DIGIT: re.compile(r"\d\s?[-/.:]\s?\d"),
                 DIGIT_AND_DIGIT: re.compile(r"\d\s*و\s*\d")}
_STAND_INS = frozenset({DIGIT, ANY_DIGIT, *_DIGIT_SHAPES})  # A_MONTH is read per word, with the substrings
_WEEKDAY_STEMS = tuple(w[2:] for w in WEEKDAYS)
# What a set of held substrings settles (DateGrammar._plan): the patterns to run, or, when stand-ins
# remain to be tested, each pattern with its open groups.
_Plan = tuple[list[tuple[str, re.Pattern]], list[tuple[str, re.Pattern, tuple[tuple[str, ...], ...]]]]
_MAX_CACHED_WORDS = 200_000
_RELATIVE_WORDS = ("الجاري", "الحالي", "المنصرم", "الماضي", "المقبل", "القادم")


def _month_pattern(reference: Reference) -> str:
    names = sorted(reference.months, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, name.split(" "))) for name in names)
    # A digit may follow a month glued to it ('27نونبر2025م'); a letter may not (مايو is not مايوركا). Before
    # it, a digit or its clitics ('وبمارس'), no other letter ('آب' is not the end of 'للشباب').
    single = (rf"(?:(?<![^\W\d])|(?<=(?<![^\W\d])[وفبل])|(?<=(?<![^\W\d])[وف][بل])|(?<=(?<![^\W\d])وف))"
              rf"(?:{alternation})(?![^\W\d])")
    # Paired forms: كانون الأول/ديسمبر, ديسمبر (كانون الأول), and with a space alone as the Arabic wires write them
    # ('في سبتمبر أيلول 2017'، 'في ديسمبر كانون الأول'; not 'مارس وأبريل', two months).
    return rf"(?P<{{g}}>{single})(?:\s*(?:/|\()\s*{single}\s*\)?|\s+(?:{alternation})(?![^\W\d]))?"


@dataclass(frozen=True)
class DateMention:
    """One date expression, as found and as resolved."""

    start: int  # span in the normalized text it was found in
    end: int
    text: str
    form: str  # day, day_range, numeric, partial_days, month, year, period, relative
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    precision: str | None = None
    is_future: bool = False
    # Why this is not an engagement date: named_event_year, anniversary, citation, reported, since, embedded_post.
    excluded: str | None = None
    partial_days: tuple[int, int] | None = None  # days known while the month is missing
    year_basis: str | None = None  # how the year was chosen: stated, relative, weekday, context, article_date, ...
    parts: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def resolved(self) -> bool:
        return self.start_date is not None

    @property
    def first_day(self) -> dt.date:
        """start_date of a resolved mention (an unresolved one has none: asking is a bug)."""
        if self.start_date is None:
            raise ValueError(f"the date mention {self.text!r} is not resolved")
        return self.start_date

    @property
    def last_day(self) -> dt.date:
        """end_date of a resolved mention."""
        if self.end_date is None:
            raise ValueError(f"the date mention {self.text!r} is not resolved")
        return self.end_date

    @property
    def spans_days(self) -> bool:
        """Days told, more than one ('يومي 15 و16 أكتوبر'، 'جولة امتدت خمسة أيام')."""
        return self.precision == DAY and self.start_date != self.end_date

    @property
    def is_engagement_date(self) -> bool:
        return self.resolved and self.form != "period" and self.excluded is None


@dataclass(frozen=True)
class CalendarHint:
    """The calendar facts of a date without a year: its weekday, its month, its days of the month."""

    weekday: int | None  # ISO: 1 is Monday, 7 is Sunday (DuckDB's isodow)
    month: int | None
    days: tuple[int, int] | None


@dataclass(frozen=True)
class ArticleClock:
    """When the article was written, as far as we know, and how we know it."""

    date: dt.date | None
    precision: str | None  # day (metadata, dateline) or month (inferred from 'X الجاري')
    # metadata, url, dateline, caption_or_headline, url_month, embedded_post, stated_today,
    # inferred_current_month, unknown
    source: str
    reference_year: int | None = None  # latest explicit year in the text, to place weekdays

    @property
    def day(self) -> dt.date | None:
        """The article's day, when the clock knows it to the day."""
        return self.date if self.precision == DAY else None

    @property
    def latest_possible(self) -> dt.date | None:
        if self.date is None:
            return None
        if self.precision == DAY:
            return self.date
        return month_end(self.date.year, self.date.month)


# The last month of each season a page may name ('الصيف الماضي': the summer before the page's month).
_SEASON_LAST_MONTH = {"ربيع": 5, "صيف": 8, "خريف": 11}


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


class DateGrammar:
    """Compiled patterns for one reference set (month names come from the seeds)."""

    def __init__(self, reference: Reference):
        self.months = reference.months
        m1, m2 = _month_pattern(reference).format(g="m1"), _month_pattern(reference).format(g="m2")
        m_only = _month_pattern(reference).format(g="m")
        # 'اليوم الثلاثاء 3 مارس 2026': today, named with its date, is the day the page was written.
        wd = lambda g: rf"(?:(?:(?P<{g}_today>اليوم)|يوم|يومي)\s+)?(?P<{g}>{_WD})\s+"  # noqa: E731
        hijri = "|".join(r"\s+".join(map(re.escape, name.split(" ")))
                         for name in sorted(reference.hijri_months, key=len, reverse=True))
        self.hijri_months = reference.hijri_months
        # An embedded post ends with its account and date: '— السفارة (@KSAembassyMA) May 10, 2019'.
        self.post_months = reference.post_months
        posts = "|".join(sorted(reference.post_months, key=len, reverse=True))
        self.post_date = re.compile(rf"\(@\w{{1,30}}\)\s*(?P<m>{posts})\s+(?P<d>[0-3]?\d)\s*,\s*(?P<y>{_YEAR})")
        self.patterns: list[tuple[str, re.Pattern]] = [
            # Gulf outlets date by the Umm al-Qura calendar: '5 رجب 1445 هـ'.
            # '27 صفر الماضي': the year left out, the day nearest the page's (before it, when past); 'يومي 27 و28
            # صفر': two days.
            # 'في الرابع عشر من رمضان 1440هـ': its day may be an ordinal.
            ("hijri", re.compile(rf"(?<!\d)(?:(?P<d0>[0-2]?\d|30)\s*و\s*)?"
                                 rf"(?P<d>[0-2]?\d|30|(?<!\w){_NOT_A_PART}(?:{_ORDINAL_DAY}))\s*(?:من\s+)?"
                                 rf"(?P<hm>{hijri})(?![^\W\d])"
                                 rf"(?:\s*(?:(?:سنه|عام)\s+)?(?P<hy>1[34]\d\d)(?!\d)(?:\s*ه(?!\w))?"
                                 rf"|\s+(?P<rel>الماضي|المنصرم|الجاري|المقبل|القادم)(?!\w))?")),
            # '14/11/2023'، '14.11.2023'، 'الرباط - 14-11-2023 (ومع)'، 'نشر في ... يوم 14 - 06 - 2017': one
            # separator twice. 'يومي 18 و19.10.2017': two days.
            ("numeric", re.compile(r"(?:(?<!\d)(?P<d0>[0-3]?\d)\s*و\s*)?"
                                   r"(?<!\d)(?P<d>[0-3]?\d)\s?(?P<sep>[/.-])\s?(?P<mo>[01]?\d)\s?(?P=sep)\s?"
                                   r"(?P<y>(?:19|20)\d{2})(?!\d)")),
            # (Xinhua's stamp: '2019:09:17.20:41'.)
            ("iso", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.:](?P<mo>[01]?\d)[-/.:](?P<d>[0-3]?\d)(?!\d)")),
            ("day", re.compile(
                # The second day's weekday only after the first's ('الأربعاء 16 والخميس 17 يونيو'): 'اليوم 24 -
                # الثلاثاء 29 أكتوبر' is an outlet's name, then its date, not a span from the 24th.
                rf"(?:{wd('wd1')})?(?P<d1>{_DAY})(?:{_SEP}(?(wd1)(?:{wd('wd2')})?)(?P<d2>{_NUMBER_DAY}))?\s*(?:من\s+)?(?:شهر\s+)?{m1}"
                rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:سنه|عام|السنه\s+الجاريه|العام\s+الجاري|السنه\s+الماضيه|العام\s+الماضي)\s+)?(?P<y1>{_YEAR}))?"
                rf"(?:{_SEP}(?:{wd('wd3')})?(?P<d3>{_DAY})\s*(?:من\s+)?{m2}(?:\s*(?P<y2>{_YEAR}))?)?"
                rf"(?:\s+(?P<rel>{_REL}))?")),
            # 'في 23 من الشهر الجاري'، '26 من نفس الشهر'، 'بين 23 و25 من الشهر نفسه': a day, or days, of a month the
            # text names by reference; 'وفي يونيو، وتحديدا يوم الثلاثاء 20 منه': a weekday's date 'of it', the month
            # just named.
            ("day_of_month", re.compile(
                rf"(?:{wd('wd1')}|(?P<on_day>يوم\s+))?(?P<d1>{_DAY})(?:{_SEP}(?P<d2>{_NUMBER_DAY}))?\s+(?:من\s+)?"
                r"(?:(?P<rel>الشهر\s+(?:الجاري|الحالي|الماضي|المنصرم))"
                r"|(?P<same>نفس\s+الشهر|الشهر\s+(?:ذاته|نفسه)|(?(wd1)منه|(?(on_day)منه|(?!)))))(?!\w)")),
            ("partial_days", re.compile(
                rf"(?:يومي\s+)?(?P<d1>{_NUMBER_DAY})\s*و\s*(?P<d2>{_NUMBER_DAY})\s+(?P<y>{_YEAR})")),
            ("month", re.compile(
                rf"(?:(?P<q>{_QUAL})\s+)?(?:(?:ال)?شهر\s+)?{m_only}"
                rf"(?:\s+(?:(?:من\s+)?(?:سنه|عام)\s+)?(?P<y>{_YEAR})|\s+(?P<rel>{_REL}))")),
            # 'في الشهر 9 من سنة 2022'، 'في الشهر 3 من السنة الماضية'، 'في 10/2024': a month by its number.
            ("month_number", re.compile(
                rf"(?<!\w)(?:[وف]?(?:في|خلال)\s+)?(?:ال)?شهر\s+(?P<m>1[0-2]|0?[1-9])(?![\d/.])"
                rf"(?:\s+من\s+(?:(?:سنه|عام)\s+(?P<y>{_YEAR})|(?:السنه|العام)\s+(?P<year_rel>{_REL})"
                r"|(?P<this_year>هذه\s+السنه|هذا\s+العام)))?"
                r"|(?<![\d/.])(?P<m2>1[0-2]|0?[1-9])/(?P<y2>(?:19|20)\d{2})(?![\d/.])")),
            # 'يوم 20/5'، 'الثلاثاء 6/3': a day and a month by their numbers, after 'يوم' or a weekday; 'وفي 23/06،'
            # after 'في' when the month has its two digits (not a fraction: 'في 3/4 الحالات'). European pages put a
            # point between them: 'وفي 27.11، كان في مدريد' (not a decimal: 'في 12.10 مليون').
            ("day_number", re.compile(
                rf"(?<!\w)[وف]?(?:(?:يوم\s+)?(?P<wd1>{_WD})\s+|يوم\s+"
                r"|(?:في|بتاريخ)\s+(?=[0-3]?\d[/.](?:0[1-9]|1[0-2])(?![\d/]|\.\d)))"
                r"(?P<d1>[0-3]?\d)[/.](?P<m1>1[0-2]|0?[1-9])(?![\d/]|\.\d)"
                r"(?!\s*(?:%|مليون|مليار|الف|درهم|دولار|يورو|طن|كلغ|بالمايه))")),
            # 'شهر مارس'، 'في فبراير'، 'خلال نونبر': a month the text gives no year, placed by the article's
            # date, a review's year or the date before it (never a verb: 'مارس الضغط' has no 'في').
            # 'ومطلع مارس، توجه إلى روما'، 'أواخر ماي': a part of a month is that month.
            # Darija glues 'in' to the month: 'فيونيو، استقبل'.
            ("shahr", re.compile(rf"(?:(?:(?:(?P<q>{_QUAL})\s+)?شهر|(?<!\w)[وف]?(?:في|خلال)"
                                 rf"|(?<!\w)[وف]?(?:في\s+)?(?P<part>{_MONTH_PART})"
                                 # 'في النصف الثاني من يونيو'، 'الأسبوع الأخير من مارس'، 'في الأيام الأخيرة من
                                 # نونبر': a part of the month.
                                 r"|(?<!\w)[وف]?(?:في\s+|خلال\s+)?(?:النصف|الاسبوع|الاسابيع|الايام|الثلث|العشر)\s+ال\w+"
                                 r"\s+من)\s+|(?<!\w)و?ف(?!مارس))"  # ('فمارس الضغط': so he exercised)
                                 rf"{m_only}(?![^\W\d])"
                                 # 'وفي أبريل من السنة نفسها': the year of the date before; 'في أيار من العام
                                 # الماضي': that month of the year before the article's.
                                 r"(?:\s+من\s+(?:(?P<same>(?:السنه|العام)\s+(?:نفسها|ذاتها|نفسه|ذاته)|نفس\s+(?:السنه|العام))"
                                 # 'ارتبط اسمه بمونديال 2022. ففي يوليوز من تلك السنة': the year named last.
                                 r"|(?P<that_year>تلك\s+السنه|ذلك\s+العام)"
                                 rf"|(?:السنه|العام)\s+(?P<year_rel>{_REL})ه?|(?P<this_year>هذه\s+السنه|هذا\s+العام)"
                                 # 'في مارس من السنة التي قبلها': the year before (or after) the date before.
                                 r"|(?:السنه|العام)\s+(?P<year_before>التي\s+قبلها|الذي\s+قبله|السابقه|السابق)"
                                 r"|(?:السنه|العام)\s+(?P<year_after>التي\s+بعدها|الذي\s+بعده|المواليه|الموالي|التاليه|التالي))"
                                 r"(?!\w))?")),
            # '- نونبر: أشرف على ...'، '📝 يونيو: توقيع ...': a list of a year's engagements labelled by month, behind
            # any bullet, number or emoji; so is 'أبريل – بروكسيل: زيارة عمل' (month and place) and a ticker's
            # '[أبريل - 18:40]' (month and time).
            ("month_label", re.compile(rf"^[\W\d_]*{m_only}\s*(?:[-–—]\s*(?:\d{{1,2}}:\d\d(?!\d)"
                                       r"|[^\W\d]+(?:\s+[^\W\d]+)?\s*:)|:)")),
            ("period", re.compile(
                rf"(?:بين|من|ما بين)\s+(?:(?:سنه|عام)\s+)?(?P<y1>{_YEAR}){_SEP}"
                rf"(?:{_QUAL}\s+)?(?:(?:سنه|عام)\s+)?(?P<y2>{_YEAR})")),
            ("since_year", re.compile(rf"(?<![^\sوف])منذ\s+(?:(?:سنه|عام)\s+)?(?P<y1>{_YEAR})")),
            ("today", re.compile(
                # Not 'نفس اليوم' nor 'صباح اليوم نفسه': the same day as the date before (same_period).
                # 'في وقت لاحق من اليوم': later today.
                # Nor 'ليس وليد اليوم': not new, an idiom.
                rf"(?<!\w)(?<!نفس )(?<!ذات )(?<!وليد )(?<!ذلك )(?<!ذاك )"
                rf"[وف]?(?:(?:صباح|مساء|ظهر|عشيه|وقت\s+(?:لاحق|سابق)\s+من)\s+اليوم"
                rf"(?!\s+(?:نفسه|ذاته))"
                rf"(?:\s+(?P<wd>{_WD}))?"
                rf"|اليوم\s+(?P<wd2>{_WD})"
                # 'استقبل حموشي اليوم بالرباط'، 'جرى اليوم، بمقر ...': today, where it happened next (not
                # 'اليوم الوطني', 'العالم اليوم', nor 'نحتفل اليوم بالذكرى': an occasion, not a place).
                # 'استقبل وزير الداخلية اليوم سعادة عبد اللطيف حموشي': today, before the one received.
                rf"|اليوم(?=\s*،|\s+ب(?!(?:ال)?(?:ذكري|مناسبه|عيد|فضل))[^\W\d]{{2,}}|\s+في\s"
                r"|\s+(?:سعاده|معالي|السيد|(?:ال)?(?:مدير|وزير|سفير|رييس|قايد|وفدا)"
                # 'بدأ حموشي اليوم زيارة إلى بلجيكا': today, before what he began.
                r"|زياره|جوله|مباحثات|محادثات|اجتماعا|لقاء)(?!\w)))(?!\w)")),
            # 'الخميس الماضي'؛ 'يوم الخميس من الأسبوع الماضي': that weekday of the week before the page's (with
            # 'يوم' only: 'من الاثنين إلى الجمعة من الأسبوع الماضي' is read as a span of weekdays).
            ("last_weekday", re.compile(
                rf"(?<!\w)(?P<day>[وف]?يوم\s+)?(?P<wd>{_WD})\s+(?(day)(?P<week>من\s+الاسبوع\s+)?)"
                rf"(?P<rel>الماضي|المنصرم|المقبل|القادم)(?!\w)")),
            # 'يوم الثلاثاء من الأسبوع ذاته': that weekday of the week (Monday to Sunday) of the day told before.
            ("same_week_day", re.compile(
                rf"(?<!\w)[وف]?(?:يوم\s+)?(?P<wd>{_WD})\s+من\s+(?:الاسبوع\s+(?:ذاته|نفسه)|(?:نفس|ذات)\s+الاسبوع)"
                r"(?!\w)")),
            # 'أول أمس'، 'أول من أمس', and the Levant's and the Gulf's 'أمس الأول': the day before yesterday. Darija
            # says 'البارح نهار الثلاثاء' (yesterday, Tuesday).
            ("yesterday", re.compile(rf"(?<!\w)[وف]?(?P<before>اول\s+(?:من\s+)?)?(?:امس|البارحه?)(?P<first>\s+الاول)?"
                                     rf"(?:\s+(?:نهار\s+)?(?P<wd>{_WD}))?(?!\w)")),
            ("ago", re.compile(
                # 'قبل أسبوعين' as 'منذ أسبوعين'; not 'قبل يوم من الافتتاح', a day before something else.
                rf"(?<!\w)[وف]?(?:منذ|قبل)\s+(?P<approx>(?:{'|'.join(map(re.escape, approximation_words()))})\s+)?"
                # Nor 'قبل أسابيع قليلة من انطلاق المونديال': before another event, not before the page.
                r"(?P<n>\d+\s+)?(?P<unit>يومين|ايام|يوم|اسبوعين|اسابيع|اسبوع|شهرين|اشهر|شهور|شهر)(?!\w)"
                r"(?!(?:\s+(?:قليله|قليلا|معدوده|عده|فقط))?\s+من(?!\w))"
                # Nor 'منذ يوم الثلاثاء': since that weekday.
                rf"(?!\s+{_WD}(?!\w))")),
            # 'حل قبل عامين بفيينا'، 'قبل ثلاث سنوات': that many years before the page's year (not 'قبل سنة 2015',
            # before a year, nor 'قبل عامين من الانتخابات', before another event).
            ("years_ago", re.compile(
                rf"(?<!\w)[وف]?قبل\s+(?:(?:{'|'.join(map(re.escape, approximation_words()))})\s+)?"
                rf"(?:(?P<n>\d+|{WORD_NUMBER_PATTERN})\s+(?:سنوات|اعوام|سنه|عاما)|(?P<unit>عامين|سنتين|عام|سنه))(?!\w)"
                r"(?!\s+(?:من(?!\w)|\d))")),
            # 'في الصيف الماضي': the last such season before the page; 'ربيع العام الماضي': that season of the year
            # before the page's. Either names the year.
            ("season", re.compile(r"(?<!\w)[وف]?(?:(?:في|خلال)\s+)?(?:ال)?(?P<season>صيف|خريف|ربيع)\s+"
                                  r"(?:(?P<of_year>السنه|العام)\s+)?(?:الماضي|الماضيه|المنصرم|المنصرمه|الفارط|الفارطه)"
                                  r"(?!\w)")),
            ("this_period", re.compile(
                # ('المدير العام الحالي للأمن الداخلي': 'general' in a title, no year.)
                r"(?<!\w)[وف]?(?:(?P<unit>الاسبوع|الشهر|السنه"
                r"|(?<!مدير\s)(?<!الامين\s)(?<!المفوض\s)(?<!النايب\s)(?<!المفتش\s)(?<!المدعي\s)(?<!الكاتب\s)العام)"
                r"\s+(?P<rel>الماضي|الماضيه|المنصرم|المنصرمه|الجاري|الجاريه|الحالي|الحاليه|المقبل|المقبله|القادم|القادمه)"
                r"|(?:هذه|هذا)\s+(?P<this>السنه|العام|الشهر)"
                # 'كما جمعته خلال السنة مباحثات مع ...': the year told of, or the page's (not 'خلال السنة الماضية'،
                # 'خلال العام 2019').
                r"|(?:خلال|طيله|طوال)\s+(?P<told>السنه|العام)(?!\s+(?:ال|\d))"
                # 'وفي أواخر الشهر، استقبل ...': a part of the month the page is about.
                rf"|(?:{_QUAL})\s+(?P<part>الشهر)(?!\s+[^\W\d]))(?!\w)")),
            # 'في الشهر نفسه'، 'صباح اليوم نفسه'، 'في نفس اليوم': the day, month or year of the date before; so is
            # 'في وقت لاحق من السنة' (later in the year told).
            ("same_period", re.compile(
                r"(?<!\w)(?:[وف]?(?:من|في)\s+)?(?:(?:صباح|مساء|ظهر|عشيه)\s+)?"
                r"(?:(?P<unit>الشهر|السنه|العام|اليوم)\s+(?:ذاته|نفسه|ذاتها|نفسها)"
                r"|(?:نفس|ذات)\s+(?P<unit2>الشهر|السنه|العام|اليوم)"
                # 'ففي ذلك اليوم، استقبل ...': the day told before, pointed at; 'ففي تلك السنة'، 'في ذلك العام':
                # its year.
                r"|(?:ذلك|ذاك)\s+(?P<unit4>اليوم|العام)|تلك\s+(?P<unit5>السنه)"
                r"|وقت\s+لاحق\s+من\s+(?P<unit3>الشهر|السنه|العام)(?!\s+(?:ذاته|نفسه|ذاتها|نفسها)))(?!\w)")),
            # 'غداة'، 'في اليوم الموالي'، 'بعد يوم واحد من': the day after what was told or named; 'يومين قبل ذلك'،
            # 'قبل ثلاثة أيام من انطلاق'، 'عشية افتتاح': some days before or after it (day_offset). Not 'يوما بعد يوم'
            # (day after day), nor 'قبل يومين' alone (two days ago).
            ("next_day", re.compile(
                r"(?<!\w)[وف]?(?:في\s+اليوم\s+(?:الموالي|التالي)|غداه"
                rf"|(?P<eve>عشيه)(?=\s+{AN_OCCASION}(?!\w))"
                rf"|(?:ب)?(?P<count>{_DAYS_COUNT})(?:\s+فقط)?\s+(?P<dir>قبل|بعد)(?!\s+يوم)"
                r"|بعد\s+يوم(?:\s+واحد)?\s+من"
                # 'على بعد يومين من احتفالات الذكرى': two days before them.
                rf"|علي\s+بعد\s+(?P<ahead>{_DAYS_COUNT})\s+(?:فقط\s+)?من(?=\s+{AN_OCCASION}(?!\w))"
                # ('بعد ثلاثة أيام من الأشغال' is how long the work went on.)
                rf"|(?P<dir2>قبل|بعد)\s+(?P<count2>{_DAYS_COUNT})\s+(?:فقط\s+)?من"
                rf"(?=\s+(?:{AN_OCCASION}|{_ARRIVAL_OR_THAT})(?!\w)))(?!\w)")),
            # 'وعلى هامش اليوم الأول'، 'في اليوم الثاني من الزيارة'، 'في اليوم الأخير': a day of the span told before.
            ("nth_day", re.compile(r"(?<!\w)(?:[وف]?(?:في|خلال)\s+)?(?:(?:صباح|مساء|ظهر|عشيه)\s+)?اليوم\s+"
                                   r"(?P<nth>الاول|الثاني|الثالث|الرابع|الاخير|الختامي)(?!\w)")),
            ("year", re.compile(rf"(?:(?:{_QUAL})\s+)?(?:(?:{_YEAR_WORDS})\s+)?(?P<y>{_YEAR})")),
            # 'بحث الحموشي، الجمعة، مع ...': a weekday alone is a day of the article's own week.
            # Without 'يوم' a weekday has its article: 'أحد أرفع الأوسمة' is 'one of', not Sunday.
            ("bare_weekday", re.compile(rf"(?<!صلاه )(?<!خطبه )(?<!ليله )(?<!\w)[وف]?(يوم\s+)?(?P<wd>(?(1)(?:ال)?|ال)"
                                        rf"{_WD_STEM})(?!\w)")),
        ]
        # Each skips, in C, the places where none of its matches can begin (first_chars.py).
        self.patterns = [(form, gated(pattern)) for form, pattern in self.patterns]

        # What each pattern cannot match without: most sentences have no date at all, and a few
        # substring tests are far cheaper than running every pattern over them. Each form lists groups
        # of which the text must hold one item each (a substring, or a stand-in above); a form listed
        # nowhere runs on every text. tests/unit/test_dates.py checks that these never change what is found.
        self.month_words = {name.split(" ")[0] for name in self.months}
        ordinals = tuple({name.split(" ")[0] for name in ORDINAL_DAYS})
        hijri_words = tuple({name.split(" ")[0] for name in reference.hijri_months})
        self.needs: dict[str, tuple[tuple[str, ...], ...]] = {
            "hijri": ((DIGIT, *ordinals), hijri_words), "numeric": ((DIGIT_DASH_DIGIT,), (A_YEAR,)),
            "iso": ((DIGIT_DASH_DIGIT,), (A_YEAR,)), "partial_days": ((DIGIT_AND_DIGIT,), (A_YEAR,)),
            "month_number": ((DIGIT,),), "day_number": ((DIGIT_DASH_DIGIT,),),
            "period": ((A_YEAR,),), "since_year": (("منذ",), (A_YEAR,)),
            "day_of_month": (("الشهر", "منه"), (ANY_DIGIT, "فاتح", *ordinals)),
            "year": ((A_YEAR,),), "day": ((DIGIT, "فاتح", *ordinals), (A_MONTH,)),
            "month": ((A_YEAR, *_RELATIVE_WORDS), (A_MONTH,)),
            "shahr": (("شهر", "في", "خلال", "ف", *_MONTH_PARTS), (A_MONTH,)), "month_label": ((":",), (A_MONTH,)),
            "today": (("اليوم",),),
            "last_weekday": (("الماضي", "المنصرم", "المقبل", "القادم"), _WEEKDAY_STEMS),
            "same_week_day": (("الاسبوع",), _WEEKDAY_STEMS),
            "yesterday": (("امس", "البارح"),), "ago": (("منذ", "قبل"),), "years_ago": (("قبل",),),
            "season": (("صيف", "خريف", "ربيع"),),
            "this_period": (("هذه", "هذا", "خلال", "طيله", "طوال", *_RELATIVE_WORDS, *_MONTH_PARTS, "اخر", "اول"),
                            ("الاسبوع", "الشهر", "السنه", "العام")),
            "same_period": (("نفس", "ذات", "لاحق", "ذلك", "ذاك", "تلك"), ("الشهر", "السنه", "العام", "اليوم")),
            "next_day": (("يوم", "غداه", "ايام", "عشيه"),), "nth_day": (("اليوم",),),
            "bare_weekday": (_WEEKDAY_STEMS,),
        }
        self._scans = [(form, pattern, self.needs.get(form, ())) for form, pattern in self.patterns]
        self._substrings = tuple(sorted({item for groups in self.needs.values() for group in groups for item in group
                                         if not item.startswith("<")}))
        self._in_word = WordCache(self._word_holds)  # word -> the substrings it holds (none holds a space)
        self._plans: dict[frozenset[str], _Plan] = {}  # the substrings a text holds -> _plan

    def _stand_in(self, item: str, text: str, digit: bool) -> bool:
        if item == DIGIT:
            return digit
        if item == ANY_DIGIT:
            return digit or any(ch.isdigit() for ch in text)
        return digit and _DIGIT_SHAPES[item].search(text) is not None

    def _word_holds(self, word: str) -> frozenset[str]:
        """The needs a space-free chunk of text meets: the substrings it holds, and A_MONTH when one of
        its letter runs is a month name, bare or after و، ب، ل، ف (or وف)."""
        held = {item for item in self._substrings if item in word}
        if any(w in self.month_words or (w[:1] in "وبلف" and w[1:] in self.month_words)
               or (w[:2] == "وف" and w[2:] in self.month_words) for w in _WORDS.findall(word)):
            held.add(A_MONTH)
        return frozenset(held)

    def _scans_for(self, text: str) -> list[tuple[str, re.Pattern]]:
        """The patterns that may match the text: those whose every needs group it holds an item of.

        The substrings and month names the text holds are read per word (each distinct word once);
        what they settle is planned once per distinct set of them (_plan), so only the stand-ins a
        plan leaves open are tested on the text, and only while a pattern still needs them."""
        if len(self._in_word) >= _MAX_CACHED_WORDS:
            self._in_word.clear()
            self._plans.clear()
        key = frozenset().union(*map(self._in_word.__getitem__, text.split()))
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = self._plan(key)
        if not plan[1]:
            return plan[0]
        digit = _DIGIT.search(text) is not None
        known: dict[str, bool] = {}
        scans = []
        for form, pattern, open_groups in plan[1]:
            for group in open_groups:
                for item in group:
                    found = known.get(item)
                    if found is None:
                        found = known[item] = self._stand_in(item, text, digit)
                    if found:
                        break
                else:
                    break  # the text holds nothing of this group: the pattern cannot match
            else:
                scans.append((form, pattern))
        return scans

    def _plan(self, held: frozenset[str]) -> _Plan:
        """For a text holding exactly these substrings (and A_MONTH): every pattern in order, each with
        the needs groups its substrings leave open (only stand-ins remain in them), patterns with a
        group that nothing can meet left out. When no group is open, the first item is the answer."""
        planned: list[tuple[str, re.Pattern, tuple[tuple[str, ...], ...]]] = []
        for form, pattern, groups in self._scans:
            open_groups = []
            for group in groups:
                if any(item in held for item in group):
                    continue
                stand_ins = tuple(item for item in group if item in _STAND_INS)
                if not stand_ins:
                    break
                open_groups.append(stand_ins)
            else:
                planned.append((form, pattern, tuple(open_groups)))
        if all(not open_groups for _form, _pattern, open_groups in planned):
            return [(form, pattern) for form, pattern, _groups in planned], []
        return [], planned

    def month_number(self, text: str) -> int:
        """A month's number from its name, or from its digits ('الشهر 9'، '6/3')."""
        return int(text) if text.isdigit() else self.months[re.sub(r"\s+", " ", text)]

    def embedded_post_dates(self, text: str) -> list[dt.date]:
        """The dates of the posts (tweets) a page embeds: it was written on or after them."""
        found: list[dt.date] = []
        if "(@" not in text:
            return found
        for match in self.post_date.finditer(text):
            try:
                found.append(dt.date(int(match["y"]), self.post_months[match["m"]], int(match["d"])))
            except ValueError:
                continue
        return found

    def hint(self, mention: DateMention) -> CalendarHint | None:
        """What a date the article cannot place still says: 'اليوم الخميس' (a Thursday), 'يومي 13 و14
        يونيو' with no year (13-14 June). None when it says nothing, or of a resolved date."""
        if mention.resolved or mention.excluded or mention.is_future:
            return None
        parts = mention.parts
        name = next((parts[k] for k in ("wd", "wd1", "wd2") if parts.get(k)), None)
        weekday = _weekday_number(name)
        month_text = parts.get("m1") or parts.get("m")
        month = self.month_number(month_text) if month_text else None
        days = None
        if parts.get("d1") and (month or mention.form == "day_of_month"):
            first = _day(parts["d1"])
            days = (first, _day(parts["d3"]) if parts.get("d3") else int(parts.get("d2") or first))
        if weekday is None and month is None and days is None:
            return None
        return CalendarHint(weekday + 1 if weekday is not None else None, month, days)

    def find(self, text: str) -> list[DateMention]:
        """Every date expression in normalized text, earlier patterns winning overlaps."""
        taken: list[tuple[int, int]] = []
        found: list[DateMention] = []
        posts = [post.span() for post in self.post_date.finditer(text)] if "(@" in text else []
        for form, pattern in self._scans_for(text):
            for match in (_year_matches(pattern, text) if form == "year" else pattern.finditer(text)):
                start, end = match.span()
                if start == end or any(start < e and s < end for s, e in taken):
                    continue
                taken.append((start, end))
                parts = {k: v for k, v in match.groupdict().items() if v is not None}
                found.append(self._classify(form, match.group(), start, end, parts, text, posts))
        return _days_to_come(_join_named_days(sorted(found, key=lambda m: m.start), text))

    def _classify(self, form: str, matched: str, start: int, end: int, parts: dict, text: str,
                  posts: list[tuple[int, int]]) -> DateMention:
        before = text[max(0, start - 40):start]
        # 'سنة 2005'، 'في يونيو' are one mention each: what comes before may end on its word ('الذي عين ... سنة').
        with_its_word = start + (len(word.group()) if (word := _LEADING_WORD.match(matched)) else 0)
        excluded = None
        if any(post_start <= start < post_end for post_start, post_end in posts):
            excluded = "embedded_post"  # '(@handle) May 10, 2019' dates the page, not an engagement
        elif form == "year" and (_NAMED_EVENT_BEFORE.search(before) or _quoted_title(text, start, end)
                                 # 'كان 2025' (the cup); not 'كان سنة 2017' (the verb, then the year's word).
                                 or (matched[:1].isdigit() and _THE_CUP_BEFORE.search(before))):
            excluded = "named_event_year"
        elif _NAMED_EVENTS_SPAN_BEFORE.search(text, max(0, start - _NAMED_EVENTS_SPAN_REACH), start):
            excluded = "named_event_span"
        elif form == "year" and _SPAN_OF_BEFORE.search(before):
            excluded = "programme_span"
        elif _ANNIVERSARY_BEFORE.search(before):
            excluded = "anniversary"
        elif _REPORTED_BEFORE.search(before):
            excluded = "reported"
        elif _CITATION_BEFORE.search(before):
            excluded = "citation"
        elif _FIRST_SCHEDULED_BEFORE.search(before):
            excluded = "first_schedule"
        elif _REVIEWED_PERIOD_BEFORE.search(text, max(0, start - 80), start):
            excluded = "reviewed_period"
        elif _LAUNCHED_BEFORE.search(text, max(0, start - _TOOK_OFFICE_REACH), with_its_word):
            excluded = "launched"
        elif _FRAMEWORK_SIGNED_BEFORE.search(text, max(0, start - _FRAMEWORK_SIGNED_REACH), with_its_word):
            excluded = "framework"
        elif (_PRECEDENT_OR_OFFICE_BEFORE.search(before)
              or _TOOK_OFFICE_BEFORE.search(text, max(0, start - _TOOK_OFFICE_REACH), with_its_word)):
            excluded = "precedent_or_office"
        elif _ATTACK_OF_A_PLACE_BEFORE.search(before) or (
                _STRUCK_ON_BEFORE.search(text, max(0, start - _STRUCK_ON_REACH), start)
                # 'منذ الأزمة التي عرفتها العلاقات يوم ...': the start of a period, read as such later ('التطورات
                # التي تعرفها النيجر منذ 26 يوليوز' is the incident's own first day).
                and ("منذ" not in text[max(0, start - _STRUCK_ON_REACH):start] or _SINCE_RIGHT_BEFORE.search(before))):
            excluded = "incident"
        elif form == "ago" and "منذ" in matched and _FIRST_SINCE_BEFORE.search(text, max(0, start - 120), start):
            excluded = "first_since"
        elif _GUEST_SINCE_BEFORE.search(text, max(0, start - _GUEST_SINCE_REACH), start):
            excluded = "guest_stay"
        elif form == "years_ago" and _BEGAN_BEFORE.search(before):
            excluded = "process_start"  # 'مسار انطلق قبل عامين': when a course of things began, not an engagement
        elif form == "years_ago" and _RELATIVE_IN_CLAUSE_BEFORE.search(before):
            # 'بعد الأزمة الدبلوماسية التي عرفتها العلاقات قبل سنتين': a count of years back dates the noun its
            # relative clause tells of, not the engagement.
            excluded = "relative_clause"
        closes = UNTIL_BEFORE.search(before) is not None
        if closes:
            # 'التي تتواصل إلى غاية اليوم الخميس': the day a span closes on is not the day 'في اليوم ذاته' points
            # back to.
            parts = {**parts, "closes": "until"}
        elif _OPENED_IN_ITS_CLAUSE_BEFORE.search(before):
            # 'عقد اليوم الثلاثاء لقاءات على هامش الدورة، التي انطلقت أمس الاثنين': nor is the day the gathering
            # opened, told of it in a relative clause.
            parts = {**parts, "opens": "relative"}
        if form == "bare_weekday" and ((closes and _GOES_ON_BEFORE.search(before))
                                       or _TOMORROW_BEFORE.search(before)):
            # 'بدأ اليوم زيارة تمتد إلى غاية الخميس'، 'يختتم زيارته غدا الخميس'، 'بعد غد الخميس': the coming
            # Thursday ('استمرت من الأحد إلى الثلاثاء' is past).
            parts = {**parts, "until": "tomorrow" if _TOMORROW_BEFORE.search(before) else "goes_on"}
        is_future = parts.get("rel") in ("المقبل", "القادم") or "المقبل" in parts.get("rel", "")
        return DateMention(start, end, matched, form, excluded=excluded, is_future=is_future, parts=parts)


_OPENED_IN_ITS_CLAUSE_BEFORE = prefiltered(r"(?<!\w)(?:التي|الذي)\s+(?:انطلقت|افتتحت|بدات|انطلق|افتتح|بدا|تنطلق|ينطلق"
                                           r"|تفتتح|يفتتح|تبدا|يبدا)"
                                           r"(?:\s+(?:اشغالها|اشغاله|اعمالها|اعماله|فعالياتها|فعالياته))?\s+"
                                           r"(?:يوم\s+|في\s+)?$")


# 'أول الضيوف كان مدير الأمن العام الأردني، الذي يزور المغرب منذ أمس الاثنين': the day the guest's stay began, not
# the day of the engagement the page tells, nor the day its next words go on with ('زيارة العمل التي يقوم بها إلى
# إيطاليا منذ أمس' is his own visit, from its first day).
_GUEST_SINCE_BEFORE = prefiltered(r"(?<!\w)(?:الذي|التي)\s+(?:يزور|تزور|يوجد|توجد|يقيم|تقيم)\s+(?:ب|في\s+)?"
                                  r"(?:المغرب|المملكه|الرباط)(?:\s+\S+){0,2}?\s+منذ\s+$")
_GUEST_SINCE_REACH = 50


# 'يوم الثلاثاء، 19 مارس 2024'، 'الاثنين (18 يناير)'، 'أمس (19 شتنبر)'، '12 رمضان 1445 الموافق 22 مارس 2024':
# a weekday or a relative day, and the calendar date set off after it by a comma or parentheses, or one
# calendar's date and the other's, name one day. Read as one mention, the engagement's clause is not cut
# between them (the verb on one side, the counterpart on the other).
_DAY_NAMES = frozenset({"bare_weekday", "yesterday", "today", "last_weekday"})
# What a span's last day is told after: 'إلى غاية يوم الخميس'، 'حتى الجمعة'.
_TOMORROW_BEFORE = prefiltered(r"(?<!\w)(?:بعد\s+)?(?:يوم\s+)?(?:غدا|غد)\s+$")
UNTIL_BEFORE = prefiltered(r"(?<!\w)(?:حتي|الي غايه|لغايه|غايه|الي)\s+(?:يوم\s+)?$")
# A span still running as the page is written: 'تمتد'، 'تستمر'، 'تتواصل'.
_GOES_ON_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:تمتد|يمتد|تستمر|يستمر|تتواصل|يتواصل)(?!\w)")
_CALENDAR_DATES = frozenset({"day", "hijri", "numeric", "iso"})
# 'يوم الخميس الموافق الثالث والعشرين من أيار': the Gulf and Levant name the weekday, then its date after 'الموافق'.
_SET_OFF = prefiltered(r"[\s(،,]*(?:الموافق[\s(،,]*)?")
_IN_BRACKETS = prefiltered(r"\s*\(\s*")
_EQUIVALENT = prefiltered(r"[\s(،,]*(?:اي|الموافق|الموافق\s+ل|وفق)?[\s(،,]*")


_TWO_DAYS_BEFORE = prefiltered(r"(?<!\w)[وف]?يومي\s+$")  # also "ويومي الأربعاء والخميس، انتقل ..."
_AND_BETWEEN = prefiltered(r"\s*و\s*")
_LAST_TWO_AFTER = prefiltered(r"\s+(?:الماضيين|المنصرمين)(?!\w)")  # two weekdays past, in the dual


def _two_days_before(text: str, mention: DateMention) -> bool:
    """'يومي' right before the mention: the first of a pair of days."""
    return bool(_TWO_DAYS_BEFORE.search(text, max(0, mention.start - 12), mention.start))


def _days_to_come(found: list[DateMention]) -> list[DateMention]:
    """'زيارة المعهد الملكي للشرطة يوم غد الأربعاء، ...، قبل أن يختتم الوفد مقامه يوم الخميس': after tomorrow or
    next week's day, a weekday of the same sentence is one of the days to come as well."""
    coming = False
    told = []
    for mention in found:
        if coming and mention.form == "bare_weekday" and "until" not in mention.parts and not mention.excluded:
            mention = replace(mention, parts={**mention.parts, "until": "after_a_day_to_come"})
        coming = coming or mention.parts.get("until") == "tomorrow" or (
            mention.form == "last_weekday" and mention.is_future)
        told.append(mention)
    return told


# 'امتدت من يوم الأحد إلى يوم الثلاثاء': a span from one weekday to another.
_FROM_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:من|ابتداء من|بدءا من)\s+$")
_TO_BETWEEN = prefiltered(r"\s+(?:الي\s+غايه|الي|حتي|لغايه)\s+")


def _from_weekday_to_weekday(previous: DateMention, mention: DateMention, text: str) -> bool:
    return (previous.form == mention.form == "bare_weekday"
            and not {"until", "wd_last"} & (previous.parts.keys() | mention.parts.keys())
            and _FROM_BEFORE.search(text, max(0, previous.start - 16), previous.start) is not None
            and _TO_BETWEEN.fullmatch(text, previous.end, mention.start) is not None)


def _join_named_days(found: list[DateMention], text: str) -> list[DateMention]:
    joined: list[DateMention] = []
    for mention in found:
        previous = joined[-1] if joined else None
        if previous is not None and _from_weekday_to_weekday(previous, mention, text):
            # The span told from its first day to its last, the latest such up to the page's day.
            joined[-1] = replace(previous, end=mention.end, text=text[previous.start:mention.end],
                                 parts={**previous.parts, "wd_last": mention.parts["wd"]})
            continue
        if (previous is not None and previous.form in ("yesterday", "today") and mention.form == "bare_weekday"
                and not (previous.parts.get("wd") or previous.parts.get("wd2"))
                and _IN_BRACKETS.fullmatch(text, previous.end, mention.start) and text.startswith(")", mention.end)):
            # 'أمس (الاثنين)'، 'اليوم (الثلاثاء)': the wire agencies' way of naming the day, one date.
            joined[-1] = replace(previous, end=mention.end + 1, text=text[previous.start:mention.end + 1],
                                 parts={**previous.parts, "wd": mention.parts["wd"]})
            continue
        if (previous is not None and previous.form == mention.form == "bare_weekday" and mention.text.startswith("و")
                and not text[previous.end:mention.start].strip()
                and (_two_days_before(text, previous) or _LAST_TWO_AFTER.match(text, mention.end))):
            # 'يومي الأربعاء والخميس بتونس'، 'الاثنين والثلاثاء المنصرمين': the two days of one engagement, the first
            # to the second.
            joined[-1] = replace(previous, end=mention.end, text=text[previous.start:mention.end],
                                 parts={**previous.parts, "wd_last": mention.parts["wd"]})
            continue
        if previous is None or mention.form not in _CALENDAR_DATES:
            joined.append(mention)
            continue
        between = text[previous.end:mention.start]
        if previous.form in _DAY_NAMES and (_SET_OFF.fullmatch(between) or (
                # 'يومي الاثنين والثلاثاء 6 و7 أكتوبر'، 'الثلاثاء والأربعاء 14 و15 نونبر': the pair of weekdays
                # names the pair of days.
                _AND_BETWEEN.fullmatch(between) and (_two_days_before(text, previous) or (
                    mention.form == "day" and "wd1" in mention.parts and "d2" in mention.parts)))):
            weekday = previous.parts.get("wd") or previous.parts.get("wd2")
            parts = mention.parts
            if weekday and mention.form == "day":
                # 'الأربعاء والخميس 13 و14 نونبر': the first weekday names the first day, whichever the second
                # names ('والخميس' is the day pattern's own, before its pair of days).
                joined_by_and = between.strip() == "و" and "wd1" in mention.parts
                parts = {**mention.parts, "wd1": weekday} if joined_by_and else {"wd1": weekday, **mention.parts}
            # 'حتى يوم الخميس، 23 ماي': the weekday's 'until' is the joined date's.
            parts = {**parts, **{key: previous.parts[key] for key in ("closes", "until") if key in previous.parts}}
            joined[-1] = replace(mention, start=previous.start, text=text[previous.start:mention.end], parts=parts)
        elif previous.form in _CALENDAR_DATES and _EQUIVALENT.fullmatch(between):
            joined[-1] = replace(previous, end=mention.end, text=text[previous.start:mention.end])
        else:
            joined.append(mention)
    return joined


def _year_matches(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """pattern.finditer(text) for the year pattern, without trying every character.

    Each of its matches ends with one year and has nothing before it but a qualifier, سنه or عام and
    spaces (no digit), so the years are its matches' ends, one each; the match of a year starts at the
    first character from which the pattern matches, and that lies in the run of letters of those words
    and spaces that ends at the year, after the previous match. Searching from that run's start finds
    it (the pattern matches at the year itself). tests/unit/test_dates.py compares it with finditer."""
    end = 0
    for year in _DIGIT_SHAPES[A_YEAR].finditer(text):
        start = year.start()
        while start > end and (text[start - 1] in _YEAR_PREFIX_LETTERS or text[start - 1].isspace()):
            start -= 1
        match = pattern.search(text, start)
        if match is not None:
            end = match.end()
            yield match


def _quoted_title(text: str, start: int, end: int) -> bool:
    """'"ميليبول قطر 2018"': a year that closes a quoted name is part of the event's name."""
    return text[end:end + 2].lstrip().startswith('"') and '"' in text[max(0, start - 40):start]


def _day(text: str) -> int:
    if "فاتح" in text:
        return 1
    return int(text) if text.isdigit() else ORDINAL_DAYS[re.sub(r"\s+و\s*", " و", re.sub(r"\s+", " ", text))]


def _weekday_number(name: str | None) -> int | None:
    """A weekday named with or without its article (الاثنين، اثنين): 0 is Monday."""
    return WEEKDAYS.get("ال" + name.removeprefix("ال")) if name else None


def _falls_on(year: int, month: int, day: int, weekday: int) -> bool:
    """Whether day/month of that year exists and is that weekday."""
    try:
        return dt.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _weekday_years(month: int, day: int, weekday: int, around: int) -> list[int]:
    """Years near `around` in which day/month falls on the weekday, nearest first."""
    years = [year for year in range(around - 12, around + 13) if _falls_on(year, month, day, weekday)]
    return sorted(years, key=lambda y: (abs(y - around), -y))


def _relative_step(rel: str) -> int:
    """'الماضي/المنصرم' one back, 'المقبل/القادم' one ahead, 'الجاري/الحالي' this one."""
    return -1 if rel.startswith(("الماضي", "المنصرم")) else (1 if rel.startswith(("المقبل", "القادم")) else 0)


def _shift_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _points_to_the_same(mention: DateMention) -> bool:
    """'في أواخر السنة نفسها'، 'في أبريل من العام ذاته'، 'يوم 5 من الشهر نفسه': dated by the date told before."""
    return mention.form == "same_period" or "same" in mention.parts


class DateResolver:
    """Places found mentions on the calendar, left to right, with what the article tells."""

    def __init__(self, grammar: DateGrammar, clock: ArticleClock, focus_year: int | None = None,
                 tenure_start: int | None = None, office_years: tuple[int | None, int | None] = (None, None),
                 focus_month: dt.date | None = None):
        """office_years: the years in which every office-holder the article names held office; focus_month: the
        first day of the one month a review is about, before the page's own ('حصاد يناير 2025')."""
        self.grammar = grammar
        self.tenure_start = tenure_start
        self.office_years = office_years
        self.clock = clock
        self.focus_year = focus_year
        self.focus_month = focus_month
        self.previous: DateMention | None = None
        self.previous_day: DateMention | None = None  # the last date of one single day
        self.previous_span: DateMention | None = None  # the last span of days: what 'اليوم الثالث' counts in
        # The day of an incident told since the last date of the text's own ('الاعتداء الذي ضرب برشلونة يوم 17 غشت'):
        # no engagement's, but the day 'في اليوم الموالي لاعتداء برشلونة' counts from.
        self.previous_incident: DateMention | None = None
        self.previous_said: DateMention | None = None  # the sentence's last date, a plan's too: what 'نفسها' means
        # The first year of the sentence's last 'منذ عام 2018', when nothing dated came after it: 'في أيلول من العام
        # نفسه'.
        self.since_year: int | None = None
        self.year_named: int | None = None  # the last year the text named, an event's too: what 'تلك السنة' means
        # The last date the text gave was relative and the page has no date ('في مارس من السنة الماضية'): 'the same
        # year' after it is that unknown year, not the last one resolved.
        self.said_unresolved = False

    def new_sentence(self) -> None:
        """A plan's year said in an earlier sentence is not what 'من السنة نفسها' points to: 'صوت المندوبون لفائدة
        احتضان مراكش لدورة سنة 2025. وفي دجنبر من السنة نفسها، ترأس ...' is the year of the engagement told; nor is the
        first year of a period an earlier sentence began ('منذ 2014')."""
        self.previous_said = None
        self.since_year = None

    def resolve(self, mention: DateMention, context_year: int | None = None,
                bound: Callable[[DateMention], DateMention] | None = None,
                told_on: dt.date | None = None) -> DateMention:
        """context_year: the nearest explicit year before the mention in the same paragraph. bound: what the
        sentence makes of the resolved date (an office's start, 'منذ ماي 2015', is excluded) before it may
        become the date the next ones without a year follow. told_on: the day of the statement whose words the
        mention is in, what its 'أمس' and 'اليوم' count from when it is not the page's."""
        if told_on is not None and mention.form in _DAY_NAMES and told_on != self.clock.day:
            page = self.clock
            self.clock = replace(page, date=told_on, precision=DAY, source="statement_day")
            try:
                resolved = self.resolve(mention, context_year, bound)
            finally:
                self.clock = page
            return replace(resolved, year_basis="statement_day") if resolved.resolved else resolved
        handler = self.HANDLERS.get(mention.form)
        if self.said_unresolved and _points_to_the_same(mention):
            return replace(mention, year_basis="relative_without_article_date")
        resolved = handler(self, mention, context_year) if handler else mention
        resolved = bound(resolved) if bound else resolved
        if resolved.year_basis == "relative_without_article_date":
            self.said_unresolved = True
        elif resolved.resolved:
            self.said_unresolved = False
        latest = self.clock.latest_possible
        if mention.form == "since_year" and resolved.resolved:
            self.since_year = resolved.first_day.year
        elif resolved.resolved:
            self.since_year = None
        if (resolved.resolved and (resolved.form != "period" or mention.form == "since_year")
                and resolved.excluded in (None, "named_event_year")):
            # ('منذ عام 2014 ...' names 2014: 'ففي تلك السنة'.)
            self.year_named = resolved.first_day.year
        # A date after the page's own is a plan's ('في خريف 2025' in a review of 2024), and so is one told as to come
        # ('لفائدة احتضان مراكش لدورة سنة 2025'): 'خلال السنة ذاتها' after it still speaks of the year the review told.
        if resolved.resolved and resolved.excluded == "incident" and resolved.precision == DAY:
            self.previous_incident = resolved  # what 'في اليوم الموالي لاعتداء برشلونة' counts from
        if (resolved.resolved and resolved.form != "period" and resolved.excluded is None
                and not (latest is not None and resolved.first_day > latest)):
            self.previous_incident = None
            # 'رحلته التي كانت مقررة مطلع مارس 2022 أرجئت، قبل أن تتم في ماي من السنة نفسها': in its sentence, 'the
            # same year' is the one said last, a plan's too (new_sentence).
            self.previous_said = resolved
            if not resolved.is_future:
                self.previous = resolved
                if (resolved.precision == DAY and resolved.start_date == resolved.end_date
                        and "closes" not in resolved.parts and "opens" not in resolved.parts):
                    self.previous_day = resolved
                elif resolved.spans_days:
                    self.previous_span = resolved
        return resolved

    # --- the forms -------------------------------------------------------------------------
    def _resolve_numeric(self, m: DateMention, _context: int | None) -> DateMention:
        day_number, month_number = int(m.parts["d"]), int(m.parts["mo"])
        if month_number > 12 >= day_number and not m.parts.get("d0"):
            # 'نُشر في 11/17/2021': an American stamp puts the month first; only that reading is a date.
            day_number, month_number = month_number, day_number
        try:
            day = dt.date(int(m.parts["y"]), month_number, day_number)
            first = day.replace(day=int(m.parts["d0"])) if m.parts.get("d0") else day
        except ValueError:
            return m
        return replace(m, start_date=min(first, day), end_date=day, precision=DAY)

    def _resolve_day(self, m: DateMention, context_year: int | None) -> DateMention:
        p = m.parts
        month1 = self.grammar.month_number(p["m1"])
        month2 = self.grammar.month_number(p["m2"]) if "m2" in p else month1
        first = _day(p["d1"])
        last = _day(p["d3"]) if p.get("d3") else int(p.get("d2") or first)
        weekday_name = p.get("wd1")
        year_text = p.get("y1") or p.get("y2")
        year: int | None
        if year_text:
            year, basis = int(year_text), "stated"
        else:
            named_day = last if _names_last_day(m) else first
            year, basis = self._missing_year(month1, named_day, weekday_name, p.get("rel"), context_year)
        if year is None:
            return replace(m, year_basis=basis)
        end_year = year + 1 if month2 < month1 else year
        try:
            start, end = dt.date(year, month1, first), dt.date(end_year, month2, last)
        except ValueError:
            return m
        if end < start:
            return m
        return replace(m, start_date=start, end_date=end, precision=DAY, form="day" if start == end else "day_range",
                       year_basis=basis)

    def _resolve_hijri(self, m: DateMention, _context: int | None) -> DateMention:
        month, day_of_month = self.grammar.hijri_months[re.sub(r"\s+", " ", m.parts["hm"])], _day(m.parts["d"])
        basis = "stated"
        try:
            if "hy" in m.parts:
                year = int(m.parts["hy"])
            elif self.clock.date is None:
                return replace(m, year_basis="relative_without_article_date")
            else:
                year = _nearest_hijri_year(month, day_of_month, self.clock.date,
                                           past_only=m.parts.get("rel") in ("الماضي", "المنصرم"))
                basis = "article_date"
            first = Hijri(year, month, int(m.parts.get("d0", day_of_month))).to_gregorian().datetuple()
            last = Hijri(year, month, day_of_month).to_gregorian().datetuple()
        except (ValueError, OverflowError):
            return m  # outside the Umm al-Qura table, or a day the month does not have
        start, end = dt.date(*first), dt.date(*last)
        if end < start:
            return m
        return replace(m, start_date=start, end_date=end, precision=DAY, year_basis=basis)

    def _resolve_day_of_month(self, m: DateMention, _context: int | None) -> DateMention:
        if "same" in m.parts:
            previous = self.previous_said or self.previous
            if previous is None or previous.precision not in (DAY, MONTH):
                return m
            first = previous.first_day.replace(day=1)
        elif self.clock.date is None:
            return replace(m, year_basis="relative_without_article_date")
        else:
            step = -1 if m.parts["rel"].endswith(("الماضي", "المنصرم")) else 0
            first = _shift_months(self.clock.date, step)
        try:
            day = first.replace(day=_day(m.parts["d1"]))
            last = first.replace(day=_day(m.parts["d2"])) if m.parts.get("d2") else day
        except ValueError:
            return m
        if last < day:
            return m
        return replace(m, start_date=day, end_date=last, precision=DAY, year_basis="relative")

    def _resolve_partial_days(self, m: DateMention, _context: int | None) -> DateMention:
        year = int(m.parts["y"])
        return replace(m, start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31), precision=YEAR,
                       partial_days=(int(m.parts["d1"]), int(m.parts["d2"])))

    def _resolve_month(self, m: DateMention, context_year: int | None) -> DateMention:
        month = self.grammar.month_number(m.parts.get("m") or m.parts["m2"])
        year: int | None
        if "y" in m.parts or "y2" in m.parts:
            year, basis = int(m.parts.get("y") or m.parts["y2"]), "stated"
        elif "same" in m.parts and self.since_year is not None:
            year, basis = self.since_year, "previous_date"  # 'منذ عام 2018، ...، في أيلول من العام نفسه'
        elif "same" in m.parts and (said := self.previous_said or self.previous) is not None:
            year, basis = said.first_day.year, "previous_date"
        elif ("year_before" in m.parts or "year_after" in m.parts) and self.previous is not None:
            year, basis = self.previous.first_day.year + (1 if "year_after" in m.parts else -1), "previous_date"
        elif "that_year" in m.parts and self.year_named is not None:
            year, basis = self.year_named, "previous_date"
        elif "year_rel" in m.parts or "this_year" in m.parts:
            if self.clock.date is None:
                return replace(m, year_basis="relative_without_article_date")
            year, basis = self.clock.date.year + _relative_step(m.parts.get("year_rel", "")), "relative"
        else:
            year, basis = self._missing_year(month, None, None, m.parts.get("rel"), context_year)
        if year is None:
            return replace(m, year_basis=basis)
        return replace(m, start_date=dt.date(year, month, 1), end_date=month_end(year, month), precision=MONTH,
                       year_basis=basis)

    def _resolve_year(self, m: DateMention, _context: int | None) -> DateMention:
        year = int(m.parts["y"])
        return replace(m, start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31), precision=YEAR)

    def _resolve_period(self, m: DateMention, _context: int | None) -> DateMention:
        first, last = int(m.parts["y1"]), int(m.parts["y2"])
        if last < first:
            return m
        return replace(m, start_date=dt.date(first, 1, 1), end_date=dt.date(last, 12, 31), precision=YEAR)

    def _resolve_since_year(self, m: DateMention, _context: int | None) -> DateMention:
        first = int(m.parts["y1"])
        last = self.clock.date.year if self.clock.date else (self.clock.reference_year or first)
        return replace(m, form="period", start_date=dt.date(first, 1, 1), end_date=dt.date(max(first, last), 12, 31),
                       precision=YEAR)

    def _resolve_yesterday(self, m: DateMention, _context: int | None) -> DateMention:
        today = self.clock.day
        if today is None:
            return m
        day = today - dt.timedelta(days=2 if m.parts.get("before") or m.parts.get("first") else 1)
        return replace(m, start_date=day, end_date=day, precision=DAY)

    def _resolve_today(self, m: DateMention, _context: int | None) -> DateMention:
        today = self.clock.day
        if today is None:
            return m
        weekday = _weekday_number(m.parts.get("wd") or m.parts.get("wd2"))
        if weekday is not None and weekday != today.weekday():
            # 'مساء اليوم الثلاثاء' on a page stamped Wednesday (posted after midnight, or in GMT): the
            # weekday the text names, the latest up to the stamp.
            today -= dt.timedelta(days=(today.weekday() - weekday) % 7)
        return replace(m, start_date=today, end_date=today, precision=DAY)

    def _resolve_bare_weekday(self, m: DateMention, _context: int | None) -> DateMention:
        """The latest such weekday up to the article's day (the day itself included); after 'until', the
        first from the article's day on."""
        weekday = _weekday_number(m.parts["wd"])
        today = self.clock.day
        if today is None or weekday is None:
            return m
        if "until" in m.parts:
            day = today + dt.timedelta(days=(weekday - today.weekday()) % 7)
            return replace(m, start_date=day, end_date=day, precision=DAY, year_basis="article_date")
        last = _weekday_number(m.parts.get("wd_last"))
        if last is not None:
            # The latest pair of those days whose last is up to the article's day.
            end = today - dt.timedelta(days=(today.weekday() - last) % 7)
            day = end - dt.timedelta(days=(last - weekday) % 7)
            return replace(m, start_date=day, end_date=end, precision=DAY, year_basis="article_date")
        day = today - dt.timedelta(days=(today.weekday() - weekday) % 7)
        return replace(m, start_date=day, end_date=day, precision=DAY, year_basis="article_date")

    def _resolve_last_weekday(self, m: DateMention, _context: int | None) -> DateMention:
        """'الاثنين الماضي': the latest Monday before the article's date ('المقبل': the next one); 'الاثنين من
        الأسبوع الماضي': the Monday of the week (Monday to Sunday) before the page's."""
        weekday = _weekday_number(m.parts["wd"])
        today = self.clock.day
        if today is None or weekday is None:
            return m
        if m.parts.get("week"):
            weeks = 1 if m.parts["rel"] in ("المقبل", "القادم") else -1
            day = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=weeks, days=weekday)
            return replace(m, start_date=day, end_date=day, precision=DAY, is_future=weeks > 0)
        if m.parts["rel"] in ("المقبل", "القادم"):
            day = today + dt.timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
            return replace(m, start_date=day, end_date=day, precision=DAY, is_future=True)
        day = today - dt.timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)
        return replace(m, start_date=day, end_date=day, precision=DAY)

    def _resolve_same_week_day(self, m: DateMention, _context: int | None) -> DateMention:
        """'يوم الثلاثاء من الأسبوع ذاته': the Tuesday of the week of the last single day told."""
        weekday = _weekday_number(m.parts["wd"])
        if self.previous_day is None or weekday is None:
            return m
        told = self.previous_day.first_day
        day = told - dt.timedelta(days=told.weekday() - weekday)
        return replace(m, start_date=day, end_date=day, precision=DAY, year_basis="previous_date")

    def _resolve_ago(self, m: DateMention, _context: int | None) -> DateMention:
        today = self.clock.day
        if today is None:
            return m
        unit_days, dual_count = _AGO_UNITS[m.parts["unit"]]
        days = unit_days * (int(m.parts["n"]) if "n" in m.parts else dual_count)
        day = today - dt.timedelta(days=days)
        # 'About a week ago' supports the month, not the day.
        if m.parts.get("approx") or days >= 7:
            return replace(m, start_date=day.replace(day=1), end_date=month_end(day.year, day.month), precision=MONTH)
        return replace(m, start_date=day, end_date=day, precision=DAY)

    def _resolve_years_ago(self, m: DateMention, _context: int | None) -> DateMention:
        if self.clock.date is None:
            return replace(m, year_basis="relative_without_article_date")
        count = word_number(m.parts["n"]) if "n" in m.parts else (2 if m.parts["unit"] in ("عامين", "سنتين") else 1)
        if count is None:
            return m
        year = self.clock.date.year - count
        return replace(m, start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31), precision=YEAR,
                       year_basis="relative")

    def _resolve_season(self, m: DateMention, _context: int | None) -> DateMention:
        if self.clock.date is None:
            return replace(m, year_basis="relative_without_article_date")
        last_month = _SEASON_LAST_MONTH[m.parts["season"]]
        this_years_is_over = last_month < self.clock.date.month and "of_year" not in m.parts
        year = self.clock.date.year if this_years_is_over else self.clock.date.year - 1
        return replace(m, start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31), precision=YEAR,
                       year_basis="relative")

    def _resolve_this_period(self, m: DateMention, _context: int | None) -> DateMention:
        unit = m.parts.get("unit") or m.parts.get("this") or m.parts.get("part") or m.parts.get("told")
        step = _relative_step(m.parts.get("rel", "الجاري"))
        future = step > 0
        anchor = self.clock.date
        if m.parts.get("told") and self.previous is not None:
            anchor = self.previous.first_day  # 'في 2019 ... وخلال السنة': that year
        elif m.parts.get("part") and self.previous is not None and self.previous.precision in (DAY, MONTH):
            # '- نونبر: ... وفي أواخر الشهر': late in the month the text was telling of.
            anchor = self.previous.first_day
        elif unit == "الشهر" and step == 0 and self.focus_month is not None:
            # 'حصاد يناير 2025' published on 2 February, or undated: 'خلال هذا الشهر' is the month reviewed.
            anchor = self.focus_month
        if anchor is None:
            return m
        if unit in ("السنه", "العام"):
            year = anchor.year + step
            return replace(m, start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31), precision=YEAR,
                           is_future=future)
        if unit == "الشهر":
            first = _shift_months(anchor, step)
            return replace(m, start_date=first, end_date=month_end(first.year, first.month), precision=MONTH,
                           is_future=future)
        day = anchor + dt.timedelta(days=7 * step)
        return replace(m, start_date=day.replace(day=1), end_date=month_end(day.year, day.month), precision=MONTH,
                       is_future=future)

    def _resolve_same_period(self, m: DateMention, _context: int | None) -> DateMention:
        if (m.parts.get("unit5") or m.parts.get("unit4") == "العام") and self.year_named is not None:
            # 'منذ عام 2014 ... ففي تلك السنة استقبل': the year named last, a period's first too.
            year = self.year_named
            return replace(m, start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31), precision=YEAR)
        unit = m.parts.get("unit") or m.parts.get("unit2") or m.parts.get("unit3") or m.parts.get("unit4")
        # 'بعد الزلزال الذي ضرب المملكة ليلة 8 شتنبر ...' then 'وفي منتصف الشهر ذاته، استقبل': the month named last,
        # an incident's.
        previous = self.previous_incident if unit == "الشهر" and self.previous_incident is not None else self.previous
        if previous is None:
            return m
        if unit == "اليوم":
            # The same day as the last single day told ('اليوم الأربعاء ... في إطار زيارة من 7 إلى 9
            # أكتوبر' then 'في وقت لاحق من اليوم ذاته' is Wednesday; a background 'يونيو 2023' between
            # them dates no day), else the first of a span; after only coarser dates, no day.
            day = self.previous_day.first_day if self.previous_day is not None else (
                previous.first_day if previous.precision == DAY else None)
            if day is None:
                return m
            return replace(m, start_date=day, end_date=day, precision=DAY)
        # 'اليوم الخميس ...' then 'لقاء مبرمج "في وقت لاحق من السنة"': later than the page's own day is to come.
        to_come = (bool(m.parts.get("unit3")) and self.clock.precision == DAY and self.clock.date is not None
                   and previous.last_day >= self.clock.date)
        if unit == "الشهر" and previous.precision in (DAY, MONTH):
            first = previous.first_day.replace(day=1)
            return replace(m, start_date=first, end_date=month_end(first.year, first.month), precision=MONTH,
                           is_future=to_come)
        # 'منذ عام 2018، إذ سبق له أن استقبل، في أيلول من العام نفسه، ...': the year the period began.
        year = self.since_year if self.since_year is not None else previous.first_day.year
        return replace(m, start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31), precision=YEAR,
                       is_future=to_come)

    def _resolve_next_day(self, m: DateMention, _context: int | None) -> DateMention:
        """Some days after or before the day told last ('وفي اليوم الموالي'، 'يومين قبل ذلك'), or the incident's
        day told after it ('الاعتداء الذي ضرب برشلونة يوم 17 غشت، ففي اليوم الموالي لاعتداء برشلونة')."""
        previous = self.previous_incident or self.previous
        if (previous is not None and ("opens" in previous.parts or "closes" in previous.parts)
                and not m.parts.get("eve")):
            # 'الدورة، التي تنطلق صباح اليوم' is when the gathering opens, not the day told last ('عشية الافتتاح' is the
            # eve of that day).
            previous = self.previous_day
        if previous is None or previous.precision != DAY:
            return m
        offset = day_offset(m)
        day = (previous.last_day if offset > 0 else previous.first_day) + dt.timedelta(days=offset)
        return replace(m, start_date=day, end_date=day, precision=DAY)

    def _resolve_nth_day(self, m: DateMention, _context: int | None) -> DateMention:
        """'اليوم الأول' of the span of days told last ('يومي 15 و16 أكتوبر'), or, after days of it told one by one
        ('جولة بين 16 و19 أكتوبر' then 'وفي اليوم الموالي' then 'في اليوم الثالث'), of the last span told that holds
        them; after anything else, no day."""
        previous = self.previous
        if (previous is not None and previous.precision == DAY and not previous.spans_days
                and (span := self.previous_span) is not None and span.first_day <= previous.first_day
                <= span.last_day):
            previous = span
        if previous is None or not previous.spans_days:
            return m
        nth = m.parts["nth"]
        day = (previous.last_day if nth in ("الاخير", "الختامي")
               else previous.first_day + dt.timedelta(days=_NTH_DAYS.index(nth)))
        if day > previous.last_day:
            return m
        return replace(m, start_date=day, end_date=day, precision=DAY)

    # Each form the grammar finds, and how it is placed (a test checks that every form has one).
    HANDLERS: ClassVar[dict[str, Callable[[DateResolver, DateMention, int | None], DateMention]]] = {
        "numeric": _resolve_numeric, "iso": _resolve_numeric, "day": _resolve_day, "hijri": _resolve_hijri,
        "day_of_month": _resolve_day_of_month,
        "partial_days": _resolve_partial_days, "month": _resolve_month, "shahr": _resolve_month,
        "month_number": _resolve_month, "day_number": _resolve_day,
        "month_label": _resolve_month,
        "year": _resolve_year, "period": _resolve_period, "since_year": _resolve_since_year,
        "yesterday": _resolve_yesterday, "today": _resolve_today, "bare_weekday": _resolve_bare_weekday,
        "last_weekday": _resolve_last_weekday, "same_week_day": _resolve_same_week_day, "ago": _resolve_ago,
        "years_ago": _resolve_years_ago, "season": _resolve_season, "this_period": _resolve_this_period,
        "same_period": _resolve_same_period, "next_day": _resolve_next_day, "nth_day": _resolve_nth_day,
    }

    # --- the missing year ------------------------------------------------------------------
    def _missing_year(self, month: int, day: int | None, weekday_name: str | None, rel: str | None,
                      context_year: int | None) -> tuple[int | None, str]:
        """The year a date without one falls in, and what fixed it (kept as the mention's year_basis).

        Relative words need the article's date; without it they stay unresolved rather than being
        read against the run's clock. A weekday picks the year near the article's date or the years
        it mentions, or else the latest fitting year of the principal's tenure.
        """
        anchor = self.clock.date
        has_weekday = bool(weekday_name and day)
        if rel in ("المنصرم", "الماضي", "الجاري", "الحالي", "المقبل", "القادم") and (anchor or not has_weekday):
            if anchor is None:
                if self.focus_year and rel not in ("المقبل", "القادم"):
                    # A review of one year ('حصيلة سنة 2023'), undated: 'أكتوبر المنصرم' is its October.
                    return self.focus_year, "focus_year"
                return None, "relative_without_article_date"
            if rel in ("المنصرم", "الماضي"):
                before_anchor = (month, day or 1) < (anchor.month, anchor.day if self.clock.precision == DAY else 32)
                return (anchor.year if before_anchor and month <= anchor.month else anchor.year - 1), "relative"
            if rel in ("الجاري", "الحالي"):
                return anchor.year, "relative"
            return (anchor.year if month > anchor.month else anchor.year + 1), "relative"
        around = (anchor.year if anchor else None) or context_year or self.clock.reference_year or self.focus_year
        weekday = None
        if weekday_name and day:
            weekday = _weekday_number(weekday_name)
        if weekday is not None and day and context_year and _falls_on(context_year, month, day, weekday):
            # 'يوم الأحد 18 نونبر 2018، افتتحت ... التي تواصلت إلى غاية الأربعاء 21 نونبر' on a page of 2024: the year
            # just told, when its calendar has that weekday, before the page's own.
            return context_year, "weekday"
        if (weekday is not None and day and anchor is None and self.previous is not None
                and _falls_on(self.previous.first_day.year, month, day, weekday)):
            # An undated page: 'حل بمدريد يوم الاثنين 16 شتنبر 2019' then 'أما يوم الأربعاء 18 شتنبر' is of the year of
            # the date told before, when its calendar has that weekday.
            return self.previous.first_day.year, "previous_date"
        if weekday is not None and day and around:
            years = _weekday_years(month, day, weekday, around)
            if anchor is None and not context_year and around == self.clock.reference_year:
                # An undated page was written in no year before the latest it tells of ('هجمات باريس عام
                # 2015'), nor after today (as infer_clock): its news, a day named without a year, too.
                years = _years_it_can_be_written_in(years, around, self.office_years)
            if years:
                return years[0], "weekday"
        if context_year:
            return context_year, "context"
        if anchor is not None:
            # A date without a year in the news is the latest such date up to the article's date.
            latest = anchor.day if self.clock.precision == DAY else 31
            latest_year = anchor.year if (month, day or 1) <= (anchor.month, latest) else anchor.year - 1
            if self.focus_year == anchor.year - 1 and latest_year == anchor.year:
                # 'حصيلة 2019' written on 3 January 2020: 'افتتح حموشي السنة باستقبال ... في يناير' is January 2019.
                return self.focus_year, "focus_year"
            return latest_year, "article_date"
        if self.previous is not None:
            return self.previous.first_day.year, "previous_date"
        if self.focus_year:
            return self.focus_year, "focus_year"
        if weekday is not None and self.tenure_start:
            # When nothing dates the article, a weekday picks the latest fitting year in office, of
            # him and of every minister or chief it names (Hassad, interior minister 2013-2017).
            year = _latest_year_in_office(month, day, weekday, self.tenure_start, self.office_years)
            if year is not None:
                first, last = self.office_years
                narrowed = (first or 0) > self.tenure_start or last is not None
                return year, "weekday_in_office" if narrowed else "weekday_in_tenure"
        return None, "no_year"


def _latest_year_in_office(month: int, day: int | None, weekday: int, tenure_start: int,
                          office_years: tuple[int | None, int | None]) -> int | None:
    """The latest year up to today in which day/month falls on the weekday and he, and every
    office-holder the article names (office_years: the years all of them held office), held office."""
    first, last = office_years
    today = dt.date.today()
    up_to_today = (today.year, today.month, today.day)
    fitting = [year for year in range(max(tenure_start, first or 0), min(today.year, last or 9999) + 1)
               if _weekday_fits(year, month, day, weekday) and (year, month, day or 1) <= up_to_today]
    return fitting[-1] if fitting else None


def _years_it_can_be_written_in(years: list[int], reference_year: int,
                                office_years: tuple[int | None, int | None]) -> list[int]:
    """Of the years a page's own day may fall in (nearest first), those it can be written in: none before
    the latest year it tells of, nor before any office it names was taken (a page that calls him 'المدير
    العام للأمن الوطني' was written in 2015 or later), nor after today. All of them where none is left."""
    floor = max(reference_year, office_years[0] or 0)
    return [year for year in years if floor <= year <= dt.date.today().year] or years


def _weekday_fits(year: int, month: int, day: int | None, weekday: int) -> bool:
    try:
        return day is not None and dt.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _names_last_day(mention: DateMention) -> bool:
    """'يومي الخميس والجمعة (16 و17 يونيو)': the second weekday of a pair, joined by و, is the range's
    last day (the mention begins at it)."""
    return bool(mention.parts.get("wd1") and mention.parts.get("d2") and mention.text.startswith("و"))


def weekday_consistent(mention: DateMention) -> bool | None:
    """Whether a stated weekday agrees with the resolved date (None when there is nothing to check)."""
    name = mention.parts.get("wd1")
    if not name or mention.precision != DAY:
        return None
    weekday = _weekday_number(name)
    day = mention.end_date if _names_last_day(mention) else mention.first_day
    return None if weekday is None or day is None else day.weekday() == weekday


def infer_clock(mentions: list[DateMention], grammar: DateGrammar, reference_year: int | None,
                tenure_start: int | None = None,
                office_years: tuple[int | None, int | None] = (None, None)) -> ArticleClock:
    """The article's day from 'اليوم الثلاثاء 3 مارس 2026' (today, with its full date); else its month
    from 'X الجاري' (this month), pinned to a year by a weekday when given (near the years the article
    names, or, when it names none, the latest in which he and the office-holders it names held office).

    'يوم الجمعة 10 ماي الجاري' says the article was written in a May whose 10th is a Friday;
    among such years, the one nearest the latest year the article mentions.
    """
    for mention in mentions:
        parts = mention.parts
        if mention.form == "day" and parts.get("wd1_today") and parts.get("y1") and mention.excluded is None:
            try:
                today = dt.date(int(parts["y1"]), grammar.month_number(parts["m1"]), _day(parts["d1"]))
            except ValueError:
                continue
            return ArticleClock(today, DAY, "stated_today", reference_year)
    for mention in mentions:
        parts = mention.parts
        if mention.form != "day" or parts.get("rel") not in ("الجاري", "الحالي") or parts.get("y1"):
            continue
        month, day = grammar.month_number(parts["m1"]), _day(parts["d1"])
        year = reference_year
        weekday = _weekday_number(parts.get("wd1"))
        if weekday is not None and reference_year:
            # The page was written in no year before the latest it tells of ('بعد تلك التي قادته إليها سنة
            # 2021'), nor after today.
            years = _years_it_can_be_written_in(_weekday_years(month, day, weekday, reference_year), reference_year,
                                                office_years)
            year = years[0] if years else reference_year
        elif weekday is not None and tenure_start:
            # No year anywhere ('يوم غد الاثنين 6 نوفمبر الجاري'): as for a date without one, the latest
            # year, up to today, in which he and every office-holder the article names held office and
            # the weekday fits.
            year = _latest_year_in_office(month, day, weekday, tenure_start, office_years)
        if year:
            return ArticleClock(dt.date(year, month, day), MONTH, "inferred_current_month", reference_year)
    return ArticleClock(None, None, "unknown", reference_year)


def _nearest_hijri_year(month: int, day: int, page: dt.date, past_only: bool) -> int:
    """The Hijri year a day named without one belongs to: of the page's year and those around it, the one whose
    day lies nearest the page's ('27 صفر الماضي': the nearest before it)."""
    page_year = Gregorian.fromdate(page).to_hijri().year
    options = []
    for year in (page_year - 1, page_year, page_year + 1):
        day_of_year = dt.date(*Hijri(year, month, day).to_gregorian().datetuple())
        if not (past_only and day_of_year > page):
            options.append((abs((day_of_year - page).days), year))
    return min(options)[1]


def explicit_years(mentions: list[DateMention]) -> list[int]:
    """Years the text states for what it tells; 'منذ سنة 2010' is only a lower bound, not its time, and
    a plan's year ('ستعقد في نونبر 2025') is not its time either. A programme's span ('خطة للفترة 2025-2040') is
    written in its first year's time or later (the years after the run are dropped by the caller)."""
    years = []
    for mention in mentions:
        if mention.form == "since_year" or mention.is_future:
            continue
        for key in ("y", "y1", "y2"):
            if key in mention.parts and mention.excluded in (None, "programme_span"):
                years.append(int(mention.parts[key]))
    return years


# News sites put the publication day in their URLs: /2023/11/28/, -2025-09-19-, /20231128/.
_URL_DATE = prefiltered(
    r"(?<!\d)(?P<y>20[0-4]\d)(?P<sep>[/_-]?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")


_URL_MONTH = prefiltered(r"/(?P<y>20[0-4]\d)/(?P<m>0[1-9]|1[0-2])/")


def month_in_url(url: str) -> dt.date | None:
    """The first day of the month a URL's path states without its day (/2022/06/slug)."""
    match = _URL_MONTH.search(re.sub(r"^[a-z]+://[^/]+", "", url.strip().lower()))
    return dt.date(int(match.group("y")), int(match.group("m")), 1) if match else None


def date_in_url(url: str) -> dt.date | None:
    """The publication day a URL's path states, if it states one (never the host name)."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip().lower())
    for match in _URL_DATE.finditer(path):
        if not match.group("sep") and not re.search(r"(?:^|[/_-])$", path[:match.start()]):
            continue  # eight bare digits inside an id are not a date
        try:
            return dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            continue
    return None


# Not after 'since': 'ثالث لقاء تحتضنه الجزائر منذ العام 1996' starts a period, it names no year under review; nor
# after 'after' or 'before': 'بعد سنة 2016 ... جاءت الأشهر الستة الأولى من 2017' reviews the year after it.
# ('حصيلة النصف الأول من 2023': a part of the year under review names it too.)
_FOCUS_YEAR_RE = prefiltered(rf"(?<!منذ )(?<!منذ ال)(?<!بعد )(?<!قبل )(?:سنه|عام|حصيله"
                             r"|(?:النصف|الربع|الثلث)\s+(?:الاول|الثاني|الثالث|الاخير)\s+من(?:\s+(?:سنه|عام))?)"
                             rf"\s+(?P<y>{_YEAR})")


def focus_year(lead_normalized: str) -> int | None:
    """The single year a review article is about ('شهدت سنة 2022', 'حصيلة ... سنة 2023')."""
    years = {int(m.group("y")) for m in _FOCUS_YEAR_RE.finditer(lead_normalized)}
    return years.pop() if len(years) == 1 else None


# A relative clause or a 'where' clause up to the next comma: what it says of the future (the
# stadiums 'that will host' the World Cup) is not said of the engagement itself.
# Each relative clause up to the next one: 'الذي أجرى معه مباحثات حول تأمين التظاهرات التي سيحتضنها المغرب في
# السنوات المقبلة' holds the talks, and the events to come in a clause of their own.
_RELATIVE = r"[وف]?(?:التي|الذي|الذين|اللتين|اللذين|اللتان|اللذان|حيث)(?!\w)"
# '... الذي يقود وفدا سيرافقون جماهير بلادهم خلال نهائيات كأس أمم إفريقيا، المقررة بالمملكة ما بين 21 دجنبر و18
# يناير المقبل': a definite participle after a comma goes on describing what the side clause named.
_DESCRIBING = r"[،,]\s*[وف]?ال(?:مقرر|مقرره|مرتقب|مرتقبه|منتظر|منتظره|مبرمج|مبرمجه)(?!\w)"
_SIDE_CLAUSE = prefiltered(rf"(?<!\w){_RELATIVE}(?:(?!(?<!\w){_RELATIVE})[^،.؛])*"
                          rf"(?:{_DESCRIBING}(?:(?!(?<!\w){_RELATIVE})[^،.؛])*)*")


# 'أصدرت الشرطة الفيدرالية، يوم الجمعة الماضي، بلاغا'، 'في بيان صحافي أصدرته أول من أمس الخميس'، 'في تصريح مصور بثته
# المديرية على حساباتها الرسمية يوم الثلاثاء'، 'نشرت السفارة، يوم الجمعة 21 فبراير، على صفحتها صورة'، 'في بلاغ صادر
# عنها يوم الأربعاء': the day a release, a post or a filmed statement was put out, told before the words it quotes. The
# verb that puts it out is needed ('وحسب بلاغ توصلت الجريدة بنسخة منه، فقد انطلقت الجولة يوم الأحد' dates the tour),
# and no engagement verb may stand between ('نشرت السفارة أن سفيرها التقى يوم الثلاثاء' dates the meeting).
_PUT_OUT = r"[وف]?(?:(?:اصدر|نشر|بث|اذاع|عمم)(?:ت|ته|تها|ه|ها)?|صدر|(?:ال)?صادره?)"
_STATEMENT_DAY_BEFORE = prefiltered(
    rf"(?<!\w){_PUT_OUT}(?!\w)"
    r"(?:(?!(?<!\w)[وف]?(?:استقبل|التقي|زار|حل|اجري|جمع|عقد|بحث|تباحث|شارك|وقع|وشح)\w*)[^\".:؛]){0,70}$")


def statement_day(text_normalized: str, mention: DateMention) -> bool:
    """Whether the mention dates the statement the sentence reports rather than what the statement tells."""
    return mention.form in _DAY_NAMES | _CALENDAR_DATES and bool(
        _STATEMENT_DAY_BEFORE.search(text_normalized, max(0, mention.start - 90), mention.start))


def quoted_at(text_normalized: str, position: int) -> bool:
    """Whether an opened quotation mark is still open at the position (marks are normalized to '"')."""
    return text_normalized.count('"', 0, position) % 2 == 1


def says_future(text_normalized: str) -> bool:
    """Whether the words speak of what is to come (a plan, a schedule), side clauses included."""
    return bool(_FUTURE_WORDS.search(text_normalized))


def future_marked(clause_normalized: str, engagement_at: Collection[int] = ()) -> bool:
    """Plans and scheduled events: المقبلة، المقررة، المرتقب، سيزور..., outside side clauses that
    hold none of the engagement's own words, at engagement_at ('التكريم، والذي سيتم توشيحه' is the
    honour itself, to come; 'والذي يرتقب أن يغادر' is another's plan)."""
    def keep_own(match: re.Match) -> str:
        holds_trigger = any(match.start() <= at < match.end() for at in engagement_at)
        return match.group() if holds_trigger else " "
    # 'عاد إلى منبر الجمعية العامة ليقدم تصور المغرب لتنظيم الدورة المقبلة': the next session is named, not
    # the engagement's tense (blanked to the same length: engagement_at keeps its positions).
    unnamed = _WAS_PREPARING.sub(_blank, _PURPOSE.sub(_blank, _NEXT_EDITION.sub(_blank, _UPCOMING_EVENT.sub(
        _blank, clause_normalized))))
    unnamed = _AFTER_IT_WAS_SCHEDULED.sub(_blank, unnamed)
    if engagement_at:
        # Of one engagement, what is planned after its words is not its tense; of the sentence, it is a plan it tells.
        unnamed = _PLANNED_NEXT.sub(lambda m: _blank(m) if _planned_after_it(m, engagement_at) else m.group(),
                                    unnamed)
        # 'التقى خلالها حموشي ووجه إليه دعوة رسمية لزيارة إيطاليا': the invitation he gave then is the next visit's.
        unnamed = _INVITED_NEXT.sub(lambda m: _blank(m) if min(engagement_at) < m.start() else m.group(), unnamed)
        # What came of it ('وهو اللقاء الذي أعقبه ...') names it again: blanked after its first words all the same.
        unnamed = _ITS_OUTCOME_NEXT.sub(lambda m: _blank(m) if min(engagement_at) < m.start() else m.group(), unnamed)
    told = _SIDE_CLAUSE.sub(keep_own, unnamed)
    if engagement_at:
        # Nor is what was agreed after it, nor what its talks were about.
        told = TOPICS_NEXT.sub(keep_own, _AGREED_NEXT.sub(keep_own, told))
    return bool(_FUTURE_WORDS.search(told))


# 'حل بداكار، حيث استقبله وزير الداخلية، وجرى الاتفاق على تنظيم دورات تكوينية'، '، حيث تقرر إلحاق ضابط اتصال': what
# the two agreed or decided to do next is their plan, told after the engagement; it is not the engagement's tense
# (unless it holds the engagement's words).
_AGREED_NEXT = prefiltered(r"[،,]\s*(?:[وف]|حيث\s+)(?:(?:جري|تم)\s+(?:ال)?اتفاق|اتفق|اتفقا|اتفقوا|اتفقت|تقرر)(?!\w)"
                           r"[^،.؛]*")


# '... استقبال حموشي للمفتش العام للشرطة النيجيرية، وهو اللقاء الذي أعقبه اتفاق على تنظيم دورات تكوينية'، '...،
# وأسفر اللقاء عن بلاغ مشترك أعلن تخصيص مقاعد ... ابتداء من الموسم المقبل': what came of it, told after it, is its
# outcome, not its tense.
_ITS_OUTCOME_NEXT = prefiltered(r"[،,]\s*(?:(?:وهو|وهي)\s+(?:\S+\s+){0,2}?(?:الذي|التي)\s+"
                                r"(?:اعقبه|اعقبها|تلاه|تلاها|توج|توجت|اسفر|اسفرت|انتهي|انتهت)"
                                r"|[وف](?:اسفر|اسفرت|توج|توجت)\s+(?:ال)?(?:لقاء|اجتماع|مباحثات|زياره|محادثات)\s+عن)"
                                r"(?!\w)[^.؛]*")


# '... مباحثات مع رئيس الشرطة الإيطالية، تناولت حصيلة التعاون ...، إضافة إلى تأمين التظاهرات الرياضية الكبرى
# المقبلة': what the talks were about, told after them to the sentence's end, may be to come; the talks took place.
TOPIC_VERBS = r"(?:تناولت|تناول|تناولا|همت|انصبت|انصب|تطرقت|تطرق|تمحورت|تمحور|ركزت|ركز)"
# 'جلسة عمل مع حموشي خصصت لتقييم حصيلة التعاون والتحضير لكأس العالم 2030، التي يحتضنها البلدان رفقة إسبانيا': what
# the meeting was given to ('في لقاء خصص أساسا لطريق الأطلسي': mainly to).
# 'التقى ...، وجرى خلال اللقاء استعراض أوجه التعاون ... بالشراكة مع إسبانيا' (agency copy): what was gone over.
_WENT_OVER = (r"[،,]\s*(?:[وف]|حيث\s+)(?:جري|تم)\s+"
              r"(?:خلال\s+(?:ال)?(?:لقاء|اجتماع|مباحثات|استقبال)\s+|خلاله\s+|خلالها\s+)?"
              r"(?:استعراض|بحث|تدارس|مناقشه|التباحث|التطرق)(?!\w)")
TOPICS_NEXT = prefiltered(rf"(?:[،,]\s*[وف]?{TOPIC_VERBS}(?!\w)|{_WENT_OVER}|\s(?:خصصت|خصص|يخصص|تخصص)\s+"
                          r"(?:(?:اساسا|بالاساس|اساسيا|خصوصا|بالخصوص|اساسي)\s+)?ل)[^.؛]*")


# 'يقوم بزيارة عمل للصين تستغرق ثلاثة أيام بدأت أمس، ومن المقرر أن يطلع غدا على مركز القيادة': what is planned
# next, after the words of the visit under way, is not the visit's tense ('فينتظر أن يلتقي ...، وأن يزور' is a plan).
# 'حل كازنوف بالرباط، حيث جلس إلى حموشي، وأعلن من هناك نية بلاده توشيحه': an intention announced after it is a
# plan of its own; so is a hope voiced after it ('عندما استقبل ... مساعد مدير الأمن العام الأردني، معربا عن تطلعه إلى
# توقيع مذكرة تفاهم').
_PLANNED_NEXT = prefiltered(r"[،,]\s*(?:[وف](?:(?:من\s+(?:المقرر|المنتظر|المرتقب|المتوقع)|يرتقب|ينتظر|يتوقع)\s+ان(?!\w)"
                            r"|(?:اعلن|اعلنت|اكد|اكدت|ابدي|ابدت|جدد|جددت)(?:\s+\S+){0,3}?\s+(?:عن\s+)?"
                            r"(?:نيه|عزم|رغبه)\w*(?!\w))"
                            r"|(?:معربا|معربه|معربين|معبرا|معبره|مبديا|مبديه)\s+عن\s+(?:تطلع|امل|رغب)\w*)[^،.؛]*")


# 'ووجه إليه دعوة رسمية لزيارة إيطاليا'، 'وجدد له الدعوة لحضور': an invitation given at the engagement told before it,
# up to the next break.
_INVITED_NEXT = prefiltered(r"(?<!\w)[وف](?:وجه|وجهت|قدم|قدمت|جدد|جددت|سلم|سلمت)\s+(?:\S+\s+){0,3}?(?:ال)?دعوه(?!\w)"
                            r"[^،,.؛]*")


# A planned engagement of its own ('ومن المنتظر أن يستقبله حموشي خلال الأسابيع المقبلة') is a plan, whatever came
# before.
_ENGAGING = prefiltered(r"(?<!\w)(?:ي|ت|سي|ست)(?:ستقبل|لتقي|جتمع|زور|حل|وقع|جري|شارك)\w*")


def plan_told_at(text_normalized: str, position: int) -> tuple[int, int] | None:
    """The span of the plan or agreement told after a comma (_AGREED_NEXT, _PLANNED_NEXT) that holds `position`."""
    for pattern in (_AGREED_NEXT, _PLANNED_NEXT):
        for match in pattern.finditer(text_normalized):
            if match.start() <= position < match.end():
                return match.span()
    return None


def _planned_after_it(plan: re.Match, engagement_at: Collection[int]) -> bool:
    """Whether a planned clause comes after the engagement's words, holds none of them, and plans no engagement."""
    return (any(at < plan.start() for at in engagement_at)
            and not any(plan.start() <= at < plan.end() for at in engagement_at)
            and not _ENGAGING.search(plan.group()))


def _blank(match: re.Match) -> str:
    return " " * len(match.group())


# 'في وقت كانت فيه البرتغال تستعد لاستقبال الزوار': what one was preparing then, told in the past.
_WAS_PREPARING = prefiltered(r"(?<!\w)(?:كان|كانت)\s+(?:\S+\s+){0,3}?[يت]ستعد\w*")


# 'اختتم ... زيارة عمل ...، وذلك بعدما كانت مبرمجة في فبراير الماضي قبل أن يتقرر إرجاؤها': the schedule it had before
# it took place, told in the past.
_AFTER_IT_WAS_SCHEDULED = prefiltered(r"(?<!\w)(?:بعدما|بعد\s+ان)\s+(?:كانت|كان)\s+(?:مبرمجه|مقرره)(?!\w)[^،.؛]*")
# 'وللتحضير للتظاهرات الرياضية الكبرى المقبلة'، 'في سياق التحضير المشترك لتأمين ...': what the engagement prepared
# for is to come, not the engagement.
_PURPOSE = prefiltered(rf"(?<!\w)[وف]?{_PREPARING}(?:\s+ال[^\W\d]+)?\s+ل[^،.؛]*")
_NEXT_EDITION = prefiltered(r"(?<!\w)[لب]?(?:ال|لل)?(?:دوره|نسخه)\s+(?:المقبله|القادمه)(?!\w)")
# 'الترتيبات الأمنية المرتبطة بالألعاب الأولمبية المقبلة': a tournament or vote to come, what the talks were about.
# ('الألعاب الأولمبية بباريس، المقررة صيف هذه السنة': set off by a comma, what it is scheduled for; 'في أفق
# استحقاقات قارية يستعد المغرب لاحتضانها': described by what the host prepares.)
_UPCOMING_EVENT = prefiltered(r"(?<!\w)[لب]?(?:ال|لل)?(?:العاب|بطوله|بطولات|تظاهرات|مونديال|كاس|استحقاقات|انتخابات)"
                              r"(?:\s+[^\W\d]+){0,3}?(?:(?:\s+|\s*[،,]\s*)(?:المقبله|القادمه|المقبل|القادم|المقرره"
                              r"|المقرر|المرتقبه|المرتقب)(?!\w)|\s+[يت]ستعد\s+(?:\S+\s+){0,2}?ل(?:احتضان|تنظيم|استضافه)\w*)")

