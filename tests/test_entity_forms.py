"""Regression tests of projects63 (docs/checks/projects63.md): one work written with and without its head is one
project, and a list's last member does not keep the adverb of its predicate."""
from __future__ import annotations

from entity_helpers import labels, run

JIANGSU_1 = ("淮河入海水道二期工程启动实施，苏南运河二级航道、宿连三级航道全线通航，镇江谏壁一线船闸扩容改造，"
             "交通强省建设全面提速。")
JIANGSU_2 = "实施淮河入海水道二期、吴淞江江苏段整治等工程。"
GUANGXI_1 = "黄桶至百色铁路、合浦至湛江铁路、环北部湾广西水资源配置工程开工建设。"
GUANGXI_2 = "续建黄桶至百色、合浦至湛江等7个铁路项目，力争南珠高铁广西段贯通。"


def test_a_list_member_does_not_keep_the_adverb_of_its_predicate():
    # jiangsu-2026: 宿连三级航道全线通航 -> 宿连三级航道 (全线 is how the waterway opened)
    ents, _ = run(JIANGSU_1, part="review", place="江苏省", parents=[])
    assert "宿连三级航道" in labels(ents, "Project")
    assert "宿连三级航道全线" not in labels(ents, "Project")


def test_a_work_with_and_without_its_works_head_is_one_project():
    # jiangsu-2026: 淮河入海水道二期工程 (review) and 淮河入海水道二期 (plan) were two projects
    ents, _ = run(JIANGSU_1 + JIANGSU_2, part="review", place="江苏省", parents=[])
    works = [e for e in ents if e.kind == "Project" and e.label.startswith("淮河入海水道二期")]
    assert [(e.label, e.alt_labels) for e in works] == [("淮河入海水道二期工程", {"淮河入海水道二期"})]
    assert len(works[0].spans) == 2


def test_a_route_written_with_and_without_its_head_is_one_project():
    # guangxi-2026: 黄桶至百色铁路 and the list member 黄桶至百色 (…等7个铁路项目) were two projects
    ents, _ = run(GUANGXI_1 + GUANGXI_2, part="review", place="广西壮族自治区", parents=[])
    found = labels(ents, "Project")
    assert "黄桶至百色" not in found and "合浦至湛江" not in found
    assert {"黄桶至百色铁路", "合浦至湛江铁路"} <= found


def test_a_work_and_its_phase_are_one_project_labelled_as_the_work():
    # sichuan-2026: 天府国际机场 (建成投运) and 天府国际机场二期 (前期工作) were two projects; the guideline makes the
    # phase the work's alternative
    text = "天府国际机场建成投运。加快天府国际机场二期等工程前期工作，建成乐山机场。"
    ents, _ = run(text, part="review", place="四川省", parents=[])
    works = [e for e in ents if e.kind == "Project" and e.label.startswith("天府国际机场")]
    assert [(e.label, e.alt_labels) for e in works] == [("天府国际机场", {"天府国际机场二期"})]
