"""Web sources: an RSS/Atom feed, or an article page, given as `--source URL`.

Each page is fetched with timeouts and conditional requests (ETag, Last-Modified), saved to a
spool folder beside the warehouse as HTML with a `.meta.json` sidecar (url, published, outlet),
and then ingested like any folder article. A page that cannot be fetched becomes a quarantine
row; it never stops the night. Retries with backoff are the caller's: the flow wraps `fetch`
in a Prefect task with retries.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import os
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import httpx

from sdw.ingest import Rejection
from sdw.settings import http_timeout_seconds


def _timeout() -> httpx.Timeout:
    seconds = http_timeout_seconds()
    return httpx.Timeout(seconds, connect=min(5.0, seconds))
MAX_PAGE_BYTES = 5_000_000
USER_AGENT = "security-diplomacy-warehouse/0.1 (+nightly ETL)"
_ATOM = "{http://www.w3.org/2005/Atom}"


class FetchError(RuntimeError):
    """A fetch that failed; `retryable` for time-outs, connection errors, 429 and 5xx."""

    def __init__(self, url: str, reason: str, retryable: bool):
        self.url, self.reason, self.retryable = url, reason, retryable
        super().__init__(f"{url}: {reason}")


@dataclass(frozen=True)
class Page:
    url: str
    body: bytes
    content_type: str
    not_modified: bool  # a 304: the body is the copy kept from the previous fetch


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str | None
    published: dt.date | None


class HttpCache:
    """ETag / Last-Modified and the last body of each URL, so unchanged pages cost a 304."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.index_path = folder / "http-cache.json"
        self.index = json.loads(self.index_path.read_text(encoding="utf-8")) if self.index_path.exists() else {}

    def _body_path(self, url: str) -> Path:
        return self.folder / "bodies" / hashlib.sha256(url.encode()).hexdigest()

    def conditional_headers(self, url: str) -> dict[str, str]:
        entry = self.index.get(url, {})
        if not self._body_path(url).exists():
            return {}
        headers = {}
        if entry.get("etag"):
            headers["If-None-Match"] = entry["etag"]
        if entry.get("last_modified"):
            headers["If-Modified-Since"] = entry["last_modified"]
        return headers

    def cached(self, url: str) -> tuple[bytes, str]:
        return self._body_path(url).read_bytes(), self.index[url].get("content_type", "")

    def store(self, url: str, response: httpx.Response) -> None:
        path = self._body_path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(path, response.content)
        self.index[url] = {"etag": response.headers.get("etag"), "last_modified": response.headers.get("last-modified"),
                           "content_type": response.headers.get("content-type", "")}
        _write_atomically(self.index_path, json.dumps(self.index, indent=1).encode())


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    partial.write_bytes(data)
    os.replace(partial, path)


def fetch(url: str, cache: HttpCache) -> Page:
    """One GET with conditional headers. Raises FetchError (retryable or not)."""
    headers = {"User-Agent": USER_AGENT, **cache.conditional_headers(url)}
    try:
        with httpx.Client(timeout=_timeout(), follow_redirects=True) as client:
            response = client.get(url, headers=headers)
    except httpx.TimeoutException as error:
        raise FetchError(url, f"timed out ({type(error).__name__})", retryable=True) from error
    except httpx.HTTPError as error:
        raise FetchError(url, f"{type(error).__name__}: {error}", retryable=True) from error
    if response.status_code == 304:
        body, content_type = cache.cached(url)
        return Page(url, body, content_type, not_modified=True)
    if response.status_code == 429 or response.status_code >= 500:
        raise FetchError(url, f"HTTP {response.status_code}", retryable=True)
    if response.status_code >= 400:
        raise FetchError(url, f"HTTP {response.status_code}", retryable=False)
    if len(response.content) > MAX_PAGE_BYTES:
        raise FetchError(url, f"{len(response.content)} bytes exceeds {MAX_PAGE_BYTES}", retryable=False)
    cache.store(url, response)
    return Page(url, response.content, response.headers.get("content-type", ""), not_modified=False)


