"""The functioneel beheerder's own pages: staff, teams and wijken, with four eyes on rights and no way to escalate.

What a beheerder must not see or do is tested by page content and by the database afterwards, not only by status.
"""

import logging

import pytest
from django.core import mail
from django.urls import reverse

from regie.apps.accounts.models import Gebruiker, Gemeente, Rol, Rolwijziging, Team
from regie.apps.dossier.models import Wijk
from tests.conftest import WACHTWOORD, _gebruiker

pytestmark = pytest.mark.django_db


@pytest.fixture
def beheerder2(gemeente):
    return _gebruiker("beheerder2", Rol.FUNCTIONEEL_BEHEERDER, gemeente)


@pytest.fixture
def inwoneraccount(gemeente, maak_inwoner):
    inwoner = maak_inwoner(achternaam="Uitkeringsontvanger")
    account = _gebruiker("inwoner-jansen", Rol.INWONER, gemeente, last_name="Uitkeringsontvanger")
    inwoner.account = account
    inwoner.save(update_fields=["account"])
    return account


def _als(client, user):
    client.force_login(user)
    return client


# --- the Django admin is for technical superusers only


def test_beheerder_cannot_reach_the_django_admin_even_with_the_staff_flag(client, beheerder):
    assert beheerder.is_staff  # the old way in: it must no longer be enough
    _als(client, beheerder)
    for url in (
        "/django-admin/",
        "/django-admin/accounts/gebruiker/",
        f"/django-admin/accounts/gebruiker/{beheerder.pk}/change/",
    ):
        antwoord = client.get(url, follow=True)
        pagina = antwoord.content.decode()
        assert "Gebruikers en teams" not in pagina and 'name="is_superuser"' not in pagina, url
        assert antwoord.redirect_chain and "/django-admin/login/" in antwoord.redirect_chain[-1][0]
    # Logging in on the admin's own form does not help either.
    client.logout()
    antwoord = client.post(
        "/django-admin/login/?next=/django-admin/", {"username": "beheerder", "password": WACHTWOORD}, follow=True
    )
    assert "Gebruikers en teams" not in antwoord.content.decode()


def test_superuser_reaches_the_django_admin(client, gemeente):
    technisch = Gebruiker.objects.create_superuser("technisch", "t@example.org", WACHTWOORD)
    _als(client, technisch)
    assert "Gebruikers en teams" in client.get("/django-admin/").content.decode()


def test_the_old_admin_path_is_now_the_beheerders_own_pages(client, beheerder):
    pagina = _als(client, beheerder).get("/beheer/").content.decode()
    assert "Medewerkers" in pagina and "utrecht-page" in pagina
    menu = pagina.split('aria-label="Hoofdmenu"')[1].split("</nav>")[0]
    assert "/beheer/medewerkers/" in menu and "/beheer/teams/" in menu and "/beheer/wijken/" in menu
    assert "django-admin" not in pagina
    assert client.get("/")["Location"] == "/beheer/"


@pytest.mark.parametrize("rol", ["klantmanager", "krachtcoach", "teamleider"])
def test_other_roles_get_no_beheer_pages(client, request, rol):
    _als(client, request.getfixturevalue(rol))
    antwoord = client.get("/beheer/medewerkers/")
    assert antwoord.status_code == 403
    assert "Gebruikersnaam" not in antwoord.content.decode()


# --- no superuser rights, no own role, no inwoner accounts


def test_no_page_makes_anyone_superuser_or_staff(client, beheerder, klantmanager):
    _als(client, beheerder)
    for user in (beheerder, klantmanager):
        pagina = client.get(f"/beheer/medewerkers/{user.pk}/").content.decode()
        assert "is_superuser" not in pagina and "is_staff" not in pagina and "superuser" not in pagina.lower()
    verzoek = {"first_name": "Kees", "last_name": "K", "is_active": "on", "is_superuser": "on", "is_staff": "on"}
    client.post(f"/beheer/medewerkers/{klantmanager.pk}/", verzoek)
    client.post(f"/beheer/medewerkers/{beheerder.pk}/", verzoek)
    client.post(f"/beheer/medewerkers/{klantmanager.pk}/rechten/", {**verzoek, "rol": "klantmanager"})
    klantmanager.refresh_from_db()
    beheerder.refresh_from_db()
    assert klantmanager.first_name == "Kees"  # the allowed part of the form did work
    assert not klantmanager.is_superuser and not klantmanager.is_staff
    assert not beheerder.is_superuser and beheerder.first_name == "Beheerder"


