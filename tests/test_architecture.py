"""The pure engines import nothing from Django, directly or through their dependencies."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ENGINES = ["rules", "mi", "matching", "privacy"]
SRC = Path(__file__).resolve().parents[1] / "src" / "regie"


@pytest.mark.parametrize("engine", ENGINES)
def test_engine_source_has_no_django_import(engine):
    for bestand in (SRC / engine).rglob("*.py"):
        for node in ast.walk(ast.parse(bestand.read_text(encoding="utf-8"))):
            namen = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                namen = [node.module]
            for naam in namen:
                assert not naam.startswith(("django", "regie.apps")), f"{bestand.name} importeert {naam}"


def test_importing_every_engine_loads_no_django():
    modules = [f"regie.{e}" for e in ENGINES] + [
        f"regie.{e}.{p.stem}" for e in ENGINES for p in (SRC / e).glob("*.py") if p.stem not in {"__init__", "__main__"}
    ]
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules)
    code += "print('django' in sys.modules)"
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == "False"


def test_import_contracts_hold():
    """The layering in pyproject.toml ([tool.importlinter]): engines import no app and no Django, apps import only
    downwards (accounts and audit < dossier < inkomen < plan < gesprekken, participatie, portaal < demo), and no app
    imports another app's views or forms."""
    from importlinter.cli import lint_imports

    wortel = Path(__file__).resolve().parents[1]
    assert lint_imports(config_filename=str(wortel / "pyproject.toml"), no_cache=True) == 0, (
        "lint-imports meldt een fout"
    )
