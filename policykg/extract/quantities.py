"""Quantified Targets and Outcomes from report sentences.

``extract_quantities(text, sentences)`` finds every number written with a unit (6.3万亩, 4%,
1.35万人, 3个百分点), drops numbers that are not measurements (years, dates, ordinals, policy
names, numbers inside names, rankings), and turns each remaining one into a :class:`Quantity`
following DESIGN §1 (value as written, unit as written, comparator, period, kind).

How a sentence is read
----------------------
1. The sentence is cut into *chunks* at ，；： and at 、 when the chunk before it already holds a
   quantity (so "市外内资、外资到位达到100亿元" stays one chunk but "21.9万亩、设施农业4.3万亩"
   is two).
2. In a chunk, each number+unit is a candidate. Text left of it is the *left phrase*, text right
   of it (to the chunk end) the *right phrase*.
3. The left phrase is peeled from the right end (change words 增长/下降/稳定在/达到, comparator
   words 超过/不少于/约, comparison bases 比“十二五”末, 分别/累计) and from the left end (time
   expressions 2020年/“十三五”时期/过去一年, governing words 预计/力争/推动, scope words
   全区/全年/累计, action verbs 新建/引进/完成).  What remains is the indicator phrase.
4. No indicator phrase left → the counted object stands right of the number
   ("启动25个农村人居环境整治示范村建设", "废旧动力电池回收利用等5个项目开工建设"), or the
   chunk continues the previous quantity ("5.3万亿元、增长5.5%") and inherits its indicator.

Indicator naming scheme (one rule, applied everywhere)
-----------------------------------------------------
indicator = alias(<measured thing>) + <suffix by unit class>

* <measured thing> is the noun phrase without scope words (全区/全年/累计...), without the verbs
  that only say how the number moves (增长/下降/提高/达到/稳定在...), without governing words
  (预计/力争/推动...) and without the action verb that produced it (新建/新增/引进/建设/完成...);
  the action verb is kept in ``attrs["action"]`` and the kind of figure in ``attrs["measure"]``
  ("growth" % change, "change" absolute or 个百分点 change, "level", "share", "count").
* suffix: area units (亩/公顷/平方米/平方公里) → "面积"; length units (公里/米) → "里程";
  classifiers and people (个/家/所/项/人/户/名...) → "数量"; nothing for money, %, 个百分点 and
  other units; no suffix when the phrase already ends in one (面积/数量/人数/量/率...).
* grouped counts "X、Y等N个项目<verb>" → <verb> + 项目 + 数量, e.g. "开工建设项目数量";
  the names are left to the entity extractor.
* alias(): data/lexicons/indicators.yaml maps spellings of the same indicator to one name
  (生产总值/全区生产总值/GDP → 地区生产总值; 新增就业 → 城镇新增就业人数; PM_2.5 → PM2.5...).

Examples: 新建高标准农田6.3万亩 → 高标准农田面积; 新增国家高新技术企业18家 → 国家高新技术企业数量;
提升改造乡村公路25公里 → 乡村公路里程; 地区生产总值增长4% → 地区生产总值 (measure growth).

Kind: sentences in a review part are Outcomes; in plan/outlook parts Targets unless the verb is
clearly past (已/了). Period: a time expression in the quantity's own chunk wins, then one that
opens an earlier chunk of the sentence, then the year opening the paragraph (carried into the
"——我们…" paragraphs that follow it), then the part's default (review: the year or five-year plan
named in the part heading, 年均/累计 preferring the five-year plan; plan: the report year;
outlook: the five-year plan named in the heading).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml

from ..model import Context, Quantity, Sentence, Span
from .lists import assign
from .names import clean
from .notfigures import is_scope, is_threshold_count
from .numerals import cn2an_smart

LEXICON_DIR = Path(__file__).resolve().parents[2] / "data" / "lexicons"


# ---------------------------------------------------------------- lexicons

@cache
def lexicon(name: str) -> dict:
    """Load ``data/lexicons/<name>.yaml`` once."""
    with open(LEXICON_DIR / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _alt(words: Iterable[str]) -> str:
    """Regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def unit_classes() -> dict[str, str]:
    """Base unit → class name (percent, money, area, count ...)."""
    out: dict[str, str] = {}
    for cls, units in lexicon("units")["classes"].items():
        for u in units:
            out[str(u)] = cls
    return out


_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"


@cache
def quantity_regex() -> re.Pattern:
    """number [多|余] [magnitude] unit [/denominator], optionally a range "5%—5.5%" / "5—5.5%"."""
    lex = lexicon("units")
    units = _alt(unit_classes())
    mags = _alt(lex["magnitudes"])
    dens = _alt(lex["denominators"])
    num = rf"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十][{_CN_DIGITS}]*(?:点[零〇一二三四五六七八九]+)?)"
    # unit guards: 个月 is a duration, 部门/单位 are not counted units, 30万吨级 is a class
    unit = rf"(?:(?:{mags})?(?:{units})(?!月|门|位|级)(?:/(?:{dens}))?)"
    pat = (rf"(?<![\dA-Za-z_.．/+＋\-第])(?P<a>{num})"
           rf"(?:(?P<ai>多|余)?(?P<au>{unit})?(?P<aa>左右)?(?P<sep>—{{1,2}}|–|-|－|~|～)"
           rf"(?P<b>{num})(?P<bi>多|余)?(?P<bu>{unit})"
           rf"|(?P<i>多|余)?(?P<u>{unit}))"
           rf"(?![A-Za-z+＋])")
    return re.compile(pat)


@cache
def alias_map() -> dict[str, str]:
    """Indicator spelling → canonical name."""
    out: dict[str, str] = {}
    for canon, names in lexicon("indicators")["aliases"].items():
        out[canon] = canon
        for n in names:
            out[str(n)] = canon
    return out


@cache
def five_year_plans() -> dict[str, tuple[int, int]]:
    return {k: tuple(v) for k, v in lexicon("periods")["five_year_plans"].items()}


@cache
def time_regex() -> re.Pattern:
    """A time expression standing at the start of a phrase."""
    per = lexicon("periods")
    fyp = _alt(five_year_plans())
    return re.compile(
        rf"^(?P<pre>预计|力争|到|至|截至|截止|在)?"
        rf"(?:(?P<y>20\d\d)年(?P<ysuf>底|末|前|以来|内)?的?"
        rf"|“?(?P<fyp>{fyp})”?(?P<fsuf>时期|期间|期末|末|以来)?"
        rf"|(?P<p1>{_alt(per['past_year'])})"
        rf"|(?P<p5>{_alt(per['past_five_years'])})"
        rf"|(?P<n>(?P<nn>[一二三两四五六七八九十\d]+)年(?P<nsuf>来|累计|间|内|(?=安排|投入|筹措|新增|完成|建设))))")


