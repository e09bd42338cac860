"""Issue 12's probes, played through real `sdw run` / `sdw query` / `sdw server` processes.

Runs and file probes go through an unprivileged identity, because a root process reads files a
normal user's nightly job may not: a system user created with useradd (run through runuser)
when the tests run as root and that user can execute this interpreter; otherwise root without
the capabilities that bypass file permissions (setpriv drops CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH), to whom another user's 0600 file is as unreadable as to anyone. After
every probe the published file must open and hold the old or the new state, every input file
must be accounted for, and nothing outside the source folder may have been read.
"""
import hashlib
import json
import os
import pwd
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pytest

from sdw.settings import PROJECT_ROOT as ROOT
from tests.golden import SEED_MEETINGS
from tests.warehouse_reads import MART_TABLES, marts_dump, query

pytestmark = pytest.mark.e2e
SEEDS = ROOT / "seeds"
BIN = Path(sys.executable).parent
USER = "sdw-adversary"
RUNUSER = shutil.which("runuser") or "/usr/sbin/runuser"
CANARY = "CANARY-OUTSIDE-THE-SOURCE-FOLDER"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


NO_DAC = "dac_override,dac_read_search"


def unprivileged_runner() -> tuple[list[str], tuple[int, int] | None, int]:
    """(command prefix, owner to give the run's folders to, uid of a file the run may not read)."""
    if os.geteuid() != 0:
        return [], None, os.geteuid()  # already a normal user: a 000 file of ours is unreadable
    try:
        account = pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER],
                       capture_output=True)
        account = next((a for a in pwd.getpwall() if a.pw_name == USER), None)
    if account and os.path.exists(RUNUSER):
        prefix = [RUNUSER, "-u", USER, "--"]
        if subprocess.run([*prefix, sys.executable, "-c", "pass"], capture_output=True).returncode == 0:
            return prefix, (account.pw_uid, account.pw_gid), 0
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip(
            f"cannot run as an unprivileged user: {USER} cannot execute {sys.executable} and setpriv is missing"
        )
    return (
        [setpriv, f"--inh-caps=-{NO_DAC.replace(',', ',-')}", f"--bounding-set=-{NO_DAC.replace(',', ',-')}"],
        None,
        65534,
    )


@pytest.fixture(scope="module")
def sandbox(prefect_server):
    """A world-traversable folder for the unprivileged runs (pytest's tmp_path is root-only)."""
    prefix, owner, foreign = unprivileged_runner()
    root = Path(tempfile.mkdtemp(prefix="sdw-adversarial-"))
    os.chmod(root, 0o755)
    home = root / "home"
    home.mkdir()
    box = {"root": root, "prefix": prefix, "owner": owner, "foreign": foreign, "api": prefect_server, "home": home}
    give(box, root)
    yield box
    shutil.rmtree(root, ignore_errors=True)


def give(box, *paths):
    """Make paths the unprivileged user's, as a nightly job's own folders would be."""
    if box["owner"]:
        for path in paths:
            for item in [Path(path), *Path(path).rglob("*")] if Path(path).is_dir() else [Path(path)]:
                os.chown(item, *box["owner"], follow_symlinks=False)


def sdw(box, *args, extra_env=None, as_user=True, timeout=600):
    env = {"PATH": f"{BIN}:/usr/bin:/bin", "HOME": str(box["home"]), "PREFECT_HOME": str(box["home"] / "prefect"),
           "PREFECT_API_URL": box["api"], "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "LANG": "C.UTF-8",
           **(extra_env or {})}
    command = [str(BIN / "sdw"), *map(str, args)]
    if as_user:
        command = [*box["prefix"], "env", "-i", *[f"{k}={v}" for k, v in env.items()], *command]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    assert "nanobind" not in done.stderr, done.stderr[:6000]
    return done


def run_night(box, source, warehouse, **kwargs):
    return sdw(box, "run", "--source", source, "--warehouse", warehouse, **kwargs)


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def runs(warehouse):
    return query(warehouse, "select status from audit.runs order by started_at")


