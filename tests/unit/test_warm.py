"""A warm process runs one call with what it imported, gives back its value or its exception, and ends."""
import atexit
import os
import time
from pathlib import Path

import pytest

from sdw.warm import WarmProcess, WarmProcessDied, start_early, warm_process


def test_the_call_runs_in_the_warm_process_and_returns_its_value():
    warm = WarmProcess("json")
    assert warm.call(os.getpid) != os.getpid()
    assert not warm._process.is_alive()  # one call, then it ends


def test_an_exception_in_the_call_is_raised_in_the_caller():
    warm = WarmProcess("json")
    with pytest.raises(ValueError, match="invalid literal"):
        warm.call(int, "not a number")


def test_a_process_that_dies_in_the_call_is_reported_with_its_exit_code():
    warm = WarmProcess()
    with pytest.raises(WarmProcessDied, match="exit code 3"):
        warm.call(os._exit, 3)


def test_an_unused_process_ends_when_closed():
    warm = WarmProcess("json")
    warm.close()
    assert not warm._process.is_alive()



def test_an_unused_process_is_ended_at_once_even_while_it_still_imports():
    warm = WarmProcess("great_expectations")  # seconds to import
    started = time.monotonic()
    warm.close()
    assert not warm._process.is_alive() and time.monotonic() - started < 0.9


def _close_at_exit(marker: str) -> int:
    atexit.register(Path(marker).write_text, "closed")
    return os.getpid()


def test_the_exit_handlers_run_though_the_process_skips_the_interpreters_teardown(tmp_path):
    """dbt-duckdb closes its DuckDB connection (checkpointing the candidate) in an exit handler."""
    marker = tmp_path / "closed"
    WarmProcess().call(_close_at_exit, str(marker))
    assert marker.read_text() == "closed"


def test_a_process_started_early_is_taken_once_and_later_ones_start_anew():
    start_early("json")
    early = warm_process("json")
    later = warm_process("json")
    assert early is not later
    assert early.call(os.getpid) != later.call(os.getpid)
