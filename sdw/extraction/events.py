"""Candidate engagements: one per reported engagement, with its evidence.

A sentence may report several engagements ('met the CIA director on 7 April, following up the
visit to Washington of 13-14 June 2022'); each dated engagement is the clause around one date
expression with its own trigger (استقبل، زيارة، لقاء، وقع، وشح، مؤتمر...). Direction comes from
where the clause places the meeting (إلى الرباط، صوب دولة البرتغال، بالعاصمة الروسية), type from
the trigger, and the counterpart country from the places, demonyms, agencies and officials named.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from operator import attrgetter

from sdw.extraction.dates import INCIDENT_WORDS, TOPIC_VERBS, TOPICS_NEXT, WITHIN_THE_FRAMEWORK_OF, DateMention
from sdw.extraction.needed_substrings import Prefiltered, prefiltered
from sdw.extraction.numbers import WORD_NUMBER_PATTERN
from sdw.extraction.places import HOME, PlaceMention, Token, tokenize
from sdw.extraction.reference import approximation_words, lexicon_key, meeting_types
from sdw.extraction.sessions import TO_HOST
from sdw.extraction.word_cache import WordCache

HONOR, CONFERENCE, VISIT, AGREEMENT, MEETING = "honor", "conference", "visit", "agreement", "meeting"
HOSTED, ABROAD, UNKNOWN = "hosted", "abroad", "unknown"

# Trigger stems on normalized text; an optional conjunction/preposition/article may precede.
# 'signed it': an agreement named before, its signing told again in a relative clause ('مذكرة التفاهم التي وقعها
# حموشي ونظيره في يونيو'), which carries its own date.
SIGNED_IT = ("وقعها", "وقعاها", "وقعه", "وقعاه", "وقعتها")
_TRIGGERS: dict[str, str] = {
    HONOR: (r"وشح\w*|توشيح\w*|وسام\w*|اوسمه|تكريم\w*|نيشان|ميداليه|قلاده|الصليب الاكبر|صليب الاستحقاق|الصليب الشرفي"
            # 'منحته إسبانيا الصليب الكبير للاستحقاق الأمني': the grand cross, told as 'الكبير' too.
            r"|الصليب الكبير"
            r"|كرمت|كرمته|كرمه|يكرم|تكرم"
            # A plaque of appreciation: 'سلمه السفير درعا تقديريا'.
            r"|درعا تقديريا|درع تقديري|درع التقدير|درعا تكريميا|درع تكريمي|درع التكريم"
            # A merit badge: 'منحته المفتشية العامة للشرطة الرومانية شارة الاستحقاق'.
            r"|شاره الاستحقاق|شاره التميز|شاره الشرف"
            # An honorary doctorate is a university's honour: 'منحته الجامعة شهادة الدكتوراه الفخرية'.
            r"|دكتوراه الفخريه|دكتوراه فخريه"),
    CONFERENCE: (r"موتمر\w*|منتدي|ملتقي|قمه|ندوه|المحفل|محفل|الجمعيه العامه|اشغال|اشغالها|اشغاله|فعاليات|فعالياتها"
                 r"|الدوره|دورته|دورتها"
                 # 'للدورة': ل with the article (bare 'دوره' is 'his role').
                 r"|للدوره"
                 # After its article ('في الاجتماع الدولي': clitic ال, then these words) or without it.
                 r"|اجتماع الدولي|اجتماعات الدوليه|اجتماع دولي|اجتماعات دوليه"),
    # 'جولة خليجية قادته إلى الرياض وأبوظبي': a tour is visits.
    # 'زرت الرباط': a visitor quoted in the first person.
    # 'انتقل حموشي إلى دكار': moved there, travelled; 'رافق حموشي وزير الداخلية إلى مدريد': went with him.
    # 'نواكشوط، التي وصلها حموشي يوم الأحد'، 'لندن التي زارها في نونبر 2021': the place he reached, he visited.
    VISIT: (r"زار|زارت|زاره|زارها|زرت|زرنا|يزور|زياره|زيارته|زيارتها|زيارات|جوله|جولته|توجه|سافر|غادر|رحله|حل|وصل"
            r"|وصلها|حط"
            # His own words: 'وأضاف المسؤول الأمني المغربي: "... خلال زيارتي إلى نواكشوط مطلع شهر يونيو"'.
            r"|زيارتي"
            # A woman arriving: 'حلت بالرباط نائبة وزير العدل الأمريكي'.
            r"|حلت|وصلت|حطت"
            r"|انتقل|رافق"
            # 'تلك التي قادت حموشي إلى البرتغال'، 'الجولة التي قادته إلى الخليج': the trip that took him there.
            r"|قادته|قادت"
            # 'سبق لحموشي أن تنقل إلى العاصمة الأمريكية': travelled (only before where to: 'تنقل الصحيفة' reports).
            r"|تنقل"
            # 'ثم عاد إلى العاصمة الأمريكية في يونيو 2022': went back there (only before a foreign place: 'عاد إلى
            # الرباط' is coming home).
            r"|عاد"),
    # 'قبل أن يوقع ... اتفاقا'، 'حموشي يوقع مذكرة تفاهم': the present tense of a told signing.
    AGREEMENT: "|".join(("توقيع", "وقع", "وقعا", "يوقع", "يوقعان", *SIGNED_IT))
               + r"|اتفاقيه|اتفاقيات|اتفاق|مذكره تفاهم|مذكرات تفاهم|خطاب نوايا|اعلان نوايا",
    MEETING: (r"لقاء|لقاءا|لقاءه|لقاءات|التقي|التقت|التقيا|يلتقي|التقاه|اجتمع|اجتمعت|اجتماع|اجتماعا|اجتماعه|اجتماعات"
              # His meeting: 'ولقاؤه بالرباط بوزيرة الداخلية'، 'خلال لقائه' (normalized without hamza).
              r"|لقاوه|لقايه"
              # Their meeting, the two of them: 'بعد اجتماعهما الأول بالرياض'، 'لقاؤهما'.
              r"|اجتماعهما|لقاوهما|لقايهما|لقاءهما"
              r"|مباحثات|محادثات|مباحثاته|مباحثاتهما|محادثاته|محادثاتهما"
              # A video call ('أجرى ... اتصالا مرئيا مع'), not a telephone one.
              r"|اتصالا مرييا|اتصال مريي"
              # Hers and theirs: 'سفيرة كندا، التي تركزت مباحثاتها مع المسؤول الأمني على ...'، 'مباحثاتهم مع حموشي'.
              r"|مباحثاتها|محادثاتها|مباحثاتهم|محادثاتهم"
              # A counterpart quoted in the first person: 'التقيت السيد حموشي'، 'استقبلني'.
              r"|التقيت|التقينا|استقبلني|استقبلنا"
              r"|جلسه عمل|جلسات عمل|تباحث|تباحثت|تباحثا|بحث|يبحث|مشاورات|استقبل|استقبلت|يستقبل|استقبال|استقباله"
              # With the one received as a pronoun: 'حل الوفد بالرباط حيث استقبله ...'.
              r"|استقبله|استقبلها|استقبلهم|استقبلته|استقبلتها|استقبلتهم|يستقبله|يستقبلها|يستقبلهم|استضاف"
              # Taking part and leading a delegation: the event's own noun, when there is one, gives the kind.
              # 'الدورة ...، التي حضرها حموشي شخصيا': attended it, the gathering named before.
              r"|شارك|يشارك|مشاركه|مشاركته|تراس|يتراس|يتراسه|تراسه|تروس|حضر|حضرها|حضره|حضور"
              # An envoy's farewell call ('ودّع السفير ... حموشي'، 'قبل أن يودع سفير كندا').
              r"|ودع|ودعت|يودع"),
}
# Verbs among the triggers: their subject follows them (verb-subject-object order).
_VERBS = {"زار", "زارت", "زارها", "يزور", "توجه", "سافر", "غادر", "حل", "وصل", "حط", "حلت", "وصلت", "حطت", "انتقل",
          "تنقل", "عاد", "رافق", "وقع", "وقعا",
          "يوقع", "يوقعان", *SIGNED_IT,
          "التقي", "يلتقي", "التقاه",
          "التقت", "التقيا", "اجتمعت",
          "اجتمع", "تباحث", "تباحثت", "تباحثا",
          "بحث", "يبحث", "استقبل", "استقبلت", "يستقبل", "وشح", "شارك", "يشارك", "تراس", "يتراس",
          "حضر", "حضرها", "حضره", "كرمت", "كرمته", "كرمه", "يكرم", "تكرم", "وشحه", "وشحته",
          "استقبله", "استقبلها",
          "استقبلهم",
          "استقبلته", "استقبلتها", "استقبلتهم", "يستقبله", "يستقبلها", "يستقبلهم",
          "استضاف", "زرت", "زرنا", "التقيت", "التقينا", "استقبلني", "استقبلنا", "ودع", "ودعت", "يودع"}
# The verbs' present-tense forms: a preposition before one is 'in order to' ('ليلتقي'), the verb still.
_PRESENT_TENSE = frozenset(word for word in _VERBS if word.startswith("ي")) | {"تكرم"}
# The article or a preposition, after a conjunction or none: what a noun takes and a past-tense verb never does.
_NOUN_CLITICS = re.compile(r"[وف]?(?:ال|لل|بال|ب|ل|ك)")
# Whole words that contain a trigger but are not one: وزارة (ministry) holds زارة, مراحل holds حل.
_NOT_TRIGGERS = {"وزاره", "وزارات", "وزارتي", "وزارتين", "زارته",
                 # 'البحث' is research or an investigation; only the bare verb بحث is 'discussed'.
                 "البحث", "والبحث", "بالبحث", "للبحث", "وبالبحث", "فالبحث"}
_CLITICS = r"[وف]?(?:لل|بال|ال|ب|ل|ك)?"
_TRIGGER_RE = prefiltered(
    r"(?<!\w)(?P<clitics>%s)(?P<word>%s)(?!\w)"
    % (_CLITICS, "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _TRIGGERS.items())))


def _first_words(pattern: str) -> list[str]:
    """Each alternative of a trigger pattern up to its first space: what of a trigger lies in its first word."""
    alternatives, depth, start = [], 0, 0
    for index, char in enumerate(pattern + "|"):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            alternatives.append(pattern[start:index].split(" ")[0])
            start = index + 1
    if not all(re.match(r"[^\W\d_]", word) for word in alternatives):
        raise ValueError(f"a trigger starts with no letter: {pattern}")
    return alternatives


# A trigger starts a word (it starts with a letter after no word character), and that whole word is
# clitics and the trigger's first word: find_triggers tries _TRIGGER_RE only at words that are.
_TRIGGER_START = prefiltered(
    rf"{_CLITICS}(?:{'|'.join(word for pattern in _TRIGGERS.values() for word in _first_words(pattern))})")
_MAY_START_TRIGGER = WordCache(lambda word: _TRIGGER_START.fullmatch(word) is not None)
_MAX_CACHED_WORDS = 200_000
_TEXT = attrgetter("text")
# Trigger kinds, most specific first, and the kind each meeting type comes from (meeting_types.csv,
# which fct_meetings ranks types by too).
_PRIORITY = list(dict.fromkeys(t.trigger_kind for t in meeting_types()))
_KIND_OF_TYPE = {t.name: t.trigger_kind for t in meeting_types() if t.name != t.trigger_kind}


def type_rank(meeting_type: str | None) -> int:
    """How specific a meeting type is (lower wins): the trigger priority, a visit either way."""
    kind = _KIND_OF_TYPE.get(meeting_type or "", meeting_type)
    return _PRIORITY.index(kind) if kind in _PRIORITY else len(_PRIORITY)


# وقع as a noun ('على وقع': amid) or a verb of happening ('ما وقع'، 'وقع الاختيار'، 'الخلط وقع على ما يبدو').
_HAPPENED_BEFORE = prefiltered(r"(?<!\w)(?:علي|ما)\s+$")
_HAPPENED_AFTER = prefiltered(r"\s+(?:(?:ال)?اختيار\w*|علي\s+ما\s+يبدو|(?:ال)?(?:هجوم|حادث|انفجار|اعتداء)\w*)(?!\w)")
# 'قبل أن يوقع في السجل الذهبي للشرطة البلجيكية': a visitor signs a guest book, no agreement.
_GUEST_BOOK_AFTER = prefiltered(r"\s+(?:\S+\s+){0,2}?(?:علي|في)\s+(?:ال)?(?:سجل|دفتر)\s+"
                                r"(?:ال)?(?:ذهبي|زوار|شرف|تشريفات)(?!\w)")
# 'اتفاقية ... دخلت حيز التنفيذ'، 'عجل بإخراج هذا الاتفاق إلى حيز الوجود'، 'اتفاقية التبادل الحر': a treaty in force or
# brought into being, or a trade treaty, is no signing he took part in.
_IN_FORCE_AFTER = prefiltered(r"(?:\s+[^\s،,.]+){0,4}?\s+(?:(?:دخلت|دخل|تدخل|يدخل)\s+حيز\s+التنفيذ"
                              r"|الي\s+حيز\s+(?:الوجود|التنفيذ))(?!\w)|\s+(?:لل|ل)?التبادل\s+الحر(?!\w)")
# 'بعد انضمامها عام 2018 إلى اتفاقية بودابست': a state joining a treaty; 'دخلت اتفاقية بودابست ... حيز التنفيذ
# بالنسبة للمغرب': a treaty coming into force. Neither is a signing of his.
_JOINED_BEFORE = prefiltered(r"(?<!\w)[وب]?(?:انضمام\w*|انضمت|انضم|تنضم|ينضم)(?:\s+\S+){0,3}?\s+الي\s+$")
_JOINED_REACH = 40
_ENTERED_BEFORE = prefiltered(r"(?<!\w)[وب]?(?:دخلت|دخل|تدخل|يدخل|دخول)\s+$")
_INTO_FORCE_AFTER = prefiltered(r"(?:\s+[^\s،,.]+){0,6}?\s+حيز\s+(?:ال)?(?:تنفيذ|نفاذ)(?!\w)")
# 'القضايا المدرجة على جدول أعمال الدورة 93'، 'المطروحة على أنظار الدورة': what is on a session's agenda.
_AGENDA_BEFORE = prefiltered(r"(?<!\w)(?:[وب]?(?:جدول|جداول)\s+(?:ال)?اعمال|علي\s+انظار)\s+$")
_NEXT_EDITION_AFTER = prefiltered(r"\s+(?:المقبله|القادمه)(?!\w)")
# 'لتتبع الاستعدادات الجارية لاحتضان المملكة أشغال المؤتمر'، 'التحضيرات لتنظيم الدورة': a gathering being prepared for
# has not met yet.
_PREPARATIONS = "استعدادات|تحضيرات|ترتيبات|تحضير|اعداد"
_PREPARING_TO_HOST_BEFORE = prefiltered(
    rf"(?<!\w)(?:ال)?(?:{_PREPARATIONS}|استعدادا)(?:\s+\S+){{0,2}}?\s+[لب]?"
    r"(?:احتضان|تنظيم|استضافه)(?:\s+\S+){0,2}?\s+$")
_PREPARING_FOR_BEFORE = prefiltered(rf"(?<!\w)[وب]?(?:ال)?(?:{_PREPARATIONS})\s+$")
# 'أجرى اتصالا هاتفيا ... في آب الماضي، اتفقا خلاله على ترتيبات هذه الزيارة': the visit the page tells, prepared then.
_PREPARING_THIS_BEFORE = prefiltered(rf"(?<!\w)[وب]?(?:ال)?(?:{_PREPARATIONS})\s+(?:هذه|هذا)\s+$")
_PREPARING_REACH = 70  # characters: the preparations, what they are for, and who hosts
# 'حظي الترشيح المغربي بموافقة الجمعية العامة سنة 2023': what a body decided, not a sitting he attended.
_DECIDED_BY_BEFORE = prefiltered(r"(?<!\w)[وب]?(?:موافقه|مصادقه|قرار|تصويت)\s+$")
# 'هذا المحفل الرياضي'، 'خلال المؤتمر الصحفي الحكومي'، 'مؤتمرا صحفيا مشتركا': Games and press briefings are
# no session he attends (the talks a joint press conference follows are the engagement).
_NO_SESSION_AFTER = prefiltered(r"\s+(?:ال)?(?:رياضي|صحفي|صحافي)(?:ه|ا)?(?!\w)")
# 'على متن رحلة متجهة إلى مرسيليا': the flight someone was carried on.
_FLIGHT_BEFORE = prefiltered(r"(?<!\w)متن\s+$")
# The plane or flight as the arrival verb's subject: before it ('رحلة قادمة من مدريد حطت'), or after the place and day
# the verb took and before any name of his ('حطت بمطار محمد الخامس، الثلاثاء، طائرة').
_A_FLIGHT_BEFORE = prefiltered(r"(?<!\w)(?:رحله|طايره)(?:\s+[^\s،,.]+){0,4}\s+$")
_A_FLIGHT_REACH = 50
_A_PLANE_AFTER = prefiltered(r"(?:(?!حموشي|المدير)[^.؛]){0,60}?(?<!\w)طايره(?!\w)")
# 'حل في المرتبة الثانية'، 'حلت ثالثة': came second, a ranking, not an arrival.
_RANKED_AFTER = prefiltered(r"\s+(?:في\s+(?:ال)?(?:مرتبه|رتبه|مركز)|(?:اولا|ثانيا|ثالثا|اولي|ثانيه|ثالثه)(?!\w))")
# 'في خضم مشاورات تشكيل الحكومة': parties forming a government consult; no meeting of his.
_GOVERNMENT_FORMING_AFTER = prefiltered(r"\s+(?:تشكيل|لتشكيل)\s+(?:ال)?حكومه(?!\w)")
# 'لا يعد هذا التكريم الأول'، 'ليست هذه الزيارة الأولى': the engagement told, said not to be the first; what comes
# next is the earlier one.
_NOT_THIS_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:لا\s+(?:يعد|تعد|يعتبر|تعتبر)|ليس|ليست|لم\s+(?:يكن|تكن))\s+"
                               r"(?:هذا|هذه)\s+$")
_NOT_THIS_REACH = 20
_THE_FIRST_AFTER = prefiltered(r"\s+(?:ال)?(?:اول|اولي)(?!\w)")
_COUNT_BEFORE = prefiltered(r"(?<!\d)\d{1,3}\s*$")  # a small number, not a year
_COUNT_WORD_AFTER = prefiltered(r"^\s*(?:واحد|واحدا|واحده|اثنين|اثنان)(?!\w)")
# 'استقباله أزيد من خمسة عشر وفدا'، 'لقاءات مع 12 مسؤولا': engagements counted by whom they were with,
# or where ('زار خمس دول').
# A number right after a session noun is its number ('الجمعية العامة 92'): only an approximate count or a
# count of people or delegations counts.
_QUANTITY_AFTER = prefiltered(
    rf"\s+(?:(?:{'|'.join(map(re.escape, approximation_words()))})\s+(?:\d{{1,3}}|{WORD_NUMBER_PATTERN})ه?\s+\w"
    rf"|(?:\d{{1,3}}|{WORD_NUMBER_PATTERN})ه?\s+(?:وفد|وفدا|وفود|مسوول|مسوولا|مسوولين|شخصيه|شخصيات"
    # 'زار خمس دول أوروبية': the countries visited, counted.
    rf"|دول|دوله|بلدان|بلدا|عواصم|عاصمه)(?!\w))")
# 'التقى مسؤولين أمريكيين مرتين'، 'زار إسبانيا ثلاث مرات': a verb told a number of times counts them.
_TIMES_AFTER = Prefiltered(re.compile(r"(?:\s+[^\s،,.]+){0,3}?\s+(?:مرتين|(?:\S+\s+)?مرات)(?!\w)"))
# 'التقى حموشي مسؤولين أمنيين إسبان في 18 مناسبة على الأقل': on a number of occasions, counted.
_OCCASIONS_AFTER = prefiltered(rf"(?:\s+[^\s،,.]+){{0,6}}?\s+في\s+(?:\d{{1,3}}|{WORD_NUMBER_PATTERN})ه?"
                               r"\s+مناسب\w*(?!\w)")
# 'شارك، إلى غاية نهاية 2020، في 12 مؤتمرا وجمعية عامة': took part in a number of gatherings, counted.
_TAKING_PART = frozenset({"شارك", "يشارك", "حضر"})
_IN_A_NUMBER_OF_AFTER = prefiltered(
    rf"(?:[\s،,]+[^\s.،,]+){{0,10}}?[\s،,]+في\s+(?:\d{{1,3}}|{WORD_NUMBER_PATTERN})ه?\s+(?:موتمر|موتمرا|موتمرات|اجتماع|اجتماعا"
    rf"|اجتماعات|دوره|دورات|جمعيه|جمعيات|ملتقي|ملتقيات|منتدي|منتديات|قمه|قمم)(?!\w)")
# 'قصر المؤتمرات'، 'مركز المؤتمرات': the building gatherings are held in.
_VENUE_BEFORE = prefiltered(r"(?<!\w)[وفبل]?(?:ال)?(?:قصر|مركز|قاعه|دار)\s+(?:ال)?$")
# 'مجموعة العمل ...، المنبثقة عن المنتدى العالمي لمكافحة الإرهاب': the body a group stems from, no gathering.
_STEMS_FROM_BEFORE = prefiltered(r"(?<!\w)(?:ال)?منبثق(?:ه|ين|ات)?\s+(?:عن|من)\s+$")
# A number word before the engagement noun counts it: 'أربع زيارات إلى فرنسا'.
_COUNT_WORD_BEFORE = prefiltered(rf"(?<!\w)[وب]?(?:{WORD_NUMBER_PATTERN})ه?\s+$")
_COUNT_WORD_REACH = 24  # characters back from the noun: the longest number words, 'خمسه وعشرين'
# 'بلغ عدد اللقاءات مع مسؤولي دول الخليج 7 لقاءات': the number of the engagements, told as a count; 'فيما
# توزعت باقي اللقاءات على شركاء من أوروبا': the rest of those counted.
_NUMBER_OF_BEFORE = prefiltered(r"(?<!\w)[وب]?(?:عدد|مجموع|اجمالي|باقي|بقيه)\s+$")
_PREPOSITION_CLITIC = re.compile(r"[وف]?(?:ب|ك|لل|ل(?!ا))")  # 'ب'، 'بال'، 'لل'، 'ل'; not the article 'ال' alone
_ADDED_TO_BEFORE = prefiltered(r"(?<!\w)[وب]?(?:اضافه|الاضافه|فضلا|علاوه)\s+(?:الي|عن|علي)\s+$")
# 'وتوزعت لقاءات 2021 على ثلاثة مع مسؤولين أوروبيين ...': how the engagements counted were shared out.
_SHARED_OUT_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:توزعت|تتوزع|توزع|يتوزع)\s+(?:ال)?$")
# Plural nouns speak of engagements in general ('لقاءات'، 'زيارات'), not of one; talks are plural in Arabic.
GENERAL_PLURAL = prefiltered(r"^(?!مباحثات|محادثات|مشاورات)\w+ات$")
# 'ويلاحظ من خلال الجدول الزمني لهذه اللقاءات أن وتيرتها ارتفعت بعد سنة 2022': the engagements counted or told
# before, all of them.
_THOSE_BEFORE = prefiltered(r"(?<!\w)[وب]?ل?(?:هذه|تلك)\s+$")
# 'هذا الوسام' after an honour the sentence told: that honour again.
_THIS_ONE_BEFORE = prefiltered(r"(?<!\w)[وب]?(?:هذا|هذه)\s+$")
# Between an honour's verb (or the noun of conferring it) and the decoration's name: a few words, no clause break
# ('وشحته إسبانيا خلالها بوسام ') but a date set off by commas ('توشيحه، في نونبر 2018، بوسام').
_SAME_HONOUR_BETWEEN = prefiltered(r"(?:\s*[،,][^،,.؛:]{1,30}[،,])?(?:\s+[^\s،,.؛:]+){0,5}\s+")
_CONFERRING_NOUNS = ("توشيح", "تقليد")  # the act of decorating, whose decoration may follow
# 'الذي اختير لنيل وسام ...'، 'عن اختيار حموشي لنيل هذا الوسام': for the honour, not its conferring.
_TO_RECEIVE_BEFORE = prefiltered(r"(?<!\w)لنيل(?:\s+(?:هذا|هذه))?\s+(?:ال)?$")
# 'المرسوم الملكي القاضي بمنح ...'، 'قرار يقضي بمنحه ...': the act that grants an honour, before its ceremony.
_DECREED_BEFORE = prefiltered(r"(?<!\w)(?:ال)?(?:مرسوم|قرار)(?:\s+\S+){0,2}?\s+(?:القاضي|الذي\s+يقضي|يقضي)\s+"
                             r"بمنح\w*(?:\s+\S+)*\s+$")
_DECREE_REACH = 160  # characters: the recipient's name and titles stand between 'بمنح' and the honour
# 'استقبل حموشي خلال سنة 2024 ما مجموعه 11 وفدا': what the verb did, told as a total.
_IN_TOTAL_AFTER = prefiltered(r"(?:\s+[^\s،,.]+){0,5}?\s+ما\s+(?:مجموعه|مجموعها)(?!\w)")


_TO_HOST_REACH_TOKENS = 7  # the session's ordinal, its number and 'في مدينة' stand between
# 'الألعاب الأولمبية بباريس'، 'أولمبياد باريس'، 'مونديال قطر': a sporting event's venue follows its name.
_GAMES_BEFORE = prefiltered(r"(?:الاولمبيه|اولمبياد|الاولمبياد|مونديال|المونديال|العالم\s+لكره\s+القدم)$")
# The words after which a place is where someone went: 'إلى'، 'زار'، and a trip's stop named by its place ('ثم جاءت
# محطة الدوحة'، 'في محطتي أبوظبي والدوحة').
# 'جولة شملت موريتانيا والسنغال': the places a tour took in.
# Others on their way (plural participles): 'المقاتلين المتوجهين إلى سوريا'، 'المهاجرين العابرين إلى أوروبا'.
# And groups whose movement is told: 'تدفق المقاتلين نحو سوريا'، 'عبور المهاجرين إلى أوروبا'.
_OTHERS_GOING = frozenset({"المتوجهين", "المتوجهون", "المسافرين", "المسافرون", "الملتحقين", "الملتحقون", "العابرين",
                           "العابرون", "الذاهبين", "الذاهبون", "المقاتلين", "المهاجرين", "الجهاديين", "اللاجيين",
                           "المرشحين"})
_LANGUAGE_WORDS = frozenset({"اللغه", "باللغه", "لغه", "بلغه", "اللغتين", "باللغتين", "بلغتين"})
_DESTINATION_WORDS = {"الي", "صوب", "نحو", "اتجاه", "لزياره", "زار", "زارت", "يزور", "تزور", "محطه", "محطتي",
                      "شملت", "وشملت"}
_NOT_HELD_AT_BEFORE = prefiltered(r"(?<!\w)(?:(?:لم|لن)\s+(?:تنعقد|ينعقد|تجر|يجر|تتم|يتم|تكن|يكن)|ليس|ليست)\s+"
                                  r"(?:في\s+)?(?:\S+\s+)?$")
_NOT_HELD_AT_REACH = 28
# 'ولم تقتصر الدبلوماسية الأمنية على الاستقبالات بالرباط؛ فقد شارك ... بفيينا'، 'لا يقتصر حضوره على أوروبا، بل': what
# the story was not limited to, up to the clause that goes beyond it.
_NOT_LIMITED_TO = prefiltered(r"(?<!\w)[وف]?(?:لم|لا|لن)\s+(?:تقتصر|يقتصر|تقتصرا|يقتصرا)\s+(?:[^\s،,.؛]+\s+){0,8}?"
                              r"علي\s+(?:(?!\s(?:بل|اذ)\s)[^،,.؛])*")
_TOPIC_VERB_BEFORE = prefiltered(rf"(?<!\w)[وف]?(?:{TOPIC_VERBS}|تركزت)\s+$")
_TOPIC_VERB_REACH = 12
# Who lives there: 'والمقيم بمدريد'، 'المقيمة في باريس' (an envoy accredited from abroad).
_RESIDING = frozenset({"المقيم", "المقيمه", "مقيم", "مقيمه"})
# 'الوكالة الأوروبية التي تتخذ من لاهاي مقرا لها': a body's seat, named to say what the body is, not where anyone met.
_TAKES_AS_SEAT = frozenset({"تتخذ", "يتخذ", "اتخذت", "اتخذ"})
_ITS_SEAT = frozenset({"مقره", "مقرها", "مقراته", "مقراتها"})
_LIES = frozenset({"يوجد", "توجد", "يقع", "تقع"})
_AIRPORT = frozenset({"مطار", "بمطار", "لمطار"})
# What says a stop on the way was only that: the transit lounge, a refuelling, a technical or forced stop (not 'رحلة
# عبور' alone: 'استغل هذا التوقف لعقد لقاء بالقاعة الشرفية للمطار').
_TRANSIT_WORDS = frozenset({"ترانزيت", "الترانزيت", "للتزود", "بالوقود", "تقني", "تقنيا", "التقني", "اضطرت",
                            "اضطراري", "اضطراريا", "الاضطراري"})
# Where in a country a place lies: 'وسط إسبانيا'، 'بشمال مالي'، 'جنوبي فرنسا'.
_COMPASS_POINTS = frozenset({"وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"})
_CONTAINERS = {"دوله", "مدينه", "العاصمه", "عاصمه", "اماره", "جمهوريه", "مملكه", "سلطنه", "مقر", "بلد", "ولايه",
               "جزيره", "مطار", "ميناء"}
# حل، وصل، حط: the subject came to the place named (arrives); with the words of a session held, what places it.
ARRIVAL_VERBS = frozenset({"حل", "وصل", "حط", "حلت", "وصلت", "حطت"})
_MOVEMENT_WORDS = ARRIVAL_VERBS | {"الرحال", "المنعقد", "المنعقده", "انعقد", "انعقدت", "المقام", "المقامه"}
# Hosting verbs in any person and tense, with an object pronoun: احتضنت، تحتضنها، يستضيف، استضافتها...
_HOSTING_VERB = prefiltered(r"^[وف]?(?:ا|ت|ي)?(?:حتضن|ستضيف|ستضاف)\w*$")


# A state's body ('للشرطة الوطنية'، 'للأمن العام'، 'لشرطة الأمن العمومي'، 'للشرطة الاتحادية'، 'جهاز أمن الدولة')
# then the state ('بجمهورية ...'، 'بدولة الكويت'، 'بالجمهورية البرتغالية'): the body's country.
_STATE_BODY_ENDS = {"الوطنيه", "الوطني", "العام", "العامه", "الدوله", "العمومي", "العموميه", "الاتحاديه",
                    "الفدراليه", "الفيدراليه"}
_STATES = frozenset({"جمهوريه", "مملكه", "دوله", "سلطنه", "اماره"})  # the containers (_CONTAINERS) that are states


# 'شهدت نواكشوط توقيع أول اتفاقية': the place saw it take place.
_WITNESSED = prefiltered(r"^[وف]?[تي]?شهد(?:ت|ه|ها|ته)?$")
_AS_FOR = frozenset({"اما", "واما"})
_THEN = frozenset({"فقد", "فلقد"})


def _hosts(word: str) -> bool:
    """'احتضنت'، 'استضاف'، 'شهدت': a verb whose subject is the place that hosted it."""
    return _HOSTING_VERB.match(word) is not None or _WITNESSED.match(word) is not None


# 'واستقبلت الرباط في ماي 2019 الأمين العام للأنتربول': a place right after the verb of receiving is its subject.
_RECEIVED_AT = frozenset({"استقبل", "استقبلت", "يستقبل", "تستقبل"})


def _places_event(word: str) -> bool:
    return word in _MOVEMENT_WORDS or word.lstrip("وف") in _RECEIVED_AT or _hosts(word)


def _hosted_after(mention: PlaceMention, tokens: list[Token]) -> bool:
    """'أما نواكشوط فقد شهدت ...'، 'أما الرباط فاحتضنت ...': the place the sentence sets apart hosted what follows."""
    after = [t.text for t in tokens[mention.token_index + mention.token_count:][:2]]
    if after and after[0] in _THEN:
        after = after[1:]
    elif after and after[0].startswith("ف"):
        after = [after[0][1:]]
    return bool(after) and _hosts(after[0])

# 'the two sides', 'both countries', 'his counterpart': the parties of the engagement just reported.
# 'المسؤولين' after 'عدد من'، 'كبار' is the plural ('بحضور عدد من المسؤولين المركزيين'), not the two officials;
# so is it without the article: 'ستة منها مع مسؤولين أفارقة' (the two just named are 'المسؤولين').
_ANAPHORA = prefiltered(r"(?<!\w)(?:ال)?(?:طرفان|طرفين|جانبان|جانبين|بلدين|بلدان|مسوولان)(?!\w)"
                       r"|(?<!عدد من )(?<!كبار )(?<!\w)المسوولين(?!\w)")
_VISIT_NOUNS = prefiltered(r"^(?:زياره\w*|رحله\w*|[وف]?زيارته|زيارتها)$")
# The nouns of a multilateral meeting: a country after them with ب is where it was held.
_SESSION_NOUNS = prefiltered(r"^(?:[وف]?(?:ب|ل|لل|ال|بال)?(?:موتمر\w*|دوره|دورته|دورتها|منتدي|ملتقي|قمه|ندوه|"
                            r"اجتماع|اجتماعات|الاجتماع|جمعيه|الجمعيه|اشغال|فعاليات))$")
_SESSION_REACH_TOKENS = 12  # 'الدورة 51 للاجتماع السنوي للمجلس الأعلى لجامعة نايف ... بالمملكة'
# 'حظي باستقبال ... من طرف'، and the passive 'استُقبل حموشي يوم الثلاثاء بمقر الوزارة، من طرف رئيس الشرطة' (the
# vowel that makes it passive is not written): he was the one received.
_RECEIVED_BY = prefiltered(r"استقبال\w*\s+(?:\w+\s+){0,2}(?:من طرف|من قبل|من لدن)"
                          r"|(?<!\w)[وف]?استقبل\s+(?:[^\s]+\s+){1,14}?(?:من طرف|من قبل|من لدن)(?!\w)")
_WHERE = prefiltered(r"\s*[وف]?حيث(?!\w)")
_FELLOW_HONOURED = prefiltered(r"(?<!\w)[وف]?(?:من\s+بينهم|من\s+ضمنهم)(?!\w)")
# 'قلد قائد شرطة دبي الوسام لكل من عبد اللطيف حموشي، ومفوض شرطة سنغافورة': the list he is in is the honoured.
_EACH_OF = prefiltered(r"(?<!\w)(?:لكل|كلا|لكلا)\s+من(?!\w)")
WHO_OPENS = prefiltered(r"\s*(?:الذي|التي|الذين)(?!\w)")
# 'على هامش': normalized ('علي') or as written (a stored sentence).
SIDELINES = prefiltered(r"(?<!\w)[وف]?عل[ىي]\s+هامش(?!\w)")
_SIDELINES_REACH = 12  # 'على هامش اجتماع إقليمي': the gathering named right after the sidelines words
_ITS_SIDELINES = prefiltered(r"(?<!\w)[وف]?علي\s+هامش(?:ها|ه)(?!\w)")  # 'وأجرى على هامشها': the session's just named


def _fellow_honoured(text: str, start: int, end: int, inside: list[PlaceRole]) -> int | None:
    """Where the clause begins to name those honoured with him: 'ومن بينهم'، or a list ('لكل من') he is in."""
    among = _FELLOW_HONOURED.search(text, start, end)
    if among is not None:
        return among.start()
    return next((each.start() for each in _EACH_OF.finditer(text, start, end)
                 if any(r.mention.start >= each.end() and r.mention.alias.kind.startswith("principal")
                        for r in inside)), None)


# 'وفد بلاده المشارك في'، 'الوفود المشاركة في أشغال': a party described as taking part (not 'مشاركته', his own).
_AMONG_ITS_PARTICIPANTS = prefiltered(r"(?<!\w)المشارك(?:ه|ين|ون)?\s+(?:في\s+)?(?:اشغال\s+)?$")


def _talks_with_no_one(text: str, talks: Trigger, inside: list[PlaceRole], conference: Trigger) -> bool:
    """Whether talks on a session's sidelines are told with no one: 'أجرى سلسلة مباحثات ثنائية على هامش أشغال الدورة 93
    للجمعية العامة للأنتربول' names no party ('التقى رئيس الجامعة'، 'مباحثات مع ...' do); they are his part in it."""
    return (not talks.is_verb and _WITH_SOMEONE_AFTER.match(text, talks.end) is None
            and not any(r.iso2 not in (None, HOME) or (r.mention.start < conference.start and r.mention.alias.kind in (
                "organization", "agency", "official", "title")) for r in inside))


