"""Outline and metadata: the seed's full outline, and every shipped report's metadata and clean outline."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.corpus.inputs import folder_reports
from policykg.read import read_report
from policykg.structure import parse

ROOT = Path(__file__).resolve().parent.parent

REVIEW_ITEMS = ["经济发展质量和效益显著提高", "融入京津冀协同发展显著加快", "乡村振兴取得显著成效",
                "“三大攻坚战”取得显著成果", "“五项创建”成果显著", "改革开放水平显著提升", "民生事业显著改善"]
GOALS = ["2035年远景目标", "经济高质量发展迈上新台阶", "改革开放迈出新步伐", "社会文明程度得到新提高",
         "生态文明建设取得新成效", "民生福祉得到新改善", "社会治理效能得到新提升"]
WORK_AREAS = {
    "着力推进创新驱动发展": ["加快推动科技创新", "加快产业转型升级", "加快推进园区发展步伐"],
    "着力构建新发展格局": ["打造对接服务雄安新区示范区", "促进消费提质升级", "深化对外交流合作"],
    "着力推进乡村振兴": ["促进农业高质高效发展", "提升农村宜居宜业水平", "加大支农惠农力度", "严格农用地管控",
                    "接续推进扶贫协作和支援合作"],
    "着力加强生态环境保护": ["强化污染防治", "强化生态环境保护修复", "强化绿色低碳发展"],
    "着力抓好招商引资": ["构建大招商工作格局", "持续优化营商环境", "严格落实考核机制"],
    "着力深化重点领域改革": ["深入推进农村改革", "深入推进国有企业改革", "深入推进财政体制改革"],
    "着力提升城市建管水平": ["增强城市功能品质", "完善区域基础设施功能", "加强基层社会治理"],
    "着力提升群众生活品质": ["提高就业和保障水平", "推动教育优质均衡发展", "加强卫生健康事业建设", "繁荣发展文体事业",
                       "强化公共安全和应急管理"],
    "着力抓好疫情防控": ["始终绷紧疫情防控之弦", "加强应急能力建设", "做好春节期间疫情防控"],
    "着力加强政府自身建设": ["加强政治建设", "严格依法行政", "转变工作作风"],
}


@pytest.fixture(scope="module")
def seed():
    doc = read_report(str(ROOT / "data" / "reports" / "jinghai-2021.txt"))
    return doc, parse(doc)


def test_seed_metadata(seed):
    md = seed[0].metadata
    assert (md.place, md.place_parents, md.year, md.date) == ("静海区", ["天津市"], 2021, "2021-01-13")
    assert (md.speaker, md.meeting) == ("金汇江", "第二届人民代表大会第八次会议")


def test_seed_parts(seed):
    parts = [h for h in seed[1].headings if h.level == 1]
    assert [(h.label, h.part_kind) for h in parts] == [
        ("“十三五”时期工作回顾", "review"),
        ("2035年远景目标和“十四五”时期主要目标与重点任务", "outlook"),
        ("努力实现“十四五”良好开局", "plan")]


def test_seed_review_items_goals_and_key_tasks(seed):
    areas = [h for h in seed[1].headings if h.level == 2]
    assert [h.label for h in areas if h.parent == "1"] == REVIEW_ITEMS
    assert [h.label for h in areas if h.kind == "Goal"] == GOALS
    key_tasks = [h.label for h in areas if h.parent == "2" and h.kind == "Task"]
    assert len(key_tasks) == 10 and key_tasks[0] == "坚持创新驱动发展，全面塑造高质量发展新优势"
    assert "立足京津冀协同发展，打造“构建新发展格局战略支点的示范区”" in key_tasks


def test_seed_work_areas_and_sub_tasks(seed):
    headings = seed[1].headings
    areas = [h for h in headings if h.level == 2 and h.parent == "3"]
    assert [h.label for h in areas] == list(WORK_AREAS)
    assert all(h.kind == "Task" and h.also_section for h in areas)
    for area in areas:
        subs = [h.label for h in headings if h.parent == area.key]
        assert subs == WORK_AREAS[area.label], area.label


def test_every_heading_quotes_the_text(seed):
    doc, outline = seed
    for h in outline.headings:
        assert doc.text[h.span.start:h.span.end] == h.label


def test_sentences_are_exact_and_outside_the_preamble(seed):
    doc, outline = seed
    assert outline.body.start == doc.text.index("各位代表：")
    for s in outline.sentences:
        assert doc.text[s.span.start:s.span.end] == s.text
        assert s.span.start >= outline.body.start


SHIPPED = [Path(p) for p in folder_reports(str(ROOT / "data" / "corpus"))]


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_corpus_metadata_and_clean_outline(path):
    doc = read_report(str(path))
    md = doc.metadata
    assert md.place and md.year and md.date and md.meeting and md.speaker
    if "hailaer" in path.parts:
        assert md.place == "海拉尔区" and md.year == int(path.stem[-4:])
    else:
        assert md.year == 2026 and md.place_level == "province"
    outline = parse(doc)
    parts = [h for h in outline.headings if h.level == 1]
    assert 2 <= len(parts) <= 6
    assert any(h.part_kind == "review" for h in parts) and any(h.part_kind == "plan" for h in parts)
    clutter = ("来源", "时间：", "相关报道", "名词解释", "注释", "打印", "摄", "编辑")
    for h in outline.headings:
        assert h.span.end <= outline.body.end
        assert not any(c in h.label for c in clutter), h.label
    for s in outline.sentences:
        assert not any(s.text.startswith(c) for c in ("来源：", "时间：", "相关报道")), s.text


@pytest.mark.parametrize("name,glossary_head", [("guangdong", "名词解释"), ("hainan", "注释"),
                                                ("jiangxi", "名词注释"), ("sichuan", "名词解释")])
def test_glossary_left_out(name, glossary_head):
    doc = read_report(str(ROOT / "data" / "corpus" / "provincial-2026" / f"{name}-2026.txt"))
    outline = parse(doc)
    assert glossary_head in doc.text[outline.body.end:outline.body.end + 40]
    assert all(s.span.end <= outline.body.end for s in outline.sentences)


@pytest.mark.unit
def test_meeting_line_with_the_month_only_dates_the_year():
    """Regression: "——2019年1月在…人民代表大会第三次会议上" (no day) gave no year, so the report was refused."""
    from policykg.structure.metadata import read_metadata
    seed_text = (ROOT / "data" / "reports" / "jinghai-2021.txt").read_text(encoding="utf-8")
    month_only = seed_text.replace("2021年1月13日在", "2021年1月在", 1)
    assert month_only != seed_text
    md = read_metadata(month_only)
    assert (md.year, md.date, md.place) == (2021, None, "静海区")
    assert read_metadata(seed_text).date == "2021-01-13"


@pytest.mark.unit
def test_title_year_stands_in_for_a_missing_meeting_line():
    from policykg.structure.metadata import read_metadata
    assert read_metadata("2026年政府工作报告\n各位代表：\n").year == 2026
    assert read_metadata("政府工作报告\n各位代表：\n").year is None


@pytest.mark.unit
@pytest.mark.parametrize("name, units", [
    ("江苏省苏州市", ["江苏省", "苏州市"]),           # regression: 苏州 was cut at 州 and the split refused
    ("广东省广州市海珠区", ["广东省", "广州市", "海珠区"]),
    ("内蒙古自治区呼伦贝尔市海拉尔区", ["内蒙古自治区", "呼伦贝尔市", "海拉尔区"]),
    ("吉林省延边朝鲜族自治州", ["吉林省", "延边朝鲜族自治州"]),
    ("上海市浦东新区", ["上海市", "浦东新区"]),
    ("北京市通州区", ["北京市", "通州区"]),
    ("贵州省遵义市", ["贵州省", "遵义市"]),
    ("江苏省沛县", ["江苏省", "沛县"]),
    ("山西省阳泉市城区", ["山西省", "阳泉市", "城区"]),
    ("青岛市市南区", ["青岛市", "市南区"]),           # regression: 青岛市市 | 南区 (a district named 市…)
    ("山东省济南市市中区", ["山东省", "济南市", "市中区"]),
    ("黑龙江省大兴安岭地区", ["黑龙江省", "大兴安岭地区"]),
])
def test_split_place_keeps_a_suffix_character_inside_a_name(name, units):
    from policykg.structure.metadata import split_place
    assert split_place(name) == units
