"""Helpers for the entity tests: sentences with a Context guessed from part headings, one sentence run
through extract_entities (spans checked against the text), and label lookups."""
from __future__ import annotations

import re

from policykg.extract.entities import extract_entities
from policykg.extract.grammar import TokSentence
from policykg.extract.surfaces import place_surfaces
from policykg.model import Context, Sentence
from policykg.structure.sentences import sentence_spans

_PART = re.compile(r"^([一二三四五六七八九十]+)、", re.M)
_KIND = {"一": "review", "二": "outlook", "三": "plan"}


def make_sentences(text: str, place: str = "静海区", parents: list[str] | None = None,
                   year: int = 2021, part_kind: str | None = None) -> list[Sentence]:
    """Sentences with a Context guessed from the nearest preceding part heading (一、/二、/三、)."""
    parents = ["天津市"] if parents is None else parents
    heads = [(m.start(), _KIND.get(m.group(1))) for m in _PART.finditer(text)]
    out = []
    for span in sentence_spans(text):
        kind = part_kind
        if kind is None:
            for pos, k in heads:
                if pos <= span.start:
                    kind = k
        ctx = Context(report_year=year, part_kind=kind, place=place, place_parents=list(parents))
        out.append(Sentence(span=span, text=text[span.start:span.end], context=ctx))
    return out


def tok_sentence(text: str, place: str, parents=(), year: int = 2021, part_kind: str = "plan"):
    """(TokSentence, place surfaces) of a one-sentence TEXT of PLACE's report, as the entity passes see it."""
    [s] = make_sentences(text, place, list(parents), year=year, part_kind=part_kind)
    return TokSentence(s), place_surfaces(s.context)


def gazetteer_parks(text: str, place: str, parents=(), kept=()) -> set[str]:
    """Names the zone gazetteer's rule pass keeps in a one-sentence TEXT of PLACE's report, KEPT parks given."""
    from policykg.extract.decide import with_gazetteer
    from policykg.extract.grammar import Candidate
    st, surfaces = tok_sentence(text, place, parents)
    kept = [Candidate("Park", name, text.index(name), text.index(name) + len(name), st) for name in kept]
    return {c.name for c in with_gazetteer(st, kept, surfaces)}


def proposed_parks(text: str, place: str, parents=()) -> set[str]:
    """Names the park rule pass proposes in a one-sentence TEXT of PLACE's report."""
    from policykg.extract.candidates import park_candidates
    st, surfaces = tok_sentence(text, place, parents)
    return {c.name for c in park_candidates(st, surfaces)[0]}


def run(sentence: str, part: str = "plan", place: str = "静海区", parents=None, curation=False):
    sents = make_sentences(sentence, place, parents, part_kind=part)
    ents, links = extract_entities(sentence, sents, curation=curation)
    for e in ents:
        for s in e.spans:
            assert sentence[s.start:s.end] in {e.label, *e.alt_labels}
    return ents, links


def labels(ents, kind):
    return {e.label for e in ents if e.kind == kind}


def get(ents, kind, label):
    return next(e for e in ents if e.kind == kind and (e.label == label or label in e.alt_labels))



def report_entities(path, kind: str | None = None) -> list:
    """The entities (of KIND, or all) of a whole report file read, structured and extracted as ``pk build`` does
    (``policykg.evaluation.report_facts``)."""
    from policykg.evaluation import report_facts
    return [e for e in report_facts(path).entities if kind is None or e.kind == kind]
