"""Entity extraction: one test per rule on real report sentences, plus a scored evaluation. Lists
(elliptic members, list subjects) and the placement rule are in test_entity_lists.py."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from policykg.scoring import names, score_entities
from policykg.extract.entities import extract_entities, extract_groups

from entity_helpers import get, labels, make_sentences, run

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"
ANNOTATION = Path(__file__).parent / "annotations" / "dev" / "jinghai-2021-entities.yaml"


# ------------------------------------------------------------------------------- one test per rule
def test_park_abbreviation_and_full_name_are_one_entity():
    text = ("全面提高中日（天津）健康产业发展合作示范区、天津子牙经济技术开发区等平台“微功能”。"
            "子牙经开区重点推动废旧动力电池回收利用等5个项目开工建设。")
    ents, _ = run(text)
    park = get(ents, "Park", "子牙经开区")
    assert park.label == "天津子牙经济技术开发区"
    assert {"子牙经开区", "子牙经济技术开发区"} <= park.alt_labels
    assert park.attrs["parkKind"] == "development zone"
    assert len(park.spans) == 2


def test_back_reference_resolves_to_unique_longer_park():
    text = ("中日（天津）健康产业发展合作示范区设立。"
            "合作示范区用好市级联席会议机制，推动中日国际健康体检中心等15个项目开工建设。")
    ents, links = run(text)
    park = get(ents, "Park", "合作示范区")
    assert park.label == "中日（天津）健康产业发展合作示范区"
    assert ("中日国际健康体检中心", "locatedIn", park.label) in {
        (l.subject.label, l.predicate, l.object.label) for l in links}


def test_a_parks_short_form_kept_as_project_is_the_parks_mention():
    # hailaer-2013 (dev): 汽车园 (the review's short form) is 中俄蒙国际汽车产业园 (the plan's name), not a project
    text = ("中俄蒙物流园、汽车园、文化创意产业园等项目进展顺利。"
            "加快中俄蒙国际汽车产业园建设，汽配城及专业4S店项目全部投入运营。")
    ents, _ = run(text, part="review", place="海拉尔区", parents=["呼伦贝尔市"])
    park = get(ents, "Park", "中俄蒙国际汽车产业园")
    assert "汽车园" in park.alt_labels and len(park.spans) == 2
    assert "汽车园" not in labels(ents, "Project")


@pytest.mark.parametrize("short, long, same", [
    ("汽车园", "中俄蒙国际汽车产业园", True),          # hailaer-2013 (dev)
    ("文化创意产业园", "中俄蒙文化创意产业园", True),   # hailaer-2013 (dev)
    ("合作示范区", "中日（天津）健康产业发展合作示范区", True),   # jinghai-2021 (dev)
    ("园区铁路专用线", "中俄蒙国际物流园区", False),    # hailaer-2014: a work named after the park
    ("伊敏河沿河公园", "伊敏河产业园", False),         # a 公园 is no park head
    ("物流园", "中俄蒙国际物流园区", False),           # no distinctive part before the head
])
def test_short_form_of_a_park(short, long, same):
    from policykg.extract.identity import short_form_of
    assert short_form_of(short, long) is same


def test_titles_and_roles_are_not_parks():
    text = ("天津现代建筑产业园获批国家装配式建筑产业基地，子牙经开区成为国家生态工业示范园区。"
            "持续打造对接服务雄安新区示范区。国家生态文明先行示范区创建深入推进。")
    ents, _ = run(text, part="review")
    parks = labels(ents, "Park")
    assert parks == {"天津现代建筑产业园", "子牙经开区"}
    assert "国家生态工业示范园区" in get(ents, "Park", "子牙经开区").attrs["titles"]


def test_park_status_applied_for():
    ents, _ = run("积极申报设立子牙综合保税区，完善加工制造、物流分拨等功能服务。")
    park = get(ents, "Park", "子牙综合保税区")
    assert park.attrs == {"parkKind": "bonded zone", "status": "applied for", "identity": "子牙综合保税区",
                          "zh": "子牙综合保税区"}


def test_topic_park_hosts_listed_projects_and_group_statement():
    text = "国际商贸物流园加快红星美凯龙二期、鲲宝物流等7个项目建设，打造现代化国际化农产品物流及电商中心。"
    ents, links = run(text)
    assert labels(ents, "Project") == {"红星美凯龙二期", "鲲宝物流"}      # 电商中心 is generic
    pairs = {(l.subject.label, l.object.label) for l in links if l.predicate == "locatedIn"}
    assert pairs == {("红星美凯龙二期", "国际商贸物流园"), ("鲲宝物流", "国际商贸物流园")}
    [g] = extract_groups(text, make_sentences(text, part_kind="plan"))
    assert g.park.label == "国际商贸物流园" and g.count == 7
    assert [p.label for p in g.projects] == ["红星美凯龙二期", "鲲宝物流"]
    assert text[g.count_span.start:g.count_span.end] == "7个项目"


def test_group_without_park():
    text = "推进生态黑猪养殖、蚯蚓养殖等6个农业项目建设，生猪出栏量30万头。"
    [g] = extract_groups(text, make_sentences(text, part_kind="plan"))
    assert g.park is None and g.count == 6
    assert [p.label for p in g.projects] == ["生态黑猪养殖", "蚯蚓养殖"]


@pytest.fixture
def rules_only(monkeypatch):
    """The rule passes decide (POLICYKG_ENTITY_MODEL=rules): tests of what they read, apart from the learned keep/drop."""
    from policykg.extract import decide
    monkeypatch.setenv("POLICYKG_ENTITY_MODEL", "rules")
    decide.model.cache_clear()
    yield
    decide.model.cache_clear()


def test_project_suffixes_and_status(rules_only):
    text = ("开工建设津静市郊铁路首开段，实施团静公路改建工程，启动团大公路新建等4项工程，推进团泊大道大邱庄段贯通。"
            "启动南水北调中线引江供水工程，加快北海片区排水管网建设。")
    ents, links = run(text)
    status = {e.label: e.attrs.get("status") for e in ents if e.kind == "Project"}
    assert status == {"津静市郊铁路首开段": "to start", "团静公路改建工程": "under construction",
                      "团大公路新建": "to start", "团泊大道大邱庄段": "under construction",
                      "南水北调中线引江供水工程": "to start", "北海片区排水管网": "under construction"}
    assert all(e.attrs.get("year") == 2021 for e in ents if e.kind == "Project")
    assert ("团泊大道大邱庄段", "大邱庄") in {(l.subject.label, l.object.label) for l in links}


def test_review_projects_completed_with_review_year(seed):
    """"建成区疾控中心、防疫物资保障库和城市检测基地。" in the seed's review of 2020."""
    text, sents, _ = seed
    ents, _ = extract_entities(text, sents)
    wanted = {"区疾控中心", "防疫物资保障库", "城市检测基地"}
    found = {(e.label, e.attrs["status"], e.attrs["year"]) for e in ents if e.kind == "Project" and e.label in wanted}
    # the status and year of what is kept (the learned decision keeps one to three of them, by fit)
    assert found <= {(name, "completed", 2020) for name in wanted} and found, found


