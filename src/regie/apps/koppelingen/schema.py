"""The error responses every operation can give, added to the OpenAPI schema in one place."""

FOUT = {
    "type": "object",
    "required": ["status", "fouten"],
    "properties": {
        "status": {"type": "integer"},
        "fouten": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["veld", "melding"],
                "properties": {"veld": {"type": "string"}, "melding": {"type": "string"}},
            },
        },
    },
}

_OMSCHRIJVING = {
    "400": "Ongeldige invoer; elke fout noemt het veld.",
    "401": "Niet aangemeld of ongeldige sleutel.",
    "403": "Geen toegang tot deze resource.",
    "404": "Niet gevonden, of geen toegang.",
    "405": "Deze methode kan hier niet.",
    "406": "Dit formaat kan niet worden geleverd.",
    "412": "De versie in If-Match is niet meer de huidige.",
    "415": "Stuur JSON.",
    "429": "Te veel verzoeken.",
}


def foutantwoorden(result, generator, request, public):
    result.setdefault("components", {}).setdefault("schemas", {})["Fout"] = FOUT
    verwijzing = {"application/json": {"schema": {"$ref": "#/components/schemas/Fout"}}}
    for pad in result.get("paths", {}).values():
        for methode, operatie in pad.items():
            if methode not in ("get", "post", "put", "patch", "delete"):
                continue
            codes = ["400", "401", "403", "404", "405", "406", "429"]
            if methode in ("post", "put", "patch"):
                codes += ["415"]
            if methode in ("put", "patch", "delete"):
                codes.append("412")
            for code in codes:
                operatie.setdefault("responses", {}).setdefault(
                    code, {"description": _OMSCHRIJVING[code], "content": verwijzing}
                )
    return result
