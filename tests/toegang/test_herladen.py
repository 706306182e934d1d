"""A form that fails validation shows its page with the errors at the form's endpoint; reloading that address (a GET)
leads back to the page the form lives on, never to an empty 405."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from regie.apps.plan import services

pytestmark = pytest.mark.django_db


def _patronen(resolver=None, prefix=""):
    for item in (resolver or get_resolver()).url_patterns:
        if isinstance(item, URLResolver):
            ns = f"{prefix}{item.namespace}:" if item.namespace else prefix
            yield from _patronen(item, ns)
        elif isinstance(item, URLPattern) and item.name:
            yield f"{prefix}{item.name}", item


@pytest.fixture
def inwoner(maak_inwoner, klantmanager, maak_account):
    return maak_inwoner(klantmanager=klantmanager, voornamen="Ilse", account=maak_account("ilse"))


@pytest.fixture
def doel(inwoner, klantmanager):
    return services.voeg_doel_toe(door=klantmanager, inwoner=inwoner, eigen_woorden="Fietsen", belang=7, vertrouwen=5)


@pytest.fixture
def stap(doel, klantmanager):
    return services.voeg_stap_toe(door=klantmanager, doel=doel, wat="Fiets ophalen")


def _staf_formulieren(inwoner, doel, stap):
    basis = f"/caseload/inwoners/{inwoner.pk}"
    return [
        (f"{basis}/plan/doel/", {"doel-eigen_woorden": ""}, f"{basis}/plan/"),
        (f"{basis}/plan/doelen/{doel.pk}/stap/", {f"stap{doel.pk}-wat": ""}, f"{basis}/plan/"),
        (f"{basis}/plan/stappen/{stap.pk}/gedaan/", {f"afvink{stap.pk}-notitie": "x" * 1001}, f"{basis}/plan/"),
        (f"{basis}/contactmomenten/", {}, f"{basis}/"),
        (f"{basis}/rechtmatigheid/inkomen/", {"inkomen-bedrag": "veel"}, f"{basis}/rechtmatigheid/"),
        (f"{basis}/participatie/toestemming/", {}, f"{basis}/participatie/"),
    ]


def test_every_form_endpoint_that_answers_400_leads_back_on_get(inwoner, doel, stap, klantmanager, inloggen):
    client = inloggen(klantmanager)
    for adres, gegevens, pagina in _staf_formulieren(inwoner, doel, stap):
        mislukt = client.post(adres, gegevens)
        assert mislukt.status_code == 400, adres
        herladen = client.get(adres)
        assert herladen.status_code == 302 and herladen["Location"] == pagina, adres
        assert client.get(herladen["Location"]).status_code == 200, adres


def test_the_inwoners_portal_forms_lead_back_to_the_portal(inwoner, doel, stap, inloggen):
    client = inloggen(inwoner.account)
    for adres, gegevens in (
        ("/portaal/doel/", {"doel-eigen_woorden": ""}),
        (f"/portaal/doelen/{doel.pk}/stap/", {f"stap{doel.pk}-wat": ""}),
        (f"/portaal/stappen/{stap.pk}/gedaan/", {f"afvink{stap.pk}-notitie": "x" * 1001}),
        ("/portaal/bericht/", {"bericht-tekst": ""}),
    ):
        assert client.post(adres, gegevens).status_code == 400, adres
        herladen = client.get(adres)
        assert herladen.status_code == 302 and herladen["Location"] == "/portaal/", adres


def test_no_form_endpoint_with_errors_is_left_post_only():
    """Every view that renders its page with status 400 is covered, and nothing else changes method: PUT is refused."""
    gedekt = {naam for naam, patroon in _patronen() if hasattr(patroon.callback, "post_of_terug")}
    assert {
        "plan:wijzig",
        "plan:doel_actie",
        "plan:stap_afvinken",
        "dossier:contactmoment_toevoegen",
        "inkomen:wijzig",
        "participatie:toestemming",
        "portaal:doel_toevoegen",
        "portaal:doel_actie",
        "portaal:stap_afvinken",
        "portaal:bericht",
    } <= gedekt


def test_other_methods_are_still_refused(inwoner, klantmanager, inloggen):
    client = inloggen(klantmanager)
    assert client.put(f"/caseload/inwoners/{inwoner.pk}/plan/doel/").status_code == 405


def test_reload_leads_to_a_page_that_still_checks_access(inwoner, collega_ander_team, inloggen):
    client = inloggen(collega_ander_team)
    herladen = client.get(f"/caseload/inwoners/{inwoner.pk}/plan/doel/")
    assert herladen.status_code == 302
    pagina = client.get(herladen["Location"])
    assert pagina.status_code == 404 and "Ilse" not in pagina.content.decode()
