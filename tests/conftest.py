import datetime as dt

import pytest

from sdw.extraction.article import extract_article
from sdw.extraction.reference import default_reference


@pytest.fixture(scope="session")
def reference():
    return default_reference()


@pytest.fixture
def events_of():
    """Accepted events of a small article: a title line, then the body.

    The default title names the principal, as the articles of this feed do, so that a body sentence
    with a pronoun or no subject continues a story about him; tests of other actors pass their own.
    """
    def run(body: str, published: dt.date | None = None, title: str = "الحموشي يعزز التعاون الأمني الدولي"):
        extraction = extract_article("test-article", f"{title}\n{body}", published)
        return [c for c in extraction.event_candidates if c["is_event"]]
    return run
