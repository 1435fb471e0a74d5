"""Chinese numerals → numbers, as ``cn2an.cn2an(s, "smart")`` reads them, without importing cn2an.

``cn2an_smart(s)`` returns exactly what ``cn2an.cn2an(s, "smart")`` (cn2an 0.5.24) returns, value
and type (int or float), and raises ValueError wherever cn2an raises (cn2an itself raises
ValueError, and KeyError for a few inputs such as "一亿三" or "三点仨"; here both are ValueError).

Importing cn2an costs ~0.2 s: it compiles a 9.6 kB regular expression for strict and one for
normal numerals (~0.1 s each) and imports ``proces``. Every regular expression cn2an uses is
written out as plain string code (``numeral_grammar``), so this module imports in well under a millisecond and
compiles nothing.

The rules replicated (``Cn2An.cn2an`` with mode "smart"):

1. Empty input → ValueError. Traditional → simplified (only 萬兩億叄圓點負貳陸 can change the
   outcome: every other character either is not touched or is rejected anyway) and full-width →
   half-width, then 廿 → 二十.
2. A trailing 元整/圆整/元正/圆正, then a trailing 元/圆, is dropped; "…元X角[Y分]" becomes
   "…点X[Y]"; 零十 → 零一十, 零百 → 零一百. Any character outside the normal numerals
   (零〇 一壹幺 二贰两 三叁仨 … 十拾 百佰 千仟 万 亿), 点, 负 and 0-9 . - is an error.
3. A leading 负 gives the sign. With 点: the integer part's Arabic digits are spelled as a
   Chinese integer (an2cn), the fraction's digit by digit. Without 点: "-?digits(.digits)?[unit]"
   is returned at once (int(Decimal × unit) with a unit, else float); otherwise Arabic runs are
   spelled (a run with a leading 0 digit by digit).
4. The integer part is normalised (万零X千 → 万X千; 万/亿 X十|百 → 万/亿零X十|百; 千[X]十 → 千零[X]十;
   百十 → 百一十; 零十 → 零一十) and must be a well-formed numeral (the normal "int" pattern,
   checked by the matcher ``_int_ok`` built from the same grammar), or all digits (一二三 → 123),
   or the spoken form "一万二" (the missing lower unit appended). The fraction: 0–16 digits.
5. Value: units and digits summed right to left (万/亿 scaling as cn2an); fraction digit by digit
   as floats, rounded to its length; the sum rounded again; times the sign.
"""
from __future__ import annotations

from .numeral_grammar import (
    NUMBER_CN2AN,
    UNIT_CN2AN,
    UNIT_LOW_AN2CN,
    _CHECK_SMART,
    _T2S,
    _an2cn,
    _copy_num,
    _smart_number_convert,
    _sub_digits,
    _normalize_integer_data,
    _int_ok,
    _dec_ok,
    _all_num,
    _speaking_last_unit,
    _yjf,
    _pattern1,
)


# ---------------------------------------------------------------- cn2an, mode "smart"

def _preprocess(s: str) -> str:
    out = []
    for c in s:
        c = _T2S.get(c, c)
        o = ord(c)
        if o == 12288:
            c = " "
        elif 65281 <= o <= 65374:
            c = chr(o - 65248)
        out.append(c)
    return "".join(out)


def _strip_money_words(check_data: str) -> str:
    """cn2an's first checks: 元整/圆整/元正/圆正 and 元/圆 dropped, 元X角Y分 read as a decimal, 零十/零百
    spelled out, every character one smart mode accepts."""
    for word in ("元整", "圆整", "元正", "圆正"):
        if check_data[-2:] == word:
            check_data = check_data[:-2]
    if not check_data:
        raise ValueError("输入数据为空！")
    for word in ("圆", "元"):
        if check_data[-1] == word:
            check_data = check_data[:-1]
    if not check_data:
        raise ValueError("输入数据为空！")

    if _yjf(check_data):
        check_data = check_data.replace("元", "点").replace("圆", "点").replace("角", "").replace("分", "")
    if "零十" in check_data:
        check_data = check_data.replace("零十", "零一十")
    if "零百" in check_data:
        check_data = check_data.replace("零百", "零一百")

    for data in check_data:
        if data not in _CHECK_SMART:
            raise ValueError(f"当前为smart模式，输入的数据不在转化范围内：{data}！")
    return check_data


