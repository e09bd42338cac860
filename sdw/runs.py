"""A run's identity, its record (`runs/<run>/run.json`, then `audit.runs`) and how a stage is timed.

The record is written for every run, published or not; runs that did not publish are taken into
`audit.*` by the next candidate, so the warehouse keeps the whole history.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from sdw import quality, warehouse
from sdw.settings import RunSettings
from sdw.sources import WebHarvest
from sdw.transform import DbtResult
from sdw.warehouse import IngestStats

T = TypeVar("T")


class StageFailed(RuntimeError):
    def __init__(self, stage: str, message: str):
        self.stage = stage
        super().__init__(f"{stage} failed: {message}")


@dataclass
class Run:
    """One run's identity and its bookkeeping; what the stages find travels in their results."""

    settings: RunSettings
    run_id: str
    started_at: dt.datetime
    stage_seconds: dict[str, float] = field(default_factory=dict)
    # The candidate has replaced the published file: the run is published, whatever fails later.
    # Set inside the publish stage (an error after the rename returns no result to read it from).
    renamed: bool = False

    @property
    def candidate(self) -> Path:
        """The run's private copy of the published file. Its path is the same every night (one per
        warehouse), so dbt's saved parse of the project stays valid from one night to the next (dbt
        reparses everything when its connection's path changes); the run it belongs to is written
        beside it (`candidate_owner`)."""
        return self.settings.home / f".candidate-{self.settings.warehouse.name}"

    @property
    def candidate_owner(self) -> Path:
        """Names the run that made the candidate, so a later run can record a killed one as interrupted."""
        return self.candidate.with_name(self.candidate.name + ".run")

    @property
    def candidate_files(self) -> tuple[Path, ...]:
        """The candidate and what may lie beside it: its WAL, a partial copy, its owner."""
        return tuple(self.candidate.with_name(self.candidate.name + suffix)
                     for suffix in ("", ".wal", ".copying", ".run", ".run.partial"))

    @property
    def run_dir(self) -> Path:
        return self.settings.runs_dir / self.run_id


def start_run(settings: RunSettings, now: dt.datetime | None = None) -> Run:
    started = now or dt.datetime.now()
    return Run(settings, f"{started:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}", started)


@dataclass(frozen=True)
class CandidateCopy:
    """How the published file became the candidate: `clone` (copy-on-write) or `copy`, and its cost."""

    method: str
    seconds: float
    size_bytes: int


@dataclass(frozen=True)
class Prepared:
    """The candidate is ready: the meetings the published file held when it was copied (None
    before the first build; new meetings are counted against these, never against the live file,
    which an analyst's read-write session may hold), and what the run should know about it."""

    published_meeting_ids: tuple[str, ...] | None
    notes: tuple[str, ...] = ()
    copy: CandidateCopy | None = None  # None: there was no published file yet


@dataclass(frozen=True)
class Extracted:
    articles: int  # pending articles the stage took: extracted, or dropped by the prefilter
    extractor_version: str
    prefiltered: int = 0  # of those, dropped by the keyword prefilter (SDW_PREFILTER) before extraction
    executor: str = ""  # where they were extracted: this process, a process pool, a Dask cluster
    # Of those, articles an earlier run stored (extracted again: another extractor version, or the
    # prefilter turned off): their reports may change, so dbt rebuilds every model in full.
    earlier_articles: int = 0


@dataclass(frozen=True)
class Built:
    """The dbt build of the candidate, or why it was skipped."""

    fingerprint: str
    dbt: DbtResult | None
    skipped: str | None = None
    docs: Path | None = None
    # The dbt project (models, seeds, macros) differs from the last published build's, or there was
    # none: every row may have changed, so the gates check every row.
    project_changed: bool = True
    # dbt rebuilt every model (a changed project, or articles extracted again), instead of adding
    # the night's new articles to the incremental models.
    full_refresh: bool = True


@dataclass(frozen=True)
class Checked:
    """Every expectation's result; the gate failed when a blocking one did."""

    results: tuple[quality.CheckResult, ...]
    docs: Path | None = None
    checked_at: dt.datetime = field(default_factory=dt.datetime.now)  # their audit.quality_results rows' time


