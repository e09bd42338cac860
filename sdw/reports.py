"""What people read about a run: the new meetings and claims of a candidate, Prefect artifacts
(markdown, tables) and the terminal report."""
from __future__ import annotations

import datetime as dt

import duckdb
import pyarrow as pa
from tabulate import tabulate

from sdw.docs_server import run_page_urls
from sdw.warehouse import scalar

REPORT_ROWS = 500  # rows of a table artifact: enough to read, small enough for the UI
NEW_MEETING_COLUMNS = ("meeting_id", "start_date", "end_date", "date_precision", "meeting_type", "country_iso2",
                       "direction", "source_count")
QUALITY_COLUMNS = [
    "suite",
    "expectation",
    "column_name",
    "severity",
    "success",
    "observed_value",
    "details",
    "articles",
]


def meetings_total(con: duckdb.DuckDBPyConnection) -> int:
    # fetchall: a whole result (register(), in new_meetings, refuses to run beside an unfinished one)
    return con.execute("select count(*) from marts.fct_meetings").fetchall()[0][0]


def new_meetings(con: duckdb.DuckDBPyConnection,
                 published_meeting_ids: tuple[str, ...] | None) -> tuple[int, list[dict]]:
    """How many meetings are not among `published_meeting_ids` (None: the first build, all are
    new), and the first REPORT_ROWS of them."""
    new_meetings_sql = "select * from marts.fct_meetings"
    if published_meeting_ids is not None:
        con.register("previous_meetings", pa.table({"meeting_id": pa.array(published_meeting_ids, pa.string())}))
        new_meetings_sql += " m where m.meeting_id not in (select meeting_id from previous_meetings)"
    try:
        count = scalar(con, f"select count(*) from ({new_meetings_sql})")
        rows = _records(con, f"""
            select {", ".join(NEW_MEETING_COLUMNS)}
            from ({new_meetings_sql}) order by start_date, meeting_id limit {REPORT_ROWS}""")
    finally:
        if published_meeting_ids is not None:
            con.unregister("previous_meetings")
    return count, rows


def tally_reconciliation(con: duckdb.DuckDBPyConnection, run_id: str) -> list[dict]:
    """The counts claimed by the articles this run ingested, beside the meetings found."""
    return _records(con, f"""
        select a.source_name as article, r.scope_type, r.scope_code, r.period_start, r.period_end,
               r.reported_count, r.is_approximate, r.meetings_found, r.status
        from marts.fct_tally_reconciliation r
        join raw.articles a using (article_id)
        where a.run_id = ?
        order by a.source_name, r.scope_type desc, r.scope_code limit {REPORT_ROWS}""", [run_id])


def _records(con: duckdb.DuckDBPyConnection, sql: str, parameters: list | None = None) -> list[dict]:
    """Rows as dicts with DATE columns as dates (a DataFrame would turn them into timestamps)."""
    cursor = con.execute(sql, parameters or [])
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def quality_rows(record: dict) -> list[dict]:
    return [{k: r.get(k) for k in QUALITY_COLUMNS} for r in record.get("quality_results", [])]


def jsonable(rows: list[dict]) -> list[dict]:
    """Rows with dates and numpy values as plain JSON values, for table artifacts."""
    return [
        {
            key: (
                value.isoformat() if hasattr(value, "isoformat") else value.item() if hasattr(value, "item") else value
            )
            for key, value in row.items()
        }
        for row in rows
    ]


