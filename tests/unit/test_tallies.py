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

    def without_lookarounds(pattern):  # 'جلسات(?=\s+مع(?!\w))' names the noun جلسات, not مع
        while re.search(r"\(\?<?[=!][^()]*\)", pattern):
            pattern = re.sub(r"\(\?<?[=!][^()]*\)", "", pattern)
        return pattern

    listed = [tallies._NOUN, *re.findall(r"\(\?P<(?:dual|one)>([^)]*)\)", tallies._COUNT_RE.pattern)]
    nouns = [noun for alternation in listed
             for noun in re.findall(r"[^\W\d]+(?: [^\W\d]+)?", without_lookarounds(alternation))]
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

    # Africans and European countries by their plural and feminine adjectives.
    text = "عقد الرجل 20 لقاء مع مسؤولين أمنيين أفارقة، وكان نصيب البلدان الأوروبية منها 16 زيارة."
    assert claims(text, reference) == {("region", "Africa", 20, False), ("region", "Europe", 16, False)}


def test_delegations_count_as_his_engagements_only_where_he_received_them(reference):
    text = ("استقبل حموشي خلال سنة 2019 ما مجموعه 14 وفدا أمنيا أجنبيا، من بينها ستة وفود من دول أوروبا الغربية، "
            "ثلاثة منها إسبانية، وأربعة وفود إفريقية.")
    assert claims(text, reference) == {
        ("total", "total", 14, False), ("region", "Western Europe", 6, False), ("country", "ES", 3, False),
        ("region", "Africa", 4, False)}
    # His directorates as the subject, or the delegations as the parties of his counted talks.
    assert claims("استقبلت المديرية العامة للأمن الوطني خلال 2024 ما مجموعه 11 وفدا أجنبيا", reference) == {
        ("total", "total", 11, False)}
    assert claims("وأجرى لقاءات ثنائية مع 9 وفود، بينها وفدان من أمريكا اللاتينية", reference) == {
        ("total", "total", 9, False), ("region", "Latin America", 2, False)}
    # Delegations at a gathering, received by training centres or by another official are not his.
    for text in ("بمشاركة أزيد من 190 وفدا يمثلون الدول الأعضاء، بينها 40 وفدا إفريقيا",
                 "كما استقبلت مراكز التكوين 31 وفدا من أجهزة شرطة إفريقية",
                 "استقبل وزير الداخلية خلال السنة 12 وفدا أجنبيا"):
        assert claims(text, reference) == set(), text


def test_officials_he_received_count_but_not_the_members_of_one_delegation(reference):
    assert claims("استقبل الرجل ما يفوق عشرين مسؤولا أمنيا إفريقيا، بين مديري شرطة ورؤساء أجهزة", reference) == {
        ("region", "Africa", 20, True)}
    assert claims("استقبل حموشي وفدا يضم 12 مسؤولا أمنيا من بلجيكا", reference) == set()


def test_shares_given_after_bi_minha_or_before_maa(reference):
    text = ("عقد حموشي 31 لقاء ثنائيا مع مسؤولين أمنيين أجانب، استأثرت القارة الإفريقية بثمانية منها، وزهاء "
            "ستة مع نظراء أوروبيين، و7 لدول الخليج.")
    assert claims(text, reference) == {
        ("total", "total", 31, False), ("region", "Africa", 8, False), ("region", "Europe", 6, False),
        ("region", "Gulf", 7, False)}
    text = "عقد نحو 26 لقاء مع مسؤولين أجانب، منها ثمانية مع الجانب السعودي، وجلسات أخرى."
    assert claims(text, reference) == {("total", "total", 26, True), ("country", "SA", 8, False)}


def test_sessions_of_talks_are_meetings_and_sessions_of_a_conference_are_not(reference):
    text = "أجرى منذ يناير 38 جلسة مباحثات ثنائية مع قادة أجهزة أجنبية، بينها أربع جلسات مع مسؤولين أمريكيين."
    assert claims(text, reference) == {("total", "total", 38, False), ("country", "US", 4, False)}
    assert claims("توزعت أشغال المؤتمر على 5 جلسات علمية", reference) == set()


def test_teens_are_spelled_as_a_unit_before_ten(reference):
    assert claims("راكم ما لا يقل عن أحد عشر لقاء مع نظرائه", reference) == {("total", "total", 11, True)}
    assert claims("عقد خمسة عشر لقاء مع مسؤولين خليجيين", reference) == {("region", "Gulf", 15, False)}
    assert claims("وقام باثنتي عشرة زيارة إلى فرنسا", reference) == {("country", "FR", 12, False)}


