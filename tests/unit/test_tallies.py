import re

from sdw.extraction.normalize import normalize_text
from sdw.extraction.places import find_places
from sdw.extraction.tallies import find_tallies


def claims(text, reference):
    norm = normalize_text(text)
    return {
        (c.scope_type, c.scope_code, c.reported_count, c.is_approximate)
        for c in find_tallies(norm, find_places(norm, reference))
    }


def test_total_region_and_countries_with_approximation(reference):
    text = ("عقد الحموشي 35 لقاء دوليا، منها 12 لقاء مع دول أوروبا الغربية، خاصة إيطاليا بـ 5 لقاءات، "
            "وألمانيا نحو 3 لقاءات، والسويد والنرويج بلقاء واحد لكل دولة.")
    assert claims(text, reference) == {
        ("total", "total", 35, False), ("region", "Western Europe", 12, False), ("country", "IT", 5, False),
        ("country", "DE", 3, True), ("country", "SE", 1, False), ("country", "NO", 1, False)}


def test_dual_and_number_words(reference):
    assert claims("وجمعته بكندا لقاءين اثنين", reference) == {("country", "CA", 2, False)}
    assert claims("والتقى مسؤولي مصر في ثلاثة لقاءات", reference) == {("country", "EG", 3, False)}


def test_tens_spelled_out_alone_and_after_their_unit(reference):
    assert claims("عقد الحموشي أزيد من عشرين لقاء مع مسؤولين أجانب", reference) == {("total", "total", 20, True)}
    assert claims("وجمعته بإسبانيا خمسة وعشرون لقاء", reference) == {("country", "ES", 25, False)}


def test_parenthesized_counts_apply_to_the_names_before_them(reference):
    text = "مع مسؤولين من دول السنغال (ثلاث لقاءات)، وكينيا ونيجيريا (لقاء واحد لكل دولة)."
    assert claims(text, reference) == {
        ("country", "SN", 3, False),
        ("country", "KE", 1, False),
        ("country", "NG", 1, False),
    }


def test_ordinals_ranks_and_years_are_not_counts(reference):
    assert claims("عقد لقاء ثاني مع المسؤولين بإسبانيا واحتلت فرنسا المرتبة الثالثة سنة 2021", reference) == set()


def test_every_count_noun_holds_a_stem_the_pre_check_looks_for():
    """find_tallies skips sentences without any of _NOUN_STEMS: every noun a count can take holds one."""
    from sdw.extraction import tallies

    listed = [tallies._NOUN, *re.findall(r"\(\?P<(?:dual|one)>([^)]*)\)", tallies._COUNT_RE.pattern)]
    nouns = [noun for alternation in listed for noun in re.findall(r"[^\W\d]+(?: [^\W\d]+)?", alternation)]
    assert len(nouns) > 15
    for noun in nouns:
        assert any(stem in noun for stem in tallies._NOUN_STEMS), noun


def test_the_count_core_never_hides_a_count():
    """find_tallies reads no sentence without a match of _COUNT_CORE: every text _COUNT_RE matches holds one."""
    import sys
    from pathlib import Path

    from sdw.extraction import tallies
    from sdw.settings import DEFAULT_SOURCE

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from synthetic_corpus import CorpusBuilder

    builder = CorpusBuilder(5)
    texts = [line for path in sorted(DEFAULT_SOURCE.glob("*.txt")) for line in path.read_text().split("\n")]
    texts += [line for index in range(40) for line in builder.real_sized_article(index).split("\n")]
    texts += ["حوالي 12  لقاء", "بلقاءين", "واجتماعان", "زيارة واحدة", "بلقاء واحد", "ثلاثة  لقاءات", "اربع جلسات عمل",
              "نحو 4\tمباحثات", "اكثر من 30 محطات", "عشر جولات", "2021 زيارة", "5/ لقاءات", "12لقاء"]
    counted = 0
    for text in map(normalize_text, texts):
        if tallies._COUNT_RE.search(text):
            counted += 1
            assert tallies._COUNT_CORE.search(text), text
    assert counted > 20


def test_each_count_names_its_own_party_after_it(reference):
    text = "راكم الحموشي 60 لقاء، منها 12 لقاء مع الجانب الإسباني و7 لقاءات مع الولايات المتحدة."
    assert claims(text, reference) == {
        ("total", "total", 60, False), ("country", "ES", 12, False), ("country", "US", 7, False)}


