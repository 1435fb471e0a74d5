"""Verdicts of the forty-seventh blind hand check of parks, projects and their ties (check-e47, tool at cf9544df).

    python docs/checks/check-e47-verdicts.py [ITEMS_CSV] [TIES_CSV]

reads the two CSVs scripts/sample_entities.py wrote for the build of shaanxi-2026, gansu-2026 and hailaer-2012
(defaults: /tmp/check-check-e47/items.csv and ties.csv; commands in docs/checks/README.md, section
"Parks, projects and their ties: forty-seventh check"), fills in verdict / category / note from the tables
below and writes docs/checks/entity-precision-2027u.csv: the item rows (columns report, kind, label, alts,
quote_start, quote, sentence, verdict, category, note; subject and object empty), then the tie rows (label and
alts empty). It refuses to overwrite that CSV, and fails when a sampled row has no verdict or a verdict matches
no sampled row. Prints the counts the README section reports.

Verdicts were written from the report text (policykg.read.read_report) and docs/annotation-guideline.md only.
`right` with a note opening `borderline:` is an item the guideline makes optional or whose kind is debatable;
`wrong` with such a note is a wrong the checker is unsure of. A tie is right when the text states it or the
place is written in the item's own name, whatever the verdict on its ends (ends judged wrong are noted).
"""
import csv
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from policykg.sheetcells import GuardedWriter, unguarded  # noqa: E402

OUT = ROOT / "docs" / "checks" / "entity-precision-2027u.csv"
SX, GS, HL = "shaanxisheng-2026", "gansusheng-2026", "hailaerqu-2012"
R, W = "right", "wrong"

