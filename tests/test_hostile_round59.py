"""hostile59: what hostile52 and research55 found and left (docs/checks/hostile59.md). Commands run on the
seed report (data/reports/jinghai-2021.txt, dev) and small graphs written here."""
from __future__ import annotations

import csv
import io
import os
import resource

import pytest

from cli_helpers import SEED, one_line, run_cli, tree

GIB = 1 << 30
PKG = "https://w3id.org/policykg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _limit_address_space(limit: int):
    return lambda: resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def test_a_graph_that_cannot_fit_under_ulimit_v_is_refused_before_loading(tmp_path, seed_out):
    """`(ulimit -v …; policykg table targets --graph big.nt)` ended in pyoxigraph's abort (exit 134, "memory
    allocation of 248 bytes failed"), no line of ours. Now the need is estimated from the files' size first:
    400 MB of graph under a 1 GiB limit is refused in one line before a byte is read (the file is sparse:
    nothing of it past its first line is real), and the seed graph under the same limit is not."""
    big = tmp_path / "big.nt"
    big.write_text("<http://example.org/a> <http://example.org/p> \"x\" .\n")
    os.truncate(big, 400 << 20)
    before = tree(tmp_path)
    for args in (("table", "targets", "--graph", big, "--out", tmp_path / "t.csv"), ("query", "cq-01", "--graph", big),
                 ("impact", "--graph", big, "--out", tmp_path / "imp"),
                 ("export", "--graph", big, "--format", "ttl", "--out", tmp_path / "e.ttl")):
        r = run_cli(*args, cwd=tmp_path, timeout=120, preexec_fn=_limit_address_space(GIB))
        one_line(r, 2, r"big\.nt: too large for the memory this process may use \(loading 400 MB of graph needs "
                       r"at least \d+ MB; the limit, ulimit -v, is 1024 MB\)")
    assert tree(tmp_path) == before
    fits = run_cli("table", "targets", "--graph", seed_out / "graph.ttl", cwd=tmp_path, timeout=120,
                   preexec_fn=_limit_address_space(GIB))
    assert fits.returncode == 0, fits.stderr
    assert fits.stdout.count("\n") > 10


