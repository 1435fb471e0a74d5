"""Hostile round 43: interrupted, concurrent and crowded runs, and two secret leaks (docs/checks/hostile43.md)."""
from __future__ import annotations

import pytest

from cli_helpers import one_line, run_cli, write_file

GRAPH = ('<https://w3id.org/policykg/id/park/jinghaiqu/ziya> <http://www.w3.org/2000/01/rdf-schema#label> '
         '"子牙经济技术开发区"@zh .\n')


@pytest.mark.unit
@pytest.mark.parametrize("service, shown", [
    ("http://su:p@ss?w/x@127.0.0.1:9/sparql?mail=a@b.org", "http://***@127.0.0.1:9/sparql?mail=a@b.org"),
    ("http://su:p@ss#w/x@127.0.0.1:9/sparql", "http://***@127.0.0.1:9/sparql"),
])
def test_a_service_password_holding_an_at_then_a_question_mark_is_hidden_whole(tmp_path, service, shown):
    """Regression: the userinfo was cut at the last @ before the first ? or #, so a password 'p@ss?w/x' showed its
    tail: <http://***@ss?w/x@127.0.0.1:9/sparql…>. Nothing is contacted (refused before any lookup)."""
    write_file(tmp_path, "g.nt", GRAPH)
    write_file(tmp_path, "svc.rq", f"SELECT * WHERE {{ SERVICE <{service}> {{ ?s ?p ?o }} }}\n")
    r = run_cli("query", tmp_path / "svc.rq", "--graph", tmp_path / "g.nt", "--allow-service", timeout=120)
    one_line(r, 2, "SERVICE names <" + shown.replace("*", r"\*").replace("?", r"\?") + ">")
    assert "ss?w" not in r.stderr and "ss#w" not in r.stderr and "su:" not in r.stderr, r.stderr


@pytest.mark.unit
def test_a_netrc_entry_goes_only_to_the_port_it_was_written_for(tmp_path):
    """Regression: a ~/.netrc `machine 127.0.0.1` was sent to every port of that host on a 401 (any server there
    could ask for the store's password). A bare machine is for the scheme's default port; `machine host:port`
    for that port; the refusal says which entry to write."""
    from fake_http import fake_server, reply

    def store(handler, _):
        if handler.headers.get("Authorization") is None:
            reply(handler, 401, headers=[("WWW-Authenticate", 'Basic realm="x"')])
        else:
            reply(handler, 204)

    write_file(tmp_path, "g.nt", GRAPH)
    args = ("push", "--graph", tmp_path / "g.nt", "--graph-iri", "urn:x:g", "--retries", "0", "--no-verify")
    with fake_server(store) as (url, seen):
        port = url.rsplit(":", 1)[1]
        netrc = write_file(tmp_path, ".netrc", "machine 127.0.0.1 login nuser password n3tsecret\n")
        netrc.chmod(0o600)
        r = run_cli(*args, "--endpoint", f"{url}/store", env={"HOME": str(tmp_path)}, timeout=60)
        one_line(r, 1, rf"HTTP 401.*machine 127\.0\.0\.1 is for the scheme's default port only: write machine "
                       rf"127\.0\.0\.1:{port}\)")
        assert len(seen) == 1, seen   # no credentialed retry
        netrc.write_text(f"machine 127.0.0.1:{port} login nuser password n3tsecret\n")
        r = run_cli(*args, "--endpoint", f"{url}/store", "--quiet", env={"HOME": str(tmp_path)}, timeout=60)
        assert r.returncode == 0 and len(seen) == 3, (r.stderr, seen)


