"""Figure names read wrong in names73's sample (issue 13; docs/checks/indicator-names73.md): targets and outcomes
whose name reaches no concept. The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, expected", [
    # shandong 2026: was 省财政直管县调整优化数量
    ("恒丰银行稳健发展，新增上市公司10家，35家村镇银行完成改革任务。省财政直管县调整优化为48个，15个强县参照直管县管理。",
     "48", "省财政直管县数量"),
    # guangxi 2026: was 园区整合优化数量
    ("产业园区管理机构、人事、综合评价等改革加快落实，188个园区整合优化为120个。", "120", "园区数量"),
])
def test_a_level_after_a_reorganising_verb_is_the_stock(sentence, value, expected):
    assert name_of(sentence, value, "review") == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # hainan and chongqing 2026 (controls): the 由…为 form as before
    ("中职学校由71所优化整合为47所。", "47", "中职学校数量"),
    ("市属重点国企由51家整合为33家，园区开发区由106家整合为50家。", "33", "市属重点国企数量"),
])
def test_the_from_to_form_is_unchanged(sentence, value, expected):
    assert name_of(sentence, value, "review") == expected


@pytest.mark.parametrize("sentence, value, part, expected", [
    # chongqing 2026 (target; gold 安装消防物联感知设备的老旧高层建筑数量): was 老旧高层建筑安装消防物联感知设备数量
    ("建成反诈工作站100个；持续深入推进高层建筑消防安全治理，为6000栋老旧高层建筑安装消防物联感知设备。",
     "6000", "plan", "安装消防物联感知设备的老旧高层建筑数量"),
    # ningxia 2026 (outcome): was 农民工解决了拖欠工资人数
    ("新增城镇就业8.55万人、农村劳动力转移就业86万人。为6.2万名农民工解决了拖欠工资问题。",
     "6.2", "review", "解决拖欠工资问题的农民工人数"),
    # jilin 2026 (target; gold …中心和乡镇卫生院数量): was 医保定点社区卫生服务中心数量, one member of two
    ("为1000家左右医保定点社区卫生服务中心、乡镇卫生院配备医保刷脸支付终端，实现基层医疗机构医保智慧便民服务全覆盖。",
     "1000", "plan", "配备医保刷脸支付终端的医保定点社区卫生服务中心、乡镇卫生院数量"),
])
def test_things_a_concrete_act_is_done_for_are_named_by_it(sentence, value, part, expected):
    assert name_of(sentence, value, part) == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # chongqing and guizhou 2026 (controls, gold): a service given (开展, 提供) keeps its form
    ("治理中心城区交通堵乱点60处；为200万名以上中小学生开展心理健康测评。", "200", "心理健康测评中小学生人数"),
    ("改造提升25个标准化养老机构，为2万名特殊困难老年人提供居家社区机构服务，开展留守儿童、流动儿童和困境儿童关爱服务100万人次。",
     "2", "居家社区机构服务特殊困难老年人人数"),
])
def test_services_given_keep_their_form(sentence, value, expected):
    assert name_of(sentence, value, "plan") == expected


@pytest.mark.parametrize("sentence, expected", [
    # hunan 2026: was 行政村
    ("“和美湘村”扩面提质，超50%的行政村达到美丽乡村标准。", "行政村达到美丽乡村标准比例"),
    # guangxi 2026: was 监测对象稳定消除返贫风险
    ("特色产业覆盖率超90%，脱贫人口务工规模293.2万人，超80%监测对象稳定消除返贫风险。", "监测对象稳定消除返贫风险比例"),
    # anhui 2026: was 省科技攻坚项目 (a share named as the projects)
    ("超80%的省科技攻坚项目、资金、研发投入由企业承担，科技型企业贷款余额增长4.5倍。", "省科技攻坚项目比例"),
])
def test_a_share_after_a_comparing_word_is_of_the_things_in_their_state(sentence, expected):
    value = "50" if "超50%" in sentence else "80"
    assert name_of(sentence, value, "review") == expected