def run_summary_markdown(record: dict, new_meetings: list[dict], docs_base_url: str) -> str:
    """The `sdw-run-summary` artifact; its links point at `sdw docs` (`docs_base_url`), since a
    browser refuses file:// links from the Prefect UI."""
    counts = record.get("counts", {})
    results = record.get("quality_results", [])
    failed = [r for r in results if not r["success"]]
    lines = [
        f"# Nightly run `{record['run_id']}`: {record['status']}",
        "",
        f"- Source: `{record['source']}`; warehouse: `{record.get('warehouse', '-')}`; "
        f"published: **{'yes' if record['published'] else 'no'}**",
        f"- Files seen {counts.get('files_seen', 0)}, new articles {counts.get('ingested', 0)}, "
        f"already present {counts.get('already_present', 0)}, quarantined {counts.get('quarantined', 0)}, "
        f"extracted {counts.get('extracted', 0)} (by {record.get('extraction_executor') or '-'}; "
        f"dropped by the keyword prefilter {counts.get('prefiltered', 0)})",
        f"- Meetings in the warehouse {counts.get('meetings_total', '-')}, "
        f"new this run {counts.get('new_meetings', '-')}",
        "- Stage seconds: " + ", ".join(f"{k} {v}" for k, v in record.get("stage_seconds", {}).items()),
        f"- Quality: {len(results) - len(failed)}/{len(results)} expectations passed"
        + (
            "; failed: "
            + ", ".join(
                f"{r['suite']}.{r['expectation']}({r['column_name'] or 'table'}) [{r['severity']}]" for r in failed
            )
            if failed
            else ""
        ),
    ]
    pages = run_page_urls(docs_base_url, record)
    if pages:
        lines.append("- Pages of this run (served by `sdw docs`): "
                     + ", ".join(f"[{name}]({url})" for name, url in pages.items()))
    if record.get("html_report"):
        lines.append(f"- Meetings report file: `{record['html_report']}`")
    lines += [f"- Note: {note}" for note in record.get("notes", [])]
    if record.get("error_after_publish"):
        lines.append(f"- Published, then failed: {record['error_after_publish']}")
    if record.get("error"):
        lines += ["", f"**Failed at {record.get('failed_stage')}:**", "", "```", record["error"], "```"]
    if new_meetings:
        lines += ["", "## New meetings", "", "| date | country | type | direction | sources |", "|---|---|---|---|---|"]
        lines += [f"| {m['start_date']}..{m['end_date']} ({m['date_precision']}) | {m['country_iso2']} | "
                  f"{m['meeting_type']} | {m['direction']} | {m['source_count']} |" for m in new_meetings]
    return "\n".join(lines)


def terminal_report(records: list[dict], kept_runs: int) -> str:
    """The latest run's quality results (or why it has none), then the run history."""
    if not records:
        return "no run recorded yet: run `sdw run` first"
    latest = records[0]
    history = tabulate([[r["run_id"], r["started_at"].replace("T", " "), _duration(r), r["status"], r["published"],
                         r.get("failed_stage") or "", r.get("counts", {}).get("ingested", ""),
                         r.get("counts", {}).get("quarantined", ""), r.get("counts", {}).get("prefiltered", ""),
                         r.get("counts", {}).get("new_meetings", ""),
                         _first_line(r.get("error"), 60)] for r in records],
                       headers=["run", "started", "duration", "status", "published", "failed stage", "new articles",
                                "quarantined", "prefiltered", "new meetings", "error"])
    rows = quality_rows(latest)
    if rows:
        quality = tabulate([[r["suite"], r["expectation"], r["column_name"] or "", r["severity"],
                             "pass" if r["success"] else "FAIL", str(r["observed_value"])[:40],
                             str(r["details"])[:60], str(r["articles"] or "")[:60]] for r in rows],
                           headers=["suite", "expectation", "column", "severity", "result", "observed",
                                    "offending values", "articles"])
    else:
        quality = (f"no quality results: the run {latest['status']} at {latest.get('failed_stage') or 'start'}, "
                   "before the gates")
    error = f"\n\nerror ({latest.get('failed_stage')}): {latest['error']}" if latest.get("error") else ""
    return (f"Data quality of run {latest['run_id']} ({latest['status']}):\n{quality}{error}\n\n"
            f"Runs (newest first; a published run keeps the last {kept_runs} run folders, SDW_KEEP_RUNS; "
            f"audit.runs in the warehouse keeps them all):\n{history}")


def _duration(record: dict) -> str:
    if not record.get("finished_at"):
        return "-"
    seconds = (dt.datetime.fromisoformat(record["finished_at"]) - dt.datetime.fromisoformat(record["started_at"]))
    return f"{seconds.total_seconds():.0f} s"


def _first_line(text: str | None, width: int) -> str:
    line = (text or "").strip().split("\n", 1)[0]
    return line if len(line) <= width else line[:width - 1] + "…"
