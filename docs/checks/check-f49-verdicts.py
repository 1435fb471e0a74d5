"""Blind hand check check-f49 (held out: henan-2026, shaanxi-2026, hailaer-2015): verdicts on the indicator name and
period of 102 sampled figures (17 Targets and 17 Outcomes per report, seed 33064), tool frozen at 0d2194dd.

    python docs/checks/check-f49-verdicts.py SAMPLE_TARGETS SAMPLE_OUTCOMES

writes docs/checks/indicator-check-2027w.csv (report, kind, start, quote, indicator, period, indicator_ok, period_ok,
note) and prints the tallies with 95 % Wilson intervals. Refuses to overwrite the CSV.
"""
import csv
import math
import os
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "indicator-check-2027w.csv")

HL_T = "section 二、2015年工作安排 (the 2015 plan): 2015–2015"
HL_O = "section 一、2014年工作回顾 (a one-year review): 2014–2014"
HN_15 = "section 二、“十五五”时期主要目标任务 (十五五 goals): 2026–2030"
HN_T = "section 三、2026年重点工作安排 (the 2026 plan): 2026–2026"
HN_5Y = "section 一、“十四五”时期和2025年工作回顾, its five-year part (过去的五年; a 十四五 review): 2021–2025"
HN_1Y = "section 一、“十四五”时期和2025年工作回顾, its one-year part (刚刚过去的2025年…一年来, from offset 1860; a one-year review): 2025–2025"
SX_15 = "section 二、“十五五”时期主要目标和重大举措 (十五五 goals): 2026–2030"
SX_T = "section 三、2026年重点工作 (the 2026 plan): 2026–2026"
SX_1Y = "section 一、2025年工作回顾 (a one-year review): 2025–2025"
SX_5Y = "section 一、2025年工作回顾, its 五年来 part (a 十四五 review): 2021–2025"

