"""Park candidates and the park context features of the decision, on real dev report text."""
from __future__ import annotations

from policykg.extract.candidates import park_candidates
from policykg.extract.project_rules import project_candidates
from policykg.extract.decide import features, grammar_candidates, name_counter
from policykg.extract.grammar import TokSentence
from policykg.extract.park_lists import listed_parks
from policykg.extract.surfaces import place_surfaces

from entity_helpers import labels, make_sentences, run, tok_sentence

ZERO_CARBON = "推进甘泉堡经济技术开发区、上库高新技术产业开发区、石河子经济技术开发区国家级零碳园区建设"  # xinjiang-2026
APPLY = "支持鄂州申建空港综保区，支持荆州申建保税物流中心"                                            # hubei-2026
SIBLINGS = "加快光子科创城、聚变科创城等高能级产业平台建设"                                           # sichuan-2026
LISTED = "提升联影小镇、东方美谷等特色园区能级"                                                       # shanghai-2026
COUNTED = "推进国家物流枢纽、国家骨干冷链物流基地和银川陆港等5个物流园区建设"                         # ningxia-2026


def _sentence(text: str, place: str):
    return tok_sentence(text, place)


def _park_features(text: str, place: str) -> dict[str, dict]:
    st, surfaces = _sentence(text, place)
    cands = grammar_candidates(st, listed_parks(st), surfaces)
    return {c.name: features(c, surfaces, set(), name_counter([st.s])) for c in cands if c.kind == "Park"}


def test_a_park_and_the_honour_it_gets_are_not_one_name():
    names = _park_features(ZERO_CARBON, "新疆维吾尔自治区")
    assert "石河子经济技术开发区" in names
    assert not any("开发区国家级" in n for n in names)     # the park, then the honour it gets


def test_a_place_and_its_predicate_do_not_start_a_park_name():
    names = _park_features(APPLY, "湖北省")
    assert "空港综保区" in names and not any("申建" in n for n in names)
    assert "Park:status_before" in names["空港综保区"]


def test_a_verb_tagged_word_may_start_a_park_name_beside_a_park():
    names = _park_features(SIBLINGS, "四川省")
    assert "聚变科创城" in names                     # jieba tags 聚变 a verb
    assert "Park:sibling_park" in names["聚变科创城"] and "Park:sibling_park" in names["光子科创城"]
    assert not any(n.startswith("加快") for n in names)   # a governing verb never starts one


def test_members_of_a_list_of_parks_are_park_candidates():
    st, _ = _sentence(LISTED, "上海市")
    assert [c.name for c in listed_parks(st)] == ["东方美谷", "联影小镇"]
    st, _ = _sentence(COUNTED, "宁夏回族自治区")
    assert {"银川陆港", "国家骨干冷链物流基地"} <= {c.name for c in listed_parks(st)}


def test_a_list_of_projects_is_not_a_list_of_parks():
    st, _ = _sentence("加快上合经贸综合服务平台、上合资本港等重点项目实施", "山东省")      # shandong-2026
    assert listed_parks(st) == []


def test_a_ranked_count_of_parks_is_a_category():
    assert not any("五大" in n for n in _park_features("促进五大片区协同发展", "四川省"))     # sichuan-2026
    names = _park_features("做强济南、青岛、淄博、济宁4大机器人产业基地", "山东省")            # shandong-2026
    assert names == {}          # 产业基地 is no park head (parks.yaml, 2026-12-03), nor is 4大… a name


def test_a_public_park_is_not_an_economic_zone():
    names = _park_features("大熊猫国家公园建设扎实推进、若尔盖国家公园获批创建", "四川省")     # sichuan-2026
    assert not any(n.endswith("公园") for n in names)


def test_a_list_of_places_before_a_park_category_is_not_a_list_of_parks():
    st, surfaces = _sentence("同步推动海东、海西等地零碳园区、零碳工厂建设", "青海省")            # qinghai-2026
    assert {"海东", "海西"} <= {c.name for c in listed_parks(st)}
    assert not {"海东", "海西"} & {c.name for c in park_candidates(st, surfaces)[0]}


def test_a_sub_area_is_a_park_only_after_the_zone_it_divides():
    names = _park_features("深化自贸试验区提升战略，推动大连片区整合提升", "辽宁省")            # liaoning-2026
    assert "Park:area_of_zone" in names["大连片区"]
    assert not any(n.endswith("片区") for n in _park_features("组团式推进镇村片区建设", "广东省"))  # guangdong-2026
    bracketed = _park_features("推进武夷山国家公园（江西片区）建设", "江西省")                   # jiangxi-2026
    assert not any("片区" in n for n in bracketed)


def test_a_bare_yuan_is_no_park_head_but_a_science_and_innovation_park_is():
    text = "世界反法西斯战争海拉尔纪念园、两河圣山旅游文化景区基础设施建设工程进展顺利"            # hailaer-2018
    names = _park_features(text, "呼伦贝尔市")
    # the general path (parks35, park_general.py) proposes X园 as a kind of area, weighed as its own path
    assert not any(n.endswith("园") and "Park:general_only" not in f for n, f in names.items())
    ents, _ = run(text, place="海拉尔区", parents=["呼伦贝尔市"])
    assert not labels(ents, "Park")                                                            # and does not keep it
    assert "沈抚科创园" in _park_features("支持沈抚科创园探索科技成果转化新模式", "辽宁省")        # liaoning-2026