def looks_like_feed(page: Page) -> bool:
    head = page.body[:512].lstrip().lower()
    return "xml" in page.content_type or head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed"))


def parse_feed(body: bytes) -> list[FeedItem]:
    """Items of an RSS 2.0 or Atom feed. Raises ValueError for anything else."""
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as error:
        raise ValueError(f"malformed XML: {error}") from error
    items: list[FeedItem] = []
    if root.tag == "rss" or root.find("channel") is not None:
        for item in root.iter("item"):
            link = (item.findtext("link") or "").strip()
            if link:
                items.append(FeedItem(link, item.findtext("title"), _rss_date(item.findtext("pubDate"))))
    elif root.tag == f"{_ATOM}feed":
        for entry in root.iter(f"{_ATOM}entry"):
            href = next((element.get("href") for element in entry.iter(f"{_ATOM}link")
                         if element.get("rel") in (None, "alternate")), None)
            if href:
                published = entry.findtext(f"{_ATOM}published") or entry.findtext(f"{_ATOM}updated")
                items.append(FeedItem(href, entry.findtext(f"{_ATOM}title"), _iso_date(published)))
    else:
        raise ValueError(f"not an RSS or Atom feed (root element <{root.tag}>)")
    return items


def _rss_date(text: str | None) -> dt.date | None:
    try:
        return email.utils.parsedate_to_datetime(text).date() if text else None
    except (TypeError, ValueError):
        return None


def _iso_date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10]) if text else None
    except ValueError:
        return None


def spool_page(spool: Path, page: Page, published: dt.date | None) -> Path:
    """Save a fetched article page with its sidecar; the name is stable per URL."""
    name = hashlib.sha256(page.url.encode()).hexdigest()[:20]
    host = urlparse(page.url).netloc or "unknown-host"
    folder = spool / host
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.html"
    _write_atomically(path, page.body)
    meta = {"url": page.url, "outlet": host, **({"published": published.isoformat()} if published else {})}
    _write_atomically(folder / f"{name}.meta.json", json.dumps(meta, ensure_ascii=False).encode())
    return path


def _rejection(url: str, reason: str, detail: str) -> Rejection:
    return Rejection(source_name=url, reason=reason, detail=detail, size_bytes=0,
                     bytes_sha256=hashlib.sha256(url.encode()).hexdigest(), kept_path=url)


@dataclass
class WebHarvest:
    pages: list[tuple[Path, str]]  # spooled file, and the URL it stands for (its source name)
    rejections: list[Rejection]
    fetched: int = 0
    not_modified: int = 0


def harvest(urls: list[str], spool: Path, fetcher: Callable[[str], Page]) -> WebHarvest:
    """Fetch each URL (a feed's items, or the page itself) into the spool.

    `fetcher` is `fetch` bound to a cache, wrapped by the caller with retries.
    """
    result = WebHarvest([], [])

    def fetch_or_reject(url: str) -> Page | None:
        try:
            page = fetcher(url)
        except FetchError as error:
            result.rejections.append(_rejection(url, "fetch_failed", error.reason))
            return None
        result.fetched += 1
        result.not_modified += page.not_modified
        return page

    def keep(page: Page, published: dt.date | None) -> None:
        result.pages.append((spool_page(spool, page, published), page.url))

    for url in urls:
        page = fetch_or_reject(url)
        if page is None:
            continue
        if not looks_like_feed(page):
            keep(page, None)
            continue
        try:
            items = parse_feed(page.body)
        except ValueError as error:
            result.rejections.append(_rejection(url, "malformed_feed", str(error)))
            continue
        for item in items:
            article = fetch_or_reject(item.url)
            if article is None:
                continue
            if looks_like_feed(article):
                result.rejections.append(
                    _rejection(item.url, "unsupported_format", "a feed where an article page was expected")
                )
                continue
            keep(article, item.published)
    return result
