"""Production smoke test over HTTP: Regie behind gunicorn answers as a municipality's users would see it.

    REGIE_ROOKTEST_TOTP_SLEUTEL=<hex> python scripts/rooktest_productie.py http://127.0.0.1:8000 \
        [--gebruiker klantmanager --wachtwoord ...]

Checks, each must answer exactly as expected or the script exits with 1 and says what failed:
production mode is on (plain HTTP is redirected to HTTPS, HSTS is sent), the login page, logging in (CSRF token and
session cookie), the second factor (after the password alone the caseload is not served but redirected to the code
page, without any inwoner's name or BSN; then the TOTP code of the account's authenticator), the caseload, a
dossier, adding a contact moment and seeing it in the dossier, every stylesheet and script the dossier page links to,
and finally a second session with the password alone, which gets neither that dossier nor a BSN search.

The second factor needs the key of a confirmed TOTP device of the account, as hex, as django-otp stores it
(``REGIE_ROOKTEST_TOTP_SLEUTEL`` or ``--totp-sleutel``); scripts/rooktest-productie.sh gives the demo klantmanager one
with a fresh key on every run. Without a key the script expects a server with the second factor off.

A TLS proxy is simulated with ``X-Forwarded-Proto: https``; the secure cookies are therefore handled here instead of
by a cookie jar, which would not send them over plain HTTP.

Uses only the standard library, so it runs on a bare server.
"""

import argparse
import hashlib
import hmac
import html
import os
import re
import struct
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import date
from http.cookies import SimpleCookie

CODEPAGINA = "/account/tweede-factor/controleren/"
TOTP_STAP = 30  # seconds; django-otp's TOTPDevice defaults (step 30, t0 0, 6 digits)
TOTP_CIJFERS = 6


class Fout(Exception):
    pass


def totp_code(sleutel_hex: str, moment: float | None = None) -> str:
    """The TOTP code (RFC 6238: HMAC-SHA1 over the 30-second step, dynamic truncation, 6 digits) for a key as
    django-otp stores it (hex)."""
    try:
        sleutel = bytes.fromhex(sleutel_hex)
    except ValueError:
        raise Fout("de TOTP-sleutel is geen hexadecimale tekst") from None
    stap = int(time.time() if moment is None else moment) // TOTP_STAP
    digest = hmac.new(sleutel, struct.pack(">Q", stap), hashlib.sha1).digest()
    begin = digest[-1] & 0x0F
    getal = struct.unpack(">I", digest[begin : begin + 4])[0] & 0x7FFFFFFF
    return f"{getal % 10**TOTP_CIJFERS:0{TOTP_CIJFERS}d}"


