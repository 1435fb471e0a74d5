"""Verdicts of the forty-sixth blind hand check of parks, projects and their ties (tool frozen at 12ebb580).

    PYTHONPATH=. python docs/checks/e46-verdicts.py [ITEMS_CSV TIES_CSV]

reads the two CSVs of scripts/sample_entities.py (defaults: /tmp/check-e46/items.csv, /tmp/check-e46/ties.csv,
made by the commands of docs/checks/README.md, section "forty-sixth check"), fills in the verdict, category and note
columns from the tables below and writes docs/checks/entity-precision-2027t.csv (items first, then ties). It refuses
to overwrite an existing CSV, and stops when a sampled row has no verdict or a verdict matches no sampled row.
It prints the counts the README section reports.

Judged blind, from the report text (policykg.read.read_report) and docs/annotation-guideline.md only.
Items are keyed by (report, kind, label, quote_start), ties by (report, kind, subject, object).
A note starting "borderline:" marks a verdict two careful readers could give the other way.
"""
import csv
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from policykg.sheetcells import GuardedWriter, unguarded  # noqa: E402

OUT = ROOT / "docs/checks/entity-precision-2027t.csv"
HL, HN, ZJ = "hailaerqu-2019", "henansheng-2026", "zhejiangsheng-2026"
R, W = "right", "wrong"

