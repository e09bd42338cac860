"""The real `nightly` flow (Prefect test harness, real dbt, real GX) on the seed corpus."""
import datetime as dt
import hashlib
import json
import re
import shutil
from dataclasses import asdict
from pathlib import Path

import pytest

from sdw import quality
from sdw.lock import RunLock, RunLocked
from sdw.runs import latest_runs
from sdw.settings import PROJECT_ROOT, RunSettings
from tests.golden import SEED_MEETINGS
from tests.warehouse_reads import query

pytestmark = pytest.mark.e2e
SEEDS = PROJECT_ROOT / "seeds"


@pytest.fixture(scope="module")
def harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="module")
def built(harness, tmp_path_factory):
    from flows.nightly import nightly

    root = tmp_path_factory.mktemp("e2e")
    source = root / "source"
    shutil.copytree(SEEDS, source)
    (source / "broken.txt").write_bytes(b"\xff\xfe not utf-8 \x00")
    (source / "renamed-copy.txt").write_bytes((SEEDS / "004_565f1685908f2278.txt").read_bytes())
    warehouse = root / "warehouse" / "diplomacy.duckdb"
    record = nightly(source=str(source), warehouse=str(warehouse))
    return record, source, warehouse


def test_the_run_publishes_the_contract_tables(built):
    record, _, warehouse = built
    assert record["status"] == "published" and record["published"]
    assert record["counts"]["ingested"] == 5 and record["counts"]["quarantined"] == 2
    for table in ["fct_meetings", "bridge_meeting_articles", "dim_articles", "fct_reported_tallies",
                  "fct_country_meetings", "fct_region_meetings", "dim_countries", "dim_regions"]:
        assert query(warehouse, f"select count(*) from marts.{table}")[0][0] > 0, table
    assert query(warehouse, "select count(*) from marts.fct_meetings")[0][0] == SEED_MEETINGS
    # One engagement reported by two articles is one meeting with both sources.
    assert query(
        warehouse,
        """select start_date::varchar, end_date::varchar, source_count from marts.fct_meetings
                               where country_iso2 = 'US' and meeting_type = 'visit_abroad'""",
    ) == [("2022-06-13", "2022-06-14", 2)]
    assert query(warehouse, "select count(*) from marts.fct_reported_tallies")[0][0] == 19


def test_every_seed_meeting_that_names_the_body_met_has_it(built):
    _, _, warehouse = built
    assert query(warehouse, """select start_date::varchar, counterpart_org_code, counterpart_person_latin, principal_id
                               from marts.fct_meetings
                               where counterpart_org_code in ('FBI', 'CIA', 'BFV') and start_date >= '2023-01-01'
                               order by start_date""") == [
        ("2023-02-01", "FBI", "Christopher Wray", "hammouchi"),
        ("2023-04-07", "CIA", "William Burns", "hammouchi"),
        ("2023-04-26", "BFV", "Thomas Haldenwang", "hammouchi")]
    # The bodies and people are dimensions of their own, joined by code and key.
    assert query(warehouse, "select meeting_count from marts.dim_organizations where org_code = 'FBI'") == [(1,)]
    assert query(warehouse, """select names_ar, meeting_count, article_count from marts.dim_counterparts
                               where counterpart_person_key = 'Christopher Wray'""") == [("كريستوفر راي", 1, 2)]


def test_unreadable_and_duplicate_files_are_quarantined_not_lost(built):
    _, _, warehouse = built
    rows = dict(query(warehouse, "select source_name, reason from raw.rejected_articles"))
    assert rows == {"broken.txt": "binary", "renamed-copy.txt": "duplicate_content"}


def test_quality_results_are_stored_and_published_as_artifacts(built):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    record, _, warehouse = built
    stored = query(warehouse, "select count(*), count(*) filter (where success) from audit.quality_results")[0]
    expectations = sum(len(suite["expectations"]) for suite in quality.load_suites())
    assert stored[0] == len(record["quality_results"]) == expectations and stored[1] == stored[0]
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(any_=["sdw-run-summary", "sdw-data-quality"])))
    by_key = {a.key: a for a in artifacts}
    assert "published" in by_key["sdw-run-summary"].data and "New meetings" in by_key["sdw-run-summary"].data
    table = by_key["sdw-data-quality"].data
    table = json.loads(table) if isinstance(table, str) else table
    assert {row["suite"] for row in table} >= {"fct_meetings", "meeting_sources"}


def test_a_second_run_on_the_same_input_changes_no_fact(built):
    from flows.nightly import nightly

    _, source, warehouse = built
    facts = "select * from marts.fct_meetings order by meeting_id"
    before = query(warehouse, facts)
    record = nightly(source=str(source), warehouse=str(warehouse))
    assert record["counts"]["ingested"] == 0 and record["counts"]["extracted"] == 0
    assert record["counts"]["new_meetings"] == 0
    assert query(warehouse, facts) == before
    assert query(warehouse, "select count(*) from audit.runs")[0][0] == 2