_WITH_SOMEONE_AFTER = prefiltered(r"(?:\s+\S+){0,3}?\s+(?:مع|ب)\s")


def _talks_on_the_sidelines(text: str, start: int, conference: Trigger, own: list[Trigger]) -> Trigger | None:
    """The meeting word of talks the clause sets on the sidelines ('على هامش') of the conference, not
    one inside that phrase ('على هامش مشاركته في أشغال ...')."""
    sidelines = SIDELINES.search(text, start, conference.start)
    if sidelines is None:
        talks = next((t for t in own if t.kind == MEETING and not t.is_verb and t.start < conference.start), None)
        if (talks is not None and "مغربي" not in text[talks.end:conference.start]
                and _AMONG_ITS_PARTICIPANTS.search(text, max(start, conference.start - 24), conference.start)):
            # 'مباحثات ثنائية مع المدير العام للشرطة الإسبانية، الذي حل ... على رأس وفد بلاده المشارك في الجمعية
            # العامة': the session tells who the one met is, not what they held ('ترأس الوفد المغربي المشارك في
            # أشغال ...' is his own part in it).
            return talks
        return None
    return next((t for t in own if t.kind == MEETING and not sidelines.start() <= t.start < conference.start), None)
_HOST_VERB = Prefiltered(re.compile(r"(?<!\w)[وف]?(?:استقبل|استقبلت|يستقبل|استضاف)(?:ه|ها|هم)?(?!\w)"))
_TITLE_WORDS = prefiltered(
    r"(?<!\w)(?:ال|لل|و|ب|ل)?(?:مدير\w*|رييس\w*|مسوول\w*|قايد\w*|قاده|وزير\w*|نظير\w*|مفوض\w*|سفير\w*|امين\w*|مسيولي|مسوولي)(?!\w)")
