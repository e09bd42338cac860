"""The rows the extractor writes to `extracted.*`, each shape defined once, here.

The tables' DDL is derived from these shapes (sdw.warehouse), and every row is checked against
its shape before it is stored, so a key added, renamed or dropped in the extractor fails loudly
instead of leaving a column empty. Field order is the tables' column order.
"""
from __future__ import annotations

import datetime as dt
import types
from typing import Annotated, TypedDict, Union, get_args, get_origin, get_type_hints

import pyarrow as pa

PRIMARY_KEY, NOT_NULL = "primary key", "not null"


class ArticleRow(TypedDict):
    article_id: Annotated[str, PRIMARY_KEY]
    extractor_version: Annotated[str, NOT_NULL]
    published_date: dt.date | None
    published_source: str | None
    clock_date: dt.date | None
    clock_precision: str | None
    clock_source: str | None
    focus_year: int | None
    sentence_count: int
    event_count: int
    tally_count: int
    extracted_at: Annotated[dt.datetime, NOT_NULL]


class SentenceRow(TypedDict):
    article_id: str
    sentence_index: int
    line_index: int
    char_start: int
    char_end: int
    line_kind: str
    text: str


class DateMentionRow(TypedDict):
    article_id: str
    sentence_index: int
    char_start: int
    char_end: int
    text: str
    form: str
    start_date: dt.date | None
    end_date: dt.date | None
    precision: str | None
    is_future: bool
    excluded_reason: str | None
    weekday_consistent: bool | None
    partial_day_start: int | None
    partial_day_end: int | None
    year_basis: str | None


class EntityMentionRow(TypedDict):
    article_id: str
    sentence_index: int
    char_start: int
    char_end: int
    text: str
    alias_kind: str
    country_iso2: str | None
    agency: str | None
    region: str | None
    role: str | None


class EventCandidateRow(TypedDict):
    candidate_id: str
    article_id: str
    sentence_index: int
    line_index: int
    char_start: int
    char_end: int
    evidence_text: str
    sentence_text: str
    date_text: str | None
    date_source: str
    start_date: dt.date | None
    end_date: dt.date | None
    date_precision: str | None
    partial_day_start: int | None
    partial_day_end: int | None
    meeting_type: str | None
    direction: str | None
    country_iso2: str | None
    counterpart_agency: str | None
    counterpart_text: str | None
    trigger_word: str | None
    is_new_engagement: bool
    is_event: bool
    reject_reason: str | None
    principal_id: str | None
    principal_role: str | None
    counterpart_person: str | None
    counterpart_person_latin: str | None
    counterpart_title: str | None
    organization_code: str | None
    date_year_basis: str | None
    named_weekday: int | None  # undated reports: the weekday (ISO, 1 is Monday) and month the text names
    named_month: int | None


class TallyClaimRow(TypedDict):
    claim_id: str
    article_id: str
    sentence_index: int
    char_start: int
    char_end: int
    evidence_text: str
    claim_text: str
    scope_type: str
    scope_code: str | None
    reported_count: int
    is_approximate: bool
    period_start: dt.date | None
    period_end: dt.date | None


class PrefilteredArticleRow(TypedDict):
    """An article the keyword prefilter (sdw.extraction.prefilter) dropped before extraction."""

    article_id: Annotated[str, PRIMARY_KEY]
    extractor_version: Annotated[str, NOT_NULL]
    prefiltered_at: Annotated[dt.datetime, NOT_NULL]


# extracted.<table> -> the shape of its rows
SHAPES: dict[str, type] = {"articles": ArticleRow, "sentences": SentenceRow, "date_mentions": DateMentionRow,
                           "entity_mentions": EntityMentionRow, "event_candidates": EventCandidateRow,
                           "tally_claims": TallyClaimRow, "prefiltered_articles": PrefilteredArticleRow}
# The tables an article's extraction (ArticleExtraction) holds rows of, beside its summary row.
EXTRACTED_TABLES = ("sentences", "date_mentions", "entity_mentions", "event_candidates", "tally_claims")
_SQL_TYPES = {str: "varchar", int: "integer", bool: "boolean", dt.date: "date", dt.datetime: "timestamp"}
# How each SQL type travels as Arrow, from the extraction workers to the one DuckDB writer.
_ARROW_TYPES = {"varchar": pa.string(), "integer": pa.int32(), "boolean": pa.bool_(), "date": pa.date32(),
                "timestamp": pa.timestamp("us")}


def columns(shape: type) -> list[tuple[str, str, str]]:
    """(name, SQL type, constraint) of each field, in order."""
    found = []
    for name, hint in get_type_hints(shape, include_extras=True).items():
        constraint = ""
        if get_origin(hint) is Annotated:
            hint, constraint = get_args(hint)
        if get_origin(hint) in (Union, types.UnionType):
            hint = next(arg for arg in get_args(hint) if arg is not type(None))
        found.append((name, _SQL_TYPES[hint], constraint))
    return found


def arrow_table(table: str, rows: list[dict]) -> pa.Table:
    """Rows of an extracted table as Arrow, typed by its shape (checked first: Arrow would drop an
    unexpected key and fill a missing one with nulls)."""
    check_rows(table, rows)
    schema = pa.schema([(name, _ARROW_TYPES[sql_type], constraint == "")
                        for name, sql_type, constraint in columns(SHAPES[table])])
    return pa.Table.from_pylist(rows, schema=schema)


def ddl() -> str:
    """The extracted schema: each table as its shape says. A warehouse built before a column was
    added gains it (the extractor version changes with the shape, so every article is then
    re-extracted and the column filled)."""
    statements = ["create schema if not exists extracted;"]
    for table, shape in SHAPES.items():
        spec = columns(shape)
        statements.append(f"create table if not exists extracted.{table} (\n    "
                          + ", ".join(" ".join(filter(None, column)) for column in spec) + ");")
        statements += [f"alter table extracted.{table} add column if not exists {name} {sql_type};"
                       for name, sql_type, _ in spec]
    return "\n".join(statements)


def check_rows(table: str, rows: list) -> None:
    """Raise unless every row has exactly the keys of its table's shape."""
    expected = SHAPES[table].__annotations__.keys()
    for row in rows:
        if row.keys() != expected:
            missing, extra = sorted(expected - row.keys()), sorted(row.keys() - expected)
            raise ValueError(f"an extracted.{table} row does not match {SHAPES[table].__name__}: "
                             f"missing {missing}, unexpected {extra}")
