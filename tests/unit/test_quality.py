import datetime as dt
import json

import duckdb
import pytest

from sdw.quality import BLOCKING, QualityGateFailed, RunScope, blocking_failures, load_suites, run_suites

RUN_STARTED = dt.datetime(2026, 1, 1, 2, 0)
EVERY_ROW = RunScope("r2", RUN_STARTED, everything=True)
THIS_RUN = RunScope("r2", RUN_STARTED)


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
    # What the run-scope tables are made from: a1 came in an earlier run, a2-a4 in this one (r2),
    # a5 was re-extracted by this one.
    con.execute("create schema raw")
    con.execute("create schema extracted")
    con.execute("""create table raw.articles as select * from (values ('a1', 'fine.txt', 'r1'),
        ('a2', 'future.txt', 'r2'), ('a3', 'conference.txt', 'r2'), ('a4', 'xx.txt', 'r2'), ('a5', 'old.txt', 'r1'))
        t(article_id, source_name, run_id)""")
    con.execute("create table extracted.articles as select 'a5' as article_id, ? as extracted_at", [RUN_STARTED])
    con.execute("create table raw.rejected_articles (rejection_id varchar, run_id varchar)")
    con.execute("""create table marts.bridge_meeting_articles as select * from
        (values ('m1', 'a1'), ('m2', 'a2'), ('m3', 'a3'), ('m4', 'a4'), ('m8', 'a1')) t(meeting_id, article_id)""")
    con.execute("""create table marts.fct_meetings as select * from (values
        ('m1', date '2021-03-04', date '2021-03-04', 'day', 'meeting', 'US', 'hosted', 1, null),
        ('m2', date '1999-05-01', date '1999-05-01', 'day', 'meeting', 'MA', 'sideways', 1, null),
        ('m3', date '2023-12-06', date '2023-12-07', 'day', 'conference', 'MA', 'hosted', 1, null),
        ('m4', date '2021-03-04', date '2021-03-04', 'day', 'meeting', 'XX', 'hosted', 1, null),
        -- an international body's official received in Morocco: Morocco is its country, not a counterpart
        ('m8', date '2025-12-01', date '2025-12-01', 'day', 'hosted_visit', 'MA', 'hosted', 1, 'UNOCT'))
        t(meeting_id, start_date, end_date, date_precision, meeting_type, country_iso2, direction, source_count,
          organization_code)""")
    con.close()
    return path


def test_a_bad_table_fails_the_blocking_gate_with_the_offending_values(tiny_warehouse):
    suite = next(s for s in load_suites() if s["name"] == "fct_meetings")
    results = run_suites(tiny_warehouse, dt.date(2026, 1, 1), EVERY_ROW, [suite])
    failed = {(r.expectation, r.column_name): r.details for r in blocking_failures(results)}
    assert "1999-05-01" in failed[("expect_column_values_to_be_between", "start_date")]  # before 2000
    # Morocco (the seed's home country) is never a counterpart (m2); a conference held there has
    # it as its host (m3).
    assert failed[("expect_column_values_to_be_in_set", "morocco_as_counterpart")] == "True"
    # ... and neither does the reception of an international body's official there (m8): m2 alone fails.
    observed = {(r.expectation, r.column_name): r.observed_value for r in blocking_failures(results)}
    assert observed[("expect_column_values_to_be_in_set", "morocco_as_counterpart")].startswith("1 unexpected")
    message = str(QualityGateFailed(blocking_failures(results)))
    assert "fct_meetings: expect_column_values_to_be_in_set(morocco_as_counterpart) failed" in message


def test_a_meeting_after_the_run_date_fails(tiny_warehouse):
    suite = next(s for s in load_suites() if s["name"] == "fct_meetings")
    results = run_suites(tiny_warehouse, dt.date(2021, 3, 1), EVERY_ROW, [suite])
    assert any(r.column_name == "day_end_date" and r.severity == BLOCKING and not r.success for r in results)


def test_a_year_still_running_on_the_run_date_passes_a_day_after_it_fails(tiny_warehouse):
    """'في سنة 2026' read on 1 December 2026 ends on 31 December: the year is the current one, not the future."""
    con = duckdb.connect(str(tiny_warehouse))
    con.execute("delete from marts.fct_meetings where meeting_id in ('m2', 'm4')")
    con.execute("update marts.fct_meetings set start_date = date '2026-01-01', end_date = date '2026-12-31', "
                "date_precision = 'year' where meeting_id = 'm1'")
    con.close()
    suite = next(s for s in load_suites() if s["name"] == "fct_meetings")
    assert blocking_failures(run_suites(tiny_warehouse, dt.date(2026, 12, 1), EVERY_ROW, [suite])) == []
    con = duckdb.connect(str(tiny_warehouse))
    con.execute("update marts.fct_meetings set start_date = date '2026-12-02', end_date = date '2026-12-02', "
                "date_precision = 'day' where meeting_id = 'm1'")
    con.close()
    results = run_suites(tiny_warehouse, dt.date(2026, 12, 1), EVERY_ROW, [suite])
    failed = {f.column_name for f in blocking_failures(results)}
    assert failed == {"start_date", "day_end_date"}


