"""Blind hand check check-f51 (the fifty-first figures check): indicator names and periods.

Commit checked: 6e58402cfd2cca58b2502dbb7c21a067d572bdde (worktree /work/freeze-check-f51, branch check-f51).
Reports (held out this time): data/corpus/provincial-2026/zhejiang-2026.txt, data/corpus/provincial-2026/henan-2026.txt,
data/corpus/hailaer/hailaer-2012.txt. Sample: 17 rows per report and kind, seed 33068.

Commands (PY=/work/main/.venv/bin/python, PYTHONPATH=/work/freeze-check-f51, D=/tmp/check-check-f51):

    $PY -m policykg build data/corpus/provincial-2026/zhejiang-2026.txt data/corpus/provincial-2026/henan-2026.txt \
        data/corpus/hailaer/hailaer-2012.txt --out $D/out
    $PY -m policykg table targets --graph $D/out/graph.ttl --format csv > $D/targets.csv
    $PY -m policykg table outcomes --graph $D/out/graph.ttl --format csv > $D/outcomes.csv
    $PY scripts/sample_figures.py $D/targets.csv --per-report 17 --seed 33068 > $D/sample-targets.txt
    $PY scripts/sample_figures.py $D/outcomes.csv --per-report 17 --seed 33068 > $D/sample-outcomes.txt
    $PY docs/checks/check-f51-verdicts.py $D/sample-targets.txt $D/sample-outcomes.txt

Every verdict below is keyed by (report, kind, start, quote) and carries the tool's indicator as sampled (checked
against the sample row). The script exits non-zero, naming the row, when a sampled row has no verdict, a verdict has
no row, a quote is not the report text at its offset or an indicator differs; else it writes
docs/checks/indicator-check-2027y.csv (mode "x": it never overwrites) and prints the tallies with 95 % Wilson intervals.
Judged by hand against docs/annotation-guideline.md, reading each figure in its sentence, the sentence before and its
section; no earlier result of the tool was seen.
"""
import csv
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from policykg.read import read_report  # noqa: E402

REPORTS = {
    "hailaerqu-2012": "data/corpus/hailaer/hailaer-2012.txt",
    "henansheng-2026": "data/corpus/provincial-2026/henan-2026.txt",
    "zhejiangsheng-2026": "data/corpus/provincial-2026/zhejiang-2026.txt",
}
SHEET = REPO / "docs/checks/indicator-check-2027y.csv"

# Sections and their periods (what the notes end with):
HL_PLAN = "二、2012年政府工作总体要求和目标任务 {}: plan year 2012"
HL_REV = "一、过去一年工作回顾 {}: one-year review 2011"
HN_5Y = "一、“十四五”时期和2025年工作回顾, its five-year part (to 1856, before 刚刚过去的2025年) {}: five-year review 2021–2025"
HN_1Y = "一、“十四五”时期和2025年工作回顾, its one-year part (刚刚过去的2025年 from 1857, with （一）–（五）) {}: one-year review 2025"
HN_GOAL = "二、“十五五”时期主要目标任务: five-year goals 2026–2030"
HN_PLAN = "三、2026年重点工作安排 {}: plan year 2026"
ZJ_1Y = "一、2025年主要工作和“十四五”发展成就, its one-year part (（一）–（十）, to 5479) {}: one-year review 2025"
ZJ_5Y = "一、2025年主要工作和“十四五”发展成就, its five-year part (“十四五”的五年, from 5480) {}: five-year review 2021–2025"
ZJ_PLAN = "三、2026年重点工作 {}: plan year 2026"

T, O = "Target", "Outcome"
H, N, Z = "hailaerqu-2012", "henansheng-2026", "zhejiangsheng-2026"

