"""The `nightly` Prefect flow: thin orchestration over sdw.pipeline's plain stages."""
from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from sdw import pipeline, reports


@task(name="prepare-candidate", cache_policy=NO_CACHE)
def prepare(run: pipeline.Run) -> None:
    pipeline.timed(run, "prepare", pipeline.prepare_candidate)


@task(name="ingest", cache_policy=NO_CACHE)
def ingest(run: pipeline.Run):
    stats = pipeline.timed(run, "ingest", pipeline.ingest_stage)
    get_run_logger().info("ingest: %d files, %d new articles, %d already present, %d quarantined",
                          stats.files_seen, stats.ingested, stats.already_present, stats.quarantined)
    return stats


@task(name="extract", cache_policy=NO_CACHE)
def extract(run: pipeline.Run) -> int:
    count = pipeline.timed(run, "extract", pipeline.extract_stage)
    get_run_logger().info("extract: %d articles extracted (others cached by content hash)", count)
    return count


@task(name="dbt-build", cache_policy=NO_CACHE)
def transform(run: pipeline.Run):
    result = pipeline.timed(run, "dbt", pipeline.transform_stage)
    if result is None:
        get_run_logger().info("dbt build skipped: %s", run.record["dbt"]["skipped"])
    else:
        get_run_logger().info("dbt build: %s in %.1f s", result.status_counts, result.elapsed_s)
    return result


@task(name="quality-gates", cache_policy=NO_CACHE)
def gates(run: pipeline.Run):
    results = pipeline.timed(run, "quality", pipeline.quality_stage)
    get_run_logger().info("quality: %d expectations, %d warnings", len(results), sum(not r.success for r in results))
    return results


@task(name="publish", cache_policy=NO_CACHE)
def publish(run: pipeline.Run) -> None:
    pipeline.timed(run, "publish", pipeline.publish_stage)
    get_run_logger().info("published %s: %d meetings, %d new", run.settings.warehouse,
                          run.record["counts"]["meetings_total"], run.record["counts"]["new_meetings"])


def publish_reports(run: pipeline.Run) -> None:
    """Artifacts with stable keys, so the Prefect UI shows their history across runs."""
    create_markdown_artifact(key="sdw-run-summary", markdown=reports.run_summary_markdown(run.record, run.new_meetings),
                             description="Nightly run summary")
    rows = reports.quality_rows(run.record)
    if rows:
        create_table_artifact(key="sdw-data-quality", table=rows, description="Every expectation and its observed value")


@flow(name="nightly")
def nightly(source: str | None = None, warehouse: str | None = None) -> dict:
    """Ingest, extract, dbt build, quality gates and publish, on a candidate file (write-audit-publish)."""
    settings = pipeline.Settings.from_env(source, warehouse)
    with pipeline.RunLock(settings):
        run = pipeline.start_run(settings)
        error = None
        try:
            prepare(run)
            ingest(run)
            extract(run)
            transform(run)
            gates(run)
            publish(run)
        except BaseException as caught:
            error = caught
            raise
        finally:
            pipeline.finish_run(run, error)
            publish_reports(run)
    return run.record
