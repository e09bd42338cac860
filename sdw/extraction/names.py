"""Officials named in full once, then by their family name alone.

News introduces an official with title, country, rank and full name ('مدير الأمن العام السعودي الفريق
محمد البسامي') and then writes only the family name ('زيارة البسامي إلى الرباط'). A foreign official's
family name stands for that official's country wherever the page names no country of its own; a Moroccan
official's ('وزير الداخلية محمد حصاد' ... 'وأجرى حصاد مباحثات') is that official acting, not he.
"""
from __future__ import annotations

from sdw.extraction.actors import FOREIGN_OFFICIAL, HOME_OFFICIAL, OBJECT_MARKERS, Actor
from sdw.extraction.events import find_triggers
from sdw.extraction.places import HOME, PlaceMention, Token

# The words that announce a name: a rank or an honorific. A name not announced so is remembered only when it
# follows the title's country at once and no word of it could be anything else: an official's title may be
# followed by anything ('وزير الداخلية الإسباني اليوم الثلاثاء').
_ANNOUNCING = frozenset({"الفريق", "اللواء", "العميد", "العقيد", "الجنرال", "المقدم", "المشير",
                         "السيد", "السيده", "معالي", "سعاده", "سمو", "الشيخ", "الامير"})
# Words that end a name: prepositions, conjunctions and relatives ('الفريق محمد البسامي في مكتبه').
_AFTER_A_NAME = frozenset({"في", "من", "الي", "علي", "عن", "مع", "الذي", "التي", "و", "ثم", "قد", "كما", "حيث",
                           "وذلك", "خلال", "اليوم", "امس", "بمقر", "رفقه"})
# Particles within a name: 'محمد بن عبد الله البسامي'، 'عبد العزيز'.
_NAME_PARTICLES = frozenset({"بن", "ابن", "بنت", "عبد", "ال", "ابو", "فان", "دي", "دير", "دو", "لا"})
_NAME_TOKENS = 6  # given names, particles and the family name
_TITLE_TOKENS = 6  # words of the title's body and country between the title and the rank: 'الأمن العام السعودي'
_SHORTEST_FAMILY_NAME = 3  # characters: no particle nor pronoun
_UNANNOUNCED_NAME_TOKENS = 4  # a given name, perhaps a middle one, and the family name
# Words that may follow an official's title and country and are no name: 'رئيس الشرطة الإيطالية رفقة وفد'.
_NOT_A_NAME = frozenset({"عمل", "وفد", "وفدا", "رفقه", "مرفوقا", "مرفوقه", "سابقا", "حاليا", "شخصيا", "بالنيابه",
                         "نيابه", "رئيس", "مدير", "وزير", "نائب", "قائد", "سفير", "امين", "مساء", "صباح", "يوم",
                         "بدوره", "نفسه", "ذاته", "كل", "جميع", "بعض", "عدد", "اي", "هذا", "هذه", "ذلك", "تلك"})


def family_names(text: str, tokens: list[Token], actors: list[Actor], mentions: list[PlaceMention]) -> dict[str, str]:
    """The family names of the foreign officials the sentence names in full, each with its country: the last
    word of a name a rank or honorific announces right after the official's title and country, or of one that
    follows the country at once and holds only words a name may hold."""
    foreign = [(a, iso2) for a in actors
               if a.kind == FOREIGN_OFFICIAL and (iso2 := a.iso2) is not None and iso2 != HOME]
    if not foreign:
        return {}  # most sentences: nothing to read
    covered = {i for m in mentions for i in range(m.token_index, m.token_index + m.token_count)}
    found: dict[str, str] = {}
    for actor, iso2 in foreign:
        at = next((i for i, t in enumerate(tokens) if t.start >= actor.end), len(tokens))
        country = next((m for m in mentions if m.iso2 == iso2 and at <= m.token_index < at + _TITLE_TOKENS), None)
        after = country.token_index + country.token_count if country is not None else len(tokens)
        # 'مدير المركز الوطني للاستخبارات الإسباني، فيليكس سانز رولدان، بمقر الجهاز': a name set off in commas.
        set_off = 0 < after < len(tokens) and _comma_before(text, tokens, after)
        if (after < len(tokens) and tokens[after].text not in _ANNOUNCING
                and all(_joined(text, tokens, i) for i in range(at, after))
                and (_joined(text, tokens, after) or set_off)):
            # 'وزير الداخلية الإيطالي ماتيو بيانتيدوسي، الذي ...': the name right after the title's country, with no
            # rank or honorific, when every word of it is one no title, engagement or article opens.
            name = _name_from(text, tokens, after, covered)
            if name and set_off and not _comma_before(text, tokens, after + len(name)):
                name = None  # set off in commas on both sides, or not a name in apposition
            if name:
                # '... فيتوريو بيزاني ووفد من كبار المسؤولين': the next item joined by 'و' ends the name.
                name = name[:next((i for i, word in enumerate(name) if i and word.startswith("و")
                                   and not _may_be_a_name(word[1:])), len(name))]
            if (name and 2 <= len(name) <= _UNANNOUNCED_NAME_TOKENS and all(map(_may_be_a_name, name))
                    and len(name[-1]) >= _SHORTEST_FAMILY_NAME):
                found[name[-1]] = iso2
                continue
        last = min(at + _TITLE_TOKENS, len(tokens))
        while (at < last and tokens[at].text not in _ANNOUNCING and tokens[at].text not in _AFTER_A_NAME
               and _joined(text, tokens, at)):
            at += 1  # the rest of the title, its body and country: 'مدير الأمن العام السعودي'
        if at >= last or tokens[at].text not in _ANNOUNCING or not _joined(text, tokens, at):
            continue
        name = _name_from(text, tokens, at + 1, covered)
        if name and len(name) >= 2 and name[-1] not in _NAME_PARTICLES and len(name[-1]) >= _SHORTEST_FAMILY_NAME:
            found[name[-1]] = iso2
    return found


