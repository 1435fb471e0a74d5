"""Fortieth check (held out: shaanxi-2026, gansu-2026, hailaer-2019): hand verdicts on the names and periods
the tool frozen at c7e1a5b gives to a fixed-seed sample of figures (docs/checks/README.md, "Fortieth check").

    python docs/checks/indicator-check-2027n-verdicts.py sample-targets.csv sample-outcomes.csv > docs/checks/indicator-check-2027n.csv

The two inputs are the outputs of scripts/sample_figures.py --per-report 17 --seed 33041 on the targets and outcomes
tables; every verdict below is keyed by (report, start) and checked against the sampled quote.
Verdicts were judged from the report text (policykg.read.read_report) and docs/annotation-guideline.md only.
"""
import csv
import sys

G15 = "十四五 review (“五年来”), 2021–2025"
G25 = "2025 review (“刚刚过去的2025年”), 2025"
G55 = "十五五 goals, 2026–2030"
G26 = "2026 work, 2026"
S25 = "2025 review (“一年来”/“过去一年”), 2025"
S15 = "five-year review (“五年来”), 2021–2025"
S26 = "2026 work, 2026"
H18 = "2018 review, 2018"
H19 = "2019 plan, 2019"

# (report, start, quote prefix) -> (indicator_ok, period_ok, note)
TARGETS = {
    ("gansusheng-2026", 9332): ("yes", "yes", f"GDP 年均 growth of the five-year goals; {G55}"),
    ("gansusheng-2026", 10090): ("yes", "yes", f"second member of a 分别 list, its own name; {G55}"),
    ("gansusheng-2026", 10212): ("yes", "yes", f"as written; {G55}"),
    ("gansusheng-2026", 10250): ("yes", "yes", f"as written; {G55}"),
    ("gansusheng-2026", 10267): ("yes", "yes", f"as written; {G55}"),
    ("gansusheng-2026", 11141): ("yes", "yes", f"year's main target; {G26}"),
    ("gansusheng-2026", 11192): ("yes", "yes", f"三产 written out as 第三产业, same thing; {G26}"),
    ("gansusheng-2026", 11206): ("yes", "yes", f"as written; {G26}"),
    ("gansusheng-2026", 11237): ("yes", "yes", f"as written; {G26}"),
    ("gansusheng-2026", 11356): ("yes", "yes", f"as written; {G26}"),
    ("gansusheng-2026", 12414): ("yes", "yes", f"新增 kept; {G26}"),
    ("gansusheng-2026", 12426): ("yes", "yes", f"list member shares 新增 of the member before; {G26}"),
    ("gansusheng-2026", 13647): ("no", "yes", f"原煤、原油、天然气产量分别: 1280万吨 is 原油产量, not a merged 原油气产量; {G26}"),
    ("gansusheng-2026", 14960): ("no", "yes", f"owner dropped: the output of the “牛羊菜果薯药粮种”八大产业集群 named in the clause before "
                                              f"(八大产业集群全产业链产值); {G26}"),
    ("gansusheng-2026", 15027): ("yes", "yes", f"新建 kept; {G26}"),
    ("gansusheng-2026", 17764): ("yes", "yes", f"people counted with what they do (到基层就业), sentence verb 支持 dropped; {G26}"),
    ("gansusheng-2026", 17886): ("no", "yes", f"borderline: subsidy per 困难家庭子女 admitted (录取到) to a 专科 college; the name reads as a grant "
                                              f"to the colleges, stray 的, owner lost; {G26}"),
    ("hailaerqu-2019", 4673): ("yes", "yes", f"year's main target; {H19}"),
    ("hailaerqu-2019", 4707): ("yes", "yes", f"城乡常住居民…分别 member takes 城镇常住居民; {H19}"),
    ("hailaerqu-2019", 4727): ("yes", "yes", f"second member 农村常住居民; {H19}"),
    ("hailaerqu-2019", 4732): ("yes", "yes", f"as written; {H19}"),
    ("hailaerqu-2019", 5292): ("no", "yes", f"“度” is a stray fragment of 2019年度; the figure is the 政府隐性债务化解 amount; {H19}"),
    ("hailaerqu-2019", 5957): ("yes", "yes", f"as written; {H19}"),
    ("hailaerqu-2019", 5973): ("yes", "yes", f"as written; {H19}"),
    ("hailaerqu-2019", 6575): ("yes", "yes", f"完成N户的改造任务 after 棚户区改造 → 棚户区改造户数; {H19}"),
    ("hailaerqu-2019", 6591): ("no", "yes", f"counts 棚改区域 whose 道路、供水、污水 配套基础设施项目 are pushed; bare 棚改区域数量 reads as the stock; {H19}"),
    ("hailaerqu-2019", 6693): ("no", "yes", f"act 启用 defines the count (智慧应用启用数量), dropped; {H19}"),
    ("hailaerqu-2019", 6931): ("no", "yes", f"计划 is no part of a name and the owner is the headline topic 城市基础设施 (城市基础设施投资); {H19}"),
    ("hailaerqu-2019", 7017): ("yes", "yes", f"新建 kept; {H19}"),
    ("hailaerqu-2019", 7030): ("no", "yes", f"2座 counts only 压缩式生活垃圾转运站; “以及停车场” is the next list member, stray in the name; {H19}"),
    ("hailaerqu-2019", 7190): ("yes", "yes", f"建设 of projects dropped as the guideline says; 年度重点项目 is the text's term; {H19}"),
    ("hailaerqu-2019", 7377): ("no", "yes", f"owner missing: the year's investment of the 重点项目 the sentence names (重点项目投资), not a bare "
                                            f"“年度投资计划”; {H19}"),
    ("hailaerqu-2019", 10310): ("no", "yes", f"not a figure: 8座以下 bounds which cars qualify under a policy; name is a fragment of the sentence; {H19}"),
    ("shaanxisheng-2026", 8276): ("yes", "yes", f"year's main target; {S26}"),
    ("shaanxisheng-2026", 8472): ("yes", "yes", f"group's investment named after 省级重点项目 counted just before; {S26}"),
    ("shaanxisheng-2026", 8513): ("yes", "yes", f"as written; {S26}"),
    ("shaanxisheng-2026", 8918): ("yes", "yes", f"新增 and 限额以上 kept; {S26}"),
    ("shaanxisheng-2026", 9304): ("yes", "yes", f"as written (全省 scope implicit); {S26}"),
    ("shaanxisheng-2026", 9376): ("yes", "yes", f"新建 kept; {S26}"),
    ("shaanxisheng-2026", 9484): ("yes", "yes", f"新增 kept; {S26}"),
    ("shaanxisheng-2026", 9506): ("yes", "yes", f"borderline: shares 新增; 国家级 of the first member not carried (the guideline bounds lists only "
                                                f"by place or size class); {S26}"),
    ("shaanxisheng-2026", 9515): ("no", "yes", f"one growth said of a 、 list of whole indicators: 高新技术企业数量 and 科技型中小企业数量 each, "
                                                f"not one joined name; {S26}"),
    ("shaanxisheng-2026", 9999): ("no", "yes", f"borderline: 组建 makes the teams counted this year (“科学家+工程师”团队组建数量); dropped; {S26}"),
    ("shaanxisheng-2026", 10260): ("yes", "yes", f"as written; {S26}"),
    ("shaanxisheng-2026", 10315): ("no", "yes", f"clause closes on 建成试运转, the act defining the count (煤矿建成试运转数量); bare stock name; {S26}"),
    ("shaanxisheng-2026", 10429): ("yes", "yes", f"power capacity of units with their act: 机组建成投运规模; {S26}"),
    ("shaanxisheng-2026", 10629): ("yes", "yes", f"as written; {S26}"),
    ("shaanxisheng-2026", 10920): ("yes", "yes", f"as written; {S26}"),
    ("shaanxisheng-2026", 12974): ("yes", "yes", f"新创建 kept; {S26}"),
    ("shaanxisheng-2026", 13809): ("yes", "yes", f"borderline: the fund's size named by the fund (规模 not written); {S26}"),
}

