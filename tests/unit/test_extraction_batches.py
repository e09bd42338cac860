"""Extraction tasks: Arrow results, the one writer, the order of results, the prefilter's bookkeeping."""
import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import duckdb
import pytest

from sdw import settings as settings_mod
from sdw.extraction import batch
from sdw.extraction.article import extract_article, extractor_version
from sdw.warehouse import article_ids_to_extract, ensure_schema, store_extracted

NOW = dt.datetime(2026, 1, 1, 2, 0)
ABOUT_HIM = ("him", "الحموشي يستقبل\nاستقبل الحموشي يوم 4 مارس 2021 بالرباط نظيره المصري.", None, None)
FOOTBALL = ("football", "الرجاء يفوز\nفاز فريق الرجاء البيضاوي مساء أمس على الوداد بهدفين دون رد.",
            dt.date(2024, 5, 2), "https://example.org/sport")


def _warehouse(*articles):
    con = duckdb.connect()
    ensure_schema(con)
    for article_id, content, published, url in articles:
        con.execute("""insert into raw.articles (article_id, source_name, content, content_sha256, source_format,
                       published_date, url, ingested_at, run_id) values (?, ?, ?, ?, 'txt', ?, ?, ?, 'r')""",
                    [article_id, article_id, content, article_id, published, url, NOW])
    return con


def test_a_task_returns_the_extractors_rows_as_arrow():
    result = batch.extract_batch(batch.ExtractionTask([ABOUT_HIM, FOOTBALL], NOW))
    expected = [extract_article(a, c, p, url=u) for a, c, p, u in (ABOUT_HIM, FOOTBALL)]
    assert result.extractor_version == extractor_version() and (result.articles, result.prefiltered) == (2, 0)
    assert result.tables["event_candidates"].to_pylist() == [row for e in expected for row in e.event_candidates]
    assert result.tables["articles"].to_pylist() == [{**e.summary_row(), "extracted_at": NOW} for e in expected]


def test_the_prefilter_drops_what_names_neither_him_nor_a_count_and_counts_it():
    result = batch.extract_batch(batch.ExtractionTask([ABOUT_HIM, FOOTBALL], NOW, prefilter=True))
    assert (result.articles, result.prefiltered) == (2, 1)
    assert result.tables["articles"].column("article_id").to_pylist() == ["him"]
    assert result.tables["prefiltered_articles"].to_pylist() == [
        {"article_id": "football", "extractor_version": extractor_version(), "prefiltered_at": NOW}]
    assert set(result.tables["sentences"].column("article_id").to_pylist()) == {"him"}


def test_a_prefiltered_article_is_done_while_the_prefilter_is_on_and_extracted_once_it_is_off():
    con = _warehouse(ABOUT_HIM, FOOTBALL)
    version = extractor_version()
    # Extracted in full first (the prefilter was off): prefiltering it later removes those rows.
    store_extracted(con, batch.extract_batch(batch.ExtractionTask([ABOUT_HIM, FOOTBALL], NOW)))
    store_extracted(con, batch.extract_batch(batch.ExtractionTask([FOOTBALL], NOW, prefilter=True)))
    assert con.execute("select count(*) from extracted.sentences where article_id = 'football'").fetchone() == (0,)
    assert con.execute("select count(*) from extracted.articles where article_id = 'football'").fetchone() == (0,)
    assert article_ids_to_extract(con, version, prefilter=True) == []
    assert article_ids_to_extract(con, version, prefilter=False) == ["football"]
    assert article_ids_to_extract(con, "another-version", prefilter=True) == ["football", "him"]
    store_extracted(con, batch.extract_batch(batch.ExtractionTask([FOOTBALL], NOW)))
    assert con.execute("select count(*) from extracted.prefiltered_articles").fetchone() == (0,)
    assert article_ids_to_extract(con, version, prefilter=False) == []


def test_results_come_back_in_the_order_sent_with_a_bounded_number_in_flight(monkeypatch):
    monkeypatch.setattr(batch, "IN_FLIGHT_ARTICLES", 2)
    sent = []
    tasks = [batch.ExtractionTask([(f"a{i}", f"عنوان\nنص {i}", None, None)], NOW) for i in range(5)]

    with ThreadPoolExecutor(2) as pool:
        def submit(task):
            sent.append(task.items[0][0])
            return pool.submit(batch.extract_batch, task)

        results = batch.run_tasks(tasks, batch.Executor("threads", submit, 1), extractor_version())
        first = next(results)
        assert sent == ["a0", "a1"]  # the third task waits until the first result is taken
        rest = list(results)
    assert [r.article_ids for r in [first, *rest]] == [[f"a{i}"] for i in range(5)]
    grouped = list(batch.grouped([first, *rest], articles=2))
    assert [g.article_ids for g in grouped] == [["a0", "a1"], ["a2", "a3"], ["a4"]]


def test_a_worker_running_another_extractor_version_fails_the_stage():
    task = batch.ExtractionTask([ABOUT_HIM], NOW)
    stale = batch.Done(batch.ExtractedBatch("0ld", batch.extract_batch(task).tables))
    with pytest.raises(RuntimeError, match="runs extractor version 0ld.*same commit"):
        list(batch.run_tasks([task], batch.Executor("a remote cluster", lambda _: stale, 1), extractor_version()))


@pytest.mark.parametrize(("env", "expected"), [
    ({}, ("process", None, False)),
    ({"SDW_EXECUTOR": "dask"}, ("dask", None, False)),
    ({"SDW_DASK_ADDRESS": "tcp://scheduler:8786", "SDW_PREFILTER": "on"}, ("dask", "tcp://scheduler:8786", True)),
])
def test_the_executor_and_prefilter_settings(monkeypatch, env, expected):
    for name in ("SDW_EXECUTOR", "SDW_DASK_ADDRESS", "SDW_PREFILTER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    run = settings_mod.RunSettings.from_env()
    assert (run.executor, run.dask_address, run.prefilter) == expected


@pytest.mark.parametrize(("env", "message"), [
    ({"SDW_EXECUTOR": "ray"}, "SDW_EXECUTOR must be one of process, dask"),
    ({"SDW_EXECUTOR": "process", "SDW_DASK_ADDRESS": "tcp://scheduler:8786"}, "unset one of them"),
    ({"SDW_PREFILTER": "maybe"}, "SDW_PREFILTER must be on or off"),
])
def test_a_bad_setting_gets_a_clear_error(monkeypatch, env, message):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=message):
        settings_mod.RunSettings.from_env()
