"""Forty-fourth hand check (f44): blind verdicts on the indicator names and periods of the sampled figures.

Held-out reports henan-2026, shaanxi-2026, hailaer-2019; tool frozen at 6d01e5e0; samples drawn with
scripts/sample_figures.py --per-report 17 --seed 33051 from `policykg table targets|outcomes --format csv`.
Judged from the report text and docs/annotation-guideline.md only.

    python docs/checks/f44-verdicts.py /tmp/check-f44/sample-targets.txt /tmp/check-f44/sample-outcomes.txt

writes docs/checks/indicator-check-2027r.csv and refuses to overwrite it.
"""
import csv
import os
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "indicator-check-2027r.csv")

# (report, first offset, section and its period); a row belongs to the last section starting at or before it
SECTIONS = {
    "hailaerqu-2019": [(137, "一、2018年工作回顾: one-year review, 2018"),
                       (4244, "二、2019年工作安排: plan year 2019")],
    "henansheng-2026": [(162, "一、“十四五”时期…回顾, five-year part: 十四五 review 2021–2025"),
                        (1857, "一、…2025年工作回顾, 2025 part (刚刚过去的2025年, （一）–（四）): one-year review 2025"),
                        (4027, "二、“十五五”时期主要目标任务: 2026–2030"),
                        (5256, "三、2026年重点工作安排: plan year 2026")],
    "shaanxisheng-2026": [(237, "一、2025年工作回顾: one-year review 2025"),
                          (4522, "一、…五年来 (十四五 review): 2021–2025"),
                          (6281, "二、“十五五”时期主要目标和重大举措: 2026–2030"),
                          (7828, "三、2026年重点工作: plan year 2026")],
}

