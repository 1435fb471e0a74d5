"""Verdicts of the forty-fourth blind hand check (e44) of parks, projects and their ties.

Tool frozen at 2c4454d0; reports shaanxi-2026, henan-2026, hailaer-2012. Reads the sampler's CSVs
(scripts/sample_entities.py OUT --cap 40 --seed 33052, and --ties) and writes
docs/checks/entity-precision-2027r.csv with the verdict, category and note of every row. Refuses to
overwrite an existing CSV, and refuses a sample whose rows do not match the verdicts one to one.

    python docs/checks/e44-verdicts.py /tmp/check-e44/items.csv /tmp/check-e44/ties.csv
"""
import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "entity-precision-2027r.csv"

R, W = "right", "wrong"
HA, HE, SH = "hailaerqu-2012", "henansheng-2026", "shaanxisheng-2026"

# (report, kind, label, quote_start): (verdict, category, note)
ITEMS = {
    # hailaer-2012 parks
    (HA, "Park", "中俄蒙国际汽车产业物流园", 1326): (R, "", "borderline: 4S店入驻 the 汽车产业园; label from 中俄蒙国际汽车产业物流园项目 (6436), same zone by its two spellings as far as the text shows"),
    (HA, "Park", "海拉尔农业发展园区", 1558): (R, "", "agricultural park, 自治区级农业科技示范园区 (2211), 继续抓好…建设 (7979)"),
    (HA, "Park", "农牧业园区", 1849): (W, "not-a-park", "cut from 农牧业园区化 (parkisation of farming): generic, no zone"),
    (HA, "Park", "呼伦贝尔工业园区", 5677): (R, "", "industrial park"),
    (HA, "Park", "助推工业园区", 5716): (W, "boundary", "verb 助推 glued to a generic back-reference 工业园区"),
    (HA, "Park", "中俄蒙国际物流园区", 6372): (R, "", "logistics park: 总体规划和起步区设计, 园区基础设施, 招商引资"),
    (HA, "Park", "中俄蒙文化创意产业园", 7306): (R, "", "built and firms drawn in (引入…企业入驻)"),
    # hailaer-2012 projects (40 of 65)
    (HA, "Project", "大唐1830化肥", 947): (R, "", "list member of …项目按期完工"),
    (HA, "Project", "大唐5万千瓦风电项目", 956): (R, "", ""),
    (HA, "Project", "冀东物贸集团年产3000辆专用车项目", 971): (R, "", "顺利开工"),
    (HA, "Project", "蒙西煤矿扩能改造", 1010): (R, "", ""),
    (HA, "Project", "顺兴煤矿改造", 1019): (R, "", "borderline: written 顺兴煤矿改造复产; label stops before 复产 (status word), an annotator may write 顺兴煤矿改造复产 or 顺兴煤矿"),
    (HA, "Project", "古纳河酒业", 1053): (R, "", "firm name for its plant counted among 22个项目顺利投产: required"),
    (HA, "Project", "产业基地220千伏变电站", 1076): (R, "", "substation with its site in the name"),
    (HA, "Project", "华汇地下金街", 1268): (R, "", "开工建设"),
    (HA, "Project", "时利物流二期", 1337): (R, "", "工程按期实施"),
    (HA, "Project", "世纪天伦", 1508): (R, "", "brand for its hotel, X等星级酒店即将投入运营"),
    (HA, "Project", "哈克现代化牧场二期", 1949): (R, "", ""),
    (HA, "Project", "中央桥加固", 2523): (R, "", "named works on a bridge, 工程按期完工"),
    (HA, "Project", "天润新城", 2544): (R, "", "counted among 重点城市建设项目"),
    (HA, "Project", "尚品国际", 2549): (R, "", "counted among 重点城市建设项目"),
    (HA, "Project", "学府路标准化学校", 3767): (R, "", "工程进展顺利"),
    (HA, "Project", "扎罗木得学校改造", 3776): (R, "", ""),
    (HA, "Project", "呼伦社区文体馆", 3997): (R, "", "建设基本完工"),
    (HA, "Project", "大唐700万吨露天矿", 5748): (R, "", ""),
    (HA, "Project", "麦多利10万吨大麦芽二期", 5759): (R, "", ""),
    (HA, "Project", "沈煤集团煤炭转化", 5880): (R, "", "项目的前期谋划"),
    (HA, "Project", "蒙西", 6457): (R, "", "borderline: member of 蒙西、国安、粮食、时利等物流项目; a firm's short name read with the head only: optional by the shared-head rule"),
    (HA, "Project", "国安", 6460): (R, "", "borderline: as 蒙西, a firm's short name in a shared-head list of 物流项目: optional"),
    (HA, "Project", "三角地时代广场", 6532): (R, "", "named site with works (改造工程)"),
    (HA, "Project", "中俄蒙信息平台", 6927): (R, "", "named platform being built"),
    (HA, "Project", "世界反法西斯战争海拉尔纪念园", 7163): (R, "", "named site, 二期建设"),
    (HA, "Project", "万豪国际", 7234): (R, "", "brand for its hotel counted among 五星级酒店项目 (possibly the 万豪二期 of 1503: not judged a duplicate, the text does not say)"),
    (HA, "Project", "洲际", 7239): (R, "", "brand for its hotel counted among 五星级酒店项目; 洲际酒店项目顺利签约 (1540)"),
    (HA, "Project", "包商银行培训中心", 7246): (R, "", "counted among 五星级酒店项目"),
    (HA, "Project", "中俄蒙文化创意产业园项目", 7306): (W, "wrong-kind", "borderline: the park 中俄蒙文化创意产业园 (a Park item too) again as a project; firms are drawn into it, so a park"),
    (HA, "Project", "无公害", 7992): (R, "", "borderline: 无公害、反季节蔬菜基地 shared head; 无公害 reads only with the head, a kind of base: optional"),
    (HA, "Project", "反季节蔬菜基地", 7996): (R, "", "borderline: a work named by its kind alone: optional"),
    (HA, "Project", "扎罗木得水利枢纽", 8233): (R, "", ""),
    (HA, "Project", "海拉尔河堤防", 8242): (R, "", "a river's embankment works: project"),
    (HA, "Project", "小肥羊肉业公司羊肉深加工", 8297): (R, "", "food processing project, 力争年内开工"),
    (HA, "Project", "哈萨尔大街", 9034): (R, "", "road in 重点道路工程的建设"),
    (HA, "Project", "学府路中学", 10678): (W, "duplicate", "borderline: 学府路中学…标准化学校建设 reads as the 学府路标准化学校 works of 3767 continued"),
    (HA, "Project", "南开路小学", 10684): (R, "", "标准化学校建设 at a named school"),
    (HA, "Project", "哈克卫生院扩建", 10791): (R, "", ""),
    (HA, "Project", "正阳社区卫生服务中心", 10802): (R, "", "健康和正阳社区卫生服务中心: each member its own item"),
    (HA, "Project", "海拉尔要塞遗址博物馆", 10886): (W, "not-a-project", "only applied for as a heritage site (申报为国家级文物保护单位), no works"),
    # henan-2026 parks
    (HE, "Park", "周口国家农高区", 898): (R, "", "agricultural high-tech zone"),
    (HE, "Park", "新郑综合保税区", 2526): (R, "", "comprehensive bonded zone; alt 新郑综保区 as written"),
    (HE, "Park", "郑州航空港区", 6559): (R, "", "borderline: 郑州航空港 economic zone, a district-like area: park or place is debatable"),
    (HE, "Park", "中原量子谷", 7579): (R, "", "borderline: 完善中原量子谷产业生态, a named quantum industry site or a cluster"),
    (HE, "Park", "现代农业产业园", 8720): (W, "not-a-park", "generic kind (新增国家现代农业产业园11个; 加快现代农业产业园、产业强镇建设)"),
    # henan-2026 projects (31)
    (HE, "Project", "国家生物育种产业创新中心", 910): (R, "", "建成投用"),
    (HE, "Project", "南水北调中线工程", 1352): (W, "not-a-project", "only the water quality of its source and canal: exists, not worked on"),
    (HE, "Project", "国家医学中心（中医类）", 1707): (R, "", "获批建设, 加快建设 (11815)"),
    (HE, "Project", "殷墟博物馆新馆", 1779): (R, "", "建成开放"),
    (HE, "Project", "大河村遗址博物馆", 1787): (R, "", "建成开放"),
    (HE, "Project", "汉魏洛阳故城遗址博物馆", 1796): (R, "", "建成开放"),
    (HE, "Project", "平漯周", 6934): (R, "", "borderline: three-character route abbreviation in 等高铁项目; its own words name the railway"),
    (HE, "Project", "焦济洛平", 6938): (R, "", "route abbreviation in 等高铁项目"),
    (HE, "Project", "郑州南站", 6943): (R, "", ""),
    (HE, "Project", "南信合高铁", 6957): (R, "", "开工建设"),
    (HE, "Project", "京港高铁阜阳至黄冈段", 6963): (R, "", ""),
    (HE, "Project", "雄商高铁河南段", 6976): (R, "", ""),
    (HE, "Project", "观音寺调蓄工程", 7004): (R, "", ""),
    (HE, "Project", "沙颍河“通港达园”项目", 7012): (R, "", ""),
    (HE, "Project", "豫东水资源配置工程", 7030): (R, "", "开工建设"),
    (HE, "Project", "赵口", 7042): (R, "", "borderline: 赵口、陆浑、渠村等灌区现代化改造; member reads as a place, names the irrigation district only with the head: optional"),
    (HE, "Project", "陆浑", 7045): (R, "", "borderline: as 赵口"),
    (HE, "Project", "渠村", 7048): (R, "", "borderline: as 赵口"),
    (HE, "Project", "双千兆网络", 7102): (W, "not-a-project", "a kind of infrastructure built everywhere (programme), not one named work"),
    (HE, "Project", "量子通信", 7108): (W, "not-a-project", "a technology field"),
    (HE, "Project", "中州时代电池三期", 7491): (R, "", ""),
    (HE, "Project", "众擎机器人全球生产制造中心", 7540): (R, "", ""),
    (HE, "Project", "仕佳光子通信芯片", 7554): (R, "", "firm + product in 等项目建设"),
    (HE, "Project", "现代生态宜居城市", 9165): (W, "not-a-project", "a goal for 洛阳 (建设…宜居城市), not a work"),
    (HE, "Project", "国际文化旅游名城", 9174): (W, "not-a-project", "a title aimed at, not a work"),
    (HE, "Project", "夏商文明考古研究中心", 10353): (R, "", "建成: a centre being built"),
    (HE, "Project", "大运河国家文化公园（河南段）", 10368): (R, "", "named work along one canal, 加快建设"),
    (HE, "Project", "中国医学科学院肿瘤医院河南医院", 11829): (R, "", "建成"),
    (HE, "Project", "省疾控中心国家区域公共卫生中心", 11845): (R, "", "建成"),
    (HE, "Project", "病险水库除险加固", 12616): (W, "not-a-project", "programme: a kind of work done on many reservoirs"),
    (HE, "Project", "蓄滞洪区", 12625): (W, "not-a-project", "generic kind (flood storage areas)"),
    # shaanxi-2026 parks
    (SH, "Park", "修正生物医药产业园", 636): (R, "", "borderline: a firm's 产业园 counted among 等项目加快推进: park or project debatable"),
    (SH, "Park", "洋县园区", 2336): (R, "", "county park with 产值"),
    (SH, "Park", "富平园区", 2350): (R, "", "county park with 产值"),
    (SH, "Park", "三航科技城", 10025): (R, "", "science park being built (支持…建设)"),
    # shaanxi-2026 projects (40 of 60)
    (SH, "Project", "法士特新能源汽车传动系统", 606): (R, "", "开工建设"),
    (SH, "Project", "陕煤榆林化学二期", 752): (R, "", ""),
    (SH, "Project", "国能煤炭综合利用", 768): (R, "", "重大项目开工"),
    (SH, "Project", "西延高铁", 814): (R, "", "建成通车"),
    (SH, "Project", "岚皋至陕渝界", 822): (R, "", "route with both ends, member of …等4条高速公路"),
    (SH, "Project", "康渝", 843): (W, "duplicate", "the 康渝高铁 of 8528 (also an item); optional two-character abbreviation besides"),
    (SH, "Project", "黄河东线马镇引水工程", 879): (R, "", "试通水"),
    (SH, "Project", "芯业时代8英寸半导体", 1560): (R, "", "等项目投产"),
    (SH, "Project", "弗迪12吉瓦时动力电池扩产", 1584): (R, "", ""),
    (SH, "Project", "华天科技芯片技改", 1598): (R, "", ""),
    (SH, "Project", "恒神高性能碳纤维", 1722): (R, "", "等项目建成"),
    (SH, "Project", "关中革命纪念馆", 2790): (R, "", "建成开放"),
    (SH, "Project", "秦岭博物馆", 2798): (R, "", "建成开放"),
    (SH, "Project", "中国能建集团压缩空气储能", 3591): (R, "", "央陕合作项目落地"),
    (SH, "Project", "三星V8闪存芯片", 3822): (R, "", "外资项目落地投产"),
    (SH, "Project", "西安咸阳国际机场T5航站楼", 5417): (R, "", "建成投运"),
    (SH, "Project", "引汉济渭", 5431): (R, "", "建成投运"),
    (SH, "Project", "西安国家版本馆", 5614): (R, "", "投入使用"),
    (SH, "Project", "陕西考古博物馆", 5622): (R, "", "投入使用"),
    (SH, "Project", "省图书新馆", 5630): (R, "", "投入使用"),
    (SH, "Project", "榆能百万吨煤制芳烃", 8498): (R, "", ""),
    (SH, "Project", "康渝高铁", 8528): (R, "", ""),
    (SH, "Project", "西安东站", 8545): (R, "", "建成投运"),
    (SH, "Project", "延安东绕城", 8586): (R, "", "member of 延安东绕城、洛卢高速公路"),
    (SH, "Project", "洛卢高速公路", 8592): (R, "", ""),
    (SH, "Project", "古贤水利枢纽", 8605): (R, "", ""),
    (SH, "Project", "蒋家窑则水库", 8612): (R, "", "being built (推进…项目建设)"),
    (SH, "Project", "引汉济渭二期", 8619): (R, "", "borderline: phase rule could make it an alt of 引汉济渭 (5431); read as a second work, the first completed and this one under way"),
    (SH, "Project", "宝鸡峡灌区改造", 8626): (R, "", ""),
    (SH, "Project", "吉利汽车零部件", 10126): (R, "", ""),
    (SH, "Project", "奕斯伟二期", 10141): (R, "", "释放产能"),
    (SH, "Project", "铜川高端铝产业基地", 10184): (W, "wrong-kind", "borderline: an industrial base 支持…发展 with 集群 and 基地: a park (industrial base) or an industry, not a work being built"),
    (SH, "Project", "黄蒿界", 10315): (R, "", "coal mine, 等6处煤矿…建成试运转"),
    (SH, "Project", "雷龙湾储气库", 10365): (R, "", ""),
    (SH, "Project", "中煤煤炭深加工", 10550): (R, "", ""),
    (SH, "Project", "中科洁净能源研究院二期", 10565): (R, "", "启动…二期: an institute's building phase"),
    (SH, "Project", "榆横中试基地二期项目", 10577): (R, "", "label with the shared 项目, an allowed alt"),
    (SH, "Project", "东航飞机维修基地", 11057): (R, "", ""),
    (SH, "Project", "中华文明探源工程", 13874): (W, "not-a-project", "a national research programme joined (深度参与), not a work"),
    (SH, "Project", "中法文化遗产保护研究", 13919): (W, "not-a-project", "borderline: a research cooperation counted among 国际合作项目, not a facility or engineering work"),
}

