"""Peeling the phrase left of a number down to the indicator phrase: change, comparator words and
comparison bases off its end (``peel_right``); numbering, time expressions, governing, scope and
action words off its start (``peel_left``)."""
from __future__ import annotations

import re
from functools import lru_cache

from .qlexicon import (alias_map, kept_words, lexicon, match_time, plan_alternation, pos_of, qwords, strip_prefix,
                       strip_suffix)


@lru_cache(maxsize=1)
def _comparison_base() -> re.Pattern:
    """A comparison base ending the left phrase (quantities.yaml peeling.base, its plans those of periods.yaml)."""
    return re.compile(qwords("peeling", "base").format(fyp=plan_alternation()))


def peel_right(left: str) -> tuple[str, dict]:
    """Rule: peel change/comparator words and comparison bases off the end of the left phrase.

    "PM2.5年均浓度比“十二五”末下降" → "PM2.5年均浓度", change decrease, base “十二五”末."""
    ind = lexicon("indicators")
    cmp = lexicon("comparators")
    info: dict = {"change": None, "cmp_words": [], "base": None, "multi": False, "share": False,
                  "level_word": None, "ratio_base": None}
    before_words = [w for grp in cmp.values() for w in grp.get("before", [])]
    changed = True
    while changed and left:
        changed = False
        if re.fullmatch("[^" + qwords("peeling", "joined_acts") + "]*(?:" + qwords("phrases", "upgrade_acts") + ")", left):
            break       # 改造提升25个X: the upgrade done on the things after the number, no rise of a figure (names34)
        for key in ("level", "increase", "decrease"):
            s, w = strip_suffix(left, ind["change_words"][key])
            if w and _named_change(left, w):
                info["change"] = key if key != "level" else info["change"] or "level"
                return left, info   # 居民消费价格涨幅: the change word is part of the name (aliases)
            if w:
                left = s
                if key == "level":
                    info["change"] = info["change"] or "level"
                    info["level_word"] = info["level_word"] or w    # the one nearest the number
                    if w in qwords("peeling", "level_comparators"):
                        info["cmp_words"].append(w)
                    info["share"] = info["share"] or w == qwords("peeling", "share_verb")
                else:
                    info["change"] = key
                if w.startswith(qwords("peeling", "annual_average")):
                    info["multi"] = True
                changed = True
                break
        if changed:
            continue
        s, w = strip_suffix(left, before_words)
        if w and not _halves_word(left, w):
            left, changed = s, True
            info["cmp_words"].append(w)
            continue
        m = _comparison_base().search(left) or re.search(ind["national_base"], left) \
            or re.search(ind["reference_base"], left) or re.search(ind["opening_base"], left)
        ratio = None if m else re.search(ind["ratio_base"], left)
        m = m or ratio
        if m:
            info["base"] = m.groupdict().get("base") or m.group()   # the gap's sign word is no comparator
            info["ratio_base"] = info["base"] if ratio else None     # 是2012年的N倍: its year is no period
            left, changed = left[:m.start()], True
            continue
        s, w = strip_suffix(left, qwords("peeling", "right_particles"))
        if w and not _halves_word(left, w):
            if w in qwords("peeling", "multi_words"):
                info["multi"] = True
            left, changed = s, True
    return left, info


def _named_change(left: str, w: str) -> bool:
    """The change word W closing LEFT ends an indicator spelling of the alias table (居民消费价格涨幅): the
    readers keep it as written; a spelling whose canonical name drops it (经济增长 → 地区生产总值) is no such name."""
    return any(left.endswith(n) for n in _spellings_closed_by(w))


@lru_cache(maxsize=None)
def _spellings_closed_by(w: str) -> tuple[str, ...]:
    """The alias table's spellings longer than W that end in W and whose canonical name keeps it."""
    return tuple(n for n, canon in alias_map().items() if n.endswith(w) and len(n) > len(w) and canon.endswith(w))


def _halves_word(left: str, w: str) -> bool:
    """A one-character particle or comparator ending ``left`` that is the second half of a word with
    the character before it, as the tagger cuts the phrase (平均, 人均, 签约), belongs to the phrase: cut, it
    left half a word."""
    from .tagger import freq
    return len(w) == 1 and len(left) >= 2 and bool(freq(left[-2:])) and pos_of(left[-6:])[-1][0] == left[-2:]


def peel_left(left: str, subject: bool = False) -> tuple[str, dict]:
    """Rule: peel numbering, time expressions, governing words, scope words and action verbs off
    the start.

    Returns the indicator phrase and info with "time" (last time match), "lead" (offset where the
    span should start: after governing words, before the action verb) and "action". ``subject``:
    the phrase is the subject of a change word (…增长5%), so a verb only jieba knows opening it
    describes the thing (快递业务量, 限上单位网上零售额) rather than acting on it."""
    info: dict = {"time": None, "lead": 0, "action": [], "past": False, "aspire": False}
    rest = _peel_frame(left, info)
    info["lead"] = len(left) - len(rest)
    return _after_inner_verb(_peel_actions(_after_beneficiary(rest), info, subject), info), info


