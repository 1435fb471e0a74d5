"""One depth-first walk for graphs anyone may hand us: deep chains without recursion, cycles without loops."""
from __future__ import annotations

from typing import Callable, Hashable, Iterable, Iterator


def finish_order(roots: Iterable[Hashable], children: Callable[[Hashable], Iterable]) -> Iterator:
    """Every node reachable from ROOTS, each once, yielded after all its children are (a child met again
    while it is still on the walk — a cycle — is not followed). Iterative, so a chain of 10^5 nodes is fine;
    the caller may read what it stored for the children when a node is yielded."""
    finished: set = set()
    for root in roots:
        if root in finished:
            continue
        walk, on = [(root, iter(children(root)))], {root}
        while walk:
            node, rest = walk[-1]
            nxt = next(rest, None)
            if nxt is None:
                walk.pop()
                on.discard(node)
                finished.add(node)
                yield node
            elif nxt not in finished and nxt not in on:
                on.add(nxt)
                walk.append((nxt, iter(children(nxt))))
