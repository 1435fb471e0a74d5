"""docs42: where the README was right and the code wrong (docs/checks/docs42.md)."""
from __future__ import annotations

import shlex

from cli_helpers import SEED, copy_out, one_line, run_cli, tree


def test_a_marker_without_sums_names_the_folder_to_remove_not_the_option(cli_seed_out, tmp_path):
    """Regression (docs42): build, add and impact refusing an output whose marker has no file list before its
    sums told the user to run `rm -r '--out out'` (the label, not the folder: rm takes '--out out' for an
    option). The README's line says `(rm -r out)`, as `make clean` says it."""
    out = copy_out(cli_seed_out, tmp_path)
    (out / "summary.csv").write_text("city,count\n海拉尔,3\n", encoding="utf-8")   # the user's own
    marker = out / ".policykg-output"
    lines = marker.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(i for i, ln in enumerate(lines) if ln.startswith("Files it wrote"))
    sums = next(i for i, ln in enumerate(lines) if ln.startswith("SHA-256"))
    marker.write_text("".join(lines[:first] + lines[sums:]), encoding="utf-8")   # the list deleted in an editor
    before = tree(out)
    graph = cli_seed_out / "graph.trig"
    for args in (("build", SEED, "--quiet"), ("add", SEED, "--quiet"), ("impact", "--graph", graph)):
        r = run_cli(*args, "--out", out, timeout=300)
        one_line(r, 2, rf"is from before policykg kept the SHA-256 of each file.* \(rm -r "
                       rf"{shlex.quote(str(out))}\) or give another folder$")
        assert "--out" not in r.stderr.split("(rm -r", 1)[1]
    assert tree(out) == before


def test_parquet_refuses_an_integer_value_no_float_carries(cli_seed_out, tmp_path):
    """Regression (docs42): a graph whose figure value is an xsd:integer past 2^53 (or of thousands of digits)
    ended `table --format parquet` in 'internal error: ArrowInvalid' (exit 3): only xsd:decimal values were
    checked. The README: 'a value is written exactly (CSV, JSON; parquet refuses it)' — one line, exit 2."""
    from rdflib import Graph, Literal, Namespace
    from rdflib.namespace import RDF, XSD
    pkg = Namespace("https://w3id.org/policykg/ontology#")
    g = Graph().parse(cli_seed_out / "graph.ttl", format="turtle")
    target = sorted(g.subjects(RDF.type, pkg.Target))[0]
    for big in (str(2 ** 53 + 1), "7" * 3000):
        g.set((target, pkg.value, Literal(big, datatype=XSD.integer)))
        g.serialize(tmp_path / "big.ttl", format="turtle")
        r = run_cli("table", "targets", "--graph", tmp_path / "big.ttl", "--format", "parquet",
                    "--out", tmp_path / "t.parquet")
        one_line(r, 2, rf"{target}: its value {big[:60]} is no float64 exactly .*use --format csv or json")
        assert not (tmp_path / "t.parquet").exists()
        r = run_cli("table", "targets", "--graph", tmp_path / "big.ttl", "--format", "csv")
        assert r.returncode == 0 and f",{big}," in r.stdout
    g.set((target, pkg.value, Literal("12", datatype=XSD.integer)))   # an integer a float carries is written
    g.serialize(tmp_path / "small.ttl", format="turtle")
    r = run_cli("table", "targets", "--graph", tmp_path / "small.ttl", "--format", "parquet",
                "--out", tmp_path / "s.parquet")
    assert r.returncode == 0, r.stderr
    import pyarrow.parquet as pq
    rows = pq.read_table(tmp_path / "s.parquet").to_pylist()
    assert [x["value"] for x in rows if x["iri"] == str(target)] == [12.0]
