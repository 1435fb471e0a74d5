"""Stage 3 — extract: entities, quantities and the links between them, each with its span."""
from __future__ import annotations

from ..model import Document, Facts, Outline


def extract(doc: Document, outline: Outline, *, curation: bool = True) -> Facts:
    from .entities import extract_entities_and_groups
    from .links import link
    from .quantities import extract_quantities
    from .scopes import own_other_jurisdictions

    quantities = own_other_jurisdictions(doc.text, doc.metadata, extract_quantities(doc.text, outline.sentences))
    entities, links, groups = extract_entities_and_groups(doc.text, outline.sentences, curation=curation)
    facts = Facts(entities=entities, quantities=quantities, links=list(links))
    link(doc, outline, facts, groups)
    forget_sentences()
    return facts


def forget_sentences() -> None:
    """Drop the memos of the last report's sentences (their tags, HMM cuts and candidates): nothing after
    extraction reads them, and they kept every sentence of a report while its graph was built (speed46)."""
    from . import entities, tagger
    from .grammar import pos_tags
    from .qlexicon import pos_of

    pos_tags.cache_clear()
    pos_of.cache_clear()
    tagger._VCACHE.clear()
    entities._ANALYSIS.clear()
