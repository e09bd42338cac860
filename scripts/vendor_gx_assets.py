"""Vendor the browser assets GX Data Docs load from CDNs into sdw/static/gx-vendor/.

Each package of sdw.gx_offline.ASSETS is fetched with `npm pack` (the npm registry, exact
versions), and only the listed files and the package's licence are kept. Run it after changing
ASSETS (a GX upgrade that loads other versions); review and commit the result.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from sdw.gx_offline import ASSETS, LICENSES, VENDOR_DIR  # noqa: E402


def main() -> None:
    shutil.rmtree(VENDOR_DIR, ignore_errors=True)
    packages = sorted({asset.package for asset in ASSETS})
    lines = ["# Vendored for offline GX Data Docs (scripts/vendor_gx_assets.py)", "",
             "| npm package | licence file |", "| --- | --- |"]
    with tempfile.TemporaryDirectory() as scratch:
        for package in packages:
            packed = subprocess.run(["npm", "pack", package, "--pack-destination", scratch, "--silent"],
                                    check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
            name = package.rsplit("@", 1)[0]
            licence = LICENSES.get(name, "package/LICENSE")
            members = [asset for asset in ASSETS if asset.package == package]
            with tarfile.open(Path(scratch) / packed) as archive:
                for asset in members:
                    _extract(archive, asset.member, VENDOR_DIR / asset.file)
                licence_file = Path(members[0].file).parts[0] + "/" + Path(licence).name
                _extract(archive, licence, VENDOR_DIR / licence_file)
            lines.append(f"| {package} | {licence_file} |")
    (VENDOR_DIR / "VENDORED.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"vendored {len(ASSETS)} files of {len(packages)} packages into {VENDOR_DIR}")


def _extract(archive: tarfile.TarFile, member: str, target: Path) -> None:
    source = archive.extractfile(member)
    if source is None:
        raise SystemExit(f"{member} is not a file in its package")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(source.read())


if __name__ == "__main__":
    main()
