"""Hostile use, round 8: file names near the length limit, runaway local queries, concurrent stores,
and the further cases found by trying every verb as a careless or hostile user.

The CLI runs as a real subprocess where the case is about the command line; what must survive is
compared byte for byte.
"""
from __future__ import annotations

import pytest

from cli_helpers import one_line, run_cli, tree, write_file

GRAPH = "<https://w3id.org/policykg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\"@zh .\n"


@pytest.mark.unit
@pytest.mark.parametrize("verb", [("export", "--format", "nt", "--graph"), ("table", "targets", "--graph")])
def test_an_output_file_with_a_long_legal_name_is_written(tmp_path, verb):
    """The temporary file beside --out is named after it: a legal 250-byte name overflowed the 255-byte
    limit, so the write failed with 'File name too long' on a name the file system takes."""
    graph = write_file(tmp_path, "g.nt", GRAPH)
    out = tmp_path / ("a" * 250 + ".txt")
    r = run_cli(*verb, graph, "--out", out, timeout=60)
    assert r.returncode == 0, r.stderr
    assert out.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["g.nt", out.name])
