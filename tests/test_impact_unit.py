"""The impact package's parts on the seed graph, without the CLI, charts or a browser: what the loader
reads (jurisdiction and province of each node), the network, and the per-component betweenness."""
from __future__ import annotations

import networkx as nx
import pytest

ZIYA = "天津子牙经济技术开发区"     # the park's label: its identity name with the city the seed writes
BATTERY = "废旧动力电池回收利用"


@pytest.fixture(scope="module")
def seed_net(seed_out):
    from policykg.use.impact.load import load_store, read_facts
    from policykg.use.impact.network import build_network

    return build_network(read_facts(load_store([str(seed_out / "graph.trig")])))


def test_every_node_has_the_seed_jurisdiction_and_province(seed_net):
    places = {(d["juris"], d["province"]) for _, d in seed_net.nodes(data=True)}
    assert places == {("静海区", "天津市")}
    park = next(n for n, d in seed_net.nodes(data=True) if d["label"] == ZIYA)
    assert seed_net.nodes[park]["juris_key"][:2] == ("120000", "120118")  # GB/T 2260 codes
    assert "/park/jinghaiqu/" in park


def test_network_links_park_project_target(seed_net):
    from policykg.use.impact.network import find_park

    park = find_park(seed_net, "子牙经开区")  # an alias
    project = next(n for n in seed_net.successors(park) if seed_net.nodes[n]["label"] == BATTERY)
    assert seed_net.edges[park, project]["rel"] == "hosts"
    targets = [t for t in seed_net.successors(project) if seed_net.nodes[t]["kind"] == "Target"]
    assert [(seed_net.nodes[t]["value"], seed_net.nodes[t]["unit"]) for t in targets] == [("5", "个")]


def test_betweenness_per_component_equals_networkx(seed_net):
    from policykg.use.impact.metrics import betweenness

    assert nx.number_weakly_connected_components(seed_net) > 1  # the per-component sum has work to do
    for g in (seed_net, nx.Graph(seed_net)):
        ours, theirs = betweenness(g), nx.betweenness_centrality(g, normalized=True)
        assert ours.keys() == theirs.keys() and any(v > 0 for v in ours.values())
        assert all(abs(ours[n] - theirs[n]) < 1e-12 for n in ours)


def test_flow_of_a_park_is_its_projects_and_their_targets_cut_to_the_chart(seed_net, monkeypatch):
    from policykg.use.impact import flow
    from policykg.use.impact.metrics import analyse_network
    from policykg.use.impact.network import find_park

    park = find_park(seed_net, ZIYA)
    imp = analyse_network(seed_net, park)
    f = flow.park_flow(imp, park)
    names = [seed_net.nodes[p]["label"] for p, _ in f.projects]
    assert BATTERY in names and f.rows == sum(max(1, len(ts)) for _, ts in f.projects) and not f.own_targets
    assert "5" in [seed_net.nodes[t]["value"] for p, ts in f.projects for t in ts]   # 5个项目开工建设
    rows = f.rows
    monkeypatch.setattr(flow, "MAX_ROWS", max(1, rows - 1) if rows > 1 else 1)
    shown, rest = flow.fit([f, flow.park_flow(imp, park)])
    assert len(shown) == 1 and shown[0].rows <= flow.MAX_ROWS and len(rest) == 1
    assert shown[0].truncated == (rows > flow.MAX_ROWS)
