"""Blind hand check e45 (forty-fifth): verdicts on the parks, projects and ties of xizang-2026, gansu-2026 and
hailaer-2015, tool frozen at 84cbe170. Judged from the report text and docs/annotation-guideline.md only.

    python docs/checks/e45-verdicts.py [ITEMS_CSV] [TIES_CSV]

reads the sampler's CSVs (defaults /tmp/check-e45/items.csv and /tmp/check-e45/ties.csv, made by
`scripts/sample_entities.py /tmp/check-e45/out --cap 40 --seed 33053` and `... --ties`), fills the verdict,
category and note of every row from the tables below, and writes docs/checks/entity-precision-2027s.csv. It refuses
to overwrite that CSV, and stops if a sampled row has no verdict here or a verdict here matches no sampled row.
A note starting `borderline:` marks a verdict two careful readers could give the other way.
"""
import csv
import math
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "entity-precision-2027s.csv"

G, H, X = "gansusheng-2026", "hailaerqu-2015", "tibetzizhiqu-2026"
R, W = "right", "wrong"

# (report, kind, label, quote_start): (verdict, category, note)
ITEMS = {
    (G, "Park", "天水经济技术开发区", 4664): (R, "", "development zone; written 天水经开区 (alt)"),
    (G, "Park", "金昌经济技术开发区", 4677): (R, "", "development zone; written 金昌经开区 (alt)"),
    (G, "Park", "庆阳东数西算产业园", 5325): (R, "", "industrial park selected as a zero-carbon park"),
    (G, "Park", "中国（甘肃）自由贸易试验区", 9914): (R, "", "free trade zone the province applies for (申建)"),
    (G, "Park", "武威工业园区", 12960): (R, "", "industrial park"),
    (G, "Park", "嘉峪关国家高新技术产业开发区", 12976): (R, "", "high-tech zone; written 嘉峪关国家高新区 (alt)"),
    (G, "Project", "泾川特大型铀矿", 823): (W, "not-a-project", "a newly proven ore deposit (新探明…矿产地), not a work"),
    (G, "Project", "玉门超40吨金矿", 831): (W, "not-a-project", "a newly proven ore deposit (新探明…矿产地), not a work"),
    (G, "Project", "陇电入鲁工程", 925): (R, "", "建成投运"),
    (G, "Project", "陇电入浙工程", 936): (R, "", "开工建设"),
    (G, "Project", "陇电入川工程", 947): (R, "", "具备核准条件: planned"),
    (G, "Project", "银兰高铁中兰段", 2804): (R, "", "railway section, 建成投运"),
    (G, "Project", "中川机场环线铁路", 2817): (R, "", "建成投运"),
    (G, "Project", "平庆铁路", 2831): (R, "", "加快建设"),
    (G, "Project", "兰合铁路", 2836): (R, "", "加快建设"),
    (G, "Project", "天陇铁路", 2841): (R, "", "加快建设"),
    (G, "Project", "西成铁路甘肃段", 2846): (R, "", "加快建设"),
    (G, "Project", "兰张三四线铁路武张段", 2854): (R, "", "加快建设"),
    (G, "Project", "兰州中川国际机场三期", 2971): (R, "", "phase, 建成投运"),
    (G, "Project", "引洮二期", 3000): (W, "boundary", "cut from 引洮二期骨干及城乡配套(工程); 骨干 dropped, the rest made a second item 城乡配套"),
    (G, "Project", "甘肃中部生态移民供水", 3012): (R, "", "member of …等工程建成通水"),
    (G, "Project", "引洮济合", 3023): (R, "", "member of …等工程建成通水"),
    (G, "Project", "榆安大型灌区", 3081): (R, "", "member of …等工程开工建设; 推动榆安大型灌区建设 later"),
    (G, "Project", "国家外经贸提质增效示范项目", 4686): (W, "not-a-project", "borderline: a national designation the zone won (获批), a title, not a named work"),
    (G, "Project", "上海中医药大学附属龙华医院甘肃医院", 5751): (R, "", "hospital 即将建成"),
    (G, "Project", "长春中医药大学附属医院定西医院", 5769): (R, "", "hospital 即将建成"),
    (G, "Project", "“七地一屏一通道”", 7285): (W, "not-a-project", "a strategic slogan (致力建设), not a work"),
    (G, "Project", "兰州铁路枢纽优化提升工程", 11925): (R, "", "前期"),
    (G, "Project", "定平铁路", 11938): (R, "", "前期"),
    (G, "Project", "武威机场", 11943): (R, "", "前期"),
    (G, "Project", "和景电灌区", 12067): (W, "boundary", "conjunction 和 glued on: …建设和景电灌区、靖会灌区现代化改造; the item is 景电灌区(现代化改造)"),
    (G, "Project", "引白济洮", 12098): (R, "", "开展前期工作"),
    (G, "Project", "河西走廊水资源配置工程", 12124): (R, "", "planned water works"),
    (G, "Project", "兰白千万吨炼化基地", 12725): (R, "", "borderline: a production base being built; park (industrial base) or project"),
    (G, "Project", "百万吨化工新材料基地", 12735): (R, "", "borderline: a base named by its kind and size only; park (industrial base) or project"),
    (G, "Project", "金川四矿区贫矿资源综合开发利用", 12901): (R, "", "member of …等项目建设"),
    (G, "Project", "白银集团7万吨锌基合金", 12917): (R, "", "member of …等项目建设"),
    (G, "Project", "巨化硅氟新材料", 13134): (R, "", "member of …等重点项目"),
    (G, "Project", "金汇能先进负极材料", 13142): (R, "", "member of …等重点项目"),
    (G, "Project", "中国生物西北医美产业基地", 13159): (R, "", "borderline: a firm's base being built (建设); could read as an industrial base park"),
    (G, "Project", "东水泉东", 13583): (R, "", "borderline: member of …等煤矿建设 with the head written once; alone it reads as a place name"),
    (G, "Project", "郭家台", 13592): (R, "", "borderline: member of …等煤矿建设 with the head written once; alone it reads as a place name"),
    (G, "Project", "大地湾", 16458): (R, "", "borderline: member of …等国家考古遗址公园建设; alone it reads as the site"),
    (G, "Project", "大堡子山", 16462): (R, "", "borderline: member of …等国家考古遗址公园建设; alone it reads as the site"),
    (G, "Project", "黄河国家文化公园甘肃段", 16509): (R, "", "a named work in one area, 加快…建设"),
    (G, "Project", "省人民医院国家重大传染病防治基地", 17568): (R, "", "member of …等重点项目"),
    (H, "Park", "中俄蒙国际物流园区", 548): (R, "", "logistics park with projects and tenants"),
    (H, "Park", "中俄蒙文化创意产业园", 721): (R, "", "industrial park, 正式运营, works inside it"),
    (H, "Park", "通用航空产业园", 5612): (R, "", "borderline: zone named by its industry, counted among 社会投资项目落地; park or project"),
    (H, "Project", "中俄蒙国际物流园区中网科技云计算", 548): (W, "boundary", "park name glued on; the project is 中网科技云计算 (数据中心), in the park"),
    (H, "Project", "蒙拓牧机二期", 565): (R, "", "phase, 开工建设"),
    (H, "Project", "伊仕丹购物广场", 638): (R, "", "投资6亿元…正式营业"),
    (H, "Project", "彼得国际酒店", 736): (R, "", "投入使用"),
    (H, "Project", "国际皮草城", 743): (R, "", "投入使用"),
    (H, "Project", "西航悦海酒店", 770): (R, "", "开工建设"),
    (H, "Project", "华润雪花啤酒迁建", 1035): (R, "", "member of …项目主体完工, as written"),
    (H, "Project", "亘富200万吨褐煤提质项目", 1044): (R, "", "主体完工"),
    (H, "Project", "哈克镇生态奶源基地", 1119): (R, "", "base being built, its site in the name"),
    (H, "Project", "森工集团棚户区改造项目一期", 1258): (R, "", "the report names 一期 and 二期 as separate works"),
    (H, "Project", "远山红郡住宅小区一期", 1301): (R, "", "phase label = an alt of 远山红郡住宅小区 (5529), which has no item of its own"),
    (H, "Project", "家居建材", 1333): (R, "", "borderline: member of 家居建材、小商品市场 as written; alone reads as goods, and a market named by kind"),
    (H, "Project", "小商品市场", 1338): (R, "", "borderline: a market named by its kind alone (optional)"),
    (H, "Project", "中央桥至哈萨尔桥段工程", 1381): (R, "", "riverside landscape section, 整体完工"),
    (H, "Project", "两河圣山供水工程", 1406): (R, "", "投入使用"),
    (H, "Project", "向阳幼儿园", 1915): (R, "", "…等6个项目全部完工"),
    (H, "Project", "区医院120急救中心项目", 1998): (R, "", "开工建设"),
    (H, "Project", "工业品采购中心", 4618): (R, "", "borderline: named by its kind alone; counted among …等项目开工建设 in the park"),
    (H, "Project", "五金机电建材城", 4626): (R, "", "borderline: named by its kind alone; counted among …等项目开工建设 in the park"),
    (H, "Project", "二手车交易市场", 4634): (R, "", "borderline: a market named by its kind alone; counted among …等项目"),
    (H, "Project", "旅游集散中心", 4801): (R, "", "borderline: named by its kind alone; 投入使用 in the park"),
    (H, "Project", "世界反法西斯战争海拉尔纪念园二期工程", 4814): (R, "", "实施"),
    (H, "Project", "中成酒店", 4850): (R, "", "投入运营"),
    (H, "Project", "百府悦酒店", 4855): (R, "", "投入运营"),
    (H, "Project", "锦江国际酒店", 4865): (R, "", "开工建设"),
    (H, "Project", "大唐700万吨露天矿", 5017): (R, "", "前期工作, 力争年内开工"),
    (H, "Project", "森工集团棚户区改造二期工程", 5544): (R, "", "second phase named as its own work"),
    (H, "Project", "内蒙古冰上运动训练中心", 5594): (R, "", "开工建设"),
    (H, "Project", "尼尔基路", 5809): (R, "", "named road given 综合改造"),
    (H, "Project", "巴彦托海路和胜利大街", 5814): (W, "boundary", "two roads glued by 和 into one item"),
    (H, "Project", "哈萨尔大街", 5825): (R, "", "named road given 综合改造"),
    (H, "Project", "海拉尔大街", 5831): (R, "", "named road given 综合改造"),
    (H, "Project", "贝尔大街", 5837): (R, "", "named road given 综合改造"),
    (H, "Project", "滨河路", 5933): (R, "", "member of …等城区道路工程"),
    (H, "Project", "海拉尔河堤防工程", 6648): (R, "", "a river's embankment works"),
    (H, "Project", "黑羊站水厂改扩建", 7640): (R, "", "黑羊站水厂改扩建工程: the name with its works, an alt"),
    (H, "Project", "第五中学扩建工程", 7864): (R, "", "member of …扩建工程 as written"),
    (H, "Project", "南开路中学", 7883): (R, "", "投入使用"),
    (H, "Project", "正阳社区文体活动中心", 8074): (R, "", "完成…建设"),
    (X, "Project", "雅下水电工程", 743): (R, "", "开工建设"),
    (X, "Project", "金上至湖北特高压直流输电工程", 1316): (R, "", "建成投运"),
    (X, "Project", "藏粤直流", 1344): (R, "", "开工建设"),
    (X, "Project", "青藏铁路格拉段电气化改造工程", 1349): (R, "", "开工建设"),
    (X, "Project", "湘河", 1368): (R, "", "borderline: member of 湘河、拉洛水利枢纽 as written; alone it reads as a river"),
    (X, "Project", "拉洛水利枢纽", 1371): (R, "", "投入使用"),
    (X, "Project", "中国西藏环喜马拉雅藏医药研究中心", 2508): (W, "wrong-kind", "borderline: 获批设立 (set up): an organisation, an optional project only if also a facility"),
    (X, "Project", "川藏铁路", 7604): (R, "", "加快建设"),
    (X, "Project", "波密至然乌段铁路", 7644): (R, "", "加快推动…建设"),
    (X, "Project", "东嘎水库", 7702): (R, "", "开工建设"),
    (X, "Project", "澜上水风光一体化基地", 8331): (R, "", "last member of 金上、藏东南、澜上水风光一体化基地 as written, 推动…建设"),
    (X, "Project", "重庆昌都完全中学", 10559): (R, "", "推动…开工建设"),
    (X, "Project", "雅鲁藏布江流域", 11172): (W, "not-a-project", "borderline: a river basin (…等关键区域生态修复工程); the label names the area, not a work"),
}

