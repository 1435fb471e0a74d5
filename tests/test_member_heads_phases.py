"""Regression (merge of tidy63 into projects64): ``member_heads`` read ``phase_heads`` as a list after it became a
mapping, so a whole name's ending words held the keys "phases"/"acts" instead of 一期…/新建…."""
from policykg.extract import member_heads
from policykg.extract.grammar import phase_words


def test_whole_name_endings_hold_the_phase_and_act_words_not_the_mapping_keys():
    own = member_heads._heads()[3]
    assert set(phase_words()) <= set(own)
    assert "phases" not in own and "acts" not in own