def _after_beneficiary(left: str) -> str:
    """Rule: 为 + who benefits + an action verb: the verb and its object name the figure (为X发放Y补贴 →
    发放Y补贴, the verb peeled next); before another verb only 为 and a count go (为X减负 → X减负)."""
    lead = qwords("peeling", "beneficiary")
    if not left.startswith(lead):
        return left
    pos, verb = len(lead), None
    for w, f in pos_of(left[len(lead):]):
        if pos - len(lead) >= 2 and len(w) >= 2 and len(left) - pos - len(w) >= 2 \
                and w in lexicon("indicators")["action_verbs"]:
            return left[pos:]
        verb = verb or (pos - len(lead) >= 2 and f == "v" and len(w) >= 2)
        pos += len(w)
    return re.sub(qwords("peeling", "beneficiary_count"), "", left[len(lead):]) if verb else left


def _after_inner_verb(name: str, info: dict) -> str:
    """Rule: a verb inside the phrase makes its object the thing measured; what stands before the
    verb is who acts, where or how ("X群体开展职业技能培训" → 职业技能培训, "X实施Y工程" → Y工程)."""
    m = re.search(qwords("peeling", "inner_verbs"), name)
    if m is None or m.start() < 2 or len(name) - m.end() < 2:
        return name
    before = name[:m.start()]
    if before.count("“") != before.count("”"):
        return name                        # the verb belongs to a quoted name
    info["action"].append(m.group())
    return name[m.end():]


def _peel_frame(left: str, info: dict) -> str:
    """Numbering (7. / 三是), time expressions, governing and scope words, stray punctuation."""
    ind = lexicon("indicators")
    numbering = re.compile(f"^(?:{'|'.join(ind['numbering'])})")
    changed = True
    while changed and left:
        changed = False
        m, rest = match_time(left)
        if m:
            info["time"] = m
            left, changed = rest, True
            continue
        if (mn := numbering.match(left)) and len(left) > mn.end():
            left, changed = left[mn.end():], True
            continue
        for words in (ind["lead_words"], ind["scope_words"], qwords("peeling", "frame_marks")):
            if words is ind["lead_words"] and (strip_prefix(left, ind["not_lead"])[1] or _qualifies_noun(left)):
                continue
            s, w = _strip_scope(left) if words is ind["scope_words"] else strip_prefix(left, words)
            if w and words is not ind["lead_words"] and _opens_name(left, w):
                continue
            if w:
                info["aspire"] = info["aspire"] or w == qwords("peeling", "aspire")
                left, changed = s, True
                break
    return left


def _qualifies_noun(left: str) -> bool:
    """A lead word that is also a noun's qualifier (重点) before a noun by the tagger (重点人群, 重点行业场所)
    is part of the name; before a verb (重点支持, 重点实施) it says how the work is pushed."""
    s, w = strip_prefix(left, qwords("peeling", "qualifier_leads"))
    tags = pos_of(s[:8]) if w and len(s) >= 2 else ()
    return bool(tags) and tags[0][1] in qwords("peeling", "qualified_tags")


def _opens_name(left: str, w: str) -> bool:
    """A one-character mark that opens a word with what follows (对外, 与会) or a partner of trade
    (对X进出口) is the name's own first character, not a frame."""
    if len(w) != 1 or not re.match(r"[\u4e00-\u9fff]", w):
        return False
    return len(pos_of(left[:6])[0][0]) > 1 or bool(re.match(qwords("peeling", "partner_trade"), left))


def _peel_actions(left: str, info: dict, subject: bool) -> str:
    """Action verbs (lexicon, quoted adverbials before one, jieba's verbs, X了) and what follows
    them (scope words, a second verb), kept in info["action"]."""
    ind = lexicon("indicators")
    changed = True
    while changed and left:
        changed = False
        if left in alias_map() or _relative_clause(left):
            break  # 新增就业 is itself an indicator name; 参加X的Y names the things
        # “点对点”“一站式”运返… : quoted adverbials before an action verb
        mq = re.match(qwords("peeling", "quoted_adverbials"), left)
        after, verb = strip_prefix(left[mq.end():], ind["action_verbs"]) if mq else ("", None)
        if verb and not re.fullmatch(qwords("peeling", "verb_measures"), after):
            left, changed = left[mq.end():], True
            continue
        s, w = _action_verb(left, subject)
        if w and (len(s) == 1 or left.startswith(tuple(qwords("peeling", "work_compounds")))
                  or re.match(qwords("peeling", "act_nouns"), left)
                  or re.fullmatch(qwords("peeling", "measure_only"), s)):
            w = None           # 营造林, 新建房, 植树造林, 造林面积: the verb is part of the name
        if w:
            info["action"].append(w)
            left, changed = s, True
            if left.startswith(qwords("peeling", "perfective")):
                info["past"] = True
                left = left[1:]
            # scope words or a second verb may follow the verb: 投入全区… / 新建、改扩建…
            left, _ = _strip_scope(left)
            rest, joined = strip_prefix(left, qwords("peeling", "joining"))
            if joined and (verb := _jieba_verb(rest)):
                info["action"].append(verb)     # 新建和改善X: a second verb
                left = rest[len(verb):]
            elif joined and strip_prefix(rest, ind["action_verbs"])[1]:
                left = rest     # 新建、改扩建…; with no verb after it, 和 opens the object (和美乡村)
            continue
        m, rest = match_time(left)
        if m and rest:
            left, changed = rest, True      # 发放2017年义务兵优待金
            continue
        if not info["action"] and not subject and (verb := _jieba_verb(left)):
            info["action"].append(verb)     # a verb jieba knows: 推出/攻克/安放 + object
            left, changed = left[len(verb):], True
            continue
        m = re.match(qwords("peeling", "past_verb"), left)   # 保障了全市 / 完成了
        if m:
            info["action"].append(m.group(1))
            info["past"] = True
            left, changed = left[m.end():], True
            left, _ = _strip_scope(left)
    return left


