import datetime as dt

import pytest

from sdw.extraction.dates import ArticleClock, DateGrammar, DateResolver, focus_year, future_marked, infer_clock
from sdw.extraction.normalize import normalize_text

D = dt.date


@pytest.fixture(scope="module")
def grammar(reference):
    return DateGrammar(reference)


def resolve(grammar, text, clock=None, focus=None):
    resolver = DateResolver(grammar, clock or ArticleClock(None, None, "unknown"), focus)
    found = [resolver.resolve(m) for m in grammar.find(normalize_text(text))]
    assert found, f"no date found in {text!r}"
    return found[0]


@pytest.mark.parametrize("text, start, end, precision", [
    ("في 3 يوليوز 2021 بمراكش", D(2021, 7, 3), D(2021, 7, 3), "day"),          # Moroccan
    ("يوم 15 شتنبر 2020", D(2020, 9, 15), D(2020, 9, 15), "day"),
    ("بتاريخ 4 دجنبر 2019", D(2019, 12, 4), D(2019, 12, 4), "day"),
    ("اليوم الخميس 16 دجمبر 2021", D(2021, 12, 16), D(2021, 12, 16), "day"),  # Mauritanian
    ("في 21 نونبر 2018", D(2018, 11, 21), D(2018, 11, 21), "day"),
    ("يوم 9 أغسطس 2017", D(2017, 8, 9), D(2017, 8, 9), "day"),                # Egyptian/Gulf
    ("في 12 أيار 2016", D(2016, 5, 12), D(2016, 5, 12), "day"),               # Levantine
    ("خلال شهر تشرين الثاني 2015", D(2015, 11, 1), D(2015, 11, 30), "month"),
    ("في 2 جويلية 2014", D(2014, 7, 2), D(2014, 7, 2), "day"),                # Algerian/Tunisian
    ("يوم 30 أفريل 2013", D(2013, 4, 30), D(2013, 4, 30), "day"),
    ("في كانون الأول/ديسمبر 2021", D(2021, 12, 1), D(2021, 12, 31), "month"),  # paired forms
    ("في ديسمبر (كانون الأول) 2012", D(2012, 12, 1), D(2012, 12, 31), "month"),
    ("بتاريخ 29/11/2023", D(2023, 11, 29), D(2023, 11, 29), "day"),
    ("بتاريخ 2023-11-29", D(2023, 11, 29), D(2023, 11, 29), "day"),
    ("بتاريخ 2023/05/12", D(2023, 5, 12), D(2023, 5, 12), "day"),
    ("في 5 مايو/أيار 2021", D(2021, 5, 5), D(2021, 5, 5), "day"),
    ("يومي ٥ و٦ مارس ٢٠١٩", D(2019, 3, 5), D(2019, 3, 6), "day"),             # Arabic-Indic digits
    ("من 4 إلى 8 فبراير 2021", D(2021, 2, 4), D(2021, 2, 8), "day"),
    ("ما بين 30 يونيو و2 يوليو 2022", D(2022, 6, 30), D(2022, 7, 2), "day"),
    ("فاتح غشت 2018", D(2018, 8, 1), D(2018, 8, 1), "day"),
    ("في سنة 2016", D(2016, 1, 1), D(2016, 12, 31), "year"),
])
def test_explicit_dates(grammar, text, start, end, precision):
    found = resolve(grammar, text)
    assert (found.start_date, found.end_date, found.precision) == (start, end, precision)


def test_a_range_missing_its_month_keeps_the_days_at_year_precision(grammar):
    found = resolve(grammar, "خلال يومي 8 و 9 2021")
    assert (found.start_date, found.end_date, found.precision, found.partial_days) == (
        D(2021, 1, 1),
        D(2021, 12, 31),
        "year",
        (8, 9),
    )


PUBLISHED = ArticleClock(D(2021, 3, 12), "day", "metadata", 2021)  # a Friday


