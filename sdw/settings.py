"""The project's paths and every `SDW_*` setting, read from the environment here and nowhere else.

A setting is read when a command starts (`RunSettings.from_env`, `QueryLimits.from_env`, ...), so
tests and callers can also build the dataclasses directly.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
SEEDS_DIR = DBT_PROJECT_DIR / "seeds"  # reference data, read by dbt and the extractor alike
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
DEFAULT_SOURCE = PROJECT_ROOT / "seeds"
DEFAULT_WAREHOUSE = PROJECT_ROOT / "warehouse" / "diplomacy.duckdb"
DEFAULT_PREFECT_HOME = PROJECT_ROOT / ".prefect"

DEFAULT_MAX_ARTICLE_BYTES = 2_000_000
DEFAULT_QUARANTINE_MAX_BYTES = 5_000_000  # a quarantine copy keeps at most this head of the file
DEFAULT_QUERY_TIMEOUT_S = 60.0
DEFAULT_QUERY_MEMORY = "2GB"
DEFAULT_HTTP_TIMEOUT_S = 20.0
DEFAULT_PREFECT_PORT = 4200
DEFAULT_DOCS_PORT = 4210
DEFAULT_KEEP_RUNS = 30  # run folders (record, dbt and GX docs: 4-15 MB each) kept beside the warehouse
EXECUTORS = ("process", "dask")  # SDW_EXECUTOR: a process pool on this machine, or a Dask cluster
# Fault-injection seam: the crash tests set this to a pause point, wait for its marker file,
# and SIGKILL the real run there. Unset in normal use.
PAUSE_AT_ENV = "SDW_PAUSE_AT"


def _env(name: str) -> str | None:
    """An unset or empty variable means the default."""
    return os.environ.get(name) or None


@dataclass(frozen=True)
class RunSettings:
    """What one `sdw run` reads and where it writes."""

    sources: tuple[str, ...]  # folders and URLs (feeds or article pages)
    warehouse: Path
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
    quarantine_max_bytes: int = DEFAULT_QUARANTINE_MAX_BYTES
    lock_wait_s: float = 0.0
    workers: int = os.cpu_count() or 1
    pause_at: str | None = None
    keep_runs: int = DEFAULT_KEEP_RUNS
    executor: str = "process"  # process: a pool of `workers` processes; dask: a Dask cluster (see dask_address)
    dask_address: str | None = None  # a running Dask scheduler; None with executor dask: a local cluster
    prefilter: bool = False  # drop articles that name neither the principal nor a count before extraction

    @classmethod
    def from_env(cls, sources: list[str] | str | None = None, warehouse_path: str | None = None) -> RunSettings:
        """Arguments (`--source`, `--warehouse`) win over `SDW_SOURCE` and `SDW_WAREHOUSE`."""
        if isinstance(sources, str):
            sources = [sources]
        return cls(
            sources=tuple(sources or [_env("SDW_SOURCE") or str(DEFAULT_SOURCE)]),
            warehouse=warehouse_path_from_env(warehouse_path),
            max_article_bytes=int(_env("SDW_MAX_ARTICLE_BYTES") or DEFAULT_MAX_ARTICLE_BYTES),
            quarantine_max_bytes=int(_env("SDW_QUARANTINE_MAX_BYTES") or DEFAULT_QUARANTINE_MAX_BYTES),
            lock_wait_s=float(_env("SDW_LOCK_WAIT_SECONDS") or 0),
            workers=int(_env("SDW_WORKERS") or os.cpu_count() or 1),
            pause_at=_env(PAUSE_AT_ENV),
            keep_runs=keep_runs_from_env(),
            executor=executor_from_env(),
            dask_address=_env("SDW_DASK_ADDRESS"),
            prefilter=_switch("SDW_PREFILTER"),
        )

    @property
    def home(self) -> Path:
        """The warehouse's folder: run records, quarantine, spool and lock live beside it."""
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

    @property
    def dbt_state_dir(self) -> Path:
        """What dbt keeps from night to night for this warehouse: its parsed project
        (`partial_parse.msgpack`) and the docs page of the current project version. Written only by
        a dbt run that ended, so a killed night leaves the previous state."""
        return self.home / ".dbt-state" / self.warehouse.name

    @property
    def cache_dir(self) -> Path:
        """What a run may rebuild but need not: the HTML report's Vega script, per vl-convert version."""
        return self.home / ".sdw-cache"

    @property
    def gates_memo_dir(self) -> Path:
        """This warehouse's latest gate results by what they follow from (sdw.quality.kept_results)."""
        return self.cache_dir / self.warehouse.name / "gates"

    @property
    def report_dir(self) -> Path:
        """The analysts' HTML report (`index.html`), rewritten by every published run."""
        return self.home / "report"