# 'لقاء ثان'، 'زيارة أخرى'، 'ردا على الزيارة التي قام بها ... في نونبر 2023' (the visit returned is another).
# Not 'وتعد هذه ثاني زيارة': the one told, counted among others.
# Not 'ثاني أيام الزيارة'، 'آخر أيام الزيارة': a day of the engagement told, not another engagement.
_ORDINAL_NEW = Prefiltered(re.compile(r"(?<!\w)(?<!هذه )(?<!هذا )(?:ثاني|ثان|ثانيا|اخر|جديد|ردا\s+علي)(?!\w)"
                                      r"(?!\s+ايام(?!\w))"
                                      # 'أما اللقاء الثاني مع الجانب الصيني'، 'الزيارة الثالثة': counted as one more.
                                      r"|(?<!\w)(?<!هذه )(?<!هذا )[وف]?(?:ال)?(?:لقاء|زياره|اجتماع|جلسه|مباحثات)"
                                      r"\s+(?:ال)?(?:ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه)(?!\w)"))


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    kind: str
    word: str
    counted: bool  # '10 لقاءات', 'لقاءين': part of a tally claim, not an engagement

    @property
    def is_verb(self) -> bool:
        return self.word in _VERBS


# 'وافق مجلس الوزراء السعودي، خلال جلسة ...، على اتفاقية'، 'صادق البرلمان على الاتفاقية': approval of an
# agreement signed before, by a government or a parliament.
# ('أذنت الجمعية الوطنية لرئيس الجمهورية بالمصادقة على اتفاق': authorized to ratify it; 'مشروع قانون يوافق بموجبه على
# اتفاق': a bill that approves it.)
_RATIFIED_BEFORE = prefiltered(r"(?<!\w)[وفب]?(?:وافق|وافقت|يوافق|توافق|صادق|صادقت|يصادق|تصادق|اقر|اقرت|المصادقه"
                              r"|الموافقه)(?!\w)(?:\s+\S+){0,30}?\s+علي\s*$")
_RATIFIED_REACH = 250  # characters: the government, its session and its chair may stand between
_DEFINITE = prefiltered(r"[وف]?(?:ال|لل|بال|كال)")  # 'الاتفاقية'، 'للاتفاقية'، 'بالاتفاقية'
# 'اتفاقية بودابست المتعلقة بالجريمة المعلوماتية، التي صادق عليها المغرب سنة 2018'، 'الاتفاقية التي انضمت إليها
# المملكة': a state ratifying or joining a treaty, told in its relative clause.
_RATIFIED_AFTER = prefiltered(r"(?:\s+[^\s،,.]+){0,4}?\s*[،,]?\s+(?:التي|الذي)\s+(?:صادق|صادقت|انضم|انضمت)"
                              r"\s+(?:عليها|عليه|اليها|اليه)(?!\w)")
# 'صادق مجلس الحكومة، خلال اجتماعه الأسبوعي'، 'اجتماع مجلس الوزراء': a cabinet's own sitting, no meeting of his
# (not 'مجلس وزراء الداخلية العرب', whose sessions he attends).
_A_CABINET = r"(?:مجلس\s+(?:الحكومه|الوزراء)|المجلس\s+(?:الوزاري|الحكومي))(?!\w)"
_CABINETS_OWN_BEFORE = prefiltered(rf"(?<!\w)[وف]?{_A_CABINET}[^.؛]*$")
_CABINETS_OWN_REACH = 80
_ITS_SITTING = frozenset({"اجتماعه", "اجتماعها"})
_OF_A_CABINET_AFTER = prefiltered(rf"\s+(?:ل|ل?ال)?{_A_CABINET}")


_TOPIC_NOUN_NEXT = prefiltered(r"[،,]\s*(?:سبل|افاق|اوجه)\s")
_DEFINITE_NOUN_BEFORE = prefiltered(r"(?<!\w)ال\w{2,}\s+$")
# 'تم خلاله الاتفاق على إحداث آلية': agreeing on something in talks, not a text signed.
_AGREEING_ON = prefiltered(r"\s+(?:علي|عليه|عليها|عليهما)(?!\w)")


# A nationality right after 'presence': 'الحضور المغربي في المحافل الدولية'.
_NATION_AFTER = prefiltered(r"\s+(?:ال)?مغربي(?:ه|ا)?(?!\w)")


_EVERY_BEFORE = prefiltered(r"(?<!\w)[وبل]?(?:كل|عقب\s+كل)\s+$")  # 'بعد كل لقاء'، 'في كل زيارة': each one, in general
# Agreements suspended, cancelled or frozen: 'تعليق تنفيذ جميع اتفاقيات'، 'تجميد الاتفاق'، 'إلغاء مذكرة التفاهم'.
_SUSPENDED_BEFORE = prefiltered(r"(?<!\w)[وبل]?(?:ال)?(?:تعليق|تجميد|الغاء|وقف|ايقاف|تعطيل)"
                                r"(?:\s+(?:ال)?(?:تنفيذ|العمل\s+ب))?(?:\s+(?:جميع|كل|كافه|بعض))?\s+$")
_SUSPENDED_REACH = 30  # characters before the agreement's noun: 'تعليق تنفيذ جميع'، 'وفي إطار'
_FRAMEWORK_BEFORE = prefiltered(WITHIN_THE_FRAMEWORK_OF + "$")
# 'حسن الاستقبال'، 'بحفاوة الاستقبال'، 'كرم الاستقبال': the hospitality a guest thanks for.
_HOSPITALITY_BEFORE = prefiltered(r"(?<!\w)[وبل]?(?:حسن|حفاوه|كرم)\s+$")


def find_triggers(text: str, tokens: list[Token] | None = None) -> list[Trigger]:
    """The trigger words of normalized text (`tokens`: its words, when the caller has them), less those that tell
    again an engagement the sentence told before them."""
    kept: list[Trigger] = []
    for trigger in tried_triggers(text, tokens):
        if (trigger.kind == HONOR and kept and kept[-1].kind == HONOR
                and (kept[-1].is_verb or kept[-1].word.removeprefix("و").startswith(_CONFERRING_NOUNS))
                and _SAME_HONOUR_BETWEEN.fullmatch(text, kept[-1].end, trigger.start)):
            continue  # 'وشحته إسبانيا خلالها بوسام الصليب الأكبر': the honour the verb told, named
        if (trigger.kind == HONOR and any(k.kind == HONOR for k in kept)
                and _THIS_ONE_BEFORE.search(text, max(0, trigger.start - 8), trigger.start)):
            continue  # 'حيث قلدته الوزيرة هذا الوسام الذي منحه إياه الملك': the honour told before in the sentence
        kept.append(trigger)
    return kept


# An item of a series counted just before, told by its ordinal alone ('بثلاثة لقاءات: الأول في مايو بمدريد ...،
# والثاني ...'، 'التقاه مرتين: الأولى بالرباط ...، والثانية بليون'), or opening the sentence after its count ('سجل
# لقاءان. الأول يوم الثلاثاء ...، والثاني في فبراير مع ...'). ('الأخير' may be 'the latter': no item.)
_ORDINAL_ITEM = r"(?:و|ف|وكان\s+|فكان\s+)?(?:ال)(?:اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه)"
_SERIES_ITEM = prefiltered(rf"(?:^|[:،؛]\s*)({_ORDINAL_ITEM})(?!\w)")
_OPENING_ITEM = prefiltered(rf"^{_ORDINAL_ITEM}(?!\w)")
_AN_ITEM = prefiltered(_ORDINAL_ITEM)
# Engagements counted in the dual or the plural: 'لقاءين'، 'لقاءان اثنان'، 'ثلاث زيارات'، 'محطتين'.
_COUNTED_VISITS = prefiltered(r"(?<!\w)[وب]?(?:زيارتين|زيارتان|زيارات|محطتين|محطتان|محطات)(?!\w)")
_COUNTED_MEETINGS = prefiltered(r"(?<!\w)[وب]?(?:لقاءين|لقاءان|لقاءات|اجتماعين|اجتماعان|اجتماعات|استقبالين"
                                r"|استقبالات)(?!\w)")
# 'مرتين'، 'ثلاث مرات': the times an engagement told by the verb before happened.
_TIMES = prefiltered(r"(?<!\w)(?:مرتين|(?:ثلاث|اربع|خمس)\s+مرات)(?!\w)")


