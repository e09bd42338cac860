"""Write-audit-publish on files: the private candidate copy of the published warehouse, and its
atomic publication.

A run copies the published file to `.candidate-<run>.duckdb`, builds and checks the candidate,
and replaces the published file by a rename only when everything passed. A failed or killed run
leaves the published file as it was; the next run removes the stale candidate.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

from sdw import warehouse
from sdw.runs import Prepared, Run, StageFailed, load_unrecorded_runs, pause_point, record_interrupted


def prepare_candidate(run: Run) -> Prepared:
    """Remove what killed runs left, fold a crashed session's WAL into the published file, then
    copy the published warehouse to this run's candidate."""
    home, published = run.settings.home, run.settings.warehouse
    home.mkdir(parents=True, exist_ok=True)
    interrupted = sorted({p.name.split(".")[1].removeprefix("candidate-") for p in home.glob(".candidate-*.duckdb*")})
    for stale in home.glob(".candidate-*.duckdb*"):
        stale.unlink()
    for record in interrupted:
        record_interrupted(run.settings.runs_dir, record, run.settings.warehouse)
    notes = []
    if published.exists():
        if fold_stale_wal(published) == "live":
            notes.append(
                f"a session held {published} open for writing: its changes since its last checkpoint are not "
                "in this run (writes made in the published file are not kept)")
        partial = run.candidate.with_name(run.candidate.name + ".copying")
        shutil.copyfile(published, partial)
        os.replace(partial, run.candidate)
    try:
        con = duckdb.connect(str(run.candidate))
    except duckdb.Error as error:
        reason = str(error).splitlines()[0].replace(str(run.candidate), str(published))
        raise StageFailed("prepare", f"the published warehouse {published} does not open as a DuckDB file "
                                     f"({reason}); nothing was changed. Restore it from a backup, "
                                     f"or move it aside to build a new one from the sources") from None
    try:
        warehouse.ensure_schema(con)
        load_unrecorded_runs(con, run.settings.runs_dir)
        meeting_ids = None
        if has_meetings(con):
            meeting_ids = tuple(r[0] for r in con.execute("select meeting_id from marts.fct_meetings").fetchall())
    finally:
        con.close()
    return Prepared(meeting_ids, tuple(notes))


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
