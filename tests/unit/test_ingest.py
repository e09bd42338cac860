import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest

from sdw.extraction.batch import ExtractionTask, extract_batch
from sdw.ingest import list_source_files, read_article
from sdw.warehouse import article_ids_to_extract, article_texts, ensure_schema, store_extracted, store_ingested

NOW = dt.datetime(2026, 1, 1, 2, 0)


@pytest.fixture
def folder(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    (source / "good.txt").write_text("عنوان\nاستقبل الحموشي يوم 4 مارس 2021 بالرباط نظيره المصري.", encoding="utf-8")
    (source / "good.meta.json").write_text(json.dumps({"url": "https://example.org/a", "published": "2021-03-05",
                                                         "outlet": "Example"}), encoding="utf-8")
    (source / "latin1.txt").write_bytes("Caf\xe9 au lait".encode("latin-1"))
    (source / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (source / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (source / "big.txt").write_text("كلمة " * 400, encoding="utf-8")
    (source / "notes.pdf").write_bytes(b"%PDF-1.4")
    (source / "page.html").write_text("<html><body><nav>menu</nav></body></html>", encoding="utf-8")
    (source / "copy.txt").write_text("عنوان\nاستقبل الحموشي يوم 4 مارس 2021 بالرباط نظيره المصري.", encoding="utf-8")
    return source


def read_all(folder, tmp_path, max_bytes=1000):
    return {p.name: read_article(p, p.name, tmp_path / "quarantine", max_bytes) for p in list_source_files(folder)}


def test_each_unreadable_file_is_quarantined_with_its_reason_and_bytes(folder, tmp_path):
    items = read_all(folder, tmp_path)
    reasons = {name: getattr(item, "reason", "ok") for name, item in items.items()}
    assert reasons == {"good.txt": "ok", "copy.txt": "ok", "latin1.txt": "not_utf8", "binary.txt": "binary",
                       "empty.txt": "empty", "big.txt": "too_large", "notes.pdf": "unsupported_format",
                       "page.html": "html_without_text"}
    kept = items["latin1.txt"].kept_path
    assert Path(kept).read_bytes() == (folder / "latin1.txt").read_bytes()


def test_sidecar_metadata_is_read(folder, tmp_path):
    good = read_all(folder, tmp_path)["good.txt"]
    assert (good.published_date, good.url, good.outlet, good.title) == (
        dt.date(2021, 3, 5),
        "https://example.org/a",
        "Example",
        "عنوان",
    )


def test_a_broken_sidecar_is_noted_and_the_article_still_processed(folder, tmp_path):
    (folder / "good.meta.json").write_text("{not json", encoding="utf-8")
    good = read_all(folder, tmp_path)["good.txt"]
    assert good.published_date is None and "not valid UTF-8 JSON" in good.meta_error


def test_html_main_text_is_extracted(tmp_path):
    page = tmp_path / "article.html"
    paragraph = "استقبل المدير العام للأمن الوطني يوم 4 مارس 2021 بالرباط نظيره المصري لبحث سبل التعاون الأمني. " * 3
    page.write_text(f"<html><head><title>الحموشي يستقبل</title></head><body><nav>الرئيسية</nav>"
                    f"<article><h1>الحموشي يستقبل</h1><p>{paragraph}</p></article></body></html>", encoding="utf-8")
    article = read_article(page, page.name, tmp_path / "q", 100_000)
    assert article.source_format == "html" and "نظيره المصري" in article.content


def test_ingesting_twice_adds_nothing_and_a_renamed_copy_is_folded(folder, tmp_path):
    con = duckdb.connect()
    ensure_schema(con)
    first = store_ingested(con, read_all(folder, tmp_path).values(), "run-1", NOW)
    second = store_ingested(con, read_all(folder, tmp_path).values(), "run-2", NOW)
    assert (first.ingested, first.quarantined) == (1, 7)  # copy.txt folds into good.txt
    assert (second.ingested, second.quarantined, second.already_present) == (0, 0, 8)
    assert con.execute("select count(*) from raw.articles").fetchone()[0] == 1
    duplicate = con.execute(
        "select duplicate_of from raw.rejected_articles where reason = 'duplicate_content'"
    ).fetchall()
    assert len(duplicate) == 1 and duplicate[0][0] is not None


def test_extraction_is_cached_by_content_and_version(folder, tmp_path):
    con = duckdb.connect()
    ensure_schema(con)
    store_ingested(con, read_all(folder, tmp_path).values(), "run-1", NOW)
    pending = article_texts(con, article_ids_to_extract(con, "v1"))
    store_extracted(con, extract_batch(ExtractionTask(pending, NOW)))
    con.execute("update extracted.articles set extractor_version = 'v1'")
    assert article_ids_to_extract(con, "v1") == []
    assert len(article_ids_to_extract(con, "v2")) == 1
    store_extracted(con, extract_batch(ExtractionTask(pending, NOW)))  # re-extraction replaces
    assert con.execute("select count(*) from extracted.event_candidates where is_event").fetchone()[0] == 1
