"""A run is published once its candidate replaced the published file, whatever fails after."""
import datetime as dt

from sdw.runs import Published, RunRecord, finish_run, start_run
from sdw.settings import RunSettings


def _record(tmp_path, now=None) -> RunRecord:
    settings = RunSettings.from_env(str(tmp_path / "source"), str(tmp_path / "w" / "diplomacy.duckdb"))
    return RunRecord(start_run(settings, now))


def test_an_error_after_the_rename_does_not_mark_the_run_not_published(tmp_path):
    record = _record(tmp_path, dt.datetime(2026, 1, 1, 2))
    record.published = Published(dt.datetime(2026, 1, 1, 2, 5), meetings_total=21, new_meeting_count=3,
                                 new_meetings=(), tally_reconciliation=())
    record.run.renamed = True
    record.error = RuntimeError("the artifact API is down")
    written = finish_run(record)
    assert (written["status"], written["published"], written["error"]) == ("published", True, None)
    assert "artifact API is down" in written["error_after_publish"]
    assert written["finished_at"] == "2026-01-01T02:05:00"
    assert (written["counts"]["meetings_total"], written["counts"]["new_meetings"]) == (21, 3)


def test_an_error_before_the_rename_marks_the_run_failed(tmp_path):
    record = _record(tmp_path)
    record.error = RuntimeError("dbt broke")
    written = finish_run(record)
    assert (written["status"], written["published"], written["error"]) == ("failed", False, "dbt broke")
    assert written["failed_stage"] == "unknown" and "finished_at" in written
    assert (record.run.run_dir / "run.json").exists()