def test_generic_facilities_and_programmes_are_not_projects():
    text = ("打造医药、医疗设备、高端再制造创新基地。全面落实文化惠民工程，农家书屋实现全覆盖。"
            "深化“雪亮工程”，提升智慧城市建设水平。确保新引进5000万元以上项目不少于100个。")
    ents, _ = run(text)
    assert labels(ents, "Project") == set()


def test_organisations_by_suffix_list_and_cooperation():
    text = ("中旺航空产业园重点发挥中航表面处理中心引领作用，推进科维尔等7个项目加快建设。"
            "发挥工场网、谷川联行、梧桐树基金等专业招商平台作用。深化与中国钢研院合作。")
    ents, links = run(text)
    assert {"中航表面处理中心", "工场网", "谷川联行", "梧桐树基金", "中国钢研院"} <= labels(ents, "Organization")
    assert ("科维尔", "involves", "中航表面处理中心") in {
        (l.subject.label, l.predicate, l.object.label) for l in links}


def test_places_gazetteer_suffix_and_settlements():
    text = ("助力镇原县实现脱贫摘帽，卡若区巩固脱贫成果。84名白衣天使逆行湖北。深刻汲取西双塘村违建别墅等问题教训。"
            "启动建设唐官屯铁路货场。筹备设立朝阳街道。")
    ents, links = run(text)
    levels = {e.label: e.attrs["placeLevel"] for e in ents if e.kind == "Place"}
    assert levels == {"镇原县": "county", "卡若区": "district", "湖北省": "province", "西双塘村": "village",
                      "唐官屯": "town", "朝阳街道": "town"}
    assert "湖北" in get(ents, "Place", "湖北省").alt_labels


def test_curation_changes_label_and_keeps_alias():
    text = "发挥中医药大学和血液病医院中西医创新“双航母”和国家队作用。"
    plain, _ = run(text)
    cur, _ = run(text, curation=True)
    assert "中医药大学" in labels(plain, "Organization")
    org = get(cur, "Organization", "中医药大学")
    assert org.label == "天津中医药大学" and "中医药大学" in org.alt_labels