# (report, kind, label): (verdict, category, note)
ITEMS = {
    # ---- shaanxi-2026: parks (4 of 4)
    (SX, "Park", "修正生物医药产业园"): (R, "", "borderline: a firm's (修正) industrial park being built, counted among 项目; park by the X产业园 rule, could be read as a project"),
    (SX, "Park", "洋县园区"): (R, "", "borderline: 陈仓、洋县园区 — a county's park named only by county + 园区; member labelled as written"),
    (SX, "Park", "富平园区"): (R, "", "borderline: a county's park named only by county + 园区 (its output is reported)"),
    (SX, "Park", "三航科技城"): (R, "", "science city being built (支持…建设); science park"),
    # ---- shaanxi-2026: projects (40 of 60)
    (SX, "Project", "法士特新能源汽车传动系统"): (R, "", "…等项目开工建设"),
    (SX, "Project", "陕煤榆林化学二期"): (R, "", "phase named as the project; 进展顺利"),
    (SX, "Project", "国能煤炭综合利用"): (R, "", "…等重大项目开工"),
    (SX, "Project", "西延高铁"): (R, "", "建成通车"),
    (SX, "Project", "眉太"): (R, "", "borderline: two-character route abbreviation in 眉太、岚皋至陕渝界等4条高速公路: optional"),
    (SX, "Project", "西十"): (W, "duplicate", "same railway as the item 西十高铁 (offset 8540), which should carry 西十 as an alt"),
    (SX, "Project", "康渝"): (W, "duplicate", "same railway as the item 康渝高铁 (offset 8528), which should carry 康渝 as an alt"),
    (SX, "Project", "西安地铁15号线"): (R, "", "通车运营"),
    (SX, "Project", "黄河东线马镇引水工程"): (R, "", "试通水"),
    (SX, "Project", "芯业时代8英寸半导体"): (R, "", "…等项目投产"),
    (SX, "Project", "弗迪12吉瓦时动力电池扩产"): (R, "", "name with its expansion word, like the guideline's alt 黑羊站水厂扩能改造"),
    (SX, "Project", "年天然气产能倍增工程"): (W, "boundary", "cut: the text writes 延长石油150亿方/年天然气产能倍增工程"),
    (SX, "Project", "西安碑林博物馆新馆"): (R, "", "建成开放"),
    (SX, "Project", "关中革命纪念馆"): (R, "", "建成开放"),
    (SX, "Project", "秦岭博物馆"): (R, "", "建成开放"),
    (SX, "Project", "中国能建集团压缩空气储能"): (R, "", "…等20个央陕合作项目落地"),
    (SX, "Project", "西安咸阳国际机场"): (W, "not-a-project", "the existing airport's passenger and cargo figures; no work on it in the sentence (its T5 terminal is a separate item)"),
    (SX, "Project", "三星V8闪存芯片"): (R, "", "…等外资项目落地投产"),
    (SX, "Project", "人和集团新能源材料"): (R, "", "…等外资项目落地投产"),
    (SX, "Project", "山阳"): (R, "", "borderline: 山阳、勉县等6个抽水蓄能项目 — member reads as the county: optional"),
    (SX, "Project", "勉县"): (R, "", "borderline: 山阳、勉县等6个抽水蓄能项目 — member reads as the county: optional"),
    (SX, "Project", "西安咸阳国际机场T5航站楼"): (R, "", "建成投运"),
    (SX, "Project", "引汉济渭"): (R, "", "建成投运"),
    (SX, "Project", "陕西考古博物馆"): (R, "", "投入使用 (new museum)"),
    (SX, "Project", "省图书新馆"): (R, "", "a library with its owner (省) and 新馆, 投入使用"),
    (SX, "Project", "延榆"): (R, "", "borderline: 延榆、康渝高铁 — two-character route abbreviation: optional"),
    (SX, "Project", "康渝高铁"): (R, "", "加快…建设"),
    (SX, "Project", "西十高铁"): (R, "", "建成投运 target"),
    (SX, "Project", "西安东站"): (R, "", "建成投运 target"),
    (SX, "Project", "古贤水利枢纽"): (R, "", "推进…等项目建设"),
    (SX, "Project", "宝鸡峡灌区改造"): (R, "", "works on a named irrigation district"),
    (SX, "Project", "比亚迪"): (R, "", "a firm's name standing for its plant, counted among 项目 (加快比亚迪、吉利汽车零部件等项目建设)"),
    (SX, "Project", "雷龙湾储气库"): (R, "", "加快…等项目建设"),
    (SX, "Project", "商洛电厂二期"): (R, "", "建成投运 target"),
    (SX, "Project", "中煤煤炭深加工"): (R, "", "推进…等项目建设"),
    (SX, "Project", "中科洁净能源研究院二期"): (R, "", "a named institute's phase 2 started (启动…项目)"),
    (SX, "Project", "东航飞机维修基地"): (R, "", "加快…等项目建设"),
    (SX, "Project", "西安太古里商业综合体"): (R, "", "加快…等项目建设"),
    (SX, "Project", "中亚联合考古"): (W, "not-a-project", "borderline: an international research cooperation (实施…等国际合作项目), no facility or engineering work"),
    (SX, "Project", "中法文化遗产保护研究"): (W, "not-a-project", "borderline: a research cooperation programme, no facility or engineering work"),
    # ---- gansu-2026: parks (6 of 6)
    (GS, "Park", "天水经济技术开发区"): (R, "", "the text writes only 天水经开区 (the alt); label expanded"),
    (GS, "Park", "金昌经济技术开发区"): (R, "", "the text writes only 金昌经开区 (the alt); label expanded"),
    (GS, "Park", "庆阳东数西算产业园"): (R, "", "named industrial park (零碳园区 list)"),
    (GS, "Park", "中国（甘肃）自由贸易试验区"): (R, "", "borderline: a free-trade pilot zone the province applies for (积极申建); not yet set up"),
    (GS, "Park", "武威工业园区"): (R, "", "named industrial park"),
    (GS, "Park", "嘉峪关国家高新技术产业开发区"): (R, "", "the text writes 嘉峪关国家高新区 (the alt)"),
    # ---- gansu-2026: projects (40 of 63)
    (GS, "Project", "泾川特大型铀矿"): (W, "not-a-project", "a newly proven ore deposit (新探明…矿产地), nothing planned or built"),
    (GS, "Project", "玉门超40吨金矿"): (W, "not-a-project", "a newly proven ore deposit (新探明…矿产地), nothing planned or built"),
    (GS, "Project", "陇电入鲁工程"): (R, "", "建成投运"),
    (GS, "Project", "陇电入川工程"): (R, "", "具备核准条件 (planned)"),
    (GS, "Project", "银兰高铁中兰段"): (R, "", "建成投运"),
    (GS, "Project", "酒额铁路"): (R, "", "建成投运"),
    (GS, "Project", "中川机场环线铁路"): (R, "", "建成投运"),
    (GS, "Project", "平庆铁路"): (R, "", "加快建设"),
    (GS, "Project", "兰合铁路"): (R, "", "加快建设"),
    (GS, "Project", "西成铁路甘肃段"): (R, "", "加快建设"),
    (GS, "Project", "兰州轨道交通二号线"): (R, "", "建成"),
    (GS, "Project", "引洮二期"): (W, "boundary", "borderline: cut from 引洮二期骨干及城乡配套(工程); 骨干 dropped"),
    (GS, "Project", "城乡配套"): (W, "boundary", "borderline: the second half of 引洮二期骨干及城乡配套, cut from the 引洮二期 it belongs to; alone it names nothing"),
    (GS, "Project", "甘肃中部生态移民供水"): (R, "", "…等工程建成通水"),
    (GS, "Project", "引洮济合"): (R, "", "…等工程建成通水"),
    (GS, "Project", "西和县礼县西汉水人饮"): (R, "", "…等工程建成通水"),
    (GS, "Project", "阿克塞生态保护及城乡供水一体化"): (R, "", "…等工程开工建设"),
    (GS, "Project", "景电灌区现代化改造"): (R, "", "…等工程开工建设"),
    (GS, "Project", "榆安大型灌区"): (R, "", "…等工程开工建设"),
    (GS, "Project", "黄河甘肃段河道防洪治理"): (R, "", "engineering works along one river section: a project"),
    (GS, "Project", "国家数据基础设施（甘肃）区域功能节点一期项目"): (R, "", "建成; name written with 一期项目 (with/without 项目 is an alt)"),
    (GS, "Project", "中山大学附属肿瘤医院甘肃医院"): (R, "", "建成投运"),
    (GS, "Project", "上海市第一人民医院酒泉医院"): (R, "", "建成投运"),
    (GS, "Project", "兰州铁路枢纽优化提升工程"): (R, "", "前期 (planned)"),
    (GS, "Project", "武威机场"): (R, "", "前期 (planned airport)"),
    (GS, "Project", "甘川新通道"): (R, "", "a named expressway corridor being built (加快建设…等高速（一级）公路)"),
    (GS, "Project", "和景电灌区"): (W, "boundary", "glued: the conjunction 和 of 榆安大型灌区建设和景电灌区 kept; the item is 景电灌区(现代化改造)"),
    (GS, "Project", "引白济洮"): (R, "", "前期工作 (planned water transfer)"),
    (GS, "Project", "河西走廊水资源配置工程"): (R, "", "planned (争取纳入南水北调西线一期)"),
    (GS, "Project", "崖州湾国家实验室西北创新基地"): (R, "", "a named lab base being built"),
    (GS, "Project", "中国生物西北医美产业基地"): (R, "", "borderline: a firm's industrial base being built (建设); could be read as a park (industrial base)"),
    (GS, "Project", "九龙川"): (R, "", "member of 九龙川、…等煤矿建设; the mine's own name"),
    (GS, "Project", "唐家河"): (R, "", "borderline: member of …等煤矿建设 that reads as a river's name: optional"),
    (GS, "Project", "东水泉东"): (R, "", "member of …等煤矿建设; the mine's own name"),
    (GS, "Project", "郭家台"): (R, "", "member of …等煤矿建设; the mine's own name"),
    (GS, "Project", "平山湖"): (R, "", "borderline: member of …等煤矿建设 that reads as a lake/place name: optional"),
    (GS, "Project", "大堡子山"): (R, "", "borderline: member of 大地湾、大堡子山、锁阳城等国家考古遗址公园建设 that reads as the site itself: optional"),
    (GS, "Project", "黄河国家文化公园甘肃段"): (R, "", "borderline: the Gansu section of a national programme; a named work along one river, but programme-like"),
    (GS, "Project", "省中医院中医药传承创新中心"): (R, "", "a centre being built, with its owner, counted among 重点项目"),
    (GS, "Project", "兰大二院国家紧急医学救援基地"): (R, "", "a base being built, with its owner, counted among 重点项目"),
    # ---- hailaer-2012: parks (7 of 7)
    (HL, "Park", "中俄蒙国际汽车产业物流园"): (R, "", "a firm moves in (入驻); alt 中俄蒙国际汽车产业园 as written at 1326"),
    (HL, "Park", "海拉尔农业发展园区"): (R, "", "agricultural park (建设, 被命名为…农业科技示范园区)"),
    (HL, "Park", "农牧业园区"): (W, "not-a-park", "cut from 农牧业园区化 (turning farming into parks): a trend, no zone"),
    (HL, "Park", "呼伦贝尔工业园区"): (R, "", "named industrial park"),
    (HL, "Park", "助推工业园区"): (W, "not-a-park", "the verb 助推 glued to 工业园区, a bare back-reference to 呼伦贝尔工业园区"),
    (HL, "Park", "中俄蒙国际物流园区"): (R, "", "logistics park planned, its infrastructure and investment attraction started"),
    (HL, "Park", "中俄蒙文化创意产业园"): (R, "", "a zone built for firms to move in (入驻)"),
    # ---- hailaer-2012: projects (40 of 65)
    (HL, "Project", "大唐1830化肥"): (R, "", "按期完工"),
    (HL, "Project", "大唐5万千瓦风电项目"): (R, "", "按期完工; 项目 is the shared head (with/without 项目 is an alt)"),
    (HL, "Project", "冀东物贸集团年产3000辆专用车项目"): (R, "", "顺利开工"),
    (HL, "Project", "顺兴煤矿改造"): (R, "", "borderline: the text writes 顺兴煤矿改造复产; 复产 left off"),
    (HL, "Project", "天富城市燃气"): (R, "", "…等项目进展顺利"),
    (HL, "Project", "产业基地220千伏变电站"): (R, "", "a substation with its site (产业基地) in the name, counted among 项目"),
    (HL, "Project", "众和地壹街"): (R, "", "开工建设"),
    (HL, "Project", "华汇地下金街"): (R, "", "开工建设"),
    (HL, "Project", "时利物流二期"): (R, "", "…等工程按期实施"),
    (HL, "Project", "世纪天伦"): (R, "", "a hotel's name counted among 星级酒店 about to open"),
    (HL, "Project", "团结规模化养殖基地扩建"): (R, "", "…等工程顺利推进"),
    (HL, "Project", "谢尔塔拉公路"): (R, "", "实施了…等工程"),
    (HL, "Project", "中央桥加固"): (R, "", "…等工程按期完工"),
    (HL, "Project", "天润新城"): (R, "", "a named estate counted among 重点城市建设项目"),
    (HL, "Project", "尚品国际"): (R, "", "a named estate counted among 重点城市建设项目"),
    (HL, "Project", "扎罗木得学校改造"): (R, "", "…等工程进展顺利"),
    (HL, "Project", "区人民医院"): (R, "", "新建的区人民医院…投入使用: hospital with its owner, built new"),
    (HL, "Project", "青少年老年人体育活动中心"): (R, "", "borderline: a facility named by its kind alone, 投入使用: optional"),
    (HL, "Project", "呼伦社区文体馆"): (R, "", "建设基本完工; site in the name"),
    (HL, "Project", "大唐700万吨露天矿"): (R, "", "确保按期开工建设"),
    (HL, "Project", "麦多利10万吨大麦芽二期"): (R, "", "确保按期开工建设"),
    (HL, "Project", "沈煤集团煤炭转化"): (R, "", "项目的前期谋划 (planned)"),
    (HL, "Project", "中俄蒙国际汽车产业物流园项目"): (W, "wrong-kind", "the park 中俄蒙国际汽车产业物流园 (a Park item) made a project as well"),
    (HL, "Project", "国安"): (R, "", "borderline: 蒙西、国安、粮食、时利等物流项目 — member reads as a firm's name: optional"),
    (HL, "Project", "时利"): (R, "", "borderline: member of …等物流项目扩建升级 read as the firm: optional"),
    (HL, "Project", "三角地时代广场"): (R, "", "works on a named site (三角地时代广场、步森百货改造工程)"),
    (HL, "Project", "步森百货改造工程"): (R, "", "重点实施…改造工程"),
    (HL, "Project", "中俄蒙信息平台"): (R, "", "named platform being built"),
    (HL, "Project", "洲际"): (R, "", "a hotel brand counted among 五星级酒店项目"),
    (HL, "Project", "中俄蒙文化创意产业园项目"): (W, "wrong-kind", "same span as the Park item 中俄蒙文化创意产业园 (firms move in): the park made a project"),
    (HL, "Project", "无公害"): (W, "not-a-project", "an adjective of 无公害、反季节蔬菜基地, a generic kind of base"),
    (HL, "Project", "和牛养殖基地"): (R, "", "borderline: a base named by its kind (Wagyu breeding base) alone: optional"),
    (HL, "Project", "东、西外环路"): (W, "boundary", "borderline: glues two members of a shared-head list (东、西外环路 → 东 / 西外环路)"),
    (HL, "Project", "红星美凯龙城市商贸综合体"): (R, "", "确保按时开工"),
    (HL, "Project", "冰上运动场馆"): (R, "", "borderline: a facility named by its kind alone: optional"),
    (HL, "Project", "学府路中学"): (R, "", "标准化学校建设 of a school named with its road"),
    (HL, "Project", "南开路小学"): (R, "", "标准化学校建设 of a school named with its road"),
    (HL, "Project", "卫生急救中心"): (R, "", "borderline: a facility named by its kind alone, being built: optional"),
    (HL, "Project", "哈克卫生院扩建"): (R, "", "加快…等项目建设"),
    (HL, "Project", "海拉尔要塞遗址博物馆"): (W, "not-a-project", "an existing museum put forward for heritage status (申报…文物保护单位); no work on it"),
}

