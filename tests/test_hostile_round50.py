"""hostile50: the four cases hostile49 left, then interrupted runs, concurrent writers, full disks and odd
environments (docs/checks/hostile50.md). Commands run in a real process on dev reports (the seed
data/reports/jinghai-2021.txt, data/corpus/hailaer/hailaer-2013.txt and -2014.txt)."""
from __future__ import annotations

import os
import shutil

from cli_helpers import ROOT, SEED, one_line, run_cli, tree

HAILAER_2013 = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2013.txt"
HAILAER_2014 = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2014.txt"


def test_pages_of_one_report_are_named_as_such(tmp_path):
    """The seed cut into four page files (p1.txt … p4.txt) was refused at p2.txt with "no year found …; if it is
    not a report, leave it out": nothing said the files are pages to join. Two real reports, the second's
    header lines cut off, get no such hint (its text opens as a report does)."""
    lines = SEED.read_text(encoding="utf-8").splitlines(keepends=True)
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(4):
        (pages / f"p{i + 1}.txt").write_text("".join(lines[i * 51:(i + 1) * 51]), encoding="utf-8")
    r = run_cli("build", "pages", "--out", "out", "--quiet", cwd=tmp_path)
    one_line(r, 2, r"pages/p2\.txt: .*; it looks like a later page of the report in p1\.txt \(named alike, with no "
                   r"title, meeting or date line of its own\): join the pages in order into one file first, cat "
                   r"pages/p1\.txt pages/p2\.txt pages/p3\.txt pages/p4\.txt > report\.txt")
    two = tmp_path / "two"
    two.mkdir()
    shutil.copy(HAILAER_2013, two / "r1.txt")
    (two / "r2.txt").write_bytes(b"".join(HAILAER_2014.read_bytes().splitlines(keepends=True)[3:]))
    r = run_cli("build", "two", "--out", "out", "--quiet", cwd=tmp_path)
    one_line(r, 2, r"two/r2\.txt: no year found .*; if it is not a report, leave it out of the build")
    assert "page" not in r.stderr
    assert not (tmp_path / "out").exists()