def test_a_park_name_holds_no_word_that_opens_a_clause():
    names = _park_features("苏州工业园区在国家级经开区综合考核评价中稳居第一", "江苏省")          # jiangsu-2026
    assert "苏州工业园区" in names and not any("在" in n for n in names)


def _rule_parks(text: str, place: str, parents: list[str]) -> list[str]:
    return [c.name for c in park_candidates(*tok_sentence(text, place, parents))[0]]


def test_a_district_names_its_own_park_by_function_alone():
    text = "加快空港物流园前期工作，推进航空国际物流业务开展"                                    # hailaer-2013
    assert _rule_parks(text, "海拉尔区", ["呼伦贝尔市"]) == ["空港物流园"]
    assert _rule_parks(text, "内蒙古自治区", []) == []       # a province names a park with its place
    started = "加快推进香港豪德商贸城项目前期，启动通用航空产业园项目建设"                        # hailaer-2014
    assert "通用航空产业园" in _rule_parks(started, "海拉尔区", ["呼伦贝尔市"])


def test_a_function_named_park_is_no_title_or_clause():
    level = "完成自治区级物流园区的审批工作。一是按照自治区级物流园区标准，科学制定发展规划"       # hailaer-2013/2014
    for text in level.split("。"):
        assert _rule_parks(text, "海拉尔区", ["呼伦贝尔市"]) == []
    assert _rule_parks("推动智能产业园高质量发展", "静海区", ["天津市"]) == []   # a generic modifier alone


def test_a_park_may_run_into_the_works_of_building_it():
    names = _park_features("启动通用航空产业园项目建设，确保红星美凯龙主力店年内投入运营", "海拉尔区")  # hailaer-2014
    assert "通用航空产业园" in names
    assert not any(n.endswith("示范区") for n in _park_features("建成上海示范区线", "上海市"))


def test_a_verbs_complement_is_not_the_start_of_a_name():
    text = "规划好能源矿产品物流园区，完成园区选址"                                               # hailaer-2013
    assert _rule_parks(text, "海拉尔区", ["呼伦贝尔市"]) == ["能源矿产品物流园区"]
    [s] = make_sentences("建设好长征国家文化公园（广东段）", "广东省", [], part_kind="plan")      # guangdong-2026
    st = TokSentence(s)
    names = [c.name for c in project_candidates(st, place_surfaces(s.context))]
    assert "长征国家文化公园（广东段）" in names and not any(n.startswith("好") for n in names)


def test_a_region_or_its_port_is_weighed_as_a_region():
    port = _park_features("北部湾港新增外贸泊位20个，船舶平均待泊时间同比减少8.9小时", "广西壮族自治区")  # guangxi-2026
    assert "Park:region" in port["北部湾港"]                  # a gazetteer region first
    lake = _park_features("洞庭湖生态经济区绿色发展指数稳步提升", "湖南省")                         # hunan-2026
    river = _park_features("支持江淮生态经济区发展优势产业和富民产业", "江苏省")                    # jiangsu-2026
    assert "Park:region" in lake["洞庭湖生态经济区"] and "Park:region" in river["江淮生态经济区"]
    zone = _park_features("推动苏州工业园区高质量发展", "江苏省")
    assert "Park:region" not in zone["苏州工业园区"]


def test_a_title_level_inside_a_name_marks_a_designation():
    zone = _park_features("高水平建设黄河三角洲国家农高区、潍坊国家农综区，布局未来农业产业园区", "山东省")
    assert "Park:title_inside" in zone["黄河三角洲国家农高区"]                                     # shandong-2026
    names = _park_features("建强齐鲁“新工科”，省部共建国家大学科技园，建立高新区和高校联动发展机制", "山东省")
    assert "Park:title_inside" not in names["大学科技园"]      # the kind alone: no designation inside
    named = _park_features("支持鄂州申建空港综保区，支持荆州申建保税物流中心", "湖北省")            # hubei-2026
    assert not any("Park:title_inside" in f for f in named.values())


def test_the_kind_word_after_deng_says_what_a_listed_name_is():
    site = _park_features("优化浦西世博园区等滨水空间环境", "上海市")                              # shanghai-2026
    assert "Park:kind_after=other" in site["浦西世博园区"]
    parks = _park_features("加快光子科创城、聚变科创城等高能级产业平台建设", "四川省")              # sichuan-2026
    assert "Park:kind_after=other" in parks["聚变科创城"] and "Park:kind_after=park" not in parks["聚变科创城"]
    listed = _park_features("推进国家物流枢纽、国家骨干冷链物流基地和银川陆港等5个物流园区建设", "宁夏回族自治区")
    assert "Park:kind_after=park" in listed["银川陆港"]                                           # ningxia-2026


def test_a_place_and_its_head_alone_are_weighed_by_the_head():
    port = _park_features("北部湾港新增外贸泊位20个", "广西壮族自治区")                          # guangxi-2026
    assert "Park:place_only=港" in port["北部湾港"]
    city = _park_features("强化广州港、深圳港国际枢纽港地位", "广东省")                           # guangdong-2026
    assert "Park:place_only=港" in city["深圳港"]
    zone = _park_features("园区规模工业增加值占全省比重增至76%以上，湘潭经开区纳入全国首批零碳园区", "湖南省")
    assert "Park:place_only=经开区" in zone["湘潭经开区"]                                         # hunan-2026
    function = _park_features("支持鄂州申建空港综保区", "湖北省")                                  # hubei-2026
    assert not any(k.startswith("Park:place_only") for k in function["空港综保区"])
