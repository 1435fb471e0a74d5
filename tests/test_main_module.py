"""`python -m policykg` is the policykg command (a blind checker running a frozen checkout found it missing)."""
import subprocess
import sys

import pytest


@pytest.mark.unit
def test_python_dash_m_policykg_is_the_command():
    r = subprocess.run([sys.executable, "-m", "policykg", "--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "build" in r.stdout and r.stderr == ""
    bad = subprocess.run([sys.executable, "-m", "policykg", "nosuchverb"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "nosuchverb" in bad.stderr and "Traceback" not in bad.stderr
