"""The permission module: the role × category table, scope, consent and what the inwoner shares."""

from datetime import date
from pathlib import Path

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from regie.apps.accounts import permissions
from regie.apps.accounts.models import Rol
from regie.apps.accounts.permissions import Actie, Categorie, Taak, Voorwaarde, mag
from regie.apps.dossier.models import Inwoner, Toewijzing

DOCS = Path(__file__).resolve().parents[2] / "docs" / "architecture.md"

ZELDEN_GEVOELIG = (
    Categorie.IDENTIFICATIE,
    Categorie.FINANCIEEL,
    Categorie.GEZONDHEID,
    Categorie.JUSTITIE,
    Categorie.MIDDELENGEBRUIK,
    Categorie.HUISHOUDEN,
)


def test_docs_print_the_table_from_the_code():
    assert permissions.als_markdown() in DOCS.read_text(encoding="utf-8")


def test_every_category_has_a_rule_for_every_role():
    for categorie in Categorie:
        assert set(permissions.BELEID[categorie]) == set(Rol), categorie
    for taak in Taak:
        assert taak in permissions.TAKEN


@pytest.mark.parametrize("categorie", ZELDEN_GEVOELIG)
def test_krachtcoach_never_reads_sensitive_categories(categorie):
    assert permissions.BELEID[categorie][Rol.KRACHTCOACH] == permissions.GEEN


def test_krachtcoach_does_not_record_consent():
    assert permissions.BELEID[Categorie.TOESTEMMING][Rol.KRACHTCOACH].wijzigen is None
    assert permissions.BELEID[Categorie.TOESTEMMING][Rol.KLANTMANAGER].wijzigen == Voorwaarde.ALTIJD


@pytest.fixture
def toegewezen(maak_inwoner, klantmanager, krachtcoach):
    return maak_inwoner(klantmanager=klantmanager, krachtcoach=krachtcoach)


def test_scope_team_assignment_and_self(
    toegewezen, klantmanager, collega_ander_team, krachtcoach, teamleider, beheerder
):
    assert mag(klantmanager, Actie.LEZEN, Categorie.FINANCIEEL, toegewezen)
    assert mag(teamleider, Actie.LEZEN, Categorie.FINANCIEEL, toegewezen)
    assert not mag(teamleider, Actie.WIJZIGEN, Categorie.FINANCIEEL, toegewezen)
    assert not mag(collega_ander_team, Actie.LEZEN, Categorie.CONTACT, toegewezen)
    assert mag(krachtcoach, Actie.LEZEN, Categorie.CONTACT, toegewezen)
    assert not mag(krachtcoach, Actie.LEZEN, Categorie.IDENTIFICATIE, toegewezen)
    assert not mag(krachtcoach, Actie.LEZEN, Categorie.FINANCIEEL, toegewezen)
    assert not mag(beheerder, Actie.LEZEN, Categorie.CONTACT, toegewezen)


def test_ended_assignment_ends_the_krachtcoach_scope(toegewezen, krachtcoach):
    Toewijzing.objects.filter(medewerker=krachtcoach).update(tot=date(2024, 6, 30))
    assert not mag(krachtcoach, Actie.LEZEN, Categorie.CONTACT, toegewezen)
    assert not Inwoner.objects.zichtbaar_voor(krachtcoach).exists()


def test_one_is_active_rule(toegewezen, klantmanager):
    klantmanager.is_active = False
    assert not mag(klantmanager, Actie.LEZEN, Categorie.CONTACT, toegewezen)
    assert not Inwoner.objects.zichtbaar_voor(klantmanager).exists()


def test_participation_needs_consent_for_the_krachtcoach(toegewezen, krachtcoach):
    from regie.apps.participatie.models import Participatieprofiel

    assert not mag(krachtcoach, Actie.LEZEN, Categorie.PARTICIPATIE, toegewezen)
    Participatieprofiel.objects.create(inwoner=toegewezen, toestemming=True)
    assert mag(krachtcoach, Actie.LEZEN, Categorie.PARTICIPATIE, toegewezen)
    assert Inwoner.objects.zichtbaar_voor(krachtcoach, Categorie.PARTICIPATIE).get() == toegewezen


def test_inwoner_sees_only_themself(maak_inwoner, maak_account, klantmanager, toegewezen):
    account = maak_account()
    eigen = maak_inwoner(klantmanager=klantmanager, account=account)
    assert mag(account, Actie.LEZEN, Categorie.FINANCIEEL, eigen)
    assert not mag(account, Actie.LEZEN, Categorie.CONTACT, toegewezen)
    assert list(Inwoner.objects.zichtbaar_voor(account)) == [eigen]


def test_tasks_per_role(klantmanager, krachtcoach, teamleider, beheerder):
    assert permissions.mag_taak(klantmanager, Taak.WERKLIJST)
    assert not permissions.mag_taak(krachtcoach, Taak.WERKLIJST)
    assert permissions.mag_taak(teamleider, Taak.LEERTRENDS)
    assert permissions.mag_taak(beheerder, Taak.HERBEREKENING)
    assert not permissions.mag_taak(beheerder, Taak.CASELOAD)


def test_template_tag_asks_the_module(toegewezen, klantmanager, krachtcoach):
    sjabloon = Template('{% load toegang %}{% mag inwoner "financieel" as toont %}{% if toont %}GELD{% endif %}')
    for user, verwacht in ((klantmanager, "GELD"), (krachtcoach, "")):
        request = RequestFactory().get("/")
        request.user = user
        assert sjabloon.render(Context({"request": request, "inwoner": toegewezen})) == verwacht