NOT_ITEM = "the subject is judged not a project (item wrong), though the place is in its name"
# (report, kind, subject, object, quote_start): (verdict, category, note)
TIES = {
    (G, "tie park-place", "嘉峪关国家高新技术产业开发区", "Jiayuguan City|嘉峪关市", 12976): (R, "", "place in the name"),
    (G, "tie park-place", "金昌经济技术开发区", "Jinchang City|金昌市", 4677): (R, "", "place in the name"),
    (G, "tie park-place", "庆阳东数西算产业园", "Qingyang City|庆阳市", 5325): (R, "", "place in the name"),
    (G, "tie park-place", "天水经济技术开发区", "Tianshui City|天水市", 4664): (R, "", "place in the name"),
    (G, "tie park-place", "武威工业园区", "Wuwei City|武威市", 12960): (R, "", "place in the name"),
    (G, "tie project-place", "武威机场", "Wuwei City|武威市", 11943): (R, "", "place in the name"),
    (G, "tie park-place", "中国（甘肃）自由贸易试验区", "Gansu Province|甘肃省", 9914): (R, "", "place in the name"),
    (G, "tie project-place", "甘肃中部生态移民供水", "Gansu Province|甘肃省", 3012): (R, "", "place in the name"),
    (G, "tie project-place", "国家数据基础设施（甘肃）区域功能节点一期项目", "Gansu Province|甘肃省", 4295): (R, "", "place in the name, as 国家数据标注基地（成都）"),
    (G, "tie project-place", "黄河甘肃段河道防洪治理", "Gansu Province|甘肃省", 3088): (R, "", "place in the name"),
    (G, "tie project-place", "黄河国家文化公园甘肃段", "Gansu Province|甘肃省", 16509): (R, "", "place in the name"),
    (G, "tie project-place", "上海中医药大学附属龙华医院甘肃医院", "Gansu Province|甘肃省", 5751): (R, "", "place in the name (the site, 甘肃医院)"),
    (G, "tie project-place", "西成铁路甘肃段", "Gansu Province|甘肃省", 2846): (R, "", "place in the name"),
    (G, "tie project-place", "中山大学附属肿瘤医院甘肃医院", "Gansu Province|甘肃省", 5718): (R, "", "place in the name (the site)"),
    (G, "tie project-place", "阿克塞生态保护及城乡供水一体化", "Akesai Autonomous County|阿克塞哈萨克族自治县", 3055): (R, "", "place in the name"),
    (G, "tie project-place", "长春中医药大学附属医院定西医院", "Dingxi City|定西市", 5769): (R, "", "place in the name (the site)"),
    (G, "tie project-place", "郭家台", "郭家台", 13592): (W, "not-a-place", "borderline: the object is the mine's own name; the text never gives 郭家台 as an administrative area"),
    (G, "tie project-park", "国家外经贸提质增效示范项目", "金昌经济技术开发区", 4686): (W, "not-an-item", "borderline: " + NOT_ITEM.replace(", though the place is in its name", "; the text does tie it to the zone")),
    (G, "tie project-place", "金川镍钴高品质镍基材料", "Jinchuan District|金川区", 13122): (W, "wrong-place", "borderline: 金川 here is the firm (金川集团, named at 4079), not the district"),
    (G, "tie project-place", "金川四矿区贫矿资源综合开发利用", "Jinchuan District|金川区", 12901): (W, "wrong-place", "borderline: 金川四矿区 is the mining area of the firm 金川集团; the district only by world knowledge"),
    (G, "tie project-place", "泾川特大型铀矿", "Jingchuan County|泾川县", 823): (W, "not-an-item", NOT_ITEM),
    (G, "tie project-place", "兰州轨道交通二号线", "Lanzhou City|兰州市", 2874): (R, "", "place in the name"),
    (G, "tie project-place", "兰州铁路枢纽优化提升工程", "Lanzhou City|兰州市", 11925): (R, "", "place in the name"),
    (G, "tie project-place", "兰州中川国际机场三期", "Lanzhou City|兰州市", 2971): (R, "", "place in the name"),
    (G, "tie project-place", "临夏机场", "Linxia Autonomous Prefecture|临夏回族自治州", 11948): (R, "", "place in the name"),
    (G, "tie project-place", "上海市第一人民医院酒泉医院", "Shanghai Municipality|上海市", 5733): (W, "wrong-place", "上海市 names the owning hospital; the new hospital is the 酒泉 one (no 酒泉 tie made)"),
    (G, "tie project-place", "西和县礼县西汉水人饮", "西和县礼县", 3037): (W, "boundary", "two counties 西和县 and 礼县 glued into one place"),
    (G, "tie project-place", "玉门超40吨金矿", "Yumen City|玉门市", 831): (W, "not-an-item", NOT_ITEM),
    (H, "tie project-park", "二手车交易市场", "中俄蒙国际物流园区", 4634): (R, "", "list of projects right after 加快中俄蒙国际物流园区建设"),
    (H, "tie project-park", "工业品采购中心", "中俄蒙国际物流园区", 4618): (R, "", "list of projects right after the park's name"),
    (H, "tie project-park", "蒙拓牧机二期", "中俄蒙国际物流园区", 565): (R, "", "list of projects right after the park's name"),
    (H, "tie project-park", "五金机电建材城", "中俄蒙国际物流园区", 4626): (R, "", "list of projects right after the park's name"),
    (H, "tie project-park", "国际皮草城", "中俄蒙文化创意产业园", 743): (R, "", "projects listed right after the park's opening"),
    (H, "tie project-park", "旅游集散中心", "中俄蒙文化创意产业园", 4801): (R, "", "加快推进X建设，确保…旅游集散中心投入使用"),
    (H, "tie project-place", "哈克镇生态奶源基地", "哈克镇", 1119): (R, "", "place in the name"),
    (H, "tie project-place", "内蒙古冰上运动训练中心", "Inner Mongolia Autonomous Region|内蒙古自治区", 5594): (R, "", "place in the name"),
    (H, "tie project-place", "世界反法西斯战争海拉尔纪念园二期工程", "Hailaer District|海拉尔区", 4814): (R, "", "place in the name"),
    (X, "tie project-place", "中国西藏环喜马拉雅藏医药研究中心", "Tibet Autonomous Region|西藏自治区", 2508): (W, "not-an-item", "borderline: the subject is judged an organisation (item wrong), though the place is in its name"),
}

