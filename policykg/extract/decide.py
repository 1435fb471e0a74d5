"""The learned decision: which park and project names to keep, and where each name starts.

Candidates come from grammar kept in data (``name_grammar.py``): every park or project head of the lexicons
(``data/lexicons/parks.yaml`` suffixes, ``projects.yaml`` project_suffixes, ``heads.yaml``) with every
left boundary at a token start inside the name stretch before it, the members of a list that shares one
works word written after it (``shared_kind.py``), plus the rule passes' own spans (the
members of a list of parks among them, ``park_lists.py``); a name never starts with a verb, adverb or
preposition (a short abbreviation aside, ``reach.py``; a park's name may start with a verb that neither
governs nor states a status, ``park_shape.py``), nor holds 等/以及/的. Each candidate is described by its
context — the rule passes' verdict on the same span, the word and punctuation before and after it, cue
verbs, the kind of part (review / outlook / plan), whether it starts like a proper name or a title, how
often the report names it, how specific it is and what its clause does with it (``specificity.py``),
for a park what its list neighbours and clause say of it (``park_context.py``), whether it stands at
an end of a tie to a park the sentence states (``placement_cue.py``) — and scored by a logistic
regression fitted on the dev annotations (``policykg.extract.train``, ``make train``) and stored as plain
weights in ``data/models/entity-decision.json``. For each head, the best-scoring boundary is kept when
its probability reaches the model's threshold for its kind (a list member beside a kept name: the lower
``<kind>:sibling`` threshold when the model has one); the rule passes' own names at both ends of such a
stated tie are kept whatever their scores, and so is a national zone of the report's province that the text
names by a form of its catalogue name (``park_gazetteer.py``). A kept industrial park the sentence counts among
its projects is a project, and a project written as a kept park's name and 项目 is that park (``counted_parks.py``).
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from .. import resources
from .candidates import park_kind
from .project_rules import is_governed
from .counted_parks import counted_as_projects, park_works
from .grammar import (COUNT_BEFORE, MEASURE_AFTER, Candidate, TokSentence, lexicon, lexicon_raw, quoted, strip_leading,
                      tokens_of, word_freq)
from .feature_set import ENTITY
from .model_file import Model, read_model
from .governed import ungoverned
from .name_bounds import cut_short, overruns
from .name_grammar import grammar_candidates, head_end, head_res
from .park_context import park_context
from .park_gazetteer import gazetteer_spans, names_a_place
from .park_general import general_start, placed_zone
from .placement_cue import placement_cue, stated_ties
from .qlexicon import gwords
from .reach import describes, unnamed_kind, joined, with_siblings
from .specificity import specificity
from .surfaces import place_prefix, proper_head, strong_head

_PUNCT = "，,；;：:。、（）()“”\"《》"


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The fitted model; None before ``make train`` has written one, or with POLICYKG_ENTITY_MODEL=rules
    (the rule passes alone); that variable may name another model file (cross-validation folds)."""
    choice = os.environ.get("POLICYKG_ENTITY_MODEL", "")
    path = Path(choice) if choice and choice != "rules" else resources.model()
    if choice == "rules" or (not choice and not path.is_file()):
        return None
    return read_model(path, f"POLICYKG_ENTITY_MODEL={choice}" if choice else str(path), ("Park", "Project"), ENTITY)


def unnamed(name: str, surfaces) -> bool:
    """A project named only by its kind or its action (``reach.unnamed_kind`` over every head): never kept."""
    return unnamed_kind(name, surfaces, [rx for _, rx in head_res()])


@lru_cache(maxsize=1)
def _verb_stops() -> frozenset:
    """Stop words that are never a name's first word (``never_first_words`` of projects.yaml)."""
    return frozenset(lexicon_raw().get("never_first_words") or ())


@lru_cache(maxsize=1)
def _own_levels() -> frozenset:
    return frozenset(resources.lexicon_data("grammar")["own_levels"])


def name_counter(sentences):
    """How many times the report's sentences name a string (a name named often is more likely real)."""
    whole = "\n".join(s.text for s in sentences)
    return lru_cache(maxsize=None)(whole.count)


def _bucket(n: int, edges=(1, 2, 4, 6, 9)) -> str:
    return next((f"<={e}" for e in edges if n <= e), f">{edges[-1]}")


def _char_class(c: str) -> str:
    if not c or c in _PUNCT:
        return c or "EDGE"
    return "digit" if c.isdigit() else "cjk" if "\u3400" <= c <= "\u9fff" else "other"


