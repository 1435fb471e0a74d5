"""review41: a second reading of names84–87 and hostile43 (docs/checks/review41.md)."""
from __future__ import annotations

import pytest


@pytest.mark.unit
def test_a_push_lock_planted_by_another_user_refuses_no_push(tmp_path, monkeypatch):
    """Regression: with a shared state folder (XDG_STATE_HOME=/tmp), another user made the store's lock file
    (mode 0666, 'pid 4242' in it) and held its flock: every push of ours was refused, exit 2, "another policykg push
    (pid 4242) is sending graphs to this store now". A lock file that is not only ours is not used."""
    import fcntl
    import os

    from policykg.use.push_lock import lock_path, one_push
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    endpoint = "http://127.0.0.1:18741/store"
    path = lock_path(endpoint)
    os.makedirs(os.path.dirname(path))
    planted = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        os.fchmod(planted, 0o666)
        os.write(planted, b"4242")
        fcntl.flock(planted, fcntl.LOCK_EX)
        with one_push(endpoint):
            pass
        assert open(path, "rb").read() == b"4242"   # not written into either
    finally:
        os.close(planted)


def _script(name: str):
    import importlib
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    return importlib.import_module(name)


@pytest.mark.unit
@pytest.mark.parametrize("script, write", [
    ("names_strict", lambda m, path: m._errors(path, {}, {})),
    ("name_widen_probe", lambda m, path: m.write_csv(path, [])),
])
def test_a_script_may_write_its_own_table_again(tmp_path, monkeypatch, script, write):
    """Regression: names_strict.py --errors and name_widen_probe.py --csv wrote with a plain open(), not recorded as
    policykg's, so the same command run again was refused before any work: 'exists and policykg did not write it'
    (names84's own docs/checks/names-strict-names84.tsv could not be rewritten by its report's command)."""
    import argparse
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    module, path = _script(script), str(tmp_path / "table.tsv")
    write(module, path)
    try:
        assert module.out_file(path) == path
    except argparse.ArgumentTypeError as exc:
        pytest.fail(str(exc))


@pytest.mark.unit
@pytest.mark.parametrize("value, said", [("1", "the value is a int, the key holds a str"),
                                         ('"(("', "not a regular expression")])
def test_a_probe_value_the_key_cannot_hold_is_refused_before_any_work(value, said):
    """Regression: name_widen_probe.py --set name_flows.after_acts=1 (or an unclosed pattern) was taken, and the run
    ended in a TypeError (re.error) traceback after minutes of extraction. Refused in one line, exit 2."""
    from policykg.errors import InputError
    probe = _script("name_widen_probe")
    with pytest.raises(InputError, match=said):
        with probe.widened([probe.parse_set(f"name_flows.after_acts={value}")]):
            pass
    from policykg.extract.qlexicon import qwords
    assert qwords("name_flows", "after_acts").startswith("(?:")   # the key's own value is back


@pytest.mark.unit
@pytest.mark.parametrize("sentence, value, quote", [
    # shanxi 2026 (dev): whole_list's name; the quote ended at the first member (建设10家以上中试平台)
    ("实施科技成果转化专项行动，围绕重大共性问题，建设10家以上中试平台、概念验证中心，争取京津冀等地区优质科技成果在我省中试、"
     "落地转化。", "10", "建设10家以上中试平台、概念验证中心"),
    # guangdong 2026 (dev): the members and the general head (it ended at 专题教育)
    ("各级各类学校组织开展超5000场次专题教育、家长课堂等活动，提高学生、家长心理健康教育素养。", "5000",
     "各级各类学校组织开展超5000场次专题教育、家长课堂等活动"),
    # control, guangdong 2026 (dev): no list named, a long clause: the quote stays cut after the thing counted
    ("全省320家承包或委托经营的中小学食堂、40家学生集体用餐配送单位实现全流程检查评价及供餐质量安全监测全覆盖，开展大宗原料、"
     "餐饮具、餐饮食品抽检监测。", "40", "40家学生集体用餐配送单位"),
])
def test_a_figure_named_by_a_list_quotes_the_list(sentence, value, quote):
    """Regression: a count named by the list after it (name_lists.whole_list, listed_head) kept the quote of its first
    member: 中试平台、概念验证中心建设数量 pointed at 建设10家以上中试平台, so the evidence did not hold the name."""
    from quantity_helpers import extract
    labels = [q.label for q in extract(sentence, "review", 2026) if str(q.value) == value]
    assert labels == [quote]
