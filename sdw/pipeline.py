"""The nightly run's stages as plain functions (the Prefect flow only sequences them).

Write-audit-publish: a run copies the published warehouse to a private candidate file, adds
the new articles, rebuilds the models and runs every gate on the candidate, and only then
replaces the published file by an atomic rename. A failed or killed run leaves the published
file as it was; the next run removes the stale candidate. One run at a time, by a file lock.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import json
import multiprocessing
import os
import shutil
import sys
import time
import traceback
import uuid
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb
import pandas as pd
from tqdm import tqdm

from sdw import ingest, quality, sources, warehouse
from sdw.extraction.article import ArticleExtraction, extract_article, extractor_version
from sdw.transform import DbtResult, dbt_build, dbt_docs, project_fingerprint

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = PROJECT_ROOT / "seeds"
DEFAULT_WAREHOUSE = PROJECT_ROOT / "warehouse" / "diplomacy.duckdb"
EXTRACT_BATCH = 2000  # articles per streamed batch: bounds memory, amortizes the pool
PARALLEL_MIN_ARTICLES = 200  # below this, worker start-up costs more than it saves
EXTRACT_CHUNK = 50  # articles per task sent to a worker
# Fault-injection seam: the crash tests set this to a pause point, wait for its marker file,
# and SIGKILL the real run there. Unset in normal use.
PAUSE_AT_ENV = "SDW_PAUSE_AT"


@dataclass(frozen=True)
class Settings:
    sources: tuple[str, ...]  # folders and URLs (feeds or article pages)
    warehouse: Path
    max_article_bytes: int = ingest.DEFAULT_MAX_ARTICLE_BYTES
    quarantine_max_bytes: int = ingest.DEFAULT_QUARANTINE_MAX_BYTES
    lock_wait_s: float = 0.0
    workers: int = os.cpu_count() or 1

    @classmethod
    def from_env(cls, sources: list[str] | str | None = None, warehouse_path: str | None = None) -> "Settings":
        if isinstance(sources, str):
            sources = [sources]
        return cls(
            sources=tuple(sources or [os.environ.get("SDW_SOURCE") or str(DEFAULT_SOURCE)]),
            warehouse=Path(warehouse_path or os.environ.get("SDW_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve(),
            max_article_bytes=int(os.environ.get("SDW_MAX_ARTICLE_BYTES", ingest.DEFAULT_MAX_ARTICLE_BYTES)),
            quarantine_max_bytes=int(os.environ.get("SDW_QUARANTINE_MAX_BYTES", ingest.DEFAULT_QUARANTINE_MAX_BYTES)),
            lock_wait_s=float(os.environ.get("SDW_LOCK_WAIT_SECONDS", "0")),
            workers=int(os.environ.get("SDW_WORKERS", os.cpu_count() or 1)),
        )

    @property
    def home(self) -> Path:
        return self.warehouse.parent

    @property
    def urls(self) -> list[str]:
        return [s for s in self.sources if "://" in s]

    @property
    def folders(self) -> list[Path]:
        return [Path(s) for s in self.sources if "://" not in s]

    @property
    def spool_dir(self) -> Path:
        return self.home / "spool"

    @property
    def runs_dir(self) -> Path:
        return self.home / "runs"

    @property
    def quarantine_dir(self) -> Path:
        return self.home / "quarantine"


class RunLocked(RuntimeError):
    pass


class StageFailed(RuntimeError):
    def __init__(self, stage: str, message: str):
        self.stage = stage
        super().__init__(f"{stage} failed: {message}")


class RunLock:
    """An exclusive lock beside the warehouse; the kernel releases it if the holder dies."""

    def __init__(self, settings: Settings):
        self.path = settings.home / f".{settings.warehouse.name}.lock"
        self.wait_s = settings.lock_wait_s
        self.handle = None

    def __enter__(self) -> "RunLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.path, "a+")
        deadline = time.monotonic() + self.wait_s
        while True:
            try:
                fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self.handle.seek(0)
                    holder = self.handle.read().strip() or "another process"
                    self.handle.close()
                    raise RunLocked(f"another sdw run is in progress ({holder}); "
                                    f"set SDW_LOCK_WAIT_SECONDS to wait for it") from None
                time.sleep(0.5)
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(f"pid {os.getpid()} since {dt.datetime.now().isoformat(timespec='seconds')}")
        self.handle.flush()
        return self

    def __exit__(self, *exc) -> None:
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()


@dataclass
class Run:
    settings: Settings
    run_id: str
    started_at: dt.datetime
    record: dict = field(default_factory=dict)
    quality_results: list[quality.CheckResult] = field(default_factory=list)
    new_meetings: list[dict] = field(default_factory=list)
    tally_reconciliation: list[dict] = field(default_factory=list)
    # The meetings the published file held when it was copied: new meetings are counted against
    # this, never against the live file (an analyst's read-write session may hold it).
    published_meeting_ids: list[str] | None = None
    renamed: bool = False  # the candidate has replaced the published file: the run is published

    @property
    def candidate(self) -> Path:
        return self.settings.home / f".candidate-{self.run_id}.duckdb"

    @property
    def run_dir(self) -> Path:
        return self.settings.runs_dir / self.run_id


def start_run(settings: Settings, now: dt.datetime | None = None) -> Run:
    started = now or dt.datetime.now()
    run_id = f"{started:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    run = Run(settings, run_id, started)
    run.record = {"run_id": run_id, "started_at": started.isoformat(timespec="seconds"), "status": "running",
                  "source": " ".join(settings.sources), "warehouse": str(settings.warehouse), "published": False,
                  "failed_stage": None, "error": None, "stage_seconds": {}}
    return run


def pause_point(run: Run, point: str) -> None:
    if os.environ.get(PAUSE_AT_ENV) == point:
        (run.settings.home / f".paused-{point}").write_text(str(os.getpid()))
        time.sleep(600)


def prepare_candidate(run: Run) -> None:
    """Remove what killed runs left, fold a crashed session's WAL into the published file, then
    copy the published warehouse to this run's candidate."""
    home, published = run.settings.home, run.settings.warehouse
    home.mkdir(parents=True, exist_ok=True)
    interrupted = sorted({p.name.split(".")[1].removeprefix("candidate-") for p in home.glob(".candidate-*.duckdb*")})
    for stale in home.glob(".candidate-*.duckdb*"):
        stale.unlink()
    for record in interrupted:
        _record_interrupted(run.settings.runs_dir, record)
    if published.exists():
        if fold_stale_wal(published) == "live":
            run.record.setdefault("notes", []).append(
                f"a session held {published} open for writing: its changes since its last checkpoint are not "
                "in this run (writes made in the published file are not kept)")
        partial = run.candidate.with_name(run.candidate.name + ".copying")
        shutil.copyfile(published, partial)
        os.replace(partial, run.candidate)
    try:
        con = duckdb.connect(str(run.candidate))
    except duckdb.Error as error:
        reason = str(error).splitlines()[0].replace(str(run.candidate), str(published))
        raise StageFailed("prepare", f"the published warehouse {published} does not open as a DuckDB file "
                                     f"({reason}); nothing was changed. Restore it from a backup, "
                                     f"or move it aside to build a new one from the sources") from None
    try:
        warehouse.ensure_schema(con)
        _load_unrecorded_runs(con, run.settings.runs_dir)
        if _has_meetings(con):
            run.published_meeting_ids = [r[0] for r in con.execute("select meeting_id from marts.fct_meetings").fetchall()]
    finally:
        con.close()