def test_beheerder_cannot_change_their_own_role_or_account(client, beheerder, team):
    _als(client, beheerder)
    pagina = client.get(f"/beheer/medewerkers/{beheerder.pk}/").content.decode()
    assert "Dit is uw eigen account" in pagina and "/rechten/" not in pagina
    assert client.get(f"/beheer/medewerkers/{beheerder.pk}/rechten/").status_code == 403
    antwoord = client.post(
        f"/beheer/medewerkers/{beheerder.pk}/rechten/",
        {"rol": "klantmanager", "team": team.pk, "email": "b@example.org"},
    )
    assert antwoord.status_code == 403
    assert client.post(f"/beheer/medewerkers/{beheerder.pk}/", {"first_name": "X", "last_name": "Y"}).status_code == 403
    beheerder.refresh_from_db()
    assert beheerder.rol == Rol.FUNCTIONEEL_BEHEERDER and beheerder.team is None and beheerder.is_active
    assert not Rolwijziging.objects.exists()


def test_the_database_refuses_a_request_for_oneself_and_an_approval_by_the_requester(beheerder, beheerder2):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Rolwijziging.objects.create(gebruiker=beheerder, rol=Rol.KLANTMANAGER, aangevraagd_door=beheerder)
    wijziging = Rolwijziging.objects.create(gebruiker=beheerder2, rol=Rol.TEAMLEIDER, aangevraagd_door=beheerder)
    from django.utils import timezone

    with pytest.raises(IntegrityError), transaction.atomic():
        Rolwijziging.objects.filter(pk=wijziging.pk).update(
            status="goedgekeurd", behandeld_door=beheerder, behandeld_op=timezone.now()
        )


def test_inwoner_accounts_are_not_listed_not_editable_and_get_no_password_link(client, beheerder, inwoneraccount):
    _als(client, beheerder)
    lijst = client.get("/beheer/medewerkers/").content.decode()
    assert "inwoner-jansen" not in lijst and "Uitkeringsontvanger" not in lijst
    assert "inwoner-jansen" not in client.get("/beheer/medewerkers/?rol=inwoner").content.decode()
    assert "inwoner-jansen" not in client.get("/beheer/medewerkers/?zoek=jansen").content.decode()
    assert client.get(f"/beheer/medewerkers/{inwoneraccount.pk}/").status_code == 404
    assert client.get(f"/beheer/medewerkers/{inwoneraccount.pk}/rechten/").status_code == 404
    antwoord = client.post(f"/beheer/medewerkers/{inwoneraccount.pk}/wachtwoordlink/", {"huidig_ongeldig": "on"})
    assert antwoord.status_code == 404
    assert (
        client.post(f"/beheer/medewerkers/{inwoneraccount.pk}/", {"first_name": "X", "last_name": "Y"}).status_code
        == 404
    )
    inwoneraccount.refresh_from_db()
    assert inwoneraccount.check_password(WACHTWOORD) and inwoneraccount.first_name != "X"
    assert not mail.outbox


def test_superuser_accounts_are_out_of_reach_of_the_beheer_pages(client, beheerder, gemeente):
    technisch = Gebruiker.objects.create_superuser("technisch", "t@example.org", WACHTWOORD, gemeente=gemeente)
    _als(client, beheerder)
    assert "technisch" not in client.get("/beheer/medewerkers/").content.decode()
    assert client.post(f"/beheer/medewerkers/{technisch.pk}/wachtwoordlink/", {}).status_code == 404


def test_only_staff_of_the_own_municipality(client, beheerder):
    andere = Gemeente.objects.create(naam="Elders", cbs_code="GM9997")
    vreemde = _gebruiker("vreemde", Rol.KLANTMANAGER, andere, team=Team.objects.create(gemeente=andere, naam="T"))
    _als(client, beheerder)
    assert "vreemde" not in client.get("/beheer/medewerkers/").content.decode()
    assert client.get(f"/beheer/medewerkers/{vreemde.pk}/").status_code == 404


# --- four eyes


