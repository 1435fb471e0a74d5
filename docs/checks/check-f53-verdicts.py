"""Blind hand check check-f53: indicator names and periods of sampled figures (fifty-third figures check).

Commit 5edfc4d974a4ecda95c671aaaac151998037d224 (worktree /work/freeze-check-f53, branch check-f53).
Reports (held out): data/corpus/provincial-2026/zhejiang-2026.txt (zhejiangsheng-2026),
data/corpus/provincial-2026/xizang-2026.txt (tibetzizhiqu-2026), data/corpus/hailaer/hailaer-2019.txt (hailaerqu-2019).
Seed 33072, 17 per report and kind.

Commands:
    export PYTHONPATH=/work/freeze-check-f53; PY=/work/main/.venv/bin/python; D=/tmp/check-check-f53
    $PY -m policykg build data/corpus/provincial-2026/zhejiang-2026.txt data/corpus/provincial-2026/xizang-2026.txt data/corpus/hailaer/hailaer-2019.txt --out $D/out
    $PY -m policykg table targets --graph $D/out/graph.ttl --format csv > $D/targets.csv
    $PY -m policykg table outcomes --graph $D/out/graph.ttl --format csv > $D/outcomes.csv
    $PY scripts/sample_figures.py $D/targets.csv --per-report 17 --seed 33072 > $D/sample-targets.txt
    $PY scripts/sample_figures.py $D/outcomes.csv --per-report 17 --seed 33072 > $D/sample-outcomes.txt
    $PY docs/checks/check-f53-verdicts.py $D/sample-targets.txt $D/sample-outcomes.txt

Checks every sampled row has a verdict and every verdict a row, that each quote is the report text at its offset,
writes docs/checks/indicator-check-2028a.csv (mode "x": never overwritten) and prints tallies with 95 % Wilson intervals.
"""
import csv
import math
import os
import sys

from policykg.read import read_report

PATHS = {
    "zhejiangsheng-2026": "data/corpus/provincial-2026/zhejiang-2026.txt",
    "tibetzizhiqu-2026": "data/corpus/provincial-2026/xizang-2026.txt",
    "hailaerqu-2019": "data/corpus/hailaer/hailaer-2019.txt",
}
HP = "二、2019年工作安排: 2019 plan"
HR = "一、2018年工作回顾: one-year review 2018"
TP = "三、2026年重点工作 (and the year's main targets): 2026 plan"
TR = "一、2025年和“十四五”时期工作回顾, the one-year part (一年来…, before 回首过去五年): 2025"
TF = "一、2025年和“十四五”时期工作回顾, the five-year part (回首过去五年 / 过去五年): 2021–2025"
ZP = "三、2026年重点工作 (incl. the year's main targets and 民生实事): 2026 plan"
ZG = "二、“十五五”时期的主要目标任务 (到2030年): 2026–2030"
ZR = "一、2025年主要工作和“十四五”发展成就, the 2025 part (（一）–（十）, before “十四五”的五年): 2025"
ZF = "一、2025年主要工作和“十四五”发展成就, the five-year part (“十四五”的五年/五年来): 2021–2025"

