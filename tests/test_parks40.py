"""parks40: the second blind pass over the national zone gazetteer (park_gazetteer.yaml): its new rules, its
matches in dev sentences, and a deterministic load."""
from __future__ import annotations

import pytest

from entity_helpers import gazetteer_parks
from policykg import resources
from policykg.extract import park_gazetteer
from policykg.extract.park_gazetteer import forms_of, zones

pytestmark = pytest.mark.unit

ANHUI = "中国（安徽）自贸试验区累计推出259项制度创新成果，其中56项为全国首创。"
XINJIANG = "成功申建中国（新疆）自贸试验区，出台69项支持政策，形成72项省级制度创新成果，新设立企业2万余家。"



def test_the_new_rules_make_the_forms_they_claim():
    """The bracketed FTZ name with 自贸试验区 or ASCII brackets, 自由贸易试验区Y片区 and Y自贸片区 (a place-named
    area only), and the added list forms are made from the stems; an alias names its 经开区's official name."""
    henan = forms_of("河南")
    for form in ("中国（河南）自贸试验区", "中国(河南)自由贸易试验区", "自由贸易试验区郑州片区", "郑州自贸片区"):
        assert henan[form].kind == "free trade zone"
    assert henan["郑州自贸片区"].official == "中国（河南）自由贸易试验区郑州片区"
    assert "科技创新自贸片区" not in forms_of("北京")
    jiangsu = forms_of("江苏")
    assert jiangsu["南京高新技术开发区"].official == jiangsu["南京国家级高新技术产业开发区"].official == "南京高新技术产业开发区"
    assert jiangsu["南京国家经济技术开发区"].official == "南京经济技术开发区"
    assert jiangsu["泰州医药高新区"].official == "泰州医药高新技术产业开发区" and "泰州高新区" in jiangsu
    assert forms_of("陕西")["西安空港经济区"].official == "西安临空经济示范区"
    assert forms_of("山西")["晋中国家级农高区"].official == "山西晋中国家农业高新技术产业示范区"
    assert forms_of("北京")["亦庄经开区"].official == "北京经济技术开发区"
    assert forms_of("河北")["大兴机场临空经济区"].province == "河北"


def test_the_bracketed_ftz_name_with_its_short_head_is_a_park_in_dev_sentences():
    """anhui-2026 and xinjiang-2026 write 中国（X）自贸试验区 (gold parks of both); the first pass made the bracketed
    name only with 自由贸易试验区. No zone added by this pass is named in a dev report."""
    assert gazetteer_parks(ANHUI, "安徽省") == {"中国（安徽）自贸试验区"}
    assert gazetteer_parks(XINJIANG, "新疆维吾尔自治区") == {"中国（新疆）自贸试验区"}
    assert gazetteer_parks(XINJIANG, "安徽省") == set()


def test_the_file_loads_deterministically():
    """A fresh parse of the file gives the same zones in the same order (no set or hash order in the loader);
    the files its `more` key lists are read after it."""
    data = resources.load_yaml(resources.lexicon("park_gazetteer").read_text(encoding="utf-8"))
    fresh = tuple(z for prov, entry in data["zones"].items()
                  for z in park_gazetteer._province_zones(prov, entry, data["rules"]))
    assert fresh == zones()[:len(fresh)] and len({z.official for z in fresh if z.kind == "development zone"}) > 400
