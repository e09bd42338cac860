"""Write-audit-publish on files: the private candidate copy of the published warehouse, and its
atomic publication.

A run copies the published file to `.candidate-<name>` beside it (cloned where the filesystem
can), builds and checks the candidate, and replaces the published file by a rename only when
everything passed. A failed or killed run leaves the published file as it was; the next run
removes the stale candidate and records its run as interrupted.
"""
from __future__ import annotations

import fcntl
import os
import re
import shutil
import sys
import time
from pathlib import Path

import duckdb

from sdw import warehouse
from sdw.runs import CandidateCopy, Prepared, Run, StageFailed, load_unrecorded_runs, pause_point, record_interrupted


def prepare_candidate(run: Run) -> Prepared:
    """Remove what a killed run left, fold a crashed session's WAL into the published file, then
    copy the published warehouse to this run's candidate."""
    home, published = run.settings.home, run.settings.warehouse
    home.mkdir(parents=True, exist_ok=True)
    interrupted = stale_candidate_owners(run)
    for stale in [*run.candidate_files, *legacy_candidates(home)]:
        stale.unlink(missing_ok=True)
    for owner in interrupted:
        record_interrupted(run.settings.runs_dir, owner, run.settings.warehouse)
    notes = []
    copy = None
    write_atomically(run.candidate_owner, run.run_id)
    if published.exists():
        if fold_stale_wal(published) == "live":
            notes.append(
                f"a session held {published} open for writing: its changes since its last checkpoint are not "
                "in this run (writes made in the published file are not kept)")
        copy = copy_file(published, run.candidate)
    try:
        con = duckdb.connect(str(run.candidate))
    except duckdb.Error as error:
        reason = str(error).splitlines()[0].replace(str(run.candidate), str(published))
        raise StageFailed("prepare", f"the published warehouse {published} does not open as a DuckDB file "
                                     f"({reason}); nothing was changed. Restore it from a backup, "
                                     f"or move it aside to build a new one from the sources") from None
    try:
        warehouse.ensure_schema(con)
        load_unrecorded_runs(con, run.settings.runs_dir, run.settings.warehouse)
        meeting_ids = None
        if has_meetings(con):
            meeting_ids = tuple(r[0] for r in con.execute("select meeting_id from marts.fct_meetings").fetchall())
    finally:
        con.close()
    return Prepared(meeting_ids, tuple(notes), copy)


def stale_candidate_owners(run: Run) -> list[str]:
    """The runs whose candidates a kill left behind. An owner file alone is what a run killed right
    after its rename leaves: that run published, it was not interrupted."""
    owners = sorted({_run_of(path) for path in legacy_candidates(run.settings.home)})
    owner = run.candidate_owner
    if owner.exists() and (run.candidate.exists() or run.candidate.with_name(run.candidate.name + ".copying").exists()):
        owners.append(owner.read_text(encoding="utf-8").strip())
    return [name for name in owners if RUN_ID.fullmatch(name)]


RUN_ID = re.compile(r"\d{8}T\d{6}-[0-9a-f]{6}")  # as sdw.runs.start_run names a run


def legacy_candidates(home: Path) -> list[Path]:
    """Candidates named after their run (`.candidate-<run>.duckdb`), as versions before the fixed
    name left them when killed."""
    return [path for path in home.glob(".candidate-*.duckdb*") if RUN_ID.fullmatch(_run_of(path))]


def _run_of(path: Path) -> str:
    return path.name.split(".")[1].removeprefix("candidate-")


