"""Find countries, regions, agencies and officials named in normalized Arabic text.

Arabic glues conjunctions, prepositions and the article to the word (وبالرباط، لإسبانيا،
ونمسا), so the gazetteer is looked up token by token after peeling those clitics off the first
word of each candidate n-gram; the longest alias wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from sdw.extraction.reference import Alias, Reference, home_country
from sdw.extraction.word_cache import WordCache

TOKEN_RE = re.compile(r"\w+")
HOME = home_country()  # ISO2 of the country the alias seed marks kind=home (Morocco)


@dataclass(slots=True)  # not frozen: a sentence makes dozens, and a frozen dataclass is slow to build
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    # The words, then where each is: only non-word characters lie between two words, so the next
    # occurrence of a word is the word itself (cheaper than a match object per word).
    tokens, position, find = [], 0, text.find
    for word in TOKEN_RE.findall(text):
        position = find(word, position)
        tokens.append(Token(word, position, position + len(word)))
        position += len(word)
    return tokens


@dataclass(frozen=True)
class Clitics:
    conjunction: str  # و or ف
    preposition: str  # ب، ل or ك
    article: bool


@dataclass(frozen=True)
class PlaceMention:
    start: int  # span in the normalized text
    end: int
    token_index: int  # index of the first token
    token_count: int
    alias: Alias
    clitics: Clitics

    @property
    def iso2(self) -> str | None:
        return self.alias.iso2

    @property
    def is_home(self) -> bool:
        return self.alias.iso2 == HOME

    @property
    def is_region(self) -> bool:
        return self.alias.kind == "region"

    @property
    def is_actor_word(self) -> bool:
        """A title or one of the principal's names: who acts, not where or which country."""
        return self.alias.kind == "title" or self.alias.kind.startswith("principal_")


def _clitic_prefixes() -> dict[str, list[tuple[str, Clitics, Clitics]]]:
    """Every [conjunction][preposition][article] prefix but none, with its clitics, and those clitics
    with the article (a stem that keeps a leading ال loses it too: _peel), by first letter, in order:
    a word is read only against the prefixes it can start with."""
    prefixes: dict[str, list[tuple[str, Clitics, Clitics]]] = {}
    for conjunction in ("", "و", "ف"):
        for preposition in ("", "ب", "ل", "ك"):
            for article in (False, True):
                if not (conjunction or preposition or article):
                    continue
                prefix = conjunction + (
                    "لل" if preposition == "ل" and article else preposition + ("ال" if article else ""))
                prefixes.setdefault(prefix[0], []).append(
                    (prefix, Clitics(conjunction, preposition, article), Clitics(conjunction, preposition, True)))
    return prefixes


_CLITIC_PREFIXES = _clitic_prefixes()
_BARE = (Clitics("", "", False), Clitics("", "", True))


@lru_cache(maxsize=65536)
def _peel(word: str) -> tuple[tuple[str, Clitics], ...]:
    """Every reading of a word as [conjunction][preposition][article] + stem, bare word first."""
    readings = [(word, *_BARE)]
    readings += [(word[len(prefix):], clitics, with_article)
                 for prefix, clitics, with_article in _CLITIC_PREFIXES.get(word[:1], ())
                 if word.startswith(prefix) and len(word) - len(prefix) >= 2]
    # Lexicon keys drop a leading ال (lexicon_key): so must a stem, even one whose root starts with
    # it ('الالمانيه' -> 'المانيه' -> 'مانيه', as 'ألمانية' is keyed).
    return tuple((stem[2:], with_article) if stem.startswith("ال") and len(stem) > 3 else (stem, clitics)
                 for stem, clitics, with_article in readings)


_QUARTER_WORDS = frozenset({"حي", "بحي", "وحي", "لحي", "الحي", "بالحي", "حومه", "بحومه", "زنقه", "بزنقه", "شارع",
                            "بشارع"})
