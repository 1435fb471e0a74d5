"""Verdicts of the blind hand check check-e52 (the fifty-second check): parks, projects and their ties.

Commit judged: 901858346b0b04c304d47f7ae3a9a6366ebc57ac (worktree /work/freeze-check-e52, branch check-e52).
Reports (held out this time): data/corpus/provincial-2026/zhejiang-2026.txt (zhejiangsheng-2026),
data/corpus/provincial-2026/gansu-2026.txt (gansusheng-2026), data/corpus/hailaer/hailaer-2019.txt (hailaerqu-2019).
Sample: --cap 40 --seed 33065 (gansu: 40 of 62 projects drawn; every other park and project listed); ties: all.

Commands:

    export PYTHONPATH=/work/freeze-check-e52; PY=/work/main/.venv/bin/python; mkdir -p /tmp/check-check-e52
    $PY -m policykg build data/corpus/provincial-2026/zhejiang-2026.txt data/corpus/provincial-2026/gansu-2026.txt \
        data/corpus/hailaer/hailaer-2019.txt --out /tmp/check-check-e52/out
    $PY scripts/sample_entities.py /tmp/check-check-e52/out --cap 40 --seed 33065 > /tmp/check-check-e52/items.csv
    $PY scripts/sample_entities.py /tmp/check-check-e52/out --ties > /tmp/check-check-e52/ties.csv
    $PY docs/checks/check-e52-verdicts.py /tmp/check-check-e52/items.csv /tmp/check-check-e52/ties.csv

Every verdict was given by hand, reading the item at its offset and the whole report (policykg.read.read_report)
against docs/annotation-guideline.md, without seeing any earlier check, annotation or score. ITEMS is keyed
(report, kind, label, quote_start), TIES (report, kind, subject, object, quote_start); each value is
(verdict, category, note). A note opening "borderline:" marks a verdict two careful readers could give the other
way (an optional item counted right, or an unsure wrong).

Run with the two CSVs, the script reads them through sheetcells.unguarded, exits 1 naming every row without a
verdict and every verdict without a row, else writes docs/checks/entity-precision-2027z.csv with GuardedWriter,
opened with mode "x" (it refuses to overwrite the sheet).
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from policykg.sheetcells import GuardedWriter, unguarded  # noqa: E402

OUT = ROOT / "docs" / "checks" / "entity-precision-2027z.csv"
COLUMNS = ["report", "kind", "label", "alts", "subject", "object", "quote_start", "quote", "sentence",
           "verdict", "category", "note"]

ITEMS = {
    ('gansusheng-2026', 'Park', '天水经济技术开发区', 4664): ('right', '', 'named development zone; the report writes only 天水经开区 (alt)'),
    ('gansusheng-2026', 'Park', '金昌经济技术开发区', 4677): ('right', '', 'named development zone (金昌经开区)'),
    ('gansusheng-2026', 'Park', '庆阳东数西算产业园', 5325): ('right', '', 'named industrial park, one zone (入选…零碳园区建设名单)'),
    ('gansusheng-2026', 'Park', '中国（甘肃）自由贸易试验区', 9914): ('right', '', 'free-trade pilot zone being applied for (积极申建); the guideline lists free-trade zones as parks'),
    ('gansusheng-2026', 'Park', '武威工业园区', 12960): ('right', '', 'named industrial park (创建国家经开区)'),
    ('gansusheng-2026', 'Park', '嘉峪关高新技术产业开发区', 12976): ('right', '', 'named high-tech zone (加快嘉峪关国家高新区建设); alt as written'),
    ('gansusheng-2026', 'Project', '泾川特大型铀矿', 823): ('wrong', 'not-a-project', 'a deposit newly found (新探明…矿产地): a resource that exists, no work planned or built'),
    ('gansusheng-2026', 'Project', '玉门超40吨金矿', 831): ('wrong', 'not-a-project', 'a gold deposit newly found (新探明); no work; the size 超40吨 is no name either'),
    ('gansusheng-2026', 'Project', '陇电入鲁工程', 925): ('right', '', '建成投运'),
    ('gansusheng-2026', 'Project', '陇电入浙工程', 936): ('right', '', '开工建设; built in 2026 (建成陇电入浙工程)'),
    ('gansusheng-2026', 'Project', '陇电入川工程', 947): ('right', '', '具备核准条件; 2026: 开工建设陇电入川工程'),
    ('gansusheng-2026', 'Project', '兰张三四线铁路中武段', 2793): ('right', '', 'section of a railway, 建成投运'),
    ('gansusheng-2026', 'Project', '银兰高铁中兰段', 2804): ('right', '', 'section of a high-speed railway, 建成投运'),
    ('gansusheng-2026', 'Project', '中川机场环线铁路', 2817): ('right', '', '建成投运'),
    ('gansusheng-2026', 'Project', '平庆铁路', 2831): ('right', '', '加快建设'),
    ('gansusheng-2026', 'Project', '西成铁路甘肃段', 2846): ('right', '', '加快建设; section named with the province'),
    ('gansusheng-2026', 'Project', '兰州中川国际机场三期', 2971): ('right', '', 'phase of the airport, 建成投运'),
    ('gansusheng-2026', 'Project', '引洮二期', 3000): ('wrong', 'boundary', 'borderline: the work written is 引洮二期骨干及城乡配套(工程) (建成通水); the label cuts the name to the phase, which the report never writes alone'),
    ('gansusheng-2026', 'Project', '甘肃中部生态移民供水', 3012): ('right', '', '工程建成通水; head 工程 written once for the list'),
    ('gansusheng-2026', 'Project', '景电二期提质增效', 3028): ('right', '', 'named upgrade works of 景电二期, 建成通水'),
    ('gansusheng-2026', 'Project', '阿克塞生态保护及城乡供水一体化', 3055): ('right', '', '工程开工建设; 2026 建成'),
    ('gansusheng-2026', 'Project', '景电灌区现代化改造', 3071): ('right', '', 'modernisation works of one named irrigation district, 开工建设'),
    ('gansusheng-2026', 'Project', '榆安大型灌区', 3081): ('right', '', 'named irrigation district works, 开工建设'),
    ('gansusheng-2026', 'Project', '黄河甘肃段河道防洪治理', 3088): ('right', '', 'flood-control works along one river in the province: a project (hard case, one river)'),
    ('gansusheng-2026', 'Project', '国家数据基础设施（甘肃）区域功能节点一期项目', 4295): ('right', '', '建成'),
    ('gansusheng-2026', 'Project', '中山大学附属肿瘤医院甘肃医院', 5718): ('right', '', 'regional medical centre hospital, 建成投运'),
    ('gansusheng-2026', 'Project', '上海中医药大学附属龙华医院甘肃医院', 5751): ('right', '', '即将建成'),
    ('gansusheng-2026', 'Project', '长春中医药大学附属医院定西医院', 5769): ('right', '', '即将建成'),
    ('gansusheng-2026', 'Project', '兰州铁路枢纽优化提升工程', 11925): ('right', '', '前期 of a named rail works'),
    ('gansusheng-2026', 'Project', '定平铁路', 11938): ('right', '', 'railway in preparation (前期)'),
    ('gansusheng-2026', 'Project', '引白济洮', 12098): ('right', '', 'named water-diversion project, 开展前期工作'),
    ('gansusheng-2026', 'Project', '河西走廊水资源配置工程', 12124): ('right', '', 'named water-allocation project being sought (争取…纳入南水北调西线一期范围)'),
    ('gansusheng-2026', 'Project', '崖州湾国家实验室西北创新基地', 12369): ('right', '', 'named research base being built (加快…建设)'),
    ('gansusheng-2026', 'Project', '白银集团7万吨锌基合金', 12917): ('right', '', "firm + capacity + product: the project's own name, 等项目建设"),
    ('gansusheng-2026', 'Project', '巨化硅氟新材料', 13134): ('right', '', "等重点项目; the review's 巨化硅氟新材料项目 is the same item"),
    ('gansusheng-2026', 'Project', '中国生物西北医美产业基地', 13159): ('right', '', "borderline: one firm's base being built (建设); a project, though an industrial base of a named site could be read as a park"),
    ('gansusheng-2026', 'Project', '唐家河', 13579): ('right', '', 'borderline: member of 九龙川、唐家河…等煤矿建设 written as its place (a river/village name): optional by the list rule'),
    ('gansusheng-2026', 'Project', '东水泉东', 13583): ('right', '', 'borderline: member of …等煤矿建设 written as its place: optional by the list rule'),
    ('gansusheng-2026', 'Project', '安家庄', 13588): ('right', '', 'borderline: member of …等煤矿建设 written as its place (a village name): optional by the list rule'),
    ('gansusheng-2026', 'Project', '郭家台', 13592): ('right', '', 'borderline: member of …等煤矿建设 written as its place: optional by the list rule'),
    ('gansusheng-2026', 'Project', '平山湖', 13596): ('right', '', 'borderline: member of …等煤矿建设 written as its place (a lake/town name): optional by the list rule'),
    ('gansusheng-2026', 'Project', '大堡子山', 16462): ('right', '', 'borderline: member of 大地湾、大堡子山、锁阳城等国家考古遗址公园建设, written as the site (a hill): optional by the list rule'),
    ('gansusheng-2026', 'Project', '黄河国家文化公园甘肃段', 16509): ('right', '', 'borderline: section of a national cultural park being built (加快…建设); one named work in the province, though close to a programme'),
    ('gansusheng-2026', 'Project', '省人民医院国家重大传染病防治基地', 17568): ('right', '', '等重点项目'),
    ('gansusheng-2026', 'Project', '省中医院中医药传承创新中心', 17585): ('right', '', '等重点项目'),
    ('gansusheng-2026', 'Project', '兰大二院国家紧急医学救援基地', 17599): ('right', '', '等重点项目'),
    ('hailaerqu-2019', 'Park', '呼伦贝尔现代农牧业产业园', 1935): ('right', '', 'borderline: agricultural park planned (完成总体规划设计), later counted among 重点项目 (…等重点项目进度): a zone the text counts as projects is an optional park'),
    ('hailaerqu-2019', 'Park', '鸿发祥低碳生态示范园', 1978): ('right', '', 'borderline: 奶牛大县种养结合、鸿发祥低碳生态示范园项目进展顺利: a zone the text counts as a project is an optional park; later written 鸿发祥低碳种养结合生态示范园'),
    ('hailaerqu-2019', 'Park', '海拉尔区国际快件电商物流园', 7705): ('right', '', 'logistics park with 招商 and facilities planned in it'),
    ('hailaerqu-2019', 'Project', '龙运华府小区', 1386): ('right', '', "borderline: member of 龙运华府小区、东方明珠小区2条棚改配套道路: the work is the compound's road; the member reads as the compound: optional by the list rule"),
    ('hailaerqu-2019', 'Project', '蒙拓农机3000台牧业机械生产线智能化升级改造项目', 1580): ('right', '', '等项目进展顺利'),
    ('hailaerqu-2019', 'Project', '海拉尔热电厂蒸汽锅炉供热改造', 1606): ('right', '', "named works at the district's power plant, 等项目进展顺利"),
    ('hailaerqu-2019', 'Project', '海拉尔大数据中心（一期）工程', 1665): ('wrong', 'duplicate', 'phase of 海拉尔大数据中心, which the report names elsewhere (继续推进海拉尔大数据中心建设) and the tool extracted too: one item, the phase an alt'),
    ('hailaerqu-2019', 'Project', '呼伦贝尔政务云中心', 1684): ('right', '', '投入使用: put into operation'),
    ('hailaerqu-2019', 'Project', '海悦城项目一期', 1708): ('right', '', '部分试营业; label as written'),
    ('hailaerqu-2019', 'Project', '红星美凯龙商贸综合体项目', 1716): ('right', '', '部分试营业'),
    ('hailaerqu-2019', 'Project', '世界反法西斯战争海拉尔纪念园抗战遗址设施工程', 1833): ('right', '', '进展顺利'),
    ('hailaerqu-2019', 'Project', '哈克遗址博物馆', 1872): ('wrong', 'not-a-project', 'an existing museum put under company operation (实现公司化运营): no works on it'),
    ('hailaerqu-2019', 'Project', '第十四届全国冬运会主场馆一期', 1887): ('right', '', '已具备竞赛条件; 2019 加快…主场馆…等重点项目进度'),
    ('hailaerqu-2019', 'Project', '蒙草科技中心项目', 1956): ('right', '', '开工建设'),
    ('hailaerqu-2019', 'Project', '哈克镇改扩建', 2013): ('wrong', 'boundary', '哈克镇改扩建标准化奶牛养殖圈舍等基础设施: the label is the town and the verb; the work is the barns (哈克镇标准化奶牛养殖圈舍)'),
    ('hailaerqu-2019', 'Project', '俄罗斯赤塔市', 2383): ('wrong', 'wrong-kind', 'a city (国际友城): a Place, not a project'),
    ('hailaerqu-2019', 'Project', '蒙古国乔巴山市', 2390): ('wrong', 'wrong-kind', 'a city (国际友城): a Place, not a project'),
    ('hailaerqu-2019', 'Project', '团结村肉牛养殖', 5512): ('right', '', '推进团结村肉牛养殖等项目建设: village + work'),
    ('hailaerqu-2019', 'Project', '中心城区垃圾焚烧发电项目', 5901): ('right', '', '加快…项目建设进程; a kind with its site (中心城区)'),
    ('hailaerqu-2019', 'Project', '生活垃圾填埋场渗滤液项目', 5914): ('right', '', "borderline: a kind of work with its site only (the landfill's leachate project): near a work named by its kind alone"),
    ('hailaerqu-2019', 'Project', '“城市双修”工程', 6544): ('wrong', 'not-a-project', 'borderline: 城市双修 is a national programme kind (ecological restoration and city repair) done in many places, though listed among 项目 here'),
    ('hailaerqu-2019', 'Project', '东山组团雨水排放工程', 6958): ('right', '', '等项目进展'),
    ('hailaerqu-2019', 'Project', '天然气管道', 6984): ('wrong', 'not-a-project', '供水、供热、天然气管道、排水等市政项目: a generic kind'),
    ('hailaerqu-2019', 'Project', '海拉尔大数据中心', 7559): ('right', '', '继续推进…建设; the whole of which the (一期)工程 is a phase'),
    ('hailaerqu-2019', 'Project', '世界反法西斯战争海拉尔纪念园抗战遗址保护工程', 8200): ('right', '', "borderline: 做好…保护工程; may be the same works as the review's …抗战遗址设施工程 (then a duplicate)"),
    ('hailaerqu-2019', 'Project', '哈克生态奶源基地', 9094): ('right', '', "borderline: 深入推进哈克生态奶源基地建设; the guideline's own example makes 生态奶源基地 optional"),
    ('hailaerqu-2019', 'Project', '第三中学东山分校', 10827): ('right', '', '前期准备工作 of a named school branch'),
    ('hailaerqu-2019', 'Project', '正阳街小学教学综合楼', 10836): ('right', '', '前期准备工作'),
    ('hailaerqu-2019', 'Project', '幸福小学', 10852): ('right', '', '前期准备工作'),
    ('hailaerqu-2019', 'Project', '第四棚改配套幼儿园', 10872): ('right', '', 'member of 第三、第四棚改配套幼儿园 (新建续建项目), written whole; site in the name'),
    ('hailaerqu-2019', 'Project', '桃李中学', 10882): ('right', '', '新建续建项目'),
    ('hailaerqu-2019', 'Project', '哈克区域敬老院', 11598): ('right', '', '重点推进…建设; site in the name'),
    ('hailaerqu-2019', 'Project', '殡仪馆新建项目', 11702): ('right', '', 'borderline: a work named by its kind alone (the funeral home), written 殡仪馆新建项目: optional'),
    ('zhejiangsheng-2026', 'Park', '衢州综合保税区', 2268): ('right', '', 'comprehensive bonded zone, 封关运作'),
    ('zhejiangsheng-2026', 'Park', '杭州综合保税区', 2278): ('right', '', 'comprehensive bonded zone, 扩区'),
    ('zhejiangsheng-2026', 'Park', '宁波舟山港', 2361): ('wrong', 'not-a-park', 'a port, not a bounded economic zone (its throughput is the figure)'),
    ('zhejiangsheng-2026', 'Park', '长三角生态绿色一体化发展示范区', 3484): ('wrong', 'not-a-park', 'borderline: a regional policy demonstration zone covering whole counties (青浦、吴江、嘉善): a policy zone, not a park'),
    ('zhejiangsheng-2026', 'Park', '舟山港综合保税区', 18730): ('right', '', 'comprehensive bonded zone, 扩区'),
    ('zhejiangsheng-2026', 'Project', '西湖大学牵头建设全国重点实验室', 855): ('wrong', 'not-a-project', 'a verb phrase (universities 牵头建设 national key labs): a generic kind with its builders, no named work'),
    ('zhejiangsheng-2026', 'Project', '温福高铁', 1626): ('right', '', '开工建设'),
    ('zhejiangsheng-2026', 'Project', '沪杭高铁', 1631): ('right', '', '开工建设 as the text says'),
    ('zhejiangsheng-2026', 'Project', '润泽智算中心三期', 1636): ('right', '', '开工建设'),
    ('zhejiangsheng-2026', 'Project', '台州弗迪新能源动力电池', 1681): ('right', '', "a firm's plant counted among the projects (等项目建成投用): required"),
    ('zhejiangsheng-2026', 'Project', '杭衢高铁', 1693): ('right', '', '建成投用'),
    ('zhejiangsheng-2026', 'Project', '西湖大学三期', 1698): ('right', '', 'campus phase, 建成投用'),
    ('zhejiangsheng-2026', 'Project', '义乌全球数贸中心', 2288): ('right', '', 'market section 开业运营; 2026 建强义乌全球数贸中心'),
    ('zhejiangsheng-2026', 'Project', '嘉兴南湖机场', 2489): ('right', '', '建成投运'),
    ('zhejiangsheng-2026', 'Project', '丽水机场', 2496): ('right', '', '建成投运'),
    ('zhejiangsheng-2026', 'Project', '方厅水院', 3506): ('right', '', '标志性项目建成投运'),
    ('zhejiangsheng-2026', 'Project', '三澳核电二期', 4235): ('right', '', '开工建设'),
    ('zhejiangsheng-2026', 'Project', '中石化六横LNG接收站', 4242): ('right', '', '开工建设'),
    ('zhejiangsheng-2026', 'Project', '甘电入浙', 4261): ('right', '', '加快推进'),
    ('zhejiangsheng-2026', 'Project', '金七门核电一期', 4266): ('right', '', '加快推进'),
    ('zhejiangsheng-2026', 'Project', '浙江（华东）深远海风电母港', 4274): ('right', '', '加快推进'),
    ('zhejiangsheng-2026', 'Project', '金华（义乌）中欧班列集结中心', 6386): ('right', '', '获批建设'),
    ('zhejiangsheng-2026', 'Project', '良渚古城遗址公园', 6891): ('right', '', '文化地标建成投用'),
    ('zhejiangsheng-2026', 'Project', '杭州国家版本馆', 6900): ('right', '', '建成投用'),
    ('zhejiangsheng-2026', 'Project', '之江文化中心', 6908): ('right', '', '建成投用'),
    ('zhejiangsheng-2026', 'Project', '浙东运河', 6915): ('wrong', 'boundary', 'the text writes 浙东运河文化园 (建成投用); 浙东运河 alone is the canal'),
    ('zhejiangsheng-2026', 'Project', '杭州芯光半导体芯片', 17904): ('right', '', '开工建设…等项目'),
    ('zhejiangsheng-2026', 'Project', '沪乍杭铁路', 17914): ('right', '', '开工建设'),
    ('zhejiangsheng-2026', 'Project', '诸暨至嵊州高速公路', 17920): ('right', '', '开工建设; route with both ends'),
    ('zhejiangsheng-2026', 'Project', '杭淳开高速公路', 17935): ('right', '', '加快…建设进度'),
    ('zhejiangsheng-2026', 'Project', '衢州先导智能传感器', 17943): ('right', '', '加快…建设进度'),
    ('zhejiangsheng-2026', 'Project', '湖州微腔电子纸显示器件', 17953): ('right', '', '加快…建设进度'),
    ('zhejiangsheng-2026', 'Project', '台州温玉铁路', 17974): ('right', '', '建成投运'),
    ('zhejiangsheng-2026', 'Project', '杭州海康机器人', 17981): ('right', '', "a firm's project counted among the projects (等项目建成投运): required"),
    ('zhejiangsheng-2026', 'Project', '丽水富乐德传感技术', 17989): ('right', '', '等项目建成投运'),
    ('zhejiangsheng-2026', 'Project', '佛渡集装箱码头一期', 18848): ('right', '', '重大项目建设'),
    ('zhejiangsheng-2026', 'Project', '北仑支线复线', 18858): ('right', '', '重大项目建设'),
    ('zhejiangsheng-2026', 'Project', '梅山铁路专用线', 18865): ('right', '', '重大项目建设'),
    ('zhejiangsheng-2026', 'Project', '杭州机场', 19031): ('wrong', 'not-a-project', 'borderline: 提升杭州、宁波、温州机场枢纽能级: existing airports whose hub level is to be raised, a goal, no named work; the member reads as the city (at best optional)'),
    ('zhejiangsheng-2026', 'Project', '宁波机场', 19034): ('wrong', 'not-a-project', 'borderline: 提升杭州、宁波、温州机场枢纽能级: existing airport, a goal, no named work; the member reads as the city'),
    ('zhejiangsheng-2026', 'Project', '嘉兴专业性航空货运枢纽', 19048): ('right', '', '建设: a named facility with its place'),
    ('zhejiangsheng-2026', 'Project', '义乌机场改扩建', 19062): ('right', '', "加快义乌机场改扩建: the works written with their treatment, as the guideline's 黑羊站水厂扩能改造"),
    ('zhejiangsheng-2026', 'Project', '横店国际影视文化创新中心', 20639): ('right', '', '加快…建设: a named centre being built'),
}

TIES = {
    ('gansusheng-2026', 'tie park-place', '嘉峪关高新技术产业开发区', 'Jiayuguan City|嘉峪关市', 12976): ('right', '', 'place in the name (嘉峪关)'),
    ('gansusheng-2026', 'tie park-place', '金昌经济技术开发区', 'Jinchang City|金昌市', 4677): ('right', '', 'place in the name'),
    ('gansusheng-2026', 'tie park-place', '庆阳东数西算产业园', 'Qingyang City|庆阳市', 5325): ('right', '', 'place in the name'),
    ('gansusheng-2026', 'tie park-place', '天水经济技术开发区', 'Tianshui City|天水市', 4664): ('right', '', 'place in the name'),
    ('gansusheng-2026', 'tie park-place', '武威工业园区', 'Wuwei City|武威市', 12960): ('right', '', 'place in the name'),
    ('gansusheng-2026', 'tie project-place', '武威机场', 'Wuwei City|武威市', 11943): ('right', '', 'place in the name'),
    ('gansusheng-2026', 'tie park-place', '中国（甘肃）自由贸易试验区', 'Gansu Province|甘肃省', 9914): ('right', '', 'province in the name'),
    ('gansusheng-2026', 'tie project-place', '甘肃中部生态移民供水', 'Gansu Province|甘肃省', 3012): ('right', '', 'province in the name'),
    ('gansusheng-2026', 'tie project-place', '国家数据基础设施（甘肃）区域功能节点一期项目', 'Gansu Province|甘肃省', 4295): ('right', '', 'province in the name'),
    ('gansusheng-2026', 'tie project-place', '黄河甘肃段河道防洪治理', 'Gansu Province|甘肃省', 3088): ('right', '', 'province in the name'),
    ('gansusheng-2026', 'tie project-place', '黄河国家文化公园甘肃段', 'Gansu Province|甘肃省', 16509): ('right', '', 'province in the name'),
    ('gansusheng-2026', 'tie project-place', '上海中医药大学附属龙华医院甘肃医院', 'Gansu Province|甘肃省', 5751): ('right', '', 'province in the name (甘肃医院)'),
    ('gansusheng-2026', 'tie project-place', '西成铁路甘肃段', 'Gansu Province|甘肃省', 2846): ('right', '', 'province in the name'),
    ('gansusheng-2026', 'tie project-place', '中山大学附属肿瘤医院甘肃医院', 'Gansu Province|甘肃省', 5718): ('right', '', 'province in the name'),
    ('hailaerqu-2019', 'tie park-place', '海拉尔区国际快件电商物流园', 'Hailaer District|海拉尔区', 7705): ('right', '', 'district in the name'),
    ('hailaerqu-2019', 'tie project-place', '海拉尔大数据中心', 'Hailaer District|海拉尔区', 7559): ('right', '', "the report's own area in the name (海拉尔)"),
    ('hailaerqu-2019', 'tie project-place', '海拉尔大数据中心（一期）工程', 'Hailaer District|海拉尔区', 1665): ('right', '', "the report's own area in the name"),
    ('hailaerqu-2019', 'tie project-place', '海拉尔热电厂蒸汽锅炉供热改造', 'Hailaer District|海拉尔区', 1606): ('right', '', '海拉尔 in the name'),
    ('hailaerqu-2019', 'tie project-place', '世界反法西斯战争海拉尔纪念园抗战遗址保护工程', 'Hailaer District|海拉尔区', 8200): ('right', '', '海拉尔 in the name'),
    ('hailaerqu-2019', 'tie project-place', '世界反法西斯战争海拉尔纪念园抗战遗址设施工程', 'Hailaer District|海拉尔区', 1833): ('right', '', '海拉尔 in the name'),
    ('hailaerqu-2019', 'tie park-place', '呼伦贝尔现代农牧业产业园', 'Hulunbeier City|呼伦贝尔市', 1935): ('right', '', 'city in the name'),
    ('hailaerqu-2019', 'tie project-place', '呼伦贝尔政务云中心', 'Hulunbeier City|呼伦贝尔市', 1684): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie park-place', '杭州综合保税区', 'Hangzhou City|杭州市', 2278): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '杭州国家版本馆', 'Hangzhou City|杭州市', 6900): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '杭州海康机器人', 'Hangzhou City|杭州市', 17981): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '杭州机场', 'Hangzhou City|杭州市', 19031): ('right', '', 'borderline: subject judged not a project/park in the items; the tie itself is as the rule has it. the member 杭州 of 杭州、宁波、温州机场 is the city'),
    ('zhejiangsheng-2026', 'tie project-place', '杭州芯光半导体芯片', 'Hangzhou City|杭州市', 17904): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie park-place', '衢州综合保税区', 'Quzhou City|衢州市', 2268): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '衢州先导智能传感器', 'Quzhou City|衢州市', 17943): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie park-place', '舟山港综合保税区', 'Zhoushan City|舟山市', 18730): ('right', '', '舟山 in the name'),
    ('gansusheng-2026', 'tie project-place', '阿克塞生态保护及城乡供水一体化', 'Akesai Autonomous County|阿克塞哈萨克族自治县', 3055): ('right', '', 'county in the name (阿克塞)'),
    ('gansusheng-2026', 'tie project-place', '长春中医药大学附属医院定西医院', 'Dingxi City|定西市', 5769): ('right', '', 'city in the name (定西医院)'),
    ('gansusheng-2026', 'tie project-place', '郭家台', '郭家台', 13592): ('wrong', 'wrong place', "borderline: the object is the mine's own name made a Place; the text names no place 郭家台 apart from the mine"),
    ('gansusheng-2026', 'tie project-park', '国家外经贸提质增效示范项目', '金昌经济技术开发区', 4686): ('right', '', 'borderline: subject judged not a project/park in the items; the tie itself is as the rule has it. 金昌经开区获批建设X: the text ties it to the zone, but X is a national demonstration title, not a named work'),
    ('gansusheng-2026', 'tie project-place', '泾川特大型铀矿', 'Jingchuan County|泾川县', 823): ('right', '', 'borderline: subject judged not a project/park in the items; the tie itself is as the rule has it. county in the name (泾川)'),
    ('gansusheng-2026', 'tie project-place', '兰州轨道交通二号线', 'Lanzhou City|兰州市', 2874): ('right', '', 'city in the name'),
    ('gansusheng-2026', 'tie project-place', '兰州铁路枢纽优化提升工程', 'Lanzhou City|兰州市', 11925): ('right', '', 'city in the name'),
    ('gansusheng-2026', 'tie project-place', '兰州中川国际机场三期', 'Lanzhou City|兰州市', 2971): ('right', '', 'city in the name'),
    ('gansusheng-2026', 'tie project-place', '临夏机场', 'Linxia Autonomous Prefecture|临夏回族自治州', 11948): ('right', '', '临夏 in the name'),
    ('gansusheng-2026', 'tie project-place', '西和县礼县西汉水人饮', '西和县礼县', 3037): ('wrong', 'wrong place', '西和县礼县 is two counties run together as one place; each county is right, the joined place is none'),
    ('gansusheng-2026', 'tie project-place', '玉门超40吨金矿', 'Yumen City|玉门市', 831): ('right', '', 'borderline: subject judged not a project/park in the items; the tie itself is as the rule has it. city in the name (玉门)'),
    ('hailaerqu-2019', 'tie project-place', '哈克区域敬老院', '哈克镇', 11598): ('right', '', '哈克 in the name'),
    ('hailaerqu-2019', 'tie project-place', '哈克生态奶源基地', '哈克镇', 9094): ('right', '', '哈克 in the name'),
    ('hailaerqu-2019', 'tie project-place', '哈克遗址博物馆', '哈克镇', 1872): ('right', '', 'borderline: subject judged not a project/park in the items; the tie itself is as the rule has it. 哈克 in the name'),
    ('hailaerqu-2019', 'tie project-place', '哈克镇改扩建', '哈克镇', 2013): ('right', '', "the text: 哈克镇改扩建…圈舍 (the subject's label is judged boundary-wrong; the works are in 哈克镇)"),
    ('zhejiangsheng-2026', 'tie project-park', '方厅水院', '长三角生态绿色一体化发展示范区', 3506): ('right', '', 'borderline: object judged not a park in the items. 示范区建设深入推进，方厅水院等标志性项目建成投运: the text ties the project to the zone'),
    ('zhejiangsheng-2026', 'tie project-place', '湖州微腔电子纸显示器件', 'Huzhou City|湖州市', 17953): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '嘉兴南湖机场', 'Jiaxing City|嘉兴市', 2489): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '嘉兴专业性航空货运枢纽', 'Jiaxing City|嘉兴市', 19048): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '金华（义乌）中欧班列集结中心', 'Jinhua City|金华市', 6386): ('right', '', 'city in the name (金华（义乌）)'),
    ('zhejiangsheng-2026', 'tie project-place', '丽水富乐德传感技术', 'Lishui City|丽水市', 17989): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '丽水机场', 'Lishui City|丽水市', 2496): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '宁波机场', 'Ningbo City|宁波市', 19034): ('right', '', 'borderline: subject judged not a project/park in the items; the tie itself is as the rule has it. the member 宁波 of 杭州、宁波、温州机场 is the city'),
    ('zhejiangsheng-2026', 'tie project-place', '台州弗迪新能源动力电池', 'Taizhou City|台州市', 1681): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '台州温玉铁路', 'Taizhou City|台州市', 17974): ('right', '', 'city in the name (台州温玉铁路; not an end point)'),
    ('zhejiangsheng-2026', 'tie project-place', '义乌机场改扩建', 'Yiwu City|义乌市', 19062): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '义乌全球数贸中心', 'Yiwu City|义乌市', 2288): ('right', '', 'city in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '浙江（华东）深远海风电母港', 'Zhejiang Province|浙江省', 4274): ('right', '', 'province in the name'),
    ('gansusheng-2026', 'tie project-outcome', '巨化硅氟新材料', '巨化硅氟新材料项目刷新我省单体工业项目投资纪录总投资: 总投资410亿元', 1123): ('right', '', "总投资410亿元的巨化硅氟新材料项目: the project's own investment"),
    ('zhejiangsheng-2026', 'tie park-outcome', '宁波舟山港', '宁波舟山港集装箱吞吐量: 宁波舟山港集装箱吞吐量4387万标箱', 2361): ('right', '', "borderline: subject judged not a park; the throughput is the port's"),
    ('zhejiangsheng-2026', 'tie park-outcome', '宁波舟山港', '宁波舟山港集装箱吞吐量: 增长11.6%', 2380): ('right', '', "borderline: subject judged not a park; the growth is of the port's throughput"),
    ('zhejiangsheng-2026', 'tie project-outcome', '杭州机场', '杭州萧山国际机场旅客吞吐量: 杭州萧山国际机场旅客吞吐量突破5000万人次', 2466): ('right', '', 'borderline: the figure is of 杭州萧山国际机场, the airport 杭州机场 names (one airport, not said in the text); the subject judged not a project'),
    ('zhejiangsheng-2026', 'tie park-target', '宁波舟山港', '宁波舟山港集装箱吞吐量: 宁波舟山港集装箱吞吐量达到4500万标箱', 18905): ('right', '', "borderline: subject judged not a park; the target is the port's throughput"),
}


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = [[unguarded(c) for c in row] for row in csv.reader(f)]
    head = rows[0]
    return [dict(zip(head, r)) for r in rows[1:]]


def main(argv):
    if len(argv) != 3:
        print("usage: check-e52-verdicts.py ITEMS.csv TIES.csv", file=sys.stderr)
        return 2
    items, ties = read(argv[1]), read(argv[2])
    problems = []
    out = []
    seen_i, seen_t = set(), set()
    for r in items:
        key = (r["report"], r["kind"], r["label"], int(r["quote_start"]))
        seen_i.add(key)
        if key not in ITEMS:
            problems.append(f"item row without a verdict: {key}")
            continue
        out.append([r["report"], r["kind"], r["label"], r["alts"], "", "", r["quote_start"], r["quote"],
                    r["sentence"], *ITEMS[key]])
    for r in ties:
        key = (r["report"], r["kind"], r["subject"], r["object"], int(r["quote_start"]))
        seen_t.add(key)
        if key not in TIES:
            problems.append(f"tie row without a verdict: {key}")
            continue
        out.append([r["report"], r["kind"], "", "", r["subject"], r["object"], r["quote_start"], r["quote"],
                    r["sentence"], *TIES[key]])
    problems += [f"item verdict without a row: {k}" for k in ITEMS if k not in seen_i]
    problems += [f"tie verdict without a row: {k}" for k in TIES if k not in seen_t]
    for v, c, n in list(ITEMS.values()) + list(TIES.values()):
        if v not in ("right", "wrong") or (v == "wrong") != bool(c):
            problems.append(f"malformed verdict: {(v, c, n)}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    with open(OUT, "x", encoding="utf-8", newline="") as f:
        w = GuardedWriter(f)
        w.writerow(COLUMNS)
        for row in out:
            w.writerow(row)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(out)} rows ({len(items)} items, {len(ties)} ties)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