class GeenDoorsturen(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Sessie:
    """A browser in a few lines: cookies (secure ones too), HTTPS as seen by the proxy, no automatic redirects."""

    def __init__(self, basis: str, https: bool = True, timeout: float = 30):
        self.basis = basis.rstrip("/")
        self.host = urllib.parse.urlsplit(self.basis).netloc
        self.https = https  # behind a TLS proxy, as in production
        self.timeout = timeout
        self.cookies: dict[str, str] = {}
        self.opener = urllib.request.build_opener(GeenDoorsturen)

    def vraag(self, pad: str, data: dict | None = None, https: bool | None = None) -> tuple[int, dict, str]:
        https = self.https if https is None else https
        kop = {"User-Agent": "regie-rooktest"}
        if https:
            kop["X-Forwarded-Proto"] = "https"
        if self.cookies:
            kop["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data).encode()
            kop["Content-Type"] = "application/x-www-form-urlencoded"
            # Django checks the origin of a form posted over HTTPS.
            schema = "https" if https else urllib.parse.urlsplit(self.basis).scheme
            kop["Origin"] = f"{schema}://{self.host}"
            kop["Referer"] = f"{schema}://{self.host}{pad}"
        verzoek = urllib.request.Request(self.basis + pad, data=body, headers=kop)  # noqa: S310 (our own server)
        try:
            antwoord = self.opener.open(verzoek, timeout=self.timeout)
        except urllib.error.HTTPError as fout:
            antwoord = fout
        for waarde in antwoord.headers.get_all("Set-Cookie") or []:
            koek = SimpleCookie()
            koek.load(waarde)
            for naam, morsel in koek.items():
                self.cookies[naam] = morsel.value
        inhoud = antwoord.read().decode("utf-8", errors="replace")
        return antwoord.status, dict(antwoord.headers.items()), inhoud


def verwacht(voorwaarde: bool, melding: str) -> None:
    if not voorwaarde:
        raise Fout(melding)


def csrf_token(pagina: str) -> str:
    gevonden = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', pagina)
    verwacht(gevonden is not None, "geen CSRF-token in het formulier")
    return gevonden.group(1)


def inloggen(s: Sessie, gebruiker: str, wachtwoord: str, inlogpagina: str) -> None:
    status, _, _ = s.vraag(
        "/account/inloggen/",
        {"username": gebruiker, "password": wachtwoord, "csrfmiddlewaretoken": csrf_token(inlogpagina)},
    )
    verwacht(status == 302, f"inloggen als {gebruiker}: {status} (verkeerde login of CSRF geweigerd)")
    verwacht("sessionid" in s.cookies, "geen sessiecookie na inloggen")


def tweede_factor(s: Sessie, sleutel: str, codepagina: str, volgende: str) -> str:
    """Gives the code of the current 30-second step, once.

    django-otp accepts each step only once per device. When something else already used this step's code (an
    earlier run against the same device within the same 30 seconds), the server refuses it; then, and only then, the
    script waits for the next step (and a little longer: django-otp makes a client wait a second after a refused
    code) and gives that step's code once more.
    """

    def geef_code(formulier: str, moment: float) -> tuple[int, dict, str]:
        code = totp_code(sleutel, moment)
        return s.vraag(CODEPAGINA, {"csrfmiddlewaretoken": csrf_token(formulier), "code": code, "next": volgende})

    moment = time.time()
    status, kop, antwoord = geef_code(codepagina, moment)
    opnieuw = status == 200
    if opnieuw:
        volgende_stap = (int(moment) // TOTP_STAP + 1) * TOTP_STAP
        time.sleep(max(0.0, volgende_stap - time.time()) + 1.5)
        status, kop, antwoord = geef_code(antwoord, time.time())
    verwacht(
        status == 302,
        f"TOTP-code geweigerd ({status}"
        + (", ook die van de volgende stap: hoort de sleutel bij een bevestigd apparaat?)" if opnieuw else ")"),
    )
    verwacht(kop.get("Location") == volgende, f"na de code naar {kop.get('Location')} in plaats van {volgende}")
    if opnieuw:
        return "tweede factor: TOTP-code aanvaard (die van de volgende stap; de vorige was al gebruikt)"
    return "tweede factor: TOTP-code aanvaard"


def namen_in_caseload(pagina: str) -> list[str]:
    links = re.findall(r'<a class="utrecht-link" href="/caseload/inwoners/\d+/">([^<]+)</a>', pagina)
    return [html.unescape(naam).strip() for naam in links if naam.strip()]


def geen_persoonsgegevens(paginas: list[str], gegevens: list[str], waar: str) -> None:
    for pagina in paginas:
        tekst = html.unescape(pagina)
        gevonden = [gegeven for gegeven in gegevens if gegeven in tekst]
        verwacht(not gevonden, f"persoonsgegevens {waar}: {gevonden[:3]}")


def wacht_tot_bereikbaar(basis: str, seconden: float) -> None:
    einde = time.monotonic() + seconden
    opener = urllib.request.build_opener(GeenDoorsturen)
    while True:
        try:
            opener.open(basis + "/account/inloggen/", timeout=2)
            return
        except urllib.error.HTTPError:
            return  # it answers (a redirect to HTTPS counts)
        except OSError:
            if time.monotonic() > einde:
                raise Fout(f"{basis} antwoordt niet binnen {seconden:.0f} s") from None
            time.sleep(0.3)


def rooktest(basis: str, gebruiker: str, wachtwoord: str, totp_sleutel: str | None = None) -> list[str]:
    gedaan = []
    s = Sessie(basis)

    status, kop, _ = s.vraag("/account/inloggen/", https=False)
    verwacht(status == 301 and kop.get("Location", "").startswith("https://"), f"HTTP niet naar HTTPS: {status}")
    gedaan.append("productiemodus: gewoon HTTP wordt naar HTTPS gestuurd")

    status, kop, pagina = s.vraag("/account/inloggen/")
    verwacht(status == 200, f"inlogpagina: {status}")
    verwacht("max-age=" in kop.get("Strict-Transport-Security", ""), "inlogpagina zonder HSTS")
    verwacht("csrftoken" in s.cookies, "geen CSRF-cookie")
    gedaan.append("inlogpagina 200 met HSTS")

    inloggen(s, gebruiker, wachtwoord, pagina)
    gedaan.append(f"ingelogd als {gebruiker} (wachtwoord)")

    # Only the password so far: no page with personal data may be served yet.
    status, kop, voor_code = s.vraag("/caseload/")
    doorgestuurd_naar = urllib.parse.urlsplit(kop.get("Location", "")).path if status == 302 else ""
    zonder_tweede_factor = [voor_code]
    if totp_sleutel:
        verwacht(
            doorgestuurd_naar == CODEPAGINA,
            f"caseload na alleen het wachtwoord: {status} {kop.get('Location', '')} in plaats van de codepagina",
        )
        status, _, codepagina = s.vraag(kop["Location"])
        verwacht(status == 200 and 'name="code"' in codepagina, f"codepagina: {status} zonder codeveld")
        zonder_tweede_factor.append(codepagina)
        gedaan.append("na alleen het wachtwoord geen caseload maar de vraag om de code")
        gedaan.append(tweede_factor(s, totp_sleutel, codepagina, "/caseload/"))
    else:
        verwacht(
            doorgestuurd_naar != CODEPAGINA,
            "de server vraagt een tweede factor: geef de TOTP-sleutel (REGIE_ROOKTEST_TOTP_SLEUTEL of --totp-sleutel)",
        )

    status, _, pagina = s.vraag("/caseload/")
    verwacht(status == 200, f"caseload: {status}")
    dossiers = re.findall(r'href="(/caseload/inwoners/\d+/)"', pagina)
    verwacht(bool(dossiers), "de caseload toont geen enkel dossier")
    namen = namen_in_caseload(pagina)
    verwacht(bool(namen), "de caseload toont geen namen van inwoners")
    gedaan.append(f"caseload 200 met {len(set(dossiers))} dossiers")

    dossier = dossiers[0]
    status, _, pagina = s.vraag(dossier)
    verwacht(status == 200, f"dossier {dossier}: {status}")
    verwacht("Uitloggen" in pagina and "Contactmoment" in pagina, f"dossier {dossier} is niet de dossierpagina")
    bsns = re.findall(r"BSN</dt>\s*<dd[^>]*>\s*(\d{9})\s*</dd>", pagina)
    verwacht(bool(bsns), f"dossier {dossier} toont de klantmanager geen BSN")
    gedaan.append(f"dossier {dossier} 200")
    persoonsgegevens = namen + bsns
    if totp_sleutel:
        geen_persoonsgegevens(zonder_tweede_factor, persoonsgegevens, "na alleen het wachtwoord")

    samenvatting = f"Rooktest productie {time.time():.0f}"
    status, kop, _ = s.vraag(
        dossier + "contactmomenten/",
        {
            "csrfmiddlewaretoken": csrf_token(pagina),
            "datum": date.today().isoformat(),
            "soort": "telefonisch",
            "duur_minuten": "10",
            "samenvatting": samenvatting,
        },
    )
    verwacht(status == 302, f"contactmoment vastleggen: {status}")
    status, _, pagina = s.vraag(dossier)
    verwacht(status == 200 and samenvatting in pagina, "het nieuwe contactmoment staat niet in het dossier")
    gedaan.append("contactmoment vastgelegd en terug te zien")

    bestanden = re.findall(r'<link rel="stylesheet" href="([^"]+)"', pagina)
    bestanden += re.findall(r'<script src="([^"]+)"', pagina)
    verwacht(len(bestanden) >= 3, f"te weinig stylesheets en scripts op de pagina: {bestanden}")
    for bestand in bestanden:
        pad = html.unescape(bestand)
        verwacht(re.search(r"\.[0-9a-f]{12}\.(css|js)$", pad) is not None, f"{pad} heeft geen vingerafdruk")
        status, kop, inhoud = s.vraag(pad)
        soort = "text/css" if pad.endswith(".css") else "javascript"
        verwacht(status == 200, f"{pad}: {status}")
        verwacht(soort in kop.get("Content-Type", ""), f"{pad}: Content-Type {kop.get('Content-Type')}")
        verwacht(len(inhoud) > 100, f"{pad} is (bijna) leeg")
        verwacht("immutable" in kop.get("Cache-Control", ""), f"{pad} zonder lange cache")
    gedaan.append(f"{len(bestanden)} stylesheets en scripts 200, met vingerafdruk en lange cache")

    if totp_sleutel:
        # A second browser that knows only the password: not the dossier just opened, not a search by BSN.
        alleen_wachtwoord = Sessie(basis)
        _, _, inlogpagina = alleen_wachtwoord.vraag("/account/inloggen/")
        inloggen(alleen_wachtwoord, gebruiker, wachtwoord, inlogpagina)
        antwoorden = []
        for pad in (dossier, "/caseload/?" + urllib.parse.urlencode({"zoek": bsns[0]})):
            status, kop, inhoud = alleen_wachtwoord.vraag(pad)
            verwacht(
                status == 302 and urllib.parse.urlsplit(kop.get("Location", "")).path == CODEPAGINA,
                f"{pad} zonder tweede factor: {status} {kop.get('Location', '')} in plaats van de codepagina",
            )
            antwoorden.append(inhoud)
        geen_persoonsgegevens(antwoorden, persoonsgegevens, "in een sessie met alleen het wachtwoord")
        gedaan.append("een tweede sessie met alleen het wachtwoord krijgt het dossier en de BSN-zoekopdracht niet")
    return gedaan


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("basis", help="bijvoorbeeld http://127.0.0.1:8000")
    parser.add_argument("--gebruiker", default="klantmanager")
    parser.add_argument("--wachtwoord", default="regie-demo-2026")
    parser.add_argument(
        "--totp-sleutel",
        default=os.environ.get("REGIE_ROOKTEST_TOTP_SLEUTEL") or None,
        help="sleutel (hex) van het bevestigde TOTP-apparaat van de gebruiker; standaard REGIE_ROOKTEST_TOTP_SLEUTEL",
    )
    parser.add_argument("--wacht", type=float, default=60, help="seconden wachten tot de server antwoordt")
    args = parser.parse_args(argv)
    try:
        wacht_tot_bereikbaar(args.basis.rstrip("/"), args.wacht)
        for regel in rooktest(args.basis, args.gebruiker, args.wachtwoord, args.totp_sleutel):
            print(f"  ok  {regel}")
    except Fout as fout:
        print(f"ROOKTEST MISLUKT: {fout}", file=sys.stderr)
        return 1
    print("Rooktest productie geslaagd.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
