"""The cross-article link model (int_event_links) alone: its seconds and the pairs it judges.

    python scripts/link_bench.py --reports 100000 1000000 [--days 3650] [--memory-limit 4GB]

builds a synthetic `intermediate.int_events` table of each size in a scratch DuckDB file (made in
DuckDB from hashes: the same size gives the same table), compiles int_event_links and the analysis
link_candidate_pairs with dbt, runs them and prints one JSON line per size. `--bucket-days N`
overrides the var link_bucket_days; a width wider than the dates (1000000) puts each country's
reports in one bucket, which is the country-only pairing the model had before. `make bench` calls
`measure_warehouse` on the reports of its own first build.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb

from sdw.settings import DBT_PROJECT_DIR

MEETING_TYPES = ("meeting", "hosted_visit", "visit_abroad", "conference", "agreement", "honor")

# Reports shaped like the extractor's: one in four re-reports an earlier engagement (same country
# and dates, so the two can link); 85% dated to the day (a fifth of them over 2-11 days), 10% to
# the month and 5% to the year, a third of the coarse ones knowing only their days; countries
# skewed towards the first ones; the direction follows the kind, as in the extractor.
SYNTHETIC_EVENTS = """
create schema if not exists intermediate;
create or replace table intermediate.int_events as
with numbered as (
    select
        i,
        hash(i, 'report') as h,
        case when i > 0 and hash(i, 'repeat') % 4 = 0 then hash(i, 'earlier') % i else i end as engagement
    from range({reports}) as t (i)
),

drawn as (
    select
        numbered.*,
        hash(engagement, 'engagement') as e,
        date '2000-01-01' + {first_day} + (hash(engagement, 'day') % {days})::integer as engagement_day,
        case when h % 20 < 17 then 'day' when h % 20 < 19 then 'month' else 'year' end as date_precision
    from numbered
),

