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


HEILONGJIANG = "推进种业振兴，加快国家黑龙江大豆种子基地和寒温带种质资源库建设，培育壮大育繁推一体化种业企业。"  # heilongjiang-2026
HUBEI_LIST = ("区域应急救援中心、粮食应急保障中心、邮件处理中心、国家药品和医疗器械审评检查华中分中心等一批功能性项目"
              "相继实施。")                                                                          # hubei-2026


def _flags(text: str, place: str) -> dict[str, set[str]]:
    """Each project grammar candidate of a one-sentence TEXT → its conjunction features."""
    from policykg.extract.decide import features
    from policykg.extract.name_grammar import grammar_candidates
    from entity_helpers import tok_sentence
    st, surfaces = tok_sentence(text, place, (), 2026, "plan")
    return {c.name: {f for f in features(c, surfaces, set(), lambda _n: 1) if "conjunction" in f}
            for c in grammar_candidates(st, (), surfaces) if c.kind == "Project"}


def test_a_conjunction_after_a_head_reads_two_names_as_one():
    """国家黑龙江大豆种子基地和寒温带种质资源库: 和 follows the head 基地, two works read as one name (`conjunction`);
    the member after it holds no conjunction (left alone)."""
    flags = _flags(HEILONGJIANG, "黑龙江省")
    assert flags["国家黑龙江大豆种子基地和寒温带种质资源库"] == {"Project:conjunction"}
    assert flags["寒温带种质资源库"] == set()


def test_a_conjunction_inside_one_name_is_weighed_apart():
    """国家药品和医疗器械审评检查华中分中心: 和 joins two words of one name (`conjunction_inner`); its list
    neighbours hold none."""
    flags = _flags(HUBEI_LIST, "湖北省")
    assert flags["国家药品和医疗器械审评检查华中分中心"] == {"Project:conjunction_inner"}
    assert flags["邮件处理中心"] == set()
