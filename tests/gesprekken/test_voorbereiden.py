"""The preparation guide: goals, rulers, steps, obligations to discuss and questions for the inwoner's stage."""

from datetime import date

import pytest

from regie.apps.audit.models import Inzage
from regie.apps.gesprekken.voorbereiding import bepaal_fase
from regie.apps.inkomen.models import Ontheffing, Verplichting
from regie.apps.plan.models import Doel, Plan, Stap


@pytest.mark.parametrize(
    ("doelen", "open_", "gedaan", "fase"),
    [
        ([], 0, 0, "verkennen"),
        ([("Werk vinden", 3, 8)], 0, 0, "belang"),
        ([("Werk vinden", 8, 3)], 0, 0, "vertrouwen"),
        ([("Werk vinden", 8, 7)], 0, 0, "plannen"),
        ([("Werk vinden", 8, 7)], 2, 1, "volhouden"),
        ([("Werk vinden", 8, 7), ("Fietsen", 2, 9)], 2, 1, "belang"),  # the weakest goal leads
    ],
)
def test_stage_from_rulers_and_steps(doelen, open_, gedaan, fase):
    assert bepaal_fase(doelen, open_, gedaan).code == fase


def test_ruler_questions_use_the_inwoners_own_score_and_words():
    fase = bepaal_fase([("Weer aan het werk in de zorg", 4, 6)], 0, 0)
    assert "Je gaf het belang een 4. Waarom een 4 en niet een 2?" in fase.vragen
    assert any("“Weer aan het werk in de zorg”" in r for r in fase.reflecties)


def test_preparation_page(inloggen, klantmanager, maak_inwoner):
    inwoner = maak_inwoner(klantmanager=klantmanager, voornamen="Nadia", achternaam="Visser")
    plan = Plan.objects.create(inwoner=inwoner)
    doel = Doel.objects.create(
        plan=plan, eigen_woorden="Werken in de bakkerij", belang=8, vertrouwen=3, geschreven_door=klantmanager
    )
    Stap.objects.create(doel=doel, wat="Langsgaan bij de bakker", uiterlijk=date(2026, 3, 1))
    Verplichting.objects.create(inwoner=inwoner, soort="arbeidsverplichting", status="geldt")
    Verplichting.objects.create(inwoner=inwoner, soort="taaleis", status="voldaan")
    Verplichting.objects.create(inwoner=inwoner, soort="tegenprestatie", status="geldt")
    Ontheffing.objects.create(
        inwoner=inwoner,
        verplichting="tegenprestatie",
        reden="zorgtaken",
        toelichting="Kind onder de vijf.",
        vanaf=date(2025, 1, 1),
        tot=date(2099, 1, 1),
        besloten_door=klantmanager,
    )
    html = inloggen(klantmanager).get(f"/caseload/inwoners/{inwoner.pk}/gesprek-voorbereiden/").content.decode()
    assert "“Werken in de bakkerij” — belang 8 van 10, vertrouwen 3 van 10" in html
    assert "Langsgaan bij de bakker" in html
    assert "Arbeidsverplichting (art. 9)" in html and "Taaleis" not in html
    assert "ontheffing tot 01-01-2099" in html
    assert "Ik wil ook de arbeidsverplichting met je bespreken." in html
    assert "Wil wel, twijfelt of het lukt" in html and "vertrouwen van een 3 naar een 4" in html
    assert Inzage.objects.filter(
        actor=klantmanager, inwoner=inwoner, onderdeel__startswith="gesprek voorbereiden"
    ).exists()


def test_preparation_outside_caseload_is_404(inloggen, collega_ander_team, maak_inwoner):
    inwoner = maak_inwoner()
    assert inloggen(collega_ander_team).get(f"/caseload/inwoners/{inwoner.pk}/gesprek-voorbereiden/").status_code == 404