@pytest.fixture(scope="module")
def base(sandbox):
    """The seed corpus and a warehouse published from it by the unprivileged user."""
    source = sandbox["root"] / "seeds"
    shutil.copytree(SEEDS, source)
    published = sandbox["root"] / "base" / "diplomacy.duckdb"
    published.parent.mkdir()
    give(sandbox, source, published.parent)
    done = run_night(sandbox, source, published)
    assert done.returncode == 0, done.stderr[-3000:]
    return source, published


@pytest.fixture
def night(sandbox, base, request):
    """A private copy of the published warehouse, owned by the unprivileged user."""
    folder = sandbox["root"] / re.sub(r"[^\w.]+", "-", request.node.name)
    folder.mkdir()
    warehouse = folder / "w" / "diplomacy.duckdb"
    warehouse.parent.mkdir()
    shutil.copy(base[1], warehouse)
    give(sandbox, folder)
    return folder, warehouse


# 1. sdw query is read-only by construction -------------------------------------------------

PROBES = {
    "copy over the warehouse": ("copy (select 'x') to '{warehouse}'", "copy statement"),
    "copy to any path": ("copy (select 42) to '{folder}/out.csv'", "copy statement"),
    "export database": ("export database '{folder}/dump'", "export statement"),
    "attach another file": ("attach '{folder}/other.duckdb' as other", "attach statement"),
    "read_text of /etc/shadow": ("select * from read_text('/etc/shadow')", "file system operations are disabled"),
    "read_csv of a local file": ("select * from read_csv('/etc/passwd')", "file system operations are disabled"),
    "read_blob of a local file": ("select * from read_blob('/etc/hostname')", "file system operations are disabled"),
    "glob of /root": ("select * from glob('/root/**')", "file system operations are disabled"),
    "set memory_limit": ("set memory_limit = '64GB'", "set statement"),
    "pragma": ("pragma database_size", "pragma statement"),
    "a write after a read": ("select 1; create table marts.x as select 1", "create statement"),
    "delete": ("delete from marts.fct_meetings", "read-only"),
}


@pytest.mark.parametrize("probe", PROBES)
def test_sdw_query_refuses_writes_and_any_file_but_the_warehouse(sandbox, night, probe):
    folder, warehouse = night
    sql, message = PROBES[probe]
    digest = sha(warehouse)
    done = sdw(
        sandbox, "query", sql.format(warehouse=warehouse, folder=folder), "--warehouse", warehouse, as_user=False
    )
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert sha(warehouse) == digest and sorted(p.name for p in folder.iterdir()) == ["w"]
    assert sorted(p.name for p in warehouse.parent.iterdir()) == ["diplomacy.duckdb"]


def test_sdw_query_stops_at_its_time_and_memory_limits_and_still_answers(sandbox, night):
    _, warehouse = night
    slow = sdw(sandbox, "query", "select count(*) from range(1000000) a, range(1000000) b", "--warehouse", warehouse,
               extra_env={"SDW_QUERY_TIMEOUT_SECONDS": "2"}, as_user=False, timeout=60)
    assert slow.returncode == 2 and "SDW_QUERY_TIMEOUT_SECONDS" in slow.stderr, slow.stderr
    hungry = sdw(sandbox, "query", "select range % 3000000 k, count(*) from range(6000000) group by 1", "--warehouse",
                 warehouse, extra_env={"SDW_QUERY_MEMORY": "64MB"}, as_user=False, timeout=60)
    assert hungry.returncode == 2 and "SDW_QUERY_MEMORY" in hungry.stderr, hungry.stderr
    fine = sdw(sandbox, "query", "show tables; select count(*) as n from marts.fct_meetings", "--format", "csv",
               "--warehouse", warehouse, as_user=False)
    assert fine.returncode == 0 and fine.stdout.split() == ["n", str(SEED_MEETINGS)], fine.stderr