dated as (
    select
        drawn.*,
        case date_precision
            when 'day' then engagement_day
            when 'month' then date_trunc('month', engagement_day)::date
            else date_trunc('year', engagement_day)::date
        end as start_date,
        case date_precision
            when 'day' then engagement_day + (case when e % 5 = 0 then 1 + (e // 5) % 10 else 0 end)::integer
            when 'month' then last_day(engagement_day)
            else (date_trunc('year', engagement_day) + interval 1 year - interval 1 day)::date
        end as end_date,
        {meeting_types}[1 + (e % {kinds})::integer] as meeting_type
    from drawn
)

select
    'r' || lpad(i::varchar, 9, '0') as candidate_id,
    'a' || lpad((i // 2)::varchar, 9, '0') as article_id,
    'C' || least(e % {countries}, (e // 7) % {countries})::varchar as country_iso2,
    start_date,
    end_date,
    date_precision,
    case date_precision when 'day' then 0 when 'month' then 1 else 2 end as precision_rank,
    case when date_precision <> 'day' and h % 3 = 0 then day(engagement_day) end as partial_day_start,
    case when date_precision <> 'day' and h % 3 = 0 then day(engagement_day) + (e % 2)::integer end as partial_day_end,
    case meeting_type
        when 'hosted_visit' then 'hosted'
        when 'visit_abroad' then 'abroad'
        when 'conference' then (case when e % 2 = 0 then 'abroad' else 'unknown' end)
        when 'meeting' then (case when e % 3 = 0 then 'hosted' else 'unknown' end)
        else 'unknown'
    end as direction,
    meeting_type,
    case when h % 5 < 2 then 'AGENCY' || (e % 4)::varchar end as counterpart_agency,
    case when h % 10 < 3 then 'Person ' || (e % 9)::varchar end as counterpart_person_latin,
    case when h % 10 = 0 then 'ORG' || (e % 3)::varchar end as organization_code,
    case when h % 10 = 0 then 'ORG' || (e % 3)::varchar end as organization_family,
    case when h % 10 < 7 then end_date + (h % 20)::integer end as article_published_date
from dated
"""


@dataclass(frozen=True)
class LinkFigures:
    reports: int
    pairs: int  # pairs of reports the model judges (analysis link_candidate_pairs)
    links: int  # rows of int_event_links
    seconds: float  # the model's query alone, as dbt runs it


def write_synthetic_events(database: Path, reports: int, days: int = 3650, countries: int = 150,
                           first_day: int = 5479) -> None:
    """`intermediate.int_events` of `reports` rows in `database`, dated over `days` days from
    2000-01-01 + first_day (by default 2015-01-01, like the synthetic corpus)."""
    with duckdb.connect(str(database)) as connection:
        connection.execute("set enable_progress_bar = false")
        connection.execute(SYNTHETIC_EVENTS.format(
            reports=int(reports), days=int(days), countries=int(countries), first_day=int(first_day),
            meeting_types=list(MEETING_TYPES), kinds=len(MEETING_TYPES)))


def compile_links(database: Path, target_dir: Path, bucket_days: int | None = None) -> tuple[str, str]:
    """The SQL of int_event_links and of the analysis link_candidate_pairs, compiled by dbt
    against `database` (with link_bucket_days overridden when given)."""
    # --full-refresh: the whole model, as a first build runs it (int_event_links is incremental).
    command = [str(Path(sys.executable).with_name("dbt")), "compile", "--full-refresh", "--select", "int_event_links",
               "link_candidate_pairs", "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
               "--target-path", str(target_dir), "--log-path", str(target_dir / "logs")]
    if bucket_days is not None:
        command += ["--vars", json.dumps({"link_bucket_days": bucket_days})]
    env = {**os.environ, "SDW_DBT_DATABASE": str(database), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    completed = subprocess.run(command, cwd=DBT_PROJECT_DIR, env=env, capture_output=True, text=True)
    if completed.returncode != 0:
        raise RuntimeError(f"dbt compile failed:\n{completed.stdout[-3000:]}{completed.stderr[-2000:]}")
    compiled = target_dir / "compiled" / "sdw"
    return ((compiled / "models" / "intermediate" / "int_event_links.sql").read_text(encoding="utf-8"),
            (compiled / "analyses" / "link_candidate_pairs.sql").read_text(encoding="utf-8"))


def measure(database: Path, target_dir: Path, bucket_days: int | None = None,
            keep_as: str | None = None, memory_limit: str | None = None) -> LinkFigures:
    """Run int_event_links on the `intermediate.int_events` of `database` and count its pairs.
    With `keep_as`, the links stay in `database` as that table (to compare two runs); with
    `memory_limit` (e.g. '4GB'), DuckDB spills beyond it, as dbt's DuckDB would under that limit."""
    links_sql, pairs_sql = compile_links(database, target_dir, bucket_days)
    with duckdb.connect(str(database)) as connection:
        connection.execute("set enable_progress_bar = false")
        if memory_limit:
            connection.execute(f"set memory_limit = '{memory_limit}'")
        table = keep_as or "link_bench_links"
        started = time.monotonic()
        connection.execute(f"create or replace {'' if keep_as else 'temp '}table {table} as {links_sql}")
        seconds = time.monotonic() - started
        links = connection.execute(f"select count(*) from {table}").fetchone()
        pairs = connection.execute(pairs_sql).fetchone()
        reports = connection.execute("select count(*) from intermediate.int_events").fetchone()
    assert links is not None and pairs is not None and reports is not None
    return LinkFigures(reports=reports[0], pairs=pairs[0], links=links[0], seconds=round(seconds, 2))


def measure_warehouse(warehouse: Path, scratch: Path) -> LinkFigures:
    """`measure` on a copy of the reports (intermediate.int_events) of a built warehouse."""
    scratch.mkdir(parents=True, exist_ok=True)
    database = scratch / "links.duckdb"
    database.unlink(missing_ok=True)
    with duckdb.connect(str(database)) as connection:
        connection.execute("attach ? as built (read_only)", [str(warehouse)])
        connection.execute("create schema intermediate; "
                           "create table intermediate.int_events as select * from built.intermediate.int_events")
    return measure(database, scratch / "target")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--days", type=int, default=3650, help="days the reports are dated over")
    parser.add_argument("--bucket-days", type=int, default=None, help="override the var link_bucket_days")
    parser.add_argument("--memory-limit", default="4GB", help="DuckDB's memory limit for the model (it spills beyond)")
    args = parser.parse_args()
    for reports in args.reports:
        with tempfile.TemporaryDirectory(prefix="sdw-links-") as scratch:
            database = Path(scratch) / "links.duckdb"
            started = time.monotonic()
            write_synthetic_events(database, reports, days=args.days)
            generated_s = round(time.monotonic() - started, 1)
            figures = measure(database, Path(scratch) / "target", args.bucket_days, memory_limit=args.memory_limit)
        print(json.dumps({**asdict(figures), "days": args.days, "bucket_days": args.bucket_days,
                          "memory_limit": args.memory_limit, "generated_s": generated_s,
                          "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
