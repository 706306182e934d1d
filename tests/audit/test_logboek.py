"""What one log entry holds, where the request details come from, and which pages and writes leave an entry."""

import re
from datetime import date

import pytest
from django.test import RequestFactory, override_settings

from regie.apps.audit.context import client_ip, lees_traceparent
from regie.apps.audit.models import Inzage, Resultaat
from regie.apps.audit.register import CATEGORIEEN, afleiden, register
from regie.apps.audit.services import log_inzage, log_verwerking, pseudoniem
from regie.apps.dossier.models import Contactmoment, SoortContact

pytestmark = pytest.mark.django_db

TRACEPARENT = "00-4bf92f3577b34da6a3ce929899e86aa1-00f067aa0ba902b7-01"


def test_entry_names_actor_role_organisation_action_category_activity_and_pseudonym(klantmanager, maak_inwoner):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    rij = log_verwerking(
        actor=klantmanager,
        actie="lezen",
        categorie=["financieel", "huishouden"],
        activiteit="rechtmatigheid",
        onderdeel="test",
        inwoner_id=inwoner.pk,
    )
    rij = Inzage.objects.get(pk=rij.pk)
    assert (rij.actor, rij.actor_rol, rij.organisatie) == (klantmanager, "klantmanager", "Team Noord")
    assert (rij.actie, rij.categorie, rij.activiteit) == ("lezen", "financieel,huishouden", "rechtmatigheid")
    assert rij.pseudoniem == pseudoniem(inwoner.pk) and len(rij.pseudoniem) == 64
    assert inwoner.bsn not in rij.pseudoniem and str(inwoner.pk) != rij.pseudoniem
    assert rij.resultaat == Resultaat.GETOOND and rij.tijdstip is not None
    assert rij.volgnummer >= 1 and len(rij.hash) == 64


def test_krachtcoach_organisation_is_their_partner_organisation(krachtcoach):
    rij = log_verwerking(actor=krachtcoach, categorie="participatie", activiteit="participatie", onderdeel="x")
    assert rij.organisatie == "Buurtkracht"


def test_pseudonym_is_keyed(settings):
    settings.REGIE_LOGBOEK_SLEUTEL = "sleutel-een"
    een = pseudoniem(42)
    settings.REGIE_LOGBOEK_SLEUTEL = "sleutel-twee"
    assert pseudoniem(42) != een
    assert pseudoniem(43) != pseudoniem(42)


def test_unknown_activity_category_or_action_is_refused(klantmanager):
    with pytest.raises(ValueError, match="verwerkingsactiviteit"):
        log_verwerking(actor=klantmanager, activiteit="nieuwsgierigheid", onderdeel="x")
    with pytest.raises(ValueError, match="gegevenscategorie"):
        log_verwerking(actor=klantmanager, categorie="schoenmaat", activiteit="begeleiding", onderdeel="x")
    with pytest.raises(ValueError, match="actie"):
        log_verwerking(actor=klantmanager, actie="kijken", activiteit="begeleiding", onderdeel="x")


def test_register_has_every_activity_with_a_legal_basis_and_every_category_in_words():
    reg = register()
    for code in ("rechtmatigheid", "begeleiding", "participatie", "leren", "beheer", "rechten"):
        assert reg.activiteit(code).grondslag.startswith("AVG art. 6")
    assert all(reg.categorie_in_woorden(c) != c for c in CATEGORIEEN)


def test_a_municipality_can_bring_its_own_register_and_a_broken_one_is_named(tmp_path, settings):
    from django.core.exceptions import ImproperlyConfigured

    eigen = tmp_path / "register.toml"
    eigen.write_text('[activiteiten.rechtmatigheid]\nnaam = "Alleen dit"\ngrondslag = "AVG"\n', encoding="utf-8")
    settings.REGIE_VERWERKINGSREGISTER = str(eigen)
    with pytest.raises(ImproperlyConfigured, match="mist de activiteiten: begeleiding"):
        register()


def test_old_call_sites_get_categories_and_activity_from_what_they_named(klantmanager, krachtcoach):
    assert afleiden("rechtmatigheid: inkomen", "klantmanager") == (("financieel",), "rechtmatigheid")
    assert afleiden("plan: doelen, stappen", "krachtcoach") == (("plan",), "participatie")
    rij = log_inzage(actor=klantmanager, inwoner_id=7, onderdeel="gesprek en MI-feedback")
    assert (rij.categorie, rij.activiteit, rij.actie) == ("gesprekken", "leren", "lezen")


# --- Request context: IP, session, trace id.


