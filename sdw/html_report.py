"""The analyst's report: one HTML file that opens offline, written beside the warehouse with
every published run (`report/index.html`).

Charts are Vega-Lite specifications built with Altair; the Vega, Vega-Lite and vega-embed
JavaScript comes from vl-convert's bundle and is inlined, so the page needs no network. Article
text is untrusted input: every value is escaped by Jinja's autoescape, and the chart data is
embedded as JSON with every `<` escaped, so no value can close its script element.

A page names its key (`report_key`: the rows of the tables it shows and the version of the code
and libraries that render it) in a `<meta>` element, so a night that changed none of them keeps
the page the last one wrote instead of rendering the same page again.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import jinja2
from markupsafe import Markup, escape

from sdw.extraction.normalize import normalize, normalize_text
from sdw.meetings_export import MEETINGS_FROM, SEPARATOR
from sdw.warehouse import scalar

if TYPE_CHECKING:  # pandas loads only on a night that renders the page
    import pandas as pd

# Meetings listed with their evidence (the latest ones): the charts count every meeting, and
# `sdw export` gives them all; a listing of tens of thousands would make the page unusable.
LISTED_MEETINGS = 2000
# Claims listed beside the meetings found: those of the latest-published articles (every claim of a
# large warehouse would be tens of thousands of rows to render every night, and to scroll).
LISTED_CLAIMS = 2000
MEETING_COLUMNS = """m.meeting_id, m.start_date, m.end_date, m.date_precision, m.meeting_year, m.meeting_type,
    m.direction, m.country_iso2, c.name_en as country_name_en, c.name_ar as country_name_ar,
    coalesce(m.region, 'unknown') as region, m.counterpart_names, m.counterpart_person_latin,
    m.counterpart_title, counterpart_org.org_name_en as counterpart_org_name,
    convener.org_name_en as organization_name, m.source_count"""


@dataclass(frozen=True)
class Evidence:
    sentence: Markup  # the sentence, escaped, its supporting words in <mark>
    source_name: str
    url: str | None
    title: str | None


def highlighted(sentence: str, phrases: list[str | None]) -> Markup:
    """The sentence with each phrase marked where it occurs. The extractor stores its phrases
    normalized (alef forms, diacritics, digits), so they are found in the normalized sentence and
    mapped back to the original characters."""
    folded = normalize(sentence)
    spans = []
    for phrase in filter(None, phrases):
        needle = normalize_text(phrase).strip()
        position = folded.text.find(needle) if needle else -1
        if position >= 0:
            spans.append(folded.original_span(position, position + len(needle)))
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, cursor = [], 0
    for start, end in merged:
        parts.append(escape(sentence[cursor:start]))
        parts.append(Markup("<mark>%s</mark>") % sentence[start:end])
        cursor = end
    parts.append(escape(sentence[cursor:]))
    return Markup("").join(parts)


def meeting_charts(per_year: pd.DataFrame, meetings: pd.DataFrame) -> dict[str, dict]:
    """Vega-Lite specifications: meetings per year by region and by direction (from the counts of
    every meeting), and a timeline of the meetings listed."""
    import altair as alt  # with vl-convert, about a second to load: only a night that renders the page does

    bars = alt.Chart(per_year).mark_bar().encode(
        x=alt.X("meeting_year:O", title="year"), y=alt.Y("sum(meetings):Q", title="meetings"))
    by_region = bars.encode(color=alt.Color("region:N", title="region"),
                            tooltip=["meeting_year:O", "region:N", "sum(meetings):Q"]).properties(
        title="Meetings per year, by region", width="container", height=260)
    by_direction = bars.encode(
        color=alt.Color("direction:N", title="direction", scale=alt.Scale(domain=["hosted", "abroad", "unknown"])),
        tooltip=["meeting_year:O", "direction:N", "sum(meetings):Q"]).properties(
        title="Meetings per year, by direction", width="container", height=260)
    spans = alt.Chart(meetings).encode(
        y=alt.Y("country_name_en:N", title=None, sort=alt.EncodingSortField("start_date", op="min")),
        color=alt.Color("meeting_type:N", title="type"),
        tooltip=["start_date:T", "end_date:T", "date_precision:N", "country_name_en:N", "meeting_type:N",
                 "direction:N", "counterpart_names:N"])
    # A bar for the span each meeting's dates allow, and a dot at its start: a one-day meeting is
    # a hairline bar on a scale of years.
    timeline = alt.layer(
        spans.mark_bar(size=10, opacity=0.6).encode(x=alt.X("start_date:T", title="date"), x2="end_date:T"),
        spans.mark_circle(size=60, opacity=1).encode(x="start_date:T"),
    ).properties(title="Timeline (one bar per meeting: the span its dates allow; a dot at its start)",
                 width="container", height=max(120, 22 * meetings["country_name_en"].nunique()))
    return {"by-region": by_region.to_dict(), "by-direction": by_direction.to_dict(), "timeline": timeline.to_dict()}


def read_report_data(con: duckdb.DuckDBPyConnection, listed: int = LISTED_MEETINGS,
                     listed_claims: int = LISTED_CLAIMS) -> dict:
    """Counts per year of every meeting; the latest `listed` meetings with their evidence; the claims
    of the latest-published articles (at most `listed_claims`) and how many there are in all."""
    per_year = con.execute("""
        select meeting_year, coalesce(region, 'unknown') as region, direction, count(*)::integer as meetings
        from marts.fct_meetings group by all order by all""").df()
    total = scalar(con, "select count(*) from marts.fct_meetings")
    meetings = con.execute(f"""
        select * from (select {MEETING_COLUMNS} {MEETINGS_FROM} order by m.start_date desc, m.meeting_id limit ?)
        order by start_date, meeting_id""", [listed]).df()
    evidence = con.execute("""
        select e.meeting_id, e.sentence_text, e.evidence_text, e.date_text, e.counterpart_text, e.trigger_word,
               a.source_name, a.url, a.title
        from marts.fct_meeting_evidence as e
        inner join marts.dim_articles as a using (article_id)
        where e.meeting_id in (select unnest(?::varchar[]))
        order by e.meeting_id, a.source_name, e.char_start""", [meetings["meeting_id"].tolist()]).fetchall()
    by_meeting: dict[str, list[Evidence]] = {}
    for meeting_id, sentence, evidence_text, date_text, counterpart, trigger, source_name, url, title in evidence:
        by_meeting.setdefault(meeting_id, []).append(Evidence(
            highlighted(sentence or evidence_text or "", [date_text, counterpart, trigger]), source_name, url, title))
    claims, claims_total = latest_claims(con, listed_claims)
    return {"per_year": per_year, "total": total, "meetings": meetings, "evidence": by_meeting, "claims": claims,
            "claims_total": claims_total}


def latest_claims(con: duckdb.DuckDBPyConnection, listed: int) -> tuple[pd.DataFrame, int]:
    """The claims of the latest-published articles (at most `listed`, by article), and how many in all."""
    claims = con.execute("""
        select * from (
            select a.source_name as article, a.url, r.scope_type, r.scope_code, r.period_start, r.period_end,
                   r.reported_count, r.is_approximate, r.meetings_found, r.status
            from marts.fct_tally_reconciliation as r
            inner join marts.dim_articles as a using (article_id)
            order by a.published_date desc nulls last, a.source_name, r.scope_type desc, r.scope_code limit ?)
        order by article, scope_type desc, scope_code""", [listed]).df()
    return claims, scalar(con, "select count(*) from marts.fct_tally_reconciliation")


# The tables the page shows (read_report_data and meetings_export.MEETINGS_FROM read only these).
REPORT_TABLES = ("marts.fct_meetings", "marts.dim_countries", "marts.dim_organizations", "marts.fct_meeting_evidence",
                 "marts.dim_articles", "marts.fct_tally_reconciliation")
# The code that turns those rows into the page.
RENDERER_FILES = (Path(__file__), Path(__file__).with_name("meetings_export.py"),
                  Path(__file__).parent / "templates" / "report.html.j2",
                  Path(__file__).parent / "extraction" / "normalize.py")
KEY_META = re.compile(r'<meta name="sdw-report-key" content="([0-9a-f]+)">')


@lru_cache(maxsize=1)
def renderer_version() -> str:
    """Changes with the code, the template and the libraries that render the page."""
    digest = hashlib.sha256(f"{LISTED_MEETINGS} {LISTED_CLAIMS}".encode())
    for path in RENDERER_FILES:
        digest.update(path.read_bytes())
    for package in ("altair", "vl-convert-python", "jinja2", "pandas", "duckdb"):
        digest.update(f"{package}=={version(package)}".encode())
    return digest.hexdigest()


def report_key(con: duckdb.DuckDBPyConnection) -> str:
    """The page's key: the renderer's version and, per table shown, its row count and the sum of its
    rows' hashes (every value of every row; a few milliseconds at 10,000 articles). Equal keys
    render the same page, but for the run and time it names."""
    digest = hashlib.sha256(renderer_version().encode())
    for table in REPORT_TABLES:
        digest.update(repr(con.execute(f"select count(*), sum(hash(t)) from {table} as t").fetchone()).encode())
    return digest.hexdigest()[:32]


def written_key(folder: Path) -> str | None:
    """The key of the page in `folder` (`index.html`), or None when there is none, or no key in it."""
    try:
        with open(folder / "index.html", encoding="utf-8") as page:
            head = page.read(2048)
    except (OSError, UnicodeDecodeError):
        return None
    match = KEY_META.search(head)
    return match.group(1) if match else None


def vega_bundle(cache_dir: Path | None = None) -> str:
    """Vega, Vega-Lite (the version Altair writes) and vega-embed as one script, from vl-convert.

    vl-convert builds it in one to three seconds; with `cache_dir`, the script built for this
    vl-convert and Vega-Lite version is kept there and read back on later nights."""
    import altair as alt

    major, minor = alt.VEGALITE_VERSION.split(".")[:2]
    kept = cache_dir / f"vega-bundle-{version('vl-convert-python')}-v{major}_{minor}.js" if cache_dir else None
    if kept is not None and kept.exists():
        return kept.read_text(encoding="utf-8")
    bundle = _built_bundle(f"v{major}_{minor}")
    if kept is not None:
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            partial = kept.with_name(f".{kept.name}.{os.getpid()}.part")
            partial.write_text(bundle, encoding="utf-8")
            os.replace(partial, kept)
        except OSError:  # not kept: the next night builds it again
            pass
    return bundle


@lru_cache(maxsize=1)
def _built_bundle(vl_version: str) -> str:
    import vl_convert

    # vl-convert's stub marks the snippet required; omitted, the bundle sets window.vegaEmbed.
    return vl_convert.javascript_bundle(vl_version=vl_version)  # type: ignore[call-arg]


def _script_json(value) -> Markup:
    return Markup(json.dumps(value, ensure_ascii=False, default=str).replace("<", "\\u003c"))


def render_report(data: dict, run_id: str, generated_at: dt.datetime, key: str = "",
                  cache_dir: Path | None = None) -> str:
    """The page; `key` (report_key of the rows in `data`) is written in it for later nights to compare."""
    meetings: pd.DataFrame = data["meetings"]
    chart_data = meetings.assign(start_date=meetings["start_date"].astype(str),
                                 end_date=meetings["end_date"].astype(str))
    template = _environment().get_template("report.html.j2")
    return template.render(
        run_id=run_id, key=key, generated_at=generated_at.isoformat(timespec="seconds"),
        meetings=meetings.to_dict("records"), evidence=data["evidence"],
        claims=data["claims"].to_dict("records"), claims_total=data["claims_total"], separator=SEPARATOR,
        countries=meetings["country_iso2"].nunique(),
        total=data["total"], listed=len(meetings),
        charts=_script_json(meeting_charts(data["per_year"], chart_data) if len(meetings) else {}),
        vega_bundle=Markup(vega_bundle(cache_dir).replace("</script", "<\\/script")))


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import pandas as pd

    environment = jinja2.Environment(loader=jinja2.PackageLoader("sdw", "templates"), autoescape=True,
                                     undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    environment.filters["date"] = lambda value: "" if value is None or pd.isna(value) else str(value)[:10]
    environment.tests["missing"] = lambda value: value is None or (not isinstance(value, str) and pd.isna(value))
    # Only http(s) addresses become links: a source's URL is input, and `javascript:` must stay text.
    environment.tests["web_address"] = lambda value: isinstance(value, str) and value.startswith(("http://", "https://"))
    return environment


def write_report(html: str, folder: Path) -> Path:
    """Write `folder/index.html` whole or not at all (beside it, then renamed)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "index.html"
    partial = folder / f".index.html.{os.getpid()}.part"
    partial.write_text(html, encoding="utf-8")
    os.replace(partial, target)
    return target
