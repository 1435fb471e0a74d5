"""Project names the decision's grammar must reach (issue #12), on sentences of dev reports."""
from __future__ import annotations

import pytest

from policykg.extract.decide import grammar_candidates, head_res
from policykg.extract.elliptic import elliptic_members
from policykg.extract.groups import counted_lists, subject_lists, uncounted_lists
from policykg.extract.reach import action_programme, bare_kind, describes, measured_kind, with_siblings
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


def test_a_list_member_beside_a_kept_name_needs_only_the_sibling_threshold():
    # (probability, start, end, joined before, joined after): 沙南高速、宁古高速 (fujian-2026)
    items = [(0.58, 10, 14, False, True), (0.9, 15, 19, True, False), (0.58, 30, 34, False, False)]
    assert with_siblings(items, 0.6, None) == [False, True, False]
    assert with_siblings(items, 0.6, 0.5) == [True, True, False]      # the far one is no member
    assert with_siblings(items, 0.6, 0.6) == [False, True, False]


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, members", [
    ("开工大村至遵义、纳雍至六盘水等铁路", "贵州省", ["大村至遵义", "纳雍至六盘水"]),               # guizhou-2026
    ("建成尖扎至贵德、小柴旦湖至老茫崖等公路", "青海省", ["尖扎至贵德", "小柴旦湖至老茫崖"]),        # qinghai-2026
    ("开工同德至玛沁等公路项目", "青海省", ["同德至玛沁"]),                                        # one pair alone
    ("加快莱临、德商、日照至五莲、聊邯长铁路建设", "山东省", ["莱临", "德商", "日照至五莲"]),        # shandong-2026
])
def test_route_pairs_before_a_shared_kind_word_are_members(sentence, place, members):
    [s] = make_sentences(sentence, place, [], part_kind="review")
    assert [c.name for c in elliptic_members(TokSentence(s), [])] == members


@pytest.mark.unit
def test_a_route_pair_alone_needs_a_list_word_and_a_kind_word():
    [s] = make_sentences("建设大同至天津南等特高压工程，开工国道、省道等公路", "山西省", [], part_kind="review")
    assert elliptic_members(TokSentence(s), []) == []


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
@pytest.mark.parametrize("sentence, place, members", [
    ("推进卡阳、松如沟等14个750千伏电网工程", "青海省", ["卡阳", "松如沟"]),                        # qinghai-2026
    ("加快推进大湾、盘南等煤电项目", "贵州省", []),                                    # guizhou-2026: no count, no list
    ("完成呼伦大街、望城路等9条道路工程", "海拉尔区", ["呼伦大街", "望城路"]),                      # hailaer-2014
    ("建成通车济南至宁津等5个项目", "山东省", ["济南至宁津"]),                                      # shandong-2026
    ("抓实风电光伏、新一代煤电、新型储能等11个重点领域项目", "山西省", []),                          # fields, not names
])
def test_members_of_a_counted_list_of_projects_or_works_are_projects(sentence, place, members):
    [s] = make_sentences(sentence, place, [], part_kind="review")
    assert [c.name for c in elliptic_members(TokSentence(s), [])] == members


