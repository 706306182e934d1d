"""The load test's own logic: durations, exact percentiles, the table, and that it only ever loads 127.0.0.1."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("loadtest", ROOT / "bench" / "loadtest.py")
loadtest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(loadtest)


@pytest.mark.parametrize(("tekst", "seconden"), [("60s", 60), ("2m", 120), ("90", 90), (" 1H ", 3600)])
def test_durations(tekst, seconden):
    assert loadtest.seconden(tekst) == seconden


@pytest.mark.parametrize("tekst", ["", "s", "zestig", "0s", "-5"])
def test_bad_durations_are_refused(tekst):
    with pytest.raises(Exception, match="duration"):
        loadtest.seconden(tekst)


def test_nearest_rank_percentiles():
    waarden = [float(i) for i in range(1, 101)]
    assert loadtest.percentiel(waarden, 50) == 50
    assert loadtest.percentiel(waarden, 95) == 95
    assert loadtest.percentiel([7.0], 95) == 7


def test_table_counts_after_the_warm_up_and_per_page():
    metingen = [
        ["caseload", 500.0, True, 99.0],  # warm-up: not counted
        *[["caseload", float(ms), True, 100.0 + ms / 1000] for ms in range(10, 210, 10)],
        ["dossier", 30.0, True, 101.0],
        ["dossier", 90.0, False, 102.0],
    ]
    tekst, fouten = loadtest.tabel(metingen, vanaf=100.0, duur=10)
    regels = {r.split()[0]: r.split() for r in tekst.splitlines()[2:] if r and not r.startswith("-")}
    assert regels["caseload"] == ["caseload", "20", "2.0", "100", "190", "200", "0"]
    assert regels["dossier"] == ["dossier", "2", "0.2", "30", "90", "90", "1"]
    assert regels["total"][1:3] == ["22", "2.2"] and regels["total"][-1] == "1"
    assert fouten == 1


def test_database_must_be_on_this_machine():
    uit = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "loadtest.py"),
            "--database-url",
            "postgres://regie@db.example.org/regie",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert uit.returncode == 2
    assert "127.0.0.1" in uit.stderr


def test_locust_refuses_any_host_but_127_0_0_1():
    uit = subprocess.run(
        [sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py"), "--headless", "-u", "1",
         "-r", "1", "-t", "3s", "--host", "http://192.0.2.1:8000", "--only-summary"],
        capture_output=True,
        text=True,
        timeout=60,
    )  # fmt: skip
    assert uit.returncode != 0
    assert "only runs against 127.0.0.1" in uit.stdout + uit.stderr
    assert "GET " not in uit.stdout  # no request went out