@dataclass(frozen=True)
class Published:
    """The candidate's meetings and this run's claims, as recorded in it before the rename."""

    finished_at: dt.datetime
    meetings_total: int
    new_meeting_count: int
    new_meetings: tuple[dict, ...]  # the first reports.REPORT_ROWS, for the reports
    tally_reconciliation: tuple[dict, ...]
    report_html: str | None = None  # the analysts' HTML report, written beside the warehouse after the rename
    # The page an earlier run wrote shows these very rows (its key is this candidate's): it stays.
    report_kept: bool = False
    notes: tuple[str, ...] = ()


@dataclass
class RunRecord:
    """What a run reports, filled in by the flow from each stage's result, written as run.json
    (the same JSON whether the run published or not)."""

    run: Run
    prepared: Prepared | None = None
    harvest: WebHarvest | None = None
    ingested: IngestStats | None = None
    extracted: Extracted | None = None
    built: Built | None = None
    checked: Checked | None = None
    published: Published | None = None
    html_report: Path | None = None  # written after the rename
    error: BaseException | None = None

    def as_json(self, finished_at: dt.datetime | None = None) -> dict[str, Any]:
        run = self.run
        failed = self.error is not None and not run.renamed
        # Recorded in the candidate before its rename (audit.runs), or renamed: published.
        published = not failed and (run.renamed or self.published is not None)
        record: dict[str, Any] = {
            "run_id": run.run_id, "started_at": run.started_at.isoformat(timespec="seconds"),
            "status": "published" if published else "failed" if failed else "running",
            "source": " ".join(run.settings.sources), "warehouse": str(run.settings.warehouse),
            "published": published, "failed_stage": getattr(self.error, "stage", "unknown") if failed else None,
            "error": str(self.error)[:4000] if failed else None, "stage_seconds": dict(run.stage_seconds)}
        if finished_at is not None:
            record["finished_at"] = finished_at.isoformat(timespec="seconds")
        notes = [*(self.prepared.notes if self.prepared else ()), *(self.published.notes if self.published else ())]
        if notes:
            record["notes"] = notes
        if self.html_report is not None:
            record["html_report"] = str(self.html_report)
        if self.prepared is not None and self.prepared.copy is not None:
            record["candidate_copy"] = asdict(self.prepared.copy)
        counts: dict[str, int] = {}
        if self.harvest is not None:
            counts.update(web_fetched=self.harvest.fetched, web_not_modified=self.harvest.not_modified,
                          web_failed=len(self.harvest.rejections))
        if self.ingested is not None:
            counts.update(asdict(self.ingested))
        if self.extracted is not None:
            counts["extracted"] = self.extracted.articles
            counts["prefiltered"] = self.extracted.prefiltered
            record["extractor_version"] = self.extracted.extractor_version
            record["extraction_executor"] = self.extracted.executor
        if self.built is not None:
            record["build_fingerprint"] = self.built.fingerprint
            dbt = self.built.dbt
            record["dbt"] = {"skipped": self.built.skipped} if dbt is None else {
                "success": dbt.success, "status_counts": dbt.status_counts, "failures": dbt.failures,
                "elapsed_s": dbt.elapsed_s, "full_refresh": self.built.full_refresh}
            record["dbt_docs"] = str(self.built.docs) if self.built.docs else None
        if self.checked is not None:
            record["gx_docs"] = str(self.checked.docs) if self.checked.docs else None
            record["quality_results"] = [asdict(result) for result in self.checked.results]
        if self.published is not None:
            counts.update(meetings_total=self.published.meetings_total, new_meetings=self.published.new_meeting_count)
        if counts:
            record["counts"] = counts
        if self.error is not None and run.renamed:
            record["error_after_publish"] = f"{type(self.error).__name__}: {self.error}"[:4000]
        return record


def pause_point(run: Run, point: str) -> None:
    """The fault-injection seam (`SDW_PAUSE_AT`): stop here, with a marker file, until killed."""
    if run.settings.pause_at == point:
        (run.settings.home / f".paused-{point}").write_text(str(os.getpid()))
        time.sleep(600)


def timed(run: Run, stage: str, function: Callable[..., T], *args: Any) -> T:
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
        message = str(error).replace(
            str(run.candidate), f"{run.candidate} (this run's copy of {run.settings.warehouse})"
        )
        raise StageFailed(stage, f"{type(error).__name__}: {message}") from error
    finally:
        run.stage_seconds[stage] = round(time.monotonic() - started, 2)


