"""JSON-ready output: dates as ISO strings, amounts as strings with two decimals (never floats)."""

from __future__ import annotations

from typing import Any

from .model import Resultaat


def result_to_dict(resultaat: Resultaat, toelichting: bool = True) -> dict[str, Any]:
    """Plain dict for ``json.dumps``; ``toelichting=False`` leaves the explanation out (smaller bulk output)."""
    r = resultaat
    uit: dict[str, Any] = {
        "peildatum": r.peildatum.isoformat(),
        "normtabel": r.normtabel.isoformat(),
        "recht": r.recht,
        "redenen": [
            {"code": x.code, "artikel": x.artikel, "tekst": x.tekst, "parameters": dict(x.parameters)}
            for x in r.redenen
        ],
        "normcategorie": r.normcategorie,
        "artikel": r.artikel,
        "kostendelers": r.kostendelers,
        "norm": str(r.norm),
        "vermogen_telt": str(r.vermogen_telt),
        "vermogensgrens": str(r.vermogensgrens),
        "bijstand_als_lening": r.bijstand_als_lening,
        "inkomen_telt": str(r.inkomen_telt),
        "uitkering": str(r.uitkering),
        "vakantietoeslag_deel": str(r.vakantietoeslag_deel),
        "engine_version": r.engine_version,
        "voorlopig": r.voorlopig,
        "verlaging": str(r.verlaging),
        "uitkering_deze_maand": None if r.uitkering_deze_maand is None else str(r.uitkering_deze_maand),
    }
    if toelichting:
        uit["toelichting"] = [
            {
                "code": s.code,
                "titel": s.titel,
                "artikel": s.artikel,
                "bedragen": {k: str(v) for k, v in s.bedragen.items()},
                "uitleg": s.uitleg,
                "technisch": s.technisch,
                "parameters": dict(s.parameters),
            }
            for s in r.toelichting
        ]
    return uit
