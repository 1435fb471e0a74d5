"""Verdicts of the forty-ninth blind hand check of parks, projects and their ties (check-e49, tool at cbb9d3c7).

    PYTHONPATH=. python docs/checks/check-e49-verdicts.py [ITEMS.csv TIES.csv]

reads the two CSVs `scripts/sample_entities.py` printed for the build of henan-2026, zhejiang-2026 and hailaer-2019
(defaults: /tmp/check-check-e49/items.csv, /tmp/check-check-e49/ties.csv; their sha256 are checked), puts one
verdict on every row and writes docs/checks/entity-precision-2027w.csv: the columns
report, kind, label, alts, object, quote_start, quote, sentence, verdict, category, note
(for a tie, `label` is its subject and `object` its object; for a park or project `object` is empty).
It refuses to overwrite an existing CSV and stops when a sampled row has no verdict, or a verdict no row.

The verdicts were made from the report text (policykg.read.read_report) and docs/annotation-guideline.md only.
A note opening with `borderline:` marks a verdict the guideline leaves optional or debatable.
"""
import csv
import hashlib
import sys
from collections import Counter
from pathlib import Path

from policykg.sheetcells import GuardedWriter, unguarded

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "checks" / "entity-precision-2027w.csv"
SHA = {"items": "0f3e1b48cea4dcd0c5a041d0b9f092511d54bdcfaf76dfefc602c3c794e18a96",
       "ties": "7f5737eb1566cb3dea933a6af0e45ff406ca123fb4af3f8b9d2bae0ffa710342"}

H, N, Z = "hailaerqu-2019", "henansheng-2026", "zhejiangsheng-2026"
R, W = "right", "wrong"

