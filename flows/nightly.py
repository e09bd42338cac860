"""The `nightly` Prefect flow: thin orchestration over the plain stages of sdw.stages.

Each task returns its stage's typed result and the flow passes it on, as the next stage needs
it; the run record is built from those results.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar, cast

import cloudpickle
from prefect import Task, flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.orchestration import get_client
from prefect.task_runners import TaskRunner
from prefect.tasks import exponential_backoff
from prefect.utilities.annotations import quote

from sdw import candidate, quality, reports, sources, stages
from sdw.docs_server import docs_base_url
from sdw.extraction import batch
from sdw.lock import RunLock
from sdw.runs import (
    Built,
    Checked,
    Extracted,
    Prepared,
    Published,
    Run,
    RunRecord,
    finish_run,
    prune_run_dirs,
    start_run,
    timed,
)
from sdw.settings import RunSettings, docs_port
from sdw.transform import DBT_MODULES
from sdw.warehouse import IngestStats
from sdw.warm import WarmProcess, warm_process

# Every task sent to a Dask worker carries its flow run's context, which holds the running flow.
# Pickled by reference, it would need this file importable on the worker, under the name it has
# here ('flows.nightly' under `sdw run`, 'nightly' in a work-pool deployment); by value, a worker
# needs only the installed `sdw` package.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

P = ParamSpec("P")
R = TypeVar("R")


def stage_task(name: str, **options: Any) -> Callable[[Callable[P, R]], Task[P, R]]:
    """A task that is never cached: every stage changes files (the candidate, the spool), so a
    result from an earlier call is never this run's."""
    return task(name=name, cache_policy=NO_CACHE, **options)


def logged_stage(run: Run, stage: str, function: Callable[..., R], *args: Any) -> R:
    """Log that a stage starts, then run it timed; its task logs the end with its counts and
    `seconds(run, stage)`, so `sdw run` is never silent through a long stage."""
    get_run_logger().info("%s: started", stage)
    return timed(run, stage, function, *args)


def unvisited(value: R) -> R:
    """`value` as a task argument that Prefect hands over as it is (prefect's `quote`), instead of
    walking through every value inside it looking for futures: about a second for the published
    meeting ids at 15,000 meetings. The task receives `value` itself."""
    return cast(R, quote(value))


def seconds(run: Run, stage: str) -> float:
    return run.stage_seconds.get(stage, 0.0)


@stage_task("prepare-candidate")
def prepare(run: Run) -> Prepared:
    prepared = logged_stage(run, "prepare", candidate.prepare_candidate)
    get_run_logger().info("prepare: candidate ready in %.1f s", seconds(run, "prepare"))
    return prepared


def _retry_when_transient(task, task_run, state) -> bool:
    """Retry time-outs, connection errors, 429 and 5xx; a 404 or an oversized page will not change."""
    try:
        state.result()
    except sources.FetchError as error:
        return error.retryable
    except Exception:
        return False
    return False


@stage_task("fetch-page", retries=3, retry_delay_seconds=exponential_backoff(backoff_factor=1),
            retry_condition_fn=_retry_when_transient)
def fetch_page(url: str, cache: sources.HttpCache) -> sources.Page:
    return sources.fetch(url, cache)


@stage_task("fetch-web-sources")
def fetch_web_sources(run: Run) -> sources.WebHarvest:
    cache = sources.HttpCache(run.settings.spool_dir)
    harvest = logged_stage(run, "fetch", stages.harvest_web_sources, lambda url: fetch_page(url, cache))
    get_run_logger().info("fetch: %d pages fetched (%d not modified), %d failed, in %.1f s", harvest.fetched,
                          harvest.not_modified, len(harvest.rejections), seconds(run, "fetch"))
    return harvest


@stage_task("ingest")
def ingest(run: Run, harvest: sources.WebHarvest | None) -> IngestStats:
    stats = logged_stage(run, "ingest", stages.ingest_stage, harvest)
    get_run_logger().info("ingest: %d files, %d new articles, %d already present, %d quarantined, in %.1f s",
                          stats.files_seen, stats.ingested, stats.already_present, stats.quarantined,
                          seconds(run, "ingest"))
    return stats


@stage_task("extract")
def extract(run: Run) -> Extracted:
    extracted = logged_stage(run, "extract", stages.extract_stage)
    _log_extracted(run, extracted)
    return extracted