def test_traceparent_is_parsed_and_invalid_ones_are_ignored():
    assert lees_traceparent(TRACEPARENT) == ("4bf92f3577b34da6a3ce929899e86aa1", "00f067aa0ba902b7")
    assert lees_traceparent("00-" + "0" * 32 + "-00f067aa0ba902b7-01") is None
    assert lees_traceparent("ff-4bf92f3577b34da6a3ce929899e86aa1-00f067aa0ba902b7-01") is None
    assert lees_traceparent("00-xyz-00f067aa0ba902b7-01") is None
    assert lees_traceparent("") is None


def test_dossier_read_carries_ip_session_hash_and_the_callers_trace_id(maak_inwoner, klantmanager, client):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client.force_login(klantmanager)
    antwoord = client.get(f"/caseload/inwoners/{inwoner.pk}/", HTTP_TRACEPARENT=TRACEPARENT)
    assert antwoord.status_code == 200
    rij = Inzage.objects.get(inwoner_id=inwoner.pk)
    assert rij.trace_id == "4bf92f3577b34da6a3ce929899e86aa1"
    assert antwoord["X-Trace-Id"] == rij.trace_id
    assert re.fullmatch(r"00-4bf92f3577b34da6a3ce929899e86aa1-[0-9a-f]{16}-01", antwoord["traceresponse"])
    assert rij.ip == "127.0.0.1"
    sessiesleutel = client.session.session_key
    assert len(rij.sessie) == 64 and sessiesleutel not in rij.sessie
    assert (rij.categorie, rij.activiteit) == ("contact,contactnotities,huishouden,identificatie", "begeleiding")


def test_without_traceparent_a_trace_id_is_generated_and_returned(maak_inwoner, klantmanager, client):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client.force_login(klantmanager)
    antwoord = client.get(f"/caseload/inwoners/{inwoner.pk}/", HTTP_TRACEPARENT="onzin")
    rij = Inzage.objects.get(inwoner_id=inwoner.pk)
    assert re.fullmatch(r"[0-9a-f]{32}", rij.trace_id) and antwoord["X-Trace-Id"] == rij.trace_id


def test_forwarded_for_counts_only_behind_a_trusted_proxy():
    fabriek = RequestFactory()
    verzoek = fabriek.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="203.0.113.9, 10.0.0.4")
    with override_settings(REGIE_VERTROUWDE_PROXIES=[]):
        assert client_ip(verzoek) == "10.0.0.5"  # nobody trusted: the header is ignored
    with override_settings(REGIE_VERTROUWDE_PROXIES=["10.0.0.0/24"]):
        assert client_ip(verzoek) == "203.0.113.9"
    vervalst = fabriek.get("/", REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="1.2.3.4")
    with override_settings(REGIE_VERTROUWDE_PROXIES=["10.0.0.0/24"]):
        assert client_ip(vervalst) == "198.51.100.7"  # a client cannot choose its own address
    onzin = fabriek.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="geen-adres")
    with override_settings(REGIE_VERTROUWDE_PROXIES=["10.0.0.0/24"]):
        assert client_ip(onzin) == "10.0.0.5"


# --- Lists, searches and exports.


def test_caseload_list_and_team_view_are_logged(maak_inwoner, klantmanager, client):
    for _ in range(3):
        maak_inwoner(klantmanager=klantmanager)
    client.force_login(klantmanager)
    client.get("/caseload/")
    client.get("/caseload/?weergave=team")
    rijen = list(Inzage.objects.order_by("volgnummer"))
    assert [r.onderdeel for r in rijen] == [
        "caseload: 3 van 3 inwoners, pagina 1",
        "teamcaseload: 3 van 3 inwoners, pagina 1",
    ]
    assert all(r.actie == "lezen" and r.categorie == "contact,identificatie" and r.inwoner_id is None for r in rijen)


def test_bsn_search_is_logged_against_the_found_inwoner_never_with_the_bsn(maak_inwoner, klantmanager, client):
    gezocht = maak_inwoner(klantmanager=klantmanager)
    maak_inwoner(klantmanager=klantmanager)
    client.force_login(klantmanager)
    antwoord = client.get("/caseload/", {"zoek": gezocht.bsn})
    assert gezocht.achternaam in antwoord.content.decode()
    rij = Inzage.objects.get()
    assert rij.actie == "zoeken" and rij.onderdeel == "caseload zoeken op bsn: 1 gevonden"
    assert rij.pseudoniem == pseudoniem(gezocht.pk)
    opgeslagen = " ".join(str(v) for v in Inzage.objects.values_list().get())
    assert gezocht.bsn not in opgeslagen


def test_name_search_stores_the_kind_not_the_name(maak_inwoner, klantmanager, client):
    maak_inwoner(klantmanager=klantmanager, achternaam="Vermeulen")
    client.force_login(klantmanager)
    client.get("/caseload/", {"zoek": "Vermeulen"})
    rij = Inzage.objects.get()
    assert rij.onderdeel == "caseload zoeken op naam: 1 gevonden" and "Vermeulen" not in rij.onderdeel