def write_atomically(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def copy_file(source: Path, target: Path) -> CandidateCopy:
    """Copy `source` to `target` through a partial name and a rename. Where the filesystem can clone
    (a reflink on Btrfs, XFS, OCFS2 or bcachefs: the copy shares the blocks until either side
    writes), the clone costs the same at any size; elsewhere the bytes are copied."""
    partial = target.with_name(target.name + ".copying")
    started = time.monotonic()
    method = "clone" if clone_file(source, partial) else "copy"
    if method == "copy":
        shutil.copyfile(source, partial)
    os.replace(partial, target)
    return CandidateCopy(method, round(time.monotonic() - started, 3), source.stat().st_size)


FICLONE = 0x40049409  # linux/fs.h: _IOW(0x94, 9, int)


def clone_file(source: Path, target: Path) -> bool:
    """A copy-on-write clone of `source` at `target` (Linux FICLONE); False where the filesystem
    (ext4, tmpfs, overlayfs) or the platform has none, with `target` left absent."""
    if not sys.platform.startswith("linux"):
        return False
    with open(source, "rb") as src, open(target, "wb") as dst:
        try:
            fcntl.ioctl(dst.fileno(), FICLONE, src.fileno())
        except OSError:
            cloned = False
        else:
            cloned = True
    if not cloned:
        target.unlink()
    return cloned


def fold_stale_wal(published: Path, stage: str = "prepare") -> str | None:
    """A `.wal` beside the published file is either a live session's or a crashed one's. A crashed
    session's WAL is folded in (opening the file replays it; a checkpoint writes it into the file
    and removes it): copied without it, the published file would sit beside a WAL that no longer
    matches it and open for nobody. Returns None (no WAL), "folded", or "live" (a session holds
    the file: it owns its WAL). Called under the run lock; raises StageFailed when the WAL cannot
    be replayed, saying what to do."""
    wal = published.with_name(published.name + ".wal")
    if not wal.exists():
        return None
    try:
        con = duckdb.connect(str(published))
    except duckdb.Error as error:
        message = str(error).splitlines()[0]
        if "lock" in message.lower():
            return "live"
        raise StageFailed(stage, (
            f"{wal} is left by a session that ended without a checkpoint and cannot be replayed into {published} "
            f"({message}). Nothing was changed. To keep the published state as of its last checkpoint, move the "
            f"WAL aside (mv '{wal}' '{wal}.bad') and run again; that session's last writes are then dropped")) from None
    try:
        con.execute("checkpoint")
    finally:
        con.close()
    return "folded"


def has_meetings(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the file holds the marts (a new warehouse does not until its first build)."""
    return warehouse.scalar(con, """select count(*) from duckdb_tables()
                                    where database_name = current_database() and schema_name = 'marts'
                                    and table_name = 'fct_meetings'""") > 0


def last_published_fingerprint(run: Run) -> str | None:
    """The dbt project fingerprint of the last published build, if the candidate holds its marts."""
    con = duckdb.connect(str(run.candidate), read_only=True)
    try:
        row = con.execute("""select build_fingerprint from audit.runs where published
                             order by started_at desc limit 1""").fetchone()
        marts_built = has_meetings(con)
    finally:
        con.close()
    return row[0] if row and marts_built else None


def publish_candidate(run: Run) -> None:
    """Make the candidate durable, check it opens, then atomically replace the published file
    with it."""
    published = run.settings.warehouse
    with open(run.candidate, "rb+") as handle:
        os.fsync(handle.fileno())
    check_opens(run.candidate)
    pause_point(run, "before-rename")
    # A session that crashed during this run leaves a WAL matching the old file; folded here, it
    # cannot sit beside the new one.
    fold_stale_wal(published, "publish")
    os.replace(run.candidate, published)
    run.renamed = True
    run.candidate_owner.unlink(missing_ok=True)
    directory = os.open(published.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    pause_point(run, "after-rename")


def check_opens(database: Path) -> None:
    """Never publish a file that does not open: read it back as a reader would."""
    try:
        con = duckdb.connect(str(database), read_only=True)
        try:
            con.execute("select count(*) from marts.fct_meetings").fetchone()
        finally:
            con.close()
    except duckdb.Error as error:
        raise StageFailed(
            "publish", f"the new warehouse does not open read-only: {str(error).splitlines()[0]}"
        ) from None
    if Path(f"{database}.wal").exists():
        raise StageFailed("publish", "the new warehouse still has a WAL after its checkpoint")
