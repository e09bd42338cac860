"""What people read about a run: Prefect artifacts (markdown, tables) and the terminal report."""
from __future__ import annotations

from tabulate import tabulate

QUALITY_COLUMNS = ["suite", "expectation", "column_name", "severity", "success", "observed_value", "details", "articles"]


def quality_rows(record: dict) -> list[dict]:
    return [{k: r.get(k) for k in QUALITY_COLUMNS} for r in record.get("quality_results", [])]


def jsonable(rows: list[dict]) -> list[dict]:
    """Rows with dates and numpy values as plain JSON values, for table artifacts."""
    return [{key: (value.isoformat() if hasattr(value, "isoformat") else value.item() if hasattr(value, "item") else value)
             for key, value in row.items()} for row in rows]


def run_summary_markdown(record: dict, new_meetings: list[dict]) -> str:
    counts = record.get("counts", {})
    results = record.get("quality_results", [])
    failed = [r for r in results if not r["success"]]
    lines = [
        f"# Nightly run `{record['run_id']}`: {record['status']}",
        "",
        f"- Source: `{record['source']}`; published: **{'yes' if record['published'] else 'no'}**",
        f"- Files seen {counts.get('files_seen', 0)}, new articles {counts.get('ingested', 0)}, "
        f"already present {counts.get('already_present', 0)}, quarantined {counts.get('quarantined', 0)}, "
        f"extracted {counts.get('extracted', 0)}",
        f"- Meetings in the warehouse {counts.get('meetings_total', '-')}, new this run {counts.get('new_meetings', '-')}",
        f"- Stage seconds: " + ", ".join(f"{k} {v}" for k, v in record.get("stage_seconds", {}).items()),
        f"- Quality: {len(results) - len(failed)}/{len(results)} expectations passed"
        + (f"; failed: " + ", ".join(f"{r['suite']}.{r['expectation']}({r['column_name'] or 'table'}) [{r['severity']}]"
                                     for r in failed) if failed else ""),
    ]
    docs = [f"[{name}](file://{path})" for name, path in (("dbt docs", record.get("dbt_docs")),
                                                            ("GX Data Docs", record.get("gx_docs"))) if path]
    if docs:
        lines.append("- Documentation built by this run: " + ", ".join(docs))
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


def terminal_report(records: list[dict]) -> str:
    """The latest run's quality results, then the run history."""
    if not records:
        return "no run recorded yet: run `sdw run` first"
    latest = records[0]
    history = tabulate([[r["run_id"], r["status"], r["published"], r.get("failed_stage") or "",
                         r.get("counts", {}).get("ingested", ""), r.get("counts", {}).get("quarantined", ""),
                         r.get("counts", {}).get("new_meetings", "")] for r in records],
                       headers=["run", "status", "published", "failed stage", "new articles", "quarantined",
                                "new meetings"])
    quality = tabulate([[r["suite"], r["expectation"], r["column_name"] or "", r["severity"],
                         "pass" if r["success"] else "FAIL", str(r["observed_value"])[:40], str(r["details"])[:60],
                         str(r["articles"] or "")[:60]]
                        for r in quality_rows(latest)],
                       headers=["suite", "expectation", "column", "severity", "result", "observed", "offending values",
                                "articles"])
    error = f"\n\nerror ({latest.get('failed_stage')}): {latest['error']}" if latest.get("error") else ""
    return f"Data quality of run {latest['run_id']} ({latest['status']}):\n{quality}{error}\n\nRuns:\n{history}"
