"""The production smoke test's second factor (scripts/rooktest_productie.py): its TOTP code is the one django-otp
accepts, it gives the code once against the real verify page, it copes with a code already used in the same 30-second
step, and it reports a wrong key. The whole smoke test runs in CI (scripts/rooktest-productie.sh); these cases run it
piecewise against a live server with the second factor on."""

import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import WACHTWOORD

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import rooktest_productie as rooktest  # noqa: E402

RFC_SLEUTEL = b"12345678901234567890".hex()


@pytest.mark.parametrize(
    ("moment", "code"),
    # RFC 6238 appendix B, SHA-1, the last 6 of the 8 digits given there.
    [(59, "287082"), (1111111109, "081804"), (1111111111, "050471"), (1234567890, "005924"), (2000000000, "279037")],
)
def test_totp_code_is_rfc_6238(moment, code):
    assert rooktest.totp_code(RFC_SLEUTEL, moment) == code


def test_totp_code_equals_django_otp_for_a_device_key():
    sleutel = TOTPDevice(name="app").key  # django-otp's own random key, stored as hex
    for moment in (0, 29.9, 30, 1_700_000_000, 1_700_000_029, time.time()):
        verwacht = TOTP(bytes.fromhex(sleutel), step=30, t0=0, digits=6)
        verwacht.time = moment
        assert rooktest.totp_code(sleutel, moment) == f"{verwacht.token():06d}"


def test_a_key_that_is_not_hex_is_a_clear_failure():
    with pytest.raises(rooktest.Fout, match="hexadecimale"):
        rooktest.totp_code("JBSWY3DPEHPK3PXP")


def test_personal_data_is_found_also_when_escaped():
    rooktest.geen_persoonsgegevens(["<p>Vul uw code in</p>"], ["Jansen, Piet", "123456782"], "hier")
    with pytest.raises(rooktest.Fout, match="Jansen, Piet"):
        rooktest.geen_persoonsgegevens(["<td>Jansen, Piet</td>"], ["Jansen, Piet"], "hier")
    with pytest.raises(rooktest.Fout, match="O'Brien"):
        rooktest.geen_persoonsgegevens(["<a>O&#x27;Brien, Kees</a>"], ["O'Brien, Kees"], "hier")


@pytest.fixture
def server(live_server, settings, klantmanager, maak_inwoner):
    settings.REGIE_TWEEDE_FACTOR = True
    inwoner = maak_inwoner(klantmanager=klantmanager, achternaam="Rooktestnaam", voornamen="Anna")
    apparaat = TOTPDevice.objects.create(user=klantmanager, name="Rooktest", key="5c" * 20, confirmed=True)
    return live_server.url, apparaat, inwoner


def _met_wachtwoord(basis: str) -> rooktest.Sessie:
    s = rooktest.Sessie(basis, https=False)
    _, _, inlogpagina = s.vraag("/account/inloggen/")
    rooktest.inloggen(s, "klantmanager", WACHTWOORD, inlogpagina)
    return s


def _codepagina(s: rooktest.Sessie) -> str:
    status, kop, inhoud = s.vraag("/caseload/")
    assert status == 302
    assert kop["Location"].startswith(rooktest.CODEPAGINA + "?next=")
    assert "Rooktestnaam" not in inhoud
    status, _, pagina = s.vraag(kop["Location"])
    assert status == 200 and 'name="code"' in pagina
    assert "Rooktestnaam" not in pagina
    return pagina


def _klok_die_niet_wacht(monkeypatch) -> list[float]:
    """The script's clock: a wait moves it on at once instead of sleeping up to half a minute; only the second the
    server wants between two codes really passes (django-otp's throttle after a refused code)."""
    verschoven: list[float] = []

    def slapen(seconden: float) -> None:
        verschoven.append(seconden)
        time.sleep(1.1)

    klok = SimpleNamespace(time=lambda: time.time() + sum(verschoven) - 1.1 * len(verschoven), sleep=slapen)
    monkeypatch.setattr(rooktest, "time", klok)
    return verschoven


def _niet_vlak_voor_een_nieuwe_stap():
    # The cases below set up a device for the current step; a step boundary in between would change what they test.
    rest = rooktest.TOTP_STAP - time.time() % rooktest.TOTP_STAP
    if rest < 5:
        time.sleep(rest + 0.2)


@pytest.mark.django_db(transaction=True)
def test_the_code_opens_the_caseload_after_the_password(server):
    basis, apparaat, inwoner = server
    s = _met_wachtwoord(basis)
    codepagina = _codepagina(s)
    assert rooktest.tweede_factor(s, apparaat.key, codepagina, "/caseload/") == "tweede factor: TOTP-code aanvaard"
    status, _, pagina = s.vraag("/caseload/")
    assert status == 200 and "Rooktestnaam, Anna" in pagina
    assert rooktest.namen_in_caseload(pagina) == ["Rooktestnaam, Anna"]
    apparaat.refresh_from_db()
    assert apparaat.last_t == int(time.time()) // 30 or apparaat.last_t == int(time.time()) // 30 - 1


@pytest.mark.django_db(transaction=True)
def test_a_code_already_used_in_this_step_is_refused_and_the_next_steps_code_given_once(server, monkeypatch):
    basis, apparaat, _ = server
    _niet_vlak_voor_een_nieuwe_stap()
    apparaat.last_t = int(time.time()) // 30  # an earlier run used this step's code
    apparaat.save()

    verschoven = _klok_die_niet_wacht(monkeypatch)
    s = _met_wachtwoord(basis)
    uitkomst = rooktest.tweede_factor(s, apparaat.key, _codepagina(s), "/caseload/")

    assert uitkomst == "tweede factor: TOTP-code aanvaard (die van de volgende stap; de vorige was al gebruikt)"
    assert len(verschoven) == 1 and 1.5 < verschoven[0] <= 31.5
    apparaat.refresh_from_db()
    assert apparaat.last_t == int(time.time()) // 30 + 1
    assert s.vraag("/caseload/")[0] == 200


@pytest.mark.django_db(transaction=True)
def test_a_wrong_key_fails_after_one_more_try_and_serves_nothing(server, monkeypatch):
    basis, apparaat, _ = server
    verschoven = _klok_die_niet_wacht(monkeypatch)
    s = _met_wachtwoord(basis)
    with pytest.raises(rooktest.Fout, match="ook die van de volgende stap"):
        rooktest.tweede_factor(s, "00" * 20, _codepagina(s), "/caseload/")
    assert len(verschoven) == 1
    status, kop, inhoud = s.vraag("/caseload/")
    assert status == 302 and kop["Location"].startswith(rooktest.CODEPAGINA)
    assert "Rooktestnaam" not in inhoud