def series_items(text: str, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers with one more per item of a counted series that names no engagement word of its own: the
    ordinal is the item's engagement, of the kind counted (a meeting when the count is in the sentence before)."""
    heads = [(t.end, t.kind) for t in triggers if t.counted]
    heads += [(match.end(), VISIT) for match in _COUNTED_VISITS.finditer(text)]
    heads += [(match.end(), MEETING) for match in _COUNTED_MEETINGS.finditer(text)]
    heads += [(times.end(), verb.kind) for times in _TIMES.finditer(text)
              for verb in [next((t for t in reversed(triggers) if t.end <= times.start() and not t.counted), None)]
              if verb is not None]
    if _OPENING_ITEM.match(text):
        heads.append((0, MEETING))
    items = [(match.start(1), match.end(1)) for match in _SERIES_ITEM.finditer(text)]
    added = []
    for index, (start, end) in enumerate(items):
        head = max(((at, kind) for at, kind in heads if at <= start), default=None)  # the count nearest before
        item_end = items[index + 1][0] if index + 1 < len(items) else len(text)
        if head is not None and not any(start <= t.start < item_end and not t.counted for t in triggers):
            added.append(Trigger(start, end, head[1], text[start:end], counted=False))
    return sorted([*triggers, *added], key=lambda t: t.start) if added else triggers


def tried_triggers(text: str, tokens: list[Token] | None = None) -> list[Trigger]:
    """Every trigger word of normalized text, each read alone; the pattern is tried only where a trigger may start."""
    triggers: list[Trigger] = []
    if len(_MAY_START_TRIGGER) >= _MAX_CACHED_WORDS:
        _MAY_START_TRIGGER.clear()
    tokens = tokenize(text) if tokens is None else tokens
    free = 0  # where the last trigger ended: _TRIGGER_RE.finditer, tried only where a trigger may start
    prepared_until = 0  # where the last gathering being prepared for ended
    treaty_named = False  # whether an agreement noun before named a treaty in force or ratified, no signing
    for word_token in itertools.compress(tokens, map(_MAY_START_TRIGGER.__getitem__, map(_TEXT, tokens))):
        match = _TRIGGER_RE.match(text, word_token.start) if word_token.start >= free else None
        if match is None:
            continue
        free = match.end()
        kind = next(itertools.compress(_TRIGGERS, match.group(*_TRIGGERS)))  # the first kind whose group matched
        word = match.group("word")
        token = match.group()
        if token in _NOT_TRIGGERS or token[1:] in _NOT_TRIGGERS:
            continue
        if word in _VERBS and _NOUN_CLITICS.fullmatch(match.group("clitics")) and word not in _PRESENT_TENSE:
            # 'لهذا التوجه' (this orientation)، 'الحل'، 'لبحث برامج الدعم' (to discuss)، 'بحل الأزمة': a past-tense
            # verb never takes the article nor a preposition; the word is a noun. ('ليلتقي': in order to meet.)
            continue
        if token == "المشاركه" and _DEFINITE_NOUN_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue  # 'العناصر المشاركة'، 'الدول المشاركة': the participle describing a noun, not a participation
        if kind == CONFERENCE and _NO_SESSION_AFTER.match(text, match.end()):
            continue
        if word in ARRIVAL_VERBS and _RANKED_AFTER.match(text, match.end()):
            continue
        if _FLIGHT_BEFORE.search(text, max(0, match.start() - 12), match.start()) and token.endswith("رحله"):
            continue  # 'على متن رحلة متجهة إلى مرسيليا': a flight that carried someone, no trip of his
        if word in ARRIVAL_VERBS and (_A_PLANE_AFTER.match(text, match.end()) or _A_FLIGHT_BEFORE.search(
                text, max(0, match.start() - _A_FLIGHT_REACH), match.start())):
            continue  # 'حطت بمطار محمد الخامس، الثلاثاء، طائرة قادمة من دبي'، 'رحلة قادمة من مدريد حطت': a plane
        if kind == MEETING and _GOVERNMENT_FORMING_AFTER.match(text, match.end()):
            continue
        if token.endswith("استقبال") and _HOSPITALITY_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # 'عبر عن امتنانه على حسن الاستقبال': thanks for the hospitality, no reception told
        if word == "حضور" and _NATION_AFTER.match(text, match.end()):
            continue  # 'الحضور المغربي في الهيئات الدولية': a country's presence in general, no attendance
        if kind == CONFERENCE and _NEXT_EDITION_AFTER.match(text, match.end()):
            continue  # 'عرضا حول الاستعدادات لاحتضان الدورة المقبلة': the next session, the subject of a plan
        if kind == CONFERENCE and ((prepared_until and text[prepared_until:match.start()].isspace())
                                   or _PREPARING_TO_HOST_BEFORE.search(
                                       text, max(0, match.start() - _PREPARING_REACH), match.start())):
            # 'الترتيبات لاحتضان مراكش لأشغال الدورة 93': a gathering being prepared for has not met yet, nor has
            # the session the words right after its name name.
            prepared_until = match.end()
            continue
        if token.startswith("ل") and _PREPARING_FOR_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # 'التحضير للزيارة'، 'الإعداد لاجتماع': the engagement prepared for is still to come
        if _PREPARING_THIS_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        if token.removeprefix("و") in ("اتفاق", "الاتفاق") and _AGREEING_ON.match(text, match.end()):
            continue
        if kind == AGREEMENT and word not in _VERBS and (
                _SUSPENDED_BEFORE.search(text, max(0, match.start() - _SUSPENDED_REACH), match.start())
                or _FRAMEWORK_BEFORE.search(text, max(0, match.start() - _SUSPENDED_REACH), match.start())):
            # 'أعلن الوزير تعليق تنفيذ جميع اتفاقيات التعاون القضائي'، 'تم تسليمه في إطار اتفاقية تسليم المجرمين':
            # agreements suspended, or the frame of what was done; no signing told.
            continue
        if _EVERY_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # 'البلاغات التي دأبت المديرية على نشرها بعد كل لقاء ثنائي': any such engagement, none told
        if kind == HONOR and _TO_RECEIVE_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # 'اختير لنيل وسام الأمير نايف': chosen for an honour still to be conferred
        if kind == HONOR and _DECREED_BEFORE.search(text, max(0, match.start() - _DECREE_REACH), match.start()):
            continue  # 'نشرت الجريدة الرسمية المرسوم القاضي بمنح حموشي الصليب': a decision, not the conferring
        if word == "وقع" and (_HAPPENED_BEFORE.search(text, max(0, match.start() - 5), match.start())
                              or _HAPPENED_AFTER.match(text, match.end())):
            continue  # 'على وقع تمدد الجماعات'، 'وقع الاختيار على': وقع as 'befell', no signing
        if kind == AGREEMENT and _GUEST_BOOK_AFTER.match(text, match.end()):
            continue
        if kind == AGREEMENT and word not in _VERBS and treaty_named and _DEFINITE.match(token):
            continue  # '... التي صادق عليها المغرب، والبروتوكول الإضافي للاتفاقية': the treaty named again
        if kind == AGREEMENT and (_IN_FORCE_AFTER.match(text, match.end())
                                  or _JOINED_BEFORE.search(text, max(0, match.start() - _JOINED_REACH), match.start())
                                  or (_ENTERED_BEFORE.search(text, max(0, match.start() - 8), match.start())
                                      and _INTO_FORCE_AFTER.match(text, match.end()))):
            treaty_named = True
            continue  # 'باتفاقية للتبادل الحر دخلت حيز التنفيذ عام 2006': a treaty in force, not a signing
        if kind == CONFERENCE and _AGENDA_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue  # the session on the agenda is a topic of the talks, not the session he attended
        if kind == CONFERENCE and _DECIDED_BY_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if kind == CONFERENCE and _VENUE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # 'حول قصر المؤتمرات'، 'بمركز المؤتمرات': a building, no gathering
        if kind == CONFERENCE and _STEMS_FROM_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue
        if kind == MEETING and ((word in _ITS_SITTING and _CABINETS_OWN_BEFORE.search(
                text, max(0, match.start() - _CABINETS_OWN_REACH), match.start()))
                or (word == "اجتماع" and _OF_A_CABINET_AFTER.match(text, match.end()))):
            continue
        if kind == AGREEMENT and (_RATIFIED_BEFORE.search(text, max(0, match.start() - _RATIFIED_REACH), match.start())
                                  or _RATIFIED_AFTER.match(text, match.end())):
            treaty_named = True
            continue  # 'وافق مجلس الوزراء ... على اتفاقية': a government approving a signed text is no signing
        if (_NOT_THIS_BEFORE.search(text, max(0, match.start() - _NOT_THIS_REACH), match.start())
                and _THE_FIRST_AFTER.match(text, match.end())):
            continue  # 'ولا يعد هذا التكريم الأول من نوعه؛ إذ سبق لإسبانيا أن منحته ...': the one told, not the first
        counted = bool(_COUNT_BEFORE.search(text[max(0, match.start() - 8):match.start()])
                       or _COUNT_WORD_BEFORE.search(text, max(0, match.start() - _COUNT_WORD_REACH), match.start())
                       or _NUMBER_OF_BEFORE.search(text, max(0, match.start() - 8), match.start())
                       or (GENERAL_PLURAL.match(word) is not None
                           and (_THOSE_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None
                                or _SHARED_OUT_BEFORE.search(text, max(0, match.start() - 12), match.start()))))
        # 'عدد اللقاءات والمباحثات التي أجراها': the noun joined to a counted one is counted with it; so is one added
        # to the engagements a sentence counted ('توزعت لقاءات 2021 على ...، إضافة إلى لقاء مع الجانب الإماراتي').
        # ('افتتح سلسلة هذه اللقاءات باستقبال سفير إندونيسيا': after a preposition, the one that opened them, told.)
        counted |= bool(triggers and triggers[-1].counted
                        and ((text[triggers[-1].end:match.start()].strip() in ("", "و")
                              and not _PREPOSITION_CLITIC.match(match.group("clitics")))
                             or _ADDED_TO_BEFORE.search(text, max(0, match.start() - 16), match.start())))
        counted |= bool(_COUNT_WORD_AFTER.match(text[match.end():])
                        or (kind != CONFERENCE and _QUANTITY_AFTER.match(text, match.end()))
                        or _TIMES_AFTER.match(text, match.end()) or _OCCASIONS_AFTER.match(text, match.end())
                        or (word in _TAKING_PART and _IN_A_NUMBER_OF_AFTER.match(text, match.end()))
                        or (kind != CONFERENCE and _IN_TOTAL_AFTER.match(text, match.end())))
        triggers.append(Trigger(match.start(), match.end(), kind, word, counted))
    return triggers


# A verb that follows an engagement noun and carries its agent: 'المباحثات التي أجراها الملك'،
# 'اللقاء الذي عقده الوزير'، 'الزيارة التي قام بها رئيس ...'، 'زيارة الدولة التي قام بها الرئيس' (the noun's
# qualifiers between).
_SUPPORT_VERB = prefiltered(
    r"\s+(?:(?:ال\w+\s+){0,2}(?:التي|الذي|اللذين|اللتين)\s+)?(?:(?:كان|كانت)\s+)?(?:قد\s+)?"
    r"(?:اجري|اجرت|اجراها|اجراه|اجرتها|اجرته|عقد|عقدت|عقدها|عقده|عقدتها|عقدته|قام|قامت|وقع|وقعت|وقعها|وقعه|وقعتها)"
    r"(?:\s+بها|\s+به)?(?!\w)")


def arrives(trigger: Trigger) -> bool:
    """حل، وصل، حط: its subject came to the place named."""
    return trigger.word in ARRIVAL_VERBS


def _receiving(word: str) -> bool:
    """'استقبل'، 'استقباله': receiving, told by the verb or its noun."""
    return bool(_HOST_VERB.fullmatch(word)) or word.startswith("استقبال")


def receives(trigger: Trigger) -> bool:
    """استقبل، يستقبل: its subject is the host."""
    return bool(_HOST_VERB.fullmatch(trigger.word))


def support_verb_end(text: str, trigger: Trigger) -> int | None:
    """Where the verb that carries an engagement noun's agent ends, if one follows the noun."""
    match = _SUPPORT_VERB.match(text, trigger.end)
    return match.end() if match else None


@dataclass(frozen=True)
class PlaceRole:
    mention: PlaceMention
    iso2: str | None
    role: str  # destination, location, origin, affiliation, border, future_host, residence, transit


_VISIT_NOUN_WINDOW = 4  # 'زيارة عمل رسمية لدولة ...': the visit noun, then a few words that qualify it


def _after_visit_noun(mention: PlaceMention, tokens: list[Token]) -> bool:
    recent = tokens[max(0, mention.token_index - _VISIT_NOUN_WINDOW):mention.token_index]
    return any(_VISIT_NOUNS.match(t.text.lstrip("وف").removeprefix("ب")) for t in recent)


def _and_another_country(mentions: list[PlaceMention], position: int) -> bool:
    """'بين المديريتين العامتين للأمن الوطني في المغرب وموريتانيا': a place and another country right after it,
    joined by 'و', name the parties' countries; a meeting sits in one place."""
    mention = mentions[position]
    following = mentions[position + 1] if position + 1 < len(mentions) else None
    return (following is not None and following.token_index == mention.token_index + mention.token_count
            and following.clitics.conjunction == "و" and not following.clitics.preposition
            and following.alias.kind in ("short_name", "name", "home") and following.iso2 != mention.iso2)


_CAPITAL_QUALIFIERS = frozenset({"الاداريه", "الاقتصاديه", "السياسيه", "الروحيه", "التاريخيه", "الفيدراليه"})


def _fronted_setting(text: str, roles: list[PlaceRole], triggers: list[Trigger],
                     tokens: list[Token]) -> list[PlaceRole]:
    """The place the sentence opens with ('وفي تونس، حضر ... أشغال المؤتمر'), set off by a comma before any
    engagement word: where each clause that names no place of its own happened."""
    fronted = [r for r in roles if r.role == "location" and _fronted_place(r.mention, tokens)]
    if not fronted:
        return []
    comma = text.find("،", fronted[0].mention.end)
    return fronted if comma >= 0 and not any(t.start < comma for t in triggers) else []


# The words a sentence may open with before the place it sets its news in: 'وفي'، 'أما في' (and 'وفي العاصمة').
_FRONTED_IN = (["في"], ["وفي"], ["ففي"], ["اما", "في"], ["واما", "في"])
_FRONTED_KINDS = frozenset({"capital", "city", "home", "ambiguous", "short_name", "name"})


def _fronted_place(mention: PlaceMention, tokens: list[Token]) -> bool:
    """A place the sentence opens with after 'في' ('وفي مدريد، التقى ...'، 'أما في العاصمة البلجيكية، فقد ...'): the
    setting of all it tells, a country's name too."""
    words = [t.text for t in tokens[:mention.token_index]]
    if words and _is_container(words[-1]):
        words.pop()
    return mention.alias.kind in _FRONTED_KINDS and not mention.clitics.preposition and words in _FRONTED_IN


def _is_container(word: str) -> bool:
    """'دولة'، 'الجمهورية': a noun a country's name or adjective follows ('إلى الجمهورية الإيطالية')."""
    return word in _CONTAINERS or word.removeprefix("ال") in _CONTAINERS


def _container_after(word: str, preposition: str) -> bool:
    """بمدينة، بالعاصمة ('in') or لدولة، للعاصمة ('to'): a preposition glued to a container noun."""
    word = word.lstrip("وف")
    if not word.startswith(preposition):
        return False
    stem = word[1:]
    # لل is ل + ال with its alef dropped: للعاصمة.
    return stem in _CONTAINERS or stem.removeprefix("ال") in _CONTAINERS or (
        preposition == "ل" and stem.removeprefix("ل") in _CONTAINERS)


_VISIT_VERBS = {"زار", "زارت", "يزور", "تزور"}
_LEAVING_VERBS = {"غادر", "غادرت", "يغادر", "تغادر"}
_SUBJECT_KINDS = ("principal_name", "principal_title", "principal_body", "title")  # a verb's subject, named
_OBJECT_REACH_TOKENS = 10  # the subject, a date and a comma may stand between the verb and its object


def _first_place_after(verb_words: Collection[str], mentions: list[PlaceMention], position: int,
                       tokens: list[Token], between_kinds: Collection[str] = _SUBJECT_KINDS) -> bool:
    """Whether one of `verb_words` stands a few words before the place, and no other place between them
    (the subject, his names and titles may, and their words do not count in the reach)."""
    mention = mentions[position]
    first = max(0, mention.token_index - _OBJECT_REACH_TOKENS)
    named = sum(m.token_count for m in mentions[:position]
                if first <= m.token_index and m.alias.kind in between_kinds)
    first = max(0, first - named)
    verbs = [i for i in range(first, mention.token_index) if tokens[i].text.lstrip("وف") in verb_words]
    if not verbs:
        return False
    between = [m for m in mentions[:position] if m.token_index > verbs[-1]]
    return (all(m.alias.kind in between_kinds for m in between)
            and mention.token_index - verbs[-1] - sum(m.token_count for m in between) <= _OBJECT_REACH_TOKENS)


def _object_of_visit_verb(mentions: list[PlaceMention], position: int, tokens: list[Token]) -> bool:
    """The first place after a visit verb, with no preposition on it, is what was visited (its object): Morocco
    too, after a foreign visitor named with his nationality ('زار المدير العام للأمن العام اللبناني المغرب'), and
    a Moroccan city ('زار المدير العام للأمن الداخلي الفرنسي الرباط')."""
    mention = mentions[position]
    if mention.clitics.preposition:
        return False
    if mention.alias.kind == "home" or (mention.is_home and mention.alias.kind in ("capital", "city")):
        return _first_place_after(_VISIT_VERBS, mentions, position, tokens, (*_SUBJECT_KINDS, "demonym", "agency"))
    if mention.alias.kind not in ("capital", "city", "short_name", "name") and not _named_by_its_kind(mention, tokens):
        # ('زار رئيس جهاز المخابرات الليبية الرباط': a nationality is the visitor's unless a place's kind names it,
        # 'زار العاصمة الليبية'.)
        return False
    return _first_place_after(_VISIT_VERBS, mentions, position, tokens)


def _named_by_its_kind(mention: PlaceMention, tokens: list[Token]) -> bool:
    """A nationality right after a place's kind ('العاصمة الإندونيسية'، 'مدينة أوفا الروسية' names the place)."""
    return mention.alias.kind == "demonym" and mention.token_index > 0 and _is_container(
        tokens[mention.token_index - 1].text)


def _place_left(mentions: list[PlaceMention], position: int, tokens: list[Token]) -> bool:
    """The first place after a verb of leaving, with no preposition on it, is where the subject was ('يغادر
    المدير العام ... في المملكة المغربية، عبد اللطيف حموشي، العاصمة الإندونيسية جاكرتا اليوم'): his titles,
    the kingdom whose chief he is among them, may stand between; a nationality there is the subject's ('وغادر
    الوفد السعودي') unless a place's kind names it ('العاصمة الإندونيسية')."""
    mention = mentions[position]
    if mention.clitics.preposition or not (_named_by_its_kind(mention, tokens)
                                           or mention.alias.kind in ("capital", "city", "short_name", "name")):
        return False
    return _first_place_after(_LEAVING_VERBS, mentions, position, tokens, (*_SUBJECT_KINDS, "home"))


def _moved_to(mentions: list[PlaceMention], position: int, tokens: list[Token]) -> bool:
    """The first place after a movement verb (حل، وصل), with ب: where he went ('حل حموشي، أمس، بإسبانيا')."""
    if mentions[position].alias.kind not in ("capital", "city", "short_name", "name", "ambiguous"):
        return False
    return _first_place_after(_MOVEMENT_WORDS, mentions, position, tokens)


def _capital_named_so(mention: PlaceMention, tokens: list[Token]) -> bool:
    """'بتونس العاصمة'، 'بالكويت العاصمة': a country's name followed by 'the capital' is its capital city."""
    after = mention.token_index + mention.token_count
    return after < len(tokens) and tokens[after].text == "العاصمه"


# 'عودته من'، 'قدومه من': the nouns of coming back or in from a place.
_BACK_FROM = {"عودته", "عوده", "عودتها", "رجوعه", "رجوعها", "قدومه", "قدومها", "اوبته"}
# A guest: 'حل ضيفا على الرباط'، 'ضيفا على بوشعيب أرميل'.
GUEST_WORDS = {"ضيفا", "ضيفه", "ضيوفا", "ضيف"}
_BORDER_WORDS = {"الحدود", "حدود", "والحدود", "بالحدود", "للحدود"}
# 'أبيدجان، التي وصلها حموشي'، 'برن، التي حل بها'، 'لندن التي زارها': the place he reached, told in a relative
# clause after it.
_REACHED_AFTER = frozenset({("التي", "وصلها"), ("الذي", "وصله"), ("التي", "حل", "بها"), ("الذي", "حل", "به"),
                            ("التي", "انتقل", "اليها"), ("الذي", "انتقل", "اليه"), ("التي", "زارها")})


# 'كانت لشبونة محطته الأوروبية الأولى'، 'لتكون الدوحة محطتها الثانية': the place was a stop of his (her) trip.
_A_STOP_OF_HIS = frozenset({"محطته", "محطتها", "محطتهم"})


def _reached_after(tokens: list[Token], at: int) -> bool:
    if at < len(tokens) and tokens[at].text in _A_STOP_OF_HIS:
        return True
    if at >= len(tokens) or tokens[at].text not in ("التي", "الذي"):
        return False
    words = tuple(t.text for t in tokens[at:at + 3])
    return words[:2] in _REACHED_AFTER or words in _REACHED_AFTER
# Ports, airports, coasts a country's adjective follows ('الموانئ الإسبانية'), normalized.
_PLACES_OF_PASSAGE = {"المواني", "المطارات", "السواحل", "الشواطي", "المدن", "الاراضي", "المياه", "الجزر"}
_COMING = {"قادما", "قادمه", "قادمين", "قادم", "القادم", "القادمه", "القادمين", "الوافد", "الوافده", "الوافدين"}


def place_roles(mentions: list[PlaceMention], resolved: dict[int, str | None], tokens: list[Token]) -> list[PlaceRole]:
    """How each place is used: where someone went, where it happened, or whom someone represents.

    `resolved` maps positions in `mentions` to the country of their ambiguous aliases.
    """
    roles: list[PlaceRole] = []
    for position, mention in enumerate(mentions):
        iso2 = resolved.get(position, mention.iso2) if mention.alias.kind == "ambiguous" else mention.iso2
        before = [t.text for t in tokens[max(0, mention.token_index - 4):mention.token_index]]
        if before and before[-1] in _CAPITAL_QUALIFIERS:
            before.pop()  # 'بالعاصمة الإدارية الهولندية': the capital's kind stands between it and its country
        previous = before[-1] if before else ""
        earlier = before[-2] if len(before) > 1 else ""
        place_like = mention.alias.kind in ("capital", "city", "home", "ambiguous")
        role = "affiliation"
        # 'المدير العام للأمن الوطني بالمملكة المغربية': a country right after a title says whose title;
        # a city there says where ('كبير أمنيي المغرب بالرباط').
        # So does one after 'في' ('المدير العام للأمن الوطني ومراقبة التراب الوطني في المغرب').
        title_end = (mentions[position - 1].token_index + mentions[position - 1].token_count) if position > 0 else -1
        # So does a country right after a body's name ('المديرية العامة لمراقبة التراب الوطني بالمملكة المغربية').
        # So does a state right after a title ('وزير الداخلية بجمهورية باكستان الإسلامية': Pakistan's minister).
        titled = (position > 0 and mentions[position - 1].alias.kind in ("title", "principal_title", "principal_body",
                                                                           "agency")
                  and (title_end == mention.token_index or (title_end + 1 == mention.token_index and (
                      previous == "في" or (_container_after(previous, "ب")
                                           and previous.lstrip("وف")[1:].removeprefix("ال") in _STATES))))
                  and mention.alias.kind not in ("capital", "city")
                  # ('زار المدير العام للأمن العام اللبناني المغرب': a body named with its own country takes no other.)
                  and not (mentions[position - 1].alias.kind == "agency"
                           and mentions[position - 1].iso2 not in (None, mention.iso2)))
        if titled or _GAMES_BEFORE.search(" ".join(before)):
            pass  # 'تأمين الألعاب الأولمبية بباريس': where the Games were, not where anyone met
        elif any(t.text in TO_HOST for t in tokens[max(0, mention.token_index - _TO_HOST_REACH_TOKENS):
                                                  mention.token_index]):
            # 'صوتت الجمعية العامة لصالح ملف المغرب لاحتضان دورتها المقبلة في مدينة مراكش': where a session is
            # bid or chosen to be held, not where the clause's one sat.
            role = "future_host"
        elif previous.lstrip("وف") in _RESIDING or (previous == "من" and earlier in _TAKES_AS_SEAT) or any(
                word in _ITS_SEAT and at > 0 and before[at - 1] in _LIES for at, word in enumerate(before)):
            # 'سفير نيوزيلندا المعتمد لدى المملكة والمقيم بمدريد': where the envoy lives; 'مكتب الجريمة السيبرانية
            # التابع للمجلس والذي يوجد مقره بالعاصمة الرومانية بوخارست': where a body sits.
            role = "residence"
        elif previous.lstrip("وف") in _AIRPORT and any(t.text.lstrip("وف") in _TRANSIT_WORDS for t in tokens):
            # 'توقفت قرابة ساعتين بمطار القاهرة للتزود بالوقود'، 'رحلة مرت عبر مطار مدريد باراخاس ... عبور قصير
            # بقاعة الترانزيت': an airport passed through on the way, no party.
            role = "transit"
        elif ((previous in ("مع", "علي") and earlier in _BORDER_WORDS)
              or (mention.clitics.conjunction and roles and roles[-1].role == "border"
                  and roles[-1].mention.token_index + roles[-1].mention.token_count == mention.token_index)):
            # 'قرب الحدود مع موريتانيا والجزائر': borders the talks were about, no party ('مصلحة الأجانب والحدود
            # البرتغالية' is a Portuguese service).
            role = "border"
        elif mention.alias.kind in ("demonym", "demonym_plural") and (
                previous in _LANGUAGE_WORDS or (earlier in _LANGUAGE_WORDS and mention.clitics.conjunction)):
            role = "language"  # 'تدوينة باللغتين العربية والألمانية': a language, no party
        elif previous == "الي" and earlier.lstrip("وف") in _BACK_FROM and iso2 != HOME:
            role = "residence"  # 'زيارة وداع قبل عودته إلى نواكشوط': the visitor going home, no place he went
        elif previous in ("الي", "نحو", "صوب") and earlier.lstrip("وف") in _OTHERS_GOING:
            # 'ظاهرة المقاتلين الأجانب المتوجهين إلى سوريا والعراق'، 'تدفق المقاتلين نحو سوريا': where others go, no
            # party.
            role = "travellers"
        elif (previous in _DESTINATION_WORDS or (_is_container(previous) and earlier in _DESTINATION_WORDS)
              or (previous == "علي" and earlier in GUEST_WORDS and place_like)):
            role = "destination"  # (and 'حل ضيفا على الرباط': the place whose guest one was)
        elif _object_of_visit_verb(mentions, position, tokens):
            role = "destination"  # 'زار حموشي، يوم 5 مارس، العاصمة الإسبانية': the place he visited
        elif _reached_after(tokens, mention.token_index + mention.token_count):
            # 'العاصمة الإيفوارية أبيدجان، التي وصلها حموشي أمس'، 'كانت لشبونة محطته': the place he reached
            role = "destination"
        elif _place_left(mentions, position, tokens):
            role = "location"  # 'يغادر حموشي العاصمة الإندونيسية جاكرتا اليوم': where he was
        elif ((_container_after(previous, "ل") or mention.clitics.preposition == "ل")
              and _after_visit_noun(mention, tokens)):
            role = "destination"  # 'بزيارة عمل رسمية لدولة الإمارات'، 'زيارته الرسمية لإسبانيا'
        elif mention.clitics.preposition == "ب" and (place_like or _places_event(previous) or _capital_named_so(
                mention, tokens)):
            role = "location"  # 'بالرباط'، 'بتونس العاصمة'، 'احتضنت بالمنامة'
        elif (_container_after(previous, "ب") and earlier in _STATE_BODY_ENDS
              and previous.lstrip("وف")[1:].removeprefix("ال") in _STATES):
            pass  # 'حل المدير العام للشرطة الوطنية بجمهورية كوت ديفوار ... بالرباط': whose police, not where
            # anyone went or met
        elif ((mention.clitics.preposition == "ب" or _container_after(previous, "ب"))
              and _moved_to(mentions, position, tokens)):
            role = "location"  # 'حل حموشي، أمس الأحد، بإسبانيا'، 'وصل أمس بسلطنة عمان': where the verb took him
        elif _container_after(previous, "ب"):
            role = "location"  # بمدينة الرباط، بدولة الإمارات، بالعاصمة الروسية
        elif mention.clitics.preposition == "ب" and mention.alias.kind in ("short_name", "name") and any(
                _SESSION_NOUNS.match(t.text)
                for t in tokens[max(0, mention.token_index - _SESSION_REACH_TOKENS):mention.token_index]):
            role = "location"  # 'في الدورة ... لجامعة نايف العربية للعلوم الأمنية بالمملكة العربية السعودية'
        elif (previous == "من" and place_like and earlier in _BACK_FROM) or (
                _is_container(previous) and earlier == "من" and len(before) > 2 and before[-3] in _BACK_FROM):
            role = "origin"  # 'على عودته من فيينا'، 'بعد عودته من العاصمة الإسبانية': where one came back from
        elif previous in _PLACES_OF_PASSAGE and earlier == "من" and mention.alias.kind == "demonym":
            role = "origin"  # 'المسافرين الذين يعبرون من الموانئ الإسبانية': where travellers came from, no party
        elif previous == "من" and earlier in _COMING and iso2 != HOME:
            pass  # 'استقباله وفدا استخباراتيا قادما من جاكرتا': whose the guests are, not where anyone met
        elif previous in ("في", "من") and place_like and not _and_another_country(mentions, position):
            role = "location"
        elif _fronted_place(mention, tokens):
            role = "location"  # 'وفي تونس، حضر ... أشغال المؤتمر'، 'أما في الرياض، فقد ...': where the news was
        elif (_SESSION_NOUNS.match(previous) and not mention.clitics.preposition
              and mention.alias.kind in ("capital", "city", "short_name", "name")):
            role = "location"  # 'في دورة إسطنبول سنة 2021'، 'قمة الرياض': the session by the place it sat in
        elif _is_container(previous) and earlier == "في":
            role = "location"  # 'في مدينة طنجة'، 'في العاصمة الرباط'، as 'بمدينة طنجة'
        elif _places_event(previous) and (place_like or (
                _HOSTING_VERB.match(previous) and mention.alias.kind in ("short_name", "name"))):
            role = "location"  # احتضنت كيغالي، استضافت تونس
        elif _is_container(previous) and _places_event(earlier):
            role = "location"  # احتضنت العاصمة الرواندية
        elif previous in _AS_FOR and place_like and _hosted_after(mention, tokens):
            role = "location"
        elif previous.removeprefix("ب") in _COMPASS_POINTS and mention.alias.kind in ("short_name", "name") and (
                previous.startswith("ب") or any(_container_after(word, "ب") for word in before[:-1])):
            # 'بمدينة آبلة (أفيلا) وسط إسبانيا'، 'بشمال مالي': a town the gazetteer lacks, placed by its country.
            role = "location"
        elif (mention.alias.kind == "demonym"
              and earlier.lstrip("وف").removeprefix("ب").removeprefix("ال") in ("مدينه", "جزيره")
              and not any(m.token_index == mention.token_index - 1 for m in mentions)):
            role = "location"  # 'احتضنته مدينة أوفا الروسية': a city the gazetteer lacks, placed by its country
        roles.append(PlaceRole(mention, iso2, role))
    for position, body in enumerate(roles[:-1]):
        nationality = roles[position + 1]
        if (body.mention.alias.kind == "agency" and body.iso2 == HOME and body.role in ("location", "destination")
                and nationality.mention.alias.kind == "demonym" and nationality.iso2 not in (None, HOME)
                and _names_on(tokens, body.mention.token_index + body.mention.token_count,
                              nationality.mention.token_index)):
            # 'بمقر وزارة الداخلية الإيطالية'، 'بمقر وزارة الداخلية والأمن العمومي السنغالية': Italy's (Senegal's)
            # ministry, not Morocco's, is where it took place.
            roles[position] = replace(body, role="affiliation")
            roles[position + 1] = replace(nationality, role=body.role)
    return roles


_NAME_GOES_ON_TOKENS = 3  # 'والأمن العمومي': the words a ministry's name may go on with before its nationality
# How interior ministries' names go on, normalized: 'والأمن العمومي'، 'واللامركزية'، 'والجماعات المحلية'، 'والتنمية
# المحلية'، 'والسلامة العامة'، 'والحكم المحلي' (not 'والوفد الإسباني', another party); a federation's ministry,
# 'وزارة الداخلية الاتحادية النمساوية'.
_MINISTRY_NAME_GOES_ON = frozenset({"والامن", "واللامركزيه", "والجماعات", "والتنميه", "والسلامه", "والحكم",
                                    "والشوون", "والهجره", "الاتحاديه", "الفيدراليه", "الفدراليه"})


def _names_on(tokens: list[Token], end: int, nationality: int) -> bool:
    """Whether the nationality at token `nationality` follows a body's name ending at token `end`, right after it or
    after the words its name goes on with ('وزارة الداخلية والأمن العمومي السنغالية')."""
    gap = nationality - end
    return gap == 0 or (0 < gap <= _NAME_GOES_ON_TOKENS and tokens[end].text in _MINISTRY_NAME_GOES_ON)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    date: DateMention | None


# What makes a session in Morocco more than a domestic one: 'الدولي'، 'الإقليمية'، 'العربي'، 'الإفريقية'...
_INTERNATIONAL = prefiltered(r"(?<!\w)(?:ال)?(?:دولي|عالمي|اقليمي|عربي|افريقي|قاري|متوسطي|اورو\w*|اجنبي|"
                            r"اوروبي|خليجي|اسلامي)(?:ه|ين|ون)?(?!\w)|(?<!\w)(?:ال)?(?:وفود|الوفود|دول)(?!\w)")
_EDITION = prefiltered(r"[وفبل]?(?:ال|لل)?(?:دوره|نسخه)")
# The chiefs of many countries: 'برؤساء أجهزة الشرطة في إحدى عشرة دولة إفريقية'، 'قادة شرطة 11 بلدا'.
# ('الاجتماع الثلاثي لقادة أجهزة الشرطة في كل من المغرب وإسبانيا وألمانيا': the countries named one by one.)
_MANY_COUNTRIES = prefiltered(r"(?<!\w)[وبل]?(?:ال)?(?:روساء|قاده|مديري|وزراء)\s+(?:\S+\s+){0,4}?"
                             r"(?:(?:\S+\s+)?(?:دول|بلدان|دوله|بلدا)|في\s+كل\s+من)(?!\w)")
# The chiefs of a region's forces: 'الاجتماع الإقليمي لرؤساء أجهزة الشرطة الإفريقية'، 'لقاء قادة الأمن العرب'،
# 'لقادة أجهزة الشرطة بدول الساحل'.
_CHIEFS_OF_A_REGION = prefiltered(r"\s+(?:\S+\s+){0,2}?[وبل]?(?:ال)?(?:روساء|قاده|مديري|وزراء)\s+(?:\S+\s+){0,4}?"
                                  r"(?:(?:ال)?(?:(?:افريقي|عربي|اوروبي|خليجي|متوسطي|مغاربي|اسيوي|لاتيني)(?:ه|ين|ون)?"
                                  r"|الافارقه|العرب)|(?:[بل]|في\s+)(?:دول|بلدان)\s+\S+)(?!\w)")
# A body two countries keep together: 'اللجنة الأمنية المشتركة'، 'مجموعة العمل المغربية الأمريكية حول مكافحة
# الإرهاب'، 'اللجنة الأمنية الأردنية المغربية'، 'فريق العمل المشترك'.
_JOINT_COMMITTEE = prefiltered(r"(?<!\w)[وفبل]?(?:ال|لل)?(?:لجنه|مجموعه\s+(?:ال)?عمل|فريق\s+(?:ال)?عمل)"
                               r"\s+(?:\S+\s+){0,2}?"
                               r"(?:(?:ال)?مشتركه?|(?:ال)?مغربيه\s+ال\S+يه|ال\S+يه\s+(?:ال)?مغربيه)(?!\w)")
_NEXT_ITEM = prefiltered(r"[،,]\s*ثم(?!\w)")
# A clause that opens with 'then' and names no engagement of its own: the next one of the verb before it.
_THEN_NEXT_ONE = prefiltered(r"\s*[،,]?\s*ثم(?!\w)")
_OWN_DATE_REACH = 30  # characters from an engagement's word to a date that is its own: 'أن وشحته، في شتنبر 2014'
_UNTIL_BEFORE = prefiltered(r"(?<!\w)(?:حتي|الي\s+غايه|لغايه)\s+(?:يوم\s+)?$")
_RELATIVE_BEFORE = prefiltered(r"(?<!\w)و?(?:التي|الذي|اللتين|اللذين)\s+$")
_CONTRAST = prefiltered(r"[،,]\s*(?:فيما|بينما|في حين)(?!\w)")


def _in_parentheses(text: str, date: DateMention) -> bool:
    """'(الإثنين 15 فبراير 2016)'، 'يوم الثلاثاء (30 دجنبر 2025)': a date closed by a parenthesis it opened."""
    opened = "(" in text[date.start:date.end] or text[max(0, date.start - 3):date.start].rstrip().endswith("(")
    return opened and text[date.end:date.end + 3].lstrip().startswith(")")


def split_clauses(text: str, dates: list[DateMention], triggers: list[Trigger]) -> list[Clause]:
    """One clause per engagement date; boundaries fall where the next engagement's trigger starts.

    Between two dates, the boundary is the last trigger before the second date when the first
    date already has a trigger of its own; otherwise the last comma between them.
    """
    if not dates:
        return [Clause(0, len(text), None)]
    bounds = [0]
    for index, (previous, current) in enumerate(itertools.pairwise(dates)):
        between = [t for t in triggers if previous.end <= t.start < current.start and not t.counted]
        if _UNTIL_BEFORE.search(text, max(0, current.start - 20), current.start):
            # 'افتتح ...، يوم الاثنين 24 نونبر 2025، أشغال الدورة 93 ...، التي امتدت إلى غاية 27 نونبر': the day it ran
            # until is the same engagement's; 'أشغال الدورة' is one engagement named by two words.
            between = [t for i, t in enumerate(between) if i == 0 or text[between[i - 1].end:t.start].strip()]
        previous_has_own = any(bounds[-1] <= t.start < previous.start for t in triggers if not t.counted)
        # 'شارك في أشغال الدورة ... التي احتضنتها أبوظبي، وفي 21 فبراير استقبل ...': the second date's
        # own verb follows it, so everything before the comma belongs to the first.
        phrase_end = text.find("،", current.end)
        phrase_end = min(phrase_end if phrase_end >= 0 else len(text),
                         dates[index + 2].start if index + 2 < len(dates) else len(text))
        current_has_verb = any(current.end <= t.start < phrase_end and t.is_verb and not t.counted for t in triggers)
        comma_before = text.rfind("،", previous.end, current.start)
        contrasts = list(_CONTRAST.finditer(text, previous.end, current.start))
        if contrasts:
            # '...، التي افتتحها حموشي، فيما كانت مراكش قد احتضنت دورة سابقة سنة 2007': 'whereas' opens the
            # clause the second date belongs to, whatever engagement words stand before it.
            bounds.append(contrasts[-1].start() + 1)
        elif items := [t for t in between if _AN_ITEM.fullmatch(t.word)]:
            # 'خلال 2023 ثلاثة لقاءات: الأول في مارس ببرلين': an item of a series opens the clause its date is in.
            bounds.append(items[-1].start)
        elif (len(between) == 1 and current.start - between[0].end <= _OWN_DATE_REACH
              and (semicolon := text.rfind("؛", previous.end, between[0].start)) >= 0):
            # '... في يوليوز 2015، اعتباطيا؛ فقد سبق للجارة الشمالية أن وشحته، في شتنبر 2014': a semicolon closes the
            # first date's clause; what follows it, dated right after its verb, is told with the date after ('أما سنة
            # 2019 فكانت استثنائية؛ إذ وشحته إسبانيا خلالها بوسام ...، قبل أن يتوجه في نونبر' is the year's).
            bounds.append(semicolon + 1)
        elif between and current_has_verb and comma_before >= 0:
            bounds.append(comma_before + 1)
        elif signed := [t for t in between if t.word in SIGNED_IT]:
            # 'في أول تنزيل لمذكرة التفاهم التي وقعها حموشي مع نظيره خلال زيارته إلى أبيدجان في نونبر الماضي':
            # the relative clause is dated by its own date, not by the news before it.
            relative = _RELATIVE_BEFORE.search(text, max(0, signed[0].start - 12), signed[0].start)
            bounds.append(relative.start() if relative else signed[0].start)
        elif between and (next_item := _NEXT_ITEM.search(text, between[-1].end, current.start)) is not None:
            # '...، والتي توجت بتوقيع مذكرة تفاهم ...، ثم احتضان مراكش، أواخر نونبر، للدورة 93': 'then' opens the
            # next item; the words before it stay with the date before.
            bounds.append(next_item.start() + 1)
        elif between and (previous_has_own or len(between) >= 2):
            cut = between[-1].start
            comma = text.rfind("،", between[0].end if len(between) >= 2 else previous.end, cut)
            bounds.append(comma + 1 if comma >= 0 and not previous_has_own else cut)
        elif between and _in_parentheses(text, current):
            # 'افتتح أجندته لسنة 2016 باستقبال المفوض العام ... بالرباط (الإثنين 15 فبراير 2016)، في لقاء
            # جاء بعد ...': a date in parentheses dates the words before it.
            comma = text.rfind("،", previous.end, between[0].start)
            bounds.append(comma + 1 if comma >= 0 else between[0].start)
        else:
            comma = text.rfind("،", previous.end, current.start)
            bounds.append(comma + 1 if comma >= 0 else current.start)
    bounds.append(len(text))
    # '... وعن الأوسمة التي منحتها له هذه العواصم، في حين ... طرقوا في فيفري 2014 باب ...': 'whereas' also
    # closes the first clause and opens the last, with no other date beside it.
    opening = list(_CONTRAST.finditer(text, 0, dates[0].start))
    if opening:
        bounds[0] = opening[-1].start() + 1
    closing = _CONTRAST.search(text, dates[-1].end)
    if closing:
        bounds[-1] = closing.start() + 1
    return [Clause(bounds[i], bounds[i + 1], date) for i, date in enumerate(dates)]


@dataclass(frozen=True)
class Counterpart:
    """Whom the clause's engagement was with: country, body, person and title, with their spans."""

    country_iso2: str | None = None
    org_code: str | None = None  # the body met (FBI, CNI...), from organizations.csv
    organization_code: str | None = None  # the international body of a multilateral event (INTERPOL...)
    mention: PlaceMention | None = None  # the words that name the country or body
    person_span: tuple[int, int] | None = None  # a person's name as written (normalized-text span)
    person_latin: str | None = None  # a known official's name in Latin script
    title: str | None = None  # English title or role (Director General, Counterpart, FBI Director...)


@dataclass(frozen=True)
class Engagement:
    """What a clause says happened, before dates, actor and evidence are attached."""

    meeting_type: str | None
    direction: str
    counterpart: Counterpart
    trigger: Trigger | None
    reject_reason: str | None

    @property
    def country_iso2(self) -> str | None:
        return self.counterpart.country_iso2


# 'وتأتي الزيارة بعد أسبوع من الندوة الصحفية ...'، 'ويأتي هذا اللقاء في سياق ...': the engagement the page told,
# set in its time or context (not 'ثم جاء اللقاء الثاني يوم ...' nor 'جاء اللقاء الذي جمع، الاثنين، ...': one told
# there).
_COMES_BEFORE = prefiltered(r"(?<!ثم\s)(?<!\w)[وف]?(?:تاتي|ياتي|جاءت|جاء|جات)\s+(?:هذه\s+|هذا\s+)?$")
_COMES_REACH = 16
_TOLD_AFTER = prefiltered(r"\s+(?:الذي|التي)(?!\w)")
# 'فقد شكل اللقاء مناسبة لاستعراض ... العملية التي مكنت الشهر الماضي من ...'، 'كما شكل اللقاء، يضيف البلاغ، فرصة':
# what the engagement told was an occasion for (not 'شكلت الدورة 93، التي احتضنتها مراكش ما بين 24 و27 نونبر، محطة
# بارزة': one told there, a milestone).
_WAS_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:قد\s+)?(?:شكل|شكلت|يشكل|تشكل)\s+(?:هذه\s+|هذا\s+)?$")
_AN_OPPORTUNITY_AFTER = prefiltered(r"(?:\s*[،,]?\s+[^\s،,.]+){0,3}?\s*[،,]?\s+(?:مناسبه|فرصه|تتويجا)(?!\w)")