def _flags(c: Candidate, surfaces, toks, modifier: str, head: str) -> list[str]:
    """The yes/no features of the candidate's shape and surroundings that hold, in a fixed order."""
    st, a, b, k, name = c.st, c.a, c.b, c.kind, c.name
    lex = lexicon()
    before, after = st.text[max(0, a - 6):a], st.text[b:b + 6]
    tests = (("place_first", lambda: place_prefix(name, surfaces)),
             ("proper", lambda: proper_head(name, surfaces, strict=k == "Park")),
             ("strong", lambda: strong_head(name, surfaces, strict=k == "Park")),
             ("governed", lambda: is_governed(st, a, b, a)),
             ("quoted", lambda: quoted(st, a, b)),
             ("title", lambda: bool(toks) and toks[0][2] in lex.title_prefixes),
             ("own_level", lambda: bool(toks) and toks[0][2] in _own_levels()),
             ("generic", lambda: all(w in lex.generic for w in (t[2] for t in toks)
                                     if w not in head) if toks else True),
             ("programme", lambda: modifier.endswith(tuple(lexicon_raw().get("programme_heads") or ()))),
             ("not_after", lambda: bool(lex.not_after.match(st.text[b:]))),
             ("count_before", lambda: bool(COUNT_BEFORE.search(before))),
             ("cue_after", lambda: any(after.startswith(w) for w in lex.cons_after)),
             ("dict_word", lambda: len(toks) == 1 and bool(word_freq(name))),
             ("digit", lambda: bool(re.search(r"\d", name))),
             ("measure_first", lambda: bool(MEASURE_AFTER.match(name))),
             ("conjunction", lambda: any(w in modifier for w in gwords("decide", "conjunctions"))),
             ("route", lambda: gwords("decide", "route") in modifier[1:-1]),
             ("paren", lambda: "（" in name[1:] and "）" in name),
             ("park_before", lambda: k == "Project" and bool(dict(head_res())["Park"].search(st.text, 0, a))),
             ("list_member", lambda: any(joined(st, a, b))),
             ("b_token_end", lambda: b in st.ends or b == len(st.text)))
    return [flag for flag, test in tests if test()]


def features(c: Candidate, surfaces, rule_spans: set, counts) -> dict[str, float]:
    """What the decision weighs: the candidate's shape, its context, and the rules' verdict."""
    st, a, b, k = c.st, c.a, c.b, c.kind
    lex = lexicon()
    name = c.name
    family = c.attrs.get("family")       # a family head: weighed by its family, not the combined word
    head = c.attrs["head"]
    modifier = name[: len(name) - len(head)]
    toks, prev = tokens_of(st, a, b)
    f = {f"kind={k}": 1.0, f"{k}:len={_bucket(len(modifier))}": 1.0,
         f"{k}:part={st.part}": 1.0, f"{k}:before={_char_class(st.text[a - 1:a])}": 1.0,
         f"{k}:after={_char_class(st.text[b:b + 1])}": 1.0, f"{k}:freq={_bucket(counts(name), (1, 2))}": 1.0}
    if not c.attrs.get("general"):      # a general candidate is weighed by its kind of area (_general_features)
        f[f"{k}:head={'*' + family if family else head}"] = 1.0
    if c.attrs.get("listed"):       # the works word a list shares (shared_kind.py)
        f[f"{k}:listed={c.attrs['listed']}"] = 1.0
    if family and k == "Park":
        f["Park:family"] = f[f"Park:function={head[:-len(family)]}"] = 1.0
    if k == "Park":
        f.update(_general_features(c, surfaces, counts))
    if k == "Park":     # the kind its head names (综保区 and 综合保税区 alike): sparse heads share weight
        f[f"Park:kind={park_kind(name)[0]}"] = 1.0
    if (k, a, b) in rule_spans:         # a placed head's rule (park_placed) says no more than its head and
        if not c.attrs.get("placed"):   # place do (leave one report out: parks F1 0.894 with it, 0.906 without)
            f[f"{k}:rule=same"] = 1.0
    elif any(x[0] == k and x[2] == b for x in rule_spans):
        f[f"{k}:rule=other_start"] = 1.0
    if toks:
        f[f"{k}:first_pos={toks[0][3][:2]}"] = 1.0
        f[f"{k}:verbs={min(3, sum(t[3].startswith('v') for t in toks if t[1] <= b - len(head)))}"] = 1.0
    if prev is not None:
        f[f"{k}:prev_pos={prev[3][:2]}"] = 1.0
        if prev[2] in lex.cons_before or prev[2] in lex.stop_words:
            f[f"{k}:prev_cue"] = 1.0
    n_mod = sum(1 for t in toks if t[1] <= b - len(head))
    f[f"{k}:mod_tokens={min(n_mod, 5)}"] = 1.0
    if len(toks) >= 2:
        f[f"{k}:pos2={toks[0][3][:1]}{toks[1][3][:1]}"] = 1.0
    if surfaces.regex is not None and surfaces.regex.search(modifier[1:]):
        f[f"{k}:place_inside"] = 1.0
    if b - len(head) in st.starts:
        f[f"{k}:head_token_start"] = 1.0
    for flag in _flags(c, surfaces, toks, modifier, head):
        f[f"{k}:{flag}"] = 1.0
    if k == "Park":
        f.update(park_context(st, a, b, head_end("Park"), surfaces))
    f.update(placement_cue(st.text, k, a, b, rule_spans))
    left, right = st.clause_bounds(a, b)
    f.update(specificity(k, name, modifier, [t[2] for t in toks if t[1] <= b - len(head)], surfaces,
                         st.text[left:a], st.text[b:right]))
    return f


