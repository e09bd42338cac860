"""Who met whom: the principal must be a party; other officials' meetings are kept, rejected.

Every sentence here was written for these tests.
"""
import datetime as dt

from sdw.extraction.article import extract_article

NEUTRAL_TITLE = "أخبار أمنية"
PUBLISHED = dt.date(2024, 3, 15)


def candidates(body, title=NEUTRAL_TITLE, published=PUBLISHED):
    return extract_article("actors-test", f"{title}\n{body}", published).event_candidates


def accepted(body, **kwargs):
    return [c for c in candidates(body, **kwargs) if c["is_event"]]


def test_the_interior_minister_receiving_his_counterpart_is_not_the_principals_meeting():
    rows = candidates("استقبل وزير الداخلية، يوم 14 مارس 2024 بالرباط، نظيره الإسباني.")
    assert [(c["country_iso2"], c["is_event"], c["reject_reason"]) for c in rows] == [("ES", False, "other_actor")]


def test_a_foreign_chief_visiting_a_third_country_is_not_the_principals_meeting():
    rows = candidates(
        "زار المدير العام للشرطة الإسبانية الجزائر يوم 12 مارس 2024 والتقى المدير العام للأمن الوطني الجزائري."
    )
    assert rows and all(c["reject_reason"] == "other_actor" for c in rows)


def test_in_one_article_his_meeting_counts_and_the_ministers_does_not():
    body = ("استقبل عبد اللطيف حموشي، يوم 11 مارس 2024 بمقر المديرية بتمارة، سفير المملكة المتحدة.\n"
            "وفي سياق آخر، استقبل وزير الداخلية يوم 13 مارس 2024 بالرباط وزير الداخلية البلجيكي.")
    rows = candidates(body)
    assert [(c["country_iso2"], c["reject_reason"]) for c in rows] == [("GB", None), ("BE", "other_actor")]
    assert rows[0]["principal_id"] == "hammouchi" and rows[0]["principal_role"] == "name"


def test_a_pronoun_or_zero_subject_continues_the_passage_about_him():
    body = ("حل عبد اللطيف حموشي يوم 5 مارس 2024 بالعاصمة البرتغالية لشبونة في زيارة عمل.\n"
            "والتقى في اليوم الموالي بمدير الشرطة القضائية البرتغالية.\n"
            "كما أجرى يوم 7 مارس 2024 مباحثات مع وزير الداخلية الإيطالي بروما.")
    rows = candidates(body)
    assert [(c["country_iso2"], c["principal_role"], c["reject_reason"]) for c in rows] == [
        ("PT", "name", None), ("PT", "continuation", "repeats_earlier_mention"), ("IT", "continuation", None)]
    # The next day's meeting in Portugal is a stage of his visit there: it completes it.
    assert rows[0]["counterpart_agency"] == "PJ_PT" and rows[0]["end_date"] == dt.date(2024, 3, 6)


def test_a_minister_who_acts_in_between_takes_the_zero_subject():
    body = ("استقبل الحموشي يوم 4 مارس 2024 بالرباط نظيره الفرنسي.\n"
            "من جهة أخرى، حل وزير الداخلية يوم 6 مارس 2024 بمدريد.\n"
            "وأجرى يوم 7 مارس 2024 مباحثات مع نظيره الإسباني.")
    assert [(c["country_iso2"], c["reject_reason"]) for c in candidates(body)] == [
        ("FR", None), ("ES", "other_actor"), ("ES", "other_actor")]


def test_a_delegation_he_heads():
    rows = accepted("شارك وفد أمني مغربي يترأسه المدير العام للأمن الوطني ومراقبة التراب الوطني، يوم 9 مارس 2024، "
                    "في اجتماع بالعاصمة الأردنية عمان.")
    assert [(c["country_iso2"], c["principal_role"]) for c in rows] == [("JO", "title")]


def test_a_foreign_chief_received_in_morocco_in_an_article_about_him():
    rows = accepted("قام رئيس الشرطة الفيدرالية البلجيكية بزيارة عمل إلى المغرب يوم 2 مارس 2024.",
                    title="حموشي يواصل تعزيز الشراكات الأمنية")
    assert [(c["country_iso2"], c["meeting_type"], c["principal_role"]) for c in rows] == [
        ("BE", "hosted_visit", "host")
    ]
    assert rows[0]["counterpart_agency"] == "BE_FEDPOL" and rows[0]["counterpart_title"] == "Head"


def test_no_principal_anywhere_is_no_fact():
    rows = candidates("قام رئيس الشرطة الفيدرالية البلجيكية بزيارة عمل إلى المغرب يوم 2 مارس 2024.")
    assert [c["reject_reason"] for c in rows] == ["no_principal"]


def test_a_foreign_holder_of_his_title_is_the_counterpart():
    rows = accepted("التقى حموشي يوم 8 مارس 2024 بنواكشوط المدير العام للأمن الوطني بموريتانيا.")
    assert [(c["country_iso2"], c["principal_role"]) for c in rows] == [("MR", "name")]


