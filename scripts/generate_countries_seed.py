"""Regenerate dbt_project/seeds/countries.csv from CLDR (through Babel).

CLDR is the maintained source for official country names in English and Arabic; hand-written
short forms, demonyms, capitals, agencies and officials live in country_aliases.csv instead,
because CLDR has none of them. Run `make seeds-refresh` after upgrading Babel, then review the diff.
"""
from __future__ import annotations

import csv
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


def main() -> int:
    rows = country_rows()
    with open(SEEDS / "countries.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["iso2", "name_en", "name_ar"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} countries to {SEEDS / 'countries.csv'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
