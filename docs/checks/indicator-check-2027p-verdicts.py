"""Verdicts of the forty-second indicator check (held out: gansu-2026, xizang-2026, hailaer-2019).

Judged by hand from the report text (policykg.read.read_report) and docs/annotation-guideline.md, on the
fixed-seed sample of the tool frozen at 0ae9762 (scripts/sample_figures.py --per-report 17 --seed 33046).
Run once: it writes docs/checks/indicator-check-2027p.csv and prints its sha256.

    python docs/checks/indicator-check-2027p-verdicts.py /tmp/check-f42/sample-targets.txt /tmp/check-f42/sample-outcomes.txt
"""
import csv
import hashlib
import sys
from pathlib import Path

G15 = "section “十五五”时期的主要目标任务, 2026–2030"
G26 = "section 2026年重点工作, 2026"
G14 = "section “十四五”时期工作回顾 (五年来), 2021–2025"
G25 = "section “十四五”时期工作回顾, paragraph 刚刚过去的2025年, 2025"
H19 = "section 二、2019年工作安排, 2019"
H18 = "section 一、2018年工作回顾, 2018"
X26 = "section 三、2026年重点工作, 2026"
X25 = "section 一、2025年和“十四五”时期工作回顾, 一年来 (2025), 2025"
X14 = "section 一、2025年和“十四五”时期工作回顾, 这五年/过去五年, 2021–2025"

