"""A run is published once its candidate replaced the published file, whatever fails after."""
import datetime as dt

from sdw.runs import finish_run, start_run
from sdw.settings import RunSettings


def test_an_error_after_the_rename_does_not_mark_the_run_not_published(tmp_path):
    run = start_run(RunSettings.from_env(str(tmp_path / "source"), str(tmp_path / "w" / "diplomacy.duckdb")),
                    dt.datetime(2026, 1, 1, 2))
    run.record.update(status="published", published=True)
    run.renamed = True
    record = finish_run(run, RuntimeError("the artifact API is down"))
    assert (record["status"], record["published"], record["error"]) == ("published", True, None)
    assert "artifact API is down" in record["error_after_publish"]


def test_an_error_before_the_rename_marks_the_run_failed(tmp_path):
    run = start_run(RunSettings.from_env(str(tmp_path / "source"), str(tmp_path / "w" / "diplomacy.duckdb")))
    record = finish_run(run, RuntimeError("dbt broke"))
    assert (record["status"], record["published"]) == ("failed", False)
