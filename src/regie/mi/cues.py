"""Hand-picked linguistic cues that sentence embeddings blur: question form, reflection openers, permission and
autonomy phrases, persuasion, confrontation, fillers, change and sustain phrasing.

Each lexicon holds Dutch and English phrases side by side, so a cue means the same in both languages and the linear
model can transfer what it learns from the English AnnoMI data to Dutch conversations and back.
"""

from __future__ import annotations

import math
import re

import numpy as np

_NEGATED = r"(?!\s+(?:niet|geen|nooit|not|never)\b)"


def _lexicon(phrases: str, *, unless_negated: bool = False) -> re.Pattern[str]:
    """A case-insensitive pattern for whole phrases, given as one string separated by semicolons.

    ``unless_negated`` skips a phrase followed by a negation, so "ik wil niet" is no "ik wil".
    """
    items = [p.strip() for p in phrases.split(";") if p.strip()]
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(items, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{body})(?![\w]){_NEGATED if unless_negated else ''}", re.IGNORECASE)


QUESTION_START = _lexicon(
    "what; how; why; when; where; who; which; whom; whose; do; does; did; are; is; can; could; would; "
    "will; have; has; should; shall; wat; hoe; waarom; wanneer; waar; wie; welke; welk; hoeveel; hoelang; "
    "kun; kunt; kan; kunnen; wil; wilt; zou; zouden; heb; hebt; heeft; ben; bent; is; zijn; mag; vind; "
    "vindt; denk; denkt; doe; doet; ga; gaat; weet; weten; klopt; zie"
)
REFLECTION = _lexicon(
    "it sounds like; sounds like; so you; you feel; you're feeling; you are feeling; you're saying; "
    "it seems; on the one hand; on the other hand; part of you; you're not sure; you're worried; "
    "you'd like; you really; for you; what i'm hearing; you're wondering; het klinkt; klinkt alsof; "
    "klinkt als; dus je; dus jij; dus u; je voelt; u voelt; je zegt; u zegt; je maakt je; aan de ene kant; "
    "aan de andere kant; een deel van je; als ik je goed begrijp; als ik u goed begrijp; je vindt het; "
    "voor jou; voor u; je merkt; je twijfelt; je bent bang; je zou graag; het lijkt; je hebt het gevoel"
)
AFFIRM = _lexicon(
    "good for you; well done; great job; that's great; impressive; you've worked; strength; courage; "
    "i appreciate; you did; you managed; you've done; proud; really good that; that took; goed van je; "
    "goed van u; knap; sterk dat; sterk van; mooi dat; compliment; trots; wat fijn dat je; ik waardeer; "
    "doorzettingsvermogen; je hebt hard; dat is je gelukt; het is je gelukt; dat heb je toch maar; "
    "respect; veerkracht"
)
AUTONOMY = _lexicon(
    "it's up to you; up to you; your choice; your decision; you decide; only you can; you're the one who; "
    "it's your; you choose; your call; no one can make you; jij beslist; jouw keuze; aan jou; jij bepaalt; "
    "jij kiest; zelf weten; zelf kiezen; jouw beslissing; u beslist; uw keuze; aan u; u bepaalt; u kiest; "
    "dat bepaal jij; niemand kan je dwingen; jouw leven; in jouw handen"
)
PERMISSION = _lexicon(
    "may i; can i share; would it be ok; would it be okay; is it okay if i; is it ok if i; would you like; "
    "do you mind if; if you want; if you like; would you be interested; can i tell you; mag ik; "
    "vind je het goed; vindt u het goed; als je wilt; als u wilt; zal ik; wil je dat ik; wilt u dat ik; "
    "heb je interesse; zou je het goed vinden; staat het je vrij; als je dat wilt"
)
ADVICE_REQUEST = _lexicon(
    "what should i; what would you do; what do you suggest; any advice; any tips; what can i do; "
    "wat moet ik; wat zou jij; wat zou u; heb je tips; heeft u tips; wat raad je; wat kan ik doen"
)
PERSUADE = _lexicon(
    "you should; you need to; you have to; you must; i recommend; i suggest; i'd advise; why don't you; "
    "you'd better; you ought to; the best thing; it's important that you; je moet; u moet; je zou moeten; "
    "u zou moeten; ik raad; mijn advies; het beste is; je kunt beter; u kunt beter; het is verstandig; "
    "het is belangrijk dat je; ik zou gewoon; je zou eens; probeer gewoon; doe nou gewoon"
)
CONFRONT = _lexicon(
    "you're just; excuse; excuses; that's not true; you always; you never; in denial; your fault; lazy; "
    "irresponsible; i don't believe; come on; wake up; you should know better; smoesje; smoesjes; "
    "je doet gewoon; dat is niet waar; altijd maar; je moet nu eens; jouw schuld; eigen schuld; lui; "
    "onverantwoordelijk; ik geloof er niets van; kom op; dat is jouw probleem; dat had je; "
    "zo gaat het niet; je hebt je er niet aan gehouden; dat is je eigen; that's no excuse; no excuse; "
    "you're an adult; grow up; you don't want to; nonsense; your own doing; geen excuus; is een excuus; "
    "dat is onzin; onzin; je bent volwassen; u bent volwassen; volwassen mensen; zelf verantwoordelijk; "
    "niet serieus; je wilt gewoon niet; u wilt gewoon niet; dat geloof ik niet; kan zo niet langer; "
    "veel te lang; die houding; met die houding; iedereen kan; anderen doen het ook; andere mensen doen het ook; "
    "dat zegt iedereen; had je moeten; had u moeten; je eigen schuld; uw eigen schuld; zelf verpest"
)
SEEK = _lexicon(
    "together; let's; what do you think; your ideas; you're the expert; we could; you know yourself; "
    "samen; laten we; wat denk jij; wat vind jij; jouw ideeën; deskundige; jij kent jezelf; we kunnen; "
    "met elkaar; hoe zie jij; uw ideeën; u kent uzelf; jouw inbreng"
)
FILLER = _lexicon(
    "mm; mhm; mm-hmm; mh-hmm; hmm; hm; uh-huh; okay; ok; oke; oké; ja; yeah; yes; right; sure; "
    "goedemorgen; goedemiddag; hallo; hoi; hi; hello; dag; tot ziens; bye; thanks; thank you; dank je; "
    "dank u; bedankt; precies; juist; nou; oh; ah; yep; uhm; eh"
)
INFORMATION = _lexicon(
    "euro; percent; procent; per maand; per month; regel; regels; wet; law; research; studies; study; "
    "uitkering; bijstand; normbedrag; sollicitatieplicht; tegenprestatie; verplicht; required; program; "
    "programme; traject; beslagvrije voet"
)
# Change and sustain cues are first-person stances, not topics: "stoppen", "solliciteren" or "werk" appear just as
# often in sustain talk ("ik wil niet stoppen", "solliciteren heeft geen zin").
CHANGE = _lexicon(
    "i want; i'd like; i would like; i need to; i can; i will; i'm going to; i should; i could; i'm ready; "
    "i've decided; i'll try; i've started; it's time; i have to change; i'd love to; better for me; "
    "ik wil; ik zou graag; ik zou willen; ik moet; ik kan; ik ga; ik zal; ik ben van plan; ik probeer; "
    "ik heb besloten; ik ben eraan toe; ik wil het proberen; ik ga het proberen; ik ben begonnen; ik heb al; "
    "ik wil wel; het zou fijn zijn; het is tijd; ik moet iets veranderen; dat ga ik doen",
    unless_negated=True,
)
SUSTAIN = _lexicon(
    "i don't want; i can't; i won't; no way; not ready; i like; i enjoy; helps me; not a problem; "
    "i don't think; why should i; too hard; i don't need; not going to; doesn't matter; no point; "
    "won't work; nobody will; not that bad; it's fine; ik wil niet; ik kan niet; ik ga niet; geen zin; "
    "het lukt niet; heeft geen zin; heeft toch geen zin; niet nodig; geen probleem; waarom zou ik; "
    "te moeilijk; zie ik niet zitten; ik zie het niet zitten; geen tijd; dat gaat niet; heeft geen nut; "
    "ik hoef niet; lukt me niet; kan ik niet; wil ik niet; toch nergens; niemand neemt; valt wel mee; "
    "niet zo erg; is prima zo; ik red me wel; lost niks op; ik vind het lekker; ik ben tevreden"
)
NEGATION = _lexicon("not; no; never; don't; can't; won't; niet; geen; nooit; niks; niets")
FIRST_PERSON = _lexicon("i; i'm; i've; my; me; myself; ik; mijn; mij; mezelf")
SECOND_PERSON = _lexicon("you; you're; your; yourself; je; jij; jou; jouw; u; uw; jezelf")
_WORD = re.compile(r"\w+")

