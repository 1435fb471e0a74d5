"""Lists of works whose members the decision's grammar must reach as projects (issue #12), on sentences of dev
reports: counted, uncounted and clause-opening lists, route pairs, siblings (the rest: test_project_recall.py)."""
from __future__ import annotations

import pytest

from policykg.extract.elliptic import elliptic_members
from policykg.extract.groups import counted_lists, subject_lists, uncounted_lists
from policykg.extract.reach import with_siblings
from policykg.extract.grammar import TokSentence
from policykg.extract.surfaces import place_surfaces

from entity_helpers import make_sentences


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
