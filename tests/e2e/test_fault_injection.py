"""Kill real `sdw run` processes at every stage and check that nothing published is lost or altered."""
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from sdw.settings import PROJECT_ROOT
from tests.golden import SEED_MEETINGS

pytestmark = pytest.mark.e2e
SEEDS = PROJECT_ROOT / "seeds"
SDW = str(Path(sys.executable).with_name("sdw"))
FACTS = ("select meeting_id, start_date, end_date, meeting_type, country_iso2, "
         "direction, source_count from marts.fct_meetings order by 1")


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def facts(warehouse):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(FACTS).fetchall()
    finally:
        con.close()


SERVER = {}


@pytest.fixture(scope="module", autouse=True)
def shared_server(prefect_server):
    SERVER["url"] = prefect_server  # runs report to one real server instead of starting their own


def start(source, warehouse, pause_at=None):
    env = {**os.environ, "PREFECT_API_URL": SERVER["url"], "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("SDW_PAUSE_AT", None)
    if pause_at:
        env["SDW_PAUSE_AT"] = pause_at
    return subprocess.Popen([SDW, "run", "--source", str(source), "--warehouse", str(warehouse)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def wait_for(condition, process, timeout=240):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if process.poll() is not None:
            raise AssertionError(f"the run ended before the fault point: {process.communicate()}")
        time.sleep(0.2)
    raise AssertionError("the run never reached the fault point")


def kill(process):
    os.killpg(process.pid, signal.SIGKILL)  # the run, its Prefect server and any dbt child
    process.wait()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A published warehouse built from three seeds, and a fuller source for the next night."""
    root = tmp_path_factory.mktemp("faults")
    first, full = root / "first-night", root / "second-night"
    first.mkdir()
    for name in sorted(p.name for p in SEEDS.glob("*.txt"))[:3]:
        shutil.copy(SEEDS / name, first / name)
    shutil.copytree(SEEDS, full)
    (full / "broken.txt").write_bytes(b"\xff\xfe\x00binary")
    published = root / "base" / "diplomacy.duckdb"
    process = start(first, published)
    assert process.wait() == 0, process.communicate()
    return root, first, full, published


@pytest.fixture
def night(corpus, tmp_path):
    """A private copy of the published warehouse for one fault scenario."""
    root, _, full, published = corpus
    warehouse = tmp_path / "warehouse" / "diplomacy.duckdb"
    warehouse.parent.mkdir()
    shutil.copy(published, warehouse)
    return full, warehouse


@pytest.mark.parametrize("point", ["prepare", "ingest", "extract", "dbt", "quality", "publish", "before-rename"])
def test_sigkill_at_a_stage_leaves_the_published_warehouse_unchanged_and_the_next_run_recovers(night, point):
    source, warehouse = night
    digest, before = sha(warehouse), facts(warehouse)
    process = start(source, warehouse, pause_at=point)
    wait_for(lambda: (warehouse.parent / f".paused-{point}").exists(), process)
    kill(process)
    assert sha(warehouse) == digest and facts(warehouse) == before

    recovery = start(source, warehouse)
    assert recovery.wait() == 0, recovery.communicate()
    assert list(warehouse.parent.glob(".candidate-*")) == []
    assert len(facts(warehouse)) == SEED_MEETINGS
    con = duckdb.connect(str(warehouse), read_only=True)
    statuses = [row[0] for row in con.execute("select status from audit.runs order by started_at").fetchall()]
    con.close()
    if point != "prepare":  # killed before its candidate existed, a run leaves nothing to record
        assert "interrupted" in statuses
    assert statuses[-1] == "published"


def dbt_has_built(warehouse, model: str) -> bool:
    """dbt's log says it wrote `model` (schema.name) into the candidate."""
    return any(f"OK created sql {kind} model {model} " in text
               for text in (log.read_text(encoding="utf-8", errors="replace")
                            for log in warehouse.parent.glob("runs/*/dbt/logs/dbt.log"))
               for kind in ("table", "incremental"))


def test_sigkill_in_the_middle_of_dbt_build(night):
    source, warehouse = night
    digest = sha(warehouse)
    process = start(source, warehouse)
    # dbt has written tables into the candidate (int_events, that the meetings are built from)
    # and has not finished.
    wait_for(lambda: dbt_has_built(warehouse, "intermediate.int_events"), process)
    kill(process)
    assert not any(warehouse.parent.glob("runs/*/dbt/run_results.json")), "dbt had finished: not a mid-build kill"
    assert sha(warehouse) == digest
    assert len(facts(warehouse)) < SEED_MEETINGS


def test_sigkill_right_after_the_rename_leaves_the_whole_new_state(night):
    source, warehouse = night
    process = start(source, warehouse, pause_at="after-rename")
    wait_for(lambda: (warehouse.parent / ".paused-after-rename").exists(), process)
    kill(process)
    assert len(facts(warehouse)) == SEED_MEETINGS


def state(warehouse):
    """The published file as a reader finds it: it must open read-only (no WAL to replay)."""
    assert not Path(f"{warehouse}.wal").exists()
    return facts(warehouse)


def test_sigkill_at_any_moment_leaves_the_old_or_the_whole_new_state(night, tmp_path):
    """Kills spread over a whole night, each on a fresh copy of the old warehouse: whatever the
    moment (copying, ingesting, inside dbt, the gates, the rename), a reader finds the old facts or
    every new one, never a mix, and the next run publishes."""
    source, warehouse = night
    old = state(warehouse)
    reference = tmp_path / "reference" / "diplomacy.duckdb"
    reference.parent.mkdir()
    shutil.copy(warehouse, reference)
    started = time.monotonic()
    process = start(source, reference)
    assert process.wait() == 0, process.communicate()
    night_s, new = time.monotonic() - started, state(reference)
    assert new != old
    for step in range(1, 5):
        copy = tmp_path / f"kill-{step}" / "diplomacy.duckdb"
        copy.parent.mkdir()
        shutil.copy(warehouse, copy)
        process = start(source, copy)
        try:
            process.wait(timeout=night_s * step / 5)
        except subprocess.TimeoutExpired:
            kill(process)
        assert state(copy) in (old, new), f"killed {step}/5 into the night: neither the old nor the new state"
    recovery = start(source, tmp_path / "kill-2" / "diplomacy.duckdb")
    assert recovery.wait() == 0, recovery.communicate()
    assert state(tmp_path / "kill-2" / "diplomacy.duckdb") == new


def test_a_second_run_while_one_is_running_exits_with_a_clear_message(night):
    source, warehouse = night
    digest = sha(warehouse)
    first = start(source, warehouse, pause_at="extract")
    wait_for(lambda: (warehouse.parent / ".paused-extract").exists(), first)
    second = start(source, warehouse)
    out, err = second.communicate(timeout=240)
    kill(first)
    assert second.returncode == 3 and "another sdw run is in progress" in err
    assert sha(warehouse) == digest


def test_an_analyst_reading_the_published_file_neither_blocks_nor_breaks_the_run(night):
    source, warehouse = night
    reader = duckdb.connect(str(warehouse), read_only=True)
    before = reader.execute("select count(*) from marts.fct_meetings").fetchone()[0]
    process = start(source, warehouse)
    assert process.wait() == 0, process.communicate()
    assert reader.execute("select count(*) from marts.fct_meetings").fetchone()[0] == before  # still the old version
    reader.close()
    assert len(facts(warehouse)) == SEED_MEETINGS > before


def test_two_runs_on_the_same_input_give_identical_fact_tables(night):
    source, warehouse = night
    for _ in range(2):
        process = start(source, warehouse)
        assert process.wait() == 0, process.communicate()
        if _ == 0:
            first = facts(warehouse)
    assert facts(warehouse) == first
