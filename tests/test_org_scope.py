"""A local body (教育厅, 省国资委) names no place of its own: its node is scoped to the report's jurisdiction, as a
park's is, while a national body stays one node across reports (orgs61 left the IRI to the name alone, so the
自治区国资委 of Inner Mongolia and of Guangxi were one node)."""
import pytest

from policykg import divisions
from policykg.emit.ids import entity_iri
from policykg.org_scope import local_body

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("name", ["教育厅", "林草局", "自治区国资委", "省产业技术研究院", "区矛盾纠纷调处化解中心"])
def test_a_local_body_is_one_node_per_jurisdiction(name):
    assert local_body(name)
    assert entity_iri("Organization", name, "湖南省") != entity_iri("Organization", name, "湖北省")


@pytest.mark.parametrize("name", ["教育部", "国家发展和改革委员会", "市场监管总局", "南昌实验室", "深交所"])
def test_a_body_named_by_itself_is_one_node_everywhere(name):
    assert not local_body(name)
    assert entity_iri("Organization", name, "湖南省") == entity_iri("Organization", name, "湖北省")


def test_a_body_every_city_has_is_scoped():
    """城投公司 of hailaer-2017 and of shandong-2026 (加快融资平台和城投公司改革转型) were one node; 卫健委 of the
    neimenggu-2026 附件 (牵头单位：卫健委、医保局) was global while 医保局 beside it was scoped (review61)."""
    for name in ("城投公司", "卫健委"):
        assert entity_iri("Organization", name, "海拉尔区") != entity_iri("Organization", name, "山东省")


def test_a_department_opening_with_its_place_is_one_node():
    """The contract scopes only a name naming no place of its own: 湖南省教育厅 is one body wherever it is named
    (it was scoped by its 厅 ending, so a city report's 湖南省教育厅 was another node)."""
    assert not local_body("湖南省教育厅")
    assert entity_iri("Organization", "内蒙古自治区教育厅", "海拉尔区") == entity_iri("Organization", "内蒙古自治区教育厅", "内蒙古自治区")


def _hailar_above() -> tuple[str, ...]:
    """The units above 海拉尔区 as its report's record holds them (the gazetteer's chain)."""
    return divisions.units_above(divisions.resolve_jurisdiction("海拉尔区", []), [])


def test_a_body_of_the_region_named_in_a_district_report_is_the_regions():
    """自治区国资委 (neimenggu-2026's node innermongoliazizhiqu/zizhiquguoziwei) named in a Hailar report is the
    region's body, not the district's: it was scoped to 海拉尔区 (review61); a 市 body there is Hulunbuir's."""
    hailar = _hailar_above()
    assert entity_iri("Organization", "自治区国资委", "海拉尔区", hailar) == \
        entity_iri("Organization", "自治区国资委", "内蒙古自治区")
    assert entity_iri("Organization", "市国资委", "海拉尔区", hailar) == entity_iri("Organization", "市国资委", "呼伦贝尔市")


def test_a_body_of_the_reports_own_level_or_of_no_known_unit_stays_the_reports():
    """区矛盾纠纷调处化解中心 of jinghai-2021 is the district's own; 区X in a city report under an autonomous region
    is no region's body (its level word is 自治区, not 区); with no unit above known, the report's."""
    assert entity_iri("Organization", "区矛盾纠纷调处化解中心", "静海区", ("天津市",)) == \
        entity_iri("Organization", "区矛盾纠纷调处化解中心", "静海区")
    assert entity_iri("Organization", "区国资委", "南宁市", ("广西壮族自治区",)) == \
        entity_iri("Organization", "区国资委", "南宁市")
    assert entity_iri("Organization", "自治区国资委", "海拉尔区") != entity_iri("Organization", "自治区国资委", "内蒙古自治区")


def test_a_department_opening_with_a_word_that_holds_a_level_word_stays_the_reports():
    """市场监管局 (neimenggu-2026's 附件 lead agencies) is a department of each jurisdiction: in a Jinghai report it
    is Jinghai's, not Tianjin's (its 市场 is no 市)."""
    assert entity_iri("Organization", "市场监管局", "静海区", ("天津市",)) == entity_iri("Organization", "市场监管局", "静海区")
    assert entity_iri("Organization", "市场监管局", "静海区") != entity_iri("Organization", "市场监管局", "天津市")


@pytest.mark.parametrize("name", ["区块链服务中心", "旗舰店联盟"])
def test_a_name_opening_with_a_word_that_holds_a_level_word_is_no_local_body(name):
    """区块链 and 旗舰 (chongqing-2026: 区块链; hainan-2026: 旗舰物种) open with 区 and 旗 but name no district or
    banner: such a body is one node everywhere (no dev report names one; the names are made of those words)."""
    assert not local_body(name)
    assert entity_iri("Organization", name, "重庆市") == entity_iri("Organization", name, "海南省")


def test_a_body_of_an_autonomous_prefecture_is_one_node_per_prefecture():
    """自治州, 自治县, 自治旗 (yunnan-2026: 6个自治州; guangxi-2026: 支持自治县…) open no level word of local_openings, so
    自治州人民医院 was one node everywhere, the Yanbian and the Liangshan reports' bodies merged (review62); in a
    Yanji report it and 州X are Yanbian's (level_bare_forms), 区X under an autonomous region stays the report's."""
    yanji = divisions.units_above(divisions.resolve_jurisdiction("延吉市", ["吉林省"]), ["吉林省"])
    assert local_body("自治州人民医院") and local_body("自治县人民医院") and local_body("自治旗人民医院")
    assert entity_iri("Organization", "自治州人民医院", "延吉市", yanji) == \
        entity_iri("Organization", "自治州人民医院", "延边朝鲜族自治州")
    assert entity_iri("Organization", "州人民医院", "延吉市", yanji) == \
        entity_iri("Organization", "州人民医院", "延边朝鲜族自治州")
    assert entity_iri("Organization", "自治州人民医院", "延边朝鲜族自治州") != \
        entity_iri("Organization", "自治州人民医院", "凉山彝族自治州")


def test_a_generic_body_without_its_place_is_the_reporting_jurisdictions():
    """tidy63: guangxi-2026 (国资委监管企业战略性新兴产业投资增长) and guizhou-2026 (完成能源集团、大数据集团、民航集团
    …改革; 新组建农发集团) name their own bodies by words every jurisdiction uses, with no place: each report's
    node was the same global one (id/org/guoziwei, id/org/nengyuanjituan). The national 国务院国资委 stays global."""
    for name in ("国资委", "能源集团", "大数据集团", "农发集团", "民航集团"):
        assert local_body(name)
        assert entity_iri("Organization", name, "广西壮族自治区") != entity_iri("Organization", name, "贵州省")
    assert entity_iri("Organization", "国资委", "贵州省").endswith("/guizhousheng/guoziwei")
    assert not local_body("国务院国资委") and not local_body("磷化集团")
