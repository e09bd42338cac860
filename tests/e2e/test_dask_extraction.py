"""Scale-out: the `nightly` flow extracting on a local Dask cluster (2 workers x 1 thread) through
Prefect's DaskTaskRunner publishes the same marts as the process pool, prefilter included; and a
running scheduler named by SDW_DASK_ADDRESS extracts the same rows and is left running."""
import logging
import shutil
import sys

import duckdb
import psutil
import pytest

from sdw import stages
from sdw.extraction.rows import SHAPES
from sdw.runs import start_run
from sdw.settings import PROJECT_ROOT, RunSettings
from sdw.warehouse import ensure_schema
from tests.warehouse_reads import marts_dump, query

sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
from synthetic_corpus import CorpusBuilder  # noqa: E402

pytestmark = pytest.mark.e2e
SYNTHETIC_ARTICLES = 300  # past PARALLEL_MIN_ARTICLES, so the process pool is used too
FIREHOSE = {  # a general news feed's articles that name neither him nor a count
    "sport.txt": "الرجاء يفوز على الوداد\nفاز فريق الرجاء البيضاوي مساء أمس على غريمه الوداد بهدفين دون رد.",
    "weather.txt": "طقس حار\nتوقعت المديرية العامة للأرصاد الجوية طقسا حارا بعدد من مناطق المملكة.",
    "minister.txt": "وزير الداخلية يستقبل نظيره\nاستقبل وزير الداخلية يوم الاثنين بالرباط نظيره الإسباني.",
}


@pytest.fixture(scope="module")
def harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="module")
def builds(harness, tmp_path_factory):
    """The same corpus (the seeds, a synthetic bench corpus, three firehose articles) built with
    each executor, the prefilter on."""
    from flows.nightly import nightly

    root = tmp_path_factory.mktemp("dask")
    source = root / "source"
    shutil.copytree(PROJECT_ROOT / "seeds", source)
    CorpusBuilder(21).write(source, SYNTHETIC_ARTICLES)
    for name, text in FIREHOSE.items():
        (source / name).write_text(text, encoding="utf-8")
    built = {}
    for executor in ("process", "dask"):
        with pytest.MonkeyPatch.context() as env:
            env.setenv("SDW_EXECUTOR", executor)
            env.setenv("SDW_WORKERS", "2")
            env.setenv("SDW_PREFILTER", "on")
            env.delenv("SDW_DASK_ADDRESS", raising=False)
            warehouse = root / executor / "diplomacy.duckdb"
            record = nightly(source=str(source), warehouse=str(warehouse))
            leftovers = [p.cmdline() for p in psutil.Process().children(recursive=True)
                         if any("distributed" in part or "spawn" in part for part in p.cmdline())]
        built[executor] = record, warehouse, leftovers
    return built


def test_both_executors_publish_and_count_the_prefiltered_articles(builds):
    articles = 5 + SYNTHETIC_ARTICLES + len(FIREHOSE)
    for executor, (record, warehouse, _) in builds.items():
        assert record["status"] == "published", executor
        assert (record["counts"]["extracted"], record["counts"]["prefiltered"]) == (articles, len(FIREHOSE)), executor
        assert query(warehouse, "select extracted, prefiltered from audit.runs") == [(articles, len(FIREHOSE))]
        assert sorted(r[0] for r in query(warehouse, "select source_name from raw.articles a join "
                                          "extracted.prefiltered_articles using (article_id)")) == sorted(FIREHOSE)
    assert builds["process"][0]["extraction_executor"] == "a pool of 2 processes"
    assert builds["dask"][0]["extraction_executor"] == "a local Dask cluster"


def test_a_local_dask_cluster_gives_the_process_pools_marts(builds):
    pool, dask = builds["process"][1], builds["dask"][1]
    tables = [row[0] for row in query(pool, "select table_name from information_schema.tables "
                                            "where table_schema = 'marts' order by 1")]
    assert len(tables) >= 12
    on_pool, on_dask = marts_dump(pool, tables), marts_dump(dask, tables)
    assert len(on_pool["fct_meetings"]) > 100 and on_pool["fct_reported_tallies"]
    for table in tables:
        assert on_pool[table] == on_dask[table], table


def test_the_local_cluster_is_shut_down_with_its_stage(builds):
    assert builds["dask"][2] == []


def test_the_run_summary_artifact_counts_the_prefiltered_articles(builds):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        summaries = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["sdw-run-summary"])))
    latest = max(summaries, key=lambda artifact: artifact.created)
    assert f"dropped by the keyword prefilter {len(FIREHOSE)}" in latest.data
    assert "a local Dask cluster" in latest.data


def _extract_seeds(home, **settings):
    """Ingest the seeds into a fresh candidate and extract them; (the stage's result, every
    extracted row but its run's clock)."""
    from flows.nightly import dask_task_runner, extract_on_dask

    run_settings = RunSettings(sources=(str(PROJECT_ROOT / "seeds"),), warehouse=home / "diplomacy.duckdb",
                               workers=1, **settings)
    home.mkdir()
    run = start_run(run_settings)
    con = duckdb.connect(str(run.candidate))
    ensure_schema(con)
    con.close()
    stages.ingest_stage(run)
    if run_settings.executor == "dask":
        extracted = extract_on_dask.with_options(task_runner=dask_task_runner(run_settings))(run)
    else:
        extracted = stages.extract_stage(run)
    rows = {}
    for table in SHAPES:
        columns = [r[0] for r in query(run.candidate, f"describe extracted.{table}") if r[1] != "TIMESTAMP"]
        rows[table] = query(run.candidate, f"select {', '.join(columns)} from extracted.{table} order by all")
    return extracted, rows


def test_a_running_scheduler_named_by_sdw_dask_address_extracts_the_same_rows_and_stays_up(harness, tmp_path):
    from distributed import LocalCluster
    from prefect.client.orchestration import get_client

    api_url = str(get_client(sync_client=True).api_url)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.WARNING, env={"PREFECT_API_URL": api_url}) as cluster:
        address = cluster.scheduler_address
        on_cluster, cluster_rows = _extract_seeds(tmp_path / "cluster", executor="dask", dask_address=address)
        assert cluster.scheduler.transition_counter > 0  # the tasks ran there
        assert len(cluster.scheduler.workers) == 2  # and the run left the cluster it did not start running
    here, rows = _extract_seeds(tmp_path / "here")
    assert (on_cluster.articles, on_cluster.executor) == (5, f"the Dask scheduler {address}")
    assert (here.articles, here.executor) == (5, "this process")
    assert rows["event_candidates"] and cluster_rows == rows
