"""Verdicts of the thirty-fifth parks/projects/ties check (docs/checks/README.md), written once into
docs/checks/entity-precision-2027i.csv.

    python docs/checks/entity-precision-2027i-verdicts.py /tmp/check-e35/items.csv /tmp/check-e35/ties.csv OUT.csv

ITEMS.csv and TIES.csv are the sampler's output (scripts/sample_entities.py … --cap 40 --seed 30351, and --ties) on
the graph policykg 317f3ee builds from henan-2026, gansu-2026 and hailaer-2019. Every row of both must have a
verdict here and every verdict a row. B marks a borderline verdict (its note starts with "borderline:").
"""
import csv
import hashlib
import math
import sys

GS, HL, HN = "gansusheng-2026", "hailaerqu-2019", "henansheng-2026"
R, W = "right", "wrong"

# (report, kind, label, quote_start) -> (verdict, category, note); for ties the label is "subject → object".
V = {}


def v(rep, kind, label, start, verdict, category="", note=""):
    key = (rep, kind, label, str(start))
    assert key not in V, key
    V[key] = (verdict, category, note)


# ---------------- parks ----------------
v(GS, "Park", "天水经开区", 4664, R, note="development zone (经开区), ranked among top 50")
v(GS, "Park", "金昌经开区", 4677, R, note="development zone; zero-carbon park list")
v(GS, "Park", "庆阳东数西算产业园", 5325, R, note="named industrial park (产业园), zero-carbon park list")
v(GS, "Park", "中国（甘肃）自由贸易试验区", 9914, R, note="free-trade pilot zone the province applies to build")
v(GS, "Park", "武威工业园区", 12960, R, note="industrial park to become a national ETDZ")
v(GS, "Park", "嘉峪关国家高新区", 12976, R, note="high-tech zone being built")
v(HL, "Park", "呼伦贝尔现代农牧业产业园", 1935, R, note="named agricultural park, master plan done, built as key project")
v(HL, "Park", "鸿发祥低碳生态示范园", 1978, W, "wrong-kind",
  "borderline: a firm's (鸿发祥) eco demonstration farm the text calls 项目 (later 鸿发祥低碳种养结合生态示范园建设); "
  "nothing says firms locate there: a project, though 'agricultural park' is a possible reading")
v(HL, "Park", "海拉尔区国际快件电商物流园", 7705, R, note="logistics park (物流园) with 招商: a park")
v(HN, "Park", "周口国家农高区", 898, R, note="national agricultural high-tech zone being built")
v(HN, "Park", "新郑综保区", 2526, R, note="comprehensive bonded zone, extended")
v(HN, "Park", "郑州航空港区", 6559, R, note="borderline: airport economy zone with a boundary; also readable as a district (Place)")
v(HN, "Park", "中原量子谷", 7579, R, note="named quantum science park whose industrial ecosystem is built up")
v(HN, "Park", "现代农业产业园", 8720, W, "not-a-park", "generic kind (加快现代农业产业园、产业强镇建设: many parks), no name")

