"""Verdicts of the fifty-third blind hand check (check-e53) of parks, projects and their ties.

Commit judged: 6e58402cfd2cca58b2502dbb7c21a067d572bdde (worktree /work/freeze-check-e53, branch check-e53).
Reports (held out): data/corpus/provincial-2026/henan-2026.txt (henansheng-2026),
data/corpus/provincial-2026/shaanxi-2026.txt (shaanxisheng-2026), data/corpus/hailaer/hailaer-2015.txt (hailaerqu-2015).
Sample: cap 40, seed 33067 (shaanxisheng-2026 Project 40 of 57, hailaerqu-2015 Project 40 of 42, every other kind whole).

    export PYTHONPATH=/work/freeze-check-e53; PY=/work/main/.venv/bin/python; mkdir -p /tmp/check-check-e53
    $PY -m policykg build data/corpus/provincial-2026/henan-2026.txt data/corpus/provincial-2026/shaanxi-2026.txt \
        data/corpus/hailaer/hailaer-2015.txt --out /tmp/check-check-e53/out
    $PY scripts/sample_entities.py /tmp/check-check-e53/out --cap 40 --seed 33067 > /tmp/check-check-e53/items.csv
    $PY scripts/sample_entities.py /tmp/check-check-e53/out --ties > /tmp/check-check-e53/ties.csv
    $PY docs/checks/check-e53-verdicts.py /tmp/check-check-e53/items.csv /tmp/check-check-e53/ties.csv

Every verdict was given by hand, reading each item at its offset and in the whole report (read through
policykg.read.read_report) against docs/annotation-guideline.md. `right` with a note opening `borderline:` is an
item the guideline makes optional; `wrong` with `borderline:` is a wrong the reader is unsure of.
Reads both CSVs through sheetcells.unguarded, exits 1 naming any row without a verdict or verdict without a row,
and writes docs/checks/entity-precision-2028a.csv with GuardedWriter (mode "x": never overwrites).
"""
import csv
import sys
from pathlib import Path

from policykg.sheetcells import GuardedWriter, unguarded

HA, HE, SX = "hailaerqu-2015", "henansheng-2026", "shaanxisheng-2026"
P, J = "Park", "Project"
R, W = "right", "wrong"

