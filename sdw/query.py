"""Analysts' SQL against the published warehouse: read-only by construction, bounded in time and memory.

The connection itself refuses what SQL text checks would miss: it is opened read-only, with
file-system access disabled (no COPY TO, ATTACH, EXPORT, read_text of /etc/shadow, glob) and its
configuration locked (no SET memory_limit, PRAGMA or RESET can lift the bounds). On top of that
only SELECT statements are run, judged by DuckDB's own parser, not by the text.
Exports are separate (`export_query`): the result is fetched through the same guarded
connection and written by a second, in-memory DuckDB to the one path the user named.
"""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from sdw.settings import QueryLimits
from sdw.warehouse import scalar

READ_STATEMENTS = {duckdb.StatementType.SELECT}  # SHOW, DESCRIBE, SUMMARIZE, VALUES and FROM parse as SELECT
EXPORT_FORMATS = ("csv", "parquet")


class QueryRefused(RuntimeError):
    """The SQL, the warehouse or the bounds do not allow this query; the message says why."""


@contextmanager
def guarded_connection(warehouse: Path, limits: QueryLimits):
    """A read-only connection that cannot touch any other file nor change its own settings."""
    if not warehouse.exists():
        raise QueryRefused(f"no published warehouse at {warehouse}; run `sdw run` first")
    # An empty temp_directory: a query that outgrows the memory limit fails instead of spilling
    # files beside the published warehouse.
    config: dict[str, str | bool | int | float | list[str]] = {
        "memory_limit": limits.memory, "enable_external_access": False, "temp_directory": "",
              "autoinstall_known_extensions": False, "autoload_known_extensions": False}
    try:
        con = duckdb.connect(str(warehouse), read_only=True, config=config)
    except duckdb.InvalidInputException as error:
        raise QueryRefused(f"invalid SDW_QUERY_MEMORY {limits.memory!r}: {_first_line(error)}") from None
    except duckdb.Error as error:
        raise QueryRefused(f"cannot open the published warehouse {warehouse}: {_first_line(error)} "
                           "(is it a DuckDB file, and is a run or a writing session replacing it?)") from None
    try:
        con.execute("set lock_configuration = true")
        yield con
    finally:
        con.close()


def read_statements(con: duckdb.DuckDBPyConnection, sql: str) -> list:
    """The parsed statements, refused unless every one of them only reads."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as error:
        raise QueryRefused(_first_line(error)) from None
    if not statements:
        raise QueryRefused("no SQL statement given")
    for statement in statements:
        if statement.type not in READ_STATEMENTS:
            kind = statement.type.name.lower()
            raise QueryRefused(f"only read statements (SELECT, FROM, WITH, SHOW, DESCRIBE, SUMMARIZE) are allowed; "
                               f"this is a {kind} statement. The warehouse is read-only; to write a result to a "
                               f"file use `sdw export sql \"SELECT ...\" --out PATH`")
    return statements


FETCH_ROWS = 10_000  # rows fetched at a time: a result of any size streams in bounded memory


@dataclass
class QueryCursor:
    """The last statement's result, read a chunk at a time (`chunks`), with its column names and
    DuckDB types. Valid inside `open_query` only."""
    con: duckdb.DuckDBPyConnection
    limits: QueryLimits
    columns: list[str]
    types: list[str]

    def chunks(self, max_rows: int | None = None):
        """Lists of row tuples (DATE as datetime.date, NULL as None), at most `max_rows` in all."""
        remaining = max_rows
        while remaining is None or remaining > 0:
            size = FETCH_ROWS if remaining is None else min(FETCH_ROWS, remaining)
            with _explained_errors(self.limits):
                rows = self.con.fetchmany(size)
            if not rows:
                return
            if remaining is not None:
                remaining -= len(rows)
            yield rows

    def has_more(self) -> bool:
        with _explained_errors(self.limits):
            return bool(self.con.fetchmany(1))


@contextmanager
def open_query(warehouse: Path, sql: str, limits: QueryLimits):
    """Run every statement and yield a QueryCursor over the last one's result; the time limit
    covers fetching too."""
    with guarded_connection(warehouse, limits) as con:
        statements = read_statements(con, sql)
        # interrupt() is DuckDB's own way to stop a running query from another thread.
        timer = threading.Timer(limits.timeout_s, con.interrupt)
        timer.start()
        try:
            with _explained_errors(limits):
                for statement in statements:
                    con.execute(statement)
            description = con.description or []
            yield QueryCursor(con, limits, [d[0] for d in description], [str(d[1]) for d in description])
        finally:
            timer.cancel()


@contextmanager
def _explained_errors(limits: QueryLimits):
    """DuckDB's errors as QueryRefused, whole (its "Did you mean" hints included), naming the
    setting when a limit stopped the query."""
    try:
        yield
    except duckdb.InterruptException:
        raise QueryRefused(f"stopped after {limits.timeout_s:g} s (SDW_QUERY_TIMEOUT_SECONDS); "
                           "narrow the query or raise the limit") from None
    except duckdb.OutOfMemoryException:
        raise QueryRefused(f"the query needs more than {limits.memory} of memory (SDW_QUERY_MEMORY); "
                           "narrow the query or raise the limit") from None
    except duckdb.PermissionException as error:
        raise QueryRefused(f"{_first_line(error)}: `sdw query` reads only the warehouse") from None
    except duckdb.Error as error:
        raise QueryRefused(str(error).strip()) from None


def export_query(warehouse: Path, sql: str, out: Path, file_format: str, limits: QueryLimits) -> int:
    """Write a read query's result to `out` (csv or parquet) and return its row count.

    Refuses any path in the warehouse's own folder (the published file, its run records,
    quarantine and lock live there). The file appears whole or not at all (written beside it,
    then renamed). Rows stream from the guarded connection into a second, in-memory DuckDB that
    sees only them and keeps each column's type (a DATE stays a DATE).
    """
    if file_format not in EXPORT_FORMATS:
        raise QueryRefused(f"unknown export format {file_format!r}; one of {', '.join(EXPORT_FORMATS)}")
    target = out.expanduser().resolve()
    home = warehouse.resolve().parent
    if target == home or home in target.parents:
        raise QueryRefused(f"refusing to write {target}: it is inside the warehouse folder {home}")
    if not target.parent.is_dir():
        raise QueryRefused(f"no folder {target.parent} to write {target.name} into")
    import pandas as pd  # here: the nightly run imports this module (the report's SQL) and needs no pandas

    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    writer = duckdb.connect()
    try:
        with open_query(warehouse, sql, limits) as cursor:
            columns = ", ".join(f"{_quoted(name)} {kind}"
                                for name, kind in zip(cursor.columns, cursor.types, strict=True))
            writer.execute(f"create table result ({columns})")
            for chunk in cursor.chunks():
                writer.register("chunk", pd.DataFrame.from_records(chunk, columns=range(len(cursor.columns))))
                writer.execute("insert into result select * from chunk")
                writer.unregister("chunk")
        rows = scalar(writer, "select count(*) from result")
        quoted = str(partial).replace("'", "''")
        writer.execute(f"copy result to '{quoted}' (format {file_format})")
        os.replace(partial, target)
    finally:
        writer.close()
        partial.unlink(missing_ok=True)
    return rows


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