# ---------------------------------------------------------------- helpers

@dataclass
class _Cand:
    m: re.Match
    start: int            # absolute offsets of number+unit (incl. range)
    end: int
    value: Decimal
    unit: str
    unit_class: str
    inner: str | None
    upper: Decimal | None = None
    approx_inner: bool = False
    role: str = "main"    # main | from | qualifier
    from_value: Decimal | None = None
    from_year: int | None = None
    to_year: int | None = None
    qualifier: str | None = None


@dataclass
class _Chunk:
    start: int
    end: int
    cands: list[_Cand] = field(default_factory=list)


def parse_number(s: str) -> Decimal | None:
    """Arabic or Chinese numeral → Decimal (两 = 2, 十五 = 15)."""
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return Decimal(s)
    try:
        v = cn2an_smart(s)
    except Exception:
        return None
    return Decimal(str(v)).normalize() if v is not None else None


def _split_unit(u: str) -> tuple[str, str]:
    """'万亩' → ('万', '亩'); unit class from the base unit."""
    mags = lexicon("units")["magnitudes"]
    base = u.split("/")[0]
    for m in sorted(mags, key=len, reverse=True):
        if base.startswith(m) and base[len(m):] in unit_classes():
            return m, base[len(m):]
    return "", base


def _is_chinese_num(s: str) -> bool:
    return not re.match(r"\d", s)


def _inside_quotes(sentence: str, pos: int) -> bool:
    """Rule: a number inside “…” is a name ("132"机制, "五个一"), not a measurement."""
    before = sentence[:pos]
    return before.count("“") > before.count("”") or before.count("「") > before.count("」")


def _cand_from_match(m: re.Match, base: int) -> _Cand | None:
    """Build a candidate from a regex match; None when it is not a measurement (number rules)."""
    if m.group("b"):
        unit = m.group("bu")
        if m.group("au") and m.group("au") != unit:
            return None
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is None or b is None:
            return None
        numtxt = m.group("a")
        inner = m.group("ai")
        upper = b
        approx = bool(m.group("aa"))
    else:
        unit = m.group("u")
        numtxt = m.group("a")
        a = parse_number(numtxt)
        if a is None:
            return None
        inner = m.group("i")
        upper = None
        approx = False
    mag, base_unit = _split_unit(unit)
    cls = unit_classes().get(base_unit)
    if cls is None:
        return None
    if _is_chinese_num(numtxt):
        if not chinese_numeral_ok(numtxt, cls):
            return None
        if cls == "money" and not mag and not re.search(r"[百千万亿]", numtxt):
            return None   # "三元" is a name (扶持三元、麦福劳等企业); money in Chinese numerals has a magnitude
        # "两万人": the magnitude written inside the Chinese numeral belongs to the unit
        mm = re.fullmatch(r"(.+?)(万亿|亿|万)", numtxt)
        if mm and not mag and len(mm.group(1)) >= 1:
            v = parse_number(mm.group(1))
            if v is not None:
                a, unit = v, mm.group(2) + unit
    return _Cand(m, base + m.start(), base + m.end(), a, unit, cls, inner, upper, approx)


def chinese_numeral_ok(numtxt: str, unit_class: str) -> bool:
    """Rule: Chinese numerals count only with measurement units (十五万亩, 两个百分点), not with
    classifiers (两条生态绿脉, 十个方面, 三大攻坚战), and never a bare 百/千/万 (百平方公里林海)."""
    classes = lexicon("units")["chinese_numeral_classes"]
    return unit_class in classes and numtxt[0] not in "百千万亿"


# ---------------------------------------------------------------- chunking

def chunk_sentence(text: str, span: Span) -> list[_Chunk]:
    """Rule: cut at ，；： always and at 、 only after a chunk that already holds a quantity."""
    rx = quantity_regex()
    pieces: list[tuple[int, int, str]] = []
    pos = span.start
    for m in re.finditer(r"[，,；;：:。！？!?、]|(?<=[%％元亩个家人户])(?:和|及)(?=\d)", text[span.start:span.end]):
        p = span.start + m.start()
        pieces.append((pos, p, m.group()))
        pos = p + 1
    pieces.append((pos, span.end, ""))
    chunks: list[_Chunk] = []
    cur_start = None
    for (s, e, sep) in pieces:
        if cur_start is None:
            cur_start = s
        if sep in ("、", "和", "及") and not any(_cand_from_match(m, 0) for m in rx.finditer(text, cur_start, e)):
            continue  # keep "城镇、农村…" / "市外内资、外资…" together
        chunks.append(_Chunk(cur_start, e))
        cur_start = None
    return [c for c in chunks if c.end > c.start]


# ---------------------------------------------------------------- phrase rules

def _strip_prefix(s: str, words: Iterable[str]) -> tuple[str, str | None]:
    for w in sorted(words, key=len, reverse=True):
        if w and s.startswith(w):
            return s[len(w):], w
    return s, None


def _strip_suffix(s: str, words: Iterable[str]) -> tuple[str, str | None]:
    for w in sorted(words, key=len, reverse=True):
        if w and s.endswith(w):
            return s[:-len(w)], w
    return s, None


_BASE_RX = re.compile(r"(?:较|比|与)(?:上年|去年|上年同期|同期|20\d\d年(?:底|末)?|“?十[一二三四五六]五”?(?:末|期末|时期)?|基期)(?:相比)?$")


