"""tidy45: the extractor's and the outline's Chinese words and patterns live in data files, not in code."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.extract.qlexicon import gpattern, gwords
from policykg.structure import _BARE_PART, _PART
from policykg.structure.kinds import part_kind

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[1]


def test_rule_counts_names_each_sub_package_and_its_share_sums_to_the_total():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "rule_counts.py")], capture_output=True, text=True,
                       timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    total = int(re.search(r"CJK string literals in code \(\d+ modules, docstrings excluded\): (\d+)", r.stdout)[1])
    per = dict(re.findall(r"^  ([a-z ]+): (\d+)$", r.stdout, re.M))
    assert {"extract", "structure", "read", "emit", "use", "top level"} <= set(per)
    assert sum(map(int, per.values())) == total
    # what stays in extract/ is no word: decide's CJK block bounds and jieba's own character class (tagger)
    assert int(per["structure"]) == 0 and int(per["extract"]) <= 3


def test_a_heading_is_read_by_the_patterns_of_structure_yaml():
    # liaoning-2026's parts (data/corpus/provincial-2026): a review and this year's work
    review = _PART.match("一、2025年和“十四五”时期工作回顾")
    plan = _PART.match("二、“十五五”时期目标任务和2026年工作安排")
    assert (review["num"], review["label"]) == ("一", "2025年和“十四五”时期工作回顾")
    assert part_kind(review["label"], 2026) == "review"
    assert part_kind(plan["label"], 2026) == "plan"
    assert _BARE_PART.match(review.group()) is None       # a numbered part is no bare one


def test_an_entity_module_reads_its_section_of_grammar_yaml_once():
    # one value in two modules is one node of the file (an alias), so both read the very same word
    assert gwords("elliptic", "route") == gwords("left_edge", "route") == gwords("decide", "route") == "至"
    assert gwords("candidates", "bracketed_segment") == ("段）", "段)")
    assert gpattern("entity_links", "cooperation") is gpattern("entity_links", "cooperation")
    assert gpattern("entity_links", "cooperation").search("与天津大学合作共建研究院")
