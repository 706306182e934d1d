"""The pure engines import nothing from Django, directly or through their dependencies."""

import ast
import re
import subprocess
import sys
import tomllib
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


def _engine_packages(engine: str) -> set[str]:
    """The installed distributions (pyproject names) whose modules an engine's source imports."""
    from importlib.metadata import packages_distributions

    modules = set()
    for bestand in (SRC / engine).rglob("*.py"):
        for node in ast.walk(ast.parse(bestand.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                modules.add(node.module.split(".")[0])
    distributies = packages_distributions()
    return {
        distributies[m][0].lower()
        for m in modules
        if m not in sys.stdlib_module_names and m != "regie" and m in distributies
    }


def _documented_packages() -> dict[str, set[str]]:
    """The packages docs/architecture.md allows per engine: the `backticked` names in the "may import" column."""
    tekst = (SRC.parents[1] / "docs" / "architecture.md").read_text(encoding="utf-8")
    uit = {}
    for regel in tekst.splitlines():
        cellen = [c.strip() for c in regel.strip().strip("|").split("|")]
        if len(cellen) == 3 and cellen[0].startswith("`regie.") and cellen[0].strip("`")[6:] in ENGINES:
            uit[cellen[0].strip("`")[6:]] = {naam.lower() for naam in re.findall(r"`([^`]+)`", cellen[2])}
    return uit


@pytest.mark.parametrize("engine", ENGINES)
def test_architecture_doc_names_exactly_the_packages_each_engine_imports(engine):
    gedocumenteerd = _documented_packages()
    assert engine in gedocumenteerd, f"docs/architecture.md heeft geen rij voor regie.{engine}"
    assert _engine_packages(engine) == gedocumenteerd[engine]


def test_every_package_an_engine_may_import_is_a_dependency():
    pyproject = tomllib.loads((SRC.parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    afhankelijk = {re.split(r"[\[=<>~! ]", d, maxsplit=1)[0].lower() for d in pyproject["project"]["dependencies"]}
    for engine, pakketten in _documented_packages().items():
        assert pakketten <= afhankelijk, f"regie.{engine}: {pakketten - afhankelijk} staat niet in pyproject.toml"


def _onderdeel(module: str) -> str:
    """The part a module belongs to: ``regie.matching`` or ``regie.apps.participatie``."""
    delen = module.split(".")
    return ".".join(delen[:3] if delen[1:2] == ["apps"] else delen[:2])


def _is_module(naam: str) -> bool:
    pad = SRC.parent / naam.replace(".", "/")
    return pad.with_suffix(".py").exists() or (pad / "__init__.py").exists()


def test_no_private_names_across_parts():
    """A name with a leading underscore is private to its part; another part that needs it gets a public name."""
    fouten = []
    for bestand in SRC.rglob("*.py"):
        module = ".".join(bestand.relative_to(SRC.parent).with_suffix("").parts).removesuffix(".__init__")
        eigen = _onderdeel(module)
        pakket = module if bestand.name == "__init__.py" else module.rpartition(".")[0]
        modules = {}  # local name -> module it refers to
        boom = ast.parse(bestand.read_text(encoding="utf-8"))
        for node in ast.walk(boom):
            if isinstance(node, ast.Import):
                for a in node.names:
                    modules[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
            elif isinstance(node, ast.ImportFrom):
                basis = node.module or ""
                if node.level:
                    basis = ".".join([*pakket.split(".")[: len(pakket.split(".")) - node.level + 1], basis]).strip(".")
                for a in node.names:
                    volledig = f"{basis}.{a.name}"
                    if _is_module(volledig):
                        modules[a.asname or a.name] = volledig
                    elif a.name.startswith("_") and basis.startswith("regie") and _onderdeel(basis) != eigen:
                        fouten.append(f"{module} importeert {a.name} uit {basis}")
        for node in ast.walk(boom):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and modules[node.value.id].startswith("regie")
                and _onderdeel(modules[node.value.id]) != eigen
            ):
                fouten.append(f"{module} gebruikt {modules[node.value.id]}.{node.attr}")
    assert not fouten


def test_import_contracts_hold():
    """The layering in pyproject.toml ([tool.importlinter]): engines import no app and no Django, apps import only
    downwards (accounts and audit < dossier < inkomen < plan < gesprekken, participatie, portaal < demo), and no app
    imports another app's views or forms."""
    from importlinter.cli import lint_imports

    wortel = Path(__file__).resolve().parents[1]
    assert lint_imports(config_filename=str(wortel / "pyproject.toml"), no_cache=True) == 0, (
        "lint-imports meldt een fout"
    )
