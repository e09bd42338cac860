"""The real-news development set: merge labelled slices, check the texts, build and score each split.

    python scripts/real_eval.py merge            # eval/real/parts/*.yaml -> sources.yaml + gold.yaml
    python scripts/real_eval.py add PART.yaml    # fold one new labelled batch into the committed files
    python scripts/real_eval.py check            # are the page texts there? (exit 2, with how to rebuild)
    python scripts/real_eval.py score --score-py ../shared/eval/score.py [--split dev|test|all]
                                      [--only eval/real/parts/NAME.yaml]  # a new batch's pages alone

Third-party page texts never enter the repository: `eval/real/sources.yaml` records each page's
URL, outlet and the search query that finds it, `eval/real/gold.yaml` the hand-checked facts, and
the texts live in the git-ignored `eval/real/texts/` (a `.txt` plus a `.meta.json` sidecar with
the URL and outlet, never the published date: the pipeline must find it itself).

A third of the set, chosen by hash and never by content, is held back as the `test` split: a rule
that only helps the pages it was written against shows up as a gap between `dev` and `test`.
Articles that report the same event always fall in the same split, so merging is scored inside one.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from sdw.settings import PROJECT_ROOT as ROOT

REAL = ROOT / "eval" / "real"
TEXTS = REAL / "texts"
SOURCES = REAL / "sources.yaml"
GOLD = REAL / "gold.yaml"
TEST_SHARE = 1 / 3

GOLD_HEADER = """\
# Hand-checked answer key for the real-news development set (texts: eval/real/texts/, rebuilt
# from eval/real/sources.yaml). Format and rules: those of ../shared/eval/gold/seeds.yaml.
# An event is one of the principal's engagements; other officials' meetings, plans, photo
# captions and counts are not events. Notes and evidence are the labellers' own words.
"""
SOURCES_HEADER = """\
# Where each page of the real-news development set comes from (its text is never committed).
# file: name under eval/real/texts/; url, outlet; published: the date the page or its URL states
# (null when neither does); published_from: url | page_text; query: the search query that finds
# the stored copy; split: dev or test (the held-back third, chosen by hash of the event groups).
"""


def _groups(articles: list[str], events: list[dict]) -> list[list[str]]:
    """Articles joined by the events they share (union-find): one group never straddles splits."""
    parent = {a: a for a in articles}

    def root(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for event in events:
        named = [a for a in event["articles"] if a in parent]
        for other in named[1:]:
            parent[root(other)] = root(named[0])
    groups: dict[str, list[str]] = {}
    for article in articles:
        groups.setdefault(root(article), []).append(article)
    return sorted(groups.values(), key=lambda g: hashlib.sha256(min(g).encode()).hexdigest())


def _fill_test(groups: list[list[str]], total: int, already: int = 0) -> dict[str, str]:
    """Whole groups, in the given (hash) order, to `test` until about a third of `total` is there."""
    split: dict[str, str] = {}
    test_count = already
    for group in groups:
        to_test = test_count < TEST_SHARE * total
        test_count += len(group) if to_test else 0
        split.update({a: "test" if to_test else "dev" for a in group})
    return split


def assign_splits(articles: list[str], events: list[dict]) -> dict[str, str]:
    """About a third of the articles to `test`, whole groups at a time, in hash order."""
    return _fill_test(_groups(articles, events), len(articles))


def merge() -> None:
    """Combine the labellers' slice files into the committed sources.yaml and gold.yaml."""
    sources: list[dict] = []
    articles: dict[str, dict] = {}
    events: list[dict] = []
    tallies: list[dict] = []
    for part in sorted((REAL / "parts").glob("*.yaml")):
        data = yaml.safe_load(part.read_text(encoding="utf-8"))
        sources += data.get("sources") or []
        articles.update(data.get("articles") or {})
        events += data.get("events") or []
        tallies += data.get("tallies") or []
    known = {s["file"] for s in sources}
    missing = set(articles) - known | {a for e in events for a in e["articles"]} - known
    if missing:
        raise SystemExit(f"merge: labelled articles without a source row: {sorted(missing)}")
    if SOURCES.is_file():  # parts/ may hold only a new batch: that is `add`'s job, not a rebuild
        dropped = {s["file"] for s in yaml.safe_load(SOURCES.read_text(encoding="utf-8"))["sources"]} - known
        if dropped:
            raise SystemExit(f"merge: the slices in parts/ lack {len(dropped)} pages of sources.yaml "
                             f"(e.g. {sorted(dropped)[0]}); to fold in a new batch use `add PART.yaml`")
    split = assign_splits(sorted(known), events)
    for source in sources:
        source["split"] = split[source["file"]]
    _write_yaml(SOURCES, SOURCES_HEADER, {"sources": sorted(sources, key=lambda s: s["file"])})
    _write_yaml(GOLD, GOLD_HEADER, {"articles": dict(sorted(articles.items())), "events": events, "tallies": tallies})
    counts = {name: sum(1 for s in sources if s["split"] == name) for name in ("dev", "test")}
    print(f"merged {len(sources)} pages from {len({s['outlet'] for s in sources})} outlets, {len(events)} events, "
          f"{len(tallies)} tallies; dev {counts['dev']}, test {counts['test']}")


