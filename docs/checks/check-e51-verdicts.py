"""Verdicts of the fifty-first blind hand check of parks, projects and their ties (check-e51).

Tool frozen at 0d2194dd. Built from henan-2026, xizang-2026 and hailaer-2012; the sampler's CSVs:
    python scripts/sample_entities.py OUT --cap 40 --seed 33063 > items.csv
    python scripts/sample_entities.py OUT --ties > ties.csv
Run:  python docs/checks/check-e51-verdicts.py ITEMS.csv TIES.csv
writes docs/checks/entity-precision-2027y.csv (refuses to overwrite it) with every sampled row and its verdict,
category and note. Each verdict was given from the report text (policykg.read.read_report) and
docs/annotation-guideline.md only. A note opening with "borderline:" marks a verdict two careful readers could
give the other way.
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from policykg.sheetcells import GuardedWriter, unguarded  # noqa: E402

OUT = Path(__file__).resolve().parent / "entity-precision-2027y.csv"
H, N, X = "hailaerqu-2012", "henansheng-2026", "tibetzizhiqu-2026"
R, W = "right", "wrong"

# (report, kind, label, quote_start): (verdict, category, note)
ITEMS = {
    # hailaer-2012 parks (7 of 7)
    (H, "Park", "中俄蒙国际汽车产业物流园", 1326): (R, "", "一汽大众4S店入驻: a park firms locate in; the label is written at 6436 (…产业物流园项目), the quote 中俄蒙国际汽车产业园 its short form"),
    (H, "Park", "海拉尔农业发展园区", 1558): (R, "", "agricultural park, 被命名为自治区级农业科技示范园区; label written at 2208"),
    (H, "Park", "农牧业园区", 1849): (W, "not-a-park", "农牧业园区化、设施化: the generic word of a trend (园区化), no one zone"),
    (H, "Park", "呼伦贝尔工业园区", 5677): (R, "", "industrial park"),
    (H, "Park", "助推工业园区", 5716): (W, "boundary", "the verb 助推 glued to 工业园区, which is a back reference to 呼伦贝尔工业园区 of the same sentence"),
    (H, "Park", "中俄蒙国际物流园区", 6372): (R, "", "logistics park: 总体规划和起步区设计, 园区基础设施建设, 招商引资"),
    (H, "Park", "中俄蒙文化创意产业园", 7306): (R, "", "a park being built that firms are drawn into (企业入驻)"),
    # hailaer-2012 projects (40 of 64 drawn)
    (H, "Project", "大唐1830化肥", 947): (R, "", "list member of …等项目 (大唐1830化肥、大唐5万千瓦风电项目按期完工)"),
    (H, "Project", "冀东物贸集团年产3000辆专用车项目", 971): (R, "", "a named plant project, 顺利开工; the report writes 项目 in its name"),
    (H, "Project", "蒙西煤矿扩能改造", 1010): (R, "", "a named mine's extension works, completed"),
    (H, "Project", "顺兴煤矿改造", 1019): (R, "", "borderline: the works are written 顺兴煤矿改造复产; an annotator may keep 复产 in the label"),
    (H, "Project", "古纳河酒业", 1053): (R, "", "a firm's name standing for its plant, counted among 22个项目 (required by the guideline)"),
    (H, "Project", "天富城市燃气", 1069): (R, "", "a firm's name for its project, …等项目进展顺利"),
    (H, "Project", "产业基地220千伏变电站", 1076): (R, "", "a substation with its site in the name"),
    (H, "Project", "众和地壹街", 1262): (R, "", "a named commercial street, 开工建设"),
    (H, "Project", "华汇地下金街", 1268): (R, "", "a named underground shopping street, 开工建设"),
    (H, "Project", "万豪二期", 1503): (R, "", "a hotel's second phase about to open (…等星级酒店即将投入运营)"),
    (H, "Project", "世纪天伦", 1508): (R, "", "a hotel named by its brand, about to open"),
    (H, "Project", "新开通海拉尔至香港", 1696): (W, "boundary", "the verb 新开通 glued to the route, and 航线 cut; an air route opened is at best borderline as a project"),
    (H, "Project", "新桥市场扩建", 1971): (R, "", "a market with a proper word, 扩建 among 等工程"),
    (H, "Project", "天润新城", 2544): (R, "", "a named development among 重点城市建设项目"),
    (H, "Project", "尚品国际", 2549): (R, "", "a named development among 重点城市建设项目"),
    (H, "Project", "学府路标准化学校", 3767): (R, "", "a school with its street in the name, among 等工程"),
    (H, "Project", "扎罗木得学校改造", 3776): (R, "", "a named school's renovation works"),
    (H, "Project", "区人民医院", 3808): (R, "", "新建的区人民医院…投入使用: a hospital with its owner (区) in the name"),
    (H, "Project", "青少年老年人体育活动中心", 3937): (R, "", "borderline: a sports centre put into use, named by its kind and users alone (the guideline makes such a work optional)"),
    (H, "Project", "呼伦社区文体馆", 3997): (R, "", "a community's hall, 建设基本完工"),
    (H, "Project", "大唐风电二期", 5873): (R, "", "a named project's phase, 前期谋划"),
    (H, "Project", "国安", 6460): (R, "", "borderline: member of 蒙西、国安、粮食、时利等物流项目扩建升级; a firm's name for its logistics project, counted among the projects, but it reads as a firm"),
    (H, "Project", "时利", 6466): (R, "", "borderline: member of …等物流项目; the report writes 时利物流二期 (1337), of which it is a short form"),
    (H, "Project", "步森百货改造工程", 6540): (R, "", "a named store's renovation works"),
    (H, "Project", "万豪国际", 7234): (R, "", "a five-star hotel project (…等五星级酒店项目的实施)"),
    (H, "Project", "洲际", 7239): (R, "", "a brand's name for its hotel, counted among the hotel projects (洲际酒店项目 at 1540)"),
    (H, "Project", "包商银行培训中心", 7246): (R, "", "a named centre among the hotel projects"),
    (H, "Project", "反季节蔬菜基地", 7996): (R, "", "borderline: member of 无公害、反季节蔬菜基地等项目; a base named by its kind alone (optional by the guideline)"),
    (H, "Project", "哈克镇现代化养殖基地", 8013): (R, "", "a base with its town in the name"),
    (H, "Project", "奶牛规模养殖场", 8135): (W, "not-a-project", "实施5个奶牛规模养殖场: five farms of a kind, a generic kind in the plural, not one named project"),
    (H, "Project", "小肥羊肉业公司羊肉深加工", 8297): (R, "", "a firm's processing project, …等食品加工项目的前期"),
    (H, "Project", "东、西外环路", 9021): (W, "boundary", "two roads glued: 东、西外环路 is 东外环路 and 西外环路, each its own item by the list rule"),
    (H, "Project", "哈萨尔大街", 9034): (R, "", "a street being built as a road works (…等市区两级重点道路工程的建设)"),
    (H, "Project", "冰上运动场馆", 9277): (R, "", "borderline: a venue named by its kind alone, …等项目建设 in the new city area (optional by the guideline)"),
    (H, "Project", "哈克镇农村敬老院", 10267): (R, "", "a care home with its town in the name, 项目建设"),
    (H, "Project", "卫生急救中心", 10784): (R, "", "borderline: a centre named by its kind alone being built (optional by the guideline)"),
    (H, "Project", "哈克卫生院扩建", 10791): (R, "", "a named health centre's extension"),
    (H, "Project", "健康", 10799): (R, "", "borderline: member of 健康和正阳社区卫生服务中心; the member's word reads as something else (health): optional by the list rule"),
    (H, "Project", "正阳社区卫生服务中心", 10802): (R, "", "a named community health centre being built"),
    (H, "Project", "海拉尔要塞遗址博物馆", 10886): (W, "not-a-project", "an existing museum put forward for heritage status (申报为国家级文物保护单位); no works on it"),
    # henan-2026 parks (5 of 5)
    (N, "Park", "周口国家农高区", 898): (R, "", "national agricultural high-tech zone, 加快建设"),
    (N, "Park", "新郑综合保税区", 2526): (R, "", "borderline: a comprehensive bonded zone, but the label is an expansion the report never writes (it writes only 新郑综保区)"),
    (N, "Park", "郑州航空港区", 6559): (R, "", "borderline: a zone with its industries (产业生态, 零碳园区), but also a district-like area of Zhengzhou a reader may take as a Place"),
    (N, "Park", "中原量子谷", 7579): (R, "", "borderline: a named quantum-industry site (完善…产业生态); the text does not say it is a bounded zone"),
    (N, "Park", "现代农业产业园", 8720): (W, "not-a-park", "加快现代农业产业园、产业强镇建设: a generic kind (the count 新增国家现代农业产业园11个 at 931), no one zone"),
    # henan-2026 projects (31 of 31)
    (N, "Project", "国家生物育种产业创新中心", 910): (R, "", "a named centre 建成投用"),
    (N, "Project", "南水北调中线工程", 1352): (W, "not-a-project", "only the water quality of its source and canal is stated: an existing work, not worked on"),
    (N, "Project", "国家医学中心（中医类）", 1707): (R, "", "获批建设 / 加快建设 (11815): a named centre being built"),
    (N, "Project", "殷墟博物馆新馆", 1779): (R, "", "建成开放"),
    (N, "Project", "大河村遗址博物馆", 1787): (R, "", "建成开放"),
    (N, "Project", "汉魏洛阳故城遗址博物馆", 1796): (R, "", "建成开放"),
    (N, "Project", "平漯周", 6934): (R, "", "route abbreviation member of …等高铁项目, reads as nothing but the route: required"),
    (N, "Project", "焦济洛平", 6938): (R, "", "route abbreviation member of …等高铁项目: required"),
    (N, "Project", "郑州南站", 6943): (R, "", "a station among the high-speed rail projects"),
    (N, "Project", "南信合高铁", 6957): (R, "", "开工建设"),
    (N, "Project", "京港高铁阜阳至黄冈段", 6963): (R, "", "开工建设"),
    (N, "Project", "雄商高铁河南段", 6976): (R, "", "建成"),
    (N, "Project", "观音寺调蓄工程", 7004): (R, "", "加快…建设"),
    (N, "Project", "沙颍河“通港达园”项目", 7012): (R, "", "a named waterway project"),
    (N, "Project", "豫东水资源配置工程", 7030): (R, "", "开工建设"),
    (N, "Project", "赵口", 7042): (R, "", "borderline: member of 赵口、陆浑、渠村等灌区现代化改造 written only as the place the irrigation district lies in: optional by the list rule"),
    (N, "Project", "陆浑", 7045): (R, "", "borderline: member of …等灌区现代化改造 written as a place name: optional by the list rule"),
    (N, "Project", "渠村", 7048): (R, "", "borderline: member of …等灌区现代化改造 written as a village name: optional by the list rule"),
    (N, "Project", "双千兆网络", 7102): (W, "not-a-project", "a kind of network infrastructure (generic), no one named work"),
    (N, "Project", "量子通信", 7108): (W, "not-a-project", "a technology field, no named work"),
    (N, "Project", "中州时代电池三期", 7491): (R, "", "a named plant's third phase"),
    (N, "Project", "众擎机器人全球生产制造中心", 7540): (R, "", "a named plant project"),
    (N, "Project", "仕佳光子通信芯片", 7554): (R, "", "a firm's product project counted among …等项目建设"),
    (N, "Project", "现代生态宜居城市", 9165): (W, "not-a-project", "a goal for Luoyang (支持洛阳加快建设…现代生态宜居城市), a title, not a work"),
    (N, "Project", "国际文化旅游名城", 9174): (W, "not-a-project", "a goal/title for Luoyang, not a work"),
    (N, "Project", "夏商文明考古研究中心", 10353): (R, "", "建成: a named centre being built"),
    (N, "Project", "大运河国家文化公园（河南段）", 10368): (R, "", "a named work along one canal, 加快建设"),
    (N, "Project", "中国医学科学院肿瘤医院河南医院", 11829): (R, "", "建成"),
    (N, "Project", "省疾控中心国家区域公共卫生中心", 11845): (R, "", "建成"),
    (N, "Project", "病险水库除险加固", 12616): (W, "not-a-project", "a kind of works done in many places (a programme), no named work"),
    (N, "Project", "蓄滞洪区", 12625): (W, "not-a-project", "a generic kind (flood storage areas), …等防洪工程"),
    # xizang-2026 projects (13 of 13; no parks)
    (X, "Project", "雅下水电工程", 743): (R, "", "开工建设"),
    (X, "Project", "金上至湖北特高压直流输电工程", 1316): (R, "", "建成投运"),
    (X, "Project", "藏粤直流", 1344): (R, "", "a named transmission line, 开工建设"),
    (X, "Project", "青藏铁路格拉段电气化改造工程", 1349): (R, "", "开工建设"),
    (X, "Project", "湘河", 1368): (R, "", "borderline: member of 湘河、拉洛水利枢纽 whose word reads as a river: optional by the list rule"),
    (X, "Project", "拉洛水利枢纽", 1371): (R, "", "投入使用"),
    (X, "Project", "中国西藏环喜马拉雅藏医药研究中心", 2508): (R, "", "borderline: 获批设立 makes it an organisation by the guideline, an optional project only as a facility"),
    (X, "Project", "川藏铁路", 7604): (R, "", "加快建设 (1335), 全力保障…建设"),
    (X, "Project", "波密至然乌段铁路", 7644): (R, "", "加快推动…建设"),
    (X, "Project", "东嘎水库", 7702): (R, "", "开工建设"),
    (X, "Project", "澜上水风光一体化基地", 8331): (R, "", "last member of 金上、藏东南、澜上水风光一体化基地建设, written with the head"),
    (X, "Project", "重庆昌都完全中学", 10559): (R, "", "开工建设"),
    (X, "Project", "雅鲁藏布江流域", 11172): (W, "not-a-project", "borderline: a river basin (a region) of 雅鲁藏布江流域等关键区域生态修复工程; read as a one-river works it would be an optional member that reads as a region"),
}

# (report, kind, subject, object, quote_start): (verdict, category, note)
TIES = {
    (H, "tie park-place", "呼伦贝尔工业园区", "Hulunbeier City|呼伦贝尔市", 5677): (R, "", "the place is written in the park's name"),
    (H, "tie project-place", "呼伦贝尔市中心城新区河东部分", "Hulunbeier City|呼伦贝尔市", 8541): (R, "", "the place is written in the item's name"),
    (H, "tie park-place", "海拉尔农业发展园区", "Hailaer District|海拉尔区", 1558): (R, "", "海拉尔 written in the park's name (2208)"),
    (H, "tie project-place", "海拉尔要塞遗址博物馆", "Hailaer District|海拉尔区", 10886): (R, "", "海拉尔 written in the name (the item itself is judged not a project)"),
    (H, "tie project-place", "世界反法西斯战争海拉尔纪念园", "Hailaer District|海拉尔区", 7163): (R, "", "海拉尔 written in the name"),
    (N, "tie park-place", "新郑综合保税区", "Xinzheng City|新郑市", 2526): (R, "", "新郑 written in the name"),
    (N, "tie park-place", "郑州航空港区", "Zhengzhou City|郑州市", 6559): (R, "", "郑州 written in the name"),
    (N, "tie project-place", "郑州南站", "Zhengzhou City|郑州市", 6943): (R, "", "郑州 written in the name"),
    (N, "tie park-place", "中原量子谷", "Zhongyuan District|中原区", 7579): (W, "wrong place", "中原 here is the Central Plains (as in 中原农谷, 中原大地), not Zhengzhou's 中原区; the text ties it to no district"),
    (N, "tie park-place", "周口国家农高区", "Zhoukou City|周口市", 898): (R, "", "周口 written in the name"),
    (H, "tie project-place", "哈克卫生院扩建", "哈克镇", 10791): (R, "", "哈克 (the report writes 哈克镇 at 2905) written in the name"),
    (H, "tie project-place", "哈克现代化牧场二期", "哈克镇", 1949): (R, "", "哈克 written in the name"),
    (H, "tie project-place", "哈克镇农村敬老院", "哈克镇", 10267): (R, "", "哈克镇 written in the name"),
    (H, "tie project-place", "哈克镇现代化养殖基地", "哈克镇", 8013): (R, "", "哈克镇 written in the name"),
    (H, "tie project-place", "天润新城", "Xincheng District|新城区", 2544): (W, "wrong place", "新城 is part of the development's brand name (天润新城), not the report's 新城区; the text places it nowhere"),
    (N, "tie project-place", "大河村遗址博物馆", "大河村", 1787): (R, "", "the village 大河村 is written in the name"),
    (N, "tie project-place", "大运河国家文化公园（河南段）", "Henan Province|河南省", 10368): (R, "", "河南段 written in the name"),
    (N, "tie project-place", "雄商高铁河南段", "Henan Province|河南省", 6976): (R, "", "河南段 written in the name"),
    (N, "tie project-place", "中国医学科学院肿瘤医院河南医院", "Henan Province|河南省", 11829): (R, "", "河南 written in the name"),
    (N, "tie project-place", "汉魏洛阳故城遗址博物馆", "Luoyang City|洛阳市", 1796): (R, "", "洛阳 written in the name"),
    (X, "tie project-place", "中国西藏环喜马拉雅藏医药研究中心", "Tibet Autonomous Region|西藏自治区", 2508): (R, "", "西藏 written in the name"),
    (H, "tie project-target", "奶牛规模养殖场", "奶牛规模养殖场数量: 实施5个奶牛规模养殖场", 8131): (R, "", "borderline: the figure is the count of the very things the item names (5 farms), but that count shows the item is a plural kind, not one project"),
}


def main(items_csv: str, ties_csv: str) -> None:
    if OUT.exists():
        sys.exit(f"{OUT} exists: not overwritten")
    cols = ["report", "kind", "label", "alts", "subject", "object", "quote_start", "quote", "sentence",
            "verdict", "category", "note"]
    rows, used_i, used_t = [], set(), set()
    with open(items_csv, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            r = {k: unguarded(v) for k, v in r.items()}
            key = (r["report"], r["kind"], r["label"], int(r["quote_start"]))
            if key not in ITEMS:
                sys.exit(f"no verdict for item {key}")
            used_i.add(key)
            v, c, n = ITEMS[key]
            rows.append([r["report"], r["kind"], r["label"], r["alts"], "", "", r["quote_start"], r["quote"],
                         r["sentence"], v, c, n])
    with open(ties_csv, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            r = {k: unguarded(v) for k, v in r.items()}
            key = (r["report"], r["kind"], r["subject"], r["object"], int(r["quote_start"]))
            if key not in TIES:
                sys.exit(f"no verdict for tie {key}")
            used_t.add(key)
            v, c, n = TIES[key]
            rows.append([r["report"], r["kind"], "", "", r["subject"], r["object"], r["quote_start"], r["quote"],
                         r["sentence"], v, c, n])
    if set(ITEMS) - used_i or set(TIES) - used_t:
        sys.exit(f"verdicts for rows not sampled: {sorted(set(ITEMS) - used_i) + sorted(set(TIES) - used_t)}")
    with open(OUT, "x", encoding="utf-8", newline="") as f:
        w = GuardedWriter(f)
        w.writerow(cols)
        for row in rows:
            w.writerow(row)
    print(f"wrote {OUT}: {len(used_i)} items, {len(used_t)} ties")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: check-e51-verdicts.py ITEMS.csv TIES.csv")
    main(sys.argv[1], sys.argv[2])
