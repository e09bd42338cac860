"""Extraction of many articles at once, over a process pool when the batch pays for it."""
from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from sdw.extraction.article import ArticleExtraction, extract_article
from sdw.warehouse import ArticleText

BATCH_ARTICLES = 2000  # articles per streamed batch: bounds memory, amortizes the pool
PARALLEL_MIN_ARTICLES = 200  # below this, worker start-up costs more than it saves
CHUNK_ARTICLES = 50  # articles per task sent to a worker


def _extract_one(item: ArticleText) -> ArticleExtraction:
    article_id, content, published, url = item
    return extract_article(article_id, content, published, url=url)


def extract_many(items: list[ArticleText], pool: ProcessPoolExecutor | None) -> list[ArticleExtraction]:
    if pool is None:
        return [_extract_one(item) for item in items]
    return list(pool.map(_extract_one, items, chunksize=CHUNK_ARTICLES))


@contextmanager
def extraction_pool(workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """A forked pool of `workers` processes, or None (extract in this process) for one worker."""
    if workers <= 1:
        yield None
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        yield pool
