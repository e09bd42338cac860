"""A process that loads a slow library now and runs one call with it later.

Great Expectations and dbt each take seconds to import, more than the work a small night asks of
them. Started early, such a process imports on the machine's other core while this one runs the
stages before, and its one call then starts at once. The process ends after that call, so what it
held (dbt's DuckDB connections and locks) ends with it; it also ends when this process dies (its
pipe closes) or when `close` is called unused. It ends without the interpreter's teardown of the
modules it loaded (0.3 s for dbt's, 0.5 s for GX's, on the night's path while the caller waits
for it to end), having run its exit handlers first: they close what the call left open.
"""
from __future__ import annotations

import atexit
import importlib
import multiprocessing
import os
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, NoReturn, TypeVar

T = TypeVar("T")


class WarmProcessDied(RuntimeError):
    pass


def _serve(modules: tuple[str, ...], connection: Connection) -> None:
    for module in modules:
        importlib.import_module(module)
    try:
        function, args = connection.recv()
    except EOFError:  # closed unused, or the run died: nothing to do
        _end()
    try:
        outcome: tuple[bool, Any] = (True, function(*args))
    except BaseException as error:  # sent back whole, raised in the caller
        outcome = (False, error)
    # Before the caller hears back, what the call left open is closed: dbt-duckdb closes its DuckDB
    # connection in an exit handler (writing its WAL into the file), so the file is free on return.
    atexit._run_exitfuncs()
    connection.send(outcome)
    _end()


def _end() -> NoReturn:
    """End the process now, without the interpreter's teardown: the exit handlers have run (or
    nothing was called), and what is left is memory the system frees at once."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class WarmProcess:
    """A spawned process (never forked: this process runs threads) that imports `modules` at once
    and then runs the one function `call` sends it; functions and arguments must pickle (module
    level functions, plain values)."""

    def __init__(self, *modules: str):
        context = multiprocessing.get_context("spawn")
        self._connection, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(modules, child), daemon=True,
                                        name=f"warm-{'-'.join(modules)}")
        self._process.start()
        child.close()
        self._called = False

    def call(self, function: Callable[..., T], *args: Any) -> T:
        """`function(*args)` in the warm process, which then ends; its exception is raised here."""
        self._called = True
        try:
            self._connection.send((function, args))
            succeeded, value = self._connection.recv()
        except (EOFError, BrokenPipeError, ConnectionResetError):
            self._process.join(5)
            raise WarmProcessDied(f"the process importing for {function.__qualname__} ended (exit code "
                                  f"{self._process.exitcode}) before it returned") from None
        finally:
            self.close()
        if not succeeded:
            raise value
        return value

    def close(self) -> None:
        """End the process, used or not. One never called holds nothing but what it imported: it
        is ended at once, its import unfinished (a night with nothing to build ends dbt's so)."""
        self._connection.close()
        if not self._called:
            self._process.terminate()
        self._process.join(1)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()



_STARTED_EARLY: dict[tuple[str, ...], WarmProcess] = {}


def start_early(*modules: str) -> None:
    """Start a process importing `modules` now, for `warm_process(*modules)` to take later in this
    process: `sdw run` starts dbt's before it imports Prefect, so both imports run at once."""
    _STARTED_EARLY[modules] = WarmProcess(*modules)


def warm_process(*modules: str) -> WarmProcess:
    """The process `start_early` started for `modules`, else a new one."""
    return _STARTED_EARLY.pop(modules, None) or WarmProcess(*modules)
