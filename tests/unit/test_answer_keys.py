"""The answer keys under eval/ read as the scorer reads them (yaml.safe_load): every country a two-letter code.

YAML 1.1 reads an unquoted NO (Norway) as false; a key written that way silently matches no Norwegian row.
"""

import re
from pathlib import Path

import pytest
import yaml

_KEYS = sorted((Path(__file__).resolve().parents[2] / "eval").glob("**/gold.yaml"))
_ISO2 = re.compile(r"[A-Z]{2}")


@pytest.mark.parametrize("key", _KEYS, ids=lambda path: path.parent.name)
def test_every_country_in_the_key_is_a_two_letter_code(key):
    answers = yaml.safe_load(key.read_text(encoding="utf-8"))
    countries = [event.get("country") for event in answers.get("events") or []]
    countries += [tally["country"] for tally in answers.get("tallies") or [] if tally.get("country") is not None]
    assert [c for c in countries if not (isinstance(c, str) and _ISO2.fullmatch(c))] == []


def test_the_keys_are_found():
    assert len(_KEYS) > 1
