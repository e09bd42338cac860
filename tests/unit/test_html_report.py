"""The HTML report's pieces: evidence highlighting through the normalizer, escaping, charts, the page."""
import datetime as dt

import pandas as pd
from markupsafe import Markup

from sdw.html_report import Evidence, highlighted, render_report


def test_normalized_phrases_are_marked_on_the_original_characters():
    sentence = "استقبل السيد عبد اللطيف حموشي يوم 10 أبريل الماضي بالرباط السيد كريستوفر راي"
    # The extractor stores its phrases folded: no hamza on the alef, as here.
    marked = highlighted(sentence, ["10 ابريل الماضي", "كريستوفر راي", None, "absent"])
    assert str(marked) == ("استقبل السيد عبد اللطيف حموشي يوم <mark>10 أبريل الماضي</mark> بالرباط السيد "
                           "<mark>كريستوفر راي</mark>")


def test_article_text_is_escaped_and_overlapping_marks_merge():
    marked = highlighted("<script>alert(1)</script> زيارة رسمية", ["زيارة", "زيارة رسمية"])
    assert str(marked) == "&lt;script&gt;alert(1)&lt;/script&gt; <mark>زيارة رسمية</mark>"


def meetings_frame(counterpart: str) -> pd.DataFrame:
    return pd.DataFrame([{
        "meeting_id": "m1", "start_date": dt.date(2023, 2, 21), "end_date": dt.date(2023, 2, 21),
        "date_precision": "day", "meeting_year": 2023, "meeting_type": "hosted_visit", "direction": "hosted",
        "country_iso2": "US", "country_name_en": "United States", "country_name_ar": "الولايات المتحدة",
        "region": "North America", "counterpart_names": counterpart, "counterpart_person_latin": None,
        "counterpart_title": None, "counterpart_org_name": None, "organization_name": None, "source_count": 1}])


def test_the_page_holds_its_charts_script_and_escapes_hostile_values():
    hostile = "</script><img src=x onerror=alert(1)>"
    data = {"per_year": pd.DataFrame([{"meeting_year": 2023, "region": "North America", "direction": "hosted",
                                       "meetings": 1}]),
            "total": 1, "meetings": meetings_frame(hostile), "evidence": {},
            "claims": pd.DataFrame(columns=["article", "url", "scope_type", "scope_code", "period_start",
                                            "period_end", "reported_count", "is_approximate", "meetings_found",
                                            "status"]), "claims_total": 0}
    page = render_report(data, "run-1", dt.datetime(2026, 11, 30, 3, 0))
    assert "<img src=x" not in page and "&lt;img src=x" in page  # the table cell
    assert "\\u003c/script>\\u003cimg" in page  # the chart data inside its script
    assert "vegaEmbed" in page and '"by-region"' in page and '"timeline"' in page
    assert 'src="http' not in page and "<link" not in page  # nothing to fetch: it opens offline
    assert "No article claims a count." in page


def test_sources_link_to_their_web_address_and_nothing_else_becomes_a_link():
    evidence = {"m1": [Evidence(Markup("زيارة"), "https://news.example/a", "https://news.example/a", "t"),
                       Evidence(Markup("زيارة"), "b.txt", "javascript:alert(1)", "t")]}
    claims = pd.DataFrame([{"article": "a", "url": "https://news.example/a", "scope_type": "total",
                            "scope_code": "total", "period_start": None, "period_end": None, "reported_count": 48,
                            "is_approximate": True, "meetings_found": 3, "status": "fewer_found"}])
    data = {"per_year": pd.DataFrame([{"meeting_year": 2023, "region": "North America", "direction": "hosted",
                                       "meetings": 1}]),
            "total": 1, "meetings": meetings_frame("x"), "evidence": evidence, "claims": claims, "claims_total": 1}
    page = render_report(data, "run-1", dt.datetime(2026, 11, 30, 3, 0))
    assert page.count('<a href="https://news.example/a" rel="noreferrer noopener">') == 3  # sources, evidence, claim
    assert 'href="javascript:' not in page and "about 48" in page and "latest-published" not in page
    # A page that lists some of the claims says how many there are.
    assert "1 of 5" in render_report({**data, "claims_total": 5}, "run-1", dt.datetime(2026, 11, 30, 3, 0))


def report_tables(con) -> None:
    con.execute("create schema marts")
    for table in ("fct_meetings", "dim_countries", "dim_organizations", "fct_meeting_evidence", "dim_articles",
                  "fct_tally_reconciliation"):
        con.execute(f"create table marts.{table} as select 'a' as id, 1 as n")


def test_the_key_follows_every_row_shown_and_the_page_carries_it(tmp_path):
    import duckdb

    from sdw.html_report import report_key, write_report, written_key

    con = duckdb.connect()
    report_tables(con)
    key = report_key(con)
    assert report_key(con) == key
    con.execute("update marts.fct_meeting_evidence set n = 2")
    assert report_key(con) != key
    data = {"per_year": pd.DataFrame(columns=["meeting_year", "region", "direction", "meetings"]), "total": 0,
            "meetings": meetings_frame("x").iloc[0:0], "evidence": {},
            "claims": pd.DataFrame(columns=["article", "url", "scope_type", "scope_code", "period_start",
                                            "period_end", "reported_count", "is_approximate", "meetings_found",
                                            "status"]), "claims_total": 0}
    assert written_key(tmp_path) is None
    write_report(render_report(data, "run-1", dt.datetime(2026, 11, 30, 3, 0), key=key), tmp_path)
    assert written_key(tmp_path) == key


def test_the_vega_bundle_is_kept_per_version_and_read_back(tmp_path):
    from sdw.html_report import vega_bundle

    built = vega_bundle(tmp_path)
    [kept] = tmp_path.glob("vega-bundle-*.js")
    assert kept.read_text(encoding="utf-8") == built and "vegaEmbed" in built
    kept.write_text("kept", encoding="utf-8")
    assert vega_bundle(tmp_path) == "kept"


def test_the_claims_listed_are_those_of_the_latest_published_articles():
    import duckdb

    from sdw.html_report import latest_claims

    con = duckdb.connect()
    con.execute("create schema marts")
    con.execute("""create table marts.dim_articles as select * from (values
                   ('a1', 'old.txt', null, date '2020-01-01'), ('a2', 'new.txt', null, date '2024-01-01'),
                   ('a3', 'undated.txt', null, null)) as t (article_id, source_name, url, published_date)""")
    con.execute("""create table marts.fct_tally_reconciliation as select article_id, 'total' as scope_type,
                   'total' as scope_code, null::date as period_start, null::date as period_end, 4 as reported_count,
                   false as is_approximate, 1 as meetings_found, 'fewer_found' as status
                   from marts.dim_articles""")
    claims, total = latest_claims(con, 2)
    assert total == 3 and list(claims["article"]) == ["new.txt", "old.txt"]
