"""Operations against a real local Prefect server: the schedule, and the UI in a real browser."""
import os
import shutil
import signal
import subprocess
import sys
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


def test_serve_registers_the_nightly_deployment_on_its_cron_and_time_zone(prefect_server):
    serving = sdw("serve", api_url=prefect_server)
    try:
        deployment = wait_for_deployment(prefect_server, "nightly/nightly", serving)
        schedule = deployment.schedules[0].schedule
        assert (schedule.cron, schedule.timezone) == ("0 2 * * *", "Africa/Casablanca")
    finally:
        os.killpg(serving.pid, signal.SIGTERM)
        serving.wait(timeout=60)


@pytest.fixture(scope="module")
def ui_server(tmp_path_factory):
    from sdw.prefect_server import free_port, start_server, stop_server

    port = free_port()
    server, api_url = start_server(tmp_path_factory.mktemp("prefect-ui"), port, ui=True)
    yield f"http://127.0.0.1:{port}", api_url
    stop_server(server)


@pytest.mark.skipif(not os.path.exists(CHROMIUM),
                    reason=f"browser test skipped: no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run does)")
def test_the_data_quality_report_is_visible_in_the_prefect_ui(ui_server, tmp_path):
    from playwright.sync_api import sync_playwright

    ui_url, api_url = ui_server
    source = tmp_path / "source"
    shutil.copytree(ROOT / "seeds", source)
    run = sdw("run", "--source", str(source), "--warehouse", str(tmp_path / "w" / "diplomacy.duckdb"), api_url=api_url)
    out, err = run.communicate(timeout=600)
    assert run.returncode == 0, err[-3000:]

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{ui_url}/runs", wait_until="networkidle")
        page.get_by_text("nightly").first.wait_for(timeout=60_000)
        page.goto(f"{ui_url}/artifacts", wait_until="networkidle")
        page.get_by_text("sdw-data-quality").first.click(timeout=60_000)
        # The key's page lists its versions across runs (a stable key); the newest holds the table.
        page.locator("a[href*='/artifacts/artifact/']").first.click(timeout=60_000)
        page.get_by_text("expect_column_values_to_be_in_set").first.wait_for(timeout=60_000)
        page.screenshot(path=str(SCREENSHOTS / "data-quality-artifact.png"), full_page=True)
        browser.close()
    assert (SCREENSHOTS / "data-quality-artifact.png").stat().st_size > 10_000