def test_a_role_change_by_one_beheerder_takes_effect_only_after_another_approves(
    client, beheerder, beheerder2, krachtcoach, team, maak_inwoner, caplog
):
    caplog.set_level(logging.INFO, logger="regie.beheer")
    maak_inwoner(achternaam="Teamgenoot")  # an inwoner of the team: visible to a klantmanager of that team
    _als(client, beheerder)
    antwoord = client.post(
        f"/beheer/medewerkers/{krachtcoach.pk}/rechten/",
        {"rol": "klantmanager", "team": team.pk, "email": "kc@example.org", "toelichting": "Overstap"},
    )
    assert antwoord.status_code == 302
    krachtcoach.refresh_from_db()
    assert krachtcoach.rol == Rol.KRACHTCOACH and krachtcoach.team is None  # not yet
    _als(client, krachtcoach)
    assert "Teamgenoot" not in client.get("/caseload/?weergave=team").content.decode()

    # The requester cannot approve it: no button, and a direct POST is refused.
    _als(client, beheerder)
    wijziging = Rolwijziging.objects.get()
    pagina = client.get("/beheer/rolwijzigingen/").content.decode()
    assert "Uw aanvraag: een andere beheerder besluit." in pagina
    assert f"/beheer/rolwijzigingen/{wijziging.pk}/goedkeuren/" not in pagina
    assert client.post(f"/beheer/rolwijzigingen/{wijziging.pk}/goedkeuren/").status_code == 403
    krachtcoach.refresh_from_db()
    assert krachtcoach.rol == Rol.KRACHTCOACH

    # The second beheerder approves: now it is in effect.
    _als(client, beheerder2)
    pagina = client.get("/beheer/rolwijzigingen/").content.decode()
    assert f"/beheer/rolwijzigingen/{wijziging.pk}/goedkeuren/" in pagina and "Overstap" in pagina
    assert client.post(f"/beheer/rolwijzigingen/{wijziging.pk}/goedkeuren/").status_code == 302
    krachtcoach.refresh_from_db()
    wijziging.refresh_from_db()
    assert krachtcoach.rol == Rol.KLANTMANAGER and krachtcoach.team == team and krachtcoach.email == "kc@example.org"
    assert wijziging.status == "goedgekeurd" and wijziging.behandeld_door == beheerder2
    assert wijziging.aangevraagd_door == beheerder and wijziging.behandeld_op is not None
    _als(client, krachtcoach)
    assert "Teamgenoot" in client.get("/caseload/?weergave=team").content.decode()

    # Logged: the history rows name who changed what, and there are log lines.
    omslag = krachtcoach.history.filter(rol=Rol.KLANTMANAGER).earliest("history_date")
    assert omslag.history_user == beheerder2 and omslag.team_id == team.pk
    assert wijziging.history.filter(history_user=beheerder).exists()
    regels = " | ".join(r.getMessage() for r in caplog.records if r.name == "regie.beheer")
    assert f"Rolwijziging {wijziging.pk} aangevraagd door beheerder: krachtcoach krijgt rol=klantmanager" in regels
    assert f"Rolwijziging {wijziging.pk} goedgekeurd door beheerder2 (aangevraagd door beheerder)" in regels


def test_a_rejected_change_never_takes_effect(client, beheerder, beheerder2, klantmanager):
    _als(client, beheerder)
    client.post(
        f"/beheer/medewerkers/{klantmanager.pk}/rechten/",
        {"rol": "teamleider", "team": klantmanager.team_id, "email": "km@example.org"},
    )
    wijziging = Rolwijziging.objects.get()
    _als(client, beheerder2)
    client.post(f"/beheer/rolwijzigingen/{wijziging.pk}/afwijzen/")
    # Approving after the rejection does nothing.
    client.post(f"/beheer/rolwijzigingen/{wijziging.pk}/goedkeuren/")
    klantmanager.refresh_from_db()
    wijziging.refresh_from_db()
    assert klantmanager.rol == Rol.KLANTMANAGER and wijziging.status == "afgewezen"