def _general_features(c: Candidate, surfaces, counts) -> dict[str, float]:
    """How the general grammar (``park_general.py``) reads a park candidate, whatever made it: its kind of area
    and how its start is found, so what lexicon parks teach carries to a name no lexicon holds; and whether the
    general path alone made it, and the report names it again."""
    shape = general_start(c.st, c.a, c.b, surfaces)
    if shape is None:
        return {}
    f = {f"Park:general_head={shape[0]}": 1.0, f"Park:general={shape[1]}": 1.0}
    if c.attrs.get("general") and not placed_zone(*shape):
        f["Park:general_only"] = 1.0
        if counts(c.name) >= 2:
            f["Park:general_again"] = 1.0
    return f


def decide(st: TokSentence, rule_parks, rule_projects, surfaces, counts, m: Model
           ) -> tuple[list[Candidate], list[Candidate]]:
    """Parks and projects of one sentence: per head, the best boundary when it is likely enough."""
    rule_spans = {(c.kind, c.a, c.b) for c in (*rule_parks, *rule_projects)}
    best: dict[tuple[str, int], tuple[float, int, Candidate]] = {}
    cands = [c for c in grammar_candidates(st, (*rule_parks, *rule_projects), surfaces)
             if not (c.kind == "Project" and describes(c.name))]
    for c in cands:
        p = m.probability(features(c, surfaces, rule_spans, counts))
        key = (c.kind, c.b)
        if key not in best or (p, -c.a) > best[key][:2]:
            best[key] = (p, -c.a, c)
    kept = []
    for kind in ("Park", "Project"):
        items = [(p, c.a, c.b, *joined(st, c.a, c.b), c)
                 for p, _, c in best.values() if c.kind == kind]
        kept += [x[-1] for x, k in zip(items, with_siblings(items, m.thresholds[kind],
                                                               m.thresholds.get(f"{kind}:sibling")))
                 if k and not (kind == "Project" and (unnamed(x[-1].name, surfaces) or cut_short(x[-1])
                                                      or overruns(x[-1]) or x[-1].attrs.get("no_list")))]
    kept += stated_ties(st.text, [c for c in cands if (c.kind, c.a, c.b) in rule_spans], kept,
                        lambda name: unnamed(name, surfaces))
    kept = [x for x in (ungoverned(c) for c in with_gazetteer(st, kept, surfaces)) if x is not None]
    kept.sort(key=lambda c: (c.a, c.b))
    parks, counted = counted_as_projects(st, [c for c in kept if c.kind == "Park"])
    projects = sorted([c for c in kept if c.kind == "Project" and not any(p.a <= c.a and c.b <= p.b for p in parks)
                       and not park_works(st, c, parks)] + counted, key=lambda c: (c.a, c.b))
    return [hand_on_kept(c) for c in parks], [hand_on_kept(c) for c in projects]


def with_gazetteer(st: TokSentence, kept: list[Candidate], surfaces) -> list[Candidate]:
    """A national zone of the report's province that the text names (``park_gazetteer.py``) is a park whatever
    the model says, and a kept park ending where it ends gives way to it: a rule pass, as the catalogue is no
    report's evidence (as the feature ``Park:in_gazetteer`` it moved the weights of other parks: parks39). A kept
    park whose name puts a place before the form (雄安中关村科技园) is that place's own, and stays."""
    spans = [(a, b) for a, b in gazetteer_spans(st.text, st.starts, surfaces)
             if not any(c.kind == "Park" and c.a < a and c.b == b and names_a_place(st.text[c.a:a], surfaces)
                        for c in kept)]
    if not spans:
        return kept
    ends = {b for _, b in spans}
    out = [c for c in kept if not (c.kind == "Park" and c.b in ends and (c.a, c.b) not in spans)]
    have = {(c.a, c.b) for c in out if c.kind == "Park"}
    out = [Candidate(c.kind, c.name, c.a, c.b, c.st, {**c.attrs, "gazetteer": 1})
           if c.kind == "Park" and (c.a, c.b) in spans else c for c in out]
    return out + [Candidate("Park", st.text[a:b], a, b, st, {"gazetteer": 1}) for a, b in spans if (a, b) not in have]


def hand_on_kept(c: Candidate) -> Candidate:
    """A kept candidate as the decision hands it on (a new one): its grammar attributes dropped, a leading stop
    word cut (after the decision, so the fitted candidates and features stay as they are)."""
    attrs = {k: v for k, v in c.attrs.items() if k not in ("head", "family", "placed", "listed", "no_list", "general")}
    _, cut = strip_leading(c.name, sorted(_verb_stops(), key=len, reverse=True))
    return Candidate(c.kind, c.name[cut:], c.a + cut, c.b, c.st, attrs)
