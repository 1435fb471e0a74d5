"""Verdicts of the thirty-fourth parks/projects/ties check (docs/checks/README.md), written once to
docs/checks/entity-precision-2027h.csv.

    python docs/checks/entity-precision-2027h-verdicts.py ITEMS.csv TIES.csv OUT.csv

ITEMS.csv / TIES.csv are the sampler's output (scripts/sample_entities.py OUT --cap 40 --seed 29341, and --ties)
on the graph built at 57c2adc from shaanxi-2026, zhejiang-2026 and hailaer-2015. Every sampled row must have a
verdict here, and every verdict a row.
"""
import csv
import sys

R, W = "right", "wrong"
# (report, label, quote_start) -> (verdict, category, note)
ITEMS = {
    # hailaerqu-2015 parks
    ("hailaerqu-2015", "中俄蒙国际物流园区", 548): (R, "", "logistics park; projects start and 8 firms settle in it"),
    ("hailaerqu-2015", "中俄蒙文化创意产业园", 721): (R, "", "industrial park put into operation; built further in 2015"),
    ("hailaerqu-2015", "通用航空产业园", 5612): (R, "", "one industry-named park brought in (落地): a park by the hard case"),
    # hailaerqu-2015 projects
    ("hailaerqu-2015", "中俄蒙国际物流园区中网科技云计算", 548): (W, "boundary", "park name heading the list glued to the project; the project is 中网科技云计算(数据中心)"),
    ("hailaerqu-2015", "蒙拓牧机二期", 565): (R, "", "firm's plant phase counted among projects starting"),
    ("hailaerqu-2015", "伊仕丹购物广场", 638): (R, "", "shopping mall (6亿元) opened"),
    ("hailaerqu-2015", "彼得国际酒店", 736): (R, "", "named hotel put into use"),
    ("hailaerqu-2015", "国际皮草城", 743): (R, "", "borderline: a market named by its kind alone (国际 no proper word); put into use"),
    ("hailaerqu-2015", "西航悦海酒店", 770): (R, "", "named hotel starts building"),
    ("hailaerqu-2015", "华润雪花啤酒迁建", 1035): (R, "", "brewery relocation, main works done; 华润雪花啤酒迁建项目 later"),
    ("hailaerqu-2015", "亘富200万吨褐煤提质项目", 1044): (R, "", "named plant, main works done"),
    ("hailaerqu-2015", "哈克镇生态奶源基地", 1119): (R, "", "borderline: a base being built (ranches); could be read as an industrial base, the guideline's example lists 生态奶源基地 optional"),
    ("hailaerqu-2015", "森工集团棚户区改造项目一期", 1258): (R, "", "owner-named works; the report names phases one and two as separate works"),
    ("hailaerqu-2015", "远山红郡住宅小区一期", 1301): (R, "", "named housing estate phase being built; an alt of 远山红郡住宅小区"),
    ("hailaerqu-2015", "家居建材", 1333): (R, "", "borderline: list member read only with the head (家居建材、小商品市场), a market by its kind"),
    ("hailaerqu-2015", "小商品市场", 1338): (R, "", "borderline: a market named by its kind alone; starts building"),
    ("hailaerqu-2015", "中央桥至哈萨尔桥段工程", 1381): (R, "", "river-landscape section works between two bridges, completed"),
    ("hailaerqu-2015", "两河圣山供水工程", 1406): (R, "", "named water-supply works put into use"),
    ("hailaerqu-2015", "向阳幼儿园", 1915): (R, "", "named kindergarten among 6 projects completed"),
    ("hailaerqu-2015", "区医院120急救中心项目", 1998): (R, "", "the district hospital's emergency centre starts building"),
    ("hailaerqu-2015", "工业品采购中心", 4618): (R, "", "borderline: named by its kind alone; a project starting in the logistics park"),
    ("hailaerqu-2015", "五金机电建材城", 4626): (R, "", "borderline: a market named by its kind alone; project starting"),
    ("hailaerqu-2015", "二手车交易市场", 4634): (R, "", "borderline: a market named by its kind alone; project starting"),
    ("hailaerqu-2015", "旅游集散中心", 4801): (R, "", "borderline: named by its kind alone; to be put into use in the park"),
    ("hailaerqu-2015", "世界反法西斯战争海拉尔纪念园二期工程", 4814): (R, "", "named phase works carried out"),
    ("hailaerqu-2015", "中成酒店", 4850): (R, "", "named hotel to open"),
    ("hailaerqu-2015", "百府悦酒店", 4855): (R, "", "named hotel to open"),
    ("hailaerqu-2015", "锦江国际酒店", 4865): (R, "", "named hotel to start building"),
    ("hailaerqu-2015", "大唐700万吨露天矿", 5017): (R, "", "open-pit mine: approval done, start this year"),
    ("hailaerqu-2015", "森工集团棚户区改造二期工程", 5544): (R, "", "phase two works to be completed"),
    ("hailaerqu-2015", "内蒙古冰上运动训练中心", 5594): (R, "", "training centre (3.4亿元) to start building"),
    ("hailaerqu-2015", "尼尔基路", 5809): (R, "", "one of 7 main roads under comprehensive reconstruction; its own words name the road"),
    ("hailaerqu-2015", "巴彦托海路和胜利大街", 5814): (W, "boundary", "two of the 7 roads (巴彦托海路, 胜利大街) joined into one item"),
    ("hailaerqu-2015", "哈萨尔大街", 5825): (R, "", "road under reconstruction (list member naming the road)"),
    ("hailaerqu-2015", "海拉尔大街", 5831): (R, "", "road under reconstruction (list member naming the road)"),
    ("hailaerqu-2015", "贝尔大街", 5837): (R, "", "road under reconstruction (list member naming the road)"),
    ("hailaerqu-2015", "滨河路", 5933): (R, "", "named road among the 城区道路工程 carried out"),
    ("hailaerqu-2015", "海拉尔河堤防工程", 6648): (R, "", "a river's embankment works: a project"),
    ("hailaerqu-2015", "黑羊站水厂改扩建", 7640): (R, "", "waterworks extension started (…改扩建工程); a label or alt"),
    ("hailaerqu-2015", "第五中学扩建工程", 7864): (R, "", "last member of 桃李中学、三中分校、第五中学扩建工程, as written"),
    ("hailaerqu-2015", "南开路中学", 7883): (R, "", "named school to be put into use"),
    ("hailaerqu-2015", "正阳社区文体活动中心", 8074): (R, "", "community centre building completed (site in the name)"),
    # shaanxisheng-2026 parks
    ("shaanxisheng-2026", "修正生物医药产业园", 636): (R, "", "borderline: a firm's (修正) 产业园 counted among projects advancing; could be read as the firm's plant (project)"),
    ("shaanxisheng-2026", "洋县园区", 2336): (R, "", "a county's park counted by its output (陈仓、洋县园区); as written"),
    ("shaanxisheng-2026", "富平园区", 2350): (R, "", "a county's park counted by its output"),
    ("shaanxisheng-2026", "三航科技城", 10025): (R, "", "science city being built (支持…建设), for transfer of university results"),
    # shaanxisheng-2026 projects
    ("shaanxisheng-2026", "法士特新能源汽车传动系统", 606): (R, "", "firm's project starting building"),
    ("shaanxisheng-2026", "国能煤炭综合利用", 768): (R, "", "major project started"),
    ("shaanxisheng-2026", "西延高铁", 814): (R, "", "railway opened"),
    ("shaanxisheng-2026", "眉太", 819): (R, "", "borderline: two-character route abbreviation, read with the head 高速公路"),
    ("shaanxisheng-2026", "岚皋至陕渝界", 822): (R, "", "motorway route with both ends, opened"),
    ("shaanxisheng-2026", "黄河东线马镇引水工程", 879): (R, "", "water diversion works, trial run"),
    ("shaanxisheng-2026", "芯业时代8英寸半导体", 1560): (R, "", "firm's plant project put into production"),
    ("shaanxisheng-2026", "华天科技芯片技改", 1598): (R, "", "firm's upgrade project put into production"),
    ("shaanxisheng-2026", "年天然气产能倍增工程", 1711): (W, "boundary", "cut from 延长石油150亿方/年天然气产能倍增工程"),
    ("shaanxisheng-2026", "恒神高性能碳纤维", 1722): (R, "", "firm's plant project completed"),
    ("shaanxisheng-2026", "秦岭博物馆", 2798): (R, "", "museum built and opened"),
    ("shaanxisheng-2026", "中国能建集团压缩空气储能", 3591): (R, "", "one of 20 projects landed"),
    ("shaanxisheng-2026", "西安咸阳国际机场", 3778): (W, "not-a-project", "existing airport, only its passenger count; the works is the separate T5航站楼 item"),
    ("shaanxisheng-2026", "三星V8闪存芯片", 3822): (R, "", "foreign-funded project landed and producing"),
    ("shaanxisheng-2026", "山阳", 5348): (R, "", "borderline: list member that reads as a place (山阳、勉县等6个抽水蓄能项目)"),
    ("shaanxisheng-2026", "勉县", 5351): (R, "", "borderline: list member that reads as a place (pumped-storage project)"),
    ("shaanxisheng-2026", "陕西考古博物馆", 5622): (R, "", "museum put into use"),
    ("shaanxisheng-2026", "延安千万吨炼化一体化", 8487): (R, "", "refinery project advanced"),
    ("shaanxisheng-2026", "榆能百万吨煤制芳烃", 8498): (R, "", "coal-to-aromatics project advanced"),
    ("shaanxisheng-2026", "康渝高铁", 8528): (R, "", "railway being built"),
    ("shaanxisheng-2026", "西十高铁", 8540): (R, "", "railway to open"),
    ("shaanxisheng-2026", "西安东站", 8545): (R, "", "station to open"),
    ("shaanxisheng-2026", "洛卢高速公路", 8592): (R, "", "motorway to open"),
    ("shaanxisheng-2026", "古贤水利枢纽", 8605): (R, "", "water project being built"),
    ("shaanxisheng-2026", "蒋家窑则水库", 8612): (R, "", "reservoir being built (推进…项目建设)"),
    ("shaanxisheng-2026", "引汉济渭二期", 8619): (R, "", "phase two of the water transfer, being built"),
    ("shaanxisheng-2026", "宝鸡峡灌区改造", 8626): (R, "", "works on one named irrigation area"),
    ("shaanxisheng-2026", "比亚迪", 10122): (R, "", "firm's name for its plant, counted among projects (required by the hard case)"),
    ("shaanxisheng-2026", "吉利汽车零部件", 10126): (R, "", "firm's project being built"),
    ("shaanxisheng-2026", "奕斯伟二期", 10141): (R, "", "firm's phase-two plant releasing capacity"),
    ("shaanxisheng-2026", "唐晶半导体", 10147): (R, "", "firm's plant counted among projects"),
    ("shaanxisheng-2026", "黄蒿界", 10315): (R, "", "borderline: mine named by a place-like word, read only with the head (黄蒿界等6处煤矿)"),
    ("shaanxisheng-2026", "雷龙湾储气库", 10365): (R, "", "gas storage being built"),
    ("shaanxisheng-2026", "商洛电厂二期", 10429): (R, "", "power-plant phase to be completed"),
    ("shaanxisheng-2026", "店头电厂二期", 10436): (R, "", "power-plant phase to be completed"),
    ("shaanxisheng-2026", "中煤煤炭深加工", 10550): (R, "", "firm's coal-processing project being built"),
    ("shaanxisheng-2026", "榆横中试基地二期项目", 10577): (R, "", "pilot base phase two started"),
    ("shaanxisheng-2026", "东航飞机维修基地", 11057): (R, "", "maintenance base being built"),
    ("shaanxisheng-2026", "西安太古里商业综合体", 11066): (R, "", "commercial complex being built"),
    ("shaanxisheng-2026", "中华文明探源工程", 13874): (W, "not-a-project", "borderline: a national research programme the province takes part in, though the text calls it a 重大项目; nothing built"),
    # zhejiangsheng-2026 parks
    ("zhejiangsheng-2026", "衢州综保区", 2268): (R, "", "comprehensive bonded zone closed and operating"),
    ("zhejiangsheng-2026", "杭州综保区", 2278): (R, "", "comprehensive bonded zone extended"),
    ("zhejiangsheng-2026", "宁波舟山港", 2361): (W, "not-a-park", "a port, with its container throughput; no zone"),
    ("zhejiangsheng-2026", "长三角生态绿色一体化发展示范区", 3484): (W, "not-a-park", "regional integration policy zone covering whole areas (a region), not a park"),
    ("zhejiangsheng-2026", "舟山港综保区", 18730): (R, "", "bonded zone to be extended"),
    # zhejiangsheng-2026 projects
    ("zhejiangsheng-2026", "西湖大学牵头建设全国重点实验室", 855): (W, "not-a-project", "verb phrase with a generic kind (全国重点实验室, none named)"),
    ("zhejiangsheng-2026", "温福高铁", 1626): (R, "", "railway started"),
    ("zhejiangsheng-2026", "沪杭高铁", 1631): (R, "", "railway started (as the text says)"),
    ("zhejiangsheng-2026", "润泽智算中心三期", 1636): (R, "", "computing centre phase three started"),
    ("zhejiangsheng-2026", "台州弗迪新能源动力电池", 1681): (R, "", "battery plant completed"),
    ("zhejiangsheng-2026", "杭衢高铁", 1693): (R, "", "railway completed"),
    ("zhejiangsheng-2026", "西湖大学三期", 1698): (R, "", "university campus phase three completed (owner-named)"),
    ("zhejiangsheng-2026", "义乌全球数贸中心", 2288): (R, "", "trade centre whose market section opened; built up further in 2026"),
    ("zhejiangsheng-2026", "嘉兴南湖机场", 2489): (R, "", "airport completed and opened"),
    ("zhejiangsheng-2026", "丽水机场", 2496): (R, "", "airport completed and opened"),
    ("zhejiangsheng-2026", "方厅水院", 3506): (R, "", "landmark project completed"),
    ("zhejiangsheng-2026", "三澳核电二期", 4235): (R, "", "nuclear plant phase started"),
    ("zhejiangsheng-2026", "中石化六横LNG接收站", 4242): (R, "", "LNG terminal started"),
    ("zhejiangsheng-2026", "甘电入浙", 4261): (R, "", "named transmission project counted among projects advancing"),
    ("zhejiangsheng-2026", "金七门核电一期", 4266): (R, "", "nuclear plant phase advancing"),
    ("zhejiangsheng-2026", "浙江（华东）深远海风电母港", 4274): (R, "", "offshore-wind home port project advancing"),
    ("zhejiangsheng-2026", "金华（义乌）中欧班列集结中心", 6386): (R, "", "freight-train hub approved for building"),
    ("zhejiangsheng-2026", "良渚古城遗址公园", 6891): (R, "", "cultural landmark built and put into use"),
    ("zhejiangsheng-2026", "杭州国家版本馆", 6900): (R, "", "landmark built and put into use"),
    ("zhejiangsheng-2026", "之江文化中心", 6908): (R, "", "landmark built and put into use"),
    ("zhejiangsheng-2026", "浙东运河", 6915): (W, "boundary", "cut from 浙东运河文化园 (the canal itself is no project)"),
    ("zhejiangsheng-2026", "杭州芯光半导体芯片", 17904): (R, "", "chip project to start"),
    ("zhejiangsheng-2026", "沪乍杭铁路", 17914): (R, "", "railway to start"),
    ("zhejiangsheng-2026", "诸暨至嵊州高速公路", 17920): (R, "", "motorway with both ends, to start"),
    ("zhejiangsheng-2026", "杭淳开高速公路", 17935): (R, "", "motorway being built"),
    ("zhejiangsheng-2026", "衢州先导智能传感器", 17943): (R, "", "sensor project being built"),
    ("zhejiangsheng-2026", "湖州微腔电子纸显示器件", 17953): (R, "", "display project being built"),
    ("zhejiangsheng-2026", "台州温玉铁路", 17974): (R, "", "railway to open"),
    ("zhejiangsheng-2026", "杭州海康机器人", 17981): (R, "", "firm's plant project counted among projects to open"),
    ("zhejiangsheng-2026", "丽水富乐德传感技术", 17989): (R, "", "firm's project to open"),
    ("zhejiangsheng-2026", "佛渡集装箱码头一期", 18848): (R, "", "container terminal phase being built"),
    ("zhejiangsheng-2026", "北仑支线复线", 18858): (R, "", "rail branch doubling being built"),
    ("zhejiangsheng-2026", "梅山铁路专用线", 18865): (R, "", "rail siding being built"),
    ("zhejiangsheng-2026", "杭州", 19031): (W, "not-a-project", "borderline: a city name from 提升杭州、宁波、温州机场枢纽能级; raising hub status of existing airports, no works named"),
    ("zhejiangsheng-2026", "宁波", 19034): (W, "not-a-project", "borderline: a city name from 提升杭州、宁波、温州机场枢纽能级; no works named"),
    ("zhejiangsheng-2026", "嘉兴专业性航空货运枢纽", 19048): (R, "", "cargo hub to be built"),
    ("zhejiangsheng-2026", "义乌机场改扩建", 19062): (R, "", "airport extension works"),
    ("zhejiangsheng-2026", "横店国际影视文化创新中心", 20639): (R, "", "centre being built"),
}
# (report, subject, object as printed, quote_start) -> (verdict, category, note)
TIES = {
    ("zhejiangsheng-2026", "杭州综保区", "Hangzhou City|杭州市", 2278): (R, "", "place in the park's own name"),
    ("zhejiangsheng-2026", "杭州", "Hangzhou City|杭州市", 19031): (W, "other", "borderline: 杭州机场 is Hangzhou's, but the subject is no project"),
    ("zhejiangsheng-2026", "杭州国家版本馆", "Hangzhou City|杭州市", 6900): (R, "", "place in the project's own name"),
    ("zhejiangsheng-2026", "杭州海康机器人", "Hangzhou City|杭州市", 17981): (R, "", "place in the project's own name"),
    ("zhejiangsheng-2026", "杭州芯光半导体芯片", "Hangzhou City|杭州市", 17904): (R, "", "place in the project's own name"),
    ("zhejiangsheng-2026", "宁波舟山港", "Ningbo City|宁波市", 2361): (W, "other", "borderline: Ningbo is in the port's name, but the subject is no park"),
    ("zhejiangsheng-2026", "宁波", "Ningbo City|宁波市", 19034): (W, "other", "borderline: Ningbo's airport, but the subject is no project"),
    ("hailaerqu-2015", "二手车交易市场", "中俄蒙国际物流园区", 4634): (R, "", "project list right after 加快中俄蒙国际物流园区建设"),
    ("hailaerqu-2015", "工业品采购中心", "中俄蒙国际物流园区", 4618): (R, "", "project list right after 加快中俄蒙国际物流园区建设"),
    ("hailaerqu-2015", "蒙拓牧机二期", "中俄蒙国际物流园区", 565): (R, "", "list of projects right after the park's name"),
    ("hailaerqu-2015", "五金机电建材城", "中俄蒙国际物流园区", 4626): (R, "", "project list right after 加快中俄蒙国际物流园区建设"),
    ("hailaerqu-2015", "国际皮草城", "中俄蒙文化创意产业园", 743): (R, "", "put into use right after the park opens, in its sentence"),
    ("hailaerqu-2015", "旅游集散中心", "中俄蒙文化创意产业园", 4801): (R, "", "加快推进…产业园建设，确保…旅游集散中心投入使用"),
    ("hailaerqu-2015", "海拉尔大街", "Hailaer District|海拉尔区", 5831): (R, "", "place in the road's own name (the report's own area)"),
    ("hailaerqu-2015", "海拉尔河堤防工程", "Hailaer District|海拉尔区", 6648): (W, "other", "from the river's name (海拉尔河) only"),
    ("hailaerqu-2015", "世界反法西斯战争海拉尔纪念园二期工程", "Hailaer District|海拉尔区", 4814): (R, "", "place in the project's own name"),
    ("hailaerqu-2015", "哈克镇生态奶源基地", "哈克镇", 1119): (R, "", "place in the project's own name"),
    ("hailaerqu-2015", "内蒙古冰上运动训练中心", "Inner Mongolia Autonomous Region|内蒙古自治区", 5594): (R, "", "place in the project's own name"),
    ("shaanxisheng-2026", "陕西考古博物馆", "Shaanxi Province|陕西省", 5622): (R, "", "place in the project's own name"),
    ("shaanxisheng-2026", "西安碑林博物馆新馆", "Xian City|西安市", 2780): (R, "", "place in the project's own name"),
    ("shaanxisheng-2026", "西安地铁15号线", "Xian City|西安市", 855): (R, "", "place in the project's own name"),
    ("shaanxisheng-2026", "西安东站", "Xian City|西安市", 8545): (R, "", "place in the project's own name"),
    ("shaanxisheng-2026", "西安国家版本馆", "Xian City|西安市", 5614): (R, "", "place in the project's own name"),
    ("shaanxisheng-2026", "西安太古里商业综合体", "Xian City|西安市", 11066): (R, "", "place in the project's own name"),
    ("shaanxisheng-2026", "西安咸阳国际机场", "Xian City|西安市", 3778): (W, "other", "borderline: 西安 is in the name, but the subject (the existing airport) is no project"),
    ("shaanxisheng-2026", "西安咸阳国际机场T5航站楼", "Xian City|西安市", 5417): (R, "", "place in the project's own name"),
    ("zhejiangsheng-2026", "方厅水院", "长三角生态绿色一体化发展示范区", 3506): (W, "other", "borderline: the text ties them (示范区建设…方厅水院等项目建成), but the object is a policy zone, no park"),
    ("zhejiangsheng-2026", "浙江（华东）深远海风电母港", "Zhejiang Province|浙江省", 4274): (R, "", "place in the project's own name"),
}


def main(items_csv, ties_csv, out_csv):
    rows, used_i, used_t = [], set(), set()
    with open(items_csv, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            k = (r["report"], r["label"], int(r["quote_start"]))
            v, c, n = ITEMS[k]
            used_i.add(k)
            rows.append([r["report"], r["kind"], r["label"], r["quote_start"], v, c, n])
    with open(ties_csv, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            k = (r["report"], r["subject"], r["object"], int(r["quote_start"]))
            v, c, n = TIES[k]
            used_t.add(k)
            rows.append([r["report"], r["kind"], f"{r['subject']} → {r['object']}", r["quote_start"], v, c, n])
    assert used_i == set(ITEMS) and used_t == set(TIES), (set(ITEMS) - used_i, set(TIES) - used_t)
    for row in rows:
        assert row[4] in (R, W) and (row[4] == R) == (row[5] == ""), row
    with open(out_csv, "x", encoding="utf-8", newline="") as f:  # written once: refuses to overwrite
        w = csv.writer(f)
        w.writerow(["report", "kind", "label", "quote_start", "verdict", "category", "note"])
        w.writerows(rows)


if __name__ == "__main__":
    main(*sys.argv[1:4])
