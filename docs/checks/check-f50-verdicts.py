"""Blind hand check check-f50 (the Fiftieth figures check): indicator names and periods of sampled figures.

Commit checked: 901858346b0b04c304d47f7ae3a9a6366ebc57ac (worktree /work/freeze-check-f50, branch check-f50).
Reports (held out this time): data/corpus/provincial-2026/xizang-2026.txt (tibetzizhiqu-2026),
data/corpus/provincial-2026/gansu-2026.txt (gansusheng-2026), data/corpus/hailaer/hailaer-2019.txt (hailaerqu-2019).
Sample: scripts/sample_figures.py --per-report 17 --seed 33066 (50 Targets: hailaer-2019 has 16; 51 Outcomes).

Commands (PYTHONPATH=/work/freeze-check-f50, PY=/work/main/.venv/bin/python, D=/tmp/check-check-f50):

    $PY -m policykg build data/corpus/provincial-2026/xizang-2026.txt data/corpus/provincial-2026/gansu-2026.txt \
        data/corpus/hailaer/hailaer-2019.txt --out $D/out
    $PY -m policykg table targets --graph $D/out/graph.ttl --format csv > $D/targets.csv
    $PY -m policykg table outcomes --graph $D/out/graph.ttl --format csv > $D/outcomes.csv
    $PY scripts/sample_figures.py $D/targets.csv --per-report 17 --seed 33066 > $D/sample-targets.txt
    $PY scripts/sample_figures.py $D/outcomes.csv --per-report 17 --seed 33066 > $D/sample-outcomes.txt
    $PY docs/checks/check-f50-verdicts.py $D/sample-targets.txt $D/sample-outcomes.txt

Every verdict is keyed by (report, kind, start, quote). The script exits non-zero naming any sampled row without a
verdict, any verdict without a row, or any quote that is not the report text at its offset; otherwise it writes
docs/checks/indicator-check-2027x.csv (opened with mode "x": it never overwrites) and prints the tallies with 95 %
Wilson intervals. Judged by hand against docs/annotation-guideline.md, reading each figure in its sentence, the
sentence before and its section; every note ends with the section and its period.
"""
import csv
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)
from policykg.read import read_report  # noqa: E402

REPORTS = {
    "gansusheng-2026": "data/corpus/provincial-2026/gansu-2026.txt",
    "hailaerqu-2019": "data/corpus/hailaer/hailaer-2019.txt",
    "tibetzizhiqu-2026": "data/corpus/provincial-2026/xizang-2026.txt",
}

# The sections the figures sit in, with their periods.
S = {
    "G5": "section: gansu “十四五”时期工作回顾 (五年来…, 212–7246), five-year review 2021–2025",
    "G1": "section: gansu 刚刚过去的2025年 (one-year part of the review, 7246–8103), 2025",
    "GG": "section: gansu “十五五”时期的主要目标任务 (8961–10599), five-year goals 2026–2030",
    "GP": "section: gansu 2026年重点工作, 主要预期目标 (11141), plan year 2026",
    "GP4": "section: gansu 2026年重点工作 （四）深化城乡融合和区域联动发展, plan year 2026",
    "GP5": "section: gansu 2026年重点工作 （五）坚决筑牢国家西部生态安全屏障, plan year 2026",
    "GP7": "section: gansu 2026年重点工作 （七）加大保障和改善民生力度 (为民实事), plan year 2026",
    "H1": "section: hailaer-2019 一、2018年工作回顾 (opening summary), one-year review 2018",
    "H1.1": "section: hailaer-2019 一、2018年工作回顾 （一）三大攻坚战强力突破, one-year review 2018",
    "H1.2": "section: hailaer-2019 一、2018年工作回顾 （二）城市建管水平有效提升, one-year review 2018",
    "H1.4": "section: hailaer-2019 一、2018年工作回顾 （四）发展活力不断激发, one-year review 2018",
    "H1.5": "section: hailaer-2019 一、2018年工作回顾 （五）民生事业提标升级, one-year review 2018",
    "H1.6": "section: hailaer-2019 一、2018年工作回顾 （六）政府自身建设不断加强, one-year review 2018",
    "H2": "section: hailaer-2019 二、2019年工作安排, 主要预期目标, plan year 2019",
    "H2.1": "section: hailaer-2019 二、2019年工作安排 （一）…三大攻坚战, plan year 2019",
    "H2.2": "section: hailaer-2019 二、2019年工作安排 （二）…补短板强基础, plan year 2019",
    "H2.3": "section: hailaer-2019 二、2019年工作安排 （三）…新旧动能转换, plan year 2019",
    "H2.5": "section: hailaer-2019 二、2019年工作安排 （五）…深化改革开放, plan year 2019",
    "X0": "section: xizang 一、2025年和“十四五”时期工作回顾, opening 2025 summary (167–1075), one-year review 2025",
    "X1": "section: xizang 一、… 一年来，我们重点做了以下工作 (1075–2952), one-year review 2025",
    "X5": "section: xizang 一、… 回首过去五年 (2952–4898), five-year review 2021–2025",
    "X3.3": "section: xizang 三、2026年重点工作 （三）…高原特色优势产业, plan year 2026",
    "X3.4": "section: xizang 三、2026年重点工作 （四）…新型城镇化和乡村全面振兴, plan year 2026",
    "X3.6": "section: xizang 三、2026年重点工作 （六）…增进各族群众福祉, plan year 2026",
    "X3.7": "section: xizang 三、2026年重点工作 （七）…生态文明高地, plan year 2026",
}