# (report, kind, subject, object label as sampled): (verdict, category, note)
TIES = {
    (GS, "tie park-place", "嘉峪关国家高新技术产业开发区", "Jiayuguan City|嘉峪关市"): (R, "", "place in the name"),
    (GS, "tie park-place", "金昌经济技术开发区", "Jinchang City|金昌市"): (R, "", "place in the name"),
    (GS, "tie park-place", "庆阳东数西算产业园", "Qingyang City|庆阳市"): (R, "", "place in the name"),
    (GS, "tie park-place", "天水经济技术开发区", "Tianshui City|天水市"): (R, "", "place in the name"),
    (GS, "tie park-place", "武威工业园区", "Wuwei City|武威市"): (R, "", "place in the name"),
    (GS, "tie project-place", "武威机场", "Wuwei City|武威市"): (R, "", "place in the name"),
    (GS, "tie park-place", "中国（甘肃）自由贸易试验区", "Gansu Province|甘肃省"): (R, "", "place in the name"),
    (GS, "tie project-place", "甘肃中部生态移民供水", "Gansu Province|甘肃省"): (R, "", "place in the name"),
    (GS, "tie project-place", "国家数据基础设施（甘肃）区域功能节点一期项目", "Gansu Province|甘肃省"): (R, "", "place in the name"),
    (GS, "tie project-place", "黄河甘肃段河道防洪治理", "Gansu Province|甘肃省"): (R, "", "甘肃段 in the name"),
    (GS, "tie project-place", "黄河国家文化公园甘肃段", "Gansu Province|甘肃省"): (R, "", "甘肃段 in the name"),
    (GS, "tie project-place", "上海中医药大学附属龙华医院甘肃医院", "Gansu Province|甘肃省"): (R, "", "甘肃医院 in the name (subject not in the item sample)"),
    (GS, "tie project-place", "西成铁路甘肃段", "Gansu Province|甘肃省"): (R, "", "甘肃段 in the name"),
    (GS, "tie project-place", "中山大学附属肿瘤医院甘肃医院", "Gansu Province|甘肃省"): (R, "", "甘肃医院 in the name"),
    (HL, "tie park-place", "呼伦贝尔工业园区", "Hulunbeier City|呼伦贝尔市"): (R, "", "place in the name"),
    (HL, "tie project-place", "呼伦贝尔市中心城新区河东部分", "Hulunbeier City|呼伦贝尔市"): (R, "", "place in the name (subject not in the item sample)"),
    (HL, "tie park-place", "海拉尔农业发展园区", "Hailaer District|海拉尔区"): (R, "", "海拉尔 in the name (written so at 2211, 7979)"),
    (HL, "tie project-place", "海拉尔要塞遗址博物馆", "Hailaer District|海拉尔区"): (R, "", "place in the name; the subject was judged not-a-project"),
    (HL, "tie project-place", "世界反法西斯战争海拉尔纪念园", "Hailaer District|海拉尔区"): (R, "", "place in the name (subject not in the item sample)"),
    (SX, "tie park-place", "富平园区", "Fuping County|富平县"): (R, "", "county in the name"),
    (SX, "tie park-place", "洋县园区", "Yang County|洋县"): (R, "", "county in the name"),
    (GS, "tie project-place", "阿克塞生态保护及城乡供水一体化", "Akesai Autonomous County|阿克塞哈萨克族自治县"): (R, "", "阿克塞 in the name"),
    (GS, "tie project-place", "长春中医药大学附属医院定西医院", "Dingxi City|定西市"): (R, "", "定西医院 in the name (subject not in the item sample)"),
    (GS, "tie project-place", "郭家台", "郭家台"): (W, "not-a-place", "borderline: the coal mine's own name made a town; the text names no place 郭家台"),
    (GS, "tie project-park", "国家外经贸提质增效示范项目", "金昌经济技术开发区"): (R, "", "stated (金昌经开区获批建设…); but the subject is a national demonstration designation, not a project by the guideline (not in the item sample)"),
    (GS, "tie project-place", "泾川特大型铀矿", "Jingchuan County|泾川县"): (R, "", "place in the name; the subject was judged not-a-project"),
    (GS, "tie project-place", "兰州轨道交通二号线", "Lanzhou City|兰州市"): (R, "", "place in the name"),
    (GS, "tie project-place", "兰州铁路枢纽优化提升工程", "Lanzhou City|兰州市"): (R, "", "place in the name"),
    (GS, "tie project-place", "兰州中川国际机场三期", "Lanzhou City|兰州市"): (R, "", "place in the name (subject not in the item sample)"),
    (GS, "tie project-place", "临夏机场", "Linxia Autonomous Prefecture|临夏回族自治州"): (R, "", "临夏 in the name"),
    (GS, "tie project-place", "西和县礼县西汉水人饮", "西和县礼县"): (W, "boundary", "two counties glued into one place 西和县礼县; should be ties to 西和县 and to 礼县"),
    (GS, "tie project-place", "玉门超40吨金矿", "Yumen City|玉门市"): (R, "", "place in the name; the subject was judged not-a-project"),
    (HL, "tie project-place", "哈克卫生院扩建", "哈克镇"): (R, "", "哈克 in the name"),
    (HL, "tie project-place", "哈克现代化牧场二期", "哈克镇"): (R, "", "哈克 in the name (subject not in the item sample)"),
    (HL, "tie project-place", "哈克镇农村敬老院", "哈克镇"): (R, "", "place in the name (subject not in the item sample)"),
    (HL, "tie project-place", "哈克镇现代化养殖基地", "哈克镇"): (R, "", "place in the name (subject not in the item sample)"),
    (HL, "tie project-place", "天润新城", "Xincheng District|新城区"): (W, "wrong-place", "新城 is part of the estate's name (天润新城), not a place; tied to Hohhot's 新城区 (150102)"),
    (SX, "tie project-place", "汉中航空关键零部件基地", "Hanzhong City|汉中市"): (R, "", "place in the name (subject not in the item sample)"),
    (SX, "tie project-place", "陕西考古博物馆", "Shaanxi Province|陕西省"): (R, "", "place in the name"),
    (SX, "tie project-place", "商洛电厂二期", "Shangluo City|商洛市"): (R, "", "place in the name"),
    (SX, "tie project-place", "陕煤榆林化学二期", "Yulin City|榆林市"): (R, "", "榆林 in the name"),
    (SX, "tie project-place", "铜川高端铝产业基地", "Tongchuan City|铜川市"): (R, "", "place in the name (subject not in the item sample)"),
    (SX, "tie project-place", "西安碑林博物馆新馆", "Xian City|西安市"): (R, "", "place in the name"),
    (SX, "tie project-place", "西安地铁15号线", "Xian City|西安市"): (R, "", "place in the name"),
    (SX, "tie project-place", "西安东站", "Xian City|西安市"): (R, "", "place in the name"),
    (SX, "tie project-place", "西安国家版本馆", "Xian City|西安市"): (R, "", "place in the name (subject not in the item sample)"),
    (SX, "tie project-place", "西安太古里商业综合体", "Xian City|西安市"): (R, "", "place in the name"),
    (SX, "tie project-place", "延安东绕城", "Yanan City|延安市"): (R, "", "the city's ring road; place in the name (subject not in the item sample)"),
    (SX, "tie project-place", "延安千万吨炼化一体化", "Yanan City|延安市"): (R, "", "place in the name (subject not in the item sample)"),
}

