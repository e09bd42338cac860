"""The DuckDB tables Python writes: raw articles, quarantine, extraction output (its tables
follow the row shapes of sdw.extraction.rows) and run audit.

dbt reads `raw` and `extracted` as sources; everything relational happens there.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

import duckdb
import pyarrow as pa

from sdw.extraction import rows as row_shapes
from sdw.extraction.batch import ArticleText, ExtractedBatch
from sdw.ingest import Article, Rejection, SourceFile

DDL = """
create schema if not exists raw;
create schema if not exists audit;
create table if not exists raw.articles (
    article_id varchar primary key, source_name varchar not null, title varchar, content varchar not null,
    content_sha256 varchar not null, source_format varchar not null, size_bytes bigint,
    published_date date, url varchar, outlet varchar, meta_error varchar,
    ingested_at timestamp not null, run_id varchar not null);
create table if not exists raw.rejected_articles (
    rejection_id varchar primary key, source_name varchar not null, reason varchar not null, detail varchar,
    size_bytes bigint, bytes_sha256 varchar, kept_path varchar, duplicate_of varchar,
    rejected_at timestamp not null, run_id varchar not null);
-- What each source file looked like when last read: unchanged files are not read again.
create table if not exists raw.source_files (
    source_name varchar primary key, size_bytes bigint, mtime_ns bigint, last_read_run varchar);
create table if not exists audit.runs (
    run_id varchar primary key, started_at timestamp, finished_at timestamp, status varchar,
    source varchar, files_seen integer, ingested integer, already_present integer, quarantined integer,
    extracted integer, meetings_total integer, new_meetings integer, published boolean,
    failed_stage varchar, error varchar);
-- Added after the first release: warehouses built before it gain the column here.
alter table audit.runs add column if not exists build_fingerprint varchar;
alter table audit.runs add column if not exists prefiltered integer;
create table if not exists audit.quality_results (
    run_id varchar, suite varchar, expectation varchar, column_name varchar, severity varchar,
    success boolean, observed_value varchar, details varchar, checked_at timestamp);
