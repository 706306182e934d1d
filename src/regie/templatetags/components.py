"""Template components for repeated UI. Each is documented in docs/components.md with an example.

Components carry presentation decisions (classes, ARIA wiring) so page templates stay free of logic.
"""

from urllib.parse import urlencode

from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from regie import opmaak
from regie.rules.teksten import reden_tekst as teksten_reden
from regie.rules.teksten import stap_teksten

register = template.Library()


@register.inclusion_tag("components/formulierveld.html")
def formulierveld(field):
    """A labelled form field with its description and error message, wired with aria-describedby."""
    return {
        "field": field,
        "beschrijving_id": f"{field.html_name}-beschrijving",
        "fout_id": f"{field.html_name}-fout",
        "is_verplicht": field.field.required,
    }


@register.inclusion_tag("components/paginering.html", takes_context=True)
def paginering(context, page_obj, hx_target=""):
    """Previous/next links and the page position, keeping the current search and sort parameters."""
    request = context["request"]

    def url_voor(nummer: int) -> str:
        params = request.GET.copy()
        params["pagina"] = nummer
        return "?" + urlencode(sorted(params.items()))

    return {
        "page_obj": page_obj,
        "vorige_url": url_voor(page_obj.previous_page_number()) if page_obj.has_previous() else "",
        "volgende_url": url_voor(page_obj.next_page_number()) if page_obj.has_next() else "",
        "hx_target": hx_target,
    }


@register.inclusion_tag("components/sorteerkop.html", takes_context=True)
def sorteerkop(context, label, veld, huidig, hx_target=""):
    """A sortable column header: toggles ascending/descending and tells screen readers the current order."""
    request = context["request"]
    oplopend = huidig == veld
    aflopend = huidig == f"-{veld}"
    params = request.GET.copy()
    params["sorteer"] = f"-{veld}" if oplopend else veld
    params.pop("pagina", None)
    return {
        "label": label,
        "url": "?" + urlencode(sorted(params.items())),
        "aria_sort": "ascending" if oplopend else "descending" if aflopend else "none",
        "hx_target": hx_target,
    }


@register.inclusion_tag("components/melding.html")
def melding(tekst, soort="info"):
    """A status message (info, ok, warning, error) in the design system's alert style."""
    return {"tekst": tekst, "soort": soort}


@register.inclusion_tag("components/looptijd.html")
def looptijd(record):
    """"vanaf 01-03-2026 tot en met 31-05-2026" and its status (toekomstig, lopend, beëindigd) for a dated record:
    income and assets (``geldig_vanaf``/``geldig_tot``) or an ontheffing (``vanaf``/``tot``)."""
    vanaf = getattr(record, "geldig_vanaf", None) or getattr(record, "vanaf", None)
    tot = getattr(record, "geldig_tot", None) if hasattr(record, "geldig_vanaf") else getattr(record, "tot", None)
    return {"vanaf": vanaf, "tot": tot, "status": record.looptijd}


@register.filter
def euro(bedrag) -> str:
    """An amount the one Regie way: € 1.401,50 (``regie.opmaak``)."""
    return opmaak.bedrag(bedrag)


@register.filter
def datum(waarde) -> str:
    """A date in running text: 6 oktober 1986."""
    return opmaak.datum(waarde)


@register.filter
def datum_kort(waarde) -> str:
    """A date in a table or list of facts: 06-10-1986."""
    return opmaak.datum_kort(waarde)


@register.filter
def datum_tijd(waarde) -> str:
    """A moment: 6 oktober 1986, 14:05."""
    return opmaak.datum_tijd(waarde)


# Step titles for staff pages: about the inwoner in the third person ("Uw norm" is for the inwoner's own page only).
_STAFTITELS = {
    "voorlopig": _("Voorlopige berekening"),
    "leefsituatie": _("Situatie"),
    "kostendelers": _("Kostendelers"),
    "norm": _("Norm"),
    "jongerennorm_extra": _("Extra jongerennorm"),
    "vermogen": _("Vermogen"),
    "inkomsten": _("Inkomsten"),
    "giften": _("Giften"),
    "inkomen_telt": _("Inkomen dat meetelt"),
    "uitkering": _("Bijstand"),
    "maatregel": _("Maatregel"),
    "vakantietoeslag": _("Vakantiegeld"),
    "deel_van_de_maand": _("Deel van de maand"),
}


@register.inclusion_tag("components/berekening_stappen.html")
def berekening_stappen(resultaat, technisch=False):
    """The explanation of a calculation, step by step.

    The texts are written in the active language from each step's code and parameters; a step stored without them
    keeps its stored Dutch text. For the inwoner (``technisch`` false): plain language addressed as "u", with the
    articles apart in a part for whoever wants to know exactly. For staff: a third-person title, the inwoner's text
    quoted as such, and the technical sentence with the article.
    """
    taal = _taal()
    stappen = []
    for stap in resultaat.get("toelichting", []):
        teksten = stap_teksten(stap, taal)
        stappen.append({**stap, **teksten, "staftitel": _STAFTITELS.get(stap.get("code"), teksten["titel"])})
    return {"stappen": stappen, "technisch": technisch}


def _taal() -> str:
    """The active language as the rules engine knows it: "en" for English, else Dutch."""
    return "en" if (get_language() or "").startswith("en") else "nl"


@register.filter
def reden_tekst(reden):
    """A stored reason for no right, in the active language (its stored Dutch text where English cannot be made)."""
    return teksten_reden(reden, _taal())
