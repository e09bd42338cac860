import datetime as dt

import pytest

from sdw.extraction.article import extract_article
from sdw.reference import default_reference


@pytest.fixture(scope="session")
def reference():
    return default_reference()


@pytest.fixture
def events_of():
    """Accepted events of a small article: a title line, then the body."""
    def run(body: str, published: dt.date | None = None, title: str = "عنوان المقال"):
        extraction = extract_article("test-article", f"{title}\n{body}", published)
        return [c for c in extraction.event_candidates if c["is_event"]]
    return run
