"""`sdw`: run the nightly pipeline, serve its schedule, query the warehouse, read the reports."""
from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path
from typing import cast
from uuid import UUID

from sdw import settings

CRON, TIME_ZONE = "0 2 * * *", "Africa/Casablanca"


def _local_server_url() -> str:
    return f"http://127.0.0.1:{settings.prefect_port()}/api"


def _prefect_environment() -> None:
    """Project-local Prefect state and no telemetry; the local server (`sdw server`) when it is up."""
    from sdw.prefect_server import is_healthy

    os.environ.setdefault("PREFECT_HOME", str(settings.DEFAULT_PREFECT_HOME))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    # Without a server, each run starts Prefect's ephemeral API; its 20 s default timed out under
    # load and failed the night before any work.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    if "PREFECT_API_URL" not in os.environ and is_healthy(_local_server_url()):
        os.environ["PREFECT_API_URL"] = _local_server_url()


def _stop_on_signal(signum, _frame) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


def _stop_on_termination() -> None:
    """SIGTERM and SIGHUP (a service manager, a closed terminal) stop the command as Ctrl-C does."""
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _stop_on_signal)


def cmd_server(_args: argparse.Namespace) -> int:
    from sdw.prefect_server import start_server, stop_server

    _prefect_environment()
    if os.environ.get("PREFECT_API_URL"):
        print(f"sdw server: a Prefect server already answers at {os.environ['PREFECT_API_URL']}", file=sys.stderr)
        return 2
    home = Path(os.environ["PREFECT_HOME"])
    port = settings.prefect_port()
    # SIGTERM and SIGHUP stop the server like Ctrl-C: it runs in its own session, so a signal to
    # this process alone would otherwise leave it holding the port.
    _stop_on_termination()
    try:
        server, url = start_server(home / "server", port, ui=True, log_file=home / "server.log")
    except KeyboardInterrupt:
        return 0
    print(f"Prefect UI: http://127.0.0.1:{port}  (API {url}, log {home / 'server.log'})\n"
          f"`sdw run` and `sdw serve` report to it while it runs. Ctrl-C stops it.", flush=True)
    try:
        return server.wait()
    except KeyboardInterrupt:
        stop_server(server)
        return 0


def _orchestration() -> None:
    """Make the checkout's top-level flows/ importable: it is the project's orchestration folder,
    not an installed package (a site-wide package named 'flows' would collide with others)."""
    root = str(settings.PROJECT_ROOT)
    if root not in sys.path:
        sys.path.insert(0, root)


