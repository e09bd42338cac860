"""The nightly run's stages as plain functions on a `Run` (the Prefect flow only sequences them).

Each stage works on the run's candidate file (see sdw.candidate); `sdw.runs.timed` records its
duration and names it in any error.
"""
from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path

import duckdb
from tqdm import tqdm

from sdw import candidate, gx_offline, html_report, ingest, quality, reports, sources, warehouse
from sdw.extraction.article import extractor_version
from sdw.extraction.batch import BATCH_ARTICLES, PARALLEL_MIN_ARTICLES, extract_many, extraction_pool
from sdw.runs import Run, StageFailed, audit_run_row
from sdw.transform import DbtResult, dbt_build, dbt_docs, project_fingerprint


def harvest_web_sources(run: Run, fetcher: Callable[[str], sources.Page]) -> sources.WebHarvest:
    """Fetch the URL sources into the spool; `fetcher(url)` is sources.fetch with retries around it."""
    harvest = sources.harvest(run.settings.urls, run.settings.spool_dir / "pages", fetcher)
    run.record.setdefault("counts", {}).update(web_fetched=harvest.fetched, web_not_modified=harvest.not_modified,
                                               web_failed=len(harvest.rejections))
    return harvest


def ingest_stage(run: Run, harvest: sources.WebHarvest | None = None) -> warehouse.IngestStats:
    """Store new articles and rejections; a folder file whose size and mtime are unchanged since
    it was last read is not read again (a night's cost follows what is new, not the corpus)."""
    settings = run.settings

    def read(path: Path, name: str) -> ingest.Article | ingest.Rejection:
        return ingest.read_article(path, name, settings.quarantine_dir, settings.max_article_bytes,
                                   settings.quarantine_max_bytes, run.started_at.date())

    con = duckdb.connect(str(run.candidate))
    try:
        known = warehouse.known_source_files(con)
        unchanged, seen = 0, []

        def items() -> Iterator[ingest.Article | ingest.Rejection]:
            nonlocal unchanged
            for folder in settings.folders:
                scan = ingest.scan_source_files(folder)
                for path, size, mtime_ns in scan.files:
                    name = path.relative_to(folder.resolve()).as_posix()
                    if known.get(name) == (size, mtime_ns):
                        unchanged += 1
                        continue
                    item = read(path, name)
                    # A file the run may not read is tried again every night, not remembered as read.
                    if getattr(item, "reason", None) != "unreadable":
                        seen.append({"source_name": name, "size_bytes": size, "mtime_ns": mtime_ns,
                                     "last_read_run": run.run_id})
                    yield item
                yield from scan.notes
            if harvest is not None:
                for path, url in harvest.pages:
                    yield read(path, url)
                yield from harvest.rejections

        stats = warehouse.store_ingested(con, items(), run.run_id, run.started_at)
        warehouse.record_source_files(con, seen)
    finally:
        con.close()
    stats.files_seen += unchanged
    stats.already_present += unchanged
    run.record.setdefault("counts", {}).update(asdict(stats))
    return stats


def extract_stage(run: Run) -> int:
    """Extract articles not yet extracted by this version of the code and seeds.

    Streams batches: only one batch of article texts is in memory at a time, and each batch is
    spread over every core when it is large enough to pay for the worker processes.
    """
    version = extractor_version()
    con = duckdb.connect(str(run.candidate))
    try:
        pending = warehouse.article_ids_to_extract(con, version)
        workers = run.settings.workers if len(pending) >= PARALLEL_MIN_ARTICLES else 1
        # A progress bar for people watching a long run in a terminal; silent in logs and CI.
        progress = tqdm(total=len(pending), unit="article", desc="extract", disable=not sys.stderr.isatty())
        with extraction_pool(workers) as pool, progress:
            for first in range(0, len(pending), BATCH_ARTICLES):
                batch = warehouse.article_texts(con, pending[first:first + BATCH_ARTICLES])
                warehouse.store_extractions(con, extract_many(batch, pool), run.started_at)
                progress.update(len(batch))
    finally:
        con.close()
    run.record["counts"]["extracted"] = len(pending)
    run.record["extractor_version"] = version
    return len(pending)


