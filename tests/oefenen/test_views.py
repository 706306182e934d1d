"""The practice pages: who may practise, privacy of sessions, a turn over htmx, bad input, the summary."""

import pytest
from django.urls import reverse

from regie.apps.oefenen import services
from regie.apps.oefenen.models import Oefensessie

from .scripts import GOED, PREKEN

pytestmark = pytest.mark.django_db


def test_menu_and_overview_for_those_who_practise(client, inloggen, klantmanager, krachtcoach, teamleider, beheerder):
    for gebruiker in (klantmanager, krachtcoach, teamleider):
        inloggen(gebruiker)
        antwoord = client.get(reverse("oefenen:overzicht"))
        assert antwoord.status_code == 200
        assert "Ria de Vries" in antwoord.text and "Semhar Tesfay" in antwoord.text
    inloggen(beheerder)
    assert client.get(reverse("oefenen:overzicht")).status_code == 403
    assert "Oefengesprekken" not in client.get("/").text


def test_a_conversation_over_htmx_and_its_summary(client, inloggen, klantmanager):
    inloggen(klantmanager)
    antwoord = client.post(reverse("oefenen:start"), {"persona": "gesettelde", "seed": "7"})
    sessie = Oefensessie.objects.get(eigenaar=klantmanager)
    assert antwoord.url == reverse("oefenen:sessie", kwargs={"sessie": sessie.pk})
    url = antwoord.url
    gesprek = client.post(url, {"tekst": GOED[1], "hint": "on"}, HTTP_HX_REQUEST="true")
    assert gesprek.status_code == 200
    assert 'id="gesprek"' in gesprek.text and "gecodeerd als:" in gesprek.text
    assert "<html" not in gesprek.text
    client.post(url, {"tekst": PREKEN[0]}, HTTP_HX_REQUEST="true")
    sessie.refresh_from_db()
    assert len(sessie.beurten) == 2
    assert sessie.beurten[1]["code"] == "PERSUADE" and sessie.beurten[1]["delta_vertrouwen"] < 0
    assert client.post(reverse("oefenen:afronden", kwargs={"sessie": sessie.pk})).status_code == 302
    samenvatting = client.get(reverse("oefenen:samenvatting", kwargs={"sessie": sessie.pk}))
    assert samenvatting.status_code == 200
    assert "MITI-samenvatting" in samenvatting.text and "het vertrouwen daalde" in samenvatting.text
    assert sessie.beurten[1]["antwoord"].replace("'", "&#x27;") in samenvatting.text


def test_bad_input_is_named_and_loses_nothing(client, inloggen, klantmanager):
    inloggen(klantmanager)
    sessie = services.start(klantmanager, "draaideur", 3)
    url = reverse("oefenen:sessie", kwargs={"sessie": sessie.pk})
    leeg = client.post(url, {"tekst": "   "}, HTTP_HX_REQUEST="true")
    assert "Typ eerst wat u tegen de inwoner zegt." in leeg.text
    lang = "a" * 1001
    te_lang = client.post(url, {"tekst": lang})
    assert te_lang.status_code == 400 and "te lang" in te_lang.text and lang in te_lang.text
    assert client.post(reverse("oefenen:start"), {"persona": "bestaat-niet"}).status_code == 302
    assert client.post(reverse("oefenen:start"), {"persona": "gesettelde", "seed": "x" * 50}).status_code == 302
    assert client.post(reverse("oefenen:afronden", kwargs={"sessie": sessie.pk})).status_code == 302
    sessie.refresh_from_db()
    assert sessie.beurten == [] and sessie.afgerond is None


def test_sessions_are_private_to_their_owner(client, inloggen, klantmanager, collega_ander_team, teamleider):
    sessie = services.start(klantmanager, "kan_niet", 5)
    services.beurt(klantmanager, sessie.pk, "Je zorgt al zo lang voor je moeder, dat vraagt veel van je.")
    services.afronden(klantmanager, sessie.pk)
    geheim = sessie.__class__.objects.get(pk=sessie.pk).beurten[0]["antwoord"]
    for ander in (collega_ander_team, teamleider):
        inloggen(ander)
        for naam in ("oefenen:sessie", "oefenen:samenvatting", "oefenen:afronden"):
            methode = client.post if naam == "oefenen:afronden" else client.get
            assert methode(reverse(naam, kwargs={"sessie": sessie.pk})).status_code == 404
        overzicht = client.get(reverse("oefenen:overzicht")).text
        assert "Je zorgt al zo lang" not in overzicht and "Nog geen oefengesprekken." in overzicht
        with pytest.raises(Oefensessie.DoesNotExist):
            services.beurt(ander, sessie.pk, "Hallo")
    inloggen(klantmanager)
    assert (
        geheim.replace("'", "&#x27;") in client.get(reverse("oefenen:samenvatting", kwargs={"sessie": sessie.pk})).text
    )


def test_comparison_shows_only_own_earlier_sessions(client, inloggen, klantmanager, collega_ander_team):
    for eigenaar, tekst in ((klantmanager, GOED[1]), (collega_ander_team, PREKEN[0]), (klantmanager, GOED[2])):
        sessie = services.start(eigenaar, "draaideur", 1)
        services.beurt(eigenaar, sessie.pk, tekst)
        services.afronden(eigenaar, sessie.pk)
    laatste = Oefensessie.objects.filter(eigenaar=klantmanager).first()
    inloggen(klantmanager)
    tekst = client.get(reverse("oefenen:samenvatting", kwargs={"sessie": laatste.pk})).text
    vergelijking = tekst[tekst.index('id="vergelijking"') :]
    vergelijking = vergelijking[: vergelijking.index("</table>")]
    assert vergelijking.count("oefenen/") == 1  # one earlier session of their own, linked; not the colleague's
    assert "draaideur" in vergelijking


def test_trainer_sees_hidden_facts_and_shares_a_case(client, inloggen, teamleider, klantmanager, krachtcoach):
    inloggen(klantmanager)
    assert client.get(reverse("oefenen:trainer")).status_code == 403
    inloggen(teamleider)
    pagina = client.get(reverse("oefenen:trainer")).text
    assert "Feiten die pas bij veel vertrouwen komen" in pagina and "Miller, W.R. &amp; Rollnick" in pagina
    casus = reverse("oefenen:casus", kwargs={"persona": "boos_na_maatregel", "seed": 202650})
    assert casus in pagina
    sessies = []
    for gebruiker in (klantmanager, krachtcoach):
        inloggen(gebruiker)
        assert "Marco" in client.get(casus).text
        client.post(
            reverse("oefenen:start"),
            {"persona": "boos_na_maatregel", "seed": "202650", "casus": "boos_na_maatregel-202650"},
        )
        sessie = Oefensessie.objects.get(eigenaar=gebruiker)
        services.beurt(gebruiker, sessie.pk, GOED[1])
        sessies.append(Oefensessie.objects.get(pk=sessie.pk))
    assert sessies[0].beurten == sessies[1].beurten
    assert client.get(reverse("oefenen:casus", kwargs={"persona": "onbekend", "seed": 1})).status_code == 404