alter table audit.quality_results add column if not exists articles varchar;
"""

def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(DDL)
    con.execute(row_shapes.ddl())


def scalar(con: duckdb.DuckDBPyConnection, sql: str, parameters: list | None = None) -> Any:
    """The one value of a query that returns one row (an aggregate)."""
    row = con.execute(sql, parameters or []).fetchone()
    if row is None:
        raise ValueError(f"no row from: {sql}")
    return row[0]


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    # Arrow, not pandas: a night that stores nothing new never loads pandas (a second of start-up under load).
    con.register("incoming_rows", pa.Table.from_pylist(rows))
    try:
        con.execute(f"insert into {table} by name select * from incoming_rows")
    finally:
        con.unregister("incoming_rows")


@dataclass
class IngestStats:
    files_seen: int = 0
    ingested: int = 0
    already_present: int = 0
    quarantined: int = 0


def store_ingested(con: duckdb.DuckDBPyConnection, items: Iterable[Article | Rejection], run_id: str,
                   now: dt.datetime) -> IngestStats:
    """Add new articles and rejections; the same content again adds nothing.

    The same text under another file name is folded into the article already stored and noted
    as a rejection `duplicate_content` pointing at it.
    """
    stats = IngestStats()
    items = list(items)
    if not items:  # an empty night reads nothing
        return stats
    # The articles already stored among these (never the whole table: a night's cost follows what is new).
    con.register("incoming_ids", pa.table({"article_id": pa.array(
        sorted({item.article_id for item in items if isinstance(item, Article)}), pa.string())}))
    try:
        known = dict(con.execute("""select article_id, source_name from raw.articles
                                    join incoming_ids using (article_id)""").fetchall())
    finally:
        con.unregister("incoming_ids")
    rejected = {r[0] for r in con.execute("select rejection_id from raw.rejected_articles").fetchall()}
    articles, rejections = [], []
    for item in items:
        stats.files_seen += 1
        if isinstance(item, Rejection):
            row = {**asdict(item), "duplicate_of": None}
        elif item.article_id not in known:
            known[item.article_id] = item.source_name
            articles.append({**asdict(item), "ingested_at": now, "run_id": run_id})
            stats.ingested += 1
            continue
        elif known[item.article_id] == item.source_name:
            stats.already_present += 1
            continue
        else:
            row = {"source_name": item.source_name, "reason": "duplicate_content",
                   "detail": f"same text as {known[item.article_id]}", "size_bytes": item.size_bytes,
                   "bytes_sha256": item.content_sha256, "kept_path": known[item.article_id],
                   "duplicate_of": item.article_id}
        rejection_id = hashlib.md5(f"{row['source_name']}:{row['bytes_sha256']}".encode()).hexdigest()[:16]
        if rejection_id in rejected:
            stats.already_present += 1
            continue
        rejected.add(rejection_id)
        rejections.append({**row, "rejection_id": rejection_id, "rejected_at": now, "run_id": run_id})
        stats.quarantined += 1
    insert_rows(con, "raw.articles", articles)
    insert_rows(con, "raw.rejected_articles", rejections)
    return stats


def changed_source_files(con: duckdb.DuckDBPyConnection, files: list[SourceFile]) -> set[str]:
    """The names of the files not read before with the same size and mtime (compared in DuckDB: a
    scan lists the whole corpus, the answer only what changed)."""
    con.register("scanned_files", pa.table({"source_name": pa.array([f.name for f in files], pa.string()),
                                            "size_bytes": pa.array([f.size for f in files], pa.int64()),
                                            "mtime_ns": pa.array([f.mtime_ns for f in files], pa.int64())}))
    try:
        return {row[0] for row in con.execute("""select source_name from scanned_files
                                                 anti join raw.source_files using (source_name, size_bytes, mtime_ns)
                                              """).fetchall()}
    finally:
        con.unregister("scanned_files")


def record_source_files(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> None:
    if not rows:
        return
    con.register("seen_files", pa.Table.from_pylist(rows))
    try:
        con.execute("insert or replace into raw.source_files by name select * from seen_files")
    finally:
        con.unregister("seen_files")


def article_ids_to_extract(con: duckdb.DuckDBPyConnection, version: str, prefilter: bool = False) -> list[str]:
    """Articles never extracted, or extracted by another version of the code or seeds. With the
    prefilter on, an article it dropped under this version is done too; with it off, such an
    article is extracted after all."""
    return [row[0] for row in con.execute("""
        select a.article_id
        from raw.articles a
        left join extracted.articles e on e.article_id = a.article_id and e.extractor_version = $version
        left join extracted.prefiltered_articles p
            on $prefilter and p.article_id = a.article_id and p.extractor_version = $version
        where e.article_id is null and p.article_id is null
        order by a.article_id""", {"version": version, "prefilter": prefilter}).fetchall()]


def stored_before(con: duckdb.DuckDBPyConnection, article_ids: list[str], run_id: str) -> int:
    """How many of these articles a run before `run_id` stored (extracted again, not new)."""
    if not article_ids:
        return 0
    con.register("wanted_articles", pa.table({"article_id": pa.array(article_ids, pa.string())}))
    try:
        return int(con.execute("""select count(*) from raw.articles join wanted_articles using (article_id)
                                  where run_id <> ?""", [run_id]).fetchall()[0][0])
    finally:
        con.unregister("wanted_articles")


def article_texts(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> list[ArticleText]:
    wanted = pa.table({"article_id": pa.array(article_ids, pa.string())})
    con.register("wanted_articles", wanted)
    try:
        return con.execute("""select a.article_id, a.content, a.published_date, a.url from raw.articles a
                              join wanted_articles using (article_id) order by a.article_id""").fetchall()
    finally:
        con.unregister("wanted_articles")


def store_extracted(con: duckdb.DuckDBPyConnection, batch: ExtractedBatch) -> None:
    """Replace every extracted.* row of the batch's articles (re-extraction is idempotent) by the
    batch's Arrow rows, in one transaction: an article is extracted or prefiltered, never half."""
    if not batch.articles:
        return
    ids = pa.table({"article_id": pa.array(batch.article_ids, pa.string())})
    con.execute("begin")
    try:
        con.register("replaced_articles", ids)
        for table in row_shapes.SHAPES:
            con.execute(f"delete from extracted.{table} where article_id in (select article_id from replaced_articles)")
        con.unregister("replaced_articles")
        for table, rows in batch.tables.items():
            if rows.num_rows:
                con.register("incoming_rows", rows)
                con.execute(f"insert into extracted.{table} by name select * from incoming_rows")
                con.unregister("incoming_rows")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