def test_sdw_export_writes_only_the_named_file(sandbox, night):
    folder, warehouse = night
    digest = sha(warehouse)
    out = folder / "meetings.parquet"
    done = sdw(sandbox, "export", "sql", "select * from marts.fct_meetings", "--out", out, "--format", "parquet",
               "--warehouse", warehouse)
    assert done.returncode == 0, done.stderr
    assert duckdb.sql(f"select count(*) from '{out}'").fetchall() == [(SEED_MEETINGS,)]
    inside = sdw(sandbox, "export", "sql", "select 1", "--out", warehouse, "--warehouse", warehouse)
    assert inside.returncode == 2 and "inside the warehouse folder" in inside.stderr
    writing = sdw(
        sandbox, "export", "sql", "copy (select 1) to 'x.csv'", "--out", folder / "x.csv", "--warehouse", warehouse
    )
    assert writing.returncode == 2 and "copy statement" in writing.stderr
    assert sha(warehouse) == digest and sorted(p.name for p in folder.iterdir()) == ["meetings.parquet", "w"]


def test_a_corrupt_warehouse_gives_a_clear_message_naming_the_published_file(sandbox, night, base):
    folder, warehouse = night
    warehouse.write_bytes(warehouse.read_bytes()[:20000])
    asked = sdw(sandbox, "query", "select 1", "--warehouse", warehouse)
    assert asked.returncode == 2 and str(warehouse) in asked.stderr and "Traceback" not in asked.stderr, asked.stderr
    done = run_night(sandbox, base[0], warehouse)
    assert done.returncode == 1 and f"the published warehouse {warehouse} does not open" in done.stderr
    assert ".candidate-" not in done.stderr.splitlines()[-1]


# 2. a stale WAL ----------------------------------------------------------------------------

def crash_with_a_wal(sandbox, warehouse):
    """A read-write session that commits and dies before any checkpoint (SIGKILL-like exit)."""
    code = (
        f"import duckdb, os; c = duckdb.connect({str(warehouse)!r}); c.execute(\"set wal_autocheckpoint = '1GB'\"); "
        "c.execute('create table main.analyst_notes as select 1 as note'); os._exit(9)"
    )
    subprocess.run([*sandbox["prefix"], sys.executable, "-c", code], check=False)
    assert Path(f"{warehouse}.wal").exists()


def test_a_crashed_sessions_wal_is_folded_in_and_the_night_publishes(sandbox, night, base):
    _, warehouse = night
    crash_with_a_wal(sandbox, warehouse)
    done = run_night(sandbox, base[0], warehouse)
    assert done.returncode == 0, done.stderr[-3000:]
    assert not Path(f"{warehouse}.wal").exists()
    assert query(warehouse, "select note from main.analyst_notes") == [(1,)]  # the session's committed write is kept
    assert runs(warehouse)[-1] == ("published",)


def test_a_wal_that_cannot_be_replayed_is_refused_with_what_to_do(sandbox, night, base):
    folder, warehouse = night
    other = folder / "other.duckdb"
    crash_with_a_wal(sandbox, other)
    wal = Path(f"{warehouse}.wal")
    shutil.copy(f"{other}.wal", wal)
    give(sandbox, wal)
    digest = sha(warehouse)
    done = run_night(sandbox, base[0], warehouse)
    assert done.returncode == 1 and f"mv '{wal}'" in done.stderr, done.stderr[-3000:]
    assert sha(warehouse) == digest and wal.exists()
    wal.rename(f"{wal}.bad")  # what the message says to do
    again = run_night(sandbox, base[0], warehouse)
    assert again.returncode == 0, again.stderr[-3000:]
    assert query(warehouse, "select count(*) from marts.fct_meetings") == [(SEED_MEETINGS,)]


# 5. an analyst's read-write session --------------------------------------------------------

