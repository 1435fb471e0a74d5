"""Count the extractor's lexicon entries (data) and the Chinese literals left in its code.

    python scripts/rule_counts.py [ROOT]

Lexicon entries: every string leaf of the YAML files under ROOT/policykg/data/ (a list item or a
mapping value; mapping keys are not counted). Literals in code: every string constant holding a CJK
character in ROOT/policykg/**/*.py that is not a docstring. Issue #12 asks for both numbers before
and after a change; ROOT defaults to this checkout, so an older commit is counted from a worktree.
"""
import ast
import re
from pathlib import Path

from policykg.errors import InputError
from policykg.resources import load_yaml
from script_cli import parser, run

CJK = re.compile(r"[\u3400-\u9fff]")


def yaml_leaves(node) -> int:
    """String leaves of a loaded YAML document."""
    if isinstance(node, dict):
        return sum(yaml_leaves(v) for v in node.values())
    if isinstance(node, list):
        return sum(yaml_leaves(v) for v in node)
    return 1 if isinstance(node, str) else 0


def docstring_ids(tree: ast.AST) -> set[int]:
    """ids of the Constant nodes that are module, class or function docstrings."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def cjk_literals(path: Path) -> int:
    """Non-docstring string constants with a CJK character in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = docstring_ids(tree)
    return sum(1 for n in ast.walk(tree)
               if isinstance(n, ast.Constant) and isinstance(n.value, str)
               and id(n) not in skip and CJK.search(n.value))


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("root", nargs="?", type=Path, default=Path(__file__).resolve().parents[1],
                    help="a checkout of policykg (default: this one)")
    root = ap.parse_args().root
    if not (root / "policykg" / "data").is_dir():
        raise InputError(f"{root}: not a policykg checkout (no policykg/data/)")
    data = sorted((root / "policykg" / "data").rglob("*.yaml"))
    leaves = sum(yaml_leaves(load_yaml(p.read_text(encoding="utf-8"), str(p))) for p in data)
    code = sorted((root / "policykg").rglob("*.py"))
    literals = sum(cjk_literals(p) for p in code)
    print(f"lexicon entries (YAML string leaves, {len(data)} files): {leaves}")
    print(f"CJK string literals in code ({len(code)} modules, docstrings excluded): {literals}")
    return 0


if __name__ == "__main__":
    run(main)