def test_a_change_to_a_beheerders_own_account_is_not_theirs_to_approve(client, beheerder, beheerder2):
    _als(client, beheerder2)
    client.post(f"/beheer/medewerkers/{beheerder.pk}/rechten/", {"rol": "klantmanager", "email": "x@example.org"})
    assert Rolwijziging.objects.filter(gebruiker=beheerder).exists() is False  # klantmanager needs a team
    team = Team.objects.create(gemeente=beheerder.gemeente, naam="Team West")
    client.post(
        f"/beheer/medewerkers/{beheerder.pk}/rechten/",
        {"rol": "klantmanager", "team": team.pk, "email": "x@example.org"},
    )
    wijziging = Rolwijziging.objects.get(gebruiker=beheerder)
    _als(client, beheerder)
    assert "Uw eigen account: een andere beheerder besluit." in client.get("/beheer/rolwijzigingen/").content.decode()
    assert client.post(f"/beheer/rolwijzigingen/{wijziging.pk}/goedkeuren/").status_code == 403
    beheerder.refresh_from_db()
    assert beheerder.rol == Rol.FUNCTIONEEL_BEHEERDER


def test_request_needs_a_team_for_team_roles_with_a_dutch_message(client, beheerder, krachtcoach):
    _als(client, beheerder)
    pagina = client.post(
        f"/beheer/medewerkers/{krachtcoach.pk}/rechten/", {"rol": "teamleider", "email": "x@example.org"}
    ).content.decode()
    assert "Een klantmanager of teamleider hoort bij een team." in pagina
    assert not Rolwijziging.objects.exists()


# --- new staff accounts and passwords


def test_new_staff_account_has_no_role_and_no_password_until_approved_and_set(
    client, beheerder, beheerder2, team, maak_inwoner
):
    maak_inwoner(achternaam="Teamgenoot")
    _als(client, beheerder)
    antwoord = client.post(
        "/beheer/medewerkers/nieuw/",
        {
            "username": "nieuwe.km",
            "first_name": "Nina",
            "last_name": "Nieuw",
            "email": "nina@example.org",
            "rol": "klantmanager",
            "team": team.pk,
            "is_superuser": "on",
        },
    )
    assert antwoord.status_code == 302
    nieuw = Gebruiker.objects.get(username="nieuwe.km")
    assert nieuw.rol == "" and not nieuw.has_usable_password() and not nieuw.is_superuser and not nieuw.is_staff
    assert Rolwijziging.objects.get(gebruiker=nieuw).status == "open"
    _als(client, nieuw)
    assert "Teamgenoot" not in client.get("/", follow=True).content.decode()

    _als(client, beheerder2)
    client.post(f"/beheer/rolwijzigingen/{Rolwijziging.objects.get(gebruiker=nieuw).pk}/goedkeuren/")
    # The set-password link goes to the staff member's e-mail; the beheerder's page never shows it.
    pagina = client.post(f"/beheer/medewerkers/{nieuw.pk}/wachtwoordlink/", follow=True).content.decode()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["nina@example.org"]
    link = next(regel for regel in mail.outbox[0].body.splitlines() if "/account/wachtwoord-instellen/" in regel)
    pad = link.split("testserver", 1)[1]
    assert pad not in pagina and "wachtwoord-instellen" not in pagina
    assert "naar het e-mailadres van Nina Nieuw gestuurd" in pagina

    client.logout()
    formulier = client.get(pad, follow=True)
    doel = formulier.redirect_chain[-1][0]
    zwak = client.post(doel, {"new_password1": "aaaaaaaaaaaa", "new_password2": "aaaaaaaaaaaa"})
    assert "te weinig verschillende tekens" in zwak.content.decode()
    klaar = client.post(doel, {"new_password1": "Fietsbel!Rivier7", "new_password2": "Fietsbel!Rivier7"})
    assert klaar.status_code == 302
    # Once only.
    assert "werkt niet (meer)" in client.get(pad, follow=True).content.decode()
    assert (
        client.post("/account/inloggen/", {"username": "nieuwe.km", "password": "Fietsbel!Rivier7"}).status_code == 302
    )
    assert "Teamgenoot" in client.get("/caseload/?weergave=team").content.decode()


def test_force_reset_makes_the_current_password_stop_working_and_ends_sessions(client, beheerder, klantmanager):
    from django.test import Client

    klantmanager.email = "km@example.org"
    klantmanager.save()
    sessie_km = Client()
    sessie_km.force_login(klantmanager)
    assert sessie_km.get("/caseload/").status_code == 200
    _als(client, beheerder)
    client.post(f"/beheer/medewerkers/{klantmanager.pk}/wachtwoordlink/", {"huidig_ongeldig": "on"})
    klantmanager.refresh_from_db()
    assert not klantmanager.has_usable_password()
    assert sessie_km.get("/caseload/").status_code == 302
    assert len(mail.outbox) == 1


