import datetime as dt
import json

import pytest

from sdw import sources
from sdw.ingest import read_article
from tests.web_fixtures import FixtureServer


@pytest.fixture
def web(monkeypatch):
    monkeypatch.setenv("SDW_HTTP_TIMEOUT_SECONDS", "1")
    with FixtureServer(slow_seconds=2.5) as server:
        yield server


def retrying(cache, attempts=4):
    """What the flow's Prefect task does, without Prefect: retry transient failures."""
    def fetch(url):
        for attempt in range(attempts):
            try:
                return sources.fetch(url, cache)
            except sources.FetchError as error:
                if not error.retryable or attempt == attempts - 1:
                    raise
    return fetch


def test_conditional_requests_turn_an_unchanged_page_into_a_304(web, tmp_path):
    cache = sources.HttpCache(tmp_path)
    first = sources.fetch(web.url("/article-1"), cache)
    second = sources.fetch(web.url("/article-1"), sources.HttpCache(tmp_path))  # a later night
    assert (first.not_modified, second.not_modified) == (False, True)
    assert second.body == first.body and web.hits["/article-1"] == 2


def test_failures_say_whether_a_retry_can_help(web, tmp_path):
    cache = sources.HttpCache(tmp_path)
    with pytest.raises(sources.FetchError) as missing:
        sources.fetch(web.url("/missing"), cache)
    with pytest.raises(sources.FetchError) as busy:
        sources.fetch(web.url("/flaky"), cache)
    with pytest.raises(sources.FetchError) as slow:
        sources.fetch(web.url("/slow"), cache)
    assert (missing.value.retryable, busy.value.retryable, slow.value.retryable) == (False, True, True)
    assert "timed out" in slow.value.reason


def test_rss_and_atom_feeds_and_a_malformed_one():
    rss = (b'<?xml version="1.0"?><rss><channel><item><link>https://a.example/1</link><pubDate>Tue, '
           b'02 Aug 2022 10:00:00 +0000</pubDate></item></channel></rss>')
    assert sources.parse_feed(rss) == [sources.FeedItem("https://a.example/1", None, dt.date(2022, 8, 2))]
    atom = b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://a.example/2"/><updated>2023-01-05T00:00:00Z</updated></entry></feed>'
    assert sources.parse_feed(atom)[0].published == dt.date(2023, 1, 5)
    with pytest.raises(ValueError, match="malformed XML"):
        sources.parse_feed(b"<rss><channel><item>")
    with pytest.raises(ValueError, match="not an RSS or Atom feed"):
        sources.parse_feed(b"<html></html>")


def test_harvest_spools_articles_with_their_url_and_date_and_quarantines_failures(web, tmp_path):
    cache = sources.HttpCache(tmp_path / "cache")
    harvest = sources.harvest([web.url("/feed.xml"), web.url("/broken.xml"), web.url("/atom.xml")],
                              tmp_path / "spool", retrying(cache))
    assert sorted(url.rsplit("/", 1)[1] for _, url in harvest.pages) == ["article-1", "article-2", "flaky"]
    assert web.hits["/flaky"] == 3  # two 503s, then the page
    reasons = sorted((r.source_name.rsplit("/", 1)[1], r.reason) for r in harvest.rejections)
    assert reasons == [("broken.xml", "malformed_feed"), ("missing", "fetch_failed"), ("slow", "fetch_failed")]
    path, url = next(p for p in harvest.pages if p[1].endswith("/article-1"))
    meta = json.loads(path.with_name(path.stem + ".meta.json").read_text(encoding="utf-8"))
    assert meta == {"url": url, "outlet": f"127.0.0.1:{web.port}", "published": "2024-03-13"}
    article = read_article(path, url, tmp_path / "q", 1_000_000)
    assert article.source_name == url and article.published_date == dt.date(2024, 3, 13)
    assert "المفوض العام للشرطة الفيدرالية البلجيكية" in article.content and "اتصل بنا" not in article.content