# ---------------- Gansu projects (40 of 63) ----------------
v(GS, "Project", "泾川特大型铀矿", 823, W, "not-a-project", "a newly found ore deposit (新探明…矿产地), nothing built")
v(GS, "Project", "陇电入鲁工程", 925, R, note="UHV transmission work completed")
v(GS, "Project", "陇电入浙工程", 936, R, note="transmission work started")
v(GS, "Project", "酒额铁路", 2812, R, note="railway completed")
v(GS, "Project", "平庆铁路", 2831, R, note="railway being built")
v(GS, "Project", "兰合铁路", 2836, R, note="railway being built")
v(GS, "Project", "天陇铁路", 2841, R, note="railway being built")
v(GS, "Project", "西成铁路甘肃段", 2846, R, note="railway section being built")
v(GS, "Project", "兰张三四线铁路武张段", 2854, R, note="railway section being built")
v(GS, "Project", "兰州轨道交通二号线", 2874, R, note="metro line completed")
v(GS, "Project", "兰州中川国际机场三期", 2971, R, note="airport phase completed")
v(GS, "Project", "城乡配套", 3007, W, "boundary", "cut from 引洮二期骨干及城乡配套 (one work of the list); alone it is a generic kind")
v(GS, "Project", "甘肃中部生态移民供水", 3012, R, note="water-supply work of the …等工程 list, its own words name it")
v(GS, "Project", "引洮济合", 3023, R, note="named water-diversion work (Tao to Hezuo) of the …等工程 list")
v(GS, "Project", "西和县礼县西汉水人饮", 3037, R, note="drinking-water work of the …等工程 list, place and river in its name")
v(GS, "Project", "阿克塞生态保护及城乡供水一体化", 3055, R, note="water work started; later 阿克塞…一体化工程 to be completed")
v(GS, "Project", "国家数据基础设施（甘肃）区域功能节点一期项目", 4295, R, note="data-infrastructure node phase built")
v(GS, "Project", "中山大学附属肿瘤医院甘肃医院", 5718, R, note="hospital built and opened")
v(GS, "Project", "上海市第一人民医院酒泉医院", 5733, R, note="hospital built and opened")
v(GS, "Project", "长春中医药大学附属医院定西医院", 5769, R, note="hospital about to be completed")
v(GS, "Project", "“七地一屏一通道”", 7285, W, "not-a-project", "a development slogan / positioning, not a work")
v(GS, "Project", "定平铁路", 11938, R, note="railway in preparation")
v(GS, "Project", "甘川新通道", 11984, R,
  note="borderline: a named Gansu–Sichuan expressway corridor built by market means; could read as a network")
v(GS, "Project", "和景电灌区", 12067, W, "boundary", "the conjunction 和 of 建设和景电灌区 taken in; the work is 景电灌区(现代化改造)")
v(GS, "Project", "靖会灌区", 12073, R, note="named irrigation district being modernised (works on a named site)")
v(GS, "Project", "引白济洮", 12098, R, note="named water-diversion work in preparation (前期工作)")
v(GS, "Project", "河西走廊水资源配置工程", 12124, R, note="named water-allocation work sought into the western route")
v(GS, "Project", "兰白千万吨炼化基地", 12725, R,
  note="borderline: a refining base being built; could read as an industrial base (park) or a capacity programme")
v(GS, "Project", "金川四矿区贫矿资源综合开发利用", 12901, R, note="named project in a …等项目建设 list")
v(GS, "Project", "金汇能先进负极材料", 13142, R, note="firm + product counted among 重点项目: required")
for lab, st in [("九龙川", 13575), ("东水泉东", 13583), ("安家庄", 13588), ("郭家台", 13592), ("平山湖", 13596)]:
    v(GS, "Project", lab, st, R,
      note="borderline: coal-mine list member read only with the shared head (…等煤矿建设); its own words are a place name")
for lab, st in [("大地湾", 16458), ("大堡子山", 16462)]:
    v(GS, "Project", lab, st, R,
      note="borderline: archaeological-park list member read only with the shared head (…等国家考古遗址公园建设)")
v(GS, "Project", "黄河国家文化公园甘肃段", 16509, R, note="Gansu section of a national cultural park being built (one area)")
v(GS, "Project", "省人民医院国家重大传染病防治基地", 17568, R, note="named facility, key project")
v(GS, "Project", "兰大二院国家紧急医学救援基地", 17599, R, note="named facility, key project")

# ---------------- Hailaer projects (32 of 32) ----------------
v(HL, "Project", "龙运华府小区", 1386, R,
  note="borderline: list member of 2条棚改配套道路 read only with the head (a housing estate's name for its road)")