def _unprivileged(args, tmp_path):
    """policykg ARGS run as this user without the power to write where the modes forbid it (root: setpriv drops
    CAP_DAC_OVERRIDE, so a folder of mode 0500 is read-only to it as to anyone)."""
    import os
    import shutil
    import subprocess
    import sys

    from cli_helpers import ROOT
    prefix = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("root without setpriv: no folder is read-only to this process")
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
    env = {k: v for k, v in os.environ.items() if k != "POLICYKG_DEBUG"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    return subprocess.run([*prefix, sys.executable, "-m", "policykg.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=600)


@pytest.mark.unit
def test_a_read_only_out_folder_leaves_no_temporary_beside_it(tmp_path):
    """Regression: `build --out ro` onto an empty folder of mode 0500 gave its temporary folder that mode at once,
    so nothing could be written into it nor removed: exit 2, and a `.ro.tmp-<pid>-<token>` left beside ro by every
    run, which no later run could remove either."""
    from cli_helpers import SEED
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        for _ in range(2):
            r = _unprivileged(["build", SEED, "--out", ro, "--quiet", "--jobs", "1"], tmp_path)
            one_line(r, 2, r"--out .*/ro: cannot write the output \(Permission denied\); previous output left")
            assert sorted(p.name for p in tmp_path.iterdir()) == ["ro"] and not list(ro.iterdir())
    finally:
        ro.chmod(0o700)


@pytest.mark.unit
def test_a_cache_write_killed_outright_leaves_no_temporary_for_good(tmp_path):
    """Regression: a run killed between writing a cache file's temporary and renaming it (SIGKILL, a cancelled CI
    job) left `.pinyin-<random>.tmp` (1 MB; the tagger's 4.7 MB) in the cache folder, and no later run removed it.
    The temporary names its writer's pid now; the next write of that kind removes a dead writer's."""
    from cli_helpers import ROOT, SEED
    (tmp_path / "inject").mkdir()
    write_file(tmp_path, "inject/sitecustomize.py", "import os, signal\n_r = os.replace\n"
               "def replace(a, b, *k, **kw):\n    if str(b).endswith('.bin') and 'cachehome' in str(b):\n"
               "        os.kill(os.getpid(), signal.SIGKILL)\n    return _r(a, b, *k, **kw)\nos.replace = replace\n")
    env = {"XDG_CACHE_HOME": str(tmp_path / "cachehome"), "POLICYKG_CACHE": "", "HOME": str(tmp_path)}
    args = ("build", SEED, "--out", tmp_path / "out", "--quiet", "--jobs", "1")
    killed = run_cli(*args, env={**env, "PYTHONPATH": f"{tmp_path / 'inject'}:{ROOT}"})
    assert killed.returncode == -9, killed.stderr
    left = [p.name for p in (tmp_path / "cachehome" / "policykg").iterdir()]
    assert len(left) == 1 and left[0].endswith(".tmp"), left
    r = run_cli(*args, env=env)
    assert r.returncode == 0, r.stderr
    assert not [p.name for p in (tmp_path / "cachehome" / "policykg").iterdir() if p.name.endswith(".tmp")]


@pytest.mark.unit
def test_a_second_push_to_a_store_is_refused_while_one_is_sending(tmp_path):
    """Regression: two pushes of one build to one store at once interleaved their PUTs of a graph (oxigraph clears
    and loads it in steps): the ontology graph kept its blank-node triples twice (612 → 1018) and every push ended in
    an unexplained 'read-back mismatch'. The second is refused in one line while the first holds the store's lock."""
    import os
    import subprocess
    import sys
    import threading

    from cli_helpers import ROOT
    from fake_http import fake_server, reply
    arrived, go = threading.Event(), threading.Event()

    def store(handler, _):
        arrived.set()
        go.wait(120)   # the first push's first PUT waits here until the second push has been refused
        reply(handler, 204)

    write_file(tmp_path, "g.nt", GRAPH)
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "PYTHONPATH": str(ROOT)}
    with fake_server(store) as (url, seen):
        args = ["push", "--endpoint", f"{url}/store", "--graph", tmp_path / "g.nt", "--graph-iri", "urn:x:g",
                "--no-verify", "--retries", "0", "--timeout", "200"]
        first = subprocess.Popen([sys.executable, "-m", "policykg.cli", *map(str, args)], cwd=ROOT, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert arrived.wait(200), "the first push never sent its PUT"
            second = run_cli(*args, env={"XDG_STATE_HOME": str(tmp_path / "state")}, timeout=200)
        finally:
            go.set()
            out, err = first.communicate(timeout=200)
        one_line(second, 2, rf"another policykg push \(pid {first.pid}\) is sending graphs to this store now")
        assert first.returncode == 0 and len(seen) == 1, (err, seen)


@pytest.mark.unit
def test_make_clean_stopped_part_way_leaves_an_output_the_next_one_removes(tmp_path):
    """Regression: scripts/clean_out.py (`make clean`) removed OUT with shutil.rmtree, in directory order: the marker
    .policykg-output went second, so a clean killed part-way left graph.ttl and the rest in a folder that the next
    make clean left ('is not a policykg output') and every build refused. The marker now goes last."""
    import os
    import subprocess
    import sys

    from cli_helpers import ROOT, SEED
    out = tmp_path / "out"
    assert run_cli("build", SEED, "--out", out, "--quiet", "--jobs", "1").returncode == 0
    (tmp_path / "inject").mkdir()
    write_file(tmp_path, "inject/sitecustomize.py", "import os, signal\n_u = os.unlink\n"
               "def unlink(p, *a, **k):\n    if str(p).endswith('void.ttl'):\n"
               "        os.kill(os.getpid(), signal.SIGKILL)\n    return _u(p, *a, **k)\nos.unlink = unlink\n")
    clean = [sys.executable, str(ROOT / "scripts" / "clean_out.py"), str(out)]
    env = {"PYTHONPATH": f"{tmp_path / 'inject'}:{ROOT}"}
    killed = subprocess.run(clean, capture_output=True, text=True, env={**os.environ, **env}, timeout=120)
    assert killed.returncode == -9 and out.is_dir(), killed.stderr
    again = subprocess.run(clean, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and not os.path.lexists(out), again.stderr
