"""Whole invented articles in the styles of different outlets: what a reader would record."""
import datetime as dt

from sdw.extraction.article import extract_article

D = dt.date


def events(content, published=None):
    extraction = extract_article("x", content, published)
    return sorted(
        (c["country_iso2"], c["start_date"], c["end_date"], c["date_precision"], c["meeting_type"], c["direction"])
        for c in extraction.event_candidates
        if c["is_event"]
    ), extraction


def test_moroccan_outlet_with_dateline_today_and_yesterday():
    found, extraction = events(
        "حموشي يستقبل مدير الاستخبارات الإيطالية\n"
        "الرباط - 14 فبراير 2024\n"
        "استقبل المدير العام للأمن الوطني ومراقبة التراب الوطني، "
        "عبد اللطيف حموشي، اليوم الأربعاء بمقر المديرية بتمارة، "
        "مدير وكالة المعلومات والأمن الخارجي الإيطالية، الذي يقوم بزيارة عمل للمملكة.\n"
        "ويأتي هذا اللقاء بعد الزيارة التي قام بها حموشي إلى روما في أكتوبر 2023.\n"
        "اقرأ أيضا: حموشي يتوشح بوسام إسباني"
    )
    assert (extraction.published_date, extraction.published_source) == (D(2024, 2, 14), "dateline")
    assert found == [("IT", D(2023, 10, 1), D(2023, 10, 31), "month", "visit_abroad", "abroad"),
                     ("IT", D(2024, 2, 14), D(2024, 2, 14), "day", "hosted_visit", "hosted")]


def test_levantine_outlet_with_ordinal_day_conference_host_and_plan():
    found, _ = events(
        "الحموشي في بيروت\n"
        "بيروت - ١٨ آذار ٢٠٢٤\n"
        "وصل المدير العام للأمن الوطني المغربي عبد اللطيف الحموشي "
        "إلى بيروت مساء أمس الأحد في زيارة رسمية، التقى خلالها "
        "المدير العام للأمن العام اللبناني.\n"
        "وكان الحموشي قد التقى نظيره اللبناني في الثالث من كانون الثاني الماضي على هامش مؤتمر أمني في القاهرة.\n"
        "ومن المرتقب أن يزور وفد لبناني الرباط في أيار المقبل."
    )
    assert found == [("EG", D(2024, 1, 3), D(2024, 1, 3), "day", "conference", "abroad"),
                     ("LB", D(2024, 3, 17), D(2024, 3, 17), "day", "visit_abroad", "abroad")]


def test_conference_abroad_from_metadata_date_and_a_future_host_event():
    found, _ = events(
        "حموشي يشارك في أشغال الجمعية العامة للأنتربول\n"
        "شارك المدير العام للأمن الوطني عبد اللطيف حموشي في أشغال الدورة 92 للجمعية العامة للأنتربول، المنعقدة بمدينة "
        "فيينا النمساوية من 28 إلى 30 نونبر 2023.\n"
        "كما سيحتضن المغرب الدورة 93 للجمعية العامة للأنتربول بمراكش في نونبر 2025.", published=D(2023, 12, 1))
    assert found == [("AT", D(2023, 11, 28), D(2023, 11, 30), "day", "conference", "abroad")]


def test_honours_in_several_forms():
    found, _ = events(
        "تتويج جديد لحموشي\n"
        "قلد الرئيس السنغالي، يوم الجمعة 5 يناير 2024 بداكار، عبد اللطيف حموشي وسام الأسد الوطني.\n"
        "ويأتي هذا التتويج بعد أن حصل حموشي سنة 2019 على وسام الصليب الأكبر للاستحقاق الأمني الإسباني.")
    assert [(c, start, kind) for c, start, _, _, kind, _ in found] == [
        ("ES", D(2019, 1, 1), "honor"), ("SN", D(2024, 1, 5), "honor")]


def test_review_of_a_year_with_dated_items_an_undated_list_and_an_anniversary():
    found, extraction = events(
        "حصيلة 2023: حموشي في قلب الدبلوماسية الأمنية\n"
        "شهدت سنة 2023 نشاطا مكثفا للمدير العام للأمن الوطني على الصعيد الدولي.\n"
        "ففي 16 يناير 2023، استقبل حموشي بالرباط وفدا من الشرطة الفيدرالية البلجيكية.\n"
        "وفي 2 مارس 2023، حل حموشي بالدوحة حيث التقى وزير الداخلية القطري.\n"
        "كما أجرى مباحثات مع كل من مدير الأمن العام الأردني ومدير المخابرات الموريتانية.\n"
        "واحتفلت المديرية العامة للأمن الوطني في 16 ماي 2023 بالذكرى 67 لتأسيسها.")
    assert extraction.focus_year == 2023
    assert found == [("BE", D(2023, 1, 16), D(2023, 1, 16), "day", "hosted_visit", "hosted"),
                     ("JO", D(2023, 1, 1), D(2023, 12, 31), "year", "meeting", "unknown"),
                     ("MR", D(2023, 1, 1), D(2023, 12, 31), "year", "meeting", "unknown"),
                     ("QA", D(2023, 3, 2), D(2023, 3, 2), "day", "visit_abroad", "abroad")]


def test_a_conference_hosted_by_a_foreign_capital_is_abroad():
    found, _ = events(
        "الحموشي يجري مباحثات مع نظرائه الأفارقة\n"
        "احتضنت العاصمة الرواندية كيغالي، يومي 14 و15 أكتوبر 2024، أشغال الاجتماع السنوي لرؤساء أجهزة الشرطة "
        "الإفريقية، بمشاركة وفد مغربي يترأسه عبد اللطيف حموشي.")
    assert found == [("RW", D(2024, 10, 14), D(2024, 10, 15), "day", "conference", "abroad")]


def test_the_two_sides_are_the_parties_of_the_engagement_just_reported():
    found, _ = events(
        "الأمن المغربي والإسباني\n"
        "مدريد - 9 يونيو 2022\n"
        "أجرى المدير العام للأمن الوطني عبد اللطيف حموشي، أمس الأربعاء "
        "بمدريد، مباحثات مع كاتبة الدولة الإسبانية في الأمن.\n"
        "وكان الطرفان قد عقدا اجتماعا مماثلا بالرباط في شهر فبراير من السنة نفسها."
    )
    assert found == [("ES", D(2022, 2, 1), D(2022, 2, 28), "month", "hosted_visit", "hosted"),
                     ("ES", D(2022, 6, 8), D(2022, 6, 8), "day", "visit_abroad", "abroad")]
