"""tidy42: the tie own_subjects reads before counted things is built from the words that put it there."""
from __future__ import annotations

import re

import pytest

from policykg.extract.name_doers import partnered_things, reached_things, tie_opening

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("read, things, right", [
    ("县（市、特区）与省外三甲医院", "县（市、特区）", "县（市、特区）与省外三甲医院建立帮扶协作关系。"),  # guizhou 2026
    ("村卫生室", "村卫生室", "村卫生室达到国家良好标准，沈阳入选…"),                                # liaoning 2026
    ("盟市", "盟市", "盟市空气质量全部达标，国考断面水质优良比例…"),                                # neimenggu 2026
    ("产品", "产品", "产品能耗达到国家先进值，鄂尔多斯…"),                                          # neimenggu 2026
])
def test_the_tie_written_before_counted_things_is_the_tie_subjects_reads(read, things, right):
    # subjects.tied_things wrote the ties of name_doers.partnered and reached out again; now both come from one
    # set of words, so a name with its tie put first must open with exactly that tie, the things after it
    name = reached_things(partnered_things(read, right), right)
    tie = re.match(tie_opening(), name)
    assert name != read and tie and name[tie.end():] == things