G, H, X, T, O = "gansusheng-2026", "hailaerqu-2019", "tibetzizhiqu-2026", "Target", "Outcome"
# (report, kind, start, quote, indicator_ok, period_ok, section, note)
VERDICTS = [
    # ---- Targets: gansu
    (G, T, 9383, "打造4个国家先进制造业集群", "yes", "yes", "GG", "打造 is no part of a name"),
    (G, T, 10056, "文化及相关产业、旅游及相关产业增加值占地区生产总值比重分别超过2%", "yes", "yes", "GG",
     "first member of a 分别 list, 2%"),
    (G, T, 10212, "劳动年龄人口平均受教育年限达到10.5年", "yes", "yes", "GG", ""),
    (G, T, 10479, "林草覆盖率达到44.79%", "yes", "yes", "GG", ""),
    (G, T, 11141, "地区生产总值增长5.5%左右", "yes", "yes", "GP", ""),
    (G, T, 11168, "一产增加值增长6%左右", "yes", "yes", "GP", "canonical 第一产业增加值"),
    (G, T, 11253, "外贸进出口总值增长10%以上", "yes", "yes", "GP",
     "borderline: the reader writes 外贸进出口总额 (the table's own entry keeping 外贸); same measure"),
    (G, T, 11302, "城乡居民人均可支配收入分别增长5%", "yes", "yes", "GP", "first member of the 城乡 series"),
    (G, T, 11327, "常住人口城镇化率提升1个百分点以上", "yes", "yes", "GP", ""),
    (G, T, 11345, "居民消费价格涨幅2%", "yes", "yes", "GP", "the change noun 涨幅 kept as written"),
    (G, T, 14818, "小麦、玉米、马铃薯等主栽品种良种覆盖率达到97%以上", "yes", "yes", "GP4",
     "the 等 list names the group 主栽品种"),
    (G, T, 16072, "新建绿色矿山75座", "yes", "yes", "GP5", ""),
    (G, T, 17675, "支持20所普通高中改善办学条件", "yes", "yes", "GP7",
     "borderline: the reader writes 改善办学条件的普通高中数量; same count"),
    (G, T, 17725, "利用闲置资源改造建设100个乡镇综合养老服务中心和300个村级互助幸福院", "yes", "yes", "GP7",
     "the 300 member; 改造建设 is 改建 (built and treated: plain name, names68)"),
    (G, T, 17924, "完成困难重度残疾人家庭无障碍改造5000户", "yes", "yes", "GP7", ""),
    (G, T, 17946, "改造建设残疾人日间照料服务省级示范中心20个", "yes", "yes", "GP7",
     "borderline: 改造建设 read as 改建 gives 残疾人日间照料服务省级示范中心数量; the tool keeps half the act; same count"),
    (G, T, 18001, "小型水库7座", "yes", "yes", "GP7",
     "borderline: 其中 part of 建设1000个“水盆子”项目 (建设 of projects dropped); 小型水库建设数量 also reads right"),
    # ---- Targets: hailaer-2019
    (H, T, 4673, "地区生产总值增长3.5%左右", "yes", "yes", "H2", ""),
    (H, T, 4707, "城乡常住居民人均可支配收入分别增长7%", "yes", "yes", "H2", ""),
    (H, T, 4727, "8%左右", "yes", "yes", "H2", "second member of the 城乡常住居民 series"),
    (H, T, 4732, "社会消费品零售总额增长6.5%左右", "yes", "yes", "H2", ""),
    (H, T, 5292, "完成2019年度7.89亿元", "no", "yes", "H2.1",
     "a stray character; the reader writes 政府隐性债务化解额 (完成N亿元政府隐性债务化解目标)"),
    (H, T, 5957, "畜禽粪污无害化处理率达到70%", "yes", "yes", "H2.1", ""),
    (H, T, 5973, "农田残膜回收率达到75%", "yes", "yes", "H2.1", ""),
    (H, T, 6575, "完成800户的改造任务", "yes", "yes", "H2.2", "完成N户棚改任务 → 棚改户数 (棚户区改造 in the clause)"),
    (H, T, 6591, "15个棚改区域的道路", "no", "yes", "H2.2",
     "the bare stock; counted areas whose part the works treat: the reader writes "
     "道路、供水、污水等配套基础设施项目棚改区域数量 (names76)"),
    (H, T, 6693, "率先启用智慧城管、智慧社区2个智慧应用", "no", "yes", "H2.2",
     "启用 defines the count (N个X正式启用 → X启用数量); the reader writes 智慧应用启用数量"),
    (H, T, 6931, "计划投资8.6亿元", "no", "yes", "H2.2",
     "计划 is no part of a name and the headline 让城市基础设施更完善 owns a bare investment opening the next "
     "sentence (names80); the reader writes 城市基础设施投资"),
    (H, T, 7017, "新建24座环保式公共厕所", "yes", "yes", "H2.2", ""),
    (H, T, 7030, "2座压缩式生活垃圾转运站以及停车场", "no", "yes", "H2.2",
     "the 2座 are the transfer stations; 以及停车场 is another item with no number; the reader writes "
     "新建压缩式生活垃圾转运站数量"),
    (H, T, 7190, "完成好65个年度重点项目建设任务", "yes", "yes", "H2.3",
     "建设 of projects dropped; 年度重点项目 is the list's own name"),
    (H, T, 7377, "完成37.8亿元的年度投资计划", "no", "yes", "H2.3",
     "年度 and 计划 are no part of a name, and the sentence's 冬运会主场馆、…产业园等重点项目 own the money; the reader "
     "writes 重点项目投资"),
    (H, T, 10310, "要用好用足边民互市贸易覆盖全市、入境俄蒙8座以下小汽车延伸到呼伦贝尔全域等利好政策", "no", "yes", "H2.5",
     "not a figure: 8座以下 is a bound naming which cars qualify; the name is a clause fragment (no reader's name)"),
    # ---- Targets: xizang
    (X, T, 8244, "建设现代农业产业园1个", "yes", "yes", "X3.3", ""),
    (X, T, 8267, "农业产业强镇4个", "yes", "yes", "X3.3", "the list member shares 建设"),
    (X, T, 8293, "培育新型农牧业经营主体20个", "yes", "yes", "X3.3", ""),
    (X, T, 8939, "新增上市企业1家", "yes", "yes", "X3.3", ""),
    (X, T, 8990, "升级改造县级寄递物流中心60个", "yes", "yes", "X3.3",
     "borderline: the reader writes 县级寄递物流中心升级改造数量 (the treating act after the thing)"),
    (X, T, 9140, "保护提升历史文化名城名镇4个", "yes", "yes", "X3.4", ""),
    (X, T, 9298, "实施农村危房改造和抗震加固8006户", "yes", "yes", "X3.4", ""),
    (X, T, 10306, "城镇新增就业5万人", "yes", "yes", "X3.6", ""),
    (X, T, 10327, "开展职业技能培训4万人次", "yes", "yes", "X3.6", ""),
    (X, T, 10406, "农牧民转移就业64万人以上", "yes", "yes", "X3.6", ""),
    (X, T, 10454, "农牧区免费学前教育生均标准从380元提高至1000元", "yes", "yes", "X3.6",
     "a rise to a level is the level; the start value is no part"),
    (X, T, 10677, "建设工会驿站150个", "yes", "yes", "X3.6", ""),
    (X, T, 10782, "安排资金136亿元", "no", "yes", "X3.6",
     "安排 is a giving verb, no part of a name; the money is followed by the work it pays for "
     "(办好34项民生实事): the reader writes 民生实事资金"),
    (X, T, 10792, "办好34项民生实事", "yes", "yes", "X3.6", "a count in 项 names its items"),
    (X, T, 10824, "基本医疗保险参保率稳定在95%以上", "yes", "yes", "X3.6", ""),
    (X, T, 11191, "完成营造林40万亩以上", "yes", "yes", "X3.7", ""),
    (X, T, 11231, "治理水土流失25万亩", "yes", "yes", "X3.7", ""),
    # ---- Outcomes: gansu
    (G, O, 862, "新能源总装机达到8041.6万千瓦", "yes", "yes", "G5", "装机 kept, no 容量 added; the level at the span's end"),
    (G, O, 1472, "城乡居民养老保险省级基础养老金标准增长106.7%", "yes", "yes", "G5", ""),
    (G, O, 1560, "让13.07万户", "no", "yes", "G5",
     "a verb (让) as the name; the reader writes 生态及地质灾害避险搬迁户数 (the 避险搬迁一期工程 of the clause)"),
    (G, O, 2376, "技术合同成交额年均增长20.85%", "yes", "yes", "G5", ""),
    (G, O, 2672, "31.2%", "yes", "yes", "G5", "second member of 原煤、原油、天然气产量分别增长"),
    (G, O, 3107, "建成水库、淤地坝、小微型调蓄设施等“水盆子”1459个", "yes", "yes", "G5", ""),
    (G, O, 3652, "城市、县城建成区面积分别提高8.3%", "yes", "yes", "G5", "first member, 8.3%"),
    (G, O, 4050, "省属规上工业企业对全省规上工业增长的贡献率达到39.7%", "yes", "yes", "G5", "规上 spelled 规模以上"),
    (G, O, 4546, "开通国际货运班列线路26条", "no", "yes", "G5",
     "开通 defines the count (N条X相继开通 → X开通数量); the reader writes 国际货运班列线路开通数量"),
    (G, O, 4560, "国际货运航线11条", "no", "yes", "G5",
     "the list member shares 开通; the reader writes 国际货运航线开通数量"),
    (G, O, 4570, "建成海外仓58个", "yes", "yes", "G5", ""),
    (G, O, 4912, "城市空气质量优良天数比率93.5%", "yes", "yes", "G5", ""),
    (G, O, 4949, "受污染耕地安全利用率96.5%", "yes", "yes", "G5", ""),
    (G, O, 5061, "黄河“几字弯”攻坚战完成治理982.19万亩", "yes", "yes", "G5", "完成 dropped, 治理 kept after the thing"),
    (G, O, 7035, "制定、修改和废止省政府规章60件", "no", "yes", "G5",
     "the list of law acts cut in two; the reader writes 省政府规章制定修改废止数量 (names61)"),
    (G, O, 7792, "城镇新增就业31.7万人", "yes", "yes", "G1", ""),
    (G, O, 7874, "育儿家庭每月多了300元", "no", "yes", "G1",
     "sentence verbs in the name; a rise of pay: the reader writes 育儿家庭每月育儿补贴增加额"),
    # ---- Outcomes: hailaer-2019
    (H, O, 404, "规模以上工业增加值增速达到11.1%", "yes", "yes", "H1", "a growth named as its measure, no 增速"),
    (H, O, 423, "社会消费品零售总额完成174.2亿元", "yes", "yes", "H1", ""),
    (H, O, 792, "空气优良天数比例达到99.2%", "yes", "yes", "H1.1", ""),
    (H, O, 1036, "完成西山自然保护区内3家企业拆迁及厂区植被恢复工作", "no", "yes", "H1.1",
     "a garbled name (words cut and reordered); the reader writes 西山自然保护区内企业拆迁及厂区植被恢复数量"),
    (H, O, 1170, "投入2000余万元", "no", "yes", "H1.2",
     "bare 投资 though the clause names the one work the money pays for; the reader writes "
     "城区主要街道破损步道板、台阶、路边石修复投资"),
    (H, O, 1291, "29个老旧小区供热三级管网改造", "yes", "yes", "H1.2",
     "borderline: the reader writes 供热三级管网改造老旧小区数量 (names76); same count"),
    (H, O, 1370, "棚改配套道路完成13条", "yes", "yes", "H1.2",
     "borderline: 完成 says how the work went; 棚改配套道路完成数量 also reads right"),
    (H, O, 1386, "龙运华府小区、东方明珠小区2条棚改配套道路完成投资2840万元", "yes", "yes", "H1.2",
     "完成 dropped; the two roads own their investment"),
    (H, O, 2189, "行政许可事项缩减到130项", "yes", "yes", "H1.4", "a level reached"),
    (H, O, 2218, "投资项目申报101个", "yes", "yes", "H1.4", ""),
    (H, O, 2240, "入驻集中审批权限107项", "yes", "yes", "H1.4",
     "borderline: the reader writes 政务服务大厅入驻集中审批权限数量; the powers counted are those in the hall"),
    (H, O, 2461, "出入境人数同比增长85.3%", "yes", "yes", "H1.4", "borderline: 口岸出入境人数 (the clause's 口岸)"),
    (H, O, 2608, "城镇新增就业5661人", "yes", "yes", "H1.5", ""),
    (H, O, 2713, "解决两批次67名下岗退役士兵扶持再就业诉求", "yes", "yes", "H1.5",
     "borderline: the reader writes 解决扶持再就业诉求的下岗退役士兵人数; same count"),
    (H, O, 2735, "发放自主就业经济补偿金956万元", "yes", "yes", "H1.5", "发放 dropped"),
    (H, O, 3203, "完成户厕改造38个示范点建设", "no", "yes", "H1.5",
     "the owner 户厕改造 dropped leaves a generic 示范点; the reader writes 户厕改造示范点建设数量"),
    (H, O, 3532, "政协委员提案136件", "yes", "yes", "H1.6", "the handling act is no part"),
    # ---- Outcomes: xizang
    (X, O, 419, "固定资产投资增长17.2%", "yes", "yes", "X0", ""),
    (X, O, 480, "城乡居民人均可支配收入分别增长6%", "yes", "yes", "X0", "first member of the 城乡 series"),
    (X, O, 1393, "消费品以旧换新销售额超30亿元", "yes", "yes", "X1", ""),
    (X, O, 1515, "高原炊具累计销售5.1亿元", "yes", "no", "X1",
     "the name is right; the figure sits in 三是提质增效育产业扬优势 of the one-year part, and 累计 there counts "
     "since the sales began, not over the 十四五: the reader gives 2025, not 2021–2025"),
    (X, O, 1738, "实施清洁能源供暖工程22个", "yes", "yes", "X1", "实施 dropped"),
    (X, O, 1760, "建设保障性安居工程1.79万套", "yes", "yes", "X1",
     "borderline: 保障性安居工程建设套数 also reads right (建设 of a 工程 dropped)"),
    (X, O, 1856, "新建高原和美乡村180个", "yes", "yes", "X1", ""),
    (X, O, 1885, "脱贫人口人均纯收入增长12.1%", "yes", "yes", "X1", ""),
    (X, O, 1987, "80个高频政务服务事项实现区内“通办”", "yes", "yes", "X1",
     "borderline: the reader writes 实现区内“通办”的高频政务服务事项数量"),
    (X, O, 2191, "开放县（区、市）增加至45个", "yes", "yes", "X1", "a level reached"),
    (X, O, 2301, "科技型中小企业突破1000家", "yes", "yes", "X1", "a stock"),
    (X, O, 2356, "投入187亿元办好“28+10”项民生实事", "no", "yes", "X1",
     "a verb and a number in the name; money followed by the work it pays for: the reader writes 民生实事资金"),
    (X, O, 2415, "应届高校毕业生就业率95%以上", "yes", "yes", "X1",
     "borderline: the reader keeps 应届 (应届高校毕业生就业率)"),
    (X, O, 2768, "治理水土流失23万亩", "yes", "yes", "X1", ""),
    (X, O, 4177, "4次调高城乡低保", "yes", "yes", "X5",
     "borderline: the reader writes 城乡低保标准调高次数 (次 → 次数); same count"),
    (X, O, 4351, "23184元", "no", "yes", "X5",
     "second member (农村) of 城乡居民…分别提高到58794元和23184元; the reader writes 农村常住居民人均可支配收入"),
    (X, O, 4552, "政协委员提案1584件", "yes", "yes", "X5", ""),
]