_TOWN_KINDS = frozenset({"capital", "city", "ambiguous", "short_name"})
# 'أن يعيده على البلدين بالخير واليمن والبركات': اليمن is also good fortune, in the wishes of a holiday greeting.
_FORTUNE = frozenset({"اليمن", "واليمن", "باليمن"})
_WISHES = frozenset({"بالخير", "الخير", "والخير", "والبركات", "والبركه", "والمسرات", "بالصحه", "والسعاده"})


def find_places(text: str, reference: Reference, tokens: list[Token] | None = None) -> list[PlaceMention]:
    """All gazetteer mentions in normalized text, longest match first, left to right."""
    tokens = tokens if tokens is not None else tokenize(text)
    starts = _alias_starts(reference)
    if len(starts) >= _MAX_CACHED_WORDS:
        starts.clear()  # bounded: a long run meets more distinct words than it needs to keep
    words = list(map(_TEXT, tokens))
    readings = list(map(starts.__getitem__, words))
    mentions: list[PlaceMention] = []
    free = 0  # the first token no mention has taken
    # Only the tokens with a reading that begins an alias key can begin a mention (most have none).
    for index in compress(range(len(tokens)), readings):
        if index < free:
            continue
        found = _longest_alias_at(words, index, readings[index], reference)
        if found is None:
            continue
        alias, clitics, count = found
        if alias.kind == "title" and count > 1 and (shorter := _title_before_a_body(words, index, count, readings,
                                                                                     reference)) is not None:
            alias, clitics, count = shorter
        if index and words[index - 1] in _QUARTER_WORDS and alias.kind in _TOWN_KINDS:
            # 'بمقر المديرية العامة بحي الرياض في الرباط': a quarter named after a town is no town.
            free = index + count
            continue
        if words[index] in _FORTUNE and ((index > 0 and words[index - 1] in _WISHES)
                                         or (index + 1 < len(words) and words[index + 1] in _WISHES)):
            free = index + count
            continue
        mentions.append(PlaceMention(tokens[index].start, tokens[index + count - 1].end, index, count, alias, clitics))
        free = index + count
    return mentions


def refer_back_to_bodies(text: str, tokens: list[Token], mentions: list[PlaceMention],
                         named: dict[str, Alias], reference: Reference) -> list[PlaceMention]:
    """The mentions of a sentence with the international bodies it names by their head noun alone.

    Once a report has named 'جامعة نايف العربية للعلوم الأمنية' or 'المنظمة الدولية للشرطة الجنائية', 'الجامعة'
    and 'المنظمة' are that body: 'شارك في أشغال الدورة ... للمجلس الأعلى للجامعة'. `named` holds the bodies
    the report named before (code -> alias). A head noun two named bodies share names neither, one
    followed by a definite word names another ('المجلس الأعلى'), and one right after a definite word is an
    adjective ('اللجنة الوطنية المنظمة').
    """
    if not named:
        return mentions
    heads = _body_heads(reference)
    taken = {index for m in mentions for index in range(m.token_index, m.token_index + m.token_count)}
    found = list(mentions)
    for index, token in enumerate(tokens):
        if index in taken:
            continue
        reading = next(((stem, clitics) for stem, clitics in _peel(token.text)
                        if clitics.article and stem in heads), None)
        if reading is None:
            continue
        codes = heads[reading[0]] & named.keys()
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if len(codes) != 1 or (following is not None and not text[token.end:following.start].strip()
                               and following.text.startswith("ال")):
            continue
        if (not reading[1].conjunction and not reading[1].preposition and index > 0
                and tokens[index - 1].text.startswith("ال") and not text[tokens[index - 1].end:token.start].strip()):
            continue  # 'أعضاء اللجنة الوطنية المنظمة': an adjective after a definite noun, the organizing one
        [code] = codes
        found.append(PlaceMention(token.start, token.end, index, 1, named[code], reading[1]))
    return sorted(found, key=attrgetter("start"))


