"""GX Data Docs that render without the network.

GX writes pages that load Bootstrap, jQuery, bootstrap-table, Font Awesome and Vega from CDNs;
without them the tables (built by bootstrap-table) never appear. The same versions are vendored
from their npm packages into `sdw/static/gx-vendor/` (by `scripts/vendor_gx_assets.py`, from the
ASSETS table below), copied beside each run's Data Docs, and every page's CDN address is
rewritten to its local copy.
"""
from __future__ import annotations

import functools
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

VENDOR_DIR = Path(__file__).resolve().parent / "static" / "gx-vendor"
COPY_NAME = "sdw-vendor"  # the folder the assets are copied to, inside a run's gx-docs


@dataclass(frozen=True)
class Asset:
    package: str  # npm name@version
    member: str  # path inside the package tarball
    urls: tuple[str, ...] = ()  # the CDN addresses GX writes for it (none: a file another asset loads)

    @property
    def file(self) -> str:
        """Where it is vendored, relative to VENDOR_DIR: the package name, then its own path."""
        name = self.package.rsplit("@", 1)[0].lstrip("@").replace("/", "-")
        return f"{name}/{self.member.removeprefix('package/')}"


ASSETS: tuple[Asset, ...] = (
    Asset("jquery@3.7.1", "package/dist/jquery.min.js", ("https://code.jquery.com/jquery-3.7.1.min.js",)),
    Asset("popper.js@1.12.9", "package/dist/umd/popper.min.js",
          ("https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js",)),
    Asset("bootstrap@4.3.1", "package/dist/css/bootstrap.min.css",
          ("https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css",)),
    Asset("bootstrap@4.3.1", "package/dist/js/bootstrap.min.js",
          ("https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js",)),
    Asset("@forevolve/bootstrap-dark@1.1.0", "package/dist/css/bootstrap-prefers-dark.min.css",
          ("https://cdn.jsdelivr.net/npm/@forevolve/bootstrap-dark@1.1.0/dist/css/bootstrap-prefers-dark.css",)),
    Asset("bootstrap-table@1.19.1", "package/dist/bootstrap-table.min.css",
          ("https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css",)),
    Asset("bootstrap-table@1.19.1", "package/dist/bootstrap-table.min.js",
          ("https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js",)),
    Asset("bootstrap-table@1.19.1", "package/dist/extensions/filter-control/bootstrap-table-filter-control.min.css",
          ("https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css",
           "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css")),
    Asset("bootstrap-table@1.19.1", "package/dist/extensions/filter-control/bootstrap-table-filter-control.min.js",
          ("https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js",)),
    Asset("bootstrap-datepicker@1.9.0", "package/dist/css/bootstrap-datepicker.min.css",
          ("https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css",)),
    Asset("bootstrap-datepicker@1.9.0", "package/dist/js/bootstrap-datepicker.min.js",
          ("https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js",)),
    Asset("@fortawesome/fontawesome-free@6.6.0", "package/css/all.min.css",
          ("https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css",)),
    Asset("@fortawesome/fontawesome-free@6.6.0", "package/webfonts/fa-solid-900.woff2"),
    Asset("@fortawesome/fontawesome-free@6.6.0", "package/webfonts/fa-regular-400.woff2"),
    Asset("@fortawesome/fontawesome-free@6.6.0", "package/webfonts/fa-brands-400.woff2"),
    Asset("@fortawesome/fontawesome-free@6.6.0", "package/webfonts/fa-v4compatibility.woff2"),
    Asset("vega@5.33.1", "package/build/vega.min.js", ("https://cdn.jsdelivr.net/npm/vega@5",)),
    Asset("vega-lite@5.23.0", "package/build/vega-lite.min.js", ("https://cdn.jsdelivr.net/npm/vega-lite@5",)),
    Asset("vega-embed@6.29.0", "package/build/vega-embed.min.js", ("https://cdn.jsdelivr.net/npm/vega-embed@6",)),
)
# Each package's licence file, vendored beside its assets (else package/LICENSE); popper.js 1.12.9
# and vega 5.33.1 ship none, and state MIT in their package.json.
LICENSES = {"jquery": "package/LICENSE.txt", "@fortawesome/fontawesome-free": "package/LICENSE.txt",
            "popper.js": "package/package.json", "vega": "package/package.json"}
# GX's logo is an image on S3: offline, its name in text (and no background in dark mode).
REMOTE_LOGO = re.compile(r'<img\s[^>]*src="https://great-expectations-web-assets[^"]*"[^>]*>')
REMOTE_BACKGROUND = re.compile(r"url\('https://great-expectations-web-assets[^']*'\)")
# The CDN tags pin the CDN's bytes (subresource integrity); the npm build of the same version may
# differ in a byte, and the browser would then refuse it.
INTEGRITY = re.compile(r'\s(?:integrity="sha[^"]*"|crossorigin="anonymous")')


def make_offline(docs_dir: Path) -> int:
    """Copy the vendored assets into `docs_dir` and point every page at them; returns the number
    of addresses rewritten. A page that still names a CDN after this is an asset GX added: the
    ASSETS table needs it (the test of a built run checks none is left)."""
    copy = docs_dir / COPY_NAME
    shutil.copytree(VENDOR_DIR, copy, dirs_exist_ok=True)
    local = {url: asset.file for asset in ASSETS for url in asset.urls}
    pattern = re.compile("|".join(re.escape(url) for url in sorted(local, key=len, reverse=True)) + r'(?=["\'])')
    rewritten = 0
    for page in docs_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        text, count = pattern.subn(functools.partial(_local_address, local, os.path.relpath(copy, page.parent)), text)
        text = REMOTE_BACKGROUND.sub("none", REMOTE_LOGO.sub("<span>Great Expectations</span>", text))
        text = INTEGRITY.sub("", text)
        page.write_text(text, encoding="utf-8")
        rewritten += count
    return rewritten


def _local_address(local: dict[str, str], prefix: str, match: re.Match[str]) -> str:
    """The vendored copy of the CDN address `match`, relative to the page (`prefix`: its way to the copy)."""
    return f"{prefix}/{local[match.group(0)]}"
