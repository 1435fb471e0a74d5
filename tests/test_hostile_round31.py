"""Hostile users, round 31: the `python -m policykg.<module>` entry points and the package's own files."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest


def _module(*args, cwd):
    from cli_helpers import ROOT
    return subprocess.run([sys.executable, "-m", *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})


class _WorkStarted(Exception):
    pass


def _no_work(*_args, **_kw):
    raise _WorkStarted("the options were taken: the fit would have run and written its model")


# -- a typo in train's --out: another of the package's files ------------------------------------------

@pytest.mark.unit
@pytest.mark.parametrize("command, other", [("train", "placement-decision.json"),
                                            ("train_placement", "entity-decision.json")])
def test_train_does_not_write_its_model_over_the_other_shipped_model(monkeypatch, command, other):
    """The whole models folder counted as the command's own: `python -m policykg.extract.train --out
    …/placement-decision.json` fitted the entity model and wrote it over the placement model."""
    import importlib

    from policykg import resources
    from policykg.errors import UsageError

    module = importlib.import_module(f"policykg.extract.{command}")
    monkeypatch.setattr(module, "dev_reports", _no_work)
    target = resources.model(other)
    before = target.read_bytes()
    with pytest.raises(UsageError, match=f"is policykg/data/models/{other}, a file shipped in the policykg package"):
        module.main(["--out", str(target)])
    assert target.read_bytes() == before


@pytest.mark.unit
def test_train_still_takes_its_own_model_and_a_new_file(monkeypatch, tmp_path):
    from policykg.extract import train

    monkeypatch.setattr(train, "dev_reports", _no_work)
    for out in (None, tmp_path / "fold.json"):
        with pytest.raises(_WorkStarted):
            train.main([] if out is None else ["--out", str(out)])


@pytest.mark.unit
def test_a_shipped_file_policykg_wrote_is_not_a_users_output(tmp_path):
    """The ledger lets a command replace a file policykg wrote; a shipped file written by its own command
    (make_gazetteer, emit.concepts, make train) is one, so `export --out policykg/ontology/indicators.ttl`
    (or any script's --out) would replace it."""
    from policykg import resources
    from policykg.corpus import written
    from policykg.corpus.safefile import check_target
    from policykg.errors import UsageError

    shipped = str(resources.ontology("indicators.ttl"))
    with open(shipped, "rb") as fh:
        assert not written.record(shipped, fh.read())
    with pytest.raises(UsageError, match="policykg/ontology/indicators.ttl, a file shipped in the policykg package"):
        check_target(shipped, only_ours=True)
    assert check_target(shipped) is not None   # the command that makes it (only_ours off) still may


# -- entry points that ran their job on a bad argument ---------------------------------------------------

@pytest.mark.unit
def test_concepts_of_an_empty_name_is_refused_not_the_package_file(capsys):
    """`python -m policykg.emit.concepts "$FILE"` with FILE unset wrote the package's indicators.ttl (or,
    not being the package default, refused it as 'policykg did not write it')."""
    from policykg.emit.concepts import main
    from policykg.errors import UsageError

    with pytest.raises(UsageError, match="^FILE is empty; give a file name$"):
        main([""])
    assert capsys.readouterr().out == ""


@pytest.mark.unit
def test_ontology_text_help_and_a_typo_write_nothing(tmp_path):
    """`python -m policykg.corpus.ontology_text --help` took no options at all: it rewrote the package's
    policykg.written.ttl and its key and said so."""
    r = _module("policykg.corpus.ontology_text", "--help", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.startswith("usage:") and "written.ttl written" not in r.stdout, r.stdout
    r = _module("policykg.corpus.ontology_text", "--out", "x.ttl", cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == "" and "unrecognized arguments: --out x.ttl" in r.stderr, r.stderr
    assert os.listdir(tmp_path) == []


@pytest.mark.unit
@pytest.mark.parametrize("content, named", [(b"just some notes\n", "unknown graph format (use .ttl, .nt, .trig, .nq or .jsonld)"),
                                            (None, "is a folder, not a graph file")])
def test_docs_of_an_ontology_that_is_no_graph_is_one_line(tmp_path, content, named):
    """`python -m policykg.docs DIR notes` (a file of no RDF) ended in an rdflib ParserError traceback,
    exit 1; a folder was 'no such file'."""
    onto = tmp_path / "notes"
    if content is None:
        onto.mkdir()
    else:
        onto.write_bytes(content)
    r = _module("policykg.docs", tmp_path / "site", onto, cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == "", r.stderr
    assert r.stderr == f"policykg.docs: {onto}: {named}\n"
    assert sorted(os.listdir(tmp_path)) == ["notes"]


# -- a link that points to itself ------------------------------------------------------------------------

@pytest.mark.unit
def test_a_link_to_itself_is_named_a_loop(tmp_path):
    """`--out L` (and `--store L`) where L is a link to itself said 'a symbolic link to L, which does not
    exist'."""
    from policykg.corpus.outdir import check_out
    from policykg.errors import UsageError
    from policykg.use.serve_store import check_store

    loop = tmp_path / "L"
    loop.symlink_to("L")
    with pytest.raises(UsageError, match=r"is a symbolic link to L, which leads back to itself \(a loop of links\)"):
        check_out(str(loop))
    with pytest.raises(UsageError, match=r"is a symbolic link to L, which leads back to itself \(a loop of links\)"):
        check_store(str(loop), True)
    (tmp_path / "gone").symlink_to("nowhere")
    with pytest.raises(UsageError, match="which does not exist"):
        check_out(str(tmp_path / "gone"))


# -- scripts/levels19_variants.py and levels_check.py --write DIR ---------------------------------------

def _variants(*args, cwd):
    from cli_helpers import ROOT
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "levels19_variants.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.unit
def test_variants_refused_at_one_name_write_none(tmp_path):
    """`--write DIR` where DIR held one variant's name already wrote the variants before it, then ended
    in exit 2: half the variants, mixed with the user's file; a name given twice refused its own file."""
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / "city2021.txt").write_text("mine\n", encoding="utf-8")
    r = _variants("--write", "v", "city2011", "city2001", "city2021", cwd=tmp_path)
    assert r.returncode == 2 and r.stderr == "levels19_variants.py: v/city2021.txt: exists; not replacing it " \
                                             "(give --write a new folder)\n", r.stderr
    assert os.listdir(tmp_path / "v") == ["city2021.txt"]
    r = _variants("--write", "w", "city2011", "city2011", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert os.listdir(tmp_path / "w") == ["city2011.txt"]


@pytest.mark.unit
def test_variants_into_a_link_to_nowhere_is_named(tmp_path):
    """`--write L` with L a dangling link said 'L: File exists'."""
    (tmp_path / "L").symlink_to("nowhere")
    r = _variants("--write", "L", "city2011", cwd=tmp_path)
    assert r.returncode == 2 and "is a symbolic link to no folder" in r.stderr, r.stderr
    assert sorted(os.listdir(tmp_path)) == ["L"]


# -- loro_fast.py --crf-dir D: the family taggers' files ------------------------------------------------

_SEQS = [([{"c": 1.0}, {"d": 1.0}], ["B-Park", "O"]), ([{"d": 1.0}], ["O"])]


@pytest.mark.unit
@pytest.mark.parametrize("plant", ["dangling link", "FIFO"])
def test_family_taggers_are_not_written_through_a_link_or_into_a_fifo(tmp_path, plant):
    """python-crfsuite opens the tagger's name as given: a dangling link at `D/crf-<family>.crfsuite` was
    written through (the file it named appeared), a FIFO held the run for good."""
    pytest.importorskip("pycrfsuite")
    from policykg.errors import UsageError
    from policykg.extract.train_crf import family_models

    at = tmp_path / "crf-b.crfsuite"
    if plant == "FIFO":
        os.mkfifo(at)
    else:
        at.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(UsageError, match="crf-b.crfsuite: is a (symbolic link|FIFO)"):
        family_models({"a-2020": _SEQS, "b-2020": _SEQS}, str(tmp_path), reuse=True)
    assert not (tmp_path / "elsewhere").exists()


@pytest.mark.unit
def test_family_taggers_fitted_once_then_reused(tmp_path):
    pytest.importorskip("pycrfsuite")
    from policykg.extract.train_crf import family_models

    paths = family_models({"a-2020": _SEQS, "b-2020": _SEQS}, str(tmp_path), reuse=True)
    assert sorted(os.listdir(tmp_path)) == ["crf-a.crfsuite", "crf-b.crfsuite"]
    first = {p: os.stat(p).st_ino for p in paths.values()}
    family_models({"a-2020": _SEQS, "b-2020": _SEQS}, str(tmp_path), reuse=True)
    assert {p: os.stat(p).st_ino for p in paths.values()} == first


# -- export of an empty graph: decided, an empty document of the format (validate and table refuse) -----

@pytest.mark.unit
@pytest.mark.parametrize("fmt", ["nt", "ttl", "jsonld"])
def test_export_of_an_empty_graph_writes_a_document_of_no_triples(tmp_path, fmt):
    """export converts; it states nothing about the graph, so an empty one gives a document of the format
    that reads back as no triples (validate's 'conforms' and table's header alone would read as an
    answer, so those two refuse one). The file is whole and recorded: a second export replaces it."""
    from cli_helpers import run_cli

    from policykg.use.loading import load_graph

    (tmp_path / "empty.ttl").write_text("@prefix a: <http://example.org/> .\n", encoding="utf-8")
    for _ in range(2):
        r = run_cli("export", "--graph", tmp_path / "empty.ttl", "--format", fmt, "--out", tmp_path / f"o.{fmt}")
        assert r.returncode == 0 and r.stderr == "", r.stderr
    assert len(load_graph([str(tmp_path / f"o.{fmt}")])) == 0
    r = run_cli("validate", tmp_path / "empty.ttl")
    assert r.returncode == 2 and "holds no triples; nothing to validate" in r.stderr, r.stderr


@pytest.mark.unit
@pytest.mark.parametrize("command", ["train", "train_placement", "train_crf"])
def test_an_empty_out_of_a_training_command_is_named_empty(monkeypatch, command):
    """`--out "$MODEL"` with MODEL unset: argparse's Path('') is '.', so the refusal said '--out .: is a
    folder', naming a folder the user never gave."""
    import importlib

    from policykg.errors import UsageError

    module = importlib.import_module(f"policykg.extract.{command}")
    monkeypatch.setattr(module, "dev_reports", _no_work, raising=False)
    monkeypatch.setattr("policykg.extract.train.dev_reports", _no_work)
    with pytest.raises(UsageError, match="^--out is empty; give a file name$"):
        module.main(["--out", ""])


@pytest.mark.unit
def test_serve_workers_run_by_hand_names_its_usage():
    """`python -m policykg.use.serve_workers --help` (serve's keeper, run by hand) said 'error list index out of range'."""
    done = subprocess.run([sys.executable, "-m", "policykg.use.serve_workers", "--help"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2
    assert done.stdout.strip().startswith("error usage: python -m policykg.use.serve_workers JOBS_FD SPARE")
