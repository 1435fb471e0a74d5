"""Placement: which park a project is in, as the text ties them.

Every project mention is paired with the park mentions of its paragraph
(``placement_features.pairs``); a logistic regression fitted on the dev annotations
(``train_placement.py``, ``make train``, weights in ``data/models/placement-decision.json``) scores
each pair from its context, and a project is placed in its best-scoring park when that score
reaches the model's threshold. Without a model file (or with ``POLICYKG_PLACEMENT_MODEL=rules``) the
hand-written rule decides: the nearest park named before the project in its sentence (在X建设Y, "X…Y等
项目开工", a list that follows a park's name; across a clause only a park that opens the sentence, and
not for a project that opens its own clause alone as its subject: a list of works opening it, X…，A、B建成投产,
is the park's); else the park that opens its paragraph as
its topic (its name closes a clause), as long as no other park was named in between. Parks and
projects are read wherever the text writes a name the extractor kept, not only at its kept spans. A
park listed beside the project (X园区、Y中心) is its neighbour in a list, not its host. Only the text is
used: no world knowledge, no gazetteer of parks. A work whose name opens with a park's name is placed in it
whatever the context (``placement_names.py``).

ties71 weighed the works-list shape (X…，A、B建成投产) by its firings (``scripts/placement_firings.py``): none on the
29 dev reports; 22 on the 22 probe entity texts, 20 right in 10 families, 2 wrong in one (city-2011: 南湖生态城一期建成开放，
A、B投入使用, a park whose own phase is the clause's news). Its wrong firings share no shape on two families: it stays.
One work opening a later clause as the subject of a start of production (X…，Y建成投产, ``_enters_production``) is the
opening park's, past a part of it named between: 6 firings on the probes, all right, in 6 families; none on dev.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from .. import resources
from ..model import Entity, Link, Sentence, Span
from .grammar import CLAUSE_END, CLAUSE_MARKS
from .feature_set import PLACEMENT
from .model_file import Model, read_model
from .placement_names import name_ties
from .placement_features import OPENING, Pair, cues, features, mentions, pairs, sentence_finder

MODEL_NAME = "placement-decision.json"


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The fitted pair model; None without a model file, when the file says the rule did as well on
    held-out dev reports, or with POLICYKG_PLACEMENT_MODEL=rules; another file can be named the same
    way (cross-validation folds)."""
    choice = os.environ.get("POLICYKG_PLACEMENT_MODEL", "")
    path = Path(choice) if choice and choice != "rules" else resources.model(MODEL_NAME)
    if choice == "rules" or (not choice and not path.is_file()):
        return None
    m = read_model(path, f"POLICYKG_PLACEMENT_MODEL={choice}" if choice else str(path), ("Placement",), PLACEMENT)
    if not choice and m.scores.get("cv_f1", 0.0) <= m.scores.get("rule_f1", 0.0):
        return None     # fitted, but no better than the rule on held-out dev reports
    return m


def rule_choice(span: Span, st: Sentence, parks: list[tuple[Span, Entity]], text: str,
                works_lists: bool = True) -> Entity | None:
    """The hand-written rule's park for a project mention, or None: the nearest park before it in its
    clause (在X建设Y; X：A、B…), or the park that opens its sentence (X…，推动A、B等项目开工; not when
    the park is the sentence's subject and the project that of its own clause: X新签约…，Y投入运营);
    else the park that opens its paragraph as its topic (its name closes a clause: X，… / …X。) when no
    other park comes between. Never across 园区外/区外/园外 (projects said to be outside the park), nor to a park that is
    the project's neighbour in a list (X园区、Y中心). A list of works opening a clause (X…，A、B建成投产) is the opening
    park's, and so is one work opening a clause with a start of production (X…，Y建成投产), for the placement pass and the
    decision's cue alike (``placement_cue``, ties71); ``works_lists=False`` reads the rule without the list shape
    (``scripts/placement_firings.py`` counts its firings)."""
    before = [(s, e) for s, e in parks if st.span.start <= s.start and s.end <= span.start]
    if before:
        s, park = before[-1]
        gap = text[s.end:span.start]
        if _outside(gap) or _listed_with(gap):
            return None
        if not any(c in gap for c in CLAUSE_MARKS):
            return park
        if before[0][0].start == st.span.start and _enters_production(span, text) \
                and not _outside(text[before[0][0].end:span.start]):
            return before[0][1]
        if s.start - st.span.start > _TOPIC or s.start == st.span.start and _own_subject(span, text) \
                and not (works_lists and _opens_works_list(span, text)):
            return None
        return park
    par = st.paragraph
    opening = [(s, e) for s, e in parks if par is not None and par.start <= s.start < par.start + OPENING]
    if not opening or opening[0][0].end > span.start:
        return None
    top_span, topic = opening[0]
    if text[top_span.end:top_span.end + 1] not in cues()["paragraph_topic_after"]:
        return None     # the park is the subject of its own clause (X建成…), not the paragraph's topic
    if any(top_span.end <= s.start and s.end <= span.start and e is not topic for s, e in parks):
        return None
    return None if _outside(text[top_span.end:span.start]) else topic


