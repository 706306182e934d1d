"""ETag / If-Match: a version of what the caller sees, so a system that writes on stale data gets 412."""

import hashlib
import json


def etag_van(data) -> str:
    inhoud = json.dumps(data, sort_keys=True, default=str, separators=(",", ":")).encode()
    return '"' + hashlib.sha256(inhoud).hexdigest()[:32] + '"'


def past_bij(if_match: str | None, huidig: str) -> bool:
    """No If-Match means no condition; ``*`` matches any version; otherwise one of the listed tags must match."""
    if not if_match:
        return True
    tags = [t.strip().removeprefix("W/") for t in if_match.split(",")]
    return "*" in tags or huidig in tags