def test_an_analysts_read_write_session_neither_blocks_nor_breaks_the_night(sandbox, night, base):
    _, warehouse = night
    code = (
        f"import duckdb, sys; c = duckdb.connect({str(warehouse)!r}); "
        "c.execute('create table main.scratch as select 1 as x'); "
        "print('open', flush=True); sys.stdin.read(); c.close()"
    )
    analyst = subprocess.Popen(
        [*sandbox["prefix"], sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert analyst.stdout.readline().strip() == "open"
        done = run_night(sandbox, base[0], warehouse)
        assert done.returncode == 0, done.stderr[-3000:]
    finally:
        analyst.communicate("", timeout=60)  # the session ends normally
    assert runs(warehouse)[-1] == ("published",)
    tables = {row[0] for row in query(warehouse, "select table_name from duckdb_tables()")}
    assert "fct_meetings" in tables and "scratch" not in tables  # writes made in the published file are not kept


# 3, 4, 6. hostile files in the source folder ---------------------------------------------------

@pytest.fixture
def hostile(sandbox, night):
    folder, warehouse = night
    source = folder / "source"
    shutil.copytree(SEEDS, source)
    outside = folder / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"{CANARY}\nلا يجوز قراءة هذا الملف", encoding="utf-8")
    os.mkfifo(outside / "fifo.txt")  # a read of it would block the run: proof it is never opened
    (source / "passwd.txt").symlink_to(outside / "secret.txt")
    (source / "fifo-outside.txt").symlink_to(outside / "fifo.txt")
    (source / "escape").symlink_to(outside)
    (source / "loop.txt").symlink_to(source / "loop.txt")
    os.mkfifo(source / "pipe.txt")
    (source / "folder.txt").mkdir()
    (source / "lonely.meta.json").write_text("{}", encoding="utf-8")
    seed_a, seed_b, seed_c = (SEEDS / name for name in SEED_NAMES[:3])
    (source / "future.txt").write_bytes(
        seed_a.read_bytes().replace("الحموشي".encode(), "الحموشي  ".encode(), 1) + b"\n."
    )
    (source / "future.meta.json").write_text(json.dumps({"published": "2099-01-01", "url": "javascript:alert(1)"}))
    (source / "ancient.txt").write_bytes(seed_b.read_bytes() + "\nملاحظة.".encode())
    (source / "ancient.meta.json").write_text(json.dumps({"published": "1999-12-31"}))
    (source / "variant.txt").write_bytes(
        b"\xef\xbb\xbf" + seed_c.read_bytes().replace(b"\n", b"  \r\n").replace(b" ", b"   ")
    )
    (source / "huge.txt").write_bytes(b"x" * 3_000_000)
    (source / "not-yours.txt").write_text("عنوان\nنص", encoding="utf-8")
    give(sandbox, source)
    # Another user's 0600 file (or, run as a normal user, our own 000 one): the night may not read it.
    os.chown(source / "not-yours.txt", sandbox["foreign"], -1)
    os.chmod(source / "not-yours.txt", 0o600 if os.geteuid() == 0 else 0o000)
    return source, outside, warehouse


def test_hostile_files_are_accounted_for_and_never_stop_the_night(sandbox, hostile):
    source, outside, warehouse = hostile
    before = query(warehouse, "select count(*) from marts.fct_meetings")[0][0]
    done = run_night(sandbox, source, warehouse, extra_env={"SDW_QUARANTINE_MAX_BYTES": "100000"})
    assert done.returncode == 0, done.stderr[-3000:]
    assert runs(warehouse)[-1] == ("published",)
    assert query(warehouse, "select count(*) from marts.fct_meetings")[0][0] >= before

    articles = dict(query(warehouse, "select source_name, coalesce(meta_error, '') from raw.articles"))
    rejected = dict(query(warehouse, "select source_name, reason from raw.rejected_articles"))
    entries = {"lonely.meta.json"}
    for folder, folders, files in os.walk(source):  # links are listed, never followed
        entries |= {(Path(folder) / name).relative_to(source).as_posix() for name in folders + files
                    if not name.endswith(".meta.json")}
    assert entries <= set(articles) | set(rejected), entries - set(articles) - set(rejected)  # every file accounted for
    assert rejected["not-yours.txt"] == "unreadable"
    assert {name: rejected[name] for name in ("passwd.txt", "fifo-outside.txt", "escape", "loop.txt", "pipe.txt",
                                              "folder.txt", "lonely.meta.json", "variant.txt", "huge.txt")} == {
        "passwd.txt": "outside_source", "fifo-outside.txt": "outside_source", "escape": "outside_source",
        "loop.txt": "unreadable", "pipe.txt": "not_a_file", "folder.txt": "not_a_file",
        "lonely.meta.json": "orphan_sidecar", "variant.txt": "duplicate_content", "huge.txt": "too_large"}
    assert "2099-01-01" in articles["future.txt"] and "not an http(s) address" in articles["future.txt"]
    assert "1999-12-31" in articles["ancient.txt"]
    assert query(warehouse, "select url from raw.articles where source_name = 'future.txt'") == [(None,)]
    # The whitespace variant added no article and no claim of its own.
    assert query(warehouse, "select count(*) from marts.dim_articles where source_name = 'variant.txt'") == [(0,)]

    # Nothing outside the source folder was read: not in the warehouse, not in the quarantine.
    assert query(warehouse, f"select count(*) from raw.articles where content like '%{CANARY}%'") == [(0,)]
    quarantine = warehouse.parent / "quarantine"
    for kept in quarantine.iterdir():
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and kept.stat().st_size <= 100_000
        assert CANARY.encode() not in kept.read_bytes()
    assert (outside / "secret.txt").read_text(encoding="utf-8").startswith(CANARY)


# 7. determinism across two independent builds -------------------------------------------------

def test_two_independent_builds_give_identical_marts(sandbox, base):
    source, first = base
    second = sandbox["root"] / "second-build" / "diplomacy.duckdb"
    second.parent.mkdir()
    give(sandbox, second.parent)
    done = run_night(sandbox, source, second)
    assert done.returncode == 0, done.stderr[-3000:]
    one, two = marts_dump(first), marts_dump(second)
    assert all(one[table] for table in ("fct_meetings", "dim_articles"))
    for table in MART_TABLES:
        assert one[table] == two[table], table


# 8. sdw server and SIGTERM ---------------------------------------------------------------------

def test_sigterm_to_sdw_server_stops_its_prefect_server(sandbox):
    from sdw.prefect_server import free_port, is_healthy

    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "SDW_PREFECT_PORT": str(port), "PREFECT_HOME": str(sandbox["root"] / "server-home")}
    env.pop("PREFECT_API_URL", None)
    server = subprocess.Popen([str(BIN / "sdw"), "server"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while not is_healthy(url):
            assert server.poll() is None and time.monotonic() < deadline, server.communicate()
            time.sleep(0.5)
        server.send_signal(signal.SIGTERM)  # to sdw server alone, as a service manager does
        assert server.wait(timeout=60) == 0
        deadline = time.monotonic() + 30
        while is_healthy(url) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not is_healthy(url), "the Prefect server outlived sdw server"
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)


def test_sigterm_to_sdw_run_stops_its_ephemeral_prefect_api(sandbox):
    """A service manager's SIGTERM to a run without a server: the run ends unpublished (exit 1) and takes
    Prefect's ephemeral API (its child uvicorn) with it; a default SIGTERM death left that running."""
    from sdw.prefect_server import free_port

    env = {**os.environ, "SDW_PREFECT_PORT": str(free_port()), "PREFECT_HOME": str(sandbox["root"] / "run-home")}
    env.pop("PREFECT_API_URL", None)
    warehouse = sandbox["root"] / "sigterm" / "diplomacy.duckdb"
    run = subprocess.Popen([str(BIN / "sdw"), "run", "--source", str(SEEDS), "--warehouse", str(warehouse)],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        api: list[int] = []
        deadline = time.monotonic() + 180
        while not api:
            assert run.poll() is None and time.monotonic() < deadline, run.communicate()
            children = subprocess.run(["pgrep", "-P", str(run.pid)], capture_output=True, text=True).stdout.split()
            api = [int(pid) for pid in children
                   if b"uvicorn" in Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")]
            time.sleep(0.2)
        run.send_signal(signal.SIGTERM)  # to sdw run alone, as a service manager does
        _out, err = run.communicate(timeout=120)
        assert run.returncode == 1 and "stopped by SIGTERM: not published" in err, err[-2000:]
        deadline = time.monotonic() + 30
        while Path(f"/proc/{api[0]}").exists() and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not Path(f"/proc/{api[0]}").exists(), "Prefect's ephemeral API outlived sdw run"
        assert not warehouse.exists(), "a stopped first run published nothing"
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
