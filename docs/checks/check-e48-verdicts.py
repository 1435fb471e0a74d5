"""Verdicts of the forty-eighth blind hand check of parks, projects and their ties (check-e48, tool at 22b5baef).

    python docs/checks/check-e48-verdicts.py [ITEMS_CSV TIES_CSV]

reads the two CSVs written by scripts/sample_entities.py (defaults: /tmp/check-check-e48/items.csv and ties.csv,
made by the commands in docs/checks/README.md, section "Parks, projects and their ties: forty-eighth check"),
fills in verdict / category / note from the tables below and writes docs/checks/entity-precision-2027v.csv.
Every sampled row must have a verdict here and every verdict a row; an existing output CSV is never overwritten.
Verdicts were given from the report text (policykg.read.read_report) and docs/annotation-guideline.md only.
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from policykg.sheetcells import GuardedWriter, unguarded  # noqa: E402

OUT = ROOT / "docs" / "checks" / "entity-precision-2027v.csv"
H, X, Z = "hailaerqu-2015", "tibetzizhiqu-2026", "zhejiangsheng-2026"
R, W = "right", "wrong"
KIND_ALONE = "borderline: a work named by its kind alone is optional (guideline hard case)"

# (report, kind, label, quote_start) -> (verdict, category, note)
ITEMS = {
    (H, "Park", "中俄蒙国际物流园区", 548): (R, "", "logistics park with projects and tenants"),
    (H, "Park", "中俄蒙文化创意产业园", 721): (R, "", "industrial park, 正式运营"),
    (H, "Park", "通用航空产业园", 5612): (R, "", "borderline: industry-named zone counted among 社会投资项目 to land; park or project debatable"),
    (H, "Project", "中俄蒙国际物流园区中网科技云计算", 548): (W, "boundary", "park name glued to the project 中网科技云计算 (数据中心)"),
    (H, "Project", "蒙拓牧机二期", 565): (R, "", "firm's plant phase counted among 项目开工建设"),
    (H, "Project", "伊仕丹购物广场", 638): (R, "", "投资6亿元…正式营业"),
    (H, "Project", "彼得国际酒店", 736): (R, "", "hotel 投入使用"),
    (H, "Project", "国际皮草城", 743): (R, "", "borderline: name close to a kind (fur market) with only 国际; 投入使用"),
    (H, "Project", "西航悦海酒店", 770): (R, "", "开工建设"),
    (H, "Project", "华润雪花啤酒迁建", 1035): (R, "", "relocation works 主体完工; 迁建 is part of the work's name"),
    (H, "Project", "亘富200万吨褐煤提质项目", 1044): (R, "", ""),
    (H, "Project", "哈克镇生态奶源基地", 1119): (R, "", "site in the name, 建设进展顺利"),
    (H, "Project", "森工集团棚户区改造项目一期", 1258): (R, "", "two phases named as separate works"),
    (H, "Project", "远山红郡住宅小区一期", 1301): (R, "", "phase of 远山红郡住宅小区 (5529): an alt; no separate item of the whole"),
    (H, "Project", "家居建材", 1333): (R, "", "borderline: list member of 家居建材、小商品市场 under one head; its own words read as goods (optional)"),
    (H, "Project", "小商品市场", 1338): (R, "", KIND_ALONE),
    (H, "Project", "中央桥至哈萨尔桥段工程", 1381): (R, "", "section works of the 伊敏河 riverside landscape works, both ends kept"),
    (H, "Project", "两河圣山供水工程", 1406): (R, "", ""),
    (H, "Project", "向阳幼儿园", 1915): (R, "", "named kindergarten, 完工 / 投入使用"),
    (H, "Project", "区医院120急救中心项目", 1998): (R, "", "owner in the name, 开工建设"),
    (H, "Project", "工业品采购中心", 4618): (R, "", KIND_ALONE + "; counted among 项目开工建设"),
    (H, "Project", "五金机电建材城", 4626): (R, "", KIND_ALONE + "; counted among 项目开工建设"),
    (H, "Project", "二手车交易市场", 4634): (R, "", KIND_ALONE + " (a market); counted among 项目开工建设"),
    (H, "Project", "旅游集散中心", 4801): (R, "", KIND_ALONE + "; in the park, 投入使用"),
    (H, "Project", "世界反法西斯战争海拉尔纪念园二期工程", 4814): (R, "", ""),
    (H, "Project", "中成酒店", 4850): (R, "", ""),
    (H, "Project", "百府悦酒店", 4855): (R, "", ""),
    (H, "Project", "锦江国际酒店", 4865): (R, "", ""),
    (H, "Project", "大唐700万吨露天矿", 5017): (R, "", "前期工作, to start this year"),
    (H, "Project", "森工集团棚户区改造二期工程", 5544): (R, "", "second phase named as its own work (1258)"),
    (H, "Project", "内蒙古冰上运动训练中心", 5594): (R, "", ""),
    (H, "Project", "尼尔基路", 5809): (R, "", "named road under 综合改造, list member"),
    (H, "Project", "巴彦托海路和胜利大街", 5814): (W, "boundary", "two roads glued by 和 (巴彦托海路, 胜利大街)"),
    (H, "Project", "哈萨尔大街", 5825): (R, "", "named road under 综合改造"),
    (H, "Project", "海拉尔大街", 5831): (R, "", "named road under 综合改造"),
    (H, "Project", "贝尔大街", 5837): (R, "", "named road under 综合改造"),
    (H, "Project", "滨河路", 5933): (R, "", "城区道路工程 on a named road"),
    (H, "Project", "海拉尔河堤防工程", 6648): (R, "", "named works along one river"),
    (H, "Project", "黑羊站水厂改扩建", 7640): (R, "", "text writes 黑羊站水厂改扩建工程; label without 工程 is an alt"),
    (H, "Project", "第五中学扩建工程", 7864): (R, "", "last member of a list sharing 扩建工程, as written"),
    (H, "Project", "南开路中学", 7883): (R, "", "投入使用"),
    (H, "Project", "正阳社区文体活动中心", 8074): (R, "", "完成…建设"),
    (X, "Project", "雅下水电工程", 743): (R, "", ""),
    (X, "Project", "金上至湖北特高压直流输电工程", 1316): (R, "", ""),
    (X, "Project", "藏粤直流", 1344): (R, "", "the project's own short name, 开工建设"),
    (X, "Project", "青藏铁路格拉段电气化改造工程", 1349): (R, "", ""),
    (X, "Project", "湘河", 1368): (R, "", "borderline: list member of 湘河、拉洛水利枢纽; its own words read as a river (optional)"),
    (X, "Project", "拉洛水利枢纽", 1371): (R, "", ""),
    (X, "Project", "中国西藏环喜马拉雅藏医药研究中心", 2508): (R, "", "borderline: 获批设立 makes it an organisation; an optional project as a facility"),
    (X, "Project", "川藏铁路", 7604): (R, "", ""),
    (X, "Project", "波密至然乌段铁路", 7644): (R, "", "both ends kept"),
    (X, "Project", "东嘎水库", 7702): (R, "", "开工建设: a reservoir being built"),
    (X, "Project", "澜上水风光一体化基地", 8331): (R, "", "last member of 金上、藏东南、澜上 sharing the head, as written"),
    (X, "Project", "重庆昌都完全中学", 10559): (R, "", "开工建设"),
    (X, "Project", "雅鲁藏布江流域", 11172): (W, "not-a-project", "a river basin; 雅鲁藏布江流域等关键区域生态修复工程 is a programme over areas"),
    (Z, "Park", "衢州综合保税区", 2268): (R, "", "text writes 衢州综保区 (alt)"),
    (Z, "Park", "杭州综合保税区", 2278): (R, "", "text writes 杭州综保区 (alt)"),
    (Z, "Park", "宁波舟山港", 2361): (W, "not-a-park", "a port (its throughput), not a zone; not worked on here either"),
    (Z, "Park", "长三角生态绿色一体化发展示范区", 3484): (W, "not-a-park", "borderline: regional integration demonstration zone, a policy zone rather than a site where firms locate"),
    (Z, "Park", "舟山港综合保税区", 18730): (R, "", "text writes 舟山港综保区 (alt), 扩区"),
    (Z, "Project", "西湖大学牵头建设全国重点实验室", 855): (W, "not-a-project", "verb phrase: universities lead generic national key labs"),
    (Z, "Project", "温福高铁", 1626): (R, "", ""),
    (Z, "Project", "沪杭高铁", 1631): (R, "", "开工建设 per the text"),
    (Z, "Project", "润泽智算中心三期", 1636): (R, "", ""),
    (Z, "Project", "台州弗迪新能源动力电池", 1681): (R, "", "firm's plant counted among 项目建成投用"),
    (Z, "Project", "杭衢高铁", 1693): (R, "", ""),
    (Z, "Project", "西湖大学三期", 1698): (R, "", "campus phase counted among 项目建成投用"),
    (Z, "Project", "义乌全球数贸中心", 2288): (R, "", "its 市场板块 opened; 建强 later"),
    (Z, "Project", "嘉兴南湖机场", 2489): (R, "", "建成投运"),
    (Z, "Project", "丽水机场", 2496): (R, "", "建成投运"),
    (Z, "Project", "方厅水院", 3506): (R, "", "标志性项目建成投运"),
    (Z, "Project", "三澳核电二期", 4235): (R, "", ""),
    (Z, "Project", "中石化六横LNG接收站", 4242): (R, "", ""),
    (Z, "Project", "甘电入浙", 4261): (R, "", "a named transmission project counted among 项目"),
    (Z, "Project", "金七门核电一期", 4266): (R, "", ""),
    (Z, "Project", "浙江（华东）深远海风电母港", 4274): (R, "", ""),
    (Z, "Project", "金华（义乌）中欧班列集结中心", 6386): (R, "", "获批建设"),
    (Z, "Project", "良渚古城遗址公园", 6891): (R, "", "文化地标建成投用"),
    (Z, "Project", "杭州国家版本馆", 6900): (R, "", ""),
    (Z, "Project", "之江文化中心", 6908): (R, "", ""),
    (Z, "Project", "浙东运河", 6915): (W, "boundary", "cut from 浙东运河文化园; as cut it names the canal"),
    (Z, "Project", "杭州芯光半导体芯片", 17904): (R, "", ""),
    (Z, "Project", "沪乍杭铁路", 17914): (R, "", ""),
    (Z, "Project", "诸暨至嵊州高速公路", 17920): (R, "", ""),
    (Z, "Project", "杭淳开高速公路", 17935): (R, "", ""),
    (Z, "Project", "衢州先导智能传感器", 17943): (R, "", ""),
    (Z, "Project", "湖州微腔电子纸显示器件", 17953): (R, "", ""),
    (Z, "Project", "台州温玉铁路", 17974): (R, "", ""),
    (Z, "Project", "杭州海康机器人", 17981): (R, "", "firm's plant counted among 项目建成投运"),
    (Z, "Project", "丽水富乐德传感技术", 17989): (R, "", ""),
    (Z, "Project", "佛渡集装箱码头一期", 18848): (R, "", ""),
    (Z, "Project", "北仑支线复线", 18858): (R, "", ""),
    (Z, "Project", "梅山铁路专用线", 18865): (R, "", ""),
    (Z, "Project", "杭州", 19031): (W, "not-a-project", "borderline: member of 杭州、宁波、温州机场 (optional at best: reads as the city); 提升…枢纽能级 is no work"),
    (Z, "Project", "宁波", 19034): (W, "not-a-project", "borderline: member of 杭州、宁波、温州机场 (optional at best: reads as the city); 提升…枢纽能级 is no work"),
    (Z, "Project", "嘉兴专业性航空货运枢纽", 19048): (R, "", "建设"),
    (Z, "Project", "义乌机场改扩建", 19062): (R, "", ""),
    (Z, "Project", "横店国际影视文化创新中心", 20639): (R, "", "加快…建设"),
}

END = "wrong-end"
# (report, kind, subject, object, quote_start) -> (verdict, category, note)
TIES = {
    (Z, "tie park-place", "杭州综合保税区", "Hangzhou City|杭州市", 2278): (R, "", "place in the name"),
    (Z, "tie project-place", "杭州", "Hangzhou City|杭州市", 19031): (W, END, "borderline: subject is the city, not a project (item 杭州 19031)"),
    (Z, "tie project-place", "杭州国家版本馆", "Hangzhou City|杭州市", 6900): (R, "", "place in the name"),
    (Z, "tie project-place", "杭州海康机器人", "Hangzhou City|杭州市", 17981): (R, "", "place in the name"),
    (Z, "tie project-place", "杭州芯光半导体芯片", "Hangzhou City|杭州市", 17904): (R, "", "place in the name"),
    (Z, "tie park-place", "衢州综合保税区", "Quzhou City|衢州市", 2268): (R, "", "place in the name"),
    (Z, "tie project-place", "衢州先导智能传感器", "Quzhou City|衢州市", 17943): (R, "", "place in the name"),
    (Z, "tie park-place", "舟山港综合保税区", "Zhoushan City|舟山市", 18730): (R, "", "place in the name"),
    (H, "tie project-park", "二手车交易市场", "中俄蒙国际物流园区", 4634): (R, "", "projects listed right after 加快中俄蒙国际物流园区建设"),
    (H, "tie project-park", "工业品采购中心", "中俄蒙国际物流园区", 4618): (R, "", "projects listed right after the park"),
    (H, "tie project-park", "蒙拓牧机二期", "中俄蒙国际物流园区", 565): (R, "", "中俄蒙国际物流园区中网科技云计算、蒙拓牧机二期等项目"),
    (H, "tie project-park", "五金机电建材城", "中俄蒙国际物流园区", 4626): (R, "", "projects listed right after the park"),
    (H, "tie project-park", "国际皮草城", "中俄蒙文化创意产业园", 743): (R, "", "listed right after the park's name"),
    (H, "tie project-park", "旅游集散中心", "中俄蒙文化创意产业园", 4801): (R, "", "加快推进…产业园建设，确保…旅游集散中心投入使用"),
    (H, "tie project-place", "哈克镇生态奶源基地", "哈克镇", 1119): (R, "", "place in the name"),
    (H, "tie project-place", "内蒙古冰上运动训练中心", "Inner Mongolia Autonomous Region|内蒙古自治区", 5594): (R, "", "place in the name"),
    (H, "tie project-place", "世界反法西斯战争海拉尔纪念园二期工程", "Hailaer District|海拉尔区", 4814): (R, "", "place in the name"),
    (X, "tie project-place", "中国西藏环喜马拉雅藏医药研究中心", "Tibet Autonomous Region|西藏自治区", 2508): (R, "", "place in the name"),
    (Z, "tie project-park", "方厅水院", "长三角生态绿色一体化发展示范区", 3506): (W, END, "borderline: the text ties them, but the object is a policy zone, not a park (item 3484)"),
    (Z, "tie project-place", "湖州微腔电子纸显示器件", "Huzhou City|湖州市", 17953): (R, "", "place in the name"),
    (Z, "tie project-place", "嘉兴南湖机场", "Jiaxing City|嘉兴市", 2489): (R, "", "place in the name"),
    (Z, "tie project-place", "嘉兴专业性航空货运枢纽", "Jiaxing City|嘉兴市", 19048): (R, "", "place in the name"),
    (Z, "tie project-place", "金华（义乌）中欧班列集结中心", "Jinhua City|金华市", 6386): (R, "", "place in the name"),
    (Z, "tie project-place", "丽水富乐德传感技术", "Lishui City|丽水市", 17989): (R, "", "place in the name"),
    (Z, "tie project-place", "丽水机场", "Lishui City|丽水市", 2496): (R, "", "place in the name"),
    (Z, "tie project-place", "宁波", "Ningbo City|宁波市", 19034): (W, END, "borderline: subject is the city, not a project (item 宁波 19034)"),
    (Z, "tie project-place", "台州弗迪新能源动力电池", "Taizhou City|台州市", 1681): (R, "", "place in the name"),
    (Z, "tie project-place", "台州温玉铁路", "Taizhou City|台州市", 17974): (R, "", "place in the name"),
    (Z, "tie project-place", "义乌机场改扩建", "Yiwu City|义乌市", 19062): (R, "", "place in the name"),
    (Z, "tie project-place", "义乌全球数贸中心", "Yiwu City|义乌市", 2288): (R, "", "place in the name"),
    (Z, "tie project-place", "浙江（华东）深远海风电母港", "Zhejiang Province|浙江省", 4274): (R, "", "place in the name"),
    # figure ties
    (H, "tie project-outcome", "伊仕丹购物广场", "伊仕丹购物广场正式营业投资: 投资6亿元", 632): (R, "", "投资6亿元的伊仕丹购物广场: the project's own investment (indicator name keeps 正式营业)"),
    (H, "tie project-outcome", "中央桥至哈萨尔桥段工程", "中央桥至哈萨尔桥段工程整体投资: 投资4300万元", 1372): (R, "", "the project's own investment (indicator name keeps 整体)"),
    (H, "tie project-outcome", "两河圣山供水工程", "两河圣山供水工程投资: 投资3000万元", 1397): (R, "", "the project's own investment"),
    (H, "tie project-target", "内蒙古冰上运动训练中心", "内蒙古冰上运动训练中心投资: 投资3.4亿元", 5586): (R, "", "the project's own investment"),
    (Z, "tie park-outcome", "宁波舟山港", "宁波舟山港集装箱吞吐量: 宁波舟山港集装箱吞吐量4387万标箱", 2361): (W, END, "the figure is the port's, but the port is no park (item 2361)"),
    (Z, "tie park-outcome", "宁波舟山港", "宁波舟山港集装箱吞吐量: 增长11.6%", 2380): (W, END, "the figure is the port's, but the port is no park (item 2361)"),
    (Z, "tie project-outcome", "杭州", "杭州萧山国际机场旅客吞吐量: 杭州萧山国际机场旅客吞吐量突破5000万人次", 2466): (W, "figure-of-other", "the figure is 杭州萧山国际机场's; the subject is the city named at 19031"),
    (Z, "tie park-target", "宁波舟山港", "宁波舟山港集装箱吞吐量: 宁波舟山港集装箱吞吐量达到4500万标箱", 18905): (W, END, "the figure is the port's, but the port is no park (item 2361)"),
}

COLUMNS = ["report", "kind", "label", "alts", "subject", "object", "quote_start", "quote", "sentence",
           "verdict", "category", "note"]


def rows_of(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [{k: unguarded(v) for k, v in r.items()} for r in csv.DictReader(f)]


def main(argv):
    items_csv, ties_csv = (argv + ["/tmp/check-check-e48/items.csv", "/tmp/check-check-e48/ties.csv"][len(argv):])[:2]
    if OUT.exists():
        sys.exit(f"{OUT} exists: not overwritten")
    out, seen_i, seen_t = [], set(), set()
    for r in rows_of(items_csv):
        key = (r["report"], r["kind"], r["label"], int(r["quote_start"]))
        if key not in ITEMS:
            sys.exit(f"no verdict for item {key}")
        seen_i.add(key)
        out.append({**r, "subject": "", "object": "", **dict(zip(("verdict", "category", "note"), ITEMS[key]))})
    for r in rows_of(ties_csv):
        key = (r["report"], r["kind"], r["subject"], r["object"], int(r["quote_start"]))
        if key not in TIES:
            sys.exit(f"no verdict for tie {key}")
        seen_t.add(key)
        out.append({**r, "label": "", "alts": "", **dict(zip(("verdict", "category", "note"), TIES[key]))})
    if set(ITEMS) - seen_i or set(TIES) - seen_t:
        sys.exit(f"verdicts without a row: {sorted(set(ITEMS) - seen_i) + sorted(set(TIES) - seen_t)}")
    with open(OUT, "x", newline="", encoding="utf-8") as f:
        w = GuardedWriter(f)
        w.writerow(COLUMNS)
        for r in out:
            w.writerow([r.get(c, "") for c in COLUMNS])
    print(f"wrote {OUT} ({len(seen_i)} items, {len(seen_t)} ties)")


if __name__ == "__main__":
    main(sys.argv[1:])