# (report, kind, label, quote_start): (verdict, category, note)
ITEMS = {
    # hailaer-2019: parks
    (H, "Park", "呼伦贝尔现代农牧业产业园", 1935): (R, "", "agricultural park named with its city; 完成总体规划设计, 重点项目"),
    (H, "Park", "鸿发祥低碳生态示范园", 1978): (R, "", "borderline: a demonstration garden written as 项目 (later 鸿发祥低碳种养结合生态示范园); park or project debatable"),
    (H, "Park", "海拉尔区国际快件电商物流园", 7705): (R, "", "logistics park with 招商"),
    # hailaer-2019: projects
    (H, "Project", "龙运华府小区", 1386): (R, "", "borderline: list member before the shared head 2条棚改配套道路; its own words read as the estate, so optional"),
    (H, "Project", "蒙拓农机3000台牧业机械生产线智能化升级改造项目", 1580): (R, "", "named upgrade project 进展顺利"),
    (H, "Project", "海拉尔热电厂蒸汽锅炉供热改造", 1606): (R, "", "named works on the power plant, 等项目"),
    (H, "Project", "海拉尔大数据中心（一期）工程", 1665): (R, "", "phase of 海拉尔大数据中心 (an alt of that item); 全部封顶"),
    (H, "Project", "呼伦贝尔政务云中心", 1684): (R, "", "facility 投入使用"),
    (H, "Project", "海悦城项目一期", 1708): (R, "", "试营业"),
    (H, "Project", "红星美凯龙商贸综合体项目", 1716): (R, "", "试营业"),
    (H, "Project", "世界反法西斯战争海拉尔纪念园抗战遗址设施工程", 1833): (R, "", "named works 进展顺利"),
    (H, "Project", "哈克遗址博物馆", 1872): (R, "", "borderline: an existing museum that 实现公司化运营: an organisation, optional project as a facility; no works on it"),
    (H, "Project", "第十四届全国冬运会主场馆一期", 1887): (R, "", "phase of the main venue (全国第十四届冬运会主场馆 later), an alt; 已具备竞赛条件"),
    (H, "Project", "蒙草科技中心项目", 1956): (R, "", "开工建设"),
    (H, "Project", "哈克镇改扩建", 2013): (W, "boundary", "a town name glued to a verb; the works are 标准化奶牛养殖圈舍等基础设施"),
    (H, "Project", "俄罗斯赤塔市", 2383): (W, "wrong-kind", "a foreign sister city: a place"),
    (H, "Project", "蒙古国乔巴山市", 2390): (W, "wrong-kind", "a foreign sister city: a place"),
    (H, "Project", "团结村肉牛养殖", 5512): (R, "", "village project counted among 等项目建设"),
    (H, "Project", "中心城区垃圾焚烧发电项目", 5901): (R, "", "plant being built"),
    (H, "Project", "生活垃圾填埋场渗滤液项目", 5914): (R, "", "the landfill's leachate works, being built"),
    (H, "Project", "“城市双修”工程", 6544): (W, "not-a-project", "borderline: 城市双修 is a kind of urban repair programme, though the sentence counts it among 项目"),
    (H, "Project", "东山组团雨水排放工程", 6958): (R, "", "named works in one quarter"),
    (H, "Project", "天然气管道", 6984): (W, "not-a-project", "generic kind in a list of 市政项目 (供水、供热、天然气管道、排水)"),
    (H, "Project", "海拉尔大数据中心", 7559): (W, "duplicate", "same work as 海拉尔大数据中心（一期）工程 (1665): a phase and its whole project are one item"),
    (H, "Project", "世界反法西斯战争海拉尔纪念园抗战遗址保护工程", 8200): (R, "", "borderline: may be the same work as the 设施工程 of the review (1833); named differently"),
    (H, "Project", "哈克生态奶源基地", 9094): (R, "", "borderline: a named base being built: project or industrial-base park debatable"),
    (H, "Project", "第三中学东山分校", 10827): (R, "", "school project in preparation"),
    (H, "Project", "正阳街小学教学综合楼", 10836): (R, "", "school building in preparation"),
    (H, "Project", "幸福小学", 10852): (R, "", "school project, proper word in the name"),
    (H, "Project", "第四棚改配套幼儿园", 10872): (R, "", "borderline: second member of 第三、第四棚改配套幼儿园, named by its kind and its shanty area's number"),
    (H, "Project", "桃李中学", 10882): (R, "", "新建续建项目"),
    (H, "Project", "哈克区域敬老院", 11598): (R, "", "kind with its site, being built"),
    (H, "Project", "殡仪馆新建项目", 11702): (R, "", "borderline: a work named by its kind alone (optional); label keeps 新建"),
    # henan-2026: parks
    (N, "Park", "周口国家农高区", 898): (R, "", "national agricultural high-tech zone"),
    (N, "Park", "新郑综合保税区", 2526): (R, "", "bonded zone; the text writes the alt 新郑综保区"),
    (N, "Park", "郑州航空港区", 6559): (R, "", "borderline: the airport economy zone: a park, or a place-like district"),
    (N, "Park", "中原量子谷", 7579): (R, "", "borderline: a named industry zone whose 产业生态 is built; site or cluster debatable"),
    (N, "Park", "现代农业产业园", 8720): (W, "not-a-park", "generic kind (加快现代农业产业园、产业强镇建设), no name"),
    # henan-2026: projects
    (N, "Project", "国家生物育种产业创新中心", 910): (R, "", "named centre 建成投用"),
    (N, "Project", "南水北调中线工程", 1352): (W, "not-a-project", "an existing work, only its water quality is reported"),
    (N, "Project", "国家医学中心（中医类）", 1707): (R, "", "获批建设, 加快建设"),
    (N, "Project", "殷墟博物馆新馆", 1779): (R, "", "建成开放"),
    (N, "Project", "大河村遗址博物馆", 1787): (R, "", "建成开放"),
    (N, "Project", "汉魏洛阳故城遗址博物馆", 1796): (R, "", "建成开放"),
    (N, "Project", "平漯周", 6934): (R, "", "borderline: route abbreviation before the shared head 高铁项目"),
    (N, "Project", "焦济洛平", 6938): (R, "", "borderline: route abbreviation before the shared head 高铁项目"),
    (N, "Project", "郑州南站", 6943): (R, "", "station among 高铁项目"),
    (N, "Project", "南信合高铁", 6957): (R, "", "开工建设"),
    (N, "Project", "京港高铁阜阳至黄冈段", 6963): (R, "", "开工建设"),
    (N, "Project", "雄商高铁河南段", 6976): (R, "", "建成"),
    (N, "Project", "观音寺调蓄工程", 7004): (R, "", ""),
    (N, "Project", "沙颍河“通港达园”项目", 7012): (R, "", "named works along one river"),
    (N, "Project", "豫东水资源配置工程", 7030): (R, "", "开工建设"),
    (N, "Project", "赵口", 7042): (R, "", "borderline: member of 赵口、陆浑、渠村等灌区现代化改造; reads as a place alone, optional"),
    (N, "Project", "陆浑", 7045): (R, "", "borderline: member of the 灌区现代化改造 list; reads as a place alone, optional"),
    (N, "Project", "渠村", 7048): (R, "", "borderline: member of the 灌区现代化改造 list; reads as a village alone, optional"),
    (N, "Project", "双千兆网络", 7102): (W, "not-a-project", "generic kind of network"),
    (N, "Project", "量子通信", 7108): (W, "not-a-project", "a technology field, generic"),
    (N, "Project", "中州时代电池三期", 7491): (R, "", "firm's plant phase among 等项目"),
    (N, "Project", "众擎机器人全球生产制造中心", 7540): (R, "", ""),
    (N, "Project", "仕佳光子通信芯片", 7554): (R, "", "firm and product counted among 等项目建设"),
    (N, "Project", "现代生态宜居城市", 9165): (W, "not-a-project", "a development goal for 洛阳"),
    (N, "Project", "国际文化旅游名城", 9174): (W, "not-a-project", "a development goal for 洛阳"),
    (N, "Project", "夏商文明考古研究中心", 10353): (R, "", "named centre to be built (建成)"),
    (N, "Project", "大运河国家文化公园（河南段）", 10368): (R, "", "named works along one canal, 加快建设"),
    (N, "Project", "中国医学科学院肿瘤医院河南医院", 11829): (R, "", "建成"),
    (N, "Project", "省疾控中心国家区域公共卫生中心", 11845): (R, "", "建成"),
    (N, "Project", "病险水库除险加固", 12616): (W, "not-a-project", "a programme over many reservoirs"),
    (N, "Project", "蓄滞洪区", 12625): (W, "not-a-project", "generic kind of flood area"),
    # zhejiang-2026: parks
    (Z, "Park", "衢州综合保税区", 2268): (R, "", "bonded zone (text: 衢州综保区)"),
    (Z, "Park", "杭州综合保税区", 2278): (R, "", "bonded zone (text: 杭州综保区)"),
    (Z, "Park", "宁波舟山港", 2361): (W, "not-a-park", "a port (an existing facility / port operator), not an economic zone"),
    (Z, "Park", "长三角生态绿色一体化发展示范区", 3484): (W, "not-a-park", "borderline: a policy demonstration zone over whole county-level areas, not a zone where firms locate"),
    (Z, "Park", "舟山港综合保税区", 18730): (R, "", "bonded zone, 扩区"),
    # zhejiang-2026: projects
    (Z, "Project", "西湖大学牵头建设全国重点实验室", 855): (W, "not-a-project", "verb phrase glued to a generic kind (全国重点实验室 led by four universities)"),
    (Z, "Project", "温福高铁", 1626): (R, "", "开工建设"),
    (Z, "Project", "沪杭高铁", 1631): (R, "", "开工建设"),
    (Z, "Project", "润泽智算中心三期", 1636): (R, "", "开工建设"),
    (Z, "Project", "台州弗迪新能源动力电池", 1681): (R, "", "firm's plant among 等项目建成投用"),
    (Z, "Project", "杭衢高铁", 1693): (R, "", "建成投用"),
    (Z, "Project", "西湖大学三期", 1698): (R, "", "建成投用"),
    (Z, "Project", "义乌全球数贸中心", 2288): (R, "", "its market section 开业运营; 建强 later"),
    (Z, "Project", "嘉兴南湖机场", 2489): (R, "", "建成投运"),
    (Z, "Project", "丽水机场", 2496): (R, "", "建成投运"),
    (Z, "Project", "方厅水院", 3506): (R, "", "标志性项目建成投运"),
    (Z, "Project", "三澳核电二期", 4235): (R, "", "开工建设"),
    (Z, "Project", "中石化六横LNG接收站", 4242): (R, "", "开工建设"),
    (Z, "Project", "甘电入浙", 4261): (R, "", "borderline: a transmission project named as a phrase (power from Gansu into Zhejiang), counted among 等项目"),
    (Z, "Project", "金七门核电一期", 4266): (R, "", "加快推进"),
    (Z, "Project", "浙江（华东）深远海风电母港", 4274): (R, "", "加快推进"),
    (Z, "Project", "金华（义乌）中欧班列集结中心", 6386): (R, "", "获批建设, 高质量建设"),
    (Z, "Project", "良渚古城遗址公园", 6891): (R, "", "文化地标建成投用"),
    (Z, "Project", "杭州国家版本馆", 6900): (R, "", "建成投用"),
    (Z, "Project", "之江文化中心", 6908): (R, "", "建成投用"),
    (Z, "Project", "浙东运河", 6915): (W, "boundary", "cut from 浙东运河文化园 (the canal itself exists)"),
    (Z, "Project", "杭州芯光半导体芯片", 17904): (R, "", "开工建设"),
    (Z, "Project", "沪乍杭铁路", 17914): (R, "", "开工建设"),
    (Z, "Project", "诸暨至嵊州高速公路", 17920): (R, "", "开工建设"),
    (Z, "Project", "杭淳开高速公路", 17935): (R, "", "加快建设"),
    (Z, "Project", "衢州先导智能传感器", 17943): (R, "", "加快建设"),
    (Z, "Project", "湖州微腔电子纸显示器件", 17953): (R, "", "加快建设"),
    (Z, "Project", "台州温玉铁路", 17974): (R, "", "建成投运"),
    (Z, "Project", "杭州海康机器人", 17981): (R, "", "firm's plant among 等项目建成投运"),
    (Z, "Project", "丽水富乐德传感技术", 17989): (R, "", "firm's plant among 等项目建成投运"),
    (Z, "Project", "佛渡集装箱码头一期", 18848): (R, "", "重大项目"),
    (Z, "Project", "北仑支线复线", 18858): (R, "", "重大项目"),
    (Z, "Project", "梅山铁路专用线", 18865): (R, "", "重大项目"),
    (Z, "Project", "杭州", 19031): (W, "not-a-project", "borderline: a city name, member of 杭州、宁波、温州机场; raising the airports' hub level is no works on a named thing"),
    (Z, "Project", "宁波", 19034): (W, "not-a-project", "borderline: a city name, member of 杭州、宁波、温州机场; raising the airports' hub level is no works on a named thing"),
    (Z, "Project", "嘉兴专业性航空货运枢纽", 19048): (R, "", "建设"),
    (Z, "Project", "义乌机场改扩建", 19062): (R, "", "the works' name with its verb, an alt as 黑羊站水厂扩能改造 is in the guideline"),
    (Z, "Project", "横店国际影视文化创新中心", 20639): (R, "", "加快建设"),
}