@lru_cache(maxsize=4)
def _body_heads(reference: Reference) -> dict[str, frozenset[str]]:
    """Head noun of an international body's name of several words -> the bodies so named ('منظمه')."""
    heads: dict[str, set[str]] = {}
    for key, alias in reference.aliases.items():
        if alias.kind == "organization" and alias.agency and " " in key:
            heads.setdefault(key.split(" ")[0], set()).add(alias.agency)
    return {head: frozenset(codes) for head, codes in heads.items()}


_MAX_CACHED_WORDS = 200_000
_TEXT = attrgetter("text")
_Readings = tuple[tuple[str, "Clitics", tuple[int, ...]], ...]


@lru_cache(maxsize=4)
def _alias_starts(reference: Reference) -> WordCache[_Readings]:
    """word -> its readings that begin some alias key (most words begin none)."""
    return WordCache(lambda word: _starting_readings(word, reference))


@lru_cache(maxsize=4)
def _key_lengths(reference: Reference) -> dict[str, tuple[int, ...]]:
    """First word of an alias key -> how many words such keys have, most first."""
    lengths: dict[str, set[int]] = {}
    for key in reference.aliases:
        words = key.split(" ")
        lengths.setdefault(words[0], set()).add(len(words))
    return {word: tuple(sorted(counts, reverse=True)) for word, counts in lengths.items()}


def _starting_readings(word: str, reference: Reference) -> _Readings:
    """The readings of a word (_peel) whose stem is the first word of an alias key, in _peel's
    order, each with the word counts of such keys."""
    lengths = _key_lengths(reference)
    return tuple((stem, clitics, lengths[stem]) for stem, clitics in _peel(word) if stem in lengths)


def _title_before_a_body(words: list[str], index: int, count: int, readings: list[_Readings],
                         reference: Reference) -> tuple[Alias, Clitics, int] | None:
    """The title's first word alone when a body's name begins within the title and runs past it: 'مدير الشرطة
    القضائية البرتغالية' is a director of Portugal's judicial police, not Morocco's director of judicial police
    with a nationality after it."""
    body = next((found for at in range(index + 1, index + count) if readings[at]
                 and (found := _longest_alias_at(words, at, readings[at], reference)) is not None
                 and found[0].kind in ("agency", "organization") and at + found[2] > index + count), None)
    return None if body is None else _longest_alias_at(words, index, readings[index], reference, longest=1)


def _longest_alias_at(words: list[str], index: int, readings: _Readings,
                      reference: Reference, longest: int | None = None) -> tuple[Alias, Clitics, int] | None:
    best: tuple[Alias, Clitics, int] | None = None
    for stem, clitics, counts in readings:
        for count in counts:
            if best and count <= best[2]:
                break
            if count > len(words) - index or (longest is not None and count > longest):
                continue
            key = " ".join((stem, *words[index + 1:index + count])) if count > 1 else stem
            alias = reference.aliases.get(key)
            if alias is None or (alias.bare_only and clitics.article) or (alias.definite_only and not clitics.article):
                continue
            best = (alias, clitics, count)
            break
    return best


def named_countries(mentions: list[PlaceMention]) -> set[str]:
    """Countries named without ambiguity: what an ambiguous name in the same article is read against."""
    return {m.iso2 for m in mentions if m.alias.kind != "ambiguous" and m.iso2}


def resolve_ambiguous(mentions: list[PlaceMention], named: set[str] | None = None) -> dict[int, str | None]:
    """Country for each ambiguous mention (by position), from the countries the article names.

    When exactly one of the alias's possible countries is among `named` (by default, those of
    `mentions`), that one; otherwise the alias row's usual reading (الكونغو: Brazzaville), or
    none (الجمهورية الإسلامية: Mauritania or Iran).
    """
    named = named_countries(mentions) if named is None else named
    resolved: dict[int, str | None] = {}
    for position, mention in enumerate(mentions):
        if mention.alias.kind != "ambiguous":
            continue
        options = [code for code in (mention.alias.iso2, *mention.alias.alternatives) if code]
        in_article = [code for code in options if code in named]
        # The alias row's own country is the usual reading; empty means there is none.
        resolved[position] = in_article[0] if len(in_article) == 1 else mention.alias.iso2
    return resolved
