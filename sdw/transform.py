"""Run `dbt build` on a warehouse file and summarize what happened.

dbt runs as a child process: its DuckDB connections and any lock it holds end with it (dbt's
in-process runner has been reported to keep ATTACHed files locked), and a killed run leaves
nothing behind in our process. The build runs in a warm process when the night started one
(sdw.warm: dbt imported while the stages before ran), else in a `dbt` command.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

from sdw.settings import DBT_PROJECT_DIR
from sdw.warm import WarmProcess

DBT_MODULES = ("dbt.cli.main", "dbt.adapters.duckdb")  # what a warm dbt process imports ahead

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


def _dbt(command: list[str], database: Path, target_dir: Path, warm: WarmProcess | None = None) -> tuple[int, str]:
    """dbt's exit code (0 passed, 1 a node failed, 2 dbt itself failed) and its output."""
    env = {"SDW_DBT_DATABASE": str(database), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    arguments = [*command, "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
                 "--target-path", str(target_dir), "--log-path", str(target_dir / "logs")]
    if warm is not None:
        return warm.call(invoke_dbt, arguments, env)
    completed = subprocess.run([str(Path(sys.executable).with_name("dbt")), *arguments], cwd=DBT_PROJECT_DIR,
                               env={**os.environ, **env}, capture_output=True, text=True)
    return completed.returncode, (completed.stdout or "") + (completed.stderr or "")


def invoke_dbt(arguments: list[str], env: dict[str, str]) -> tuple[int, str]:
    """`dbt ARGUMENTS` in this process, which must be a process of its own (a warm one), as the
    `dbt` command would run it: its exit code and its output."""
    from dbt.cli.main import dbtRunner

    os.environ.update(env)
    os.chdir(DBT_PROJECT_DIR)
    output = io.StringIO()
    with redirect_stdout(output), redirect_stderr(output):
        result = dbtRunner().invoke(arguments)
    return 0 if result.success else 2 if result.exception is not None else 1, output.getvalue()


# What a build of an unchanged project runs: the tables that read the warehouse's rows (sources)
# and every data test that does. The seeds, the views (their SQL is the project's), the models and
# tests that read only seeds, and the unit tests (inputs of their own) change only with the project.
NIGHTLY_SELECTION = ("source:*+,resource_type:test", "source:*+,config.materialized:table",
                     "source:*+,config.materialized:incremental")

PARTIAL_PARSE = "partial_parse.msgpack"  # dbt's saved parse of the project, in its target folder


def dbt_docs(database: Path, target_dir: Path, shown_as: str, state_dir: Path, fingerprint: str) -> Path | None:
    """dbt's documentation site as one static HTML file (models, columns, tests, lineage).

    It changes only with the dbt project: the page generated for this project `fingerprint` is kept
    in `state_dir` and copied into `target_dir` on later nights; dbt generates it (a second dbt
    start-up and a catalog of the warehouse) only when the project changed. dbt documents the file
    it built, the run's candidate; readers query the published warehouse, so the candidate's
    database name is written as `shown_as` (the warehouse's name)."""
    page = target_dir / DBT_DOCS_PAGE
    kept = state_dir / f"docs-{fingerprint}.html"
    if kept.exists():
        target_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(kept, page)
        return page
    _use_saved_parse(state_dir, target_dir)
    returncode, _ = _dbt(["docs", "generate", "--static"], database, target_dir)
    if returncode != 0 or not page.exists():
        return None
    candidate_name = database.stem.lstrip(".")  # DuckDB names a file's catalog after its stem
    page.write_text(page.read_text(encoding="utf-8").replace(candidate_name, shown_as), encoding="utf-8")
    for older in state_dir.glob("docs-*.html"):
        older.unlink()
    _keep(page, kept)
    return page


def dbt_build(database: Path, target_dir: Path, state_dir: Path, project_changed: bool = True,
              warm: WarmProcess | None = None, full_refresh: bool = True) -> DbtResult:
    """`dbt build` against `database`: every seed, model, data test and unit test when the dbt
    project changed since the build that made `database`; else NIGHTLY_SELECTION.

    The incremental models (int_events and what follows from it) add what the articles new since
    the last published build report (stg_new_articles) to what that build left, unless
    `full_refresh`: then every model is built from all the rows (`--full-refresh`), as a build must
    when the project changed or articles were extracted again.

    The seeds and the unit tests change only with the project: the seeds' tables are those the last
    build of this project loaded, and the unit tests check the models' logic on inputs they carry
    themselves; so do the views and the models and tests that read only seeds. The data tests of
    the warehouse's rows (those checking them against a seed too) read the night's rows.

    dbt parses the project only where it changed since the last build of this warehouse: its saved
    parse is copied in from `state_dir` and, once dbt has ended by itself (passed or failed), the
    one it wrote is kept there for the next night. A run killed before never touches the kept one.
    With `warm`, dbt runs in that process (see sdw.warm) instead of a `dbt` command."""
    _use_saved_parse(state_dir, target_dir)
    command = ["build"] if project_changed else ["build", "--select", *NIGHTLY_SELECTION,
                                                 "--exclude-resource-type", "unit_test"]
    if full_refresh:
        command.append("--full-refresh")
    returncode, output = _dbt(command, database, target_dir, warm)
    if returncode in (0, 1) and (target_dir / PARTIAL_PARSE).exists():  # dbt ended: passed or failed
        _keep(target_dir / PARTIAL_PARSE, state_dir / PARTIAL_PARSE)
    result = DbtResult(success=returncode == 0, output_tail="\n".join(output.splitlines()[-40:]))
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


def _use_saved_parse(state_dir: Path, target_dir: Path) -> None:
    target_dir.mkdir(parents=True, exist_ok=True)
    if (state_dir / PARTIAL_PARSE).exists():
        shutil.copyfile(state_dir / PARTIAL_PARSE, target_dir / PARTIAL_PARSE)


def _keep(source: Path, kept: Path) -> None:
    """Copy `source` to `kept` whole or not at all (a partial name, then a rename)."""
    kept.parent.mkdir(parents=True, exist_ok=True)
    partial = kept.with_name(kept.name + ".partial")
    shutil.copyfile(source, partial)
    os.replace(partial, kept)
