"""Figure names as a careful reader judges them on dev, fourth sample (names120, issue 13 item 2;
docs/checks/names120.md). The sentences are dev sentences."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import name_of, names

pytestmark = pytest.mark.unit


def test_a_net_flow_after_the_things_defines_the_count():
    """hebei 2026 (gold realigned) and xinjiang 2026 (read by hand): 净增 written after the things counts the net
    added things, as written before them (were the stocks 经营主体户数, 高新技术企业数量)."""
    sentence = ("支持民营经济发展壮大，招投标“双盲”评审改革有效促进市场公平竞争，“高效办成一件事”惠及企业群众，"
                "经营主体净增231万户，一批创业者、奋斗者扎根河北。")
    assert name_of(sentence, "231") == "净增经营主体户数"
    sentence = ("培育新质生产力，先进装备制造、绿色算力、低空经济、人工智能、生物制造、新型储能等产业加快发展，"
                "高新技术企业净增700家以上，国家专精特新“小巨人”企业达61家。")
    assert name_of(sentence, "700") == "净增高新技术企业数量"
    assert name_of(sentence, "61") == "国家专精特新“小巨人”企业数量"     # the stock after it keeps its name


def test_raising_housing_stays_after_the_houses():
    """ningxia 2026's gold and chongqing, guangdong, hubei 2026 (read by hand): 筹集建设 and 建设筹集 (raised or built)
    stand whole after the houses (were 保障性住房建设套数, 保障性住房套数)."""
    assert name_of("加强保障性住房供给，筹集建设保障性住房1500套。", "1500", "plan") == "保障性住房筹集建设套数"
    sentence = "着力改善群众居住条件，建设筹集保障性住房36万套，改造老旧小区1.84万个，惠及310多万户。"
    assert name_of(sentence, "36") == "保障性住房建设筹集套数"
    assert name_of(sentence, "1.84") == "老旧小区改造数量"       # the treating act after it, unchanged
    sentence = "大力实施城市更新，启动城中村改造2.6万户、老旧小区改造8.36万户，开工筹集保障性住房1.6万套，厦门入选国家城市更新行动名单。"
    assert name_of(sentence, "1.6") == "保障性住房开工筹集套数"      # fujian's 开工筹集 (names56), unchanged


def test_a_bound_closing_a_number_before_the_things_stays():
    """jinghai 2021 and shandong 2026 (golds realigned), guizhou 2026's gold, shanghai 2026 (read by hand): a size
    bound (N万元以上, N亿元以上) before the things counted says which are counted and stays, as 亿元以上 does."""
    sentence = ("发挥工场网、谷川联行、梧桐树基金等专业招商平台作用，整合完善招商引资政策，确保新引进5000万元以上项目不少于"
                "100个，市外内资、外资到位达到100亿元。")
    assert name_of(sentence, "100", "plan", 2021) == "新引进5000万元以上项目数量"
    sentence = ("实施产业提质升级“1+9”行动和12个重点产业稳增长方案，协同推进标志性产业链建设，实施补链强链重点项目1900个、"
                "投资2000万元以上的技改项目3000个。")
    assert name_of(sentence, "3000", "plan") == "投资2000万元以上的技改项目数量"
    sentence = ("加快推进瓮福—江山新材料及电子化学品产业园、贵州能源大方燃煤发电等12个百亿元、70个30亿元以上项目建设，"
                "推动一批重大项目落地建设。")
    assert name_of(sentence, "70", "plan") == "30亿元以上项目数量"
    sentence = "完成1.8万户、189万平方米棚改任务。"     # sibling quantities before one shared noun, unchanged
    assert name_of(sentence, "1.8") == "棚改户数"


def test_a_category_word_before_the_list_head_is_lent_with_it():
    """neimenggu 2026's gold and hunan 2026 (names116's reader): the category word closing the last member's thing
    right before the head (保险, 产业) is the earlier members' too (were 基本养老参保率, 新一代信息技术产值)."""
    sentence = "保障农牧民工工资及时足额发放，确保基本养老、医疗保险参保率稳定在95%以上，提高城乡居民养老保险基础养老金标准。"
    assert names(sentence, "plan")[0] == ("基本养老保险参保率", Decimal("95"))
    sentence = ("不断壮大“4×4”现代化产业体系，13条重点产业链全面起势，新一代信息技术、新能源、输变电装备产业产值分别增长"
                "9.2%、8.2%、12%，音视频、北斗等新兴产业加速壮大。")
    assert name_of(sentence, "9.2") == "新一代信息技术产业产值"
    assert name_of(sentence, "8.2") == "新能源产业产值"
    # shanxi 2026: a member that is an industry of its own (制造业) borrows the head alone, as before
    sentence = "推动制造业、数字经济核心产业增加值年均分别增长5%、10%。"
    assert names(sentence, "plan")[0][0] == "制造业增加值"
