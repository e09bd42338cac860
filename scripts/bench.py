"""`make bench`: speed and memory of the pipeline at scale, on a synthetic corpus.

Measures extraction throughput (every core), a first build, an incremental night (1,000 new
articles), an empty night and the peak memory of the whole process tree, through real
`sdw run` processes reporting to a local Prefect server (as under `sdw serve`), and the link
model alone on the first build's reports (scripts/link_bench.py: pairs judged, seconds). Also runs our
date extraction and `dateparser.search_dates` on the same sentences with known answers.
Prints a table, then one JSON object as the last line.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from link_bench import measure_warehouse  # noqa: E402
from synthetic_corpus import CorpusBuilder, date_cases  # noqa: E402

from sdw.extraction.batch import extract_many, extraction_pool  # noqa: E402
from sdw.extraction.dates import ArticleClock, DateGrammar, DateResolver  # noqa: E402
from sdw.extraction.normalize import normalize_text  # noqa: E402
from sdw.extraction.reference import default_reference  # noqa: E402
from sdw.prefect_server import free_port, start_server, stop_server  # noqa: E402
from sdw.warehouse import ArticleText  # noqa: E402

SDW = str(Path(sys.executable).with_name("sdw"))
INCREMENTAL_ARTICLES = 1000


class TreeMemory(threading.Thread):
    """Peak of the summed resident memory of a process group (the run, its workers, dbt)."""

    def __init__(self, group: int):
        super().__init__(daemon=True)
        self.group, self.peak_kb, self.running = group, 0, True

    def run(self) -> None:
        while self.running:
            total = 0
            for entry in os.listdir("/proc"):
                if not entry.isdigit():
                    continue
                try:
                    with open(f"/proc/{entry}/stat") as handle:
                        if int(handle.read().rsplit(")", 1)[1].split()[2]) != self.group:
                            continue
                    with open(f"/proc/{entry}/status") as handle:
                        total += next(int(line.split()[1]) for line in handle if line.startswith("VmRSS:"))
                except (OSError, StopIteration, ValueError, IndexError):
                    continue
            self.peak_kb = max(self.peak_kb, total)
            time.sleep(0.2)


def measured(arguments: list[str], env: dict[str, str], stdout: int = subprocess.PIPE) -> tuple[float, float, str]:
    """Seconds, peak resident MB of the process tree, and the last line it printed."""
    started = time.monotonic()
    process = subprocess.Popen([SDW, *arguments], env=env, stdout=stdout, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    memory = TreeMemory(process.pid)
    memory.start()
    out, err = process.communicate()
    memory.running = False
    elapsed = time.monotonic() - started
    if process.returncode != 0:
        raise SystemExit(f"sdw {arguments[0]} failed ({process.returncode}):\n{out}\n{err[-3000:]}")
    return elapsed, memory.peak_kb / 1024, (out or "").strip().rsplit("\n", 1)[-1]


def timed_run(source: Path, warehouse: Path, api_url: str) -> tuple[float, float, str]:
    env = {**os.environ, "PREFECT_API_URL": api_url, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    return measured(["run", "--source", str(source), "--warehouse", str(warehouse)], env)


def query_million_rows(warehouse: Path) -> tuple[float, float]:
    """`sdw query --format csv` of a million rows (dates, text) to /dev/null: it streams, so its
    memory stays that of one chunk."""
    sql = ("select range as id, date '2000-01-01' + (range % 9000)::integer as day, "
           "repeat('x', 40) as text from range(1000000)")
    elapsed, peak_mb, _ = measured(["query", sql, "--format", "csv", "--warehouse", str(warehouse)],
                                   dict(os.environ), stdout=subprocess.DEVNULL)
    return elapsed, peak_mb


def extraction_throughput(folder: Path) -> tuple[float, float]:
    items: list[ArticleText] = [(path.stem, path.read_text(encoding="utf-8"), None, None)
                                for path in sorted(folder.glob("*.txt"))]
    with extraction_pool(os.cpu_count() or 1) as pool:
        started = time.monotonic()
        extract_many(items, pool)
        elapsed = time.monotonic() - started
    return len(items) / elapsed, sum(len(item[1]) for item in items) / len(items)


def date_comparison() -> dict:
    import dateparser.search

    cases = date_cases()
    grammar = DateGrammar(default_reference())
    clock = ArticleClock(None, None, "unknown")
    started = time.monotonic()
    ours_right = 0
    for text, expected in cases:
        resolved = [DateResolver(grammar, clock).resolve(m) for m in grammar.find(normalize_text(text))]
        ours_right += bool(resolved) and resolved[0].start_date == expected
    ours_s = time.monotonic() - started
    started = time.monotonic()
    theirs_right = 0
    for text, expected in cases:
        found = dateparser.search.search_dates(text, languages=["ar"]) or []
        theirs_right += bool(found) and found[0][1].date() == expected
    theirs_s = time.monotonic() - started
    return {"sentences": len(cases), "our_date_accuracy": round(ours_right / len(cases), 3),
            "dateparser_date_accuracy": round(theirs_right / len(cases), 3),
            "our_dates_per_s": round(len(cases) / ours_s), "dateparser_dates_per_s": round(len(cases) / theirs_s, 1),
            "dateparser_speedup": round(theirs_s / ours_s, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=int(os.environ.get("BENCH_ARTICLES", 10_000)))
    parser.add_argument("--workdir", type=Path, default=Path("bench/out"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    work = args.workdir.resolve()
    shutil.rmtree(work, ignore_errors=True)
    corpus, extra, warehouse = work / "corpus", work / "extra", work / "warehouse" / "diplomacy.duckdb"

    builder = CorpusBuilder(args.seed)
    started = time.monotonic()
    builder.write(corpus, args.articles)
    builder.write(extra, INCREMENTAL_ARTICLES, first_index=args.articles)
    generate_s = time.monotonic() - started

    throughput, mean_chars = extraction_throughput(corpus)
    server, api_url = start_server(work / "prefect", free_port(), log_file=work / "prefect-server.log")
    try:
        first_s, first_mb, first_line = timed_run(corpus, warehouse, api_url)
        links = measure_warehouse(warehouse, work / "links")
        for path in extra.glob("*.txt"):
            shutil.copy(path, corpus / path.name)
        incremental_s, incremental_mb, incremental_line = timed_run(corpus, warehouse, api_url)
        empty_s, empty_mb, empty_line = timed_run(corpus, warehouse, api_url)
    finally:
        stop_server(server)
    dates = date_comparison()
    query_s, query_mb = query_million_rows(warehouse)

    rows = [
        (
            "corpus",
            f"{args.articles} synthetic articles (+{INCREMENTAL_ARTICLES}), mean {mean_chars:.0f} chars, "
            f"generated in {generate_s:.1f} s",
        ),
        ("extraction", f"{throughput:.0f} articles/s on {os.cpu_count()} cores"),
        ("first build", f"{first_s:.1f} s, peak RSS {first_mb:.0f} MB  ({first_line})"),
        ("incremental night", f"{incremental_s:.1f} s, peak RSS {incremental_mb:.0f} MB  ({incremental_line})"),
        ("empty night", f"{empty_s:.1f} s, peak RSS {empty_mb:.0f} MB  ({empty_line})"),
        ("links (first build)", f"{links.pairs} pairs of {links.reports} reports judged, {links.links} links, "
                                f"{links.seconds:.2f} s"),
        ("query, 1M rows as CSV", f"{query_s:.1f} s, peak RSS {query_mb:.0f} MB"),
        ("dates: ours", f"{dates['our_dates_per_s']} sentences/s, accuracy {dates['our_date_accuracy']}"),
        (
            "dates: dateparser",
            f"{dates['dateparser_dates_per_s']} sentences/s, accuracy {dates['dateparser_date_accuracy']} "
            f"(ours {dates['dateparser_speedup']}x faster, {dates['sentences']} sentences)",
        ),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    print(json.dumps({"articles": args.articles, "extract_articles_per_s": round(throughput),
                      "first_build_s": round(first_s, 1), "incremental_1k_s": round(incremental_s, 1),
                      "empty_night_s": round(empty_s, 1), "peak_rss_mb": round(max(first_mb, incremental_mb, empty_mb)),
                      "mean_article_chars": round(mean_chars), "query_1m_rows_csv_s": round(query_s, 1),
                      "query_1m_rows_csv_peak_mb": round(query_mb), "links_pairs": links.pairs,
                      "links_s": links.seconds, **dates}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
