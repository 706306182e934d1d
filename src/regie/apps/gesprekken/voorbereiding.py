"""The one-page guide for the next conversation: the inwoner's goals and rulers, open steps, obligations to discuss,
and open questions and reflections that fit the stage the inwoner is in.

The stage follows MI practice: without an own goal the conversation is about engaging and exploring; with a goal of
low importance about evoking reasons; with importance but little confidence about building confidence; with both
about planning; with steps under way about keeping going. It is read from the rulers the inwoner gave, never a
judgement of the person.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from regie.apps.inkomen import selectors as inkomen_selectors
from regie.apps.inkomen.models import StatusVerplichting
from regie.apps.plan import selectors as plan_selectors

from .selectors import gesprekken_met

DREMPEL = 5


@dataclass(frozen=True)
class Fase:
    code: str
    naam: str
    uitleg: str
    vragen: list[str]
    reflecties: list[str]


def bepaal_fase(doelen: list[tuple[str, int, int]], open_stappen: int, gedane_stappen: int) -> Fase:
    """``doelen`` are (own words, importance, confidence) of the running goals."""
    if not doelen:
        return Fase(
            "verkennen",
            _("Verkennen: nog geen eigen doel"),
            _("Er is nog geen doel in eigen woorden. Neem de tijd om te horen wat de inwoner zelf belangrijk vindt."),
            [
                _("Wat zou je graag anders zien in je leven, over een jaar?"),
                _("Waar krijg je energie van, waar ben je goed in?"),
                _("Wat is er voor jou op dit moment het belangrijkst?"),
            ],
            [
                _("Er speelt op dit moment veel, en werk staat daarbij niet bovenaan."),
                _("Je wilt zelf bepalen welke kant het op gaat."),
            ],
        )
    woorden, belang, vertrouwen = min(doelen, key=lambda d: (d[1], d[2]))
    if belang < DREMPEL:
        return Fase(
            "belang",
            _("Twijfel over het belang"),
            _("Het belang van “%(doel)s” is een %(belang)s. Roep de eigen redenen op; overtuigen werkt hier averechts.")
            % {"doel": woorden, "belang": belang},
            [
                _("Je gaf het belang een %(b)s. Waarom een %(b)s en niet een %(lager)s?")
                % {"b": belang, "lager": max(belang - 2, 0)},
                _("Wat zou er moeten gebeuren om het naar een %(hoger)s te brengen?") % {"hoger": min(belang + 2, 10)},
                _("Wat levert het je op als het blijft zoals het is, en wat kost het je?"),
            ],
            [
                _("Aan de ene kant wil je “%(doel)s”, aan de andere kant is het nu niet het belangrijkste.")
                % {"doel": woorden},
                _("Je bent er nog niet uit of het de moeite waard is."),
            ],
        )
    if vertrouwen < DREMPEL:
        return Fase(
            "vertrouwen",
            _("Wil wel, twijfelt of het lukt"),
            _(
                "“%(doel)s” is belangrijk (%(belang)s), het vertrouwen is een %(v)s. Bouw aan vertrouwen: eerdere "
                "successen, sterke kanten, steun."
            )
            % {"doel": woorden, "belang": belang, "v": vertrouwen},
            [
                _("Wat heb je eerder voor elkaar gekregen waar je trots op bent?"),
                _("Wat zou helpen om je vertrouwen van een %(v)s naar een %(hoger)s te brengen?")
                % {"v": vertrouwen, "hoger": vertrouwen + 1},
                _("Wie of wat kan je daarbij steunen?"),
            ],
            [
                _("Je wilt “%(doel)s” echt, alleen weet je nog niet goed hoe.") % {"doel": woorden},
                _("Je hebt al eerder laten zien dat je doorzet als iets je raakt."),
            ],
        )
    if open_stappen and gedane_stappen:
        return Fase(
            "volhouden",
            _("Bezig met stappen"),
            " ".join(
                (
                    ngettext("Er is %(gedaan)s stap gezet", "Er zijn %(gedaan)s stappen gezet", gedane_stappen)
                    % {"gedaan": gedane_stappen},
                    ngettext("en %(open)s staat open.", "en %(open)s staan open.", open_stappen)
                    % {"open": open_stappen},
                    _("Erken wat gelukt is en kijk samen naar de volgende."),
                )
            ),
            [
                _("Hoe ging het met de stappen van de vorige keer?"),
                _("Wat heb je geleerd van wat wel lukte?"),
                _("Wat wordt je volgende stap, en wanneer?"),
            ],
            [
                ngettext(
                    "Je hebt al %(n)s stap gezet; dat kost moeite en je hebt het gedaan.",
                    "Je hebt al %(n)s stappen gezet; dat kost moeite en je hebt het gedaan.",
                    gedane_stappen,
                )
                % {"n": gedane_stappen},
                _("Het gaat niet altijd in een rechte lijn, en je blijft ermee bezig."),
            ],
        )
    return Fase(
        "plannen",
        _("Klaar om te plannen"),
        _("Belang en vertrouwen zijn allebei %(d)s of hoger. Help de inwoner een eigen, kleine eerste stap te kiezen.")
        % {"d": DREMPEL},
        [
            _("Wat zou een eerste kleine stap kunnen zijn?"),
            _("Wanneer wil je daarmee beginnen?"),
            _("Wat kan er tussen komen, en wat doe je dan?"),
        ],
        [
            _("Je hebt besloten dat je “%(doel)s” wilt, en je ziet het zitten.") % {"doel": woorden},
            _("Je weet zelf het best welke stap nu past."),
        ],
    )


@dataclass(frozen=True)
class TeBespreken:
    label: str
    status: str
    ontheffing: object
    openingszin: str


@dataclass(frozen=True)
class Voorbereiding:
    inwoner: object
    samenvatting: object
    belemmeringen: list
    fase: Fase
    verplichtingen: list[TeBespreken]
    vorige_gesprekken: list


def voorbereiding(user, inwoner) -> Voorbereiding:
    kaart = plan_selectors.dossier_kaart(user, inwoner)
    samenvatting = kaart.samenvatting if kaart else None
    doelen = [(d.eigen_woorden, d.belang, d.vertrouwen) for d in samenvatting.lopende_doelen] if samenvatting else []
    fase = bepaal_fase(
        doelen,
        len(samenvatting.open_stappen) if samenvatting else 0,
        samenvatting.gedane_stappen if samenvatting else 0,
    )
    te_bespreken = []
    for stand in inkomen_selectors.verplichtingen(user, inwoner):
        if stand.verplichting is None or stand.verplichting.status != StatusVerplichting.GELDT:
            continue
        te_bespreken.append(
            TeBespreken(
                stand.label,
                stand.verplichting.get_status_display(),
                stand.ontheffing,
                _(
                    "Ik wil ook de %(wat)s met je bespreken. Mag ik eerst kort vertellen wat de regel is en wat we "
                    "van je verwachten? Daarna hoor ik graag hoe jij het ziet."
                )
                % {"wat": stand.label.split(" (")[0].lower()},
            )
        )
    return Voorbereiding(
        inwoner=inwoner,
        samenvatting=samenvatting,
        belemmeringen=kaart.belemmeringen if kaart else [],
        fase=fase,
        verplichtingen=te_bespreken,
        vorige_gesprekken=gesprekken_met(user, inwoner),
    )
