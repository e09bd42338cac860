"""Reference data read from the dbt seeds, the single source of truth shared with dbt."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path

from sdw.extraction.normalize import normalize_text, squash_spaces
from sdw.settings import SEEDS_DIR

SEED_FILES = ("countries.csv", "country_aliases.csv", "country_demonyms.csv", "country_regions.csv", "regions.csv",
              "region_aliases.csv", "month_names.csv", "organizations.csv", "officials.csv", "principals.csv",
              "official_titles.csv", "hijri_month_names.csv", "weekday_names.csv", "approximation_words.csv",
              "meeting_types.csv", "bare_aliases.csv", "organization_sessions.csv", "news_agencies.csv",
              "vocalized_aliases.csv")
INTERNATIONAL = "INT"  # organizations.csv: a body of no single country (INTERPOL, the UN...)


def _read(name: str, seeds_dir: Path) -> list[dict[str, str]]:
    with open(seeds_dir / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _year(text: str) -> int | None:
    return int(text) if text else None


def lexicon_key(text: str) -> str:
    """How a name is looked up: normalized, single-spaced, the first word without its article."""
    words = squash_spaces(normalize_text(text).replace("-", " ")).split(" ")
    if words[0].startswith("ال") and len(words[0]) > 3:
        words[0] = words[0][2:]
    return " ".join(words)


@dataclass(frozen=True)
class Alias:
    """One way of naming a place, a party or a region."""

    key: str  # lexicon_key of the alias
    iso2: str | None  # None for regions and international organisations
    kind: str  # short_name, demonym, capital, city, agency, organization, official, title, principal*, ...
    agency: str | None = None  # organisation code (organizations.csv) of an agency, organisation or official
    alternatives: tuple[str, ...] = ()
    region: str | None = None
    bare_only: bool = False  # matches only without the article (مالي but not المالي)
    definite_only: bool = False  # matches only with the article (المملكة for Morocco, not مملكة)
    person: str | None = None  # an official's name in Latin script
    label: str | None = None  # display form: an official's role, an English title, a principal's id
    home_when_unmarked: bool = False  # a title that, with no nationality after it, names a Moroccan official
    # A title no Moroccan holds, foreign with no nationality after it ('مدير الأمن العام' in Jordanian copy).
    foreign_when_unmarked: bool = False
    in_office: tuple[int | None, int | None] = (None, None)  # years an official or a principal's form held
    meets_in: str | None = None  # an international body's seat, where its own sessions sit (organizations.csv)
    # An ambiguous name's vocalized spellings and the country each names (vocalized_aliases.csv: عمّان JO, عُمان OM).
    vocalized: tuple[tuple[str, str], ...] = ()


def _demonym_forms(masculine: str) -> list[str]:
    """Feminine, sound plurals and dual of a nisba adjective (إسباني -> إسبانية، إسبانيين...)."""
    return [masculine, masculine + "ة", masculine + "ين", masculine + "ون", masculine + "ان"]


@dataclass(frozen=True)
class Session:
    """A numbered session of an international body's recurring meeting (organization_sessions.csv)."""

    org_code: str
    number: int
    start: dt.date
    end: dt.date
    host_iso2: str
    # Normalized words the sentence holds when the body convenes more than one numbered meeting
    # ('قاده الشرطه' for the Arab police chiefs' conference, 'وزراء الداخليه' for the council's own session).
    named_by: str = ""


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per seeds folder
class Reference:
    countries: dict[str, dict[str, str]]  # iso2 -> row with name_en, name_ar, region
    aliases: dict[str, Alias]  # lexicon key -> alias
    months: dict[str, int]  # normalized month name -> month number
    fingerprint: str  # hash of the seed files, part of the extractor version
    first_words: dict[str, int] = field(default_factory=dict)  # first word of a key -> most words in such a key
    organizations: dict[str, dict[str, str]] = field(default_factory=dict)  # code -> organizations.csv row
    principals: tuple[str, ...] = ()  # principal ids, in seed order (the first is the default)
    tenure_start: int = 2005  # the earliest year a principal took office (principals.csv active_from)
    hijri_months: dict[str, int] = field(default_factory=dict)  # normalized Hijri month name -> number
    post_months: dict[str, int] = field(default_factory=dict)  # normalized English month name of embedded posts
    # (org code, number) -> the sessions of that number, one per meeting the body convenes
    sessions: dict[tuple[str, int], tuple[Session, ...]] = field(default_factory=dict)
    # A national news agency's mark, as its datelines write it ('بترا'، 'و م ع'), by agency_key -> its country.
    news_agencies: dict[str, str] = field(default_factory=dict)

    def agency_country(self, mark: str) -> str | None:
        """The country of the news agency a dateline's mark names ('(و.م.ع)'، '( بترا )'), if it is known."""
        return self.news_agencies.get(agency_key(mark))

    @cached_property
    def session_bodies(self) -> frozenset[str]:
        """The codes of the bodies whose sessions the calendar holds."""
        return frozenset(code for code, _ in self.sessions)

    def _named_sessions(self, org_code: str, sentence: str) -> Iterator[Session]:
        """The body's sessions of the meeting the (normalized) sentence names."""
        return (s for (code, _), sessions in self.sessions.items() if code == org_code for s in sessions
                if s.named_by in sentence)

    def sitting_on(self, org_code: str, first_day: dt.date, last_day: dt.date, sentence: str) -> Session | None:
        """The body's session whose days hold these days, of the meeting the (normalized) sentence names."""
        return next((s for s in self._named_sessions(org_code, sentence) if s.start <= first_day <= last_day <= s.end),
                    None)

    def the_session_during(self, org_code: str, first_day: dt.date, last_day: dt.date,
                           sentence: str) -> Session | None:
        """The body's one session, of the meeting the (normalized) sentence names, that sat during these days ('في
        نونبر 2023': the 91st INTERPOL General Assembly, 28 November to 1 December); none when none or several did."""
        during = [s for s in self._named_sessions(org_code, sentence) if s.start <= last_day and first_day <= s.end]
        return during[0] if len(during) == 1 else None


