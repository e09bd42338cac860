"""`sdw query`'s output: a result streamed as a table, CSV or JSON, with dates as dates.

CSV and JSON are written a chunk at a time, so a million rows cost one chunk of memory; a table
needs every row to align its columns, so it is bounded by `TABLE_MAX_ROWS` unless told otherwise.
"""
from __future__ import annotations

import csv
import datetime as dt
import decimal
import json
import uuid
from typing import TextIO

from tabulate import tabulate

from sdw.query import QueryCursor

OUTPUT_FORMATS = ("table", "csv", "json")
TABLE_MAX_ROWS = 1000


def plain_value(value):
    """A value as JSON and CSV show it: dates and times in ISO 8601, decimals and UUIDs as text."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (decimal.Decimal, uuid.UUID, dt.timedelta)):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, (list, tuple)):
        return [plain_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain_value(item) for key, item in value.items()}
    return value


def write_result(cursor: QueryCursor, output_format: str, out: TextIO, max_rows: int | None = None) -> tuple[int, bool]:
    """Write the result; returns (rows written, whether the result was cut at `max_rows`)."""
    if output_format == "table" and max_rows is None:
        max_rows = TABLE_MAX_ROWS
    chunks = cursor.chunks(max_rows)
    written = 0
    if output_format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(cursor.columns)
        for chunk in chunks:
            writer.writerows([["" if v is None else plain_value(v) for v in row] for row in chunk])
            written += len(chunk)
    elif output_format == "json":
        out.write("[")
        for chunk in chunks:
            for row in chunk:
                record = dict(zip(cursor.columns, (plain_value(v) for v in row), strict=True))
                out.write(("," if written else "") + "\n  " + json.dumps(record, ensure_ascii=False))
                written += 1
        out.write("\n]\n" if written else "]\n")
    elif output_format == "table":
        rows = [[plain_value(v) for v in row] for chunk in chunks for row in chunk]
        written = len(rows)
        out.write(tabulate(rows, headers=cursor.columns, missingval="NULL", disable_numparse=True) + "\n")
    else:
        raise ValueError(f"unknown output format {output_format!r}; one of {', '.join(OUTPUT_FORMATS)}")
    cut = max_rows is not None and written == max_rows and cursor.has_more()
    return written, cut
