"""Figure names of dev targets and outcomes read wrong in names67's sample (issue 13; docs/checks/
indicator-names67.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of, names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, expected", [
    # hubei 2026: the total took 新增 from the list member before it (新增有进出口实绩企业总数)
    ("外资外贸企业提质扩容，新设外商投资企业673家，新增有进出口实绩企业1357家、总数突破1万家。",
     "1", "有进出口实绩企业总数"),
    # jiangxi 2026: 净增 stayed on the stock (净增经营主体总量)
    ("累计净增各类经营主体155万户、总量达474万户，新增上市公司48家、总量达122家，高质量发展的基础更加坚实。",
     "474", "经营主体总量"),
    # jiangxi 2026 (control): the same sentence's second stock was right
    ("累计净增各类经营主体155万户、总量达474万户，新增上市公司48家、总量达122家，高质量发展的基础更加坚实。",
     "122", "上市公司总量"),
    # hubei 2026 (control): the new ones counted before the total keep 新增
    ("外资外贸企业提质扩容，新设外商投资企业673家，新增有进出口实绩企业1357家、总数突破1万家。",
     "1357", "新增有进出口实绩企业数量"),
    # guangdong 2026 (control)
    ("新增境内外上市公司45家、总量达1224家，上榜世界500强企业增至18家。", "1224", "境内外上市公司总量"),
])
def test_a_stock_after_new_things_is_not_new(sentence, value, expected):
    assert name_of(sentence, value) == expected


_HUBEI = ("新增软件和研发设计等4个过五千亿、北斗应用等4个过千亿新兴产业，人形机器人、人工智能等产业营收保持20%以上增长，"
          "全省高质量发展动能澎湃。")
_HUNAN = "统筹推进以县城为重要载体的城镇化建设和乡村全面振兴，城镇化率达63%，新增1个经济总量近千亿、4个过五百亿的县市。"


def test_a_size_member_borrows_the_last_members_thing():
    # hubei 2026: 过五千亿数量 counted no thing
    got = [n for n, _ in names(_HUBEI, "review", 2026)]
    assert got[:2] == ["过五千亿新兴产业数量", "过千亿新兴产业数量"]


def test_a_size_before_de_stays_with_the_things():
    # hunan 2026: 4个过五百亿的县市 lost 县市 after 的, so the first member had no thing to borrow either
    got = [n for n, _ in names(_HUNAN, "review", 2026)]
    assert got[1:] == ["新增经济总量近千亿县市数量", "新增过五百亿县市数量"]


@pytest.mark.parametrize("sentence, value, expected", [
    # shanxi 2026: the top share was cut from the name (新增ESI全球前学科数量, 新增前学科数量)
    ("高等教育“百亿工程”取得标志性成果，两所大学3个学科跻身“双一流”，新增ESI全球前1‰学科1个、前1%学科24个。",
     "1", "新增ESI全球前1‰学科数量"),
    ("高等教育“百亿工程”取得标志性成果，两所大学3个学科跻身“双一流”，新增ESI全球前1‰学科1个、前1%学科24个。",
     "24", "新增前1%学科数量"),
    # hainan 2026 (ESI全球排名前的学科数量)
    ("ESI［5］全球排名前1%的学科数量增长两倍。", "2", "ESI全球排名前1%的学科数量"),
])
def test_a_top_share_ranking_the_things_stays_in_the_name(sentence, value, expected):
    assert name_of(sentence, value) == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # chongqing 2026: the clause before 、 was kept (中心城区建成“40桥24隧”、城市道路里程)
    ("高速公路通车里程达到4771公里、“县县通高速”全面实现，城市轨道交通运营线路增至14条、运营里程超过580公里，"
     "中心城区累计建成“40桥24隧”、城市道路突破7000公里。", "7000", "中心城区城市道路里程"),
    # hunan 2026 (连续部署推进“十大重点民生实事”、投入资金)
    ("民生支出占比持续保持在70%以上，连续部署推进“十大重点民生实事”、近五年累计投入资金2562亿元。",
     "2562", "投入资金"),
])
def test_a_clause_done_before_the_thing_is_no_part_of_its_name(sentence, value, expected):
    assert name_of(sentence, value) == expected


def test_a_list_of_quoted_titles_is_kept():
    # fujian 2026 (control): “独角兽”、“瞪羚”企业 is one list, not a clause and a thing
    sentence = "实施龙头企业培优扶强行动，促进中小企业专精特新发展，培育“独角兽”、“瞪羚”企业360家。"
    assert name_of(sentence, "360", "plan") == "“独角兽”、“瞪羚”企业培育数量"
