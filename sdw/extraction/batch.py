"""Extraction of many articles at once: in this process, over a process pool, or on any executor
that takes a task and hands back something with `.result()` (the nightly flow gives a Dask
cluster's, through Prefect's DaskTaskRunner).

A task is a list of articles; its result is an ExtractedBatch, the rows of every extracted.*
table as Arrow, which the run's single DuckDB writer appends (sdw.warehouse.store_extracted).
Results are taken in the order the tasks were sent, so every executor writes the same rows in
the same order.
"""
from __future__ import annotations

import datetime as dt
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

import pyarrow as pa

from sdw.extraction.article import extract_article, extractor_version
from sdw.extraction.prefilter import may_report
from sdw.extraction.rows import EXTRACTED_TABLES, SHAPES, arrow_table

ArticleText = tuple[str, str, "dt.date | None", "str | None"]  # article_id, content, published_date, url

BATCH_ARTICLES = 2000  # articles read and written at once: bounds memory, amortizes each DuckDB write
PARALLEL_MIN_ARTICLES = 200  # below this, pool start-up costs more than it saves
CHUNK_ARTICLES = 50  # articles per task sent to a pool process
DASK_TASK_ARTICLES = 250  # articles per task sent to a Dask worker (each is a Prefect task run)
IN_FLIGHT_ARTICLES = 8000  # articles sent out and not yet written: bounds memory when the writer lags


@dataclass(frozen=True)
class ExtractionTask:
    """Articles to extract, the run's clock for `extracted_at`, and whether to prefilter them."""

    items: list[ArticleText]
    extracted_at: dt.datetime
    prefilter: bool = False


@dataclass(frozen=True)
class ExtractedBatch:
    """What a task found: each extracted.* table's rows as Arrow (prefiltered_articles included)."""

    extractor_version: str
    tables: dict[str, pa.Table]

    @property
    def articles(self) -> int:
        """Articles the task took: extracted, or dropped by the prefilter."""
        return self.tables["articles"].num_rows + self.prefiltered

    @property
    def prefiltered(self) -> int:
        return self.tables["prefiltered_articles"].num_rows

    @property
    def article_ids(self) -> list[str]:
        return [*self.tables["articles"].column("article_id").to_pylist(),
                *self.tables["prefiltered_articles"].column("article_id").to_pylist()]


def extract_batch(task: ExtractionTask) -> ExtractedBatch:
    """Extract a task's articles (those the prefilter keeps, when it is on) into Arrow tables."""
    kept = [item for item in task.items if not task.prefilter or may_report(item[1])]
    kept_ids = {item[0] for item in kept}
    version = extractor_version()
    extractions = [extract_article(article_id, content, published, url=url)
                   for article_id, content, published, url in kept]
    rows: dict[str, list[dict]] = {
        "articles": [{**e.summary_row(), "extracted_at": task.extracted_at} for e in extractions],
        "prefiltered_articles": [{"article_id": item[0], "extractor_version": version,
                                  "prefiltered_at": task.extracted_at}
                                 for item in task.items if item[0] not in kept_ids],
        **{table: [row for e in extractions for row in getattr(e, table)] for table in EXTRACTED_TABLES}}
    return ExtractedBatch(version, {table: arrow_table(table, table_rows) for table, table_rows in rows.items()})


def concatenated(batches: list[ExtractedBatch]) -> ExtractedBatch:
    """Several tasks' results as one, for one write."""
    return ExtractedBatch(batches[0].extractor_version,
                          {table: pa.concat_tables([b.tables[table] for b in batches]) for table in SHAPES})


class Pending(Protocol):
    """A task sent out: a concurrent.futures.Future, a Prefect future, or one already done."""

    def result(self) -> ExtractedBatch: ...


@dataclass(frozen=True)
class Done:
    """A task extracted in this process when it was sent."""

    batch: ExtractedBatch

    def result(self) -> ExtractedBatch:
        return self.batch


@dataclass(frozen=True)
class Executor:
    """Where tasks run: `submit` sends one out; `task_articles` is how many articles make a task."""

    name: str
    submit: Callable[[ExtractionTask], Pending]
    task_articles: int


@contextmanager
def extraction_pool(workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """A forked pool of `workers` processes, or None (extract in this process) for one worker."""
    if workers <= 1:
        yield None
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        yield pool


@contextmanager
def local_executor(workers: int) -> Iterator[Executor]:
    """The executor of SDW_EXECUTOR=process: a pool of `workers` processes, or this process alone."""
    with extraction_pool(workers) as pool:
        if pool is None:
            yield Executor("this process", lambda task: Done(extract_batch(task)), BATCH_ARTICLES)
        else:
            yield Executor(f"a pool of {workers} processes", lambda task: pool.submit(extract_batch, task),
                           CHUNK_ARTICLES)


def run_tasks(tasks: Iterable[ExtractionTask], executor: Executor, version: str) -> Iterator[ExtractedBatch]:
    """Each task's result in the order the tasks were sent, with at most IN_FLIGHT_ARTICLES out.

    A result from another extractor version (a remote worker running other code or seeds) fails
    the run: its rows would be re-extracted forever and mix two versions' rules meanwhile."""
    in_flight: deque[Pending] = deque()
    limit = max(1, IN_FLIGHT_ARTICLES // executor.task_articles)
    for task in tasks:
        in_flight.append(executor.submit(task))
        if len(in_flight) >= limit:
            yield _checked(in_flight.popleft().result(), version, executor)
    while in_flight:
        yield _checked(in_flight.popleft().result(), version, executor)


def _checked(batch: ExtractedBatch, version: str, executor: Executor) -> ExtractedBatch:
    if batch.extractor_version != version:
        raise RuntimeError(f"a worker of {executor.name} runs extractor version {batch.extractor_version}, this run "
                           f"{version}: every worker needs the same commit of the code and seeds")
    return batch


def grouped(results: Iterable[ExtractedBatch], articles: int = BATCH_ARTICLES) -> Iterator[ExtractedBatch]:
    """Results joined into writes of about `articles` articles each."""
    group: list[ExtractedBatch] = []
    for result in results:
        group.append(result)
        if sum(b.articles for b in group) >= articles:
            yield concatenated(group)
            group = []
    if group:
        yield concatenated(group)