v(HL, "Project", "蒙拓农机3000台牧业机械生产线智能化升级改造项目", 1580, R, note="named upgrading project")
v(HL, "Project", "海拉尔热电厂蒸汽锅炉供热改造", 1606, R, note="named retrofit of a named plant")
v(HL, "Project", "海拉尔大数据中心（一期）工程", 1665, R, note="phase of 海拉尔大数据中心 (also an item): an alt of it")
v(HL, "Project", "呼伦贝尔政务云中心", 1684, R, note="named data/cloud centre put into use")
v(HL, "Project", "海悦城项目一期", 1708, R, note="named commercial complex phase, partly opened")
v(HL, "Project", "红星美凯龙商贸综合体项目", 1716, R, note="named commercial complex project")
v(HL, "Project", "世界反法西斯战争海拉尔纪念园抗战遗址设施工程", 1833, R, note="named works on a memorial site")
v(HL, "Project", "哈克遗址博物馆", 1872, R,
  note="borderline: an existing museum only run by a company (公司化运营), no works: organisation, optional project as a facility")
v(HL, "Project", "第十四届全国冬运会主场馆一期", 1887, R, note="venue phase built; later a key project")
v(HL, "Project", "蒙草科技中心项目", 1956, R, note="named centre started (开工建设)")
v(HL, "Project", "鸿发祥低碳生态示范园项目", 1978, R, note="a firm's demonstration farm the text calls 项目 (see the Park row)")
v(HL, "Project", "哈克镇改扩建", 2013, W, "boundary",
  "place + verb; the work is the 标准化奶牛养殖圈舍 that 哈克镇 rebuilt/extended")
v(HL, "Project", "俄罗斯赤塔市", 2383, W, "wrong-kind", "a sister city (Place), not a work")
v(HL, "Project", "蒙古国乔巴山市", 2390, W, "wrong-kind", "a sister city (Place), not a work")
v(HL, "Project", "团结村肉牛养殖", 5512, R, note="village beef-cattle project (…等项目建设), its village in the name")
v(HL, "Project", "中心城区垃圾焚烧发电项目", 5901, R, note="waste-to-energy plant with its site (中心城区) in the name")
v(HL, "Project", "生活垃圾填埋场渗滤液项目", 5914, R, note="borderline: a work named by its kind alone (landfill leachate)")
v(HL, "Project", "“城市双修”工程", 6544, W, "not-a-project",
  "borderline: 城市双修 is a national programme (a kind of work done in many places), though listed among 项目")
v(HL, "Project", "东山组团雨水排放工程", 6958, R, note="named storm-water work of a named city quarter")
v(HL, "Project", "天然气管道", 6984, W, "not-a-project", "generic kind in 供水、供热、天然气管道、排水等市政项目")
v(HL, "Project", "海拉尔大数据中心", 7559, R, note="data centre being built (whole of the 一期 item)")
v(HL, "Project", "海拉尔区国际快件电商物流园项目", 7705, W, "wrong-kind", "the logistics park itself (a Park, 招商), typed again as a project")
v(HL, "Project", "世界反法西斯战争海拉尔纪念园抗战遗址保护工程", 8200, R, note="named protection works on the memorial site")
v(HL, "Project", "哈克生态奶源基地", 9094, R,
  note="borderline: dairy-source base being built; the guideline's own example makes 生态奶源基地 optional")
v(HL, "Project", "第三中学东山分校", 10827, R, note="school branch in preparation")
v(HL, "Project", "正阳街小学教学综合楼", 10836, R, note="school building in preparation")
v(HL, "Project", "幸福小学", 10852, R, note="named school in preparation")
v(HL, "Project", "第四棚改配套幼儿园", 10872, R,
  note="borderline: member of 第三、第四棚改配套幼儿园; a kindergarten named by kind and its shanty-area number")
v(HL, "Project", "桃李中学", 10882, R, note="named school, new/continued construction")
v(HL, "Project", "哈克区域敬老院", 11598, R, note="care home with its place (哈克) being built")
v(HL, "Project", "殡仪馆新建项目", 11702, R, note="borderline: a work named by its kind alone (funeral home), being built")

