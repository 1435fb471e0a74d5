"""Verdicts of the forty-third blind hand check (e43): parks, projects and their ties of gansu-2026, zhejiang-2026 and
hailaer-2019, tool frozen at 50be48ae.

    PYTHONPATH=. python docs/checks/e43-verdicts.py /tmp/check-e43/items.csv /tmp/check-e43/ties.csv

reads the two CSVs of scripts/sample_entities.py (items: --cap 40 --seed 33048; ties: --ties), joins one verdict to
every row (items keyed by report, kind, label, quote_start; ties by report, kind, subject, object), refuses a row
without a verdict or a verdict without a row, and writes docs/checks/entity-precision-2027q.csv (items first, then
ties). It refuses to overwrite an existing CSV. Verdicts were written from the report text and
docs/annotation-guideline.md only.
"""
import csv
import sys
from pathlib import Path

from policykg.sheetcells import GuardedWriter, unguarded

OUT = Path(__file__).resolve().parent / "entity-precision-2027q.csv"
G, Z, H = "gansusheng-2026", "zhejiangsheng-2026", "hailaerqu-2019"
R, W = "right", "wrong"

# (report, kind, label, quote_start): (verdict, category, note)
ITEMS = {
    (G, "Park", "天水经济技术开发区", 4664): (R, "", ""),
    (G, "Park", "金昌经济技术开发区", 4677): (R, "", ""),
    (G, "Park", "庆阳东数西算产业园", 5325): (R, "", ""),
    (G, "Park", "中国（甘肃）自由贸易试验区", 9914): (R, "", "free-trade zone being applied for (申建)"),
    (G, "Park", "武威工业园区", 12960): (R, "", ""),
    (G, "Park", "嘉峪关国家高新技术产业开发区", 12976): (R, "", ""),
    (G, "Project", "泾川特大型铀矿", 823): (W, "not-a-project", "a newly proven ore deposit (新探明…矿产地), nothing built"),
    (G, "Project", "玉门超40吨金矿", 831): (W, "not-a-project", "a newly proven ore deposit, its size in the label"),
    (G, "Project", "陇电入鲁工程", 925): (R, "", ""),
    (G, "Project", "陇电入浙工程", 936): (R, "", ""),
    (G, "Project", "陇电入川工程", 947): (R, "", "具备核准条件: planned"),
    (G, "Project", "酒额铁路", 2812): (R, "", ""),
    (G, "Project", "平庆铁路", 2831): (R, "", ""),
    (G, "Project", "兰合铁路", 2836): (R, "", ""),
    (G, "Project", "天陇铁路", 2841): (R, "", ""),
    (G, "Project", "西成铁路甘肃段", 2846): (R, "", ""),
    (G, "Project", "兰张三四线铁路武张段", 2854): (R, "", ""),
    (G, "Project", "兰州轨道交通二号线", 2874): (R, "", ""),
    (G, "Project", "甘肃中部生态移民供水", 3012): (R, "", "member of …等工程, head written once"),
    (G, "Project", "引洮济合", 3023): (R, "", "member of …等工程"),
    (G, "Project", "西和县礼县西汉水人饮", 3037): (R, "", "member of …等工程"),
    (G, "Project", "阿克塞生态保护及城乡供水一体化", 3055): (R, "", "member of …等工程开工建设"),
    (G, "Project", "黄河甘肃段河道防洪治理", 3088): (R, "", "named work along one river: a project"),
    (G, "Project", "国家数据基础设施（甘肃）区域功能节点一期项目", 4295): (R, "", ""),
    (G, "Project", "国家外经贸提质增效示范项目", 4686): (W, "not-a-project", "borderline: a national pilot designation the zone is approved for, no named work"),
    (G, "Project", "中山大学附属肿瘤医院甘肃医院", 5718): (R, "", "建成投运"),
    (G, "Project", "上海市第一人民医院酒泉医院", 5733): (R, "", ""),
    (G, "Project", "上海中医药大学附属龙华医院甘肃医院", 5751): (R, "", "即将建成"),
    (G, "Project", "长春中医药大学附属医院定西医院", 5769): (R, "", ""),
    (G, "Project", "“七地一屏一通道”", 7285): (W, "not-a-project", "a strategic slogan of the province"),
    (G, "Project", "兰州铁路枢纽优化提升工程", 11925): (R, "", ""),
    (G, "Project", "武威机场", 11943): (R, "", "前期"),
    (G, "Project", "甘川新通道", 11984): (R, "", "a named expressway corridor being built (…等高速（一级）公路)"),
    (G, "Project", "引白济洮", 12098): (R, "", "water diversion work, 前期工作"),
    (G, "Project", "河西走廊水资源配置工程", 12124): (R, "", ""),
    (G, "Project", "百万吨化工新材料基地", 12735): (R, "", "borderline: an industrial base may be read as a park; 兰白 may scope it too"),
    (G, "Project", "金川四矿区贫矿资源综合开发利用", 12901): (R, "", ""),
    (G, "Project", "白银集团7万吨锌基合金", 12917): (R, "", ""),
    (G, "Project", "金川镍钴高品质镍基材料", 13122): (R, "", ""),
    (G, "Project", "巨化硅氟新材料", 13134): (R, "", ""),
    (G, "Project", "中国生物西北医美产业基地", 13159): (R, "", "borderline: an industrial base being built, park or project"),
    (G, "Project", "九龙川", 13575): (R, "", "borderline: member of …等煤矿建设, reads as a place name without the head"),
    (G, "Project", "唐家河", 13579): (R, "", "borderline: member of …等煤矿建设, reads as a river without the head"),
    (G, "Project", "东水泉东", 13583): (R, "", "member of …等煤矿建设"),
    (G, "Project", "平山湖", 13596): (R, "", "borderline: member of …等煤矿建设, reads as a lake/place without the head"),
    (G, "Project", "大堡子山", 16462): (R, "", "borderline: member of …等国家考古遗址公园建设, reads as the site without the head"),
    (H, "Park", "呼伦贝尔现代农牧业产业园", 1935): (R, "", "agricultural park, 完成总体规划设计"),
    (H, "Park", "鸿发祥低碳生态示范园", 1978): (W, "wrong-kind", "borderline: a firm's low-carbon farming demonstration project (…示范园项目进展顺利; 8978 鸿发祥低碳种养结合生态示范园建设), no firms drawn into it"),
    (H, "Park", "海拉尔区国际快件电商物流园", 7705): (R, "", "物流园 with 招商: a park"),
    (H, "Project", "龙运华府小区", 1386): (R, "", "borderline: a housing estate's name standing for its road (…小区2条棚改配套道路), optional by the list rule"),
    (H, "Project", "蒙拓农机3000台牧业机械生产线智能化升级改造项目", 1580): (R, "", ""),
    (H, "Project", "海拉尔热电厂蒸汽锅炉供热改造", 1606): (R, "", ""),
    (H, "Project", "海拉尔大数据中心（一期）工程", 1665): (R, "", "phase of 海拉尔大数据中心 (7559): one item"),
    (H, "Project", "呼伦贝尔政务云中心", 1684): (R, "", "投入使用"),
    (H, "Project", "海悦城项目一期", 1708): (R, "", ""),
    (H, "Project", "红星美凯龙商贸综合体项目", 1716): (R, "", ""),
    (H, "Project", "世界反法西斯战争海拉尔纪念园抗战遗址设施工程", 1833): (R, "", ""),
    (H, "Project", "哈克遗址博物馆", 1872): (W, "not-a-project", "borderline: an existing museum only run as a company (实现公司化运营), no works"),
    (H, "Project", "第十四届全国冬运会主场馆一期", 1887): (R, "", "已具备竞赛条件"),
    (H, "Project", "蒙草科技中心项目", 1956): (R, "", "开工建设"),
    (H, "Project", "鸿发祥低碳生态示范园项目", 1978): (R, "", ""),
    (H, "Project", "哈克镇改扩建", 2013): (W, "boundary", "place glued to the verb; the work is 标准化奶牛养殖圈舍 in 哈克镇"),
    (H, "Project", "俄罗斯赤塔市", 2383): (W, "not-a-project", "a sister city (国际友城)"),
    (H, "Project", "蒙古国乔巴山市", 2390): (W, "not-a-project", "a sister city (国际友城)"),
    (H, "Project", "团结村肉牛养殖", 5512): (R, "", "…等项目建设"),
    (H, "Project", "中心城区垃圾焚烧发电项目", 5901): (R, "", ""),
    (H, "Project", "生活垃圾填埋场渗滤液项目", 5914): (R, "", ""),
    (H, "Project", "“城市双修”工程", 6544): (W, "not-a-project", "borderline: a programme of city repair (a kind of work done in many places), though listed …等项目"),
    (H, "Project", "东山组团雨水排放工程", 6958): (R, "", ""),
    (H, "Project", "天然气管道", 6984): (W, "not-a-project", "a generic kind of municipal works (供水、供热、天然气管道、排水等市政项目)"),
    (H, "Project", "海拉尔大数据中心", 7559): (W, "duplicate", "the same work as 海拉尔大数据中心（一期）工程 (1665): a phase and its whole are one item"),
    (H, "Project", "海拉尔区国际快件电商物流园项目", 7705): (W, "wrong-kind", "borderline: the logistics park (also output as a Park) taken as a project"),
    (H, "Project", "世界反法西斯战争海拉尔纪念园抗战遗址保护工程", 8200): (R, "", "borderline: may be the same work as …遗址设施工程 (1833)"),
    (H, "Project", "哈克生态奶源基地", 9094): (R, "", "borderline: a dairy base being built, project or industrial base"),
    (H, "Project", "第三中学东山分校", 10827): (R, "", ""),
    (H, "Project", "正阳街小学教学综合楼", 10836): (R, "", ""),
    (H, "Project", "幸福小学", 10852): (R, "", ""),
    (H, "Project", "第四棚改配套幼儿园", 10872): (R, "", "member of 第三、第四棚改配套幼儿园"),
    (H, "Project", "桃李中学", 10882): (R, "", ""),
    (H, "Project", "哈克区域敬老院", 11598): (R, "", ""),
    (H, "Project", "殡仪馆新建项目", 11702): (R, "", "borderline: a work named by its kind alone (optional); label keeps 新建"),
    (Z, "Park", "衢州综合保税区", 2268): (R, "", ""),
    (Z, "Park", "杭州综合保税区", 2278): (R, "", ""),
    (Z, "Park", "宁波舟山港", 2361): (W, "not-a-park", "a port (throughput figures), no zone"),
    (Z, "Park", "长三角生态绿色一体化发展示范区", 3484): (W, "not-a-park", "borderline: a policy zone covering whole counties of three provinces"),
    (Z, "Park", "舟山港综合保税区", 18730): (R, "", ""),
    (Z, "Project", "西湖大学牵头建设全国重点实验室", 855): (W, "boundary", "university glued to the verb and the lab kind (…西湖大学牵头建设全国重点实验室)"),
    (Z, "Project", "温福高铁", 1626): (R, "", ""),
    (Z, "Project", "沪杭高铁", 1631): (R, "", ""),
    (Z, "Project", "润泽智算中心三期", 1636): (R, "", ""),
    (Z, "Project", "台州弗迪新能源动力电池", 1681): (R, "", ""),
    (Z, "Project", "杭衢高铁", 1693): (R, "", ""),
    (Z, "Project", "西湖大学三期", 1698): (R, "", ""),
    (Z, "Project", "义乌全球数贸中心", 2288): (R, "", "its 市场板块 开业运营"),
    (Z, "Project", "嘉兴南湖机场", 2489): (R, "", ""),
    (Z, "Project", "丽水机场", 2496): (R, "", ""),
    (Z, "Project", "方厅水院", 3506): (R, "", ""),
    (Z, "Project", "三澳核电二期", 4235): (R, "", ""),
    (Z, "Project", "中石化六横LNG接收站", 4242): (R, "", ""),
    (Z, "Project", "甘电入浙", 4261): (R, "", ""),
    (Z, "Project", "金七门核电一期", 4266): (R, "", ""),
    (Z, "Project", "浙江（华东）深远海风电母港", 4274): (R, "", ""),
    (Z, "Project", "金华（义乌）中欧班列集结中心", 6386): (R, "", "获批建设"),
    (Z, "Project", "良渚古城遗址公园", 6891): (R, "", "建成投用"),
    (Z, "Project", "杭州国家版本馆", 6900): (R, "", ""),
    (Z, "Project", "之江文化中心", 6908): (R, "", ""),
    (Z, "Project", "浙东运河", 6915): (W, "boundary", "cut from 浙东运河文化园"),
    (Z, "Project", "杭州芯光半导体芯片", 17904): (R, "", ""),
    (Z, "Project", "沪乍杭铁路", 17914): (R, "", ""),
    (Z, "Project", "诸暨至嵊州高速公路", 17920): (R, "", ""),
    (Z, "Project", "杭淳开高速公路", 17935): (R, "", ""),
    (Z, "Project", "衢州先导智能传感器", 17943): (R, "", ""),
    (Z, "Project", "湖州微腔电子纸显示器件", 17953): (R, "", ""),
    (Z, "Project", "台州温玉铁路", 17974): (R, "", ""),
    (Z, "Project", "杭州海康机器人", 17981): (R, "", ""),
    (Z, "Project", "丽水富乐德传感技术", 17989): (R, "", ""),
    (Z, "Project", "佛渡集装箱码头一期", 18848): (R, "", ""),
    (Z, "Project", "北仑支线复线", 18858): (R, "", ""),
    (Z, "Project", "梅山铁路专用线", 18865): (R, "", ""),
    (Z, "Project", "杭州", 19031): (W, "not-a-project", "borderline: a city standing for its airport in 提升杭州、宁波、温州机场枢纽能级 (raising existing hubs, no named work)"),
    (Z, "Project", "宁波", 19034): (W, "not-a-project", "borderline: as 杭州 (19031)"),
    (Z, "Project", "嘉兴专业性航空货运枢纽", 19048): (R, "", ""),
    (Z, "Project", "义乌机场改扩建", 19062): (R, "", "borderline: label keeps the act 改扩建 (义乌机场 the plain name)"),
    (Z, "Project", "横店国际影视文化创新中心", 20639): (R, "", "建设"),
}