@pytest.mark.parametrize("text, start, end, precision", [
    ("أمس الخميس", D(2021, 3, 11), D(2021, 3, 11), "day"),
    ("أول أمس", D(2021, 3, 10), D(2021, 3, 10), "day"),
    ("في 3 مارس الجاري", D(2021, 3, 3), D(2021, 3, 3), "day"),
    ("في 20 دجنبر المنصرم", D(2020, 12, 20), D(2020, 12, 20), "day"),         # crosses the year
    ("يوم 8 فبراير الماضي", D(2021, 2, 8), D(2021, 2, 8), "day"),
    ("مطلع شهر يناير المنصرم", D(2021, 1, 1), D(2021, 1, 31), "month"),
    ("أواخر الشهر الماضي", D(2021, 2, 1), D(2021, 2, 28), "month"),
    ("ومنذ حوالي أسبوع", D(2021, 3, 1), D(2021, 3, 31), "month"),
    ("منذ يومين", D(2021, 3, 10), D(2021, 3, 10), "day"),
    ("خلال السنة الماضية", D(2020, 1, 1), D(2020, 12, 31), "year"),
    ("هذا العام", D(2021, 1, 1), D(2021, 12, 31), "year"),
])
def test_relative_dates_hang_on_the_article_date(grammar, text, start, end, precision):
    found = resolve(grammar, text, PUBLISHED)
    assert (found.start_date, found.end_date, found.precision) == (start, end, precision)


def test_a_missing_year_is_fixed_by_the_weekday(grammar):
    # 14 September was a Tuesday in 2021 (and in 2027, 2010): the nearest to the article's year wins.
    found = resolve(grammar, "يوم الثلاثاء 14 شتنبر", ArticleClock(None, None, "unknown", 2022))
    assert found.start_date == D(2021, 9, 14)


def test_a_weekday_set_off_from_its_date_names_the_same_day(grammar):
    # 'يوم الثلاثاء، 19 مارس 2024' and 'الاثنين (18 يناير)': one mention, the weekday placing the year.
    one = grammar.find(normalize_text("استقبل يوم الثلاثاء، 19 مارس 2024، بالرباط"))
    assert [(m.form, m.parts.get("wd1")) for m in one] == [("day", "الثلاثاء")]
    found = resolve(grammar, "الاثنين (18 يناير)", ArticleClock(None, None, "unknown", 2022))
    assert (found.start_date, found.year_basis) == (D(2021, 1, 18), "weekday")
    yesterday = grammar.find(normalize_text("التقى أمس (19 شتنبر) بالرباط"))
    assert [m.form for m in yesterday] == ["day"]


def test_the_day_the_media_reported_is_not_an_engagement_date(grammar):
    for text in ("أفادت وسائل إعلام مغربية اليوم الاثنين، بأن المسؤول الأمريكي زار المغرب",
                 "ذكرت مصادر متطابقة، يوم 5 مارس 2024، أن الوفد حل بالرباط"):
        [mention] = grammar.find(normalize_text(text))
        assert mention.excluded == "reported", text
    # His own statement on the day is that day's engagement: only the media's report is excluded.
    [said] = grammar.find(normalize_text("أكد الحموشي، يوم 5 مارس 2024، خلال لقائه بنظيره"))
    assert said.excluded is None


def test_a_month_named_without_a_year_is_placed_and_a_verb_is_no_month(grammar):
    # 'في فبراير' in a review of 2024; on a page of 20 March 2021, 'خلال نونبر' is the November before.
    assert resolve(grammar, "في فبراير", focus=2024).start_date == D(2024, 2, 1)
    assert resolve(grammar, "خلال نونبر", PUBLISHED).start_date == D(2020, 11, 1)
    assert grammar.find(normalize_text("مارس الضغط على الوفد")) == []


def test_a_date_given_in_both_calendars_is_one_mention(grammar):
    both = grammar.find(normalize_text("يوم الأحد 12 رمضان 1445 هـ الموافق 22 مارس 2024 بالرياض"))
    assert [m.form for m in both] == ["hijri"]
    assert resolve(grammar, "يوم 12 رمضان 1445 الموافق 22 مارس 2024").start_date == D(2024, 3, 22)


def test_a_missing_year_without_weekday_is_the_latest_before_publication(grammar):
    assert resolve(grammar, "في 25 نونبر", PUBLISHED).start_date == D(2020, 11, 25)
    assert resolve(grammar, "في 2 مارس", PUBLISHED).start_date == D(2021, 3, 2)


