"""Operations against a real local Prefect server: the schedule, and the UI in a real browser."""
import http.server
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from sdw.settings import PROJECT_ROOT as ROOT

pytestmark = pytest.mark.e2e
CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = ROOT / "tests" / "e2e" / "screenshots"


def sdw(*args, api_url, **kwargs):
    env = {**os.environ, "PREFECT_API_URL": api_url, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    return subprocess.Popen([str(Path(sys.executable).with_name("sdw")), *args], env=env, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def wait_for_deployment(api_url, name, serving, timeout_s=120):
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound
    from prefect.settings import PREFECT_API_URL, temporary_settings

    deadline = time.monotonic() + timeout_s
    with temporary_settings({PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
        while time.monotonic() < deadline:
            try:
                return client.read_deployment_by_name(name)
            except ObjectNotFound:
                if serving.poll() is not None:
                    raise AssertionError(f"sdw serve exited: {serving.communicate()}") from None
                time.sleep(1)
    raise AssertionError(f"no deployment {name} after {timeout_s} s")


def wait_for_line(log: Path, text: str, process, timeout_s=120):
    deadline = time.monotonic() + timeout_s
    while text not in log.read_text():
        if process.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"no {text!r} in {log}: {log.read_text()[-3000:]}")
        time.sleep(0.5)


class WebhookReceiver(http.server.BaseHTTPRequestHandler):
    """A local webhook endpoint on loopback: keeps each POSTed JSON body."""
    received: "queue.Queue[dict]"

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.received.put(json.loads(body))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):  # keep the test output for the test's own messages
        pass


@pytest.fixture
def webhook():
    handler = type("Receiver", (WebhookReceiver,), {"received": queue.Queue()})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook", handler.received
    server.shutdown()
    server.server_close()


def test_serve_deploys_nightly_with_its_parameters_and_alerts_a_failed_run(prefect_server, webhook, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.alerts import FAILED_RUN, NO_COMPLETED_RUN, ensure_alerts

    hook_url, received = webhook
    warehouse = tmp_path / "served" / "diplomacy.duckdb"
    env = {**os.environ, "PREFECT_API_URL": prefect_server, "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "SDW_ALERT_WEBHOOK": hook_url}
    with open(tmp_path / "serve.log", "w") as log:  # the child keeps its own descriptor
        serving = subprocess.Popen([str(Path(sys.executable).with_name("sdw")), "serve", "--source",
                                    str(ROOT / "seeds"), "--warehouse", str(warehouse)], env=env,
                                   start_new_session=True, stdout=log, stderr=subprocess.STDOUT)
    try:
        deployment = wait_for_deployment(prefect_server, "nightly/nightly", serving)
        wait_for_line(tmp_path / "serve.log", "alerts: ", serving)  # the automations are in place
        schedule = deployment.schedules[0].schedule
        assert (schedule.cron, schedule.timezone) == ("0 2 * * *", "Africa/Casablanca")
        assert deployment.parameters == {"source": [str(ROOT / "seeds")], "warehouse": str(warehouse)}
        assert set(deployment.parameter_openapi_schema["properties"]) == {"source", "warehouse"}
        with temporary_settings({PREFECT_API_URL: prefect_server}), get_client(sync_client=True) as client:
            automations = {a.name: a for name in (FAILED_RUN, NO_COMPLETED_RUN)
                           for a in client.read_automations_by_name(name)}
        assert set(automations) == {FAILED_RUN, NO_COMPLETED_RUN}
        silent = automations[NO_COMPLETED_RUN].trigger
        assert (silent.posture, silent.within.total_seconds(), silent.expect) == (
            "Proactive", 26 * 3600, {"prefect.flow-run.Completed"})

        # One run with another warehouse: a file that is not DuckDB, so the night fails at prepare.
        broken = tmp_path / "broken" / "diplomacy.duckdb"
        broken.parent.mkdir()
        broken.write_bytes(b"not a database" * 100)
        with temporary_settings({PREFECT_API_URL: prefect_server}):
            flow_run = run_deployment("nightly/nightly", parameters={"warehouse": str(broken)}, timeout=300)
        assert flow_run.state.is_failed() and str(broken) in flow_run.state.message
        alert = received.get(timeout=120)
        assert flow_run.name in alert["subject"] and "Failed" in alert["subject"], alert
        assert str(broken) in alert["body"], alert

        doctor = subprocess.run([str(Path(sys.executable).with_name("sdw")), "doctor", "--warehouse", str(broken)],
                                env=env, capture_output=True, text=True, timeout=120)
        assert f"ok    prefect server       {prefect_server}" in doctor.stdout, doctor.stdout
        assert "ok    deployment           nightly/nightly: 0 2 * * * Africa/Casablanca" in doctor.stdout
        assert f"warn  last deployment run  {flow_run.name}: Failed" in doctor.stdout
        assert "fail  last published run   none recorded" in doctor.stdout and doctor.returncode == 1
    finally:
        if serving.poll() is None:
            os.killpg(serving.pid, signal.SIGTERM)
        serving.wait(timeout=60)
    # Serving again updates the automations instead of adding more.
    with temporary_settings({PREFECT_API_URL: prefect_server}), get_client(sync_client=True) as client:
        ensure_alerts(hook_url, deployment.id)
        assert [len(client.read_automations_by_name(name)) for name in (FAILED_RUN, NO_COMPLETED_RUN)] == [1, 1]


@pytest.fixture(scope="module")
def ui_home(tmp_path_factory):
    return tmp_path_factory.mktemp("prefect-ui")


@pytest.fixture(scope="module")
def ui_server(ui_home):
    from sdw.prefect_server import free_port, start_server, stop_server

    port = free_port()
    server, api_url = start_server(ui_home, port, ui=True)
    yield f"http://127.0.0.1:{port}", api_url
    stop_server(server)


def test_the_server_writes_its_ui_build_under_its_home_not_in_the_installed_package(ui_home, ui_server):
    import prefect

    assert (ui_home / "ui-static" / "v1" / "index.html").exists()
    started = ui_home.stat().st_ctime
    package_build = [Path(prefect.__ui_static_subpath__), Path(prefect.__ui_v2_static_subpath__)]
    touched = [f for build in package_build if build.exists() for f in build.rglob("*") if f.stat().st_mtime >= started]
    assert touched == []


needs_chromium = pytest.mark.skipif(
    not os.path.exists(CHROMIUM), reason=f"browser test skipped: no Chromium at {CHROMIUM} (apt-get install chromium; "
                                         ".ci/run does)")


@pytest.fixture(scope="module")
def ui_run(ui_server, tmp_path_factory):
    """One real `sdw run` of the seeds, reported to the UI server; returns its warehouse."""
    _, api_url = ui_server
    root = tmp_path_factory.mktemp("ui-run")
    shutil.copytree(ROOT / "seeds", root / "source")
    warehouse = root / "w" / "diplomacy.duckdb"
    run = sdw("run", "--source", str(root / "source"), "--warehouse", str(warehouse), api_url=api_url)
    out, err = run.communicate(timeout=600)
    assert run.returncode == 0, err[-3000:]
    (root / "run.log").write_text(out + err, encoding="utf-8")
    return warehouse


def test_sdw_run_logs_each_stage_start_and_end_with_counts_and_dbts_real_duration(ui_run):
    log = (ui_run.parent.parent / "run.log").read_text(encoding="utf-8")
    for stage in ("prepare", "ingest", "extract", "dbt", "quality", "record", "publish"):
        assert f"{stage}: started" in log, stage
    assert "ingest: 5 files, 5 new articles" in log and re.search(r"quality: \d+ expectations, 0 warnings", log)
    dbt = re.search(r"dbt: \{.*\} in ([0-9.]+) s \(dbt's own run ([0-9.]+) s", log)
    assert dbt and float(dbt.group(1)) >= float(dbt.group(2)) > 0, log[-3000:]


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield chromium
        chromium.close()


def offline_page(browser):
    """A page that may load only file:// and loopback addresses; returns it and the list of what
    it tried to fetch from anywhere else."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    elsewhere = []

    def only_local(route):
        if route.request.url.startswith(("file://", "http://127.0.0.1", "data:")):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()
    page.route("**/*", only_local)
    return page, elsewhere


def test_sdw_doctor_reports_the_server_the_last_publish_disk_use_and_quarantine(ui_server, ui_run):
    _, api_url = ui_server
    doctor = sdw("doctor", "--warehouse", str(ui_run), api_url=api_url)
    out, err = doctor.communicate(timeout=120)
    assert doctor.returncode == 1, out + err  # the UI server has no deployment
    assert f"ok    prefect server       {api_url}" in out and "fail  deployment           nightly/nightly is not" in out
    assert re.search(r"ok    last published run   \S+, 0\.\d h ago", out), out
    assert re.search(rf"ok    disk use             {ui_run.parent}: [0-9.]+ MB \(runs [0-9.]+ MB, report", out), out
    assert "ok    quarantine           empty" in out and re.search(r"ok    dbt-duckdb\s+1\.", out)


@needs_chromium
def test_the_data_quality_report_and_run_summary_are_visible_in_the_prefect_ui(ui_server, ui_run, browser):
    ui_url, _ = ui_server
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{ui_url}/runs", wait_until="networkidle")
    page.get_by_text("nightly").first.wait_for(timeout=60_000)
    artifacts = (("sdw-data-quality", "expect_column_values_to_be_in_set", "data-quality-artifact"),
                 ("sdw-run-summary", "meetings report", "run-summary-artifact"))
    for key, expected, screenshot in artifacts:
        page.goto(f"{ui_url}/artifacts", wait_until="networkidle")
        page.get_by_text(key).first.click(timeout=60_000)
        # The key's page lists its versions across runs (a stable key); the newest holds the report.
        page.locator("a[href*='/artifacts/artifact/']").first.click(timeout=60_000)
        page.get_by_text(expected).first.wait_for(timeout=60_000)
        page.wait_for_load_state("networkidle")  # the page fades in while its last requests finish
        page.screenshot(path=str(SCREENSHOTS / f"{screenshot}.png"), full_page=True)
        assert (SCREENSHOTS / f"{screenshot}.png").stat().st_size > 10_000
    # The summary's links point at `sdw docs`, not at file:// pages a browser refuses from here.
    links = [page.locator("a", has_text=name).first.get_attribute("href")
             for name in ("meetings report", "dbt docs", "GX Data Docs")]
    assert all(link.startswith("http://127.0.0.1:") for link in links), links
    body = page.inner_text("body")
    assert str(ui_run) in body, body[body.find("Source"):body.find("Source") + 400]  # the summary names the warehouse


@needs_chromium
def test_the_meetings_report_renders_offline_with_charts_and_arabic_evidence(ui_run, browser):
    page, elsewhere = offline_page(browser)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((ui_run.parent / "report" / "index.html").as_uri())
    for chart in ("by-region", "by-direction", "timeline"):
        page.locator(f"#{chart} svg .mark-rect, #{chart} svg .mark-symbol").first.wait_for(timeout=30_000)
    assert page.locator("#meetings > tbody > tr:not(.evidence)").count() == 21
    evidence = page.locator("blockquote[lang=ar]").first
    assert evidence.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert evidence.locator("mark").count() >= 1
    assert "الحموشي" in page.inner_text("#meetings") or "حموشي" in page.inner_text("#meetings")
    assert page.locator("#claims tbody tr").count() == 19
    page.screenshot(path=str(SCREENSHOTS / "meetings-report.png"))
    page.locator("#meetings").screenshot(path=str(SCREENSHOTS / "meetings-report-table.png"))
    assert (elsewhere, errors) == ([], [])


@needs_chromium
def test_sdw_docs_serves_the_runs_docs_and_gx_data_docs_render_offline(ui_run, browser, tmp_path):
    from sdw.prefect_server import free_port

    port = free_port()
    served = subprocess.Popen([str(Path(sys.executable).with_name("sdw")), "docs", "--warehouse", str(ui_run)],
                              env={**os.environ, "SDW_DOCS_PORT": str(port)}, start_new_session=True,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert f"http://127.0.0.1:{port}/" in served.stdout.readline()
        page, elsewhere = offline_page(browser)
        page.goto(f"http://127.0.0.1:{port}/")
        assert page.goto(f"http://127.0.0.1:{port}/diplomacy.duckdb").status == 404  # only the pages
        page.goto(f"http://127.0.0.1:{port}/")
        page.get_by_text("GX Data Docs").first.click()
        page.locator("table[data-toggle=table] tbody tr").first.wait_for(timeout=30_000)  # bootstrap-table built it
        page.screenshot(path=str(SCREENSHOTS / "gx-data-docs-offline.png"))
        page.goto(f"http://127.0.0.1:{port}/")
        dbt_docs = page.get_by_text("dbt docs").first.get_attribute("href")
        page.goto(f"http://127.0.0.1:{port}{dbt_docs}#!/model/model.sdw.fct_meetings")
        page.get_by_text("diplomacy.marts.fct_meetings").first.wait_for(timeout=30_000)
        page.screenshot(path=str(SCREENSHOTS / "dbt-docs.png"))
        dbt_page = page.content()
        assert "candidate-" not in dbt_page and "diplomacy" in dbt_page
        assert elsewhere == []
    finally:
        os.killpg(served.pid, signal.SIGTERM)
        served.wait(timeout=30)
