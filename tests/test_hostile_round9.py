"""Hostile use, round 9: lock files a user made, a lock turning from exclusive to shared, big inputs for
the span passes and `impact`, and the further cases found by attacking every verb again.

The CLI runs as a real subprocess where the case is about the command line; what must survive is
compared byte for byte.
"""
from __future__ import annotations

import os
import select
import subprocess
import sys
import threading

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, tree
from work_count import LINEAR, line_events


@pytest.mark.unit
@pytest.mark.parametrize("content", [b"", b"1234\n", b"policykg lock pid 12x\n"])
def test_a_users_file_named_like_the_out_lock_is_refused_and_kept(tmp_path, content):
    """An empty file (or a bare pid) under the lock's name was taken for a lock of ours, written into and
    removed at the end; only a file holding our tag is ours."""
    lock = tmp_path / ".out.lock"
    lock.write_bytes(content)
    before = tree(tmp_path)
    r = run_cli("build", SEED, "--out", tmp_path / "out", "--quiet", timeout=120)
    one_line(r, 2, r"--out \S+out: \S*\.out\.lock beside it is no policykg lock")
    assert tree(tmp_path) == before


@pytest.mark.unit
def test_a_users_empty_file_named_like_the_store_lock_is_refused_and_kept(tmp_path):
    from policykg.errors import UsageError
    from policykg.use.serve_store import _lock_path, lock_store

    store = tmp_path / "st"
    store.mkdir()
    lock = _lock_path(store)
    lock.write_bytes(b"")
    with pytest.raises(UsageError, match="no policykg lock"):
        lock_store(store, str(store), exclusive=True)
    assert lock.read_bytes() == b"" and sorted(p.name for p in tmp_path.iterdir()) == [lock.name, "st"]


@pytest.mark.unit
def test_a_lock_file_replaced_by_the_user_while_held_is_not_removed(tmp_path):
    """The holder removed whatever bore the lock's name at the end, even a file put there meanwhile."""
    from policykg.corpus.outlock import claim, lock_path, release

    out = tmp_path / "out"
    claim(out, "out")
    lock = lock_path(out)
    assert lock.read_bytes() == b"policykg lock pid %d\n" % os.getpid()
    lock.unlink()
    lock.write_text("mine\n")
    release(out)
    assert lock.read_text() == "mine\n"


_WAITER = """
import os, sys
from policykg.use.serve_store import _set_lock
import fcntl
fd = os.open(sys.argv[1], os.O_RDWR)
print("waiting", flush=True)
_set_lock(fd, fcntl.F_WRLCK, wait=True)
print("got", flush=True)
"""


