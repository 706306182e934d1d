"""Motivational-interviewing engine: codes conversation turns and computes MITI 4.2.1 summary scores.

Pure engine: imports nothing from Django. Typical use from a service::

    from regie.mi import Utterance, code_utterances, summarise, suggestions

    coded = code_utterances([Utterance("gesprek-12", 1, "professional", "Hoe gaat het met je?"), ...])
    summary = summarise(coded)          # scores of one conversation
    feedback = suggestions(coded)       # three suggestions in Dutch

The model is loaded on first use and cached for the process (``get_model``; ``clear_model_cache`` to reload).
"""

from .codes import DUTCH_LABELS, Coarse, Code, Speaker
from .engine import MiModel, ModelMissingError, clear_model_cache, code_utterances, get_model, load_model
from .feedback import suggestions
from .globals import GlobalEstimate, MitiGlobals, estimate_globals
from .language import detect_language
from .schema import CodedUtterance, Utterance
from .scores import Level, MitiSummary, Score, summarise

__all__ = [
    "DUTCH_LABELS",
    "GlobalEstimate",
    "MitiGlobals",
    "estimate_globals",
    "Coarse",
    "Code",
    "CodedUtterance",
    "Level",
    "MiModel",
    "MitiSummary",
    "ModelMissingError",
    "Score",
    "Speaker",
    "Utterance",
    "clear_model_cache",
    "code_utterances",
    "detect_language",
    "get_model",
    "load_model",
    "suggestions",
    "summarise",
]
