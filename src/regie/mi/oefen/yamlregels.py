"""Reading YAML while remembering on which line each value stands, so that validation can name the line."""

from __future__ import annotations

from pathlib import Path

import yaml


class OefenFout(ValueError):
    """A persona or rules file that cannot be used; ``str()`` is a Dutch message that names the file and line."""

    def __init__(self, bestand: str, regel: int | None, melding: str) -> None:
        self.bestand, self.regel, self.melding = bestand, regel, melding
        waar = f"{bestand}, regel {regel}" if regel else bestand
        super().__init__(f"{waar}: {melding}")


class Knoop(dict):
    """A mapping from a YAML file; ``regel`` is its first line, ``regels[key]`` the line of each key's value."""

    regel: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.regels: dict[str, int] = {}


class Lijst(list):
    """A sequence from a YAML file; ``regels[i]`` is the line of item ``i``."""

    regel: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.regels: list[int] = []


def _bouw(loader: yaml.SafeLoader, node: yaml.Node, bestand: str):
    if isinstance(node, yaml.MappingNode):
        knoop = Knoop()
        knoop.regel = node.start_mark.line + 1
        for sleutel, waarde in node.value:
            if not isinstance(sleutel, yaml.ScalarNode):
                raise OefenFout(bestand, sleutel.start_mark.line + 1, "een sleutel moet een eenvoudig woord zijn")
            naam = str(sleutel.value)
            if naam in knoop:
                raise OefenFout(bestand, sleutel.start_mark.line + 1, f"de sleutel '{naam}' staat er twee keer")
            knoop[naam] = _bouw(loader, waarde, bestand)
            knoop.regels[naam] = waarde.start_mark.line + 1
        return knoop
    if isinstance(node, yaml.SequenceNode):
        lijst = Lijst()
        lijst.regel = node.start_mark.line + 1
        for item in node.value:
            lijst.append(_bouw(loader, item, bestand))
            lijst.regels.append(item.start_mark.line + 1)
        return lijst
    return loader.construct_object(node, deep=True)


def lees_yaml(tekst: str, bestand: str):
    """Parse ``tekst``; a syntax error becomes an :class:`OefenFout` with the line where the parser stopped."""
    loader = yaml.SafeLoader(tekst)
    try:
        node = loader.get_single_node()
        if node is None:
            raise OefenFout(bestand, 1, "het bestand is leeg")
        return _bouw(loader, node, bestand)
    except yaml.MarkedYAMLError as fout:
        mark = fout.problem_mark or fout.context_mark
        regel = mark.line + 1 if mark else None
        raise OefenFout(bestand, regel, f"geen geldige YAML ({fout.problem or fout.context})") from None
    except yaml.YAMLError as fout:
        raise OefenFout(bestand, None, f"geen geldige YAML ({fout})") from None
    finally:
        loader.dispose()


def lees_bestand(pad: Path):
    try:
        tekst = pad.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise OefenFout(pad.name, None, "het bestand is geen UTF-8-tekst") from None
    except OSError as fout:
        raise OefenFout(pad.name, None, f"het bestand kan niet worden gelezen ({fout.strerror})") from None
    return lees_yaml(tekst, pad.name)


class Lezer:
    """Checks fields of one file and collects every problem with its line, instead of stopping at the first."""

    def __init__(self, bestand: str) -> None:
        self.bestand = bestand
        self.fouten: list[OefenFout] = []

    def fout(self, regel: int | None, melding: str) -> None:
        self.fouten.append(OefenFout(self.bestand, regel, melding))

    def knoop(self, waarde, regel: int, wat: str) -> Knoop | None:
        if isinstance(waarde, Knoop):
            return waarde
        self.fout(regel, f"{wat} moet een lijst van sleutels en waarden zijn")
        return None

    def lijst(self, knoop: Knoop, sleutel: str, wat: str, verplicht: bool = True) -> Lijst:
        if sleutel not in knoop:
            if verplicht:
                self.fout(knoop.regel, f"{wat}: het veld '{sleutel}' ontbreekt")
            return Lijst()
        waarde = knoop[sleutel]
        if isinstance(waarde, Lijst):
            return waarde
        self.fout(knoop.regels[sleutel], f"{wat}: '{sleutel}' moet een lijst zijn (regels die met '-' beginnen)")
        return Lijst()

    def tekst(self, knoop: Knoop, sleutel: str, wat: str, standaard: str | None = None) -> str:
        if sleutel not in knoop:
            if standaard is None:
                self.fout(knoop.regel, f"{wat}: het veld '{sleutel}' ontbreekt")
                return ""
            return standaard
        waarde = knoop[sleutel]
        if isinstance(waarde, str) and waarde.strip():
            return waarde.strip()
        self.fout(knoop.regels[sleutel], f"{wat}: '{sleutel}' moet een niet-lege tekst zijn")
        return ""

    def getal(self, knoop: Knoop, sleutel: str, wat: str, laag: float, hoog: float, standaard=None) -> float:
        if sleutel not in knoop:
            if standaard is None:
                self.fout(knoop.regel, f"{wat}: het veld '{sleutel}' ontbreekt")
                return laag
            return standaard
        waarde = knoop[sleutel]
        if isinstance(waarde, bool) or not isinstance(waarde, int | float):
            self.fout(knoop.regels[sleutel], f"{wat}: '{sleutel}' moet een getal zijn")
            return laag
        if not laag <= waarde <= hoog:
            self.fout(knoop.regels[sleutel], f"{wat}: '{sleutel}' moet tussen {laag} en {hoog} liggen")
            return laag
        return float(waarde)

    def keuze(self, knoop: Knoop, sleutel: str, wat: str, toegestaan, standaard: str | None = None) -> str:
        waarde = self.tekst(knoop, sleutel, wat, standaard)
        if waarde and waarde not in toegestaan:
            self.fout(
                knoop.regels.get(sleutel, knoop.regel),
                f"{wat}: '{waarde}' is geen geldige waarde voor '{sleutel}' (kies uit {', '.join(toegestaan)})",
            )
        return waarde

    def onbekend(self, knoop: Knoop, toegestaan: set[str], wat: str) -> None:
        for sleutel in knoop:
            if sleutel not in toegestaan:
                regel = knoop.regels[sleutel]
                self.fout(regel, f"{wat}: onbekend veld '{sleutel}' (toegestaan: {', '.join(sorted(toegestaan))})")
