"""How the command line is read beyond click's and argparse's own rules: an option that takes one value given
twice with two values is an error naming both (OnceOnly for the policykg verbs, once_only for the scripts,
benchmarks and python -m tools), and a value taken from the next word that is one of the command's options
or starts with '-' is refused (the value was forgotten)."""
from __future__ import annotations

import argparse

import click

from .options import redact, spaced, visible


class OnceOnly:
    """A click command on which an option that takes one value, given twice with two values (`--out a --out
    b`, `--progress --no-progress`), is a usage error naming both: click silently kept the last, so a
    value early on a long command line (or from a wrapper script) was dropped without a word. The same
    value twice is accepted; options declared ``multiple`` (--graph, --param) repeat as before. A value
    that is one of the command's own options (`--out --quiet`: the value was forgotten) is refused too:
    click took it as the value, built into a folder named --quiet and dropped the option."""

    def make_parser(self, ctx):
        parser = super().make_parser(ctx)
        names = {*parser._long_opt, *parser._short_opt}
        parser._match_long_opt = _no_dash_value(parser._match_long_opt, parser, names)
        for opt in {id(o): o for o in (*parser._long_opt.values(), *parser._short_opt.values())}.values():
            if opt.action in ("store", "append"):
                opt.process = _not_an_option(opt, opt.process, names)
            if opt.action in ("store", "store_const"):
                opt.process = _once(opt, opt.process)
        return parser


def _no_dash_value(match, parser, names):
    """The parser's long-option match, refusing a value taken from the next word that starts with '-'
    (`--out -o`: the value forgotten, or an option of another tool; it built into a folder named -o). A
    number (`--timeout -1`) goes on to its option's own check; `--out=-o` or `--out ./-o` names such a
    path. Every option is so read, not only paths; a word that is one of the command's options is left to
    _not_an_option, which names it so."""
    def checked(opt, explicit_value, state):
        option = parser._long_opt.get(opt)
        nxt = state.rargs[0] if state.rargs else None
        if (explicit_value is None and option is not None and option.takes_value and isinstance(nxt, str)
                and nxt.startswith("-") and nxt != "-" and not _a_number(nxt) and nxt.split("=", 1)[0] not in names):
            raise click.BadOptionUsage(option.dest, f"{option.obj.opts[-1]} {visible(nxt)}: starts with '-', as an "
                                                    f"option does; write {option.obj.opts[-1]}={visible(nxt)} if it is "
                                                    f"the value")
        return match(opt, explicit_value, state)
    return checked


def _a_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _not_an_option(opt, process, names):
    def checked(value, state):
        if isinstance(value, str) and value.split("=", 1)[0] in names:
            raise click.BadOptionUsage(opt.dest, f"{opt.obj.opts[-1]} {value}: {value.split('=', 1)[0]} is an "
                                                 f"option of the command, not a value; give "
                                                 f"{opt.obj.opts[-1]} its value (./{value} for a file so named)")
        process(value, state)
    return checked


def _once(opt, process):
    def once(value, state):
        given = value if opt.action == "store" else opt.const
        seen = state.__dict__.setdefault("given_once", {})
        if opt.dest in seen and seen[opt.dest][0] != given:
            raise click.BadOptionUsage(opt.dest, f"{seen[opt.dest][1]} and {_shown(opt, given)} given; the "
                                                 f"option takes one value (give it once)")
        seen.setdefault(opt.dest, (given, _shown(opt, given)))
        process(value, state)
    return once


def _shown(opt, given) -> str:
    """How a value given to opt reads in a message: --out b, --out ' ' (a blank one was "--date  given"), or the
    flag itself (--no-progress)."""
    if opt.action == "store_const":
        flags = opt.obj.secondary_opts if given is False and opt.obj.secondary_opts else opt.obj.opts
        return flags[-1]
    return f"{opt.obj.opts[-1]} {spaced(redact(str(given)))}"


def once_only(ap: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """ap, on which an option is spelt out whole (an abbreviation chose a run: `--rule` for --rules) and an
    option given twice with two values is an error naming both (`--split test --split dev` ran the last
    without a word). For the scripts and the python -m tools, as OnceOnly is for the policykg verbs."""
    ap.allow_abbrev = False
    for name in (None, "store"):  # None: add_argument without action=
        ap.register("action", name, _StoreOnce)
    plain_error = ap.error

    def error(message: str):   # a value's ESC[2J or line break escaped, as in every policykg message
        from .options import message_line
        plain_error(message_line(message))
    ap.error = error
    return ap


class _StoreOnce(argparse._StoreAction):
    def __call__(self, parser, namespace, values, option_string=None):
        given = getattr(namespace, "_given_once", set())
        before = getattr(namespace, self.dest, None)
        if self.dest in given and before != values:
            parser.error(f"{option_string} {before} and {values} given; the option takes one value (give it once)")
        namespace._given_once = given | {self.dest}
        super().__call__(parser, namespace, values, option_string)