def _may_be_a_name(word: str) -> bool:
    """A word of a foreign name written right after a title: none with the article ('آل' excepted), no engagement
    word ('زيارة'), none of the words that go on a title or a visit ('عمل'، 'وفدا'، 'مرفوقا')."""
    return (len(word) >= 2 and not word.startswith(("ال", "وال", "بال", "لل")) and word not in _NOT_A_NAME
            and word not in _AFTER_A_NAME and not find_triggers(word))


def _comma_before(text: str, tokens: list[Token], at: int) -> bool:
    """Whether what stands between the token before `at` and token `at` (or the text's end) opens with a comma."""
    following = tokens[at].start if at < len(tokens) else len(text)
    return text[tokens[at - 1].end:following].strip()[:1] in ("،", ",")


def _joined(text: str, tokens: list[Token], at: int) -> bool:
    """Whether nothing but spaces stands between the token and the one before it."""
    return at == 0 or not text[tokens[at - 1].end:tokens[at].start].strip()


def _name_from(text: str, tokens: list[Token], first: int, covered: set[int]) -> list[str] | None:
    """The words of the name from `first`, or None when nothing shows where it ends: a name ends at a
    punctuation mark or a word that cannot be part of it ('في'، 'الذي'); 'السيد أولاف هانسن وفدا مغربيا' runs
    into the words after it."""
    words: list[str] = []
    at = first
    while (at < len(tokens) and len(words) < _NAME_TOKENS and at not in covered and not _ends_a_name(tokens[at].text)
           and not tokens[at].text.isdigit() and (at == first or _joined(text, tokens, at))):
        words.append(tokens[at].text)
        at += 1
    ends = at == len(tokens) or (words and (not _joined(text, tokens, at) or _ends_a_name(tokens[at].text)))
    return words if ends else None


def _ends_a_name(word: str) -> bool:
    """A word no name holds: a preposition, conjunction or relative, or one with the article after ل or ب
    ('الأمير نايف للأمن العربي'، 'السيد أولاف هانسن بالرباط')."""
    return word in _AFTER_A_NAME or word.startswith(("لل", "بال"))


def country_by_family_name(tokens: list[Token], start: int, end: int, known: dict[str, str]) -> str | None:
    """The country of the one official the words from start to end name by a family name the page gave
    before ('زيارة البسامي'), if they name exactly one country so."""
    if not known:
        return None
    countries = {known[name] for t in tokens if start <= t.start < end for name in _as_named(t.text) if name in known}
    return countries.pop() if len(countries) == 1 else None


def _as_named(word: str) -> list[str]:
    """What the word may be without a conjunction or preposition before it: 'والبسامي'، 'لكارنيرو'."""
    return [word[len(clitic):] for clitic in _NAME_CLITICS
            if word.startswith(clitic) and len(word) - len(clitic) >= _SHORTEST_FAMILY_NAME]


def home_family_names(mentions: list[PlaceMention]) -> set[str]:
    """The family names of the Moroccan officials the sentence names in full ('وزير الداخلية محمد حصاد')."""
    return {words[-1] for m in mentions if m.alias.kind == "official" and m.iso2 == HOME
            and len(words := m.alias.key.split()) >= 2 and len(words[-1]) >= _SHORTEST_FAMILY_NAME}


def named_again(tokens: list[Token], actors: list[Actor], names: set[str]) -> list[Actor]:
    """The sentence's actors, with the Moroccan officials it names by a family name the page gave before in
    full: 'وعلى هامش الجلسة، أجرى حصاد مباحثات' is the minister's talks."""
    if not names:
        return actors
    added = []
    for index, token in enumerate(tokens):
        clitic = next((c for c in _NAME_CLITICS if token.text.startswith(c) and token.text[len(c):] in names), None)
        if clitic is None or any(a.start <= token.start < a.end for a in actors):
            continue
        is_object = "ب" in clitic or "ل" in clitic or (index > 0 and tokens[index - 1].text in OBJECT_MARKERS)
        added.append(Actor(token.start, token.end, index, HOME_OFFICIAL, is_object=is_object))
    return sorted(actors + added, key=lambda a: a.start) if added else actors


# What may stand before a family name: nothing, a conjunction, a preposition ('وحصاد'، 'بحصاد'، 'لحصاد').
_NAME_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول")
