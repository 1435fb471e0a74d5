"""Counting work instead of seconds: tests state complexity claims as the ratio of the work done on an
input of size 4n to the work done on size n (linear gives about 4, quadratic 16), which does not
depend on how loaded the machine is."""
from __future__ import annotations

import sys

LINEAR = 6  # a 4x larger input may cost this many times the work; quadratic costs 16


def line_events(fn, *args, **kwargs) -> tuple[int, object]:
    """The number of Python lines fn(*args, **kwargs) executed (in every frame it called), and its result."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    old = sys.gettrace()
    sys.settrace(lambda frame, event, arg: local)
    try:
        result = fn(*args, **kwargs)
    finally:
        sys.settrace(old)
    return count, result


def growth(work, n: int) -> float:
    """work(4n) / work(n), work(size) being a count of steps."""
    return work(4 * n) / work(n)


class CountingList(list):
    """A list counting the elements every lookup, membership test, slice or iteration touches."""

    touched = 0

    def __contains__(self, x):
        CountingList.touched += len(self)
        return super().__contains__(x)

    def __getitem__(self, i):
        got = super().__getitem__(i)
        CountingList.touched += len(got) if isinstance(i, slice) else 1
        return got

    def index(self, *args):
        CountingList.touched += len(self)
        return super().index(*args)

    def __iter__(self):
        CountingList.touched += len(self)
        return super().__iter__()


def peak_bytes(fn, *args) -> tuple[int, object]:
    """The most memory fn(*args) held at once beyond what was held before (tracemalloc), and its result:
    copies made in C (slices of a string) show here, not in line events."""
    import tracemalloc

    tracemalloc.start()
    try:
        result = fn(*args)
        return tracemalloc.get_traced_memory()[1], result
    finally:
        tracemalloc.stop()
