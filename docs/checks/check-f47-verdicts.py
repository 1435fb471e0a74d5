"""Forty-seventh check (check-f47, held out: shaanxi, xizang, hailaer-2019): blind verdicts on the indicator
names and periods of sampled Targets and Outcomes, tool frozen at cbb9d3c7.

    python docs/checks/check-f47-verdicts.py /tmp/check-check-f47/sample-targets.txt \
        /tmp/check-check-f47/sample-outcomes.txt

writes docs/checks/indicator-check-2027u.csv (report, kind, start, quote, indicator, period, indicator_ok,
period_ok, note) and refuses to overwrite it. Every sampled row must have a verdict and every verdict a row.
Judged from the report text and docs/annotation-guideline.md only.
"""
import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "indicator-check-2027u.csv"

# Sections and their periods
H_T = "section 二、2019年工作安排 (the year's plan: 2019–2019)"
H_O = "section 一、2018年工作回顾 (one-year review: 2018–2018)"
S_T = "section 三、2026年重点工作 (the year's plan: 2026–2026)"
S_O1 = "section 一、2025年工作回顾 (one-year review: 2025–2025)"
S_O5 = "section 一、2025年工作回顾, the 五年来 part (十四五 review: 2021–2025)"
X_T = "section 三、2026年重点工作 (the year's plan: 2026–2026)"
X_O1 = "section 一、2025年和“十四五”时期工作回顾, the 2025 part (one-year review: 2025–2025)"
X_O5 = "section 一、2025年和“十四五”时期工作回顾, the 回首过去五年 part (十四五 review: 2021–2025)"