def test_same_month_and_next_day_refer_to_the_previous_date(grammar):
    resolver = DateResolver(grammar, PUBLISHED)
    mentions = [resolver.resolve(m) for m in grammar.find(normalize_text(
        "استقبل يوم 9 فبراير 2021 وفدا، وبعد يوم واحد من ذلك وقع اتفاقا، ثم في الشهر ذاته زار مدريد"))]
    assert [(m.form, m.start_date) for m in mentions] == [
        ("day", D(2021, 2, 9)), ("next_day", D(2021, 2, 10)), ("same_period", D(2021, 2, 1))]


def test_the_article_month_is_inferred_from_this_month_and_a_weekday(grammar):
    mentions = grammar.find(normalize_text("زار مدريد يوم الأربعاء 6 مارس الجاري"))
    clock = infer_clock(mentions, grammar, reference_year=2024)
    assert (clock.date, clock.precision) == (D(2024, 3, 6), "month")  # 6 March 2024 was a Wednesday


def test_event_name_years_and_anniversaries_are_not_engagement_dates(grammar):
    world_cup = resolve(grammar, "خلال مونديال 2030 المشترك")
    assert world_cup.excluded == "named_event_year"
    founding = resolve(grammar, "بالذكرى 65 لتأسيس الأمن الوطني 16 ماي 1956")
    assert founding.excluded == "anniversary"
    appointments = resolve(grammar, "افتتح سلسلة المواعيد الكبرى يوم الاثنين 13 مارس 2023")
    assert appointments.excluded is None  # 'عيد' (a feast) is only the end of 'المواعيد'


def test_a_chill_a_first_schedule_and_taking_office_date_no_engagement(grammar):
    # Session 47: when relations cooled, when a forum was first set for, when he took office.
    [chill] = grammar.find(normalize_text("بعد فترة الفتور التي عرفتها العلاقات مطلع عام 2021"))
    assert chill.excluded == "incident"
    [first] = grammar.find(normalize_text("وكان الملتقى، الذي نظمته الوزارة، مقررا في الأصل خلال شهر يونيو 2017"))
    assert first.excluded == "first_schedule"
    [office] = grammar.find(normalize_text("بعد تعيينه مديرا عاما للأمن الوطني في ماي 2015"))
    assert office.excluded == "precedent_or_office"
    # When a minister answered in parliament.
    [answered] = grammar.find(normalize_text("وأوضح الوزير، الذي كان يجيب أمس الثلاثاء عن سؤال شفوي، أن"))
    assert answered.excluded == "reported"
    # A trip told after his appointment is dated: 'بعد تعيينه إلى مدريد في' names where he went.
    [trip] = grammar.find(normalize_text("كانت أولى رحلاته بعد تعيينه إلى مدريد في شتنبر 2015"))
    assert trip.excluded is None


def test_wire_month_pairs_american_stamps_and_seasons(grammar):
    # Session 47: 'في سبتمبر أيلول 2017' is one month, as the Arabic wires pair the two names with a space.
    [paired] = [resolve(grammar, "زار واشنطن في سبتمبر أيلول 2017")]
    assert (paired.start_date, paired.end_date) == (D(2017, 9, 1), D(2017, 9, 30))
    # Two months joined by و are not one paired name.
    assert all("مارس" not in m.text for m in grammar.find(normalize_text("بين مارس وأبريل 2017")))
    # 'نُشر في 11/17/2021': the month first, the only reading that is a date.
    assert resolve(grammar, "نشر في 11/17/2021").start_date == D(2021, 11, 17)
    assert resolve(grammar, "نشر في 11/07/2021").start_date == D(2021, 7, 11)
    # 'في الصيف الماضي' on a page of May 2025 is the summer of 2024; 'الخريف الماضي' in December is this year's.
    summer = resolve(grammar, "في الصيف الماضي", ArticleClock(D(2025, 5, 22), "day", "dateline", None))
    assert (summer.start_date, summer.end_date, summer.precision) == (D(2024, 1, 1), D(2024, 12, 31), "year")
    autumn = resolve(grammar, "في الخريف الماضي", ArticleClock(D(2025, 12, 20), "day", "dateline", None))
    assert autumn.start_date == D(2025, 1, 1)
    # 'ربيع العام الماضي': the spring of the year before the page's, whatever its month.
    spring = resolve(grammar, "ربيع العام الماضي", ArticleClock(D(2023, 11, 26), "day", "dateline", None))
    assert spring.start_date == D(2022, 1, 1)


