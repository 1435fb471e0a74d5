"""Blind hand check check-f48: verdicts on the indicator names and periods of sampled figures.

Tool frozen at 1ec5afc9; held-out reports zhejiang-2026, gansu-2026, hailaer-2012 (docs/checks/README.md,
"Forty-eighth check"). Reads the two sample files drawn by scripts/sample_figures.py (--per-report 17 --seed 33062)
and writes docs/checks/indicator-check-2027v.csv with the verdicts below; refuses to overwrite.

    python docs/checks/check-f48-verdicts.py /tmp/check-check-f48/sample-targets.txt \
        /tmp/check-check-f48/sample-outcomes.txt
"""
import csv
import os
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "indicator-check-2027v.csv")

# sections and their periods
G15 = "section “十五五”时期的主要目标任务: 2026–2030"
G26 = "section 2026年重点工作: 2026"
G14 = "section “十四五”时期工作回顾, five-year part (五年来主要做了以下工作): 2021–2025"
G25 = "section “十四五”时期工作回顾, paragraph 刚刚过去的2025年: 2025"
H12 = "section 二、2012年政府工作总体要求和目标任务: 2012"
H11 = "section 一、过去一年工作回顾: 2011"
Z15 = "section 二、“十五五”时期的主要目标任务: 2026–2030"
Z26 = "section 三、2026年重点工作: 2026"
Z25 = "section 一、2025年主要工作和“十四五”发展成就, 2025 part: 2025"
Z14 = "section 一、2025年主要工作和“十四五”发展成就, “十四五”的五年 part: 2021–2025"

