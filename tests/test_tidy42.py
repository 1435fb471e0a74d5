"""tidy42: the tie own_subjects reads before counted things is built from the words that put it there."""
from __future__ import annotations

import re

import pytest

from policykg.extract.name_doers import partnered_things, reached_things, tie_opening

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("read, things, right", [
    ("县（市、特区）与省外三甲医院", "县（市、特区）", "县（市、特区）与省外三甲医院建立帮扶协作关系。"),  # guizhou 2026
    ("村卫生室", "村卫生室", "村卫生室达到国家良好标准，沈阳入选…"),                                # liaoning 2026
    ("盟市", "盟市", "盟市空气质量全部达标，国考断面水质优良比例…"),                                # neimenggu 2026
    ("产品", "产品", "产品能耗达到国家先进值，鄂尔多斯…"),                                          # neimenggu 2026
])
def test_the_tie_written_before_counted_things_is_the_tie_subjects_reads(read, things, right):
    # subjects.tied_things wrote the ties of name_doers.partnered and reached out again; now both come from one
    # set of words, so a name with its tie put first must open with exactly that tie, the things after it
    name = reached_things(partnered_things(read, right), right)
    tie = re.match(tie_opening(), name)
    assert name != read and tie and name[tie.end():] == things


def test_the_decisions_last_passes_hand_on_new_candidates_and_leave_the_scored_ones_as_they_were():
    # with_gazetteer set attrs["gazetteer"] and hand_on_kept cut the name and dropped the grammar attrs in place,
    # while the decision's other passes build new candidates (guangdong 2026; 力争时代广场, hailaer's fold)
    from entity_helpers import tok_sentence
    from policykg.extract.decide import hand_on_kept, with_gazetteer
    from policykg.extract.grammar import Candidate

    text = "加力推进深汕特别合作区、广清经济特别合作区建设，推动民族地区高质量发展。"
    st, surfaces = tok_sentence(text, "广东省")
    a = text.index("广清经济特别合作区")
    kept = Candidate("Park", "广清经济特别合作区", a, a + 9, st, {"head": "合作区"})
    zones = {c.name: c for c in with_gazetteer(st, [kept], surfaces)}
    assert zones["广清经济特别合作区"].attrs == {"head": "合作区", "gazetteer": 1}
    assert kept.attrs == {"head": "合作区"}
    scored = Candidate("Project", "力争时代广场", 0, 6, st, {"head": "广场", "family": "x"})
    handed = hand_on_kept(scored)
    assert (handed.name, handed.a, handed.attrs) == ("时代广场", 2, {})
    assert (scored.name, scored.a, scored.attrs) == ("力争时代广场", 0, {"head": "广场", "family": "x"})


def test_a_dev_script_refuses_a_lexicon_key_given_twice_as_the_package_does(tmp_path):
    # rule_counts.py (like head_support, park_ablation, loro_strict, place_variants31) read lexicons with
    # yaml.safe_load, which keeps the second of two equal keys without a word: it counted 1 entry here, exit 0
    import subprocess
    import sys
    from pathlib import Path

    lexicons = tmp_path / "policykg" / "data" / "lexicons"
    lexicons.mkdir(parents=True)
    (lexicons / "twice.yaml").write_text("suffixes: [园区]\nsuffixes: [开发区]\n", encoding="utf-8")
    script = Path(__file__).resolve().parents[1] / "scripts" / "rule_counts.py"
    r = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr
    assert "twice.yaml" in r.stderr and "'suffixes'" in r.stderr and len(r.stderr.strip().splitlines()) == 1