def _url_key(url: str) -> str:
    """The form in which two spellings of one page's URL compare equal (scheme, www., case, final /)."""
    return re.sub(r"^https?://(www\.)?", "", url.strip().lower()).rstrip("/")


def add(part: Path, sources_path: Path = SOURCES, gold_path: Path = GOLD) -> dict[str, str]:
    """Fold one labelled batch (a parts file) into the committed sources.yaml and gold.yaml.

    Unlike `merge`, which rebuilds the set from every slice, this never moves a page that is
    already in the set to the other split: scores measured before and after stay comparable,
    and a `test` page never becomes rule-writing material. A new page that reports an event of
    an existing page (through `extend` or a new event naming both) takes that page's split;
    wholly new groups are split by the usual hash order so that about a third of the new pages
    land in `test`. Refuses a URL already in the set, a labelled file without a source row, an
    event id that already exists, and a new event that would join a `dev` page to a `test` one.
    """
    data = yaml.safe_load(part.read_text(encoding="utf-8")) or {}
    sources = yaml.safe_load(sources_path.read_text(encoding="utf-8"))["sources"]
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    new_sources = [{k: v for k, v in row.items() if k != "split"} for row in data.get("sources") or []]
    new_articles = data.get("articles") or {}
    new_events = data.get("events") or []
    new_tallies = data.get("tallies") or []
    extend = data.get("extend") or {}
    events = gold.get("events") or []

    seen_urls = {_url_key(s["url"]): s["file"] for s in sources}
    seen_files = {s["file"] for s in sources}
    for row in new_sources:
        key = _url_key(row["url"])
        if key in seen_urls:
            raise SystemExit(f"add: {row['file']}: URL already in the set as {seen_urls[key]}: {row['url']}")
        if row["file"] in seen_files:
            raise SystemExit(f"add: {row['file']}: a page with this file name is already in the set")
        seen_urls[key] = row["file"]
        seen_files.add(row["file"])
    new_files = [row["file"] for row in new_sources]
    known = set(seen_files)
    named = (set(new_articles) | {a for e in new_events for a in e["articles"]}
             | {t["article"] for t in new_tallies} | {a for files in extend.values() for a in files})
    if named - known:
        raise SystemExit(f"add: labelled files without a source row: {sorted(named - known)}")
    if set(new_articles) & set(gold.get("articles") or {}):
        raise SystemExit(f"add: article rows already in gold.yaml: {sorted(set(new_articles) & set(gold['articles']))}")
    unlabelled = set(new_files) - set(new_articles)
    if unlabelled:
        raise SystemExit(f"add: new pages without an article row: {sorted(unlabelled)}")
    existing_ids = {e["id"] for e in events}
    new_ids = [e["id"] for e in new_events]
    clash = sorted(existing_ids & set(new_ids) | {i for i in new_ids if new_ids.count(i) > 1})
    if clash:
        raise SystemExit(f"add: event ids that already exist: {clash}")
    unknown = sorted(set(extend) - existing_ids)
    if unknown:
        raise SystemExit(f"add: `extend` names events that are not in gold.yaml: {unknown}")

    for event in events:
        event["articles"] = event["articles"] + [a for a in extend.get(event["id"], []) if a not in event["articles"]]
    old_split = {s["file"]: s["split"] for s in sources}
    split: dict[str, str] = {}
    fresh: list[list[str]] = []
    for group in _groups(sorted(known), events + new_events):
        sides = {old_split[a] for a in group if a in old_split}
        if len(sides) > 1:
            raise SystemExit(f"add: an event would join dev and test pages: {sorted(group)}")
        if not set(group) & set(new_files):
            continue
        if sides:
            side = sides.pop()
            split.update({a: side for a in group if a not in old_split})
        else:
            fresh.append(group)
    already = sum(1 for v in split.values() if v == "test")
    split.update(_fill_test(fresh, len(new_files), already))
    for row in new_sources:
        row["split"] = split[row["file"]]
    sources = sorted(sources + new_sources, key=lambda s: s["file"])
    articles = dict(sorted({**(gold.get("articles") or {}), **new_articles}.items()))
    _write_yaml(sources_path, SOURCES_HEADER, {"sources": sources})
    _write_yaml(gold_path, GOLD_HEADER, {"articles": articles, "events": events + new_events,
                                         "tallies": (gold.get("tallies") or []) + new_tallies})
    counts = {name: sum(1 for f in new_files if split[f] == name) for name in ("dev", "test")}
    print(f"added {len(new_files)} pages ({counts['dev']} dev, {counts['test']} test), {len(new_events)} events, "
          f"{sum(len(v) for v in extend.values())} articles on existing events, {len(new_tallies)} tallies; "
          f"the set now has {len(sources)} pages")
    return {f: split[f] for f in new_files}


