"""Verdicts of the fiftieth blind hand check of parks, projects and their ties (check-e50; docs/checks/README.md).

Tool frozen at 1ec5afc9; reports shaanxi-2026, gansu-2026 (data/corpus/provincial-2026/) and hailaer-2015
(data/corpus/hailaer/). The sampler's CSVs come from

    python -m policykg build <the three reports> --out /tmp/check-check-e50/out
    python scripts/sample_entities.py /tmp/check-check-e50/out --cap 40 --seed 33061 > /tmp/check-check-e50/items.csv
    python scripts/sample_entities.py /tmp/check-check-e50/out --ties > /tmp/check-check-e50/ties.csv

    python docs/checks/check-e50-verdicts.py [ITEMS.csv TIES.csv]

joins one verdict to every row of them (by report, kind, label and quote_start for items; report, kind, subject
and object for ties), stops if a row has no verdict or a verdict no row, and writes
docs/checks/entity-precision-2027x.csv; it refuses to overwrite that file.
A note opening with `borderline:` marks an item two careful readers could judge differently (the guideline's
optional items and debatable kinds are `right` with it; an unsure wrong is `wrong` with it).
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from policykg.sheetcells import GuardedWriter, unguarded  # noqa: E402

OUT = ROOT / "docs/checks/entity-precision-2027x.csv"
G, S, H = "gansusheng-2026", "shaanxisheng-2026", "hailaerqu-2015"
R, W = "right", "wrong"
BOUND, NAP, NPARK, KIND, DUP = "boundary", "not-a-project", "not-a-park", "wrong-kind", "duplicate"

# (report, kind, label, quote_start): (verdict, category, note)
ITEMS = {
    # gansu-2026: parks (all 6)
    (G, "Park", "天水经济技术开发区", 4664): (R, "", "development zone; the text writes 天水经开区 (the alt)"),
    (G, "Park", "金昌经济技术开发区", 4677): (R, "", "development zone; written 金昌经开区 (the alt)"),
    (G, "Park", "庆阳东数西算产业园", 5325): (R, "", "industrial park"),
    (G, "Park", "中国（甘肃）自由贸易试验区", 9914): (R, "", "free trade zone (applied for: 积极申建)"),
    (G, "Park", "武威工业园区", 12960): (R, "", "industrial park"),
    (G, "Park", "嘉峪关国家高新技术产业开发区", 12976): (R, "", "high-tech zone; written 嘉峪关国家高新区 (the alt)"),
    # gansu-2026: projects (40 of 63)
    (G, "Project", "玉门超40吨金矿", 831): (W, NAP, "a newly proven ore deposit (新探明…矿产地), not a work being built"),
    (G, "Project", "陇电入鲁工程", 925): (R, "", "power transmission works 建成投运"),
    (G, "Project", "陇电入浙工程", 936): (R, "", "开工建设"),
    (G, "Project", "陇电入川工程", 947): (R, "", "具备核准条件: planned"),
    (G, "Project", "兰张三四线铁路中武段", 2793): (R, "", "railway section 建成投运"),
    (G, "Project", "银兰高铁中兰段", 2804): (R, "", "railway section"),
    (G, "Project", "兰合铁路", 2836): (R, "", "railway 加快建设"),
    (G, "Project", "西成铁路甘肃段", 2846): (R, "", "railway section"),
    (G, "Project", "兰州轨道交通二号线", 2874): (R, "", "metro line 建成"),
    (G, "Project", "兰州中川国际机场三期", 2971): (R, "", "airport phase 建成投运"),
    (G, "Project", "引洮二期", 3000): (W, BOUND, "cut from 引洮二期骨干及城乡配套(工程): the work is the phase's backbone and supporting works"),
    (G, "Project", "城乡配套", 3007): (W, BOUND, "fragment of 引洮二期骨干及城乡配套(工程), its head 引洮二期 cut off"),
    (G, "Project", "甘肃中部生态移民供水", 3012): (R, "", "…等工程建成通水"),
    (G, "Project", "西和县礼县西汉水人饮", 3037): (R, "", "…等工程建成通水"),
    (G, "Project", "阿克塞生态保护及城乡供水一体化", 3055): (R, "", "工程开工建设; 建成…工程 in the plan too"),
    (G, "Project", "国家外经贸提质增效示范项目", 4686): (W, NAP, "borderline: a national demonstration designation the zone got (获批建设), not a named work"),
    (G, "Project", "上海市第一人民医院酒泉医院", 5733): (R, "", "regional medical centre hospital 建成投运"),
    (G, "Project", "上海中医药大学附属龙华医院甘肃医院", 5751): (R, "", "即将建成"),
    (G, "Project", "长春中医药大学附属医院定西医院", 5769): (R, "", "即将建成"),
    (G, "Project", "兰州铁路枢纽优化提升工程", 11925): (R, "", "前期"),
    (G, "Project", "定平铁路", 11938): (R, "", "前期"),
    (G, "Project", "武威机场", 11943): (R, "", "airport, 前期"),
    (G, "Project", "临夏机场", 11948): (R, "", "airport, 前期"),
    (G, "Project", "甘川新通道", 11984): (R, "", "a named expressway route being built (市场化建设…甘川新通道; …等高速（一级）公路)"),
    (G, "Project", "和景电灌区", 12067): (W, BOUND, "the conjunction 和 glued on (…建设和景电灌区、靖会灌区现代化改造); also the 景电灌区现代化改造 item again"),
    (G, "Project", "靖会灌区", 12073): (R, "", "named irrigation district under 现代化改造: works on a named site"),
    (G, "Project", "引白济洮", 12098): (R, "", "water diversion, 前期工作"),
    (G, "Project", "河西走廊水资源配置工程", 12124): (R, "", "water allocation works"),
    (G, "Project", "崖州湾国家实验室西北创新基地", 12369): (R, "", "a named lab base being built (加快…建设)"),
    (G, "Project", "兰白千万吨炼化基地", 12725): (R, "", "borderline: a refining base being built (推动…建设); could read as a park (industrial base)"),
    (G, "Project", "巨化硅氟新材料", 13134): (R, "", "巨化硅氟新材料项目 elsewhere; among 重点项目"),
    (G, "Project", "金汇能先进负极材料", 13142): (R, "", "among 重点项目"),
    (G, "Project", "九龙川", 13575): (R, "", "borderline: member of …等煤矿建设, head written once; its own words read as a place: optional"),
    (G, "Project", "唐家河", 13579): (R, "", "borderline: member of …等煤矿建设, a place's name: optional"),
    (G, "Project", "东水泉东", 13583): (R, "", "borderline: member of …等煤矿建设, a place's name: optional"),
    (G, "Project", "安家庄", 13588): (R, "", "borderline: member of …等煤矿建设, a village's name: optional"),
    (G, "Project", "郭家台", 13592): (R, "", "borderline: member of …等煤矿建设, a place's name: optional"),
    (G, "Project", "平山湖", 13596): (R, "", "borderline: member of …等煤矿建设, reads as a lake/place: optional"),
    (G, "Project", "大堡子山", 16462): (R, "", "borderline: member of …等国家考古遗址公园建设, reads as a hill/site name without the head: optional"),
    (G, "Project", "黄河国家文化公园甘肃段", 16509): (R, "", "the Gansu section of a national cultural park being built (加快…建设)"),
    # shaanxi-2026: parks (all 4)
    (S, "Park", "修正生物医药产业园", 636): (R, "", "borderline: a firm's industrial park counted among 项目 (…等项目加快推进); a reader could make it a project"),
    (S, "Park", "洋县园区", 2336): (R, "", "the county's park (陈仓、洋县园区产值…), as written"),
    (S, "Park", "富平园区", 2350): (R, "", "the county's park with its output"),
    (S, "Park", "三航科技城", 10025): (R, "", "borderline: a science city being built (支持…建设); science park, or a new area built as one work"),
    # shaanxi-2026: projects (40 of 60)
    (S, "Project", "陕煤榆林化学二期", 752): (R, "", "…等项目进展顺利"),
    (S, "Project", "国能煤炭综合利用", 768): (R, "", "…等重大项目开工"),
    (S, "Project", "西延高铁", 814): (R, "", "high-speed railway 建成通车"),
    (S, "Project", "眉太", 819): (R, "", "borderline: a two-character route abbreviation in …等4条高速公路: optional"),
    (S, "Project", "岚皋至陕渝界", 822): (R, "", "expressway, both ends kept"),
    (S, "Project", "西十", 840): (W, DUP, "the 西十高铁 item (8540) again: the same railway, a separate node"),
    (S, "Project", "芯业时代8英寸半导体", 1560): (R, "", "…等项目投产"),
    (S, "Project", "弗迪12吉瓦时动力电池扩产", 1584): (R, "", "…等项目投产"),
    (S, "Project", "年天然气产能倍增工程", 1711): (W, BOUND, "cut inside 延长石油150亿方/年天然气产能倍增工程 (starts at 年 of 亿方/年)"),
    (S, "Project", "恒神高性能碳纤维", 1722): (R, "", "…等项目建成"),
    (S, "Project", "西安碑林博物馆新馆", 2780): (R, "", "建成开放"),
    (S, "Project", "关中革命纪念馆", 2790): (R, "", "建成开放"),
    (S, "Project", "秦岭博物馆", 2798): (R, "", "建成开放"),
    (S, "Project", "三星V8闪存芯片", 3822): (R, "", "外资项目落地投产"),
    (S, "Project", "人和集团新能源材料", 3831): (R, "", "外资项目落地投产"),
    (S, "Project", "山阳", 5348): (R, "", "borderline: member of 山阳、勉县等6个抽水蓄能项目, a county's name: optional"),
    (S, "Project", "西安咸阳国际机场T5航站楼", 5417): (R, "", "terminal 建成投运"),
    (S, "Project", "西安国家版本馆", 5614): (R, "", "投入使用"),
    (S, "Project", "省图书新馆", 5630): (R, "", "the provincial library's new building (owner in the name), 投入使用"),
    (S, "Project", "延安千万吨炼化一体化", 8487): (R, "", "推进…等项目"),
    (S, "Project", "榆能百万吨煤制芳烃", 8498): (R, "", "推进…等项目"),
    (S, "Project", "康渝高铁", 8528): (R, "", "加快…建设 (康渝 at 843 is a separate node: that one is the duplicate)"),
    (S, "Project", "西十高铁", 8540): (R, "", "建成投运"),
    (S, "Project", "西安东站", 8545): (R, "", "station 建成投运"),
    (S, "Project", "延安东绕城", 8586): (R, "", "expressway, head 高速公路 shared with 洛卢; its own words name it"),
    (S, "Project", "洛卢高速公路", 8592): (R, "", "建成通车"),
    (S, "Project", "古贤水利枢纽", 8605): (R, "", "推进…等项目建设"),
    (S, "Project", "蒋家窑则水库", 8612): (R, "", "a reservoir being built (…等项目建设)"),
    (S, "Project", "引汉济渭二期", 8619): (W, DUP, "borderline: phase of 引汉济渭 (separate node at 5431, 建成投运); the guideline makes a phase and its whole named elsewhere one item"),
    (S, "Project", "宝鸡峡灌区改造", 8626): (R, "", "works on a named irrigation district, …等项目建设"),
    (S, "Project", "比亚迪", 10122): (R, "", "a firm's name for its plant, counted among 项目 (加快比亚迪、…等项目建设): required"),
    (S, "Project", "铜川高端铝产业基地", 10184): (W, KIND, "borderline: an industrial base supported to grow (支持…发展) beside 集群: a park (industrial base) or a cluster, no work being built"),
    (S, "Project", "黄蒿界", 10315): (R, "", "borderline: member of 黄蒿界等6处煤矿, a place's name: optional"),
    (S, "Project", "雷龙湾储气库", 10365): (R, "", "gas storage …等项目建设"),
    (S, "Project", "商洛电厂二期", 10429): (R, "", "建成投运"),
    (S, "Project", "店头电厂二期", 10436): (R, "", "建成投运"),
    (S, "Project", "中科洁净能源研究院二期", 10565): (R, "", "an institute's phase started (启动…项目): a centre being built"),
    (S, "Project", "东航飞机维修基地", 11057): (R, "", "…等项目建设"),
    (S, "Project", "西安太古里商业综合体", 11066): (R, "", "…等项目建设"),
    (S, "Project", "中华文明探源工程", 13874): (W, NAP, "a national research programme (深度参与…重大项目), not a work being built"),
    # hailaer-2015: parks (all 3)
    (H, "Park", "中俄蒙国际物流园区", 548): (R, "", "logistics park with projects and tenants"),
    (H, "Park", "中俄蒙文化创意产业园", 721): (R, "", "industrial park 正式运营, later built up with facilities"),
    (H, "Park", "通用航空产业园", 5612): (R, "", "borderline: zone named only by its industry, one zone counted among 社会投资项目落地; park or project"),
    # hailaer-2015: projects (40 of 43)
    (H, "Project", "蒙拓牧机二期", 565): (R, "", "…等项目开工建设"),
    (H, "Project", "伊仕丹购物广场", 638): (R, "", "投资6亿元…正式营业"),
    (H, "Project", "彼得国际酒店", 736): (R, "", "投入使用"),
    (H, "Project", "国际皮草城", 743): (R, "", "投入使用"),
    (H, "Project", "西航悦海酒店", 770): (R, "", "开工建设"),
    (H, "Project", "大唐700万吨露天矿", 1018): (R, "", "完成项目核准"),
    (H, "Project", "华润雪花啤酒迁建", 1035): (R, "", "relocation project 主体完工"),
    (H, "Project", "亘富200万吨褐煤提质项目", 1044): (R, "", "主体完工"),
    (H, "Project", "哈克镇生态奶源基地", 1119): (R, "", "a dairy base being built with its town in the name"),
    (H, "Project", "森工集团棚户区改造项目一期", 1258): (R, "", "the report names phase 一期 and 二期 as separate works"),
    (H, "Project", "远山红郡住宅小区一期", 1301): (R, "", "the phase; the whole 远山红郡住宅小区 (5529) would be its label, this an alt"),
    (H, "Project", "红星美凯龙主力店主体工程", 1318): (W, BOUND, "borderline: 主体工程完工 is the status of the works; the name is 红星美凯龙主力店"),
    (H, "Project", "家居建材", 1333): (R, "", "borderline: 家居建材(市场) member with the head written once; a market by kind, reads as goods: optional"),
    (H, "Project", "小商品市场", 1338): (R, "", "borderline: a market named by its kind alone: optional"),
    (H, "Project", "两河圣山供水工程", 1406): (R, "", "投入使用"),
    (H, "Project", "向阳幼儿园", 1915): (R, "", "…等6个项目全部完工"),
    (H, "Project", "农村敬老院", 1953): (R, "", "borderline: a nursing home named by its kind alone: optional"),
    (H, "Project", "综合老年养护院项目", 1959): (R, "", "borderline: a care home named by its kind alone: optional"),
    (H, "Project", "区医院120急救中心项目", 1998): (R, "", "the district hospital's centre (owner in the name), 开工建设"),
    (H, "Project", "工业品采购中心", 4618): (R, "", "borderline: named by its kind alone (site only in the sentence): optional"),
    (H, "Project", "五金机电建材城", 4626): (R, "", "borderline: a market named by its kind alone: optional"),
    (H, "Project", "二手车交易市场", 4634): (R, "", "borderline: a market named by its kind alone: optional"),
    (H, "Project", "旅游集散中心", 4801): (R, "", "borderline: named by its kind alone: optional"),
    (H, "Project", "世界反法西斯战争海拉尔纪念园二期工程", 4814): (R, "", "实施…二期工程"),
    (H, "Project", "中成酒店", 4850): (R, "", "投入运营"),
    (H, "Project", "百府悦酒店", 4855): (R, "", "投入运营"),
    (H, "Project", "锦江国际酒店", 4865): (R, "", "开工建设"),
    (H, "Project", "华润雪花啤酒迁建项目", 5064): (W, DUP, "the 华润雪花啤酒迁建 item (1035) again as a separate node"),
    (H, "Project", "森工集团棚户区改造二期工程", 5544): (R, "", "phase named as its own work"),
    (H, "Project", "内蒙古冰上运动训练中心", 5594): (R, "", "投资3.4亿元…开工建设"),
    (H, "Project", "尼尔基路", 5809): (R, "", "a named road under 综合改造 (…等7条主干道路)"),
    (H, "Project", "巴彦托海路和胜利大街", 5814): (W, BOUND, "two roads glued by 和 (巴彦托海路, 胜利大街)"),
    (H, "Project", "海拉尔大街", 5831): (R, "", "named road under 综合改造"),
    (H, "Project", "贝尔大街", 5837): (R, "", "named road under 综合改造"),
    (H, "Project", "滨河路", 5933): (R, "", "…等城区道路工程"),
    (H, "Project", "海拉尔河堤防工程", 6648): (R, "", "a river's embankment works: a project"),
    (H, "Project", "黑羊站水厂改扩建", 7640): (R, "", "启动实施…改扩建工程"),
    (H, "Project", "第五中学扩建工程", 7864): (R, "", "实施…扩建工程"),
    (H, "Project", "南开路中学", 7883): (R, "", "a new school put into use (投入使用)"),
    (H, "Project", "正阳社区文体活动中心", 8074): (R, "", "完成…建设"),
}

# (report, kind, subject, object): (verdict, category, note)
TIES = {
    (G, "tie park-place", "嘉峪关国家高新技术产业开发区", "Jiayuguan City|嘉峪关市"): (R, "", "place in the name"),
    (G, "tie park-place", "金昌经济技术开发区", "Jinchang City|金昌市"): (R, "", "place in the name"),
    (G, "tie park-place", "庆阳东数西算产业园", "Qingyang City|庆阳市"): (R, "", "place in the name"),
    (G, "tie park-place", "天水经济技术开发区", "Tianshui City|天水市"): (R, "", "place in the name"),
    (G, "tie park-place", "武威工业园区", "Wuwei City|武威市"): (R, "", "place in the name"),
    (G, "tie project-place", "武威机场", "Wuwei City|武威市"): (R, "", "place in the name"),
    (G, "tie park-place", "中国（甘肃）自由贸易试验区", "Gansu Province|甘肃省"): (R, "", "place in the name"),
    (G, "tie project-place", "甘肃中部生态移民供水", "Gansu Province|甘肃省"): (R, "", "place in the name"),
    (G, "tie project-place", "国家数据基础设施（甘肃）区域功能节点一期项目", "Gansu Province|甘肃省"): (R, "", "place in the name"),
    (G, "tie project-place", "黄河甘肃段河道防洪治理", "Gansu Province|甘肃省"): (R, "", "place in the name"),
    (G, "tie project-place", "黄河国家文化公园甘肃段", "Gansu Province|甘肃省"): (R, "", "place in the name"),
    (G, "tie project-place", "上海中医药大学附属龙华医院甘肃医院", "Gansu Province|甘肃省"): (R, "", "place in the name (甘肃医院)"),
    (G, "tie project-place", "西成铁路甘肃段", "Gansu Province|甘肃省"): (R, "", "the section's place in the name (not the route's end points)"),
    (G, "tie project-place", "中山大学附属肿瘤医院甘肃医院", "Gansu Province|甘肃省"): (R, "", "place in the name"),
    (S, "tie park-place", "富平园区", "Fuping County|富平县"): (R, "", "place in the name"),
    (S, "tie park-place", "洋县园区", "Yang County|洋县"): (R, "", "place in the name"),
    (G, "tie project-place", "阿克塞生态保护及城乡供水一体化", "Akesai Autonomous County|阿克塞哈萨克族自治县"): (R, "", "place in the name"),
    (G, "tie project-place", "长春中医药大学附属医院定西医院", "Dingxi City|定西市"): (R, "", "place in the name (定西医院)"),
    (G, "tie project-place", "郭家台", "郭家台"): (W, "other", "borderline: the same span read as the mine and as a place; the text names no place 郭家台 apart from the mine"),
    (G, "tie project-park", "国家外经贸提质增效示范项目", "金昌经济技术开发区"): (R, "", "borderline: the text ties them (金昌经开区获批建设…), but the subject is judged not a project"),
    (G, "tie project-place", "泾川特大型铀矿", "Jingchuan County|泾川县"): (R, "", "place in the name (the subject, an ore deposit, is no project)"),
    (G, "tie project-place", "兰州轨道交通二号线", "Lanzhou City|兰州市"): (R, "", "place in the name"),
    (G, "tie project-place", "兰州铁路枢纽优化提升工程", "Lanzhou City|兰州市"): (R, "", "place in the name"),
    (G, "tie project-place", "兰州中川国际机场三期", "Lanzhou City|兰州市"): (R, "", "place in the name"),
    (G, "tie project-place", "临夏机场", "Linxia Autonomous Prefecture|临夏回族自治州"): (R, "", "place in the name (临夏)"),
    (G, "tie project-place", "西和县礼县西汉水人饮", "西和县礼县"): (W, "other", "the object glues two counties (西和县, 礼县) into one place"),
    (G, "tie project-place", "玉门超40吨金矿", "Yumen City|玉门市"): (R, "", "place in the name (the subject is judged not a project)"),
    (H, "tie project-park", "二手车交易市场", "中俄蒙国际物流园区"): (R, "", "list of projects right after 加快中俄蒙国际物流园区建设"),
    (H, "tie project-park", "工业品采购中心", "中俄蒙国际物流园区"): (R, "", "list of projects right after the park's name"),
    (H, "tie project-park", "蒙拓牧机二期", "中俄蒙国际物流园区"): (R, "", "中俄蒙国际物流园区中网科技云计算、蒙拓牧机二期等项目"),
    (H, "tie project-park", "五金机电建材城", "中俄蒙国际物流园区"): (R, "", "list of projects right after the park's name"),
    (H, "tie project-place", "哈克镇生态奶源基地", "哈克镇"): (R, "", "place in the name"),
    (H, "tie project-place", "内蒙古冰上运动训练中心", "Inner Mongolia Autonomous Region|内蒙古自治区"): (R, "", "place in the name"),
    (H, "tie project-park", "旅游集散中心", "中俄蒙文化创意产业园"): (R, "", "加快推进中俄蒙文化创意产业园建设，确保保税仓库、旅游集散中心投入使用"),
    (H, "tie project-place", "世界反法西斯战争海拉尔纪念园二期工程", "Hailaer District|海拉尔区"): (R, "", "place in the name (the report's own district)"),
    (S, "tie project-place", "汉中航空关键零部件基地", "Hanzhong City|汉中市"): (R, "", "place in the name"),
    (S, "tie project-place", "陕西考古博物馆", "Shaanxi Province|陕西省"): (R, "", "place in the name"),
    (S, "tie project-place", "商洛电厂二期", "Shangluo City|商洛市"): (R, "", "place in the name"),
    (S, "tie project-place", "陕煤榆林化学二期", "Yulin City|榆林市"): (R, "", "place in the name (榆林)"),
    (S, "tie project-place", "铜川高端铝产业基地", "Tongchuan City|铜川市"): (R, "", "place in the name"),
    (S, "tie project-place", "西安地铁15号线", "Xian City|西安市"): (R, "", "place in the name"),
    (S, "tie project-place", "西安东站", "Xian City|西安市"): (R, "", "place in the name"),
    (S, "tie project-place", "西安国家版本馆", "Xian City|西安市"): (R, "", "place in the name"),
    (S, "tie project-place", "西安太古里商业综合体", "Xian City|西安市"): (R, "", "place in the name"),
    (S, "tie project-place", "延安东绕城", "Yanan City|延安市"): (R, "", "place in the name"),
    (S, "tie project-place", "延安千万吨炼化一体化", "Yanan City|延安市"): (R, "", "place in the name"),
    # figure ties
    (G, "tie project-outcome", "巨化硅氟新材料", "巨化硅氟新材料项目刷新我省单体工业项目投资纪录总投资: 总投资410亿元"): (R, "", "总投资410亿元的巨化硅氟新材料项目: the project's own investment (the indicator name is long, the tie right)"),
    (H, "tie project-outcome", "伊仕丹购物广场", "伊仕丹购物广场正式营业投资: 投资6亿元"): (R, "", "投资6亿元的伊仕丹购物广场"),
    (H, "tie project-outcome", "中央桥至哈萨尔桥段工程", "中央桥至哈萨尔桥段工程整体投资: 投资4300万元"): (R, "", "投资4300万元的…工程"),
    (H, "tie project-outcome", "两河圣山供水工程", "两河圣山供水工程投资: 投资3000万元"): (R, "", "投资3000万元的…工程"),
    (H, "tie project-target", "内蒙古冰上运动训练中心", "内蒙古冰上运动训练中心投资: 投资3.4亿元"): (R, "", "投资3.4亿元的…中心"),
    (S, "tie park-outcome", "富平园区", "富平园区产值: 富平园区产值超过200亿元"): (R, "", "the park's output"),
    (S, "tie project-outcome", "西安咸阳国际机场", "西安咸阳国际机场旅客人次: 西安咸阳国际机场旅客超4850万人次"): (R, "", "the airport's passengers (the subject, an existing airport, is a doubtful project)"),
}

COLS = ["report", "kind", "label", "alts", "object", "quote_start", "quote", "sentence", "verdict", "category", "note"]


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [{k: unguarded(v) for k, v in r.items()} for r in csv.DictReader(f)]


def main(argv):
    items_csv, ties_csv = (argv + ["/tmp/check-check-e50/items.csv", "/tmp/check-check-e50/ties.csv"][len(argv):])[:2]
    if OUT.exists():
        sys.exit(f"{OUT} exists: not overwritten")
    out, used_i, used_t = [], set(), set()
    for r in rows(items_csv):
        key = (r["report"], r["kind"], r["label"], int(r["quote_start"]))
        if key not in ITEMS:
            sys.exit(f"no verdict for item {key}")
        used_i.add(key)
        out.append([r["report"], r["kind"], r["label"], r["alts"], "", r["quote_start"], r["quote"], r["sentence"],
                    *ITEMS[key]])
    for r in rows(ties_csv):
        key = (r["report"], r["kind"], r["subject"], r["object"])
        if key not in TIES:
            sys.exit(f"no verdict for tie {key}")
        used_t.add(key)
        out.append([r["report"], r["kind"], r["subject"], "", r["object"], r["quote_start"], r["quote"], r["sentence"],
                    *TIES[key]])
    extra = (set(ITEMS) - used_i) | (set(TIES) - used_t)
    if extra:
        sys.exit(f"verdicts with no row: {sorted(extra)}")
    for v in list(ITEMS.values()) + list(TIES.values()):
        assert v[0] in (R, W) and (v[0] == R) == (v[1] == ""), v
    with open(OUT, "x", encoding="utf-8", newline="") as f:
        w = GuardedWriter(f)
        w.writerow(COLS)
        for row in out:
            w.writerow(row)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(used_i)} items, {len(used_t)} ties")


if __name__ == "__main__":
    main(sys.argv[1:])
