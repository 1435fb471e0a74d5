"""parks41: the provincial-level zones of part a (park_gazetteer_provincial_a.yaml, 北京 … 山东): its rules' forms,
its matches in dev sentences, a deterministic load, and rule names that clash with no other file's."""
from __future__ import annotations

import pytest

from entity_helpers import gazetteer_parks
from policykg import resources
from policykg.extract import park_gazetteer
from policykg.extract.park_gazetteer import forms_of, zones

pytestmark = pytest.mark.unit

JILIN = "松原石化园区、辽源高新区、四平新开区入选首批国家级零碳园区建设名单。"
SHANDONG = "烟台丁字湾、垦利经开区入选首批国家级零碳园区。"
HEBEI = "通州区与廊坊北三县一体化高质量发展示范区、廊坊临空经济区建设提速。"



def _part_a():
    return resources.load_yaml(resources.lexicon("park_gazetteer_provincial_a").read_text(encoding="utf-8"))


def test_the_rules_make_the_forms_they_claim():
    """Each pa_ rule makes its official name and its short forms from a stem, the 县/市 kept or not."""
    shandong, hebei = forms_of("山东"), forms_of("河北")
    for form in ("垦利经济开发区", "垦利经开区", "垦利开发区", "垦利省级经济开发区", "垦利县经济开发区"):
        assert shandong[form].official == "垦利经济开发区" and shandong[form].kind == "development zone"
    for form in ("正定高新区", "正定县高新区", "正定省级高新区", "正定高新技术开发区"):
        assert hebei[form].official == "正定高新技术产业开发区"
    assert forms_of("江西")["丰城高新区"].official == "丰城高新技术产业园区"
    assert forms_of("江西")["安义工业园"].official == "安义工业园区"
    assert forms_of("上海")["莘庄工业区"].official == "上海莘庄工业区"
    assert forms_of("内蒙古")["包头装备制造产业园"].official == "包头装备制造产业园区"
    assert forms_of("吉林")["辽源高新区"].unsure


def test_a_provincial_zone_is_a_park_in_dev_sentences():
    """jilin-2026, shandong-2026 and hebei-2026 name a provincial-level zone the national lists lack; a form is
    a park only in a report of its province."""
    assert gazetteer_parks(JILIN, "吉林省") == {"辽源高新区"}
    assert gazetteer_parks(SHANDONG, "山东省") == {"垦利经开区"}
    assert gazetteer_parks(HEBEI, "河北省") == {"廊坊临空经济区"}
    assert gazetteer_parks(SHANDONG, "吉林省") == set()


def test_a_kind_of_park_or_a_common_phrase_is_no_zone():
    """jiangsu-2026's 做优做强南北共建园区 names a kind of park (the gold's generic kind): the file's one wrong dev match,
    dropped with the bare forms any city's text may write (循环化工园区, 临空经济区 …)."""
    assert gazetteer_parks("做优做强南北共建园区。", "江苏省") == set()
    assert gazetteer_parks("加快建设循环化工园区。", "河北省") == set()
    assert gazetteer_parks("规划建设临空经济区。", "江西省") == set()
    assert "新建经济开发区" not in forms_of("江西")


def test_the_file_loads_deterministically():
    """A fresh parse of the file gives the zones the loader gives, in the same order, right after the national ones."""
    fresh = _fresh()
    n = len(_national())
    assert zones()[n:n + len(fresh)] == fresh and len(fresh) > 1000


def test_no_rule_name_clashes_and_no_national_form_is_made_again():
    """The file's rules carry its prefix and none is another file's; no form of its zones names a national zone
    of the same province (the national file's zone would take the form silently)."""
    main = resources.lexicon_data("park_gazetteer")
    others = [resources.lexicon_data(n) for n in main["more"] if n != "park_gazetteer_provincial_a"]
    mine = set(_part_a()["rules"])
    assert mine and all(r.startswith("pa_") for r in mine)
    assert not mine & set(main["rules"]).union(*(set(o.get("rules") or {}) for o in others))
    national = {(z.province, f) for z in _national() for f in z.forms}
    assert not [(z.province, f) for z in _fresh() for f in z.forms if (z.province, f) in national]


def _national():
    main = resources.lexicon_data("park_gazetteer")
    return [z for prov, entry in main["zones"].items() for z in park_gazetteer._province_zones(prov, entry, main["rules"])]


def _fresh():
    data = _part_a()
    rules = {**resources.lexicon_data("park_gazetteer")["rules"], **data["rules"]}
    return tuple(z for prov, entry in data["zones"].items() for z in park_gazetteer._province_zones(prov, entry, rules))