# (kind, report, start, tool indicator) -> (indicator_ok, period_ok, note)
V = {
    # ---------------- Targets: hailaerqu-2015 ----------------
    ("Target", "hailaerqu-2015", 3527, "一般公共预算收入"): ("yes", "yes", f"公共财政预算收入 is a spelling the alias table maps to 一般公共预算收入 (guideline: canonical name); {HL_T}"),
    ("Target", "hailaerqu-2015", 3540, "一般公共预算收入"): ("yes", "yes", f"level 达到14.6亿元 of the same revenue; {HL_T}"),
    ("Target", "hailaerqu-2015", 3598, "农民人均纯收入"): ("yes", "yes", f"income series as written; {HL_T}"),
    ("Target", "hailaerqu-2015", 4204, "工业类数量"): ("no", "yes", f"工业类重点项目数量: 安排重点项目105个，其中工业类3个, a part of the figure before counted as it is; 工业类 alone names no thing; {HL_T}"),
    ("Target", "hailaerqu-2015", 4260, "计划投资"): ("no", "yes", f"重点项目投资 (or 重点项目年度投资): the group's investment is named after the group the sentence counts (重点项目105个); 计划/完成 are no part of a name; {HL_T}"),
    ("Target", "hailaerqu-2015", 4956, "老工业企业退城入园数量"): ("yes", "yes", f"borderline: a reader may keep the scope 主城区 (place scope before the number in a single figure's clause: undecided line); act 退城入园 kept after the thing; {HL_T}"),
    ("Target", "hailaerqu-2015", 5285, "仓储库建成并面积"): ("no", "yes", f"仓储库面积 (an area of a thing built keeps its plain name; at most 仓储库建成面积): the name keeps the stray 并 of 建成并投入使用, a broken name; {HL_T}"),
    ("Target", "hailaerqu-2015", 5461, "道路工程数量"): ("no", "yes", f"新城区道路工程数量: the one-clause headline sentence 新城区建设要全面加快。 is the topic of the next sentence and owns its counts (names80, 东山组团主干道路数量); bare it reads as all the district's road works; {HL_T}"),
    ("Target", "hailaerqu-2015", 5496, "绿化面积"): ("no", "yes", f"新城区绿化面积: same sentence under the headline 新城区建设要全面加快。 (names80); bare it is the district's greening; {HL_T}"),
    ("Target", "hailaerqu-2015", 5651, "建材城面积"): ("yes", "yes", f"area of a thing built (23万平方米的建材城完工) keeps the plain name; {HL_T}"),
    ("Target", "hailaerqu-2015", 5855, "道路的扩建里程"): ("no", "yes", f"道路扩建和绿化里程 (the 7条主干道路): the treatment is 扩建和绿化, written as one, and the name drops 绿化 and keeps the stray 的; {HL_T}"),
    ("Target", "hailaerqu-2015", 6378, "对老城区现有面积"): ("no", "yes", f"老城区棚户区调查摸底面积: the name keeps the stray 对/现有 and loses the thing (棚户区) and the act (调查摸底); {HL_T}"),
    ("Target", "hailaerqu-2015", 7309, "城镇登记失业率"): ("yes", "yes", f"as written; {HL_T}"),
    ("Target", "hailaerqu-2015", 7598, "二期面积"): ("no", "yes", f"拆炉并网二期供热改造面积 (完成二期170万平方米供热改造任务: a task after its number measures the work, 供热改造面积); 二期 alone names no thing; {HL_T}"),
    ("Target", "hailaerqu-2015", 7651, "村的饮水安全工程投资"): ("yes", "yes", f"borderline: a careful reader writes 饮水安全工程投资 (money followed by the one work it pays for; the number qualifying the work, 5个村, left out); 村的 is a leftover of 5个村的, same measure; {HL_T}"),
    ("Target", "hailaerqu-2015", 7675, "老旧小区排污管网数量"): ("yes", "yes", f"borderline: the 77 counted are old residential compounds whose sewer network is worked on; a reader may write 排污管网老旧小区数量 (the part before the things); same count; {HL_T}"),
    ("Target", "hailaerqu-2015", 7706, "背街巷道改造数量"): ("yes", "yes", f"treating act after the thing (完成29条背街巷道改造); {HL_T}"),
    # ---------------- Targets: henansheng-2026 ----------------
    ("Target", "henansheng-2026", 4660, "常住人口城镇化率"): ("yes", "yes", f"as written; {HN_15}"),
    ("Target", "henansheng-2026", 4859, "城镇新增就业人数"): ("yes", "yes", f"canonical name (城镇新增就业500万人以上 over the five years); {HN_15}"),
    ("Target", "henansheng-2026", 5759, "一般公共预算收入"): ("yes", "yes", f"as written; {HN_T}"),
    ("Target", "henansheng-2026", 5788, "城镇新增就业人数"): ("yes", "yes", f"people close with 人数; {HN_T}"),
    ("Target", "henansheng-2026", 5802, "居民消费价格涨幅"): ("yes", "yes", f"price measure keeps the change noun 涨幅; {HN_T}"),
    ("Target", "henansheng-2026", 5829, "粮食产量"): ("yes", "yes", f"as written; {HN_T}"),
    ("Target", "henansheng-2026", 6904, "省重点项目数量"): ("yes", "yes", f"实施 dropped (not 实施/打造); {HN_T}"),
    ("Target", "henansheng-2026", 7614, "国家高新技术企业数量"): ("yes", "yes", f"stock (达到1.5万家); {HN_T}"),
    ("Target", "henansheng-2026", 7862, "新培育省级“两业”融合标杆企业数量"): ("yes", "yes", f"新+verb kept before the thing; {HN_T}"),
    ("Target", "henansheng-2026", 8047, "省级数据产业园建设数量"): ("yes", "yes", f"plain making act 建设 after the thing (parks, not projects); {HN_T}"),
    ("Target", "henansheng-2026", 8060, "新建智能车间、智能工厂数量"): ("yes", "yes", f"a count said once of a list is their sum; 新建 kept; {HN_T}"),
    ("Target", "henansheng-2026", 8423, "粮食产能提升重点县和豫东平原数量"): ("no", "yes", f"粮食产能提升重点县数量 (66个 counts the key counties only; 豫东平原 belongs to the 200万亩 member), e.g. 整区域工程化建设高标准农田粮食产能提升重点县数量; {HN_T}"),
    ("Target", "henansheng-2026", 8423, "粮食产能提升重点县和豫东平原面积"): ("no", "yes", f"豫东平原整区域工程化建设高标准农田面积: 200万亩 is the plain's farmland area, not an area of counties and plain; {HN_T}"),
    ("Target", "henansheng-2026", 8461, "高标准农田面积"): ("yes", "yes", f"新建改造X → X面积 (built new and treated); {HN_T}"),
    ("Target", "henansheng-2026", 8861, "农村公路里程"): ("yes", "yes", f"新改建 dropped (built new and treated), roads take 里程; {HN_T}"),
    ("Target", "henansheng-2026", 8875, "村级寄递物流综合服务点数量"): ("yes", "yes", f"list member sharing 新改建, which is dropped anyway; {HN_T}"),
    ("Target", "henansheng-2026", 11524, "新增农村劳动力转移就业人数"): ("yes", "yes", f"新增 kept, 人数; {HN_T}"),
    # ---------------- Targets: shaanxisheng-2026 ----------------
    ("Target", "shaanxisheng-2026", 6822, "地区生产总值"): ("yes", "yes", f"growth named as its measure; {SX_15}"),
    ("Target", "shaanxisheng-2026", 7126, "民间投资"): ("yes", "yes", f"one growth for a 、 list of whole indicators is each member's (this row is the 民间投资 member); {SX_15}"),
    ("Target", "shaanxisheng-2026", 8459, "省级重点项目数量"): ("yes", "yes", f"实施 dropped; {SX_T}"),
    ("Target", "shaanxisheng-2026", 9111, "商旅名街数量"): ("yes", "yes", f"打造 is no part of a name; {SX_T}"),
    ("Target", "shaanxisheng-2026", 9143, "社会消费品零售总额"): ("yes", "yes", f"as written; {SX_T}"),
    ("Target", "shaanxisheng-2026", 9515, "高新技术、科技型中小企业数量"): ("no", "yes", f"two entries, 高新技术企业数量 and 科技型中小企业数量: the head 企业数量 written once after the last member is each modifier member's, and one growth of two whole indicators is each member's (not parts summed); {SX_T}"),
    ("Target", "shaanxisheng-2026", 10234, "新增规模以上企业数量"): ("yes", "yes", f"新增 kept; {SX_T}"),
    ("Target", "shaanxisheng-2026", 10324, "煤矿产能"): ("no", "yes", f"煤矿建成试运转产能 (黄蒿界等6处煤矿、产能1400万吨/年建成试运转): the act defining the figure, new mines brought into trial operation, is dropped; bare it reads as the province's coal-mine capacity; {SX_T}"),
    ("Target", "shaanxisheng-2026", 10429, "机组建成投运规模"): ("yes", "yes", f"power with no 装机 is 规模; 建成投运 stays as 建成投产; {SX_T}"),
    ("Target", "shaanxisheng-2026", 10629, "能源工业增加值"): ("yes", "yes", f"as written; {SX_T}"),
    ("Target", "shaanxisheng-2026", 11147, "国家骨干冷链物流基地建设数量"): ("yes", "yes", f"推进/加快N个X建设 → X建设数量; {SX_T}"),
    ("Target", "shaanxisheng-2026", 12866, "粮食种植面积"): ("yes", "yes", f"as written; {SX_T}"),
    ("Target", "shaanxisheng-2026", 12974, "新创建“千万工程”示范村数量"): ("yes", "yes", f"新+verb kept; {SX_T}"),
    ("Target", "shaanxisheng-2026", 13407, "县区农用地重金属污染溯源整治数量"): ("yes", "yes", f"borderline: the 15 are counties that do the work; a reader writes 完成农用地重金属污染溯源整治的县区数量 (doers of a task with 完成, a longer place noun with 数量); same count, other order; {SX_T}"),
    ("Target", "shaanxisheng-2026", 13534, "“三北”工程造林种草面积"): ("yes", "yes", f"完成 dropped, programme kept; {SX_T}"),
    ("Target", "shaanxisheng-2026", 13553, "沙化土地治理面积"): ("yes", "yes", f"treating act after the thing; {SX_T}"),
    ("Target", "shaanxisheng-2026", 14425, "重点文旅产业收入"): ("yes", "yes", f"as written; {SX_T}"),
    # ---------------- Outcomes: hailaerqu-2015 ----------------
    ("Outcome", "hailaerqu-2015", 388, "一般公共预算收入"): ("yes", "yes", f"公共财政预算收入 maps to the canonical 一般公共预算收入; {HL_O}"),
    ("Outcome", "hailaerqu-2015", 415, "区本级固定资产投资"): ("yes", "yes", f"the level of government (区本级) stays; {HL_O}"),
    ("Outcome", "hailaerqu-2015", 490, "农民人均纯收入"): ("yes", "yes", f"growth of the figure just before (农民人均纯收入达到21618元，同比增长13.6%); {HL_O}"),
    ("Outcome", "hailaerqu-2015", 612, "万家惠农贸市场项目主体投资"): ("no", "yes", f"万家惠农贸市场项目投资 (投资N亿元的X项目 → X项目投资): 主体 belongs to the status 主体完工 and makes the name read as the main structure's investment; {HL_O}"),
    ("Outcome", "hailaerqu-2015", 632, "伊仕丹购物广场正式营业投资"): ("no", "yes", f"伊仕丹购物广场投资: the status verb 正式营业 is no part of a project's investment name; {HL_O}"),
    ("Outcome", "hailaerqu-2015", 684, "社会消费品零售总额"): ("yes", "yes", f"growth of the figure before; {HL_O}"),
    ("Outcome", "hailaerqu-2015", 838, "开通国内、国际及地区航线数量"): ("yes", "yes", f"borderline: an opening act stands after the things (N条X开通 → X开通数量): 国内、国际及地区航线开通数量; same count; {HL_O}"),
    ("Outcome", "hailaerqu-2015", 931, "规模以上工业总产值"): ("yes", "yes", f"as written; {HL_O}"),
    ("Outcome", "hailaerqu-2015", 1107, "蔬菜产量"): ("yes", "yes", f"全年蔬菜产量 names its thing; {HL_O}"),
    ("Outcome", "hailaerqu-2015", 1436, "单烧供热锅炉关停数量"): ("yes", "yes", f"treating act after the thing; {HL_O}"),
    ("Outcome", "hailaerqu-2015", 1717, "民生投入占公共财政预算支出比重"): ("yes", "yes", f"share as written; {HL_O}"),
    ("Outcome", "hailaerqu-2015", 1750, "就业小额担保贷款"): ("yes", "yes", f"发放 dropped (money given is named by what is given); {HL_O}"),
    ("Outcome", "hailaerqu-2015", 1781, "再就业人数"): ("yes", "yes", f"people close with 人数; {HL_O}"),
    ("Outcome", "hailaerqu-2015", 1914, "实施项目数量"): ("no", "yes", f"教育基础设施项目完工数量 (or 项目完工数量): 完工 closing the things is the act the count is of and stays; 实施 is dropped; the topic 教育基础设施 owns the projects; {HL_O}"),
    ("Outcome", "hailaerqu-2015", 2060, "行政村长度"): ("no", "yes", f"村巷硬化长度 (or 里程): 17.2公里 measures the lanes hardened, not villages; {HL_O}"),
    ("Outcome", "hailaerqu-2015", 2150, "租赁补贴"): ("yes", "yes", f"发放 dropped; {HL_O}"),
    ("Outcome", "hailaerqu-2015", 2266, "低保家庭大学生补助"): ("yes", "yes", f"a list member sharing 发放, which is dropped; {HL_O}"),
    # ---------------- Outcomes: henansheng-2026 ----------------
    ("Outcome", "henansheng-2026", 438, "综合交通网总规模"): ("yes", "yes", f"as written; {HN_5Y}"),
    ("Outcome", "henansheng-2026", 758, "制造业单项冠军数量"): ("yes", "yes", f"stock; {HN_5Y}"),
    ("Outcome", "henansheng-2026", 816, "粮食总产量"): ("yes", "yes", f"粮食总产量 stays as the table's own entry; 连续9年 is no part of the name; {HN_5Y}"),
    ("Outcome", "henansheng-2026", 865, "开挖疏浚沟渠长度"): ("yes", "yes", f"borderline: the making and treating act stands after the thing: 沟渠开挖疏浚长度; same measure; {HN_5Y}"),
    ("Outcome", "henansheng-2026", 880, "农作物综合机械化率"): ("yes", "yes", f"as written; {HN_5Y}"),
    ("Outcome", "henansheng-2026", 1461, "植树造林面积"): ("yes", "yes", f"as written; {HN_5Y}"),
    ("Outcome", "henansheng-2026", 1596, "居民人均可支配收入"): ("yes", "yes", f"年均 growth named as its measure; {HN_5Y}"),
    ("Outcome", "henansheng-2026", 1678, "本科院校数量"): ("no", "yes", f"新设本科院校数量: 新+verb (新设) before the thing defines the count; bare it is the stock of universities; {HN_5Y}"),
    ("Outcome", "henansheng-2026", 1731, "达到三级综合医院水平的县级医院数量"): ("yes", "yes", f"a level reached, before the things with 的; {HN_5Y}"),
    ("Outcome", "henansheng-2026", 2026, "工业投资"): ("yes", "yes", f"as written; {HN_1Y}"),
    ("Outcome", "henansheng-2026", 2054, "进出口总额"): ("yes", "yes", f"进出口总值 → canonical 进出口总额 (the guideline's own example); {HN_1Y}"),
    ("Outcome", "henansheng-2026", 2067, "粮食产量"): ("yes", "yes", f"as written; {HN_1Y}"),
    ("Outcome", "henansheng-2026", 2277, "地方政府专项债券资金"): ("yes", "no", f"发行 (raising money) dropped; period: the figure is in （一） of the 2025 part, so 2025–2025, not 2021–2025; {HN_1Y}"),
    ("Outcome", "henansheng-2026", 2965, "县级“三保”支出"): ("yes", "no", f"全省 is the place's own whole; period: （四） of the 2025 part, 2025–2025, not 2021–2025; {HN_1Y}"),
    ("Outcome", "henansheng-2026", 3000, "PM2.5年均浓度"): ("yes", "no", f"PM2.5浓度 → canonical PM2.5年均浓度; period: 2025 part, 2025–2025, not 2021–2025; {HN_1Y}"),
    ("Outcome", "henansheng-2026", 3087, "职业技能培训人次"): ("yes", "no", f"人次 closes the name, 完成 dropped; period: 2025 part, 2025–2025, not 2021–2025; {HN_1Y}"),
    ("Outcome", "henansheng-2026", 3157, "第四次文物普查新发现文物数量"): ("yes", "no", f"第四次文物普查 is the census's name, not numbering; 新发现 kept; period: 2025 part (全年接待游客… the clause before), 2025–2025, not 2021–2025; {HN_1Y}"),
    # ---------------- Outcomes: shaanxisheng-2026 ----------------
    ("Outcome", "shaanxisheng-2026", 418, "居民人均可支配收入"): ("yes", "yes", f"as written; {SX_1Y}"),
    ("Outcome", "shaanxisheng-2026", 739, "煤矿新增产能"): ("yes", "yes", f"capacity of the 11处煤矿 brought into trial operation, 新增 kept; {SX_1Y}"),
    ("Outcome", "shaanxisheng-2026", 1012, "社会消费品零售总额"): ("yes", "yes", f"as written; {SX_1Y}"),
    ("Outcome", "shaanxisheng-2026", 1026, "金融机构人民币存款余额"): ("yes", "yes", f"first member of 存贷款余额分别…; {SX_1Y}"),
    ("Outcome", "shaanxisheng-2026", 2283, "县域经济"): ("yes", "yes", f"borderline: a reader may write 县域地区生产总值 (经济增长 is the table's 地区生产总值) or keep 县域经济 as written; same measure; {SX_1Y}"),
    ("Outcome", "shaanxisheng-2026", 2333, "陈仓、洋县园区产值"): ("yes", "yes", f"borderline: reads as each park passing 100亿元 (cf. 富平园区…超过200亿元), which a reader could split into 陈仓园区产值, 洋县园区产值; the guideline takes an amount said once of a list as their sum, so one entry stands; {SX_1Y}"),
    ("Outcome", "shaanxisheng-2026", 2396, "高标准农田面积"): ("yes", "yes", f"新建和改造X → X面积; {SX_1Y}"),
    ("Outcome", "shaanxisheng-2026", 3361, "国家生态文明建设示范区县区数量"): ("yes", "yes", f"places counted into a title are named by it; {SX_1Y}"),
    ("Outcome", "shaanxisheng-2026", 3488, "上线运行“高效办成一件事”数量"): ("yes", "yes", f"borderline: the guideline writes “高效办成一件事”事项数量 with a making act after the things: “高效办成一件事”事项上线运行数量; same count; {SX_1Y}"),
    ("Outcome", "shaanxisheng-2026", 3698, "陕西进出口"): ("no", "yes", f"中欧班列（西安）带动陕西进出口: a driven figure keeps the driver (the figure before, 中欧班列（西安）开行6037列) and 带动; bare it reads as the province's whole trade; {SX_1Y}"),
    ("Outcome", "shaanxisheng-2026", 4172, "安全生产事故起数"): ("yes", "yes", f"first member of a 分别 list; {SX_1Y}"),
    ("Outcome", "shaanxisheng-2026", 4194, "安全生产事故死亡人数"): ("yes", "yes", f"second member; {SX_1Y}"),
    ("Outcome", "shaanxisheng-2026", 4661, "地区生产总值增加额"): ("yes", "yes", f"a rise by an amount of money is the thing's 增加额; the base 较“十三五”末 is no part; {SX_5Y}"),
    ("Outcome", "shaanxisheng-2026", 5068, "每万人高价值发明专利拥有量"): ("yes", "yes", f"as written; {SX_5Y}"),
    ("Outcome", "shaanxisheng-2026", 5273, "天然气产量"): ("yes", "yes", f"as written; {SX_5Y}"),
    ("Outcome", "shaanxisheng-2026", 5791, "通过国家义务教育优质均衡发展评估县区数量"): ("yes", "yes", f"divisions passing a check keep their own line (通过X评估认定区县数量); {SX_5Y}"),
    ("Outcome", "shaanxisheng-2026", 5859, "人均预期寿命"): ("yes", "yes", f"as written; {SX_5Y}"),
}


