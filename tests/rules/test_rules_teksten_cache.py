"""The cached explanation texts (stappen, vermogen, geld.euro) must behave exactly like uncached ones."""

from decimal import Decimal

from regie.rules import stappen
from regie.rules.geld import euro


def test_bedragen_die_gelijk_zijn_maar_anders_geschreven_krijgen_hun_eigen_tekst() -> None:
    # Decimal("100.0") == Decimal("100.00") and they hash alike; the caches key on str(), so each keeps its own text.
    een = stappen.uitkering(Decimal("100.0"), Decimal("0.00"), Decimal("100.0"), [])
    twee = stappen.uitkering(Decimal("100.00"), Decimal("0.00"), Decimal("100.00"), [])
    assert "100.0 − 0.00 = 100.0 per maand" in een.technisch
    assert "100.00 − 0.00 = 100.00 per maand" in twee.technisch
    assert euro(Decimal("100.0")) == euro(Decimal("100.00")) == "€ 100,00"


def test_elke_stap_krijgt_een_eigen_bedragen_dict() -> None:
    een = stappen.uitkering(Decimal("100.00"), Decimal("0.00"), Decimal("100.00"), [])
    twee = stappen.uitkering(Decimal("100.00"), Decimal("0.00"), Decimal("100.00"), [])
    assert een == twee
    assert een.uitleg is twee.uitleg  # the immutable text is shared ...
    assert een.bedragen is not twee.bedragen  # ... the mutable dict never