Y, N = "yes", "no"
# (kind, report, start) -> (indicator_ok, period_ok, note without the section)
V = {
    # ---------------- Targets: hailaer-2019 ----------------
    ("Target", "hailaerqu-2019", 4673): (Y, Y, "主要预期目标 GDP growth"),
    ("Target", "hailaerqu-2019", 4707): (Y, Y, "城乡常住居民…分别: first member takes the series name 城镇常住居民…"),
    ("Target", "hailaerqu-2019", 4727): (Y, Y, "second member of the 分别 list: 农村常住居民人均可支配收入"),
    ("Target", "hailaerqu-2019", 4732): (Y, Y, "plain headline indicator"),
    ("Target", "hailaerqu-2019", 5292): (N, Y, "name is a stray fragment of 年度; a careful reader writes 政府隐性债务化解额 (化解 target of 7.89亿元)"),
    ("Target", "hailaerqu-2019", 5957): (Y, Y, "as written"),
    ("Target", "hailaerqu-2019", 5973): (Y, Y, "as written"),
    ("Target", "hailaerqu-2019", 6575): (Y, Y, "继续推进棚户区改造，完成800户的改造任务: task in units of its work measures the work (棚改户数)"),
    ("Target", "hailaerqu-2019", 6591): (Y, Y, "borderline: 15个棚改区域的道路、供水、污水等配套基础设施项目; the part rule would put the works first (配套基础设施项目棚改区域数量); same areas counted"),
    ("Target", "hailaerqu-2019", 6693): (N, Y, "act of the count dropped: 率先启用…2个智慧应用 → 智慧应用启用数量 (N个X正式启用 → X启用数量)"),
    ("Target", "hailaerqu-2019", 6931): (N, Y, "计划 is no part of a name and the headline 让城市基础设施更完善 is the topic owning the bare investment: 城市基础设施投资"),
    ("Target", "hailaerqu-2019", 7017): (Y, Y, "新建 kept before the things"),
    ("Target", "hailaerqu-2019", 7030): (N, Y, "two list members merged (停车场 has no number of its own): 新建压缩式生活垃圾转运站数量"),
    ("Target", "hailaerqu-2019", 7190): (Y, Y, "完成好65个年度重点项目建设任务: 建设 of projects dropped"),
    ("Target", "hailaerqu-2019", 7377): (N, Y, "money of the 重点项目 named in the clause before (加快…等重点项目进度): 重点项目年度投资; 计划 is not what is measured"),
    ("Target", "hailaerqu-2019", 10310): (N, Y, "not a quantity: 8座以下小汽车 is a bound naming which cars qualify; the name is a clause fragment"),
    # ---------------- Targets: henan-2026 ----------------
    ("Target", "henansheng-2026", 4539): (Y, Y, "年均增长 five-year goal"),
    ("Target", "henansheng-2026", 4558): (Y, Y, "borderline: 规上 written out as 规模以上, same measure"),
    ("Target", "henansheng-2026", 4676): (Y, Y, "as written"),
    ("Target", "henansheng-2026", 5759): (Y, Y, "主要预期目标"),
    ("Target", "henansheng-2026", 5802): (Y, Y, "price measure keeps 涨幅"),
    ("Target", "henansheng-2026", 6138): (Y, Y, "加快X、Y建设: 建设 closing the clause stays (X建设数量)"),
    ("Target", "henansheng-2026", 6162): (Y, Y, "second member of the 加快…建设 list"),
    ("Target", "henansheng-2026", 6921): (Y, Y, "group's investment named after 省重点项目 of the clause before; 完成 dropped"),
    ("Target", "henansheng-2026", 7862): (Y, Y, "新培育 kept"),
    ("Target", "henansheng-2026", 8076): (Y, Y, "as written"),
    ("Target", "henansheng-2026", 8246): (Y, Y, "as written"),
    ("Target", "henansheng-2026", 8851): (Y, Y, "建成35个先导区、1000个和美乡村: member shares 建成, after the thing"),
    ("Target", "henansheng-2026", 8875): (Y, Y, "shares 新改建 (built new and treated → bare X数量)"),
    ("Target", "henansheng-2026", 11291): (Y, Y, "实施 dropped"),
    ("Target", "henansheng-2026", 11327): (Y, Y, "list member shares 新培育"),
    ("Target", "henansheng-2026", 11524): (Y, Y, "新增 kept, 人数"),
    ("Target", "henansheng-2026", 11633): (Y, Y, "rise by money → 增加额, per-head word kept"),
    # ---------------- Targets: shaanxi-2026 ----------------
    ("Target", "shaanxisheng-2026", 6822): (Y, Y, "“十五五”时期年均增长"),
    ("Target", "shaanxisheng-2026", 7021): (Y, Y, "as written"),
    ("Target", "shaanxisheng-2026", 7694): (Y, Y, "as written"),
    ("Target", "shaanxisheng-2026", 8459): (Y, Y, "实施 dropped"),
    ("Target", "shaanxisheng-2026", 8472): (Y, Y, "group's investment of the 省级重点项目 before; 完成 dropped"),
    ("Target", "shaanxisheng-2026", 8918): (Y, Y, "新增 kept"),
    ("Target", "shaanxisheng-2026", 9023): (Y, Y, "新增 kept"),
    ("Target", "shaanxisheng-2026", 9087): (Y, Y, "as written"),
    ("Target", "shaanxisheng-2026", 9404): (Y, Y, "as written"),
    ("Target", "shaanxisheng-2026", 10234): (Y, Y, "新增 kept"),
    ("Target", "shaanxisheng-2026", 10248): (Y, Y, "count named by its size class (千亿级)"),
    ("Target", "shaanxisheng-2026", 10260): (Y, Y, "as written"),
    ("Target", "shaanxisheng-2026", 10315): (N, Y, "act closing the things dropped: 黄蒿界等6处煤矿…建成试运转 → 煤矿建成试运转数量 (as 建成运营)"),
    ("Target", "shaanxisheng-2026", 10510): (Y, Y, "as written"),
    ("Target", "shaanxisheng-2026", 12137): (Y, Y, "as written"),
    ("Target", "shaanxisheng-2026", 13407): (Y, Y, "borderline: doers of a task with 完成: guideline form 完成农用地重金属污染溯源整治的县区数量; same count"),
    ("Target", "shaanxisheng-2026", 13534): (Y, Y, "完成 dropped, area"),
    # ---------------- Outcomes: hailaer-2019 ----------------
    ("Outcome", "hailaerqu-2019", 377): (Y, Y, "完成 dropped"),
    ("Outcome", "hailaerqu-2019", 482): (Y, Y, "城乡常住居民…分别: first member's growth, series name"),
    ("Outcome", "hailaerqu-2019", 1131): (N, Y, "bare 投资 though the work it pays for follows in its clause: 新建污水管线投资"),
    ("Outcome", "hailaerqu-2019", 1151): (Y, Y, "money followed by the work it pays for"),
    ("Outcome", "hailaerqu-2019", 1203): (N, Y, "act closing the things dropped: 26座水冲式公共厕所…投入使用 → 水冲式公共厕所投入使用数量"),
    ("Outcome", "hailaerqu-2019", 1291): (Y, Y, "borderline: things whose part is treated; guideline order 供热三级管网改造老旧小区数量"),
    ("Outcome", "hailaerqu-2019", 1307): (Y, Y, "borderline: guideline order 地面硬化、绿化修复老旧小区数量 (绿化修复 shares the count)"),
    ("Outcome", "hailaerqu-2019", 1339): (Y, Y, "project's own investment (投资N万元的X)"),
    ("Outcome", "hailaerqu-2019", 1492): (Y, Y, "treating verb after the thing, area"),
    ("Outcome", "hailaerqu-2019", 1775): (Y, Y, "场次 from the unit"),
    ("Outcome", "hailaerqu-2019", 2552): (N, Y, "owner missing and act misplaced: 中俄蒙经贸洽谈暨商品展销会参展企业数量"),
    ("Outcome", "hailaerqu-2019", 2620): (Y, Y, "as written"),
    ("Outcome", "hailaerqu-2019", 2826): (N, Y, "treating act dropped: 改扩建15个社区党群服务中心 → 社区党群服务中心改扩建数量"),
    ("Outcome", "hailaerqu-2019", 3018): (N, Y, "bare 投资 though the work follows: 教学触控一体机配置投资"),
    ("Outcome", "hailaerqu-2019", 3532): (Y, Y, "handling (办理) of proposals dropped"),
    ("Outcome", "hailaerqu-2019", 3743): (Y, Y, "bare rate of the thing of the figure before (办件)"),
    ("Outcome", "hailaerqu-2019", 3760): (Y, Y, "borderline: 依法 (manner) kept; 公开政府信息数量"),
    # ---------------- Outcomes: henan-2026 ----------------
    ("Outcome", "henansheng-2026", 383): (Y, Y, "level at the end of 十四五"),
    ("Outcome", "henansheng-2026", 511): (Y, Y, "as written"),
    ("Outcome", "henansheng-2026", 555): (Y, Y, "borderline: 规上 written out as 规模以上, same measure"),
    ("Outcome", "henansheng-2026", 744): (Y, Y, "as written"),
    ("Outcome", "henansheng-2026", 942): (Y, Y, "list member shares 新增"),
    ("Outcome", "henansheng-2026", 1035): (Y, Y, "as written"),
    ("Outcome", "henansheng-2026", 1549): (Y, Y, "as written"),
    ("Outcome", "henansheng-2026", 1563): (Y, Y, "新增 kept"),
    ("Outcome", "henansheng-2026", 1596): (Y, Y, "年均增长"),
    ("Outcome", "henansheng-2026", 1687): (Y, Y, "change in points named by X"),
    ("Outcome", "henansheng-2026", 1703): (N, Y, "获批建设…12个国家区域医疗中心 counts approvals: 获批建设国家区域医疗中心数量; X建设数量 reads as centres built"),
    ("Outcome", "henansheng-2026", 1763): (Y, Y, "筹集 (not a 新+verb) dropped, 套数"),
    ("Outcome", "henansheng-2026", 2001): (Y, Y, "生产总值 → 地区生产总值"),
    ("Outcome", "henansheng-2026", 2012): (Y, Y, "规上 written out"),
    ("Outcome", "henansheng-2026", 2457): (N, N, "建立150项年度任务清单 counts the list's items, not lists: 年度任务清单任务项数; period should be 2025"),
    ("Outcome", "henansheng-2026", 3065): (Y, N, "title before the things (认定为X的县数量); period should be 2025"),
    ("Outcome", "henansheng-2026", 3157): (Y, N, "borderline: the census's ordinal kept as its proper name; period should be 2025"),
    # ---------------- Outcomes: shaanxi-2026 ----------------
    ("Outcome", "shaanxisheng-2026", 418): (Y, Y, "as written"),
    ("Outcome", "shaanxisheng-2026", 434): (Y, Y, "as written"),
    ("Outcome", "shaanxisheng-2026", 724): (Y, Y, "act closing the things kept (建成试运转)"),
    ("Outcome", "shaanxisheng-2026", 840): (Y, Y, "borderline: 4条高铁加快建设 says how the work goes (things being built): bare thing; a reader may write 在建高铁数量"),
    ("Outcome", "shaanxisheng-2026", 1532): (Y, Y, "yield named after the thing of the figure before (新增工业产能项目)"),
    ("Outcome", "shaanxisheng-2026", 1650): (Y, Y, "borderline: aspect reaching a level before the things: 产值两位数增长产业链数量"),
    ("Outcome", "shaanxisheng-2026", 1682): (Y, Y, "title before the things (入选 dropped as in 工信部5G工厂名录企业数量)"),
    ("Outcome", "shaanxisheng-2026", 1787): (Y, Y, "as written"),
    ("Outcome", "shaanxisheng-2026", 2205): (Y, Y, "borderline: 改造X惠及N户 → X受益户数; 改造 kept"),
    ("Outcome", "shaanxisheng-2026", 2239): (Y, Y, "doers of a task with 完成"),
    ("Outcome", "shaanxisheng-2026", 2283): (Y, Y, "as written (县域经济增长)"),
    ("Outcome", "shaanxisheng-2026", 2311): (Y, Y, "新增 + size class of the counties"),
    ("Outcome", "shaanxisheng-2026", 2711): (N, Y, "base of people dropped: 每千人托位、养老床位数 → 每千人养老床位数"),
    ("Outcome", "shaanxisheng-2026", 3208): (Y, Y, "borderline: list member shares 累计创建; a reader may keep 国家级 and 累计"),
    ("Outcome", "shaanxisheng-2026", 3797): (N, Y, "owner of the figure before dropped: 西安咸阳国际机场国际货邮吞吐量"),
    ("Outcome", "shaanxisheng-2026", 3890): (Y, Y, "respective list, second member"),
    ("Outcome", "shaanxisheng-2026", 5014): (Y, Y, "from…to level over 十四五"),
}


def section(report, start):
    label = None
    for first, text in SECTIONS[report]:
        if start >= first:
            label = text
    return label


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    if os.path.exists(OUT):
        print(f"{OUT} exists: not overwritten", file=sys.stderr)
        return 1
    rows = []
    for path, kind in ((argv[1], "Target"), (argv[2], "Outcome")):
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                key = (kind, r["report"], int(r["start"]))
                ind_ok, per_ok, note = V.pop(key)
                rows.append({"report": r["report"], "kind": kind, "start": r["start"], "quote": r["quote"],
                             "indicator": r["indicator"], "period": r["period"], "indicator_ok": ind_ok,
                             "period_ok": per_ok, "note": f"{note}; section {section(r['report'], int(r['start']))}"})
    if V:
        print(f"verdicts with no sampled row: {sorted(V)}", file=sys.stderr)
        return 1
    with open(OUT, "x", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["report", "kind", "start", "quote", "indicator", "period",
                                          "indicator_ok", "period_ok", "note"])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