def transform_stage(run: Run) -> DbtResult | None:
    """`dbt build` on the candidate, unless nothing changed since the last published build."""
    fingerprint = project_fingerprint()
    run.record["build_fingerprint"] = fingerprint
    counts = run.record["counts"]
    if (counts["ingested"] == 0 and counts["extracted"] == 0
            and candidate.last_published_fingerprint(run) == fingerprint):
        run.record["dbt"] = {"skipped": "no new article, no re-extraction and no change to the dbt project"}
        return None
    result = dbt_build(run.candidate, run.run_dir / "dbt")
    run.record["dbt"] = {"success": result.success, "status_counts": result.status_counts,
                         "failures": result.failures, "elapsed_s": result.elapsed_s}
    if not result.success:
        detail = "; ".join(f"{f['unique_id']}: {f['message']}" for f in result.failures) or result.output_tail
        raise StageFailed("dbt", detail)
    # Documentation is generated here, on the candidate: dbt opens files read-write, and the
    # published file may be held open by analysts. A docs failure is noted, never fatal.
    docs = dbt_docs(run.candidate, run.run_dir / "dbt-docs", shown_as=run.settings.warehouse.stem)
    run.record["dbt_docs"] = str(docs) if docs else None
    return result


def quality_stage(run: Run, run_date: dt.date | None = None) -> list[quality.CheckResult]:
    docs = run.run_dir / "gx-docs"
    results = quality.run_suites(run.candidate, run_date or run.started_at.date(), docs_dir=docs)
    if (docs / "index.html").exists():
        gx_offline.make_offline(docs)
        run.record["gx_docs"] = str(docs / "index.html")
    else:
        run.record["gx_docs"] = None
    run.quality_results = results
    run.record["quality_results"] = [dict(r.__dict__) for r in results]
    con = duckdb.connect(str(run.candidate))
    try:
        warehouse.insert_rows(con, "audit.quality_results", [r.as_row(run.run_id, dt.datetime.now()) for r in results])
    finally:
        con.close()
    failures = quality.blocking_failures(results)
    if failures:
        raise quality.QualityGateFailed(failures)
    return results


def publish_stage(run: Run) -> None:
    """Record the run and its reports in the candidate, then publish it (sdw.candidate)."""
    con = duckdb.connect(str(run.candidate))
    try:
        total = reports.meetings_total(con)
        new_count, run.new_meetings = reports.new_meetings(con, run.published_meeting_ids)
        run.tally_reconciliation = reports.tally_reconciliation(con, run.run_id)
        run.record["counts"].update(meetings_total=total, new_meetings=new_count)
        run.record.update(status="published", published=True, finished_at=dt.datetime.now().isoformat(timespec="seconds"))
        warehouse.insert_rows(con, "audit.runs", [audit_run_row(run.record)])
        con.execute("checkpoint")
        report_html = _render_html_report(run, con)
    finally:
        con.close()
    candidate.replace_published(run)
    # After the rename: a failure here is an error after publishing, never an unpublished night.
    if report_html is not None:
        run.record["html_report"] = str(html_report.write_report(report_html, run.settings.report_dir))


def _render_html_report(run: Run, con: duckdb.DuckDBPyConnection) -> str | None:
    """The analysts' HTML report of the candidate, rendered before the rename (the published file
    may be held by a session) and written after it. It is for reading: a failure is noted in the
    run record and never stops the publish."""
    try:
        return html_report.render_report(html_report.read_report_data(con), run.run_id, dt.datetime.now())
    except Exception as error:
        run.record.setdefault("notes", []).append(f"HTML report not written: {type(error).__name__}: {error}")
        return None
