"""Forty-fifth check (f45): blind hand verdicts on indicator names and periods.

Held-out reports: zhejiang-2026, xizang-2026 (tibetzizhiqu-2026), hailaer-2012 (hailaerqu-2012); tool frozen at
15442b0b. Samples: scripts/sample_figures.py --per-report 17 --seed 33054 on the targets and outcomes tables.

    PYTHONPATH=. python docs/checks/f45-verdicts.py /tmp/check-f45/sample-targets.txt /tmp/check-f45/sample-outcomes.txt

writes docs/checks/indicator-check-2027s.csv (report, kind, start, quote, indicator, period, indicator_ok, period_ok,
note) and prints the tallies with 95 % Wilson intervals. It refuses to overwrite the CSV. Every quote is checked
against text[start:start+len(quote)] of the report as policykg decodes it.
"""
import csv
import math
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "indicator-check-2027s.csv"
PATHS = {
    "hailaerqu-2012": "data/corpus/hailaer/hailaer-2012.txt",
    "tibetzizhiqu-2026": "data/corpus/provincial-2026/xizang-2026.txt",
    "zhejiangsheng-2026": "data/corpus/provincial-2026/zhejiang-2026.txt",
}

# Sections and their periods.
HT = "hailaer-2012 二、2012年政府工作总体要求和目标任务 (plan year 2012)"
HO = "hailaer-2012 一、过去一年工作回顾 (one-year review 2011)"
XT = "xizang-2026 三、2026年重点工作 (plan year 2026)"
XO1 = "xizang-2026 一、2025年和“十四五”时期工作回顾, the 2025 part (one-year review 2025)"
XO5 = "xizang-2026 一、…“十四五”时期工作回顾, the 回首过去五年 part (十四五 review 2021–2025)"
ZT = "zhejiang-2026 三、2026年重点工作 (plan year 2026)"
ZT10 = "zhejiang-2026 三、2026年重点工作, the ten 民生实事 list (plan year 2026)"
ZO1 = "zhejiang-2026 一、2025年主要工作和“十四五”发展成就, the 2025 part (one-year review 2025)"
ZO5 = "zhejiang-2026 一、…“十四五”发展成就, the 五年来 part (十四五 review 2021–2025)"