def peel_right(left: str) -> tuple[str, dict]:
    """Rule: peel change/comparator words and comparison bases off the end of the left phrase.

    "PM2.5年均浓度比“十二五”末下降" → "PM2.5年均浓度", change decrease, base “十二五”末."""
    ind = lexicon("indicators")
    cmp = lexicon("comparators")
    info: dict = {"change": None, "cmp_words": [], "base": None, "multi": False}
    before_words = [w for grp in cmp.values() for w in grp.get("before", [])]
    changed = True
    while changed and left:
        changed = False
        for key in ("level", "increase", "decrease"):
            s, w = _strip_suffix(left, ind["change_words"][key])
            if w:
                left = s
                if key == "level":
                    info["change"] = info["change"] or "level"
                    if w in ("稳定在", "保持在", "控制在", "维持在", "达到", "达", "为"):
                        info["cmp_words"].append(w)
                else:
                    info["change"] = key
                if w.startswith("年均"):
                    info["multi"] = True
                changed = True
                break
        if changed:
            continue
        s, w = _strip_suffix(left, before_words)
        if w:
            left, changed = s, True
            info["cmp_words"].append(w)
            continue
        m = _BASE_RX.search(left)
        if m:
            info["base"] = m.group()
            left, changed = left[:m.start()], True
            continue
        s, w = _strip_suffix(left, ["分别", "均", "共", "累计", "合计", "总计", "同比", "年均", "再", "又", "已", "比上年", "的"])
        if w:
            if w in ("累计", "年均"):
                info["multi"] = True
            left, changed = s, True
    return left, info


def match_time(s: str) -> tuple[re.Match | None, str]:
    """Rule: a time expression opening a phrase → (match, rest)."""
    m = time_regex().match(s)
    if m and m.end() > (len(m.group("pre") or "")):
        return m, s[m.end():]
    return None, s


def peel_left(left: str) -> tuple[str, dict]:
    """Rule: peel time expressions, governing words, scope words and action verbs off the start.

    Returns the indicator phrase and info with "time" (last time match), "lead" (offset where the
    span should start: after governing words, before the action verb) and "action"."""
    ind = lexicon("indicators")
    info: dict = {"time": None, "lead": 0, "action": [], "past": False, "aspire": False}
    orig = left
    changed = True
    while changed and left:
        changed = False
        m, rest = match_time(left)
        if m:
            info["time"] = m
            left, changed = rest, True
            continue
        for words in (ind["lead_words"], ind["scope_words"]):
            s, w = _strip_prefix(left, words)
            if w:
                if w == "力争":
                    info["aspire"] = True
                left, changed = s, True
                break
        if changed:
            continue
        s, w = _strip_prefix(left, ["，", "、", "——", "—", " ", "　", "了", "与", "对"])
        if w:
            left, changed = s, True
    info["lead"] = len(orig) - len(left)
    changed = True
    while changed and left:
        changed = False
        if left in alias_map():
            break  # 新增就业 is itself an indicator name
        # “点对点”“一站式”运返… : quoted adverbials before an action verb
        mq = re.match(r"^(?:“[^”]{1,8}”)+", left)
        if mq and _strip_prefix(left[mq.end():], ind["action_verbs"])[1]:
            left, changed = left[mq.end():], True
            continue
        s, w = _strip_prefix(left, ind["action_verbs"])
        if w and len(s) == 1:
            w = None           # 营造林, 新建房: the verb is part of the name
        if w:
            info["action"].append(w)
            left, changed = s, True
            if left.startswith("了"):
                info["past"] = True
                left = left[1:]
            # scope words or a second verb may follow the verb: 投入全区… / 新建、改扩建…
            left, _ = _strip_prefix(left, ind["scope_words"])
            left, _ = _strip_prefix(left, ["、", "和", "及"])
            continue
        m, rest = match_time(left)
        if m and rest:
            left, changed = rest, True      # 发放2017年义务兵优待金
            continue
        tags = _pos(left)
        if len(tags) >= 2 and tags[0][1] == "v" and len(tags[0][0]) >= 2 and len(left) - len(tags[0][0]) >= 2 \
                and tags[1][1] in ("n", "nz", "nt", "ns", "l", "vn", "j", "nr", "an") \
                and left[len(tags[0][0]):] not in _GENERIC_HEADS:
            info["action"].append(tags[0][0])   # a verb jieba knows: 推出/攻克/安放 + object
            left, changed = left[len(tags[0][0]):], True
            continue
        m = re.match(r"^([\u4e00-\u9fff]{2})了", left)   # 保障了全市 / 完成了
        if m:
            info["action"].append(m.group(1))
            info["past"] = True
            left, changed = left[m.end():], True
            left, _ = _strip_prefix(left, ind["scope_words"])
    return left, info


_GENERIC_HEADS = {"总额", "总量", "总值", "额", "量", "率", "规模", "能力", "收入", "支出", "投资", "资金"}


def normalise_indicator(s: str) -> str:
    """Canonical spelling: PM2.5 variants, stray punctuation, then the alias table."""
    s = re.sub(r"(?:PM|ＰＭ)\s*[_₂]?\s*(?:2\.5|₂\.₅|２\.５)", "PM2.5", s)
    s = s.strip("，、：；的 　")
    s = re.sub(r"^(?:和|及|与|以及|并)", "", s)
    s = clean(s)
    for rx, canon in lexicon("indicators").get("patterns", []):
        if re.search(rx, s):
            return canon
    return alias_map().get(s, s)


_SUFFIX_DONE = ("面积", "播面", "数量", "人数", "户数", "个数", "数", "量", "率", "人次", "规模", "里程",
                "长度", "总额", "总值", "收入", "投资", "比重", "占比", "产值", "增加值")


def indicator_suffix(name: str, unit_class: str, measure: str) -> str:
    """Rule: area → 面积, length → 里程, counts/people/households → 数量 (unless already there)."""
    if unit_class == "percent" and "占" in name[1:] and not re.search(r"(?:比重|比例|占比|率)$", name):
        return name + "比重"   # 民生支出占一般公共预算支出的73.6% → …比重
    if not name or name.endswith(_SUFFIX_DONE) or measure in ("growth", "share"):
        return name
    if unit_class == "area":
        return name + "面积"
    if unit_class == "length":
        return name + "里程"
    if unit_class == "household":
        return name + "户数"
    if unit_class == "person":
        return name + "人数"
    if unit_class == "count":
        return name + "数量"
    return name


_RIGHT_TAIL = ["开工建设", "加快建设", "建设", "投入使用", "建成投产", "达标排放监管", "功能"]


def right_object(right: str) -> tuple[str, str | None]:
    """Rule: the counted object written after the number ("25个农村人居环境整治示范村建设")."""
    right = right.strip()
    if re.match(r"^(?:并|且|和|及|以|全部|均|共|累计|分别)", right):
        return "", None
    if right.startswith("的"):
        right = right[1:]
    obj, tail = right, None
    for _ in range(2):
        s, w = _strip_suffix(obj, _RIGHT_TAIL)
        if w and s:
            obj, tail = s, (w if tail is None else w + tail)
    stops = lexicon("indicators")["right_stop_words"]
    obj = re.split(rf"(?:{_alt(stops)})", obj)[0]
    return obj, tail