UTTERANCE_LEXICONS: tuple[re.Pattern[str], ...] = (
    REFLECTION,
    AFFIRM,
    AUTONOMY,
    PERMISSION,
    ADVICE_REQUEST,
    PERSUADE,
    CONFRONT,
    SEEK,
    INFORMATION,
    CHANGE,
    SUSTAIN,
)
N_UTTERANCE_CUES = 10 + len(UTTERANCE_LEXICONS)
N_CONTEXT_CUES = 6
N_CUES = N_UTTERANCE_CUES + N_CONTEXT_CUES


def _saturate(count: int) -> float:
    # Two hits say about as much as five; keeping the value bounded keeps the weights comparable across cues.
    return min(count, 3) / 3.0


def utterance_cues(text: str) -> np.ndarray:
    stripped = text.strip()
    words = _WORD.findall(stripped)
    n_words = max(len(words), 1)
    first_word = words[0].lower() if words else ""
    is_short = len(words) <= 3
    filler_only = is_short and bool(words) and not FILLER.sub("", stripped).strip(" .,!?-…'\"")
    values = [
        float("?" in stripped),
        float(stripped.endswith("?")),
        float(bool(QUESTION_START.fullmatch(first_word))),
        min(math.log1p(len(words)) / 4.0, 1.5),
        float(is_short),
        float(filler_only),
        _saturate(len(NEGATION.findall(stripped))),
        min(len(FIRST_PERSON.findall(stripped)) / n_words * 5.0, 1.0),
        min(len(SECOND_PERSON.findall(stripped)) / n_words * 5.0, 1.0),
        float(any(ch.isdigit() for ch in stripped)),
    ]
    values.extend(_saturate(len(lexicon.findall(stripped))) for lexicon in UTTERANCE_LEXICONS)
    return np.asarray(values, dtype=np.float32)


def context_cues(
    *,
    previous: str | None,
    previous_same_speaker: bool,
    recent_professional: list[str],
    recent_client: list[str],
    position: float,
) -> np.ndarray:
    """Cues from earlier turns: whether a question was just asked, whether permission was asked or advice requested
    shortly before (the line between PERSUADE and PWP), and how the person has been talking."""
    permission = any(PERMISSION.search(t) and "?" in t for t in recent_professional)
    asked_advice = any(ADVICE_REQUEST.search(t) for t in recent_client)
    client_text = " ".join(recent_client)
    return np.asarray(
        [
            float(previous is not None and "?" in previous),
            float(previous_same_speaker),
            float(permission or asked_advice),
            _saturate(len(CHANGE.findall(client_text))),
            _saturate(len(SUSTAIN.findall(client_text))),
            position,
        ],
        dtype=np.float32,
    )