# (report, kind, start, quote, tool indicator, indicator_ok, period_ok, note)
VERDICTS = [
    # ---- hailaer-2012, Targets
    (H, T, 6315, "实施重点商贸流通项目17个", "重点商贸流通项目数量", "yes", "yes",
     "实施 is no part of a count's name (实施重点项目N个 → 重点项目数量). " + HL_PLAN.format("（二）以物流园区建设为重点")),
    (H, T, 7772, "计划投资3.7亿元", "重点农牧业项目投资", "yes", "yes",
     "a group's investment named after the group the next clause counts (计划投资…，实施重点农牧业项目33个). "
     + HL_PLAN.format("（四）以园区建设和“菜篮子”工程为引领")),
    (H, T, 7926, "新增蔬菜大棚2500座", "新增蔬菜大棚数量", "yes", "yes",
     "新增 kept before the things. " + HL_PLAN.format("（四）, 年内")),
    (H, T, 8131, "实施5个奶牛规模养殖场", "奶牛规模养殖场数量", "yes", "yes",
     "实施 dropped; the farms counted. " + HL_PLAN.format("（四）")),
    (H, T, 8143, "10万亩马铃薯种薯基地", "马铃薯种薯基地面积", "yes", "yes",
     "an area of a work keeps the thing's plain name. " + HL_PLAN.format("（四）")),
    (H, T, 8199, "1.2万亩农田草牧场水利建设", "农田草牧场水利面积", "yes", "yes",
     "borderline: 农田草牧场水利建设面积 (the work is 水利建设; the tool drops 建设 as for an area built). "
     + HL_PLAN.format("（四）")),
    (H, T, 8214, "1.8万亩节水灌溉等工程建设", "节水灌溉面积", "yes", "yes",
     "the area of the water-saving irrigation works. " + HL_PLAN.format("（四）")),
    (H, T, 8447, "计划投资12.8亿元", "城市建设重点项目投资", "yes", "yes",
     "计划投资…，实施城市建设重点项目20个: the group's investment. " + HL_PLAN.format("（五）以完善功能提升品位为目标")),
    (H, T, 8539, "做好呼伦贝尔市中心城新区河东部分、2.2平方公里中心文化区", "中心文化区面积", "yes", "yes",
     "the name is what 2.2平方公里 measures, but under the guideline this is no quantity: a size inside the name of a work "
     "whose land and house expropriation is what is committed (counted under 'not a quantity' in README). "
     + HL_PLAN.format("（五）")),
    (H, T, 8619, "要确保16公里", "长度", "no", "yes",
     "bare measure with the sentence verb's quote; the reader writes 自来水主管网复线长度 (16公里自来水主管网复线). "
     + HL_PLAN.format("（五）")),
    (H, T, 8635, "68公里二级和三级管网改造等工程按时完工", "二级长度", "no", "yes",
     "a stray list fragment; the reader writes 二级和三级管网改造长度 (treating act after the pipes, 长度 for pipes). "
     + HL_PLAN.format("（五）")),
    (H, T, 8682, "投资8000万元", "投资", "yes", "yes",
     "bare 投资 is the guideline's name when the money pays for a list of works no one name covers "
     "(10公里雨水管网及泵站改造、污泥处置、城市主干道路改造等项目). " + HL_PLAN.format("（五）")),
    (H, T, 8682, "投资8000万元实施10公里", "投资8000万元实施长度", "no", "yes",
     "verbs and a number in the name; the reader writes 雨水管网及泵站改造长度 (10公里雨水管网及泵站改造). "
     + HL_PLAN.format("（五）")),
    (H, T, 9793, "6月底前要全面完成3.4万平方米", "6月底前要全面面积", "no", "yes",
     "a deadline and verbs in place of the thing; the reader writes 草坪面积 (3.4万平方米草坪, of the planting task). "
     + HL_PLAN.format("（七）以创建国家级生态县（区）和国家级森林城为抓手, deadline 6月底前 within 2012")),
    (H, T, 9812, "120万株花草种植和13.5万株大树大苗的植树任务", "大树大苗数量", "no", "yes",
     "the value is 13.5万株; a task in its work's units measures the work, so the planting act stays: the reader writes "
     "大树大苗植树数量 (大树大苗数量 is the stock). " + HL_PLAN.format("（七）, deadline 6月底前 within 2012")),
    (H, T, 9838, "要确保城区“六横六纵”绿带、14块绿地布景造园", "绿地布景造园数量", "yes", "yes",
     "the landscaping act after the plots, as written. " + HL_PLAN.format("（七）")),
    (H, T, 10240, "高校毕业生就业900人", "高校毕业生就业人数", "yes", "yes",
     "people counted close with 人数. " + HL_PLAN.format("（八）以保障和改善民生为根本, 全年")),
    # ---- hailaer-2012, Outcomes
    (H, O, 460, "同比增长67.3%", "财政总收入", "yes", "yes",
     "the growth of 财政总收入完成29亿元 named as its measure. " + HL_REV.format("（一）经济增长进一步加快, 2011年")),
    (H, O, 1191, "完成投资10.2亿元", "商贸类项目投资", "yes", "yes",
     "全年新建、续建商贸类项目11个，完成投资…: the group's investment. " + HL_REV.format("（三）第三产业发展强劲")),
    (H, O, 1799, "完成投资1.75亿元", "现代化农牧业项目投资", "yes", "yes",
     "实施现代化农牧业项目27个，完成投资…. " + HL_REV.format("（四）现代化农牧业进程加快")),
    (H, O, 1820, "农作物种植面积44.8万亩", "农作物种植面积", "yes", "yes", "as written. " + HL_REV.format("（四）")),
    (H, O, 2145, "19家市级以上龙头企业", "市级以上龙头企业数量", "yes", "yes",
     "a stock, the level bound kept. " + HL_REV.format("（四）")),
    (H, O, 2420, "完成了55万平方米旧有平房征收", "旧有平房征收面积", "yes", "yes",
     "the act (征收) after the thing, before the measure. " + HL_REV.format("（五）城市建设力度加大")),
    (H, O, 2436, "5000余户居民的居住条件将得到彻底改善", "居民户数", "no", "yes",
     "the stock of households, not those the expropriation reaches; the reader writes 居住条件改善居民户数 "
     "(or 旧有平房征收受益居民户数). " + HL_REV.format("（五）")),
    (H, O, 2457, "由我区承担的呼伦贝尔市中心城新区河东部分、2.2平方公里中心文化区", "中心文化区面积", "yes", "yes",
     "the name is what 2.2平方公里 measures, but this is no quantity: a size inside a work's name, the expropriation being "
     "what went well (counted under 'not a quantity' in README). " + HL_REV.format("（五）")),
    (H, O, 2652, "新增74辆无人售票公交车", "新增无人售票公交车数量", "yes", "yes", "新增 kept. " + HL_REV.format("（五）")),
    (H, O, 2766, "处理率分别达到95%", "处理率", "no", "yes",
     "the list member is lost; the reader writes 医疗废物处理率 (医疗废物、生活垃圾、城市污水…处理率分别达到95%、85%、80%以上). "
     + HL_REV.format("（五）")),
    (H, O, 2781, "80%以上", "处理率", "no", "yes",
     "the third member; the reader writes 城市污水处理率. " + HL_REV.format("（五）")),
    (H, O, 2937, "完成了6条城市道路", "城市道路数量", "no", "yes",
     "the roads counted are those the greening works treated (完成了6条城市道路、10处公园绿地、60个小区等城区绿化工程); the reader "
     "writes 城市道路绿化数量. " + HL_REV.format("（六）“创森”工作扎实推进")),
    (H, O, 3029, "封山育林20万亩", "封山育林面积", "yes", "yes", "as written. " + HL_REV.format("（六）")),
    (H, O, 3176, "占地方财政总支出的47.5%", "民生资金占地方财政总支出比重", "yes", "yes",
     "投入各类民生资金6.8亿元，占…: the share's thing taken from the figure before. " + HL_REV.format("（七）民生投入大幅增加")),
    (H, O, 3250, "新增社会各类参保人员1.4万人", "新增社会参保人员人数", "yes", "yes",
     "新增 kept; 各类 adds nothing. " + HL_REV.format("（七）")),
    (H, O, 3326, "1.6万名离退休人员受益", "离退休人员受益人数", "no", "yes",
     "people a work reaches (受益) are the work's; the owner is lost: the reader writes 企业退休人员养老金提标受益离退休人员人数. "
     + HL_REV.format("（七）")),
    (H, O, 3407, "年人均增加2400元", "年人均增加额", "no", "yes",
     "a per-head rise names the pays its clause raises (社区干部生活补贴、环卫工人工资再次提高); the reader writes "
     "社区干部年人均生活补贴增加额 (the first member; 环卫工人年人均工资增加额 the second). " + HL_REV.format("（七）")),
    # ---- henan-2026, Targets
    (N, T, 4539, "全社会研发经费投入年均增长10%以上", "全社会研发经费投入", "yes", "yes",
     "a growth named as its measure. " + HN_GOAL),
    (N, T, 4558, "战略性新兴产业增加值占规上工业比重30%", "战略性新兴产业增加值占规模以上工业比重", "yes", "yes",
     "规上 written 规模以上. " + HN_GOAL),
    (N, T, 4660, "常住人口城镇化率达到65%左右", "常住人口城镇化率", "yes", "yes", "as written. " + HN_GOAL),
    (N, T, 5704, "规上工业增加值增长6.5%左右", "规模以上工业增加值", "yes", "yes",
     "the table's canonical name. " + HN_PLAN.format("主要预期目标")),
    (N, T, 5759, "一般公共预算收入增长4%左右", "一般公共预算收入", "yes", "yes", "as written. " + HN_PLAN.format("主要预期目标")),
    (N, T, 5774, "城镇调查失业率5.5%左右", "城镇调查失业率", "yes", "yes", "as written. " + HN_PLAN.format("主要预期目标")),
    (N, T, 5802, "居民消费价格涨幅2%左右", "居民消费价格涨幅", "yes", "yes",
     "the change noun kept. " + HN_PLAN.format("主要预期目标")),
    (N, T, 6138, "中国邮政国际航空枢纽、洛阳等10个国家物流枢纽", "国家物流枢纽建设数量", "yes", "yes",
     "the making act closing the clause (加快…建设) stands after the things. " + HN_PLAN.format("（一）纵深推进融入和服务全国统一大市场")),
    (N, T, 6904, "实施1000个以上省重点项目", "省重点项目数量", "yes", "yes",
     "实施 dropped. " + HN_PLAN.format("（二）大力拓展内需增长新空间")),
    (N, T, 7832, "新增社会融资规模1万亿元", "新增社会融资规模", "yes", "yes",
     "新增 kept. " + HN_PLAN.format("（三）加快建设现代化产业体系")),
    (N, T, 8047, "建设10个省级数据产业园", "省级数据产业园建设数量", "yes", "yes",
     "a making act after the things. " + HN_PLAN.format("（三）")),
    (N, T, 8076, "数字经济规模2.5万亿元", "数字经济规模", "yes", "yes", "as written. " + HN_PLAN.format("（三）")),
    (N, T, 8246, "技术合同成交额3000亿元", "技术合同成交额", "yes", "yes", "as written. " + HN_PLAN.format("（三）")),
    (N, T, 8875, "村级寄递物流综合服务点3万个以上", "村级寄递物流综合服务点数量", "yes", "yes",
     "shares 新改建 of the member before: things built new and treated keep their plain name. "
     + HN_PLAN.format("（四）扎实推进乡村全面振兴")),
    (N, T, 11351, "可再生能源发电装机突破1亿千瓦", "可再生能源发电装机", "yes", "yes",
     "装机 as written, no 容量 added. " + HN_PLAN.format("（八）加力促进经济社会全面绿色转型")),
    (N, T, 11524, "新增农村劳动力转移就业40万人", "新增农村劳动力转移就业人数", "yes", "yes",
     "新增 kept, 人数 closing. " + HN_PLAN.format("（九）更大力度保障和改善民生")),
    (N, T, 12257, "60%以上的县级特困供养机构三级达标", "县级特困供养机构三级达标比例", "yes", "yes",
     "N%的X达到Y → XY比例. " + HN_PLAN.format("（九）")),
    # ---- henan-2026, Outcomes
    (N, O, 413, "经营主体1160.5万户", "经营主体户数", "yes", "yes",
     "a stock in 户. " + HN_5Y.format("综合实力稳步提升")),
    (N, O, 438, "综合交通网总规模29.5万公里", "综合交通网总规模", "yes", "yes",
     "as written (总里程 would be a reader's wording too). " + HN_5Y.format("综合实力稳步提升")),
    (N, O, 720, "全球“灯塔工厂”3家", "全球“灯塔工厂”数量", "yes", "yes", "a stock. " + HN_5Y.format("产业转型提质增效")),
    (N, O, 731, "国家卓越级智能工厂16家", "国家卓越级智能工厂数量", "yes", "yes", "a stock. " + HN_5Y.format("产业转型提质增效")),
    (N, O, 784, "科技型中小企业3万家", "科技型中小企业数量", "yes", "yes", "a stock. " + HN_5Y.format("产业转型提质增效")),
    (N, O, 816, "粮食总产量连续9年稳定在1300亿斤以上", "粮食总产量", "yes", "yes",
     "the table's own entry 粮食总产量; the sentence's own span is nine years, the section's five. "
     + HN_5Y.format("乡村振兴扎实有效")),
    (N, O, 849, "新建改造高标准农田3167万亩", "高标准农田面积", "yes", "yes",
     "an area built new and treated keeps the plain name. " + HN_5Y.format("乡村振兴扎实有效")),
    (N, O, 1023, "改造农村危房5.2万户", "农村危房改造户数", "yes", "yes",
     "the guideline's own example. " + HN_5Y.format("乡村振兴扎实有效")),
    (N, O, 1107, "中国平煤神马、中国河南国际、中豫航空集团等19家企业战略性重组", "企业战略性重组数量", "yes", "yes",
     "the firms counted with the act closing them. " + HN_5Y.format("改革开放走深走实")),
    (N, O, 1549, "城镇新增就业603.7万人", "城镇新增就业人数", "yes", "yes",
     "canonical name. " + HN_5Y.format("民生福祉不断增进")),
    (N, O, 1612, "新增公办幼儿园学位49万个", "新增公办幼儿园学位数量", "yes", "yes",
     "新增 kept. " + HN_5Y.format("民生福祉不断增进")),
    (N, O, 1687, "高等教育毛入学率提高8个百分点", "高等教育毛入学率", "yes", "yes",
     "a change in points named by its rate. " + HN_5Y.format("民生福祉不断增进")),
    (N, O, 2001, "生产总值增长5.6%", "地区生产总值", "yes", "yes",
     "the table's canonical name. " + HN_1Y.format("opening paragraph")),
    (N, O, 2038, "社会消费品零售总额增长5.6%", "社会消费品零售总额", "yes", "yes", "as written. " + HN_1Y.format("opening paragraph")),
    (N, O, 3000, "PM2.5浓度下降13.7%", "PM2.5年均浓度", "yes", "no",
     "the table's canonical name; the figure sits in （四）用心用情办好群众关心事操心事 of the 2025 review, so 2025, not "
     "2021–2025. " + HN_1Y.format("（四）")),
    (N, O, 3087, "完成职业技能培训284万人次", "职业技能培训人次", "yes", "no",
     "人次 closing; the figure is the year's (in （四） of the 2025 review, with 发放育儿补贴, 新增普惠性托位), so 2025. "
     + HN_1Y.format("（四）")),
    (N, O, 3157, "第四次文物普查新发现文物1.3万处", "第四次文物普查新发现文物数量", "yes", "no",
     "第四次 is the census's own name, not numbering (文物普查新发现文物数量 would do too); the figure sits in （四） of the 2025 "
     "review, so 2025. " + HN_1Y.format("（四）")),
    # ---- zhejiang-2026, Targets
    (Z, T, 14905, "安排省级财政资金1053.8亿元", "省级财政资金", "no", "yes",
     "the programme carried out in the clause before owns the money (加力实施“8+4”经济政策体系，安排省级财政资金…, as X协作持续深化，"
     "落实资金 → X协作资金); the reader writes “8+4”经济政策体系省级财政资金, not the province's whole fiscal money. "
     + ZJ_PLAN.format("（一）着力提振市场信心增强社会预期")),
    (Z, T, 15779, "部署实施“双尖双领+X”项目400项以上", "“双尖双领+X”项目数量", "yes", "yes",
     "部署实施 dropped as 实施 is. " + ZJ_PLAN.format("（二）着力提升创新体系整体效能")),
    (Z, T, 15800, "取得重大科技成果100项以上", "取得重大科技成果数量", "yes", "yes",
     "borderline: 重大科技成果数量 or 重大科技成果取得数量 (取得 kept before the things). " + ZJ_PLAN.format("（二）")),
    (Z, T, 17041, "新增服务业领军企业200家", "新增服务业领军企业数量", "yes", "yes",
     "新增 kept. " + ZJ_PLAN.format("（三）着力完善以先进制造业为骨干的现代化产业体系")),
    (Z, T, 17140, "专精特新“小巨人”企业300家", "新增专精特新“小巨人”企业数量", "yes", "yes",
     "the list member shares 新增 of the first (新增雄鹰企业20家、专精特新“小巨人”企业300家). " + ZJ_PLAN.format("（三）")),
    (Z, T, 17488, "举办大型营业性演出100场", "大型营业性演出场次", "yes", "yes",
     "场 → 场次. " + ZJ_PLAN.format("（四）着力推动消费转型升级")),
    (Z, T, 17716, "投资1.1万亿元", "首批“千项万亿”重大项目投资", "yes", "yes",
     "安排首批“千项万亿”重大项目1678个、年度投资…: the group's investment, 年度 a period word. "
     + ZJ_PLAN.format("（五）着力抓项目优投资促招商")),
    (Z, T, 17800, "招引总投资亿元以上重大产业项目3000个以上", "总投资亿元以上重大产业项目招引数量", "yes", "yes",
     "the bound stays, the making act 招引 after the things. " + ZJ_PLAN.format("（五）")),
    (Z, T, 18073, "专项产业基金、新增能耗、新增工业用地支持民间投资项目比重不低于80%", "专项产业基金支持民间投资项目比重",
     "yes", "yes",
     "one bound said of three whole indicators: each member its own entry, this the first. " + ZJ_PLAN.format("（五）")),
    (Z, T, 19448, "粮食播种面积1530万亩", "粮食播种面积", "yes", "yes",
     "as written. " + ZJ_PLAN.format("（七）着力推动城乡区域协调发展")),
    (Z, T, 19558, "建设提升“四好农村路”600公里", "“四好农村路”里程", "yes", "yes",
     "roads built and upgraded: the plain name, 里程 for roads. " + ZJ_PLAN.format("（七）")),
    (Z, T, 19575, "盘活闲置农房2万宗", "闲置农房盘活数量", "yes", "yes",
     "the treating act after the thing. " + ZJ_PLAN.format("（七）")),
    (Z, T, 20718, "旅游综合收入增长6%", "旅游综合收入", "yes", "yes",
     "as written. " + ZJ_PLAN.format("（八）着力增强群众获得感幸福感安全感")),
    (Z, T, 20729, "入境过夜游客人数增长10%以上", "入境过夜游客人数", "yes", "yes", "as written. " + ZJ_PLAN.format("（八）")),
    (Z, T, 20863, "启动建设省级零碳园区20个", "省级零碳园区建设数量", "yes", "yes",
     "borderline: 省级零碳园区启动建设数量 (启动 gives way to the making act, as in 启动25个X建设 → X建设数量). "
     + ZJ_PLAN.format("（八）")),
    (Z, T, 22062, "引育1000名乡村运营人才", "乡村运营人才人数", "no", "yes",
     "the making act that defines the count is dropped (the name reads as the stock); the reader writes 乡村运营人才引育人数. "
     + ZJ_PLAN.format("十方面民生实事, 4.就业创业方面")),
    (Z, T, 22372, "选送1000场品质戏曲进社区进乡村", "品质戏曲进社区进乡村场次", "yes", "yes",
     "borderline: 选送品质戏曲进社区进乡村场次 (the act 进社区进乡村 is kept, 选送 dropped). "
     + ZJ_PLAN.format("十方面民生实事, 7.文化体育方面")),
    # ---- zhejiang-2026, Outcomes
    (Z, O, 1101, "规上工业增加值增长6.9%", "规模以上工业增加值", "yes", "yes",
     "canonical name. " + ZJ_1Y.format("（二）巩固实体经济根基")),
    (Z, O, 1250, "战略性新兴产业、高新技术产业增加值分别增长10%", "战略性新兴产业增加值", "yes", "yes",
     "the first member with the shared head. " + ZJ_1Y.format("（二）")),
    (Z, O, 1314, "36.4%", "工业机器人产量", "yes", "yes",
     "the third member of 新能源汽车、集成电路、工业机器人产量分别增长…. " + ZJ_1Y.format("（二）")),
    (Z, O, 2045, "无还本续贷新增5982亿元", "无还本续贷增加额", "yes", "yes",
     "borderline: 新增无还本续贷 (新增 after the thing read as before it, as the 2026 target 新增无还本续贷5000亿元 writes it). "
     + ZJ_1Y.format("（三）千方百计扩大内需")),
    (Z, O, 2209, "制造业外资占比40.9%", "制造业外资占比", "yes", "yes",
     "as written. " + ZJ_1Y.format("（四）扩大高水平对外开放")),
    (Z, O, 2461, "4.2%", "货邮吞吐量", "no", "yes",
     "the scope opening the first member bounds the list (全省国际航空旅客和货邮吞吐量分别增长14.2%、4.2%); the reader writes "
     "国际航空货邮吞吐量, not all cargo and mail. " + ZJ_1Y.format("（四）")),
    (Z, O, 2752, "民间项目投资增长4.6%", "民间项目投资", "yes", "yes", "as written. " + ZJ_1Y.format("（五）加大改革攻坚力度")),
    (Z, O, 2842, "增长6.3%", "经营主体户数", "yes", "yes",
     "a change in % of things counted named with the count (全省经营主体达1163.7万户、增长6.3%). " + ZJ_1Y.format("（五）")),
    (Z, O, 3703, "4家浙企上榜全国文化企业30强", "浙企上榜全国文化企业30强数量", "yes", "yes",
     "borderline: 上榜全国文化企业30强浙企数量 (a list entered named before the things). "
     + ZJ_1Y.format("（七）繁荣发展文化事业文化产业")),
    (Z, O, 4084, "地表水国控断面Ⅰ—Ⅲ类水质比例达98.7%", "地表水国控断面Ⅰ—Ⅲ类水质比例", "yes", "yes",
     "as written. " + ZJ_1Y.format("（八）全力推进绿色低碳发展")),
    (Z, O, 4562, "下达2025年中央及省级育儿补贴资金26.4亿元", "下达中央及省级育儿补贴资金", "no", "yes",
     "a verb that gives money is no part of the name (发放创业担保贷款 → 创业担保贷款); the reader writes 中央及省级育儿补贴资金. "
     + ZJ_1Y.format("（九）持续增进民生福祉")),
    (Z, O, 4654, "新增全国学前教育普及普惠县18个", "新增全国学前教育普及普惠县数量", "yes", "yes",
     "新增 and the title kept. " + ZJ_1Y.format("（九）")),
    (Z, O, 4769, "职工医保个人账户家庭共济改革惠及616.2万名近亲属", "职工医保个人账户家庭共济改革受益近亲属人数", "yes", "yes",
     "惠及 → 受益, the reform owning them. " + ZJ_1Y.format("（九）")),
    (Z, O, 6323, "国家先进制造业集群总数达8个", "国家先进制造业集群总数", "yes", "yes",
     "a stock, 总数 as written. " + ZJ_5Y.format("创新动能显著增强")),
    (Z, O, 6723, "4.5万元", "农村常住居民人均可支配收入", "yes", "yes",
     "members of 城镇和农村居民… take the series' name. " + ZJ_5Y.format("共同富裕探路先行")),
    (Z, O, 7200, "道路交通事故起数和死亡人数分别下降1.8%", "道路交通事故起数", "yes", "yes",
     "the first member. " + ZJ_5Y.format("社会治理更加高效, 五年来")),
    (Z, O, 7222, "31.3%", "道路交通事故死亡人数", "yes", "yes",
     "the second member with the first's head. " + ZJ_5Y.format("社会治理更加高效, 五年来")),
]