# (kind, report, start, tool indicator) -> (indicator_ok, period_ok, note without the section)
V = {
    # ---------------- Targets: hailaerqu-2012 ----------------
    ("Target", "hailaerqu-2012", 5482, "地区生产总值"): ("yes", "yes", "growth after 地区生产总值达到240亿元 is GDP's", HT),
    ("Target", "hailaerqu-2012", 5514, "固定资产投资"): ("yes", "yes", "完成 no part of the name", HT),
    ("Target", "hailaerqu-2012", 5555, "社会消费品零售总额"): ("yes", "yes", "growth after 社会消费品零售总额达到100.8亿元", HT),
    ("Target", "hailaerqu-2012", 5605, "农民人均纯收入"): ("yes", "yes", "growth after 农民人均纯收入达到16892元", HT),
    ("Target", "hailaerqu-2012", 7288, "旅游接待床位数量"): ("yes", "yes", "beds counted in 张; 旅游接待床位数 is the same count", HT),
    ("Target", "hailaerqu-2012", 7926, "新增蔬菜大棚数量"): ("yes", "yes", "新增 kept before the thing", HT),
    ("Target", "hailaerqu-2012", 8034, "现代化养鸡场等项目数量"): (
        "no", "yes", "5万只 is the chicken farm's capacity (birds), not a count of projects, and 等 is a stray; a careful "
        "reader writes 现代化养鸡场养殖规模 (or leaves the capacity inside the project's name unannotated)", HT),
    ("Target", "hailaerqu-2012", 8143, "马铃薯种薯基地面积"): ("yes", "yes", "area of a base to be built keeps the plain name; 实施 dropped", HT),
    ("Target", "hailaerqu-2012", 8186, "农村公路里程"): ("yes", "yes", "length of roads is 里程; 实施 dropped", HT),
    ("Target", "hailaerqu-2012", 8458, "城市建设重点项目数量"): ("yes", "yes", "实施 dropped as the guideline says", HT),
    ("Target", "hailaerqu-2012", 9702, "黑土地综合治理面积"): ("yes", "yes", "treating act 综合治理 after the thing, before the measure", HT),
    ("Target", "hailaerqu-2012", 9812, "大树大苗数量"): (
        "no", "yes", "right list member (13.5万株), but the count is the year's planting task (13.5万株大树大苗的植树任务: a task "
        "after its number measures the work); the bare name reads as the stock; a careful reader writes 大树大苗植树数量 "
        "(the tool's own other member keeps its act: 花草种植数量)", HT),
    ("Target", "hailaerqu-2012", 9838, "绿地布景造园数量"): ("yes", "yes", "14块 plots landscaped; the act stays after the thing", HT),
    ("Target", "hailaerqu-2012", 9862, "既有小区补绿增绿数量"): ("yes", "yes", "60个既有小区 greened; treatment 补绿增绿 after the thing", HT),
    ("Target", "hailaerqu-2012", 10217, "城镇新增就业人数"): (
        "yes", "yes", "borderline: the text writes 新增就业5000人 with no 城镇; the same district statistic (the review says "
        "城镇新增就业5527人), a careful reader writes 新增就业人数", HT),
    ("Target", "hailaerqu-2012", 10240, "高校毕业生就业人数"): ("yes", "yes", "people counted close with 人数", HT),
    ("Target", "hailaerqu-2012", 11013, "所有的社区办公用房要面积"): (
        "no", "yes", "stray words of the sentence (所有的, the modal 要) inside the name; a careful reader writes "
        "社区办公用房面积 (each community's office space to reach 300平方米以上)", HT),
    # ---------------- Targets: tibetzizhiqu-2026 ----------------
    ("Target", "tibetzizhiqu-2026", 6870, "社会消费品零售总额"): ("yes", "yes", "main target list", XT),
    ("Target", "tibetzizhiqu-2026", 6886, "城镇常住居民人均可支配收入"): (
        "yes", "yes", "first member of 城乡居民…分别 takes the series' name 城镇常住居民… (guideline)", XT),
    ("Target", "tibetzizhiqu-2026", 6906, "农村常住居民人均可支配收入"): ("yes", "yes", "second member of 城乡居民…分别 (8%左右)", XT),
    ("Target", "tibetzizhiqu-2026", 8939, "新增上市企业数量"): ("yes", "yes", "新增 kept", XT),
    ("Target", "tibetzizhiqu-2026", 8990, "升级改造县级寄递物流中心数量"): (
        "yes", "yes", "borderline: the upgrade compound written before the thing is put after it by the guideline "
        "(县级寄递物流中心升级改造数量); same count", XT),
    ("Target", "tibetzizhiqu-2026", 9926, "传统边贸点数量"): (
        "yes", "yes", "稳妥运行 is no making act: the points run, a stock (the 12 新开通 are another figure)", XT),
    ("Target", "tibetzizhiqu-2026", 10116, "自治区级科技创新平台（基地）创建数量"): ("yes", "yes", "making act 创建 after the thing", XT),
    ("Target", "tibetzizhiqu-2026", 10138, "新增高新技术和科技型中小企业数量"): (
        "yes", "yes", "one count said of two members joined by 和 is their sum: one entry", XT),
    ("Target", "tibetzizhiqu-2026", 10340, "新增技能人才人数"): ("yes", "yes", "新增 kept, 人数 closes", XT),
    ("Target", "tibetzizhiqu-2026", 10406, "农牧民转移就业人数"): ("yes", "yes", "实现 dropped", XT),
    ("Target", "tibetzizhiqu-2026", 10454, "农牧区免费学前教育生均标准"): (
        "yes", "yes", "a rise to a level (从380元提高至1000元) is the level; start value no part of the name", XT),
    ("Target", "tibetzizhiqu-2026", 10518, "中小学教学用房及附属设施数量"): (
        "yes", "yes", "things built new and treated (新建和改扩建) keep the plain name (guideline)", XT),
    ("Target", "tibetzizhiqu-2026", 10688, "“司机之家”建设数量"): (
        "yes", "yes", "list member shares 建设 of 建设工会驿站150个、“司机之家”37个", XT),
    ("Target", "tibetzizhiqu-2026", 10792, "民生实事数量"): ("yes", "yes", "办好 dropped", XT),
    ("Target", "tibetzizhiqu-2026", 10824, "基本医疗保险参保率"): ("yes", "yes", "rate kept as written", XT),
    ("Target", "tibetzizhiqu-2026", 11205, "南北山绿化工程面积"): (
        "yes", "yes", "the 其中 part of 完成营造林40万亩以上: the works' afforested area", XT),
    ("Target", "tibetzizhiqu-2026", 11231, "水土流失治理面积"): ("yes", "yes", "guideline's own example (治理 after the thing)", XT),
    # ---------------- Targets: zhejiangsheng-2026 ----------------
    ("Target", "zhejiangsheng-2026", 14758, "居民消费价格涨幅"): ("yes", "yes", "price measure keeps the change noun 涨幅", ZT),
    ("Target", "zhejiangsheng-2026", 15005, "新增无还本续贷"): ("yes", "yes", "新增 kept before the money", ZT),
    ("Target", "zhejiangsheng-2026", 15722, "创新联合体数量"): (
        "no", "yes", "the making act 组建 (支持龙头企业牵头组建…10个以上: consortia formed this year) is dropped, so the "
        "name reads as the stock; a careful reader writes 创新联合体组建数量 (龙头企业牵头组建创新联合体数量)", ZT),
    ("Target", "zhejiangsheng-2026", 15973, "全社会研发投入强度"): ("yes", "yes", "力争…达到 dropped", ZT),
    ("Target", "zhejiangsheng-2026", 17021, "省高能级服务业创新发展区提能升级数量"): (
        "yes", "yes", "upgrade compound after the thing stays after it", ZT),
    ("Target", "zhejiangsheng-2026", 17568, "重点消费品产业集群数量"): ("yes", "yes", "打造 no part of a name (guideline)", ZT),
    ("Target", "zhejiangsheng-2026", 17725, "产业项目数占比"): (
        "yes", "yes", "borderline: share of industrial projects among the 千项万亿 major projects of the sentence; a careful "
        "reader may add the scope (“千项万亿”重大项目产业项目数占比)", ZT),
    ("Target", "zhejiangsheng-2026", 18073, "新增能耗支持民间投资项目比重"): (
        "yes", "yes", "the 80% said once of a 、 list of three separate supports; this entry is the 新增能耗 member, "
        "named with the shared head", ZT),
    ("Target", "zhejiangsheng-2026", 18133, "向民间资本推介重大项目数量"): ("yes", "yes", "the act 推介 and its target kept; 全年 dropped", ZT),
    ("Target", "zhejiangsheng-2026", 18151, "重大项目参股比例"): (
        "no", "yes", "the owner 民间资本 is dropped: the share is private capital's stake in major projects; a careful "
        "reader writes 民间资本参与重大项目参股比例", ZT),
    ("Target", "zhejiangsheng-2026", 19533, "百亿元以上产业链数量"): (
        "yes", "yes", "a count of things named by the size they pass keeps it (过N亿 rule)", ZT),
    ("Target", "zhejiangsheng-2026", 20058, "城镇新增就业人数"): ("yes", "yes", "as written", ZT),
    ("Target", "zhejiangsheng-2026", 20432, "保障性租赁住房套数"): (
        "no", "yes", "the act 交付 that defines the year's count (units handed over) is dropped; the bare name reads as "
        "the stock; a careful reader writes 保障性租赁住房交付套数", ZT),
    ("Target", "zhejiangsheng-2026", 22030, "进行心理健康评估干预的困境、留守儿童人数"): (
        "yes", "yes", "为N名X+act pattern: act and object before the people, both members of 困境、留守儿童 kept; the "
        "quote is cut short (为1万名困境) but the name is right", ZT10),
    ("Target", "zhejiangsheng-2026", 22102, "“岗位需求+技能培训+技能评价+就业服务”职业技能培训人次"): (
        "yes", "yes", "borderline: the audience 面向重点群体 is left out; the training named as written, 人次 closes", ZT10),
    ("Target", "zhejiangsheng-2026", 22142, "新增心智障碍及重度残疾人帮扶性就业人数"): ("yes", "yes", "新增 kept, 人数 closes", ZT10),
    ("Target", "zhejiangsheng-2026", 22447, "乡村公共停车位改造提升数量"): (
        "yes", "yes", "guideline's own pattern 改造提升X N个 → X改造提升数量", ZT10),
    # ---------------- Outcomes: hailaerqu-2012 ----------------
    ("Outcome", "hailaerqu-2012", 448, "财政总收入"): ("yes", "yes", "完成 dropped", HO),
    ("Outcome", "hailaerqu-2012", 470, "地方财政总收入"): ("yes", "yes", "level of government 地方 kept", HO),
    ("Outcome", "hailaerqu-2012", 524, "社会消费品零售总额"): ("yes", "yes", "预计完成 dropped", HO),
    ("Outcome", "hailaerqu-2012", 544, "社会消费品零售总额"): ("yes", "yes", "growth of the figure before", HO),
    ("Outcome", "hailaerqu-2012", 691, "工业重点项目数量"): ("yes", "yes", "实施 dropped", HO),
    ("Outcome", "hailaerqu-2012", 926, "大唐集团在我区投资超5亿元的项目数量"): (
        "yes", "yes", "borderline: the projects qualified by their investor and size, as written; a careful reader "
        "writes 大唐集团投资超5亿元项目数量 (在我区 and 的 are wording)", HO),
    ("Outcome", "hailaerqu-2012", 1696, "航线数量"): (
        "no", "yes", "the act 新开通 is dropped, so the name is the stock (the very next figure, 国内外航线达到25条); a "
        "careful reader writes 新开通航线数量", HO),
    ("Outcome", "hailaerqu-2012", 1714, "国内外航线数量"): ("yes", "yes", "the stock, as written", HO),
    ("Outcome", "hailaerqu-2012", 2145, "市级以上龙头企业数量"): ("yes", "yes", "a stock the district has", HO),
    ("Outcome", "hailaerqu-2012", 2373, "雨水管网长度"): (
        "yes", "yes", "length of pipes is 长度; 改扩建 (built and rebuilt) keeps the plain name as 新改建 does", HO),
    ("Outcome", "hailaerqu-2012", 2457, "中心文化区面积"): (
        "yes", "yes", "borderline: 2.2平方公里 is the size of the zone whose land is being expropriated; the name says "
        "what the number measures", HO),
    ("Outcome", "hailaerqu-2012", 2597, "共建成房屋总面积"): (
        "no", "yes", "the adverb and verb of the sentence (共建成) are kept in the name; a careful reader writes "
        "房屋总面积 (an area of things built keeps the plain name) or at most 建成房屋总面积", HO),
    ("Outcome", "hailaerqu-2012", 2955, "小区等城区绿化工程数量"): (
        "no", "yes", "60个 counts 小区 greened, a member of 完成了6条城市道路、10处公园绿地、60个小区等城区绿化工程; the "
        "name keeps 等 and counts the whole list's works; a careful reader writes 小区绿化数量 (绿化小区数量)", HO),
    ("Outcome", "hailaerqu-2012", 3176, "民生资金占地方财政总支出比重"): ("yes", "yes", "share of the 民生资金 just named", HO),
    ("Outcome", "hailaerqu-2012", 3366, "农村人均增加额"): (
        "no", "yes", "the pay is dropped: the rise is of the rural minimum living allowance (城乡最低生活保障标准逐年提高，"
        "城镇年人均提高600元，农村年人均提高200元); a careful reader writes 农村人均最低生活保障标准增加额", HO),
    ("Outcome", "hailaerqu-2012", 3577, "老旧小区改造面积"): ("yes", "yes", "treatment 改造 after the thing", HO),
    ("Outcome", "hailaerqu-2012", 3976, "社区办公用房面积"): (
        "no", "yes", "300平方米以上 is the standard the offices reached, not an area of them; the figure of the sentence "
        "is the 80%: a careful reader writes 社区办公用房达到300平方米以上比例 (N%的X达到Y → XY比例)", HO),
    # ---------------- Outcomes: tibetzizhiqu-2026 ----------------
    ("Outcome", "tibetzizhiqu-2026", 498, "农村常住居民人均可支配收入"): ("yes", "yes", "second member of 城乡居民…分别 (7.4%)", XO1),
    ("Outcome", "tibetzizhiqu-2026", 1393, "消费品以旧换新销售额"): ("yes", "yes", "as written", XO1),
    ("Outcome", "tibetzizhiqu-2026", 1578, "接待游客人次"): (
        "yes", "yes", "growth of people named bare is the count's growth; first member of 分别", XO1),
    ("Outcome", "tibetzizhiqu-2026", 1603, "文化产业产值"): ("yes", "yes", "as written", XO1),
    ("Outcome", "tibetzizhiqu-2026", 1760, "保障性安居工程套数"): (
        "yes", "yes", "borderline: 建设 of a housing programme dropped as 建设 of projects is; 保障性安居工程建设套数 "
        "measures the same", XO1),
    ("Outcome", "tibetzizhiqu-2026", 1776, "老旧小区改造数量"): ("yes", "yes", "treatment after the thing", XO1),
    ("Outcome", "tibetzizhiqu-2026", 2028, "招商引资到位资金"): ("yes", "yes", "flow kept as written", XO1),
    ("Outcome", "tibetzizhiqu-2026", 2084, "自治区政府国资委监管企业利润"): ("yes", "yes", "owner kept", XO1),
    ("Outcome", "tibetzizhiqu-2026", 2323, "“珠峰英才”计划科技创新团队数量"): (
        "yes", "yes", "things taken into a list are named by it (入选 rule)", XO1),
    ("Outcome", "tibetzizhiqu-2026", 2729, "新增营造林面积"): ("yes", "yes", "新增 kept", XO1),
    ("Outcome", "tibetzizhiqu-2026", 2917, "边民补助标准增加额"): ("yes", "yes", "a rise by an amount is the thing's 增加额", XO1),
    ("Outcome", "tibetzizhiqu-2026", 3498, "各族群众的安全感满意度"): (
        "yes", "yes", "borderline: the 的 is wording (各族群众安全感满意度)", XO5),
    ("Outcome", "tibetzizhiqu-2026", 3726, "地方财政收入"): ("yes", "yes", "first member of 收入、支出分别 (300亿元)", XO5),
    ("Outcome", "tibetzizhiqu-2026", 4161, "调高城乡居民基础养老金标准数量"): (
        "yes", "yes", "borderline: a count of times (5次); a careful reader writes 城乡居民基础养老金标准调高次数, the "
        "act after the thing", XO5),
    ("Outcome", "tibetzizhiqu-2026", 4295, "民生投入"): ("yes", "yes", "累计 dropped", XO5),
    ("Outcome", "tibetzizhiqu-2026", 4462, "自治区本级一般性支出连续5年压减比例"): (
        "no", "yes", "a duration with its number (连续5年) is kept in the name; a careful reader writes "
        "自治区本级一般性支出压减比例", XO5),
    ("Outcome", "tibetzizhiqu-2026", 4525, "修订、制定政府规章数量"): (
        "yes", "yes", "borderline: acts of rules stay, written after the thing by the guideline (政府规章修订制定数量)", XO5),
    # ---------------- Outcomes: zhejiangsheng-2026 ----------------
    ("Outcome", "zhejiangsheng-2026", 1009, "人才认定人数"): ("yes", "yes", "making act 认定 after the thing", ZO1),
    ("Outcome", "zhejiangsheng-2026", 1189, "重点传统制造业增加值"): ("yes", "yes", "the count 17个 qualifies the group, left out", ZO1),
    ("Outcome", "zhejiangsheng-2026", 1250, "战略性新兴产业增加值"): ("yes", "yes", "first member of 分别, head 增加值 shared", ZO1),
    ("Outcome", "zhejiangsheng-2026", 1275, "高新技术产业增加值"): ("yes", "yes", "second member of 分别", ZO1),
    ("Outcome", "zhejiangsheng-2026", 2361, "宁波舟山港集装箱吞吐量"): ("yes", "yes", "as written", ZO1),
    ("Outcome", "zhejiangsheng-2026", 2388, "保税燃料油加注"): (
        "yes", "yes", "borderline: the measure word is missing (保税燃料油加注量); same quantity", ZO1),
    ("Outcome", "zhejiangsheng-2026", 2643, "“综合查一次”实施率"): ("yes", "yes", "as written", ZO1),
    ("Outcome", "zhejiangsheng-2026", 2828, "经营主体户数"): (
        "yes", "yes", "borderline: counted in 户 as written; firms would close with 数量 (经营主体数量)", ZO1),
    ("Outcome", "zhejiangsheng-2026", 2851, "企业数量"): (
        "yes", "yes", "the 其中 part of the 经营主体 stock; firms close with 数量", ZO1),
    ("Outcome", "zhejiangsheng-2026", 2861, "企业数量"): ("yes", "yes", "growth of the figure before", ZO1),
    ("Outcome", "zhejiangsheng-2026", 3071, "异地搬迁人数"): ("yes", "yes", "实施 dropped", ZO1),
    ("Outcome", "zhejiangsheng-2026", 3810, "新建“15分钟品质文化生活圈”数量"): ("yes", "yes", "新建 kept before the thing", ZO1),
    ("Outcome", "zhejiangsheng-2026", 4408, "新就业群体人数"): ("yes", "yes", "新就业群体 is the group's name", ZO1),
    ("Outcome", "zhejiangsheng-2026", 6030, "人均地区生产总值"): ("yes", "yes", "start value and its year left out", ZO5),
    ("Outcome", "zhejiangsheng-2026", 6264, "规模以上工业企业数量"): ("yes", "yes", "规上 written out; same count", ZO5),
    ("Outcome", "zhejiangsheng-2026", 6306, "上市公司数量"): ("yes", "yes", "end value of 从…增加到", ZO5),
    ("Outcome", "zhejiangsheng-2026", 6492, "外资"): (
        "no", "yes", "the flow 使用 is dropped: the five-year figure is utilised foreign investment (五年累计使用外资); 外资 "
        "alone names the capital, not its use; a careful reader writes 使用外资 (实际使用外资)", ZO5),
}


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (c - h, c + h)


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: f45-verdicts.py SAMPLE-TARGETS SAMPLE-OUTCOMES", file=sys.stderr)
        return 2
    if OUT.exists():
        print(f"f45-verdicts: {OUT} exists; refusing to overwrite", file=sys.stderr)
        return 1
    from policykg.read import read_report
    texts = {k: read_report(p).text for k, p in PATHS.items()}
    rows, used = [], set()
    for kind, path in (("Target", sys.argv[1]), ("Outcome", sys.argv[2])):
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                start = int(r["start"])
                t = texts[r["report"]]
                if t[start:start + len(r["quote"])] != r["quote"]:
                    raise SystemExit(f"quote mismatch: {r['report']} {start} {r['quote']}")
                key = (kind, r["report"], start, r["indicator"])
                if key not in V:
                    raise SystemExit(f"no verdict for {key}")
                used.add(key)
                ind_ok, per_ok, note, section = V[key]
                rows.append({"report": r["report"], "kind": kind, "start": start, "quote": r["quote"],
                             "indicator": r["indicator"], "period": r["period"], "indicator_ok": ind_ok,
                             "period_ok": per_ok, "note": f"{note}; section: {section}"})
    if used != set(V):
        raise SystemExit(f"verdicts for rows not in the samples: {sorted(set(V) - used)}")
    with open(OUT, "x", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["report", "kind", "start", "quote", "indicator", "period",
                                          "indicator_ok", "period_ok", "note"])
        w.writeheader()
        w.writerows(rows)
    groups = [("all", rows), ("targets", [r for r in rows if r["kind"] == "Target"]),
              ("outcomes", [r for r in rows if r["kind"] == "Outcome"])]
    for rep in sorted(PATHS):
        groups.append((rep, [r for r in rows if r["report"] == rep]))
        for kind in ("Target", "Outcome"):
            groups.append((f"{rep} {kind.lower()}s", [r for r in rows if r["report"] == rep and r["kind"] == kind]))
    print("| set | names right | 95 % Wilson | periods right |")
    print("|---|---|---|---|")
    for name, g in groups:
        k = sum(r["indicator_ok"] == "yes" for r in g)
        p = sum(r["period_ok"] == "yes" for r in g)
        lo, hi = wilson(k, len(g))
        print(f"| {name} | {k}/{len(g)} ({100 * k / len(g):.1f} %) | {100 * lo:.1f}–{100 * hi:.1f} % | {p}/{len(g)} |")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
