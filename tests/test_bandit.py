"""bandit, the Python security linter, finds nothing of high severity in the application code."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bandit(*doelen: str) -> dict:
    resultaat = subprocess.run(
        [sys.executable, "-m", "bandit", "-c", "pyproject.toml", "-r", *doelen, "-lll", "-f", "json", "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return json.loads(resultaat.stdout)


def test_no_high_severity_findings_in_src():
    rapport = _bandit("src")
    assert rapport["metrics"]["_totals"]["loc"] > 10_000  # it really scanned the code
    bevindingen = [f"{r['filename']}:{r['line_number']} {r['test_id']} {r['issue_text']}" for r in rapport["results"]]
    assert bevindingen == []


def test_the_scan_would_catch_a_high_severity_finding(tmp_path):
    """The check can fail: code with shell=True on user input is a high-severity finding."""
    (tmp_path / "fout.py").write_text("import subprocess\n\ndef f(x):\n    subprocess.call(x, shell=True)\n")
    rapport = _bandit(str(tmp_path))
    assert [r["test_id"] for r in rapport["results"]] == ["B602"]