def comes_as_told(text: str, trigger: Trigger) -> bool:
    if trigger.is_verb or not text.startswith("ال", trigger.start):
        return False
    return ((_told_as_coming(text, trigger) and not _TOLD_AFTER.match(text, trigger.end))
            or (_WAS_BEFORE.search(text, max(0, trigger.start - _COMES_REACH), trigger.start) is not None
                and _AN_OPPORTUNITY_AFTER.match(text, trigger.end) is not None))


# 'وتأتي زيارة حموشي إلى نواكشوط بعد الزيارة التي ...'، '... بعد أسابيع من اللقاء الذي جمع العاهل المغربي ...، أواخر
# ديسمبر'، 'ردا على الزيارة التي قام بها كوسيدو إلى المغرب': what the engagement told comes after, or returns.
# ('وتأتي مشاركته بعد أن احتضنت طنجة الدورة السابقة': 'after' a clause, which sets no engagement against it.)
_AFTER_WORD = prefiltered(r"(?<!\w)(?:بعد|عقب|ردا\s+علي)(?!\w)(?!\s+ان(?!\w))")
# The engagement nouns with 'his' ('استقباله'، 'زيارته'): of the one whose engagement the clause told.
_HIS_OWN_ENGAGEMENT = frozenset({"استقباله", "زيارته", "لقايه", "لقاوه", "مباحثاته", "محادثاته", "مشاركته", "اجتماعه",
                                 "جولته"})
_EXPECTED_AFTER = prefiltered(r"\s+(?:\S+\s+)?(?:ال)?(?:مرتقبه|مرتقب|مقبله|مقبل|منتظره|مبرمجه|مقرره)(?!\w)")


def _told_as_coming(text: str, told: Trigger) -> bool:
    """'وتأتي زيارة حموشي إلى نواكشوط': the noun after 'تأتي' is the engagement the page told."""
    return not told.is_verb and _COMES_BEFORE.search(text, max(0, told.start - _COMES_REACH), told.start) is not None


