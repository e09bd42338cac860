"""A night that adds articles builds the incremental models (int_events, int_event_links,
int_event_clusters, fct_meetings, fct_meeting_evidence) from what the last published build left;
every table it publishes is the one a full rebuild of the same rows gives, row for row.

Two real nights (the Prefect test harness, real dbt and GX) on the seeds and a synthetic corpus
whose second night re-reports engagements of the first, then `dbt build --full-refresh` on a copy
of the result: every table of the intermediate and marts schemas is compared."""
import shutil
import sys
from pathlib import Path

import duckdb
import pytest

from sdw.settings import PROJECT_ROOT
from sdw.transform import dbt_build

sys.path.insert(0, str(PROJECT_ROOT / "scripts"))

from synthetic_corpus import CorpusBuilder  # noqa: E402

pytestmark = pytest.mark.e2e
SEEDS = sorted((PROJECT_ROOT / "seeds").glob("*.txt"))
FIRST_NIGHT, SECOND_NIGHT = 240, 120  # synthetic articles: a quarter re-report earlier engagements


@pytest.fixture(scope="module")
def harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def built_tables(database: Path) -> list[str]:
    with duckdb.connect(str(database), read_only=True) as con:
        return [f"{schema}.{table}" for schema, table in con.execute(
            """select schema_name, table_name from duckdb_tables()
               where database_name = current_database() and schema_name in ('intermediate', 'marts')
               order by all""").fetchall()]


def test_a_night_that_adds_articles_publishes_what_a_full_rebuild_gives(harness, tmp_path):
    from flows.nightly import nightly

    source, warehouse = tmp_path / "source", tmp_path / "warehouse" / "diplomacy.duckdb"
    builder = CorpusBuilder(11)
    builder.write(source, FIRST_NIGHT)
    for seed in SEEDS[:2]:
        shutil.copy(seed, source / seed.name)
    first = nightly(source=str(source), warehouse=str(warehouse))
    with duckdb.connect(str(warehouse), read_only=True) as con:
        first_meetings = dict(con.execute("select meeting_id, report_count from marts.fct_meetings").fetchall())

    builder.write(source, SECOND_NIGHT, first_index=FIRST_NIGHT)
    for seed in SEEDS[2:]:
        shutil.copy(seed, source / seed.name)
    second = nightly(source=str(source), warehouse=str(warehouse))
    assert first["dbt"]["full_refresh"] and not second["dbt"]["full_refresh"]
    assert second["published"] and second["counts"]["ingested"] == SECOND_NIGHT + len(SEEDS) - 2

    rebuilt = tmp_path / "rebuilt.duckdb"
    shutil.copyfile(warehouse, rebuilt)
    result = dbt_build(rebuilt, tmp_path / "rebuilt-dbt", tmp_path / "rebuilt-state", project_changed=True,
                       full_refresh=True)
    assert result.success, result.output_tail
    # The second night changes meetings of the first (a new report joins one, or two merge), so the
    # components clustered again hold earlier reports.
    with duckdb.connect(str(rebuilt), read_only=True) as con:
        after = dict(con.execute("select meeting_id, report_count from marts.fct_meetings").fetchall())
    grown = [m for m, count in first_meetings.items() if m in after and after[m] > count]
    merged_away = [m for m in first_meetings if m not in after]
    assert len(grown) + len(merged_away) >= 5, "the second night re-reports too few earlier engagements"
    tables = built_tables(warehouse)
    assert tables == built_tables(rebuilt) and len(tables) >= 15
    with duckdb.connect(str(warehouse), read_only=True) as con:
        con.execute(f"attach '{rebuilt}' as rebuilt (read_only)")
        for table in tables:
            counts = con.execute(
                f"select (select count(*) from {table}), (select count(*) from rebuilt.{table})").fetchone()
            differing = con.execute(
                f"""select count(*) from ((select * from {table} except all select * from rebuilt.{table})
                    union all (select * from rebuilt.{table} except all select * from {table}))""").fetchone()
            assert differing == (0,) and counts is not None and counts[0] == counts[1], (table, counts, differing)


def test_an_article_extracted_again_rebuilds_every_model(harness, tmp_path):
    """An article stored by an earlier night and extracted again (a new extractor version, the
    prefilter turned off) may report other engagements now, so the night rebuilds every model in
    full: an incremental build only adds the reports of new articles."""
    from flows.nightly import nightly

    source, warehouse = tmp_path / "source", tmp_path / "warehouse" / "diplomacy.duckdb"
    source.mkdir()
    for seed in SEEDS[:3]:
        shutil.copy(seed, source / seed.name)
    nightly(source=str(source), warehouse=str(warehouse))
    with duckdb.connect(str(warehouse)) as con:  # as if its extraction were of another version
        con.execute("delete from extracted.articles where article_id = (select min(article_id) from raw.articles)")
    again = nightly(source=str(source), warehouse=str(warehouse))
    assert again["published"] and again["counts"]["ingested"] == 0 and again["counts"]["extracted"] == 1
    assert again["dbt"]["success"] and again["dbt"]["full_refresh"]