ITEMS = {
    # hailaerqu-2015: parks
    (HA, P, "中俄蒙国际物流园区", 548): (R, "", "named logistics park; firms settle in it (入驻企业达到8家), built on (加快…建设)"),
    (HA, P, "中俄蒙文化创意产业园", 721): (R, "", "named industrial park, runs (正式运营) and is built on with works inside it"),
    (HA, P, "通用航空产业园", 5612): (R, "", "borderline: zone named by its industry counted among 社会投资项目 (…等社会投资项目落地): a required project, an optional park"),
    # hailaerqu-2015: projects
    (HA, J, "中俄蒙国际物流园区中网科技云计算", 548): (W, "boundary", "the park's name glued to the project: the project is 中网科技云计算(数据中心); the park is its located_in tie"),
    (HA, J, "蒙拓牧机二期", 565): (R, "", "firm's plant phase counted among projects that started (…等项目开工建设)"),
    (HA, J, "伊仕丹购物广场", 638): (R, "", "named mall opened (正式营业)"),
    (HA, J, "彼得国际酒店", 736): (R, "", "named hotel put into use"),
    (HA, J, "国际皮草城", 743): (R, "", "borderline: put into use; 国际 + its kind (a fur market), close to a work named by its kind alone"),
    (HA, J, "西航悦海酒店", 770): (R, "", "named hotel, construction started"),
    (HA, J, "大唐700万吨露天矿", 1018): (R, "", "named mine, project approved, start planned in 2015"),
    (HA, J, "华润雪花啤酒迁建项目", 1035): (R, "", "named relocation project, main works done, to go into production"),
    (HA, J, "亘富200万吨褐煤提质项目", 1044): (R, "", "named project, main works done; 一期 / 二期 later are its phases"),
    (HA, J, "哈克镇生态奶源基地", 1119): (R, "", "borderline: the guideline's own example makes 生态奶源基地 optional (a base being built that reads as a site too)"),
    (HA, J, "森工集团棚户区改造项目一期", 1258): (R, "", "named phase; the report names its two phases as separate works (一期 ready for occupancy, 二期 started), so a phase item is allowed"),
    (HA, J, "远山红郡住宅小区一期", 1301): (R, "", "phase of 远山红郡住宅小区 (完工 later): one item, the phase an alt, so the label matches; no second item"),
    (HA, J, "红星美凯龙主力店主体工程", 1318): (W, "boundary", "主体工程(完工) is the stage of the works; the name is 红星美凯龙主力店 (正式运营 later)"),
    (HA, J, "家居建材", 1333): (R, "", "borderline: member of 家居建材、小商品市场 that reads only with the head (a goods kind); a market named by its kind: optional"),
    (HA, J, "小商品市场", 1338): (R, "", "borderline: a market named by its kind alone, construction started: optional"),
    (HA, J, "中央桥至哈萨尔桥段工程", 1381): (R, "", "named section of the 伊敏河 riverside landscape works, finished; route keeps both ends"),
    (HA, J, "两河圣山供水工程", 1406): (R, "", "named water-supply works put into use"),
    (HA, J, "向阳幼儿园", 1915): (R, "", "named kindergarten among the 6 projects completed; put into use in 2015"),
    (HA, J, "农村敬老院", 1953): (R, "", "borderline: a work named by its kind alone (main works done): optional"),
    (HA, J, "综合老年养护院项目", 1959): (R, "", "borderline: a work named by its kind alone (main works done): optional; 项目 the shared head as written"),
    (HA, J, "区医院120急救中心项目", 1998): (R, "", "owner in the name (区医院), construction started"),
    (HA, J, "工业品采购中心", 4618): (R, "", "borderline: a work named by its kind, counted among projects to start in the logistics park: optional"),
    (HA, J, "五金机电建材城", 4626): (R, "", "borderline: a market named by its kind, counted among projects to start: optional"),
    (HA, J, "二手车交易市场", 4634): (R, "", "borderline: a market named by its kind, counted among projects to start: optional"),
    (HA, J, "旅游集散中心", 4801): (R, "", "borderline: a facility named by its kind, to be put into use in the cultural park: optional"),
    (HA, J, "世界反法西斯战争海拉尔纪念园二期工程", 4814): (R, "", "works on a named site (二期工程); only the phase is named"),
    (HA, J, "中成酒店", 4850): (R, "", "named hotel to open"),
    (HA, J, "锦江国际酒店", 4865): (R, "", "named hotel, construction to start"),
    (HA, J, "森工集团棚户区改造二期工程", 5544): (R, "", "the second phase, named as its own work (see 一期)"),
    (HA, J, "内蒙古冰上运动训练中心", 5594): (R, "", "named training centre, construction to start"),
    (HA, J, "尼尔基路", 5809): (R, "", "named road, member of the 7 trunk roads to be rebuilt"),
    (HA, J, "巴彦托海路和胜利大街", 5814): (W, "boundary", "two of the 7 roads joined by 和 made one item: 巴彦托海路 and 胜利大街"),
    (HA, J, "哈萨尔大街", 5825): (R, "", "named road to be rebuilt"),
    (HA, J, "海拉尔大街", 5831): (R, "", "named road to be rebuilt"),
    (HA, J, "贝尔大街", 5837): (R, "", "named road to be rebuilt"),
    (HA, J, "滨河路", 5933): (R, "", "named road among the 城区道路工程 to be carried out"),
    (HA, J, "海拉尔河堤防工程", 6648): (R, "", "named engineering work along one river (加快实施)"),
    (HA, J, "黑羊站水厂改扩建", 7640): (R, "", "the text's 黑羊站水厂改扩建工程 without 工程; the guideline's example keeps the treated name as an alt"),
    (HA, J, "第五中学扩建工程", 7864): (R, "", "last member of 桃李中学、三中分校、第五中学扩建工程, labelled with the head as the text runs"),
    (HA, J, "正阳社区文体活动中心", 8074): (R, "", "named centre whose construction is to be completed"),
    # henansheng-2026: parks
    (HE, P, "周口国家农高区", 898): (R, "", "national agricultural high-tech zone being built (加快建设)"),
    (HE, P, "新郑综合保税区", 2526): (R, "", "comprehensive bonded zone; the label expands the text's 新郑综保区, kept as alt"),
    (HE, P, "郑州航空港区", 6559): (R, "", "borderline: the airport economy zone is a bounded zone but also runs as a district-like area (cf. state-level new areas, Places)"),
    (HE, P, "中原量子谷", 7579): (R, "", "borderline: named quantum industry site (完善…产业生态); could be read as a cluster, not a bounded zone"),
    (HE, P, "现代农业产业园", 8720): (W, "not-a-park", "a kind in a plural sense (加快现代农业产业园、产业强镇建设), no one zone named"),
    # henansheng-2026: projects
    (HE, J, "国家生物育种产业创新中心", 910): (R, "", "named centre completed and put into use"),
    (HE, J, "南水北调中线工程", 1352): (W, "not-a-project", "an existing work named only for the water quality of its source and canal; nothing is being done on it"),
    (HE, J, "国家医学中心（中医类）", 1707): (R, "", "named centre approved and being built (获批建设, 加快建设)"),
    (HE, J, "殷墟博物馆新馆", 1779): (R, "", "named museum completed and opened"),
    (HE, J, "大河村遗址博物馆", 1787): (R, "", "named museum completed and opened"),
    (HE, J, "汉魏洛阳故城遗址博物馆", 1796): (R, "", "named museum completed and opened"),
    (HE, J, "平漯周高铁", 6934): (R, "", "route abbreviation that reads as nothing but the route (平漯周、焦济洛平、郑州南站等高铁项目); head added, member kept as alt"),
    (HE, J, "焦济洛平高铁", 6938): (R, "", "route abbreviation that reads only as the route; head added, member as alt"),
    (HE, J, "郑州南站", 6943): (R, "", "named station among the 高铁项目 pushed on"),
    (HE, J, "南信合高铁", 6957): (R, "", "named railway, construction to start"),
    (HE, J, "京港高铁阜阳至黄冈段", 6963): (R, "", "named section, construction to start"),
    (HE, J, "雄商高铁河南段", 6976): (R, "", "named section to be completed"),
    (HE, J, "观音寺调蓄工程", 7004): (R, "", "named water works being built"),
    (HE, J, "沙颍河“通港达园”项目", 7012): (R, "", "named project along one river, being built"),
    (HE, J, "豫东水资源配置工程", 7030): (R, "", "named water works, construction to start"),
    (HE, J, "赵口灌区", 7042): (R, "", "borderline: member written only as a place (赵口、陆浑、渠村等灌区现代化改造): optional; head added, member as alt"),
    (HE, J, "陆浑灌区", 7045): (R, "", "borderline: member written only as a place: optional"),
    (HE, J, "渠村灌区", 7048): (R, "", "borderline: member written only as a place: optional"),
    (HE, J, "双千兆网络", 7102): (W, "not-a-project", "a kind of network (technology), not a named work, though the text writes 等项目"),
    (HE, J, "量子通信", 7108): (W, "not-a-project", "a technology, not a named work"),
    (HE, J, "中州时代电池三期", 7491): (R, "", "firm's plant phase among the projects pushed on"),
    (HE, J, "众擎机器人全球生产制造中心", 7540): (R, "", "named plant among projects being built"),
    (HE, J, "仕佳光子通信芯片", 7554): (R, "", "firm's product line counted among projects being built (…等项目建设)"),
    (HE, J, "现代生态宜居城市", 9165): (W, "not-a-project", "a goal for Luoyang (支持洛阳加快建设…现代生态宜居城市), a title, not a work"),
    (HE, J, "国际文化旅游名城", 9174): (W, "not-a-project", "a goal / title for Luoyang, not a work"),
    (HE, J, "夏商文明考古研究中心", 10353): (R, "", "named centre to be built (建成)"),
    (HE, J, "大运河国家文化公园（河南段）", 10368): (R, "", "borderline: named park section being built (加快建设), though a national cultural park spans a corridor and reads as a programme too"),
    (HE, J, "中国医学科学院肿瘤医院河南医院", 11829): (R, "", "named hospital to be completed"),
    (HE, J, "省疾控中心国家区域公共卫生中心", 11845): (R, "", "named centre to be completed"),
    (HE, J, "病险水库除险加固", 12616): (W, "not-a-project", "a programme kind of work (reinforcing unsafe reservoirs), done in many places"),
    (HE, J, "蓄滞洪区", 12625): (W, "not-a-project", "a generic kind (flood detention areas), no named work"),
    # shaanxisheng-2026: parks
    (SX, P, "修正生物医药产业园", 636): (R, "", "borderline: zone counted in a list of projects (有色高新材料中试线、修正生物医药产业园等项目): a required project, an optional park"),
    (SX, P, "洋县园区", 2336): (R, "", "borderline: the county's park, named by the county and 园区, with its own output; some readers would take 园区 as generic"),
    (SX, P, "富平园区", 2350): (R, "", "borderline: the county's park, named by the county and 园区, with its own output"),
    (SX, P, "三航科技城", 10025): (R, "", "named science city being built (支持…等建设)"),
    # shaanxisheng-2026: projects
    (SX, J, "陕煤榆林化学二期", 752): (R, "", "named plant phase among projects in progress; built on in 2026 too"),
    (SX, J, "国能煤炭综合利用", 768): (R, "", "firm's project counted among major projects started (…等重大项目开工)"),
    (SX, J, "岚皋至陕渝界高速公路", 822): (R, "", "named expressway opened; route keeps both ends"),
    (SX, J, "康渝高铁", 843): (R, "", "route member; the report writes 康渝高铁 whole later (延榆、康渝高铁建设)"),
    (SX, J, "西安地铁15号线", 855): (R, "", "named metro line opened"),
    (SX, J, "黄河东线马镇引水工程", 879): (R, "", "named water diversion works, trial water"),
    (SX, J, "芯业时代8英寸半导体", 1560): (R, "", "firm's plant counted among projects put into production"),
    (SX, J, "比亚迪新能源汽车动力电池", 1571): (R, "", "firm's plant counted among projects put into production"),
    (SX, J, "弗迪12吉瓦时动力电池扩产", 1584): (R, "", "expansion project put into production"),
    (SX, J, "华天科技芯片技改", 1598): (R, "", "technical-upgrade project put into production"),
    (SX, J, "年天然气产能倍增工程", 1711): (W, "boundary", "cut inside the name: the text's 延长石油150亿方/年天然气产能倍增工程 loses 延长石油150亿方/"),
    (SX, J, "恒神高性能碳纤维", 1722): (R, "", "firm's project completed (…等项目建成)"),
    (SX, J, "关中革命纪念馆", 2790): (R, "", "named memorial hall completed and opened"),
    (SX, J, "秦岭博物馆", 2798): (R, "", "named museum completed and opened"),
    (SX, J, "中国能建集团压缩空气储能", 3591): (R, "", "firm's project counted among the 20 projects that landed"),
    (SX, J, "西安咸阳国际机场", 3778): (W, "not-a-project", "the existing airport, named only for its passengers; the work done is T5 (its own item)"),
    (SX, J, "人和集团新能源材料", 3831): (R, "", "firm's project counted among foreign-invested projects put into production"),
    (SX, J, "山阳", 5348): (R, "", "borderline: member written only as the place it lies in (山阳、勉县等6个抽水蓄能项目核准建设): optional"),
    (SX, J, "勉县", 5351): (R, "", "borderline: member written only as the place it lies in: optional"),
    (SX, J, "西安咸阳国际机场T5航站楼", 5417): (R, "", "named terminal completed and put into operation"),
    (SX, J, "引汉济渭", 5431): (R, "", "named water diversion project completed; its 二期 (2026) an alt"),
    (SX, J, "西安国家版本馆", 5614): (R, "", "named facility put into use"),
    (SX, J, "榆能百万吨煤制芳烃", 8498): (R, "", "firm's project to be pushed on"),
    (SX, J, "西安东站", 8545): (R, "", "named station to be completed"),
    (SX, J, "延安东绕城高速公路", 8586): (R, "", "named expressway to open; head added, member as alt"),
    (SX, J, "古贤水利枢纽", 8605): (R, "", "named hydro project being built"),
    (SX, J, "蒋家窑则水库", 8612): (R, "", "named reservoir being built (推进…等项目建设)"),
    (SX, J, "宝鸡峡灌区改造", 8626): (R, "", "works on a named irrigation district, counted among projects"),
    (SX, J, "比亚迪", 10122): (R, "", "firm's name standing for its plant, counted among projects being built (加快比亚迪、吉利汽车零部件等项目建设)"),
    (SX, J, "吉利汽车零部件", 10126): (R, "", "firm's plant counted among projects being built"),
    (SX, J, "汉中航空关键零部件基地", 10172): (W, "wrong-kind", "borderline: an industrial base supported to develop (支持…发展), no work on it: a park (industrial base) or a cluster, not a project"),
    (SX, J, "铜川高端铝产业基地", 10184): (W, "wrong-kind", "borderline: an industrial base supported to develop, not a work being built"),
    (SX, J, "雷龙湾储气库", 10365): (R, "", "named gas storage project being built"),
    (SX, J, "商洛电厂二期", 10429): (R, "", "named plant phase to go into operation"),
    (SX, J, "店头电厂二期", 10436): (R, "", "named plant phase to go into operation"),
    (SX, J, "中煤煤炭深加工", 10550): (R, "", "firm's project counted among projects being built"),
    (SX, J, "榆横中试基地二期项目", 10577): (R, "", "named phase to start (启动…项目); 项目 the shared head as written"),
    (SX, J, "东航飞机维修基地", 11057): (R, "", "named base counted among projects being built"),
    (SX, J, "中华文明探源工程", 13874): (W, "not-a-project", "a national research programme (深度参与…等重大项目), not a work being built"),
    (SX, J, "中法文化遗产保护研究", 13919): (W, "not-a-project", "an international research cooperation, not a work"),
}