def test_an_empty_night_keeps_the_report_page_that_rendering_again_would_repeat(built):
    """A night that changed no row the page shows keeps the page already written, byte for byte;
    rendering it anyway gives the same page but for the run and the time it names. Its gates take
    the kept results, which are those the suites give on its rows."""
    from flows.nightly import nightly

    _, source, warehouse = built
    page = warehouse.parent / "report" / "index.html"
    written = page.read_text(encoding="utf-8")
    record = nightly(source=str(source), warehouse=str(warehouse))
    assert record["html_report"] == str(page) and page.read_text(encoding="utf-8") == written
    nothing_new = quality.RunScope("", dt.datetime.now(), nothing=True)
    full = quality.run_suites(warehouse, dt.date.today(), nothing_new, quality.load_suites())
    assert sorted(record["quality_results"], key=str) == sorted((asdict(r) for r in full), key=str)
    page.unlink()
    nightly(source=str(source), warehouse=str(warehouse))
    rendered = page.read_text(encoding="utf-8")

    def without_run(html: str) -> str:
        return re.sub(r"Run <code>[^<]*</code>, written \S+:", "", html, count=1)

    assert rendered != written and without_run(rendered) == without_run(written)


def test_a_failed_gate_leaves_the_published_warehouse_untouched(built, tmp_path, monkeypatch):
    from flows.nightly import nightly

    _, source, warehouse = built
    strict = tmp_path / "expectations"
    strict.mkdir()
    (strict / "too_strict.json").write_text(
        json.dumps(
            {
                "name": "too_strict",
                "query": "select * from marts.fct_meetings",
                "expectations": [
                    {
                        "type": "expect_table_row_count_to_be_between",
                        "kwargs": {"max_value": 3},
                        "meta": {"severity": "blocking"},
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(quality, "EXPECTATIONS_DIR", strict)
    digest = hashlib.sha256(warehouse.read_bytes()).hexdigest()
    with pytest.raises(quality.QualityGateFailed, match="too_strict: expect_table_row_count_to_be_between"):
        nightly(source=str(source), warehouse=str(warehouse))
    assert hashlib.sha256(warehouse.read_bytes()).hexdigest() == digest
    assert list(warehouse.parent.glob(".candidate-*")) == []
    latest = latest_runs(RunSettings.from_env(str(source), str(warehouse)).runs_dir)[0]
    assert (latest["status"], latest["failed_stage"], latest["published"]) == ("failed", "quality", False)


def test_cli_query_is_read_only_and_report_shows_the_runs(built, capsys):
    from sdw.cli import main

    _, _, warehouse = built
    assert (
        main(
            ["query", "select count(*) as n from marts.fct_meetings", "--format", "csv", "--warehouse", str(warehouse)]
        )
        == 0
    )
    assert capsys.readouterr().out.strip().splitlines() == ["n", str(SEED_MEETINGS)]
    assert main(["query", "delete from marts.fct_meetings", "--warehouse", str(warehouse)]) == 2
    assert "read-only" in capsys.readouterr().err
    assert main(["report", "--warehouse", str(warehouse)]) == 0
    assert "Data quality of run" in capsys.readouterr().out


def test_every_mart_column_explains_itself_in_duckdb_comments_and_keys_share_one_name(built):
    _, _, warehouse = built
    undescribed = query(warehouse, """select table_name || '.' || column_name from duckdb_columns()
                                      where schema_name = 'marts' and coalesce(comment, '') = ''""")
    assert undescribed == []
    assert "`hosted_visit` | a foreign official or delegation visited Morocco" in query(warehouse, """
        select comment from duckdb_columns()
        where schema_name = 'marts' and table_name = 'fct_meetings' and column_name = 'meeting_type'""")[0][0]
    # One name per key: USING joins work across the marts.
    assert query(warehouse, """select count(*) from marts.fct_meetings join marts.dim_countries using (country_iso2)
                               join marts.fct_country_meetings using (country_iso2, meeting_year)""")[0][0] == 21


def test_sdw_export_writes_one_row_per_meeting_and_its_codebook(built, tmp_path):
    import subprocess
    import sys

    import duckdb

    from sdw.meetings_export import COLUMNS

    _, _, warehouse = built
    sdw = Path(sys.executable).with_name("sdw")
    for file_format in ("csv", "parquet"):
        out = tmp_path / f"meetings.{file_format}"
        done = subprocess.run([str(sdw), "export", "--format", file_format, "--out", str(out),
                               "--warehouse", str(warehouse)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and "wrote 21 meetings" in done.stdout, done.stderr
        exported = duckdb.sql(f"select * from '{out}'")
        assert exported.columns == [column.name for column in COLUMNS]
        assert len(exported.fetchall()) == 21
    us_visit = duckdb.sql(f"""select event_date::varchar, end_date::varchar, time_precision, country_name_ar,
                                     source_count, sources from '{tmp_path / "meetings.csv"}'
                              where country_iso2 = 'US' and meeting_type = 'visit_abroad'""").fetchall()
    assert us_visit == [("2022-06-13", "2022-06-14", 1, "الولايات المتحدة", 2,
                         "001_e24e4748ed7e1d90.txt | 002_4a8808ae0183cf92.txt")]
    codebook = (tmp_path / "meetings.codebook.md").read_text(encoding="utf-8")
    assert all(f"| `{column.name}` | {column.description} |" in codebook for column in COLUMNS)


def test_a_second_concurrent_run_is_refused_clearly(built):
    _, source, warehouse = built
    settings = RunSettings.from_env(str(source), str(warehouse))
    with RunLock(settings), pytest.raises(RunLocked, match="another sdw run is in progress"), RunLock(settings):
        pass


def test_a_feed_source_is_fetched_with_retries_and_its_failures_quarantined(harness, tmp_path, monkeypatch):
    from flows import nightly as flow_module
    from flows.nightly import nightly
    from tests.web_fixtures import FixtureServer

    monkeypatch.setenv("SDW_HTTP_TIMEOUT_SECONDS", "1")
    # The same retries (count, condition) without the production back-off delays between them.
    monkeypatch.setattr(flow_module, "fetch_page", flow_module.fetch_page.with_options(retry_delay_seconds=0))
    warehouse = tmp_path / "web" / "diplomacy.duckdb"
    with FixtureServer(slow_seconds=2.5) as web:
        record = nightly(source=[web.url("/feed.xml")], warehouse=str(warehouse))
        assert web.hits["/flaky"] == 3  # Prefect's task retries got past two 503s
        again = nightly(source=[web.url("/feed.xml")], warehouse=str(warehouse))
    assert record["published"] and record["counts"]["ingested"] == 2
    assert again["counts"]["web_not_modified"] >= 1 and again["counts"]["ingested"] == 0
    articles = dict(query(warehouse, "select source_name, published_date::varchar from marts.dim_articles"))
    assert articles == {web.url("/article-1"): "2024-03-13", web.url("/flaky"): "2024-03-13"}
    rejected = {name.rsplit("/", 1)[1]: reason for name, reason in
                query(warehouse, "select source_name, reason from raw.rejected_articles")}
    assert rejected == {"missing": "fetch_failed", "slow": "fetch_failed"}
    assert query(warehouse, "select country_iso2, meeting_type from marts.fct_meetings order by 1") == [
        ("BE", "hosted_visit"), ("NL", "hosted_visit")]


def test_a_night_with_new_articles_reuses_dbts_parse_and_docs_and_builds_only_what_reads_rows(harness, tmp_path):
    """Night 2 adds an article: dbt starts from night 1's saved parse (same candidate path), the
    docs page kept for the unchanged project is copied (no `dbt docs generate`, no catalog), and
    what only changes with the project is left out: the seeds, the views, the models and tests
    that read only seeds, and the unit tests. Every table and data test that reads the warehouse's
    rows runs, those checking a model against a seed too; the incremental models add the night's
    articles (no full refresh)."""
    from flows.nightly import nightly

    source, warehouse = tmp_path / "source", tmp_path / "warehouse" / "diplomacy.duckdb"
    source.mkdir()
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    for name in names[:2]:
        shutil.copy(SEEDS / name, source / name)
    first = nightly(source=str(source), warehouse=str(warehouse))
    shutil.copy(SEEDS / names[2], source / names[2])
    second = nightly(source=str(source), warehouse=str(warehouse))
    assert second["published"] and second["counts"]["ingested"] == 1

    def dbt_folder(record):
        return warehouse.parent / "runs" / record["run_id"] / "dbt"

    def run_ids(record):
        results = json.loads((dbt_folder(record) / "run_results.json").read_text(encoding="utf-8"))["results"]
        return {node["unique_id"] for node in results}

    def kinds(record):
        return {unique_id.split(".")[0] for unique_id in run_ids(record)}

    assert kinds(first) == {"seed", "model", "test", "unit_test"}
    assert kinds(second) == {"model", "test"}
    assert first["dbt"]["full_refresh"] and not second["dbt"]["full_refresh"]
    manifest = json.loads((dbt_folder(first) / "manifest.json").read_text(encoding="utf-8"))

    def reads_rows(unique_id):  # a source among its ancestors
        parents = manifest["parent_map"].get(unique_id, [])
        return any(p.startswith("source.") or reads_rows(p) for p in parents)

    def built_each_night(unique_id):
        node = manifest["nodes"][unique_id]
        return reads_rows(unique_id) and (node["resource_type"] == "test" or node["config"]["materialized"] != "view")

    every_night = {i for i in run_ids(first) if i.split(".")[0] in ("model", "test") and built_each_night(i)}
    assert run_ids(second) == every_night
    assert "model.sdw.fct_meetings" in run_ids(second) and "model.sdw.dim_regions" not in run_ids(second)
    assert any("ref_meeting_types" in i for i in run_ids(second))  # fct_meetings' types against the seed
    assert any("stg_event_candidates" in i for i in run_ids(second) if i.startswith("test."))  # a view's data
    log = (dbt_folder(second) / "logs" / "dbt.log").read_text(encoding="utf-8")
    assert "Starting full parse" not in log and "Unable to do partial parsing" not in log
    docs = warehouse.parent / "runs" / second["run_id"] / "dbt-docs"
    assert sorted(p.name for p in docs.iterdir()) == ["static_index.html"]
    assert second["dbt_docs"] == str(docs / "static_index.html")