def _write_yaml(path: Path, header: str, data: dict) -> None:
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120, default_flow_style=None)
    path.write_text(header + "\n" + body, encoding="utf-8")


def load() -> tuple[list[dict], dict]:
    sources = yaml.safe_load(SOURCES.read_text(encoding="utf-8"))["sources"]
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    return sources, gold


def missing_texts(sources: list[dict]) -> list[dict]:
    return [s for s in sources if not (TEXTS / s["file"]).is_file()
            or not (TEXTS / s["file"]).with_suffix(".meta.json").is_file()]


def check(sources: list[dict]) -> int:
    missing = missing_texts(sources)
    if not missing:
        print(f"all {len(sources)} page texts are in {TEXTS.relative_to(ROOT)}/")
        return 0
    print(f"{len(missing)} of {len(sources)} page texts are missing from {TEXTS.relative_to(ROOT)}/ "
          "(third-party text is never committed). Restore them only from a copy you may keep word for word, "
          "as FILE (UTF-8) with FILE.meta.json = {\"url\": URL, \"outlet\": OUTLET}. The stored-pages search "
          "finds each page with its recorded query, but its answers say 'never copy it verbatim', so it is not "
          "such a copy (README, 'The real-news development set'). The pages:",
          file=sys.stderr)
    for source in missing:
        print(f"  {source['file']}  {source['url']}\n    query: {source['query']}", file=sys.stderr)
    return 2


def split_key(gold: dict, files: set[str]) -> dict:
    """The answer key restricted to some articles: each event they report, as reported by them alone
    (a split holds every report of its events; a new batch may extend an event older pages report)."""
    return {
        "articles": {name: row for name, row in (gold.get("articles") or {}).items() if name in files},
        "events": [{**e, "articles": [a for a in e["articles"] if a in files]}
                   for e in gold.get("events") or [] if set(e["articles"]) & files],
        "tallies": [t for t in gold.get("tallies") or [] if t["article"] in files],
    }


def score_split(name: str, sources: list[dict], gold: dict, score_py: Path, keep: Path | None,
                only: set[str] | None = None) -> str:
    files = {s["file"] for s in sources
             if (name == "all" or s["split"] == name) and (only is None or s["file"] in only)}
    work = Path(tempfile.mkdtemp(prefix=f"sdw-real-{name}-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        for file in sorted(files):
            shutil.copy2(TEXTS / file, corpus / file)
            meta = (TEXTS / file).with_suffix(".meta.json")
            shutil.copy2(meta, corpus / meta.name)
        key = work / "gold.yaml"
        key.write_text(yaml.safe_dump(split_key(gold, files), allow_unicode=True, sort_keys=False), encoding="utf-8")
        warehouse = (keep / f"real-{name}.duckdb") if keep else work / "real.duckdb"
        sdw = Path(sys.executable).with_name("sdw")
        run = subprocess.run([str(sdw), "run", "--source", str(corpus), "--warehouse", str(warehouse)],
                             capture_output=True, text=True, env={**os.environ, "SDW_WORKERS": "1"})
        if run.returncode != 0:
            raise SystemExit(f"sdw run on the {name} split failed ({run.returncode}):\n{run.stderr[-3000:]}")
        scored = subprocess.run([sys.executable, str(score_py), "--warehouse", str(warehouse), "--gold", str(key)],
                                capture_output=True, text=True, check=True)
        print(f"=== {name}: {len(files)} pages\n{scored.stdout}")
        return scored.stdout.strip().splitlines()[-1]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["merge", "add", "check", "score"])
    parser.add_argument("part", nargs="?", type=Path, help="add: the parts file to fold in (eval/real/parts/NAME.yaml)")
    parser.add_argument("--score-py", type=Path, help="the scorer (../shared/eval/score.py)")
    parser.add_argument("--split", choices=["dev", "test", "all"], action="append",
                        help="which split to build and score (repeatable; default: dev and test)")
    parser.add_argument("--keep", type=Path, help="keep each split's warehouse in this folder")
    parser.add_argument("--only", type=Path, help="score only the pages of this parts file: a new batch, measured "
                        "before any rule is written from it (its events reported by older pages too are left out)")
    args = parser.parse_args(argv)
    if args.command == "merge":
        merge()
        return 0
    if args.command == "add":
        if args.part is None or not args.part.is_file():
            raise SystemExit("add: name the parts file to fold in, e.g. eval/real/parts/batch2.yaml")
        add(args.part)
        return 0
    sources, gold = load()
    status = check(sources)
    if status or args.command == "check":
        return status
    if args.score_py is None or not args.score_py.is_file():
        raise SystemExit("score: --score-py must name ../shared/eval/score.py (make eval-real passes it)")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    only = None
    if args.only:
        batch = yaml.safe_load(args.only.read_text(encoding="utf-8")) or {}
        only = {row["file"] for row in batch.get("sources") or []}
    lines = {name: score_split(name, sources, gold, args.score_py, args.keep, only)
             for name in args.split or ["dev", "test"]}
    for name, line in lines.items():
        print(f"{name:5} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