def test_warnings_are_reported_but_do_not_block(tiny_warehouse):
    suite = {"name": "warn_only", "query": "select * from marts.fct_meetings", "expectations": [
        {"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 10}, "meta": {"severity": "warning"}}]}
    results = run_suites(tiny_warehouse, dt.date(2026, 1, 1), EVERY_ROW, [suite])
    assert [r.success for r in results] == [False] and blocking_failures(results) == []


def test_a_failed_whole_table_check_names_no_article(tiny_warehouse):
    """A share below its floor fails in the suite's whole-table row, which holds no article (the
    real-news set, where most pages report nothing of his, fails this warning)."""
    suite = {"name": "whole_row", "query": "select 'a1' as article_id, 'a.txt' as source_name, null as share "
                                           "union all select null, null, 0.1", "expectations": [
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "share", "min_value": 0.5},
         "meta": {"severity": "warning"}}]}
    [result] = run_suites(tiny_warehouse, dt.date(2026, 1, 1), EVERY_ROW, [suite])
    assert (result.success, result.articles) == (False, "")


def test_a_failed_gate_names_the_articles_behind_the_offending_values(tiny_warehouse):
    suite = next(s for s in load_suites() if s["name"] == "fct_meetings")
    failures = blocking_failures(run_suites(tiny_warehouse, dt.date(2026, 1, 1), EVERY_ROW, [suite]))
    assert {f.articles for f in failures if f.column_name == "start_date"} == {"future.txt"}
    assert "articles future.txt" in str(QualityGateFailed(failures))


def test_row_checks_read_this_runs_rows_and_ranges_hold_for_the_whole_table(tiny_warehouse):
    """An earlier run's row is not read again for row checks, but a date out of range anywhere in
    the table still fails: the rows holding the extremes are always checked. An article this run
    re-extracted counts as this run's."""
    con = duckdb.connect(str(tiny_warehouse))
    # m5: an earlier run's meeting with Morocco as counterpart (not read again); m6: an earlier
    # run's meeting ending after the run date (the table's greatest end date); m7: Morocco as
    # counterpart again, reported by the article this run re-extracted.
    con.execute("""insert into marts.fct_meetings values
        ('m5', date '2021-05-05', date '2021-05-05', 'day', 'meeting', 'MA', 'hosted', 1, null),
        ('m6', date '2021-06-01', date '2027-06-02', 'day', 'meeting', 'US', 'hosted', 1, null),
        ('m7', date '2021-07-07', date '2021-07-07', 'day', 'meeting', 'MA', 'hosted', 1, null)""")
    con.execute("insert into marts.bridge_meeting_articles values ('m5', 'a1'), ('m6', 'a1'), ('m7', 'a5')")
    con.execute("delete from marts.fct_meetings where meeting_id in ('m2', 'm4')")  # this run's bad rows
    con.close()
    suite = next(s for s in load_suites() if s["name"] == "fct_meetings")
    failed = {(f.column_name, f.articles) for f in blocking_failures(
        run_suites(tiny_warehouse, dt.date(2026, 1, 1), THIS_RUN, [suite]))}
    assert failed == {("day_end_date", "fine.txt"), ("morocco_as_counterpart", "old.txt")}
    failed = {(f.column_name, f.articles) for f in blocking_failures(
        run_suites(tiny_warehouse, dt.date(2026, 1, 1), EVERY_ROW, [suite]))}
    assert failed == {("day_end_date", "fine.txt"), ("morocco_as_counterpart", "fine.txt, old.txt")}


def test_the_whole_table_counts_fail_on_an_empty_table(tiny_warehouse):
    con = duckdb.connect(str(tiny_warehouse))
    con.execute("delete from marts.fct_meetings")
    con.close()
    suite = next(s for s in load_suites() if s["name"] == "fct_meetings")
    failed = blocking_failures(run_suites(tiny_warehouse, dt.date(2026, 1, 1), THIS_RUN, [suite]))
    assert [(f.column_name, f.details) for f in failed] == [("table_rows", "0")]


def test_kept_results_are_those_of_the_same_rows_and_hold_on_a_later_date_only_when_the_date_bounds_passed(
        tiny_warehouse, tmp_path):
    from sdw.quality import kept_results, run_gates

    suites = [s for s in load_suites() if s["name"] == "fct_meetings"]
    memo, docs, run_date = tmp_path / "memo", tmp_path / "docs", dt.date(2026, 1, 1)
    nothing_new = RunScope("r3", dt.datetime(2026, 1, 2, 2, 0))  # a later night that stored nothing
    assert kept_results(tiny_warehouse, run_date, nothing_new, suites, memo) is None
    results = run_gates(tiny_warehouse, run_date, THIS_RUN, suites, docs, memo)
    # This run's rows, and the rows a night with nothing new reads, were both validated and kept.
    assert kept_results(tiny_warehouse, run_date, THIS_RUN, suites, memo)[0] == results
    kept, kept_docs = kept_results(tiny_warehouse, run_date, nothing_new, suites, memo)
    assert kept == run_suites(tiny_warehouse, run_date, nothing_new, suites) and (kept_docs / "index.html").exists()
    # The start date before 2000 fails a check bounded by the run date: a later date might differ.
    assert kept_results(tiny_warehouse, dt.date(2026, 1, 2), nothing_new, suites, memo) is None
    con = duckdb.connect(str(tiny_warehouse))
    con.execute("""update marts.fct_meetings set start_date = date '2021-03-04', end_date = date '2021-03-04'
                   where meeting_id = 'm2'""")
    con.close()
    assert kept_results(tiny_warehouse, run_date, nothing_new, suites, memo) is None  # other rows
    run_gates(tiny_warehouse, run_date, nothing_new, suites, docs, memo)
    later = kept_results(tiny_warehouse, dt.date(2026, 1, 2), nothing_new, suites, memo)
    assert later is not None and later[0] == run_suites(tiny_warehouse, dt.date(2026, 1, 2), nothing_new, suites)
    assert len(list(memo.iterdir())) == 1  # older entries removed