NAME = "the place is written in the item's name"
# (report, kind, subject, object, quote_start): (verdict, category, note)
TIES = {
    (H, "tie park-place", "海拉尔区国际快件电商物流园", "Hailaer District|海拉尔区", 7705): (R, "", NAME),
    (H, "tie project-place", "海拉尔大数据中心", "Hailaer District|海拉尔区", 7559): (R, "", NAME + " (the report's own area)"),
    (H, "tie project-place", "海拉尔大数据中心（一期）工程", "Hailaer District|海拉尔区", 1665): (R, "", NAME),
    (H, "tie project-place", "海拉尔热电厂蒸汽锅炉供热改造", "Hailaer District|海拉尔区", 1606): (R, "", NAME),
    (H, "tie project-place", "世界反法西斯战争海拉尔纪念园抗战遗址保护工程", "Hailaer District|海拉尔区", 8200): (R, "", NAME),
    (H, "tie project-place", "世界反法西斯战争海拉尔纪念园抗战遗址设施工程", "Hailaer District|海拉尔区", 1833): (R, "", NAME),
    (H, "tie park-place", "呼伦贝尔现代农牧业产业园", "Hulunbeier City|呼伦贝尔市", 1935): (R, "", NAME),
    (H, "tie project-place", "呼伦贝尔政务云中心", "Hulunbeier City|呼伦贝尔市", 1684): (R, "", NAME),
    (N, "tie park-place", "新郑综合保税区", "Xinzheng City|新郑市", 2526): (R, "", NAME),
    (N, "tie park-place", "郑州航空港区", "Zhengzhou City|郑州市", 6559): (R, "", NAME),
    (N, "tie project-place", "郑州南站", "Zhengzhou City|郑州市", 6943): (R, "", NAME),
    (N, "tie park-place", "中原量子谷", "Zhongyuan District|中原区", 7579): (W, "", "中原 in the name is the Central Plains (中原农谷, 中原大地), not Zhengzhou's 中原区; the text places it nowhere"),
    (N, "tie park-place", "周口国家农高区", "Zhoukou City|周口市", 898): (R, "", NAME),
    (Z, "tie park-place", "杭州综合保税区", "Hangzhou City|杭州市", 2278): (R, "", NAME),
    (Z, "tie project-place", "杭州", "Hangzhou City|杭州市", 19031): (R, "", "borderline: the subject is the city name itself (item judged wrong); as 杭州机场 the tie holds"),
    (Z, "tie project-place", "杭州国家版本馆", "Hangzhou City|杭州市", 6900): (R, "", NAME),
    (Z, "tie project-place", "杭州海康机器人", "Hangzhou City|杭州市", 17981): (R, "", NAME),
    (Z, "tie project-place", "杭州芯光半导体芯片", "Hangzhou City|杭州市", 17904): (R, "", NAME),
    (Z, "tie park-place", "衢州综合保税区", "Quzhou City|衢州市", 2268): (R, "", NAME),
    (Z, "tie project-place", "衢州先导智能传感器", "Quzhou City|衢州市", 17943): (R, "", NAME),
    (Z, "tie park-place", "舟山港综合保税区", "Zhoushan City|舟山市", 18730): (R, "", NAME),
    (H, "tie project-place", "哈克区域敬老院", "哈克镇", 11598): (R, "", NAME + " (哈克)"),
    (H, "tie project-place", "哈克生态奶源基地", "哈克镇", 9094): (R, "", NAME + " (哈克)"),
    (H, "tie project-place", "哈克遗址博物馆", "哈克镇", 1872): (R, "", NAME + " (哈克); the subject is itself only an optional project"),
    (H, "tie project-place", "哈克镇改扩建", "哈克镇", 2013): (R, "", "the text's works are in 哈克镇 (the subject's label is cut/glued)"),
    (N, "tie project-place", "大河村遗址博物馆", "大河村", 1787): (R, "", NAME),
    (N, "tie project-place", "大运河国家文化公园（河南段）", "Henan Province|河南省", 10368): (R, "", NAME),
    (N, "tie project-place", "雄商高铁河南段", "Henan Province|河南省", 6976): (R, "", NAME),
    (N, "tie project-place", "中国医学科学院肿瘤医院河南医院", "Henan Province|河南省", 11829): (R, "", NAME),
    (N, "tie project-place", "汉魏洛阳故城遗址博物馆", "Luoyang City|洛阳市", 1796): (R, "", "borderline: 洛阳 in the name is the ancient city 汉魏洛阳故城"),
    (Z, "tie project-park", "方厅水院", "长三角生态绿色一体化发展示范区", 3506): (R, "", "the text lists the project right after the zone's 建设 (the object is judged not a park)"),
    (Z, "tie project-place", "湖州微腔电子纸显示器件", "Huzhou City|湖州市", 17953): (R, "", NAME),
    (Z, "tie project-place", "嘉兴南湖机场", "Jiaxing City|嘉兴市", 2489): (R, "", NAME),
    (Z, "tie project-place", "嘉兴专业性航空货运枢纽", "Jiaxing City|嘉兴市", 19048): (R, "", NAME),
    (Z, "tie project-place", "金华（义乌）中欧班列集结中心", "Jinhua City|金华市", 6386): (R, "", NAME),
    (Z, "tie project-place", "丽水富乐德传感技术", "Lishui City|丽水市", 17989): (R, "", NAME),
    (Z, "tie project-place", "丽水机场", "Lishui City|丽水市", 2496): (R, "", NAME),
    (Z, "tie project-place", "宁波", "Ningbo City|宁波市", 19034): (R, "", "borderline: the subject is the city name itself (item judged wrong); as 宁波机场 the tie holds"),
    (Z, "tie project-place", "台州弗迪新能源动力电池", "Taizhou City|台州市", 1681): (R, "", NAME),
    (Z, "tie project-place", "台州温玉铁路", "Taizhou City|台州市", 17974): (R, "", NAME + " (not an end point of the route)"),
    (Z, "tie project-place", "义乌机场改扩建", "Yiwu City|义乌市", 19062): (R, "", NAME),
    (Z, "tie project-place", "义乌全球数贸中心", "Yiwu City|义乌市", 2288): (R, "", NAME),
    (Z, "tie project-place", "浙江（华东）深远海风电母港", "Zhejiang Province|浙江省", 4274): (R, "", NAME),
    # figure ties
    (Z, "tie park-outcome", "宁波舟山港", "宁波舟山港集装箱吞吐量: 宁波舟山港集装箱吞吐量4387万标箱", 2361): (R, "", "the port's own throughput (the subject is judged not a park)"),
    (Z, "tie park-outcome", "宁波舟山港", "宁波舟山港集装箱吞吐量: 增长11.6%", 2380): (R, "", "the growth of the port's throughput (the subject is judged not a park)"),
    (Z, "tie project-outcome", "杭州", "杭州萧山国际机场旅客吞吐量: 杭州萧山国际机场旅客吞吐量突破5000万人次", 2466): (W, "", "borderline: the figure is 杭州萧山国际机场's; the subject 杭州 is a city name from another sentence (19031); only if it stands for that airport would the figure be its"),
    (Z, "tie park-target", "宁波舟山港", "宁波舟山港集装箱吞吐量: 宁波舟山港集装箱吞吐量达到4500万标箱", 18905): (R, "", "the port's own throughput target (the subject is judged not a park)"),
}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return [{k: unguarded(v) for k, v in r.items()} for r in csv.DictReader(f)]


