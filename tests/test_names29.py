"""Indicator names a reader would reject as junk (issue #13, names29), on sentences of dev reports: a
stray word opening the name, a list of modifiers taken as the thing counted, 等 inside a word taken as
the end of a list, a threshold cut out of the noun it bounds; and the lint that counts such names."""
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))


def test_a_stray_word_opening_the_clause_is_no_part_of_the_name():
    # fujian-2026, xinjiang-2026
    assert names("包括地区生产总值年均增长5%左右、居民人均可支配收入增长与经济增长同步等16个预期性指标。", "outlook")[0] \
        == ("地区生产总值", Decimal("5"))
    got = names("尽快实现制造业企业100%使用清洁和绿色电力。", "plan")
    assert got and not got[0][0].startswith("尽快")
    got = names("建议“十五五”时期地区生产总值增速目标设定为年均增长5.5%—6%。", "outlook")
    assert got and not got[0][0].startswith("建议")


def test_a_list_of_modifiers_before_one_head_counts_the_head():
    # sichuan-2026, guangdong-2026
    assert ("消费场景数量", Decimal("40")) in names("打造40个吸引力强、带动面广的消费场景。", "plan")
    got = names("为超20000名视力、听力、肢体、智力等残疾儿童免费提供视力功能基本训练、人工耳蜗手术等康复救助服务。", "plan")
    assert got and got[0][0].endswith("残疾儿童人数"), got
    # a head too general to name the thing alone keeps the first member (专题教育, not 活动)
    got = names("各级各类学校组织开展超5000场次专题教育、家长课堂等活动。", "plan")
    assert got and "专题教育" in got[0][0], got


def test_deng_inside_a_word_ends_no_list():
    # guizhou-2026: 差等路 is one word; the name is no bare 路
    got = names("提质改造农村公路差等路1200公里。", "plan")
    assert got and "农村公路差等路" in got[0][0], got
    # a 等 of its own still ends the list (北京项目)
    from policykg.extract.name_lists import after_list
    assert after_list("北师大附属学校、多维绿建等北京项目", "等") == "北京项目"


def test_deng_deng_ends_a_list_as_deng_does():
    # 等等 is one word by the tagger: names29 kept the whole list (实施教育、医疗等等民生项目数量); before it, and
    # with one 等, the name is what the list is of
    assert names("实施教育、医疗等等民生项目30个。", "review")[0][0] == names("实施教育、医疗等民生项目30个。", "review")[0][0] \
        == "民生项目数量"


def test_a_threshold_before_the_noun_it_bounds_stays_in_the_name():
    # fujian-2026, guangxi-2026: 总投资超项目 lost the figure that says which projects
    got = names("新引进落地总投资超10亿元项目50个以上。", "plan")
    assert any("超10亿元项目" in n for n, _ in got), got
    got = names("引进投资超10亿元重大项目14个。", "review")
    assert any("超10亿元重大项目" in n for n, _ in got), got


def test_the_lint_flags_junk_and_passes_a_plain_name():
    from lint_indicator_names import kinds
    row = {"name": "包括地区生产总值", "gold": "", "quote": "", "sentence": "包括地区生产总值年均增长5%左右"}
    assert "lead" in kinds(row)
    row = {"name": "吸引力强数量", "gold": "消费场景数量", "quote": "", "sentence": "打造40个吸引力强、带动面广的消费场景"}
    assert "verbal" in kinds(row)
    row = {"name": "人参菌全产业链产值", "gold": "", "quote": "", "sentence": "林下经济、食用菌全产业链产值"}
    assert "absent" in kinds(row)
    row = {"name": "路里程", "gold": "", "quote": "", "sentence": "提质改造农村公路差等路1200公里"}
    assert "cut" in kinds(row)
    row = {"name": "城镇新增就业人数", "gold": "城镇新增就业人数", "quote": "", "sentence": "城镇新增就业65万人以上"}
    assert kinds(row) == []
