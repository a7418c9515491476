"""On-disk cache of pages read successfully, keyed by normalised URL, with a time-to-live we set.

One file per URL, named by the sha256 of the normalised URL: a JSON line (status, final URL, content type,
redirects, body length and hash, time stored) then the body bytes. Written to a unique temp file and
os.replace'd, so a killed run leaves no half-written entry and two runs at once never clash; an entry
whose body does not match its recorded length and hash is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass

from provenance.inputs import open_regular


@dataclass(frozen=True)
class CachedPage:
    url: str
    final_url: str | None
    http_status: int | None
    content_type: str | None
    redirects: tuple[str, ...]
    body: bytes


class PageCache:
    def __init__(self, folder: str, ttl: float) -> None:
        self.folder, self.ttl = folder, ttl

    def _path(self, key: str) -> str:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return os.path.join(self.folder, digest[:2], digest + ".page")

    def get(self, key: str) -> CachedPage | None:
        try:
            with open_regular(self._path(key), follow_links=False) as handle:
                head = json.loads(handle.readline(64_000))
                body = handle.read()
        except (OSError, ValueError):
            return None
        try:
            fresh = time.time() - float(head["stored_at"]) <= self.ttl
            intact = len(body) == head["length"] and hashlib.sha256(body).hexdigest() == head["sha256"]
            if not (fresh and intact and head["key"] == key):
                return None
            return CachedPage(
                url=head["url"], final_url=head["final_url"], http_status=head["http_status"],
                content_type=head["content_type"], redirects=tuple(head["redirects"]), body=body,
            )
        except (KeyError, TypeError, ValueError):
            return None

    def put(self, key: str, page: CachedPage) -> None:
        """Store a page; a cache that cannot be written is not an error (the run goes on)."""
        head = {
            "key": key, "url": page.url, "final_url": page.final_url, "http_status": page.http_status,
            "content_type": page.content_type, "redirects": list(page.redirects),
            "length": len(page.body), "sha256": hashlib.sha256(page.body).hexdigest(),
            "stored_at": time.time(),
        }
        path = self._path(key)
        tmp = None
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=os.path.dirname(path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(json.dumps(head).encode("utf-8") + b"\n")
                handle.write(page.body)
            os.replace(tmp, path)
            tmp = None
        except OSError:
            pass
        finally:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
