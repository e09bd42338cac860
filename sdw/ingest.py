"""Read a source folder into verbatim, hashed articles, or quarantine rows with a reason.

An article is a UTF-8 `.txt` (first line the title) or an `.html` page (main text extracted),
with an optional `NAME.meta.json` sidecar (url, published, outlet). A file that cannot be read
never stops the run and never disappears: it becomes a rejection with its reason, and its
original bytes are kept in the quarantine folder under their SHA-256.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
SIDECAR_SUFFIX = ".meta.json"
DEFAULT_MAX_ARTICLE_BYTES = 2_000_000
MIN_HTML_TEXT_LETTERS = 80  # less than a sentence of main text: a menu or an error page, not an article
_CONTROL_BYTES = set(range(0, 9)) | {11, 12} | set(range(14, 32))


@dataclass(frozen=True)
class Article:
    article_id: str  # SHA-256 of the article text (first 16 hex digits)
    source_name: str
    title: str
    content: str  # the article text as read: title line, then body
    content_sha256: str
    source_format: str  # txt or html
    size_bytes: int
    published_date: dt.date | None
    url: str | None
    outlet: str | None
    meta_error: str | None  # a sidecar that could not be used, and why


@dataclass(frozen=True)
class Rejection:
    source_name: str
    reason: str  # not_utf8, binary, empty, too_large, html_without_text, unsupported_format
    detail: str
    size_bytes: int
    bytes_sha256: str
    kept_path: str | None


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def text_id(text: str) -> tuple[str, str]:
    full = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return full[:16], full


def scan_source_files(folder: Path) -> list[tuple[Path, int, int]]:
    """Every file the run must account for (sidecars and hidden files aside), with its size and
    mtime in nanoseconds, in a stable order. One stat per file: this runs over the whole corpus
    every night."""
    if not folder.is_dir():
        raise FileNotFoundError(f"source folder not found: {folder}")
    found: list[tuple[Path, int, int]] = []
    pending = [folder]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
                elif entry.is_file() and not entry.name.endswith(SIDECAR_SUFFIX):
                    stat = entry.stat()
                    found.append((Path(entry.path), stat.st_size, stat.st_mtime_ns))
    return sorted(found)


def list_source_files(folder: Path) -> list[Path]:
    return [path for path, _, _ in scan_source_files(folder)]


def read_article(path: Path, source_name: str, quarantine: Path, max_bytes: int) -> Article | Rejection:
    size = path.stat().st_size

    def reject(reason: str, detail: str) -> Rejection:
        sha = _sha256_file(path)
        kept = quarantine / f"{sha}{path.suffix.lower()}"
        if not kept.exists():
            quarantine.mkdir(parents=True, exist_ok=True)
            partial = kept.with_name(f".{kept.name}.{os.getpid()}.part")
            shutil.copyfile(path, partial)
            os.replace(partial, kept)  # a killed copy never leaves a truncated file under the final name
        return Rejection(source_name, reason, detail, size, sha, str(kept))

    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        return reject("unsupported_format", f"'{suffix or path.name}' is not one of {', '.join(ARTICLE_SUFFIXES)}")
    if size > max_bytes:
        return reject("too_large", f"{size} bytes exceeds the limit of {max_bytes} (SDW_MAX_ARTICLE_BYTES)")
    data = path.read_bytes()
    if b"\x00" in data or (data and sum(b in _CONTROL_BYTES for b in data[:4096]) > len(data[:4096]) // 20):
        return reject("binary", "contains NUL or many control bytes: not a text article")
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return reject("not_utf8", f"not valid UTF-8 at byte {error.start}")
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    meta, meta_error = _read_sidecar(path)
    published = None
    if suffix == ".txt":
        content = decoded.strip("\n")
    else:
        content, html_published = _html_to_text(decoded)
        if sum(ch.isalpha() for ch in content) < MIN_HTML_TEXT_LETTERS:
            return reject("html_without_text", f"less than {MIN_HTML_TEXT_LETTERS} letters of main text in the HTML")
        published = html_published
    if not content.strip():
        return reject("empty", "the file holds no text")
    if meta.get("published"):
        try:
            published = dt.date.fromisoformat(str(meta["published"])[:10])
        except ValueError:
            meta_error = f"published is not an ISO date: {meta['published']!r}"
    article_id, full_sha = text_id(content)
    title = next((line.strip() for line in content.split("\n") if line.strip()), "")
    source_format = "txt" if suffix == ".txt" else "html"
    return Article(article_id, source_name, title, content, full_sha, source_format, size, published,
                   meta.get("url"), meta.get("outlet"), meta_error)


def _read_sidecar(path: Path) -> tuple[dict, str | None]:
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}, None
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return {}, f"{sidecar.name} is not valid UTF-8 JSON: {error}"
    if not isinstance(meta, dict):
        return {}, f"{sidecar.name} is not a JSON object"
    return meta, None


def _html_to_text(html: str) -> tuple[str, dt.date | None]:
    """Title and main text of an article page, through trafilatura (a maintained extractor)."""
    import trafilatura  # imported here: it is slow to import and only HTML sources need it

    document = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True)
    if not document:
        return "", None
    text = (document.text or "").strip()
    if not text:
        return "", None
    title = (document.title or "").strip()
    published = None
    if document.date:
        try:
            published = dt.date.fromisoformat(document.date[:10])
        except ValueError:
            published = None
    return (f"{title}\n{text}" if title else text), published