def test_a_ranking_gives_each_party_its_count_after_bi(reference):
    text = "وتتصدر السعودية القائمة بسبعة لقاءات، تليها الإمارات بستة، ثم قطر بخمسة، والبحرين ب3 وعمان بلقاءين."
    assert claims(text, reference) == {
        ("country", "SA", 7, False), ("country", "AE", 6, False), ("country", "QA", 5, False),
        ("country", "BH", 3, False), ("country", "OM", 2, False)}
    # 'ب' before a number that a noun follows is no share.
    assert claims("عقد 5 لقاءات مع الجانب الفرنسي بثلاثة أجهزة", reference) == {("country", "FR", 5, False)}


def test_a_party_right_after_a_count_is_that_counts_not_the_next(reference):
    text = "عقد 20 لقاء، بينها 6 لقاءات إفريقية و4 لقاءات مع الجانب الإسباني، و3 لقاءات من دول الخليج و2 مع كندا."
    assert claims(text, reference) == {
        ("total", "total", 20, False), ("region", "Africa", 6, False), ("country", "ES", 4, False),
        ("region", "Gulf", 3, False), ("country", "CA", 2, False)}


def test_the_rank_of_his_engagement_with_a_party_claims_as_many(reference):
    assert claims("وتعد هذه الزيارة الثالثة التي يقوم بها حموشي إلى دولة قطر منذ سنة 2015", reference) == {
        ("country", "QA", 3, False)}
    assert claims("وكان هذا اللقاء هو الخامس من نوعه الذي يجمع الحموشي بمسؤولين أمنيين إيطاليين", reference) == {
        ("country", "IT", 5, False)}
    assert claims("حموشي يستقبل السفير الهولندي في ثاني لقاء مع مسؤولين هولنديين هذه السنة", reference) == {
        ("country", "NL", 2, False)}
    # An appointment ('موعد') ranks as a meeting; a European official makes the rank Europe's.
    assert claims("ويعد لقاء أمس ثالث موعد يجمع حموشي بمسؤولين أمنيين إسبان منذ مطلع السنة", reference) == {
        ("country", "ES", 3, False)}
    assert claims("وهذا خامس لقاء يجمع حموشي بمسؤول أمني أوروبي رفيع منذ مطلع السنة", reference) == {
        ("region", "Europe", 5, False)}
    # A rank among his meetings with foreign officials of any country counts them all.
    assert claims("ويعد هذا اللقاء الرابع الذي يجمع حموشي بمسؤولين أجانب في أقل من أسبوع", reference) == {
        ("total", "total", 4, False)}


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
    # Another official named as the subject of a count makes it his count, not ours.
    text = "أجرى لفتيت خلال السنة 14 لقاء مع وزراء داخلية أجانب، فيما عقد حموشي ما يزيد عن 20 لقاء مع مسؤولين أجانب."
    assert claims(text, reference) == {("total", "total", 20, True)}


def test_a_count_with_foreigners_at_large_is_the_total_not_an_earlier_party(reference):
    text = ("فقد تنقل خلالها بين عواصم أوروبية وخليجية، ليعقد في المحصلة ما لا يقل عن خمسة عشر لقاء ثنائيا مع "
            "مسؤولين أمنيين أجانب، ستة منها مع نظراء من دول الخليج العربي.")
    assert claims(text, reference) == {("total", "total", 15, True), ("region", "Gulf", 6, False)}


def test_one_delegation_in_parentheses_and_a_share_from_an_unknown_party(reference):
    text = ("استقبلت المديرية العامة للأمن الوطني 14 وفدا، منها 6 وفود من دول إفريقية، فيما توزعت البقية بين "
            "إسبانيا (وفدان) والبرازيل والمجر (وفد واحد لكل منهما).")
    assert claims(text, reference) == {
        ("total", "total", 14, False), ("region", "Africa", 6, False), ("country", "ES", 2, False),
        ("country", "BR", 1, False), ("country", "HU", 1, False)}
    # 'من دول عربية' names its own party, not the European share before it.
    text = "استقبل حموشي 11 وفدا، من بينها أربعة وفود أوروبية، وثلاثة وفود من دول عربية."
    assert claims(text, reference) == {("total", "total", 11, False), ("region", "Europe", 4, False),
                                       ("region", "Arab countries", 3, False)}