_TOPIC = 4          # a park this close to the sentence start is what the sentence is about


def _listed_with(gap: str) -> bool:
    """The park and the project are neighbours in one list (X园区、Y中心): a coordinator right after
    the park's name and no clause mark before the project."""
    return gap.startswith(cues()["coordinators"]) and not any(c in gap for c in CLAUSE_END)


def _own_subject(span: Span, text: str) -> bool:
    """The project opens its clause, the subject of its own predicate (X新签约…，Y投入运营): a park
    that is the sentence's subject is not its host then, unless the project heads a 等 list of works
    (X…，A、B等项目开工)."""
    head = max(text.rfind(c, 0, span.start) for c in CLAUSE_MARKS)
    if text[head + 1:span.start].strip() and not _later_member(text[head + 1:span.start]):
        return False
    tail = re.split(f"[{CLAUSE_MARKS}]", text[span.end:span.end + 80], maxsplit=1)[0]
    return not re.match(resources.lexicon_data("placement")["coordinated_list"].format(joiner=_joiner()), tail)


def _opens_works_list(span: Span, text: str) -> bool:
    """Is the project a member of a list of works that opens its clause (A、B建成投产: A and B)? Such a list after
    a park that opens the sentence is what the park reports of itself (ties70; parks68's misses), where a
    work alone opening its clause (X新签约…，Y投入运营) is the subject of its own news."""
    head = max(text.rfind(c, 0, span.start) for c in CLAUSE_MARKS)
    before = text[head + 1:span.start].strip()
    return bool(before) and _later_member(before) or text.startswith(cues()["coordinators"], span.end)


def _enters_production(span: Span, text: str) -> bool:
    """Does the project open its clause as the subject of a start of production (X…，Y建成投产; ``placement.yaml``
    ``production_acts``)? Such a work is what the park opening the sentence reports of itself, even past a part
    of the park named between (X…，X的Z园新入驻企业N家，Y竣工投产; ties71: five probe families), where a work
    that opens for itself (Y投入运营, Y建成运行: chongqing, shanxi) is its own news."""
    head = max(text.rfind(c, 0, span.start) for c in CLAUSE_MARKS)
    acts = tuple(resources.lexicon_data("placement")["production_acts"])
    return not text[head + 1:span.start].strip() and text.startswith(acts, span.end)


def _later_member(before: str) -> bool:
    """Is all the clause holds before the project earlier members of its list (A、B建成通车: B)? The list then
    opens the clause, and each member is its subject as the first is (parks59: only the first was)."""
    pattern = resources.lexicon_data("placement")["later_members"].format(joiner=_joiner(), clause_end=CLAUSE_END)
    return re.fullmatch(pattern, before.strip()) is not None


def _joiner() -> str:
    """The coordinators as an alternation of words, not a class of their characters."""
    return "|".join(map(re.escape, cues()["coordinators"]))


def _outside(text: str) -> bool:
    """园区外/区外/园外 as a place word, not the start of 外贸/外资/外向/外商/外汇 (全区外贸)."""
    not_trade = resources.lexicon_data("placement")["outside_not_before"]
    return any(re.search(re.escape(w) + not_trade, text) for w in cues()["outside"])


def _rule_links(entities, sentences, text: str) -> list[tuple[Entity, Entity, Span]]:
    parks = mentions(entities, "Park", text)
    out, sentence_at = [], sentence_finder(sentences)
    for span, project in mentions(entities, "Project", text):
        st = sentence_at(span)
        park = rule_choice(span, st, parks, text) if st is not None else None
        if park is not None and park is not project:
            out.append((project, park, st.span))
    return out


def scored_pairs(entities, sentences, text: str) -> list[tuple[Pair, dict]]:
    """Every candidate pair with its features (the rule's choice among them)."""
    parks = mentions(entities, "Park", text)
    return [(p, features(p, text, parks, rule_choice(p.project_span, p.sentence, parks, text)))
            for p in pairs(entities, sentences, text)]


def _model_links(entities, sentences, text: str, m: Model) -> list[tuple[Entity, Entity, Span]]:
    best: dict = {}
    for p, f in scored_pairs(entities, sentences, text):
        prob = m.probability(f)
        key = (id(p.project), p.project_span)
        if prob >= m.thresholds["Placement"] and (key not in best or prob > best[key][0]):
            best[key] = (prob, p)
    return [(p.project, p.park, p.sentence.span) for _, p in (best[k] for k in sorted(best, key=lambda k: k[1]))]


def placements(entities: list[Entity], sentences: list[Sentence], known: list[Link], text: str) -> list[Link]:
    """locatedIn links Project → Park that the text states; pairs already in ``known`` are skipped."""
    m = model()
    found = name_ties(entities, sentences)
    found += _model_links(entities, sentences, text, m) if m is not None else _rule_links(entities, sentences, text)
    seen = {(id(ln.subject), id(ln.object)) for ln in known if ln.predicate == "locatedIn"}
    out = []
    for project, park, span in found:
        if (id(project), id(park)) not in seen:
            seen.add((id(project), id(park)))
            out.append(Link(project, "locatedIn", park, span))
    return out