# (report, kind, subject, object): (verdict, category, note). A tie is right when its two ends are items judged
# right and the text states the tie or the place is written in the item's own name.
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
    (G, "tie project-place", "上海中医药大学附属龙华医院甘肃医院", "Gansu Province|甘肃省"): (R, "", "place in the name"),
    (G, "tie project-place", "西成铁路甘肃段", "Gansu Province|甘肃省"): (R, "", "place in the name"),
    (G, "tie project-place", "中山大学附属肿瘤医院甘肃医院", "Gansu Province|甘肃省"): (R, "", "place in the name"),
    (H, "tie park-place", "海拉尔区国际快件电商物流园", "Hailaer District|海拉尔区"): (R, "", "place in the name"),
    (H, "tie project-place", "海拉尔大数据中心", "Hailaer District|海拉尔区"): (R, "", "place in the name; its project is a duplicate of the phase's"),
    (H, "tie project-place", "海拉尔大数据中心（一期）工程", "Hailaer District|海拉尔区"): (R, "", "place in the name"),
    (H, "tie project-place", "海拉尔区国际快件电商物流园项目", "Hailaer District|海拉尔区"): (W, "wrong-kind", "borderline: place in the name, but the subject is the park taken as a project"),
    (H, "tie project-place", "海拉尔热电厂蒸汽锅炉供热改造", "Hailaer District|海拉尔区"): (R, "", "place in the name"),
    (H, "tie project-place", "世界反法西斯战争海拉尔纪念园抗战遗址保护工程", "Hailaer District|海拉尔区"): (R, "", "place in the name"),
    (H, "tie project-place", "世界反法西斯战争海拉尔纪念园抗战遗址设施工程", "Hailaer District|海拉尔区"): (R, "", "place in the name"),
    (H, "tie park-place", "呼伦贝尔现代农牧业产业园", "Hulunbeier City|呼伦贝尔市"): (R, "", "place in the name"),
    (H, "tie project-place", "呼伦贝尔政务云中心", "Hulunbeier City|呼伦贝尔市"): (R, "", "place in the name"),
    (Z, "tie park-place", "杭州综合保税区", "Hangzhou City|杭州市"): (R, "", "place in the name"),
    (Z, "tie project-place", "杭州", "Hangzhou City|杭州市"): (W, "not-a-project", "the subject is the city, not a project"),
    (Z, "tie project-place", "杭州国家版本馆", "Hangzhou City|杭州市"): (R, "", "place in the name"),
    (Z, "tie project-place", "杭州海康机器人", "Hangzhou City|杭州市"): (R, "", "place in the name"),
    (Z, "tie project-place", "杭州芯光半导体芯片", "Hangzhou City|杭州市"): (R, "", "place in the name"),
    (Z, "tie park-place", "衢州综合保税区", "Quzhou City|衢州市"): (R, "", "place in the name"),
    (Z, "tie project-place", "衢州先导智能传感器", "Quzhou City|衢州市"): (R, "", "place in the name"),
    (Z, "tie park-place", "舟山港综合保税区", "Zhoushan City|舟山市"): (R, "", "place in the name"),
    (G, "tie project-place", "阿克塞生态保护及城乡供水一体化", "Akesai Autonomous County|阿克塞哈萨克族自治县"): (R, "", "place (short form) in the name"),
    (G, "tie project-place", "长春中医药大学附属医院定西医院", "Dingxi City|定西市"): (R, "", "place in the name"),
    (G, "tie project-place", "郭家台", "郭家台"): (W, "other", "the coal mine's own name taken as a place it lies in"),
    (G, "tie project-park", "国家外经贸提质增效示范项目", "金昌经济技术开发区"): (W, "not-a-project", "borderline: stated (金昌经开区获批建设…), but the subject is a pilot designation, not a project"),
    (G, "tie project-place", "金川镍钴高品质镍基材料", "Jinchuan District|金川区"): (W, "other", "金川 here is the firm (金川集团), not the district"),
    (G, "tie project-place", "金川四矿区贫矿资源综合开发利用", "Jinchuan District|金川区"): (W, "other", "borderline: 金川 names the firm's mine field, not the district; tie not stated"),
    (G, "tie project-place", "泾川特大型铀矿", "Jingchuan County|泾川县"): (W, "not-a-project", "place in the name, but the subject is an ore deposit, not a project"),
    (G, "tie project-place", "兰州轨道交通二号线", "Lanzhou City|兰州市"): (R, "", "place in the name"),
    (G, "tie project-place", "兰州铁路枢纽优化提升工程", "Lanzhou City|兰州市"): (R, "", "place in the name"),
    (G, "tie project-place", "兰州中川国际机场三期", "Lanzhou City|兰州市"): (R, "", "place in the name"),
    (G, "tie project-place", "临夏机场", "Linxia Autonomous Prefecture|临夏回族自治州"): (R, "", "place in the name"),
    (G, "tie project-place", "上海市第一人民医院酒泉医院", "Shanghai Municipality|上海市"): (W, "other", "上海市 names the parent hospital; the work is in 酒泉"),
    (G, "tie project-place", "西和县礼县西汉水人饮", "西和县礼县"): (W, "boundary", "two counties glued into one place (西和县, 礼县)"),
    (G, "tie project-place", "玉门超40吨金矿", "Yumen City|玉门市"): (W, "not-a-project", "place in the name, but the subject is an ore deposit"),
    (H, "tie project-place", "哈克区域敬老院", "哈克镇"): (R, "", "place in the name"),
    (H, "tie project-place", "哈克生态奶源基地", "哈克镇"): (R, "", "place in the name"),
    (H, "tie project-place", "哈克遗址博物馆", "哈克镇"): (W, "not-a-project", "borderline: the subject is an existing museum (item judged not a project)"),
    (H, "tie project-place", "哈克镇改扩建", "哈克镇"): (W, "boundary", "borderline: the text places the cowshed works in 哈克镇, but the subject's label is glued"),
    (Z, "tie project-place", "北仑支线复线", "Beilun District|北仑区"): (R, "", "place in the name"),
    (Z, "tie project-park", "方厅水院", "长三角生态绿色一体化发展示范区"): (W, "not-a-park", "borderline: stated, but the object is a policy zone, not a park"),
    (Z, "tie project-place", "湖州微腔电子纸显示器件", "Huzhou City|湖州市"): (R, "", "place in the name"),
    (Z, "tie project-place", "嘉兴南湖机场", "Jiaxing City|嘉兴市"): (R, "", "place in the name"),
    (Z, "tie project-place", "嘉兴专业性航空货运枢纽", "Jiaxing City|嘉兴市"): (R, "", "place in the name"),
    (Z, "tie project-place", "金华（义乌）中欧班列集结中心", "Jinhua City|金华市"): (R, "", "place in the name"),
    (Z, "tie project-place", "丽水富乐德传感技术", "Lishui City|丽水市"): (R, "", "place in the name"),
    (Z, "tie project-place", "丽水机场", "Lishui City|丽水市"): (R, "", "place in the name"),
    (Z, "tie project-place", "宁波", "Ningbo City|宁波市"): (W, "not-a-project", "the subject is the city, not a project"),
    (Z, "tie project-place", "台州弗迪新能源动力电池", "Taizhou City|台州市"): (R, "", "place in the name"),
    (Z, "tie project-place", "台州温玉铁路", "Taizhou City|台州市"): (R, "", "place in the name"),
    (Z, "tie project-place", "西湖大学牵头建设全国重点实验室", "Xihu District|西湖区"): (W, "boundary", "subject glued; 西湖 names the university, not the district"),
    (Z, "tie project-place", "西湖大学三期", "Xihu District|西湖区"): (W, "other", "西湖 in 西湖大学 is the lake's name in the university's, not 西湖区; tie not stated"),
    (Z, "tie project-place", "义乌机场改扩建", "Yiwu City|义乌市"): (R, "", "place in the name"),
    (Z, "tie project-place", "义乌全球数贸中心", "Yiwu City|义乌市"): (R, "", "place in the name"),
    (Z, "tie project-place", "浙江（华东）深远海风电母港", "Zhejiang Province|浙江省"): (R, "", "place in the name"),
}

