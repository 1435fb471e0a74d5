#!/usr/bin/env python3
"""Thin entry point: `python build_graph.py [REPORT ...]` is `policykg build [REPORT ...]`."""
import sys

from policykg.cli import main

if __name__ == "__main__":
    sys.argv[1:1] = ["build"]
    main()
