"""`sdw docs`: the HTML report and each run's dbt docs and GX Data Docs over HTTP on loopback.

Browsers refuse `file://` links from a web page such as the Prefect UI, so the run summary links
here instead. Only those three kinds of page are served from the warehouse's folder, never the
warehouse file, its quarantine, spool or run records.
"""
from __future__ import annotations

import functools
import html
import http.server
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sdw.transform import DBT_DOCS_PAGE

HOST = "127.0.0.1"
# /report/..., /runs/<run id>/dbt-docs/..., /runs/<run id>/gx-docs/...
SERVED = re.compile(r"^/(report/|runs/[0-9T]+-[0-9a-f]+/(dbt-docs|gx-docs)/)")


def docs_base_url(port: int) -> str:
    return f"http://{HOST}:{port}"


def run_page_urls(base_url: str, record: dict) -> dict[str, str]:
    """The served pages of one run: its dbt docs and GX Data Docs when it built them, and the report
    when it wrote one."""
    run = record["run_id"]
    pages = {"dbt docs": (record.get("dbt_docs"), f"/runs/{run}/dbt-docs/{DBT_DOCS_PAGE}"),
             "GX Data Docs": (record.get("gx_docs"), f"/runs/{run}/gx-docs/index.html"),
             "meetings report": (record.get("html_report"), "/report/index.html")}
    return {name: base_url + path for name, (built, path) in pages.items() if built}


class DocsHandler(http.server.SimpleHTTPRequestHandler):
    """Files under the served prefixes of the warehouse folder; a listing of the runs at `/`."""

    def __init__(self, *args, home: Path, **kwargs):
        self.home = home
        super().__init__(*args, directory=str(home), **kwargs)

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        if path in ("/", "/index.html"):
            self._send_index()
        elif SERVED.match(path) and ".." not in path.split("/"):
            super().do_GET()
        else:
            self.send_error(404, "not a documentation page")

    def do_HEAD(self) -> None:
        self.do_GET()

    def list_directory(self, path):  # no folder listings: only the pages themselves
        self.send_error(404, "not a documentation page")

    def _send_index(self) -> None:
        items = []
        if (self.home / "report" / "index.html").exists():
            items.append('<li><a href="/report/index.html">meetings report</a></li>')
        for run in sorted((self.home / "runs").glob("*/"), reverse=True):
            pages = ((f"dbt-docs/{DBT_DOCS_PAGE}", "dbt docs"), ("gx-docs/index.html", "GX Data Docs"))
            links = [f'<a href="/runs/{html.escape(run.name)}/{page}">{label}</a>'
                     for page, label in pages if (run / page).exists()]
            if links:
                items.append(f"<li>run {html.escape(run.name)}: {', '.join(links)}</li>")
        body = ("<!DOCTYPE html><meta charset='utf-8'><title>sdw docs</title><h1>Security Diplomacy Warehouse</h1>"
                f"<ul>{''.join(items) or '<li>nothing built yet: run <code>sdw run</code></li>'}</ul>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def make_server(home: Path, port: int) -> http.server.ThreadingHTTPServer:
    """A server bound to 127.0.0.1 (port 0: any free port); call serve_forever() to run it."""
    handler = functools.partial(DocsHandler, home=home)
    return http.server.ThreadingHTTPServer((HOST, port), handler)