def test_counts_after_a_comma_name_their_own_parties_and_say_no_engagement():
    from sdw.extraction.article import extract_article

    article = extract_article("t", "حصيلة 2021\nأجرى عبد اللطيف حموشي سنة 2021 أربع زيارات إلى فرنسا، وثلاث زيارات إلى "
                                   "إسبانيا، إضافة إلى استقباله أزيد من خمسة عشر وفدا أمنيا أجنبيا بالرباط.\n")
    assert sorted((t["scope_type"], t["scope_code"], t["reported_count"]) for t in article.tally_claims) == [
        ("country", "ES", 3), ("country", "FR", 4)]
    # Counted visits and receptions are no engagement of their own.
    assert [c for c in article.event_candidates if c["is_event"]] == []


def test_the_shares_a_list_gives_after_a_count_take_its_noun(reference):
    text = ("أحصت الجريدة للمدير العام 25 لقاء مع مسؤولين أجانب خلال السنة، 10 منها مع نظراء من أوروبا الغربية، "
            "و6 مع الجانب الكندي، ومثلها مع المسؤولين الأتراك، وأربعة منها بالرباط.")
    # The share held in Rabat names no foreign party: it is part of the total, not a count of its own.
    assert claims(text, reference) == {
        ("total", "total", 25, False), ("region", "Western Europe", 10, False), ("country", "CA", 6, False),
        ("country", "TR", 6, False)}
    # With no count before them, 'ثلاثة منها' and 'و5 مع' are no claim.
    assert claims("زار ثلاثة منها مع الوفد الكندي و5 مع الجانب التركي", reference) == set()


def test_regions_named_by_their_adjective(reference):
    text = "عقد المدير العام 9 اجتماعات مع وفود دول إفريقية، و3 اجتماعات مع مسؤولين خليجيين، واجتماعين مع وفود آسيوية."
    assert claims(text, reference) == {
        ("region", "Africa", 9, False), ("region", "Gulf", 3, False), ("region", "Asia", 2, False)}


def test_the_rank_of_his_engagement_with_a_party_claims_as_many(reference):
    assert claims("وتعد هذه الزيارة الثالثة التي يقوم بها حموشي إلى دولة قطر منذ سنة 2015", reference) == {
        ("country", "QA", 3, False)}
    assert claims("وكان هذا اللقاء هو الخامس من نوعه الذي يجمع الحموشي بمسؤولين أمنيين إيطاليين", reference) == {
        ("country", "IT", 5, False)}
    assert claims("حموشي يستقبل السفير الهولندي في ثاني لقاء مع مسؤولين هولنديين هذه السنة", reference) == {
        ("country", "NL", 2, False)}


def test_the_rank_of_anothers_engagement_claims_nothing_of_his(reference):
    assert claims("وتعد هذه رابع زيارة يقوم بها مارلاسكا إلى المغرب منذ سنة 2018", reference) == set()
    assert claims("وهذه الدورة الثالثة للجنة المشتركة المغربية الإسبانية", reference) == set()
    assert claims("وهذا ثالث لقاء بين وزيري داخلية المغرب وإسبانيا في أقل من سنة", reference) == set()
    assert claims("وتعد هذه ثاني زيارة للمسؤولة الهولندية إلى المغرب، التقت خلالها حموشي", reference) == set()


def test_europe_as_a_whole_is_a_region_of_its_own(reference):
    text = "عقد حموشي 19 لقاء مع مسؤولين أجانب، وكانت حصة أوروبا منها 8 لقاءات، و5 مع مسؤولين أوروبيين شرقيين."
    assert ("region", "Europe", 8, False) in claims(text, reference)
    western = claims("وتتصدر دول أوروبا الغربية القائمة بـ 12 لقاء", reference)
    assert western == {("region", "Western Europe", 12, False)}


def test_a_share_naming_a_party_no_gazetteer_holds_is_not_the_share_before(reference):
    text = "عقد حموشي 14 لقاء مع مسؤولين أوروبيين، و6 لقاءات مع قادة أجهزة أمنية لا تنتمي إلى أي منطقة."
    assert claims(text, reference) == {("region", "Europe", 14, False)}


def test_his_count_after_anothers_is_his_own(reference):
    text = "وأجرى وزير الداخلية 12 لقاء مع وزراء أجانب، فيما عقد حموشي ما يزيد عن 25 لقاء مع مسؤولين أمنيين أجانب."
    assert ("total", "total", 25, True) in claims(text, reference)
