"""Figure names of dev lists and of sentence words kept in a name (issue 13; names85,
docs/checks/names-lists-names85.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # shanxi 2026: the members lost the list's 新建 (省重点实验室数量 …); the golds write 新建X数量
    ("筹建一批省实验室，新建省重点实验室、省技术创新中心、省工程研究中心各20家。",
     ["新建省重点实验室数量", "新建省技术创新中心数量", "新建省工程研究中心数量"]),
    # heilongjiang 2026: 分别达到 after a compound making act was read as a stock (规上加工企业数量)
    ("做强做大经营主体，培育引进规上加工企业、精深加工项目分别达到200个以上。",
     ["规上加工企业培育引进数量", "精深加工项目培育引进数量"]),
])
def test_the_act_before_a_list_given_one_value_each_is_every_members(sentence, expected):
    assert [n for n, _ in names(sentence, "plan")] == expected


def test_a_making_act_before_such_a_list_is_each_members():
    # hainan 2026: 争创 is a making act since names114's guideline line (hainan's gold …争创数量; was …数量 before
    # names116), after each member's things
    got = [n for n, _ in names("争创国家现代农业产业园、产业集群、产业强镇各1个。", "plan")]
    assert got == ["国家现代农业产业园争创数量", "产业集群争创数量", "产业强镇争创数量"]


@pytest.mark.parametrize("sentence, expected", [
    # guangdong 2026: 参加 was peeled as the figure's act (职业伤害保障的新业态劳动者人数)
    ("参加职业伤害保障的新业态劳动者超640万人。", "参加职业伤害保障的新业态劳动者人数"),
    # qinghai 2026: 达到 was peeled (服务能力标准的乡镇卫生院、社区卫生服务中心占比)
    ("达到服务能力标准的乡镇卫生院、社区卫生服务中心占比提高到90%以上。", "达到服务能力标准的乡镇卫生院、社区卫生服务中心占比"),
])
def test_a_relative_clause_of_taking_part_or_reaching_stays_in_the_name(sentence, expected):
    assert [n for n, _ in names(sentence, "plan")] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # jilin 2026: the condition stayed in the name (正常年景下粮食产量)
    ("正常年景下粮食产量达到900亿斤以上。", "粮食产量"),
    # hailaer-2017: the reckoning stayed (一般公共财政预算收入按可比口径); the rest as written (its gold; names108)
    ("一般公共财政预算收入按可比口径增长7.5%。", "一般公共财政预算收入"),
    # chongqing 2026: 外贸进出口在对美贸易下降超3成的情况下 (the alias table names the rest 进出口总额)
    ("外贸进出口在对美贸易下降超3成的情况下增长12%。", "进出口总额"),
])
def test_a_condition_or_reckoning_is_no_part_of_a_name(sentence, expected):
    assert [n for n, _ in names(sentence, "plan")] == [expected]


def test_a_same_basis_growth_in_brackets_keeps_its_reading():
    # hunan 2026 (control): 同口径 with no 按 is not cut: cut, the figure after it was named 增长1.7%（
    got = names("地方一般公共预算收入达3507.6亿元、增长1.7%（同口径增长2.5%以上）。", "review")
    assert [n for n, v in got if str(v) == "2.5"] == ["地方一般公共预算收入"]


@pytest.mark.parametrize("sentence, expected", [
    # heilongjiang 2026: 分区分类建设高标准农田面积 (the gold: 高标准农田面积)
    ("分区分类建设高标准农田980万亩以上。", "高标准农田面积"),
    # chongqing 2026: 整体提升两江四岸美丽滨江线 (a line, not a road: 长度, names111)
    ("整体提升两江四岸美丽滨江线20公里。", "两江四岸美丽滨江线长度"),
])
def test_a_manner_word_opening_the_act_is_no_part_of_a_name(sentence, expected):
    assert [n for n, _ in names(sentence, "plan")] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # hainan 2026: 重点园区2025年营业收入
    ("13个重点园区2025年营业收入突破2.5万亿元。", "重点园区营业收入"),
    # qinghai 2026 (control): a year after a closing quote belongs to a title (央视“大片看总台”2026年片单)
    ("《奇境三江源》等3部纪录片入选央视“大片看总台”2026年片单。", "央视“大片看总台”2026年片单纪录片数量"),
])
def test_a_year_inside_a_name_is_its_period(sentence, expected):
    assert [n for n, _ in names(sentence, "review")] == [expected]


@pytest.mark.parametrize("sentence, value, expected", [
    # shanxi 2026: the first member alone was counted (中试平台建设数量)
    ("实施科技成果转化专项行动，围绕重大共性问题，建设10家以上中试平台、概念验证中心，争取京津冀等地区优质科技成果在我省中试、"
     "落地转化。", "10", "中试平台、概念验证中心建设数量"),
    # guangdong 2026: 专题教育场次 (活动 too general to stand alone: the members and the head name it)
    ("各级各类学校组织开展超5000场次专题教育、家长课堂等活动，提高学生、家长心理健康教育素养。", "5000",
     "专题教育、家长课堂等活动场次"),
    # controls: members that are clauses of their own (neimenggu, shanxi) or a first member with its clause (fujian)
    ("东中西高速公路大通道和沿边331国道全线贯通，7个盟市接通高铁、所有盟市互通高速。", "7", "接通高铁盟市数量"),
    ("电力装机容量达到1.64亿千瓦，晋电外送24个省份、规模居全国前列。", "24", "晋电外送省份数量"),
    ("19个项目落地沪明临港产业园、广龙合作产业园。", "19", "沪明临港产业园、广龙合作产业园落地项目数量"),
])
def test_a_count_said_once_of_a_list_of_things_names_the_list(sentence, value, expected):
    assert [n for n, v in names(sentence, "review") if str(v) == value] == [expected]
