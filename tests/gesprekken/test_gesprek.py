"""Adding a conversation, confirming who is who, the feedback page and correcting a code."""

import re

from regie.apps.audit.models import Inzage
from regie.apps.gesprekken.models import Beurt, Gesprek, StatusGesprek

from .transcripten import GESPREK


def test_paste_then_confirm_speakers_codes_the_conversation(inloggen, klantmanager, maak_inwoner):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client = inloggen(klantmanager)
    pagina = client.get(f"/caseload/inwoners/{inwoner.pk}/gesprekken/nieuw/")
    assert "Transcript plakken" in pagina.content.decode()
    antwoord = client.post(
        f"/caseload/inwoners/{inwoner.pk}/gesprekken/nieuw/",
        {"datum": "2026-02-02", "soort": "transcript", "tekst": GESPREK},
    )
    gesprek = Gesprek.objects.get()
    assert antwoord["Location"] == f"/gesprekken/{gesprek.pk}/sprekers/"
    assert gesprek.status == StatusGesprek.SPREKERS_BEVESTIGEN and gesprek.beurten.count() == 14

    bevestigen = client.get(f"/gesprekken/{gesprek.pk}/sprekers/").content.decode()
    assert "Spreker “KM”" in bevestigen and "Goedemorgen Nadia, fijn dat je er bent" in bevestigen
    # The guesses from the labels are preselected.
    assert re.search(r'value="professional"[^>]*checked', bevestigen)

    client.post(f"/gesprekken/{gesprek.pk}/sprekers/", {"spreker_0": "professional", "spreker_1": "client"})
    gesprek.refresh_from_db()
    assert gesprek.status == StatusGesprek.GECODEERD and gesprek.taal == "nl"
    beurten = list(gesprek.beurten.order_by("volgorde"))
    assert [b.spreker for b in beurten[:2]] == ["professional", "client"]
    assert all(b.code for b in beurten)
    assert beurten[2].code == "Q"  # "Wat zou jij vandaag graag uit dit gesprek halen?"
    assert gesprek.aantal_vragen == sum(1 for b in beurten if b.code == "Q")


def test_speakers_must_include_both_roles(gecodeerd_gesprek, inloggen, klantmanager, maak_inwoner):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client = inloggen(klantmanager)
    client.post(
        f"/caseload/inwoners/{inwoner.pk}/gesprekken/nieuw/",
        {"datum": "2026-02-02", "soort": "transcript", "tekst": GESPREK},
    )
    gesprek = Gesprek.objects.get()
    antwoord = client.post(
        f"/gesprekken/{gesprek.pk}/sprekers/", {"spreker_0": "professional", "spreker_1": "professional"}
    )
    assert antwoord.status_code == 400
    assert "ten minste één spreker als professional en één als inwoner" in antwoord.content.decode()
    antwoord = client.post(f"/gesprekken/{gesprek.pk}/sprekers/", {"spreker_0": "professional"})
    assert "Kies wie Inwoner is." in antwoord.content.decode()
    gesprek.refresh_from_db()
    assert gesprek.status == StatusGesprek.SPREKERS_BEVESTIGEN
    assert not Beurt.objects.exclude(code="").exists()


def test_bad_upload_shows_message_next_to_field_and_saves_nothing(inloggen, klantmanager, maak_inwoner):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client = inloggen(klantmanager)
    url = f"/caseload/inwoners/{inwoner.pk}/gesprekken/nieuw/"
    antwoord = client.post(url, {"datum": "2026-02-02", "soort": "transcript", "tekst": "Alleen tekst zonder sprekers"})
    html = antwoord.content.decode()
    assert antwoord.status_code == 400
    assert 'aria-invalid="true"' in html and "zegt niet wie er spreekt" in html
    antwoord = client.post(url, {"datum": "2026-02-02", "soort": "transcript"})
    assert "Plak het transcript hier of kies hieronder een bestand." in antwoord.content.decode()
    antwoord = client.post(url, {"datum": "2026-02-02", "soort": "aantekeningen"})
    assert "Schrijf uw aantekeningen van het gesprek op." in antwoord.content.decode()
    antwoord = client.post(url, {"datum": "2999-01-01", "soort": "aantekeningen", "aantekeningen": "x"})
    assert antwoord.status_code == 400
    assert Gesprek.objects.count() == 0


def test_notes_without_transcript(inloggen, klantmanager, maak_inwoner):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client = inloggen(klantmanager)
    antwoord = client.post(
        f"/caseload/inwoners/{inwoner.pk}/gesprekken/nieuw/",
        {"datum": "2026-02-02", "soort": "aantekeningen", "aantekeningen": "Ze wil graag bij de bakkerij werken."},
    )
    gesprek = Gesprek.objects.get()
    assert gesprek.status == StatusGesprek.AANTEKENINGEN and gesprek.beurten.count() == 0
    pagina = client.get(antwoord["Location"]).content.decode()
    assert "Ze wil graag bij de bakkerij werken." in pagina and "Scores (MITI 4.2.1)" not in pagina


