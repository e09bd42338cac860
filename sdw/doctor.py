"""`sdw doctor`: what an operator checks first, each line a finding marked ok, warn or fail.

Python and package versions, the Prefect server and the `nightly` deployment (asked over
Prefect's REST API, so this imports no Prefect), the age of the last published run, the disk
use of the warehouse folder, and the quarantine.
"""
from __future__ import annotations

import datetime as dt
import json
import platform
import urllib.error
import urllib.request
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import duckdb

from sdw.runs import latest_runs

PACKAGES = ("prefect", "prefect-dask", "distributed", "pyarrow", "dbt-core", "dbt-duckdb", "great_expectations",
            "duckdb", "pandas", "altair", "vl-convert-python", "trafilatura")
STALE_AFTER = dt.timedelta(hours=26)  # a nightly schedule plus slack, as the alert uses
DEPLOYMENT = "nightly/nightly"


@dataclass(frozen=True)
class Finding:
    subject: str
    status: str  # ok, warn or fail
    detail: str


def versions() -> list[Finding]:
    findings = [Finding("python", "ok", platform.python_version())]
    for package in PACKAGES:
        try:
            findings.append(Finding(package, "ok", metadata.version(package)))
        except metadata.PackageNotFoundError:
            findings.append(Finding(package, "fail", "not installed (make install)"))
    return findings


def _api(api_url: str, path: str, body: dict | None = None) -> Any:
    request = urllib.request.Request(f"{api_url}{path}", data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json"}, method="POST" if body else "GET")
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.loads(response.read())


def prefect_state(api_url: str | None) -> list[Finding]:
    """The server's health, the nightly deployment's schedule, and its latest flow run."""
    if not api_url:
        return [Finding("prefect server", "fail", "none answers: start one with `sdw server`, or set PREFECT_API_URL")]
    try:
        _api(api_url, "/health")
    except (OSError, ValueError) as error:
        return [Finding("prefect server", "fail", f"{api_url} does not answer ({error})")]
    findings = [Finding("prefect server", "ok", api_url)]
    try:
        deployment = _api(api_url, f"/deployments/name/{DEPLOYMENT}")
    except urllib.error.HTTPError as error:
        detail = "is not registered: run `sdw serve`" if error.code == 404 else f"cannot be read ({error})"
        return [*findings, Finding("deployment", "fail", f"{DEPLOYMENT} {detail}")]
    schedules = ", ".join(f"{s['schedule'].get('cron')} {s['schedule'].get('timezone')}"
                          + ("" if s.get("active", True) else " (inactive)") for s in deployment.get("schedules", []))
    paused = deployment.get("paused")
    findings.append(Finding("deployment", "warn" if paused or not schedules else "ok",
                            f"{DEPLOYMENT}: {schedules or 'no schedule'}{', paused' if paused else ''}; "
                            f"parameters {json.dumps(deployment.get('parameters', {}))}"))
    # The latest run that has started (the next night is already there, Scheduled).
    runs = _api(api_url, "/flow_runs/filter", {"deployments": {"id": {"any_": [deployment["id"]]}},
                                                "flow_runs": {"state": {"type": {"not_any_": ["SCHEDULED"]}}},
                                                "sort": "EXPECTED_START_TIME_DESC", "limit": 1})
    if runs:
        last = runs[0]
        state = (last.get("state") or {}).get("name", "unknown")
        healthy = state in ("Completed", "Running", "Pending")
        findings.append(Finding("last deployment run", "ok" if healthy else "warn",
                                f"{last['name']}: {state}, expected {last.get('expected_start_time')}"))
    else:
        findings.append(Finding("last deployment run", "warn", "none yet"))
    return findings


def last_publish(runs_dir: Path, warehouse: Path, now: dt.datetime) -> Finding:
    published = [r for r in latest_runs(runs_dir, 1000, warehouse) if r.get("published")]
    if not published:
        return Finding("last published run", "fail", f"none recorded beside {warehouse}: run `sdw run`")
    latest = published[0]
    finished = dt.datetime.fromisoformat(latest.get("finished_at") or latest["started_at"])
    age = now - finished
    hours = age.total_seconds() / 3600
    return Finding("last published run", "warn" if age > STALE_AFTER else "ok",
                   f"{latest['run_id']}, {hours:.1f} h ago ({finished:%Y-%m-%d %H:%M})")


def disk_use(home: Path) -> list[Finding]:
    """Bytes under the warehouse folder, and its parts (the file, run folders, quarantine, spool, report)."""
    def size(path: Path) -> int:
        if path.is_file():
            return path.stat().st_size
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())

    parts = {name: size(home / name) for name in ("runs", "quarantine", "spool", "report") if (home / name).exists()}
    detail = ", ".join(f"{name} {_megabytes(used)}" for name, used in parts.items())
    return [Finding("disk use", "ok", f"{home}: {_megabytes(size(home))}" + (f" ({detail})" if detail else ""))]


def quarantine(warehouse: Path) -> Finding:
    """Files the published warehouse holds as rejected, by reason; `unreadable` ones are retried
    every night and wait for someone to fix their permissions."""
    if not warehouse.exists():
        return Finding("quarantine", "warn", f"no published warehouse at {warehouse}")
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.Error as error:
        return Finding("quarantine", "fail", f"{warehouse} does not open: {str(error).splitlines()[0]}")
    try:
        reasons = con.execute("select reason, count(*) from raw.rejected_articles group by 1 order by 2 desc, 1")\
            .fetchall()
    finally:
        con.close()
    pending = dict(reasons).get("unreadable", 0)
    detail = ", ".join(f"{reason} {count}" for reason, count in reasons) or "empty"
    return Finding("quarantine", "warn" if pending else "ok",
                   detail + (f"; {pending} unreadable file(s) retried every night" if pending else ""))


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def render(findings: list[Finding]) -> str:
    return "\n".join(f"{f.status:<4}  {f.subject:<19}  {f.detail}" for f in findings)
