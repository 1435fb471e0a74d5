"""scripts/iaa.py: agreement of two hand annotations of one report, on two tiny hand-made files."""
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import iaa  # noqa: E402

pytestmark = pytest.mark.unit

A = {
    "parks": [{"label": "甲经济技术开发区", "alt": ["甲经开区"]}, {"label": "乙产业园", "optional": True}],
    "projects": [{"label": "丙水厂扩建项目", "alt": ["丙水厂扩建"]}, {"label": "丁大桥"},
                 {"label": "戊路"}, {"label": "己中心", "optional": True}, {"label": "庚广场"}],
    "organizations": [{"label": "辛集团"}],
    "places": [{"label": "壬镇", "level": "town"}],
    "located_in": [["丙水厂扩建项目", "甲经济技术开发区"], ["丁大桥", "甲经济技术开发区"], ["戊路", "壬镇"]],
}
B = {
    # the park by its short form; 乙产业园 absent (optional in A: no miss)
    "parks": [{"label": "甲经开区"}],
    # 丙 by an alt; 丁 spelt differently (one error each way); 己 required (optional in A: no error);
    # 庚 optional in B (A's required item then counts neither way); 癸 only in B
    "projects": [{"label": "丙水厂扩建"}, {"label": "丁桥"}, {"label": "戊路"}, {"label": "己中心"},
                 {"label": "庚广场", "optional": True}, {"label": "癸站"}],
    "organizations": [{"label": "辛集团"}],
    "located_in": [["丙水厂扩建", "甲经开区"], ["丁桥", "甲经开区"], ["戊路", "壬镇"]],
}


def test_entities_match_by_label_or_alt_and_optional_counts_neither_way():
    got = iaa.compare(A, B)
    assert (got["parks"].tp, got["parks"].fp, got["parks"].fn) == (1, 0, 0)
    projects = got["projects"]
    assert (projects.tp, projects.fp, projects.fn) == (2, 2, 1)
    assert sorted(projects.fps) == ["丁桥", "癸站"] and projects.fns == ["丁大桥"]
    assert got["organisations"].prf() == (1.0, 1.0, 1.0)


def test_f1_is_symmetric_and_simple_agreement_is_matched_over_union():
    ab, ba = iaa.compare(A, B)["projects"], iaa.compare(B, A)["projects"]
    assert ab.prf()[2] == pytest.approx(ba.prf()[2]) == pytest.approx(4 / 7)
    assert (ba.fp, ba.fn) == (ab.fn, ab.fp)
    assert iaa.agree(ab) == pytest.approx(2 / 5)


def test_placements_rename_b_ends_to_a_labels():
    got = iaa.compare(A, B)
    # 丙 by its alt in both ends; 丁's tie is not counted twice (the two spellings already disagree)
    assert (got["placements"].tp, got["placements"].fp, got["placements"].fn) == (1, 0, 0)
    moved = dict(B, located_in=B["located_in"] + [["戊路", "甲经开区"]])
    assert iaa.compare(A, moved)["placements"].fps == [("戊路", "甲经济技术开发区")]
    assert iaa.compare(moved, A)["placements"].fns == [("戊路", "甲经开区")]
    # B annotates no places: the tie to 壬镇 is left out of located_in, not counted as a miss
    assert (got["located_in"].tp, got["located_in"].fn) == (1, 0)
    with_place = dict(B, places=[{"label": "壬镇"}])
    assert iaa.compare(A, with_place)["located_in"].tp == 2


def test_strict_drops_optional_flags_and_splits_are_listed():
    strict = iaa.compare(A, B, strict=True)
    assert (strict["projects"].tp, strict["projects"].fp, strict["projects"].fn) == (4, 2, 1)
    assert (strict["parks"].fn, strict["parks"].fns) == (1, ["乙产业园"])
    assert sorted(iaa.status_splits(A, B)) == [("projects", "己中心", "B"), ("projects", "庚广场", "A")]
    two = dict(B, projects=B["projects"] + [{"label": "丙水厂扩建项目一期", "alt": ["丙水厂扩建项目"]}])
    assert ("projects", "丙水厂扩建项目", ["丙水厂扩建", "丙水厂扩建项目一期"]) in iaa.identity_splits(A, two)


def test_command_prints_the_table_for_two_files(tmp_path, capsys):
    a, b = tmp_path / "r-entities.yaml", tmp_path / "r2-entities.yaml"
    a.write_text(yaml.safe_dump(A, allow_unicode=True), encoding="utf-8")
    b.write_text(yaml.safe_dump(B, allow_unicode=True), encoding="utf-8")
    assert iaa.main([str(a), str(b), "--diff"]) == 0
    out = capsys.readouterr().out
    assert "| r2 | projects | 2 | 2 | 1 | 0.50 | 0.67 | 0.57 | 0.40 |" in out
    assert "only A: ['丁大桥']" in out


def test_default_pairs_cover_every_second_annotation_in_the_folder(tmp_path):
    for stem in ("b-2026", "a-2013"):
        (tmp_path / f"{stem}-entities.yaml").write_text("parks: []\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    pairs = iaa.dev_pairs(tmp_path)
    assert [b.name for _, b in pairs] == ["a-2013-entities.yaml", "b-2026-entities.yaml"]
    assert all(a.parent.name == "dev" and a.name == b.name for a, b in pairs)
    shipped = {b.name for _, b in iaa.dev_pairs()}
    assert {"hebei-2026-entities.yaml", "jiangsu-2026-entities.yaml"} <= shipped
    assert all(a.exists() for a, _ in iaa.dev_pairs())