def test_a_count_shared_by_several_countries_is_none_of_theirs_unless_said_of_each(reference):
    shared = ("وعقد المدير العام هذه السنة 20 لقاء مع نظرائه الأجانب، بينها سبعة لقاءات مع مسؤولين من ألمانيا والنمسا "
              "وسويسرا.")
    assert claims(shared, reference) == {("total", "total", 20, False)}
    each = "وعقد المدير العام هذه السنة 20 لقاء، بينها لقاءان مع مسؤولين من ألمانيا والنمسا لكل منهما."
    assert claims(each, reference) == {("total", "total", 20, False), ("country", "DE", 2, False),
                                       ("country", "AT", 2, False)}
    assert claims("أما مالي والنيجر فقد حظيتا مجتمعتين بخمسة لقاءات.", reference) == set()
    # 'كل من' in the count's clause says it of each; stops are one per place named.
    assert claims("في حين جمعته بكل من البرتغال وهولندا لقاءان اثنان.", reference) == {
        ("country", "PT", 2, False), ("country", "NL", 2, False)}
    assert claims("وعقد لقاءين مع كل من المسؤولين الكويتيين والبحرينيين.", reference) == {
        ("country", "KW", 2, False), ("country", "BH", 2, False)}
    assert claims("بعد محطتين سابقتين قادتاه إلى كل من مدريد ولشبونة.", reference) == set()
    # One meeting told of several countries is one with each.
    assert claims("وعقد لقاء واحدا مع كل من كوت ديفوار والغابون.", reference) == {
        ("country", "CI", 1, False), ("country", "GA", 1, False)}


def test_times_count_after_his_verb_of_meeting_or_visiting(reference):
    assert claims("وقال المصدر إن حموشي التقى مسؤولين أمنيين نمساويين ست مرات منذ 2016.", reference) == {
        ("country", "AT", 6, False)}
    assert claims("فخلال هذه السنة وحدها، حل المدير العام بالرياض مرتين.", reference) == {("country", "SA", 2, False)}
    # Not after another verb, nor where the ministry's name holds the letters of 'زار'.
    assert claims("ويتوقع أن يتضاعف عدد الزوار الألمان ثلاث مرات، حسب وزارة السياحة.", reference) == set()
    assert claims("وتوقعت وزارة السياحة أن يرتفع عدد السياح اليابانيين أربع مرات.", reference) == set()


def test_approximation_said_after_the_count(reference):
    assert claims("والتقى حموشي نظراءه الموريتانيين أربع مرات على الأقل منذ 2019.", reference) == {
        ("country", "MR", 4, True)}
    assert claims("وعقد حموشي 30 لقاء ثنائيا تقريبا مع مسؤولين أجانب.", reference) == {("total", "total", 30, True)}


def test_a_count_of_a_moroccan_official_named_by_title_is_not_his(reference):
    assert claims("وعقد وزير الداخلية هذه السنة 14 لقاء مع نظرائه الأوروبيين.", reference) == set()
    # A clause that names no one goes on with the sentence's subject.
    assert claims("وتوصل وزير العدل ونظيره الفرنسي، في ختام جولتين من المباحثات بباريس، إلى اتفاق.", reference) == set()
    # A foreign minister's title is the party of his count.
    assert claims("وجمعت حموشي بوزير الداخلية الإسباني ثلاثة لقاءات.", reference) == {("country", "ES", 3, False)}


def test_the_arab_countries_are_a_region_of_their_own(reference):
    text = "وعقد المدير العام هذه السنة 14 لقاء ثنائيا مع مسؤولين أمنيين من دول عربية، سواء بالمغرب أو خارجه."
    assert claims(text, reference) == {("region", "Arab countries", 14, False)}


def test_this_is_the_third_meeting_claims_three(reference):
    text = "ويقول مصدر إن هذا هو اللقاء الثالث الذي يجمع حموشي بمسؤولين ألمانيين منذ بداية السنة"
    assert claims(text, reference) == {("country", "DE", 3, False)}


def test_a_region_the_count_leaves_out_is_no_scope_and_broken_plural_demonyms_count(reference):
    text = ("عقد الحموشي 9 لقاءات مع مسؤولين من دول آسيوية من خارج منطقة الخليج: أربعة منها مع الهنود، وخمسة مع "
            "اليابانيين.")
    assert claims(text, reference) == {
        ("region", "Asia", 9, False), ("country", "IN", 4, False), ("country", "JP", 5, False)}


def test_the_rank_of_a_meeting_of_the_moroccan_official_is_his_count(reference):
    text = "ويعد هذا اللقاء الثالث الذي يجمع المسؤول المغربي بالمسؤولين الأمنيين الكويتيين منذ عام 2016"
    assert claims(text, reference) == {("country", "KW", 3, False)}


def test_envoys_he_received_count_and_each_share_names_its_own_states(reference):
    text = ("واستقبل حموشي خلال هذه السنة 12 سفيرا، بينهم ستة سفراء لدول أوروبية واثنان لدول آسيوية وأربعة "
            "لدول خليجية.")
    assert claims(text, reference) == {
        ("total", "total", 12, False), ("region", "Europe", 6, False), ("region", "Asia", 2, False),
        ("region", "Gulf", 4, False)}