# (kind, report, start, tool indicator) -> (indicator_ok, period_ok, note)
V = {
    # ---- Targets: gansu ----
    ("Target", "gansusheng-2026", 10162, "全体居民人均可支配收入"): ("yes", "yes", f"the income series as written; {G15}"),
    ("Target", "gansusheng-2026", 10250, "养老机构护理型床位占比"): ("yes", "yes", f"share as written; {G15}"),
    ("Target", "gansusheng-2026", 11141, "地区生产总值"): ("yes", "yes", f"growth named as its measure; {G26}"),
    ("Target", "gansusheng-2026", 11206, "规模以上工业增加值"): ("yes", "yes", f"{G26}"),
    ("Target", "gansusheng-2026", 11222, "固定资产投资"): ("yes", "yes", f"{G26}"),
    ("Target", "gansusheng-2026", 11237, "社会消费品零售总额"): ("yes", "yes", f"{G26}"),
    ("Target", "gansusheng-2026", 11302, "城镇常住居民人均可支配收入"): ("yes", "yes",
        f"first member of 城乡居民…分别增长5%、6.5%, the series' name per the guideline; {G26}"),
    ("Target", "gansusheng-2026", 11356, "粮食产量"): ("yes", "yes", f"{G26}"),
    ("Target", "gansusheng-2026", 12831, "新入规工业企业数量"): ("yes", "yes", f"新+verb kept; {G26}"),
    ("Target", "gansusheng-2026", 15027, "新建省级和美乡村数量"): ("yes", "yes", f"新建 kept; {G26}"),
    ("Target", "gansusheng-2026", 15747, "国土绿化面积"): ("yes", "yes", f"完成 dropped, area of the work; {G26}"),
    ("Target", "gansusheng-2026", 17201, "城乡富余劳动力人数"): ("no", "yes",
        f"a careful reader writes 城乡富余劳动力输转人数: 输转 is the flow that defines the count, the tool's name is "
        f"the stock of surplus labour; {G26}"),
    ("Target", "gansusheng-2026", 17869, "录取到本科院校的一次性补助"): ("no", "yes",
        f"a careful reader writes 困难家庭子女录取本科院校一次性补助 (标准): the subsidy is for 困难家庭子女 of the same "
        f"sentence; without that owner the name is every admitted student's subsidy; {G26}"),
    ("Target", "gansusheng-2026", 17946, "残疾人日间照料服务省级示范中心建设数量"): ("no", "yes",
        f"a careful reader writes 残疾人日间照料服务省级示范中心改造建设数量 (two acts written as one stand whole; or the "
        f"bare …数量 under the 新建改造 line); 建设 alone leaves out the centres renovated, a part of the 20; {G26}"),
    ("Target", "gansusheng-2026", 18001, "小型水库数量"): ("yes", "yes",
        f"borderline: 其中 part of 建设1000个农村“水盆子”项目 (建设 of projects dropped), a reader could write "
        f"小型水库建设数量; same 7 reservoirs; {G26}"),
    ("Target", "gansusheng-2026", 18008, "调蓄设施建设数量"): ("yes", "yes",
        f"borderline: a careful reader keeps the head as written, 水池等调蓄设施数量 (and 建设 is the parent's act); "
        f"same 993 facilities; {G26}"),
    ("Target", "gansusheng-2026", 18040, "社区儿童友好空间改造工程数量"): ("yes", "yes", f"实施 dropped; {G26}"),
    # ---- Targets: hailaer-2012 ----
    ("Target", "hailaerqu-2012", 5468, "地区生产总值"): ("yes", "yes", f"{H12}"),
    ("Target", "hailaerqu-2012", 5482, "地区生产总值"): ("yes", "yes", f"同比增长 of the level just before; {H12}"),
    ("Target", "hailaerqu-2012", 5490, "地方财政总收入"): ("yes", "yes", f"{H12}"),
    ("Target", "hailaerqu-2012", 7772, "重点农牧业项目投资"): ("yes", "yes",
        f"group investment named after the group counted in the next clause (实施重点农牧业项目33个); {H12}"),
    ("Target", "hailaerqu-2012", 7938, "温室数量"): ("no", "yes",
        f"a careful reader writes 新增温室数量: the member shares 新增 of 新增蔬菜大棚2500座; the tool's name is the "
        f"stock; {H12}"),
    ("Target", "hailaerqu-2012", 8034, "现代化养鸡场等项目数量"): ("no", "yes",
        f"5万只 is the size of the chicken farm inside a project's name (not a quantity under the guideline; at most "
        f"现代化养鸡场养殖规模), not a count of projects; {H12}"),
    ("Target", "hailaerqu-2012", 8131, "奶牛规模养殖场数量"): ("yes", "yes", f"实施/项目建设 dropped; {H12}"),
    ("Target", "hailaerqu-2012", 8155, "花卉种植等项目数量"): ("no", "yes",
        f"a careful reader writes 花卉种植数量 (350万株 of flowers), not a count of projects; {H12}"),
    ("Target", "hailaerqu-2012", 8214, "节水灌溉面积"): ("yes", "yes",
        f"area of works built keeps the plain name; {H12}"),
    ("Target", "hailaerqu-2012", 8635, "二级长度"): ("no", "yes",
        f"a careful reader writes 二级和三级管网改造长度; the tool's name is a cut fragment; {H12}"),
    ("Target", "hailaerqu-2012", 8682, "投资8000万元实施长度"): ("no", "yes",
        f"a careful reader writes 雨水管网改造长度 (10公里雨水管网及泵站改造); the tool's name holds the money, a verb "
        f"and no thing; {H12}"),
    ("Target", "hailaerqu-2012", 9208, "科学合理的做好海拉尔东山组团面积"): ("no", "yes",
        f"a careful reader writes 海拉尔东山组团起步区规划面积 (if a quantity at all: the size of the area planned); "
        f"the tool's name holds the sentence's verbs and misses 起步区; {H12}"),
    ("Target", "hailaerqu-2012", 9681, "沙区治理面积"): ("yes", "yes", f"treating verb kept after the thing; {H12}"),
    ("Target", "hailaerqu-2012", 9713, "退耕还林验收面积"): ("yes", "yes",
        f"borderline: the two acts joined by 和 stand whole, 退耕还林验收和养护面积; same 8.4万亩; {H12}"),
    ("Target", "hailaerqu-2012", 9812, "花草种植数量"): ("yes", "yes", f"count in 株 of flowers planted; {H12}"),
    ("Target", "hailaerqu-2012", 9862, "三山绿化面积"): ("yes", "yes", f"{H12}"),
    ("Target", "hailaerqu-2012", 9862, "既有小区补绿增绿数量"): ("yes", "yes",
        f"treatment after the thing; {H12}"),
    # ---- Targets: zhejiang ----
    ("Target", "zhejiangsheng-2026", 13571, "多式联运集装箱运量"): ("yes", "yes", f"{Z15}"),
    ("Target", "zhejiangsheng-2026", 14905, "省级财政资金"): ("no", "yes",
        f"a careful reader writes “8+4”经济政策体系省级财政资金: the programme carried out in the clause before owns the "
        f"money (X行动投资 line); the bare name is all provincial funds; {Z26}"),
    ("Target", "zhejiangsheng-2026", 14941, "经营主体减负金额"): ("yes", "yes", f"{Z26}"),
    ("Target", "zhejiangsheng-2026", 15815, "新认定省级概念验证中心数量"): ("yes", "yes", f"新认定 kept; {Z26}"),
    ("Target", "zhejiangsheng-2026", 16660, "智能工厂和数字化车间建设数量"): ("yes", "yes",
        f"member shares 建设 of 建设未来工厂20家; {Z26}"),
    ("Target", "zhejiangsheng-2026", 18073, "新增能耗支持民间投资项目比重"): ("yes", "yes",
        f"borderline: one 80% said of a three-member list, split per member by the tool; a reader could keep one entry; "
        f"{Z26}"),
    ("Target", "zhejiangsheng-2026", 18133, "向民间资本推介重大项目数量"): ("yes", "yes", f"{Z26}"),
    ("Target", "zhejiangsheng-2026", 18615, "服务贸易"): ("yes", "yes", f"the text's name, growth named as its measure; {Z26}"),
    ("Target", "zhejiangsheng-2026", 18624, "数字贸易"): ("yes", "yes", f"{Z26}"),
    ("Target", "zhejiangsheng-2026", 18905, "宁波舟山港集装箱吞吐量"): ("yes", "yes", f"{Z26}"),
    ("Target", "zhejiangsheng-2026", 19558, "“四好农村路”里程"): ("yes", "yes",
        f"建设提升 = built and upgraded, plain name as for 新建改造; {Z26}"),
    ("Target", "zhejiangsheng-2026", 19575, "闲置农房盘活数量"): ("yes", "yes", f"盘活 after the thing; {Z26}"),
    ("Target", "zhejiangsheng-2026", 20901, "新增电力装机"): ("yes", "yes", f"{Z26}"),
    ("Target", "zhejiangsheng-2026", 21811, "待遇享受人数"): ("no", "yes",
        f"a careful reader writes 长护险待遇享受人数: the generic 待遇 is the 长护险 named in the clause before; {Z26}"),
    ("Target", "zhejiangsheng-2026", 21961, "新增老年大学（学校）学位数量"): ("yes", "yes", f"{Z26}"),
    ("Target", "zhejiangsheng-2026", 22254, "未成年人家庭提供一对一公益家庭教育指导服务户数"): ("no", "yes",
        f"a careful reader writes 一对一公益家庭教育指导服务未成年人家庭户次: the unit is 户次 (visits), not 户数, and "
        f"the tool's order makes the families the providers; {Z26}"),
    ("Target", "zhejiangsheng-2026", 22390, "维护提升群众身边的体育场地设施数量"): ("no", "yes",
        f"a careful reader writes 群众身边的体育场地设施数量 (新建改建 and 维护提升: built new as well, plain name) or "
        f"the whole act 新建改建和维护提升; the tool keeps only 维护提升, a part of the 1万个; {Z26}"),
    # ---- Outcomes: gansu ----
    ("Outcome", "gansusheng-2026", 2267, "石化化工增加值"): ("yes", "yes",
        f"borderline: the head written once is 产业增加值, 石化化工产业增加值; same measure; {G14}"),
    ("Outcome", "gansusheng-2026", 2586, "矿业权数量"): ("no", "yes",
        f"a careful reader writes 矿业权出让数量: 出让 defines the count, the tool's name is the stock; {G14}"),
    ("Outcome", "gansusheng-2026", 2907, "通高速公路县（市、区）数量"): ("yes", "yes", f"通 + noun before the places; {G14}"),
    ("Outcome", "gansusheng-2026", 3561, "粮食总产量"): ("yes", "yes", f"{G14}"),
    ("Outcome", "gansusheng-2026", 3627, "常住人口城镇化率"): ("yes", "yes", f"start value dropped; {G14}"),
    ("Outcome", "gansusheng-2026", 3847, "实施项目数量"): ("no", "yes",
        f"a careful reader writes 天津、山东对口协作项目数量: the 协作 of the clause before owns the count (X协作资金 "
        f"line), 实施 dropped; the tool's name is any project; {G14}"),
    ("Outcome", "gansusheng-2026", 3890, "企业数量"): ("no", "yes",
        f"a careful reader writes 参与“万企兴万村”甘肃行动企业数量; the bare name is every firm; {G14}"),
    ("Outcome", "gansusheng-2026", 4352, "开发区工业用地“标准地”出让占比"): ("yes", "yes", f"{G14}"),
    ("Outcome", "gansusheng-2026", 4570, "海外仓建成数量"): ("yes", "yes", f"{G14}"),
    ("Outcome", "gansusheng-2026", 4949, "受污染耕地安全利用率"): ("yes", "yes", f"{G14}"),
    ("Outcome", "gansusheng-2026", 5193, "森林覆盖率"): ("yes", "yes", f"change in points named by its measure; {G14}"),
    ("Outcome", "gansusheng-2026", 5238, "水土保持率"): ("yes", "yes", f"{G14}"),
    ("Outcome", "gansusheng-2026", 5540, "农村特困人员基本生活标准"): ("yes", "yes",
        f"second member of 城乡特困人员基本生活标准分别提高; {G14}"),
    ("Outcome", "gansusheng-2026", 6340, "受伤人数"): ("no", "yes",
        f"a careful reader writes 生产安全事故受伤人数: the scope opening the first member bounds the list; {G14}"),
    ("Outcome", "gansusheng-2026", 7723, "省级专精特新中小企业培育数量"): ("yes", "yes", f"培育 after the thing; {G25}"),
    ("Outcome", "gansusheng-2026", 7792, "城镇新增就业人数"): ("yes", "yes", f"{G25}"),
    ("Outcome", "gansusheng-2026", 7822, "资助金受益困难家庭高校新生人数"): ("yes", "yes",
        f"borderline: the service given before the people, 发放资助金困难家庭高校新生人数; 受益 measures the same 6107; "
        f"{G25}"),
    # ---- Outcomes: hailaer-2012 ----
    ("Outcome", "hailaerqu-2012", 422, "地区生产总值"): ("yes", "yes", f"{H11}"),
    ("Outcome", "hailaerqu-2012", 460, "财政总收入"): ("yes", "yes", f"growth of the level before; {H11}"),
    ("Outcome", "hailaerqu-2012", 484, "地方财政总收入"): ("yes", "yes", f"{H11}"),
    ("Outcome", "hailaerqu-2012", 513, "全社会固定资产投资"): ("yes", "yes", f"{H11}"),
    ("Outcome", "hailaerqu-2012", 1834, "牧业年度牲畜存栏数量"): ("yes", "yes",
        f"borderline: a careful reader writes 牲畜存栏量 (牧业年度 is when it is reckoned; 出栏量 line); same stock; {H11}"),
    ("Outcome", "hailaerqu-2012", 2364, "污水管网长度"): ("no", "yes",
        f"a careful reader writes 污水管网改扩建长度: 改扩建 closing the list is the treating act done to the members; "
        f"the tool's name is the whole network; {H11}"),
    ("Outcome", "hailaerqu-2012", 2382, "城市道路里程"): ("no", "yes",
        f"a careful reader writes 城市道路改扩建里程 (改扩建工程 closes the list); the plain name is the stock; {H11}"),
    ("Outcome", "hailaerqu-2012", 2583, "已建和在建高层数量"): ("yes", "yes", f"在建 stays as written; {H11}"),
    ("Outcome", "hailaerqu-2012", 2597, "共建成房屋总面积"): ("yes", "yes",
        f"borderline: the adverb 共 is stray, 建成房屋总面积; same area; {H11}"),
    ("Outcome", "hailaerqu-2012", 2652, "新增无人售票公交车数量"): ("yes", "yes", f"{H11}"),
    ("Outcome", "hailaerqu-2012", 2781, "处理率"): ("no", "yes",
        f"a careful reader writes 城市污水处理率 (third member of 医疗废物、生活垃圾、城市污水…处理率分别…); {H11}"),
    ("Outcome", "hailaerqu-2012", 3029, "封山育林面积"): ("yes", "yes", f"{H11}"),
    ("Outcome", "hailaerqu-2012", 3315, "年人均增加额"): ("no", "yes",
        f"a careful reader writes 企业退休人员人均养老金增加额: who gets it and the pay are missing; {H11}"),
    ("Outcome", "hailaerqu-2012", 3366, "农村人均增加额"): ("no", "yes",
        f"a careful reader writes 农村人均最低生活保障标准增加额 (城乡最低生活保障标准…农村年人均提高200元); {H11}"),
    ("Outcome", "hailaerqu-2012", 3456, "“零就业家庭”动态就业援助"): ("yes", "yes",
        f"borderline: a careful reader closes the 100% with 率, “零就业家庭”动态就业援助率; same measure; {H11}"),
    ("Outcome", "hailaerqu-2012", 3474, "城镇登记失业率"): ("yes", "yes", f"{H11}"),
    ("Outcome", "hailaerqu-2012", 4376, "大奖数量"): ("no", "yes",
        f"the 7 awards are those the city's award meeting gave and the district won all of; a careful reader writes "
        f"全市奖励工作大会获奖数量 (if a figure at all); the bare name says nothing of whose awards; {H11}"),
    # ---- Outcomes: zhejiang ----
    ("Outcome", "zhejiangsheng-2026", 689, "人工智能核心产业营收"): ("yes", "yes", f"{Z25}"),
    ("Outcome", "zhejiangsheng-2026", 1125, "新增制造业单项冠军企业数量"): ("yes", "yes", f"{Z25}"),
    ("Outcome", "zhejiangsheng-2026", 1158, "新增“小巨人”企业数量"): ("no", "yes",
        f"a careful reader writes 新增重点“小巨人”企业数量: the tool's quote cuts 重点, and its name reads as the "
        f"专精特新“小巨人” member (397) of the same list; {Z25}"),
    ("Outcome", "zhejiangsheng-2026", 1377, "服务业增加值"): ("yes", "yes", f"{Z25}"),
    ("Outcome", "zhejiangsheng-2026", 1909, "“自审自发”项目数量"): ("yes", "yes",
        f"borderline: the bonds' support defines the count, 专项债券支持“自审自发”项目数量; “自审自发” projects are "
        f"bond projects, same 2146; {Z25}"),
    ("Outcome", "zhejiangsheng-2026", 2907, "关闭压缩“僵尸”应用数量"): ("yes", "yes",
        f"borderline: the treating act stands after the thing, “僵尸”应用关闭压缩数量; order only; {Z25}"),
    ("Outcome", "zhejiangsheng-2026", 3084, "县城常住人口占县域比重"): ("yes", "yes", f"{Z25}"),
    ("Outcome", "zhejiangsheng-2026", 3124, "住宅老旧电梯更新数量"): ("yes", "yes", f"{Z25}"),
    ("Outcome", "zhejiangsheng-2026", 3170, "保障性租赁住房建设套数"): ("no", "yes",
        f"a careful reader writes 保障性租赁住房筹集建设套数 (the guideline's own example); 建设 alone leaves out the "
        f"homes raised, not built; {Z25}"),
    ("Outcome", "zhejiangsheng-2026", 3214, "“土特产富”全产业链总产值"): ("yes", "yes", f"{Z25}"),
    ("Outcome", "zhejiangsheng-2026", 4501, "养老服务机构建成数量"): ("yes", "yes", f"{Z25}"),
    ("Outcome", "zhejiangsheng-2026", 4538, "新增长护险参保人数"): ("yes", "yes", f"{Z25}"),
    ("Outcome", "zhejiangsheng-2026", 4562, "下达中央及省级育儿补贴资金"): ("yes", "yes",
        f"borderline: the giving verb 下达 is no part of the name, 中央及省级育儿补贴资金; same amount; {Z25}"),
    ("Outcome", "zhejiangsheng-2026", 6067, "一般公共预算收入"): ("yes", "yes", f"start value dropped; {Z14}"),
    ("Outcome", "zhejiangsheng-2026", 6240, "每万人高价值发明专利拥有量"): ("yes", "yes", f"{Z14}"),
    ("Outcome", "zhejiangsheng-2026", 6451, "出口规模"): ("yes", "yes", f"{Z14}"),
    ("Outcome", "zhejiangsheng-2026", 7200, "道路交通事故起数"): ("yes", "yes",
        f"first member of 起数和死亡人数分别下降 (五年来); {Z14}"),
}

COLS = ["report", "kind", "start", "quote", "indicator", "period", "indicator_ok", "period_ok", "note"]


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    if os.path.exists(OUT):
        print(f"{OUT} exists: not overwritten", file=sys.stderr)
        return 1
    rows, used = [], set()
    for kind, path in (("Target", argv[1]), ("Outcome", argv[2])):
        with open(path, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                key = (kind, r["report"], int(r["start"]), r["indicator"])
                if key not in V:
                    print(f"no verdict for {key}", file=sys.stderr)
                    return 1
                used.add(key)
                ind_ok, per_ok, note = V[key]
                rows.append({"report": r["report"], "kind": kind, "start": r["start"], "quote": r["quote"],
                             "indicator": r["indicator"], "period": r["period"], "indicator_ok": ind_ok,
                             "period_ok": per_ok, "note": note})
    if set(V) - used:
        print(f"verdicts with no sampled row: {sorted(set(V) - used)}", file=sys.stderr)
        return 1
    with open(OUT, "x", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {OUT}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
