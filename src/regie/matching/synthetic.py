"""A fictitious city for benchmarks and demos: made-up wijken, organisations and people, reproducible from a seed.

Nothing here describes real people or real organisations; coordinates lie in an invented city around (52.0, 5.0).
Profiles use short phrases from a vocabulary, as people tend to describe hobbies in a few words.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .model import Plek, Profiel
from .taxonomy import ALLE_DAGDELEN, Beperking, Dagdeel, Deel, Gezelschap, Omgeving, Reismodus, Taalniveau, Tag

T = Tag
_LAT0, _LON0 = 52.0, 5.0
_KM_LAT, _KM_LON = 1 / 111.2, 1 / 68.5

WIJKEN: tuple[str, ...] = (
    "Binnenstad", "Oude Haven", "Molenkwartier", "De Akkers", "Vogelbuurt", "Bloemenwijk", "Spoorzone",
    "Zuiderpark", "Noordereiland", "Kerkebuurt", "De Horsten", "Waterrijk", "Polderzicht", "Oosterhout",
    "Westerkade", "Lindenhof", "Beekdal", "Het Veld",
)  # fmt: skip

# Optional closing sentences for a place's description, so generated places do not all read alike (the demo uses them
# too).
EXTRA_ZINNEN: tuple[str, ...] = (
    "",
    " Een vaste vrijwilliger werkt je in.",
    " De koffie staat altijd klaar.",
    " Je werkt in een klein, vast team.",
    " Iedereen is welkom, ervaring is niet nodig.",
)


@dataclass(frozen=True, slots=True)
class _Soort:
    activiteit: str
    tags: frozenset[Tag]
    omschrijvingen: tuple[str, ...]
    organisaties: tuple[str, ...]
    gezelschap: Gezelschap = Gezelschap.SAMEN
    omgeving: Omgeving = Omgeving.BINNEN
    zwaar_tillen: float = 0.1
    dieren: float = 0.0
    rustig: float = 0.3
    min_taal: Taalniveau = Taalniveau.A0


def _s(activiteit: str, tags: set[Tag], omschrijvingen: tuple[str, ...], organisaties: tuple[str, ...], **k) -> _Soort:
    return _Soort(activiteit, frozenset(tags), omschrijvingen, organisaties, **k)


SOORTEN: tuple[_Soort, ...] = (
    _s("Fietsenwerkplaats", {T.TECHNISCH, T.KLUSSEN},
       ("We repareren fietsen van buurtbewoners en knappen oude fietsen op voor wie er geen heeft.",
        "Sleutelen aan fietsen: banden plakken, remmen afstellen en onderdelen vervangen."),
       ("Fietsenwerkplaats De Spaak", "Trapkracht {wijk}", "Buurtwerkplaats Het Wiel")),
    _s("Buurtlunch", {T.KOKEN, T.GASTVRIJHEID},
       ("Samen koken voor de wekelijkse buurtlunch in het buurthuis.",
        "Helpen in de keuken: groente snijden, soep koken en de tafels dekken voor de wijkmaaltijd."),
       ("Buurthuis {wijk}", "Wijkcentrum De Ontmoeting", "Huiskamer van {wijk}")),
    _s("Buurtmoestuin", {T.TUINIEREN, T.NATUUR},
       ("Zaaien, wieden en oogsten in de buurtmoestuin; de groente gaat naar de voedselbank.",
        "Werken in de tuin: plantjes verzorgen, composteren en de oogst verdelen."),
       ("Moestuin {wijk}", "Stadslandbouw De Groene Vinger", "Tuin van Morgen"),
       gezelschap=Gezelschap.BEIDE, omgeving=Omgeving.BUITEN, zwaar_tillen=0.4),
    _s("Kinderboerderij", {T.DIEREN, T.KINDEREN, T.NATUUR},
       ("Dieren voeren, hokken uitmesten en bezoekers rondleiden op de kinderboerderij.",),
       ("Kinderboerderij De Geitenwei", "Kinderboerderij {wijk}"),
       omgeving=Omgeving.BUITEN, dieren=1.0, zwaar_tillen=0.5, rustig=0.1),
    _s("Jeugdtraining", {T.SPORT, T.KINDEREN},
       ("Helpen bij trainingen van de jeugd, de velden klaarzetten en de kantine draaien.",),
       ("Sportvereniging {wijk}", "SV De Zwaluwen", "Omnivereniging Vooruit"),
       omgeving=Omgeving.BEIDE, rustig=0.0),
    _s("Taalcafé", {T.TALEN, T.GASTVRIJHEID},
       ("Gesprekken voeren met nieuwkomers die Nederlands leren, met koffie en thee.",),
       ("Bibliotheek {wijk}", "Taalhuis De Brug"), min_taal=Taalniveau.B1, rustig=0.5),
    _s("Huiswerkbegeleiding", {T.KINDEREN, T.TALEN},
       ("Kinderen helpen met huiswerk, lezen en rekenen na schooltijd.",),
       ("Brede School {wijk}", "Stichting Leerkracht"), min_taal=Taalniveau.B1, rustig=0.6),
    _s("Bezoekdienst", {T.ZORG_VOOR_ANDEREN},
       ("Op bezoek bij ouderen die alleen zijn: een praatje, een wandeling, samen boodschappen doen.",),
       ("Vrijwilligerscentrale {wijk}", "Zorgzame Buurt"), gezelschap=Gezelschap.BEIDE, rustig=0.8,
       min_taal=Taalniveau.A2),
    _s("Voedselbank", {T.WINKEL, T.ZORG_VOOR_ANDEREN},
       ("Pakketten inpakken en uitdelen en kratten sorteren in het magazijn van de voedselbank.",),
       ("Voedselbank {wijk}",), zwaar_tillen=0.7, rustig=0.1),
    _s("Kringloopwinkel", {T.WINKEL, T.TECHNISCH},
       ("Spullen sorteren, prijzen en verkopen in de kringloopwinkel en elektrische apparaten testen.",),
       ("Kringloop Tweede Kans", "Kringloopwinkel {wijk}"), zwaar_tillen=0.5),
    _s("Repair Café", {T.TECHNISCH, T.KLUSSEN, T.CREATIEF},
       ("Kapotte apparaten, kleding en speelgoed samen met bezoekers repareren.",),
       ("Repair Café {wijk}",)),
    _s("Naaiatelier", {T.CREATIEF},
       ("Kleding herstellen, tassen naaien en patronen maken in het naaiatelier.",),
       ("Naaiatelier Draad en Zo", "Atelier {wijk}"), gezelschap=Gezelschap.BEIDE, rustig=0.8, zwaar_tillen=0.0),
    _s("Digihulp", {T.DIGITAAL, T.ZORG_VOOR_ANDEREN},
       ("Buurtbewoners helpen met hun telefoon, e-mail, DigiD en online formulieren.",),
       ("Bibliotheek {wijk}", "Digicafé {wijk}"), min_taal=Taalniveau.B1, zwaar_tillen=0.0),
    _s("Ledenadministratie", {T.ADMINISTRATIEF, T.DIGITAAL},
       ("Ledenlijsten bijhouden, post verwerken en de agenda van de vereniging beheren.",),
       ("Buurtvereniging {wijk}", "Speeltuinvereniging De Wip"), gezelschap=Gezelschap.ALLEEN, rustig=0.9,
       zwaar_tillen=0.0, min_taal=Taalniveau.B1),
    _s("Buurtkoor", {T.MUZIEK},
       ("Zingen in het buurtkoor en helpen bij optredens in het verzorgingshuis.",),
       ("Buurtkoor {wijk}", "Zanggroep Vrije Stemmen"), rustig=0.2, zwaar_tillen=0.0),
    _s("Dierenasiel", {T.DIEREN},
       ("Honden uitlaten, katten verzorgen en de verblijven schoonmaken in het dierenasiel.",),
       ("Dierenasiel Het Baasje",), omgeving=Omgeving.BEIDE, dieren=1.0, zwaar_tillen=0.3),
    _s("Klussendienst", {T.KLUSSEN, T.TECHNISCH, T.ZORG_VOOR_ANDEREN},
       ("Kleine klussen bij ouderen thuis: een lamp ophangen, een kraan repareren, een kast in elkaar zetten.",),
       ("Klussendienst {wijk}", "Handige Handen"), gezelschap=Gezelschap.BEIDE, zwaar_tillen=0.3),
    _s("Groenonderhoud", {T.TUINIEREN, T.NATUUR},
       ("Snoeien, bladruimen en zwerfafval prikken in het park.",),
       ("Parkbeheer {wijk}", "Groene Buren"), omgeving=Omgeving.BUITEN, zwaar_tillen=0.6),
    _s("Knutselclub", {T.CREATIEF, T.KINDEREN},
       ("Knutselen, schilderen en kleien met kinderen uit de buurt.",), ("Speeltuin {wijk}", "Atelier Kleur")),
    _s("Wijkrestaurant", {T.KOKEN, T.GASTVRIJHEID, T.WINKEL},
       ("Bediening, afwas en meekoken in het wijkrestaurant, waar buurtbewoners voor weinig geld eten.",),
       ("Wijkrestaurant {wijk}", "Eethuis Aan Tafel"), rustig=0.0),
    _s("Wandelgroep", {T.SPORT, T.NATUUR, T.ZORG_VOOR_ANDEREN},
       ("Wandelingen begeleiden voor ouderen en mensen die weinig buiten komen.",),
       ("Wandelgroep {wijk}",), omgeving=Omgeving.BUITEN, zwaar_tillen=0.0),
    _s("Buurtkrant", {T.TALEN, T.CREATIEF, T.DIGITAAL},
       ("Stukjes schrijven, foto's maken en de buurtkrant rondbrengen.",),
       ("Wijkkrant {wijk}",), gezelschap=Gezelschap.BEIDE, min_taal=Taalniveau.B2, zwaar_tillen=0.0),
    _s("Koffieochtend", {T.GASTVRIJHEID, T.ZORG_VOOR_ANDEREN},
       ("Koffie schenken en een praatje maken met buurtbewoners tijdens de inloopochtend.",),
       ("Buurthuis {wijk}", "Inloophuis De Drempel"), rustig=0.2, zwaar_tillen=0.0),
    _s("Muziekles", {T.MUZIEK, T.KINDEREN},
       ("Kinderen helpen bij gitaar- en drumles en bij het opbouwen van instrumenten.",),
       ("Muziekschool {wijk}",), min_taal=Taalniveau.A2),
)  # fmt: skip

WOORDEN: dict[Tag, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # (talenten, hobby's, passies) per tag
    T.KOKEN: (("koken voor grote groepen", "lekker koken", "bakken"),
              ("koken", "taarten bakken", "recepten uitproberen"), ("koken voor anderen", "eten uit mijn eigen land")),
    T.TECHNISCH: (("handig met mijn handen", "dingen repareren"), ("sleutelen aan brommers", "fietsen repareren",
                  "oude radio's maken"), ("techniek", "motoren")),
    T.TUINIEREN: (("groene vingers",), ("tuinieren", "planten kweken", "moestuinieren"), ("de natuur en planten",)),
    T.ZORG_VOOR_ANDEREN: (("goed luisteren", "geduldig met ouderen"), ("mantelzorg voor mijn moeder",),
                          ("mensen helpen", "voor anderen zorgen")),
    T.SPORT: (("trainer geweest bij voetbal",), ("voetballen", "fitness", "hardlopen", "zwemmen"), ("sport",)),
    T.CREATIEF: (("goed met naald en draad",), ("tekenen", "schilderen", "naaien", "haken en breien"),
                 ("kleding maken", "kunst")),
    T.ADMINISTRATIEF: (("precies werken", "goed met cijfers"), ("puzzels oplossen",), ("alles netjes ordenen",)),
    T.DIEREN: (("goed met honden",), ("honden uitlaten", "paardrijden"), ("dieren", "verzorgen van dieren")),
    T.KINDEREN: (("goed met kinderen",), ("spelletjes met kinderen",), ("kinderen iets leren",)),
    T.TALEN: (("spreek vier talen", "goed in Nederlands"), ("lezen", "schrijven van verhalen"), ("talen leren",)),
    T.MUZIEK: (("gitaar spelen", "zingen"), ("muziek maken", "drummen", "in een koor zingen"), ("muziek",)),
    T.DIGITAAL: (("handig met computers",), ("gamen", "websites maken"), ("computers en technologie",)),
    T.KLUSSEN: (("klussen in huis", "timmeren"), ("meubels opknappen",), ("bouwen en timmeren",)),
    T.GASTVRIJHEID: (("gastvrij", "makkelijk in contact"), ("mensen ontvangen",), ("gezelligheid maken",)),
    T.WINKEL: (("verkopen", "klanten helpen"), ("rommelmarkten", "tweedehands spullen"), ("winkelen en verkopen",)),
    T.NATUUR: (("weet veel van vogels",), ("wandelen in de natuur", "vissen"), ("de natuur",)),
}  # fmt: skip

_TAAL_VERDELING = ((Taalniveau.A0, 5), (Taalniveau.A1, 10), (Taalniveau.A2, 20), (Taalniveau.B1, 30),
                   (Taalniveau.B2, 20), (Taalniveau.C1, 10), (Taalniveau.C2, 5))  # fmt: skip
_MODI = ((Reismodus.LOPEN, 1.0, 3.0, 25), (Reismodus.FIETS, 3.0, 8.0, 50), (Reismodus.OV, 5.0, 12.0, 25))


def _dagdeel_gewicht(d: Dagdeel) -> float:
    gewicht = {Deel.OCHTEND: 3.0, Deel.MIDDAG: 3.0, Deel.AVOND: 1.0}[d.deel]
    return gewicht * (0.4 if d.dag >= 5 else 1.0)


_DAGDEEL_GEWICHTEN = [_dagdeel_gewicht(d) for d in ALLE_DAGDELEN]


def _wijk_centra(rng: random.Random) -> list[tuple[float, float]]:
    # Wijken on a jittered 6 x 3 grid of about 18 x 12 km.
    return [
        (_LAT0 + (r - 1) * 4.0 * _KM_LAT + rng.uniform(-0.8, 0.8) * _KM_LAT,
         _LON0 + (k - 2.5) * 3.0 * _KM_LON + rng.uniform(-0.6, 0.6) * _KM_LON)
        for r in range(3) for k in range(6)
    ]  # fmt: skip


def _dagdelen(rng: random.Random, minimum: int, maximum: int) -> frozenset[Dagdeel]:
    aantal = rng.randint(minimum, maximum)
    gekozen: set[Dagdeel] = set()
    while len(gekozen) < aantal:
        gekozen.add(rng.choices(ALLE_DAGDELEN, weights=_DAGDEEL_GEWICHTEN)[0])
    return frozenset(gekozen)


def _rond(rng: random.Random, centrum: tuple[float, float], sigma_km: float) -> tuple[float, float]:
    return (
        round(centrum[0] + rng.gauss(0, sigma_km) * _KM_LAT, 6),
        round(centrum[1] + rng.gauss(0, sigma_km) * _KM_LON, 6),
    )


def genereer_plekken(aantal: int, seed: int) -> tuple[Plek, ...]:
    rng = random.Random(f"plekken-{seed}")
    centra = _wijk_centra(random.Random(f"stad-{seed}"))
    plekken = []
    for i in range(aantal):
        w = rng.randrange(len(WIJKEN))
        soort = rng.choice(SOORTEN)
        lat, lon = _rond(rng, centra[w], 0.9)
        plekken.append(
            Plek(
                plek_id=f"P{i:05d}",
                organisatie=rng.choice(soort.organisaties).format(wijk=WIJKEN[w]),
                wijk=WIJKEN[w],
                lat=lat,
                lon=lon,
                activiteit=soort.activiteit,
                omschrijving=rng.choice(soort.omschrijvingen) + rng.choice(EXTRA_ZINNEN),
                tags=soort.tags,
                dagdelen=_dagdelen(rng, 2, 6),
                uren_per_week=float(rng.choice((2, 3, 4, 6, 8))),
                vrije_plekken=rng.randint(1, 10),
                gezelschap=soort.gezelschap,
                omgeving=soort.omgeving,
                rolstoeltoegankelijk=rng.random() < 0.6,
                rustig=rng.random() < soort.rustig,
                zwaar_tillen=rng.random() < soort.zwaar_tillen,
                dieren_aanwezig=rng.random() < max(soort.dieren, 0.05),
                begeleiding=rng.random() < 0.5,
                min_taalniveau=soort.min_taal,
            )
        )
    return tuple(plekken)


def _woorden(rng: random.Random, tags: list[Tag]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    soorten: tuple[list[str], list[str], list[str]] = ([], [], [])
    for tag in tags:
        for k, aantal in enumerate((rng.randint(0, 1), rng.randint(0, 2), rng.randint(0, 1))):
            soorten[k].extend(rng.sample(WOORDEN[tag][k], min(aantal, len(WOORDEN[tag][k]))))
    if rng.random() < 0.15:  # people also mention something outside their main interests
        ander = rng.choice(list(Tag))
        soorten[1].append(rng.choice(WOORDEN[ander][1]))
    return tuple(soorten[0]), tuple(dict.fromkeys(soorten[1])), tuple(soorten[2])


def genereer_profielen(aantal: int, seed: int) -> tuple[Profiel, ...]:
    rng = random.Random(f"profielen-{seed}")
    centra = _wijk_centra(random.Random(f"stad-{seed}"))
    alle_tags = list(Tag)
    taal, taal_gewicht = zip(*_TAAL_VERDELING, strict=True)
    profielen = []
    for i in range(aantal):
        w = rng.randrange(len(WIJKEN))
        lat, lon = _rond(rng, centra[w], 1.2)
        modus, laag, hoog, _ = rng.choices(_MODI, weights=[m[3] for m in _MODI])[0]
        tags = rng.sample(alle_tags, rng.randint(1, 3))
        talenten, hobbys, passies = _woorden(rng, tags)
        profielen.append(
            Profiel(
                inwoner_id=f"I{i:06d}",
                lat=lat,
                lon=lon,
                reismodus=modus,
                straal_km=round(rng.uniform(laag, hoog), 1),
                beschikbaar=_dagdelen(rng, 3, 10),
                uren_per_week=float(rng.choice((4, 6, 8, 12, 16))),
                talenten=talenten,
                hobbys=hobbys,
                passies=passies,
                tags=frozenset(tags),
                gezelschap=rng.choice((Gezelschap.SAMEN, Gezelschap.ALLEEN, Gezelschap.BEIDE, Gezelschap.BEIDE)),
                omgeving=rng.choice((Omgeving.BINNEN, Omgeving.BUITEN, Omgeving.BEIDE, Omgeving.BEIDE)),
                beperkingen=frozenset(b for b in Beperking if rng.random() < 0.07),
                taalniveau=rng.choices(taal, weights=taal_gewicht)[0],
            )
        )
    return tuple(profielen)
