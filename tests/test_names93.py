"""Where an act stands in a figure's name, as the guideline decides it (names93, golds92's decisions 2, 3 and 9;
docs/checks/names-acts-names93.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit

SCHOOLS = "启动第十四小学新建工程，续建7所义务教育学校，完善37所幼儿园功能，推动国家义务教育优质均衡区创建工作。"
HOUSING = "续建安置房7550套，新开工1000套以上，新建改造供排水、供热管网1600公里。"
TOILETS = "改造新建公厕28座,百姓如厕难、旅游城市公厕少的问题得到缓解。"
TOILETS_PLAN = "加快推进便民市场建设,完成30座公厕新建改造,建成4座现代化的垃圾中转站。"
LIFTS = "10.发放城镇住房保障家庭租赁补贴1.6万户，加装、更新住宅电梯500部以上，实施物业服务质量提升行动（牵头单位：住建厅）。"
LIFTS_SC = ("高质量推进城市更新，实施3000个老旧小区、120个老旧街区（厂区）改造，既有住宅加装（更新）电梯6000部，"
            "改造2.5万套（间）城市危旧房、2.6万户城中村，新（改）建燃气、供排水管网4000公里。")
GREENING = "科学开展国土绿化，推进“三北”工程建设10万亩、沙化土地治理9万亩。"
PENS = "全面完成17个奶牛养殖小区项目建设,实施3万平方米标准化棚圈新建项目;启动实施海乳维久日处理鲜奶500吨生产加工项目,扶持带动奶业发展。"


@pytest.mark.parametrize("text, value, part, year, expected", [
    # 续建/在建 before the things stays before them (jinghai's and heilongjiang's golds)
    (SCHOOLS, "7", "plan", 2021, "续建义务教育学校数量"),
    (HOUSING, "7550", "plan", 2026, "续建安置房套数"),
    # things built new and treated are counted whole, the run of acts before or after them left out (hailaer-2017's,
    # neimenggu's and sichuan's golds)
    (TOILETS, "28", "review", 2017, "公厕数量"),
    (TOILETS_PLAN, "30", "plan", 2017, "公厕数量"),
    (LIFTS, "500", "plan", 2026, "住宅电梯数量"),
    (LIFTS_SC, "6000", "plan", 2026, "既有住宅电梯数量"),
    # an area of things built keeps the things' plain name (jilin's and hailaer-2017's golds)
    (GREENING, "10", "plan", 2026, "“三北”工程面积"),
    (PENS, "3", "plan", 2017, "标准化棚圈面积"),
])
def test_the_act_stands_where_the_guideline_puts_it(text, value, part, year, expected):
    assert name_of(text, value, part, year) == expected


@pytest.mark.parametrize("text, value, part, expected", [
    # 续建 already inside the name is not written again before it (hubei's gold); nor is 在建 written after the first
    # member's number given to it (guizhou's gold)
    ("大力推进三峡水运新通道、沿江高铁宜涪段、长江存储三期等1.22万个亿元以上新建续建项目建设，以有效投资的扩量提质助推全省高质量发展一路前行。",
     "1.22", "plan", "亿元以上新建续建项目数量"),
    ("围绕产业需求布局建设5条铁路专用线、26条产业路，推动贵阳环高扩容工程等14条高速公路项目和黄百等4个在建铁路项目加快建设，"
     "开工大村至遵义、纳雍至六盘水等铁路，推进重庆至贵阳高速铁路前期工作，力争完成交通投资800亿元。", "14", "plan", "高速公路项目数量"),
    # a building act with no treating one beside it stays (guizhou's gold)
    ("（3）加强医疗健康服务，新建县域医疗次中心58个。", "58", "plan", "新建县域医疗次中心数量"),
    # a building act after a treating one is the text's own work name (guangdong's gold); 建设任务 is a task (neimenggu's)
    ("新建和改造提升农村公路2500公里，其中县道提档升级建设里程超600公里，提升县域连接高速公路、普通国省道、重点产业园区、所辖乡镇"
     "以及旅游资源等节点的通达水平。", "600", "plan", "县道提档升级建设里程"),
    ("完成生态建设任务4000万亩，其中防沙治沙1500万亩，重点推进贺兰山至阴山段沿黄岸线180公里流沙系统治理。", "4000", "plan",
     "生态建设任务面积"),
])
def test_the_rules_leave_these_alone(text, value, part, expected):
    assert name_of(text, value, part) == expected


@pytest.mark.parametrize("rule_id, text, value, part, year, without", [
    ("ongoing_acts", SCHOOLS, "7", "plan", 2021, "义务教育学校数量"),
    ("without_built_treated", TOILETS, "28", "review", 2017, "新建公厕数量"),
    ("without_built_treated", LIFTS, "500", "plan", 2026, "加装、更新住宅电梯数量"),
    ("built_area", GREENING, "10", "plan", 2026, "“三北”工程建设面积"),
])
def test_each_rule_is_turned_off_by_the_audit(rule_id, text, value, part, year, without):
    assert without_rule(rule_id, lambda: name_of(text, value, part, year))[0] == without