TIES = {
    (HE, "tie park-place", "新郑综合保税区", "Xinzheng City|新郑市", 2526): (R, "", "place written in the name (新郑综保区)"),
    (HE, "tie park-place", "郑州航空港区", "Zhengzhou City|郑州市", 6559): (R, "", "place written in the name"),
    (HE, "tie project-place", "郑州南站", "Zhengzhou City|郑州市", 6943): (R, "", "place written in the name"),
    (HE, "tie park-place", "中原量子谷", "Zhongyuan District|中原区", 7579): (W, "wrong place", "中原 is the Central Plains (Henan), not Zhengzhou's 中原区; the text ties it to no district"),
    (HE, "tie park-place", "周口国家农高区", "Zhoukou City|周口市", 898): (R, "", "place written in the name"),
    (SX, "tie park-place", "富平园区", "Fuping County|富平县", 2350): (R, "", "place written in the name"),
    (SX, "tie park-place", "洋县园区", "Yang County|洋县", 2336): (R, "", "place written in the name"),
    (HA, "tie project-park", "二手车交易市场", "中俄蒙国际物流园区", 4634): (R, "", "projects listed right after 加快中俄蒙国际物流园区建设: the text ties them to the park"),
    (HA, "tie project-park", "工业品采购中心", "中俄蒙国际物流园区", 4618): (R, "", "listed right after the park's construction"),
    (HA, "tie project-park", "蒙拓牧机二期", "中俄蒙国际物流园区", 565): (R, "", "listed right after the park's name (中俄蒙国际物流园区中网科技云计算、蒙拓牧机二期等项目)"),
    (HA, "tie project-park", "五金机电建材城", "中俄蒙国际物流园区", 4626): (R, "", "listed right after the park's construction"),
    (HA, "tie project-place", "哈克镇生态奶源基地", "哈克镇", 1119): (R, "", "place written in the name"),
    (HA, "tie project-place", "内蒙古冰上运动训练中心", "Inner Mongolia Autonomous Region|内蒙古自治区", 5594): (R, "", "place written in the name"),
    (HA, "tie project-park", "旅游集散中心", "中俄蒙文化创意产业园", 4801): (R, "", "listed right after 加快推进中俄蒙文化创意产业园建设，确保…投入使用"),
    (HA, "tie project-place", "世界反法西斯战争海拉尔纪念园二期工程", "Hailaer District|海拉尔区", 4814): (R, "", "place written in the name (the report's own area)"),
    (HE, "tie project-place", "大河村遗址博物馆", "大河村", 1787): (R, "", "place written in the name (the site named after the village)"),
    (HE, "tie project-place", "大运河国家文化公园（河南段）", "Henan Province|河南省", 10368): (R, "", "place written in the name"),
    (HE, "tie project-place", "雄商高铁河南段", "Henan Province|河南省", 6976): (R, "", "the section's own place, not an end point"),
    (HE, "tie project-place", "中国医学科学院肿瘤医院河南医院", "Henan Province|河南省", 11829): (R, "", "place written in the name"),
    (HE, "tie project-place", "汉魏洛阳故城遗址博物馆", "Luoyang City|洛阳市", 1796): (R, "", "borderline: 洛阳 is written in the name as the ancient city; the museum does lie in Luoyang"),
    (SX, "tie project-place", "汉中航空关键零部件基地", "Hanzhong City|汉中市", 10172): (R, "", "place written in the name (the item itself judged wrong-kind)"),
    (SX, "tie project-place", "陕西考古博物馆", "Shaanxi Province|陕西省", 5622): (R, "", "place written in the name"),
    (SX, "tie project-place", "商洛电厂二期", "Shangluo City|商洛市", 10429): (R, "", "place written in the name"),
    (SX, "tie project-place", "陕煤榆林化学二期", "Yulin City|榆林市", 752): (R, "", "place written in the name"),
    (SX, "tie project-place", "铜川高端铝产业基地", "Tongchuan City|铜川市", 10184): (R, "", "place written in the name (the item itself judged wrong-kind)"),
    (SX, "tie project-place", "西安地铁15号线", "Xian City|西安市", 855): (R, "", "place written in the name"),
    (SX, "tie project-place", "西安东站", "Xian City|西安市", 8545): (R, "", "place written in the name"),
    (SX, "tie project-place", "西安国家版本馆", "Xian City|西安市", 5614): (R, "", "place written in the name"),
    (SX, "tie project-place", "西安太古里商业综合体", "Xian City|西安市", 11066): (R, "", "place written in the name"),
    (SX, "tie project-place", "延安东绕城高速公路", "Yanan City|延安市", 8586): (R, "", "place written in the name (a bypass of Yan'an, not a route's end point)"),
    (SX, "tie project-place", "延安千万吨炼化一体化", "Yanan City|延安市", 8487): (R, "", "place written in the name"),
    (HA, "tie project-outcome", "伊仕丹购物广场", "伊仕丹购物广场正式营业投资: 投资6亿元", 632): (R, "", "投资6亿元的伊仕丹购物广场: the mall's own investment"),
    (HA, "tie project-outcome", "中央桥至哈萨尔桥段工程", "中央桥至哈萨尔桥段工程整体投资: 投资4300万元", 1372): (R, "", "投资4300万元的…工程: the works' own investment"),
    (HA, "tie project-outcome", "两河圣山供水工程", "两河圣山供水工程投资: 投资3000万元", 1397): (R, "", "the works' own investment"),
    (HA, "tie project-target", "内蒙古冰上运动训练中心", "内蒙古冰上运动训练中心投资: 投资3.4亿元", 5586): (R, "", "the centre's own investment"),
    (SX, "tie park-outcome", "富平园区", "富平园区产值: 富平园区产值超过200亿元", 2350): (R, "", "the park's own output"),
    (SX, "tie project-outcome", "西安咸阳国际机场", "西安咸阳国际机场旅客人次: 西安咸阳国际机场旅客超4850万人次", 3778): (R, "", "the figure is the airport's (the item itself judged not-a-project)"),
}