# ---------------- Henan projects (31 of 31) ----------------
v(HN, "Project", "国家生物育种产业创新中心", 910, R, note="named centre built and put into use")
v(HN, "Project", "南水北调中线工程", 1352, W, "not-a-project",
  "borderline: a named existing engineering work; only its water quality is reported, no work on it")
v(HN, "Project", "国家医学中心（中医类）", 1707, R, note="centre approved for and later being built (加快建设)")
v(HN, "Project", "殷墟博物馆新馆", 1779, R, note="new museum built and opened")
v(HN, "Project", "大河村遗址博物馆", 1787, R, note="museum built and opened")
v(HN, "Project", "汉魏洛阳故城遗址博物馆", 1796, R, note="museum built and opened")
v(HN, "Project", "平漯周", 6934, R, note="borderline: route abbreviation read only with the shared head (…等高铁项目)")
v(HN, "Project", "焦济洛平", 6938, R, note="borderline: route abbreviation read only with the shared head (…等高铁项目)")
v(HN, "Project", "郑州南站", 6943, R, note="station in the 高铁项目 list, its own words name it")
v(HN, "Project", "南信合高铁", 6957, R, note="high-speed railway to be started")
v(HN, "Project", "京港高铁阜阳至黄冈段", 6963, R, note="railway section to be started, both ends kept")
v(HN, "Project", "雄商高铁河南段", 6976, R, note="railway section to be completed")
v(HN, "Project", "观音寺调蓄工程", 7004, R, note="named regulation-storage work")
v(HN, "Project", "沙颍河“通港达园”项目", 7012, R, note="named works along one river")
v(HN, "Project", "豫东水资源配置工程", 7030, R, note="named water-allocation work to be started")
for lab, st in [("赵口", 7042), ("陆浑", 7045), ("渠村", 7048)]:
    v(HN, "Project", lab, st, R,
      note="borderline: irrigation-district list member read only with the shared head (…等灌区现代化改造)")
v(HN, "Project", "双千兆网络", 7102, W, "not-a-project", "a generic kind of network (gigabit broadband), not a named work")
v(HN, "Project", "量子通信", 7108, W, "not-a-project", "a technology field, not a named work")
v(HN, "Project", "中州时代电池三期", 7491, R, note="firm's battery plant phase counted among 项目")
v(HN, "Project", "众擎机器人全球生产制造中心", 7540, R, note="named manufacturing centre project")
v(HN, "Project", "仕佳光子通信芯片", 7554, R, note="firm + product counted among 项目: required")
v(HN, "Project", "现代生态宜居城市", 9165, W, "not-a-project", "a city positioning for 洛阳, not a work")
v(HN, "Project", "国际文化旅游名城", 9174, W, "not-a-project", "a city positioning for 洛阳, not a work")
v(HN, "Project", "夏商文明考古研究中心", 10353, R, note="research centre to be completed (建成)")
v(HN, "Project", "大运河国家文化公园（河南段）", 10368, R, note="Henan section of a national cultural park being built")
v(HN, "Project", "中国医学科学院肿瘤医院河南医院", 11829, R, note="hospital to be completed")
v(HN, "Project", "省疾控中心国家区域公共卫生中心", 11845, R, note="named public-health centre to be completed")
v(HN, "Project", "病险水库除险加固", 12616, W, "not-a-project", "a programme (reinforcing unsafe reservoirs in general)")
v(HN, "Project", "蓄滞洪区", 12625, W, "not-a-project", "generic kind (flood-storage areas), not a named work")

# ---------------- ties ----------------
GSP, HLD, HLC, ZZ, LZ, SH, HNP = ("Gansu Province|甘肃省", "Hailaer District|海拉尔区", "Hulunbeier City|呼伦贝尔市",
                                  "Zhengzhou City|郑州市", "Lanzhou City|兰州市", "Shanghai Municipality|上海市",
                                  "Henan Province|河南省")


