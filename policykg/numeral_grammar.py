"""The grammar cn2an's regular expressions encode, written as plain string code (see ``numerals``).

The character tables of cn2an 0.5.24, the normal "int" pattern as matcher functions, and the regex
substitutions ``Cn2An`` applies before it converts. Nothing here compiles a regular expression.
"""
from __future__ import annotations

NUMBER_CN2AN = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "幺": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
UNIT_CN2AN = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10000,
              "亿": 100000000}
UNIT_LOW_AN2CN = {10: "十", 100: "百", 1000: "千", 10000: "万", 100000000: "亿"}
NUMBER_LOW_AN2CN = "零一二三四五六七八九"
UNIT_LOW_ORDER_AN2CN = ["", "十", "百", "千", "万", "十", "百", "千", "亿", "十", "百", "千", "万",
                        "十", "百", "千"]
NORMAL_CN_NUMBER = {
    "零": "零〇", "一": "一壹幺", "二": "二贰两", "三": "三叁仨", "四": "四肆", "五": "五伍",
    "六": "六陆", "七": "七柒", "八": "八捌", "九": "九玖", "十": "十拾", "百": "百佰",
    "千": "千仟", "万": "万", "亿": "亿",
}
# proces.preprocess "traditional_to_simplified": the entries whose result can matter here
_T2S = {"萬": "万", "兩": "两", "億": "亿", "叄": "叁", "圓": "圆", "點": "点", "負": "负",
        "貳": "贰", "陸": "陆"}

_ALL_NUM = frozenset(NUMBER_CN2AN)                   # cn2an's all_num (no 仨)
_ALL_UNIT = frozenset(UNIT_CN2AN)
_CHECK_SMART = frozenset("".join(NORMAL_CN_NUMBER.values()) + "点负" + "01234567890.-")
_ASCII_DIGITS = frozenset("0123456789")
_UPPER_LOWER_1_9 = frozenset("一二三四五六七八九壹贰叁肆伍陆柒捌玖")


# ---------------------------------------------------------------- the normal "int" pattern

# The grammar of cn2an's ``__get_pattern`` (normal mode, 零→[零〇], 一→[一壹幺], 二→[二贰两],
# 三→[三叁仨] …, 十→[十拾], 百→[百佰], 千→[千仟]) as functions (s, i) → the set of positions where a
# match starting at i can end: the regex's language, which is what a backtracking full match
# tests. Alternatives that share a head are evaluated once (A B X | A B Y = A B (X|Y)).
_Z = frozenset(NORMAL_CN_NUMBER["零"])
_D = frozenset("".join(NORMAL_CN_NUMBER[c] for c in "一二三四五六七八九"))
_TEN = frozenset(NORMAL_CN_NUMBER["十"])
_HUNDRED = frozenset(NORMAL_CN_NUMBER["百"])
_THOUSAND = frozenset(NORMAL_CN_NUMBER["千"])


def _at(s: str, i: int, cs) -> bool:
    return i < len(s) and s[i] in cs


def _opt_d(s: str, i: int) -> set[int]:
    """{_1_9}?"""
    return {i, i + 1} if _at(s, i, _D) else {i}


def _p1_99(s: str, i: int) -> set[int]:
    """({_1_9}?[十]{_1_9}? | {_1_9})"""
    out = {i + 1} if _at(s, i, _D) else set()
    for j in _opt_d(s, i):
        if _at(s, j, _TEN):
            out |= _opt_d(s, j + 1)
    return out


def _p100_999(s: str, i: int) -> set[int]:
    """({_1_9}[百]([零]{_1_9})? | {_1_9}[百]{_1_9}[十]{_1_9}?)"""
    if not (_at(s, i, _D) and _at(s, i + 1, _HUNDRED)):
        return set()
    j = i + 2
    out = {j}
    if _at(s, j, _Z) and _at(s, j + 1, _D):
        out.add(j + 2)
    if _at(s, j, _D) and _at(s, j + 1, _TEN):
        out |= _opt_d(s, j + 2)
    return out


def _p1_999(s: str, i: int) -> set[int]:
    return _p100_999(s, i) | _p1_99(s, i)


