"""places57: fixed place names of the gazetteer that name no place (real dev sentences)."""
from __future__ import annotations

import pytest

from policykg.extract.named import place_candidates

from entity_helpers import tok_sentence


def _places(text: str, place: str, parents=()) -> dict[str, str]:
    """Place name → canonical name of the place candidates of a one-sentence TEXT of PLACE's report."""
    st, surfaces = tok_sentence(text, place, parents)
    return {c.name: c.attrs["canon"] for c in place_candidates(st, surfaces)}


@pytest.mark.parametrize("text, place", [
    ("福州地铁滨海快线、宁古高速、沙南高速建成通车。", "福建省"),    # fujian
    ("海口经济圈、三亚经济圈、儋洋经济圈辐射带动能力明显增强，滨海城市带基本成型。", "海南省"),  # hainan
    ("推进松辽流域主要江河砂基砂堤治理、东部两江三期工程。", "吉林省"),                          # jilin
])
def test_a_new_areas_short_form_in_another_provinces_report_is_no_place(text, place):
    assert not {"滨海", "两江"} & set(_places(text, place))


def test_a_new_areas_short_form_in_its_own_provinces_report_stays():
    found = _places("面对突如其来的疫情，253名医护人员驰援滨海，累计接收隔离观察境内外人员。", "静海区", ["天津市"])
    assert found.get("滨海") == "滨海新区"


def test_a_new_areas_name_after_another_place_of_another_province_is_no_place():
    assert "滨海新区" not in _places("加快推进绍兴滨海新区建设。", "浙江省")
    assert _places("主动对接天津滨海新区建设。", "河北省").get("滨海新区") == "滨海新区"


def test_a_place_of_another_province_inside_a_universitys_name_is_no_place():
    found = _places("推动北京大学海南研究院落地，启动西安交通大学国际化区域创新中心建设。", "海南省")
    assert "北京" not in found and "西安" not in found and found.get("海南") == "海南省"


def test_the_report_provinces_own_university_keeps_its_place():
    assert _places("挂牌重庆大学智能汽车技术学院。", "重庆市").get("重庆") == "重庆市"


@pytest.mark.parametrize("text, place", [
    ("发展冰雪经济，发挥中国—上海合作组织冰雪体育示范区作用。", "黑龙江省"),    # heilongjiang
    ("举办第十届上海合作组织成员国农业部长会议。", "云南省"),                    # yunnan
])
def test_a_fixed_name_holding_a_place_is_no_mention_of_it(text, place):
    assert "上海" not in _places(text, place)


def test_a_place_before_other_words_stays():
    assert _places("常态化对接上海“五个中心”建设。", "安徽省").get("上海") == "上海市"


@pytest.mark.parametrize("text, place, phrase", [
    ("加强历史文化名村名镇、红色旧址等系统性保护利用。", "贵州省", "名村名镇"),      # guizhou
    ("建设热点门户城市和旅游名城名县名镇。", "山西省", "名县名镇"),                  # shanxi
    ("统筹治城治乡，建成“清水绿岸”河段。", "重庆市", "治城治乡"),                    # chongqing
])
def test_a_phrase_pairing_unit_words_is_no_town(text, place, phrase):
    assert phrase not in _places(text, place)


@pytest.mark.parametrize("text, place, phrase", [
    ("五年来，我们坚持以城带乡、协同共进。", "重庆市", "城带乡"),                      # chongqing
    ("四是不断增强“以城带乡”能力，推动城乡融合。", "湖南省", "城带乡"),              # hunan
    ("打造我国向北开放重要桥头堡。", "内蒙古自治区", "桥头堡"),                      # neimenggu
    ("亚欧黄金通道和向西开放桥头堡加快建设。", "新疆维吾尔自治区", "桥头堡"),          # xinjiang
])
def test_a_word_of_not_place_is_no_town(text, place, phrase):
    assert phrase not in _places(text, place)


def test_a_settlements_name_stays():
    assert "唐官屯" in _places("启动建设唐官屯铁路货场。", "静海区", ["天津市"])


@pytest.mark.parametrize("text", [
    "扛起新时代更高水平“天府粮仓”建设使命。",
    "5个天府实验室揭牌运行。",
    "推进天府大道科创大走廊、成渝中线科创大走廊建设。",
])
def test_tianfu_alone_is_no_new_area(text):
    """天府 alone names Sichuan as an epithet or a brand (天府粮仓, 天府实验室, 天府大道): on dev it stood for
    天府新区 never, so the alias is gone and only the full name 天府新区 is the new area (sichuan, lead)."""
    assert "天府新区" not in _places(text, "四川省").values()
    assert _places("高水平建设天府新区。", "四川省").get("天府新区") == "天府新区"