def test_no_link_without_an_email_address(client, beheerder, klantmanager):
    _als(client, beheerder)
    pagina = client.post(f"/beheer/medewerkers/{klantmanager.pk}/wachtwoordlink/", follow=True).content.decode()
    assert "geen e-mailadres" in pagina and not mail.outbox


def test_reset_second_factor_of_a_colleague(client, beheerder, klantmanager):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=klantmanager, name="app", confirmed=True)
    _als(client, beheerder)
    client.post(f"/beheer/medewerkers/{klantmanager.pk}/tweede-factor/")
    assert not TOTPDevice.objects.filter(user=klantmanager).exists()
    TOTPDevice.objects.create(user=beheerder, name="app", confirmed=True)
    assert client.post(f"/beheer/medewerkers/{beheerder.pk}/tweede-factor/").status_code == 403
    assert TOTPDevice.objects.filter(user=beheerder).exists()


def test_deactivating_a_colleague_takes_effect_at_once(client, beheerder, klantmanager):
    _als(client, beheerder)
    client.post(f"/beheer/medewerkers/{klantmanager.pk}/", {"first_name": "K", "last_name": "M"})
    klantmanager.refresh_from_db()
    assert not klantmanager.is_active
    assert klantmanager.history.first().history_user == beheerder


# --- teams and wijken


def test_teams_and_wijken_are_managed_with_history(client, beheerder, team, wijk):
    _als(client, beheerder)
    client.post("/beheer/teams/", {"naam": "Team Oost"})
    nieuw = Team.objects.get(naam="Team Oost")
    assert nieuw.gemeente == beheerder.gemeente and nieuw.history.first().history_user == beheerder
    client.post(f"/beheer/teams/{team.pk}/", {"naam": "Team Noordwest"})
    team.refresh_from_db()
    assert team.naam == "Team Noordwest"
    assert "Er is al een team met deze naam." in client.post("/beheer/teams/", {"naam": "team oost"}).content.decode()

    client.post("/beheer/wijken/", {"naam": "Haven", "code": "wk999802"})
    haven = Wijk.objects.get(naam="Haven")
    assert haven.code == "WK999802" and haven.history.first().history_user == beheerder
    assert (
        "Een wijkcode is WK met zes cijfers"
        in client.post("/beheer/wijken/", {"naam": "X", "code": "12"}).content.decode()
    )
    client.post(f"/beheer/wijken/{wijk.pk}/", {"naam": "Binnenstad", "code": wijk.code})
    wijk.refresh_from_db()
    assert wijk.naam == "Binnenstad"
    pagina = client.get("/beheer/wijken/").content.decode()
    assert "Binnenstad" in pagina and "Haven" in pagina


def test_teams_and_wijken_of_another_municipality_are_out_of_reach(client, beheerder):
    andere = Gemeente.objects.create(naam="Elders", cbs_code="GM9997")
    vreemd_team = Team.objects.create(gemeente=andere, naam="Vreemd team")
    vreemde_wijk = Wijk.objects.create(gemeente=andere, naam="Vreemde wijk", code="WK999701")
    _als(client, beheerder)
    assert "Vreemd team" not in client.get("/beheer/teams/").content.decode()
    assert client.get(f"/beheer/teams/{vreemd_team.pk}/").status_code == 404
    assert client.post(f"/beheer/wijken/{vreemde_wijk.pk}/", {"naam": "Gekaapt", "code": "WK999701"}).status_code == 404
    vreemde_wijk.refresh_from_db()
    assert vreemde_wijk.naam == "Vreemde wijk"


def test_after_login_the_beheerder_lands_on_the_regie_start_page_with_every_beheer_page(client, beheerder):
    antwoord = client.post(
        "/account/inloggen/", {"username": "beheerder", "password": WACHTWOORD}, REMOTE_ADDR="10.0.0.1", follow=True
    )
    assert antwoord.redirect_chain[-1][0] == "/beheer/"
    pagina = antwoord.content.decode()
    inhoud = pagina.split("<main")[1]
    for naam in (
        "beheer:medewerkers",
        "beheer:teams",
        "beheer:wijken",
        "beheer:rolwijzigingen",
        "koppelingen:applicaties",
        "inkomen:herberekeningen",
        "participatie:plekken",
    ):
        assert f'href="{reverse(naam)}"' in inhoud, naam
    assert "django-admin" not in pagina