def fold_stale_wal(published: Path, stage: str = "prepare") -> str | None:
    """A `.wal` beside the published file is either a live session's or a crashed one's. A crashed
    session's WAL is folded in (opening the file replays it; a checkpoint writes it into the file
    and removes it): copied without it, the published file would sit beside a WAL that no longer
    matches it and open for nobody. Returns None (no WAL), "folded", or "live" (a session holds
    the file: it owns its WAL). Called under the run lock; raises StageFailed when the WAL cannot
    be replayed, saying what to do."""
    wal = published.with_name(published.name + ".wal")
    if not wal.exists():
        return None
    try:
        con = duckdb.connect(str(published))
    except duckdb.Error as error:
        message = str(error).splitlines()[0]
        if "lock" in message.lower():
            return "live"
        raise StageFailed(stage, (
            f"{wal} is left by a session that ended without a checkpoint and cannot be replayed into {published} "
            f"({message}). Nothing was changed. To keep the published state as of its last checkpoint, move the "
            f"WAL aside (mv '{wal}' '{wal}.bad') and run again; that session's last writes are then dropped")) from None
    try:
        con.execute("checkpoint")
    finally:
        con.close()
    return "folded"


def _has_meetings(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute("""select count(*) from duckdb_tables()
                          where database_name = current_database() and schema_name = 'marts'
                          and table_name = 'fct_meetings'""").fetchone()[0] > 0


def _record_interrupted(runs_dir: Path, run_id: str) -> None:
    """A run killed before it could write its record leaves a candidate: note it as interrupted."""
    record_path = runs_dir / run_id / "run.json"
    if record_path.exists():
        return
    record_path.parent.mkdir(parents=True, exist_ok=True)
    started = dt.datetime.strptime(run_id.split("-")[0], "%Y%m%dT%H%M%S")
    record = {"run_id": run_id, "started_at": started.isoformat(), "finished_at": None, "status": "interrupted",
              "source": "", "published": False, "failed_stage": None,
              "error": "the run was killed; its candidate was removed by a later run", "stage_seconds": {}}
    record_path.write_text(json.dumps(record, indent=2), encoding="utf-8")


def _load_unrecorded_runs(con: duckdb.DuckDBPyConnection, runs_dir: Path) -> None:
    """Runs that did not publish are kept as files; the next candidate takes them into audit.*"""
    known = {row[0] for row in con.execute("select run_id from audit.runs").fetchall()}
    for path in sorted(runs_dir.glob("*/run.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record["run_id"] in known:
            continue
        warehouse.insert_rows(con, "audit.runs", [_run_row(record)])
        warehouse.insert_rows(con, "audit.quality_results", [
            {**r, "run_id": record["run_id"], "checked_at": dt.datetime.fromisoformat(record["finished_at"])}
            for r in record.get("quality_results", [])])


def _run_row(record: dict) -> dict:
    counts = record.get("counts", {})
    return {"run_id": record["run_id"], "started_at": dt.datetime.fromisoformat(record["started_at"]),
            "finished_at": dt.datetime.fromisoformat(record["finished_at"]) if record.get("finished_at") else None,
            "status": record["status"], "source": record["source"], "published": record["published"],
            "failed_stage": record.get("failed_stage"), "error": record.get("error"),
            "build_fingerprint": record.get("build_fingerprint"),
            **{k: counts.get(k) for k in ("files_seen", "ingested", "already_present", "quarantined", "extracted",
                                          "meetings_total", "new_meetings")}}


def harvest_web_sources(run: Run, fetcher) -> sources.WebHarvest:
    """Fetch the URL sources into the spool; `fetcher(url)` is sources.fetch with retries around it."""
    harvest = sources.harvest(run.settings.urls, run.settings.spool_dir / "pages", fetcher)
    run.record.setdefault("counts", {}).update(web_fetched=harvest.fetched, web_not_modified=harvest.not_modified,
                                               web_failed=len(harvest.rejections))
    return harvest


def ingest_stage(run: Run, harvest: sources.WebHarvest | None = None) -> warehouse.IngestStats:
    """Store new articles and rejections; a folder file whose size and mtime are unchanged since
    it was last read is not read again (a night's cost follows what is new, not the corpus)."""
    settings = run.settings

    def read(path: Path, name: str) -> ingest.Article | ingest.Rejection:
        return ingest.read_article(path, name, settings.quarantine_dir, settings.max_article_bytes,
                                   settings.quarantine_max_bytes, run.started_at.date())

    con = duckdb.connect(str(run.candidate))
    try:
        known = warehouse.known_source_files(con)
        unchanged, seen = 0, []

        def items():
            nonlocal unchanged
            for folder in settings.folders:
                scan = ingest.scan_source_files(folder)
                for path, size, mtime_ns in scan.files:
                    name = path.relative_to(folder.resolve()).as_posix()
                    if known.get(name) == (size, mtime_ns):
                        unchanged += 1
                        continue
                    item = read(path, name)
                    # A file the run may not read is tried again every night, not remembered as read.
                    if getattr(item, "reason", None) != "unreadable":
                        seen.append({"source_name": name, "size_bytes": size, "mtime_ns": mtime_ns,
                                     "last_read_run": run.run_id})
                    yield item
                yield from scan.notes
            if harvest is not None:
                for path, url in harvest.pages:
                    yield read(path, url)
                yield from harvest.rejections

        stats = warehouse.store_ingested(con, items(), run.run_id, run.started_at)
        warehouse.record_source_files(con, seen)
    finally:
        con.close()
    stats.files_seen += unchanged
    stats.already_present += unchanged
    run.record.setdefault("counts", {}).update(asdict(stats))
    return stats


def extract_stage(run: Run) -> int:
    """Extract articles not yet extracted by this version of the code and seeds.

    Streams batches: only one batch of article texts is in memory at a time, and each batch is
    spread over every core when it is large enough to pay for the worker processes.
    """
    version = extractor_version()
    con = duckdb.connect(str(run.candidate))
    try:
        pending = warehouse.article_ids_to_extract(con, version)
        workers = run.settings.workers if len(pending) >= PARALLEL_MIN_ARTICLES else 1
        # A progress bar for people watching a long run in a terminal; silent in logs and CI.
        progress = tqdm(total=len(pending), unit="article", desc="extract", disable=not sys.stderr.isatty())
        with extraction_pool(workers) as pool, progress:
            for first in range(0, len(pending), EXTRACT_BATCH):
                batch = warehouse.article_texts(con, pending[first:first + EXTRACT_BATCH])
                warehouse.store_extractions(con, extract_many(batch, pool), run.started_at)
                progress.update(len(batch))
    finally:
        con.close()
    run.record["counts"]["extracted"] = len(pending)
    run.record["extractor_version"] = version
    return len(pending)


def _extract_one(item: warehouse.ArticleText) -> ArticleExtraction:
    article_id, content, published, url = item
    return extract_article(article_id, content, published, url=url)


def extract_many(items: list[warehouse.ArticleText], pool: ProcessPoolExecutor | None) -> list[ArticleExtraction]:
    if pool is None:
        return [_extract_one(item) for item in items]
    return list(pool.map(_extract_one, items, chunksize=EXTRACT_CHUNK))


@contextmanager
def extraction_pool(workers: int):
    if workers <= 1:
        yield None
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        yield pool


def transform_stage(run: Run) -> DbtResult | None:
    """`dbt build` on the candidate, unless nothing changed since the last published build."""
    fingerprint = project_fingerprint()
    run.record["build_fingerprint"] = fingerprint
    counts = run.record["counts"]
    if counts["ingested"] == 0 and counts["extracted"] == 0 and _last_published_fingerprint(run) == fingerprint:
        run.record["dbt"] = {"skipped": "no new article, no re-extraction and no change to the dbt project"}
        return None
    result = dbt_build(run.candidate, run.run_dir / "dbt")
    run.record["dbt"] = {"success": result.success, "status_counts": result.status_counts,
                         "failures": result.failures, "elapsed_s": result.elapsed_s}
    if not result.success:
        detail = "; ".join(f"{f['unique_id']}: {f['message']}" for f in result.failures) or result.output_tail
        raise StageFailed("dbt", detail)
    # Documentation is generated here, on the candidate: dbt opens files read-write, and the
    # published file may be held open by analysts. A docs failure is noted, never fatal.
    docs = dbt_docs(run.candidate, run.run_dir / "dbt-docs")
    run.record["dbt_docs"] = str(docs) if docs else None
    return result


def _last_published_fingerprint(run: Run) -> str | None:
    con = duckdb.connect(str(run.candidate), read_only=True)
    try:
        row = con.execute("""select build_fingerprint from audit.runs where published
                             order by started_at desc limit 1""").fetchone()
        has_marts = _has_meetings(con)
    finally:
        con.close()
    return row[0] if row and has_marts else None


def quality_stage(run: Run, run_date: dt.date | None = None) -> list[quality.CheckResult]:
    docs = run.run_dir / "gx-docs"
    results = quality.run_suites(run.candidate, run_date or run.started_at.date(), docs_dir=docs)
    run.record["gx_docs"] = str(docs / "index.html") if (docs / "index.html").exists() else None
    run.quality_results = results
    run.record["quality_results"] = [{k: v for k, v in r.__dict__.items()} for r in results]
    con = duckdb.connect(str(run.candidate))
    try:
        warehouse.insert_rows(con, "audit.quality_results", [r.as_row(run.run_id, dt.datetime.now()) for r in results])
    finally:
        con.close()
    failures = quality.blocking_failures(results)
    if failures:
        raise quality.QualityGateFailed(failures)
    return results


def publish_stage(run: Run) -> None:
    """Record the run in the candidate, check that it opens, then atomically replace the
    published file with it."""
    published = run.settings.warehouse
    con = duckdb.connect(str(run.candidate))
    try:
        _collect_run_reports(run, con)
        run.record.update(status="published", published=True, finished_at=dt.datetime.now().isoformat(timespec="seconds"))
        warehouse.insert_rows(con, "audit.runs", [_run_row(run.record)])
        con.execute("checkpoint")
    finally:
        con.close()
    with open(run.candidate, "rb+") as handle:
        os.fsync(handle.fileno())
    _check_opens(run.candidate)
    pause_point(run, "before-rename")
    # A session that crashed during this run leaves a WAL matching the old file; folded here, it
    # cannot sit beside the new one.
    fold_stale_wal(published, "publish")
    os.replace(run.candidate, published)
    run.renamed = True
    directory = os.open(published.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    pause_point(run, "after-rename")


def _check_opens(database: Path) -> None:
    """Never publish a file that does not open: read it back as a reader would."""
    try:
        con = duckdb.connect(str(database), read_only=True)
        try:
            con.execute("select count(*) from marts.fct_meetings").fetchone()
        finally:
            con.close()
    except duckdb.Error as error:
        raise StageFailed("publish", f"the new warehouse does not open read-only: {str(error).splitlines()[0]}") from None
    if Path(f"{database}.wal").exists():
        raise StageFailed("publish", "the new warehouse still has a WAL after its checkpoint")


REPORT_ROWS = 500  # rows of a table artifact: enough to read, small enough for the UI


def _collect_run_reports(run: Run, con: duckdb.DuckDBPyConnection) -> None:
    """New meetings (against the meetings the published file held when it was copied) and this
    run's claims."""
    meetings_total = con.execute("select count(*) from marts.fct_meetings").fetchall()[0][0]  # a whole result: register() refuses an unfinished one
    new_meetings_sql = "select * from marts.fct_meetings"
    if run.published_meeting_ids is not None:
        con.register("previous_meetings", pd.DataFrame({"meeting_id": pd.Series(run.published_meeting_ids, dtype=object)}))
        new_meetings_sql += " m where m.meeting_id not in (select meeting_id from previous_meetings)"
    try:
        new_count = con.execute(f"select count(*) from ({new_meetings_sql})").fetchone()[0]
        run.new_meetings = con.execute(f"""
            select meeting_id, start_date, end_date, date_precision, meeting_type, country_iso2, direction, source_count
            from ({new_meetings_sql}) order by start_date, meeting_id limit {REPORT_ROWS}""").df().to_dict("records")
    finally:
        if run.published_meeting_ids is not None:
            con.unregister("previous_meetings")
    run.tally_reconciliation = con.execute(f"""
        select a.source_name as article, r.scope_type, r.scope_code, r.period_start, r.period_end,
               r.reported_count, r.is_approximate, r.meetings_found, r.status
        from marts.fct_tally_reconciliation r
        join raw.articles a using (article_id)
        where a.run_id = ?
        order by a.source_name, r.scope_type desc, r.scope_code limit {REPORT_ROWS}""", [run.run_id]).df().to_dict("records")
    run.record["counts"].update(meetings_total=meetings_total, new_meetings=new_count)


def finish_run(run: Run, error: BaseException | None = None) -> dict:
    """Write the run record (published or not) and drop a failed run's candidate. An error after
    the rename does not unpublish the run: it is noted beside the published status."""
    if error is not None and run.renamed:
        run.record["error_after_publish"] = f"{type(error).__name__}: {error}"[:4000]
    elif error is not None:
        run.record.update(status="failed", published=False,
                          failed_stage=getattr(error, "stage", "unknown"), error=str(error)[:4000],
                          finished_at=dt.datetime.now().isoformat(timespec="seconds"))
        run.candidate.unlink(missing_ok=True)
        Path(f"{run.candidate}.wal").unlink(missing_ok=True)
    run.run_dir.mkdir(parents=True, exist_ok=True)
    record_path = run.run_dir / "run.json"
    temporary = record_path.with_suffix(".tmp")
    temporary.write_text(json.dumps(run.record, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    os.replace(temporary, record_path)
    return run.record


def timed(run: Run, stage: str, function, *args):
    """Run one stage, recording its duration, and name the stage in any error it raises. Errors
    that name the candidate file say which published file it is a copy of."""
    started = time.monotonic()
    pause_point(run, stage)
    try:
        return function(run, *args)
    except BaseException as error:
        # The error outlives the stage (Prefect keeps it in its states): drop the stage's locals,
        # or its DuckDB connections stay alive until exit and DuckDB's bindings print "nanobind:
        # leaked" lines.
        traceback.clear_frames(error.__traceback__)
        if not isinstance(error, Exception) or isinstance(error, (StageFailed, quality.QualityGateFailed)):
            raise
        message = str(error).replace(str(run.candidate), f"{run.candidate} (this run's copy of {run.settings.warehouse})")
        raise StageFailed(stage, f"{type(error).__name__}: {message}") from error
    finally:
        run.record["stage_seconds"][stage] = round(time.monotonic() - started, 2)


def latest_runs(settings: Settings, count: int = 1) -> list[dict]:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in settings.runs_dir.glob("*/run.json")]
    return sorted(records, key=lambda r: r["started_at"], reverse=True)[:count]
