"""Verdicts of the thirty-seventh check (held out: henan-2026, shaanxi-2026, hailaer-2015), tool at bcc7ffd.

Reads the two fixed-seed samples (scripts/sample_figures.py --per-report 17 --seed 31037 of the
`policykg table targets|outcomes` CSVs) and writes docs/checks/indicator-check-2027k.csv once.
Verdicts were written by hand from the report text (read_report(path).text) and docs/annotation-guideline.md.
"""
import csv, sys

SAMPLES = [("Target", "/tmp/check-f37/sample-targets.csv"), ("Outcome", "/tmp/check-f37/sample-outcomes.csv")]
OUT = "docs/checks/indicator-check-2027k.csv"

# (report, start) -> list of (upto_offset, section label, period the section gives); offsets from read_report text
SECTIONS = {
    "hailaerqu-2015": [(2906, "一、2014年工作回顾", "2014"), (10**9, "二、2015年工作安排", "2015")],
    "henansheng-2026": [(1857, "一、“十四五”时期和2025年工作回顾 (the five years)", "2021–2025"),
                        (4027, "一、“十四五”时期和2025年工作回顾 (刚刚过去的2025年)", "2025"),
                        (5256, "二、“十五五”时期主要目标任务", "2026–2030"),
                        (10**9, "三、2026年重点工作安排", "2026")],
    "shaanxisheng-2026": [(4522, "一、2025年工作回顾", "2025"),
                          (6281, "一、2025年工作回顾 (五年来, “十四五”)", "2021–2025"),
                          (7828, "二、“十五五”时期主要目标和重大举措", "2026–2030"),
                          (10**9, "三、2026年重点工作", "2026")],
}

def section(report, start):
    for upto, label, period in SECTIONS[report]:
        if start < upto:
            return f"section {label}, period {period}"

