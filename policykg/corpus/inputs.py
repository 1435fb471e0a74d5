"""Which files a build reads: report files and folders named on the command line, searched recursively."""
from __future__ import annotations

import errno
import os


REPORT_SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx")


def collect_inputs(args) -> list[str]:
    """The report files the command line names: files as given, folders expanded (folder_reports), in
    command-line order, each file once (the first name of a file named twice is kept)."""
    out, seen = [], set()
    for arg in args:
        arg = str(arg)
        for p in folder_reports(arg) if os.path.isdir(arg) else [arg]:
            key = file_key(p)
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out


def file_key(path: str):
    """What makes two names one file: its device and inode (a hard link or a bind mount is the file again,
    which its real path does not show), else, when it cannot be read, its real path."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return os.path.realpath(path)
    return (st.st_dev, st.st_ino)


def check_inputs(args, paths: list[str], overrides: dict) -> None:
    """Read every input before any work, so a bad file (or two files of one report) costs nothing and
    writes nothing. A file a folder brought in (a README.txt or notes beside the reports) that cannot be
    read as a report is refused in one line that says how to leave it out: the researcher put it there,
    so it is not skipped silently."""
    from types import SimpleNamespace
    from ..emit.ids import doc_slug
    from ..errors import DataError, InputError
    from ..read import read_report
    from .build import check_unique
    from .pages import page_hint

    named = {os.path.realpath(str(a)) for a in args if not os.path.isdir(str(a))}
    read, headers = [], []
    for p in paths:
        try:
            doc = read_report(p, **overrides)
        except DataError:      # policykg's own data file (a lexicon edited by hand): no report is to blame
            raise
        except InputError as exc:
            hint = page_hint(p, [r.path for r in read], exc)
            if hint:   # pages of one report: joining them is the fix, not leaving the file out
                raise InputError(f"{exc}; {hint}") from None
            if os.path.realpath(p) in named:
                raise
            raise InputError(f"{exc}; if it is not a report, leave it out of the build: move it out of "
                             f"{os.path.dirname(p) or '.'} or rename it to start with '.' (hidden files "
                             "are skipped)") from None
        read.append(SimpleNamespace(path=p, slug=doc_slug(doc)))
        if overrides.get("place") and len(paths) > 1:
            headers.append((header_place(doc, overrides), p))
    check_unique(read)   # two files of one report: refused now, not after extracting every report
    if headers:
        warn_place_override(headers, overrides)


def header_place(doc, overrides: dict):
    """(place, slug without the year) its header names, read from the text already read (no second read
    of the file: with --place each report was read three times), or None when the header names no place
    or year: --place is what it needs."""
    from dataclasses import replace
    from ..emit.ids import doc_slug
    from ..read import header_metadata
    from ..structure.metadata import apply_overrides

    md = header_metadata(doc.shadow or doc.text, doc.origin)
    md = apply_overrides(md, **{k: overrides.get(k) for k in ("year", "date", "speaker")})
    if not md.place or not md.year:
        return None
    return md.place, doc_slug(replace(doc, metadata=md)).rsplit("-", 1)[0]


def warn_place_override(headers: list, overrides: dict) -> None:
    """A warning when one --place is given for reports whose headers name two or more places: `build reports/
    --place 静海区` over a folder holding another place's report built its facts as Jinghai's without a word.
    Only a warning: reports of one place whose headers name it before and after a rename are built so too.
    headers: (header_place(), path) per report."""
    import click
    from ..options import visible

    places: dict[str, list] = {}
    for found, p in headers:
        if found is not None:
            places.setdefault(found[1], []).append((found[0], p))
    if len(places) > 1:
        named = "; ".join(f"{found[0][0]}: {visible(os.path.basename(found[0][1]))}"
                          + (f" and {len(found) - 1} more" if len(found) > 1 else "")
                          for _, found in sorted(places.items()))
        click.echo(f"warning: --place {visible(overrides['place'])} is given for reports whose headers name "
                   f"{len(places)} places ({named}); every one is built as {visible(overrides['place'])}: "
                   "build each place's reports on their own if that is wrong", err=True)


def folder_reports(folder: str) -> list[str]:
    """Every report file (REPORT_SUFFIXES) under folder, recursively, sorted by path. Hidden files and
    folders (name starting with '.') and the files a previous policykg output lists as its own (its texts/)
    are skipped; symlinked folders are not entered; a symlink to a file counts only when its target is a file
    inside folder (and not when that file is collected under its own name); one that loops or points nowhere is
    refused, as an unreadable file is."""
    from ..errors import InputError

    root = os.path.realpath(folder)

    def unreadable(exc: OSError):
        raise InputError(f"{exc.filename}: cannot read this folder ({exc.strerror})")

    files, links, broken, outputs = [], [], [], {}
    try:
        for here, dirs, names in walk(folder, onerror=unreadable):
            dirs[:] = _entered(here, dirs, outputs)
            for name in names:
                p = os.path.join(here, name)
                if name.startswith(".") or os.path.splitext(name)[1].lower() not in REPORT_SUFFIXES \
                        or _listed_by_output(p, outputs):
                    continue
                real = os.path.realpath(p)
                if not os.path.islink(p):
                    files.append(p)
                elif not os.path.exists(p):
                    broken.append(p)
                elif real.startswith(root + os.sep) and os.path.isfile(real):
                    links.append(p)
    except OSError as exc:   # it said "…/.policykg-output: File name too long", a file the user never made
        if exc.errno == errno.EACCES and exc.filename:   # a subfolder closed to this user: its marker was named
            raise InputError(f"{os.path.dirname(exc.filename)}: cannot read this folder ({exc.strerror})") from None
        if exc.errno != errno.ENAMETOOLONG:
            raise
        raise InputError(f"{folder}: holds folders nested past the longest path the system takes (4096 bytes); "
                         "move the reports to a shallower folder") from None
    if broken:   # the least: the same line every run, whatever order the folder lists its names in
        _refuse_broken_link(min(broken))
    own = {os.path.realpath(p) for p in files}
    found = sorted(files + [p for p in links if os.path.realpath(p) not in own])
    if not found:
        raise InputError(f"{folder}: folder holds no report file ({', '.join(REPORT_SUFFIXES)})")
    return found


def _refuse_broken_link(path: str) -> None:
    """A link that loops or points nowhere is a report file that cannot be read, refused as an unreadable
    file is: it was left out of the folder's build without a word."""
    from ..errors import InputError
    from .safefile import link_target_missing
    raise InputError(f"{path}: cannot read ({link_target_missing(path)}); remove it, or point it at the report")


