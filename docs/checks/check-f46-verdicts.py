"""Blind hand check check-f46: indicator names and periods of sampled figures (Targets and Outcomes).

Tool frozen at 5269649d; held-out reports gansu-2026, henan-2026, hailaer-2015.
Verdicts were written from the report text and docs/annotation-guideline.md only.
Reads the two sample files and writes docs/checks/indicator-check-2027t.csv; refuses to overwrite.

    python docs/checks/check-f46-verdicts.py /tmp/check-check-f46/sample-targets.txt \
        /tmp/check-check-f46/sample-outcomes.txt
"""
import csv
import os
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "indicator-check-2027t.csv")

G = "gansusheng-2026"
H = "henansheng-2026"
L = "hailaerqu-2015"
GF = "section 十五五 main targets, 2026–2030"
GP = "section 2026年重点工作, 2026 plan"
GR = "section 十四五时期工作回顾, 2021–2025"
HF = "section 二、十五五时期主要目标任务, 2026–2030"
HP = "section 三、2026年重点工作安排, 2026 plan"
HR5 = "section 一、十四五 review (五年 part), 2021–2025"
HR1 = "section 一、2025 review (刚刚过去的2025年 and (一)–(五)), 2025"
LP = "section 二、2015年工作安排, 2015 plan"
LR = "section 一、2014年工作回顾, 2014"

