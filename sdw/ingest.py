"""Read a source folder into verbatim, hashed articles, or quarantine rows with a reason.

An article is a UTF-8 `.txt` (first line the title) or an `.html` page (main text extracted),
with an optional `NAME.meta.json` sidecar (url, published, outlet). A file that cannot be read
never stops the run and never disappears: it becomes a rejection with its reason, and its
original bytes (at most a capped head of them) are kept, readable by the owner only, in the
quarantine folder under their SHA-256. Nothing outside a source folder is read: links are
resolved and checked first.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlparse

from sdw.settings import DEFAULT_QUARANTINE_MAX_BYTES

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
SIDECAR_SUFFIX = ".meta.json"
MAX_SIDECAR_BYTES = 65_536  # metadata is a few lines; a larger sidecar is not metadata
EARLIEST_PUBLISHED = dt.date(2000, 1, 1)  # the gates' lower bound for any date
# Reasons for files that are not articles at all: no bytes are copied for them.
NOTE_REASONS = ("unreadable", "outside_source", "not_a_file", "orphan_sidecar")
MIN_HTML_TEXT_LETTERS = 80  # less than a sentence of main text: a menu or an error page, not an article
_CONTROL_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32)])


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
    reason: str  # not_utf8, binary, empty, too_large, html_without_text, unsupported_format, or a NOTE_REASONS
    detail: str
    size_bytes: int | None
    bytes_sha256: str | None
    kept_path: str | None


class SourceFile(NamedTuple):
    location: str  # where the file is (a Path is made only for the files read: scans cover the whole corpus)
    name: str  # its path from the source folder, with '/': the article's source_name
    size: int
    mtime_ns: int

    @property
    def path(self) -> Path:
        return Path(self.location)


@dataclass
class SourceScan:
    """A source folder's article files and a note for everything else."""
    files: list[SourceFile] = field(default_factory=list)
    notes: list[Rejection] = field(default_factory=list)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


_SPACE_RUNS = re.compile(r"[^\S\n]+")


