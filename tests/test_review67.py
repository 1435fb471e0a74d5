"""review67: the second reading of the session's branches, and the maintainer mend.

The mend: a park one year's spelling joins to another year's IRI (park_years.py) was applied twice, by
``join_park_years`` for build and ``add`` and again, with its own code, in the ``--stream`` build's phases.
Both now go through ``park_years.YearJoins`` (its shared part by ``shared``, its graph by ``graph``), and
what they write of the joined report is the same triples. hailaer 2017 + 2018, read whole."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
HAILAER_17_18 = [str(ROOT / "data" / "corpus" / "hailaer" / f"hailaer-{y}.txt") for y in (2017, 2018)]
JOINED_SLUG = "hailaerqu-2017"     # its 奋斗镇农业园区 takes 2018's 奋斗镇农业发展园区 (test_parks69)


def _spy_on_the_applier(monkeypatch, calls: list, mode: list) -> None:
    """Record (build mode, part, slug) of every YearJoins application that changed something."""
    from policykg.corpus import park_years

    for part in ("shared", "graph"):
        real = getattr(park_years.YearJoins, part)

        def spy(self, slug, triples, _real=real, _part=part):
            out = _real(self, slug, triples)
            if out is not triples:
                calls.append((mode[0], _part, slug))
            return out
        monkeypatch.setattr(park_years.YearJoins, part, spy)


def _quads_of(nq: Path, graph: str) -> set[str]:
    suffix = f" <{graph}> .\n"
    with open(nq, encoding="utf-8") as fh:
        return {line for line in fh if line.endswith(suffix)}


@pytest.mark.corpus
def test_build_and_stream_join_parks_across_years_through_one_applier(tmp_path, monkeypatch):
    from policykg.corpus.build import build
    from policykg.corpus.stream import build_stream, nquads
    from policykg.emit import ids
    from policykg.emit.shared import SHARED_GRAPH

    calls: list = []
    mode = ["build"]
    _spy_on_the_applier(monkeypatch, calls, mode)
    full = build(HAILAER_17_18, jobs=1)
    mode[0] = "stream"
    build_stream(HAILAER_17_18, str(tmp_path / "s"), jobs=1)
    for m in ("build", "stream"):
        assert (m, "shared", JOINED_SLUG) in calls and (m, "graph", JOINED_SLUG) in calls, calls
    joined = next(r for r in full.reports if r.slug == JOINED_SLUG)
    nq = tmp_path / "s" / "graph.nq"
    graph = str(ids.graph_iri(JOINED_SLUG))
    assert _quads_of(nq, graph) == set(nquads(joined.graph, graph))
    assert _quads_of(nq, str(SHARED_GRAPH)) == set(nquads(full.shared, str(SHARED_GRAPH)))