def counted_object(obj: str) -> str:
    """Rule: a count counts things, not the work done on them: "25所义务教育学校维修改造" →
    义务教育学校, "5549块牌匾的规范设置" → 牌匾, "45个老旧小区改造任务" → 老旧小区."""
    acts = lexicon("indicators")["activity_suffixes"]
    if "的" in obj[1:]:
        before, after = obj.split("的", 1)
        # "道路路灯的升级改造", "棚改区域的道路" count what stands before 的; a relative clause
        # ("有条件的县", "符合条件的企业") describes what stands after it
        obj = after if re.match(r"(?:有|符合|具备|具有|达到|满足)", before) and after else before
    changed = True
    while changed:
        changed = False
        s, w = _strip_suffix(obj, acts)
        if w and len(s) >= 3:
            obj, changed = s, True
    return obj


def is_policy_name(left_raw: str, cand: _Cand, right: str = "") -> bool:
    """Rule: "落实惠企21条" — N条 after a policy verb names a document, unless it counts roads/rivers
    (named before the number or right after it: "实施城区20条道路的改造提升")."""
    if not cand.unit.endswith("条"):
        return False
    verbs = lexicon("indicators")["policy_doc_verbs"]
    return any(v in left_raw for v in verbs) and not re.search(r"[路道河线渠街巷管航]", left_raw[-6:] + right[:4])


def is_preparatory(clause_right: str) -> bool:
    """Rule: a capacity named in a project that is only prepared or approved this year is not a
    commitment: "大唐哈克5万千瓦风电…等重点项目前期工作", "大唐700万吨露天矿完成核准"."""
    return re.search(r"(?:前期工作|前期|核准|可研|选址)$", clause_right) is not None


def is_partner_count(clause_left: str, right: str) -> bool:
    """Rule: "强化与周边7个口岸的协作联动" counts partners of a cooperation, not a commitment."""
    return re.search(r"(?:与|同)[\u4e00-\u9fff]{0,4}$", clause_left) is not None and \
        re.search(r"(?:协作|合作|联动|对接|交流)", right) is not None


_PLACE_SUFFIX = ("镇", "乡", "村", "区", "县", "市", "省", "岭", "街道", "办事处", "社区", "园区", "片区")


def is_modifier(name: str) -> bool:
    """Rule: a left phrase that is only a place or a proper name ("奋斗镇1万亩节水灌溉",
    "红星美凯龙6万平方米主力店") locates the quantity; the measured thing is written after it."""
    if not name or len(name) > 8:
        return False
    if name.endswith(_PLACE_SUFFIX):
        return True
    tags = _pos(name)
    return all(f in ("ns", "nr", "nrt", "nz", "nt", "j") for _, f in tags)


def shared_object(text: str, cands: list, cand, chunk, chunks: list) -> str | None:
    """Rule: quantities listed before one shared noun take that noun: "96户177人建档立卡贫困人口",
    "完成1.8万户、189万平方米棚改任务" (the noun follows the last quantity of the list)."""
    after = [c for c in cands if c.start >= cand.end]
    nxt = None
    if after and not text[cand.end:after[0].start].strip():
        nxt, end = after[0], chunk.end
    else:
        i = next((k for k, ch in enumerate(chunks) if ch.start == chunk.start), None)
        if i is not None and i + 1 < len(chunks) and text[chunk.end:chunk.end + 1] == "、" \
                and not text[cand.end:chunk.end].strip():
            nch = chunks[i + 1]
            m = quantity_regex().match(text, nch.start)
            if m:
                nxt = _cand_from_match(m, 0)
                end = nch.end
    if nxt is None:
        return None
    obj, _ = right_object(re.sub(r"^(?:以上|以内|左右)", "", text[nxt.end:end]))
    return obj if obj and not _starts_with_verb(obj) else None


def _may_inherit(prev, cand) -> bool:
    """Rule: a quantity without an indicator continues the previous one ("5.3万亿元、增长5.5%",
    "增长20%，达到282亿元") when one of them is a percentage or both measure the same kind of unit."""
    prev_cls = unit_classes().get(_split_unit(prev.unit)[1], "")
    return "percent" in (prev_cls, cand.unit_class) or prev_cls == cand.unit_class


def previous_object(text: str, chunks: list, chunk) -> str | None:
    """The noun phrase ending the previous chunk of the sentence ("设置平价蔬菜超市" → 平价蔬菜超市)."""
    i = next((k for k, ch in enumerate(chunks) if ch.start == chunk.start), 0)
    if i == 0:
        return None
    prev = text[chunks[i - 1].start:chunks[i - 1].end]
    pos, cut = 0, None
    for w, f in _pos(prev):
        pos += len(w)
        if f in ("v", "vn") and len(prev) - pos >= 2:
            cut = pos                       # the object after the last verb
    obj = prev[cut:] if cut is not None else ""
    return obj if len(obj) >= 2 and not re.search(r"[的，、]", obj) else None


def is_name_number(unit_class: str, right: str) -> bool:
    """Rule: "创新创业青年50人论坛" — people counted in the name of an event or programme."""
    return unit_class == "person" and re.match(r"(?:论坛|峰会|计划|团队|小组|会)", right) is not None


def is_framing(left_raw: str, right: str) -> bool:
    """Rule: "以大邱庄等5家中心卫生院为重点" frames a task, it is not a target."""
    return left_raw.endswith("等") and "以" in left_raw and re.search(r"为(?:重点|龙头|核心|主体|依托|主线)", right) is not None


def is_ranking(left_raw: str, right: str) -> bool:
    """Rule: rankings and ordinals (居全国第4位, 前3名) are not measurements."""
    return bool(re.search(r"(?:第|前|后)$", left_raw)) or right.startswith(("位", "名"))


def _starts_with_verb(s: str) -> bool:
    """Rule: text opening with an action verb (实施/完成/用于…) states an act, not a noun."""
    ind = lexicon("indicators")
    return bool(_strip_prefix(s, ind["action_verbs"] + ["用于", "对", "为"])[1])


@cache
def _pos(s: str) -> tuple[tuple[str, str], ...]:
    """Part-of-speech tags (jieba's, see .tagger) of a short phrase."""
    from .tagger import pos
    return pos(s)


# ---------------------------------------------------------------- candidates in a chunk