def t(rep, kind, subj, obj, start, verdict, category="", note=""):
    v(rep, kind, f"{subj} → {obj}", start, verdict, category, note)


t(GS, "tie park-place", "中国（甘肃）自由贸易试验区", GSP, 9914, R, note="甘肃 in the zone's name")
t(GS, "tie project-place", "甘肃中部生态移民供水", GSP, 3012, R, note="甘肃 in the work's name")
t(GS, "tie project-place", "国家数据基础设施（甘肃）区域功能节点一期项目", GSP, 4295, R, note="（甘肃） in the name")
t(GS, "tie project-place", "黄河甘肃段河道防洪治理", GSP, 3088, R, note="甘肃段 in the name (the province, not the river)")
t(GS, "tie project-place", "黄河国家文化公园甘肃段", GSP, 16509, R, note="甘肃段 in the name")
t(GS, "tie project-place", "上海中医药大学附属龙华医院甘肃医院", GSP, 5751, R, note="甘肃医院: the hospital's own place in its name")
t(GS, "tie project-place", "西成铁路甘肃段", GSP, 2846, R, note="甘肃段 in the name")
t(GS, "tie project-place", "中山大学附属肿瘤医院甘肃医院", GSP, 5718, R, note="甘肃医院 in the name")
t(HL, "tie park-place", "海拉尔区国际快件电商物流园", HLD, 7705, R, note="海拉尔区 in the park's name")
t(HL, "tie project-place", "海拉尔大数据中心", HLD, 7559, R, note="海拉尔 in the name")
t(HL, "tie project-place", "海拉尔大数据中心（一期）工程", HLD, 1665, R, note="海拉尔 in the name")
t(HL, "tie project-place", "海拉尔区国际快件电商物流园项目", HLD, 7705, R,
  note="海拉尔区 in the name (the subject is the park typed as a project; the tie itself is stated)")
t(HL, "tie project-place", "海拉尔热电厂蒸汽锅炉供热改造", HLD, 1606, R, note="海拉尔 in the name of the plant worked on")
t(HL, "tie project-place", "世界反法西斯战争海拉尔纪念园抗战遗址保护工程", HLD, 8200, R, note="海拉尔 in the name")
t(HL, "tie project-place", "世界反法西斯战争海拉尔纪念园抗战遗址设施工程", HLD, 1833, R, note="海拉尔 in the name")
t(HL, "tie park-place", "呼伦贝尔现代农牧业产业园", HLC, 1935, R, note="呼伦贝尔 in the park's name")
t(HL, "tie project-place", "呼伦贝尔政务云中心", HLC, 1684, R, note="呼伦贝尔 in the name")
t(HN, "tie park-place", "郑州航空港区", ZZ, 6559, R, note="郑州 in the name")
t(HN, "tie project-place", "郑州南站", ZZ, 6943, R, note="郑州 in the station's name")
t(HN, "tie park-place", "周口国家农高区", "农高区", 898, W, "other", "object 农高区 is no place (the zone's own kind word); 周口 would be")
t(GS, "tie project-place", "长春中医药大学附属医院定西医院", "Changchun City|长春市", 5769, W, "other",
  "长春 is the parent university's city; the hospital is in 定西")
t(GS, "tie project-place", "郭家台", "郭家台", 13592, W, "other",
  "borderline: the mine's own name made into a Place; the text never names 郭家台 as an area")
t(GS, "tie project-park", "国家外经贸提质增效示范项目", "金昌经开区", 4686, R,
  note="borderline: the text ties it (金昌经开区获批建设…), but the subject reads as a pilot title more than a work")
