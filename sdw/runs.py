"""A run's identity, its record (`runs/<run>/run.json`, then `audit.runs`) and how a stage is timed.

The record is written for every run, published or not; runs that did not publish are taken into
`audit.*` by the next candidate, so the warehouse keeps the whole history.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from sdw import quality, warehouse
from sdw.settings import RunSettings

T = TypeVar("T")


class StageFailed(RuntimeError):
    def __init__(self, stage: str, message: str):
        self.stage = stage
        super().__init__(f"{stage} failed: {message}")


@dataclass
class Run:
    settings: RunSettings
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


def start_run(settings: RunSettings, now: dt.datetime | None = None) -> Run:
    started = now or dt.datetime.now()
    run_id = f"{started:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    run = Run(settings, run_id, started)
    run.record = {"run_id": run_id, "started_at": started.isoformat(timespec="seconds"), "status": "running",
                  "source": " ".join(settings.sources), "warehouse": str(settings.warehouse), "published": False,
                  "failed_stage": None, "error": None, "stage_seconds": {}}
    return run


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
        message = str(error).replace(str(run.candidate), f"{run.candidate} (this run's copy of {run.settings.warehouse})")
        raise StageFailed(stage, f"{type(error).__name__}: {message}") from error
    finally:
        run.record["stage_seconds"][stage] = round(time.monotonic() - started, 2)


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


def record_interrupted(runs_dir: Path, run_id: str) -> None:
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


def load_unrecorded_runs(con: duckdb.DuckDBPyConnection, runs_dir: Path) -> None:
    """Runs that did not publish are kept as files; the next candidate takes them into audit.*"""
    known = {row[0] for row in con.execute("select run_id from audit.runs").fetchall()}
    for path in sorted(runs_dir.glob("*/run.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
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
                                          "meetings_total", "new_meetings")}}


def latest_runs(runs_dir: Path, count: int = 1) -> list[dict]:
    """The newest run records first."""
    records = [json.loads(p.read_text(encoding="utf-8")) for p in runs_dir.glob("*/run.json")]
    return sorted(records, key=lambda r: r["started_at"], reverse=True)[:count]
