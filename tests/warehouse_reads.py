"""Reading a built warehouse in tests, as an analyst would: read-only, closed after each query."""
from __future__ import annotations

import duckdb


def query(warehouse, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
