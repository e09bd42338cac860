"""The `nightly` Prefect flow: thin orchestration over the plain stages of sdw.stages."""
from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from sdw import candidate, reports, sources, stages
from sdw.lock import RunLock
from sdw.runs import Run, finish_run, start_run, timed
from sdw.docs_server import docs_base_url
from sdw.settings import RunSettings, docs_port


@task(name="prepare-candidate", cache_policy=NO_CACHE)
def prepare(run: Run) -> None:
    timed(run, "prepare", candidate.prepare_candidate)


def _retry_when_transient(task, task_run, state) -> bool:
    """Retry time-outs, connection errors, 429 and 5xx; a 404 or an oversized page will not change."""
    try:
        state.result()
    except sources.FetchError as error:
        return error.retryable
    except Exception:
        return False
    return False


@task(name="fetch-page", retries=3, retry_delay_seconds=exponential_backoff(backoff_factor=1),
      retry_condition_fn=_retry_when_transient, cache_policy=NO_CACHE)
def fetch_page(url: str, cache: sources.HttpCache) -> sources.Page:
    return sources.fetch(url, cache)


@task(name="fetch-web-sources", cache_policy=NO_CACHE)
def fetch_web_sources(run: Run) -> sources.WebHarvest:
    cache = sources.HttpCache(run.settings.spool_dir)
    harvest = timed(run, "fetch", stages.harvest_web_sources, lambda url: fetch_page(url, cache))
    get_run_logger().info("fetch: %d pages fetched (%d not modified), %d failed", harvest.fetched,
                          harvest.not_modified, len(harvest.rejections))
    return harvest


@task(name="ingest", cache_policy=NO_CACHE)
def ingest(run: Run, harvest: sources.WebHarvest | None):
    stats = timed(run, "ingest", stages.ingest_stage, harvest)
    get_run_logger().info("ingest: %d files, %d new articles, %d already present, %d quarantined",
                          stats.files_seen, stats.ingested, stats.already_present, stats.quarantined)
    return stats


@task(name="extract", cache_policy=NO_CACHE)
def extract(run: Run) -> int:
    count = timed(run, "extract", stages.extract_stage)
    get_run_logger().info("extract: %d articles extracted (others cached by content hash)", count)
    return count


@task(name="dbt-build", cache_policy=NO_CACHE)
def transform(run: Run):
    result = timed(run, "dbt", stages.transform_stage)
    if result is None:
        get_run_logger().info("dbt build skipped: %s", run.record["dbt"]["skipped"])
    else:
        get_run_logger().info("dbt build: %s in %.1f s", result.status_counts, result.elapsed_s)
    return result


@task(name="quality-gates", cache_policy=NO_CACHE)
def gates(run: Run):
    results = timed(run, "quality", stages.quality_stage)
    get_run_logger().info("quality: %d expectations, %d warnings", len(results), sum(not r.success for r in results))
    return results


@task(name="publish", cache_policy=NO_CACHE)
def publish(run: Run) -> None:
    timed(run, "publish", stages.publish_stage)
    get_run_logger().info("published %s: %d meetings, %d new", run.settings.warehouse,
                          run.record["counts"]["meetings_total"], run.record["counts"]["new_meetings"])


def publish_reports(run: Run) -> None:
    """Artifacts with stable keys, so the Prefect UI shows their history across runs. A report
    that cannot be written is logged: it never changes whether the run published."""
    try:
        _create_artifacts(run)
    except Exception as error:
        get_run_logger().warning("reports not published as artifacts: %s: %s", type(error).__name__, error)


def _create_artifacts(run: Run) -> None:
    summary = reports.run_summary_markdown(run.record, run.new_meetings, docs_base_url(docs_port()))
    create_markdown_artifact(key="sdw-run-summary", markdown=summary, description="Nightly run summary")
    rows = reports.quality_rows(run.record)
    if rows:
        create_table_artifact(key="sdw-data-quality", table=rows, description="Every expectation and its observed value")
    if run.record.get("published"):
        create_table_artifact(key="sdw-new-meetings", table=reports.jsonable(run.new_meetings) or [{"new meetings": "none"}],
                              description=f"Meetings this run added (first {reports.REPORT_ROWS}): date, country, "
                                          "type, direction, sources")
        create_table_artifact(key="sdw-tally-reconciliation", table=reports.jsonable(run.tally_reconciliation)
                              or [{"claims": "none in this run's articles"}],
                              description="Counts claimed by this run's new articles, beside the meetings found")


@flow(name="nightly")
def nightly(source: list[str] | str | None = None, warehouse: str | None = None) -> dict:
    """Fetch, ingest, extract, dbt build, quality gates and publish, on a candidate file (write-audit-publish)."""
    settings = RunSettings.from_env(source, warehouse)
    with RunLock(settings):
        run = start_run(settings)
        error = None
        try:
            prepare(run)
            harvest = fetch_web_sources(run) if settings.urls else None
            ingest(run, harvest)
            extract(run)
            transform(run)
            gates(run)
            publish(run)
        except BaseException as caught:
            error = caught
            # After the rename the new state is published; what failed later is noted in the record.
            if not (run.renamed and isinstance(caught, Exception)):
                raise
            get_run_logger().warning("error after publishing (the run is published): %s", caught)
        finally:
            finish_run(run, error)
            publish_reports(run)
    return run.record
