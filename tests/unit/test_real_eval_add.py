"""`scripts/real_eval.py add`: folding a labelled batch into the real-news set, on invented YAML."""
import importlib.util
from pathlib import Path

import pytest
import yaml

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "real_eval.py"
spec = importlib.util.spec_from_file_location("real_eval", SCRIPT)
real_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(real_eval)


def event(eid, articles, country="ES"):
    return {"id": eid, "articles": articles, "start": "2020-01-01", "end": "2020-01-01", "precision": "day",
            "country": country, "direction": "hosted", "type": "meeting", "counterpart": "someone",
            "evidence": "invented"}


def source(name, url):
    return {"file": name, "url": url, "outlet": name.split("_")[0], "published": None,
            "published_from": None, "query": "q"}


@pytest.fixture
def committed(tmp_path):
    """A set of four pages: a (dev) and b (test) report nothing shared; c (dev) and d (dev) share e1."""
    sources = [dict(source("a_1.txt", "https://a.example/1"), split="dev"),
               dict(source("b_1.txt", "https://b.example/1"), split="test"),
               dict(source("c_1.txt", "https://c.example/1"), split="dev"),
               dict(source("d_1.txt", "https://d.example/1"), split="dev")]
    gold = {"articles": {s["file"]: {"published": None, "kind": "single_event", "note": "n"} for s in sources},
            "events": [event("e1", ["c_1.txt", "d_1.txt"]), event("e2", ["b_1.txt"], "FR")],
            "tallies": [{"article": "a_1.txt", "scope": "total", "count": 3}]}
    src, gld = tmp_path / "sources.yaml", tmp_path / "gold.yaml"
    src.write_text(yaml.safe_dump({"sources": sources}), encoding="utf-8")
    gld.write_text(yaml.safe_dump(gold), encoding="utf-8")
    return src, gld


def write_part(tmp_path, **data):
    part = tmp_path / "part.yaml"
    part.write_text(yaml.safe_dump(data), encoding="utf-8")
    return part


def new_pages(*names):
    return {"sources": [source(n, f"https://new.example/{n}") for n in names],
            "articles": {n: {"published": None, "kind": "single_event", "note": "n"} for n in names}}


def test_existing_splits_stay_and_linked_pages_follow_them(tmp_path, committed):
    src, gld = committed
    before = {s["file"]: s["split"] for s in yaml.safe_load(src.read_text())["sources"]}
    pages = new_pages("x_1.txt", "x_2.txt", "y_1.txt", *(f"n{i}_1.txt" for i in range(9)))
    part = write_part(tmp_path, **pages, extend={"e2": ["x_1.txt", "x_2.txt"]},
                      events=[event("n-e1", ["y_1.txt", "c_1.txt"], "DE")],
                      tallies=[{"article": "y_1.txt", "scope": "total", "count": 5}])
    split = real_eval.add(part, src, gld)
    after = {s["file"]: s["split"] for s in yaml.safe_load(src.read_text())["sources"]}
    assert {f: after[f] for f in before} == before
    assert split["x_1.txt"] == split["x_2.txt"] == "test" and split["y_1.txt"] == "dev"
    fresh = [f for f in split if f.startswith("n")]
    assert 1 <= sum(split[f] == "test" for f in fresh) <= 3  # about a third of the 12 new pages in all
    gold = yaml.safe_load(gld.read_text())
    assert next(e for e in gold["events"] if e["id"] == "e2")["articles"] == ["b_1.txt", "x_1.txt", "x_2.txt"]
    assert [e["id"] for e in gold["events"]] == ["e1", "e2", "n-e1"]
    assert len(gold["tallies"]) == 2 and set(gold["articles"]) == set(after)


def test_adding_is_deterministic(tmp_path, committed):
    src, gld = committed
    part = write_part(tmp_path, **new_pages(*(f"n{i}_1.txt" for i in range(6))))
    first = real_eval.add(part, src, gld)
    src2, gld2 = tmp_path / "s2.yaml", tmp_path / "g2.yaml"
    src2.write_text(yaml.safe_dump({"sources": [s for s in yaml.safe_load(src.read_text())["sources"]
                                                if s["file"] not in first]}), encoding="utf-8")
    gold = yaml.safe_load(gld.read_text())
    gold["articles"] = {k: v for k, v in gold["articles"].items() if k not in first}
    gld2.write_text(yaml.safe_dump(gold), encoding="utf-8")
    assert real_eval.add(part, src2, gld2) == first


@pytest.mark.parametrize("data, message", [
    ({"sources": [source("z_1.txt", "http://WWW.A.example/1/")],
      "articles": {"z_1.txt": {"published": None}}}, "URL already in the set"),
    ({**new_pages("z_1.txt"), "events": [event("n1", ["z_1.txt", "ghost_1.txt"])]}, "without a source row"),
    ({**new_pages("z_1.txt"), "extend": {"e1": ["ghost_1.txt"]}}, "without a source row"),
    ({**new_pages("z_1.txt"), "events": [event("e1", ["z_1.txt"])]}, "already exist"),
    ({**new_pages("z_1.txt"), "extend": {"nope": ["z_1.txt"]}}, "not in gold.yaml"),
    ({**new_pages("z_1.txt"), "events": [event("n1", ["z_1.txt", "a_1.txt", "b_1.txt"])]}, "join dev and test"),
])
def test_refusals_leave_the_files_unchanged(tmp_path, committed, data, message):
    src, gld = committed
    before = src.read_text(), gld.read_text()
    with pytest.raises(SystemExit, match=message):
        real_eval.add(write_part(tmp_path, **data), src, gld)
    assert (src.read_text(), gld.read_text()) == before
