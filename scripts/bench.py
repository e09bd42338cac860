"""`make bench`: speed and memory of the pipeline at scale, on a synthetic corpus.

Measures extraction throughput (every core, through the pipeline's own process pool) on the
short synthetic articles and on real-sized ones shaped like seeds/, a first build, an
incremental night (1,000 new articles), an empty night and the peak memory of the whole process
tree, through real `sdw run` processes reporting to a local Prefect server (as under `sdw serve`),
and the link model alone on the first build's reports (scripts/link_bench.py: pairs judged, seconds).
Also runs our date extraction and `dateparser.search_dates` on the same sentences with known
answers: generated ones, and real sentences taken from seeds/ (hand-checked below).
Prints a table, then one JSON object as the last line.
"""
from __future__ import annotations

import argparse
import datetime as dt
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

from sdw.extraction.article import extractor_version  # noqa: E402
from sdw.extraction.batch import ExtractionTask, local_executor, run_tasks  # noqa: E402
from sdw.extraction.dates import DAY, MONTH, ArticleClock, DateGrammar, DateResolver  # noqa: E402
from sdw.extraction.normalize import normalize_text  # noqa: E402
from sdw.extraction.reference import default_reference  # noqa: E402
from sdw.prefect_server import free_port, start_server, stop_server  # noqa: E402
from sdw.runs import latest_runs  # noqa: E402
from sdw.settings import DEFAULT_SOURCE  # noqa: E402
from sdw.warehouse import ArticleText  # noqa: E402

SDW = str(Path(sys.executable).with_name("sdw"))
INCREMENTAL_ARTICLES = 1000
REAL_SIZED_ARTICLES = 2000  # seed-shaped articles for the real-sized extraction rate

# Real date sentences from seeds/, hand-checked against the article (shared/eval/gold/seeds.yaml):
# a fragment that finds the sentence, the first date it states, that date's precision, and the
# article's own date where the sentence's date hangs on it (المنصرم، الماضي), given to both tools.
SEED_DATE_CASES: list[tuple[str, str, dt.date, str, dt.date | None]] = [
    ("001_e24e4748ed7e1d90.txt", "توقيع خطاب نوايا، يوم 10 ماي 2022", dt.date(2022, 5, 10), DAY, None),
    ("001_e24e4748ed7e1d90.txt", "إلى الرباط يوم 10 يونيو 2022", dt.date(2022, 6, 10), DAY, None),
    ("001_e24e4748ed7e1d90.txt", "يوم الثلاثاء 2 غشت 2022", dt.date(2022, 8, 2), DAY, None),
    ("001_e24e4748ed7e1d90.txt", "يوم الأربعاء 10 غشت 2022", dt.date(2022, 8, 10), DAY, None),
    ("002_4a8808ae0183cf92.txt", "faqir28 يونيو 2023آخر تحديث", dt.date(2023, 6, 28), DAY, None),
    ("002_4a8808ae0183cf92.txt", "أواخر شهر فبراير المنصرم", dt.date(2023, 2, 1), MONTH, dt.date(2023, 6, 28)),
    ("002_4a8808ae0183cf92.txt", "في 07 من أبريل الماضي", dt.date(2023, 4, 7), DAY, dt.date(2023, 6, 28)),
    ("002_4a8808ae0183cf92.txt", "بتاريخ 26 أبريل الماضي", dt.date(2023, 4, 26), DAY, dt.date(2023, 6, 28)),
    ("002_4a8808ae0183cf92.txt", "مستهل شهر يناير المنصرم", dt.date(2023, 1, 1), MONTH, dt.date(2023, 6, 28)),
    ("003_bc3dd62e9397e1ad.txt", "إلى لندن في مارس 2024", dt.date(2024, 3, 1), MONTH, None),
    ("003_bc3dd62e9397e1ad.txt", "إلى الرباط في فبراير 2023", dt.date(2023, 2, 1), MONTH, None),
    ("004_565f1685908f2278.txt", "بين 27 و29 ماي 2025", dt.date(2025, 5, 27), DAY, None),
    ("004_565f1685908f2278.txt", "ففي أكتوبر 2022", dt.date(2022, 10, 1), MONTH, None),
    ("004_565f1685908f2278.txt", "في 2019 وسام", dt.date(2019, 1, 1), "year", None),
]


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


