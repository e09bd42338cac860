"""Regenerate dbt_project/seeds/countries.csv from CLDR (through Babel), and the demonyms derived from it.

CLDR is the maintained source for official country names in English and Arabic; hand-written
short forms, demonyms, capitals, agencies and officials live in country_aliases.csv instead,
because CLDR has none of them. CLDR has no demonyms either, but most Arabic ones follow the nisba
rule from a one-word name (فنلندا -> فنلندي، السويد -> سويدي، اليابان -> ياباني): those are written to
country_demonyms.csv, for the countries the hand-reviewed aliases do not cover. Names the rule
gets wrong or that would read as another word are left out (see _NISBA_SKIP). Run
`make seeds-refresh` after upgrading Babel, then review the diff.
"""
from __future__ import annotations

import csv
import re
import sys

from babel import Locale

from sdw.settings import SEEDS_DIR as SEEDS

# CLDR territory codes that are not countries or are placeholders.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA", "CQ"}


def country_rows() -> list[dict[str, str]]:
    english, arabic = Locale("en").territories, Locale("ar").territories
    return [
        {"iso2": code, "name_en": english[code], "name_ar": arabic[code]}
        for code in sorted(english)
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES and code in arabic
    ]


# Countries whose nisba is irregular or ambiguous: مالي (المالي is 'financial'), the Congos and Togo
# (كونغولي، توغولي), Austria (نمساوي), Morocco (home), and names that end in ي or و.
_NISBA_SKIP = {"ML", "CD", "CG", "TG", "AT", "MA"}
_ARABIC_LETTERS = re.compile(r"^[\u0621-\u064A]+$")


def nisba(name_ar: str) -> str | None:
    """The masculine demonym of a one-word Arabic country name, by the regular nisba rule."""
    name = name_ar.replace("\u064f", "")  # عُمان: the damma is a reading aid
    if " " in name or not _ARABIC_LETTERS.match(name):
        return None
    stem = name[2:] if name.startswith("ال") else name
    if stem.endswith(("ي", "و", "ة")) or len(stem) < 3:
        return None
    if stem.endswith("يا"):
        return stem[:-1]  # كينيا -> كيني، روسيا -> روسي
    if stem.endswith("ا"):
        return stem[:-1] + "ي"  # فنلندا -> فنلندي، كندا -> كندي
    return stem + "ي"  # السويد -> سويدي، اليابان -> ياباني، تشاد -> تشادي


def demonym_rows(countries: list[dict[str, str]], reviewed: set[str]) -> list[dict[str, str]]:
    rows = []
    for country in countries:
        demonym = nisba(country["name_ar"])
        if demonym and country["iso2"] not in reviewed and country["iso2"] not in _NISBA_SKIP:
            rows.append({"iso2": country["iso2"], "demonym": demonym, "source": f"nisba of {country['name_ar']}"})
    return rows


def _write(name: str, fields: list[str], rows: list[dict[str, str]]) -> None:
    with open(SEEDS / name, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {SEEDS / name}", file=sys.stderr)


def main() -> int:
    rows = country_rows()
    _write("countries.csv", ["iso2", "name_en", "name_ar"], rows)
    with open(SEEDS / "country_aliases.csv", encoding="utf-8", newline="") as handle:
        reviewed = {row["iso2"] for row in csv.DictReader(handle) if row["kind"] == "demonym"}
    _write("country_demonyms.csv", ["iso2", "demonym", "source"], demonym_rows(rows, reviewed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
