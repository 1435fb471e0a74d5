"""parks38: the strict grouped park miss classification (scripts/park_misses_grouped.py) and the offline decision
variants over its dump (scripts/park_dump_variants.py), on names and sentences of dev reports."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))


def _row(name, p, *, thr=0.3, head=("fujian-2026", 7, "Park", 40), a=0, general_only=False):
    x = {"Park:general_only": 1.0} if general_only else {}
    return {"stem": head[0], "name": name, "p": p, "thr": thr, "head": list(head), "a": a, "x": x}


def test_a_missed_name_sharing_a_head_with_another_candidate_is_reported_as_an_overlap():
    """chongqing-2026's 两江影视（微短剧）产业基地 has no candidate of its own (the middle stops at the bracket); the
    table names the candidate nearest to it. jilin-2026's 四平新开区 shares two characters with its list neighbour
    辽源高新区 only: no overlap is named for it."""
    from park_misses_grouped import _before, _overlap
    records = [{"name": ("Park", "全球最大己二酸生产基地")}, {"name": ("Park", "辽源高新区")},
               {"name": ("Project", "两江影视产业基地项目")}]
    assert _overlap("两江影视（微短剧）产业基地", records) == "全球最大己二酸生产基地"
    assert _overlap("四平新开区", records) == ""
    text = "松原石化园区、辽源高新区、四平新开区入选首批国家级零碳园区建设名单。"
    assert _before(text, "四平新开区") == "辽源高新区、"
    assert _before(text, "东南汽车城") == "(not in text)"


def test_the_offline_decision_keeps_the_best_boundary_of_a_head_at_its_folds_threshold():
    """Per head the likeliest candidate wins (shandong-2026: 东方航天港 over 烟台东方航天港) and is kept only at the
    fold's threshold; a general-only candidate (fujian-2026's 东南汽车城, 0.03 in its fold) only under --general."""
    from park_dump_variants import kept_names, score
    rows = [_row("烟台东方航天港", 0.02, head=("shandong-2026", 3, "Park", 30), a=10),
            _row("东方航天港", 0.05, head=("shandong-2026", 3, "Park", 30), a=12),
            _row("东南汽车城", 0.03, general_only=True), _row("涉台园区", 0.95, head=("fujian-2026", 9, "Park", 20))]
    assert kept_names(rows) == {"fujian-2026": {"涉台园区"}}
    assert kept_names(rows, 0.03) == {"fujian-2026": {"涉台园区", "东南汽车城"}}
    assert kept_names(rows, 0.04) == {"fujian-2026": {"涉台园区"}}
    gold = {"fujian-2026": ([{"东南汽车城"}], set()), "shandong-2026": ([{"烟台东方航天港"}], {"东方航天港"})}
    assert score(kept_names(rows), gold) == (0, 1, 2)
    assert score(kept_names(rows, 0.03), gold) == (1, 1, 1)


@pytest.mark.parametrize("line", ['{"stem": "fujian-2026", "name": "东南汽车城", "p": 0.03}', '["东南汽车城", 0.03]'])
def test_a_dump_line_of_another_shape_is_refused_in_one_line(tmp_path, monkeypatch, capsys, line):
    """review28: a JSON line without the keys of a park candidate ended in a KeyError or TypeError traceback."""
    import park_dump_variants
    dump = tmp_path / "parks.jsonl"
    dump.write_text(line + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["park_dump_variants.py", str(dump)])
    with pytest.raises(SystemExit) as exc:
        park_dump_variants.main()
    assert exc.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith("record 1 is no park candidate of park_misses_grouped.py "
                                                             "--dump (it needs a, head, name, p, stem, thr, x)")


def test_an_interrupted_run_leaves_no_half_dump(tmp_path, monkeypatch):
    """review28: the --dump file made for the run was left half written by a Ctrl-C or a failed fold, and
    park_dump_variants.py scored it as if whole."""
    import park_misses_grouped
    dump = tmp_path / "parks.jsonl"

    def interrupted(*args):
        dump.write_text('{"stem": "fujian-2026", "name": "东南汽车城"}\n', encoding="utf-8")   # the first family's
        raise KeyboardInterrupt

    monkeypatch.setattr(park_misses_grouped, "_grouped", interrupted)
    monkeypatch.setattr(park_misses_grouped.loro_strict, "examples_with_counts", lambda dev, examples: {})
    monkeypatch.setattr(park_misses_grouped.loro_strict, "vocabularies", lambda dev: {})
    monkeypatch.setattr(park_misses_grouped.loro_fast, "_group_results", park_misses_grouped.loro_fast._group_results)
    monkeypatch.delenv("PARKS38_DUMP", raising=False)   # main sets it for its children: gone after the test
    monkeypatch.setattr(sys, "argv", ["park_misses_grouped.py", "--only", "fujian", "--dump", str(dump)])
    with pytest.raises(KeyboardInterrupt):
        park_misses_grouped.main()
    assert not dump.exists()