def wilson(x, n, z=1.959964):
    if n == 0:
        return (0.0, 0.0)
    p = x / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (c - h, c + h)


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    if os.path.exists(OUT):
        print(f"refusing to overwrite {OUT}", file=sys.stderr)
        return 1
    rows = []
    for kind, path in (("Target", sys.argv[1]), ("Outcome", sys.argv[2])):
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                key = (kind, r["report"], int(r["start"]), r["indicator"])
                if key not in V:
                    print(f"no verdict for {key}", file=sys.stderr)
                    return 1
                ok, pok, note = V[key]
                rows.append({"report": r["report"], "kind": kind, "start": r["start"], "quote": r["quote"],
                             "indicator": r["indicator"], "period": r["period"], "indicator_ok": ok,
                             "period_ok": pok, "note": note})
    if len(rows) != len(V):
        print(f"{len(V)} verdicts, {len(rows)} sampled rows", file=sys.stderr)
        return 1
    with open(OUT, "x", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["report", "kind", "start", "quote", "indicator", "period", "indicator_ok",
                                          "period_ok", "note"])
        w.writeheader()
        w.writerows(rows)
    groups = [("all", rows), ("targets", [r for r in rows if r["kind"] == "Target"]),
              ("outcomes", [r for r in rows if r["kind"] == "Outcome"])]
    for rep in sorted({r["report"] for r in rows}):
        groups.append((rep, [r for r in rows if r["report"] == rep]))
        for k in ("Target", "Outcome"):
            groups.append((f"{rep} {k.lower()}s", [r for r in rows if r["report"] == rep and r["kind"] == k]))
    print("| items | names right | 95 % Wilson | periods right |")
    print("|---|---|---|---|")
    for name, g in groups:
        x = sum(r["indicator_ok"] == "yes" for r in g)
        p = sum(r["period_ok"] == "yes" for r in g)
        lo, hi = wilson(x, len(g))
        print(f"| {name} | {x}/{len(g)} ({100 * x / len(g):.1f} %) | {100 * lo:.1f}–{100 * hi:.1f} % | {p}/{len(g)} |")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
