"""A Python module's code apart from its prose: the text with its docstrings, comments and blank lines taken
out (package_digest), so rewording them leaves a build's digest as it was.

Docstrings are found by ``ast`` (the first statement of a module, class or function, a string) and comments by
``tokenize``; both give positions, which are the same on every Python version (ast.dump's text is not), so the
same file gives the same bytes wherever it is read. Lines inside a multi-line string literal are kept as they
are, blank or not: they are values. A module that does not parse counts by its bytes.
"""
from __future__ import annotations

import ast
import hashlib
import io
import tokenize

_DOCUMENTED = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def code_sha(data: bytes) -> bytes:
    """SHA-256 of the module's code (``code_text``), of its bytes when it is no UTF-8 Python that parses."""
    try:
        text = code_text(data.decode("utf-8"))
    except (SyntaxError, UnicodeDecodeError, ValueError, tokenize.TokenError):
        return hashlib.sha256(data).digest()
    return hashlib.sha256(text.encode("utf-8")).digest()


def code_text(source: str) -> str:
    """The source without its docstrings, comments and blank lines, its lines joined by newlines."""
    tree = ast.parse(source)
    lines = io.StringIO(source, newline="").readlines()
    docs = list(_docstrings(tree, lines))
    kept_as_is = _string_interiors(tree, {d[0] for d in docs})
    left = _cut(lines, [*docs, *_comments(source)])
    out = []
    for number, line in enumerate(left, start=1):
        if number in kept_as_is:
            out.append(line.rstrip("\r\n"))
        elif line.strip():
            out.append(line.rstrip())
    return "\n".join(out)


def _docstrings(tree: ast.AST, lines: list[str]):
    """(line, column, end line, end column) of each docstring, columns in characters (ast counts bytes)."""
    for node in ast.walk(tree):
        if isinstance(node, _DOCUMENTED) and node.body and _is_string(node.body[0]):
            doc = node.body[0]
            yield (doc.lineno, _chars(lines[doc.lineno - 1], doc.col_offset),
                   doc.end_lineno, _chars(lines[doc.end_lineno - 1], doc.end_col_offset))


def _is_string(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)


def _chars(line: str, byte_offset: int) -> int:
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8"))


def _comments(source: str):
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            yield (*tok.start, *tok.end)


def _string_interiors(tree: ast.AST, docstring_lines: set[int]) -> set[int]:
    """The lines after the first of each multi-line string literal (an f-string too) that is no docstring."""
    inside = set()
    for node in ast.walk(tree):
        if (isinstance(node, (ast.Constant, ast.JoinedStr)) and node.end_lineno > node.lineno
                and (isinstance(node, ast.JoinedStr) or isinstance(node.value, (str, bytes)))
                and node.lineno not in docstring_lines):
            inside.update(range(node.lineno + 1, node.end_lineno + 1))
    return inside


def _cut(lines: list[str], cuts) -> list[str]:
    """The lines with each (line, column, end line, end column) stretch taken out; a line wholly inside a
    stretch is left empty, so the lines keep their numbers."""
    left = list(lines)
    for line, col, end_line, end_col in sorted(cuts, reverse=True):
        if line == end_line:
            left[line - 1] = left[line - 1][:col] + left[line - 1][end_col:]
            continue
        left[line - 1] = left[line - 1][:col]
        for number in range(line + 1, end_line):
            left[number - 1] = ""
        left[end_line - 1] = left[end_line - 1][end_col:]
    return left
