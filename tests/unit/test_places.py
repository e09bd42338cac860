import pytest

from sdw.extraction.normalize import normalize_text
from sdw.extraction.places import find_places, resolve_ambiguous


def codes(text, reference):
    mentions = [m for m in find_places(normalize_text(text), reference) if not m.is_actor_word]
    resolved = resolve_ambiguous(mentions)
    return [resolved.get(i, m.iso2) if m.alias.kind == "ambiguous" else (m.iso2 or m.alias.region)
            for i, m in enumerate(mentions)]


@pytest.mark.parametrize("text, expected", [
    ("نظيره الإيطالي", ["IT"]),                       # demonym, masculine
    ("الشرطة البلجيكية", ["BE"]),                     # feminine
    ("المسؤولين البرتغاليين", ["PT"]),                # sound plural
    ("نظرائه الإسبان", ["ES"]),                       # broken plural
    ("وبالعاصمة القطرية الدوحة", ["QA", "QA"]),
    ("توجه إلى واشنطن ثم نيويورك", ["US", "US"]),     # capital and city
    ("مدير مكتب التحقيقات الفيدرالي (FBI)", ["US", "US"]),  # agency in Arabic and Latin
    ("رئيس المكتب الاتحادي للشرطة الجنائية", ["DE"]),
    ("وفد عن سكوتلاند يارد", ["GB"]),
    ("مع كاش باتيل", ["US"]),                           # known official
    ("ونمسا وهولندا", ["AT", "NL"]),                   # conjunction glued, no article
    ("لإسبانيا وللبرتغال", ["ES", "PT"]),
    ("المملكة المتحدة والمملكة العربية السعودية", ["GB", "SA"]),  # longest alias wins over المملكة
    ("دول الخليج العربي", ["Gulf"]),
    # Adjectives the press uses that are no nisba of the country's CLDR name.
    ("الرئيس الإيفواري بالعاصمة أبيذجان", ["CI", "CI"]),
    ("نظيره البولوني", ["PL"]),
    ("الشرطة الهنغارية", ["HU"]),
    ("المسؤولين البوركينابيين", ["BF"]),
])
def test_names_demonyms_capitals_agencies_officials(reference, text, expected):
    assert codes(text, reference) == expected


def test_morocco_names_place_events_at_home(reference):
    mentions = find_places(normalize_text("استقبل بتمارة ثم بالرباط وفدا زار المملكة"), reference)
    assert [m.is_home for m in mentions] == [True, True, True]


def test_financial_is_not_mali(reference):
    assert codes("الأمن المالي والجرائم المالية", reference) == []
    assert codes("زار جمهورية مالي", reference) == ["ML"]


def test_floods_are_not_seoul(reference):
    assert codes("تفقد الأحياء المتضررة من السيول", reference) == []
    assert codes("حل بسيول", reference) == ["KR"]


def test_congo_defaults_to_brazzaville_unless_the_article_names_kinshasa(reference):
    assert codes("مسؤولو الكونغو", reference) == ["CG"]
    assert codes("زار كينشاسا والتقى مسؤولي الكونغو", reference) == ["CD", "CD"]


def test_islamic_republic_needs_the_article_to_say_which(reference):
    assert codes("المدير العام بالجمهورية الإسلامية", reference) == [None]
    assert codes("وفد من موريتانيا ومدير الأمن بالجمهورية الإسلامية", reference) == ["MR", "MR"]
    assert codes("سفير إيران ووزير داخلية الجمهورية الإسلامية", reference) == ["IR", "IR"]


def test_demonyms_by_the_nisba_rule_cover_countries_the_reviewed_aliases_do_not(reference):
    for phrase, iso2 in [("الشرطة الفنلندية", "FI"), ("نظيره الكيني", "KE"), ("المسؤولين التشاديين", "TD"),
                         ("السلطات السويدية", "SE")]:
        found = [m for m in find_places(normalize_text(phrase), reference) if m.alias.kind == "demonym"]
        assert [m.iso2 for m in found] == [iso2], phrase
