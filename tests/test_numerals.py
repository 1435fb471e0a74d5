"""policykg.numerals.cn2an_smart is cn2an.cn2an(s, "smart"): same value and type, and
ValueError wherever cn2an raises (cn2an raises ValueError, KeyError or IndexError).

Strings: every numeral the quantity and time regexes of policykg.extract.quantities find in real
reports (what parse_number passes on), exhaustive short combinations, random longer ones,
numbers spelled by cn2an's an2cn, Arabic numbers with units, and inputs cn2an rejects.
"""
from __future__ import annotations

import itertools
import random
import re
import warnings
from pathlib import Path

import pytest

from policykg.numerals import _int_ok, cn2an_smart

ROOT = Path(__file__).resolve().parents[1]

cn2an = pytest.importorskip("cn2an")


def ref(s):
    try:
        v = cn2an.cn2an(s, "smart")
    except Exception as e:          # noqa: BLE001 - any exception of cn2an is a rejection
        return ("error", type(e).__name__)
    return (type(v), repr(v))


def mine(s):
    try:
        v = cn2an_smart(s)
    except ValueError:
        return ("error", None)
    return (type(v), repr(v))


def assert_same(strings) -> int:
    strings = list(dict.fromkeys(strings))
    bad = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for s in strings:
            a, b = ref(s), mine(s)
            if a != b and not (a[0] == b[0] == "error"):
                bad.append((s, a, b))
    assert not bad, bad[:5]
    return len(strings)


def _corpus_numerals() -> list[str]:
    """What parse_number hands to cn2an over the corpus: the number groups of the quantity regex,
    their part before a trailing 万/亿/万亿, and the year counts of the time regex."""
    from policykg.extract.qlexicon import quantity_regex
    from policykg.read import read_report
    paths = [ROOT / "data" / "reports" / "jinghai-2021.txt"]
    paths += sorted((ROOT / "data" / "corpus" / "provincial-2026").glob("*.txt"))
    paths += sorted((ROOT / "data" / "corpus" / "hailaer").glob("*.txt"))
    qre = quantity_regex()
    years = re.compile(r"([一二三两四五六七八九十\d]+)年")
    runs = re.compile(r"[零〇一二两三四五六七八九十百千万亿点负]+")
    out = []
    for p in paths:
        text = read_report(str(p)).text
        for m in qre.finditer(text):
            for g in ("a", "b"):
                s = m.group(g)
                if s and not re.fullmatch(r"\d+(?:\.\d+)?", s):
                    out.append(s)
                    mm = re.fullmatch(r"(.+?)(万亿|亿|万)", s)
                    if mm:
                        out.append(mm.group(1))
        out += [m.group(1) for m in years.finditer(text) if not re.fullmatch(r"\d+", m.group(1))]
        out += runs.findall(text)       # and, beyond what the regexes take, every run of numerals
    return out


def test_corpus_numerals():
    strings = _corpus_numerals()
    assert len(set(strings)) > 50
    assert_same(strings)


def test_exhaustive_short():
    alpha = "零一两十百千万亿点负5"
    assert_same("".join(t) for n in range(1, 5) for t in itertools.product(alpha, repeat=n))


def test_random_combinations():
    rnd = random.Random(2026)
    pool = (list("零〇一二两三四五六七八九十百千万亿点负") + list("0123456789")
            + [".", "-", "元", "角", "分", "整", "廿", "仨", "壹", "拾", "佰", "仟", "萬", "億", "兩",
               "點", "負", "１", "２", "．", "a", " ", "\n", "圆", "幺"])
    assert_same("".join(rnd.choice(pool) for _ in range(rnd.randint(1, 9))) for _ in range(6000))


def test_spelled_and_arabic_with_units():
    rnd = random.Random(5)
    strings = []
    for _ in range(1500):
        v = rnd.randint(0, 10 ** rnd.randint(1, 16))
        s = cn2an.an2cn(v)
        strings += [s, s + "点" + str(rnd.randint(0, 999)), "负" + s, str(v) + rnd.choice("万亿千百十"),
                    f"{v / 1000:.3f}" + rnd.choice(["万", "亿", ""])]
    assert_same(strings)


@pytest.mark.parametrize("s,value", [
    ("十五", 15), ("两", 2), ("三千", 3000), ("一万二", 12000), ("两千三", 2300), ("十一万三", 113000),
    ("1.5万", 15000), ("3亿", 300000000), ("1.35万", 13500), ("2.5", 2.5), ("负三", -3),
    ("三点五", 3.5), ("零点五", 0.5), ("一二三", 123), ("二〇二一", 2021), ("5千", 5000),
    ("一千零十一", 1011), ("廿", 20), ("三元五角", 3.5), ("五十万亿", 50000000000000),
])
def test_known_values(s, value):
    v = cn2an_smart(s)
    assert v == value and type(v) is type(cn2an.cn2an(s, "smart"))


@pytest.mark.parametrize("s", ["", "点", "负", "三点四点五", "abc", "一亿三", "十十三", "三点仨", "圆", "万万",
                               "一 二", "3-", "5负3"])
def test_rejected(s):
    with pytest.raises(ValueError):
        cn2an_smart(s)
    assert ref(s)[0] == "error"


def test_int_pattern_matcher():
    """_int_ok accepts exactly what cn2an's compiled normal "int" pattern accepts."""
    pat = cn2an.cn2an.__self__.pattern_dict["normal"]["int"]
    alpha = "零一两仨十拾百千万亿"
    for n in range(1, 5):
        for t in itertools.product(alpha, repeat=n):
            s = "".join(t)
            m = pat.search(s)
            assert bool(m and m.group() == s) == _int_ok(s), s
