import pytest

from sdw.extraction.normalize import is_boilerplate_line, normalize, normalize_part, normalize_text


def test_letter_forms_fold_to_one_spelling():
    assert normalize_text("أإآٱ") == "اااا"
    assert normalize_text("مدينة") == "مدينه"          # teh marbuta
    assert normalize_text("ملتقى") == "ملتقي"          # alef maqsura
    assert normalize_text("مؤتمر رئيس") == "موتمر رييس"  # hamza on waw and yeh


def test_diacritics_tatweel_and_invisible_marks_are_dropped():
    assert normalize_text("قَيَّمَ") == "قيم"
    assert normalize_text("بـ 17") == "ب 17"
    assert normalize_text("الرباط\u200f\u200e\u202b") == "الرباط"
    assert normalize_text("لقاء\u200bات") == "لقاءات"


def test_arabic_indic_and_persian_digits_become_ascii():
    assert normalize_text("١٣ و١٤ يونيو ٢٠٢٢") == "13 و14 يونيو 2022"
    assert normalize_text("۲۰۲۳") == "2023"


def test_presentation_forms_fold_and_latin_is_lowercased():
    assert normalize_text("ﺑ") == "ب"
    assert normalize_text("FBI BfV") == "fbi bfv"


def test_offsets_point_back_into_the_original_text():
    original = "زيارةٌ إلى الرباط"
    norm = normalize(original)
    start = norm.text.index("الرباط")
    a, b = norm.original_span(start, start + len("الرباط"))
    assert original[a:b] == "الرباط"


def test_a_year_spelled_out_after_a_month_or_year_word_reads_as_digits():
    original = "الاثنين الثالث من مارس ألفين وسبعة عشر، وفي سنة ألفين وإحدى وعشرين"
    norm = normalize(original)
    assert norm.text == "الاثنين الثالث من مارس 2017، وفي سنه 2021"
    start = norm.text.index("2017")
    a, b = norm.original_span(start, start + 4)
    assert original[a:b] == "ألفين وسبعة عشر"  # evidence still quotes the words
    part_start = original.index("وفي")
    assert normalize_part(norm, original, part_start, len(original)).text == "وفي سنه 2021"
    # Not a count of men, nor a year no month or year word brings in.
    assert normalize_text("نشر ألفين وخمسين شرطيا") == "نشر الفين وخمسين شرطيا"


def test_site_furniture_lines_are_boilerplate():
    for line in [
        "رابط مختصر",
        "اترك تعليقا",
        "اقرأ أيضا: الحموشي يستقبل",
        "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك",
        "شارك هذا المقال",
        "De // NaBae 24",
        "https://example.org/x",
    ]:
        assert is_boilerplate_line(normalize_text(line)), line
    assert not is_boilerplate_line(normalize_text("استقبل الحموشي بالرباط نظيره الإسباني."))


def test_a_sentence_starting_with_took_part_is_prose_not_a_share_button():
    line = normalize_text(
        "شارك المدير العام في أشغال الدورة 92 للجمعية العامة للأنتربول المنعقدة بفيينا من 28 إلى 30 نونبر 2023."
    )
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "استقبل الحموشي، يوم الأربعاء 10 غشت 2022، وفدا أمنيا. وتباحث الطرفان",
    "الحموشـــي يُجري مباحثات\u200f مع نظيره. ﻻ بد من ﷲ ثم ＦＢＩ هنا.",  # tatweel, harakat, marks, compatibility forms
    "ΟΔΥΣΣΕΥΣ. وصل إلى ΑΘΗΝΑΣ! İstanbul ثم ΣΑΣ.",  # capital sigma and dotted capital I lowercase by context
    "", "   ", "a\u00a0b\tc",
])
def test_a_part_of_a_normalized_line_is_the_part_normalized_alone(line):
    whole = normalize(line)
    for start in range(len(line) + 1):
        for end in range(start, len(line) + 1, 3):
            assert normalize_part(whole, line, start, end) == normalize(line[start:end]), (start, end)


def test_folding_character_by_character_is_translate():
    """normalize replaces the folded characters one after another: that is str.translate only while no
    replacement holds a character that is itself folded."""
    from sdw.extraction import normalize as module

    assert not any(char in module._FOLD for replacement in module._FOLD.values() for char in replacement)
    every = "".join(module._FOLD)
    for text in (every, every[::-1], "قَيَّمَ الـمؤتمرُ «الدولي» في ١٢ مايو Rabat\u200f", "plain ascii", ""):
        assert module._translate(text) == text.translate(module._TABLE)