EMBEDDED_POST_MONTHS = "english_embedded_posts"  # month_names.csv name_set
# Month names in Latin script ('May 10, 2019' under an embedded post, 'jeudi 17 novembre 2016' in a French
# site's stamp): they date stamps, never Arabic prose.
LATIN_MONTH_SETS = (EMBEDDED_POST_MONTHS, "french_stamps")


def load_reference(seeds_dir: Path = SEEDS_DIR) -> Reference:
    countries = {row["iso2"]: dict(row) for row in _read("countries.csv", seeds_dir)}
    for row in _read("country_regions.csv", seeds_dir):
        countries[row["iso2"]]["region"] = row["region"]

    aliases: dict[str, Alias] = {}

    def add(text: str, alias: Alias) -> None:
        key = lexicon_key(text)
        if len(key.replace(" ", "")) >= 3:
            # Morocco's own names are common nouns with the article ('المملكة' the Kingdom): without it,
            # 'مملكة البحرين' is another kingdom. Foreign names lose their article in print ('ونمسا').
            definite = alias.kind == "home" and normalize_text(text).startswith("ال")
            aliases.setdefault(key, replace(alias, key=key, definite_only=definite))

    bare = {row["alias"] for row in _read("bare_aliases.csv", seeds_dir)}
    demonyms: list[tuple[str, str]] = []  # (masculine, iso2) of every nationality, for its accusative below
    # Hand-reviewed aliases first: they override CLDR where both name the same string.
    for row in _read("country_aliases.csv", seeds_dir):
        alias = Alias(key="", iso2=row["iso2"] or None, kind=row["kind"], agency=row["agency"] or None,
                      alternatives=tuple(a for a in row["alternatives"].split("|") if a),
                      bare_only=row["alias"] in bare)
        if row["kind"] == "demonym":
            demonyms.append((row["alias"], row["iso2"]))
        forms = _demonym_forms(row["alias"]) if row["kind"] == "demonym" else [row["alias"]]
        for form in forms:
            add(form, alias)
    # Then the demonyms the nisba rule derives from CLDR names (scripts/generate_countries_seed.py).
    for row in _read("country_demonyms.csv", seeds_dir):
        demonyms.append((row["demonym"], row["iso2"]))
        for form in _demonym_forms(row["demonym"]):
            add(form, Alias(key="", iso2=row["iso2"], kind="demonym"))
    organizations = {row["code"]: dict(row) for row in _read("organizations.csv", seeds_dir)}
    for code, row in organizations.items():
        international = row["iso2"] == INTERNATIONAL
        for name in row["names_ar"].split("|"):
            add(name, Alias(key="", iso2=None if international else row["iso2"],
                            kind="organization" if international else "agency", agency=code,
                            meets_in=row["meets_in"] or None))
    for row in _read("officials.csv", seeds_dir):
        international = row["iso2"] == INTERNATIONAL
        add(row["name_ar"], Alias(key="", iso2=None if international else row["iso2"], kind="official",
                                  agency=row["org_code"] or None, person=row["name_latin"], label=row["role_en"],
                                  in_office=(_year(row["in_office_from"]), _year(row["in_office_to"]))))
    principals: list[str] = []
    principal_rows = _read("principals.csv", seeds_dir)
    for row in principal_rows:
        if row["principal_id"] not in principals:
            principals.append(row["principal_id"])
        add(row["form"], Alias(key="", iso2=None, kind=f"principal_{row['form_kind']}", label=row["principal_id"],
                               in_office=(_year(row["active_from"]), None)))
    for row in _read("official_titles.csv", seeds_dir):
        add(row["title_ar"], Alias(key="", iso2=None, kind="title", label=row["title_en"],
                                   home_when_unmarked=row["home_when_unmarked"] == "true",
                                   foreign_when_unmarked=row["foreign_when_unmarked"] == "true"))
    for iso2, row in countries.items():
        add(row["name_ar"], Alias(key="", iso2=iso2, kind="name"))
        # CLDR disambiguates with " - city" (الكونغو - برازافيل): the part before is the name.
        add(row["name_ar"].split(" - ")[0], Alias(key="", iso2=iso2, kind="name"))
    for row in _read("region_aliases.csv", seeds_dir):
        add(row["alias"], Alias(key="", iso2=None, kind="region", region=row["region"]))
    for row in _read("regions.csv", seeds_dir):
        add(row["name_ar"], Alias(key="", iso2=None, kind="region", region=row["region"]))
    # Last, the indefinite accusative ('استقبل وفدا أمريكيا'), wherever no other name is spelled so
    # ('برازيليا' is Brasília).
    for masculine, iso2 in demonyms:
        add(masculine + "ا", Alias(key="", iso2=iso2, kind="demonym"))

    for row in _read("vocalized_aliases.csv", seeds_dir):
        key = lexicon_key(row["spelling"])
        if key not in aliases:
            raise ValueError(f"vocalized_aliases.csv: {row['spelling']!r} spells no name of the alias seeds")
        aliases[key] = replace(aliases[key], vocalized=(*aliases[key].vocalized, (row["spelling"], row["iso2"])))

    month_rows = _read("month_names.csv", seeds_dir)
    months = {squash_spaces(normalize_text(row["name"])): int(row["month"])
              for row in month_rows if row["name_set"] not in LATIN_MONTH_SETS}
    post_months = {normalize_text(row["name"]): int(row["month"])
                   for row in month_rows if row["name_set"] in LATIN_MONTH_SETS}
    digest = hashlib.sha256()
    for name in SEED_FILES:
        digest.update((seeds_dir / name).read_bytes())
    first_words: dict[str, int] = {}
    for key in aliases:
        words = key.split(" ")
        first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
    return Reference(countries=countries, aliases=aliases, months=months, post_months=post_months,
                     fingerprint=digest.hexdigest()[:16],
                     first_words=first_words, organizations=organizations, principals=tuple(principals),
                     tenure_start=min(int(row["active_from"]) for row in principal_rows),
                     hijri_months={squash_spaces(normalize_text(row["name"])): int(row["month"])
                                   for row in _read("hijri_month_names.csv", seeds_dir)},
                     sessions=_sessions(_read("organization_sessions.csv", seeds_dir)),
                     news_agencies={agency_key(row["mark"]): row["iso2"]
                                    for row in _read("news_agencies.csv", seeds_dir)})