def test_build_of_a_folder_holding_an_impact_output_in_its_out_names_it(tmp_path):
    """`build . --out out` where impact wrote out/imp was refused as "holds the input ./out/imp/network.html": the
    walk of `.` took impact's page for a report, since the files a marker lists were matched as `out/imp/…`
    and the walk's paths are `./out/imp/…`. Decided: still refused (a build replaces out whole, and imp is no
    part of it: accepting it would remove impact's output), now naming the real problem, as `build --out out`
    from elsewhere does. The same mismatch read an earlier output's texts/ as reports ("the same report")."""
    shutil.copy(SEED, tmp_path / "jinghai-2021.txt")
    assert run_cli("build", ".", "--out", "out", "--quiet", cwd=tmp_path).returncode == 0
    r = run_cli("impact", "--graph", "out/graph.ttl", "--out", "out/imp", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    before = tree(tmp_path / "out")
    r = run_cli("build", ".", "--out", "out", "--quiet", cwd=tmp_path)
    one_line(r, 2, r"--out out: holds imp, the output of policykg impact written into it, which is no part of "
                   r"this output")
    assert tree(tmp_path / "out") == before


def test_an_out_path_past_path_max_is_refused_in_our_words(tmp_path):
    """`--out` 22 folders of 200 characters deep (4,400 bytes) ended in the OS's bare "…/out: File name too long"
    (build, export, add alike); now one line naming the length and the limit, and nothing made."""
    deep = "/".join(["d" * 200] * 22)
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://ex/a> <http://ex/b> <http://ex/c> .\n", encoding="utf-8")
    before = sorted(os.listdir(tmp_path))
    for args in (("build", SEED, "--out", f"{deep}/out"), ("add", SEED, "--out", f"{deep}/out"),
                 ("export", "--format", "nt", "--graph", graph, "--out", f"{deep}/x.nt")):
        r = run_cli(*args, cwd=tmp_path)
        one_line(r, 2, r"--out d+…\[\d+ characters\]…d+/(out|x\.nt): the path is \d{4} bytes long; the system "
                       r"takes at most 4096 bytes in a path")
    assert sorted(os.listdir(tmp_path)) == before


def test_place_given_for_several_reports_reads_each_file_once(tmp_path, monkeypatch, capsys):
    """With --place and several reports each file was read three times before the build: once checked, once
    again without --place for the warning on the places their headers name. The warning is read from the
    text already read."""
    import policykg.read as read
    from policykg.corpus.inputs import check_inputs

    opened = []

    def counted(fh, limit):
        opened.append(os.path.basename(fh.name))
        return real(fh, limit)

    real = read.read_capped
    monkeypatch.setattr(read, "read_capped", counted)
    paths = [str(SEED), str(HAILAER_2013)]
    check_inputs(paths, paths, {"place": "静海区"})
    assert sorted(opened) == ["hailaer-2013.txt", "jinghai-2021.txt"]
    assert capsys.readouterr().err.startswith(
        "warning: --place 静海区 is given for reports whose headers name 2 places (海拉尔区: hailaer-2013.txt; "
        "静海区: jinghai-2021.txt)")


def test_an_interrupt_right_after_a_table_is_renamed_in_says_it_is_new(seed_out, tmp_path, monkeypatch, capsys):
    """SIGTERM 0.7 s into `table targets --out t.csv` (hostile50's sweep) ended "interrupted; previous output left
    as it was" with t.csv already the new table: the signal came between the rename and the note that the new
    file is in place (the import of outdir for that note lay in between). The rename and the note are one step."""
    import signal

    import policykg.corpus.outdir as outdir
    from cli_helpers import run_in_process

    monkeypatch.setattr(outdir, "WRITTEN", [])
    target = tmp_path / "t.csv"
    real = os.replace

    def replace_then_signal(src, dst, *a, **k):
        real(src, dst, *a, **k)
        if str(dst) == str(target):
            os.kill(os.getpid(), signal.SIGINT)   # as if it came the instant the rename was done

    monkeypatch.setattr(os, "replace", replace_then_signal)
    code, _, err = run_in_process(["table", "targets", "--graph", str(seed_out / "graph.ttl"), "--out",
                                   str(target)], monkeypatch, capsys)
    assert code == 130 and target.read_text(encoding="utf-8").startswith("report,jurisdiction,"), err
    assert err == f"policykg: interrupted; the new output was already written to {target}\n"


def test_a_table_to_stdout_past_the_file_size_limit_is_not_cut_silently(seed_out, tmp_path):
    """`table targets > t.csv` under `ulimit -f 1` (a disk-full imitation) left the first 1024 bytes in t.csv and
    ended 0: the write took part of the table and the rest was dropped without a word. Now exit 2, one line."""
    import resource
    import subprocess
    import sys

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with open(tmp_path / "t.csv", "wb") as out:
        r = subprocess.run([sys.executable, "-m", "policykg", "table", "targets", "--graph",
                            str(seed_out / "graph.ttl")], stdout=out, stderr=subprocess.PIPE, text=True,
                           env=env, preexec_fn=limit, timeout=300)
    assert r.returncode == 2 and r.stderr == "policykg: cannot write to standard output (File too large)\n", \
        (r.returncode, r.stderr)


def test_the_ontology_page_is_the_same_bytes_every_run(tmp_path):
    """`python -m policykg.docs DIR` (make docs) wrote the classes of a union domain (`Task or Project`) in
    another order on each run: pyLODE gathers them in a set of HTML elements hashed by address."""
    from policykg.docs import write_docs

    pages = [write_docs(tmp_path / name).read_bytes() for name in ("a", "b", "c", "d")]
    assert b'<span class="cardinality">or</span>' in pages[0]   # a union is on the page (pyLODE's, not plain)
    assert pages[0] == pages[1] == pages[2] == pages[3]


def test_the_ontology_page_on_a_full_disk_says_so_in_one_line(tmp_path):
    """`python -m policykg.docs site` under `ulimit -f 20` printed "warning: pyLODE failed (OSError: [Errno 27]
    File too large); writing a plain page instead", then "policykg.docs: File too large": the disk was taken
    for pyLODE's fault, and the last line named nothing. Now one line naming the folder; the page left."""
    import resource
    import subprocess
    import sys

    site = tmp_path / "site"
    assert subprocess.run([sys.executable, "-m", "policykg.docs", str(site)], env=dict(os.environ,
                          PYTHONPATH=str(ROOT)), capture_output=True, timeout=300).returncode == 0
    before = site.joinpath("index.html").read_bytes()

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (20 * 1024, 20 * 1024))

    r = subprocess.run([sys.executable, "-m", "policykg.docs", str(site)], env=dict(os.environ, PYTHONPATH=str(ROOT)),
                       capture_output=True, text=True, preexec_fn=limit, timeout=300)
    assert r.returncode == 2 and r.stderr == f"policykg.docs: OUT_DIR {site}: cannot write index.html (File too " \
                                             f"large); nothing replaced\n", r.stderr
    assert site.joinpath("index.html").read_bytes() == before


def test_a_dash_for_standard_input_is_named_as_such(tmp_path):
    """`cat g.ttl | policykg validate -` (and build, table, export, query) said "-: no such file", "unknown graph
    format" or "no such query file": no verb reads standard input, and none said so, as --out - does."""
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://ex/a> <http://ex/b> <http://ex/c> .\n", encoding="utf-8")
    for args, what in ((("validate", "-"), "a graph"), (("export", "--format", "nt", "--graph", "-", "--out", "x.nt"),
                                                        "a graph"),
                       (("build", "-", "--out", "out"), "a report"), (("query", "-", "--graph", graph), "a query")):
        r = run_cli(*args, cwd=tmp_path)
        one_line(r, 2, rf"policykg: -: policykg reads {what} from a file, not from standard input through '-'; "
                       r"save it to a file and give that file's name \(\./- names a file called '-'\)")
    assert sorted(os.listdir(tmp_path)) == ["g.ttl"]


def test_a_store_fill_past_the_file_size_limit_is_not_blamed_on_the_graph(seed_out, tmp_path):
    """`serve --store st --graph graph.trig` under `ulimit -f 50` (a disk-full imitation) said "graph.trig: not
    loadable into oxigraph: oxigraph load failed": the loader was killed by SIGXFSZ, and the graph is fine."""
    import resource

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (50 * 1024, 50 * 1024))

    r = run_cli("serve", "--store", "st", "--graph", seed_out / "graph.trig", "--port", "9", cwd=tmp_path,
                preexec_fn=limit, timeout=120)
    assert r.returncode == 2 and r.stdout.startswith("loading "), (r.returncode, r.stdout, r.stderr)
    assert r.stderr == f"policykg: {seed_out / 'graph.trig'}: cannot fill the store: a store file passed the file " \
                       "size limit (ulimit -f); nothing replaced\n", r.stderr
    assert os.listdir(tmp_path) == []