def read_clause(text: str, start: int, end: int, triggers: list[Trigger], roles: list[PlaceRole],
                tokens: list[Token], date: DateMention | None = None) -> Engagement:
    """Type, direction and counterpart of the engagement reported in text[start:end]."""
    own = [t for t in triggers if start <= t.start < end and not t.counted]
    if len(own) == 1 and comes_as_told(text, own[0]):
        # 'وتأتي الزيارة بعد أسبوع من الندوة الصحفية ...، الخميس الماضي': the engagement the page told, set against
        # something else, which the date is of.
        return Engagement(None, UNKNOWN, Counterpart(), own[0], "repeats_earlier_mention")
    if own and date is not None and _told_as_coming(text, own[0]) and (
            after := _AFTER_WORD.search(text, own[0].end, date.start)) is not None:
        # 'وتأتي زيارة حموشي إلى نواكشوط بعد الزيارة التي أداها المدير العام ... إلى الرباط في يوليو الماضي': the
        # engagement the page told is set after another, which the date is of. Told as his ('بعد أسابيع من استقباله
        # بالرباط، في يوليو الماضي، للمدير العام ...'، 'أياما بعد استقبال حموشي، يوم 4 شتنبر'), the clause tells it,
        # with its own places; else it is another's, background (his title may be a foreign namesake's, as here), or
        # no engagement at all ('بعد أشهر قليلة على تولي اللواء أحمد حسني إدارة الدائرة في أيار الماضي').
        later = [t for t in own[1:] if t.start >= after.end()]
        if not later:
            return Engagement(None, UNKNOWN, Counterpart(), own[0], "repeats_earlier_mention")
        if later[0].word not in _HIS_OWN_ENGAGEMENT and not any(
                (r.mention.alias.kind == "principal_name"
                 # 'بعد سبعة أشهر من زيارة المسؤول الإسباني إلى الرباط': a visit to Morocco, which he hosts.
                 or (later[0].kind == VISIT and r.iso2 == HOME and r.role == "destination"))
                and later[0].start <= r.mention.start < end for r in roles):
            return Engagement(None, UNKNOWN, Counterpart(), later[0], "other_actor")
        start, own = later[0].start, later
    if not own and (then := _THEN_NEXT_ONE.match(text, start, end)) is not None and (
            verbs_before := [t for t in triggers if t.end <= start and t.is_verb and not t.counted]):
        # 'استقبل بالرباط وفدا قطريا في فبراير، ثم وفدا إماراتيا في يونيو': the verb told once serves the next one.
        own = [replace(verbs_before[-1], start=then.start(), end=then.end())]
    if not own:
        return Engagement(None, UNKNOWN, Counterpart(), None, "no_trigger")
    # 'استقبل حموشي ... واتفق الطرفان على إعداد اتفاقية ينتظر أن توقع خلال زيارة مرتقبة لحموشي': the visit to come is
    # no word of the engagement the clause tells, when it tells another.
    own = [t for t in own if t.is_verb or not _EXPECTED_AFTER.match(text, t.end)] or own
    # 'التقى حموشي بمراكش المدير العام للشرطة السنغالية، الذي كان ضمن وفد بلاده إلى مؤتمر كوب 22': a gathering
    # the side clause about the one met tells of is his, not the engagement's.
    verbs = [t for t in own if t.is_verb]
    own = [t for t in own if t.is_verb or t.kind != CONFERENCE or not verbs or not _told_of_the_one_met(
        text, verbs[0], t)] or own
    # 'استقباله بالرباط ... للمفوض العام للشرطة البلجيكية، الذي حل بالمغرب ضمن وفد ... في زيارة أجرى خلالها
    # مباحثات مع ...': the one met came (a visit), and what his party did there is no other engagement.
    if (came := WHO_CAME.search(text, start, end)) is not None:
        own = [t for t in own if not came.end() <= t.start < side_clause_end(text, came, end)] or own
    # 'وبعد الندوة، توجه الوزير ... حيث استقبله حموشي': the occasion the clause opens after is when, not what.
    own = [t for t in own if not _opens_after(text, start, t, own)] or own
    if comment := _COMMENT.search(text, min(t.start for t in own), end):
        # '... لمدير الأمن العام الأردني، في زيارة ...، وهو ما يعكس توجها نحو ... الشركاء الأوروبيين': the
        # writer's comment on what he told names no party of it.
        end = comment.start()
        own = [t for t in own if t.start < end]
    phrase_roles: list[PlaceRole] = []
    clause_start = start
    if date is not None:
        # The words around the date say what happened that day: 'الدورة ... التي احتضنتها أبوظبي، وفي
        # 21 فبراير استقبل ...' is a reception, whatever conference the clause named before the comma.
        phrase_start = text.rfind("،", start, date.start) + 1 or start
        next_comma = text.find("،", date.end, end)
        phrase_end = next_comma if next_comma >= 0 else end
        phrase = [t for t in own if phrase_start <= t.start < phrase_end]
        before = [t for t in own if t.start < date.start]
        if not phrase and before and _BEFORE_OR_AFTER.search(text, max(start, before[-1].start - 8), before[-1].start):
            # 'وتأتي زيارة المسؤول الألماني أياما بعد استقبال حموشي، يوم 4 شتنبر، للمفوضة العامة للشرطة الهولندية':
            # the date after an engagement 'بعد' brings in dates that one, not the news before it.
            phrase, start = [before[-1]], before[-1].start
            if before[-1].word in _TAKING_PART_NOUNS and _WHAT_IT_WAS_IN_AFTER.match(text, phrase_end):
                # 'بعد مشاركته، من الثلاثاء إلى الخميس الماضيين، في أشغال القمة': the days are set off inside his
                # taking part, and what he took part in follows them.
                following = text.find("،", phrase_end + 1, end)
                phrase += [t for t in own if phrase_end < t.start < (following if following >= 0 else end)]
        own = phrase or own
        if any(t.is_verb for t in phrase) and phrase_start > start and not WHO_OPENS.match(text, phrase_start):
            # A new verb starts a new predication: its places and parties too ('العاصمة السويسرية برن، التي حل بها
            # يوم الجمعة' goes on with the place it is about).
            start = phrase_start
        # '... زيارة بيرنز إلى المغرب ... التي قام بها حموشي، إلى الولايات المتحدة في يونيو 2022':
        # where the date's own phrase places it comes first.
        phrase_roles = [r for r in roles if phrase_start <= r.mention.start < phrase_end]
    # 'المباحثات ... لم تنعقد بالعاصمة الإسبانية، وإنما بالرباط': where it was not held places nothing.
    roles = [r for r in roles if not _NOT_HELD_AT_BEFORE.search(text, max(0, r.mention.start - _NOT_HELD_AT_REACH),
                                                                  r.mention.start)]
    # What the clause goes beyond places nothing and tells nothing of its own: it was told before.
    premises = [m.span() for m in _NOT_LIMITED_TO.finditer(text, start, end)]
    roles = [r for r in roles if not _within(r.mention.start, premises)]
    own = [t for t in own if not _within(t.start, premises)] or own
    phrase_roles = [r for r in phrase_roles if r in roles]
    inside = [r for r in roles if start <= r.mention.start < end]
    if not any(r.role in ("location", "destination") for r in inside):
        inside = [*_fronted_setting(text, roles, triggers, tokens), *inside]
    legs = _previous_legs(text, clause_start, end)
    ahead = [r for r in inside if not _within(r.mention.start, legs)]
    on_tour = bool(legs) and any(r.iso2 not in (None, HOME) for r in ahead)
    if on_tour:
        # 'بعد زيارته لواشنطن، حط الرحال بمدريد': the leg before is background; the clause tells the next.
        inside = ahead
        phrase_roles = [r for r in phrase_roles if not _within(r.mention.start, legs)]
        own = [t for t in own if not _within(t.start, legs)] or own
    kinds = {t.kind for t in own}
    main = min(own, key=lambda t: (_PRIORITY.index(t.kind), t.start))
    told_from = max((m.end() for m in _SAID_THAT.finditer(text, start, main.start)), default=start)
    told = [r for r in inside if r.mention.start >= told_from or r.role != "location"]
    # '... حين حل المدير العام بروما تلبية لدعوة من بيزاني، الذي كان قد زار الرباط في أكتوبر': where the one
    # named had been before is background, no place of the engagement told.
    background = [m.span() for m in _HAD_BEEN_AFTER.finditer(text, main.end, end)]
    told = [r for r in told if not any(a <= r.mention.start < b for a, b in background)]
    phrase_roles = [r for r in phrase_roles if not any(a <= r.mention.start < b for a, b in background)]
    direction = _direction(text[start:end], _not_the_way_back(phrase_roles, text, start, roles), own,
                           fallback=_not_the_way_back(told, text, start, roles))
    if on_tour and direction == UNKNOWN and not any(r.iso2 == HOME and r.role == "location" for r in inside):
        direction = ABROAD  # the next leg of a tour abroad
    if direction == UNKNOWN and _WHERE.match(text, start) and _came_from_abroad(text, start, roles):
        # 'وصل إلى الرياض قادما من المنامة، حيث التقى أمس الأول رئيس الأمن العام': 'where' is the place he came
        # from, abroad.
        direction = ABROAD
    if direction == UNKNOWN and _receiving(main.word) and any(
            r.iso2 not in (None, HOME) and _COMING_FROM_BEFORE.search(
                text, max(0, r.mention.start - _COMING_FROM_REACH), r.mention.start) for r in told):
        # 'بعد استقباله وفدا استخباراتيا قادما من جاكرتا': the guests he received came to him, at home.
        direction = HOSTED
    kind = next(k for k in _PRIORITY if k in kinds)
    if kind == HONOR and (fellows := _fellow_honoured(text, start, end, inside)) is not None:
        # 'منح وسام الأمير نايف لعدد من القيادات الأمنية العربية، ومن بينهم مدير الأمن العام الأردني، والمدير العام
        # ... حموشي': those honoured with him are no party of his honour.
        inside = [r for r in inside if r.mention.start < fellows]
    if kind == CONFERENCE and MEETING not in kinds and (among := _FELLOW_HONOURED.search(text, start, end)) and any(
            r.mention.start > among.start() and r.mention.alias.kind.startswith("principal") for r in inside):
        # 'وشارك في المؤتمر عدد من قادة الأجهزة الأمنية، من بينهم ... حموشي، ورئيس المخابرات العامة المصرية': those
        # taking part with him are no party of where it sat ('التقى ... رؤساء الوفود، من بينهم حموشي' lists whom one
        # met).
        inside = [r for r in inside if r.mention.start < among.start() or r.role in ("location", "destination")]
    # The countries the talks were about are no party of them; where they were held still places them: all after
    # the talks when a topic verb opens on them ('تناولت المحادثات تطورات ...، ولا سيما مونديال 2030 الذي يشترك المغرب
    # في تنظيمه مع إسبانيا'), else what follows the topic verb after them ('مباحثات مع باردو بيكيراس، همت ... في
    # أفق احتضان البلدين، إلى جانب البرتغال، لنهائيات كأس العالم').
    topics = TOPICS_NEXT.search(text, main.end, end)
    if topics is None and (noun := _TOPIC_NOUN_NEXT.search(text, main.end, end)) is not None and any(
            r.iso2 not in (None, HOME) and r.role == "affiliation" and r.mention.start < noun.start() for r in inside):
        # 'بحث ... مع المدير العام للوكالة الوطنية للأمن في تشاد، سبل تعزيز التعاون ...': the verb's object, after
        # the one met (who must be named before it: 'سبل تعزيز التعاون بين المملكتين الأردنية والمغربية' may name
        # the only party).
        topics = noun
    topics_from = (main.start if _TOPIC_VERB_BEFORE.search(text, max(0, main.start - _TOPIC_VERB_REACH), main.start)
                   else topics.start() if topics is not None else None)
    if topics_from is not None:
        # Once the clause has said where the talks were held, the places in their topics are what they were about
        # ('مباحثات في الرباط ...، سبل تعزيز التعاون ... حول تحركات الجماعات المسلحة في منطقتي بحيرة تشاد والجنوب
        # الليبي').
        placed = any(r.role in ("location", "destination") and r.mention.start < topics_from for r in inside)
        inside = [r for r in inside if r.mention.start < topics_from
                  or (r.role in ("location", "destination") and not placed)]
    counterpart = counterpart_of(inside, main.start, text, tokens)
    if counterpart.country_iso2 is None and start > clause_start and (
            _WHERE.match(text, start) or WHO_OPENS.match(text, start)):
        # 'زيارة المدير العام للشرطة البرازيلية للمغرب، حيث وقع مع الحموشي يوم 21 ماي مذكرة تفاهم': the
        # scene 'حيث' continues is the one before the comma; 'باستقبال رئيس الأمن العام بمملكة البحرين، ...،
        # الذي حل بالرباط يوم 4 مارس': the one 'who' arrived is the one named before.
        inside = [r for r in roles if clause_start <= r.mention.start < end]
        counterpart = counterpart_of(inside, main.start, text, tokens)
    elif counterpart.country_iso2 is None and _WHERE.match(text, clause_start) and any(
            r.mention.alias.kind.startswith("principal") for r in roles if clause_start <= r.mention.start < end):
        # 'وكان المسؤول الموريتاني قد وصل إلى الرباط مساء الاثنين، حيث أجرى أمس الثلاثاء ... مباحثات مع حموشي': a
        # clause that opens on 'where' and names him goes on with the scene of the one before it (one that only goes
        # on with him, 'حيث جرى التحضير لدورة هذه السنة', tells more of that scene, not another engagement).
        inside = [r for r in roles if r.mention.start < end]
        counterpart = counterpart_of(inside, main.start, text, tokens)
    if counterpart.country_iso2 is None and direction == HOSTED and (home := _visitors_home(roles, text)) is not None:
        # 'عاد ... أمس الأربعاء إلى داكار، بعد زيارة عمل إلى المملكة المغربية امتدت من الاثنين 9 إلى الأربعاء 11
        # يونيو، أجرى خلالها مباحثات مع ... حموشي': the visitor went home there, and his country is the party.
        counterpart = counterpart_of([home], main.start, text, tokens)
    # A party that is not where the conference sits: the conference is only the occasion.
    met_elsewhere = counterpart.country_iso2 not in (None, HOME) and not any(
        r.role in ("location", "destination") and r.iso2 == counterpart.country_iso2 for r in inside)
    partners = {r.iso2 for r in inside if r.iso2 not in (None, HOME)}
    if kind == CONFERENCE and len(partners) == 1 and _JOINT_COMMITTEE.search(text, start, end):
        # 'أشغال الدورة الثانية للجنة الأمنية المشتركة المغربية الموريتانية': a joint committee of two countries
        # is a meeting with the other one, wherever it sits.
        kind = MEETING
        counterpart = replace(counterpart, country_iso2=partners.pop(), organization_code=None)
    if kind == CONFERENCE and met_elsewhere and (
            its_sidelines := _ITS_SIDELINES.search(text, main.end, end)) is not None and (
            counterpart.mention is not None and counterpart.mention.start > its_sidelines.start()):
        # 'احتضان مراكش ... للدورة 93 للجمعية العامة للأنتربول، ...، وأجرى على هامشها مباحثات مع المدير العام
        # للشرطة الإسبانية': who he met on its sidelines is no party of the session, which sat where it sat.
        inside = [r for r in inside if r.mention.start < its_sidelines.start()]
        counterpart = counterpart_of(inside, main.start, text, tokens)
        met_elsewhere = counterpart.country_iso2 not in (None, HOME) and not any(
            r.role in ("location", "destination") and r.iso2 == counterpart.country_iso2 for r in inside)
    if kind == CONFERENCE and AGREEMENT in kinds and met_elsewhere:
        # 'وقع ... مع نظيره الإثيوبي مذكرة تفاهم على هامش فعاليات الجمعية العامة للأنتربول': a signing
        # with one country at a meeting held elsewhere is that signing.
        kind = AGREEMENT
    elif kind == CONFERENCE and (met_elsewhere or counterpart.country_iso2 is None) and (
            talks := _talks_on_the_sidelines(text, start, main, own)) is not None and not _talks_with_no_one(
            text, talks, inside, main):
        # 'استقبل ... رئيس جهاز شرطة الأمم المتحدة، وذلك على هامش أشغال الدورة 93'، 'على هامش هذا المؤتمر،
        # أجرى مباحثات مع المفتش العام للشرطة النيجيرية': talks on its sidelines are a meeting.
        kind, main = MEETING, talks
    if (kind == MEETING and not main.is_verb and (
            (len(partners) >= 2 and _MANY_COUNTRIES.search(text, start, end))
            or _CHIEFS_OF_A_REGION.match(text, main.end, end))) or (kind in (MEETING, VISIT) and any(
            t.kind == MEETING and not t.is_verb and _CHIEFS_OF_A_REGION.match(text, t.end, end)
            and not SIDELINES.search(text, max(start, t.start - _SIDELINES_REACH), t.start) for t in own)):
        # 'لقاء تشاوري جمع حموشي برؤساء أجهزة الشرطة في إحدى عشرة دولة إفريقية، هي السنغال وكوت ديفوار ...'،
        # 'الاجتماع الإقليمي لرؤساء أجهزة الشرطة الإفريقية': a meeting of the chiefs of many countries or of a
        # region's is a multilateral one, held where it sat; so is a trip to take part in one ('انتقل حموشي إلى
        # نواكشوط للمشاركة في الاجتماع الإقليمي لقادة أجهزة الشرطة بدول الساحل') or to chair one ('ترأس حموشي بالرباط
        # اجتماع رؤساء أجهزة الشرطة لبلدان غرب المتوسط').
        kind = CONFERENCE
    if (kind == MEETING and counterpart.organization_code and counterpart.country_iso2 is None
            and not _receiving(main.word) and not _one_of_its_officials(text, roles, counterpart)):
        # Taking part in a meeting of INTERPOL, the Arab interior ministers...; receiving one of their
        # officials ('استقبل ... مدير مكتب الأمم المتحدة لمكافحة الإرهاب'، 'استقباله في مارس الممثل الإقليمي لمكتب
        # الأمم المتحدة') or talks with one ('بحث ... مع الأمين العام لمنظمة الجمارك العالمية') stay a meeting.
        kind = CONFERENCE
    if (kind == MEETING and direction == UNKNOWN and counterpart.title in RESIDENT_TITLES
            and not any(r.role == "location" and r.iso2 not in (None, HOME) for r in told)):
        # 'استقبل حموشي سفير المجر'، 'ودّع سفيرة كندا': an envoy accredited to Morocco is met there.
        direction = HOSTED
    if kind == AGREEMENT and direction in (HOSTED, ABROAD) and any(t.kind in (VISIT, MEETING) for t in own):
        # 'استقبل رئيس أمن الدولة ... حموشي في الرياض، ووقع معه مذكرة تفاهم': a visit with its signing is one visit.
        kind = VISIT
    if kind in (VISIT, MEETING) and (counterpart.title not in RESIDENT_TITLES
                                     or (kind == VISIT and direction == ABROAD)):
        # ('أتذكر الزيارة التي قام بها حموشي إلى أبيدجان'، in the ambassador's words: he travelled.)
        meeting_type = {HOSTED: "hosted_visit", ABROAD: "visit_abroad"}.get(direction, "meeting")
    elif kind in (VISIT, MEETING):
        meeting_type = "meeting"  # an ambassador received in Rabat has not travelled
    else:
        meeting_type = kind
    if (kind == CONFERENCE and direction == HOSTED and counterpart.country_iso2 is None
            and _EDITION.fullmatch(main.word) and not _INTERNATIONAL.search(text)
            and not any(r.iso2 not in (None, HOME) or r.mention.alias.kind == "organization" for r in roles)):
        # 'ما سجلته دورة أكادير السنة الماضية' (the police's open days): an edition of something held in Morocco
        # whose sentence names no foreign body, party or international reach is a domestic event.
        return Engagement(meeting_type, direction, counterpart, main, "no_counterpart_country")
    if kind == CONFERENCE and direction == HOSTED and (
            counterpart.country_iso2 is None or any(r.role == "location" and r.iso2 == HOME for r in inside)):
        # A multilateral meeting held in Morocco: the host is the event's country, whatever delegations
        # the report lists ('التي تحتضنها مدينة طنجة، بمشاركة ... المغرب والأردن والإمارات').
        counterpart = replace(counterpart, country_iso2=HOME)
    elif counterpart.country_iso2 is None and counterpart.organization_code and (direction == HOSTED or (
            direction == UNKNOWN and _receiving(main.word)
            and not any(r.role in ("location", "destination") and r.iso2 not in (None, HOME) for r in inside))):
        # An official of an international body (the UN, INTERPOL) received in Morocco: no country
        # sent him, the engagement's country is where it took place ('استقباله في مارس الممثل الإقليمي لمكتب الأمم
        # المتحدة': his receiving one, placed nowhere else, was at home).
        counterpart = replace(counterpart, country_iso2=HOME)
        direction = HOSTED
        meeting_type = "hosted_visit" if meeting_type == "meeting" else meeting_type
    engagement = Engagement(meeting_type, direction, counterpart, main, None)
    venue = (next((r.iso2 for r in inside if r.role == "location" and r.iso2 not in (None, HOME)), None)
             if kind == CONFERENCE and met_elsewhere else None)
    if venue is not None:
        # 'كما التقى، خلال مشاركته في أشغال الدورة 88 للأنتربول بالعاصمة الشيلية سانتياغو، المفوض العام للشرطة
        # البلجيكية': the conference is where it sat; the party met there does not move it.
        return held_in(engagement, venue)
    seat = counterpart.mention.alias.meets_in if counterpart.mention else None
    if counterpart.country_iso2 is None and kind == CONFERENCE and seat:
        # 'شارك في أشغال الدورة ... للمجلس الأعلى لجامعة نايف العربية للعلوم الأمنية': a body's own
        # sessions sit at its seat when the report names no other place (organizations.csv, meets_in).
        return held_in(engagement, seat)
    if counterpart.country_iso2 is None:
        return replace(engagement, reject_reason="no_counterpart_country")
    return engagement


