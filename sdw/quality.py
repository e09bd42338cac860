"""Quality gates: the Great Expectations suites in expectations/ run against a warehouse file.

Each suite file names the SQL it validates and a severity per expectation: `blocking` stops the
publish, `warning` is reported and publishes. DuckDB is not a GX SQL backend, so each query
result is validated as a pandas DataFrame (see NOTES: the pandas route is the reliable one). The
queries select the rows this run changed (`run_articles`, `run_rejections`: see `create_scope`),
the rows holding each checked column's extremes, and whole-table counts and shares, never a whole
mart.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import shutil
from dataclasses import asdict, dataclass, replace
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from sdw.settings import EXPECTATIONS_DIR

if TYPE_CHECKING:  # sdw.runs imports this module
    from sdw.runs import Checked

BLOCKING, WARNING = "blocking", "warning"
GATES_MODULE = "great_expectations"  # what a warm process for the gates imports ahead (sdw.warm)


@dataclass(frozen=True)
class CheckResult:
    suite: str
    expectation: str
    column_name: str | None
    severity: str
    success: bool
    observed_value: str
    details: str
    articles: str = ""  # the articles behind the offending rows, by source name


    def as_row(self, run_id: str, checked_at: dt.datetime) -> dict:
        return {"run_id": run_id, "checked_at": checked_at, **self.__dict__}


class QualityGateFailed(RuntimeError):
    stage = "quality"

    def __init__(self, failures: list[CheckResult], checked: Checked | None = None):
        self.failures = failures
        self.checked = checked  # every result, so the failed run's record keeps them
        lines = [f"{f.suite}: {f.expectation}({f.column_name or 'table'}) failed; observed {f.observed_value}"
                 + (f"; offending values {f.details}" if f.details else "")
                 + (f"; articles {f.articles}" if f.articles else "") for f in failures]
        super().__init__("blocking quality gate failed:\n  " + "\n  ".join(lines))


def load_suites(directory: Path | None = None) -> list[dict]:
    suites = []
    for path in sorted((directory or EXPECTATIONS_DIR).glob("*.json")):
        suite = json.loads(path.read_text(encoding="utf-8"))
        for expectation in suite["expectations"]:
            expectation["kwargs"] = {key: _as_bound(key, value) for key, value in expectation["kwargs"].items()}
            severity = expectation.setdefault("meta", {}).setdefault("severity", BLOCKING)
            if severity not in (BLOCKING, WARNING):
                raise ValueError(f"{path.name}: severity must be blocking or warning, not {severity!r}")
        suites.append(suite)
    return suites


def _as_bound(key: str, value):
    """JSON has no dates: ISO bounds become datetimes, which GX compares with datetime64 columns."""
    if key in ("min_value", "max_value") and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value


def suite_parameters(run_date: dt.date) -> dict:
    """Values the suites refer to as {"$PARAMETER": name}."""
    # GX compares DATE columns read through pandas as datetime64: bounds must be datetimes.
    return {"run_date": dt.datetime.combine(run_date, dt.time.max)}


@dataclass(frozen=True)
class RunScope:
    """The rows a night changed, which the suites' row checks read: the articles this run stored or
    re-extracted and the entries it quarantined, or every row (`everything`) when the whole
    warehouse was rebuilt another way (a first build, a changed dbt project or seed)."""

    run_id: str
    started_at: dt.datetime
    everything: bool = False
    # None of the rows: what a later night that stores, quarantines and extracts nothing reads.
    nothing: bool = False


def create_scope(con: duckdb.DuckDBPyConnection, scope: RunScope) -> None:
    """The temporary tables the suites' queries name: `run_articles(article_id)` and
    `run_rejections(rejection_id)` (a read-only connection may create them: they live in memory)."""
    parameters = {"everything": scope.everything, "run_id": scope.run_id, "nothing": scope.nothing}
    con.execute("""create or replace temp table run_articles as
                   select article_id from raw.articles where not $nothing and ($everything or run_id = $run_id)
                   union select article_id from extracted.articles where not $nothing and extracted_at = $started_at""",
                {**parameters, "started_at": scope.started_at})
    con.execute("""create or replace temp table run_rejections as
                   select rejection_id from raw.rejected_articles
                   where not $nothing and ($everything or run_id = $run_id)""", parameters)


def gates_key(con: duckdb.DuckDBPyConnection, scope: RunScope, suites: list[dict]) -> str:
    """What the suites' results follow from, but for the run date: the suites, this module and
    GX's version, the rows each suite's query returns for `scope` (their count and the sum of
    their hashes: every value), and the articles and meetings that name offending rows."""
    create_scope(con, scope)
    digest = hashlib.sha256(json.dumps(suites, sort_keys=True, default=str).encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(version("great_expectations").encode())
    figures = [f"select count(*), sum(hash(q)) from ({suite['query']}) as q" for suite in suites]
    figures += ["select count(*), sum(hash(article_id, source_name)) from raw.articles",
                "select count(*), sum(hash(meeting_id, article_id)) from marts.bridge_meeting_articles"]
    for sql in figures:
        try:
            digest.update(repr(con.execute(sql).fetchone()).encode())
        except duckdb.Error as error:  # a warehouse without those tables: the suites would find the same
            digest.update(str(error).encode())
    return digest.hexdigest()[:32]


def same_on(run_date: dt.date, checked_on: dt.date, suites: list[dict], results: list[CheckResult]) -> bool:
    """Whether results found on `checked_on` are the suites' results on `run_date` too: the same
    day, or a later one when the run date bounds only maxima and every check it bounds passed
    (every value was at most the earlier date, so at most the later one)."""
    if run_date == checked_on:
        return True
    bounded = set()
    for suite in suites:
        for spec in suite["expectations"]:
            uses = [key for key, value in spec["kwargs"].items() if isinstance(value, dict) and "$PARAMETER" in value]
            if any(key != "max_value" for key in uses):
                return False
            if uses:
                bounded.add((suite["name"], spec["type"], spec["kwargs"].get("column")))
    return run_date > checked_on and all(result.success for result in results
                                         if (result.suite, result.expectation, result.column_name) in bounded)


def kept_results(database: Path, run_date: dt.date, scope: RunScope, suites: list[dict],
                 memo_dir: Path) -> tuple[list[CheckResult], Path] | None:
    """The results (and Data Docs folder) of an earlier validation of the very rows `scope` selects
    in `database`, which `run_gates` kept in `memo_dir`, when they hold on `run_date`; else None."""
    con = duckdb.connect(str(database), read_only=True)
    try:
        key = gates_key(con, scope, suites)
    finally:
        con.close()
    try:
        memo = json.loads((memo_dir / key / MEMO_FILE).read_text(encoding="utf-8"))
        results = [CheckResult(**result) for result in memo["results"]]
    except (OSError, ValueError, TypeError, KeyError):  # none kept, or not readable: the suites run
        return None
    if not same_on(run_date, dt.date.fromisoformat(memo["run_date"]), suites, results):
        return None
    return results, memo_dir / key / "gx-docs"


MEMO_FILE = "results.json"


def run_gates(database: Path, run_date: dt.date, scope: RunScope, suites: list[dict], docs_dir: Path,
              memo_dir: Path) -> list[CheckResult]:
    """`run_suites` for `scope`; then, GX being loaded, the suites once more on the rows a night
    with nothing new would read (a few rows: each range's extremes and the whole-table figures),
    both kept in `memo_dir` by their `gates_key` for `kept_results`. Older entries are removed."""
    results = run_suites(database, run_date, scope, suites, docs_dir)
    try:
        kept = [_keep_results(database, run_date, scope, suites, results, docs_dir, memo_dir)]
        if not scope.nothing:
            nothing_new = replace(scope, everything=False, nothing=True)
            staging = memo_dir / f".docs.{os.getpid()}.part"
            shutil.rmtree(staging, ignore_errors=True)
            empty = run_suites(database, run_date, nothing_new, suites, staging)
            kept.append(_keep_results(database, run_date, nothing_new, suites, empty, staging, memo_dir))
            shutil.rmtree(staging, ignore_errors=True)
        for entry in memo_dir.iterdir():
            if entry.name not in kept:
                shutil.rmtree(entry, ignore_errors=True)
    except OSError as error:  # a cache that cannot be written costs later nights their shortcut, not this one
        logging.getLogger(__name__).warning("gate results not kept in %s: %s", memo_dir, error)
    return results


def _keep_results(database: Path, run_date: dt.date, scope: RunScope, suites: list[dict],
                  results: list[CheckResult], docs_dir: Path, memo_dir: Path) -> str:
    """Keep the results and their Data Docs under their key, whole or not at all; returns the key."""
    con = duckdb.connect(str(database), read_only=True)
    try:
        key = gates_key(con, scope, suites)
    finally:
        con.close()
    partial = memo_dir / f".{key}.{os.getpid()}.part"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    if docs_dir.exists():
        shutil.copytree(docs_dir, partial / "gx-docs")
    (partial / MEMO_FILE).write_text(json.dumps({"run_date": run_date.isoformat(),
                                                  "results": [asdict(r) for r in results]}), encoding="utf-8")
    shutil.rmtree(memo_dir / key, ignore_errors=True)
    os.replace(partial, memo_dir / key)
    return key


def run_suites(database: Path, run_date: dt.date, scope: RunScope, suites: list[dict] | None = None,
               docs_dir: Path | None = None) -> list[CheckResult]:
    """Validate every suite against the warehouse file, read-only; build Data Docs into docs_dir.

    A suite's query reads this run's rows (`scope`) and a few whole-table figures, so what GX
    loads follows what is new, not the size of the warehouse."""
    import great_expectations as gx  # slow import (~5 s): only when the gates run
    from great_expectations.core import ExpectationSuite
    from great_expectations.data_context.types.base import ProgressBarsConfig
    from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    suites = suites if suites is not None else load_suites()
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    if docs_dir is not None:
        context.add_data_docs_site(site_name="run", site_config={
            "class_name": "SiteBuilder", "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)}})
    validated: list = []  # the stored results and suites, for one build of the Data Docs at the end (a build per suite
    # rendered the whole site again each time)
    source = context.data_sources.add_pandas("warehouse")
    results: list[CheckResult] = []
    con = duckdb.connect(str(database), read_only=True)
    try:
        create_scope(con, scope)
        parameters = suite_parameters(run_date)
        for suite_spec in suites:
            frame = con.execute(suite_spec["query"]).df()
            batch = source.add_dataframe_asset(suite_spec["name"]).add_batch_definition_whole_dataframe("all")
            suite = ExpectationSuite(name=suite_spec["name"])
            for spec in suite_spec["expectations"]:
                suite.add_expectation_configuration(ExpectationConfiguration(
                    type=spec["type"], kwargs=spec["kwargs"], meta=spec["meta"]))
            suite = context.suites.add(suite)
            validation = context.validation_definitions.add(
                gx.ValidationDefinition(name=f"{suite_spec['name']}-validation", data=batch, suite=suite))
            # COMPLETE: a failure lists its offending rows, so the articles behind them can be named.
            checkpoint = context.checkpoints.add(gx.Checkpoint(
                name=f"{suite_spec['name']}-checkpoint", validation_definitions=[validation],
                result_format="COMPLETE"))
            outcome = checkpoint.run(batch_parameters={"dataframe": frame}, expectation_parameters=parameters)
            validated.extend([*outcome.run_results, ExpectationSuiteIdentifier(name=suite.name)])
            for suite_result in outcome.run_results.values():
                for item in suite_result.results:
                    check = _check_result(suite_spec["name"], item)
                    if not check.success:
                        rows = (item.result or {}).get("unexpected_index_list") or []
                        check = replace(
                            check, articles=articles_behind(con, frame.loc[[r for r in rows if r in frame.index]])
                        )
                    results.append(check)
    finally:
        con.close()
    if docs_dir is not None:
        context.build_data_docs(site_names=["run"], resource_identifiers=validated)
    return results


def _check_result(suite: str, item) -> CheckResult:
    config = item.expectation_config
    result = item.result or {}
    observed = result.get("observed_value")
    if observed is None and "unexpected_count" in result:
        observed = f"{result['unexpected_count']} unexpected of {result.get('element_count')}"
    unexpected = result.get("partial_unexpected_list") or []
    if item.exception_info and item.exception_info.get("raised_exception"):
        observed = f"error: {item.exception_info.get('exception_message')}"
    column = config.kwargs.get("column") or (
        f"{config.kwargs['column_A']},{config.kwargs['column_B']}" if "column_A" in config.kwargs else None)
    return CheckResult(suite, config.type, column, config.meta.get("severity", BLOCKING), bool(item.success),
                       str(observed), ", ".join(map(str, unexpected[:10])))


ARTICLES_NAMED = 10  # enough to find the files, short enough for a message


def articles_behind(con: duckdb.DuckDBPyConnection, rows) -> str:
    """Source names of the articles behind some rows of a suite's query (by source_name,
    article_id or meeting_id, whichever the rows have)."""
    if rows.empty:
        return ""
    if "source_name" in rows.columns:
        # A whole-table row (counts, shares) has no article: it names none.
        names = sorted(set(rows["source_name"].dropna().astype(str)))
    else:
        key = next((k for k in ("article_id", "meeting_id") if k in rows.columns), None)
        if key is None:
            return ""
        con.register("offending_rows", rows[[key]].drop_duplicates())
        try:
            via = ("join offending_rows o using (article_id)" if key == "article_id" else
                   "join marts.bridge_meeting_articles b using (article_id) join offending_rows o using (meeting_id)")
            names = [
                r[0]
                for r in con.execute(f"select distinct a.source_name from raw.articles a {via} order by 1").fetchall()
            ]
        except duckdb.Error:  # a warehouse without those tables: the gate's own result still stands
            return ""
        finally:
            con.unregister("offending_rows")
    more = len(names) - ARTICLES_NAMED
    return ", ".join(names[:ARTICLES_NAMED]) + (f" and {more} more" if more > 0 else "")


def blocking_failures(results: list[CheckResult]) -> list[CheckResult]:
    return [r for r in results if not r.success and r.severity == BLOCKING]