def main() -> int:
    items = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/check-check-e49/items.csv")
    ties = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/check-check-e49/ties.csv")
    for what, p in (("items", items), ("ties", ties)):
        if sha(p) != SHA[what]:
            sys.exit(f"{p}: not the sampler output these verdicts were made on (sha256 differs)")
    if OUT.exists():
        sys.exit(f"{OUT} exists: not overwritten")
    out, used = [], set()
    for r in rows(items):
        key = (r["report"], r["kind"], r["label"], int(r["quote_start"]))
        if key not in ITEMS:
            sys.exit(f"no verdict for item {key}")
        used.add(key)
        out.append([r["report"], r["kind"], r["label"], r["alts"], "", r["quote_start"], r["quote"], r["sentence"],
                    *ITEMS[key]])
    for r in rows(ties):
        key = (r["report"], r["kind"], r["subject"], r["object"], int(r["quote_start"]))
        if key not in TIES:
            sys.exit(f"no verdict for tie {key}")
        used.add(key)
        out.append([r["report"], r["kind"], r["subject"], "", r["object"], r["quote_start"], r["quote"], r["sentence"],
                    *TIES[key]])
    unused = (set(ITEMS) | set(TIES)) - used
    if unused:
        sys.exit(f"verdicts without a sampled row: {sorted(unused)}")
    with open(OUT, "x", encoding="utf-8", newline="") as f:
        w = GuardedWriter(f)
        w.writerow(["report", "kind", "label", "alts", "object", "quote_start", "quote", "sentence",
                    "verdict", "category", "note"])
        for row in out:
            w.writerow(row)
    c = Counter((row[1], row[8]) for row in out)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(out)} rows; " + ", ".join(f"{k} {v}: {n}" for (k, v), n in sorted(c.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
