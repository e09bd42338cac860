"""A keyword prefilter for firehose sources: is an article worth extracting at all?

A general news feed brings thousands of articles a night that never name the principal. The
extractor finds an engagement only where one of his names, titles or bodies (principals.csv,
read through the same gazetteer as sdw.extraction.places) stands in the text, and a claimed
count only where the tally pattern (sdw.extraction.tallies) matches a sentence. This filter
looks for the same two things in the whole normalized text, more loosely than the extractor
does (a form may end inside a word, a count may span a sentence break), so it never drops an
article the extractor would have found an engagement or a count in; it only spares the
extractor the articles that name neither.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sdw.extraction.normalize import normalize_text
from sdw.extraction.reference import Reference, default_reference
from sdw.extraction.tallies import mentions_a_count


@lru_cache(maxsize=4)
def principal_pattern(reference: Reference) -> re.Pattern[str]:
    """Every lexicon key of a principal's name, title or body, its words separated by any run of
    non-word characters (the gazetteer's tokens are runs of word characters). A key's first word
    has lost its article and a mention's first word keeps its clitics (وبالمديرية), so each key is
    looked for anywhere, not at a word's start."""
    keys = sorted((key for key, alias in reference.aliases.items() if alias.kind.startswith("principal_")),
                  key=lambda key: (-len(key), key))
    if not keys:
        raise ValueError("principals.csv gives no name, title or body: the prefilter would drop every article")
    return re.compile("|".join(r"\W+".join(map(re.escape, key.split(" "))) for key in keys))


def may_report(content: str, reference: Reference | None = None) -> bool:
    """True when the article names a principal or claims a count: it goes on to extraction."""
    text = normalize_text(content)
    return bool(principal_pattern(reference or default_reference()).search(text)) or mentions_a_count(text)
