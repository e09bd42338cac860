"""Numbered sessions of international bodies' meetings (organization_sessions.csv) date and place reports."""
import datetime as dt

from sdw.extraction.article import extract_article
from sdw.extraction.normalize import normalize_text
from sdw.extraction.places import find_places, tokenize
from sdw.extraction.reference import default_reference
from sdw.extraction.sessions import find_session, ordinal_at


def events(body, published=None):
    article = extract_article("sessions-test", f"الحموشي والأنتربول\n{body}", published)
    return [c for c in article.event_candidates if c["is_event"]], article.event_candidates


def test_session_numbers_in_digits_and_in_words():
    for spelled, number in [("ال92", 92), ("ال 93", 93), ("الثانيه والتسعين", 92), ("الحاديه والخمسين", 51),
                            ("السابع والاربعين", 47), ("الحادي عشر", 11), ("الاولي", 1), ("التسعين", 90)]:
        assert ordinal_at(spelled.split(), 0) == number, spelled
    assert ordinal_at(["المقبله"], 0) is None


def test_a_session_is_found_only_near_its_body():
    reference = default_reference()
    text = normalize_text("شارك في الدورة الحادية والتسعين للجمعية العامة للمنظمة الدولية للشرطة الجنائية")
    tokens = tokenize(text)
    session = find_session(tokens, find_places(text, reference, tokens), reference)
    assert session is not None and (session.start, session.host_iso2) == (dt.date(2023, 11, 28), "AT")
    text = normalize_text("شارك في الدورة الحادية والتسعين لمجلس الجامعة")  # no body named: no session
    tokens = tokenize(text)
    assert find_session(tokens, find_places(text, reference, tokens), reference) is None


def test_the_session_gives_the_year_a_page_without_a_date_leaves_out():
    [assembly], _ = events("ترأس عبد اللطيف حموشي الوفد المغربي في الدورة الثانية والتسعين للجمعية العامة "
                           "للأنتربول، المنعقدة من 4 إلى 7 نونبر الجاري.")
    assert (assembly["country_iso2"], assembly["start_date"], assembly["end_date"]) == (
        "GB", dt.date(2024, 11, 4), dt.date(2024, 11, 7))


def test_a_session_with_no_date_dates_its_own_days_and_a_signing_on_its_sidelines_by_the_weekday():
    [assembly], _ = events("شارك عبد اللطيف حموشي في أشغال الدورة ال91 للجمعية العامة للأنتربول.")
    assert (assembly["country_iso2"], assembly["direction"], assembly["start_date"], assembly["end_date"]) == (
        "AT", "abroad", dt.date(2023, 11, 28), dt.date(2023, 12, 1))
    [signing], _ = events("وقع عبد اللطيف حموشي اليوم الاثنين مذكرة تفاهم مع المفوض العام للشرطة الفيدرالية الإثيوبية "
                          "على هامش الدورة 93 للجمعية العامة للأنتربول.")
    assert (signing["country_iso2"], signing["meeting_type"], signing["start_date"], signing["end_date"]) == (
        "ET", "agreement", dt.date(2025, 11, 24), dt.date(2025, 11, 24))


def test_a_session_to_come_stays_a_plan():
    accepted, candidates = events(
        "وأشاد السفير بالتعاون مع المديرية العامة للأمن الوطني في أفق الدورة الثالثة والتسعين للجمعية العامة "
        "للأنتربول، التي من المقرر أن تحتضنها مراكش من 24 إلى 27 نونبر الجاري.")
    assert accepted == []
    assert [c["reject_reason"] for c in candidates if c["meeting_type"] == "conference"] == ["planned_or_future"]


def test_an_honour_at_the_interior_ministers_council_takes_the_councils_session():
    [honour], _ = events("وحظي عبد اللطيف حموشي بتكريم رفيع خلال الدورة الثانية والأربعين لمجلس وزراء الداخلية العرب، "
                         "حيث منح وسام الأمير نايف للأمن العربي.")
    assert (honour["meeting_type"], honour["country_iso2"], honour["organization_code"], honour["start_date"]) == (
        "honor", "TN", "AIMC", dt.date(2025, 2, 16))


def test_a_national_bodys_international_meeting_by_its_qualified_number():
    [meeting], _ = events("قام عبد اللطيف حموشي بزيارة عمل إلى موسكو، لتمثيل المملكة في الاجتماع الدولي الثالث عشر "
                          "لكبار المسؤولين المكلفين بقضايا الأمن والاستخبارات، المنعقد بمبادرة من مجلس الأمن القومي "
                          "الروسي.")
    assert (meeting["country_iso2"], meeting["start_date"], meeting["end_date"]) == (
        "RU", dt.date(2025, 5, 27), dt.date(2025, 5, 29))
    [honour], _ = events("وحظي عبد اللطيف حموشي بتكريم خلال الدورة العادية الثانية والأربعين لمجلس وزراء "
                         "الداخلية العرب.")
    assert (honour["country_iso2"], honour["start_date"]) == ("TN", dt.date(2025, 2, 16))


def test_a_session_on_the_agenda_or_being_prepared_is_no_engagement():
    for said, reason in [("وتطرق الطرفان إلى القضايا المدرجة في جدول أعمال الدورة الثالثة والتسعين للجمعية العامة "
                          "للأنتربول بمراكش.", None),
                         ("وأشاد الضيف بالتنسيق في أفق الدورة الثالثة والتسعين للجمعية العامة للأنتربول، التي تستعد "
                          "مراكش لاحتضانها.", "planned_or_future"),
                         ("وتناول اللقاء المواعيد الدولية، ومنها الدورة الثالثة والتسعين للجمعية العامة للأنتربول "
                          "التي ستحتضنها مراكش.", "planned_or_future")]:
        accepted, candidates = events(said)
        assert accepted == [], said
        # A session on the agenda is no engagement word at all; one prepared for is a plan.
        expected = [reason] if reason else []
        assert [c["reject_reason"] for c in candidates if c["meeting_type"] == "conference"] == expected, said


def test_the_arab_police_chiefs_conference_by_its_number_and_its_leaders_name():
    [conference], _ = events("افتتح المدير العام للأمن الوطني عبد اللطيف حموشي، صباح اليوم الأربعاء بمدينة طنجة، "
                             "فعاليات المؤتمر 47 لقادة الشرطة والأمن العرب.")
    assert (conference["country_iso2"], conference["organization_code"], conference["start_date"],
            conference["end_date"]) == ("MA", "AIMC", dt.date(2023, 12, 6), dt.date(2023, 12, 7))


def test_the_police_chiefs_conference_and_the_councils_session_are_numbered_apart():
    reference = default_reference()

    def session_of(sentence):
        text = normalize_text(sentence)
        tokens = tokenize(text)
        return find_session(tokens, find_places(text, reference, tokens), reference)
    assert session_of("شارك في المؤتمر الثاني والأربعين لقادة الشرطة والأمن العرب بتونس") is None
    council = session_of("شارك في الدورة الثانية والأربعين لمجلس وزراء الداخلية العرب بتونس")
    assert council is not None and (council.start, council.host_iso2) == (dt.date(2025, 2, 16), "TN")
    conference = session_of("ترأس المؤتمر السابع والأربعين لقادة الشرطة والأمن العرب")
    assert conference is not None and conference.start == dt.date(2023, 12, 6)
