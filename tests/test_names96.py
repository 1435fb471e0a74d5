"""People or households counted as those an act of aid reached keep the act before them (names96, issue 13;
docs/checks/names-served-names96.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import family_only, without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit

HELPED = "六是帮扶3000余名符合条件的残疾人就业创业。"


@pytest.mark.parametrize("text, value, expected", [
    # shanxi-2026 (its gold): the act before the number, the people and what they reach after it
    (HELPED, "3000", "帮扶残疾人就业创业人数"),
    # hunan-2026: the people named by 人 alone
    ("扛牢精准扶贫首倡地政治责任，实施脱贫人口持续增收行动，累计帮扶42.6万人消除返贫致贫风险，"
     "农村居民收入年均增长7.2%、持续高于城镇居民收入增速。", "42.6", "帮扶消除返贫致贫风险人数"),
    # neimenggu-2026: the act before the people, the number after them
    ("打赢防汛抢险攻坚战，救助各类受灾群众136万名。", "136", "救助受灾群众人数"),
    # guangdong-2026 (its gold 吸纳在粤就业创业高校毕业生人数 also moves where they work before them)
    ("吸纳超100万名高校毕业生在粤就业创业。", "100", "吸纳高校毕业生在粤就业创业人数"),
])
def test_an_aid_act_stays_before_the_people_it_reached(text, value, expected):
    assert name_of(text, value) == expected


@pytest.mark.parametrize("text, value, expected", [
    # hunan-2026: schools helped are counted as things, not people
    ("基础教育对口帮扶217所学校。", "217", "学校数量"),
    # shandong-2026 (its gold): the aid is in the name already
    ("促进政府救助与慈善帮扶有效衔接，加强重度残疾人托养照护服务工作，康复救助残疾儿童4万人以上，"
     "创新儿童福利机构“开门办院”模式。", "4", "康复救助残疾儿童人数"),
    # fujian-2026: a list of aid counted by visits, each named by its aid
    ("实施医疗救助613.7万人次、临时救助19万人次。", "19", "临时救助人次"),
    # guangxi-2026 (its gold 群众户数): 帮助 is no act of the list
    ("帮助8万户以上群众实现安居梦。", "8", "群众户数"),
    # hunan-2026 (its gold): a plain act that makes the people counted stays after them
    ("推行基层卫生人才“县管乡用、乡聘村用”，培训乡村医生5000人，加强基层医疗机构标准化建设和运行保障，"
     "拓展高水平医院结对帮扶成果。", "5000", "乡村医生培训人数"),
])
def test_aid_act_controls(text, value, expected):
    assert name_of(text, value) == expected


def test_the_aid_rule_is_audited_and_held_out_on_no_family():
    """Written from three provinces' golds: no family-only rule, and turned off it gives the stock back."""
    assert not family_only("aid_act")
    assert without_rule("aid_act", lambda: name_of(HELPED, "3000")) == ("残疾人就业创业人数", "帮扶残疾人就业创业人数")