def _check_input_data_is_valid(check_data: str):
    check_data = _strip_money_words(check_data)
    if check_data[0] == "负":
        check_data = check_data[1:]
        sign = -1
        if not check_data:
            raise ValueError("输入数据为空！")
    else:
        sign = 1

    if "点" in check_data:
        split_data = check_data.split("点")
        if len(split_data) != 2:
            raise ValueError("数据中包含不止一个点！")
        integer_data, decimal_data = split_data
        integer_data = _sub_digits(integer_data, _an2cn)
        decimal_data = _sub_digits(decimal_data, _copy_num)
    else:
        integer_data = check_data
        decimal_data = None
        if _pattern1(integer_data):
            if integer_data[-1] in UNIT_CN2AN:
                from decimal import Decimal
                output = int(Decimal(integer_data[:-1]) * UNIT_CN2AN[integer_data[-1]])
            else:
                output = float(integer_data)
            return 0, output, None, None
        integer_data = _sub_digits(integer_data, _smart_number_convert)

    integer_data = _normalize_integer_data(integer_data)

    if _int_ok(integer_data):
        if decimal_data is None or _dec_ok(decimal_data):
            return sign, integer_data, decimal_data, False
    else:
        if _all_num(integer_data):
            if decimal_data is None or _dec_ok(decimal_data):
                return sign, integer_data, decimal_data, True
        last_unit = _speaking_last_unit(integer_data)
        if len(integer_data) >= 3 and last_unit is not None:
            _unit = UNIT_LOW_AN2CN[UNIT_CN2AN[last_unit] // 10]     # KeyError for 十 and 亿, as cn2an
            integer_data = integer_data + _unit
            if decimal_data is None or _dec_ok(decimal_data):
                return sign, integer_data, decimal_data, False

    raise ValueError(f"不符合格式的数据：{check_data}")


def _integer_convert(integer_data: str) -> int:
    output_integer = 0
    unit = 1
    ten_thousand_unit = 1
    for index, cn_num in enumerate(reversed(integer_data)):
        if cn_num in NUMBER_CN2AN:
            output_integer += NUMBER_CN2AN[cn_num] * unit
        elif cn_num in UNIT_CN2AN:
            unit = UNIT_CN2AN[cn_num]
            if unit % 10000 == 0:
                if unit > ten_thousand_unit:
                    ten_thousand_unit = unit
                else:
                    ten_thousand_unit = unit * ten_thousand_unit
                    unit = ten_thousand_unit
            if unit < ten_thousand_unit:
                unit = unit * ten_thousand_unit
            if index == len(integer_data) - 1:
                output_integer += unit
        else:
            raise ValueError(f"{cn_num} 不在转化范围内")
    return int(output_integer)


def _decimal_convert(decimal_data: str) -> float:
    len_decimal_data = len(decimal_data)
    if len_decimal_data > 16:
        from warnings import warn
        warn(f"注意：小数部分长度为 {len_decimal_data} ，将自动截取前 16 位有效精度！")
        decimal_data = decimal_data[:16]
        len_decimal_data = 16
    output_decimal = 0
    for index in range(len(decimal_data) - 1, -1, -1):
        unit_key = NUMBER_CN2AN[decimal_data[index]]
        output_decimal += unit_key * 10 ** -(index + 1)
    return round(output_decimal, len_decimal_data)


def _direct_convert(data: str) -> int:
    output_data = 0
    for index in range(len(data) - 1, -1, -1):
        output_data += NUMBER_CN2AN[data[index]] * 10 ** (len(data) - index - 1)
    return output_data


def _cn2an_smart(inputs) -> int | float:
    if inputs is None or inputs == "":
        raise ValueError("输入数据为空！")
    if not isinstance(inputs, str):
        inputs = str(inputs)
    inputs = _preprocess(inputs).replace("廿", "二十")
    sign, integer_data, decimal_data, is_all_num = _check_input_data_is_valid(inputs)
    if sign == 0:
        return integer_data
    convert = _direct_convert if is_all_num else _integer_convert
    if decimal_data is None:
        output = convert(integer_data)
    else:
        output = convert(integer_data) + _decimal_convert(decimal_data)
        output = round(output, len(decimal_data))
    return sign * output


def cn2an_smart(s: str) -> int | float:
    """``cn2an.cn2an(s, "smart")``: same value and type; ValueError where cn2an raises anything."""
    try:
        return _cn2an_smart(s)
    except ValueError:
        raise
    except Exception as e:            # cn2an's KeyError cases ("一亿三", "三点仨", "十十三")
        raise ValueError(f"不符合格式的数据：{s}") from e


_ZERO_LOOKALIKES = str.maketrans({"○": "〇", "Ｏ": "〇"})


def cn_int(s: str) -> int:
    """A whole number written in digits or Chinese numerals — '2021', '２０２１', '二〇二一' (also with
    ○ for 〇, as dates are often typed) or '二十七' — or ValueError."""
    try:
        value = cn2an_smart(s.translate(_ZERO_LOOKALIKES))
    except ValueError:
        raise ValueError(f"not a Chinese numeral: {s}") from None
    if value != int(value):
        raise ValueError(f"not a whole number: {s}")
    return int(value)