# (report, kind, start, quote): (indicator_ok, period_ok, note)
V = {
    # ---- hailaerqu-2019 targets
    ("hailaerqu-2019", "Target", 4673, "地区生产总值增长3.5%左右"): ("yes", "yes", f"main expected target. {HP}"),
    ("hailaerqu-2019", "Target", 4707, "城乡常住居民人均可支配收入分别增长7%"): ("yes", "yes", f"first member of 城乡常住居民…分别 takes the series name. {HP}"),
    ("hailaerqu-2019", "Target", 4727, "8%左右"): ("yes", "yes", f"second member of 城乡常住居民…分别. {HP}"),
    ("hailaerqu-2019", "Target", 4732, "社会消费品零售总额增长6.5%左右"): ("yes", "yes", f"{HP}"),
    ("hailaerqu-2019", "Target", 5292, "完成2019年度7.89亿元"): ("no", "yes", f"stray character: 度 is a cut of 年度; reader: 政府隐性债务化解额 (化解 a treating act, the debt resolved). {HP}"),
    ("hailaerqu-2019", "Target", 5957, "畜禽粪污无害化处理率达到70%"): ("yes", "yes", f"{HP}"),
    ("hailaerqu-2019", "Target", 5973, "农田残膜回收率达到75%"): ("yes", "yes", f"{HP}"),
    ("hailaerqu-2019", "Target", 6575, "完成800户的改造任务"): ("yes", "yes", f"task in its work's units after 继续推进棚户区改造 (完成N户棚改任务 → 棚改户数). {HP}"),
    ("hailaerqu-2019", "Target", 6591, "15个棚改区域的道路"): ("no", "yes", f"counts areas whose part the work treats (N个X的Y…): the name drops the works; reader: 配套基础设施项目棚改区域数量 (道路、供水、污水等配套基础设施项目 of the 15 areas). {HP}"),
    ("hailaerqu-2019", "Target", 6693, "率先启用智慧城管、智慧社区2个智慧应用"): ("no", "yes", f"启用 is the act the count is of (N个X正式启用 → X启用数量); reader: 智慧应用启用数量. {HP}"),
    ("hailaerqu-2019", "Target", 6931, "计划投资8.6亿元"): ("no", "yes", f"计划 is no part of a name, and the money is the municipal works' the sentence lists; reader: 市政项目投资 (at least 投资). {HP}"),
    ("hailaerqu-2019", "Target", 7017, "新建24座环保式公共厕所"): ("yes", "yes", f"{HP}"),
    ("hailaerqu-2019", "Target", 7030, "2座压缩式生活垃圾转运站以及停车场"): ("no", "yes", f"wrong list member: 以及停车场 is another member with no number; reader: 新建压缩式生活垃圾转运站数量. {HP}"),
    ("hailaerqu-2019", "Target", 7190, "完成好65个年度重点项目建设任务"): ("yes", "yes", f"borderline: 建设 of projects dropped as the guideline drops it. {HP}"),
    ("hailaerqu-2019", "Target", 7377, "完成37.8亿元的年度投资计划"): ("no", "yes", f"计划 (and 完成) are no part of a name; the money is the key projects' of the sentence; reader: 重点项目投资 (年度). {HP}"),
    ("hailaerqu-2019", "Target", 10310, "要用好用足边民互市贸易覆盖全市、入境俄蒙8座以下小汽车延伸到呼伦贝尔全域等利好政策"): ("no", "yes", f"not a quantity (8座以下 is a bound naming which cars qualify); the name is a sentence fragment with verbs; reader: no figure. {HP}"),
    # ---- tibetzizhiqu-2026 targets
    ("tibetzizhiqu-2026", "Target", 6843, "地区生产总值增长7%以上"): ("yes", "yes", f"{TP}"),
    ("tibetzizhiqu-2026", "Target", 6856, "固定资产投资增长15%左右"): ("yes", "yes", f"{TP}"),
    ("tibetzizhiqu-2026", "Target", 7582, "完成投资2440亿元以上"): ("no", "yes", f"the sentence names the group (优化重大项目省级领导包保机制，力争完成投资…); reader: 重大项目投资. {TP}"),
    ("tibetzizhiqu-2026", "Target", 8099, "招商引资项目完成固定资产投资220亿元"): ("yes", "yes", f"{TP}"),
    ("tibetzizhiqu-2026", "Target", 8293, "培育新型农牧业经营主体20个"): ("yes", "yes", f"{TP}"),
    ("tibetzizhiqu-2026", "Target", 8378, "建成电力装机2000万千瓦"): ("yes", "yes", f"borderline: a capacity level reached, 装机 as written. {TP}"),
    ("tibetzizhiqu-2026", "Target", 8904, "新增规上数字经济企业5家"): ("yes", "yes", f"{TP}"),
    ("tibetzizhiqu-2026", "Target", 9006, "村级服务站4000个"): ("no", "yes", f"list member without its own verb shares 升级改造 (升级改造县级寄递物流中心60个、村级服务站4000个); reader: 村级服务站升级改造数量. {TP}"),
    ("tibetzizhiqu-2026", "Target", 9087, "常住人口城镇化率达到41%"): ("yes", "yes", f"{TP}"),
    ("tibetzizhiqu-2026", "Target", 9204, "建设保障性安居工程1.27万套"): ("no", "yes", f"a plain making act of housing counted in 套 stands after the thing (筹集建设X N套 → X筹集建设套数); reader: 保障性安居工程建设套数. {TP}"),
    ("tibetzizhiqu-2026", "Target", 9926, "稳妥运行14个传统边贸点"): ("yes", "yes", f"borderline: 运行 is no making act, the stock of points run. {TP}"),
    ("tibetzizhiqu-2026", "Target", 10138, "新增高新技术和科技型中小企业60家"): ("yes", "yes", f"{TP}"),
    ("tibetzizhiqu-2026", "Target", 10156, "培育认定创新型、专精特新中小企业110家"): ("yes", "yes", f"{TP}"),
    ("tibetzizhiqu-2026", "Target", 10327, "开展职业技能培训4万人次"): ("yes", "yes", f"{TP}"),
    ("tibetzizhiqu-2026", "Target", 10406, "农牧民转移就业64万人以上"): ("yes", "yes", f"{TP}"),
    ("tibetzizhiqu-2026", "Target", 10420, "劳务收入70亿元以上"): ("no", "yes", f"a bare measure right after a figure of a thing is that thing's (X收入、支出 → X支出); reader: 农牧民转移就业劳务收入. {TP}"),
    ("tibetzizhiqu-2026", "Target", 10824, "基本医疗保险参保率稳定在95%以上"): ("yes", "yes", f"{TP}"),
    # ---- zhejiangsheng-2026 targets
    ("zhejiangsheng-2026", "Target", 8501, "全员劳动生产率达到30万元/人左右"): ("yes", "yes", f"{ZG}"),
    ("zhejiangsheng-2026", "Target", 8582, "常住人口城镇化率达到78%左右"): ("yes", "yes", f"{ZG}"),
    ("zhejiangsheng-2026", "Target", 14746, "城镇调查失业率5%以内"): ("yes", "yes", f"{ZP}"),
    ("zhejiangsheng-2026", "Target", 14758, "居民消费价格涨幅2%左右"): ("yes", "yes", f"{ZP}"),
    ("zhejiangsheng-2026", "Target", 16650, "建设未来工厂20家"): ("yes", "yes", f"{ZP}"),
    ("zhejiangsheng-2026", "Target", 16660, "智能工厂和数字化车间200家"): ("yes", "yes", f"one value of two things joined by 和: one entry, sharing 建设. {ZP}"),
    ("zhejiangsheng-2026", "Target", 17488, "举办大型营业性演出100场"): ("yes", "yes", f"borderline: 举办 could be kept (举办大型营业性演出场次). {ZP}"),
    ("zhejiangsheng-2026", "Target", 18905, "宁波舟山港集装箱吞吐量达到4500万标箱"): ("yes", "yes", f"{ZP}"),
    ("zhejiangsheng-2026", "Target", 19448, "粮食播种面积1530万亩"): ("yes", "yes", f"{ZP}"),
    ("zhejiangsheng-2026", "Target", 19994, "海洋生产总值增长6%左右"): ("yes", "yes", f"{ZP}"),
    ("zhejiangsheng-2026", "Target", 20058, "城镇新增就业100万人以上"): ("yes", "yes", f"{ZP}"),
    ("zhejiangsheng-2026", "Target", 20432, "交付保障性租赁住房15万套（间）"): ("no", "yes", f"交付 (delivered) is the finishing act the count is of, as 竣工; reader: 保障性租赁住房交付套数. {ZP}"),
    ("zhejiangsheng-2026", "Target", 21961, "新增老年大学（学校）学位3万个"): ("yes", "yes", f"{ZP}"),
    ("zhejiangsheng-2026", "Target", 22194, "开展就业帮扶1万人"): ("no", "yes", f"the clause shares 为退役军人 of the clause before (为退役军人提供5万个就业岗位，开展就业帮扶1万人); reader: 退役军人就业帮扶人数. {ZP}"),
    ("zhejiangsheng-2026", "Target", 22254, "为未成年人家庭提供一对一公益家庭教育指导服务1万户次"): ("yes", "yes", f"borderline: reader 未成年人家庭一对一公益家庭教育指导服务户次 (提供 kept mid-name). {ZP}"),
    ("zhejiangsheng-2026", "Target", 22447, "改造提升乡村公共停车位1万个"): ("yes", "yes", f"{ZP}"),
    ("zhejiangsheng-2026", "Target", 22602, "建设低标堤防除险加固和标准海塘145公里"): ("yes", "yes", f"a length of works built keeps the thing's name, 长度 for embankments. {ZP}"),
    # ---- hailaerqu-2019 outcomes
    ("hailaerqu-2019", "Outcome", 377, "规模以上工业总产值完成90.1亿元"): ("yes", "yes", f"{HR}"),
    ("hailaerqu-2019", "Outcome", 626, "化解政府债务12.43亿元"): ("no", "yes", f"the treating act 化解 defines the amount; the bare name is the stock; reader: 政府债务化解额. {HR}"),
    ("hailaerqu-2019", "Outcome", 1131, "投资1100万元"): ("no", "yes", f"money followed in its clause by the one work it pays for; reader: 新建污水管线投资. {HR}"),
    ("hailaerqu-2019", "Outcome", 1151, "投资920万元"): ("yes", "yes", f"{HR}"),
    ("hailaerqu-2019", "Outcome", 1222, "3处生活垃圾转运站投入使用"): ("no", "yes", f"投入使用 is the opening act the count is of (as 启用); reader: 生活垃圾转运站投入使用数量. {HR}"),
    ("hailaerqu-2019", "Outcome", 1438, "新接入集中供热面积200万平方米"): ("yes", "yes", f"{HR}"),
    ("hailaerqu-2019", "Outcome", 1561, "开工项目57个"): ("yes", "yes", f"{HR}"),
    ("hailaerqu-2019", "Outcome", 1569, "完成投资34.8亿元"): ("yes", "yes", f"group counted just before owns the investment. {HR}"),
    ("hailaerqu-2019", "Outcome", 1775, "启动80余场次“相约十四冬·魅力海拉尔”文化惠民系列演出活动"): ("yes", "yes", f"启动 before the number stands after the things (names117). {HR}"),
    ("hailaerqu-2019", "Outcome", 1995, "奋斗镇4000平方米保鲜库投入使用"): ("no", "yes", f"the size of one named work, its site part of its name; reader: 奋斗镇保鲜库面积. {HR}"),
    ("hailaerqu-2019", "Outcome", 2044, "粮食产量达到1.4亿斤"): ("yes", "yes", f"{HR}"),
    ("hailaerqu-2019", "Outcome", 2461, "出入境人数同比增长85.3%"): ("no", "yes", f"scope lost: 其中 makes it the airport port's (海拉尔航空港…其中口岸…); reader: 海拉尔航空港口岸出入境人数. {HR}"),
    ("hailaerqu-2019", "Outcome", 2572, "现场销售额达到1.8亿元"): ("no", "yes", f"owner lost: the fair that opens the sentence; reader: 中俄蒙经贸洽谈暨商品展销会现场销售额. {HR}"),
    ("hailaerqu-2019", "Outcome", 2713, "解决两批次67名下岗退役士兵扶持再就业诉求"): ("yes", "yes", f"borderline: reader 解决扶持再就业诉求的下岗退役士兵人数 (为N名X解决了Y问题). {HR}"),
    ("hailaerqu-2019", "Outcome", 3018, "投资1330万元"): ("no", "yes", f"money followed by the one work it pays for; reader: 教学触控一体机配置投资. {HR}"),
    ("hailaerqu-2019", "Outcome", 3203, "完成户厕改造38个示范点建设"): ("no", "yes", f"drops what the sites are of; reader: 户厕改造示范点建设数量. {HR}"),
    ("hailaerqu-2019", "Outcome", 3760, "依法公开各类政府信息6289条"): ("yes", "yes", f"各类 dropped, 公开 an issuing act before the thing. {HR}"),
    # ---- tibetzizhiqu-2026 outcomes
    ("tibetzizhiqu-2026", "Outcome", 408, "地区生产总值增长7%"): ("yes", "yes", f"{TR}"),
    ("tibetzizhiqu-2026", "Outcome", 419, "固定资产投资增长17.2%"): ("yes", "yes", f"{TR}"),
    ("tibetzizhiqu-2026", "Outcome", 498, "7.4%"): ("yes", "yes", f"second member of 城乡居民…分别. {TR}"),
    ("tibetzizhiqu-2026", "Outcome", 1578, "接待游客、旅游总花费分别增长10.7%"): ("yes", "yes", f"a change of people named bare is their count. {TR}"),
    ("tibetzizhiqu-2026", "Outcome", 1603, "文化产业产值突破150亿元"): ("yes", "yes", f"{TR}"),
    ("tibetzizhiqu-2026", "Outcome", 1724, "常住人口城镇化率达到40%"): ("yes", "yes", f"{TR}"),
    ("tibetzizhiqu-2026", "Outcome", 1856, "新建高原和美乡村180个"): ("yes", "yes", f"{TR}"),
    ("tibetzizhiqu-2026", "Outcome", 2028, "招商引资到位资金619亿元"): ("yes", "yes", f"{TR}"),
    ("tibetzizhiqu-2026", "Outcome", 2042, "小微企业新增首贷85.3亿元"): ("yes", "yes", f"{TR}"),
    ("tibetzizhiqu-2026", "Outcome", 2084, "自治区政府国资委监管企业利润增长10%以上"): ("yes", "yes", f"{TR}"),
    ("tibetzizhiqu-2026", "Outcome", 2323, "6个科技创新团队入选“珠峰英才”计划"): ("yes", "yes", f"入选 names the count. {TR}"),
    ("tibetzizhiqu-2026", "Outcome", 2356, "投入187亿元办好“28+10”项民生实事"): ("no", "yes", f"verb and count in the name; reader: “28+10”项民生实事投入 (民生实事资金). {TR}"),
    ("tibetzizhiqu-2026", "Outcome", 2433, "区外就业占12%以上"): ("no", "yes", f"owner lost: 其中 of 应届高校毕业生就业率; reader: 应届高校毕业生区外就业占比. {TR}"),
    ("tibetzizhiqu-2026", "Outcome", 2754, "修复治理退化草原517万亩"): ("yes", "yes", f"borderline: two acts written as one stand whole (退化草原修复治理面积). {TR}"),
    ("tibetzizhiqu-2026", "Outcome", 2768, "治理水土流失23万亩"): ("yes", "yes", f"{TR}"),
    ("tibetzizhiqu-2026", "Outcome", 4308, "城乡居民人均可支配收入从2021年的46503元"): ("no", "yes", f"first member of 城乡居民…分别 (the urban series); reader: 城镇常住居民人均可支配收入. {TF}"),
    ("tibetzizhiqu-2026", "Outcome", 4538, "办理人大代表建议1293件"): ("yes", "yes", f"handling of proposals drops the act. {TF} (过去五年… government part)"),
    # ---- zhejiangsheng-2026 outcomes
    ("zhejiangsheng-2026", "Outcome", 427, "城镇和农村居民人均可支配收入分别增长4.3%"): ("yes", "yes", f"borderline: members of 城镇和农村居民… take the series name (names114; 城镇居民… also read). {ZR}"),
    ("zhejiangsheng-2026", "Outcome", 954, "新入选国家培养计划科技领军人才409名"): ("yes", "yes", f"{ZR}"),
    ("zhejiangsheng-2026", "Outcome", 988, "“企业认定、政府认账”授权企业8063家"): ("yes", "yes", f"{ZR}"),
    ("zhejiangsheng-2026", "Outcome", 1614, "投资完成率125.5%"): ("no", "yes", f"owner lost: the projects of the clause before; reader: “千项万亿”重大项目投资完成率. {ZR}"),
    ("zhejiangsheng-2026", "Outcome", 1885, "用于项目建设的地方政府专项债券额度3150亿元"): ("yes", "yes", f"borderline: reader 用于项目建设的地方政府专项债券额度. {ZR}"),
    ("zhejiangsheng-2026", "Outcome", 1941, "安排省级财政资金1042.8亿元"): ("no", "yes", f"a programme going on in the clause before owns the money (X协作持续深化，落实资金 → X协作资金); reader: “8+4”经济政策体系省级财政资金. {ZR}"),
    ("zhejiangsheng-2026", "Outcome", 3214, "“土特产富”全产业链总产值达3420亿元"): ("yes", "yes", f"{ZR}"),
    ("zhejiangsheng-2026", "Outcome", 3728, "全域旅游人数、旅游综合收入分别增长9.2%"): ("yes", "yes", f"{ZR}"),
    ("zhejiangsheng-2026", "Outcome", 3756, "入境过夜游客人数增长24.9%"): ("yes", "yes", f"{ZR}"),
    ("zhejiangsheng-2026", "Outcome", 4311, "可再生能源装机2000万千瓦"): ("yes", "yes", f"其中 part of 新增电力装机 counted as it. {ZR}"),
    ("zhejiangsheng-2026", "Outcome", 4408, "新就业群体近300万人"): ("yes", "yes", f"{ZR}"),
    ("zhejiangsheng-2026", "Outcome", 5028, "《浙江省海洋经济高质量发展促进条例》等9件地方性法规提请人大审议通过"): ("yes", "yes", f"borderline: 提请…审议 kept after the rules (names61); 通过 left out. {ZR}"),
    ("zhejiangsheng-2026", "Outcome", 6201, "全国重点实验室从15家跃升到38家"): ("yes", "yes", f"{ZF}"),
    ("zhejiangsheng-2026", "Outcome", 6240, "每万人高价值发明专利拥有量从11件提高到24件"): ("yes", "yes", f"{ZF}"),
    ("zhejiangsheng-2026", "Outcome", 6264, "规上工业企业从4.7万家增加到6.1万家"): ("yes", "yes", f"{ZF}"),
    ("zhejiangsheng-2026", "Outcome", 6870, "人均预期寿命从80.2岁提升至82.5岁"): ("yes", "yes", f"{ZF}"),
    ("zhejiangsheng-2026", "Outcome", 7222, "31.3%"): ("yes", "yes", f"second member of 起数和死亡人数分别 after 五年来. {ZF}"),
}
OUT = "docs/checks/indicator-check-2028a.csv"


