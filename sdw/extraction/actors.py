"""Who acts: the principal (Hammouchi by default), a Moroccan official, or a foreign one.

A daily feed is full of security meetings that are not the principal's: the interior minister
receiving his Spanish counterpart, a Spanish police chief visiting Algiers. An engagement is the
principal's only when he is a party: named or designated by one of his titles in the clause, the
subject of a verb whose subject the text leaves out while the passage is about him, the host of a
foreign official's visit to Morocco reported in a passage about him, or through the bodies he
heads (DGSN, DGST). Names, titles and bodies come from dbt_project/seeds/principals.csv and
official_titles.csv, read through the same gazetteer as places.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from sdw.extraction.places import HOME, PlaceMention, Token
from sdw.extraction.reference import lexicon_key

PRINCIPAL, HOME_OFFICIAL, FOREIGN_OFFICIAL = "principal", "home_official", "foreign_official"
# Whom a new brief on a page of briefs speaks of before it names anyone: nobody the page told of yet.
ANOTHER_STORY = "another_story"
PRINCIPAL_KINDS = {"principal_name": "name", "principal_title": "title", "principal_body": "body"}
# Words that make what follows an object, not a subject: 'met with X', 'received by X' is handled apart.
# 'بين X و Y' names the parties themselves, so it is not among them.
OBJECT_MARKERS = {"مع", "رفقه", "برفقه", "لدي", "الي", "عن", "ضد", "لفايده", "علي"}
# How far after a title a nationality may stand ('رئيس مكافحة الإرهاب البريطاني'), and the words that
# end the title's phrase before it ('سافر المدير العام ... إلى لندن': London is where he went).
_MARKER_WINDOW_TOKENS = 4
PHRASE_BREAKS = {"و", "ثم", "او", "الي", "صوب", "نحو", "في", "من", "مع", "علي", "عن", "يوم", "خلال", "حيث", "الذي",
                  "التي", "بين", "لدي", "امس", "اليوم", "قد", "كما", "حول", "بعد", "قبل", "منذ"}


@dataclass(frozen=True)
class Actor:
    start: int  # span in the normalized sentence
    end: int
    token_index: int
    kind: str  # principal, home_official, foreign_official, another_story
    principal_id: str | None = None
    principal_role: str | None = None  # name, title, body
    iso2: str | None = None  # a foreign official's country
    is_object: bool = False  # introduced by a preposition ('مع نظيره', 'بالحموشي')
    opens_parties: bool = False  # right after 'بين': the first of the parties themselves
    holds_his_title: bool = False  # his title held by another ('المدير العام للأمن الوطني الفريق ...')
    heads_a_state: bool = False  # a foreign head of state or government ('الرئيس الفرنسي'): the King's guest
    epithet: bool = False  # 'المسؤول المغربي': a Moroccan official left unnamed, whom the passage is about


# The words that name a state before its name or adjective: 'في الجمهورية التونسية'، 'في دولة الكويت'.
_STATE_WORDS = frozenset({"الجمهوريه", "جمهوريه", "المملكه", "مملكه", "دوله", "الدوله", "سلطنه", "اماره"})


def _foreign_marker(mentions: list[PlaceMention], position: int, tokens: list[Token]) -> PlaceMention | None:
    """The nationality right after a title: a country, demonym, agency or international body."""
    title = mentions[position]
    last_token = title.token_index + title.token_count - 1
    for at, following in enumerate(mentions[position + 1:], start=position + 1):
        if following.token_index - last_token > _MARKER_WINDOW_TOKENS or following.clitics.conjunction:
            return None  # too far, or another party joined by و ('الملك محمد السادس والرئيس السنغالي')
        gap = [t.text for t in tokens[last_token + 1:following.token_index]]
        if (gap[:1] == ["في"] and all(word in _STATE_WORDS for word in gap[1:]) and following.iso2
                and following.alias.kind in ("short_name", "name", "demonym")):
            return following  # 'المدير العام للأمن الوطني في الجمهورية الجزائرية': whose title
        if ((following.clitics.preposition == "ب" or gap == ["في"]) and following.alias.kind == "principal_body"
                and title.alias.kind == "title" and title.alias.key not in _GROUP_TITLES):
            # 'مدير الشرطة القضائية بالمديرية العامة للأمن الوطني'، 'مدير الأمن العمومي في المديرية ...': a post in
            # his body.
            return following
        if any(word in PHRASE_BREAKS or word in _IN_A_CITY for word in gap) or _is_place_role(following):
            return None  # 'حل المدير العام ... بالعاصمة النمساوية فيينا': where he went, not whose title
        if any(word in _OTHER_PARTIES or word in _IN_THE_COMPANY_OF for word in gap):
            # 'التقى مدير الأمن العام رئيسي وفدي مصر والعراق': the parties he met, not whose title; 'ترأس الحفل مدير
            # المعهد الملكي للشرطة، بحضور سفير جمهورية غينيا': the one present beside him is another.
            return None
        if title.clitics.article and any(word in _DELEGATION_NOUNS for word in gap):
            return None  # 'ترأس المدير العام الوفد المغربي': a definite title is whole; the delegation is Moroccan
        if following.clitics.preposition == "ب" and following.alias.kind in ("title", "official"):
            return None  # 'التقى المدير العام للأمن الوطني بمدير الـFBI': the one met, another party
        if following.alias.kind == "agency" and following.iso2 == HOME:
            # 'المدير العام للأمن العام بوزارة الداخلية النمساوية': a ministry's own nationality says whose it is.
            ministry = _foreign_marker(mentions, at, tokens)
            return ministry if ministry is not None and ministry.iso2 not in (None, HOME) else following
        if following.alias.kind in ("agency", "organization", "official") or (
                following.iso2 and following.alias.kind not in ("principal_name", "title")):
            return following
        if following.alias.kind == "title" and following.alias.label in _COUNTERPART_LABELS:
            return None  # 'سبق لوزير الداخلية أن استقبل نظيره البلجيكي': the counterpart's nationality, not his
        if following.alias.kind == "title":
            last_token = following.token_index + following.token_count - 1
            continue
        return None
    return None


_COUNTERPART_LABELS = frozenset({"Counterpart", "Counterparts"})  # official_titles.csv: نظيره، نظراؤه...


# A city named by its kind before the country's adjective: a place ('بالعاصمة النمساوية')، unlike a state's
# name ('بالجمهورية الإسلامية الموريتانية'، 'بالمملكة المغربية'), which says whose title it is.
_IN_A_CITY = frozenset({"بالعاصمه", "بعاصمه", "بمدينه", "بالمدينه", "للعاصمه"})
_DELEGATION_NOUNS = frozenset({"الوفد", "الوفود"})
# The heads of two delegations, the two counterparts: others named after a title, as its object.
_OTHER_PARTIES = frozenset(lexicon_key(word) for word in ("رئيسي", "رؤساء", "وفدي", "نظيريه", "نظراءه", "نظرائه"))
_IN_THE_COMPANY_OF = frozenset(lexicon_key(word) for word in ("بحضور", "وبحضور", "رفقة", "برفقة", "بمعية",
                                                                 "بمشاركة", "وبمشاركة"))
# Titles of a group ('مسؤولين بالمديرية العامة'): his staff attending, which the clause rules read apart.
_GROUP_TITLES = frozenset(lexicon_key(word) for word in ("مسؤولين", "مسؤولي", "مديري", "رؤساء", "قادة", "سفراء"))


# Military and police ranks that stand between a title and its holder's name.
_RANKS = frozenset({"الفريق", "اللواء", "العميد", "العقيد", "الجنرال", "المقدم", "المشير"})


def _ranked_holder(title: PlaceMention, tokens: list[Token]) -> bool:
    following = title.token_index + title.token_count
    return following < len(tokens) and tokens[following].text in _RANKS


# 'المدير العام للأمن الوطني حينها'، '... السابق': whoever held the title then, or before.
_THEN = frozenset({"حينها", "انذاك", "وقتها", "حينذاك", "السابق", "الاسبق"})


def _held_then(title: PlaceMention, tokens: list[Token]) -> bool:
    following = title.token_index + title.token_count
    return following < len(tokens) and tokens[following].text in _THEN


# 'نائب المدير العام للأمن الوطني'، 'مساعد المدير العام': his deputy or assistant, another official.
_DEPUTY_WORDS = frozenset(lexicon_key(word) for word in ("نائب", "ونائب", "مساعد", "ومساعد", "لنائب", "بنائب"))


def _deputy_s(title: PlaceMention, tokens: list[Token]) -> bool:
    return title.token_index > 0 and tokens[title.token_index - 1].text in _DEPUTY_WORDS


# 'وكان المدير العام الجديد قد حل بدكار': the one newly named to a post; he has held his since 2015.
_NEW = frozenset({"الجديد", "الجديده"})


def _newly_named(title: PlaceMention, tokens: list[Token]) -> bool:
    following = title.token_index + title.token_count
    return following < len(tokens) and tokens[following].text in _NEW


# Titles of a head of state or government, and 'الرئيس' right before his country's adjective ('الرئيس الفرنسي').
_HEAD_OF_STATE_TITLES = frozenset(lexicon_key(title) for title in (
    "الملك", "العاهل", "ولي العهد", "الأمير", "أمير", "رئيس الجمهورية", "رئيس الحكومة", "رئيس الوزراء"))


def _heads_a_state(title: PlaceMention, marker: PlaceMention) -> bool:
    return title.alias.key in _HEAD_OF_STATE_TITLES or (
        title.alias.key == lexicon_key("رئيس") and title.clitics.article and marker.alias.kind == "demonym"
        and marker.token_index == title.token_index + title.token_count)


def _anothers_apposition(mentions: list[PlaceMention], position: int) -> bool:
    """'استقبل بوشعيب الرميل، المدير العام للأمن الوطني، ...': his title right after another official's name,
    not followed by his own name, is that official's; so is his title right before a Moroccan official's name
    ('وحضر اللقاء المدير العام للأمن الوطني بوشعيب الرميل', his predecessor)."""
    title = mentions[position]
    before = mentions[position - 1] if position > 0 else None
    after = mentions[position + 1] if position + 1 < len(mentions) else None
    right_after = after is not None and after.token_index == title.token_index + title.token_count
    if right_after and after.alias.kind == "official" and after.iso2 == HOME:  # type: ignore[union-attr]
        return True
    return (before is not None and before.alias.kind == "official" and not title.clitics.conjunction
            and title.token_index == before.token_index + before.token_count
            and not (right_after and after.alias.kind == "principal_name"))  # type: ignore[union-attr]


def _is_place_role(mention: PlaceMention) -> bool:
    """'في الرباط', 'بمدينة': a city or capital after a title says where, not whose."""
    return mention.alias.kind in ("capital", "city", "home")


def _after_between(mention: PlaceMention, tokens: list[Token]) -> bool:
    return mention.token_index > 0 and tokens[mention.token_index - 1].text == "بين"


# 'زيارة عمل إلى لشبونة، التقى خلالها المدير الوطني للشرطة': the one met during the engagement told.
_DURING_IT = {"خلالها", "خلاله", "اثناءها", "اثناءه"}
# 'استقبال المدير العام لمكتب مكافحة الإرهاب بالنيجر': the one received (the verb's subject comes after it).
# 'عاد إلى الدوحة للقاء نظيره القطري': the one he went to meet.
_RECEPTION_NOUNS = {"استقبال", "باستقبال", "لاستقبال", "توديع", "للقاء", "لملاقاه", "لمقابله"}
_MET_VERBS = {"التقي", "التقت", "يلتقي", "تلتقي", "قابل", "قابلت", "استقبل", "استقبلت", "جالس"}
# 'وفي فبراير رافق وزير الداخلية محمد حصاد إلى باريس': the one right after 'accompanied' is whom he went with.
_ACCOMPANIED = {"رافق", "يرافق"}


_INVITATION = {"بدعوه", "دعوه", "لدعوه", "بطلب"}  # 'تلبية لدعوة من'، 'بطلب من'
_UNIT_NOUNS = {"القياده", "الجهويه", "الاقليميه", "العليا", "مصالح", "المصالح", "وحده", "الوحده", "وحدات",
               "عناصر", "فرقه", "الفرقه", "سريه", "المركز"}


def _is_object(mention: PlaceMention, tokens: list[Token]) -> bool:
    index = mention.token_index
    previous = tokens[index - 1].text if index else ""
    met_during = previous in _DURING_IT and index > 1 and tokens[index - 2].text.removeprefix("و") in _MET_VERBS
    # 'القيادة الجهوية للدرك الملكي'، 'مصالح للأمن': the unit of a body, its ل a genitive, acts as the body.
    of_a_unit = mention.clitics.preposition == "ل" and previous in _UNIT_NOUNS
    # 'وسبق لمدير الاستعلامات العامة أن ترأس': after 'سبق' the ل names who had done it.
    had_done = mention.clitics.preposition == "ل" and previous.lstrip("وف") == "سبق"
    # 'حل بالرياض بدعوة من رئيس أمن الدولة السعودي': the one who invited him, his host.
    invited_by = previous == "من" and index > 1 and tokens[index - 2].text.lstrip("وف") in _INVITATION
    # 'كان الرجل حاضرا، إلى جانب رئيس الحكومة'، 'بجانب وزير الداخلية': beside him, not the one who acts ('من جانب'
    # names who did).
    alongside = mention.alias.kind in ("title", "official") and (
        previous.lstrip("وف") == "بجانب" or (previous == "جانب" and index > 1
                                            and tokens[index - 2].text.lstrip("وف") == "الي"))
    return ((mention.clitics.preposition in ("ب", "ل") and not of_a_unit and not had_done)
            or previous in OBJECT_MARKERS or invited_by or alongside
            or met_during or previous.lstrip("وف") in _RECEPTION_NOUNS or previous.lstrip("وف") in _ACCOMPANIED)


def _holds_a_post_before(mentions: list[PlaceMention], position: int, tokens: list[Token]) -> bool:
    """A title right before the body, 'في' between them: the body that title is a post in."""
    if position == 0:
        return False
    title, body = mentions[position - 1], mentions[position]
    return (title.alias.kind == "title" and body.token_index == title.token_index + title.token_count + 1
            and tokens[body.token_index - 1].text == "في" and _foreign_marker(mentions, position - 1, tokens) is body)


_DELEGATION = frozenset({"الوفد", "وفد", "وفدا"})


def _delegation_before(mention: PlaceMention, tokens: list[Token]) -> Token | None:
    """The word 'delegation' right before a demonym ('الوفد البلجيكي'، 'وفدا بلجيكيا'), with its clitics."""
    if mention.token_index == 0 or mention.clitics.preposition or mention.clitics.conjunction:
        return None
    word = tokens[mention.token_index - 1]
    return word if word.text.lstrip("وف").removeprefix("ب").removeprefix("ل") in _DELEGATION else None


def _delegation_is_object(index: int, tokens: list[Token]) -> bool:
    word = tokens[index].text.lstrip("وف")
    return (word.startswith(("ب", "ل")) or word == "وفدا"
            or (index > 0 and tokens[index - 1].text in OBJECT_MARKERS))


# His title, or his body's name, without its second half: abroad, the country's own chief of police or force.
_BARE_TITLES = frozenset({lexicon_key("المدير العام للأمن الوطني"), lexicon_key("المديرية العامة للأمن الوطني")})


def _bare_title_of_home_chief(mention: PlaceMention, mentions: list[PlaceMention], position: int,
                              page_abroad: str | None) -> bool:
    """'تونس – 07 نوفمبر 2023' then 'أدى المدير العام للأمن الوطني زيارة عمل إلى الجزائر': a page filed
    abroad calls its own country's chief by the bare title; his name or Morocco's right after it makes it his."""
    if page_abroad is None or mention.alias.key not in _BARE_TITLES:
        return False
    following = mentions[position + 1] if position + 1 < len(mentions) else None
    return not (following is not None and (following.alias.kind == "principal_name" or following.iso2 == HOME)
                and following.token_index - (mention.token_index + mention.token_count) <= _MARKER_WINDOW_TOKENS)


def _named_holder_before(mentions: list[PlaceMention], position: int) -> PlaceMention | None:
    """The foreign official named right before a title, in apposition ('راشد بن عبدالله آل خليفة وزير الداخلية'):
    the title is his. ('ووزير الداخلية' after a name is another person.)"""
    if position < 1:
        return None
    title, holder = mentions[position], mentions[position - 1]
    return holder if (holder.alias.kind == "official" and holder.iso2 not in (None, HOME)
                      and holder.token_index + holder.token_count == title.token_index
                      and not title.clitics.conjunction and not title.clitics.preposition) else None


def titles_held_abroad(mentions_by_sentence: Iterable[list[PlaceMention]]) -> dict[str, str]:
    """The titles of a post a page gives in apposition to a named foreign official, each with his country, when the
    page gives each title to one country's officials only: on the page, that title alone is that official's
    ('حين جلس الشيخ راشد بن عبدالله آل خليفة وزير الداخلية إلى طاولة المباحثات' then 'حل وزير الداخلية ضيفا على
    الرباط', in a Bahraini paper)."""
    given: dict[str, set[str]] = {}
    for mentions in mentions_by_sentence:
        for position, mention in enumerate(mentions):
            # Only a title that names a post ('وزير الداخلية', home_when_unmarked), not 'المدير العام' of anything.
            if (mention.alias.kind == "title" and mention.alias.home_when_unmarked
                    and (holder := _named_holder_before(mentions, position)) is not None):
                given.setdefault(mention.alias.key, set()).add(holder.iso2)  # type: ignore[arg-type]
    return {key: next(iter(countries)) for key, countries in given.items() if len(countries) == 1}


def find_actors(mentions: list[PlaceMention], tokens: list[Token], page_abroad: str | None = None,
                copy_home: str | None = None, titles_abroad: Mapping[str, str] | None = None,
                filed_in: str | None = None) -> list[Actor]:
    """The people and bodies in a sentence that can act: principals and officials. page_abroad: the
    country a page filed abroad was filed in (its dateline's), if it was and its force bears his force's name;
    copy_home: the country whose national agency wrote the copy, if a foreign one did; titles_abroad: the
    titles the page gave to named foreign officials (titles_held_abroad); filed_in: the foreign country a page's
    dateline says it was filed in, whatever its force's name."""
    actors: list[Actor] = []
    for position, mention in enumerate(mentions):
        kind = mention.alias.kind
        if kind in ("title", "official") and _names_a_decoration(mention, tokens):
            continue  # 'حظي بوسام الملك عبد العزيز': the order bears the King's name; he does not act
        # 'مدير الأمن العمومي في المديرية العامة للأمن الوطني': the body a post is in, no party.
        is_object = _is_object(mention, tokens) or (
            kind == "principal_body" and _holds_a_post_before(mentions, position, tokens))
        if kind in PRINCIPAL_KINDS:
            # 'المسؤول الأمني المغربي بالعاصمة البريطانية': a title that names Morocco is his wherever he is.
            names_morocco = "مغرب" in mention.alias.key
            marker = (_foreign_marker(mentions, position, tokens)
                      if kind == "principal_title" and not names_morocco else None)
            if marker is None and kind in ("principal_title", "principal_body") and _bare_title_of_home_chief(
                    mention, mentions, position, page_abroad):
                actors.append(Actor(mention.start, mention.end, mention.token_index, FOREIGN_OFFICIAL,
                                    iso2=page_abroad, is_object=is_object))
            elif marker is not None and marker.iso2 != HOME:
                # 'المدير العام للأمن الوطني بموريتانيا': the same title, another country's holder.
                actors.append(Actor(mention.start, mention.end, mention.token_index, FOREIGN_OFFICIAL,
                                    iso2=marker.iso2, is_object=is_object))
            elif kind == "principal_title" and (_held_then(mention, tokens) or _deputy_s(mention, tokens)
                                                or _anothers_apposition(mentions, position)):
                # 'ترأس الوفد المدير العام للأمن الوطني حينها بوشعيب الرميل': his title, held by another then;
                # 'استقبل نائب المدير العام للأمن الوطني وفدا': his deputy.
                actors.append(Actor(mention.start, mention.end, mention.token_index, HOME_OFFICIAL,
                                    is_object=is_object))
            elif kind == "principal_title" and _ranked_holder(mention, tokens):
                # 'المدير العام للأمن الوطني الفريق محمد ...': a general holds that title elsewhere; he
                # is a civilian. Whose country the text may say later: unknown here.
                actors.append(Actor(mention.start, mention.end, mention.token_index, FOREIGN_OFFICIAL,
                                    iso2=None, is_object=is_object, holds_his_title=True))
            else:
                actors.append(Actor(mention.start, mention.end, mention.token_index, PRINCIPAL,
                                    principal_id=mention.alias.label, principal_role=PRINCIPAL_KINDS[kind],
                                    is_object=is_object))
        elif kind == "agency" and mention.iso2 == HOME:
            # A Moroccan body that is not his (the interior ministry, the gendarmerie) acting.
            marker = _foreign_marker(mentions, position, tokens)
            if marker is None or marker.iso2 == HOME:
                actors.append(Actor(mention.start, mention.end, mention.token_index, HOME_OFFICIAL,
                                    is_object=is_object))
        elif kind == "official" and mention.iso2 == HOME:
            actors.append(Actor(mention.start, mention.end, mention.token_index, HOME_OFFICIAL, is_object=is_object))
        elif kind == "official":
            actors.append(Actor(mention.start, mention.end, mention.token_index, FOREIGN_OFFICIAL,
                                iso2=mention.iso2, is_object=is_object))
        elif kind == "demonym" and mention.iso2 not in (None, HOME) and (
                delegation := _delegation_before(mention, tokens)) is not None:
            # 'كما زار الوفد البلجيكي مختبر الشرطة العلمية': a foreign delegation acts; 'مع الوفد البلجيكي'،
            # 'استقبل وفدا بلجيكيا': it is met.
            actors.append(Actor(delegation.start, mention.end, mention.token_index, FOREIGN_OFFICIAL,
                                iso2=mention.iso2, is_object=_delegation_is_object(mention.token_index - 1, tokens)))
        elif kind == "title":
            marker = _foreign_marker(mentions, position, tokens)
            if marker is not None and marker.alias.kind in ("principal_name", "principal_title"):
                continue  # 'المدير العام عبد اللطيف حموشي': the principal's own mention speaks
            if marker is not None and marker.alias.kind == "principal_body":
                # 'ترأس مدير الشرطة القضائية بالمديرية العامة للأمن الوطني الوفد': one of his directors, not he.
                actors.append(Actor(mention.start, mention.end, mention.token_index, HOME_OFFICIAL,
                                    is_object=is_object))
            elif marker is not None and marker.iso2 != HOME:
                actors.append(Actor(mention.start, mention.end, mention.token_index, FOREIGN_OFFICIAL,
                                    iso2=marker.iso2, is_object=is_object,
                                    heads_a_state=_heads_a_state(mention, marker)))
            elif marker is None and (holder := _named_holder_before(mentions, position)) is not None:
                actors.append(Actor(mention.start, mention.end, mention.token_index, FOREIGN_OFFICIAL,
                                    iso2=holder.iso2, is_object=is_object))
            elif marker is None and titles_abroad and mention.alias.key in titles_abroad:
                # The page gave this title to a named foreign official: alone, it is he again.
                actors.append(Actor(mention.start, mention.end, mention.token_index, FOREIGN_OFFICIAL,
                                    iso2=titles_abroad[mention.alias.key], is_object=is_object))
            elif marker is None and copy_home is not None:
                # 'الرباط 24 نيسان 2019 (بترا)- بحث مدير الأمن العام': a foreign agency's bare title is its own
                # country's official.
                actors.append(Actor(mention.start, mention.end, mention.token_index, FOREIGN_OFFICIAL,
                                    iso2=copy_home, is_object=is_object))
            elif marker is None and (head := _foreign_head_before(mentions, position)) is not None:
                # 'العاهل الأردني الملك عبد الله الثاني': 'the King' in apposition to a foreign head is that head.
                actors.append(Actor(mention.start, mention.end, mention.token_index, FOREIGN_OFFICIAL,
                                    iso2=head.iso2, is_object=is_object))
            elif marker is None and mention.alias.foreign_when_unmarked:
                # 'بحث مدير الأمن العام مع ... حموشي' (Amman's copy): Morocco has no public security director
                # general; another country's: the one the page was filed in ('عمّان - الثلاثاء 5 شباط 2019'), else
                # one the page may tell elsewhere.
                actors.append(Actor(mention.start, mention.end, mention.token_index, FOREIGN_OFFICIAL,
                                    iso2=filed_in, is_object=is_object))
            elif marker is not None or mention.alias.home_when_unmarked or _newly_named(mention, tokens):
                # 'المدير العام الجديد' unmarked: another official, newly named, wherever he serves.
                actors.append(Actor(mention.start, mention.end, mention.token_index, HOME_OFFICIAL,
                                    is_object=is_object, epithet=_is_epithet(mention, marker, mentions, position)))
    by_token = {m.token_index: m for m in mentions}
    # 'رافق وزير الداخلية محمد حصاد': the name right after a title in the accusative is that official, in it too.
    actors = [replace(b, is_object=True) if (
        a is not None and a.is_object and not b.is_object and a.kind == b.kind == HOME_OFFICIAL
        and by_token[a.token_index].alias.kind == "title" and by_token[b.token_index].alias.kind == "official"
        and 0 <= b.start - a.end <= 1) else b for a, b in zip([None, *actors], actors, strict=False)]
    # Built with opens_parties False: only an actor right after 'بين' is made again.
    return [replace(a, opens_parties=True) if _after_between(by_token[a.token_index], tokens) else a for a in actors]


# What a decoration or prize is called by: 'وسام'، 'قلادة'، 'جائزة' ('قلادة الملك فيصل'، 'جائزة الأمير نايف').
_DECORATION_NOUNS = frozenset({"وسام", "قلاده", "ميداليه", "نيشان", "وشاح", "جايزه", "درع"})


def _names_a_decoration(mention: PlaceMention, tokens: list[Token]) -> bool:
    """A title right after a decoration's noun, in construct, is the decoration's name ('بوسام الملك عبد العزيز'),
    not 'منح هذا الوسام للمسؤول المغربي', whom it went to."""
    if mention.token_index == 0 or mention.clitics.preposition:
        return False
    word = tokens[mention.token_index - 1].text
    return word in _DECORATION_NOUNS or (word[:1] in ("و", "ف", "ب", "ل") and word[1:] in _DECORATION_NOUNS)


def _foreign_head_before(mentions: list[PlaceMention], position: int) -> PlaceMention | None:
    """The foreign demonym right before an unmarked title, after a title of its own ('العاهل الأردني الملك')."""
    if position < 2:
        return None
    title, demonym, head = mentions[position], mentions[position - 1], mentions[position - 2]
    adjacent = (demonym.token_index + demonym.token_count == title.token_index
                and head.token_index + head.token_count == demonym.token_index)
    return demonym if (adjacent and demonym.alias.kind == "demonym" and demonym.iso2 not in (None, HOME)
                       and head.alias.kind == "title") else None


EPITHET_TITLE = lexicon_key("مسؤول")


def _is_epithet(title: PlaceMention, marker: PlaceMention | None, mentions: list[PlaceMention], position: int) -> bool:
    """'المسؤول المغربي' and no name after it: the journalist's way of not naming again whom the passage is about."""
    following = mentions[position + 2] if position + 2 < len(mentions) else None
    return (title.alias.key == EPITHET_TITLE and title.clitics.article and marker is not None
            and marker.iso2 == HOME and marker.alias.kind == "demonym" and marker.token_index == title.token_index + 1
            and not (following is not None and following.token_index <= marker.token_index + 2
                     and following.alias.kind == "official"))


def resolve_epithets(actors: list[Actor], context: Actor | None, home_context: Actor | None) -> list[Actor]:
    """The unnamed Moroccan official ('ظلت واشنطن حاضرة في أجندة المسؤول المغربي') is the principal when the
    passage before was about him (`home_context`: the foreign officials it quoted since left aside); about
    another Moroccan official, it stays that official."""
    epithet_context = home_context if context is not None and context.kind == FOREIGN_OFFICIAL else context
    if epithet_context is None or epithet_context.kind != PRINCIPAL:
        return actors
    return [replace(a, kind=PRINCIPAL, principal_id=epithet_context.principal_id, principal_role="title",
                    epithet=False) if a.epithet else a for a in actors]


def principal_in(actors: list[Actor], start: int, end: int) -> Actor | None:
    """The principal's first mention in [start, end), by name or title before his bodies."""
    # 'مدير ... بالمديرية العامة للأمن الوطني': a body after a preposition is someone's affiliation.
    found = [a for a in actors if a.kind == PRINCIPAL and start <= a.start < end
             and not (a.principal_role == "body" and a.is_object)]
    return min(found, key=lambda a: (a.principal_role == "body", a.start)) if found else None


_NOUN_GAP = 1  # characters between an engagement noun and the official it governs: one space


def clause_subject(actors: list[Actor], start: int, end: int, trigger_start: int, trigger_end: int,
                   trigger_is_verb: bool) -> Actor | None:
    """Who performs the clause's engagement, when the text says it.

    Arabic news is mostly verb-subject-object: the first actor after a verb, unless a preposition
    makes it an object, is the subject. Otherwise the nearest actor before the trigger
    ('قام رئيس الشرطة ... بزيارة', or subject-verb order).
    """
    inside = [a for a in actors if start <= a.start < end]
    parties = [a for a in inside if a.opens_parties and a.start >= trigger_end]
    if parties:
        return parties[0]  # 'مباحثات بين الملك ... والرئيس ...': the parties are named
    after = [a for a in inside if a.start >= trigger_end]
    if after and not after[0].is_object and (trigger_is_verb or after[0].start - trigger_end <= _NOUN_GAP):
        # 'زيارة وزير الداخلية الفرنسي': the official a visit noun governs is its visitor.
        return after[0]
    before = [a for a in inside if a.start < trigger_start and not a.is_object]
    return before[-1] if before else None


@dataclass(frozen=True)
class Attribution:
    principal_id: str | None
    principal_role: str | None  # name, title, body, continuation, host
    reject_reason: str | None  # other_actor, no_principal


def attribute(actors: list[Actor], start: int, end: int, trigger_start: int, trigger_end: int,
              trigger_is_verb: bool, hosted_in_morocco: bool, context: Actor | None,
              principal_seen: str | None, is_honour: bool = False, trigger_receives: bool = False,
              after_where: bool = False, next_verb: int | None = None) -> Attribution:
    """Whether the principal is a party to the engagement reported in [start, end).

    context: the last actor the article spoke of before this clause; principal_seen: the
    principal the article names anywhere (it is about him); trigger_receives: the verb is
    'received' (استقبل), so a foreign subject is the host abroad, not a visitor to Morocco;
    after_where: the verb opens a 'حيث' clause, which goes on with the subject of the clause before;
    next_verb: where a verb joined to the trigger's by 'و' begins, if one does before `end`.
    """
    own = principal_in(actors, start, end)
    if own is not None:
        return Attribution(own.principal_id, own.principal_role, None)
    if is_honour and any(a.kind == HOME_OFFICIAL and trigger_start <= a.start < end for a in actors):
        # 'توشيح وزير الداخلية': the decorated official is named, and he is not the principal.
        return Attribution(None, None, "other_actor")
    # 'حين حط في واشنطن والتقى مديرة الاستخبارات الوطنية': the one after the next verb is its object; the
    # first verb's subject is sought before it.
    subject_end = next_verb if next_verb is not None and trigger_is_verb else end
    subject = clause_subject(actors, start, subject_end, trigger_start, trigger_end, trigger_is_verb) or context
    if subject is None:
        if principal_seen:
            return Attribution(principal_seen, "continuation", None)
        return Attribution(None, None, "no_principal")
    if subject.kind == PRINCIPAL:
        return Attribution(subject.principal_id, "continuation", None)
    # 'استقبل المدير العام للأمن الوطني، الفريق ...، سفير المغرب': his title held by a general right after
    # the verb is the one who received, not one received.
    holder_of_his_title = subject.holds_his_title and subject.start - trigger_end <= 1
    if (subject.kind == FOREIGN_OFFICIAL and trigger_receives and trigger_is_verb and context is not None
            and not holder_of_his_title
            and context.kind == PRINCIPAL and [a for a in actors if trigger_end <= a.start < end] == [subject]):
        # 'كما استقبل بالرباط ... مدير مكتب التحقيقات الفيدرالي' in a passage about him: the one official
        # after 'received' is the one received; he, the passage's subject, received him.
        return Attribution(context.principal_id, "continuation", None)
    only_after = all(a is subject for a in actors if trigger_end <= a.start < end and a.kind != PRINCIPAL)
    another_home_official = any(a.kind == HOME_OFFICIAL and start <= a.start < end for a in actors)
    if (subject.kind == FOREIGN_OFFICIAL and trigger_is_verb and after_where and context is not None
            and context.kind == PRINCIPAL and not another_home_official):
        # 'توجه إلى روما حيث التقى وزير الداخلية الإيطالي ورئيس الشرطة': 'where' goes on with him, the
        # subject of the clause before; the officials after the verb are whom he met there.
        return Attribution(context.principal_id, "continuation", None)
    if (subject.kind == FOREIGN_OFFICIAL and trigger_receives and trigger_is_verb and hosted_in_morocco
            and principal_seen and only_after and not another_home_official
            and (context is None or context.kind != HOME_OFFICIAL)):
        # 'وفي الثاني من أبريل، استقبل بالرباط المديرة التنفيذية ليوروبول' in a page about him: a foreign
        # official is received in Morocco, not its host; who received her is the one the page is about (unless
        # the passage was about another Moroccan official: 'قائد الدرك الملكي' then '- الجمعة: استقبل ...').
        return Attribution(principal_seen, "continuation", None)
    if subject.kind == FOREIGN_OFFICIAL and hosted_in_morocco and not trigger_receives:
        if subject.heads_a_state:
            # 'ويختتم الرئيس الفرنسي زيارته اليوم بمحطة في مراكش': a head of state's visit is the King's to host.
            return Attribution(None, None, "other_actor")
        if any(a.kind == HOME_OFFICIAL for a in actors) and not any(a.kind == PRINCIPAL for a in actors):
            # 'حل الوزير البلجيكي بالقيادة العليا للدرك الملكي، حيث استقبله قائد الدرك': the sentence
            # names the Moroccan official who hosted him, and it is not the principal.
            return Attribution(None, None, "other_actor")
        # A foreign chief's visit to Morocco, reported in a passage about the principal: his host.
        return Attribution(principal_seen, "host", None) if principal_seen else Attribution(None, None, "no_principal")
    return Attribution(None, None, "other_actor")


def sentence_context(actors: list[Actor], previous: Actor | None) -> Actor | None:
    """The actor a following sentence with no subject of its own continues with."""
    named = [a for a in actors if a.kind == PRINCIPAL and a.principal_role != "body"]
    if named:
        return named[0]  # subject or object, the passage is about him
    subjects = [a for a in actors if not a.is_object and a.kind != PRINCIPAL]
    return subjects[0] if subjects else previous
