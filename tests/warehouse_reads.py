"""Reading a built warehouse in tests, as an analyst would: read-only, closed after each query."""
from __future__ import annotations

import duckdb


def query(warehouse, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# The published tables two builds of the same input must agree on.
MART_TABLES = [
    "fct_meetings",
    "bridge_meeting_articles",
    "fct_meeting_evidence",
    "dim_articles",
    "fct_reported_tallies",
    "fct_tally_reconciliation",
    "fct_country_meetings",
    "fct_region_meetings",
    "dim_countries",
    "dim_regions",
]
# When an article was ingested is the one column that records the clock, not the input.
RUN_CLOCK_COLUMNS = {"ingested_at"}


def marts_dump(warehouse, tables: list[str] | None = None) -> dict[str, list[tuple]]:
    """Each table's rows ordered by every column (all columns but the clock); by default the tables
    of MART_TABLES."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        dump = {}
        for table in tables or MART_TABLES:
            columns = [r[0] for r in con.execute(f"describe marts.{table}").fetchall() if r[0] not in RUN_CLOCK_COLUMNS]
            listed = ", ".join(f'"{c}"' for c in columns)
            dump[table] = con.execute(f"select {listed} from marts.{table} order by all").fetchall()
        return dump
    finally:
        con.close()
