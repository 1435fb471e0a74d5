"""Project names the decision's grammar must reach (issue #12), on sentences of dev reports."""
from __future__ import annotations

import pytest

from policykg.extract.decide import grammar_candidates, head_res
from policykg.extract.reach import action_programme, bare_kind, describes, measured_kind
from policykg.extract.grammar import TokSentence
from policykg.extract.surfaces import place_surfaces

from entity_helpers import make_sentences, run


def _names(sentence: str, place: str) -> set[str]:
    [s] = make_sentences(sentence, place, [], part_kind="review")
    return {c.name for c in grammar_candidates(TokSentence(s)) if c.kind == "Project"}


def test_an_abbreviation_tagged_as_a_verb_still_names_works():
    names = _names("集大原高铁、包银高铁开通运行，赤大白铁路开行旅客列车", "内蒙古自治区")   # neimenggu-2026
    assert {"集大原高铁", "包银高铁", "赤大白铁路"} <= names
    assert "引江济淮工程" in _names("江淮儿女期盼多年的引江济淮工程通水通航", "安徽省")        # anhui-2026


def test_a_common_verb_still_does_not_open_a_name():
    names = _names("加快建设成达万高铁，推进沿江高铁", "四川省")
    assert "成达万高铁" in names and "沿江高铁" in names
    assert not any(n.startswith(("加快", "推进")) for n in names)


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, name, verb", [
    ("加快三亚新机场等前期工作，谋划中线铁路项目", "海南省", "中线铁路项目", "谋划"),                 # hainan-2026, 谋划/n
    ("投资建设运营暹粒吴哥国际机场", "云南省", "暹粒吴哥国际机场", "运营"),                          # yunnan-2026, 运营/vn
    ("建成投用综合枢纽数字金融服务平台，深化绿色转型金融改革", "重庆市", "综合枢纽数字金融服务平台", "投用"),  # chongqing
])
def test_a_verb_of_works_tagged_a_noun_does_not_open_a_name(sentence, place, name, verb):
    names = _names(sentence, place)
    assert name in names and not any(n.startswith(verb) for n in names)


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, kept", [
    ("长江中游航运中心、中欧班列华中区域集结中心打通亚欧陆海联运新通道，亚洲最大专业货运机场花湖国际机场成为内陆"
     "“空中出海口”。", "湖北省", "中欧班列华中区域集结中心"),                                           # hubei-2026
    ("陶寺国家考古遗址公园正式挂牌，山西博物院位列国家一级博物馆运行评估第一名。", "山西省", "陶寺国家考古遗址公园"),
])
def test_a_stretch_that_describes_works_is_no_project_name(sentence, place, kept):
    labels = {e.label for e in run(sentence, "review", place)[0]}
    assert not any(w in n for n in labels for w in ("最大", "位列"))
    # the name is what the decision weighs, not the description (whether it is kept is the model's
    # score, which a refit moves around the threshold)
    [s] = make_sentences(sentence, place, [], part_kind="review")
    weighed = {c.name for c in grammar_candidates(TokSentence(s)) if c.kind == "Project" and not describes(c.name)}
    assert kept in weighed and not any(w in n for n in weighed for w in ("最大", "位列"))


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, kinds, kept", [
    ("制定出台20条具体举措，抓实风电光伏、新一代煤电、新型储能等11个重点领域项目", "山西省",          # shanxi-2026
     ["新一代煤电", "新型储能"], []),
    ("开工建设南网720兆瓦储能电站等项目，大唐压缩空气储能等项目投产达效", "宁夏回族自治区",           # ningxia-2026
     [], ["大唐压缩空气储能"]),
    ("加快恒力造船绿色高端装备制造、大连金州湾国际机场、秦沈高速等项目建设进度", "辽宁省",           # liaoning-2026
     [], ["恒力造船绿色高端装备制造"]),
])
def test_a_sector_in_a_works_list_is_no_project_unless_it_has_a_proper_name(sentence, place, kinds, kept):
    labels = {e.label for e in run(sentence, "plan", place)[0]}
    assert set(kept) <= labels and not labels & set(kinds), labels


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, kinds, kept", [
    ("建成充电基础设施终端7.5万个，因地制宜建设大型智算中心等智能新基建项目", "黑龙江省",            # heilongjiang-2026
     ["大型智算中心", "智算中心"], []),
    ("积极争取上级资金和吸引社会投资，重点实施自治区冬季项目体育场馆、社区卫生服务中心、第三中学分校及标准化中学、"
     "幼儿园等公共公益项目", "海拉尔区", ["社区卫生服务中心", "标准化中学"], []),                              # hailaer-2014
    ("东中西高速公路大通道和沿边331国道全线贯通，7个盟市接通高铁", "内蒙古自治区",                       # neimenggu-2026
     [], ["沿边331国道"]),
])
def test_a_kind_of_facility_named_by_its_class_is_no_project(sentence, place, kinds, kept):
    labels = {e.label for e in run(sentence, "review", place)[0]}
    assert set(kept) <= labels and not labels & set(kinds), labels


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, kinds", [
    ("新建5条主干道路、2台热水锅炉、12公里热力主管网、10公里供水管网、13公里双线燃气管道、20公里给排水管网等项目",
     "海拉尔区", ["12公里热力主管网", "10公里供水管网", "20公里给排水管网"]),                            # hailaer-2013
    ("完成1.7万间中小学教室照明改造，建设改造4075公里城市地下管网", "新疆维吾尔自治区",
     ["4075公里城市地下管网"]),                                                                      # xinjiang-2026
    ("加快国家油气网络干线、省内天然气支线管网建设", "湖南省", ["省内天然气支线管网"]),                    # hunan-2026
])
def test_an_amount_or_a_bare_kind_of_network_is_no_project(sentence, place, kinds):
    labels = {e.label for e in run(sentence, "plan", place)[0]}
    assert not labels & set(kinds), labels


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, kind", [
    ("着力推动双良与华能供热管网贯通工程，大力实施既有建筑节能改造和老旧小区三级管网改造，不断提高供热质量",
     "海拉尔区", "老旧小区三级管网"),                                                                # hailaer-2018
    ("推广麒麟区西门街老街有机更新模式，加快推进“三区一村”、地下管网等更新改造", "云南省", "地下管网"),  # yunnan-2026
])
def test_the_rule_passes_alone_keep_no_kind_either(sentence, place, kind, monkeypatch):
    """Without the learned decision (POLICYKG_ENTITY_MODEL=rules) the grammar's names pass the same
    filter as the list members: a kind is dropped (the filter is what drops it)."""
    from policykg.extract import decide, entities
    monkeypatch.setenv("POLICYKG_ENTITY_MODEL", "rules")
    decide.model.cache_clear()
    entities._ANALYSIS.clear()
    try:
        assert kind not in {e.label for e in run(sentence, "plan", place)[0]}
        monkeypatch.setattr(entities, "unnamed_amount", lambda *_: False)
        entities._ANALYSIS.clear()
        assert kind in {e.label for e in run(sentence, "plan", place)[0]}
    finally:
        decide.model.cache_clear()
        entities._ANALYSIS.clear()


