"""Turning a conversation into model inputs.

Each utterance becomes a dense block (sentence embeddings of the utterance, of the two turns before it and of the two
turns after it, plus the cues of ``cues.py`` for the utterance and for the next two turns) and a sparse block of hashed
character and word n-grams. The previous turns are what lets the model tell a reflection from a new statement and
change talk from a polite "yes" (the context matters most for client talk). Coding happens after the conversation, so
the next turns are available too: how the other person answers shows what a turn did (a reflection is confirmed, a
confrontation draws sustain talk). Hashing keeps the n-gram block at a fixed size with no vocabulary file, so the
shipped weights stay small and the features are the same on every machine.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse

from .codes import Speaker
from .cues import N_CUES, N_UTTERANCE_CUES, context_cues, utterance_cues
from .schema import Utterance

N_HASH = 2**15
EMBEDDING_DIM = 512
N_CONTEXT = 2
N_FOLLOWING = 2
# Per following turn: its embedding, its utterance cues and whether the same speaker says it.
_FOLLOWING_DIM = EMBEDDING_DIM + N_UTTERANCE_CUES + 1
DENSE_DIM = EMBEDDING_DIM * (1 + N_CONTEXT) + N_CUES + N_FOLLOWING * _FOLLOWING_DIM
# The next turns are the last columns of the dense block (zero where a turn has no next turns yet).
FOLLOWING_COLUMNS = N_FOLLOWING * _FOLLOWING_DIM
_RECENT = 3
_TOKEN = re.compile(r"\w+|[?!]")

Encoder = Callable[[Sequence[str]], np.ndarray]


@lru_cache(maxsize=200_000)
def _word_buckets(word: str) -> tuple[int, ...]:
    padded = f" {word} "
    grams = [padded[i : i + n] for n in range(2, 6) for i in range(len(padded) - n + 1)]
    return tuple(zlib.crc32(g.encode("utf-8")) % N_HASH for g in grams)


def ngram_counts(text: str) -> Counter[int]:
    tokens = _TOKEN.findall(text.lower())
    counts: Counter[int] = Counter()
    for token in tokens:
        counts.update(_word_buckets(token))
    # Word pairs carry phrasing ("sounds like", "mag ik") that single character grams split apart.
    for first, second in zip(["<s>", *tokens], [*tokens, "</s>"], strict=True):
        counts[zlib.crc32(f"w:{first} {second}".encode()) % N_HASH] += 1
    return counts


def ngram_matrix(texts: Sequence[str], idf: np.ndarray | None) -> sparse.csr_matrix:
    """Sublinear term frequencies, weighted by ``idf`` when given, each row scaled to unit length."""
    indptr, indices, values = [0], [], []
    for text in texts:
        counts = ngram_counts(text)
        cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        vals = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float64, count=len(counts))
        if idf is not None:
            vals = vals * idf[cols]
        norm = float(np.sqrt(np.sum(vals * vals)))
        if norm > 0:
            vals = vals / norm
        indices.append(cols)
        values.append(vals)
        indptr.append(indptr[-1] + len(cols))
    matrix = sparse.csr_matrix(
        (
            np.concatenate(values) if values else np.zeros(0),
            np.concatenate(indices) if indices else np.zeros(0, dtype=np.int64),
            np.asarray(indptr),
        ),
        shape=(len(texts), N_HASH),
    )
    matrix.sort_indices()
    return matrix


def fit_idf(texts: Sequence[str]) -> np.ndarray:
    document_frequency = np.zeros(N_HASH, dtype=np.float64)
    for text in texts:
        document_frequency[list(ngram_counts(text).keys())] += 1
    return np.log((1 + len(texts)) / (1 + document_frequency)) + 1.0


@dataclass(frozen=True)
class FeatureRows:
    """Model inputs for the utterances of one speaker role; ``index`` points back into the input sequence."""

    index: np.ndarray
    dense: np.ndarray
    texts: tuple[str, ...]


def conversation_order(utterances: Sequence[Utterance]) -> list[list[int]]:
    """Indices of ``utterances`` grouped per conversation, each group sorted by turn order."""
    groups: dict[str, list[int]] = {}
    for i, utterance in enumerate(utterances):
        groups.setdefault(utterance.conversation, []).append(i)
    return [sorted(group, key=lambda i: utterances[i].order) for group in groups.values()]


def build_features(utterances: Sequence[Utterance], encode: Encoder) -> dict[Speaker, FeatureRows]:
    """Dense features for every utterance, split by speaker role; texts are kept for the n-gram block."""
    n = len(utterances)
    embeddings = encode([u.text for u in utterances]) if n else np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    zero = np.zeros(EMBEDDING_DIM, dtype=np.float32)
    no_turn = np.zeros(_FOLLOWING_DIM, dtype=np.float32)
    own_cues = [utterance_cues(u.text) for u in utterances]
    dense = np.zeros((n, DENSE_DIM), dtype=np.float32)
    for group in conversation_order(utterances):
        length = len(group)
        for position, i in enumerate(group):
            current = utterances[i]
            before = group[max(0, position - _RECENT * 2) : position]
            context = [embeddings[group[position - k]] if position - k >= 0 else zero for k in range(1, N_CONTEXT + 1)]
            previous = utterances[before[-1]] if before else None
            cues_now = own_cues[i]
            following = [
                np.concatenate(
                    [
                        embeddings[group[position + k]],
                        own_cues[group[position + k]],
                        [float(utterances[group[position + k]].speaker == current.speaker)],
                    ]
                )
                if position + k < length
                else no_turn
                for k in range(1, N_FOLLOWING + 1)
            ]
            cues_context = context_cues(
                previous=previous.text if previous else None,
                previous_same_speaker=previous is not None and previous.speaker == current.speaker,
                recent_professional=[
                    utterances[j].text for j in before if utterances[j].speaker == Speaker.PROFESSIONAL
                ][-_RECENT:],
                recent_client=[utterances[j].text for j in before if utterances[j].speaker == Speaker.CLIENT][
                    -_RECENT:
                ],
                position=position / max(length - 1, 1),
            )
            dense[i] = np.concatenate([embeddings[i], *context, cues_now, cues_context, *following])
    rows: dict[Speaker, FeatureRows] = {}
    for speaker in Speaker:
        index = np.asarray([i for i, u in enumerate(utterances) if u.speaker == speaker], dtype=np.int64)
        rows[speaker] = FeatureRows(index=index, dense=dense[index], texts=tuple(utterances[i].text for i in index))
    return rows