def _log_extracted(run: Run, extracted: Extracted) -> None:
    get_run_logger().info("extract: %d articles extracted (others cached by content hash), %d of them dropped by the "
                          "keyword prefilter, on %s, in %.1f s", extracted.articles, extracted.prefiltered,
                          extracted.executor, seconds(run, "extract"))


# One task run per batch.DASK_TASK_ARTICLES articles, on a Dask worker: its function lives in the
# installed package, so a worker needs the project's checkout and .venv, not this file.
extract_on_worker = task(name="extract-articles", cache_policy=NO_CACHE)(batch.extract_batch)


@flow(name="extract-on-dask", validate_parameters=False)
def extract_on_dask(run: Run) -> Extracted:
    """The extract stage with its tasks on the Dask cluster of this flow's DaskTaskRunner (started
    at the first task: a night with nothing to extract starts no cluster)."""
    where = f"the Dask scheduler {run.settings.dask_address}" if run.settings.dask_address else "a local Dask cluster"
    executor = batch.Executor(where, extract_on_worker.submit, batch.DASK_TASK_ARTICLES)
    extracted = logged_stage(run, "extract", stages.extract_stage, executor)
    _log_extracted(run, extracted)
    return extracted


def dask_task_runner(settings: RunSettings) -> TaskRunner[Any]:
    """SDW_DASK_ADDRESS's scheduler, or a local cluster of SDW_WORKERS single-threaded processes
    (the extractor is pure Python: threads would share one core), closed when the stage ends.

    A local cluster's workers report their task runs to this run's Prefect API, ephemeral or not
    (without its address each would start a temporary server of its own); a remote cluster's
    workers need PREFECT_API_URL set where they run."""
    from prefect_dask import DaskTaskRunner  # with distributed, half a second to load: only for SDW_EXECUTOR=dask

    if settings.dask_address:
        return DaskTaskRunner(address=settings.dask_address)
    api_url = str(get_client(sync_client=True).api_url)
    return DaskTaskRunner(cluster_kwargs={"n_workers": settings.workers, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": None, "silence_logs": logging.WARNING,
                                          "env": {"PREFECT_API_URL": api_url}})


@stage_task("dbt-build")
def transform(run: Run, ingested: IngestStats, extracted: Extracted, warm: WarmProcess | None) -> Built:
    built = logged_stage(run, "dbt", stages.transform_stage, ingested, extracted, warm)
    if built.dbt is None:
        get_run_logger().info("dbt: build skipped (%s), in %.1f s", built.skipped, seconds(run, "dbt"))
    else:
        # dbt's own elapsed time leaves out its start-up, parsing and the docs: the stage's is the real cost.
        get_run_logger().info("dbt: %s in %.1f s (dbt's own run %.1f s; the rest is its start-up, parsing and "
                              "the docs)", built.dbt.status_counts, seconds(run, "dbt"), built.dbt.elapsed_s)
    return built


@stage_task("quality-gates")
def gates(run: Run, built: Built, warm: WarmProcess | None) -> Checked:
    checked = logged_stage(run, "quality", stages.quality_stage, built, warm)
    get_run_logger().info("quality: %d expectations, %d warnings, in %.1f s", len(checked.results),
                          sum(not r.success for r in checked.results), seconds(run, "quality"))
    return checked


@stage_task("record-run")
def record_run(run: Run, record: RunRecord, prepared: Prepared, report: stages.RenderedReport) -> Published:
    published = logged_stage(run, "record", stages.record_stage, record, prepared, report)
    page = ("rendered" if published.report_html else
            "kept (the page written shows the same rows)" if published.report_kept else "not rendered")
    get_run_logger().info("record: %d meetings, %d new, HTML report %s, in %.1f s", published.meetings_total,
                          published.new_meeting_count, page, seconds(run, "record"))
    return published