COLUMNS = ["report", "kind", "label", "alts", "subject", "object", "quote_start", "quote", "sentence", "verdict",
           "category", "note"]


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [{k: unguarded(v) for k, v in r.items()} for r in csv.DictReader(f)]


def main(items_csv, ties_csv):
    if OUT.exists():
        sys.exit(f"{OUT} exists: not overwritten")
    out, seen = [], set()
    for r in rows(items_csv):
        key = (r["report"], r["kind"], r["label"], int(r["quote_start"]))
        if key not in ITEMS:
            sys.exit(f"no verdict for item {key}")
        seen.add(("item",) + key)
        r["verdict"], r["category"], r["note"] = ITEMS[key]
        out.append(r)
    for r in rows(ties_csv):
        key = (r["report"], r["kind"], r["subject"], r["object"])
        if key not in TIES:
            sys.exit(f"no verdict for tie {key}")
        seen.add(("tie",) + key)
        r["verdict"], r["category"], r["note"] = TIES[key]
        out.append(r)
    extra = ({("item",) + k for k in ITEMS} | {("tie",) + k for k in TIES}) - seen
    if extra:
        sys.exit(f"verdicts without a row: {sorted(extra)}")
    for r in out:
        assert r["verdict"] in (R, W) and (r["verdict"] == R) == (r["category"] == ""), r
    with open(OUT, "x", newline="", encoding="utf-8") as f:
        w = GuardedWriter(f)
        w.writerow(COLUMNS)
        for r in out:
            w.writerow([r.get(c, "") for c in COLUMNS])
    print(f"wrote {OUT}: {len(out)} rows")


if __name__ == "__main__":
    main(*(sys.argv[1:3] or ["/tmp/check-e43/items.csv", "/tmp/check-e43/ties.csv"]))
