"""review35: findings of a second reading of names71-73 and parks42, one regression test each
(docs/checks/review35.md)."""
from __future__ import annotations

import pytest

from policykg import resources
from policykg.errors import InputError
from policykg.extract import park_gazetteer
from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.fixture
def gazetteer_more(monkeypatch):
    """Gives the gazetteer's ``more`` key the files named, with the data given (None: an empty file)."""
    real = resources.lexicon_data

    def use(more: list[str], data: dict):
        monkeypatch.setattr(resources, "lexicon_data", lambda name: {**real(name), "more": more}
                            if name == "park_gazetteer" else data[name] if name in data else real(name))
        park_gazetteer.zones.cache_clear()
    yield use
    park_gazetteer.zones.cache_clear()


RULE = {"kind": "x", "official": "{p}X", "forms": []}


@pytest.mark.parametrize("more, data, says", [
    (["zz"], {"zz": ["a", "b"]}, "zz.yaml: expected a mapping"),
    (["zz"], {"zz": {"rules": {"etdz": RULE}}}, "zz.yaml: park gazetteer rule etdz is defined by an earlier file"),
    (["zz"], {"zz": {"zones": {"天津": {"nosuch": ["子牙"]}}}}, "zz.yaml: 天津: not in the gazetteer's format"),
    (["zz"], {"zz": {"zones": {"天津": {"named": [{"name": "某园"}]}}}}, "zz.yaml: 天津: not in the gazetteer's format"),
    (["park_gazetteer_provincial_b"] * 2, {}, "park_gazetteer.yaml: more: expected a list of other lexicon names, each"),
])
def test_a_more_file_out_of_format_is_an_input_error_naming_it(gazetteer_more, more, data, says):
    # were internal errors (AttributeError, KeyError; ValueError "rule pb_cluster defined twice" for a file
    # listed twice): exit 3 through the CLI, not the one line and exit 2 of an input error
    gazetteer_more(more, data)
    with pytest.raises(InputError, match=says) as err:
        park_gazetteer.zones()
    assert "\n" not in str(err.value)


def test_an_empty_more_file_holds_no_zones(gazetteer_more):
    # an empty YAML file loads as None: was an AttributeError
    gazetteer_more([], {})
    main_only = park_gazetteer.zones()
    gazetteer_more(["zz"], {"zz": None})
    assert park_gazetteer.zones() == main_only


@pytest.mark.parametrize("sentence, expected", [
    # made up, in the shape of fujian 2026's 19个项目落地沪明临港产业园: jieba tags 生根, 开花, 生效 as nouns; they
    # were named as places (生根落地招商项目数量)
    ("30个招商项目落地生根。", "招商项目落地生根数量"),
    ("一年来，30个招商项目落地开花。", "招商项目落地开花数量"),
    ("20个项目落地生效。", "项目落地生效数量"),
])
def test_an_idiom_after_landing_is_no_place(sentence, expected):
    assert name_of(sentence, "30" if "30" in sentence else "20") == expected


def test_a_verb_saying_who_the_served_are_is_theirs():
    # made up, in the shape of chongqing 2026's 为6000栋老旧高层建筑安装…: jieba tags 留守 a verb; the act was found
    # there (留守儿童配备爱心妈妈的农村人数)
    assert name_of("为5000名农村留守儿童配备爱心妈妈。", "5000", "plan") == "配备爱心妈妈的农村留守儿童人数"


@pytest.mark.parametrize("sentence, value, expected", [
    # made up: jieba's 落实 is an adjective, so the act was found in the object (就业岗位的退役军人落实人数)
    ("为1200名退役军人落实就业岗位。", "1200", "退役军人落实就业岗位人数"),
    # made up: jieba's 办理 is a noun (确权登记的农户办理了承包地户数); the particle says a verb came before
    ("为5万户农户办理了承包地确权登记。", "5", "农户办理了承包地确权登记户数"),
])
def test_the_served_things_close_on_a_noun(sentence, value, expected):
    assert name_of(sentence, value, "plan") == expected
