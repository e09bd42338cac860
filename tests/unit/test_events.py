import datetime as dt

import pytest


def only(events):
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize(
    "sentence, country, kind, direction",
    [
        (
            "استقبل المدير العام للأمن الوطني، يوم 14 شتنبر 2021 بالرباط، نظيره الإيطالي.",
            "IT",
            "hosted_visit",
            "hosted",
        ),
        ("حل الحموشي يوم 3 نونبر 2021 بالعاصمة التركية أنقرة في زيارة عمل.", "TR", "visit_abroad", "abroad"),
        (
            "قام رئيس الشرطة الفيدرالية البلجيكية بزيارة عمل إلى المغرب يوم 2 دجنبر 2021، حيث استقبله الحموشي.",
            "BE",
            "hosted_visit",
            "hosted",
        ),
        (
            "توجه الحموشي يوم 5 أكتوبر 2021 صوب العاصمة الهندية نيودلهي للمشاركة في الجمعية العامة للأنتربول.",
            "IN",
            "conference",
            "abroad",
        ),
        ("وقع الحموشي يوم 22 يونيو 2021 مذكرة تفاهم مع نظيره الإماراتي.", "AE", "agreement", "unknown"),
        ("في 11 مارس 2021 وشح العاهل البلجيكي الحموشي بوسام رفيع.", "BE", "honor", "unknown"),
        ("وخلال زيارته لباريس يوم 7 يوليوز 2021، وقع الجانبان اتفاقية للتعاون.", "FR", "visit_abroad", "abroad"),
        (
            "التقى الحموشي بمقر المديرية في تمارة، يوم 19 ماي 2021، مدير المخابرات الأردنية.",
            "JO",
            "hosted_visit",
            "hosted",
        ),
    ],
)
def test_type_direction_and_country_of_one_engagement(events_of, sentence, country, kind, direction):
    event = only(events_of(sentence))
    assert (event["country_iso2"], event["meeting_type"], event["direction"]) == (country, kind, direction)


def test_one_sentence_two_engagements_each_with_its_own_date(events_of):
    events = events_of(
        "وفي 9 فبراير 2021 اجتمع الحموشي بالرباط مع مدير المخابرات السعودية، لتقييم نتائج الزيارة التي قام بها "
        "إلى الرياض يومي 3 و4 نونبر 2020 والتي التقى خلالها بكبار المسؤولين السعوديين.")
    assert [(e["start_date"], e["end_date"], e["direction"]) for e in events] == [
        (dt.date(2021, 2, 9), dt.date(2021, 2, 9), "hosted"),
        (dt.date(2020, 11, 3), dt.date(2020, 11, 4), "abroad")]


def test_plans_and_future_events_are_not_events(events_of):
    assert events_of("ومن المقرر أن يزور الحموشي مدريد في أكتوبر المقبل.", published=dt.date(2021, 6, 1)) == []
    assert events_of("سيعقد الحموشي لقاء مع نظيره الفرنسي يوم 3 يوليوز 2021.", published=dt.date(2021, 6, 1)) == []


def test_an_event_after_the_article_date_is_rejected(events_of):
    assert events_of("استقبل الحموشي نظيره الألماني يوم 3 يوليوز 2021 بالرباط.", published=dt.date(2021, 6, 1)) == []


def test_deployments_and_named_event_years_are_not_engagements(events_of):
    body = "ساهم المغرب في تأمين مونديال 2022 بقطر عبر نشر 5000 شرطي."
    assert events_of(body) == []


def test_photo_captions_are_not_events(events_of):
    assert events_of("الحموشي يستقبل مدير الاستخبارات الإيطالية بالرباط 2021") == []


def test_tally_sentences_are_claims_not_events(events_of):
    assert events_of("وعقد الحموشي سنة 2021 ما مجموعه 12 لقاء مع مسؤولين أمريكيين.") == []


def test_morocco_is_never_the_counterpart(events_of):
    assert events_of("استقبل الحموشي يوم 3 مارس 2021 بالرباط مسؤولين مغاربة.") == []


def test_undated_list_in_a_review_of_one_year(events_of):
    body = ("وعقد الحموشي جلسات عمل مع مسؤولين أمنيين من قبيل: مدير الشرطة بالسنغال، "
            "ورئيس جهاز المخابرات الأردنية، إضافة إلى لقاء مع المسؤولين الأمنيين بكندا.")
    events = events_of(body, title="حصيلة سنة 2021 في التعاون الأمني")
    assert sorted((e["country_iso2"], e["date_precision"], e["start_date"]) for e in events) == [
        ("CA", "year", dt.date(2021, 1, 1)), ("JO", "year", dt.date(2021, 1, 1)), ("SN", "year", dt.date(2021, 1, 1))]
    assert events_of(body) == []  # without a year under review, an undated list is not dated


