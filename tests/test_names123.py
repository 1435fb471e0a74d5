"""Indicator names and periods on text nobody tuned to, round four (names123, issue 13 item 2): four constructed probe
reports (tests/data/constructed/figs-district-2011, figs-county-2015, figs-district-2017, figs-banner-2021, annotated
before the tool was run on them) beside the earlier rounds' probes. A result over a plan still running when the
report is delivered ends the year before it; people or things a work reaches (受益, 覆盖, 涉及, as 惠及) are the work's."""
from __future__ import annotations

import pytest

from quantity_helpers import probe_figure

pytestmark = pytest.mark.unit


def period(q) -> tuple:
    return q.start_year, q.end_year


def test_a_review_of_a_plan_still_running_ends_the_year_before_the_report():
    """Probes county 2015 (“十二五”以来…年均增长9.4%) and city 2014 (“十二五”前三年…年均增长12.4%) gave 2011–2015,
    years not yet past; the golds read 2011–2014 and 2011–2013."""
    assert period(probe_figure("figs-county-2015", "全县生产总值年均增长9.4%")) == (2011, 2014)
    assert period(probe_figure("figs-county-2015", "县级配套资金31亿元")) == (2011, 2014)
    assert period(probe_figure("figs-city-2014", "地区生产总值年均增长12.4%")) == (2011, 2013)


def test_a_plan_ahead_keeps_its_span():
    """Control: a Target of the plan keeps the plan's years (十二五 goals of the district 2011 probe)."""
    assert period(probe_figure("figs-district-2011", "到2015年突破1600亿元")) == (2011, 2015)
    assert period(probe_figure("figs-district-2011", "年均增长18.5%")) == (2006, 2010)