@pytest.mark.unit
def test_an_amount_names_a_kind_only_when_nothing_names_it():
    surfaces = place_surfaces(make_sentences("海拉尔区", "海拉尔区", [])[0].context)
    for name in ("10公里供水管网", "8万平方米广场"):                                                  # hailaer-2013
        assert measured_kind(name, surfaces), name
    assert measured_kind("22万个亿元以上新建续建项目", surfaces)                                           # hubei-2026
    # a place first, a dimension, a capacity, a number after, a Chinese numeral before a count: names
    for name in ("奋斗镇1万亩节水灌溉", "110米口径全向可动射电望远镜", "30万吨级进港航道", "2座35万千瓦塔式槽式光热发电项目",
                 "万家惠农贸市场"):
        assert not measured_kind(name, surfaces), name
    for name in ("地下管网", "供水主管网"):                                                             # yunnan-2026, hailaer-2013
        assert bare_kind(name, surfaces), name
    for name in ("北海片区排水管网", "管网"):                                                         # jinghai-2021
        assert not bare_kind(name, surfaces), name


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, kinds, kept", [
    ("深入推进中华优秀传统文化传承发展、文艺精品创优等工程，支持“西海固文学”创作和转化", "宁夏回族自治区",  # ningxia-2026
     ["中华优秀传统文化传承发展"], []),
    ("全面实施全域水患治理工程，开工长江池州段河道治理、淠史杭灌区现代化改造等工程", "安徽省",            # anhui-2026
     ["全域水患治理工程"], ["长江池州段河道治理", "淠史杭灌区现代化改造"]),
    ("加快白濑水利枢纽、闽江干流防洪提升等重大工程建设", "福建省", [], ["闽江干流防洪提升"]),          # fujian-2026
])
def test_a_programme_named_by_its_action_on_no_named_thing_is_no_project(sentence, place, kinds, kept):
    labels = {e.label for e in run(sentence, "plan", place)[0]}
    assert set(kept) <= labels and not labels & set(kinds), labels


@pytest.mark.unit
def test_an_action_names_a_programme_only_when_it_acts_on_no_named_thing():
    surfaces = place_surfaces(make_sentences("海南", "海南省", [])[0].context)
    heads = [rx for _, rx in head_res()]
    for name in ("海洋生态修复工程", "沿海防护林修复工程"):                                               # hainan-2026
        assert action_programme(name, surfaces, heads), name
    for name in ("南渡江防洪治理", "万泉河流域防洪减灾系统治理工程", "松涛灌区续建配套与现代化改造"):       # hainan-2026
        assert not action_programme(name, surfaces, heads), name


@pytest.mark.unit
@pytest.mark.parametrize("stretch, says", [
    ("旅客吞吐量增速居省会城市机场", True),        # qinghai-2026: a figure of the airport, not its name
    ("淄博琉璃艺术展走进国家博物馆", True),        # shandong-2026: an exhibition arriving somewhere
    ("西宁机场三期", False), ("格库铁路青海段", False),
])
def test_a_stretch_holding_a_figure_or_an_arrival_describes_rather_than_names(stretch, says):
    assert describes(stretch) is says


def test_works_named_by_their_upgrade_are_candidates():
    names = _names("开工建设河套灌区现代化改造、乌布林水库等重点项目", "内蒙古自治区")          # neimenggu-2026
    assert {"河套灌区现代化改造", "乌布林水库"} <= names
    assert "红寺堡灌区现代化改造" in _names("加快实施青铜峡、沙坡头、红寺堡灌区现代化改造。", "宁夏回族自治区")


@pytest.mark.unit
def test_an_amount_is_read_with_no_dimension_word_listed(monkeypatch):
    """With dimension_words empty the amount rule still reads amounts (an empty list is no exception,
    not a pattern that never matches)."""
    from policykg.extract import reach

    raw = {**reach.lexicon_raw(), "dimension_words": []}
    monkeypatch.setattr(reach, "lexicon_raw", lambda: raw)
    reach._measure.cache_clear()
    try:
        surfaces = place_surfaces(make_sentences("海拉尔区", "海拉尔区", [])[0].context)
        assert measured_kind("10公里供水管网", surfaces)
        assert measured_kind("110米口径供水管网", surfaces)
    finally:
        reach._measure.cache_clear()
