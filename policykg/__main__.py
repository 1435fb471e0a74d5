"""``python -m policykg …`` runs the command line, as the installed ``policykg`` command does."""
from .entry import main

main()
