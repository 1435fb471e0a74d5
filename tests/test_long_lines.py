"""A long line of text costs extraction time linear in its length (hostile use, round 6): the list
patterns and the tagger's Viterbi step, each against the plain way it replaced, on random ideographs."""
from __future__ import annotations

import random

import pytest

from work_count import LINEAR

pytestmark = pytest.mark.unit


def _random_han(n: int, seed: int, extra: str = "") -> str:
    rng = random.Random(seed)
    pool = [chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(400)] + list(extra)
    return "".join(rng.choice(pool) for _ in range(n))


def test_list_patterns_find_what_re_finds_in_time_linear_in_the_line(monkeypatch):
    """The list patterns (A、B等N个项目, …等重大项目, …等企业) were tried from every start of a line, each
    scanning the line to its end: a 10,000-character line of ideographs cost ~0.8 s per pattern. Now the
    whole pattern is only tried at the start of a stretch of members, and the characters handed to the
    regex engine grow with the line."""
    from policykg.extract.grammar import LIST_PROJECTS
    from policykg.extract.groups import _GROUP
    from policykg.extract.named import _org_list_res
    patterns = (_GROUP, LIST_PROJECTS, _org_list_res()[0])
    texts = [_random_han(80, seed, "、、、等等1二个项目工程企业平台，“”.·") for seed in range(300)]
    texts += ["甲、乙等3个项目，丙丁、戊等重大项目建设", "、甲等2个工程", "甲、、乙等5个项目", "等等等4个项目"]
    for p in patterns:
        for t in texts:
            assert [(m.span(), m.groups()) for m in p.finditer(t)] == [(m.span(), m.groups()) for m in p.re.finditer(t)], t
    handed = []
    for p in patterns:
        monkeypatch.setattr(p, "re", _Handed(p.re, handed))
        monkeypatch.setattr(p, "_stretch", _Handed(p._stretch, handed, searches=True))

    def cost(n):
        handed.clear()
        line = _random_han(n, 6).replace("等", "甲") + "、乙等3个项目"
        found = [list(p.finditer(line)) for p in patterns]
        return sum(handed), found, line

    work, found, line = cost(5000)
    assert found[0][0].group(1).endswith("、乙") and found[0][0].end() == len(line)
    assert cost(20000)[0] / work < LINEAR


class _Handed:
    """A compiled pattern recording how many characters each call may have the engine scan: a match or a search
    of the cheap stretch pattern may scan from pos to the end; searching the whole list pattern tries
    every start, each of which may scan to the end (the quadratic way)."""

    def __init__(self, pattern, handed: list, searches: bool = False):
        self.pattern, self.handed, self.searches = pattern, handed, searches

    def match(self, text, pos=0, *rest):
        self.handed.append(len(text) - pos)
        return self.pattern.match(text, pos, *rest)

    def search(self, text, pos=0, *rest):
        left = len(text) - pos
        self.handed.append(left if self.searches else left * (left + 1) // 2)
        return self.pattern.search(text, pos, *rest)

    def finditer(self, text, pos=0, *rest):
        left = len(text) - pos
        self.handed.append(left * (left + 1) // 2)
        return self.pattern.finditer(text, pos, *rest)


def test_both_ways_of_a_viterbi_step_give_the_same_path(monkeypatch):
    """A run of characters the HMM has no states for kept all 256 states, and every pair of them was
    tried (~6 s for a 10,000-character line); walking the transitions that exist must give the path
    that trying every pair gives, ties included."""
    from policykg.extract import tagger, tagger_viterbi
    line = _random_han(600, 7) + "建设项目" + _random_han(300, 8)
    H = tagger._data().hmm()
    routes = []
    for step in (tagger_viterbi._step_by_states, tagger_viterbi._step_by_transitions):
        monkeypatch.setattr(tagger_viterbi, "_step_by_states", step)
        monkeypatch.setattr(tagger_viterbi, "_step_by_transitions", step)
        routes.append(tagger_viterbi.viterbi_run(line, H))
    assert routes[0] == routes[1]
    assert len(set(routes[0])) > 1
