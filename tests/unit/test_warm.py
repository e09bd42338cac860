"""A warm process runs one call with what it imported, gives back its value or its exception, and ends."""
import os

import pytest

from sdw.warm import WarmProcess, WarmProcessDied


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

