"""One article in, its staging rows out: sentences, dates, places, candidate events, tallies.

Every row carries character offsets into the article text as stored in raw.articles, so an
analyst can check each meeting against the words that support it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
import unicodedata
from contextlib import suppress
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache, partial
from pathlib import Path

from sdw.extraction import dates as dates_mod
from sdw.extraction.actors import (
    ANOTHER_STORY,
    FOREIGN_OFFICIAL,
    HOME_OFFICIAL,
    OBJECT_MARKERS,
    PHRASE_BREAKS,
    PRINCIPAL,
    Actor,
    Attribution,
    attribute,
    clause_subject,
    find_actors,
    resolve_epithets,
    sentence_context,
    titles_held_abroad,
)
from sdw.extraction.dates import ArticleClock, CalendarHint, DateGrammar, DateMention, DateResolver
from sdw.extraction.events import (
    ABROAD,
    ARRIVAL_VERBS,
    FOCUS_VERBS,
    GENERAL_PLURAL,
    GUEST_WORDS,
    HOSTED,
    RESIDENT_TITLES,
    SIDELINES,
    SIGNED_IT,
    UNKNOWN,
    WHO_CAME,
    WHO_OPENS,
    Counterpart,
    Engagement,
    PlaceRole,
    Trigger,
    arrives,
    coordinated_countries,
    counterpart_of,
    denied_in_a_clause_before,
    enumerated_counterparts,
    find_triggers,
    held_in,
    home_after_the_visit,
    in_the_writers_comment,
    marks_new_engagement,
    place_roles,
    read_clause,
    receives,
    refers_to_previous_parties,
    series_items,
    side_clause_end,
    split_clauses,
    support_verb_end,
    type_rank,
    with_country,
)
from sdw.extraction.names import country_by_family_name, family_names, home_family_names, named_again
from sdw.extraction.needed_substrings import Prefiltered, prefiltered
from sdw.extraction.normalize import NormalizedText, is_boilerplate_line, normalize, normalize_part, normalize_text
from sdw.extraction.numbers import WORD_NUMBER_PATTERN, word_number
from sdw.extraction.places import (
    HOME,
    PlaceMention,
    Token,
    find_places,
    named_countries,
    refer_back_to_bodies,
    resolve_ambiguous,
    tokenize,
)
from sdw.extraction.reference import Alias, Reference, Session, default_reference, lexicon_key
from sdw.extraction.sessions import find_session
from sdw.extraction.tallies import find_tallies

EARLIEST_EVENT_YEAR = 2000
# A full stop ends a sentence before a space, at the end of a line, or glued to the next Arabic word
# ('... حموشي.وكشفت ...', as pages copied from feeds often are), but not inside a site's address spelled in
# Arabic ('في تصريح لموقع "برلمان.كوم"').
# Group 1 is the break itself; matching the stop first lets the regex engine skip to stops.
_SENTENCE_END = prefiltered(r"[.!?؟](\s+|$|(?<=[\u0621-\u064A]{3}[.!?؟])(?=[\u0621-\u064A])"
                            r"(?!(?:كوم|نت|[اأ]نفو|[اأ]ورغ|[اأ]ورج)(?![\u0621-\u064A])))")
_SENTENCE_END_MARK = prefiltered(r"[.!?؟]\s*$")
_TERMINAL = prefiltered(r"[.!?؟:؛،)\"]\s*$")
_SHORT_LINE_WORDS = 25
# Headings and captions never open with a conjunction and a comma'd phrase: 'وفي هذا الإطار، وشحت ...'
# is prose, cut short where the page's copy ends.
_CONTINUING_PROSE = prefiltered(r"^[وف]\S*(?:\s+\S+){0,3}،")
_DATELINE_WORDS = 12
_DATELINE_SCAN_LINES = 6
# A headline is one short sentence; a longer first line is the lead itself (pages and feeds that
# start with the body).
_TITLE_MAX_WORDS = 30
# '..' joins a headline's parts ('بعد واشنطن.. حموشي في مدريد'): no sentence ends there.
_INNER_SENTENCE_END = prefiltered(r"(?<!\.)[.!?؟](?!\.)\s+\S")
# Headlines carry no full stop: a first line of a full sentence, ended by one, is the lead.
_LEAD_MIN_WORDS = 15
_FULL_STOP_END = prefiltered(r"\.\s*$")
# 'الرباط - 21 فبراير 2023 (و م ع) -', 'طنجة في 6 دجنبر 2023': a place, then the day, opening the lead.
_DATELINE_PLACES = {"home", "capital", "city", "short_name", "name", "ambiguous"}
_LEAD_DATELINE = prefiltered(r"^\W*(?:[^\W\d]+\s+){0,2}[^\W\d]+\s*(?:[-:،,]\s*|\s+في\s+)$")
# 'date 2026-01-09 الرباط - ...', 'بتاريخ: 09/01/2026': a page that opens with its own date, labelled or not.
_DATE_LABEL = prefiltered(r"^\W*(?:(?:date|published|posted|تاريخ|التاريخ|بتاريخ|تاريخ النشر|نشر في|نشر)\s*[:-]?\s*)?$",
                         re.IGNORECASE)


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Changes whenever the extraction code or the reference seeds change (cache key)."""
    digest = hashlib.sha256(default_reference().fingerprint.encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass
class Sentence:
    index: int
    line_index: int
    char_start: int  # offset in the article text
    text: str
    norm: NormalizedText
    line_kind: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        a, b = self.norm.original_span(start, end)
        return self.char_start + a, self.char_start + b


@dataclass
class ArticleExtraction:
    article_id: str
    extractor_version: str
    published_date: dt.date | None
    published_source: str | None
    clock: ArticleClock
    focus_year: int | None
    sentences: list[dict] = field(default_factory=list)
    date_mentions: list[dict] = field(default_factory=list)
    entity_mentions: list[dict] = field(default_factory=list)
    event_candidates: list[dict] = field(default_factory=list)
    tally_claims: list[dict] = field(default_factory=list)

    def summary_row(self) -> dict:
        return {
            "article_id": self.article_id, "extractor_version": self.extractor_version,
            "published_date": self.published_date, "published_source": self.published_source,
            "clock_date": self.clock.date, "clock_precision": self.clock.precision,
            "clock_source": self.clock.source, "focus_year": self.focus_year,
            "sentence_count": len(self.sentences),
            "event_count": sum(1 for c in self.event_candidates if c["is_event"]),
            "tally_count": len(self.tally_claims),
        }


# A line that opens with a comma continues the one before it ('... في محاربة الإرهاب\n، غادر أمس ...').
_COMMA_LED_LINE = prefiltered(r"\n(?=[ \t]*[،,؛])")
# A timeline item's heading: an optional mark, a day (and its weekday, a second day, the year), a dash, a place.
_ITEM_HEADING = Prefiltered(re.compile(r"^\s*(?:\S\s+)?(?:[^\W\d]+\s+)?\d{1,2}(?:\s*و\s*\d{1,2})?\s+[^\W\d]+"
                                       r"(?:\s+\d{4})?\s*[–—-]\s*[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*$"))
# Text hard-wrapped for print, mail or a feed: a run of short lines, no blank between and no list
# marks, whose sentences run on across line ends until a full stop closes them.
_WRAP_WIDTH = 110  # characters; prose copied from a web page keeps a paragraph on one line
_WRAP_MIN_LINES = 4
_WRAP_MIN_CUTS = 3
_LIST_MARK = prefiltered(r"^\s*(?:[-•*–▪]|\d{1,2}[:.)])")
# A brief's headline on a page of briefs: quoted after a bullet, or after the time it was posted ('09:40 |').
# 'قلده الرئيس الفرنسي'، 'وشحته إسبانيا': decorated him, his pronoun the object.
_DECORATED_HIM_WORDS = "قلده|وشحه|منحه|قلدته|وشحته|منحته"
# A verb whose object is he, as a pronoun: 'عينه الملك'، 'أسند إليه'، 'وشحه'، 'استقبله ولي العهد'.
_ACTS_ON_HIM = prefiltered(rf"(?<!\w)[وف]?(?:{_DECORATED_HIM_WORDS}|عينه|كلفه|استقبله|خصه|(?:اسند|اسندت)\s+اليه)(?!\w)")
_STORY_HEADLINE = prefiltered(r"^\s*(?:[-•*–▪]\s*[\"«“]|[0-2]?\d:[0-5]\d\s*[|\-–])")
_LINE_END_PUNCTUATION = prefiltered(r"[.!?؟:؛،)\"»”]\s*$")


def _unwrapped(content: str) -> str:
    """The text with every line break that cuts a sentence made a space, so offsets stay those of the
    stored text: a line opening with a comma, and the breaks inside a hard-wrapped paragraph."""
    breaks = {match.start() for match in _COMMA_LED_LINE.finditer(content)}
    lines = _lines(content)
    # '③ الخميس 11 ماي – الرباط' over 'جلسة عمل مع رئيس الشرطة الإيطالية ...': a timeline item's day and place
    # head the line that tells it.
    breaks.update(offset + len(line) for (offset, line), (_next, following) in itertools.pairwise(lines)
                  if _ITEM_HEADING.match(line) and following.strip())
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and _wrapped_line(lines[end][1]):
            end += 1
        closing = max((i for i in range(start, end) if _SENTENCE_END_MARK.search(lines[i][1])), default=start)
        cut = [offset + len(line) for offset, line in lines[start:closing] if not _LINE_END_PUNCTUATION.search(line)]
        # Most lines of a wrapped paragraph end mid-sentence; a headline over one-line paragraphs is one.
        if end - start >= _WRAP_MIN_LINES and len(cut) >= _WRAP_MIN_CUTS and 2 * len(cut) > end - start:
            breaks.update(cut)
        start = max(end, start + 1)
    if not breaks:
        return content
    chars = list(content)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)


def _wrapped_line(line: str) -> bool:
    return bool(line.strip()) and len(line) <= _WRAP_WIDTH and len(line.split()) >= 2 and not _LIST_MARK.match(line)


def _lines(content: str) -> list[tuple[int, str]]:
    lines, offset = [], 0
    for line in content.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    return lines


def _classify_lines(lines: list[tuple[int, str]], norms: list[NormalizedText], grammar: DateGrammar,
                    reference: Reference) -> tuple[list[str], dt.date | None, int | None]:
    """Kind of each line (title, boilerplate, dateline, caption, prose), a dateline's date, and the
    prose line whose opening words are that dateline (its date is the article's, not an event's)."""
    kinds: list[str] = []
    dateline: dt.date | None = None
    lead_line: int | None = None
    title_norm = None
    seen_after_title = 0
    in_related_links = in_comments = False
    republished = redated = False
    for line_norm in norms:
        norm = line_norm.text.strip()
        in_comments = in_comments or (title_norm is not None and _COMMENTS_HEADING.match(norm) is not None)
        if in_comments:
            kinds.append("boilerplate")  # readers' comments under the page: their words, not its news
            continue
        if (republished and not redated and dateline is not None and _looks_like_dateline(norm)
                and (found := _full_date(norm, grammar)) is not None and found < dateline):
            # 'أعيد نشره يوم الجمعة 14 نونبر 2025' then 'مدريد – الثلاثاء 14 نونبر 2017': an old dispatch the
            # site runs again; its own dateline is when its 'أمس' and 'اليوم' were.
            dateline, redated = found, True
            kinds.append("dateline")
            continue
        republished = republished or _REPUBLISHED.search(norm) is not None
        if _NEWS_TICKER.match(norm):
            kinds.append("boilerplate")  # the site's latest-news list: other stories, other days
            continue
        if in_related_links and _BULLET.match(norm):
            # The items under 'اقرأ أيضا': the site's other stories, told by their headlines. They tell no news of
            # this page's, though their dates say when the site wrote around it.
            kinds.append("caption")
            continue
        in_related_links = bool(_RELATED_LINKS_HEADING.match(norm)) or (in_related_links and not norm)
        # A printed paper's header: 'الخميس - 7 شعبان 1443 هـ - 10 مارس 2022 مـ رقم العدد [15808]'.
        stamp = _PRINT_ISSUE.sub(" ", norm)
        if title_norm is None and norm and dateline is None and _looks_like_dateline(stamp) and (
                found := _lead_dateline(norm, grammar, reference, norms) or _date_stamp(stamp, grammar)):
            # A page that opens on its dateline alone ('الرباط – 1 يوليوز 2025'), its headline lost.
            dateline = found
            kinds.append("dateline")
            continue
        if title_norm is None and norm:
            title_norm = norm
            words = len(norm.split())
            headline = (words <= _TITLE_MAX_WORDS and not _INNER_SENTENCE_END.search(norm)
                        and not (words >= _LEAD_MIN_WORDS and _FULL_STOP_END.search(norm)))
            kinds.append("title" if headline else "prose")
            if not headline and dateline is None:
                dateline = _lead_dateline(norm, grammar, reference, norms)
                lead_line = len(kinds) - 1 if dateline else None
            continue
        if not norm:
            kinds.append("blank")
            continue
        seen_after_title += 1
        words = len(norm.split())
        if norm == title_norm:
            kinds.append("title_repeat")
        elif dateline is None and seen_after_title <= _DATELINE_SCAN_LINES and _looks_like_dateline(stamp) and (
                found := _full_date(norm, grammar)):
            dateline = found
            kinds.append("dateline")
        elif (dateline is None and ((":" in norm and _CLOCK_TIME.search(norm)) or stamp != norm)
              and _looks_like_dateline(stamp) and (found := _date_stamp(stamp, grammar))):
            # 'الجمعة 10 أكتوبر 2025 - 09:30' under the article: a stamp with its time is the page's; so is a printed
            # paper's with its issue number ('العدد 17089 - الخميس 2 يناير 2025م').
            dateline = found
            kinds.append("dateline")
        elif is_boilerplate_line(norm):
            kinds.append("boilerplate")
        elif _ARCHIVE_PHOTO.search(norm):
            kinds.append("caption")  # '[صورة أرشيفية] حموشي خلال استقباله ...': an old photo's caption, not news
        elif _RELATED_LINK_LINE.match(norm):
            kinds.append("caption")  # 'اقرأ أيضا | حموشي يستقبل ... (14 يناير 2025)': another story's headline
        elif words <= _SHORT_LINE_WORDS and not _TERMINAL.search(norm) and not _CONTINUING_PROSE.match(norm):
            # Headings and photo captions: short lines without sentence punctuation.
            kinds.append("caption")
        else:
            if dateline is None and "prose" not in kinds[1:]:
                dateline = _lead_dateline(norm, grammar, reference, norms)
                lead_line = len(kinds) if dateline else None
            elif lead_line is None and "prose" not in kinds[1:] and _dates_its_news_again(norm, grammar, reference):
                # Under the page's own stamp, 'الدوحة في 24 مايو /قنا/ اجتمع ...، اليوم، مع ...': the lead's
                # dateline, its year left out, is the dispatch's day; the news has its own date.
                lead_line = len(kinds)
            kinds.append("prose")
    return kinds, dateline, lead_line


# 'بدأت في 23 شتنبر وتستمر حتى 26 شتنبر 2024': a span written as two dates, the year given once, at its end.
_SPAN_TO = prefiltered(r"(?<!\w)(?:حتي|الي|و|الى)(?!\w)")
_SPAN_REACH = 40  # characters between a span's first date and its last


def _span_end_year(text: str, mentions: list[DateMention], position: int) -> int | None:
    """The year the next date states, when it closes a span that the date at `position` opens without one."""
    mention = mentions[position]
    if any(key in mention.parts for key in ("y", "y1", "y2")) or position + 1 >= len(mentions):
        return None
    following = mentions[position + 1]
    year = next((following.parts[key] for key in ("y", "y2", "y1") if key in following.parts), None)
    if (year is None or following.excluded or following.start - mention.end > _SPAN_REACH
            or not _SPAN_TO.search(text, mention.end, following.start)):
        return None
    return int(year)


# '[صورة أرشيفية]'، '(أرشيف - ماب)': a photo from the archive, told under its caption.
# 'أعيد نشره ضمن سلسلة "ذاكرة الموقع"'، 'من أرشيف الموقع'، 'ننشر هذه القصاصة كما صدرت في نسختها الأصلية'.
_REPUBLISHED = prefiltered(r"(?<!\w)(?:اعيد\s+نشر(?:ه|ها)|نعيد\s+(?:نشر|تقديم)\w*|من\s+(?:ال)?ارشيف"
                           r"|كما\s+صدر(?:ت)?\s+في)(?!\w)")
_ARCHIVE_PHOTO = prefiltered(r"(?<!\w)(?:صوره|الصوره)\s+(?:من\s+)?(?:ال)?ارشي[فڤ]\w*|\(\s*ارشيف(?!\w)")
# 'اقرأ أيضا:'، 'مواضيع ذات صلة': the heading of a list of links to the site's other stories.
_RELATED_LINKS_HEADING = prefiltered(r"(?:اقرا\s+(?:ايضا|كذلك|المزيد)|(?:مواضيع|مقالات|اخبار)\s+ذات\s+صله)\s*:?\s*$")
# 'اقرأ أيضا | حموشي يستقبل رئيس الشرطة الإيطالية (14 يناير 2025)'، 'اقرأ أيضا: ...': a link to another story, its
# headline on the heading's own line.
_RELATED_LINK_LINE = prefiltered(r"^(?:اقرا\s+(?:ايضا|كذلك)|(?:مواضيع|مقالات|اخبار)\s+ذات\s+صله)\s*[|:\-–—]\s*\S")
# 'تعليقات الزوار (3)'، 'تعليقات القراء'، 'التعليقات': the heading of the readers' comments, where the page's own
# text ends.
_COMMENTS_HEADING = prefiltered(r"^(?:ال)?تعليقات(?:\s+(?:ال)?(?:زوار|قراء|المتابعين))?\s*(?:\(\s*\d+\s*\))?\s*:?$")
# '- 22:32قراءة في الصحف المغربية ليوم الإثنين 21 أبريل 2025': an item of the site's news ticker.
_WORD = prefiltered(r"\w+")
_LETTER_WORD = prefiltered(r"[^\W\d_]\w*")
_NEWS_TICKER = prefiltered(r"^[-–•*]?\s*[0-2]?\d:[0-5]\d(?!\d)")


def _looks_like_dateline(norm: str) -> bool:
    """A byline/date line: short, no sentence, reporting nothing ('اورو مغرب7 نوفمبر 2024آخر تحديث :')."""
    # Words, not the separators between them ('نشر في : ... | بقلم :'), nor the numbers of its dates and times
    # ('نشر في: 30 يونيو 2025 - 08:45 | آخر تحديث: 30 يونيو 2025 - 09:10').
    return (len(_LETTER_WORD.findall(norm)) <= _DATELINE_WORDS
            and not (_SENTENCE_END_MARK.search(norm) and not _INITIAL_AT_END.search(norm))
            and not _PHOTO_LABEL.match(norm) and not find_triggers(norm))


# '| الرباط – أمين ك.': a byline's initial, its period no sentence's end.
_INITIAL_AT_END = prefiltered(r"(?<!\w)[^\W\d_]\.\s*$")


# '[صورة: حموشي ونظيره ...، الخميس 5 مارس 2020]': a photo's caption, dated by the picture, not the page's stamp.
_PHOTO_LABEL = prefiltered(r"^\W*(?:ال)?صور[هة]?\s*:")


def _told_as_plan(text: str, mention: DateMention) -> bool:
    phrase_start = max(text.rfind("،", 0, mention.start), text.rfind(",", 0, mention.start)) + 1
    return (dates_mod.says_future(text[phrase_start:mention.start])
            or _VOTED_TO_HOST.search(text, phrase_start, mention.start) is not None
            or _GAMES_HELD_BEFORE.search(text, max(0, phrase_start - _GAMES_REACH), mention.start) is not None)


# 'للألعاب، التي تُنظم من 26 يوليوز إلى 11 غشت': the days games or a tournament are held on, told in the present,
# are to come and are no engagement's ('التي نظمت من ...' is past; a session he attends, 'الدورة التي تنعقد من 4 إلى
# 7 نونبر', is his engagement's days).
_GAMES_HELD_BEFORE = prefiltered(
    r"(?<!\w)[لب]?(?:ال|لل)?(?:العاب|اولمبياد|مونديال|بطوله|كاس|منافسات|مباريات|نهاييات|تظاهره)(?:\s+\S+){0,2}?"
    r"\s*[،,]?\s*(?:التي|الذي)\s+(?:ست|س)?(?:تنظم|ينظم|تقام|يقام|تجري|يجري|تحتضنها|يحتضنها|تستضيفها|يستضيفها)"
    r"(?:\s+\S+){0,2}?\s+(?:من|بين|في|يوم|خلال)\s+$")
_GAMES_REACH = 40  # characters before the comma: the games' name


# 'صوتت الجمعية العامة لصالح احتضان مراكش للدورة 93 سنة 2025'، 'صوت المندوبون لفائدة احتضان مراكش لدورة سنة 2025':
# the year of the session voted for, to come (the vote itself is done).
_VOTED_TO_HOST = prefiltered(r"(?<!\w)(?:لصالح|لفايده)\s+(?:تنظيم|احتضان|استضافه)(?!\w)")


# What closes a dateline after its date: the agency's name and a dash ('13 أيار (بترا)-'، '18 أكتوبر 2022 (ومع) -').
_STAMP_END = prefiltered(r"\s*(?:\([^)]{1,30}\)|/[^/]{1,30}/)?\s*[-–]")


# The place a dateline opens with, before its date: 'الرباط '، 'نيودلهي - '، 'المنامة في '.
_STAMP_PLACE = prefiltered(r"^\W*(?:[^\W\d]+\s+){0,2}[^\W\d]+\s*(?:[-:،,]\s*|في\s+)?$")


def _is_dateline_stamp(text: str, mention: DateMention) -> bool:
    return bool(_STAMP_PLACE.match(text[:mention.start]) and _STAMP_END.match(text, mention.end))


# The mark after a wire's dateline ('1 أيار (بترا) -'، '(و.م.ع)'): which agency, news_agencies.csv says.
# The Gulf agencies set it between slashes: 'أبوظبي في 23 سبتمبر/ وام/'، 'الدوحة في 24 مايو /قنا/'.
_AGENCY_MARK = prefiltered(r"\s*(?:\((?P<agency>[^)]{1,30})\)|/\s*(?P<slashed>[^/\d]{1,30}?)\s*/)")


def _agency_of(mark: re.Match) -> str:
    return mark.group("agency") or mark.group("slashed")


def _wire_countries(text: str, reference: Reference) -> list[str]:
    """The countries of the known news agencies whose marks the text carries, in order; a dateline line may end
    on the bare mark ('الرياض 11 ربيع الآخر 1443 هـ الموافق 16 نوفمبر 2021 م واس')."""
    countries = [country for mark in _AGENCY_MARK.finditer(text)
                 if (country := reference.agency_country(_agency_of(mark))) is not None]
    last = _LAST_WORD.search(text)
    if (not countries and last is not None and len(_WORD.findall(text)) <= _DATELINE_WORDS
            and (country := reference.agency_country(last.group())) is not None):
        countries.append(country)
    return countries


_LAST_WORD = prefiltered(r"[^\W\d]+(?=\W*$)")


def _dispatch_lines(kinds: list[str], norms: list[NormalizedText], sentences: list[Sentence]) -> list[str]:
    """The lines a dispatch says where and by whom it was filed in: its dateline's (with the place line right
    under it, 'الأربعاء 17 أيلول 2025' over 'عمّان - الرأي', or right above it, 'الرياض - عبدالله الشهري' over
    'الأربعاء 25 ربيع الأول 1447هـ'), then its lead's."""
    lines = []
    if "dateline" in kinds:
        at = kinds.index("dateline")
        above = _nearest_line(kinds, at, -1)
        if above is not None and _is_place_line(kinds, norms, above):
            lines.append(norms[above].text)
        lines.append(norms[at].text)
        under = _nearest_line(kinds, at, 1)
        if under is not None and _is_place_line(kinds, norms, under):
            lines.append(norms[under].text)
    over_the_lead = _place_line_over_the_lead(kinds, norms, sentences)
    if over_the_lead is not None and over_the_lead not in lines:
        lines.append(over_the_lead)
    return lines + [s.norm.text for s in sentences if s.line_kind == "prose"][:1]


def _place_line_over_the_lead(kinds: list[str], norms: list[NormalizedText], sentences: list[Sentence]) -> str | None:
    """'عمّان - البوابة' right over the lead, the headline between it and the dateline: where the lead was filed."""
    lead = next((s for s in sentences if s.line_kind == "prose"), None)
    above = _nearest_line(kinds, lead.line_index, -1) if lead else None
    return norms[above].text if above is not None and _is_place_line(kinds, norms, above) else None


def _nearest_line(kinds: list[str], at: int, step: int) -> int | None:
    """The nearest line to line `at` that is not blank, above it (`step` -1) or under it (1)."""
    return next((i for i in range(at + step, len(kinds) if step > 0 else -1, step) if kinds[i] != "blank"), None)


def _is_place_line(kinds: list[str], norms: list[NormalizedText], index: int) -> bool:
    """'عمّان - الرأي'، 'الكويت - المحرر الأمني': a short caption line that opens with a place."""
    return (kinds[index] == "caption" and len(norms[index].text) <= _PLACE_LINE_CHARS
            and (_FILED_FROM.match(norms[index].text) or _FILED_FROM_AFTER.match(norms[index].text)) is not None)


_PLACE_LINE_CHARS = 40  # 'عمّان - الرأي': a place and an outlet, no more
_THE_KINGDOM = lexicon_key("المملكة")
_HIS_FORCE = lexicon_key("المديرية العامة للأمن الوطني")


@lru_cache(maxsize=8)
def _countries_named_as(reference: Reference, key: str) -> frozenset[str]:
    """The foreign countries one of whose names extends `key` (a lexicon key): 'المملكة الأردنية' for the
    kingdoms; 'المديرية العامة للأمن الوطني الجزائرية' (organizations.csv) for the forces named like his."""
    return frozenset(alias.iso2 for name, alias in reference.aliases.items()
                     if name.startswith(key + " ") and alias.iso2 not in (None, HOME))


_LEAD_SEARCH_SENTENCES = 2  # prose sentences in which a dispatch's dated lead is sought


def _dispatching_kingdom(sentences: list[Sentence], found: dict[int, list[DateMention]], named: set[str],
                         reference: Reference) -> str | None:
    """The kingdom whose own agency filed the page from home ('عمان 1 أيار (بترا) - اختتم ... زيارة رسمية
    إلى المملكة'): its copy calls its own country 'the Kingdom', which in Moroccan copy is Morocco."""
    # The lead, under the agency's own name line if the page kept it ('وكالة الأنباء الأردنية (بترا)').
    opening = next((s for s in [s for s in sentences if s.line_kind == "prose"][:_LEAD_SEARCH_SENTENCES]
                    if found[s.index]), None)
    if opening is None:
        return None
    text, date = opening.norm.text, found[opening.index][0]
    mark = _AGENCY_MARK.match(text, date.end)
    if (mark is None or reference.agency_country(_agency_of(mark)) == HOME
            or not _is_dateline_stamp(text, date)):
        return None
    # 'عمان 1 أيار (بترا)': Amman, as the Jordanian agency's mark says, not Oman.
    country = _opening_country(text, reference, named)
    return country if country in _countries_named_as(reference, _THE_KINGDOM) else None


# 'بالمملكة المغربية الشقيقة'، 'المغرب الشقيق': Morocco as a sister state, in the voice of another state's copy;
# 'عاد مدير الأمن العام إلى أرض الوطن بعد زيارة عمل إلى المملكة المغربية': one whose home is not Morocco came
# home from there, told in his own country's voice.
_MOROCCO = r"(?:(?:ب|ل)?المملكه\s+المغربيه|(?:ب|ل)?المغرب)"
_BROTHERLY_MOROCCO = prefiltered(
    rf"(?<!\w){_MOROCCO}\s+(?:الشقيقه|الشقيق)(?!\w)"
    rf"|(?<!\w)(?:عاد|يعود)\s+[^.،]{{0,100}}?الي\s+ارض\s+الوطن(?!\w)[^.]{{0,60}}?"
    rf"(?:قادما\s+من|زياره\s+(?:\S+\s+){{0,2}}?(?:الي|ل))\s*{_MOROCCO}(?!\w)")


def _calls_morocco_a_sister(sentences: list[Sentence]) -> bool:
    """Whether the page speaks of Morocco as another state's press does (_BROTHERLY_MOROCCO)."""
    return any(_BROTHERLY_MOROCCO.search(s.norm.text) for s in sentences)


def _brotherly_kingdom(sentences: list[Sentence], named: set[str], reference: Reference, sister: bool) -> str | None:
    """The one kingdom a page names when it calls Morocco a sister state ('استقبل وزير الداخلية ... المدير العام
    للأمن الوطني بالمملكة المغربية الشقيقة، الذي يزور المملكة حاليا'): a Gulf or Jordanian paper writing in its
    own voice, whose 'المملكة' is its own country. Not when it names several kingdoms (then which is unsaid), nor
    when it was filed from Morocco ('الرباط في 15 أبريل /قنا/': a republic's or emirate's agency there, whose
    'المملكة' is Morocco)."""
    if not sister:
        return None
    lead = next((s for s in sentences if s.line_kind == "prose"), None)
    if lead is not None and _opening_country(lead.norm.text, reference, named) == HOME:
        return None
    kingdoms = named & _countries_named_as(reference, _THE_KINGDOM)
    return next(iter(kingdoms)) if len(kingdoms) == 1 else None


def _place_lines(kinds: list[str], norms: list[NormalizedText], sentences: list[Sentence]) -> list[str]:
    """The short lines right above and right under the dateline ('الكويت - المحرر الأمني' over
    'الأربعاء 11 شعبان 1445 هـ - 21 فبراير 2024'), and the dateline itself when it opens with a place
    ('عمّان – الخميس 23 تشرين الثاني 2017 – (خاص)'), then the place line over the lead: where a paper says it wrote
    from."""
    placed = []
    if "dateline" in kinds:
        at = kinds.index("dateline")
        above, under = _nearest_line(kinds, at, -1), _nearest_line(kinds, at, 1)
        placed = [norms[i].text for i in (above, under) if i is not None and _is_place_line(kinds, norms, i)]
        placed += [norms[at].text] if _FILED_FROM.match(norms[at].text) else []
    over_the_lead = _place_line_over_the_lead(kinds, norms, sentences)
    return placed + ([over_the_lead] if over_the_lead is not None and over_the_lead not in placed else [])


def _sister_press_home(places_filed: list[str | None]) -> str | None:
    """The foreign country a paper that calls Morocco a sister state wrote from ('الكويت - المحرر الأمني' over
    'عاد إلى البلاد ... قادما من المملكة المغربية الشقيقة'): that country's press in its own voice, whose bare
    titles ('رئيس جهاز أمن الدولة') are its own officials, as in its national agency's copy."""
    filed = next((country for country in places_filed if country is not None), None)
    return None if filed == HOME else filed


def _filed_in_a_kingdom(dispatch: list[str], named: set[str], reference: Reference) -> str | None:
    """The foreign kingdom a page was filed in by its own press ('عمّان – الثلاثاء 26 تشرين الثاني 2019' over
    'غادر عمّان ... مختتما زيارة رسمية للمملكة'): its copy calls its own country 'the Kingdom'. Not the Moroccan
    agency's dispatch from there, whose 'المملكة' stays Morocco."""
    if not dispatch or HOME in _wire_countries(dispatch[0][:_DATELINE_MARK_REACH], reference):
        return None
    country = next((c for line in dispatch if (c := _opening_country(line, reference, named)) is not None), None)
    return country if country in _countries_named_as(reference, _THE_KINGDOM) else None


def _as_kingdom(mention: PlaceMention, kingdom: str) -> PlaceMention:
    """'المملكة' alone, in a kingdom's own dispatch, is that kingdom."""
    if mention.alias.kind != "home" or mention.alias.key != _THE_KINGDOM:
        return mention
    return replace(mention, alias=replace(mention.alias, iso2=kingdom, kind="short_name"))


# The place a page is filed from, before its date or a dash: 'تونس – 07 نوفمبر 2023'، 'نواكشوط، 16/10/2024'،
# 'الجزائر - شرع المدير العام ...'.
_FILED_FROM = prefiltered(r"^\W*((?:[^\W\d]+\s+){0,2}[^\W\d]+)\s*(?:[-–—،,:]|(?=\d))")
# 'صحراء اليوم – نواكشوط': a short line that names the outlet, then where it filed from.
_FILED_FROM_AFTER = prefiltered(r"^\W*(?:[^\W\d]+\s+){0,2}[^\W\d]+\s*[-–—]\s*((?:[^\W\d]+\s+)?[^\W\d]+)\W*$")


def _filed_in(lines: list[str], openings: list[str | None], reference: Reference) -> str | None:
    """The country a page was filed in, by its dispatch lines' opening places (`openings`, those of `lines`; not
    the Moroccan agency's dispatches from abroad)."""
    for text, country in zip(lines, openings, strict=True):
        if HOME in _wire_countries(text[:120], reference):
            continue
        if country is not None:
            return country
    return None


def _filed_where_his_title_is_theirs(filed_in: str | None, reference: Reference) -> str | None:
    """The country a page was filed in (_filed_in), when its force bears his force's name: there the bare
    'المدير العام للأمن الوطني' is that country's own chief (Algeria, Tunisia, Mauritania: their press calls its
    own chief by his bare title)."""
    return filed_in if filed_in in _countries_named_as(reference, _HIS_FORCE) else None


_FILED_FROM_KINDS = frozenset({"capital", "city", "short_name", "name", "ambiguous"})  # the places a page files from


def _places_filed_from(opening: re.Match | None, reference: Reference) -> list[PlaceMention]:
    """The places a dispatch line's matched place words name."""
    return [m for m in find_places(opening.group(1), reference) if m.alias.kind in _FILED_FROM_KINDS] if opening else []


# 'لندن – الرباط: «الشرق العربي»': a paper's seat, then the place its correspondent filed from, before the colon.
_THEN_FILED_FROM = prefiltered(r"^\W*(?:[^\W\d]+\s+){0,2}[^\W\d]+\s*[-–—]\s*((?:[^\W\d]+\s+){0,2}[^\W\d]+)\s*:")


def _opening_country(text: str, reference: Reference, named: set[str]) -> str | None:
    """The country of the place a dispatch line opens with ('لندن – الرباط:' files from the second); 'عمان' under
    Petra's mark is Amman."""
    found = (_places_filed_from(_THEN_FILED_FROM.match(text), reference)
             or _places_filed_from(_FILED_FROM.match(text), reference))
    if not found and len(text) <= _PLACE_LINE_CHARS:
        found = _places_filed_from(_FILED_FROM_AFTER.match(text), reference)  # 'صحراء اليوم – نواكشوط'
    if not found:
        return None
    agencies = _wire_countries(text[:_DATELINE_MARK_REACH], reference)
    if agencies and agencies[0] in found[0].alias.alternatives:
        return agencies[0]
    return resolve_ambiguous(found[:1], named).get(0, found[0].iso2)


def _copy_home(lines: list[str], reference: Reference) -> str | None:
    """The foreign country whose national agency wrote the copy, by the mark its dispatch lines carry ('الرباط 24
    نيسان 2019 (بترا)-'): that copy calls its own officials by bare titles ('بحث مدير الأمن العام')."""
    for text in lines:
        if countries := _wire_countries(text[:_DATELINE_MARK_REACH], reference):
            return None if countries[0] == HOME else countries[0]
    return None


_DATELINE_MARK_REACH = 80  # characters of a dateline or lead in which an agency's mark closes the dateline


def _wire_lead(sentences: list[Sentence], kinds: list[str], norms: list[NormalizedText], lead_line: int | None,
               clock: ArticleClock, grammar: DateGrammar, reference: Reference) -> int | None:
    """The opening sentence of a dispatch under its place and day ('الرباط 23/01/2018 (ومع) - أجرى ...', or
    'أبوظبي - 11 مارس 2019' on a line of its own above it): what it tells undated is that day's news."""
    if clock.source != "dateline" or clock.precision != dates_mod.DAY:
        return None
    if lead_line is None:
        if "dateline" not in kinds:
            return None
        line = kinds.index("dateline")
        if _lead_dateline(norms[line].text, grammar, reference, norms) is None:
            return None  # a site's date stamp, not a dispatch's place and day
        lead_line = next((s.line_index for s in sentences if s.line_kind == "prose" and s.line_index > line), None)
    return next((s.index for s in sentences if s.line_index == lead_line), None)


def _told_as_today(sentences: list[Sentence], found: dict[int, list[DateMention]],
                   grammar: DateGrammar) -> dt.date | None:
    """'أجرى ... اليوم الثلاثاء بالرباط مباحثات' under a photo captioned 'الثلاثاء 4 فبراير 2020', or 'شارك
    أمس الخميس' under the headline 'شريط الأخبار - الجمعة 8 نونبر 2024': on a page with no date of its own,
    the day a caption or the headline gives, when the text calls that day today or the day before yesterday."""
    for s in sentences:
        if s.line_kind not in ("caption", "title") or not found[s.index]:
            continue
        day = _full_date(s.norm.text, grammar)
        if day is None:
            continue
        today = re.compile(r"(?<!\w)(?:اليوم\s+%s|امس\s+%s)(?!\w)" % (
            re.escape(_weekday_name(day)), re.escape(_weekday_name(day - dt.timedelta(days=1)))))
        if any(today.search(p.norm.text) for p in sentences if p.line_kind == "prose"):
            return day
    return None


def _weekday_name(day: dt.date) -> str:
    return next(name for name, number in dates_mod.WEEKDAYS.items() if number == day.weekday())


def _lead_date(norm: str, grammar: DateGrammar, reference: Reference) -> DateMention | None:
    """The date a lead paragraph opens with, after its place name (the news agencies' dateline)."""
    for mention in grammar.find(norm[:80]):
        prefix = norm[:mention.start]
        places = find_places(prefix, reference)
        # 'الرباط 07/01/2019 (ومع) -': the agency's mark and dash after the date make it a dateline; so does the
        # agency's bare mark closing the line ('الرياض 11 ربيع الآخر 1443 هـ الموافق 16 نوفمبر 2021 م واس').
        if ((_LEAD_DATELINE.match(prefix) or _is_dateline_stamp(norm, mention)
             or (_STAMP_PLACE.match(prefix) and _wire_countries(norm, reference)))
                and places and places[0].alias.kind in _DATELINE_PLACES
                and not _LETTER_WORD.search(prefix, 0, places[0].start)) or (
                _DATE_LABEL.match(prefix) and mention.form in ("iso", "numeric")):
            # ('احتضنت الرباط، يوم الثلاثاء 12 مارس 2024، أشغال ...': a lead whose verb comes before the place
            # tells where and when the news was, not where it was filed.)
            return mention
        break
    return None


def _lead_dateline(norm: str, grammar: DateGrammar, reference: Reference,
                   page: list[NormalizedText]) -> dt.date | None:
    """The day a lead paragraph's dateline gives: stated in full, or a day and month ('أبوظبي في 23 سبتمبر/
    وام/') whose year the lead's own weekday fixes ('استقبل ...، اليوم الثلاثاء، ...'), near the years the
    page's lines (`page`) tell of."""
    mention = _lead_date(norm, grammar, reference)
    if mention is None:
        return None
    return (_full_date(norm[mention.start:mention.end], grammar)
            or _day_of_the_named_weekday(norm, mention, grammar, page))


def _dates_its_news_again(norm: str, grammar: DateGrammar, reference: Reference) -> bool:
    """Whether a lead opens with a dateline of a day and month only, and dates its news after it."""
    mention = _lead_date(norm, grammar, reference)
    return (mention is not None and _day_and_month_only(mention)
            and any(m.start >= mention.end for m in grammar.find(norm)))


def _day_and_month_only(mention: DateMention) -> bool:
    """'23 سبتمبر': a day of a month, with no year nor weekday."""
    return mention.form == "day" and set(mention.parts) == {"d1", "m1"}


def _day_of_the_named_weekday(norm: str, mention: DateMention, grammar: DateGrammar,
                              page: list[NormalizedText]) -> dt.date | None:
    """The day a dateline's day and month fall on the weekday its line calls today, in the first such year
    from the latest the page tells of (a page is written no earlier), or, telling of none, the latest up to
    today: agencies leave the year out of their datelines."""
    if not _day_and_month_only(mention):
        return None
    named = next((m.parts.get("wd") or m.parts.get("wd2") for m in grammar.find(norm)
                  if m.form == "today" and (m.parts.get("wd") or m.parts.get("wd2"))), None)
    weekday = dates_mod.WEEKDAYS.get(named) if named else None
    month = grammar.month_number(mention.parts["m1"])
    if weekday is None or month is None:
        return None
    today = dt.date.today()
    days = []
    for year in range(today.year, today.year - _WEEKDAY_YEARS_BACK, -1):
        with suppress(ValueError):
            day = dt.date(year, month, int(mention.parts["d1"]))
            if day.weekday() == weekday and day <= today:
                days.append(day)
    told = [year for year in dates_mod.explicit_years([m for line in page for m in grammar.find(line.text)])
            if year <= today.year]
    if told:
        return min((day for day in days if day.year >= max(told)), default=None)
    return max(days, default=None)


_WEEKDAY_YEARS_BACK = 25  # how far back a yearless dateline's weekday is matched


# A site's stamp in English or French: 'تاريخ النشر: 22nd, May 2024 GMT'، 'May 22, 2024'، 'jeudi 17 novembre 2016'.
_ENGLISH_DAY = prefiltered(r"(?<!\w)(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th|er)?,?\s+(?P<m>[^\W\d_]+)"
                          r"|(?P<m2>[a-z]+)\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?),?\s+(?P<y>(?:19|20)\d\d)(?!\d)")


# Searched only in lines that hold a ':': opening with a lookbehind, it is tried at every character.
_CLOCK_TIME = prefiltered(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")
# What a site's date stamp holds besides the date: '02:15 م'، '- 11:40'، 'هـ'، 'الموافق', and its labels
# ('نشر يوم ... على الساعة 18:20'، 'آخر تحديث').
# A paper's issue and volume numbers in its printed header: 'رقم العدد [15808]'، 'السنة 143 العدد 48198'.
_PRINT_ISSUE = prefiltered(r"(?<!\w)(?:(?:رقم\s+)?العدد|السنه)\s*\[?\d+\]?")
_STAMP_FILLER = prefiltered(
    r"\d{1,2}:\d{2}(?::\d{2})?|(?<!\w)(?:%s|[مص]|ه|مساء|صباحا|الموافق|gmt|توقيت|نشر|نشرت|نشر في|بتاريخ|تاريخ|النشر|"
    r"اخر|تحديث|التحديث|يوم|في|علي|الساعه)(?!\w)|[^\w]+" % "|".join(map(re.escape, dates_mod.WEEKDAYS)))


def _date_stamp(norm: str, grammar: DateGrammar) -> dt.date | None:
    """The day of a line that is nothing but a site's date stamp ('الخميس، 13 مارس 2025 02:15 م',
    'الثلاثاء 17 شوال 1446 هـ'): the page's own date, wherever the page puts it."""
    mentions = grammar.find(norm)
    if not mentions:
        return None
    rest = "".join(norm[end:start] for end, start in zip([0] + [m.end for m in mentions],
                                                         [m.start for m in mentions] + [len(norm)], strict=True))
    return _full_date(norm, grammar) if not _STAMP_FILLER.sub("", rest) else None


def _full_date(norm: str, grammar: DateGrammar) -> dt.date | None:
    resolver = DateResolver(grammar, ArticleClock(None, None, "unknown"))
    for mention in grammar.find(norm):
        stated_year = any(key in mention.parts for key in ("y", "y1", "hy"))
        if mention.form in ("numeric", "iso", "day", "hijri") and stated_year:
            resolved = resolver.resolve(mention)
            if resolved.precision == dates_mod.DAY:
                return resolved.start_date
    for match in _ENGLISH_DAY.finditer(norm):
        month = grammar.post_months.get(match["m"] or match["m2"])
        if month is not None:
            with suppress(ValueError):
                return dt.date(int(match["y"]), month, int(match["d"] or match["d2"]))
    return None


def _opens_its_line(sentence: Sentence, lines: list[tuple[int, str]]) -> bool:
    """Whether the sentence is the first of its line, after the line's list mark ('3. الثلاثاء 25 يونيو: ...')."""
    offset, line = lines[sentence.line_index]
    mark = _LIST_MARK.match(line)
    return sentence.char_start - offset <= (mark.end() + 2 if mark else len(line) - len(line.lstrip()))


# 'وإلى جانب ذلك'، 'وإلى شبكات التزوير': 'and to' folds to 'والي', a wali's title; only its spelling (a hamza under
# the alef, or a final alef maqsura) tells the preposition.
_AND_TO = prefiltered(r"[وف](?:إل[ىي]|ال[ى])")


def _as_written(sentence: Sentence, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions but the titles whose original spelling is another word that folds to theirs."""
    return [m for m in mentions if m.alias.kind != "title"
            or not _AND_TO.fullmatch(sentence.text, *sentence.norm.original_span(m.start, m.end))]


def _as_vocalized(sentence: Sentence, mentions: list[PlaceMention], resolved: dict[int, str | None]
                  ) -> dict[int, str | None]:
    """The countries of ambiguous names, where their spelling as written is vocalized: 'عمّان' (Amman) and
    'عُمان' (Oman) fold to one word, and only the original says which (vocalized_aliases.csv)."""
    for position, mention in enumerate(mentions):
        if mention.alias.vocalized:
            start, end = sentence.norm.original_span(mention.start, mention.end)
            written = sentence.text[start:end]
            resolved[position] = next((iso2 for spelling, iso2 in mention.alias.vocalized
                                       if spelling in _with_marks_of(spelling, written)), resolved[position])
    return resolved


def _vocalized_countries(content: str, reference: Reference) -> set[str]:
    """The countries the page names by a vocalized spelling of an ambiguous name, wherever it stands."""
    return {iso2 for spelling, iso2, marks in _vocalized_spellings(reference)
            if any(mark in content for mark in marks) and spelling in _with_marks_of(spelling, content)}


@lru_cache(maxsize=8)
def _vocalized_spellings(reference: Reference) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Each vocalized spelling of the alias seeds, its country and its vowel marks."""
    return tuple((spelling, iso2, frozenset(ch for ch in spelling if unicodedata.combining(ch)))
                 for alias in reference.aliases.values() for spelling, iso2 in alias.vocalized)


def _with_marks_of(spelling: str, written: str) -> str:
    """`written` with only the vowel marks `spelling` uses: 'عمَّان' holds 'عمّان' whatever else it marks."""
    marks = {ch for ch in spelling if unicodedata.combining(ch)}
    return "".join(ch for ch in written if not unicodedata.combining(ch) or ch in marks)


def _sentences(lines: list[tuple[int, str]], norms: list[NormalizedText], kinds: list[str]) -> list[Sentence]:
    sentences: list[Sentence] = []
    for line_index, ((offset, line), kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind not in ("prose", "caption", "title"):
            continue
        start = 0
        for match in list(_SENTENCE_END.finditer(line)) + [None]:
            end = match.start(1) if match else len(line)
            piece = line[start:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                text = piece.strip()
                norm = normalize_part(norms[line_index], line, start + lead, start + lead + len(text))
                sentences.append(Sentence(len(sentences), line_index, offset + start + lead, text, norm, kind))
            if match is None:
                break
            start = match.end()
    return sentences


def extract_article(article_id: str, content: str, published: dt.date | None = None,
                    reference: Reference | None = None, url: str | None = None) -> ArticleExtraction:
    reference = reference or default_reference()
    grammar = _grammar(reference)
    lines = _lines(_unwrapped(content))
    norms = [normalize(line) for _offset, line in lines]  # once per line: its sentences are slices of it
    kinds, dateline, lead_line = _classify_lines(lines, norms, grammar, reference)
    url_date = dates_mod.date_in_url(url) if url else None
    published_source = "metadata" if published else ("url" if url_date else ("dateline" if dateline else None))
    published = published or url_date or dateline
    sentences = _sentences(lines, norms, kinds)

    # 'التي ستعقد بمدينة مراكش في نونبر 2025': a date the words before it (back to the comma) tell as
    # to come dates a plan, never the engagement of the clause, nor the page's own year.
    found = {s.index: [replace(m, is_future=True) if _told_as_plan(s.norm.text, m) else m
                       for m in grammar.find(s.norm.text)] for s in sentences}
    opening = next((s for s in sentences if s.line_index == lead_line), None)
    if opening is not None and found[opening.index]:
        # 'الرباط - 14 مارس 2024 (و م ع) - استقبل ...': the opening date says when it was written.
        found[opening.index][0] = replace(found[opening.index][0], excluded="dateline")
    all_found = [m for s in sentences if s.line_kind != "title" for m in found[s.index]]
    # No page is written after the run: a later year is a plan's ('استراتيجية 2025-2029'), never the
    # year that 'الجاري' or a weekday of the page's own week belongs to.
    explicit = [year for year in dates_mod.explicit_years([m for ms in found.values() for m in ms])
                if year <= dt.date.today().year]
    reference_year = max(explicit) if explicit else None
    tokens_by_sentence = {s.index: tokenize(s.norm.text) for s in sentences}
    places = {s.index: _as_written(s, find_places(s.norm.text, reference, tokens_by_sentence[s.index]))
              for s in sentences}
    named_bodies: dict[str, Alias] = {}  # the international bodies named so far: 'الجامعة' after 'جامعة نايف'
    for s in sentences:
        places[s.index] = refer_back_to_bodies(s.norm.text, tokens_by_sentence[s.index], places[s.index],
                                               named_bodies, reference)
        named_bodies.update((m.alias.agency, m.alias) for m in places[s.index]
                            if m.alias.kind == "organization" and m.alias.agency)
    sister = _calls_morocco_a_sister(sentences)  # 'بالمملكة المغربية الشقيقة': another state's paper
    dispatch = _dispatch_lines(kinds, norms, sentences)
    # What an ambiguous name is read against: the countries the page names plainly, in a vocalized spelling
    # anywhere ('عمّان - الرأي' over '... في عمان': Amman) or by the mark of the agency that filed it ('(بترا)').
    also_named = _vocalized_countries(content, reference) | {
        country for line in dispatch for country in _wire_countries(line[:_DATELINE_MARK_REACH], reference)}
    named = named_countries([m for s in sentences for m in places[s.index]]) | also_named
    if (kingdom := (_dispatching_kingdom(sentences, found, named, reference)
                    or _brotherly_kingdom(sentences, named, reference, sister)
                    or _filed_in_a_kingdom(dispatch, named, reference))) is not None:
        places = {index: [_as_kingdom(m, kingdom) for m in mentions] for index, mentions in places.items()}
    # Whom the article names in office, and when they held it (Hassad, interior minister 2013-2017).
    in_office = office_years([m for s in sentences for m in places[s.index]])
    url_month = dates_mod.month_in_url(url) if url and not published else None
    posts = [day for s in sentences for day in grammar.embedded_post_dates(s.norm.text)]
    if published:
        clock = ArticleClock(published, dates_mod.DAY, published_source or "metadata", reference_year)
    elif url_month:
        clock = ArticleClock(url_month, dates_mod.MONTH, "url_month", reference_year)
    elif (today := _told_as_today(sentences, found, grammar)) is not None:
        clock = ArticleClock(today, dates_mod.DAY, "caption_or_headline", reference_year)
    elif posts:
        # A page that embeds a post was written on or after its date, most often within days: its month.
        clock = ArticleClock(max(posts).replace(day=1), dates_mod.MONTH, "embedded_post", reference_year)
    elif (now := _writers_month(sentences, found, grammar)) is not None:
        clock = ArticleClock(now, dates_mod.MONTH, "stated_now", reference_year)
    else:
        clock = dates_mod.infer_clock(all_found, grammar, reference_year, reference.tenure_start, in_office)
    # The headline and the opening sentence say which year a review is about.
    lead_sentences = ([s for s in sentences if s.line_kind == "title"]
                      + [s for s in sentences if s.line_kind == "prose"][:1])
    lead = " ".join(s.norm.text for s in lead_sentences)
    focus = dates_mod.focus_year(lead)
    if focus is not None and clock.latest_possible is not None and focus > clock.latest_possible.year:
        focus = None  # 'مراكش تحتضن الجمعية العامة سنة 2025' on a page of 2023: a plan's year, not the one reviewed
    if focus is not None and focus < reference.tenure_start:
        focus = None  # 'مئوية المنظمة التي تأسست سنة 1923': a founding's year, no year of his reviewed

    result = ArticleExtraction(article_id, extractor_version(), published, published_source, clock, focus)
    resolver = DateResolver(grammar, clock, focus, reference.tenure_start, in_office,
                            focus_month=_reviewed_month([m for s in lead_sentences for m in found[s.index]],
                                                        grammar, clock))
    named = named_countries([m for s in sentences for m in places[s.index]]) | also_named
    resolved_by_sentence = {s.index: _as_vocalized(s, places[s.index], resolve_ambiguous(places[s.index], named))
                            for s in sentences}

    last_line_year: dict[int, int] = {}
    accepted: list[dict] = []
    openings = [_opening_country(text, reference, named) for text in dispatch]  # where each says it was filed
    filed_in = _filed_in(dispatch, openings, reference)
    abroad = _filed_where_his_title_is_theirs(filed_in, reference)
    copy_home = _copy_home(dispatch, reference) or (_sister_press_home(
        [_opening_country(text, reference, named) for text in _place_lines(kinds, norms, sentences)])
        if sister else None)
    titles_abroad = titles_held_abroad(places[s.index] for s in sentences)
    filed_abroad = filed_in if filed_in != HOME else None
    actors_by_sentence = {s.index: find_actors(places[s.index], tokens_by_sentence[s.index], abroad, copy_home,
                                               titles_abroad, filed_abroad)
                          for s in sentences}
    # A lead that reports the event before naming him ('انطلقت أشغال ...' then 'وفي كلمته، ... حموشي')
    # is still about him: the principal is the one the article names or titles anywhere. A page
    # that names only his bodies ('رشحت المديرية العامة للأمن الوطني فلانا') is about them.
    # Named only in background ('ويذكر أن حموشي كان قد شارك في دورة سابقة'), he is not the story's.
    # Named only as the one a deputy stood in for ('ألقى كلمة نيابة عن المدير العام ...'), he is not its either.
    # Named as the head of a body the sentence is about ('المكتب ... التابع للمديرية، التي يشرف عليها عبد اللطيف
    # الحموشي'), only in a plan ('زيارة ... مع المدير العام للأمن الوطني المغربي خلال شهر أفريل القادم'), as the
    # one greetings came from ('ونقل رئيس الوفد المغربي تحيات حموشي') or as one absent, neither.
    story = _Story(next((a.principal_id for s in sentences if not _TOLD_AS_PAST.search(s.norm.text)
                         and not dates_mod.future_marked(s.norm.text)
                         for a in _but_his_mentions_as_no_party(s.norm.text, actors_by_sentence[s.index])
                         if a.principal_id and a.principal_role != "body"
                         and not _stood_in_for(s.norm.text, a, actors_by_sentence[s.index])), None))
    story.copy_home = copy_home
    story.filed_abroad = filed_abroad
    story.filed_at_home = filed_in == HOME
    # A foreign agency's copy filed from its own country ('الرياض ... واس'), not from Rabat ('الرباط 15 تشرين الأول
    # (بترا)'): there its news took place.
    story.copy_at_home = copy_home is not None and copy_home == next((c for c in openings if c is not None), None)
    story.wire_lead = _wire_lead(sentences, kinds, norms, lead_line, clock, grammar, reference)
    story.first_prose = next((s.index for s in sentences if s.line_kind == "prose"), None)
    headlines: list[_Scene] = []
    another_led = False  # has the page said that another led Morocco's delegation to the session it told?
    list_context: Actor | None = None  # whom the page spoke of just before its current list of items
    his_headline: int | None = None  # the title line whose first part named him
    counted_before: int | None = None  # the last sentence that claimed a count
    region_before: str | None = None  # the last region the story named, headlines included
    statement_day: dt.date | None = None  # the day the last statement the page quotes was put out
    page_day = clock.day
    for s in sentences:
        mentions: list[DateMention] = []
        resolver.new_sentence()
        # 'الدورة 92 للجمعية العامة للأنتربول ... من 4 إلى 7 نونبر الجاري': the session says the year.
        session = find_session(tokens_by_sentence[s.index], places[s.index], reference)
        sentence_triggers = find_triggers(s.norm.text, tokens_by_sentence[s.index])
        statement_told_here = False
        dispatched = (_lead_dateline(s.norm.text, grammar, reference, norms)
                      if page_day is not None and s.line_kind == "prose" and _opens_its_line(s, lines) else None)
        dispatched_before = dispatched is not None and page_day is not None and dispatched < page_day
        if dispatched_before:
            # 'باريس 7 مارس 2025 (أ ف ب) - استقبل ... أمس الخميس' on a page of 8 March: an agency's dispatch the page
            # carries tells its days from its own.
            statement_day = dispatched
        for position, mention in enumerate(found[s.index]):
            # 'منذ تعيينه في ماي 2015' starts an office: no date the months told after it ('وفي أبريل') follow.
            # 'بثته المديرية يوم الثلاثاء ... إن "مدير الأمن العام استقبل أمس الاثنين"': the days a statement
            # tells, in its quoted words or after its own day in the sentence, count from the day it was put out.
            told_on = (statement_day if statement_told_here or dispatched_before
                       or dates_mod.quoted_at(s.norm.text, mention.start) else None)
            resolved = resolver.resolve(mention, context_year=_span_end_year(s.norm.text, found[s.index], position)
                                        or last_line_year.get(s.line_index)
                                        or (session.start.year if session else None),
                                        bound=partial(_since_bounded, s.norm.text, triggers=sentence_triggers,
                                                      others=found[s.index]), told_on=told_on)
            if (resolved.precision == dates_mod.DAY and resolved.start_date == resolved.end_date
                    and not dates_mod.quoted_at(s.norm.text, mention.start)
                    and dates_mod.statement_day(s.norm.text, mention)):
                statement_day, statement_told_here = resolved.start_date, True
            for key in ("y", "y1", "y2"):
                if key in mention.parts and mention.excluded is None:
                    last_line_year[s.line_index] = int(mention.parts[key])
            mentions.append(_since_when(s.norm.text, resolved))
        if statement_told_here:
            mentions = _statement_dated_apart(s.norm.text, mentions)
        result.sentences.append(_sentence_row(article_id, s))
        result.date_mentions.extend(_date_row(article_id, s, m) for m in mentions)
        tokens = tokens_by_sentence[s.index]
        roles = place_roles(places[s.index], resolved_by_sentence[s.index], tokens)
        result.entity_mentions.extend(_entity_row(article_id, s, r) for r in roles)
        actors = actors_by_sentence[s.index]
        if _STORY_HEADLINE.match(lines[s.line_index][1]) and _opens_its_line(s, lines):
            # '- "بعد مؤتمر مراكش.. التزامات المناخ"'، '10:05 | الأرصاد: ...': a page of briefs begins another
            # story; what the one before spoke of ends with it.
            story.context = Actor(0, 0, 0, ANOTHER_STORY)
        context_before = story.context
        list_item = bool(_LIST_MARK.match(lines[s.line_index][1])) and _opens_its_line(s, lines)
        if list_item and list_context is not None:
            # '3. الثلاثاء 25 يونيو: استقبل بالرباط وفدا ...': each item of a list goes on with whom the words
            # before the list spoke of (his agenda, or another official's), whoever the item before it named.
            context_before = list_context
        actors = named_again(tokens, resolve_epithets(actors, context_before, story.home_context),
                             story.home_family_names)
        story.family_names.update(family_names(s.norm.text, tokens, actors, places[s.index]))
        story.home_family_names |= home_family_names(places[s.index])
        if s.line_kind != "title" or s.line_index != his_headline or any(a.kind == PRINCIPAL for a in actors):
            # 'حموشي يختتم أشغال الجمعية العامة بمراكش.. ولفتيت في الموعد': a headline's first part names whom the
            # story is about; the other official its second part adds is not the subject the lead goes on with.
            story.read(actors, s.norm.text)
        if s.line_kind == "title" and story.context is not None and story.context.kind == PRINCIPAL:
            his_headline = s.line_index
        if not list_item:
            list_context = story.context  # a section's heading ('ناصر بوريطة، وزير الشؤون الخارجية') included
        named_region_before = region_before
        region_before = next((m.alias.region for m in reversed(places[s.index]) if m.is_region), region_before)
        if s.line_kind == "title":
            if not _BULLET.match(s.norm.text):
                headlines.append(_Scene(s, mentions, roles, tokens, actors, context_before, story.principal,
                                        reference, sentence_triggers, session))
            continue
        story.enter_paragraph(s.line_index)
        # A post's title the page gave a named foreign official ('وزير الداخلية' on a Bahraini page), read as his
        # again, is that country's party.
        titled_abroad = {i: titles_abroad[m.alias.key] for i, m in enumerate(places[s.index])
                         if m.alias.kind == "title" and m.alias.key in titles_abroad
                         and any(a.token_index == m.token_index and a.iso2 == titles_abroad[m.alias.key]
                                 for a in actors)} if titles_abroad else {}
        claims = find_tallies(s.norm.text, places[s.index], {**resolved_by_sentence[s.index], **titled_abroad},
                              after_a_count=counted_before == s.index - 1, region_before=named_region_before)
        if claims:
            counted_before = s.index
            # The counts are claims; their nouns are counted triggers, never engagements. The sentence may
            # still tell one: 'حل بمراكش يوم 24 نونبر 2025، حيث عقد أزيد من عشرين لقاء ثنائيا'.
            period = _latest_period(result.date_mentions)
            result.tally_claims.extend(_tally_row(article_id, s, c, period) for c in claims)
            # 'فبين زيارات العمل في الخارج، واستقبال الوفود، أجرى أزيد من 30 لقاء': the plural nouns of a sentence
            # that counts are the engagements it counts.
            sentence_triggers = [replace(t, counted=True) if GENERAL_PLURAL.match(t.word) else t
                                 for t in sentence_triggers]
        if (s.line_kind == "caption" and mentions and not _CLOCK_TIME.search(s.norm.text)
                and (_DAY_HEADING.match(s.norm.text) or _month_heading(norms[s.line_index].text, grammar))):
            # 'الثلاثاء | الرباط' over an item of a week's digest, '22/01/2024 – الرباط' or 'يونيو 2024' over a
            # timeline's: what the item tells undated is that day's (month's); a line with a time, 'الأربعاء 24 دجنبر
            # 2025 | 00:36', is the page's stamp: it dates no news itself.
            story.read_dates(mentions, s.norm.text, [], heading=True)
            story.heading_line = s.line_index
        elif (s.line_kind == "caption" and not mentions
              and (month := _month_heading(norms[s.line_index].text, grammar)) is not None):
            # 'فبراير' alone on its line over a paragraph of a timeline told month by month: what the item tells
            # undated is that month's, in the year the page reviews (not the outlet 'فبراير.كوم').
            story.read_dates([resolver.resolve(month)], s.norm.text, [], heading=True)
            story.heading_line = s.line_index
        if s.line_kind != "prose":
            continue
        scene = _Scene(s, mentions, roles, tokens, actors, context_before, story.principal, reference,
                       sentence_triggers, session,
                       frozenset(c["country_iso2"] for c in accepted if c["principal_id"] and c["country_iso2"]))
        candidates = _sentence_candidates(article_id, scene, clock, focus, accepted, story)
        result.event_candidates.extend(candidates)
        accepted.extend(c for c in candidates if c["is_event"])
        story.read_dates(mentions, s.norm.text, candidates)
        _correct_the_one_told(scene, accepted)
        if (absent_from := _told_absent_from(scene, accepted)) is not None:
            absent_from.update(is_event=False, reject_reason="other_actor")
            accepted.remove(absent_from)
        if (told := _session_another_led(scene, accepted)) is not None:
            told.update(is_event=False, reject_reason="other_actor")
            accepted.remove(told)
            another_led = True
        if (joined := _his_delegations_session(scene, result.event_candidates, accepted)) is not None:
            session_row, member = joined
            session_row.update(is_event=True, reject_reason=None, principal_id=member, principal_role="name")
            accepted.append(session_row)
    headings = itertools.takewhile(lambda s: s.line_kind != "prose", sentences)
    if any(_MOROCCO_ABSENT.search(s.norm.text) for s in headings):
        # 'الجزائر تحتضن ميلاد "أفريبول" في غياب المغرب' over the lead: a gathering the headline says Morocco stayed
        # away from is none of his, whatever the page's thread credits him with.
        for row in [c for c in accepted if c["meeting_type"] == "conference" and c["principal_role"] == "continuation"]:
            row.update(is_event=False, reject_reason="other_actor")
            accepted.remove(row)
    if not accepted and story.undated_report is None and not another_led:
        # 'يتعزز باستقبال عبد اللطيف حموشي لمدير مكتب التحقيقات الفيدرالي': a page whose body tells no
        # engagement (an excerpt, comment) still reports the one its headline does.
        # Not one the body tells as another's: 'وفد أمني مغربي يشارك في اجتماع أفريبول بأديس أبابا' over 'شارك وفد
        # ...، يقوده والي الأمن المدير المركزي للشرطة القضائية، في أشغال الاجتماع'.
        anothers = {c["country_iso2"] for c in result.event_candidates if c["reject_reason"] == "other_actor"}
        for headline in headlines:
            if _opens_on_another_official(headline):
                continue  # 'مدير الشرطة القضائية يقود الوفد المغربي إلى ...': the headline is another's
            candidates = _sentence_candidates(article_id, headline, clock, focus, accepted, story)
            for candidate in candidates:
                if (candidate["is_event"] and candidate["country_iso2"] in anothers
                        and candidate["principal_role"] in ("continuation", "body")):
                    candidate.update(is_event=False, reject_reason="other_actor")
            result.event_candidates.extend(candidates)
            accepted.extend(c for c in candidates if c["is_event"])
            if accepted or story.undated_report is not None:
                break
    _visitors_from_the_one_country_named(result.event_candidates, accepted, named,
                                         [s for s in sentences if s.line_kind == "prose"], places)
    _dated_by_the_next_sentence(result.event_candidates, accepted, clock, {s.index: s.norm.text for s in sentences})
    _fold_coarse_repeats(accepted)
    _fold_the_way_home(accepted)
    _fold_the_arrival(accepted)
    _fold_days_of_a_trip(accepted)
    _fold_undated_repeats(accepted)
    _drop_visits_he_was_absent_from(result.event_candidates, accepted, [s.norm.text for s in sentences])
    # (A sentence that dates the speech read for him tells of a gathering of its own.)
    _drop_gatherings_he_spoke_to_by_proxy(accepted, {s.index: s.norm.text for s in sentences
                                                     if s.line_kind == "prose" and not found[s.index]})
    _drop_echoes_of_anothers_visit(result.event_candidates, accepted)
    latest = clock.latest_possible
    for candidate in accepted if latest else ():
        if candidate["start_date"] is not None and candidate["start_date"] > latest:
            # Whatever path dated it: no page reports what began after it was written, and such a
            # row would fail the night's gate on sources published before their meetings.
            candidate.update(is_event=False, reject_reason="after_article_date")
    his_own = [(s.norm.text, a, actors_by_sentence[s.index]) for s in sentences for a in actors_by_sentence[s.index]
               if a.kind == PRINCIPAL and a.principal_role != "body"]
    if not his_own or all(_stood_in_for(*mention) for mention in his_own):
        # A page that names only his bodies ('استقبلت المديرية العامة للأمن الوطني وفدا') tells what the
        # institution did; nothing on it says that he took part. Nor does one that names him only as whom others
        # acted for ('بتعليمات من المدير العام ...'، 'نيابة عن المدير العام').
        for candidate in result.event_candidates:
            if candidate["is_event"] or candidate["reject_reason"] == "undated":
                candidate.update(is_event=False, reject_reason="no_principal")
    if not _undated_news_stands(story.undated_report, result, accepted):
        result.event_candidates = [c for c in result.event_candidates if c["reject_reason"] != "undated"]
    return result


# 'رحب الحموشي بالوفد الأردني'، 'ويرافقه السفير الأردني': the side a country's adjective names.
# (Not 'إلى جانب البرتغال': alongside.)
_VISITING_SIDE_BEFORE = prefiltered(r"(?<!\w)[وفبل]{0,2}(?:ال|ل)(?:وفد|جانب|ضيف|سفير|سفيره)\s+$")
_VISITING_SIDE_REACH = 12


def _visitors_from_the_one_country_named(candidates: list[dict], accepted: list[dict], named: set[str],
                                         prose: list[Sentence], places: dict[int, list[PlaceMention]]) -> None:
    """'بحث مدير الأمن العام، اليوم الاثنين، في العاصمة المغربية الرباط، مع ... الحموشي' on a page that names one
    foreign country, as a side ('رحب الحموشي بالوفد الأردني'): an outlet of the visitor's country names his post
    without it; the visit he received is that country's. Not when the page names two (whose would it be?), nor
    when that country's visit is told already, nor from a side the page names in a plan ('ومن المرتقب أن يستقبل
    السفير الياباني'), nor for visits told in general ('تتولى برمجة زيارات المجاملة'), in a plan, or with him only
    as the implied host; and a meeting he chaired ('ترأس اجتماعا مع ولاة الأمن') had no visitor."""
    foreign = named - {HOME}
    if len(foreign) != 1 or not any(c["reject_reason"] == "no_counterpart_country" for c in candidates):
        return  # (the common case: no sentence is read for plans or sides)
    [country] = foreign
    plans = {s.index for s in prose if dates_mod.future_marked(s.norm.text)}
    if not any(m.iso2 == country and _VISITING_SIDE_BEFORE.search(s.norm.text, max(0, m.start - _VISITING_SIDE_REACH),
                                                                   m.start)
               for s in prose if s.index not in plans for m in places[s.index]):
        return
    for candidate in candidates:
        if (candidate["reject_reason"] == "no_counterpart_country" and candidate["direction"] == HOSTED
                and candidate["principal_id"] is not None and candidate["start_date"] is not None
                and candidate["principal_role"] != "host" and candidate["sentence_index"] not in plans
                and not GENERAL_PLURAL.match(candidate["trigger_word"] or "")
                and not _CHAIRING.fullmatch(candidate["trigger_word"] or "")
                and not any(c["country_iso2"] == country and c["start_date"] <= candidate["end_date"]
                            and candidate["start_date"] <= c["end_date"] for c in accepted)):
            candidate.update(country_iso2=country, is_event=True, reject_reason=None)
            accepted.append(candidate)


# A heading that opens with a weekday or a date: 'الثلاثاء | الرباط'، '- الخميس 13 فبراير'،
# '22/01/2024 – الرباط'، 'من 4 إلى 7/11/2024 – غلاسكو'.
_DAY_HEADING = prefiltered(r"^\W*(?:(?:يوم\s+)?(?:%s)(?!\w)|(?:من\s+)?\d)"
                          % "|".join(map(re.escape, dates_mod.WEEKDAYS)))


def _month_heading(text: str, grammar: DateGrammar) -> DateMention | None:
    """The month a line names and nothing else ('فبراير'، 'شهر ماي'، 'أكتوبر 2024:'), as a date to resolve."""
    words = " ".join(text.strip(" :-–—|.").split())
    if not words or len(words.split()) > 3:
        return None
    probe = "في " + words
    found = grammar.find(probe)
    return found[0] if (len(found) == 1 and found[0].start in (0, len("في ")) and found[0].end == len(probe)
                        and found[0].form in ("shahr", "month")) else None


def _statement_dated_apart(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """'أصدرت الشرطة، يوم الجمعة الماضي، بلاغا جاء فيه: "استقبل حموشي، أمس الخميس، ..."': the day a statement was put
    out dates the statement, not what it tells, when the statement gives that its own day. Alone ('أصدرت، يوم الجمعة
    الماضي، بلاغا عن الزيارة'), it is the nearest the page comes to the day of what it reports."""
    put_out = next(i for i, m in enumerate(mentions)
                   if not dates_mod.quoted_at(text, m.start) and dates_mod.statement_day(text, m))
    if not any(m.resolved and m.excluded is None for m in mentions[put_out + 1:]):
        return mentions
    return [replace(m, excluded="statement_day") if i == put_out else m for i, m in enumerate(mentions)]


def _reviewed_month(lead: list[DateMention], grammar: DateGrammar, clock: ArticleClock) -> dt.date | None:
    """The one month of a year the headline and lead (their date mentions, `lead`) name, before the page's own
    month (or on a page with no date): what a month's review ('حصاد يناير 2025'، 'خلال شهر شتنبر 2024') is about."""
    resolver = DateResolver(grammar, ArticleClock(None, None, "unknown"))
    months = {resolved.start_date for mention in lead
              if mention.form in ("month", "shahr") and "y" in mention.parts
              and (resolved := resolver.resolve(mention)).precision == dates_mod.MONTH}
    month = months.pop() if len(months) == 1 else None
    return month if month is not None and (clock.date is None or month < clock.date.replace(day=1)) else None


def _opens_on_another_official(headline: _Scene) -> bool:
    """Whether a headline opens on an official's title that is not his ('مدير الشرطة القضائية يقود ...'،
    'وزير الداخلية يستقبل ...'): its subject is that official."""
    first = min(headline.roles, key=lambda r: r.mention.start, default=None)
    return (first is not None and first.mention.token_index == 0 and first.mention.alias.kind in ("title", "official")
            and not any(a.kind == PRINCIPAL and a.start < _HEADLINE_SUBJECT_REACH for a in headline.actors))


_HEADLINE_SUBJECT_REACH = 40  # characters: 'المدير العام عبد اللطيف حموشي يستقبل' names him in the subject


# 'ونحن نستقبل شهر دجنبر 2021'، 'ونحن نودع سنة 2025': the writer says when he writes.
# 'حين يحل الخامس عشر من ماي 2019، يكون حموشي قد أكمل أربع سنوات': the day the page is written for, that month.
_WRITERS_NOW = prefiltered(r"(?<!\w)(?:و?نحن\s+(?P<verb>نستقبل|نودع|نطوي|علي\s+ابواب|علي\s+مشارف|في)"
                          r"|[وف]?(?:حين|عندما|لما|مع)\s+(?P<arrives>يحل|تحل|حلول|مطلع|بدايه))\s+$")
_WRITERS_NOW_REACH = 30  # characters between the words and the date: 'شهر'، 'سنة'، 'العام'
_START_OF_PERIOD = prefiltered(r"(?:مطلع|بدايه)\s+")


def _writers_month(sentences: list[Sentence], found: dict[int, list[DateMention]],
                   grammar: DateGrammar) -> dt.date | None:
    """The first day of the month the page says it is written in: the month it names so, or, for a
    year, its last month when it says farewell ('نودع') and its first otherwise."""
    resolver = DateResolver(grammar, ArticleClock(None, None, "unknown"))
    for s in sentences:
        for mention in found[s.index]:
            before = s.norm.text[max(0, mention.start - _WRITERS_NOW_REACH):mention.start]
            # 'مع مطلع سنة 2026، تبدو حصيلة السنة الماضية': the part of the year is the mention's first word.
            before += start.group() if (start := _START_OF_PERIOD.match(mention.text)) else ""
            words = _WRITERS_NOW.search(re.sub(r"(?:شهر|سنه|عام|العام|السنه)\s+$", "", before))
            if words is None or mention.is_future:
                continue
            resolved = resolver.resolve(mention)
            if resolved.start_date is None or (resolved.precision == dates_mod.DAY and not words["arrives"]):
                continue
            if resolved.precision in (dates_mod.MONTH, dates_mod.DAY):
                return resolved.start_date.replace(day=1)
            return resolved.start_date.replace(month=12 if words["verb"] in ("نودع", "نطوي") else 1)
    return None


def _but_his_mentions_as_no_party(text: str, actors: list[Actor]) -> list[Actor]:
    """The actors but his mentions as the one a message or greetings came from ('سلمه رسالة خطية من المدير العام
    ...، السيد عبد اللطيف الحموشي'، 'نقل إليه تحيات حموشي'), as one absent ('في غياب حموشي'), as a body's head or as
    the post he holds ('الذي يشغل أيضا منصب المدير العام للأمن الوطني'), as the one a summons was for."""
    messages = [m.end() for m in _MESSAGE_FROM.finditer(text)]
    kept: list[Actor] = []
    dropped: Actor | None = None  # his mention dropped last: his title in apposition right after it goes with it
    for a in actors:
        if a.kind == PRINCIPAL and (any(end <= a.start and _SENDER_APPOSITION.fullmatch(text, end, a.start)
                                        for end in messages)
                                    or _absent_at(text, a.start, a.end) or _heads_a_body(text, a)
                                    or _THE_POST_BEFORE.search(text, max(0, a.start - _THE_POST_REACH), a.start)
                                    or _ASCRIBED_WRONGLY_BEFORE.search(text, max(0, a.start - _ASCRIBED_REACH), a.start)
                                    or _ALLEGED_OF_BEFORE.search(text, max(0, a.start - _ASCRIBED_REACH), a.start)
                                    or _GREETINGS_TO_BEFORE.search(text, max(0, a.start - _ASCRIBED_REACH), a.start)
                                    or _SUMMONED_BEFORE.search(text, max(0, a.start - _ASCRIBED_REACH), a.start)
                                    # 'المصالح التي يشرف عليها عبد اللطيف حموشي، المدير العام ...': one mention.
                                    or (dropped is not None and a.principal_role == "title"
                                        and _in_apposition(text, dropped, a))):
            dropped = a
        else:
            kept.append(a)
    return kept


# 'في لقاء نسبته يومها بعض المنابر خطأ إلى حموشي'، 'نسب خطأ لحموشي': wrongly ascribed to him; he was no party.
_ASCRIBED_WRONGLY_BEFORE = prefiltered(r"(?<!\w)(?:نسبته|نسبتها|نسبه|نسبها|نسب|نسبت|نسبوه|نسبوها)(?:\s+\S+){0,4}?"
                                       r"\s+(?:خطا|عن\s+خطا|بالخطا)\s+(?:الي\s+|ل)(?:السيد\s+)?$")
_ASCRIBED_REACH = 60
# 'لتبليغ استدعاء موجه إلى حموشي للمثول أمام قاضية تحقيق'، 'شكايات ضد حموشي': the one a summons or complaint is
# addressed to is no party to what those who brought it did.
_SUMMONED_BEFORE = prefiltered(r"(?<!\w)(?:استدعاء|استدعاءات|شكايه|شكايات|شكاوي|دعوي|دعاوي|مذكره\s+توقيف)"
                               r"(?:\s+[^\s،,.]+){0,2}?\s+(?:الي|ضد|في\s+حق)\s+(?:السيد\s+)?$")
# 'نفي شائعات عن زيارة مزعومة لحموشي إلى هناك'، 'لقاء مزعوم مع حموشي': the alleged engagement's party is no party.
_ALLEGED_OF_BEFORE = prefiltered(r"(?<!\w)(?:مزعوم|مزعومه)\s+(?:ل|مع\s+|بين\s+)?(?:السيد\s+)?$")
# 'مشاورات عسيرة لتشكيل الحكومة': a country's politics, no talks of his.
_FORMING_A_GOVERNMENT_AFTER = prefiltered(r"(?:\s+\S+){0,2}?\s+[ل]?(?:ال)?تشكيل\s+(?:ال)?حكومه(?!\w)")
# 'اجتماع تقني'، 'لقاءات تقنية'، 'الاجتماع الفني': a meeting of experts.
_TECHNICAL_AFTER = prefiltered(r"\s+(?:ال)?(?:تقني|تقنيا|تقنيه|فني|فنيا|فنيه)(?!\w)")
# 'فيما حمّله مدير الأمن العام تحياته إلى السيد حموشي': the one greetings were sent to was not there.
_GREETINGS_TO_BEFORE = prefiltered(r"(?<!\w)(?:تحيات|تحياته|تحياتها|تحياتهم|تحيه|تهاني|تهانيه)(?:\s+\S+){0,3}?"
                                   r"\s+(?:الي\s+|ل)(?:السيد\s+)?$")
# 'يشغل منصب'، 'يتولى مهام': the title after them names an office, not the one who acts.
_THE_POST_BEFORE = prefiltered(r"(?<!\w)[بل]?(?:منصب|منصبي|مهام)\s+$")
_THE_POST_REACH = 10


# 'إذ مثّل حموشي ...': the verb right before him; 'ويمثل الدخيسي ...': right before the one who stands for him.
_REPRESENTED_HIM_BEFORE = prefiltered(r"(?<!\w)(?:فيما|حيث|اذ|وقد|فقد)\s+(?:مثل|يمثل)\s+$")
_REPRESENTS_RIGHT_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:يمثل|مثل)\s+$")
_REPRESENTS_REACH = 120  # characters from the one who stands for him to his title: where and what, between


def _stood_in_for(text: str, actor: Actor, actors: list[Actor]) -> bool:
    """Whether the principal's mention is the one someone stood in for: 'نيابة عن' right before it or
    before his title in apposition right before it ('نيابة عن المدير العام ... عبد اللطيف حموشي')."""
    first = actor
    while (before := next((a for a in actors if a.kind == actor.kind and a.principal_id == actor.principal_id
                           and a.principal_role != "body" and _in_apposition(text, a, first)), None)):
        first = before  # his title (or name) in apposition right before: one mention
    if _REPRESENTING_BEFORE.search(text, max(0, first.start - 30), first.start):
        return True
    # 'إذ مثّل حموشي في اجتماع اللجنة التنفيذية ... والي الأمن مدير الشرطة القضائية': he is the verb's object, the
    # Moroccan official after him its subject.
    if _REPRESENTED_HIM_BEFORE.search(text, max(0, first.start - 16), first.start) and any(
            a.kind == HOME_OFFICIAL and a.start > actor.end for a in actors):
        return True
    # 'ويمثل الدخيسي في هذا المؤتمر، الذي تتواصل أشغاله على مدى يومين، المدير العام ... عبد اللطيف حموشي': the
    # Moroccan official right after the verb stands for him, named after as its object.
    return any(a.kind == HOME_OFFICIAL and a.end <= first.start
               and _REPRESENTS_RIGHT_BEFORE.search(text, max(0, a.start - 8), a.start)
               and first.start - a.end <= _REPRESENTS_REACH for a in actors)


def _undated_news_stands(report: dict | None, result: ArticleExtraction, accepted: list[dict]) -> bool:
    """Whether a page's undated news may be placed by dbt although the page dates something.

    A date the page gives outside any engagement it read may be the news's own, in words the
    extractor did not read: placing by weekday would guess. A date it gave an engagement of his of
    the same country and direction may be the same engagement told twice. Only a page whose every
    date went to a candidate, none of them a possible repeat, keeps it: 'received Burns yesterday
    Friday in Rabat' then 'the working visit he made to the United States on 13 and 14 June 2022'.
    """
    if report is None:
        return True
    read = {c["sentence_index"] for c in result.event_candidates if c["start_date"] and c["trigger_word"]}
    # A date after the run is a plan's ('استراتيجية 2025-2029'), never the news's own.
    if any(m["start_date"] and not m["excluded_reason"] and m["form"] != "period" and m["sentence_index"] not in read
           and m["start_date"] <= dt.date.today() for m in result.date_mentions):
        return False
    return not any(c["country_iso2"] == report["country_iso2"]
                   and (c["direction"] == report["direction"] or UNKNOWN in (c["direction"], report["direction"]))
                   for c in accepted)


# 'لأول مرة منذ الحادث الذي عرفته باريس يوم 20 فبراير 2014، استقبل ...': a date after 'since' is where
# a period starts, not the day of an engagement, unless an engagement word stands between them.
_SINCE = prefiltered(r"(?<!\w)[وف]?منذ(?!\w)")
_SINCE_REACH = 90  # characters: 'since' opens a noun phrase of a few words, commas included
# 'منذ بداية السنة، ففي يناير 2025 استقبل': a date a new clause opens with after the comma ('، ففي'، '، وفي') is
# out of the since phrase ('منذ أن جمع، في ماي 2015، بين' is not), and so is one after a clause that opens with
# 'وكانت' ('ثالث زيارة ... منذ سنة 2019، وكانت سابقتها في ماي من السنة الماضية'), or with 'bearing in mind that'
# ('منذ توليه قيادة الأمن الوطني سنة 2015، علما أن مدريد كانت قد منحته سنة 2014 ...').
# So is one after 'whereas' ('تسعة لقاءات ... منذ 2015، فيما منحته مدريد سنة 2016 الصليب الأكبر').
_NEW_CLAUSE_BEFORE = prefiltered(r"[،,؛]\s*(?:[وف]{1,2}(?:في\s+$|(?:كان|كانت|سبق)(?!\w))"
                                 r"|(?:علما|مع\s+العلم)\s+ب?ان(?!\w)|(?:فيما|بينما|في\s+حين)(?!\w))")
# 'منذ يوم الثلاثاء 23 شتنبر'، 'منذ الاثنين 5 ماي'، 'منذ افتتاحه السبت الماضي': nothing but the day (and the
# opening it was) stands between since and date.
_ITS_OPENING = "افتتاحه|افتتاحها|انطلاقه|انطلاقها|بدايته|بدايتها"  # its opening, its start
_DAY_WORDS_ONLY = prefiltered(rf"\s*(?:(?:{_ITS_OPENING})\s+)?"
                              r"(?:(?:يوم|مساء|صباح|ظهر|ليله)\s+)?(?:(?:%s)\s+)?"
                              % "|".join(map(re.escape, dates_mod.WEEKDAYS)))


# 'تعزز منذ سنة 2021، حين وقع حموشي ونظيره مذكرة تفاهم': the year since which is the year of what 'when' tells.
# 'منذ سنة 2019، وهي السنة التي حل فيها حموشي بفيينا': the year it points back to, too.
_WHEN_AFTER = prefiltered(r"\s*[،,]?\s*(?:حين|حينما|عندما|لما|يوم|(?:وهي\s+السنه\s+التي|وهو\s+العام\s+الذي))(?!\w)")


def _since_when(text: str, mention: DateMention) -> DateMention:
    if not mention.resolved or not _WHEN_AFTER.match(text, mention.end):
        return mention
    if mention.excluded == "since" and mention.form not in ("period", "since_year"):
        # 'منذ مارس 2015، حين التقيا لأول مرة': the month since which is the month of what 'when' tells (not 'منذ
        # سنوات، والتي اندلعت في فبراير 2014 عندما ...': since then, another date told in between).
        since = _SINCE_RIGHT_BEFORE.search(text, max(0, mention.start - _SINCE_RIGHT_BEFORE_REACH), mention.start)
        return replace(mention, excluded=None) if since else mention
    if mention.form not in ("period", "since_year"):
        return mention
    year = mention.first_day.year
    return replace(mention, form="year", start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31),
                   precision=dates_mod.YEAR, excluded=None)


_SINCE_RIGHT_BEFORE = prefiltered(r"(?<!\w)[وف]?منذ\s+(?:[^\s،,.\d]+\s+){0,2}$")  # 'منذ'، 'منذ منتصف'، 'منذ مطلع سنة'
_SINCE_RIGHT_BEFORE_REACH = 30
_WEEKDAY_FORMS = ("last_weekday", "bare_weekday", "yesterday", "today", "same_week_day")


def _since_bounded(text: str, mention: DateMention, *, triggers: list[Trigger],
                   others: list[DateMention]) -> DateMention:
    if mention.excluded or mention.form in ("since_year", "ago", "period"):
        return mention
    since = [m.end() for m in _SINCE.finditer(text, max(0, mention.start - _SINCE_REACH), mention.start)]
    if (not since or any(since[-1] <= t.start < mention.start for t in triggers)
            # 'حموشي، الذي يجمع منذ 15 ماي الماضي بين الإدارتين، يوم الأربعاء الماضي': 'since' took the date right
            # after it; a day told by its weekday after a comma beyond that one is the sentence's own ('منذ دجنبر
            # 2005، ليعين في ماي 2015' goes on with the office).
            or (mention.form in _WEEKDAY_FORMS and any(
                since[-1] <= other.start and other.end <= mention.start
                and _DAY_WORDS_ONLY.fullmatch(text, since[-1], other.start) and "،" in text[other.end:mention.start]
                for other in others))
            or _NEW_CLAUSE_BEFORE.search(text, since[-1], mention.start)
            # '... منذ افتتاحه السبت الماضي، وتختتم أعماله اليوم': the day it closes is no start of a period.
            or _CLOSES_ON_BEFORE.search(text, max(since[-1], mention.start - _CLOSES_ON_REACH), mention.start)):
        return mention
    if mention.precision == dates_mod.DAY and _DAY_WORDS_ONLY.fullmatch(text, since[-1], mention.start):
        # 'يقوم منذ يوم الثلاثاء 23 شتنبر بزيارة عمل': the day the engagement under way began ('يقودها منذ
        # دجنبر 2005' is when an office began: no engagement's date).
        return mention
    return replace(mention, excluded="since")


def office_years(mentions: list[PlaceMention]) -> tuple[int | None, int | None]:
    """The years in which all the office-holders an article names were in office together (officials.csv,
    principals.csv): what a date without a year can fall in. None where nothing bounds it, or where
    the names disagree (then they do not all speak of one time)."""
    starts = [m.alias.in_office[0] for m in mentions if m.alias.in_office[0]]
    ends = [m.alias.in_office[1] for m in mentions if m.alias.in_office[1]]
    first, last = (max(starts) if starts else None), (min(ends) if ends else None)
    if first and last and first > last:
        return None, None
    return first, last


_PRECISION_RANK = {dates_mod.DAY: 0, dates_mod.MONTH: 1, dates_mod.YEAR: 2}


_PROGRAMME_DAYS = 2  # the fewest days of the visitors' programme a page must tell to show whom they met


def _drop_visits_he_was_absent_from(candidates: list[dict], accepted: list[dict], sentences: list[str]) -> None:
    """'قام وفد من وكالة الشرطة اليابانية بزيارة عمل إلى المغرب من 19 إلى 22 فبراير' then, day by day, whom the
    visitors met (the institute's director, the director of judicial police, the Interior's officials): a visit
    to Morocco credited to him only by the page's thread is not his when the page tells its programme and he
    is in none of its days, or says who stood for his force ('مدير المعهد ومدير الشرطة القضائية، اللذين مثلا
    المديرية العامة للأمن الوطني في هذه الزيارة'; `sentences`: the page's, normalized)."""
    visits = [c for c in accepted if c["meeting_type"] == "hosted_visit"
              and c["principal_role"] in ("continuation", "body", "host") and c["date_precision"] == dates_mod.DAY]
    others_stood_for_it = bool(visits) and any(
        _STOOD_FOR_HIS_FORCE.search(text) and _THIS_VISIT_RECEIVED.search(text) for text in sentences)
    for visit in visits:
        if others_stood_for_it and visit["principal_role"] != "host":
            visit.update(is_event=False, reject_reason="other_actor")
            accepted.remove(visit)
            continue
        days = [c for c in candidates
                if c["sentence_index"] > visit["sentence_index"] and c["country_iso2"] == visit["country_iso2"]
                and c["date_precision"] == dates_mod.DAY
                and visit["start_date"] <= c["start_date"] <= visit["end_date"]]
        if len({c["start_date"] for c in days}) >= _PROGRAMME_DAYS and all(
                c["reject_reason"] == "other_actor" for c in days):
            visit.update(is_event=False, reject_reason="other_actor")
            accepted.remove(visit)


# 'كلمة المدير العام ...، عبد اللطيف حموشي، التي تلاها نيابة عنه رئيس الوفد المغربي'، 'الذي تلا كلمة ... حموشي،
# نيابة عنه': his speech, read for him by another.
_READ_FOR_HIM = prefiltered(r"(?<!\w)[وف]?(?:تلا|تلاها|تلت|تلتها|قرا|قراها|قرات|قراتها)(?!\w)[^.؛]*?"
                            r"(?<!\w)(?:بالنيابه|نيابه)\s+عنه(?!\w)")
_READ_FOR_HIM_REACH = 3  # sentences from the gathering to the words of its speech read for him


def _drop_gatherings_he_spoke_to_by_proxy(accepted: list[dict], prose: dict[int, str]) -> None:
    """'اختتمت اليوم ... أعمال الملتقى العربي' then 'كلمة ... حموشي، التي تلاها نيابة عنه رئيس الوفد المغربي': a
    gathering abroad credited to him only by the page's thread is not his when the page says, in the sentences right
    after it, that his speech was read for him (`prose`: the page's undated prose sentences by index, normalized)."""
    read_for_him = [index for index, text in prose.items() if _READ_FOR_HIM.search(text)]
    for gathering in [c for c in accepted if c["principal_role"] == "continuation" and c["direction"] == ABROAD
                      and c["meeting_type"] in ("conference", "visit_abroad")
                      and any(0 <= index - c["sentence_index"] <= _READ_FOR_HIM_REACH for index in read_for_him)]:
        gathering.update(is_event=False, reject_reason="other_actor")
        accepted.remove(gathering)


def _drop_echoes_of_anothers_visit(candidates: list[dict], accepted: list[dict]) -> None:
    """'استقبل مدير المعهد الملكي للشرطة، يوم الخميس، وفدا غينيا' then 'وأعرب رئيس الوفد الغيني عن أمله في أن تتوج
    الزيارة ببرنامج للتكوين': a visit told again without a date of its own is the one told before, whose host the
    page named and who was not he; the page's thread alone does not make him its host."""
    for echo in [c for c in accepted if c["principal_role"] == "host" and c["date_source"] == "article_date"]:
        if any(told["reject_reason"] == "other_actor" and told["meeting_type"] == "hosted_visit"
               and told["country_iso2"] == echo["country_iso2"] and told["sentence_index"] < echo["sentence_index"]
               and told["start_date"] is not None and echo["start_date"] <= told["start_date"] <= echo["end_date"]
               for told in candidates):
            echo.update(is_event=False, reject_reason="other_actor")
            accepted.remove(echo)


# 'اللذين مثلا المديرية العامة للأمن الوطني'، 'ومثل المديرية العامة في هذا اللقاء': others stood for his force.
_STOOD_FOR_HIS_FORCE = prefiltered(r"(?<!\w)[وف]?(?:مثل|مثلا|مثلوا|مثلت)\s+(?:ال)?مديريه\s+(?:ال)?عامه(?!\w)")
# ... of the visit told: 'وكان في استقبال الوفد الضيف'، 'في هذه الزيارة'.
_THIS_VISIT_RECEIVED = prefiltered(r"(?<!\w)(?:في\s+استقبال|(?:هذه|هذا)\s+(?:الزياره|اللقاء))(?!\w)")


# 'العيون في 18 نوفمبر / وام / بحث القنصل العام ... مع حموشي ...' then 'جاء ذلك خلال لقاء جمعهما أمس': the wire's
# way of telling when the news it led with took place.
_THAT_CAME_DURING = prefiltered(r"^\W*[وف]?(?:جاء|جري|تم)\s+ذلك\s+(?:خلال|لدي|في|اثناء|عند|اثر)(?!\w)")
_STAMP_TO_DAY_DAYS = 2  # the day the wire names is at most the day before yesterday


def _dated_by_the_next_sentence(candidates: list[dict], accepted: list[dict], clock: ArticleClock,
                                normalized: dict[int, str]) -> None:
    """An engagement dated only by the page's own day, whose next sentence opens 'جاء ذلك خلال لقاء جمعهما أمس':
    the day that sentence names is the engagement's, and it tells no other (`normalized`: the sentences by index)."""
    for lead in accepted:
        if (clock.date is None or lead["date_precision"] != dates_mod.DAY or lead["start_date"] != clock.date
                or lead["end_date"] != clock.date):
            continue
        when = next((c for c in candidates if c["sentence_index"] == lead["sentence_index"] + 1
                     and c["date_precision"] == dates_mod.DAY and c["start_date"] == c["end_date"]
                     and 0 < (clock.date - c["start_date"]).days <= _STAMP_TO_DAY_DAYS
                     and _THAT_CAME_DURING.match(normalized[c["sentence_index"]])), None)
        if when is None:
            continue
        lead.update(start_date=when["start_date"], end_date=when["end_date"])
        if when["is_event"]:
            when.update(is_event=False, reject_reason="repeats_earlier_mention")
            accepted.remove(when)


def _fold_coarse_repeats(accepted: list[dict]) -> None:
    """'The conference in Tangier on 6-7 December' and, elsewhere, 'Tangier hosts it in 2023': one.

    A coarser report of the same kind with the same country, inside the dates of a finer one of the
    same article, is that engagement again, unless the text says it is another ('لقاء ثان') or
    names another body met.
    """
    for coarse in accepted:
        if coarse["is_new_engagement"]:
            continue
        for fine in accepted:
            if (fine is not coarse and fine["is_event"]
                    and _PRECISION_RANK[fine["date_precision"]] < _PRECISION_RANK[coarse["date_precision"]]
                    and fine["country_iso2"] == coarse["country_iso2"]
                    # the same kind, or a meeting or an agreement with the country of a visit (a visit with its
                    # meetings and agreements is one visit: 'زيارة حموشي إلى الرياض في نونبر الماضي ...، تُوجت
                    # بالاتفاق على ...' dated by the year after it)
                    and (fine["meeting_type"] == coarse["meeting_type"] or (
                        coarse["meeting_type"] in ("meeting", "agreement")
                        and fine["meeting_type"] in ("visit_abroad", "hosted_visit")
                        # (not an agreement signed elsewhere: 'وقعا، في وقت سابق من السنة الجارية بداكار'; not a
                        # meeting at home during the month of a visit abroad: 'استقبل، الأسبوع الماضي بالرباط، سفير
                        # خادم الحرمين الشريفين')
                        and coarse["direction"] in (UNKNOWN, fine["direction"]))
                        # 'ففي ماي 2023، عاد إلى العاصمة الروسية للمشاركة في الاجتماع ...، المنعقد بين 23 و25 من
                        # الشهر نفسه': the trip the month dates is the one the days date, where it took him.
                        or _visit_of_the_days(coarse, fine))
                    and coarse["start_date"] <= fine["start_date"] <= coarse["end_date"]
                    and (None in (fine["counterpart_agency"], coarse["counterpart_agency"])
                         or fine["counterpart_agency"] == coarse["counterpart_agency"])):
                coarse.update(is_event=False, reject_reason="repeats_earlier_mention")
                if _visit_of_the_days(coarse, fine):
                    _complete_earlier(fine, coarse)
                break


def _visit_of_the_days(coarse: dict, fine: dict) -> bool:
    return (coarse["meeting_type"] in ("visit_abroad", "hosted_visit")
            and fine["meeting_type"] in ("meeting", "agreement", "conference")
            and fine["direction"] in (UNKNOWN, coarse["direction"]))


def _fold_days_of_a_trip(accepted: list[dict]) -> None:
    """'استقبل وزير الداخلية، في مكتبه بالرياض أول من أمس، حموشي' and 'غادر الرياض أمس في ختام زيارة استغرقت ثلاثة
    أيام': a day abroad inside the days of a trip to the same country, told by the same article, is a day of that
    trip (a visit with its meetings is one visit). 'استقبل ضيفه الموريتاني أمس الخميس، في مستهل زيارة عمل' and 'ترأس
    اليوم الجمعة، رفقة المدير العام الموريتاني، حفل تخرج': days of one guest's visit, a day or two apart, are that
    visit. Received at home, two visitors of a country (the FBI's, the CIA's) are two meetings."""
    for day in accepted:
        if (not day["is_event"] or day["is_new_engagement"] or day["date_precision"] != dates_mod.DAY
                or day["meeting_type"] not in _DAYS_OF_A_VISIT):
            continue
        trip = next((t for t in accepted if t is not day and t["is_event"] and t["date_source"] != "tour_span"
                     and _same_visit(t, day)), None)
        if trip is None:
            continue
        day.update(is_event=False, reject_reason="repeats_earlier_mention")
        if day["date_source"] != "tour_span":  # a tour's days hold the stop's own: they are not its days
            trip.update(start_date=min(trip["start_date"], day["start_date"]), end_date=max(trip["end_date"],
                                                                                          day["end_date"]))
        if trip["direction"] == UNKNOWN and day["direction"] != UNKNOWN:
            # 'زيارة العمل التي بدأها لمصر أول أمس' says no more than a meeting; 'استقبل وزير الداخلية ... بالقاهرة'
            # says he was abroad.
            trip.update(direction=day["direction"], meeting_type=_VISIT_TYPE[day["direction"]])
        elif type_rank(day["meeting_type"]) < type_rank(trip["meeting_type"]):
            # 'اختتم وزير الداخلية البحريني اليوم زيارته' and 'التقى أمس حموشي، ووقعا مذكرة تفاهم': the signing was a
            # day of the visit, which it is.
            trip["meeting_type"] = day["meeting_type"]


def _fold_the_way_home(accepted: list[dict]) -> None:
    """'وكان حموشي قد عاد إلى أرض الوطن مساء الثلاثاء، في ختام جولة خليجية استهلها بالسعودية': the day he came
    home from a trip the article tells by its days abroad is the end of that trip, not an engagement of its own
    (told alone, 'عاد أمس إلى الرباط بعد زيارة إلى البرتغال دامت ثلاثة أيام' is the trip)."""
    for day in accepted:
        if (not day["is_event"] or day["date_precision"] != dates_mod.DAY or day["direction"] == HOSTED
                or day["date_source"] == "tour_span"  # the stops the way home named, not the way home
                or not home_after_the_visit(normalize_text(day["sentence_text"]))):
            continue
        legs = [trip for trip in accepted if trip is not day and trip["is_event"] and trip["direction"] != HOSTED
                and trip["country_iso2"] not in (None, HOME) and trip["date_precision"] == dates_mod.DAY
                and 0 <= (day["start_date"] - trip["end_date"]).days <= 1]
        # The last leg is where he came home from; a way home told from the country of the trip's first leg ('في
        # ختام جولة استهلها بقطر') is that leg's only when it was the last (then the trip's days fold it in).
        if legs and max(legs, key=lambda trip: (trip["end_date"], trip["country_iso2"] != day["country_iso2"])
                        )["country_iso2"] != day["country_iso2"]:
            day.update(is_event=False, reject_reason="repeats_earlier_mention")


def _fold_the_arrival(accepted: list[dict]) -> None:
    """'حل حموشي بتونس مساء أمس الثلاثاء' on the eve of the conference the article tells there from the next day:
    he came for the conference; his arrival is its trip, not an engagement of its own."""
    for day in accepted:
        if (not day["is_event"] or day["direction"] != ABROAD or day["trigger_word"] not in ARRIVAL_VERBS
                or day["date_precision"] != dates_mod.DAY or day["start_date"] != day["end_date"]):
            continue
        if any(session is not day and session["is_event"] and session["meeting_type"] == "conference"
               and session["country_iso2"] == day["country_iso2"] and session["date_precision"] == dates_mod.DAY
               and 0 <= (session["start_date"] - day["start_date"]).days <= 1 for session in accepted):
            day.update(is_event=False, reject_reason="repeats_earlier_mention")


# A visit with its meetings and agreements is one visit: 'وفي اليوم الموالي، ... قبل أن يوقع مذكرة تفاهم' is a
# day of it.
_DAYS_OF_A_VISIT = ("visit_abroad", "hosted_visit", "meeting", "agreement")
_VISIT_TYPE = {ABROAD: "visit_abroad", HOSTED: "hosted_visit"}
_VISIT_GAP_DAYS = 2  # a guest's days told apart: the reception, the next day's tour or ceremony
# A visit, or a tour of several ('في ثاني محطة من جولة عمل عربية'): days apart there are days of one trip.
_A_VISIT = prefiltered(r"(?<!\w)[وفبل]?(?:ال)?(?:زيار|جول)(?:ه|ته|تها)(?!\w)")


def _same_visit(trip: dict, day: dict) -> bool:
    """Whether `day` (a report of one day) tells a day of `trip`, another report of the same article. A day
    'hosted' inside the days of his trip to that country is a day of the trip: he cannot receive the country's
    official at home and be there at once ('وأجرى حموشي، أمس بمقر وزارة الداخلية بقصر فيميناله، جلسة مباحثات'
    during 'زيارة العمل التي يقوم بها إلى الجمهورية الإيطالية')."""
    if (trip["date_precision"] != dates_mod.DAY or trip["country_iso2"] != day["country_iso2"]
            or trip["meeting_type"] not in _DAYS_OF_A_VISIT):
        return False
    # Days a day or two apart, one of them told as a visit: 'التقى أمس الاثنين، فور وصوله إلى عمّان' and 'التقى
    # مدير الأمن العام اليوم الثلاثاء'، 'غادر عمّان اليوم الثلاثاء، مختتما زيارة ... بدأها الأحد'; at home, or as the
    # guest's arrival: 'عقدا أمس بالرباط جلسة عمل' and 'حل اليوم بمدينة العيون رئيس الأمن العام البحريني، مرفوقا بالمدير
    # العام'.
    near_and_a_visit = (abs((day["start_date"] - trip["end_date"]).days) <= _VISIT_GAP_DAYS
                        or abs((trip["start_date"] - day["end_date"]).days) <= _VISIT_GAP_DAYS) and any(
        (report["trigger_word"] in ARRIVAL_VERBS and report["direction"] == HOSTED)
        or _A_VISIT.search(normalize_text(report["sentence_text"])) for report in (trip, day))
    if trip["direction"] != HOSTED:
        return (trip["start_date"] < trip["end_date"] and trip["start_date"] <= day["start_date"] <= trip["end_date"]
                ) or (day["direction"] != HOSTED and near_and_a_visit)
    if day["direction"] == ABROAD:
        return False
    # Received at home, the same guest: no other body or person met.
    return (None in (trip["counterpart_agency"], day["counterpart_agency"])
            or trip["counterpart_agency"] == day["counterpart_agency"]) and (
        None in (trip["counterpart_person_latin"], day["counterpart_person_latin"])
        or trip["counterpart_person_latin"] == day["counterpart_person_latin"]) and near_and_a_visit


def _going_on_with(principal: str) -> Actor:
    """The principal as the subject the text goes on with, unnamed."""
    return Actor(0, 0, 0, PRINCIPAL, principal_id=principal, principal_role="continuation")


# A sentence whose verb, after at most a time or place phrase, is 'received' with no subject before it.
_OPENS_ON_RECEIVING = prefiltered(r"(?:[^،,.]{0,40}[،,]\s*)?[وف]?(?:كما\s+)?(?:استقبل|يستقبل)(?!\w)")
# How many paragraphs back the last date may stand and still date an undated report: the lead
# gives the day ('اليوم الإثنين 23 نونبر ...') and the next paragraph tells who met whom.
_PEG_PARAGRAPHS = 3
_ATTENDED_REACH = 3  # more paragraphs back for who attended the engagement told


class _Story:
    """What the article has said so far: its current actor, its principal, and its latest date."""

    def __init__(self, principal: str | None) -> None:
        self._context: Actor | None = None
        self.home_context: Actor | None = None  # the last context that was no foreign official
        self.principal = principal
        self.paragraph = -1
        self._line: int | None = None
        self.line_before: int | None = None  # the line of text before the current paragraph's
        # The news peg: its date, its paragraph, and another's engagement it dates, if one does.
        self._peg: tuple[DateMention, int, dict | None] | None = None
        self.dated_engagement = False  # has the article dated an engagement of his yet?
        self.undated_news = False  # has it told an engagement of his that nothing dates?
        self.undated_report: dict | None = None  # that engagement's candidate row
        self.plans: set[tuple[str | None, str | None]] = set()  # (country, kind) of the plans it told
        self.wire_lead: int | None = None  # the sentence that opens a dispatch under its place and day
        self.first_prose: int | None = None  # the page's first sentence of prose: its lead
        # The country of the last foreign official the article named: whose official speaks in the first person.
        self.speaker_country: str | None = None
        self.copy_home: str | None = None  # the country whose national agency wrote the copy (_copy_home)
        self.filed_abroad: str | None = None  # the foreign country a page's dateline says it was filed in
        self.filed_at_home = False  # its dateline says it was filed in Morocco
        self.copy_at_home = False  # filed from that country
        self.visitors_country: str | None = None  # whose visit to Morocco the page told last, whoever hosted it
        self.anothers_told: dict | None = None  # the last engagement of another's the page dated
        self.heading_line: int | None = None  # the last line that headed an item with its day ('22/01/2024 – الرباط')
        self.family_names: dict[str, str] = {}  # foreign officials' family names the page gave, with their country
        self.home_family_names: set[str] = set()  # Moroccan officials' family names the page gave with their full name

    @property
    def context(self) -> Actor | None:
        """The actor a following sentence with no subject of its own continues with."""
        return self._context

    @context.setter
    def context(self, actor: Actor | None) -> None:
        self._context = actor
        if actor is None or actor.kind != FOREIGN_OFFICIAL:
            self.home_context = actor

    def read(self, actors: list[Actor], text: str) -> None:
        if not (self.context is not None and self.context.kind == PRINCIPAL and _ACTS_ON_HIM.search(text)
                and not any(a.kind == PRINCIPAL for a in actors)):
            # 'ويوم 15 ماي 2015، أسند إليه الملك محمد السادس أيضا الإدارة العامة للأمن الوطني': another acted on
            # him, the pronoun; the passage stays his.
            self.context = sentence_context(actors, self.context)
        foreign = [a.iso2 for a in actors if a.kind == FOREIGN_OFFICIAL and a.iso2 not in (None, HOME)]
        self.speaker_country = foreign[-1] if foreign else self.speaker_country

    def enter_paragraph(self, line_index: int) -> None:
        if line_index != self._line:
            self.line_before, self._line = self._line, line_index
            self.paragraph += 1

    def under_its_heading(self) -> bool:
        """Whether the paragraph comes right after the line that headed it with its date (blank lines between)."""
        return self.heading_line is not None and self.heading_line == self.line_before

    def read_dates(self, mentions: list[DateMention], text: str, candidates: list[dict], heading: bool = False) -> None:
        """The last day or month the text gave, the date of the news it tells, unless it dated an
        engagement of his already (then it is that engagement's date, not the next one's) or a plan. A heading's
        year alone dates its item too ('2017' over 'منحته روما وسام ...' in a chronology by year)."""
        dates_an_engagement = any(c["is_event"] for c in candidates)
        # (Not when he is only the implied host of a visitor the sentence is about: the visitor is its subject.)
        # ('وفي نونبر، استقبل بالرباط المدير الوطني للشرطة البرتغالية، الذي حل بالمغرب ...': the sentence opens on his
        # receiving, whoever it then says came.)
        his = next((c["principal_id"] for c in candidates
                    if c["is_event"] and c["principal_id"]
                    and (c["principal_role"] != "host" or _OPENS_ON_RECEIVING.match(text))), None)
        if his is not None and (self.context is None or self.context.kind != PRINCIPAL):
            # 'الزيارة التي قادته إلى مدريد، حيث التقى كاتب الدولة الإسباني' then 'كما استقبل بالرباط ...':
            # he acted; the one he met is no subject of the next sentence.
            self.context = _going_on_with(his)
        self.plans.update((c["country_iso2"], c["meeting_type"]) for c in candidates
                          if c["reject_reason"] == "planned_or_future")
        self.dated_engagement |= dates_an_engagement
        self.visitors_country = next((c["country_iso2"] for c in reversed(candidates)
                                      if c["meeting_type"] == "hosted_visit" and c["country_iso2"] not in (None, HOME)),
                                     self.visitors_country)
        self.anothers_told = next((c for c in reversed(candidates) if c["reject_reason"] == "other_actor"
                                   and c["start_date"] is not None), self.anothers_told)
        tells_none = all(c["reject_reason"] == "no_trigger" for c in candidates)
        pegs = [m for m in mentions if m.is_engagement_date and not m.is_future
                and (m.precision in (dates_mod.DAY, dates_mod.MONTH) or (heading and m.precision == dates_mod.YEAR))
                # 'أرقام المحجوزات التي سجلتها المصالح منذ 2022-01-01': where a period began, in a sentence that
                # tells no engagement, is no day of the news told next.
                and not (tells_none and _SINCE_RIGHT_BEFORE.search(
                    text, max(0, m.start - _SINCE_RIGHT_BEFORE_REACH), m.start))]
        if dates_an_engagement:
            self._peg = None
        elif (pegs or self._peg is not None) and (
                any(c["reject_reason"] == "planned_or_future" for c in candidates) or dates_mod.future_marked(text)
                or (any(c["reject_reason"] == "denied" for c in candidates) and _CALLED_OFF_WORD.search(text))):
            # ('أُلغيت زيارة العمل التي كان من المقرر أن يقوم بها ... يوم الثلاثاء 17 مارس' then 'وهو ما جعل انعقاد
            # الاجتماع في موعده متعذرا': the day of one called off dates no news either; the day of a denied visit
            # may: 'كان يومها بالرباط، حيث استقبل ...'.)
            self._peg = None  # asked only when there is a date to keep or to drop
        elif pegs:
            # (Its days may run on past the date that pegs it: 'حل وفد ... اليوم الاثنين، في زيارة تستغرق ثلاثة أيام'.)
            # 'افتتح ... صباح اليوم ...، الذي يتواصل حتى يوم الخميس الثالث والعشرين': the news is of the day it
            # opened, not of the day it runs until.
            peg = next((m for m in reversed(pegs) if m.parts.get("closes") != "until"), pegs[-1])
            anothers = next((c for c in reversed(candidates) if c["reject_reason"] == "other_actor"
                             and c["start_date"] == peg.start_date and c["end_date"] >= peg.end_date), None)
            self._peg = (peg, self.paragraph, anothers)

    def news_peg(self, reach: int = _PEG_PARAGRAPHS) -> DateMention | None:
        if self._peg is None or self.paragraph - self._peg[1] >= reach:
            return None
        return self._peg[0]

    def anothers_at_peg(self, reach: int = _PEG_PARAGRAPHS) -> dict | None:
        """Another's engagement the news peg dates ('عقد وزير الداخلية اليوم مباحثات مع نظيره')."""
        return self._peg[2] if self.news_peg(reach) is not None and self._peg is not None else None


# Who represented Morocco at it: 'مثّل فيه المغربَ'، 'يمثل المملكة المغربية'.
_REPRESENTED_MOROCCO = prefiltered(r"(?<!\w)[وف]?(?:مثل|يمثل|مثلت)\s+(?:(?:فيه|فيها|فيهما)\s+)?"
                                  r"(?:المغرب|المملكه)(?!\w)")
# A verb in the feminine with 'هي' after it: a woman did it ('مثلت هي'، 'شاركت هي شخصيا').
_SHE_DID = prefiltered(r"(?<!\w)[وف]?[^\W\d]+ت\s+هي(?!\w)")
# The verb's subject right after it, and not he: a programme, a channel or a paper ('استضاف برنامج "ملف الساعة"
# الباحث ...': a broadcast had its guest), or the foreign guest ('زار الضيف السنغالي مركز التعاون الشرطي': a day of
# the visitor's programme).
_ANOTHER_SUBJECT_AFTER = prefiltered(r"\s+(?:(?:ال)?(?:برنامج|قناه|اذاعه|صحيفه|جريده|مجله|بودكاست|حلقه|نشره|منصه"
                                    r"|استوديو)|الضيف|الضيوف|الزاير)(?!\w)(?!\s+المغربي)")
# 'المحطة الأخيرة'، 'المحطة الثانية من الجولة': a stop of the tour told.
_THE_TOURS_STOP = prefiltered(r"(?<!\w)[وف]?(?:ال)?محطه\s+(?:ال)?"
                              r"(?:اولي|ثانيه|ثالثه|رابعه|خامسه|اخيره|ختاميه|مواليه|تاليه)(?!\w)")
_GROUP_NOUNS = "وفد|وفود|فريق|بعثه"  # a delegation, a team, a mission
# 'فقد حط الوفد الرحال يوم الاثنين بكوتونو'، 'زار وفد من المديرية': a group went abroad, the subject after its verb
# (the guests he hosts moving on in Morocco, 'وغادر الوفد القنيطرة في اتجاه الدار البيضاء', are days of his visit).
_THE_GROUP_AFTER = prefiltered(rf"\s+(?:ال)?(?:{_GROUP_NOUNS})(?!\w)")
# 'لقاء جمع ...'، 'جمعت ... بين': the meeting brought together those named next.
_BROUGHT_TOGETHER = prefiltered(r"(?<!\w)(?:جمع|جمعت|يجمع|تجمع)(?!\w)")
_TOGETHER_REACH = 45  # characters: the place and day told between the verb and the first party
# The delegation the page told of acting or met: 'الوفد المغربي'، 'للوفد' (not the one he led: 'حيث قاد الوفد').
_NOT_LED_BY_WHOM_BEFORE = r"(?<!قاد )(?<!يقود )(?<!تراس )(?<!يتراس )(?<!راس )(?<!برياسه )"
_THE_DELEGATION = prefiltered(_NOT_LED_BY_WHOM_BEFORE + r"(?<!\w)[وفب]?(?:ال|لل)وفد(?!\w)")
# Morocco's delegation, unless he is said to have led it ('حيث قاد الوفد المغربي').
_MOROCCOS_DELEGATION = prefiltered(_NOT_LED_BY_WHOM_BEFORE + r"(?<!\w)[وفب]?(?:ال|لل)وفد\s+(?:الامني\s+)?المغربي(?!\w)")
# A group received, in the accusative: 'وفدا أوروبيا'، 'وفودا'، 'عددا من'.
_RECEIVED_GROUP = prefiltered(r"(?<!\w)(?:وفدا|وفودا|عددا\s+من)(?!\w)")
_WHO_BEFORE = prefiltered(r"(?<!\w)(?:الذي|التي|الذين)(?!\w)")

# A verb that opens or closes an event, right before its noun ('وافتتح أشغال'، 'واختتمت فعاليات').
_OPENING_VERB = re.compile(r"(?<!\w)[وف]?(?:افتتح|افتتحت|يفتتح|اختتم|اختتمت|يختتم)(?!\w)")
_HE_OPENED = prefiltered(r"(?<!\w)[وف]?(?:افتتح|يفتتح)(?!\w)")
_OPENING_VERB_BEFORE = prefiltered(_OPENING_VERB.pattern.removesuffix(r"(?!\w)") + r"\s+$")
_OPENING_VERB_REACH = 12

# Staff of a body: 'أطر وضباط المديرية'، 'يضم أطرا من المديرية'، 'عناصر الأمن الوطني'، 'خبراء ومحققو المكتب
# المركزي'، 'مسؤولين في المديرية'، 'وحدات من الأمن الوطني المغربي'، 'لجنة مركزية من المديرية'.
_STAFF_BEFORE = prefiltered(r"(?<!\w)[وب]?(?:ال)?(?:اطر|اطرا|ضباط|ضباطا|عناصر|موظفي|موظفو|مسوولي|مسوولو|مسوولين"
                           r"|خبراء|محققي|محققو|اعوان|رجال|نساء|اطارات|وحدات|فريق|فرق|بعثه|وفد|وفدا"
                           # 'دورة أشرف عليها مكونون من المديرية العامة': its trainers.
                           r"|مكونون|مكونين|مدربون|مدربين|لجنه|لجان)\s+(?:و\S+\s+)?"
                           # 'مسؤولين مركزيين في المديرية': an adjective of theirs before the preposition.
                           r"(?:(?:[^\s،,.]+\s+)?(?:من|في|عن)\s+)?$")
# 'يرافقه عدد من كبار أطر المديرية'، 'برفقة ضباط من المديرية': the staff who went with him.
_WENT_WITH_HIM_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:يرافقه|ترافقه|يصاحبه|برفقه|رفقه|مرفوقا)"
                                    r"(?:\s+[^\s،,.]+){1,6}\s+$")
_WENT_WITH_HIM_REACH = 60  # characters: the companions' words before the body they work for
# 'مختبر ... التابع للمديرية'، 'الفرقة التابعة لمديرية مراقبة التراب الوطني': a unit's employer follows.
_UNIT_OF_BEFORE = prefiltered(r"(?<!\w)(?:ال)?تابع(?:ه|ين)?\s+$")
# On someone's orders: 'بتعليمات من'، 'بتكليف منه'.
_ON_ORDERS = r"(?:بتعليمات|بتوجيهات|بامر|بتكليف|بتفويض)"
# Standing in for him or sent by him: 'ممثلا للمدير العام'، 'ممثلا عن'، 'نيابة عن (السيد)'، 'تلاها نيابة عنه'،
# 'بتعليمات من'، 'بتكليف من'، 'بتفويض من'، 'بتوجيهات من مديرها العام عبد اللطيف الحموشي'، 'بتوجيهات مباشرة من حموشي'.
_REPRESENTING_BEFORE = prefiltered(
    r"(?<!\w)(?:(?:ممثلا|ممثله|ممثل)(?:\s+عن)?|بالنيابه عن|نيابه عن"
    rf"|[وف]?{_ON_ORDERS}(?:\s+(?:ساميه|مباشره|شخصيه))?\s+من"
    r"|(?:تنفيذا\s+)?(?:لل|بال|ل|ب)(?:تعليمات|توجيهات)\s+(?:الصادره\s+)?(?:عن|من))\s+"
    r"(?:(?:مديرها|مديره|رييسها|رييسه|المدير|للمدير)(?:\s+العام)?\s+)?(?:السيد\s+)?$")
# Two persons told as a pair: 'الرجلين'، 'المسؤولين'، the dual verb 'عقداه'، 'التقيا'، 'بينهما' (not 'الجانبان', the two
# sides, who may agree on anything: 'قبل أن يتفق الجانبان على إرجائها').
_THE_TWO = prefiltered(r"(?<!\w)(?:[وبل]?(?:ال|لل)(?:رجلين|رجلان|مسوولين|مسوولان)"
                       r"|[وف]?(?:عقداه|عقداها|اجرياه|اجرياها|التقيا|اجتمعا|جمعهما|بينهما))(?!\w)")
_APPOSITION_GAP = 3  # characters between his title and his name: a space, a comma
# Between his title and his name: a space, a comma, 'السيد' ('المدير العام ...، السيد عبد اللطيف حموشي'), the title's
# nationality ('المدير العام للأمن الوطني المغربي عبد اللطيف حموشي').
_HIS_APPOSITION = prefiltered(r"[\s،,]*(?:المغربي[\s،,]+)?(?:السيد\s+)?")


def _in_apposition(text: str, before: Actor, after: Actor) -> bool:
    """Whether two of his mentions are one: his title, then his name right after it (or the reverse)."""
    return before.end <= after.start and _HIS_APPOSITION.fullmatch(text, before.end, after.start) is not None
# 'تلاها نيابة عنه'، 'وأن الوفد سافر إلى مدريد بتعليمات منه': for him, on his orders, by others; 'إذ ناب عنه المدير
# العام المساعد في مؤتمر ... بالرياض'، 'فيما مثله المفتش العام في أشغال ...': another stood in for him.
_ON_HIS_BEHALF = Prefiltered(re.compile(r"(?<!\w)(?:(?:بالنيابه|نيابه)\s+عنه"
                                        rf"|{_ON_ORDERS}\s+منه"
                                        r"|[وف]?(?:ناب|ينوب|نابت|تنوب)\s+عنه"
                                        r"|(?:فيما|حيث|اذ|وقد|فقد)\s+(?:مثله|مثلته|يمثله|تمثله)"
                                        # 'أو عبر وفود تمثله، كما هو الحال في مؤتمر كيغالي': sent in his stead.
                                        r"|(?:وفد|وفدا|وفود)\s+(?:\S+\s+)?(?:يمثله|تمثله|مثله|مثلته))(?!\w)"))
# 'التي يشرف عليها'، 'التي يقودها'، 'الذي يرأسه'، 'التي يوجد على رأسها': the head of the body just named, described,
# not acting; 'ضمن برنامج التحديث ... تحت إشراف مديرها العام السيد': the one under whose lead its work goes on.
_HEADS_IT = prefiltered(r"(?<!\w)(?:(?:التي|الذي)\s+(?:يشرف\s+عليها|يشرف\s+عليه|يقودها|يقوده|يديرها|يديره|يراسها"
                       r"|يراسه|يتراسها|يتراسه|(?:يوجد|يوجد\s+حاليا|يقف)\s+علي\s+(?:راسها|راسه))\s+(?:\S+\s+){0,1}"
                       r"|تحت\s+(?:اشراف|قياده)\s+(?:مديرها|مديره|رييسها|رييسه)(?:\s+العام)?\s+(?:السيد\s+)?)$")
_HEADS_IT_REACH = 40


def _absent_at(text: str, start: int, end: int) -> bool:
    """Whether the words around the one named at text[start:end] say that he was not there, or not met ('ولم يحضر
    حموشي'، 'في غياب المدير العام'، 'أن المدير العام لم يتنقل إلى تونس')."""
    return (_ABSENT_BEFORE.search(text, max(0, start - _ABSENT_REACH), start) is not None
            or _NO_MEETING_WITH_BEFORE.search(text, max(0, start - _NO_MEETING_REACH), start) is not None
            or _ABSENT_AFTER.match(text, end) is not None)


def _heads_a_body(text: str, actor: Actor) -> bool:
    """'المديرية العامة، التي يقودها عبد اللطيف حموشي': named as a body's head; 'الوفد الذي يقوده حموشي' is
    his delegation, and he takes part."""
    heads = _HEADS_IT.search(text, max(0, actor.start - _HEADS_IT_REACH), actor.start)
    return heads is not None and "وفد" not in text[max(0, heads.start() - _HEADS_IT_REACH):heads.start()]


# Morocco's ambassador or consul ('القنصل العام للمملكة المغربية في دبي'): the envoy met, not he.
_MOROCCAN_ENVOY = Prefiltered(re.compile(  # 'سفيرة المملكة المغربية': the ambassador may be a woman
    r"(?<!\w)(?:ال)?سفير(?:ه)?\s+(?:المملكه\s+المغربيه|المغرب|المملكه)(?!\w)|(?<!\w)السفير(?:ه)?\s+المغربي(?:ه)?(?!\w)"
    r"|(?<!\w)(?:ال)?(?:سفير|قنصل)(?:ه)?(?:\s+العام(?:ه)?)?\s+(?:لل|ل)(?:مملكه\s+المغربيه|مغرب)(?!\w)"
    r"|(?<!\w)القنصل(?:ه)?(?:\s+العام(?:ه)?)?\s+المغربي(?:ه)?(?!\w)"))
# ('بمأدبة عشاء أقامها سفير المغرب'، 'لبى دعوة عشاء بإقامة سفير المغرب': the ambassador hosted him, at his trip's
# end, as attending ones do.)
_ATTENDING = prefiltered(r"(?<!\w)(?:بحضور|حضور|رفقه|برفقه|جانب|مرفوقا|وحضره|حضره|اقامها|اقامه|باقامه|بمقر\s+اقامه)"
                         r"\s+(?:\S+\s+)?$")
_ATTENDING_REACH = 16
# 'تلا رسالة بعث بها عبد اللطيف حموشي': the one who sent it, too; and the one whose invitation was handed over.
_MESSAGE_FROM = Prefiltered(re.compile(r"(?<!\w)(?:(?:رساله|برقيه|تحيات|تحيه|تهاني)(?:\s+\S+){0,2}?\s+(?:من|عن)"
                                       r"|(?:رساله|برقيه)(?:\s+\S+){0,2}?\s+(?:بعث|وجه|ارسل)(?:ها)?\s+(?:بها|اليهم)"
                                       r"|(?:تحيات|تحيه|تهاني)"
                                       # 'وسلم المسؤول الموريتاني دعوة حموشي الرسمية': an invitation handed over.
                                       r"|[وف]?(?:سلم|سلمه|سلمت|سلمها|نقل|حمل|تسليم|تسلم)\s+(?:\S+\s+){0,3}?دعوه"
                                       r"(?:\s+(?:رسميه|خطيه|مكتوبه))?(?:\s+(?:من|عن))?)\s+"))
# What may stand between the sender's first mention and the next: his titles ('ولمراقبة'، 'ومراقبة'، 'والمدير العام
# لمراقبة' too), 'السيد', commas; no other word joined by 'و' (another clause).
# Each word is taken whole ('++'): a failing match must not try every split of every word.
_SENDER_APPOSITION = prefiltered(r"(?:(?!و(?!ل|المدير(?!\w)|مراقبه(?!\w)))[^\s،,.]++\s*(?:[،,]\s*)?){0,14}")
# Received by officials, not by him: 'حيث استقبلها مسؤولون عن مديرية التعاون الدولي'، 'استقبله عدد من أطر المديرية'.
_RECEIVED_BY_STAFF = prefiltered(r"(?<!\w)[وف]?(?:استقبله|استقبلها|استقبلهم|استقبلتهم|استقبلته|استقبلتها)\s+"
                                 r"(?:عدد\s+من\s+)?(?:مسوولون|مسوولو|مسوولين|اطر|ممثلون|ممثلو|ممثلين|مديرو|مديري)(?!\w)")
_NAME_OF_RIGHT_BEFORE = prefiltered(r"(?<!\w)[وب]?اسم\s+$")  # 'اسم حموشي': his name, talked of
# 'وفد ... يقوده أحد أقرب مساعدي حموشي': one of his aides, who is not he.
_HIS_AIDE_BEFORE = prefiltered(r"(?<!\w)(?:احد|بعض)\s+(?:(?:اقرب|كبار|ابرز)\s+)?(?:مساعدي|معاوني|مستشاري|مقربي)\s+$")
_HIS_AIDE_REACH = 30
# 'المسؤول المغربي الذي حل بمدريد يوم الاثنين هو': the one who did it, told before who he was.
_WHO_IT_WAS_BEFORE = prefiltered(r"(?<!\w)(?:الذي|التي)\s+[^.؛،]*?\s+(?:هو|هي)\s+$")
_WHO_IT_WAS_REACH = 120
# 'زار مدينة طنجة هذا الشهر والتقى مسؤولين جهويين في الأمن المغربي': the visitor met officials of his force.
_MET_STAFF = prefiltered(r"(?<!\w)[وف]?(?:التقي|التقت|التقوا|اجتمع\s+(?:ب|مع)|اجتمعت\s+(?:ب|مع))\s*"
                         r"(?:عددا\s+من\s+|بعض\s+)?(?:ال)?(?:مسوولين|مسوولي|اطر|اطرا|ضباط|ضباطا|ممثلين|ممثلي)(?!\w)")
# 'قلده الرئيس الفرنسي وسام ...'، 'وشحته الملكة': decorated him, the one the passage is about.
_DECORATED_HIM = prefiltered(rf"(?<!\w)[وف]?(?:{_DECORATED_HIM_WORDS})(?!\w)")
# Where he was not: 'الذي لم يشارك فيه حموشي'، 'في غياب المدير العام'، 'دون حضور حموشي'، 'دون أن يشارك حموشي'،
# 'ولم يكن حموشي آنذاك مسؤولا عن جهاز الشرطة'، 'ولم يسجل حضور حموشي'، 'وغاب حموشي عن'.
_ABSENT_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:لم\s+(?:يشارك|يحضر|يحضره|يحضرها|يكن)(?:\s+(?:فيه|فيها))?|في\s+غياب|بغياب"
                            r"|لم\s+(?:يسجل|تسجل)\s+(?:حضور|مشاركه)|غاب|تغيب"
                            r"|لم\s+(?:يرد|يظهر|يذكر)\s+اسم"
                            # 'أن المسؤول الليبي "لم يلتق إطلاقا بالمدير العام"': the one not met.
                            r"|لم\s+(?:يلتق|يلتقي|تلتق|تلتقي|يقابل|تقابل)(?:\s+(?:اطلاقا|ابدا|قط))?(?:\s+مع)?"
                            # 'شاركت وفود من المديرية العامة، دون المدير العام، في دورات تكوينية'
                            r"|(?:ب|من\s+)?دون"
                            r"|(?:ب)?دون\s+(?:(?:ان\s+(?:تسجل|يسجل)\s+)?(?:حضور|مشاركه)"
                            # 'شارك وفد ... دون أن يترأسه حموشي'، 'استقبله مدير ... دون أن يلتقي حموشي'، 'عقدت جلسات عمل
                            # ...، دون أن تلتقي المدير العام شخصيا'
                            r"|ان\s+(?:يشارك|يحضر|يكون|يتراسه|يتراسها|يلتقي|تلتقي|يلتقوا|يقابل|تقابل)(?:\s+(?:فيه|فيها))?)"
                            # 'كان من نصيب الجنرال حرمو، لا حموشي'، 'وليس حموشي': another, not he.
                            r"|(?<=[،,] )(?:لا|وليس|ليس))"
                            r"\s+(?:السيد\s+)?$")
_ABSENT_REACH = 30
# 'حموشي غاب عن هذه الدورة'، 'أن المدير العام لم يتنقل إلى تونس': the one named (or 'the director general' alone,
# _THE_CHIEF, on a page about him) was not there.
_THE_CHIEF = prefiltered(r"(?<!\w)(?:ال)?مدير\s+(?:ال)?عام(?!\w)")
# ('فالمدير العام ... لم يكن معنيا بالاجتماع الوزاري، ولم يسافر إلى لاهاي': not concerned by it.)
_ABSENT_AFTER = prefiltered(r"\s*(?:لم\s+(?:يحضر|يحضرها|يشارك|يتنقل|يسافر|يكن\s+معنيا)|غاب|تغيب)(?!\w)")
# 'ولم يُعلن خلالها عن أي لقاء مع المدير العام للأمن الوطني'، 'لم يتضمن في أي لحظة لقاء مع حموشي': no meeting
# with him, of any kind, at any time.
_NO_MEETING_WITH_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:لم|لا|دون)\s+(?:\S+\s+){0,4}?(?:اي|ايه)\s+(?:لحظه\s+|وقت\s+)?"
                                     r"(?:لقاء|اجتماع|مباحثات|محادثات)\s+(?:\S+\s+)?مع\s+(?:السيد\s+)?$")
_NO_MEETING_REACH = 60
# 'اشتغلت دون مشاركة المدير العام نفسه'، '... شخصيا'، 'دون أن تسجل مشاركة المدير العام في هذا اللقاء'، 'دون مشاركة
# المدير العام عبد اللطيف حموشي': the bare title, in his force's news or before his name, is he (absent by
# _ABSENT_BEFORE).
_BARE_CHIEF = prefiltered(r"(?<!\w)(?:بال|ال)?مدير\s+(?:ال)?عام(?:\s+(?:نفسه|شخصيا)|(?=\s*[\"»”]?\s*(?:[،,.؛]|$))"
                          r"|(?=\s+في\s+(?:هذا|هذه|اي|ايه)\s)|(?=\s+(?:السيد\s+)?(?:عبد\s+اللطيف|حموشي|الحموشي)(?!\w)))")
# A group as the subject after its verb: 'وصل ... فوج من عناصر'، 'حل ... وفد أمني مغربي' (_another_subject_after).
_INDEFINITE_GROUP = r"(?:وفد|فوج|بعثه|فريق)\s+(?:من|عن|رفيع|\w+ي)"
# 'وكان وفد تقني من المديرية قد': the subject between 'كان' and 'قد', right before the verb.
_HAD_DONE_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:كان|كانت)\s+(?P<subject>(?:\S+\s+){1,6}?)قد\s+$")
_HAD_DONE_REACH = 60
# 'وسبق لوزير الداخلية أن': the subject between 'سبق ل' and 'أن', right before the verb.
_HAD_ALREADY_BEFORE = prefiltered(r"(?<!\w)[وف]?سبق\s+(?P<subject>ل\S+(?:\s+\S+){0,6}?)\s+ان\s+$")
_THAT_A_GROUP_REACH = 90
# 'فإن فريقا من خبراء الشرطة الكندية زار الدار البيضاء': a group in the accusative after 'أن', before the verb.
# 'بأن وفدا من الأطر العليا للمديرية العامة للأمن الوطني كان قد حل الشهر الماضي بمدريد': a group of his force's.
_THAT_A_GROUP_BEFORE = prefiltered(r"(?<!\w)[وفل]?[اب]?ان\s+(?:وفدا|فريقا|فوجا|بعثه)\s+(?:من|عن|\w+يا)"
                                  r"(?:\s+\S+){0,8}?(?:\s+كان\s+قد)?\s+$")
_AN_INSTITUTION_RECEIVED = prefiltered(r"(?<!\w)[وف]?(?:استقبل|استقبلت)\s+(?:ال)?"
                                       r"(?:معهد|اكاديميه|مدرسه|كليه|جامعه)(?!\w)")
_STAFF_TOOK_PART = prefiltered(r"(?<!\w)[وف]?(?:شاركت|شارك|ساهمت|ساهم)\s+(?:عناصر|افراد|ضباط|اطر|وحدات|فرق)(?!\w)")
_GROUP_SUBJECT = prefiltered(rf"(?<![\w.]){_INDEFINITE_GROUP}(?!\w)")
_GROUP_AFTER_VERB = prefiltered(rf"\s+{_INDEFINITE_GROUP}(?!\w)")
# A trip's or a part's nouns, without a possessive: 'زيارة وفد من ...'، 'مشاركة وفد تقني من المديرية في اجتماع'.
_GROUP_AGENT_NOUNS = frozenset({"زياره", "رحله", "جوله", "مشاركه", "حضور"})
_GOING = "توجه|وصل|حل|انتقل|قدم|حط|سافر|عاد"
_GOING_VERB = prefiltered(rf"(?<!\w)[وف]?(?:{_GOING})$")
_GOING_VERB_REACH = 8
# ... or officers: 'توجه عناصر من الشرطة'، 'توجه ضابطا اتصال مغربيان إلى برشلونة'.
_MOVING_GROUP = prefiltered(rf"(?<![\w.])(?:{_INDEFINITE_GROUP}|(?:عناصر|افراد|ضباط)\s+(?:من|عن)"
                           r"|(?:ضابطا|ضابطي|ضباط|ضابط)\s+(?:ال)?اتصال)(?!\w)")
# 'كما زار أعضاء الوفد الكلية الكندية للشرطة': after a verb of going or visiting, the members of the delegation
# are who went (after 'استقبل' they would be whom he received).
_GOING_OR_VISITING_VERB = prefiltered(rf"(?<!\w)[وف]?(?:{_GOING}|زار|تفقد)$")
_DELEGATES = prefiltered(r"\s*،?\s*(?:اعضاء|عناصر|افراد)\s+(?:ال)?وفد(?!\w)")
_NEXT_CLAUSE = prefiltered(r"،\s*و|\s[وف]?ي\w{2,}ه(?!\w)")
_GOVERNS_NOUN = {"راس", "ضمن", "مع", "الي", "في", "من", "علي", "عن", "بين", "رئيس", "اعضاء", "افراد", "لدي", "امام"}
# 'ومثل المديرية في الاجتماع ...': another stood for his body or country.
# 'أما المديرية ...، فقد مثلها في اجتماع تقني ... المدير المركزي': the body named before, by its pronoun.
_REPRESENTED = prefiltered(
    r"(?<!\w)(?:[وف]?(?:كما\s+)?(?:مثل|يمثل)\s+(?:المديريه|المديريتين|الامن الوطني|المغرب|المملكه)"
    r"|[وف]?قد\s+مثل(?:ها|هما))(?!\w)")
_REPRESENTED_REACH = 60  # characters before a noun trigger: 'مثل المديرية في اجتماع'
# 'ضمن الوفد'، 'عضوا في الوفد': a member of the delegation, whoever led it.
_MEMBER_OF = prefiltered(r"(?<!\w)(?:ضمن|عضوا في)\s+(?:ال)?$")
# Who led a delegation: 'وفد يترأسه'، 'برئاسة'، 'يقوده'، 'بقيادة'.
# ('مشاركة مغربية يقودها لفتيت': the feminine object too.)
_LED_BY = Prefiltered(re.compile(r"(?<!\w)(?:يتراسه|تراسه|يراسه|براسه|برياسه|يقوده|قاده|بقياده"
                                 r"|يتراسها|تراسها|يقودها|قادها)\s+"))
# A ceremony or sitting, right before the one who chaired it ('حفل ترأسه'، 'في جلسة يترأسها').
_GATHERING_BEFORE = prefiltered(r"(?<!\w)[وفب]?(?:ال)?(?:حفل|مراسم|جلسه|اجتماع|مادبه)\s+(?:\S+\s+)?$")
_GATHERING_REACH = 24
# Who else a delegation counts: 'ويضم عبد اللطيف حموشي'، 'وضم في عضويته'، 'ومن بين أعضائه'.
_IT_INCLUDES = prefiltered(r"(?<!\w)[وف]?(?:يضم|ضم|تضم|من\s+بين\s+اعضايه)(?:\s+في\s+عضويته)?\s+")
_INCLUDES_REACH = 40  # characters from 'يضم' to his name: 'ويضم كلا من ... حموشي'
_ONE_OF_THEM = prefiltered(r"(?:احد|نايبه|نايب\s+المدير|مديرين|مدراء|مسوولين)(?!\w)")
_TITLE_MARKER_TOKENS = 2  # words between a leader's title and his nationality: 'رئيس جهاز أمن الدولة القطري'
# A day or stop of a visit after its first: 'في ثالث أيام زيارة العمل'، 'في المحطة الأخيرة من'.
_A_LEG_OF_THE_VISIT = prefiltered(r"(?<!\w)(?:(?:ثاني|ثالث|رابع|خامس|اخر)\s+ايام"
                                 r"|(?:ال)?محطه\s+(?:ال)?(?:ثانيه|ثالثه|رابعه|اخيره)|محطه\s+من\s+محطات|اخر\s+محطه)(?!\w)")
# 'يواصل المدير العام للحرس المدني زيارة عمل إلى المغرب، حيث حل اليوم بتطوان': visitors going on with a visit
# to Morocco came to a later stop of it (said only of visits here: his own tour abroad goes on with him).
_GOES_ON_WITH_A_VISIT = prefiltered(r"(?<!\w)[وف]?(?:يواصل|تواصل)\s+(?:\S+\s+){0,6}?زياره(?!\w)")
# The visitors' programme, told with the delegation the page named as the subject of its verb ('وفي يوم
# الأربعاء، زار الوفد المعهد الملكي للشرطة'، 'واختتم الوفد زيارته بمدينة طنجة'، 'انتقل أعضاء الوفد إلى'، 'وعلى هامش
# المؤتمر، أجرى أعضاء الوفد لقاءات'، 'وقام الوفدان الإسباني والألماني ... بزيارة ميدانية').
_THE_DELEGATION_ACTS = prefiltered(r"(?<!\w)[وف]?(?:زار|زارو|اختتم|استهل|حل|انتقل|توجه|اطلع|تفقد|واصل|قام|بدا|شرع|وصل"
                                  r"|انهي|اجري|عقد)\s+(?:اعضاء\s+|رييس\s+)?(?:الوفد|الوفدان|الوفدين|الوفود)(?!\w)"
                                  r"(?!\s+(?:الامني\s+)?المغربي)")
# What stands between a foreign title and the name of the one who holds it: the rest of the title, no comma or
# 'و' that would join another ('مدير مكتب التحقيقات الفيدرالي كريستوفر راي').
_IN_APPOSITION = prefiltered(r"(?:\s+(?!و)[^\s،,.]+){0,5}\s+")
# A relative clause that tells what happened during the engagement just named: 'والتي عقد خلالها'، 'التي التقى فيها'،
# 'والتي كان قد التقى خلالها'.
_DURING_IT = prefiltered(r"(?<!\w)و?(?:التي|الذي)\s+(?:\S+\s+){0,3}?(?:خلالها|خلاله|فيها|اثناءها)(?!\w)")
_DURING_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:خلال|اثناء)\s+(?:ال)?$")
# 'التي أجراها الوزير سادنوف في الرباط في مارس الماضي، حين استقبله حموشي': when, at that visit, he received him.
_WHERE_AFTER_THE_DATE = prefiltered(r"\s*(?:(?:م|ه)\s*)?\)?\s*[،,]\s*(?:حيث|حين|عندما)(?!\w)")
# 'الاجتماع الذي عقده الوزير الإسباني بالرباط، منتصف الشهر، مع حموشي': the one the agent met with, named after.
_WITH_NAMED_BEFORE = prefiltered(r"(?<!\w)و?مع\s+(?:السيد\s+)?$")
# Others attending, the subject after the verb and what they attended: 'وحضر حفل التخرج سفراء عدد من الدول'، 'وحضر
# الحفل رئيس مجلس الجهة ومنتخبون وممثلو السلطات ... إلى جانب القناصل العامين'.
# 'وشاركت في أشغال الجمعية العامة ببكين وفود من أزيد من 150 دولة': the delegations of many countries took part.
_ATTENDED_BY_OTHERS = prefiltered(r"(?<!\w)[وف]?(?:حضر|حضره|حضرها|شهد|شهده|شهدها|شاركت|شارك)"
                                 r"\s+(?:\S+\s+){0,7}?و?(?:ال)?"
                                 r"(?:سفراء|ممثلو|ممثلون|مسوولو|مسوولون|قناصل|ملحقو|عدد\s+من|وفود\s+(?:من|عن|تمثل))(?!\w)")
# 'ترؤسه الوفد المغربي'، 'قيادته للوفد المغربي': his leading Morocco's delegation, told by a pronoun.
_HIS_LEADING_MOROCCOS_DELEGATION = prefiltered(r"(?<!\w)[وب]?(?:تروسه|قيادته|رياسته)\s+(?:\S+\s+){0,5}?"
                                              r"(?:لل|ال)وفد\s+(?:ال)?مغربي(?!\w)")
_LEADS_MOROCCOS_DELEGATION = prefiltered(r"(?<!\w)[وف]?(?:تراس|يتراس|قاد|يقود)\s+(?:ال)?وفد\s+(?:ال)?مغربي(?!\w)\s*")
# Characters from the delegation to its leader, in verb-subject order: 'في هذه الدورة' may stand between.
_LEADER_REACH = 24
# What may stand between a subject and its verb: the parties joined to it, 'قد' ('المغرب وإثيوبيا قد وقعا').
_SUBJECT_BEFORE_VERB = prefiltered(r"(?:\s+و\S+)*\s+(?:قد\s+)?")
# He, named after a group, as the one who met it: 'أجرى معه حموشي'، 'استقبله حموشي'، 'حيث التقى حموشي'.
_MET_THEM_BEFORE = prefiltered(r"(?<!\w)(?:اجري\s+(?:معه|معهم)|عقد\s+(?:معه|معهم)|استقبله|استقبلهم|التقاه|التقاهم|التقي"
                              r"|استقبل)\s+(?:السيد\s+)?$")
_MET_THEM_REACH = 24
# A 'met' or 'received' verb a few words (a day, a place) before an official: 'التقى أمس الاثنين وزير الداخلية'.
# ('استقبلهم والي الجهة': the guests, then who received them; not 'استقبله خلالها وزير الداخلية', he.)
_MET_VERB_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:التقي|التقت|التقوا|استقبل|استقبلت|قابل|قابلت)(?:ها|هم|هما)?"
                               r"(?:\s+[^\s،,.]+){0,3}\s+$")
_MET_VERB_REACH = 40
# An officer named by rank and name right before the verb ('وكان اللواء المعايطة استقبل'، 'العميد الزيادي قد
# ترأس'). 'الفريق' ('the team') and 'المقدم' ('the one presented') are as often common nouns: left out.
_OFFICER_BEFORE_VERB = prefiltered(r"(?<!\w)(?:(?:اللواء|العميد|العقيد|الجنرال|المشير)(?P<name>(?:\s+[^\W\d]+){1,3})"
                                  r"|(?:ال)?(?:وزيران|وزراء)|وزيرا(?:\s+[^\W\d]+){1,2})\s+(?:قد\s+)?$")
_OBJECT_WORD_BEFORE = prefiltered(r"(?<!\w)(?:%s)\s+$" % "|".join(sorted(OBJECT_MARKERS)))
# A group, indefinite and in the nominative, right after the verb that carries an engagement noun: its subject.
_GROUP_AS_SUBJECT = prefiltered(rf"\s*(?:{_GROUP_NOUNS}|لجنه)(?!\w)")
# A Moroccan group right after an engagement noun, as its genitive: 'مشاركة الوفد المغربي'، 'زيارة الوفد الأمني
# المغربي'.
_MOROCCAN_GROUPS_AFTER = prefiltered(rf"\s+(?:ال)?(?:{_GROUP_NOUNS})(?:\s+(?:ال)?(?:امني|تقني|رسمي))?"
                                     r"\s+(?:ال)?مغربي(?!\w)")
# The states as a verb's subject ('وقعها البلدان'): they acted, not he.
_STATES_AS_SUBJECT = prefiltered(
    r"\s+(?:البلدان|البلدين|الدولتان|الدولتين|الحكومتان|الحكومتين|المملكتان|المملكتين)(?!\w)")
# 'حيث' opens a clause that goes on with the subject of the one before: 'توجه إلى روما حيث التقى ...'.
_WHERE = Prefiltered(re.compile(r"(?<!\w)[وف]?حيث(?!\w)"))
# So does 'when' ('البداية كانت من الرياض، حين التقى رئيس أمن الدولة السعودي'), right before the verb.
_WHERE_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:حيث|حين|حينما|عندما)\s+(?:قد\s+)?$")
# An honour verb with its object pronoun: the one decorated is whom the passage speaks of.
_HONOURS_HIM = prefiltered(r"(?:وشح|كرم)(?:ت)?ه")
# 'تسلم بمدريد، من يد وزير الداخلية، الصليب الأكبر': he received it, from the giver's hand.
_RECEIVED_IT_FROM = prefiltered(r"(?<!\w)[وف]?(?:تسلم|استلم|تقلد|نال)(?:[\s،,]+[^\s،,]+){0,3}?[\s،,]+من\s+يد(?!\w)")
# 'توشيح بعض الجنرالات'، 'توشح ثلاثة عشر موظفا': a group honoured, counted or not.
# 'توجت المديرية بجائزة'، 'فازت ... بجائزة'، 'تتويج المديرية': a prize won.
_AWARDED_A_PRIZE = prefiltered(r"(?<!\w)[وف]?(?:توجت|تتوج|توج|تتويج|فازت|تفوز|نالت|حصلت|تحصل)(?:\s+\S+){0,12}?\s+"
                              r"(?:ب|علي\s+)?(?:ال)?جايزه(?!\w)")
# 'سلم أوسمة ملكية لعدد من الأطر': medals he handed to a group, theirs.
_GROUP_HONOURED = prefiltered(r"(?<!\w)[وف]?(?:[تي]?وشح\w*|توشيح|تكريم|[تي]?كرم\w*)"
                             rf"\s+(?:بعض|عدد من|عده|مجموعه من|ثله من|\d{{1,3}}|(?:{WORD_NUMBER_PATTERN})ه?"
                             # 'توشيح اثني عشر إطارا': eleven to nineteen.
                             r"|احد|احدي|اثني|اثنتي|اثنا|اثنتا)(?!\w)"
                             r"|(?<!\w)(?:اوسمه|ميداليات)(?:\s+\S+){0,2}?\s+ل(?:عدد|بعض|مجموعه|ثله)\s+من(?!\w)"
                             # 'توزيع أوسمة على عناصر برتغالية متميزة': medals to officers.
                             r"|(?<!\w)(?:اوسمه|ميداليات)\s+(?:علي\s+|ل)(?:ال)?(?:عناصر|اطر|ضباط|موظفي|موظفين|افراد)(?!\w)")


_STATE_VISITORS = frozenset({"King", "President", "President of the Republic", "Prime Minister", "Head of Government",
                             "Crown Prince"})
# 'زيارة الدولة التي قام بها'، 'زيارة دولة إلى المغرب' (not 'زيارة دولة قطر', a visit to the State of Qatar); 'الزيارة
# الرسمية للرئيس إيمانويل ماكرون'، 'زيارة العاهل الإسباني' (the President, the King: not 'رئيس الشرطة', a body's head).
_STATE_VISIT_AFTER = prefiltered(r"\s+(?:الدوله|دوله\s+(?:الي|رسميه|التي|يقوم|قام|يجري|اجري|ل\S+))(?!\w)"
                                 r"|(?:\s+(?:الرسميه|الدوله))?(?:\s+(?:التي|الذي)\s+(?:(?:قام|يقوم)\s+بها|اداها|اجراها))?"
                                 r"\s+(?:لل|ال)(?:رييس|ملك|عاهل)(?!\w)")
# 'كان الجنرال محمد حرمو ... حاضرا': the subject right after 'was'.
_WAS_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:كان|كانت)\s+$")
_WAS_REACH = 8
_ALSO_BEFORE = prefiltered(r"(?<!\w)[وف]?كما\s+$")
# A sentence that opens with when ('وخلال السنة ذاتها، التقى ...'، 'وفي يونيو، التقى ...') and then the verb: its
# subject is the one the passage is about, not the official after it.
_WHEN_THEN_VERB = prefiltered(r"^[وف]?(?:في|خلال|بعد|قبل|عقب|اثناء|مطلع|اواخر|اواسط)\s+[^،,.]{1,40}[،,]\s*$")
_MET_WORDS = frozenset({"التقي", "اجتمع", "تباحث"})
_WITH_RIGHT_BEFORE = prefiltered(r"(?<!\w)[وف]?مع\s+$")
_HONOURING_NOUNS = ("توشيح", "تكريم")  # the act, whose next words name who was honoured


@dataclass
class _Scene:
    """One sentence with everything read from it, for the candidates it reports."""

    sentence: Sentence
    mentions: list[DateMention]
    roles: list[PlaceRole]
    tokens: list[Token]
    actors: list[Actor]
    context: Actor | None  # the actor the article spoke of before this sentence
    principal: str | None  # the principal the article names, anywhere in it
    reference: Reference
    triggers: list[Trigger]  # every trigger word of the sentence (find_triggers), found once
    session: Session | None  # the known session of a body's recurring meeting the sentence names
    met_countries: frozenset[str] = frozenset()  # the countries of his engagements the article told before it
    # The clauses of the sentence already read as his receiving someone ('استقبل'): (start, end, principal).
    his_clauses: list[tuple[int, int, str]] = field(default_factory=list)

    def calendar_hint(self) -> CalendarHint | None:
        """The weekday, month or days the sentence's first unresolved date names."""
        return next(filter(None, map(_grammar(self.reference).hint, self.mentions)), None)

    def honours_another(self, trigger: Trigger) -> bool:
        """An honour noun whose next words name another official: 'توشيح وزير الداخلية'، 'توشيح حصاد' (after a
        verb, 'وشحه العاهل الإسباني', they name who gave it)."""
        if trigger.kind != "honor" or trigger.is_verb or not trigger.word.startswith(_HONOURING_NOUNS):
            return False  # 'وسام الأمير نايف للأمن العربي': a medal is named after whom it honours, not given to
        following = [a for a in self.actors if 0 <= a.start - trigger.end <= 1]
        return bool(following) and following[0].kind != PRINCIPAL

    def dates_anothers_engagement(self, date: DateMention) -> bool:
        """'بعد الزيارة التي قام بها وزير الداخلية، عبد الوافي لفتيت، يوم الأربعاء 15 يونيو': a date told
        right after the agent of another's engagement ('التي قام بها X'، 'التي أجراها X') is that one's,
        whatever engagement of his the sentence opened with."""
        text = self.sentence.norm.text
        for trigger in self.triggers:
            verb_end = None if trigger.is_verb or trigger.start > date.start else support_verb_end(text, trigger)
            if verb_end is None or verb_end > date.start:
                continue
            agents = [a for a in self.actors if verb_end <= a.start < date.start]
            between = [t for t in self.triggers if verb_end <= t.start < date.start]
            if agents and agents[0].start - verb_end <= 1 and not between and all(
                    a.kind != PRINCIPAL for a in agents):
                # '... التي قام بها المدير العام للأمن التركي إلى الرباط في شتنبر 2023، والتي عقد خلالها جلسة عمل مع
                # حموشي': the visitor's stay in which he met him is his guest's visit.
                # '... التي قام بها رئيس الأمن العام البحريني إلى الرباط يوم 20 فبراير 2024، حيث عقد مباحثات مع حموشي':
                # where the visitor went, the scene 'حيث' goes on with.
                during = _DURING_IT.search(text, date.end) or _WHERE_AFTER_THE_DATE.match(text, date.end)
                # 'فخلال زيارة الدولة التي قام بها العاهل الإسباني إلى المغرب في فبراير 2019، كان حموشي ضمن ...':
                # the visit is the occasion of what he did after it.
                occasion = _DURING_BEFORE.search(text, max(0, trigger.start - 12), trigger.start)
                return not any(a.kind == PRINCIPAL and a.principal_role != "body" and (
                    (during is not None and a.start > during.end()) or (occasion is not None and a.start > date.end)
                    or (a.start > date.end and _WITH_NAMED_BEFORE.search(text, max(0, a.start - 12), a.start)
                        and not any(date.end <= t.start < a.start for t in self.triggers)))
                    for a in self.actors)
        return False

    def _opened_by_another(self, trigger: Trigger, end: int) -> bool:
        """Whether an opening or closing verb right before the engagement noun has its subject after the noun
        phrase, and that subject is an official who is not he."""
        text = self.sentence.norm.text
        if not _OPENING_VERB_BEFORE.search(text, max(0, trigger.start - _OPENING_VERB_REACH), trigger.start):
            return False
        phrase_end = min([end] + [i for i in (text.find("،", trigger.end), text.find(",", trigger.end)) if i >= 0])
        after = [a for a in self.actors if trigger.end <= a.start < phrase_end]
        return bool(after) and after[0].kind in (FOREIGN_OFFICIAL, HOME_OFFICIAL)

    def _received_by_a_country(self, trigger: Trigger) -> bool:
        """A reception noun whose next word is a foreign country with no preposition: that country received
        someone ('منذ استقبال إسبانيا زعيم جبهة البوليساريو'), his reception would name him."""
        if trigger.is_verb or not trigger.word.endswith("استقبال"):
            return False
        following = [r.mention for r in self.roles if 0 <= r.mention.start - trigger.end <= 1]
        return bool(following) and following[0].alias.kind == "short_name" and not following[0].clitics.preposition \
            and following[0].iso2 not in (None, HOME)

    def _received_by_another(self, actors: list[Actor], verb_end: int, end: int) -> bool:
        """Whether the first party after a 'received' verb is a foreign official followed by whom he received, a
        group in the accusative ('وفدا'، 'عددا من'), and the clause names the principal nowhere."""
        after = [a for a in actors if verb_end <= a.start < end]
        if not after or after[0].kind != FOREIGN_OFFICIAL or self._his_mentions(verb_end, end):
            return False
        text = self.sentence.norm.text
        group = _RECEIVED_GROUP.search(text, after[0].end, end)
        # Not a group in his own side clause: 'رئيس الشرطة الإيطالية، الذي قاد وفدا' was the one received.
        return group is not None and _WHO_BEFORE.search(text, after[0].end, group.start()) is None

    def _his_mentions(self, start: int, end: int) -> list[Actor]:
        """His names, titles and bodies in text[start:end]."""
        return [a for a in self.actors if a.kind == PRINCIPAL and start <= a.start < end]

    def _named_only_during_it(self, start: int, end: int) -> bool:
        """Whether text[start:end] names him only after a relative clause telling what happened during the visit
        it names ('زيارة العمل ... والتي كان قد التقى خلالها ... حموشي'): one he met on some day of it."""
        during = _DURING_IT.search(self.sentence.norm.text, start, end)
        return during is not None and bool(mentions := self._his_mentions(start, end)) and all(
            a.start >= during.end() for a in mentions)

    def _his_own_mentions(self, start: int, end: int) -> list[Actor]:
        """His names, titles and bodies in text[start:end], but his bodies after a preposition: another's
        affiliation ('الكاتب العام للمديرية العامة للأمن الوطني'، 'محمد الدخيسي، ... بالمديرية العامة')."""
        return [a for a in self._his_mentions(start, end) if not (a.principal_role == "body" and a.is_object)]

    def _pronoun_agent(self, trigger: Trigger, verb_end: int, end: int) -> str | None:
        """Whom an agentless 'التي قام بها' refers to: the last actor named before its noun as a subject
        or a possessor ('كلمة للرئيس'), not one met ('اجتمع الحموشي مع مدير المخابرات السعودية لتقييم
        الزيارة التي قام بها' is his); him when the clause names him after the verb."""
        if self._his_mentions(verb_end, end):
            return PRINCIPAL
        text = self.sentence.norm.text
        before = [a for a in self.actors if a.end <= trigger.start
                  and (not a.is_object or (text.startswith("لل", a.start) and not _OBJECT_WORD_BEFORE.search(
                      text, 0, a.start)))]
        return before[-1].kind if before else None

    def _brought_together_another(self, start: int, end: int) -> bool:
        """Whether the sentence says its meeting 'brought together' ('جمع') another Moroccan official: the first
        party, or the one it joined him with ('جمع وفدا من الشرطة الليبية بمدير التعاون الدولي بالمديرية')."""
        text = self.sentence.norm.text
        together = _BROUGHT_TOGETHER.search(text, 0, end)
        if together is None or self._his_own_mentions(start, end):
            return False
        parties = [a for a in self.actors if a.start >= together.end()][:2]
        if not parties or parties[0].start - together.end() > _TOGETHER_REACH:
            return False
        return parties[0].kind == HOME_OFFICIAL or (
            len(parties) == 2 and parties[1].kind == HOME_OFFICIAL and text.startswith("ب", parties[1].start))

    def _met_first_after_with(self, actor: Actor, start: int) -> bool:
        """Whether the actor is the first party named after a 'مع' of the clause: the one met."""
        with_at = _WITH_WORDS_BEFORE.search(self.sentence.norm.text, start, actor.start)
        return with_at is not None and not any(with_at.start() < a.start < actor.start for a in self.actors)

    def attribution(self, start: int, end: int, engagement: Engagement) -> Attribution:
        trigger = engagement.trigger
        text = self.sentence.norm.text
        came = WHO_CAME.search(text, start, end)
        if came is not None and not text[side_clause_end(text, came, end):end].strip(" .،,؛"):
            # 'استقباله ... للمفوض البلجيكي، الذي حل بالمغرب ضمن وفد رافق وزيرة ... أجرت مباحثات مع بوريطة': who
            # the one met came with, and whom they met, are none of his engagement's actors.
            end = came.end()
        if trigger and trigger.kind == "honor" and _GROUP_HONOURED.search(text, start, end):
            # 'توشيح بعض الجنرالات'، 'السفارة توشح ثلاثة عشر موظفا بوسام': a group's honour is never his.
            return Attribution(None, None, "other_actor")
        if trigger and (_MINISTERIAL_AFTER.match(text, trigger.end) or (
                engagement.meeting_type != "honor"  # 'وسام مجلس وزراء الداخلية العرب' is the council's honour to him
                and _MINISTERS_COUNCIL.search(text, trigger.end, _phrase_end(text, trigger.end)))) and (
                not self._his_mentions(start, end)):
            # 'خلال الاجتماع الوزاري الذي احتضنته مراكش'، 'أشغال الدورة 33 لمجلس وزراء الداخلية العرب': the ministers
            # met; he is no minister, and unnamed.
            return Attribution(None, None, "other_actor")
        if trigger and not trigger.is_verb and _EXPERTS_MET_AFTER.match(text, trigger.end) and (
                not self._his_mentions(start, end)):
            return Attribution(None, None, "other_actor")
        parties = [a for a in self._actors_but_senders if start <= a.start < end]
        if not any(a.kind == PRINCIPAL for a in parties) and any(
                a.kind == HOME_OFFICIAL and _GUEST_OF_BEFORE.search(text, max(0, a.start - _GUEST_OF_REACH), a.start)
                for a in parties):
            # 'كان قد حل بالرباط في مارس 2014 ضيفا على بوشعيب أرميل': the guest of another Moroccan official.
            return Attribution(None, None, "other_actor")
        if trigger and not trigger.is_verb and self._opened_by_another(trigger, end):
            # 'وافتتح أشغال المؤتمر وزير الداخلية التونسي': the one who opened it stands after what he opened.
            return Attribution(None, None, "other_actor")
        if (trigger and not trigger.is_verb and engagement.meeting_type == "conference"
                and _MEASURED_FROM_BEFORE.search(text, max(0, trigger.start - _MEASURED_FROM_REACH), trigger.start)
                and not self._his_mentions(trigger.end, end) and not _TOOK_PART_IN_IT.search(text, trigger.end, end)):
            # 'وتأتي الزيارة بعد أيام من القمة الكورية الإفريقية التي احتضنتها سيول': a gathering that dates another
            # engagement is not his, unless its own words say he was there ('التي شارك فيها').
            return Attribution(None, None, "other_actor")
        if (trigger and not trigger.is_verb and _SUMMIT.fullmatch(trigger.word) and not _TAKING_PART.search(text)
                and not _SECURITY_WORD.search(text, trigger.start, _phrase_end(text, trigger.end))
                and not any(a.principal_role != "body" for a in self._his_mentions(start, end))):
            # 'روابط متينة، تعززت خلال القمة الخليجية المغربية التي احتضنتها الرياض': a summit is the heads of
            # state's; his only when the sentence names him at it or says he took part.
            return Attribution(None, None, "other_actor")
        if (trigger and (engagement.meeting_type == "conference" or _PARTICIPATION.fullmatch(trigger.word))
                and _TRAINING.search(text)
                and not any(a.principal_role != "body" for a in self._his_mentions(start, end))):
            # 'انطلقت أشغال ورشة تكوينية يؤطرها خبراء من الشرطة الألمانية'، 'يشارك 25 محققا في دورة تكوينية': a
            # training course is its trainees' and trainers'; his only when the clause names him at it.
            return Attribution(None, None, "other_actor")
        if (trigger and not trigger.is_verb and engagement.meeting_type == "conference"
                and engagement.direction == HOSTED and engagement.counterpart.organization_code is None
                and (hosted := _HOSTED_BY.search(text, start, end)) and not _TAKING_PART.search(text)
                and not _SECURITY_WORD.search(text, min(hosted.start(), trigger.start), _phrase_end(text, trigger.end))
                and not any(a.principal_role != "body" or a.start - hosted.end() <= _HOST_REACH
                            for a in self._his_mentions(start, end))):
            # 'احتضنت مراكش مؤتمر الأطراف كوب 22'، 'الاجتماعات السنوية لصندوق النقد الدولي ... التي احتضنتها مراكش':
            # Morocco hosted a gathering that is not of police or security, and nothing in the sentence says he took
            # part ('والتي أشرفت عليها المديرية العامة' is his force's work; 'احتضن مقر المديرية العامة' makes it the
            # host). A security gathering Morocco hosts is his force's, and his.
            return Attribution(None, None, "other_actor")
        if (trigger and trigger.is_verb and trigger.kind != "agreement"
                and (_ANOTHER_SUBJECT_AFTER.match(text, trigger.end)
                     or (trigger.kind == "visit" and engagement.direction == ABROAD
                         and _THE_GROUP_AFTER.match(text, trigger.end)))
                and not self._his_mentions(start, end)):
            return Attribution(None, None, "other_actor")
        if (trigger and _CAME_FOR_TRAINING.search(text, trigger.end, _before_the_topics(text, trigger.end, end))
                and not any(a.principal_role != "body" for a in self._his_mentions(start, end))):
            # 'حل وفد من الشرطة الرواندية بالرباط لمتابعة دورة تكوينية' (not 'استقباله ... للمفتش العام للشرطة
            # الرواندية، في لقاء خصص لبحث إرسال ضباط لمتابعة تكوين': the training is what the meeting was given to).
            return Attribution(None, None, "other_actor")
        if (trigger and _VISIT_OF.fullmatch(trigger.word) and _TO_A_SCHOOL_OR_LAB.match(text, trigger.end)
                and not any(a.principal_role != "body" for a in self._his_mentions(start, end))):
            # 'يواصل وفد ... زيارة للمعهد الملكي للشرطة بالقنيطرة'، 'قام وفد ... بزيارة إلى المختبر الوطني للشرطة
            # العلمية': a delegation touring one of the force's schools or laboratories is met by their staff; his only
            # when the clause names him.
            return Attribution(None, None, "other_actor")
        if (trigger and arrives(trigger) and _AT_A_SCHOOL_OR_LAB.search(text, trigger.end, end)
                and (named := self._his_mentions(start, end)) and all(a.principal_role == "body" for a in named)):
            # 'حل وفد من الشرطة الفيدرالية الأرجنتينية، اليوم الاثنين، بالمعهد الملكي للشرطة بالقنيطرة، ... للاطلاع
            # على المنظومة التي اعتمدتها المديرية العامة': so are visitors arriving at one, when the clause names only
            # his force (with no word of him there, the page's thread may still make the visit his).
            return Attribution(None, None, "other_actor")
        if (trigger and trigger.kind == "meeting" and not any(
                a.principal_role != "body" for a in self._his_mentions(start, end)) and any(
                a.kind == HOME_OFFICIAL and trigger.end <= a.start < end
                and _WITH_RIGHT_BEFORE.search(text, max(0, a.start - 4), a.start) for a in self.actors)):
            # 'عقدوا ... بمقر المديرية العامة للأمن الوطني بالرباط جلسة عمل مع مدير التعاون الدولي بالمديرية': talks
            # with another Moroccan official at his force's seat are that official's.
            return Attribution(None, None, "other_actor")
        if (trigger and trigger.is_verb
                and (had := _HAD_DONE_BEFORE.search(text, max(0, trigger.start - _HAD_DONE_REACH), trigger.start))
                and _GROUP_SUBJECT.search(text, had.start("subject"), had.end("subject"))
                and not self._his_mentions(had.start("subject"), had.end("subject"))):
            # 'وكان وفد تقني من المديرية قد شارك في أبريل الماضي في ورشة': the group between 'كان' and 'قد' did it.
            return Attribution(None, None, "other_actor")
        if (trigger and trigger.is_verb
                and (had := _HAD_ALREADY_BEFORE.search(text, max(0, trigger.start - _HAD_DONE_REACH), trigger.start))
                and any(a.kind == HOME_OFFICIAL and had.start("subject") <= a.start < had.end("subject")
                        for a in self.actors)
                and not self._his_mentions(had.start("subject"), had.end("subject"))):
            # 'إذ سبق لوزير الداخلية عبد الوافي لفتيت أن استقبل نظيره البلجيكي': the one after 'سبق ل' did it.
            return Attribution(None, None, "other_actor")
        if (trigger and trigger.is_verb
                and (group := _THAT_A_GROUP_BEFORE.search(text, max(0, trigger.start - _THAT_A_GROUP_REACH),
                                                         trigger.start))
                and not any(not (group.start() <= a.start < group.end() and a.principal_role == "body")
                            for a in self._his_mentions(start, end))):
            # 'فإن فريقا من خبراء الشرطة الكندية زار الدار البيضاء' (not when the clause names him: they met him); his
            # force named as the group's ('وفدا من أطر المديرية العامة للأمن الوطني') is not he.
            return Attribution(None, None, "other_actor")
        if trigger and (she := _SHE_DID.search(text, start, trigger.start)) and not self._his_mentions(she.end(), end):
            # 'فيما مثلت هي شخصيا المؤسسة في الاجتماع السنوي بلاهاي': the woman the page quotes, not he.
            return Attribution(None, None, "other_actor")
        if (trigger and _REPRESENTED_MOROCCO.search(text, start, end)
                and not any(a.principal_role != "body" for a in self._his_mentions(start, end))):
            # 'اجتماع تنسيقي ...، مثّل فيه المغربَ رئيسُ المكتب المركزي الوطني': another stood for Morocco there (not
            # 'حموشي، الذي مثل المغرب في الاجتماع').
            return Attribution(None, None, "other_actor")
        if trigger and self._brought_together_another(start, end):
            # 'اللقاء الوحيد ... جمع، يوم الثلاثاء، مدير الشرطة القضائية بوفد من الشرطة الفرنسية حل بالرباط': the
            # meeting brought another official together with the guests.
            return Attribution(None, None, "other_actor")
        if trigger and self._received_by_a_country(trigger) and not self._his_mentions(start, end):
            return Attribution(None, None, "other_actor")  # 'منذ استقبال إسبانيا زعيم جبهة البوليساريو'
        if trigger and self._only_his_units(start, end, trigger):
            # 'توج مختبر تحليل الآثار الرقمية التابع للمديرية العامة للأمن الوطني بجائزة ...': a unit his body runs
            # took part, not he.
            return Attribution(None, None, "other_actor")
        earlier = [a for a in self.actors if a.start < start]
        context = sentence_context(earlier, self.context) if earlier else self.context
        if context is not None and context.kind != PRINCIPAL and (his := next(
                (principal for a, b, principal in self.his_clauses if a <= context.start < b and b <= start), None)):
            # 'ففي مارس استقبل بالرباط المفوض العام للشرطة البلجيكية، ويوم الثلاثاء كان بالقاهرة': the one he met in
            # the clause before is not the subject of the next; he goes on.
            context = _going_on_with(his)
        if (context is not None and context.kind != PRINCIPAL and self.principal is not None and trigger is not None
                and _THE_TOURS_STOP.search(text, start, trigger.start)
                and not any(start <= a.start < trigger.start for a in self.actors)):
            # 'أما المحطة الأخيرة فكانت العاصمة السويسرية برن، التي حل بها يوم الجمعة': the stop of the tour the page
            # tells, on a page about him; whom he met at the stop before is no traveller.
            context = _going_on_with(self.principal)
        if trigger and not trigger.is_verb and self._done_by_a_group(trigger, end):
            return Attribution(None, None, "other_actor")  # 'منذ الزيارة التي قام بها وفد تقني مغربي إلى بيروت'
        if (trigger and trigger.kind == "meeting" and not trigger.is_verb and _TECHNICAL_AFTER.match(text, trigger.end)
                and not any(a.principal_role in ("name", "title") for a in self._his_mentions(start, end))):
            # 'اختتم أمس بلشبونة اجتماع تقني مغربي برتغالي': a technical meeting is its experts', not the chiefs'; so is
            # one his force's officials held ('عقد مسؤولون بالمديرية العامة للأمن الوطني جلسة عمل تقنية').
            return Attribution(None, None, "other_actor")
        if trigger and not trigger.is_verb:
            # 'استقبل الوزير نظيره ... في إطار زيارة عمل يقوم بها': the clause's verb, not the noun in
            # its side phrase, says who acts.
            trigger = next((t for t in self.triggers
                            if start <= t.start < trigger.start and t.is_verb and not t.counted), trigger)
        if (engagement.meeting_type == "honor" and trigger and _HONOURS_HIM.fullmatch(trigger.word)
                and context is not None and context.kind == PRINCIPAL and not self._his_mentions(start, end)):
            # 'وشحه العاهل الإسباني بالصليب الأكبر' after a sentence about him: the pronoun is he.
            return Attribution(context.principal_id, "continuation", None)
        if trigger and ((trigger.is_verb and self._states_act(trigger, start, end))
                        or self._another_acts_before(trigger, start, end)):
            # 'وقع المغرب وإسبانيا اتفاقا': the states signed; 'وكان وزير الداخلية قد استقبل': the minister did.
            return Attribution(None, None, "other_actor")
        if not self._his_mentions(start, end) and any(
                a.kind == HOME_OFFICIAL and start <= a.start < end and self._met_first_after_with(a, start)
                for a in self.actors):
            # 'وكان الوفد الإسباني قد عقد أمس جلسة عمل مع قائد الدرك الملكي': the Moroccan side named is another.
            return Attribution(None, None, "other_actor")
        trigger_start, trigger_end = (trigger.start, trigger.end) if trigger else (start, start)
        is_verb = bool(trigger and trigger.is_verb)
        if trigger and not is_verb:
            # 'المباحثات التي أجراها الملك مع ...': the verb after the noun names who held them.
            # Only a subject that stands right after that verb: 'التي قام بها إلى الرياض' leaves it his.
            verb_end = support_verb_end(self.sentence.norm.text, trigger)
            if verb_end is not None and _STATES_AS_SUBJECT.match(self.sentence.norm.text, verb_end):
                return Attribution(None, None, "other_actor")  # 'اتفاقية وقعها البلدان عام 2014'
            if verb_end is not None and (group := _GROUP_AFTER_VERB.match(self.sentence.norm.text, verb_end)) and not (
                    (led := _LED_BY.search(self.sentence.norm.text, group.end(), end))
                    and self._his_mentions(led.end(), end)):
                # 'الزيارة التي قام بها وفد تقني من المديرية إلى إسلام آباد' (not 'وفد يترأسه حموشي').
                return Attribution(None, None, "other_actor")
            if verb_end is not None and any(0 <= a.start - verb_end <= 1 for a in self.actors):
                trigger_end, is_verb = verb_end, True
            elif verb_end is not None and self._pronoun_agent(trigger, verb_end, end) not in (None, PRINCIPAL):
                # 'في كلمة للرئيس الفرنسي، على هامش الزيارة التي أجراها إلى المغرب': with no subject
                # after the verb, its pronoun is the one the sentence spoke of before the noun.
                return Attribution(None, None, "other_actor")
        actors = [a for a in self._actors_but_senders if a.start < end]
        envoy = _MOROCCAN_ENVOY.search(text, start, end)
        if (envoy and not _ATTENDING.search(text, max(0, envoy.start() - _ATTENDING_REACH), envoy.start())
                and not any(a.kind == PRINCIPAL and a.principal_role not in ("title", "body") and start <= a.start < end
                            for a in actors)):
            # 'استقبل وزير الداخلية القطري سفير المملكة المغربية': the ambassador met him, whoever sent greetings;
            # 'المدير العام للأمن الوطني يستقبل السفير المغربي في نواكشوط': that title is the host country's.
            return Attribution(None, None, "other_actor")
        if (self.principal is not None and _HIS_LEADING_MOROCCOS_DELEGATION.search(text, start, end)
                and not any(a.kind in (PRINCIPAL, HOME_OFFICIAL) and start <= a.start < end for a in actors)):
            # 'استقباله ... المدير العام للشرطة الفرنسية، ثم ترؤسه ... الوفد المغربي': whoever 'he' led
            # Morocco's delegation, and no foreign official named before does; on a page about him, he.
            return Attribution(self.principal, "continuation", None)
        if trigger and is_verb and receives(trigger) and self._received_by_another(actors, trigger_end, end):
            # 'فيما استقبل وزير الداخلية التونسي، يوم الخميس، وفدا أوروبيا': the official after the verb received
            # the group named in the accusative after him; the clause does not name the principal.
            return Attribution(None, None, "other_actor")
        if (engagement.direction == HOSTED and _RECEIVED_BY_STAFF.search(text, start, end)
                and not any(a.kind == PRINCIPAL and a.principal_role in ("name", "title") and start <= a.start < end
                            for a in actors)):
            # 'زارت سفيرة النرويج مقر المديرية، حيث استقبلها مسؤولون عن مديرية التعاون الدولي': his staff hosted her.
            return Attribution(None, None, "other_actor")
        if (engagement.meeting_type == "honor"
                and (_DECORATED_HIM.search(text, start, end) or _RECEIVED_IT_FROM.search(text, start, end))
                and context is not None and context.kind == PRINCIPAL
                and not any(a.kind in (PRINCIPAL, HOME_OFFICIAL) and start <= a.start < end for a in actors)):
            # 'وفي أكتوبر 2022، قلده الرئيس الفرنسي وسام الاستحقاق' in a passage about him: 'ه' is he, whom the
            # foreign official decorated; so is the one who 'تسلم بمدريد، من يد وزير الداخلية، الصليب الأكبر'.
            return Attribution(context.principal_id, "continuation", None)
        attribution = attribute(actors, start, end, trigger_start, trigger_end, is_verb,
                                engagement.direction == HOSTED, context, self.principal,
                                is_honour=engagement.meeting_type == "honor",
                                trigger_receives=bool(trigger and is_verb and (
                                    receives(trigger) or self._also_met(trigger))),
                                after_where=self._where_goes_on(trigger, trigger_end, end),
                                next_verb=self._joined_verb_after(trigger, trigger_end, end))
        if attribution.reject_reason == "other_actor" and self.country_of_the_two(start, end) is not None:
            attribution = Attribution(self.principal, "continuation", None)
        if (attribution.principal_id and engagement.direction != HOSTED
                and (self._another_subject_after(trigger_end, end, is_verb)
                     or self._a_group_s_trip_or_part(trigger, end))):
            # 'وصل إلى باريس، أمس الاثنين، فوج من عناصر الشرطة': the verb's subject comes after it, and is not he
            # (a group that came to Morocco may have come to him: 'حل وفد ... بمراكش حيث التقى حموشي').
            return Attribution(None, None, "other_actor")
        if attribution.principal_id and (self._only_represented(start, end) or self._led_by_another(start, end)
                                         or self._told_absent(start, end) or self._only_his_name(start, end)
                                         or self._another_was_the_one(trigger_start, start, end)):
            # 'وفد يترأسه والي الأمن ممثلا للمدير العام'، 'رسالة تلاها نيابة عنه': he was not there.
            return Attribution(None, None, "other_actor")
        if (attribution.principal_role in ("continuation", "host") and engagement.direction == HOSTED
                and (self._went_to_another_home_body(start, end) or self._told_absent(0, len(text))
                     or (engagement.trigger is not None and _CONFINED_TO.search(text, engagement.trigger.end)
                         and not self._his_own_mentions(start, len(text))))):
            # 'آخر زيارة رسمية لمسؤول فرنسي ... إلى القيادة العامة للدرك الملكي'، 'حل الوفد بمقر وزارة الداخلية': the
            # visitors went to another Moroccan body, whose chief hosted them; 'قام الوفد المالي فعلا بزيارة عمل إلى
            # المغرب، غير أن برنامجه لم يتضمن في أي لحظة لقاء مع المدير العام': the sentence says they did not meet him;
            # 'زيارات مسؤولين آخرين، كوزير الأمن الداخلي الذي حل بالرباط في مارس 2023، اقتصرت على وزارتي الداخلية
            # والخارجية': confined to others, and he is not among them.
            return Attribution(None, None, "other_actor")
        if ((attribution.principal_role in ("continuation", "host") or self._named_only_during_it(start, end))
                and engagement.trigger is not None and arrives(engagement.trigger)
                and ((engagement.direction != ABROAD and _A_LEG_OF_THE_VISIT.search(text, start, end)) or (
                    engagement.direction == HOSTED and _GOES_ON_WITH_A_VISIT.search(text, start, end)))):
            # 'حل الوفد السنغالي صباح اليوم بطنجة، في ثالث أيام زيارة العمل'، 'في آخر محطة من زيارة العمل التي
            # التقى خلالها ... حموشي': the visitors came to a later stop of their trip, where others received them; he
            # hosted only the days the text says he met them ('المحطة الأخيرة فكانت برن، التي حل بها' abroad is his
            # tour's).
            return Attribution(None, None, "other_actor")
        if (attribution.principal_role in ("continuation", "host", "body") and engagement.direction != ABROAD
                and _THE_DELEGATION_ACTS.search(text, start, end) and not self._his_mentions(start, end)):
            # 'وفي يوم الأربعاء، زار الوفد المعهد الملكي للشرطة بالقنيطرة': a day of the visitors' programme; he
            # hosted only what the text says he did.
            return Attribution(None, None, "other_actor")
        if attribution.principal_role == "body" and _BUT_MET_ANOTHER.search(text, start):
            # 'زار السفير فعلا مقر المديرية العامة للأمن الوطني، لكنه اجتمع بمدير الشرطة القضائية': at his force's seat,
            # but with another of its officials.
            return Attribution(None, None, "other_actor")
        if attribution.principal_role == "continuation" and (_STAFF_TOOK_PART.search(text, start, end)
                                                             or _AN_INSTITUTION_RECEIVED.search(text, start, end)):
            # 'وفي الصيف، شاركت عناصر من الأمن الوطني في تأمين الألعاب الأولمبية بباريس': officers took part;
            # 'استقبل المعهد الملكي للشرطة ... عمداء شرطة فرنسيين': a school received the trainees.
            return Attribution(None, None, "other_actor")
        if attribution.principal_id and _ATTENDED_BY_OTHERS.search(text, start, end) and not self._his_own_mentions(
                start, end):
            # 'وحضر حفل التخرج سفراء عدد من الدول الإفريقية': who attended is named, and it is not he.
            return Attribution(None, None, "other_actor")
        if attribution.principal_role in ("continuation", "host") and ((engagement.direction == HOSTED and any(
                r.mention.alias.kind == "title" and r.mention.alias.label in _STATE_VISITORS
                and start <= r.mention.start < end for r in self.roles))
                or (trigger is not None and trigger.kind == "visit" and _STATE_VISIT_AFTER.match(text, trigger.end))):
            # 'بعد الزيارة الرسمية التي قام بها العاهل الإسباني إلى المغرب'، 'منذ زيارة الدولة التي قام بها الرئيس
            # إيمانويل ماكرون': a head of state's or government's visit is a state visit, not his guest's; 'الزيارة
            # الرسمية التي أداها العاهل المغربي إلى روسيا' is the King's, not his own.
            return Attribution(None, None, "other_actor")
        if attribution.principal_role in ("continuation", "host") and (
                (engagement.direction == HOSTED and self._met_another_home_official(start, end))
                or (attribution.principal_role == "host" and _MET_STAFF.search(text, start, end)
                    and not any(a.principal_role in ("name", "title") for a in self._his_mentions(start, end)))
                or self._another_home_official_met_by_verb(start, end)
                or self._another_home_official_was_there(start, end)):
            # 'حل وفد من الشرطة الإسبانية بطنجة، حيث عقد اجتماعا مع والي أمن المدينة'، 'الوفد الكويتي كان قد التقى
            # أمس الاثنين وزير الداخلية'، 'والتقى مسؤولين جهويين': whom the visitors met is named, and it is not he.
            return Attribution(None, None, "other_actor")
        if attribution.principal_role == "body" and _AWARDED_A_PRIZE.search(text, start, end):
            # 'توجت المديرية العامة للأمن الوطني، أمس بدبي، بجائزة ...': a prize to his force, the institution's.
            return Attribution(None, None, "other_actor")
        if attribution.principal_role == "body" and (bodies := [
                a for a in self._his_mentions(start, end) if a.principal_role == "body"]) and all(
                _WORK_DONE_BY_BEFORE.search(text, max(0, a.start - _WORK_DONE_BY_REACH), a.start) for a in bodies):
            # 'وتأتي زيارة الجنرال ... إذ نوه التقرير بالعمل الذي تقوم به المديرية العامة لمراقبة التراب الوطني': his
            # force is named for the work it does, praised; it is no party to the visit told.
            return Attribution(None, None, "other_actor")
        if ((attribution.principal_role in ("body", "host", "continuation") and self._only_his_staff(start, end))
                or (attribution.principal_role == "body" and self._another_official_acts(start, end))):
            # 'بمشاركة أطر وضباط المديرية العامة لمراقبة التراب الوطني'، 'وحضر حفل التوشيح وفد عن المديرية العامة':
            # his officers took part, not he (nor did he host), even in a passage about him ('كما شارك وفد عن المديرية
            # العامة في ورشة'); 'حل وفد بمقر المديرية العامة، حيث استقبله المدير المركزي': another official received it.
            return Attribution(None, None, "other_actor")
        return attribution

    @cached_property
    def _actors_but_senders(self) -> list[Actor]:
        """The sentence's actors but his mentions as the one a message or greetings came from ('سلمه رسالة
        خطية من المدير العام ...، السيد عبد اللطيف الحموشي'، 'نقل إليه تحيات حموشي'): a sender is no party.
        His titles and name in apposition after 'من' count alike. Nor is he where the text says he was not
        ('وهو اللقاء الذي لم يشارك فيه حموشي'، 'في غياب حموشي'), nor where he is named as a body's head ('المصالح
        التي يشرف عليها عبد اللطيف الحموشي'). Read once per sentence."""
        text = self.sentence.norm.text
        actors = _but_his_mentions_as_no_party(text, self.actors)
        # 'مدير مكتب التحقيقات الفيدرالي كريستوفر راي': the name after a title, in apposition, is that official.
        return [b for a, b in zip([None, *actors], actors, strict=False) if not (
            a is not None and a.kind == b.kind == FOREIGN_OFFICIAL and a.iso2 == b.iso2
            and _IN_APPOSITION.fullmatch(text, a.end, b.start))]

    def named_only_as_honoured(self) -> bool:
        """Whether the sentence names him only after an honour, as the one it went to ('منح وسام ... للمدير
        العام'، 'تسليم الوسام إلى حموشي'), never as one who acted."""
        honours = [t for t in self.triggers if t.kind == "honor" and not t.counted]
        his = self._his_mentions(0, len(self.sentence.norm.text))
        # His title and name in apposition are one mention: 'للمدير العام ...، عبد اللطيف حموشي'.
        heads = [a for i, a in enumerate(his) if i == 0 or a.start - his[i - 1].end > _APPOSITION_GAP]
        return bool(honours and heads) and all(a.is_object and honours[0].end <= a.start for a in heads)

    def _told_absent(self, start: int, end: int) -> bool:
        """Whether the clause says he was not there ('ولم يحضر حموشي شخصيا أشغال هذا الاجتماع')."""
        text = self.sentence.norm.text
        return any(_absent_at(text, *chief.span()) for chief in _BARE_CHIEF.finditer(text, start, end)) or any(
            a.kind == PRINCIPAL and start <= a.start < end and _absent_at(text, a.start, a.end) for a in self.actors)

    def _another_subject_after(self, verb_end: int, end: int, is_verb: bool) -> bool:
        """A subject told after its verb and what it did ('حل بمدريد، أمس، وفد أمني مغربي'): a group named
        by an indefinite noun in the nominative (no accusative alif: 'استقبل وفدا' is whom he received),
        not in construct ('ترأس وفد المغرب'); or the one who 'represented' (مثل) his body or country."""
        text = self.sentence.norm.text
        if _REPRESENTED.search(text, max(0, verb_end - _REPRESENTED_REACH), end):
            return True
        if is_verb and _DELEGATES.match(text, verb_end) and _GOING_OR_VISITING_VERB.search(
                text, max(0, verb_end - _GOING_VERB_REACH), verb_end):
            return True
        # The sentence's first verb and its subject govern the clauses after it ('وصل ... فوج ...، للمشاركة').
        verbs = [t.end for t in self.triggers if t.is_verb and t.end <= verb_end] + ([verb_end] if is_verb else [])
        if not verbs:
            return False
        verb_end = min(verbs)
        # A verb of going has no object: 'توجه عناصر من الشرطة الفرنسية إلى ...' names who went.
        goes = _GOING_VERB.search(text, max(0, verb_end - _GOING_VERB_REACH), verb_end) is not None
        # Up to the next clause of its own or the next verb: in 'تبدأ الزيارة ...، ويرافقه وفد أمني' the group follows
        # another verb, and in 'حل بأبيدجان في زيارة عمل، حضر خلالها حفل تخرج فوج من المفتشين' that verb's object.
        next_clause = _NEXT_CLAUSE.search(text, verb_end, end)
        bound = min([next_clause.start() if next_clause else end]
                    + [t.start for t in self.triggers if t.is_verb and verb_end < t.start < end])
        for group in (_MOVING_GROUP if goes else _GROUP_SUBJECT).finditer(text, verb_end, bound):
            before = text[verb_end:group.start()].split()
            if before and before[-1] in _GOVERNS_NOUN:
                continue  # 'على رأس وفد أمني'، 'ضمن وفد': the group is governed, not the subject
            led = _LED_BY.search(text, group.end(), end)
            if led and self._his_mentions(led.end(), end):
                return False  # 'حل بمدريد وفد أمني يترأسه حموشي': his delegation
            member = _IT_INCLUDES.search(text, group.end(), end)
            if member and any(a.principal_role != "body" for a in self._his_mentions(member.end(), end)):
                return False  # 'حل بليبرفيل وفد مغربي ضم وزير الداخلية و... حموشي': he was one of it
            if any(a.kind == PRINCIPAL and a.principal_role != "body" and a.start > group.end()
                   and _MET_THEM_BEFORE.search(text, max(group.end(), a.start - _MET_THEM_REACH), a.start)
                   for a in self.actors):
                return False  # 'حل بالرباط وفد من مكتب التحقيقات الفيدرالي، أجرى معه حموشي جلسة عمل': he met them
            return not self._his_mentions(verb_end, group.start())
        return False

    def _a_group_s_trip_or_part(self, trigger: Trigger | None, end: int) -> bool:
        """A visit or participation noun whose agent, in construct right after it, is a group ('ومنها زيارة وفد من
        الشرطة القضائية إلى مملكة البحرين'، 'مشاركة وفد تقني من المديرية في اجتماع'): the group's, unless he led it
        ('زيارة وفد يقوده حموشي')."""
        if trigger is None or trigger.is_verb or trigger.word not in _GROUP_AGENT_NOUNS:
            return False
        text = self.sentence.norm.text
        if not _GROUP_AFTER_VERB.match(text, trigger.end):
            return False
        led = _LED_BY.search(text, trigger.end, end)
        return not (led and self._his_mentions(led.end(), end))

    def _where_goes_on(self, trigger: Trigger | None, trigger_end: int, end: int) -> bool:
        """Whether the officials after the verb stand in a 'حيث' clause that goes on with the subject
        before it: the verb opens it ('حيث التقى ...'), or it follows the verb before any official
        ('توجه إلى روما حيث التقى وزير الداخلية الإيطالي')."""
        if trigger is None:
            return False
        text = self.sentence.norm.text
        if _WHERE_BEFORE.search(text, max(0, trigger.start - 12), trigger.start):
            return True
        where = _WHERE.search(text, trigger_end, end)
        return where is not None and not any(trigger_end <= a.start < where.start() for a in self.actors)

    def _another_official_acts(self, start: int, end: int) -> bool:
        """Whether a Moroccan official other than him is the subject of an engagement verb in the clause."""
        # 'افتتح والي الأمن محمد الدخيسي أشغال الاجتماع': opening the session is acting in it.
        verb_ends = [t.end for t in self.triggers if t.is_verb and start <= t.start < end] + [
            match.end() for match in _OPENING_VERB.finditer(self.sentence.norm.text, start, end)]
        return any(a.kind == HOME_OFFICIAL and not a.is_object and any(self._first_after(v, a) for v in verb_ends)
                   for a in self.actors if start <= a.start < end)

    def _first_after(self, verb_end: int, actor: Actor) -> bool:
        """Whether the actor is the first named after the verb ending at verb_end, right after it or after a
        title and rank in apposition ('استقبل قائده الجنرال دوكور دارمي محمد حرمو')."""
        gap = self.sentence.norm.text[verb_end:actor.start]
        return (actor.start >= verb_end and len(gap.split()) <= _TITLE_GAP_WORDS and not _GAP_BREAK.search(gap)
                and not any(verb_end <= other.start < actor.start for other in self.actors))

    def _states_act(self, verb: Trigger, start: int, end: int) -> bool:
        """Whether Morocco itself, not he, is the verb's subject ('وقع المغرب وإثيوبيا'، 'كان المغرب
        وإثيوبيا قد وقعا'), in a clause that names none of his names, titles or bodies."""
        text = self.sentence.norm.text
        if _STATES_AS_SUBJECT.match(text, verb.end):
            return True  # 'وقع البلدان اتفاقا': the two states signed, whoever the clause names
        if self._his_mentions(start, end):
            return False
        for role in self.roles:
            mention = role.mention
            if mention.alias.kind != "home" or mention.clitics.preposition or not start <= mention.start < end:
                continue
            if 0 <= mention.start - verb.end <= 1 + len(mention.clitics.conjunction):
                return True
            if mention.end <= verb.start and _SUBJECT_BEFORE_VERB.fullmatch(text, mention.end, verb.start):
                return True
        return False

    def _joined_verb_after(self, verb: Trigger | None, verb_end: int, end: int) -> int | None:
        """After a verb of going or visiting, where the next verb joined by 'و' or 'كما' starts ('حط في واشنطن والتقى
        ...'، 'حل بأبيدجان في زيارة عمل، كما التقى وزير الأمن الإيفواري'، 'زار مدريد والتقى كاتب الدولة'): what the
        traveller did there, with its own object."""
        if verb is None or not (_GOING_VERB.search(verb.word) or verb.word.lstrip("وف") == "زار"):
            return None
        text = self.sentence.norm.text
        return next((t.start for t in self.triggers if t.is_verb and not t.counted and verb_end < t.start < end
                     and (text.startswith("و", t.start) or _ALSO_BEFORE.search(text, max(0, t.start - 8), t.start))),
                    None)

    def _also_met(self, verb: Trigger) -> bool:
        """'كما التقى، خلال مشاركته ...، المفوض العام للشرطة البلجيكية': 'also met' goes on with the subject
        told before, and so does a sentence that opens with when and then the verb ('وخلال السنة ذاتها، التقى ...');
        the official after it is the one met, as after 'received'."""
        text = self.sentence.norm.text
        return verb.word in _MET_WORDS and (_ALSO_BEFORE.search(text, max(0, verb.start - 8), verb.start) is not None
                                            or _WHEN_THEN_VERB.match(text, 0, verb.start) is not None)

    def _went_to_another_home_body(self, start: int, end: int) -> bool:
        """Whether the clause places its visit at another Moroccan body (a ministry, the gendarmerie's command) and
        does not name him."""
        return not self._his_own_mentions(start, end) and any(
            r.mention.alias.kind == "agency" and r.iso2 == HOME and r.role in ("destination", "location")
            and start <= r.mention.start < end for r in self.roles)

    def _met_another_home_official(self, start: int, end: int) -> bool:
        """Whether the clause names another Moroccan official as the one met ('مع والي أمن المدينة') and not him (his
        force named as that official's, 'مع مدير الشرطة القضائية بالمديرية العامة', is no mention of him)."""
        text = self.sentence.norm.text
        return not self._his_own_mentions(start, end) and any(
            a.kind == HOME_OFFICIAL and start <= a.start < end
            and _WITH_RIGHT_BEFORE.search(text, max(0, a.start - 6), a.start) for a in self.actors)

    def _another_home_official_met_by_verb(self, start: int, end: int) -> bool:
        """Whether a 'met' or 'received' verb of the clause is followed first by another Moroccan official, its
        subject or its object ('كان قد التقى أمس الاثنين وزير الداخلية'), in a clause that does not name him."""
        text = self.sentence.norm.text
        return not self._his_mentions(start, end) and any(
            a.kind == HOME_OFFICIAL and start <= a.start < end
            and (verb := _MET_VERB_BEFORE.search(text, max(start, a.start - _MET_VERB_REACH), a.start)) is not None
            and not any(verb.end() <= b.start < a.start for b in self.actors) for a in self.actors)

    def _another_home_official_was_there(self, start: int, end: int) -> bool:
        """'وفي الرحلة نفسها، كان الجنرال محمد حرمو، قائد الدرك الملكي، حاضرا ... والتقى ...': the clause is told of
        another Moroccan official, the subject right after 'كان', and does not name him."""
        text = self.sentence.norm.text
        return not self._his_mentions(start, end) and any(
            a.kind == HOME_OFFICIAL and not a.is_object and start <= a.start < end
            and _WAS_BEFORE.search(text, max(start, a.start - _WAS_REACH), a.start) for a in self.actors)

    def _another_acts_before(self, trigger: Trigger, start: int, end: int) -> bool:
        """Whether another official is the verb's subject told before it ('وكان وزير الداخلية قد استقبل، أمس
        الأحد، الأمين العام للأنتربول'), in a clause that does not name him. For a noun, the verb is the word
        before it ('وكان الوزيران قد ترأسا اجتماعا')."""
        text = self.sentence.norm.text
        if self._his_mentions(start, end):
            return False
        verb_start = trigger.start if trigger.is_verb else text.rfind(" ", start, max(start, trigger.start - 1)) + 1
        officer = _OFFICER_BEFORE_VERB.search(text, start, verb_start) if verb_start > start else None
        if officer and not PHRASE_BREAKS.intersection((officer.group("name") or "").split()):
            # 'وكان اللواء المعايطة استقبل أمس ...': an officer by rank and name; he is a civilian. 'وكان الوزيران
            # قد ترأسا': ministers; he is none.
            return True
        return trigger.is_verb and any(
            a.kind == HOME_OFFICIAL and not a.is_object and start <= a.start and a.end <= trigger.start
            and _SUBJECT_BEFORE_VERB.fullmatch(text, a.end, trigger.start) for a in self.actors)

    def country_of_the_two(self, start: int, end: int) -> str | None:
        """'وأشاد المسؤول البلجيكي ...' then 'وتعد هذه ثاني جلسة عمل تجمع الرجلين بعد اللقاء الذي عقداه في بروكسيل':
        after the official he met, 'the two' are that official and he, and no one else is named: that official's
        country."""
        context = self.context
        if (self.principal is not None and context is not None and context.kind == FOREIGN_OFFICIAL
                and context.iso2 in self.met_countries
                and _THE_TWO.search(self.sentence.norm.text, start, end) is not None
                and all(a.kind == FOREIGN_OFFICIAL and a.iso2 == context.iso2
                        for a in self.actors if start <= a.start < end)):
            return context.iso2
        return None

    def _only_represented(self, start: int, end: int) -> bool:
        """Whether the clause names him only as the one someone stood in for or acted on the orders of
        ('ممثلا للمدير العام'، 'نيابة عنه'، 'بتعليمات من المدير العام'), or as one who wrote to those who met."""
        text = self.sentence.norm.text
        if _ON_HIS_BEHALF.search(text, start, end) or _MESSAGE_TO_THOSE_MEETING.search(text, start, end):
            return True
        # His title and name in apposition are one mention: 'بتعليمات من المدير العام، عبد اللطيف حموشي'. As the one
        # greetings came from he is no party either ('نقل تحيات ... حموشي ...، مشيرا إلى أن المشاركة جاءت بتوجيهات
        # مباشرة من حموشي').
        parties = [a for a in self._actors_but_senders if a.kind == PRINCIPAL and start <= a.start < end]
        his = [a for a in parties if not (a.principal_role == "body" and a.is_object)] or parties
        # His force may take part through the one who stood in for him ('شاركت المديرية ...، إذ مثّل حموشي في
        # اجتماع ... والي الأمن'): he is not there when every mention of his person is stood in for.
        person = [a for a in his if a.principal_role != "body"]
        return bool(his) and all(_stood_in_for(text, a, self.actors) for a in person or his)

    def _another_was_the_one(self, trigger_start: int, start: int, end: int) -> bool:
        """Whether the clause tells who did it in a relative clause, then names another Moroccan official after 'هو'
        ('أن المسؤول المغربي الذي حل بمدريد هو محمد ياسين المنصوري')."""
        text = self.sentence.norm.text
        for actor in self.actors:
            if actor.kind != HOME_OFFICIAL or not start <= actor.start < end:
                continue
            told = _WHO_IT_WAS_BEFORE.search(text, max(start, actor.start - _WHO_IT_WAS_REACH), actor.start)
            if told is not None and told.start() < trigger_start < actor.start:
                return True
        return False

    def _only_his_name(self, start: int, end: int) -> bool:
        """Whether the clause names him only as a name talked of ('عاد اسم عبد اللطيف حموشي إلى النقاش البرلماني
        الفرنسي ...، لدراسة مشروع القانون المتعلق بالمصادقة على البروتوكول'): the topic of others' words, no party;
        or as the one whose aide did it ('وفد من المديرية العامة لمراقبة التراب الوطني، يقوده أحد أقرب مساعدي حموشي':
        his body, named as the delegation's, is no presence of his)."""
        text = self.sentence.norm.text
        his = [a for a in self._his_mentions(start, end) if a.principal_role != "body"]
        return bool(his) and all(_NAME_OF_RIGHT_BEFORE.search(text, max(0, a.start - 8), a.start)
                                 or _HIS_AIDE_BEFORE.search(text, max(0, a.start - _HIS_AIDE_REACH), a.start)
                                 for a in his)

    def _led_by_another(self, start: int, end: int, ignoring: list[Actor] | None = None) -> bool:
        """Whether the delegation the clause speaks of was led by someone named who is not he
        ('شاركت المديرية بوفد يترأسه مدير الشرطة القضائية'); `ignoring`: his mentions that do not count as
        his presence (the one another stood in for)."""
        text = self.sentence.norm.text
        for match in _LED_BY.finditer(text, start, end):
            if _GATHERING_BEFORE.search(text, max(0, match.start() - _GATHERING_REACH), match.start()):
                continue  # 'في حفل ترأسه المدير الوطني للشرطة': who chaired the ceremony, not who led his side
            delegation = text.rfind("وفد", start, match.start())
            if delegation >= 0 and _MEMBER_OF.search(text, max(0, delegation - 16), delegation):
                continue  # 'شارك حموشي ... ضمن الوفد الذي ترأسه وزير الداخلية': he was one of it
            # 'وفدا' after 'أن' is the subject it introduces, no one received: his force's when it names his body
            # ('أوضحت المصادر أن وفدا تقنيا من المديرية العامة ...').
            received = (delegation >= 0 and text.startswith("وفدا", delegation) and not (
                _THAT_BEFORE.search(text, max(0, delegation - 6), delegation)
                and any(a.kind == PRINCIPAL and delegation <= a.start < match.start() for a in self.actors)))
            if received and "مغربي" not in text[delegation:match.start()]:
                # 'استقبل ... وفدا أمنيا صينيا برئاسة نائب الوزير': the foreign delegation received, whoever led it
                # ('استقبل مدير الأمن العام وفدا أمنيا مغربيا برئاسة مدير الشرطة' is Morocco's, led by another).
                continue
            if delegation >= 0 and any(delegation <= r.mention.start < match.start() and r.iso2 not in (None, HOME)
                                       and r.role not in ("destination", "location") for r in self.roles):
                # 'وفدا عن الحرس المدني الإسباني يقوده الجنرال ...': the visitors' leader ('وفد من المديرية ... إلى
                # نواكشوط ...، برئاسة المدير المركزي' went there, led by one of his staff).
                continue
            member = _IT_INCLUDES.search(text, match.end(), end)
            if member and any(0 <= a.start - member.end() <= _INCLUDES_REACH
                              for a in self._his_own_mentions(start, end)):
                continue  # 'بمشاركة وفد مغربي يقوده وزير الداخلية، ويضم عبد اللطيف حموشي': he was one of it
            if _ONE_OF_THEM.match(text, match.end()):
                # 'وفد يقوده أحد مديريها المركزيين'، 'برئاسة نائبه'، 'برئاسة مديرين مركزيين من الجانبين': his staff.
                return True
            leader = next((r.mention for r in sorted(self.roles, key=lambda r: r.mention.start)
                           if 0 <= r.mention.start - match.end() <= 2), None)
            if leader is not None and any(
                    r.iso2 not in (None, HOME) and not r.mention.clitics.preposition
                    and 0 <= r.mention.token_index - (leader.token_index + leader.token_count) <= _TITLE_MARKER_TOKENS
                    for r in self.roles):
                continue  # 'وفدا قطريا يقوده رئيس جهاز أمن الدولة القطري': the visitors' leader, by his title
            if leader is not None:
                return leader.alias.kind in ("title", "official")
        # 'ترأس الوفد المغربي المدير العام للأمن الوطني حينها بوشعيب الرميل': another led Morocco's delegation.
        present = [a for a in self._his_own_mentions(start, end) if a not in (ignoring or [])]
        return any(a.kind == HOME_OFFICIAL and not present
                   and 0 <= a.start - leads.end() <= _LEADER_REACH
                   for leads in _LEADS_MOROCCOS_DELEGATION.finditer(text, start, end) for a in self.actors)

    def _done_by_a_group(self, noun: Trigger, end: int) -> bool:
        """Whether the verb that carries the engagement noun has a group for subject, and he is not named after it."""
        text = self.sentence.norm.text
        verb_end = support_verb_end(text, noun)
        if _MOROCCAN_GROUPS_AFTER.match(text, noun.end) and not self._his_mentions(noun.end, end):
            return True  # 'وتأتي مشاركة الوفد المغربي في دورة سنغافورة': the delegation's, he not named in it
        return (verb_end is not None and _GROUP_AS_SUBJECT.match(text, verb_end) is not None
                and not self._his_mentions(verb_end, end))

    def _only_his_units(self, start: int, end: int, trigger: Trigger) -> bool:
        """Whether the clause names him only as the body a unit belongs to, that unit told before the engagement
        word ('توج مختبر ... التابع للمديرية ... خلال الملتقى'): the unit acted. After it, the body may be a place
        ('ووقع الجانبان اتفاقية ... في المعاهد التابعة للمديرية')."""
        text = self.sentence.norm.text
        his = self._his_mentions(start, end)
        return (bool(his) and any(a.start < trigger.start for a in his)
                and all(a.principal_role == "body" and _UNIT_OF_BEFORE.search(text, 0, a.start) for a in his))

    def _only_his_staff(self, start: int, end: int) -> bool:
        """Whether every mention of him in the clause is one of his bodies as its staff's employer (not the staff
        that went with him: 'زيارة عمل ... بدأها يوم الاثنين، يرافقه عدد من أطر المديرية العامة')."""
        text = self.sentence.norm.text
        his = self._his_mentions(start, end)
        return bool(his) and all(
            a.principal_role == "body" and _STAFF_BEFORE.search(text, 0, a.start)
            and not _WENT_WITH_HIM_BEFORE.search(text, max(0, a.start - _WENT_WITH_HIM_REACH), a.start) for a in his)


@lru_cache(maxsize=4)
def _grammar(reference: Reference) -> DateGrammar:
    return DateGrammar(reference)


# 'بعث حموشي برقية تهنئة إلى الأمين العام الجديد ...، بمناسبة انتخابه ...، في ختام أشغال الدورة': a message sent; the
# gathering it was sent on the occasion of is no attendance of his.
_SENT_A_MESSAGE = prefiltered(r"(?<!\w)[وف]?(?:بعث|بعثت|وجه|وجهت|ارسل|ارسلت)\s+(?:\S+\s+){0,10}?"
                              r"(?:برقيه|برقيات|رساله|رسايل)(?!\w)")


def _sentence_candidates(article_id: str, scene: _Scene, clock: ArticleClock, focus: int | None,
                         accepted: list[dict], story: _Story) -> list[dict]:
    s = scene.sentence
    text = s.norm.text
    triggers = scene.triggers
    sent = _SENT_A_MESSAGE.search(text)
    # 'برنامج زيارات متبادلة'، 'لقاءات دورية': a practice, never one engagement. 'وتأتي هذه الزيارة بعد أشهر
    # من استقبال ... في شهر مارس': the visit told is only the measure; the engagement of the clause is the
    # one it comes after (or before).
    triggers = [t for t in triggers
                if not _HABITUAL_AFTER.match(text, t.end)
                and not _set_against_his_other(text, t, scene.actors, scene.triggers)
                and not (t.is_verb and _OF_A_KIND_BEFORE.search(text, max(0, t.start - 16), t.start))
                and not _SECURED_BEFORE.search(text, max(0, t.start - 30), t.start)
                and not _FOUNDED_OR_RESOLVED_BEFORE.search(text, max(0, t.start - 16), t.start)
                and not (t.kind == "agreement" and _NOT_SIGNED_BEFORE.search(text, max(0, t.start - 30), t.start))
                and not (t.kind == "agreement" and _SIGNED_BY_MINISTERS_AFTER.match(text, t.end))
                and not (t.kind == "agreement" and (_A_TREATYS_NAME_AFTER.match(text, t.end)
                                                    or _PARTIES_TO_BEFORE.search(text, max(0, t.start - 16), t.start)))
                and not (t.word in SIGNED_IT and _SIGNERS_AFTER_IT.match(text, t.end))
                and not _BY_STAFF_AFTER.match(text, t.end)
                and not _WITHOUT_BEFORE.search(text, max(0, t.start - 8), t.start)
                and not (t.kind == "agreement"
                         and _ADMINISTRATIVE_ACT_BEFORE.search(text, max(0, t.start - 24), t.start))
                and not (t.word == "استقبال" and (_PARTY_BEFORE.search(text, max(0, t.start - 6), t.start)
                                                  or _CITIZENS_AFTER.match(text, t.end)
                                                  or _a_states_reception(text, t, scene.roles)))
                and not _TO_FOLLOW_BEFORE.search(text, max(0, t.start - 10), t.start)
                and not (t.is_verb and _TIMES_OVER.match(text, t.end))
                and not (t.word.startswith("اشغال") and _BUILDING_WORKS_AFTER.match(text, t.end))
                and not (t.kind == "visit" and _ROYAL_AFTER.match(text, t.end))
                and not _THE_KINGS_MEETING_AFTER.match(text, t.end)
                and not (t.word in _GATHERINGS_IN_GENERAL and _definite(text, t))
                and not (not t.is_verb and _definite(text, t) and _ITS_FOCUS_AFTER.match(text, t.end))
                and not (t.word == "تنقل" and not _TRAVELLED_TO_AFTER.match(text, t.end))
                and not (t.word in ("قادته", "قادت") and not _TOOK_HIM_TO_AFTER.match(text, t.end))
                and not (t.word == "عاد" and not _went_back_abroad(text, t, scene.roles))
                and not (t.word == "مشاورات" and _FORMING_A_GOVERNMENT_AFTER.match(text, t.end))
                and not (t.word == "توجه" and (_CROWNED_WITH_AFTER.match(text, t.end)
                                               or _A_TREND_AFTER.match(text, t.end)))
                and not (t.word in ("زرنا", "زرت") and _A_FACILITY_AFTER.match(text, t.end))
                and not (t.is_verb and t.kind == "visit" and _our_delegation_went(text, t, scene.roles))
                and not (_PARTICIPATION.fullmatch(t.word) and _A_BANQUET_AFTER.match(text, t.end))
                and not (_CHAIRING.fullmatch(t.word) and _A_CEREMONY_AFTER.match(text, t.end))
                and not _COVERAGE_BEFORE.search(text, max(0, t.start - 30), t.start)
                and not (_PARTICIPATION.fullmatch(t.word) and _OF_OTHERS_AFTER.match(text, t.end))
                and not (text.startswith("بحضور", t.start) and _in_the_presence_of_another(t, scene.actors))
                and not _others_attended(text, t, scene.actors)
                and not (t.word == "رافق" and not _went_with_him_named(t, scene.actors))
                and not _tasked_to_another(text, t, scene.actors)
                and not _chaired_by_another(text, t, scene.actors)
                and not (not t.is_verb and sent is not None and sent.end() <= t.start)]
    triggers = series_items(text, triggers)
    verbs = [t.start for t in triggers if t.is_verb and not t.counted and not _pointed_at(text, t)]
    if verbs:
        # 'استقبل ... الأمين العام للأنتربول، في لقاء تناول الترتيبات النهائية لهذه الدورة': what is for the
        # session pointed at is not that session; 'ويأتي هذا الوسام ليعزز ...، إذ سبق لحموشي أن استقبل ...':
        # the one pointed at before a verb is the topic. Either way the clause's own verb says what happened
        # ('شارك في هذا المحفل' keeps its object).
        triggers = [t for t in triggers if not _FOR_THE_ONE_POINTED_AT.search(text, max(0, t.start - 9), t.start)
                    and not (_pointed_at(text, t) and t.start < max(verbs))]
    others = [t for t in triggers if scene.honours_another(t)]
    if len(others) < len(triggers):
        # 'وجاء توشيح حصاد خلال الزيارة ... حيث التقى': another's honour; the visit is what he did.
        triggers = [t for t in triggers if t not in others]
    first_word = min((t.start for t in triggers), default=None)
    engagement_dates = [m for m in scene.mentions if m.is_engagement_date
                        and not _dates_a_later_plan(text, m, triggers) and not _dates_an_incident(text, m, triggers)
                        and not _dates_what_came_before_or_after(text, m, triggers)
                        and not _dates_another_hosted_event(text, m, triggers)
                        and not _YIELDED_BEFORE.search(text, max(0, m.start - _YIELDED_REACH), m.start)
                        and not _approved_or_in_force_on(text, m, scene.mentions)
                        and not _said_in_error(text, m)
                        and not _dates_a_plan_told_after(text, m, triggers)
                        # 'وتوجت الزيارة بالتوقيع على ترتيب عمل ...، في خطوة ظل الجانبان يحضران لها منذ أشهر'
                        and not (first_word is not None and in_the_writers_comment(text, m.start, first_word))]
    if len(engagement_dates) > 1:
        # 'افتتح أجندته الخليجية لهذه السنة باستقبال ...، الذي حل بالرباط يوم 4 مارس': the agenda's year
        # says which year's agenda; the engagement's own date dates it.
        engagement_dates = [m for m in engagement_dates if not (
            m.precision == dates_mod.YEAR and (_AGENDA_BEFORE.search(text, max(0, m.start - 40), m.start)
                                               or _OPENED_THE_YEAR_BEFORE.search(text, max(0, m.start - 40), m.start)))]
    if len(engagement_dates) > 1 and (until := next((m for m in engagement_dates[1:] if _NOT_UNTIL_BEFORE.search(
            text, max(0, m.start - _NOT_UNTIL_REACH), m.start)), None)) is not None:
        # 'التي أعلنت وسائل إعلام زيارتها للرباط في نونبر 2017، لم تحل بالمغرب إلا يوم الخميس 7 دجنبر 2017': not
        # until that day; the date said before was only announced.
        engagement_dates = [m for m in engagement_dates if m.start >= until.start]
    if len(engagement_dates) > 1:
        # 'وكان آخر نشاط دولي لحموشي هذه السنة استقباله، الثلاثاء الماضي بمكتبه، سفير ...': the year frames what
        # the sentence reviews; the day set right after the engagement's word dates it.
        engagement_dates = [m for m in engagement_dates
                            if not _frames_the_day_after(text, m, engagement_dates, triggers)]
    if len(engagement_dates) > 1:
        # 'أفادت الشرطة البلجيكية، في بلاغ نشرته أمس الأربعاء، أن المفوض العام استقبل يوم الثلاثاء ...': the day
        # a statement came out, when the engagement has its own.
        engagement_dates = [m for m in engagement_dates if not _the_day_a_post_came_out(text, m)] or engagement_dates
    # 'وأوضح مدير الأمن العام، في تصريح لوكالة الأنباء الأردنية أمس السبت، أن المباحثات مع الحموشي جرت في اليوم
    # الأول من الاجتماعات': the day one spoke of the talks is no day of theirs, whether or not they have their own.
    engagement_dates = [m for m in engagement_dates if not _the_day_one_spoke(text, m, triggers)]
    if len(engagement_dates) > 1:
        # 'اختتم حموشي، أمس الخميس، زيارة عمل إلى الإمارات امتدت يومي الأربعاء والخميس': the days the visit
        # lasted hold the day it closed; one visit, told by its days.
        spans = [m for m in engagement_dates
                 if m.first_day != m.last_day and _LASTED_BEFORE.search(text, max(0, m.start - 16), m.start)]
        engagement_dates = [m for m in engagement_dates if not any(
            span is not m and span.first_day <= m.first_day <= m.last_day <= span.last_day for span in spans)]
    if len(engagement_dates) > 1:
        # 'استقبل حموشي في يونيو 2023، وتحديدا يوم 20 منه، قائد الشرطة الهولندية': 'precisely' narrows the date
        # right before it to the day it names; one engagement, dated by the day.
        engagement_dates = [m for m, following in zip(engagement_dates, [*engagement_dates[1:], None], strict=True)
                            if following is None or not _narrowed_by(text, m, following)]
    counted = _counted_from(text, scene.mentions)
    if (day_after := _the_day_after_what_it_names(text, counted, scene.mentions, triggers, scene.session)) is not None:
        # 'وغداة احتفالات عيد العرش (30 يوليوز) من سنة 2021، استقبل ...': the day after the day named; the dates of
        # what it names are not the engagement's.
        told_from, told_to, day = day_after
        engagement_dates = sorted([day, *(m for m in engagement_dates if not told_from <= m.start < told_to)],
                                  key=lambda m: m.start)
        # The occasion's own words ('انطلاق أشغال الدورة') tell no engagement.
        triggers = [t for t in triggers if not told_from <= t.start < told_to]
    elif (occasion_words := _an_occasions_words(counted, triggers)) is not None:
        # 'أي بعد ثلاثة أيام من اختتام أشغال قمة دبي': the gathering counted from, its day told before, is no
        # engagement of this clause.
        triggers = [t for t in triggers if not occasion_words[0] <= t.start < occasion_words[1]]
    if (day_after is None and any(m.form != "next_day" and m.precision == dates_mod.DAY for m in engagement_dates)
            and not _counts_from_an_engagement(counted, triggers)):
        # 'وعشية الاحتفال بهذه الذكرى، استقبل حموشي، يوم الاثنين 11 ماي'، 'فيوم الجمعة 25 مارس 2016، أي ثلاثة أيام
        # بعد تفجيرات المطار': the day told is the engagement's; the words counting from another occasion only
        # place it.
        engagement_dates = [m for m in engagement_dates if m.form != "next_day"]
    if not engagement_dates and (days_after := _days_after_the_incident(text, scene.mentions, triggers)) is not None:
        engagement_dates = [days_after]
    engagement_dates = _spans_since_until_closing(text, engagement_dates)
    if len(engagement_dates) == 2:
        engagement_dates = _as_one_span(text, *engagement_dates)
    if len(engagement_dates) > 1 and _is_dateline_stamp(text, engagement_dates[0]):
        # 'الرباط 13 أيار (بترا)- بدأ مدير الأمن العام، اليوم الاثنين، زيارة ...': the dispatch's stamp is no
        # clause of its own; the day the lead names dates it, and who acted stands between the two.
        engagement_dates = engagement_dates[1:]
    candidates: list[dict] = []
    if engagement_dates:
        for clause in split_clauses(text, engagement_dates, triggers):
            clause_date = clause.date
            assert clause_date is not None, "split_clauses dates every clause when there are dates"
            # 'وتتواصل الاشغال حتى يوم الخميس 27': the end of an event already reported; the sentence's own
            # engagement when it told one ('معرض ميليبول الذي انطلق اليوم، ويتواصل حتى 26 مايو'), not his.
            told_here = candidates[-1:] if candidates and not candidates[-1]["is_event"] else []
            if _extends_accepted(text, clause_date, told_here or accepted + [c for c in candidates if c["is_event"]],
                                 s.index):
                continue
            engagement = _placed_by_the_calendar(_placed_by_session(
                read_clause(text, clause.start, clause.end, triggers, scene.roles, scene.tokens, clause.date),
                scene.session), clause_date, scene.reference, text)
            if (engagement.reject_reason == "no_trigger" and candidates and candidates[-1]["is_event"]
                    and _narrows(candidates[-1], clause_date)):
                # 'الدورة 93 ...، التي احتضنتها مراكش الأسبوع الماضي، ...، بعدما تحولت المدينة الحمراء، من الإثنين
                # 24 إلى الخميس 27 نونبر، إلى عاصمة': days that tell no engagement of their own, within the coarser
                # date the sentence gave the one it told, are that one's.
                candidates[-1].update(start_date=clause_date.first_day, end_date=clause_date.last_day,
                                      date_precision=clause_date.precision, date_text=clause_date.text,
                                      date_source="text", date_year_basis=clause_date.year_basis)
                continue
            if (engagement.reject_reason == "no_trigger" and candidates and candidates[-1]["is_event"]
                    and _NEXT_SITTING.match(text, clause.start) and _a_day_after(candidates[-1], clause_date)):
                # 'جلستي عمل ...؛ انعقدت الأولى بعد زوال الخميس، والثانية صباح أمس الجمعة': the next sitting of the
                # engagement told, its last day.
                candidates[-1]["end_date"] = clause_date.last_day
                continue
            if (engagement.reject_reason == "no_trigger" and candidates and candidates[-1]["is_event"]
                    and _AND_THE_OTHER_DATE.search(text, max(0, clause_date.start - _AND_REACH), clause_date.start)
                    and _TWO_ENGAGEMENTS.search(text, max(0, clause.start - _TWO_ENGAGEMENTS_REACH), clause.start)):
                # 'بعد زيارتين سابقتين في فبراير 2018 ودجنبر 2021': two engagements, one on each date.
                candidates.append(_the_other_of_two(candidates[-1], article_id, scene, clause.start, clause.end,
                                                    clause_date))
                continue
            if _co_organized_by_his_force(engagement, text[clause.start:clause.end]):
                # 'الملتقى الذي نظمته الجامعة بالتعاون مع المديرية العامة للأمن الوطني': placed nowhere but by
                # the body's seat, a session his force co-organized was held at home.
                engagement = replace(with_country(engagement, HOME), direction=HOSTED)
            if engagement.reject_reason == "no_counterpart_country":
                if _in_a_moroccan_city(engagement, scene, clause.start, clause.end):
                    # 'شهدت استقبال الرباط لقادة أجهزة الشرطة في بلدان مجموعة الساحل الخمس، في اجتماع ترأسه حموشي':
                    # a body's meeting he is named at, whose only place is a Moroccan city, sat there.
                    engagement = held_in(engagement, HOME)
                elif (engagement.trigger is not None and story.speaker_country is not None
                        and (engagement.trigger.word in _FIRST_PERSON
                             or _told_of_himself(text, engagement.trigger, scene.actors)
                             or _WE_TOLD.search(text, clause.start, clause.end))):
                    # '"زرت الرباط يوم الخميس 6 فبراير 2020، والتقيت السيد حموشي"'، 'وقال الوزير إنه زار الرباط يوم
                    # الإثنين': the foreign official quoted, who came to Morocco when the clause names a Moroccan place.
                    engagement = with_country(engagement, story.speaker_country)
                    if engagement.direction == UNKNOWN and any(
                            r.iso2 == HOME and clause.start <= r.mention.start < clause.end for r in scene.roles):
                        engagement = replace(engagement, direction=HOSTED, meeting_type=(
                            "hosted_visit" if engagement.meeting_type == "meeting" else engagement.meeting_type))
                elif (candidates and candidates[-1]["is_event"] and candidates[-1]["country_iso2"] is not None
                        and engagement.trigger is not None and arrives(engagement.trigger)
                        and WHO_OPENS.match(text, clause.start)):
                    # 'مباحثات مع ... حموشي، الذي وصل مساء أمس الاثنين إلى العاصمة في زيارة عمل تستغرق يومين': who
                    # arrived is the one just named, in the scene of the clause before.
                    engagement = replace(with_country(engagement, candidates[-1]["country_iso2"]),
                                         direction=candidates[-1]["direction"])
                elif (story.speaker_country not in (None, HOME)
                        and _HIS_EXCELLENCY.search(text, clause.start, clause.end)
                        and any(a.kind == PRINCIPAL and clause.start <= a.start < clause.end for a in scene.actors)):
                    # 'اختتم وزير الداخلية البحريني اليوم زيارته الرسمية إلى المملكة' then 'وكان معاليه قد التقى
                    # أمس السيد عبد اللطيف حموشي': his excellency is the foreign official the page named last, who
                    # met him.
                    engagement = with_country(engagement, story.speaker_country)
                elif (named := country_by_family_name(scene.tokens, clause.start, clause.end,
                                                      story.family_names)) is not None:
                    # 'مدير الأمن العام السعودي الفريق محمد البسامي' then 'زيارة البسامي إلى الرباط أواخر مارس 2023':
                    # the family name is that official's, and his country the engagement's.
                    engagement = with_country(engagement, named)
                elif len(officials := {a.iso2 for a in scene.actors if a.kind == FOREIGN_OFFICIAL
                                       and clause.start <= a.start < clause.end and a.iso2 not in (None, HOME)
                                       and not (engagement.trigger is not None and denied_in_a_clause_before(
                                           text, a.start, a.end, engagement.trigger.start))}) == 1:
                    # 'حل وزير الداخلية ضيفا على الرباط' on a page that gave that title to Bahrain's minister by name
                    # (titles_held_abroad): the official the clause names is that country's.
                    engagement = with_country(engagement, officials.pop())
                elif (met := scene.country_of_the_two(clause.start, clause.end)) is not None:
                    # 'أبدى المسؤول الإيطالي رغبة بلاده ...' then 'بعد الاجتماع الذي عقداه في يونيو من السنة الماضية':
                    # the two are he and the official he met, whose country it is.
                    engagement = with_country(engagement, met)
                elif story.copy_home is not None and any(
                        a.kind == FOREIGN_OFFICIAL and a.iso2 == story.copy_home and a.start < clause.end
                        and (clause.start <= a.start or any(b.kind == PRINCIPAL for b in scene.actors))
                        for a in scene.actors):
                    # 'الرباط 24 نيسان (بترا)- بحث مدير الأمن العام ... مع ... الحموشي': the agency's own official,
                    # named in the clause, or before it in a sentence that names him ('عاد مدير الأمن العام إلى أرض
                    # الوطن بعد زيارة عمل امتدت من الاثنين حتى الأربعاء، التقى خلالها ... حموشي').
                    engagement = with_country(engagement, story.copy_home)
                elif (dated_by_page := _dated_only_by_the_page(text[clause.start:clause.end], clause_date,
                                                                accepted)) is not None:
                    # 'حظيت المقاربة المغربية باهتمام خلال أشغال المؤتمر السنوي ... بلاهاي' then 'وشارك حموشي، خلال شهر
                    # شتنبر المنصرم، في هذا الموعد': the clause dates the engagement the page told without a date.
                    dated_by_page.update(start_date=clause_date.start_date, end_date=clause_date.end_date,
                                         date_precision=clause_date.precision, date_text=clause_date.text,
                                         date_source="text", date_year_basis=clause_date.year_basis)
                    engagement = with_country(engagement, dated_by_page["country_iso2"])
                elif (session_told := _session_of_the_body(engagement, clause_date, accepted)) is not None:
                    # 'وفي ختام الأشغال، يوم الخميس 27 نونبر، منحت المنظمة الدولية للشرطة الجنائية حموشي وسامها': the
                    # body's honour on a day of its session the page told sat where the session did.
                    engagement = replace(with_country(engagement, session_told["country_iso2"]),
                                         direction=session_told["direction"])
                elif SIDELINES.search(text) and (session_told := _session_of_the_body(
                        engagement, clause_date, accepted, any_body=True)) is not None:
                    # 'وعلى هامش الاجتماعات، التقى حموشي أمس الأربعاء المديرة التنفيذية ليوروبول': another body's
                    # official met on the sidelines of a session the page told, on its days, was met where it sat.
                    engagement = replace(with_country(engagement, session_told["country_iso2"]),
                                         direction=session_told["direction"])
                elif story.visitors_country is not None and (
                        visitors := _THE_VISITORS.search(text, clause.start, clause.end)) is not None and not (
                        engagement.trigger is not None and denied_in_a_clause_before(
                            text, visitors.start(), visitors.end(), engagement.trigger.start)):
                    # 'قام وفد من وزارة الأمن الداخلي الأمريكية بزيارة إلى المملكة' then 'وفي 6 ديسمبر، عقد الوفد
                    # اجتماعا مع حموشي': the delegation is the visitors the page told of.
                    engagement = with_country(engagement, story.visitors_country)
                    if engagement.direction == UNKNOWN:
                        engagement = replace(engagement, direction=HOSTED)  # the visitors met him in Morocco
                elif engagement.trigger is not None and (
                        topic := _the_country_it_opens_on(scene, engagement.trigger.start)) is not None:
                    # 'أما رواندا، التي ظلت بعيدة عن دائرة التعاون، فقد استقبل حموشي قائد شرطتها': the country the
                    # sentence set apart ('as for') is the party of what follows.
                    engagement = with_country(engagement, topic)
                elif (official_country := _the_official_it_points_to(scene, clause.start, clause.end)) is not None:
                    # '... المدير العام للشرطة الإيفوارية إلى المغرب، إذ سبق لحموشي أن استقبله في يونيو 2022': 'ه' is
                    # that official, whom he received ('وتباحث الطرفان' after it are the two of them).
                    engagement = with_country(engagement, official_country)
                elif accepted and refers_to_previous_parties(text[clause.start:clause.end]):
                    # 'وكان الطرفان قد عقدا اجتماعا...': the same parties as the engagement just reported.
                    engagement = with_country(engagement, accepted[-1]["country_iso2"])
                elif (place := _the_place_it_points_to(scene, clause.start, clause.end)) is not None:
                    # '... أول زيارة يقوم بها حموشي إلى الدوحة، إذ سبق أن حل بها في أبريل': 'بها' is that place,
                    # where he went.
                    engagement = replace(held_in(engagement, place), meeting_type="visit_abroad")
                elif (engagement.meeting_type == "conference" and story.filed_at_home and engagement.trigger is not None
                        and _HE_OPENED.search(text, clause.start, engagement.trigger.start)
                        and not any(r.iso2 not in (None, HOME) for r in scene.roles)):
                    # 'طنجة – ...' over 'افتتح حموشي، صباح اليوم الثلاثاء بأحد الفنادق الكبرى، أشغال الاجتماع
                    # الإقليمي': the gathering he opened, on a page filed from a Moroccan city whose sentence names no
                    # foreign place, sat there (closing is no sign: 'اختتم ... مشاركته في أشغال المؤتمر').
                    engagement = held_in(engagement, HOME)
                elif (engagement.meeting_type == "conference" and story.filed_abroad is not None
                        and clock.precision == dates_mod.DAY and clock.date is not None and clause_date.resolved
                        and abs((clause_date.first_day - clock.date).days) <= _DISPATCH_DAYS
                        and any(a.principal_role in ("name", "title")
                                for a in scene._his_mentions(clause.start, clause.end))
                        and not any(r.iso2 is not None and r.role in ("location", "destination")
                                    for r in scene.roles)):
                    # 'فيينا – ... الجمعة 15 مارس 2019' over 'كان حموشي قد شارك أمس الخميس في أشغال الشق الوزاري
                    # للدورة الثانية والستين للجنة': a gathering of the dispatch's own days he is named at, on a page
                    # filed from abroad whose sentence places it nowhere, sat where the page was filed.
                    engagement = held_in(engagement, story.filed_abroad)
                elif not accepted and story.undated_report is not None and _names_the_one_told(engagement, text):
                    # 'يقوم حموشي بزيارة عمل إلى الإمارات' then 'تبدأ الزيارة يوم الثلاثاء 23 شتنبر':
                    # the news the page had not dated, dated.
                    engagement = _the_one_told(engagement, story.undated_report)
            engagement = _on_the_sidelines_at_home(engagement, scene, clause.start, clause.end, clause_date, accepted)
            engagement = _visiting_the_agencys_country(engagement, text[clause.start:clause.end],
                                                       story.copy_home if story.copy_at_home else story.filed_abroad,
                                                       story.wire_lead == s.index,
                                                       story.first_prose == s.index
                                                       and _received_in_no_home_place(scene, clause.start, clause.end))
            engagement = _held_remotely(engagement, text, clause.end)
            attribution = scene.attribution(clause.start, clause.end, engagement)
            if (attribution.principal_role in ("continuation", "body", "host")
                    and _welcomed_by_a_deputy(scene, clause.start, clause.end)):
                # 'فقد حل يوم الإثنين الماضي الملحق العسكري بسفارة ألمانيا، حيث كان في استقباله نائب المدير العام':
                # the visitor the passage goes on with was received by another Moroccan official, not by him.
                attribution = Attribution(None, None, "other_actor")
            if attribution.principal_role in ("continuation", "body") and (
                    (story.anothers_at_peg() is not None
                     and (refers_to_previous_parties(text[clause.start:clause.end])
                          or _THE_DELEGATION.search(text, clause.start, clause.end)))
                    or (not story.dated_engagement and story.anothers_told is not None
                        and _MOROCCOS_DELEGATION.search(text, clause.start, clause.end))):
                # 'استقبل قائد شرطة دبي أمس القنصل العام المغربي' then 'وبحث الجانبان التعاون بين شرطة دبي والمديرية
                # العامة للأمن الوطني': the two sides are those of the engagement the page dated, another's; so is
                # 'وقد استقبل الوفد المغربي المفوض العام' after 'عقد وفد من المديرية ... اجتماع عمل', and 'وكان الوفد
                # المغربي قد وصل إلى الرياض مساء الأحد' on a page that has dated no engagement of his but that one.
                attribution = Attribution(None, None, "other_actor")
            if attribution.reject_reason is None and (scene.dates_anothers_engagement(clause_date) or (
                    attribution.principal_role in ("continuation", "body")
                    and (_session_as_precedent(text, engagement)
                         or _hosted_in_the_past(text[clause.start:clause.end], engagement)))):
                attribution = Attribution(None, None, "other_actor")
            opened = _opened_on(text, clause_date)
            received = any(t.is_verb and receives(t) and clause.start <= t.start < clause.end for t in triggers)
            date = _closed_today(_begun_before_close(_under_way_until(clause_date, text, clock), text,
                                                     engagement_dates, opened, engagement.meeting_type == "conference"),
                                 text, clock)
            if engagement.meeting_type == "conference":
                date = _the_sessions_days(date, engagement_dates)
            date = _years_later(_with_duration(date, text[clause.start:clause.end], opened, received), text,
                                engagement.trigger)
            if not received or engagement.direction == ABROAD:  # received there, the visit is his
                date = _under_way_since(date, text, engagement_dates)
            reason = (engagement.reject_reason or attribution.reject_reason or _refers_back(text, engagement)
                      or _coinciding(text, engagement)
                      or _denied(text, engagement, clause.start) or _ordered(text, engagement, clause.start)
                      or ("planned_or_future" if _provided_for(text, engagement.trigger) else None)
                      or _date_rejection(date, text[(told_from := _not_until(text, date, clause.start)):clause.end],
                                         clock, _engagement_words(engagement, triggers, told_from, clause.end)))
            # 'وتندرج هذه الزيارة في إطار اتفاقية ... الموقعة سنة 2014': the year dates the agreement named
            # after the visit the page told undated; 'وجرى هذا اللقاء يوم 5 مارس' dates that visit itself.
            told_undated = story.undated_report is not None and _dated_after_another_noun(
                engagement.trigger, clause_date, triggers)
            # The clauses before in the sentence count as told: 'التقيا في أبريل بموسكو، إذ زار روسيا في
            # أبريل' tells one engagement twice.
            told = accepted + [c for c in candidates if c["is_event"]]
            honour = _honour_at_the_session(scene, clause.start, clause.end, engagement)
            session_attribution, session_reason = attribution, reason
            if honour is not None and reason is None and scene.named_only_as_honoured():
                # 'قرر المجلس، خلال دورته المنعقدة يوم الأحد ...، منح وسام ... للمدير العام': the body's session
                # decided on his honour; he is named as the one honoured, not as one who sat in it.
                session_attribution, session_reason = Attribution(None, None, "other_actor"), "other_actor"
            also_met = (_others_met_alike(scene, clause.start, clause.end, engagement)
                        if session_reason is None else [])
            # 'بمشاركة المديرين العامين للشرطة في كل من مالي والنيجر وتشاد': the delegations of a session
            # are its participants, not engagements of their own.
            listed_parties = (coordinated_countries(text, scene.roles, scene.tokens, engagement.counterpart)
                              if engagement.meeting_type != "conference" else [])
            # 'جولة خليجية امتدت خمسة أيام، قادته إلى السعودية ثم الإمارات': the days of a tour of several
            # countries hold each stop, they are not each stop's days.
            date_source = ("tour_span" if date.spans_days and (also_met or listed_parties or _tours_several_countries(
                scene, clause.start, clause.end, engagement)) else "text")
            candidates.append(_candidate_row(article_id, scene, clause.start, clause.end, date, engagement,
                                             session_attribution, session_reason, told, date_source=date_source,
                                             told_undated=told_undated))
            if (candidates[-1]["is_event"] and session_attribution.principal_id is not None
                    and engagement.trigger is not None and receives(engagement.trigger)):
                scene.his_clauses.append((clause.start, clause.end, session_attribution.principal_id))
            if (sidelined := _session_on_whose_sidelines(scene, clause.start, clause.end, engagement, date,
                                                          told)) is not None:
                # 'التقى ... على هامش الدورة 93 للجمعية العامة للأنتربول، التي احتضنتها مراكش': the talks on its
                # sidelines say he was at the session too, an engagement of its own.
                session_start, session_engagement, session_date = sidelined
                candidates.append(_candidate_row(article_id, scene, session_start, clause.end, session_date,
                                                 session_engagement, session_attribution, session_reason, told,
                                                 told_undated=told_undated))
            for also_start, also_end, also in also_met:
                # '... جلسات عمل مع المدير العام للأمن الوطني التركي، ومع القائد العام لشرطة دبي': each party
                # after 'ومع' is a meeting of its own, on the same date.
                candidates.append(_candidate_row(article_id, scene, also_start, also_end, date, also,
                                                 session_attribution, None, told, date_source=date_source))
            if honour is not None and honour.trigger is not None:
                # '... للمشاركة في أشغال الدورة 36 لمجلس وزراء الداخلية العرب، حيث قلده الأمين العام للمجلس
                # وسام ...': the honour received at the session is an engagement of its own, on its days.
                honour_start = text.rfind("،", clause.start, honour.trigger.start) + 1 or clause.start
                candidates.append(_candidate_row(article_id, scene, honour_start, clause.end, date, honour,
                                                 attribution, reason, told, told_undated=told_undated))
            for listed_party in listed_parties:
                listed = replace(engagement, counterpart=listed_party)
                candidates.append(_candidate_row(article_id, scene, clause.start, clause.end, date, listed,
                                                 attribution, reason, accepted, date_source=date_source,
                                                 told_undated=told_undated))
        return candidates
    if (focus is None or (story.under_its_heading() and story.news_peg() is not None)
            or (accepted and _ON_THE_ONE_TOLD.search(text)) or scene.session is not None):
        # The item right under its day's heading is that day's, even in a review of the year; so is what
        # happened on the occasion just told ('وعلى هامش هذه الدورة، أجرى المدير العام مباحثات ...'), and a
        # session the calendar knows sat on its own days ('احتضان مراكش لأشغال الدورة الثالثة والتسعين ...').
        return _undated_candidates(article_id, scene, clock, story, triggers, accepted)
    if any(m.year_basis == "relative_without_article_date" for m in scene.mentions):
        # 'وفي مارس من السنة الماضية، استقبل ...' on an undated page: a time of its own, unknown, not the year reviewed.
        return candidates
    year = DateMention(0, 0, str(focus), "year", dt.date(focus, 1, 1), dt.date(focus, 12, 31), dates_mod.YEAR)
    # 'وتوزعت هذه اللقاءات بين الرباط وعواصم أجنبية': the engagements the review just counted, pointed at.
    triggers = [t for t in triggers if not _pointed_at(text, t)]
    if not any(t.kind == "meeting" and not t.counted for t in triggers):
        return _honour_of_the_year(article_id, scene, clock, year, triggers, accepted)
    # An undated list in a review of one year ('عقد ... جلسات عمل مع ... من قبيل: A، B، C').
    parties = enumerated_counterparts(text, scene.roles)
    previous_countries = {c["country_iso2"] for c in accepted if c["line_index"] >= s.line_index - 1}
    told_as_another = len(parties) == 1 and marks_new_engagement(text)
    if len(parties) == 1 and parties[0].iso2 in previous_countries and not told_as_another:
        return candidates  # a follow-up sentence about the engagement just reported
    trigger = next(t for t in triggers if t.kind == "meeting" and not t.counted)
    for party in parties:
        # 'أما اللقاء الثاني مع الجانب الصيني فجرى بالرباط، حيث استقبل سفير بكين': told as one more, the whole
        # sentence is its clause, the ordinal with it.
        start, end = ((0, len(text)) if told_as_another
                      else _list_item_span(text, party.mention.start, party.mention.end))
        item_roles = [r for r in scene.roles if start <= r.mention.start < end]
        counterpart = _list_counterpart(party, item_roles, text, scene.tokens)
        engagement = Engagement("meeting", UNKNOWN, counterpart, trigger, None)
        if told_as_another:
            # 'أما الزيارة الثانية فكانت إلى الدوحة، والتقى خلالها مسؤولين قطريين': the item is read whole, a visit
            # with the talks held during it.
            whole = read_clause(text, 0, len(text), triggers, scene.roles, scene.tokens)
            if whole.reject_reason is None and whole.country_iso2 == counterpart.country_iso2:
                engagement = whole
        attribution = scene.attribution(0, len(text), engagement)
        candidates.append(_candidate_row(article_id, scene, start, end, year, engagement, attribution,
                                         attribution.reject_reason, accepted, date_source="article_focus_year"))
    return candidates


_POINTED_AT = prefiltered(r"(?<!\w)[وف]?[لب]?(?:هذه|هذا|تلك|ذلك|هاته)\s+$")
_FOR_THE_ONE_POINTED_AT = prefiltered(r"(?<!\w)ل(?:هذه|هذا|تلك|ذلك)\s+$")


def _pointed_at(text: str, trigger: Trigger) -> bool:
    """'هذه الزيارة'، 'لهذه الدورة': the engagement told before, pointed at."""
    return bool(_POINTED_AT.search(text, max(0, trigger.start - 9), trigger.start))


def _dated_after_another_noun(trigger: Trigger | None, date: DateMention, triggers: list[Trigger]) -> bool:
    """Whether another engagement word stands between the clause's trigger and its date."""
    return trigger is not None and any(t is not trigger and not t.counted and trigger.end <= t.start < date.start
                                       for t in triggers)


# 'المرة الثانية التي يحتضن فيها المغرب الجمعية العامة، بعد الدورة 76 التي عقدت في مراكش عام 2007'، 'منذ
# آخر دورة احتضنتها الرباط سنة 2007': an earlier session, the history of the one told.
_PRECEDENT_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:بعد|منذ|اخر|اخري)\s+(?:اخر\s+)?$")


# 'ويذكر أن المغرب سبق أن احتضن الجمعية العامة ... سنة 2007'، 'وسبق للمغرب أن احتضن'، 'حين احتضنت مراكش الدورة
# 76'، 'وكانت القاهرة قد استضافت في سبتمبر الماضي اجتماعا لرؤساء أجهزة مكافحة المخدرات': the place's history.
_HOSTED_IN_THE_PAST = prefiltered(r"(?<!\w)(?:(?:[وف]?سبق\s+(?:ان|لها|له|ل[^\s،,]+\s+ان)|حين|عندما|لما)\s+"
                                 r"(?:[^\s،,]+\s+)?"
                                 r"|[وف]?(?:كان|كانت)\s+[^\s،,]+\s+قد\s+)"
                                 r"(?:احتضن|احتضنت|استضاف|استضافت|نظم|نظمت)(?!\w)")


def _hosted_in_the_past(clause: str, engagement: Engagement) -> bool:
    """A meeting or conference told as what a place once hosted, in words that do not name him."""
    return engagement.meeting_type in ("conference", "meeting") and _HOSTED_IN_THE_PAST.search(clause) is not None


# 'هذه الدورة'، and 'الوفد المغربي المشارك في المعرض': the session told, pointed at or named as the one a delegation
# takes part in.
_THIS_SESSION = prefiltered(r"(?<!\w)(?:هذه|هذا|(?:المشارك|المشاركه)\s+في)\s+"
                           r"(?:الدوره|الموتمر|المعرض|الاجتماع|القمه|المنتدي|الملتقي)(?!\w)")


def _honour_at_the_session(scene: _Scene, start: int, end: int, engagement: Engagement) -> Engagement | None:
    """The honour told after a conference in its clause, given to him there: the conference's place and body."""
    if engagement.meeting_type != "conference" or engagement.trigger is None:
        return None
    text = scene.sentence.norm.text
    honour = next((t for t in scene.triggers if t.kind == "honor" and not t.counted
                   and engagement.trigger.end <= t.start < end and not scene.honours_another(t)
                   and not _told_in_general(t, text)), None)
    return None if honour is None else replace(engagement, meeting_type="honor", trigger=honour)


def _session_on_whose_sidelines(scene: _Scene, start: int, end: int, engagement: Engagement, date: DateMention,
                                told: list[dict]) -> tuple[int, Engagement, DateMention] | None:
    """'أجرى حموشي، أمس الثلاثاء بمراكش، مباحثات مع ...، على هامش أشغال الجمعية العامة للأنتربول': a meeting or a
    signing on the sidelines of an international body's gathering puts him at the gathering, which sat where the
    calendar of its sessions or the clause places it, on the session's days when the calendar knows them. Returns
    where the words of the gathering begin, the gathering as an engagement and its days; None when the page told
    the gathering already, or nothing places it."""
    code = engagement.counterpart.organization_code
    if engagement.meeting_type in ("conference", "honor") or code is None or not date.resolved:
        return None
    text = scene.sentence.norm.text
    if (sidelines := SIDELINES.search(text, start, end)) is None:
        return None
    body = next((r for r in scene.roles if sidelines.end() <= r.mention.start < end
                 and r.mention.alias.agency == code), None)
    if body is None:
        return None
    if scene.session is not None and scene.session.org_code == code:
        session: Session | None = scene.session
        if not (scene.session.start <= date.last_day and date.first_day <= scene.session.end):
            return None  # the session the sentence numbers is of another time than the talks: one is not this one
    else:
        session = scene.reference.the_session_during(code, date.first_day, date.last_day, text)
    host = session.host_iso2 if session is not None else next(
        (r.iso2 for r in scene.roles if start <= r.mention.start < end and r.role == "location" and r.iso2), None)
    if host is None:
        return None
    days = date if session is None else replace(date, start_date=session.start, end_date=session.end,
                                                precision=dates_mod.DAY, partial_days=None)
    if any(c["meeting_type"] == "conference" and (c["organization_code"] == code or c["country_iso2"] == host)
           and c["start_date"] <= days.last_day and days.first_day <= c["end_date"] for c in told):
        return None
    gathering = Counterpart(country_iso2=host, organization_code=code, mention=body.mention)
    return sidelines.start(), Engagement("conference", HOSTED if host == HOME else ABROAD, gathering,
                                         engagement.trigger, engagement.reject_reason), days


def _session_another_led(scene: _Scene, accepted: list[dict]) -> dict | None:
    """'انطلقت اليوم أشغال الدورة 42 لمجلس وزراء الداخلية العرب' then 'ويترأس الوفد المغربي في هذه الدورة وزير
    الداخلية': the session told, read as his only because the page is about him, was another's to attend.
    Returns that session's row."""
    text = scene.sentence.norm.text
    his = [a for a in scene._his_mentions(0, len(text)) if a.principal_role != "body"]
    # 'وترأس الوفد المغربي محمد الدخيسي ... نيابة عن المدير العام ... عبد اللطيف حموشي': named as the one
    # stood in for, he was not there either; so whoever opened it for him ('وافتتح الورشة مدير الأمن العمومي،
    # نيابة عن المدير العام ... حموشي').
    stood_in_for = [a for a in his if _stood_in_for(text, a, scene.actors)]
    named = [a for a in his if a not in stood_in_for]
    if named or not (stood_in_for or (_THIS_SESSION.search(text)
                                      and scene._led_by_another(0, len(text), ignoring=stood_in_for))):
        return None
    return next((c for c in reversed(accepted) if c["meeting_type"] == "conference"
                 and c["principal_role"] in ("continuation", "body")), None)


def _his_delegations_session(scene: _Scene, candidates: list[dict],
                             accepted: list[dict]) -> tuple[dict, str | None] | None:
    """'انطلقت أشغال الدورة 36 لمجلس وزراء الداخلية العرب، بمشاركة وفد مغربي يترأسه وزير الداخلية' then 'ويضم
    الوفد المغربي، على الخصوص، ... عبد اللطيف حموشي': he was in the delegation another led, so at the session
    too. '... الدورة 93 للجمعية العامة للأنتربول، التي احتضنتها مراكش' then 'مباحثات ثنائية مع عبد اللطيف حموشي،
    ...، الذي ترأس الوفد المغربي خلال هذه الدورة': he led it at the session the page told. Returns that
    session's row, the last the page told and read as another's or no one's, with the principal named."""
    text = scene.sentence.norm.text
    his = [a for a in scene._his_mentions(0, len(text))
           if a.principal_role in ("name", "title") and not _stood_in_for(text, a, scene.actors)
           and not _heads_a_body(text, a)
           and not _SENT_BY_BEFORE.search(text, max(0, a.start - _SENT_BY_REACH), a.start)]
    if not his:
        return None
    if _DELEGATION_HOLDS.match(text):
        told = next((c for c in reversed(candidates) if c["trigger_word"] is not None), None)
        if (told is None or told["meeting_type"] != "conference" or told["reject_reason"] != "other_actor"
                or any(c["sentence_index"] > told["sentence_index"] for c in accepted)):
            return None
        return told, his[0].principal_id
    led = _LED_AT_THIS_SESSION.search(text)
    if led is None or not any(a.end <= led.start() for a in his):
        return None
    told = next((c for c in reversed(candidates) if c["meeting_type"] == "conference"
                 and c["sentence_index"] < scene.sentence.index), None)
    if told is None or told["reject_reason"] not in ("other_actor", "no_principal"):
        return None
    return told, his[0].principal_id


# 'الذي ترأس الوفد المغربي خلال هذه الدورة'، 'ويقود الوفد المغربي إلى هذا المؤتمر': he led Morocco's delegation to the
# session the page pointed at.
_LED_AT_THIS_SESSION = prefiltered(
    r"(?<!\w)(?:[وف]?(?:الذي\s+)?)(?:تراس|قاد|يتراس|يقود)\s+(?:ال)?وفد\s+(?:ال)?مغربي\s+(?:\S+\s+){0,2}?"
    r"(?:خلال|في|الي)\s+(?:اشغال\s+)?(?:هذه|هذا|تلك|ذلك)\s+(?:ال)?(?:دوره|موتمر|اجتماع|جمعيه|ملتقي|منتدي|قمه|اشغال"
    r"|تظاهره)(?!\w)")


# 'ويضم الوفد المغربي، الذي كلفه المدير العام ... حموشي، بتمثيل المديرية': he sent the delegation, he was not in it.
_SENT_BY_BEFORE = prefiltered(r"(?<!\w)(?:كلف|اوفد|انتدب|بعث|ارسل)(?:ه|ها|هم)\s+(?:[^،,.]{1,80}[،,]\s*)?$")
_SENT_BY_REACH = 100  # his title may stand between the verb and his name
# 'ويضم الوفد المغربي، على الخصوص، ...'، 'وتألف الوفد من ...': who the delegation was.
_DELEGATION_HOLDS = prefiltered(r"\s*[وف]?(?:يضم|ضم|تضم|ضمت|يتكون|تكون|يتالف|تالف)\s+(?:ال)?وفد(?!\w)")


def _told_absent_from(scene: _Scene, accepted: list[dict]) -> dict | None:
    """'انطلقت أمس بتونس أشغال المؤتمر 49 لقادة الشرطة' then 'ولم يحضر عبد اللطيف حموشي أشغال هذه الدورة' (or 'أن
    المدير العام لم يتنقل إلى تونس، وأن المملكة ممثلة في هذه الدورة ...'): the engagement told last, credited to him
    only by the page's thread, is one he was absent from."""
    text = scene.sentence.norm.text
    if not accepted or not _THIS_ENGAGEMENT_OR_SESSION.search(text) or not (any(
            a.kind == PRINCIPAL and a.principal_role != "body" and _absent_at(text, a.start, a.end)
            for a in scene.actors) or any(_absent_at(text, *chief.span()) for chief in _THE_CHIEF.finditer(text))):
        return None
    last = accepted[-1]
    return last if last["principal_role"] in ("continuation", "body", "host") else None


# 'في غياب المغرب'، 'دون مشاركة مغربية'، 'بغياب حموشي': Morocco, or he, stayed away.
_MOROCCO_ABSENT = prefiltered(r"(?<!\w)(?:في\s+غياب|بغياب|دون\s+(?:حضور|مشاركه))\s+(?:ال)?(?:مغرب|المملكه|مغربي|حموشي"
                              r"|الحموشي|المدير\s+العام)(?!\w)")


# 'والصحيح أن هذا الاستقبال تم يوم الخميس 13 شتنبر 2018': a correction of the date the page told first.
_CORRECTED = prefiltered(r"^[وف]?(?:الصحيح|الصواب)\s+(?:هو\s+)?ان(?!\w)")


def _correct_the_one_told(scene: _Scene, accepted: list[dict]) -> None:
    """A correction that points at the engagement told last and gives its day ('ورد في الخبر ... أن حموشي استقبل ...
    يوم الأربعاء 12 شتنبر' then 'والصحيح أن هذا الاستقبال تم يوم الخميس 13 شتنبر 2018') dates it."""
    text = scene.sentence.norm.text
    if not accepted or not _CORRECTED.match(text) or not _THIS_ENGAGEMENT.search(text):
        return
    day = next((m for m in scene.mentions if m.is_engagement_date and m.precision == dates_mod.DAY), None)
    if day is not None:
        accepted[-1].update(date_text=day.text, start_date=day.start_date, end_date=day.end_date,
                            date_precision=day.precision, date_year_basis=day.year_basis, date_source="text",
                            partial_day_start=None, partial_day_end=None)


def _session_as_precedent(text: str, engagement: Engagement) -> bool:
    """A conference the sentence gives as the precedent of another, or an earlier edition of it ('يذكر أن الدورة
    الأولى من المنتدى انعقدت في المنامة العام الماضي'), in words that do not name him."""
    trigger = engagement.trigger
    return (engagement.meeting_type == "conference" and trigger is not None
            and bool(_PRECEDENT_BEFORE.search(text, max(0, trigger.start - 12), trigger.start)
                     or _AN_EARLIER_EDITION.match(text, trigger.start)))


_AN_EARLIER_EDITION = prefiltered(r"[وفبل]?(?:ال|لل)(?:دوره|نسخه)\s+(?:ال)?(?:اولي|سابقه|ماضيه|فارطه)(?!\w)")


# 'فيما عرف الحفل مشاركة لافتة لوفود أمنية أجنبية': others' taking part.
_OF_OTHERS_AFTER = prefiltered(r"(?:\s+[^\s،,.]+)?\s+ل(?:ل)?(?:وفود|وفد|ممثلي|ممثلين|سفراء|مسوولين|خبراء|عدد|عناصر)"
                              r"(?!\w)")
# 'بحضور والي جهة سوس ماسة': in the presence of another Moroccan official; 'بحضور عبد اللطيف حموشي' is his.
_PRESENCE_REACH = 24


# 'شهد الحفل'، 'عرفت الدورة': the occasion that saw who attended (its own noun tells it, if it is one).
_WITNESSED_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:شهد|شهدت|عرف|عرفت)\s+(?:\S+\s+){1,2}$")


def _others_attended(text: str, presence: Trigger, actors: list[Actor]) -> bool:
    """'وشهد الحفل حضور ممثلين عن أجهزة أمنية من فرنسا': who came to the occasion, when he is not named among them
    ('وشهد الحفل حضور ... حموشي' is his attendance)."""
    return (presence.word == "حضور" and _WITNESSED_BEFORE.search(text, max(0, presence.start - 24), presence.start)
            is not None and not any(a.kind == PRINCIPAL and a.start > presence.end for a in actors))


def _in_the_presence_of_another(presence: Trigger, actors: list[Actor]) -> bool:
    """Whether the first one named right after 'بحضور' is another Moroccan official."""
    first = next((a for a in actors if presence.end <= a.start <= presence.end + _PRESENCE_REACH), None)
    return first is not None and first.kind == HOME_OFFICIAL


# 'خصصت القناة تغطية يومية لأشغال هذه الدورة': a broadcaster's coverage of the session, no one's attending it;
# 'ولم تصدر السفارة أي تعليق على الزيارة حتى مساء أمس': a comment on the visit, dated by the comment.
_COVERAGE_BEFORE = prefiltered(r"(?<!\w)(?:(?:تغطيه|تغطيات)(?:\s+\S+){0,2}?\s+(?:ل)?(?:(?:ل)?اشغال\s+)?"
                              r"|(?:تعليق|تعليقا|تعقيب|تعقيبا)\s+علي\s+)(?:(?:هذه|هذا)\s+)?$")
# 'وترأس الحفل وزير الداخلية ... وحموشي': presiding over a ceremony at home is no engagement of its own; the foreign
# guests attended it (an honour or a signing there is told by its own words).
_CHAIRING = prefiltered(r"[وف]?(?:تراس|يتراس|تراست|تتراس|تروس)")  # 'ترؤس' too
_A_CEREMONY_AFTER = prefiltered(r"\s+(?:ال)?(?:حفل|حفلا|مراسم)(?!\w)")
# 'مشاركة آلاف من عناصر الأمن المغربي في تأمين ...': what his staff took part in, not he.
_BY_STAFF_AFTER = prefiltered(r"\s+(?:(?:الاف|ميات|عشرات|عدد|مجموعه)\s+(?:من\s+)?)?"
                             r"(?:ال)?(?:عناصر|اطر|ضباط|موظفي|موظفين|موظفون|افراد|رجال|اعوان)(?!\w)")
# 'اطلع على تقدم أشغال بناء مقر ولاية الأمن': building works, no gathering's sittings.
_BUILDING_WORKS_AFTER = prefiltered(r"\s+(?:ال)?(?:بناء|تهييه|انجاز|تشييد|اصلاح|ترميم|توسيع|تجديد|تاهيل)(?!\w)")
# 'استقبل ... المدير العام للشرطة البرتغالية، على أن يزور الوفد مراكش غدا'، 'على أن يزور وفد من الشرطة الإسبانية
# المغرب خلال البطولة': what is arranged to follow is no engagement told.
_TO_FOLLOW_BEFORE = prefiltered(r"(?<!\w)علي\s+ان\s+$")
# 'القرارات، التي وقعها عبد اللطيف حموشي': decisions he signed at home, no agreement.
_ADMINISTRATIVE_ACT_BEFORE = prefiltered(r"(?<!\w)(?:ال)?(?:قرار|قرارات|تعيين|تعيينات|مراسيم|مرسوم)[\s،,]+"
                                         r"(?:التي|الذي)\s+$")
# 'أقامت سفارة المملكة بباريس حفل استقبال': a reception given, a party, no one received.
_PARTY_BEFORE = prefiltered(r"(?<!\w)حفل\s+$")
# 'ترتيبات استقبال المواطنين العائدين عبر الجسر الجوي'، 'ظروف استقبال الزوار'، 'استقبال المشجعين': citizens brought
# home, or the public (tourists, fans, travellers) welcomed, no one's guests.
_CITIZENS_AFTER = prefiltered(r"\s+(?:ال)?(?:مواطنين|مغاربه|جاليه|عايدين|مرحلين|مهاجرين|رعايا|زوار|سياح|مسافرين|حجاج"
                              r"|جمهور|جماهير|مشجعين|مرتفقين|وافدين|مصطافين)(?!\w)")
# 'الخبرة التي راكمتها في تدبير المعارض والمؤتمرات العالمية': gatherings in general, none of them one he attended.
_GATHERINGS_IN_GENERAL = frozenset({"موتمرات", "ندوات", "ملتقيات", "منتديات", "قمم"})
# 'وذكر مصدر أمني أن اللقاء تركز بالأساس على ...': what the engagement told was about, not another engagement.
_ITS_FOCUS_AFTER = prefiltered(rf"\s+(?:{FOCUS_VERBS}|{dates_mod.TOPIC_VERBS})(?!\w)")


def _definite(text: str, trigger: Trigger) -> bool:
    """'المؤتمرات'، 'والمؤتمرات'، 'اللقاء': the word with its article."""
    return text.endswith("ال", 0, trigger.start) or text.endswith("ال" + trigger.word, trigger.start, trigger.end)


def _a_states_reception(text: str, trigger: Trigger, roles: list[PlaceRole]) -> bool:
    """'على خلفية استقبال مدريد لزعيم جبهة البوليساريو': a reception whose host is a country or its capital,
    named right after the noun, is that state's, not an engagement of his."""
    return any(r.mention.start == trigger.end + 1 and r.mention.alias.kind in ("short_name", "name", "capital")
               and _TO_WHOM_AFTER.match(text, r.mention.end) for r in roles)


_TO_WHOM_AFTER = prefiltered(r"\s+ل(?!\s)")


def _welcomed_by_a_deputy(scene: _Scene, start: int, end: int) -> bool:
    """'كان في استقباله نائب المدير العام'، 'غير أن من كان في استقبالها هو مدير الاستعلامات العامة': the one who
    received the visitor, named right after, is another Moroccan official."""
    text = scene.sentence.norm.text
    return any(_another_moroccan_named_at(text, scene.actors, received.end())
               for received in _WAS_RECEIVED_BY.finditer(text, start, end))


def _another_moroccan_named_at(text: str, actors: list[Actor], position: int) -> bool:
    """Whether the one named right at `position` is another Moroccan official: an actor of that kind, or, where no
    actor is read, a post of his force's below his own."""
    first = min((a for a in actors if position <= a.start < position + _NAMED_RIGHT_AFTER_REACH),
                key=lambda a: a.start, default=None)
    return first.kind == HOME_OFFICIAL if first is not None else _A_DEPUTY_AFTER.match(text, position) is not None


_ON_ARRIVAL = r"(?:\s+(?:لدي|عند|فور)\s+(?:وصوله|وصولها|وصولهم|حلوله|حلولها|نزوله)[^،,.]{0,80}[،,])"
# 'كان في استقباله'، 'وكان في استقبال سموه لدى وصوله إلى مطار الرباط سلا مساء أول أمس،': who met the visitor, named
# next.
_WAS_RECEIVED_BY = prefiltered(r"(?<!\w)[وف]?(?:كان|كانت)\s+في\s+استقبال(?:(?:(?:ه|ها|هم|هما)|\s+(?:سموه|معاليه|سعادته"
                               r"|فخامته))(?:\s+هو)?(?!\w)(?:" + _ON_ARRIVAL + r")?"
                               r"|(?:\s+[^\s،,.]+){1,3}?" + _ON_ARRIVAL + ")")
# A post of his force's below his own ('نائب المدير العام'، 'مدير الاستعلامات العامة'، 'المفتش العام'), not 'المدير
# العام' (his).
_A_DEPUTY_AFTER = prefiltered(r"\s+(?:ال)?(?:نايب|مساعد|مدير(?!\s+العام(?!\s+المساعد))|مديره|مفتش|كاتب|رييس|والي|عميد"
                              r"|مراقب)(?!\w)")
_NAMED_RIGHT_AFTER_REACH = 12  # characters: the title of the one named starts right after
# 'دون مشاركة رؤساء الأجهزة'، 'بدون حضور المدير العام': what did not take place.
_WITHOUT_BEFORE = prefiltered(r"(?<!\w)(?:ب|من\s+)?دون\s+$")
# 'الزيارة الملكية إلى أنتاناناريفو'، 'زيارة العاهل المغربي': the King's visit, not his.
_ROYAL_AFTER = prefiltered(r"\s+(?:(?:ال)?ملكيه|الملك|العاهل)(?!\w)")
# 'اللقاء الذي جمع العاهل المغربي الملك محمد السادس بالرئيس الموريتاني': the King's meeting, not his.
_THE_KINGS_MEETING_AFTER = prefiltered(r"\s+(?:الذي|التي)\s+(?:جمع|جمعت)\s+(?:العاهل\s+المغربي|جلاله\s+الملك"
                                       r"|الملك\s+محمد\s+السادس)(?!\w)")
# 'بين المدير العام ووفد أمني تنقل إلى مدريد': a delegation, named right before the verb, is who travelled.
# ('وفد من المديرية العامة للأمن الوطني حل بالعاصمة المصرية': the body it is from may stand between.)
_A_DELEGATION_JUST_BEFORE = prefiltered(r"(?<!\w)[وب]?(?:ال)?وفد(?:ا)?"
                                        r"(?:\s+(?!يقوده|يتراسه|برياسه|يراسه)[^\s،,]+){0,6}\s+$")


def _our_delegation_went(text: str, trigger: Trigger, roles: list[PlaceRole]) -> bool:
    """'بين المدير العام ووفد أمني تنقل إلى مدريد': a delegation named right before the verb went, not he; a foreign
    one ('وكان الوفد النمساوي قد حل صباح الأحد بمطار الرباط') is the guest whose visit it is."""
    delegation = _A_DELEGATION_JUST_BEFORE.search(text, max(0, trigger.start - 40), trigger.start)
    return delegation is not None and not any(
        delegation.start() <= r.mention.start < trigger.start and r.iso2 not in (None, HOME) for r in roles)


# 'وفي اليوم الثاني زرنا المختبر الوطني للشرطة العلمية': the quoted guest's programme, a facility, not a meeting.
_A_FACILITY_AFTER = prefiltered(r"\s+(?:ال)?(?:مختبر|معهد|مصلحه|مركز|مدرسه|اكاديميه|ميناء|مطار)(?!\w)")
# 'مسار مهني طويل توّجه بتولي الإدارة العامة'، 'توجه بالشكر إلى': crowned with, or addressed (thanks), no travel.
_CROWNED_WITH_AFTER = prefiltered(r"\s+ب(?!\s)")
# 'برز خلال هذه السنة توجه واضح نحو فضاء جديد': a trend, the noun its adjective follows, no travel.
_A_TREND_AFTER = prefiltered(r"\s+(?:واضح|جديد|عام|متزايد|متنام|استراتيجي|ثابت|راسخ|جلي)(?!\w)")
# He, named as a verb's subject right after it: 'قادت حموشي إلى'، 'عاد المدير العام إلى'.
_HIM_AFTER_THE_VERB = r"\s+(?:حموشي|الحموشي|المسوول\s+المغربي|المدير\s+العام)"
# 'قادت حموشي إلى البرتغال': took him there ('قادت المفاوضات' led them).
_TOOK_HIM_TO_AFTER = prefiltered(rf"(?:{_HIM_AFTER_THE_VERB})?\s+(?:الي|نحو)(?!\w)")
# 'تنقل إلى العاصمة الأمريكية'، 'تنقل إليها': travelled there ('تنقل الصحيفة عن مصادر' conveys).
_TRAVELLED_TO_AFTER = prefiltered(r"\s+(?:الي|اليها|اليه|نحو|صوب)(?!\w)")
# 'بالعمل الذي تقوم به المديرية العامة'، 'بالجهود التي تبذلها': the work a body does, named as what is praised.
_WORK_DONE_BY_BEFORE = prefiltered(r"(?<!\w)(?:الذي|التي)\s+(?:(?:تقوم|يقوم|قامت|قام)\s+بها?|تبذله|تبذلها|يبذله"
                                   r"|بذلته|بذلتها)\s+$")
_WORK_DONE_BY_REACH = 24
# 'اقتصرت (زيارته) على وزارتي الداخلية والخارجية': the visit was confined to whom this names.
_CONFINED_TO = prefiltered(r"(?<!\w)(?:اقتصرت|اقتصر|تقتصر|يقتصر)\s+(?:\S+\s+)?علي(?!\w)")
# 'ثم عاد (حموشي) إلى العاصمة الأمريكية': went back to a place ('عاد إلى الواجهة' is no travel).
_ONE_WORD = re.compile(r"\S+\s+")
_WENT_BACK_TO_AFTER = prefiltered(rf"(?P<him>{_HIM_AFTER_THE_VERB})?\s+(?:مجددا\s+)?الي\s+")
_OPENS_THE_SENTENCE = prefiltered(r"\s*(?:[وف]?ثم|[وف])?\s*")


def _went_back_abroad(text: str, trigger: Trigger, roles: list[PlaceRole]) -> bool:
    """'ثم عاد إلى العاصمة الأمريكية في يونيو 2022': went back abroad, another visit; 'عاد إلى الرباط' came home, and
    so did one who 'عاد إلى نواكشوط ...، قادما من المملكة المغربية' (home_after_the_visit)."""
    went_to = _WENT_BACK_TO_AFTER.match(text, trigger.end)
    if went_to is None or home_after_the_visit(text[trigger.start:]):
        return False
    if went_to.group("him") is None and not _OPENS_THE_SENTENCE.fullmatch(text, 0, trigger.start):
        # 'الضابط الذي تكون في القنيطرة، ثم عاد إلى داكار': another subject; only his own sentence goes on with him.
        return False
    # The place is the word after 'إلى', or the one after that when a kind comes first ('العاصمة الأمريكية').
    kind = _ONE_WORD.match(text, went_to.end())
    last_start = kind.end() if kind else went_to.end()
    return any(went_to.end() <= r.mention.start <= last_start and r.iso2 not in (None, HOME) for r in roles)


# 'وحضر هذه المأدبة ... من بينها المدير العام': one guest among many at a dinner, no engagement of his.
_A_BANQUET_AFTER = prefiltered(r"\s+(?:هذه\s+|هذا\s+)?(?:ال)?(?:مادبه|عشاء|حفل\s+(?:ال)?عشاء)(?!\w)")
# 'تصحيح: ورد في النسخة الأولى من هذا الملف أن الزيارة تمت في شتنبر، والصحيح أنها تمت يوم 18 أكتوبر'، 'أوردنا في
# الصيغة الأولى من هذا الخبر أن اللقاء انعقد يوم الاثنين 17 أكتوبر': what a first version said, up to what is right,
# is the error a correction takes back.
_FIRST_VERSION_SAID = prefiltered(r"(?<!\w)(?:ورد|اوردنا|نشرنا)\s+(?:\S+\s+){0,2}?في\s+(?:ال)?(?:نسخ|صيغ)\w*\s+"
                                  r"(?:ال)?(?:اولي|سابقه)")
_WHAT_IS_RIGHT = prefiltered(r"(?<!\w)و?(?:ال)?(?:صحيح|صواب)(?!\w)")


def _said_in_error(text: str, date: DateMention) -> bool:
    """Whether `date` is in what a correction says its first version wrongly told (_FIRST_VERSION_SAID)."""
    said = _FIRST_VERSION_SAID.search(text, 0, date.start)
    if said is None:
        return False
    right = _WHAT_IS_RIGHT.search(text, said.end())
    return right is None or date.start < right.start()


# 'لم تحل بالمغرب إلا يوم الخميس 7 دجنبر': it did not happen until then.
# ('لم يتسن لحموشي التوجه إلى العاصمة البلجيكية إلا في يونيو 2022': a few more words.)
_NOT_UNTIL_BEFORE = prefiltered(r"(?<!\w)[وف]?(?P<not>لم|لن)\s+(?:[^\s،.؛]+\s+){1,7}?الا\s+(?:في\s+|يوم\s+|بعد\s+)?$")
_NOT_UNTIL_REACH = 70


def _not_until(text: str, date: DateMention, clause_start: int) -> int:
    """Where the clause that tells what happened on `date` starts: at 'لم' when it says it did not happen until then
    ('كانت الزيارة مبرمجة في مارس 2020، ولم يتسن له التوجه إلى بروكسل إلا في يونيو 2022': the plan before is no
    plan of June's), else at the clause's start."""
    not_until = _NOT_UNTIL_BEFORE.search(text, max(clause_start, date.start - _NOT_UNTIL_REACH), date.start)
    return not_until.start() if not_until is not None and not_until.group("not") == "لم" else clause_start
# 'أجندته الدولية لسنة 2016'، 'أجندته الخليجية لهذه السنة'، 'جولاته الخارجية لسنة 2025': the year an agenda,
# a round of tours or a year's activities cover.
_AGENDA_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:ال)?(?:اجنده|اجندت|جولات|جولت|انشطت|انشطه|برنامج)\w*"
                            r"(?:\s+[^\W\d]+){0,2}\s+ل?(?:خلال\s+)?$")
# 'وافتتح المسؤول الأمني سنة 2025 بحضور حفل تخريج ... أواخر يناير': the year he opened with the engagement.
_OPENED_THE_YEAR_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:افتتح|استهل|بدا|دشن)(?:\s+[^\W\d]+){0,3}\s+$")
# 'مع' a few words before a party: 'جلسة عمل مع الجنرال دو كور دارمي محمد حرمو، قائد الدرك الملكي'.
_WITH_WORDS_BEFORE = prefiltered(r"(?<!\w)مع\s+(?:\S+\s+){0,6}$")
_TITLE_GAP_WORDS = 4  # words of a title and rank between a verb and the official it names
_GAP_BREAK = prefiltered(r"[،,.؛:]")
# 'بين زيارات عمل قام بها ووفود استقبلها بالرباط': a verb right after an indefinite plural describes a kind
# of engagement the sentence counts or sums up, none of them.
_OF_A_KIND_BEFORE = prefiltered(r"(?<!\w)[وب]?(?:وفود|زيارات|لقاءات|اجتماعات|مسوولين|شخصيات)(?:\s+(?:عمل|رسميه))?\s+$")
# 'زيارات متبادلة'، 'لقاءات دورية'، 'يستقبل بانتظام': a habit, not an engagement.
# 'يعقد مجلس وزراء الداخلية العرب دورته العادية سنويا في تونس': what recurs every year, no one edition ('الاجتماع
# الذي يعقد سنويا' may be one).
_HABITUAL_AFTER = prefiltered(r"\s+(?:(?:ال)?(?:متبادله|دوريه|منتظمه)|بانتظام|باستمرار)(?!\w)"
                              r"|(?:\s+(?!الذي|التي)\S+){0,2}?\s+(?:سنويا|كل\s+(?:سنه|عام))(?!\w)"
                              # 'إذ يستقبل المعهد الملكي للشرطة بالقنيطرة منذ سنوات متدربين': a practice of years.
                              r"|(?:\s+\S+){0,5}?\s+منذ\s+(?:سنوات|سنين|اعوام|عقود)(?!\w)")
# 'أشرف على المخطط الأمني لمؤتمر الأطراف'، 'لتأمين القمة': he secured the event; he took no part in it.
_SECURED_BEFORE = prefiltered(r"(?<!\w)(?:(?:ال)?(?:مخطط|خطه|ترتيبات|تدابير|تغطيه|اجراءات|منظومه)\s+(?:ال)?امنيه?"
                             r"|[ول]?(?:تامين|ل?تامين))(?:\s+(?:اشغال|اعمال|فعاليات))?\s+(?:الخاصه\s+ب?|ل)?$")
_MINISTERIAL_AFTER = prefiltered(r"\s+(?:ال)?وزاري(?:ه)?(?!\w)")
_GUEST_OF_BEFORE = prefiltered(rf"(?<!\w)(?:{'|'.join(sorted(GUEST_WORDS))})\s+علي\s+$")
_GUEST_OF_REACH = 12
# 'اجتماعا مماثلا جمع خبراء من البلدان الثلاثة'، 'اجتماع الخبراء'، 'على مستوى الخبراء'، 'اجتماعات فنية عقدتها
# لجنة مشتركة': the experts, the representatives or a joint committee met; he is none of them.
_EXPERTS_MET_AFTER = prefiltered(r"(?:\s+(?:ال)?(?:مماثل|مماثلا|مماثله|تقني|تقنيا|تقنيه|فني|فنيا|فنيه))?\s+"
                                 r"(?:(?:جمع|جمعت|ضم|ضمت)\s+"
                                 r"(?:(?:ال)?(?:خبراء|ممثلين|ممثلي|تقنيين)|عددا\s+من\s+(?:ال)?(?:خبراء|ممثلين|ممثلي))"
                                 r"|(?:(?:التي|الذي)\s+)?(?:عقدتها|عقدها|عقدته)\s+(?:ال)?(?:لجنه|لجان|خبراء|فرق)"
                                 r"|(?:ل|لل|ال)خبراء|علي\s+مستوي\s+(?:ال)?خبراء)(?!\w)")
# Not under its umbrella: 'مؤتمر قادة الشرطة والأمن العرب ... تحت مظلة مجلس وزراء الداخلية العرب' is the chiefs'.
_MINISTERS_COUNCIL = prefiltered(r"(?<!\w)(?<!مظله\s)(?<!اشراف\s)(?<!رعايه\s)[لب]?(?:ال)?مجلس\s+وزراء(?!\w)")


def _went_with_him_named(trigger: Trigger, actors: list[Actor]) -> bool:
    """'رافق حموشي وزير الداخلية إلى مدريد'، 'عبد اللطيف حموشي رافق ...': 'went with' is a trip of his when he is named
    next to the verb; 'رافق باقي الأعضاء المدير العام في محطتي أبوظبي والدوحة' is the others' going with him."""
    return any(a.kind == PRINCIPAL and a.principal_role in ("name", "title")
               and (0 <= a.start - trigger.end <= _NEXT_TO_VERB or 0 <= trigger.start - a.end <= _NEXT_TO_VERB)
               for a in actors)


_NEXT_TO_VERB = 2  # characters: a space, or a space and a comma


# 'المحطة الأبرز في هذه السنة'، 'أهم لقاء خلال 2024'، 'آخر نشاط له هذه السنة': the period a superlative is taken from.
_SUPERLATIVE_BEFORE = prefiltered(r"(?<!\w)(?:ال)?(?:ابرز|اهم|اخر|اول)(?!\w)(?:\s+\S+){0,3}?\s+(?:(?:في|خلال)\s+)?$")
_SUPERLATIVE_REACH = 40


def _frames_the_day_after(text: str, mention: DateMention, dates: list[DateMention], triggers: list[Trigger]) -> bool:
    """A month or year that no engagement word precedes, followed by one such word and, right after it, a day
    within that period: 'آخر نشاط ... هذه السنة استقباله، الثلاثاء الماضي' (the period frames; the day dates)."""
    later = [m for m in dates if m.start >= mention.end]
    if mention.precision not in (dates_mod.MONTH, dates_mod.YEAR) or not later:
        return False
    if _SUPERLATIVE_BEFORE.search(text, max(0, mention.start - _SUPERLATIVE_REACH), mention.start) and any(
            m.precision in (dates_mod.DAY, dates_mod.MONTH) and m.precision != mention.precision
            and mention.first_day <= m.first_day <= m.last_day <= mention.last_day for m in later if m.resolved):
        # 'غير أن المحطة الأبرز في هذه السنة كانت ... الدورة 92 ...، التي احتضنتها غلاسكو في الأسبوع الأول من نونبر':
        # the year the highlight is chosen from frames it; the date within it dates it.
        return True
    day = later[0]
    own = [t for t in triggers if not t.counted and t.start < day.start]
    return (day.precision == dates_mod.DAY and mention.first_day <= day.first_day <= day.last_day <= mention.last_day
            and len(own) == 1 and own[0].start >= mention.end
            and not text[own[0].end:day.start].strip(" ،,"))


def _as_one_span(text: str, first: DateMention, second: DateMention) -> list[DateMention]:
    """Two days the sentence tells of one engagement, as one span; otherwise both."""
    if (second.form in ("today", "yesterday") and first.precision == second.precision == dates_mod.DAY
            and not text[first.end:second.start].strip() and text.startswith("و", second.start)
            and first.last_day + dt.timedelta(days=1) == second.first_day):
        # 'شارك حموشي، أمس الثلاثاء واليوم الأربعاء، في أشغال المنتدى': two days in a row.
        return [replace(first, end_date=second.last_day)]
    if (_GOES_ON_BEFORE.search(text, 0, first.start)
            and _BEGUN_ON_BEFORE.search(text, max(0, second.start - _BEGUN_ON_REACH), second.start)
            and second.last_day < first.first_day):
        # 'يواصل حموشي، اليوم الأربعاء بأنقرة، زيارة العمل التي شرع فيها أمس الثلاثاء': from the day it began to the
        # day it goes on.
        return [replace(second, end_date=first.last_day)]
    return [first, second]


# 'والثانية صباح الجمعة'، 'والأخيرة يوم السبت': the next sitting of the engagement just dated.
_NEXT_SITTING = prefiltered(r"[\s،,]*و(?:ال)?(?:ثانيه|ثاني|اخيره|اخير)(?!\w)")
_SITTINGS_DAYS_APART = 7  # the most days apart that two sittings of one engagement may be


def _a_day_after(candidate: dict, date: DateMention) -> bool:
    """Whether a day falls within a week after the day the candidate ends."""
    return (date.precision == dates_mod.DAY == candidate["date_precision"] and date.resolved
            and 0 < (date.first_day - candidate["end_date"]).days <= _SITTINGS_DAYS_APART)


def _narrows(candidate: dict, date: DateMention) -> bool:
    """Whether the days are within the candidate's month or year, and more precise."""
    return (date.precision == dates_mod.DAY and date.resolved
            and candidate["date_precision"] in (dates_mod.MONTH, dates_mod.YEAR)
            and candidate["start_date"] <= date.first_day <= date.last_day <= candidate["end_date"])


def _since_until_it_closes(text: str, first: DateMention, second: DateMention) -> DateMention | None:
    """'يشارك حموشي، منذ أمس الأربعاء، في أشغال المؤتمر ...، والذي تختتم فعالياته مساء اليوم الخميس': from the day he
    has been there since to the day it closes, as one span; None when the two days say otherwise."""
    if (first.precision == second.precision == dates_mod.DAY and first.resolved and second.resolved
            and _SINCE_BEFORE.search(text, max(0, first.start - _SINCE_BEFORE_REACH), first.start)
            and _CLOSES_ON_BEFORE.search(text, max(0, second.start - _CLOSES_ON_REACH), second.start)
            and first.last_day < second.first_day <= first.first_day + dt.timedelta(days=_CONTINUATION_DAYS)):
        return replace(first, end_date=second.last_day)
    return None


def _spans_since_until_closing(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The days of a sentence, each 'since' day and the close told right after it made one span."""
    spans: list[DateMention] = []
    for date in dates:
        if spans and (since := _since_until_it_closes(text, spans[-1], date)) is not None:
            spans[-1] = since
        elif spans and _began_the_visit_of_that_day(text, spans[-1], date):
            # 'استقبل ... اليوم الخميس ... حموشي، في المحطة الختامية من زيارة يقوم بها ... منذ يوم الإثنين الماضي':
            # the visit that day belongs to, from the day it began.
            spans[-1] = replace(spans[-1], start_date=date.first_day)
        else:
            spans.append(date)
    return spans


def _began_the_visit_of_that_day(text: str, day: DateMention, since: DateMention) -> bool:
    """Whether `since`, told after `day`, is the day the visit that day is part of began ('زيارة يقوم بها ... منذ')."""
    visit = _VISIT_SINCE_BEFORE.search(text, max(0, since.start - _VISIT_SINCE_REACH), since.start)
    return (day.precision == since.precision == dates_mod.DAY and day.resolved and since.resolved
            and day.first_day == day.last_day and since.start > day.end
            and visit is not None and not _ANOTHERS_TITLE.search(visit.group())
            and since.last_day < day.first_day <= since.first_day + dt.timedelta(days=_CONTINUATION_DAYS))


# 'زيارة يقوم بها المسؤول المغربي إلى دولة الإمارات منذ يوم الإثنين الماضي': the day his visit began.
_VISIT_SINCE_BEFORE = prefiltered(r"(?<!\w)زياره(?:\s+\S+){0,10}?\s+منذ\s+(?:يوم\s+)?$")
_VISIT_SINCE_REACH = 90
# 'زيارة العمل التي يقوم بها وزير الداخلية العراقي إلى المملكة منذ': another's visit, whose days are his stay.
_ANOTHERS_TITLE = prefiltered(r"(?<!\w)(?:ال)?(?:وزير|مدير|رييس|قايد|وفد|سفير|مفوض)\w*(?!\w)")
# 'منذ أمس الأربعاء'، 'منذ افتتاحه السبت الماضي': the day he has been there since.
_SINCE_BEFORE = prefiltered(rf"(?<!\w)منذ\s+(?:(?:{_ITS_OPENING})\s+)?(?:يوم\s+)?$")
_SINCE_BEFORE_REACH = 24
# 'يواصل ... اليوم الأربعاء ... زيارة العمل التي شرع فيها أمس الثلاثاء': a visit going on, and the day it began.
_GOES_ON_BEFORE = prefiltered(r"^[وف]?(?:يواصل|تواصل|يتابع|واصل)(?!\w)")
_BEGUN_ON_BEFORE = prefiltered(r"(?<!\w)(?:التي|الذي)\s+(?:شرع|بدا|بدأ|استهل|افتتح)\w*\s+(?:\S+\s+){0,2}?$")
_BEGUN_ON_REACH = 30
_LASTED_BEFORE = prefiltered(r"(?<!\w)(?:(?:امتدت|استمرت|دامت|استغرقت|امتد|استمر|دام|استغرق)\s+(?:علي\s+|طيله\s+)?"
                             r"|علي\s+(?:مدي|مدار)\s+)(?:يومي\s+)?$")  # 'نظمته الوزارة على مدى يومي الأحد والاثنين'
# Engagement words in the first person: a foreign official quoted ('زرت الرباط'، 'استقبلني السيد حموشي').
_FIRST_PERSON = frozenset({"زرت", "زرنا", "التقيت", "التقينا", "استقبلني", "استقبلنا"})
# A body quoted in the first person plural ('كان لنا صباح اليوم لقاء مثمر مع السيد حموشي'، 'رافقنا أمس السيد المدعي
# العام في زيارته إلى الرباط'، 'عدنا إلى مكتبه'): the embassy, agency or police that speaks is the party.
_WE_TOLD = prefiltered(r"(?<!\w)[وف]?(?:(?:كان|كانت)\s+لنا|زرنا|رافقنا|عدنا|وقعنا|بحثنا|اجرينا|عقدنا|ناقشنا|تباحثنا"
                       r"|حللنا|توجهنا)(?!\w)")
# 'وكشف المسؤول السنغالي أنه حل بالرباط'، 'وقال الوزير إنه زار الرباط': the speaker tells of himself; so does
# 'زيارته هو إلى الرباط' (his own, set against the one just told).
# 'أكد منسق شؤون مكافحة الإرهاب في وزارة الخارجية الأمريكية أنه زار الرباط'، 'مؤكدا أنه عقد يوم الخميس 18 يناير
# الماضي بالرباط لقاء مع حموشي': a long title, the participle, and the verb that holds a meeting noun, too.
_HE_SAID_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:(?P<verb>قال|كشف|اوضح|اكد|ذكر|افاد|اشار|اضاف|استذكر)|موكدا|موضحا|مشيرا"
                              r"|كاشفا|مضيفا)(?:\s+\S+){0,10}?\s+(?:الي\s+)?ب?انه\s+(?:(?:عقد|اجري)(?:\s+\S+){0,7}?\s+)?$")
_HE_SAID_REACH = 160
_HIMSELF_AFTER = prefiltered(r"\s+هو(?!\w)")


def _told_of_himself(text: str, trigger: Trigger, actors: list[Actor]) -> bool:
    """Whether the trigger tells what the quoted speaker did himself (_HE_SAID_BEFORE, _HIMSELF_AFTER). A participle's
    'he' is the one the sentence named last before it: a foreign official ('كشف وزير الداخلية الإيطالي ...، مؤكدا أنه
    عقد'), not he or another Moroccan ('المدير العام "لم يغادر التراب الوطني"، موضحا أنه ترأس')."""
    said = _HE_SAID_BEFORE.search(text, max(0, trigger.start - _HE_SAID_REACH), trigger.start)
    if said is not None and not said.group("verb"):
        speaker = max((a for a in actors if a.end <= said.start()), key=lambda a: a.start, default=None)
        said = said if speaker is not None and speaker.kind == FOREIGN_OFFICIAL else None
    return bool(said is not None or (trigger.word.endswith("ته") and _HIMSELF_AFTER.match(text, trigger.end)))


# 'بتغريدة نشرتها صباح اليوم الموالي': a post, its verb in either gender.
_STATEMENT_ISSUED_BEFORE = prefiltered(r"(?<!\w)[وفب]?(?:ال)?(?:بلاغ|بيان|تدوين|منشور|تغريد)\w*(?:\s+\S+){0,3}?\s+"
                                      r"(?:نشرته|نشرها|نشرتها|اصدرته|اصدرها|اصدرتها|عممته|عممتها|وزعته|وزعتها|صدر|نشر"
                                      r"|وزع)\s+(?:مساء\s+|صباح\s+)?(?:(?:في|يوم|بتاريخ)\s+)?$")
_STATEMENT_REACH = 60
# 'نشرت وزارة الداخلية النمساوية، في حدود الساعة ... من فجر اليوم الخميس، تدوينة ... للقاء الذي جمع، مساء أمس الأربعاء،
# ...': the day the post came out, told between its verb and the post.
_PUTS_OUT_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:نشرت|نشر|اصدرت|اصدر|بثت|بث)(?!\w)[^.؛]*$")
_PUTS_OUT_REACH = 120
_THE_POST_AFTER = prefiltered(r"[\s،,]*(?:\S+\s+){0,1}?[وب]?(?:ال)?(?:بلاغ|بيان|تدوين|منشور|تغريد)\w*(?!\w)")


def _the_day_a_post_came_out(text: str, date: DateMention) -> bool:
    """Whether the date stands between a verb of putting out and the post it put out, or after the post and its
    verb ('بلاغ نشرته أمس')."""
    return bool(_STATEMENT_ISSUED_BEFORE.search(text, max(0, date.start - _STATEMENT_REACH), date.start)
                or (_THE_POST_AFTER.match(text, date.end)
                    and _PUTS_OUT_BEFORE.search(text, max(0, date.start - _PUTS_OUT_REACH), date.start)))
# 'في تصريح لوكالة الأنباء الأردنية أمس السبت'، 'في حوار مع إذاعة عمومية يوم الخميس'، 'التصريحات التي أدلى بها وكيل
# وزارة الداخلية، يوم الأحد': the day of a statement, an interview.
_SPOKE_ON_BEFORE = prefiltered(r"(?:(?<!\w)[وف]?في\s+(?:تصريح|حوار|حديث|مقابله|ندوه\s+صحفيه)\w*"
                               r"|(?<!\w)(?:ادلي|ادلت)\s+(?:بها|به))(?:[\s،,]+[^\s،,.]+){0,5}?[\s،,]+$")
_SPOKE_ON_REACH = 70


def _the_day_one_spoke(text: str, date: DateMention, triggers: list[Trigger]) -> bool:
    """Whether the date is the day of a statement or an interview, not of an engagement told between them ('في تصريح
    أدلى به عقب المباحثات التي أجراها، أمس الاثنين'), nor of what a that-clause tells ('في حوار خاص إن الوزارة
    استقبلت أمس الأحد')."""
    spoke = _SPOKE_ON_BEFORE.search(text, max(0, date.start - _SPOKE_ON_REACH), date.start)
    return spoke is not None and _THAT_CLAUSE.search(text, spoke.start(), date.start) is None and not any(
        spoke.start() <= t.start < date.start for t in triggers if not t.counted)


_THAT_CLAUSE = prefiltered(r"(?<!\w)[بل]?ان(?:ه|ها)?(?!\w)")
# 'حين تأسس المنتدى العالمي سنة 2011'، 'منذ تأسيس المنظمة': a body's founding dates the body.
# 'وجه رسالة إلى المشاركين في الاجتماع السنوي': he wrote to those who met; he was not among them.
_MESSAGE_TO_THOSE_MEETING = prefiltered(r"(?<!\w)(?:رساله|برقيه)(?:\s+\S+){0,3}?\s+(?:الي|ل)\s*(?:ال)?مشاركين(?!\w)")
# 'أن' before a noun: 'أن وفدا تقنيا' (the noun is the subject it introduces).
_THAT_BEFORE = prefiltered(r"(?<!\w)[بل]?ان\s+$")
# 'وسيتولى تنزيل مقتضيات الاتفاق'، 'بحث الطرفان تفعيل الاتفاقيات الموقعة سابقا': putting into effect an agreement
# signed before ('بعد تعديل اتفاقية التعاون القضائي'، 'تحيين بعض مقتضيات الاتفاقية': amending one); 'اجتماعات خصصت
# لإعداد مسودة اتفاق'، 'بحث مشروع اتفاقية'، 'اتفق الطرفان على إعداد اتفاقية': drafting one; 'أدى إلى تعليق الرباط
# لاتفاقيات التعاون القضائي': suspending them. None is a signing.
_NOT_SIGNED_BEFORE = prefiltered(
    r"(?<!\w)[وفبل]?(?:ال)?(?:(?:تنزيل|تفعيل|تنفيذ|تطبيق|تعديل|مراجعه|تحيين)\s+(?:(?:بعض\s+)?(?:مقتضيات|بنود|مضامين)\s+)?"
    r"|(?:مسوده|مسودات|مشروع|مشاريع|اعداد|صياغه)|(?:تعليق|تجميد|الغاء|تعطيل)\s+(?:\S+\s+)?)\s*$")
# 'اتفاقية للتعاون الأمني وقعها وزيرا الداخلية في البلدين'، 'توقيع هذا الاتفاق إلى 19 أبريل 2024 بروما، حيث وقعه
# وزير الداخلية': signed by ministers, not by him (the day and place it was signed may stand between).
_MINISTERS = r"\s+(?:ال)?(?:وزير|وزيرا|وزيري|وزراء)(?!\w)"
_SIGNED_BY_MINISTERS_AFTER = prefiltered(r"(?:\s+\S+){0,10}?\s+(?:%s)" % "|".join(SIGNED_IT) + _MINISTERS)
_SIGNERS_AFTER_IT = prefiltered(_MINISTERS)
# 'أسند إلى والي الأمن مهمة استقبال الضيوف وتمثيله خلال هذا اللقاء'، 'أوكل لمدير الشرطة القضائية مهمة تمثيله': the
# task given to another, to the end of its phrase.
_TASKED_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:اسند|اسندت|اوكل|اوكلت|عهد|عهدت)\s+(?:الي\s+|ل)(?:\S+\s+){0,5}?"
                             r"(?:مهمه|مهام)(?:\s+[^\s،,.؛]+){0,8}?\s+$")
_TASKED_REACH = 140


def _tasked_to_another(text: str, trigger: Trigger, actors: list[Actor]) -> bool:
    """Whether the engagement word is a task he gave to another official, not to himself named between."""
    tasked = _TASKED_BEFORE.search(text, max(0, trigger.start - _TASKED_REACH), trigger.start)
    return tasked is not None and not any(a.kind == PRINCIPAL and tasked.start() < a.start < trigger.start
                                          for a in actors)


def _chaired_by_another(text: str, trigger: Trigger, actors: list[Actor]) -> bool:
    """'كان اجتماعا تقنيا عاديا ترأسه، من الجانب المغربي، رئيس مصلحة شرطة الحدود': a meeting whose chair, named
    right after, is another Moroccan official."""
    chaired = (_OUR_SIDE_AFTER.match(text, trigger.end) if _CHAIRED_IT.fullmatch(trigger.word)
               else None if trigger.is_verb else _CHAIRED_BY_AFTER.match(text, trigger.end))
    return chaired is not None and _another_moroccan_named_at(text, actors, chaired.end())


_CHAIRED_IT_VERBS = "تراسه|تراسها|يتراسه|يتراسها|قاده|قادها|يقوده|يقودها"
_OUR_SIDE = r"(?:[،,]?\s+من\s+الجانب\s+المغربي[،,]?)?"  # 'ترأسه، من الجانب المغربي، ...'
_CHAIRED_IT = prefiltered(rf"[وف]?(?:{_CHAIRED_IT_VERBS})")
_OUR_SIDE_AFTER = prefiltered(_OUR_SIDE)
_CHAIRED_BY_AFTER = prefiltered(rf"(?:\s+[^\s،,.]+){{0,3}}?\s+(?:{_CHAIRED_IT_VERBS}){_OUR_SIDE}")


# 'مؤتمر الأطراف في الاتفاقية الإطارية للأمم المتحدة بشأن التغيرات المناخية'، 'اتفاقية الأمم المتحدة لمكافحة
# الجريمة': a treaty named, or the states party to it; 'احتضنت الصخيرات توقيع الاتفاق السياسي الليبي': a political
# settlement between others. No signing of his.
_A_TREATYS_NAME_AFTER = prefiltered(r"(?:\s+(?:ال)?اطاريه)?\s+(?:للامم|الامم)\s+المتحده(?!\w)|\s+(?:ال)?امميه(?!\w)"
                                    r"|(?:\s+(?:ال)?(?:اتفاق|اتفاقيه))?\s+السياسي(?!\w)")
_PARTIES_TO_BEFORE = prefiltered(r"(?<!\w)(?:ال)?(?:اطراف|الدول\s+الاطراف)\s+(?:في\s+)?$")
_FOUNDED_OR_RESOLVED_BEFORE = prefiltered(
    r"(?<!\w)(?:تاسس|تاسست|انشي|انشيت|تاسيس|انشاء|تاسيسه|تاسيسها|انشايه|انشايها)\s+$"
    # 'أحدث في يونيو 2017، بقرار من الجمعية العامة': a body's resolution, no session of his.
    r"|(?<!\w)(?:ب|و)?قرار(?:ات)?\s+(?:\S+\s+)?(?:من|عن|صادر\s+عن)\s+$")
_SET_AGAINST_AFTER = prefiltered(r"(?:\s+[^\s،,.]+){0,2}?\s+(?:بعد|قبل|عقب)(?!\w)")


# 'بعد أيام من'، 'قبل أسابيع قليلة من': what the engagement told after it is measured from.
_MEASURED_FROM_BEFORE = prefiltered(r"(?<!\w)(?:بعد|قبل|عقب)\s+(?:[^\s،,.]+\s+){1,2}من\s+$")
_MEASURED_FROM_REACH = 30
_TOOK_PART_IN_IT = prefiltered(r"(?<!\w)(?:شارك|حضر|حضرها|تراس|تراسها|افتتح|افتتحها|مثل)(?!\w)")
# A place's hosting verb: 'احتضنت مراكش'، 'التي استضافتها الرياض'، 'تحتضن الرباط'.
_HOSTED_BY = prefiltered(r"(?<!\w)[وف]?(?:احتضن|احتضنت|استضاف|استضافت|تحتضن|يحتضن|تستضيف|يستضيف)(?:ه|ها)?(?!\w)")
# His part in a gathering, whoever the sentence names: 'وترأس الوفد المغربي'، 'بمشاركته'، 'ألقى كلمة'.
_TAKING_PART = prefiltered(r"(?<!\w)[وفب]?(?:شارك|يشارك|حضر|يحضر|تراس|يتراس|افتتح|يفتتح|القي|يلقي|مشاركته|حضوره"
                          r"|تروسه)(?:ها|ه|فيها|فيه)?(?!\w)")
# What marks a gathering as one of police and security: 'للشرطة الجنائية'، 'الأمنية'، 'مكافحة الإرهاب'.
_SECURITY_WORD = prefiltered(r"(?<!\w)(?:[وفلب]|لل|بال|ال|وال)?(?:شرطه|امن|امنيه|ارهاب|جريمه|اجرام|مخابرات|استخبارات"
                            r"|انتربول|داخليه|حمايه|سلامه)(?!\w)")
# A training course or workshop: 'دورة تكوينية'، 'ورشة تدريبية'، 'الدورات التكوينية'.
_TRAINING = prefiltered(r"(?<!\w)[وفبل]?(?:ال|لل)?(?:دوره|دورات|ورشه|ورشات|حصص|برنامج)\s+(?:ال)?(?:تكوينيه|تدريبيه)"
                       r"(?!\w)")
def _before_the_topics(text: str, start: int, end: int) -> int:
    """Where the words of what an engagement was given to ('خصص لبحث ...'، '، تناول ...') begin, else end."""
    topics = dates_mod.TOPICS_NEXT.search(text, start, end)
    return end if topics is None else topics.start()


# 'وفد من ضباط الشرطة الرواندية حل بالمعهد الملكي للشرطة لمتابعة دورة تكوينية': they came as trainees.
_CAME_FOR_TRAINING = prefiltered(r"(?<!\w)(?:لمتابعه|لحضور|للمشاركه\s+في|للاستفاده\s+من)\s+(?:\S+\s+){0,2}?"
                                r"(?:دوره|دورات|ورشه|ورشات|حصص|برنامج|تداريب|تدريب|تكوين)\s+(?:ال)?(?:تكوينيه|تدريبيه)?")
_AT_A_SCHOOL_OR_LAB = prefiltered(r"(?<!\w)[وف]?(?:بال|ب)(?:معهد|مختبر|مدرسه|اكاديميه|معاهد|مختبرات)(?!\w)")
_SUMMIT = prefiltered(r"[وفبل]?(?:ال|لل)?قمه")
_VISIT_OF = prefiltered(r"[وفبل]?(?:ال)?زياره")
_TO_A_SCHOOL_OR_LAB = prefiltered(r"\s+(?:\S+\s+){0,2}?(?:لل|ل|الي\s+ال|الي\s+)"
                                  r"(?:معهد|مختبر|مدرسه|اكاديميه|معاهد|مختبرات)(?!\w)")
# Taking part, as a trigger: 'يشارك 25 محققا في ...'.
_PARTICIPATION = prefiltered(r"[وف]?(?:شارك|يشارك|مشاركه|حضر|حضور)")
_HOST_REACH = 20  # characters from the hosting verb to his body as its subject: 'احتضن مقر المديرية العامة'
_SET_AGAINST_REACH = 60  # characters from the pointed noun to his name: 'بعد أشهر قليلة من استقبال السيد حموشي'
# 'ولم تكن تلك الزيارة معزولة، فقد سبقها بنحو عام حلول مدير الأمن العام السعودي بالرباط': the engagement pointed at
# was preceded (or followed) by the one the clause goes on to tell.
_PRECEDED_OR_FOLLOWED_BY_AFTER = prefiltered(r"[^.؛]{0,40}?(?<!\w)[وف]?(?:قد\s+)?(?:سبقها|سبقه|سبقتها|سبقته|تلاها|تلاه"
                                            r"|تلتها|تلته|اعقبها|اعقبه|اعقبتها|اعقبته)(?!\w)")


def _phrase_end(text: str, start: int) -> int:
    """Where the noun phrase from `start` ends: the next comma, stop or semicolon, else the text's end."""
    stop = _PHRASE_STOP.search(text, start)
    return stop.start() if stop else len(text)


_PHRASE_STOP = prefiltered(r"[،,.؛]")


def _set_against_his_other(text: str, trigger: Trigger, actors: list[Actor], triggers: list[Trigger]) -> bool:
    """'هذه الزيارة (أياما) بعد/قبل/عقب ...': the engagement pointed at, measured against another of his
    (named: 'بعد انعقاد الاجتماع رفيع المستوى بين البلدين' is the governments', not his), or against another
    engagement the clause names ('وتأتي هذه الزيارة بعد أزيد من سنة على الزيارة التي قام بها المدير العام للأمن
    التركي إلى الرباط')."""
    measured = _SET_AGAINST_AFTER.match(text, trigger.end)
    return bool(_pointed_at(text, trigger) and (
        (measured and any(a.kind == PRINCIPAL and measured.end() < a.start <= trigger.end + _SET_AGAINST_REACH
                          for a in actors))
        or (measured and any(measured.end() < t.start <= trigger.end + _SET_AGAINST_REACH
                             and _MEASURED_FROM_NOUN_BEFORE.search(text, measured.end(), t.start)
                             and _names_its_parties(text, t, actors) for t in triggers))
        or _PRECEDED_OR_FOLLOWED_BY_AFTER.match(text, trigger.end)))


# 'بعد أزيد من سنة على '، 'قبل أيام من ': the words that measure from the engagement noun right after them.
_MEASURED_FROM_NOUN_BEFORE = prefiltered(r"\s(?:من|علي)\s+$")
# 'اللقاء الذي جمع الرجلين'، 'بين الطرفين': the parties of an engagement, by what they are to each other.
_THE_TWO_PARTIES = prefiltered(r"(?<!\w)(?:ال)?(?:رجلين|مسوولين|طرفين|جانبين)(?!\w)")


def _names_its_parties(text: str, trigger: Trigger, actors: list[Actor]) -> bool:
    """Whether the noun phrase of an engagement names who took part ('الزيارة التي قام بها المدير العام للأمن التركي
    إلى الرباط'، 'اللقاء الذي جمع الرجلين'); 'اجتماع اللجنة العسكرية المشتركة بين البلدين' names a committee."""
    end = _phrase_end(text, trigger.end)
    return (any(a.kind in (PRINCIPAL, FOREIGN_OFFICIAL) and trigger.end <= a.start < end for a in actors)
            or _THE_TWO_PARTIES.search(text, trigger.end, end) is not None)


_INCIDENT = prefiltered(rf"(?<!\w)[وب]?(?:ال)?(?:{dates_mod.INCIDENT_WORDS})(?!\w)")
_INCIDENT_REACH = 80  # characters from the incident noun to its date: 'التي ضربت العاصمة البلجيكية في'
# 'وهو التنسيق الذي أثمر في أبريل تفكيك شبكة': the date of what the cooperation yielded (an arrest, a seizure).
_YIELDED_BEFORE = prefiltered(r"(?<!\w)(?:اثمر|اثمرت|يثمر|اسفر|اسفرت|افضي|افضت)\s+(?:\S+\s+){0,1}?(?:في|خلال)?\s*$")
_YIELDED_REACH = 24
# 'وقع اتفاقا ...، وهو نص استلزم موافقة البرلمان المغربي التي تمت في يوليوز 2025، ليدخل حيز التنفيذ في فاتح أكتوبر':
# when a parliament approved what was signed, or when it came into force; no signing's date.
_APPROVED_ON_BEFORE = prefiltered(r"(?:(?<!\w)[وب]?(?:ال)?(?:موافقه|مصادقه|تصديق)(?:\s+\S+){0,4}?\s+(?:التي\s+)?"
                                  r"(?:تمت|جرت|صدرت)"
                                  r"|(?<!\w)[ول]?(?:دخل|دخلت|يدخل|تدخل|دخول)(?:\s+\S+){0,2}?\s+حيز\s+(?:التنفيذ|التطبيق)"
                                  # 'أحالتها الحكومة الأردنية على مجلس النواب في عمان صيف 2020': sent to parliament.
                                  r"|(?<!\w)[وف]?(?:احال|احالت|احالها|احالتها|احاله|احالته)(?:\s+\S+){0,10}?)"
                                  r"\s+(?:في\s+|خلال\s+|يوم\s+|ابتداء\s+من\s+|منذ\s+)?(?:شهر\s+)?$")
_APPROVED_ON_REACH = 90


def _approved_or_in_force_on(text: str, mention: DateMention, mentions: list[DateMention]) -> bool:
    """Whether the date is the day a signed text was approved or came into force, or the year that day is told of
    right after it ('في فاتح أكتوبر من السنة نفسها')."""
    def on(m: DateMention) -> bool:
        return _APPROVED_ON_BEFORE.search(text, max(0, m.start - _APPROVED_ON_REACH), m.start) is not None
    return on(mention) or any(m.end <= mention.start and text[m.end:mention.start].strip() in ("", "من") and on(m)
                              for m in mentions)


def _dates_an_incident(text: str, date: DateMention, triggers: list[Trigger]) -> bool:
    """'في زيارة عمل جاءت ... بعد الهجمات الإرهابية التي ضربت العاصمة البلجيكية في مارس': a date told
    after an attack, with no engagement word between them, is the attack's."""
    # Nor past a comma or a semicolon: 'بعد هجوم برلين ...، وفي 2017 زار'، 'في عز الأزمة الصحية؛ ففي ماي 2020 ...'; a
    # date set off by commas right after the incident is its ('بعد أيام من توقيف الشرطة البلجيكية، يوم الخميس 26
    # أبريل، لشخصين').
    comma = text.rfind("،", 0, date.start)
    if comma > 0 and not text[comma + 1:date.start].strip() and text.startswith("،", date.end):
        if any(t.is_verb and not t.counted and not text[date.end + 1:t.start].strip() for t in triggers):
            # 'وبعد ثلاثة أسابيع فقط على الهجمات، يوم الثلاثاء 12 أبريل 2016، استقبل ...': the verb right after it
            # is what the day dates.
            return False
        comma = text.rfind("،", 0, comma)
    since = max([t.end for t in triggers if not t.counted and t.end <= date.start]
                + [comma, text.rfind("؛", 0, date.start)], default=0)
    return _INCIDENT.search(text, max(since, date.start - _INCIDENT_REACH), date.start) is not None


# 'فبعد أيام قليلة من تلك الليلة الدامية'، 'وبعد أسبوع من اعتداءات 13 نونبر': a few days after the incident dated.
_DAYS_AFTER = prefiltered(r"(?<!\w)[وف]?(?:بعد|عقب)\s+(?:ايام|يومين|اسبوع|ساعات)(?:\s+(?:قليله|معدوده))?\s+"
                          r"(?:فقط\s+)?(?:من|علي)(?!\w)")
_DAYS_AFTER_LAST_DAY = 20  # an incident later in its month may put a few days after it in the next


_THE_DAY_AFTER_REACH = 110  # characters from 'غداة' (a next_day date mention) to the day it counts from
_AN_OCCASIONS_DAY_REACH = 200  # the same, when the words name a public occasion by its opening or close
# 'وفي اليوم الموالي، استقبله ...': the next day of what was told before, naming nothing after it.
_CLOSED_HERE = prefiltered(r"\s*(?:[،,.؛:]|$)")
# '(18 نونبر) من سنة 2020': the year of a day told without one, right after it.
_ITS_YEAR_AFTER = prefiltered(r"\W{0,3}\s*(?:من\s+|في\s+)?$")


@dataclass(frozen=True)
class _CountedFrom:
    """What a sentence's next_day mention counts from: the mention, the public occasion it names right after it, if it
    does ('في اليوم الموالي لاختتام ...'), and where the words naming what it counts from end (_named_until)."""

    marker: DateMention
    occasion: re.Match | None
    end: int


def _counted_from(text: str, mentions: list[DateMention]) -> _CountedFrom | None:
    marker = next((m for m in mentions if m.form == "next_day"), None)
    if marker is None:
        return None
    return _CountedFrom(marker, _AN_OCCASION_AFTER.match(text, marker.end), _named_until(text, marker.end))


def _the_day_after_what_it_names(
        text: str, counted: _CountedFrom | None, mentions: list[DateMention], triggers: list[Trigger],
        session: Session | None) -> tuple[int, int, DateMention] | None:
    """The day after the day of what 'غداة' or 'في اليوم الموالي ل' (a next_day mention, not closed by a comma)
    names ('غداة احتفالات عيد العرش (30 يوليوز) من سنة 2021'), or some days before or after it ('يومين قبل انطلاق
    أشغال مؤتمر الأطراف ... يوم الاثنين 7 نونبر 2016'): the span of those words, to the day (and its year) they
    name, and that day. Not when what it names is an engagement ('غداة اجتماع عقده أمس الأربعاء'): the day dates
    that one; a public occasion's opening or close ('انطلاق أشغال الدورة') is no engagement of his when the sentence
    tells one besides. An occasion told by its days ('لاختتام أشغال الدورة ...، المنعقدة بين 24 و27 نونبر') or a
    known session named undated ('في اليوم الموالي لاختتام أشغال الدورة الثالثة والتسعين للجمعية العامة
    للأنتربول') counts from its first or last day."""
    if counted is None or _CLOSED_HERE.match(text, counted.marker.end):
        return None
    marker, occasion = counted.marker, counted.occasion
    # A public occasion may be named at length before its day ('انطلاق أشغال الدورة الثانية والعشرين لمؤتمر الأطراف
    # في الاتفاقية الإطارية ...، التي تحتضنها مراكش ابتداء من الاثنين 7 نونبر 2016'), but what it names ends at a break
    # that no relative clause of it follows: 'وفي اليوم الموالي لاختتام الأشغال، استقبل حموشي، أمس الجمعة' dates the
    # reception by its own day.
    reach = min(_AN_OCCASIONS_DAY_REACH, counted.end - marker.end) if occasion else _THE_DAY_AFTER_REACH
    after = [m for m in mentions if marker.end <= m.start <= marker.end + reach and m.resolved]
    day = next((m for m in after if m.precision == dates_mod.DAY), None)
    if day is None and occasion is not None and session is not None:
        # The session's name, up to that break, is the occasion's.
        day = DateMention(counted.end, counted.end, "", "day", session.start, session.end, dates_mod.DAY,
                          year_basis="session")
    if day is None or (day.spans_days and occasion is None):
        return None
    named = [t for t in triggers if marker.end <= t.start < day.start and not t.counted]
    if named and not (occasion is not None and all(_a_gatherings_word(t) for t in named) and any(
            t.start < marker.start or t.start > day.end for t in triggers if not t.counted)):
        return None
    end, first = day.end, (day.last_day if occasion is not None and "اختتام" in occasion.group() else day.first_day)
    year = next((m for m in after if m.precision == dates_mod.YEAR and m.start > day.end
                 and _ITS_YEAR_AFTER.search(text, day.end, m.start)), None)
    if year is not None and year.year_basis is None and (first.month, first.day) != (2, 29):
        end, first = year.end, first.replace(year=year.first_day.year)
    following = first + dt.timedelta(days=dates_mod.day_offset(marker))
    return marker.start, end, replace(day, start=marker.start, end=end, start_date=following, end_date=following,
                                      text=text[marker.start:end])


def _an_occasions_words(counted: _CountedFrom | None, triggers: list[Trigger]) -> tuple[int, int] | None:
    """The span of the public occasion a next_day mention counts from ('بعد ثلاثة أيام من اختتام أشغال قمة دبي'), when
    only a gathering's words stand in it and the sentence tells an engagement besides."""
    if counted is None or counted.occasion is None:
        return None
    span = (counted.marker.start, counted.end)
    inside = [t for t in triggers if span[0] <= t.start < span[1] and not t.counted]
    outside = [t for t in triggers if not span[0] <= t.start < span[1] and not t.counted]
    return span if inside and outside and all(_a_gatherings_word(t) for t in inside) else None


def _counts_from_an_engagement(counted: _CountedFrom | None, triggers: list[Trigger]) -> bool:
    """Whether what a next_day mention names holds an engagement's own word ('غداة اختتام زيارة مماثلة إلى إيطاليا
    امتدت من الاثنين إلى الأربعاء')."""
    return counted is not None and any(counted.marker.end <= t.start < counted.end and not t.counted
                                       and not _a_gatherings_word(t) for t in triggers)


def _a_gatherings_word(trigger: Trigger) -> bool:
    """A word that names a gathering or taking part in it ('أشغال الدورة'، 'التي ترأس فيها الوفد المغربي'), not a
    visit or a meeting of one's own ('غداة اختتام زيارة مماثلة إلى إيطاليا')."""
    return (trigger.kind == "conference" or _PARTICIPATION.fullmatch(trigger.word) is not None
            or _CHAIRING.fullmatch(trigger.word) is not None)


def _named_until(text: str, start: int) -> int:
    """Where the words that begin at `start` and name an occasion end: the first break not followed by a relative
    clause of it."""
    for brk in _OCCASION_BREAK.finditer(text, start):
        if not _OF_IT_GOES_ON.match(text, brk.end()):
            return brk.start()
    return len(text)


_OCCASION_BREAK = prefiltered(r"[،,.؛]")
_OF_IT_GOES_ON = prefiltered(r"\s*(?:التي|الذي|المنعقده|المنعقد|المقرره|المقرر|المنظمه|المنظم)(?!\w)")


# 'لاختتام أشغال الدورة'، 'انطلاق أشغال مؤتمر الأطراف': a public occasion, by its opening or close.
_AN_OCCASION_AFTER = prefiltered(rf"\s+{dates_mod.AN_OCCASION}(?!\w)")


def _days_after_the_incident(text: str, mentions: list[DateMention], triggers: list[Trigger]) -> DateMention | None:
    """The month of an incident's day, for a sentence whose engagement came a few days after it and has no date of its
    own ('وكانت اعتداءات 13 نونبر 2015 منعطفا؛ فبعد أيام قليلة من تلك الليلة، سافر حموشي إلى باريس')."""
    if not _DAYS_AFTER.search(text):
        return None
    incident = next((m for m in mentions if m.precision == dates_mod.DAY and m.resolved and m.is_engagement_date
                     and m.first_day.day <= _DAYS_AFTER_LAST_DAY and _dates_an_incident(text, m, triggers)), None)
    if incident is None:
        return None
    first = incident.first_day.replace(day=1)
    return replace(incident, start_date=first, end_date=dates_mod.month_end(first.year, first.month),
                   precision=dates_mod.MONTH)


# 'قبل أن تعود المياه إلى مجاريها مطلع السنة الجارية'، 'بعد أن تراجعت الأرقام في مارس': what happened before or after,
# its subject a thing named after its verb (not 'قبل أن يتوجه في نونبر إلى الرياض', he; not 'قبل أن تتم فعليا في
# يونيو', the engagement itself; not 'بعد أن استقبله المدير العام').
_BEFORE_OR_AFTER_THAT = prefiltered(r"(?<!\w)(?:قبل|بعد)\s+(?:ان|ما)\s+[^\W\d]+\s+ال(?!مدير|مسوول|حموشي)[^\W\d]+")
_BEFORE_OR_AFTER_REACH = 60


def _dates_what_came_before_or_after(text: str, date: DateMention, triggers: list[Trigger]) -> bool:
    """'حضور الحموشي إلى باريس ...، قبل أن تعود المياه إلى مجاريها مطلع السنة الجارية': a date in a 'قبل أن' or 'بعد
    أن' clause with no engagement word of its own dates what that clause tells, not the engagement before it ('بعد أن
    حصل سنة 2019 على وسام' has its own)."""
    opener = max((m for m in _BEFORE_OR_AFTER_THAT.finditer(text, max(0, date.start - _BEFORE_OR_AFTER_REACH),
                                                            date.start)), key=lambda m: m.start(), default=None)
    if opener is None or _SPECIFICALLY_BEFORE.search(text, opener.end(), date.start):
        return False
    clause_end = min([i for i in (text.find("،", date.end), text.find(",", date.end)) if i >= 0], default=len(text))
    return not any(opener.start() <= t.start < clause_end for t in triggers)  # 'قبل أن يوقع الطرفان ...' has its own


# 'قبل أن تطوي السنة أوراقها، وتحديدا في الأسبوع الأول من دجنبر، استقبل': 'precisely', after the comma that closes
# the 'قبل أن' clause, dates what follows.
_SPECIFICALLY_BEFORE = prefiltered(r"[،,]\s*و?(?:تحديدا|بالتحديد|بالضبط)\s+(?:في\s+|يوم\s+)?$")
_SPECIFICALLY_BETWEEN = prefiltered(r"\s*[،,]\s*و?(?:تحديدا|بالتحديد|بالضبط)\s+(?:في\s+|يوم\s+)?")


def _narrowed_by(text: str, date: DateMention, finer: DateMention) -> bool:
    """Whether `finer` follows `date` as 'وتحديدا ...' and falls inside it: the same time, told more precisely."""
    return (date.resolved and finer.resolved and date.first_day <= finer.first_day <= finer.last_day <= date.last_day
            and (date.first_day, date.last_day) != (finer.first_day, finer.last_day)
            and _SPECIFICALLY_BETWEEN.fullmatch(text, date.end, finer.start) is not None)


# 'نهائيات كأس العالم، التي احتضنتها قطر في نونبر ودجنبر': when an event was hosted, told of the noun before it.
_HOSTED_THEN_BEFORE = prefiltered(r"[،,]?\s*(?:التي|الذي)\s+(?:احتضنتها|احتضنته|استضافتها|استضافته|نظمتها|نظمته)"
                                 r"(?:\s+[^\W\d]+){1,6}?\s*$")
_HOSTED_THEN_REACH = 64


def _dates_another_hosted_event(text: str, date: DateMention, triggers: list[Trigger]) -> bool:
    """Whether the date says when something else was hosted: the noun before the relative clause is no
    engagement word ('كأس العالم، التي احتضنتها قطر في نونبر' dates the tournament, not his honour)."""
    hosted = _HOSTED_THEN_BEFORE.search(text, max(0, date.start - _HOSTED_THEN_REACH), date.start)
    if hosted is None:
        return False
    when = _WHEN_HE_DID_AFTER.match(text, date.end)
    if when is not None and any(t.start == when.end() and t.is_verb for t in triggers):
        # 'المحطة الأكثر دلالة هي تلك التي احتضنتها الرباط في يوليوز 2024، حين استقبل حموشي ...': 'when' tells the
        # engagement the hosting was.
        return False
    # The noun phrase the relative clause follows: back to a comma, or to the 'بعد' that brings it in ('لكونها
    # الأولى من نوعها بعد نهائيات كأس العالم التي احتضنتها قطر').
    antecedent = max([text.rfind("،", 0, hosted.start()) + 1]
                     + [m.end() for m in _AFTER_OR_SINCE.finditer(text, max(0, hosted.start() - _HOSTED_THEN_REACH),
                                                                  hosted.start())])
    return not any(antecedent <= t.start < hosted.start() for t in triggers)


_AFTER_OR_SINCE = prefiltered(r"(?<!\w)(?:بعد|قبل|منذ)\s")
_WHEN_HE_DID_AFTER = prefiltered(r"\s*[،,]?\s*(?:حين|حينما|عندما)\s+")


def _dates_a_plan_told_after(text: str, date: DateMention, triggers: list[Trigger]) -> bool:
    """'وبحث الجانبان ... آليات تفعيل مذكرة التفاهم، حيث تقرر إلحاق ضابط اتصال ... خلال العام الجاري': a date in
    what was agreed or decided after the engagement told, holding no engagement word of its own, dates the plan."""
    plan = dates_mod.plan_told_at(text, date.start)
    return plan is not None and any(t.end <= plan[0] for t in triggers) and not any(
        plan[0] <= t.start < plan[1] for t in triggers)


def _dates_a_later_plan(text: str, date: DateMention, triggers: list[Trigger]) -> bool:
    """'اللقاء الذي جمع، الاثنين، ... السفير ..., والذي يرتقب أن يغادر المغرب الأربعاء 20 يناير': a date
    after a plan the sentence tells once the engagement is told, a plan of no engagement word of
    ours (leaving his post), is the plan's, not the engagement's."""
    own = [t for t in triggers if not t.counted and t.end <= date.start]
    if not own:
        return False
    # The plan is in the date's own clause, from the last break that opens one with a conjunction ('تظل زيارة بروكسل
    # مثالا؛ إذ كانت مبرمجة في مارس 2020، ولم يتسن له التوجه إليها إلا في يونيو 2022': June is when he went), after
    # the last engagement word ('وفي لقاء ثان، تباحث ...، واستعدادات المملكة لاحتضان النسخة المقبلة ... أواخر السنة').
    last = own[-1]
    clause_start = max([last.end] + [m.start() for m in _NEW_CLAUSE_AT.finditer(text, last.end, date.start)])
    # ('وتختتم غدا الجمعة': tomorrow is the date's own word, not a plan told before it.)
    before = _TOMORROW_AT_END.sub("", text[clause_start:date.start])
    return dates_mod.says_future(before) and not dates_mod.future_marked(text[:last.end])


_TOMORROW_AT_END = prefiltered(r"(?<!\w)(?:يوم\s+)?(?:غد|غدا)\s*$")


_NEW_CLAUSE_AT = prefiltered(r"[،؛,]\s*(?:[وف]|اذ\s)")


def _honour_of_the_year(article_id: str, scene: _Scene, clock: ArticleClock, year: DateMention,
                        triggers: list[Trigger], accepted: list[dict]) -> list[dict]:
    """An honour a review of one year tells without a date ('توشيحات سنة 2025 ... وفي هذا الإطار، وشحت
    الجمهورية الفرنسية حموشي بوسام'): of that year, unless the text marks it as background or a plan."""
    text = scene.sentence.norm.text
    honours = [t for t in triggers if t.kind == "honor" and not t.counted and not _told_in_general(t, text)]
    if not honours or _told_as_background(text, honours):
        return []
    engagement = read_clause(text, 0, len(text), honours, scene.roles, scene.tokens)
    if engagement.reject_reason:
        return []
    attribution = scene.attribution(0, len(text), engagement)
    reason = attribution.reject_reason or _date_rejection(year, text, clock, _engagement_words(engagement, honours))
    return [_candidate_row(article_id, scene, 0, len(text), year, engagement, attribution, reason, accepted,
                           date_source="article_focus_year")]


# Background, not news: 'وكان حموشي قد استقبل'، 'سبق له أن زار'، 'في وقت سابق'، 'عدة مرات'.
_PAST_PERFECT = r"[وف]?(?:كان|كانت|كانا)\s+(?:\w+\s+){0,4}قد|[وف]?سبق"  # 'وكان حموشي قد شارك'، 'سبق أن'
_TOLD_AS_PAST = prefiltered(rf"(?<!\w)(?:{_PAST_PERFECT})(?!\w)")
# 'لأول مرة' and 'مرة أخرى' tell news; any other 'مرة/مرات/مناسبات' counts occasions of a habit.
_BACKGROUND = Prefiltered(re.compile(
    # ('خلال السنوات المقبلة' is the years to come: '... تحسبا لاستحقاقات تستضيفها طوكيو خلال السنوات المقبلة'.)
    rf"(?<!\w)(?:{_PAST_PERFECT}|سابقا|في وقت سابق|مرات|(?<!لاول )مره(?! اخري)|منذ"
    r"|(?:خلال|في) السنوات(?! المقبله| القادمه)"
    # 'في أكثر من مناسبة'، 'في غير ما مناسبة': on occasions; not 'شكل اللقاء مناسبة للتأكيد' (an opportunity).
    r"|مناسبات|(?:اكثر من|غير ما|كل) مناسبه"
    # 'وجرت العادة أن يخص حموشي رؤساء البعثات المغادرين باستقبال شخصي': what he usually does.
    r"|[وف]?جرت العاده|من عادته"
    # 'كلاهما جلس إلى طاولة المباحثات مع حموشي': what two did, each at his time, is no one engagement.
    r"|[وف]?(?:كلاهما|كلتاهما|كل منهما))(?!\w)"))
_RELATIVE_RIGHT_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:التي|الذي|الذين|اللتين|اللذين)\s+$")
_RELATIVE_REACH = 8
# 'العديد من اللقاءات'، 'لقاءات عديدة'، 'مختلف الزيارات': many engagements, none of them news. The same
# words elsewhere quantify something else: 'التعاون في مختلف المجالات' closes many a report of one visit.
_MANY = Prefiltered(re.compile(r"(?<!\w)(?:عده|عديد|عديده|العديد|مختلف)(?!\w)"))
_MANY_REACH = 2  # words between the quantifier and the engagement word: 'العديد من اللقاءات'


def _told_as_background(text: str, triggers: list[Trigger]) -> bool:
    """Whether a sentence tells his engagements as background or as a habit rather than as news (not what a
    relative clause says of a noun: 'برامج التكوين التي سبق أن استفاد منها أطر مغاربة')."""
    if any(not _RELATIVE_RIGHT_BEFORE.search(text, max(0, past.start() - _RELATIVE_REACH), past.start())
           for past in _BACKGROUND.finditer(text)):
        return True
    for many in _MANY.finditer(text):
        for trigger in triggers:
            between = text[many.end():trigger.start] if many.end() <= trigger.start else text[trigger.end:many.start()]
            if len(between.split()) <= _MANY_REACH:
                return True
    return False
# ... unless the parties follow: 'أجرى لقاءات مع نظرائه البلجيكيين'، 'لقاءات نظرائهم البلجيكيين'.
_WITH_PEERS = prefiltered(r"\s+(?:مع\s+)?[وب]?(?:نظير|نظرا)")  # normalized: نظرائه -> نظرايه


# ... or the places: 'زيارات عمل قادته إلى كل من برلين وباريس' is a tour of those capitals.
_TO_LISTED_PLACES = prefiltered(r"(?:\s+(?:عمل|رسميه))?\s+(?:قادته\s+|قادتها\s+)?الي\s+كل\s+من(?!\w)")


def _told_in_general(trigger: Trigger, text: str) -> bool:
    return bool(GENERAL_PLURAL.match(trigger.word)) and not (
        _WITH_PEERS.match(text, trigger.end) or _TO_LISTED_PLACES.match(text, trigger.end))


# 'أنه التقى، خلال عشر سنوات، مسؤولي الأجهزة الفرنسية ما يزيد على عشرين مرة': the times a verb's engagement happened,
# many, in the verb's clause; a count, no one engagement ('ثلاث مرات: الأولى ...' tells each: series_items).
_TIMES_OVER = prefiltered(rf"[^.؛:]{{0,120}}?(?<!\w)(?:(?:\d+|(?:{WORD_NUMBER_PATTERN})ه?|عده)\s+(?:مره|مرات)"
                          r"|مرات\s+(?:عديده|عده|كثيره))(?!\w)(?!\s*:)")


# What his attendance takes from the engagement he attended: all but who was there for Morocco.
_THE_ENGAGEMENT_ATTENDED = ("meeting_type", "direction", "country_iso2", "counterpart_agency", "counterpart_text",
                            "counterpart_person", "counterpart_person_latin", "counterpart_title", "organization_code")


def _undated_candidates(article_id: str, scene: _Scene, clock: ArticleClock, story: _Story,
                        triggers: list[Trigger], accepted: list[dict]) -> list[dict]:
    """An engagement told without a date of its own is the article's news: 'اليوم الإثنين 23 نونبر،
    طلبت بلجيكا ...' then 'وتباحث حموشي مع نظرائه البلجيكيين', or a lead with no date at all.

    It takes the date the text gave last (within _PEG_PARAGRAPHS) when that date told of no
    engagement of his, else, while the article has dated none, the month of the article's date.
    Background ('كان قد'، 'سبق أن'), general statements ('لقاءات عدة') and plans are not news.
    """
    text = scene.sentence.norm.text
    own = [t for t in triggers if not t.counted and not _told_in_general(t, text)]
    if not own or _told_as_background(text, own):
        return []
    # 'وحضر الجلسة من الجانب المغربي ...' closing a wire about the talks its lead dated: the session told, however
    # many paragraphs of what was discussed came between.
    attending = _ATTENDED_THE_ONE_TOLD.match(text) is not None
    reach = _PEG_PARAGRAPHS + _ATTENDED_REACH if attending else _PEG_PARAGRAPHS
    peg = story.news_peg(reach)
    date: DateMention | None
    occasion_engagement: Engagement | None = None
    another = _another_engagement_then(scene, own, accepted[-1]) if story.dated_engagement and accepted else None
    if scene.session is not None:
        date, source = None, "session"  # its days, once the engagement is read: _session_days
    elif peg is not None and not (another is not None and (
            _AN_HOUR_OF_THE_DAY.match(text) or (accepted[-1]["meeting_type"] == "conference"
                                                 and not accepted[-1]["start_date"] <= peg.first_day
                                                 <= accepted[-1]["end_date"]))):
        # (Not 'وعلى هامش الندوة، أجرى مباحثات' after a date of something else: the seminar told dates it; nor
        # 'وقرابة منتصف النهار، استقبل' after a background month: the hour is of the programme's day.)
        date, source = peg, "previous_sentence"
    elif another is not None:
        # 'وتم خلال الجلسة الافتتاحية توشيح حموشي'، 'كما وقع، في ختام الزيارة، مذكرة مع نظيره الغاني': a
        # distinct engagement told without a date, on the occasion just dated, takes its days.
        (date, occasion_engagement), source = another, "previous_engagement"
        if (clock.precision == dates_mod.DAY and clock.date and date.resolved
                and date.first_day <= clock.date < date.last_day):
            # Told as done on the page's day, while the session runs on: it happened by that day.
            date = replace(date, end_date=clock.date)
    elif story.dated_engagement or story.undated_news:
        # Not news of its own: at most more about the engagement just reported ('وجرى اللقاء بالرباط').
        engagement = read_clause(text, 0, len(text), own, scene.roles, scene.tokens)
        last = accepted[-1] if story.dated_engagement and accepted else story.undated_report
        if last is not None and engagement.meeting_type == "honor":
            # 'وتذهب قراءات إلى أن توقيت التكريم ليس اعتباطيا'، 'ويعد هذا الوسام ...'، 'ويعد وسام النجمة الاستوائية من
            # أرفع الأوسمة': the honour told again is the last honour the page reported, not the visit it told
            # since (with none, the engagement just reported).
            last = next((c for c in reversed(accepted) if c["meeting_type"] == "honor"), last)
        if (last is not None and engagement.reject_reason is None and engagement.country_iso2 == last["country_iso2"]
                and not scene.attribution(0, len(text), engagement).reject_reason
                and not dates_mod.future_marked(text)):
            if last is story.undated_report:
                # Whom an undated page's news was with is what places it (int_placed_reports): the lead
                # may say 'left for Moscow yesterday' and the next sentence who invited him. Its kind
                # stays the lead's: a later sentence may tell of another engagement with that country.
                later = {"meeting_type": last["meeting_type"], "direction": engagement.direction,
                         "counterpart_agency": engagement.counterpart.org_code, "organization_code": None,
                         **_counterpart_fields(scene.sentence, engagement.counterpart)}
                # '... أفادت وسائل إعلام اليوم الاثنين بأن بيرنز زار المغرب' then 'التقى مساء الجمعة الماضي
                # حموشي': the day the lead did not name.
                hint = scene.calendar_hint()
                if hint is not None and last["named_weekday"] is None and last["named_month"] is None:
                    last.update(named_weekday=hint.weekday, named_month=hint.month)
            else:
                later = {"meeting_type": engagement.meeting_type, "direction": engagement.direction,
                         "counterpart_agency": None, "organization_code": None}
                days = _duration_days(text)
                if days and last["date_precision"] == dates_mod.DAY and last["start_date"] == last["end_date"]:
                    # 'هذه الزيارة، التي امتدت ليومين': how long the engagement just dated lasted.
                    last["end_date"] = last["start_date"] + dt.timedelta(days=days - 1)
            _complete_earlier(last, later)
        return []
    elif clock.date is not None and story.wire_lead == scene.sentence.index:
        # 'الرباط 23 يناير 2018 (ومع) - أجرى حموشي مباحثات ...': the wire's lead tells the news of its day.
        date = DateMention(0, 0, "", "day", clock.date, clock.date, dates_mod.DAY, year_basis=clock.source)
        source = "article_date"
    elif clock.date is not None:
        first = clock.date.replace(day=1)
        date = DateMention(0, 0, "", "month", first, dates_mod.month_end(first.year, first.month), dates_mod.MONTH,
                           year_basis=clock.source)
        source = "article_date"
    elif not story.undated_news:
        # Nothing dates the page ('اليوم الخميس' and no date anywhere): its news, the first engagement
        # it tells, is kept with the weekday or days it names, for dbt to place on the one meeting it
        # can only be (int_placed_reports). What such a page tells after it is context.
        date, source = None, "undated"
    else:
        return []
    engagement = occasion_engagement or _placed_where_told(
        _placed_by_session(read_clause(text, 0, len(text), own, scene.roles, scene.tokens), scene.session),
        scene, date if source == "previous_sentence" else None, story.anothers_at_peg(reach), accepted)
    if (attending and source == "previous_sentence" and engagement.reject_reason == "no_counterpart_country"
            and (attended := story.anothers_at_peg(reach)) is not None and attended["country_iso2"] is not None):
        # Naming only who attended for Morocco, it took place with the party of the session it points at.
        engagement = replace(with_country(engagement, attended["country_iso2"]), direction=attended["direction"])
    if engagement.reject_reason:
        return []
    if source == "session":
        date = _session_days(scene, engagement)
    attribution = scene.attribution(0, len(text), engagement)
    # 'عقد وزير الداخلية اليوم مباحثات مع نظيره الإسباني' then 'وحضر هذه الجلسة ... عبد اللطيف حموشي': he
    # attended another's engagement, dated before and none of his yet; it is his too.
    attended_anothers = (source == "previous_sentence" and _ATTENDED_THE_ONE_TOLD.match(text) is not None
                         and attribution.principal_role in ("name", "title"))
    if (source == "previous_sentence" and attribution.principal_role in ("continuation", "body", "host")
            and story.anothers_at_peg() is not None):
        # 'شاركت المديرية بوفد يترأسه مدير الشرطة القضائية' then 'وقدم الوفد المغربي خلال جلسات المؤتمر عرضا': more
        # on another's engagement, dated by it, naming no one new, is that one's too; so is 'التعاون بين مديرية
        # الأمن العام والمديرية العامة للأمن الوطني' discussed at the ambassador's call it dated, and 'أعرب السفير
        # عقب الزيارة' after the visit the institute's director received him on.
        attribution = Attribution(None, None, "other_actor")
    # Talks on the occasion of a conference (_another_engagement_then) are not the conference told again.
    told = next((c for c in accepted if c["country_iso2"] == engagement.country_iso2
                 and _both_or_neither_honours(c["meeting_type"], engagement.meeting_type)
                 and not (occasion_engagement and c["meeting_type"] == "conference")), None)
    engagement_at = _engagement_words(engagement, own)
    reason = (attribution.reject_reason or _refers_back(text, engagement) or _denied(text, engagement, 0)
              or _ordered(text, engagement, 0)
              # 'وتندرج هذه الزيارة ضمن ...': the engagement the article told, whoever's it was; not news.
              or ("repeats_earlier_mention" if not attended_anothers
                  and (_points_back(list(_THIS_ENGAGEMENT.finditer(text)), text, engagement.trigger, 0)
                       # 'ويضم الوفد المشارك في هذا الاجتماع ...': every engagement word points at one told.
                       or all(_pointed_at(text, t) for t in own)) else None)
              # 'وحضر اللقاء من الجانب الموريتاني ...': who attended the meeting told, not another meeting.
              or ("repeats_earlier_mention" if not attended_anothers and _ATTENDED_THE_ONE_TOLD.match(text) else None)
              # 'عقد وزير الداخلية أمس مباحثات مع نظيره الإسباني' then, paragraphs later and with none of his told,
              # 'وفي تصريح للصحافة عقب اللقاء، نوه الوزير الإسباني ...': the meeting is the one told, another's.
              or ("other_actor" if source == "article_date" and not accepted
                  and attribution.principal_role in ("continuation", "body")
                  and _tells_anothers_again(engagement, text, story.anothers_told) else None)
              or (_date_rejection(date, text, clock, engagement_at) if date else
                  "planned_or_future" if dates_mod.future_marked(text, engagement_at) else None)
              # A session's days say when it sits, not that he took part: the plan the text tells
              # ('التي من المقرر أن تستضيفها مراكش من 24 إلى 27 نونبر') stays a plan.
              or ("planned_or_future" if source == "session" and (
                  dates_mod.future_marked(text, engagement_at) or any(m.is_future for m in scene.mentions)
                  # The session's own side clause says it is to come ('الدورة ..., التي ستعقد في مراكش').
                  or (engagement.meeting_type == "conference" and dates_mod.says_future(text))) else None)
              # 'سيوشح الرئيس الفرنسي الحموشي ...' then 'عن طريق توشيحه': the plan the page told, again.
              or ("planned_or_future" if (engagement.country_iso2, engagement.meeting_type) in story.plans else None)
              # 'وتركزت المباحثات، وفق ما تسرب منها، على ...': what the talks told were about, not other talks.
              or ("repeats_earlier_mention" if _FOCUS_OF_THE_ONE_TOLD.match(text) else None)
              # Details of the engagement the article already reported: they complete it ('خلال لقاء
              # ... في الرباط' says where), never overwrite it.
              or ("repeats_earlier_mention" if told else None)
              or (None if date else "undated"))
    hint = None if date else scene.calendar_hint()
    story.undated_news |= reason == "undated"
    row = _candidate_row(article_id, scene, 0, len(text), date, engagement, attribution, reason, accepted,
                         date_source=source, hint=hint)
    if attended_anothers and (attended := story.anothers_at_peg()) is not None:
        row.update({field: attended[field] for field in _THE_ENGAGEMENT_ATTENDED})  # its kind, place and parties
        if attended["meeting_type"] == "conference":
            # 'وشهد حفل الافتتاح حضور ... حموشي': at its opening he took part in the gathering, its days his.
            row.update(start_date=attended["start_date"], end_date=attended["end_date"])
    if reason == "undated":
        story.undated_report = row
    if told and reason == "repeats_earlier_mention":
        _complete_earlier(told, row)
    return [row]


_DEFINITE = prefiltered(r"[وفب]?(?:ال|لل)")


def _tells_anothers_again(engagement: Engagement, text: str, anothers: dict | None) -> bool:
    return (anothers is not None and anothers["country_iso2"] == engagement.country_iso2
            and _names_the_one_told(engagement, text))


def _names_the_one_told(engagement: Engagement, text: str) -> bool:
    """'الزيارة'، 'اللقاء': a definite engagement noun with no party of its own."""
    trigger = engagement.trigger
    return (trigger is not None and not trigger.is_verb
            and bool(_DEFINITE.fullmatch(text, trigger.start, trigger.end - len(trigger.word))))


def _the_one_told(engagement: Engagement, previous: dict) -> Engagement:
    """The undated news `previous` reported, dated: its parties, and its direction and kind where the
    clause's own words ('الزيارة' alone) do not say them."""
    told = with_country(engagement, previous["country_iso2"])
    if engagement.direction == UNKNOWN and engagement.meeting_type == "meeting":
        told = replace(told, direction=previous["direction"], meeting_type=previous["meeting_type"])
    return told


# '- حموشي يحل بمدريد': an item of a list of links (related news), not the page's headline.
_BULLET = prefiltered(r"\s*[-–—•*]")


def _placed_where_told(engagement: Engagement, scene: _Scene, peg: DateMention | None, anothers: dict | None,
                       accepted: list[dict]) -> Engagement:
    """The undated clause that names no country, placed by what the passage told before it; `peg`: the date it
    takes from the sentences before, `anothers`: another's engagement that date told."""
    if (engagement.reject_reason == "no_counterpart_country" and engagement.meeting_type == "honor" and peg is not None
            and (session := _session_of_the_body(engagement, peg, accepted + ([anothers] if anothers else [])))):
        # 'انطلقت اليوم بتونس أشغال الدورة 36 لمجلس وزراء الداخلية العرب' then 'قرر المجلس منح وسام ... الحموشي':
        # the body's honour, told on the day of its session, sat where the session did, not with the official
        # the passage named last. He was there only if the session was told as his.
        placed = with_country(engagement, session["country_iso2"])
        return replace(placed, direction=session["direction"]) if session["is_event"] else placed
    if (engagement.reject_reason == "no_counterpart_country" and engagement.meeting_type == "conference"
            and peg is not None and anothers is not None and anothers["meeting_type"] == "conference"
            and anothers["country_iso2"] is not None):
        # 'ترأس مدير الأمن العام وفد المملكة المشارك في أعمال مؤتمر ... في العاصمة التونسية يومي 7 و8 ...' then
        # 'وشارك في أعمال المؤتمر ... حموشي': the gathering another's part in it dated sat where it was told.
        return replace(with_country(engagement, anothers["country_iso2"]), direction=anothers["direction"])
    return _with_the_official_told(engagement, scene)


def _with_the_official_told(engagement: Engagement, scene: _Scene) -> Engagement:
    """'أكد المدير العام للشرطة البرازيلية ...' then 'وأبرز رودريغيز، عقب توقيعه على مذكرة تفاهم مع
    حموشي': a sentence that names no country of its own continues with the foreign official the
    passage spoke of, whose country it is."""
    told = scene.context
    if (engagement.reject_reason != "no_counterpart_country" or told is None or told.kind != FOREIGN_OFFICIAL
            or told.iso2 in (None, HOME)):
        return engagement
    return with_country(engagement, told.iso2)


def _in_a_moroccan_city(engagement: Engagement, scene: _Scene, start: int, end: int) -> bool:
    """Whether the clause of an international body's meeting names a Moroccan city, no foreign place, and him."""
    mention = engagement.counterpart.mention
    if (engagement.meeting_type != "conference" or mention is None or mention.alias.kind != "organization"
            or mention.alias.iso2 is not None):
        return False
    places = [r for r in scene.roles if start <= r.mention.start < end and r.mention.iso2 is not None]
    return (bool(places) and all(r.iso2 == HOME and r.mention.alias.kind in ("city", "capital") for r in places)
            and any(a.principal_role in ("name", "title") for a in scene._his_mentions(start, end))
            # 'الترتيبات المتعلقة باحتضان مراكش للدورة 93 سنة 2025': the hosting is what was discussed, to come.
            and not any(r.role == "future_host" for r in places))


def _placed_by_session(engagement: Engagement, session: Session | None) -> Engagement:
    """A session of a body's meeting that the clause places nowhere was held where the session was."""
    if (session is None or engagement.reject_reason != "no_counterpart_country"
            or engagement.counterpart.organization_code != session.org_code):
        return engagement
    return held_in(engagement, session.host_iso2)


def _placed_by_the_calendar(engagement: Engagement, date: DateMention, reference: Reference,
                            sentence: str) -> Engagement:
    """'وشكلت الجمعية العامة للأنتربول، التي ترأس حموشي حفل افتتاحها يوم الاثنين 24 نونبر': a body's meeting that
    names neither its number nor its place, on days of one of its sessions, sat where that session did, as a reader
    who knows the calendar of these meetings would place it."""
    code = engagement.counterpart.organization_code
    if (engagement.reject_reason != "no_counterpart_country" or engagement.meeting_type != "conference"
            or code is None or date.precision != dates_mod.DAY):
        return engagement
    sitting = reference.sitting_on(code, date.first_day, date.last_day, sentence)
    return engagement if sitting is None else held_in(engagement, sitting.host_iso2)


_CO_ORGANIZED_WITH_HIS_FORCE = prefiltered(r"(?<!\w)(?:بالتعاون|بتعاون|بشراكه|بالشراكه|بتنسيق|بالتنسيق)\s+مع\s+"
                                          r"(?:ال)?مديريه\s+(?:ال)?عامه\s+(?:للامن\s+الوطني|لمراقبه\s+التراب)")


def _co_organized_by_his_force(engagement: Engagement, clause: str) -> bool:
    """A conference whose only place is the seat of the body that held it, told as co-organized with his force."""
    mention = engagement.counterpart.mention
    return (engagement.meeting_type == "conference" and mention is not None
            and mention.alias.kind == "organization" and engagement.country_iso2 not in (None, HOME)
            and _CO_ORGANIZED_WITH_HIS_FORCE.search(clause) is not None)


def _session_days(scene: _Scene, engagement: Engagement) -> DateMention:
    """The days of the session a sentence with no date of its own names: all of them for the session
    itself, the one its weekday names for an engagement on its sidelines ('وقع اليوم الاثنين ... على
    هامش الدورة 93 للجمعية العامة للأنتربول')."""
    assert scene.session is not None, "only a sentence that names a session has its days"
    start, end = scene.session.start, scene.session.end
    hint = scene.calendar_hint()
    if engagement.meeting_type != "conference" and hint is not None and hint.weekday is not None:
        named = [day for day in (start + dt.timedelta(days=n) for n in range((end - start).days + 1))
                 if day.isoweekday() == hint.weekday]
        if len(named) == 1:
            start = end = named[0]
    return DateMention(0, 0, "", "day", start, end, dates_mod.DAY, year_basis="session")


# How long before the news an engagement the text dates may be and still be the news told again.
_NEWS_WINDOW = dt.timedelta(days=31)


def _fold_undated_repeats(accepted: list[dict]) -> None:
    """An undated report of a country the article also dates, in the time of the news, is that dated
    engagement told again; one dated months before ('التقاه في أبريل الماضي') is another."""
    dated = [c for c in accepted if c["date_source"] in ("text", "tour_span") and c["is_event"]]
    for candidate in accepted:
        if candidate["date_source"] not in ("previous_sentence", "article_date"):
            continue
        same = next((c for c in dated if c["country_iso2"] == candidate["country_iso2"]
                     and candidate["start_date"] - _NEWS_WINDOW <= c["start_date"] <= candidate["end_date"]), None)
        if same is not None:
            candidate.update(is_event=False, reject_reason="repeats_earlier_mention")
            _complete_earlier(same, candidate)


# '، ومع القائد العام لشرطة دبي': another party, met alike; 'استقبل ... كلا من المنسق الوطني ... بفرنسا، ورئيس المكتب
# الفيدرالي الألماني': the parties 'both of' lists, each received.
_AND_WITH = prefiltered(r"[،,]\s*ومع(?!\w)")
# 'التقى المدير العام للأمن الداخلي الفرنسي، كما التقى مدير المخابرات العامة الأردنية': another he met as well; so
# is the one he met next ('استقبل ... المدير العام للأمن الوطني الموريتاني، ثم أجرى بعد ذلك مباحثات مع سفير هولندا').
_AS_ALSO_MET = prefiltered(r"[،,]\s*(?:كما|ثم)\s+(?=(?:التقي|التقت|استقبل|استقبلت|اجتمع|اجتمعت|تباحث"
                           r"|(?:اجري|عقد)\s+(?:بعد\s+ذلك\s+)?(?:مباحثات|محادثات|لقاء|جلسه))(?!\w))")
_BOTH_OF = prefiltered(r"(?<!\w)(?:كلا|كل)\s+من(?!\w)")
_AND_NEXT = prefiltered(r"[،,]\s*و(?=[^\W\d])")
# 'جولة خليجية حل خلالها بأبوظبي ثم بالرياض'، 'الجولة التي قادته إلى البرازيل ثم الأرجنتين': the tour's next stop,
# a visit of its own.
_THEN = prefiltered(r"(?<!\w)ثم\s+")
_LISTED_TYPES = ("meeting", "hosted_visit", "visit_abroad")
# 'استقبل على التوالي سفير اليابان، ثم سفيرة البرتغال، قبل أن يختتم لقاءاته بسفير غانا'، 'سفير اليابان وسفيرة
# البرتغال': the next one received, named by a title of his own.
_NEXT_RECEIVED = prefiltered(r"(?:(?<!\w)ثم\s+|(?<!\w)قبل\s+ان\s+(?:يختتم|ينهي)\s+(?:\S+\s+){0,2}?ب|\sو)"
                             r"(?=(?:ال)?(?:سفير|سفيره|القايم\s+بالاعمال|ملحق|نظيره|نظيرته|مدير|مديره|وزير|وزيره"
                             r"|رييس|رييسه|قايد|مفوض|المفوضه)(?!\w))")


def _others_met_alike(scene: _Scene, start: int, end: int, engagement: Engagement) -> list[tuple[int, int, Engagement]]:
    """The parties of other countries a clause lists beside the one it is about, each with the span that names it
    (up to the next comma): meetings of their own, as a review lists them ('عقد خلال السنة ذاتها جلسات عمل مع
    المدير العام للشرطة المالية، ومع وزير الأمن الغيني'), receptions of each ('استقبل كلا من ...، و...'), or
    the next stops of a tour ('حل خلالها بأبوظبي ثم بالرياض')."""
    if engagement.meeting_type not in _LISTED_TYPES or engagement.country_iso2 in (None, HOME):
        return []
    text = scene.sentence.norm.text
    both = _BOTH_OF.search(text, start, end)
    if both is not None:
        cuts = [both.end(), *(mark.start() + 1 for mark in _AND_NEXT.finditer(text, both.end(), end))]
    elif engagement.meeting_type in ("meeting", "hosted_visit"):
        cuts = sorted([mark.start() + 1 for mark in _AND_WITH.finditer(text, start, end)
                       if engagement.meeting_type == "meeting"]
                      + [mark.end() for mark in _AS_ALSO_MET.finditer(text, start, end)
                         if not _another_moroccan_first(scene, mark.end(), end)]
                      + [mark.end() for mark in _NEXT_RECEIVED.finditer(text, start, end)])
    elif engagement.meeting_type == "visit_abroad":
        cuts = [mark.end() for mark in _THEN.finditer(text, start, end)]
    else:
        return []
    seen = {engagement.country_iso2}
    others: list[tuple[int, int, Engagement]] = []
    for cut in cuts:
        comma = text.find("،", cut + 1, end)
        stop = comma if comma >= 0 else end
        # A tour's next stop is the place right after 'ثم' or one he went to, not a party named on the way.
        roles = [r for r in scene.roles if cut <= r.mention.start < stop
                 and (engagement.meeting_type != "visit_abroad" or r.role in ("destination", "location")
                      or r.mention.start == cut)]
        counterpart = counterpart_of(roles, cut, text, scene.tokens)
        if counterpart.country_iso2 in (None, HOME) or counterpart.country_iso2 in seen:
            continue
        seen.add(counterpart.country_iso2)
        others.append((cut, stop, replace(engagement, counterpart=counterpart)))
    return others


def _another_moroccan_first(scene: _Scene, start: int, end: int) -> bool:
    """'كما استقبل قائد الدرك الملكي نظيره الأردني': the first who acts after the verb is another Moroccan."""
    comma = scene.sentence.norm.text.find("،", start, end)
    first = min((a for a in scene.actors if start < a.start < (comma if comma >= 0 else end)),
                key=lambda a: a.start, default=None)
    return first is not None and first.kind == HOME_OFFICIAL


# The honorific that stands for an official already named: 'معاليه' (a minister), 'سموه' (a prince), 'سعادته'.
_HIS_EXCELLENCY = prefiltered(r"(?<!\w)[وف]?(?:معاليه|سموه|سعادته|فخامته)(?!\w)")
_HIS_EXCELLENCY_AFTER = prefiltered(r"\s+(?:معاليه|سموه|سعادته|فخامته)(?!\w)")  # 'واستقبل معاليه': right after a verb
_TOUR_WORDS = frozenset({"جوله", "جولته", "جولات", "جولاته"})


def _tours_several_countries(scene: _Scene, start: int, end: int, engagement: Engagement) -> bool:
    """'جولة إفريقية امتدت أربعة أيام، شملت موريتانيا والسنغال': a tour the clause names two countries of or more."""
    return (engagement.trigger is not None and engagement.trigger.word in _TOUR_WORDS
            and len({r.iso2 for r in scene.roles if start <= r.mention.start < end and r.iso2 not in (None, HOME)}) > 1)


def _list_counterpart(party: PlaceRole, item_roles: list[PlaceRole], text: str, tokens: list[Token]) -> Counterpart:
    found = counterpart_of(item_roles, party.mention.start, text, tokens)
    return found if found.country_iso2 == party.iso2 else Counterpart(country_iso2=party.iso2, mention=party.mention)


# 'وتتواصل الاجتماعات حتى يوم الخميس 27 نونبر', 'التي تمتد إلى غاية فاتح دجنبر', 'التي تحتضنها المملكة إلى غاية
# الخميس 27 نونبر': an event's last day.
# ('التي تواصلت إلى غاية الأربعاء 21 نونبر'، 'التي امتدت إلى غاية 27 نونبر': told after it ended.)
_CONTINUES = prefiltered(r"(?<!\w)[وف]?س?(?:تتواصل|يتواصل|تستمر|يستمر|تمتد|يمتد|تختتم|يختتم|اختتمت|اختتم"
                        r"|تواصلت|استمرت|امتدت|تواصل|استمر|امتد"
                        r"|[تي]حتضن(?:ها|ه)?|[تي]ستضيف(?:ها|ه)?)(?!\w)")
# 'الدورة 93، التي تنعقد من 24 إلى 27 نونبر'، 'زيارة العمل ...، والتي امتدت من يوم الأحد إلى يوم الثلاثاء': a
# relative clause that gives a session's or a visit's days.
_HELD_FROM = prefiltered(r"(?<!\w)و?(?:التي|الذي)\s+(?:(?:ت|ي)(?:نعقد|ستمر|تواصل|متد)\w*|انعقدت|استمرت|امتدت|دامت)"
                         r"\s+(?:من\s+|بين\s+)?$")
# '... أشغال المؤتمر، وذلك إلى غاية يوم الجمعة (2 ماي)': 'and that until' gives the last day as well.
_AND_THAT_UNTIL = prefiltered(r"(?<!\w)وذلك\s+(?:حتي|الي غايه|لغايه)\s+(?:يوم\s+)?$")
# 'في ختام ثلاثة أيام من الأشغال انطلقت الثلاثاء الماضي': the work, definite, is the session's too.
_OPENED_ON = prefiltered(r"(?:(?<!\w)و?(?:التي|الذي)|(?<!\w)ال(?:اشغال|فعاليات))"
                        r"\s+(?:انطلقت|افتتحت|بدات|انطلق|افتتح|بدا)"
                        r"(?:\s+(?:اشغالها|اشغاله|فعالياتها))?\s+(?:يوم\s+|في\s+|امس\s+)?$")
_CONTINUATION_DAYS = 14
_DISPATCH_DAYS = 3  # a dispatch's news: the days around its dateline's
# 'زيارة عمل تستمر خمسة أيام', 'استغرقت يومين', 'امتدت على أربعة أيام', 'على مدى ثلاثة أيام': a duration
# counted from a stated first day, or back from a stated last day when the clause tells the close (_CLOSES).
_DURATION = Prefiltered(re.compile(
    r"(?<!\w)(?:تستمر|يستمر|استمرت|استمر|تمتد|يمتد|امتدت|امتد|تستغرق|يستغرق|استغرقت|استغرق|دامت|دام|تدوم|يدوم|لمده|مدتها"
    r"|علي مدي|علي مدار|طيله|طوال)\s+(?:ل|علي\s+)?"
    rf"(?:(?P<n>\d{{1,2}}|(?:{WORD_NUMBER_PATTERN})ه?)\s+(?:ايام|يوما|يوم)|(?P<two>يومين))(?!\w)"))


# 'لم تسجل سنة 2024 أي زيارة لحموشي إلى واشنطن'، 'دون عقد أي لقاء': not one took place.
_ANY_BEFORE = prefiltered(r"(?<!\w)[بل]?(?:اي|ايه)\s+$")  # 'لا علم لها بأي اجتماع': 'any' with its preposition too
_ANY_AFTER = prefiltered(r"\s+(?:اي|ايه)(?!\w)")  # 'لم يتم توقيع أي وثيقة': its object is 'any'.
# 'لا توجد أي برمجة للقاء بين حموشي وقائد أفريكوم'، 'لم يحدد أي موعد لزيارة': any plan or date for it.
_ANY_PLAN_FOR_BEFORE = prefiltered(r"(?<!\w)(?:اي|ايه)\s+(?:برمجه|موعد|تاريخ|ترتيب|ترتيبات|نيه|خطه|مخطط|تحضير|تحضيرات)"
                                   r"\s+(?:ل|لل)?$")
_ANY_PLAN_REACH = 24  # characters: 'أي ترتيبات ل' before the engagement's word
_NEGATION = prefiltered(r"(?<!\w)[وف]?(?:لم|لن|لا|ليس|ليست|دون|بدون|عدم)(?!\w)")


# A denial's verb: 'نفت'، 'كذب'، 'يفند'، 'نافيا'. 'نفت المديرية ...، "بشكل قاطع"، الأخبار التي تداولتها بعض المواقع،
# ومفادها أن حموشي حل ببروكسل': the news a denial names, and what it told, did not take place.
_DENIAL_VERB = r"(?<!\w)[وف]?(?:نفت|نفي|تنفي|ينفي|نافيا|نافيه|كذبت|كذب|تكذب|يكذب|فندت|فند|تفند|يفند)(?!\w)"
_DENIED_NEWS = prefiltered(_DENIAL_VERB + r"(?:\s+\S+){0,16}?"
                          r"\s+(?:(?:ال)?(?:اخبار|انباء|مزاعم|ادعاءات|شايعات|اشاعات|خبر|منشورات|تدوينات|روايه)"
                          # 'ما تداوله موقع إلكتروني بشأن قيام حموشي بـ"زيارة سرية"'، 'صحة ما أوردته صحيفة': what an
                          # outlet told.
                          # 'ما روجت له حسابات': what accounts spread.
                          r"|ما\s+(?:تداوله|تداولته|روجه|روجته|نشره|نشرته|تناقله|تناقلته|اورده|اوردته|نقله|نقلته"
                          r"|(?:روجت|روج|يروج|تروج)\s+له))(?!\w)")
# 'المنشورات التي زعمت أن حموشي عقد "لقاء سريا"': what someone claimed, a claim's verb before it.
# 'زعمت، نقلا عن "مصادر حكومية"، أن حموشي وصل'، 'نسبت إلى "مصادر دبلوماسية" أن الحموشي حل بمدريد'، 'زعمت في عددها
# الصادر نهاية الأسبوع أن'، 'زعمت قناة جزائرية خاصة، في نشرتها المسائية ليوم الأربعاء، نقلا عن "تسريبات" لم تحدد
# مصدرها، أن': the claim's source, or where and when it was made, may stand between.
# 'روجت صفحات أن حموشي يوجد بباريس': what was spread about him; 'تداولت صفحات على مواقع التواصل، خلال اليومين
# الماضيين، منشورات تؤكد أن ...': what pages passed around.
_CLAIMED = prefiltered(r"(?<!\w)[وف]?(?:(?:زعمت|زعم|يزعم|تزعم|زعموا|ادعت|ادعي|تدعي|يدعي|نسبت|نسب|روجت|روج|تروج|يروج)"
                       r"[\s،,]+(?:\S+\s+){0,16}?|(?:تداولت|تداول|تتداول|يتداول)\s+(?:\S+\s+)?"
                       r"(?:صفحات|حسابات|منشورات|تدوينات|مواقع|منابر|منصات)(?:\s+\S+){0,10}?\s+"
                       # 'صورة قيل إنها توثق لقاء'، 'تداول صورة لحموشي رفقة مسؤول قطري، على أنها من لقاء جديد': what a
                       # photo was passed off as.
                       r"|(?:صوره|صور)(?:\s+\S+){0,6}?\s+(?:قيل|يقال|علي)\s+)ان(?:ه|ها|هم)?(?!\w)"
                       # 'وكانت الصحيفة قد أكدت، نقلا عن "مصدر دبلوماسي"، أن حموشي وصل إلى باريس': what a paper had
                       # reported before, which the story goes on to weigh.
                       # ('وكان الموقع المعني، الذي يبث من خارج المغرب، قد نشر ما قال إنها ...': the outlet described.)
                       # ('وكانت "إل كونفيدنسيال" قد ذكرت ... أن': the paper by its name in quotes.)
                       r"|(?<!\w)[وف]?كانت?\s+(?:(?:ال)?(?:صحيفه|جريده|موقع|مواقع|صحف|منابر|وسايل\s+اعلام)"
                       r"|[\"«][^\"«»]{1,40}[\"»])(?:\s+\S+){0,8}?"
                       # ('قد نشرت، أمس الأربعاء، ما وصفته بـ"البرنامج الكامل" للزيارة، نقلا عن "مصادر دبلوماسية"،
                       # مشيرة إلى أن حموشي سيلتقي ...': when, what and from whom, before what it told.)
                       r"\s+قد\s+(?:اكدت|اكد|ذكرت|ذكر|اوردت|اورد|نشرت|نشر|افادت|افاد)[\s،,]+(?:[^\s.]+\s+){0,14}?"
                       r"ب?ان(?:ه|ها|هم)?(?!\w)"
                       # 'وكان الموقع المذكور قد تحدث عن "لقاء مغلق"': what a site or paper wrote of; 'بينما كانت
                       # منصات إخبارية تتحدث عن زيارة له إلى نواكشوط': what outlets were saying.
                       r"|(?<!\w)[وف]?(?:ال)?(?:موقع|مواقع|صحيفه|صحف|جريده|صفحه|صفحات|منبر|منابر|منصه|منصات|روايه|روايات"
                       r"|اشاعه|اشاعات)(?:\s+\S+){0,3}?"
                       # ('وكانت مواقع إخبارية مغربية قد تحدثت، الأسبوع الماضي، عن جولة خليجية': when, between commas.)
                       r"\s+(?:قد\s+)?(?:تحدث|تحدثت|تتحدث|يتحدث)(?:\s*[،,][^،,.]{1,30}[،,])?\s+عن(?!\w)"
                       # 'نشرت مواقع إلكترونية، يومي الثلاثاء والأربعاء، أن حموشي هو من ترأس الوفد': what websites or
                       # pages put out (not an agency's or a paper's report).
                       r"|(?<!\w)[وف]?(?:نشرت|نشر)\s+(?:مواقع|صفحات|حسابات|منصات)"
                       r"(?:[\s،,]+[^\s،,]+){0,6}?[\s،,]+"
                       r"ان(?:ه|ها|هم)?(?!\w)"
                       # 'أما ما راج على بعض المواقع عن زيارة خاطفة قام بها حموشي إلى القاهرة': what went round.
                       r"|(?<!\w)[وف]?ما\s+(?:راج|يروج|روج|راجت)(?:\s+\S+){0,6}?\s+(?:عن|حول|بشان)(?!\w)"
                       # 'تداولت مواقع إسبانية خبرا عن لقاء': news passed around.
                       r"|(?<!\w)[وف]?(?:تداولت|تداول|تتداول|يتداول)\s+(?:صفحات|حسابات|مواقع|صحف|منابر)(?:\s+\S+){0,3}?"
                       r"\s+(?:خبرا|اخبارا|انباء)\s+عن(?!\w)"
                       # 'وكانت مواقع إلكترونية قد تداولت، مساء أمس، خبر الاجتماع مرفوقا بصورة لحموشي': the news they
                       # passed around, their subject told before.
                       r"|(?<!\w)[وف]?(?:تداولت|تداول|تتداول|يتداول)(?:[\s،,]+[^\s،,]+){0,3}?[\s،,]+(?:خبر|اخبار)(?!\w)")
# 'وأكد ...'، 'بل': what the denial's author affirms after it.
# 'روجت صفحات أن حموشي يوجد بباريس، بينما كان يستقبل بالرباط ...': what is set against the claim is affirmed.
_AFFIRMED = prefiltered(r"(?<!\w)[وف]?(?:اكد|اكدت|مؤكدا|موكدا|موكده|اوضح|اوضحت|بل|بينما|في\s+حين)(?!\w)")


def _denied(text: str, engagement: Engagement, clause_start: int) -> str | None:
    """'denied' when the sentence says no such engagement took place: news a denial names before it, with
    nothing affirmed between, or its engagement word next to 'any' (أي: 'أي لقاء'، 'توقيع أي وثيقة') with a
    negation before it in the clause or 'baseless' after it."""
    trigger = engagement.trigger
    if trigger is None:
        return None
    denial = _DENIED_NEWS.search(text, 0, trigger.start) or _CLAIMED.search(text, 0, trigger.start)
    if ((denial is not None and not _AFFIRMED.search(text, denial.end(), trigger.start))
            or _BASELESS_BEFORE.search(text, max(0, trigger.start - _DENIAL_REACH), trigger.start)
            or _DENIES_IT_BEFORE.search(text, max(0, trigger.start - _DENIES_IT_REACH), trigger.start)
            or _DECLINED_BEFORE.search(text, max(0, trigger.start - _DENIAL_REACH), trigger.start)
            or _UNCONFIRMED_BEFORE.search(text, max(0, trigger.start - _UNCONFIRMED_REACH), trigger.start)
            or _NO_SOURCE_CONFIRMS_BEFORE.search(text, max(0, trigger.start - _UNCONFIRMED_REACH), trigger.start)
            or _NOT_DONE_BEFORE.search(text, max(0, trigger.start - _DENIAL_REACH), trigger.start)
            or _NOT_TAKING_PART.search(text, clause_start, trigger.end)
            or _NOT_BOUND_BEFORE.search(text, max(0, trigger.start - _DENIAL_REACH), trigger.start)
            or _DENIED_HE_HAD.search(text, 0, trigger.start)
            or _BASELESS_AFTER.match(text, trigger.end) or _FABRICATED_AFTER.match(text, trigger.end)
            or _ALLEGED_AFTER.match(text, trigger.end) or _ASCRIBED_TO_HIM_AFTER.match(text, trigger.end)
            or _DENIED_AFTER.search(text, trigger.end)
            or _NEVER_HAPPENED_AFTER.match(text, trigger.end) or _CALLED_OFF_AFTER.match(text, trigger.end)
            or _EXPECTED_THEN_CALLED_OFF.match(text, trigger.end) or _EXPECTED_NEVER_HAPPENED.match(text, trigger.end)
            or _CALLED_OFF_BEFORE.search(text, max(0, trigger.start - _CALLED_OFF_REACH), trigger.start)
            or _CALLED_OFF_WHAT_WAS_SET.search(text, max(0, trigger.start - _CALLED_OFF_SET_REACH), trigger.start)
            or _WITHOUT_HIM_AFTER.match(text, trigger.end) or _LIMITED_TO_OTHERS_AFTER.match(text, trigger.end)
            or (_NEITHER_DURING_BEFORE.search(text, max(clause_start, trigger.start - _NEITHER_REACH), trigger.start)
                and _NOR_AFTER.match(text, trigger.end))):
        return "denied"
    any_before = not trigger.is_verb and (
        _ANY_BEFORE.search(text, max(clause_start, trigger.start - 6), trigger.start)
        or _ANY_PLAN_FOR_BEFORE.search(text, max(clause_start, trigger.start - _ANY_PLAN_REACH), trigger.start))
    if not (any_before or _ANY_AFTER.match(text, trigger.end)):
        return None
    baseless = _BASELESS.search(text, trigger.end)
    return "denied" if _NEGATION.search(text, clause_start, trigger.start) or baseless else None


# 'لم يلتق أي ممثل عن السفارة، لا خلال أيام الجمعية العامة ولا خارجها': neither during the gathering nor outside it.
_NEITHER_DURING_BEFORE = prefiltered(r"(?<!\w)لا\s+(?:خلال|في|اثناء|قبل|بعد|علي\s+هامش)(?:\s+[^\s،,.]+){0,2}?\s+$")
_NEITHER_REACH = 30  # characters: 'لا خلال أيام' before the gathering's words
_NOR_AFTER = prefiltered(r"(?:\s+[^\s،,.]+){0,3}?\s+ولا(?!\w)")


# 'أصدر تعليماته بتعزيز حضور المصالح المغربية في الاجتماعات': what he ordered others to do.
_ORDERS = prefiltered(r"(?<!\w)[وب]?(?:تعليمات|تعليماته|توجيهات|توجيهاته)(?!\w)")


def _ordered(text: str, engagement: Engagement, clause_start: int) -> str | None:
    """'other_actor' when the engagement word is what an order asks for: after 'تعليماته' in the clause, with no
    comma between."""
    trigger = engagement.trigger
    if trigger is None:
        return None
    orders = list(_ORDERS.finditer(text, clause_start, trigger.start))
    return "other_actor" if orders and "،" not in text[orders[-1].end():trigger.start] else None


# 'الحديث عن أي توشيح "لا أساس له من الصحة"': what is told of 'any' such engagement is baseless.
# 'مصدر أمني يفند "الزيارة السرية" المنسوبة لحموشي': the engagement itself, what a denial's verb takes.
_DENIES_IT_BEFORE = prefiltered(_DENIAL_VERB + r"[^،.؛]*$")
_DENIAL_REACH = 40  # characters: a denial's subject ('مصدر أمني') stands between it and what it denies
# 'مصدر أمني ينفي لقاء حموشي بمدير الاستخبارات الروسية خلال زيارة ميدفيديف': the denied meeting and whom it was with
# may stand between the denial and the occasion's word, with no break.
_DENIES_IT_REACH = 64
# 'نفى مصدر أمني، اليوم الجمعة، أن يكون عبد اللطيف حموشي قد استقبل ...': denied that he had done it, his name and a
# day between.
_DENIED_HE_HAD = prefiltered(_DENIAL_VERB + r"[^.؛]{0,60}?\s+ان\s+(?:يكون|تكون)\s+[^،.؛]{0,60}?(?:\s|^)قد\s+$")
# 'حموشي لم يشارك في مؤتمر لشبونة'، 'لم يشارك أصلا في أشغال المنتدى'، 'لم يزر باريس': the verb of taking part, or the
# engagement's own, negated;
# 'حموشي لم يرافق حصاد في جولته': he did not go along on another's trip.
_NOT_DONE_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:لم|لن)\s+(?:(?:يشارك|يحضر|يتراس)\s+(?:اصلا\s+|مطلقا\s+)?(?:في\s+)?"
                               r"(?:اشغال\s+)?"
                               r"|(?:يرافق|يرافقه|يرافقها|يصاحب|يصاحبه)\s+(?:\S+\s+){0,4}?(?:في|خلال)\s+"
                               # 'ولم يسبق له أن قام بزيارة رسمية إلى المغرب': never before.
                               r"|يسبق\s+ل\S*\s+ان\s+(?:(?:قام|قامت)\s+ب?)?"
                               # '"لم يكن ضمن الوفد" الذي حل بمقرها': he was not in the party that came.
                               r"|(?:يكن|يكون)\s+(?:ضمن|من\s+بين|بين|في|من)\s+(?:اعضاء\s+)?(?:ال)?(?:وفد|بعثه)\S*"
                               r"\s*[\"«»]?\s+(?:الذي|التي)\s+)?$")
# 'ولا يحضر حموشي شخصيا هذا الاجتماع التقني، ...، وتتواصل أشغاله يومين'، 'لم يحضر المدير العام هذه الدورة': he does
# not, or did not, attend the gathering the clause goes on to tell.
_NOT_TAKING_PART = prefiltered(r"(?<!\w)[وف]?(?:لم|لن|لا)\s+(?:يشارك|يحضر|يتراس)(?:\s+(?:حموشي|الحموشي|المدير\s+العام"
                               r"|شخصيا|اصلا|مطلقا|هذا|هذه|ذلك|تلك|في|اشغال)){0,4}\s+(?:ال)?(?:اجتماع|دوره|موتمر|لقاء"
                               r"|ملتقي|منتدي|قمه|جمعيه|ندوه)(?!\w)")
# 'لكنه اجتمع بمدير الشرطة القضائية'، 'غير أنها التقت مع رئيس المكتب': whom the visitor met instead.
_BUT_MET_ANOTHER = prefiltered(r"(?<!\w)[وف]?(?:لكن|لكنه|لكنها|غير\s+انه|غير\s+انها)\s+(?:اجتمع|اجتمعت|التقي|التقت)"
                               r"\s+(?:ب|مع\s+)")
# 'ولا يرتبط المغرب حتى الآن باتفاق عملياتي مع يوروبول': no agreement binds them yet.
_NOT_BOUND_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:لا|لم)\s+(?:يرتبط|ترتبط|يربط|تربط)(?:\s+\S+){0,5}?\s+ب?$")
# 'لم يصدر أي تأكيد رسمي بخصوص هذه الزيارة': no one confirmed it took place.
# ('ولم يصدر إلى حدود الساعة أي تأكيد رسمي لتاريخ الزيارة': nor its date.)
# ('لم يصدر أي تأكيد رسمي من المديرية أو من الجانب الأمريكي بخصوص موعد الزيارة': from whom, and of its date.)
_UNCONFIRMED_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:لم|لا)\s+(?:\S+\s+){0,5}?تاكيد\w*(?:\s+[^\s.؛]+){0,10}?"
                                 r"\s+(?:(?:بخصوص|بشان|حول|عن)\s+(?:(?:موعد|تاريخ|برنامج)\s+)?"
                                 r"(?:(?:هذه|هذا|تلك|ذلك)\s+)?|ل(?:هذه|هذا|تلك|ذلك)\s+|ل(?:تاريخ|موعد)\s+)$")
# 'ولا يوجد أي مصدر رسمي، مغربي أو فرنسي، يؤكد انعقاد لقاء': no source confirms it.
_NO_SOURCE_CONFIRMS_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:لا|لم)\s+(?:يوجد|يصدر|يرد)\s+(?:اي\s+)?(?:مصدر|بلاغ|بيان)"
                                         r"(?:\s+[^\s.؛]+){0,8}?\s+(?:يوكد|توكد|اكد)\s+(?:(?:انعقاد|حصول|وقوع|اجراء)\s+)?$")
_UNCONFIRMED_REACH = 140  # characters: 'لم يصدر إلى حدود الساعة أي تأكيد رسمي لتاريخ' before the engagement's word
# 'كما اعتذر مسؤول أمني أوروبي عن زيارة كانت مقررة': one who sent his regrets did not come.
_DECLINED_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:اعتذر|اعتذرت|اعتذروا)\s+(?:\S+\s+){0,4}?عن\s+$")
# '... لقاء مزعوما'، '"الزيارة السرية" المنسوبة لحموشي'، 'لقاء سري قيل إنه جمع': alleged, ascribed to him, said
# by no one named.
# ('في زيارة قيل إنها مهدت لتنسيق أوثق': what the visit was said to have led to, not whether it took place.)
_ALLEGED_AFTER = prefiltered(r"(?:\s*[\"«»]?\s*(?:ال)?(?:سريه|سري|سريا)[\"«»]?)?\s+(?:(?:ال)?(?:مزعوم|منسوب)\w*"
                             # ('الزيارة "السرية" التي قيل إن الحموشي قام بها إلى تل أبيب'.)
                             r"|(?:(?:التي|الذي)\s+)?قيل\s+(?:انه|انها|ان)(?!\s+(?:مهدت|مهد|ساهمت|ساهم|اسفرت|اسفر|توجت|توج|شكلت|شكل"
                             r"|فتحت|فتح|خصصت|خصص|تناولت|تناول|ركزت|ركز)(?!\w)))(?!\w)")
# '"زيارة سرية" إلى بروكسل سنة 2016 نسبتها إليه صحيفة جزائرية': what a paper ascribed to him.
_ASCRIBED_TO_HIM_AFTER = prefiltered(r"[\"«»]?(?:\s+[^\s،,.]+){0,5}?\s+(?:نسبتها|نسبته|نسبها|نسبه|نسبوها|نسبوه)"
                                     r"\s+(?:اليه|له)(?!\w)")
# 'خبرا عن لقاء جمع حموشي بمسؤول ... بالرباط، وهو ما نفته مصادر مغربية'، 'رواية ... عن زيارة ...، بعدما نفتها مصادر
# رسمية': what a denial after it takes back; 'وهو ما لم يتسن للوكالة التأكد منه': a report no one
# confirmed.
_DENIED_AFTER = prefiltered(r"(?<!\w)(?:(?:وهو\s+ما|بعدما|بعد\s+ان"
                           # 'أخبار عن "زيارة سرية" ...، وهي الأخبار التي نفتها المصالح الأمنية'
                           r"|(?:وهو|وهي)\s+(?:ال)?(?:اخبار|انباء|روايه|خبر|مزاعم|ادعاءات)\s+(?:التي|الذي))\s+"
                           r"(?:(?:نفته|نفتها|نفاه|نفاها|كذبته|كذبتها|فندته|فندتها)|لم\s+يتسن\w*\s+(?:\S+\s+){0,3}?التاكد)"
                           # 'وهي رواية وصفتها المصادر المغربية بأنها من نسج الخيال'
                           r"|(?:وهو|وهي)\s+(?:ما|روايه|خبر|ادعاء|مزاعم)\s+(?:\S+\s+){0,6}?[^\w\s]?"
                           r"(?:من\s+نسج\s+الخيال|عار\w*\s+من\s+الصحه|لا\s+اساس\s+لها|مجرد\s+اشاع\w*))(?!\w)")
# '"الزيارة لم تحدث أصلا"'، 'زيارة حموشي إلى نجامينا لم تتم': the engagement, then that it did not take place (the
# clause ends there: 'لم يتم الإعلان عن تفاصيله' says only what was not told of it).
_NEVER_HAPPENED_AFTER = prefiltered(r"(?:\s+[^\s،,.:؛\"«»]+){0,8}?(?:\s+|\s*[\"«»]\s*)لم\s+"
                                   r"(?:تحدث|يحدث|تتم|يتم|تجر|يجر|تحصل|يحصل|تنعقد|ينعقد)"
                                   r"(?:\s+(?:اصلا|قط|اطلاقا|نهاييا|بعد))?\s*(?:[\"«»،,.:؛]|$)")
# 'اجتماع يوروبول في لاهاي خلال أبريل، وهي مشاركات لم يحضرها المدير العام شخصيا': told, then said to be without him.
# (Not 'لقاء لم يحضره الصحفيون': others who stayed away.)
_WITHOUT_HIM_AFTER = prefiltered(r"(?:\s+[^\s.:؛]+){0,12}?\s+لم\s+(?:يحضرها|يحضره|يشارك\s+فيها|يشارك\s+فيه)"
                                r"(?:\s*(?:[.،,؛]|$)|\s+(?:المدير\s+العام|حموشي|الحموشي|عبد\s+اللطيف|شخصيا)(?!\w))")
# 'مؤكدا أن برنامج الزيارة «اقتصر على وزارة الخارجية وبعض المؤسسات الدينية»': the visit's programme held others, not
# him (named there, he would be in it: 'اقتصر على لقاء حموشي').
_LIMITED_TO_OTHERS_AFTER = prefiltered(r"\s*[\"«]?\s*(?:اقتصر|اقتصرت|يقتصر|تقتصر)\s+علي\s+(?!(?:\S+\s+){0,3}?"
                                       r"(?:ال)?(?:حموشي|المدير\s+العام|المديريه\s+العامه)(?!\w))")
# 'زيارة كانت مبرمجة إلى واشنطن خلال أبريل، قبل أن تؤجل إلى أجل غير مسمى'، 'لقاء ألغي في آخر لحظة'، 'قبل أن يتقرر
# تأجيلها'، 'قد تأجلت': put off or called off, it did not take place. (Not 'حلت بالمملكة ... بعدما تأجلت زيارتها
# التي كانت مبرمجة في ...': put off before, it took place now.)
# Put off or called off, and its pronoun forms ('تأجيلها'، 'إرجاؤها').
_CALLED_OFF_VERBS = ("توجل|يوجل|اجلت|تاجلت|تاجل|ارجيت|ارجي|ترجا|يرجا|الغيت|الغي|تلغي|يلغي|تاجيلها|تاجيله"
                     "|ارجاوها|ارجاوه|الغاوها|الغاوه")
_CALLED_OFF_AFTER = prefiltered(r"(?:\s+[^\s.:؛]+){0,12}?\s+(?:قبل\s+ان\s+(?:ت|ي|يتم\s+|تم\s+|يتقرر\s+|تقرر\s+)?)?"
                               r"(?<!بعدما\s)(?<!بعد\sان\s)(?<!بعد\s)(?<!عقب\s)(?<!اثر\s)"
                               rf"(?:{_CALLED_OFF_VERBS})(?!\w)")
# 'الزيارة التي كان من المنتظر أن يقوم بها ... إلى الرباط منتصف الشهر الجاري، أرجئت': one that was to come, then
# put off however far after (not 'زيارة ...، بعدما حالت الجائحة دون تنظيمها ...، حين أُلغيت الرحلة': another trip).
_EXPECTED_THEN_CALLED_OFF = prefiltered(
    r"(?:\s+(?:ال)?(?:عمل|رسميه|خاصه))?\s+(?:التي|الذي)\s+كان\s+(?:من\s+(?:المنتظر|المرتقب|المقرر|المفترض)|مقررا"
    r"|مرتقبا|منتظرا)\s+ان(?!\w)[^.؛]*?"
    r"(?<!\w)(?:قد\s+)?(?:توجل|يوجل|اجلت|تاجلت|ارجيت|ارجي|الغيت|الغي)(?!\w)")
# 'الزيارة التي أعلنت عنها بيروت ...، والتي كان من المفترض أن يقوم بها حموشي إلى العاصمة اللبنانية، لم تتم': one
# that was to come, then said not to have taken place.
_EXPECTED_NEVER_HAPPENED = prefiltered(
    r"[^.؛]{0,80}?(?<!\w)و?(?:التي|الذي)\s+كان\s+(?:من\s+(?:المنتظر|المرتقب|المقرر|المفترض)|مقررا|مرتقبا|منتظرا)"
    r"\s+ان(?!\w)[^.؛]*?(?<!\w)لم\s+(?:تتم|يتم|تحدث|يحدث|تجر|يجر|تنعقد|ينعقد)(?!\w)")
# 'أرجئت زيارة حموشي إلى نواكشوط'، 'تأجيل زيارة مدير الأمن المغربي'، 'إلغاء لقاء': put off or called off, said first;
# 'ألغي في مارس 2020 اجتماع أمني رفيع بمدريد': with when it was called off between.
_CALLED_OFF_FIRST = r"(?<!\w)[وف]?(?:اجلت|ارجيت|ارجي|الغيت|الغي|تاجيل|ارجاء|الغاء)"  # the verb or noun, said first
_CALLED_OFF_BEFORE = prefiltered(_CALLED_OFF_FIRST +
                                 r"(?:\s+(?:في|خلال|يوم|مطلع|منتصف|اواخر|اواسط)(?:\s+[^\s،,.:؛]+){1,3})?\s+$")
_CALLED_OFF_REACH = 40  # characters: the verb, and when, before the engagement word
# 'كما ألغيت المشاركة التي كانت مقررة لحموشي، خلال شهر أبريل، في منتدى دولي': called off, then what was set, up to the
# gathering it was set at.
_CALLED_OFF_WHAT_WAS_SET = prefiltered(
    _CALLED_OFF_FIRST + r"\s+(?:ال)?(?:مشاركه|زياره|رحله|لقاء|اجتماع)\s+"
    r"(?:التي|الذي)\s+(?:كانت|كان)\s+(?:مقرره|مقررا|مبرمجه|مبرمجا|مرتقبه|مرتقبا|منتظره|منتظرا"
    r"|من\s+(?:المقرر|المنتظر|المرتقب|المفترض))(?!\w)[^.؛]*$")
_CALLED_OFF_SET_REACH = 160
_CALLED_OFF_WORD = prefiltered(rf"(?<!\w)[وف]?(?:{_CALLED_OFF_VERBS}|تاجيل|ارجاء|الغاء)(?!\w)")
# 'لا أساس لـ"زيارة سرية"'، 'لا صحة لـ"لقاء إسطنبول"'، 'لا صحة لأنباء لقاء': the news of it named or not.
# 'لا صحة لما نشر حول "زيارة سرية"'، 'لا صحة للأخبار المتداولة حول زيارة': what was published about it, too.
_BASELESS_BEFORE = prefiltered(
    # 'ولا وجود لأي "زيارة سرية" إلى مدريد': there was none.
    r"(?<!\w)[وف]?لا\s+وجود\s+(?:ل(?:اي|ايه)?\s*)?\W*$|"
    # 'لا صحة لاستقبال حموشي وفدا': the engagement's word bears the ل itself.
    r"(?<!\w)لا\s+(?:اساس|صحه)\s+$|"
    # 'الصور المتداولة ... لا علاقة لها بزيارة الدبلوماسي الإكوادوري': what he is said to have no part in.
    r"(?<!\w)[وف]?لا\s+علاقه\s+(?:له|لها|لهم|لهما)\s+$|"
    r"(?<!\w)لا\s+(?:اساس|صحه)\s+ل(?:(?:ال|ل)?(?:انباء|اخبار|خبر|روايه|مزاعم|ادعاءات)\s+"
    r"(?:(?:\S+\s+){0,3}?(?:حول|بشان|عن)\s+)?"
    r"|ما\s+(?:\S+\s+){1,4}?(?:حول|بشان|عن)\s+)?\W*$")
# '... وخبر "لقاء باريس" لا أساس له': the news named, then said to be baseless.
_BASELESS_AFTER = prefiltered(r"(?:\s+[^\s.،,]+){0,3}?\s*[\"«»]?\s*(?:لا\s+اساس\s+(?:له|لها)"
                              # '"لقاء باريس" مجرد اختلاق': a mere fabrication.
                              r"|مجرد\s+(?:اختلاق|افتراء|اشاعه|اشاعات|شايعه|شايعات|ادعاء|ادعاءات|اكاذيب))(?!\w)")
_BASELESS = prefiltered(r"(?<!\w)(?:لا\s+اساس\s+(?:له|لها)\s+من\s+الصحه|عار(?:يه)?\s+(?:تماما\s+)?من\s+الصحه)(?!\w)")
# 'خبر "لقاء جنيف" بين حموشي ومسؤول استخباراتي جزائري "مختلق جملة وتفصيلا"': the news named, its parties, then
# said to be made up.
_FABRICATED_AFTER = prefiltered(r"(?:\s+[^\s.،,]+){0,7}?\s*[\"«»]?\s*(?:مختلق|مختلقه|ملفق|ملفقه|مفبرك|مفبركه)(?!\w)")


# 'الزيارة المذكورة', 'اللقاء السالف الذكر': an engagement the article already told of, whatever
# other date stands in the clause.
_BACK_AFTER = prefiltered(r"^\s+(?:المذكور|المذكوره|السالف|السالفه|المشار)(?!\w)")


def _refers_back(text: str, engagement: Engagement) -> str | None:
    trigger = engagement.trigger
    if trigger is None or trigger.is_verb:
        return None
    if _BACK_AFTER.match(text[trigger.end:trigger.end + 20]) or (
            text.startswith("ال", trigger.start) and (
                _TOPIC_AFTER.match(text, trigger.end)
                or (_DURING_BEFORE.search(text, max(0, trigger.start - 12), trigger.start)
                    and _CLOSED_HERE.match(text, trigger.end)))):
        # ('قولها، خلال اللقاء، إن "ما تحقق يوم الاثنين ..."': 'during the meeting', set off alone, is the one told
        # before; a date the clause holds is what was said there.)
        return "repeats_earlier_mention"
    return None


# 'وتتزامن زيارة المسؤول المغربي مع انعقاد معرض ومؤتمر الأمن الداخلي': what his engagement coincides with is its
# setting, not another engagement of his.
_COINCIDES_WITH = prefiltered(r"(?<!\w)[وف]?(?:تتزامن|يتزامن|تزامنت|تزامن)\s+(?:\S+\s+){0,4}?مع(?!\w)")
# The session, its name and its venue: '... مع انعقاد معرض ومؤتمر ...، الذي انطلق بمركز الدوحة للمعارض والمؤتمرات'.
_COINCIDING_REACH = 160


def _coinciding(text: str, engagement: Engagement) -> str | None:
    trigger = engagement.trigger
    if trigger is None or engagement.meeting_type != "conference":
        return None
    found = _COINCIDES_WITH.search(text, max(0, trigger.start - _COINCIDING_REACH), trigger.start)
    return "coinciding_event" if found else None


# 'وأوضح المصدر أن المباحثات تركزت على ... في سوريا'، 'أن اللقاء، الذي امتد لساعتين، خصص لتقييم حصيلة التنسيق خلال
# السنة الماضية': the talks told, and what they were about (a period they reviewed is no date of theirs).
_TOPIC_AFTER = prefiltered(r"(?:\s*،\s*(?:الذي|التي)[^،.]*،)?\s+(?:تركزت|تمحورت|انصبت|تناولت|همت|ركزت|خصص|خصصت|كرس"
                           r"|كرست)(?!\w)")


# 'لقاء عبر تقنية التناظر المرئي'، 'اجتماعا عبر تقنية الفيديو'، 'اجتماع عن بعد'، 'اجتماعا افتراضيا': held on a
# screen, said right after the engagement's word (not 'آخر لقاء حضوري قبل أشهر من الاجتماعات عن بعد', nor 'تمويلهم عبر
# العملات الافتراضية').
_REMOTELY_AFTER = prefiltered(r"\s*(?:[^\s،,.]+\s+){0,3}?(?:(?:عبر|بواسطه|عن\s+طريق|ب)\s*(?:تقنيه\s+)?(?:ال)?"
                              r"(?:تناظر|اتصال|مناظره|فيديو)|عن\s+بعد|افتراضي(?:ه|ا)?|مرييا?)(?!\w)")


def _held_remotely(engagement: Engagement, text: str, clause_end: int) -> Engagement:
    """A meeting held by video link ('أجرى ... اتصالا مرئيا'، 'لقاء عبر تقنية التناظر المرئي'): no one travelled, so it
    has no direction and is no visit (the country stays the counterpart's)."""
    trigger = engagement.trigger
    if trigger is None or not ("مريي" in trigger.word or _REMOTELY_AFTER.match(text, trigger.end, clause_end)):
        return engagement
    kind = "meeting" if engagement.meeting_type in ("visit_abroad", "hosted_visit") else engagement.meeting_type
    return replace(engagement, direction=UNKNOWN, meeting_type=kind)


def _on_the_sidelines_at_home(engagement: Engagement, scene: _Scene, start: int, end: int, date: DateMention,
                              accepted: list[dict]) -> Engagement:
    """'وعلى هامش الاجتماعات ...، كما التقى أمس الأربعاء المديرة التنفيذية ليوروبول' on a page that told a session
    hosted at home ('اختتمت اليوم في مدينة مراكش أعمال الدورة 93'): talks on its sidelines, on one of its days,
    that the clause places nowhere, were held where it sat: at home, whoever came (a body's official too)."""
    text = scene.sentence.norm.text
    if (engagement.reject_reason is not None or engagement.direction == HOSTED or date.precision != dates_mod.DAY
            or not SIDELINES.search(text, 0, end)
            or any(r.iso2 is not None and r.role in ("location", "destination") and start <= r.mention.start < end
                   for r in scene.roles)):
        return engagement
    session = next((c for c in reversed(accepted) if c["meeting_type"] == "conference" and c["country_iso2"] == HOME
                    and c["date_precision"] == dates_mod.DAY
                    and c["start_date"] <= date.first_day <= date.last_day <= c["end_date"]), None)
    if session is None or engagement.counterpart.organization_code == session["organization_code"]:
        return engagement
    if engagement.counterpart.organization_code is not None:
        engagement = with_country(engagement, HOME)
    return replace(engagement, direction=HOSTED,
                   meeting_type="meeting" if engagement.meeting_type == "conference" else engagement.meeting_type)


def _extends_accepted(text: str, date: DateMention, accepted: list[dict], sentence_index: int) -> bool:
    """Stretch the event just reported to the last day this clause (of sentence `sentence_index`) gives it, if
    that is what it says."""
    before = text[max(0, date.start - 60):date.start]
    if date.precision != dates_mod.DAY:
        return False
    if _HELD_FROM.search(before) and date.start_date != date.end_date:
        # 'افتتحت اليوم الاثنين أشغال الدورة 93، التي تنعقد من 24 إلى 27 نونبر': the days of the session
        # just reported, when they hold its day.
        for candidate in reversed(accepted):
            if (candidate["date_precision"] == dates_mod.DAY
                    and date.first_day <= candidate["start_date"] <= candidate["end_date"] <= date.last_day):
                candidate["start_date"], candidate["end_date"] = date.first_day, date.last_day
                return True
        return False
    if _OPENED_ON.search(before):
        # '... الجلسة الختامية للدورة 92، التي انطلقت أشغالها يوم الاثنين الماضي': the first day of the
        # session just reported; 'يواصل اليوم الخميس زيارة العمل ...، والتي انطلقت أمس الأربعاء': of the visit.
        for candidate in reversed(accepted):
            end = candidate["end_date"]
            if (candidate["meeting_type"] in ("conference", "visit_abroad", "hosted_visit")
                    and candidate["date_precision"] == dates_mod.DAY
                    and date.first_day <= candidate["start_date"]
                    and end - date.first_day <= dt.timedelta(days=_CONTINUATION_DAYS)):
                candidate["start_date"] = date.first_day
                return True
        return False
    if not dates_mod.UNTIL_BEFORE.search(before) or not (_CONTINUES.search(before) or _AND_THAT_UNTIL.search(before)):
        return False
    for candidate in reversed(accepted):
        start = candidate["start_date"]
        near = candidate["date_precision"] == dates_mod.DAY and start <= date.end_date <= start + dt.timedelta(
            days=_CONTINUATION_DAYS)
        if not near and candidate["sentence_index"] != sentence_index:
            # 'وتتواصل الزيارة إلى غاية اليوم الأربعاء' after a reception of 2016 the page recalled: what goes on is
            # an engagement of these days, told before it.
            continue
        if candidate["direction"] == HOSTED and candidate["meeting_type"] != "conference":
            # 'استقبل ... مدير الشرطة ..., الذي يقوم بزيارة للمملكة تمتد إلى غاية الجمعة': the guest's stay, told
            # with the reception, is the visit he hosted (seeds: a visit is one event, its days what it lasted).
            if candidate["meeting_type"] == "hosted_visit" and candidate["sentence_index"] == sentence_index and near:
                candidate["end_date"] = max(candidate["end_date"], date.end_date)
            return True
        if candidate["meeting_type"] == "meeting" and SIDELINES.search(candidate["sentence_text"]):
            # 'وعلى هامش هذه التظاهرة، خص حموشي، أمس الجمعة، مدير الأمن العام الأردني بجلسة مباحثات' then 'وتستمر
            # فعاليات الأبواب المفتوحة إلى غاية الأربعاء 22 ماي': talks on the sidelines are one sitting; what goes on
            # is the event they were held at.
            continue
        if near:
            candidate["end_date"] = max(candidate["end_date"], date.end_date)
            return True
    return False


# 'اختتم أمس زيارة دامت يومين'، 'اختتمت اليوم أعمال الدورة التي استمرت أربعة أيام'، 'يغادر اليوم، منهيا زيارة
# استمرت ثلاثة أيام': the date is the last day.
_CLOSES = prefiltered(r"(?<!\w)[وف]?(?:[اتي]?ختتم|اختتمت|اختتام|ختام|انهي|انهت|اسدل|اسدلت|منهيا|مختتما)(?!\w)")
# 'تختتم فعالياته مساء اليوم الخميس'، 'وتنتهي أشغالها يوم الجمعة'، 'وتختتم غدا الجمعة': the day it closes.
_CLOSES_ON_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:[تي]ختتم|تنتهي|ينتهي)"
                                r"(?:\s+(?:اشغاله|اشغالها|فعالياته|فعالياتها|اعماله|اعمالها))?\s+(?:(?:يوم\s+)?غدا?\s+)?"
                                r"(?:يوم\s+|مساء\s+|صباح\s+)?$")
_CLOSES_ON_REACH = 30


# 'اختتم ... اليوم الأربعاء زيارة رسمية بدأها يوم الاثنين الماضي'، '... زيارة العمل التي قادته منذ يوم الأحد إلى
# اليابان': the first day of what closed on the day after.
_BEGUN_ON = prefiltered(r"(?<!\w)(?:(?:التي\s+|الذي\s+)?(?:بداها|بداه|بدات|بدا|استهلها|انطلقت)|منذ)"
                       r"\s+(?:يوم\s+|في\s+)?$")


def _begun_before_close(date: DateMention, text: str, dates: list[DateMention], opened: bool,
                        is_session: bool) -> DateMention:
    """A day told as the first of an engagement the sentence closed on an earlier-named day runs to that day; so
    does a day it opened on, when a later day is told as its close ('انطلقت صباح اليوم أعمال القمة، التي ... تختتم
    الخميس المقبل'); a session's also when told to go on until that day ('أشغال الدورة ... التي افتتحت يوم الثلاثاء،
    وتتواصل إلى غاية يوم غد الجمعة'; an exhibition that goes on after his visit does not stretch the visit)."""
    if date.precision != dates_mod.DAY:
        return date
    closed = None
    if opened:
        closed = next((d for d in dates if d.start >= date.end and d.precision == dates_mod.DAY and d.resolved
                       and (_CLOSES_ON_BEFORE.search(text, max(0, d.start - _CLOSES_ON_REACH), d.start)
                            or (is_session and _runs_until(text, d)))), None)
    if closed is None and _BEGUN_ON.search(text, max(0, date.start - 20), date.start):
        closed = next((d for d in dates if d.end <= date.start and d.precision == dates_mod.DAY and d.resolved
                       and _CLOSES.search(text, 0, d.start + 40)), None)
    if closed is None or not date.last_day < closed.first_day <= date.first_day + dt.timedelta(
            days=_CONTINUATION_DAYS):
        return date
    return replace(date, end_date=closed.first_day)


# 'اختتمت اليوم فعاليات المعرض ...، التي انطلقت يوم الثلاثاء الماضي': closed on the page's own day.
_CLOSED_TODAY = prefiltered(r"(?<!\w)[وف]?(?:اختتمت|اختتم|انتهت|انتهي|اسدل)\s+(?:مساء\s+|صباح\s+)?اليوم(?!\w)")


def _closed_today(date: DateMention, text: str, clock: ArticleClock) -> DateMention:
    """A day told as the first of what the sentence says closed today ('اختتمت اليوم ...، التي انطلقت يوم
    الثلاثاء الماضي') runs to the page's day."""
    if (date.precision != dates_mod.DAY or not date.resolved or clock.date is None or clock.precision != dates_mod.DAY
            or not date.last_day < clock.date <= date.first_day + dt.timedelta(days=_CONTINUATION_DAYS)
            or not _BEGUN_ON.search(text, max(0, date.start - 20), date.start)
            or not _CLOSED_TODAY.search(text, 0, date.start)):
        return date
    return replace(date, end_date=clock.date)


def _the_sessions_days(date: DateMention, dates: list[DateMention]) -> DateMention:
    """'حل حموشي أمس الأربعاء بتونس للمشاركة في أشغال الدورة 48 ...، التي تنعقد يومي 4 و5 دجنبر': the days the
    sentence goes on to give the gathering, when they hold the day he came, are the gathering's he took part in."""
    if date.precision != dates_mod.DAY or not date.resolved:
        return date
    span = next((d for d in dates if d.start >= date.end and d.precision == dates_mod.DAY and d.resolved
                 and d.first_day <= date.first_day <= date.last_day <= d.last_day and d.last_day > date.last_day),
                None)
    return date if span is None else replace(date, start_date=span.first_day, end_date=span.last_day)


# 'بزيارة عمل للمملكة تمتد إلى غاية 15 مارس الجاري'، 'تستمر حتى يوم الخميس': the last day of what is under way.
_RUNS_UNTIL_BEFORE = prefiltered(r"(?<!\w)[وف]?[تي](?:مت|ست|تواص)\w*(?:\s+\S+){0,2}?\s+(?:الي\s+غايه|حتي|الي)\s+"
                                r"(?:يوم\s+)?(?:غدا?\s+)?$")
_RUNS_UNTIL_REACH = 40


def _runs_until(text: str, date: DateMention) -> bool:
    """Whether the words right before the date say what is under way runs until it ('وتتواصل إلى غاية يوم غد')."""
    return _RUNS_UNTIL_BEFORE.search(text, max(0, date.start - _RUNS_UNTIL_REACH), date.start) is not None


def _under_way_until(date: DateMention, text: str, clock: ArticleClock) -> DateMention:
    """A day after the page's own, told as the last of an engagement under way, closes the days that run from
    the page's day: the visit the wire of 12 March says lasts until 15 March is under way on the 12th."""
    if (date.precision != dates_mod.DAY or clock.date is None or clock.precision != dates_mod.DAY
            or not date.resolved or date.first_day <= clock.date
            or not _runs_until(text, date)):
        return date
    return replace(date, start_date=clock.date)


# 'وافتتحه حموشي أمس'، 'افتتح ... يوم الاثنين'، 'زيارة ... بدأها الثلاثاء الماضي': the day an engagement opened.
_OPENED_BEFORE = prefiltered(r"(?<!\w)[وف]?(?:افتتح|افتتحه|افتتحها|افتتحت|انطلق|انطلقت|بداها|استهلها)"
                            r"(?:\s+\S+){0,4}\s+$")
_OPENED_REACH = 48


def _opened_on(text: str, date: DateMention) -> bool:
    """Whether the words right before the date say the engagement opened on it."""
    return _OPENED_BEFORE.search(text, max(0, date.start - _OPENED_REACH), date.start) is not None


def _with_duration(date: DateMention, clause: str, opened: bool, received: bool) -> DateMention:
    """A one-day date whose clause gives the engagement's length ends that many days later, or, when
    the clause tells the close (and not that the date is the opening day), began that many days before.
    Not the day he received a guest: 'استقبل حموشي أمس وفدا ...، في إطار زيارة عمل تستمر يومين' tells the
    guests' stay; he received them on the one day."""
    days = _duration_days(clause)
    if days is None or received or date.precision != dates_mod.DAY or date.start_date != date.end_date:
        return date
    if (_CLOSES.search(clause) or home_after_the_visit(clause)) and not opened:
        return replace(date, start_date=date.first_day - dt.timedelta(days=days - 1))
    return replace(date, end_date=date.first_day + dt.timedelta(days=days - 1))


# 'الذي يزور المملكة منذ يوم أمس الاثنين'، 'الذي يقوم منذ الأحد بزيارة عمل إلى ...': the visit under way since that day.
# ('يؤدي' is 'يودي' once normalized.)
_VISITING_SINCE_BEFORE = prefiltered(r"(?<!\w)(?:يزور|تزور|يقوم|تقوم|يودي|تودي|يجري|تجري|يحل)(?!\w)"
                                     r"(?:\s+\S+){0,3}?\s+منذ\s+(?:(?:يوم|مساء|صباح|ليله)\s+)?$")
_VISITING_SINCE_REACH = 60


def _under_way_since(date: DateMention, text: str, dates: list[DateMention]) -> DateMention:
    """A day of a visit the sentence says has been under way since an earlier day ('وقع ... اليوم الأربعاء اتفاقية مع
    حموشي، الذي يزور بلادنا منذ مساء أمس الثلاثاء') is one of the visit's days: it runs from that day, for as many
    days as the sentence gives it after that day ('في زيارة رسمية تستمر ثلاثة أيام'). (Not the day he received a
    guest who has been visiting since then: the stay is the guest's, see _with_duration.)"""
    if not date.resolved or date.precision != dates_mod.DAY:
        return date
    since = next((d for d in dates if d.resolved and d.precision == dates_mod.DAY and d.start_date == d.end_date
                  and _VISITING_SINCE_BEFORE.search(text, max(0, d.start - _VISITING_SINCE_REACH), d.start)), None)
    if since is None or not (since.first_day <= date.first_day
                             <= since.first_day + dt.timedelta(days=_CONTINUATION_DAYS)):
        return date
    days = _duration_days(text[since.end:])
    last = since.first_day + dt.timedelta(days=days - 1) if days else since.first_day
    return replace(date, start_date=since.first_day, end_date=max(date.last_day, last))


# 'استدعاه قاض فرنسي عام 2014، وبعد مرور عام وشحته فرنسا': the engagement came that many years after the date.
_YEARS_LATER = prefiltered(r"(?<!\w)[وف]?بعد\s+(?:مرور\s+)?(?:(?P<one>عام|سنه)|(?P<two>عامين|سنتين)"
                          r"|(?P<n>%s|\d{1,2})\s+(?:سنوات|اعوام))(?!\w)" % WORD_NUMBER_PATTERN)


_SINCE_ANOTHER = prefiltered(r"\s+(?:واحد\s+|واحده\s+)?(?:فقط\s+)?(?:من|علي)(?!\w)")


def _years_later(date: DateMention, text: str, trigger: Trigger | None) -> DateMention:
    """The year of an engagement told 'a year after' a date before it: the date's year plus the years."""
    if trigger is None or not date.resolved or date.end > trigger.start:
        return date
    later = _YEARS_LATER.search(text, date.end, trigger.start)
    if later is None or _SINCE_ANOTHER.match(text, later.end()):
        # 'في سنة 2017، وبعد سنتين فقط من جمعه بين الإدارتين'، 'يومي 24 و25 ماي 2016، أي بعد عام واحد من تعيينه':
        # years after another thing, the date stated is his.
        return date
    years = 1 if later.group("one") else 2 if later.group("two") else word_number(later.group("n"))
    if not years:
        return date
    year = date.first_day.year + years
    return replace(date, start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31), precision=dates_mod.YEAR,
                   form="year", year_basis="years_later")


def _duration_days(clause: str) -> int | None:
    """'زيارة عمل تستمر خمسة أيام'، 'التي امتدت ليومين': how many days the engagement lasted."""
    match = _DURATION.search(clause)
    if match is None:
        return None
    days = 2 if match.group("two") else word_number(match.group("n"))
    return days if days and days <= _CONTINUATION_DAYS else None


_LIST_SEPARATOR = prefiltered(r"،|:|(?<!\w)(?:بالاضافه الي|اضافه الي|فضلا عن)(?!\w)")


def _list_item_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The list item around a mention: between the separators (، : إضافة إلى) that enclose it."""
    before = [m.end() for m in _LIST_SEPARATOR.finditer(text, 0, start)]
    after = _LIST_SEPARATOR.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _engagement_words(engagement: Engagement, triggers: list[Trigger], start: int = 0,
                      end: int | None = None) -> tuple[int, ...]:
    """Where the engagement's own words stand in text[start:end], relative to start: its trigger and
    the other triggers of its kind there ('التكريم ... والذي سيتم توشيحه' tell one honour)."""
    main = engagement.trigger
    if main is None:
        return ()
    return tuple(t.start - start for t in triggers if t is main or (
        t.kind == main.kind and start <= t.start and (end is None or t.start < end)))


# 'إعلان الرباط الذي ينص على عقد لقاء للمتابعة'، 'واتفق الطرفان على عقد اجتماع': what a text provides for or the parties
# agreed to hold, right before the engagement word (the clause may begin at it).
_TO_BE_HELD_BEFORE = prefiltered(rf"(?<!\w){dates_mod.AGREED_TO_HOLD}\s+$")
_TO_BE_HELD_REACH = 60


def _provided_for(text: str, trigger: Trigger | None) -> bool:
    return trigger is not None and _TO_BE_HELD_BEFORE.search(
        text, max(0, trigger.start - _TO_BE_HELD_REACH), trigger.start) is not None


def _date_rejection(date: DateMention, clause: str, clock: ArticleClock,
                    engagement_at: tuple[int, ...] = ()) -> str | None:
    if date.is_future or dates_mod.future_marked(clause, engagement_at):
        return "planned_or_future"
    latest = clock.latest_possible
    if latest and date.first_day > latest and date.first_day.year >= EARLIEST_EVENT_YEAR:
        return "after_article_date"
    return _out_of_bounds(date)


def _out_of_bounds(date: DateMention | None) -> str | None:
    """Dates no engagement can have, the bounds the date gates of fct_meetings hold every night."""
    if date is None or not date.resolved:
        return None
    if date.first_day.year < EARLIEST_EVENT_YEAR:
        return "before_2000"
    if date.first_day > dt.date.today():
        # A typo ('2027' for '2017') or a guess gone wrong: never a reported engagement, and a
        # published date after the run would fail the date gates every night.
        return "after_run_date"
    return None


def _before_tenure(date: DateMention | None, tenure_start: int) -> str | None:
    """'الحزب الذي كان يحكم إسبانيا في 2002، ... منحت حكومته الحموشي وساما': a year before he took office
    dates something else the sentence tells, never an engagement of his as head."""
    if date is None or not date.resolved or date.last_day.year >= tenure_start:
        return None
    return "before_tenure"


# The occasion just told, pointed back to: 'خلال الجلسة الافتتاحية'، 'على هامش هذه الزيارة'، 'بهذه المناسبة'.
_AT_THAT_OCCASION = prefiltered(
    r"(?<!\w)[وف]?(?:(?:خلال|اثناء|علي\s+هامش|في\s+ختام|في\s+اختتام|في\s+افتتاح|في\s+مستهل|في\s+بدايه|عقب|"
    r"(?:عند|مع|لدي)\s+(?:انطلاق|افتتاح))\s+(?:(?:هذه|هذا|تلك|ذلك)\s+\w+|"
    r"ال(?:جلسه|حفل|موتمر|زياره|لقاء|اجتماع|دوره|اشغال|فعاليات|ندوه|ملتقي|منتدي|قمه))|بالمناسبه|بهذه\s+المناسبه"
    # The next of a series the page dated: 'وفي لقاء ثان، تباحث ...'، 'وفي اللقاء الثالث، استقبل ...'، 'واختتم المدير
    # العام لقاءاته باستقبال ...'، 'وبدأ المدير العام سلسلة هذه اللقاءات باستقبال ...'.
    r"|في\s+(?:ال)?لقاء\s+(?:ال)?(?:ثان|ثاني|ثالث|رابع|خامس|اخر|اخير)|(?:اختتم|استهل|افتتح|ختم|بدا)\s+(?:\S+\s+){0,3}?"
    r"(?:لقاءاته|لقاءاتها|استقبالاته|سلسله\s+(?:هذه\s+)?(?:ال)?لقاءات))"
    r"(?!\w)")


# An hour of the day told before the next of a day's programme: 'وقرابة منتصف النهار، استقبل ...'، 'وفي الرابعة بعد
# الزوال، ترأس ...'، 'وفي المساء'.
_LATER_THAT_DAY = (r"^[وف]?(?:(?:في|عند|قرابه|حوالي|بعد)\s+)?(?:(?:ال)?ساعه\s+)?(?:الثانيه|الثالثه|الرابعه|الخامسه"
                   r"|السادسه|السابعه|الثامنه|التاسعه|العاشره|الحاديه\s+عشره|الثانيه\s+عشره|منتصف\s+النهار|الزوال"
                   r"|المساء|الظهيره|العصر|الظهر)(?!\w)")
_AN_HOUR_OF_THE_DAY = prefiltered(_LATER_THAT_DAY)
# The next of a series the page dated, told without an occasion word: 'بعد ذلك، تباحث مع سفيرة غواتيمالا'، 'ثم
# التقى ...'، 'أما اللقاء الثالث فجمعه بسفير الباراغواي' (there the series' own noun is the engagement), or at a later
# hour.
_NEXT_IN_A_SERIES = prefiltered(r"^(?:[وف]?(?:بعد|عقب)\s+ذلك|ثم)(?!\w)"
                                r"|^[وف]?اما\s+(?:ال)?(?:لقاء|اجتماع|استقبال)\s+(?:ال)?(?:ثاني|ثالث|رابع|خامس|اخير)(?!\w)"
                                rf"|{_LATER_THAT_DAY}")


# Which day of the occasion: its opening ('في مستهل الجلسة الافتتاحية') or its close ('في ختام الدورة').
_OPENING = prefiltered(r"(?<!\w)(?:افتتاح|الافتتاحيه|مستهل|بدايه|انطلاق)(?!\w)")
_OCCASION_ADJECTIVE_REACH = 12  # 'خلال الجلسة' + ' الافتتاحية'


def _both_or_neither_honours(type_a: str | None, type_b: str | None) -> bool:
    """An honour is an engagement of its own beside the visit or conference it was given at."""
    return (type_a == "honor") == (type_b == "honor")


def _another_engagement_then(scene: _Scene, own: list[Trigger],
                             last: dict) -> tuple[DateMention, Engagement] | None:
    """The days of the engagement just dated, for an undated clause that tells another one on its
    occasion ('خلال الجلسة الافتتاحية'، 'على هامش هذه الزيارة'، 'بالمناسبة'): an honour after talks or a
    conference, or a meeting or signing with another country. A clause with no country of its own is
    at the occasion's place ('توشيح حموشي' at a conference)."""
    text = scene.sentence.norm.text
    occasion = _AT_THAT_OCCASION.search(text)
    series = None if occasion is not None or refers_to_previous_parties(text) else _NEXT_IN_A_SERIES.search(text)
    occasion = occasion or series
    if occasion is None or last["date_precision"] != dates_mod.DAY or dates_mod.future_marked(text):
        # 'والتقى الحموشي مدير مكتب التحقيقات الفيدرالي': when, the text does not say. 'ثم تباحث الطرفان في
        # التعاون مع إسبانيا': the two just told, on.
        return None
    # The occasion's own noun is not the engagement: 'وخلال هذا الاجتماع، ناقش الطرفان ... سوريا' tells
    # its topics; the next of a series is.
    told = [t for t in own if series is not None or not occasion.start() <= t.start < occasion.end()]
    if not told:
        return None
    engagement = read_clause(text, 0, len(text), told, scene.roles, scene.tokens)
    if engagement.reject_reason == "no_counterpart_country" and last["meeting_type"] == "conference":
        # At the conference: its place, and the organisation that holds it (an honour in Morocco is
        # an international engagement through the body that gives it there).
        engagement = held_in(engagement, last["country_iso2"])
        if engagement.counterpart.organization_code is None:
            engagement = replace(engagement, counterpart=replace(
                engagement.counterpart, organization_code=last["organization_code"]))
    if last["meeting_type"] == "conference" and engagement.direction == "unknown":
        engagement = replace(engagement, direction=last["direction"])  # where the conference sat, he was
    honour_after_other = engagement.meeting_type == "honor" and last["meeting_type"] != "honor"
    # 'على هامش الجلسة الافتتاحية، أجرى مباحثات مع مدير مكتب التحقيقات الهندي': at a conference, talks with
    # one of the host's bodies are an engagement of their own (on a visit they are the visit).
    talks_at_conference = last["meeting_type"] == "conference" and engagement.meeting_type in (
        "meeting", "agreement") and (engagement.counterpart.title or engagement.counterpart.org_code
                                     or engagement.counterpart.person_span)
    if (engagement.reject_reason is not None or engagement.meeting_type == "conference"
            or not (honour_after_other or talks_at_conference or engagement.country_iso2 != last["country_iso2"])
            or scene.attribution(0, len(text), engagement).reject_reason):
        return None
    start, end = last["start_date"], last["end_date"]
    told_with = text[occasion.start():occasion.end() + _OCCASION_ADJECTIVE_REACH]
    if _OPENING.search(told_with):
        end = start  # 'في مستهل الجلسة الافتتاحية': the first day of a session of several
    elif "الختاميه" in told_with or (_CLOSES.search(occasion.group()) and "جلسه" not in occasion.group()):
        # 'في ختام الدورة'، 'خلال الجلسة الختامية'; the close of a sitting ('في ختام الجلسة الصباحية') is any day.
        start = end
    return DateMention(0, 0, "", "day", start, end, dates_mod.DAY, year_basis=last["date_year_basis"]), engagement


def _complete_earlier(earlier: dict, later: dict) -> None:
    """A second mention of the same engagement may say more: 'met on Monday' then 'attended the
    conference', 'بحث ... الجمعة' then 'خلال لقاء ... في الرباط' (where it was)."""
    # An ambassador's call stays a meeting, whatever later words call it ('زيارة السفير').
    resident = earlier["counterpart_title"] in RESIDENT_TITLES and later["meeting_type"] in ("hosted_visit",
                                                                                              "visit_abroad")
    if type_rank(later["meeting_type"]) < type_rank(earlier["meeting_type"]) and not resident:  # as fct_meetings
        earlier["meeting_type"] = later["meeting_type"]
    if earlier["direction"] == UNKNOWN:
        earlier["direction"] = later["direction"]
    earlier["counterpart_agency"] = earlier["counterpart_agency"] or later["counterpart_agency"]
    earlier["organization_code"] = earlier["organization_code"] or later["organization_code"]
    if not (earlier["counterpart_person"] or earlier["counterpart_person_latin"]):
        for key in ("counterpart_person", "counterpart_person_latin"):
            earlier[key] = later.get(key)
        earlier["counterpart_title"] = earlier["counterpart_title"] or later.get("counterpart_title")


def _original(s: Sentence, start: int, end: int) -> str:
    a, b = s.span(start, end)
    return s.text[a - s.char_start:b - s.char_start]


def _without_clitics(s: Sentence, mention: PlaceMention) -> str:
    """A mention as written, without the conjunction and preposition glued to it (لإسبانيا -> إسبانيا)."""
    clitics = mention.clitics
    skip = len(clitics.conjunction) + len(clitics.preposition)
    if clitics.preposition == "ل" and clitics.article:
        return "ال" + _original(s, mention.start + skip + 1, mention.end)  # للشرطة -> الشرطة
    return _original(s, mention.start + skip, mention.end)


_TOLD_ENGAGEMENT_NOUNS = "اللقاء|الزياره|الاجتماع|المباحثات|الجلسه|الاستقبال|التوشيح|التكريم"
# 'وشهد حفل الافتتاح حضور ...': the opening told saw them attend.
_ATTENDED_THE_ONE_TOLD = prefiltered(r"\s*[وف]?(?:كما\s+)?(?:(?:حضر|حضرها|حضره)\s+(?:هذا\s+|هذه\s+)?"
                                    rf"(?:{_TOLD_ENGAGEMENT_NOUNS})"
                                    r"|(?:شهد|شهدت)\s+(?:حفل\s+الافتتاح|الجلسه\s+الافتتاحيه|حفل\s+الاختتام"
                                    r"|الجلسه\s+الختاميه)\s+حضور)(?!\w)")
# 'وتركزت المباحثات، وفق ما تسرب منها، على ...'، 'وتناول اللقاء ...': what the talks told were about.
_FOCUS_OF_THE_ONE_TOLD = prefiltered(rf"\s*[وف]?(?:كما\s+)?(?:{FOCUS_VERBS}|تناولت|تناول)\s+"
                                     rf"(?:{_TOLD_ENGAGEMENT_NOUNS}|المحادثات)(?!\w)")
_POINTING = r"(?<!\w)[وف]?(?:هذا|هذه|ذلك|تلك)\s+"  # 'وخلال هذا'، 'فتلك'
_THIS_ENGAGEMENT = prefiltered(rf"{_POINTING}(?P<noun>{_TOLD_ENGAGEMENT_NOUNS})(?!\w)")
_TOLD_ENGAGEMENT_OR_SESSION_NOUNS = (rf"{_TOLD_ENGAGEMENT_NOUNS}"
                                     r"|الدوره|الموتمر|القمه|الندوه|الملتقي|المنتدي|الاشغال|الموعد")
_THIS_ENGAGEMENT_OR_SESSION = prefiltered(rf"{_POINTING}(?:{_TOLD_ENGAGEMENT_OR_SESSION_NOUNS})(?!\w)")
# 'وعلى هامش هذه الدورة'، 'خلال هذا اللقاء': what happened on the occasion just told.
_ON_THE_ONE_TOLD = prefiltered(rf"(?<!\w)(?:هامش|خلال|ختام)\s+{_POINTING}(?:{_TOLD_ENGAGEMENT_OR_SESSION_NOUNS})(?!\w)")
_POINTER_OPENING_WORDS = 3  # 'وخلال هذا الاستقبال'، 'كما تم خلال هذا اللقاء'


def _points_back(pointers: list[re.Match], clause: str, trigger: Trigger | None, start: int) -> bool:
    """Whether the clause opens on the engagement told before, pointed at ('وخلال هذا اللقاء', one of
    `pointers`, the clause's _THIS_ENGAGEMENT matches), and that is its trigger; 'استقبل ... وفدا، وتباحث
    الطرفان خلال هذه الزيارة' is the reception itself."""
    return trigger is not None and any(
        match.start("noun") + start <= trigger.start < match.end("noun") + start
        and len(clause[:match.start()].split()) <= _POINTER_OPENING_WORDS
        for match in pointers)


# 'الذي يزور البلاد حاليا'، 'الذي يقوم بزيارة عمل إلى الدولة'، 'الذي وصل إلى البلاد مساء أمس': a Gulf agency's copy
# calls its own state 'the country' (البلاد، الدولة); a page filed abroad, 'our country' ('بزيارة عمل إلى بلادنا');
# 'اختتم ... أمس، زيارة رسمية للبلاد' (Doha's paper).
_VISITS_THE_COUNTRY = prefiltered(r"(?<!\w)(?:يزور\s+|(?:يقوم\s+)?ب?زياره(?:\s+\S+){0,2}?\s+(?:الي\s+|ل)"
                                 r"|(?:وصل|يصل|حل|يحل)\s+(?:الي\s+|ب))"
                                 r"(?:(?:ال|ل)?(?:بلاد|دوله)|بلادنا|بلدنا)(?!\w)")


def _visiting_the_agencys_country(engagement: Engagement, clause: str, copy_home: str | None,
                                  in_the_lead: bool, he_was_received: bool = False) -> Engagement:
    """In the copy a foreign country's agency filed at home (or a page filed abroad: `copy_home` is then the
    country it was filed in), a visit to 'the country' is to that country:
    abroad for him; so is the news its lead tells of that country's officials, placed nowhere else ('قلد ...
    وزير الداخلية، في مكتبه بالوزارة اليوم، ... حموشي' under 'الرياض ... واس'), and his reception by one of them
    the page's lead tells (`he_was_received`: 'المنامة - استقبل وزير الداخلية، صباح اليوم، ... حموشي')."""
    if (copy_home is None or copy_home == HOME or engagement.country_iso2 not in (None, copy_home)
            or engagement.reject_reason not in (None, "no_counterpart_country")):
        return engagement
    if engagement.country_iso2 is None and _BARE_STATE_TITLE.search(clause):
        # 'بحث معالي وزير الداخلية، أمس، مع ... حموشي' under 'الدوحة'، 'بحث مدير المخابرات العامة ... في العاصمة
        # المغربية الرباط' under 'عمّان': the page's own country's official, named by his post alone.
        return held_in(engagement, copy_home)
    if not _VISITS_THE_COUNTRY.search(clause):
        if engagement.country_iso2 == copy_home and (
                (in_the_lead and engagement.direction == UNKNOWN)
                or (engagement.direction == HOSTED and he_was_received)):
            meeting_type = "visit_abroad" if engagement.meeting_type == "hosted_visit" else engagement.meeting_type
            return replace(engagement, direction=ABROAD, meeting_type=meeting_type)
        return engagement
    meeting_type = ("visit_abroad" if engagement.meeting_type in ("meeting", "hosted_visit")
                    else engagement.meeting_type)
    return replace(with_country(engagement, copy_home), direction=ABROAD, meeting_type=meeting_type)


# A state's post with no country after it: 'وزير الداخلية'، 'مدير المخابرات العامة'، 'رئيس جهاز أمن الدولة'.
_BARE_STATE_TITLE = prefiltered(r"(?<!\w)(?:وزير\s+الداخليه|مدير\s+(?:المخابرات|الامن)\s+العام(?:ه)?"
                                r"|مدير\s+عام\s+المباحث|رييس\s+(?:جهاز\s+)?(?:امن\s+الدوله|الامن\s+العام))"
                                r"(?!\s+(?:ال)?(?:مغربي|المغربي|بالمملكه|للمملكه|في\s+المملكه|[^\s،,.]+يه?(?=[\s،,.])))")
# 'حل بها'، 'زارها'، 'سافر إليها': the place the verb went to, named before.
_TO_IT_AFTER = prefiltered(r"(?:ها|\s+(?:بها|اليها|فيها))(?!\w)")


# 'أما رواندا،'، 'وأما السنغال فقد ...': the sentence opens by setting a party apart.
_AS_FOR_BEFORE = prefiltered(r"^\W*[وف]?اما\s+$")


def _the_country_it_opens_on(scene: _Scene, start: int) -> str | None:
    """The foreign country named right after the sentence's opening 'أما', before the trigger at `start`."""
    text = scene.sentence.norm.text
    first = next((r for r in scene.roles if r.mention.start < start), None)
    if first is None or not first.iso2 or first.iso2 == HOME or not _AS_FOR_BEFORE.match(text, 0, first.mention.start):
        return None
    return first.iso2


def _the_official_it_points_to(scene: _Scene, start: int, end: int) -> str | None:
    """The country of the last foreign official the sentence named before the clause's verb, when that verb
    takes him as a pronoun ('استقبله') and the principal is its subject, named before it ('سبق لحموشي أن
    استقبله') or right after it ('إذ استقبله حموشي')."""
    verbs = [t for t in scene.triggers if start <= t.start < end and t.is_verb and not t.counted
             and t.kind != "honor" and t.word.endswith("ه")]
    if not verbs or not any(a.kind == PRINCIPAL and (start <= a.start < verbs[0].start
                                                     or not scene.sentence.norm.text[verbs[0].end:a.start].strip())
                            for a in scene.actors):
        return None
    named = [a for a in scene.actors if a.end <= verbs[0].start and a.kind == FOREIGN_OFFICIAL and a.iso2]
    return named[-1].iso2 if named else None


def _the_place_it_points_to(scene: _Scene, start: int, end: int) -> str | None:
    """The country of the last foreign place the sentence named before the clause's verb, when that verb
    points back to a place with a pronoun ('سبق أن حل بها')."""
    text = scene.sentence.norm.text
    verbs = [t for t in scene.triggers if start <= t.start < end and t.is_verb and not t.counted]
    if not verbs or not _TO_IT_AFTER.match(text, verbs[0].end - (2 if verbs[0].word.endswith("ها") else 0)):
        return None
    named = [r for r in scene.roles if r.mention.end <= verbs[0].start and r.iso2 not in (None, HOME)
             and r.role in ("destination", "location")]
    return named[-1].iso2 if named else None


def _placed_at_home(scene: _Scene, start: int, end: int) -> bool:
    """Whether the clause places something in Morocco: a Moroccan place, or his force's seat ('بمقر المديرية العامة
    للأمن الوطني'); Morocco named only as whose chief he is ('المدير العام ... في المملكة المغربية') places nothing."""
    return any((r.iso2 == HOME or r.mention.alias.kind == "principal_body") and r.role != "affiliation"
               and start <= r.mention.start < end for r in scene.roles)


def _received_in_no_home_place(scene: _Scene, start: int, end: int) -> bool:
    """Whether the clause tells his reception by someone ('استقبل وزير الداخلية ... حموشي': named after the verb,
    not before it) and places nothing in Morocco."""
    host = next((t for t in scene.triggers if start <= t.start < end and receives(t)), None)
    return (host is not None and not scene._his_mentions(start, host.start) and bool(scene._his_mentions(host.end, end))
            and not _placed_at_home(scene, start, end))


def _received_abroad(scene: _Scene, start: int, end: int, engagement: Engagement) -> Engagement:
    """'استقبل القائد العام لشرطة أبوظبي ... عبد اللطيف حموشي': a foreign official who receives him, in a
    clause that places nothing in Morocco, is his host abroad; he travelled."""
    host = next((t for t in scene.triggers if start <= t.start < end and receives(t)), None)
    if engagement.direction != HOSTED or host is None:
        return engagement
    text = scene.sentence.norm.text
    had = _HAD_DONE_BEFORE.search(text, max(start, host.start - _HAD_DONE_REACH), host.start)
    if had is not None:
        # 'وكان وزير الداخلية قد استقبل أمس ... حموشي'، 'وكان الحواتمة قد استقبل الحموشي': in 'كان ... قد' the
        # subject stands before the verb; named there and no Moroccan official, another received him.
        named = [a for a in scene.actors if had.start("subject") <= a.start < host.start]
        host_is_foreign = all(a.kind == FOREIGN_OFFICIAL for a in named)
        received_him = any(a.principal_role != "body" for a in scene._his_mentions(host.end, end))
    elif _HIS_EXCELLENCY_AFTER.match(text, host.end):
        # 'واستقبل معاليه في مقر إقامته ... حموشي' (Gulf copy): his excellency, the foreign official the page spoke
        # of, received him.
        host_is_foreign = True
        received_him = any(a.principal_role != "body" for a in scene._his_mentions(host.end, end))
    else:
        subject = clause_subject(scene.actors, start, end, host.start, host.end, True)
        host_is_foreign = subject is not None and subject.kind == FOREIGN_OFFICIAL
        # 'عقد حموشي اجتماعا ...، قبل أن يستقبله وزير الداخلية الإيطالي': 'ه' is he, named before the verb.
        # He is named as himself, not as his force ('بمقر المديرية العامة للأمن الوطني' is where, at home).
        received_him = subject is not None and (
            any(a.principal_role != "body" for a in scene._his_mentions(subject.end, end))
            or (host.word.endswith(("ه", "ها")) and bool(scene._his_mentions(start, host.start))))
    if not host_is_foreign or not received_him or _placed_at_home(scene, start, end):
        return engagement
    meeting_type = "visit_abroad" if engagement.meeting_type == "hosted_visit" else engagement.meeting_type
    return replace(engagement, direction=ABROAD, meeting_type=meeting_type)


# 'وشهدت الدورة انتخاب رئيس جديد يوم الخميس': a clause whose subject is the session told.
_OPENS_ON_THE_SESSION = prefiltered(r"\s*[وف]?(?:\S+\s+)?(?:الدوره|الموتمر|الجمعيه\s+العامه|القمه|الندوه|الملتقي"
                                    r"|المنتدي|الاشغال)(?!\w)")


def _within_its_days(date: DateMention, session: dict) -> bool:
    """Whether a day falls within the days of a conference the article dated to the day."""
    return (session["meeting_type"] == "conference" and date.precision == dates_mod.DAY == session["date_precision"]
            and session["start_date"] <= date.first_day and date.last_day <= session["end_date"])


def _day_of_the_session(engagement: Engagement, date: DateMention, session: dict) -> bool:
    """'أعمال الدورة 93 ... من 24 إلى 27 نونبر' then 'الجلسة الافتتاحية للدورة 93 ...، 24 نوفمبر': a day
    within a conference of the same body the article dated is that conference."""
    return (engagement.meeting_type == "conference" and engagement.counterpart.organization_code is not None
            and engagement.counterpart.organization_code == session["organization_code"]
            and _within_its_days(date, session))


_SESSION_DAYS = 7  # the most days apart that two days of one session may be


def _days_of_one_session(engagement: Engagement, date: DateMention, session: dict, sentence_index: int) -> bool:
    """'صادقت الجمعية العامة، اليوم الخميس بفيينا، ...، خلال أشغال الدورة التي تحتضنها العاصمة النمساوية منذ
    الثلاثاء الماضي': one sentence's two days of a conference in one country, days apart, are one session's."""
    return (engagement.meeting_type == session["meeting_type"] == "conference"
            and session["sentence_index"] == sentence_index and session["country_iso2"] == engagement.country_iso2
            and date.precision == dates_mod.DAY == session["date_precision"]
            and date.first_day - dt.timedelta(days=_SESSION_DAYS) <= session["start_date"]
            and session["end_date"] <= date.last_day + dt.timedelta(days=_SESSION_DAYS))


# 'الوفد'، 'الضيوف': the visitors the page told of, but Morocco's own delegation.
_THE_VISITORS = prefiltered(r"(?<!\w)[وبل]?(?:ال|لل)(?:وفد|ضيف|ضيوف)(?!\w)(?!\s+(?:الامني\s+)?المغربي)")
# Words that go on with the visit told: the visitor by a definite noun ('الضيف السعودي'، 'الوفد الزائر'), one going
# on with it ('ويواصل الوفد البرتغالي ... برنامج زيارته'), or a day of it ('وفي اليوم الثالث من الزيارة').
_THE_VISIT_GOES_ON = prefiltered(
    r"(?<!\w)[وبل]?(?:ال|لل)(?:ضيف|ضيوف|وفد\s+الزاير)(?!\w)"
    r"|(?<!\w)[وف]?(?:يواصل|تواصل|واصل|واصلت)\s+(?:\S+\s+){0,6}?(?:برنامج\s+)?زيارت(?:ه|ها|هم)(?!\w)"
    r"|(?<!\w)اليوم\s+ال\w+\s+(?:من|ل)\s*(?:ال)?زيار(?:ه|ته|تها)(?!\w)")


def _next_day_of_the_visit(engagement: Engagement, date: DateMention, visit: dict, clause: str) -> bool:
    """'حل بالرباط يوم 12 مارس' then 'وفي اليوم الموالي، استقبل حموشي الضيف السعودي': the guest received the day
    after the visit the article dated is that visit, one day longer; so is his own visit abroad he goes on with
    the next day ('ويواصل حموشي اليوم الخميس زيارته إلى روما')."""
    return (engagement.meeting_type == visit["meeting_type"] in ("hosted_visit", "visit_abroad")
            and visit["country_iso2"] == engagement.country_iso2
            and date.precision == dates_mod.DAY == visit["date_precision"]
            and visit["end_date"] < date.first_day <= visit["end_date"] + dt.timedelta(days=1)
            and _THE_VISIT_GOES_ON.search(clause) is not None)


def _arrived_the_day_before(engagement: Engagement, date: DateMention, visit: dict) -> bool:
    """'استقبل حموشي، اليوم الثلاثاء بالرباط، مدير الأمن العام الأردني' then 'وكان المسؤول الأردني قد حل بالرباط
    مساء أمس الاثنين': the guest's arrival the day before the reception the article dated is that visit's first
    day."""
    # Met at the airport by his own ambassador ('حيث كان في استقباله سفير بلجيكا'), the guest's arrival reads as a
    # meeting: it is still the visit's first day.
    return (engagement.meeting_type in ("hosted_visit", "meeting") and visit["meeting_type"] == "hosted_visit"
            and engagement.trigger is not None and arrives(engagement.trigger)
            and visit["country_iso2"] == engagement.country_iso2
            and date.precision == dates_mod.DAY == visit["date_precision"]
            and date.first_day == date.last_day == visit["start_date"] - dt.timedelta(days=1))


_STAGE_GAP_DAYS = 2  # a stage of a trip abroad told this many days after the last day told of it


def _next_stage_abroad(engagement: Engagement, date: DateMention, visit: dict) -> bool:
    """'وكان حموشي قد وصل إلى سيول يوم الأربعاء' then 'وتوج اليوم ذاته ... ' and 'وقبل مغادرته سيول صباح الجمعة،
    زار ...': what he did in the country of his visit in the days right after those told of it is that trip."""
    return (visit["meeting_type"] == "visit_abroad" and visit["direction"] == ABROAD
            and engagement.meeting_type in ("meeting", "visit_abroad", "agreement") and engagement.direction != HOSTED
            and visit["country_iso2"] == engagement.country_iso2
            and date.precision == dates_mod.DAY == visit["date_precision"]
            and visit["end_date"] < date.first_day
            and date.last_day <= visit["end_date"] + dt.timedelta(days=_STAGE_GAP_DAYS))


def _its_days_widen(engagement: Engagement, date: DateMention, earlier: dict, sentence_index: int,
                    clause: str) -> bool:
    """Whether the clause tells a day next to those of an engagement told before, which takes it in: another
    day of one session, the guest's next day, the day he arrived on, or a later stage of his trip."""
    return (_days_of_one_session(engagement, date, earlier, sentence_index)
            or _next_day_of_the_visit(engagement, date, earlier, clause)
            or _arrived_the_day_before(engagement, date, earlier)
            or _next_stage_abroad(engagement, date, earlier))


def _meeting_of_the_visit(engagement: Engagement, date: DateMention, visit: dict) -> bool:
    """'في زيارة عمل تستمر ثلاثة أيام' then 'كما عقد، خلال اليوم نفسه، جلسة عمل مع رئيس الشرطة': a
    meeting with that country on a day of a visit of several days the article dated is part of it, and so
    is the visit told again on one of its days ('وفي اليوم الثاني، الأربعاء ...، زار الضيف')."""
    return (engagement.meeting_type in ("meeting", visit["meeting_type"])
            and visit["meeting_type"] in ("visit_abroad", "hosted_visit")
            and visit["date_precision"] == dates_mod.DAY and visit["start_date"] < visit["end_date"]
            and date.precision == dates_mod.DAY and visit["start_date"] <= date.first_day
            and date.last_day <= visit["end_date"])


def _dated_only_by_the_page(clause: str, date: DateMention, accepted: list[dict]) -> dict | None:
    """The engagement told last, which only the page's own date dated, when the clause points at it ('في هذا
    الموعد'، 'هذه الدورة') with a date of its own no later than the page's."""
    last = accepted[-1] if accepted else None
    if (last is None or last["date_source"] != "article_date" or not date.resolved or date.is_future
            or dates_mod.future_marked(clause) or not _THIS_ENGAGEMENT_OR_SESSION.search(clause)
            or date.last_day > last["end_date"]):
        return None
    return last


# 'ضمن جولة إفريقية استهلها أمس الثلاثاء بنواكشوط': the stop a tour began with.
_TOUR_BEGUN = prefiltered(r"(?<!\w)جوله\s+(?:\S+\s+){0,2}?(?:استهلها|بداها|افتتحها)(?!\w)")


def _another_stop_of_the_tour(clause: str, engagement: Engagement, accepted: list[dict]) -> bool:
    """'وتعد هذه الزيارة المحطة الثانية ضمن جولة إفريقية استهلها حموشي أمس بنواكشوط': the clause points at the
    visit told, and tells the tour's other stop, in a country no engagement told yet."""
    return _TOUR_BEGUN.search(clause) is not None and not any(
        c["is_event"] and c["country_iso2"] == engagement.country_iso2 for c in accepted)


def _session_of_the_body(engagement: Engagement, date: DateMention, accepted: list[dict],
                         any_body: bool = False) -> dict | None:
    """The session the page told of the international body that the clause names (of any body, `any_body`), on
    whose days the clause is."""
    body = engagement.counterpart.organization_code
    if body is None or not date.resolved:
        return None
    return next((c for c in reversed(accepted) if c["meeting_type"] == "conference"
                 and (any_body or c["organization_code"] == body)
                 and c["date_precision"] == dates_mod.DAY and c["start_date"] <= date.first_day
                 and date.last_day <= c["end_date"]), None)


def _the_guests_stay(engagement: Engagement, date: DateMention, reception: dict, sentence_index: int,
                     role: str | None) -> bool:
    """'استقبل حموشي، اليوم الثلاثاء، رئيس الشرطة الإيطالية، الذي يقوم بزيارة عمل إلى المملكة تمتد من 17 إلى 19
    أكتوبر': the guest's stay around the day he received him, told in the same sentence, is that engagement, the
    visit he hosted, and its days are the stay's (as the stay told to last until a day, _extends_accepted); so is
    the stay a later sentence tells of the guest alone ('وكان رئيس الأمن العام قد وصل إلى الرباط يوم الأحد في
    زيارة تستمر أربعة أيام', `role` host), which keeps the day he met him."""
    return (engagement.meeting_type == reception["meeting_type"] == "hosted_visit"
            and (reception["sentence_index"] == sentence_index or role in ("host", "continuation"))
            and date.precision == dates_mod.DAY == reception["date_precision"]
            and date.first_day <= reception["start_date"] <= reception["end_date"] <= date.last_day)


# 'زيارتين سابقتين في فبراير 2018 ودجنبر 2021'، 'لقاءين ... في مارس وأكتوبر': two engagements, a date each.
_TWO_ENGAGEMENTS = prefiltered(r"(?<!\w)[وب]?(?:ال)?(?:زيارتين|زيارتان|لقاءين|لقاءان|اجتماعين|اجتماعان|جولتين|جولتان)"
                               r"(?!\w)")
_TWO_ENGAGEMENTS_REACH = 60  # characters before the second date: the dual noun, its adjective and the first date
_AND_THE_OTHER_DATE = prefiltered(r"(?<!\w)و\s*(?:في\s+)?$")  # 'ودجنبر 2021'، 'و في أكتوبر'
_AND_REACH = 8


def _the_other_of_two(first: dict, article_id: str, scene: _Scene, start: int, end: int, date: DateMention) -> dict:
    """The second of two engagements the clause before named with a dual noun, on the clause's own date."""
    char_start, char_end = scene.sentence.span(start, end)
    return {**first, "candidate_id": _candidate_id(article_id, char_start, first["country_iso2"]),
            "char_start": char_start, "char_end": char_end,
            "evidence_text": _original(scene.sentence, start, end).strip(" ،,"),
            "date_text": date.text, "date_source": "text", "start_date": date.start_date, "end_date": date.end_date,
            "date_precision": date.precision, "date_year_basis": date.year_basis,
            "named_weekday": None, "named_month": None, "partial_day_start": None, "partial_day_end": None}


def _candidate_id(article_id: str, char_start: int, country_iso2: str | None) -> str:
    return hashlib.md5(f"{article_id}:{char_start}:{country_iso2}".encode()).hexdigest()[:16]


def _candidate_row(article_id: str, scene: _Scene, start: int, end: int, date: DateMention | None,
                   engagement: Engagement, attribution: Attribution, reason: str | None, accepted: list[dict],
                   date_source: str = "text", hint: CalendarHint | None = None, told_undated: bool = False) -> dict:
    """One candidate row; told_undated: the page told its news without a date before this clause, and the
    clause's date belongs to another engagement word than the one it points back with."""
    engagement = _received_abroad(scene, start, end, engagement)
    s = scene.sentence
    char_start, char_end = s.span(start, end)
    clause = s.norm.text[start:end]
    new_engagement = marks_new_engagement(clause)
    counterpart = _as_in_office_then(engagement.counterpart, date)
    # The same days again, or, for a clause that points back to the engagement ('ويندرج هذا اللقاء في إطار
    # الزيارة ... من 7 إلى 9 يناير'), the days around it: the engagement told, not another.
    pointers = list(_THIS_ENGAGEMENT.finditer(clause))
    around = bool(pointers)
    # 'وترأس حموشي الوفد المغربي إلى هذا الموعد، حيث تناول الكلمة ... يوم الأربعاء': a day of the gathering told.
    opens_on_the_session = _OPENS_ON_THE_SESSION.match(clause) is not None
    at_the_session = _THIS_ENGAGEMENT_OR_SESSION.search(clause) is not None or opens_on_the_session
    repeated = next((c for c in accepted if date and date.resolved and c["country_iso2"] == engagement.country_iso2
                     and _both_or_neither_honours(c["meeting_type"], engagement.meeting_type)
                     # A stop's own days inside the days of a tour told for several (_fold_days_of_a_trip).
                     and not (c["date_source"] == "tour_span"
                              and (c["start_date"], c["end_date"]) != (date.start_date, date.end_date))
                     and ((c["start_date"], c["end_date"]) == (date.start_date, date.end_date)
                          or (around and date.first_day <= c["start_date"] <= c["end_date"] <= date.last_day)
                          or _meeting_of_the_visit(engagement, date, c) or _day_of_the_session(engagement, date, c)
                          or (at_the_session and _within_its_days(date, c))
                          or _its_days_widen(engagement, date, c, s.index, clause)
                          or _the_guests_stay(engagement, date, c, s.index, attribution.principal_role))),
                    None)
    # Whatever path read it, a row out of the gates' bounds is rejected here: one page's slip must
    # not fail a night's blocking gates.
    reason = reason or _out_of_bounds(date) or _before_tenure(date, scene.reference.tenure_start)
    # A clause dated by the occasion it points back to ('على هامش هذه الزيارة') tells another engagement.
    points_back = (date_source != "previous_engagement" and _points_back(pointers, clause, engagement.trigger, start)
                   and not _another_stop_of_the_tour(clause, engagement, accepted))
    # The session told, again by its subject ('وشهدت الدورة انتخاب رئيس جديد يوم الخميس'), whatever is new in it.
    session_again = (engagement.meeting_type == "conference" and date is not None and date.resolved
                     and opens_on_the_session
                     and any(c["country_iso2"] == engagement.country_iso2 and _within_its_days(date, c)
                             for c in accepted))
    if reason is None and (session_again or not new_engagement and (repeated is not None or (
            points_back
            and (told_undated or any(c["is_event"] for c in accepted))))):
        # 'وخلال هذا الاستقبال، أعرب ... بمقر المنظمة في نيويورك': more on the engagement told, whatever
        # country its words name; 'وتندرج هذه الزيارة في إطار اتفاقية ... الموقعة سنة 2014': the year is
        # the agreement's, the visit the undated one told.
        reason = "repeats_earlier_mention"
    trigger = engagement.trigger
    days = date.partial_days if date else (hint.days if hint else None)
    row = {
        "candidate_id": _candidate_id(article_id, char_start, engagement.country_iso2),
        "article_id": article_id, "sentence_index": s.index, "line_index": s.line_index,
        "char_start": char_start, "char_end": char_end, "evidence_text": _original(s, start, end).strip(" ،,"),
        "sentence_text": s.text, "date_text": date.text if date else None, "date_source": date_source,
        "start_date": date.start_date if date else None, "end_date": date.end_date if date else None,
        "date_precision": date.precision if date else None,
        "date_year_basis": date.year_basis if date else None,
        "partial_day_start": days[0] if days else None, "partial_day_end": days[1] if days else None,
        "named_weekday": hint.weekday if hint else None, "named_month": hint.month if hint else None,
        "meeting_type": engagement.meeting_type, "direction": engagement.direction,
        "country_iso2": engagement.country_iso2, "counterpart_agency": counterpart.org_code,
        "counterpart_text": _without_clitics(s, counterpart.mention) if counterpart.mention else None,
        **_counterpart_fields(s, counterpart), "organization_code": counterpart.organization_code,
        "principal_id": attribution.principal_id, "principal_role": attribution.principal_role,
        "trigger_word": trigger.word if trigger else None,
        "is_new_engagement": new_engagement, "is_event": reason is None, "reject_reason": reason,
    }
    if repeated is not None and reason == "repeats_earlier_mention":
        _complete_earlier(repeated, row)
        # With no role given, _the_guests_stay holds only for a stay told in the reception's own sentence.
        if date is not None and (_its_days_widen(engagement, date, repeated, s.index, clause)
                                 or _the_guests_stay(engagement, date, repeated, s.index, None)):
            repeated["start_date"] = min(repeated["start_date"], date.first_day)
            repeated["end_date"] = max(repeated["end_date"], date.last_day)
    return row


def _as_in_office_then(counterpart: Counterpart, date: DateMention | None) -> Counterpart:
    """'استقبل في ديسمبر 2019 نيكولا ليرنر': the body and title officials.csv gives a person are those of the office he
    holds in its years (the DGSE's director from 2024); met before or after them, he headed another, which the
    page's own words may name, the seed's may not."""
    mention = counterpart.mention
    if (date is None or not date.resolved or mention is None or mention.alias.kind != "official"
            or counterpart.org_code != mention.alias.agency):
        return counterpart
    took_office, left_office = mention.alias.in_office
    if ((took_office is None or date.last_day.year >= took_office)
            and (left_office is None or date.first_day.year <= left_office)):
        return counterpart
    return replace(counterpart, org_code=None,
                   title=None if counterpart.title == mention.alias.label else counterpart.title)


def _counterpart_fields(s: Sentence, counterpart: Counterpart) -> dict:
    """The person and title of a candidate row: the name as written, a known official's Latin name."""
    person = _original(s, *counterpart.person_span).strip() if counterpart.person_span else None
    return {"counterpart_person": person, "counterpart_person_latin": counterpart.person_latin,
            "counterpart_title": counterpart.title}


def _latest_period(date_rows: list[dict]) -> tuple[dt.date | None, dt.date | None]:
    periods = [r for r in date_rows if r["form"] == "period" and r["start_date"]]
    return (periods[-1]["start_date"], periods[-1]["end_date"]) if periods else (None, None)


def _sentence_row(article_id: str, s: Sentence) -> dict:
    return {"article_id": article_id, "sentence_index": s.index, "line_index": s.line_index,
            "char_start": s.char_start, "char_end": s.char_start + len(s.text), "line_kind": s.line_kind,
            "text": s.text}


def _date_row(article_id: str, s: Sentence, m: DateMention) -> dict:
    start, end = s.span(m.start, m.end)
    return {"article_id": article_id, "sentence_index": s.index, "char_start": start, "char_end": end,
            "text": s.text[start - s.char_start:end - s.char_start], "form": m.form,
            "start_date": m.start_date, "end_date": m.end_date, "precision": m.precision,
            "is_future": m.is_future, "excluded_reason": m.excluded,
            "weekday_consistent": dates_mod.weekday_consistent(m) if m.resolved else None,
            "year_basis": m.year_basis,
            "partial_day_start": m.partial_days[0] if m.partial_days else None,
            "partial_day_end": m.partial_days[1] if m.partial_days else None}


def _entity_row(article_id: str, s: Sentence, r: PlaceRole) -> dict:
    start, end = s.span(r.mention.start, r.mention.end)
    alias = r.mention.alias
    return {"article_id": article_id, "sentence_index": s.index, "char_start": start, "char_end": end,
            "text": s.text[start - s.char_start:end - s.char_start], "alias_kind": alias.kind,
            "country_iso2": r.iso2, "agency": alias.agency, "region": alias.region, "role": r.role}


def _tally_row(article_id: str, s: Sentence, claim, period: tuple[dt.date | None, dt.date | None]) -> dict:
    start, end = s.span(claim.start, claim.end)
    identity = f"{article_id}:{start}:{claim.scope_type}:{claim.scope_code}"
    return {"claim_id": hashlib.md5(identity.encode()).hexdigest()[:16], "article_id": article_id,
            "sentence_index": s.index, "char_start": start, "char_end": end,
            "evidence_text": s.text, "claim_text": s.text[start - s.char_start:end - s.char_start],
            "scope_type": claim.scope_type, "scope_code": claim.scope_code,
            "reported_count": claim.reported_count, "is_approximate": claim.is_approximate,
            "period_start": period[0], "period_end": period[1]}
