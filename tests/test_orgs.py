"""Organisations (extract/named.py, extract/org_shape.py, data/lexicons/orgs.yaml): one test per
behaviour, on sentences of dev reports."""
from __future__ import annotations

import pytest

from entity_helpers import labels, run

pytestmark = pytest.mark.unit


def orgs(text: str, place: str = "福建省", parents=()) -> set[str]:
    ents, _ = run(text, place=place, parents=list(parents))
    return labels(ents, "Organization")


def test_a_governing_verb_is_not_part_of_the_name():
    assert "深圳海洋大学" in orgs("加快建设大湾区大学，筹设深圳海洋大学。", "广东省")
    assert not any(o.startswith("筹设") for o in orgs("加快建设大湾区大学，筹设深圳海洋大学。", "广东省"))


def test_a_verb_after_one_name_starts_the_next():
    found = orgs("新疆银行吸收合并库尔勒银行，新疆农商银行挂牌成立。", "新疆维吾尔自治区")
    assert {"新疆银行", "库尔勒银行", "新疆农商银行"} <= found
    assert not any("合并" in o for o in found)


def test_a_unit_keeps_the_name_of_its_parent():
    assert "重庆大学智能汽车技术学院" in orgs("挂牌重庆大学智能汽车技术学院。", "重庆市")


def test_a_province_own_group_named_by_its_sector():
    found = orgs("国有企业改革深化提升行动圆满收官，重组组建省工业控股集团，推动出台民营经济促进条例。")
    assert "省工业控股集团" in found
    assert "省纺织集团" in orgs("做强省纺织集团，纺织产业增加值增长15%左右。", "贵州省")


@pytest.mark.parametrize("text", [
    "支持更多企业成为上市公司。",
    "推进医保基金即时结算。",
    "二级以上医院全面开展检查检验结果互认。",
    "新增三甲医院2家。",
    "建成两所大学新校区。",
])
def test_a_kind_of_body_is_not_an_organisation(text):
    assert orgs(text) == set()


def test_a_centre_the_state_names_by_a_field():
    assert "国家生猪技术创新中心" in orgs("获批国家生猪技术创新中心，10个创新创业生态圈成势见效。", "重庆市")
    assert orgs("加快培育国家技术创新中心。", "湖南省") == set()


def test_a_named_laboratory_but_not_a_kind_nor_a_national_one():
    assert "岳麓山实验室" in orgs("依托岳麓山实验室，推动种业创新。", "湖南省")
    assert orgs("体系化布局建设多层次实验室。", "广东省") == set()
    assert orgs("推进在沪国家实验室建设。", "上海市") == set()


def test_international_bodies_alliances_and_exchanges():
    assert "联合国教科文组织" in orgs("“赫哲族伊玛堪”转入联合国教科文组织人类非物质文化遗产代表作名录。", "黑龙江省")
    assert orgs("加强社会组织建设。") == set()
    assert "长三角大科学装置联盟" in orgs("打造长三角大科学装置联盟。", "江苏省")
    assert "深交所" in orgs("支持深交所深化创业板改革。", "广东省")


def test_an_exchange_qualifying_a_kind_is_named_alone():
    found = orgs("科创板、北交所上市公司数量居全国第一。", "江苏省")
    assert "北交所" in found and not any(o.endswith("公司") for o in found)


def test_an_agency_keeps_its_jurisdiction():
    found = orgs("强化部门协同监管，省国资委监管企业利润增长。", "贵州省")
    assert "省国资委" in found and "国资委" not in found
    assert "国家发展改革委" in orgs("先行区建设经验被国家发展改革委集中推广。", "宁夏回族自治区")


def test_a_suffix_inside_a_longer_word_names_nothing():
    assert orgs("支持高校和科研院所开展有组织科研。") == set()


def test_members_of_a_list_of_platforms_are_bodies_only_when_named_like_one():
    assert orgs("提升综合保税区、航空口岸、国际陆港等平台能级。", "山西省") == set()
    assert {"中物网", "工场网"} <= orgs("引进中物网、工场网等平台企业。", "静海区", ["天津市"])


def test_a_province_own_institute_but_not_its_kind_of_centre():
    assert "省高等研究院" in orgs("建好建强省高等研究院、省工程师学院。", "黑龙江省")
    assert orgs("加强省实验室、省技术创新中心等多层级科技平台建设。", "海南省") == set()