def _relative_clause(left: str) -> bool:
    """Rule (names85): a verb of taking part or reaching (``relative_verbs``) whose object closes on 的 before
    the things (参加X的Y, 达到X标准的Y) opens a relative clause saying which things are measured: not peeled."""
    m = re.match(qwords("peeling", "relative_verbs"), left)
    return bool(m) and bool(re.match(qwords("peeling", "relative_object"), left[m.end():]))


def _action_verb(left: str, subject: bool) -> tuple[str, str | None]:
    """An action verb opening ``left``, with an adverb of the lexicon before it (新 + 打造) unless the
    phrase is the subject of a change word (新落地项目增长…: the verb describes the thing)."""
    ind = lexicon("indicators")
    s, w = strip_prefix(left, ind["action_verbs"])
    if w is None and not subject:
        rest, adv = strip_prefix(left, ind["verb_prefixes"])
        s, w = strip_prefix(rest, ind["action_verbs"]) if adv else (left, None)
        w = adv + w if w else None
        s = s if w else left
    if w and s.startswith(tuple(ind["adjective_suffixes"])):
        return left, None                  # 补贴性…: an adjective, not an action
    return s, w


def _strip_scope(left: str) -> tuple[str, str | None]:
    """A scope word (全区, 全年, 共 …) off the start, unless it opens a word (共建“一带一路”国家)."""
    ind = lexicon("indicators")
    if strip_prefix(left, ind["not_scope"])[1]:
        return left, None
    return strip_prefix(left, ind["scope_words"])


def _jieba_verb(left: str) -> str | None:
    """The verb jieba reads at the start of ``left`` when an object follows it (推出/攻克/安放 + noun).
    The caller does not ask after another action verb: there it describes the object (新增限上商贸企业)."""
    tags = pos_of(left)
    if tags and tags[0][0] in qwords("peeling", "qualifying_verbs") + qwords("peeling", "kept_acts"):
        return None     # 脱贫人口, 起降设施: the verb names a kind of the thing, no act done on it; 接待游客: the flow
    if re.match(kept_words(), left):
        return None     # 在校大学生, 在建项目: jieba's verb names which of the things are meant (names60)
    if _things_own_act(tags):
        return None     # 退化草原修复治理, 下岗失业人员再就业: the later verb is the act, the first says which things
    if len(tags) >= 2 and tags[0][1] == "v" and len(tags[0][0]) >= 2 and len(left) - len(tags[0][0]) >= 2 \
            and tags[1][1] in ("n", "nz", "nt", "ns", "l", "vn", "j", "nr", "an") \
            and left[len(tags[0][0]):] not in qwords("peeling", "generic_heads"):
        return tags[0][0]
    return None


def _things_own_act(tags) -> bool:
    """Rule (names109): a verb, the things, then verbs of their own closing the name (退化|草原|修复治理,
    下岗|失业人员和困难人员|再就业): the act done on or by the things is the later verb, so the first is a qualifier
    saying which things are meant (degraded grassland, laid-off workers), no act of its own. A verb of decrease
    (减少碳排放) stays the act: it is the change the value's sign says."""
    if re.fullmatch(qwords("reading", "decrease_words"), tags[0][0]):
        return False
    words, nouns = list(tags[1:]), 0
    while words and (words[0][1] in qwords("peeling", "qualified_tags")
                     or nouns and (words[0][1] == "an" or words[0][0] in qwords("peeling", "joined_acts"))):
        words, nouns = words[1:], nouns + 1     # 失业人员和困难人员: things joined in a list
    while words and words[0][1] == "d":
        words = words[1:]
    return nouns > 0 and bool(words) and all(tag == "v" for _w, tag in words)
