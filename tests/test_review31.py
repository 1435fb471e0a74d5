"""Review 31: a second reading of names65, names66 and hostile35 (docs/checks/review31.md). One regression test
per finding: the per-head list, the adverb cut out of 非正式, the capacity after a bare verb and the marker saved by
an editor (`make clean` over an edited output is tests/test_reliability36.py's)."""
from __future__ import annotations


import pytest

from cli_helpers import SEED, copy_out, one_line, run_cli, tree
from quantity_helpers import names

HAILAER_2013 = ("企业退休人员基本养老金、城镇低保标准、社区干部生活补贴和环卫工人工资再次提高，"
                "月人均分别提高{}元、{}元、{}元和{}元。")


@pytest.mark.unit
def test_a_per_head_list_of_levels_is_no_rise():
    """Regression: a bare 月人均 list read every figure as a rise, so the pays reached (分别提高到, 分别达到) were
    named 增加额. The hailaer-2013 sentence, its figures made levels; the rises keep their names (names65)."""
    rises = names(HAILAER_2013.format(221, 90, 350, 300), "review", 2013)
    assert [n for n, _ in rises][0] == "企业退休人员月人均基本养老金增加额"
    for verb in ("分别提高到", "分别达到"):
        levels = names(HAILAER_2013.replace("分别提高", verb).format(2210, 900, 3500, 3000), "review", 2013)
        assert len(levels) == 4 and not any(n.endswith("增加额") for n, _ in levels), levels


@pytest.mark.unit
def test_an_informal_meeting_keeps_its_adverb():
    """Regression: names66's act_adverbs cut 正式 out of 非正式 (领导人非正式会议 → 领导人非会议), a word of the
    name (guangdong 2026 writes 第三十三次领导人非正式会议); hainan's 正式启用 still drops it."""
    assert names("举办3次领导人非正式会议。", "review", 2026) == [("领导人非正式会议数量", 3)]
    assert names("10个“二线口岸”正式启用。", "review", 2026) == [("“二线口岸”启用数量", 10)]


@pytest.mark.unit
def test_a_capacity_after_a_bare_verb_is_the_plants():
    """Regression: name_capacity ran only when the words before the number named something, so the same shape
    after a bare verb kept the plant alone as the name of a power figure (neimenggu 2026, a dev sentence:
    完成2100万千瓦火电机组 → 火电机组)."""
    sentence = "蓝天、碧水、净土保卫战取得重大成果，完成2100万千瓦火电机组、2812万吨钢铁产能、395台燃煤锅炉超低排放改造。"
    found = dict(names(sentence, "review", 2026))
    assert found.get("火电机组规模") == 2100 and found.get("钢铁产能") == 2812, found


def _edited_copy(built, tmp_path):
    out = copy_out(built, tmp_path)
    with open(out / "graph.ttl", "a", encoding="utf-8") as fh:
        fh.write("# checked by hand: the 2021 targets are right\n")
    return out


@pytest.mark.unit
def test_a_marker_an_editor_saved_with_crlf_still_guards_an_edited_file(cli_seed_out, tmp_path):
    """Regression: a marker saved with CRLF line ends hid its list and sums, and the next build replaced a
    graph.ttl the user had written into without a word (hostile35's check never ran)."""
    out = _edited_copy(cli_seed_out, tmp_path)
    marker = out / ".policykg-output"
    marker.write_bytes(marker.read_bytes().replace(b"\n", b"\r\n"))
    before = tree(out)
    one_line(run_cli("build", SEED, "--out", out, "--jobs", "1"), 2, r"holds graph\.ttl, changed since policykg wrote it")
    assert tree(out) == before


@pytest.mark.unit
def test_a_marker_an_editor_saved_with_a_bom_is_still_ours(cli_seed_out, tmp_path):
    """Regression: a marker saved with a byte-order mark was taken for a file of the user's, so an untouched
    output of policykg was refused ("holds .policykg-output, which policykg did not write")."""
    out = copy_out(cli_seed_out, tmp_path)
    marker = out / ".policykg-output"
    marker.write_bytes(b"\xef\xbb\xbf" + marker.read_bytes())
    r = run_cli("build", SEED, "--out", out, "--quiet", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert not (out / ".policykg-output").read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.unit
def test_a_qualified_pay_stays_whole_around_the_per_head_word():
    """Regression: the pay's own qualifier was read as part of who gets it (城乡居民基础养老金 → 城乡居民基础
    月人均养老金增加额). The pays are dev words (基础养老金 and 重度残疾人护理补贴 on 17 dev reports) in
    hailaer-2014's shape; hailaer-2014's own sentence keeps its gold."""
    assert names("城乡居民基础养老金全年人均增长240元。", "review", 2014) == [("城乡居民人均基础养老金增加额", 240)]
    assert names("重度残疾人护理补贴全年人均增长240元。", "review", 2014) == [("重度残疾人人均护理补贴增加额", 240)]
    assert names("社区工作人员和环卫一线人员生活补贴全年人均增长2400元。", "review", 2014) == [
        ("社区工作人员和环卫一线人员人均生活补贴增加额", 2400)]