def identity_text(text: str) -> str:
    """The text an article is identified by: a copy that differs only in a BOM, line endings,
    trailing blanks or runs of spaces is the same article."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_SPACE_RUNS.sub(" ", line).rstrip() for line in text.split("\n")).strip("\n")


def text_id(text: str) -> tuple[str, str]:
    full = hashlib.sha256(identity_text(text).encode("utf-8")).hexdigest()
    return full[:16], full


def _note(name: str, reason: str, detail: str) -> Rejection:
    return Rejection(name, reason, detail, None, None, None)


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def scan_source_files(folder: Path) -> SourceScan:
    """Every file the run must account for, in a stable order: article candidates with their size
    and mtime (one stat per file: this runs over the whole corpus every night), and a note for
    each entry that cannot be one (a link leaving the folder, a loop, an unreadable folder, a
    FIFO, a folder named like an article, a sidecar without its article). Hidden entries are
    skipped. Links are resolved and followed only when they stay inside the folder."""
    root = folder.resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"source folder not found: {folder}")
    scan, sidecars, articles = SourceScan(), [], set()
    prefix = len(os.path.join(root, ""))  # a name is the path after this (pathlib's relative_to is slow per file)
    pending = [root]
    while pending:
        directory = pending.pop()
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as error:
            scan.notes.append(_note(directory.relative_to(root).as_posix(), "unreadable",
                                    f"folder not readable: {error.strerror}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            name = entry.path[prefix:].replace(os.sep, "/")
            try:
                if entry.is_symlink():
                    path = Path(entry.path)
                    target = Path(os.path.realpath(path))
                    if not _inside(target, root):
                        scan.notes.append(
                            _note(name, "outside_source", f"a link to {target}, outside the source folder: not read")
                        )
                        continue
                    status = path.stat()  # follows the link (inside the folder); a loop raises ELOOP here
                    if not stat.S_ISREG(status.st_mode):
                        scan.notes.append(
                            _note(name, "not_a_file", "a link to something that is not a regular file: not read")
                        )
                        continue
                elif entry.is_dir(follow_symlinks=False):
                    if entry.name.lower().endswith(ARTICLE_SUFFIXES):
                        scan.notes.append(
                            _note(name, "not_a_file", "a folder named like an article: its files are read on their own")
                        )
                    pending.append(Path(entry.path))
                    continue
                elif entry.is_file(follow_symlinks=False):
                    status = entry.stat(follow_symlinks=False)
                else:
                    scan.notes.append(
                        _note(name, "not_a_file", "not a regular file (FIFO, socket or device): not read")
                    )
                    continue
            except OSError as error:
                scan.notes.append(_note(name, "unreadable", f"cannot be examined: {error.strerror or error}"))
                continue
            if entry.name.endswith(SIDECAR_SUFFIX):
                sidecars.append((directory, entry.name[:-len(SIDECAR_SUFFIX)], name))
                continue
            scan.files.append(SourceFile(entry.path, name, status.st_size, status.st_mtime_ns))
            stem, suffix = os.path.splitext(entry.name)
            if suffix.lower() in ARTICLE_SUFFIXES:
                articles.add((directory, stem))
    for directory, stem, name in sidecars:
        if (directory, stem) not in articles:
            scan.notes.append(_note(name, "orphan_sidecar",
                                    "metadata without an article of the same name (NAME.txt, NAME.html): not used"))
    scan.files.sort(key=lambda file: file.name.split("/"))  # the order of their paths, folder by folder
    scan.notes.sort(key=lambda note: note.source_name)
    return scan


def list_source_files(folder: Path) -> list[Path]:
    return [file.path for file in scan_source_files(folder).files]


def _keep_copy(path: Path, quarantine: Path, sha: str, limit: int) -> tuple[Path, bool]:
    """Copy the file's bytes (at most `limit` of them) into the quarantine, readable by the owner
    only; returns the copy and whether it is whole. A killed copy never leaves a truncated file
    under the final name."""
    suffix = path.suffix.lower()
    whole = path.stat().st_size <= limit
    kept = quarantine / (f"{sha}{suffix}" if whole else f"{sha}.head{suffix}")
    if kept.exists():
        return kept, whole
    quarantine.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = kept.with_name(f".{kept.name}.{os.getpid()}.part")
    with open(path, "rb") as source, open(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as copy:
        remaining = limit
        while remaining > 0 and (block := source.read(min(1 << 20, remaining))):
            copy.write(block)
            remaining -= len(block)
    os.replace(partial, kept)
    return kept, whole


def read_article(
    path: Path,
    source_name: str,
    quarantine: Path,
    max_bytes: int,
    quarantine_max_bytes: int = DEFAULT_QUARANTINE_MAX_BYTES,
    today: dt.date | None = None,
) -> Article | Rejection:
    try:
        return _read_article(path, source_name, quarantine, max_bytes, quarantine_max_bytes, today or dt.date.today())
    except OSError as error:  # removed, or not ours to read, between the scan and now
        return _note(source_name, "unreadable", f"cannot be read: {error.strerror or error}")


def _read_article(path: Path, source_name: str, quarantine: Path, max_bytes: int, quarantine_max_bytes: int,
                  today: dt.date) -> Article | Rejection:
    size = path.stat().st_size

    def reject(reason: str, detail: str) -> Rejection:
        sha = _sha256_file(path)
        kept, whole = _keep_copy(path, quarantine, sha, quarantine_max_bytes)
        if not whole:
            detail += f"; only the first {quarantine_max_bytes} bytes are kept (SDW_QUARANTINE_MAX_BYTES)"
        return Rejection(source_name, reason, detail, size, sha, str(kept))

    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        return reject("unsupported_format", f"'{suffix or path.name}' is not one of {', '.join(ARTICLE_SUFFIXES)}")
    if size > max_bytes:
        return reject("too_large", f"{size} bytes exceeds the limit of {max_bytes} (SDW_MAX_ARTICLE_BYTES)")
    data = path.read_bytes()
    head = data[:4096]
    if b"\x00" in data or len(head) - len(head.translate(None, _CONTROL_BYTES)) > len(head) // 20:
        return reject("binary", "contains NUL or many control bytes: not a text article")
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return reject("not_utf8", f"not valid UTF-8 at byte {error.start}")
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    meta, meta_errors = _read_sidecar(path)
    published = None
    if suffix == ".txt":
        content = decoded.strip("\n")
    else:
        content, html_published = _html_to_text(decoded)
        if sum(ch.isalpha() for ch in content) < MIN_HTML_TEXT_LETTERS:
            return reject("html_without_text", f"less than {MIN_HTML_TEXT_LETTERS} letters of main text in the HTML")
        published = _plausible(html_published, "the page's own date", today, meta_errors)
    if not content.strip():
        return reject("empty", "the file holds no text")
    if meta.get("published"):
        try:
            published = _plausible(dt.date.fromisoformat(str(meta["published"])[:10]), "published", today, meta_errors)
        except ValueError:
            meta_errors.append(f"published is not an ISO date: {meta['published']!r}")
    url = meta.get("url")
    if url is not None and (not isinstance(url, str) or urlparse(url).scheme.lower() not in ("http", "https")):
        meta_errors.append(f"url is not an http(s) address: {str(url)[:200]!r}")
        url = None
    article_id, full_sha = text_id(content)
    title = next((line.strip() for line in content.split("\n") if line.strip()), "")
    source_format = "txt" if suffix == ".txt" else "html"
    return Article(article_id, source_name, title, content, full_sha, source_format, size, published,
                   url, None if meta.get("outlet") is None else str(meta["outlet"]), "; ".join(meta_errors) or None)


def _plausible(date: dt.date | None, label: str, today: dt.date, errors: list[str]) -> dt.date | None:
    """A published date outside [2000-01-01, today] is noted and not used: it would fail every
    later night's date gates, and the extractor falls back to the article's dateline."""
    if date is None or EARLIEST_PUBLISHED <= date <= today:
        return date
    errors.append(
        f"{label} {date.isoformat()} is outside [{EARLIEST_PUBLISHED.isoformat()}, {today.isoformat()}]: not used"
    )
    return None


def _read_sidecar(path: Path) -> tuple[dict, list[str]]:
    """The sidecar's fields and any reasons it could not be used. A sidecar that is a link, not a
    regular file, or larger than metadata can be is not read."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    try:
        status = sidecar.lstat()
    except FileNotFoundError:
        return {}, []
    except OSError as error:
        return {}, [f"{sidecar.name} cannot be examined: {error.strerror}"]
    if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_SIDECAR_BYTES:
        return {}, [f"{sidecar.name} is not a regular file of at most {MAX_SIDECAR_BYTES} bytes: not read"]
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except OSError as error:
        return {}, [f"{sidecar.name} cannot be read: {error.strerror}"]
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return {}, [f"{sidecar.name} is not valid UTF-8 JSON: {error}"]
    if not isinstance(meta, dict):
        return {}, [f"{sidecar.name} is not a JSON object"]
    return meta, []


def _html_to_text(html: str) -> tuple[str, dt.date | None]:
    """Title and main text of an article page, through trafilatura (a maintained extractor)."""
    import trafilatura  # imported here: it is slow to import and only HTML sources need it

    document = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True)
    # with_metadata=True: a Document (as_dict=False is the default)
    if not document or isinstance(document, dict):
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