def _sessions(rows: list[dict[str, str]]) -> dict[tuple[str, int], tuple[Session, ...]]:
    sessions: dict[tuple[str, int], tuple[Session, ...]] = {}
    for row in rows:
        session = Session(row["org_code"], int(row["session"]), dt.date.fromisoformat(row["start_date"]),
                          dt.date.fromisoformat(row["end_date"]), row["host_iso2"],
                          squash_spaces(normalize_text(row["named_by"])))
        sessions[session.org_code, session.number] = sessions.get((session.org_code, session.number), ()) + (session,)
    return sessions


def agency_key(mark: str) -> str:
    """How an agency's mark is looked up: normalized, its spaces and stops dropped ('و.م.ع' is 'و م ع')."""
    return re.sub(r"\W", "", normalize_text(mark))


@cache
def home_country(seeds_dir: Path = SEEDS_DIR) -> str:
    """The ISO2 code whose names country_aliases.csv marks `kind=home` (Morocco): it places an
    engagement at home and is never a counterpart."""
    codes = {row["iso2"] for row in _read("country_aliases.csv", seeds_dir) if row["kind"] == "home"}
    if len(codes) != 1:
        raise ValueError(f"country_aliases.csv: kind=home must name one country, not {sorted(codes)}")
    return codes.pop()