Y, N = "yes", "no"
# key: (report, start, tool indicator) -> (indicator_ok, period_ok, reason)
V = {
 # ---------------- Targets: hailaer-2015 ----------------
 ("hailaerqu-2015", "3527", "一般公共预算收入"): (Y, Y, "borderline: text writes 公共财政预算收入, the same measure under its post-2015 name"),
 ("hailaerqu-2015", "3564", "社会消费品零售总额"): (Y, Y, "as written"),
 ("hailaerqu-2015", "3581", "城镇居民人均可支配收入"): (Y, Y, "as written"),
 ("hailaerqu-2015", "4204", "工业类数量"): (N, Y, "其中 part of 重点项目105个: counts 工业类重点项目, head 重点项目 lost"),
 ("hailaerqu-2015", "4210", "城市建设类数量"): (N, Y, "其中 part of 重点项目: 城市建设类重点项目数量, head lost"),
 ("hailaerqu-2015", "4226", "商贸流通类数量"): (N, Y, "其中 part of 重点项目: 商贸流通类重点项目数量, head lost"),
 ("hailaerqu-2015", "4260", "计划投资"): (N, Y, "year's investment of the 105 重点项目 (重点项目投资); 计划 is no part of a name, owner lost"),
 ("hailaerqu-2015", "4899", "旅游接待人数"): (Y, Y, "as written"),
 ("hailaerqu-2015", "4956", "老工业企业退城入园数量"): (Y, Y, "borderline: scope 主城区 left out (退城 implies it); period: the 21 firms are the 退二进三 programme, 8 start this year, no other period given"),
 ("hailaerqu-2015", "5043", "亘富"): (N, Y, "a firm's name, not a measure (200万吨 is the capacity in the project's name 亘富200万吨褐煤提质)"),
 ("hailaerqu-2015", "5191", "投资"): (N, Y, "投资1.6亿元，重点实施“菜篮子”工程建设: money followed by the one work it pays for → “菜篮子”工程投资; bare 投资"),
 ("hailaerqu-2015", "5237", "新建大棚数量"): (Y, Y, "新建 kept before the thing"),
 ("hailaerqu-2015", "5329", "现代牧场建设数量"): (Y, Y, "完成N个X建设任务 → X建设数量"),
 ("hailaerqu-2015", "5586", "内蒙古冰上运动训练中心投资"): (Y, Y, "投资N的X → X投资"),
 ("hailaerqu-2015", "5706", "投资"): (N, Y, "borderline: opens the sentence after the headline 旧城区面貌要明显改善 → the zone's (旧城区改造投资); bare 投资, though the clause then lists several works"),
 ("hailaerqu-2015", "6249", "农民户数"): (N, Y, "安置农民400户 counts households resettled (奋斗镇新镇区 安置农民户数); 农民户数 is the stock"),
 ("hailaerqu-2015", "7844", "投资"): (N, Y, "borderline: 加大教育投入，投资3.1亿元，实施桃李中学、三中分校、第五中学扩建工程 → 教育投资 / school extension works' investment; bare 投资"),
 # ---------------- Targets: henan-2026 ----------------
 ("henansheng-2026", "4676", "粮食综合生产能力"): (Y, Y, "as written; 十五五 goal"),
 ("henansheng-2026", "4859", "城镇新增就业人数"): (Y, Y, "five-year total of 城镇新增就业"),
 ("henansheng-2026", "5704", "规模以上工业增加值"): (Y, Y, "规上 written out"),
 ("henansheng-2026", "5759", "一般公共预算收入"): (Y, Y, "as written"),
 ("henansheng-2026", "5774", "城镇调查失业率"): (Y, Y, "as written"),
 ("henansheng-2026", "5788", "城镇新增就业人数"): (Y, Y, "as written"),
 ("henansheng-2026", "5802", "居民消费价格涨幅"): (Y, Y, "keeps the change noun the text writes"),
 ("henansheng-2026", "6921", "省重点项目投资"): (Y, Y, "实施N个省重点项目，年度完成投资 → 省重点项目投资"),
 ("henansheng-2026", "7630", "科技型中小企业数量"): (Y, Y, "stock the place reaches, second member of the list"),
 ("henansheng-2026", "8076", "数字经济规模"): (Y, Y, "as written"),
 ("henansheng-2026", "8168", "省级重大科技专项、重点研发专项数量"): (Y, Y, "one count said of a two-member list = their sum; 实施 dropped as it should be"),
 ("henansheng-2026", "8423", "粮食产能提升重点县和豫东平原数量"): (N, Y, "66 counts 粮食产能提升重点县; 豫东平原 (with its own 200万亩) merged into the name"),
 ("henansheng-2026", "8461", "高标准农田面积"): (Y, Y, "新建改造X area → plain X面积"),
 ("henansheng-2026", "8861", "农村公路里程"): (Y, Y, "新改建 roads: length keeps the plain name, 里程"),
 ("henansheng-2026", "10193", "新增有进出口实绩企业数量"): (Y, Y, "新增 kept"),
 ("henansheng-2026", "11351", "可再生能源发电装机"): (Y, Y, "stock reached"),
 ("henansheng-2026", "12257", "县级特困供养机构三级达标比例"): (Y, Y, "N%的X达到Y → XY比例"),
 # ---------------- Targets: shaanxi-2026 ----------------
 ("shaanxisheng-2026", "6919", "全社会研发投入强度"): (Y, Y, "as written; 到2030年"),
 ("shaanxisheng-2026", "7001", "规模以上工业增加值"): (Y, Y, "年均 growth over 十五五"),
 ("shaanxisheng-2026", "7021", "数字经济核心产业增加值比重"): (Y, Y, "as written"),
 ("shaanxisheng-2026", "7126", "工业投资、民间投资"): (N, Y, "one growth for a 、 list of whole indicators: 工业投资 and 民间投资 each get an entry; kept as one merged name"),
 ("shaanxisheng-2026", "7694", "美丽河湖建成率"): (Y, Y, "as written"),
 ("shaanxisheng-2026", "9087", "网上零售额"): (Y, Y, "as written"),
 ("shaanxisheng-2026", "9376", "新建概念验证和中试平台数量"): (Y, Y, "新建 kept; 概念验证和中试平台 one kind of platform"),
 ("shaanxisheng-2026", "9999", "“科学家+工程师”团队数量"): (N, Y, "borderline: 组建N支 is the year's making act (新组建 is a listed act) → “科学家+工程师”团队组建数量; bare name is the stock"),
 ("shaanxisheng-2026", "10234", "新增规模以上企业数量"): (Y, Y, "新增 kept"),
 ("shaanxisheng-2026", "10315", "煤矿数量"): (N, Y, "6处煤矿…建成试运转: the act closing the clause → 煤矿建成试运转数量; bare name is the stock"),
 ("shaanxisheng-2026", "10483", "抽水蓄能电站建设数量"): (Y, Y, "borderline: 加快N个X建设 → X建设数量 as 推进N个X建设 (names34), though the works are already under way"),
 ("shaanxisheng-2026", "10494", "新增可再生能源装机"): (Y, Y, "新增 kept"),
 ("shaanxisheng-2026", "10629", "能源工业增加值"): (Y, Y, "as written"),
 ("shaanxisheng-2026", "10920", "光子产业产值"): (Y, Y, "as written"),
 ("shaanxisheng-2026", "12137", "货物和服务进出口"): (Y, Y, "one aggregate, as written"),
 ("shaanxisheng-2026", "12974", "新创建“千万工程”示范村数量"): (Y, Y, "新创建 kept"),
 ("shaanxisheng-2026", "14425", "重点文旅产业收入"): (Y, Y, "as written"),
 # ---------------- Outcomes: hailaer-2015 ----------------
 ("hailaerqu-2015", "405", "一般公共预算收入"): (Y, Y, "borderline: growth of 公共财政预算收入, the same measure under its post-2015 name"),
 ("hailaerqu-2015", "474", "农民人均纯收入"): (Y, Y, "as written"),
 ("hailaerqu-2015", "579", "企业数量"): (N, Y, "中俄蒙国际物流园区…入驻企业达到8家 → 中俄蒙国际物流园区入驻企业数量; park and 入驻 lost"),
 ("hailaerqu-2015", "652", "新增商业面积"): (Y, Y, "新增 kept"),
 ("hailaerqu-2015", "838", "开通国内、国际及地区航线数量"): (Y, Y, "borderline: act 开通 kept but before the thing (guideline order: …航线开通数量); 累计 count of the airport's routes"),
 ("hailaerqu-2015", "854", "旅客年吞吐量"): (Y, Y, "borderline: owner (the 国际航空口岸/airport) only in the headline clause, name as written"),
 ("hailaerqu-2015", "1107", "蔬菜产量"): (Y, Y, "as written"),
 ("hailaerqu-2015", "1244", "组团内通车主次干道数量"): (N, Y, "borderline: owner is 东山组团, named in the sentence (cf. guideline 东山组团主干道路数量); 组团内 left unresolved, 通车 before the thing"),
 ("hailaerqu-2015", "1436", "单烧供热锅炉关停数量"): (Y, Y, "关停 after the thing"),
 ("hailaerqu-2015", "1464", "投资"): (N, Y, "投资4360万元，对城区雨水管网进行全面改造 → 城区雨水管网改造投资; bare 投资"),
 ("hailaerqu-2015", "1495", "供水里程"): (N, Y, "list 26公里供水、117公里供热、20公里燃气管网铺设: head 管网铺设 shared → 中心城区供水管网铺设长度; 供水里程 is not the thing"),
 ("hailaerqu-2015", "1509", "供热里程"): (N, Y, "shared head 管网铺设 → 中心城区供热管网铺设长度; 供热里程 is not the thing"),
 ("hailaerqu-2015", "1517", "电缆线路改造工程里程"): (N, Y, "borderline: thing and act right (144 km 电缆线路改造) but 工程 kept, 里程 for a line's 长度, scope 中心城区 lost"),
 ("hailaerqu-2015", "1833", "环卫工人和社区干部生活补贴人均月增"): (N, Y, "per-head rise → 环卫工人和社区干部人均生活补贴增加额; name ends in the verb 增, no 增加额"),
 ("hailaerqu-2015", "2060", "行政村里程"): (N, Y, "17.2公里 is the 村巷硬化 length in 5 行政村 → 村巷硬化里程; 行政村里程 is wrong"),
 ("hailaerqu-2015", "2099", "安全饮水解决人数"): (Y, Y, "people whose 安全饮水问题 was solved; readable as 安全饮水问题解决人数"),
 ("hailaerqu-2015", "2476", "精简行政审批事项数量"): (Y, Y, "borderline: act 精简 kept but before the thing (guideline order: 行政审批事项精简数量)"),
 # ---------------- Outcomes: henan-2026 ----------------
 ("henansheng-2026", "482", "郑州机场年货邮吞吐量"): (Y, Y, "owner kept"),
 ("henansheng-2026", "500", "发电装机"): (Y, Y, "stock at end of 十四五"),
 ("henansheng-2026", "511", "可再生能源装机占比"): (Y, Y, "as written"),
 ("henansheng-2026", "784", "科技型中小企业数量"): (Y, Y, "stock, second member"),
 ("henansheng-2026", "849", "高标准农田面积"): (Y, Y, "新建改造X area → plain X面积; five-year total"),
 ("henansheng-2026", "880", "农作物综合机械化率"): (Y, Y, "as written"),
 ("henansheng-2026", "927", "新增国家现代农业产业园数量"): (Y, Y, "新增 kept, first member"),
 ("henansheng-2026", "1023", "农村危房改造户数"): (Y, Y, "改造 after the thing, 户数"),
 ("henansheng-2026", "1408", "沿黄生态廊道里程"): (Y, Y, "length of the corridor 全线贯通"),
 ("henansheng-2026", "1486", "省级以上绿色工厂数量"): (Y, Y, "bound of level kept"),
 ("henansheng-2026", "1703", "国家区域医疗中心建设数量"): (N, Y, "borderline: the count is of centres 获批建设 (approved); 获批 dropped, name reads as centres built"),
 ("henansheng-2026", "1731", "达到三级综合医院水平的县级医院数量"): (Y, Y, "standard reached named before the things"),
 ("henansheng-2026", "2067", "粮食产量"): (Y, Y, "as written"),
 ("henansheng-2026", "2457", "年度任务清单数量"): (N, Y, "borderline: 150项 counts the tasks of one annual list (年度任务数量), not lists"),
 ("henansheng-2026", "2965", "县级“三保”支出"): (Y, Y, "level of government kept"),
 ("henansheng-2026", "3102", "育儿补贴人数"): (Y, Y, "people given 育儿补贴, service kept"),
 ("henansheng-2026", "3157", "第四次文物普查新发现文物数量"): (Y, Y, "新发现 kept; 第四次 is the census's name, not numbering"),
 # ---------------- Outcomes: shaanxi-2026 ----------------
 ("shaanxisheng-2026", "588", "超长期特别国债"): (Y, Y, "borderline: right member of 分别 list; 争取 (funds secured from the centre) not in the name"),
 ("shaanxisheng-2026", "686", "民间投资"): (Y, Y, "as written"),
 ("shaanxisheng-2026", "814", "高速公路建成通车数量"): (Y, Y, "建成通车 after the thing; 4 counts the expressways"),
 ("shaanxisheng-2026", "934", "限额以上通讯器材零售额"): (Y, Y, "first member with scope and head"),
 ("shaanxisheng-2026", "997", "新增全国县域商业领跑县数量"): (Y, Y, "新增N个X → 新增X数量"),
 ("shaanxisheng-2026", "2044", "新增产业强镇数量"): (Y, Y, "borderline: 新增 shared from the first member; whether 国家级 of the first member carries over is open"),
 ("shaanxisheng-2026", "2192", "城镇老旧小区改造数量"): (Y, Y, "改造 after the thing"),
 ("shaanxisheng-2026", "2555", "普惠性学前教育资源覆盖率"): (Y, Y, "as written"),
 ("shaanxisheng-2026", "2600", "国家第二期“双高计划”职业院校数量"): (Y, Y, "things entered in a programme named by it"),
 ("shaanxisheng-2026", "3456", "通报营商环境反面案例数量"): (Y, Y, "borderline: act 通报 kept but before the thing (guideline order: 营商环境反面案例通报数量)"),
 ("shaanxisheng-2026", "3659", "中欧班列（西安）开行6037列"): (N, Y, "the number 6037列 inside the name; the 21.1% is the growth of 中欧班列（西安）开行列数"),
 ("shaanxisheng-2026", "4007", "融资平台有序退出数量"): (N, Y, "borderline: adverb 有序 kept; an adverb between the things and the act is no part of the name → 融资平台退出数量"),
 ("shaanxisheng-2026", "4661", "地区生产总值增加额"): (Y, Y, "rise of an amount over the 十三五 end → 增加额"),
 ("shaanxisheng-2026", "4804", "世界500强企业在陕设立分支机构数量"): (Y, Y, "firms counted by what they did in the place"),
 ("shaanxisheng-2026", "5038", "科技型中小企业数量"): (Y, Y, "first member of 分别 list, change of a count"),
 ("shaanxisheng-2026", "5068", "每万人高价值发明专利拥有量"): (Y, Y, "as written"),
 ("shaanxisheng-2026", "5335", "电力总装机"): (Y, Y, "stock at end of 十四五"),
}

rows, used = [], set()
for kind, path in SAMPLES:
    for r in csv.DictReader(open(path, encoding="utf-8")):
        key = (r["report"], r["start"], r["indicator"])
        ind_ok, per_ok, why = V[key]
        used.add(key)
        rows.append({"report": r["report"], "kind": kind, "start": r["start"], "quote": r["quote"],
                     "indicator": r["indicator"], "period": r["period"], "indicator_ok": ind_ok,
                     "period_ok": per_ok, "note": f"{why}; {section(r['report'], int(r['start']))}"})
assert used == set(V), set(V) - used
assert len(rows) == 102
with open(OUT, "x", encoding="utf-8", newline="") as f:   # "x": written once, never overwritten
    w = csv.DictWriter(f, fieldnames=["report", "kind", "start", "quote", "indicator", "period", "indicator_ok", "period_ok", "note"])
    w.writeheader()
    w.writerows(rows)
print(f"wrote {len(rows)} rows to {OUT}", file=sys.stderr)
