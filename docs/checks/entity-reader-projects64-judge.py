"""Write the reader's sheet from the sample and the verdicts below (judged without the golds)."""
import csv, sys
W = {  # label -> (category, note); absent = right
 # projects
 '乡镇便捷通': ('not-a-project', 'a category of projects (建设邻县高速通、乡镇便捷通、港口铁路通项目26个): a programme line, not one work'),
 '马祖通水通电通气通桥大陆侧项目': ('boundary', 'borderline: cut from 向金门、马祖通水通电通气通桥大陆侧项目 (金门 and 马祖 share the head)'),
 '瓮福—江山新材料及电子化学品产业园': ('wrong-kind', 'borderline: an industrial park (a park) counted among the 百亿元 projects'),
 '黄百': ('boundary', 'borderline: a two-character route abbreviation read only with the list head (黄百等4个在建铁路项目)'),
 '大湾': ('boundary', 'plant named only with the list head (大湾、盘南等煤电项目): reads as a place'),
 '盘南': ('boundary', 'as 大湾: reads as a place'),
 '哈萨尔': ('boundary', 'square named only with the head (哈萨尔、东升路两个市民广场): reads as a name'),
 '万华科威特石化股权合作': ('not-a-project', 'an equity deal counted among foreign-investment projects, no facility or work'),
 '莱临': ('boundary', 'a two-character route abbreviation read only with the list head (莱临、德商、日照至五莲、聊邯长铁路)'),
 '虹桥国际贸易中心新平台': ('not-a-project', 'a policy package (…新平台建设“33条”落地见效), not a work being built'),
 '乌东德': ('boundary', 'station named only with the list head (乌东德、白鹤滩等14座大中型水电站): reads as a place'),
 '白鹤滩': ('boundary', 'borderline: as 乌东德 (the name is also used alone for the station)'),
 # right, borderline notes
 '高校区域技术转移转化中心（福建）': ('right', 'borderline: a centre approved for building (获批建设)'),
 '闽江干流防洪提升': ('right', 'borderline: one river\'s flood works named without the shared 工程'),
 '一体化大融合“海上福建”平台': ('right', 'borderline: a digital platform counted among 项目'),
 '大村至遵义': ('right', 'borderline: a route with both ends before the shared head 铁路'),
 '纳雍至六盘水': ('right', 'borderline: as 大村至遵义'),
 '日照至五莲': ('right', 'borderline: as 大村至遵义'),
 '长江国家文化公园贵州段': ('right', 'borderline: a section of a national cultural park being built'),
 '污泥处置工程': ('right', 'borderline: a work named by its kind alone (guideline: optional)'),
 '第二幼儿园': ('right', 'borderline: kind with an ordinal (区幼儿园第一分园、第二幼儿园)'),
 '自治区冬季项目体育场馆': ('right', 'borderline: kind with its owner'),
 '黑羊站水厂3万吨扩建': ('right', 'borderline: the capacity 3万吨 is no part of a name'),
 '二手车国际贸易综合服务平台': ('right', 'borderline: a platform being built (加快建设)'),
 '上海国际再保险登记交易中心': ('right', 'borderline: an exchange being built (加快建设); guideline: a centre being built is a project'),
 '产训融合技能发展中心': ('right', 'borderline: a centre named by its kind, being built'),
 '成南扩容': ('right', 'borderline: the route widening written without the head 高速; reads as nothing but the route'),
 '省低空运行管理服务平台': ('right', 'borderline: a platform built and run as new infrastructure'),
 '高原病防治基地': ('right', 'borderline: kind alone, being built'),
 '京东方': ('right', 'a firm for its plant, counted among 重大产业项目 (guideline: required)'),
 '惠科': ('right', 'as 京东方'),
 # parks
 '福厦泉国家自主创新示范区': ('not-a-park', 'covers three whole cities: a policy zone'),
 '涉台园区': ('not-a-park', 'generic (the Taiwan-related parks, plural)'),
 '长三角生态绿色一体化发展示范区': ('not-a-park', 'covers whole districts of three provinces: a policy zone'),
 '浦西世博园区': ('not-a-park', 'borderline: the Expo site as a waterfront space (滨水空间环境), no firms'),
 '福州大学城': ('right', 'borderline: a university town supported as an innovation hub'),
 '东方航天港': ('right', 'borderline: a space-industry port, an industrial base'),
 '上合示范区': ('right', 'borderline: a demonstration zone with a boundary in Jiaozhou'),
 '中国（贵州）自由贸易试验区': ('right', 'borderline: applied for (申建), not yet a zone'),
 '科创综合保税区': ('right', 'borderline: to be set up (设立)'),
 '中国（绵阳）科技城': ('right', 'borderline: a science city that is a whole-city brand'),
}
TIE_WRONG = {}
TIE_NOTE = {('上海国际再保险登记交易中心', '临港新片区'): 'borderline: the sentence opens on 临港新片区 reforms; no 在X建设',
            ('主题酒店', '中俄蒙文化创意产业园'): 'borderline: a kind-named work of the park project',
            ('长三角生态绿色一体化发展示范区', None): 'tie right; subject not a park'}
out = csv.writer(open(sys.argv[3], 'w', newline=''))
out.writerow(['report', 'kind', 'label', 'object', 'quote_start', 'quote', 'verdict', 'category', 'note', 'sentence'])
for r in csv.reader(l for l in open(sys.argv[1]) if not l.startswith(('sample_entities', 'report,'))):
    cat, note = W.get(r[2], ('right', ''))
    out.writerow([r[0], r[1], r[2], r[3], r[4], r[5], 'right' if cat == 'right' else 'wrong', '' if cat == 'right' else cat, note, r[6]])
for r in csv.reader(l for l in open(sys.argv[2]) if not l.startswith(('sample_entities', 'report,'))):
    cat, note = TIE_WRONG.get((r[2], r[3]), ('right', TIE_NOTE.get((r[2], r[3]), TIE_NOTE.get((r[2], None), ''))))
    out.writerow([r[0], r[1], r[2], r[3], r[4], r[5], 'right' if cat == 'right' else 'wrong', '' if cat == 'right' else cat, note, r[6]])