# (report, kind, label, quote_start): (verdict, category, note)
ITEMS = {
    # --- hailaer-2019: parks
    (HL, "Park", "呼伦贝尔现代农牧业产业园", 1935): (R, "", "agricultural park, named with its city; 完成总体规划设计, 重点项目进度"),
    (HL, "Park", "鸿发祥低碳生态示范园", 1978): (W, "wrong-kind", "borderline: one firm's (鸿发祥) eco farm the text calls a 项目 (鸿发祥低碳生态示范园项目进展顺利; 鸿发祥低碳种养结合生态示范园建设), no firms drawn in: a project, which the tool also has"),
    (HL, "Park", "海拉尔区国际快件电商物流园", 7705): (R, "", "logistics park (…物流园) with 招商进度"),
    # --- hailaer-2019: projects
    (HL, "Project", "龙运华府小区", 1386): (R, "", "borderline: member of 龙运华府小区、东方明珠小区2条棚改配套道路; the words name the housing estate, the work is its road: optional by the shared-head rule"),
    (HL, "Project", "蒙拓农机3000台牧业机械生产线智能化升级改造项目", 1580): (R, "", "named upgrade project, 进展顺利"),
    (HL, "Project", "海拉尔热电厂蒸汽锅炉供热改造", 1606): (R, "", "named retrofit counted among the projects"),
    (HL, "Project", "海拉尔大数据中心（一期）工程", 1665): (W, "duplicate", "phase of 海拉尔大数据中心 (继续推进海拉尔大数据中心建设, also an item): one item, the phase an alt"),
    (HL, "Project", "呼伦贝尔政务云中心", 1684): (R, "", "named facility 投入使用"),
    (HL, "Project", "海悦城项目一期", 1708): (R, "", "named commercial project, phase one 部分试营业"),
    (HL, "Project", "红星美凯龙商贸综合体项目", 1716): (R, "", "named commercial complex, 部分试营业"),
    (HL, "Project", "世界反法西斯战争海拉尔纪念园抗战遗址设施工程", 1833): (R, "", "named works on a memorial site, 进展顺利"),
    (HL, "Project", "哈克遗址博物馆", 1872): (W, "not-a-project", "an existing museum that only changes how it is run (实现公司化运营); no works: at most an organisation"),
    (HL, "Project", "第十四届全国冬运会主场馆一期", 1887): (R, "", "venue phase one 已具备竞赛条件; the whole (全国第十四届冬运会主场馆) is no other item"),
    (HL, "Project", "蒙草科技中心项目", 1956): (R, "", "开工建设"),
    (HL, "Project", "鸿发祥低碳生态示范园项目", 1978): (R, "", "the text's own 项目 (alt 鸿发祥低碳种养结合生态示范园 later)"),
    (HL, "Project", "哈克镇改扩建", 2013): (W, "boundary", "place + verb glued (哈克镇改扩建标准化奶牛养殖圈舍…): the work is the 标准化奶牛养殖圈舍, cut off"),
    (HL, "Project", "俄罗斯赤塔市", 2383): (W, "wrong-kind", "a foreign city (sister city): a place"),
    (HL, "Project", "蒙古国乔巴山市", 2390): (W, "wrong-kind", "a foreign city (sister city): a place"),
    (HL, "Project", "团结村肉牛养殖", 5512): (R, "", "推进团结村肉牛养殖等项目建设: counted among the projects, with its village"),
    (HL, "Project", "中心城区垃圾焚烧发电项目", 5901): (R, "", "waste-to-energy plant being built"),
    (HL, "Project", "生活垃圾填埋场渗滤液项目", 5914): (R, "", "works named with their site (the landfill)"),
    (HL, "Project", "“城市双修”工程", 6544): (W, "not-a-project", "borderline: 城市双修 is a national programme (urban repair), a kind of work done in many places, though the sentence counts it among 项目"),
    (HL, "Project", "东山组团雨水排放工程", 6958): (R, "", "named drainage works"),
    (HL, "Project", "天然气管道", 6984): (W, "not-a-project", "generic kind in 供水、供热、天然气管道、排水等市政项目"),
    (HL, "Project", "海拉尔大数据中心", 7559): (R, "", "继续推进…建设; the phase (一期)工程 is its alt"),
    (HL, "Project", "海拉尔区国际快件电商物流园项目", 7705): (W, "wrong-kind", "borderline: the logistics park (a Park by the guideline, …物流园 with 招商), which the tool also has as a park"),
    (HL, "Project", "世界反法西斯战争海拉尔纪念园抗战遗址保护工程", 8200): (R, "", "borderline: named works on the memorial site; may be the same work as the 2018 设施工程 (then a duplicate)"),
    (HL, "Project", "哈克生态奶源基地", 9094): (R, "", "borderline: a dairy base being built (深入推进…建设); the guideline's own example gives 生态奶源基地 optional"),
    (HL, "Project", "第三中学东山分校", 10827): (R, "", "school in preparation (前期准备工作)"),
    (HL, "Project", "正阳街小学教学综合楼", 10836): (R, "", "school building in preparation"),
    (HL, "Project", "幸福小学", 10852): (R, "", "school in preparation"),
    (HL, "Project", "第四棚改配套幼儿园", 10872): (R, "", "borderline: last member of 第三、第四棚改配套幼儿园, labelled as written; a kindergarten named by kind and an ordinal area"),
    (HL, "Project", "桃李中学", 10882): (R, "", "新建续建项目"),
    (HL, "Project", "哈克区域敬老院", 11598): (R, "", "care home being built, with its site"),
    (HL, "Project", "殡仪馆新建项目", 11702): (R, "", "borderline: a funeral home named by its kind alone (optional); label keeps the verb 新建 the text writes"),
    # --- henan-2026: parks
    (HN, "Park", "周口国家农高区", 898): (R, "", "national agricultural high-tech zone, 加快建设"),
    (HN, "Park", "新郑综合保税区", 2526): (R, "", "comprehensive bonded zone; the text writes the alt 新郑综保区"),
    (HN, "Park", "郑州航空港区", 6559): (R, "", "borderline: the airport economy zone; it can be read as a district (a Place)"),
    (HN, "Park", "中原量子谷", 7579): (R, "", "borderline: a named quantum-industry site (完善…产业生态); the text does not say it is a zone"),
    (HN, "Park", "现代农业产业园", 8720): (W, "not-a-park", "generic kind (加快现代农业产业园、产业强镇建设, province-wide)"),
    # --- henan-2026: projects
    (HN, "Project", "国家生物育种产业创新中心", 910): (R, "", "centre 建成投用"),
    (HN, "Project", "南水北调中线工程", 1352): (W, "not-a-project", "existing works; only its water quality is reported"),
    (HN, "Project", "国家医学中心（中医类）", 1707): (R, "", "获批建设 / 加快建设"),
    (HN, "Project", "殷墟博物馆新馆", 1779): (R, "", "建成开放"),
    (HN, "Project", "大河村遗址博物馆", 1787): (R, "", "建成开放"),
    (HN, "Project", "汉魏洛阳故城遗址博物馆", 1796): (R, "", "建成开放"),
    (HN, "Project", "平漯周", 6934): (R, "", "route abbreviation as written in 平漯周、焦济洛平、郑州南站等高铁项目 (three characters, names all its cities)"),
    (HN, "Project", "焦济洛平", 6938): (R, "", "route abbreviation as written in a shared-head list of 高铁项目"),
    (HN, "Project", "郑州南站", 6943): (R, "", "station counted among 高铁项目"),
    (HN, "Project", "南信合高铁", 6957): (R, "", "开工建设"),
    (HN, "Project", "京港高铁阜阳至黄冈段", 6963): (R, "", "开工建设"),
    (HN, "Project", "雄商高铁河南段", 6976): (R, "", "建成"),
    (HN, "Project", "观音寺调蓄工程", 7004): (R, "", "加快…建设"),
    (HN, "Project", "沙颍河“通港达园”项目", 7012): (R, "", "named works along one river"),
    (HN, "Project", "豫东水资源配置工程", 7030): (R, "", "开工建设"),
    (HN, "Project", "赵口", 7042): (R, "", "borderline: member of 赵口、陆浑、渠村等灌区现代化改造; two characters that read as a place, a work only with the head: optional"),
    (HN, "Project", "陆浑", 7045): (R, "", "borderline: member of a shared-head list of 灌区现代化改造; reads only with the head: optional"),
    (HN, "Project", "渠村", 7048): (R, "", "borderline: member of a shared-head list of 灌区现代化改造; reads as a village: optional"),
    (HN, "Project", "双千兆网络", 7102): (W, "not-a-project", "generic kind of network (加快双千兆网络、量子通信等项目建设)"),
    (HN, "Project", "量子通信", 7108): (W, "not-a-project", "a technology field, no named work"),
    (HN, "Project", "中州时代电池三期", 7491): (R, "", "firm's plant phase counted among 项目"),
    (HN, "Project", "众擎机器人全球生产制造中心", 7540): (R, "", "推进…项目建设"),
    (HN, "Project", "仕佳光子通信芯片", 7554): (R, "", "firm's project counted among 项目"),
    (HN, "Project", "现代生态宜居城市", 9165): (W, "not-a-project", "a goal for Luoyang (建设…现代生态宜居城市), not a work"),
    (HN, "Project", "国际文化旅游名城", 9174): (W, "not-a-project", "a goal/title for Luoyang, not a work"),
    (HN, "Project", "夏商文明考古研究中心", 10353): (R, "", "建成 (a centre being built)"),
    (HN, "Project", "大运河国家文化公园（河南段）", 10368): (R, "", "borderline: 加快建设; a national cultural park section, close to a programme over many sites"),
    (HN, "Project", "中国医学科学院肿瘤医院河南医院", 11829): (R, "", "建成"),
    (HN, "Project", "省疾控中心国家区域公共卫生中心", 11845): (R, "", "建成"),
    (HN, "Project", "病险水库除险加固", 12616): (W, "not-a-project", "a programme (reinforcing unsafe reservoirs everywhere)"),
    (HN, "Project", "蓄滞洪区", 12625): (W, "not-a-project", "generic kind (flood detention areas)"),
    # --- zhejiang-2026: parks
    (ZJ, "Park", "衢州综合保税区", 2268): (R, "", "封关运作; the text writes 衢州综保区"),
    (ZJ, "Park", "杭州综合保税区", 2278): (R, "", "成功扩区; the text writes 杭州综保区"),
    (ZJ, "Park", "宁波舟山港", 2361): (W, "not-a-park", "a port, only its throughput; no zone"),
    (ZJ, "Park", "长三角生态绿色一体化发展示范区", 3484): (W, "not-a-park", "borderline: a regional demonstration zone covering whole county-level areas: a policy zone, not a park"),
    (ZJ, "Park", "舟山港综合保税区", 18730): (R, "", "推动…扩区; the text writes 舟山港综保区"),
    # --- zhejiang-2026: projects
    (ZJ, "Project", "西湖大学牵头建设全国重点实验室", 855): (W, "boundary", "a university, a verb and a kind of lab glued (浙江工业大学、…、西湖大学牵头建设全国重点实验室)"),
    (ZJ, "Project", "温福高铁", 1626): (R, "", "开工建设"),
    (ZJ, "Project", "沪杭高铁", 1631): (R, "", "开工建设"),
    (ZJ, "Project", "润泽智算中心三期", 1636): (R, "", "开工建设"),
    (ZJ, "Project", "台州弗迪新能源动力电池", 1681): (R, "", "firm's plant counted among 项目, 建成投用"),
    (ZJ, "Project", "杭衢高铁", 1693): (R, "", "建成投用"),
    (ZJ, "Project", "西湖大学三期", 1698): (R, "", "campus phase counted among 项目, 建成投用"),
    (ZJ, "Project", "义乌全球数贸中心", 2288): (R, "", "市场板块开业运营; 建强义乌全球数贸中心"),
    (ZJ, "Project", "嘉兴南湖机场", 2489): (R, "", "建成投运"),
    (ZJ, "Project", "丽水机场", 2496): (R, "", "建成投运"),
    (ZJ, "Project", "方厅水院", 3506): (R, "", "标志性项目建成投运"),
    (ZJ, "Project", "三澳核电二期", 4235): (R, "", "开工建设"),
    (ZJ, "Project", "中石化六横LNG接收站", 4242): (R, "", "开工建设"),
    (ZJ, "Project", "甘电入浙", 4261): (R, "", "borderline: the Gansu-Zhejiang transmission project counted among 项目; its name reads like a verb phrase"),
    (ZJ, "Project", "金七门核电一期", 4266): (R, "", "加快推进"),
    (ZJ, "Project", "浙江（华东）深远海风电母港", 4274): (R, "", "加快推进"),
    (ZJ, "Project", "金华（义乌）中欧班列集结中心", 6386): (R, "", "获批建设 / 高质量建设"),
    (ZJ, "Project", "良渚古城遗址公园", 6891): (R, "", "文化地标建成投用"),
    (ZJ, "Project", "杭州国家版本馆", 6900): (R, "", "建成投用"),
    (ZJ, "Project", "之江文化中心", 6908): (R, "", "建成投用"),
    (ZJ, "Project", "浙东运河", 6915): (W, "boundary", "cut from 浙东运河文化园; the canal alone is no work"),
    (ZJ, "Project", "杭州芯光半导体芯片", 17904): (R, "", "开工建设"),
    (ZJ, "Project", "沪乍杭铁路", 17914): (R, "", "开工建设"),
    (ZJ, "Project", "诸暨至嵊州高速公路", 17920): (R, "", "开工建设; both ends kept"),
    (ZJ, "Project", "杭淳开高速公路", 17935): (R, "", "加快…建设进度"),
    (ZJ, "Project", "衢州先导智能传感器", 17943): (R, "", "firm's project counted among 项目"),
    (ZJ, "Project", "湖州微腔电子纸显示器件", 17953): (R, "", "counted among 项目"),
    (ZJ, "Project", "台州温玉铁路", 17974): (R, "", "建成投运"),
    (ZJ, "Project", "杭州海康机器人", 17981): (R, "", "firm's name for its plant, counted among 项目"),
    (ZJ, "Project", "丽水富乐德传感技术", 17989): (R, "", "counted among 项目"),
    (ZJ, "Project", "佛渡集装箱码头一期", 18848): (R, "", "重大项目建设进度"),
    (ZJ, "Project", "北仑支线复线", 18858): (R, "", "重大项目建设进度"),
    (ZJ, "Project", "梅山铁路专用线", 18865): (R, "", "重大项目建设进度"),
    (ZJ, "Project", "杭州", 19031): (W, "wrong-kind", "borderline: a city's name in 提升杭州、宁波、温州机场枢纽能级; the airports only get their hub role raised (no works said); were they projects the member would be optional"),
    (ZJ, "Project", "宁波", 19034): (W, "wrong-kind", "borderline: a city's name in 提升杭州、宁波、温州机场枢纽能级, as 杭州"),
    (ZJ, "Project", "嘉兴专业性航空货运枢纽", 19048): (R, "", "建设"),
    (ZJ, "Project", "义乌机场改扩建", 19062): (R, "", "label keeps the works word as the guideline's 黑羊站水厂扩能改造 alt does (label 义乌机场)"),
    (ZJ, "Project", "横店国际影视文化创新中心", 20639): (R, "", "加快…建设"),
}