def test_his_title_then_the_foreign_official_he_met_after_bi():
    for said, country in [
            ("التقى المدير العام للأمن الوطني بمدير الشرطة الفيدرالية الألمانية يوم 12 مارس 2024.", "DE"),
            ("التقى المدير العام للأمن الوطني بكريستوفر راي مدير مكتب التحقيقات الفيدرالي الأمريكي يوم 12 مارس 2024.",
             "US")]:
        [row] = accepted(said)
        assert (row["country_iso2"], row["principal_role"]) == (country, "title"), said


def test_the_moroccan_security_official_is_he_in_a_page_about_him():
    [row] = accepted("وجسد اللقاء الذي جمع، يوم 12 مارس 2024 بالرباط، بين المسؤول الأمني المغربي ورئيس الشرطة "
                     "الفيدرالية الألمانية، متانة التعاون.", title="حموشي يستقبل مسؤولا ألمانيا")
    assert (row["country_iso2"], row["principal_role"]) == ("DE", "title")


def test_a_list_of_his_engagements_keeps_him_as_the_one_who_acts():
    body = ("عقد عبد اللطيف حموشي خلال سنة 2019 لقاءات عدة، من أبرزها:\n"
            "- استقبال المدير العام لمكتب مكافحة الإرهاب بالنيجر، يوم 6 مارس 2019 بالرباط.\n"
            "- زيارة عمل إلى لشبونة من 14 إلى 16 ماي 2019، التقى خلالها المدير الوطني للشرطة القضائية البرتغالية.\n"
            "- توشيحه من طرف العاهل البلجيكي بوسام التاج، في شهر أكتوبر 2019.")
    assert [(c["country_iso2"], c["principal_role"]) for c in accepted(body)] == [
        ("NE", "continuation"), ("PT", "continuation"), ("BE", "continuation")]


def test_a_page_that_names_only_his_bodies_tells_what_the_institution_did():
    body = "استقبلت المديرية العامة للأمن الوطني، يوم 14 مارس 2024 بالرباط، وفدا عن الشرطة الوطنية الإسبانية."
    assert [(c["is_event"], c["reject_reason"]) for c in candidates(body)] == [(False, "no_principal")]
    [row] = accepted(body, title="حموشي يعزز التعاون مع الشرطة الإسبانية")
    assert (row["country_iso2"], row["principal_role"]) == ("ES", "body")


def test_the_same_official_spelled_two_ways_is_one_person():
    first = accepted("استقبل حموشي يوم 1 مارس 2024 بالرباط السيد وليام بورنز مدير وكالة المخابرات المركزية.")
    second = accepted("استقبل حموشي يوم 1 مارس 2024 بالرباط ويليام بيرنز.")
    assert first[0]["counterpart_person_latin"] == second[0]["counterpart_person_latin"] == "William Burns"
    assert first[0]["counterpart_agency"] == second[0]["counterpart_agency"] == "CIA"


def test_a_named_person_after_an_honorific():
    rows = accepted("أجرى حموشي يوم 12 مارس 2024 بالرباط مباحثات مع المدير العام للشرطة الوطنية الهولندية، "
                    "السيد يان فان دير بيرغ، حول التعاون.")
    assert rows[0]["counterpart_person"] == "يان فان دير بيرغ"
    assert rows[0]["counterpart_agency"] == "NL_POLICE" and rows[0]["counterpart_title"] == "Director General"


def test_clitics_never_reach_the_counterpart_text():
    rows = accepted("حل الحموشي يوم 3 مارس 2024 بألمانيا في زيارة عمل.")
    assert rows[0]["counterpart_text"] == "ألمانيا"


def test_a_multilateral_meeting_in_morocco_is_hosted_with_its_organisation():
    rows = accepted("ترأس حموشي يوم 10 مارس 2024 بمدينة مراكش أشغال الجمعية العامة للأنتربول.")
    assert [(c["country_iso2"], c["meeting_type"], c["direction"], c["organization_code"]) for c in rows] == [
        ("MA", "conference", "hosted", "INTERPOL")]


def test_a_multilateral_meeting_abroad_takes_the_host_country():
    rows = accepted("شارك الحموشي يوم 6 مارس 2024 بالعاصمة التونسية في أشغال مؤتمر قادة الشرطة والأمن العرب.")
    assert [(c["country_iso2"], c["meeting_type"], c["direction"], c["organization_code"]) for c in rows] == [
        ("TN", "conference", "abroad", "AIMC")]


def test_the_director_of_public_security_unmarked_is_no_moroccan():
    body = ("استقبل عبد اللطيف حموشي، يوم 11 مارس 2024 بالرباط، سفير المملكة المتحدة.\n"
            "وزار مدير الأمن العام، يوم 12 مارس 2024، العاصمة القطرية الدوحة، حيث التقى نظيره القطري.")
    rows = candidates(body)
    assert [(c["country_iso2"], c["reject_reason"]) for c in rows] == [("GB", None), ("QA", "other_actor")]


def test_the_heads_of_delegations_after_a_title_are_not_its_nationality():
    from sdw.extraction.actors import find_actors
    from sdw.extraction.normalize import normalize_text
    from sdw.extraction.places import find_places, tokenize
    from sdw.extraction.reference import default_reference

    text = normalize_text("والتقى مدير الأمن العام رئيسي وفدي مصر والعراق")
    actors = find_actors(find_places(text, default_reference()), tokenize(text))
    assert [a.iso2 for a in actors] == [None]
