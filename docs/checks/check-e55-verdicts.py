"""Verdicts of the blind hand check check-e55 (the fifty-fifth check): parks, projects and their ties.

Commit judged: 5edfc4d974a4ecda95c671aaaac151998037d224 (worktree /work/freeze-check-e55, branch check-e55).
Reports (held out): data/corpus/provincial-2026/henan-2026.txt, data/corpus/provincial-2026/gansu-2026.txt,
data/corpus/hailaer/hailaer-2019.txt. Sample seed 33071, cap 40 per report and kind.

Commands (PY=/work/main/.venv/bin/python, PYTHONPATH=/work/freeze-check-e55):

    $PY -m policykg build data/corpus/provincial-2026/henan-2026.txt data/corpus/provincial-2026/gansu-2026.txt \
        data/corpus/hailaer/hailaer-2019.txt --out /tmp/check-check-e55/out
    $PY scripts/sample_entities.py /tmp/check-check-e55/out --cap 40 --seed 33071 > /tmp/check-check-e55/items.csv
    $PY scripts/sample_entities.py /tmp/check-check-e55/out --ties > /tmp/check-check-e55/ties.csv
    $PY docs/checks/check-e55-verdicts.py /tmp/check-check-e55/items.csv /tmp/check-check-e55/ties.csv

Every verdict is data below: ITEMS keyed (report, kind, label, quote_start), TIES keyed (report, kind, subject,
object, quote_start), each (verdict, category, note); a note opening "borderline:" marks an item the guideline
makes optional (right) or a wrong the reader is unsure of. The script reads both CSVs through
policykg.sheetcells.unguarded, exits 1 naming every row without a verdict and every verdict without a row, and
writes docs/checks/entity-precision-2028c.csv with GuardedWriter, opened with mode "x" (it never overwrites).
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from policykg.sheetcells import GuardedWriter, unguarded  # noqa: E402

OUT = ROOT / "docs" / "checks" / "entity-precision-2028c.csv"
COLUMNS = ["report", "kind", "label", "alts", "subject", "object", "quote_start", "quote", "sentence",
           "verdict", "category", "note"]

ITEMS = {
    ('gansusheng-2026', 'Park', '天水经济技术开发区', 4664): ('right', '', '经开区 with its city; alt as written'),
    ('gansusheng-2026', 'Park', '金昌经济技术开发区', 4677): ('right', '', '经开区 with its city; alt as written'),
    ('gansusheng-2026', 'Park', '庆阳东数西算产业园', 5325): ('right', '', 'named industrial park'),
    ('gansusheng-2026', 'Park', '中国（甘肃）自由贸易试验区', 9914): ('right', '', 'free-trade pilot zone being applied for (申建); the guideline lists free-trade zones as parks'),
    ('gansusheng-2026', 'Park', '武威工业园区', 12960): ('right', '', 'named industrial park, text pushes it to become a national 经开区'),
    ('gansusheng-2026', 'Park', '嘉峪关高新技术产业开发区', 12976): ('right', '', 'alt 嘉峪关国家高新区 is the form written; 加快…建设'),
    ('gansusheng-2026', 'Project', '泾川特大型铀矿', 823): ('wrong', 'not-a-project', 'a newly found ore deposit (新探明…矿产地), nothing planned or built'),
    ('gansusheng-2026', 'Project', '玉门超40吨金矿', 831): ('wrong', 'not-a-project', 'a newly found ore deposit (新探明…矿产地), nothing planned or built'),
    ('gansusheng-2026', 'Project', '陇电入浙工程', 936): ('right', '', '陇电入浙工程开工建设'),
    ('gansusheng-2026', 'Project', '兰张三四线铁路中武段', 2793): ('right', '', 'railway section 建成投运'),
    ('gansusheng-2026', 'Project', '中川机场环线铁路', 2817): ('right', '', 'railway 建成投运'),
    ('gansusheng-2026', 'Project', '兰合铁路', 2836): ('right', '', 'railway 加快建设'),
    ('gansusheng-2026', 'Project', '兰张三四线铁路武张段', 2854): ('right', '', 'railway section 加快建设'),
    ('gansusheng-2026', 'Project', '引洮二期', 3000): ('right', '', "borderline: the text writes 引洮二期骨干及城乡配套…工程; 引洮二期 is the project's usual short name, an annotator could keep it as alt of the whole"),
    ('gansusheng-2026', 'Project', '城乡配套', 3007): ('wrong', 'boundary', '城乡配套 is the second half of 引洮二期骨干及城乡配套; alone it names nothing'),
    ('gansusheng-2026', 'Project', '甘肃中部生态移民供水', 3012): ('right', '', '工程建成通水'),
    ('gansusheng-2026', 'Project', '景电二期提质增效', 3028): ('right', '', '景电二期提质增效工程, the name includes 提质增效'),
    ('gansusheng-2026', 'Project', '阿克塞生态保护及城乡供水一体化', 3055): ('right', '', '工程开工建设; 阿克塞生态保护及城乡供水一体化工程 written in 2026 part'),
    ('gansusheng-2026', 'Project', '景电灌区现代化改造', 3071): ('right', '', 'a named works on one irrigation district (开工建设)'),
    ('gansusheng-2026', 'Project', '榆安大型灌区', 3081): ('right', '', 'named irrigation district works 开工建设, 推动…建设'),
    ('gansusheng-2026', 'Project', '黄河甘肃段河道防洪治理', 3088): ('right', '', 'named flood-control works along one river section'),
    ('gansusheng-2026', 'Project', '中山大学附属肿瘤医院甘肃医院', 5718): ('right', '', 'hospital 建成投运'),
    ('gansusheng-2026', 'Project', '上海市第一人民医院酒泉医院', 5733): ('right', '', 'hospital 建成投运'),
    ('gansusheng-2026', 'Project', '上海中医药大学附属龙华医院甘肃医院', 5751): ('right', '', 'hospital 即将建成'),
    ('gansusheng-2026', 'Project', '“七地一屏一通道”', 7285): ('wrong', 'not-a-project', 'a slogan/goal (致力建设“七地一屏一通道”)'),
    ('gansusheng-2026', 'Project', '兰州铁路枢纽优化提升工程', 11925): ('right', '', 'project preparations under way'),
    ('gansusheng-2026', 'Project', '定平铁路', 11938): ('right', '', 'railway, project preparations'),
    ('gansusheng-2026', 'Project', '武威机场', 11943): ('right', '', 'airport, project preparations'),
    ('gansusheng-2026', 'Project', '甘川新通道', 11984): ('right', '', 'a named expressway corridor 加快建设, member of …等高速（一级）公路'),
    ('gansusheng-2026', 'Project', '和景电灌区', 12067): ('wrong', 'boundary', 'label swallows the conjunction 和 of 榆安大型灌区建设和景电灌区…现代化改造; should be 景电灌区'),
    ('gansusheng-2026', 'Project', '靖会灌区', 12073): ('right', '', 'named irrigation district modernisation (景电灌区、靖会灌区现代化改造)'),
    ('gansusheng-2026', 'Project', '引白济洮', 12098): ('right', '', 'named water diversion in preparation (前期工作)'),
    ('gansusheng-2026', 'Project', '河西走廊水资源配置工程', 12124): ('right', '', 'named water works sought for the 南水北调西线 scope (planned)'),
    ('gansusheng-2026', 'Project', '兰白千万吨炼化基地', 12725): ('right', '', 'borderline: a refining base being built (推动…建设): project, or an industrial-base park'),
    ('gansusheng-2026', 'Project', '百万吨化工新材料基地', 12735): ('right', '', 'borderline: named only by size and kind, sharing 兰白 of the member before; being built'),
    ('gansusheng-2026', 'Project', '白银集团7万吨锌基合金', 12917): ('right', '', 'X等项目建设'),
    ('gansusheng-2026', 'Project', '巨化硅氟新材料', 13134): ('right', '', 'X等重点项目; also 巨化硅氟新材料项目 in the review'),
    ('gansusheng-2026', 'Project', '金汇能先进负极材料', 13142): ('right', '', 'X等重点项目'),
    ('gansusheng-2026', 'Project', '九龙川', 13575): ('right', '', 'coal mine in 加快…等煤矿建设, member written as its own name'),
    ('gansusheng-2026', 'Project', '唐家河', 13579): ('right', '', 'borderline: member 唐家河 of …等煤矿建设 reads as well as a river name'),
    ('gansusheng-2026', 'Project', '东水泉东', 13583): ('right', '', 'coal mine member'),
    ('gansusheng-2026', 'Project', '郭家台', 13592): ('right', '', 'coal mine member'),
    ('gansusheng-2026', 'Project', '平山湖', 13596): ('right', '', 'borderline: member 平山湖 of …等煤矿建设 reads as well as a lake/township name'),
    ('gansusheng-2026', 'Project', '大堡子山', 16462): ('right', '', "borderline: member of 大地湾、大堡子山、锁阳城等国家考古遗址公园建设, written as the site's (a hill's) name"),
    ('gansusheng-2026', 'Project', '省人民医院国家重大传染病防治基地', 17568): ('right', '', 'X等重点项目 加快推进'),
    ('gansusheng-2026', 'Project', '省中医院中医药传承创新中心', 17585): ('right', '', 'X等重点项目 加快推进'),
    ('hailaerqu-2019', 'Park', '呼伦贝尔现代农牧业产业园', 1935): ('right', '', 'named park, 完成总体规划设计, later among 重点项目'),
    ('hailaerqu-2019', 'Park', '海拉尔区国际快件电商物流园', 7705): ('right', '', 'named logistics park, 项目招商'),
    ('hailaerqu-2019', 'Project', '龙运华府小区', 1386): ('right', '', "borderline: the compound's name stands for its shanty-town supporting road (龙运华府小区、东方明珠小区2条棚改配套道路): reads as the compound, optional"),
    ('hailaerqu-2019', 'Project', '蒙拓农机3000台牧业机械生产线智能化升级改造项目', 1580): ('right', '', '项目进展顺利'),
    ('hailaerqu-2019', 'Project', '海拉尔热电厂蒸汽锅炉供热改造', 1606): ('right', '', 'X等项目进展顺利'),
    ('hailaerqu-2019', 'Project', '海拉尔大数据中心（一期）工程', 1665): ('wrong', 'duplicate', 'phase of 海拉尔大数据中心 (item 69, 继续推进…建设); guideline: a phase and its whole project named elsewhere are one item, the phase an alt'),
    ('hailaerqu-2019', 'Project', '呼伦贝尔政务云中心', 1684): ('right', '', '投入使用 (built and opened)'),
    ('hailaerqu-2019', 'Project', '海悦城项目一期', 1708): ('right', '', '项目一期 部分试营业'),
    ('hailaerqu-2019', 'Project', '红星美凯龙商贸综合体项目', 1716): ('right', '', '项目 部分试营业'),
    ('hailaerqu-2019', 'Project', '世界反法西斯战争海拉尔纪念园抗战遗址设施工程', 1833): ('right', '', '工程进展顺利'),
    ('hailaerqu-2019', 'Project', '哈克遗址博物馆', 1872): ('wrong', 'not-a-project', 'an existing museum put under company operation (实现公司化运营): no works'),
    ('hailaerqu-2019', 'Project', '第十四届全国冬运会主场馆一期', 1887): ('right', '', 'first phase of the main venue 已具备竞赛条件; the whole is not a separate item'),
    ('hailaerqu-2019', 'Project', '蒙草科技中心项目', 1956): ('right', '', '项目开工建设'),
    ('hailaerqu-2019', 'Project', '鸿发祥低碳生态示范园项目', 1978): ('right', '', '项目进展顺利'),
    ('hailaerqu-2019', 'Project', '哈克镇改扩建', 2013): ('wrong', 'boundary', 'place + verb (哈克镇改扩建…圈舍等基础设施); the work is 哈克镇…标准化奶牛养殖圈舍'),
    ('hailaerqu-2019', 'Project', '俄罗斯赤塔市', 2383): ('wrong', 'wrong-kind', 'a foreign city (sister city), a place'),
    ('hailaerqu-2019', 'Project', '蒙古国乔巴山市', 2390): ('wrong', 'wrong-kind', 'a foreign city (sister city), a place'),
    ('hailaerqu-2019', 'Project', '团结村肉牛养殖', 5512): ('right', '', '推进团结村肉牛养殖等项目建设: a work with its village'),
    ('hailaerqu-2019', 'Project', '中心城区垃圾焚烧发电项目', 5901): ('right', '', '项目建设进程'),
    ('hailaerqu-2019', 'Project', '生活垃圾填埋场渗滤液项目', 5914): ('right', '', '项目建设进程, named with its site'),
    ('hailaerqu-2019', 'Project', '“城市双修”工程', 6544): ('wrong', 'not-a-project', 'borderline: 城市双修 is a national programme kind; the text lists it among 项目'),
    ('hailaerqu-2019', 'Project', '东山组团雨水排放工程', 6958): ('right', '', '工程 加快推进'),
    ('hailaerqu-2019', 'Project', '天然气管道', 6984): ('wrong', 'not-a-project', 'generic kind in a list of 市政项目 (供水、供热、天然气管道、排水)'),
    ('hailaerqu-2019', 'Project', '海拉尔大数据中心', 7559): ('right', '', '继续推进…建设; the whole of which item 51 is the phase'),
    ('hailaerqu-2019', 'Project', '世界反法西斯战争海拉尔纪念园抗战遗址保护工程', 8200): ('right', '', "borderline: the 2019 work 抗战遗址保护工程 may be the same work as 2018's 抗战遗址设施工程 (item 55)"),
    ('hailaerqu-2019', 'Project', '哈克生态奶源基地', 9094): ('right', '', '深入推进…建设, named base with its place'),
    ('hailaerqu-2019', 'Project', '第三中学东山分校', 10827): ('right', '', 'school project, 前期准备'),
    ('hailaerqu-2019', 'Project', '正阳街小学教学综合楼', 10836): ('right', '', 'school building project'),
    ('hailaerqu-2019', 'Project', '幸福小学', 10852): ('right', '', 'school project'),
    ('hailaerqu-2019', 'Project', '第四棚改配套幼儿园', 10872): ('right', '', 'last member of 第三、第四棚改配套幼儿园, written with the head'),
    ('hailaerqu-2019', 'Project', '桃李中学', 10882): ('right', '', '新建续建项目'),
    ('hailaerqu-2019', 'Project', '哈克区域敬老院', 11598): ('right', '', '重点推进…建设'),
    ('hailaerqu-2019', 'Project', '殡仪馆新建项目', 11702): ('right', '', 'borderline: a work named by its kind alone (optional); label keeps 新建 as written'),
    ('henansheng-2026', 'Park', '周口国家农高区', 898): ('right', '', 'national agricultural high-tech zone 加快建设'),
    ('henansheng-2026', 'Park', '新郑综合保税区', 2526): ('right', '', 'alt 新郑综保区 is the form written; label is its full form'),
    ('henansheng-2026', 'Park', '郑州航空港区', 6559): ('right', '', 'borderline: 郑州航空港经济综合实验区, a bounded zone with its own administration; could be read as a district (place)'),
    ('henansheng-2026', 'Park', '中原量子谷', 7579): ('right', '', 'borderline: a named industrial site whose 产业生态 is worked on; could be read as a cluster brand'),
    ('henansheng-2026', 'Park', '现代农业产业园', 8720): ('wrong', 'not-a-park', 'generic kind in the plural (加快现代农业产业园、产业强镇建设)'),
    ('henansheng-2026', 'Park', '东北片区', 9444): ('wrong', 'not-a-park', 'one of four regions of cities (东北、西北、西南、东南四个片区), not an economic zone'),
    ('henansheng-2026', 'Park', '西北片区', 9447): ('wrong', 'not-a-park', 'one of four regions of cities, not an economic zone'),
    ('henansheng-2026', 'Park', '西南片区', 9450): ('wrong', 'not-a-park', 'one of four regions of cities, not an economic zone'),
    ('henansheng-2026', 'Park', '东南片区', 9453): ('wrong', 'not-a-park', 'one of four regions of cities, not an economic zone'),
    ('henansheng-2026', 'Project', '国家生物育种产业创新中心', 910): ('right', '', 'a named centre 建成投用'),
    ('henansheng-2026', 'Project', '南水北调中线工程', 1352): ('wrong', 'not-a-project', 'mentioned only for its water quality: a work that merely exists'),
    ('henansheng-2026', 'Project', '国家医学中心（中医类）', 1707): ('right', '', '获批建设, 加快建设'),
    ('henansheng-2026', 'Project', '殷墟博物馆新馆', 1779): ('right', '', '建成开放'),
    ('henansheng-2026', 'Project', '大河村遗址博物馆', 1787): ('right', '', '建成开放'),
    ('henansheng-2026', 'Project', '汉魏洛阳故城遗址博物馆', 1796): ('right', '', '建成开放'),
    ('henansheng-2026', 'Project', '平漯周高铁', 6934): ('right', '', 'route abbreviation in …等高铁项目, reads as nothing but the route'),
    ('henansheng-2026', 'Project', '焦济洛平高铁', 6938): ('right', '', 'route abbreviation in …等高铁项目'),
    ('henansheng-2026', 'Project', '郑州南站', 6943): ('right', '', 'station in …等高铁项目'),
    ('henansheng-2026', 'Project', '南信合高铁', 6957): ('right', '', '开工建设'),
    ('henansheng-2026', 'Project', '京港高铁阜阳至黄冈段', 6963): ('right', '', '开工建设'),
    ('henansheng-2026', 'Project', '雄商高铁河南段', 6976): ('right', '', '建成'),
    ('henansheng-2026', 'Project', '观音寺调蓄工程', 7004): ('right', '', '加快…建设'),
    ('henansheng-2026', 'Project', '沙颍河“通港达园”项目', 7012): ('right', '', 'named works along one river (项目建设)'),
    ('henansheng-2026', 'Project', '豫东水资源配置工程', 7030): ('right', '', '开工建设'),
    ('henansheng-2026', 'Project', '赵口灌区', 7042): ('right', '', 'borderline: member 赵口 of 赵口、陆浑、渠村等灌区现代化改造, written as a place name'),
    ('henansheng-2026', 'Project', '陆浑灌区', 7045): ('right', '', 'borderline: member 陆浑 of …等灌区现代化改造, written as a place name'),
    ('henansheng-2026', 'Project', '渠村灌区', 7048): ('right', '', 'borderline: member 渠村 of …等灌区现代化改造, written as a place name'),
    ('henansheng-2026', 'Project', '双千兆网络', 7102): ('wrong', 'not-a-project', 'a technology/network kind (双千兆网络), no named work'),
    ('henansheng-2026', 'Project', '量子通信', 7108): ('wrong', 'not-a-project', 'a technology (量子通信)'),
    ('henansheng-2026', 'Project', '中州时代电池三期', 7491): ('right', '', 'phase of a plant in …等项目 加快推进'),
    ('henansheng-2026', 'Project', '众擎机器人全球生产制造中心', 7540): ('right', '', '项目建设'),
    ('henansheng-2026', 'Project', '仕佳光子通信芯片', 7554): ('right', '', 'firm + product for its plant, counted in …等项目建设'),
    ('henansheng-2026', 'Project', '现代生态宜居城市', 9165): ('wrong', 'not-a-project', 'a goal/title for 洛阳'),
    ('henansheng-2026', 'Project', '国际文化旅游名城', 9174): ('wrong', 'not-a-project', 'a goal/title for 洛阳'),
    ('henansheng-2026', 'Project', '河南博物院北院区', 10329): ('right', '', '推进…建设'),
    ('henansheng-2026', 'Project', '夏商文明考古研究中心', 10353): ('right', '', '建成'),
    ('henansheng-2026', 'Project', '大运河国家文化公园（河南段）', 10368): ('right', '', '加快建设; a named works along one canal section'),
    ('henansheng-2026', 'Project', '中国医学科学院肿瘤医院河南医院', 11829): ('right', '', '建成'),
    ('henansheng-2026', 'Project', '省疾控中心国家区域公共卫生中心', 11845): ('right', '', '建成'),
    ('henansheng-2026', 'Project', '病险水库除险加固', 12616): ('wrong', 'not-a-project', 'a programme kind (reinforcing dangerous reservoirs everywhere)'),
    ('henansheng-2026', 'Project', '蓄滞洪区', 12625): ('wrong', 'not-a-project', 'a generic kind (flood storage areas)'),
}

TIES = {
    ('gansusheng-2026', 'tie park-place', '嘉峪关高新技术产业开发区', 'Jiayuguan City|嘉峪关市', 12976): ('right', '', "place written in the park's name"),
    ('gansusheng-2026', 'tie park-place', '金昌经济技术开发区', 'Jinchang City|金昌市', 4677): ('right', '', "place written in the park's name"),
    ('gansusheng-2026', 'tie park-place', '庆阳东数西算产业园', 'Qingyang City|庆阳市', 5325): ('right', '', "place written in the park's name"),
    ('gansusheng-2026', 'tie park-place', '天水经济技术开发区', 'Tianshui City|天水市', 4664): ('right', '', "place written in the park's name"),
    ('gansusheng-2026', 'tie park-place', '武威工业园区', 'Wuwei City|武威市', 12960): ('right', '', "place written in the park's name"),
    ('gansusheng-2026', 'tie project-place', '武威机场', 'Wuwei City|武威市', 11943): ('right', '', "place written in the project's name"),
    ('gansusheng-2026', 'tie park-place', '中国（甘肃）自由贸易试验区', 'Gansu Province|甘肃省', 9914): ('right', '', "place written in the zone's name"),
    ('gansusheng-2026', 'tie project-place', '甘肃中部生态移民供水', 'Gansu Province|甘肃省', 3012): ('right', '', "place written in the project's name"),
    ('gansusheng-2026', 'tie project-place', '国家数据基础设施（甘肃）区域功能节点一期项目', 'Gansu Province|甘肃省', 4295): ('right', '', "place written in the project's name"),
    ('gansusheng-2026', 'tie project-place', '黄河甘肃段河道防洪治理', 'Gansu Province|甘肃省', 3088): ('right', '', "place written in the project's name"),
    ('gansusheng-2026', 'tie project-place', '黄河国家文化公园甘肃段', 'Gansu Province|甘肃省', 16509): ('right', '', "place written in the project's name"),
    ('gansusheng-2026', 'tie project-place', '上海中医药大学附属龙华医院甘肃医院', 'Gansu Province|甘肃省', 5751): ('right', '', "place written in the project's name (甘肃医院)"),
    ('gansusheng-2026', 'tie project-place', '西成铁路甘肃段', 'Gansu Province|甘肃省', 2846): ('right', '', "place written in the project's name"),
    ('gansusheng-2026', 'tie project-place', '中山大学附属肿瘤医院甘肃医院', 'Gansu Province|甘肃省', 5718): ('right', '', "place written in the project's name"),
    ('hailaerqu-2019', 'tie park-place', '海拉尔区国际快件电商物流园', 'Hailaer District|海拉尔区', 7705): ('right', '', "place written in the park's name"),
    ('hailaerqu-2019', 'tie project-place', '海拉尔大数据中心', 'Hailaer District|海拉尔区', 7559): ('right', '', "place written in the project's name (the report's own area)"),
    ('hailaerqu-2019', 'tie project-place', '海拉尔大数据中心（一期）工程', 'Hailaer District|海拉尔区', 1665): ('right', '', 'place written in the name; the subject is a duplicate item (phase of 海拉尔大数据中心)'),
    ('hailaerqu-2019', 'tie project-place', '海拉尔热电厂蒸汽锅炉供热改造', 'Hailaer District|海拉尔区', 1606): ('right', '', "place written in the project's name"),
    ('hailaerqu-2019', 'tie project-place', '世界反法西斯战争海拉尔纪念园抗战遗址保护工程', 'Hailaer District|海拉尔区', 8200): ('right', '', "place written in the project's name"),
    ('hailaerqu-2019', 'tie project-place', '世界反法西斯战争海拉尔纪念园抗战遗址设施工程', 'Hailaer District|海拉尔区', 1833): ('right', '', "place written in the project's name"),
    ('hailaerqu-2019', 'tie park-place', '呼伦贝尔现代农牧业产业园', 'Hulunbeier City|呼伦贝尔市', 1935): ('right', '', "place written in the park's name"),
    ('hailaerqu-2019', 'tie project-place', '呼伦贝尔政务云中心', 'Hulunbeier City|呼伦贝尔市', 1684): ('right', '', "place written in the project's name"),
    ('henansheng-2026', 'tie park-place', '新郑综合保税区', 'Xinzheng City|新郑市', 2526): ('right', '', "place written in the park's name"),
    ('henansheng-2026', 'tie park-place', '郑州航空港区', 'Zhengzhou City|郑州市', 6559): ('right', '', "place written in the park's name"),
    ('henansheng-2026', 'tie project-place', '郑州南站', 'Zhengzhou City|郑州市', 6943): ('right', '', "place written in the project's name"),
    ('henansheng-2026', 'tie park-place', '中原量子谷', 'Zhongyuan District|中原区', 7579): ('wrong', 'wrong place', "中原 of 中原量子谷 is the Central Plains (Henan), not Zhengzhou's 中原区"),
    ('henansheng-2026', 'tie park-place', '周口国家农高区', 'Zhoukou City|周口市', 898): ('right', '', "place written in the park's name"),
    ('gansusheng-2026', 'tie project-place', '阿克塞生态保护及城乡供水一体化', 'Akesai Autonomous County|阿克塞哈萨克族自治县', 3055): ('right', '', "place written in the project's name"),
    ('gansusheng-2026', 'tie project-place', '长春中医药大学附属医院定西医院', 'Dingxi City|定西市', 5769): ('right', '', "place written in the project's name"),
    ('gansusheng-2026', 'tie project-place', '郭家台', '郭家台', 13592): ('wrong', 'wrong place', "borderline: 郭家台 is the mine's own name (…等煤矿建设); the text names no place 郭家台"),
    ('gansusheng-2026', 'tie project-park', '国家外经贸提质增效示范项目', '金昌经济技术开发区', 4686): ('right', '', 'borderline: the text ties it to the park (金昌经开区获批建设X), but the subject reads as a title, not a named work'),
    ('gansusheng-2026', 'tie project-place', '泾川特大型铀矿', 'Jingchuan County|泾川县', 823): ('right', '', 'place written in the name; the subject is no project (item 6)'),
    ('gansusheng-2026', 'tie project-place', '兰州轨道交通二号线', 'Lanzhou City|兰州市', 2874): ('right', '', "place written in the project's name"),
    ('gansusheng-2026', 'tie project-place', '兰州铁路枢纽优化提升工程', 'Lanzhou City|兰州市', 11925): ('right', '', "place written in the project's name"),
    ('gansusheng-2026', 'tie project-place', '兰州中川国际机场三期', 'Lanzhou City|兰州市', 2971): ('right', '', "place written in the project's name"),
    ('gansusheng-2026', 'tie project-place', '临夏机场', 'Linxia Autonomous Prefecture|临夏回族自治州', 11948): ('right', '', "place written in the project's name"),
    ('gansusheng-2026', 'tie project-place', '西和县礼县西汉水人饮', '西和县礼县', 3037): ('wrong', 'wrong place', '西和县礼县 is two counties run together as one place'),
    ('gansusheng-2026', 'tie project-place', '玉门超40吨金矿', 'Yumen City|玉门市', 831): ('right', '', 'place written in the name; the subject is no project (item 7)'),
    ('hailaerqu-2019', 'tie project-place', '哈克区域敬老院', '哈克镇', 11598): ('right', '', '哈克 written in the name (哈克镇)'),
    ('hailaerqu-2019', 'tie project-place', '哈克生态奶源基地', '哈克镇', 9094): ('right', '', '哈克 written in the name (哈克镇)'),
    ('hailaerqu-2019', 'tie project-place', '哈克遗址博物馆', '哈克镇', 1872): ('right', '', '哈克 written in the name (哈克遗址, at 哈克镇); the subject is no project (item 56)'),
    ('hailaerqu-2019', 'tie project-place', '哈克镇改扩建', '哈克镇', 2013): ('right', '', '哈克镇 written in the text of the item'),
    ('henansheng-2026', 'tie project-place', '大河村遗址博物馆', '大河村', 1787): ('right', '', "borderline: 大河村 is written in the name as the site's name (大河村遗址), named after the village"),
    ('henansheng-2026', 'tie project-place', '大运河国家文化公园（河南段）', 'Henan Province|河南省', 10368): ('right', '', "place written in the project's name"),
    ('henansheng-2026', 'tie project-place', '河南博物院北院区', 'Henan Province|河南省', 10329): ('right', '', "place written in the project's name"),
    ('henansheng-2026', 'tie project-place', '雄商高铁河南段', 'Henan Province|河南省', 6976): ('right', '', "place written in the project's name"),
    ('henansheng-2026', 'tie project-place', '中国医学科学院肿瘤医院河南医院', 'Henan Province|河南省', 11829): ('right', '', "place written in the project's name"),
    ('henansheng-2026', 'tie project-place', '汉魏洛阳故城遗址博物馆', 'Luoyang City|洛阳市', 1796): ('right', '', 'borderline: 洛阳 written inside 汉魏洛阳故城 (the ancient city), which lies in Luoyang City'),
    ('gansusheng-2026', 'tie project-outcome', '巨化硅氟新材料', '巨化硅氟新材料项目刷新我省单体工业项目投资纪录总投资: 总投资410亿元', 1123): ('right', '', "总投资410亿元的巨化硅氟新材料项目: the figure is that project's (its indicator name is garbled, not judged here)"),
}

def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [{k: unguarded(v or "") for k, v in r.items()} for r in csv.DictReader(f)]


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: check-e55-verdicts.py ITEMS.csv TIES.csv")
    items, ties = rows(argv[1]), rows(argv[2])
    problems, out = [], []
    seen_items, seen_ties = set(), set()
    for r in items:
        key = (r["report"], r["kind"], r["label"], int(r["quote_start"]))
        seen_items.add(key)
        if key not in ITEMS:
            problems.append(f"item row without a verdict: {key}")
            continue
        v, c, n = ITEMS[key]
        out.append([r["report"], r["kind"], r["label"], r["alts"], "", "", r["quote_start"], r["quote"],
                    r["sentence"], v, c, n])
    for r in ties:
        key = (r["report"], r["kind"], r["subject"], r["object"], int(r["quote_start"]))
        seen_ties.add(key)
        if key not in TIES:
            problems.append(f"tie row without a verdict: {key}")
            continue
        v, c, n = TIES[key]
        out.append([r["report"], r["kind"], "", "", r["subject"], r["object"], r["quote_start"], r["quote"],
                    r["sentence"], v, c, n])
    problems += [f"item verdict without a row: {k}" for k in ITEMS if k not in seen_items]
    problems += [f"tie verdict without a row: {k}" for k in TIES if k not in seen_ties]
    for key, (v, c, n) in list(ITEMS.items()) + list(TIES.items()):
        if v not in ("right", "wrong") or (v == "wrong") != bool(c):
            problems.append(f"bad verdict {key}: {(v, c)}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    with open(OUT, "x", encoding="utf-8", newline="") as f:
        w = GuardedWriter(f)
        w.writerow(COLUMNS)
        for row in out:
            w.writerow(row)
    print(f"{OUT.relative_to(ROOT)}: {len(items)} items, {len(ties)} ties")


if __name__ == "__main__":
    main(sys.argv)