@pytest.mark.parametrize("kind", ["loops", "dangles"])
def test_a_folder_link_that_loops_or_points_nowhere_is_named(tmp_path, kind):
    """A `.txt` link in a folder that looped (b.txt → a.txt → b.txt) or pointed nowhere was left out of the
    build without a word, while an unreadable file there is refused. Now it is refused as that file is."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    if kind == "loops":
        os.symlink("b.txt", folder / "a.txt")
        os.symlink("a.txt", folder / "b.txt")
        pattern = (r"reports/a\.txt: cannot read \(a symbolic link to b\.txt, which leads back to itself "
                   r"\(a loop of links\)\)")
    else:
        os.symlink("nowhere.txt", folder / "gone.txt")
        pattern = r"reports/gone\.txt: cannot read \(a symbolic link to nowhere\.txt, which does not exist\)"
    before = tree(tmp_path)
    one_line(run_cli("build", "reports", "--out", "out", cwd=tmp_path, timeout=120), 2, pattern)
    assert tree(tmp_path) == before


def test_table_refuses_another_tools_graph_without_loading_it(tmp_path, monkeypatch):
    """`table targets --graph big.nt` (487 MB, no pkg: term) loaded it all, 173 s and 6.6 GB, before saying it
    holds no policykg class. Now the files are streamed first and the store is never built."""
    from policykg.errors import InputError
    from policykg.use import table

    foreign = tmp_path / "foreign.nt"
    foreign.write_text("".join(f"<http://example.org/s{i}> <{RDF_TYPE}> <http://example.org/C> .\n" for i in range(1000)))

    def never(paths):
        raise AssertionError("the graph was loaded")
    monkeypatch.setattr(table, "asserted_store", never)
    with pytest.raises(InputError, match=r"foreign\.nt: nothing in the graph is of a policykg class"):
        table.write("targets", [str(foreign)], "csv", str(tmp_path / "t.csv"))


def test_a_policykg_class_behind_a_split_prefix_is_found(tmp_path, seed_out):
    """The byte look is only a shortcut: a Turtle file whose prefix splits policykg's namespace is parsed, and a
    pkg:Target in it is found; the seed graph names the namespace and is not parsed twice."""
    from policykg.use.preload import lacks_policykg_class

    split = tmp_path / "split.ttl"
    split.write_text("@prefix p: <https://w3id.org/policy> .\n<http://example.org/t> a p:kg\\/ontology\\#Target .\n")
    assert not lacks_policykg_class([str(split)])
    assert not lacks_policykg_class([str(seed_out / "graph.ttl")])
    plain = tmp_path / "plain.ttl"
    plain.write_text("@prefix p: <https://w3id.org/policy> .\n<http://example.org/t> a p:kg\\/other\\#Target .\n")
    assert lacks_policykg_class([str(plain)])


BLANK_PARK = f"""@prefix pkg: <{PKG}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
_:p a pkg:Park ; rdfs:label "中旺航空产业园"@zh ; pkg:hosts _:q .
_:q a pkg:Project ; rdfs:label "科维尔"@zh .
"""


def test_impact_names_parks_that_are_blank_nodes(tmp_path):
    """impact said "no pkg:Park in the graph" of a graph holding one, as a blank node (it reads IRI subjects)."""
    (tmp_path / "g.ttl").write_text(BLANK_PARK, encoding="utf-8")
    r = run_cli("impact", "--graph", "g.ttl", "--out", "imp", cwd=tmp_path, timeout=120)
    one_line(r, 2, r"g\.ttl: its 1 pkg:Park node\(s\) are blank nodes \(_:…\), and impact follows parks by IRI")
    assert not (tmp_path / "imp").exists()


TWO_OUTCOMES = f"""@prefix pkg: <{PKG}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <http://example.org/> .
ex:place a pkg:Place ; rdfs:label "海拉尔区"@zh .
ex:r1 a pkg:Report ; rdfs:label "海拉尔区2013年政府工作报告"@zh ; pkg:jurisdiction ex:place ; pkg:year 2013 .
ex:r2 a pkg:Report ; rdfs:label "海拉尔区2014年政府工作报告"@zh ; pkg:jurisdiction ex:place ; pkg:year 2014 .
ex:ind a pkg:Indicator ; rdfs:label "蔬菜大棚面积"@zh .
ex:t a pkg:Target ; rdfs:label "蔬菜大棚面积 2000 亩"@zh ; pkg:value 2000.0 ; pkg:unitText "亩" ;
  pkg:indicator ex:ind ; pkg:evidence ex:te ; pkg:assessedBy ex:o1, ex:o2 .
ex:te pkg:inReport ex:r1 ; pkg:quote "新建蔬菜大棚2000亩" ; pkg:start 10 ; pkg:end 20 .
ex:o1 a pkg:Outcome ; rdfs:label "蔬菜大棚面积 2350 亩"@zh ; pkg:value 2350.0 ; pkg:unitText "亩" ;
  pkg:indicator ex:ind ; pkg:evidence ex:e1 .
ex:e1 pkg:inReport ex:r2 ; pkg:quote "建成大棚2350亩" ; pkg:start 100 ; pkg:end 108 .
ex:o2 a pkg:Outcome ; rdfs:label "蔬菜大棚面积 1.2 万亩"@zh ; pkg:value 1.2 ; pkg:unitText "万亩" ;
  pkg:indicator ex:ind ; pkg:evidence ex:e2 .
ex:e2 pkg:inReport ex:r2 ; pkg:quote "大棚面积达1.2万亩" ; pkg:start 500 ; pkg:end 510 .
"""


def test_each_assessment_row_holds_its_own_outcomes_values(tmp_path):
    """cq-10 read the result's offsets, unit, base and family from the target (`?target pkg:assessedBy/…`): a
    target assessed by two outcomes gave 8 rows, each quote beside both offsets and both units (the 1.2 万亩
    result judged "missed" against 2000 亩). Now 2 rows, each with its own outcome's values."""
    (tmp_path / "g.ttl").write_text(TWO_OUTCOMES, encoding="utf-8")
    r = run_cli("table", "assessments", "--graph", "g.ttl", cwd=tmp_path, timeout=120)
    assert r.returncode == 0, r.stderr
    rows = [(row["result_quote"], row["result_start"], row["result_end"], row["result_unit"], row["verdict"])
            for row in csv.DictReader(io.StringIO(r.stdout))]
    assert rows == [("建成大棚2350亩", "100", "108", "亩", "met"),
                    ("大棚面积达1.2万亩", "500", "510", "万亩", "not comparable")]