def executor_from_env() -> str:
    """`SDW_EXECUTOR` (process or dask); a scheduler named by `SDW_DASK_ADDRESS` means dask."""
    executor = (_env("SDW_EXECUTOR") or ("dask" if _env("SDW_DASK_ADDRESS") else "process")).lower()
    if executor not in EXECUTORS:
        raise ValueError(f"SDW_EXECUTOR must be one of {', '.join(EXECUTORS)}, not {executor!r}")
    if executor != "dask" and _env("SDW_DASK_ADDRESS"):
        raise ValueError(f"SDW_DASK_ADDRESS names a Dask scheduler but SDW_EXECUTOR is {executor!r}: "
                         "unset one of them")
    return executor


def _switch(name: str) -> bool:
    """An on/off setting: on, true, yes or 1; off, false, no, 0 or unset."""
    value = (_env(name) or "off").lower()
    if value not in ("on", "true", "yes", "1", "off", "false", "no", "0"):
        raise ValueError(f"{name} must be on or off, not {value!r}")
    return value in ("on", "true", "yes", "1")


def warehouse_path_from_env(warehouse_path: str | None = None) -> Path:
    """The published file: `--warehouse`, else `SDW_WAREHOUSE`, else warehouse/diplomacy.duckdb."""
    return Path(warehouse_path or _env("SDW_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve()


@dataclass(frozen=True)
class QueryLimits:
    """Bounds of `sdw query` and `sdw export`."""

    timeout_s: float = DEFAULT_QUERY_TIMEOUT_S
    memory: str = DEFAULT_QUERY_MEMORY

    @classmethod
    def from_env(cls) -> QueryLimits:
        return cls(timeout_s=float(_env("SDW_QUERY_TIMEOUT_SECONDS") or DEFAULT_QUERY_TIMEOUT_S),
                   memory=_env("SDW_QUERY_MEMORY") or DEFAULT_QUERY_MEMORY)


def http_timeout_seconds() -> float:
    """Read timeout of a web fetch (`SDW_HTTP_TIMEOUT_SECONDS`)."""
    return float(_env("SDW_HTTP_TIMEOUT_SECONDS") or DEFAULT_HTTP_TIMEOUT_S)


def prefect_port() -> int:
    """Port of `sdw server`, and where `sdw run` and `sdw serve` look for it (`SDW_PREFECT_PORT`)."""
    return int(_env("SDW_PREFECT_PORT") or DEFAULT_PREFECT_PORT)


def docs_port() -> int:
    """Port of `sdw docs`, which the run summary's links point at (`SDW_DOCS_PORT`)."""
    return int(_env("SDW_DOCS_PORT") or DEFAULT_DOCS_PORT)


def alert_webhook() -> str | None:
    """Where `sdw serve`'s alerts are sent (`SDW_ALERT_WEBHOOK`); unset: no alerts."""
    return _env("SDW_ALERT_WEBHOOK")


def keep_runs_from_env() -> int:
    """How many run folders a published run keeps (`SDW_KEEP_RUNS`); audit.runs keeps every run."""
    return max(1, int(_env("SDW_KEEP_RUNS") or DEFAULT_KEEP_RUNS))