@cache
def weekday_names(seeds_dir: Path = SEEDS_DIR) -> dict[str, int]:
    """Normalized weekday name, with its article (الاثنين) -> Python weekday (0 is Monday)."""
    return {normalize_text(row["name"]): int(row["weekday"]) for row in _read("weekday_names.csv", seeds_dir)}


@cache
def month_names(seeds_dir: Path = SEEDS_DIR) -> tuple[str, ...]:
    """The normalized names of the months in Arabic copy (no Latin-letter set): 'اكتوبر'، 'تشرين الاول'."""
    return tuple(sorted({squash_spaces(normalize_text(row["name"])) for row in _read("month_names.csv", seeds_dir)
                         if row["name_set"] not in LATIN_MONTH_SETS}))


@cache
def approximation_words(placement: str = "before", seeds_dir: Path = SEEDS_DIR) -> tuple[str, ...]:
    """Normalized words that make a count or a span approximate, longest first: said before it (حوالي، أزيد من) or
    after it ('أربع مرات على الأقل')."""
    words = {squash_spaces(normalize_text(row["word"])) for row in _read("approximation_words.csv", seeds_dir)
             if row["placement"] == placement}
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


@dataclass(frozen=True)
class MeetingType:
    name: str  # hosted_visit, visit_abroad, conference, agreement, honor, meeting
    trigger_kind: str  # the kind of trigger that gives it (both visits come from a visit)
    priority: int  # lower is more specific: the kind a meeting keeps when its reports differ


@cache
def meeting_types(seeds_dir: Path = SEEDS_DIR) -> tuple[MeetingType, ...]:
    """meeting_types.csv, most specific first (fct_meetings ranks types by the same seed)."""
    types = [MeetingType(row["meeting_type"], row["trigger_kind"], int(row["priority"]))
             for row in _read("meeting_types.csv", seeds_dir)]
    return tuple(sorted(types, key=lambda t: (t.priority, t.name)))


@lru_cache(maxsize=1)
def default_reference() -> Reference:
    return load_reference()
