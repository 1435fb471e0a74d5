"""Forty-third blind check (f43): verdicts on indicator names and periods of sampled figures.

Held-out reports: shaanxi-2026, zhejiang-2026, hailaer-2015; tool frozen at 50be48ae.
Reads the two sample files written by scripts/sample_figures.py (--per-report 17 --seed 33049)
and writes docs/checks/indicator-check-2027q.csv. Refuses to overwrite it.

    python docs/checks/f43-verdicts.py /tmp/check-f43/sample-targets.txt /tmp/check-f43/sample-outcomes.txt
"""
import csv
import os
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "indicator-check-2027q.csv")

# Sections and their periods.
HL_T = "section 二、2015年工作安排 (the 2015 plan): 2015–2015"
HL_O = "section 一、2014年工作回顾 (one-year review): 2014–2014"
SX_15 = "section 二、“十五五”时期主要目标和重大举措: 2026–2030"
SX_T = "section 三、2026年重点工作 (the 2026 plan): 2026–2026"
SX_O1 = "section 一、2025年工作回顾, the year's part (一年来): 2025–2025"
SX_O5 = "section 一、2025年工作回顾, the 十四五 review (五年来): 2021–2025"
ZJ_15 = "section 二、“十五五”时期的主要目标任务 (到2030年): 2026–2030"
ZJ_T = "section 三、2026年重点工作 (the 2026 plan): 2026–2026"
ZJ_O1 = "section 一、2025年主要工作和“十四五”发展成就, the 2025 part: 2025–2025"
ZJ_O5 = "section 一、2025年主要工作和“十四五”发展成就, the 十四五 part (“十四五”的五年): 2021–2025"

HL, SX, ZJ = "hailaerqu-2015", "shaanxisheng-2026", "zhejiangsheng-2026"