def test_a_day_of_the_month_just_named(grammar):
    # Session 48: 'وفي يونيو، وتحديدا يوم الثلاثاء 20 منه': the 20th 'of it', June.
    clock = ArticleClock(D(2023, 12, 29), "day", "dateline", None)
    resolver = DateResolver(grammar, clock)
    found = [resolver.resolve(m) for m in grammar.find(normalize_text("وفي يونيو، وتحديدا يوم الثلاثاء 20 منه"))]
    assert [(m.start_date, m.precision) for m in found] == [(D(2023, 6, 1), "month"), (D(2023, 6, 20), "day")]
    # 'منه' after a bare number is 'of it', whatever it is: no date.
    assert [m.form for m in grammar.find(normalize_text("وفي يونيو سلم 20 منه"))] == ["shahr"]


def test_plans_are_marked_future():
    assert future_marked(normalize_text("الزيارة المقررة في شتنبر المقبل"))
    assert future_marked(normalize_text("سيزور المدير العام مدريد"))
    assert not future_marked(normalize_text("السياسة الأمنية والسيادة الوطنية"))


def test_focus_year_of_a_review_article():
    assert focus_year(normalize_text("حصيلة سنة 2021: لقاءات الحموشي")) == 2021
    assert focus_year(normalize_text("بين سنة 2015 وسنة 2024")) is None


@pytest.mark.parametrize("text, start", [
    ("في الثالث من كانون الثاني 2024", D(2024, 1, 3)),
    ("في الخامس عشر من شتنبر 2020", D(2020, 9, 15)),
    ("يوم الحادي والعشرين من مارس 2019", D(2019, 3, 21)),
])
def test_ordinal_day_words(grammar, text, start):
    assert resolve(grammar, text).start_date == start


def test_today_and_last_weekday_hang_on_the_article_date(grammar):
    assert resolve(grammar, "استقبل اليوم الجمعة", PUBLISHED).start_date == D(2021, 3, 12)
    assert resolve(grammar, "مساء اليوم", PUBLISHED).start_date == D(2021, 3, 12)
    assert resolve(grammar, "أجرى في وقت لاحق من اليوم مباحثات", PUBLISHED).start_date == D(2021, 3, 12)
    assert resolve(grammar, "يوم الاثنين الماضي", PUBLISHED).start_date == D(2021, 3, 8)
    assert resolve(grammar, "الجمعة الماضي", PUBLISHED).start_date == D(2021, 3, 5)
    upcoming = resolve(grammar, "الثلاثاء المقبل", PUBLISHED)
    assert (upcoming.start_date, upcoming.is_future) == (D(2021, 3, 16), True)


def _sentences_with_dates() -> list[str]:
    """Every sentence of the shipped articles, the generated date cases, and edge cases of the needs."""
    import sys
    from pathlib import Path

    from sdw.extraction.article import extract_article
    from sdw.settings import DEFAULT_SOURCE

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from synthetic_corpus import CorpusBuilder, date_cases

    texts = [s["text"] for path in sorted(DEFAULT_SOURCE.glob("*.txt"))
             for s in extract_article(path.name, path.read_text(encoding="utf-8")).sentences]
    builder = CorpusBuilder(3)
    texts += [line for index in range(40) for line in builder.real_sized_article(index).split("\n")]
    texts += [text for text, _ in date_cases(count=120)]
    return texts + [
        "وصل يوم 5 و6 2022 ثم في 2022/05/12 و12.5.2022", "ولد في 1445 رجب 5 ثم 5 رجب 1445 هـ", "فاتح ماي 2021",
        "الحادي والعشرين من شهر مارس", "في 23 من الشهر الجاري", "منذ 2015 وبين 2016 و2018", "صباح اليوم الخميس",
        "الاثنين الماضي ثم امس ومنذ يومين", "هذه السنة وفي الشهر نفسه وبعد يوم من", "عام2020م و27نونبر2025م",
        "صباح اليوم نفسه وفي نفس اليوم، اليوم الأحد 5 ماي 2024", "في وقت لاحق من اليوم",
    ]


