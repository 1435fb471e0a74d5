"""review39: a second reading of the session's merges (hostile41's duplicate-key loader, the assessments
table, names79–81, parks45); one regression test per finding, on dev reports."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cli_helpers import run_in_process

ROOT = Path(__file__).resolve().parents[1]
ANHUI = ROOT / "data" / "corpus" / "provincial-2026" / "anhui-2026.txt"


run = run_in_process


def _places_twice(tmp_path) -> Path:
    from policykg import resources
    shipped = resources.gazetteer("places.yaml").read_text(encoding="utf-8")
    twice = tmp_path / "places.yaml"
    twice.write_text(shipped + "not_place: [城区]\n", encoding="utf-8")
    return twice


@pytest.mark.unit
def test_place_check_names_the_places_file_given_a_key_twice(tmp_path, monkeypatch, capsys):
    """`--place 市` reads places.yaml's suffixes: a key written twice there was refused as 'a YAML text: line …',
    naming no file (options._level_words, and grammar's places.yaml and aliases.yaml, passed no source)."""
    from policykg import resources
    twice = _places_twice(tmp_path)
    real = resources.gazetteer
    monkeypatch.setattr(resources, "gazetteer", lambda name: twice if name == "places.yaml" else real(name))
    code, stdout, err = run(["build", str(ANHUI), "--out", str(tmp_path / "out"), "--place", "市"],
                            monkeypatch, capsys)
    assert (code, stdout) == (2, "") and err.count("\n") == 1, err
    assert f"{twice}: line " in err and "the key 'not_place' is given twice" in err, err
    assert not (tmp_path / "out").exists()


@pytest.mark.unit
def test_a_data_file_given_a_key_twice_is_not_blamed_on_a_report_of_the_folder(tmp_path, monkeypatch, capsys):
    """A folder's report read while places.yaml holds a key twice: the one line added 'if it is not a report,
    leave it out of the build: move it out of …', sending the user to move a good report."""
    from policykg import divisions
    twice = _places_twice(tmp_path)
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(ANHUI, folder)
    monkeypatch.setattr(divisions, "gazetteer", lambda name: twice)
    divisions.unit_words.cache_clear()
    try:
        code, stdout, err = run(["build", str(folder), "--out", str(tmp_path / "out"), "--jobs", "1"],
                                monkeypatch, capsys)
    finally:
        monkeypatch.undo()
        divisions.unit_words.cache_clear()
    assert (code, stdout) == (2, "") and err.count("\n") == 1, err
    assert f"{twice}: line " in err and "not a report" not in err, err
    assert not (tmp_path / "out").exists()


@pytest.mark.unit
def test_second_streak_of_a_sentence_is_named_by_its_own_rating():
    """streak_awards searched the sentence's first 连续N次 for every count, so a second streak in one sentence
    kept its bare name (…考核数量). The sentence joins two dev clauses as written: anhui-2026's 长江十年禁渔连续4次
    获评全国优秀 and fujian-2026's 省级政府安全生产和消防工作考核连续3次获评优秀."""
    from quantity_helpers import name_of
    text = "长江十年禁渔连续4次获评全国优秀，省级政府安全生产和消防工作考核连续3次获评优秀。"
    assert name_of(text, "4", "review") == "长江十年禁渔获评全国优秀次数"
    assert name_of(text, "3", "review") == "省级政府安全生产和消防工作考核获评优秀次数"