OUTCOMES = {
    ("gansusheng-2026", 534): ("no", "no", f"counts quarters in which 经济增速 beat the national average; the thing 经济增速 is lost; text says "
                                          f"2022年以来 (2022–2025), not 2021; {G15}"),
    ("gansusheng-2026", 1297): ("no", "yes", f"borderline: the defining act is 获批建设 (approved), name keeps only 建设; {G15}"),
    ("gansusheng-2026", 2165): ("no", "yes", f"“三化” dropped from “三化”改造项目, the kind of project counted; {G15}"),
    ("gansusheng-2026", 2394): ("yes", "yes", f"新增 kept; {G15}"),
    ("gansusheng-2026", 2408): ("yes", "yes", f"list member shares 新增; {G15}"),
    ("gansusheng-2026", 2520): ("yes", "yes", f"things named with what they reached (实现国产化替代); {G15}"),
    ("gansusheng-2026", 2777): ("yes", "yes", f"list member shares 新增 of 新增高速公路; road length 里程; {G15}"),
    ("gansusheng-2026", 3561): ("yes", "yes", f"level reached, as written; {G15}"),
    ("gansusheng-2026", 3890): ("no", "yes", f"bare 企业数量: the firms counted are those 参与“万企兴万村”甘肃行动; {G15}"),
    ("gansusheng-2026", 5209): ("yes", "yes", f"建成 after the thing; {G15}"),
    ("gansusheng-2026", 5220): ("yes", "yes", f"治理 after the thing, as the guideline's own example; {G15}"),
    ("gansusheng-2026", 5442): ("yes", "yes", f"as written; {G15}"),
    ("gansusheng-2026", 5700): ("no", "yes", f"sentence predicate 进展顺利 kept in the name; {G15}"),
    ("gansusheng-2026", 5958): ("yes", "yes", f"list member shares 改造; {G15}"),
    ("gansusheng-2026", 6122): ("yes", "yes", f"新增 kept, member names dropped; {G15}"),
    ("gansusheng-2026", 7464): ("yes", "yes", f"group's investment, 完成 dropped; {G25}"),
    ("gansusheng-2026", 7676): ("no", "yes", f"完成 kept; it says how far the money went, no part of a name (省属企业产业类投资); {G25}"),
    ("hailaerqu-2019", 423): ("yes", "yes", f"as written; {H18}"),
    ("hailaerqu-2019", 719): ("yes", "yes", f"349人 of the 其中 part: 稳定脱贫人数; {H18}"),
    ("hailaerqu-2019", 1151): ("yes", "yes", f"money followed by the one work it pays for; {H18}"),
    ("hailaerqu-2019", 1222): ("no", "yes", f"clause closes on 投入使用, the act defining the count; bare stock name; {H18}"),
    ("hailaerqu-2019", 1370): ("yes", "yes", f"borderline: 完成 (completed) could be kept as the act, but 完成 is a task word the guideline drops; {H18}"),
    ("hailaerqu-2019", 1561): ("yes", "yes", f"borderline: act 开工 kept, before the thing rather than after (项目开工数量), same meaning; {H18}"),
    ("hailaerqu-2019", 2044): ("yes", "yes", f"as written; {H18}"),
    ("hailaerqu-2019", 2240): ("no", "yes", f"borderline: counts powers 入驻 the 政务服务大厅; act and owner dropped; {H18}"),
    ("hailaerqu-2019", 2448): ("yes", "yes", f"borderline: unit 架次 would close the name (…架次), 数量 counts the same flights; {H18}"),
    ("hailaerqu-2019", 2552): ("no", "yes", f"owner lost: exhibitors of the 第十四届中俄蒙经贸洽谈暨商品展销会 opening the sentence; {H18}"),
    ("hailaerqu-2019", 2752): ("no", "yes", f"adverb 依法 and verb 追讨 kept in front, no measure (农民工工资追讨金额); {H18}"),
    ("hailaerqu-2019", 2795): ("yes", "yes", f"改造 after the thing, 户 → 户数; {H18}"),
    ("hailaerqu-2019", 2826): ("no", "yes", f"count of 15 centres: act 改扩建 dropped (社区党群服务中心改扩建数量); {H18}"),
    ("hailaerqu-2019", 2986): ("yes", "yes", f"完成 dropped; {H18}"),
    ("hailaerqu-2019", 3018): ("no", "yes", f"bare 投资: money for the one work that follows (为全部学校配置教学触控一体机); {H18}"),
    ("hailaerqu-2019", 3543): ("no", "yes", f"均 gives 区人大代表建议 and 政协委员提案 an entry each; one joined name; {H18}"),
    ("hailaerqu-2019", 3743): ("yes", "yes", f"办件 of 政务服务, as written; {H18}"),
    ("shaanxisheng-2026", 1400): ("no", "yes", f"“首期” is a fragment; the figure is the first tranche of the 省级科技创新母基金; {S25}"),
    ("shaanxisheng-2026", 1650): ("yes", "yes", f"borderline: counts chains whose 产值 grew by two digits; right words, order off "
                                                 f"(产值两位数增长产业链数量); {S25}"),
    ("shaanxisheng-2026", 1787): ("yes", "yes", f"as written; {S25}"),
    ("shaanxisheng-2026", 2006): ("yes", "yes", f"as written; {S25}"),
    ("shaanxisheng-2026", 2442): ("yes", "yes", f"建成 after the thing; {S25}"),
    ("shaanxisheng-2026", 2525): ("yes", "yes", f"count said once of a list is their sum; 帮助 dropped; {S25}"),
    ("shaanxisheng-2026", 2574): ("yes", "yes", f"新建 kept; {S25}"),
    ("shaanxisheng-2026", 3032): ("yes", "yes", f"as written, area; {S25}"),
    ("shaanxisheng-2026", 3218): ("no", "yes", f"borderline: 累计创建国家级… list: 累计 and 国家级 dropped, so a cumulative stock reads as the "
                                                f"year's flow; period: the text gives 累计 with no start, the section 2025; {S25}"),
    ("shaanxisheng-2026", 3280): ("yes", "yes", f"as written; {S25}"),
    ("shaanxisheng-2026", 3319): ("no", "yes", f"scope wrong: Shaanxi's 参与 trading on the national market, the name reads as the national "
                                                f"market's total; {S25}"),
    ("shaanxisheng-2026", 3517): ("yes", "yes", f"number reorganised to (123) → X数量, as the guideline says; {S25}"),
    ("shaanxisheng-2026", 3850): ("no", "yes", f"分别 list: 10% is 实际使用内资, not the joined 内外资; {S25}"),
    ("shaanxisheng-2026", 4474): ("yes", "yes", f"acts of rules after the thing; {S25}"),
    ("shaanxisheng-2026", 4953): ("yes", "yes", f"level reached at the period's end, as written; {S15}"),
    ("shaanxisheng-2026", 5063): ("yes", "yes", f"second member of 分别 list, growth over the five years; {S15}"),
    ("shaanxisheng-2026", 5157): ("yes", "yes", f"first member of a two-value respective list (no 分别 written), 年均; {S15}"),
}


def main() -> int:
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["report", "kind", "start", "quote", "indicator", "period", "indicator_ok", "period_ok", "note"])
    for path, kind, verdicts in ((sys.argv[1], "Target", TARGETS), (sys.argv[2], "Outcome", OUTCOMES)):
        rows = list(csv.DictReader(open(path, encoding="utf-8")))
        seen = set()
        for r in rows:
            key = (r["report"], int(r["start"]))
            assert key in verdicts, key
            assert key not in seen, key
            seen.add(key)
            ind_ok, per_ok, note = verdicts[key]
            out.writerow([r["report"], kind, r["start"], r["quote"], r["indicator"], r["period"], ind_ok, per_ok, note])
        assert seen == set(verdicts), set(verdicts) - seen
    return 0


if __name__ == "__main__":
    sys.exit(main())
