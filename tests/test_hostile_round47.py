"""hostile47: this session's extraction code and hostile46's data checks attacked with odd reports and hand-edited
data (docs/checks/hostile47.md). Each command runs in a real process; data edits go to a copy of the package."""
from __future__ import annotations

import json

from cli_helpers import SEED, one_line, run_cli
from test_hostile_round46 import DATA, MODEL, copy_package, edit_yaml, run_in


def test_a_model_format_written_as_a_string_is_named_as_one(tmp_path):
    """A model with "format": "2" was refused as 'format 2; this one reads format 2', a contradiction."""
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    model["format"] = "2"
    (tmp_path / "m.json").write_text(json.dumps(model), encoding="utf-8")
    r = run_cli("build", SEED, "--out", tmp_path / "out", env={"POLICYKG_ENTITY_MODEL": str(tmp_path / "m.json")})
    one_line(r, 2, r'm\.json: a model file of another policykg \(format "2"; this one reads format 2\)')
    assert not (tmp_path / "out").exists()


def test_a_shapes_format_written_as_a_string_is_named_as_one(tmp_path):
    """shapes.json with "format": "2" was refused as 'format 2; this one reads format 2'."""
    copy = copy_package(tmp_path)
    target = copy / "policykg" / "data" / "shapes.json"
    shapes = json.loads((DATA / "shapes.json").read_text(encoding="utf-8"))
    target.write_text(json.dumps({**shapes, "format": "2"}), encoding="utf-8")
    r = run_in(copy, ["build", SEED, "--out", tmp_path / "out", "--jobs", "1"],
               env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
    one_line(r, 2, r'shapes\.json: shapes of another policykg \(format "2"; this one reads format 2\)')
    assert not (tmp_path / "out").exists()


def test_a_choice_inside_a_lookbehind_under_a_repeat_is_built(tmp_path):
    """'(?:(?<=一|一)二)*' was refused as taking exponential time, but a lookaround is atomic: its branches are
    tried once per position, never split again by the repeat around it."""
    copy = copy_package(tmp_path)
    pattern = "(?:(?<=一|一)二)*[ \t\u3000]*\\d{1,3}[ \t\u3000]*"
    edit_yaml(copy, "lexicons/typing.yaml", lambda d: d.update(page_line=pattern))
    r = run_in(copy, ["build", SEED, "--out", tmp_path / "out", "--jobs", "1"],
               env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert r.returncode == 0, r.stderr
    edit_yaml(copy, "lexicons/typing.yaml", lambda d: d.update(page_line="(?=(a|a)*b)x"))
    r = run_in(copy, ["build", SEED, "--out", tmp_path / "out2", "--jobs", "1"],
               env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
    one_line(r, 2, r"page_line: '\(\?=\(a\|a\)\*b\)x' may match one text in several ways under a repeat")


class _Counted(str):
    """A sentence text counting the searches and slices made in it."""
    calls = 0

    def find(self, *args):
        _Counted.calls += 1
        return super().find(*args)

    def __getitem__(self, key):
        _Counted.calls += 1
        return super().__getitem__(key)


def _rows(n: int):
    from policykg.extract.grammar import Candidate, TokSentence
    from policykg.model import Sentence, Span
    rows = []
    for k in range(n):
        name = f"中日（天津）{chr(0x4E00 + k)}健康产业发展合作示范区"
        text = f"推动{name}建设，推动{name[6:]}建设。"
        st = TokSentence(Sentence(Span(0, len(text)), text))
        st.text = _Counted(st.text)
        rows.append((st, [Candidate("Park", name, 2, 2 + len(name), st)], [], [], [], []))
    return rows


def test_back_references_are_read_in_work_linear_in_the_report(monkeypatch):
    """Each tail of a kept park was searched in every sentence: 1,000 parks in nested brackets took 12 times as
    long at 4 times the size. The tail after the place in brackets is still a mention of its park."""
    from policykg.extract import backrefs
    monkeypatch.setattr(backrefs, "_tails", lambda name: [name[6:]])   # one tail a park: the work is the search
    work = []
    for n in (40, 160):
        rows = _rows(n)
        _Counted.calls = 0
        backrefs.back_references(rows)
        work.append(_Counted.calls)
        assert [c.name for c in rows[0][1]] == ["中日（天津）一健康产业发展合作示范区", "一健康产业发展合作示范区"]
    assert work[1] < 5 * work[0], work
