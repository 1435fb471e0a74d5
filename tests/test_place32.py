"""A park named deep inside a sentence is not the host of the works after it (place32).

On the gold ends of the dev reports (scripts/placement_oracle.py) letting any park within 40 characters
of the sentence start host the later clauses' works (placement._TOPIC 4 → 40) added no right tie and
18 wrong ones in 11 reports (docs/checks/placements-dev-place32.md); these pin two of them (both are
tied with _TOPIC = 40)."""
from __future__ import annotations

import pytest

from policykg.extract.placement import rule_choice
from policykg.model import Entity, Sentence, Span
from policykg.structure.sentences import sentence_spans

pytestmark = pytest.mark.unit

CASES = [
    # hailaer-2014 (dev): the works of 东山组团 follow a clause that starts the general aviation park
    ("加大对现代服务业、总部经济等领域的招商力度，加快推进香港豪德商贸城项目前期，启动通用航空产业园项目建设，"
     "确保红星美凯龙主力店年内投入运营，建材城、中俄商贸街及酒店等配套项目按期开工。", "通用航空产业园", "红星美凯龙主力店"),
    # hainan-2026 (dev): the new area is the subject of its own figures; the road is the next clause's subject
    ("海口经济圈产业发展规划完成编制，经济总量年均增长5.8%，江东新区年营收超5000亿元，文临高速、"
     "羊山大道至母瑞山公路建成通车。", "江东新区", "文临高速"),
]


def _choice(paragraph: str, park: str, project: str) -> Entity | None:
    """The rule's park for the first mention of PROJECT in a one-paragraph text naming PARK once."""
    whole = Span(0, len(paragraph))
    sentences = [Sentence(span=s, text=paragraph[s.start:s.end], paragraph=whole) for s in sentence_spans(paragraph)]
    p = paragraph.index(park)
    at = paragraph.index(project)
    st = next(s for s in sentences if s.span.start <= at < s.span.end)
    return rule_choice(Span(at, at + len(project)), st, [(Span(p, p + len(park)), Entity("Park", park))], paragraph)


@pytest.mark.parametrize("sentence, park, project", CASES, ids=["hailaer-2014", "hainan-2026"])
def test_a_park_deep_in_the_sentence_hosts_no_later_clause(sentence, park, project):
    assert _choice(sentence, park, project) is None

