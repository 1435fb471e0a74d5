"""Imported by the multiprocessing forkserver of a ``--jobs`` build (a preload module): from then on the
forkserver dies with the policykg process that started it (see policykg.corpus.lifeline)."""
from .lifeline import die_with_parent

die_with_parent()
