"""review61: a blank name is an empty name in every verb. `build " "` said "policykg:  : no such file" and
`query " "` ":  no such query file…", while a blank --graph or --out was already "… is empty; give …"
(hostile60 made the empty names one wording; the blank ones of a report and a query stayed apart)."""
from __future__ import annotations

import pytest

from cli_helpers import one_line, run_cli, tree


@pytest.mark.parametrize("args,wording", [
    (("build", " ", "--out", "o"), "the report name is empty; give a report file or folder name"),
    (("query", " ", "--graph", "g.ttl"), r"the query name is empty; give a query file or competency question name"),
    (("table", "targets", "--graph", " "), "the graph name is empty; give a graph file name")])
def test_a_blank_name_is_refused_as_empty(tmp_path, args, wording):
    one_line(run_cli(*args, cwd=tmp_path), 2, rf"^policykg: {wording}")
    assert tree(tmp_path) == {}