def _p1000_9999(s: str, i: int) -> set[int]:
    """({_1_9}[千]([零]{_1_99})? | {_1_9}[千]{_100_999})"""
    if not (_at(s, i, _D) and _at(s, i + 1, _THOUSAND)):
        return set()
    j = i + 2
    out = {j} | _p100_999(s, j)
    if _at(s, j, _Z):
        out |= _p1_99(s, j + 1)
    return out


def _p1_9999(s: str, i: int) -> set[int]:
    return _p1000_9999(s, i) | _p1_999(s, i)


def _times(s: str, i: int, head, unit: str, after_zero, tail) -> set[int]:
    """Ends of ``{head}[unit]([零]{after_zero})? | {head}[unit]{tail}`` from i."""
    out: set[int] = set()
    for e in head(s, i):
        if _at(s, e, unit):
            j = e + 1
            out.add(j)
            if _at(s, j, _Z):
                out |= after_zero(s, j + 1)
            out |= tail(s, j)
    return out


def _p1e4(s: str, i: int) -> set[int]:
    """({_1_9999}[万]([零]{_1_999})? | {_1_9999}[万]{_1000_9999})"""
    return _times(s, i, _p1_9999, "万", _p1_999, _p1000_9999)


def _p1_1e8(s: str, i: int) -> set[int]:
    """({_10000_99999999} | {_1_9999})"""
    return _p1e4(s, i) | _p1_9999(s, i)


def _p1e8(s: str, i: int) -> set[int]:
    """({_1_99999999}[亿]([零]{_1_99999999})? | {_1_99999999}[亿]{_10000_99999999})"""
    return _times(s, i, _p1_1e8, "亿", _p1_1e8, _p1e4)


_DEC_CHARS = frozenset("".join(NORMAL_CN_NUMBER[c] for c in "零一二三四五六七八九"))


def _int_ok(s: str) -> bool:
    """``^([零] | {_100000000_9999999999999999} | {_1_99999999})$`` matches the whole of ``s``."""
    n = len(s)
    if n == 1 and s in _Z:
        return True
    return n in _p1e8(s, 0) or n in _p1_1e8(s, 0)


def _dec_ok(s: str) -> bool:
    """``^[零…九 normal]{0,16}$``."""
    return len(s) <= 16 and all(c in _DEC_CHARS for c in s)


def _all_num(s: str) -> bool:
    """``^[all_num]+$``."""
    return bool(s) and all(c in _ALL_NUM for c in s)


def _speaking_last_unit(s: str) -> str | None:
    """``^([all_num]{0,2}[all_unit])+[all_num]$``: the unit of the last group, or None."""
    if len(s) < 2 or s[-1] not in _ALL_NUM or s[-2] not in _ALL_UNIT:
        return None
    run = 0
    for c in s[:-1]:
        if c in _ALL_UNIT:
            run = 0
        elif c in _ALL_NUM:
            run += 1
            if run > 2:
                return None
        else:
            return None
    return s[-2]


# ---------------------------------------------------------------- regex substitutions as code

