"""Each extracted row shape is defined once (sdw.extraction.rows): the DDL and the rows follow it."""
import duckdb
import pytest

from sdw.extraction import rows
from sdw.extraction.article import extract_article
from sdw.extraction.rows import EXTRACTED_TABLES
from sdw.warehouse import ensure_schema


def test_the_extracted_tables_have_the_shapes_columns():
    con = duckdb.connect()
    ensure_schema(con)
    for table, shape in rows.SHAPES.items():
        found = [c[0] for c in con.execute(f"describe extracted.{table}").fetchall()]
        assert found == list(shape.__annotations__), table


def test_the_extractor_writes_rows_of_those_shapes():
    extraction = extract_article("a", "الحموشي يعزز التعاون\nاستقبل الحموشي يوم 4 مارس 2021 بالرباط نظيره المصري.\n"
                                      "وعقد حموشي ما مجموعه 48 لقاء مع مسؤولين أجانب.")
    for table in EXTRACTED_TABLES:
        assert getattr(extraction, table), table
        rows.check_rows(table, getattr(extraction, table))


def test_a_row_that_does_not_match_its_shape_is_refused():
    sentence = {"article_id": "a", "sentence_index": 0, "line_index": 0, "char_start": 0, "char_end": 1,
                "line_kind": "prose", "text": "x"}
    rows.check_rows("sentences", [sentence])
    with pytest.raises(ValueError, match=r"missing \['text'\], unexpected \['txt'\]"):
        rows.check_rows("sentences", [{**{k: v for k, v in sentence.items() if k != "text"}, "txt": "x"}])
