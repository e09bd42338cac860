"""Files that must not stop a night, leave the source folder, or count twice (issue 12, items 3, 4, 6)."""
import datetime as dt
import json
import os
import stat
from pathlib import Path

import duckdb

from sdw.ingest import read_article, scan_source_files, text_id
from sdw.warehouse import ensure_schema, store_ingested

ARTICLE = "عنوان\nاستقبل الحموشي يوم 4 مارس 2021 بالرباط نظيره المصري.\nوتناول اللقاء  التعاون الأمني."
TODAY = dt.date(2026, 1, 1)


def notes_of(folder):
    return {note.source_name: note.reason for note in scan_source_files(folder).notes}


def test_links_loops_fifos_folders_and_orphan_sidecars_become_notes(tmp_path):
    source, outside = tmp_path / "source", tmp_path / "outside.txt"
    source.mkdir()
    outside.write_text("secret", encoding="utf-8")
    (source / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (source / "passwd.txt").symlink_to(outside)
    (source / "escape").symlink_to(tmp_path)
    (source / "loop.txt").symlink_to(source / "loop.txt")
    (source / "inside-link.txt").symlink_to(source / "good.txt")
    os.mkfifo(source / "pipe.txt")
    (source / "folder.txt").mkdir()
    (source / "folder.txt" / "nested.txt").write_text(ARTICLE, encoding="utf-8")
    (source / "lonely.meta.json").write_text("{}", encoding="utf-8")
    (source / "good.meta.json").write_text("{}", encoding="utf-8")
    scan = scan_source_files(source)
    assert sorted(f.path.name for f in scan.files) == ["good.txt", "inside-link.txt", "nested.txt"]
    assert notes_of(source) == {
        "passwd.txt": "outside_source",
        "escape": "outside_source",
        "loop.txt": "unreadable",
        "pipe.txt": "not_a_file",
        "folder.txt": "not_a_file",
        "lonely.meta.json": "orphan_sidecar",
    }
    assert all(note.kept_path is None for note in scan.notes)


def test_sidecar_dates_outside_2000_to_today_and_non_http_urls_are_noted_not_used(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for published, url in (("2099-01-01", "javascript:alert(1)"), ("1999-12-31", "file:///etc/passwd")):
        (tmp_path / "a.meta.json").write_text(json.dumps({"published": published, "url": url}), encoding="utf-8")
        read = read_article(article, "a.txt", tmp_path / "q", 100_000, today=TODAY)
        assert read.published_date is None and read.url is None
        assert published in read.meta_error and "not an http(s) address" in read.meta_error
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2021-03-05", "url": "https://example.org/a"}))
    read = read_article(article, "a.txt", tmp_path / "q", 100_000, today=TODAY)
    assert (read.published_date, read.url, read.meta_error) == (dt.date(2021, 3, 5), "https://example.org/a", None)


def test_a_sidecar_that_links_outside_is_not_read(tmp_path):
    article = tmp_path / "source" / "a.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "secret.json").write_text(json.dumps({"url": "https://leak.example"}), encoding="utf-8")
    (article.parent / "a.meta.json").symlink_to(tmp_path / "secret.json")
    read = read_article(article, "a.txt", tmp_path / "q", 100_000, today=TODAY)
    assert read.url is None and "not read" in read.meta_error


def test_quarantine_copies_are_private_and_capped(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)
    os.chmod(big, 0o644)
    rejected = read_article(big, "big.txt", tmp_path / "q", max_bytes=1000, quarantine_max_bytes=2048, today=TODAY)
    kept = tmp_path / "q" / os.path.basename(rejected.kept_path)
    assert rejected.reason == "too_large" and kept.stat().st_size == 2048 and ".head" in kept.name
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and "SDW_QUARANTINE_MAX_BYTES" in rejected.detail
    small = tmp_path / "small.pdf"
    small.write_bytes(b"%PDF-1.4")
    whole = read_article(small, "small.pdf", tmp_path / "q", 1000, 2048, TODAY)
    assert Path(whole.kept_path).read_bytes() == b"%PDF-1.4"
    assert stat.S_IMODE(os.stat(whole.kept_path).st_mode) == 0o600


def test_whitespace_variants_share_the_identity_and_are_folded(tmp_path):
    variants = {"a.txt": ARTICLE.encode(), "bom-crlf.txt": ("\ufeff" + ARTICLE.replace("\n", "\r\n")).encode(),
                "spaces.txt": ARTICLE.replace(" ", "   ").replace("\n", "  \t\n").encode()}
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
    items = [read_article(tmp_path / name, name, tmp_path / "q", 100_000, today=TODAY) for name in sorted(variants)]
    assert len({item.article_id for item in items}) == 1
    assert "  " in items[2].content  # the text is stored as read; only the identity is normalized
    con = duckdb.connect()
    ensure_schema(con)
    stats = store_ingested(con, items, "run-1", dt.datetime(2026, 1, 1))
    assert (stats.ingested, stats.quarantined) == (1, 2)
    assert {r[0] for r in con.execute("select reason from raw.rejected_articles").fetchall()} == {"duplicate_content"}
    assert text_id("a  b \nc") == text_id("a b\r\nc")
    assert text_id("a b") != text_id("ab")