def chunk_candidates(text: str, sent_text: str, sent_start: int, chunk: _Chunk) -> list[_Cand]:
    """All number+unit candidates of a chunk after the number rules; marks from/qualifier roles."""
    rx = quantity_regex()
    out: list[_Cand] = []
    for m in rx.finditer(text, chunk.start, chunk.end):
        if _inside_quotes(sent_text, m.start() - sent_start):
            continue
        c = _cand_from_match(m, 0)
        if c is None:
            continue
        out.append(c)
    # Rule: 由A提高到B / 从2020年的A增长到2025年的B → one quantity B with from_value A
    for prev, cur in zip(out, out[1:]):
        lead = text[chunk.start:prev.start]
        mid = text[prev.end:cur.start]
        mfrom = re.search(r"(?:由|从)(?:(?P<y>20\d\d)年(?:底|末)?的?)?$", lead)
        mto = re.fullmatch(r"(?:左右)?[\u4e00-\u9fff]{0,4}?(?:到|至)(?:(?P<y>20\d\d)年(?:底|末)?的?)?|增加到|提高到", mid)
        if mfrom and mto:
            prev.role = "from"
            cur.from_value = prev.value
            cur.from_year = int(mfrom.group("y")) if mfrom.group("y") else None
            cur.to_year = int(mto.group("y")) if mto.groupdict().get("y") else None
    # Rule: "新引进5000万元以上项目不少于100个" — a number+unit qualifying the noun of a later one
    for prev, cur in zip(out, out[1:]):
        if prev.role != "main":
            continue
        mid = text[prev.end:cur.start]
        if re.search(r"[和及与、]", mid) or text[chunk.start:prev.start].endswith("等") or _starts_with_verb(mid):
            continue  # a list (5万平方米公安小区和2万平方米回迁房), a group (等19家企业), or an act (投资4.17亿元实施…7个)
        if re.match(r"^(?:以上|以下|及以上)?[\u4e00-\u9fff“”]", mid) and not re.search(r"(?:增长|下降|提高|降低|达到|完成)", mid[:2]):
            prev.role = "qualifier"
            cur.qualifier = text[prev.start:prev.end] + re.match(r"^(?:以上|以下|及以上)?", mid).group()
    return out


# ---------------------------------------------------------------- period rules