COLUMNS = ["report", "kind", "label", "alts", "subject", "object", "quote_start", "quote", "sentence",
           "verdict", "category", "note"]


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [{k: unguarded(v) for k, v in row.items()} for row in csv.DictReader(f)]


def wilson(k, n, z=1.96):
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def main(argv):
    items_csv = argv[1] if len(argv) > 1 else "/tmp/check-check-e47/items.csv"
    ties_csv = argv[2] if len(argv) > 2 else "/tmp/check-check-e47/ties.csv"
    if OUT.exists():
        sys.exit(f"{OUT} exists: not overwritten")
    items, ties = read(items_csv), read(ties_csv)
    rows, used_i, used_t = [], set(), set()
    for r in items:
        key = (r["report"], r["kind"], r["label"])
        if key not in ITEMS:
            sys.exit(f"no verdict for item {key}")
        used_i.add(key)
        v, c, n = ITEMS[key]
        rows.append({**{k: r.get(k, "") for k in COLUMNS}, "subject": "", "object": "",
                     "verdict": v, "category": c, "note": n})
    for r in ties:
        key = (r["report"], r["kind"], r["subject"], r["object"])
        if key not in TIES:
            sys.exit(f"no verdict for tie {key}")
        used_t.add(key)
        v, c, n = TIES[key]
        rows.append({**{k: r.get(k, "") for k in COLUMNS}, "label": "", "alts": "",
                     "verdict": v, "category": c, "note": n})
    if set(ITEMS) - used_i or set(TIES) - used_t:
        sys.exit(f"verdicts matching no sampled row: {sorted(set(ITEMS) - used_i) + sorted(set(TIES) - used_t)}")
    with open(OUT, "x", encoding="utf-8", newline="") as f:
        w = GuardedWriter(f)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r[k] for k in COLUMNS])

    # counts for the README section
    def tally(sel):
        n = len(sel)
        k = sum(r["verdict"] == R for r in sel)
        flipped = sum((r["verdict"] == R) != r["note"].startswith("borderline:") for r in sel)
        return k, n, flipped
    for kind in ("Park", "Project"):
        sel = [r for r in rows if r["kind"] == kind]
        k, n, fl = tally(sel)
        lo, hi = wilson(k, n)
        flo, fhi = wilson(fl, n)
        print(f"{kind}: {k}/{n} = {k / n:.3f} (Wilson 95% {lo:.3f}-{hi:.3f}); borderline flipped {fl}/{n} = "
              f"{fl / n:.3f} ({flo:.3f}-{fhi:.3f})")
        for rep in (SX, GS, HL):
            k, n, fl = tally([r for r in sel if r["report"] == rep])
            if n:
                print(f"  {rep}: {k}/{n}, flipped {fl}/{n}")
    tsel = [r for r in rows if r["kind"].startswith("tie")]
    k, n, _ = tally(tsel)
    print(f"ties: {k}/{n}")
    for kind in sorted({r["kind"] for r in tsel}):
        k, n, _ = tally([r for r in tsel if r["kind"] == kind])
        print(f"  {kind}: {k}/{n}")
    for rep in (SX, GS, HL):
        k, n, _ = tally([r for r in tsel if r["report"] == rep])
        print(f"  {rep}: {k}/{n}")
    cats = {}
    for r in rows:
        if r["verdict"] == W:
            cats.setdefault((r["kind"].startswith("tie") and "tie" or r["kind"], r["category"]), []).append(
                r["label"] or f"{r['subject']}→{r['object']}")
    for (kind, cat), labels in sorted(cats.items()):
        print(f"wrong {kind} {cat}: {len(labels)}: {'; '.join(labels)}")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(rows)} rows)")


if __name__ == "__main__":
    main(sys.argv)