# (report, kind, subject, object): (verdict, category, note)
TIES = {
    (HA, "tie park-place", "呼伦贝尔工业园区", "Hulunbeier City|呼伦贝尔市"): (R, "", "place in the name"),
    (HA, "tie project-place", "呼伦贝尔市中心城新区河东部分", "Hulunbeier City|呼伦贝尔市"): (R, "", "place in the name"),
    (HA, "tie park-place", "海拉尔农业发展园区", "Hailaer District|海拉尔区"): (R, "", "place in the name (海拉尔农业发展园区, 2211)"),
    (HA, "tie project-place", "海拉尔要塞遗址博物馆", "Hailaer District|海拉尔区"): (R, "", "place in the name (the subject itself is judged not a project)"),
    (HA, "tie project-place", "世界反法西斯战争海拉尔纪念园", "Hailaer District|海拉尔区"): (R, "", "place in the name"),
    (HE, "tie park-place", "新郑综合保税区", "Xinzheng City|新郑市"): (R, "", "place in the name"),
    (HE, "tie park-place", "郑州航空港区", "Zhengzhou City|郑州市"): (R, "", "place in the name"),
    (HE, "tie project-place", "郑州南站", "Zhengzhou City|郑州市"): (R, "", "place in the name"),
    (HE, "tie park-place", "中原量子谷", "Zhongyuan District|中原区"): (W, "other", "中原 is the Central Plains (as 中原农谷), not 中原区; the text names no 中原区"),
    (HE, "tie park-place", "周口国家农高区", "Zhoukou City|周口市"): (R, "", "place in the name"),
    (SH, "tie park-place", "富平园区", "Fuping County|富平县"): (R, "", "place in the name"),
    (SH, "tie park-place", "洋县园区", "Yang County|洋县"): (R, "", "place in the name"),
    (HA, "tie project-place", "哈克卫生院扩建", "哈克镇"): (R, "", "哈克 in the name"),
    (HA, "tie project-place", "哈克现代化牧场二期", "哈克镇"): (R, "", "哈克 in the name"),
    (HA, "tie project-place", "哈克镇农村敬老院", "哈克镇"): (R, "", "place in the name"),
    (HA, "tie project-place", "哈克镇现代化养殖基地", "哈克镇"): (R, "", "place in the name"),
    (HA, "tie project-place", "天润新城", "Xincheng District|新城区"): (W, "other", "天润新城 is a housing estate's name; 新城区 here is the new urban area being built, not an administrative Xincheng District, and the text ties nothing"),
    (HE, "tie project-place", "大河村遗址博物馆", "大河村"): (R, "", "place in the name"),
    (HE, "tie project-place", "大运河国家文化公园（河南段）", "Henan Province|河南省"): (R, "", "place in the name"),
    (HE, "tie project-place", "雄商高铁河南段", "Henan Province|河南省"): (R, "", "the section in Henan, not an end point"),
    (HE, "tie project-place", "中国医学科学院肿瘤医院河南医院", "Henan Province|河南省"): (R, "", "place in the name"),
    (HE, "tie project-place", "汉魏洛阳故城遗址博物馆", "Luoyang City|洛阳市"): (R, "", "place in the name"),
    (SH, "tie project-place", "汉中航空关键零部件基地", "Hanzhong City|汉中市"): (R, "", "place in the name"),
    (SH, "tie project-place", "陕西考古博物馆", "Shaanxi Province|陕西省"): (R, "", "place in the name"),
    (SH, "tie project-place", "商洛电厂二期", "Shangluo City|商洛市"): (R, "", "place in the name"),
    (SH, "tie project-place", "陕煤榆林化学二期", "Yulin City|榆林市"): (R, "", "place in the name"),
    (SH, "tie project-place", "铜川高端铝产业基地", "Tongchuan City|铜川市"): (R, "", "place in the name"),
    (SH, "tie project-place", "西安碑林博物馆新馆", "Xian City|西安市"): (R, "", "place in the name"),
    (SH, "tie project-place", "西安地铁15号线", "Xian City|西安市"): (R, "", "place in the name"),
    (SH, "tie project-place", "西安东站", "Xian City|西安市"): (R, "", "place in the name"),
    (SH, "tie project-place", "西安国家版本馆", "Xian City|西安市"): (R, "", "place in the name"),
    (SH, "tie project-place", "西安太古里商业综合体", "Xian City|西安市"): (R, "", "place in the name"),
    (SH, "tie project-place", "延安东绕城", "Yanan City|延安市"): (R, "", "place in the name (a ring road of Yan'an, not a route's end)"),
    (SH, "tie project-place", "延安千万吨炼化一体化", "Yanan City|延安市"): (R, "", "place in the name"),
}