Y, N = "yes", "no"
# (kind, report, start) -> (indicator_ok, period_ok, note)
V = {
    # ---------------- Targets: hailaerqu-2019 ----------------
    ("Target", "hailaerqu-2019", 4673): (Y, Y, f"the year's GDP growth target; {H_T}"),
    ("Target", "hailaerqu-2019", 4707): (Y, Y, f"城乡常住居民…分别: the urban member takes the series' name 城镇常住居民人均可支配收入; {H_T}"),
    ("Target", "hailaerqu-2019", 4727): (Y, Y, f"the rural member of 城乡常住居民…分别增长7%和8%: 农村常住居民人均可支配收入; {H_T}"),
    ("Target", "hailaerqu-2019", 4732): (Y, Y, f"plain level-growth target; {H_T}"),
    ("Target", "hailaerqu-2019", 5292): (N, Y, f"'度' is a scrap of 年度; the amount is the year's hidden-debt write-down (化解 a treating act): 政府隐性债务化解额; {H_T}"),
    ("Target", "hailaerqu-2019", 5957): (Y, Y, f"rate as written; {H_T}"),
    ("Target", "hailaerqu-2019", 5973): (Y, Y, f"rate as written; {H_T}"),
    ("Target", "hailaerqu-2019", 6575): (Y, Y, f"继续推进棚户区改造，完成800户的改造任务: a task in the units of its work measures the work (棚改户数 rule); {H_T}"),
    ("Target", "hailaerqu-2019", 6591): (N, Y, f"the 15 areas are counted by the works done on them (15个棚改区域的道路、供水、污水等配套基础设施项目); the bare areas are the stock: 配套基础设施项目棚改区域数量 (part-and-treatment rule, 既有建筑节能改造老旧小区数量); {H_T}"),
    ("Target", "hailaerqu-2019", 6693): (N, Y, f"率先启用…2个智慧应用: the opening act defines the count (N个X正式启用 → X启用数量): 智慧应用启用数量; {H_T}"),
    ("Target", "hailaerqu-2019", 6931): (N, Y, f"计划 is no part of a name and the money has an owner: the headline 让城市基础设施更完善 and the works listed after it: 城市基础设施投资; {H_T}"),
    ("Target", "hailaerqu-2019", 7017): (Y, Y, f"新建 kept before the thing; {H_T}"),
    ("Target", "hailaerqu-2019", 7030): (N, Y, f"2座 counts the transfer stations only; 以及停车场 is the next list member (no number): 新建压缩式生活垃圾转运站数量; {H_T}"),
    ("Target", "hailaerqu-2019", 7190): (Y, Y, f"建设 of projects dropped (建设亿元以上项目N个 → 亿元以上项目数量); 年度重点项目 is the class of project, not a date; {H_T}"),
    ("Target", "hailaerqu-2019", 7377): (N, Y, f"年度 and 计划 are no part of the name, and the sentence names the group (冬运会主场馆、…等重点项目): 重点项目投资; {H_T}"),
    ("Target", "hailaerqu-2019", 10310): (N, Y, f"not a quantity: 8座以下 bounds which cars qualify (bounds naming which things qualify); no count of policies is given; {H_T}"),
    # ---------------- Targets: shaanxisheng-2026 ----------------
    ("Target", "shaanxisheng-2026", 8197): (Y, Y, f"生产总值 → canonical 地区生产总值; {S_T}"),
    ("Target", "shaanxisheng-2026", 8228): (Y, Y, f"as written; {S_T}"),
    ("Target", "shaanxisheng-2026", 8263): (Y, Y, f"as written; {S_T}"),
    ("Target", "shaanxisheng-2026", 8472): (Y, Y, f"实施省级重点项目640个、完成投资…: the group's investment, 完成 dropped; {S_T}"),
    ("Target", "shaanxisheng-2026", 8918): (Y, Y, f"新增 kept, size class kept; {S_T}"),
    ("Target", "shaanxisheng-2026", 9023): (Y, Y, f"新增 kept; {S_T}"),
    ("Target", "shaanxisheng-2026", 9111): (Y, Y, f"打造 is no part of a name; {S_T}"),
    ("Target", "shaanxisheng-2026", 9143): (Y, Y, f"as written; {S_T}"),
    ("Target", "shaanxisheng-2026", 9506): (Y, Y, f"list member shares 新增 of the first member; 国家级 is neither a place scope nor a size class, so not carried; {S_T}"),
    ("Target", "shaanxisheng-2026", 10234): (Y, Y, f"新增 kept, 力争 dropped; {S_T}"),
    ("Target", "shaanxisheng-2026", 10260): (Y, Y, f"as written; {S_T}"),
    ("Target", "shaanxisheng-2026", 10494): (Y, Y, f"装机 with no 容量 added, 新增 kept; {S_T}"),
    ("Target", "shaanxisheng-2026", 11147): (Y, Y, f"加快…4个X建设: the act closing the things named after their number stays (推进N个X建设 → X建设数量); member places not in the name; {S_T}"),
    ("Target", "shaanxisheng-2026", 11859): (Y, Y, f"as written; {S_T}"),
    ("Target", "shaanxisheng-2026", 13407): (Y, Y, f"borderline: the places are what is counted: a careful reader writes 农用地重金属污染溯源整治县区数量 (or 完成…的县区数量); same 15 counties; {S_T}"),
    ("Target", "shaanxisheng-2026", 13809): (Y, Y, f"the fund set up, named by what is set up (as 创业担保贷款, 上级资金); {S_T}"),
    ("Target", "shaanxisheng-2026", 14425): (Y, Y, f"as written, 力争 dropped; {S_T}"),
    # ---------------- Targets: tibetzizhiqu-2026 ----------------
    ("Target", "tibetzizhiqu-2026", 7582): (N, Y, f"bare 投资 although the sentence names the group (优化重大项目省级领导包保机制，力争完成投资…): 重大项目投资; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 8099): (N, Y, f"keeps the verb 完成 (X项目完成投资 → X项目投资): 招商引资项目固定资产投资; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 8162): (Y, Y, f"as written; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 8267): (Y, Y, f"list member shares 建设 of 建设现代农业产业园1个、…; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 8378): (Y, Y, f"建成 of a capacity keeps the plain name (as an area built); {X_T}"),
    ("Target", "tibetzizhiqu-2026", 9006): (N, Y, f"list member shares the treatment of 升级改造县级寄递物流中心60个、…; the bare name is the stock: 村级服务站升级改造数量; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 9204): (N, Y, f"dwellings (套) built under a programme, not projects counted: 建设 stays (完成N套X建设任务 → X建设套数): 保障性安居工程建设套数; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 9618): (Y, Y, f"实施 dropped; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 10116): (Y, Y, f"创建 after the thing; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 10340): (Y, Y, f"新增 kept, people → 人数; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 10420): (N, Y, f"bare income after 实现农牧民转移就业64万人以上、: what the thing of the figure before yields is named after it: 农牧民转移就业劳务收入; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 10518): (Y, Y, f"borderline: 51所 counts schools; new-and-rebuilt drops the act; a careful reader names the schools: 教学用房及附属设施新建改扩建中小学数量; same 51; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 10677): (Y, Y, f"建设 after the thing; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 10782): (N, Y, f"安排 is no part of a name and the money is followed by the work it pays for (办好34项民生实事): 民生实事资金; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 10824): (Y, Y, f"as written; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 10869): (Y, Y, f"新建 kept; {X_T}"),
    ("Target", "tibetzizhiqu-2026", 11217): (Y, Y, f"borderline: two treating acts written as one stand whole: 退化草原修复治理面积; same area; {X_T}"),
    # ---------------- Outcomes: hailaerqu-2019 ----------------
    ("Outcome", "hailaerqu-2019", 404): (Y, Y, f"增速 dropped (a growth in % named as its measure); {H_O}"),
    ("Outcome", "hailaerqu-2019", 482): (Y, Y, f"urban member of 城乡常住居民…同比分别增长6.5%、9.4%; {H_O}"),
    ("Outcome", "hailaerqu-2019", 697): (Y, Y, f"borderline: 301户…全部脱贫 counts the stock (as 困难村全部实现X → 困难村数量) but the text's qualifier is 建档立卡: 建档立卡贫困户户数; {H_O}"),
    ("Outcome", "hailaerqu-2019", 925): (Y, Y, f"修复 after the thing, area; {H_O}"),
    ("Outcome", "hailaerqu-2019", 1036): (N, Y, f"garbled splice (恢复工作企业拆迁及厂区植): 西山自然保护区内拆迁及厂区植被恢复企业数量; {H_O}"),
    ("Outcome", "hailaerqu-2019", 1131): (N, Y, f"money followed in its clause by the one work it pays for: 新建污水管线投资; {H_O}"),
    ("Outcome", "hailaerqu-2019", 1170): (N, Y, f"投入…对城区主要街道破损步道板、台阶、路边石进行修复: one work (修复), so not bare; the text's 投入 turned into 投资: 城区主要街道破损步道板、台阶、路边石修复投入; {H_O}"),
    ("Outcome", "hailaerqu-2019", 1247): (N, Y, f"stray 已基本 inside the name: 完成牌匾规范化改造的城区主干道数量; {H_O}"),
    ("Outcome", "hailaerqu-2019", 1291): (Y, Y, f"borderline: the communities are what is counted: 供热三级管网改造老旧小区数量 (part-and-treatment rule); same 29; {H_O}"),
    ("Outcome", "hailaerqu-2019", 2218): (Y, Y, f"固定资产投资项目实现在线审批，投资项目申报101个: the act 申报 kept; {H_O}"),
    ("Outcome", "hailaerqu-2019", 2268): (N, Y, f"归集 (collecting, like 募集) defines the count; the bare name is the stock: 归集信用信息数量; {H_O}"),
    ("Outcome", "hailaerqu-2019", 2572): (N, Y, f"the sales are the fair's (第十四届中俄蒙经贸洽谈暨商品展销会…现场销售额), never bare when the sentence names it: 中俄蒙经贸洽谈暨商品展销会现场销售额; {H_O}"),
    ("Outcome", "hailaerqu-2019", 2608): (Y, Y, f"as written; {H_O}"),
    ("Outcome", "hailaerqu-2019", 2795): (Y, Y, f"treating act after the thing, households; {H_O}"),
    ("Outcome", "hailaerqu-2019", 2986): (Y, Y, f"完成 dropped; {H_O}"),
    ("Outcome", "hailaerqu-2019", 3018): (N, Y, f"money followed in its clause by the work it pays for (为全部学校配置教学触控一体机): 学校教学触控一体机配置投资; {H_O}"),
    ("Outcome", "hailaerqu-2019", 3261): (Y, Y, f"borderline: the measure word is missing (生猪出栏 → 生猪出栏量): 跨省缴毒量; same amount; {H_O}"),
    # ---------------- Outcomes: shaanxisheng-2026 ----------------
    ("Outcome", "shaanxisheng-2026", 1203): (Y, Y, f"新认定 kept; {S_O1}"),
    ("Outcome", "shaanxisheng-2026", 1218): (Y, Y, f"新增 kept; {S_O1}"),
    ("Outcome", "shaanxisheng-2026", 1273): (Y, Y, f"first member of 概念验证中心、中试基地分别达到69家、107家 (levels: the stock); {S_O1}"),
    ("Outcome", "shaanxisheng-2026", 1400): (N, Y, f"'首期' alone names nothing: 省级科技创新母基金首期规模; {S_O1}"),
    ("Outcome", "shaanxisheng-2026", 1787): (Y, Y, f"as written; {S_O1}"),
    ("Outcome", "shaanxisheng-2026", 2192): (Y, Y, f"改造 after the thing; {S_O1}"),
    ("Outcome", "shaanxisheng-2026", 2224): (Y, Y, f"pipes → 长度, treatment after the thing; {S_O1}"),
    ("Outcome", "shaanxisheng-2026", 2333): (Y, Y, f"an amount said once of a list (no 分别) is one entry, joiner kept; {S_O1}"),
    ("Outcome", "shaanxisheng-2026", 2396): (Y, Y, f"new-and-treated area keeps the plain name; {S_O1}"),
    ("Outcome", "shaanxisheng-2026", 3225): (Y, Y, f"borderline: scope kept, but the canonical spelling is PM2.5年均浓度: 国考10市PM2.5年均浓度; {S_O1}"),
    ("Outcome", "shaanxisheng-2026", 3683): (N, Y, f"the number 6037列 of the figure before is inside the name: 中欧班列（西安）带动陕西进出口; {S_O1}"),
    ("Outcome", "shaanxisheng-2026", 3870): (Y, Y, f"respective list 分别-like (30.4％、30.1％): first member takes the shared measure 出口; {S_O1}"),
    ("Outcome", "shaanxisheng-2026", 5014): (Y, Y, f"start value no part of the name; {S_O5}"),
    ("Outcome", "shaanxisheng-2026", 5404): (Y, Y, f"as written; {S_O5}"),
    ("Outcome", "shaanxisheng-2026", 5478): (Y, Y, f"roads/railways → 里程, as written; {S_O5}"),
    ("Outcome", "shaanxisheng-2026", 5775): (Y, Y, f"rural member of 城乡居民人均收入年均增长5.3％、7.7％, the series as written; {S_O5}"),
    ("Outcome", "shaanxisheng-2026", 5859): (Y, Y, f"as written; {S_O5}"),
    # ---------------- Outcomes: tibetzizhiqu-2026 ----------------
    ("Outcome", "tibetzizhiqu-2026", 498): (Y, Y, f"rural member of 城乡居民…分别增长6%和7.4% takes the series' name 农村常住居民…; {X_O1}"),
    ("Outcome", "tibetzizhiqu-2026", 503): (Y, Y, f"as written; {X_O1}"),
    ("Outcome", "tibetzizhiqu-2026", 1497): (Y, Y, f"装机 as written (a level); {X_O1}"),
    ("Outcome", "tibetzizhiqu-2026", 1529): (Y, Y, f"as written (年 = annual, part of the measure); {X_O1}"),
    ("Outcome", "tibetzizhiqu-2026", 1598): (Y, Y, f"second member of 接待游客、旅游总花费分别增长10.7%和9.5%; {X_O1}"),
    ("Outcome", "tibetzizhiqu-2026", 1724): (Y, Y, f"as written; {X_O1}"),
    ("Outcome", "tibetzizhiqu-2026", 1885): (Y, Y, f"as written; {X_O1}"),
    ("Outcome", "tibetzizhiqu-2026", 2149): (Y, Y, f"新增 kept; {X_O1}"),
    ("Outcome", "tibetzizhiqu-2026", 2316): (Y, Y, f"people taken into a programme are named by it, before them; 名 → 人数; {X_O1}"),
    ("Outcome", "tibetzizhiqu-2026", 2356): (N, Y, f"verb 办好 and the numbering “28+10” kept, no measure: the money paying for the work is that work's: 民生实事投入; {X_O1}"),
    ("Outcome", "tibetzizhiqu-2026", 2378): (Y, Y, f"as written; {X_O1}"),
    ("Outcome", "tibetzizhiqu-2026", 2433): (N, Y, f"其中: a part of the figure before (应届高校毕业生就业率) is counted as it is; the share is the graduates': 应届高校毕业生区外就业占比; {X_O1}"),
    ("Outcome", "tibetzizhiqu-2026", 2819): (Y, Y, f"one value of an A和B list with no 均/分别: one entry; {X_O1}"),
    ("Outcome", "tibetzizhiqu-2026", 2917): (Y, Y, f"a rise by an amount → 增加额; {X_O1}"),
    ("Outcome", "tibetzizhiqu-2026", 3745): (Y, Y, f"second member of 地方财政收入、支出分别突破300亿元和3000亿元; 全区 dropped; {X_O5}"),
    ("Outcome", "tibetzizhiqu-2026", 4161): (Y, Y, f"borderline: counts raises (5次), the act after the thing and 次数: 城乡居民基础养老金标准调高次数; same count; {X_O5}"),
    ("Outcome", "tibetzizhiqu-2026", 4177): (N, Y, f"the head 标准 written once after the last member is dropped, so the name counts 城乡低保 itself: 城乡低保、教育“三包”标准调高次数 (or 城乡低保标准调高次数); {X_O5}"),
}


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    if OUT.exists():
        print(f"{OUT} exists: refusing to overwrite", file=sys.stderr)
        return 1
    rows, seen = [], set()
    for kind, path in (("Target", sys.argv[1]), ("Outcome", sys.argv[2])):
        with open(path, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                key = (kind, r["report"], int(r["start"]))
                if key not in V:
                    raise SystemExit(f"no verdict for {key} {r['quote']}")
                ok_i, ok_p, note = V[key]
                seen.add(key)
                rows.append([r["report"], kind, r["start"], r["quote"], r["indicator"], r["period"], ok_i, ok_p, note])
    extra = set(V) - seen
    if extra:
        raise SystemExit(f"verdicts with no sampled row: {sorted(extra)}")
    with open(OUT, "x", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["report", "kind", "start", "quote", "indicator", "period", "indicator_ok", "period_ok", "note"])
        w.writerows(rows)
    print(f"wrote {OUT} ({len(rows)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
