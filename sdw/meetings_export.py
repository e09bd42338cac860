"""One row per meeting, in the manner of ACLED's event export, and its codebook.

Each exported column is declared once here, with its SQL and its description: the export's
SELECT, the codebook and the HTML report's meetings table all come from this list, so they
cannot drift apart.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sdw.query import EXPORT_FORMATS, QueryRefused, export_query
from sdw.settings import QueryLimits


@dataclass(frozen=True)
class ExportColumn:
    name: str
    sql: str  # an expression over the aliases of MEETINGS_FROM
    description: str


SEPARATOR = " | "
COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("meeting_id", "m.meeting_id",
                 "Identifier of the engagement, stable across re-runs of the same input (marts.fct_meetings)."),
    ExportColumn("event_date", "m.start_date",
                 "First day of the engagement (ISO date). At month or year precision: the first day of that "
                 "month or year."),
    ExportColumn("end_date", "m.end_date",
                 "Last day of the engagement (equal to event_date for a one-day event; the last day of the month or "
                 "year at those precisions)."),
    ExportColumn("time_precision", "case m.date_precision when 'day' then 1 when 'month' then 2 else 3 end",
                 "ACLED's precision code: 1 the articles give the day, 2 only the month, 3 only the year."),
    ExportColumn("date_precision", "m.date_precision", "The same precision as a word: day, month or year."),
    ExportColumn("year", "m.meeting_year", "Year of event_date."),
    ExportColumn("country_iso2", "m.country_iso2",
                 "ISO 3166-1 alpha-2 code of the counterpart country; for a multilateral meeting, the host country "
                 "(MA when held in Morocco)."),
    ExportColumn("country_name_en", "c.name_en", "The country's English name (CLDR)."),
    ExportColumn("country_name_ar", "c.name_ar", "The country's Arabic name (CLDR)."),
    ExportColumn("region", "m.region", "The country's region (dbt_project/seeds/country_regions.csv)."),
    ExportColumn("meeting_type", "m.meeting_type",
                 "meeting, hosted_visit (a foreign delegation came to Morocco), visit_abroad, conference, agreement "
                 "(a signing) or honor (a decoration given or received)."),
    ExportColumn("direction", "m.direction",
                 "hosted (the counterpart came to Morocco), abroad (he travelled), unknown (no report says)."),
    ExportColumn("counterpart", "m.counterpart_names",
                 f"Every counterpart the reports name (a person as written in Arabic, else the country or body), "
                 f"separated by '{SEPARATOR}'."),
    ExportColumn("counterpart_person_latin", "m.counterpart_person_latin",
                 "The person met in Latin script, when dbt_project/seeds/officials.csv knows them."),
    ExportColumn("counterpart_title", "m.counterpart_title", "The person's title or role, in English."),
    ExportColumn("counterpart_org_code", "m.counterpart_org_code",
                 "Code of the body met (dbt_project/seeds/organizations.csv), e.g. FBI, CNI."),
    ExportColumn("counterpart_org_name", "counterpart_org.org_name_en", "English name of the body met."),
    ExportColumn("organization_code", "m.organization_code",
                 "For a multilateral meeting, the international body that convened it (INTERPOL, AIMC...)."),
    ExportColumn("organization_name", "convener.org_name_en", "English name of that international body."),
    ExportColumn("source_count", "m.source_count", "How many distinct articles report the engagement."),
    ExportColumn("sources", "sources.sources",
                 f"Each reporting article's URL, or its file name when it has none, separated by '{SEPARATOR}'."),
    ExportColumn("evidence", "evidence.evidence",
                 f"The sentence of each report that supports the engagement (Arabic, as published), separated by "
                 f"'{SEPARATOR}'."),
)

MEETINGS_FROM = f"""
from marts.fct_meetings as m
left join marts.dim_countries as c on c.country_iso2 = m.country_iso2
left join marts.dim_organizations as counterpart_org on counterpart_org.org_code = m.counterpart_org_code
left join marts.dim_organizations as convener on convener.org_code = m.organization_code
left join (
    select b.meeting_id, string_agg(coalesce(a.url, a.source_name), '{SEPARATOR}' order by a.source_name) as sources
    from marts.bridge_meeting_articles as b
    inner join marts.dim_articles as a using (article_id)
    group by b.meeting_id
) as sources on sources.meeting_id = m.meeting_id
left join (
    select meeting_id, string_agg(evidence_text, '{SEPARATOR}' order by article_id, char_start) as evidence
    from marts.fct_meeting_evidence
    group by meeting_id
) as evidence on evidence.meeting_id = m.meeting_id
"""


def meetings_sql() -> str:
    """The export's query: one row per meeting, in date order."""
    columns = ",\n    ".join(f"{column.sql} as {column.name}" for column in COLUMNS)
    return f"select\n    {columns}\n{MEETINGS_FROM}order by m.start_date, m.meeting_id"


def codebook_markdown() -> str:
    lines = ["# Codebook: meetings export (`sdw export`)", "",
             "One row per real-world engagement of the principal, however many articles report it; "
             "columns in file order.", "", "| column | meaning |", "| --- | --- |"]
    lines += [f"| `{column.name}` | {column.description} |" for column in COLUMNS]
    return "\n".join(lines) + "\n"


def codebook_path(out: Path) -> Path:
    return out.with_name(f"{out.stem}.codebook.md")


def export_meetings(warehouse: Path, out: Path, file_format: str, limits: QueryLimits) -> tuple[int, Path]:
    """Write the meetings export to `out` and its codebook beside it; returns (rows, codebook path)."""
    if file_format not in EXPORT_FORMATS:
        raise QueryRefused(f"unknown export format {file_format!r}; one of {', '.join(EXPORT_FORMATS)}")
    rows = export_query(warehouse, meetings_sql(), out, file_format, limits)
    codebook = codebook_path(out.expanduser().resolve())
    partial = codebook.with_name(f".{codebook.name}.{os.getpid()}.part")
    partial.write_text(codebook_markdown(), encoding="utf-8")
    os.replace(partial, codebook)
    return rows, codebook