OUT = os.path.join(ROOT, "docs", "checks", "indicator-check-2027x.csv")


def wilson(k, n, z=1.96):
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def fmt(k, n):
    lo, hi = wilson(k, n)
    return f"{k}/{n} ({100 * k / n:.1f} %, {100 * lo:.1f}–{100 * hi:.1f})" if n else "0/0"


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: check-f50-verdicts.py SAMPLE_TARGETS SAMPLE_OUTCOMES", file=sys.stderr)
        return 2
    rows = {}
    for path, kind in ((sys.argv[1], T), (sys.argv[2], O)):
        with open(path, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                rows[(r["report"], kind, int(r["start"]), r["quote"])] = r
    verdicts = {}
    errors = []
    for v in VERDICTS:
        key = v[:4]
        if key in verdicts:
            errors.append(f"duplicate verdict {key}")
        if v[4] not in ("yes", "no") or v[5] not in ("yes", "no") or v[6] not in S:
            errors.append(f"bad verdict {key}")
        verdicts[key] = v
    for key in sorted(set(rows) - set(verdicts)):
        errors.append(f"sampled row without a verdict: {key}")
    for key in sorted(set(verdicts) - set(rows)):
        errors.append(f"verdict without a sampled row: {key}")
    texts = {rep: read_report(os.path.join(ROOT, p)).text for rep, p in REPORTS.items()}
    for (rep, kind, start, quote) in verdicts:
        if texts[rep][start:start + len(quote)] != quote:
            errors.append(f"quote is not the report text at its offset: {(rep, kind, start, quote)}")
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        return 1
    order = sorted(verdicts, key=lambda k: (k[1] != T, k[0], k[2]))
    with open(OUT, "x", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["report", "kind", "start", "quote", "indicator", "period", "indicator_ok", "period_ok", "note"])
        for key in order:
            r, v = rows[key], verdicts[key]
            note = "; ".join(x for x in (v[7], S[v[6]]) if x)
            w.writerow([key[0], key[1], key[2], key[3], r["indicator"], r["period"], v[4], v[5], note])
    print(f"wrote {os.path.relpath(OUT, ROOT)} ({len(order)} rows)")
    groups = [("all", lambda k: True), ("targets", lambda k: k[1] == T), ("outcomes", lambda k: k[1] == O)]
    for rep in sorted(REPORTS):
        groups.append((rep, lambda k, rep=rep: k[0] == rep))
        for kind in (T, O):
            groups.append((f"{rep} {kind.lower()}s", lambda k, rep=rep, kind=kind: k[0] == rep and k[1] == kind))
    print(f"{'group':34} {'names right':32} {'periods right':32}")
    for name, pred in groups:
        ks = [k for k in order if pred(k)]
        n = len(ks)
        a = sum(verdicts[k][4] == "yes" for k in ks)
        b = sum(verdicts[k][5] == "yes" for k in ks)
        print(f"{name:34} {fmt(a, n):32} {fmt(b, n):32}")
    bl = sum(verdicts[k][4] == "yes" and verdicts[k][7].startswith("borderline:") for k in order)
    print(f"borderline yes (names): {bl}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