COLUMNS = ["report", "kind", "label", "alts", "subject", "object", "quote_start", "quote", "sentence", "verdict",
           "category", "note"]


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [{k: unguarded(v) for k, v in r.items()} for r in csv.DictReader(f)]


def main(argv):
    if len(argv) != 3:
        print("usage: check-e53-verdicts.py ITEMS.csv TIES.csv", file=sys.stderr)
        return 2
    items, ties = rows(argv[1]), rows(argv[2])
    problems, out = [], []
    seen_i, seen_t = set(), set()
    for r in items:
        key = (r["report"], r["kind"], r["label"], int(r["quote_start"]))
        if key not in ITEMS:
            problems.append(f"item row without a verdict: {key}")
            continue
        seen_i.add(key)
        out.append([r["report"], r["kind"], r["label"], r["alts"], "", "", r["quote_start"], r["quote"], r["sentence"],
                    *ITEMS[key]])
    for r in ties:
        key = (r["report"], r["kind"], r["subject"], r["object"], int(r["quote_start"]))
        if key not in TIES:
            problems.append(f"tie row without a verdict: {key}")
            continue
        seen_t.add(key)
        out.append([r["report"], r["kind"], "", "", r["subject"], r["object"], r["quote_start"], r["quote"],
                    r["sentence"], *TIES[key]])
    problems += [f"item verdict without a row: {k}" for k in ITEMS if k not in seen_i]
    problems += [f"tie verdict without a row: {k}" for k in TIES if k not in seen_t]
    for k, (v, c, n) in list(ITEMS.items()) + list(TIES.items()):
        if v not in (R, W) or (v == W) != bool(c):
            problems.append(f"malformed verdict: {k}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    sheet = Path(__file__).resolve().parent / "entity-precision-2028a.csv"
    with open(sheet, "x", encoding="utf-8", newline="") as f:
        w = GuardedWriter(f)
        w.writerow(COLUMNS)
        for row in out:
            w.writerow(row)
    print(f"{sheet}: {len(out)} rows ({len(seen_i)} items, {len(seen_t)} ties)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