def _entered(here: str, dirs: list[str], outputs: dict[str, set[str]]) -> list[str]:
    """The subfolders of here to walk: not hidden ones, nor a previous output whose marker lists no files
    (an older marker). An output that lists them is entered, noted in outputs with its files: a report of
    the user's beside a marker (one copied with notes into a folder of reports) is read, not skipped."""
    from pathlib import Path
    from .marker import MARKER, is_output, listed_files

    kept = []
    for d in sorted(d for d in dirs if not d.startswith(".")):
        sub = Path(here, d)
        if is_output(sub):
            if not (listed := listed_files(sub / MARKER)):
                continue
            outputs[os.path.join(here, d)] = listed   # str(sub) drops a leading './', which the walk's paths keep
        kept.append(d)
    return kept


def _listed_by_output(path: str, outputs: dict[str, set[str]]) -> bool:
    """Whether path is a file a previous output under the folder lists as its own."""
    return any(path.startswith(top + os.sep) and os.path.relpath(path, top).replace(os.sep, "/") in listed
               for top, listed in outputs.items())


def walk(top: str, onerror=None):
    """os.walk (top-down; links to folders listed, not entered; a caller may prune dirs) without
    recursion: Python 3.11's os.walk recurses once per level, so a tree deeper than the recursion limit
    ended the command in an internal error."""
    stack = [str(top)]
    while stack:
        here = stack.pop()
        try:
            with os.scandir(here) as it:
                entries = list(it)
        except OSError as exc:
            if onerror is not None:
                onerror(exc)
            continue
        dirs, files, links = [], [], set()
        for e in entries:
            try:
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(e.name)
            if is_dir and e.is_symlink():
                links.add(e.name)
        yield here, dirs, files
        stack.extend(os.path.join(here, d) for d in reversed(dirs) if d not in links)