def test_a_repeated_mention_is_one_candidate_but_a_second_meeting_is_new(events_of):
    repeated = ("استقبل الحموشي يوم 4 مارس 2021 بالرباط نظيره المصري.\n"
                "وكان لقاء 4 مارس 2021 مع نظيره المصري فرصة لتعزيز التعاون.")
    first = (dt.date(2021, 3, 4), "EG")
    assert [(e["start_date"], e["country_iso2"]) for e in events_of(repeated)] == [first]
    second = repeated + "\nواستقبل الحموشي يوم 9 مارس 2021 بالرباط نظيره الإسباني."
    assert [(e["start_date"], e["country_iso2"]) for e in events_of(second)] == [first, (dt.date(2021, 3, 9), "ES")]


def test_evidence_spans_point_at_the_supporting_words():
    from sdw.extraction.article import extract_article

    content = "عنوان\nفي ديباجة الخبر.\nاستقبل الحموشي يوم 4 مارس 2021 بالرباط نظيره المصري."
    event = next(c for c in extract_article("a", content).event_candidates if c["is_event"])
    assert content[event["char_start"]:event["char_end"]].startswith("استقبل")
    assert "4 مارس 2021" in event["evidence_text"]


def test_triggers_tried_only_where_one_may_start_are_every_trigger():
    """tried_triggers runs its pattern only at words that are clitics and a trigger's first word: it
    finds exactly what the pattern finds run over the whole text."""
    import sys
    from pathlib import Path

    from sdw.extraction import events
    from sdw.extraction.normalize import normalize_text
    from sdw.settings import DEFAULT_SOURCE

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from synthetic_corpus import CorpusBuilder

    builder = CorpusBuilder(9)
    texts = [line for path in sorted(DEFAULT_SOURCE.glob("*.txt")) for line in path.read_text().split("\n")]
    texts += [line for index in range(40) for line in builder.real_sized_article(index).split("\n")]
    texts += ["وفي جلسة عمل وجلسات عمل ومذكرة تفاهم", "بالصليب الأكبر ووسام الاستحقاق",
              "للاجتماعات الدولية الجمعية العامة", "وزارة الداخلية زارته",
              "فالبحث والبحث بحث", "10 لقاءات ولقاءين", "زيارةزيارة", "استقبل_ استقبل1 ـاستقبل"]
    found = 0
    for text in map(normalize_text, texts):
        # (Less the words tried_triggers drops by what follows them, 'الحضور المغربي' is a presence, and the
        # past-tense verbs with the article or a preposition, which are nouns: 'التوجه الإفريقي'، 'لبحث'.)
        expected = [(m.start(), m.end(), m.group()) for m in events._TRIGGER_RE.finditer(text)
                    if m.group() not in events._NOT_TRIGGERS and m.group()[1:] not in events._NOT_TRIGGERS
                    and not (m.group("word") == "حضور" and events._NATION_AFTER.match(text, m.end()))
                    and not (m.group("word") in events._VERBS and events._NOUN_CLITICS.fullmatch(m.group("clitics"))
                             and m.group("word") not in events._PRESENT_TENSE)]
        assert [(t.start, t.end, text[t.start:t.end]) for t in events.tried_triggers(text)] == expected, text
        found += len(expected)
    assert found > 100


def test_a_past_tense_verb_with_a_preposition_is_a_noun():
    from sdw.extraction.events import find_triggers
    from sdw.extraction.normalize import normalize_text

    text = normalize_text("عقد الوفد اجتماعات لبحث برامج الدعم وبحل الأزمة، ثم توجه إلى مدريد ليلتقي نظيره")
    assert [text[t.start:t.end] for t in find_triggers(text)] == ["اجتماعات", "توجه", "ليلتقي"]



def test_the_conference_hall_is_a_building_not_a_gathering():
    from sdw.extraction.events import find_triggers
    from sdw.extraction.normalize import normalize_text

    for text in ("انتشار أمني كثيف حول قصر المؤتمرات والفنادق", "في القاعة الكبرى بمركز المؤتمرات"):
        assert [t.kind for t in find_triggers(normalize_text(text))] == []
    assert [t.kind for t in find_triggers(normalize_text("افتتح المؤتمر الدولي"))] == ["conference"]
