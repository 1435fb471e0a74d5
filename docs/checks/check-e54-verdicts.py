"""Hand verdicts of check-e54 (the fifty-fourth check of parks, projects and their ties), held as data.

Commit judged: b6cf913f826f1945b2ce6fadfa42ebc1a4f27fbf (worktree /work/freeze-check-e54, branch check-e54).
Reports (held out this time): data/corpus/provincial-2026/zhejiang-2026.txt (zhejiangsheng-2026),
data/corpus/provincial-2026/xizang-2026.txt (tibetzizhiqu-2026), data/corpus/hailaer/hailaer-2012.txt
(hailaerqu-2012). Sample seed 33069, cap 40 (hailaerqu-2012: 40 of its 63 projects drawn; every other kind whole).

Commands:

    export PYTHONPATH=/work/freeze-check-e54; PY=/work/main/.venv/bin/python; mkdir -p /tmp/check-check-e54
    $PY -m policykg build data/corpus/provincial-2026/zhejiang-2026.txt data/corpus/provincial-2026/xizang-2026.txt data/corpus/hailaer/hailaer-2012.txt --out /tmp/check-check-e54/out
    $PY scripts/sample_entities.py /tmp/check-check-e54/out --cap 40 --seed 33069 > /tmp/check-check-e54/items.csv
    $PY scripts/sample_entities.py /tmp/check-check-e54/out --ties > /tmp/check-check-e54/ties.csv
    $PY docs/checks/check-e54-verdicts.py /tmp/check-check-e54/items.csv /tmp/check-check-e54/ties.csv

ITEMS = {(report, kind, label, quote_start): (verdict, category, note)};
TIES = {(report, kind, subject, object, quote_start): (verdict, category, note)}.
A note opening "borderline:" marks an item the guideline makes optional (verdict right) or a wrong the reader is
unsure of (verdict wrong). The script reads both CSVs through policykg.sheetcells.unguarded, exits 1 naming every row
without a verdict and every verdict without a row, and writes docs/checks/entity-precision-2028b.csv with
GuardedWriter, opened with mode "x" (it refuses to overwrite).
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from policykg.sheetcells import GuardedWriter, unguarded  # noqa: E402

OUT = Path(__file__).resolve().parent / "entity-precision-2028b.csv"
COLUMNS = ["report", "kind", "label", "alts", "subject", "object", "quote_start", "quote", "sentence",
           "verdict", "category", "note"]

ITEMS = {
    ('hailaerqu-2012', 'Park', '中俄蒙国际汽车产业物流园', 1326):
        ('right', '', "industrial park firms enter (一汽大众4S店入驻); 2012's 中俄蒙国际汽车产业物流园项目 read as the same zone, label and alt both as written"),
    ('hailaerqu-2012', 'Park', '海拉尔农业发展园区', 1558):
        ('right', '', 'agricultural park, named in full at 2208 (被命名为自治区级农业科技示范园区); alt 农业发展园区 as written'),
    ('hailaerqu-2012', 'Park', '农牧业园区', 1849):
        ('wrong', 'not-a-park', 'trend word: 农牧业园区化、设施化、集约化进程加快 (园区化), no zone'),
    ('hailaerqu-2012', 'Park', '呼伦贝尔工业园区', 5677):
        ('right', '', 'named industrial park (全力支持呼伦贝尔工业园区发展)'),
    ('hailaerqu-2012', 'Park', '助推工业园区', 5716):
        ('wrong', 'not-a-park', 'verb phrase 助推 + the generic back-reference 工业园区 (the park already named as 呼伦贝尔工业园区)'),
    ('hailaerqu-2012', 'Park', '中俄蒙国际物流园区', 6372):
        ('right', '', 'logistics park being planned and built (总体规划和起步区设计, 启动园区基础设施建设)'),
    ('hailaerqu-2012', 'Park', '中俄蒙文化创意产业园', 7306):
        ('right', '', 'a park being built that firms are drawn into (企业…入驻)'),
    ('hailaerqu-2012', 'Project', '大唐5万千瓦风电项目', 956):
        ('right', '', 'completed (按期完工)'),
    ('hailaerqu-2012', 'Project', '冀东物贸集团年产3000辆专用车项目', 971):
        ('right', '', 'started (顺利开工); name as written'),
    ('hailaerqu-2012', 'Project', '蒙西煤矿扩能改造', 1010):
        ('right', '', 'named works completed (全面完成)'),
    ('hailaerqu-2012', 'Project', '古纳河酒业', 1053):
        ('right', '', "a firm's name for its plant counted among projects (古纳河酒业等22个项目顺利投产): required"),
    ('hailaerqu-2012', 'Project', '天富城市燃气', 1069):
        ('right', '', 'counted among 等项目进展顺利'),
    ('hailaerqu-2012', 'Project', '众和地壹街', 1262):
        ('right', '', 'started (开工建设)'),
    ('hailaerqu-2012', 'Project', '华汇地下金街', 1268):
        ('right', '', 'started (开工建设)'),
    ('hailaerqu-2012', 'Project', '时利物流二期', 1337):
        ('right', '', 'phase of works carried out (等工程按期实施)'),
    ('hailaerqu-2012', 'Project', '团结规模化养殖基地扩建', 1959):
        ('right', '', "named works going on (等工程顺利推进); 扩建 kept as in the guideline's 黑羊站水厂扩能改造"),
    ('hailaerqu-2012', 'Project', '谢尔塔拉公路', 2051):
        ('right', '', 'road works carried out (实施了…谢尔塔拉公路等工程)'),
    ('hailaerqu-2012', 'Project', '中央桥加固', 2523):
        ('right', '', 'named works completed (按期完工)'),
    ('hailaerqu-2012', 'Project', '天润新城', 2544):
        ('right', '', 'named urban construction project (重点城市建设项目进展顺利)'),
    ('hailaerqu-2012', 'Project', '尚品国际', 2549):
        ('right', '', 'named urban construction project (重点城市建设项目进展顺利)'),
    ('hailaerqu-2012', 'Project', '学府路标准化学校', 3767):
        ('right', '', "works going on (等工程进展顺利); possibly the same school as 2012's 学府路中学 standardisation, which the text does not say"),
    ('hailaerqu-2012', 'Project', '扎罗木得学校改造', 3776):
        ('right', '', 'named works going on'),
    ('hailaerqu-2012', 'Project', '区人民医院', 3808):
        ('right', '', 'newly built and put into use (新建的区人民医院…相继投入使用); owner 区 in the name'),
    ('hailaerqu-2012', 'Project', '青少年老年人体育活动中心', 3937):
        ('right', '', 'borderline: put into use (投入使用) but named by its kind alone: optional'),
    ('hailaerqu-2012', 'Project', '大唐700万吨露天矿', 5748):
        ('right', '', 'to start construction (确保按期开工建设)'),
    ('hailaerqu-2012', 'Project', '大唐风电二期', 5873):
        ('right', '', 'planned (前期谋划)'),
    ('hailaerqu-2012', 'Project', '蒙西', 6457):
        ('right', '', "borderline: member of 蒙西、国安、粮食、时利等物流项目 (扩建升级); a firm's name for its logistics works, reads as the firm: optional"),
    ('hailaerqu-2012', 'Project', '国安', 6460):
        ('right', '', "borderline: member of 蒙西、国安、粮食、时利等物流项目; a firm's name for its logistics works: optional"),
    ('hailaerqu-2012', 'Project', '步森百货改造工程', 6540):
        ('right', '', 'named works (重点实施三角地时代广场、步森百货改造工程)'),
    ('hailaerqu-2012', 'Project', '洲际', 7239):
        ('right', '', "brand standing for the hotel counted among 五星级酒店项目 (required); 洲际酒店项目 written in 2011's review"),
    ('hailaerqu-2012', 'Project', '无公害', 7992):
        ('right', '', 'borderline: member of 无公害、反季节蔬菜基地等项目, reads only with the head, and the base is named by its kind alone: optional'),
    ('hailaerqu-2012', 'Project', '反季节蔬菜基地', 7996):
        ('right', '', 'borderline: a base being built in the named park but named by its kind alone: optional'),
    ('hailaerqu-2012', 'Project', '哈克镇现代化养殖基地', 8013):
        ('right', '', 'place in the name, pushed forward as a project (大力推进…等项目)'),
    ('hailaerqu-2012', 'Project', '和牛养殖基地', 8024):
        ('right', '', 'borderline: named by its kind (和牛 a breed) alone: optional'),
    ('hailaerqu-2012', 'Project', '奶牛规模养殖场', 8135):
        ('wrong', 'not-a-project', 'plural kind: 5个奶牛规模养殖场 (generic, a count of farms)'),
    ('hailaerqu-2012', 'Project', '扎罗木得水利枢纽', 8233):
        ('right', '', 'named works (全力推进…等项目的实施)'),
    ('hailaerqu-2012', 'Project', '海拉尔河堤防', 8242):
        ('right', '', 'named engineering work along one river (guideline: a project)'),
    ('hailaerqu-2012', 'Project', '哈萨尔大街', 9034):
        ('right', '', "a road being built (哈萨尔大街和西头道街两条西出口路等…重点道路工程的建设): required; its other mention at 8752 (哈萨尔大街和东升路两处市民公园) is a road's name for a square"),
    ('hailaerqu-2012', 'Project', '冰上运动场馆', 9277):
        ('right', '', 'borderline: to start construction (确保按时开工) but named by its kind alone: optional'),
    ('hailaerqu-2012', 'Project', '哈克镇农村敬老院', 10267):
        ('right', '', 'place in the name, built (重点实施…等项目建设)'),
    ('hailaerqu-2012', 'Project', '健康办老年养护院', 10276):
        ('right', '', 'owner/site 健康办 in the name, built'),
    ('hailaerqu-2012', 'Project', '学府路中学', 10678):
        ('right', '', 'standard-school works at a named school (学府路中学、南开路小学标准化学校建设)'),
    ('hailaerqu-2012', 'Project', '南开路小学', 10684):
        ('right', '', 'standard-school works at a named school'),
    ('hailaerqu-2012', 'Project', '卫生急救中心', 10784):
        ('right', '', 'borderline: being built (等项目建设) but named by its kind alone: optional'),
    ('hailaerqu-2012', 'Project', '哈克卫生院扩建', 10791):
        ('right', '', 'place in the name, extension being built'),
    ('hailaerqu-2012', 'Project', '健康', 10799):
        ('right', '', 'borderline: member 健康 of 健康和正阳社区卫生服务中心; the word reads as something else (health): optional'),
    ('hailaerqu-2012', 'Project', '正阳社区卫生服务中心', 10802):
        ('right', '', 'community name in the name, being built'),
    ('tibetzizhiqu-2026', 'Project', '雅下水电工程', 743):
        ('right', '', 'started (开工建设)'),
    ('tibetzizhiqu-2026', 'Project', '金上至湖北特高压直流输电工程', 1316):
        ('right', '', 'built and opened (建成投运); both ends kept'),
    ('tibetzizhiqu-2026', 'Project', '藏粤直流', 1344):
        ('right', '', 'started (开工建设)'),
    ('tibetzizhiqu-2026', 'Project', '青藏铁路格拉段电气化改造工程', 1349):
        ('right', '', 'started'),
    ('tibetzizhiqu-2026', 'Project', '湘河', 1368):
        ('right', '', 'borderline: member of 湘河、拉洛水利枢纽 (投入使用); 湘河 reads as a river: optional'),
    ('tibetzizhiqu-2026', 'Project', '拉洛水利枢纽', 1371):
        ('right', '', 'put into use'),
    ('tibetzizhiqu-2026', 'Project', '中国西藏环喜马拉雅藏医药研究中心', 2508):
        ('wrong', 'wrong-kind', 'borderline: 获批设立 (set up): an organisation by the guideline, a project only if read as a facility'),
    ('tibetzizhiqu-2026', 'Project', '川藏铁路', 7604):
        ('right', '', 'being built (加快建设)'),
    ('tibetzizhiqu-2026', 'Project', '波密至然乌段铁路', 7644):
        ('right', '', 'construction pushed forward; both ends kept'),
    ('tibetzizhiqu-2026', 'Project', '东嘎水库', 7702):
        ('right', '', 'to start (开工建设东嘎水库): a reservoir being built, not an existing one'),
    ('tibetzizhiqu-2026', 'Project', '澜上水风光一体化基地', 8331):
        ('right', '', "member of 金上、藏东南、澜上水风光一体化基地建设, labelled with the list's head"),
    ('tibetzizhiqu-2026', 'Project', '重庆昌都完全中学', 10559):
        ('right', '', 'to start construction'),
    ('tibetzizhiqu-2026', 'Project', '西藏职业技术学院新校区', 10607):
        ('right', '', 'to be built'),
    ('tibetzizhiqu-2026', 'Project', '雅鲁藏布江流域', 11172):
        ('wrong', 'not-a-project', 'borderline: a river basin, member of 雅鲁藏布江流域等关键区域生态修复工程, a regional restoration programme; the member reads as the area'),
    ('zhejiangsheng-2026', 'Park', '衢州综合保税区', 2268):
        ('right', '', 'comprehensive bonded zone (封关运作); alt 衢州综保区 as written'),
    ('zhejiangsheng-2026', 'Park', '杭州综合保税区', 2278):
        ('right', '', 'comprehensive bonded zone (成功扩区); alt as written'),
    ('zhejiangsheng-2026', 'Park', '宁波舟山港', 2361):
        ('wrong', 'not-a-park', 'a port (集装箱吞吐量), no economic zone; nor a project (merely exists)'),
    ('zhejiangsheng-2026', 'Park', '长三角生态绿色一体化发展示范区', 3484):
        ('wrong', 'not-a-park', 'cross-provincial policy demonstration zone covering whole county-level areas, not a zone where firms locate'),
    ('zhejiangsheng-2026', 'Park', '舟山港综合保税区', 18730):
        ('right', '', 'comprehensive bonded zone (推动舟山港综保区扩区)'),
    ('zhejiangsheng-2026', 'Project', '西湖大学牵头建设全国重点实验室', 855):
        ('wrong', 'not-a-project', 'verb phrase (牵头建设) around a generic kind (全国重点实验室) shared by four universities'),
    ('zhejiangsheng-2026', 'Project', '温福高铁', 1626):
        ('right', '', 'started (开工建设)'),
    ('zhejiangsheng-2026', 'Project', '沪杭高铁', 1631):
        ('right', '', 'started (开工建设), as the text says'),
    ('zhejiangsheng-2026', 'Project', '润泽智算中心三期', 1636):
        ('right', '', 'started'),
    ('zhejiangsheng-2026', 'Project', '台州弗迪新能源动力电池', 1681):
        ('right', '', 'completed and in use (建成投用)'),
    ('zhejiangsheng-2026', 'Project', '杭衢高铁', 1693):
        ('right', '', 'completed (建成投用)'),
    ('zhejiangsheng-2026', 'Project', '西湖大学三期', 1698):
        ('right', '', 'completed (建成投用)'),
    ('zhejiangsheng-2026', 'Project', '义乌全球数贸中心', 2288):
        ('right', '', 'its market section opened (开业运营), strengthened in 2026 (建强)'),
    ('zhejiangsheng-2026', 'Project', '嘉兴南湖机场', 2489):
        ('right', '', 'built and opened (建成投运)'),
    ('zhejiangsheng-2026', 'Project', '丽水机场', 2496):
        ('right', '', 'built and opened (建成投运)'),
    ('zhejiangsheng-2026', 'Project', '方厅水院', 3506):
        ('right', '', '标志性项目建成投运'),
    ('zhejiangsheng-2026', 'Project', '三澳核电二期', 4235):
        ('right', '', 'started'),
    ('zhejiangsheng-2026', 'Project', '中石化六横LNG接收站', 4242):
        ('right', '', 'started'),
    ('zhejiangsheng-2026', 'Project', '甘电入浙', 4261):
        ('right', '', 'named transmission project counted among 等项目加快推进'),
    ('zhejiangsheng-2026', 'Project', '金七门核电一期', 4266):
        ('right', '', 'pushed forward'),
    ('zhejiangsheng-2026', 'Project', '浙江（华东）深远海风电母港', 4274):
        ('right', '', 'pushed forward'),
    ('zhejiangsheng-2026', 'Project', '金华（义乌）中欧班列集结中心', 6386):
        ('right', '', 'approved for construction (获批建设), built in 2026 (高质量建设)'),
    ('zhejiangsheng-2026', 'Project', '良渚古城遗址公园', 6891):
        ('right', '', 'cultural landmark built and put into use (建成投用)'),
    ('zhejiangsheng-2026', 'Project', '杭州国家版本馆', 6900):
        ('right', '', 'built and put into use'),
    ('zhejiangsheng-2026', 'Project', '之江文化中心', 6908):
        ('right', '', 'built and put into use'),
    ('zhejiangsheng-2026', 'Project', '浙东运河', 6915):
        ('wrong', 'boundary', "the work is 浙东运河文化园; the label cuts it to the canal's name"),
    ('zhejiangsheng-2026', 'Project', '杭州芯光半导体芯片', 17904):
        ('right', '', 'to start (开工建设…等项目)'),
    ('zhejiangsheng-2026', 'Project', '沪乍杭铁路', 17914):
        ('right', '', 'to start'),
    ('zhejiangsheng-2026', 'Project', '诸暨至嵊州高速公路', 17920):
        ('right', '', 'to start; both ends kept'),
    ('zhejiangsheng-2026', 'Project', '杭淳开高速公路', 17935):
        ('right', '', 'construction to speed up'),
    ('zhejiangsheng-2026', 'Project', '衢州先导智能传感器', 17943):
        ('right', '', "construction to speed up; firm's name for its plant counted among 等项目"),
    ('zhejiangsheng-2026', 'Project', '湖州微腔电子纸显示器件', 17953):
        ('right', '', 'construction to speed up'),
    ('zhejiangsheng-2026', 'Project', '台州温玉铁路', 17974):
        ('right', '', 'to be completed (建成投运)'),
    ('zhejiangsheng-2026', 'Project', '杭州海康机器人', 17981):
        ('right', '', "firm's name for its plant counted among 等项目建成投运: required"),
    ('zhejiangsheng-2026', 'Project', '丽水富乐德传感技术', 17989):
        ('right', '', 'to be completed, counted among 等项目'),
    ('zhejiangsheng-2026', 'Project', '佛渡集装箱码头一期', 18848):
        ('right', '', '重大项目建设'),
    ('zhejiangsheng-2026', 'Project', '北仑支线复线', 18858):
        ('right', '', '重大项目建设'),
    ('zhejiangsheng-2026', 'Project', '梅山铁路专用线', 18865):
        ('right', '', '重大项目建设'),
    ('zhejiangsheng-2026', 'Project', '杭州机场', 19031):
        ('wrong', 'not-a-project', "borderline: 提升杭州、宁波、温州机场枢纽能级 raises an existing airport's hub role, no named works; the member 杭州 reads as the city"),
    ('zhejiangsheng-2026', 'Project', '宁波机场', 19034):
        ('wrong', 'not-a-project', 'borderline: 提升…机场枢纽能级 of an existing airport, no named works; the member 宁波 reads as the city'),
    ('zhejiangsheng-2026', 'Project', '嘉兴专业性航空货运枢纽', 19048):
        ('right', '', 'to be built (建设)'),
    ('zhejiangsheng-2026', 'Project', '义乌机场改扩建', 19062):
        ('right', '', 'extension to speed up'),
    ('zhejiangsheng-2026', 'Project', '横店国际影视文化创新中心', 20639):
        ('right', '', 'being built (加快…建设)'),
}

TIES = {
    ('hailaerqu-2012', 'tie park-place', '呼伦贝尔工业园区', 'Hulunbeier City|呼伦贝尔市', 5677):
        ('right', '', "place written in the park's name"),
    ('hailaerqu-2012', 'tie project-place', '呼伦贝尔市中心城新区河东部分', 'Hulunbeier City|呼伦贝尔市', 8541):
        ('right', '', 'place written in the name'),
    ('hailaerqu-2012', 'tie park-place', '海拉尔农业发展园区', 'Hailaer District|海拉尔区', 1558):
        ('right', '', "the report's own area written in the name (海拉尔农业发展园区 at 2208)"),
    ('hailaerqu-2012', 'tie project-place', '海拉尔要塞遗址博物馆', 'Hailaer District|海拉尔区', 10886):
        ('right', '', 'place written in the name'),
    ('hailaerqu-2012', 'tie project-place', '世界反法西斯战争海拉尔纪念园', 'Hailaer District|海拉尔区', 7163):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie park-place', '杭州综合保税区', 'Hangzhou City|杭州市', 2278):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '杭州国家版本馆', 'Hangzhou City|杭州市', 6900):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '杭州海康机器人', 'Hangzhou City|杭州市', 17981):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '杭州机场', 'Hangzhou City|杭州市', 19031):
        ('right', '', 'place written in the name (杭州…机场); the item itself judged wrong'),
    ('zhejiangsheng-2026', 'tie project-place', '杭州芯光半导体芯片', 'Hangzhou City|杭州市', 17904):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie park-place', '衢州综合保税区', 'Quzhou City|衢州市', 2268):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '衢州先导智能传感器', 'Quzhou City|衢州市', 17943):
        ('right', '', 'place written in the name'),
    ('hailaerqu-2012', 'tie project-place', '哈克卫生院扩建', '哈克镇', 10791):
        ('right', '', '哈克 (the town) written in the name'),
    ('hailaerqu-2012', 'tie project-place', '哈克现代化牧场二期', '哈克镇', 1949):
        ('right', '', '哈克 written in the name'),
    ('hailaerqu-2012', 'tie project-place', '哈克镇农村敬老院', '哈克镇', 10267):
        ('right', '', 'place written in the name'),
    ('hailaerqu-2012', 'tie project-place', '哈克镇现代化养殖基地', '哈克镇', 8013):
        ('right', '', 'place written in the name'),
    ('hailaerqu-2012', 'tie project-place', '天润新城', 'Xincheng District|新城区', 2544):
        ('wrong', 'wrong place', "新城 in a housing project's brand name is not the new urban area 新城区; the text (2011 review, old town) ties it to no such place"),
    ('tibetzizhiqu-2026', 'tie project-place', '西藏职业技术学院新校区', 'Tibet Autonomous Region|西藏自治区', 10607):
        ('right', '', 'place written in the name'),
    ('tibetzizhiqu-2026', 'tie project-place', '中国西藏环喜马拉雅藏医药研究中心', 'Tibet Autonomous Region|西藏自治区', 2508):
        ('right', '', 'place written in the name; the item itself judged an organisation'),
    ('zhejiangsheng-2026', 'tie project-park', '方厅水院', '长三角生态绿色一体化发展示范区', 3506):
        ('right', '', 'the text ties it (示范区建设深入推进，方厅水院等标志性项目建成投运); the object itself judged no park'),
    ('zhejiangsheng-2026', 'tie project-place', '湖州微腔电子纸显示器件', 'Huzhou City|湖州市', 17953):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '嘉兴南湖机场', 'Jiaxing City|嘉兴市', 2489):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '嘉兴专业性航空货运枢纽', 'Jiaxing City|嘉兴市', 19048):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '金华（义乌）中欧班列集结中心', 'Jinhua City|金华市', 6386):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '丽水富乐德传感技术', 'Lishui City|丽水市', 17989):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '丽水机场', 'Lishui City|丽水市', 2496):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '宁波机场', 'Ningbo City|宁波市', 19034):
        ('right', '', 'place written in the name (宁波…机场); the item itself judged wrong'),
    ('zhejiangsheng-2026', 'tie project-place', '台州弗迪新能源动力电池', 'Taizhou City|台州市', 1681):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '台州温玉铁路', 'Taizhou City|台州市', 17974):
        ('right', '', '台州 written in the name (not an end point of the route)'),
    ('zhejiangsheng-2026', 'tie project-place', '义乌机场改扩建', 'Yiwu City|义乌市', 19062):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '义乌全球数贸中心', 'Yiwu City|义乌市', 2288):
        ('right', '', 'place written in the name'),
    ('zhejiangsheng-2026', 'tie project-place', '浙江（华东）深远海风电母港', 'Zhejiang Province|浙江省', 4274):
        ('right', '', 'place written in the name'),
    ('hailaerqu-2012', 'tie project-target', '奶牛规模养殖场', '奶牛规模养殖场数量: 实施5个奶牛规模养殖场', 8131):
        ('right', '', 'borderline: the figure counts those farms (实施5个奶牛规模养殖场), though the item itself is a plural kind (judged wrong)'),
    ('zhejiangsheng-2026', 'tie park-outcome', '宁波舟山港', '宁波舟山港集装箱吞吐量: 宁波舟山港集装箱吞吐量4387万标箱', 2361):
        ('right', '', "the port's own throughput (the item itself judged no park)"),
    ('zhejiangsheng-2026', 'tie park-outcome', '宁波舟山港', '宁波舟山港集装箱吞吐量: 增长11.6%', 2380):
        ('right', '', "growth of the port's own throughput"),
    ('zhejiangsheng-2026', 'tie project-outcome', '杭州机场', '杭州萧山国际机场旅客吞吐量: 杭州萧山国际机场旅客吞吐量突破5000万人次', 2466):
        ('right', '', "the Hangzhou airport's own passenger throughput (the item itself judged wrong)"),
    ('zhejiangsheng-2026', 'tie park-target', '宁波舟山港', '宁波舟山港集装箱吞吐量: 宁波舟山港集装箱吞吐量达到4500万标箱', 18905):
        ('right', '', "the port's own throughput target"),
}


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [{k: unguarded(v or "") for k, v in row.items()} for row in csv.DictReader(f)]


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: check-e54-verdicts.py ITEMS.csv TIES.csv")
    items, ties = read(argv[1]), read(argv[2])
    problems, rows = [], []
    seen_items, seen_ties = set(), set()
    for r in items:
        key = (r["report"], r["kind"], r["label"], int(r["quote_start"]))
        seen_items.add(key)
        if key not in ITEMS:
            problems.append(f"item row without a verdict: {key}")
            continue
        rows.append([r["report"], r["kind"], r["label"], r["alts"], "", "", r["quote_start"], r["quote"],
                     r["sentence"], *ITEMS[key]])
    for r in ties:
        key = (r["report"], r["kind"], r["subject"], r["object"], int(r["quote_start"]))
        seen_ties.add(key)
        if key not in TIES:
            problems.append(f"tie row without a verdict: {key}")
            continue
        rows.append([r["report"], r["kind"], "", "", r["subject"], r["object"], r["quote_start"], r["quote"],
                     r["sentence"], *TIES[key]])
    problems += [f"item verdict without a row: {k}" for k in ITEMS if k not in seen_items]
    problems += [f"tie verdict without a row: {k}" for k in TIES if k not in seen_ties]
    for key, (verdict, category, _note) in list(ITEMS.items()) + list(TIES.items()):
        if verdict not in ("right", "wrong") or (verdict == "wrong") != bool(category):
            problems.append(f"malformed verdict: {key}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    with open(OUT, "x", encoding="utf-8", newline="") as f:
        w = GuardedWriter(f)
        w.writerow(COLUMNS)
        for row in rows:
            w.writerow(row)
    print(f"wrote {OUT} ({len(items)} items, {len(ties)} ties)")


if __name__ == "__main__":
    main(sys.argv)
