"""The period and kind of a figure a ``reading.SentenceReader`` reads (split from reading.py: when a figure holds,
not what it is named): the chunk's own time, the sentence's, the paragraph's, the part's default."""
from __future__ import annotations

import re
from functools import partial

from .periods import base_year, chunk_times, default_period, period_of_time_match, plan_ahead, sentence_time, time_in
from .qlexicon import qwords
from .reading_names import Named

_q = partial(qwords, "reading")     # reading.py's section of quantities.yaml


class PeriodReading:
    """The period part of a SentenceReader: it reads ``ctx``, ``text``, ``stext``, ``chunks`` and ``para_time``
    and keeps the sentence's chunk times in ``_times`` (read once, when a chunk has no time of its own)."""

    def period(self, kind: str, cand, chunk, left_raw: str, n: Named) -> tuple[str, tuple]:
        """(kind, (start year, end year)): the chunk's own time, the sentence's, the paragraph's,
        the part's default; 年均/累计 targets over the plan ahead; a plan part recalling the past
        states Outcomes."""
        ctx, text = self.ctx, self.text
        multi = n.rinfo["multi"] or bool(re.search(_q("multi_words"), left_raw))
        dflt = default_period(ctx, kind, multi)
        ratio_base = n.rinfo.get("ratio_base")
        tm = n.linfo["time"] or time_in(left_raw.replace(ratio_base, "") if ratio_base else left_raw, kind)
        if tm is None and self._times is None:
            self._times = chunk_times(text, self.chunks)
        st = sentence_time(self._times, chunk.start) if tm is None else None
        found = next((t for t in (tm, st, self.para_time) if t is not None), None)
        period = period_of_time_match(found, ctx, kind, dflt) if found is not None else dflt
        if kind == "Target" and multi and tm is None and (period[1] or 0) >= ctx.report_year \
                and (plan := plan_ahead(self.stext, ctx)):
            period = plan   # Rule: 年均/累计 targets run over the five-year plan ahead
        if cand.from_year and cand.to_year:
            # 从2020年的A增长到2025年的B: the change happened in the years after the base year
            period = (min(cand.from_year + 1, cand.to_year), cand.to_year)
        elif cand.to_year:
            period = (cand.to_year, cand.to_year)
        if kind == "Target" and ctx is not None and period[1] is not None and period[1] < ctx.report_year:
            kind = "Outcome"   # Rule: a plan/outlook part recalling the past ("过去五年…") states results
        if kind == "Outcome" and period[0] == period[1] and (by := base_year(n.rinfo["base"])) and by < period[0]:
            period = (by + 1, period[1])    # 2025年X较2020年增长N: as from 2020 to 2025 above
        return kind, reviewed_so_far(kind, period, ctx)


def reviewed_so_far(kind: str, period: tuple, ctx) -> tuple:
    """Rule: a result over a span still running when the report is delivered (“十二五”以来 in 2015, “十二五”前三年 in
    2014) ends the year before the report (names123): an Outcome holds for years already past."""
    start, end = period
    if kind == "Outcome" and ctx is not None and start is not None and end is not None \
            and start < ctx.report_year <= end:
        return start, ctx.report_year - 1
    return period
