"""Every pattern the extractor compiles is matched against normalized text (أ/إ/آ -> ا, ؤ -> و, ئ/ى -> ي,
ة -> ه), so a word spelled with those letters in a pattern can never match: 'وسائل إعلام' had to be written
'وسايل اعلام'. This test compiles the extractor, runs it on the seeds and looks at every pattern compiled."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Records every pattern compiled while the extractor is imported and run (some are compiled on first use), then
# prints the words written with a letter normalization folds whose folded spelling the pattern does not also hold.
# Character classes ('[هة]'، 'عل[ىي]') are left out: they list both spellings on purpose.
_PROBE = r'''
import json, re, sys
from pathlib import Path
compiled = set()
compile_pattern = re.compile
def recording_compile(pattern, flags=0):
    if isinstance(pattern, str):
        compiled.add(pattern)
    return compile_pattern(pattern, flags)
re.compile = recording_compile
from sdw.extraction.article import extract_article
from sdw.extraction.normalize import normalize
for path in sorted(Path("seeds").glob("*.txt")):
    extract_article(path.name, path.read_text(encoding="utf-8"))
classes = compile_pattern(r"\[(?:\\.|[^\]\\])*\]")
folded_letters = compile_pattern(r"[^\W\d_]*[أإآؤئىة][^\W\d_]*")
unmatchable = sorted({(word, normalize(word).text, pattern[:100])
                      for pattern in compiled
                      for word in folded_letters.findall(classes.sub(" ", pattern))
                      if normalize(word).text not in pattern})
print(json.dumps({"patterns": len(compiled), "unmatchable": unmatchable}, ensure_ascii=False))
'''


def test_no_pattern_spells_a_word_normalization_folds() -> None:
    probe = subprocess.run([sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
    found = json.loads(probe.stdout.strip().splitlines()[-1])
    assert found["patterns"] > 300  # the probe saw the extractor's patterns, not an empty import
    assert found["unmatchable"] == [], "write these words as normalized text: " + "; ".join(
        f"{word} -> {folded} in {pattern!r}" for word, folded, pattern in found["unmatchable"])