def finish_run(record: RunRecord) -> dict[str, Any]:
    """Write the run record (published or not) and drop a failed run's candidate. An error after
    the rename does not unpublish the run: it is noted beside the published status."""
    run = record.run
    if record.error is not None and not run.renamed:
        for leftover in run.candidate_files:
            leftover.unlink(missing_ok=True)
    finished = record.published.finished_at if record.published and run.renamed else dt.datetime.now()
    as_json = record.as_json(finished)
    run.run_dir.mkdir(parents=True, exist_ok=True)
    record_path = run.run_dir / "run.json"
    temporary = record_path.with_suffix(".tmp")
    temporary.write_text(json.dumps(as_json, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    os.replace(temporary, record_path)
    return as_json


def record_interrupted(runs_dir: Path, run_id: str, warehouse: Path) -> None:
    """A run killed before it could write its record leaves a candidate: note it as interrupted."""
    record_path = runs_dir / run_id / "run.json"
    if record_path.exists():
        return
    record_path.parent.mkdir(parents=True, exist_ok=True)
    started = dt.datetime.strptime(run_id.split("-")[0], "%Y%m%dT%H%M%S")
    record: dict[str, Any] = {
        "run_id": run_id, "started_at": started.isoformat(), "finished_at": None, "status": "interrupted",
              "source": "", "warehouse": str(warehouse), "published": False, "failed_stage": None,
              "error": "the run was killed; its candidate was removed by a later run", "stage_seconds": {}}
    record_path.write_text(json.dumps(record, indent=2), encoding="utf-8")


def load_unrecorded_runs(con: duckdb.DuckDBPyConnection, runs_dir: Path, warehouse_path: Path) -> None:
    """Runs of this warehouse that did not publish are kept as files; the next candidate takes them
    into audit.* (another warehouse's runs in the same folder are not its history: taken in, one of
    them published with a newer dbt project would pass for this warehouse's last build)."""
    known = {row[0] for row in con.execute("select run_id from audit.runs").fetchall()}
    for _, record in sorted(_run_records(runs_dir, warehouse_path), key=lambda found: str(found[0])):
        if record["run_id"] in known:
            continue
        warehouse.insert_rows(con, "audit.runs", [audit_run_row(record)])
        warehouse.insert_rows(con, "audit.quality_results", [
            {**r, "run_id": record["run_id"], "checked_at": dt.datetime.fromisoformat(record["finished_at"])}
            for r in record.get("quality_results", [])])


def audit_run_row(record: dict) -> dict:
    """A run record as its `audit.runs` row."""
    counts = record.get("counts", {})
    return {"run_id": record["run_id"], "started_at": dt.datetime.fromisoformat(record["started_at"]),
            "finished_at": dt.datetime.fromisoformat(record["finished_at"]) if record.get("finished_at") else None,
            "status": record["status"], "source": record["source"], "published": record["published"],
            "failed_stage": record.get("failed_stage"), "error": record.get("error"),
            "build_fingerprint": record.get("build_fingerprint"),
            **{k: counts.get(k) for k in ("files_seen", "ingested", "already_present", "quarantined", "extracted",
                                          "prefiltered", "meetings_total", "new_meetings")}}


def _run_records(runs_dir: Path, warehouse_path: Path | None) -> list[tuple[Path, dict]]:
    """Each run.json with its record; with `warehouse_path`, only that file's (warehouses in one
    folder share its runs/; a record that names none is taken as the folder's one warehouse's)."""
    found = [(p, json.loads(p.read_text(encoding="utf-8"))) for p in runs_dir.glob("*/run.json")]
    if warehouse_path is None:
        return found
    return [(p, r) for p, r in found if r.get("warehouse", str(warehouse_path)) == str(warehouse_path)]


def latest_runs(runs_dir: Path, count: int = 1, warehouse: Path | None = None) -> list[dict]:
    """The newest run records first; with `warehouse`, only that file's."""
    records = [record for _, record in _run_records(runs_dir, warehouse)]
    return sorted(records, key=lambda r: r["started_at"], reverse=True)[:count]


def prune_run_dirs(runs_dir: Path, warehouse: Path, keep: int) -> int:
    """Remove this warehouse's run folders but the newest `keep`; returns how many went. Called
    after a publish, when every earlier record is in the published audit.runs."""
    mine = sorted((path.parent for path, _ in _run_records(runs_dir, warehouse)),
                  key=lambda folder: folder.name, reverse=True)
    for folder in mine[keep:]:
        shutil.rmtree(folder)
    return len(mine[keep:])