@pytest.mark.unit
def test_a_store_turning_from_filled_to_served_lets_no_rebuild_in_between(tmp_path):
    """flock turns an exclusive lock into a shared one by dropping it first (the kernel lets waiters run
    in between): a rebuild waiting for the store's lock could get it then and swap its store in under
    the server that had just filled it. Any unlock-then-lock conversion fails this test."""
    from policykg.use.serve_store import _lock_path, lock_store, share_lock, unlock_store

    store = tmp_path / "st"
    store.mkdir()
    fd = lock_store(store, "st", exclusive=True)
    waiter = subprocess.Popen([sys.executable, "-c", _WAITER, str(_lock_path(store))], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert waiter.stdout.readline().strip() == "waiting"
        select.select([], [], [], 0.3)  # the waiter is blocked on the lock now
        done = threading.Thread(target=share_lock, args=(fd,), daemon=True)
        done.start()
        done.join(5)
        assert not done.is_alive(), "share_lock blocked: the waiter took the lock in between"
        ready, _, _ = select.select([waiter.stdout], [], [], 0.5)
        assert not ready, "a rebuild got the lock while the store was being served"
        unlock_store(store, fd)
        ready, _, _ = select.select([waiter.stdout], [], [], 5)
        assert ready and waiter.stdout.readline().strip() == "got"
    finally:
        waiter.kill()
        waiter.wait()


HEBEI = ROOT / "data" / "corpus" / "provincial-2026" / "hebei-2026.txt"


@pytest.mark.unit
def test_innermost_heading_agrees_with_a_scan_of_every_heading_on_a_dev_outline():
    from policykg.extract.links import _innermost
    from policykg.read import read_report
    from policykg.structure import parse

    doc = read_report(str(HEBEI))
    headings = parse(doc).headings
    assert len(headings) > 20
    for chosen in (headings, [h for h in headings if h.kind in ("Task", "Goal")]):
        at = _innermost(chosen)
        for pos in range(-1, len(doc.text) + 2, 3):
            inside = [h for h in chosen if h.body and h.body.start <= pos < h.body.end]
            top = max((h.level for h in inside), default=None)
            assert at(pos) is next((h for h in inside if h.level == top), None), pos


def _drop_nested_by_pairs(b) -> None:
    """The pairwise definition of drop_nested (entities in order, spans lost by earlier ones gone)."""
    drop = []
    for key, e in b.entities.items():
        same = [o for o in b.entities.values() if o.kind == e.kind]
        keep = [(s, c) for s, c in zip(e.spans, b.mentions[key]) if not any(
            o is not e and any(x.start <= s.start and s.end <= x.end and x.end - x.start > s.end - s.start
                               for x in o.spans) for o in same)]
        if not keep:
            drop.append(key)
            continue
        e.spans, b.mentions[key] = [s for s, _ in keep], [c for _, c in keep]
    for key in drop:
        del b.entities[key], b.mentions[key]


def _builder(seed: int, n: int):
    import random
    from types import SimpleNamespace

    from policykg.model import Entity, Span

    rnd = random.Random(seed)
    b = SimpleNamespace(entities={}, mentions={})
    for i in range(n):
        kind = rnd.choice(["Park", "Project"])
        e = Entity(kind=kind, label=f"e{i}")
        for _ in range(rnd.randint(1, 3)):
            a = rnd.randrange(0, 3 * n)
            s = Span(a, a + rnd.randint(1, 8))
            if s not in e.spans:
                e.spans.append(s)
        b.entities[(kind, e.label)] = e
        b.mentions[(kind, e.label)] = [SimpleNamespace(name=e.label, attrs={}) for _ in e.spans]
    return b


@pytest.mark.unit
@pytest.mark.parametrize("seed", range(5))
def test_drop_nested_keeps_what_the_pairwise_definition_keeps(seed):
    from policykg.extract.assemble import drop_nested

    fast, slow = _builder(seed, 300), _builder(seed, 300)
    drop_nested(fast)
    _drop_nested_by_pairs(slow)
    assert {k: e.spans for k, e in fast.entities.items()} == {k: e.spans for k, e in slow.entities.items()}


@pytest.mark.unit
def test_the_span_passes_take_linear_time_on_many_mentions():
    """Both passes compared every mention with every other: a 2 MB report (a dev report's body repeated
    64 times) spent most of its build there. Counted in Python lines run, 4 times the spans and headings
    cost about 4 times the work (comparing every pair would cost 16 times)."""
    from policykg.extract.assemble import drop_nested
    from policykg.extract.links import _innermost

    def passes(n):
        b, heads = _builder(0, n), _headings(n)

        def run():
            drop_nested(b)
            at = _innermost(heads)
            return [at(p) for p in range(0, 10 * n, 5)]
        return line_events(run)

    work, found = passes(1000)
    assert found[2].key == "1" and found[0].key == "0"
    assert passes(4000)[0] / work < LINEAR


def _headings(n):
    from policykg.model import Heading, Span
    return [Heading(key=str(i), level=1 + i % 3, ordinal=i, label="", span=Span(10 * i, 10 * i + 1), kind="Task",
                    body=Span(10 * i, 10 * i + 40 - 10 * (i % 3))) for i in range(n)]


@pytest.mark.unit
def test_betweenness_on_a_big_component_is_a_seeded_estimate_with_a_note(monkeypatch):
    """`impact` ran networkx's exact betweenness, O(nodes × edges) a component, with no limit: a graph
    with one big component kept it busy for as long as the graph was large. The shortest-path sources
    networkx is asked to walk stay within the budget, and the note says how many."""
    import networkx as nx

    from policykg.use.impact.metrics import betweenness

    g = nx.gnm_random_graph(5000, 10000, seed=1)  # exact: 75 million steps, minutes
    g = nx.relabel_nodes(g, {i: f"n{i:05d}" for i in g})
    exact_betweenness, calls = nx.betweenness_centrality, []

    def counted(sub, **kw):
        calls.append((min(kw.get("k") or len(sub), len(sub)), len(sub) + sub.number_of_edges()))
        assert sum(k * size for k, size in calls) <= 150_000  # before the walk: an exact one takes minutes
        return exact_betweenness(sub, **kw)

    monkeypatch.setattr(nx, "betweenness_centrality", counted)
    notes, again = [], []
    first = betweenness(g, budget=150_000, notes=notes)
    assert len(notes) == 1 and "undirected betweenness estimated from" in notes[0]
    assert f"from {sum(k for k, _ in calls):,} of " in notes[0]
    assert "above the limit of 150,000" in notes[0]
    monkeypatch.setattr(nx, "betweenness_centrality", exact_betweenness)
    assert betweenness(g, budget=150_000, notes=again) == first and again == notes  # same sample every run
    small = nx.path_graph(50)
    exact = nx.betweenness_centrality(small, normalized=True)
    values = betweenness(small, notes=notes)
    assert len(notes) == 1 and all(abs(values[v] - exact[v]) < 1e-12 for v in small)


def test_impact_says_on_stderr_and_in_impact_md_when_betweenness_is_sampled(tmp_path):
    r = subprocess.run([sys.executable, "-c", (
        "import sys; import policykg.use.impact.metrics as m; m.BETWEENNESS_BUDGET = 5; "
        "from policykg.cli import main; sys.argv[0] = 'policykg'; main()"),
        "impact", "--graph", str(ROOT / "tests" / "fixtures" / "park-chain.ttl"), "--out", str(tmp_path / "o")],
        capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "note: directed betweenness estimated from" in r.stderr
    assert "Note — undirected betweenness estimated from" in (tmp_path / "o" / "impact.md").read_text("utf-8")


@pytest.mark.unit
@pytest.mark.parametrize("put", ["link", "folder"])
def test_a_link_or_folder_under_the_out_locks_name_is_refused_not_built_unlocked(tmp_path, put):
    """A symbolic link (O_NOFOLLOW: ELOOP) or a folder under `.out.lock` was taken for a read-only
    folder, and the build ran with no lock at all (two builds could then swap at once)."""
    lock = tmp_path / ".out.lock"
    if put == "link":
        (tmp_path / "mine.txt").write_text("mine\n")
        lock.symlink_to(tmp_path / "mine.txt")
    else:
        lock.mkdir()
    before = tree(tmp_path)
    r = run_cli("build", SEED, "--out", tmp_path / "out", "--quiet", timeout=120)
    one_line(r, 2, r"--out \S+out: \S*\.out\.lock beside it is no policykg lock")
    assert tree(tmp_path) == before


@pytest.mark.unit
@pytest.mark.parametrize("fault", [KeyboardInterrupt(), OSError(28, "No space left on device")])
def test_a_lock_cut_off_while_it_is_made_leaves_no_empty_file_behind(tmp_path, monkeypatch, fault):
    """Ctrl-C (or a full disk) between creating the lock file and writing its tag left an empty file,
    which every later build then refused as the user's."""
    from policykg.corpus import outlock

    out = tmp_path / "out"

    def cut(fd, data, offset):
        raise fault
    with monkeypatch.context() as m:
        m.setattr(os, "pwrite", cut)
        try:
            outlock.claim(out, "out")
        except KeyboardInterrupt:
            pass
    assert list(tmp_path.iterdir()) == []
    outlock.claim(out, "out")
    try:
        assert outlock.lock_path(out).read_bytes() == b"policykg lock pid %d\n" % os.getpid()
    finally:
        outlock.release(out)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.unit
@pytest.mark.parametrize("marker", [b"garbage\n", b"\xff\xfe\x00", b""])
def test_a_marker_of_other_content_does_not_make_a_users_folder_an_output(tmp_path, marker):
    """A `.policykg-output` that is not ours (no list of files, not even our first line) was taken for a
    marker written before the list existed, and the user's graph.ttl and summary.csv beside it were
    replaced with a build's."""
    out = tmp_path / "out"
    out.mkdir()
    (out / ".policykg-output").write_bytes(marker)
    (out / "graph.ttl").write_text("my graph\n")
    (out / "summary.csv").write_text("report,mine\n")
    before = tree(tmp_path)
    r = run_cli("build", SEED, "--out", out, "--quiet", timeout=120)
    one_line(r, 2, r"--out \S+out: holds \.policykg-output, which policykg did not write")
    assert tree(tmp_path) == before


def _ring(n: int):
    """Parks hosting projects i and i+1, each project and park stating targets: one big component."""
    import networkx as nx

    net = nx.DiGraph()
    for kind, tag in (("Park", "p"), ("Project", "j"), ("Target", "t")):
        net.add_nodes_from((f"{tag}{i:05d}", {"kind": kind, "label": f"{tag}{i}", "juris": "x", "province": "y"})
                           for i in range(n))
    for i in range(n):
        k = (i + 1) % n
        net.add_edges_from([(f"p{i:05d}", f"j{i:05d}"), (f"p{i:05d}", f"j{k:05d}"), (f"p{i:05d}", f"t{i:05d}"),
                            (f"j{i:05d}", f"t{i:05d}"), (f"j{i:05d}", f"t{k:05d}")])
    # every 7th target has one project: removing it leaves the target without a project
    net.remove_edges_from([(f"j{(i - 1) % n:05d}", f"t{i:05d}") for i in range(0, n, 7)])
    return net


@pytest.mark.unit
def test_what_if_on_a_big_network_takes_linear_time_and_keeps_its_answer(monkeypatch):
    """Each removal asked nx.ancestors on a restricted view, whose length counts every node: a network
    of 12,000 nodes took 7 minutes of what-if (now 25 s for the whole `impact`)."""
    import networkx as nx

    from policykg.use.impact.metrics import removed_with, supporters, what_if

    small = _ring(60)
    for x in [n for n in small if small.nodes[n]["kind"] in ("Park", "Project")]:
        gone = removed_with(small, x)
        view = nx.restricted_view(small, gone, [])
        for t in (n for n in small if small.nodes[n]["kind"] == "Target"):
            assert supporters(small, t, gone) == {n for n in nx.ancestors(view, t)
                                                  if small.nodes[n]["kind"] in ("Park", "Project")}
    from policykg.use.impact import metrics

    walks, walk = [], metrics.supporters
    monkeypatch.setattr(metrics, "supporters", lambda *a: walks.append(line_events(walk, *a)) or walks[-1][1])

    def run(n):
        walks.clear()
        net = _ring(n)
        found = what_if(net, [n for n in net if net.nodes[n]["kind"] in ("Park", "Project")])
        return sum(w for w, _ in walks), found

    work, (rows, removals) = run(250)
    assert len(removals) == 500 and sorted(r["target_iri"] for r in rows) == [f"t{i:05d}" for i in range(0, 250, 7)]
    assert run(1000)[0] / work < LINEAR  # Python lines the walks run; a view's length per walk gives 16