# (report, kind, subject, object): (verdict, category, note)
TIES = {
    (HL, "tie park-place", "海拉尔区国际快件电商物流园", "Hailaer District|海拉尔区"): (R, "", "place in the name"),
    (HL, "tie project-place", "海拉尔大数据中心", "Hailaer District|海拉尔区"): (R, "", "place in the name (the report's own area)"),
    (HL, "tie project-place", "海拉尔大数据中心（一期）工程", "Hailaer District|海拉尔区"): (R, "", "place in the name; subject is a duplicate of 海拉尔大数据中心 (its alt), so this tie repeats the one above"),
    (HL, "tie project-place", "海拉尔热电厂蒸汽锅炉供热改造", "Hailaer District|海拉尔区"): (R, "", "place in the name"),
    (HL, "tie project-place", "世界反法西斯战争海拉尔纪念园抗战遗址保护工程", "Hailaer District|海拉尔区"): (R, "", "place in the name"),
    (HL, "tie project-place", "世界反法西斯战争海拉尔纪念园抗战遗址设施工程", "Hailaer District|海拉尔区"): (R, "", "place in the name"),
    (HL, "tie park-place", "呼伦贝尔现代农牧业产业园", "Hulunbeier City|呼伦贝尔市"): (R, "", "place in the name"),
    (HL, "tie project-place", "呼伦贝尔政务云中心", "Hulunbeier City|呼伦贝尔市"): (R, "", "place in the name"),
    (HN, "tie park-place", "新郑综合保税区", "Xinzheng City|新郑市"): (R, "", "place in the name (新郑综保区)"),
    (HN, "tie park-place", "郑州航空港区", "Zhengzhou City|郑州市"): (R, "", "place in the name"),
    (HN, "tie project-place", "郑州南站", "Zhengzhou City|郑州市"): (R, "", "place in the name"),
    (HN, "tie park-place", "中原量子谷", "Zhongyuan District|中原区"): (W, "wrong-place", "中原 here is the Central Plains (Henan), not Zhengzhou's 中原区; the text states no tie"),
    (HN, "tie park-place", "周口国家农高区", "Zhoukou City|周口市"): (R, "", "place in the name"),
    (ZJ, "tie park-place", "杭州综合保税区", "Hangzhou City|杭州市"): (R, "", "place in the name (杭州综保区)"),
    (ZJ, "tie project-place", "杭州", "Hangzhou City|杭州市"): (W, "wrong-subject", "the subject is the city's own name (a place tied to itself), not a work"),
    (ZJ, "tie project-place", "杭州国家版本馆", "Hangzhou City|杭州市"): (R, "", "place in the name"),
    (ZJ, "tie project-place", "杭州海康机器人", "Hangzhou City|杭州市"): (R, "", "place in the name"),
    (ZJ, "tie project-place", "杭州芯光半导体芯片", "Hangzhou City|杭州市"): (R, "", "place in the name"),
    (ZJ, "tie park-place", "衢州综合保税区", "Quzhou City|衢州市"): (R, "", "place in the name (衢州综保区)"),
    (ZJ, "tie project-place", "衢州先导智能传感器", "Quzhou City|衢州市"): (R, "", "place in the name"),
    (ZJ, "tie park-place", "舟山港综合保税区", "Zhoushan City|舟山市"): (R, "", "place in the name (舟山港综保区)"),
    (HL, "tie project-place", "哈克区域敬老院", "哈克镇"): (R, "", "place in the name (哈克)"),
    (HL, "tie project-place", "哈克生态奶源基地", "哈克镇"): (R, "", "place in the name (哈克)"),
    (HL, "tie project-place", "哈克遗址博物馆", "哈克镇"): (R, "", "place in the name; but the subject is judged not a project (an existing museum)"),
    (HL, "tie project-place", "哈克镇改扩建", "哈克镇"): (R, "", "the text puts the works in 哈克镇; but the subject's boundary is judged wrong"),
    (HN, "tie project-place", "大河村遗址博物馆", "大河村"): (R, "", "place in the name"),
    (HN, "tie project-place", "大运河国家文化公园（河南段）", "Henan Province|河南省"): (R, "", "place in the name (河南段)"),
    (HN, "tie project-place", "雄商高铁河南段", "Henan Province|河南省"): (R, "", "the section named by the province, not an end point"),
    (HN, "tie project-place", "中国医学科学院肿瘤医院河南医院", "Henan Province|河南省"): (R, "", "place in the name"),
    (HN, "tie project-place", "汉魏洛阳故城遗址博物馆", "Luoyang City|洛阳市"): (R, "", "borderline: 洛阳 in the name is the ancient city (汉魏洛阳故城), taken for today's city"),
    (ZJ, "tie project-park", "方厅水院", "长三角生态绿色一体化发展示范区"): (R, "", "stated (示范区建设深入推进，方厅水院等标志性项目建成投运); but the object is judged not a park"),
    (ZJ, "tie project-place", "湖州微腔电子纸显示器件", "Huzhou City|湖州市"): (R, "", "place in the name"),
    (ZJ, "tie project-place", "嘉兴南湖机场", "Jiaxing City|嘉兴市"): (R, "", "place in the name"),
    (ZJ, "tie project-place", "嘉兴专业性航空货运枢纽", "Jiaxing City|嘉兴市"): (R, "", "place in the name"),
    (ZJ, "tie project-place", "金华（义乌）中欧班列集结中心", "Jinhua City|金华市"): (R, "", "place in the name"),
    (ZJ, "tie project-place", "丽水富乐德传感技术", "Lishui City|丽水市"): (R, "", "place in the name"),
    (ZJ, "tie project-place", "丽水机场", "Lishui City|丽水市"): (R, "", "place in the name"),
    (ZJ, "tie project-place", "宁波", "Ningbo City|宁波市"): (W, "wrong-subject", "the subject is the city's own name (a place tied to itself), not a work"),
    (ZJ, "tie project-place", "台州弗迪新能源动力电池", "Taizhou City|台州市"): (R, "", "place in the name"),
    (ZJ, "tie project-place", "台州温玉铁路", "Taizhou City|台州市"): (R, "", "place in the name (not an end point of the route)"),
    (ZJ, "tie project-place", "义乌机场改扩建", "Yiwu City|义乌市"): (R, "", "place in the name"),
    (ZJ, "tie project-place", "义乌全球数贸中心", "Yiwu City|义乌市"): (R, "", "place in the name"),
    (ZJ, "tie project-place", "浙江（华东）深远海风电母港", "Zhejiang Province|浙江省"): (R, "", "place in the name"),
}