t(GS, "tie project-place", "兰州轨道交通二号线", LZ, 2874, R, note="兰州 in the name")
t(GS, "tie project-place", "兰州铁路枢纽优化提升工程", LZ, 11925, R, note="兰州 in the name")
t(GS, "tie project-place", "兰州中川国际机场三期", LZ, 2971, R, note="兰州 in the name")
t(GS, "tie project-place", "上海市第一人民医院酒泉医院", SH, 5733, W, "other", "上海 is the parent hospital's city; it is in 酒泉")
t(GS, "tie project-place", "上海中医药大学附属龙华医院甘肃医院", SH, 5751, W, "other",
  "上海 is the parent university's city; it is in 甘肃")
t(GS, "tie project-place", "西和县礼县西汉水人饮", "西和县礼县", 3037, W, "other",
  "borderline: the work is in 西和县 and 礼县, but the object merges the two counties into one non-existent place")
t(HL, "tie project-place", "哈克镇改扩建", "哈克镇", 2013, W, "other",
  "borderline: the works are in 哈克镇, but the subject is a cut label (place + verb), not a project")
t(HN, "tie project-place", "大河村遗址博物馆", "大河村", 1787, R,
  note="borderline: 大河村 written in the name, but as the site's name (the 大河村遗址) more than as the museum's village")
t(HN, "tie project-place", "大运河国家文化公园（河南段）", HNP, 10368, R, note="河南段 in the name")
t(HN, "tie project-place", "雄商高铁河南段", HNP, 6976, R, note="河南段 in the name")
t(HN, "tie project-place", "中国医学科学院肿瘤医院河南医院", HNP, 11829, R, note="河南医院 in the name")


def wilson(k, n, z=1.96):
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (c - h) / d, (c + h) / d


def main(items, ties, out):
    rows = []
    with open(items, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            rows.append((r["report"], r["kind"], r["label"], r["quote_start"]))
    with open(ties, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            rows.append((r["report"], r["kind"], f"{r['subject']} → {r['object']}", r["quote_start"]))
    missing = [k for k in rows if k not in V]
    extra = [k for k in V if k not in set(rows)]
    assert not missing and not extra, (missing, extra)
    for k, (verdict, cat, note) in V.items():
        assert verdict in (R, W) and (verdict == R) == (cat == ""), k
        assert cat in ("", "not-a-project", "not-a-park", "boundary", "wrong-kind", "other"), k
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["report", "kind", "label", "quote_start", "verdict", "category", "note"])
        for k in rows:
            w.writerow([*k, *V[k]])
    print("sha256", hashlib.sha256(open(out, "rb").read()).hexdigest(), out)

    def stats(sel):
        ks = [k for k in rows if sel(k)]
        right = sum(V[k][0] == R for k in ks)
        bl = [k for k in ks if V[k][2].startswith("borderline:")]
        flipped = right - sum(V[k][0] == R for k in bl) + sum(V[k][0] == W for k in bl)
        return right, len(ks), len(bl), flipped
    for name, sel in [("parks", lambda k: k[1] == "Park"), ("projects", lambda k: k[1] == "Project"),
                      ("ties", lambda k: k[1].startswith("tie"))]:
        r, n, b, fl = stats(sel)
        lo, hi = wilson(r, n)
        print(f"{name}: {r}/{n} = {r / n:.1%} Wilson95 {lo:.1%}–{hi:.1%}; borderline {b}; flipped {fl}/{n} = {fl / n:.1%}")
        for rep in (GS, HL, HN):
            r, n, b, fl = stats(lambda k, s=sel, rep=rep: s(k) and k[0] == rep)
            if n:
                print(f"   {rep}: {r}/{n} = {r / n:.1%}; borderline {b}; flipped {fl}/{n}")
    from collections import Counter
    c = Counter((k[1] if k[1] in ("Park", "Project") else "tie", V[k][1]) for k in rows if V[k][0] == W)
    for (kind, cat), n in sorted(c.items()):
        print(f"wrong {kind} {cat}: {n}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
