"""Decision letters (beschikkingen): plain Dutch, the amounts, the articles, the date and how to object.

The letter is rendered from a template to PDF with WeasyPrint and stored with the decision, so the inwoner later
reads exactly what was sent.
"""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import Berekening, Beschikking, HuidigeBerekening, Maatregel, StatusMaatregel
from .models.beschikking import SoortBeschikking

# Awb art. 6:7: the term to object is six weeks, starting the day after the letter is sent (art. 6:8).
BEZWAARTERMIJN_WEKEN = 6
CENT = Decimal("0.01")


def verlaging_per_maand(maatregel: Maatregel) -> tuple[Decimal, Decimal] | None:
    """The current benefit and the reduction on it per month (art. 18 lid 2), rounded half-up to cents."""
    huidig = HuidigeBerekening.objects.filter(inwoner=maatregel.inwoner).select_related("berekening").first()
    if huidig is None or not huidig.berekening.recht:
        return None
    uitkering = huidig.berekening.uitkering
    return uitkering, (uitkering * Decimal(maatregel.percentage) / 100).quantize(CENT, ROUND_HALF_UP)


def maatregel_html(maatregel: Maatregel, *, datum: date) -> str:
    bedragen = verlaging_per_maand(maatregel)
    context = {
        "m": maatregel,
        "inwoner": maatregel.inwoner,
        "gemeente": maatregel.inwoner.gemeente,
        "datum": datum,
        "opgelegd": maatregel.status == StatusMaatregel.BESLOTEN,
        "uitkering": bedragen[0] if bedragen else None,
        "verlaging": bedragen[1] if bedragen else None,
        "termijn_weken": BEZWAARTERMIJN_WEKEN,
    }
    with translation.override("nl"):
        return render_to_string("inkomen/beschikking/maatregel.html", context)


def naar_pdf(html: str) -> bytes:
    from django.contrib.staticfiles import finders
    from weasyprint import CSS, HTML

    return HTML(string=html).write_pdf(stylesheets=[CSS(filename=finders.find("regie/beschikking.css"))])


def soort_voor_berekening(berekening: Berekening, vorige: Berekening | None) -> str | None:
    """Which letter a new calculation needs: an award when bijstand starts, a change when the right or the amount
    changes; none when nothing changes for the inwoner (or when there is no right and there was none)."""
    if vorige is None or not vorige.recht:
        return SoortBeschikking.TOEKENNING if berekening.recht else None
    if berekening.recht != vorige.recht or berekening.uitkering != vorige.uitkering:
        return SoortBeschikking.WIJZIGING
    return None


def berekening_html(berekening: Berekening, vorige: Berekening | None, *, soort: str, datum: date) -> str:
    context = {
        "b": berekening,
        "vorige": vorige if soort == SoortBeschikking.WIJZIGING else None,
        "toekenning": soort == SoortBeschikking.TOEKENNING,
        "inwoner": berekening.inwoner,
        "gemeente": berekening.inwoner.gemeente,
        "datum": datum,
        "stappen": (berekening.resultaat or {}).get("toelichting", []),
        "termijn_weken": BEZWAARTERMIJN_WEKEN,
    }
    with translation.override("nl"):
        return render_to_string("inkomen/beschikking/berekening.html", context)


def maak_berekeningbeschikking(berekening: Berekening, vorige: Berekening | None) -> Beschikking | None:
    """Called inside the calculation's transaction: the letter exists exactly when the decided calculation does."""
    soort = soort_voor_berekening(berekening, vorige)
    if soort is None:
        return None
    datum = timezone.localdate()
    with translation.override("nl"):
        onderwerp = str(
            _("Besluit: u krijgt bijstand")
            if soort == SoortBeschikking.TOEKENNING
            else _("Besluit: uw bijstand verandert")
        )
    return Beschikking.objects.create(
        inwoner=berekening.inwoner,
        soort=soort,
        berekening=berekening,
        datum=datum,
        onderwerp=onderwerp,
        pdf=naar_pdf(berekening_html(berekening, vorige, soort=soort, datum=datum)),
    )


def maak_maatregelbeschikking(maatregel: Maatregel) -> Beschikking:
    """Called inside the decision's transaction: the letter exists exactly when the decision does."""
    datum = timezone.localdate()
    with translation.override("nl"):
        onderwerp = str(
            _("Besluit: verlaging van uw uitkering")
            if maatregel.status == StatusMaatregel.BESLOTEN
            else _("Besluit: geen verlaging van uw uitkering")
        )
    return Beschikking.objects.create(
        inwoner=maatregel.inwoner,
        soort=SoortBeschikking.MAATREGEL,
        maatregel=maatregel,
        datum=datum,
        onderwerp=onderwerp,
        pdf=naar_pdf(maatregel_html(maatregel, datum=datum)),
    )
