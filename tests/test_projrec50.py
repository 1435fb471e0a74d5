"""projrec50: the strict grouped project misses listed with their sentences (scripts/project_misses_grouped.py), on
sentences of dev reports. No extraction behaviour changed in projrec50 (docs/checks/projects-recall-projrec50.md)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit
SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
sys.path.insert(0, str(SCRIPTS))

HUBEI = "医务人员下沉帮扶乡镇卫生院全覆盖，建成全省统一的检查检验结果共享互认信息平台，群众就医更加方便。"   # hubei-2026
OTHER = "湘江科学城首开区“五大建”主体封顶。"                                                    # hunan-2026


def test_a_miss_is_shown_marked_in_the_first_sentence_that_writes_it():
    """The name is bracketed where the report writes it, with its neighbours; a sentence without it is passed over,
    and a name no sentence writes says so."""
    from project_misses_grouped import _around
    shown = _around([OTHER, HUBEI], "检查检验结果共享互认信息平台")
    assert shown == "医务人员下沉帮扶乡镇卫生院全覆盖，建成全省统一的【检查检验结果共享互认信息平台】，群众就医更加方便。"
    assert _around([OTHER], "检查检验结果共享互认信息平台") == "(not in text)"


def test_an_unknown_family_is_refused_before_any_fold():
    r = subprocess.run([sys.executable, str(SCRIPTS / "project_misses_grouped.py"), "--only", "nowhere"],
                       capture_output=True, text=True, timeout=120, cwd=SCRIPTS.parent,
                       env={**os.environ, "PYTHONPATH": f"{SCRIPTS.parent}{os.pathsep}{SCRIPTS}"})
    assert r.returncode == 2 and "nowhere" in r.stderr and "Traceback" not in r.stderr
    assert r.stdout == ""


def test_a_strict_fold_keeps_the_languages_function_words():
    """Regression (projrec50): the park ablation tables credit 、 and 等 of grammar.yaml to shanghai-2026 alone, so
    its strict fold took them out and names ran on past 等 (18号线二期等轨道交通线). No report teaches them."""
    import park_ablation
    from loro_fast import TABLES
    support = park_ablation.read_support([t for t in TABLES if os.path.isfile(t)])
    assert any(e[:2] == ("grammar", ("list_words", None)) and e[2] == "等" for e in support)
    removed = park_ablation.only_supported_by(support, ["shanghai-2026"])
    assert not [e for e in removed if e[:2] in {("grammar", ("joiners", None)), ("grammar", ("list_words", None))}]