# --------------------------------------------------------------------- other reports (generality)
def test_anhui_2026_sentences():
    text = ("合新高铁安徽段、合肥西站建成运营，亳州机场建成通航。"
            "建设未来农业产业园、中荷现代设施农业产业园，农业科技进步贡献率67.5%。"
            "紫云山（包河）文化创意产业园营收超650亿元。"
            "打造“世界一流、百年不衰”的合肥滨湖科学城，牵引形成全省域创新空间格局。")
    ents, links = run(text, part="review", place="安徽省", parents=[])
    assert {"合新高铁安徽段", "亳州机场"} <= labels(ents, "Project")
    assert get(ents, "Project", "亳州机场").attrs["status"] == "completed"
    # 未来农业产业园 (a kind of park the province builds) is the decision's known error here
    assert {"中荷现代设施农业产业园", "紫云山（包河）文化创意产业园", "合肥滨湖科学城"} <= labels(ents, "Park") <= {
        "中荷现代设施农业产业园", "紫云山（包河）文化创意产业园", "合肥滨湖科学城", "未来农业产业园"}
    assert get(ents, "Park", "合肥滨湖科学城").attrs["parkKind"] == "science park"
    assert ("合肥滨湖科学城", "合肥市") in {(l.subject.label, l.object.label) for l in links}


def test_hailaer_2018_sentence_gbk_source():
    raw = "苍狼白鹿冰雪运动基地建成并承接了国家级赛事。\r\n".encode("gb18030")
    text = raw.decode("gb18030").replace("\r\n", "\n")
    ents, _ = run(text, part="review", place="海拉尔区", parents=["呼伦贝尔市", "内蒙古自治区"])
    project = get(ents, "Project", "苍狼白鹿冰雪运动基地")
    assert project.attrs["status"] == "completed"


# ------------------------------------------------------------------------------------- evaluation
def _score(ents, gold, kind):
    """Precision, recall, false positives and misses, scored as `make eval` scores them."""
    c = score_entities(ents, gold, kind)
    p, r, _ = c.prf()
    return p, r, sorted(c.fps), sorted(c.fns)


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    gold = yaml.safe_load(ANNOTATION.read_text(encoding="utf-8"))
    return text, make_sentences(text), gold


# floors at what the seed measures with the decision fitted on 28 dev reports (its project threshold
# favours precision: projects P 1.00, R 0.65)
CLASSES = [("Park", "parks", 0.9), ("Project", "projects", 0.65), ("Organization", "organizations", 0.0),
           ("Place", "places", 0.0)]


@pytest.mark.parametrize("curation", [False, True])
def test_seed_precision_recall(seed, curation):
    text, sents, gold = seed
    ents, links = extract_entities(text, sents, curation=curation)
    for e in ents:
        for s in e.spans:
            assert text[s.start:s.end] in {e.label, *e.alt_labels}, (e.label, text[s.start:s.end])
    print(f"\n[curation={curation}]")
    for kind, key, floor in CLASSES:
        p, r, fps, misses = _score(ents, gold[key], kind)
        print(f"  {kind:13s} P={p:.2f} R={r:.2f}  FP={fps}  missed={misses}")
        assert p >= floor and r >= floor, (kind, p, r, fps, misses)


def test_seed_attributes(seed):
    text, sents, gold = seed
    ents, _ = extract_entities(text, sents)
    found = 0
    for g in gold["parks"]:
        e = next((e for e in ents if e.kind == "Park" and {e.label, *e.alt_labels} & names(g)), None)
        if e is not None:
            found += 1
            assert e.attrs["parkKind"] == g["kind"], g
            assert e.attrs["status"] == g["status"], g
    assert found >= 0.9 * len(gold["parks"])
    right = total = 0
    for g in gold["projects"]:
        e = next((e for e in ents if e.kind == "Project" and {e.label, *e.alt_labels} & names(g)), None)
        if e is not None and "status" in g:
            total += 1
            right += e.attrs.get("status") == g["status"]
    print(f"\nproject status accuracy {right}/{total}")
    assert right / total >= 0.8


def _resolve(ents, name, kinds=("Park", "Project", "Place", "Organization")):
    return {id(e) for e in ents if e.kind in kinds and (name == e.label or name in e.alt_labels)}


def test_seed_links_and_groups(seed):
    text, sents, gold = seed
    ents, links = extract_entities(text, sents)
    got = {(id(l.subject), l.predicate, id(l.object)) for l in links}
    for pred_name, key in (("locatedIn", "located_in"), ("involves", "involves")):
        found = [(s, o) for s, o in gold[key]
                 if any((si, pred_name, oi) in got for si in _resolve(ents, s) for oi in _resolve(ents, o))]
        # measured on the seed with the decision fitted on 28 dev reports: 17 of 19 ties (the two
        # trading platforms of the 子牙 zone fall below the project threshold), 2 of 3 involvements
        # (生宝集团设施农业提升工程 falls below it too)
        assert len(found) >= 0.66 * len(gold[key]), (key, set(map(tuple, gold[key])) - set(found))
    for l in links:
        assert l.span is not None and text[l.span.start:l.span.end]
    groups = extract_groups(text, sents)
    as_tuples = {(g.park.label if g.park else None, tuple(p.label for p in g.projects), g.count) for g in groups}
    want = {(g["park"], tuple(g["projects"]), g["count"]) for g in gold["groups"]}
    assert as_tuples == want
    for g in groups:
        assert re.fullmatch(r"\d+[个项]\S{0,6}(项目|工程)", text[g.count_span.start:g.count_span.end])
