"""int_event_links judges only the pairs of reports in one country and date bucket. On dense synthetic
reports (every precision, reports that know only their days, trips across bucket, month and year
ends) it makes exactly the links of the country-only pairing it replaced, whatever the bucket width,
while judging a small share of the pairs. Real dbt, compiled against a scratch DuckDB file."""
import sys
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from link_bench import measure, write_synthetic_events  # noqa: E402

# Wider than any span of dates: each country is one bucket, the pairing before date buckets.
COUNTRY_ONLY = 1_000_000


def test_links_are_those_of_the_country_only_pairing_whatever_the_bucket_width(tmp_path):
    database = tmp_path / "links.duckdb"
    write_synthetic_events(database, 6000, days=730, countries=4)
    before = measure(database, tmp_path / "country-only", COUNTRY_ONLY, keep_as="links_country_only")
    by_week = measure(database, tmp_path / "default", keep_as="links_by_week")
    by_day = measure(database, tmp_path / "daily", 1, keep_as="links_by_day")

    with duckdb.connect(str(database), read_only=True) as connection:
        for table in ("links_by_week", "links_by_day"):
            differences = connection.execute(
                f"select count(*) from ((select * from links_country_only except all select * from {table}) "
                f"union all (select * from {table} except all select * from links_country_only))").fetchone()
            assert differences == (0,), f"{table} differs from the country-only pairing"
        kinds = connection.execute(
            "select count(distinct e.date_precision), count(*) filter (where e.partial_day_start is not null) "
            "from links_country_only as l join intermediate.int_events as e on e.candidate_id = l.left_id").fetchone()
    assert before.links > 2000 and kinds is not None and kinds[0] == 3 and kinds[1] > 0
    assert by_week.links == by_day.links == before.links
    assert by_week.pairs * 10 < before.pairs