_BEFORE_OR_AFTER = prefiltered(r"(?<!\w)(?:بعد|قبل)\s+$")
_TAKING_PART_NOUNS = frozenset({"مشاركه", "مشاركته"})
_WHAT_IT_WAS_IN_AFTER = prefiltered(r"[،,]\s*في\s")
_HAD_BEEN_AFTER = prefiltered(r"(?<!\w)(?:الذي|التي)\s+(?:كان|كانت)\s+قد\s+[^،,.؛]*")
# The writer's comment ('، وهو ما يعكس ...') or the background he sets it against ('، في سنة عرفت فيها العلاقات
# الأمنية المغربية الفرنسية فتورا'، '، في وقت كانت فيه المنطقة ...'، '، في سياق استعداد المغرب لاحتضان كأس العالم 2030
# بشراكة مع إسبانيا والبرتغال'، '، في خطوة فهمت على أنها رسالة ... في عز أزمتها مع باريس'), unless it goes on with
# him ('، في وقت كان فيه حموشي يستقبل ...').
_COMMENT = prefiltered(r"[،,]\s*(?:(?:وهو|وهي)\s+ما|في\s+خطوه(?!\w)"
                       r"|في\s+سياق\s+(?:ال)?(?:استعداد|استعدادات|تحضير|تحضيرات)(?!\w)"
                       r"|في\s+(?:وقت|سنه|فتره|مرحله|ظرف|لحظه)\s+"
                       r"(?:كان|كانت|عرف|عرفت|شهد|شهدت|يعرف|تعرف|يشهد|تشهد)\s+(?:فيه|فيها)(?!(?:\s+\S+){0,6}?\s+(?:ال)?(?:حموشي|المدير\s+العام)))"
                       r"(?!\w)")


def in_the_writers_comment(text: str, position: int, after: int) -> bool:
    """Whether `position` falls in the writer's comment (_COMMENT) opened after `after` (an engagement's word) and
    running to the sentence's end: '، في خطوة ظل الجانبان يحضران لها منذ أشهر' dates no engagement."""
    return _COMMENT.search(text, after, position) is not None


# 'وقال متحدث باسم وزارة الداخلية في مدريد إن ...': where the speaker spoke from is no place of what he told.
_SAID_THAT = prefiltered(r"(?<!\w)[وف]?(?:قال|قالت|اكد|اكدت|اوضح|اوضحت|افاد|افادت|ذكر|ذكرت|صرح|صرحت|اعلن|اعلنت)(?!\w)"
                        r"(?:\s+\S+){0,12}?\s+ان(?!\w)")


# 'بعد زيارته لأمريكا'، 'مباشرة بعد انتهاء الزيارة الرسمية التي قام بها للولايات المتحدة': the leg of a tour
# before the one the sentence tells, up to the comma, the next verb or the way on ('نحو'، 'صوب').
_PREVIOUS_LEG = Prefiltered(re.compile(
    r"(?<!\w)[وف]?بعد\s+(?:(?:انتهاء|اختتام|ختام)\s+)?(?:ال)?زيار(?:ه|ته|تها|تيه)(?!\w)"
    r"[^،.؛]*?(?=[،.؛]|\s(?:نحو|صوب|باتجاه|حط|يحط|انتقل|ينتقل|حل|يحل)(?!\w)|$)"))


def _previous_legs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # 'عاد ... إلى بيروت، بعد زيارة رسمية إلى المملكة': the visit one came back from is the news, not a leg before.
    return [match.span() for match in _PREVIOUS_LEG.finditer(text, start, end)
            if not _RETURN.search(text, max(start, match.start() - _RETURN_REACH), match.start())]


def _within(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(first <= position < last for first, last in spans)


def with_country(engagement: Engagement, iso2: str) -> Engagement:
    """The engagement whose clause named no country, with the country the passage gives it."""
    return replace(engagement, reject_reason=None, counterpart=replace(engagement.counterpart, country_iso2=iso2))


def held_in(engagement: Engagement, iso2: str) -> Engagement:
    """A meeting the clause places nowhere, held in `iso2` (a body's seat, a known session's host):
    that is its country, and, where the clause says no direction, whether he hosted it or travelled."""
    direction = engagement.direction
    if direction == UNKNOWN:
        direction = HOSTED if iso2 == HOME else ABROAD
    return replace(with_country(engagement, iso2), direction=direction)


# 'عاد ... إلى أرض الوطن بعد زيارة عمل إلى إيطاليا': the way home is not where the visit went.
# Not 'يعود إلى سنوات' (dates back years).
# 'قبل أن يستقل الطائرة في اتجاه المغرب': boarding the flight home is the way back too.
_RETURN = prefiltered(r"(?<!\w)[وفل]?(?:عاد|عودته|عوده|رجع|رجوعه|يعود|(?:يستقل|استقل)\s+(?:ال)?طايره)(?!\w)"
                     r"(?!\s+(?:الي|ل)\s*(?:ال)?(?:سنه|سنوات|عام|اعوام|عقد|عقود|\d|بدايه|بدايات|تاريخ|فتره|زمن))")
_RETURN_REACH = 140  # characters: the returning subject, his titles and the hour stand between


# 'عاد اللواء ... إلى بيروت، بعد زيارة رسمية إلى المملكة المغربية': a visitor's way home, told before the visit.
# 'بعد زيارة'، 'في ختام جولة'، 'مختتما جولة أوروبية'، 'إثر زيارة عمل أداها': the visit one comes back from.
_A_VISIT = r"(?:بعد|في\s+ختام|مختتما|(?:علي\s+)?اثر|عقب)\s+(?:ال)?(?:زياره|جوله|مشاركه)"
_AFTER_A_VISIT = prefiltered(rf"[\s،,]*(?:[^\W\d]+\s+){{0,2}}?{_A_VISIT}")
_VISIT_SINCE = prefiltered(_A_VISIT)
# 'عاد الفريق ... إلى نواكشوط، قادما من المملكة المغربية', 'عاد إلى نواكشوط مساء أمس الأربعاء المدير العام ...،
# قادما من المملكة المغربية': the place one came back to from Morocco is his own home.
_CAME_FROM = r"قادم(?:ا|ين|ه)?\s+من\s+"
_COMING_FROM = prefiltered(rf"(?<!\w){_CAME_FROM}")
_COMING_FROM_REACH_AFTER = 120  # characters: the one who came back, his titles and the hour


def home_after_the_visit(clause: str) -> bool:
    """'يعود حموشي اليوم الخميس إلى أرض الوطن، بعد زيارة عمل إلى البرتغال دامت ثلاثة أيام'، 'عاد مساء أمس إلى نواكشوط
    ...، قادما من المملكة المغربية التي أدى إليها زيارة عمل استمرت يومين': the clause tells the way home from a visit,
    so the day it names is the visit's last."""
    back = _RETURN.search(clause)
    return back is not None and (_VISIT_SINCE.search(clause, back.end()) is not None
                                 or _COMING_FROM.search(clause, back.end()) is not None)


def _not_the_way_back(roles: list[PlaceRole], text: str, start: int,
                      sentence_roles: list[PlaceRole]) -> list[PlaceRole]:
    """The roles but the way back: where 'عاد' took one, home or, before 'بعد زيارة' or 'قادما من المغرب', the
    visitor's own (`sentence_roles`: every place of the sentence, the one he came from among them)."""
    kept = []
    for role in roles:
        back = _RETURN.search(text, max(start, role.mention.start - _RETURN_REACH), role.mention.start)
        if (role.role == "destination" and back is not None
                and not _VISIT_SINCE.search(text, back.end(), role.mention.start)
                # 'وبعد عودته إلى الرباط، ترأس ...، الذي يقوم بزيارة إلى المملكة': the way back is the first place
                # after it.
                and not any(other.role == "destination" and back.end() <= other.mention.start < role.mention.start
                            for other in roles)
                # 'قبل أن يعود إلى روما ليلة اليوم'، 'أن الوفد يعود إلى لشبونة مساء اليوم': the present tense tells a
                # guest's way home ('عاد حموشي إلى الدوحة' is his visit there again).
                and (role.iso2 == HOME or _AFTER_A_VISIT.match(text, role.mention.end)
                     or back.group().endswith("يعود") or _came_from_home(sentence_roles, text, role))):
            continue
        kept.append(role)
    return kept


_COMING_FROM_BEFORE = prefiltered(rf"(?<!\w){_CAME_FROM}(?:\S+\s+){{0,2}}$")
_COMING_FROM_REACH = 40  # characters: 'قادما من العاصمة البحرينية المنامة'


def _came_from_abroad(text: str, where: int, roles: list[PlaceRole]) -> bool:
    """Whether the words right before the 'حيث' at `where` name a foreign place one came from."""
    last = max((r for r in roles if r.mention.end <= where), key=lambda r: r.mention.end, default=None)
    return (last is not None and last.iso2 not in (None, HOME) and not text[last.mention.end:where].strip(" ،,")
            and _COMING_FROM_BEFORE.search(text, max(0, last.mention.start - _COMING_FROM_REACH),
                                           last.mention.start) is not None)


# '، الذي حل بالمغرب ضمن وفد ...'، '، الذي يوجد بالمغرب لحضور اجتماع ...': a side clause on how the one just named
# came or why he is here, up to the next break.
# (Not 'موسكو، التي حل بها': the place he reached.)
WHO_CAME = prefiltered(r"[،,]\s*(?:الذي|التي|الذين)\s+(?:(?:كان|كانت)\s+قد\s+)?"
                       r"(?:حل|حلت|وصل|وصلت|حط|حطت|يحل|تحل|يوجد|توجد)(?!\w)"
                       r"(?!\s+(?:بها|به|اليها|اليه|فيها)(?!\w))")
_CLAUSE_BREAK = prefiltered(r"[،,.؛]")


def side_clause_end(text: str, side: re.Match, end: int) -> int:
    """Where a side clause opened by `side` ends: at the next break, else at `end`."""
    following = _CLAUSE_BREAK.search(text, side.end(), end)
    return following.start() if following else end
# 'وبعد الندوة،'، 'وعقب الاجتماع الموسع،'، 'وقبل حفل التوقيع،': an occasion named to say when the rest happened.
_AFTER_THE_OCCASION = prefiltered(r"\s*[وف]?(?:بعد|عقب|اثر|قبل|قبيل)\s+$")
_OCCASION_ENDS = prefiltered(r"(?:\s+\S+){0,3}?\s*[،,]")


def _opens_after(text: str, start: int, trigger: Trigger, own: list[Trigger]) -> bool:
    """Whether the clause opens on 'after (or before) <the noun>,' and tells another engagement word after it."""
    if trigger.is_verb or not _AFTER_THE_OCCASION.fullmatch(text, start, trigger.start):
        return False
    comma = _OCCASION_ENDS.match(text, trigger.end)
    return comma is not None and any(t.start >= comma.end() for t in own)


# '، الذي كان ضمن وفد بلاده إلى ...'، '، التي أكدت دعم بكين لاستضافة المملكة هذه الدورة': what the one met was part of
# or said.
_WHO_WAS = prefiltered(r"[،,]\s*(?:الذي|التي)\s+(?:كان|كانت|اكد|اكدت|اشاد|اشادت|عبر|عبرت|ابرز|ابرزت|جدد|جددت|نوه"
                       r"|نوهت)(?!\w)")


def _told_of_the_one_met(text: str, verb: Trigger, noun: Trigger) -> bool:
    """Whether `noun` stands in a side clause ('، الذي كان ضمن وفد بلاده إلى ...') opened after `verb`."""
    side = _WHO_WAS.search(text, verb.end, noun.start)
    return side is not None and not any(stop in text[side.end():noun.start] for stop in "،,.؛")


def _visitors_home(roles: list[PlaceRole], text: str) -> PlaceRole | None:
    """The foreign place a visitor to Morocco went home to ('عاد ... إلى داكار، بعد زيارة عمل إلى المملكة المغربية')."""
    for role in roles:
        if role.role != "destination" or role.iso2 in (None, HOME):
            continue
        back = _RETURN.search(text, max(0, role.mention.start - _RETURN_REACH), role.mention.start)
        if back is not None and (_AFTER_A_VISIT.match(text, role.mention.end) or _came_from_home(roles, text, role)):
            return role
    return None


def _came_from_home(roles: list[PlaceRole], text: str, role: PlaceRole) -> bool:
    end = text.find(".", role.mention.end)
    coming = _COMING_FROM.search(text, role.mention.end, min(role.mention.end + _COMING_FROM_REACH_AFTER,
                                                             end if end >= 0 else len(text)))
    return coming is not None and any(other.iso2 == HOME and other.mention.start == coming.end() for other in roles)


def _direction(clause: str, roles: list[PlaceRole], triggers: list[Trigger],
               fallback: list[PlaceRole] | None = None) -> str:
    for candidates in (roles, fallback or []):
        for wanted in ("destination", "location"):
            # 'زيارة المسؤول الأمريكي لمقر المديرية العامة لمراقبة التراب الوطني': his own bodies are at home.
            placed = [r for r in candidates
                      if r.role == wanted and (r.iso2 or r.mention.alias.kind == "principal_body")]
            if placed:
                first = placed[0]
                if (len(placed) > 1 and first.iso2 == HOME and first.mention.alias.kind == "agency"
                        and placed[1].iso2 not in (None, HOME)
                        and 0 < placed[1].mention.start - first.mention.end <= _IN_A_CITY_GAP):
                    # 'بمقر وزارة الداخلية في روما': a ministry named without its country is the one of the city
                    # named right after it.
                    first = placed[1]
                return HOSTED if first.iso2 in (HOME, None) else ABROAD
    if _RECEIVED_BY.search(clause):
        return ABROAD
    if _HOST_VERB.search(clause):
        return HOSTED
    return UNKNOWN


_IN_A_CITY_GAP = len(" في ")
_ROLE_WEIGHT = {"destination": 3.0, "location": 3.0}
# A known official named in the clause is whom he met: 'مدير المخابرات العامة اللواء أحمد حسني، ..., إذ تزامنت مع
# ... في البادية السورية' was Jordan's, whatever nationality a later word gives the news around it.
_KIND_WEIGHT = {"agency": 2.0, "official": 3.0, "demonym": 2.0, "demonym_plural": 1.5}
_HONORIFIC = Prefiltered(re.compile(r"(?<!\w)[وب]?(?:ال)?سيد(?:ه)?\s+"))
_NAME_STOP = {"في", "من", "الي", "علي", "عن", "مع", "الذي", "التي", "الذين", "و", "ثم", "قد", "كما", "حيث", "وذلك",
              "خلال", "بعد", "قبل", "يوم", "امس", "اليوم", "بن", "ابن"}
_NAME_TOKENS = 4  # given names, particles and family names: 'يان فان دير بيرغ'
_NAME_WINDOW_TOKENS = 8  # how far from the party's own words its person's name may stand
_TITLE_WINDOW_TOKENS = 4


def counterpart_of(roles: list[PlaceRole], trigger_start: int, text: str, tokens: list[Token]) -> Counterpart:
    """The foreign country the clause is about, with the body, person and title that name it."""
    scores: dict[str, float] = {}
    first_seen: dict[str, PlaceRole] = {}
    received = _HOST_VERB.match(text, trigger_start) is not None
    topic_end = -1
    for role in roles:
        if not role.iso2 or role.iso2 == HOME or role.mention.is_region or role.role in (
                "origin", "border", "future_host", "residence", "travellers", "language", "transit"):
            continue
        if role.mention.start > trigger_start and (
                (topic_end >= 0 and _AND_ONLY.fullmatch(text, topic_end, role.mention.start)) or (
                    _IN_BEFORE.search(text, 0, role.mention.start)
                    and _TOPIC_OPENER.search(text, max(0, trigger_start - _FOCUSED_REACH), role.mention.start))):
            # 'تبادل وجهات النظر حول المستجدات ..., بعد تراجع تنظيم داعش في سوريا والعراق': where the talks'
            # subject is, not where they were held nor with whom.
            topic_end = role.mention.end
            continue
        if _STRUCK_BEFORE.search(text, max(0, role.mention.start - _STRUCK_REACH), role.mention.start):
            continue  # 'الشبكات التي نفذت اعتداءات باريس وبروكسل': where attacks struck, not where the talks were
        if _seat_of_a_body(role, roles, text):
            continue  # 'المديرة العامة لمكتب الأمم المتحدة في فيينا': where the body named sits, not where they met
        if _FIGHTERS_WENT_BEFORE.search(text, max(0, role.mention.start - _STRUCK_REACH), role.mention.start):
            continue  # 'المقاتلين الأجانب العائدين من سوريا والعراق': where fighters went, a topic
        if role.mention.alias.kind == "demonym" and _A_SCENE_BEFORE.search(
                text, max(0, role.mention.start - _STRUCK_REACH), role.mention.start):
            continue  # 'التي تشهدها الساحتان السورية والعراقية'، 'الأزمة الليبية': a country's affairs, a topic
        if _nationality_of_a_bodys_head(role, roles, text):
            continue
        weight = _KIND_WEIGHT.get(role.mention.alias.kind, 1.0)
        if role.role in _ROLE_WEIGHT and not (received and _in_side_clause(text, trigger_start, role.mention.start)):
            # 'استقبل ... وزير الداخلية الإسباني، الذي جاء لبحث تداعيات اعتداءات باريس': one received came to him; a
            # place the side clause tells of is no place of the engagement's.
            weight = _ROLE_WEIGHT[role.role]
        weight += 0.5 if role.mention.start >= trigger_start else 0.0
        if denied_in_a_clause_before(text, role.mention.start, role.mention.end, trigger_start):
            continue
        if (role.mention.start > trigger_start and _BACKGROUND.search(text, trigger_start, role.mention.start)) or (
                _negated(text, role.mention.start)):
            # '... إذ منحته في أكتوبر 2014 صليب الاستحقاق، في سياق التوتر مع فرنسا': the setting; 'لم تلتقط الصورة في
            # واشنطن، ولا علاقة لها بأي مسؤول أمريكي': a party denied. Each only as a last resort.
            weight = _BACKGROUND_WEIGHT
        scores[role.iso2] = scores.get(role.iso2, 0.0) + weight
        first_seen.setdefault(role.iso2, role)
    organization = next((r.mention for r in roles if r.mention.alias.kind == "organization"), None)
    organization_code = organization.alias.agency if organization else None
    if not scores:
        return Counterpart(organization_code=organization_code, mention=organization, title=_envoy_title(roles))
    best = max(scores, key=lambda code: (scores[code], -first_seen[code].mention.start))
    visitor = _antecedent_visitor(roles, trigger_start, text)
    if visitor is not None and visitor.iso2 in scores:
        best = visitor.iso2
    parties = [r.mention for r in roles if r.iso2 == best]
    # 'زيارة سلفه كريستوفر راي، الذي حل بالرباط': the visitor the relative clause follows, not the first official
    # of his country the sentence names ('أول زيارة يقوم بها كاش باتيل').
    official = (visitor.mention if visitor is not None and visitor.iso2 == best
                and visitor.mention.alias.kind == "official"
                else next((m for m in parties if m.alias.kind == "official"), None))
    body = next((m for m in parties if m.alias.agency), None)
    mention = official or body or first_seen[best].mention
    person_span = (official.start, official.end) if official else _honorific_name(text, tokens, roles, mention)
    return Counterpart(
        country_iso2=best, org_code=body.alias.agency if body else None, organization_code=organization_code,
        mention=mention, person_span=person_span, person_latin=official.alias.person if official else None,
        # 'السفارة السعودية ... أن سفير المملكة العربية السعودية ...': the title may stand before a later
        # mention of the party than the first.
        title=(official.alias.label if official else None) or _title_before(roles, mention)
        or next(filter(None, (_title_before(roles, m) for m in parties)), None) or _envoy_title(roles))


def _seat_of_a_body(role: PlaceRole, roles: list[PlaceRole], text: str) -> bool:
    """A city named right after an international body with 'في' ('لمكتب الأمم المتحدة في فيينا'): the body's seat,
    unless the text is at that seat ('زار مقر منظمة الجمارك العالمية في بروكسل')."""
    return role.mention.alias.kind in ("city", "capital") and any(
        other.mention.alias.kind == "organization" and _IN_ONLY.fullmatch(text, other.mention.end, role.mention.start)
        and not _AT_ITS_SEAT_BEFORE.search(text, max(0, other.mention.start - _AT_ITS_SEAT_REACH), other.mention.start)
        for other in roles)


_IN_ONLY = prefiltered(r"\s+في\s+")
_AT_ITS_SEAT_BEFORE = prefiltered(r"(?<!\w)[وب]?(?:ال)?مقر(?:ها|ه)?(?!\w)")
_AT_ITS_SEAT_REACH = 30


def _since_the_last_comma(text: str, start: int) -> int:
    """Where the words before text[start:] begin, after the last comma (or the text's start)."""
    return max(text.rfind("،", 0, start), 0)


def _negated(text: str, start: int) -> bool:
    """Whether a negation stands before text[start:] since the last comma."""
    return _NEGATED.search(text, _since_the_last_comma(text, start), start) is not None


# 'لم يكن ضمن مستقبلي'، 'لم يستقبل'، 'لم يلتق': he did not meet the party named after it.
_DID_NOT_MEET_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:لم|لن)\s+(?:(?:يكن|تكن)\s+(?:ضمن|بين|من\s+بين)|يستقبل|يلتق|يلتقي"
                                   r"|يجتمع|يجر|يحضر)(?!\w)[^،.؛]*$")