# Items judged yes above that are no quantity under the guideline (reported apart in README).
NOT_A_QUANTITY = {(H, T, 8539), (H, O, 2457)}


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def read_sample(path: str, kind: str) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        r["kind"] = kind
    return rows


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: check-f51-verdicts.py SAMPLE_TARGETS SAMPLE_OUTCOMES", file=sys.stderr)
        return 2
    rows = read_sample(sys.argv[1], T) + read_sample(sys.argv[2], O)
    verdicts = {}
    problems = []
    for v in VERDICTS:
        key = (v[0], v[1], v[2], v[3])
        if key in verdicts:
            problems.append(f"verdict given twice: {key}")
        verdicts[key] = v
    keys_rows = {}
    for r in rows:
        key = (r["report"], r["kind"], int(r["start"]), r["quote"])
        keys_rows[key] = r
        if key not in verdicts:
            problems.append(f"sampled row without a verdict: {key}")
        elif verdicts[key][4] != r["indicator"]:
            problems.append(f"indicator differs for {key}: verdict {verdicts[key][4]!r}, sample {r['indicator']!r}")
    for key in verdicts:
        if key not in keys_rows:
            problems.append(f"verdict without a sampled row: {key}")
    texts = {name: read_report(REPO / path).text for name, path in REPORTS.items()}
    for (report, kind, start, quote), v in verdicts.items():
        text = texts.get(report)
        if text is None:
            problems.append(f"unknown report: {report}")
        elif text[start:start + len(quote)] != quote:
            problems.append(f"quote is not the text at {report}:{start}: {quote!r} vs {text[start:start + len(quote)]!r}")
        if v[5] not in ("yes", "no") or v[6] not in ("yes", "no"):
            problems.append(f"verdict not yes/no: {(report, kind, start, quote)}")
        if v[5] == "no" and "reader writes" not in v[7]:
            problems.append(f"a name miss without the reader's name: {(report, kind, start, quote)}")
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1

    with open(SHEET, "x", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["report", "kind", "start", "quote", "indicator", "period", "indicator_ok", "period_ok", "note"])
        for r in rows:
            v = verdicts[(r["report"], r["kind"], int(r["start"]), r["quote"])]
            w.writerow([r["report"], r["kind"], r["start"], r["quote"], r["indicator"], r["period"], v[5], v[6], v[7]])
    print(f"wrote {SHEET.relative_to(REPO)} ({len(rows)} rows)")

    def tally(label, sel):
        n = len(sel)
        a = sum(v[5] == "yes" for v in sel)
        b = sum(v[6] == "yes" for v in sel)
        la, ha = wilson(a, n)
        lb, hb = wilson(b, n)
        print(f"{label:34s} names {a:3d}/{n:<3d} {100 * a / n:5.1f}% [{100 * la:5.1f}, {100 * ha:5.1f}]   "
              f"periods {b:3d}/{n:<3d} {100 * b / n:5.1f}% [{100 * lb:5.1f}, {100 * hb:5.1f}]")

    allv = [verdicts[(r["report"], r["kind"], int(r["start"]), r["quote"])] for r in rows]
    tally("all", allv)
    tally("targets", [v for v in allv if v[1] == T])
    tally("outcomes", [v for v in allv if v[1] == O])
    for report in sorted(REPORTS):
        tally(report, [v for v in allv if v[0] == report])
        for kind in (T, O):
            tally(f"  {report} {kind.lower()}s", [v for v in allv if v[0] == report and v[1] == kind])
    strict = [v if (v[0], v[1], v[2]) not in NOT_A_QUANTITY else v[:5] + ("no",) + v[6:] for v in allv]
    tally("all, non-quantities as name misses", strict)
    print(f"borderline yes: {sum(v[7].startswith('borderline:') for v in allv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
