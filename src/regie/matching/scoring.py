"""The score of a profile–place pair, vectorised over many pairs at once.

One function, `componenten`, serves every caller: a single person against all places, a block of a city, or a list
of chosen pairs. The two sides are `Kenmerken` whose arrays broadcast against each other (a column of profiles
against a row of places gives a matrix; two equal-length vectors give one score per pair), so the suggestion list,
the city proposal and the explanation of a proposal can never disagree about a score.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

import numpy as np

# Scores in [0, 1] become integer costs for the flow solver at this resolution.
SCHAAL = 1000

# Reasons a pair is excluded, as bits; the limits of a profile follow from bit 4 on (see Beperking order).
UITS_STRAAL = 1
UITS_VOL = 2
UITS_TAAL = 4
UITS_DAGDEEL = 8
UITS_BEPERKING_SHIFT = 4

AARDSTRAAL_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class Gewichten:
    """Weights of the score components and the calibration of the text similarity.

    `tekst_ondergrens`/`tekst_bovengrens` map the encoder's cosine onto 0..1: unrelated Dutch phrases score about
    0.0–0.15 with the multilingual USE, clearly related ones 0.35–0.65.
    """

    interesse: float = 0.25
    tekst: float = 0.25
    beschikbaarheid: float = 0.20
    afstand: float = 0.20
    wensen: float = 0.10
    tekst_ondergrens: float = 0.10
    tekst_bovengrens: float = 0.50

    def __post_init__(self) -> None:
        delen = (self.interesse, self.tekst, self.beschikbaarheid, self.afstand, self.wensen)
        if min(delen) < 0 or abs(sum(delen) - 1.0) > 1e-6:
            raise ValueError("gewichten moeten niet-negatief zijn en samen 1 zijn")
        if not self.tekst_ondergrens < self.tekst_bovengrens:
            raise ValueError("tekst_ondergrens moet kleiner zijn dan tekst_bovengrens")


STANDAARD_GEWICHTEN = Gewichten()


@dataclass(frozen=True, slots=True)
class Kenmerken:
    """Packed features of profiles or of places (same layout for both so they can broadcast).

    `beperkingen` holds the limits a profile needs and, for a place, the limits it can accommodate. Fields that only
    make sense on one side (straal for a profile, capaciteit for a place) are zero on the other.
    """

    sin_half_lat: np.ndarray
    cos_half_lat: np.ndarray
    sin_half_lon: np.ndarray
    cos_half_lon: np.ndarray
    cos_lat: np.ndarray
    tags: np.ndarray
    n_tags: np.ndarray
    dagdelen: np.ndarray
    n_dagdelen: np.ndarray
    uren: np.ndarray
    beperkingen: np.ndarray
    taal: np.ndarray
    gezelschap: np.ndarray
    omgeving: np.ndarray
    straal_km: np.ndarray
    comfortabel_km: np.ndarray
    capaciteit: np.ndarray

    def __len__(self) -> int:
        return int(self.tags.shape[0])

    def kies(self, index: np.ndarray | slice) -> Kenmerken:
        return replace(self, **{f.name: getattr(self, f.name)[index] for f in fields(self)})

    def als_kolom(self) -> Kenmerken:
        return replace(self, **{f.name: getattr(self, f.name).reshape(-1, 1) for f in fields(self)})

    def als_rij(self) -> Kenmerken:
        return replace(self, **{f.name: getattr(self, f.name).reshape(1, -1) for f in fields(self)})


@dataclass(frozen=True, slots=True)
class Componenten:
    """Per pair: each component in 0..1, the weighted total, and what the reasons need."""

    interesse: np.ndarray
    tekst: np.ndarray
    beschikbaarheid: np.ndarray
    afstand: np.ndarray
    wensen: np.ndarray
    totaal: np.ndarray
    afstand_km: np.ndarray
    gedeelde_dagdelen: np.ndarray
    uitsluiting: np.ndarray


def tekst_kwantiseer(cosinus: np.ndarray, gewichten: Gewichten) -> np.ndarray:
    """Cosine -> 0..255; quantised so every code path (one person, a whole city) gets the same value."""
    breedte = gewichten.tekst_bovengrens - gewichten.tekst_ondergrens
    geschaald = np.clip((np.asarray(cosinus, dtype=np.float32) - gewichten.tekst_ondergrens) / breedte, 0.0, 1.0)
    return np.rint(geschaald * 255.0).astype(np.uint8)


def afstand_km(p: Kenmerken, q: Kenmerken) -> np.ndarray:
    """Haversine distance. The half-angle identities avoid a sine per pair, and arcsin is replaced by its series
    x + x³/6 + 3x⁵/40, which is exact to well under a metre up to 1,000 km and ten times cheaper in numpy."""
    a = p.sin_half_lat * q.cos_half_lat
    b = p.cos_half_lat * q.sin_half_lat
    a -= b
    a *= a
    np.multiply(p.sin_half_lon, q.cos_half_lon, out=b)
    b -= p.cos_half_lon * q.sin_half_lon
    b *= b
    b *= p.cos_lat
    b *= q.cos_lat
    a += b
    np.clip(a, 0.0, 1.0, out=a)
    x = np.sqrt(a, out=a)
    x2 = np.multiply(x, x, out=b)
    reeks = x2 * np.float32(3 / 40)
    reeks += np.float32(1 / 6)
    reeks *= x2
    reeks += np.float32(1)
    reeks *= x
    reeks *= np.float32(2.0 * AARDSTRAAL_KM)
    return reeks


def componenten(p: Kenmerken, q: Kenmerken, tekst_q: np.ndarray, gewichten: Gewichten) -> Componenten:
    """Score components for profiles `p` against places `q` (broadcast), given quantised text scores.

    Written with in-place operations and one scratch array: on a city's tens of millions of pairs, fresh
    temporaries (page faults) cost more than the arithmetic itself.
    """
    f32, u16 = np.float32, np.uint16
    km = afstand_km(p, q)
    werk = np.empty_like(km)

    # Interest: shared tags, capped at two, relative to what the smaller side could share (1/max(1, min(2, n))).
    gedeelde_tags = np.bitwise_count(p.tags & q.tags)
    np.minimum(gedeelde_tags, 2, out=gedeelde_tags)
    interesse = gedeelde_tags.astype(f32)
    np.maximum(_half_of_heel(p.n_tags), _half_of_heel(q.n_tags), out=werk)
    interesse *= werk

    tekst = tekst_q.astype(f32)
    tekst *= f32(1 / 255)

    # Availability: at least two shared day parts (or all the place has), and the hours the place asks.
    gedeeld = p.dagdelen & q.dagdelen
    beschikbaarheid = np.bitwise_count(gedeeld).astype(f32)
    beschikbaarheid *= _half_of_heel(q.n_dagdelen)
    np.minimum(beschikbaarheid, f32(1), out=beschikbaarheid)
    beschikbaarheid *= f32(0.7)
    np.divide(p.uren, q.uren, out=werk)
    np.minimum(werk, f32(1), out=werk)
    werk *= f32(0.3)
    beschikbaarheid += werk

    # Distance: 1 at the door, 0.5 at the comfortable distance for the mode, 0 at the person's own radius.
    comfortabel = p.comfortabel_km
    afstand = np.minimum(km, comfortabel)
    afstand *= f32(-0.5) / comfortabel
    afstand += f32(1)
    np.subtract(km, comfortabel, out=werk)
    werk *= f32(0.5) / np.maximum(p.straal_km - comfortabel, f32(1e-3))
    np.clip(werk, f32(0), f32(0.5), out=werk)
    afstand -= werk
    np.maximum(afstand, f32(0), out=afstand)

    # Wishes: codes 0/1 are a choice, 2 is 'beide'; only a sum of exactly 1 means samen-versus-alleen or
    # binnen-versus-buiten, i.e. a clash.
    wensen = ((p.gezelschap + q.gezelschap) != 1).astype(f32)
    wensen += (p.omgeving + q.omgeving) != 1
    wensen *= f32(0.5)

    totaal = interesse * f32(gewichten.interesse)
    for deel, gewicht in ((tekst, gewichten.tekst), (beschikbaarheid, gewichten.beschikbaarheid),
                          (afstand, gewichten.afstand), (wensen, gewichten.wensen)):  # fmt: skip
        np.multiply(deel, f32(gewicht), out=werk)
        totaal += werk

    # Bit arithmetic rather than np.where: on millions of pairs a masked select is several times slower.
    uitsluiting = (km > p.straal_km).astype(u16)
    uitsluiting |= np.left_shift(q.capaciteit <= 0, 1, dtype=u16)
    uitsluiting |= np.left_shift(p.taal < q.taal, 2, dtype=u16)
    uitsluiting |= np.left_shift(gedeeld == 0, 3, dtype=u16)
    uitsluiting |= np.left_shift(p.beperkingen & ~q.beperkingen, UITS_BEPERKING_SHIFT, dtype=u16)

    return Componenten(
        interesse=interesse,
        tekst=tekst,
        beschikbaarheid=beschikbaarheid,
        afstand=afstand,
        wensen=wensen,
        totaal=totaal,
        afstand_km=km,
        gedeelde_dagdelen=gedeeld,
        uitsluiting=uitsluiting,
    )


def _half_of_heel(aantal: np.ndarray) -> np.ndarray:
    """1 / max(1, min(2, aantal)): a component is full once two things are shared, or all there are."""
    return np.where(aantal >= 2, np.float32(0.5), np.float32(1.0))


def kosten(totaal: np.ndarray) -> np.ndarray:
    """Integer cost of a pair for the flow solver: lower is better."""
    return np.rint((1.0 - totaal) * SCHAAL).astype(np.int32)


def score_van_kosten(kost: int | np.ndarray) -> float | np.ndarray:
    if isinstance(kost, int):  # the per-person explanations call this tens of thousands of times
        return 1.0 - kost / SCHAAL
    return 1.0 - np.asarray(kost, dtype=np.float64) / SCHAAL