def test_werklijst_is_logged(klantmanager, client):
    client.force_login(klantmanager)
    assert client.get("/werklijst/").status_code == 200
    rij = Inzage.objects.get()
    assert rij.onderdeel.startswith("werklijst") and rij.activiteit == "begeleiding"


def test_corrections_export_is_logged_as_an_export(klantmanager, client):
    client.force_login(klantmanager)
    assert client.get("/gesprekken/correcties.tsv").status_code == 200
    rij = Inzage.objects.get()
    assert (rij.actie, rij.categorie, rij.activiteit) == ("exporteren", "gesprekken", "leren")


# --- Writes.


def test_a_write_through_a_page_is_logged_once_with_its_category(maak_inwoner, klantmanager, client):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client.force_login(klantmanager)
    antwoord = client.post(
        f"/caseload/inwoners/{inwoner.pk}/contactmomenten/",
        {"datum": "2025-03-04", "soort": SoortContact.GESPREK, "duur_minuten": 30, "samenvatting": "Goed gesprek"},
    )
    assert antwoord.status_code == 302
    assert Contactmoment.objects.filter(inwoner=inwoner).count() == 1
    aanmaak = Inzage.objects.get(actie="aanmaken")
    assert (aanmaak.categorie, aanmaak.activiteit, aanmaak.inwoner_id) == ("contactnotities", "begeleiding", inwoner.pk)
    assert aanmaak.pseudoniem == pseudoniem(inwoner.pk) and aanmaak.trace_id


def test_a_household_with_members_is_one_entry_per_action(maak_inwoner, klantmanager, client):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client.force_login(klantmanager)
    gegevens = {
        "samenstelling": "gehuwd",
        "ingangsdatum": "2025-02-01",
        "lid-TOTAL_FORMS": "2",
        "lid-INITIAL_FORMS": "0",
        "lid-MIN_NUM_FORMS": "0",
        "lid-MAX_NUM_FORMS": "20",
        "lid-0-relatie": "partner",
        "lid-0-voornaam": "Sam",
        "lid-0-geboortedatum": "1984-01-01",
        "lid-1-relatie": "kind",
        "lid-1-voornaam": "Kim",
        "lid-1-geboortedatum": "2015-01-01",
    }
    antwoord = client.post(f"/caseload/inwoners/{inwoner.pk}/huishouden/", gegevens)
    assert antwoord.status_code == 302, antwoord.content.decode()[:500]
    schrijven = Inzage.objects.filter(actie__in=["aanmaken", "wijzigen"], categorie="huishouden")
    # the running household is closed (a change) and a new one with two members made (one creation)
    assert sorted(schrijven.values_list("actie", flat=True)) == ["aanmaken", "wijzigen"]


def test_writes_outside_a_request_are_not_a_users_processing(maak_inwoner, klantmanager):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    Contactmoment.objects.create(
        inwoner=inwoner, medewerker=klantmanager, datum=date(2025, 1, 2), soort=SoortContact.GESPREK, duur_minuten=5
    )
    assert not Inzage.objects.exists()


# --- The Django admin.


def test_admin_pages_with_personal_data_are_logged(gemeente, maak_inwoner, client, django_user_model):
    from tests.conftest import _gebruiker

    superuser = _gebruiker("technisch", "functioneel_beheerder", gemeente, is_staff=True, is_superuser=True)
    account = _gebruiker("inwoneraccount", "inwoner", gemeente)
    inwoner = maak_inwoner(account=account)
    client.force_login(superuser)
    assert client.get("/django-admin/accounts/gebruiker/").status_code == 200
    assert client.get(f"/django-admin/accounts/gebruiker/{account.pk}/change/").status_code == 200
    lijst, detail = Inzage.objects.order_by("volgnummer")
    assert (lijst.activiteit, lijst.categorie, lijst.inwoner_id) == ("beheer", "contact,identificatie", None)
    assert lijst.onderdeel == "beheer: gebruiker changelist"
    assert (detail.onderdeel, detail.inwoner_id) == ("beheer: gebruiker change", inwoner.pk)
    assert detail.pseudoniem == pseudoniem(inwoner.pk)


def test_an_id_beyond_the_database_range_is_logged_by_pseudonym(klantmanager):
    reusachtig = 10**30
    rij = log_inzage(actor=klantmanager, inwoner_id=reusachtig, onderdeel="dossier", resultaat=Resultaat.GEWEIGERD)
    rij = Inzage.objects.get(pk=rij.pk)
    assert rij.inwoner_id is None and rij.pseudoniem == pseudoniem(reusachtig)