def test_feedback_page_scores_chart_transcript_and_suggestions(gecodeerd_gesprek, inloggen, klantmanager):
    gesprek = gecodeerd_gesprek()
    html = inloggen(klantmanager).get(f"/gesprekken/{gesprek.pk}/").content.decode()
    assert "Gesprek met Nadia Visser op 2 februari 2026" in html
    assert "Reflecties per vraag (R:Q)" in html and "Complexe reflecties" in html
    assert '<td class="utrecht-table__cell">2,0</td>' in html  # the 'goed' threshold of R:Q
    # Chart: an SVG with title, description and a table with the same numbers.
    assert "<svg" in html and '<title id="verloop-titel">Verandertaal en behoudtaal door het gesprek</title>' in html
    assert "Verandertaal en behoudtaal per deel van het gesprek" in html
    ct = sum(1 for b in gesprek.beurten.all() if b.code == "CT")
    per_deel = [int(n) for n in re.findall(r"<title>(?:begin|midden|eind): (\d+)× verandertaal</title>", html)]
    assert len(per_deel) == 3 and sum(per_deel) == ct
    # Every turn shows its code as text, not only as a colour.
    eerste_vraag = gesprek.beurten.get(volgorde=3)
    assert f"{eerste_vraag.code} · vraag" in html
    assert html.count('class="regie-beurt ') == 14
    assert html.count('<li class="utrecht-ordered-list__item">') >= 3  # three suggestions
    assert Inzage.objects.filter(
        actor=klantmanager, inwoner=gesprek.inwoner, onderdeel="gesprek en MI-feedback"
    ).exists()


def test_correcting_a_code_changes_the_scores_and_can_be_undone(gecodeerd_gesprek, inloggen, klantmanager):
    gesprek = gecodeerd_gesprek()
    client = inloggen(klantmanager)
    beurt = gesprek.beurten.get(volgorde=5)  # a reflection
    vragen_voor = gesprek.aantal_vragen
    nieuw = "Q" if beurt.code != "Q" else "SR"
    antwoord = client.post(f"/gesprekken/{gesprek.pk}/beurten/{beurt.pk}/code/", {"code": nieuw})
    assert antwoord["Location"].endswith("#beurt-5")
    beurt.refresh_from_db()
    gesprek.refresh_from_db()
    assert beurt.correctie == nieuw and beurt.definitieve_code == nieuw and beurt.gecorrigeerd_op
    assert gesprek.aantal_vragen == vragen_voor + (1 if nieuw == "Q" else -1)
    html = client.get(f"/gesprekken/{gesprek.pk}/").content.decode()
    assert "door u gecorrigeerd; Regie gaf" in html and "De scores tellen met 1 gecorrigeerde code." in html

    # With htmx only the turn comes back.
    antwoord = client.post(
        f"/gesprekken/{gesprek.pk}/beurten/{beurt.pk}/code/", {"code": beurt.code}, HTTP_HX_REQUEST="true"
    )
    assert antwoord.content.decode().lstrip().startswith("<li") and 'id="beurt-5"' in antwoord.content.decode()
    beurt.refresh_from_db()
    gesprek.refresh_from_db()
    assert beurt.correctie == "" and gesprek.aantal_vragen == vragen_voor


def test_code_of_the_other_speaker_is_refused(gecodeerd_gesprek, inloggen, klantmanager):
    gesprek = gecodeerd_gesprek()
    beurt = gesprek.beurten.get(volgorde=2)  # the inwoner
    antwoord = inloggen(klantmanager).post(
        f"/gesprekken/{gesprek.pk}/beurten/{beurt.pk}/code/", {"code": "Q"}, HTTP_HX_REQUEST="true"
    )
    assert antwoord.status_code == 400 and "Deze code hoort niet bij deze spreker." in antwoord.content.decode()
    beurt.refresh_from_db()
    assert beurt.correctie == ""


def test_export_of_corrections_is_pseudonymised_training_tsv(gecodeerd_gesprek, inloggen, klantmanager):
    gesprek = gecodeerd_gesprek()
    client = inloggen(klantmanager)
    assert client.get("/gesprekken/correcties.tsv").content.decode().splitlines() == [
        "conversation\tturn\tspeaker\ttext\tcode\tvoorspeld\tgecorrigeerd"
    ]
    beurt = gesprek.beurten.get(volgorde=1)
    client.post(f"/gesprekken/{gesprek.pk}/beurten/{beurt.pk}/code/", {"code": "AF" if beurt.code != "AF" else "GI"})
    regels = client.get("/gesprekken/correcties.tsv").content.decode().splitlines()
    assert len(regels) == 15
    kolommen = regels[1].split("\t")
    assert kolommen[:3] == [f"regie-{gesprek.pk}", "1", "professional"]
    assert kolommen[3] == "Goedemorgen [Inwoner], fijn dat je er bent. Ga zitten."
    assert kolommen[4] in ("AF", "GI") and kolommen[6] == "ja"
    assert "Jayden" not in "\n".join(regels) and "[Persoon 1]" in regels[6]
    # The export reads back with the engine's own transcript reader.
    from regie.mi.transcript import parse_transcript

    assert len(parse_transcript("\n".join(regels) + "\n").utterances) == 14
