"""The features each learned decision weighs, by family (a feature's name up to its first ``=``: ``Park:before``
of ``Park:before=cjk``). ``make train`` writes them and the file format into the model file, and ``model_file``
refuses a file whose format or families are not these: a model of another version, whose features this code never
makes, scored every candidate by its bias alone. A feature added or renamed in the code is added here, and the
models retrained (train refuses a family it does not find here)."""
from __future__ import annotations

FORMAT = 2      # 2: the file names its format and feature families (1: neither)

_PARK = (
    "after", "area_of_zone", "b_token_end", "before", "conjunction", "count_before", "count_inside", "cue_after",
    "dict_word", "digit", "family", "first_pos", "freq", "function", "general", "general_again", "general_head",
    "general_only", "generic", "gov", "governed", "head", "head_token_start", "hosts", "inner", "inside_after",
    "kind", "kind_after", "later", "len", "list_member", "mod_tokens", "not_after", "own_level", "paren", "part",
    "place_first", "place_inside", "place_only", "pos2", "pred", "prev_cue", "prev_pos", "programme", "proper",
    "quote_inside", "quoted", "recurs", "region", "rest_recurs", "route", "rule", "sibling_park", "spread_last",
    "spread_min", "status_before", "strong", "title", "title_inside", "verbs",
)
_PROJECT = (
    "after", "b_token_end", "before", "conjunction", "count_before", "count_inside", "cue_after", "dict_word",
    "digit", "first_pos", "freq", "generic", "gov", "governed", "head", "head_token_start", "inner", "later", "len",
    "list_member", "listed", "measure_first", "mod_tokens", "not_after", "own_level", "paren", "park_before",
    "part", "phase", "place_first", "place_inside", "placed", "pos2", "pred", "prev_cue", "prev_pos", "programme",
    "proper", "quote_inside", "quoted", "recurs", "rest_recurs", "route", "rule", "spread_last", "spread_min",
    "strong", "title", "verbs",
)
ENTITY = frozenset({"kind", *(f"Park:{n}" for n in _PARK), *(f"Project:{n}" for n in _PROJECT)})
PLACEMENT = frozenset((
    "between", "clauses", "distance", "opens_paragraph", "order", "park_next", "park_prev", "parks_between",
    "project_next", "project_prev", "rule", "same_sentence", "sentences",
))


def family(feature: str) -> str:
    """A feature's family: its name up to the first ``=``."""
    return feature.split("=", 1)[0]


def undeclared(feature_dicts, declared: frozenset) -> list[str]:
    """The families the records' features hold that DECLARED lacks, sorted."""
    return sorted({family(k) for x in feature_dicts for k in x} - declared)
