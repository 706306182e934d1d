"""Production smoke test over HTTP: Regie behind gunicorn answers as a municipality's users would see it.

    python scripts/rooktest_productie.py http://127.0.0.1:8000 [--gebruiker klantmanager --wachtwoord ...]

Checks, each must answer exactly as expected or the script exits with 1 and says what failed:
production mode is on (plain HTTP is redirected to HTTPS, HSTS is sent), the login page, logging in (CSRF token and
session cookie), the caseload, a dossier, adding a contact moment and seeing it in the dossier, and every stylesheet
and script the dossier page links to. A TLS proxy is simulated with ``X-Forwarded-Proto: https``; the secure
cookies are therefore handled here instead of by a cookie jar, which would not send them over plain HTTP.

Uses only the standard library, so it runs on a bare server.
"""

import argparse
import html
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import date
from http.cookies import SimpleCookie


class Fout(Exception):
    pass


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


def rooktest(basis: str, gebruiker: str, wachtwoord: str) -> list[str]:
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

    status, kop, pagina = s.vraag(
        "/account/inloggen/",
        {"username": gebruiker, "password": wachtwoord, "csrfmiddlewaretoken": csrf_token(pagina)},
    )
    verwacht(status == 302, f"inloggen als {gebruiker}: {status} (verkeerde login of CSRF geweigerd)")
    verwacht("sessionid" in s.cookies, "geen sessiecookie na inloggen")
    gedaan.append(f"ingelogd als {gebruiker}")

    status, _, pagina = s.vraag("/caseload/")
    verwacht(status == 200, f"caseload: {status}")
    dossiers = re.findall(r'href="(/caseload/inwoners/\d+/)"', pagina)
    verwacht(bool(dossiers), "de caseload toont geen enkel dossier")
    gedaan.append(f"caseload 200 met {len(set(dossiers))} dossiers")

    dossier = dossiers[0]
    status, _, pagina = s.vraag(dossier)
    verwacht(status == 200, f"dossier {dossier}: {status}")
    verwacht("Uitloggen" in pagina and "Contactmoment" in pagina, f"dossier {dossier} is niet de dossierpagina")
    gedaan.append(f"dossier {dossier} 200")

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
    return gedaan


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("basis", help="bijvoorbeeld http://127.0.0.1:8000")
    parser.add_argument("--gebruiker", default="klantmanager")
    parser.add_argument("--wachtwoord", default="regie-demo-2026")
    parser.add_argument("--wacht", type=float, default=60, help="seconden wachten tot de server antwoordt")
    args = parser.parse_args(argv)
    try:
        wacht_tot_bereikbaar(args.basis.rstrip("/"), args.wacht)
        for regel in rooktest(args.basis, args.gebruiker, args.wachtwoord):
            print(f"  ok  {regel}")
    except Fout as fout:
        print(f"ROOKTEST MISLUKT: {fout}", file=sys.stderr)
        return 1
    print("Rooktest productie geslaagd.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