@stage_task("publish")
def publish(run: Run, published: Published) -> Path | None:
    """Publish the candidate, then write the HTML report beside it and prune old run folders
    (every record is now in the published audit.runs); returns the report's path."""
    logged_stage(run, "publish", candidate.publish_candidate)
    logger = get_run_logger()
    logger.info("publish: %s replaced (%d meetings, %d new) in %.1f s", run.settings.warehouse,
                published.meetings_total, published.new_meeting_count, seconds(run, "publish"))
    report = timed(run, "report", stages.write_html_report, published)
    logger.info("report: %s", report or "not written (see the run's notes)")
    removed = prune_run_dirs(run.settings.runs_dir, run.settings.warehouse, run.settings.keep_runs)
    logger.info("run folders: the last %d are kept (SDW_KEEP_RUNS); %d older removed", run.settings.keep_runs, removed)
    return report


def publish_reports(record: RunRecord, as_json: dict[str, Any]) -> None:
    """Artifacts with stable keys, so the Prefect UI shows their history across runs. A report
    that cannot be written is logged: it never changes whether the run published."""
    try:
        _create_artifacts(record, as_json)
    except Exception as error:
        get_run_logger().warning("reports not published as artifacts: %s: %s", type(error).__name__, error)


def _create_artifacts(record: RunRecord, as_json: dict[str, Any]) -> None:
    new_meetings = list(record.published.new_meetings) if record.published else []
    summary = reports.run_summary_markdown(as_json, new_meetings, docs_base_url(docs_port()))
    create_markdown_artifact(key="sdw-run-summary", markdown=summary, description="Nightly run summary")
    rows = reports.quality_rows(as_json)
    if rows:
        create_table_artifact(
            key="sdw-data-quality", table=rows, description="Every expectation and its observed value"
        )
    if as_json["published"] and record.published:
        create_table_artifact(
            key="sdw-new-meetings",
            table=reports.jsonable(new_meetings) or [{"new meetings": "none"}],
            description=f"Meetings this run added (first {reports.REPORT_ROWS}): date, country, "
            "type, direction, sources",
        )
        create_table_artifact(key="sdw-tally-reconciliation",
                              table=reports.jsonable(list(record.published.tally_reconciliation))
                              or [{"claims": "none in this run's articles"}],
                              description="Counts claimed by this run's new articles, beside the meetings found")


@flow(name="nightly")
def nightly(source: list[str] | str | None = None, warehouse: str | None = None) -> dict[str, Any]:
    """Fetch, ingest, extract, dbt build, quality gates and publish, on a candidate file (write-audit-publish)."""
    settings = RunSettings.from_env(source, warehouse)
    warm_gates: WarmProcess | None = None
    warm_dbt: WarmProcess | None = None
    with RunLock(settings):
        run = start_run(settings)
        record = RunRecord(run)
        try:
            # dbt (about 2 s to import) loads in a process of its own from the start of the run (under
            # `sdw run`, from before Prefect's import), and Great Expectations (about 4 s) from the end
            # of extraction, while the stages before theirs work. A night with nothing new ends dbt's
            # process once ingest has found nothing to build, and imports GX not at all: it skips the
            # build and takes the gates' kept results (see quality_stage).
            warm_dbt = warm_process(*DBT_MODULES)
            record.prepared = prepare(run)
            record.harvest = fetch_web_sources(run) if settings.urls else None
            record.ingested = ingest(run, record.harvest)
            if not stages.may_build(run, record.ingested):
                warm_dbt.close()
                warm_dbt = None
            record.extracted = (extract_on_dask.with_options(task_runner=dask_task_runner(settings))(run)
                                if settings.executor == "dask" else extract(run))
            if warm_dbt is not None or record.extracted.articles:
                warm_gates = WarmProcess(quality.GATES_MODULE)
            record.built = transform(run, record.ingested, record.extracted, unvisited(warm_dbt))
            rendering = stages.start_html_report(run)  # renders while the gates' process checks
            record.checked = gates(run, record.built, unvisited(warm_gates))
            report = unvisited(rendering.result())
            record.published = record_run(run, unvisited(record), unvisited(record.prepared), report)
            record.html_report = publish(run, unvisited(record.published))
        except BaseException as caught:
            record.error = caught
            if isinstance(caught, quality.QualityGateFailed):
                record.checked = caught.checked
            # After the rename the new state is published; what failed later is noted in the record.
            if not (run.renamed and isinstance(caught, Exception)):
                raise
            get_run_logger().warning("error after publishing (the run is published): %s", caught)
        finally:
            for warm in (warm_gates, warm_dbt):
                if warm is not None:
                    warm.close()
            as_json = finish_run(record)
            publish_reports(record, as_json)
    return as_json
