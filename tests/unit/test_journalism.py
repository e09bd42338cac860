"""Failure classes measured on real Arabic news pages, each reproduced in sentences written here.

Never a page's own text: the phenomenon, in our own words.
"""
import calendar
import datetime as dt

import pytest

from sdw.extraction.actors import find_actors, principal_in
from sdw.extraction.article import extract_article
from sdw.extraction.dates import date_in_url, future_marked, month_in_url
from sdw.extraction.names import family_names
from sdw.extraction.normalize import normalize, normalize_text
from sdw.extraction.places import find_places, tokenize
from sdw.extraction.reference import default_reference


def extraction(body, title="الحموشي يعزز التعاون الأمني", published=None, url=None):
    return extract_article("journalism-test", f"{title}\n{body}" if title else body, published, url=url)


def events(body, **kwargs):
    return [c for c in extraction(body, **kwargs).event_candidates if c["is_event"]]


def spans(found):
    return [(c["country_iso2"], c["start_date"], c["end_date"]) for c in found]


# --- the publication date --------------------------------------------------------------------
def test_the_url_path_gives_the_publication_day():
    assert date_in_url("https://example.ma/2023/11/28/slug-of-the-story/") == dt.date(2023, 11, 28)
    assert date_in_url("https://example.ma/news/visit-2025-09-19-rabat.html") == dt.date(2025, 9, 19)
    assert date_in_url("https://example.ma/article/20231128/slug") == dt.date(2023, 11, 28)
    assert date_in_url("https://example.ma/story/12345678") is None  # an id is not a date
    assert month_in_url("https://example.ma/2022/06/slug/") == dt.date(2022, 6, 1)


def test_a_page_that_opens_with_its_own_date_is_dated_by_it():
    lead = ("date 2026-01-09 الرباط - استقبل المدير العام للأمن الوطني عبد اللطيف الحموشي، الخميس بمقر المديرية "
            "العامة بالرباط، المدير العام للشرطة الإسبانية، في إطار تعزيز التعاون الأمني بين البلدين.")
    found = events(lead, title=None)
    assert spans(found) == [("ES", dt.date(2026, 1, 8), dt.date(2026, 1, 8))]
    found = events("بتاريخ: 09/01/2026\nاستقبل الحموشي أمس بالرباط المدير العام للشرطة الإسبانية.")
    assert spans(found) == [("ES", dt.date(2026, 1, 8), dt.date(2026, 1, 8))]


def test_an_english_publication_stamp_dates_the_page_and_today_s_weekday_wins_over_its_day():
    # Stamped (in GMT) on Wednesday 22 May; 'this Tuesday evening' is the 21st.
    article = extraction("تاريخ النشر: 22nd, May 2024 GMT\nاستقبل الحموشي، مساء اليوم الثلاثاء بالرباط، "
                         "المدير العام للشرطة الاتحادية البرازيلية.", title="البرازيل والمغرب")
    assert article.published_date == dt.date(2024, 5, 22)
    assert spans([c for c in article.event_candidates if c["is_event"]]) == [
        ("BR", dt.date(2024, 5, 21), dt.date(2024, 5, 21))]


def test_a_page_that_opens_on_its_dateline_alone_is_dated_by_it():
    # The headline lost, the first line is 'city - date': the page's date, not a headline's.
    article = extraction("الرباط – 1 يوليوز 2025\nاستقبل عبد اللطيف حموشي، صباح اليوم الثلاثاء بالرباط، "
                         "مدير جهاز المخابرات في دولة الإمارات العربية المتحدة.", title=None)
    assert (article.published_date, article.published_source) == (dt.date(2025, 7, 1), "dateline")
    assert spans(c for c in article.event_candidates if c["is_event"]) == [
        ("AE", dt.date(2025, 7, 1), dt.date(2025, 7, 1))]


def test_a_span_written_as_two_dates_takes_its_year_from_the_second():
    found = events("يواصل عبد اللطيف حموشي زيارته للإمارات التي بدأت في 23 شتنبر وتستمر حتى 26 شتنبر 2024.")
    assert spans(found) == [("AE", dt.date(2024, 9, 23), dt.date(2024, 9, 26))]


def test_the_site_s_news_ticker_does_not_date_the_page():
    article = extraction("- 22:45 توقعات أحوال الطقس\n"
                         "- 22:32 قراءة في الصحف المغربية ليوم الإثنين 21 أبريل 2025\n"
                         "- 21:59 نهضة بركان يفوز على قسنطينة\n"
                         "المغرب والإمارات يبحثان التعاون الأمني\n"
                         "عقد عبد اللطيف حموشي، الجمعة 07 أكتوبر الجاري بالرباط، لقاء مع القائد العام لشرطة أبوظبي "
                         "بدولة الإمارات العربية المتحدة.", title=None)
    assert article.published_date is None
    assert spans(c for c in article.event_candidates if c["is_event"]) == [
        ("AE", dt.date(2022, 10, 7), dt.date(2022, 10, 7))]


def test_relative_words_resolve_on_the_url_date():
    found = events("استقبل الحموشي أمس بالرباط نظيره البلجيكي.", url="https://example.ma/2024/03/08/x/")
    assert spans(found) == [("BE", dt.date(2024, 3, 7), dt.date(2024, 3, 7))]


def test_a_month_url_places_last_month_words():
    found = events("حل الحموشي بمدريد يومي 16 و17 يونيو المنصرم في زيارة عمل.",
                   url="https://example.ma/2022/06/slug/")
    assert spans(found) == [("ES", dt.date(2022, 6, 16), dt.date(2022, 6, 17))]


def test_without_any_article_date_relative_words_stay_unresolved():
    article = extraction("استقبل الحموشي يوم 12 مارس الجاري بالرباط نظيره الإيطالي.")
    assert [d["year_basis"] for d in article.date_mentions] == ["relative_without_article_date"]
    # No date, no meeting: the report waits, with the day and month it names, for dbt to place it.
    [report] = article.event_candidates
    assert (report["is_event"], report["reject_reason"], report["start_date"]) == (False, "undated", None)
    assert (report["named_month"], report["partial_day_start"], report["partial_day_end"]) == (3, 12, 12)


# --- pages that date nothing -----------------------------------------------------------------
def test_the_date_of_a_plan_in_a_side_clause_dates_neither_the_engagement_nor_the_page():
    # The page has no date: 'الجاري' cannot be placed, and the year of the assembly to come is not its year.
    article = extraction("ترأس الحموشي الوفد المغربي المشارك في الدورة 92 للجمعية العامة للأنتربول، التي أقيمت في "
                         "غلاسكو من 4 إلى 7 نونبر الجاري، وتسلم علم المنظمة استعدادا للدورة المقبلة التي ستعقد "
                         "بمدينة مراكش في نونبر 2025.")
    assert [c for c in article.event_candidates if c["is_event"]] == []
    assert article.clock.reference_year is None


def test_an_undated_review_of_one_year_reads_last_month_words_in_that_year():
    found = events("شهدت سنة 2023 نشاطا مكثفا للحموشي على الصعيد الدولي.\n"
                   "وفي أكتوبر المنصرم، وقع الحموشي بالرباط مذكرة تفاهم مع المدير العام للشرطة الإسبانية.\n"
                   "ومن المنتظر أن يزور الحموشي البرتغال في فبراير المقبل.",
                   title="حصيلة الديبلوماسية الأمنية للحموشي خلال سنة 2023")
    assert spans(found) == [("ES", dt.date(2023, 10, 1), dt.date(2023, 10, 31))]


def test_a_plan_year_after_the_run_does_not_date_the_page():
    # 'الجاري' belongs to the page's own year; the end of a plan's span ('2025-2040') is not it.
    found = events("يشارك الحموشي في أشغال الدورة 51 للمجلس الأعلى للجامعة المنعقدة بالرياض ما بين 2 و4 نونبر الجاري.\n"
                   "وصادق المجلس على خطة الجامعة للفترة 2025-2040.")
    assert spans(found) == [("SA", dt.date(2025, 11, 2), dt.date(2025, 11, 4))]


def test_an_undated_page_takes_the_day_of_its_news_from_the_sentence_after_the_media_s_report():
    article = extraction("أفادت وسائل إعلام مغربية اليوم الاثنين، بأن مدير وكالة المخابرات المركزية الأمريكية زار "
                         "المغرب حيث اجتمع بالحموشي.\nوالتقى المسؤول الأمريكي مساء الجمعة الماضي الحموشي بالرباط.")
    [report] = article.event_candidates
    assert (report["reject_reason"], report["country_iso2"], report["named_weekday"]) == ("undated", "US", 5)


def test_a_page_that_dates_nothing_keeps_its_news_with_the_weekday_it_names():
    article = extraction("حل وزير الخارجية الأمريكي مايك بومبيو، اليوم الخميس بالرباط، ضيفا على عبد اللطيف حموشي.\n"
                         "وتباحث الحموشي أيضا مع سفير ألمانيا.")
    [report] = article.event_candidates  # the page's news; what it tells after is context
    assert (report["reject_reason"], report["country_iso2"], report["named_weekday"]) == ("undated", "US", 4)
    assert (report["counterpart_person_latin"], report["date_source"]) == ("Mike Pompeo", "undated")


def test_a_quantifier_of_the_fields_of_cooperation_does_not_make_the_news_background():
    # 'في مختلف المجالات' closes many a report of one visit; 'العديد من اللقاءات' is many engagements.
    article = extraction("حل عبد اللطيف حموشي بباريس في زيارة عمل التقى خلالها نظيره الفرنسي، "
                         "وبحثا سبل تعزيز التعاون في مختلف المجالات الأمنية.")
    [report] = article.event_candidates
    assert (report["reject_reason"], report["country_iso2"], report["meeting_type"]) == (
        "undated", "FR", "visit_abroad")
    assert extraction("عقد عبد اللطيف حموشي العديد من اللقاءات مع المسؤولين الفرنسيين.").event_candidates == []
    assert extraction("زار عبد اللطيف حموشي فرنسا مرات عدة.").event_candidates == []
    [again] = extraction("حل عبد اللطيف حموشي بباريس مرة أخرى في زيارة عمل.").event_candidates
    assert (again["reject_reason"], again["country_iso2"]) == ("undated", "FR")


def test_a_body_s_own_session_sits_at_its_seat_when_no_place_is_named():
    [session] = events("شارك عبد اللطيف حموشي في أشغال الدورة الحادية والخمسين للمجلس الأعلى لجامعة نايف "
                       "العربية للعلوم الأمنية، المنعقدة ما بين 2 و4 نونبر الجاري.", published=dt.date(2025, 11, 3))
    assert (session["country_iso2"], session["direction"], session["meeting_type"], session["organization_code"]) == (
        "SA", "abroad", "conference", "NAUSS")
    assert spans([session]) == [("SA", dt.date(2025, 11, 2), dt.date(2025, 11, 4))]


def test_the_body_named_before_is_the_one_its_head_noun_names_after():
    # 'للجامعة' after 'جامعة نايف'; 'المجلس الأعلى' is another council than the Arab interior ministers'.
    [session] = events("جددت جامعة نايف العربية للعلوم الأمنية، ذراع مجلس وزراء الداخلية العرب، "
                       "عضوية عبد اللطيف حموشي.\n"
                       "ويشارك حموشي في أشغال الدورة الحادية والخمسين للمجلس الأعلى للجامعة، المنعقدة ما بين 2 و4 "
                       "نونبر الجاري.", published=dt.date(2025, 11, 3))
    assert (session["country_iso2"], session["meeting_type"], session["organization_code"]) == (
        "SA", "conference", "NAUSS")


def test_a_plan_s_year_after_the_run_leaves_the_undated_news_to_place():
    article = extraction("حل عبد اللطيف حموشي بالرياض في زيارة عمل التقى خلالها نظيره السعودي.\n"
                         "وتندرج هذه الخطوة ضمن الاستراتيجية الأمنية 2095-2099.")
    [report] = [c for c in article.event_candidates if c["reject_reason"] == "undated"]
    assert (report["reject_reason"], report["country_iso2"]) == ("undated", "SA")


def test_a_conference_in_a_moroccan_city_named_with_fi_madinat_is_hosted():
    [conference] = events("انطلق المؤتمر السابع والأربعون لقادة الشرطة في مدينة طنجة صباح اليوم الأربعاء، "
                          "برعاية عبد اللطيف حموشي.", published=dt.date(2023, 12, 6))
    assert (conference["country_iso2"], conference["direction"], conference["meeting_type"]) == (
        "MA", "hosted", "conference")


def test_meetings_in_the_plural_with_his_peers_of_a_country_are_news():
    [meetings] = events("وأجرى عبد اللطيف حموشي لقاءات مع نظرائه البلجيكيين.", published=dt.date(2015, 11, 23))
    assert (meetings["country_iso2"], meetings["meeting_type"]) == ("BE", "meeting")
    assert events("وتشكل لقاءات حموشي مع المسؤولين البلجيكيين فرصة لتبادل الخبرات.",
                  published=dt.date(2015, 11, 23)) == []  # meetings in general


def test_his_title_held_by_a_general_is_another_country_s_chief():
    # Other countries' police chiefs bear the same title; a rank between title and name marks one.
    assert events("شارك المدير العام للأمن الوطني الفريق محمد ولد أحمد اليوم الإثنين في افتتاح أشغال "
                  "الجمعية العامة للأنتربول بمراكش.", title="الأمن الموريتاني في مراكش",
                  published=dt.date(2025, 11, 24)) == []


def test_the_visit_a_page_told_without_a_date_is_dated_by_the_next_sentence():
    # 'يقوم حموشي بزيارة عمل إلى الإمارات' then 'تبدأ الزيارة يوم ...': the visit noun alone names no
    # country or direction; it is the visit just told.
    found = events("يقوم عبد اللطيف حموشي بزيارة عمل إلى دولة الإمارات العربية المتحدة.\n"
                   "تبدأ الزيارة يوم الثلاثاء 23 شتنبر 2025، ويرافقه وفد أمني.")
    assert [(c["country_iso2"], c["direction"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("AE", "abroad", "visit_abroad", dt.date(2025, 9, 23))]


def test_a_plan_announced_with_its_conjunction_is_a_plan():
    assert events("وينتظر أن يعقد وزير الداخلية الفرنسي اجتماعا مع عبد اللطيف حموشي بالرباط.",
                  published=dt.date(2024, 2, 29)) == []
    assert events("ومن المنتظر أن يزور عبد اللطيف حموشي مدريد.", published=dt.date(2024, 2, 29)) == []


def test_a_government_approving_an_agreement_signed_before_is_no_signing():
    approval = ("وافق مجلس الوزراء السعودي، خلال جلسة عقدها أمس الثلاثاء بجدة، على اتفاقية تعاون بين رئاسة أمن "
                "الدولة السعودية والمديرية العامة لمراقبة التراب الوطني.")
    assert events(approval, published=dt.date(2023, 5, 17)) == []
    signing = approval.replace("وافق مجلس الوزراء السعودي", "وقع عبد اللطيف حموشي").replace("على اتفاقية", "اتفاقية")
    assert spans(events(signing, published=dt.date(2023, 5, 17))) == [
        ("SA", dt.date(2023, 5, 16), dt.date(2023, 5, 16))]


def test_a_page_that_dates_something_leaves_nothing_to_place():
    # The date may be the engagement's in words the extractor does not read: placing by weekday would guess.
    article = extraction("استقبل الحموشي، يوم الخميس، سفير الولايات المتحدة الذي يغادر منصبه يوم 20 يناير 2021.")
    assert [c for c in article.event_candidates if c["reject_reason"] == "undated"] == []


def test_a_page_that_dates_only_another_engagement_keeps_its_news_to_place():
    # 'received Burns yesterday in Rabat' then 'the visit he made to Washington in June 2022': the
    # one date belongs to another engagement (abroad, not hosted), so the news still waits to be placed.
    article = extraction("استقبل الحموشي بمكتبه بالرباط مدير وكالة الاستخبارات المركزية الأمريكية وليام بيرنز.\n"
                         "ويأتي اللقاء تتويجا لزيارة العمل التي قام بها الحموشي إلى الولايات المتحدة "
                         "يومي 13 و14 يونيو 2022.")
    [report] = [c for c in article.event_candidates if c["reject_reason"] == "undated"]
    assert (report["country_iso2"], report["direction"], report["counterpart_person_latin"]) == (
        "US", "hosted", "William Burns")
    assert spans(c for c in article.event_candidates if c["is_event"]) == [
        ("US", dt.date(2022, 6, 13), dt.date(2022, 6, 14))]


def test_a_page_that_dates_the_same_kind_of_engagement_leaves_its_news_unplaced():
    # Two hosted meetings with the same country: the dated one may be the news told again.
    article = extraction("استقبل الحموشي بمكتبه بالرباط مدير وكالة الاستخبارات المركزية الأمريكية.\n"
                         "وكان الحموشي قد استقبل بالرباط يوم 5 دجنبر 2019 وزير الخارجية الأمريكي مايك بومبيو.")
    assert [c for c in article.event_candidates if c["reject_reason"] == "undated"] == []


def test_a_later_sentence_names_whom_the_undated_news_was_with():
    # The lead says where he went; the next sentence, who invited him: that is what places the page.
    article = extraction("غادر الحموشي أمس الاثنين في اتجاه موسكو على رأس وفد أمني.\n"
                         "وتأتي زيارة الحموشي إلى روسيا بدعوة من سكرتير مجلس الأمن الروسي نيكولاي باتروشيف، "
                         "الذي سيحضر حفل توشيح بموسكو.")
    [report] = [c for c in article.event_candidates if c["reject_reason"] == "undated"]
    assert (report["country_iso2"], report["named_weekday"], report["counterpart_person_latin"]) == (
        "RU", 1, "Nikolai Patrushev")
    assert report["meeting_type"] == "visit_abroad"  # the later sentence's honour is not the lead's kind


def test_a_known_official_is_known_by_his_family_name():
    # A variant given name ('مايكل' for 'مايك') or the family name alone still names the official.
    [found] = events("التقى الحموشي يوم 5 دجنبر 2019 بالرباط وزير الخارجية مايكل بومبيو.")
    assert (found["country_iso2"], found["counterpart_person_latin"]) == ("US", "Mike Pompeo")


# --- line breaks that cut a sentence -----------------------------------------------------------
def test_a_line_that_opens_with_a_comma_continues_the_sentence_before_it():
    found = events("بعد أسبوع من الزيارة الملكية، حل الحموشي يوم 9 مارس 2023 على رأس وفد أمني رفيع\n"
                   "، بمدريد في زيارة عمل.")
    assert spans(found) == [("ES", dt.date(2023, 3, 9), dt.date(2023, 3, 9))]


def test_a_hard_wrapped_paragraph_is_read_as_its_sentences():
    # Copy wrapped at a fixed width for print or mail: the name and the date fall on other lines.
    body = ("استقبل المدير العام للأمن الوطني عبد اللطيف\n"
            "حموشي، يوم الثلاثاء 14 نونبر 2023 بمقر المديرية\n"
            "العامة بالرباط، المدير العام للشرطة الوطنية\n"
            "الإسبانية فرانسيسكو باردو بيكيراس، وتباحث\n"
            "الطرفان في سبل تعزيز التعاون الأمني.\n"
            "وأكد الجانبان على أهمية تبادل المعلومات.")
    [found] = events(body, title=None)
    assert (found["country_iso2"], found["start_date"], found["counterpart_person_latin"]) == (
        "ES", dt.date(2023, 11, 14), "Francisco Pardo Piqueras")


def test_headline_lists_are_not_joined_into_a_sentence():
    # Unpunctuated short lines of links are no wrapped paragraph: nothing joins them.
    body = ("- الحموشي يستقبل سفير بريطانيا\n- حموشي يحل بمدريد\n- تعيينات جديدة في الأمن\n"
            "- أمطار رعدية يوم 3 مارس 2024.\n")
    assert events(body, title=None) == []


def test_an_undated_plan_is_a_plan():
    article = extraction("من المنتظر أن يقوم الحموشي يوم الخميس بزيارة عمل إلى مدريد.")
    assert [c["reject_reason"] for c in article.event_candidates] == ["planned_or_future"]


def test_a_byline_that_ends_in_a_colon_and_glues_digits_is_a_dateline():
    article = extraction("موقع الخبر9 مارس 2024آخر تحديث :\nاستقبل الحموشي أمس بالرباط نظيره الهولندي.")
    assert article.published_date == dt.date(2024, 3, 9)
    accepted = [c for c in article.event_candidates if c["is_event"]]
    assert spans(accepted) == [("NL", dt.date(2024, 3, 8), dt.date(2024, 3, 8))]


def test_an_agency_dateline_opening_the_lead():
    article = extraction("الرباط - 14 مارس 2024 (و م ع) - استقبل الحموشي اليوم الخميس بالرباط سفير اليابان.",
                         title="الحموشي يستقبل سفير اليابان")
    assert article.published_date == dt.date(2024, 3, 14)
    accepted = [c for c in article.event_candidates if c["is_event"]]
    assert spans(accepted) == [("JP", dt.date(2024, 3, 14), dt.date(2024, 3, 14))]


def test_a_page_that_starts_with_its_lead_has_no_headline_to_skip():
    body = ("أجرى عبد اللطيف حموشي، المدير العام للأمن الوطني ولمراقبة التراب الوطني، يوم 6 مارس 2024 بالرباط، "
            "مباحثات مع وفد أمني برتغالي رفيع المستوى، تناولت سبل تطوير التعاون الثنائي في مجال مكافحة الإرهاب.")
    assert spans(events(body, title=None)) == [("PT", dt.date(2024, 3, 6), dt.date(2024, 3, 6))]


# --- the missing year --------------------------------------------------------------------------
def test_a_weekday_and_its_date_set_off_by_parentheses_or_a_comma_keep_verb_and_counterpart_together():
    for body in ("التقى الحموشي، الثلاثاء (19 مارس)، بالرباط، السفير الياباني المعتمد بالمغرب.",
                 "استقبل الحموشي، يوم الثلاثاء، 19 مارس 2024، بمقر المديرية، السفير الياباني.",
                 "استقبل الحموشي، أمس (19 مارس) بالرباط، السفير الياباني."):
        found = events(body, published=dt.date(2024, 3, 20))
        assert spans(found) == [("JP", dt.date(2024, 3, 19), dt.date(2024, 3, 19))], body


def test_a_weekday_fixes_the_year_near_the_article_date():
    found = events("استقبل الحموشي يوم الأربعاء 21 يناير بالرباط سفير كندا.", published=dt.date(2026, 1, 23))
    assert spans(found) == [("CA", dt.date(2026, 1, 21), dt.date(2026, 1, 21))]


def test_with_nothing_else_a_weekday_takes_the_latest_fitting_year_in_office():
    article = extraction("استقبل الحموشي يوم الأربعاء 21 يناير بالرباط سفير كندا.")
    found = [c for c in article.event_candidates if c["is_event"]]
    assert found[0]["start_date"].weekday() == 2 and found[0]["date_year_basis"] == "weekday_in_tenure"
    assert 2005 <= found[0]["start_date"].year <= dt.date.today().year


def test_a_bare_weekday_is_a_day_of_the_articles_week():
    found = events("بحث الحموشي، الجمعة، بالرباط مع مدير الشرطة السويسرية سبل التعاون.", published=dt.date(2024, 3, 10))
    assert spans(found) == [("CH", dt.date(2024, 3, 8), dt.date(2024, 3, 8))]


def test_hijri_dates():
    found = events("حل الحموشي بالرياض يوم 5 رجب 1445 هـ في زيارة عمل.", published=dt.date(2024, 1, 20))
    assert spans(found) == [("SA", dt.date(2024, 1, 17), dt.date(2024, 1, 17))]


def test_a_hijri_date_without_its_year_is_the_last_such_day_before_the_page():
    # 27 and 28 Safar 1443 were 4 and 5 October 2021; the page is of 26 October 2021 (20 Rabi al-Awwal 1443).
    found = events("وجاء توقيع البرنامج تتويجا للزيارة التي قام بها حموشي إلى الرياض يومي الاثنين والثلاثاء 27 و28 "
                   "صفر الماضي.", published=dt.date(2021, 10, 26))
    assert spans(found) == [("SA", dt.date(2021, 10, 4), dt.date(2021, 10, 5))]
    # On 5 January 2025 (5 Rajab 1446), 9 Rajab 1446 was still to come: the last 9 Rajab was 21 January 2024.
    found = events("وكان حموشي قد حل بالرياض يوم 9 رجب الماضي.", published=dt.date(2025, 1, 5))
    assert spans(found) == [("SA", dt.date(2024, 1, 21), dt.date(2024, 1, 21))]
    # With no word of the past, the nearest: 24 Jumada al-Ula 1446, two days after the page.
    found = events("وتتواصل زيارة حموشي إلى الرياض، التي بدأت أمس، حتى يوم الثلاثاء 24 جمادى الأولى.",
                   published=dt.date(2024, 11, 24))
    assert spans(found) == [("SA", dt.date(2024, 11, 23), dt.date(2024, 11, 26))]


def test_what_was_expected_then_is_no_engagement():
    body = ("وزار حموشي مدريد في فبراير 2019.\n"
            "وكان مرتقبا أن يشارك في اجتماع دولي بموسكو في أكتوبر من السنة نفسها، قبل أن يتقرر إرجاء الموعد.")
    found = events(body, published=dt.date(2019, 12, 30))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("ES", dt.date(2019, 2, 1))]


def test_an_archive_photo_s_caption_tells_no_news():
    body = ("ترأس عبد اللطيف حموشي، اليوم الأربعاء 14 يناير 2026 بالرباط، اجتماعا لتقييم الترتيبات الأمنية.\n"
            "[صورة أرشيفية] حموشي خلال استقباله المدير العام للشرطة الوطنية الإسبانية بالرباط في زيارة عمل "
            "(أرشيف - ماب)")
    assert events(body, published=dt.date(2026, 1, 14)) == []


def test_what_posts_claimed_is_no_engagement():
    body = ("ونفى مصدر أمني، اليوم الخميس، صحة تدوينات نشرتها حسابات مجهولة عن لقاء عقده عبد اللطيف حموشي يوم "
            "الثلاثاء 13 يناير 2026 مع رئيس جهاز استخبارات أوروبي في مدينة جنيف السويسرية.")
    assert events(body, published=dt.date(2026, 1, 15)) == []
    claimed = ("وكانت حسابات على مواقع التواصل الاجتماعي قد زعمت أن عبد اللطيف حموشي التقى يوم الثلاثاء 13 يناير 2026 "
               "رئيس جهاز استخبارات أوروبي في مدينة جنيف السويسرية.")
    assert events(claimed, published=dt.date(2026, 1, 15)) == []


def test_glued_tokens():
    found = events("التقى الحموشي 27نونبر2023م بمدريد نظيره الإسباني.")
    assert spans(found) == [("ES", dt.date(2023, 11, 27), dt.date(2023, 11, 27))]


# --- how long it lasted ------------------------------------------------------------------------
def test_a_duration_from_the_first_day():
    found = events("حل الحموشي بأنقرة يوم 18 شتنبر 2024 في زيارة عمل تستمر ثلاثة أيام.")
    assert spans(found) == [("TR", dt.date(2024, 9, 18), dt.date(2024, 9, 20))]


def test_a_conference_that_goes_on_until_a_later_day():
    body = ("افتتحت يوم الاثنين 4 نونبر 2024 بالعاصمة الإيطالية روما أشغال الاجتماع الدولي لمكافحة الإرهاب، "
            "بمشاركة وفد مغربي يترأسه الحموشي. وتتواصل الأشغال حتى يوم الخميس 7 نونبر 2024.")
    found = events(body)
    assert spans(found) == [("IT", dt.date(2024, 11, 4), dt.date(2024, 11, 7))]
    assert found[0]["meeting_type"] == "conference"


# --- what is not an engagement date -------------------------------------------------------------
def test_named_event_years_are_not_dates():
    article = extraction("تحدث الحموشي عن نجاح تأمين كأس العالم قطر 2022 وعن أولمبياد باريس 2024.")
    assert {d["excluded_reason"] for d in article.date_mentions} == {"named_event_year"}
    article = extraction("وعرض الضيف تجربة بلاده في تأمين كأس أوروبا 2024، وكأس العالم للسيدات 2011، وبطولة العالم "
                         "لألعاب القوى 2019، والألعاب الأولمبية الصيفية في باريس 2024.")
    assert [d["excluded_reason"] for d in article.date_mentions] == ["named_event_year"] * 4


def test_a_class_named_by_its_year_is_no_date():
    article = extraction("حضر حموشي حفل تخرج فوج 2019 من عمداء الشرطة، ثم حفل تخرج دفعة 2021 من الضباط.")
    assert [d["excluded_reason"] for d in article.date_mentions] == ["named_event_year"] * 2


def test_a_verb_told_on_a_number_of_occasions_counts_them():
    from sdw.extraction.events import find_triggers
    [met] = find_triggers(normalize("التقى حموشي مسؤولين أمنيين إيطاليين في سبع مناسبات على الأقل").text)
    assert met.counted


def test_a_tournament_year_leaves_an_undated_page_undated():
    [news] = extraction("عقد حموشي اليوم الأربعاء في مدريد جلسة عمل مع المدير العام للشرطة الإسبانية.\n"
                        "واستعرض الطرفان تجربة إسبانيا في تأمين كأس أوروبا 2024.").event_candidates
    assert (news["country_iso2"], news["reject_reason"], news["named_weekday"]) == ("ES", "undated", 3)


def test_a_future_side_clause_does_not_make_the_visit_a_plan():
    found = events("زار الحموشي الدوحة يوم 5 يونيو 2024 وتفقد المنشآت التي ستحتضن البطولة المقبلة.",
                   published=dt.date(2024, 6, 20))
    assert spans(found) == [("QA", dt.date(2024, 6, 5), dt.date(2024, 6, 5))]


def test_a_plan_in_the_main_clause_is_still_a_plan():
    assert events("سيزور الحموشي مدريد يوم 5 يونيو 2024.", published=dt.date(2024, 6, 1)) == []


def test_a_trigger_inside_another_word_is_no_trigger():
    # وزارة holds زارة ('visited her'): a ministry named with a date is not a visit.
    article = extraction("أعلنت وزارة الداخلية الإسبانية يوم 3 مارس 2024 عن خطة جديدة.")
    assert [c["reject_reason"] for c in article.event_candidates] == ["no_trigger"]


# --- participation and multilateral meetings ---------------------------------------------------
def test_an_honour_verb_with_its_pronoun_honours_whom_the_passage_is_about():
    found = events("حل الحموشي بمدريد يوم 16 يونيو 2022.\n"
                   "وفي سنة 2019، وشحه العاهل الإسباني بالصليب الأكبر للاستحقاق الأمني.")
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("ES", "visit_abroad"), ("ES", "honor")]
    # After a passage about a Spanish minister, the pronoun is not he.
    found = events("استقبل وزير الداخلية الإسباني نظيره المغربي يوم 16 يونيو 2022.\n"
                   "وفي سنة 2019، وشحه العاهل الإسباني بالصليب الأكبر للاستحقاق الأمني.")
    assert found == []


def test_an_official_of_an_international_body_received_in_morocco_is_a_meeting_in_morocco():
    for body in ("استقبل الحموشي، يوم الاثنين 1 دجنبر 2025، ألكسندر زويف، مدير مكتب الأمم المتحدة لمكافحة الإرهاب، "
                 "الذي يقوم بزيارة عمل للمملكة.",
                 "استقبل الحموشي يوم الاثنين 1 دجنبر 2025 بالرباط مدير مكتب الأمم المتحدة لمكافحة الإرهاب."):
        found = events(body + "\nوخلال هذا الاجتماع، ناقش الطرفان المخاطر الإرهابية في منطقة الساحل وسوريا.")
        assert [(c["country_iso2"], c["direction"], c["meeting_type"], c["organization_code"], c["start_date"])
                for c in found] == [("MA", "hosted", "hosted_visit", "UNOCT", dt.date(2025, 12, 1))], body


def test_where_continues_the_scene_before_the_comma():
    found = events("زيارة المدير العام للشرطة البرازيلية للمغرب، حيث وقع مع الحموشي بأكادير يوم 21 ماي 2024 "
                   "مذكرة تفاهم.")
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("BR", "agreement")]


def test_a_signing_with_one_country_on_the_sidelines_of_a_conference_is_that_signing():
    found = events("وقع الحموشي، يوم الاثنين 24 نونبر 2025 بمراكش، مع المفوض العام للشرطة الفيدرالية الإثيوبية، مذكرة "
                   "تفاهم في مجال التعاون الأمني، على هامش فعاليات الجمعية العامة للأنتربول.")
    # The signing is with Ethiopia; the session on whose sidelines he signed is one more engagement, on its days.
    assert [(c["country_iso2"], c["meeting_type"], c["direction"], str(c["start_date"]), str(c["end_date"]))
            for c in found] == [("ET", "agreement", "hosted", "2025-11-24", "2025-11-24"),
                                ("MA", "conference", "hosted", "2025-11-24", "2025-11-27")]
    # The conference held in the country he signs with stays a conference there.
    found = events("شارك الحموشي يوم 5 ماي 2024 في فعاليات المؤتمر الدولي بفيينا، ووقع مع نظيره النمساوي مذكرة تفاهم.")
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("AT", "conference")]


def test_a_conference_held_in_morocco_is_morocco_s_whatever_delegations_attend():
    found = events("ترأس الحموشي يوم 6 دجنبر 2023 أشغال مؤتمر قادة الشرطة والأمن العرب الذي تحتضنه مدينة طنجة، "
                   "بمشاركة جل الدول العربية، ممثلة في المغرب والأردن والإمارات.")
    assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in found] == [("MA", "conference", "hosted")]


def test_participation_in_a_session_led_by_him():
    found = events("انطلقت يوم 9 دجنبر 2024 بالقاهرة أشغال الدورة العادية لمجلس وزراء الداخلية العرب، "
                   "بمشاركة وفد مغربي يترأسه عبد اللطيف حموشي.")
    assert [(c["country_iso2"], c["meeting_type"], c["organization_code"]) for c in found] == [
        ("EG", "conference", "AIMC")]


def test_a_hosting_verb_in_any_tense_places_the_event():
    found = events("ألقى الحموشي يوم 24 نونبر 2025 كلمة في الجمعية العامة للأنتربول التي تحتضنها مدينة مراكش.")
    assert [(c["country_iso2"], c["direction"], c["organization_code"]) for c in found] == [
        ("MA", "hosted", "INTERPOL")]


def test_ambassadors_listed_together_are_one_meeting_each():
    found = events("استقبل الحموشي يوم 21 يناير 2026 بالرباط سفراء كل من كندا والسويد والبرازيل.")
    assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in found] == [
        ("CA", "meeting", "hosted"), ("SE", "meeting", "hosted"), ("BR", "meeting", "hosted")]


# --- tallies ------------------------------------------------------------------------------------
def test_spelled_out_counts_with_their_scope():
    claims = extraction("وعقد الحموشي منذ 2023 سبع لقاءات مع مسؤولين فرنسيين.").tally_claims
    assert [(t["scope_type"], t["scope_code"], t["reported_count"]) for t in claims] == [("country", "FR", 7)]


def test_a_year_before_a_meeting_noun_is_not_a_count():
    article = extraction("وفي مارس 2024 مباحثات أجراها الحموشي بمدريد مع نظيره الإسباني يوم 5 مارس 2024.")
    assert article.tally_claims == []


# --- one engagement, one row -------------------------------------------------------------------
def test_more_on_the_engagement_pointed_back_to_is_no_engagement_with_the_country_it_names():
    found = events("استقبل الحموشي، يوم الثلاثاء 25 نونبر 2025، رئيس شرطة الأمم المتحدة.\n"
                   "وجرى هذا اللقاء بمراكش، بالتزامن مع انعقاد الجمعية العامة للأنتربول من 24 إلى 27 نونبر 2025.\n"
                   "وخلال هذا الاستقبال، أعرب المسؤول الأممي عن رغبة المنظمة في تعزيز التعاون بمقرها في نيويورك.")
    assert [c["country_iso2"] for c in found] == ["MA"]


def test_a_reception_that_names_itself_this_visit_is_still_news():
    found = events("زار الحموشي واشنطن يوم 14 يونيو 2022.\n"
                   "واستقبل الحموشي، يوم الأربعاء 10 غشت 2022 بالرباط، وفدا أمنيا إسبانيا، وتباحث الطرفان خلال "
                   "هذه الزيارة سبل تعزيز التعاون.")
    assert [c["country_iso2"] for c in found] == ["US", "ES"]


def test_the_visit_around_a_meeting_pointed_back_to_is_that_meeting():
    found = events("استقبل الحموشي يوم الخميس 8 يناير 2026 بالرباط المدير العام للشرطة الإسبانية.\n"
                   "ويندرج هذا اللقاء في إطار الزيارة التي يقوم بها المسؤول الإسباني إلى المغرب من 7 إلى 9 يناير 2026.")
    assert spans(found) == [("ES", dt.date(2026, 1, 8), dt.date(2026, 1, 8))]


def test_talks_between_two_heads_of_state_are_not_his():
    article = extraction("ويأتي هذا اللقاء عقب المباحثات التي جرت في 4 مارس 2024 "
                         "بين الملك محمد السادس والرئيس السنغالي.")
    assert [c["reject_reason"] for c in article.event_candidates] == ["other_actor"]


def test_the_words_around_the_date_say_what_happened_that_day():
    found = events("شارك الحموشي في مؤتمر بأبوظبي، وفي 21 فبراير 2023 استقبل بالرباط مدير مكتب التحقيقات الفيدرالي.")
    assert [(c["country_iso2"], c["meeting_type"], c["counterpart_agency"]) for c in found] == [
        ("US", "hosted_visit", "FBI")]


def test_a_year_mention_of_an_event_dated_elsewhere_in_the_article_is_the_same_event():
    body = ("ترأس الحموشي يوم 6 دجنبر 2023 بطنجة أشغال مؤتمر قادة الشرطة والأمن العرب.\n"
            "وتحتضن طنجة مؤتمر سنة 2023 لقادة الشرطة والأمن العرب بمشاركة وفود عربية.")
    assert spans(events(body)) == [("MA", dt.date(2023, 12, 6), dt.date(2023, 12, 6))]


def test_an_honour_given_to_another_official_is_not_his():
    article = extraction("وفي 15 فبراير 2015 جرى توشيح وزير الداخلية بوسام رفيع من فرنسا.")
    assert [c["reject_reason"] for c in article.event_candidates] == ["other_actor"]


def test_a_year_inside_a_quoted_event_name_is_not_a_date():
    article = extraction('زار الحموشي معرض "ميليبول قطر 2018" بالدوحة.')
    assert [d["excluded_reason"] for d in article.date_mentions] == ["named_event_year"]


def test_a_side_clause_that_holds_the_engagement_itself_keeps_its_future():
    assert events("ويشكل التكريم، الذي سيتم توشيحه به يوم 20 يونيو 2024 من طرف فرنسا، اعترافا بجهوده.",
                  published=dt.date(2024, 6, 1)) == []


def test_the_current_year_written_out_after_the_day():
    found = events("استقبل أمير قطر يوم الاثنين 29 أكتوبر من السنة الجارية 2018 بالدوحة الحموشي.")
    assert spans(found) == [("QA", dt.date(2018, 10, 29), dt.date(2018, 10, 29))]


def test_a_second_mention_of_the_same_day_may_say_what_kind_it_was():
    body = ("حل الحموشي اليوم الاثنين بدولة الإمارات.\n"
            "ويشارك الحموشي في أشغال مؤتمر قادة الشرطة والأمن العرب الذي تحتضنه أبوظبي ابتداء من اليوم الاثنين.")
    found = events(body, published=dt.date(2023, 1, 9))
    assert [(c["country_iso2"], c["meeting_type"], c["organization_code"]) for c in found] == [
        ("AE", "conference", "AIMC")]


# --- engagements told without a date of their own ---------------------------------------------
def test_a_report_without_its_own_date_takes_the_day_the_lead_gave():
    body = ("طلبت الحكومة النرويجية اليوم الثلاثاء 14 ماي 2024 من المغرب تعاونا أوثق في مجال الأمن.\n"
            "وفي الإطار نفسه تباحث عبد اللطيف الحموشي مع نظرائه النرويجيين حول سبل هذا التعاون.")
    found = events(body)
    assert spans(found) == [("NO", dt.date(2024, 5, 14), dt.date(2024, 5, 14))]
    assert found[0]["date_source"] == "previous_sentence"


def test_an_undated_lead_is_news_of_the_month_the_article_was_published():
    found = events("استقبل عبد اللطيف الحموشي بمقر المديرية العامة بالرباط المدير العام للشرطة الهولندية.",
                   url="https://example.ma/2021/10/19/slug/")
    assert spans(found) == [("NL", dt.date(2021, 10, 1), dt.date(2021, 10, 31))]
    assert found[0]["date_source"] == "article_date"


def test_undated_background_and_general_statements_are_not_news():
    body = ("وكان الحموشي قد استقبل رئيس الشرطة الفنلندية في وقت سابق.\n"
            "وسبق للحموشي أن زار هلسنكي.\n"
            "وعقد الحموشي لقاءات مع مسؤولين فنلنديين.")
    assert events(body, url="https://example.ma/2021/10/19/slug/") == []


def test_the_date_of_one_engagement_does_not_date_the_next_undated_one():
    body = ("حل الحموشي بمدريد يوم 16 يونيو 2022 في زيارة عمل التقى خلالها مديرة المخابرات الإسبانية.\n"
            "والتقى الحموشي مدير مكتب التحقيقات الفيدرالي الأمريكي.")
    assert spans(events(body)) == [("ES", dt.date(2022, 6, 16), dt.date(2022, 6, 16))]


def test_an_undated_detail_of_an_engagement_the_article_dates_is_that_engagement():
    body = ("استقبل الحموشي بالرباط المدير العام للشرطة الهولندية.\n"
            "وجرى اللقاء يوم الأربعاء 20 أكتوبر 2021 بمقر المديرية العامة للأمن الوطني مع المسؤول الهولندي.")
    found = events(body, url="https://example.ma/2021/10/22/slug/")
    assert spans(found) == [("NL", dt.date(2021, 10, 20), dt.date(2021, 10, 20))]


def test_leaving_for_a_capital_is_a_trip_abroad():
    found = events("غادر الحموشي يوم الاثنين 4 أبريل 2016 في اتجاه موسكو على رأس وفد أمني.")
    assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in found] == [("RU", "visit_abroad", "abroad")]


def test_an_honour_announced_for_later_is_a_plan():
    body = "أعلن وزير الداخلية الفرنسي يوم السبت 14 فبراير 2015 بالرباط أن فرنسا ستكرم الحموشي بوسام جوقة الشرف."
    assert events(body) == []


def test_the_verb_after_an_engagement_noun_names_who_held_it():
    body = ("وتأتي تصريحات المسؤول الفرنسي بالرباط لتؤكد نتائج المباحثات التي أجراها الملك محمد السادس مع الرئيس "
            "الفرنسي يوم 9 فبراير 2015.")
    assert events(body) == []


def test_another_officials_honour_during_his_visit_leaves_the_visit_his():
    body = ("وجرى يوم الأربعاء 30 مارس 2016 توشيح وزير الداخلية خلال الزيارة التي يقوم بها رفقة الحموشي إلى مدريد، "
            "حيث التقى المسؤولان نظيرهما الإسباني.")
    found = events(body)
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("ES", "visit_abroad")]


def test_named_office_holders_narrow_the_year_a_weekday_gives():
    body = "تباحث الحموشي اليوم الاثنين 23 نونبر مع وزير الداخلية محمد حصاد ونظرائه البلجيكيين."
    found = events(body)
    assert spans(found) == [("BE", dt.date(2015, 11, 23), dt.date(2015, 11, 23))]
    assert found[0]["date_year_basis"] == "weekday_in_office"


def test_a_second_date_with_its_own_verb_leaves_the_conference_to_the_first():
    body = ("وفي 12 مارس 2024 شارك الحموشي في أشغال الدورة الـ41 لمؤتمر قادة الشرطة العرب الذي احتضنته الدوحة، "
            "وفي 20 مارس استقبل الحموشي مدير الشرطة الإيطالية.")
    found = events(body)
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("QA", "conference", dt.date(2024, 3, 12)), ("IT", "hosted_visit", dt.date(2024, 3, 20))]


def test_an_honouring_is_an_honour():
    found = events("وجاء هذا التكريم للحموشي يوم الأحد 16 فبراير 2025 خلال أشغال مجلس وزراء الداخلية العرب بتونس.")
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("TN", "honor")]


def test_winning_the_right_to_host_an_event_is_a_plan():
    assert events("نال المغرب بحضور الحموشي شرف تنظيم أشغال الدورة 95 للجمعية العامة للأنتربول بمراكش سنة 2027.") == []


def test_the_date_of_an_announced_honour_does_not_date_what_follows():
    body = ("وذكرت وسائل إعلام أن الرئيس الفرنسي سيوشح الحموشي يوم الثلاثاء 14 يوليوز 2015 بباريس.\n"
            "وعللت فرنسا قرارها القاضي بتوشيح الحموشي برغبتها في تجاوز الأزمة.")
    assert events(body) == []


def test_a_day_of_the_current_month_until_a_day_of_the_same_month():
    body = ("يواصل الحموشي زيارته الرسمية لدولة الإمارات العربية المتحدة، التي انطلقت في 23 من الشهر الجاري "
            "وستستمر إلى غاية 26 من نفس الشهر.")
    found = events(body, url="https://example.ma/2024/09/25/slug/")
    assert [(c["country_iso2"], c["start_date"], c["end_date"], c["direction"]) for c in found] == [
        ("AE", dt.date(2024, 9, 23), dt.date(2024, 9, 26), "abroad")]


def test_a_country_after_his_title_is_his_title_not_the_place():
    body = ("قام عبد اللطيف حموشي، المدير العام للأمن الوطني ولمراقبة التراب الوطني بالمملكة المغربية، "
            "بزيارة عمل رسمية لدولة قطر يوم 12 مارس 2024.")
    found = events(body)
    assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in found] == [("QA", "visit_abroad", "abroad")]


def test_a_weekday_places_the_current_month_when_nothing_dates_the_article():
    body = "جرى اليوم الأحد 16 فبراير الجاري بتونس توشيح الحموشي بوسام الأمير نايف للأمن العربي."
    found = events(body)
    assert found[0]["start_date"].weekday() == 6 and found[0]["start_date"].month == 2


def test_a_year_before_he_took_office_dates_something_else():
    article = extraction("منحت الحكومة الإسبانية، التي يقودها الحزب الذي حكم البلاد في 2003، الحموشي وسام الاستحقاق.")
    assert [c["reject_reason"] for c in article.event_candidates] == ["before_tenure"]
    assert events("وشحت الحكومة الإسبانية في 2014 الحموشي بوسام الاستحقاق.")[0]["start_date"] == dt.date(2014, 1, 1)


def test_an_engagement_told_years_after_a_date_takes_that_later_year():
    [honour] = events("رفض المغرب سنة 2014 استدعاء قاض فرنسي، وبعد مرور عام وشحت فرنسا الحموشي بوسام جوقة الشرف.")
    assert (honour["country_iso2"], honour["start_date"], honour["end_date"], honour["date_precision"]) == (
        "FR", dt.date(2015, 1, 1), dt.date(2015, 12, 31), "year")
    [honour] = events("تولى الحموشي إدارة المخابرات سنة 2005، وبعد عشر سنوات منحته إسبانيا وسام الاستحقاق.")
    assert (honour["country_iso2"], honour["start_date"]) == ("ES", dt.date(2015, 1, 1))


def test_on_a_tour_the_sentence_tells_the_next_leg_not_the_one_before():
    for said in ["انتقل حموشي يوم 20 مارس 2024، مباشرة بعد زيارة عمل إلى بلجيكا، نحو الجارة هولندا.",
                 "بعد زيارته لبلجيكا، حط حموشي الرحال يوم 20 مارس 2024 بالمملكة الهولندية في زيارة عمل.",
                 "حل حموشي يوم 20 مارس 2024 بهولندا بعد زيارته لبلجيكا."]:
        found = events(said)
        assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in found] == [
            ("NL", "visit_abroad", "abroad")], said


def test_where_he_set_down_is_where_the_visit_was():
    [visit] = events("يوم 20 مارس 2024، حط حموشي الرحال بالمملكة الهولندية، في زيارة هي الأولى منذ سنوات، رغم أزمة "
                     "جواز سفر جزائري.")
    assert (visit["country_iso2"], visit["direction"]) == ("NL", "abroad")


def test_a_sentence_that_counts_may_still_tell_an_engagement():
    article = extraction("حل حموشي بالعاصمة البلجيكية بروكسيل يوم 5 مارس 2024، حيث عقد أزيد من عشرين لقاء مع "
                         "المسؤولين البلجيكيين.")
    assert spans([c for c in article.event_candidates if c["is_event"]]) == [
        ("BE", dt.date(2024, 3, 5), dt.date(2024, 3, 5))]
    assert [(t["scope_code"], t["reported_count"], t["is_approximate"]) for t in article.tally_claims] == [
        ("BE", 20, True)]
    assert events("عقد حموشي 35 لقاء دوليا منذ 2015، منها 12 لقاء مع إسبانيا.") == []  # counts only


def test_what_opens_tomorrow_is_a_plan():
    for said in ["تنطلق يوم غد الأربعاء 6 دجنبر 2023 بطنجة أشغال المؤتمر 47 لقادة الشرطة والأمن العرب، بمشاركة "
                 "المدير العام للأمن الوطني عبد اللطيف حموشي.",
                 "يترأس عبد اللطيف حموشي غدا الأربعاء 6 دجنبر 2023 بطنجة افتتاح أشغال المؤتمر 47 لقادة الشرطة "
                 "والأمن العرب."]:
        assert [c["reject_reason"] for c in extraction(said).event_candidates] == ["planned_or_future"], said


def test_what_the_states_signed_or_practise_is_not_his_engagement():
    lead = "استقبل عبد اللطيف حموشي اليوم الخميس سفير بلجيكا.\n"
    for said in ["وأشاد حموشي بالتعاون مع بلجيكا في إطار اتفاقية وقعها البلدان عام 2014.",
                 "واتفق الطرفان على برنامج زيارات متبادلة خلال سنة 2025 بين المغرب وبلجيكا.",
                 "وتندرج هذه الزيارة في إطار اتفاقية التعاون الأمني الموقعة بين المغرب وبلجيكا سنة 2014."]:
        assert events(lead + said) == [], said
    # The undated news dated by the sentence that points back at it, no other engagement word between.
    assert spans(events(lead + "وجرى هذا اللقاء يوم الخميس 5 مارس 2024 بالرباط.")) == [
        ("BE", dt.date(2024, 3, 5), dt.date(2024, 3, 5))]


def test_today_before_where_it_happened_is_the_pages_day():
    published = dt.date(2024, 6, 10)
    for said in ["استقبل حموشي اليوم بالرباط سفير اليابان.", "جرى اليوم، بمقر المديرية العامة بالرباط، توقيع مذكرة "
                 "تفاهم بين حموشي والسفير الياباني."]:
        assert spans(events(said, published=published)) == [("JP", published, published)], said
    # An occasion celebrated today is no date of an engagement.
    article = extraction("نحتفل اليوم بالذكرى السنوية للعلاقات مع اليابان.", published=published)
    assert article.date_mentions == []


def test_the_visiting_delegations_own_leader_does_not_stand_in_for_him():
    [visit] = events("استقبل حموشي، في 5 يونيو 2024 بالرباط، وفدا عن الحرس المدني الإسباني يقوده الجنرال "
                     "ميرسيديس غونزاليس.")
    assert (visit["country_iso2"], visit["start_date"]) == ("ES", dt.date(2024, 6, 5))


def test_a_day_spelled_as_an_ordinal_with_its_unit_and_tens():
    for said in ["قام حموشي ابتداء من يومه الواحد و العشرين من شهر أبريل 2024 بزيارة عمل إلى دولة قطر.",
                 "قام حموشي يوم الحادي والعشرين من أبريل 2024 بزيارة عمل إلى دولة قطر."]:
        assert spans(events(said)) == [("QA", dt.date(2024, 4, 21), dt.date(2024, 4, 21))], said


def test_a_pair_of_weekdays_names_both_days_of_the_range():
    found = events("عقد حموشي، يومي الخميس والجمعة (16 و17 يونيو)، جلسات عمل مع نظرائه الإسبان.",
                   published=dt.date(2022, 6, 18))
    assert spans(found) == [("ES", dt.date(2022, 6, 16), dt.date(2022, 6, 17))]


def test_a_sentence_naming_no_country_continues_with_the_foreign_official_told():
    found = events("أكد المدير العام للشرطة الاتحادية البرازيلية، مساء اليوم الثلاثاء بأكادير، أهمية التعاون "
                   "مع المغرب.\nوأبرز السيد رودريغيز، عقب توقيعه على مذكرة تفاهم مع عبد اللطيف حموشي، أن التعاون مهم.",
                   published=dt.date(2024, 5, 22))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("BR", "agreement", dt.date(2024, 5, 21))]


def test_a_page_whose_body_tells_nothing_reports_its_headlines_engagement():
    found = events("وتجسد هذه الخطوة متانة التعاون الأمني بين البلدين في مختلف المجالات.",
                   title="التعاون الأمني يتعزز باستقبال عبد اللطيف حموشي لمدير مكتب التحقيقات الفيدرالي الأمريكي",
                   published=dt.date(2023, 2, 21))
    assert spans(found) == [("US", dt.date(2023, 2, 1), dt.date(2023, 2, 28))]
    # A body that tells an engagement of its own is the report; the headline only announces it.
    found = events("استقبل حموشي يوم 20 فبراير 2023 بالرباط سفير اليابان.",
                   title="حموشي يستقبل مدير مكتب التحقيقات الفيدرالي الأمريكي", published=dt.date(2023, 2, 21))
    assert [c["country_iso2"] for c in found] == ["JP"]


def test_an_opportunity_is_not_an_occasion_of_the_past():
    said = ("“تشرفت بلقاء المدير العام، وشكل ذلك مناسبة للتأكيد على شراكتنا”، هكذا علق وزير الخارجية الأمريكي "
            "على الزيارة التي خص بها أمس الخميس عبد اللطيف الحموشي.")
    assert [(c["country_iso2"], c["reject_reason"]) for c in extraction(said).event_candidates] == [("US", "undated")]
    said = "وسبق لحموشي أن التقى في أكثر من مناسبة مسؤولين أمريكيين، آخرهم أمس الخميس."
    assert extraction(said).event_candidates == []


def test_a_tour_of_capitals_listed_with_their_countries_is_one_engagement_each():
    found = events("أجرى عبد اللطيف حموشي، يومي 24 و25 يونيو 2024، زيارات عمل قادته إلى كل من العاصمة الألمانية "
                   "برلين والعاصمة الفرنسية باريس.")
    assert [c["country_iso2"] for c in found] == ["DE", "FR"]


def test_plural_visits_to_listed_places_are_the_news_of_an_undated_page():
    [news] = extraction("أجرى عبد اللطيف حموشي، خلال الأسبوع الجاري، زيارات عمل قادته إلى كل من العاصمة الألمانية "
                        "برلين والعاصمة الفرنسية باريس.").event_candidates
    assert (news["country_iso2"], news["reject_reason"]) == ("DE", "undated")


def test_a_date_after_the_run_is_never_an_engagement():
    article = extraction(f"استقبل الحموشي يوم 3 مارس {dt.date.today().year + 1} بالرباط سفير اليابان.")
    assert [c["reject_reason"] for c in article.event_candidates] == ["after_run_date"]


def test_a_date_told_after_another_officials_visit_is_that_visit():
    # 'his visit comes after the one the interior minister made on Wednesday 15 June': the date is the minister's.
    body = ("وتأتي زيارة حموشي لإسبانيا في سياق تكميلي للزيارة التي قام بها وزير الداخلية، عبد الوافي لفتيت، "
            "يوم الأربعاء 15 يونيو 2022، للجارة الشمالية، حيث التقى بنظيره الإسباني.")
    assert events(body) == []
    # His own visit, dated after 'التي قام بها' with him as its agent, stays his.
    [found] = events("وتأتي زيارة العمل التي قام بها الحموشي يوم 15 يونيو 2022 إلى مدريد في إطار التعاون الأمني.")
    assert spans([found]) == [("ES", dt.date(2022, 6, 15), dt.date(2022, 6, 15))]


def test_since_a_day_dates_the_engagement_under_way():
    # 'has been on a working visit since Tuesday 23 September': the visit began that day (and the
    # joint DGSN-DGST title, held from 2015, leaves 2025 as the only year that Tuesday fits).
    [found] = events("يقوم المدير العام للأمن الوطني ومراقبة التراب الوطني عبد اللطيف حموشي، منذ يوم الثلاثاء "
                     "23 شتنبر، بزيارة عمل إلى دولة الإمارات العربية المتحدة.")
    assert spans([found]) == [("AE", dt.date(2025, 9, 23), dt.date(2025, 9, 23))]
    # Since an incident on a date: the date starts a period, not the engagement.
    assert events("لأول مرة منذ الحادث الذي عرفته باريس يوم 20 فبراير 2014، استقبل الحموشي نظيره الفرنسي.") == []


def test_an_honour_told_in_a_review_of_one_year_is_of_that_year():
    # 'his decorations of 2025 ... In this context, France decorated him': of 2025, not of the page's month.
    body = ("تعكس التوشيحات الدولية التي حاز عليها عبد اللطيف حموشي خلال سنة 2025 مكانة المغرب.\n"
            "وفي هذا الإطار، وشحت الجمهورية الفرنسية عبد اللطيف حموشي بوسام جوقة الشرف، أحد أرفع الأوسمة.")
    [found] = events(body, title="حموشي.. توشيحات دولية تكرس الاعتراف", url="https://example.ma/2025/12/18/x")
    assert (found["country_iso2"], found["date_precision"], found["start_date"]) == ("FR", "year", dt.date(2025, 1, 1))
    # Background is no honour of the year: 'كان قد وشحه'.
    assert events("تعكس التوشيحات التي حاز عليها حموشي خلال سنة 2025 مكانة المغرب.\n"
                  "وكانت إسبانيا قد وشحت حموشي بوسام رفيع.", title="حصيلة سنة 2025") == []


def test_one_of_is_not_sunday():
    # 'أحد أرفع الأوسمة' is 'one of the highest medals'; Sunday has its article or follows 'يوم'.
    article = extraction("منحت إسبانيا حموشي وساما يعد أحد أرفع الأوسمة.", url="https://example.ma/2014/10/10/x")
    assert [d["text"] for d in article.date_mentions] == []
    article = extraction("استقبل حموشي يوم أحد نظيره الإسباني.", url="https://example.ma/2014/10/10/x")
    assert [d["start_date"] for d in article.date_mentions] == [dt.date(2014, 10, 5)]


def test_a_headline_in_two_parts_is_a_headline():
    # 'بعد واشنطن.. حموشي في مدريد': two dots join a headline's parts; the page's first prose is its lead.
    article = extraction("حل حموشي يوم 16 يونيو 2022 بمدريد في زيارة عمل.", title="بعد واشنطن.. حموشي في مدريد")
    assert [s["line_kind"] for s in article.sentences] == ["title", "title", "prose"]


def test_a_last_line_cut_short_is_still_prose():
    # The stored copy ends mid-sentence: 'وفي هذا الإطار، وشحت ...' opens like prose, not like a caption.
    found = events("استقبل حموشي يوم 3 مارس 2025 بالرباط نظيره الفرنسي.\nوفي هذا الإطار، التقى حموشي يوم 4 مارس "
                   "2025 بمدريد نظيره الإسباني بحضور")
    assert [c["country_iso2"] for c in found] == ["FR", "ES"]


def test_an_undated_mention_of_an_honour_the_page_announced_is_that_plan():
    # 'France will decorate him in September' then 'France chose to make amends by decorating him': a plan.
    body = ("وسيوشح الرئيس الفرنسي عبد اللطيف الحموشي بوسام الشرف خلال زيارته للمغرب شهر شتنبر المقبل.\n"
            "وارتأت فرنسا أن تعتذر عن خطئها عن طريق توشيح الحموشي بوسام الشرف.")
    assert events(body, url="https://example.ma/2015/07/15/x") == []


def test_the_visit_whose_pronoun_points_to_another_official_is_not_his():
    # 'in a speech of the French president, at the end of the visit he made to Morocco': the president's visit.
    assert events("وأشاد الحموشي بالتعاون الأمني.\nجاء ذلك في كلمة للرئيس الفرنسي، على هامش اختتام الزيارة "
                  "التي أجراها إلى المغرب يومي 19 و20 شتنبر 2015.") == []
    # Met with a Saudi official to review the visit he made: still his own visit.
    found = events("اجتمع الحموشي يوم 9 فبراير 2021 بالرباط مع مدير المخابرات السعودية، لتقييم نتائج الزيارة التي "
                   "قام بها إلى الرياض يومي 3 و4 نونبر 2020.")
    assert [c["start_date"] for c in found] == [dt.date(2021, 2, 9), dt.date(2020, 11, 3)]


def test_a_sporting_event_is_no_conference():
    # 'this global sporting event in Paris sees a strong contribution of the Moroccan police': no conference of his.
    assert events("ويعرف هذا المحفل الرياضي العالمي بباريس مساهمة قوية من طرف الأمن الوطني في تأمين الألعاب.",
                  url="https://example.ma/2024/07/30/x") == []
    [found] = events("شارك الحموشي يوم 8 نونبر 2023 في أشغال المحفل الأمني الدولي بفيينا.")
    assert (found["country_iso2"], found["meeting_type"]) == ("AT", "conference")


def test_his_bodies_staff_taking_part_is_not_his_engagement():
    # 'with the participation of officers and cadres of the DGST' in securing the Games in Paris.
    assert events("وذلك بمشاركة أطر وضباط المديرية العامة لمراقبة التراب الوطني في تأمين الألعاب بباريس يوم 26 يوليوز "
                  "2024.") == []
    # His body itself taking part still stands for him.
    [found] = events("شاركت المديرية العامة للأمن الوطني يوم 26 يوليوز 2024 بباريس في اجتماع أمني دولي.")
    assert found["country_iso2"] == "FR"


def test_the_date_of_a_plan_told_after_the_engagement_is_the_plans():
    # 'the meeting that brought together on Monday ... the ambassador, who is to leave Morocco on Wednesday 20
    # January': the farewell meeting happened; the 20th is his departure. The page's month dates the meeting.
    [found] = events("جاء اللقاء الذي جمع، الاثنين، عبد اللطيف الحموشي بمقر المديرية العامة بالرباط السفير الأمريكي، "
                     "والذي يرتقب أن يغادر المغرب، رسميا، الأربعاء 20 يناير الجاري.", url="https://example.ma/2021/01/x")
    assert (found["country_iso2"], found["date_precision"], found["start_date"]) == ("US", "month", dt.date(2021, 1, 1))


def test_a_side_clause_opened_with_and_is_a_side_clause():
    # 'والذي يرتقب أن يغادر': another's plan in a side clause; 'والذي سيتم توشيحه' after 'التكريم': the honour to come.
    [found] = events("التقى الحموشي يوم الاثنين 18 يناير 2021 بالرباط السفير الأمريكي، "
                     "والذي يرتقب أن يغادر المغرب قريبا.")
    assert found["country_iso2"] == "US"
    assert events("ويشكل التكريم، والذي سيتم توشيحه به من طرف فرنسا بعد واقعة فبراير 2014، اعترافا بجهوده.",
                  published=dt.date(2015, 7, 1)) == []


def test_a_delegation_at_his_headquarters_received_by_another_official_is_not_his():
    # At the DGSN, but a central director received it: his body is only the place.
    assert events("حل وفد أمني بريطاني، يوم 10 يناير 2024، بمقر المديرية العامة للأمن الوطني بالرباط، حيث استقبله "
                  "المدير المركزي للأمن العمومي.") == []
    # 'حيث استقبله حموشي': received by him, the one received a pronoun.
    [found] = events("حل السفير الياباني، يوم 14 نونبر 2023، بمقر المديرية العامة للأمن الوطني بالرباط، حيث استقبله "
                     "عبد اللطيف حموشي.")
    assert (found["country_iso2"], found["direction"], found["principal_role"]) == ("JP", "hosted", "name")


def test_the_place_a_visit_verb_takes_as_its_object_is_where_he_went():
    # 'زار حموشي، يوم 5 مارس 2024، العاصمة الإسبانية مدريد': زار takes what was visited as its object.
    [found] = events("زار عبد اللطيف حموشي، يوم 5 مارس 2024، العاصمة الإسبانية مدريد.")
    assert (found["country_iso2"], found["meeting_type"], found["direction"]) == ("ES", "visit_abroad", "abroad")


def test_a_year_after_since_names_no_year_under_review():
    # 'the third such meeting Algiers has hosted since 1996': no review of 1996, and nothing before 2000 is kept.
    article = extraction("تنطلق اليوم بالجزائر فعاليات المؤتمر 36 لقادة الشرطة والأمن العرب في ثالث لقاء تحتضنه "
                         "الجزائر منذ العام 1996.\nويحضر اجتماع الجزائر الأمين العام لمجلس وزراء الداخلية العرب.")
    assert article.focus_year is None
    assert [c for c in article.event_candidates if c["is_event"]] == []


def test_a_later_sentence_says_how_long_the_dated_visit_lasted():
    body = ("أجرى عبد اللطيف حموشي يوم 5 مارس 2024 زيارة عمل إلى المملكة المتحدة.\n"
            "وتضمن برنامج هذه الزيارة، التي امتدت ليومين، لقاءات مع مسؤولين بريطانيين.")
    assert spans(events(body)) == [("GB", dt.date(2024, 3, 5), dt.date(2024, 3, 6))]


def test_an_agreement_the_states_signed_is_not_his():
    # 'Morocco and Ethiopia had signed a military cooperation agreement': the states, not he.
    assert events("وكان المغرب وإثيوبيا قد وقعا يوم 13 يونيو 2025 في الرباط اتفاقا للتعاون العسكري.") == []
    assert events("وقع المغرب وإسبانيا يوم 13 يونيو 2025 بالرباط اتفاقا للتعاون الأمني.") == []
    [found] = events("وقع عبد اللطيف حموشي ونظيره الإثيوبي يوم 24 نونبر 2025 بمراكش مذكرة تفاهم.")
    assert (found["country_iso2"], found["meeting_type"]) == ("ET", "agreement")


def test_a_page_that_names_only_his_bodies_is_not_about_him():
    # Morocco's candidate elected at an INTERPOL assembly; the DGSN nominated him: no engagement of Hammouchi.
    body = ("انتخب المغرب نائبا لرئيس الإنتربول لأفريقيا.\n"
            "أجريت هذه الانتخابات في الجمعية العامة 92 للإنتربول التي عقدت في مدينة غلاسكو يوم 7 نونبر 2024.\n"
            "ورشحت المديرية العامة للأمن الوطني مدير الشرطة القضائية لهذا المنصب.")
    assert events(body, title="المغرب نائبا لرئيس الإنتربول") == []
    # Naming him in background ('had taken part in an earlier session') does not make the lead his.
    assert events(body + "\nويذكر أن عبد اللطيف حموشي كان قد شارك في دورة سابقة.",
                  title="المغرب نائبا لرئيس الإنتربول") == []
    # Naming him as a party does.
    body += "\nوترأس عبد اللطيف حموشي الوفد المغربي."
    assert [c["organization_code"] for c in events(body, title="المغرب نائبا لرئيس الإنتربول")] == ["INTERPOL"]


def test_standing_in_for_him_is_not_his_engagement():
    assert events("وبتعليمات من المدير العام للأمن الوطني عبد اللطيف حموشي، شارك وفد أمني مغربي يوم 12 مارس 2024 "
                  "بمدريد في اجتماع تقني مع الشرطة الإسبانية.") == []
    assert events("انطلقت يوم 12 مارس 2024 بتونس أشغال المؤتمر 47 لقادة الشرطة والأمن العرب، بمشاركة وفد مغربي يترأسه "
                  "والي الأمن ممثلا للمدير العام للأمن الوطني عبد اللطيف حموشي.") == []
    assert events("وجه عبد اللطيف حموشي رسالة إلى المشاركين في المؤتمر الذي انعقد يوم 5 أكتوبر 2023 بالقاهرة، تلاها "
                  "نيابة عنه المفتش العام للمديرية.") == []
    assert events("شاركت المديرية العامة للأمن الوطني بوفد يترأسه مدير الشرطة القضائية في أشغال الجمعية العامة "
                  "للإنتربول التي انعقدت يوم 18 أكتوبر 2022 بنيودلهي.") == []
    [found] = events("شارك وفد مغربي يترأسه عبد اللطيف حموشي يوم 18 أكتوبر 2022 بنيودلهي في أشغال الجمعية العامة "
                     "للإنتربول.")
    assert (found["country_iso2"], found["meeting_type"]) == ("IN", "conference")


def test_a_country_after_a_session_noun_is_where_it_was_held():
    # 'took part in the 51st session of the council of Naif University in Saudi Arabia': he went there.
    [found] = events("شارك عبد اللطيف حموشي، من 2 إلى 4 نونبر 2025، في الدورة 51 للاجتماع السنوي للمجلس الأعلى "
                     "لجامعة نايف العربية للعلوم الأمنية بالمملكة العربية السعودية.")
    assert (found["country_iso2"], found["meeting_type"], found["direction"]) == ("SA", "conference", "abroad")


def test_hosting_verbs_and_airports_place_the_engagement():
    # 'استضاف حموشي نظيره القطري': a reception; 'في استقبال الوزير بمطار الرباط': at home; 'استضافت تونس': abroad.
    [found] = events("استضاف عبد اللطيف حموشي، يوم 14 فبراير 2024، نظيره القطري بمقر المديرية العامة لمراقبة "
                     "التراب الوطني.")
    assert (found["country_iso2"], found["direction"]) == ("QA", "hosted")
    [found] = events("كان عبد اللطيف حموشي، يوم 14 فبراير 2024، في استقبال وزير الداخلية البلجيكي بمطار الرباط سلا.")
    assert (found["country_iso2"], found["direction"]) == ("BE", "hosted")
    [found] = events("استضافت تونس يوم 14 فبراير 2024 أشغال الدورة 41 لمجلس وزراء الداخلية العرب بمشاركة "
                     "عبد اللطيف حموشي.")
    assert (found["country_iso2"], found["meeting_type"], found["direction"]) == ("TN", "conference", "abroad")
    # An ambassador 'who was hosting him' at his residence: no engagement of ours.
    assert events("في فبراير 2014 دخلت الشرطة الفرنسية دارة السفير الذي كان يستضيف حموشي.") == []


def test_honoured_by_a_verb_and_two_counterparts_in_the_dual():
    # 'كرمت منظمة الإنتربول ... حموشي': an honour told by its verb.
    [found] = events("كرمت منظمة الإنتربول، يوم 14 فبراير 2024 بليون، عبد اللطيف حموشي.")
    assert (found["meeting_type"], found["organization_code"]) == ("honor", "INTERPOL")
    # 'نظيريه الإسباني والبرتغالي': two counterparts, one engagement each.
    found = events("ترأس عبد اللطيف حموشي، يوم 14 فبراير 2024، اجتماعا ثلاثيا مع نظيريه الإسباني والبرتغالي بالرباط.")
    assert sorted(c["country_iso2"] for c in found) == ["ES", "PT"]


def test_a_foreign_head_of_state_receiving_a_minister_abroad_is_not_his():
    body = ("استقبل الرئيس التونسي وزير الداخلية المغربي عبد الوافي لفتيت يوم الأربعاء 2 مارس 2022 بقصر قرطاج، "
            "ضمن المشاركين في أشغال الدورة 39 لمجلس وزراء الداخلية العرب.")
    assert events(body) == []


def test_his_body_as_a_delegation_members_affiliation_does_not_make_it_his():
    body = ("وترأس وزير الداخلية الوفد المغربي المشارك يوم 2 مارس 2022 في أشغال مجلس وزراء الداخلية العرب بتونس، "
            "والذي يضم مدير الاستعلامات العامة بالمديرية العامة للأمن الوطني.")
    assert events(body, title="وزير الداخلية في تونس") == []


def test_the_date_of_a_cited_newspaper_issue_is_not_an_engagement():
    body = ("ويضم الوفد المرافق للحموشي إلى موسكو، حسبما أوردته يومية مغربية في عددها 5 أبريل 2016، خبراء سيعملون "
            "على تنزيل اتفاقية التعاون القضائي التي وقعها وزيرا العدل المغربي والروسي.")
    assert events(body) == []


def test_sentences_glued_at_a_full_stop_are_two_sentences():
    body = ("أفادت وسائل إعلام اليوم أن مدير المخابرات الأمريكية زار المغرب.وأضافت أن الزيارة تتابع تلك التي "
            "قام بها الحموشي، إلى الولايات المتحدة الأمريكية في يونيو 2022.")
    found = events(body, url="https://example.ma/2023/04/10/slug/")
    assert [(c["country_iso2"], c["start_date"], c["direction"]) for c in found if c["date_source"] == "text"] == [
        ("US", dt.date(2022, 6, 1), "abroad")]


def test_a_since_year_does_not_say_which_year_the_current_month_is_in():
    article = extraction("يشارك الحموشي بين 27 و29 ماي الجاري في الاجتماع الدولي بموسكو، "
                         "وهو اجتماع ينعقد منذ سنة 2010.")
    assert article.clock.date is None
    assert [c for c in article.event_candidates if c["is_event"]] == []


def test_an_expected_visit_and_an_invitation_are_plans():
    assert events("يرتقب أن يحل الحموشي بمدريد يوم 20 أكتوبر 2024 في زيارة عمل.") == []
    assert events("تلقى الحموشي يوم 5 ماي 2024 دعوة من نظيره الفرنسي لزيارة باريس.") == []
    assert spans(events("حل الحموشي يوم 5 ماي 2024 بباريس بدعوة من نظيره الفرنسي.")) == [
        ("FR", dt.date(2024, 5, 5), dt.date(2024, 5, 5))]


def test_a_decoration_named_without_the_word_medal_is_an_honour():
    found = events("تسلم الحموشي، الثلاثاء 14 نونبر 2023 بمدريد، الصليب الأكبر للاستحقاق من الحرس المدني الإسباني.")
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("ES", "honor")]
    # Session 47: the grand cross, told as 'الكبير'.
    found = events("ففي 2016، منح الحرس المدني الإسباني حموشي الصليب الكبير للاستحقاق.", published=dt.date(2017, 1, 4))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("ES", "honor")]


def test_a_video_meeting_has_no_direction_and_is_no_visit():
    # Session 47: held on a screen, with one side in its capital, no one travelled.
    found = events("عقد حموشي، يوم الخميس 4 يونيو 2020، لقاء عبر تقنية التناظر المرئي مع الأمين العام للأنتربول "
                   "الموجود بمقر المنظمة في ليون.", published=dt.date(2020, 6, 5))
    assert [(c["country_iso2"], c["direction"], c["meeting_type"]) for c in found] == [("FR", "unknown", "meeting")]


def test_a_national_agencys_copy_names_its_own_official_by_his_post():
    # Session 47: under an Amman dateline, 'مدير المخابرات العامة' is Jordan's.
    body = ("أنباء الشرق - عمّان\nالأربعاء 4 تموز 2018\n\nبحث مدير المخابرات العامة، يوم الاثنين في العاصمة المغربية "
            "الرباط، مع عبد اللطيف حموشي، سبل تعزيز التعاون.")
    found = events(body)
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("JO", "hosted")]


# --- what a date, an honour or a count is about ----------------------------------------------
def test_a_date_after_since_starts_a_period_and_dates_no_engagement():
    article = extraction("استقبل وزير الداخلية الفرنسي الحموشي بباريس لأول مرة منذ الأزمة التي عرفتها العلاقات يوم 20 "
                         "فبراير 2014.", url="https://example.ma/2015/02/14/x")
    assert [d["excluded_reason"] for d in article.date_mentions] == ["since"]
    assert [c for c in article.event_candidates if c["start_date"] == dt.date(2014, 2, 20)] == []
    # An engagement word between 'since' and the date gives the date back to the engagement.
    found = events("منذ توليه منصبه، استقبل الحموشي يوم 5 ماي 2016 نظيره الإسباني بالرباط.")
    assert spans(found) == [("ES", dt.date(2016, 5, 5), dt.date(2016, 5, 5))]


def test_a_groups_honour_is_not_his():
    found = events("ووشحت إسبانيا الحموشي بوسام الاستحقاق. وكانت المرة الأولى سنة 2005 حين جرى توشيح بعض الضباط "
                   "المغاربة من طرف إسبانيا.", url="https://example.ma/2014/10/14/x")
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"].year) for c in found] == [("ES", "honor", 2014)]


def test_meetings_the_sentence_goes_on_to_date_are_told_not_counted():
    told = extraction("عقد عبد اللطيف حموشي اجتماعين متتاليين، يومي الثلاثاء والأربعاء 26 و27 دجنبر 2023، "
                      "مع مسؤولي الأمن.")
    assert told.tally_claims == []
    counted = extraction("عقد الحموشي خلال سنة 2023 أربعة لقاءات مع نظرائه الإسبان.")
    assert [(t["scope_code"], t["reported_count"]) for t in counted.tally_claims] == [("ES", 4)]


def test_an_undated_news_report_is_not_folded_into_an_engagement_dated_months_before():
    found = events("التقى عبد اللطيف حموشي بالرباط أمين مجلس الأمن الروسي نيكولاي باتروشيف.\n"
                   "وسبق للمسؤولين أن التقيا في أبريل الماضي بموسكو، إذ زار الحموشي روسيا في أبريل الماضي.",
                   url="https://example.ma/2016/12/16/x/")
    assert sorted(spans(found)) == [("RU", dt.date(2016, 4, 1), dt.date(2016, 4, 30)),
                                    ("RU", dt.date(2016, 12, 1), dt.date(2016, 12, 31))]
    # In the time of the news, the undated report is the dated engagement told again.
    found = events("التقى عبد اللطيف حموشي بالرباط أمين مجلس الأمن الروسي نيكولاي باتروشيف.\n"
                   "وكان الحموشي قد زار موسكو يوم 2 دجنبر الجاري.", url="https://example.ma/2016/12/16/x/")
    assert spans(found) == [("RU", dt.date(2016, 12, 2), dt.date(2016, 12, 2))]


def test_an_embedded_post_dates_the_page_by_its_month():
    article = extraction("استقبل عبد اللطيف حموشي، يوم الجمعة، سفير المملكة العربية السعودية بالرباط.\n"
                         "pic.twitter.com/abc — السفارة (@SomeEmbassy) May 10, 2019 وأكد الطرفان متانة العلاقات.")
    assert (article.clock.source, article.clock.date) == ("embedded_post", dt.date(2019, 5, 1))
    found = [c for c in article.event_candidates if c["is_event"]]
    assert spans(found) == [("SA", dt.date(2019, 5, 1), dt.date(2019, 5, 31))]
    # The post's own date is the page's, never an engagement's.
    assert {d["excluded_reason"] for d in article.date_mentions if "2019" in d["text"]} == {"embedded_post"}


def test_a_later_undated_sentence_completes_the_engagement_the_article_dated():
    found = events("بحث عبد اللطيف حموشي، يوم الجمعة 10 يونيو 2022، مع مدير عام الشرطة الألمانية سبل التعاون.\n"
                   "وجرى ذلك خلال لقاء الحموشي مع المسؤول الألماني بالرباط.", url="https://example.ma/2022/06/10/x/")
    assert [(c["country_iso2"], c["start_date"], c["direction"]) for c in found] == [
        ("DE", dt.date(2022, 6, 10), "hosted")]


def test_a_title_before_a_later_mention_of_the_party_is_its_title():
    found = events("أعلنت السفارة السعودية بالرباط، يوم الجمعة 10 ماي 2019، أن سفير المملكة العربية السعودية بالمغرب "
                   "التقى بالمدير العام للأمن الوطني عبد اللطيف حموشي بمكتبه بالرباط.")
    # An ambassador received in Rabat lives there: a meeting, not a visit.
    assert [(c["country_iso2"], c["counterpart_title"], c["meeting_type"]) for c in found] == [
        ("SA", "Ambassador", "meeting")]


def test_a_declared_intention_is_a_plan():
    article = extraction("جدد الرئيس الفرنسي تأكيد عزم الجمهورية الفرنسية توشيح عبد اللطيف الحموشي بوسام جوقة الشرف.",
                         url="https://example.ma/2015/09/10/x/")
    assert [c["reject_reason"] for c in article.event_candidates] == ["planned_or_future"]


def test_a_visit_to_his_own_headquarters_is_hosted():
    found = events("نشرت الخارجية الأمريكية صورة تجمع مايك بومبيو وعبد اللطيف الحموشي أثناء زيارة المسؤول الأمريكي "
                   "لمقر المديرية العامة لمراقبة التراب الوطني يوم 5 دجنبر 2019.")
    assert [(c["country_iso2"], c["direction"], c["meeting_type"]) for c in found] == [("US", "hosted", "hosted_visit")]


# --- written while probing with articles of our own (issue 10) --------------------------------
def test_the_same_day_is_the_day_of_the_date_before_not_today():
    # 'صباح اليوم نفسه' and 'في نفس اليوم' refer back; they are not the day the page was written.
    article = extraction("الرباط - 20 ماي 2025\nاستقبل عبد اللطيف حموشي، أمس الاثنين بالرباط، المدير العام "
                         "للشرطة الوطنية البيروفية. كما وقع حموشي، في نفس اليوم، مذكرة تفاهم مع نظيره التشيلي. "
                         "وكان حموشي قد أجرى، صباح اليوم نفسه، مباحثات مع سفير الأرجنتين بالرباط.", title=None)
    found = [c for c in article.event_candidates if c["is_event"] or c["reject_reason"] == "repeats_earlier_mention"]
    assert {(c["country_iso2"], c["start_date"]) for c in found} == {
        ("PE", dt.date(2025, 5, 19)), ("CL", dt.date(2025, 5, 19)), ("AR", dt.date(2025, 5, 19))}


def test_today_named_with_its_full_date_dates_the_page():
    # No dateline, no URL: 'اليوم الأربعاء 8 أكتوبر 2025' in the lead is the day it was written, so a
    # later 'أمس' and 'اليوم الخميس'-less 'اليوم' hang on it.
    article = extraction("انطلقت، صباح اليوم الأربعاء 8 أكتوبر 2025 بمدينة طنجة، أشغال المؤتمر العربي لقادة "
                         "الشرطة والأمن، بحضور عبد اللطيف حموشي.\nوكان حموشي قد استقبل، أمس الثلاثاء بطنجة، "
                         "رئيس الأمن العام الأردني.", title=None)
    assert (article.clock.date, article.clock.source) == (dt.date(2025, 10, 8), "stated_today")
    assert ("JO", dt.date(2025, 10, 7), dt.date(2025, 10, 7)) in spans(
        c for c in article.event_candidates if c["is_event"])


def test_talks_on_the_sidelines_of_a_conference_are_a_meeting_with_that_country():
    found = events("انطلقت، اليوم الخميس 9 أكتوبر 2025 بالرباط، أشغال المؤتمر الإفريقي لمكافحة الإرهاب.\n"
                   "وعلى هامش هذا المؤتمر، أجرى عبد اللطيف حموشي، اليوم الخميس، مباحثات ثنائية مع المدير العام "
                   "للشرطة الوطنية السنغالية.")
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found if c["country_iso2"] == "SN"] == [
        ("SN", "meeting", dt.date(2025, 10, 9))]


def test_and_that_until_a_day_gives_the_last_day():
    found = events("افتتحت، يوم الاثنين 6 أكتوبر 2025 بالرباط، أشغال المؤتمر الإفريقي لمكافحة الإرهاب، بحضور عبد "
                   "اللطيف حموشي، وذلك إلى غاية يوم الأربعاء (8 أكتوبر).")
    assert spans(found) == [("MA", dt.date(2025, 10, 6), dt.date(2025, 10, 8))]


def test_an_honour_told_without_a_date_at_the_conference_just_dated_is_its_own_engagement():
    # At the conference: its place, its days and the organisation that holds it.
    article = extraction("افتتحت، يوم الاثنين 6 أكتوبر 2025 بمراكش، أشغال مؤتمر قادة الشرطة والأمن العرب، "
                         "الذي ترأس حموشي جلسته الافتتاحية.\nوتم خلال الجلسة الافتتاحية توشيح عبد اللطيف حموشي "
                         "بوسام الأمير نايف للأمن العربي.")
    found = [c for c in article.event_candidates if c["is_event"]]
    assert [(c["country_iso2"], c["meeting_type"], c["direction"], c["organization_code"], c["start_date"],
             c["date_source"]) for c in found] == [
        ("MA", "conference", "hosted", "AIMC", dt.date(2025, 10, 6), "text"),
        ("MA", "honor", "hosted", "AIMC", dt.date(2025, 10, 6), "previous_engagement")]


def test_talks_with_another_country_on_that_occasion_take_its_days_and_those_told_loose_do_not():
    on_occasion = events("حل عبد اللطيف حموشي، يوم الاثنين 6 أكتوبر 2025، بالعاصمة البرتغالية لشبونة في زيارة عمل.\n"
                         "وعلى هامش هذه الزيارة، التقى حموشي بالمدير العام للشرطة البرازيلية.")
    assert spans(on_occasion) == [("PT", dt.date(2025, 10, 6), dt.date(2025, 10, 6)),
                                  ("BR", dt.date(2025, 10, 6), dt.date(2025, 10, 6))]
    loose = events("حل عبد اللطيف حموشي، يوم الاثنين 6 أكتوبر 2025، بالعاصمة البرتغالية لشبونة في زيارة عمل.\n"
                   "والتقى حموشي بالمدير العام للشرطة البرازيلية.")
    assert spans(loose) == [("PT", dt.date(2025, 10, 6), dt.date(2025, 10, 6))]


def test_an_official_received_on_the_sidelines_of_a_session_in_morocco_is_met_not_a_conference():
    found = events("استقبل عبد اللطيف حموشي، صباح اليوم الأربعاء 8 أكتوبر 2025 بمراكش، مدير مكتب الأمم المتحدة "
                   "المعني بالمخدرات والجريمة، وذلك على هامش أشغال الدورة 94 للجمعية العامة للأنتربول.")
    assert [(c["country_iso2"], c["meeting_type"], c["direction"], c["start_date"]) for c in found] == [
        ("MA", "hosted_visit", "hosted", dt.date(2025, 10, 8))]


def test_a_weekday_of_this_month_on_a_page_with_no_year_dates_it_in_the_latest_fitting_year_of_his_tenure():
    # Thursday 12 March: 2015, 2020, 2026 (then 2037). The page tells no year at all.
    article = extraction("تشهد أشغال الاجتماع السنوي للمجلس الأعلى لجامعة نايف العربية للعلوم الأمنية بالرياض مشاركة "
                         "عبد اللطيف حموشي، بصفته عضوا في المجلس.\nومن المنتظر أن يحضر حموشي، يوم غد الخميس 12 مارس "
                         "الجاري، حفل تخرج دفعة جديدة من الأطر الأمنية.")
    assert (article.clock.date, article.clock.precision) == (dt.date(2026, 3, 12), "month")
    assert spans(c for c in article.event_candidates if c["is_event"]) == [
        ("SA", dt.date(2026, 3, 1), dt.date(2026, 3, 31))]


def test_the_latest_fitting_year_is_one_in_which_the_officials_named_held_office():
    # Wednesday 30 March: 2016 and 2022; the interior minister named held office 2013-2017.
    article = extraction("من المنتظر أن يحل وزير الداخلية محمد حصاد، يوم غد الأربعاء 30 مارس الجاري، بمدريد، "
                         "مرفوقا بعبد اللطيف حموشي، في زيارة رسمية.")
    assert (article.clock.date, article.clock.precision) == (dt.date(2016, 3, 30), "month")


def test_a_foreign_official_who_receives_him_is_his_host_abroad():
    abroad = events("استقبل القائد العام لشرطة أبوظبي، يوم أمس السبت 11 مارس 2023، عبد اللطيف حموشي والوفد المرافق "
                    "له، في زيارة تهدف إلى تعزيز التعاون الأمني.")
    assert [(c["country_iso2"], c["direction"], c["meeting_type"]) for c in abroad] == [
        ("AE", "abroad", "visit_abroad")]
    # Received by a foreign envoy at his embassy in Rabat, or receiving a foreign chief himself: at home.
    at_home = events("استقبل السفير الإسباني بالرباط، يوم السبت 11 مارس 2023، عبد اللطيف حموشي.\n"
                     "واستقبل عبد اللطيف حموشي، يوم الأحد 12 مارس 2023، القائد العام لشرطة أبوظبي.")
    assert [(c["country_iso2"], c["direction"]) for c in at_home] == [("ES", "hosted"), ("AE", "hosted")]


def test_the_one_he_met_is_not_the_subject_of_the_next_sentence():
    # 'التقى كاتب الدولة' leaves him the subject: 'كما استقبل بالرباط ... مدير' is his reception.
    found = events("ومن أبرز محطات هذه السنة، الزيارة التي قادته يوم 13 يوليوز 2021 إلى مدريد، حيث التقى كاتب الدولة "
                   "الإسباني في الأمن.\nكما استقبل بالرباط، يوم 5 دجنبر 2021، مدير مكتب التحقيقات الفيدرالي الأمريكي.")
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("ES", "abroad", dt.date(2021, 7, 13)), ("US", "hosted", dt.date(2021, 12, 5))]


def test_a_relative_clause_with_a_session_s_days_gives_the_days_of_the_session_just_reported():
    found = events("مراكش - 24 نونبر 2025 - افتتحت اليوم الاثنين بمراكش أشغال الدورة الثالثة والتسعين للجمعية العامة "
                   "للأنتربول، التي تنعقد من 24 إلى 27 نونبر الجاري، بحضور عبد اللطيف حموشي.", title=None)
    assert spans(found) == [("MA", dt.date(2025, 11, 24), dt.date(2025, 11, 27))]


def test_a_line_that_is_only_the_site_s_date_stamp_dates_the_page():
    # At the top, before the headline, with its time or in the Hijri calendar; under the text with its time.
    for stamp, day in (("الجمعة، 6 مارس 2026 10:05 ص", dt.date(2026, 3, 6)),
                       ("الجمعة 17 رمضان 1447 هـ", dt.date(2026, 3, 6))):
        article = extraction("استقبل عبد اللطيف حموشي أمس الخميس بالرباط مدير الشرطة الفيدرالية البلجيكية.",
                             title=f"{stamp}\n\nحموشي يستقبل مسؤولا بلجيكيا")
        assert (article.published_date, article.published_source) == (day, "dateline")
        assert spans(c for c in article.event_candidates if c["is_event"]) == [
            ("BE", dt.date(2026, 3, 5), dt.date(2026, 3, 5))]
    article = extraction("استقبل عبد اللطيف حموشي أمس الخميس بالرباط مدير الشرطة الفيدرالية البلجيكية.\n"
                         "وتناول اللقاء سبل تعزيز التعاون.\nالجمعة 6 مارس 2026 - 18:40")
    assert article.published_date == dt.date(2026, 3, 6)
    # A headline that holds a date is not a stamp.
    assert extraction("استقبل حموشي أمس مسؤولا بلجيكيا.", title="حموشي في بروكسل 6 مارس 2026").published_date is None


def test_a_foreign_minister_received_by_another_moroccan_official_is_not_his_guest():
    # A page about the interior minister's guest, who is to meet him only tomorrow.
    body = ("الرباط - 2 مارس 2026 (ومع) - أجرى وزير الداخلية عبد الوافي لفتيت اليوم الاثنين بالرباط مباحثات مع "
            "وزير الداخلية البلجيكي.\n"
            "وفي وقت سابق من اليوم نفسه، حل الوزير البلجيكي بمقر القيادة العليا للدرك الملكي، حيث استقبله "
            "قائد الدرك الملكي.\n"
            "ومن المنتظر أن يلتقي الوزير البلجيكي غدا الثلاثاء عبد اللطيف حموشي.")
    assert events(body, title="لفتيت يتباحث مع نظيره البلجيكي") == []


def test_the_official_a_visit_noun_governs_is_the_visitor():
    # 'زيارة وزير الداخلية الفرنسي إلى الرباط ... مع نظيره لفتيت': the French minister's visit, hosted by another.
    body = ("وقع عبد اللطيف حموشي أمس الثلاثاء 10 مارس 2026 بالرباط مذكرة تفاهم مع مدير الشرطة الفرنسية.\n"
            "وجاءت مذكرة التفاهم بعد زيارة وزير الداخلية الفرنسي إلى الرباط في فبراير الماضي، حيث أجرى مباحثات "
            "مع نظيره عبد الوافي لفتيت.")
    assert spans(events(body, published=dt.date(2026, 3, 11))) == [("FR", dt.date(2026, 3, 10), dt.date(2026, 3, 10))]


def test_an_undated_this_visit_is_the_one_told_not_news_of_his():
    # Another official's visit, then 'وتندرج هذه الزيارة': the same visit, not an engagement of his that month.
    body = ("الرباط - 2 مارس 2026 (ومع) - أجرى وزير الداخلية عبد الوافي لفتيت اليوم الاثنين بالرباط مباحثات مع "
            "وزير الداخلية البلجيكي.\n"
            "ومن المنتظر أن يلتقي الضيف، غدا الثلاثاء، عبد اللطيف حموشي.\n"
            "وتندرج هذه الزيارة ضمن دينامية جديدة تعرفها العلاقات المغربية البلجيكية.")
    assert events(body, title="لفتيت يتباحث مع نظيره البلجيكي") == []


def test_engagements_told_a_number_of_times_are_counted_not_one_engagement():
    body = ("حصيلة سنة 2025: عقد عبد اللطيف حموشي أزيد من عشرين لقاء ثنائيا.\n"
            "وتوزعت هذه اللقاءات بين الرباط وعواصم أجنبية، في حين التقى حموشي مسؤولين أمريكيين مرتين.\n"
            "كما زار حموشي فرنسا ثلاث مرات خلال سنة 2025.")
    assert events(body, title="2025.. سنة حافلة في أجندة حموشي") == []


def test_later_today_is_today_and_the_opening_session_is_the_occasion_just_dated():
    body = ("انطلقت صباح اليوم الأربعاء 2 يوليوز 2025 بتونس العاصمة أشغال المؤتمر العربي لقادة الشرطة والأمن، "
            "بمشاركة المدير العام للأمن الوطني عبد اللطيف حموشي.\n"
            "وفي مستهل الجلسة الافتتاحية، قلد الأمين العام لمجلس وزراء الداخلية العرب عبد اللطيف حموشي وسام "
            "الأمن العربي.\n"
            "وعلى هامش الأشغال، أجرى حموشي في وقت لاحق من اليوم مباحثات مع رئيس أمن الدولة بالمملكة العربية "
            "السعودية.")
    found = events(body, title="تونس: انطلاق أشغال مؤتمر قادة الشرطة العرب")
    day = dt.date(2025, 7, 2)
    assert sorted((c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found) == [
        ("SA", "meeting", day), ("TN", "conference", day), ("TN", "honor", day)]


def test_a_part_of_a_month_names_that_month_and_where_goes_on_with_him():
    # 'ومطلع مارس، توجه إلى روما حيث التقى وزير الداخلية الإيطالي': he met the minister, in March.
    body = ("في فبراير، افتتح عبد اللطيف حموشي تحركاته الخارجية بزيارة إلى الدوحة وقع خلالها مذكرة تفاهم مع "
            "جهاز أمن الدولة القطري. ومطلع مارس، توجه إلى روما حيث التقى وزير الداخلية الإيطالي ورئيس الشرطة.\n"
            "وأواخر ماي، شارك حموشي في اجتماع أمني دولي بموسكو.")
    found = events(body, title="نصف سنة في أجندة حموشي", published=dt.date(2025, 7, 12))
    assert spans(found) == [("QA", dt.date(2025, 2, 1), dt.date(2025, 2, 28)),
                            ("IT", dt.date(2025, 3, 1), dt.date(2025, 3, 31)),
                            ("RU", dt.date(2025, 5, 1), dt.date(2025, 5, 31))]
    assert [c["principal_role"] for c in found][1] == "continuation"


def test_a_foreign_official_received_in_rabat_in_a_passage_about_him_is_his_guest():
    # The sentence before speaks of a foreign minister; 'استقبل بالرباط' a foreign official is still his reception.
    body = ("عقد عبد اللطيف حموشي منذ مطلع السنة لقاءات عديدة.\n"
            "وقد أشاد وزير الداخلية الإيطالي بالتعاون الأمني مع المغرب.\n"
            "وفي الثاني من أبريل، استقبل بالرباط المديرة التنفيذية لوكالة الاتحاد الأوروبي للتعاون في مجال إنفاذ "
            "القانون (يوروبول)، في زيارة بحثت تبادل المعلومات.")
    found = events(body, title="نصف سنة في أجندة حموشي", published=dt.date(2025, 7, 12))
    assert [(c["start_date"], c["direction"], c["principal_role"]) for c in found] == [
        (dt.date(2025, 4, 2), "hosted", "continuation")]


def test_the_same_day_is_the_last_single_day_told_not_a_span_or_a_month():
    body = ("روما - 8 أكتوبر 2025 (ومع) - أجرى عبد اللطيف حموشي، اليوم الأربعاء بروما، مباحثات مع وزير الداخلية "
            "الإيطالي، في إطار زيارة العمل التي يقوم بها إلى إيطاليا من 7 إلى 9 أكتوبر الجاري.\n"
            "وفي وقت لاحق من اليوم ذاته، وقع حموشي مذكرة تفاهم مع رئيس الشرطة الإيطالية.\n"
            "ويأتي ذلك بعد زيارة قادته إلى لشبونة في يونيو 2023.\n"
            "وفي اليوم نفسه، استقبل حموشي سفير جمهورية كوريا المعتمد بالرباط.")
    found = extraction(body, title=None).event_candidates
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found
            if c["sentence_index"] in (1, 3)] == [("IT", "agreement", dt.date(2025, 10, 8)),
                                                  ("KR", "meeting", dt.date(2025, 10, 8))]


def test_a_meeting_on_a_day_of_a_visit_of_several_days_is_part_of_the_visit():
    body = ("روما - 3 مارس 2025 (ومع) - حل عبد اللطيف حموشي اليوم الاثنين بروما، في زيارة عمل تستمر ثلاثة أيام.\n"
            "كما عقد حموشي، خلال اليوم نفسه، جلسة عمل مع رئيس الشرطة الإيطالية.")
    found = events(body, title=None)
    assert spans(found) == [("IT", dt.date(2025, 3, 3), dt.date(2025, 3, 5))]


def test_a_stamp_with_its_labels_under_the_text_dates_the_page():
    article = extraction("حملت زيارة عبد اللطيف حموشي إلى إيطاليا الأسبوع الماضي ملفات ثقيلة.\n"
                         + "وتناولت المباحثات ملفات الهجرة والمخدرات والإرهاب.\n" * 6
                         + "نشر يوم الاثنين 10 مارس 2025 على الساعة 18:20")
    assert article.published_date == dt.date(2025, 3, 10)


def test_a_wali_or_a_unit_of_the_gendarmerie_receiving_a_delegation_is_not_he():
    body = ("طنجة - 13 دجنبر 2025 - استقبل والي أمن طنجة، الخميس الماضي، وفدا من الحرس المدني الإسباني.\n"
            "وفي اليوم الموالي، استقبلت القيادة الجهوية للدرك الملكي بطنجة وفدا من الدرك الوطني الفرنسي.\n"
            "ويرتقب أن يحل عبد اللطيف حموشي بمدريد مطلع السنة المقبلة.")
    assert events(body, title="طنجة قبلة لوفود أمنية أوروبية") == []


def test_she_met_him_is_a_meeting_and_taking_part_in_an_international_meeting_a_conference():
    body = ("التقت سفيرة النمسا بالرباط، يوم 11 مارس 2025، عبد اللطيف حموشي.\n"
            "وأواخر ماي 2025، شارك حموشي في الاجتماع الدولي لكبار المسؤولين عن القضايا الأمنية بموسكو.")
    found = events(body)
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("AT", "meeting"), ("RU", "conference")]


def test_a_visit_to_a_country_named_as_its_republic_and_told_on_the_way_home_is_abroad():
    for body in ("عاد عبد اللطيف حموشي إلى أرض الوطن بعد زيارة عمل إلى إيطاليا استمرت ثلاثة أيام، بدأها يوم 7 "
                 "أكتوبر 2025.",
                 "أجرى عبد اللطيف حموشي مباحثات مع رئيس الشرطة، وذلك في إطار زيارة العمل التي يقوم بها إلى "
                 "الجمهورية الإيطالية من 7 إلى 9 أكتوبر 2025."):
        found = events(body)
        assert [(c["country_iso2"], c["direction"], c["meeting_type"]) for c in found] == [
            ("IT", "abroad", "visit_abroad")], body


def test_two_weeks_before_dates_by_the_page_and_a_month_of_the_same_year_by_the_date_before():
    found = events("الرباط - 10 يونيو 2021 (ومع) - كان عبد اللطيف حموشي قد استقبل قبل أسبوعين بالرباط سفير "
                   "المملكة المتحدة.", title=None)
    assert spans(found) == [("GB", dt.date(2021, 5, 1), dt.date(2021, 5, 31))]
    found = events("ففي يناير 2016 استقبل عبد اللطيف حموشي بالرباط المدير العام للشرطة الإسبانية. وفي أبريل من السنة "
                   "نفسها، حل حموشي بالعاصمة البلجيكية.")
    assert spans(found)[1] == ("BE", dt.date(2016, 4, 1), dt.date(2016, 4, 30))


def test_the_month_an_office_began_and_the_countries_he_visited_counted_date_no_engagement():
    body = ("يكمل عبد اللطيف حموشي أربع سنوات على رأس الأمن الوطني، إلى جانب المديرية العامة لمراقبة التراب "
            "الوطني التي يقودها منذ دجنبر 2005.\n"
            "وخلال هذه السنوات، زار حموشي خمس دول أوروبية، واستأثرت إسبانيا وحدها بثمانية لقاءات.")
    assert events(body, title="أربع سنوات على رأس الأمن الوطني") == []


def test_a_conference_where_a_deputy_spoke_on_his_behalf_is_not_his():
    body = ("تونس - الأربعاء 18 يونيو 2025 - انطلقت صباح اليوم بتونس العاصمة أشغال المؤتمر العربي للمسؤولين عن "
            "مكافحة الإرهاب، بمشاركة ممثلين عن الدول الأعضاء.\n"
            "وترأس الوفد المغربي مسؤول سام بالمديرية العامة لمراقبة التراب الوطني، ألقى كلمة نيابة عن المدير العام "
            "للأمن الوطني ولمراقبة التراب الوطني عبد اللطيف حموشي.")
    assert events(body, title="انطلاق أشغال المؤتمر العربي للمسؤولين عن مكافحة الإرهاب") == []


def test_a_french_stamp_dates_the_page_and_a_tour_is_a_visit():
    article = extraction("اختتم عبد اللطيف حموشي، أمس الأربعاء بدولة الكويت، جولة عمل خليجية من ثلاث محطات.",
                         title="حموشي يختتم بالكويت جولة خليجية\nPublié le : jeudi 17 novembre 2016 à 11h20 | "
                               "Par : La Rédaction")
    assert article.published_date == dt.date(2016, 11, 17)
    assert spans(c for c in article.event_candidates if c["is_event"]) == [
        ("KW", dt.date(2016, 11, 16), dt.date(2016, 11, 16))]


def test_the_month_the_writer_says_it_is_dates_the_page():
    article = extraction("تكشف حصيلة المديرية، ونحن نستقبل شهر دجنبر 2021، صورة مغايرة.\n"
                         "وكان آخر زيارات عبد اللطيف حموشي الشهر الماضي بالقاهرة، حيث أجرى مباحثات مع وزير الداخلية "
                         "المصري.")
    assert (article.clock.source, article.clock.date) == ("stated_now", dt.date(2021, 12, 1))
    assert spans(c for c in article.event_candidates if c["is_event"]) == [
        ("EG", dt.date(2021, 11, 1), dt.date(2021, 11, 30))]


# --- a visit told at its close; where a movement verb took him -----------------------------------
def test_a_visit_told_at_its_close_with_its_length_began_that_many_days_before():
    closed = events("اختتم عبد اللطيف حموشي، أمس الخميس، زيارة عمل إلى مملكة البحرين دامت يومين، أجرى خلالها "
                    "مباحثات مع وزير الداخلية البحريني.", published=dt.date(2019, 5, 10))
    assert [(c["meeting_type"], c["direction"]) for c in closed] == [("visit_abroad", "abroad")]  # not 'المملكة'
    assert spans(closed) == [("BH", dt.date(2019, 5, 8), dt.date(2019, 5, 9))]
    session = events("أسدل الستار اليوم على أشغال الدورة السادسة والثمانين للجمعية العامة للأنتربول بالعاصمة "
                     "الماليزية، التي تواصلت على مدى أربعة أيام بمشاركة وفد مغربي يقوده عبد اللطيف حموشي.",
                     published=dt.date(2017, 9, 29))
    assert spans(session) == [("MY", dt.date(2017, 9, 26), dt.date(2017, 9, 29))]


def test_a_country_after_a_movement_verb_with_bi_is_where_he_went():
    arrived = events("حل عبد اللطيف حموشي، أمس الأحد، بسلطنة عمان في زيارة عمل يجري خلالها مباحثات مع نظرائه.",
                     published=dt.date(2019, 5, 13))
    assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in arrived] == [
        ("OM", "visit_abroad", "abroad")]


def test_an_honour_at_the_opening_sitting_takes_the_first_day_and_one_told_today_ends_today():
    opening = ("الرباط - انطلقت، اليوم الاثنين بالرباط، أشغال الدورة الخامسة لمؤتمر قادة الشرطة والأمن العرب، "
               "التي يترأس أشغالها عبد اللطيف حموشي، وتتواصل على مدى ثلاثة أيام.\n")
    honours = [c for c in events(opening + "وفي مستهل الجلسة الافتتاحية، قلد الأمين العام لمجلس وزراء الداخلية "
                                 "العرب حموشي وسام الأمن العربي.", published=dt.date(2024, 3, 11))
               if c["meeting_type"] == "honor"]
    assert [(c["start_date"], c["end_date"]) for c in honours] == [(dt.date(2024, 3, 11), dt.date(2024, 3, 11))]
    honours = [c for c in events(opening + "وفي ختام الجلسة الصباحية، قلد الأمين العام لمجلس وزراء الداخلية "
                                 "العرب حموشي وسام الأمن العربي.", published=dt.date(2024, 3, 11))
               if c["meeting_type"] == "honor"]
    assert [(c["start_date"], c["end_date"]) for c in honours] == [(dt.date(2024, 3, 11), dt.date(2024, 3, 11))]


def test_talks_with_a_body_of_the_host_on_the_sidelines_of_a_conference_are_their_own_engagement():
    body = ("أنقرة - 14 نونبر 2023 - يشارك عبد اللطيف حموشي، اليوم الثلاثاء، في أشغال الدورة الحادية والتسعين "
            "للجمعية العامة للأنتربول بأنقرة، التي تستمر ثلاثة أيام.\n"
            "وعلى هامش الجلسة الافتتاحية، أجرى حموشي مباحثات مع المدير العام للأمن التركي.")
    found = events(body, title="حموشي في أنقرة")
    assert [(c["meeting_type"], c["country_iso2"], c["direction"], c["start_date"], c["end_date"]) for c in found] == [
        ("conference", "TR", "abroad", dt.date(2023, 11, 14), dt.date(2023, 11, 16)),
        ("meeting", "TR", "abroad", dt.date(2023, 11, 14), dt.date(2023, 11, 14))]


def test_he_took_part_as_a_member_of_a_delegation_another_led():
    member = events("وكان حموشي قد شارك في فبراير الماضي في أشغال الدورة الأربعين لمجلس وزراء الداخلية العرب "
                    "بتونس، ضمن الوفد المغربي الذي ترأسه وزير الداخلية.", published=dt.date(2023, 6, 1))
    assert spans(member) == [("TN", dt.date(2023, 2, 1), dt.date(2023, 2, 28))]
    represented = events("شاركت المديرية العامة للأمن الوطني في فبراير الماضي في أشغال الدورة الأربعين لمجلس "
                         "وزراء الداخلية العرب بتونس، بوفد يترأسه مدير الشرطة القضائية.", published=dt.date(2023, 6, 1))
    assert represented == []


# --- a subject told after its verb ------------------------------------------------------------------
def test_a_group_or_a_representative_told_after_the_verb_is_the_subject_not_he():
    lead = "عبد اللطيف حموشي يشرف على تكوين عناصر الشرطة.\n"
    arrived = events(lead + "ووصل إلى العاصمة الفرنسية، أمس (الاثنين)، فوج من عناصر الشرطة المغربية، للمشاركة "
                     "في تأمين الألعاب الأولمبية التي تنطلق نهاية الشهر الجاري.", published=dt.date(2024, 7, 16))
    assert [c["country_iso2"] for c in arrived] == []
    represented = events(lead + "كما مثل المديرية في اجتماع خبراء يوروبول بلاهاي، في أكتوبر الماضي، رئيس مصلحة "
                         "التعاون الدولي.", published=dt.date(2024, 7, 16))
    assert represented == []
    # Governed or in the accusative, the group is whom he led or received: the engagement stays his.
    led = events(lead + "وحل أمس الاثنين بمدريد على رأس وفد أمني رفيع.", published=dt.date(2024, 7, 16))
    received = events(lead + "واستقبل أمس الاثنين وفدا أمنيا إسبانيا.", published=dt.date(2024, 7, 16))
    assert [c["country_iso2"] for c in led + received] == ["ES", "ES"]


def test_the_wire_s_bracketed_weekday_after_yesterday_is_one_date():
    found = events("والتقى عبد اللطيف حموشي، أمس (الاثنين)، بالرباط وزير الداخلية الإسباني.",
                   published=dt.date(2024, 7, 16))
    assert [(c["date_text"], c["start_date"]) for c in found] == [("امس (الاثنين)", dt.date(2024, 7, 15))]


def test_a_participle_describing_a_noun_is_no_participation():
    # 'العناصر المشاركة' (the taking-part officers) beside the body he heads is not his participation.
    found = events("وجرى في يونيو الماضي انتقاء العناصر المشاركة في تأمين الألعاب الأولمبية بفرنسا وفق معايير "
                   "حددتها المديرية العامة للأمن الوطني التي يقودها عبد اللطيف حموشي.", published=dt.date(2024, 7, 16))
    assert found == []


def test_a_year_dated_meeting_with_the_country_of_a_visit_told_by_day_is_that_visit():
    found = events("حل عبد اللطيف حموشي في 10 يونيو 2020 بباريس في زيارة رسمية.\n"
                   "والتقى حموشي خلال سنة 2020 وزير الداخلية الفرنسي.")
    assert [(c["meeting_type"], c["start_date"]) for c in found] == [("visit_abroad", dt.date(2020, 6, 10))]


# --- pages where the foreign side acts and he is only mentioned ------------------------------------
def test_a_foreign_chief_receiving_the_moroccan_ambassador_with_his_message_is_not_his_engagement():
    body = ("نواكشوط - استقبل المدير العام للأمن الوطني، الفريق محمد ولد أحمد، صباح اليوم بمكتبه، سفير المملكة "
            "المغربية، الذي سلمه رسالة خطية من المدير العام للأمن الوطني ولمراقبة التراب الوطني المغربي، السيد "
            "عبد اللطيف حموشي.\n"
            "وحضر اللقاء من الجانب الموريتاني مدير التعاون الدولي.")
    assert events(body, title="المدير العام للأمن الوطني يستقبل السفير المغربي", published=dt.date(2021, 3, 2)) == []
    greetings = ("الدوحة - استقبل وزير الداخلية القطري، اليوم، سفير المغرب الذي نقل إليه تحيات عبد اللطيف حموشي.")
    assert events(greetings, title="وزير الداخلية يستقبل سفير المغرب", published=dt.date(2021, 3, 2)) == []


def test_officers_who_went_to_serve_him_a_summons_are_the_subject_of_going():
    body = ("وتعود الأزمة إلى 20 فبراير 2014، حين توجه عناصر من الشرطة الفرنسية إلى مقر إقامة السفير لإبلاغ الحموشي "
            "باستدعاء.")
    assert events(body, published=dt.date(2019, 5, 1)) == []
    # A delegation that came to Morocco and met him is his guest.
    hosted = events("حل وفد أمني مصري رفيع المستوى بمراكش يوم الجمعة 19 غشت 2016، حيث التقى عبد اللطيف حموشي.")
    assert [(c["country_iso2"], c["direction"]) for c in hosted] == [("EG", "hosted")]


def test_the_closing_sitting_of_a_session_that_opened_on_monday_dates_the_whole_session():
    found = events("تسلم عبد اللطيف حموشي، اليوم الخميس بمدينة غلاسكو، علم الأنتربول خلال الجلسة الختامية للدورة "
                   "الثانية والتسعين للجمعية العامة للمنظمة، التي انطلقت أشغالها يوم الاثنين الماضي.",
                   published=dt.date(2024, 11, 7))
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("conference", "GB", dt.date(2024, 11, 4), dt.date(2024, 11, 7))]


def test_a_session_another_official_attended_is_not_his_when_he_is_only_named_as_a_body_s_head():
    body = ("تونس - الأربعاء 6 مارس 2019 - انطلقت صباح اليوم بتونس أشغال الدورة السادسة والثلاثين لمجلس وزراء "
            "الداخلية العرب.\n"
            "وترأس الوفد المغربي وزير الداخلية، الذي استعرض عمل المكتب المركزي للأبحاث القضائية التابع للمديرية "
            "العامة لمراقبة التراب الوطني، التي يشرف عليها عبد اللطيف الحموشي.\n"
            "وتقرر برمجة زيارة لوفد تونسي إلى الرباط خلال شهر أفريل القادم لبحث التعاون مع المدير العام للأمن "
            "الوطني المغربي.")
    assert events(body, title="انطلاق أشغال الدورة 36 لمجلس وزراء الداخلية العرب بتونس") == []
    led = events("الرباط - الأربعاء 6 مارس 2019 - حل بتونس وفد أمني مغربي الذي يقوده عبد اللطيف حموشي للمشاركة في "
                 "أشغال الدورة السادسة والثلاثين لمجلس وزراء الداخلية العرب.")
    assert [c["country_iso2"] for c in led] == ["TN"]


# --- a dispatch's dateline ---------------------------------------------------------------------------
def test_the_dateline_s_date_is_no_clause_of_its_own_when_the_lead_names_the_day():
    body = ("الرباط 13 أيار (ومع) - بدأ مدير الأمن العام الأردني اللواء سالم الخوالدة، اليوم الاثنين، زيارة رسمية "
            "إلى المملكة المغربية تستمر ثلاثة أيام، تلبية لدعوة من عبد اللطيف حموشي.")
    found = events(body, title="مدير الأمن العام الأردني يبدأ زيارة رسمية إلى المغرب", published=dt.date(2024, 5, 13))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"], c["end_date"]) for c in found] == [
        ("JO", "hosted_visit", dt.date(2024, 5, 13), dt.date(2024, 5, 15))]


# --- reviews and recaps: counts, history, the engagement a visit is measured against -----------------
def test_the_number_of_meetings_with_a_country_is_a_count_not_an_engagement():
    body = ("وعقد عبد اللطيف حموشي خلال سنة 2023 أزيد من ثلاثين لقاء. وبلغ عدد اللقاءات مع مسؤولي دول الخليج ستة "
            "لقاءات، مقابل لقاءين مع مسؤولين كنديين.")
    assert events(body, title="حصيلة سنة 2023", published=dt.date(2023, 12, 30)) == []


def test_a_visit_measured_against_an_earlier_reception_tells_that_reception():
    body = ("الرياض (ومع) - حل عبد اللطيف حموشي، أمس الاثنين، بالرياض في زيارة عمل.\n"
            "وتأتي هذه الزيارة بعد أشهر قليلة من استقبال حموشي بالرباط، في شهر يونيو الماضي، لوفد أمني سعودي، "
            "وهو اللقاء الذي تم خلاله الاتفاق على تبادل الخبرات.")
    found = events(body, published=dt.date(2022, 10, 25))
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"]) for c in found] == [
        ("visit_abroad", "SA", dt.date(2022, 10, 24)), ("hosted_visit", "SA", dt.date(2022, 6, 1))]


def test_an_earlier_session_given_as_the_precedent_of_the_one_told_is_not_his():
    body = ("انطلقت اليوم الاثنين بمراكش أشغال الدورة 93 للجمعية العامة للإنتربول بحضور عبد اللطيف حموشي.\n"
            "وهذه ثاني مرة تحتضن فيها المملكة الجمعية العامة، بعد الدورة 76 التي عقدت في مراكش عام 2007.")
    found = events(body, published=dt.date(2025, 11, 24))
    assert [(c["country_iso2"], c["start_date"].year) for c in found] == [("MA", 2025)]


def test_a_photo_caption_dating_the_opening_day_of_the_session_told_is_that_session():
    body = ("افتتح عبد اللطيف حموشي اليوم الاثنين بمراكش أعمال الدورة 93 للجمعية العامة للإنتربول، التي تنعقد "
            "من 24 إلى 27 نونبر.\n"
            "الصورة: الجلسة الافتتاحية للدورة 93 للجمعية العامة للإنتربول في مراكش، 24 نوفمبر 2025.")
    found = events(body, published=dt.date(2025, 11, 24))
    assert [(c["start_date"], c["end_date"]) for c in found] == [(dt.date(2025, 11, 24), dt.date(2025, 11, 27))]


# --- who acted -----------------------------------------------------------------------------------------
def test_the_moroccan_security_official_in_a_foreign_capital_is_he():
    body = ("قضى عبد اللطيف حموشي سنة حافلة.\n"
            "وفي شهر مارس، حل المسؤول الأمني المغربي بالعاصمة البريطانية لندن، حيث أجرى مباحثات مع مفوض الشرطة.")
    found = events(body, published=dt.date(2024, 12, 30))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("GB", dt.date(2024, 3, 1))]


def test_a_delegation_visiting_a_police_school_on_his_instructions_is_not_his_engagement():
    body = ("الرباط - 18 - 4 (كونا) -- قام وفد أمني كويتي اليوم الثلاثاء بزيارة إلى المعهد الملكي للشرطة بالقنيطرة.\n"
            "وجاءت الزيارة بتوجيهات من مديرها العام عبداللطيف الحموشي.")
    assert events(body, title="وفد كويتي في المعهد الملكي للشرطة", published=dt.date(2017, 4, 18)) == []


# --- places and page dates -----------------------------------------------------------------------------
def test_amman_is_jordan_s_capital_in_a_page_about_jordan_and_oman_otherwise():
    jordan = events("استقبل حموشي اليوم الخميس مدير الأمن العام الأردني.\n"
                    "وجاء اللقاء بعد زيارة حموشي إلى عمّان في أيار من العام الماضي.", published=dt.date(2024, 10, 3))
    assert [(c["country_iso2"], c["start_date"]) for c in jordan] == [
        ("JO", dt.date(2024, 10, 3)), ("JO", dt.date(2023, 5, 1))]
    oman = events("حل عبد اللطيف حموشي اليوم بمسقط في زيارة إلى عمان.", published=dt.date(2024, 10, 3))
    assert [c["country_iso2"] for c in oman] == ["OM"]


def test_a_dateline_opening_on_an_ambiguous_capital_still_dates_the_page():
    result = extraction("عمّان - الثلاثاء 18 تشرين الثاني 2025 - استقبل مدير الأمن العام الأردني اليوم عبد اللطيف "
                        "حموشي.")
    assert result.published_source == "dateline" and result.published_date == dt.date(2025, 11, 18)


def test_a_review_year_after_the_page_s_own_date_is_a_plan_and_dates_nothing():
    body = ("فيينا: الخميس 30 نونبر 2023\n"
            "صوتت الجمعية العامة للإنتربول أمس الأربعاء بفيينا لصالح احتضان مراكش للدورة المقبلة في خريف سنة 2025.\n"
            "وجاء التصويت خلال أشغال الدورة التي يشارك فيها وفد مغربي يقوده عبد اللطيف حموشي.\n"
            "وعلى هامش الجلسات، أجرى المسؤول الأمني المغربي مباحثات مع وزير الداخلية النمساوي.")
    result = extraction(body, title="مراكش تحتضن الجمعية العامة سنة 2025")
    assert result.focus_year is None
    # Whatever path dates a row, none begins after the page was written.
    assert [(c["country_iso2"], c["start_date"]) for c in result.event_candidates if c["is_event"]] == [
        ("AT", dt.date(2023, 11, 29))]


def test_today_between_the_host_and_the_one_he_receives_dates_the_reception():
    found = events("استقبل وزير الداخلية البحريني اليوم سعادة عبد اللطيف حموشي بالمنامة.",
                   published=dt.date(2019, 4, 9))
    assert [(c["country_iso2"], c["start_date"], c["date_precision"]) for c in found] == [
        ("BH", dt.date(2019, 4, 9), "day")]


# --- pages where another official leads and he attends or is absent ---------------------------------
def test_his_attendance_of_the_minister_s_talks_told_before_is_his_engagement_with_that_party():
    body = ("عقد وزير الداخلية، اليوم الخميس بالرباط، مباحثات مع وزير الداخلية الإسباني فرناندو غراندي مارلاسكا.\n"
            "وحضر هذه الجلسة، عن الجانب المغربي، عبد اللطيف حموشي، فيما ضم الوفد الإسباني المدير العام للشرطة "
            "الوطنية.")
    found = events(body, published=dt.date(2023, 3, 9))
    assert [(c["country_iso2"], c["start_date"], c["counterpart_person_latin"]) for c in found] == [
        ("ES", dt.date(2023, 3, 9), "Fernando Grande-Marlaska")]


def test_a_meeting_he_is_said_not_to_have_attended_is_not_his():
    body = ("وترأس وزير الداخلية، في مارس 2017 بالرباط، اجتماعا مع وفد فرنسي، وهو اللقاء الذي لم يشارك فيه حموشي.")
    assert events(body, published=dt.date(2017, 12, 30)) == []


def test_a_session_the_page_then_says_another_led_morocco_to_is_not_his():
    body = ("تونس - انطلقت صباح اليوم الأحد بتونس أشغال الدورة 42 لمجلس وزراء الداخلية العرب.\n"
            "ويترأس الوفد المغربي في هذه الدورة وزير الداخلية.\n"
            "ونوه المشاركون بالحصيلة التي عرضها الوزير عن عمل عبد اللطيف حموشي.")
    assert events(body, title="انطلاق أشغال مجلس وزراء الداخلية العرب", published=dt.date(2025, 2, 16)) == []


def test_his_title_held_then_by_another_is_another_s_session():
    body = ("تغيرت مع عبد اللطيف حموشي مقاربة المديرية تجاه الإنتربول.\n"
            "وحتى سنة 2014، حين انعقدت الجمعية العامة للإنتربول بإمارة موناكو، ترأس الوفد المغربي المدير العام "
            "للأمن الوطني حينها بوشعيب الرميل.")
    assert events(body, published=dt.date(2025, 12, 1)) == []


def test_a_minister_told_before_his_verb_is_who_received():
    body = ("انطلقت اليوم الاثنين بمراكش أشغال الدورة 93 للجمعية العامة للإنتربول بحضور عبد اللطيف حموشي.\n"
            "وكان وزير الداخلية قد استقبل، أمس الأحد بمراكش، الأمين العام للإنتربول، في لقاء خصص للترتيبات النهائية "
            "لهذه الدورة.")
    found = events(body, published=dt.date(2025, 11, 24))
    assert [(c["meeting_type"], c["start_date"]) for c in found] == [("conference", dt.date(2025, 11, 24))]


def test_a_foreign_delegation_led_by_its_own_chief_is_still_his_guest():
    body = "وكان حموشي قد استقبل، في ماي الماضي بالرباط، وفدا رفيع المستوى يقوده رئيس جهاز أمن الدولة القطري."
    found = events(body, published=dt.date(2022, 10, 9))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("QA", "hosted", dt.date(2022, 5, 1))]


# --- a session's history and its next edition ----------------------------------------------------------
def test_a_session_a_place_once_hosted_is_the_place_s_history():
    body = ("انطلقت اليوم الثلاثاء بفيينا أشغال الجمعية العامة للإنتربول بمشاركة عبد اللطيف حموشي.\n"
            "ويذكر أن المغرب سبق أن احتضن الجمعية العامة للإنتربول بمدينة مراكش سنة 2007.\n"
            "وسبق للمغرب أن احتضن الدورة 76 للجمعية العامة للمنظمة بمراكش سنة 2007.")
    found = events(body, published=dt.date(2023, 11, 28))
    assert [(c["country_iso2"], c["start_date"].year) for c in found] == [("AT", 2023)]


def test_a_summit_another_engagement_is_measured_from_is_not_his():
    body = ("استقبل عبد اللطيف حموشي، يوم الخميس 13 يونيو 2024 بالرباط، المفوض العام للشرطة الكورية.\n"
            "وتأتي الزيارة بعد أيام من القمة الكورية الإفريقية التي احتضنتها سيول مطلع الشهر الجاري، وبعد أسابيع من "
            "المؤتمر الإفريقي للشرطة الذي شارك فيه حموشي بأبوجا في أبريل 2024.")
    found = events(body, published=dt.date(2024, 6, 14))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [
        ("KR", dt.date(2024, 6, 13)), ("NG", dt.date(2024, 4, 1))]


def test_a_statement_s_day_is_not_the_day_of_the_talks_it_reports():
    body = ("قالت وكالة الشرطة الوطنية الكورية اليوم الجمعة إن مفوضها العام أجرى محادثات يوم الخميس في العاصمة "
            "المغربية الرباط مع المدير العام للأمن الوطني عبد اللطيف حموشي.")
    found = events(body, published=dt.date(2024, 6, 14))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("KR", dt.date(2024, 6, 13))]


def test_a_page_that_names_him_only_as_whom_others_acted_for_tells_none_of_his():
    body = ("وفد من الشرطة البرتغالية يطلع على الاستعدادات الأمنية لكأس إفريقيا\n"
            "اختتم وفد من الشرطة العمومية البرتغالية، أمس الخميس، زيارة عمل إلى المغرب دامت أربعة أيام، خصصت "
            "للاطلاع على الترتيبات الأمنية التي تعتمدها المديرية العامة للأمن الوطني.\n"
            "وتندرج الزيارة ضمن برنامج لتبادل الخبرات سطرته المديرية العامة للأمن الوطني، بتعليمات من المدير العام "
            "للأمن الوطني ولمراقبة التراب الوطني عبد اللطيف حموشي.")
    assert events(body, title=None, published=dt.date(2025, 11, 14)) == []


def test_the_links_under_read_also_are_other_stories():
    body = ("حموشي يستقبل المدير العام للشرطة البرتغالية\n"
            "استقبل عبد اللطيف حموشي، اليوم الثلاثاء بالرباط، المدير العام للشرطة البرتغالية.\n\n"
            "اقرأ أيضا:\n"
            "- قمة الرياض الأمنية تبحث مع حموشي تجفيف منابع تمويل الإرهاب (1 محرم 1439هـ)\n"
            "- حموشي يحل بمدريد في زيارة عمل تستمر يومين ابتداء من 12 مارس 2019 لبحث ملف الهجرة\n")
    found = events(body, published=dt.date(2019, 3, 26))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("PT", dt.date(2019, 3, 26))]


def test_a_delegation_without_him_among_its_members_is_not_his_trip():
    body = ("وعلم أن وفدا من المديرية العامة للأمن الوطني، يقوده مدير الشرطة القضائية، توجه يوم السبت 21 أكتوبر 2023 "
            "إلى نواكشوط، دون أن يكون حموشي ضمن أعضائه.")
    assert events(body, published=dt.date(2023, 10, 23)) == []


def test_an_engagement_said_not_to_have_taken_place_is_denied():
    body = ('وأكد مصدر مطلع أن زيارة حموشي إلى تشاد في ماي 2021 "لم تتم أصلا".\n'
            "كما أوضح أن اللقاء الذي جمع حموشي بنظيره التشادي في الرباط في مارس 2021 لم يتم الإعلان عن تفاصيله.")
    found = events(body, published=dt.date(2021, 6, 8))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("TD", dt.date(2021, 3, 1))]


def test_a_country_named_right_after_a_reception_is_the_one_that_received():
    body = ("وتعيش العلاقات بين الرباط ومدريد أزمة حادة منذ استقبال إسبانيا زعيم جبهة البوليساريو للعلاج في أبريل "
            "2021، بينما جرى استقبال حموشي بمدريد في نونبر 2019.")
    found = events(body, published=dt.date(2021, 6, 4))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("ES", dt.date(2019, 11, 1))]


def test_a_date_after_whereas_belongs_to_the_clause_whereas_opens():
    body = ("ويذكر أن المملكة احتضنت بطنجة، في دجنبر 2023، أشغال مؤتمر قادة الشرطة والأمن العرب، التي افتتحها "
            "عبد اللطيف حموشي بحضور قادة الأجهزة العربية، فيما كانت مراكش قد احتضنت دورة سابقة للإنتربول سنة 2007.")
    candidates = extraction(body, published=dt.date(2025, 11, 24)).event_candidates
    assert [(c["country_iso2"], c["start_date"]) for c in candidates if c["is_event"]] == [("MA", dt.date(2023, 12, 1))]
    # The 2007 clause holds none of the 2023 conference's words.
    assert [c["trigger_word"] for c in candidates if c["start_date"].year == 2007] == [None]


def test_the_next_session_named_in_a_past_one_does_not_make_it_a_plan():
    body = ("وكان حموشي قد شارك في أشغال الدورة 92 للجمعية العامة للإنتربول بمدينة غلاسكو، مطلع نونبر المنصرم، "
            "حيث قدم المغرب عرضا حول الاستعدادات لاحتضان الدورة المقبلة بمراكش.")
    found = events(body, published=dt.date(2024, 12, 4))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("GB", dt.date(2024, 11, 1))]


def test_a_session_named_by_its_city_sat_there():
    found = events("وعاد حموشي ليقود الوفد المغربي في دورة إسطنبول سنة 2021، وهي الدورة التي عرفت انتخاب الإماراتي "
                   "أحمد ناصر الريسي رئيسا للمنظمة.", published=dt.date(2025, 12, 1))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("TR", "conference")]


# --- what dates are of -----------------------------------------------------------------------------------
def test_a_date_told_after_an_attack_is_the_attack_s():
    body = ("استقبل عبد اللطيف حموشي المفوضة العامة للشرطة الفيدرالية البلجيكية يوم الثلاثاء 14 فبراير 2017 "
            "بالرباط، في زيارة عمل جاءت بعد الهجمات التي ضربت العاصمة البلجيكية في مارس من السنة التي قبلها.")
    found = events(body, published=dt.date(2017, 2, 15))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("BE", dt.date(2017, 2, 14))]


def test_a_month_of_the_year_before_or_after_the_date_before():
    before = events("زار حموشي مدريد يوم 14 فبراير 2017.\nوكان قد زار روما في مارس من السنة التي قبلها.",
                    published=dt.date(2017, 12, 1))
    assert [(c["country_iso2"], c["start_date"]) for c in before] == [
        ("ES", dt.date(2017, 2, 14)), ("IT", dt.date(2016, 3, 1))]
    after = events("زار حموشي الرياض يوم 2 ماي 2015.\nوفي نوفمبر من العام التالي، حل حموشي بالمنامة.",
                   published=dt.date(2018, 1, 1))
    assert [(c["country_iso2"], c["start_date"]) for c in after] == [
        ("SA", dt.date(2015, 5, 2)), ("BH", dt.date(2016, 11, 1))]


def test_weeks_before_another_event_are_not_weeks_before_the_page():
    body = "الدوحة - 09 أكتوبر 2022\nحل عبد اللطيف حموشي بالدوحة، قبل أسابيع قليلة من انطلاق كأس العالم."
    found = events(body)
    # The dispatch's day (the lead under its dateline tells that day's news), not weeks before it.
    assert [(c["country_iso2"], c["start_date"], c["date_text"]) for c in found] == [
        ("QA", dt.date(2022, 10, 9), "")]


def test_a_strait_named_after_a_place_is_no_country():
    body = ("استقبل عبد اللطيف حموشي اليوم الخميس بالرباط وزير الداخلية الإسباني.\n"
            "ونوه الطرفان بالتنسيق الذي مكن خلال السنة الماضية من تفكيك شبكات التهريب على ضفتي مضيق جبل طارق، "
            "كما اتفقا على مواصلة العمل بآلية الاجتماعات الدورية.")
    found = events(body, published=dt.date(2023, 3, 9))
    assert [c["country_iso2"] for c in found] == ["ES"]


# --- from batch5 and batch6 ---------------------------------------------------------------------------
def test_the_day_a_page_is_written_for_dates_its_last_month_words():
    body = ("حين يحل الخامس عشر من ماي 2019، يكون عبد اللطيف حموشي قد أكمل أربع سنوات على رأس الأمن الوطني.\n"
            "ورافق حموشي في مارس الماضي وزير الداخلية إلى تونس للمشاركة في أشغال مجلس وزراء الداخلية العرب.")
    result = extraction(body)
    assert result.clock.date == dt.date(2019, 5, 1)
    assert [(c["country_iso2"], c["start_date"]) for c in result.event_candidates if c["is_event"]] == [
        ("TN", dt.date(2019, 3, 1))]


def test_an_honour_received_at_a_session_is_an_engagement_of_its_own():
    body = ("شارك عبد اللطيف حموشي يوم 6 مارس 2019 في أشغال الدورة 36 لمجلس وزراء الداخلية العرب بتونس، حيث قلده "
            "الأمين العام للمجلس وسام الأمير نايف للأمن العربي.")
    found = events(body, published=dt.date(2019, 3, 7))
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"]) for c in found] == [
        ("conference", "TN", dt.date(2019, 3, 6)), ("honor", "TN", dt.date(2019, 3, 6))]


def test_officers_decorated_in_a_number_are_a_group_not_he():
    body = ("الرباط - احتضن مقر السفارة الإسبانية بالرباط، أمس الجمعة، حفلا جرى خلاله توشيح ثلاثة عشر موظفا ينتمون "
            "إلى المديرية العامة للأمن الوطني.\n"
            "ونقل مدير الشرطة القضائية إلى الحاضرين تهاني عبد اللطيف حموشي.")
    assert events(body, title="السفارة الإسبانية توشح ثلاثة عشر موظفا من الأمن الوطني بوسام الاستحقاق",
                  published=dt.date(2019, 3, 2)) == []


def test_visitors_who_met_another_moroccan_official_are_not_his_guests():
    body = ("قلد سفير إسبانيا أمس الجمعة عبد اللطيف حموشي وساما.\n"
            "وكان وفد من الشرطة الإسبانية قد حل أول أمس الخميس بمدينة طنجة، حيث عقد اجتماعا مع والي أمن المدينة.")
    found = events(body, published=dt.date(2019, 3, 2))
    assert [(c["meeting_type"], c["start_date"]) for c in found] == [("honor", dt.date(2019, 3, 1))]


def test_a_visit_begun_today_runs_until_the_coming_weekday_and_so_does_a_guest_s_stay_told_with_his_reception():
    began = events("بروكسل - الأربعاء 13 نيسان 2016\n"
                   "بدأ عبد اللطيف حموشي اليوم زيارة إلى بلجيكا تمتد إلى غاية الخميس.")
    assert [(c["start_date"], c["end_date"]) for c in began] == [(dt.date(2016, 4, 13), dt.date(2016, 4, 14))]
    guest = events("استقبل حموشي أمس الأربعاء بالرباط المدير العام للشرطة النيجرية، الذي يقوم بزيارة عمل للمملكة "
                   "تمتد إلى غاية يوم الجمعة.", published=dt.date(2021, 6, 10))
    # The visit he hosted lasted the stay (seeds: a visit is one event, dated by its days).
    assert [(c["start_date"], c["end_date"]) for c in guest] == [(dt.date(2021, 6, 9), dt.date(2021, 6, 11))]


def test_liaison_officers_sent_abroad_are_not_he():
    body = ("بعث عبد اللطيف حموشي برقية تعزية.\n"
            "وفي غشت الماضي، توجه ضابطا اتصال مغربيان إلى برشلونة لتسهيل تبادل المعلومات.")
    assert events(body, published=dt.date(2017, 9, 19)) == []


def test_the_honour_a_sentence_opens_on_is_its_topic_the_reception_its_verb_tells_is_the_engagement():
    body = ("ويأتي هذا الوسام ليعزز سجل اللقاءات بين الجانبين، إذ سبق لحموشي أن استقبل بالرباط، في نونبر 2018، "
            "وزير العدل البلجيكي.")
    found = events(body, published=dt.date(2020, 2, 13))
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"]) for c in found] == [
        ("hosted_visit", "BE", dt.date(2018, 11, 1))]


def test_a_meeting_a_city_once_hosted_with_moroccan_representatives_is_not_his():
    body = ("استقبل عبد اللطيف حموشي أمس الثلاثاء بالرباط الأمين العام لمجلس وزراء الداخلية العرب.\n"
            "وكانت القاهرة قد استضافت في سبتمبر الماضي اجتماعا لرؤساء أجهزة مكافحة المخدرات العرب، بمشاركة "
            "ممثلين عن الأجهزة الأمنية المغربية.")
    found = events(body, published=dt.date(2016, 10, 26))
    assert [c["start_date"] for c in found] == [dt.date(2016, 10, 25)]


def test_also_met_at_a_session_abroad_keeps_him_and_the_session_s_country():
    body = ("وشح سفير بلجيكا أمس عبد اللطيف حموشي بوسام التاج.\n"
            "كما التقى، خلال مشاركته في أكتوبر الماضي في أشغال الجمعية العامة للأنتربول بالعاصمة الشيلية سانتياغو، "
            "المفوض العام للشرطة الفيدرالية البلجيكية.")
    found = events(body, published=dt.date(2020, 2, 13))
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"]) for c in found] == [
        ("honor", "BE", dt.date(2020, 2, 12)), ("conference", "CL", dt.date(2019, 10, 1))]


# --- from batch19 and batch21 -------------------------------------------------------------------------
def test_a_decision_to_award_him_a_medal_is_an_announcement():
    body = ("أعلن وزير الداخلية الفرنسي، أمس السبت من الرباط، أن الحكومة الفرنسية قررت منح عبد اللطيف الحموشي وسام "
            "جوقة الشرف.")
    assert events(body, published=dt.date(2015, 2, 15)) == []


def test_a_crisis_named_by_its_year_does_not_give_a_review_its_year():
    body = ("تواصل مع فرنسا منحى التطبيع الذي أعقب تسوية أزمة 2014.\n"
            "ففي أكتوبر، استقبل الحموشي بالرباط المدير العام للأمن الداخلي الفرنسي.")
    found = events(body, title="حصيلة 2017: سنة الدبلوماسية الأمنية لحموشي")
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("FR", dt.date(2017, 10, 1))]


def test_named_as_the_head_of_the_services_praised_he_is_not_at_the_meeting():
    body = ("التقى وزير الداخلية أمس الخميس نظيره الإسباني.\n"
            "وشدد الوزير الإسباني عقب اللقاء على مستوى التعاون مع المصالح الأمنية التي يشرف عليها عبد اللطيف "
            "الحموشي.")
    assert events(body, published=dt.date(2018, 11, 16)) == []


def test_a_king_s_state_visit_is_not_his_guest_s_visit():
    body = ("منحت إسبانيا عبد اللطيف حموشي اليوم الثلاثاء وسام الاستحقاق.\n"
            "ويأتي ذلك بعد الزيارة الرسمية التي قام بها العاهل الإسباني الملك فيليبي السادس إلى المغرب في فبراير "
            "الماضي.")
    found = events(body, published=dt.date(2019, 9, 17))
    assert [(c["meeting_type"], c["start_date"]) for c in found] == [("honor", dt.date(2019, 9, 17))]


def test_an_idiom_with_today_and_a_treaty_in_force_date_nothing_of_his():
    body = ("ولا يعد التقارب الأمني بين المغرب والصين وليد اليوم، إذ سبق للحموشي أن استقبل بالرباط، في ماي 2019، "
            "وفدا أمنيا صينيا برئاسة نائب وزير الأمن العام.\n"
            "وترتبط الرباط وبكين باتفاقية للتعاون دخلت حيز التنفيذ عام 2006.")
    found = events(body, published=dt.date(2024, 10, 20))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("CN", dt.date(2019, 5, 1))]


def test_the_year_of_an_earlier_session_or_of_an_official_s_taking_office_dates_nothing_of_his():
    session = events("انطلقت اليوم الاثنين بمراكش أشغال الجمعية العامة للإنتربول بحضور عبد اللطيف حموشي.\n"
                     "وهذه المرة الثانية التي يستضيف فيها المغرب الجمعية العامة، بعد دورة عام 2007.",
                     published=dt.date(2025, 11, 24))
    assert [c["start_date"].year for c in session] == [2025]
    office = events("وفي أواخر ماي، شارك حموشي في الاجتماع الدولي بموسكو، حيث أجرى مباحثات مع سيرغي شويغو، الذي خلف "
                    "نيكولاي باتروشيف في هذا المنصب سنة 2024.", title="حصيلة 2025")
    assert [(c["country_iso2"], c["start_date"]) for c in office] == [("RU", dt.date(2025, 5, 1))]


def test_an_attack_before_a_comma_does_not_date_the_clause_after_it():
    body = ("غيرت ألمانيا مقاربتها بعد هجوم برلين في دجنبر 2016، وفي 2017 زار الحموشي برلين حيث التقى رؤساء "
            "الأجهزة الأمنية.")
    found = events(body, published=dt.date(2019, 5, 1))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("DE", dt.date(2017, 1, 1))]


# --- from batch20 and batch22 -------------------------------------------------------------------------
def test_the_delegations_taking_part_in_a_session_he_hosts_are_not_engagements_of_their_own():
    body = ("اختتمت اليوم بالرباط أشغال الاجتماع التشاوري لقادة أجهزة الشرطة بدول الساحل، الذي ترأسه عبد اللطيف "
            "حموشي على مدى يومين، بمشاركة المديرين العامين للشرطة الوطنية في كل من مالي والنيجر وتشاد.")
    found = events(body, published=dt.date(2026, 1, 21))
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("conference", "MA")]


def test_who_had_led_a_delegation_is_told_after_sabaqa_with_li():
    body = ("أشاد عبد اللطيف حموشي بالتعاون مع الأرجنتين.\n"
            "وسبق لمدير الاستعلامات العامة أن ترأس، في يوليوز الماضي، وفدا أمنيا مغربيا شارك في اجتماع ببوينس آيرس.")
    assert events(body, published=dt.date(2025, 9, 28)) == []


def test_more_on_another_s_engagement_dated_by_it_is_that_one_s():
    body = ("شاركت المديرية العامة للأمن الوطني، الأسبوع الماضي ببرازيليا، في أشغال المؤتمر الدولي حول مكافحة الاتجار "
            "في المخدرات، بوفد يترأسه مدير الشرطة القضائية.\n"
            "وقدم الوفد المغربي خلال جلسات المؤتمر عرضا، كما عقد لقاءات مع ممثلي الشرطة الاتحادية البرازيلية.\n"
            "ونوه المشاركون بتجربة عبد اللطيف حموشي.")
    assert events(body, published=dt.date(2025, 9, 28)) == []


def test_what_a_reception_prepared_for_is_to_come_not_the_reception():
    body = ("استقبل حموشي يوم الاثنين 3 فبراير بالرباط المدير العام للشرطة الوطنية الفرنسية، في زيارة عمل خصصت "
            "للتحضير للتظاهرات الرياضية الكبرى المقبلة.")
    found = events(body, published=dt.date(2025, 3, 2))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("FR", dt.date(2025, 2, 3))]


def test_each_item_of_a_list_of_his_agenda_goes_on_with_him():
    body = ("حصيلة 2019: أبرز محطات أجندة عبد اللطيف حموشي.\n"
            "1. الثلاثاء 25 يونيو: استقبل بالرباط وفدا من وزارة الأمن الداخلي الأمريكية يقوده مساعد الوزير.\n"
            "2. الخميس 3 أكتوبر: وقع بالرباط مع المدير العام للتوثيق والهجرة بجمهورية الغابون مذكرة تفاهم.")
    found = events(body, published=dt.date(2019, 12, 31))
    assert ("GA", dt.date(2019, 10, 3)) in [(c["country_iso2"], c["start_date"]) for c in found]


def test_the_one_met_after_going_there_is_not_who_went():
    body = ("بلغ التعاون مع واشنطن مع عبد اللطيف حموشي مستوى غير مسبوق.\n"
            "أما الذروة فجاءت في حزيران 2022، حين حط في واشنطن والتقى مديرة الاستخبارات الوطنية أفريل هاينز.")
    found = events(body, published=dt.date(2023, 5, 11))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("US", "abroad", dt.date(2022, 6, 1))]


def test_the_items_of_another_official_s_section_in_a_page_of_agendas_are_his_own():
    body = ("أجندة الأسبوع: أنشطة كبار المسؤولين.\n"
            "عبد اللطيف حموشي، المدير العام للأمن الوطني\n"
            "- الاثنين: استقبل بالرباط المدير العام للشرطة الوطنية السنغالية.\n"
            "ناصر بوريطة، وزير الشؤون الخارجية\n"
            "- الثلاثاء: أجرى بالرباط مباحثات مع نظيره الغامبي.\n"
            "الفريق محمد حرمو، قائد الدرك الملكي\n"
            "- الجمعة: استقبل المدير العام للدرك الوطني الفرنسي.")
    found = events(body, published=dt.date(2025, 12, 21))
    assert [c["country_iso2"] for c in found] == ["SN"]


# --- visits told day by day, wires and captions (2026-12-01, from batch25) ---------------------
def test_a_visit_closed_today_after_so_many_days_began_that_many_days_before_and_its_days_are_one_visit():
    body = ("الرباط: الجمعة 6 مارس 2026\n"
            "اختتم المفتش العام للشرطة البوركينابية، اليوم الجمعة، زيارة عمل إلى المملكة المغربية امتدت على "
            "ثلاثة أيام.\n"
            "وانطلقت الزيارة يوم الأربعاء (4 مارس 2026) بمباحثات عقدها المسؤول البوركينابي مع عبد اللطيف حموشي "
            "بالرباط.\n"
            "وفي اليوم الثاني، الخميس (5 مارس)، خصص الضيف البوركينابي يومه لزيارة ميدانية إلى المعهد الملكي للشرطة.")
    found = events(body, title=None)
    assert spans(found) == [("BF", dt.date(2026, 3, 4), dt.date(2026, 3, 6))]


def test_a_visit_closed_today_that_he_began_on_an_earlier_day_runs_from_that_day():
    body = ("الرباط - 12 نونبر 2024 (ومع) - اختتم عبد اللطيف حموشي، اليوم الثلاثاء، زيارة عمل إلى تونس بدأها "
            "يوم الأحد الماضي، أجرى خلالها مباحثات مع وزير الداخلية التونسي.")
    found = events(body, title="حموشي يختتم زيارة إلى تونس")
    assert spans(found) == [("TN", dt.date(2024, 11, 10), dt.date(2024, 11, 12))]


def test_a_span_may_end_on_the_first_of_the_next_month():
    found = events("شكلت الزيارة التي قادت عبد اللطيف حموشي إلى قطر (من الاثنين 29 أبريل إلى الأربعاء فاتح ماي "
                   "2019) محطة في التعاون الأمني.")
    assert spans(found) == [("QA", dt.date(2019, 4, 29), dt.date(2019, 5, 1))]


def test_in_a_kingdom_s_own_wire_filed_at_home_the_kingdom_is_that_kingdom():
    body = ("الرياض 3 شباط (واس) - اختتم المدير العام للأمن الوطني المغربي عبد اللطيف حموشي، اليوم الثلاثاء، "
            "زيارة رسمية إلى المملكة التقى خلالها رئيس أمن الدولة السعودي.")
    found = events(body, title="مدير الأمن المغربي يختتم زيارة إلى المملكة", published=dt.date(2026, 2, 3))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("SA", "abroad")]
    # The Moroccan agency's own wire, filed abroad, still means Morocco by it.
    body = ("الرياض 3 فبراير 2026 (ومع) - استقبل عبد اللطيف حموشي بالمملكة، يوم الأحد الماضي، رئيس أمن الدولة السعودي.")
    found = events(body, title="لقاء أمني", published=dt.date(2026, 2, 3))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("SA", "hosted")]


def test_a_date_in_parentheses_dates_the_words_before_it():
    body = ("حصيلة 2017 في مسار حموشي.\n"
            "وافتتح حموشي أجندته لسنة 2017 باستقبال رئيس الشرطة الهولندية بالرباط (الثلاثاء 17 يناير 2017)، في لقاء "
            "جاء بعد أسابيع من هجمات برلين.")
    found = events(body, published=dt.date(2017, 12, 30))
    assert spans(found) == [("NL", dt.date(2017, 1, 17), dt.date(2017, 1, 17))]


def test_securing_an_event_is_not_taking_part_in_it():
    body = ("وأشرف عبد اللطيف حموشي على المخطط الأمني لمؤتمر الأمم المتحدة للمناخ الذي احتضنته مراكش (نونبر 2016)، "
            "كما أشرف في دجنبر 2016 على تأمين المنتدى الدولي بالصخيرات.")
    assert events(body, published=dt.date(2017, 1, 5)) == []


def test_a_caption_s_date_dates_a_page_whose_text_says_that_weekday_is_today():
    body = ("أجرى عبد اللطيف حموشي، اليوم الخميس بالرباط، مباحثات مع رئيس الشرطة الفيدرالية السويسرية.\n"
            "[صورة: حموشي ونظيره السويسري بالرباط، الخميس 5 مارس 2020]\n"
            "وتناولت المباحثات التعاون في مجال مكافحة الإرهاب.")
    article = extraction(body)
    assert article.clock.source == "caption_or_headline"
    assert spans(c for c in article.event_candidates if c["is_event"]) == [
        ("CH", dt.date(2020, 3, 5), dt.date(2020, 3, 5))]
    # A caption of another day is another picture: the page stays undated.
    assert extraction(body.replace("الخميس 5 مارس 2020", "الأربعاء 4 مارس 2020")).clock.source != "caption_or_headline"


def test_a_wire_s_lead_with_no_date_of_its_own_tells_the_news_of_its_dateline_s_day():
    body = ("الرباط 23/01/2018 (ومع) - أجرى عبد اللطيف حموشي، بمقر المديرية العامة بتمارة، مباحثات مع رئيس جهاز "
            "الاستخبارات الداخلية الهولندي.")
    article = extraction(body)
    assert (article.published_date, article.published_source) == (dt.date(2018, 1, 23), "dateline")
    assert spans(c for c in article.event_candidates if c["is_event"]) == [
        ("NL", dt.date(2018, 1, 23), dt.date(2018, 1, 23))]


# --- pages of briefs, tickers and reviews labelled by month (2026-12-01, from batch26) ----------
def test_a_headline_s_day_dates_an_undated_page_whose_text_calls_it_today_or_yesterday():
    body = ("أجرى عبد اللطيف حموشي، أمس الأربعاء بالرباط، مباحثات مع رئيس الشرطة الفيدرالية السويسرية.")
    article = extraction(body, title="جولة في عناوين صحف الخميس 5 مارس 2020")
    assert article.clock.source == "caption_or_headline"
    assert spans(c for c in article.event_candidates if c["is_event"]) == [
        ("CH", dt.date(2020, 3, 4), dt.date(2020, 3, 4))]


def test_a_new_brief_on_a_page_of_briefs_is_not_about_whom_the_brief_before_spoke_of():
    body = ("الرباط 12 دجنبر 2019\n"
            '- "حموشي يستقبل رئيس الشرطة الفنلندية"\n'
            "استقبل عبد اللطيف حموشي، أمس الأربعاء بالرباط، رئيس الشرطة الفنلندية.\n"
            '- "بعد قمة مراكش.. رهانات الهجرة"\n'
            "وخصصت أسبوعية ملفا لمؤتمر الأمم المتحدة حول الهجرة الذي احتضنته مراكش الشهر الماضي.")
    found = events(body, title="جولة في الصحف")
    assert [c["country_iso2"] for c in found] == ["FI"]


def test_two_weekdays_joined_are_the_two_days_of_one_engagement_in_a_capital_named_by_its_country():
    body = "شارك عبد اللطيف حموشي، يومي الأربعاء والخميس بالكويت العاصمة، في أشغال مؤتمر قادة الشرطة والأمن العرب."
    found = events(body, published=dt.date(2024, 11, 8))
    assert [(c["country_iso2"], c["direction"], c["start_date"], c["end_date"]) for c in found] == [
        ("KW", "abroad", dt.date(2024, 11, 6), dt.date(2024, 11, 7))]


def test_a_year_s_engagements_listed_by_month_take_that_month():
    body = ("حصيلة 2025 في أجندة حموشي الدولية.\n"
            "- أبريل: استقبل حموشي بالرباط رئيس الشرطة الوطنية الهولندية.\n"
            "- شتنبر: شارك في أشغال المؤتمر الإفريقي لقادة الشرطة المنعقد بكيغالي.")
    found = events(body, published=dt.date(2026, 1, 2))
    assert spans(found) == [("NL", dt.date(2025, 4, 1), dt.date(2025, 4, 30)),
                            ("RW", dt.date(2025, 9, 1), dt.date(2025, 9, 30))]


def test_a_country_after_his_title_and_in_is_his_title_s_not_where_he_met():
    body = ("أجرى المدير العام للأمن الوطني ومراقبة التراب الوطني في المغرب، عبد اللطيف حموشي، يوم الثلاثاء، "
            "لقاءات في العاصمة الكندية أوتاوا مع مسؤولي الشرطة الملكية الكندية.")
    found = events(body, published=dt.date(2023, 5, 11))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("CA", "abroad")]


# --- Europe, the Gulf and the sidelines (2026-12-01, from batch27 and batch28) -----------------
def test_a_visit_he_continues_today_began_on_the_day_the_text_says_it_began():
    body = ("يواصل عبد اللطيف حموشي، اليوم الخميس، زيارة العمل التي يقوم بها إلى النمسا، والتي انطلقت أمس "
            "الأربعاء 11 أكتوبر الجاري.")
    found = events(body, published=dt.date(2023, 10, 12))
    assert spans(found) == [("AT", dt.date(2023, 10, 11), dt.date(2023, 10, 12))]


def test_a_delegation_s_talks_with_another_moroccan_official_are_not_his():
    body = ("استقبل عبد اللطيف حموشي، اليوم الثلاثاء بالرباط، وفدا من الشرطة البرتغالية.\n"
            "وكان الوفد البرتغالي نفسه قد عقد، أمس الاثنين بالرباط، جلسة عمل مع الجنرال دو كور دارمي محمد حرمو، "
            "قائد الدرك الملكي.")
    found = events(body, published=dt.date(2025, 3, 18))
    assert spans(found) == [("PT", dt.date(2025, 3, 18), dt.date(2025, 3, 18))]


def test_what_thousands_of_his_staff_took_part_in_is_not_his_engagement():
    body = ("تحظى الأجهزة الأمنية المغربية بإشادة دولية بفضل عبد اللطيف حموشي.\n"
            "كما أن مشاركة آلاف من عناصر الأمن المغربي في تأمين مونديال قطر 2022، ثم في دعم الترتيبات الأمنية "
            "للألعاب الأولمبية بباريس، منحت هذه الأجهزة تجربة ميدانية.")
    assert events(body, published=dt.date(2025, 9, 14)) == []


def test_two_weekdays_before_a_pair_of_days_are_those_days_and_one_clause():
    # Split at the first weekday, the second clause would lose who went and fall back on him.
    body = ("أشاد عبد اللطيف حموشي بالتعاون مع يوروبول.\n"
            "وشارك وفد أمني مغربي يقوده مدير الشرطة القضائية، يومي الاثنين والثلاثاء 6 و7 أكتوبر الجاري، في أشغال "
            "المؤتمر الأوروبي لرؤساء الشرطة بلاهاي.")
    article = extraction(body, published=dt.date(2025, 10, 8))
    assert [c for c in article.event_candidates if c["is_event"]] == []
    assert [(m["start_date"], m["end_date"]) for m in article.date_mentions] == [
        (dt.date(2025, 10, 6), dt.date(2025, 10, 7))]


def test_the_year_since_which_is_the_year_of_what_when_tells():
    body = ("ويندرج هذا اللقاء في سياق تعاون تعزز منذ سنة 2021، حين وقع حموشي ونظيره اليوناني مذكرة تفاهم "
            "في مجال مكافحة الإرهاب.")
    found = events(body, published=dt.date(2024, 6, 16))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"], c["date_precision"]) for c in found] == [
        ("GR", "agreement", dt.date(2021, 1, 1), "year")]


def test_the_one_who_arrived_on_a_day_is_the_one_received_named_before():
    body = ("وافتتح حموشي أجندته الخليجية لهذه السنة باستقبال رئيس الأمن العام بدولة الكويت، الذي حل بالرباط "
            "يوم 4 مارس 2024 في زيارة عمل.")
    found = events(body, published=dt.date(2024, 12, 31))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("KW", "hosted", dt.date(2024, 3, 4))]


# --- one event told by several outlets (2026-12-01, from batch33) ------------------------------
def test_a_visit_that_lasts_two_days_from_its_first():
    found = events("حل عبد اللطيف حموشي، أمس الثلاثاء بالعاصمة اليونانية أثينا، في زيارة عمل تدوم يومين.",
                   published=dt.date(2025, 10, 15))
    assert spans(found) == [("GR", dt.date(2025, 10, 14), dt.date(2025, 10, 15))]


def test_a_foreign_delegation_acts_for_itself():
    body = ("استقبل عبد اللطيف حموشي، يوم الثلاثاء 4 فبراير 2025 بالرباط، رئيس الشرطة الهولندية.\n"
            "وفي اليوم الموالي، زار الوفد الهولندي مختبر الشرطة العلمية والتقنية بالدار البيضاء.")
    found = events(body, published=dt.date(2025, 2, 20))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("NL", "hosted_visit")]


# --- look-alike titles (2026-12-01, from batch32) -----------------------------------------------
def test_a_page_filed_in_a_country_whose_force_bears_his_force_s_name_means_its_own_chief_by_the_bare_title():
    body = ("نواكشوط - 05 مارس 2024\n"
            "أدى المدير العام للأمن الوطني، اليوم الثلاثاء، زيارة عمل إلى داكار على رأس وفد من الإطارات العليا.")
    assert events(body, title="المدير العام للأمن الوطني في زيارة عمل إلى السنغال") == []
    # Named, or marked as Morocco's, he is himself, wherever the page was filed.
    named = body.replace("أدى المدير العام للأمن الوطني،", "أدى المدير العام للأمن الوطني عبد اللطيف حموشي،")
    assert [c["country_iso2"] for c in events(named, title="زيارة عمل")] == ["SN"]
    # Filed where the force has another name, the bare title is still his.
    madrid = body.replace("نواكشوط - 05 مارس 2024", "مدريد - 05 مارس 2024")
    assert [c["country_iso2"] for c in events(madrid, title="زيارة عمل")] == ["SN"]


def test_his_title_followed_by_in_and_another_country_is_that_country_s():
    text = normalize("استقبل وزير الداخلية الليبي المدير العام للأمن الوطني في الجمهورية التونسية.").text
    tokens = tokenize(text)
    actors = find_actors(find_places(text, default_reference(), tokens), tokens)
    assert [(a.kind, a.iso2) for a in actors if a.kind != "home_official"] == [
        ("foreign_official", "LY"), ("foreign_official", "TN")]


def test_no_truth_to_the_reception_in_the_headline_denies_it():
    # Session 46: 'لا صحة لاستقبال ...': the engagement's word bears the ل of 'no truth to'.
    body = "نفى مصدر أمني، اليوم السبت، الأخبار التي تداولتها صفحات على مواقع التواصل الاجتماعي."
    assert events(body, title="مصدر أمني: لا صحة لاستقبال حموشي وفدا استخباراتيا أمريكيا بالداخلة",
                  published=dt.date(2025, 2, 8)) == []


def test_news_said_to_be_made_up_in_the_headline_is_denied():
    body = "نفى مصدر أمني مسؤول، اليوم الاثنين، صحة ما تداولته صفحات على شبكات التواصل الاجتماعي."
    assert events(body, title="مصدر أمني: خبر \"لقاء جنيف\" بين حموشي ومسؤول استخباراتي جزائري \"مختلق جملة "
                              "وتفصيلا\"", published=dt.date(2025, 1, 13)) == []


def test_the_body_a_post_is_in_after_in_is_no_party():
    # Session 46: 'مدير ... في المديرية العامة' names one of his directors, as 'بالمديرية العامة' does.
    text = normalize("حيث التقى مدير الأمن العمومي في المديرية العامة للأمن الوطني وفدا أردنيا.").text
    tokens = tokenize(text)
    actors = find_actors(find_places(text, default_reference(), tokens), tokens)
    assert principal_in(actors, 0, len(text)) is None
    assert [a.kind for a in actors if a.start == text.index("مدير")] == ["home_official"]


# --- other officers' and ministers' acts, habits, a year's tours (2026-12-01, from batch32) ------
def test_an_officer_named_by_rank_before_the_verb_acted_not_he():
    body = ("التقى عبد اللطيف حموشي، اليوم الأربعاء بعمان، مدير الأمن العام الأردني.\n"
            "وكان العميد الخوالدة استقبل أمس الثلاثاء، في مكتبه، المدير العام للأمن الوطني في الجمهورية التونسية.")
    found = events(body, published=dt.date(2024, 9, 18))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("JO", dt.date(2024, 9, 18))]


def test_two_ministers_who_chaired_a_meeting_are_not_he():
    body = ("شارك عبد اللطيف حموشي، يوم 12 يونيو 2025 بالرباط، في اجتماع ترأسه وزيرا الداخلية المغربي والإسباني.\n"
            "وكان الوزيران قد ترأسا اجتماعا مماثلا بمدريد في دجنبر 2024.")
    found = events(body, published=dt.date(2025, 6, 13))
    assert [c["start_date"] for c in found] == [dt.date(2025, 6, 12)]


def test_whom_he_receives_regularly_is_a_habit_not_an_engagement():
    body = ("عبد اللطيف حموشي رجل يستقبل بانتظام رؤساء أجهزة الشرطة من الولايات المتحدة، "
            "وسيكون خلال السنة الجارية في قلب حدث أمني كبير.")
    assert events(body, published=dt.date(2025, 2, 3)) == []


def test_the_year_his_tours_cover_yields_to_the_month_of_the_visit():
    body = ("افتتح حموشي جولاته الخارجية لسنة 2025 بزيارة إلى المملكة العربية السعودية في أبريل 2025، "
            "أجرى خلالها مباحثات مع رئيس أمن الدولة السعودي.")
    found = events(body, published=dt.date(2026, 1, 5))
    assert [(c["country_iso2"], c["start_date"], c["date_precision"]) for c in found] == [
        ("SA", dt.date(2025, 4, 1), "month")]


# --- printed headers, plans, 'whereas', visitors' other hosts (2026-12-01, from batch35-36) ------
def test_a_printed_paper_s_header_with_its_issue_number_dates_the_page():
    for header in ("الأربعاء - 5 رجب 1445 هـ - 17 يناير 2024 مـ رقم العدد [16451]",
                   "الأربعاء 5 من رجب 1445 هــ 17 يناير 2024 السنة 148 العدد 50012"):
        text = (f"{header}\nحموشي في مدريد\n"
                "أجرى عبد اللطيف حموشي، أمس، مباحثات في مدريد مع مدير الشرطة الإسبانية.")
        found = extract_article("print", text, None).event_candidates
        assert spans([c for c in found if c["is_event"]]) == [("ES", dt.date(2024, 1, 16), dt.date(2024, 1, 16))]


def test_the_day_before_yesterday_is_two_days_before_the_page():
    found = events("أجرى عبد اللطيف حموشي، أول من أمس، مباحثات في مدريد مع مدير الشرطة الإسبانية.",
                   published=dt.date(2024, 1, 17))
    assert spans(found) == [("ES", dt.date(2024, 1, 15), dt.date(2024, 1, 15))]


def test_a_visit_that_will_be_devoted_to_a_file_is_a_plan():
    body = ("أوردت مصادر أن عبد اللطيف حموشي يرتقب أن يحل ببروكسيل.\n"
            "وحسب المصادر ذاتها، فإن الزيارة، التي لم يحدد موعدها بعد، ستخصص لبحث ملف المقاتلين العائدين من سوريا.")
    assert events(body, published=dt.date(2019, 1, 9)) == []


def test_whereas_keeps_a_date_on_its_own_side():
    body = ("وتتحدث صحف موالية له عن الأوسمة التي منحتها لعبد اللطيف حموشي العواصم الغربية، في حين طرق أعوان "
            "الشرطة الفرنسية في فبراير 2014 باب إقامة السفير المغربي.")
    assert events(body, published=dt.date(2024, 5, 2)) == []


def test_whom_a_visiting_delegation_met_by_verb_is_named_and_it_is_not_he():
    body = ("بحث عبد اللطيف حموشي، اليوم الثلاثاء بالرباط، مع وكيل وزارة الداخلية الكويتية سبل التعاون.\n"
            "وأوضح الوكيل أن الزيارة التي تستمر ثلاثة أيام تندرج في إطار تعزيز التنسيق بين البلدين مبينا أن الوفد "
            "الكويتي كان قد التقى أمس الاثنين وزير الداخلية المغربي محمد حصاد الذي أكد حرص بلاده على الشراكة.")
    found = events(body, published=dt.date(2016, 11, 15))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("KW", dt.date(2016, 11, 15))]


# --- conferences he wrote to, skipped or only framed; issued texts (2026-12-01, from batch39-40) --
def test_talks_with_one_whose_delegation_takes_part_in_a_session_are_talks():
    body = ("وكان عبد اللطيف حموشي قد أجرى، مساء أمس الأحد بمراكش، مباحثات ثنائية مع المدير العام للشرطة الإسبانية، "
            "الذي حل بالمدينة على رأس وفد بلاده المشارك في الجمعية العامة للأنتربول.")
    found = events(body, published=dt.date(2025, 11, 24))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("ES", "hosted_visit")]


def test_the_administrative_capital_of_a_country_is_in_that_country():
    body = ("يشارك عبد اللطيف حموشي، اليوم، في أشغال اجتماع المنتدى العالمي لمكافحة الإرهاب، الذي يلتئم بالعاصمة "
            "الإدارية الهولندية لاهاي، بمبادرة من المغرب وهولندا.")
    found = events(body, published=dt.date(2017, 2, 21))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("NL", "abroad")]


def test_a_body_s_founding_is_no_engagement():
    body = ("حين تأسس المنتدى العالمي لمكافحة الإرهاب سنة 2011 بنيويورك، لم يكن كثيرون يتوقعون أن يصبح المغرب "
            "بقيادة عبد اللطيف حموشي أحد أنشط أعضائه.")
    assert events(body, published=None) == []


def test_a_message_to_those_who_met_and_a_meeting_he_did_not_attend_are_not_his():
    body = ("وجه عبد اللطيف حموشي رسالة إلى المشاركين في الاجتماع السنوي لرؤساء أجهزة الشرطة الأفارقة، الذي انطلقت "
            "أشغاله يوم 26 فبراير الجاري بأديس أبابا.\n"
            "ولم يحضر حموشي شخصيا أشغال هذا الاجتماع، مكتفيا بإيفاد وفد يضم مسؤولين عن الشرطة القضائية.")
    assert events(body, published=dt.date(2024, 2, 27)) == []


def test_the_day_a_gazette_or_a_decree_was_issued_is_no_signing_day():
    body = ("نشرت الجريدة الرسمية، في عددها 7375 الصادر بتاريخ 3 فبراير 2025، ظهيرا بنشر الاتفاق بين المملكة المغربية "
            "والجمهورية البرتغالية، الموقع بلشبونة في 20 يونيو 2023.\n"
            "ووقع الاتفاق عن الجانب المغربي عبد اللطيف حموشي.")
    found = events(body, published=None)
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("PT", dt.date(2023, 6, 20))]


def test_a_delegation_led_by_one_of_his_directors_is_not_he():
    body = ("وقع وزير الداخلية ونظيره الموريتاني، اليوم الثلاثاء بالرباط، اتفاقا للتعاون الأمني.\n"
            "وحضر التوقيع مسؤولون من الوزارة والسفير الموريتاني بالرباط، إلى جانب ممثلين عن الدرك الملكي، فيما مثل "
            "المديرية العامة للأمن الوطني وفد يقوده أحد مديريها المركزيين.")
    assert events(body, published=dt.date(2024, 6, 4)) == []


# --- weekday pairs, undated pages' years, list items, domestic sessions (2026-12-01, batch41-43) -
def test_the_first_of_two_weekdays_names_the_first_of_two_days_and_an_undated_page_is_not_older_than_its_past():
    body = ("حل عبد اللطيف حموشي بالعاصمة الإيطالية روما، في زيارة عمل امتدت يومي الأربعاء والخميس 13 و14 نونبر "
            "الجاري.\nوهي ثاني زيارة له إلى روما بعد تلك التي قادته إليها سنة 2021.")
    found = events(body, published=None)
    # Wednesday 13 November: 2019 and 2024; the page tells of 2021 as past, so it is 2024's November.
    assert (("IT", dt.date(2024, 11, 13), dt.date(2024, 11, 14))) in spans(found)


def test_then_opens_the_next_item_of_a_list_of_dated_engagements():
    body = ("ومن أبرز محطات السنة زيارة العمل التي قادت عبد اللطيف حموشي إلى الرياض في شتنبر الماضي، والتي توجت "
            "بتوقيع مذكرة تفاهم مع رئاسة أمن الدولة السعودية، ثم احتضان مراكش، أواخر نونبر المنصرم، للدورة 93 "
            "للجمعية العامة للإنتربول.")
    found = events(body, published=dt.date(2025, 12, 30))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("SA", "visit_abroad", dt.date(2025, 9, 1)), ("MA", "conference", dt.date(2025, 11, 1))]


def test_a_session_in_morocco_with_nothing_foreign_named_is_domestic():
    body = ("أشرف عبد اللطيف حموشي على افتتاح أيام الأبواب المفتوحة للأمن الوطني.\n"
            "وقال مسؤول بالمديرية، في تصريح للجريدة، إن اختيار الجديدة لاحتضان هذه الدورة يندرج في إطار التناوب بين "
            "جهات المملكة، وإن المنظمين يتوقعون أن يتجاوز عدد الزوار ما سجلته دورة أكادير السنة الماضية.")
    assert events(body, published=dt.date(2025, 5, 17)) == []


def test_the_director_of_judicial_police_is_another_official():
    body = ("ترأس مدير الشرطة القضائية بالمديرية العامة للأمن الوطني، اليوم الاثنين بلشبونة، الوفد المغربي المشارك "
            "في الاجتماع رفيع المستوى حول مكافحة الاتجار في الكوكايين.")
    assert events(body, title="حموشي يوفد مدير الشرطة القضائية إلى لشبونة", published=dt.date(2025, 4, 7)) == []


def test_a_headline_that_opens_on_another_official_is_not_his_news():
    body = ("وألقى المسؤول الأمني، بالمناسبة، كلمة باسم المدير العام للأمن الوطني عبد اللطيف حموشي.\n"
            "ويضم الوفد المغربي المشارك في هذا الاجتماع مسؤولين من المكتب المركزي للأبحاث القضائية.")
    title = "مدير الشرطة القضائية يقود الوفد المغربي إلى اجتماع دولي حول تهريب الكوكايين بلشبونة"
    assert events(body, title=title, published=dt.date(2025, 4, 7)) == []


def test_his_title_then_the_capital_of_a_country_says_where_he_went_not_whose_title():
    body = ("وفي شتنبر 2025، حل المدير العام للأمن الوطني ولمراقبة التراب الوطني بالعاصمة النمساوية فيينا، في زيارة "
            "عمل وقع خلالها خطاب نوايا مع نظيره النمساوي.")
    found = events(body, published=dt.date(2026, 1, 2))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("AT", "visit_abroad")]


def test_the_visit_a_visit_returns_is_another_one():
    body = ("استقبل عبد اللطيف حموشي، أمس الاثنين بالرباط، رئيس الشرطة الإيطالية.\n"
            "وتعد هذه الزيارة ردا على الزيارة التي قام بها حموشي إلى العاصمة الإيطالية في نونبر 2023، حيث أجرى "
            "مباحثات مع نظيره.")
    found = events(body, published=dt.date(2024, 12, 10))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [
        ("IT", dt.date(2024, 12, 9)), ("IT", dt.date(2023, 11, 1))]


# --- visits told by the hosts' statements (2026-12-01, from batch44-45) --------------------------
def test_the_day_a_statement_came_out_yields_to_the_engagement_s_own_day():
    body = ("أفادت الشرطة الفيدرالية البلجيكية، في بلاغ نشرته أمس الأربعاء على موقعها، أن المفوض العام استقبل، يوم "
            "الثلاثاء ببروكسيل، عبد اللطيف حموشي، الذي حل بالعاصمة البلجيكية على رأس وفد أمني.")
    found = events(body, published=dt.date(2023, 2, 9))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("BE", "abroad", dt.date(2023, 2, 7))]


def test_received_at_a_foreign_ministry_s_seat_he_was_abroad():
    body = ("وحسب البلاغ، فقد استقبل حموشي يوم الثلاثاء 12 مارس 2024 بمقر وزارة الداخلية الإيطالية، من طرف رئيس "
            "الشرطة الذي رحب بضيفه المغربي.")
    found = events(body, published=dt.date(2024, 3, 14))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("IT", "visit_abroad")]


def test_a_delegation_named_by_an_accusative_nationality_is_that_country_s():
    body = "يوم الاثنين 15 أبريل 2019، استقبل عبد اللطيف حموشي بتمارة وفدا أمريكيا يقوده مدير المركز الوطني."
    found = events(body, published=dt.date(2019, 12, 31))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("US", "hosted_visit")]
    # A capital spelled like one ('برازيليا') stays the capital.
    held = events("شارك عبد اللطيف حموشي، يوم 5 مارس 2024، في مؤتمر دولي ببرازيليا.", published=dt.date(2024, 3, 6))
    assert [(c["country_iso2"], c["direction"]) for c in held] == [("BR", "abroad")]


def test_his_body_named_as_the_topic_does_not_put_him_where_morocco_s_ambassador_was_received():
    text = ("الأحد 7 رمضان 1440 هـ\n\nمدير الأمن العام يستقبل سفير المملكة المغربية\n\n"
            "الرياض – استقبل مدير الأمن العام الفريق أول خالد الحربي، في مكتبه بالرياض اليوم، سفير المملكة المغربية "
            "لدى المملكة، وتناول اللقاء واقع التعاون بين الأمن العام والمديرية العامة للأمن الوطني المغربية.\n\n"
            "ونقل السفير المغربي تحيات عبد اللطيف حموشي، مؤكدا حرصه على تطوير الشراكة بين الجهازين.")
    assert [c for c in extract_article("envoy", text, None).event_candidates if c["is_event"]] == []


# --- foreign officials quoted, joint committees (2026-12-01, from batch49) ----------------------
def test_a_foreign_official_quoted_in_the_first_person_tells_his_own_country_s_visit():
    body = ("قال وزير الدولة الإسباني للأمن إن التعاون مع المغرب نموذجي.\n"
            "وأضاف: \"زرت الرباط يوم الخميس 6 فبراير 2020، والتقيت السيد عبد اللطيف حموشي بمقر المديرية بتمارة\".")
    found = events(body, published=dt.date(2024, 6, 1))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("ES", "hosted", dt.date(2020, 2, 6))]


def test_his_counterpart_s_talks_with_him_by_a_possessive_noun():
    body = ("عقب مباحثاته مع الحموشي بالرباط يوم الثلاثاء 10 أكتوبر 2017، صرح وزير الداخلية الفرنسي للصحافة بأن "
            "التعاون ممتاز.")
    found = events(body, published=dt.date(2019, 1, 1))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("FR", "hosted", dt.date(2017, 10, 10))]


def test_a_joint_committee_of_two_countries_is_with_the_other_one():
    body = ("احتضنت الرباط، يوم الثلاثاء 12 مارس 2024، أشغال الدورة الثانية للجنة الأمنية المشتركة المغربية "
            "الموريتانية، التي ترأسها عبد اللطيف حموشي ونظيره الموريتاني.")
    found = events(body, published=dt.date(2024, 3, 13))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("MR", "hosted_visit")]


# --- a visit closed within the days it lasted; what a programme may hold (from batch48) --------
def test_a_visit_closed_on_a_day_within_the_days_it_lasted_is_those_days():
    body = ("اختتم عبد اللطيف حموشي، أمس الخميس، زيارة عمل إلى دولة الإمارات العربية المتحدة امتدت يومي الأربعاء "
            "والخميس، أجرى خلالها مباحثات بأبوظبي مع وزير الداخلية.")
    found = events(body, published=dt.date(2025, 5, 16))
    assert spans(found) == [("AE", dt.date(2025, 5, 14), dt.date(2025, 5, 15))]


def test_what_a_visit_s_programme_may_include_is_a_plan():
    body = ("يرتقب أن يحل عبد اللطيف حموشي بواشنطن خلال مارس المقبل.\n"
            "وحسب المصادر ذاتها، فإن برنامج الزيارة، الذي لم يحسم بعد، قد يتضمن لقاءات مع مسؤولين في أجهزة الأمن "
            "الأمريكية.")
    assert events(body, published=dt.date(2026, 2, 2)) == []


# --- ministers by surname, a visit's programme, ministerial meetings (from batch50, batch52) -----
def test_ministers_named_by_surname_alone_are_known_officials():
    text = normalize("لفتيت يبحث بمدريد ملف الهجرة، وبوريطة يستقبل نظيره.").text
    found = find_places(text, default_reference(), tokenize(text))
    assert [(m.alias.kind, m.alias.person) for m in found if m.alias.kind == "official"] == [
        ("official", "Abdelouafi Laftit"), ("official", "Nasser Bourita")]


def test_what_a_visit_s_programme_includes_is_to_come():
    body = ("يحل عبد اللطيف حموشي بباريس الثلاثاء المقبل في زيارة عمل.\n"
            "وأضافت المصادر أن برنامج الزيارة يتضمن لقاءات مع المدير العام للشرطة الوطنية الفرنسية.")
    assert events(body, published=dt.date(2018, 3, 16)) == []


def test_a_ministerial_meeting_is_the_ministers():
    body = ("تحدث المقال عن تعاون دول الساحل مع المصالح التي يشرف عليها عبد اللطيف حموشي.\n"
            "وتأتي المبادرة الأطلسية، التي جرى بحثها خلال الاجتماع الوزاري الذي احتضنته مراكش يوم السبت 23 ديسمبر "
            "2023، في سياق التقارب مع النيجر.")
    assert events(body, published=dt.date(2024, 3, 21)) == []


def test_a_moroccan_participation_led_by_a_minister_is_not_his():
    body = ("انطلقت صباح اليوم الأحد بتونس أشغال الدورة 42 لمجلس وزراء الداخلية العرب.\n"
            "ويترأس الوفد المغربي وزير الداخلية عبد الوافي لفتيت، فيما ذكر التقرير بإنجازات عبد اللطيف حموشي.")
    title = "تونس تحتضن الدورة 42 لمجلس وزراء الداخلية العرب بمشاركة مغربية يقودها لفتيت"
    assert events(body, title=title, published=dt.date(2025, 2, 16)) == []


# --- press briefings, stand-ins by full title, rankings, the year of an undated page (from batch53, batch54) --
def test_a_day_without_a_year_on_an_undated_page_is_not_before_the_latest_year_it_tells_of():
    body = ("استقبل عبد اللطيف حموشي بالرباط يوم الخميس 11 سبتمبر المديرة العامة للأمن الداخلي الفرنسي.\n"
            "وتعود الثقة بين الجهازين إلى ما بعد هجمات باريس عام 2015.")
    assert spans(events(body)) == [("FR", dt.date(2025, 9, 11), dt.date(2025, 9, 11))]


def test_a_press_conference_is_no_session_he_attends():
    body = ("قال متحدث باسم وزارة الداخلية الألمانية، اليوم الخميس خلال المؤتمر الصحفي الحكومي، إن التعاون مع "
            "المصالح التي يشرف عليها عبد اللطيف حموشي عرف تحسنا.")
    assert events(body, published=dt.date(2025, 3, 6)) == []


def test_one_standing_in_for_him_by_his_full_title_and_name_is_not_he():
    body = ("ترأس الكاتب العام للمديرية العامة للأمن الوطني، صباح اليوم الجمعة بالقنيطرة، حفل تخرج فوج من الضباط، "
            "نيابة عن المدير العام للأمن الوطني ولمراقبة التراب الوطني، عبد اللطيف حموشي، بحضور سفير غينيا.")
    assert events(body, published=dt.date(2017, 7, 7)) == []


def test_one_who_came_second_did_not_arrive():
    body = ("وهنأ عبد اللطيف حموشي المتفوقين، ومنهم متدرب من غينيا حل في المرتبة الثانية، صباح اليوم الجمعة.")
    assert events(body, published=dt.date(2017, 7, 7)) == []


def test_talks_to_form_a_government_are_no_meeting():
    body = ("أشاد وزير الداخلية الألماني بالتعاون مع عبد اللطيف حموشي.\n"
            "ويأتي ذلك يوم الخميس 6 مارس 2025 في خضم مشاورات تشكيل الحكومة الجديدة في ألمانيا.")
    assert events(body, published=dt.date(2025, 3, 6)) == []


# --- a body's session that honoured him, plans without a date, wire credits, one session's days (batch57, 58) ---
def test_a_session_that_decided_on_his_honour_is_the_body_s_and_the_honour_his():
    body = ("قرر مجلس وزراء الداخلية العرب، خلال دورته المنعقدة يوم الأحد 16 فبراير 2025 بتونس، منح وسام الأمير نايف "
            "للأمن العربي للمدير العام للأمن الوطني ولمراقبة التراب الوطني، عبد اللطيف حموشي.")
    found = events(body, published=dt.date(2025, 2, 17))
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("honor", "TN")]


def test_a_session_he_attended_and_was_honoured_at_is_both():
    body = ("شارك عبد اللطيف حموشي في أشغال الدورة 36 لمجلس وزراء الداخلية العرب يوم الأحد 3 مارس 2019 بتونس، "
            "حيث قلده الأمين العام للمجلس وسام الأمير نايف.")
    found = events(body, published=dt.date(2019, 3, 4))
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("conference", "TN"), ("honor", "TN")]


def test_a_session_whose_date_is_not_set_yet_is_a_plan():
    body = ("ويترأس عبد اللطيف حموشي، في موعد لم يحدد بعد خلال سنة 2026، وفد المغرب إلى أشغال المؤتمر الإقليمي "
            "الإفريقي للأنتربول بأبيدجان.")
    assert events(body, published=dt.date(2026, 1, 16)) == []


def test_another_led_morocco_s_delegation_though_named_with_his_force():
    body = ("اختتمت اليوم الخميس بتونس أشغال المؤتمر الثامن والأربعين لقادة الشرطة والأمن العرب.\n"
            "وترأس الوفد المغربي في هذا المؤتمر محمد الدخيسي، المدير المركزي للشرطة القضائية بالمديرية العامة "
            "للأمن الوطني.\nوبعث عبد اللطيف حموشي برقية إلى المشاركين.")
    assert events(body, published=dt.date(2024, 12, 5)) == []


def test_his_leading_morocco_s_delegation_told_by_a_pronoun_is_his():
    body = ("عقد عبد اللطيف حموشي خلال سنة 2017 ما مجموعه 14 لقاء دوليا.\n"
            "ومن أبرز محطاتها استقباله بالرباط، في يناير 2017، المدير العام للشرطة الوطنية الفرنسية، ثم ترؤسه في "
            "شتنبر من السنة ذاتها الوفد المغربي المشارك في الدورة 86 للجمعية العامة للأنتربول ببكين.")
    found = events(body, published=dt.date(2018, 1, 5))
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("hosted_visit", "FR"), ("conference", "CN")]


def test_a_credit_to_the_wire_is_no_prose_and_the_lead_s_dateline_dates_the_page():
    content = ("الحموشي يجري بالرياض مباحثات مع رئيس الاستخبارات السعودية\n\nأنباء الجنوب – عن (و م ع)\n\n"
               "الرياض – 14 دجنبر 2016 (و م ع) – أجرى عبد اللطيف الحموشي، بالرياض، مباحثات مع رئيس الاستخبارات "
               "العامة السعودية.\n\nوسبق للحموشي أن استقبل بالرباط، في أبريل الماضي، المدير العام للمباحث العامة "
               "السعودي.")
    assert extraction(content, title=None).published_date == dt.date(2016, 12, 14)
    assert spans(events(content, title=None)) == [
        ("SA", dt.date(2016, 12, 14), dt.date(2016, 12, 14)), ("SA", dt.date(2016, 4, 1), dt.date(2016, 4, 30))]


def test_two_days_of_one_session_in_one_sentence_are_one_session():
    body = ("صادقت الجمعية العامة للأنتربول، اليوم الخميس بفيينا، بحضور عبد اللطيف حموشي، على توصيات جديدة، خلال "
            "أشغال الدورة التي تحتضنها العاصمة النمساوية منذ الثلاثاء الماضي.")
    assert spans(events(body, published=dt.date(2023, 11, 30))) == [
        ("AT", dt.date(2023, 11, 28), dt.date(2023, 11, 30))]


# --- a dispatch's dashed date, the stops of a visitors' trip, a foreign agency's own officials (batch59) -----
def test_a_dispatch_dated_with_dashes_dates_the_page():
    content = ("حموشي يستقبل المدير العام للشرطة السنغالية\n\n"
               "الرباط - 14-11-2023 (ومع) - استقبل عبد اللطيف حموشي، اليوم الثلاثاء بالرباط، المدير العام للشرطة "
               "الوطنية السنغالية.")
    assert extraction(content, title=None).published_date == dt.date(2023, 11, 14)
    assert spans(events(content, title=None)) == [
        ("SN", dt.date(2023, 11, 14), dt.date(2023, 11, 14))]


def test_a_later_stop_of_the_visitors_trip_is_not_his():
    body = ("حل وفد أمني إيفواري، صباح اليوم الخميس بمراكش، في المحطة الأخيرة من زيارة العمل التي يقوم بها إلى "
            "المملكة.\n"
            "وكان عبد اللطيف حموشي قد استقبل المسؤول الإيفواري يوم الثلاثاء 11 فبراير بالرباط.")
    found = events(body, published=dt.date(2025, 2, 13))
    assert spans(found) == [("CI", dt.date(2025, 2, 11), dt.date(2025, 2, 11))]


def test_a_foreign_agency_s_copy_calls_its_own_officials_by_bare_titles():
    content = ("مدير الأمن العام يبحث مع نظيره المغربي تعزيز التعاون\n\n"
               "الرباط 24 نيسان 2019 (بترا)- بحث مدير الأمن العام، اليوم الأربعاء، مع المدير العام للأمن الوطني "
               "ومراقبة التراب الوطني في المملكة المغربية عبد اللطيف الحموشي، سبل تعزيز التعاون الأمني.")
    found = events(content, title=None)
    assert spans(found) == [("JO", dt.date(2019, 4, 24), dt.date(2019, 4, 24))]


def test_a_visit_the_wire_says_lasts_until_a_later_day_is_under_way_on_the_wire_s_day():
    content = ("حموشي يتباحث مع وفد أمني بلجيكي\n\n"
               "الرباط - 12-03-2018 (ومع) - أجرى عبد اللطيف حموشي بالرباط مباحثات مع وفد أمني بلجيكي، يقوده المفوض "
               "العام للشرطة الفيدرالية البلجيكية، الذي يقوم بزيارة عمل للمملكة تمتد إلى غاية 15 مارس الجاري.")
    found = events(content, title=None)
    assert spans(found) == [("BE", dt.date(2018, 3, 12), dt.date(2018, 3, 15))]


# --- prizes to his force, medals he hands out, month names inside other words (from batch62, batch63) ------
def test_a_prize_his_force_won_abroad_is_the_institution_s():
    body = ("توجت المديرية العامة للأمن الوطني، أمس الأربعاء بمدينة دبي، بجائزة أفضل خدمة حكومية رقمية، خلال حفل نظم "
            "على هامش فعاليات القمة العالمية للحكومات.")
    assert events(body, published=dt.date(2025, 2, 13)) == []


def test_medals_he_hands_to_a_group_of_officers_are_theirs():
    body = ("سلم عبد اللطيف حموشي، اليوم الثلاثاء بتمارة، أوسمة ملكية لعدد من الأطر العاملة بالمديرية العامة للأمن "
            "الداخلي الفرنسية.")
    assert [c["meeting_type"] for c in events(body, published=dt.date(2025, 4, 8))] != ["honor"]


def test_a_month_name_inside_another_word_is_no_month():
    body = ("وبحث عبد اللطيف حموشي، صباح الأربعاء 26 نونبر، مع المدير العام للشرطة السنغالية الدعم الذي يمكن تقديمه "
            "في أفق احتضان دكار للألعاب الأولمبية للشباب سنة 2026.")
    assert spans(events(body, published=dt.date(2025, 11, 28))) == [
        ("SN", dt.date(2025, 11, 26), dt.date(2025, 11, 26))]


# --- the opening day of a forum, forums his force co-organized, the guest's next day, his name not listed (batch66, 67)
def test_the_day_a_two_day_forum_opened_is_its_first_though_the_signing_closed_it():
    body = ("وجاء توقيع المذكرة في ختام أعمال الملتقى العربي حول تأمين التظاهرات الرياضية، الذي نظمته جامعة نايف "
            "العربية للعلوم الأمنية على مدى يومين، وافتتحه عبد اللطيف حموشي أمس.")
    assert spans(events(body, published=dt.date(2024, 10, 23))) == [
        ("SA", dt.date(2024, 10, 22), dt.date(2024, 10, 23))]


def test_a_forum_his_force_co_organized_is_held_at_home():
    body = ("افتتح عبد اللطيف حموشي أمس أعمال الملتقى العربي حول تأمين التظاهرات الرياضية، الذي نظمته جامعة نايف "
            "العربية للعلوم الأمنية بالتعاون مع المديرية العامة للأمن الوطني.")
    found = events(body, published=dt.date(2024, 10, 23))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("MA", "hosted")]


def test_the_guest_received_the_day_after_the_visit_began_is_that_visit():
    body = ("حل وزير الداخلية السعودي بالرباط يوم 12 مارس 2018 في زيارة رسمية.\n"
            "وفي اليوم الموالي، استقبل عبد اللطيف حموشي الضيف السعودي بمقر المديرية العامة لمراقبة التراب الوطني.")
    assert spans(events(body, published=dt.date(2018, 3, 14))) == [
        ("SA", dt.date(2018, 3, 12), dt.date(2018, 3, 13))]


def test_a_visit_whose_official_list_does_not_name_him_is_not_his():
    body = ("وحين عاد رئيس الحكومة الإسباني إلى الرباط في 7 أبريل 2022 ليحظى باستقبال ملكي، لم يرد اسم عبد اللطيف "
            "حموشي ضمن الحاضرين في البلاغ الرسمي.")
    assert events(body, published=dt.date(2023, 1, 1)) == []


# --- kinds of engagements summed up, a founding year as no review's year, another's commander after the verb --
def test_delegations_he_received_summed_up_are_no_engagement():
    body = ("عين الملك عبد اللطيف حموشي مديرا عاما للأمن الوطني يوم 15 ماي 2015.\n"
            "وخلال هذه السنوات، عقد حموشي أزيد من 60 لقاء مع مسؤولين أجانب، بين زيارات عمل قام بها إلى الخارج ووفود "
            "استقبلها بالرباط، من بينها 8 لقاءات مع مسؤولين إسبان.")
    assert events(body, published=dt.date(2025, 5, 20)) == []


def test_a_founding_year_in_the_headline_is_no_year_the_page_reviews():
    body = ("وكان عبد اللطيف حموشي قد استقبل بالرباط، في شتنبر الماضي، المدير العام للأمن العمومي النمساوي.")
    title = "الأنتربول يحتفي في فيينا بمئويته: مائة عام على تأسيس المنظمة سنة 1923"
    assert [c["start_date"] for c in extraction(body, title=title).event_candidates
            if c["start_date"] and c["start_date"].year < 2000] == []


def test_the_commander_named_after_the_verb_with_his_rank_received_them_not_he():
    body = ("وإلى جانب المديرية العامة للأمن الوطني، كان للدرك الملكي حضور في الدورة، إذ استقبل قائده الجنرال "
            "دوكور دارمي محمد حرمو، يوم الثلاثاء 25 نونبر 2025، وفدا عن الكارابينيري الإيطالية.")
    assert events(body, published=dt.date(2025, 11, 28)) == []


# --- an office's start dates no month told after it; 'مع مطلع سنة 2026' says when the page was written (batch71) --
def test_the_start_of_his_office_dates_no_month_told_after_it():
    body = ("سنة 2018 كانت حافلة في أجندة عبد اللطيف حموشي، الذي يقود المديرية العامة للأمن الوطني منذ ماي 2015.\n"
            "وقد افتتح حموشي السنة، في شهر فبراير، باستقبال وفد أمني إسباني رفيع.")
    assert spans(events(body)) == [("ES", dt.date(2018, 2, 1), dt.date(2018, 2, 28))]


def test_at_the_start_of_a_year_a_review_of_the_year_before_dates_its_months():
    body = ("مع مطلع سنة 2026، تبدو حصيلة الدبلوماسية الأمنية التي قادها عبد اللطيف حموشي خلال السنة الماضية غنية.\n"
            "وفي ماي، حل حموشي بالعاصمة الروسية موسكو في زيارة عمل.")
    assert spans(events(body)) == [("RU", dt.date(2025, 5, 1), dt.date(2025, 5, 31))]


# --- a place in the side clause of one received, instructions from him (from batch76) ---------------------
def test_a_place_the_received_one_s_side_clause_tells_of_is_not_where_he_came_from():
    body = ("وفي أكتوبر 2015، استقبل عبد اللطيف حموشي بالرباط وزير الداخلية الإسباني آنذاك، الذي جاء لبحث تداعيات "
            "اعتداءات يناير في باريس.")
    assert [c["country_iso2"] for c in events(body, published=dt.date(2016, 1, 1))] == ["ES"]


def test_a_delegation_sent_on_his_instructions_is_not_he():
    body = ("وتنفيذا للتعليمات الصادرة عن المدير العام للأمن الوطني عبد اللطيف حموشي، جرى أمس الثلاثاء بطنجة لقاء مع "
            "وفد أمني إسباني.")
    assert events(body, published=dt.date(2025, 5, 14)) == []


# --- a reprint's stamp with spaced dashes, visits expected or likely (from batch79) ---------------------------
def test_a_reprint_stamp_with_spaced_dashes_dates_the_page():
    content = ("حموشي يبحث مع رئيس الشرطة الإيطالية تعزيز التعاون\n\nبيان اليوم\n"
               "نشر في بيان اليوم يوم 14 - 06 - 2017\n\n"
               "أجرى عبد اللطيف حموشي، يوم الاثنين الماضي بالرباط، مباحثات مع رئيس الشرطة الإيطالية.")
    assert spans(events(content, title=None)) == [
        ("IT", dt.date(2017, 6, 12), dt.date(2017, 6, 12))]


def test_an_expected_visit_likely_this_month_is_a_plan():
    body = ("وتحدثت الصحيفة عن زيارة مرتقبة لعبد اللطيف حموشي إلى العاصمة البريطانية لندن، مرجحة أن تتم قبل نهاية "
            "الشهر الجاري.")
    assert events(body, published=dt.date(2024, 3, 14)) == []


# --- Gulf agencies' copy ----------------------------------------------------------------------
def _latest_year_with(month, day, weekday):
    today = dt.date.today()
    return next(year for year in range(today.year, 2000, -1)
                if dt.date(year, month, day) <= today and dt.date(year, month, day).weekday() == weekday)


def test_an_agency_dateline_without_its_year_takes_the_year_its_weekday_fixes():
    # The Gulf agencies set their mark between slashes and leave the year out of the dateline; 'today,
    # Tuesday' fixes it. Their copy calls its own state 'the country' and its minister by his bare title.
    article = extraction("الكويت في 14 مارس /كونا/ استقبل نائب رئيس مجلس الوزراء وزير الداخلية، اليوم الثلاثاء، "
                         "السيد عبد اللطيف حموشي المدير العام للأمن الوطني في المملكة المغربية الشقيقة، الذي يقوم "
                         "بزيارة عمل إلى البلاد على رأس وفد أمني.", title="وزير الداخلية يستقبل مسؤولا أمنيا مغربيا")
    day = dt.date(_latest_year_with(3, 14, 1), 3, 14)
    assert (article.published_date, article.published_source) == (day, "dateline")
    found = [c for c in article.event_candidates if c["is_event"]]
    assert [(c["country_iso2"], c["direction"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("KW", "abroad", "visit_abroad", day)]


def test_under_the_page_stamp_an_agency_lead_dates_its_news_by_today_and_its_met_one_after_the_place():
    # 'الدوحة في 5 أبريل /قنا/ اجتمع X، في مكتبه اليوم، مع حموشي': the dateline is the dispatch's, the
    # comma-set place and day stand between the meeting verb and whom he met.
    found = events("الأربعاء 5 أبريل 2023\nالمنامة في 5 أبريل /بنا/ اجتمع وزير الداخلية، في مكتبه بالوزارة "
                   "اليوم، مع السيد عبد اللطيف حموشي المدير العام للأمن الوطني بالمملكة المغربية، الذي يزور "
                   "البلاد حاليا.", title="وزير الداخلية يجتمع مع مسؤول أمني مغربي")
    assert [(c["country_iso2"], c["direction"], c["start_date"], c["end_date"]) for c in found] == [
        ("BH", "abroad", dt.date(2023, 4, 5), dt.date(2023, 4, 5))]


def test_what_another_engagement_in_the_sentence_lasts_until_does_not_stretch_his():
    found = events("استقبل الحموشي، اليوم الاثنين 6 مارس 2023 بالرياض، مدير الأمن العام السعودي. وتتزامن الزيارة "
                   "مع معرض الأمن الدولي الذي انطلقت فعالياته اليوم بالرياض، ويتواصل حتى 9 مارس الجاري.")
    assert spans(found) == [("SA", dt.date(2023, 3, 6), dt.date(2023, 3, 6))]


def test_his_invitation_to_another_to_visit_is_a_plan():
    found = events("وأعرب حموشي عن تقديره للتعاون القائم، ودعوته مدير الشرطة الفيدرالية البرازيلية لزيارة المغرب "
                   "خلال سنة 2025.")
    assert found == []


def test_the_two_sides_of_another_s_meeting_discussing_his_force_are_not_he():
    found = events("استقبل القائد العام لشرطة دبي، في مكتبه أمس، القنصل العام المغربي في دبي. وبحث الجانبان سبل "
                   "تعزيز التعاون بين شرطة دبي والمديرية العامة للأمن الوطني المغربية خلال سنة 2024.",
                   published=dt.date(2024, 2, 14))
    assert found == []


def test_a_known_official_names_the_country_met_whatever_a_later_side_word_says():
    found = events("وفي أكتوبر 2021 استقبل حموشي بالرباط مدير المخابرات العامة اللواء أحمد حسني، في زيارة وصفت "
                   "بالمهمة، إذ تزامنت مع عودة خلايا متطرفة إلى النشاط في البادية السورية.")
    assert [c["country_iso2"] for c in found] == ["JO"]


def test_the_year_of_an_event_being_prepared_for_is_not_a_date():
    found = events("وبحث حموشي مع نظيره الإماراتي التحضيرات لقمة الشرطة 2024، خلال اتصال هاتفي.")
    assert [c["start_date"] for c in found] == []


def test_morocco_s_consul_received_abroad_is_not_he():
    found = events("استقبل القائد العام لشرطة دبي، في مكتبه اليوم الأحد 3 مارس 2024، القنصل العام المغربي في دبي.")
    assert found == []
    found = events("استقبل القائد العام لشرطة دبي، في مكتبه اليوم الأحد 3 مارس 2024، القنصل العام للمغرب في دبي.")
    assert found == []


def test_the_official_who_opened_the_conference_stands_after_what_he_opened():
    # His speech read on his behalf, then 'وافتتح أشغال المؤتمر وزير الداخلية التونسي': the opener is the minister.
    article = extraction("الخميس 4 دجنبر 2025 - 10:20\n\nشارك وفد أمني مغربي، أمس الأربعاء بتونس، في أشغال المؤتمر "
                         "الخمسين لقادة الشرطة والأمن العرب.\n\nوترأس الوفد المغربي والي الأمن، الذي ألقى كلمة المملكة "
                         "نيابة عن المدير العام للأمن الوطني، عبد اللطيف حموشي.\n\nكما تناولت الكلمة، التي تليت باسم "
                         "حموشي، التجربة المغربية في تفكيك الشبكات.\n\nوافتتح أشغال المؤتمر وزير الداخلية التونسي، "
                         "فيما تناول الكلمة الأمين العام للمجلس.",
                         title="بتونس.. كلمة حموشي تتلى نيابة عنه أمام قادة الشرطة العرب")
    assert [c for c in article.event_candidates if c["is_event"]] == []
    # With no comma after the opener's words, the sentence's end closes them.
    assert events("واختتم أشغال المؤتمر وزير الداخلية التونسي أمس الخميس 4 دجنبر 2025 بتونس.") == []


def test_morocco_s_presence_in_international_bodies_is_no_attendance():
    found = events("حين عين حموشي مديرا عاما للأمن الوطني في ماي 2015، كان الحضور المغربي في المحافل الأمنية "
                   "الدولية تمثيلا تقنيا يتولاه موظفو المكتب المركزي الوطني للإنتربول بالرباط.")
    assert found == []


def test_amman_under_the_jordanian_agency_s_mark_and_its_kingdom_are_jordan():
    # Under the agency's name line, 'عمان ... (بترا)' is Amman, not Oman, and 'the Kingdom' its copy names Jordan.
    found = events("وكالة الأنباء الأردنية (بترا)\n2023/05/16 15:10\nعمان 16 أيار (بترا)- بحث وزير الداخلية، "
                   "اليوم الثلاثاء، مع المدير العام للأمن الوطني في المملكة المغربية عبد اللطيف حموشي، الذي "
                   "يزور المملكة حاليا، سبل تعزيز التعاون الأمني.", title="وزير الداخلية يبحث التعاون الأمني")
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("JO", "abroad", dt.date(2023, 5, 16))]


def test_a_visitor_s_way_home_is_not_where_his_visit_went():
    found = events("عاد المدير العام للأمن العام اللبناني إلى بيروت، بعد زيارة رسمية إلى المملكة المغربية استمرت "
                   "يومي 5 و6 مارس 2018، بدعوة من عبد اللطيف حموشي.")
    assert [(c["country_iso2"], c["direction"], c["meeting_type"]) for c in found] == [("LB", "hosted", "hosted_visit")]


# --- roundups ---------------------------------------------------------------------------------
def test_an_item_under_a_digest_s_weekday_heading_is_that_day_s_news():
    found = events("السبت 22 مارس 2025 - 09:00\n\nنعود كما في كل سبت إلى أبرز أحداث الأسبوع الأمني.\n\n"
                   "الثلاثاء | الرباط\nاستقبل عبد اللطيف حموشي بمقر المديرية العامة المدير العام للشرطة "
                   "الهولندية، الذي حل بالمملكة في زيارة عمل.\n\nالأربعاء | فاس\nأوقفت عناصر الشرطة القضائية "
                   "بفاس ثلاثة أشخاص في يوم واحد.\n\nالخميس | الرباط\nوعقد المدير العام للأمن الوطني جلسة عمل "
                   "مع المدير العام للشرطة الوطنية الغانية، الذي يقوم بزيارة إلى المغرب.",
                   title="الأسبوع الأمني في سطور")
    assert spans(found) == [("NL", dt.date(2025, 3, 18), dt.date(2025, 3, 18)),
                            ("GH", dt.date(2025, 3, 20), dt.date(2025, 3, 20))]


def test_a_month_s_review_says_this_month_and_late_in_the_month_of_the_month_it_reviews():
    # Published on 3 February, a review of January: 'هذا الشهر' is January, not February.
    found = events("نشر في: الاثنين 3 فبراير 2025\n\nنستعرض أبرز أحداث شهر يناير 2025.\n\nشارك عبد اللطيف "
                   "حموشي، خلال هذا الشهر، في أشغال مؤتمر قادة الشرطة العرب بتونس.",
                   title="حصاد يناير 2025: أبرز الأحداث")
    assert spans(found) == [("TN", dt.date(2025, 1, 1), dt.date(2025, 1, 31))]
    # Undated, a review of October: 'في أواخر الشهر' is October.
    found = events("استقبل حموشي يوم 7 أكتوبر بالرباط مدير الشرطة الفنلندية.\nوفي أواخر الشهر، استقبل حموشي "
                   "بالرباط مسؤولا رفيعا في الشرطة الكندية.", title="حصاد أكتوبر 2024 في أجندة حموشي")
    assert spans(found) == [("FI", dt.date(2024, 10, 7), dt.date(2024, 10, 7)),
                            ("CA", dt.date(2024, 10, 1), dt.date(2024, 10, 31))]


def test_officials_in_the_plural_are_not_the_two_parties_told_before():
    # 'بحضور عدد من المسؤولين' is a plural: a domestic ceremony takes no country from the meeting before it.
    found = events("وفي 20 شتنبر 2024 استقبل حموشي بالرباط مسؤولا في الشرطة الكندية.\nوترأس حموشي، يوم الثلاثاء "
                   "24 شتنبر 2024 بالقنيطرة، حفل تخرج فوج جديد من حراس الأمن، بحضور عدد من المسؤولين المركزيين.")
    assert [c["country_iso2"] for c in found] == ["CA"]


# --- honours ----------------------------------------------------------------------------------
def test_eleven_to_nineteen_officers_decorated_are_a_group():
    found = events("احتضن مقر الشرطة الوطنية الإسبانية بمدريد، يوم 8 أكتوبر 2026، حفلا تم خلاله توشيح اثني عشر "
                   "إطارا من المديرية العامة للأمن الوطني بأوسمة الاستحقاق الشرطي.")
    assert found == []


def test_years_after_something_else_do_not_move_the_stated_year():
    found = events("في سنة 2017، وبعد سنتين فقط من جمعه بين الإدارتين، منحت جمهورية غانا حموشي وسام النجمة.")
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("GH", dt.date(2017, 1, 1))]


def test_the_saudi_agency_s_bare_mark_and_the_honour_given_in_the_minister_s_office():
    # 'الرياض ... م واس': the dateline ends on the agency's bare mark; its lead's honour, given in the minister's
    # office, is abroad; 'بالمملكة المغربية' after his body's name says whose body, not where.
    found = events("الرياض 11 ربيع الآخر 1443 هـ الموافق 16 نوفمبر 2021 م واس\n\n"
                   "قلد وزير الداخلية، في مكتبه بالوزارة اليوم، المدير العام للأمن الوطني "
                   "بالمملكة المغربية عبد اللطيف حموشي وسام الاستحقاق.\n\n"
                   "وجرى خلال الاستقبال استعراض التعاون بين وزارة الداخلية "
                   "والمديرية العامة لمراقبة التراب الوطني بالمملكة المغربية.",
                   title="وزير الداخلية يقلد مسؤولا أمنيا مغربيا وساما")
    assert [(c["country_iso2"], c["direction"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("SA", "abroad", "honor", dt.date(2021, 11, 16))]


def test_when_another_event_was_hosted_dates_that_event_not_his_honour():
    found = events("ومن محطات السنة الزيارة التي قادت حموشي إلى الدوحة في شهر مارس، حيث تسلم وسام التميز، الذي "
                   "منحته إياه السلطات القطرية اعترافا بدور الأمن المغربي في تأمين نهائيات كأس العالم، التي احتضنتها "
                   "قطر في نونبر ودجنبر من السنة الماضية.", title="حصاد 2023 في أجندة حموشي",
                   published=dt.date(2023, 12, 31))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("QA", dt.date(2023, 3, 1))]


def test_a_foreign_agency_s_copy_filed_from_rabat_places_nothing_abroad():
    # Petra's dispatch from Rabat: the Jordanian chief's talks there are no trip of his.
    found = events("الرباط 15 تشرين الأول (بترا)- بحث مدير الأمن العام، اليوم الثلاثاء، مع المدير العام للأمن الوطني "
                   "عبد اللطيف حموشي سبل تعزيز التعاون.", title="مدير الأمن العام يبحث التعاون مع المغرب")
    assert [c["direction"] for c in found] != ["abroad"]


def test_a_yearless_dateline_s_weekday_year_is_the_first_from_the_years_the_page_tells_of():
    # Monday 11 November fell in 2019 and in 2024: the page tells of 2018, so it was written in 2019.
    article = extraction("عمان 11 تشرين الثاني (بترا)- بحث مدير الأمن العام، اليوم الاثنين، مع المدير العام للأمن "
                         "الوطني عبد اللطيف حموشي سبل التعاون.\nوكان الجانبان قد وقعا مذكرة تفاهم سنة 2018.",
                         title="مدير الأمن العام يبحث التعاون مع المغرب")
    assert article.published_date == dt.date(2019, 11, 11)


def test_late_in_the_month_is_late_in_the_month_the_text_was_telling_of():
    found = events("- نونبر: ترأس حموشي بمراكش، أواخر الشهر، وفد المغرب إلى الدورة الثالثة والتسعين للجمعية "
                   "العامة للإنتربول.", title="حصاد سنة 2025 في أجندة حموشي", published=dt.date(2026, 1, 5))
    assert [(c["start_date"], c["end_date"]) for c in found] == [(dt.date(2025, 11, 1), dt.date(2025, 11, 30))]


def test_a_foreign_official_who_received_a_group_in_the_accusative_is_its_host():
    found = events("استقبل حموشي، أمس الأربعاء 2 يوليوز 2025 بالرباط، المدير العام للأمن الوطني الموريتاني.\n"
                   "وفي الجارة الشرقية، أشرف وزير الداخلية الجزائري على اجتماع، فيما استقبل وزير الداخلية التونسي، "
                   "يوم الخميس 3 يوليوز 2025، وفدا أوروبيا لبحث ملف الهجرة.")
    assert [c["country_iso2"] for c in found] == ["MR"]


# --- foreign delegations' visits, and who met them --------------------------------------------
def test_the_guests_stay_around_the_day_he_received_him_is_one_engagement_of_the_stays_days():
    found = events("استقبل عبد اللطيف حموشي، اليوم الثلاثاء بالرباط، رئيس الشرطة الإيطالية، الذي يقوم بزيارة عمل "
                   "إلى المملكة تمتد من 17 إلى 19 أكتوبر الجاري، على رأس وفد من وزارة الداخلية الإيطالية.",
                   published=dt.date(2023, 10, 17))
    assert spans(found) == [("IT", dt.date(2023, 10, 17), dt.date(2023, 10, 19))]


def test_the_delegation_the_page_told_of_is_the_one_that_met_him():
    article = extraction("قام وفد من وزارة الأمن الداخلي الأمريكية بزيارة إلى المملكة في الفترة من 5 إلى 8 ديسمبر "
                         "2016، شملت الرباط وطنجة.\nوفي 6 ديسمبر، عقد الوفد اجتماعا مع السيد عبد اللطيف حموشي، تناول "
                         "أمن المطارات.\nواختتم الوفد زيارته في 8 ديسمبر بمدينة طنجة، حيث زار الميناء.",
                         title="وفد أمريكي يزور المغرب", published=dt.date(2016, 12, 9))
    told = {c["sentence_index"]: c for c in article.event_candidates}
    assert (told[2]["country_iso2"], told[2]["direction"], told[2]["principal_role"]) == ("US", "hosted", "name")
    # The visitors' last stop, where they saw the port, is their programme, not his.
    assert told[3]["reject_reason"] == "other_actor"
    assert [c["country_iso2"] for c in article.event_candidates if c["is_event"]] == ["US"]


def test_a_visit_whose_programme_never_meets_him_is_not_his():
    # He is named only as the one the visitors' greetings went to; each day they met another.
    found = events("قام وفد من الشرطة اليابانية بزيارة عمل إلى المغرب من 19 إلى 22 فبراير 2024.\n"
                   "واستهل الوفد برنامجه يوم 19 فبراير بزيارة المعهد الملكي للشرطة بالقنيطرة، حيث استقبله "
                   "مدير المعهد.\n"
                   "وفي 21 فبراير، عقد الوفد بالرباط جلسة عمل مع مدير الشرطة القضائية بالمديرية العامة للأمن الوطني.\n"
                   "ونقل رئيس الوفد تحيات نظيره إلى السيد عبد اللطيف حموشي.", title="وفد ياباني يزور المغرب",
                   published=dt.date(2024, 2, 23))
    assert found == []


def test_what_the_two_sides_agreed_to_hold_is_a_plan():
    found = events("استقبل حموشي، أمس الخميس 8 فبراير 2018 بالرباط، المدير العام للأمن الوطني الموريتاني.\n"
                   "واتفق الطرفان، وفق المصدر ذاته، على عقد اجتماع للجنة التقنية المشتركة بنواكشوط قبل نهاية السنة "
                   "الجارية.", published=dt.date(2018, 2, 9))
    assert [c["country_iso2"] for c in found] == ["MR"]


def test_a_headline_the_body_tells_as_anothers_engagement_is_not_his():
    found = events("شارك وفد عن المديرية العامة للأمن الوطني، يقوده والي الأمن المدير المركزي للشرطة القضائية، في "
                   "أشغال الاجتماع السنوي لآلية أفريبول، الذي احتضنته أديس أبابا يومي 7 و8 نونبر الجاري.\n"
                   "وجاءت المشاركة بتكليف من عبد اللطيف حموشي.\nوناقش المشاركون تبادل المعطيات الجنائية.\n"
                   "وقدم رئيس الوفد المغربي عرضا حول التجربة المغربية.",
                   title="وفد أمني مغربي يشارك في اجتماع أفريبول بأديس أبابا", published=dt.date(2022, 11, 9))
    assert found == []


def test_others_named_as_attending_did_not_bring_him_there():
    found = events("ترأس والي الأمن، اليوم الجمعة بالقنيطرة، نيابة عن المدير العام للأمن الوطني، حفل تخرج فوج من الأطر "
                   "الإفريقية.\nوحضر حفل التخرج سفراء عدد من الدول الإفريقية، من بينها السنغال ومالي.",
                   published=dt.date(2025, 7, 4))
    assert found == []


def test_thanks_for_the_hospitality_tell_no_reception():
    found = events("عبر ممثل الخريجين، وهو ضابط سنغالي، عن امتنانه للمملكة المغربية على حسن الاستقبال.",
                   published=dt.date(2025, 7, 4))
    assert found == []


def test_the_name_after_a_foreign_title_is_the_one_he_received():
    found = events("سبق لحموشي أن زار واشنطن في يونيو 2022، قبل أن يستقبل بالرباط، في فبراير 2023، مدير مكتب "
                   "التحقيقات الفيدرالي كريستوفر راي.", published=dt.date(2025, 3, 11))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("US", "abroad", dt.date(2022, 6, 1)), ("US", "hosted", dt.date(2023, 2, 1))]


def test_a_visitors_stay_in_which_he_met_him_is_his_guests_visit():
    found = events("وتأتي هذه الزيارة بعد سنة على الزيارة التي قام بها المدير العام للأمن التركي إلى الرباط في شتنبر "
                   "2023، والتي عقد خلالها جلسة عمل مع حموشي.", published=dt.date(2024, 11, 6))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("TR", "hosted", dt.date(2023, 9, 1))]


def test_good_fortune_in_a_holiday_greeting_is_not_yemen():
    def countries(text):
        return [m.iso2 for m in find_places(normalize(text).text, default_reference())]
    assert countries("أن يعيده على البلدين بالخير واليمن والبركات") == []
    assert countries("زار اليمن والسعودية") == ["YE", "SA"]


@pytest.mark.parametrize(("text", "iso2"), [
    ("حط الرحال بعاصمة الأنوار", "FR"), ("حل ببلاد الرافدين", "IQ"), ("وقع في بلاد الأرز", "LB"),
    ("جهاز الأمن الداخلي في بلاد الضباب", "GB"), ("زيارة عمل إلى بلاد العم سام", "US"), ("حل بأرض الكنانة", "EG"),
])
def test_a_press_nickname_names_its_country(text, iso2):
    assert [m.iso2 for m in find_places(normalize(text).text, default_reference())] == [iso2]


def test_dakar_as_the_maghreb_spells_it_is_senegal_s_capital():
    assert [m.iso2 for m in find_places(normalize("حل بدكار أمس").text, default_reference())] == ["SN"]


# --- multilateral sessions and long reviews -----------------------------------------------------
def test_the_place_he_came_back_from_is_not_where_the_next_engagement_sat():
    found = events("ولم تكد تمر أيام على عودته من فيينا، حتى ترأس حموشي بمدينة طنجة، يومي 6 و7 دجنبر 2023، أشغال "
                   "المؤتمر السابع والأربعين لقادة الشرطة والأمن العرب.")
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("MA", "hosted")]


def test_the_year_a_session_was_voted_for_is_a_plan_not_the_pages_year():
    article = extraction("لم يكن شهر دجنبر قد انتصف حين أنهى حموشي محطتين.\nفقد صوتت الجمعية العامة لصالح احتضان "
                         "مراكش للدورة الثالثة والتسعين سنة 2025، بعد دورة فيينا التي احتضنتها ما بين 28 نونبر وفاتح "
                         "دجنبر 2023.\nثم ترأس حموشي بطنجة، يومي 6 و7 دجنبر الجاري، مؤتمر قادة الشرطة العرب.",
                         title="أسبوعان في المحافل الأمنية")
    assert article.clock.date.year == 2023


def test_the_bodys_honour_on_a_day_of_its_session_sits_where_the_session_did():
    found = events("احتضنت مراكش الدورة الثالثة والتسعين للجمعية العامة للمنظمة الدولية للشرطة الجنائية، في الفترة من "
                   "24 إلى 27 نونبر 2025، وافتتح حموشي أشغالها.\nوفي ختام الأشغال، يوم الخميس 27 نونبر 2025، منحت "
                   "المنظمة الدولية للشرطة الجنائية حموشي وسامها من الطبقة العليا.", title="حصاد 2025")
    assert [(c["meeting_type"], c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("conference", "MA", "hosted", dt.date(2025, 11, 24)), ("honor", "MA", "hosted", dt.date(2025, 11, 27))]


def test_a_session_the_page_says_he_did_not_attend_is_not_his():
    found = events("انطلقت، أمس الأربعاء، بتونس العاصمة، أشغال المؤتمر التاسع والأربعين لقادة الشرطة والأمن العرب.\n"
                   "ولم يحضر عبد اللطيف حموشي أشغال هذه الدورة، غير أن الوفد المغربي نقل تحياته.",
                   title="مؤتمر قادة الشرطة العرب", published=dt.date(2025, 12, 4))
    assert found == []


def test_a_later_date_for_the_session_the_lead_told_undated_dates_it():
    found = events("حظيت المقاربة المغربية باهتمام خلال أشغال المؤتمر السنوي لقادة الشرطة الأوروبيين، الذي احتضنه مقر "
                   "يوروبول بمدينة لاهاي الهولندية.\nوشارك حموشي، خلال شهر شتنبر المنصرم، في هذا الموعد السنوي.",
                   published=dt.date(2024, 10, 15))
    assert [(c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("NL", dt.date(2024, 9, 1), dt.date(2024, 9, 30))]


def test_the_guests_stay_told_after_the_day_he_met_him_is_that_visit():
    found = events("أجرى رئيس الأمن العام البحريني، يوم 23 أكتوبر 2017، مباحثات مع المدير العام للأمن الوطني عبد "
                   "اللطيف حموشي بالرباط.\nوكان رئيس الأمن العام البحريني قد وصل إلى الرباط يوم الأحد 22 أكتوبر "
                   "2017 في زيارة تستمر أربعة أيام.", published=dt.date(2017, 10, 24))
    assert spans(found) == [("BH", dt.date(2017, 10, 23), dt.date(2017, 10, 23))]


def test_officials_in_his_force_are_its_staff_not_he():
    found = events("بحث وفد أمني كويتي، اليوم الثلاثاء بالرباط، مع مسؤولين في المديرية العامة للأمن الوطني سبل "
                   "مكافحة المخدرات.\nونقل رئيس الوفد تحيات وزير الداخلية الكويتي إلى عبد اللطيف حموشي.",
                   title="وفد كويتي في الرباط", published=dt.date(2019, 4, 16))
    assert found == []


def test_a_group_that_came_and_that_he_met_after_is_his_guest():
    # A review of one year: the spring's engagement is dated by the year reviewed.
    found = events("لم تكن سنة 2025 سنة عادية في أجندة حموشي.\nوخلال فصل الربيع الماضي، حل بالرباط وفد رفيع من مكتب "
                   "التحقيقات الفيدرالي الأمريكي، أجرى معه حموشي جلسة عمل حول الجريمة الإلكترونية.",
                   title="2025.. سنة حافلة في أجندة حموشي", published=dt.date(2026, 1, 5))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("US", dt.date(2025, 1, 1))]


# --- tours of several stops ---------------------------------------------------------------------
def test_the_tours_first_stop_told_after_the_second_is_a_visit_of_its_own():
    found = events("دكار – 18 دجنبر 2019 (ومع) – أجرى عبد اللطيف حموشي، اليوم الأربعاء، مباحثات مع المدير العام "
                   "للشرطة الوطنية السنغالية.\nوتعد هذه الزيارة المحطة الثانية ضمن جولة إفريقية استهلها حموشي أمس "
                   "الثلاثاء بالعاصمة الموريتانية نواكشوط، حيث أجرى مباحثات مع نظيره الموريتاني.",
                   title="حموشي في دكار")
    assert sorted(c["country_iso2"] for c in found) == ["MR", "SN"]


def test_what_a_country_was_preparing_then_is_no_plan_of_the_engagement():
    found = events("ففي يوم الثلاثاء 9 ماي 2017، استقبل حموشي بتمارة مدير جهاز المعلومات والأمن البرتغالي، في وقت "
                   "كانت فيه البرتغال تستعد لاستقبال أعداد كبيرة من الزوار.", title="حصاد 2017")
    assert spans(found) == [("PT", dt.date(2017, 5, 9), dt.date(2017, 5, 9))]


def test_a_tours_programme_not_yet_announced_is_a_plan():
    found = events("يرتقب أن يقوم عبد اللطيف حموشي خلال الأسبوع المقبل بجولة تقوده إلى القاهرة وعمان.\nوحسب المصادر "
                   "ذاتها، فإن برنامج الجولة، الذي لم يتم الإعلان عنه رسميا بعد، يتضمن لقاءات مع مدير الأمن العام "
                   "الأردني.", published=dt.date(2026, 1, 11))
    assert found == []


# --- dispatches, nicknames, pronouns and counts (ninth session) -----------------------------------
def test_an_outlets_number_before_its_dateline_is_no_first_day_of_a_span():
    article = extraction("أخبار الأمن 24 - الخميس 9 أكتوبر 2025 - 10:05\nاستقبل عبد اللطيف حموشي، اليوم الخميس "
                         "بالرباط، المدير العام للشرطة الإسبانية.", title="حموشي يستقبل مسؤولا إسبانيا")
    assert article.published_date == dt.date(2025, 10, 9)
    assert spans(c for c in article.event_candidates if c["is_event"]) == [
        ("ES", dt.date(2025, 10, 9), dt.date(2025, 10, 9))]


def test_the_red_city_is_marrakech_and_the_session_it_hosts_until_a_day_runs_to_it():
    found = events("انطلقت، اليوم الثلاثاء بالمدينة الحمراء، أشغال المؤتمر الإقليمي لقادة الشرطة، الذي تحتضنه "
                   "المملكة إلى غاية يوم الخميس 12 مارس الجاري، بحضور عبد اللطيف حموشي.",
                   published=dt.date(2026, 3, 10))
    assert [(c["country_iso2"], c["direction"], c["start_date"], c["end_date"]) for c in found] == [
        ("MA", "hosted", dt.date(2026, 3, 10), dt.date(2026, 3, 12))]


def test_a_definite_title_before_the_moroccan_delegation_is_his_bare_title():
    found = events("شارك عبد اللطيف حموشي في دورات عدة.\nوفي أواخر نونبر 2023، ترأس المدير العام الوفد المغربي إلى "
                   "الجمعية العامة للأنتربول بفيينا.", title="حموشي والأنتربول")
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("AT", "abroad")]


def test_one_chosen_to_receive_an_honour_has_not_received_it():
    found = events("أعلنت اللجنة، أمس الأحد بتونس، عن اختيار عبد اللطيف حموشي لنيل وسام الاستحقاق الأمني العربي، على "
                   "أن يسلم له في حفل لاحق.", published=dt.date(2026, 2, 16))
    assert [c for c in found if c["meeting_type"] == "honor"] == []


def test_a_place_a_verb_points_back_to_is_where_he_went():
    found = events("وليست هذه أول زيارة يقوم بها حموشي إلى العاصمة الأردنية عمان هذه السنة، إذ سبق أن حل بها في "
                   "مارس 2024 في زيارة عمل.", published=dt.date(2024, 10, 2))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found
            if c["start_date"].month == 3] == [("JO", "visit_abroad", dt.date(2024, 3, 1))]


def test_the_rest_of_the_counted_meetings_and_a_total_are_no_engagement():
    found = events("وبلغة الأرقام، عقد حموشي خلال سنة 2025 ما مجموعه 20 لقاء، منها 5 لقاءات مع مسؤولين فرنسيين، في "
                   "ما توزعت باقي اللقاءات على شركاء من أوروبا والخليج.", published=dt.date(2025, 12, 30))
    assert found == []
    found = events("استقبل حموشي خلال سنة 2024 ما مجموعه 11 وفدا أمنيا أجنبيا، بينها وفدان إسبانيان.",
                   published=dt.date(2024, 12, 30))
    assert found == []


def test_a_fair_named_with_its_year_is_no_date_of_his():
    found = events("بحث المدير العام للأمن التركي، الخميس، مع عبد اللطيف حموشي سبل تعزيز التعاون.\nوأفاد البيان أن "
                   "حموشي يجري زيارة رسمية إلى تركيا يشارك خلالها في المنتدى الدولي لتجهيزات الأمن الداخلي (IGEF "
                   "2025) المنعقد في أنقرة.", published=dt.date(2025, 9, 19))
    assert spans(found) == [("TR", dt.date(2025, 9, 18), dt.date(2025, 9, 18))]


def test_a_bodys_approval_is_no_session_he_attended():
    found = events("ويأتي احتضان مراكش لهذا الموعد بعدما حظي الترشيح المغربي بموافقة الجمعية العامة للأنتربول سنة "
                   "2023، بعد دورة 2007 التي احتضنتها المدينة الحمراء.", published=dt.date(2025, 11, 20))
    assert found == []


def test_his_predecessors_engagements_are_theirs():
    found = events("شارك عبد اللطيف حموشي في دورات عدة للأنتربول.\nوعلى المستوى الخارجي، ترأس الرميل وفد المملكة إلى "
                   "الدورة 82 للجمعية العامة للأنتربول بقرطاجنة الكولومبية في أكتوبر 2013.",
                   title="مدراء الأمن الوطني قبل حموشي")
    assert found == []


def test_his_title_in_apposition_to_another_officials_name_is_that_officials():
    found = events("استقبل بوشعيب الرميل، المدير العام للأمن الوطني، أمس الأربعاء بالرباط، المدير الوطني لشرطة "
                   "الأمن العمومي البرتغالية.", title="الأمن الوطني", published=dt.date(2014, 11, 13))
    assert found == []


def test_a_session_another_attended_in_his_stead_is_not_his():
    found = events("انطلقت اليوم الثلاثاء بالعاصمة القطرية الدوحة أشغال المؤتمر الدولي لأمن التظاهرات الرياضية.\n"
                   "وترأس الوفد المغربي محمد الدخيسي، المدير المركزي للشرطة القضائية، نيابة عن المدير العام للأمن "
                   "الوطني ولمراقبة التراب الوطني عبد اللطيف حموشي.",
                   title="الدخيسي يمثل حموشي في مؤتمر الدوحة", published=dt.date(2025, 10, 14))
    assert found == []


def test_an_item_under_its_days_heading_in_a_review_is_that_days():
    found = events("نشر في 08/01/2025\nشكلت سنة 2024 محطة بارزة في أجندة عبد اللطيف حموشي.\n\n22/01/2024 – الرباط\n"
                   "استقبل حموشي بمقر "
                   "المديرية العامة مدير المكتب الفيدرالي للشرطة بسويسرا.",
                   title="2024 في أجندة حموشي: محطات بالتواريخ", published=dt.date(2025, 1, 8))
    assert spans(found) == [("CH", dt.date(2024, 1, 22), dt.date(2024, 1, 22))]


def test_the_official_a_verb_takes_as_its_pronoun_is_the_one_named_before():
    found = events("وتأتي هذه الزيارة بعد أشهر من زيارة قام بها المدير العام للشرطة الوطنية الغانية إلى المغرب، إذ سبق "
                   "لحموشي أن استقبله في يونيو 2022 بالرباط.", published=dt.date(2023, 2, 21))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found
            if c["start_date"].year == 2022] == [("GH", "hosted", dt.date(2022, 6, 1))]


def test_this_second_visit_is_the_one_told():
    found = events("استقبل عبد اللطيف حموشي، أمس الثلاثاء بالرباط، مستشار الأمن الوطني الإماراتي.\nوتعد هذه ثاني "
                   "زيارة للمسؤول الإماراتي إلى المملكة خلال السنة الجارية.", published=dt.date(2025, 9, 17))
    assert spans(found) == [("AE", dt.date(2025, 9, 16), dt.date(2025, 9, 16))]


def test_a_head_of_states_visit_is_the_kings_to_host():
    found = events("التقى عبد اللطيف حموشي، أمس الثلاثاء بالرباط، وزير الداخلية الفرنسي.\nويختتم الرئيس الفرنسي "
                   "زيارته اليوم الأربعاء بمحطة في مدينة مراكش.", published=dt.date(2024, 10, 30))
    assert spans(found) == [("FR", dt.date(2024, 10, 29), dt.date(2024, 10, 29))]


def test_the_games_venue_is_not_where_he_met():
    found = events("ثم جاء دور الفرنسيين، إذ استقبل حموشي في أبريل 2024 وزير الداخلية الفرنسي، في زيارة طغى عليها "
                   "هاجس تأمين الألعاب الأولمبية بباريس.", published=dt.date(2024, 12, 30))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("FR", "hosted")]



def test_a_team_of_his_force_is_not_he():
    found = events("فاز فريق من المديرية العامة للأمن الوطني، أمس الأربعاء بدبي، بجائزة التميز خلال فعاليات القمة "
                   "العالمية للشرطة.", published=dt.date(2025, 5, 15))
    assert found == []


def test_a_decree_granting_an_honour_is_not_its_ceremony():
    found = events("نشرت الجريدة الرسمية الإسبانية، اليوم الاثنين، المرسوم الملكي القاضي بمنح عبد اللطيف حموشي، المدير "
                   "العام للأمن الوطني ولمراقبة التراب الوطني، الصليب الأكبر لوسام الاستحقاق للحرس المدني.",
                   published=dt.date(2025, 9, 22))
    assert found == []


def test_a_sea_or_lake_named_after_a_country_names_no_country():
    found = events("استقبل حموشي، أمس الأربعاء بالرباط، المفتش العام للشرطة النيجيرية.\nوجاءت هذه الزيارة بعد أخرى "
                   "أداها المفتش العام للشرطة الغانية إلى المملكة، إذ استقبله حموشي في يناير الماضي بالرباط، وبحث "
                   "الطرفان تأمين الممرات البحرية لخليج غينيا ومحاربة الجماعات المسلحة في حوض بحيرة تشاد.",
                   published=dt.date(2025, 3, 13))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("NG", "hosted", dt.date(2025, 3, 12)), ("GH", "hosted", dt.date(2025, 1, 1))]


def test_the_guests_arrival_the_evening_before_his_reception_is_that_visit_s_first_day():
    found = events("استقبل حموشي، اليوم الثلاثاء بمقر المديرية العامة بالرباط، قائد الشرطة الكينية.\nوكان المسؤول "
                   "الكيني قد حل بالرباط مساء أمس الاثنين على رأس وفد أمني.", published=dt.date(2024, 10, 15))
    assert spans(found) == [("KE", dt.date(2024, 10, 14), dt.date(2024, 10, 15))]


def test_the_delegation_going_on_with_its_visit_the_next_day_is_that_visit():
    found = events("أجرى حموشي، أمس الأربعاء بالرباط، مباحثات مع المدير الوطني للشرطة البرتغالية، الذي يزور المملكة "
                   "على رأس وفد أمني.\nويواصل الوفد البرتغالي، اليوم الخميس، برنامج زيارته بالتوجه إلى مدينة أكادير.",
                   published=dt.date(2025, 5, 8))
    assert spans(found) == [("PT", dt.date(2025, 5, 7), dt.date(2025, 5, 8))]


def test_a_date_that_opens_a_new_clause_after_since_is_not_in_the_since_phrase():
    found = events("ولم يكن هذا أول لقاء لحموشي بمسؤولين أتراك منذ مطلع السنة، ففي فبراير 2025 استقبل بالرباط المدير "
                   "العام للأمن التركي.", published=dt.date(2025, 4, 2))
    assert spans(found) == [("TR", dt.date(2025, 2, 1), dt.date(2025, 2, 28))]


def test_another_official_a_headline_adds_after_him_is_not_whom_the_lead_goes_on_with():
    found = events("تتواصل اليوم الثلاثاء بالرباط أشغال المؤتمر الإفريقي لقادة أجهزة الشرطة، الذي انطلق أمس بمشاركة "
                   "وفود من ثلاثين دولة.", title="حموشي يترأس مؤتمر قادة الشرطة الأفارقة.. ولفتيت في الموعد",
                   published=dt.date(2025, 6, 17))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("MA", "conference", dt.date(2025, 6, 16))]


def test_no_visit_at_all_is_no_visit():
    found = events("وعلى خلاف السنوات الماضية، لم تشهد سنة 2024 أي زيارة رسمية لحموشي إلى كندا، وإن ظل التنسيق قائما.",
                   published=dt.date(2024, 12, 30))
    assert found == []


def test_a_meeting_held_without_him_taking_part_is_not_his():
    found = events("أما المفتش العام للقوات المساعدة، فقد استقبل في أكتوبر 2024 قائد الحرس الوطني التونسي، دون أن "
                   "يشارك حموشي في هذا الاجتماع.", published=dt.date(2024, 12, 30))
    assert found == []


def test_his_visit_abroad_he_goes_on_with_the_next_day_is_that_visit():
    found = events("حل حموشي، أمس الأربعاء، بالعاصمة اليونانية أثينا في زيارة عمل.\nويواصل حموشي اليوم الخميس زيارته "
                   "إلى أثينا، حيث يرتقب أن يلتقي قائد الشرطة اليونانية.", published=dt.date(2025, 10, 9))
    assert spans(found) == [("GR", dt.date(2025, 10, 8), dt.date(2025, 10, 9))]


def test_a_stamp_line_with_its_update_time_dates_the_page():
    article = extraction("نشر في: 14 يناير 2025 - 10:20 | آخر تحديث: 14 يناير 2025 - 11:05\nاستقبل حموشي، أمس الاثنين "
                         "بالرباط، المدير العام للشرطة الوطنية السنغالية.")
    assert (article.published_date, article.published_source) == (dt.date(2025, 1, 14), "dateline")
    assert spans(c for c in article.event_candidates if c["is_event"]) == [
        ("SN", dt.date(2025, 1, 13), dt.date(2025, 1, 13))]


def test_the_same_year_after_a_plan_s_year_is_the_year_the_review_told():
    found = events("وفي نونبر 2024، شارك حموشي في أشغال الجمعية العامة للأنتربول بمدينة غلاسكو، وهي الدورة التي تسلم "
                   "فيها المغرب مشعل تنظيم دورة خريف 2025.\nكما عقد حموشي خلال السنة ذاتها جلسات عمل مع قائد الشرطة "
                   "اليونانية.", published=dt.date(2024, 12, 31))
    assert [(c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("GB", dt.date(2024, 11, 1), dt.date(2024, 11, 30)), ("GR", dt.date(2024, 1, 1), dt.date(2024, 12, 31))]


def test_a_foreign_official_who_decorated_him_named_by_a_pronoun_decorated_him():
    found = events("وتوالت أوجه التقدير الدولي لعمل حموشي.\nوفي مارس 2021، قلده الرئيس البرتغالي وسام الاستحقاق من "
                   "درجة ضابط كبير.", published=dt.date(2021, 12, 30))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("PT", "honor", dt.date(2021, 3, 1))]


def test_the_official_he_went_to_meet_is_the_one_met():
    found = events("حل حموشي في يناير بالعاصمة البريطانية لندن، ثم عاد في أبريل إلى المنطقة، من بوابة مسقط هذه المرة، "
                   "للقاء نظيره العماني.", published=dt.date(2024, 12, 31))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [
        ("GB", dt.date(2024, 1, 1)), ("OM", dt.date(2024, 4, 1))]


def test_the_second_half_of_a_month_is_no_second_day():
    found = events("وفي النصف الثاني من يونيو، توجه حموشي إلى أثينا في زيارة عمل التقى خلالها قائد الشرطة اليونانية.",
                   published=dt.date(2023, 12, 29))
    assert spans(found) == [("GR", dt.date(2023, 6, 1), dt.date(2023, 6, 30))]


def test_each_party_a_review_adds_with_and_with_is_a_meeting_of_its_own():
    found = events("وفي نونبر 2023، شارك حموشي في أشغال الجمعية العامة للأنتربول بفيينا.\nوإلى جانب هذه المحطات، عقد "
                   "حموشي خلال السنة ذاتها جلسات عمل مع المدير العام للشرطة الكينية، ومع قائد الشرطة اليونانية، تناولت "
                   "تبادل المعلومات.", published=dt.date(2023, 12, 30))
    assert sorted((c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found) == [
        ("AT", "conference", dt.date(2023, 11, 1)), ("GR", "meeting", dt.date(2023, 1, 1)),
        ("KE", "meeting", dt.date(2023, 1, 1))]


def test_a_review_of_last_year_written_in_january_reads_january_in_that_year():
    found = events("مع طي صفحة سنة 2021، نستعرض أبرز المحطات الدولية لحموشي.\nافتتح حموشي السنة باستقبال قائد الشرطة "
                   "اليونانية في يناير بالرباط.", title="حصيلة 2021.. سنة حافلة", published=dt.date(2022, 1, 4))
    assert spans(found) == [("GR", dt.date(2021, 1, 1), dt.date(2021, 1, 31))]


def test_a_country_named_in_the_setting_is_not_the_party():
    found = events("وكانت اليونان قد بادرت إلى تكريم حموشي، إذ منحته في أكتوبر 2016 وسام الاستحقاق الأمني، في سياق "
                   "التوتر الذي طبع العلاقات الأمنية المغربية الفرنسية.", published=dt.date(2019, 5, 2))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("GR", "honor")]


def test_the_police_institute_s_director_who_received_a_delegation_is_not_he():
    found = events("أشرف حموشي على تعيين مسؤولين جدد.\nومن جهة أخرى، استقبل مدير المعهد الملكي للشرطة، أمس الثلاثاء، "
                   "وفدا من ضباط الشرطة الغابونية في إطار دورة تكوينية.", published=dt.date(2025, 2, 12))
    assert found == []


def test_each_official_received_both_of_is_a_reception_of_its_own():
    found = events("وفي النصف الثاني من يونيو 2016، استقبل حموشي بالرباط، مع فارق أيام معدودة، كلا من المدير العام "
                   "للشرطة الوطنية بالنمسا، ورئيس جهاز الأمن الداخلي اليوناني.", published=dt.date(2016, 12, 30))
    assert sorted((c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found) == [
        ("AT", "hosted_visit", dt.date(2016, 6, 1)), ("GR", "hosted_visit", dt.date(2016, 6, 1))]


def test_each_stop_of_a_tour_then_the_next_is_a_visit_of_its_own():
    found = events("وفي الأسبوع الأخير من أبريل 2018، قاد حموشي جولة خليجية حل خلالها بمسقط ثم بالكويت، حيث التقى قادة "
                   "الأجهزة الأمنية في البلدين.", published=dt.date(2018, 12, 29))
    assert sorted((c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found) == [
        ("KW", "visit_abroad", dt.date(2018, 4, 1)), ("OM", "visit_abroad", dt.date(2018, 4, 1))]


def test_the_days_of_a_tour_of_several_countries_hold_each_stop_without_being_its_days():
    found = events("اختتم حموشي يوم السبت 14 أكتوبر 2023 جولة إفريقية امتدت أربعة أيام، قادته إلى داكار ثم إلى "
                   "أبيدجان، حيث التقى وزيري الأمن في البلدين.", published=dt.date(2023, 10, 15))
    assert [(c["country_iso2"], c["start_date"], c["end_date"], c["date_source"]) for c in found] == [
        ("SN", dt.date(2023, 10, 11), dt.date(2023, 10, 14), "tour_span"),
        ("CI", dt.date(2023, 10, 11), dt.date(2023, 10, 14), "tour_span")]
    found = events("عاد حموشي مساء الجمعة 13 أكتوبر 2023 إلى الرباط، بعد جولة امتدت أربعة أيام، شملت غينيا ومالي.",
                   published=dt.date(2023, 10, 15))
    # Each country the tour took in is a visit abroad of its own, within the tour's days.
    assert [(c["country_iso2"], c["meeting_type"], c["direction"], c["start_date"], c["date_source"])
            for c in found] == [("GN", "visit_abroad", "abroad", dt.date(2023, 10, 10), "tour_span"),
                                ("ML", "visit_abroad", "abroad", dt.date(2023, 10, 10), "tour_span")]
    found = events("قام حموشي يومي 11 و12 أكتوبر 2023 بزيارة عمل إلى داكار، التقى خلالها وزير الداخلية السنغالي.",
                   published=dt.date(2023, 10, 15))
    assert [(c["country_iso2"], c["date_source"]) for c in found] == [("SN", "text")]  # one country: its own days
    found = events("حل حموشي يوم الأحد 8 أكتوبر 2023 بداكار ثم انتقل إلى أبيدجان.", published=dt.date(2023, 10, 15))
    assert {c["date_source"] for c in found} == {"text"}  # one day is the day told, not a span holding others


def test_a_stop_the_article_dates_alone_keeps_its_own_day_not_the_tours():
    found = events("عاد حموشي ليلة الأربعاء 1 مارس 2023 إلى الرباط، بعد جولة إفريقية امتدت أربعة أيام، شملت غينيا "
                   "ومالي.\n"
                   "وكانت المحطة الأولى العاصمة الغينية كوناكري، التي وصلها حموشي يوم الأحد 26 فبراير.",
                   published=dt.date(2023, 3, 2))
    assert sorted((c["country_iso2"], c["start_date"], c["end_date"], c["meeting_type"], c["date_source"])
                  for c in found) == [
        ("GN", dt.date(2023, 2, 26), dt.date(2023, 2, 26), "visit_abroad", "text"),
        ("ML", dt.date(2023, 2, 26), dt.date(2023, 3, 1), "visit_abroad", "tour_span")]


def test_the_third_day_counts_in_the_tour_told_before_the_days_told_one_by_one():
    found = events("أنهى حموشي جولة عمل أوروبية امتدت بين 3 و6 أبريل 2017.\nحل حموشي بالعاصمة البلجيكية يوم الاثنين 3 "
                   "أبريل، وعقد في اليوم الموالي مباحثات مع المفوضة العامة للشرطة الفيدرالية البلجيكية.\nفي اليوم "
                   "الثالث، انتقل "
                   "إلى لاهاي، حيث استقبله قائد الشرطة الهولندية.", published=dt.date(2017, 4, 7))
    assert sorted((c["country_iso2"], c["start_date"], c["end_date"]) for c in found) == [
        ("BE", dt.date(2017, 4, 3), dt.date(2017, 4, 4)), ("NL", dt.date(2017, 4, 5), dt.date(2017, 4, 5))]


def test_his_title_right_before_another_moroccans_name_is_that_ones():
    found = events("عقد وزير الداخلية، أمس الخميس بالرباط، جلسة مباحثات مع نظيره الإسباني، الذي يقوم بزيارة عمل قصيرة "
                   "للمملكة.\nوحضر هذا اللقاء، عن الجانب المغربي، المدير العام للأمن الوطني بوشعيب الرميل وعدد من "
                   "الولاة، "
                   "فيما رافق الوزير الإسباني مدير الحرس المدني.", published=dt.date(2014, 11, 7))
    assert found == []


def test_the_meeting_told_again_paragraphs_later_is_still_the_other_officials():
    body = ("عقد وزير الداخلية، أمس الخميس بالرباط، جلسة مباحثات مع نظيره الإسباني.\nوتناولت المباحثات الهجرة.\n"
            "وشارك في الجلسة مسؤولون من الجانبين.\nوأشاد الطرفان بمستوى التنسيق.\nوفي تصريح للصحافة عقب اللقاء، نوه "
            "الوزير الإسباني بالتعاون الاستخباراتي مع المغرب، مشيرا إلى العمليات المشتركة التي شاركت فيها المديرية "
            "العامة لمراقبة التراب الوطني التي يديرها عبد اللطيف حموشي إلى جانب الشرطة الإسبانية.")
    assert events(body, published=dt.date(2014, 11, 7)) == []
    # Named as the one who held it, he did.
    body = body.replace("وفي تصريح للصحافة عقب اللقاء، نوه الوزير الإسباني", "وعلى هامش اللقاء، عقد حموشي جلسة عمل مع "
                        "الوزير الإسباني، ونوه")
    assert [c["country_iso2"] for c in events(body, published=dt.date(2014, 11, 7))] == ["ES"]


def test_his_excellency_who_met_him_is_the_foreign_official_the_page_named_last():
    found = events("الرباط، الثلاثاء 23 يناير 2024 - حل وزير الداخلية البحريني بالرباط أمس الاثنين في زيارة رسمية "
                   "للمملكة "
                   "تستغرق ثلاثة أيام.\nوكان معاليه قد التقى اليوم السيد عبد اللطيف حموشي بمقر المديرية العامة للأمن "
                   "الوطني.", title="وزير الداخلية البحريني في الرباط")
    assert [(c["country_iso2"], c["start_date"], c["meeting_type"]) for c in found] == [
        ("BH", dt.date(2024, 1, 23), "hosted_visit")]


def test_whom_he_met_on_a_sessions_sidelines_does_not_move_the_session():
    found = events("وكان الحدث الأبرز احتضان مراكش، من 24 إلى 27 نونبر الماضي، للدورة 93 للجمعية العامة للأنتربول، "
                   "التي "
                   "شارك حموشي في جلساتها، وأجرى على هامشها مباحثات مع المدير العام للشرطة الوطنية الإسبانية "
                   "فرانسيسكو باردو بيكيراس.", published=dt.date(2025, 12, 31))
    assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in found] == [("MA", "conference", "hosted")]


def test_whom_he_received_is_not_the_subject_of_the_next_clause():
    found = events("حموشي يواصل انفتاحه. ففي مارس الماضي استقبل بالرباط المفوض العام للشرطة الفيدرالية البلجيكية، ويوم "
                   "الثلاثاء الماضي كان بالقاهرة، حيث أجرى مباحثات مع وزير الداخلية المصري.",
                   published=dt.date(2026, 5, 14))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [
        ("BE", dt.date(2026, 3, 1)), ("EG", dt.date(2026, 5, 12))]


def test_after_a_sentence_that_opens_on_his_receiving_he_goes_on():
    found = events("لم تكن سنة 2023 عادية في سجل حموشي.\nوقع حموشي في شتنبر مذكرة تفاهم مع الشرطة البلجيكية. وفي "
                   "نونبر، استقبل بالرباط المدير الوطني "
                   "للشرطة البرتغالية، الذي حل بالمغرب ضمن وفد يقوده وزير الداخلية البرتغالي. كما جمعته خلال السنة "
                   "لقاءات "
                   "برئيس الشرطة الإيطالية.")
    assert [c["country_iso2"] for c in found] == ["BE", "PT", "IT"]


def test_the_same_year_as_a_relative_date_on_an_undated_page_stays_unknown():
    found = events("وفي سنة 2018، جمعته جلسة عمل بالمدير العام لجهاز أمن الدولة النيجيري.\nوفي مارس من السنة الماضية، "
                   "استقبل حموشي بالرباط المدير العام للشرطة السنغالية. وفي أواخر السنة نفسها، وقع حموشي اتفاقا مع "
                   "المدير "
                   "العام للأمن الوطني الموريتاني.")
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("NG", dt.date(2018, 1, 1))]


def test_a_delegation_he_sent_is_not_one_he_was_in():
    found = events("انطلقت، صباح اليوم الأربعاء بتونس، أشغال المؤتمر 48 لقادة الشرطة والأمن العرب، بمشاركة وفد مغربي "
                   "يقوده محمد الدخيسي.\nويضم الوفد المغربي، الذي كلفه المدير العام للأمن الوطني ولمراقبة التراب "
                   "الوطني، عبد اللطيف حموشي، بتمثيل المديرية، عددا من الأطر.", published=dt.date(2024, 12, 4))
    assert found == []
    found = events("وتأتي مشاركة الوفد المغربي في دورة سنغافورة بعد أيام من إعلان المديرية العامة، مطلع الشهر "
                   "الجاري، عن "
                   "إحداث فرقة جديدة.", title="وفد أمني مغربي بسنغافورة بتعليمات من حموشي",
                   published=dt.date(2026, 3, 9))
    assert found == []


def test_meetings_shared_out_in_a_count_are_counted_not_told():
    found = events("وتوزعت لقاءات 2021 على ثلاثة مع مسؤولين أوروبيين، ولقاءين مع الأميركيين، إضافة إلى لقاء مع الجانب "
                   "الإماراتي وآخر مع نظيره التركي.", title="حموشي في 2021")
    assert found == []


def test_the_month_of_a_trip_and_the_days_of_its_meeting_are_one_trip():
    found = events("ففي ماي 2023، عاد حموشي إلى العاصمة الروسية للمشاركة في الاجتماع الحادي عشر لكبار المسؤولين "
                   "الأمنيين، "
                   "المنعقد بين 23 و25 من الشهر نفسه، حيث التقى أمين مجلس الأمن الروسي.")
    assert [(c["country_iso2"], c["start_date"], c["end_date"], c["meeting_type"], c["direction"]) for c in found] == [
        ("RU", dt.date(2023, 5, 23), dt.date(2023, 5, 25), "visit_abroad", "abroad")]


def test_what_is_planned_later_in_a_visit_under_way_does_not_make_it_a_plan():
    found = events("ويقوم حموشي بزيارة عمل للصين تستغرق ثلاثة أيام بدأت أمس (الاثنين)، ومن المقرر أن يطلع غدا "
                   "(الأربعاء) "
                   "على مركز القيادة.", published=dt.date(2019, 9, 17))
    assert spans(found) == [("CN", dt.date(2019, 9, 16), dt.date(2019, 9, 18))]
    # Planned before the visit's own words, it is the visit's tense.
    [plan] = extraction("أما في فيينا، فينتظر أن يلتقي حموشي مسؤولين بوزارة الداخلية النمساوية، وأن يزور مقر مكتب "
                        "الأمم المتحدة، في أكتوبر 2018.", published=dt.date(2018, 10, 1)).event_candidates
    assert plan["reject_reason"] == "planned_or_future"


def test_a_xinhua_dispatch_is_dated_by_its_dateline_and_stamp():
    found = events("/مصدر: شينخوا/ 2019:09:17.20:41\nبكين 17 سبتمبر 2019 (شينخوا) التقى وزير الأمن العام الصيني، اليوم "
                   "(الثلاثاء) في بكين، مع عبد اللطيف حموشي.\nوكان حموشي قد وصل أمس (الاثنين) إلى بكين.")
    stamped = extraction("/مصدر: شينخوا/ 2019:09:17.20:41\nالتقى وزير الأمن العام الصيني حموشي.")
    assert stamped.published_date == dt.date(2019, 9, 17)
    assert sorted(spans(found)) == [("CN", dt.date(2019, 9, 16), dt.date(2019, 9, 16)),
                                    ("CN", dt.date(2019, 9, 17), dt.date(2019, 9, 17))]


def test_the_honour_he_received_from_the_givers_hand_is_his():
    found = events("نال حموشي أول وسام أجنبي سنة 2014.\nأما التتويج الأبرز فكان في أكتوبر 2019، حين تسلم بمدريد، من يد "
                   "وزير الداخلية الإسباني، الصليب الأكبر لوسام الاستحقاق الشرطي.")
    assert ("ES", "honor", dt.date(2019, 10, 1)) in [(c["country_iso2"], c["meeting_type"], c["start_date"])
                                                     for c in found]


def test_a_delegation_that_arrived_is_the_delegations_trip():
    found = events("يقوم وفد من المديرية العامة للأمن الوطني، بتعليمات من حموشي، بجولة عمل في غرب إفريقيا.\nوقد حط "
                   "الوفد الرحال يوم الاثنين الماضي بكوتونو، حيث أشرف على ورشة تكوينية.",
                   published=dt.date(2022, 5, 12))
    assert found == []


def test_the_last_stop_of_his_tour_that_he_reached_is_his():
    found = events("وانتقل حموشي يوم الأربعاء إلى فيينا، حيث عقد جلسات عمل مع مديرة الاستخبارات النمساوية.\nأما المحطة "
                   "الأخيرة فكانت العاصمة السويسرية برن، التي حل بها يوم الجمعة، وأجرى فيها على مدى يومين مباحثات مع "
                   "مدير جهاز الاستخبارات الفيدرالي السويسري.", published=dt.date(2023, 10, 9))
    assert [(c["country_iso2"], c["start_date"], c["end_date"], c["direction"]) for c in found] == [
        ("AT", dt.date(2023, 10, 4), dt.date(2023, 10, 4), "abroad"),
        ("CH", dt.date(2023, 10, 6), dt.date(2023, 10, 7), "abroad")]


def test_a_foreign_police_chief_receiving_moroccos_ambassador_is_not_his_meeting():
    found = events("أعلنت الشرطة الاتحادية الألمانية أن رئيسها استقبل، يوم الاثنين بمقرها، سفيرة المملكة المغربية لدى "
                   "ألمانيا.\nوأضاف البلاغ أن المسؤول الألماني جدد، عبر السفيرة، الدعوة الموجهة إلى حموشي لزيارة مقر "
                   "الشرطة الاتحادية.", published=dt.date(2026, 1, 22))
    assert found == []


def test_a_state_after_its_police_is_whose_police_not_where_they_met():
    found = events("على مدى ثلاثة أيام، من الاثنين 13 إلى الأربعاء 15 يناير الجاري، عاشت المديرية العامة للأمن الوطني "
                   "على إيقاع زيارة عمل قام بها المدير العام للشرطة الوطنية بجمهورية الغابون، والتقى خلالها حموشي.",
                   published=dt.date(2025, 1, 16))
    # Not a visit abroad: the sentence places it nowhere (the page's next lines say Rabat).
    assert [(c["country_iso2"], c["direction"], c["meeting_type"]) for c in found] == [("GA", "unknown", "meeting")]


def test_the_third_day_of_the_visit_is_that_visit():
    found = events("أجرى حموشي، أمس الثلاثاء بالرباط، مباحثات مع رئيس الشرطة النمساوية، الذي يزور المملكة على رأس "
                   "وفد.\nوفي اليوم الثالث من الزيارة، ينتقل الوفد النمساوي اليوم الأربعاء إلى مدينة فاس.",
                   published=dt.date(2025, 9, 17))
    assert spans(found) == [("AT", dt.date(2025, 9, 16), dt.date(2025, 9, 17))]


def test_a_date_after_an_engagement_brought_in_by_after_dates_that_one():
    found = events("وتأتي زيارة المسؤول البولندي أياما قليلة بعد استقبال حموشي، يوم 4 شتنبر الجاري بالرباط، للمفوضة "
                   "العامة للشرطة الوطنية الهولندية.", published=dt.date(2025, 9, 17))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("NL", dt.date(2025, 9, 4))]


def test_tomorrow_s_weekday_is_the_coming_one():
    article = extraction("استقبل حموشي، اليوم الأربعاء بالرباط، المدير العام للأمن الموريتاني.\nويختتم الضيف زيارته "
                         "غدا الخميس، على أن يعود وفده بعد غد الجمعة.", published=dt.date(2025, 6, 11))
    assert [(m["text"], m["start_date"]) for m in article.date_mentions if m["form"] == "bare_weekday"] == [
        ("الخميس", dt.date(2025, 6, 12)), ("الجمعة", dt.date(2025, 6, 13))]


def test_a_clause_that_opens_on_where_goes_on_with_the_scene_before_it():
    found = events("وكان المسؤول الليبي قد وصل إلى الرباط مساء الاثنين، حيث أجرى أمس الثلاثاء بالمقر المركزي للمديرية "
                   "العامة مباحثات مع عبد اللطيف حموشي.", title="المسؤول الليبي في مراكش",
                   published=dt.date(2025, 6, 11))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("LY", dt.date(2025, 6, 10))]


def test_a_party_the_page_denies_is_not_the_party():
    found = events("فالصورة لم تلتقط في أوتاوا، ولا علاقة لها بأي مسؤول كندي، بل تعود إلى حفل أقيم بالرباط يوم الاثنين "
                   "16 يونيو 2025، تسلم خلاله حموشي وسام ليوبولد البلجيكي من يد وزير الداخلية البلجيكي.",
                   published=dt.date(2025, 7, 1))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("BE", "honor")]


def test_a_decision_to_decorate_announced_is_no_honour_received():
    found = events("وكانت الحكومة الهولندية قد أعلنت، في أبريل الماضي، عن قرار منح هذا الوسام للمسؤول الأمني المغربي.",
                   published=dt.date(2025, 6, 17))
    assert found == []


def test_no_stranger_to_a_country_s_honours_keeps_that_country():
    found = events("والرجل ليس غريبا عن التكريمات اليونانية؛ فقد سبق لأثينا أن منحته سنة 2016 وسام الاستحقاق، قبل أن "
                   "تكرمه باريس لاحقا.", published=dt.date(2019, 5, 2))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("GR", "honor")]


def test_a_where_clause_that_goes_on_with_him_alone_adds_no_engagement():
    found = events("وترأس حموشي الوفد المغربي إلى أشغال الجمعية العامة للأنتربول بغلاسكو في نونبر 2024، حيث جرى "
                   "التحضير لاحتضان المملكة لدورة هذه السنة، وعقد خلالها مباحثات مع عدد من نظرائه.",
                   published=dt.date(2025, 2, 1))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("GB", dt.date(2024, 11, 1))]


# --- stages of a visit, denials, orders, honours (eleventh session) -------------------------
def test_the_way_home_closes_a_visit_of_stated_length():
    found = events("يعود عبد اللطيف حموشي، المدير العام للأمن الوطني ولمراقبة التراب الوطني، مساء اليوم السبت إلى أرض "
                   "الوطن، بعد زيارة عمل إلى اليونان دامت ثلاثة أيام.", published=dt.date(2025, 3, 15))
    assert [(c["country_iso2"], c["direction"], c["start_date"], c["end_date"]) for c in found] == [
        ("GR", "abroad", dt.date(2025, 3, 13), dt.date(2025, 3, 15))]


def test_a_visit_home_from_begun_on_a_day_counts_forward_from_it():
    found = events("عاد حموشي إلى أرض الوطن بعد زيارة عمل إلى اليونان استمرت ثلاثة أيام، بدأها الاثنين الماضي.",
                   published=dt.date(2025, 3, 15))
    assert spans(found) == [("GR", dt.date(2025, 3, 10), dt.date(2025, 3, 12))]


def test_the_way_home_is_the_first_place_after_the_return():
    found = events("وبعد عودته إلى الرباط، ترأس حموشي، أمس الجمعة، مراسم التوقيع على مذكرة تفاهم مع المفتش العام "
                   "للشرطة الكينية، الذي يقوم بزيارة عمل إلى المملكة.", published=dt.date(2025, 3, 15))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("KE", "hosted")]


def test_a_visit_closed_today_runs_from_the_day_it_ran_since():
    found = events("اختتم حموشي، صباح اليوم الخميس، زيارة العمل التي قادته منذ يوم الاثنين الماضي إلى هولندا.",
                   published=dt.date(2025, 3, 13))
    assert spans(found) == [("NL", dt.date(2025, 3, 10), dt.date(2025, 3, 13))]


def test_the_later_stages_of_a_trip_are_that_trip():
    found = events("وصل حموشي يوم الأحد إلى العاصمة النمساوية فيينا في زيارة عمل.\nوعقد يوم الاثنين جلسة مباحثات مع "
                   "المدير العام للأمن العام النمساوي.\nوقبل مغادرته فيينا صباح الثلاثاء، زار حموشي مختبر الشرطة "
                   "العلمية النمساوية.", published=dt.date(2025, 3, 19))
    assert spans(found) == [("AT", dt.date(2025, 3, 16), dt.date(2025, 3, 18))]


def test_an_honorary_doctorate_is_an_honour():
    found = events("منحت جامعة سلامنكا الإسبانية، أمس الأربعاء، عبد اللطيف حموشي شهادة الدكتوراه الفخرية.",
                   published=dt.date(2025, 3, 13))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("ES", "honor", dt.date(2025, 3, 12))]


def test_the_deeds_an_honour_recognizes_do_not_name_who_gave_it():
    found = events("وسبق أن منحته البرتغال سنة 2017 وسام الاستحقاق الأمني، تقديرا لدور مصالحه في تفكيك خلايا كانت "
                   "ترسل المقاتلين نحو ليبيا.", published=dt.date(2019, 5, 2))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("PT", "honor")]


def test_those_honoured_with_him_are_not_a_party_of_his_honour():
    found = events("انطلقت اليوم بالعاصمة التونسية أشغال الدورة السادسة والثلاثين لمجلس وزراء الداخلية "
                   "العرب.\nوفي ختام الجلسة، منح المجلس وسام الاستحقاق الأمني لعدد من القادة الأمنيين، "
                   "ومن بينهم قائد الشرطة في "
                   "جمهورية مصر العربية، والمدير العام للأمن الوطني عبد اللطيف حموشي.", published=dt.date(2019, 3, 6))
    # The council of ministers' session is the ministers' (a medal it gives may be handed over in his absence).
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("TN", "honor")]


def test_news_a_denial_names_did_not_take_place():
    denied = events("نفت المديرية العامة للأمن الوطني، في بلاغ لها اليوم، الأخبار التي تداولتها مواقع أجنبية، ومفادها "
                    "أن حموشي حل الأسبوع الماضي بالعاصمة السويدية ستوكهولم.", published=dt.date(2025, 3, 13))
    affirmed = events("نفت المديرية الأخبار التي تداولتها مواقع أجنبية، وأكدت أن حموشي استقبل أمس بالرباط سفير "
                      "السويد.", published=dt.date(2025, 3, 13))
    assert denied == []
    assert [(c["country_iso2"], c["start_date"]) for c in affirmed] == [("SE", dt.date(2025, 3, 12))]


def test_any_engagement_called_baseless_did_not_take_place():
    baseless = events("وأضاف المصدر أن الحديث عن أي لقاء جمع حموشي بمسؤولين سويديين بستوكهولم \"لا أساس له من الصحة\".",
                      published=dt.date(2025, 3, 13))
    headline = events("وقال المصدر إن المدير العام لم يغادر الرباط.", title="مصدر: لا أساس لـ\"زيارة سرية\" لحموشي "
                      "إلى ستوكهولم", published=dt.date(2025, 3, 13))
    no_signing = events("وأكد المصدر أنه لم يتم توقيع أي اتفاق بين حموشي والشرطة السويدية بستوكهولم.",
                        published=dt.date(2025, 3, 13))
    assert baseless == headline == no_signing == []


def test_what_he_ordered_others_to_do_is_not_his_engagement():
    assert events("وأصدر حموشي تعليماته بحضور اجتماع مدريد.", published=dt.date(2025, 3, 5)) == []


def test_a_decision_to_hold_a_session_is_a_plan():
    found = events("وقرر المشاركون عقد الدورة الثانية من الاجتماع بالعاصمة السنغالية داكار خلال سنة 2024.",
                   published=dt.date(2025, 3, 5))
    assert found == []


def test_the_talks_and_what_they_were_about_are_no_new_meeting():
    found = events("أجرى حموشي يومي 3 و4 مارس 2025 بواشنطن سلسلة لقاءات مع مسؤولين أمريكيين.\nوقال مصدر مطلع إن حموشي "
                   "التقى مدير مكتب التحقيقات الفيدرالي في مقر المكتب، قبل أن يجتمع في اليوم الموالي بمدير وكالة "
                   "الاستخبارات.\nوأوضح المصدر أن المباحثات تركزت على تهديدات التنظيمات الإرهابية بعد خسارتها "
                   "معاقلها في ليبيا.", published=dt.date(2025, 3, 5))
    assert [c["country_iso2"] for c in found] == ["US"]


def test_a_tie_that_dates_back_years_is_no_way_home():
    found = events("وتتحدث مصادر عن تنسيق قديم بين مصالح حموشي والشرطة الهولندية يعود إلى سنوات طويلة قبل "
                   "توقيع الاتفاق في يناير 2021، وعن زيارات لمسؤولين أمنيين هولنديين إلى الرباط.",
                   published=dt.date(2025, 3, 5))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("NL", "hosted")]


def test_a_guest_met_at_the_airport_the_day_before_is_that_visit():
    found = events("استقبل حموشي، أمس الإثنين بالرباط، المفوض العام للشرطة الفيدرالية النمساوية.\nوكان الوفد "
                   "النمساوي قد حل صباح الأحد بمطار الرباط سلا، حيث كان في استقباله سفير النمسا بالرباط.",
                   published=dt.date(2025, 3, 11))
    assert spans(found) == [("AT", dt.date(2025, 3, 9), dt.date(2025, 3, 10))]


def test_what_an_outlet_told_that_a_source_refutes_did_not_take_place():
    assert events("فند مصدر أمني، أمس الثلاثاء، ما تداوله موقع إلكتروني بشأن قيام حموشي بـ\"زيارة سرية\" إلى العاصمة "
                  "السويدية ستوكهولم.", published=dt.date(2025, 3, 12)) == []


def test_leaving_the_place_of_a_visit_of_days_closes_it_there():
    found = events("يغادر المدير العام للأمن الوطني ومراقبة التراب الوطني في المملكة المغربية، عبد اللطيف حموشي، "
                   "العاصمة الماليزية اليوم الأربعاء، منهيا زيارة رسمية استمرت ثلاثة أيام.",
                   published=dt.date(2025, 3, 12))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"], c["end_date"]) for c in found] == [
        ("MY", "visit_abroad", dt.date(2025, 3, 10), dt.date(2025, 3, 12))]


def test_where_he_arrived_may_follow_his_whole_title():
    found = events("حل المدير العام للأمن الوطني ومراقبة التراب الوطني عبد اللطيف حموشي بالمملكة العربية السعودية "
                   "يوم 3 مارس 2025 في زيارة عمل.", published=dt.date(2025, 3, 12))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("SA", "visit_abroad")]


def test_an_engagement_a_denial_takes_or_calls_alleged_did_not_take_place():
    refuted = events("وقال المصدر إن المدير العام لم يغادر الرباط.", title="مصدر أمني يفند \"الزيارة السرية\" "
                     "لحموشي إلى أوسلو", published=dt.date(2021, 3, 15))
    ascribed = events("وقال المصدر إن المدير العام لم يغادر الرباط.", title="\"الزيارة السرية\" المنسوبة لحموشي إلى "
                      "أوسلو لم تتم", published=dt.date(2021, 3, 15))
    alleged = events("وروجت منابر أجنبية، أمس الأحد، لقاء مزعوما بين حموشي ومسؤول نرويجي بأوسلو.",
                     published=dt.date(2021, 3, 15))
    taken_back = events("ونشرت صحيفة أجنبية، أمس الأحد، خبرا عن لقاء جمع حموشي بمسؤول نرويجي بأوسلو، وهو ما نفته مصادر "
                        "مطلعة.", published=dt.date(2021, 3, 15))
    unconfirmed = events("وتداولت مواقع أجنبية، أمس الأحد، أنباء عن لقاء جمع حموشي بمسؤول نرويجي بأوسلو، وهو ما لم "
                         "يتسن للجريدة التأكد منه.", published=dt.date(2021, 3, 15))
    assert refuted == ascribed == alleged == taken_back == unconfirmed == []


def test_a_meeting_that_may_be_scheduled_later_is_a_plan():
    assert events("وأضاف المصدر أن لقاء بين حموشي ومسؤولين نرويجيين \"قد يبرمج\" في أوسلو.",
                  published=dt.date(2021, 3, 15)) == []


def test_events_to_come_in_a_relative_clause_of_their_own_do_not_make_the_talks_a_plan():
    found = events("واستقبل حموشي أمس الخميس بالرباط سفير النرويج، الذي أجرى معه مباحثات حول تأمين التظاهرات الرياضية "
                   "التي سيحتضنها المغرب في السنوات المقبلة.", published=dt.date(2023, 5, 19))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("NO", dt.date(2023, 5, 18))]



def test_a_body_s_honour_on_the_day_of_its_session_sits_where_the_session_did():
    # The session is told as the council's; the official named after it is no party of the honour,
    # and the honour received in his absence says nothing of where he was.
    found = events("افتتحت صباح اليوم الاثنين 4 مارس 2024 بالعاصمة التونسية أشغال الدورة الحادية والأربعين "
                   "لمجلس وزراء الداخلية العرب، بمشاركة وزراء الداخلية العرب. وترأس الجلسة الافتتاحية وزير "
                   "الداخلية القطري. وفي ختام الجلسة، قرر المجلس منح وسام الأمير نايف للأمن العربي لعدد من القادة "
                   "الأمنيين، من بينهم المدير العام للأمن الوطني عبد اللطيف حموشي.",
                   title="مجلس وزراء الداخلية العرب يمنح أوسمة الأمير نايف لقادة أمنيين عرب")
    assert [(c["meeting_type"], c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("honor", "TN", "unknown", dt.date(2024, 3, 4))]


def test_the_moroccan_official_left_unnamed_is_whom_the_passage_is_about():
    his = events("استقبل عبد اللطيف حموشي بالرباط في مارس 2019 مدير الشرطة الإيطالية. أما كندا، فقد ظلت "
                 "حاضرة في أجندة المسؤول المغربي، إذ قادته زيارة عمل في أكتوبر 2019 إلى أوتاوا.")
    assert [(c["country_iso2"], c["meeting_type"]) for c in his] == [("IT", "hosted_visit"), ("CA", "visit_abroad")]
    # Another Moroccan official's passage: the unnamed official is he, not the principal.
    anothers = events("استقبل وزير الداخلية عبد الوافي لفتيت في مارس 2019 بالرباط نظيره الإيطالي. وفي أكتوبر 2019، "
                      "قادت زيارة عمل المسؤول المغربي إلى أوتاوا.", title="لفتيت يعزز التعاون مع روما")
    assert anothers == []


def test_the_honour_named_again_is_the_honour_told_not_the_visit_told_since():
    found = events("منحت الحكومة البلجيكية عبد اللطيف حموشي، يوم 12 أكتوبر 2021، وسام التاج من درجة ضابط أكبر. "
                   "وكان حموشي قد استقبل بالرباط في يناير 2020 المفوض العام للشرطة الفدرالية البلجيكية. "
                   "ويرى متابعون أن توقيت التكريم ليس اعتباطيا، إذ يأتي مع حاجة بلجيكا إلى خبرة المغرب.")
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"]) for c in found] == [
        ("honor", "BE", dt.date(2021, 10, 12)), ("hosted_visit", "BE", dt.date(2020, 1, 1))]


def test_a_unit_his_body_runs_takes_part_in_its_own_name():
    found = events("فازت الفرقة الوطنية للشرطة القضائية التابعة للمديرية العامة للأمن الوطني، يوم 3 ماي 2023 بالدوحة، "
                   "بجائزة الابتكار الأمني خلال أشغال المؤتمر الدولي للأمن السيبراني.")
    assert found == []
    # Named after the engagement word, the body is where the agreement's trainees go, not who signed it.
    found = events("ووقع الجانبان المغربي والغابوني، يوم 3 أبريل 2024 بالرباط، اتفاقية لتكوين ضباط غابونيين في المعاهد "
                   "التابعة للمديرية العامة للأمن الوطني.")
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("agreement", "GA")]


def test_those_decorated_in_one_list_with_him_are_no_party_of_his_honour():
    found = events("وقلد القائد العام لشرطة المنامة، يوم 14 فبراير 2022، وسام الاستحقاق الأمني لكل من عبد اللطيف "
                   "حموشي، ومفوض شرطة نيوزيلندا، والمدير العام للشرطة الوطنية البيروفية.")
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("honor", "BH")]
    # He decorates: the list is whom he honoured.
    found = events("وشح عبد اللطيف حموشي، يوم 9 ماي 2022 بالرباط، بأوسمة ملكية كلا من المفوض العام للشرطة "
                   "الفدرالية البلجيكية ونائبه.")
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("honor", "BE")]


def test_who_chaired_the_ceremony_did_not_lead_his_side():
    found = events("تسلم عبد اللطيف حموشي، يوم 17 أكتوبر 2023 بالرباط، ميدالية الشرف التي تمنحها الشرطة النمساوية، "
                   "وذلك في حفل ترأسه المدير العام للأمن العام لهذا الجهاز.")
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("honor", "AT")]


def test_a_foreign_official_who_receives_him_as_a_pronoun_hosted_him_abroad():
    found = events("عقد حموشي يوم 5 نونبر 2024 اجتماعا مع مدير جهاز الاستخبارات البلجيكي، قبل أن يستقبله وزير الداخلية "
                   "البلجيكي في لقاء بروتوكولي.")
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("BE", "abroad")]


def test_a_delegation_of_his_body_led_by_another_is_not_his():
    found = events("اختتم وفد من المديرية العامة للأمن الوطني، يوم الجمعة 7 أبريل 2017، زيارة عمل إلى العاصمة "
                   "الدنماركية كوبنهاغن استمرت ثلاثة أيام. وترأس الوفد، الذي حل بكوبنهاغن يوم الأربعاء 5 أبريل 2017، "
                   "مدير الاستعلامات العامة بالمديرية العامة.")
    assert found == []


def test_the_session_his_body_hosts_and_another_official_opens_is_not_his():
    found = events("افتتح والي الأمن عبد الرحيم الإدريسي، المدير المركزي للشرطة القضائية، يوم 10 ماي 2022 بالرباط، "
                   "أشغال الاجتماع الإقليمي للمنظمة الدولية للشرطة الجنائية، الذي تحتضنه المديرية العامة للأمن الوطني.")
    assert found == []


def test_the_visit_a_group_made_is_the_group_s():
    found = events("الرباط – الخميس 6 يونيو 2024\nاستقبل عبد اللطيف حموشي، اليوم الخميس بالرباط، مدير الأمن العام "
                   "الأردني. وأشار بلاغ إلى أن الجانبين وقعا مذكرة تفاهم، وهي المذكرة التي جرى التحضير لها منذ الزيارة "
                   "التي قام بها وفد تقني مغربي إلى عمان في أبريل الماضي.", title="مباحثات أمنية مغربية أردنية")
    assert [(c["meeting_type"], c["start_date"]) for c in found] == [("hosted_visit", dt.date(2024, 6, 6))]


def test_lebanon_s_and_oman_s_forces_name_their_country():
    found = events("استقبل عبد اللطيف حموشي يوم 6 ماي 2024 بالرباط المدير العام لقوى الأمن الداخلي، ثم استقبل يوم 8 "
                   "ماي 2024 المفتش العام لشرطة عمان السلطانية.")
    assert [c["country_iso2"] for c in found] == ["LB", "OM"]


def test_the_king_in_apposition_to_a_foreign_head_is_that_head():
    found = events("زار عبد اللطيف حموشي الرياض عام 2014. وفي عام 2019 قلده العاهل البحريني الملك حمد بن عيسى وسام "
                   "البحرين من الدرجة الأولى.")
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("visit_abroad", "SA"), ("honor", "BH")]



def test_waqa_as_befell_is_no_signing():
    found = events("الرباط – 14 يوليوز 2024\nوتعيش المنطقة منذ يوليوز 2024 على وقع تمدد الجماعات المتطرفة، وقالت "
                   "المصادر إن الخلط وقع على ما يبدو بين المدير العام ووفد أمني تنقل إلى مدريد في يوليوز 2024.")
    assert found == []


def test_a_story_called_fiction_after_it_is_denied():
    found = events("وكان موقع إسباني قد نشر أن عبد اللطيف حموشي حل بمدريد يوم 9 يوليوز 2024 على متن طائرة خاصة، وهي "
                   "رواية وصفتها المصادر المغربية بأنها «من نسج الخيال».")
    assert found == []


# --- the fourteenth session's rules ----------------------------------------------------------
def test_years_ago_counts_back_from_the_page_s_year():
    found = events("وسبق لعبد اللطيف حموشي أن حل قبل عامين بالعاصمة البلجيكية بروكسيل، حيث التقى المفوض العام للشرطة "
                   "الفيدرالية.", published=dt.date(2025, 3, 4))
    assert [(c["country_iso2"], c["start_date"], c["date_precision"]) for c in found] == [
        ("BE", dt.date(2023, 1, 1), "year")]
    found = events("وكان عبد اللطيف حموشي قد زار لشبونة قبل ثلاث سنوات.", published=dt.date(2025, 3, 4))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("PT", dt.date(2022, 1, 1))]


def test_years_ago_of_a_course_of_things_or_of_a_relative_clause_dates_no_engagement():
    # A process that began then, and a crisis a side clause dates: neither dates his meetings.
    for body in ("وتأتي زيارة حموشي إلى مدريد تتويجا لمسار انطلق قبل عامين.",
                 "وتعكس لقاءات حموشي بالمسؤولين الإسبان تجاوز الأزمة التي عرفتها العلاقات قبل سنتين."):
        assert [c["start_date"] for c in events(body, published=dt.date(2025, 3, 4))] in ([], [dt.date(2025, 3, 1)])


def test_a_gathering_morocco_hosts_that_is_not_of_security_is_not_his():
    body = ("استقبل عبد اللطيف حموشي، يوم 3 نونبر 2016 بالرباط، المدير العام للشرطة الفرنسية. وفي نونبر 2016، "
            "احتضنت مراكش مؤتمر المناخ كوب 22 بحضور رؤساء الدول والحكومات.")
    assert [(c["meeting_type"], c["country_iso2"]) for c in events(body)] == [("hosted_visit", "FR")]
    # A police gathering Morocco hosts is his force's, and his.
    body = ("استقبل عبد اللطيف حموشي، يوم 3 نونبر 2016 بالرباط، المدير العام للشرطة الفرنسية. وفي نونبر 2016، "
            "احتضنت مراكش المؤتمر الإفريقي لقادة الشرطة.")
    assert [c["meeting_type"] for c in events(body)] == ["hosted_visit", "conference"]
    # And one the sentence says he took part in.
    body = ("استقبل عبد اللطيف حموشي، يوم 3 نونبر 2016 بالرباط، المدير العام للشرطة الفرنسية. وفي نونبر 2016، "
            "احتضنت مراكش مؤتمر المناخ كوب 22، الذي شارك في تأمينه وحضر افتتاحه.")
    assert [c["meeting_type"] for c in events(body)] == ["hosted_visit", "conference"]


def test_a_training_course_is_its_trainees_unless_he_is_named_at_it():
    body = ("استقبل عبد اللطيف حموشي، يوم 4 مارس 2024 بالرباط، المدير العام للشرطة الهولندية. وانطلقت، يوم 5 مارس 2024 "
            "بمقر ولاية أمن طنجة، أشغال ورشة تكوينية يؤطرها خبراء من الشرطة الهولندية لفائدة 18 ضابطا.")
    assert [c["start_date"] for c in events(body)] == [dt.date(2024, 3, 4)]
    found = events("افتتح عبد اللطيف حموشي، يوم 5 مارس 2024 بالقنيطرة، أشغال دورة تكوينية لفائدة ضباط من الشرطة "
                   "الهولندية.")
    assert [(c["meeting_type"], c["start_date"]) for c in found] == [("conference", dt.date(2024, 3, 5))]


def test_a_visit_lasting_days_in_the_present_tense_spans_them():
    found = events("بدأ عبد اللطيف حموشي، أمس الاثنين، زيارة عمل إلى إيطاليا تستغرق ثلاثة أيام.",
                   published=dt.date(2023, 10, 17))
    assert spans(found) == [("IT", dt.date(2023, 10, 16), dt.date(2023, 10, 18))]


def test_a_sister_kingdom_s_paper_calls_its_own_country_the_kingdom():
    body = ("استقبل وزير الداخلية، بمكتبه صباح أمس، المدير العام للأمن الوطني بالمملكة المغربية الشقيقة عبد اللطيف "
            "حموشي، الذي يزور المملكة حاليا، وذلك بحضور سفير المملكة المغربية لدى مملكة البحرين.")
    found = events(body, title="وزير الداخلية يستقبل المسؤول الأمني المغربي", published=dt.date(2017, 10, 9))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("BH", "abroad", dt.date(2017, 10, 8))]
    # Filed from Rabat by an emirate's agency, the page's 'kingdom' stays Morocco.
    filed = ("الرباط في 5 فبراير /قنا/ اجتمع قائد الأمن الداخلي القطري، اليوم، مع السيد عبد اللطيف حموشي، في إطار "
             "زيارته للمملكة، بحضور سفير المغرب الشقيق. وكان المسؤول القطري قد زار مملكة البحرين الأسبوع الماضي.")
    assert [(c["country_iso2"], c["direction"]) for c in events(filed, title=None, published=dt.date(2025, 2, 5))] == [
        ("QA", "hosted")]


def test_days_of_one_trip_or_of_one_guest_s_visit_in_one_article_are_one_visit():
    body = ("استقبل وزير الداخلية، في مكتبه بالرياض أول من أمس، عبد اللطيف حموشي والوفد المرافق له. وغادر حموشي "
            "الرياض أمس، في ختام زيارة رسمية استغرقت ثلاثة أيام.")
    found = events(body, published=dt.date(2023, 11, 15))
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("visit_abroad", "SA", dt.date(2023, 11, 12), dt.date(2023, 11, 14))]
    body = ("ترأس عبد اللطيف حموشي، اليوم الجمعة بالقنيطرة، رفقة المدير العام للأمن الوطني الموريتاني، حفل تخرج فوج "
            "من الضباط. وكان حموشي قد استقبل ضيفه الموريتاني، أمس الخميس بالرباط، في مستهل زيارة عمل إلى المملكة.")
    found = events(body, published=dt.date(2025, 6, 27))
    assert spans(found) == [("MR", dt.date(2025, 6, 26), dt.date(2025, 6, 27))]
    # A day the page places nowhere it knows, inside his trip to the country, is a day of the trip.
    body = ("بدأ عبد اللطيف حموشي، أمس الثلاثاء، زيارة عمل إلى الجمهورية الإيطالية تستغرق يومين. وأجرى حموشي، أمس بمقر "
            "وزارة الداخلية بقصر فيميناله، جلسة مباحثات موسعة مع المسؤول الإيطالي.")
    assert spans(events(body, published=dt.date(2024, 10, 9))) == [("IT", dt.date(2024, 10, 8), dt.date(2024, 10, 9))]
    # 'ثاني أيام الزيارة' is a day of the visit told, not another engagement.
    body = ("بدأ عبد اللطيف حموشي، أمس الاثنين، زيارة عمل إلى إيطاليا تستغرق ثلاثة أيام. أما اليوم الثلاثاء، ثاني أيام "
            "الزيارة، فقد شهد جلسة مباحثات بين حموشي ورئيس الشرطة الإيطالية.")
    assert spans(events(body, published=dt.date(2023, 10, 17))) == [
        ("IT", dt.date(2023, 10, 16), dt.date(2023, 10, 18))]
    # Two guests of one country received on two days are two meetings: two bodies met, or no visit told.
    body = ("استقبل عبد اللطيف حموشي، يوم الاثنين 3 مارس 2025 بالرباط، مدير مكتب التحقيقات الفيدرالي، في إطار زيارة "
            "عمل. واستقبل، يوم الثلاثاء 4 مارس 2025، مدير وكالة المخابرات المركزية الأمريكية، في إطار زيارة عمل.")
    assert len(events(body)) == 2
    body = ("استقبل عبد اللطيف حموشي، يوم الاثنين 3 مارس 2025 بالرباط، وزير الداخلية الإسباني. واستقبل، يوم الثلاثاء 4 "
            "مارس 2025، سفير إسبانيا بالرباط.")
    assert len(events(body)) == 2


def test_the_two_sides_of_another_s_visit_lasting_days_are_its_parties():
    body = ("نواكشوط، الثلاثاء 4 مارس 2025\n"
            "حل بنواكشوط، اليوم الثلاثاء، وفد من المديرية العامة للأمن الوطني يقوده مدير الشرطة القضائية، في زيارة "
            "تستغرق يومين، موفدا من طرف المدير العام عبد اللطيف حموشي، لتتبع برنامج التعاون.\n"
            "واستقبل الوفد بمقر الإدارة العامة من طرف المدير العام للأمن الوطني الموريتاني. وبحث الجانبان برامج "
            "التكوين المشترك.")
    assert events(body, title="وفد أمني مغربي بنواكشوط") == []


def test_a_delegation_of_officers_of_his_body_travels_without_him():
    body = ("وأكد المصدر أن عبد اللطيف حموشي يتابع من الرباط تطورات التحقيق. وأضاف أن الأمر يتعلق بوفد تقني يضم أطرا "
            "من المديرية العامة لمراقبة التراب الوطني، حل بمدريد يوم الاثنين 21 غشت 2017 للمشاركة في التحقيقات.")
    assert events(body, title="مصدر أمني يوضح") == []


def test_the_one_met_after_kama_is_no_subject_of_the_trip_before_it():
    body = ("وفي مارس 2019، افتتح عبد اللطيف حموشي بالقنيطرة ندوة إقليمية حول البحث الجنائي.\n"
            "وفي شتنبر 2019، حل المدير العام بأبيدجان في زيارة عمل، كما التقى وزير الأمن الإيفواري.")
    found = events(body, title="حصاد سنة 2019", published=dt.date(2019, 12, 28))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("MA", dt.date(2019, 3, 1)),
                                                                      ("CI", dt.date(2019, 9, 1))]


def test_an_invitation_handed_over_is_a_plan():
    body = ("استقبل مدير الأمن العام الأردني، في مكتبه بعمان، سفير المملكة المغربية لدى الأردن.\n"
            "وسلم السفير اللواء مدير الأمن العام دعوة رسمية من المدير العام للأمن الوطني ومراقبة التراب الوطني عبد "
            "اللطيف حموشي لزيارة المغرب.")
    assert events(body, title="السفير المغربي يلتقي مدير الأمن العام", published=dt.date(2017, 10, 19)) == []


def test_an_engagement_put_off_or_called_off_did_not_take_place():
    body = ("وكان على أجندة عبد اللطيف حموشي لهذه السنة زيارة إلى واشنطن في أبريل 2020، قبل أن تؤجل إلى أجل غير مسمى "
            "بسبب إغلاق الحدود.")
    assert events(body, published=dt.date(2020, 12, 30)) == []
    # 'من أجل' is no putting off.
    found = events("حل عبد اللطيف حموشي بواشنطن في أبريل 2019 من أجل تعزيز التعاون الأمني.",
                   published=dt.date(2019, 12, 30))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("US", dt.date(2019, 4, 1))]


def test_a_guest_s_way_home_is_not_where_the_talks_were():
    body = ("أجرى رئيس الشرطة الإيطالية، يوم الأربعاء 14 ماي 2025، مباحثات مع عبد اللطيف حموشي، قبل أن يعود إلى روما "
            "ليلة اليوم.")
    assert [(c["country_iso2"], c["direction"]) for c in events(body)] == [("IT", "unknown")]
    # His going back to a capital is his visit there again.
    found = events("وفي يونيو 2022، عاد عبد اللطيف حموشي إلى واشنطن في زيارة عمل التقى خلالها مديرة الاستخبارات "
                   "الوطنية.")
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("US", "abroad")]


def test_a_group_after_the_next_verb_is_that_verb_s_not_the_traveller():
    body = ("وفي مارس 2019، افتتح عبد اللطيف حموشي بالقنيطرة ندوة إقليمية حول البحث الجنائي.\n"
            "وفي شتنبر 2019، حل المدير العام بأبيدجان في زيارة عمل، حضر خلالها حفل تخرج فوج من مفتشي الشرطة "
            "الإيفوارية.")
    found = events(body, title="حصاد سنة 2019", published=dt.date(2019, 12, 28))
    assert [c["country_iso2"] for c in found] == ["MA", "CI"]
    # The group right after the verb of going is who went.
    found = events("وفي شتنبر 2019، حل بأبيدجان فوج من مفتشي الشرطة المغربية في زيارة عمل.", title="حصاد سنة 2019",
                   published=dt.date(2019, 12, 28))
    assert found == []


def test_an_agreement_dated_by_its_year_inside_a_visit_of_that_year_is_the_visit_s():
    body = ("وشكلت زيارة عبد اللطيف حموشي إلى الرياض في نونبر الماضي أبرز المحطات خلال السنة المنصرمة، إذ أجرى خلالها "
            "مباحثات مع وزير الداخلية السعودي، تُوجت بالاتفاق على إحداث فريق عمل مشترك.")
    found = events(body, title="حصاد السنة", published=dt.date(2024, 1, 3))
    assert [(c["meeting_type"], c["start_date"]) for c in found] == [("visit_abroad", dt.date(2023, 11, 1))]
    # One signed elsewhere that year is another engagement.
    body = ("وشكلت زيارة عبد اللطيف حموشي إلى داكار في نونبر 2016 أبرز محطات السنة. وكان حموشي قد استقبل بالرباط، في "
            "وقت سابق من سنة 2016، نظيره السنغالي ووقعا مذكرة تفاهم.")
    assert len(events(body, title="حصاد السنة", published=dt.date(2016, 12, 30))) == 2


def test_a_noun_joined_to_a_counted_one_is_counted_with_it():
    body = ("وتجاوز عدد اللقاءات والمباحثات التي أجراها عبد اللطيف حموشي مع مسؤولين أجانب سنة 2023 أربعين لقاء، من "
            "بينهم مسؤولون إسبان.")
    assert events(body, title="حصاد السنة", published=dt.date(2024, 1, 3)) == []


def test_a_page_filed_in_a_kingdom_by_its_own_press_calls_it_the_kingdom():
    body = ("عمّان – الثلاثاء 26 تشرين الثاني 2019\n"
            "غادر عمّان اليوم الثلاثاء المدير العام للأمن الوطني في المملكة المغربية عبد اللطيف الحموشي، مختتما زيارة "
            "رسمية للمملكة بدأها الأحد، بحث خلالها مع كبار المسؤولين الأمنيين الأردنيين سبل تعزيز التعاون.")
    found = events(body, title="مدير الأمن المغربي يختتم زيارة رسمية إلى المملكة")
    assert [(c["country_iso2"], c["direction"], c["start_date"], c["end_date"]) for c in found] == [
        ("JO", "abroad", dt.date(2019, 11, 24), dt.date(2019, 11, 26))]
    # The Moroccan agency's dispatch from there keeps its 'المملكة' for Morocco.
    from sdw.extraction.article import _filed_in_a_kingdom
    from sdw.extraction.normalize import normalize_text

    reference = default_reference()
    assert _filed_in_a_kingdom([normalize_text("الرياض – 12 نونبر 2023 – حل عبد اللطيف حموشي")], {}, reference) == "SA"
    assert _filed_in_a_kingdom([normalize_text("الرياض – 12 نونبر 2023 (ومع) – حل عبد اللطيف حموشي")], {},
                               reference) is None


def test_days_of_a_trip_told_apart_in_one_article_are_one_visit():
    body = ("التقى مدير الأمن العام الأردني، اليوم الثلاثاء 5 نونبر 2019، عبد اللطيف حموشي. وكان حموشي قد التقى أمس "
            "الاثنين، فور وصوله إلى عمّان في زيارة عمل، مدير المخابرات العامة.")
    assert spans(events(body, published=dt.date(2019, 11, 5))) == [("JO", dt.date(2019, 11, 4), dt.date(2019, 11, 5))]
    # A report that says only 'a visit' takes the direction of the day told with it.
    body = ("استقبل وزير الداخلية المصري، أمس الاثنين، بمقر الوزارة بالقاهرة، السيد عبد اللطيف حموشي، في إطار زيارة "
            "العمل التي بدأها المسؤول المغربي لمصر أول أمس الأحد.")
    found = events(body, published=dt.date(2024, 10, 15))
    assert [(c["meeting_type"], c["direction"], c["start_date"], c["end_date"]) for c in found] == [
        ("visit_abroad", "abroad", dt.date(2024, 10, 13), dt.date(2024, 10, 14))]


# --- the fifteenth session: ways home, days to come, summits, topics ---------------------------
def test_a_guest_who_went_home_coming_from_morocco_was_hosted():
    body = ("عاد المفوض العام للشرطة السنغالية، مساء الأربعاء الماضي، إلى دكار، قادما من المملكة المغربية، بعد زيارة "
            "عمل دامت يومين، أجرى خلالها مباحثات مع نظيره المغربي عبد اللطيف حموشي.")
    found = events(body, title="عودة المفوض العام من الرباط", published=dt.date(2022, 3, 14))
    assert [(c["country_iso2"], c["direction"], c["start_date"], c["end_date"]) for c in found] == [
        ("SN", "hosted", dt.date(2022, 3, 8), dt.date(2022, 3, 9))]


def test_a_weekday_after_tomorrow_in_one_programme_is_to_come():
    from sdw.extraction.dates import DateGrammar
    from sdw.extraction.normalize import normalize_text

    grammar = DateGrammar(default_reference())
    told = normalize_text("ويشمل البرنامج زيارة مدرسة الشرطة يوم غد الخميس، قبل أن ينهي الوفد مقامه يوم السبت.")
    assert [m.parts.get("until") for m in grammar.find(told)] == ["tomorrow", "after_a_day_to_come"]
    # Without a day to come before it, the weekday is the latest one up to the page's day.
    told = normalize_text("وكان الوفد قد زار مدرسة الشرطة يوم السبت، قبل أن ينهي مقامه.")
    assert [m.parts.get("until") for m in grammar.find(told)] == [None]


def test_the_day_he_came_home_from_a_tour_is_its_end_not_an_engagement():
    from sdw.extraction.article import _fold_the_way_home

    def report(country, direction, start, end, sentence):
        return {"is_event": True, "reject_reason": None, "date_precision": "day", "direction": direction,
                "country_iso2": country, "start_date": start, "end_date": end, "sentence_text": sentence,
                "date_source": "text"}

    first_leg = report("QA", "abroad", dt.date(2019, 5, 5), dt.date(2019, 5, 6), "زار حموشي الدوحة يومي الأحد والاثنين")
    last_leg = report("KW", "unknown", dt.date(2019, 5, 7), dt.date(2019, 5, 7), "عرج على الكويت حيث التقى")
    way_home = report("QA", "unknown", dt.date(2019, 5, 7), dt.date(2019, 5, 7),
                      "وكان حموشي قد عاد إلى أرض الوطن مساء الثلاثاء، في ختام جولة خليجية استهلها بقطر")
    _fold_the_way_home([first_leg, way_home, last_leg])
    assert (way_home["is_event"], first_leg["is_event"], last_leg["is_event"]) == (False, True, True)
    # Home from the country of the last leg, it is left to the days of that trip; with no leg told, it is the trip.
    for legs in ([first_leg], []):
        way_home.update(is_event=True, reject_reason=None)
        _fold_the_way_home([*legs, way_home])
        assert way_home["is_event"]
    body = ("استقبل عبد اللطيف حموشي، أمس الخميس بالرباط، سفير اليابان بالمغرب. وكان حموشي قد عاد إلى أرض الوطن مساء "
            "الأربعاء الماضي، في ختام جولة أوروبية استهلها بالنمسا، التي زارها يومي الاثنين والثلاثاء، والتقى "
            "خلالها وزير الداخلية النمساوي. وفي طريق عودته، توقف المسؤول الأمني المغربي بالعاصمة السويسرية برن، "
            "حيث عقد، صباح الأربعاء، جلسة عمل مع مديرة الشرطة الفيدرالية السويسرية.")
    found = events(body, title="حموشي يستأنف لقاءاته بالرباط", published=dt.date(2022, 6, 10))
    assert sorted(spans(found)) == [("AT", dt.date(2022, 6, 6), dt.date(2022, 6, 7)),
                                    ("CH", dt.date(2022, 6, 8), dt.date(2022, 6, 8)),
                                    ("JP", dt.date(2022, 6, 9), dt.date(2022, 6, 9))]
    body = "عاد عبد اللطيف حموشي، أمس الخميس، إلى الرباط، في ختام زيارة عمل إلى إيطاليا دامت ثلاثة أيام."
    found = events(body, title="عودة حموشي من روما", published=dt.date(2021, 6, 4))
    assert spans(found) == [("IT", dt.date(2021, 6, 1), dt.date(2021, 6, 3))]


def test_boarding_the_flight_home_is_no_place_of_the_engagement():
    body = ("وكان عبد اللطيف حموشي قد حل بلشبونة يوم الثلاثاء 10 أكتوبر 2023 في زيارة عمل. وأجرى حموشي، صباح "
            "الأربعاء 11 أكتوبر، لقاء مع المدير الوطني لشرطة الأمن العمومي البرتغالية، قبل أن يستقل الطائرة في "
            "اتجاه المغرب.")
    found = events(body, published=dt.date(2023, 10, 12))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("PT", "abroad")]
    assert spans(found) == [("PT", dt.date(2023, 10, 10), dt.date(2023, 10, 11))]


def test_a_summit_is_the_heads_of_states_unless_he_is_named_at_it():
    body = ("استقبل عبد اللطيف حموشي، أمس الاثنين بالرباط، المدير العام للأمن الوطني الأردني. وتأتي هذه الزيارة في "
            "سياق علاقات متينة بين البلدين، تعززت خلال القمة العربية التي احتضنتها عمّان في مارس 2017.")
    found = events(body, published=dt.date(2017, 10, 17))
    assert [(c["meeting_type"], c["start_date"]) for c in found] == [("hosted_visit", dt.date(2017, 10, 16))]
    body = "شارك عبد اللطيف حموشي في القمة الإفريقية لرؤساء أجهزة الشرطة التي احتضنتها أديس أبابا في مارس 2019."
    found = events(body, published=dt.date(2019, 4, 2))
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("conference", "ET")]


def test_a_country_the_talks_were_about_is_no_party_of_them():
    body = ("استقبل عبد اللطيف حموشي، أمس الثلاثاء بالرباط، مسؤولا أمنيا رفيعا. وجرى خلال اللقاء تبادل وجهات النظر حول "
            "الأوضاع الأمنية في ليبيا ومالي.")
    found = events(body, published=dt.date(2020, 2, 5))
    assert [c["country_iso2"] for c in found] == []
    # A country after 'حول' that is not where things stand is still the party: 'بين المغرب وإسبانيا'.
    body = ("بحث عبد اللطيف حموشي، أمس الثلاثاء بالرباط، حول التعاون الأمني بين المغرب وإسبانيا مع كاتب الدولة "
            "الإسباني للأمن.")
    assert [c["country_iso2"] for c in events(body, published=dt.date(2020, 2, 5))] == ["ES"]


def test_a_meeting_of_the_chiefs_of_many_countries_is_a_multilateral_one():
    body = ("احتضنت الرباط، أمس الأربعاء، اجتماعا تنسيقيا جمع عبد اللطيف حموشي برؤساء أجهزة الشرطة في خمس دول من غرب "
            "إفريقيا، هي مالي والنيجر وبوركينا فاسو وغانا والتوغو.")
    found = events(body, published=dt.date(2021, 4, 15))
    assert [(c["meeting_type"], c["country_iso2"], c["direction"]) for c in found] == [("conference", "MA", "hosted")]
    # A meeting with one country's chief, the others named as its topic, stays a meeting with that country.
    body = ("عقد عبد اللطيف حموشي، أمس الأربعاء بالرباط، لقاء مع المدير العام للشرطة الغانية، تناول التعاون مع دول "
            "الجوار مثل مالي والنيجر.")
    found = events(body, published=dt.date(2021, 4, 15))
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("hosted_visit", "GH")]


def test_the_levants_and_the_gulfs_day_before_yesterday():
    body = "وكان عبد اللطيف حموشي قد التقى أمس الأول بالمنامة رئيس الأمن العام البحريني."
    assert spans(events(body, published=dt.date(2023, 10, 30))) == [
        ("BH", dt.date(2023, 10, 28), dt.date(2023, 10, 28))]
    body = "وكان عبد اللطيف حموشي قد التقى أمس بالمنامة رئيس الأمن العام البحريني."
    assert spans(events(body, published=dt.date(2023, 10, 30))) == [
        ("BH", dt.date(2023, 10, 29), dt.date(2023, 10, 29))]


def test_a_delegations_visit_others_received_for_his_force_is_not_his():
    body = ("أشاد عبد اللطيف حموشي بالتعاون مع الشرطة الغانية. وحل وفد من الشرطة الغانية، أمس الاثنين، بالمعهد الملكي "
            "للشرطة بالقنيطرة، في زيارة دراسية. وكان في استقبال الوفد مدير المعهد ومدير الأمن العمومي، اللذين مثلا "
            "المديرية العامة للأمن الوطني في هذه الزيارة.")
    assert events(body, title="وفد غاني بالقنيطرة", published=dt.date(2022, 5, 10)) == []
    # Without a word of who received it for his force (one who stood for it elsewhere says nothing of this visit),
    # the thread still makes the visit his.
    body = ("أشاد عبد اللطيف حموشي بالتعاون مع الشرطة الغانية. وحل وفد من الشرطة الغانية، أمس الاثنين، بالمعهد الملكي "
            "للشرطة بالقنيطرة، في زيارة دراسية. وفي شأن آخر، مثل المديرية العامة للأمن الوطني مدير التعاون الدولي في "
            "ندوة بجنيف.")
    assert len(events(body, title="وفد غاني بالقنيطرة", published=dt.date(2022, 5, 10))) == 1


def test_the_delegation_of_anothers_engagement_acts_for_itself():
    body = ("عقد وفد من المديرية العامة لمراقبة التراب الوطني، يوم الثلاثاء الماضي بروما، اجتماع عمل مع مسؤولي الشرطة "
            "الإيطالية.\n\nوقد استقبل الوفد المغربي المفوض العام للاستعلامات الإيطالية، الذي سبق له أن ترأس وحدة "
            "مكافحة الإرهاب، والذي احتضنت مصالحه في أبريل الماضي لقاء تقنيا ضم خبراء من ست دول أوروبية.\n\nوحسب "
            "مصادر متطابقة، فإن الوفد، الذي أوفده عبد اللطيف حموشي، ضم مسؤولين عن قسم مكافحة الإرهاب.")
    assert events(body, title="وفد مغربي بروما\nمدريد – الجمعة 10 يونيو 2016\n") == []
    # Led by him, the delegation is his: 'حيث قاد الوفد المغربي'.
    body = ("التقى وزير الداخلية، يوم الثلاثاء الماضي بروما، نظيره الإيطالي. أما على مستوى المديرية العامة للأمن "
            "الوطني، فقد شكل حضور عبد اللطيف حموشي في المحافل الأمنية عنوانا بارزا. فقد شارك في يونيو الجاري في أشغال "
            "مؤتمر الأنتربول الأوروبي بمدينة ميلانو الإيطالية، حيث قاد الوفد المغربي.")
    found = events(body, title="حصاد الشهر", published=dt.date(2016, 6, 30))
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("conference", "IT")]


def test_where_after_the_place_he_came_from_is_abroad():
    body = ("وكان عبد اللطيف حموشي قد وصل إلى الدوحة قادما من العاصمة العمانية مسقط، حيث التقى أمس المفتش العام للشرطة "
            "والجمارك العماني.")
    found = events(body, published=dt.date(2022, 2, 8))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("OM", "abroad", dt.date(2022, 2, 7))]
    # Coming from home, 'where' is not abroad.
    body = ("وكان المفتش العام للشرطة العماني قد وصل إلى الدوحة قادما من الرباط، حيث التقى أمس عبد اللطيف حموشي.")
    found = events(body, published=dt.date(2022, 2, 8))
    assert [c["direction"] for c in found] != ["abroad"]


def test_a_visit_one_sent_regrets_for_did_not_take_place():
    body = ("ولم تكتمل كل المواعيد؛ فالزيارة التي كان ينتظر أن يقوم بها عبد اللطيف حموشي إلى أوتاوا في أكتوبر أرجئت "
            "إلى السنة الموالية، كما اعتذر مسؤول أمني أوروبي عن زيارة كانت مقررة إلى الرباط في الشهر نفسه.")
    assert events(body, title="حصاد السنة", published=dt.date(2019, 12, 30)) == []


def test_news_named_then_called_baseless_did_not_take_place():
    body = "نفى مصدر أمني، اليوم الأحد، ما تداولته صفحات على مواقع التواصل بشأن تنقل عبد اللطيف حموشي إلى مدريد."
    found = events(body, title='مصدر أمني: حموشي لم يغادر المغرب وخبر "لقاء مدريد" لا أساس له',
                   published=dt.date(2019, 3, 10))
    assert found == []


def test_a_meeting_that_brought_together_another_official_is_not_his():
    body = ("زار عبد اللطيف حموشي لشبونة في مارس 2022.\n\nوحل وفد أمني مغربي بمدريد يوم 10 مارس 2022، أياما قليلة بعد "
            "المباحثات التي جمعت وزير الداخلية عبد الوافي لفتيت بنظيره الإسباني بالرباط يوم 2 مارس 2022.")
    found = events(body, title="حصاد الشهر", published=dt.date(2022, 3, 31))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("PT", dt.date(2022, 3, 1))]


def test_a_gathering_told_of_the_one_met_is_not_the_engagement():
    body = ("البداية كانت في ماي 2017، حين التقى عبد اللطيف حموشي بالرباط المدير العام للشرطة الغابونية، الذي كان ضمن "
            "وفد بلاده إلى مؤتمر المناخ.")
    found = events(body, title="حصاد", published=dt.date(2020, 1, 1))
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("hosted_visit", "GA")]


def test_work_done_without_the_chief_is_not_his():
    body = ("وتابع عبد اللطيف حموشي الترتيبات الأمنية. كما أن الوفود الأمنية المغربية التي انتقلت إلى قطر خلال كأس "
            "العالم 2022 اشتغلت دون مشاركة المدير العام نفسه.")
    assert events(body, title="حصاد", published=dt.date(2023, 1, 5)) == []


def test_a_quarter_named_after_a_town_is_no_town():
    from sdw.extraction.normalize import normalize_text

    text = normalize_text("بمقر المديرية العامة بحي الرياض في الرباط، قرب شارع فلسطين")
    assert [m.alias.iso2 for m in find_places(text, default_reference())] == ["MA"]
    assert [m.alias.iso2 for m in find_places(normalize_text("وصل إلى الرياض"), default_reference())] == ["SA"]


def test_an_agreement_signed_on_a_day_of_the_trip_is_the_trip():
    body = ("اختتم عبد اللطيف حموشي، يوم الخميس 16 مارس 2017، زيارة عمل إلى اليونان بدأها يوم الأربعاء 15 مارس. وفي "
            "اليوم الموالي لوصوله، تباحث حموشي مع قائد الشرطة اليونانية، قبل أن يوقع معه مذكرة تفاهم للتعاون الأمني.")
    found = events(body, published=dt.date(2017, 3, 18))
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("visit_abroad", "GR", dt.date(2017, 3, 15), dt.date(2017, 3, 16))]


# --- sixteenth session: plans told in the past, claims, side phrases, topics and stand-ins -------------------
def test_a_visit_that_was_scheduled_is_no_visit_told():
    body = "وفي أبريل 2021، ألغت العاصفة زيارة كانت مبرمجة لعبد اللطيف حموشي إلى أوسلو."
    assert events(body, title="حصاد", published=dt.date(2022, 1, 5)) == []


def test_a_visit_being_prepared_is_a_plan():
    body = ("وكشف مصدر أمني نرويجي، يوم الخميس 13 نونبر 2025، أن زيارة لمسؤولين نرويجيين إلى الرباط يجري الإعداد لها "
            "من أجل لقاء عبد اللطيف حموشي.")
    assert events(body, title="حصاد", published=dt.date(2025, 11, 14)) == []


def test_looking_forward_to_hosting_is_a_plan_but_not_every_hope():
    assert future_marked(normalize_text("قال إن المملكة تتطلع إلى استقبال الأسرة الشرطية الدولية في مراكش"))
    assert not future_marked(normalize_text("وأكد أن المديرية تتطلع إلى الاستفادة من التجربة النرويجية"))


def test_what_a_paper_claimed_with_its_source_between_is_no_engagement():
    body = ("وكانت يومية نرويجية قد ادعت، استنادا إلى \"مصادر أمنية\"، أن عبد اللطيف حموشي حل بأوسلو يوم السبت "
            "12 يونيو 2021 في زيارة خاطفة.")
    assert events(body, title="حصاد", published=dt.date(2021, 6, 20)) == []


def test_talks_that_brought_another_together_with_place_and_day_between_are_not_his():
    body = ("وتأتي هذه الزيارة بعد أسابيع من المباحثات التي جمعت بمدينة طنجة، خلال شهر ماي الماضي، وزير الداخلية "
            "عبد الوافي لفتيت بنظيره النرويجي.")
    assert events(body, title="عبد اللطيف حموشي", published=dt.date(2019, 7, 10)) == []


def test_a_side_clause_goes_on_past_a_comma_with_a_participle():
    body = ("استقبل عبد اللطيف حموشي، أمس الاثنين بالرباط، المدير العام للشرطة النرويجية، الذي يرافق بعثة ستتابع "
            "مباريات البطولة القارية، المقررة بالمملكة ما بين 21 دجنبر الجاري و18 يناير المقبل.")
    assert spans(events(body, title="حصاد", published=dt.date(2025, 12, 16))) == [
        ("NO", dt.date(2025, 12, 15), dt.date(2025, 12, 15))]
    planned = "يستقبل عبد اللطيف حموشي بالرباط المدير العام للشرطة النرويجية، المرتقب وصوله يوم 21 دجنبر المقبل."
    assert events(planned, title="حصاد", published=dt.date(2025, 12, 16)) == []


def test_a_workshop_opened_on_his_behalf_is_not_his():
    body = ("انطلقت اليوم الأربعاء بالرباط أشغال ورشة إقليمية تنظمها المنظمة الدولية للشرطة الجنائية (أنتربول) بشراكة "
            "مع المديرية العامة للأمن الوطني.\n\nوافتتح الورشة مدير الأمن العمومي، نيابة عن المدير العام للأمن الوطني "
            "ولمراقبة التراب الوطني عبد اللطيف حموشي، بحضور خبراء من خمس عشرة دولة.\n\nوأوضح المسؤول الأمني أن تنظيم "
            "هذه الورشة يأتي تنفيذا لتعليمات حموشي الرامية إلى تقاسم الخبرة المغربية.")
    assert events(body, title="ورشة للأنتربول بالرباط", published=dt.date(2024, 10, 23)) == []


def test_a_family_name_the_page_gave_stands_for_its_officials_country():
    body = ("استقبل مدير الأمن العام النرويجي الفريق أولاف هانسن، يوم الاثنين 6 مارس 2023 بأوسلو، وفدا من الأمن الوطني "
            "المغربي.\n\nوتأتي هذه الزيارة بعد أسابيع من زيارة هانسن إلى الرباط أواخر يناير 2023، حيث أجرى مباحثات مع "
            "عبد اللطيف حموشي.")
    found = events(body, title="حصاد", published=dt.date(2023, 3, 8))
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"]) for c in found] == [
        ("hosted_visit", "NO", dt.date(2023, 1, 1))]


def test_only_a_name_a_rank_or_honorific_announces_is_remembered():
    def names(sentence):
        text = normalize(sentence).text
        tokens = tokenize(text)
        mentions = find_places(text, default_reference(), tokens)
        return family_names(text, tokens, find_actors(mentions, tokens), mentions)
    assert names("استقبل وزير الداخلية النرويجي السيد أولاف هانسن، أمس، وفدا مغربيا.") == {"هانسن": "NO"}
    assert names("استقبل وزير الداخلية النرويجي السيد أولاف هانسن وفدا مغربيا.") == {}
    assert names("استقبل وزير الداخلية النرويجي اليوم الثلاثاء وفدا مغربيا.") == {}
    assert names("وأعلن وزير الداخلية النرويجي أن جائزة الأمير نايف للأمن العربي وقع اختيارها عليه.") == {}


def test_he_was_at_the_session_his_delegation_attended_whoever_led_it():
    session = ("انطلقت، اليوم الثلاثاء بالعاصمة النرويجية أوسلو، أشغال الدورة الخامسة للمؤتمر الأوروبي لقادة الشرطة، "
               "بمشاركة وفد مغربي يترأسه وزير الداخلية عبد الوافي لفتيت.")
    with_him = session + ("\n\nويضم الوفد المغربي، على الخصوص، المدير العام للأمن الوطني ولمراقبة التراب الوطني عبد "
                          "اللطيف حموشي.")
    found = events(with_him, title="حصاد", published=dt.date(2019, 3, 5))
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"]) for c in found] == [
        ("conference", "NO", dt.date(2019, 3, 5))]
    without_him = session + "\n\nويضم الوفد المغربي، على الخصوص، مدير الشرطة القضائية بالمديرية العامة للأمن الوطني."
    assert events(without_him, title="حصاد", published=dt.date(2019, 3, 5)) == []


def test_talks_on_the_sidelines_of_the_session_told_take_its_days_in_a_review_of_the_year():
    body = ("وكان أبرز محطات السنة احتضان مراكش للدورة الثالثة والتسعين للجمعية العامة للأنتربول، التي ترأس حموشي "
            "افتتاحها بين 24 و27 نونبر 2025. وعلى هامش هذه الدورة، أجرى المدير العام مباحثات ثنائية مع عدد من "
            "رؤساء أجهزة الشرطة، من بينهم المدير العام للشرطة النرويجية.")
    found = events(body, title="حصيلة سنة 2025 في التعاون الأمني الدولي")
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("conference", "MA", dt.date(2025, 11, 24), dt.date(2025, 11, 27)),
        ("meeting", "NO", dt.date(2025, 11, 24), dt.date(2025, 11, 27))]


def test_what_she_did_herself_is_not_his():
    body = ("وأوضحت مديرة التعاون الدولي أن عبد اللطيف حموشي أجرى 31 لقاء خلال السنة، فيما مثلت هي شخصيا المديرية في "
            "الاجتماع السنوي لرؤساء وحدات الاتصال بأوسلو في شتنبر 2025.")
    assert events(body, title="حصاد", published=dt.date(2026, 1, 5)) == []


def test_a_meeting_another_represented_morocco_at_is_not_his():
    body = ("شارك عبد اللطيف حموشي في أشغال الجمعية العامة للإنتربول بأوسلو يوم 4 نونبر 2024.\n\nوبالموازاة مع ذلك، "
            "انعقد اجتماع تنسيقي لرؤساء المكاتب المركزية الوطنية للإنتربول يوم 5 نونبر 2024، مثّل فيه المغربَ رئيسُ "
            "المكتب المركزي الوطني بالرباط.")
    found = events(body, title="حصاد", published=dt.date(2024, 11, 8))
    assert [(c["meeting_type"], c["start_date"]) for c in found] == [("conference", dt.date(2024, 11, 4))]
    his = "ومثل عبد اللطيف حموشي المغرب في الاجتماع التنسيقي لرؤساء أجهزة الشرطة الأوروبية بأوسلو يوم 5 نونبر 2024."
    assert len(events(his, title="حصاد", published=dt.date(2024, 11, 8))) == 1


def test_the_delegation_taking_part_in_the_fair_led_by_another_makes_the_fair_not_his():
    body = ("تتواصل بالعاصمة النرويجية، لليوم الثاني على التوالي، فعاليات المعرض الدولي للأمن، التي انطلقت أمس "
            "الإثنين.\n\nوأفاد المصدر بأن الوفد المغربي المشارك في المعرض، والذي يرأسه مدير الأمن العمومي بالمديرية "
            "العامة للأمن الوطني، عقد صباح اليوم جلسة عمل مع مسؤولين نرويجيين.")
    assert events(body, title="مصدر ينفي حضور حموشي معرض أوسلو", published=dt.date(2022, 10, 11)) == []


def test_arriving_on_the_eve_of_a_conference_is_its_trip():
    body = ("انطلقت اليوم الأربعاء بأوسلو أشغال المؤتمر الأوروبي لقادة الشرطة، بمشاركة عبد اللطيف حموشي.\n\n"
            "وكان حموشي قد حل بأوسلو مساء أمس الثلاثاء.")
    found = events(body, title="حصاد", published=dt.date(2018, 12, 19))
    assert [(c["meeting_type"], c["start_date"]) for c in found] == [("conference", dt.date(2018, 12, 19))]


def test_their_first_meeting_is_a_meeting_told():
    body = ("التقى عبد اللطيف حموشي بتونس، يوم 19 دجنبر 2018، مدير الأمن العام النرويجي. ويعد هذا اللقاء الثاني بين "
            "الرجلين خلال السنة الجارية، بعد اجتماعهما الأول بأوسلو في فبراير الماضي.")
    found = events(body, title="حصاد", published=dt.date(2018, 12, 20))
    assert sorted((c["country_iso2"], c["start_date"]) for c in found) == [("NO", dt.date(2018, 2, 1)),
                                                                           ("NO", dt.date(2018, 12, 19))]


def test_a_bodys_meeting_he_chaired_in_a_moroccan_city_sat_in_morocco():
    body = ("وفي سنة 2016 زار عبد اللطيف حموشي أوسلو.\n\nأما سنة 2019 فشهدت استقبال الرباط لقادة أجهزة الشرطة في بلدان "
            "مجموعة الساحل الخمس، في اجتماع ترأسه عبد اللطيف حموشي.")
    found = events(body, title="حصاد", published=dt.date(2020, 1, 10))
    assert [(c["meeting_type"], c["direction"], c["country_iso2"], c["start_date"].year) for c in found] == [
        ("visit_abroad", "abroad", "NO", 2016), ("conference", "hosted", "MA", 2019)]
    discussed = ("شارك عبد اللطيف حموشي في اجتماع بأوسلو في مارس 2023.\n\nوكان حموشي قد عقد جلسة عمل مع نظرائه خصصت "
                 "للترتيبات المتعلقة باحتضان مراكش لاجتماع مجموعة الساحل الخمس سنة 2025.")
    assert [c["country_iso2"] for c in events(discussed, title="حصاد")] == ["NO"]


def test_the_same_year_follows_the_engagement_not_the_session_voted_for():
    body = ("وفي نونبر 2022، ترأس عبد اللطيف حموشي الوفد المغربي إلى الجمعية العامة للأنتربول بنيودلهي، وهي الدورة "
            "التي صوت خلالها المندوبون لفائدة احتضان مراكش لدورة سنة 2025. وفي دجنبر من السنة نفسها، ترأس حموشي بأوسلو "
            "اجتماعا لقادة الشرطة الأوروبيين.")
    found = events(body, title="حصاد")
    assert sorted((c["country_iso2"], c["start_date"]) for c in found) == [("IN", dt.date(2022, 11, 1)),
                                                                           ("NO", dt.date(2022, 12, 1))]


def test_a_programme_hosting_its_guest_is_no_engagement():
    body = ("استضاف برنامج \"قضايا أمنية\"، الذي بثته الإذاعة مساء اليوم، باحثا في الشؤون الأمنية للحديث عن "
            "التعاون بين "
            "المغرب والنرويج.\n\nوذكّر الضيف بأن عبد اللطيف حموشي استقبل بالرباط في مارس 2023 مدير الشرطة النرويجية.")
    found = events(body, title="ندوة إذاعية", published=dt.date(2023, 6, 6))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("NO", dt.date(2023, 3, 1))]


def test_the_second_meeting_with_a_country_in_a_review_is_another():
    body = ("كانت سنة 2024 حافلة في أجندة عبد اللطيف حموشي.\n\nففي مارس، قضى حموشي يومين في أوسلو التقى خلالهما مدير "
            "الشرطة النرويجية. أما اللقاء الثاني مع الجانب النرويجي فجرى بالرباط، حيث استقبل سفير أوسلو لدى المملكة.")
    found = events(body, title="حصيلة 2024", published=dt.date(2025, 1, 5))
    assert sorted((c["country_iso2"], c["date_precision"]) for c in found) == [("NO", "month"), ("NO", "year")]
    follow_up = body.replace("أما اللقاء الثاني مع الجانب النرويجي فجرى بالرباط، حيث استقبل", "كما استقبل لاحقا")
    assert len(events(follow_up, title="حصيلة 2024", published=dt.date(2025, 1, 5))) == 1


def test_and_to_is_no_walis_title():
    body = ("كانت سنة 2021 حافلة في أجندة عبد اللطيف حموشي.\n\nففي يونيو، استقبل حموشي بالرباط مدير الشرطة "
            "الفنلندية.\n\n"
            "وخلال السنة ذاتها، التقى المنسق الوطني النرويجي لمكافحة الإرهاب، حيث تطرق الجانبان إلى تتبع المبحوث عنهم "
            "وإلى شبكات التزوير.")
    found = events(body, title="حصيلة 2021", published=dt.date(2021, 12, 31))
    assert sorted(c["country_iso2"] for c in found) == ["FI", "NO"]
    walis = body.replace("وإلى شبكات التزوير", "والي جهة الرباط")
    assert sorted(c["country_iso2"] for c in events(walis, title="حصيلة 2021", published=dt.date(2021, 12, 31))) == [
        "FI"]


def test_a_visit_no_one_confirmed_is_not_reported_as_held():
    body = ("علم الموقع أن عبد اللطيف حموشي يرتقب أن يحل بأوسلو الشهر المقبل.\n\nوإلى حدود صباح اليوم، لم يصدر "
            "أي تأكيد رسمي بخصوص هذه الزيارة، لا من الجانب المغربي ولا من الجانب النرويجي.")
    assert events(body, title="زيارة مرتقبة", published=dt.date(2026, 2, 2)) == []


def test_a_day_the_guest_spent_visiting_is_his_programme_not_a_trip_of_hammouchi():
    body = ("حل المدير العام للشرطة النرويجية بالرباط يوم الثلاثاء 30 دجنبر 2025، حيث أجرى مباحثات مع عبد اللطيف "
            "حموشي.\n\nوفي اليوم الثاني، الأربعاء (31 دجنبر)، زار الضيف النرويجي مركز التعاون الشرطي.")
    found = events(body, title="زيارة", published=dt.date(2026, 1, 2))
    assert [(c["meeting_type"], c["direction"]) for c in found] == [("hosted_visit", "hosted")]


def test_a_dgsn_director_leading_the_delegation_is_another_moroccan_official():
    body = ("استقبل عبد اللطيف حموشي بالرباط في مارس 2022 مدير الشرطة النرويجية.\n\nوواصلت مصالح المديرية حضورها في "
            "المحافل، حيث ترأس مدير الشرطة القضائية في شتنبر الماضي الوفد المغربي المشارك في اجتماع خبراء الجريمة "
            "المنظمة بأوسلو.")
    found = events(body, title="حصيلة 2022", published=dt.date(2022, 12, 30))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("NO", dt.date(2022, 3, 1))]


def test_officers_who_came_to_follow_a_course_are_trainees_not_his_guests():
    body = ("كانت سنة 2024 حافلة في أجندة عبد اللطيف حموشي.\n\nومن ذلك وفد من ضباط الشرطة النرويجية حل بالمعهد الملكي "
            "للشرطة في شتنبر 2024 لمتابعة دورة تكوينية في مجال الشرطة العلمية.")
    assert events(body, title="حصيلة 2024", published=dt.date(2025, 1, 2)) == []


def test_a_correction_gives_the_engagement_told_its_right_day():
    body = ("ورد في الخبر الذي نشرناه أمس أن عبد اللطيف حموشي استقبل المدير العام للشرطة النرويجية يوم الأربعاء "
            "12 شتنبر الجاري. والصحيح أن هذا الاستقبال تم يوم الخميس 13 شتنبر 2018 بالرباط.")
    found = events(body, title="تصحيح", published=dt.date(2018, 9, 15))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("NO", dt.date(2018, 9, 13))]


def test_no_truth_to_the_meeting_is_a_denial():
    found = events("نفى مصدر أمني الأخبار المتداولة.", title='مصدر أمني: لا صحة لـ"لقاء أوسلو" المزعوم بين حموشي '
                   "ومسؤول نرويجي", published=dt.date(2026, 1, 27))
    assert found == []


def test_the_delegations_members_holding_talks_on_the_sidelines_is_not_his():
    body = ("شارك وفد عن المديرية العامة للأمن الوطني، يقوده والي الأمن مدير الشرطة القضائية، الأسبوع الماضي، في أشغال "
            "المؤتمر الدولي حول الجريمة المعلوماتية، الذي نظمته أكاديمية الشرطة بأوسلو.\n\nوجاءت مشاركة الوفد "
            "بتكليف من "
            "عبد اللطيف حموشي، الذي حرص على إيفاد أطر متخصصة.\n\nوقدم الوفد المغربي، خلال إحدى الجلسات، عرضا حول "
            "التجربة الوطنية.\n\nوعلى هامش المؤتمر، أجرى أعضاء الوفد لقاءات مع مسؤولين في القيادة العامة للشرطة "
            "النرويجية.")
    assert events(body, title="وفد من الأمن الوطني يشارك في مؤتمر دولي بالنرويج", published=dt.date(2019, 10, 16)) == []


def test_putting_an_agreement_signed_before_into_effect_is_no_signing():
    body = ("استقبل عبد اللطيف حموشي، يوم الإثنين 29 دجنبر 2025 بالرباط، رئيس جهاز الأمن النرويجي، حيث بحث "
            "الطرفان تفعيل الاتفاقيات الموقعة سابقا بين الجهازين.")
    found = events(body, title="استقبال", published=dt.date(2026, 1, 2))
    assert [c["meeting_type"] for c in found] == ["hosted_visit"]


def test_a_visit_closed_after_it_had_been_scheduled_earlier_took_place():
    body = ("اختتم عبد اللطيف حموشي، أمس الأربعاء، زيارة عمل إلى أوسلو دامت يومين، وذلك بعدما كانت مبرمجة في "
            "شهر فبراير الماضي قبل أن يتقرر إرجاؤها.")
    found = events(body, title="زيارة", published=dt.date(2025, 3, 6))
    assert [(c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("NO", dt.date(2025, 3, 4), dt.date(2025, 3, 5))]


def test_he_did_not_take_part_is_a_denial_whatever_the_order():
    assert events("نفى مصدر أمني صحة ما تداولته مواقع إخبارية.", title="مصدر أمني: حموشي لم يشارك في مؤتمر أوسلو",
                  published=dt.date(2016, 5, 14)) == []
    assert len(events("وأكد المصدر أن حموشي شارك في مؤتمر أوسلو يوم 11 ماي 2016.", title="خبر",
                      published=dt.date(2016, 5, 14))) == 1


def test_a_delegation_another_led_is_not_his_even_as_the_subject_after_that():
    body = ("كشفت مصادر أن عبد اللطيف حموشي قد يزور أوسلو الشهر المقبل.\n\nوأوضحت المصادر ذاتها أن وفدا تقنيا من "
            "المديرية العامة للأمن الوطني، يقوده مدير التعاون الدولي، قضى الأسبوع الماضي عدة أيام في العاصمة "
            "النرويجية، حيث عقد اجتماعات تحضيرية مع مسؤولين نرويجيين.")
    assert events(body, title="زيارة مرتقبة", published=dt.date(2022, 9, 3)) == []
    theirs = ("أوسلو، 12 يونيو -- قالت وكالة الشرطة النرويجية اليوم الخميس إن وفدا من الوكالة برئاسة نائب المفوض العام "
              "زار الرباط أمس الأربعاء، والتقى بالمدير العام للأمن الوطني عبد اللطيف حموشي.")
    assert [c["country_iso2"] for c in events(theirs, title="زيارة", published=dt.date(2025, 6, 12))] == ["NO"]


def test_drafting_an_agreement_is_no_signing():
    body = ("استقبل عبد اللطيف حموشي بالرباط، يوم الإثنين 29 غشت 2022، مدير الشرطة النرويجية، في لقاء خصص لإعداد مسودة "
            "اتفاق حول تبادل الخبرات.")
    found = events(body, title="استقبال", published=dt.date(2022, 9, 3))
    assert [c["meeting_type"] for c in found] == ["hosted_visit"]


def test_no_meeting_with_him_announced_leaves_the_visit_anothers():
    body = ("حل وزير الداخلية النرويجي بالرباط يوم 14 شتنبر 2021، حيث أجرى محادثات مع نظيره المغربي عبد الوافي "
            "لفتيت، ولم يعلن خلالها عن أي لقاء مع المدير العام للأمن الوطني.")
    assert events(body, title="زيارة", published=dt.date(2021, 9, 15)) == []



def test_a_group_between_kana_and_qad_did_it():
    body = ("استقبل عبد اللطيف حموشي بالرباط، يوم 12 ماي 2024، مدير الشرطة النرويجية.\n\nوكان وفد تقني من المديرية قد "
            "شارك في أبريل الماضي في ورشة بأوسلو حول كشف الوثائق المزورة.")
    found = events(body, title="استقبال", published=dt.date(2024, 5, 13))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("NO", dt.date(2024, 5, 12))]


def test_a_visit_going_on_today_that_began_yesterday_spans_both_days():
    body = ("يواصل عبد اللطيف حموشي، اليوم الأربعاء بأوسلو، زيارة العمل التي شرع فيها أمس الثلاثاء على رأس وفد أمني "
            "مغربي.")
    found = events(body, title="زيارة", published=dt.date(2023, 10, 18))
    assert [(c["start_date"], c["end_date"]) for c in found] == [(dt.date(2023, 10, 17), dt.date(2023, 10, 18))]


def test_medals_handed_to_officers_at_a_ceremony_he_attended_are_not_his():
    body = ("حل عبد اللطيف حموشي، صباح الاثنين 3 يوليوز 2017، بأوسلو في زيارة عمل امتدت يومين.\n\nوشارك حموشي في الحفل "
            "الرسمي الذي ترأسه رئيس الوزراء النرويجي، وتخلله توزيع أوسمة على عناصر نرويجية متميزة.")
    found = events(body, title="زيارة", published=dt.date(2017, 7, 7))
    assert [c["meeting_type"] for c in found] == ["visit_abroad"]


def test_guests_named_after_others_attending_the_ceremony_did_the_tour():
    body = ("افتتح مقر جديد للشرطة بالداخلة يوم 14 نونبر 2023.\n\nوحضر الحفل رئيس مجلس الجهة ومنتخبون وممثلو السلطات، "
            "إلى جانب القناصل العامين لكل من النرويج والسويد، الذين قاموا بجولة داخل المقر.")
    assert events(body, title="عبد اللطيف حموشي يعطي تعليماته", published=dt.date(2023, 11, 15)) == []


def test_the_date_of_what_cooperation_yielded_is_no_meeting():
    body = ("استقبل عبد اللطيف حموشي، يوم الخميس 20 فبراير 2025 بالرباط، رئيس المكتب النرويجي لمكافحة المخدرات، في "
            "لقاء خصص لتعقب الشحنات، وهو التنسيق الذي أثمر في أبريل تفكيك شبكة تنشط بين أوسلو والناظور.")
    found = events(body, title="حصيلة 2025", published=dt.date(2026, 1, 6))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("NO", dt.date(2025, 2, 20))]


def test_presiding_a_ceremony_foreign_delegations_attended_is_no_engagement():
    body = ("انطلقت بأكادير، يوم الخميس 16 ماي 2024، أيام الأبواب المفتوحة للأمن الوطني.\n\nوترأس الحفل وزير الداخلية "
            "وعبد اللطيف حموشي، بحضور والي الجهة، فيما عرف الحفل مشاركة لافتة لوفود أمنية أجنبية، من بينهم نائب المدير "
            "العام للشرطة النرويجية.")
    assert events(body, title="الأبواب المفتوحة", published=dt.date(2024, 5, 18)) == []


def test_a_programmes_span_is_no_year_for_the_days_told_after_it():
    body = ("حصيلة 2025: أما شهر نونبر فكان الأكثر كثافة؛ إذ استقبل عبد اللطيف حموشي في الرباط وزير الداخلية النرويجي "
            "ووقع معه برنامج تعاون للفترة 2026-2027، ثم انتقل إلى مراكش التي احتضنت ما بين 24 و27 نونبر الدورة الثالثة "
            "والتسعين للجمعية العامة للأنتربول.")
    found = events(body, title="حصيلة سنة 2025")
    assert ("MA", dt.date(2025, 11, 24)) in [(c["country_iso2"], c["start_date"]) for c in found]


def test_what_goes_on_after_sideline_talks_is_the_event_not_the_talks():
    body = ("انطلقت بأكادير، يوم الخميس 16 ماي 2024، أيام الأبواب المفتوحة للأمن الوطني.\n\nوعلى هامش هذه التظاهرة، خص "
            "عبد اللطيف حموشي، أمس الجمعة، مدير الشرطة النرويجية بجلسة مباحثات.\n\nوتستمر فعاليات الأبواب المفتوحة إلى "
            "غاية الأربعاء 22 ماي الجاري.")
    found = events(body, title="الأبواب المفتوحة", published=dt.date(2024, 5, 18))
    assert [(c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("NO", dt.date(2024, 5, 17), dt.date(2024, 5, 17))]


def test_yesterday_and_today_in_a_row_are_one_engagements_days():
    body = ("شارك عبد اللطيف حموشي، أمس الثلاثاء واليوم الأربعاء، في أشغال المنتدى الأورو-متوسطي لرؤساء أجهزة الشرطة، "
            "الذي احتضنته مدينة أوسلو.")
    found = events(body, title="منتدى", published=dt.date(2023, 10, 18))
    assert [(c["start_date"], c["end_date"]) for c in found] == [(dt.date(2023, 10, 17), dt.date(2023, 10, 18))]


def test_since_a_weekday_is_that_weekday_not_a_day_ago():
    body = ("تختتم اليوم الخميس بأوسلو أشغال الاجتماع الدولي لرؤساء أجهزة الأمن، الذي ينظمه مجلس الأمن النرويجي منذ "
            "يوم الثلاثاء، بمشاركة عبد اللطيف حموشي.")
    found = events(body, title="اجتماع", published=dt.date(2024, 9, 12))
    assert [(c["start_date"], c["end_date"]) for c in found] == [(dt.date(2024, 9, 10), dt.date(2024, 9, 12))]


def test_a_broadcasters_coverage_of_the_session_is_no_attendance():
    body = ("وخصصت القناة، يوم الاثنين 24 نونبر 2025، تغطية يومية لأشغال الدورة الثالثة والتسعين للجمعية العامة "
            "للأنتربول بمراكش.")
    assert events(body, title="عبد اللطيف حموشي والإعلام", published=dt.date(2025, 11, 28)) == []


def test_a_date_in_a_clause_after_the_since_phrase_is_not_bounded_by_it():
    body = ("اختتم عبد اللطيف حموشي، أمس الأربعاء، زيارة عمل إلى أوسلو دامت يومين.\n\nوتعد هذه ثالث زيارة يقوم بها "
            "حموشي إلى النرويج منذ سنة 2019، وكانت سابقتها في ماي من السنة الماضية، حين حل بأوسلو للمشاركة في "
            "الاحتفالات.")
    found = events(body, title="زيارة", published=dt.date(2025, 3, 6))
    assert sorted((c["start_date"], c["end_date"]) for c in found) == [
        (dt.date(2024, 5, 1), dt.date(2024, 5, 31)), (dt.date(2025, 3, 4), dt.date(2025, 3, 5))]


def test_a_memorandum_signed_told_again_in_a_relative_clause_is_dated_by_its_own_date():
    body = ("التحق فوج من الضباط الغانيين، أمس الثلاثاء، بالمعهد الملكي للشرطة، تطبيقا لمذكرة التفاهم التي وقعها "
            "عبد اللطيف حموشي مع نظيره الغاني خلال زيارته إلى أكرا في أكتوبر الماضي.")
    found = events(body, title="ضباط غانيون بالقنيطرة", published=dt.date(2023, 3, 8))
    assert [(c["country_iso2"], c["start_date"], c["end_date"], c["direction"]) for c in found] == [
        ("GH", dt.date(2022, 10, 1), dt.date(2022, 10, 31), "abroad")]


def test_a_denial_of_what_a_paper_reported_denies_the_engagement():
    body = ("كذب مصدر أمني، اليوم الاثنين، صحة ما أوردته جريدة ألمانية عن لقاء جمع عبد اللطيف حموشي بمسؤولين "
            "استخباراتيين في برلين نهاية الأسبوع الماضي.")
    assert events(body, title="مصدر أمني يكذب", published=dt.date(2022, 5, 9)) == []


def test_a_state_visit_a_president_made_is_not_his():
    body = ("ويعد هذا أول لقاء لحموشي بمسؤول أمني ألماني منذ زيارة الدولة التي قام بها الرئيس الألماني إلى المغرب "
            "في يونيو الماضي.")
    assert events(body, title="حموشي يستقبل", published=dt.date(2024, 2, 1)) == []


def test_the_meeting_a_foreign_minister_held_with_him_is_his():
    body = ("وأوضح البيان أن العملية جاءت بعد الاجتماع الذي عقده وزير الداخلية الإيطالي في الرباط، مطلع الشهر "
            "الجاري، مع عبد اللطيف حموشي.")
    found = events(body, title="عملية مشتركة", published=dt.date(2024, 4, 20))
    assert [(c["country_iso2"], c["start_date"], c["direction"]) for c in found] == [
        ("IT", dt.date(2024, 4, 1), "hosted")]


def test_what_was_agreed_on_is_no_agreement_signed():
    body = ("وجاء توقيف المشتبه فيهم ثمرة للآلية التي جرى الاتفاق عليها خلال لقاء عبد اللطيف حموشي بوزير الداخلية "
            "البلجيكي في الرباط، أواخر مارس الماضي.")
    found = events(body, title="توقيف", published=dt.date(2024, 5, 2))
    assert [(c["country_iso2"], c["meeting_type"] == "agreement") for c in found] == [("BE", False)]


def test_where_a_spokesman_spoke_from_is_no_place_of_what_he_told():
    body = ("وقال متحدث باسم الشرطة الهولندية في لاهاي إن الحجز تم بفضل اللقاء الذي جمع عبد اللطيف حموشي بالمفوض "
            "العام للشرطة الهولندية في الرباط، منتصف الشهر الجاري.")
    found = events(body, title="حجز", published=dt.date(2024, 6, 28))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("NL", "hosted")]


def test_a_delegation_sent_on_his_behalf_is_no_attendance_of_his():
    body = ("انطلقت اليوم الثلاثاء بالقاهرة أشغال الاجتماع العربي لخبراء الأدلة الجنائية.\n\nويشارك في الاجتماع وفد "
            "مغربي يرأسه أحد المديرين المركزيين، نيابة عن المدير العام عبد اللطيف حموشي.")
    assert events(body, title="اجتماع عربي", published=dt.date(2024, 10, 8)) == []


def test_the_moroccan_official_after_a_foreign_one_was_quoted_is_he():
    body = ("في أبريل، حل عبد اللطيف حموشي بأنقرة، حيث استقبله المدير العام للأمن التركي.\n\nوأكد المسؤول التركي "
            "أن بلاده تثمن التجربة المغربية.\n\nوفي منتصف يوليوز، شارك المسؤول المغربي في المنتدى الدولي لرؤساء أجهزة "
            "الأمن، الذي احتضنته العاصمة الكازاخية أستانا.")
    found = events(body, title="حصيلة 2019", published=None)
    assert ("KZ", dt.date(2019, 7, 1)) in [(c["country_iso2"], c["start_date"]) for c in found]


def test_the_writers_comment_after_the_engagement_names_no_party_of_it():
    body = ("ويأتي ذلك بعد أسابيع من استقبال حموشي بالرباط، في شتنبر المنصرم، لقائد الشرطة العراقية، في زيارة ركزت "
            "على التكوين، وهو ما يعكس تنويعا للشراكات بعد سنوات هيمن فيها الشركاء الفرنسيون والإسبان.")
    found = events(body, title="تعاون", published=dt.date(2023, 10, 20))
    assert [c["country_iso2"] for c in found] == ["IQ"]


def test_the_place_line_under_a_stamp_says_which_kingdom_the_copy_calls_the_kingdom():
    body = ("الخميس 9 أيار 2024\nعمّان - الدستور\n\nاستقبل مدير الأمن العام الأردني، أمس الأربعاء، المدير العام "
            "للأمن الوطني ولمراقبة التراب الوطني في المملكة المغربية عبد اللطيف حموشي، الذي يزور المملكة حاليا.")
    found = events(body, title="مدير الأمن العام يستقبل مسؤولا مغربيا")
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("JO", "abroad")]


def test_who_arrived_the_evening_before_is_the_one_just_named_in_that_scene():
    body = ("أجرى قائد الشرطة السنغالية، اليوم الأربعاء بمقر القيادة في دكار، مباحثات مع عبد اللطيف حموشي، الذي وصل "
            "مساء أمس الثلاثاء إلى العاصمة في زيارة عمل تدوم يومين.")
    found = events(body, title="مباحثات", published=dt.date(2024, 1, 17))
    assert spans(found) == [("SN", dt.date(2024, 1, 16), dt.date(2024, 1, 17))]


def test_an_agreement_ministers_signed_is_not_his():
    body = ("استقبل عبد اللطيف حموشي، أمس الثلاثاء بالرباط، السفير القطري.\n\nيذكر أن المملكة المغربية ودولة قطر وقعتا "
            "في ماي 2012 بالرباط اتفاقية للتعاون في مجال الحماية المدنية وقعها وزيرا الداخلية في البلدين آنذاك.")
    found = events(body, title="حموشي يستقبل", published=dt.date(2024, 3, 6))
    assert [c["meeting_type"] for c in found] == ["meeting"]


def test_a_city_the_gazetteer_lacks_is_placed_by_the_country_after_it():
    body = ("وشارك عبد اللطيف حموشي، في منتصف شتنبر، في المؤتمر الدولي لأجهزة الأمن، الذي احتضنته مدينة كازان "
            "الروسية.")
    found = events(body, title="مؤتمر", published=dt.date(2021, 10, 2))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("RU", "abroad")]


def test_amman_and_oman_are_told_apart_by_their_vowel_marks_as_written():
    def country(spelling):
        body = f"وكان عبد اللطيف حموشي قد حل ب{spelling} يوم الثلاثاء 4 مارس 2025 في زيارة عمل."
        return [c["country_iso2"] for c in events(body, title="زيارة", published=dt.date(2025, 3, 10))]
    assert country("عمّان") == country("عمَّان") == ["JO"]
    assert country("عُمان") == ["OM"]


def test_a_page_that_spells_amman_with_its_marks_once_reads_it_so_everywhere():
    # The place line under the date says Amman; the body's bare 'عمان' is that city, and he met there: abroad.
    body = ("الأحد 12 أيار 2024\n\nعمّان - المحرر الأمني\n\nالتقى مدير المخابرات العامة أمس السبت في عمان المدير "
            "العام للأمن الوطني المغربي عبد اللطيف حموشي.")
    found = events(body, title="مباحثات أمنية")
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("JO", "abroad", dt.date(2024, 5, 11))]
    # A dispatch opening on the vocalized capital is filed in a kingdom: its 'المملكة' is Jordan.
    body = ("عمّان – الأحد 12 أيار 2024 – (خاص)\n\nالتقى مدير المخابرات العامة أمس السبت المدير العام للأمن الوطني "
            "المغربي عبد اللطيف حموشي، الذي يزور المملكة حاليا.")
    found = events(body, title="مباحثات أمنية")
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("JO", "abroad")]


def test_the_agency_that_filed_a_dispatch_says_which_amman_its_body_names():
    body = "عمان 11 أيار (بترا) - التقى مدير المخابرات العامة اليوم السبت في عمان المدير العام للأمن الوطني حموشي."
    found = events(body, title="مباحثات أمنية")
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("JO", "abroad")]


def test_where_the_one_met_had_been_before_is_no_place_of_the_visit():
    body = ("تميزت سنة 2024 بنشاط دولي مكثف لعبد اللطيف حموشي.\n\nوكانت أبرز محطاته يومي 3 و4 يونيو، حين حل "
            "حموشي بلشبونة تلبية لدعوة من مدير الشرطة البرتغالية، الذي كان قد زار الرباط في مارس من السنة الماضية.")
    found = events(body, title="حصيلة", published=None)
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("PT", "abroad", dt.date(2024, 6, 3))]


def test_no_truth_in_the_news_of_a_meeting_denies_it():
    body = "لا صحة لأنباء لقاء سري بين عبد اللطيف حموشي ومسؤولين أمنيين فرنسيين في باريس يوم الجمعة 12 ماي 2023."
    assert events(body, title="مصدر أمني ينفي", published=dt.date(2023, 5, 14)) == []


def test_sessions_said_to_be_without_him_are_not_his():
    body = ("وواصل عبد اللطيف حموشي انفتاحه على الشركاء، ومن بين المحطات اجتماع يوروبول في لاهاي خلال أبريل 2024، "
            "وهو اجتماع لم يحضره شخصيا.")
    assert events(body, title="عبد اللطيف حموشي وحصيلة التعاون", published=dt.date(2024, 6, 30)) == []


def test_the_first_man_of_the_security_apparatus_is_he_unless_a_country_follows():
    body = ("وخلال أيام 5 و6 و7 نونبر 2024، قاد الرجل الأول في جهاز الأمن الوفد المغربي إلى أشغال الجمعية العامة "
            "للأنتربول في غلاسكو.")
    found = events(body, title="حصيلة", published=dt.date(2024, 12, 30))
    assert [(c["country_iso2"], c["principal_role"]) for c in found] == [("GB", "title")]
    foreign = "وحل الرجل الأول في جهاز الأمن الإسباني بالرباط يوم الخميس 7 نونبر 2024 في زيارة عمل."
    assert [c["principal_role"] for c in events(foreign, title="زيارة", published=dt.date(2024, 11, 8))] != ["title"]


def test_a_state_visit_is_the_occasion_of_what_he_did_during_it():
    body = ("وخلال زيارة الدولة التي قام بها الرئيس البرتغالي إلى المغرب في ماي 2023، كان عبد اللطيف حموشي ضمن كبار "
            "المسؤولين الذين استقبلوا الضيف بالقصر الملكي بالرباط.")
    found = events(body, title="حموشي والزيارات الرسمية", published=dt.date(2024, 1, 5))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("PT", "hosted")]


def test_moving_to_a_capital_is_travelling_there():
    body = "وفي أبريل 2022، انتقل عبد اللطيف حموشي إلى نيامي لتفقد مركز التكوين الذي شيدته المديرية هناك."
    found = events(body, title="حصيلة", published=dt.date(2023, 1, 2))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("NE", "abroad")]


def test_a_committee_chaired_by_directors_of_both_sides_is_not_his():
    body = ("وعقدت اللجنة الأمنية المشتركة المغربية القطرية دورتها الأولى بالرباط في أكتوبر 2022، برئاسة مديرين "
            "مركزيين من الجانبين، تنفيذا للاتفاقية التي وقعها عبد اللطيف حموشي بالدوحة.")
    assert events(body, title="تعاون", published=dt.date(2023, 1, 2)) == []


def test_preparing_a_session_to_come_does_not_make_the_one_told_a_plan():
    body = ("والتقى عبد اللطيف حموشي نظيره القطري على هامش أشغال الجمعية العامة للأنتربول، التي احتضنتها مدينة فيينا "
            "في نونبر الماضي، حيث جرى التحضير للدورة الثانية للجنة المشتركة المرتقبة بالدوحة.")
    found = events(body, title="تعاون", published=dt.date(2024, 1, 20))
    assert dt.date(2023, 11, 1) in [c["start_date"] for c in found]


def test_one_sent_on_his_charge_acts_for_him_not_with_him():
    body = ("ترأس عبد اللطيف حموشي، صباح اليوم الاثنين بالرباط، اجتماعا داخليا لتقييم الموسم الصيفي.\n\nوفي سياق متصل، "
            "استقبل مدير الأمن العمومي، بعد ظهر اليوم بالرباط، وفدا من الشرطة التونسية يقوم بزيارة عمل للمغرب، بتكليف "
            "من المدير العام.")
    assert events(body, title="الأمن الوطني", published=dt.date(2024, 9, 16)) == []


def test_a_summit_opened_today_runs_to_the_day_it_is_told_to_close():
    body = ("انطلقت صباح اليوم الثلاثاء بالدوحة أعمال المنتدى الدولي للأمن، الذي يتواصل على مدى ثلاثة أيام ويختتم يوم "
            "الخميس المقبل، بمشاركة عبد اللطيف حموشي.")
    found = events(body, title="منتدى الدوحة", published=dt.date(2023, 10, 10))
    assert [(c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("QA", dt.date(2023, 10, 10), dt.date(2023, 10, 12))]


def test_officers_who_took_part_are_not_he():
    body = ("وفي مارس، حل عبد اللطيف حموشي بالدوحة في زيارة عمل.\n\nوفي الصيف، شاركت عناصر من الأمن الوطني في تأمين "
            "بطولة أوروبا لكرة القدم بألمانيا، في إطار اتفاق للتعاون، وهي مشاركة لقيت إشادة المسؤولين الألمان.")
    found = events(body, title="حصيلة 2024", published=None)
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("QA", dt.date(2024, 3, 1))]


def test_an_undated_page_is_written_no_earlier_than_the_title_it_gives_him():
    # Tuesday 15 October fits 2013, 2019 and 2024; the page names 2013, but calls him by the double
    # title he has held since 2015.
    body = ("استقبل المدير العام للأمن الوطني ومراقبة التراب الوطني، عبد اللطيف حموشي، يوم الثلاثاء 15 أكتوبر الجاري "
            "بالرباط، المدير الوطني للشرطة البرتغالية.\n\nوكانت البرتغال قد عرفت سنة 2013 موجة من الهجمات الإلكترونية.")
    found = events(body, title="تعاون أمني", published=None)
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("PT", dt.date(2019, 10, 15))]


def test_a_group_told_before_its_verb_after_that_is_not_he():
    body = ("وفي يناير الماضي، استقبل عبد اللطيف حموشي بالرباط وفدا من الشرطة الهولندية.\n\nوأفادت المصادر ذاتها "
            "بأن فريقا من مهندسي الشرطة الهولندية زار مدينة طنجة الأسبوع الماضي للاطلاع على مركز القيادة.")
    found = events(body, title="تعاون", published=dt.date(2024, 3, 20))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("NL", dt.date(2024, 1, 1))]


def test_members_of_the_delegation_after_a_visiting_verb_went_without_him():
    body = ("حل عبد اللطيف حموشي، أمس الاثنين، بمدريد على رأس وفد أمني، حيث التقى المدير العام للشرطة الإسبانية.\n\n"
            "وبعد عودته إلى الرباط، زار أعضاء الوفد يوم الجمعة الماضي مركز التكوين التابع للشرطة الإسبانية ببرشلونة.")
    found = events(body, title="حموشي بمدريد", published=dt.date(2023, 5, 16))
    assert spans(found) == [("ES", dt.date(2023, 5, 15), dt.date(2023, 5, 15))]


def test_a_plaque_of_appreciation_is_an_honour():
    body = ("واصل عبد اللطيف حموشي خلال السنة انفتاحه على الشركاء الأجانب.\n\nوفي مارس 2022، سلمه سفير كندا بالرباط "
            "درعا تقديريا باسم الشرطة الملكية الكندية، عرفانا بالتعاون.")
    found = events(body, title="حصيلة", published=dt.date(2022, 12, 30))
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("honor", "CA")]


def test_a_session_opened_on_one_day_runs_until_the_day_it_is_told_to_go_on_to():
    body = ("يشارك عبد اللطيف حموشي في أشغال المؤتمر الإقليمي للأنتربول، التي افتتحت يوم الاثنين بمدينة ليون "
            "الفرنسية، وتتواصل إلى غاية يوم غد الخميس.")
    found = events(body, title="حموشي بليون", published=dt.date(2024, 4, 17))
    assert spans(found) == [("FR", dt.date(2024, 4, 15), dt.date(2024, 4, 18))]


def test_a_ministry_named_with_its_nationality_makes_the_official_that_countrys():
    body = ("عرفت سنة 2023 نشاطا مكثفا لعبد اللطيف حموشي.\n\nوكانت أبرز محطاته زيارة العمل التي قادته في يونيو إلى "
            "بروكسيل، حيث تباحث مع المدير العام للشرطة الإدارية بوزارة الداخلية البلجيكية.")
    found = events(body, title="حصيلة 2023", published=None)
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("BE", dt.date(2023, 6, 1))]


def test_a_visit_told_in_a_relative_clause_is_the_visit_of_the_one_before_it():
    body = ("والتقى حموشي بمراكش المدير العام للشرطة البلجيكية، ثم مدير الأمن العام الأردني، الذي سبق أن زار الرباط "
            "في مارس الماضي.")
    found = events(body, title="لقاءات", published=dt.date(2024, 11, 26))
    assert ("JO", dt.date(2024, 3, 1)) in [(c["country_iso2"], c["start_date"]) for c in found if
                                           c["meeting_type"] == "hosted_visit"]


def test_one_who_represented_his_body_named_before_was_there_not_he():
    body = ("أما المديرية العامة للأمن الوطني، فقد مثلها في اجتماع تقني عقد على هامش الزيارة المدير المركزي للشرطة "
            "القضائية، مؤكدا أن الصورة المتداولة لحموشي مع أحد أعضاء الوفد الإسباني قديمة.")
    assert events(body, title="توضيح", published=dt.date(2023, 6, 1)) == []


def test_what_he_may_do_is_a_plan():
    body = ("وتشير المصادر إلى أن عبد اللطيف حموشي قد يقوم بزيارة عمل إلى أوتاوا خلال النصف الثاني من السنة الجارية، "
            "تلبية لدعوة من الجانب الكندي.")
    assert events(body, title="زيارة", published=dt.date(2024, 4, 2)) == []


def test_a_visit_a_group_made_is_theirs():
    body = ("استقبل عبد اللطيف حموشي، أمس الثلاثاء بالرباط، المدير العام للشرطة الفيدرالية الباكستانية.\n\nوتأتي هذه "
            "الزيارة بعد الزيارة التي قام بها وفد تقني من المديرية العامة للأمن الوطني إلى إسلام آباد في غشت الماضي.")
    found = events(body, title="الرباط", published=dt.date(2025, 9, 17))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("PK", dt.date(2025, 9, 16))]


def test_a_session_his_visit_coincides_with_is_its_setting():
    body = ("حل عبد اللطيف حموشي، اليوم الاثنين، بأبوظبي في زيارة عمل. وتتزامن زيارة المسؤول المغربي مع انعقاد معرض "
            "ومؤتمر الأمن الدولي، الذي انطلقت فعالياته اليوم بأبوظبي، ويتواصل حتى 6 مارس الجاري.")
    found = events(body, title="أبوظبي", published=dt.date(2024, 3, 4))
    assert [(c["meeting_type"], c["start_date"], c["end_date"]) for c in found] == [
        ("visit_abroad", dt.date(2024, 3, 4), dt.date(2024, 3, 4))]


def test_the_current_director_general_names_no_year():
    body = "الشهر الماضي فقط، استقبل عبد اللطيف حموشي في الرباط المدير العام الحالي للأمن الداخلي الفرنسي."
    found = events(body, title="حوار", published=dt.date(2019, 12, 14))
    assert [(c["country_iso2"], c["start_date"], c["date_precision"]) for c in found] == [
        ("FR", dt.date(2019, 11, 1), "month")]


def test_what_comes_from_a_place_is_no_plan():
    body = ("في نونبر 2024، ترأس عبد اللطيف حموشي الوفد المغربي إلى الجمعية العامة للإنتربول بغلاسكو، حيث تباحث مع "
            "نظيره البريطاني، خصصت في جانب منها لتتبع المخدرات القادمة من أمريكا اللاتينية.")
    found = events(body, title="حصيلة", published=dt.date(2025, 3, 11))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("GB", dt.date(2024, 11, 1))]


def test_the_day_he_received_guests_is_one_day_of_their_stay():
    body = ("استقبل عبد اللطيف حموشي، أمس الاثنين بالرباط، وفدا من الشرطة الفيدرالية الألمانية، وذلك في إطار زيارة "
            "عمل تستمر يومين.")
    found = events(body, title="الرباط", published=dt.date(2025, 2, 11))
    assert spans(found) == [("DE", dt.date(2025, 2, 10), dt.date(2025, 2, 10))]


def test_a_pair_of_days_after_and_is_both_days():
    body = ("حل عبد اللطيف حموشي يوم الثلاثاء الماضي بداكار.\n\nويومي الأربعاء والخميس، انتقل المسؤول الأمني المغربي "
            "إلى أبيدجان، حيث استقبله وزير الداخلية الإيفواري.")
    found = events(body, title="جولة إفريقية", published=dt.date(2016, 4, 16))
    assert ("CI", dt.date(2016, 4, 13), dt.date(2016, 4, 14)) in spans(found)


def test_a_council_of_ministers_session_is_the_ministers_not_his():
    body = ("حل عبد اللطيف حموشي أمس الاثنين بتونس في زيارة عمل.\n\nوانطلقت أمس بالعاصمة التونسية أشغال الدورة "
            "الأربعين لمجلس وزراء الداخلية العرب، بحضور وزير الداخلية عبد الوافي لفتيت.")
    found = events(body, title="تونس", published=dt.date(2024, 5, 14))
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("visit_abroad", "TN")]

def test_the_council_of_ministers_honour_to_him_is_his():
    body = ("وشح مجلس وزراء الداخلية العرب، أمس الأربعاء بتونس، عبد اللطيف حموشي بوسام الأمير نايف للأمن العربي من "
            "الدرجة الممتازة.")
    found = events(body, title="تتويج", published=dt.date(2023, 3, 2))
    assert [(c["meeting_type"], c["start_date"]) for c in found] == [("honor", dt.date(2023, 3, 1))]


def test_a_moroccan_official_named_again_by_family_name_acts_himself():
    body = ("ترأس وزير الداخلية محمد حصاد، اليوم الأربعاء بتونس، الوفد المغربي المشارك في أشغال الدورة الثالثة "
            "والثلاثين لمجلس وزراء الداخلية العرب، ويضم الوفد عبد اللطيف حموشي.\n\nوعلى هامش الجلسة الافتتاحية، "
            "أجرى حصاد مباحثات مع وزير الداخلية السعودي حول التنسيق الأمني.")
    found = events(body, title="تونس", published=dt.date(2016, 3, 2))
    assert [(c["meeting_type"], c["country_iso2"]) for c in found] == [("conference", "TN")]

def test_a_gathering_being_prepared_for_has_not_met():
    body = ("وترأس عبد اللطيف حموشي، أمس الاثنين بالرباط، اجتماعا لتتبع الاستعدادات الجارية لاحتضان مدينة مراكش "
            "لأشغال الدورة الثالثة والتسعين للجمعية العامة للإنتربول، المرتقبة في نونبر المقبل.")
    found = events(body, title="مراكش", published=dt.date(2025, 6, 10))
    assert [c["meeting_type"] for c in found if c["meeting_type"] == "conference"] == []


def test_a_verb_never_takes_the_article():
    body = ("وقع عبد اللطيف حموشي، أمس الثلاثاء بالرباط، مذكرة تفاهم مع المدير العام للشرطة النيجرية، في إطار "
            "التوجه الإفريقي للمملكة.")
    found = events(body, title="الرباط", published=dt.date(2021, 6, 9))
    assert [(c["meeting_type"], c["trigger_word"]) for c in found] == [("agreement", "وقع")]


def test_a_session_he_arrived_for_takes_its_days():
    body = ("حل عبد اللطيف حموشي، أمس الأربعاء، بتونس للمشاركة في أشغال الدورة الثامنة والأربعين لمؤتمر قادة الشرطة "
            "والأمن العرب، التي تنعقد يومي 4 و5 دجنبر الجاري.")
    found = events(body, title="تونس", published=dt.date(2024, 12, 5))
    assert ("TN", dt.date(2024, 12, 4), dt.date(2024, 12, 5)) in spans(found)


def test_an_upcoming_visit_without_the_article_is_a_plan():
    body = ("وتأمل الشرطة الإسبانية أن يتوج التعاون بزيارة مقبلة للمدير العام للأمن الوطني عبد اللطيف حموشي إلى "
            "مدريد.")
    assert events(body, title="مدريد", published=dt.date(2024, 5, 14)) == []


def test_a_hope_to_meet_him_is_no_meeting():
    assert future_marked(normalize_text("وأكدت الوزيرة أن بلادها تعول على الخبرة المغربية، معربة عن أملها في لقاء "
                                        "حموشي بالعاصمة البلجيكية"))
    assert not future_marked(normalize_text("وعبر عن أمله الكبير في نجاح التعاون بعد لقاء حموشي أمس"))


def test_the_place_an_attack_struck_is_not_the_meetings():
    body = ("أجرى عبد اللطيف حموشي، يومي الثلاثاء 14 والأربعاء 15 نونبر 2017، زيارة عمل إلى العاصمة البلجيكية "
            "بروكسل. وفي اليوم الموالي، التقى حموشي المدير العام لجهاز أمن الدولة، في اجتماع خصص لمتابعة الشبكات "
            "التي نفذت اعتداءات باريس وبروكسل.")
    found = events(body, title="بروكسل", published=dt.date(2017, 11, 17))
    assert "FR" not in [c["country_iso2"] for c in found]


def test_the_last_days_of_a_month_are_that_month():
    body = "استقبل حموشي، في الأيام الأخيرة من نونبر، المدير العام للأمن الوطني الموريتاني بالرباط."
    found = events(body, title="الرباط", published=dt.date(2017, 12, 2))
    assert [(c["country_iso2"], c["start_date"], c["date_precision"]) for c in found] == [
        ("MR", dt.date(2017, 11, 1), "month")]


def test_two_weekdays_before_two_days_name_them_in_order():
    body = "الثلاثاء والأربعاء 14 و15 نونبر: زيارة عمل إلى بروكسل\n\nحل عبد اللطيف حموشي بالعاصمة البلجيكية بروكسل."
    found = events(body, title="أبرز محطات الشهر", published=dt.date(2017, 12, 2))
    assert spans(found) == [("BE", dt.date(2017, 11, 14), dt.date(2017, 11, 15))]


def test_the_sessions_of_a_gathering_he_secured_are_not_his():
    body = ("استقبل عبد اللطيف حموشي، أمس الاثنين بمراكش، المدير العام للشرطة الوطنية الفرنسية، الذي حل بالمدينة "
            "للاطلاع على الترتيبات الأمنية المعتمدة لتأمين أشغال مؤتمر الأطراف في الاتفاقية الإطار للأمم المتحدة.")
    found = events(body, title="مراكش", published=dt.date(2016, 11, 15))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("FR", "hosted_visit", dt.date(2016, 11, 14))]


def test_the_country_a_sentence_sets_apart_is_the_party_of_what_follows():
    body = ("وفي يونيو 2017، استقبل حموشي بالرباط المفتش العام للشرطة النيجيرية.\n\nأما رواندا، التي ظلت لسنوات "
            "بعيدة عن دائرة التعاون الأمني المغربي، فقد استقبل حموشي قائد شرطتها الوطنية بالرباط خلال سنة 2019.")
    found = events(body, title="إفريقيا", published=dt.date(2024, 10, 20))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [
        ("NG", dt.date(2017, 6, 1)), ("RW", dt.date(2019, 1, 1))]


def test_the_capital_attacks_struck_may_be_where_he_went():
    body = ("ففي سنة 2016، وفي عز الصدمة التي خلفتها الاعتداءات الإرهابية بالعاصمة البلجيكية، شد حموشي الرحال إلى "
            "هناك للقاء مسؤولي الشرطة الفيدرالية.")
    found = events(body, title="بروكسيل", published=dt.date(2020, 5, 1))
    assert [c["country_iso2"] for c in found] == ["BE"]


def test_the_gathering_anothers_part_dated_is_where_he_took_part():
    body = ("ترأس مدير الأمن العام السعودي وفد المملكة المشارك في أعمال مؤتمر قادة الشرطة والأمن العرب، الذي احتضنه "
            "مقر الأمانة العامة في العاصمة التونسية يومي 6 و7 دجنبر الجاري.\n\nوشارك في أعمال المؤتمر المدير العام "
            "للأمن الوطني عبد اللطيف حموشي، الذي ترأس وفد بلاده.")
    found = events(body, title="مدير الأمن العام يترأس وفد المملكة", published=dt.date(2016, 12, 8))
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("conference", "TN", dt.date(2016, 12, 6), dt.date(2016, 12, 7))]


def test_the_first_in_months_says_nothing_of_when_this_one_was():
    body = ("أجرى المدير العام للشرطة البلجيكية، أمس الخميس، مباحثات مع عبد اللطيف حموشي بالرباط، في أول زيارة يقوم "
            "بها مسؤول أمني بلجيكي بهذا المستوى إلى المغرب منذ شهور.")
    found = events(body, published=dt.date(2024, 5, 17))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("BE", dt.date(2024, 5, 16))]


def test_a_state_s_state_security_then_the_state_is_whose_body_not_where_they_met():
    body = ("أجرى عبد اللطيف حموشي، يوم الاثنين، مباحثات مع رئيس جهاز أمن الدولة بدولة الكويت، الذي حل بالمملكة "
            "في زيارة عمل.")
    found = events(body, published=dt.date(2024, 5, 14))
    assert [(c["meeting_type"], c["country_iso2"], c["direction"]) for c in found] == [
        ("hosted_visit", "KW", "hosted")]


def test_a_place_with_another_country_after_it_names_the_parties_not_where_it_sat():
    # 'As for Nouakchott, it saw ...': the city set apart hosted it; Morocco and Mauritania are the two bodies'.
    body = ("أما نواكشوط فقد شهدت في دجنبر 2022 توقيع عبد اللطيف حموشي أول اتفاقية تعاون بين المديريتين العامتين "
            "للأمن الوطني في المغرب وموريتانيا.")
    found = events(body, published=dt.date(2024, 5, 14))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("MR", "abroad")]
    # Morocco alone after 'في' is still where it sat.
    found = events("عقد عبد اللطيف حموشي في دجنبر 2022 اجتماعا في المغرب مع نظيره الموريتاني.",
                   published=dt.date(2024, 5, 14))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("MR", "hosted")]


def test_a_day_of_a_visit_under_way_since_an_earlier_day_is_one_of_its_days():
    body = ("وقع المدير العام للأمن الوطني الموريتاني، اليوم الثلاثاء بنواكشوط، اتفاقية تعاون مع عبد اللطيف حموشي، "
            "الذي يزور بلادنا منذ مساء أمس الاثنين على رأس وفد أمني.")
    assert spans(events(body, published=dt.date(2024, 5, 14))) == [("MR", dt.date(2024, 5, 13), dt.date(2024, 5, 14))]
    body = ("وقع المدير العام للأمن الوطني الموريتاني، اليوم الثلاثاء بنواكشوط، اتفاقية تعاون مع عبد اللطيف حموشي، "
            "الذي يزور موريتانيا منذ يوم أمس الاثنين في زيارة رسمية تستمر ثلاثة أيام.")
    assert spans(events(body, published=dt.date(2024, 5, 14))) == [("MR", dt.date(2024, 5, 13), dt.date(2024, 5, 15))]
    # Received there, the visit under way is his.
    body = ("استقبل المدير العام للأمن الوطني الموريتاني، اليوم الاثنين بمكتبه في نواكشوط، عبد اللطيف حموشي، الذي يؤدي "
            "زيارة عمل لبلادنا منذ مساء أمس الأحد.")
    assert spans(events(body, published=dt.date(2018, 12, 10))) == [("MR", dt.date(2018, 12, 9), dt.date(2018, 12, 10))]
    # The guest he received has been visiting since Sunday: he received him on the one day.
    body = "استقبل عبد اللطيف حموشي اليوم الثلاثاء بالرباط وزير الداخلية الموريتاني الذي يزور المملكة منذ يوم الأحد."
    assert spans(events(body, published=dt.date(2024, 5, 14))) == [("MR", dt.date(2024, 5, 14), dt.date(2024, 5, 14))]


def test_a_title_right_after_a_decoration_s_noun_is_the_decoration_s_name():
    body = ("منحت فرنسا عبد اللطيف حموشي وسام جوقة الشرف في أكتوبر 2022. وفي فبراير 2023، حظي بوسام الملك عبد العزيز "
            "من الدرجة الممتازة من المملكة العربية السعودية.")
    found = events(body, published=dt.date(2024, 5, 14))
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"]) for c in found] == [
        ("honor", "FR", dt.date(2022, 10, 1)), ("honor", "SA", dt.date(2023, 2, 1))]


def test_a_visit_told_from_one_weekday_to_another_spans_them():
    found = events("أجرى عبد اللطيف حموشي زيارة عمل إلى دولة الكويت امتدت من يوم الأحد إلى يوم الثلاثاء.",
                   published=dt.date(2024, 5, 16))
    assert spans(found) == [("KW", dt.date(2024, 5, 12), dt.date(2024, 5, 14))]
    # And in a relative clause after the visit's noun, which the day he came back dated.
    body = ("وأكد المصدر أن عبد اللطيف حموشي عاد إلى الرباط مساء الثلاثاء الماضي، فور انتهاء زيارة العمل التي أجراها "
            "إلى دولة الكويت، والتي امتدت من يوم الأحد إلى يوم الثلاثاء من الأسبوع الجاري.")
    assert spans(events(body, published=dt.date(2024, 5, 16))) == [("KW", dt.date(2024, 5, 12), dt.date(2024, 5, 14))]


def test_the_capital_he_came_back_from_is_not_where_he_received_the_guest():
    body = ("التقى عبد اللطيف حموشي بمدريد، من 16 إلى 18 أكتوبر 2023، وزير الداخلية الإسباني. "
            "وقبل أن ينقضي شهر أكتوبر، وبعد عودته من العاصمة الإسبانية، استقبل بالرباط المفوض العام للشرطة "
            "الفيدرالية البلجيكية، في زيارة خصصت لتبادل المعلومات.")
    found = events(body, published=dt.date(2023, 11, 20))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("ES", "visit_abroad"), ("BE", "hosted_visit")]


def test_the_days_of_a_tour_s_first_leg_told_again_are_that_leg():
    body = ("أجرى عبد اللطيف حموشي، أمس الخميس، مباحثات بالقاهرة مع وزير الداخلية المصري، في المحطة الأخيرة من "
            "جولة عمل انطلقت يوم الاثنين الماضي من العاصمة الأردنية. وكان حموشي قد قضى بالأردن ثلاثة أيام، "
            "من الاثنين إلى الأربعاء، اجتمع فيها بمدير الأمن العام الأردني.")
    assert sorted(spans(events(body, published=dt.date(2019, 11, 8)))) == [
        ("EG", dt.date(2019, 11, 7), dt.date(2019, 11, 7)), ("JO", dt.date(2019, 11, 4), dt.date(2019, 11, 6))]


def test_a_paper_that_calls_morocco_a_sister_state_names_its_own_officials_bare():
    # Its place line over its date line says where it wrote from; its bare titles are that country's.
    body = ("الكويت - قسم الأخبار المحلية\nالخميس 14 مارس 2024\n\nعاد إلى البلاد مساء أمس رئيس جهاز أمن الدولة والوفد "
            "المرافق له، قادما من المملكة المغربية الشقيقة، بعد زيارة رسمية استغرقت يومين، التقى خلالها المدير العام "
            "للأمن الوطني المغربي عبد اللطيف حموشي.")
    article = extraction(body, title="رئيس الجهاز يعود من الرباط")
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"], c["end_date"])
            for c in article.event_candidates if c["is_event"]] == [
        ("hosted_visit", "KW", dt.date(2024, 3, 12), dt.date(2024, 3, 13))]


def test_what_the_sides_agreed_would_be_and_what_was_then_put_off_did_not_take_place():
    for body in ("واتفق الجانبان يومها على أن يزور عبد اللطيف حموشي نواكشوط في مارس 2020، لكن الجائحة أدت إلى إلغاء "
                 "الرحلة.",
                 "وكانت زيارة عبد اللطيف حموشي إلى روما قد برمجت في البداية خلال شهر ماي، قبل أن يتقرر تأجيلها بسبب "
                 "الفيضانات."):
        assert events(body, published=dt.date(2023, 6, 22)) == []
    # What the agreement was about may sit beside a visit that took place.
    body = ("واتفق الطرفان على أن تعقد اللجنة المشتركة اجتماعها المقبل بالرباط. وكان عبد اللطيف حموشي قد زار "
            "نواكشوط في مارس 2020.")
    assert spans(events(body, published=dt.date(2023, 6, 22))) == [("MR", dt.date(2020, 3, 1), dt.date(2020, 3, 31))]


def test_when_goes_on_with_the_subject_of_the_passage_as_where_does():
    for body, country in (
            ("زار عبد اللطيف حموشي عدة عواصم عربية خلال 2019. البداية كانت من الرياض في شباط الماضي، حين التقى رئيس "
             "أمن الدولة السعودي، وبحث معه تبادل المعلومات.", "SA"),
            ("زار عبد اللطيف حموشي عدة عواصم خلال 2019. وفي شباط، عندما التقى مدير الشرطة الفرنسية بباريس، بحث معه "
             "التعاون.", "FR")):
        assert [(c["country_iso2"], c["start_date"]) for c in events(body, published=dt.date(2020, 1, 4))] == [
            (country, dt.date(2019, 2, 1))]


def test_a_denial_that_he_had_done_it_with_his_name_and_a_day_between():
    body = "نفى مصدر أمني، اليوم الجمعة، أن يكون عبد اللطيف حموشي قد استقبل الأسبوع الماضي وفدا ليبيا بالرباط."
    assert events(body, published=dt.date(2021, 7, 9)) == []
    # Denying another thing, then affirming his: his stands.
    body = ("نفى مصدر أمني أن تكون الزيارة قد ألغيت، مؤكدا أن عبد اللطيف حموشي قد استقبل يوم 5 يوليوز 2021 وفدا ليبيا "
            "بالرباط.")
    assert spans(events(body, published=dt.date(2021, 7, 9))) == [("LY", dt.date(2021, 7, 5), dt.date(2021, 7, 5))]


def test_a_meeting_that_joined_visitors_with_another_moroccan_official_is_not_his():
    body = ("استقبل عبد اللطيف حموشي سفير فرنسا في ماي 2021. وأوضح المصدر أن الأمر يتعلق باجتماع تقني احتضنه المقر "
            "المركزي للمديرية العامة للأمن الوطني بالرباط يوم الثلاثاء الماضي، جمع وفدا من الشرطة الليبية بمدير "
            "التعاون الدولي بالمديرية العامة للأمن الوطني.")
    assert [c["country_iso2"] for c in events(body, published=dt.date(2021, 7, 9))] == ["FR"]


# --- the twenty-third session: ways home from Morocco, spans to 'حتى' ---------------------------
def test_a_guest_who_went_home_after_a_visit_to_morocco_was_hosted_from_his_home():
    for body, country in (
            # The place he went home to is in the clause before the visit's days: still his country.
            ("عاد المدير العام للشرطة، أمس الأربعاء إلى داكار، بعد زيارة عمل إلى المملكة المغربية امتدت من الاثنين 9 "
             "إلى الأربعاء 11 يونيو، أجرى خلالها مباحثات مع عبد اللطيف حموشي.", "SN"),
            # 'إثر زيارة': the way home is not where the visit went.
            ("عاد المدير العام للأمن الوطني إلى تونس، إثر زيارة عمل أداها إلى المملكة المغربية من الاثنين 9 إلى "
             "الأربعاء 11 يونيو 2025، التقى خلالها عبد اللطيف حموشي.", "TN"),
            # The one who came back, and the hour, between the place and 'قادما من المملكة المغربية'.
            ("عاد إلى نواكشوط مساء الأربعاء 11 يونيو المدير العام للأمن الوطني الفريق محمد ولد أحمد، قادما من المملكة "
             "المغربية، في ختام زيارة عمل أداها بدعوة من نظيره المغربي عبد اللطيف حموشي.", "MR")):
        found = events(body, published=dt.date(2025, 6, 12))
        assert [(c["country_iso2"], c["direction"]) for c in found] == [(country, "hosted")], body


def test_a_paper_whose_official_came_home_from_morocco_writes_in_its_own_voice():
    # Filed from Amman, telling its public security director's return home: his country's press, whose bare title
    # is its own official.
    body = ("عمّان – الخميس 23 تشرين الثاني 2017\nعاد مدير الأمن العام إلى أرض الوطن بعد زيارة عمل إلى المملكة "
            "المغربية امتدت من الاثنين 20 وحتى الأربعاء 22 تشرين الثاني، التقى خلالها المدير العام للأمن الوطني "
            "المغربي عبد اللطيف حموشي.\nوتأتي الزيارة في سياق التعاون المتنامي بين الأردن والمغرب.")
    found = events(body, title="مدير الأمن العام يعود من المغرب")
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("JO", "hosted")]
    assert (found[0]["start_date"], found[0]["end_date"]) == (dt.date(2017, 11, 20), dt.date(2017, 11, 22))


def test_a_span_of_days_to_hatta():
    from sdw.extraction.dates import DateGrammar

    grammar = DateGrammar(default_reference())
    for text, days in (("من 20 حتى 22 نونبر 2017", ("20", "22")),
                       ("من الاثنين 20 وحتى الأربعاء 22 نونبر", ("20", "22"))):
        mention = grammar.find(normalize_text(text))[0]
        assert (mention.parts["d1"], mention.parts["d2"]) == days, text


def test_a_visit_to_morocco_by_a_page_that_names_him_only_as_a_bodys_lead_is_not_his():
    body = ("المنامة – الثلاثاء 15 مارس 2022\nيقوم رئيس الأمن العام بزيارة رسمية إلى المملكة المغربية الشقيقة، بدأت "
            "يوم الأحد وتستمر ثلاثة أيام.\nوالتقى رئيس الأمن العام خلال الزيارة وزير الداخلية بالمملكة المغربية.\n"
            "وشملت الزيارة جولة في المعهد الملكي للشرطة بالقنيطرة، الذي شهد تطويرا شاملا تحت إشراف مديرها العام السيد "
            "عبد اللطيف حموشي.")
    assert events(body, title="رئيس الأمن العام يزور المملكة المغربية الشقيقة") == []


def test_a_claim_ascribed_to_sources_a_visit_put_off_far_after_it_and_a_new_director_are_not_his():
    # What a paper ascribed to its sources is a claim, not a fact.
    body = ("نفى مصدر أمني ما نشرته صحيفة إسبانية. وكانت الصحيفة المذكورة قد نسبت إلى \"مصادر دبلوماسية\" أن الحموشي "
            "حل بمدريد يوم الثلاثاء الماضي على متن طائرة خاصة.")
    assert events(body, published=dt.date(2014, 11, 9)) == []
    body = ("وكانت الأسبوعية قد زعمت في عددها الصادر نهاية الأسبوع أن حموشي حل بباريس يوم الأربعاء 19 جانفي، في زيارة "
            "غير معلنة.")
    assert events(body, published=dt.date(2022, 1, 25)) == []
    # Put off, said after the visit's guest, destination and days.
    body = ("علمت الجريدة أن الزيارة التي كان من المنتظر أن يقوم بها المدير العام للأمن الداخلي الفرنسي إلى الرباط "
            "منتصف الشهر الجاري، أرجئت باتفاق بين الطرفين إلى ما بعد نهاية البطولة.")
    assert events(body, published=dt.date(2026, 1, 12)) == []
    # Called off far after the visit, but the trip called off is another, told in a clause of its own.
    body = ("قام عبد اللطيف حموشي يومي 5 و6 أكتوبر 2021 بزيارة عمل إلى بلجيكا، بعدما حال الوباء دون إجرائها في أبريل "
            "2020 كما كان مبرمجا من قبل، حين ألغيت الرحلة قبل أيام من موعدها.")
    assert spans(events(body, published=dt.date(2021, 10, 8))) == [("BE", dt.date(2021, 10, 5), dt.date(2021, 10, 6))]
    # The new director general of another force, unmarked after the page told of his appointment.
    body = ("أرجئت زيارة عبد اللطيف حموشي إلى نواكشوط. وتأتي الزيارة المؤجلة بعد أسابيع من تعيين قيادة جديدة على رأس "
            "الإدارة العامة للأمن الوطني. وكان المدير العام الجديد قد حل الأسبوع الماضي بالعاصمة السنغالية دكار، حيث "
            "أجرى مباحثات مع نظيره السنغالي.")
    assert events(body, published=dt.date(2019, 10, 20)) == []



def test_a_weekday_of_last_week_is_that_day_of_the_week_before_the_pages():
    # Friday 24 September 2021: 'the Thursday of last week' is the 16th, not the 23rd ('الخميس الماضي').
    body = "استقبل عبد اللطيف حموشي يوم الخميس من الأسبوع الماضي المدير العام للشرطة الوطنية السنغالية."
    assert spans(events(body, published=dt.date(2021, 9, 24))) == [("SN", dt.date(2021, 9, 16), dt.date(2021, 9, 16))]
    body = "استقبل عبد اللطيف حموشي يوم الخميس الماضي المدير العام للشرطة الوطنية السنغالية."
    assert spans(events(body, published=dt.date(2021, 9, 24))) == [("SN", dt.date(2021, 9, 23), dt.date(2021, 9, 23))]


def test_a_signing_told_in_the_present_after_before_is_an_agreement_of_its_own():
    body = "وفي أكتوبر 2016، زار عبد اللطيف حموشي واشنطن، قبل أن يوقع يوم 22 نونبر 2016 اتفاقا مع الشرطة الألمانية."
    found = events(body, title="حصيلة سنة 2016", published=dt.date(2017, 1, 5))
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"]) for c in found] == [
        ("visit_abroad", "US", dt.date(2016, 10, 1)), ("agreement", "DE", dt.date(2016, 11, 22))]


def test_visitors_going_on_with_their_visit_came_to_a_later_stop_he_did_not_host():
    body = ("يواصل المدير العام للحرس المدني الإسباني زيارة عمل إلى المغرب، حيث حل صباح اليوم الخميس بمدينة تطوان "
            "قادما من طنجة.\n\nوتتزامن هذه الزيارة مع تعيينات أجراها عبد اللطيف حموشي الأسبوع الماضي في صفوف المسؤولين "
            "الأمنيين بالشمال.")
    assert events(body, title="المسؤول الإسباني في تطوان", published=dt.date(2018, 4, 12)) == []


def test_the_last_stop_of_a_visit_in_which_the_guest_had_met_him_is_not_his():
    body = ("حل رئيس الشرطة الإيطالية، يوم الأربعاء الماضي، بالدار البيضاء، في آخر محطة من زيارة العمل التي قادته إلى "
            "المغرب، والتي كان قد التقى خلالها بالرباط عبد اللطيف حموشي.")
    assert events(body, title="رئيس الشرطة الإيطالية في الدار البيضاء", published=dt.date(2023, 3, 17)) == []


def test_visitors_whose_programme_held_no_meeting_with_him_were_not_his_guests():
    body = ("نفى مصدر أمني أن يكون عبد اللطيف حموشي قد استقبل المدير العام للشرطة الوطنية بجمهورية مالي.\n\n"
            "وأوضح المصدر أن الوفد المالي قام فعلا بزيارة عمل إلى المغرب امتدت من الاثنين إلى الجمعة من الأسبوع "
            "الماضي، غير أن برنامجه "
            "\"لم يتضمن في أي لحظة لقاء مع المدير العام\".")
    assert events(body, title="مصدر أمني ينفي", published=dt.date(2021, 9, 17)) == []


def test_signing_a_guest_book_is_no_agreement_and_brussels_has_its_moroccan_spelling():
    body = ("حل عبد اللطيف حموشي يوم الثلاثاء 7 فبراير 2023 ببروكسيل، حيث اطلع على منظومة القيادة، قبل أن يوقع في "
            "السجل الذهبي للشرطة البلجيكية.")
    found = events(body, title="حموشي في بروكسيل", published=dt.date(2023, 2, 8))
    assert [(c["meeting_type"], c["country_iso2"], c["direction"]) for c in found] == [("visit_abroad", "BE", "abroad")]


def test_no_truth_in_what_was_published_about_a_visit_denies_it():
    body = "نفى مصدر أمني ما تداولته مواقع إلكترونية حول سفر عبد اللطيف حموشي إلى الخارج."
    assert events(body, title='مصدر أمني: لا صحة لما نشر حول "زيارة سرية" لحموشي إلى مدريد',
                  published=dt.date(2026, 1, 15)) == []


def test_a_visit_whose_agent_is_a_delegation_is_the_delegation_s():
    body = ("وأجرى عبد اللطيف حموشي في مارس الماضي مباحثات بالرباط مع مدير الشرطة الإسبانية، تلتها زيارة وفد من الشرطة "
            "القضائية إلى مملكة البحرين في أبريل.")
    found = events(body, title="حصيلة", published=dt.date(2025, 7, 1))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("ES", dt.date(2025, 3, 1))]
    led = events("وفي أبريل، زيارة وفد أمني يقوده عبد اللطيف حموشي إلى مملكة البحرين.", title="حصيلة",
                 published=dt.date(2025, 7, 1))
    assert [(c["country_iso2"], c["start_date"]) for c in led] == [("BH", dt.date(2025, 4, 1))]


def test_a_visit_to_another_moroccan_body_is_not_his_to_host():
    body = ("استقبل عبد اللطيف حموشي أمس الاثنين المدير العام للدرك الفرنسي.\nيشار إلى أن آخر زيارة رسمية لمسؤول "
            "فرنسي من هذا المستوى إلى القيادة العامة للدرك الملكي تعود إلى سنة 2016.")
    found = events(body, title="حموشي يستقبل", published=dt.date(2019, 5, 14))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("FR", dt.date(2019, 5, 13))]


def test_a_year_that_frames_a_review_s_last_item_gives_way_to_the_day_set_after_its_word():
    body = ("وكان آخر نشاط خارجي للمدير العام عبد اللطيف حموشي هذه السنة استقباله، يوم الاثنين الماضي بالرباط، "
            "سفير جمهورية ألمانيا الاتحادية.")
    found = events(body, title="حصيلة السنة", published=dt.date(2022, 12, 30))
    assert spans(found) == [("DE", dt.date(2022, 12, 26), dt.date(2022, 12, 26))]


def test_a_review_s_second_visit_told_as_one_more_item_is_a_visit_of_the_reviewed_year():
    body = ("خلال سنة 2019، أجرى حموشي أحد عشر لقاء ثنائيا وقام بزيارتين إلى الخارج.\n\n"
            "وقد حل حموشي بمدريد في منتصف مارس، حيث التقى كاتب الدولة في الأمن. أما الزيارة الثانية فكانت إلى "
            "الرياض، والتقى خلالها مسؤولين سعوديين.")
    found = events(body, title="حموشي.. سنة من التعاون", published=dt.date(2019, 12, 31))
    assert [(c["meeting_type"], c["country_iso2"], c["direction"], c["start_date"], c["end_date"]) for c in found
            if c["country_iso2"] == "SA"] == [
        ("visit_abroad", "SA", "abroad", dt.date(2019, 1, 1), dt.date(2019, 12, 31))]


def test_he_led_morocco_s_delegation_at_the_session_the_page_told_so_he_took_part_in_it():
    # The session is told first as the guest's, so it is not his until the page says he led Morocco's delegation.
    body = ("غادر قائد الشرطة الغانية المغرب أمس بعد مشاركته في أشغال الدورة الخامسة للمؤتمر الإفريقي لقادة الشرطة، "
            "التي احتضنتها مدينة مراكش من 6 إلى 8 أكتوبر الجاري.\n\nوكان قائد الشرطة الغانية قد أجرى، يوم 7 أكتوبر، "
            "على هامش أشغال المؤتمر، محادثات ثنائية مع عبد اللطيف حموشي، الذي ترأس الوفد المغربي في هذه الدورة.")
    found = events(body, title="اختتام المؤتمر", published=dt.date(2023, 10, 9))
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"], c["end_date"]) for c in found
            if c["meeting_type"] == "conference"] == [("conference", "MA", dt.date(2023, 10, 6), dt.date(2023, 10, 8))]


def test_the_meeting_told_again_as_what_it_was_devoted_to_is_not_dated_by_the_period_it_reviewed():
    body = ("استقبل عبد اللطيف حموشي أمس الثلاثاء بالرباط قائد الشرطة الفيدرالية البلجيكية.\n\nوأكد مصدر مطلع أن "
            "الاجتماع، الذي دام ساعة، خصص لتقييم نتائج التعاون بين البلدين طيلة السنة الماضية.")
    found = events(body, title="مباحثات أمنية", published=dt.date(2024, 5, 8))
    assert spans(found) == [("BE", dt.date(2024, 5, 7), dt.date(2024, 5, 7))]


def test_what_pages_spread_about_him_is_a_claim_not_an_engagement():
    body = ("تناقلت حسابات على مواقع التواصل الاجتماعي منذ أمس صورا وتدوينات، وروجت صفحات أن عبد اللطيف حموشي حل "
            "يوم الأحد الماضي بمدينة إسطنبول والتقى مسؤولين أتراكا.")
    assert events(body, title="حقيقة الزيارة", published=dt.date(2022, 3, 9)) == []
    body = ("تداولت صفحات على الشبكات الاجتماعية، طيلة نهاية الأسبوع، منشورات تفيد أن عبد اللطيف حموشي التقى يوم "
            "السبت الماضي بروما رئيس الشرطة الإيطالية.")
    assert events(body, title="حقيقة اللقاء", published=dt.date(2022, 3, 9)) == []


def test_what_is_set_against_a_spread_claim_is_affirmed():
    body = ("في 9 مارس 2022، روجت صفحات أن عبد اللطيف حموشي يوجد بإسطنبول، في حين أنه استقبل في اليوم نفسه "
            "بالرباط سفير جمهورية الهند.")
    assert spans(events(body, title="حقيقة الزيارة", published=dt.date(2022, 3, 12))) == [
        ("IN", dt.date(2022, 3, 9), dt.date(2022, 3, 9))]


def test_a_visit_the_sentence_says_he_took_no_part_in_is_not_his():
    body = ("وفي فبراير الماضي، حل وفد من ضباط الشرطة الأردنية بالمعهد الملكي للشرطة بالقنيطرة، في إطار برنامج "
            "لتبادل الخبرات في مجال التكوين المستمر، دون مشاركة المدير العام عبد اللطيف حموشي في هذه الزيارة.")
    assert events(body, title="تكوين مشترك", published=dt.date(2023, 4, 2)) == []


def test_a_meeting_held_at_his_headquarters_in_the_absence_of_the_director_named_by_title_and_name_is_not_his():
    # The bare title before his name is he: 'في غياب المدير العام عبد اللطيف حموشي'، 'دون أن يسجل حضور المدير العام في
    # هذا اللقاء'.
    for absent in ("في غياب المدير العام عبد اللطيف حموشي", "دون أن يسجل حضور المدير العام في هذا اللقاء",
                   "دون مشاركة المدير العام شخصيا"):
        body = ("احتضن مقر المديرية العامة للأمن الوطني بالرباط، يوم الثلاثاء 14 مارس 2023، لقاء مع وفد من الشرطة "
                f"الهولندية، {absent}.")
        assert events(body, title="لقاء", published=dt.date(2023, 3, 16)) == []


def test_a_working_visit_that_was_to_take_place_then_was_called_off_did_not_happen():
    body = ("أفادت مصادر متطابقة بأن زيارة العمل التي كان مقررا أن يقوم بها عبد اللطيف حموشي إلى العاصمة "
            "البرتغالية لشبونة يومي 20 و21 أبريل الجاري، قد أُلغيت بسبب الأوضاع الصحية.")
    assert events(body, title="إلغاء زيارة", published=dt.date(2020, 4, 10)) == []


def test_the_same_year_is_the_one_said_last_even_a_plan_s():
    # The year of the engagement told before it is not the one meant.
    body = ("في نونبر 2019، استقبل عبد اللطيف حموشي بالرباط سفير دولة قطر. وتأجلت بعض تنقلاته بعد ذلك. فرحلته إلى "
            "الكويت التي كانت مقررة في فبراير 2021 أرجئت، قبل أن تتم فعليا في يونيو من السنة نفسها، وتتوج بتوقيع "
            "اتفاقية تعاون مع وزارة الداخلية الكويتية.")
    found = events(body, title="زيارات مؤجلة", published=dt.date(2023, 5, 2))
    assert [span for span in spans(found) if span[0] == "KW"] == [("KW", dt.date(2021, 6, 1), dt.date(2021, 6, 30))]


def test_an_official_named_right_after_his_title_s_country_is_known_by_his_family_name_later():
    body = ("استقبل عبد اللطيف حموشي أمس الثلاثاء بالرباط وزير الداخلية البرتغالي جوزيه لويس كارنيرو، رفقة وفد "
            "من المسؤولين.\n\nوليست هذه أول زيارة لكارنيرو إلى المغرب، إذ سبق له أن حل بالرباط في مارس من السنة "
            "الماضية، حيث أجرى مباحثات مع حموشي.")
    found = events(body, title="مباحثات مغربية برتغالية", published=dt.date(2024, 5, 8))
    assert spans(found) == [("PT", dt.date(2024, 5, 7), dt.date(2024, 5, 7)),
                            ("PT", dt.date(2023, 3, 1), dt.date(2023, 3, 31))]


def test_a_delegation_of_his_force_that_went_abroad_is_not_he():
    body = ("وفي سياق متصل، أفادت مصادر مطلعة بأن وفدا من الأطر العليا للمديرية العامة للأمن الوطني كان قد حل الشهر "
            "الماضي بروما، حيث عقد اجتماعات تقنية مع مسؤولي الشرطة الإيطالية.")
    assert events(body, title="حموشي يعزز التعاون مع روما", published=dt.date(2023, 6, 8)) == []


def test_what_the_paper_deemed_likely_is_a_plan():
    body = ("ورجحت الصحيفة أن يحل عبد اللطيف حموشي بالعاصمة البلجيكية خلال الخريف، من أجل التوقيع على بروتوكول "
            "جديد للتعاون.")
    assert events(body, title="زيارة مرتقبة", published=dt.date(2023, 7, 10)) == []


def test_taking_part_in_a_number_of_gatherings_is_counted_not_one_engagement():
    body = ("وحسب معطيات رسمية، شارك عبد اللطيف حموشي، إلى غاية نهاية 2020، في 9 مؤتمرات دولية خارج المغرب: أربعة "
            "في أوروبا، وثلاثة في إفريقيا، وواحد في الولايات المتحدة، وآخر في اليابان.")
    assert events(body, title="الدبلوماسية الأمنية", published=dt.date(2021, 3, 2)) == []


def test_a_technical_delegation_s_part_in_a_meeting_is_not_his():
    body = ("وتعود الصور المتداولة إلى مشاركة وفد تقني من المديرية العامة للأمن الوطني، الثلاثاء الماضي في مدريد، "
            "في اجتماع لخبراء الهجرة.")
    assert events(body, title="حموشي لم يكن في مدريد", published=dt.date(2023, 6, 15)) == []


def test_a_visit_that_did_not_take_place_until_a_later_day_is_dated_by_that_day():
    body = ("فالمدير العام للشرطة الهولندية، الذي أعلنت صحف في أمستردام زيارته للرباط في مارس 2018، لم يحل بالمغرب إلا "
            "يوم الأربعاء 18 أبريل 2018، حيث استقبله عبد اللطيف حموشي.")
    found = events(body, title="زيارات على الورق", published=dt.date(2021, 2, 1))
    assert spans(found) == [("NL", dt.date(2018, 4, 18), dt.date(2018, 4, 18))]


def test_a_visit_scheduled_once_and_not_made_until_later_is_dated_by_when_it_was_made():
    body = ("وتبقى زيارة لشبونة خير مثال على ذلك؛ إذ كانت مبرمجة في أبريل 2020 قبل أن تحول الجائحة دونها، ولم يتمكن "
            "حموشي من السفر إلى العاصمة البرتغالية إلا في أكتوبر 2021، حيث التقى المدير الوطني للشرطة.")
    found = events(body, title="مواعيد مؤجلة", published=dt.date(2023, 3, 1))
    assert spans(found) == [("PT", dt.date(2021, 10, 1), dt.date(2021, 10, 31))]
    # Scheduled, with the engagement's word between, says nothing of its taking place.
    found = events("وكانت زيارة حموشي إلى لشبونة مبرمجة في أبريل 2020.", title="مواعيد مؤجلة",
                   published=dt.date(2023, 3, 1))
    assert found == []


def test_going_with_the_minister_to_a_capital_is_his_visit_there():
    body = "ويذكر أن عبد اللطيف حموشي رافق وزير الداخلية سنة 2017 إلى لشبونة ثم إلى روما لبحث ملف الهجرة."
    found = events(body, title="حموشي في أوروبا", published=dt.date(2020, 1, 8))
    assert [(c["meeting_type"], c["country_iso2"], c["start_date"]) for c in found] == [
        ("visit_abroad", "PT", dt.date(2017, 1, 1)), ("visit_abroad", "IT", dt.date(2017, 1, 1))]


def test_others_going_with_him_is_no_trip_of_his_of_its_own():
    body = ("وحل عبد اللطيف حموشي يوم الاثنين بالدوحة في زيارة عمل.\n\nوأوضح المصدر أن جزءا من الوفد بقي في الرباط، في "
            "حين رافق باقي الأعضاء المدير العام في محطة الدوحة، قبل أن يعود الوفد إلى الرباط مساء أمس الأربعاء.")
    found = events(body, title="حموشي في الدوحة", published=dt.date(2023, 11, 16))
    assert spans(found) == [("QA", dt.date(2023, 11, 13), dt.date(2023, 11, 13))]


def test_a_police_commissioner_decorated_with_a_delegation_of_his_directorate_present_is_not_his_honour():
    # 'عميد الشرطة' is a Moroccan police rank; 'وفد عن المديرية العامة' is his officers, not he.
    body = ("وشح سفير مملكة هولندا لدى المغرب، مساء أمس الأربعاء بإقامته بالرباط، عميد الشرطة الممتاز سعيد العلوي "
            "بوسام الاستحقاق الهولندي.\n\nوحضر حفل التوشيح وفد عن المديرية العامة للأمن الوطني ضم عددا من رؤساء "
            "المصالح المركزية، إلى جانب ممثلين عن الشرطة الهولندية المعتمدين بسفارة بلادهم في الرباط.\n\nوبعث "
            "المدير العام للأمن الوطني عبد اللطيف حموشي برقية تهنئة إلى الضابط المحتفى به.")
    assert events(body, title="سفير يوشح ضابطا", published=dt.date(2022, 3, 10)) == []


def test_a_reception_told_after_sabaqa_li_another_official_is_not_his():
    # 'سبق لوزير الداخلية أن استقبل نظيره البلجيكي': the minister received; 'نظيره البلجيكي' is the minister's
    # counterpart, and its nationality is not the minister's.
    for minister in ("وزير الداخلية", "وزير الداخلية عبد الوافي لفتيت"):
        body = ("وهذه ثالث زيارة يقوم بها حموشي إلى بلجيكا منذ تعيينه على رأس المديرية العامة للأمن الوطني في ماي "
                f"2015، في وقت يتعزز فيه التعاون بين البلدين؛ إذ سبق ل{minister} أن استقبل نظيره البلجيكي بالرباط "
                "قبل أسابيع.")
        assert events(body, title="حموشي في بروكسل", published=dt.date(2025, 6, 17)) == []


def test_an_invitation_to_visit_with_ila_is_a_plan():
    body = ("واستقبل وزير الداخلية البحريني صباح اليوم وفدا من المديرية العامة للأمن الوطني.\n\nوطلب الوزير من رئيس "
            "الوفد نقل تحياته إلى السيد حموشي، ودعوته إلى زيارة مملكة البحرين في موعد يتفق عليه الجانبان.")
    assert events(body, title="وفد أمني مغربي في المنامة", published=dt.date(2023, 3, 8)) == []


def test_these_meetings_told_in_general_are_no_engagement():
    body = ("ويلاحظ من خلال الجدول الزمني لهذه اللقاءات أن وتيرتها ارتفعت بشكل واضح بعد سنة 2022، بالتزامن مع احتضان "
            "قطر لكأس العالم.")
    assert events(body, title="حموشي والخليج", published=dt.date(2025, 6, 12)) == []


def test_a_stop_named_by_its_place_is_a_trip_there():
    body = ("وزار عبد اللطيف حموشي الرياض في ماي 2022.\n\nثم جاءت محطة الدوحة في شتنبر 2024، حيث استقبله وزير الداخلية "
            "القطري.")
    found = events(body, title="عشر سنوات", published=dt.date(2025, 6, 12))
    assert [(c["country_iso2"], c["direction"], c["meeting_type"]) for c in found] == [
        ("SA", "abroad", "visit_abroad"), ("QA", "abroad", "visit_abroad")]


def test_a_decoration_named_after_its_verb_is_the_same_honour():
    body = ("وتولى عبد اللطيف حموشي إدارة الأمن الوطني سنة 2015. أما سنة 2019 فكانت استثنائية؛ إذ وشحته إسبانيا خلالها "
            "بوسام الصليب الأكبر للاستحقاق الشرطي، قبل أن يتوجه في نونبر إلى الرياض بدعوة من رئاسة أمن الدولة "
            "السعودية، في زيارة دامت ثلاثة أيام.")
    found = events(body, title="عشر سنوات", published=dt.date(2025, 6, 12))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("ES", "honor", dt.date(2019, 1, 1)), ("SA", "visit_abroad", dt.date(2019, 11, 1))]


def test_a_place_line_over_the_date_line_says_the_kingdom_a_page_was_filed_in():
    # 'الرياض - فلان' above the date: a Saudi paper's dispatch, whose 'المملكة' is Saudi Arabia.
    body = ("الرياض - سعد العتيبي\nالأربعاء 17 سبتمبر 2025\n\nاختتم المدير العام للأمن الوطني المغربي عبد اللطيف "
            "حموشي، اليوم، زيارة عمل للمملكة استمرت ثلاثة أيام، التقى خلالها رئيس أمن الدولة.")
    found = events(body, title="حموشي يختتم زيارته")
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("SA", "abroad", dt.date(2025, 9, 15))]


def test_this_decoration_told_again_in_the_sentence_is_the_same_honour_not_its_decrees_date():
    body = ("بروكسل – اختتم عبد اللطيف حموشي، أمس الخميس، زيارة عمل إلى بلجيكا دامت يومين.\n\nوجرت مراسم التوشيح، "
            "أمس الخميس، بقصر إيغمونت ببروكسل، حيث قلدت وزيرة الداخلية البلجيكية، آن فان دام، المسؤول الأمني "
            "المغربي هذا الوسام الذي منحه إياه العاهل البلجيكي بموجب مرسوم ملكي صادق عليه مجلس الوزراء في ماي الماضي.")
    found = events(body, title="توشيح", published=dt.date(2024, 6, 14))
    assert dt.date(2024, 5, 1) not in [c["start_date"] for c in found]


def test_later_in_the_year_is_the_year_told_before():
    body = ("وافتتح حموشي السنة بزيارة عمل إلى أبوظبي في فبراير 2025. كما استقبل بالرباط، في وقت لاحق من السنة، مدير "
            "جهاز استخبارات الأمن البرتغالي.")
    found = events(body, title="حصيلة السنة")
    assert [(c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("AE", dt.date(2025, 2, 1), dt.date(2025, 2, 28)), ("PT", dt.date(2025, 1, 1), dt.date(2025, 12, 31))]


def test_a_visit_whose_programme_was_limited_to_others_is_not_his():
    body = ("وفي المقابل، نفى مصدر أمني مغربي ما تداولته مواقع إلكترونية محلية عن عقد المسؤول الأميركي اجتماعا مع "
            "المدير العام للأمن الوطني عبد اللطيف حموشي، مؤكدا أن برنامج الزيارة «اقتصر على وزارة الخارجية وبعض "
            "المؤسسات الدينية».")
    assert events(body, title="نفي", published=dt.date(2017, 12, 14)) == []


def test_the_two_after_the_official_he_met_are_he_and_that_official():
    body = ("الرباط – 4 أبريل 2022\n\nاستقبل عبد اللطيف حموشي، اليوم الاثنين بالرباط، المدير العام للشرطة الوطنية "
            "الهولندية.\n\nوأشاد المسؤول الهولندي بمستوى التنسيق بين البلدين.\n\nوكان الرجلان قد التقيا في لاهاي في "
            "شتنبر من السنة الماضية.")
    found = events(body, title="مباحثات مغربية هولندية")
    assert [(c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("NL", dt.date(2022, 4, 4), dt.date(2022, 4, 4)), ("NL", dt.date(2021, 9, 1), dt.date(2021, 9, 30))]


def test_a_gathering_he_only_sent_greetings_or_a_representative_to_is_not_his():
    body = ("تونس 9 مارس 2024 – اختتمت وزارة الداخلية التونسية اليوم السبت أعمال الندوة الإقليمية حول الجرائم "
            "الإلكترونية، التي استمرت يومين.\n\nوشارك في الندوة وفد من المديرية العامة للأمن الوطني يقوده والي "
            "أمن، ممثلا عن المدير العام للأمن الوطني عبد اللطيف حموشي.\n\nونقل رئيس الوفد تحيات حموشي إلى المنظمين.")
    assert events(body, title="ندوة تونس") == []


def test_greetings_from_him_under_his_two_titles_do_not_make_him_a_party():
    body = ("وفي بداية الاجتماع، نقل رئيس الوفد المغربي تحيات المدير العام للأمن الوطني والمدير العام لمراقبة التراب "
            "الوطني عبد اللطيف حموشي إلى أعضاء اللجنة المشتركة، التي عقدت اجتماعها أمس بالقاهرة.")
    assert events(body, title="اللجنة المشتركة", published=dt.date(2023, 5, 10)) == []


def test_a_printed_papers_issue_stamp_under_the_article_dates_the_page():
    body = ("وقال الكاتب إن لقاء حموشي بوزير الداخلية الكويتي في الرباط، الأسبوع الماضي، فتح صفحة جديدة.\n\n"
            "فقرة ثانية من المقال بلا تاريخ.\n\nفقرة ثالثة من المقال بلا تاريخ.\n\nفقرة رابعة من المقال بلا تاريخ.\n\n"
            "فقرة خامسة من المقال بلا تاريخ.\n\nفقرة سادسة من المقال بلا تاريخ.\n\nفقرة سابعة من المقال بلا تاريخ.\n\n"
            "العدد 5120 - الأحد 12 مايو 2024م")
    article = extraction(body, title="شراكة تتجدد")
    assert (article.published_date, article.published_source) == (dt.date(2024, 5, 12), "dateline")


def test_a_title_the_page_gave_a_named_foreign_official_is_his_when_repeated_alone():
    body = ("التقى الفريق أول الشيخ راشد بن عبدالله آل خليفة وزير الداخلية بالسيد عبد اللطيف حموشي في الرباط في مارس "
            "الماضي.\n\nوكان وزير الداخلية قد حل ضيفا على الرباط في عام 2019، وعقد مع حموشي جلسة عمل.")
    found = events(body, title="البحرين والمغرب", published=dt.date(2024, 6, 2))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("BH", "hosted", dt.date(2024, 3, 1)), ("BH", "hosted", dt.date(2019, 1, 1))]


def test_a_directorate_of_his_force_receiving_a_delegation_is_not_he():
    body = ("استقبل عبد اللطيف حموشي، يوم الاثنين بالرباط، المدير العام للشرطة الإسبانية.\n\nوفي سياق متصل، استقبلت "
            "مديرية الشرطة القضائية، يوم الثلاثاء، وفدا عن الشرطة الفيدرالية النمساوية لبحث التكوين.")
    found = events(body, title="أسبوع أمني", published=dt.date(2023, 3, 18))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("ES", dt.date(2023, 3, 13))]


def test_the_date_a_crisis_broke_out_is_not_his_visits():
    body = ("وحضر حموشي شخصيا إلى مدريد، في خطوة لها دلالة، بعدما كانت أزمة دبلوماسية بين البلدين قد اندلعت في "
            "أبريل 2021.")
    found = events(body, title="مدريد", published=dt.date(2022, 7, 8))
    assert dt.date(2021, 4, 1) not in [c["start_date"] for c in found]


def test_guests_he_received_coming_from_abroad_were_hosted():
    body = "وفي 2016، استقبل حموشي وفدا أمنيا قادما من أنقرة لبحث مكافحة الإرهاب."
    found = events(body, title="تركيا والمغرب", published=dt.date(2020, 1, 5))
    assert [(c["country_iso2"], c["direction"], c["meeting_type"]) for c in found] == [
        ("TR", "hosted", "hosted_visit")]


def test_a_tour_to_one_country_then_another_is_a_visit_to_each():
    body = "وكانت أبرز محطات حموشي الجولة التي قادته في ماي 2024 إلى كينيا ثم تنزانيا."
    found = events(body, title="إفريقيا", published=dt.date(2025, 1, 5))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [
        ("KE", "visit_abroad"), ("TZ", "visit_abroad")]


def test_a_crisis_before_a_semicolon_does_not_date_what_follows():
    body = ("ولم يتوقف التعاون حتى في عز الأزمة الصحية؛ ففي يونيو 2020، عقد حموشي اجتماعا عن بعد مع المدير العام "
            "للشرطة البرتغالية.")
    found = events(body, title="التعاون", published=dt.date(2021, 3, 1))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("PT", dt.date(2020, 6, 1))]


def test_days_between_two_numbers_of_the_same_month():
    body = ("وفي أكتوبر 2019، ترأس حموشي الوفد المغربي إلى أشغال الجمعية العامة للأنتربول، التي احتضنتها سانتياغو بين "
            "15 و18 من الشهر نفسه.")
    found = events(body, title="حصيلة", published=dt.date(2020, 1, 4))
    assert [(c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("CL", dt.date(2019, 10, 15), dt.date(2019, 10, 18))]


def test_a_date_in_a_before_that_clause_dates_what_that_clause_tells():
    body = ("الرباط – 3 يونيو 2016\n\nاستقبل حموشي، أمس الخميس بالرباط، المدير العام للشرطة البلجيكية.\n\n"
            "ويقول متابعون إن حضور حموشي شخصيا إلى بروكسل يحمل دلالة، بعد فتور طويل في التنسيق قبل أن تستأنف "
            "الاتصالات مطلع السنة الجارية.")
    found = events(body, title="بلجيكا")
    assert [(c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("BE", dt.date(2016, 6, 2), dt.date(2016, 6, 2))]


def test_a_count_of_meetings_with_a_title_the_page_gave_a_foreign_official_is_that_countrys():
    body = ("استقبل الفريق أول الشيخ راشد بن عبدالله آل خليفة وزير الداخلية السيد عبد اللطيف حموشي أمس.\n\n"
            "وأحصت مصادر مطلعة أربعة لقاءات جمعت وزير الداخلية بالمسؤول الأمني المغربي منذ عام 2016.")
    article = extraction(body, title="البحرين والمغرب", published=dt.date(2024, 6, 2))
    assert [(t["scope_type"], t["scope_code"], t["reported_count"]) for t in article.tally_claims] == [
        ("country", "BH", 4)]


def test_a_merit_badge_is_an_honour():
    body = "وفي سنة 2017، منحته المديرية العامة للشرطة البلغارية شارة الاستحقاق تقديرا لتعاونه."
    found = events(body, title="حموشي", published=dt.date(2020, 3, 1))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("BG", "honor", dt.date(2017, 1, 1))]


def test_a_trade_treaty_or_one_brought_into_being_is_no_signing_of_his():
    body = ("وتحسنت علاقات حموشي بنظرائه الأتراك رغم خلافات حول اتفاقية التبادل الحر، التي روجعت عام 2020. "
            "وقد عجلت نتائج التنسيق الأمني خلال السنة الماضية بإخراج الاتفاق البولندي إلى حيز الوجود.")
    assert events(body, title="تعاون", published=dt.date(2025, 4, 11)) == []


def test_a_visit_to_our_country_on_a_page_filed_abroad_is_to_that_country():
    body = ("باكو، 15 مايو (وكالة)\n\nالتقى رئيس جهاز أمن الدولة، اليوم، المدير العام للأمن الوطني المغربي عبد "
            "اللطيف حموشي، الذي يقوم بزيارة عمل إلى بلادنا بدأت أمس وتستمر يومين.")
    found = events(body, title="لقاء أمني", published=dt.date(2024, 5, 15))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("AZ", "abroad", dt.date(2024, 5, 14))]


def test_a_foreign_chiefs_bare_title_on_a_page_filed_in_his_capital_is_that_countrys():
    body = ("عمّان - الأحد 10 آذار 2019\n\nقال مدير الأمن العام إن التعاون مع المغرب متقدم، مضيفا: \"زرت الرباط في "
            "تشرين الأول 2017 بدعوة من الأخ عبد اللطيف حموشي\".")
    found = events(body, title="مقابلة")
    assert [(c["country_iso2"], c["direction"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("JO", "hosted", "hosted_visit", dt.date(2017, 10, 1))]


def test_places_in_what_the_talks_focused_on_are_no_party():
    body = ("حل حموشي، أمس الاثنين، بمدريد في زيارة عمل.\n\nوتركزت مباحثاته أمس الاثنين، حسب مصادر مطلعة، على "
            "عودة المقاتلين من سوريا، وعلى الوضع في ليبيا، بعد الهجمات التي شهدتها باريس.")
    found = events(body, title="مدريد", published=dt.date(2016, 3, 8))
    assert {c["country_iso2"] for c in found} == {"ES"}


def test_arrived_in_the_country_on_a_page_filed_abroad_is_a_visit_there():
    body = ("الدوحة - اجتمع مدير عام الأمن العام، صباح اليوم، بالسيد عبد اللطيف حموشي، الذي وصل إلى البلاد مساء أمس "
            "في زيارة رسمية تستغرق يومين.")
    found = events(body, title="اجتماع", published=dt.date(2019, 3, 18))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("QA", "abroad", dt.date(2019, 3, 17))]


def test_the_minister_he_accompanied_abroad_is_not_who_took_part():
    body = ("التحق حموشي بالمديرية سنة 2005. وفي مارس 2015 رافق وزير الداخلية محمد حصاد إلى مدريد، في أول حلول له "
            "بالعاصمة الإسبانية، وشارك هناك في جلسة مباحثات مع وزير الداخلية الإسباني.")
    found = events(body, title="حموشي", published=dt.date(2016, 6, 1))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("ES", "abroad", dt.date(2015, 3, 1))]


def test_a_signing_told_in_a_before_that_clause_keeps_its_date():
    body = ("أما غانا، فقد استقبل حموشي قائد شرطتها بالرباط سنة 2018، قبل أن يوقع الطرفان، يوم الاثنين 6 "
            "يوليوز 2020، مذكرة تفاهم.")
    found = events(body, title="غانا", published=dt.date(2021, 1, 4))
    assert dt.date(2020, 7, 6) in [c["start_date"] for c in found]


def test_what_the_talks_told_focused_on_is_no_new_meeting():
    body = ("حل حموشي أول أمس الثلاثاء بواشنطن في زيارة عمل.\n\nوحسب مصادر، بدأ برنامجه بلقاء مع مدير وكالة "
            "المخابرات المركزية الأمريكية، قبل أن يجري أمس الأربعاء مباحثات مع مدير مكتب التحقيقات الفيدرالي.\n\n"
            "وتركزت المباحثات، وفق مصادر، على خطر الجماعات في الساحل، وعلى الخلايا النائمة في أوروبا، بعد الهجمات "
            "التي شهدتها باريس في نونبر الماضي وبروكسل في مارس الماضي.")
    found = events(body, title="واشنطن", published=dt.date(2016, 6, 2))
    assert [c["country_iso2"] for c in found] == ["US"]


def test_what_a_meeting_was_given_to_is_no_party():
    body = ("وفي مارس 2016 استقبل حموشي بالرباط رئيس جهاز الاستخبارات الهولندي، في اجتماع خصص للمقاتلين "
            "المغادرين نحو العراق.")
    found = events(body, title="حموشي", published=dt.date(2017, 1, 2))
    assert [c["country_iso2"] for c in found] == ["NL"]


def test_an_envoy_s_farewell_call_is_a_meeting():
    body = "وفي شتنبر 2023 ودع حموشي سفيرة كندا التي أنهت مهامها في الرباط بعد ثلاث سنوات."
    found = events(body, title="حموشي", published=dt.date(2024, 1, 4))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("CA", "meeting", dt.date(2023, 9, 1))]


def test_a_meeting_the_source_is_denying_reports_of_did_not_take_place():
    body = ("وقال المصدر إن حموشي لم يسافر في الآونة الأخيرة، نافيا أخبارا تحدثت عن لقاء بينه وبين مدير المخابرات "
            "البريطانية في لندن الشهر الماضي.")
    assert events(body, title="حموشي", published=dt.date(2021, 11, 12)) == []


def test_news_the_services_denied_after_it_is_no_engagement():
    body = ("حل حموشي أمس الثلاثاء ببروكسيل في زيارة عمل.\n\nوللزيارة أهمية بعد أخبار روجها موقع أجنبي، في مارس "
            "الماضي، عن زيارة سرية لحموشي إلى بروكسيل، وهي الأخبار التي نفتها المصالح الأمنية في حينه.")
    found = events(body, title="بروكسيل", published=dt.date(2018, 6, 27))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("BE", dt.date(2018, 6, 26))]


def test_the_date_of_the_arrests_a_visit_crowned_is_not_the_visit_s():
    body = ("حل حموشي أمس الثلاثاء ببروكسيل في زيارة عمل.\n\nوقال مصدر إن الزيارة جاءت تتويجا لأشهر من التنسيق، في "
            "إشارة إلى التوقيفات التي نفذتها الشرطة البلجيكية في أنتويربن أواخر أبريل الماضي.")
    found = events(body, title="بروكسيل", published=dt.date(2018, 6, 27))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("BE", dt.date(2018, 6, 26))]


def test_the_two_men_s_earlier_meeting_is_with_the_official_he_met():
    body = ("أجرى حموشي اليوم الثلاثاء بالرباط مباحثات مع رئيس الشرطة الإيطالية.\n\nوأبدى المسؤول الإيطالي رغبة "
            "بلاده في تعزيز التعاون.\n\nويعد هذا ثاني لقاء يجمع الرجلين، بعد الاجتماع الذي عقداه في يونيو من "
            "السنة الماضية.")
    found = events(body, title="حموشي", published=dt.date(2025, 10, 14))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [
        ("IT", dt.date(2025, 10, 14)), ("IT", dt.date(2024, 6, 1))]


def test_that_year_is_the_year_named_last_an_event_s_too():
    body = ("ارتبط اسم حموشي بمونديال 2022. ففي يوليوز من تلك السنة استقبل بالرباط مدير عام الأمن العام "
            "القطري.")
    found = events(body, title="حموشي", published=dt.date(2025, 5, 2))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("QA", dt.date(2022, 7, 1))]


def test_the_day_a_plan_was_announced_at_a_press_conference_does_not_date_it():
    body = ("يرتقب أن يتوجه قائد الشرطة في كينيا، بعد غد الأربعاء، إلى العاصمة المغربية الرباط في زيارة عمل يلتقي "
            "خلالها عبد اللطيف حموشي، المدير العام للأمن الوطني، حسب ما أعلنه الناطق باسم الشرطة الكينية في ندوة "
            "صحافية عقدها صباح اليوم.")
    assert events(body, title="كينيا", published=dt.date(2023, 3, 6)) == []


def test_a_delegation_he_did_not_lead_is_not_his():
    body = ("عقد عبد اللطيف حموشي، المدير العام للأمن الوطني، لقاءات كثيرة هذه السنة.\n\nوفي المقابل، شارك وفد من "
            "المديرية، في نونبر المنصرم، في اجتماع تقني بمقر وكالة يوروبول بلاهاي، دون أن يترأسه حموشي.")
    assert events(body, title="حصيلة", published=dt.date(2021, 12, 28)) == []


def test_the_official_who_invited_him_is_his_host_not_the_visitor():
    body = ("وحموشي رجل الملفات الصعبة. وفي فبراير 2024، حل بالرياض بدعوة من رئيس أمن الدولة السعودي، وزار مركزا "
            "للتدريب.")
    found = events(body, title="حموشي", published=dt.date(2024, 5, 2))
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("SA", "abroad", dt.date(2024, 2, 1))]


def test_a_byline_that_names_the_outlet_then_its_city_files_the_page_there():
    body = ("أخبار الساحل – نواكشوط\nالثلاثاء 13 يونيو 2023 – 10:42\n\nأجرى المدير العام للأمن الوطني، على رأس وفد "
            "أمني، أمس الاثنين بالعاصمة المغربية الرباط، مباحثات مع المدير العام للأمن الوطني ومراقبة التراب الوطني "
            "بالمملكة المغربية، السيد عبد اللطيف الحموشي.")
    found = events(body, title="المدير العام للأمن الوطني يبحث في الرباط تعزيز التعاون")
    assert [(c["country_iso2"], c["direction"], c["start_date"]) for c in found] == [
        ("MR", "hosted", dt.date(2023, 6, 12))]


def test_a_delegation_another_led_that_included_him_is_his_part_in_it():
    body = ("تونس – انطلقت، اليوم، بتونس العاصمة أشغال الدورة الثانية والأربعين لمجلس وزراء الداخلية العرب، بمشاركة "
            "وفد مغربي يقوده وزير الداخلية، ويضم عبد اللطيف حموشي، المدير العام للأمن الوطني، إلى جانب مسؤولين آخرين.")
    found = events(body, title="وزراء الداخلية العرب", published=dt.date(2025, 2, 12))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("TN", "conference", dt.date(2025, 2, 12))]


def test_a_date_set_off_by_commas_after_an_arrest_is_the_arrest_s():
    body = ("حل وزير العدل البلجيكي بالرباط في زيارة عمل أجرى خلالها مباحثات مع نظيره المغربي، همت التعاون القضائي.\n\n"
            "ويأتي هذا اللقاء بعد أيام قليلة من توقيف الشرطة الفيدرالية البلجيكية، يوم الخميس 26 أبريل، لشخصين بمدينة "
            "أنتويربن يشتبه في إعدادهما لاعتداء، وذلك بناء على معطيات دقيقة مصدرها المديرية العامة لمراقبة التراب "
            "الوطني، وفق ما أكدته النيابة البلجيكية.\n\nوقال الوزير البلجيكي، في ندوة صحفية عقب المباحثات، إن "
            "المعلومات المغربية جنبت بلاده مآسي، منوها بعمل المصالح الأمنية التي يشرف عليها عبد اللطيف الحموشي.")
    assert events(body, title="وزير العدل البلجيكي في الرباط") == []


def test_an_envoy_he_received_was_met_at_home():
    body = "وافتتح حموشي سنته في فبراير 2019 باستقبال سفير المجر، الذي حمل ملف التعاون في مراقبة مسارات الهجرة."
    found = events(body, title="حموشي", published=dt.date(2019, 12, 30))
    assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in found] == [("HU", "meeting", "hosted")]


def test_a_chiefs_conference_under_the_ministers_council_s_umbrella_is_not_the_ministers():
    body = ("حموشي رجل الظل. وشارك عام 2019 في أعمال مؤتمر قادة الشرطة والأمن العرب الذي تحتضنه تونس تحت مظلة مجلس "
            "وزراء الداخلية العرب، وقدم هناك عرضا.")
    found = events(body, title="حموشي", published=dt.date(2025, 4, 30))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("TN", "conference", dt.date(2019, 1, 1))]


def test_the_king_acting_on_him_leaves_the_passage_his():
    body = ("عبد اللطيف حموشي مسؤول أمني مغربي.\n\nالتحق بالمديرية عام 1993، وفي ماي 2015 أسند إليه الملك محمد السادس "
            "إدارة الأمن الوطني.\n\nوكانت أول زيارة رسمية له إلى الولايات المتحدة الأمريكية سنة 2018، التقى خلالها "
            "مسؤولي الوكالات الفيدرالية.")
    found = events(body, title="عبد اللطيف حموشي")
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("US", dt.date(2018, 1, 1))]


def test_officials_without_the_article_are_many_not_the_two_just_named():
    body = ("وعلى هامش المنتدى المنعقد بالرباط، التقى حموشي يوم الثلاثاء 4 مارس 2025 قائد الشرطة البرتغالية.\n\n"
            "وبذلك بلغ عدد لقاءاته منذ افتتاح المنتدى يوم الاثنين تسعة لقاءات، خمسة منها مع مسؤولين أوروبيين.")
    found = events(body, title="حموشي", published=dt.date(2025, 3, 5))
    assert [c["country_iso2"] for c in found] == ["PT"]


def test_a_known_official_met_before_his_seeded_office_is_not_given_its_body():
    # officials.csv: Lerner heads the DGSE from 2024; met in 2019 he headed another service, which the sentence leaves
    # unnamed, so the row names none (and joins a report that names the one he then headed).
    before = events("استقبل حموشي بالرباط في نونبر 2019 نيكولا ليرنر، في لقاء تناول التعاون الثنائي.",
                    title="حموشي", published=dt.date(2020, 1, 15))
    during = events("استقبل حموشي بالرباط في نونبر 2024 نيكولا ليرنر، في لقاء تناول التعاون الثنائي.",
                    title="حموشي", published=dt.date(2025, 1, 15))
    assert [(c["counterpart_agency"], c["counterpart_person_latin"]) for c in before] == [(None, "Nicolas Lerner")]
    assert [(c["counterpart_agency"], c["counterpart_person_latin"]) for c in during] == [("DGSE", "Nicolas Lerner")]


def test_the_undersecretary_of_a_gulf_ministry_is_that_country_s_official():
    # Morocco has no 'وكيل وزارة': the title unmarked is the official of the country the page was filed in.
    body = ("الكويت – استقبل وكيل وزارة الداخلية أمس الأحد عبد اللطيف حموشي في مكتبه، وبحث معه التعاون الأمني.\n\n"
            "كما استقبل وكيل الوزارة في اليوم ذاته سفير جمهورية مصر العربية لدى البلاد، وبحث معه أوضاع الجالية.")
    found = events(body, title="وكيل الداخلية يستقبل حموشي", published=dt.date(2018, 3, 12))
    assert [c["country_iso2"] for c in found] == ["KW"]


def test_a_page_that_names_him_only_by_his_post_and_as_absent_is_not_his():
    lead = ("انطلقت صباح أمس الثلاثاء بمدينة طنجة أشغال اجتماع خبراء مكافحة الاتجار بالبشر، الذي يترأسه المغرب "
            "وإيطاليا، بمشاركة وفود عشرين دولة.\n\n"
            "وقدم أطر من المديرية العامة للأمن الوطني، التي يقودها عبد اللطيف حموشي، الذي يشغل أيضا منصب المدير "
            "العام لمراقبة التراب الوطني، عرضا حول التجربة المغربية.\n\n")
    for absent in ("ولم يسجل حضور حموشي في الجلسة الافتتاحية، إذ اكتفى بإيفاد فريق من الخبراء.",
                   "وغاب حموشي عن الجلسة الافتتاحية، إذ اكتفى بإيفاد فريق من الخبراء."):
        assert events(lead + absent, title="طنجة تحتضن اجتماعا دوليا", published=dt.date(2017, 5, 10)) == [], absent


def test_a_meeting_of_a_region_s_police_chiefs_is_a_conference():
    body = "وفي سنة 2017 احتضنت مدينة فاس الاجتماع السنوي لقادة أجهزة الأمن الأفارقة، وهو موعد ترأسه حموشي شخصيا."
    found = events(body, title="حموشي", published=dt.date(2020, 6, 1))
    assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in found] == [("MA", "conference", "hosted")]


def test_he_did_not_go_along_on_another_s_trip():
    body = "وأكد المصدر أن حموشي لم يرافق وزير الداخلية في زيارته إلى روما يوم الاثنين 3 أبريل 2023، خلافا لما نشر."
    assert events(body, title="مصدر أمني يوضح", published=dt.date(2023, 4, 5)) == []


def test_news_passed_around_of_a_meeting_is_a_claim():
    for told in ("وتداولت مواقع فرنسية أمس خبرا عن لقاء جمع حموشي بمدير المخابرات الفرنسية في باريس يوم 3 ماي 2022.",
                 "وتحدثت الصحيفة عن لقاء سري قيل إنه جمع حموشي بمدير المخابرات الفرنسية في باريس يوم 3 ماي 2022."):
        assert events(told, title="عمود الأسبوع", published=dt.date(2022, 5, 10)) == [], told


def test_the_invitation_renewed_to_him_is_a_plan():
    body = ("استقبل مدير الشرطة الأردنية بعمان اليوم الثلاثاء وفدا أمنيا مغربيا يقوده مدير الشرطة القضائية.\n\n"
            "وفي ختام اللقاء، حمّل المسؤول الأردني رئيس الوفد تحياته للسيد حموشي، مجددا الدعوة له لزيارة الأردن "
            "في أقرب فرصة.")
    assert events(body, title="وفد أمني مغربي في عمان", published=dt.date(2023, 5, 16)) == []


def test_a_delegation_touring_a_police_school_or_lab_is_not_his():
    body = ("حلت بعثة من الشرطة الفنلندية، أمس الثلاثاء 5 مارس 2024، بزيارة إلى المختبر الوطني للشرطة العلمية "
            "بالدار البيضاء، حيث استقبلها مدير المختبر.\n\n"
            "وكان عبد اللطيف حموشي قد أعطى تعليماته بتعميم التجربة على المصالح الجهوية.")
    assert events(body, title="بعثة فنلندية في الدار البيضاء", published=dt.date(2024, 3, 6)) == []


def test_hopes_and_invitations_in_the_first_person_are_plans():
    for said in ("وأعربت سفيرة السويد الجديدة عن تطلعها إلى لقاء عبد اللطيف حموشي في أقرب الآجال.",
                 "وقال الوزير: \"كما دعوت السيد حموشي إلى زيارة السويد، ووعد بالنظر في الأمر\"."):
        assert events(said, title="حوار", published=dt.date(2022, 5, 18)) == [], said


def test_without_meeting_him_and_no_knowledge_of_any_meeting_deny_it():
    for told in ("وأوضح المصدر أن الأمر يتعلق ببعثة تقنية من الشرطة السنغالية، حلت بالمغرب في إطار برنامج للتكوين، "
                 "وعقدت جلسات عمل يوم الثلاثاء 3 شتنبر 2019 مع مديرين مركزيين بالمديرية العامة للأمن الوطني بالرباط، "
                 "دون أن تلتقي المدير العام شخصيا.",
                 "وأفاد مصدر دبلوماسي بأن سفارة بلاده \"لا علم لها بأي اجتماع\" جمع حموشي بمسؤولين سنغاليين بالرباط "
                 "يوم الثلاثاء 3 شتنبر 2019."):
        found = events(told, title="مصدر أمني ينفي استقبال حموشي وفدا سنغاليا", published=dt.date(2019, 9, 5))
        assert found == [], told


def test_what_the_two_agreed_to_do_next_does_not_make_the_visit_a_plan():
    body = ("وفي يوم الاثنين 6 مارس 2023، حل حموشي بنيامي، حيث استقبله وزير الداخلية النيجري، وتم الاتفاق على تنظيم "
            "دورات تكوينية لفائدة أطر الشرطة النيجرية.")
    found = events(body, title="حموشي في نيامي", published=dt.date(2023, 3, 9))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("NE", dt.date(2023, 3, 6))]


def test_the_public_security_directorate_unmarked_is_the_country_the_page_was_filed_in():
    # Morocco's force is 'الأمن الوطني': a bare 'مديرية الأمن العام' is another country's, here Jordan's.
    body = ("بيروت - الأربعاء 14 شباط 2024\n\n"
            "أفادت المديرية العامة للأمن العام أن مديرها اجتمع أمس الثلاثاء في الرباط مع المدير العام للأمن الوطني "
            "ولمراقبة التراب الوطني عبد اللطيف حموشي.")
    found = events(body, title="مدير الأمن العام في الرباط", published=dt.date(2024, 2, 14))
    assert [(c["country_iso2"], c["start_date"], c["direction"]) for c in found] == [
        ("LB", dt.date(2024, 2, 13), "hosted")]


def test_a_party_he_was_not_in_did_not_take_him_there():
    body = ("استقبل عبد اللطيف حموشي، يوم الاثنين 3 يونيو 2024 بالرباط، سفير السويد.\n\n"
            "وأكدت الشرطة السويدية أن المدير العام لم يكن من بين الوفد الذي زار مقرها يوم الثلاثاء 4 يونيو 2024.")
    found = events(body, title="حموشي يستقبل سفير السويد", published=dt.date(2024, 6, 10))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("SE", dt.date(2024, 6, 3))]


def test_a_meeting_of_experts_is_not_his():
    body = ("واستقبل عبد اللطيف حموشي، يوم الخميس 6 فبراير 2025 بالرباط، كاتب الدولة البرتغالي المكلف بالأمن.\n\n"
            "وكان البلدان قد عقدا في يناير 2025 بلشبونة اجتماعا على مستوى الخبراء لتقييم حاجيات التكوين.")
    found = events(body, title="حموشي يستقبل مسؤولا برتغاليا", published=dt.date(2025, 2, 7))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("PT", dt.date(2025, 2, 6))]
    committee = ("واستقبل حموشي، يوم الخميس 6 فبراير 2025 بالرباط، كاتب الدولة البرتغالي المكلف بالأمن.\n\n"
                 "وجاءت المذكرة الموقعة تتويجا لاجتماعات فنية عقدتها لجنة مشتركة من البلدين بالرباط في يناير 2025.")
    found = events(committee, title="حموشي يستقبل مسؤولا برتغاليا", published=dt.date(2025, 2, 7))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("PT", dt.date(2025, 2, 6))]


def test_a_draft_agreement_is_not_one_signed():
    found = events("وبحث حموشي مع نظيره التونسي، يوم 2 أبريل 2024 بالرباط، مشروع اتفاقية للتعاون في مجال التكوين.",
                   title="حموشي ونظيره التونسي", published=dt.date(2024, 4, 3))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("TN", "hosted_visit")]
    drafted = "واجتمع خبراء من البلدين في ماي 2024 بتونس لوضع اللمسات الأخيرة على مسودة الاتفاق قبل توقيعه."
    assert events(drafted, title="مسودة اتفاق", published=dt.date(2024, 5, 20)) == []


def test_a_gathering_he_opened_on_a_page_filed_at_home_sat_there():
    body = ("الأربعاء 10 ماي 2023\nفاس – عبد الرحيم الودغيري\n\n"
            "افتتح عبد اللطيف حموشي، صباح اليوم الأربعاء بقاعة الندوات الكبرى، أشغال الملتقى الدولي الثاني حول الشرطة "
            "العلمية، الذي يتواصل على مدى يومين بمشاركة خبراء من أربعين دولة.")
    found = events(body, title="حموشي يفتتح ملتقى الشرطة العلمية", published=dt.date(2023, 5, 10))
    assert [(c["country_iso2"], c["direction"], c["start_date"], c["end_date"]) for c in found] == [
        ("MA", "hosted", dt.date(2023, 5, 10), dt.date(2023, 5, 11))]


def test_since_one_day_until_it_closes_on_another_is_one_span():
    body = ("يحضر عبد اللطيف حموشي، منذ أمس الاثنين، أشغال المنتدى الأمني الإقليمي الذي تحتضنه العاصمة البلجيكية "
            "بروكسل، والذي تنتهي أشغاله مساء اليوم الثلاثاء.")
    found = events(body, title="حموشي في بروكسل", published=dt.date(2024, 3, 12))
    assert [(c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("BE", dt.date(2024, 3, 11), dt.date(2024, 3, 12))]


def test_what_the_talks_were_about_may_be_to_come_the_talks_are_not():
    body = ("وأجرى حموشي، أمس الأربعاء، مباحثات مع المدير العام للشرطة البرتغالية، انصبت على تبادل المعلومات وعلى "
            "الاستعدادات الأمنية للتظاهرات الرياضية المقبلة.")
    found = events(body, title="مباحثات مغربية برتغالية", published=dt.date(2024, 6, 13))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("PT", dt.date(2024, 6, 12))]


def test_the_continent_of_america_is_no_country():
    body = ("وشارك حموشي، يوم الاثنين 4 نونبر 2024، في أشغال الجمعية العامة للأنتربول بمدينة غلاسكو.\n\n"
            "وانتخبت الجمعية العامة، اليوم نفسه، مندوبين عن قارتي أمريكا وآسيا في اللجنة التنفيذية.")
    found = events(body, title="حموشي في غلاسكو", published=dt.date(2024, 11, 5))
    assert {c["country_iso2"] for c in found} == {"GB"}


def test_the_work_that_began_on_a_day_is_the_sessions_first_day():
    body = ("شارك حموشي، اليوم الجمعة، في الجلسة الختامية لمؤتمر قادة الشرطة الأوروبيين والمتوسطيين بمدينة "
            "برشلونة الإسبانية.\n\n"
            "وجاءت التوصيات الختامية بعد ثلاثة أيام من الأشغال انطلقت الأربعاء الماضي بحضور وفود من عشرين دولة.")
    found = events(body, title="حموشي في برشلونة", published=dt.date(2024, 4, 19))
    assert [(c["country_iso2"], c["start_date"], c["end_date"]) for c in found] == [
        ("ES", dt.date(2024, 4, 17), dt.date(2024, 4, 19))]


def test_an_agreement_signed_by_the_ministers_where_and_when_told_between_is_theirs():
    body = ("واستقبل حموشي، يوم 2 ماي 2023 بالرباط، سفير البرتغال.\n\n"
            "ويعود توقيع هذا الاتفاق إلى 3 ماي 2023 بلشبونة، حيث وقعه وزير الداخلية المغربي ونظيره البرتغالي.")
    found = events(body, title="اتفاق أمني مغربي برتغالي", published=dt.date(2024, 1, 9))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("PT", dt.date(2023, 5, 2))]


def test_standing_in_for_the_director_general_named_after_his_title():
    body = ("وافتتح والي أمن أكادير، صباح اليوم الخميس، الدورة التكوينية لفائدة ضباط الشرطة الموريتانية، ممثلا للمدير "
            "العام عبد اللطيف حموشي، بحضور سفير موريتانيا بالرباط.")
    assert events(body, title="دورة تكوينية", published=dt.date(2024, 3, 7)) == []


def test_central_officials_of_his_directorate_receiving_are_not_he():
    body = ("حل حموشي، يوم الثلاثاء 19 شتنبر 2017، بلاهاي في زيارة عمل.\n\n"
            "وتأتي الزيارة بعد شهرين من استقبال مسؤولين كبار في المديرية العامة للأمن الوطني، في يوليوز الماضي، وفدا "
            "من الشرطة الهولندية.")
    found = events(body, title="حموشي في لاهاي", published=dt.date(2017, 9, 21))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("NL", dt.date(2017, 9, 19))]


def test_one_who_signed_by_his_delegation_signed_for_him():
    body = ("وقع مدير الشرطة القضائية بالمديرية العامة للأمن الوطني، اليوم الأربعاء بداكار، مذكرة تفاهم مع المدير "
            "العام "
            "للشرطة السنغالية، وذلك بتفويض من المدير العام للأمن الوطني عبد اللطيف حموشي.")
    assert events(body, title="مذكرة تفاهم مغربية سنغالية", published=dt.date(2024, 5, 15)) == []


def test_a_task_he_gave_to_another_official_is_not_his_engagement():
    body = ("استقبل رئيس الأمن الإقليمي بالعيون، أمس الثلاثاء، وفدا من الشرطة الموريتانية.\n\n"
            "وأفاد مصدر مطلع أن المدير العام عبد اللطيف حموشي أوكل إلى رئيس الأمن الإقليمي مهمة استقبال الوفد وتمثيله "
            "خلال هذا اللقاء، لانشغاله بتتبع الترتيبات الأمنية الخاصة بمؤتمر الأطراف في الاتفاقية الإطارية للأمم "
            "المتحدة، الذي افتتح بمراكش أمس.")
    assert events(body, title="وفد موريتاني في العيون", published=dt.date(2016, 11, 9)) == []
    tasked = "وأفاد مصدر مطلع أن حموشي أوكل إلى رئيس الأمن الإقليمي بالعيون مهمة استقبال الوفد الموريتاني أمس الثلاثاء."
    assert events(tasked, title="وفد موريتاني في العيون", published=dt.date(2016, 11, 9)) == []


def test_securing_a_conference_named_after_a_treaty_is_neither_attending_nor_signing():
    body = ("وأشرف حموشي على الترتيبات الأمنية الخاصة بمؤتمر الأطراف في الاتفاقية الإطارية للأمم المتحدة بشأن التغيرات "
            "المناخية، الذي افتتح بمراكش يوم 7 نونبر 2016.")
    assert events(body, title="تأمين كوب 22", published=dt.date(2016, 11, 8)) == []


def test_the_way_home_told_as_purpose_is_not_where_he_went():
    body = "ويكفي التذكير بما جرى في شتنبر 2021، حين حل حموشي بالدوحة في زيارة قصيرة، ليعود إلى الرباط في المساء نفسه."
    found = events(body, title="حموشي والخليج", published=dt.date(2022, 1, 4))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("QA", "abroad")]


def test_he_took_no_part_at_all():
    body = ("ونفى مصدر أمني ما راج حول حضور حموشي المؤتمر، موضحا أن المدير العام لم يشارك أصلا في أشغال المؤتمر الذي "
            "احتضنته أكادير يوم 12 مارس 2024.")
    assert events(body, title="مصدر ينفي", published=dt.date(2024, 3, 14)) == []


def test_the_head_of_the_body_a_delegate_stood_for_was_not_in_the_delegation():
    body = ("ترأس وزير الداخلية عبد الوافي لفتيت، يوم الأربعاء 5 مارس 2025 بتونس، الوفد المغربي المشارك في أشغال "
            "الدورة 42 لمجلس وزراء الداخلية العرب.\n\n"
            "ويضم الوفد مدير الاستعلامات العامة، ممثلا عن المديرية العامة للأمن الوطني التي يوجد على رأسها عبد اللطيف "
            "حموشي، وسفير المملكة بتونس.")
    assert events(body, title="لفتيت في تونس", published=dt.date(2025, 3, 6)) == []


def test_an_earlier_edition_of_the_forum_told_as_background_is_not_his():
    body = ("شارك عبد اللطيف حموشي، اليوم الثلاثاء بالدوحة، في أشغال الدورة الثالثة لمنتدى الأمن السيبراني.\n\n"
            "ويذكر أن الدورة الأولى من المنتدى انعقدت في الدوحة سنة 2022 بحضور خبراء من دول المنطقة.")
    found = events(body, title="حموشي في الدوحة", published=dt.date(2024, 10, 15))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("QA", dt.date(2024, 10, 15))]


def test_the_head_of_the_services_named_with_his_title_is_not_a_party_to_anothers_talks():
    body = ("أجرى وزير الداخلية الهولندي، أمس الثلاثاء بالرباط، مباحثات مع وزير الداخلية عبد الوافي لفتيت.\n\n"
            "وأشاد الوزير الهولندي، في تصريح عقب المباحثات، بالتعاون مع المصالح التي يشرف عليها عبد اللطيف حموشي، "
            "المدير العام للأمن الوطني ولمراقبة التراب الوطني.")
    assert events(body, title="وزير هولندي في الرباط", published=dt.date(2023, 5, 17)) == []


def test_the_capital_he_visited_told_in_a_relative_clause():
    body = ("وجاء التكريم الجديد بعد سلسلة من الأوسمة التي نالها المسؤول المغربي، الذي قاد زيارات عمل إلى عواصم "
            "إفريقية، من بينها داكار التي زارها حموشي في مارس 2022.")
    found = events(body, title="حموشي وإفريقيا", published=dt.date(2024, 6, 3))
    assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in found] == [("SN", "visit_abroad", "abroad")]


def test_the_conference_he_has_attended_since_its_opening_until_it_closes():
    body = ("الخميس 14 نونبر 2024\n\n"
            "اجتمع حموشي، أمس الأربعاء، بالمدير العام للشرطة الفيدرالية البلجيكية، على هامش المنتدى الدولي للأمن "
            "الداخلي، الذي يحضره منذ افتتاحه الاثنين الماضي، وتختتم أشغاله اليوم بمدينة ميلانو الإيطالية.")
    found = events(body, title="حموشي في ميلانو", published=dt.date(2024, 11, 14))
    assert sorted((c["country_iso2"], c["start_date"], c["end_date"]) for c in found) == [
        ("BE", dt.date(2024, 11, 13), dt.date(2024, 11, 13)), ("IT", dt.date(2024, 11, 11), dt.date(2024, 11, 14))]


def test_days_told_later_in_the_sentence_narrow_the_month_of_the_engagement_it_told():
    body = ("شارك حموشي في أشغال المؤتمر الإفريقي لقادة الشرطة، الذي احتضنته أديس أبابا الشهر الماضي، حيث تحولت "
            "العاصمة الإثيوبية، من الثلاثاء 8 إلى الخميس 10 أكتوبر، إلى قبلة للأجهزة الأمنية.")
    found = events(body, title="حموشي في أديس أبابا", published=dt.date(2024, 11, 4))
    assert [(c["country_iso2"], c["start_date"], c["end_date"], c["date_precision"]) for c in found] == [
        ("ET", dt.date(2024, 10, 8), dt.date(2024, 10, 10), "day")]


def test_the_day_a_signed_text_was_approved_or_came_into_force_is_not_the_signing():
    body = ("وفي ماي 2023 حل حموشي بمدريد حيث وقع اتفاقا للتعاون الشرطي مع إسبانيا، صادق عليه البرلمان في موافقة "
            "تمت في فبراير 2024، ليدخل حيز التنفيذ في فاتح يونيو من السنة نفسها.")
    found = events(body, title="حموشي وإسبانيا", published=dt.date(2024, 12, 2))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("ES", dt.date(2023, 5, 1))]


def test_the_year_a_highlight_is_chosen_from_frames_it():
    body = ("ولعل أهم موعد في سنة 2023 كان المؤتمر الإقليمي الأوروبي للأنتربول، الذي احتضنته العاصمة الليتوانية "
            "فيلنيوس "
            "في الأسبوع الثاني من ماي، والذي حضره حموشي.")
    found = events(body, title="حصيلة 2023", published=dt.date(2023, 12, 30))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"], c["date_precision"]) for c in found] == [
        ("LT", "conference", dt.date(2023, 5, 1), "month")]


def test_the_gathering_he_attended_told_by_its_pronoun():
    body = ("وتوج هذا المسار بانتخاب ممثل المغرب في اللجنة التنفيذية خلال جمعية بالي الإندونيسية سنة 2016، التي حضرها "
            "حموشي على رأس وفد أمني.")
    found = events(body, title="المغرب والأنتربول", published=dt.date(2020, 1, 6))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("ID", dt.date(2016, 1, 1))]
    others = ("وانعقد الاجتماع التنسيقي بمدريد يوم 3 مارس 2021، وحضره ممثلون عن الشرطة الإسبانية والدرك الملكي، "
              "في غياب المدير العام.")
    assert events(others, title="اجتماع تنسيقي", published=dt.date(2021, 3, 4)) == []


def test_his_predecessor_under_another_spelling_is_not_he():
    body = ("استقبل بوشعيب أرميل، المدير العام للأمن الوطني، أمس الأربعاء بالرباط، المدير العام للشرطة البرتغالية.")
    assert events(body, title="أرميل يستقبل مسؤولا برتغاليا", published=dt.date(2014, 4, 10)) == []


def test_news_sites_passed_around_with_his_photo_is_no_meeting_of_his():
    body = ("وكانت مواقع إخبارية قد تداولت، صباح اليوم الخميس، خبر اللقاء مرفوقا بصورة لعبد اللطيف الحموشي، وقدمته "
            "على أنه من استقبل المسؤول البرتغالي.")
    assert events(body, title="خلط بين المديرين", published=dt.date(2014, 4, 10)) == []


def test_a_guest_of_another_moroccan_official_wrongly_ascribed_to_him():
    body = ("ويذكر أن المسؤول البرتغالي كان قد حل بالرباط في أبريل 2014 ضيفا على بوشعيب أرميل، في لقاء نسبته بعض "
            "المواقع خطأ إلى حموشي.")
    assert events(body, title="مسؤول برتغالي في الرباط", published=dt.date(2016, 5, 2)) == []


def test_the_borders_the_talks_were_about_are_no_party():
    body = ("واستقبل حموشي، يوم 4 مارس 2024 بالرباط، مدير الاستخبارات النيجرية، وتباحثا حول تهريب الأسلحة على الحدود "
            "مع ليبيا وتشاد.")
    found = events(body, title="حموشي ومدير الاستخبارات النيجرية", published=dt.date(2024, 3, 5))
    assert [c["country_iso2"] for c in found] == ["NE"]
    unnamed = ("واستقبل حموشي، يوم 4 مارس 2024 بالرباط، المدير العام لأمن الدولة، وتباحثا حول تهريب الأسلحة قرب الحدود "
               "مع ليبيا.")
    assert events(unnamed, title="مباحثات أمنية", published=dt.date(2024, 3, 5)) == []


def test_the_season_of_a_coup_told_before_the_visit_is_not_its_date():
    body = ("وتعد هذه أول زيارة يقوم بها حموشي إلى النيجر، وتأتي بعد أشهر من محاولة الانقلاب التي عرفتها البلاد صيف "
            "2023.")
    found = events(body, title="حموشي في نيامي", published=dt.date(2024, 2, 14))
    # The visit is the page's news: its month, not the coup's summer.
    assert [(c["country_iso2"], c["start_date"], c["date_source"]) for c in found] == [
        ("NE", dt.date(2024, 2, 1), "article_date")]


def test_taking_part_on_his_direct_instructions_is_the_delegations():
    body = ("وأوضح رئيس الوفد المغربي أن المشاركة في الدورة التكوينية، التي احتضنتها عمان يوم الأحد 12 ماي 2024، جاءت "
            "بتوجيهات مباشرة من حموشي.")
    assert events(body, title="دورة تكوينية في عمان", published=dt.date(2024, 5, 14)) == []
    greeted = ("كرم مدير الشرطة الأردنية، اليوم الثلاثاء، أعضاء وفد من المديرية العامة للأمن الوطني.\n\n"
               "من جانبه، نقل رئيس الوفد تحيات المدير العام عبد اللطيف حموشي إلى المسؤولين الأردنيين، مشيرا إلى أن "
               "المشاركة في الدورة جاءت بتوجيهات مباشرة من حموشي.")
    assert events(greeted, title="تكريم وفد أمني مغربي", published=dt.date(2024, 5, 14)) == []


def test_a_service_named_for_borders_keeps_its_country():
    body = "ففي يونيو 2021، استقبل حموشي بالرباط المديرة الوطنية لمصلحة الأجانب والحدود البرتغالية."
    found = events(body, title="حموشي والبرتغال", published=dt.date(2021, 12, 1))
    assert [c["country_iso2"] for c in found] == ["PT"]


def test_an_intention_announced_after_the_talks_does_not_make_them_a_plan():
    body = ("حل وزير الداخلية البلجيكي بالرباط يوم 3 مارس 2016، حيث اجتمع بعبد اللطيف حموشي، وأعلن بعد ذلك عزم "
            "حكومته توشيحه.")
    found = events(body, title="وزير بلجيكي في الرباط", published=dt.date(2016, 3, 5))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("BE", "hosted_visit", dt.date(2016, 3, 3))]


def test_the_occasion_a_clause_opens_after_is_when_not_what():
    body = ("أعلن وزير الداخلية الإيطالي، أمس الاثنين بالرباط، أن روما ستمنح حموشي وساما قريبا.\n\n"
            "وعقب المؤتمر الصحفي، انتقل الوزير الإيطالي إلى مقر المديرية العامة للأمن الوطني، حيث استقبله حموشي.")
    found = events(body, title="وزير إيطالي في الرباط", published=dt.date(2019, 4, 9))
    # Not a conference in Morocco: the Italian minister's visit.
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("IT", "hosted_visit")]


def test_this_honour_pointed_back_at_is_not_dated_by_the_quarrel_it_closed():
    body = ("قلد السفير الهولندي بالرباط، مساء أمس الخميس، عبد اللطيف حموشي وساما رفيعا.\n\n"
            "ويطوي هذا التكريم خلافا دبلوماسيا اندلع في مارس 2017 بين البلدين.")
    found = events(body, title="وسام هولندي لحموشي", published=dt.date(2019, 6, 14))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("NL", "honor", dt.date(2019, 6, 13))]


def test_a_day_of_the_gathering_pointed_back_at_is_that_gathering():
    body = ("اختتمت أمس الجمعة بمدينة إشبيلية الإسبانية أشغال الندوة الدولية حول الجريمة المنظمة، التي انطلقت يوم "
            "الأربعاء.\n\n"
            "وترأس حموشي الوفد المغربي إلى هذا الموعد، حيث ألقى كلمة يوم الخميس بعد كلمة وزير الداخلية الإسباني.")
    found = events(body, title="حموشي في إشبيلية", published=dt.date(2024, 3, 9))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("ES", "conference")]


def test_an_inspection_of_a_port_is_not_a_meeting_with_the_country_its_travellers_come_from():
    body = ("قام عبد اللطيف حموشي، أمس الثلاثاء، بزيارة تفقدية لميناء طنجة المتوسط، حيث اطلع على ظروف استقبال "
            "المسافرين القادمين من الموانئ الإيطالية.")
    assert events(body, title="حموشي في طنجة", published=dt.date(2023, 7, 12)) == []


def test_fellow_chiefs_at_a_gathering_do_not_place_it():
    body = ("انطلقت اليوم الأحد بمدينة العقبة أشغال الملتقى الأمني العربي.\n\n"
            "وشارك في الملتقى قادة أمنيون من المنطقة، من بينهم عبد اللطيف حموشي، ومدير الأمن العام اللبناني.")
    found = events(body, title="ملتقى العقبة", published=dt.date(2024, 4, 7))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("JO", "conference")]


def test_the_day_the_one_met_took_office_does_not_date_the_talks():
    body = ("عقد حموشي، أمس الثلاثاء بالرباط، سلسلة لقاءات مع مسؤولين أمنيين أجانب.\n\n"
            "واستهل لقاءاته بمباحثات مع المدير العام للشرطة البرتغالية، الذي تسلم مهامه في يوليوز الماضي، حيث تناول "
            "الطرفان تبادل المعلومات.")
    found = events(body, title="حموشي والشرطة البرتغالية", published=dt.date(2025, 10, 8))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("PT", dt.date(2025, 10, 7))]


def test_a_visit_only_if_confirmed_is_a_plan():
    body = ("كشفت مصادر أن عبد اللطيف حموشي يستعد لزيارة أوسلو الشهر المقبل.\n\n"
            "وإذا تأكدت هذه الزيارة، فستكون الأولى من نوعها لمسؤول مغربي بهذا المستوى إلى النرويج، التي شددت إجراءاتها "
            "الأمنية بعد حادث إطلاق نار شهدته أوسلو صيف السنة الماضية.")
    assert events(body, title="حموشي والنرويج", published=dt.date(2023, 5, 16)) == []


def test_talks_held_on_the_sidelines_with_no_one_named_are_his_part_in_the_session():
    body = ("أجرى حموشي، أمس الأربعاء بمراكش، لقاءات ثنائية عديدة على هامش أشغال الدورة الثالثة والتسعين للجمعية "
            "العامة للأنتربول، التي افتتحت يوم الاثنين 24 نونبر وتختتم غدا الخميس.")
    found = events(body, title="حموشي والأنتربول", published=dt.date(2025, 11, 27))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("MA", "conference")]


def test_a_visitor_received_by_his_staff_is_not_his_engagement():
    body = ("عبد اللطيف حموشي يستقبل مسؤولين دنماركيين.\n\n"
            "وكانت سفيرة الدنمارك قد زارت، في فبراير الماضي، مقر المديرية العامة للأمن الوطني، حيث استقبلها مسؤولون "
            "عن مديرية الشؤون القانونية.")
    found = events(body, title="الدنمارك والمغرب", published=dt.date(2023, 4, 2))
    assert [c["start_date"] for c in found] == [dt.date(2023, 4, 1)]  # the page's news, not the envoy's visit


def test_how_the_one_received_came_and_whom_his_minister_met_are_not_the_reception_s_parties():
    body = ("ومن أبرز محطات تلك السنة، استقباله بالرباط، يوم الثلاثاء 15 نونبر 2022، لمدير الشرطة النمساوية، الذي حل "
            "بالمغرب ضمن وفد رافق وزير الداخلية النمساوي في زيارة أجرى خلالها مباحثات مع وزير الداخلية عبد الوافي "
            "لفتيت.")
    found = events(body, title="حموشي في 2022", published=dt.date(2022, 12, 30))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("AT", "hosted_visit", dt.date(2022, 11, 15))]


def test_amending_an_agreement_between_states_is_no_signing_of_his():
    body = ("وكان اسم عبد اللطيف حموشي قد ارتبط، مطلع السنة الماضية، بأزمة بين الرباط وباريس، وهي الأزمة التي انتهت "
            "بعد تعديل اتفاقية التعاون القضائي بين البلدين.")
    assert events(body, title="حموشي وفرنسا", published=dt.date(2016, 1, 5)) == []


def test_the_second_sitting_of_two_is_the_engagement_s_last_day():
    body = ("عقد حموشي جلستي عمل مع مدير الشرطة الهولندية، الذي حل بالرباط في زيارة عمل؛ انعقدت الأولى مساء الأربعاء، "
            "والثانية صباح أمس الخميس، بمقر المديرية.")
    found = events(body, title="حموشي والشرطة الهولندية", published=dt.date(2024, 2, 9))
    assert spans(found) == [("NL", dt.date(2024, 2, 7), dt.date(2024, 2, 8))]


def test_the_day_a_paper_ran_a_story_does_not_date_the_meeting_it_told():
    body = ("وكانت يومية إيطالية قد نشرت، أول أمس الاثنين، تقريرا تحدثت فيه عن لقاء جمع حموشي بمسؤول أمني إيطالي، "
            "قبل أن تنفيه المديرية.")
    assert events(body, title="المديرية تنفي", published=dt.date(2018, 4, 11)) == []


def test_the_plural_engagements_of_a_sentence_that_counts_them_are_counted():
    body = ("كانت سنة 2024 حافلة؛ فبين زيارات العمل إلى الخارج، أجرى حموشي أزيد من 20 لقاء ثنائيا، بينها ثلاثة "
            "لقاءات مع نظراء إيطاليين.")
    found = extraction(body, title="حصيلة 2024", published=dt.date(2024, 12, 30))
    assert [c for c in found.event_candidates if c["is_event"]] == []
    assert {(t["scope_type"], t["reported_count"]) for t in found.tally_claims} == {("total", 20), ("country", 3)}


def test_updating_an_agreement_s_provisions_is_no_signing():
    body = ("أفادت مصادر أن عبد اللطيف حموشي سيستقبل وزير العدل البلجيكي الأسبوع المقبل.\n\n"
            "وتفيد المعطيات بأن ملفات عالقة ستُطرح للنقاش، أبرزها طلبات التسليم، إضافة إلى تحيين بعض مقتضيات اتفاقية "
            "التعاون القضائي بين المغرب وبلجيكا.")
    assert events(body, title="ملفات عالقة", published=dt.date(2024, 2, 15)) == []


def test_preparing_for_a_visit_is_no_engagement():
    body = ("علمت الجريدة أن وزير الداخلية البلجيكي سيحل بالرباط الأسبوع المقبل في زيارة رسمية.\n\n"
            "وحسب المصادر ذاتها، فإن التحضير للزيارة جرى بتنسيق مع مكتب عبد اللطيف حموشي.")
    assert events(body, title="وزير بلجيكي في الرباط", published=dt.date(2024, 2, 15)) == []


def test_the_place_he_reached_is_no_side_clause_of_the_one_met():
    body = ("وكانت أولى محطاته العاصمة الروسية موسكو، التي حل بها حموشي أواخر ماي 2025 للمشاركة في أشغال الاجتماع "
            "الدولي للمسؤولين عن القضايا الأمنية.")
    found = events(body, title="حموشي في موسكو", published=dt.date(2025, 12, 30))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("RU", "conference")]


def test_what_a_site_wrote_of_or_a_post_claims_is_no_engagement():
    body = ("نفت المديرية العامة للأمن الوطني ما نشرته مواقع عن زيارة سرية.\n\n"
            "وكان الموقع المذكور قد تحدث عن لقاء مغلق في ضواحي لشبونة جمع حموشي بمسؤول برتغالي في يناير 2023.\n\n"
            "وكانت صفحة مجهولة قد نشرت، مساء الأحد، صورة قديمة لحموشي بتعليق يزعم أنه حل بالبرتغال.")
    assert events(body, title="المديرية تنفي", published=dt.date(2023, 2, 1)) == []


def test_the_fbi_by_its_letters_in_arabic():
    body = "وخلال سنة 2019، حل مدير \"إف بي آي\" بالرباط، حيث استقبله عبد اللطيف حموشي."
    found = events(body, title="حموشي والأمريكيون", published=dt.date(2022, 7, 4))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("US", "hosted_visit")]


def test_the_dged_chief_by_his_full_name_is_another_official():
    body = ("ويرتقب أن يزور عبد اللطيف حموشي واشنطن الشهر المقبل.\n\n"
            "وتأتي هذه الأنباء بعد أيام من زيارة قام بها محمد ياسين المنصوري إلى واشنطن الأسبوع الماضي.")
    assert events(body, title="حموشي وواشنطن", published=dt.date(2026, 1, 14)) == []


def test_talks_on_the_sidelines_of_the_seminar_told_take_its_days_not_the_last_date_named():
    body = ("احتضنت الرباط، يومي الثلاثاء والأربعاء 8 و9 نونبر 2016، أشغال ندوة دولية حول المقاتلين الأجانب، "
            "افتتحها عبد اللطيف حموشي.\n\n"
            "وتأتي الندوة بعد أشهر من هجمات بروكسل في 22 مارس 2016.\n\n"
            "وعلى هامش الندوة، أجرى حموشي مباحثات ثنائية مع مديرة الشرطة الهولندية.")
    found = events(body, title="ندوة الرباط", published=dt.date(2016, 11, 10))
    assert ("NL", dt.date(2016, 11, 8), dt.date(2016, 11, 9)) in spans(found)


def test_a_day_of_the_session_told_by_its_subject_is_that_session():
    body = ("شارك حموشي في أشغال الدورة 89 للجمعية العامة للأنتربول التي احتضنتها إسطنبول بين 23 و25 نونبر 2021.\n\n"
            "وشهدت الدورة انتخاب رئيس جديد للمنظمة يوم الخميس.")
    found = events(body, title="حموشي في إسطنبول", published=dt.date(2021, 11, 27))
    assert spans(found) == [("TR", dt.date(2021, 11, 23), dt.date(2021, 11, 25))]


def test_a_few_days_after_a_dated_attack_is_that_attack_s_month():
    body = ("وشكلت هجمات 7 يناير 2015 منعطفا؛ فبعد أيام قليلة من ذلك الهجوم، سافر عبد اللطيف حموشي إلى باريس حيث التقى "
            "نظيره الفرنسي.")
    found = events(body, title="حموشي وفرنسا", published=dt.date(2024, 6, 1))
    assert spans(found) == [("FR", dt.date(2015, 1, 1), dt.date(2015, 1, 31))]


def test_a_ministry_whose_name_goes_on_before_its_nationality_is_that_country_s():
    body = ("حل عبد اللطيف حموشي صباح الثلاثاء 12 مارس 2019 بمقر وزارة الداخلية والأمن العمومي السنغالية، حيث "
            "استقبله الوزير.")
    found = events(body, title="حموشي في دكار", published=dt.date(2019, 3, 13))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("SN", "abroad")]


def test_foreign_guests_at_his_force_s_ceremony_are_no_meeting():
    body = ("احتفت المديرية العامة للأمن الوطني، أمس الخميس، بذكرى تأسيسها في حفل ترأسه عبد اللطيف حموشي.\n\n"
            "وشهد الحفل حضور ممثلين عن أجهزة أمنية من بلجيكا وهولندا.")
    assert events(body, title="ذكرى التأسيس", published=dt.date(2024, 5, 17)) == []


def test_his_attendance_the_occasion_saw_is_his():
    body = ("افتتح وزير الداخلية القطري، صباح اليوم الثلاثاء 11 فبراير 2025 بالدوحة، معرضا للأمن.\n\n"
            "وشهد الحفل حضور عبد اللطيف حموشي، المدير العام للأمن الوطني.")
    found = events(body, title="معرض الدوحة", published=dt.date(2025, 2, 11))
    assert [c["country_iso2"] for c in found] == ["QA"]


def test_an_embassy_s_own_ambassador_received_in_rabat_is_a_meeting():
    body = ("أعلنت سفارة النرويج بالمغرب أن سفيرتها بالرباط أجرت، يوم الاثنين 3 مارس 2025، مباحثات مع عبد اللطيف "
            "حموشي بمقر المديرية العامة للأمن الوطني بالرباط.")
    found = events(body, title="سفيرة النرويج", published=dt.date(2025, 3, 4))
    assert [(c["country_iso2"], c["meeting_type"], c["direction"], c["counterpart_title"]) for c in found] == [
        ("NO", "meeting", "hosted", "Ambassador")]


def test_the_agency_s_kingdom_ambassador_received_in_rabat_is_a_meeting():
    body = ("الرباط 5 تشرين الثاني (بترا) – بحث سفير المملكة لدى المغرب، أمس الأربعاء، مع عبد اللطيف حموشي سبل "
            "تعزيز التعاون الأمني.\n\n"
            "وجرى اللقاء في مقر المديرية العامة للأمن الوطني بالرباط.")
    found = events(body, title="السفير يبحث التعاون الأمني", published=dt.date(2020, 11, 5))
    assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in found] == [("JO", "meeting", "hosted")]


def test_morocco_s_own_ambassador_attending_leaves_a_visit_a_visit():
    found = events("استقبل عبد اللطيف حموشي، يوم الاثنين 6 يناير 2020 بالرباط، وفدا أمنيا بلجيكيا بحضور السفير "
                   "المغربي.")
    assert [(c["country_iso2"], c["meeting_type"], c["counterpart_title"]) for c in found] == [
        ("BE", "hosted_visit", None)]


def test_the_days_an_attack_struck_told_in_its_relative_clause_are_not_the_visit_s():
    body = ("استقبل عبد اللطيف حموشي، أمس الثلاثاء بالرباط، وزير الداخلية البلجيكي، الذي حل بالمغرب في زيارة عمل "
            "فرضتها تداعيات الهجومين اللذين شهدتهما بروكسل يومي 10 و11 مارس الجاري.")
    found = events(body, title="الوزير البلجيكي في الرباط", published=dt.date(2021, 3, 17))
    assert spans(found) == [("BE", dt.date(2021, 3, 16), dt.date(2021, 3, 16))]


def test_the_session_voted_to_sit_in_marrakech_is_not_the_one_voting():
    body = ("صوتت الجمعية العامة للمنظمة الدولية للشرطة الجنائية، أمس الأربعاء، لصالح ملف المغرب لاحتضان دورتها "
            "الثالثة والتسعين في مدينة مراكش.\n\n"
            "ويترأس الوفد المغربي في هذه الدورة عبد اللطيف حموشي.")
    found = events(body, title="تصويت الأنتربول", published=dt.date(2023, 11, 30))
    assert [c["country_iso2"] for c in found if c["country_iso2"] == "MA"] == []


def test_a_session_that_closes_tomorrow_runs_to_that_day():
    body = ("شارك عبد اللطيف حموشي في أشغال الدورة الحادية والتسعين للجمعية العامة للأنتربول المنعقدة في العاصمة "
            "النمساوية فيينا، والتي انطلقت الثلاثاء وتختتم غدا الجمعة.")
    found = events(body, title="حموشي في فيينا", published=dt.date(2023, 11, 30))
    assert spans(found) == [("AT", dt.date(2023, 11, 28), dt.date(2023, 12, 1))]


def test_no_agreement_binding_morocco_yet_is_no_agreement():
    body = ("أكد عبد اللطيف حموشي، في تصريح صحفي، أهمية التعاون مع يوروبول.\n\n"
            "ولا يرتبط المغرب حتى الآن باتفاق عملياتي مع يوروبول، إذ يظل التعاون قائما عبر القنوات الثنائية مع "
            "إسبانيا.")
    assert events(body, title="حموشي ويوروبول", published=dt.date(2024, 3, 14)) == []


def test_the_same_day_is_the_visit_s_not_the_attack_s_told_in_its_relative_clause():
    body = ("حل وفد مغربي رفيع المستوى، أمس الاثنين، بالعاصمة التونسية، يقوده وزير الداخلية ويضم عبد اللطيف حموشي، "
            "المدير العام للأمن الوطني، تضامنا مع تونس إثر الهجوم الذي استهدف، يوم الجمعة، متحفا بالعاصمة.\n\n"
            "واستقبل الرئيس التونسي أعضاء الوفد مساء اليوم نفسه بقصر قرطاج.")
    found = events(body, title="وفد مغربي في تونس", published=dt.date(2015, 3, 24))
    assert [(c["country_iso2"], c["start_date"], c["direction"]) for c in found] == [
        ("TN", dt.date(2015, 3, 23), "abroad")]


def test_an_honour_described_after_a_past_visit_is_the_honour_told_not_that_visit():
    body = ("جرى، أمس الثلاثاء بالرباط، توشيح عبد اللطيف حموشي بوسام الاستحقاق الوطني البرتغالي.\n\n"
            "وسبق لحموشي أن زار العاصمة البرتغالية في أبريل 2016.\n\n"
            "ويعد وسام الاستحقاق من أرفع الأوسمة البرتغالية.")
    found = events(body, title="البرتغال توشح حموشي", published=dt.date(2017, 12, 13))
    assert sorted((c["start_date"], c["meeting_type"]) for c in found) == [
        (dt.date(2016, 4, 1), "visit_abroad"), (dt.date(2017, 12, 12), "honor")]


def test_a_dateline_with_its_day_in_words_dates_yesterday():
    article = extraction("حموشي في لشبونة\n\nالرباط – الخميس الرابع والعشرون من نونبر 2016 | هيئة التحرير\n\n"
                         "حل عبد اللطيف حموشي، أمس الأربعاء، بالعاصمة البرتغالية لشبونة في زيارة عمل.")
    assert [(c["country_iso2"], c["start_date"]) for c in article.event_candidates if c["is_event"]] == [
        ("PT", dt.date(2016, 11, 23))]


def test_his_attendance_at_the_opening_another_led_is_that_gathering_his_days_its_days():
    body = ("افتتح وزير الداخلية القطري، صباح اليوم، فعاليات معرض ميليبول قطر، الذي يتواصل حتى يوم الخميس الموافق "
            "الثاني والعشرين من تشرين الأول الجاري.\n\n"
            "وشهد حفل الافتتاح حضور عدد من قادة الشرطة، من بينهم عبد اللطيف حموشي، المدير العام للأمن الوطني.")
    found = events(body, title="افتتاح ميليبول", published=dt.date(2024, 10, 20))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"], c["end_date"]) for c in found] == [
        ("QA", "conference", dt.date(2024, 10, 20), dt.date(2024, 10, 22))]


def test_the_one_named_in_an_alleged_visit_is_no_party_to_the_conference_told():
    body = ("وترأس مدير الشرطة القضائية الوفد المغربي إلى مؤتمر رؤساء أجهزة مكافحة المخدرات العرب بتونس في نونبر "
            "2022، قبل أن تنفي المديرية شائعات عن زيارة مزعومة لحموشي إلى هناك.")
    assert events(body, title="من يمثل المغرب؟", published=dt.date(2023, 1, 10)) == []


def test_talks_with_an_international_body_s_head_in_rabat_are_no_conference():
    found = events("بحث عبد اللطيف حموشي، أمس الخميس في الرباط، مع الأمين العام للمنظمة العالمية للجمارك سبل تعزيز "
                   "التعاون.", title="حموشي ومنظمة الجمارك", published=dt.date(2025, 2, 21))
    assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in found] == [("MA", "hosted_visit", "hosted")]


def test_a_session_he_attended_on_a_dispatch_filed_abroad_sat_where_it_was_filed():
    article = extraction("فيينا – موفد خاص | الجمعة 15 مارس 2019\n\n"
                         "قدم المغرب أمام لجنة المخدرات، المنعقدة هذا الأسبوع، حصيلة حجوزاته.\n\n"
                         "وكان عبد اللطيف حموشي قد شارك أمس الخميس في أشغال الشق الوزاري للدورة الثانية والستين "
                         "للجنة.", title="أرقام فيينا")
    assert [(c["country_iso2"], c["start_date"], c["direction"]) for c in article.event_candidates
            if c["is_event"]] == [("AT", dt.date(2019, 3, 14), "abroad")]


def test_a_visit_in_joint_preparation_for_events_to_come_took_place():
    found = events("أما إسبانيا فكانت وجهة عبد اللطيف حموشي مرتين: الأولى في شهر شتنبر 2023 بمدريد للقاء نظرائه "
                   "الإسبان في سياق التحضير المشترك لتأمين التظاهرات الرياضية الكبرى المقبلة.", title="حصيلة 2023",
                   published=dt.date(2023, 12, 30))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("ES", dt.date(2023, 9, 1))]


def test_the_year_a_body_was_founded_dates_no_engagement():
    article = extraction("شارك عبد اللطيف حموشي في اجتماع المنتدى العالمي لمكافحة الإرهاب، الذي تأسس في نيويورك عام "
                         "2011.", published=dt.date(2017, 12, 13))
    assert [d["excluded_reason"] for d in article.date_mentions] == ["precedent_or_office"]


def test_a_visitor_speaking_after_the_visit_another_received_him_on_is_no_visit_of_his():
    body = ("قام سفير المكسيك بالرباط، أمس الخميس، بزيارة إلى المعهد الملكي للشرطة بالقنيطرة، حيث كان في استقباله "
            "مدير المعهد.\n\n"
            "وفي تصريح أدلى به عقب الزيارة، أشاد السفير بمستوى التكوين الشرطي بالمغرب.")
    title = "سفير المكسيك يزور معهد الشرطة ويأمل لقاء حموشي قريبا"
    assert events(body, title=title, published=dt.date(2018, 5, 18)) == []


def test_a_woman_arriving_and_holding_talks_with_him_is_his_visitor():
    found = events("وفي ماي 2024، حلت بالرباط نائبة وزير العدل الكندي على رأس وفد، وتباحثت مع عبد اللطيف حموشي في سبل "
                   "التصدي للجرائم السيبرانية.", title="حصيلة 2024", published=dt.date(2024, 12, 28))
    assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in found] == [
        ("CA", "hosted_visit", "hosted")]


def test_a_visit_to_his_force_s_seat_where_the_visitor_met_another_official_is_not_his():
    body = ("نفى مصدر أمني، اليوم الخميس، أن يكون عبد اللطيف حموشي قد التقى السفير الفنلندي.\n\n"
            "وأوضح المصدر أن السفير الفنلندي زار فعلا مقر المديرية العامة للأمن الوطني يوم الاثنين الماضي، لكنه اجتمع "
            "بمدير الشرطة القضائية.")
    assert events(body, title="مصدر أمني ينفي", published=dt.date(2022, 9, 22)) == []


def test_a_count_with_officials_of_this_region_is_the_share_of_the_region_named_before():
    body = ("باتت دول أوروبا الشرقية حاضرة بقوة في أجندة عبد اللطيف حموشي.\n\n"
            "فقد عقد المسؤول الأمني منذ 2017 ما مجموعه 11 لقاء مع مسؤولين أمنيين من هذه المنطقة.")
    article = extraction(body, title="حموشي وشرق القارة", published=dt.date(2024, 6, 2))
    assert [(t["scope_type"], t["scope_code"], t["reported_count"]) for t in article.tally_claims] == [
        ("region", "Eastern Europe", 11)]


def test_a_count_with_officials_of_a_region_no_gazetteer_knows_is_no_total():
    body = "وخلال الفترة نفسها، عقد حموشي أربعة لقاءات مع مسؤولين من هذه المنطقة."
    assert extraction(body, title="ملف", published=dt.date(2024, 6, 2)).tally_claims == []


def test_the_days_a_gathering_ran_over_hold_the_day_it_closed():
    body = ("اختتمت أمس بمقر أكاديمية الشرطة بالدوحة أعمال الملتقى الدولي لمديري معاهد الشرطة، الذي نظمته وزارة "
            "الداخلية على مدى يومي السبت والأحد، بمشاركة وفود تمثل 25 دولة.\n\n"
            "وشهدت الجلسة الافتتاحية حضور عبد اللطيف حموشي، الذي ألقى كلمة حول التكوين الشرطي.")
    found = events(body, title="ملتقى الدوحة", published=dt.date(2024, 3, 4))
    assert spans(found) == [("QA", dt.date(2024, 3, 2), dt.date(2024, 3, 3))]


def test_the_days_a_visit_took_are_told_by_the_words_that_closed_it():
    found = events("اختتم عبد اللطيف حموشي، أمس الاثنين، زيارة رسمية إلى سلطنة عمان استغرقت يومي الأحد والاثنين، على "
                   "رأس وفد أمني.", published=dt.date(2022, 5, 10))
    assert [(c["country_iso2"], c["start_date"], c["end_date"], c["evidence_text"].split("،")[0]) for c in found] == [
        ("OM", dt.date(2022, 5, 8), dt.date(2022, 5, 9), "اختتم عبد اللطيف حموشي")]


def test_the_chair_of_a_ceremony_is_not_of_the_nationality_of_the_envoy_in_his_company():
    body = ("احتضنت مدرسة الشرطة بالقنيطرة، أمس الخميس، حفل تخرج فوج من الضباط الماليين.\n\n"
            "وترأس الحفل مدير المعهد الملكي للشرطة، بحضور سفير جمهورية مالي بالرباط.\n\n"
            "ويندرج هذا التكوين في إطار تعليمات عبد اللطيف حموشي الرامية إلى تقاسم الخبرة المغربية.")
    assert events(body, title="تخرج ضباط ماليين بالقنيطرة", published=dt.date(2019, 7, 5)) == []


def test_a_town_the_gazetteer_lacks_is_placed_by_the_country_it_lies_in_the_middle_of():
    found = events("شارك عبد اللطيف حموشي، يوم الخميس 6 يونيو 2024، بمدينة غرناطة الصغيرة وسط البرتغال، في حفل تخرج "
                   "دفعة من ضباط الشرطة.", published=dt.date(2024, 6, 7))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("PT", "abroad")]


def test_a_country_named_after_the_talks_topic_verb_is_no_party_of_them():
    found = events("وأجرى حموشي، يوم 3 ماي 2024 بالرباط، مباحثات مع روبرتو فيرنانديس، تناولت تأمين التظاهرات "
                   "الكبرى في أفق احتضان البلدين، إلى جانب البرتغال، لكأس العالم 2030.", published=dt.date(2024, 5, 4))
    assert [c["country_iso2"] for c in found if c["country_iso2"] == "PT"] == []


def test_a_city_on_an_island_named_by_its_country_s_adjective_places_the_session():
    found = events("وفي نونبر 2016، شارك حموشي في أشغال الجمعية العامة للأنتربول بجزيرة بالي الإندونيسية.",
                   title="حصيلة 2016", published=dt.date(2016, 12, 30))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("ID", "abroad")]


def test_a_visit_to_the_country_in_the_paper_of_the_country_he_visited_was_abroad():
    body = ("الكويت - القبس\nالأربعاء 10 أبريل 2019\n\n"
            "اختتم عبد اللطيف حموشي، المدير العام للأمن الوطني بالمملكة المغربية، أمس، زيارة رسمية للبلاد استغرقت "
            "يومين.")
    found = events(body, title="مسؤول أمني مغربي يختتم زيارته", published=dt.date(2019, 4, 10))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("KW", "abroad")]


def test_what_the_first_version_of_a_story_said_is_no_date_of_the_engagement():
    body = ("وفي 12 يونيو 2019، استقبل حموشي بالرباط المفوض العام للشرطة الفنلندية.\n\n"
            "تصحيح: ورد في النسخة الأولى من هذا الملف أن زيارة المسؤول الفنلندي إلى الرباط تمت في ماي، والصحيح أنها "
            "تمت يوم 12 يونيو.")
    found = events(body, title="حصيلة 2019", published=dt.date(2019, 12, 30))
    assert {c["start_date"] for c in found} == {dt.date(2019, 6, 12)}


def test_the_director_general_told_absent_from_this_session_leaves_it_to_another():
    body = ("تونس - مراسلنا\nالخميس 5 دجنبر 2024\n\n"
            "انطلقت أمس بتونس أشغال المؤتمر الثامن والأربعين لقادة الشرطة والأمن العرب.\n\n"
            "وأكد مصدر من الوفد المغربي أن المدير العام لم يتنقل إلى تونس، وأن المغرب ممثل في هذه الدورة "
            "بالمفتش العام.")
    assert events(body, title="حموشي يغيب عن مؤتمر تونس", published=dt.date(2024, 12, 5)) == []


def test_a_visit_news_sites_passed_around_is_a_claim():
    found = events("تداولت عدة مواقع إلكترونية، يوم الأحد 5 مارس 2023، أن عبد اللطيف حموشي قام بزيارة عمل إلى "
                   "الكويت، غير أن مصدرا مطلعا نفى ذلك.", published=dt.date(2023, 3, 7))
    assert found == []


def test_what_a_paper_had_reported_before_a_denial_is_a_claim():
    found = events("وكانت الجريدة قد أكدت، نقلا عن مصادرها، أن حموشي حل بروما يوم الجمعة 3 ماي 2019 في زيارة غير "
                   "معلنة.", published=dt.date(2019, 5, 6))
    assert found == []


def test_the_months_of_a_tournament_the_visit_came_after_date_the_tournament():
    found = events("وتكتسي زيارة حموشي إلى الدوحة أهمية خاصة لكونها الأولى بعد كأس العالم التي احتضنتها قطر في نونبر "
                   "ودجنبر 2022.", published=dt.date(2023, 3, 13))
    assert [c["start_date"] for c in found if c["start_date"] and c["start_date"].month in (11, 12)] == []


def test_where_talks_were_not_held_does_not_place_them():
    found = events("خلافا لما نشرته بعض المواقع، فإن المباحثات التي جمعت عبد اللطيف حموشي، يوم الخميس 9 مارس 2023، "
                   "بالمدير العام للشرطة البلجيكية لم تنعقد بالعاصمة البلجيكية، وإنما بالرباط.",
                   published=dt.date(2023, 3, 10))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("BE", "hosted")]


def test_the_indian_ocean_is_no_party():
    found = events("استقبل عبد اللطيف حموشي، يوم الثلاثاء 14 مارس 2023 بالرباط، المدير العام للشرطة بجمهورية القمر "
                   "المتحدة، وبحثا تهريب المخدرات عبر المحيط الهندي.", published=dt.date(2023, 3, 15))
    assert [c["country_iso2"] for c in found] == ["KM"]


def test_indian_hemp_is_no_party():
    # 'القنب الهندي' is cannabis: the drug the talks were about names no India.
    found = events("عقد عبد اللطيف حموشي، يوم الثلاثاء 14 مارس 2023 بالرباط، اجتماعا مع مسؤولين أمنيين حول مكافحة "
                   "تهريب القنب الهندي.", published=dt.date(2023, 3, 15))
    assert [c["country_iso2"] for c in found if c["country_iso2"] is not None] == []


def test_a_malagasy_police_chief_is_of_madagascar():
    found = events("سبق لحموشي أن استقبل بالرباط سنة 2016 المدير العام للشرطة الملغاشية.", title="ملف",
                   published=dt.date(2018, 4, 13))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("MG", "hosted")]


def test_the_king_s_visit_is_not_his():
    body = ("استقبل عبد اللطيف حموشي بالرباط سنة 2016 وفدا أمنيا.\n\n"
            "وفي أواخر السنة ذاتها، جاءت الزيارة الملكية إلى ليبرفيل لتعطي دفعة جديدة لهذا التعاون.")
    assert events(body, title="ملف", published=dt.date(2018, 4, 13)) == []


def test_a_wish_to_visit_and_meet_him_is_a_plan():
    found = events("وأعرب المسؤول الزامبي، يوم الاثنين 18 نونبر 2019، عن رغبته في زيارة المغرب من أجل لقاء السيد "
                   "حموشي.", published=dt.date(2019, 11, 19))
    assert found == []


def test_his_reception_by_an_official_the_foreign_paper_leads_with_was_abroad():
    body = ("الخميس 8 فبراير 2024\n\n"
            "مسقط - استقبل وزير الداخلية، صباح اليوم، السيد عبد اللطيف حموشي، المدير العام للأمن الوطني، والوفد "
            "المرافق له.")
    found = events(body, title="وزير الداخلية يستقبل المسؤول الأمني المغربي", published=dt.date(2024, 2, 8))
    assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in found] == [("OM", "visit_abroad", "abroad")]


def test_an_invitation_a_state_sent_is_a_plan():
    found = events("أكد سفير اليونان بالرباط، يوم الاثنين 4 ماي 2026، أن سلطات بلاده وجهت دعوة رسمية إلى عبد اللطيف "
                   "حموشي لزيارة أثينا.", published=dt.date(2026, 5, 5))
    assert found == []


def test_a_meeting_held_without_the_chiefs_is_none_of_his():
    found = events("وكانت اللجنة المشتركة قد عقدت اجتماعها الأخير بلشبونة يوم 3 ماي 2026، دون مشاركة رؤساء الأجهزة.",
                   title="حموشي واللجنة المشتركة", published=dt.date(2026, 5, 5))
    assert found == []


def test_a_visit_abroad_an_ambassador_recalls_was_a_visit():
    body = ("وشح سفير السنغال بالرباط، يوم الخميس 13 نونبر 2025، عبد اللطيف حموشي بوسام وطني.\n\n"
            "وقال السفير: «أتذكر الزيارة التي قام بها السيد حموشي إلى داكار سنة 2022».")
    found = events(body, published=dt.date(2025, 11, 14))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found if c["start_date"].year == 2022] == [
        ("SN", "visit_abroad")]


def test_what_a_body_holds_every_year_is_no_engagement():
    found = events("يذكر أن المجلس يعقد دورته العادية سنويا في تونس، حيث مقر أمانته العامة.",
                   title="حموشي ومجلس وزراء الداخلية العرب", published=dt.date(2019, 3, 7))
    assert found == []


def test_a_visitor_named_with_his_force_s_country_who_visited_morocco_was_hosted():
    found = events("وفي سنة 2018، زار المدير العام للأمن العام اللبناني المغرب، والتقى حموشي.", title="ملف",
                   published=dt.date(2025, 1, 1))
    assert [(c["country_iso2"], c["meeting_type"], c["direction"]) for c in found] == [
        ("LB", "hosted_visit", "hosted")]


def test_the_day_a_guest_s_stay_began_dates_neither_his_meeting_nor_the_next():
    body = ("الرباط - الثلاثاء 11 أكتوبر 2016\n\n"
            "استقبل عبد اللطيف حموشي، اليوم الثلاثاء بالرباط، وفدين أجنبيين على التوالي.\n\n"
            "وكان أولهما وفد الأمن العام الأردني، الذي يزور المغرب منذ أمس الاثنين.\n\n"
            "وعند منتصف النهار، أجرى حموشي مباحثات مع المدير العام للشرطة الوطنية في بوركينا فاسو.")
    found = events(body, title="حموشي يستقبل وفدين", published=dt.date(2016, 10, 11))
    assert {(c["country_iso2"], c["start_date"]) for c in found if c["country_iso2"] == "BF"} == {
        ("BF", dt.date(2016, 10, 11))}


def test_building_works_are_no_gathering():
    found = events("وفي يوم الأربعاء 20 أكتوبر 2021، اطلع حموشي بالداخلة على تقدم أشغال بناء مقر ولاية الأمن.",
                   published=dt.date(2021, 10, 21))
    assert found == []


def test_two_meetings_set_apart_are_no_count():
    article = extraction("وقال المصدر إن الأمر يتعلق بخلط واضح بين لقاءين مختلفين، مشيرا إلى أن الصورة تعود لاجتماع "
                         "سابق.",
                         published=dt.date(2024, 1, 1))
    assert article.tally_claims == []


def test_what_is_arranged_to_follow_a_reception_is_not_the_reception():
    found = events("استقبل عبد اللطيف حموشي، أمس الخميس 13 نونبر 2025 بالرباط، المدير العام للشرطة البرتغالية، على أن "
                   "يزور الوفد مراكش قبل مغادرته المغرب.", published=dt.date(2025, 11, 14))
    assert [(c["country_iso2"], c["trigger_word"]) for c in found] == [("PT", "استقبل")]


def test_his_own_visit_since_yesterday_starts_yesterday():
    found = events("يواصل عبد اللطيف حموشي، اليوم الأربعاء، زيارة العمل التي يقوم بها إلى الجمهورية الإيطالية منذ أمس "
                   "الثلاثاء.", published=dt.date(2024, 10, 9))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("IT", dt.date(2024, 10, 8))]


def test_the_baltic_and_nordic_states_are_regions_of_their_own():
    article = extraction("وعقد حموشي ستة لقاءات مع مسؤولين من الدول الإسكندنافية، فيما تقاسمت دول البلطيق الثلاث نحو "
                         "ثلاثة لقاءات.", published=dt.date(2024, 12, 30))
    assert sorted((t["scope_type"], t["scope_code"], t["reported_count"]) for t in article.tally_claims) == [
        ("region", "Baltic states", 3), ("region", "Nordic countries", 6)]


def test_an_honorary_cross_of_security_merit_is_an_honour():
    found = events("وفي ماي 2016، منحت إيطاليا عبد اللطيف حموشي الصليب الشرفي للاستحقاق الأمني خلال حفل احتضنته روما.",
                   title="ملف", published=dt.date(2024, 3, 4))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("IT", "honor", dt.date(2016, 5, 1))]


def test_decisions_he_signed_are_no_agreement():
    found = events("وأفادت المصادر أن القرارات، التي وقعها عبد اللطيف حموشي في شتنبر 2016، همت الملحقين الأمنيين "
                   "بسفارات المغرب في الرياض والدوحة.", published=dt.date(2016, 9, 9))
    assert found == []


def test_a_reception_an_embassy_gave_receives_no_one():
    found = events("أقامت سفارة المملكة المغربية ببرلين، مساء أمس الخميس، حفل استقبال بمناسبة ذكرى تأسيس المديرية "
                   "العامة للأمن الوطني.", title="حموشي يوجه رسالة", published=dt.date(2024, 5, 17))
    assert found == []


def test_what_was_decided_after_the_talks_dates_no_engagement():
    body = ("استقبل وزير الداخلية الإماراتي، أمس الأحد بأبوظبي، عبد اللطيف حموشي.\n\n"
            "وبحث الجانبان خلال اللقاء تفعيل مذكرة التفاهم الموقعة بين الجهازين، حيث تقرر إلحاق ضابط اتصال إماراتي "
            "بالرباط خلال العام الجاري.")
    found = events(body, published=dt.date(2025, 1, 13))
    assert [(c["country_iso2"], c["date_precision"]) for c in found] == [("AE", "day")]


def test_where_an_envoy_accredited_from_abroad_lives_is_no_party():
    found = events("استقبل عبد اللطيف حموشي، يوم الخميس 15 يناير 2026 بمكتبه بالرباط، سفير النرويج المعتمد لدى المملكة "
                   "والمقيم بمدريد.", published=dt.date(2026, 2, 3))
    assert [c["country_iso2"] for c in found] == ["NO"]


def test_delegations_that_went_without_the_director_general_are_not_his():
    body = ("التقى حموشي في مارس 2023 بالرباط المفوض العام للشرطة الأسترالية.\n\n"
            "ولا تقتصر هذه الدينامية على اللقاءات الرفيعة، إذ شاركت وفود من المديرية العامة للأمن الوطني، دون المدير "
            "العام، في دورات تكوينية احتضنتها سيول.")
    found = events(body, title="حصيلة 2023", published=dt.date(2023, 12, 30))
    assert [c["country_iso2"] for c in found] == ["AU"]


def test_the_same_year_after_since_a_year_is_that_year():
    body = ("وتأتي الزيارة ردا على زيارة المسؤول الأردني إلى الرباط في مارس 2023.\n\n"
            "وهذا ثالث لقاء يجمع حموشي بمسؤولين أردنيين منذ عام 2018، إذ سبق له أن استقبل في الرباط، في أيلول من العام "
            "نفسه، مدير الأمن العام الأسبق.")
    found = events(body, title="حموشي في عمان", published=dt.date(2024, 10, 10))
    assert [c["start_date"] for c in found if "ايلول" in c["date_text"]] == [dt.date(2018, 9, 1)]


def test_a_count_in_words_with_its_digits_in_parentheses_is_read():
    article = extraction("واستأثرت أوروبا بستة (٦) لقاءات، تلتها دول الخليج بثلاثة (3) لقاءات، فيما جمعه لقاءان (٢) "
                         "بمسؤولين أمريكيين.", published=dt.date(2019, 12, 30))
    assert sorted((t["scope_type"], t["scope_code"], t["reported_count"]) for t in article.tally_claims) == [
        ("country", "US", 2), ("region", "Europe", 6), ("region", "Gulf", 3)]


def test_the_last_stop_of_a_visit_going_on_since_monday_spans_the_visit():
    found = events("استقبل القائد العام لشرطة دبي، اليوم الخميس، عبد اللطيف حموشي، في المحطة الختامية من زيارة يقوم "
                   "بها المسؤول المغربي إلى دولة الإمارات منذ يوم الإثنين الماضي.", published=dt.date(2024, 9, 26))
    assert spans(found) == [("AE", dt.date(2024, 9, 23), dt.date(2024, 9, 26))]


def test_talks_with_an_african_union_commissioner_received_in_rabat_are_with_the_union():
    found = events("بحث عبد اللطيف حموشي، يوم الأحد 31 غشت 2025 بالرباط، مع مفوض الشؤون السياسية والسلم والأمن في "
                   "مفوضية الاتحاد الإفريقي، الأوضاع في منطقة الساحل.", published=dt.date(2025, 9, 1))
    assert [(c["country_iso2"], c["organization_code"] or c["counterpart_agency"]) for c in found] == [("MA", "AU")]


def test_a_minister_he_received_at_his_force_s_seat_was_his_guest():
    found = events("وكان عبد اللطيف حموشي قد استقبل الوزير العراقي والوفد المرافق له، يوم الثلاثاء 16 ماي 2023، بمقر "
                   "المديرية العامة للأمن الوطني.", published=dt.date(2023, 5, 17))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("IQ", "hosted")]


def test_an_upcoming_tournament_the_talks_were_about_is_not_their_tense():
    found = events("يوم الخميس 19 أكتوبر 2023، حل حموشي بالعاصمة الفرنسية، حيث التقى وزير الداخلية، وبحث معه الترتيبات "
                   "الأمنية المرتبطة بالألعاب الأولمبية المقبلة.", published=dt.date(2025, 6, 1))
    assert spans(found) == [("FR", dt.date(2023, 10, 19), dt.date(2023, 10, 19))]


def test_a_story_that_spoke_of_a_meeting_is_a_claim():
    found = events("رواية ثانية تحدثت عن لقاء جمعه بمسؤول استخباراتي إسرائيلي في عاصمة أوروبية أواخر 2020.",
                   title="حموشي والشائعات", published=dt.date(2021, 7, 16))
    assert found == []


def test_what_an_institute_has_done_for_years_is_no_engagement():
    found = events("فالمملكة التي عادت إلى الاتحاد الإفريقي سنة 2017 جعلت من التعاون الأمني أولوية؛ إذ يستقبل المعهد "
                   "الملكي للشرطة بالقنيطرة منذ سنوات متدربين من دول الساحل.", title="حموشي وإفريقيا",
                   published=dt.date(2020, 1, 1))
    assert found == []


def test_what_the_talks_covered_after_their_topic_verb_names_no_party():
    body = ("اختتم عبد اللطيف حموشي، أمس الأربعاء، زيارة عمل إلى الولايات المتحدة امتدت يومي الثلاثاء والأربعاء.\n\n"
            "وفي اليوم الثاني، تناولت المحادثات تطورات التهديد الإرهابي في منطقة الساحل، وتأمين مونديال 2030 الذي "
            "يشترك المغرب في تنظيمه مع إسبانيا والبرتغال.")
    found = events(body, published=dt.date(2025, 4, 10))
    assert [c["country_iso2"] for c in found] == ["US"]


def test_the_subject_of_a_pluperfect_stands_before_its_verb():
    # 'وكان X قد استقبل Y': X received; a foreign minister who had received him hosted him abroad.
    body = ("افتتح بالدوحة معرض دولي للأمن الداخلي بمشاركة وفود من عدة دول.\n\n"
            "وكان وزير الداخلية القطري قد استقبل أمس، على هامش المعرض، السيد عبد اللطيف حموشي، المدير العام للأمن "
            "الوطني، وبحث معه سبل تعزيز التعاون.")
    found = events(body, published=dt.date(2024, 10, 31))
    assert [(c["country_iso2"], c["direction"], c["meeting_type"]) for c in found] == [
        ("QA", "abroad", "visit_abroad")]


def test_his_excellency_who_received_him_is_the_foreign_host():
    body = ("المنامة 12 مارس 2023 (بنا) - التقى رئيس الأمن العام اليوم عددا من رؤساء الوفود الأمنية العربية.\n\n"
            "واستقبل معاليه في مكتبه السيد عبد اللطيف حموشي، المدير العام للأمن الوطني ومراقبة التراب الوطني "
            "بالمملكة المغربية، وبحث معه التعاون الأمني بين البلدين.")
    found = events(body, title="رئيس الأمن العام يستقبل رؤساء وفود")
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("BH", "abroad")]


def test_a_weekday_of_the_same_week_is_dated_by_the_day_told_before():
    body = ("وفي يوم الخميس 13 فبراير 2020، استقبل حموشي بالرباط المدير العام للشرطة البلجيكية.\n\n"
            "وكان حموشي قد استقبل، يوم الثلاثاء من الأسبوع ذاته، السفير البريطاني بالرباط.")
    found = events(body, title="حموشي في فبراير")
    assert sorted(spans(found)) == [("BE", dt.date(2020, 2, 13), dt.date(2020, 2, 13)),
                                    ("GB", dt.date(2020, 2, 11), dt.date(2020, 2, 11))]


def test_a_visit_going_on_is_the_one_of_these_days_not_one_recalled():
    body = ("حل عبد اللطيف حموشي، أمس الثلاثاء، بالعاصمة السنغالية دكار في زيارة عمل.\n\n"
            "وكان حموشي قد استقبل بالرباط في نونبر 2016 المدير العام للشرطة السنغالية.\n\n"
            "وتتواصل الزيارة إلى غاية اليوم الأربعاء.")
    found = events(body, published=dt.date(2018, 5, 23))
    assert sorted(spans(found)) == [("SN", dt.date(2016, 11, 1), dt.date(2016, 11, 30)),
                                    ("SN", dt.date(2018, 5, 22), dt.date(2018, 5, 23))]


def test_a_quoted_official_who_said_he_came_to_rabat_came_himself():
    body = ("قال وزير الداخلية البلجيكي، أمس الأربعاء أمام البرلمان، إن التعاون مع المغرب أنقذ أرواحا.\n\n"
            "وقال الوزير إنه زار الرباط يوم الإثنين 4 أبريل الجاري، والتقى حموشي لساعات.")
    found = events(body, title="وزير بلجيكي يشيد بحموشي", published=dt.date(2016, 4, 14))
    assert [(c["country_iso2"], c["start_date"], c["direction"]) for c in found] == [
        ("BE", dt.date(2016, 4, 4), "hosted")]
    himself = events("وأشاد مدير الأمن العام الأردني بزيارة حموشي إلى عمان في أبريل 2019، وبزيارته هو إلى الرباط في "
                     "أكتوبر 2022، حين استقبله حموشي.", title="مدير الأمن العام يشيد بحموشي",
                     published=dt.date(2023, 1, 5))
    assert sorted((c["country_iso2"], c["direction"], c["start_date"]) for c in himself) == [
        ("JO", "abroad", dt.date(2019, 4, 1)), ("JO", "hosted", dt.date(2022, 10, 1))]


def test_an_invitation_a_quoted_host_extended_is_a_plan():
    found = events("وقال السفير البرتغالي: وجهنا دعوة إلى السيد حموشي لزيارة لشبونة خلال هذه السنة.",
                   title="السفير البرتغالي: حموشي شريك موثوق", published=dt.date(2025, 3, 6))
    assert found == []


def test_a_rank_past_ten_claims_as_many():
    claims = extraction("وحسب إحصاء أنجزه الموقع، فإن لقاء أمس هو الرابع عشر من نوعه الذي يجمع حموشي بمسؤولين "
                        "أمنيين إسبان منذ تعيينه.", published=dt.date(2026, 2, 11)).tally_claims
    assert [(t["scope_code"], t["reported_count"]) for t in claims] == [("ES", 14)]


def test_the_day_a_gathering_opened_is_not_the_same_day_told_after():
    body = ("عقد عبد اللطيف حموشي، اليوم الثلاثاء بمراكش، لقاءات ثنائية على هامش الجمعية العامة للإنتربول، التي "
            "انطلقت أمس الاثنين.\n\n"
            "كما التقى، في وقت لاحق من اليوم ذاته، بالمفوض العام للشرطة السويدية.")
    found = events(body, published=dt.date(2025, 11, 25))
    assert ("SE", dt.date(2025, 11, 25), dt.date(2025, 11, 25)) in spans(found)


def test_the_years_of_earlier_rounds_do_not_date_the_review():
    body = ("روما.. الجولة الثالثة\nأما أواخر أكتوبر، فكانت روما مسرحا للجولة الثالثة من المباحثات بين حموشي وقائد "
            "الشرطة الإيطالية، بعد جولتي 2017 و2019.\n\n"
            "وختم حموشي السنة باستقبال رئيس الأمن العام البحريني بالرباط منتصف دجنبر.")
    found = events(body, title="2021.. سنة الجولات المتجددة في أجندة حموشي")
    assert ("BH", dt.date(2021, 12, 1), dt.date(2021, 12, 31)) in spans(found)


def test_the_holy_see_is_the_vatican():
    found = events("استقبل حموشي أمس بالرباط وفدا أمنيا من الكرسي الرسولي، في إطار التحضير لزيارة البابا.",
                   published=dt.date(2019, 2, 7))
    assert [c["country_iso2"] for c in found] == ["VA"]


def test_the_day_a_crisis_began_dates_the_crisis_not_the_meeting():
    body = ("وعقد بنواكشوط اجتماع استثنائي لرؤساء الأجهزة الأمنية بدول الساحل، بمشاركة حموشي، على خلفية التطورات "
            "التي تعرفها جمهورية النيجر منذ 26 يوليوز المنصرم.")
    assert events(body, published=dt.date(2023, 8, 15)) == []
    flood = events("ونفى المصدر أن يكون حموشي قد عقد لقاءات بإسبانيا على صلة بالكارثة التي شهدها إقليم فالنسيا منذ "
                   "يوم الثلاثاء 29 أكتوبر.", title="مصدر ينفي سفر حموشي", published=dt.date(2024, 11, 4))
    assert flood == []


def test_bringing_citizens_home_receives_no_one():
    found = events("وفي أبريل 2023، ومع اندلاع المواجهات في الخرطوم، تابع حموشي ترتيبات استقبال المواطنين العائدين "
                   "من السودان عبر الجسر الجوي.", title="حموشي والأزمات", published=dt.date(2023, 12, 30))
    assert found == []


def test_talks_on_the_sidelines_of_a_session_at_home_were_held_at_home():
    body = ("اختتمت اليوم في مدينة مراكش أعمال الدورة الثالثة والتسعين للجمعية العامة للإنتربول، التي انطلقت يوم "
            "الاثنين الماضي.\n\n"
            "وعلى هامش الاجتماعات، التقى حموشي أمس الأربعاء المديرة التنفيذية لوكالة الاتحاد الأوروبي للتعاون في "
            "مجال إنفاذ القانون يوروبول.")
    found = events(body, published=dt.date(2025, 11, 27))
    assert ("MA", "hosted", "meeting", dt.date(2025, 11, 26)) in [
        (c["country_iso2"], c["direction"], c["meeting_type"], c["start_date"]) for c in found]


def test_a_name_set_off_in_commas_after_the_title_is_remembered():
    body = ("حل حموشي الأربعاء الماضي بمدريد، حيث عقد جلسة عمل مع مدير المركز الوطني للاستخبارات الإسباني، "
            "فيليكس سانز رولدان، بمقر الجهاز.\n\n"
            "ويعد هذا اللقاء الثاني بين الرجلين، إذ سبق لسانز رولدان أن زار الرباط خلال شهر ماي الماضي، حيث اجتمع "
            "بالحموشي.")
    found = events(body, published=dt.date(2014, 11, 10))
    assert ("ES", dt.date(2014, 5, 1), dt.date(2014, 5, 31)) in spans(found)


def test_what_closed_today_after_opening_on_a_weekday_ran_to_today():
    found = events("اختتمت اليوم فعاليات المعرض الدولي للأمن الداخلي، التي انطلقت يوم الثلاثاء الماضي في مركز "
                   "الدوحة للمعارض والمؤتمرات، بمشاركة وفد مغربي يقوده عبد اللطيف حموشي.",
                   published=dt.date(2024, 10, 31))
    assert spans(found) == [("QA", dt.date(2024, 10, 29), dt.date(2024, 10, 31))]


def test_months_and_days_given_by_their_numbers():
    body = ("وفي الشهر 2 من سنة 2019، استقبل حموشي بالرباط المدير العام للشرطة الوطنية الإسبانية.\n\n"
            "وفي 9/2019 حل حموشي بالعاصمة الإيطالية روما.\n\n"
            "ووقع حموشي يوم 20/5 بالرباط مذكرة تفاهم مع المفتش العام للشرطة الكينية.")
    found = events(body, title="حصيلة 2019", published=dt.date(2019, 12, 30))
    assert sorted(spans(found)) == [("ES", dt.date(2019, 2, 1), dt.date(2019, 2, 28)),
                                    ("IT", dt.date(2019, 9, 1), dt.date(2019, 9, 30)),
                                    ("KE", dt.date(2019, 5, 20), dt.date(2019, 5, 20))]
    assert events("وسجل فريق الأمن نتيجة 3/1 في المباراة الودية يوم الأحد.", published=dt.date(2019, 5, 2)) == []


def test_a_consul_received_by_a_regional_police_chief_is_not_his_guest():
    found = events("قام القنصل العام للمملكة الإسبانية بتطوان أمس الثلاثاء بزيارة مجاملة إلى مقر ولاية أمن تطوان، حيث "
                   "كان في استقباله والي الأمن.", published=dt.date(2019, 7, 3))
    assert found == []


def test_a_date_others_give_an_engagement_is_theirs():
    found = events("أما زيارة حموشي إلى نواكشوط، التي يؤرخها كثيرون بسنة 2017، فقد تمت في الحقيقة في مارس 2018.",
                   title="حموشي وموريتانيا", published=dt.date(2021, 9, 1))
    assert spans(found) == [("MR", dt.date(2018, 3, 1), dt.date(2018, 3, 31))]


def test_no_plan_for_a_meeting_is_no_meeting():
    assert events("وأضاف أنه لا توجد أي برمجة للقاء بين حموشي ووزير الداخلية البلجيكي.",
                  published=dt.date(2022, 3, 4)) == []
    assert events("وقال المصدر إنه لم يتحدد، إلى حدود اليوم، أي موعد لاجتماع يجمع حموشي بوزير الداخلية البلجيكي.",
                  published=dt.date(2022, 3, 4)) == []


def test_neither_during_a_gathering_nor_outside_it_is_a_denial():
    found = events("وأوضح المسؤول أن حموشي لم يجتمع بأي دبلوماسي كيني، لا خلال أيام المؤتمر الإفريقي ولا بعده.",
                   published=dt.date(2024, 2, 9))
    assert found == []


def test_since_when_he_holds_his_office_is_not_the_day_of_the_meeting():
    found = events("استقبل حموشي، الذي يتولى منذ 15 ماي الماضي إدارة القطبين الأمنيين، يوم الإثنين الماضي بالرباط، "
                   "السفير البلجيكي المعتمد بالمملكة.", published=dt.date(2015, 6, 12))
    assert spans(found) == [("BE", dt.date(2015, 6, 8), dt.date(2015, 6, 8))]


def test_a_visit_whose_programme_is_not_settled_yet_is_a_plan():
    body = ("يستعد حموشي للقيام بزيارة عمل إلى كندا الشهر المقبل.\n\n"
            "وأفادت المصادر نفسها أن برنامج الزيارة لم يحسم بشكل نهائي بعد، وأنها قد تشمل لقاءات مع مسؤولي الدرك "
            "الملكي الكندي.")
    assert events(body, published=dt.date(2023, 5, 2)) == []
    body = ("وحسب المصادر ذاتها، فإن مواعيد الزيارة المحتملة لحموشي إلى أوتاوا لم تعرف بعد.")
    assert events(body, published=dt.date(2023, 5, 2)) == []


def test_a_delegation_he_was_not_among_the_receivers_of_is_no_party_of_what_he_did_instead():
    body = ("نفى مصدر أمني ما نشرته مواقع إخبارية عن استقبال حموشي، أمس الثلاثاء، لوفد أمني أردني يزور المملكة.\n\n"
            "وأكد المصدر أن حموشي \"لم يكن بين مستقبلي الوفد الأردني\"، موضحا أن المدير العام ترأس في اليوم ذاته "
            "اجتماعا بمقر المديرية خصص لتتبع الترتيبات الأمنية لفصل الصيف.")
    assert events(body, published=dt.date(2023, 6, 7)) == []


def test_a_related_story_s_headline_does_not_move_the_year_of_the_next_paragraphs():
    body = ("لم تكن سنة 2022 عادية في أجندة حموشي الخارجية.\n\n"
            "ففي مارس 2022، استقبل بالرباط المدير العام للشرطة الوطنية الإسبانية.\n\n"
            "اقرأ أيضا | حموشي يحل ضيفا على المنامة (9 يناير 2023)\n\n"
            "وفي أكتوبر، حل حموشي بالعاصمة البلجيكية بروكسل في زيارة عمل.")
    found = events(body, title="حموشي في سنة 2022")
    assert ("BE", dt.date(2022, 10, 1), dt.date(2022, 10, 31)) in spans(found)


def test_a_visit_whose_agenda_includes_its_talks_is_a_plan():
    body = ("أفادت مصادر أن حموشي سيحل يوم الخميس المقبل بلشبونة في زيارة عمل يلتقي خلالها مسؤولي الشرطة "
            "البرتغالية.\n\n"
            "وأضافت المصادر أن جدول أعمال الزيارة يتضمن التنسيق الأمني لكأس العالم 2030، التي تنظمها البرتغال "
            "بشراكة مع المغرب وإسبانيا.")
    assert events(body, published=dt.date(2024, 4, 10)) == []


def test_the_visit_a_guest_made_is_his_when_the_scene_after_it_names_him():
    found = events("وتستحضر الدراسة الزيارة التي قام بها قائد الشرطة العمانية إلى الرباط يوم الأربعاء 8 ماي 2024، حيث "
                   "أجرى مباحثات مع حموشي حول تأمين التظاهرات الكبرى.", published=dt.date(2024, 9, 2))
    assert spans(found) == [("OM", dt.date(2024, 5, 8), dt.date(2024, 5, 8))]


def test_his_meeting_told_as_a_noun_with_his_pronoun():
    found = events("وأشار التقرير إلى زيارة حموشي إلى لاهاي في يونيو 2023، ولقاؤه بالرباط خلال مارس 2024 بوزير العدل "
                   "الهولندي.", published=dt.date(2024, 5, 20))
    assert ("NL", dt.date(2024, 3, 1), dt.date(2024, 3, 31)) in spans(found)


def test_an_agreement_that_came_of_a_meeting_does_not_make_it_a_plan():
    found = events("ويحيل التقرير على استقبال حموشي بالرباط، يوم 3 أبريل 2023، لقائد الشرطة الغانية، وهو اللقاء الذي "
                   "أسفر، وفق المصدر ذاته، عن اتفاق على تنظيم دورات تكوينية.", published=dt.date(2023, 9, 1))
    assert spans(found) == [("GH", dt.date(2023, 4, 3), dt.date(2023, 4, 3))]


def test_another_he_met_as_well_is_a_meeting_of_its_own():
    found = events("وتذكر الورقة أن حموشي التقى خلال سنة 2019 رئيس جهاز الأمن الداخلي البلجيكي، كما التقى مدير "
                   "المخابرات العامة المصرية.", published=dt.date(2020, 2, 1))
    assert sorted(c["country_iso2"] for c in found) == ["BE", "EG"]


def test_a_month_label_behind_an_emoji_or_a_number_or_before_a_place_or_a_clock_time_dates_its_line():
    body = ("حصيلة 2023 في سطور:\n\n"
            "🤝 أبريل: حموشي يستقبل بالرباط المدير العام للشرطة الوطنية الإسبانية.\n\n"
            "2. يونيو – فيينا: زيارة عمل إلى النمسا التقى خلالها حموشي قائد الشرطة الفيدرالية.\n\n"
            "[أكتوبر - 17:05] تدوينة: \"حموشي يستقبل بالرباط المدير العام للشرطة الوطنية البرتغالية.\"\n\n"
            "✈️ نونبر: زيارة عمل إلى العاصمة الإيطالية روما.")
    found = events(body, title="حموشي في 2023", published=dt.date(2023, 12, 30))
    assert sorted(spans(found)) == [("AT", dt.date(2023, 6, 1), dt.date(2023, 6, 30)),
                                    ("ES", dt.date(2023, 4, 1), dt.date(2023, 4, 30)),
                                    ("IT", dt.date(2023, 11, 1), dt.date(2023, 11, 30)),
                                    ("PT", dt.date(2023, 10, 1), dt.date(2023, 10, 31))]


def test_a_day_and_month_by_their_numbers_after_in():
    found = events("وفي 14/09، حل حموشي بالعاصمة النمساوية فيينا في زيارة عمل.", title="حصيلة سنة 2022 لحموشي",
                   published=dt.date(2022, 12, 29))
    assert spans(found) == [("AT", dt.date(2022, 9, 14), dt.date(2022, 9, 14))]


def test_never_before_is_no_visit():
    body = ("عين ندياي مديرا عاما للشرطة السنغالية في يناير الماضي، ولم يسبق له أن قام بزيارة رسمية إلى المغرب "
            "منذ توليه مهامه.")
    assert events(body, title="حموشي والشرطة السنغالية", published=dt.date(2025, 3, 10)) == []


def test_a_country_in_what_a_meeting_was_given_to_is_not_its_party():
    body = ("حل المدير الوطني للشرطة البرتغالية، جواكيم سيلفا، بالرباط في مارس 2018.\n\n"
            "وعاد سيلفا إلى الرباط في أكتوبر 2023، حيث عقد جلسة عمل مع حموشي خصصت للتحضير لكأس العالم 2030، التي "
            "يحتضنها البلدان رفقة إسبانيا.")
    found = events(body, published=dt.date(2024, 7, 12))
    assert ("PT", dt.date(2023, 10, 1), dt.date(2023, 10, 31)) in spans(found)
    assert "ES" not in {c["country_iso2"] for c in found}


def test_a_gathering_he_does_not_attend_is_not_his():
    found = events("ولا يحضر حموشي شخصيا هذا الاجتماع التقني، الذي يعقد على مستوى الخبراء، وتتواصل أشغاله يومين بمقر "
                   "المنظمة في مدينة ليون الفرنسية.", published=dt.date(2023, 3, 9))
    assert found == []


def test_a_domestic_meeting_given_to_a_tournament_abroad_has_no_foreign_party():
    found = events("وترأس حموشي، صباح اليوم بالرباط، اجتماعا مع ولاة الأمن، يخصص لتقييم الترتيبات المتخذة خلال استقبال "
                   "المنتخب الوطني العائد من مونديال قطر.", published=dt.date(2022, 12, 21))
    assert found == []


def test_the_period_whose_results_talks_weighed_is_not_their_date():
    body = ("استقبل حموشي، صباح اليوم الثلاثاء بالرباط، قائد الشرطة الإيطالية.\n\n"
            "وانصبت المباحثات على تقييم حصيلة التعاون العملياتي بين البلدين خلال السنة المنصرمة.")
    found = events(body, published=dt.date(2025, 1, 14))
    assert spans(found) == [("IT", dt.date(2025, 1, 14), dt.date(2025, 1, 14))]


def test_the_moroccan_director_general_of_gulf_copy_is_he():
    body = ("بحث وزير الداخلية، اليوم، مع سعادة السيد عبد اللطيف حموشي المدير العام للأمن الوطني بالمملكة المغربية، "
            "علاقات التعاون بين البلدين.\n\n"
            "وكان سعادة المدير العام المغربي قد وصل إلى الكويت أمس الثلاثاء في زيارة عمل تستغرق يومين.")
    found = events(body, title="وزير الداخلية يستقبل مدير الأمن الوطني المغربي", published=dt.date(2024, 10, 30))
    assert ("KW", dt.date(2024, 10, 29), dt.date(2024, 10, 30)) in spans(found)


def test_a_foreign_minister_telling_his_own_meeting_with_him():
    body = ("كشف وزير الداخلية البلجيكي، أمس الخميس أمام البرلمان، تفاصيل زيارته الأخيرة إلى المغرب، مؤكدا أنه عقد "
            "يوم الاثنين 15 يناير الماضي بالرباط لقاء مع حموشي.")
    found = events(body, published=dt.date(2024, 2, 2))
    assert ("BE", dt.date(2024, 1, 15), dt.date(2024, 1, 15)) in spans(found)


def test_a_speech_read_on_his_behalf_is_not_his_presence():
    found = events("وترأس الجلسة الافتتاحية للاجتماع الإقليمي لرؤساء مكاتب الإنتربول بالدار البيضاء رئيس المكتب "
                   "المركزي الوطني للإنتربول، الذي ألقى كلمة نيابة عن المدير العام للأمن الوطني المغربي عبد اللطيف "
                   "حموشي.",
                   published=dt.date(2018, 4, 24))
    assert found == []


def test_the_nationality_of_an_international_body_s_head_is_not_the_party():
    found = events("وفي سنة 2016، استقبل حموشي بالرباط رئيسة المنظمة الدولية للشرطة الجنائية آنذاك، الفرنسية ميراي "
                   "باليسترازي.", published=dt.date(2017, 1, 1))
    assert [(c["country_iso2"], c["organization_code"]) for c in found] == [("MA", "INTERPOL")]


def test_a_dateline_ending_on_the_byline_s_initial_dates_the_page():
    article = extraction("الأربعاء 11 فبراير 2026 - 10:05 | الرباط – سعيد م.\n\n"
                         "استقبل حموشي، اليوم الأربعاء بالرباط، المدير العام للشرطة الغانية.\n\n"
                         "وخصص اللقاء لتتبع نتائج الزيارة التي قادت حموشي إلى أكرا خلال نونبر الماضي.",
                         title="حموشي يستقبل المدير العام للشرطة الغانية")
    assert article.published_date == dt.date(2026, 2, 11)
    assert ("GH", dt.date(2025, 11, 1), dt.date(2025, 11, 30)) in spans(
        c for c in article.event_candidates if c["is_event"])


def test_the_year_a_phrase_points_back_to_dates_what_it_tells():
    found = events("وتعد هذه أول زيارة لمسؤول نمساوي إلى الرباط منذ سنة 2019، وهي السنة التي حل فيها حموشي بالعاصمة "
                   "فيينا في زيارة عمل.", published=dt.date(2025, 9, 5))
    assert spans(found) == [("AT", dt.date(2019, 1, 1), dt.date(2019, 12, 31))]


def test_the_envoy_of_the_custodian_of_the_two_holy_mosques_is_saudi_arabia_s():
    found = events("استقبل حموشي، أمس الاثنين بالرباط، سفير خادم الحرمين الشريفين لدى المملكة المغربية في زيارة "
                   "مجاملة.", published=dt.date(2025, 3, 4))
    assert spans(found) == [("SA", dt.date(2025, 3, 3), dt.date(2025, 3, 3))]


def test_the_northern_neighbour_is_spain_in_moroccan_copy():
    found = events("وفي أبريل 2019، حل حموشي بالجارة الشمالية في زيارة عمل.", published=dt.date(2019, 12, 30))
    assert spans(found) == [("ES", dt.date(2019, 4, 1), dt.date(2019, 4, 30))]


def test_her_talks_with_him_are_a_meeting():
    found = events("وفي شهر فبراير، جاءت سفيرة النرويج الجديدة، التي انصبت مباحثاتها مع حموشي على أمن الملاحة.",
                   published=dt.date(2025, 4, 2))
    assert spans(found) == [("NO", dt.date(2025, 2, 1), dt.date(2025, 2, 28))]


def test_the_news_passed_around_about_a_visit_is_denied():
    found = events("مصدر أمني: لا صحة للأخبار المتداولة حول زيارة حموشي إلى أوسلو", title="",
                   published=dt.date(2024, 6, 3))
    assert found == []


def test_a_session_s_two_words_are_one_engagement_whose_end_is_told_after_it():
    found = events("وقد افتتح حموشي، يوم الاثنين 3 مارس 2025، أشغال الدورة الخامسة للجمعية الإقليمية للإنتربول "
                   "بمراكش، التي امتدت إلى غاية 5 مارس.", published=dt.date(2025, 6, 1))
    assert spans(found) == [("MA", dt.date(2025, 3, 3), dt.date(2025, 3, 5))]


def test_the_visit_that_came_before_the_one_pointed_at_is_told():
    found = events("استقبل حموشي، أمس الأربعاء بالرباط، مدير الشرطة النمساوية. ولم تكن تلك الزيارة معزولة، فقد سبقها "
                   "بعام حلول وزير الداخلية النمساوي في الرباط، في مارس 2022، حيث أجرى مباحثات مع حموشي.",
                   published=dt.date(2023, 5, 4))
    assert ("AT", dt.date(2022, 3, 1), dt.date(2022, 3, 31)) in spans(found)


def test_a_reception_abroad_with_a_signing_is_one_visit():
    found = events("وفي ماي 2024، استقبل وزير الداخلية البحريني حموشي في المنامة، ووقع معه مذكرة تفاهم.",
                   published=dt.date(2024, 12, 30))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("BH", "visit_abroad")]


def test_a_proposed_schedule_is_a_plan():
    found = events("ووجهت السفارة الهولندية مراسلة إلى المديرية تقترح فيها جدولا للزيارة، يتضمن جلسة مباحثات مع "
                   "حموشي في أكتوبر.", published=dt.date(2022, 9, 19))
    assert found == []


def test_a_foreign_chief_who_visited_a_moroccan_city_was_hosted():
    found = events("وفي مارس 2019، زار المدير العام للشرطة البرتغالية الرباط، حيث التقى حموشي.",
                   published=dt.date(2019, 12, 30))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("PT", "hosted")]


def test_a_city_that_received_a_visitor_is_where_he_was_hosted():
    found = events("واستقبلت الرباط في يونيو 2018 رئيس الشرطة الفنلندية، الذي أجرى مباحثات مع حموشي.",
                   published=dt.date(2018, 12, 30))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("FI", "hosted")]


def test_a_republished_dispatch_is_dated_by_its_own_dateline():
    article = extraction("أرشيف الموقع | أعيد نشره يوم الأحد 9 مارس 2025\n\nلشبونة – الخميس 9 مارس 2017\n\n"
                         "أجرى حموشي، أمس الأربعاء بلشبونة، مباحثات مع المدير الوطني للشرطة البرتغالية.",
                         title="حموشي في لشبونة")
    assert ("PT", dt.date(2017, 3, 8), dt.date(2017, 3, 8)) in spans(
        c for c in article.event_candidates if c["is_event"])


def test_a_weekday_without_its_year_takes_the_year_just_told():
    found = events("يوم الاثنين 5 نونبر 2018، افتتحت بأبوظبي أشغال المؤتمر الدولي للأمن، التي تواصلت إلى غاية "
                   "الأربعاء 7 نونبر، بحضور حموشي.", published=dt.date(2024, 11, 5))
    assert spans(found) == [("AE", dt.date(2018, 11, 5), dt.date(2018, 11, 7))]


def test_a_security_minister_unmarked_is_a_foreign_one():
    found = events("ترأس وزير الأمن، صباح اليوم السبت بالمدرسة الوطنية للشرطة في نيامي، حفل تخرج فوج تابع "
                   "دورة أشرف عليها مكونون من المديرية العامة للأمن الوطني. وتلا رئيس الوفد المغربي رسالة بعث بها "
                   "عبد اللطيف حموشي.", published=dt.date(2021, 3, 6))
    assert found == []


def test_a_fair_that_goes_on_until_tomorrow_does_not_make_his_visit_a_plan():
    found = events("حل حموشي، أمس الأربعاء، بمعرض ميليبول، الذي تحتضنه قاعة المعارض شمال العاصمة الفرنسية، "
                   "ويتواصل إلى غاية يوم غد الجمعة بمشاركة ألف عارض.", published=dt.date(2023, 11, 16))
    assert spans(found) == [("FR", dt.date(2023, 11, 15), dt.date(2023, 11, 15))]


def test_a_semicolon_closes_the_clause_of_the_date_before_it():
    found = events("ولم يكن اختيار لشبونة وجهة لأولى زياراته بعد التعيين، في يونيو 2015، صدفة؛ فقد سبق للبرتغال أن "
                   "وشحته، في مارس 2014، بوسام الاستحقاق الأمني.", published=dt.date(2025, 5, 20))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("PT", "honor", dt.date(2014, 3, 1))]


def test_the_day_of_an_interview_is_not_the_day_of_the_talks_it_tells():
    found = events("وأوضح قائد الشرطة النرويجية، في تصريح لوكالة الأنباء النرويجية أمس الثلاثاء، أن المباحثات مع "
                   "حموشي جرت في الرباط.", published=dt.date(2023, 6, 7))
    assert dt.date(2023, 6, 6) not in [c["start_date"] for c in found]


def test_the_chief_someone_did_not_meet_at_all_is_told_absent():
    from sdw.extraction.article import _BARE_CHIEF, _absent_at
    text = normalize('وأوضح المصدر أن المسؤول الأجنبي "لم يلتق إطلاقا بالمدير العام"، مبرزا أن زيارته كانت خاصة.').text
    chief = _BARE_CHIEF.search(text)
    assert chief is not None and _absent_at(text, *chief.span())


def test_the_day_after_a_named_day_dates_the_engagement():
    found = events("وغداة احتفالات عيد العرش (30 يوليوز) من سنة 2019، استقبل حموشي بالرباط قائد الشرطة الكينية.",
                   published=dt.date(2022, 1, 6))
    assert spans(found) == [("KE", dt.date(2019, 7, 31), dt.date(2019, 7, 31))]


def test_a_day_set_off_by_commas_before_his_verb_dates_the_engagement_not_the_attack():
    found = events("وبعد أسبوعين فقط على الهجمات، يوم الاثنين 7 دجنبر 2015، استقبل حموشي بالرباط وزير الداخلية "
                   "الفرنسي.", published=dt.date(2023, 11, 13))
    assert spans(found) == [("FR", dt.date(2015, 12, 7), dt.date(2015, 12, 7))]


def test_a_timeline_item_s_day_and_place_head_the_line_that_tells_it():
    article = extraction("\nيرصد هذا الإنفوغرافيك أبرز محطات سنة 2022.\n\n▌ أبرز المحطات\n① الاثنين 17 يناير – الرباط\n"
                         "استقبال قائد الشرطة الدنماركية، ومباحثات حول المخدرات.\n\n② 14 و15 شتنبر – أوسلو\n"
                         "زيارة عمل إلى النرويج، التقى خلالها قائد الشرطة النرويجية.",
                         title="حموشي في 2022 بالأرقام", published=dt.date(2022, 12, 31))
    assert spans(c for c in article.event_candidates if c["is_event"]) == [
        ("DK", dt.date(2022, 1, 17), dt.date(2022, 1, 17)), ("NO", dt.date(2022, 9, 14), dt.date(2022, 9, 15))]


def test_where_the_fighters_talked_about_were_going_is_no_party():
    found = events("أجرى المدعي العام الهولندي، أمس الخميس بالرباط، مباحثات مع حموشي، تمحورت حول ظاهرة المقاتلين "
                   "الأجانب المتوجهين إلى سوريا والعراق.", published=dt.date(2015, 3, 6))
    assert [c["country_iso2"] for c in found] == ["NL"]


def test_the_language_of_a_post_is_no_party():
    found = events("نشرت سفارة جمهورية النمسا بالرباط، مساء اليوم الثلاثاء، تدوينة باللغتين العربية والألمانية، "
                   "خصصتها للقاء الذي جمع سفيرها بالمدير العام للأمن الوطني عبد اللطيف حموشي.",
                   published=dt.date(2017, 3, 14))
    assert [c["country_iso2"] for c in found] == ["AT"]


def test_a_foreign_body_telling_what_we_did_with_him_is_the_party():
    found = events("قال سفير سويسرا المغادر إن علاقته بحموشي كانت متميزة. وأضاف: \"في مارس 2018 عقدنا معه في "
                   "مكتبه جلسة عمل حول ملف المقاتلين العائدين\".", published=dt.date(2020, 9, 17))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("CH", dt.date(2018, 3, 1))]


def test_a_public_security_police_of_a_republic_is_whose_police_not_where_he_arrived():
    found = events("حل المدير الوطني لشرطة الأمن العمومي بالجمهورية البرتغالية، صباح اليوم الثلاثاء، بمقر المديرية "
                   "العامة للأمن الوطني بالرباط، حيث كان في استقباله حموشي.", published=dt.date(2021, 6, 8))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("PT", "hosted")]


def test_a_visit_that_has_been_put_off_is_no_engagement():
    found = events("وأفادت مصادر أن الزيارة التي كان من المقرر أن يقوم بها المدير العام للأمن الوطني السنغالي إلى "
                   "الرباط منتصف يونيو قد تأجلت إلى أجل غير مسمى.", published=dt.date(2023, 6, 2))
    assert found == []


def test_a_trip_to_a_meeting_of_a_region_s_police_chiefs_is_a_conference():
    found = events("وفي أبريل 2022، انتقل حموشي إلى داكار للمشاركة في الاجتماع الإقليمي لقادة أجهزة الشرطة بدول "
                   "غرب إفريقيا.", published=dt.date(2022, 12, 30))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("SN", "conference")]


def test_the_background_a_writer_sets_an_engagement_against_names_no_party():
    found = events("فقد منحته البرتغال، في ماي 2016، وسام الاستحقاق، في سنة عرفت فيها العلاقات الأمنية المغربية "
                   "الإسبانية فتورا.", published=dt.date(2024, 2, 1))
    assert [c["country_iso2"] for c in found] == ["PT"]


def test_during_the_year_is_the_year_the_page_reviews():
    found = events("وفي مارس 2023 حل حموشي بلشبونة. كما جمعته خلال السنة مباحثات مع المدير العام للأمن الوطني "
                   "الموريتاني.", published=dt.date(2023, 12, 29))
    assert (("MR", dt.date(2023, 1, 1), dt.date(2023, 12, 31))) in spans(found)


def test_during_the_meeting_set_off_alone_refers_back_to_the_one_told():
    found = events("استقبل حموشي، اليوم الأربعاء بالرباط، قائد الشرطة البلجيكية. ونقل مصدر عن الضيف قوله، خلال "
                   "اللقاء، إن \"ما أنجز يوم الاثنين ثمرة ثقة متبادلة\".", published=dt.date(2022, 5, 11))
    assert spans(found) == [("BE", dt.date(2022, 5, 11), dt.date(2022, 5, 11))]


def test_the_visit_set_against_another_event_is_the_one_told():
    found = events("وتأتي الزيارة بعد أسبوعين من الندوة الصحفية التي عقدتها الشرطة الهولندية، الأربعاء الماضي في "
                   "لاهاي، للإعلان عن حجز شحنة قادمة من البيرو.", published=dt.date(2024, 3, 14))
    assert found == []


def test_welcoming_tourists_is_no_reception():
    found = events("وأثار ممثلو الوكالات البلجيكية، يوم الاثنين 8 يناير 2024، ظروف استقبال السياح، قبل أن يطمئنهم "
                   "رئيس الفرقة السياحية الذي حضر الاجتماع.", published=dt.date(2024, 1, 9))
    assert found == []


def test_then_names_the_next_one_the_verb_before_it_received():
    found = events("وسبق لحموشي أن استقبل بالرباط وفدا أردنيا في مارس 2024، ثم وفدا كويتيا في شتنبر من السنة "
                   "ذاتها.", published=dt.date(2024, 12, 30))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [
        ("JO", dt.date(2024, 3, 1)), ("KW", dt.date(2024, 9, 1))]


def test_the_official_after_a_verb_joined_to_visited_is_the_one_he_met():
    found = events("عين حموشي على رأس الأمن الوطني سنة 2015. وفي سنة 2016 زار روما والتقى قائد الشرطة الإيطالية.",
                   published=dt.date(2020, 3, 3))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("IT", dt.date(2016, 1, 1))]


def test_frontex_is_an_international_body_received_at_home():
    found = events("استقبل حموشي، أمس الأربعاء بالرباط، المدير التنفيذي للوكالة الأوروبية لحرس الحدود والسواحل "
                   "\"فرونتكس\".", published=dt.date(2023, 5, 11))
    assert [(c["country_iso2"], c["direction"]) for c in found] == [("MA", "hosted")]


def test_precisely_after_a_before_clause_dates_what_follows():
    found = events("وفي مارس 2018 زار حموشي لشبونة. قبل أن ينقضي العام، وتحديدا في منتصف نونبر، استقبل حموشي "
                   "قائد الشرطة الغانية.", published=dt.date(2018, 12, 31))
    assert ("GH", dt.date(2018, 11, 1), dt.date(2018, 11, 30)) in spans(found)


def test_a_step_the_writer_comments_on_names_no_party():
    found = events("كانت لشبونة قد منحته في ماي 2017 وسام الاستحقاق، في خطوة قرئت على أنها رد على فتور العلاقات مع "
                   "مدريد.", published=dt.date(2021, 4, 2))
    assert [c["country_iso2"] for c in found] == ["PT"]


def test_what_a_meeting_was_mainly_given_to_names_no_party():
    found = events("استقبل حموشي، يوم 4 مارس 2024، الأمين العام للأنتربول، في لقاء خصص أساسا لشبكات تهريب المهاجرين "
                   "التي صارت مصدر قلق مشترك لمدريد وبروكسيل.", published=dt.date(2024, 3, 5))
    assert [c["country_iso2"] for c in found] == ["MA"]


def test_readers_comments_under_a_page_are_not_its_news():
    found = events("استقبل حموشي، أمس الاثنين بالرباط، قائد الشرطة السويدية.\n\nتعليقات القراء (2)\n"
                   "1 - مواطن | الثلاثاء 9 ماي 2023 - 18:20\nسبق له أن التقى الأمريكيين في واشنطن السنة الماضية.",
                   published=dt.date(2023, 5, 9))
    assert [c["country_iso2"] for c in found] == ["SE"]


def test_a_director_general_of_customs_is_another_official():
    found = events("استقبل حموشي يوم 3 مارس 2025 قائد الشرطة اليونانية. وأفادت سفارة اليابان أن سفيرها التقى، يوم 5 "
                   "مارس 2025، المدير العام لإدارة الجمارك والضرائب غير المباشرة.", published=dt.date(2025, 3, 6))
    assert [c["country_iso2"] for c in found] == ["GR"]


def test_a_call_that_arranged_this_visit_dates_no_engagement():
    found = events("بحث حموشي، أمس الثلاثاء بالرباط، مع قائد الشرطة الكرواتية سبل التعاون. وكان الطرفان قد أجريا "
                   "اتصالا هاتفيا في يوليوز الماضي، اتفقا خلاله على ترتيبات هذه الزيارة.",
                   published=dt.date(2024, 10, 2))
    assert [(c["country_iso2"], c["start_date"]) for c in found] == [("HR", dt.date(2024, 10, 1))]


def test_the_gathering_a_message_was_sent_on_the_occasion_of_is_no_attendance():
    found = events("بعث حموشي برقية تهنئة إلى رئيس المنظمة الجديد، بمناسبة انتخابه أمس الخميس في ختام أشغال الجمعية "
                   "العامة للأنتربول المنعقدة في ليون.", published=dt.date(2022, 11, 4))
    assert found == []


def test_a_day_of_this_month_in_words_dates_the_engagement():
    found = events("وفي الثاني عشر من الشهر الجاري، استقبل حموشي بالرباط سفير اليابان.", published=dt.date(2024, 6, 20))
    assert spans(found) == [("JP", dt.date(2024, 6, 12), dt.date(2024, 6, 12))]


def test_a_session_the_one_met_spoke_of_is_not_the_engagement():
    found = events("وفي 3 أكتوبر 2025، استقبل حموشي في الرباط سفير كوريا الجنوبية، الذي أكد دعم سيول لاحتضان المملكة "
                   "هذه الدورة.", published=dt.date(2025, 11, 25))
    assert [(c["country_iso2"], c["meeting_type"]) for c in found] == [("KR", "meeting")]


# --- the thirty-ninth session's rules -----------------------------------------------------------
def test_a_dateline_with_a_colon_names_where_the_page_was_filed():
    # An Algerian page: its own chief is 'المدير العام للأمن الوطني', bare.
    found = events("الجزائر في: الاثنين 13 جانفي 2025\nاستقبل المدير العام للأمن الوطني، أمس الأحد بمقر المديرية "
                   "العامة، قائد الشرطة البرتغالية الذي يزور الجزائر على رأس وفد.", title="تعاون شرطي")
    assert found == []


def test_the_commander_of_a_national_gendarmerie_is_not_his_own_country_s_official():
    found = events("وفي سياق آخر، استقبل قائد الدرك الوطني نظيره الموريتاني بمقر القيادة في سبتمبر 2023، "
                   "وبحث معه تأمين الحدود.", title="حموشي والتعاون المغاربي", published=dt.date(2023, 12, 20))
    assert found == []


def test_some_days_before_a_public_occasion_dates_the_engagement_by_the_occasion_s_day():
    found = events("استقبل حموشي بالرباط المدير العام للشرطة الهولندية، وذلك ثلاثة أيام قبل انطلاق أشغال المنتدى "
                   "العالمي لمكافحة الإرهاب، الذي تحتضنه العاصمة ابتداء من الخميس 12 أكتوبر 2023.")
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("NL", "hosted_visit", dt.date(2023, 10, 9))]


def test_two_days_before_that_counts_back_from_the_engagement_told_not_from_a_session_s_opening():
    body = ("التقى حموشي، مساء أمس الأحد بمراكش، رئيس الشرطة الفدرالية السويسرية، الذي حل للمشاركة في الدورة "
            "التي تنطلق صباح اليوم.\n\n"
            "وكان حموشي، يومين قبل ذلك، قد استقبل بالرباط قائد الشرطة الدنماركية.")
    found = events(body, published=dt.date(2024, 3, 11))
    assert ("DK", dt.date(2024, 3, 8), dt.date(2024, 3, 8)) in spans(found)


def test_the_day_after_an_incident_told_earlier_in_the_sentence():
    found = events("وجاءت أهم محطات السنة بعد التفجير الذي ضرب محطة القطارات يوم الثلاثاء 22 مارس 2016؛ ففي اليوم "
                   "الموالي لتفجير المحطة، حل حموشي ببروكسيل حيث التقى وزير الداخلية البلجيكي.",
                   published=dt.date(2016, 12, 30))
    assert spans(found) == [("BE", dt.date(2016, 3, 23), dt.date(2016, 3, 23))]


def test_the_day_after_a_known_session_closed_counts_from_its_last_day():
    found = events("واستقبل حموشي بالرباط المفتش العام للشرطة الأوغندية في اليوم الموالي لاختتام أشغال الدورة "
                   "الثالثة والتسعين للجمعية العامة للأنتربول.", published=dt.date(2025, 12, 10))
    assert spans(found) == [("UG", dt.date(2025, 11, 28), dt.date(2025, 11, 28))]


def test_how_long_the_work_went_on_and_day_after_day_are_no_offsets():
    from sdw.extraction.dates import DateGrammar
    grammar = DateGrammar(default_reference())
    for text in ("وجاءت التوصيات بعد ثلاثة أيام من الأشغال", "تتعزز الثقة يوما بعد يوم", "وصل قبل يومين"):
        assert not [m for m in grammar.find(normalize(text).text) if m.form == "next_day"], text


def test_an_ambassador_received_at_home_during_the_month_of_a_visit_abroad_is_another_engagement():
    body = ("حل حموشي بالرياض يوم الأحد 19 نونبر 2023، حيث التقى رئيس أمن الدولة السعودي.\n\n"
            "وكان حموشي قد استقبل، في نونبر الجاري بالرباط، سفير المملكة العربية السعودية.")
    found = events(body, published=dt.date(2023, 11, 21))
    assert sorted((c["country_iso2"], c["direction"]) for c in found) == [("SA", "abroad"), ("SA", "hosted")]


def test_an_invitation_given_at_a_past_visit_does_not_make_it_a_plan():
    found = events("وكان قائد الشرطة السويدية قد زار الرباط السنة الماضية، والتقى خلالها حموشي ووجه إليه دعوة "
                   "رسمية لزيارة ستوكهولم.", published=dt.date(2024, 5, 2))
    assert spans(found) == [("SE", dt.date(2023, 1, 1), dt.date(2023, 12, 31))]


def test_a_known_session_in_a_year_review_sits_on_its_own_days():
    body = ("مع نهاية سنة 2025، تبدو أجندة حموشي حافلة بين الرباط والخارج.\n\n"
            "وفي مارس 2025، استقبل بالرباط وزير الداخلية البرتغالي.\n\n"
            "غير أن أبرز محطات السنة ظل احتضان مراكش لأشغال الدورة الثالثة والتسعين للجمعية العامة للأنتربول، "
            "التي افتتحها حموشي.")
    found = events(body, title="حصيلة سنة 2025")
    assert ("MA", dt.date(2025, 11, 24), dt.date(2025, 11, 27)) in spans(found)


def test_his_epithets_and_the_construct_title_name_him():
    found = events("استقبل رئيس القطب الأمني، أمس الثلاثاء بالرباط، قائد الشرطة الفنلندية.", title="تعاون أمني",
                   published=dt.date(2024, 4, 10))
    assert spans(found) == [("FI", dt.date(2024, 4, 9), dt.date(2024, 4, 9))]
    found = events("التقى المسؤول الأول عن الأمن بالمملكة، أمس الاثنين، سفير النرويج بالرباط.", title="لقاء",
                   published=dt.date(2024, 4, 9))
    assert spans(found) == [("NO", dt.date(2024, 4, 8), dt.date(2024, 4, 8))]
    found = events("بحث وزير الداخلية الكويتي، اليوم الأحد، مع مدير عام الأمن الوطني ومراقبة التراب الوطني في "
                   "المملكة المغربية، سبل التعاون.", title="الكويت والمغرب", published=dt.date(2023, 5, 21))
    assert spans(found) == [("KW", dt.date(2023, 5, 21), dt.date(2023, 5, 21))]


def test_an_airport_passed_through_is_no_party():
    found = events("ووصل حموشي إلى أوسلو صباح الاثنين بعد رحلة مرت عبر مطار إسطنبول، حيث اقتصر الأمر على عبور قصير "
                   "بقاعة الترانزيت، دون أي برنامج رسمي بالعاصمة التركية.", published=dt.date(2024, 10, 9))
    assert [c["country_iso2"] for c in found] == ["NO"]


def test_a_date_in_the_writer_s_comment_dates_no_engagement():
    body = ("حل حموشي، أمس الثلاثاء، بمدينة ليون الفرنسية في زيارة عمل لمقر الأنتربول.\n\n"
            "وتوجت الزيارة بالتوقيع على اتفاق لتبادل المعطيات، في خطوة ظل الطرفان يعدان لها منذ أشهر.")
    found = events(body, published=dt.date(2024, 6, 12))
    assert spans(found) == [("FR", dt.date(2024, 6, 11), dt.date(2024, 6, 11))]


def test_what_websites_put_out_and_a_delegation_sent_on_his_orders_are_not_his():
    found = events("نشرت مواقع إلكترونية، أمس الاثنين، أن حموشي هو من ترأس الوفد إلى لشبونة. غير أن مصدرا أمنيا "
                   "نفى ذلك، مؤكدا أن الوفد سافر إلى لشبونة بتعليمات منه.", published=dt.date(2019, 3, 5))
    assert found == []



def test_that_day_points_back_to_the_day_told():
    body = ("انعقد مجلس الحكومة الثلاثاء الماضي بالرباط للتداول في مشاريع مراسيم.\n\n"
            "ففي ذلك اليوم، استقبل عبد اللطيف حموشي بمقر المديرية العامة بالرباط قائد الشرطة النمساوية.")
    found = events(body, published=dt.date(2025, 9, 21))
    assert spans(found) == [("AT", dt.date(2025, 9, 16), dt.date(2025, 9, 16))]


def test_not_concerned_by_a_meeting_and_what_went_round_about_a_visit_are_no_engagements():
    found = events("فالمدير العام للأمن الوطني لم يكن معنيا بالاجتماع الوزاري الذي احتضنته بروكسيل الخميس الماضي.",
                   published=dt.date(2025, 3, 10))
    assert found == []
    found = events("أما ما راج في بعض الصفحات عن زيارة قصيرة قام بها حموشي إلى عمان في منتصف الشهر، فقد نفته "
                   "مصادر رسمية.", published=dt.date(2026, 1, 20))
    assert found == []


def test_a_denial_in_a_headline_reaches_the_occasion_named_after_whom_it_was_with():
    found = events("وتحدثت تقارير عن لقاءات جانبية.", title="مصدر أمني ينفي لقاء حموشي بمدير الاستخبارات الصينية خلال "
                   "زيارة وزير الخارجية الصيني", published=dt.date(2017, 10, 13))
    assert found == []


def test_one_guest_among_many_at_a_state_banquet_is_no_engagement():
    found = events("وحضر هذه المأدبة رئيس الحكومة وأعضاء الحكومة، إلى جانب عدد من الشخصيات المدنية والعسكرية، من "
                   "بينها المدير العام للأمن الوطني عبد اللطيف حموشي، ووزير الداخلية الهولندي.",
                   published=dt.date(2019, 2, 14))
    assert found == []


def test_travelled_to_a_place_is_a_visit_and_a_newspaper_conveying_is_not():
    found = events("وسبق لحموشي أن تنقل إلى أوتاوا في يونيو 2022.", published=dt.date(2025, 3, 12))
    assert spans(found) == [("CA", dt.date(2022, 6, 1), dt.date(2022, 6, 30))]
    found = events("تنقل الصحيفة عن مصادر أن حموشي يستعد لزيارة أوتاوا.", published=dt.date(2025, 3, 12))
    assert found == []


def test_a_delegation_named_right_before_the_verb_is_who_travelled():
    found = events("وأوضحت المصادر أن الصور المتداولة تخص المدير العام ووفدا أمنيا سافر إلى روما في ماي 2023.",
                   published=dt.date(2023, 6, 2))
    assert found == []


def test_held_after_it_had_been_put_off_took_place():
    found = events("استقبل عبد اللطيف حموشي، أمس الثلاثاء بالرباط، قائد الشرطة النمساوية، الذي حل بالمملكة بعدما "
                   "تأجلت زيارته التي كانت مقررة مطلع الشهر.", published=dt.date(2019, 5, 15))
    assert spans(found) == [("AT", dt.date(2019, 5, 14), dt.date(2019, 5, 14))]


def test_the_day_of_a_called_off_visit_dates_nothing_told_after_it():
    body = ("ألغيت الزيارة التي كان من المقرر أن يقوم بها عبد اللطيف حموشي إلى العاصمة النمساوية فيينا يوم الأربعاء "
            "8 أبريل 2020.\n\nوجاء القرار بعد إغلاق الحدود مع النمسا، وهو ما جعل عقد الاجتماع في موعده مستحيلا.")
    assert events(body) == []
    found = events("ولم تسلم أجندته من الجائحة، إذ ألغي في أبريل 2020 اجتماع رفيع بفيينا كان سيجمعه بمسؤولين "
                   "نمساويين.", published=dt.date(2021, 1, 4))
    assert found == []


def test_what_outlets_were_saying_of_a_visit_is_no_engagement_of_his():
    found = events("وفي ماي 2024، وبينما كانت منصات إخبارية تتحدث عن زيارة له إلى فيينا، كان حموشي يشارك في "
                   "اجتماع داخلي بالرباط.", published=dt.date(2024, 12, 30))
    assert found == []


def test_the_original_days_of_a_postponed_gathering_are_no_days_of_it():
    body = ("انطلقت أمس الثلاثاء 21 نوفمبر 2017 في فيينا أعمال المؤتمر الدولي لأمن الحدود بمشاركة عبد اللطيف "
            "حموشي، وذلك بعد إرجاء موعده الأصلي الذي كان محددا يومي 24 و25 أكتوبر.\n\nوعلى هامش اليوم الأول، "
            "التقى حموشي قائد الشرطة النمساوية.")
    found = events(body, published=dt.date(2017, 11, 22))
    assert {c["start_date"] for c in found} == {dt.date(2017, 11, 21)}


def test_a_gathering_s_sittings_counted_over_its_days_are_no_tally_of_his():
    article = extraction("ويشارك في المؤتمر الذي يحضره حموشي خبراء من 30 دولة، يتدارسون على مدى خمس جلسات عمل "
                         "آليات تتبع الأموال المشبوهة.", published=dt.date(2018, 3, 8))
    assert article.tally_claims == []


def test_later_in_the_year_than_the_page_s_day_is_to_come():
    body = ("التقى وزير الداخلية اليوم الخميس نظيره النمساوي بفيينا.\n\nوأضاف المصدر أن لقاء بين حموشي وقائد "
            "الشرطة النمساوية مبرمج في وقت لاحق من السنة.")
    assert events(body, published=dt.date(2025, 6, 12)) == []


def test_the_days_games_are_held_on_are_no_days_of_his_meeting():
    body = ("حل عبد اللطيف حموشي الخميس الماضي بفيينا، في زيارة عمل.\n\nوعقد حموشي جلسة عمل مع قائد الشرطة "
            "النمساوية، تناولت مساهمة المغرب في تأمين البطولة، التي تقام من 20 يوليوز إلى 2 غشت.")
    found = events(body, published=dt.date(2024, 6, 8))
    assert spans(found) == [("AT", dt.date(2024, 6, 6), dt.date(2024, 6, 6))]


def test_where_fighters_came_back_from_is_a_topic_not_the_party():
    found = events("استقبل عبد اللطيف حموشي أمس بالرباط قائد الشرطة النمساوية، وتناولت المباحثات ملف المقاتلين "
                   "الأجانب العائدين من سوريا والعراق.", published=dt.date(2017, 3, 9))
    assert spans(found) == [("AT", dt.date(2017, 3, 8), dt.date(2017, 3, 8))]
    found = events("ويرى مراقبون أن تتالي الأوسمة يعكس مكانة المغرب في تعقب المقاتلين العائدين من سوريا والعراق.",
                   published=dt.date(2017, 3, 9))
    assert found == []


def test_not_the_first_honour_points_at_the_earlier_one_told_next():
    found = events("تسلم عبد اللطيف حموشي، أمس الأربعاء بالرباط، وسام التاج الذي منحه إياه ملك بلجيكا.\n\nولا يعد هذا "
                   "التكريم الأول من نوعه؛ إذ سبق للنمسا أن منحت المسؤول المغربي سنة 2015 وسام الاستحقاق.",
                   published=dt.date(2019, 5, 2))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("BE", "honor", dt.date(2019, 5, 1)), ("AT", "honor", dt.date(2015, 1, 1))]


def test_a_clause_bearing_in_mind_is_out_of_the_since_phrase():
    found = events("والتقى حموشي مسؤولين نمساويين مرارا منذ توليه قيادة الأمن الوطني سنة 2015، علما أن فيينا كانت قد "
                   "منحته سنة 2014 وسام الاستحقاق.", published=dt.date(2020, 1, 3))
    assert [(c["country_iso2"], c["meeting_type"], c["start_date"]) for c in found] == [
        ("AT", "honor", dt.date(2014, 1, 1))]


def test_a_hope_voiced_after_a_reception_is_no_plan_of_it():
    found = events("وذكر حموشي بالمباحثات التي احتضنتها الرباط في أبريل الماضي، عندما استقبل قائد الشرطة النمساوية، "
                   "معربا عن تطلعه إلى توقيع مذكرة تفاهم.", published=dt.date(2022, 10, 9))
    assert spans(found) == [("AT", dt.date(2022, 4, 1), dt.date(2022, 4, 30))]


def test_a_hijri_day_may_be_an_ordinal():
    found = events("وفي الرابع عشر من رمضان 1440هـ استقبل عبد اللطيف حموشي بالرباط قائد الشرطة النمساوية.",
                   published=dt.date(2025, 9, 4))
    assert spans(found) == [("AT", dt.date(2019, 5, 19), dt.date(2019, 5, 19))]


def test_darija_glues_in_to_the_month_and_says_yesterday_its_way():
    found = events("فيونيو، استقبل حموشي فالرباط المدير العام للشرطة النمساوية.", published=dt.date(2024, 12, 30))
    assert spans(found) == [("AT", dt.date(2024, 6, 1), dt.date(2024, 6, 30))]
    found = events("البارح نهار الثلاثاء استقبل حموشي فالرباط المدير العام للشرطة النمساوية.",
                   published=dt.date(2024, 12, 25))
    assert spans(found) == [("AT", dt.date(2024, 12, 24), dt.date(2024, 12, 24))]
    # 'فمارس' is also 'so he exercised'.
    found = events("فمارس حموشي ضغطا على المصالح لاستقبال المدير العام للشرطة النمساوية في أقرب وقت.",
                   published=dt.date(2024, 12, 25))
    assert all(c["date_precision"] != "month" or c["start_date"].month != 3 for c in found)
    found = events("وفنونبر، التقى حموشي بفيينا قائد الشرطة النمساوية.", published=dt.date(2024, 12, 30))
    assert spans(found) == [("AT", dt.date(2024, 11, 1), dt.date(2024, 11, 30))]


def test_the_staff_who_went_with_him_do_not_make_the_visit_theirs():
    found = events("اختتم عبد اللطيف حموشي، أمس الثلاثاء، زيارة عمل إلى النمسا بدأها يوم الاثنين، يرافقه عدد من أطر "
                   "المديرية العامة للأمن الوطني.", published=dt.date(2025, 10, 8))
    assert spans(found) == [("AT", dt.date(2025, 10, 6), dt.date(2025, 10, 7))]


def test_what_the_meeting_told_was_an_occasion_for_is_dated_by_its_own_words():
    body = ("استقبل عبد اللطيف حموشي، أمس الاثنين بالرباط، قائد الشرطة النمساوية.\n\nوقد شكل اللقاء مناسبة "
            "لاستعراض العملية المشتركة التي مكنت الشهر الماضي من توقيف ثلاثة متطرفين في فيينا.")
    found = events(body, published=dt.date(2018, 1, 23))
    assert spans(found) == [("AT", dt.date(2018, 1, 22), dt.date(2018, 1, 22))]
    # A gathering told as a milestone, with its own days, is one he took part in.
    found = events("وشكلت الدورة 93 للجمعية العامة للإنتربول، التي احتضنتها مدينة مراكش ما بين 24 و27 نونبر 2025، محطة "
                   "بارزة ترأس خلالها حموشي الوفد المغربي.", published=dt.date(2025, 12, 30))
    assert spans(found) == [("MA", dt.date(2025, 11, 24), dt.date(2025, 11, 27))]


def test_since_a_month_when_they_first_met_dates_that_meeting():
    found = events("وهذا ثالث لقاء يجمع حموشي بالمدير العام للشرطة النمساوية منذ مارس 2015، حين التقيا لأول مرة "
                   "بفيينا.", published=dt.date(2016, 6, 9))
    assert spans(found) == [("AT", dt.date(2015, 3, 1), dt.date(2015, 3, 31))]
    # The month an office began, told with 'when', is no engagement.
    assert events("ويقود حموشي المديرية منذ ماي 2015، حين عينه الملك على رأسها.", published=dt.date(2016, 6, 9)) == []


def test_a_visitor_whose_post_names_no_country_is_from_the_one_foreign_country_the_page_names():
    body = ("بحث مدير الشرطة الوطنية، اليوم الأربعاء، في العاصمة المغربية الرباط، مع المدير العام للأمن الوطني "
            "عبد اللطيف حموشي، سبل تعزيز التعاون الأمني.\n\n"
            "ورحب حموشي بالوفد التونسي، مؤكدا الحرص على تطوير الشراكة مع الأجهزة الأمنية التونسية.")
    page = {"title": "مدير الشرطة الوطنية يبحث في الرباط التعاون الأمني", "published": dt.date(2023, 5, 10)}
    assert spans(events(body, **page)) == [("TN", dt.date(2023, 5, 10), dt.date(2023, 5, 10))]
    # A page that names two foreign countries leaves the visitor's unknown.
    assert events(body.replace("بالوفد التونسي", "بالوفد التونسي وبالسفير الليبي"), **page) == []
    # Nor is a side named only in a plan.
    planned = body.split("\n\n")[0] + "\n\nومن المرتقب أن يستقبل حموشي خلال الأيام المقبلة السفير التونسي الجديد."
    assert events(planned, **page) == []


def _day(year, month, day):
    return [dt.date(year, month, day)] * 2


def _month(year, month):
    return [dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])]


def _year(year):
    return [dt.date(year, 1, 1), dt.date(year, 12, 31)]


# Session 41: each page, and the engagements (country, first day, last day) it reports.
@pytest.mark.parametrize(("body", "published", "expected"), [
    pytest.param("استقبل عبد اللطيف حموشي، يوم الأربعاء 9 أبريل 2025 بالرباط، على التوالي، سفير النرويج، ثم سفيرة "
                 "جمهورية فنلندا، قبل أن يختتم لقاءاته بسفير جمهورية كينيا.", dt.date(2025, 4, 10),
                 [(c, *_day(2025, 4, 9)) for c in ("FI", "KE", "NO")], id="envoys received one after another"),
    pytest.param("استقبل عبد اللطيف حموشي، يوم الأربعاء 9 أبريل 2025 بالرباط، سفير النرويج وسفيرة فنلندا.",
                 dt.date(2025, 4, 10), [(c, *_day(2025, 4, 9)) for c in ("FI", "NO")],
                 id="envoys joined by and, each with a title"),
    pytest.param("عقد وزير الداخلية الكويتي، اليوم الثلاثاء، جلسة مباحثات رسمية مع وزير الداخلية المغربي بمقر الوزارة "
                 "بالرباط.\n\nورحب الوزير المغربي في بداية الجلسة بالضيف والوفد المرافق له.\n\n"
                 "وتناولت الجلسة التعاون في مكافحة الإرهاب والجريمة المنظمة.\n\n"
                 "وأكد الجانبان أهمية تبادل الخبرات في تأمين التظاهرات الكبرى.\n\n"
                 "وحضر الجلسة من الجانب المغربي المدير العام للأمن الوطني السيد عبد اللطيف حموشي.",
                 dt.date(2024, 10, 8), [("KW", *_day(2024, 10, 8))],
                 id="who attended the talks the wire opened with, paragraphs later"),
    pytest.param("التقى عبد اللطيف حموشي، يوم 3 شتنبر 2021 بالرباط، رئيس الشرطة الجنائية الألمانية.\n\n"
                 "وكانت العلاقات قد توترت في مارس 2021 إثر استقبال برلين لمعارض مطلوب للعدالة.",
                 dt.date(2021, 9, 4), [("DE", *_day(2021, 9, 3))], id="a state receiving someone"),
    pytest.param("استقبل عبد اللطيف حموشي، أمس الثلاثاء بالرباط، سفير مملكة الدنمارك في زيارة وداع.\n\n"
                 "أما يوم الإثنين الماضي، فقد حل الملحق الأمني بسفارة النمسا، حيث كان في استقباله نائب المدير "
                 "العام.\n\n"
                 "وجرت العادة أن يخص حموشي السفراء المغادرين باستقبال شخصي، فيما يستقبل مساعدوه الملحقين الأمنيين.",
                 dt.date(2022, 6, 15), [("DK", *_day(2022, 6, 14))],
                 id="a visitor received by his deputy, and what he usually does"),
    pytest.param("أعطى عبد اللطيف حموشي، صباح اليوم الأربعاء، تعليماته لتعزيز الموارد البشرية بميناء طنجة المتوسط.\n\n"
                 "وفي إطار التعاون مع الجارة الشمالية، انتقل موظفون مغاربة إلى موانئ الجزيرة الخضراء وطريفة.",
                 dt.date(2024, 6, 5), [], id="staff who moved abroad"),
    pytest.param("أجرى عبد اللطيف حموشي، يوم الثلاثاء 11 مارس 2025 بالدوحة، مباحثات مع وزير الداخلية القطري.\n\n"
                 "وذكر مصدر أن اللقاء تركز على الخبرة القطرية في تدبير المؤتمرات الدولية خلال السنة الجارية 2025.",
                 dt.date(2025, 3, 12), [("QA", *_day(2025, 3, 11))],
                 id="gatherings in general and what the talks focused on"),
    pytest.param("وكان التعاون مع كندا نشيطا منذ مطلع السنة؛ ففي شهر فبراير استقبل حموشي بالرباط مفوض الشرطة الملكية "
                 "الكندية.", dt.date(2023, 12, 30), [("CA", dt.date(2023, 2, 1), dt.date(2023, 2, 28))],
                 id="a date after a semicolon is out of the since phrase before it"),
    pytest.param("اختتم عبد اللطيف حموشي زيارة عمل إلى السويد دامت يومين، الاثنين والثلاثاء المنصرمين.",
                 dt.date(2025, 9, 17), [("SE", dt.date(2025, 9, 15), dt.date(2025, 9, 16))],
                 id="two weekdays past in the dual"),
    pytest.param("بعث عبد اللطيف حموشي برقية تعزية إلى أسرة المدير العام السابق للشرطة الغانية.\n\nوتوفي الراحل "
                 "مساء السبت الماضي في أكرا، بعد مسار مهني توّجه بتولي قيادة الشرطة الوطنية.", dt.date(2025, 1, 7), [],
                 id="a career crowned with a post is no trip"),
    pytest.param("توفي أمس الأحد المدير السابق للشرطة الغانية، عن عمر ناهز 70 عاما.\n\nوجلس الراحل، كما خلفه، إلى "
                 "طاولة المباحثات مع حموشي في الرباط؛ وكلاهما أشاد بالتجربة المغربية.", dt.date(2025, 1, 6), [],
                 id="what both did is no one engagement"),
    pytest.param("وقال مدير الشرطة العراقية: \"استغرقت الزيارة يومين، الثلاثاء والأربعاء الماضيين. صباح الثلاثاء "
                 "استقبلني السيد عبد اللطيف حموشي بمقر المديرية العامة. وفي اليوم الثاني زرنا المختبر الوطني "
                 "للشرطة العلمية.\"",
                 dt.date(2025, 11, 3), [("IQ", *_day(2025, 10, 28))], id="the guest's own visit to a facility"),
    pytest.param("ونفى مصدر أمني أن يكون حموشي قد سافر إلى إسبانيا، موضحا أن ما جرى في الجزيرة الخضراء يوم 3 مارس 2024 "
                 "كان اجتماعا تقنيا ترأسه، من الجانب المغربي، رئيس مصلحة شرطة الحدود.", dt.date(2024, 3, 5), [],
                 id="a meeting chaired by another Moroccan official"),
    pytest.param("وتأتي هذه الزيارة بعد أقل من عامين على تلك التي قادت حموشي إلى النمسا في أبريل 2023.",
                 dt.date(2025, 3, 14), [("AT", dt.date(2023, 4, 1), dt.date(2023, 4, 30))],
                 id="the trip that took him there"),
    pytest.param("وتعد هذه ثالث زيارة لحموشي إلى السويد، بعد زيارتين سابقتين في مارس 2018 وأكتوبر 2021.",
                 dt.date(2025, 3, 14), [("SE", dt.date(2018, 3, 1), dt.date(2018, 3, 31)),
                                        ("SE", dt.date(2021, 10, 1), dt.date(2021, 10, 31))],
                 id="two visits, a date each"),
    pytest.param("خصصت يومية \"لوسوار\" البلجيكية، في عددها الورقي الصادر صباح اليوم الخميس، صفحتين لحوار مع وزير "
                 "الداخلية البلجيكي، توقف فيه عند المباحثات التي جمعته، أمس الأربعاء بالرباط، بعبد اللطيف حموشي.",
                 dt.date(2023, 11, 9), [("BE", *_day(2023, 11, 8))], id="the day a paper's issue came out"),
    pytest.param("أجرى عبد اللطيف حموشي، أمس الإثنين في بودابست، مباحثات مع وزير الداخلية الهنغاري.\n\nوتأتي هذه "
                 "الزيارة بعد نحو عامين على الزيارة التي أداها قائد الشرطة الهنغارية إلى الرباط في ماي 2022، والتي "
                 "عقد خلالها جلسة عمل مع حموشي.", dt.date(2024, 5, 21),
                 [("HU", dt.date(2022, 5, 1), dt.date(2022, 5, 31)), ("HU", *_day(2024, 5, 20))],
                 id="this visit measured from an earlier visit the clause names"),
    pytest.param("استقبل قائد الشرطة الكينية في مكتبه بنيروبي، اليوم الاثنين، وفدا أمنيا مغربيا يرأسه مدير الأمن "
                 "العمومي.\n\nونقل رئيس الوفد خلال اللقاء تحيات المدير العام للأمن الوطني ومراقبة التراب الوطني عبد "
                 "اللطيف حموشي إلى مضيفه.", dt.date(2024, 3, 4), [], id="greetings from him, his title with 'and'"),
    pytest.param("استقبل قائد الشرطة الكينية في مكتبه بنيروبي، اليوم الاثنين، وفدا أمنيا مغربيا يرأسه مدير الأمن "
                 "العمومي.\n\nوجرى خلال اللقاء استعراض التعاون بين الجهازين، فيما حمّله المضيف تحياته إلى السيد "
                 "حموشي.", dt.date(2024, 3, 4), [], id="greetings sent to him"),
    pytest.param("انعقد، أمس الخميس بمدريد، اجتماع تقني مغربي إسباني خصص لتبادل المعطيات حول شبكات تهريب المهاجرين."
                 "\n\nوضم الوفد المغربي أطرا من مديرية شرطة الحدود.", dt.date(2022, 10, 7), [],
                 id="a technical meeting is its experts'"),
    pytest.param("التقى وزير الداخلية الكويتي الشيخ فهد اليوسف، اليوم في الرباط، المدير العام للأمن الوطني ولمراقبة "
                 "التراب الوطني عبد اللطيف حموشي.\n\nوكان في استقبال الشيخ اليوسف لدى وصوله إلى مطار الرباط سلا مساء "
                 "أول أمس، وزير الداخلية المغربي.", dt.date(2022, 3, 8), [("KW", *_day(2022, 3, 8))],
                 id="the guest welcomed at the airport by another official"),
    pytest.param("أجرى عبد اللطيف حموشي، أمس الثلاثاء، مباحثات في نواكشوط مع نظيره الموريتاني.\n\nوتأتي هذه الزيارة "
                 "بعد أسابيع من اجتماع اللجنة العسكرية المشتركة بين البلدين، الذي انعقد في نواكشوط في مارس 2023.",
                 dt.date(2023, 4, 12), [("MR", *_day(2023, 4, 11))],
                 id="this visit measured from a committee's meeting"),
    pytest.param("جمعت عبد اللطيف حموشي لقاءات عدة بمسؤولين بلجيكيين منذ عام 2015. ففي تلك السنة استقبل في الرباط "
                 "المفوض العام للشرطة البلجيكية.", dt.date(2022, 1, 14),
                 [("BE", dt.date(2015, 1, 1), dt.date(2015, 12, 31))],
                 id="that year, the year a since phrase named"),
    pytest.param("قال مصدر أمني إن عبد اللطيف حموشي لم يغادر الرباط طيلة الأسبوع الماضي، ولا وجود لأي \"زيارة سرية\" "
                 "قام بها إلى باريس.", dt.date(2021, 6, 11), [], id="there was no such visit"),
    pytest.param("نعيد في هذا الملف ترتيب أبرز محطات تلك السنوات، سنة بعد أخرى.\n\n2016\nحل عبد اللطيف حموشي بالعاصمة "
                 "البلجيكية، حيث التقى قيادات الشرطة الفيدرالية.\n\n2018\nاستقبل حموشي بالرباط رئيس جهاز الأمن العام "
                 "الأردني.", None, [("BE", dt.date(2016, 1, 1), dt.date(2016, 12, 31)),
                                    ("JO", dt.date(2018, 1, 1), dt.date(2018, 12, 31))],
                 id="a chronology's year headings"),
    pytest.param("تميزت سنة 2024 بحضور لافت لعبد اللطيف حموشي داخل المغرب وخارجه.\n\nعلى المستوى الداخلي، كان الرجل "
                 "حاضرا، إلى جانب رئيس الحكومة، في حفل افتتاح المعرض الدولي للأمن في شهر ماي.\n\nوفي يوليوز، استقبل "
                 "بالرباط المدير العام للشرطة الوطنية الفرنسية.", dt.date(2025, 1, 5),
                 [("FR", dt.date(2024, 7, 1), dt.date(2024, 7, 31))], id="one beside him is not the one who goes on"),
    pytest.param("مصدر أمني: عبد اللطيف حموشي لم يغادر الرباط هذا الأسبوع، و\"لقاء لشبونة\" مجرد اختلاق.",
                 dt.date(2021, 6, 28), [], id="a mere fabrication"),
    pytest.param("ترأس عبد اللطيف حموشي، اليوم الثلاثاء بالرباط، اجتماعا لقادة أجهزة الشرطة في دول الساحل، توج باعتماد "
                 "إعلان ختامي ينص على عقد لقاء للمتابعة بالعاصمة المالية باماكو خلال السنة الجارية.",
                 dt.date(2024, 5, 14), [], id="a meeting a text provides for"),
    pytest.param("استقبل عبد اللطيف حموشي، يوم الاثنين 10 مارس الجاري بالرباط، سفير اليابان المعتمد لدى المملكة.\n\n"
                 "وفي لقاء ثان، تباحث حموشي مع سفير السويد حول التعاون في مجال التكوين، واستعدادات المملكة لاحتضان "
                 "النسخة المقبلة من هذه التظاهرة أواخر السنة الجارية.\n\nواختتم المدير العام لقاءاته باستقبال سفير "
                 "الشيلي.", dt.date(2025, 3, 11),
                 [("CL", *_day(2025, 3, 10)), ("JP", *_day(2025, 3, 10)), ("SE", *_day(2025, 3, 10))],
                 id="a series of receptions on one day, and the date of the next edition"),
    pytest.param("أذنت الجمعية الوطنية الغابونية، أمس الخميس، لرئيس الجمهورية بالمصادقة على اتفاق التعاون الأمني الذي "
                 "وقعه عبد اللطيف حموشي بليبرفيل في مارس 2021.", dt.date(2022, 6, 24),
                 [("GA", dt.date(2021, 3, 1), dt.date(2021, 3, 31))], id="authorized to ratify what he signed"),
    pytest.param("وقع عبد اللطيف حموشي ببروكسل، في أبريل 2016، اتفاقية للتعاون الأمني، أحالتها الحكومة البلجيكية على "
                 "البرلمان صيف 2017.", dt.date(2018, 1, 5), [("BE", dt.date(2016, 4, 1), dt.date(2016, 4, 30))],
                 id="sent to parliament later"),
    pytest.param("تستعد مراكش لاحتضان أشغال الجمعية العامة للمنظمة الدولية للشرطة الجنائية في نونبر المقبل.\n\nوفي هذا "
                 "الإطار، ترأس عبد اللطيف حموشي، يوم الاثنين الماضي بالرباط، اجتماعا تنسيقيا مع أعضاء اللجنة الوطنية "
                 "المنظمة.", dt.date(2025, 2, 13), [], id="the organizing committee is no organization"),
    pytest.param("يحصي متابعون ما لا يقل عن سبعة لقاءات جمعت عبد اللطيف حموشي بمسؤولين أمنيين بلجيكيين منذ 2015، فيما "
                 "منحته بروكسل سنة 2017 وسام التاج.", dt.date(2023, 9, 1),
                 [("BE", dt.date(2017, 1, 1), dt.date(2017, 12, 31))], id="whereas ends a since phrase"),
    pytest.param("عاشت الساحة السياسية الإسبانية، خلال شتنبر 2023، على وقع مشاورات عسيرة لتشكيل الحكومة، في وقت يتابع "
                 "فيه عبد اللطيف حموشي ملف الهجرة.", dt.date(2023, 10, 2), [], id="forming a government is politics"),
    pytest.param("وفي يوم الأربعاء 28.02.2024، استقبل حموشي بالرباط المدير العام للشرطة الوطنية الفرنسية، في لقاء وصف "
                 "بالمهم بالنظر إلى ما تمثله الألعاب الأولمبية بباريس، المقررة صيف هذه السنة، من تحديات أمنية.",
                 dt.date(2024, 4, 2),
                 [("FR", *_day(2024, 2, 28))], id="what the noun before is scheduled for"),
    # Session 43.
    pytest.param("التقى عبد اللطيف حموشي، في نونبر 2023، نظيره السنغالي على هامش الجمعية العامة للأنتربول.",
                 dt.date(2024, 1, 10), [("AT", dt.date(2023, 11, 28), dt.date(2023, 12, 1)),
                                        ("SN", dt.date(2023, 11, 1), dt.date(2023, 11, 30))],
                 id="talks on the sidelines of a session put him at the session"),
    pytest.param("وأجرى حموشي، يوم 5 ماي 2024، مباحثات مع نظيره الإيطالي على هامش مؤتمر دولي.", dt.date(2024, 5, 6),
                 [("IT", *_day(2024, 5, 5))], id="the sidelines of a gathering nothing places"),
    pytest.param("حل حموشي بمدريد يوم الاثنين 16 شتنبر 2019 في زيارة عمل التقى خلالها وزير الداخلية الإسباني.\n\n"
                 "أما يوم الأربعاء 18 شتنبر، فقد خصصه حموشي لجلسة عمل مع المديرة بالنيابة للمركز الوطني للاستخبارات، "
                 "باث إستيبان.", None,
                 [("ES", dt.date(2019, 9, 16), dt.date(2019, 9, 18))],
                 id="an undated page's weekday in the year of the date told before"),
    pytest.param("استقبل حموشي، أمس الاثنين بالرباط، المدير العام للشرطة الوطنية الفرنسية.\n\nوتندرج هذه المباحثات في "
                 "سياق العلاقات بين الرباط وباريس منذ زيارة الدولة التي قام بها الرئيس إيمانويل ماكرون إلى المملكة في "
                 "أكتوبر الماضي.", dt.date(2025, 3, 11),
                 [("FR", *_day(2025, 3, 10))], id="a state visit is no guest's of his"),
    pytest.param("استقبل حموشي، أمس الاثنين بالرباط، المدير العام للشرطة الوطنية الفرنسية.\n\nوتأتي هذه المباحثات في "
                 "سياق العلاقات المغربية الفرنسية منذ الزيارة الرسمية للرئيس إيمانويل ماكرون إلى المملكة في خريف السنة "
                 "الماضية.", dt.date(2025, 3, 11), [("FR", *_day(2025, 3, 10))], id="the President's official visit"),
    pytest.param("التقى حموشي، أمس الجمعة بالرباط، سكرتير مجلس الأمن الروسي.\n\nواستحضر الجانبان الزيارة الرسمية التي "
                 "أداها العاهل المغربي الملك محمد السادس إلى روسيا في مارس 2016.", dt.date(2016, 12, 17),
                 [("RU", *_day(2016, 12, 16))], id="the King's state visit abroad"),
    pytest.param("ومن أبرز محطات حموشي في تلك الفترة توشيحه، في نونبر 2018، بوسام الاستحقاق الذي تمنحه شرطة الأمن "
                 "العمومي البرتغالية، وتوقيعه خلال السنة نفسها مذكرة تفاهم مع المدير العام للشرطة الوطنية ببوركينا "
                 "فاسو.", dt.date(2021, 1, 5),
                 [("BF", dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
                  ("PT", dt.date(2018, 11, 1), dt.date(2018, 11, 30))],
                 id="the decoration named after its conferring and a date"),
    pytest.param("تسلمت مصالح المديرية العامة للأمن الوطني، أمس الخميس، من السلطات الإسبانية مواطنا مطلوبا، "
                 "وذلك على متن رحلة جوية قادمة من مدريد حطت بمطار محمد الخامس.\n\nويأتي هذا التسليم بعد زيارة "
                 "العمل التي قادت حموشي إلى مدريد يومي 22 و23 نونبر.", dt.date(2022, 12, 16),
                 [("ES", dt.date(2022, 11, 22), dt.date(2022, 11, 23))],
                 id="a flight that carried someone handed over"),
    pytest.param("حطت بمطار محمد الخامس الدولي، الثلاثاء الماضي، طائرة قادمة من دبي تقل مطلوبا سلمته السلطات "
                 "الإماراتية.", dt.date(2024, 5, 9), [], id="a plane landed"),
    pytest.param("استقبل حموشي، أمس الاثنين، سفير اليابان بالرباط.\n\nكما شارك وفد عن المديرية العامة للأمن الوطني، "
                 "الأسبوع الماضي، في ورشة نظمتها السفارة الأمريكية بالرباط حول مكافحة الاتجار بالبشر.",
                 dt.date(2022, 5, 10), [("JP", *_day(2022, 5, 9))], id="his force's delegation, in a passage on him"),
    pytest.param("استقبل حموشي، أمس الاثنين بالرباط، منسق مكافحة الإرهاب الهولندي.\n\nويعد البلدان من مؤسسي المنتدى "
                 "العالمي لمكافحة الإرهاب، الذي أطلق في شتنبر 2011 بنيويورك.", dt.date(2017, 11, 7),
                 [("NL", *_day(2017, 11, 6))], id="when a body was launched"),
    pytest.param("استقبل حموشي، أمس الاثنين بالرباط، سفير البرازيل.\n\nوعقد مسؤولون بالمديرية العامة للأمن الوطني، "
                 "بعد ظهر اليوم، جلسة عمل تقنية مع أعضاء الوفد النيجيري.", dt.date(2019, 10, 15),
                 [("BR", *_day(2019, 10, 14))], id="a technical meeting his force's officials held"),
    pytest.param("يومي 24 و25 ماي 2016، أي بعد عام واحد من تعيينه، ترأس حموشي بالرباط اجتماع رؤساء أجهزة الشرطة لبلدان "
                 "غرب المتوسط.", dt.date(2024, 5, 1), [("MA", dt.date(2016, 5, 24), dt.date(2016, 5, 25))],
                 id="a date restated as a year after another thing"),
    pytest.param("ومن أبرز محطات السنة استقباله، في شتنبر المنصرم بمقر المديرية العامة بالرباط، للمفتش العام للشرطة "
                 "الوطنية الرواندية، في لقاء خصص لبحث إرسال ضباط روانديين لمتابعة تكوين بالمعهد الملكي للشرطة.",
                 dt.date(2022, 12, 30), [("RW", dt.date(2022, 9, 1), dt.date(2022, 9, 30))],
                 id="training that the meeting was given to"),
    pytest.param("نفى مصدر أمني، صباح اليوم الأحد، ما روجت له حسابات على شبكات التواصل بشأن لقاء سري زعم أنه جمع "
                 "حموشي بمسؤول أمريكي في واشنطن.", dt.date(2026, 3, 1), [], id="what accounts spread, denied"),
    pytest.param("أجرى حموشي، يوم الثلاثاء الماضي بالدوحة، مباحثات مع رئيس جهاز أمن الدولة القطري.\n\n"
                 "وفي الرحلة نفسها، كان الجنرال محمد حرمو، قائد الدرك الملكي، حاضرا بأروقة المعرض، والتقى قائد "
                 "قوة الأمن الداخلي القطرية، قبل أن يعود إلى المغرب ليترأس، أمس الجمعة، حفل تخرج.",
                 dt.date(2024, 11, 2), [("QA", *_day(2024, 10, 29))],
                 id="another Moroccan official who was there"),
    pytest.param("ولم يستبعد المصدر أن يستقبل حموشي، بعد انقضاء الموسم، وفدا من قيادة قوات أمن الحج السعودية.",
                 dt.date(2018, 8, 18), [], id="what a source does not rule out"),
    # Session 44.
    pytest.param("نشرت السفارة الكندية بالرباط، يوم الخميس، على حسابها بمنصة إكس، صورا مرفقة بنص جاء فيه أن السفير "
                 "الكندي \"التقى أمس المدير العام للأمن الوطني عبد اللطيف حموشي بالرباط\".", dt.date(2023, 5, 15),
                 [("CA", *_day(2023, 5, 10))], id="yesterday in a post counts from the post's day"),
    pytest.param("أصدرت الشرطة الهولندية، يوم الجمعة الماضي، بلاغا جاء فيه: \"استقبل السيد عبد اللطيف حموشي، أمس "
                 "الخميس بالرباط، قائد الشرطة الوطنية الهولندية\".\n\nوأضاف البلاغ: \"واليوم، زار قائد الشرطة "
                 "الهولندية، رفقة حموشي، المعهد الملكي للشرطة بالقنيطرة\".", dt.date(2019, 4, 9),
                 [("NL", *_day(2019, 4, 4)), ("NL", *_day(2019, 4, 5))],
                 id="a release's yesterday and today, quoted over two paragraphs"),
    pytest.param("أفاد بلاغ نشرته الشرطة الوطنية الإسبانية، يوم الجمعة، بأن مديرها العام استقبل أمس بمدريد عبد اللطيف "
                 "حموشي.", dt.date(2021, 6, 14), [("ES", *_day(2021, 6, 10))],
                 id="a release's yesterday, reported after its day"),
    pytest.param("وحسب بلاغ توصلت الجريدة بنسخة منه، فقد انطلقت الجولة يوم الأحد الماضي من الرياض، حيث عقد حموشي جلسة "
                 "مباحثات مع رئيس أمن الدولة السعودي.", dt.date(2021, 6, 14), [("SA", *_day(2021, 6, 13))],
                 id="what a release says, dated by the page, not the release"),
    pytest.param("أوردت وكالة الأنباء الفرنسية تفاصيل زيارة المسؤولة الفرنسية.\n\nباريس 7 مارس 2025 (أ ف ب) - استقبل "
                 "عبد اللطيف حموشي، أمس الخميس بالرباط، المديرة العامة للأمن الداخلي الفرنسي.", dt.date(2025, 3, 8),
                 [("FR", *_day(2025, 3, 6))], id="an agency's dispatch the page carries counts from its own day"),
    pytest.param("وحلت بمدينة الداخلة، منذ الخميس الماضي، لجنة مركزية من المديرية العامة للأمن الوطني، لمعاينة "
                 "الترتيبات بالمعبر الحدودي مع موريتانيا وبالطريق المؤدية إلى نواكشوط.", dt.date(2025, 3, 1), [],
                 id="a committee of his force arrived"),
    pytest.param("وفي أبريل 2016، حل بليبرفيل وفد مغربي رفيع المستوى ضم وزير الداخلية آنذاك والمدير العام للأمن الوطني "
                 "عبد اللطيف حموشي.", dt.date(2022, 2, 3), [("GA", dt.date(2016, 4, 1), dt.date(2016, 4, 30))],
                 id="a delegation that came with him in it"),
    # Session 45.
    pytest.param("استقبل عبد اللطيف حموشي، اليوم الأربعاء بمكتبه في الرباط، سفير البيرو. بعد ذلك، تباحث مع سفيرة "
                 "جمهورية كوستاريكا حول الهجرة غير النظامية.", dt.date(2024, 2, 21),
                 [("CR", *_day(2024, 2, 21)), ("PE", *_day(2024, 2, 21))], id="after that, another guest the same day"),
    pytest.param("التقى حموشي، يوم الإثنين 3 يونيو 2019 بمدريد، وزير الداخلية الإسباني. ثم اجتمع بمدير الشرطة "
                 "البرتغالية الذي حل بالعاصمة الإسبانية.", dt.date(2019, 6, 4),
                 [("ES", *_day(2019, 6, 3)), ("PT", *_day(2019, 6, 3))], id="then, another meeting on that day"),
    pytest.param("استقبل حموشي، أمس الثلاثاء بالرباط، سفير الشيلي. أما اللقاء الثاني فجمعه بسفير الإكوادور، وتناول "
                 "تبادل المعلومات.", dt.date(2023, 10, 11),
                 [("CL", *_day(2023, 10, 10)), ("EC", *_day(2023, 10, 10))],
                 id="the second meeting of a series, its noun the engagement"),
    pytest.param("استقبل حموشي، أمس الثلاثاء بالرباط، سفير الشيلي. ثم تباحث الطرفان في سبل التعاون مع دول أمريكا "
                 "الجنوبية ومع البرازيل.", dt.date(2023, 10, 11), [("CL", *_day(2023, 10, 10))],
                 id="then the two sides went on, about another country"),
    pytest.param("استقبل عبد اللطيف حموشي بالرباط مدير الشرطة السويدية، الذي كانت زيارته قد أعلنت يوم الخميس 8 مارس، "
                 "وحل بالمغرب يوم الاثنين 12 مارس.", dt.date(2018, 3, 14), [("SE", *_day(2018, 3, 12))],
                 id="the day a visit had been announced"),
    pytest.param("وقد تم الإعلان عن الزيارة يوم الخميس 8 مارس، وحل مدير الشرطة السويدية بالرباط يوم الاثنين 12 مارس، "
                 "حيث استقبله حموشي.", dt.date(2018, 3, 14), [("SE", *_day(2018, 3, 12))],
                 id="the day the visit was announced, told first"),
    pytest.param("وكانت أولى محطاته العاصمة النمساوية، في زيارة أعلن عنها يوم 2 ماي، وانطلقت يوم الاثنين 14 ماي.",
                 dt.date(2018, 5, 20), [("AT", *_day(2018, 5, 14))], id="a visit announced on a day, begun on another"),
    pytest.param("بعد سنة 2019 التي عرفت حضورا دوليا لافتا، جاءت الأشهر الأولى من 2020 لتؤكد المنحى.\n\nففي فبراير، "
                 "استقبل حموشي بالرباط سفير اليابان.", dt.date(2020, 7, 1),
                 [("JP", dt.date(2020, 2, 1), dt.date(2020, 2, 29))], id="the year after the one a review opens with"),
    pytest.param("نستعيد أبرز محطات حموشي خلال سنة 2022.\n\nمارس\n\nاستقبل حموشي بالرباط المدير العام للشرطة "
                 "الهولندية.\n\nيونيو\n\nحل حموشي بلشبونة، حيث التقى مدير الشرطة القضائية البرتغالية.",
                 dt.date(2022, 12, 28), [("NL", dt.date(2022, 3, 1), dt.date(2022, 3, 31)),
                                         ("PT", dt.date(2022, 6, 1), dt.date(2022, 6, 30))],
                 id="a timeline's month headings"),
    pytest.param("استقبل عبد اللطيف حموشي، أمس الخميس بالرباط، ثلاثة سفراء معتمدين لدى المملكة.\n\nوبدأ المدير العام "
                 "سلسلة هذه اللقاءات باستقبال سفير كندا.\n\nوفي اللقاء الثاني، استقبل حموشي سفير جمهورية غانا.",
                 dt.date(2017, 9, 15), [("CA", *_day(2017, 9, 14)), ("GH", *_day(2017, 9, 14))],
                 id="a day's series of calls, begun and then the second"),
    pytest.param("استقبل عبد اللطيف حموشي، أمس الخميس بالرباط، سفير الهند. وبعد ذلك، استقبل سفير كوريا الجنوبية، الذي "
                 "أبدى اهتمام بلاده بالخبرة المغربية، تحسبا لتظاهرات دولية تحتضنها سيول خلال السنوات المقبلة.",
                 dt.date(2017, 9, 15), [("IN", *_day(2017, 9, 14)), ("KR", *_day(2017, 9, 14))],
                 id="what a call was in anticipation of, in the years to come"),
    pytest.param("استقبل حموشي، الأربعاء الماضي بالرباط، المدير العام للشرطة الوطنية الغابونية، ثم أجرى بعد ذلك "
                 "مباحثات مع سفير مملكة السويد المعتمد بالرباط.", dt.date(2024, 12, 16),
                 [("GA", *_day(2024, 12, 11)), ("SE", *_day(2024, 12, 11))], id="then talks with another, that day"),
    # Session 46.
    pytest.param("وفي أوروبا، عقد حموشي خلال 2023 ثلاثة لقاءات: الأول في مارس ببرلين مع رئيس الشرطة الجنائية "
                 "الألمانية، والثاني في يونيو بالرباط مع قائد الشرطة النمساوية، والثالث في أكتوبر بلشبونة.",
                 dt.date(2023, 12, 30), [("AT", *_month(2023, 6)), ("DE", *_month(2023, 3)), ("PT", *_month(2023, 10))],
                 id="the items of a counted series, told by their ordinals"),
    pytest.param("على الواجهة الإفريقية، سجلت السنة لقاءين. الأول في يناير بالرباط مع مدير الشرطة السنغالية. والثاني "
                 "في أبريل مع المفتش العام للشرطة الغانية.", dt.date(2023, 12, 30),
                 [("GH", *_month(2023, 4)), ("SN", *_month(2023, 1))],
                 id="the items after the sentence that counts them"),
    pytest.param("وقد التقى حموشي، خلال عقد من الزمن، مسؤولي الاستخبارات الألمانية أكثر من خمس عشرة مرة، رغم التوتر "
                 "الذي عرفته العلاقات خلال السنة الماضية.", dt.date(2023, 12, 30), [],
                 id="met many times: a count, no engagement"),
    pytest.param("وأكد التقرير أن المصالح الأمنية حجزت أزيد من أربعين طنا منذ 2023-01-01.\n\nوعلى هامش الاجتماع، "
                 "عقد المسؤول المغربي لقاءات ثنائية مع نظرائه الإسبان.", None, [],
                 id="where a period began dates no news told next"),
    pytest.param("وفي 27.11، كان حموشي في مدريد، حيث أجرى مباحثات مع كاتب الدولة الإسباني للأمن. وارتفعت المحجوزات في "
                 "12.10 مليون درهم.", dt.date(2024, 12, 30), [("ES", *_day(2024, 11, 27))],
                 id="a day and month with a point between them, not a sum"),
    pytest.param("شارك حموشي، يومي 18 و19.10.2017 بروما، في اجتماع قادة الشرطة المتوسطيين.", dt.date(2017, 10, 20),
                 [("IT", dt.date(2017, 10, 18), dt.date(2017, 10, 19))], id="two days, then the month in digits"),
    pytest.param("وبعد الزلزال الذي ضرب المنطقة ليلة 8 شتنبر، توالت رسائل التضامن. وفي منتصف الشهر ذاته، استقبل "
                 "حموشي بالرباط مدير الشرطة البرتغالية.", dt.date(2023, 12, 29), [("PT", *_month(2023, 9))],
                 id="the same month as the incident named last"),
    pytest.param("القنيطرة: السبت 9 مارس 2024\n\nاستقبل مدير المعهد الملكي للشرطة بالقنيطرة، يوم الخميس، وفدا من "
                 "الشرطة الغانية في زيارة تدوم أسبوعا.\n\nوتجول أعضاء الوفد في مرافق المعهد وقاعات الدروس ومضمار "
                 "الرماية.\n\nوأكد مدير المعهد أن الزيارة تندرج في إطار توجيهات عبد اللطيف حموشي.\n\nمن جهته، أشاد "
                 "رئيس الوفد الغاني بجودة التكوين، معربا عن أمله في أن تتوج الزيارة ببرنامج لتكوين المكونين الغانيين "
                 "بالقنيطرة.", None, [], id="the visit told again, which another hosted"),
    pytest.param("وقال المصدر إن وفدا من الشرطة الوطنية السنغالية حل بالرباط يوم الثلاثاء، واستقبل بمقر المديرية "
                 "العامة للأمن الوطني من طرف المدير المركزي للشرطة القضائية ومدير التعاون الدولي، ولم يلتق المدير "
                 "العام في أي مرحلة من مراحل زيارته.", dt.date(2022, 9, 22), [],
                 id="did not meet the director general at any point"),
    pytest.param("استقبل حموشي، يوم الخميس 14 مارس 2024 بمكتبه، سفير اليابان، حيث تناولا تأمين التظاهرات الكبرى، في "
                 "أفق استحقاقات قارية يستعد المغرب لاحتضانها.", dt.date(2024, 3, 16), [("JP", *_day(2024, 3, 14))],
                 id="what the host prepares for is to come, not the meeting"),
    pytest.param("عاد مساء أمس الأربعاء إلى نواكشوط المدير العام للأمن الوطني الموريتاني، قادما من المملكة المغربية "
                 "التي أدى إليها زيارة عمل استمرت يومين، أجرى خلالها مباحثات مع عبد اللطيف حموشي.",
                 dt.date(2019, 11, 14),
                 [("MR", dt.date(2019, 11, 12), dt.date(2019, 11, 13))], id="back home from a visit of two days"),
    pytest.param("احتضنت الرباط يومي الثلاثاء 14 والأربعاء 15 أكتوبر 2025 مباحثات بين حموشي ورئيس الشرطة "
                 "الإيطالية.\n\nوجاء في الوثيقة، المؤرخة في 16 أكتوبر 2025، أن الطرفين عقدا جلسة عمل موسعة حول "
                 "الإرهاب.",
                 dt.date(2025, 10, 17), [("IT", dt.date(2025, 10, 14), dt.date(2025, 10, 15))],
                 id="the day a document bears"),
    pytest.param("تكشف حصيلة سنة 2023 أن حموشي عقد 14 لقاء دوليا.\n\nوتبقى الزيارة التي قادته في مارس الماضي إلى "
                 "عمان، على مدى يومين، أبرز المحطات؛ إذ التقى خلالها مدير الأمن العام الأردني، وتوجت ببيان مشترك صدر "
                 "في 21 من الشهر نفسه.", None, [("JO", *_month(2023, 3))], id="the day a joint statement came out"),
    pytest.param("تكشف حصيلة النصف الأول من 2023 أن حموشي عقد 14 لقاء دوليا.\n\nوعلى الواجهة الإفريقية، استقبل حموشي "
                 "بالرباط، في أبريل الماضي، المدير العام للشرطة الوطنية الإيفوارية.", None, [("CI", *_month(2023, 4))],
                 id="the first half of a year under review"),
    pytest.param("استقبل حموشي بالرباط، يوم الثلاثاء 11 أبريل 2023، المدير العام للشرطة الإيفوارية، وأسفر اللقاء عن "
                 "بلاغ مشترك أعلن تخصيص مقاعد لضباط إيفواريين ابتداء من الموسم المقبل.", dt.date(2023, 4, 12),
                 [("CI", *_day(2023, 4, 11))], id="what a meeting led to, to come"),
    pytest.param("حل اليوم الأربعاء بمدينة العيون رئيس الأمن العام البحريني، مرفوقا بالمدير العام للأمن الوطني. وكان "
                 "الطرفان قد عقدا أمس بالرباط جلسة عمل مطولة.", dt.date(2022, 10, 19),
                 [("BH", dt.date(2022, 10, 18), dt.date(2022, 10, 19))],
                 id="the guest's arrival the day after the talks"),
    pytest.param("واستقبل نائب المدير العام للأمن الوطني، يوم الاثنين 26 يناير 2026 بالرباط، وفدا من الشرطة الوطنية "
                 "الرواندية.", dt.date(2026, 1, 29), [], id="his deputy received them"),
    pytest.param("وأوضح المصدر أن حموشي لم يغادر الرباط يوم الخميس 6 فبراير. وأضاف أن ما جرى بالداخلة لا يعدو أن يكون "
                 "زيارة عادية لدبلوماسيين من سفارة الولايات المتحدة بالرباط، استقبلهم والي الجهة.",
                 dt.date(2025, 2, 8), [], id="the guests, then the official who received them"),
    pytest.param("استقبل حموشي، يوم أمس الثلاثاء بمكتبه في الرباط، المفوضة العامة للشرطة الفيدرالية البلجيكية. وتأتي "
                 "الزيارة في سياق ما بعد اعتداءات باريس في نونبر الماضي.\n\nوقرابة منتصف النهار، استقبل حموشي المدير "
                 "العام لأمن الدولة بجمهورية مالي.\n\nوفي الرابعة بعد الزوال، ترأس حموشي وسفير جمهورية كوريا مراسيم "
                 "التوقيع على مذكرة تفاهم.", dt.date(2016, 2, 17),
                 [(c, *_day(2016, 2, 16)) for c in ("BE", "KR", "ML")], id="the hours of a day's programme"),
    pytest.param("استقبل حموشي، صباح اليوم الثلاثاء بالرباط، المدير الوطني للشرطة البرتغالية.\n\nوفي الحادية عشرة "
                 "والربع، استقبل حموشي سفير اليابان، في لقاء تطرق إلى برامج التكوين التي سبق أن استفاد منها أطر مغاربة "
                 "بطوكيو.", dt.date(2025, 10, 14), [("JP", *_day(2025, 10, 14)), ("PT", *_day(2025, 10, 14))],
                 id="what a relative clause tells of a noun is no background"),
    pytest.param("لكن المحطة الأكثر دلالة هي تلك التي احتضنتها الرباط في يوليوز 2024، حين استقبل حموشي المفوض العام "
                 "لوكالة الشرطة الوطنية اليابانية.", dt.date(2024, 12, 1), [("JP", *_month(2024, 7))],
                 id="the hosting told, then when he received"),
    # Session 47.
    pytest.param("ظل حموشي وفيا لأسلوب التفويض، إذ ناب عنه المدير العام المساعد في ملتقى حول الأمن الرقمي بالدوحة في "
                 "مارس 2025، فيما مثله المفتش العام في أشغال مؤتمر وزراء الداخلية العرب بتونس في أبريل 2025.",
                 dt.date(2025, 12, 30), [], id="others stood in for him"),
    pytest.param("وكان من المفترض أن تتم زيارة المفوض العام للشرطة الهولندية إلى الرباط أواخر السنة الماضية، غير أن "
                 "التزامات الجانب الهولندي حالت دون ذلك.", dt.date(2021, 3, 2), [], id="it was to be, last year"),
    pytest.param("اختتمت، أمس الأربعاء بلشبونة، أشغال الملتقى الدولي حول الأمن البحري، بمشاركة حموشي. وكان هذا "
                 "الملتقى، الذي نظمته الداخلية البرتغالية بمشاركة خبراء من ضفتي الأطلسي، مقررا في الأصل خلال شهر "
                 "يوليوز الماضي، قبل أن يعلن المنظمون تأجيله.", dt.date(2019, 11, 14), [("PT", *_day(2019, 11, 13))],
                 id="when it was first set for, before it was put off"),
    pytest.param("كما ألغيت الرحلة التي كانت مقررة لحموشي، منتصف شهر ماي، إلى ملتقى دولي حول الجريمة المنظمة "
                 "بالعاصمة النمساوية.", dt.date(2021, 6, 2), [], id="called off, what had been set"),
    pytest.param("حصيلة 2017: سنة الانفتاح\n\nلم تكن سنة 2017 عادية لحموشي، بعد تعيينه مديرا عاما للأمن الوطني في ماي "
                 "2015.\n\nففي أبريل، استقبل بالرباط المدير العام للشرطة الفنلندية.", None,
                 [("FI", *_month(2017, 4))], id="when he took office is no year of the months after it"),
    pytest.param("حصيلة سنة 2018 لحموشي.\n\nكما جمعته خلال السنة لقاءات بمسؤولين أمنيين من غينيا والنيجر، في إطار "
                 "التعاون جنوب-جنوب.", None, [("GN", *_year(2018)), ("NE", *_year(2018))],
                 id="officials from two countries, listed after 'من'"),
    pytest.param("وأضاف المدير العام في كلمته: \"لقد لمست هذا التحدي خلال زيارتي إلى باماكو مطلع شهر مارس الماضي\".",
                 dt.date(2024, 5, 20), [("ML", *_month(2024, 3))], id="my visit, he says"),
    pytest.param("استقبل مدير الأمن العام القطري، أمس الاثنين بالدوحة، وفدا أمنيا مغربيا يرأسه مدير التعاون الدولي، "
                 "ممثلا للمدير العام عبد اللطيف حموشي.\n\nونقل رئيس الوفد تحيات حموشي، مشيرا إلى أنه يتطلع إلى "
                 "زيارة الدوحة.\n\nوكان الوفد المغربي قد وصل إلى الدوحة مساء الأحد في زيارة تمتد ثلاثة أيام.",
                 dt.date(2019, 3, 12), [], id="the delegation of the only engagement dated, another's"),
    pytest.param("حصيلة سنة 2025 لحموشي.\n\nويتوقع مراقبون أن تشهد سنة 2026 زيارات لمسؤولين أمنيين من غانا، في ظل "
                 "مؤشرات على تقارب.", None, [], id="what observers expect"),
    pytest.param("وأشار الوزير البرتغالي إلى أن المدير الوطني للشرطة البرتغالية زار مدينة أكادير هذا الشهر والتقى "
                 "مسؤولين جهويين في الأمن المغربي لبحث تأمين الموسم السياحي.", dt.date(2023, 5, 24), [],
                 id="the visitor met his force's officials"),
    pytest.param("وأضافت الوزيرة أن دعوة رسمية وجهت إلى حموشي لزيارة هولندا قبل نهاية السنة الجارية.",
                 dt.date(2023, 7, 6), [], id="an invitation sent to him"),
    pytest.param("عاد اسم عبد اللطيف حموشي إلى النقاش البرلماني البلجيكي، أمس الأربعاء، خلال جلسة استماع لممثل "
                 "الحكومة، لدراسة مشروع القانون المتعلق بالمصادقة على البروتوكول الإضافي لاتفاقية التعاون القضائي "
                 "بين بروكسيل والرباط، الموقع مطلع السنة الجارية.", dt.date(2016, 3, 10), [], id="his name, talked of"),
    pytest.param("وبالمثل، فإن استقبال قائد الشرطة النرويجية في ماي 2018 كان من نصيب الجنرال حرمو، لا حموشي.",
                 dt.date(2019, 1, 3), [], id="another's lot, not his"),
    pytest.param("وأوضح المصدر أن حموشي لم يغادر الرباط، مضيفا أن المسؤول المغربي الذي حل بلشبونة يوم الاثنين 14 دجنبر "
                 "هو محمد ياسين المنصوري، المدير العام للدراسات والمستندات.", dt.date(2020, 12, 21), [],
                 id="the one who went, named after 'هو'"),
    pytest.param("أجرى رئيس جهاز أمن الدولة الكويتي، اليوم، اتصالا مرئيا مع عبد اللطيف حموشي، تناول التعاون الأمني.",
                 dt.date(2020, 11, 15), [("KW", *_day(2020, 11, 15))], id="a video call"),
    pytest.param("وفي الصيف الماضي، استقبل حموشي بالرباط قائد الشرطة النمساوية، في زيارة قيل إنها مهدت لتنسيق أوثق.",
                 dt.date(2025, 5, 22), [("AT", *_year(2024))], id="last summer, and what the visit was said to do"),
    # Session 48.
    pytest.param("الرباط – الأربعاء الرابع والعشرون من أكتوبر ألفين وثمانية عشر\n\nاستقبل حموشي، أمس الثلاثاء بالرباط، "
                 "المدير الوطني للشرطة البرتغالية.", None, [("PT", *_day(2018, 10, 23))],
                 id="a dateline with the year in words"),
    pytest.param("استقبل حموشي في يونيو 2023، وتحديدا يوم 20 منه، المدير العام للشرطة الهولندية.",
                 dt.date(2023, 12, 29), [("NL", *_day(2023, 6, 20))], id="a month, then precisely its day"),
    pytest.param("صادق مجلس الحكومة، خلال اجتماعه الأسبوعي المنعقد اليوم الخميس، على مشروع قانون يوافق بموجبه على "
                 "اتفاق التعاون الأمني مع البرتغال. وكان مجلس الوزراء البرتغالي قد صادق على النص في اجتماعه يوم 18 "
                 "مارس.",
                 dt.date(2021, 5, 14), [], id="a cabinet's own sittings"),
    pytest.param("وزعمت قناة تلفزيونية خاصة، في نشرتها المسائية ليوم الأربعاء، نقلا عن \"تسريبات\" لم تحدد مصدرها، أن "
                 "حموشي التقى يوم الأربعاء بمراكش مسؤولا أمنيا إسرائيليا بعيدا عن الأضواء.", dt.date(2025, 11, 29), [],
                 id="a claim, its channel and hour between"),
    pytest.param("وحسب المعطيات المتداولة، فإن وفدا من المديرية العامة لمراقبة التراب الوطني، يقوده أحد أقرب مساعدي "
                 "حموشي، حل الأسبوع الماضي بواشنطن، وعقد اجتماعات مع مسؤولين في وزارة الأمن الداخلي الأمريكية.",
                 dt.date(2026, 1, 13), [], id="his aide led it"),
    pytest.param("العيون في 18 نوفمبر / وام / بحث القنصل العام للدولة في العيون مع عبد اللطيف حموشي سبل تعزيز "
                 "التعاون الأمني.\n\nجاء ذلك خلال لقاء جمعهما أمس بمقر ولاية أمن العيون.", dt.date(2021, 11, 18),
                 [("AE", *_day(2021, 11, 17))], id="the wire's next sentence tells when"),
    pytest.param("نستعيد في هذا الخط الزمني أبرز محطاته.\n\nمارس 2023\nمشاركة حموشي في مؤتمر أمني دولي بالرياض.\n\n"
                 "أكتوبر 2023\nحموشي يحل بمدريد في زيارة عمل.", dt.date(2025, 11, 14),
                 [("ES", *_month(2023, 10)), ("SA", *_month(2023, 3))], id="a timeline's headings, month and year"),
    pytest.param("وفي مارس، استقبل حموشي بالرباط المفوض العام للشرطة الفيدرالية البلجيكية، في لقاء وثقته سفارة بلجيكا "
                 "بتغريدة نشرتها صباح اليوم الموالي.", dt.date(2023, 12, 29), [("BE", *_month(2023, 3))],
                 id="the morning a post came out"),
    pytest.param("نشرت وزارة الداخلية النمساوية، في حدود الساعة الواحدة من فجر اليوم الخميس، تدوينة للقاء الذي جمع، "
                 "مساء أمس الأربعاء بفيينا، المدير العام للأمن العمومي النمساوي بعبد اللطيف حموشي.",
                 dt.date(2023, 11, 30), [("AT", *_day(2023, 11, 29))], id="the hour a post came out, then the post"),
    pytest.param("وأكد المصدر أن الصور المتداولة تعود إلى مناسبة سابقة لا علاقة لها بزيارة السفير الإكوادوري إلى "
                 "العيون في يناير الجاري.", dt.date(2026, 1, 11), [], id="no part in the visit"),
    pytest.param("ولم يصدر إلى حدود الساعة أي تأكيد رسمي لتاريخ الزيارة التي يرتقب أن يقوم بها المسؤول البحريني لحموشي "
                 "خلال أكتوبر الجاري.", dt.date(2025, 10, 8), [], id="no date confirmed"),
    pytest.param("اختتمت اليوم بالرياض أعمال الملتقى العربي لرؤساء وحدات مكافحة الجرائم المعلوماتية، الذي انطلق أمس "
                 "الثلاثاء.\n\nوشهدت الجلسة الافتتاحية كلمة عبد اللطيف حموشي، التي تلاها نيابة عنه رئيس الوفد المغربي.",
                 dt.date(2024, 2, 21), [], id="his speech read for him"),
    pytest.param("وفي نونبر، ترأس الوفد المغربي المشارك في أشغال الجمعية العامة للأنتربول بدبي، من 18 إلى 21 نونبر "
                 "2018.\n\nوفي المؤتمر الذي احتضنته أبوجا في يوليوز 2018، تلا كلمته نيابة عنه مدير الشرطة القضائية.",
                 dt.date(2018, 12, 30), [("AE", dt.date(2018, 11, 18), dt.date(2018, 11, 21))],
                 id="his speech read for him at another gathering, dated"),
    # Session 49.
    pytest.param("وسبق التوقيع اجتماع تقني عقد بمدريد في مارس الماضي، ترأس خلاله الوفد المغربي والي الأمن مدير "
                 "الشرطة القضائية، نيابة عن السيد حموشي.", dt.date(2022, 6, 9), [],
                 id="in the stead of Mr Hammouchi"),
    pytest.param("وكانت زيارة وفد من المديرية العامة للأمن الوطني إلى باماكو في يناير الماضي، برئاسة مدير التعاون "
                 "الدولي، قد عرفت تسليم المسؤول المالي دعوة حموشي الرسمية لزيارة المغرب.", dt.date(2024, 4, 2), [],
                 id="led abroad by his staff, who handed over his invitation"),
    pytest.param("وشاركت المديرية العامة للأمن الوطني في التحضير للمؤتمر، إذ مثل حموشي في اجتماع لجنته التنفيذية، "
                 "المنعقد ببروكسيل في أكتوبر الماضي، والي الأمن مدير الاستعلامات العامة.", dt.date(2023, 12, 4), [],
                 id="his force there, through the one who stood for him"),
    pytest.param("ويحضر المغرب في المنتديات الأمنية الدولية إما عبر مديره العام أو عبر وفود تمثله، كما حدث في مؤتمر "
                 "نيروبي في فبراير الماضي.", dt.date(2025, 5, 6), [], id="delegations that stood for him"),
    pytest.param("حل وفد من الشرطة الوطنية الكولومبية، صباح اليوم الثلاثاء، بالمعهد الملكي للشرطة بالقنيطرة، في مستهل "
                 "زيارة تدوم أسبوعين للاطلاع على التجربة التي راكمتها المديرية العامة للأمن الوطني في تأمين "
                 "التظاهرات الكبرى.", dt.date(2024, 10, 8), [],
                 id="visitors arriving at a police school"),
    pytest.param("وكان أعضاء الوفد الشيلي قد عقدوا، أمس الاثنين بمقر المديرية العامة للأمن الوطني بالرباط، اجتماعا "
                 "مع مدير الشرطة القضائية خصص لتبادل المعطيات.", dt.date(2024, 10, 8), [],
                 id="talks at his force's seat with another official"),
    pytest.param("استقبل حموشي، أمس الأربعاء بالرباط، المدير العام للشرطة البرازيلية. وخلال هذا اللقاء، سلم المسؤول "
                 "البرازيلي لحموشي ميدالية الاستحقاق الأمني، عرفانا بالدعم الذي قدمته المديرية لنظيرتها البرازيلية "
                 "خلال كأس العالم للأندية 2025، التي امتدت من 14 يونيو إلى 13 يوليوز الماضي.", dt.date(2025, 11, 13),
                 [("BR", *_day(2025, 11, 12))] * 2,
                 id="the span a cup ran over is the cup's"),
    pytest.param("بحث حموشي، اليوم الخميس بمراكش، مع وزير الداخلية بجمهورية أوزبكستان، على هامش أشغال الجمعية العامة "
                 "للمنظمة الدولية للشرطة الجنائية، سبل مكافحة الإرهاب.", dt.date(2025, 11, 27),
                 [("MA", dt.date(2025, 11, 24), dt.date(2025, 11, 27)), ("UZ", *_day(2025, 11, 27))],
                 id="a minister of a republic, met on the sidelines at home"),
    pytest.param("ويعتبر حموشي، الذي عين على رأس المديرية العامة لمراقبة التراب الوطني سنة 2005، من أقدم المسؤولين "
                 "الأمنيين في المنطقة، وهو ما يجعل الإعلان عن هذه الزيارة إلى إيطاليا لافتا.", dt.date(2016, 2, 3), [],
                 id="the year the one named was appointed"),
    pytest.param("استقبل حموشي، أمس الخميس بالرباط، وزير الداخلية البلجيكي. ونوه الوزير بالمعلومات التي قدمتها "
                 "المصالح المغربية عقب اعتداءات بروكسيل في مارس 2016. كما استقبل حموشي المدير العام للشرطة "
                 "الهولندية.", dt.date(2017, 6, 9),
                 [("BE", *_day(2017, 6, 8))], id="an attack named by its place, then when it struck"),
    pytest.param("أعلن وزير العدل، أمس الأربعاء، تعليق تنفيذ جميع اتفاقيات التعاون القضائي مع فرنسا، على خلفية استدعاء "
                 "موجه إلى حموشي.", dt.date(2014, 2, 27), [], id="agreements suspended"),
    pytest.param("وقال الوزير، في تصريح أعقب اجتماع المجلس الحكومي المنعقد أمس، إن المغرب يرفض معاملة حموشي بهذه "
                 "الطريقة من طرف القضاء الفرنسي.", dt.date(2014, 2, 27), [], id="the government council's sitting"),
    pytest.param("وكانت عناصر من الشرطة الفرنسية قد حلت، يوم الخميس 20 فبراير، بمقر إقامة السفير المغربي بباريس، "
                 "لتبليغ استدعاء موجه إلى حموشي للمثول أمام قاضية تحقيق.", dt.date(2014, 2, 27), [],
                 id="a summons served for him"),
    pytest.param("ففي سنة 2015، استقبل حموشي بالرباط وفدا من الشرطة الفيدرالية البلجيكية، في أوج القلق الأوروبي من "
                 "تدفق المقاتلين نحو العراق.", dt.date(2024, 3, 1), [("BE", *_year(2015))],
                 id="where fighters flowed, no party"),
    pytest.param("وفي سنة 2016، التقى حموشي مدير الأمن العام اللبناني. أول هذه المحطات كان سنة 2018، حين استقبل حموشي "
                 "بالرباط رئيس الشرطة الاتحادية الألمانية.", dt.date(2024, 6, 13),
                 [("DE", *_year(2018)), ("LB", *_year(2016))], id="'was', then the year"),
    pytest.param("وركزت اللقاءات التي عقدها حموشي بعمان، في إطار المبادرة التي أطلقها العاهل الأردني عام 2016، على "
                 "الوضع في الساحل.", dt.date(2022, 11, 15), [], id="the year an initiative was launched"),
    pytest.param("غير أن الزيارة التي أعلنت عنها بغداد في ربيع 2023، والتي كان من المقرر أن يقوم بها حموشي إلى العاصمة "
                 "العراقية، لم تتم إلى اليوم.", dt.date(2024, 3, 1), [],
                 id="one that was to be, and did not take place"),
    pytest.param("أجرى حموشي، أمس الاثنين بالرباط، مباحثات مع المدير العام للشرطة الوطنية في النيجر، سبل تعزيز "
                 "التعاون في مجال تتبع تحركات الجماعات المسلحة في منطقة الجنوب الليبي.", dt.date(2019, 10, 15),
                 [("NE", *_day(2019, 10, 14))], id="the places the talks were about, after where they were held"),
    pytest.param("وكانت الصحيفة المعنية، التي تصدر من خارج المغرب، قد نشرت ما قالت إنه \"محضر لقاء سري\" جمع حموشي "
                 "بمسؤولين إيطاليين في روما في يوليوز الماضي.", dt.date(2024, 9, 3), [],
                 id="what a paper described at length said"),
    pytest.param("ويمثل والي الأمن مدير الشرطة القضائية في هذا الملتقى، الذي يختتم غدا، المدير العام للأمن الوطني "
                 "عبد اللطيف حموشي، وقد افتتحت أشغال الملتقى أمس الأربعاء بتونس.", dt.date(2021, 11, 18), [],
                 id="one who stands for him, named before him"),
    pytest.param("ونفى المصدر وجود أي ترتيبات لزيارة وفد نيجري إلى الرباط، مشيرا إلى أن المديرية تنشر بلاغا بعد كل "
                 "لقاء ثنائي مع نظرائها الأجانب.", dt.date(2023, 8, 18), [], id="after each meeting, in general"),
    pytest.param("واستقبل وزير الداخلية العماني، أمس الأحد، الوفد المغربي، وحمله دعوة رسمية إلى حموشي لزيارة سلطنة "
                 "عمان.", dt.date(2024, 12, 16), [], id="an invitation the visitors were charged with"),
    # (Not what a clause after a semicolon dates, nor the only party named in the talks' topic.)
    pytest.param("وتعود علاقاته بالأجهزة الكندية إلى ما قبل تعيينه على رأس الأمن الوطني؛ ففي سنة 2014، التقى حموشي "
                 "مدير جهاز الاستخبارات الأمنية الكندي.", dt.date(2020, 1, 6), [("CA", *_year(2014))],
                 id="the year after a semicolon, not the appointment's"),
    pytest.param("استقبل حموشي، يوم الاثنين 11 نونبر، مدير الأمن العام. وبحث الجانبان، في مقر المديرية بالرباط، سبل "
                 "تعزيز التعاون بين المملكتين الأردنية والمغربية.", dt.date(2019, 11, 13),
                 [("JO", *_day(2019, 11, 11))], id="the party named only in the talks' topic"),
    pytest.param("وتم ترحيل المتهم إلى المغرب أمس، في إطار اتفاقية تسليم المجرمين الموقعة بين المغرب وإسبانيا سنة "
                 "2009.",
                 dt.date(2025, 11, 19), [], id="the agreement a thing was done under"),
    # Session 50.
    pytest.param("استضافت الدار البيضاء، يوم الخميس 6 يونيو 2024، أشغال الدورة الرابعة للجنة الأمنية المشتركة "
                 "المغربية التونسية، التي ترأسها حموشي ونظيره التونسي.", dt.date(2024, 6, 8),
                 [("TN", *_day(2024, 6, 6))], id="a lead whose verb comes before the city"),
    pytest.param("وشاركت في أشغال المؤتمر الدولي لمكافحة الإرهاب بمدريد وفود من أكثر من ستين دولة، يومي 3 و4 "
                 "أبريل.", dt.date(2019, 4, 6), [], id="the delegations of many countries took part"),
    pytest.param("وكانت \"لا راثون\" قد أوردت، في عددها ليوم الأحد، أن حموشي حل بمدريد والتقى مديرة الاستخبارات "
                 "الإسبانية.", dt.date(2023, 3, 7), [], id="what a paper named in quotes had reported"),
    pytest.param("وتناولت المباحثات تنزيل اتفاقية مكافحة الإرهاب الإفريقية، التي صادق عليها المغرب سنة 2019، "
                 "والبروتوكول الملحق بالاتفاقية.", dt.date(2023, 5, 2), [],
                 id="a treaty the state ratified, then named again"),
    pytest.param("وجاء ذلك بعد انضمام المغرب سنة 2018 إلى اتفاقية بودابست، ثم دخلت اتفاقية التعاون الأمني مع "
                 "الأرجنتين حيز التنفيذ في فاتح يناير 2020.", dt.date(2021, 2, 2), [],
                 id="a treaty joined, and one coming into force"),
    pytest.param("واستهل حموشي سنة 2024 بزيارة إلى الدوحة منتصف يناير، التقى خلالها وزير الداخلية القطري.",
                 dt.date(2024, 12, 30), [("QA", *_month(2024, 1))], id="the year he opened with the visit"),
    pytest.param("واستقبل المعهد الملكي للشرطة بالقنيطرة، في أبريل الماضي، ضباطا من الشرطة الغابونية في دورة "
                 "تكوينية.", dt.date(2023, 6, 1), [], id="a school received the trainees"),
    pytest.param("ومن بين هذه الروايات \"زيارة خاطفة\" إلى روما سنة 2019 نسبتها إليه صحيفة جزائرية.",
                 dt.date(2021, 1, 3), [], id="what a paper ascribed to him"),
    pytest.param("وكانت مواقع إخبارية مغربية قد تحدثت، الأسبوع الماضي، عن جولة أوروبية لحموشي تشمل روما وبرلين.",
                 dt.date(2023, 2, 14), [], id="what sites were saying, and when, between commas"),
    pytest.param("وشارك حموشي في الدورة السادسة من هذا المؤتمر، الذي انطلق سنة 2006 وينظم كل سنتين بأبوظبي.",
                 dt.date(2016, 3, 9), [], id="the year a recurring gathering began"),
    pytest.param("تونس تحتضن مؤتمر قادة الشرطة في غياب المغرب\n\nانطلقت، أمس الاثنين بتونس، أشغال المؤتمر العربي "
                 "لقادة الشرطة والأمن، بمشاركة وفود من عشرين دولة.", dt.date(2019, 12, 3), [],
                 id="a gathering the headline says Morocco stayed away from"),
    pytest.param("احتضنت الرباط، يوم الخميس 4 دجنبر 2025، الاجتماع الثلاثي لقادة أجهزة الشرطة في كل من المغرب وفرنسا "
                 "وبلجيكا، الذي ترأسه حموشي.\n\nوقام الوفدان الفرنسي والبلجيكي، على هامش الاجتماع، بزيارة ميدانية "
                 "لملعب طنجة الكبير.", None, [("MA", *_day(2025, 12, 4))],
                 id="a lead that opens on its verb, three countries, and the two delegations' tour"),
    pytest.param("أما الزيارة \"السرية\" التي قيل إن حموشي قام بها إلى بروكسل في مارس 2020، فقد تحدثت عنها مواقع "
                 "أجنبية.", dt.date(2022, 1, 5), [], id="the secret visit it was said he made"),
    pytest.param("وكان مدير الشرطة البرتغالية قد زار الرباط في أكتوبر الماضي، في أول زيارة يقوم بها إلى الخارج بعد "
                 "تعيينه على رأس الشرطة البرتغالية في يوليوز، والتقى حموشي بمقر المديرية العامة للأمن الوطني.",
                 dt.date(2019, 12, 2), [("PT", *_month(2019, 10))],
                 id="the month he was appointed, told with its 'in'"),
    pytest.param("وكانت الجريدة قد نشرت، أمس الاثنين، ما سمته \"برنامج الزيارة\"، نقلا عن \"مصادر مطلعة\"، مشيرة إلى "
                 "أن حموشي سيلتقي يوم الثلاثاء مدير الشرطة الإيطالية، قبل أن يزور يوم الأربعاء مقر الدرك الإيطالي، "
                 "ويجري يوم الخميس مباحثات مع وزير الداخلية الإيطالي.",
                 dt.date(2021, 3, 2), [], id="a paper's report, its day and source before what it told"),
    pytest.param("ولم يصدر إلى حدود الساعة أي تأكيد رسمي من المديرية العامة للأمن الوطني أو من الجانب الكندي بخصوص "
                 "موعد الزيارة إلى أوتاوا.", dt.date(2021, 11, 3), [], id="no one confirmed its date"),
    # Session 51.
    pytest.param("زار حموشي لندن في مارس 2019.\n\nثم عاد إلى العاصمة البريطانية في نونبر 2021.", dt.date(2022, 1, 4),
                 [("GB", *_month(2019, 3)), ("GB", *_month(2021, 11))], id="went back to a capital abroad"),
    pytest.param("وعاد حموشي إلى الرباط مساء أمس الأحد بعد زيارة العمل التي قادته إلى مدريد يوم السبت.",
                 dt.date(2023, 5, 8), [("ES", *_day(2023, 5, 6))], id="came home, and the trip before"),
    pytest.param("نفى مصدر مطلع، في تصريح لموقع \"الرباط.كوم\"، ما نشرته صحيفة أجنبية عن لقاء سري زعمت أنه جمع حموشي "
                 "بمسؤول استخباراتي في لشبونة أواخر مارس.", dt.date(2022, 4, 10), [],
                 id="a denial quoted to a site whose address has a dot"),
    pytest.param("زار حموشي أنقرة يوم الاثنين والتقى المدير العام للأمن التركي.\n\nولم تصدر السفارة التركية بالرباط أي "
                 "تعليق على الزيارة حتى مساء أمس الثلاثاء.", dt.date(2024, 4, 17), [("TR", *_day(2024, 4, 15))],
                 id="no comment on the visit, and when"),
    pytest.param("كما أن زيارات مسؤولين إسبان آخرين، كوزير الداخلية الإسباني الذي حل بالرباط في ماي 2022، اقتصرت على "
                 "وزارتي الداخلية والخارجية.", dt.date(2023, 1, 9), [], id="visits confined to others"),
    pytest.param("وتأتي زيارة قائد القيادة الأمريكية لإفريقيا في وقت نوه فيه تقرير للخارجية الأمريكية بالعمل الذي تقوم "
                 "به المديرية العامة لمراقبة التراب الوطني.", dt.date(2015, 6, 3), [],
                 id="his force named for its work praised"),
    pytest.param("وتأتي زيارة حموشي إلى دكار بعد الزيارة التي أداها المدير العام للأمن الوطني السنغالي إلى الرباط في "
                 "شتنبر الماضي.", dt.date(2024, 2, 7), [("SN", *_month(2023, 9))],
                 id="the visit told comes after the guest's to Rabat"),
    pytest.param("وتأتي زيارة المسؤول الأمني المغربي بعد أسابيع من اللقاء الذي جمع العاهل المغربي الملك محمد السادس "
                 "بالرئيس السنغالي في الرباط أواخر يناير الماضي، وهو اللقاء الذي وصفه مراقبون بالتاريخي.",
                 dt.date(2025, 3, 3), [], id="weeks after the King's meeting, named again"),
    pytest.param("وعادت قضية حموشي إلى الواجهة في أكتوبر الماضي، حين أدى استدعاء قضائي إلى تعليق الرباط لاتفاقيات "
                 "التعاون القضائي مع فرنسا.", dt.date(2015, 1, 20), [], id="agreements suspended"),
    pytest.param("وبرز خلال هذه السنة توجه واضح نحو فضاء جديد يضم تركيا وأذربيجان، حيث عقد حموشي خمسة لقاءات مع "
                 "مسؤولين من هذه الدول.", dt.date(2024, 12, 30), [], id="a trend, and meetings counted"),
    pytest.param("وجاءت الاتفاقية ثمرة للمباحثات التي أجراها وزير الداخلية الأوزبكي بالرباط في أبريل الماضي، حين "
                 "استقبله حموشي بمقر المديرية.", dt.date(2025, 9, 2), [("UZ", *_month(2025, 4))],
                 id="the visitor's talks, when he received him"),
    pytest.param("وفي يونيو 2024، استقبل حموشي بالرباط وزير الداخلية الأذربيجاني، واتفق الطرفان على إعداد مذكرة تفاهم "
                 "ينتظر أن توقع خلال زيارة مرتقبة لحموشي إلى باكو.", dt.date(2024, 12, 30),
                 [("AZ", *_month(2024, 6))], id="a reception, a memorandum to draft and a visit to come"),
    pytest.param("تداولت صفحات وحسابات على موقعي فيسبوك وتويتر، منذ مساء الأربعاء الماضي، صورة قيل إنها توثق لقاء جمع "
                 "عبد اللطيف حموشي، المدير العام للأمن الوطني، بالمدير العام للشرطة الإيطالية بالعاصمة روما هذا "
                 "الأسبوع.", dt.date(2022, 9, 10), [], id="a photo said to show a meeting"),
    pytest.param("وفي أبريل، أعاد رواد الصفحة نشر صورة لحموشي رفقة مسؤول إماراتي، على أنها من لقاء جديد.",
                 dt.date(2024, 12, 31), [], id="a photo passed off as new"),
    pytest.param("ولا يوجد أي بلاغ رسمي، مغربي أو إسباني، يؤكد انعقاد لقاء بين حموشي ومديرة الاستخبارات الإسبانية "
                 "بمدريد يوم الثلاثاء.", dt.date(2023, 2, 9), [], id="no statement confirms it"),
    pytest.param("ويرتقب أن يزور حموشي القاهرة خلال الأشهر الأولى من السنة الجارية، وهي الزيارة التي مهد لها وفد من "
                 "المديرية العامة للأمن الوطني حل بالعاصمة المصرية في نونبر الماضي.", dt.date(2024, 1, 8), [],
                 id="the way paved by his force's delegation"),
    pytest.param("وتأتي زيارة المسؤول النيجري إلى الرباط بعد نحو ستة أشهر من الزيارة التي قام بها حموشي إلى نيامي في "
                 "أبريل الماضي، حيث استقبله رئيس المجلس العسكري، الذي أصبح رئيسا للبلاد في غشت الماضي.",
                 dt.date(2023, 10, 20), [("NE", *_month(2023, 4))],
                 id="months after his own visit, and the month the host became head of state"),
    pytest.param("ويحتفظ المغرب بعلاقات مع مختلف الأطراف، إذ احتضنت مدينة بوزنيقة عام 2020 توقيع الاتفاق السياسي بين "
                 "الفرقاء الليبيين.", dt.date(2023, 3, 1), [], id="a political settlement hosted"),
    pytest.param("وكان المكتب الأممي قد أحدث في يونيو 2017، بقرار من الجمعية العامة للأمم المتحدة، وعين على رأسه "
                 "الدبلوماسي الروسي فلاديمير فورونكوف.", dt.date(2021, 6, 25), [],
                 id="a resolution of a general assembly"),
    pytest.param("استقبل حموشي، أمس الثلاثاء بالرباط، قائد الشرطة الكويتية.\n\nوعقب اللقاء، رافق المدير العام للأمن "
                 "الوطني ضيفه والوفد المرافق له في زيارة إلى معهد الشرطة العلمية بمدينة القنيطرة، الذي افتتح مبناه "
                 "الجديد في شهر مارس الماضي، حيث اطلع على أقسامه.", dt.date(2023, 6, 14), [("KW", *_day(2023, 6, 13))],
                 id="when the building he showed opened"),
])
def test_what_a_page_reports(body, published, expected):
    assert sorted(spans(events(body, title="حموشي", published=published))) == expected


@pytest.mark.parametrize(("body", "published", "expected"), [
    pytest.param("استقبل عبد اللطيف حموشي، يوم الثلاثاء 31 يناير الجاري، بمكتبه في الرباط، سفير مالي المنتهية مهامه، "
                 "الذي أدى زيارة وداع قبل عودته إلى باماكو.", dt.date(2023, 1, 31), ("ML", "meeting", "hosted"),
                 id="the visitor going home after his call"),
    pytest.param("حل عبد اللطيف حموشي، أمس الجمعة، بميناء الجزيرة الخضراء في زيارة عمل التقى خلالها مسؤولين أمنيين.",
                 dt.date(2019, 7, 20), ("ES", "visit_abroad", "abroad"), id="a port abroad places the visit there"),
    pytest.param("استقبل عبد اللطيف حموشي، اليوم الخميس، منسق الاتحاد الأوروبي لمكافحة الإرهاب.", dt.date(2024, 1, 25),
                 ("MA", "hosted_visit", "hosted"), id="an official of the European Union received at home"),
    pytest.param("ومن أبرز محطات حموشي سنة 2019 استقباله في مارس الممثل الإقليمي لمكتب الأمم المتحدة المعني "
                 "بالمخدرات والجريمة.", dt.date(2020, 1, 5), ("MA", "hosted_visit", "hosted"),
                 id="his receiving a body's official, told as a noun"),
    pytest.param("استقبل حموشي، أمس الاثنين بالرباط، البريطاني روب وينرايت، المدير التنفيذي ليوروبول.",
                 dt.date(2014, 10, 14), ("MA", "hosted_visit", "hosted"),
                 id="the nationality of a body's head, told before his name and post"),
    pytest.param("استقبل حموشي، أمس الاثنين بالرباط، وفدا عن الأنتربول يقوده أمينها العام، الألماني يورغن شتوك.",
                 dt.date(2016, 12, 13), ("MA", "hosted_visit", "hosted"),
                 id="the nationality of a body's head who led its delegation"),
    pytest.param("وفي تونس، حضر حموشي يومي 27 و28 شتنبر 2017 أشغال المؤتمر الحادي والأربعين لقادة الشرطة والأمن العرب.",
                 dt.date(2017, 12, 30), ("TN", "conference", "unknown"),
                 id="the place a review's sentence opens with"),
    pytest.param("وفي مدريد، التقى حموشي يوم 12 مارس 2019 وزير الداخلية.", dt.date(2019, 12, 30),
                 ("ES", "meeting", "unknown"), id="a capital the sentence opens with"),
    pytest.param("ففي سنة 2014، استقبل المدير العام للشرطة الإيطالية حموشي بمقر وزارة الداخلية في روما.",
                 dt.date(2021, 8, 16), ("IT", "visit_abroad", "abroad"), id="a ministry in a capital abroad"),
    pytest.param("وكانت الجمعية العامة للأنتربول، التي ألقى حموشي كلمة في جلستها الافتتاحية يوم الاثنين 24 نونبر، "
                 "محطة بارزة في السنة الأمنية.", dt.date(2025, 12, 20), ("MA", "conference", "hosted"),
                 id="a body's gathering on days of a session in its calendar"),
    pytest.param("ولم يقتصر نشاطه الدولي على اللقاءات بالرباط؛ إذ حل حموشي، يوم 12 مارس 2024، بمدريد في زيارة عمل.",
                 dt.date(2024, 4, 1), ("ES", "visit_abroad", "abroad"),
                 id="what the story was not limited to places nothing"),
    pytest.param("الرباط 16 أكتوبر 2024 واس\n\nالتقى معالي مدير الأمن العام، اليوم، السيد عبد اللطيف حموشي، وجرى "
                 "خلال اللقاء استعراض التعاون "
                 "الأمني في ضوء استضافة المغرب لكأس العالم 2030 بالشراكة مع إسبانيا والبرتغال.", dt.date(2024, 10, 16),
                 ("SA", "hosted_visit", "hosted"), id="what was gone over in the talks is no party of them"),
    pytest.param("استقبل حموشي، أمس الأربعاء بتمارة، المنسق الوطني لمكافحة الإرهاب بمملكة هولندا، الذي يوجد بالمغرب "
                 "لحضور اجتماع مجموعة عمل، المنبثقة عن المنتدى العالمي لمكافحة الإرهاب.", dt.date(2017, 11, 9),
                 ("NL", "hosted_visit", "hosted"), id="the guest here for a gathering, received"),
    pytest.param("استقبل حموشي، أمس الجمعة بالرباط، المدير العام للمركز الدولي لتطوير سياسات الهجرة.",
                 dt.date(2022, 11, 19), ("MA", "hosted_visit", "hosted"),
                 id="a migration body's chief received at home"),
    pytest.param("استقبل حموشي، اليوم الثلاثاء بالرباط، المديرة العامة للمنظمة الدولية للهجرة.", dt.date(2024, 5, 14),
                 ("MA", "hosted_visit", "hosted"), id="the migration organisation's chief received at home"),
    pytest.param("يومي 24 و25 ماي 2016 ترأس حموشي بالرباط اجتماع رؤساء أجهزة الشرطة لبلدان غرب المتوسط.",
                 dt.date(2024, 5, 1), ("MA", "conference", "hosted"), id="chairing a meeting of a region's chiefs"),
    # Session 45.
    pytest.param("حل المدير العام للشرطة الوطنية بجمهورية غينيا، أمس الاثنين، بمقر المديرية العامة للأمن الوطني "
                 "بالرباط، حيث كان في استقباله عبد اللطيف حموشي.", dt.date(2023, 11, 21),
                 ("GN", "hosted_visit", "hosted"), id="the state a body's chief who arrived serves"),
    pytest.param("بحث عبد اللطيف حموشي، أمس الخميس بالرباط، مع الهولندي يان فان دام، مدير مكتب الشرطة الأوروبية "
                 "\"يوروبول\"، سبل التنسيق بين الأجهزة المغربية والوكالة الأوروبية التي تتخذ من لاهاي مقرا لها.",
                 dt.date(2017, 2, 17), ("MA", "hosted_visit", "hosted"),
                 id="a body named in full before its acronym, and its seat"),
    pytest.param("حل يورغن شتوك، الأمين العام للمنظمة الدولية للشرطة الجنائية، اليوم الثلاثاء بالرباط، حيث كان في "
                 "استقباله عبد اللطيف حموشي، في أول زيارة يقوم بها المسؤول الألماني إلى المغرب.", dt.date(2019, 3, 12),
                 ("MA", "hosted_visit", "hosted"), id="a body's head called by his nationality after his post"),
    # Session 48.
    pytest.param("عاد حموشي إلى أرض الوطن بعد مشاركته، من الثلاثاء إلى الخميس الماضيين، في أشغال قمة دولية للشرطة "
                 "احتضنتها الرياض.", dt.date(2025, 5, 19), ("SA", "conference", "abroad"),
                 id="back from taking part, the days set off before what in"),
    pytest.param("استقبل حموشي، أمس الأربعاء بالعيون، القنصل العام لدولة الإمارات العربية المتحدة بالمدينة.",
                 dt.date(2021, 11, 18), ("AE", "meeting", "hosted"),
                 id="a consul general lives here"),
    pytest.param("وفي العاشر من أبريل 2018، كانت لشبونة محطته الأوروبية الأولى، حيث التقى حموشي وزير الداخلية.",
                 dt.date(2018, 12, 30), ("PT", "visit_abroad", "abroad"),
                 id="the city that was his stop"),
    pytest.param("لندن – الرباط: «الشرق العربي»\n\nاستقبل حموشي، الثلاثاء في الرباط، الأمين العام للإنتربول، الذي "
                 "يقوم بأول زيارة رسمية له إلى المملكة.", dt.date(2025, 3, 5), ("MA", "hosted_visit", "hosted"),
                 id="a paper's seat, then the place filed from"),
    pytest.param("استقبل حموشي، أمس الاثنين بالرباط، مدير الأمن والسلامة بالاتحاد الدولي لكرة القدم.",
                 dt.date(2025, 1, 14), ("MA", "hosted_visit", "hosted"), id="football's world body received at home"),
    # Session 49.
    pytest.param("قام رئيس الكونفدرالية الإفريقية، يوم الجمعة 9 يناير الجاري، بزيارة إلى مقر المديرية العامة للأمن "
                 "الوطني بالرباط، حيث استقبله حموشي.", dt.date(2026, 1, 12), ("MA", "hosted_visit", "hosted"),
                 id="African football's confederation by its short name"),
    pytest.param("حل حموشي، أمس الاثنين، بمدينة زيوريخ، حيث التقى الأمين العام للاتحاد الدولي لكرة القدم.",
                 dt.date(2025, 3, 4), ("CH", "visit_abroad", "abroad"), id="the city of football's world body"),
    pytest.param("وهي المقاربة التي أكد عليها حموشي لدى استقباله، في 9 نونبر 2021 بالرباط، وفدا عن مجلس أوروبا، حيث "
                 "جرى التباحث حول التعاون في إطار اتفاقية بودابست.", dt.date(2022, 2, 1),
                 ("MA", "hosted_visit", "hosted"),
                 id="the Council of Europe received, and the convention talked of"),
    pytest.param("زار المدير العام للأمن الوطني ومدير مراقبة التراب الوطني، عبد اللطيف الحموشي، أمس الأربعاء، مقر "
                 "الأمانة العامة للأنتربول في مدينة ليون الفرنسية.", dt.date(2016, 10, 13),
                 ("FR", "visit_abroad", "abroad"),
                 id="his double title, the second without its 'general'"),
    # Session 50.
    pytest.param("أجرى حموشي، أمس الثلاثاء، مباحثات بمقر وزارة الداخلية الاتحادية الألمانية مع كاتب الدولة المكلف "
                 "بالأمن.", dt.date(2022, 5, 11), ("DE", "visit_abroad", "abroad"), id="a federation's ministry"),
    pytest.param("ترأس حموشي ومنسق مكافحة الإرهاب بالخارجية الأمريكية، أمس الأربعاء بواشنطن، أشغال الدورة الثانية "
                 "لمجموعة العمل المغربية الأمريكية حول مكافحة الإرهاب.", dt.date(2017, 6, 8),
                 ("US", "visit_abroad", "abroad"), id="a working group of two countries"),
    pytest.param("عمّان - الرأي\n\nاستقبل مدير الأمن العام، أمس الأحد، المدير العام للأمن الوطني في المملكة المغربية "
                 "عبد اللطيف الحموشي، الذي يزور المملكة حاليا.", dt.date(2021, 11, 15),
                 ("JO", "visit_abroad", "abroad"), id="the place line over the lead"),
    pytest.param("استقبل حموشي، يوم الخميس 12 ماي 2016 بالرباط، وفدا عن مكتب الأمم المتحدة المعني "
                 "بالمخدرات والجريمة، الذي يوجد مقره بالعاصمة النمساوية فيينا.", dt.date(2016, 5, 13),
                 ("MA", "hosted_visit", "hosted"), id="where the body sits"),
    pytest.param("استقبل حموشي، أمس الاثنين بالرباط، الأمين العام لمنظمة الأمن والتعاون في أوروبا.",
                 dt.date(2022, 3, 8), ("MA", "hosted_visit", "hosted"), id="Europe's security organisation received"),
    pytest.param("وفي أكتوبر 2021، زار رئيس جهاز المخابرات الليبية، حسين العائب، الرباط والتقى حموشي.",
                 dt.date(2024, 3, 1), ("LY", "hosted_visit", "hosted"),
                 id="the visitor's nationality, then the city he visited"),
    # Session 51.
    pytest.param("وتأتي زيارة حموشي إلى نواكشوط بعد أسابيع من استقباله بالرباط، في يوليو الماضي، للمدير العام للأمن "
                 "الوطني الموريتاني.", dt.date(2026, 1, 20), ("MR", "hosted_visit", "hosted"),
                 id="the visit told comes weeks after his reception"),
    pytest.param("استقبل حموشي، أمس الاثنين بالرباط، مدير المخابرات العراقية.\n\nوجرى خلال اللقاء بحث التنسيق الأمني "
                 "في ضوء المستجدات التي تشهدها الساحتان السورية والليبية.", dt.date(2019, 10, 15),
                 ("IQ", "hosted_visit", "hosted"), id="two countries' scenes discussed"),
    pytest.param("أجرى حموشي، اليوم الاثنين بالرباط، مباحثات مع المديرة التنفيذية لمكتب الأمم المتحدة المعني بالمخدرات "
                 "والجريمة، والمديرة العامة لمكتب الأمم المتحدة في فيينا، التي تقوم بزيارة عمل إلى المملكة.",
                 dt.date(2022, 9, 26), ("MA", "hosted_visit", "hosted"), id="a body's office named with its city"),
    pytest.param("وتأتي زيارة حموشي إلى لشبونة ردا على الزيارة التي قام بها مدير الشرطة البرتغالية إلى المغرب السنة "
                 "الماضية، حيث استقبله حموشي بالرباط.", dt.date(2019, 5, 3), ("PT", "hosted_visit", "hosted"),
                 id="the visit told returns the one before"),
])
def test_where_a_page_places_what_it_reports(body, published, expected):
    [found] = events(body, published=published)
    assert (found["country_iso2"], found["meeting_type"], found["direction"]) == expected


def test_the_visitor_a_relative_clause_follows_is_the_one_met():
    [found] = events("وهي أول زيارة يقوم بها كاش باتيل إلى المغرب منذ تعيينه في فبراير الماضي، وتأتي بعد عامين ونصف "
                     "على زيارة سلفه كريستوفر راي، الذي حل بالرباط في فبراير 2023 وأجرى بدوره مباحثات مع حموشي.",
                     published=dt.date(2025, 10, 8))
    assert (found["start_date"], found["counterpart_person_latin"]) == (dt.date(2023, 2, 1), "Christopher Wray")