def _sub_digits(s: str, f) -> str:
    """``re.sub(r"\\d+", lambda m: f(m.group()), s)`` for strings whose digits are ASCII."""
    out = []
    i, n = 0, len(s)
    while i < n:
        if s[i] in _ASCII_DIGITS:
            j = i + 1
            while j < n and s[j] in _ASCII_DIGITS:
                j += 1
            out.append(f(s[i:j]))
            i = j
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def _scan(s: str, rule) -> str:
    """One left-to-right regex-substitution pass: rule(s, i) gives (replacement, characters
    consumed) where a match starts at i, else None (the character is kept)."""
    out, i, n = [], 0, len(s)
    while i < n:
        hit = rule(s, i)
        if hit:
            out.append(hit[0])
            i += hit[1]
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def _normalize_integer_data(s: str) -> str:
    # (万)零(?=[all_num][千仟]) → \1
    s = _scan(s, lambda s, i: ("万", 2) if s[i] == "万" and i + 3 < len(s) and s[i + 1] == "零"
              and s[i + 2] in _ALL_NUM and s[i + 3] in "千仟" else None)
    # ([万亿])([all_num][十拾百佰]) → \1零\2
    s = _scan(s, lambda s, i: (s[i] + "零" + s[i + 1:i + 3], 3) if s[i] in "万亿" and i + 2 < len(s)
              and s[i + 1] in _ALL_NUM and s[i + 2] in "十拾百佰" else None)

    # ([千仟])([all_num]?[十拾]) → \1零\2
    def thousand(s, i):
        if s[i] in "千仟" and i + 2 < len(s) and s[i + 1] in _ALL_NUM and s[i + 2] in "十拾":
            return s[i] + "零" + s[i + 1:i + 3], 3
        if s[i] in "千仟" and i + 1 < len(s) and s[i + 1] in "十拾":
            return s[i] + "零" + s[i + 1], 2
        return None
    s = _scan(s, thousand)
    # ([百佰])([十拾]) → \1一\2
    s = _scan(s, lambda s, i: (s[i] + "一" + s[i + 1], 2) if s[i] in "百佰" and i + 1 < len(s)
              and s[i + 1] in "十拾" else None)
    return s.replace("零十", "零一十").replace("零拾", "零一拾")


def _an2cn(digits: str) -> str:
    """``An2Cn().an2cn(digits)`` (mode "low") for a run of ASCII digits."""
    integer_data = str(int(digits))
    n = len(integer_data)
    if n > len(UNIT_LOW_ORDER_AN2CN):
        raise ValueError(f"超出数据范围，最长支持 {len(UNIT_LOW_ORDER_AN2CN)} 位")
    out = ""
    for i, d in enumerate(integer_data):
        if int(d):
            out += NUMBER_LOW_AN2CN[int(d)] + UNIT_LOW_ORDER_AN2CN[n - i - 1]
        else:
            if not (n - i - 1) % 4:
                out += NUMBER_LOW_AN2CN[int(d)] + UNIT_LOW_ORDER_AN2CN[n - i - 1]
            if i > 0 and not out[-1] == "零":
                out += NUMBER_LOW_AN2CN[int(d)]
    out = out.replace("零零", "零").replace("零万", "万").replace("零亿", "亿").replace("亿万", "亿").strip("零")
    # re.sub(r"([万亿])零([一…九壹…玖][千仟])", r"\1\2", out)
    out = _scan(out, lambda s, i: (s[i] + s[i + 2:i + 4], 4) if s[i] in "万亿" and i + 3 < len(s)
                and s[i + 1] == "零" and s[i + 2] in _UPPER_LOWER_1_9 and s[i + 3] in "千仟" else None)
    if out[:2] in ["一十"]:
        out = out[1:]
    if not out:
        out = "零"
    return out


def _copy_num(num: str) -> str:
    return "".join(NUMBER_LOW_AN2CN[int(n)] for n in num)


def _smart_number_convert(num: str) -> str:
    if len(num) > 1 and num[0] == "0":
        return _copy_num(num)
    return _an2cn(num)


def _yjf(s: str) -> bool:
    """``^.*?[元圆][all_num]角([all_num]分)?$`` finds a match (for strings without a newline)."""
    if "\n" in s[:-1]:
        return False
    if s.endswith("\n"):
        s = s[:-1]
    n = len(s)
    if n >= 3 and s[-1] == "角" and s[-2] in _ALL_NUM and s[-3] in "元圆":
        return True
    return n >= 5 and s[-1] == "分" and s[-2] in _ALL_NUM and s[-3] == "角" and s[-4] in _ALL_NUM \
        and s[-5] in "元圆"


def _pattern1(s: str) -> bool:
    """``^-?\\d+(\\.\\d+)?[all_unit]?$`` matches the whole of ``s`` (ASCII digits only)."""
    if s and s[-1] in _ALL_UNIT:
        s = s[:-1]
    if s.startswith("-"):
        s = s[1:]
    head, dot, tail = s.partition(".")
    if not head or any(c not in _ASCII_DIGITS for c in head):
        return False
    return not dot or (bool(tail) and all(c in _ASCII_DIGITS for c in tail))