def test_a_centre_founded_is_an_organisation():
    assert "省足球运动管理中心" in orgs("出台足球振兴发展政策文件，成立省足球运动管理中心。")
    assert orgs("设立全球供应链管理中心，推动总部经济发展。", "上海市") == set()


def test_a_securities_firm_is_named_by_a_brand():
    found = orgs("德邦证券、富泽人寿成功落户，恒丰银行稳健发展。", "山东省")
    assert {"德邦证券", "恒丰银行"} <= found
    assert orgs("推进知识产权证券化。") == set()


def test_a_name_opening_with_a_class_or_tier_word_is_a_kind():
    assert orgs("构建开放型汽车生态实验室。", "安徽省") == set()
    assert orgs("建设地级公立中医医院。", "新疆维吾尔自治区") == set()


def test_a_founded_kind_is_cut_at_its_own_suffix(monkeypatch):
    """The kind test cuts the founded suffix the text matched, whatever its length (a three-character one
    too): 成立新型研究院 founds a kind of institute, not a body."""
    from policykg.extract import org_shape

    raw = {**org_shape.orgs_raw(), "founded_suffixes": ["研究院"]}
    monkeypatch.setattr(org_shape, "orgs_raw", lambda: raw)
    org_shape._founded_re.cache_clear()
    try:
        assert org_shape.founded("成立新型研究院。") == []
        assert org_shape.founded("成立华中量子研究院。") == [(2, 9)]
    finally:
        org_shape._founded_re.cache_clear()


def test_a_coined_short_name_before_its_group_is_a_brand():
    assert "龙煤集团" in orgs("持续深化龙煤集团、北大荒集团、龙江森工集团综合改革。", "黑龙江省")
    assert "抖音集团" in orgs("微短剧等新业态新模式蓬勃发展，抖音集团首届红果创作者大会在我省举办。", "山西省")
    # 银行 is not such a suffix: a clause cut short before it names no bank
    assert not any(o.endswith("标世界银行") for o in orgs("对标世界银行营商环境评价标准，全力打造综合最优的政策环境。", "辽宁省"))


def test_a_short_member_listed_with_a_group_is_a_body():
    found = orgs("西部矿业、能源发展集团等6家企业入选2025西部企业数字化建设成效卓越单位。", "青海省")
    assert {"西部矿业", "能源发展集团"} <= found
    assert "黔晟国资" in orgs("完成能源集团、大数据集团、民航集团、贵旅集团、黔晟国资等一批企业战略性重组和专业化整合。", "贵州省")
    # alone, a name of common words is not taken as a firm
    assert "西部矿业" not in orgs("西部矿业等6家企业入选2025西部企业数字化建设成效卓越单位。", "青海省")


def test_an_agency_word_inside_department_is_no_ministry():
    assert "科技部" not in orgs("推动科技部门、高校院所、产业部门共同凝练科技项目。", "山西省")
    assert "教育部" not in orgs("14所省属高职院校划转为省级教育部门主管。", "贵州省")
    assert {"教育部", "财政部"} <= orgs("由教育部和财政部联合实施，旨在建设一批高水平学校和高水平专业群。", "广东省")


def test_a_suffix_inside_a_longer_word_ends_no_name():
    found = orgs("资助残疾人大学生和困难残疾人家庭子女大学生。", "山西省")
    assert not any(o.endswith("大学") for o in found)
    assert "松江大学" not in orgs("加快松江大学城科创源建设。", "上海市")
    assert "福州大学" in orgs("福州大学获批设置临床医学本科专业。")


def test_a_fixed_body_alone_but_not_opening_a_longer_name():
    assert "联合国" in orgs("防沙治沙新技术等3项经验在联合国相关大会交流。", "宁夏回族自治区")
    assert "央视" in orgs("电视剧《乌蒙深处》等在央视热播。", "贵州省")
    assert "央视" not in orgs("放大央视春晚合肥分会场、“科大硅谷”等品牌效应。", "安徽省")
    assert "联合国" not in orgs("3个典型案例亮相联合国气候变化大会。")


def test_a_hospital_needs_a_proper_word_or_its_jurisdiction():
    assert not any(o.endswith("医院") for o in orgs("加大对头部医院科研支持力度。"))
    assert not any(o.endswith("医院") for o in orgs("提升省外三甲医院帮扶县级医疗机构质效。", "贵州省"))
    assert "省人民医院" in orgs("省人民医院绩效考核连续两年进入全国A+等级。", "海南省")


