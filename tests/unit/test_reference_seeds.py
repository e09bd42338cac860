"""Facts the extractor and the SQL both read from the seeds, and the date handler table."""
from sdw.extraction import events, places, tallies
from sdw.extraction.dates import WEEKDAYS, DateGrammar, DateResolver
from sdw.extraction.normalize import normalize_text
from sdw.extraction.reference import approximation_words, home_country, lexicon_key, meeting_types


def test_every_form_the_grammar_finds_has_a_resolver(reference):
    forms = {form for form, _ in DateGrammar(reference).patterns}
    assert forms == set(DateResolver.HANDLERS)


def test_the_home_country_is_the_one_the_alias_seed_marks_home():
    assert home_country() == places.HOME == "MA"


def test_weekdays_come_from_the_seed_monday_first():
    assert WEEKDAYS[normalize_text("الاثنين")] == 0 and WEEKDAYS[normalize_text("الأحد")] == 6
    assert sorted(WEEKDAYS.values()) == list(range(7))


def test_meeting_types_rank_the_trigger_kinds_and_a_visit_is_a_visit_either_way():
    assert [t.name for t in meeting_types()][:2] == ["honor", "conference"]
    assert events.type_rank("hosted_visit") == events.type_rank("visit_abroad") < events.type_rank("agreement")
    assert events.type_rank("meeting") == len(events._PRIORITY) - 1


def test_one_list_of_approximation_words_serves_counts_and_spans(reference):
    assert "ما يقارب" in approximation_words() and "ازيد من" in approximation_words()
    claims = tallies.find_tallies(normalize_text("عقد ما يقارب 12 لقاء"), [])
    assert [(c.reported_count, c.is_approximate) for c in claims] == [(12, True)]
    mention = DateGrammar(reference).find(normalize_text("منذ ما يقارب أسبوع"))[0]
    assert mention.form == "ago" and mention.parts.get("approx")


def test_a_bare_alias_matches_only_without_the_article(reference):
    assert reference.aliases[lexicon_key("مالي")].bare_only


def test_a_vocalized_spelling_names_one_country_of_an_ambiguous_name(reference):
    assert dict(reference.aliases[lexicon_key("عمان")].vocalized) == {"عمّان": "JO", "عُمان": "OM"}