def test_the_needs_of_each_pattern_never_hide_a_date(reference):
    """Skipping a pattern whose needs a text lacks finds exactly what running every pattern finds."""
    grammar = DateGrammar(reference)
    every_pattern = DateGrammar(reference)
    every_pattern._scans_for = lambda text: every_pattern.patterns  # type: ignore[method-assign]
    skipped = 0
    for text in _sentences_with_dates():
        norm = normalize_text(text)
        skipped += len(every_pattern.patterns) - len(grammar._scans_for(norm))
        found, expected = grammar.find(norm), every_pattern.find(norm)
        assert [(m, m.parts) for m in found] == [(m, m.parts) for m in expected], text
    assert skipped > 0


def test_the_year_pattern_searched_from_each_year_finds_what_finditer_finds(reference):
    """find() searches the year pattern only from the run of letters and spaces before each year
    (dates._year_matches): the same matches as running it over the whole text."""
    from sdw.extraction.dates import _year_matches

    pattern = dict(DateGrammar(reference).patterns)["year"]
    texts = [normalize_text(text) for text in _sentences_with_dates()] + [
        "اواخر   سنه 2020 ثم 2021 2022", "مطلع\tعام\n1999", "12020 و20201 و2020", "عام2020 واول2021 وx2019",
        "منتصف سنه 5 2020", "اخر اول نهايه 2024", "سنه سنه 2000", "", "2020", "  2020  ", "بدايه عام 1900"]
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _year_matches(pattern, text)] == expected, text


def test_the_gated_patterns_find_what_the_patterns_find(reference, monkeypatch):
    """Each pattern skips the places where none of its matches can begin (first_chars.gated): the same
    matches and groups as the pattern itself, and the costly day and month patterns are gated."""
    import sdw.extraction.dates as dates

    gated_grammar = DateGrammar(reference)
    monkeypatch.setattr(dates, "gated", lambda pattern: pattern)
    plain = dict(DateGrammar(reference).patterns)
    gated_forms = {form for form, pattern in gated_grammar.patterns if pattern.pattern != plain[form].pattern}
    assert {"day", "month", "shahr", "year"} <= gated_forms
    for text in _sentences_with_dates():
        norm = normalize_text(text)
        for form, pattern in gated_grammar.patterns:
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(norm)] == [
                (m.span(), m.groupdict()) for m in plain[form].finditer(norm)], (form, text)


def test_a_numbered_day_is_that_day_of_the_span_told_before(grammar):
    resolver = DateResolver(grammar, PUBLISHED)
    mentions = [resolver.resolve(m) for m in grammar.find(normalize_text(
        "انعقد الملتقى يومي 3 و4 فبراير 2021 بفاس، وفي اليوم الأول التقى حموشي نظيره، وفي اليوم الموالي وقع اتفاقا"))]
    assert [(m.form, m.start_date) for m in mentions] == [
        ("day_range", D(2021, 2, 3)), ("nth_day", D(2021, 2, 3)), ("next_day", D(2021, 2, 4))]
    resolver = DateResolver(grammar, PUBLISHED)
    last = [resolver.resolve(m) for m in grammar.find(normalize_text(
        "زار مدريد من 10 إلى 12 يناير 2021، وفي اليوم الأخير التقى وزير الداخلية"))]
    assert (last[-1].form, last[-1].start_date) == ("nth_day", D(2021, 1, 12))
    # After a single day there is no span to count in: the day stays unplaced.
    resolver = DateResolver(grammar, PUBLISHED)
    single = normalize_text("حل بالرباط يوم 9 فبراير 2021، وفي اليوم الثاني")
    alone = [resolver.resolve(m) for m in grammar.find(single)]
    assert alone[-1].form == "nth_day" and not alone[-1].resolved


def test_the_same_day_is_not_the_day_a_span_runs_until(grammar):
    resolver = DateResolver(grammar, PUBLISHED)
    told = [resolver.resolve(m) for m in grammar.find(normalize_text(
        "افتتح الندوة يوم الأربعاء 10 مارس 2021، التي تتواصل إلى غاية يوم الجمعة 12 مارس 2021، والتقى في اليوم "
        "ذاته نظيره"))]
    assert (told[-1].form, told[-1].start_date) == ("same_period", D(2021, 3, 10))