def cmd_run(args: argparse.Namespace) -> int:
    from sdw.transform import DBT_MODULES
    from sdw.warm import start_early

    _prefect_environment()
    # dbt's import (about 2 s) runs on the other core while this process imports Prefect and the
    # run ingests, not beside extraction's workers; the flow ends it unused if the night does not build.
    start_early(*DBT_MODULES)
    _orchestration()
    from flows.nightly import nightly
    from sdw.lock import RunLocked

    # SIGTERM and SIGHUP end the run as Ctrl-C does: the flow unwinds (its lock, its candidate file) and the
    # interpreter's exit stops Prefect's ephemeral API, which a default SIGTERM death leaves running.
    _stop_on_termination()
    try:
        record = nightly(source=args.source, warehouse=args.warehouse)
    except RunLocked as error:
        print(f"sdw run: {error}", file=sys.stderr)
        return 3
    except KeyboardInterrupt as stop:
        print(f"sdw run: stopped by {stop or 'SIGINT'}: not published", file=sys.stderr)
        return 1
    except Exception as error:  # the run record and the report say the rest
        print(f"sdw run: not published: {error}", file=sys.stderr)
        return 1
    counts = record.get("counts", {})
    print(f"published {record['warehouse']}: {counts.get('meetings_total')} meetings "
          f"({counts.get('new_meetings')} new), {counts.get('ingested')} new articles, "
          f"{counts.get('quarantined')} quarantined; run {record['run_id']}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    _prefect_environment()
    if not os.environ.get("PREFECT_API_URL"):
        print("sdw serve: no Prefect server found; start one with `sdw server` (or `make ui`), "
              "or set PREFECT_API_URL", file=sys.stderr)
        return 2
    from prefect import serve
    from prefect.deployments.runner import RunnerDeployment
    from prefect.schedules import Cron

    _orchestration()
    from flows.alerts import ensure_alerts
    from flows.nightly import nightly

    run_settings = settings.RunSettings.from_env(args.source, args.warehouse)
    # Deployment parameters: shown in the UI, and each can be overridden for one run.
    parameters = {"source": list(run_settings.sources), "warehouse": str(run_settings.warehouse)}
    # Called from sync code, Prefect's dual sync/async methods return their values (typed as either).
    deployment = cast(RunnerDeployment, nightly.to_deployment(
        name="nightly", schedules=[Cron(CRON, timezone=TIME_ZONE)], parameters=parameters))
    alerts = ensure_alerts(settings.alert_webhook(), cast(UUID, deployment.apply()))
    print(f"sdw serve: nightly ({CRON}, {TIME_ZONE}) on {parameters['warehouse']} "
          f"from {' '.join(parameters['source'])}; "
          + (f"alerts: {', '.join(alerts)}" if alerts else "no alerts (set SDW_ALERT_WEBHOOK to a webhook URL)"),
          flush=True)
    serve(deployment)
    return 0


def cmd_docs(args: argparse.Namespace) -> int:
    from sdw.docs_server import docs_base_url, make_server

    home = settings.warehouse_path_from_env(args.warehouse).parent
    port = settings.docs_port()
    try:
        server = make_server(home, port)
    except OSError as error:
        print(f"sdw docs: cannot listen on 127.0.0.1:{port} ({error.strerror}); set SDW_DOCS_PORT", file=sys.stderr)
        return 2
    _stop_on_termination()
    print(f"sdw docs: {docs_base_url(port)}/ serves the meetings report and each run's dbt docs and GX Data Docs "
          f"from {home}. Ctrl-C stops it.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    import datetime as dt

    from sdw import doctor

    _prefect_environment()  # finds the local server as `sdw run` would
    run_settings = settings.RunSettings.from_env(warehouse_path=args.warehouse)
    findings = [*doctor.versions(), *doctor.prefect_state(os.environ.get("PREFECT_API_URL")),
                doctor.last_publish(run_settings.runs_dir, run_settings.warehouse, dt.datetime.now()),
                *doctor.disk_use(run_settings.home), doctor.quarantine(run_settings.warehouse)]
    print(doctor.render(findings))
    return 1 if any(finding.status == "fail" for finding in findings) else 0


def cmd_query(args: argparse.Namespace) -> int:
    from sdw.query import QueryRefused, open_query
    from sdw.query_output import write_result

    try:
        with open_query(settings.warehouse_path_from_env(args.warehouse), args.sql,
                        settings.QueryLimits.from_env()) as cursor:
            written, cut = write_result(cursor, args.format, sys.stdout, args.max_rows)
    except QueryRefused as error:
        print(f"sdw query: {error}", file=sys.stderr)
        return 2
    if cut:
        print(f"sdw query: result cut at {written} rows (--max-rows {args.max_rows or written}); the query returned "
              f"more. Raise --max-rows, or use `sdw export sql` for the whole result", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """`sdw export` (the meetings and their codebook) and `sdw export sql` (one query's result)."""
    from sdw.meetings_export import export_meetings
    from sdw.query import QueryRefused, export_query

    warehouse, limits = settings.warehouse_path_from_env(args.warehouse), settings.QueryLimits.from_env()
    try:
        if args.export_kind == "sql":
            out = Path(args.out)
            rows = export_query(warehouse, args.sql, out, args.format, limits)
            written = f"wrote {rows} rows to {out.resolve()} ({args.format})"
        else:
            out = Path(args.out or f"meetings.{args.format}")
            rows, codebook = export_meetings(warehouse, out, args.format, limits)
            written = f"wrote {rows} meetings to {out.resolve()} ({args.format}) and its codebook to {codebook}"
    except QueryRefused as error:
        print(f"sdw export: {error}", file=sys.stderr)
        return 2
    print(written)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from sdw.reports import terminal_report
    from sdw.runs import latest_runs

    if args.runs < 1:
        print("sdw report: --runs must be 1 or more (how many runs to list)", file=sys.stderr)
        return 2
    run_settings = settings.RunSettings.from_env(warehouse_path=args.warehouse)
    records = latest_runs(run_settings.runs_dir, args.runs, run_settings.warehouse)
    if not records and not run_settings.warehouse.exists():
        print(f"sdw report: no warehouse at {run_settings.warehouse} and no run recorded for it "
              "(check --warehouse or SDW_WAREHOUSE)", file=sys.stderr)
        return 2
    print(terminal_report(records, run_settings.keep_runs))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sdw", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="one nightly run now; exit 0 only when it published")
    run.add_argument("--source", action="append",
                     help="article folder, RSS/Atom feed URL or article page URL; repeat for several "
                          "(default: seeds/, or $SDW_SOURCE)")
    run.add_argument("--warehouse", help="DuckDB file (default: warehouse/diplomacy.duckdb, or $SDW_WAREHOUSE)")
    run.set_defaults(handler=cmd_run)
    server = commands.add_parser(
        "server", help="start the local Prefect server and UI on 127.0.0.1 (port $SDW_PREFECT_PORT, 4200)"
    )
    server.set_defaults(handler=cmd_server)
    serve = commands.add_parser("serve", help=f"serve the nightly deployment ({CRON}, {TIME_ZONE}); runs fire while "
                                              "this process lives")
    serve.add_argument("--source", action="append",
                       help="the deployment's default source (repeat for several; default: seeds/, or $SDW_SOURCE)")
    serve.add_argument("--warehouse", help="the deployment's default warehouse (default: warehouse/diplomacy.duckdb, "
                                           "or $SDW_WAREHOUSE)")
    serve.set_defaults(handler=cmd_serve)
    docs = commands.add_parser("docs", help="serve the meetings report and each run's dbt docs and GX Data Docs on "
                                            "http://127.0.0.1 (port $SDW_DOCS_PORT, 4210)")
    docs.add_argument("--warehouse",
                      help="whose folder to serve (default: warehouse/diplomacy.duckdb, or $SDW_WAREHOUSE)")
    docs.set_defaults(handler=cmd_docs)
    doctor = commands.add_parser("doctor", help="versions, the Prefect server and deployment, the last published "
                                                "run's age, disk use and quarantine (exit 1 when something fails)")
    doctor.add_argument("--warehouse")
    doctor.set_defaults(handler=cmd_doctor)
    query = commands.add_parser("query", help="read-only SQL against the published warehouse")
    query.add_argument("sql")
    query.add_argument("--format", choices=["table", "csv", "json"], default="table")
    query.add_argument("--max-rows", type=int, help="print at most this many rows, with a note when the result "
                                                    "is cut (default: all for csv and json, 1000 for a table)")
    query.add_argument("--warehouse")
    query.set_defaults(handler=cmd_query)
    # `export` alone writes the meetings (one row per meeting, and a codebook); a kind of export
    # given as a sub-command (`sql`) writes another shape.
    export = commands.add_parser("export", help="write the meetings, or a query's result, to a file you name "
                                                "(never inside the warehouse folder)")
    export.add_argument("--format", choices=["csv", "parquet"], default="csv")
    export.add_argument("--out", help="the file to write (default: meetings.FORMAT here; replaced if it exists); "
                                      "the codebook is written beside it as NAME.codebook.md")
    export.add_argument("--warehouse")
    export.set_defaults(handler=cmd_export)
    exports = export.add_subparsers(dest="export_kind")
    export_sql = exports.add_parser("sql", help="the result of one read-only query, as csv or parquet")
    export_sql.add_argument("sql")
    export_sql.add_argument(
        "--out", required=True, help="the file to write (replaced if it exists; never inside the warehouse folder)"
    )
    export_sql.add_argument("--format", choices=["csv", "parquet"], default="csv")
    export_sql.add_argument("--warehouse")
    report = commands.add_parser("report", help="the latest run's data-quality results and the run history")
    report.add_argument("--runs", type=int, default=5, help="how many runs to list (default 5)")
    report.add_argument("--warehouse")
    report.set_defaults(handler=cmd_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
