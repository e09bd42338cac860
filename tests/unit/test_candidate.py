"""The candidate file: one path per warehouse, what a killed run leaves, and how it is copied."""
import datetime as dt
import json

import duckdb

from sdw import candidate
from sdw.runs import start_run
from sdw.settings import RunSettings
from sdw.transform import DBT_DOCS_PAGE, dbt_docs


def _run(tmp_path, now):
    settings = RunSettings.from_env(str(tmp_path / "source"), str(tmp_path / "w" / "diplomacy.duckdb"))
    return start_run(settings, now)


def _published(run):
    run.settings.home.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(run.settings.warehouse))
    con.execute("create table t as select 42 as answer")
    con.close()


def _record(run, run_id):
    path = run.settings.runs_dir / run_id / "run.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def test_every_night_builds_the_same_candidate_path_and_a_killed_nights_is_recorded_as_interrupted(tmp_path):
    killed = _run(tmp_path, dt.datetime(2026, 1, 1, 2))
    _published(killed)
    candidate.prepare_candidate(killed)  # ... and then the run was killed
    wal = killed.candidate.with_name(killed.candidate.name + ".wal")
    wal.write_bytes(b"half a transaction")

    tonight = _run(tmp_path, dt.datetime(2026, 1, 2, 2))
    assert tonight.candidate == killed.candidate == tonight.settings.home / ".candidate-diplomacy.duckdb"
    prepared = candidate.prepare_candidate(tonight)
    assert _record(tonight, killed.run_id)["status"] == "interrupted"
    assert not wal.exists()
    assert tonight.candidate_owner.read_text(encoding="utf-8") == tonight.run_id
    assert prepared.copy is not None and prepared.copy.method in ("clone", "copy")
    assert prepared.copy.size_bytes == tonight.settings.warehouse.stat().st_size
    con = duckdb.connect(str(tonight.candidate), read_only=True)
    assert con.execute("select answer from t").fetchall() == [(42,)]
    con.close()


def test_an_owner_without_its_candidate_is_a_run_that_published_before_it_was_killed(tmp_path):
    published = _run(tmp_path, dt.datetime(2026, 1, 1, 2))
    _published(published)
    published.settings.home.joinpath(published.candidate_owner.name).write_text(published.run_id)
    tonight = _run(tmp_path, dt.datetime(2026, 1, 2, 2))
    candidate.prepare_candidate(tonight)
    assert _record(tonight, published.run_id) is None


def test_candidates_named_after_their_run_by_older_versions_are_removed_and_recorded(tmp_path):
    tonight = _run(tmp_path, dt.datetime(2026, 1, 2, 2))
    _published(tonight)
    old = tonight.settings.home / ".candidate-20251231T020000-abc123.duckdb"
    old.write_bytes(b"left by a killed run")
    old.with_name(old.name + ".wal").write_bytes(b"")
    other = tonight.settings.home / ".candidate-other.duckdb"  # another warehouse's, in the same folder
    other.write_bytes(b"busy")
    candidate.prepare_candidate(tonight)
    assert not old.exists() and not old.with_name(old.name + ".wal").exists() and other.exists()
    assert _record(tonight, "20251231T020000-abc123")["status"] == "interrupted"


def test_the_docs_page_kept_for_the_project_fingerprint_is_reused_without_running_dbt(tmp_path):
    state = tmp_path / "state"
    state.mkdir()
    (state / "docs-0123456789abcdef.html").write_text("<html>kept</html>", encoding="utf-8")
    page = dbt_docs(tmp_path / "missing.duckdb", tmp_path / "run" / "dbt-docs", "diplomacy", state, "0123456789abcdef")
    assert page == tmp_path / "run" / "dbt-docs" / DBT_DOCS_PAGE
    assert page.read_text(encoding="utf-8") == "<html>kept</html>"