def wilson(k, n, z=1.96):
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def main(argv):
    if len(argv) != 3:
        print("usage: check-f53-verdicts.py SAMPLE_TARGETS SAMPLE_OUTCOMES", file=sys.stderr)
        return 2
    rows = []
    for path, kind in ((argv[1], "Target"), (argv[2], "Outcome")):
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                rows.append((r["report"], kind, int(r["start"]), r["quote"], r["indicator"], r["period"]))
    keys = {(a, b, c, d) for a, b, c, d, _, _ in rows}
    bad = [f"no verdict: {k}" for k in sorted(keys - set(V))] + [f"no row: {k}" for k in sorted(set(V) - keys)]
    texts = {}
    for rep, _k, start, quote, _i, _p in rows:
        if rep not in texts:
            texts[rep] = read_report(PATHS[rep]).text
        if texts[rep][start:start + len(quote)] != quote:
            bad.append(f"quote not at offset: {rep} {start} {quote}")
    if bad:
        print("\n".join(bad), file=sys.stderr)
        return 1
    here = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(here, OUT), "x", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["report", "kind", "start", "quote", "indicator", "period", "indicator_ok", "period_ok", "note"])
        for rep, kind, start, quote, ind, per in rows:
            io, po, note = V[(rep, kind, start, quote)]
            w.writerow([rep, kind, start, quote, ind, per, io, po, note])
    groups = [("all", lambda r: True), ("targets", lambda r: r[1] == "Target"), ("outcomes", lambda r: r[1] == "Outcome")]
    for rep in sorted(PATHS):
        groups.append((rep, lambda r, rep=rep: r[0] == rep))
        for kind in ("Target", "Outcome"):
            groups.append((f"{rep} {kind.lower()}s", lambda r, rep=rep, kind=kind: r[0] == rep and r[1] == kind))
    print("| group | names right | 95 % Wilson | periods right | 95 % Wilson |")
    print("| --- | --- | --- | --- | --- |")
    for name, pred in groups:
        sel = [V[r[:4]] for r in rows if pred(r)]
        n = len(sel)
        a = sum(v[0] == "yes" for v in sel)
        b = sum(v[1] == "yes" for v in sel)
        la, ha = wilson(a, n)
        lb, hb = wilson(b, n)
        print(f"| {name} | {a}/{n} ({100*a/n:.1f} %) | {100*la:.1f}–{100*ha:.1f} % | {b}/{n} ({100*b/n:.1f} %) | "
              f"{100*lb:.1f}–{100*hb:.1f} % |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
