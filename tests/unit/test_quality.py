import datetime as dt
import json

import duckdb
import pytest

from sdw.quality import BLOCKING, QualityGateFailed, blocking_failures, load_suites, run_suites


def test_the_suites_load_and_a_severity_that_is_neither_blocking_nor_warning_is_refused(tmp_path):
    assert {s["name"] for s in load_suites()} >= {"fct_meetings", "meeting_sources", "dim_articles"}
    typo = {"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 1}, "meta": {"severity": "blockng"}}
    (tmp_path / "typo.json").write_text(json.dumps({"name": "typo", "query": "select 1", "expectations": [typo]}))
    with pytest.raises(ValueError, match="typo.json: severity must be blocking or warning, not 'blockng'"):
        load_suites(tmp_path)


@pytest.fixture
def tiny_warehouse(tmp_path):
    path = tmp_path / "w.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create schema marts")
    con.execute("create schema reference")
    con.execute("create table reference.country_aliases as select * from (values ('المغرب', 'MA', 'home'), "
                "('واشنطن', 'US', 'capital')) t(alias, iso2, kind)")
    con.execute("""create table marts.fct_meetings as select * from (values
        ('m1', date '2021-03-04', date '2021-03-04', 'day', 'meeting', 'US', 'hosted', 1),
        ('m2', date '1999-05-01', date '1999-05-01', 'day', 'meeting', 'MA', 'sideways', 1),
        ('m3', date '2023-12-06', date '2023-12-07', 'day', 'conference', 'MA', 'hosted', 1),
        ('m4', date '2021-03-04', date '2021-03-04', 'day', 'meeting', 'XX', 'hosted', 1))
        t(meeting_id, start_date, end_date, date_precision, meeting_type, country_iso2, direction, source_count)""")
    con.close()
    return path


def test_a_bad_table_fails_the_blocking_gate_with_the_offending_values(tiny_warehouse):
    suite = next(s for s in load_suites() if s["name"] == "fct_meetings")
    results = run_suites(tiny_warehouse, dt.date(2026, 1, 1), [suite])
    failed = {(r.expectation, r.column_name): r.details for r in blocking_failures(results)}
    assert "1999-05-01" in failed[("expect_column_values_to_be_between", "start_date")]  # before 2000
    # Morocco (the seed's home country) is never a counterpart (m2); a conference held there has
    # it as its host (m3).
    assert failed[("expect_column_values_to_be_in_set", "morocco_as_counterpart")] == "True"
    message = str(QualityGateFailed(blocking_failures(results)))
    assert "fct_meetings: expect_column_values_to_be_in_set(morocco_as_counterpart) failed" in message


def test_a_meeting_after_the_run_date_fails(tiny_warehouse):
    suite = next(s for s in load_suites() if s["name"] == "fct_meetings")
    results = run_suites(tiny_warehouse, dt.date(2021, 3, 1), [suite])
    assert any(r.column_name == "end_date" and r.severity == BLOCKING and not r.success for r in results)


def test_warnings_are_reported_but_do_not_block(tiny_warehouse):
    suite = {"name": "warn_only", "query": "select * from marts.fct_meetings", "expectations": [
        {"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 10}, "meta": {"severity": "warning"}}]}
    results = run_suites(tiny_warehouse, dt.date(2026, 1, 1), [suite])
    assert [r.success for r in results] == [False] and blocking_failures(results) == []


def test_a_failed_gate_names_the_articles_behind_the_offending_values(tiny_warehouse):
    con = duckdb.connect(str(tiny_warehouse))
    con.execute("create schema raw")
    con.execute(
        "create table raw.articles as select * from (values ('a1', "
        "'fine.txt'), ('a2', 'future.txt')) t(article_id, source_name)"
    )
    con.execute(
        "create table marts.bridge_meeting_articles as select * from "
        "(values ('m1', 'a1'), ('m2', 'a2')) t(meeting_id, article_id)"
    )
    con.close()
    suite = next(s for s in load_suites() if s["name"] == "fct_meetings")
    failures = blocking_failures(run_suites(tiny_warehouse, dt.date(2026, 1, 1), [suite]))
    assert {f.articles for f in failures if f.column_name == "start_date"} == {"future.txt"}
    assert "articles future.txt" in str(QualityGateFailed(failures))