# (kind, report, start) -> (indicator_ok, period_ok, note, section)
V = {
    # ---- Targets: hailaer-2015
    ("Target", HL, 3508): ("yes", "yes", "GDP growth in the main targets list", HL_T),
    ("Target", HL, 3549): ("yes", "yes", "the level of government kept (区本级)", HL_T),
    ("Target", HL, 3598): ("yes", "yes", "income series as written", HL_T),
    ("Target", HL, 4245): ("no", "yes", "owner dropped: the sentence counts 重点项目105个 and the total is theirs; a careful reader writes 重点项目总投资", HL_T),
    ("Target", HL, 4956): ("yes", "yes", "borderline: the place scope 主城区 is not written (退城 already says the firms are in the city); act 退城入园 kept", HL_T),
    ("Target", HL, 4981): ("yes", "yes", "borderline: 企业迁建数量 would do; 工作 only restates the work, same count of firms", HL_T),
    ("Target", HL, 5329): ("yes", "yes", "完成N个X建设任务 → X建设数量, as the guideline's task rule", HL_T),
    ("Target", HL, 5496): ("no", "yes", "the headline 新城区建设要全面加快 is the topic of the sentence after it (names80): 新城区绿化面积", HL_T),
    ("Target", HL, 5706): ("no", "yes", "bare 投资 opening the sentence after the headline 旧城区面貌要明显改善 is the topic's (names80): 旧城区投资 (旧城区改造投资)", HL_T),
    ("Target", HL, 5752): ("no", "yes", "scope 沿河 dropped and a stray 的 kept: 沿河道路建设里程", HL_T),
    ("Target", HL, 5903): ("no", "yes", "投资N万元的X工程 → X工程投资, but 年内 (a date word from 年内完工) is in the name: 污泥处置工程投资", HL_T),
    ("Target", HL, 7297): ("yes", "yes", "borderline: the text writes 新增就业; 城镇 added by the tool, the same standard count", HL_T),
    ("Target", HL, 7598): ("no", "yes", "二期 is the phase, not the thing measured: 拆炉并网二期供热改造面积 (供热改造面积)", HL_T),
    ("Target", HL, 7630): ("no", "yes", "money ending its clause is the one work the next clause starts: 黑羊站水厂改扩建工程投资", HL_T),
    ("Target", HL, 7693): ("no", "yes", "things whose part the work treats are named by the treatment (hailaer-2017's gold): 节能改造小区数量", HL_T),
    ("Target", HL, 7706): ("yes", "yes", "treating act kept after the thing", HL_T),
    ("Target", HL, 7844): ("no", "yes", "the clause before, 不断加大教育投入, owns the money: 教育投资 (bare 投资 wrong)", HL_T),
    # ---- Targets: shaanxi-2026
    ("Target", SX, 6822): ("yes", "yes", "年均增长 over the plan period", SX_15),
    ("Target", SX, 7001): ("yes", "yes", "as written", SX_15),
    ("Target", SX, 7694): ("yes", "yes", "rate as written", SX_15),
    ("Target", SX, 8290): ("yes", "yes", "price measure keeps 涨幅", SX_T),
    ("Target", SX, 8513): ("yes", "yes", "as written", SX_T),
    ("Target", SX, 9087): ("yes", "yes", "as written", SX_T),
    ("Target", SX, 9391): ("yes", "yes", "borderline: the guideline puts the act after the thing (成果转移转化数量); order only", SX_T),
    ("Target", SX, 9999): ("no", "yes", "the making act 组建 dropped, the name reads as the stock: “科学家+工程师”团队组建数量", SX_T),
    ("Target", SX, 10234): ("yes", "yes", "新增 kept", SX_T),
    ("Target", SX, 10248): ("yes", "yes", "a stock reached (达到)", SX_T),
    ("Target", SX, 10260): ("yes", "yes", "as written", SX_T),
    ("Target", SX, 10324): ("yes", "yes", "borderline: capacity of the 6 mines to be built, plain name as for things built (新型储能项目规模); a reader may keep 建成试运转", SX_T),
    ("Target", SX, 10429): ("yes", "yes", "borderline: 电厂机组规模 would do; the completion act kept, same 402万千瓦", SX_T),
    ("Target", SX, 10483): ("yes", "yes", "加快N个X建设 → X建设数量 (names34)", SX_T),
    ("Target", SX, 10629): ("yes", "yes", "as written", SX_T),
    ("Target", SX, 13534): ("yes", "yes", "area of the programme's work", SX_T),
    ("Target", SX, 13553): ("yes", "yes", "treating act after the thing", SX_T),
    # ---- Targets: zhejiang-2026
    ("Target", ZJ, 10282): ("yes", "yes", "到2030年 in the 十五五 section", ZJ_15),
    ("Target", ZJ, 14746): ("yes", "yes", "as written", ZJ_T),
    ("Target", ZJ, 15779): ("yes", "yes", "实施 dropped as the guideline says", ZJ_T),
    ("Target", ZJ, 15990): ("yes", "yes", "as written", ZJ_T),
    ("Target", ZJ, 16035): ("yes", "yes", "borderline: 规上 spelled out as 规模以上; same ratio", ZJ_T),
    ("Target", ZJ, 16486): ("yes", "yes", "as written", ZJ_T),
    ("Target", ZJ, 19558): ("yes", "yes", "length of roads built and upgraded keeps the plain name", ZJ_T),
    ("Target", ZJ, 19575): ("yes", "yes", "盘活 after the thing", ZJ_T),
    ("Target", ZJ, 20432): ("no", "yes", "the act 交付 that defines the year's count dropped (reads as the stock): 保障性租赁住房交付套数", ZJ_T),
    ("Target", ZJ, 20901): ("yes", "yes", "新增 kept", ZJ_T),
    ("Target", ZJ, 21761): ("yes", "yes", "场 → 场次; 举办 is implied by the events", ZJ_T),
    ("Target", ZJ, 22062): ("no", "yes", "the making act 引育 (引进培育) dropped: 乡村运营人才引育人数", ZJ_T),
    ("Target", ZJ, 22102): ("yes", "yes", "borderline: 面向重点群体 not written; the training count itself is named", ZJ_T),
    ("Target", ZJ, 22142): ("yes", "yes", "新增 kept", ZJ_T),
    ("Target", ZJ, 22214): ("yes", "yes", "length of a work, plain name", ZJ_T),
    ("Target", ZJ, 22281): ("yes", "yes", "borderline: act before the thing (…课堂开设期数 by the guideline's order); same count", ZJ_T),
    ("Target", ZJ, 22350): ("yes", "yes", "打造 dropped as the guideline says", ZJ_T),
    # ---- Outcomes: hailaer-2015
    ("Outcome", HL, 338): ("yes", "yes", "as written", HL_O),
    ("Outcome", HL, 464): ("yes", "yes", "the growth of the figure before's thing", HL_O),
    ("Outcome", HL, 612): ("no", "yes", "主体 belongs to 主体完工 (the status): 万家惠农贸市场项目投资", HL_O),
    ("Outcome", HL, 1094): ("yes", "yes", "borderline: area of things built, plain name; the places 奋斗镇、建设办 not written", HL_O),
    ("Outcome", HL, 1397): ("yes", "yes", "投资N的X工程 → X工程投资", HL_O),
    ("Outcome", HL, 1419): ("yes", "yes", "the one work the money pays for", HL_O),
    ("Outcome", HL, 1448): ("no", "yes", "the flow 并入 dropped, the name reads as the whole stock: 并入集中供热面积", HL_O),
    ("Outcome", HL, 1769): ("yes", "yes", "as written", HL_O),
    ("Outcome", HL, 1781): ("yes", "yes", "as written", HL_O),
    ("Outcome", HL, 1821): ("no", "yes", "bare 人数: 农村常住人口养老保险参保人数", HL_O),
    ("Outcome", HL, 2060): ("no", "yes", "wrong thing: the work is 村巷硬化: 村巷硬化里程 (the 5 villages: 村巷硬化行政村数量)", HL_O),
    ("Outcome", HL, 2099): ("yes", "yes", "borderline: 安全饮水问题解决人数; 问题 dropped, same people", HL_O),
    ("Outcome", HL, 2162): ("yes", "yes", "treatment area as written", HL_O),
    ("Outcome", HL, 2199): ("no", "yes", "the treating act 综合改造 dropped: 背街巷道综合改造数量", HL_O),
    ("Outcome", HL, 2252): ("yes", "yes", "list member of 发放…补贴; 发放 dropped", HL_O),
    ("Outcome", HL, 2347): ("yes", "yes", "first member of a respective list, head 数量 shared", HL_O),
    ("Outcome", HL, 2372): ("yes", "yes", "as written", HL_O),
    # ---- Outcomes: shaanxi-2026
    ("Outcome", SX, 392): ("yes", "yes", "as written", SX_O1),
    ("Outcome", SX, 686): ("yes", "yes", "as written", SX_O1),
    ("Outcome", SX, 1047): ("yes", "yes", "second member of 存贷款余额分别", SX_O1),
    ("Outcome", SX, 1490): ("yes", "yes", "borderline: 国家 of the first member not carried (国家单项冠军企业数量); level word, not a place scope", SX_O1),
    ("Outcome", SX, 1532): ("yes", "yes", "yield named after the thing of the figure before (新增工业产能项目989个)", SX_O1),
    ("Outcome", SX, 2006): ("yes", "yes", "as written", SX_O1),
    ("Outcome", SX, 2691): ("yes", "yes", "borderline: 每千人托位数; 数量 for 数", SX_O1),
    ("Outcome", SX, 3659): ("no", "yes", "the number 6037列 is inside the name: 中欧班列（西安）开行列数", SX_O1),
    ("Outcome", SX, 3811): ("yes", "yes", "新设 kept", SX_O1),
    ("Outcome", SX, 3890): ("yes", "yes", "second member of a two-value list", SX_O1),
    ("Outcome", SX, 3908): ("yes", "yes", "first member of 分别", SX_O1),
    ("Outcome", SX, 4689): ("yes", "yes", "年均 over the five years", SX_O5),
    ("Outcome", SX, 4722): ("yes", "yes", "level reached at the end of 十四五", SX_O5),
    ("Outcome", SX, 5068): ("yes", "yes", "as written", SX_O5),
    ("Outcome", SX, 5315): ("yes", "yes", "新增 kept", SX_O5),
    ("Outcome", SX, 5497): ("yes", "yes", "start value left out", SX_O5),
    ("Outcome", SX, 5775): ("yes", "yes", "second member of 城乡居民人均收入 takes the series' name", SX_O5),
    # ---- Outcomes: zhejiang-2026
    ("Outcome", ZJ, 585): ("yes", "yes", "borderline: 国家级制造业中试平台创建数量 by the guideline's order; 成功 an adverb; same count", ZJ_O1),
    ("Outcome", ZJ, 954): ("yes", "yes", "新入选 kept", ZJ_O1),
    ("Outcome", ZJ, 974): ("yes", "yes", "新增 kept", ZJ_O1),
    ("Outcome", ZJ, 1280): ("yes", "yes", "first member of 分别", ZJ_O1),
    ("Outcome", ZJ, 1614): ("no", "yes", "owner dropped: the rate is of the 1596个“千项万亿”重大项目 just before: “千项万亿”重大项目投资完成率", ZJ_O1),
    ("Outcome", ZJ, 1757): ("yes", "yes", "driver is the thing of the figure before", ZJ_O1),
    ("Outcome", ZJ, 1831): ("yes", "yes", "争取 dropped, list member", ZJ_O1),
    ("Outcome", ZJ, 4084): ("yes", "yes", "as written", ZJ_O1),
    ("Outcome", ZJ, 4295): ("yes", "yes", "新增 kept", ZJ_O1),
    ("Outcome", ZJ, 4420): ("yes", "yes", "as written", ZJ_O1),
    ("Outcome", ZJ, 5028): ("yes", "yes", "borderline: 通过 of 提请人大审议通过 dropped; the laws' act kept", ZJ_O1),
    ("Outcome", ZJ, 5063): ("yes", "yes", "办理 dropped as the guideline says", ZJ_O1),
    ("Outcome", ZJ, 5143): ("yes", "yes", "first member of 分别", ZJ_O1),
    ("Outcome", ZJ, 6451): ("yes", "yes", "level at the end of 十四五", ZJ_O5),
    ("Outcome", ZJ, 6492): ("no", "yes", "the flow 使用 dropped (bare 外资 is no measure): 使用外资", ZJ_O5),
    ("Outcome", ZJ, 6684): ("yes", "yes", "borderline: 全体 dropped; the same all-residents series", ZJ_O5),
    ("Outcome", ZJ, 7108): ("yes", "yes", "N%的X达到Y → XY比例", ZJ_O5),
}


def main(targets, outcomes):
    if os.path.exists(OUT):
        sys.exit(f"refusing to overwrite {OUT}")
    rows, seen = [], set()
    for kind, path in (("Target", targets), ("Outcome", outcomes)):
        with open(path, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                key = (kind, r["report"], int(r["start"]))
                ind_ok, per_ok, note, section = V[key]
                seen.add(key)
                rows.append({
                    "report": r["report"], "kind": kind, "start": r["start"], "quote": r["quote"],
                    "indicator": r["indicator"], "period": r["period"],
                    "indicator_ok": ind_ok, "period_ok": per_ok,
                    "note": f"{note}; {section}",
                })
    assert seen == set(V), set(V) - seen
    with open(OUT, "x", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["report", "kind", "start", "quote", "indicator", "period",
                                           "indicator_ok", "period_ok", "note"])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
