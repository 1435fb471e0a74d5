"""Write the reader's sheet from the sample and the verdicts below (judged without the golds)."""
import csv, sys
W = {  # label -> (category, note); absent = right
 # projects
 '第四跑道': ('right', 'borderline: list member named only with the head before it (江北国际机场T3B航站楼及第四跑道); guideline: optional'),
 '金凤': ('boundary', 'lab named only with the list head written once (金凤、嘉陵江、明月湖3个重庆实验室): reads as a place; the work is 金凤实验室'),
 '嘉陵江': ('boundary', 'lab named only with the list head (…3个重庆实验室): reads as the river'),
 '铜锣山矿区生态修复项目': ('right', 'borderline: a done restoration works named as an award case'),
 '合川渭沱': ('boundary', 'hub named by its place words only (合川渭沱、乌江彭水等多式联运枢纽建设)'),
 '江北国际机场': ('not-a-project', 'an existing airport earning a title (创建国际卫生机场); no works on it'),
 '两江影视（微短剧）产业基地': ('wrong-kind', 'borderline: an industrial base, a site firms locate in, listed with 产业集聚区 and 影视城: a park'),
 '粤东水资源优化配置工程（含龙颈水库扩建）': ('right', 'borderline: the parenthetical is a scope note; 粤东水资源优化配置工程 alone also right'),
 '高快速路': ('not-a-project', 'a generic kind (城市间高铁、城际铁路、高快速路…等建设)'),
 '跨江跨海通道': ('not-a-project', 'a generic kind'),
 '冷泉生态系统': ('boundary', 'borderline: the platform (冷泉生态系统研究装置) named short; as written it reads as an ecosystem'),
 '苏军烈士陵园升级改造': ('boundary', 'the shared works verb of the list (对A、B升级改造) glued to the last member; the site is 苏军烈士陵园 as 成吉思汗广场 is'),
 '垃圾转运站建设工程': ('right', 'borderline: a work named by its kind alone (optional by the guideline)'),
 '素质教育研学基地': ('right', 'borderline: kind alone, counted among the projects'),
 '中国星网': ('right', 'borderline: a firm for its headquarters counted among 疏解项目 (guideline: optional/required both argued)'),
 '中国中化': ('right', 'borderline: as 中国星网'),
 '雄忻': ('boundary', 'borderline: a two-character route abbreviation (雄忻、石雄铁路项目); guideline: optional'),
 '长江中游航运中心': ('not-a-project', 'a role of the province (shipping hub), not a work being done'),
 '中欧班列华中区域集结中心': ('not-a-project', 'borderline: an operating hub credited with results; no works on it in the sentence'),
 '粮食应急保障中心': ('right', 'borderline: kind alone, counted among 功能性项目'),
 '汉江流域水安全能力提升': ('right', 'borderline: reads as a programme, but named as one 战略性工程 along one river'),
 '武汉多式联运服务中心': ('not-a-project', 'a trading/service platform (7大要素交易服务平台) whose rules are perfected: an organisation'),
 '中国水权交易所武汉交易服务中心': ('not-a-project', 'as 武汉多式联运服务中心: an exchange platform, an organisation'),
 '百里长江生态廊道': ('right', 'borderline: a corridor, but named as one 标志性项目 along one river'),
 '太湖': ('boundary', 'lab named only with the list head (紫金山、太湖、钟山、云龙湖等实验室): reads as the lake'),
 '钟山': ('boundary', 'as 太湖: reads as the mountain'),
 '云龙湖': ('boundary', 'as 太湖: reads as the lake'),
 '北沿江': ('boundary', 'railway named only with the list head (北沿江、通苏嘉甬、盐泰锡常宜高铁): reads as a region'),
 '通苏嘉甬': ('right', 'borderline: a four-city route abbreviation before the shared head 高铁'),
 '宿连三级航道全线': ('boundary', '全线 belongs to the verb (全线通航)'),
 '扬州中国大运河': ('boundary', 'cut from 扬州中国大运河博物馆 (an existing museum, which is no project either)'),
 '淮河入海水道二期': ('duplicate', 'the same work as 淮河入海水道二期工程, output as a second project'),
 '江阴靖江': ('boundary', 'crossing named by its two end cities only (江阴靖江等过江通道)'),
 # parks
 '畜牧科技城': ('right', 'borderline: a 科技城 being built, no tenants named'),
 '横琴粤澳深度合作区': ('right', 'borderline: a cooperation zone that is a whole island area; named zone with a boundary'),
 '深汕特别合作区': ('right', 'borderline: as 横琴'),
 '广清经济特别合作区': ('right', 'borderline: as 横琴'),
 '北戴河生命健康产业创新示范区': ('right', 'borderline: demonstration zone listed among 承接平台'),
 '衡沧高品质蔬菜产业示范区': ('not-a-park', 'names two whole cities (衡水, 沧州): a policy zone'),
 '长三角生态绿色一体化发展示范区': ('not-a-park', 'covers whole districts of three provinces: a policy zone'),
 '紫金山国际科创基金街区': ('right', 'borderline: a named block where fund firms locate'),
 '常州国家级零碳园区': ('right', 'borderline: a title given to a park, written as a park name'),
}
TIE_WRONG = {('雄安中关村科技园', '中关村'): ('other', '中关村 is the brand of the park, not the place it lies in (雄安)')}
TIE_NOTE = {'乌江彭水': 'tie right; its subject is a boundary-wrong project', '武汉多式联运服务中心': 'tie right; subject not a project',
            '中国水权交易所武汉交易服务中心': 'tie right; subject not a project', '扬州中国大运河': 'tie right; subject cut',
            '江北国际机场': 'tie right; subject not a project', '长三角生态绿色一体化发展示范区': 'tie right; subject not a park'}
out = csv.writer(open(sys.argv[3], 'w', newline=''))
out.writerow(['report', 'kind', 'label', 'object', 'quote_start', 'quote', 'verdict', 'category', 'note', 'sentence'])
for r in csv.reader(l for l in open(sys.argv[1]) if not l.startswith(('sample_entities', 'report,'))):
    cat, note = W.get(r[2], ('right', ''))
    out.writerow([r[0], r[1], r[2], r[3], r[4], r[5], 'right' if cat == 'right' else 'wrong', '' if cat == 'right' else cat, note, r[6]])
for r in csv.reader(l for l in open(sys.argv[2]) if not l.startswith(('sample_entities', 'report,'))):
    cat, note = TIE_WRONG.get((r[2], r[3]), ('right', TIE_NOTE.get(r[2], '')))
    out.writerow([r[0], r[1], r[2], r[3], r[4], r[5], 'right' if cat == 'right' else 'wrong', '' if cat == 'right' else cat, note, r[6]])