# (kind, report, start): (indicator_ok, period_ok, note)
V = {
    # ---------------- Targets: gansu-2026
    ("Target", "gansusheng-2026", 9332): ("yes", "yes", f"GDP, 年均 growth; {G15}"),
    ("Target", "gansusheng-2026", 9383): ("yes", "yes", f"打造 dropped as the guideline says (not 实施/打造); {G15}"),
    ("Target", "gansusheng-2026", 9441): ("yes", "yes", f"rise in points named by the rate; {G15}"),
    ("Target", "gansusheng-2026", 9731): ("no", "yes", f"owner lost: 工业总产值 follows 省属企业资产总额达到2.7万亿元 (bare measure after a figure of a thing is that thing's, names94) → 省属企业工业总产值; {G15}"),
    ("Target", "gansusheng-2026", 10162): ("yes", "yes", f"borderline: 全体 dropped, same NBS series (居民人均可支配收入); {G15}"),
    ("Target", "gansusheng-2026", 11180): ("yes", "yes", f"二产 spelt out; {G26} (主要预期目标)"),
    ("Target", "gansusheng-2026", 11327): ("yes", "yes", f"{G26} (主要预期目标)"),
    ("Target", "gansusheng-2026", 12207): ("yes", "yes", f"list member shares 改造 of 改造城镇老旧小区…、市政管网…、供热设施4000台; {G26}"),
    ("Target", "gansusheng-2026", 12414): ("yes", "yes", f"新增 kept; {G26}"),
    ("Target", "gansusheng-2026", 12831): ("yes", "yes", f"新入规 kept, firms …数量; {G26}"),
    ("Target", "gansusheng-2026", 12861): ("yes", "yes", f"mining rights to be transferred at provincial level, 出让 kept as the defining flow; {G26}"),
    ("Target", "gansusheng-2026", 13254): ("no", "yes", f"owner lost: 推动庆阳数据中心集群重点项目尽快投产达效，算力规模… → 庆阳数据中心集群算力规模 (X项目投产，总产能 → X项目总产能, names49; review has 庆阳数据中心集群…算力规模达到11.4万P); {G26}"),
    ("Target", "gansusheng-2026", 13625): ("no", "yes", f"respective list kept whole: 原煤、原油、天然气产量分别达到7000万吨 → first member 原煤产量; {G26}"),
    ("Target", "gansusheng-2026", 14960): ("no", "yes", f"owner lost: 做强做优“牛羊菜果薯药粮种”八大产业集群，全产业链产值… → “牛羊菜果薯药粮种”全产业链产值 (never bare when the sentence names the thing); {G26}"),
    ("Target", "gansusheng-2026", 17201): ("no", "yes", f"defining flow 输转 dropped: the figure counts labour sent out, bare name reads as the stock → 城乡富余劳动力输转人数; {G26}"),
    ("Target", "gansusheng-2026", 17924): ("yes", "yes", f"treatment kept, 户数; {G26} (为民实事 七)"),
    ("Target", "gansusheng-2026", 18001): ("yes", "yes", f"borderline: part of 建设1000个农村“水盆子”项目，其中小型水库7座, counted as the whole (建设 of projects dropped); {G26} (为民实事 八)"),
    # ---------------- Targets: hailaer-2019
    ("Target", "hailaerqu-2019", 4673): ("yes", "yes", f"{H19} (主要预期目标)"),
    ("Target", "hailaerqu-2019", 4707): ("yes", "yes", f"城乡常住居民…分别 → 城镇常住居民… (series name); {H19}"),
    ("Target", "hailaerqu-2019", 4727): ("yes", "yes", f"second member → 农村常住居民…; {H19}"),
    ("Target", "hailaerqu-2019", 4732): ("yes", "yes", f"{H19}"),
    ("Target", "hailaerqu-2019", 5292): ("no", "yes", f"name is the stray character 度 (from 2019年度): figure is the 政府隐性债务化解 target → 政府隐性债务化解额; {H19}"),
    ("Target", "hailaerqu-2019", 5957): ("yes", "yes", f"{H19}"),
    ("Target", "hailaerqu-2019", 5973): ("yes", "yes", f"{H19}"),
    ("Target", "hailaerqu-2019", 6575): ("yes", "yes", f"继续推进棚户区改造，完成800户的改造任务: task in its work's units → 棚户区改造户数; {H19}"),
    ("Target", "hailaerqu-2019", 6591): ("no", "yes", f"counts areas getting 道路、供水、污水等配套基础设施项目, bare name is the stock of areas (N个X的Y… named by Y before X, names76); {H19}"),
    ("Target", "hailaerqu-2019", 6693): ("no", "yes", f"act 启用 dropped: 率先启用…2个智慧应用 → 智慧应用启用数量 (N个X正式启用 → X启用数量); {H19}"),
    ("Target", "hailaerqu-2019", 6931): ("no", "yes", f"计划 kept (完成/计划 no part of a name) and owner lost: 让城市基础设施更完善。全年计划投资8.6亿元，加快推进…等项目 → 城市基础设施(市政项目)投资; {H19}"),
    ("Target", "hailaerqu-2019", 7017): ("yes", "yes", f"新建 kept; {H19}"),
    ("Target", "hailaerqu-2019", 7030): ("no", "yes", f"wrong list member: 2座 are the 压缩式生活垃圾转运站, 以及停车场 is the next member → 新建压缩式生活垃圾转运站数量; {H19}"),
    ("Target", "hailaerqu-2019", 7190): ("yes", "yes", f"建设 of projects dropped; 年度 is part of the list's name, not a date; {H19}"),
    ("Target", "hailaerqu-2019", 7377): ("no", "yes", f"计划 kept and owner lost: 加快…等重点项目进度…，完成37.8亿元的年度投资计划 → 重点项目投资; {H19}"),
    ("Target", "hailaerqu-2019", 10310): ("no", "yes", f"no figure: 8座以下 is a bound naming which cars qualify (not a quantity); name is a clause fragment; {H19}"),
    # ---------------- Targets: xizang-2026
    ("Target", "tibetzizhiqu-2026", 6843): ("yes", "yes", f"{X26} (主要预期目标)"),
    ("Target", "tibetzizhiqu-2026", 6856): ("yes", "yes", f"{X26} (主要预期目标)"),
    ("Target", "tibetzizhiqu-2026", 7582): ("no", "yes", f"bare 投资 though the sentence names the group: 优化重大项目省级领导包保机制，力争完成投资2440亿元 → 重大项目投资 (review: 重点项目完成投资2125亿元); {X26}"),
    ("Target", "tibetzizhiqu-2026", 8099): ("no", "yes", f"完成 kept (X项目完成投资 → X项目投资) → 招商引资项目固定资产投资; {X26}"),
    ("Target", "tibetzizhiqu-2026", 8162): ("yes", "yes", f"{X26}"),
    ("Target", "tibetzizhiqu-2026", 8192): ("yes", "yes", f"新建和改造提升 an area: plain name (建设/新建高标准农田 → 高标准农田面积); {X26}"),
    ("Target", "tibetzizhiqu-2026", 8378): ("yes", "yes", f"installed capacity level (2025: 1300万千瓦 clean power), plain name; {X26}"),
    ("Target", "tibetzizhiqu-2026", 8904): ("yes", "yes", f"新增 kept, 规上 spelt out; {X26}"),
    ("Target", "tibetzizhiqu-2026", 8939): ("yes", "yes", f"新增 kept; {X26}"),
    ("Target", "tibetzizhiqu-2026", 9087): ("yes", "yes", f"{X26}"),
    ("Target", "tibetzizhiqu-2026", 9939): ("no", "yes", f"新开通 dropped (新+verb stays): → 新开通传统边贸点数量; bare name is the stock (稳妥运行14个 just before); {X26}"),
    ("Target", "tibetzizhiqu-2026", 10277): ("yes", "yes", f"borderline: 应届 dropped, graduate employment rate is the fresh graduates' anyway; {X26}"),
    ("Target", "tibetzizhiqu-2026", 10295): ("no", "yes", f"owner lost: 应届高校毕业生就业率…、市场就业率… → 应届高校毕业生市场就业率 (bare measure after a figure of a thing, names94); {X26}"),
    ("Target", "tibetzizhiqu-2026", 10406): ("yes", "yes", f"转移就业 kept; {X26}"),
    ("Target", "tibetzizhiqu-2026", 10518): ("no", "yes", f"borderline: 51所 counts schools whose 教学用房及附属设施 are built or extended; name counts the buildings (part named before the things, names76); {X26}"),
    ("Target", "tibetzizhiqu-2026", 10824): ("yes", "yes", f"{X26}"),
    ("Target", "tibetzizhiqu-2026", 11231): ("yes", "yes", f"treating verb after the thing; {X26}"),
    # ---------------- Outcomes: gansu-2026
    ("Outcome", "gansusheng-2026", 481): ("yes", "yes", f"level at the end of the review; {G14}"),
    ("Outcome", "gansusheng-2026", 652): ("yes", "yes", f"{G14}"),
    ("Outcome", "gansusheng-2026", 840): ("no", "yes", f"新探明 dropped: 新探明…等大中型矿产地35处 → 新探明大中型矿产地数量; bare name is the stock; {G14}"),
    ("Outcome", "gansusheng-2026", 1414): ("yes", "yes", f"borderline: 全体 dropped, same NBS series; {G14}"),
    ("Outcome", "gansusheng-2026", 2306): ("yes", "yes", f"{G14}"),
    ("Outcome", "gansusheng-2026", 3164): ("yes", "yes", f"建成 after the thing; {G14}"),
    ("Outcome", "gansusheng-2026", 3847): ("no", "yes", f"实施 kept and owner lost: 天津、山东对口协作…累计投入…、实施项目7956个 → 天津、山东对口协作项目数量 (not 实施; programme owns what follows); {G14}"),
    ("Outcome", "gansusheng-2026", 4949): ("yes", "yes", f"{G14}"),
    ("Outcome", "gansusheng-2026", 5514): ("yes", "yes", f"城乡低保平均标准分别提高…、27% → second member 农村; {G14}"),
    ("Outcome", "gansusheng-2026", 5670): ("yes", "yes", f"建成 after the thing; {G14}"),
    ("Outcome", "gansusheng-2026", 5849): ("yes", "yes", f"建成 after the thing, first list member; {G14}"),
    ("Outcome", "gansusheng-2026", 6396): ("yes", "yes", f"% change of a thing named bare → its count; {G14}"),
    ("Outcome", "gansusheng-2026", 6425): ("yes", "yes", f"third member 命案数; {G14}"),
    ("Outcome", "gansusheng-2026", 6606): ("yes", "yes", f"borderline: counts 市县 whose 隐性债务 were cleared; guideline order is 隐性债务清零市县数量 (names78), same count; {G14}"),
    ("Outcome", "gansusheng-2026", 6620): ("yes", "yes", f"borderline: treating verb after the thing right; guideline writes firms' counts …数量, not 户数; {G14}"),
    ("Outcome", "gansusheng-2026", 7431): ("yes", "yes", f"{G25}"),
    ("Outcome", "gansusheng-2026", 7805): ("no", "yes", f"defining flow 输转 dropped → 城乡富余劳动力输转人数; bare name reads as the stock; {G25}"),
    # ---------------- Outcomes: hailaer-2019
    ("Outcome", "hailaerqu-2019", 368): ("yes", "yes", f"全年地区生产总值…同比增长6.0%; {H18}"),
    ("Outcome", "hailaerqu-2019", 442): ("yes", "yes", f"{H18}"),
    ("Outcome", "hailaerqu-2019", 475): ("yes", "yes", f"second member of 城乡常住居民…分别; {H18}"),
    ("Outcome", "hailaerqu-2019", 697): ("no", "yes", f"scope and outcome lost: 建档立卡贫困户301户611人全部脱贫 → 建档立卡贫困人口脱贫人数; 贫困户人数 is neither; {H18}"),
    ("Outcome", "hailaerqu-2019", 792): ("yes", "yes", f"{H18}"),
    ("Outcome", "hailaerqu-2019", 1100): ("no", "yes", f"adverb 均 and verb phrase kept, owner lost: 16项中央环保督察反馈问题…剩余9项问题均取得突破性进展 → 取得突破性进展的中央环保督察反馈问题数量; {H18}"),
    ("Outcome", "hailaerqu-2019", 1222): ("no", "yes", f"closing act 投入使用 dropped (N个X正式启用 → X启用数量) → 生活垃圾转运站投入使用数量; {H18}"),
    ("Outcome", "hailaerqu-2019", 1247): ("no", "yes", f"stray adverb 已 in the name and scope 城区 lost → 城区主干道牌匾规范化改造数量; {H18}"),
    ("Outcome", "hailaerqu-2019", 1268): ("yes", "yes", f"borderline: 投资1.2亿元完成16个…环境综合整治、29个…管网改造、45个…地面硬化、绿化修复: a list of works no one written name covers, bare 投资 allowed (老旧小区改造投资 also defensible); {H18}"),
    ("Outcome", "hailaerqu-2019", 1291): ("yes", "yes", f"borderline: counts compounds; guideline order 供热三级管网改造老旧小区数量 (names76), same count; {H18}"),
    ("Outcome", "hailaerqu-2019", 1339): ("yes", "yes", f"project's own investment (投资N万元的X); {H18}"),
    ("Outcome", "hailaerqu-2019", 2608): ("yes", "yes", f"{H18}"),
    ("Outcome", "hailaerqu-2019", 2752): ("no", "yes", f"adverb 依法 and verb 追讨 kept: amount got named by what is got → 追讨的农民工(欠薪)工资; {H18}"),
    ("Outcome", "hailaerqu-2019", 3018): ("no", "yes", f"bare 投资 though money is followed by the one work it pays for: 投资1330万元为全部学校配置教学触控一体机 → 学校教学触控一体机配置投资; {H18}"),
    ("Outcome", "hailaerqu-2019", 3068): ("yes", "yes", f"first member of a respective list; {H18}"),
    ("Outcome", "hailaerqu-2019", 3092): ("yes", "yes", f"second member; {H18}"),
    ("Outcome", "hailaerqu-2019", 3743): ("yes", "yes", f"全年办件6109件，办结率100% → rate of the figure before; {H18}"),
    # ---------------- Outcomes: xizang-2026
    ("Outcome", "tibetzizhiqu-2026", 419): ("yes", "yes", f"{X25}"),
    ("Outcome", "tibetzizhiqu-2026", 503): ("yes", "yes", f"{X25}"),
    ("Outcome", "tibetzizhiqu-2026", 1301): ("yes", "yes", f"完成 dropped; {X25}"),
    ("Outcome", "tibetzizhiqu-2026", 1497): ("yes", "yes", f"{X25}"),
    ("Outcome", "tibetzizhiqu-2026", 1529): ("yes", "yes", f"年旅客吞吐量 is the standard term, not a date; {X25}"),
    ("Outcome", "tibetzizhiqu-2026", 1578): ("yes", "yes", f"% change of people named bare → 人次; {X25}"),
    ("Outcome", "tibetzizhiqu-2026", 1598): ("yes", "yes", f"second member; {X25}"),
    ("Outcome", "tibetzizhiqu-2026", 1752): ("yes", "yes", f"实施 dropped as the guideline says; {X25}"),
    ("Outcome", "tibetzizhiqu-2026", 1987): ("yes", "yes", f"standard reached named before the things (names78); {X25}"),
    ("Outcome", "tibetzizhiqu-2026", 2323): ("yes", "yes", f"入选 a list named before the things (names46); {X25}"),
    ("Outcome", "tibetzizhiqu-2026", 2356): ("no", "yes", f"verb 办好 kept, no measure: money followed by the work it pays for → “28+10”项民生实事投入 (number of the work left out); {X25}"),
    ("Outcome", "tibetzizhiqu-2026", 2754): ("yes", "yes", f"borderline: compound 修复治理 cut to 治理 (guideline keeps a compound whole), same area; {X25}"),
    ("Outcome", "tibetzizhiqu-2026", 2768): ("yes", "yes", f"{X25}"),
    ("Outcome", "tibetzizhiqu-2026", 3745): ("yes", "yes", f"全区地方财政收入、支出分别突破… → 地方财政支出; {X14}"),
    ("Outcome", "tibetzizhiqu-2026", 4525): ("yes", "yes", f"borderline: acts of rules kept but before the thing with 、 (guideline: 政府规章修订制定数量), same count; {X14}"),
    ("Outcome", "tibetzizhiqu-2026", 4538): ("yes", "yes", f"办理 dropped as the guideline says; {X14}"),
    ("Outcome", "tibetzizhiqu-2026", 4552): ("yes", "yes", f"list member shares 办理, dropped; {X14}"),
}


def main(targets: str, outcomes: str) -> None:
    out = Path(__file__).resolve().parent / "indicator-check-2027p.csv"
    if out.exists():
        sys.exit(f"{out} exists: it is written once")
    rows, seen = [], set()
    for kind, path in (("Target", targets), ("Outcome", outcomes)):
        for r in csv.DictReader(open(path, encoding="utf-8")):
            key = (kind, r["report"], int(r["start"]))
            ind, per, note = V[key]
            seen.add(key)
            rows.append([r["report"], kind, r["start"], r["quote"], r["indicator"], r["period"], ind, per, note])
    missing = set(V) - seen
    assert not missing, missing
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["report", "kind", "start", "quote", "indicator", "period", "indicator_ok", "period_ok", "note"])
        w.writerows(rows)
    print(len(rows), "rows;", hashlib.sha256(out.read_bytes()).hexdigest(), out.name)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
