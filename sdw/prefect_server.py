"""Start a local Prefect server on loopback and wait until it answers (UI, tests, benchmark)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_server(home: Path, port: int, ui: bool = False, log_file: Path | None = None,
                 timeout_s: float = 180) -> tuple[subprocess.Popen, str]:
    """A `prefect server start` bound to 127.0.0.1 with its own PREFECT_HOME; returns (process, API URL)."""
    home.mkdir(parents=True, exist_ok=True)
    url = f"http://{HOST}:{port}/api"
    # The UI asks its API at PREFECT_UI_API_URL, which follows the settings, not the CLI flags.
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_UI_ENABLED": "true" if ui else "false", "PREFECT_UI_API_URL": url,
           # The UI build is copied and rewritten for its URLs on start: here, not inside the
           # installed package (a read-only or shared venv would refuse it or be changed under others).
           "PREFECT_UI_STATIC_DIRECTORY": str(home / "ui-static"),
           "PREFECT_SERVER_API_HOST": HOST, "PREFECT_SERVER_API_PORT": str(port)}
    env.pop("PREFECT_API_URL", None)
    # The server outlives this call: its log stays open for it (closed with this process).
    output = open(log_file, "ab") if log_file else subprocess.DEVNULL  # noqa: SIM115
    server = subprocess.Popen([str(Path(sys.executable).with_name("prefect")), "server", "start", "--host", HOST,
                               "--port", str(port)], env=env, stdout=output, stderr=subprocess.STDOUT,
                              start_new_session=True)
    try:
        wait_until_healthy(url, server, timeout_s)
    except BaseException:  # a signal or a time-out while starting: never leave it running
        stop_server(server)
        raise
    return server, url


def is_healthy(url: str, timeout_s: float = 0.5) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout_s) as response:
            return response.status == 200
    except OSError:
        return False


def wait_until_healthy(url: str, server: subprocess.Popen | None = None, timeout_s: float = 180) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        if is_healthy(url, timeout_s=2):
            return
        if (server is not None and server.poll() is not None) or time.monotonic() > deadline:
            raise RuntimeError(f"the Prefect server at {url} did not become healthy")
        time.sleep(0.5)


def stop_server(server: subprocess.Popen) -> None:
    """Stop the server and whatever it started (it leads its own process group)."""
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