def test_a_fund_is_no_organisation():
    assert not orgs("加强社保基金监管。", "湖南省")
    assert not orgs("设立专项基金。", "江苏省")


# ------------------------------------------------------------------------------- orgs61
def test_public_list_bodies_taken_as_words_of_their_own():
    assert {"最高法", "海关总署"} <= orgs("最高法、海关总署等数据中心建成，新华三图灵小镇等一批重点工程开工。", "宁夏回族自治区")
    assert "中宣部" in orgs("电影《钢铁意志》等6部作品获中宣部“五个一工程”奖。", "辽宁省")
    assert "中科院" in orgs("国家中药材种质资源库开工建设，中科院在湘布局文化和科技融合研究机构取得重大进展。", "湖南省")


def test_a_public_list_body_after_a_place_word_names_a_site():
    found = orgs("揭阳中石油炼化一体化等23个投资额百亿元以上重大工业项目建成投产。", "广东省")
    assert "中石油" not in found


def test_a_province_department_by_its_short_name():
    text = "开展城市重点区域交通通行质量提升行动，有效缓解高峰堵车、乱收费、停车难等问题（牵头单位：交通厅、公安厅、住建厅）。"
    assert {"交通厅", "公安厅", "住建厅"} <= orgs(text, "内蒙古自治区")


def test_bodies_a_clause_sets_up():
    found = orgs("海南国际碳排放权交易中心、海南国际蓝碳研究中心挂牌运行。", "海南省")
    assert {"海南国际碳排放权交易中心", "海南国际蓝碳研究中心"} <= found
    assert "中部地区国家高新区联盟" in orgs("公共服务共享作用明显提升，中部地区国家高新区联盟在汉成立。", "湖北省")


def test_a_body_set_up_in_another_is_two_bodies():
    found = orgs("中国哈克文化研究促进专业委员会在北京大学软实力研究中心成立,首届中国哈克文化国际研讨会成功举办。",
                 "海拉尔区", ["呼伦贝尔市", "内蒙古自治区"])
    assert {"中国哈克文化研究促进专业委员会", "北京大学软实力研究中心"} <= found
    assert not any("在" in o for o in found)


def test_the_subject_of_a_verb_taking_a_body_is_no_part_of_it():
    found = orgs("长白山获联合国教科文组织批准列入世界地质公园网络名录。", "吉林省")
    assert "联合国教科文组织" in found and not any(o.startswith("长白山") for o in found)
    text = "制定创新平台体系建设方案，充分发挥教育部宁夏高等研究院、国家级中试平台等支撑作用。"
    found = orgs(text, "宁夏回族自治区")
    assert "教育部宁夏高等研究院" in found and not any(o.startswith("充分") for o in found)


def test_a_verb_before_a_public_list_body_ends_its_subject():
    found = orgs("“琉光璃彩”淄博琉璃艺术展走进国家博物馆、广受好评。", "山东省")
    assert "国家博物馆" in found and not any("走进" in o for o in found)


def test_a_body_formed_but_not_a_counted_kind():
    assert "省国金投资集团" in orgs("开展市场准入壁垒清理整治等专项行动，组建省国金投资集团、江苏农商联合银行。", "江苏省")
    assert "省政府参事室" in orgs("组建运行省政府参事室。", "海南省")
    assert not any("医疗集团" in o for o in orgs("组建紧密型城市医疗集团39个、县域医共体192个。", "四川省"))


def test_firms_listed_on_an_exchange():
    assert "大鹏工业" in orgs("天有为、大鹏工业成功上市。", "黑龙江省")
    assert "奇瑞汽车" in orgs("奇瑞汽车登陆港交所。", "安徽省")
    assert orgs("开展企业上市攻坚行动，推动一批优质企业登陆资本市场。", "辽宁省") == set()


def test_a_body_named_only_inside_a_facility_name():
    found = orgs("提升医疗服务能力，加快建设中南大学国家医学中心、省级区域医疗中心。", "湖南省")
    assert "中南大学" not in found


def test_organisation_read_as_a_verb_names_none():
    assert orgs("政府工作人员要敬畏组织、敬畏法律、敬畏人民，筑牢思想防线。", "海拉尔区", ["呼伦贝尔市", "内蒙古自治区"]) == set()


def test_a_museum_named_by_its_own_word():
    text = "上海博物馆“古埃及文明大展”总营收7.6亿元，带动城市综合消费350亿元。"
    assert "上海博物馆" in orgs(text, "上海市")
