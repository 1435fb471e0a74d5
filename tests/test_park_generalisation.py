"""Park lexicon entries that one dev report alone supported are gone (docs/checks/parks-generalisation-parks14.md,
``scripts/park_ablation.py``): an 产业基地 is a city's role as often as a park, left to the project heads; 设立
is no context cue of a park's status. Short forms and the heads of a jurisdiction's own parks come from
grammar (``park_forms.py``, ``park_shape.own_heads``), not one entry each. On real dev report text."""
from __future__ import annotations

import pytest

from policykg.extract.candidates import park_candidates
from policykg.extract.decide import features, grammar_candidates, name_counter
from policykg.extract.grammar import lexicon, parks_raw
from policykg.extract.park_forms import park_suffixes
from policykg.extract.park_shape import own_heads

from entity_helpers import tok_sentence

pytestmark = pytest.mark.unit

BASE = "建设西部科技影视城和两江影视（微短剧）产业基地"                                         # chongqing-2026
SET_UP = "设立中国—东盟产业合作区协同发展区，沿边临港产业园区工业投资增长11.7%"                  # guangxi-2026
ZERO = "银川苏银产业园、中卫工业园入选首批国家级零碳园区建设名单"                             # ningxia-2026
AIRPORT = "加快空港物流园前期工作，推进航空国际物流业务开展"                                   # hailaer-2013
ENERGY = "规划好能源矿产品物流园区，完成园区选址"                                               # hailaer-2013


def _sentence(text: str, place: str):
    return tok_sentence(text, place)


def test_an_industrial_base_is_no_park_suffix():
    assert "产业基地" not in {s["suffix"] for s in parks_raw()["suffixes"]}
    st, surfaces = _sentence(BASE, "重庆市")
    assert [c.name for c in park_candidates(st, surfaces)[0]] == []


def test_set_up_is_no_status_cue_of_the_park_decision():
    st, surfaces = _sentence(SET_UP, "广西壮族自治区")
    cands = [c for c in grammar_candidates(st, park_candidates(st, surfaces)[0], surfaces) if c.kind == "Park"]
    assert cands                                                    # the sentence has park candidates
    assert not any("Park:status_before" in features(c, surfaces, set(), name_counter([st.s])) for c in cands)


def test_a_short_form_is_derived_from_its_full_suffix():
    raw = {"suffixes": [{"suffix": "物流园区", "kind": "k"}, {"suffix": "示范园区", "kind": "d"},
                        {"suffix": "示范园", "kind": "d"}, {"suffix": "园区", "kind": "k"}],
           "short_forms": {"园区": ["园"]}}
    assert [(s["suffix"], s["kind"]) for s in park_suffixes(raw)] == [
        ("物流园区", "k"), ("物流园", "k"), ("示范园区", "d"), ("示范园", "d"), ("园区", "k")]
    assert park_suffixes({**raw, "short_forms": {}}) == raw["suffixes"]


def test_a_short_form_no_entry_lists_still_ends_a_park():
    assert "工业园" not in {s["suffix"] for s in parks_raw()["suffixes"]}
    assert "工业园" in {s["suffix"] for s in lexicon().park_suffixes}
    st, surfaces = _sentence(ZERO, "宁夏回族自治区")
    assert {"银川苏银产业园", "中卫工业园"} <= {c.name for c in park_candidates(st, surfaces)[0]}


def _district(text: str):
    return tok_sentence(text, "海拉尔区", ["呼伦贝尔市", "内蒙古自治区"], year=2013)


def test_a_district_names_its_own_industrial_parks_by_function_alone():
    assert own_heads() >= {"物流园区", "物流园", "工业园"} and "园区" not in own_heads()
    for text, name in ((AIRPORT, "空港物流园"), (ENERGY, "能源矿产品物流园区")):
        st, surfaces = _district(text)
        assert name in [c.name for c in park_candidates(st, surfaces)[0]]
        st, surfaces = _sentence(text, "内蒙古自治区")          # a province names its parks' places
        assert name not in [c.name for c in park_candidates(st, surfaces)[0]]


def test_a_held_out_family_leaves_each_of_its_reports_use_out_of_the_word_counts():
    """scripts/loro_fast.py --group: the word counts a held-out family sees leave out every one of its reports'
    use (a mapping word → reports), one report's a set."""
    from policykg.extract.specificity import leaving_out, report_words, reports_using
    words = report_words()
    n = words["产业园"]
    with leaving_out(frozenset({"产业园"})):
        assert reports_using(words, "产业园") == n - 1
    with leaving_out({"产业园": 3}):
        assert reports_using(words, "产业园") == n - 3
    with leaving_out({"产业园": n + 5}):
        assert reports_using(words, "产业园") == 0
    assert reports_using(words, "产业园") == n


def test_unseen_training_keeps_a_familys_candidate_heads_when_asked():
    """scripts/loro_fast.py --unseen-train filters: a family's own filter entries (never_inside, a region head) leave
    its training examples, its candidate heads (a family function, a suffix, heads.yaml) stay; ``heads`` (parks37):
    the other way round; ``all`` drops both."""
    import sys
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1] / "scripts"))
    from loro_unseen import training_removals
    own = [("parks", ("never_inside", None), "为"), ("parks", ("context_cues", "region_heads"), "生态经济区"),
           ("parks", ("head_families", "functions"), "生物"), ("parks", ("suffixes", None), "综保区"),
           ("heads", ("park", None), "小镇")]
    assert training_removals(own, "filters") == own[:2]
    assert training_removals(own, "heads") == own[2:]
    assert training_removals(own, "all") == own


def test_loro_fast_reads_its_ablation_tables_from_any_folder_and_names_a_missing_one(tmp_path):
    """loro_fast.py --group / --unseen-train named its tables relative to the current folder and skipped a missing
    one: run from scripts/ (or with --tables misspelt) it removed no family's entries and printed a measure that
    was not the one asked for. The default tables are found from the checkout; a missing one is exit 2."""
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "scripts"))
    from loro_fast import TABLES
    assert TABLES and all(os.path.isabs(t) and os.path.isfile(t) for t in TABLES)
    r = subprocess.run([sys.executable, str(root / "scripts" / "loro_fast.py"), "--rules", "--group", "--tables",
                        "no-such-table.tsv"], capture_output=True, text=True, cwd=tmp_path, timeout=120,
                       env={**os.environ, "PYTHONPATH": str(root)})
    assert r.returncode == 2 and r.stdout == "" and r.stderr.endswith("--tables: no file no-such-table.tsv\n"), r.stderr
