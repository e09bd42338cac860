"""The run history: `sdw report`'s table, a failed run's report, and pruning old run folders."""
import datetime as dt
import subprocess
import sys
from pathlib import Path

import duckdb

from sdw import warehouse as warehouse_schema
from sdw.reports import terminal_report
from sdw.runs import RunRecord, StageFailed, finish_run, latest_runs, load_unrecorded_runs, prune_run_dirs, start_run
from sdw.settings import RunSettings


def failed_run(tmp_path, warehouse: Path, started: dt.datetime) -> dict:
    record = RunRecord(start_run(RunSettings.from_env(str(tmp_path / "source"), str(warehouse)), started))
    record.error = StageFailed("prepare", "the published warehouse does not open\nsecond line")
    return finish_run(record)


def test_a_failed_run_reports_why_it_has_no_quality_results_and_its_time_and_error(tmp_path):
    warehouse = tmp_path / "w" / "diplomacy.duckdb"
    record = failed_run(tmp_path, warehouse, dt.datetime(2026, 11, 30, 2, 0, 0))
    report = terminal_report([record], kept_runs=30)
    assert "no quality results: the run failed at prepare, before the gates" in report
    history = report.split("Runs (newest first")[1]
    assert "2026-11-30 02:00:00" in history and "prepare failed: the published warehouse does not open" in history
    assert "second line" not in history and "the last 30 run folders, SDW_KEEP_RUNS" in report


def test_pruning_keeps_the_newest_folders_of_this_warehouse_only(tmp_path):
    warehouse, other = tmp_path / "w" / "diplomacy.duckdb", tmp_path / "w" / "other.duckdb"
    for day in range(1, 5):
        failed_run(tmp_path, warehouse, dt.datetime(2026, 11, day, 2))
    failed_run(tmp_path, other, dt.datetime(2026, 10, 1, 2))
    runs_dir = warehouse.parent / "runs"
    assert prune_run_dirs(runs_dir, warehouse, keep=2) == 2
    assert [r["started_at"][:10] for r in latest_runs(runs_dir, 10, warehouse)] == ["2026-11-04", "2026-11-03"]
    assert [r["started_at"][:10] for r in latest_runs(runs_dir, 10, other)] == ["2026-10-01"]


def test_a_candidate_takes_in_the_unrecorded_runs_of_its_own_warehouse_only(tmp_path):
    # Another warehouse's published run, taken in, would pass for this one's last build and its dbt project.
    warehouse, other = tmp_path / "w" / "diplomacy.duckdb", tmp_path / "w" / "other.duckdb"
    mine = failed_run(tmp_path, warehouse, dt.datetime(2026, 11, 2, 2))
    failed_run(tmp_path, other, dt.datetime(2026, 11, 3, 2))
    con = duckdb.connect(str(tmp_path / "candidate.duckdb"))
    warehouse_schema.ensure_schema(con)
    load_unrecorded_runs(con, warehouse.parent / "runs", warehouse)
    assert con.execute("select run_id from audit.runs").fetchall() == [(mine["run_id"],)]


def test_sdw_report_answers_a_zero_count_and_an_unknown_warehouse_clearly(tmp_path):
    warehouse = tmp_path / "w" / "diplomacy.duckdb"
    failed_run(tmp_path, warehouse, dt.datetime(2026, 11, 30, 2))
    sdw = Path(sys.executable).with_name("sdw")

    def report(*args):
        return subprocess.run([str(sdw), "report", *args], capture_output=True, text=True, timeout=120)
    zero = report("--runs", "0", "--warehouse", str(warehouse))
    assert zero.returncode == 2 and "--runs must be 1 or more" in zero.stderr
    unknown = report("--warehouse", str(warehouse.with_name("other.duckdb")))
    assert unknown.returncode == 2 and f"no warehouse at {warehouse.with_name('other.duckdb')}" in unknown.stderr
    known = report("--warehouse", str(warehouse))
    assert known.returncode == 0 and "no quality results" in known.stdout