def period_of_time_match(m: re.Match, ctx: Context | None, kind: str,
                         default: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    """Rule: a time expression → (start_year, end_year)."""
    ry = ctx.report_year if ctx else None
    if m.group("y"):
        y = int(m.group("y"))
        if kind == "Target" and (m.group("pre") in ("到", "至") or m.group("ysuf") in ("前", "底", "末")) and ry and y > ry:
            return ry, y
        return y, y
    if m.group("fyp"):
        s, e = five_year_plans()[m.group("fyp")]
        if m.group("fsuf") in ("末", "期末") and kind == "Target" and ry:
            return max(ry, s), e
        return s, e
    if m.group("p1"):
        return (ry - 1, ry - 1) if ry else default
    if m.group("p5"):
        return (ry - 5, ry - 1) if ry else default
    if m.group("n"):
        n = parse_number(m.group("nn"))
        if n and ry and kind == "Target" and m.group("nsuf") != "来":
            return ry, ry + int(n) - 1     # 三年安排450亿元 (from the report year on)
        end = default[1] or (ry - 1 if ry else None)
        if n and end:
            return end - int(n) + 1, end
    return default


def part_periods(ctx: Context | None) -> tuple[tuple | None, tuple | None]:
    """Rule: the part heading names the period of its sentences → (single year, five-year plan).

    A heading may name two plans ("“十四五”时期发展成就和“十五五”时期主要目标任务"): a review part
    takes the latest plan ended before the report year, a plan/outlook part the plan running from
    the report year on. "第十五个五年规划" names the 十五五 plan."""
    if ctx is None:
        return None, None
    single = None
    plans: list[tuple[int, int]] = []
    for h in ctx.headings:
        m = re.search(r"(20\d\d)年", h)
        if m and single is None:
            single = (int(m.group(1)), int(m.group(1)))
        h2 = re.sub(r"第(十[一二三四五六七八九])个五年规划", lambda mm: mm.group(1) + "五", h)
        for k, v in five_year_plans().items():
            if k in h2 and v not in plans:
                plans.append(v)
        if re.search(r"过去(?:的)?一年", h) and single is None:
            single = (ctx.report_year - 1, ctx.report_year - 1)
    ry = ctx.report_year
    if ctx.part_kind == "review":
        past = [p for p in plans if p[1] < ry]
        five = max(past) if past else (plans[0] if plans else None)
    else:
        ahead = [p for p in plans if p[1] >= ry]
        five = min(ahead) if ahead else (plans[0] if plans else None)
    return single, five


def default_period(ctx: Context | None, kind: str, multi: bool) -> tuple[int | None, int | None]:
    """Rule: period when the sentence names none: review → heading period (年均/累计 prefer the
    five-year plan), plan → report year, outlook → the heading's five-year plan."""
    if ctx is None:
        return None, None
    single, five = part_periods(ctx)
    ry = ctx.report_year
    if ctx.part_kind == "review":
        if multi and five:
            return five
        if single:
            return single
        if five:
            return five
        return ry - 1, ry - 1
    if ctx.part_kind == "outlook":
        if five:
            return five
        return ry, ry + 4
    return ry, ry


# ---------------------------------------------------------------- main

@dataclass
class _State:
    para_start: int = -1
    para_time: re.Match | None = None
    part: str | None = None


def _sentence_time(text: str, chunks: list[_Chunk], upto: int) -> re.Match | None:
    """Rule: a time expression opening an earlier chunk of the sentence carries to later chunks."""
    found = None
    for ch in chunks:
        if ch.start >= upto:
            break
        s = text[ch.start:ch.end]
        s2 = re.sub(r"^(?:各位代表|同时|其中|全年|全区|全省|全市)", "", s)
        m, _ = match_time(s2)
        if m and not (m.group("y") and s2[m.end():m.end() + 1] == "是" and False):
            found = m
    return found


def _paragraph_time(text: str, sent: Sentence, state: _State) -> re.Match | None:
    """Rule: a time opening a paragraph ("各位代表，2020年是…") holds for that paragraph and for
    the "——我们…" paragraphs right after it. In a review part whose heading names both a five-year
    plan and a year ("“十四五”时期和2025年工作回顾") a five-year time holds until another paragraph
    opens with a time: the "“十四五”时期是…的五年" / "五年来" paragraphs and the sub-sections after
    them are the five-year review, the "刚刚过去的2025年" paragraph and its "——" paragraphs the year's."""
    ps = text.rfind("\n", 0, sent.span.start) + 1
    if ps != state.para_start:
        pe = text.find("\n", ps)
        pe = len(text) if pe < 0 else pe
        para = text[ps:pe].strip()
        state.para_start = ps
        found = _opening_time(para)
        part = sent.context.headings[0] if sent.context and sent.context.headings else None
        sticky = part == state.part and _two_period_review(sent.context) and _multi_year(state.para_time)
        if found is not None or not (para.startswith("——") or sticky):
            state.para_time = found
        state.part = part
    return state.para_time


def _opening_time(para: str) -> re.Match | None:
    """A time expression among the first three clauses of a paragraph's first sentence."""
    para = re.sub(r"^各位代表[，,！!：:]?", "", para)
    first = re.split(r"[。！？；]", para, maxsplit=1)[0]
    for piece in re.split(r"[，：]", first)[:3]:
        piece = re.sub(r"^(?:各位代表|同时|全年|刚刚过去的|过去的)", "", piece.strip())
        m, _ = match_time(piece)
        if m:
            return m
    return None


def _plan_ahead(sentence: str, ctx: Context | None) -> tuple[int, int] | None:
    """The five-year plan a sentence (else its part heading) names that has not ended before the
    report year; 今后五年/未来五年 are the five years from the report year."""
    if ctx is None:
        return None
    ry = ctx.report_year
    if re.search(r"(?:今后|未来)五年", sentence):
        return ry, ry + 4
    named = [v for k, v in five_year_plans().items() if k in sentence and v[1] >= ry]
    if named:
        return min(named)
    five = part_periods(ctx)[1]
    return five if five and five[1] >= ry else None


def _multi_year(m: re.Match | None) -> bool:
    """A time expression naming several years: a five-year plan, 过去五年, 五年来."""
    return m is not None and bool(m.group("fyp") or m.group("p5") or m.group("n"))


def _two_period_review(ctx: Context | None) -> bool:
    if ctx is None or ctx.part_kind != "review":
        return False
    single, five = part_periods(ctx)
    return single is not None and five is not None


def _kind(ctx: Context | None, chunk_text: str, past: bool) -> str:
    """Rule: review part → Outcome; plan/outlook → Target unless the verb is clearly past."""
    if ctx is not None and ctx.part_kind == "review":
        return "Outcome"
    if past or re.search(r"(?:已经|已|均已)[\u4e00-\u9fff]{0,4}$", chunk_text[:6]) or "实现了" in chunk_text:
        return "Outcome"
    return "Target"


def _comparator(words_before: list[str], inner: str | None, after: str, approx_inner: bool) -> str:
    """Rule: DESIGN word table; an approximation word wins, then bounds, then strict, then equal."""
    cmp = lexicon("comparators")
    after_words = after
    if approx_inner or any(w in cmp["approx"]["before"] for w in words_before) or after_words in cmp["approx"]["after"]:
        return "≈"
    if any(w in cmp["bound_ge"]["before"] for w in words_before) or after_words in cmp["bound_ge"]["after"]:
        return ">="
    if any(w in cmp["bound_le"]["before"] for w in words_before) or after_words in cmp["bound_le"]["after"]:
        return "<="
    if inner or any(w in cmp["strict_gt"]["before"] for w in words_before):
        return ">"
    return "="


def _measure(unit_class: str, change: str | None, name: str, has_from: bool, unit: str = "") -> str:
    if unit.endswith("百分点"):
        return "change"
    if has_from or change == "level":
        return "share" if unit_class == "percent" and re.search(r"(率|占比|比重|比例)$", name) else "level"
    if change in ("increase", "decrease"):
        if unit_class == "percent" and not name.endswith(("率", "占比", "比重")):
            return "growth"
        return "change"
    if unit_class == "percent":
        return "share" if re.search(r"(率|占比|比重|比例|覆盖面)$", name) else "level"
    if unit_class in ("count", "person", "household"):
        return "count"
    return "level"


def extract_quantities(text: str, sentences: Iterable[Sentence]) -> list[Quantity]:
    """Every quantified Target/Outcome stated in ``sentences`` (see module docstring), by span."""
    out: list[Quantity] = []
    state = _State()
    cmp_lex = lexicon("comparators")
    after_rx = re.compile(rf"(?:{_alt(cmp_lex['approx']['after'] + cmp_lex['bound_ge']['after'] + cmp_lex['bound_le']['after'])})")
    for sent in sentences:
        ctx = sent.context
        sspan = sent.span
        stext = text[sspan.start:sspan.end]
        para_time = _paragraph_time(text, sent, state)
        chunks = chunk_sentence(text, sspan)
        prev_q: Quantity | None = None
        subject = ""
        prev_action: list[str] = []
        for chunk in chunks:
            cands = chunk_candidates(text, stext, sspan.start, chunk)
            for cand in cands:
                if cand.role != "main":
                    continue
                left_raw = text[chunk.start:cand.start]
                if cand.from_value is not None:
                    fm = re.search(r"(?:由|从)(?:20\d\d年(?:底|末)?的?)?$", text[chunk.start:[c for c in cands if c.role == 'from' and c.end <= cand.start][-1].start])
                    left_raw = text[chunk.start:[c for c in cands if c.role == 'from' and c.end <= cand.start][-1].start]
                    left_raw = left_raw[:fm.start()] if fm else left_raw
                    mid = text[[c for c in cands if c.role == 'from' and c.end <= cand.start][-1].end:cand.start]
                    change_hint = "decrease" if re.search(r"下降|降低|减少|缩小", mid) else "level"
                else:
                    change_hint = None
                if cand.qualifier:
                    left_raw = text[chunk.start:cand.start].replace(cand.qualifier, "", 1)
                # after: trailing comparator word and right phrase
                after_m = after_rx.match(text, cand.end, chunk.end) if cand.end < chunk.end else None
                after_word = after_m.group() if after_m else ""
                end = cand.end + len(after_word)
                right = text[end:chunk.end]
                if cand.unit_class == "time" and not (after_word or re.search(r"(?:至|到|在)$", left_raw)):
                    continue  # Rule: "1小时通达", "15分钟生活圈" name a reach, not a measured duration
                clause_left = re.split(r"[，,；;：:。]", text[sspan.start:cand.start])[-1]
                clause_right = re.split(r"[，,；;。]", text[cand.end:sspan.end])[0]
                if is_policy_name(clause_left, cand, right) or is_framing(left_raw, right) or is_ranking(left_raw, right) \
                        or is_preparatory(clause_right) or is_partner_count(clause_left, right) \
                        or is_name_number(cand.unit_class, right) or is_scope(cand.unit_class, clause_left, right):
                    continue
                if is_threshold_count(cand.unit_class, right):
                    subject = peel_left(peel_right(left_raw)[0])[0]   # the next values are the subject's
                    continue
                left_peeled, rinfo = peel_right(left_raw)
                name, linfo = peel_left(left_peeled)
                grouped = left_raw.rstrip().endswith("等")
                kind = _kind(ctx, text[chunk.start:chunk.end], linfo["past"])
                action = linfo["action"]
                span_start = chunk.start + linfo["lead"]
                span_end = end
                ind_src = "left"
                right_noun = bool(right) and re.match(r"^[\u4e00-\u9fff“]", right) is not None and not right.startswith(("左右", "以上", "以内", "以下", "的"))
                counts = cand.unit_class in ("count", "person", "household")
                if grouped:
                    obj, tail = right_object(right)
                    verb = {"加快建设": "建设"}.get(tail, tail) or (action[-1] if action else "")
                    if counts and obj and not re.search(r"(?:项目|工程)$", obj):
                        obj, verb = counted_object(obj), ""   # 沿山路小学等8所风雨馆 → 风雨馆; 项目/工程 keep the verb
                    name = (verb + obj) if obj else verb
                    ind_src = "grouped"
                    # the span starts after the first run of governing verbs before the names
                    gov = re.search(r"(?:(?:重点|推动|推进|加快|启动|实施|开工|新建|建设|支持|完成)+)", left_raw)
                    span_start = chunk.start + (gov.end() if gov else linfo["lead"])
                    span_end = chunk.end
                elif (not name.strip("“”\"") and (right_noun or right.startswith("的")) and not _starts_with_verb(right)) or \
                        (right_noun and counts and right_object(right)[0]) or \
                        (right_noun and right_object(right)[0] and is_modifier(name) and not _starts_with_verb(right)):
                    obj, tail = right_object(right)
                    if cand.unit_class in ("area", "length", "weight", "volume", "energy"):
                        obj = re.split(r"(?:等|和|及|年内)", obj)[0]   # 5万平方米公安小区和2万平方米回迁房等开发项目
                    name = counted_object(obj) if counts else obj
                    ind_src = "right"
                    span_end = chunk.end if chunk.end - span_start <= 30 else end + len(obj)
                elif not name and (shared := shared_object(text, cands, cand, chunk, chunks)):
                    name = counted_object(shared) if counts else shared   # 完成1.8万户、189万平方米棚改任务
                    ind_src = "shared"
                elif not name and prev_q is None and counts and not right and \
                        (obj := previous_object(text, chunks, chunk)):
                    name = obj          # "全部设置平价蔬菜超市，年内完成20个"
                    ind_src = "previous"
                elif not name and prev_q is not None and _may_inherit(prev_q, cand):
                    name = prev_q.attrs.get("indicator_base", prev_q.indicator)
                    ind_src = "inherited"
                    rinfo["change"] = rinfo["change"] or prev_q.attrs.get("change")
                    action = action or prev_action
                elif not name and prev_q is None and subject:
                    name, ind_src = subject, "inherited"   # 地区生产总值迈上4个万亿元台阶、达14.2万亿元
                if re.search(r"(?<![高中初同平对])等(?!级)", name) and ind_src == "left":
                    name = re.split(r"(?<![高中初同平对])等(?!级)", name)[-1]   # 北师大附属学校、多维绿建等北京项目 → 北京项目
                if name in ("资金", "项目", "费用") and action:
                    name = action[-1] + name          # 投入资金, 实施项目 — the verb is the indicator
                if not name:
                    name = (action[-1] if action else "") + ("资金" if cand.unit_class == "money" else "")
                    if not name:
                        continue
                if re.search(r"\d", name) and re.fullmatch(r"[\dA-Za-z.+]+", name):
                    continue
                if counts and name.endswith("指标"):
                    continue   # "提出25项主要指标" counts the plan's indicators, it is not a commitment
                change = change_hint or rinfo["change"]
                if change is None and any(a in lexicon("indicators")["reducing_verbs"] for a in action):
                    change = "decrease"   # 压减地下水开采量21.5亿立方米
                if change is None and "下拉" in left_raw:
                    change = "decrease"
                base_name = normalise_indicator(name)
                measure = _measure(cand.unit_class, change, base_name, cand.from_value is not None, cand.unit)
                indicator = normalise_indicator(indicator_suffix(base_name, cand.unit_class, measure))
                value = cand.value
                if change == "decrease" and cand.from_value is None:
                    value = -value
                    upper = -cand.upper if cand.upper is not None else None
                else:
                    upper = cand.upper
                if upper is not None and upper < value:
                    value, upper = upper, value
                words_before = rinfo["cmp_words"]
                comparator = _comparator(words_before, cand.inner or (cand.m.group("ai") if cand.m.group("b") else None),
                                         after_word, cand.approx_inner)
                # period
                multi = rinfo["multi"] or bool(re.search(r"年均|累计", left_raw))
                dflt = default_period(ctx, kind, multi)
                tm = linfo["time"] or _time_in(left_raw)
                if tm is not None:
                    period = period_of_time_match(tm, ctx, kind, dflt)
                else:
                    st = _sentence_time(text, chunks, chunk.start)
                    if st is not None:
                        period = period_of_time_match(st, ctx, kind, dflt)
                    elif para_time is not None:
                        period = period_of_time_match(para_time, ctx, kind, dflt)
                    else:
                        period = dflt
                if kind == "Target" and multi and tm is None and (period[1] or 0) >= ctx.report_year \
                        and (plan := _plan_ahead(stext, ctx)):
                    period = plan   # Rule: 年均/累计 targets run over the five-year plan ahead
                if cand.from_year and cand.to_year:
                    # 从2020年的A增长到2025年的B: the change happened in the years after the base year
                    period = (min(cand.from_year + 1, cand.to_year), cand.to_year)
                elif cand.to_year:
                    period = (cand.to_year, cand.to_year)
                if kind == "Target" and ctx is not None and period[1] is not None and period[1] < ctx.report_year:
                    kind = "Outcome"   # Rule: a plan/outlook part recalling the past ("过去五年…") states results
                aspirational = linfo["aspire"] or "力争" in text[sspan.start:cand.start]
                span = Span(span_start, span_end)
                while span.end > span.start and text[span.end - 1] in "，、；。 ":
                    span = Span(span.start, span.end - 1)
                attrs: dict[str, object] = {"change": change, "measure": measure, "indicator_base": base_name, "source": ind_src,
                                            "phrase": name}
                if not action and prev_action and text[chunk.start - 1:chunk.start] == "、":
                    action = prev_action      # 建设高标准农田21.9万亩、设施农业4.3万亩
                if action:
                    attrs["action"] = action[-1]
                if rinfo["base"]:
                    attrs["base"] = rinfo["base"]
                if cand.qualifier:
                    attrs["qualifier"] = cand.qualifier
                q = Quantity(kind=kind, indicator=indicator, value=value, unit=cand.unit,
                             comparator=comparator, span=span, start_year=period[0], end_year=period[1],
                             aspirational=aspirational, from_value=cand.from_value, upper_value=upper,
                             label=text[span.start:span.end], attrs=attrs)
                if re.search(r"分别[\u4e00-\u9fff]{0,6}$", left_raw):
                    out.extend(split_respectively_one(q, name, text, cand.end, sspan.end))
                else:   # an inherited name is the list's, not two rates sharing one value
                    out.extend(split_joint(q) if ind_src != "inherited" else [q])
                prev_q = q
                if action:
                    prev_action = action
            if not cands:
                continue
        # Rule: "A、B分别增长6.5%、10.1%" — a list of values names a list of indicators (lists.py)
        assign(text, sspan, out, _rename)
        _respectively(text, sspan, out)
    out.sort(key=lambda q: (q.span.start, q.span.end))
    return out


def _rename(q: Quantity, name: str) -> None:
    """Set a quantity's indicator from a bare name (alias, then the suffix of its unit class)."""
    base = normalise_indicator(name)
    q.attrs["indicator_base"] = base
    cls = unit_classes().get(_split_unit(q.unit)[1], "")
    q.indicator = normalise_indicator(indicator_suffix(base, cls, str(q.attrs["measure"])))


def split_joint(q: Quantity) -> list[Quantity]:
    """Rule: "农村卫生厕所普及率和生活垃圾无害化处理率达到100%" states one value for two rates."""
    m = re.fullmatch(r"(.+?(?:率|占比|比重))(?:和|及|、)(.+?(?:率|占比|比重))", q.indicator)
    if not m:
        return [q]
    out = []
    for name in m.groups():
        attrs = dict(q.attrs, indicator_base=normalise_indicator(name))
        out.append(Quantity(**{**q.__dict__, "indicator": normalise_indicator(name), "attrs": attrs}))
    return out


def split_respectively_one(q: Quantity, raw_name: str, text: str, pos: int, end: int) -> list[Quantity]:
    """Rule: "城乡居民人均可支配收入分别增长7.5%" — 分别 with one value gives it to each subject
    (城乡 → 城镇 and 农村; "A和B<shared>" → A<shared> and B<shared>)."""
    clause = re.split(r"[，,；;。]", text[pos:end])[0]
    if quantity_regex().search(clause):
        return [q]                       # several values: _respectively() pairs them
    base = raw_name.strip() or q.attrs.get("indicator_base", q.indicator)
    names = None
    if base.startswith("城乡") and len(base) > 3:
        names = ["城镇" + base[2:], "农村" + base[2:]]
    else:
        m = re.fullmatch(r"([\u4e00-\u9fff]{1,6})(?:和|、)(.{2,})", base)
        if m and (first := respective_name(m.group(1), m.group(2))):
            names = [first, m.group(2)]
    if not names:
        return [q]
    cls = unit_classes().get(_split_unit(q.unit)[1], "")
    out = []
    for n in names:
        b = normalise_indicator(n)
        out.append(Quantity(**{**q.__dict__, "indicator": normalise_indicator(indicator_suffix(b, cls, q.attrs["measure"])),
                               "attrs": dict(q.attrs, indicator_base=b)}))
    return out


def _time_in(left_raw: str) -> re.Match | None:
    """A time expression right after a governing word inside the left phrase (预计2020年…)."""
    m = re.search(r"(?:预计|力争|到|至|截至)(?=20\d\d年|“?十[一二三四五六]五)", left_raw)
    if m:
        tm, _ = match_time(left_raw[m.start():])
        return tm
    return None


_HEADS = ["居民人均可支配收入", "人均可支配收入", "贷款余额", "增加值", "收入", "投资", "数量", "产量", "总额", "余额", "人数"]


def respective_name(first: str, second: str) -> str | None:
    """Complete the first of "A、B<shared>": overlap (国内游客、入境游客数量), two-character
    parallel modifiers (城镇、农村常住居民…), or a known head word (制造业、普惠小微贷款余额)."""
    for i in range(len(first) - 1, 0, -1):
        tail = first[-i:]
        pos = second.find(tail)
        if i >= 2 and pos > 0:
            return first + second[pos + len(tail):]
    if len(first) == 2 and len(second) > 2:
        return first + second[2:]
    for h in _HEADS:
        if second.endswith(h) and len(second) > len(h):
            return first + h
    return None


def _respectively(text: str, sspan: Span, out: list[Quantity]) -> None:
    """Rule: "A、B<shared>分别<verb>x、y" → x belongs to A<shared>, y to B<shared>."""
    stext = text[sspan.start:sspan.end]
    for m in re.finditer(r"([\u4e00-\u9fff]{1,6})(?:、|和)([\u4e00-\u9fff“”]{2,30}?)分别", stext):
        first, second = m.group(1), m.group(2)
        names = [respective_name(first, second), second]
        if names[0] is None:
            continue
        qs = [q for q in out if q.span.start >= sspan.start + m.start() and q.span.end <= sspan.end]
        if any(q.attrs.get("list_member") for q in qs):
            continue         # named by lists.assign
        clause = re.split(r"[，,；;。]", stext[m.end():])[0]
        if len(quantity_regex().findall(clause)) < 2:
            continue         # one value for both: split_respectively_one() made one quantity each
        for q, n in zip(qs, names):
            base = normalise_indicator(n)
            q.attrs["indicator_base"] = base
            q.indicator = normalise_indicator(indicator_suffix(base, unit_classes().get(_split_unit(q.unit)[1], ""), q.attrs["measure"]))
