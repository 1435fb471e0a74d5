"""Indicator names a reader would write (issue 13, item 2): one test per kind of fixed miss, on real
sentences of the dev reports and of the reports of the two indicator hand checks."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names


@pytest.mark.parametrize("snippet, expected", [
    # neimenggu 2026: the item number 7. hid the verb 实施 from the peeling
    ("7.实施公路安全生命防护工程1500公里；开展城市重点区域交通通行质量提升行动。",
     [("公路安全生命防护工程里程", Decimal("1500"))]),
    # shanxi 2026: 十是 likewise, before the governing word 推动
    ("十是推动粮食作物完全成本保险综合承保覆盖率达到70%以上。",
     [("粮食作物完全成本保险综合承保覆盖率", Decimal("70"))]),
])
def test_numbering_is_peeled_before_the_verb(snippet, expected):
    assert names(snippet) == expected


@pytest.mark.parametrize("snippet, expected, part", [
    # qinghai / heilongjiang 2026: after the action verb 新增 a verb jieba knows describes the thing counted
    ("实施县域商业“双百”助企便民精品提升行动、青企网销培优计划，新增限上商贸企业60家以上。",
     ("新增限上商贸企业数量", Decimal("60")), "plan"),
    ("实施服务业经营主体贷款贴息，强化限上重点企业包联服务，新增入统企业500家以上。",
     ("新增入统企业数量", Decimal("500")), "plan"),
    # hailaer 2018 (dev): 稳定就业岗位 → 就业岗位, not 岗位
    ("全年发放城乡低保金1900万元，稳定就业岗位2887个。", ("就业岗位数量", Decimal("2887")), "review"),
    # guangdong / anhui 2026: the subject of a change word keeps its first word
    ("新建新能源汽车充电设施超50万个，充电电量增长25%以上，加强超充、快充设施布局。",
     ("充电电量", Decimal("25")), "plan"),
    ("新增5A级物流企业3家，快递业务量增长20.8%。", ("快递业务量", Decimal("20.8")), "review"),
])
def test_a_describing_verb_stays_in_the_name(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected", [
    # neimenggu 2026
    ("实施包头、阿拉善等6个国家历史遗留废弃矿山生态修复示范工程，新建绿色矿山50座。",
     ("国家历史遗留废弃矿山生态修复示范工程数量", Decimal("6"))),
    # shanxi 2026
    ("谋划9条技术路径，抓实风电光伏、新一代煤电、新型储能等11个重点领域项目，积极争取国家科技重大专项。",
     ("重点领域项目数量", Decimal("11"))),
])
def test_grouped_count_drops_a_generic_verb(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # jinghai 2021 (dev): the total investment is that of the projects counted before it
    ("累计引进北师大附属学校、多维绿建等北京项目42个，总投资达228亿元，海吉星成为京津冀首个检验检疫试验区。",
     ("北京项目总投资", Decimal("228"))),
    # neimenggu 2026
    ("全区规模以上服务业企业突破2000户，全年接待游客3亿人次、总花费超过4500亿元。", ("游客总花费", Decimal("4500"))),
    # guangxi 2026: after the growth of an amount its total is that amount (and 首次 is cut)
    ("一般公共预算收入增长4.6%，总量首次突破1900亿元。", ("一般公共预算收入", Decimal("1900"))),
])
def test_a_total_belongs_to_the_figure_before_it(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # xinjiang 2026: 共 of 共建 is no scope word (and 对 before a partner of trade stays)
    ("着力稳外贸稳外资，对共建“一带一路”国家进出口增长14.7%，实际利用外资增长9.8%。",
     ("对共建“一带一路”国家进出口", Decimal("14.7"))),
    # yunnan 2026: 首次 says when, not what
    ("电解铝运行产能提升至全国第2位，绿色铝产值首次突破2000亿元。", ("绿色铝产值", Decimal("2000"))),
])
def test_no_word_lost_or_left_at_the_edges(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected, part", [
    # guangdong 2026: 均 with one value gives it to each member
    ("制造业贷款余额、科技贷款余额均增长11.7%。",
     [("制造业贷款余额", Decimal("11.7")), ("科技贷款余额", Decimal("11.7"))], "review"),
    # neimenggu 2026: two rates sharing one value (the first borrows 保险 with the head: names120, its gold)
    ("确保基本养老、医疗保险参保率稳定在95%以上，提高城乡居民养老保险基础养老金标准。",
     [("基本养老保险参保率", Decimal("95")), ("医疗保险参保率", Decimal("95"))], "plan"),
    # not split: a member that is no indicator (yunnan, hunan 2026); split: two values (hainan 2026)
    ("退役军人、残疾人新增就业均超7.3万人。", [("退役军人、残疾人新增就业人数", Decimal("7.3"))], "review"),
    ("三一重工、中联重科海外营收占比达到60%左右。", [("三一重工、中联重科海外营收占比", Decimal("60"))], "review"),
    ("农村自来水、卫生户厕普及率分别提升至97.2%、99.8%。",
     [("农村自来水普及率", Decimal("97.2")), ("农村卫生户厕普及率", Decimal("99.8"))], "review"),  # 农村 shared: names44
])
def test_one_value_for_each_member_of_a_list(snippet, expected, part):
    assert sorted(names(snippet, part)) == sorted(expected)


@pytest.mark.parametrize("snippet, expected", [
    # guangdong 2026 (review), jiangsu 2026 (plan): the object right of the number ends before 和 + a number
    ("新培育407个典型镇、2519个典型村和25个典型村片区。", ("新培育典型村数量", Decimal("2519"))),
    ("新建10家省级概念验证中心、30家标杆孵化器和10家省级制造业中试平台，加快“三首两新”推广应用。",
     ("新建标杆孵化器数量", Decimal("30"))),
])
def test_second_counted_item_is_not_in_the_name(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # xinjiang, anhui 2026: 和/并 that open a word are no joining words
    ("和田地区矿业权出让实现收益60.37亿元，昆冈工业园区总产值突破百亿元。", ("和田地区矿业权出让收益", Decimal("60.37"))),
    ("完成并购重组397起、1767.8亿元，提升了产业竞争力。", ("并购重组数量", Decimal("397"))),
])
def test_a_word_opening_with_a_joining_character_is_kept(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected, part", [
    # guizhou / jiangxi 2026: 新 before an action verb goes with the verb; 打造 is none (names111: guizhou's gold)
    ("创新举措推动卖酒向卖生活方式转变，新打造省级特色酒庄5个、美酒美食街区5条、五星级白酒体验酒店5家。",
     ("省级特色酒庄数量", Decimal("5")), "plan"),
    ("新改扩建中小学、幼儿园4868所，新增学位、园位138.47万个。", ("中小学、幼儿园数量", Decimal("4868")), "review"),
    # heilongjiang 2026: not in the subject of a change word, where the verb describes the thing
    ("开展科技创新成果招商，新落地项目、实际利用内资分别增长18.7%、31.3%。", ("新落地项目数量", Decimal("18.7")), "review"),
    # anhui 2026: nothing counted after the number: the things listed before 等, the figure's own 新组建 before them
    # (anhui's gold; names104)
    ("重塑全省科创平台体系，新组建省实验室、产业创新研究院等10家以上。",
     ("新组建省实验室、产业创新研究院数量", Decimal("10")), "plan"),
])
def test_new_before_a_verb(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected", [
    # sichuan 2026: 新增 after the name says how it changes; the level after it keeps the name
    ("“蜀道通”迈向更高水平“蜀道畅”，铁路运营里程新增1700公里、突破7000公里，成昆铁路复线贯通。",
     [("铁路运营里程", Decimal("1700")), ("铁路运营里程", Decimal("7000"))]),
    # hebei 2026 (dev), fujian / heilongjiang 2026, hainan / neimenggu 2026
    ("“高效办成一件事”惠及企业群众，经营主体净增231万户，一批创业者扎根河北。", [("净增经营主体户数", Decimal("231"))]),   # names120: the gold realigned
    ("社会保障水平持续提高，城乡居民基础养老金调增19.6%，增加金额历史最高。", [("城乡居民基础养老金", Decimal("19.6"))]),
    ("全省行政机关败诉率降至3.39%。", [("行政机关败诉率", Decimal("3.39"))]),
])
def test_a_change_word_after_the_name_is_cut(snippet, expected):
    assert names(snippet, "review") == expected


@pytest.mark.parametrize("snippet, expected", [
    # hubei / heilongjiang / fujian 2026: the list or title the things counted were selected into names them
    ("11家企业入选国家重点产业链链主企业，新型研发机构547家。", ("国家重点产业链链主企业数量", Decimal("11"))),
    ("思哲睿等5户企业入选工信部未来产业优秀案例。", ("工信部未来产业优秀案例企业数量", Decimal("5"))),
    ("6所高职院校入选国家“双高计划”。", ("国家“双高计划”高职院校数量", Decimal("6"))),
])
def test_the_things_counted_are_named_by_what_they_were_selected_into(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # jiangxi / shanxi / fujian 2026: how the work went is no part of what is counted
    ("7家国家区域医疗中心基本建成。", ("国家区域医疗中心数量", Decimal("7"))),
    ("56个全域土地综合整治项目扎实推进。", ("全域土地综合整治项目数量", Decimal("56"))),
    ("23个山海协作产业园建设扎实推进。", ("山海协作产业园数量", Decimal("23"))),
])
def test_a_progress_phrase_after_the_counted_things_is_cut(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected, part", [
    # action verbs of several reports (chongqing, fujian, yunnan 2026: 提请审议; shanxi, yunnan: 招募;
    # neimenggu, shandong: 发布; qinghai, sichuan: 统筹; guizhou, shanxi: 维修改造, 维修养护)
    ("提请审议地方性法规草案13件。", ("地方性法规草案提请审议数量", Decimal("13")), "review"),   # the act after the laws: names61
    # … the issuing act kept before the things (shanxi's and neimenggu's golds; names104)
    ("招募“西部计划”志愿者3000名。", ("招募“西部计划”志愿者人数", Decimal("3000")), "plan"),
    ("发布就业岗位50万个以上。", ("发布就业岗位数量", Decimal("50")), "plan"),
    ("统筹省级财力14.24亿元。", ("省级财力", Decimal("14.24")), "review"),
    # … and an upgrade compound is peeled to stand after the thing as its treatment (names33: shanxi's blind gold)
    ("维修养护农村供水工程1900处。", ("农村供水工程维修养护数量", Decimal("1900")), "plan"),
])
def test_more_action_verbs_are_peeled(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected", [
    # anhui, hubei, jiangsu, liaoning 2026 (and six more): the legislature's name is cut, the act stays after the laws
    # (names61: without it the name counts the laws in force)
    ("提请省人大常委会审议地方性法规15件。", ("地方性法规提请审议数量", Decimal("15"))),
    ("提请自治区人大常委会审议地方性法规草案5件。", ("地方性法规草案提请审议数量", Decimal("5"))),
    ("提请制定或修改生态文明领域省级地方性法规30余件。", ("生态文明领域省级地方性法规制定或修改数量", Decimal("30"))),
    # anhui, hubei, qinghai, sichuan, xinjiang, yunnan 2026 (and three more): the rule-making verbs too
    ("制定修改废止省政府规章8件。", ("省政府规章制定修改废止数量", Decimal("8"))),
    ("制定、修改、废止政府规章70件。", ("政府规章制定修改废止数量", Decimal("70"))),
    ("制定修订行政规章5部。", ("行政规章制定修订数量", Decimal("5"))),
])
def test_the_laws_counted_name_a_legislative_count(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # fujian, hainan, liaoning, yunnan 2026: 补贴性 is an adjective, not the verb 补贴
    ("开展补贴性职业技能培训28.69万人次。", ("补贴性职业技能培训人次", Decimal("28.69"))),
    ("开展补贴性技能培训25.6万人次。", ("补贴性技能培训人次", Decimal("25.6"))),
])
def test_a_verb_before_xing_is_an_adjective(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # liaoning, heilongjiang, yunnan 2026: the people reached by a policy are its beneficiaries
    ("育儿补贴惠及60万人。", ("育儿补贴受益人数", Decimal("60"))),
    ("学前教育免费政策惠及儿童13万名。", ("学前教育免费政策受益儿童人数", Decimal("13"))),
])
def test_people_reached_are_named_beneficiaries(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # shandong, neimenggu, qinghai 2026: the gap to the national level is the previous figure's
    ("规上工业增加值增长7.6%，高于全国1.7个百分点；服务业增加值增长6.1%，高于全国0.7个百分点。",
     [("规模以上工业增加值", Decimal("7.6")), ("规模以上工业增加值", Decimal("1.7")),
      ("服务业增加值", Decimal("6.1")), ("服务业增加值", Decimal("0.7"))]),
    # jiangxi 2026
    ("民间投资逆势增长2.7%，高出全国平均水平9.1个百分点。",
     [("民间投资", Decimal("2.7")), ("民间投资", Decimal("9.1"))]),
])
def test_a_gap_to_the_national_level_keeps_the_indicator(snippet, expected):
    assert names(snippet, "review") == expected


@pytest.mark.parametrize("snippet", [
    # sichuan, yunnan, jiangxi, shanxi 2026: the report's own parts are not figures
    "做好以下10个方面工作。", "具体抓好9个方面工作。", "《纲要（草案）》提出了15个方面的重点任务。",
])
def test_a_count_of_the_reports_parts_is_no_figure(snippet):
    assert names(snippet, "plan") == []


@pytest.mark.parametrize("snippet, expected", [
    # guangxi, shanxi, sichuan 2026: 户次, 批次 are units; their 次 opened the name
    # (a bare 惠及 counts who benefits, names57; 户次 closes the name as 人次 does, names119)
    ("惠及经营主体超6.3万户次。", ("受益经营主体户次", Decimal("6.3"))),
    # (the market its subject keeps owning the checks, names37: shanxi's blind gold)
    ("大型农贸批发市场完成不少于100万批次农产品快检。", ("大型农贸批发市场农产品快检批次", Decimal("100"))),
    ("30批次副国级以上外国政要来川访问。", ("副国级以上外国政要来川访问批次", Decimal("30"))),
])
def test_a_compound_classifier_is_one_unit(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet", [
    # sichuan, yunnan, guizhou 2026: the 、 inside brackets does not end the name
    "推动16个县（市、区）整县建成美丽乡村。",
    "11个县（市、区）通过国家义务教育优质均衡县评估认定。",
])
def test_a_list_inside_brackets_stays_in_the_name(snippet):
    (name, _), = names(snippet, "review")
    assert "县（市、区）" in name


@pytest.mark.parametrize("snippet, expected", [
    # shanxi 2026: the tasks are what is counted; hainan 2026: runs of a course are the course's, as the blind
    # gold writes them (names30: fulfilment.own_task_measures)
    ("36项重点改革任务扎实推进。", ("重点改革任务数量", Decimal("36"))),
    ("高质量完成40期国家援外培训任务。", ("国家援外培训期数", Decimal("40"))),
])
def test_tasks_counted_keep_their_name(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # hubei, jiangsu, fujian, anhui, guizhou 2026: how the work went is cut after the things counted
    ("10大类55项民生实事项目如期完成。", ("民生实事项目数量", Decimal("55"))),
    ("12类45件民生实事全面完成。", ("民生实事数量", Decimal("45"))),
    ("352项重要改革举措稳步实施。", ("重要改革举措数量", Decimal("352"))),
    ("6个省级区域医疗中心开诊运营。", ("省级区域医疗中心数量", Decimal("6"))),
])
def test_a_completion_phrase_after_the_counted_things_is_cut(snippet, expected):
    assert expected in names(snippet, "review")


def test_a_count_of_plan_indicators_missed_is_no_figure():
    # liaoning 2026: the plan's indicators are not a commitment of their own
    assert names("1项约束性指标未能如期完成。", "review") == []


@pytest.mark.unit
@pytest.mark.parametrize("snippet, expected", [
    # liaoning 2026: 等 inside a quoted name ends no list
    ("推出省级政务服务“立等可取”事项52项。", ("省级政务服务“立等可取”事项推出数量", Decimal("52"))),
    # guangxi 2026: a member borrowing from a quoted last member does not take its closing quote
    ("城市公园、“口袋公园”保有量分别达到1436个、6150个。", ("城市公园保有量", Decimal("1436"))),
])
def test_quotes_stay_balanced_in_names(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.unit
@pytest.mark.parametrize("snippet, expected", [
    # hubei, sichuan, shandong 2026: an agent and its verb before the thing measured are cut
    ("重构债权融资增信体系，促进金融机构发放科技型企业知识价值信用贷款1110亿元。",
     ("科技型企业知识价值信用贷款", Decimal("1110"))),
    ("省市联动发放“蜀里安逸”消费券超7亿元。", ("“蜀里安逸”消费券", Decimal("7"))),
    ("“鲁执法”推动入企检查次数压减30%以上。", ("入企检查次数", Decimal("-30"))),
])
def test_an_agent_before_the_thing_measured_is_cut(snippet, expected):
    assert expected in names(snippet, "review")