def fill(rows, key, verdicts):
    seen = set()
    for row in rows:
        k = key(row)
        if k not in verdicts:
            sys.exit(f"no verdict for {k}")
        if k in seen:
            sys.exit(f"two rows for {k}")
        seen.add(k)
        row["verdict"], row["category"], row["note"] = verdicts[k]
    if set(verdicts) - seen:
        sys.exit(f"verdicts for rows not in the sample: {sorted(set(verdicts) - seen)}")
    return rows


def main(items_csv, ties_csv):
    if OUT.exists():
        sys.exit(f"{OUT} exists: not overwritten")
    with open(items_csv, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        items = list(reader)
    with open(ties_csv, encoding="utf-8", newline="") as f:
        treader = csv.DictReader(f)
        tfields = treader.fieldnames
        ties = list(treader)
    fill(items, lambda r: (r["report"], r["kind"], r["label"], int(r["quote_start"])), ITEMS)
    fill(ties, lambda r: (r["report"], r["kind"], r["subject"], r["object"]), TIES)
    cols = ["report", "kind", "label", "alts", "subject", "object", "quote_start", "quote", "sentence",
            "verdict", "category", "note"]
    assert set(fields) | set(tfields) <= set(cols), (fields, tfields)
    with open(OUT, "x", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, restval="")
        w.writeheader()
        for r in items + ties:
            w.writerow(r)
    print(f"wrote {OUT}: {len(items)} items, {len(ties)} ties")


if __name__ == "__main__":
    main(*(sys.argv[1:] or ["/tmp/check-e44/items.csv", "/tmp/check-e44/ties.csv"]))
