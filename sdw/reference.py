"""Reference data read from the dbt seeds, the single source of truth shared with dbt."""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sdw.extraction.normalize import normalize_text, squash_spaces
from sdw.settings import SEEDS_DIR

SEED_FILES = ("countries.csv", "country_aliases.csv", "country_regions.csv", "regions.csv",
              "region_aliases.csv", "month_names.csv", "organizations.csv", "officials.csv", "principals.csv",
              "official_titles.csv", "hijri_month_names.csv")
INTERNATIONAL = "INT"  # organizations.csv: a body of no single country (INTERPOL, the UN...)


def _read(name: str, seeds_dir: Path) -> list[dict[str, str]]:
    with open(seeds_dir / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


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
    person: str | None = None  # an official's name in Latin script
    label: str | None = None  # display form: an official's role, an English title, a principal's id
    home_when_unmarked: bool = False  # a title that, with no nationality after it, names a Moroccan official


def _demonym_forms(masculine: str) -> list[str]:
    """Feminine, sound plurals and dual of a nisba adjective (إسباني -> إسبانية، إسبانيين...)."""
    return [masculine, masculine + "ة", masculine + "ين", masculine + "ون", masculine + "ان"]


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


def load_reference(seeds_dir: Path = SEEDS_DIR) -> Reference:
    countries = {row["iso2"]: dict(row) for row in _read("countries.csv", seeds_dir)}
    for row in _read("country_regions.csv", seeds_dir):
        countries[row["iso2"]]["region"] = row["region"]

    aliases: dict[str, Alias] = {}

    def add(text: str, alias: Alias) -> None:
        key = lexicon_key(text)
        if len(key.replace(" ", "")) >= 3:
            aliases.setdefault(key, Alias(key=key, **{k: v for k, v in alias.__dict__.items() if k != "key"}))

    # Hand-reviewed aliases first: they override CLDR where both name the same string.
    for row in _read("country_aliases.csv", seeds_dir):
        alias = Alias(key="", iso2=row["iso2"] or None, kind=row["kind"], agency=row["agency"] or None,
                      alternatives=tuple(a for a in row["alternatives"].split("|") if a),
                      bare_only="only without the article" in row["note"])
        forms = _demonym_forms(row["alias"]) if row["kind"] == "demonym" else [row["alias"]]
        for form in forms:
            add(form, alias)
    organizations = {row["code"]: dict(row) for row in _read("organizations.csv", seeds_dir)}
    for code, row in organizations.items():
        international = row["iso2"] == INTERNATIONAL
        for name in row["names_ar"].split("|"):
            add(name, Alias(key="", iso2=None if international else row["iso2"],
                            kind="organization" if international else "agency", agency=code))
    for row in _read("officials.csv", seeds_dir):
        international = row["iso2"] == INTERNATIONAL
        add(row["name_ar"], Alias(key="", iso2=None if international else row["iso2"], kind="official",
                                  agency=row["org_code"] or None, person=row["name_latin"], label=row["role_en"]))
    principals: list[str] = []
    principal_rows = _read("principals.csv", seeds_dir)
    for row in principal_rows:
        if row["principal_id"] not in principals:
            principals.append(row["principal_id"])
        add(row["form"], Alias(key="", iso2=None, kind=f"principal_{row['form_kind']}", label=row["principal_id"]))
    for row in _read("official_titles.csv", seeds_dir):
        add(row["title_ar"], Alias(key="", iso2=None, kind="title", label=row["title_en"],
                                   home_when_unmarked=row["home_when_unmarked"] == "true"))
    for iso2, row in countries.items():
        add(row["name_ar"], Alias(key="", iso2=iso2, kind="name"))
        # CLDR disambiguates with " - city" (الكونغو - برازافيل): the part before is the name.
        add(row["name_ar"].split(" - ")[0], Alias(key="", iso2=iso2, kind="name"))
    for row in _read("region_aliases.csv", seeds_dir):
        add(row["alias"], Alias(key="", iso2=None, kind="region", region=row["region"]))
    for row in _read("regions.csv", seeds_dir):
        add(row["name_ar"], Alias(key="", iso2=None, kind="region", region=row["region"]))

    months = {squash_spaces(normalize_text(row["name"])): int(row["month"])
              for row in _read("month_names.csv", seeds_dir)}
    digest = hashlib.sha256()
    for name in SEED_FILES:
        digest.update((seeds_dir / name).read_bytes())
    first_words: dict[str, int] = {}
    for key in aliases:
        words = key.split(" ")
        first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
    return Reference(countries=countries, aliases=aliases, months=months, fingerprint=digest.hexdigest()[:16],
                     first_words=first_words, organizations=organizations, principals=tuple(principals),
                     tenure_start=min(int(row["active_from"]) for row in principal_rows),
                     hijri_months={squash_spaces(normalize_text(row["name"])): int(row["month"])
                                   for row in _read("hijri_month_names.csv", seeds_dir)})


@lru_cache(maxsize=1)
def default_reference() -> Reference:
    return load_reference()