COLUMNS = ["report", "kind", "label", "alts", "subject", "object", "quote_start", "quote", "sentence",
           "verdict", "category", "note"]


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [{k: unguarded(v) for k, v in r.items()} for r in csv.DictReader(f)]


def wilson(k, n, z=1.959964):
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def main(argv):
    items_csv = argv[1] if len(argv) > 1 else "/tmp/check-e46/items.csv"
    ties_csv = argv[2] if len(argv) > 2 else "/tmp/check-e46/ties.csv"
    if OUT.exists():
        sys.exit(f"{OUT} exists: not overwritten")
    items, ties = read(items_csv), read(ties_csv)
    rows, used_i, used_t = [], set(), set()
    for r in items:
        key = (r["report"], r["kind"], r["label"], int(r["quote_start"]))
        if key not in ITEMS:
            sys.exit(f"no verdict for item {key}")
        used_i.add(key)
        v, c, n = ITEMS[key]
        rows.append({**{k: "" for k in COLUMNS}, **{k: r[k] for k in ("report", "kind", "label", "alts",
                                                                      "quote_start", "quote", "sentence")},
                     "verdict": v, "category": c, "note": n})
    for r in ties:
        key = (r["report"], r["kind"], r["subject"], r["object"])
        if key not in TIES:
            sys.exit(f"no verdict for tie {key}")
        used_t.add(key)
        v, c, n = TIES[key]
        rows.append({**{k: "" for k in COLUMNS}, **{k: r[k] for k in ("report", "kind", "subject", "object",
                                                                      "quote_start", "quote", "sentence")},
                     "verdict": v, "category": c, "note": n})
    extra = (set(ITEMS) - used_i) | (set(TIES) - used_t)
    if extra:
        sys.exit(f"verdicts matching no sampled row: {sorted(extra)}")
    with open(OUT, "x", encoding="utf-8", newline="") as f:
        w = GuardedWriter(f)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r[k] for k in COLUMNS])
    print(f"wrote {OUT.relative_to(ROOT)} ({len(rows)} rows)")

    def flipped(r):
        v = r["verdict"]
        return (W if v == R else R) if r["note"].startswith("borderline:") else v

    for kind in ("Park", "Project"):
        sel = [r for r in rows if r["kind"] == kind]
        k = sum(r["verdict"] == R for r in sel)
        kf = sum(flipped(r) == R for r in sel)
        lo, hi = wilson(k, len(sel))
        flo, fhi = wilson(kf, len(sel))
        print(f"{kind}: {k}/{len(sel)} = {k / len(sel):.3f} [{lo:.3f}, {hi:.3f}]; "
              f"borderline flipped {kf}/{len(sel)} = {kf / len(sel):.3f} [{flo:.3f}, {fhi:.3f}]")
        for rep in sorted({r["report"] for r in sel}):
            s = [r for r in sel if r["report"] == rep]
            print(f"  {rep}: {sum(r['verdict'] == R for r in s)}/{len(s)} "
                  f"(flipped {sum(flipped(r) == R for r in s)}/{len(s)})")
    tie_rows = [r for r in rows if r["kind"].startswith("tie")]
    k = sum(r["verdict"] == R for r in tie_rows)
    print(f"ties: {k}/{len(tie_rows)} (borderline flipped {sum(flipped(r) == R for r in tie_rows)})")
    for kind in sorted({r["kind"] for r in tie_rows}):
        s = [r for r in tie_rows if r["kind"] == kind]
        print(f"  {kind}: {sum(r['verdict'] == R for r in s)}/{len(s)}")
    cats = {}
    for r in rows:
        if r["verdict"] == W:
            cats.setdefault((r["kind"], r["category"]), []).append(r["label"] or r["subject"])
    for (kind, cat), labels in sorted(cats.items()):
        print(f"  wrong {kind} {cat}: {len(labels)}: {', '.join(labels)}")


if __name__ == "__main__":
    main(sys.argv)
