"""Is extraction's output unchanged? Dump every extracted.* row of fixed corpora, then compare.

    python scripts/extraction_snapshot.py dump --out /tmp/before.json.gz
    python scripts/extraction_snapshot.py compare /tmp/before.json.gz [--out /tmp/after.json.gz] [--workers 2]

The corpora: seeds/, the team's written articles (eval/written/**/articles), the real-news pages in
eval/real/texts/ (when they are there), and the bench's synthetic corpora (`make bench`: short
articles and real-sized ones, the same generator and seed).
Each article is read as `sdw run` reads it (sdw.ingest.read_article: sidecar dates and URLs included)
and extracted through sdw.extraction.batch (in this process, or with --workers N through the
pipeline's own process pool). Every table's rows are kept, less the columns that name the code
(`extractor_version`) or the run's clock, in a canonical sort, so two dumps are equal exactly when
extraction wrote the same rows. A speed change must leave `compare` silent; a rule change shows
which rows it moved. The dumps hold article text: keep them out of the repository.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_corpus import CorpusBuilder  # noqa: E402

from sdw.extraction.article import extractor_version  # noqa: E402
from sdw.extraction.batch import ExtractedBatch, ExtractionTask, extract_batch, local_executor, run_tasks  # noqa: E402
from sdw.ingest import Article, read_article  # noqa: E402
from sdw.settings import PROJECT_ROOT  # noqa: E402

_CLOCK = dt.datetime(2000, 1, 1)
_VOLATILE = {"extractor_version", "extracted_at", "prefiltered_at"}
TASK_ARTICLES = 500
Snapshot = dict[str, dict[str, list[str]]]  # corpus -> table -> canonical rows
Items = list[tuple[str, str, dt.date | None, str | None]]  # batch.ArticleText


def _read_folder(folder: Path) -> Items:
    quarantine = Path(tempfile.mkdtemp(prefix="snapshot-quarantine-"))
    items = []
    for path in sorted(folder.glob("*")):
        if path.name.endswith(".meta.json") or not path.is_file():
            continue
        article = read_article(path, path.name, quarantine, max_bytes=10_000_000)
        if isinstance(article, Article):
            items.append((article.article_id, article.content, article.published_date, article.url))
    return items


def _synthetic(count: int, real_sized: bool) -> Items:
    with tempfile.TemporaryDirectory(prefix="snapshot-corpus-") as folder:
        CorpusBuilder(7).write(Path(folder), count, real_sized=real_sized)
        return _read_folder(Path(folder))


def corpora(synthetic: int, real_sized: int, real: Path) -> dict[str, Items]:
    found = {"seeds": _read_folder(PROJECT_ROOT / "seeds")}
    for folder in sorted((PROJECT_ROOT / "eval" / "written").glob("**/articles")):
        found["written/" + folder.parent.relative_to(PROJECT_ROOT / "eval" / "written").as_posix()] = \
            _read_folder(folder)
    if real.is_dir():
        found["real"] = _read_folder(real)
    else:
        print(f"note: {real} is missing: the real-news pages are not compared", file=sys.stderr)
    found["synthetic"] = _synthetic(synthetic, real_sized=False)
    found["real_sized"] = _synthetic(real_sized, real_sized=True)
    return found


def _extract(items: Items, workers: int) -> list[ExtractedBatch]:
    tasks = [ExtractionTask(items[at:at + TASK_ARTICLES], _CLOCK) for at in range(0, len(items), TASK_ARTICLES)]
    if workers <= 1:
        return [extract_batch(task) for task in tasks]
    with local_executor(workers) as executor:
        return list(run_tasks(tasks, executor, extractor_version()))


def _canonical(batches: list[ExtractedBatch]) -> dict[str, list[str]]:
    tables: dict[str, list[str]] = {}
    for batch in batches:
        for table, rows in batch.tables.items():
            tables.setdefault(table, []).extend(
                json.dumps({k: v for k, v in row.items() if k not in _VOLATILE}, default=str, ensure_ascii=False,
                           sort_keys=True) for row in rows.to_pylist())
    return {table: sorted(rows) for table, rows in sorted(tables.items())}


def snapshot(synthetic: int, real_sized: int, real: Path, workers: int) -> Snapshot:
    result = {}
    for name, items in corpora(synthetic, real_sized, real).items():
        result[name] = _canonical(_extract(items, workers))
        print(f"{name}: {len(items)} articles, " + ", ".join(f"{t} {len(r)}" for t, r in result[name].items()),
              file=sys.stderr)
    return result


def differences(before: Snapshot, after: Snapshot, shown: int = 3) -> list[str]:
    found = []
    for name in sorted(set(before) | set(after)):
        if name not in before or name not in after:
            found.append(f"{name}: only in the {'second' if name in after else 'first'} dump")
            continue
        for table in sorted(set(before[name]) | set(after[name])):
            old, new = set(before[name].get(table, [])), set(after[name].get(table, []))
            if old == new and len(before[name].get(table, [])) == len(after[name].get(table, [])):
                continue
            found.append(f"{name}.{table}: {len(old - new)} rows gone, {len(new - old)} rows new")
            found += [f"  - {row}" for row in sorted(old - new)[:shown]]
            found += [f"  + {row}" for row in sorted(new - old)[:shown]]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("dump", "compare"))
    parser.add_argument("before", nargs="?", type=Path, help="compare: the dump to compare against")
    parser.add_argument("--out", type=Path, help="where to write this dump (gzipped JSON)")
    parser.add_argument("--synthetic", type=int, default=3000, help="short synthetic articles (bench corpus)")
    parser.add_argument("--real-sized", type=int, default=3000, help="real-sized synthetic articles (bench corpus)")
    parser.add_argument("--real", type=Path, default=PROJECT_ROOT / "eval" / "real" / "texts",
                        help="the real-news pages (a copy of them, while others add pages)")
    parser.add_argument("--workers", type=int, default=1, help="extract through a pool of this many processes")
    args = parser.parse_args()
    if args.command == "compare" and args.before is None:
        parser.error("compare needs the dump to compare against")
    if args.command == "dump" and args.out is None:
        parser.error("dump needs --out")
    now = snapshot(args.synthetic, args.real_sized, args.real, args.workers)
    if args.out:
        with gzip.open(args.out, "wt", encoding="utf-8") as handle:
            json.dump(now, handle, ensure_ascii=False)
    if args.command == "dump":
        return 0
    with gzip.open(args.before, "rt", encoding="utf-8") as handle:
        found = differences(json.load(handle), now)
    print("\n".join(found) if found else "identical: every table of every corpus")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
