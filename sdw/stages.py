"""The nightly run's stages as plain functions (the Prefect flow only sequences them).

Each stage works on the run's candidate file (see sdw.candidate), takes what earlier stages
found as arguments and returns a typed result (sdw.runs), from which the flow builds the run
record; `sdw.runs.timed` records its duration and names it in any error.
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path

import duckdb
from tqdm import tqdm

from sdw import candidate, gx_offline, html_report, ingest, quality, reports, sources, warehouse
from sdw.extraction import batch
from sdw.extraction.article import extractor_version
from sdw.runs import Built, Checked, Extracted, Prepared, Published, Run, RunRecord, StageFailed, audit_run_row
from sdw.transform import dbt_build, dbt_docs, project_fingerprint
from sdw.warm import WarmProcess


def harvest_web_sources(run: Run, fetcher: Callable[[str], sources.Page]) -> sources.WebHarvest:
    """Fetch the URL sources into the spool; `fetcher(url)` is sources.fetch with retries around it."""
    return sources.harvest(run.settings.urls, run.settings.spool_dir / "pages", fetcher)


def ingest_stage(run: Run, harvest: sources.WebHarvest | None = None) -> warehouse.IngestStats:
    """Store new articles and rejections; a folder file whose size and mtime are unchanged since
    it was last read is not read again (a night's cost follows what is new, not the corpus)."""
    settings = run.settings

    def read(path: Path, name: str) -> ingest.Article | ingest.Rejection:
        return ingest.read_article(path, name, settings.quarantine_dir, settings.max_article_bytes,
                                   settings.quarantine_max_bytes, run.started_at.date())

    con = duckdb.connect(str(run.candidate))
    try:
        scans = [ingest.scan_source_files(folder) for folder in settings.folders]
        changed = warehouse.changed_source_files(con, [file for scan in scans for file in scan.files])
        unchanged, seen = 0, []

        def items() -> Iterator[ingest.Article | ingest.Rejection]:
            nonlocal unchanged
            for scan in scans:
                for file in scan.files:
                    name, size, mtime_ns = file.name, file.size, file.mtime_ns
                    if name not in changed:
                        unchanged += 1
                        continue
                    item = read(file.path, name)
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
    return replace(stats, files_seen=stats.files_seen + unchanged, already_present=stats.already_present + unchanged)


def extract_stage(run: Run, remote: batch.Executor | None = None) -> Extracted:
    """Extract articles not yet extracted by this version of the code and seeds.

    Streams: article texts are read a batch at a time and sent out as tasks, at most
    batch.IN_FLIGHT_ARTICLES at once, to `remote` (the flow's Dask cluster) or else to a local
    process pool when the night is large enough to pay for one; this process, the only writer,
    appends their Arrow results in the order it sent them. With SDW_PREFILTER on, the tasks first
    drop articles that name neither the principal nor a count (sdw.extraction.prefilter).
    """
    version = extractor_version()
    settings = run.settings
    con = duckdb.connect(str(run.candidate))
    try:
        pending = warehouse.article_ids_to_extract(con, version, settings.prefilter)
        earlier = warehouse.stored_before(con, pending, run.run_id)
        workers = settings.workers if len(pending) >= batch.PARALLEL_MIN_ARTICLES else 1
        prefiltered = 0
        # A progress bar for people watching a long run in a terminal; silent in logs and CI.
        progress = tqdm(total=len(pending), unit="article", desc="extract", disable=not sys.stderr.isatty())
        with (nullcontext(remote) if remote else batch.local_executor(workers)) as executor, progress:
            tasks = _extraction_tasks(con, pending, executor.task_articles, run.started_at, settings.prefilter)
            for written in batch.grouped(batch.run_tasks(tasks, executor, version)):
                warehouse.store_extracted(con, written)
                prefiltered += written.prefiltered
                progress.update(written.articles)
    finally:
        con.close()
    return Extracted(len(pending), version, prefiltered=prefiltered, executor=executor.name, earlier_articles=earlier)


def _extraction_tasks(con: duckdb.DuckDBPyConnection, pending: list[str], task_articles: int,
                      extracted_at: dt.datetime, prefilter: bool) -> Iterator[batch.ExtractionTask]:
    """The pending articles' texts, read batch.BATCH_ARTICLES at a time, as tasks of `task_articles`."""
    for first in range(0, len(pending), batch.BATCH_ARTICLES):
        texts = warehouse.article_texts(con, pending[first:first + batch.BATCH_ARTICLES])
        for start in range(0, len(texts), task_articles):
            yield batch.ExtractionTask(texts[start:start + task_articles], extracted_at, prefilter)


def may_build(run: Run, ingested: warehouse.IngestStats) -> bool:
    """Whether the night will run `dbt build` for all it knows after ingest: new articles, or a
    changed dbt project (re-extracted articles, found by the extract stage, are the third reason)."""
    return ingested.ingested > 0 or candidate.last_published_fingerprint(run) != project_fingerprint()


def transform_stage(run: Run, ingested: warehouse.IngestStats, extracted: Extracted,
                    warm: WarmProcess | None = None) -> Built:
    """`dbt build` on the candidate (in `warm`, a process that imported dbt during the stages
    before, when the night started one), unless nothing changed since the last published build."""
    fingerprint = project_fingerprint()
    project_changed = candidate.last_published_fingerprint(run) != fingerprint
    if ingested.ingested == 0 and extracted.articles == 0 and not project_changed:
        return Built(fingerprint, None, skipped="no new article, no re-extraction and no change to the dbt project",
                     project_changed=False, full_refresh=False)
    # The incremental models add what the night's new articles report; anything else that changed
    # (the project, articles extracted again) rebuilds them in full.
    full_refresh = project_changed or extracted.earlier_articles > 0
    state = run.settings.dbt_state_dir
    result = dbt_build(run.candidate, run.run_dir / "dbt", state, project_changed, warm, full_refresh)
    if not result.success:
        detail = "; ".join(f"{f['unique_id']}: {f['message']}" for f in result.failures) or result.output_tail
        raise StageFailed("dbt", detail)
    # Documentation is generated here, on the candidate: dbt opens files read-write, and the
    # published file may be held open by analysts. A docs failure is noted, never fatal.
    docs = dbt_docs(run.candidate, run.run_dir / "dbt-docs", run.settings.warehouse.stem, state, fingerprint)
    return Built(fingerprint, result, docs=docs, project_changed=project_changed, full_refresh=full_refresh)


def quality_stage(run: Run, built: Built, warm: WarmProcess | None = None) -> Checked:
    """Every GX suite on the candidate, read-only (the record stage stores the results in
    audit.quality_results); raises QualityGateFailed (carrying every result, for the run record)
    when a blocking one failed.
    The row checks read what this run changed, or every row when the dbt project changed. The
    suites run in `warm` (a process that imported GX since the night began) when given; when the
    rows they would read were validated before, to the same results on this date (a night with
    nothing new: see quality.run_gates), those results and their Data Docs are taken instead."""
    docs = run.run_dir / "gx-docs"
    scope = quality.RunScope(run.run_id, run.started_at, everything=built.project_changed)
    # The suites are read here, so what the gates check is this process's expectations/ (and a test's).
    suites = quality.load_suites()
    memo = run.settings.gates_memo_dir
    kept = quality.kept_results(run.candidate, run.started_at.date(), scope, suites, memo)
    if kept is not None:  # these very rows were validated before (a night with nothing new, as a rule)
        results, kept_docs = kept
        if kept_docs.exists():
            shutil.copytree(kept_docs, docs, dirs_exist_ok=True)
        if warm is not None:
            warm.close()
    else:
        arguments = (run.candidate, run.started_at.date(), scope, suites, docs, memo)
        results = warm.call(quality.run_gates, *arguments) if warm else quality.run_gates(*arguments)
    if (docs / "index.html").exists():
        gx_offline.make_offline(docs)
    checked = Checked(tuple(results), docs / "index.html" if (docs / "index.html").exists() else None)
    failures = quality.blocking_failures(results)
    if failures:
        raise quality.QualityGateFailed(failures, checked)
    return checked


def record_stage(run: Run, record: RunRecord, prepared: Prepared, report: RenderedReport) -> Published:
    """Count the new meetings (against those the published file held when it was copied), read
    this run's claims, store the gates' results in audit.quality_results and record the run as
    published in the candidate's audit.runs, beside its rendered report (`start_html_report`);
    the candidate is then ready for `candidate.publish_candidate`."""
    report_html, report_kept, report_note = report
    con = duckdb.connect(str(run.candidate))
    try:
        if record.checked is not None:
            warehouse.insert_rows(con, "audit.quality_results", [r.as_row(run.run_id, record.checked.checked_at)
                                                                 for r in record.checked.results])
        new_count, new_meetings = reports.new_meetings(con, prepared.published_meeting_ids)
        published = Published(finished_at=dt.datetime.now(), meetings_total=reports.meetings_total(con),
                              new_meeting_count=new_count, new_meetings=tuple(new_meetings),
                              tally_reconciliation=tuple(reports.tally_reconciliation(con, run.run_id)),
                              report_html=report_html, report_kept=report_kept,
                              notes=(report_note,) if report_note else ())
        as_published = replace(record, published=published).as_json(published.finished_at)
        warehouse.insert_rows(con, "audit.runs", [audit_run_row(as_published)])
        con.execute("checkpoint")
    finally:
        con.close()
    return published


# The analysts' HTML report: its html, whether the page already written is kept, a note.
RenderedReport = tuple[str | None, bool, str | None]


def start_html_report(run: Run) -> Future[RenderedReport]:
    """Render the analysts' HTML report of the built candidate in a thread, reading it read-only,
    while the gates' process reads it too (their suites run in that process, so this one's other
    core would idle): about 0.7 s at 10,000 articles, imports included, off the night's path.
    `record_stage` takes the result."""
    executor = ThreadPoolExecutor(1, thread_name_prefix="html-report")
    try:
        return executor.submit(_render_html_report, run)
    finally:
        executor.shutdown(wait=False)


def _render_html_report(run: Run) -> RenderedReport:
    """The analysts' HTML report of the candidate, rendered before the rename (the published file
    may be held by a session) and written after it (`write_html_report`); or, when the page
    already written shows the same rows with the same code (html_report.report_key), that page.
    It is for reading: a failure becomes a note of the run, never an unpublished night."""
    try:
        con = duckdb.connect(str(run.candidate), read_only=True)
        try:
            key = html_report.report_key(con)
            if html_report.written_key(run.settings.report_dir) == key:
                return None, True, None
            data = html_report.read_report_data(con)
        finally:
            con.close()
        return html_report.render_report(data, run.run_id, dt.datetime.now(), key, run.settings.cache_dir), False, None
    except Exception as error:
        return None, False, f"HTML report not written: {type(error).__name__}: {error}"


def write_html_report(run: Run, published: Published) -> Path | None:
    """After the rename: `report/index.html` beside the warehouse (a failure here is an error
    after publishing); the page already there when it is kept."""
    if published.report_kept:
        return run.settings.report_dir / "index.html"
    if published.report_html is None:
        return None
    return html_report.write_report(published.report_html, run.settings.report_dir)
