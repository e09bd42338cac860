"""`sdw query` output: dates as dates in every format, DuckDB's whole message, --max-rows, streaming."""
import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from sdw.query import QueryRefused, export_query, open_query
from sdw.query_output import write_result
from sdw.settings import QueryLimits


@pytest.fixture
def warehouse(tmp_path):
    path = tmp_path / "w" / "diplomacy.duckdb"
    path.parent.mkdir()
    con = duckdb.connect(str(path))
    con.execute("""create table meetings as
                   select range as id, date '2019-01-01' + range::integer as start_date,
                          case when range % 2 = 0 then null else date '2020-02-29' end as end_date
                   from range(25000)""")
    con.close()
    return path


def output(warehouse, sql, output_format, max_rows=None):
    out = io.StringIO()
    with open_query(warehouse, sql, QueryLimits()) as cursor:
        written, cut = write_result(cursor, output_format, out, max_rows)
    return out.getvalue(), written, cut


def test_dates_print_as_dates_and_nulls_as_nulls_in_every_format(warehouse):
    sql = "select id, start_date, end_date from meetings order by id limit 2"
    table, _, _ = output(warehouse, sql, "table")
    assert table.splitlines()[2].split() == ["0", "2019-01-01", "NULL"]
    assert table.splitlines()[3].split() == ["1", "2019-01-02", "2020-02-29"]
    csv_text, _, _ = output(warehouse, sql, "csv")
    assert csv_text.splitlines() == ["id,start_date,end_date", "0,2019-01-01,", "1,2019-01-02,2020-02-29"]
    rows, _, _ = output(warehouse, sql, "json")
    assert json.loads(rows) == [{"id": 0, "start_date": "2019-01-01", "end_date": None},
                                {"id": 1, "start_date": "2019-01-02", "end_date": "2020-02-29"}]


def test_a_result_larger_than_one_fetch_streams_whole_or_is_cut_where_asked(warehouse):
    everything, written, cut = output(warehouse, "select * from meetings", "csv")
    assert (written, cut, len(everything.splitlines())) == (25000, False, 25001)
    exact, written, cut = output(warehouse, "select * from meetings limit 12000", "json", max_rows=12000)
    assert (written, cut, len(json.loads(exact))) == (12000, False, 12000)
    _, written, cut = output(warehouse, "select * from meetings", "json", max_rows=12000)
    assert (written, cut) == (12000, True)
    _, written, cut = output(warehouse, "select * from meetings", "table")
    assert (written, cut) == (1000, True)  # a table is bounded unless told otherwise


def test_duckdbs_whole_message_is_kept_with_its_hints(warehouse):
    with pytest.raises(QueryRefused) as refused:
        output(warehouse, "select strat_date from meetings", "table")
    assert 'Candidate bindings: "start_date"' in str(refused.value) and "LINE 1" in str(refused.value)


def test_an_export_keeps_dates_as_dates(warehouse, tmp_path):
    out = tmp_path / "meetings.parquet"
    assert export_query(warehouse, "select * from meetings", out, "parquet", QueryLimits()) == 25000
    types = dict(duckdb.sql(f"select column_name, column_type from (describe from '{out}')").fetchall())
    assert types == {"id": "BIGINT", "start_date": "DATE", "end_date": "DATE"}


def test_the_cli_says_when_a_result_is_cut(warehouse):
    sdw = Path(sys.executable).with_name("sdw")
    done = subprocess.run([str(sdw), "query", "select id from meetings order by id", "--format", "csv",
                           "--max-rows", "3", "--warehouse", str(warehouse)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.split() == ["id", "0", "1", "2"]
    assert "result cut at 3 rows (--max-rows 3)" in done.stderr