COLS = ["report", "kind", "label", "alts", "subject", "object", "quote_start", "quote", "sentence",
        "verdict", "category", "note"]


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def main(items_csv: str = "/tmp/check-e45/items.csv", ties_csv: str = "/tmp/check-e45/ties.csv") -> None:
    if OUT.exists():
        sys.exit(f"{OUT} exists: not overwritten")
    rows, used_i, used_t = [], set(), set()
    with open(items_csv, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            key = (r["report"], r["kind"], r["label"], int(r["quote_start"]))
            if key not in ITEMS:
                sys.exit(f"no verdict for item {key}")
            used_i.add(key)
            v, c, n = ITEMS[key]
            rows.append({**{k: r.get(k, "") for k in COLS}, "verdict": v, "category": c, "note": n})
    with open(ties_csv, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            key = (r["report"], r["kind"], r["subject"], r["object"], int(r["quote_start"]))
            if key not in TIES:
                sys.exit(f"no verdict for tie {key}")
            used_t.add(key)
            v, c, n = TIES[key]
            rows.append({**{k: r.get(k, "") for k in COLS}, "verdict": v, "category": c, "note": n})
    if set(ITEMS) - used_i or set(TIES) - used_t:
        sys.exit(f"verdicts matching no sampled row: {sorted(set(ITEMS) - used_i) + sorted(set(TIES) - used_t)}")
    with open(OUT, "x", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        w.writerows(rows)
    # tallies for the README section
    for kind in ("Park", "Project"):
        got = [r for r in rows if r["kind"] == kind]
        k = sum(r["verdict"] == R for r in got)
        flipped = sum((r["verdict"] == R) != r["note"].startswith("borderline:") for r in got)
        lo, hi = wilson(k, len(got))
        flo, fhi = wilson(flipped, len(got))
        print(f"{kind}: {k}/{len(got)} = {k / len(got):.3f} [{lo:.3f}, {hi:.3f}]; borderline flipped "
              f"{flipped}/{len(got)} = {flipped / len(got):.3f} [{flo:.3f}, {fhi:.3f}]")
        for rep in (G, H, X):
            sub = [r for r in got if r["report"] == rep]
            if sub:
                print(f"  {rep}: {sum(r['verdict'] == R for r in sub)}/{len(sub)}")
    ties = [r for r in rows if r["kind"].startswith("tie")]
    print(f"ties: {sum(r['verdict'] == R for r in ties)}/{len(ties)}")
    for kind in sorted({r["kind"] for r in ties}):
        sub = [r for r in ties if r["kind"] == kind]
        print(f"  {kind}: {sum(r['verdict'] == R for r in sub)}/{len(sub)}")
    print(f"wrote {OUT} ({len(rows)} rows)")


if __name__ == "__main__":
    main(*sys.argv[1:])