# (report, kind, start[, tool indicator when two figures share a start]) -> (indicator_ok, period_ok, note)
V = {
    # ---------------- gansu targets ----------------
    (G, "Target", 9332): ("yes", "yes", f"GDP average growth; 全省 (the place's own whole) rightly left out. {GF}"),
    (G, "Target", 9441): ("yes", "yes", f"urbanisation rate, rise in points. {GF}"),
    (G, "Target", 9714): ("yes", "yes", f"provincial SOE total assets. {GF}"),
    (G, "Target", 10056): ("yes", "yes", f"first member of 文化及相关产业、旅游及相关产业增加值占地区生产总值比重分别超过2%、5%; the head written once is the member's. {GF}"),
    (G, "Target", 10479): ("yes", "yes", f"forest-and-grass cover rate. {GF}"),
    (G, "Target", 11141): ("yes", "yes", f"GDP growth. {GP}"),
    (G, "Target", 11268): ("no", "yes", f"the reckoning clause 同口径 is no part of a name (guideline: 剔除X因素后, 同口径增长); a careful reader writes 一般公共预算收入. {GP}"),
    (G, "Target", 11320): ("yes", "yes", f"second member of 城乡居民人均可支配收入分别增长5%、6.5%: members of 城乡居民… take the series' name (农村常住居民…). {GP}"),
    (G, "Target", 12414): ("yes", "yes", f"新增 kept before the things. {GP}"),
    (G, "Target", 12426): ("yes", "yes", f"list member without its own verb shares 新增 of the first member (新增省级创新平台30个、专精特新中小企业100户). {GP}"),
    (G, "Target", 16072): ("yes", "yes", f"新建 kept before the things. {GP}"),
    (G, "Target", 17725): ("yes", "yes", f"value 300, the second member; 改造建设 (built and treated) dropped as 新建改造X → X数量. {GP} (为民实事 list)"),
    (G, "Target", 17764): ("yes", "yes", f"people counted with what they reach (到基层就业) before them; 支持 dropped. {GP} (为民实事)"),
    (G, "Target", 17785): ("yes", "yes", f"urban new jobs. {GP} (为民实事)"),
    (G, "Target", 17946): ("yes", "yes", f"borderline: 改造建设 is built-and-treated, which the guideline names X数量 (as the tool does for 村级互助幸福院 at 17725); 建设数量 counts the same 20 centres. {GP} (为民实事)"),
    (G, "Target", 17982): ("yes", "yes", f"建设 of projects dropped. {GP} (为民实事)"),
    (G, "Target", 18040): ("yes", "yes", f"实施 dropped. {GP} (为民实事)"),
    # ---------------- henan targets ----------------
    (H, "Target", 4676): ("yes", "yes", f"grain production capacity. {HF}"),
    (H, "Target", 4859): ("yes", "yes", f"urban new jobs over the plan. {HF}"),
    (H, "Target", 5759): ("yes", "yes", f"general budget revenue growth. {HP} (主要预期目标)"),
    (H, "Target", 6237): ("no", "yes", f"加快南阳等4个X建设: a making act closing the clause of things named after their number stays (推进N个X建设 → X建设数量, names34; cities are not projects, so the 建设-of-projects exception does not apply); a careful reader writes 国家现代流通战略支点城市建设数量; the tool's name is the stock of pivot cities. {HP} (一)"),
    (H, "Target", 6921): ("yes", "yes", f"实施1000个以上省重点项目，年度完成投资1万亿元: the group named before owns the investment; 完成 dropped. {HP} (二)"),
    (H, "Target", 7614): ("yes", "yes", f"stock reached (达到). {HP} (三)"),
    (H, "Target", 7862): ("yes", "yes", f"新培育 kept before the things. {HP} (三)"),
    (H, "Target", 8047): ("yes", "yes", f"建设 of parks (not projects) kept after the thing. {HP} (三)"),
    (H, "Target", 8168): ("yes", "yes", f"one count said of a two-member list is their sum, one entry; 实施 and the field scope dropped. {HP} (三)"),
    (H, "Target", 8246): ("yes", "yes", f"technology contract turnover. {HP} (三)"),
    (H, "Target", 8423, "粮食产能提升重点县和豫东平原数量"): ("no", "yes", f"value 66 counts the 粮食产能提升重点县 only; 豫东平原 is the other member, not counted; a careful reader writes 整区域工程化建设高标准农田项目的粮食产能提升重点县数量 (or 粮食产能提升重点县数量). {HP} (四)"),
    (H, "Target", 8423, "粮食产能提升重点县和豫东平原面积"): ("no", "yes", f"value 200万亩 is the area of the 豫东平原 whole-area high-standard farmland project, not an area of counties and plain; a careful reader writes 豫东平原整区域工程化建设高标准农田面积. {HP} (四)"),
    (H, "Target", 8461): ("yes", "yes", f"新建改造高标准农田 area keeps the plain name (guideline). {HP} (四)"),
    (H, "Target", 10193): ("yes", "yes", f"新增 kept. {HP} (六)"),
    (H, "Target", 11291): ("yes", "yes", f"实施 dropped. {HP} (八)"),
    (H, "Target", 11351): ("yes", "yes", f"装机 as written, no 容量 added. {HP} (八)"),
    (H, "Target", 11540): ("yes", "yes", f"人次 closes the name; 完成 dropped. {HP} (九)"),
    # ---------------- hailaer targets ----------------
    (L, "Target", 3508): ("yes", "yes", f"GDP growth. {LP} (主要预期目标)"),
    (L, "Target", 3527): ("yes", "yes", f"borderline: the text writes 公共财政预算收入, the older name of the same revenue; the tool writes the current name. {LP} (主要预期目标)"),
    (L, "Target", 4219): ("no", "yes", f"a part of the figure before (重点项目105个，其中…农业类21个) is counted as that figure is; a careful reader writes 农业类重点项目数量; 农业类数量 names no thing. {LP} (一)"),
    (L, "Target", 4260): ("no", "yes", f"计划/完成 are no part of a name, and the group counted just before (重点项目105个, 项目总投资…) owns it: a careful reader writes 重点项目投资 (年度). {LP} (一)"),
    (L, "Target", 4956): ("yes", "yes", f"borderline: the scope 主城区 written before the firms is dropped; 退城 already says they leave the city, so the same 21 firms. {LP} (二)"),
    (L, "Target", 5043): ("no", "yes", f"亘富 is a firm name, not a measure; 200万吨 is the capacity of 亘富褐煤提质一期 (if a figure at all): a careful reader writes 亘富褐煤提质一期产能. {LP} (二)"),
    (L, "Target", 5237): ("yes", "yes", f"新建 kept. {LP} (二)"),
    (L, "Target", 5496): ("no", "yes", f"the one-clause headline 新城区建设要全面加快。 is the topic of the next sentence and owns its counts (names80): a careful reader writes 新城区绿化面积; bare 绿化面积 reads as the district's. {LP} (三)"),
    (L, "Target", 5651): ("yes", "yes", f"size of the named building-materials city to be completed. {LP} (三)"),
    (L, "Target", 5739): ("no", "yes", f"owner missing: under the headline 旧城区面貌要明显改善。 the work is the 伊敏河/旧城区 landscape renovation; a careful reader writes 旧城区景观改造面积 (names80). {LP} (三)"),
    (L, "Target", 5903): ("no", "yes", f"a project's own investment is X工程投资: a careful reader writes 污泥处置工程投资; 年内 (from 年内完工) is a date word and makes it an in-year investment. {LP} (三)"),
    (L, "Target", 6249): ("no", "yes", f"the act that defines the count is dropped: a careful reader writes 安置农民户数 (奋斗镇新镇区); 农民户数 is the stock. {LP} (三)"),
    (L, "Target", 6378): ("no", "yes", f"stray words (对, 现有) and the thing and act missing: a careful reader writes 老城区棚户区调查摸底面积. {LP} (三)"),
    (L, "Target", 7309): ("yes", "yes", f"registered urban unemployment rate. {LP} (六)"),
    (L, "Target", 7598): ("no", "yes", f"二期面积 names no thing: a careful reader writes 二期供热改造任务面积 (拆炉并网 phase 2; task the number follows). {LP} (六)"),
    (L, "Target", 7660): ("no", "yes", f"the work is missing: places counted where a work goes take it, 村 closing with 数: a careful reader writes 饮水安全工程村数. {LP} (六)"),
    (L, "Target", 7675): ("no", "yes", f"77 counts 老旧小区 whose part (排污管网) is worked on: named by the part before them (as 既有建筑节能改造老旧小区数量): a careful reader writes 排污管网老旧小区数量; the tool counts networks. {LP} (六)"),
    # ---------------- gansu outcomes ----------------
    (G, "Outcome", 481): ("yes", "yes", f"GDP level at the end of the five years. {GR}"),
    (G, "Outcome", 526): ("yes", "yes", f"five-year GDP growth against 十三五末, named as its measure. {GR}"),
    (G, "Outcome", 840): ("no", "yes", f"新探明 defines the count (newly proven deposits), a 新+verb kept before the things: a careful reader writes 新探明大中型矿产地数量; the tool's is the stock. {GR}"),
    (G, "Outcome", 971): ("no", "yes", f"the driver is the thing the clause before names, less its acts and how it goes: a careful reader writes 陇原绿电受益省份数量; the tool keeps the predicate 通达大江南北. {GR}"),
    (G, "Outcome", 1498): ("yes", "yes", f"borderline: 每年…10件 is a per-year count; 每年/办成 dropped as period word and act. {GR}"),
    (G, "Outcome", 2741): ("yes", "yes", f"borderline: part of the figure before (新增铁路运营里程…其中高铁) counted as it is: 新增高铁运营里程; 运营 dropped. {GR}"),
    (G, "Outcome", 2749): ("yes", "yes", f"新增 kept; roads → 里程. {GR}"),
    (G, "Outcome", 2777): ("yes", "yes", f"list member shares 新增 of the first member. {GR}"),
    (G, "Outcome", 2907): ("yes", "yes", f"stock reached (达). {GR}"),
    (G, "Outcome", 3149): ("yes", "yes", f"borderline: follows 农村自来水普及率 in the next clause; a reader may add 农村. {GR}"),
    (G, "Outcome", 3561): ("yes", "yes", f"grain output. {GR}"),
    (G, "Outcome", 3847): ("no", "yes", f"实施 is no part of a name and the programme owns it (天津、山东对口协作…累计投入财政援助资金…、实施项目): a careful reader writes 对口协作项目数量; 实施项目数量 names no owner. {GR}"),
    (G, "Outcome", 4373): ("yes", "yes", f"firms served by 包抓联. {GR}"),
    (G, "Outcome", 4642): ("no", "yes", f"the thing is dropped: a careful reader writes 快递业务量 (start value no part). {GR}"),
    (G, "Outcome", 4867): ("yes", "yes", f"increase of a water volume (kind change); the plain name is what a reader writes. {GR}"),
    (G, "Outcome", 5789): ("yes", "yes", f"加快建设 of works (projects) is dropped. {GR}"),
    (G, "Outcome", 5882): ("yes", "yes", f"a rate per thousand people keeps the age bound. {GR}"),
    # ---------------- henan outcomes ----------------
    (H, "Outcome", 413): ("yes", "yes", f"market entities counted in 户. {HR5}"),
    (H, "Outcome", 731): ("yes", "yes", f"stock. {HR5}"),
    (H, "Outcome", 769): ("yes", "yes", f"stock. {HR5}"),
    (H, "Outcome", 784): ("yes", "yes", f"stock. {HR5}"),
    (H, "Outcome", 865): ("yes", "yes", f"borderline: a treating act stands after the thing (沟渠开挖疏浚长度); same length. {HR5}"),
    (H, "Outcome", 927): ("yes", "yes", f"新增 kept. {HR5}"),
    (H, "Outcome", 1047): ("yes", "yes", f"average growth of farmers' income in poverty-lifted areas. {HR5}"),
    (H, "Outcome", 1408): ("yes", "yes", f"length of a greenway-like corridor (长度); 全线贯通 of a thing built keeps the plain name. {HR5}"),
    (H, "Outcome", 1461): ("yes", "yes", f"afforestation area. {HR5}"),
    (H, "Outcome", 1471): ("yes", "yes", f"stock of titled zones. {HR5}"),
    (H, "Outcome", 1596): ("yes", "yes", f"average growth of per-capita disposable income. {HR5}"),
    (H, "Outcome", 1645): ("no", "yes", f"the predicate 深入推进 is kept and the counted universities are not the head: a careful reader writes “双一流”创建高校数量. {HR5}"),
    (H, "Outcome", 2001): ("yes", "yes", f"GDP growth of 2025. {HR1}"),
    (H, "Outcome", 2054): ("yes", "yes", f"borderline: the text writes 进出口总值, the tool 进出口总额: same trade total. {HR1}"),
    (H, "Outcome", 2067): ("yes", "yes", f"grain output 2025. {HR1}"),
    (H, "Outcome", 2940): ("yes", "no", f"name right; the figure sits in (四) of the 2025 part (after 刚刚过去的2025年, no 五年 word): period 2025, not 2021–2025. {HR1}"),
    (H, "Outcome", 2965): ("yes", "no", f"name right (全省 left out); in (四) of the 2025 part, with 增长6% of the year: period 2025, not 2021–2025. {HR1}"),
    # ---------------- hailaer outcomes ----------------
    (L, "Outcome", 405): ("yes", "yes", f"borderline: growth of 公共财政预算收入 (older name), tool writes 一般公共预算收入. {LR} (一)"),
    (L, "Outcome", 474): ("yes", "yes", f"farmers' per-capita net income. {LR} (一)"),
    (L, "Outcome", 902): ("yes", "yes", f"tourism revenue. {LR} (二)"),
    (L, "Outcome", 931): ("yes", "yes", f"above-size industrial output. {LR} (二)"),
    (L, "Outcome", 1107): ("yes", "yes", f"vegetable output. {LR} (二)"),
    (L, "Outcome", 1436): ("yes", "yes", f"关停 after the thing. {LR} (三)"),
    (L, "Outcome", 1487): ("yes", "yes", f"borderline: the money pays for a list of works (供水、供热、燃气管网铺设及电缆线路改造工程) that no one short name covers, so bare 投资 is allowed; a reader might write 中心城区管网铺设及电缆线路改造工程投资. {LR} (三)"),
    (L, "Outcome", 1542): ("yes", "yes", f"改造 after the thing. {LR} (三)"),
    (L, "Outcome", 1568): ("yes", "yes", f"建成通车 stays as 建成运营 does. {LR} (三)"),
    (L, "Outcome", 1790): ("yes", "yes", f"registered urban unemployment rate. {LR} (四)"),
    (L, "Outcome", 1821): ("no", "yes", f"bare 人数: a careful reader writes 农村常住人口养老保险参保人数. {LR} (四)"),
    (L, "Outcome", 2060): ("no", "yes", f"17.2公里 is the length of 村巷硬化 in 5 villages: a careful reader writes 村巷硬化里程 (or 长度); 行政村长度 measures nothing. {LR} (四)"),
    (L, "Outcome", 2135): ("yes", "yes", f"task the number follows is the task's (完成X任务N户 → X任务户数). {LR} (四)"),
    (L, "Outcome", 2162): ("yes", "yes", f"实施 dropped. {LR} (四)"),
    (L, "Outcome", 2184): ("no", "yes", f"another work: a careful reader writes “一户一阀”改造面积; the tool gives the previous figure's name. {LR} (四)"),
    (L, "Outcome", 2233): ("yes", "yes", f"发放 dropped, named by what is given (a reader may add 困难家庭). {LR} (四)"),
    (L, "Outcome", 2266): ("yes", "yes", f"subsidy for college students of 低保 families. {LR} (四)"),
}


def verdict(report, kind, start, indicator):
    hits = [val for key, val in V.items()
            if key[:3] == (report, kind, start) and (len(key) == 3 or key[3] == indicator)]
    if len(hits) != 1:
        raise KeyError((report, kind, start, indicator))
    return hits[0]


def main(targets, outcomes):
    if os.path.exists(OUT):
        sys.exit(f"{OUT} exists; refusing to overwrite")
    rows = []
    for kind, path in (("Target", targets), ("Outcome", outcomes)):
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                s = int(r["start"])
                ok, pok, note = verdict(r["report"], kind, s, r["indicator"])
                rows.append({"report": r["report"], "kind": kind, "start": s, "quote": r["quote"],
                             "indicator": r["indicator"], "period": r["period"],
                             "indicator_ok": ok, "period_ok": pok, "note": note})
    with open(OUT, "x", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["report", "kind", "start", "quote", "indicator", "period",
                                          "indicator_ok", "period_ok", "note"])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
