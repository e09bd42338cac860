"""Run `dbt build` on a warehouse file and summarize what happened.

dbt runs as a child process: its DuckDB connections and any lock it holds end with it (dbt's
in-process runner has been reported to keep ATTACHed files locked), and a killed run leaves
nothing behind in our process.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from sdw.settings import DBT_PROJECT_DIR

DBT_DOCS_PAGE = "static_index.html"  # `dbt docs generate --static`: the whole site in one file


@dataclass
class DbtResult:
    success: bool
    status_counts: dict[str, int] = field(default_factory=dict)
    failures: list[dict] = field(default_factory=list)  # unique_id, status, message
    elapsed_s: float = 0.0
    output_tail: str = ""


def project_fingerprint() -> str:
    """Changes whenever a model, seed, macro, test or setting of the dbt project changes."""
    digest = hashlib.sha256()
    for path in sorted(DBT_PROJECT_DIR.rglob("*")):
        relative = path.relative_to(DBT_PROJECT_DIR)
        if path.is_file() and relative.parts[0] in ("models", "seeds", "macros", "tests") or relative.name in (
                "dbt_project.yml", "profiles.yml"):
            digest.update(str(relative).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _dbt(command: list[str], database: Path, target_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SDW_DBT_DATABASE": str(database), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    arguments = [str(Path(sys.executable).with_name("dbt")), *command, "--project-dir", str(DBT_PROJECT_DIR),
                 "--profiles-dir", str(DBT_PROJECT_DIR), "--target-path", str(target_dir),
                 "--log-path", str(target_dir / "logs")]
    return subprocess.run(arguments, cwd=DBT_PROJECT_DIR, env=env, capture_output=True, text=True)


def dbt_docs(database: Path, target_dir: Path, shown_as: str) -> Path | None:
    """dbt's documentation site as one static HTML file (models, columns, tests, lineage).

    dbt documents the file it built, the run's candidate; readers query the published warehouse,
    so the candidate's database name is written as `shown_as` (the warehouse's name)."""
    completed = _dbt(["docs", "generate", "--static"], database, target_dir)
    page = target_dir / DBT_DOCS_PAGE
    if completed.returncode != 0 or not page.exists():
        return None
    candidate_name = database.stem.lstrip(".")  # DuckDB names a file's catalog after its stem
    page.write_text(page.read_text(encoding="utf-8").replace(candidate_name, shown_as), encoding="utf-8")
    return page


def dbt_build(database: Path, target_dir: Path) -> DbtResult:
    """`dbt build` (seeds, models, tests, unit tests) against `database`."""
    completed = _dbt(["build"], database, target_dir)
    output = (completed.stdout or "") + (completed.stderr or "")
    result = DbtResult(success=completed.returncode == 0, output_tail="\n".join(output.splitlines()[-40:]))
    results_file = target_dir / "run_results.json"
    if results_file.exists():
        report = json.loads(results_file.read_text(encoding="utf-8"))
        result.elapsed_s = round(report.get("elapsed_time", 0.0), 2)
        for node in report.get("results", []):
            status = str(node.get("status"))
            result.status_counts[status] = result.status_counts.get(status, 0) + 1
            if status in ("error", "fail", "runtime error"):
                result.failures.append({"unique_id": node.get("unique_id"), "status": status,
                                        "message": (node.get("message") or "").strip()[:500]})
    return result
