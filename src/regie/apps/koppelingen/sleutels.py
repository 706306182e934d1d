"""API keys: ``regie_<prefix>_<secret>``. Only the prefix and a SHA-256 of the secret are stored.

The secret is 256 random bits, so a fast hash suffices (no password stretching needed: it cannot be guessed), and
checking a key costs one indexed lookup and one constant-time comparison.
"""

import hashlib
import hmac
import secrets

VOORVOEGSEL = "regie_"


def hash_van(geheim: str) -> str:
    return hashlib.sha256(geheim.encode()).hexdigest()


def nieuwe_sleutel() -> tuple[str, str, str]:
    """(the whole key to hand out once, its prefix, the hash to store)."""
    prefix = secrets.token_hex(6)
    geheim = secrets.token_urlsafe(32)
    return f"{VOORVOEGSEL}{prefix}_{geheim}", prefix, hash_van(geheim)


def ontleed(sleutel: str) -> tuple[str, str] | None:
    """(prefix, secret) of a well-formed key, else None."""
    if not sleutel.startswith(VOORVOEGSEL):
        return None
    prefix, _, geheim = sleutel[len(VOORVOEGSEL) :].partition("_")
    if len(prefix) != 12 or not geheim or len(geheim) > 100:
        return None
    return prefix, geheim


def klopt(geheim: str, opgeslagen_hash: str) -> bool:
    return hmac.compare_digest(hash_van(geheim), opgeslagen_hash)