def denied_in_a_clause_before(text: str, start: int, end: int, trigger_start: int) -> bool:
    """'أن حموشي لم يكن ضمن مستقبلي الوفد الليبي، مشيرا إلى أنه ترأس اجتماعا بمقر المديرية': the party a clause
    before the engagement's words says he did not meet is no party of the engagement told after it ('لم تمض سوى أيام
    حتى كان في موسكو' denies nothing)."""
    return (end <= trigger_start and "،" in text[end:trigger_start]
            and _DID_NOT_MEET_BEFORE.search(text, _since_the_last_comma(text, start), start) is not None)


# 'ومع مدير الأمن العام الأردني، الذي سبق أن زار الرباط': the visit told in a relative clause is the visit of the
# one it follows.
_WHO_VISITED = prefiltered(r"،?\s*(?:الذي|التي)\s+(?:سبق\s+(?:له\s+)?ان\s+|كان\s+قد\s+)?(?:قام\s+ب|يقوم\s+ب)?$")
_VISIT_WORD = prefiltered(r"(?:زار|زياره|حل|وصل)")


def _antecedent_visitor(roles: list[PlaceRole], trigger_start: int, text: str) -> PlaceRole | None:
    """The foreign party right before 'الذي' when the trigger, a visit, opens the relative clause after it."""
    if not _VISIT_WORD.match(text, trigger_start):
        return None
    relative = _WHO_VISITED.search(text, max(0, trigger_start - 32), trigger_start)
    if relative is None:
        return None
    before = [r for r in roles if r.mention.end <= relative.start() and r.iso2 and r.iso2 != HOME
              and not _nationality_of_a_bodys_head(r, roles, text)]
    last = max(before, key=lambda r: r.mention.end, default=None)
    return last if last is not None and relative.start() - last.mention.end <= 1 else None


def _nationality_of_a_bodys_head(role: PlaceRole, roles: list[PlaceRole], text: str) -> bool:
    """'رئيسة المنظمة الدولية للشرطة الجنائية آنذاك، الفرنسية ميراي باليسترازي'، 'المدير التنفيذي لأفريبول، الغاني كوامي
    أدجيي'، 'وفد عن الأنتربول يقوده أمينها العام، الألماني يورغن شتوك'، 'البريطاني روب وينرايت، المدير التنفيذي
    ليوروبول': the nationality of an international body's head, in apposition after the body or before his name and
    post; so is 'المسؤول الألماني' after a body's head named in the sentence ('حل يورغن شتوك، الأمين العام للأنتربول،
    ...، في أول زيارة يقوم بها المسؤول الألماني إلى المغرب'). The body is the party."""
    return role.mention.alias.kind == "demonym" and any(
        r.mention.alias.kind == "organization" and not r.iso2 and (
            (r.mention.end <= role.mention.start
             and (_NATIONALITY_OF_ITS_HEAD.fullmatch(text, r.mention.end, role.mention.start)
                  or (_THE_OFFICIAL_BEFORE.search(text, max(0, role.mention.start - 12), role.mention.start)
                      and _HEAD_OF_A_BODY_BEFORE.search(text, max(0, r.mention.start - 24), r.mention.start))))
            or (role.mention.end <= r.mention.start
                and _HEAD_NAMED_AFTER_NATIONALITY.fullmatch(text, role.mention.end, r.mention.start)))
        for r in roles)


# 'المسؤول الألماني': an official named by his nationality alone, after the body's head the sentence named.
_THE_OFFICIAL_BEFORE = prefiltered(r"(?<!\w)[وبل]?(?:ال|لل)?(?:مسوول|مسووله)\s+$")
# A head's post in construct with the body that follows it: 'الأمين العام للمنظمة الدولية للشرطة الجنائية'، 'المدير
# التنفيذي ليوروبول'.
_HEAD_POST = r"(?:ال)?(?:امين|رييس|رييسه|مدير|مديره|مفوض|مفوضه)\s+(?:(?:ال)?(?:عام|عامه|تنفيذي|تنفيذيه)\s+)?(?:ل|لل)?"
_HEAD_OF_A_BODY_BEFORE = prefiltered(rf"(?<!\w){_HEAD_POST}$")


# Between an international body and its head's nationality: its acronym in quotes, 'آنذاك', commas, and its head named
# by his post ('يقوده أمينها العام').
_HEAD_OF_IT = (r"(?:(?:الذي\s+|التي\s+)?(?:يقوده|يقودها|يتقدمه|يتقدمها|يتراسه|يتراسها|براسه|برياسه)\s+)?"
               r"(?:امينها|امينه|رييسها|رييسه|رييستها|مديرها|مديره|مديرتها|مديرته)(?:\s+(?:العام|العامه|التنفيذي|التنفيذيه))?")
_NATIONALITY_OF_ITS_HEAD = prefiltered(r"(?:\s*[\"«(][^\"«»()]{1,30}[\"»)])?[\s،,]*(?:انذاك[\s،,]+)?"
                                       rf"(?:{_HEAD_OF_IT}[\s،,]+)?")
# Between a nationality and the body its head serves: his name (a few words), a comma, and his post in construct with
# the body ('البريطاني روب وينرايت، المدير التنفيذي ليوروبول'), perhaps named in full before its acronym in quotes
# ('مدير مكتب الشرطة الأوروبية "يوروبول"').
_HEAD_NAMED_AFTER_NATIONALITY = prefiltered(
    rf"\s+[^\W\d]+(?:\s+[^\W\d]+){{0,2}}\s*[،,]\s*{_HEAD_POST}(?:(?:[^\W\d]+\s+){{1,4}}[\"«(])?")
# 'في سياق'، 'في ظل'، 'على خلفية': what follows is the setting of the engagement, not its party; 'تقديرا لدور
# مصالحه في تفكيك خلايا ... نحو سوريا'، 'عرفانا بـ': the deeds an honour recognizes, not who gave it.
_BACKGROUND = prefiltered(r"(?<!\w)[وف]?(?:في\s+سياق|في\s+ظل|علي\s+خلفيه|تقديرا|عرفانا|اعترافا|تثمينا)(?!\w)")
_BACKGROUND_WEIGHT = 0.01
# An attack named by the place it struck, the noun in construct with it, and the places joined to it: 'اعتداءات
# باريس وبروكسل'، 'تفجيرات الدار البيضاء'، 'هجمات مدريد' ('الاعتداءات الإرهابية بالعاصمة البلجيكية' may be where
# he then went).
_STRUCK_BEFORE = prefiltered(rf"(?<!\w)[وبل]?(?:ال)?(?:{INCIDENT_WORDS})\s+"
                             r"(?:(?:التي|الذي)\s+(?:شهدتها|شهدها|ضربت|هزت)\s+|[^\s،,.]+\s+و?)?$")
_STRUCK_REACH = 40  # characters: the attack's noun and one place before ('الهجمات التي شهدتها باريس')
# Where fighters came back from or left for, and the places joined to it: 'المقاتلين العائدين من سوريا والعراق'،
# 'الشبان المغادرين نحو سوريا'، 'الملتحقين ببؤر التوتر في العراق'.
_FIGHTERS_WENT_BEFORE = prefiltered(r"(?<!\w)(?:ال)?(?:عايدين|عايدون|مغادرين|مغادرون|ملتحقين|ملتحقون)\s+"
                                    r"(?:من|نحو|الي|ب)\s*(?:[^\s،,.]+\s+و?)?$")
# A country's scene, crisis or file, named by its adjective: 'الساحة السورية'، 'الساحتان السورية والعراقية'، 'الأزمة
# الليبية'، 'الملف المالي'.
_A_SCENE_BEFORE = prefiltered(r"(?<!\w)(?:ال)?(?:ساحه|ساحتان|ساحتين|ساحات|ازمه|ازمتين|ملف|ملفين|مشهد|اوضاع|وضع)\s+"
                              r"(?:[^\s،,.]+\s+و?)?$")
# What opens the subject of talks: 'حول'، 'بشأن'، and 'على' after the verb that says what they focused on, whose
# subject the talks are ('وتركزت المباحثات، وفق ما تسرب منها، على تنامي خطر التنظيم في ليبيا'), and what a meeting
# was given to ('في اجتماع خصص للشبان المغادرين نحو سوريا').
# The verbs that say what talks focused on ('وتركزت المباحثات على'، 'انصب اللقاء على'); article.py reads them too.
FOCUS_VERBS = "تركزت|تركز|ركزت|تمحورت|تمحور|انصبت|انصب"
_TOPIC_OPENER = prefiltered(rf"(?<!\w)(?:حول|بشان|بخصوص|[وف]?(?:{FOCUS_VERBS})\s+(?:\S+\s+){{0,6}}?علي(?!\w)"
                            r"|(?:خصص|خصصت)\s+ل)")
_FOCUSED_REACH = 12  # characters before the talks' noun where the verb of focus may stand ('وتركزت ')
# A place in the talks' subject: 'الوضع في ليبيا'، 'المقاتلين العائدين من سوريا'، 'الشبان المغادرين نحو سوريا'.
_IN_BEFORE = prefiltered(r"(?<!\w)(?:في|من|نحو)\s+$")
_AND_ONLY = prefiltered(r"\s*و?")
# A negation of the party in the words before it, since the last comma: 'لم تلتقط في'، 'لا علاقة لها ب' (not 'ليس
# غريبا عن التكريمات الإسبانية', 'no stranger to', nor 'لم يكن غريبا').
_NEGATED = prefiltered(r"(?<!\w)[وف]?(?:لم|لن|لا\s+علاقه)(?!\w)(?!\s+(?:يكن|تكن)\s+(?:غريبا|مستغربا))")


_RELATIVE_PRONOUN = prefiltered(r"(?<!\w)[وف]?(?:الذي|التي|الذين)(?!\w)[^،,.؛]*$")


def _in_side_clause(text: str, trigger_start: int, position: int) -> bool:
    """Whether the words at `position`, after the trigger, stand in a relative clause opened since the last comma."""
    return position > trigger_start and _RELATIVE_PRONOUN.search(text, trigger_start, position) is not None


def _one_of_its_officials(text: str, roles: list[PlaceRole], counterpart: Counterpart) -> bool:
    """Whether one official's title stands right before the international body named ('الأمين العام للمنظمة'),
    and not in a list of those taking part ('شارك في الاجتماع كل من الأمين العام لمجلس وزراء الداخلية العرب')."""
    mention = counterpart.mention
    if mention is None or _TAKING_PART_IN_LIST.search(text, 0, mention.start) is not None:
        return False
    title = _title_before(roles, mention)
    return title is not None and title not in _PLURAL_TITLES


_TAKING_PART_IN_LIST = prefiltered(r"(?<!\w)(?:كل\s+من|[وف]?(?:شارك|شاركت|يشارك)\s+(?:في|فيه|فيها))(?!\w)")


def _envoy_title(roles: list[PlaceRole]) -> str | None:
    """'أن سفيرها بالرباط ... عقد أمس جلسة مباحثات'، 'بحث سفير المملكة لدى المغرب' (an agency's own kingdom): an
    envoy the clause names while the page gives his country; not Morocco's own ('بحضور سفير المغرب')."""
    for index, role in enumerate(roles):
        if role.mention.alias.kind != "title" or role.mention.alias.label not in RESIDENT_TITLES:
            continue
        party = roles[index + 1].mention if index + 1 < len(roles) else None
        moroccan = (party is not None and party.is_home and party.alias.kind in ("home", "demonym")
                    and party.alias.key != _THE_KINGDOM and not party.clitics.preposition  # 'سفيرها بالرباط'
                    and party.token_index == role.mention.token_index + role.mention.token_count)
        if not moroccan:
            return role.mention.alias.label
    return None


_THE_KINGDOM = lexicon_key("المملكة")


def _title_before(roles: list[PlaceRole], mention: PlaceMention) -> str | None:
    """'المدير العام للشرطة الوطنية الإسبانية', 'نظيره الإسباني': the title just before the party."""
    titles = [r.mention for r in roles if r.mention.alias.kind == "title"
              and 0 <= mention.token_index - (r.mention.token_index + r.mention.token_count) <= _TITLE_WINDOW_TOKENS]
    return titles[-1].alias.label if titles else None


def _honorific_name(text: str, tokens: list[Token], roles: list[PlaceRole],
                    party: PlaceMention) -> tuple[int, int] | None:
    """A name introduced by السيد/السيدة near the party: 'السيد توماس هالدنوانغ'."""
    taken = {i for r in roles for i in range(r.mention.token_index, r.mention.token_index + r.mention.token_count)}
    best: tuple[int, tuple[int, int]] | None = None
    for match in _HONORIFIC.finditer(text):
        first = next((i for i, t in enumerate(tokens) if t.start >= match.end()), None)
        if first is None:
            continue
        last = first
        while (last < len(tokens) and last - first < _NAME_TOKENS and last not in taken
               and tokens[last].text not in _NAME_STOP and not tokens[last].text.isdigit()
               and not text[tokens[max(first, last - 1)].end:tokens[last].start].strip(" ")):
            last += 1
        distance = abs(first - party.token_index)
        if last - first >= 2 and distance <= _NAME_WINDOW_TOKENS and (best is None or distance < best[0]):
            best = (distance, (tokens[first].start, tokens[last - 1].end))
    return best[1] if best else None


# 'كل من المملكة المتحدة والغابون'، 'كل من العاصمة الألمانية برلين': the list opens, a container noun may follow;
# 'جولة امتدت أربعة أيام، شملت موريتانيا والسنغال': so do the stops a tour or visit included.
_LIST_OPENER = prefiltered(r"(?<!\w)(?:كل من|كلا من|[وف]?شملت|[وف]?شمل)\s*(?:(?:%s)\s*)?$"
                           % "|".join(sorted(_CONTAINERS)))
_FROM_RIGHT_BEFORE = prefiltered(r"(?<!\w)من\s+$")
_TITLE_FROM_REACH = 3  # tokens from a plural title to the first country after 'من': 'مسؤولين أمنيين من'
_PLURAL_TITLES = {"Ambassadors", "Counterparts", "Officials", "Heads", "Commanders", "Directors"}
# They live in the country: receiving them is no visit.
RESIDENT_TITLES = {"Ambassador", "Ambassadors", "Consul General"}


def coordinated_countries(text: str, roles: list[PlaceRole], tokens: list[Token],
                          counterpart: Counterpart) -> list[Counterpart]:
    """Further countries listed with the counterpart: 'سفراء كل من المملكة المتحدة والغابون وماليزيا'.

    Each is an engagement of its own. Only a list opened by 'كل من' or a plural title counts, and
    only names joined by و or a comma: a country named elsewhere in the clause is context.
    """
    first = counterpart.mention
    if first is None or counterpart.country_iso2 is None:
        return []
    before = text[max(0, first.start - 30):first.start]
    # ('لقاءات بمسؤولين أمنيين من مالي وكوت ديفوار': the title, its adjective, then 'من' before the list.)
    reach = _TITLE_FROM_REACH if _FROM_RIGHT_BEFORE.search(before) else 1
    titles = [r.mention for r in roles if r.mention.alias.kind == "title"
              and 0 <= first.token_index - (r.mention.token_index + r.mention.token_count) <= reach]
    if not (_LIST_OPENER.search(before) or (titles and titles[-1].alias.label in _PLURAL_TITLES)):
        return []
    listed: dict[str, Counterpart] = {}
    previous_end = first.token_index + first.token_count
    previous_iso2 = counterpart.country_iso2
    for role in sorted(roles, key=lambda r: r.mention.start):
        mention = role.mention
        if mention.token_index < previous_end or not role.iso2 or role.iso2 == HOME:
            continue
        gap = text[tokens[previous_end - 1].end:mention.start].strip()
        if role.iso2 == previous_iso2 and mention.token_index == previous_end and gap == "":
            previous_end = mention.token_index + mention.token_count  # 'العاصمة الألمانية برلين': one item
            continue
        # 'برلين والعاصمة الفرنسية باريس': a container noun with و joins the next item.
        joined = gap.startswith("و") and gap[1:] in _CONTAINERS
        if (mention.token_index != previous_end + joined or (gap not in ("", "،", ",") and not joined)
                or (gap == "" and mention.clitics.conjunction != "و")):
            break
        previous_iso2 = role.iso2
        if role.iso2 != counterpart.country_iso2 and role.iso2 not in listed:
            listed[role.iso2] = Counterpart(country_iso2=role.iso2, org_code=mention.alias.agency, mention=mention,
                                            title=counterpart.title)
        previous_end = mention.token_index + mention.token_count
    return list(listed.values())


def enumerated_counterparts(text: str, roles: list[PlaceRole]) -> list[PlaceRole]:
    """Foreign parties of an undated list ('met X of Mauritania, Y of Spain...'), one per country.

    Only officials and agencies count (a title within six words before the country, or an
    agency or official alias): bare country names in a general sentence are not meetings.
    """
    chosen: dict[str, PlaceRole] = {}
    for role in roles:
        if not role.iso2 or role.iso2 == HOME or role.mention.is_region:
            continue
        window = text[max(0, role.mention.start - 60):role.mention.start]
        titled = bool(_TITLE_WORDS.search(" ".join(window.split()[-6:])))
        if titled or role.mention.alias.kind in ("agency", "official"):
            chosen.setdefault(role.iso2, role)
    return list(chosen.values())


def refers_to_previous_parties(clause: str) -> bool:
    return bool(_ANAPHORA.search(clause))


def marks_new_engagement(clause: str) -> bool:
    """'لقاء ثاني', 'زيارة أخرى': the text says this is not the engagement reported before."""
    return bool(_ORDINAL_NEW.search(clause))
