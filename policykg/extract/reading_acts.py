"""The acts on a figure's things placed in its name (split from reading.py: how what was done to the things
names them, not where the name was read): the treating verb after the thing, a verb a list shares, the act or flow
that defines a count, read where the text writes it (before the number, after the things, closing the clause)."""
from __future__ import annotations

import re
from functools import partial

from .list_acts import listed_flow
from .name_acts import built_area, built_treated_name, fronted_act, list_work, purpose_owned, without_grade
from .name_aid import aid_act
from .name_completed import bare_project_act, inherited_member_act
from .name_flow_amounts import issued_things, kept_new_act
from .name_flow_context import added_before_things, added_things, closing_act, flow_after_things, part_flow, renewed_act
from .name_flows import defining_act
from .name_moved import act_after_things
from .name_ranks import ranked_things
from .measure_words import reduced_amount
from .phrases import indicator_suffix, measured_act
from .qlexicon import qwords

_q = partial(qwords, "reading")     # reading.py's section of quantities.yaml


class ActReading:
    """The act part of a SentenceReader: it reads ``text``, ``sspan``, ``chunks`` and ``prev_q``."""

    def _chunk_index(self, chunk) -> int:
        """Where ``chunk`` stands among its sentence's chunks (0 when it is not one of them)."""
        return next((k for k, ch in enumerate(self.chunks) if ch.start == chunk.start), 0)

    def _list_before(self, chunk) -> str:
        """The text of the chunks before ``chunk`` in its list (each after the first joined to the one before by
        a list mark: 建设N个X、M个Y、K个Z), back to the chunk before it at least, or ''."""
        i = k = self._chunk_index(chunk)
        while k > 1 and self.text[self.chunks[k - 2].end:self.chunks[k - 1].start].strip() == _q("list_mark"):
            k -= 1
        return self.text[self.chunks[k - 1].start:self.chunks[i - 1].end] if i > 0 else ""

    def acted_name(self, n, cand, chunk, name: str, base_name: str, measure: str, action: list[str],
                   lead: str = "") -> tuple[str, str]:
        """(base name, indicator) once the acts on the things are placed: the treating verb after the thing,
        a verb shared by a list, the act or flow that defines a count. LEAD: the words the acts are written in
        (a list member sharing the acts of the member before reads them where that member writes them)."""
        # a member named right of its number after a list mark shares the verb written in a member before it,
        # as a left-named one does (改造N套X、M户Y → Y改造户数; 建设N个X、M个Y、K个Z → Z建设数量)
        shared = n.source == "right" and not n.action and bool(action) and action[-1] in self._list_before(chunk)
        acts = inherited_member_act([], n.source, self.text[chunk.start:cand.start]) if n.source == "inherited" \
            else action if n.source == "left" or shared else n.action      # 新开工X N套、竣工M套 → X竣工套数
        if measure == "count":
            base_name = without_grade(base_name)      # N个500千伏输变电工程 → 输变电工程
        base_name = measured_act(purpose_owned(base_name, acts), acts, cand.unit_class, measure)
        if n.source in ("right", "grouped") and self.text[cand.end:chunk.end].rstrip().endswith(name):
            rest = re.split(_q("clause_right_marks"), self.text[chunk.end:self.sspan.end])[0]
            base_name = list_work(base_name, rest, cand.unit_class, measure)   # 完成N栋X、M平方米Y节能改造
        if n.source == "left":
            base_name = fronted_act(base_name, acts, cand.unit_class, measure)   # 淘汰老旧车辆N辆
        base_name = act_after_things(base_name)     # 省内转化重大科技成果 → 省内重大科技成果转化
        base_name = built_area(base_name, cand.unit_class)     # “三北”工程建设N万亩 → “三北”工程面积
        indicator = base_name if reduced_amount(acts, measure) else \
            bare_project_act(indicator_suffix(base_name, cand.unit_class, measure, cand.unit), measure)   # 减少X N万人 → X
        if n.source != "grouped":     # a grouped name holds its verb already (X、Y等N个项目开工建设)
            indicator = defining_act(indicator, acts, cand.unit_class, measure,    # 新增科技贷款, 省级首店引进数量
                                     lead or self.text[chunk.start:cand.start], self.text[chunk.start:cand.start])
            indicator = aid_act(indicator, acts, self.text[chunk.start:cand.start], cand.unit_class, measure)   # 帮扶N名X
            indicator = issued_things(indicator, acts, lead or self.text[chunk.start:cand.start], measure)   # 发布N个X
        indicator = kept_new_act(indicator, self.text[chunk.start:cand.start], n.source, cand.unit_class, measure)
        if n.source == "left":         # 大科学装置新增2个 → 新增大科学装置数量
            indicator = flow_after_things(indicator, self.text[chunk.start:cand.start], cand.unit_class, measure)
            indicator = added_before_things(indicator, self.text[chunk.start:cand.start], cand.unit_class, measure)
        if n.source == "right":
            indicator = added_things(indicator, self.text[chunk.start:cand.start], cand.unit_class, measure)
            joined = self.text[chunk.start - 1:chunk.start] in _q("member_joins")
            indicator = listed_flow(indicator, self.text[chunk.start:cand.start],
                                    self._list_before(chunk) if joined else "", cand.unit_class, measure)
        if n.source in ("right", "grouped"):      # 推进N个X、M个Y建设 → Y建设数量
            clause = re.split(_q("clause_right_marks"), self.text[cand.end:self.sspan.end])[0]
            indicator = closing_act(indicator, clause, cand.unit_class, measure)
        indicator = built_treated_name(indicator, measure)     # 改造新建公厕, 公厕新建改造 → 公厕数量
        prev = str(self.prev_q.indicator) if self.prev_q else None    # 净增X N户，其中企业M户 → 净增企业数量
        indicator = part_flow(indicator, self.text[chunk.start:cand.start], prev)
        indicator = renewed_act(indicator, self.text[chunk.start:cand.start].rstrip(), measure)    # 再建N座X
        indicator = ranked_things(indicator, measure)     # N种X产量居全国第1位 → 产量居全国第1位的X数量
        return base_name, indicator