def test_african_subregions_and_the_maghreb_are_regions_and_south_africa_a_country(reference):
    text = ("عقد حموشي 14 لقاء مع مسؤولين من دول إفريقيا جنوب الصحراء، منها 6 لقاءات مع مسؤولين من غرب إفريقيا، "
            "ولقاءان مع جنوب إفريقيا، و3 لقاءات مع الدول المغاربية.")
    assert claims(text, reference) == {
        ("region", "Sub-Saharan Africa", 14, False), ("region", "West Africa", 6, False), ("country", "ZA", 2, False),
        ("region", "Maghreb", 3, False)}


def test_a_share_glued_to_its_conjunction_names_the_states_after_min(reference):
    text = "واستقبل حموشي 40 وفدا أجنبيا، قدم 15 منها من دول إفريقية و8 من دول الخليج العربي."
    assert claims(text, reference) == {
        ("total", "total", 40, False), ("region", "Africa", 15, False), ("region", "Gulf", 8, False)}


def test_the_next_sentence_may_give_the_shares_of_a_count(reference):
    text = normalize_text("واستأثرت أوروبا بتسعة منها، بينها أربعة مع مسؤولين إسبان ولقاءان مع نظرائه الفرنسيين.")
    shares = {(c.scope_type, c.scope_code, c.reported_count)
              for c in find_tallies(text, find_places(text, reference), after_a_count=True)}
    assert shares == {("region", "Europe", 9), ("country", "ES", 4), ("country", "FR", 2)}
    # Alone, 'منها' points at no count: only the dual is read.
    assert ("region", "Europe", 9) not in {(s, c, n) for s, c, n, _ in claims(text, reference)}


def test_a_share_of_these_meetings_names_its_party_before_it(reference):
    text = "استقبل حموشي خلال السنة 14 مسؤولا أجنبيا، فيما استأثرت إسبانيا وحدها بثلاثة من هذه اللقاءات."
    assert claims(text, reference) == {("total", "total", 14, False), ("country", "ES", 3, False)}


def test_a_count_of_two_countries_together_is_neither_s_and_the_whole_it_is_taken_from_is_the_total(reference):
    text = ("وأجرى المسؤول المغربي ثمانية لقاءات مع قادة أمنيين من البلدين، خمسة منها مع الجانب التونسي، وذلك من أصل "
            "نحو خمسين لقاء دوليا.")
    assert claims(text, reference) == {("country", "TN", 5, False), ("total", "total", 50, True)}


def test_one_visit_that_held_two_talks_counts_nothing(reference):
    assert claims("وجمعت العاصمة الكويتية بين اللقاءين الأمني والسياسي ضمن زيارة واحدة", reference) == set()
    assert claims("واكتفى بزيارة واحدة إلى الكويت", reference) == {("country", "KW", 1, False)}


def test_two_meetings_told_apart_are_one_each_not_a_count(reference):
    text = "واستقبل خلال السنة القائد العام لشرطة دبي، ومدير الأمن العام الأردني، في لقاءين منفصلين."
    assert claims(text, reference) == set()


def test_the_sittings_of_a_gathering_s_programme_are_not_his_meetings(reference):
    assert claims("ويتضمن برنامج الندوة خمس جلسات عمل حول الجريمة المعلوماتية", reference) == set()
    assert claims("وعقد حموشي خمس جلسات عمل مع مسؤولين إيطاليين", reference) == {("country", "IT", 5, False)}


def test_a_month_told_by_its_number_is_no_count(reference):
    text = "ومن المنتظر أن تحتضن الرباط في الشهر 9 اجتماعا يجمع الحموشي بمسؤولين من الشرطة الإيطالية."
    assert claims(text, reference) == set()


def test_occasions_count_like_times_and_an_indefinite_plural_names_the_country(reference):
    assert claims("وتفيد معطيات بأن حموشي التقى مسؤولين أمنيين إسبانا في ما لا يقل عن ثماني مناسبات منذ 2015.",
                  reference) == {("country", "ES", 8, True)}
    assert claims("وتعرف المدينة ازدحاما في ثماني مناسبات كل سنة.", reference) == set()


def test_as_many_meetings_as_the_countries_listed_is_one_with_each(reference):
    text = "عقد حموشي، يوم الثلاثاء، ثلاثة لقاءات متتالية مع سفراء كل من اليابان والسويد والشيلي."
    assert not {c for c in claims(text, reference) if c[0] == "country"}