def timed_run(source: Path, warehouse: Path, api_url: str) -> tuple[float, float, str, dict]:
    """Seconds, peak MB and last line of one `sdw run`, and its run record (stage seconds, the candidate copy)."""
    env = {**os.environ, "PREFECT_API_URL": api_url, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    elapsed, peak_mb, line = measured(["run", "--source", str(source), "--warehouse", str(warehouse)], env)
    return elapsed, peak_mb, line, latest_runs(warehouse.parent / "runs", 1, warehouse)[0]


def stage_line(record: dict) -> str:
    """Where a run's time went, stage by stage (the rest is starting Python, Prefect and the flow)."""
    stages = record["stage_seconds"]
    each = ", ".join(f"{name} {seconds:.1f}" for name, seconds in stages.items())
    return f"{each} (sum {sum(stages.values()):.1f} s)"


def query_million_rows(warehouse: Path) -> tuple[float, float]:
    """`sdw query --format csv` of a million rows (dates, text) to /dev/null: it streams, so its
    memory stays that of one chunk."""
    sql = ("select range as id, date '2000-01-01' + (range % 9000)::integer as day, "
           "repeat('x', 40) as text from range(1000000)")
    elapsed, peak_mb, _ = measured(["query", sql, "--format", "csv", "--warehouse", str(warehouse)],
                                   dict(os.environ), stdout=subprocess.DEVNULL)
    return elapsed, peak_mb


def extraction_throughput(folder: Path) -> tuple[float, float]:
    """Articles per second extracted on every core the way a night does (sdw.stages.extract_stage): tasks
    of the executor's size sent to the pipeline's process pool, each answered with Arrow tables."""
    items: list[ArticleText] = [(path.stem, path.read_text(encoding="utf-8"), None, None)
                                for path in sorted(folder.glob("*.txt"))]
    with local_executor(os.cpu_count() or 1) as executor:
        size, now = executor.task_articles, dt.datetime.now()
        tasks = [ExtractionTask(items[at:at + size], now) for at in range(0, len(items), size)]
        started = time.monotonic()
        extracted = sum(result.articles for result in run_tasks(tasks, executor, extractor_version()))
        elapsed = time.monotonic() - started
    assert extracted == len(items)
    return len(items) / elapsed, sum(len(item[1]) for item in items) / len(items)


def _seed_sentence(text: str, fragment: str) -> str:
    """The sentence of a seed article that holds the fragment (between stops or line breaks)."""
    at = text.index(fragment)
    start = max(text.rfind(stop, 0, at) for stop in ".!?؟\n") + 1
    ends = [end for end in (text.find(stop, at + len(fragment)) for stop in ".!?؟\n") if end >= 0]
    return text[start:min(ends) + 1 if ends else len(text)].strip()


def seed_date_cases() -> list[tuple[str, dt.date, str, dt.date | None]]:
    texts: dict[str, str] = {}
    cases = []
    for name, fragment, expected, precision, written in SEED_DATE_CASES:
        text = texts.setdefault(name, (DEFAULT_SOURCE / name).read_text(encoding="utf-8"))
        cases.append((_seed_sentence(text, fragment), expected, precision, written))
    return cases


def _same(found: dt.date | None, expected: dt.date, precision: str) -> bool:
    """Right to the precision the text supports: the day, else the month, else the year."""
    if found is None:
        return False
    if precision == DAY:
        return found == expected
    if precision == MONTH:
        return (found.year, found.month) == (expected.year, expected.month)
    return found.year == expected.year


def _compare(cases: list[tuple[str, dt.date, str, dt.date | None]], rounds: int, their_rounds: int) -> dict:
    """Accuracy and sentences per second of ours and of dateparser on the same cases: each tool's
    first date in the sentence, judged to the case's precision. Seconds are CPU seconds of this
    process (both run in it, one sentence at a time), so a busy machine does not skew the ratio;
    each tool reads one sentence first, untimed (dateparser loads its language data then)."""
    import dateparser.search

    grammar = DateGrammar(default_reference())
    grammar.find(normalize_text(cases[0][0]))
    dateparser.search.search_dates(cases[0][0], languages=["ar"])
    started = time.process_time()
    for _ in range(rounds):
        ours_right = 0
        for text, expected, precision, written in cases:
            clock = ArticleClock(written, DAY, "metadata") if written else ArticleClock(None, None, "unknown")
            resolved = [DateResolver(grammar, clock).resolve(m) for m in grammar.find(normalize_text(text))]
            ours_right += _same(resolved[0].start_date if resolved else None, expected, precision)
    ours_s = (time.process_time() - started) / rounds
    started = time.process_time()
    for _ in range(their_rounds):
        theirs_right = 0
        for text, expected, precision, written in cases:
            settings = {"RELATIVE_BASE": dt.datetime.combine(written, dt.time())} if written else None
            found = dateparser.search.search_dates(text, languages=["ar"], settings=settings) or []
            theirs_right += _same(found[0][1].date() if found else None, expected, precision)
    theirs_s = (time.process_time() - started) / their_rounds
    return {"sentences": len(cases), "our_date_accuracy": round(ours_right / len(cases), 3),
            "dateparser_date_accuracy": round(theirs_right / len(cases), 3),
            "our_dates_per_s": round(len(cases) / ours_s), "dateparser_dates_per_s": round(len(cases) / theirs_s, 1),
            "dateparser_speedup": round(theirs_s / ours_s, 1)}


def date_comparison() -> dict:
    """On generated sentences (every month set and style), then on real ones from seeds/."""
    generated = _compare([(text, day, DAY, None) for text, day in date_cases()], rounds=3, their_rounds=1)
    seeds = _compare(seed_date_cases(), rounds=100, their_rounds=10)
    return {**generated, **{f"seed_{key}": value for key, value in seeds.items()}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=int(os.environ.get("BENCH_ARTICLES", 10_000)))
    parser.add_argument("--workdir", type=Path, default=Path("bench/out"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--nights-only", action="store_true",
                        help="only the first build, the 1,000-article night and the empty night (and the links)")
    args = parser.parse_args()
    work = args.workdir.resolve()
    shutil.rmtree(work, ignore_errors=True)
    corpus, extra, warehouse = work / "corpus", work / "extra", work / "warehouse" / "diplomacy.duckdb"

    builder = CorpusBuilder(args.seed)
    started = time.monotonic()
    builder.write(corpus, args.articles)
    builder.write(extra, INCREMENTAL_ARTICLES, first_index=args.articles)
    generate_s = time.monotonic() - started
    if not args.nights_only:
        real_sized = work / "real-sized"
        CorpusBuilder(args.seed).write(real_sized, REAL_SIZED_ARTICLES, real_sized=True)
        throughput, mean_chars = extraction_throughput(corpus)
        real_throughput, real_mean_chars = extraction_throughput(real_sized)
    server, api_url = start_server(work / "prefect", free_port(), log_file=work / "prefect-server.log")
    try:
        first_s, first_mb, first_line, _ = timed_run(corpus, warehouse, api_url)
        links = measure_warehouse(warehouse, work / "links")
        for path in extra.glob("*.txt"):
            shutil.copy(path, corpus / path.name)
        incremental_s, incremental_mb, incremental_line, incremental = timed_run(corpus, warehouse, api_url)
        empty_s, empty_mb, empty_line, empty = timed_run(corpus, warehouse, api_url)
    finally:
        stop_server(server)
    copy = incremental["candidate_copy"]
    nights = [
        ("corpus", f"{args.articles} synthetic articles (+{INCREMENTAL_ARTICLES}), generated in {generate_s:.1f} s"),
        ("first build", f"{first_s:.1f} s, peak RSS {first_mb:.0f} MB  ({first_line})"),
        ("incremental night", f"{incremental_s:.1f} s, peak RSS {incremental_mb:.0f} MB  ({incremental_line})"),
        ("  its stages", stage_line(incremental)),
        ("  its candidate", f"{copy['method']} of {copy['size_bytes'] / 1e6:.0f} MB in {copy['seconds']:.2f} s"),
        ("empty night", f"{empty_s:.1f} s, peak RSS {empty_mb:.0f} MB  ({empty_line})"),
        ("  its stages", stage_line(empty)),
        ("links (first build)", f"{links.pairs} pairs of {links.reports} reports judged, {links.links} links, "
                                f"{links.seconds:.2f} s"),
    ]
    figures = {"articles": args.articles, "first_build_s": round(first_s, 1),
               "incremental_1k_s": round(incremental_s, 1), "empty_night_s": round(empty_s, 1),
               "dbt_s": incremental["stage_seconds"]["dbt"], "warehouse_copy_s": copy["seconds"],
               "quality_s": incremental["stage_seconds"]["quality"],
               "peak_rss_mb": round(max(first_mb, incremental_mb, empty_mb)), "links_pairs": links.pairs,
               "links_s": links.seconds}
    if args.nights_only:
        print_table(nights)
        print(json.dumps(figures))
        return 0

    dates = date_comparison()
    query_s, query_mb = query_million_rows(warehouse)
    rows = [
        *nights,
        ("mean article", f"{mean_chars:.0f} chars"),
        ("extraction", f"{throughput:.0f} articles/s on {os.cpu_count()} cores"),
        (
            "extraction, real-sized",
            f"{real_throughput:.0f} articles/s on {os.cpu_count()} cores ({REAL_SIZED_ARTICLES} articles shaped like "
            f"seeds/, mean {real_mean_chars:.0f} chars)",
        ),
        ("query, 1M rows as CSV", f"{query_s:.1f} s, peak RSS {query_mb:.0f} MB"),
        ("dates: ours", f"{dates['our_dates_per_s']} sentences/s, accuracy {dates['our_date_accuracy']}"),
        (
            "dates: dateparser",
            f"{dates['dateparser_dates_per_s']} sentences/s, accuracy {dates['dateparser_date_accuracy']} "
            f"(ours {dates['dateparser_speedup']}x faster, {dates['sentences']} generated sentences)",
        ),
        (
            "dates: ours, seeds/",
            f"{dates['seed_our_dates_per_s']} sentences/s, accuracy {dates['seed_our_date_accuracy']}",
        ),
        (
            "dates: dateparser, seeds/",
            f"{dates['seed_dateparser_dates_per_s']} sentences/s, accuracy {dates['seed_dateparser_date_accuracy']} "
            f"(ours {dates['seed_dateparser_speedup']}x faster, {dates['seed_sentences']} real sentences from seeds/)",
        ),
    ]
    print_table(rows)
    print(json.dumps({**figures, "extract_articles_per_s": round(throughput),
                      "real_sized_articles_per_s": round(real_throughput),
                      "real_sized_mean_chars": round(real_mean_chars), "mean_article_chars": round(mean_chars),
                      "query_1m_rows_csv_s": round(query_s, 1), "query_1m_rows_csv_peak_mb": round(query_mb),
                      **dates}))
    return 0


def print_table(rows: list[tuple[str, str]]) -> None:
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    sys.exit(main())