def _listed(sentence: str, place: str) -> list[str]:
    [s] = make_sentences(sentence, place, [], part_kind="review")
    return [c.name for c in uncounted_lists(TokSentence(s), set(), place_surfaces(s.context), [])]


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, members", [
    ("中石化特种纤维、宝丰第二套煤制烯烃等1700多个新项目开工", "宁夏回族自治区",                     # ningxia-2026
     ["中石化特种纤维", "宝丰第二套煤制烯烃"]),
    ("长江存储二期、东风岚图、邦普时代等1.1万个重大产业项目投产达效", "湖北省", ["东风岚图", "邦普时代"]),
    ("推进湘潭中联矿山机械装备、郴州新能源动力和储能等“十大产业项目”建设", "湖南省",                  # hunan-2026
     ["湘潭中联矿山机械装备", "郴州新能源动力和储能"]),
    ("加快国电湖东、同热三期等新一代煤电试点项目建设", "山西省", ["国电湖东", "同热三期"]),           # shanxi-2026
    ("实施科创能力攀登、美丽山东建设等“十大工程”", "山东省", []),                                   # a bundle of programmes
    ("实施新一轮高等教育“百亿工程”", "山西省", []),                                                  # 等 inside 高等
])
def test_members_of_a_list_before_counted_or_quoted_projects(sentence, place, members):
    got = _listed(sentence, place)
    assert set(members) <= set(got) and (members or not got), got


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, member", [
    ("推进现代化东南沿海港口群建设，加快昌福厦高铁等前期工作", "福建省", "昌福厦高铁"),               # fujian-2026
    ("加快三亚新机场、美兰机场三期、儋州机场、东方机场等前期工作", "海南省", "东方机场"),             # hainan-2026
])
def test_members_whose_preliminary_work_is_pressed_are_projects(sentence, place, member):
    assert member in _listed(sentence, place)


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
@pytest.mark.parametrize("sentence, place, members", [
    ("农林桥、呼达罕桥竣工通车，新建农村道路32公里。", "海拉尔区", ["农林桥", "呼达罕桥"]),               # hailaer-2013
    ("江门中微子实验站、惠州强流重离子加速器建成运行，散裂中子源二期加快建设。", "广东省",                # guangdong-2026
     ["江门中微子实验站", "惠州强流重离子加速器"]),
    ("美丽河湖、美丽海湾建成率分别达到60%。", "山东省", []),                                           # a rate, not a predicate
    ("推动哈伊高铁、哈尔滨都市圈环线交工投用。", "黑龙江省", []),                                      # a verb opens the list
])
def test_a_clause_opening_list_that_is_completed_is_a_list_of_works(sentence, place, members):
    [s] = make_sentences(sentence, place, [], part_kind="review")
    assert [c.name for c in subject_lists(TokSentence(s), set(), place_surfaces(s.context), [])] == members


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
@pytest.mark.parametrize("sentence, place, members", [
    ("确保雪花、亘富、万家惠等在建项目尽早建成投产，维多利、时代广场、中网科技云计算等拟建项目尽快开工建设", "海拉尔区",
     ["万家惠", "维多利", "中网科技云计算"]),                                                        # hailaer-2014
    ("高性能玻纤智能制造等项目投产，碳化硅三期、阳泉铝产业链一体化等项目加快建设", "山西省",
     ["碳化硅三期", "阳泉铝产业链一体化"]),                                                            # shanxi-2026
])
def test_an_adverb_of_pace_before_the_works_predicate_keeps_the_list_its_subject(sentence, place, members):
    assert set(members) <= set(_listed(sentence, place))


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, members", [
    ("布局东明石化、东营富海等重大项目，推进弘润石化转型升级", "山东省", ["东明石化", "东营富海"]),     # shandong-2026
    ("提速山钢日照基地二期、永锋临港焦钢一体化等重大项目", "山东省", ["山钢日照基地二期", "永锋临港焦钢一体化"]),
    ("力争包商银行培训中心、中成大酒店等项目在旅游旺季前投入运营", "海拉尔区", ["包商银行培训中心"]),      # hailaer-2014
])
def test_a_verb_that_presses_or_places_a_list_of_works_governs_its_members(sentence, place, members):
    assert set(members) <= set(_listed(sentence, place))


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, members", [
    ("提速庆云至章丘等23个续建项目", "山东省", ["庆云至章丘"]),                                     # shandong-2026
    ("建好长春都市圈西环、白山至临江、松江河至长白等高速公路续建项目", "吉林省",                       # jilin-2026
     ["长春都市圈西环", "白山至临江", "松江河至长白"]),
])
def test_a_verb_that_speeds_or_completes_works_is_no_part_of_the_first_member(sentence, place, members):
    [s] = make_sentences(sentence, place, [], part_kind="plan")
    assert [c.name for c in elliptic_members(TokSentence(s), [])] == members


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


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, members", [
    ("加快推动现役煤电机组改造，建成投产大湾、盘南等煤电项目", "贵州省", ["大湾", "盘南"]),               # guizhou-2026
    ("建成投产大唐郓城、华能四期等大型清洁高效煤电项目", "山东省", ["大唐郓城", "华能四期"]),           # shandong-2026
])
def test_a_works_kind_before_the_list_head_vouches_for_members_with_no_head(sentence, place, members):
    assert _listed(sentence, place) == members


@pytest.mark.unit
def test_a_two_character_member_needs_a_list_that_vouches_for_it():
    assert "惠科" in _listed("推动京东方、惠科等重大产业项目尽快投产满产", "四川省")                   # sichuan-2026
    assert "惠科" not in _listed("推动京东方、惠科等重大产业项目", "四川省")       # no predicate, no works kind


@pytest.mark.unit
@pytest.mark.parametrize("text, count, members", [
    ("推进中核汇能通榆、华电榆树、天楹辽源等5个百亿级绿色氢基能源一体化项目建设。", 5,                 # jilin-2026
     ["中核汇能通榆", "华电榆树", "天楹辽源"]),
    ("抓好赛得利纤维等3500多个拟竣工投产项目。", 3500, ["赛得利纤维"]),                              # shandong-2026
])
def test_a_counted_list_takes_an_approximate_count_and_a_long_kind(text, count, members):
    [g] = counted_lists(TokSentence(make_sentences(text, "吉林省", [], part_kind="plan")[0]), set())
    assert g.count == count and [c.name for c in g.members] == members


def _subjects(sentence: str, place: str) -> list[str]:
    [s] = make_sentences(sentence, place, [], part_kind="plan")
    return [c.name for c in subject_lists(TokSentence(s), set(), place_surfaces(s.context), [])]


@pytest.mark.unit
def test_a_list_filling_the_clause_after_a_building_verb_is_a_list_of_works():
    assert _subjects("全面建成海南师范大学桂林洋校区，加快建设海口永兴教育城、海南大学崖州校区、海南医科大学桂林洋校区、"
                     "海南警察学院二期，支持海南热带海洋学院加快强海", "海南省") == [                    # hainan-2026
        "海口永兴教育城", "海南大学崖州校区", "海南医科大学桂林洋校区", "海南警察学院二期"]
    assert _subjects("开工建设京杭运河与小清河航道连通工程、梁山港二期，打造济宁北方内河航运中心", "山东省") == [
        "京杭运河与小清河航道连通工程", "梁山港二期"]                                                # shandong-2026
    goals = "繁荣发展文化事业和文化产业，加快建设文化强省、社科强省，更好满足人民群众日益增长的需求"   # fujian-2026
    assert _subjects(goals, "福建省") == []                   # no member ends with a works head: goals


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
