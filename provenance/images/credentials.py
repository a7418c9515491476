"""C2PA manifests (Content Credentials), read and validated by c2pa-python, the CAI's own bindings.

Nothing is fetched: remote manifests and OCSP are switched off. A signer is trusted only when it chains
to a trust anchor the run was given (`PROVENANCE_C2PA_TRUST`: a PEM file of anchor certificates); a
manifest whose signature validates but whose signer is not trusted is `valid` and not `trusted`.
"""

from __future__ import annotations

import functools
import io
import json
import logging
import os
from typing import Any

from provenance.images.iptc import code_of
from provenance.models import C2paManifest

log = logging.getLogger(__name__)
TRUST_ENV = "PROVENANCE_C2PA_TRUST"
_MIME = {"jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp", "avif": "image/avif",
         "heif": "image/heif", "tiff": "image/tiff", "gif": "image/gif"}
_QUIET = ("signingCredential.untrusted",)  # said by `trusted`, not a problem of the file


class Unavailable(RuntimeError):
    """c2pa-python is not installed or cannot load here."""


@functools.lru_cache(maxsize=1)
def _context() -> Any:
    try:
        import c2pa
    except Exception as exc:  # noqa: BLE001 - an import error, or a native library that does not load
        raise Unavailable(f"c2pa-python cannot be loaded ({type(exc).__name__})") from exc
    settings: dict[str, Any] = {"verify": {"remote_manifest_fetch": False, "ocsp_fetch": False}}
    anchors = os.environ.get(TRUST_ENV)
    if anchors:
        try:
            with open(anchors, encoding="utf-8") as handle:
                settings["trust"] = {"trust_anchors": handle.read()}
        except OSError as exc:
            log.warning("the C2PA trust anchors %s cannot be read (%s); no signer is trusted", anchors, exc)
    return c2pa.Context.from_dict(settings)


def read_manifest(data: bytes, fmt: str) -> tuple[C2paManifest | None, str | None]:
    """The active manifest of the image in `data`, or None; and a problem, for an editor, when the C2PA
    data could not be read or validated at all. Raises Unavailable without c2pa-python."""
    import c2pa

    context = _context()
    try:
        reader = c2pa.Reader.try_create(_MIME.get(fmt, fmt), io.BytesIO(data), None, context)
        if reader is None:
            return None, None
        with reader:
            store = json.loads(reader.json())
            state = reader.get_validation_state() or ""
    except Exception as exc:  # noqa: BLE001 - c2pa raises its own errors for damaged data
        return None, f"its C2PA data cannot be read ({str(exc)[:120]})"
    return _manifest(store, state), None


def _manifest(store: dict[str, Any], state: str) -> C2paManifest | None:
    manifests = store.get("manifests") or {}
    active = manifests.get(store.get("active_manifest") or "")
    if not isinstance(active, dict):
        return None
    actions = [a for m in _active_first(manifests, active) for a in _actions(m)]
    own = _actions(active)
    sig = active.get("signature_info") or {}
    signer = ", ".join(str(p) for p in (sig.get("common_name"), sig.get("issuer")) if p) or None
    problems = tuple(str(s.get("explanation") or s.get("code")) for s in store.get("validation_status") or ()
                     if isinstance(s, dict) and s.get("code") not in _QUIET)
    types = tuple(dict.fromkeys(c for a in actions if (c := code_of(str(a.get("digitalSourceType") or "")))))
    return C2paManifest(
        claim_generator=_generator(active),
        actions=tuple(dict.fromkeys(str(a.get("action")) for a in own if a.get("action"))),
        digital_source_types=types,
        signer=signer,
        valid=state in ("Valid", "Trusted"),
        trusted=state == "Trusted",
        problems=problems,
    )


def _active_first(manifests: dict[str, Any], active: dict[str, Any]) -> list[dict[str, Any]]:
    """The active manifest, then its ingredients' (an AI picture edited and signed again is still one)."""
    return [active] + [m for m in manifests.values() if isinstance(m, dict) and m is not active]


def _actions(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for assertion in manifest.get("assertions") or ():
        if isinstance(assertion, dict) and str(assertion.get("label", "")).startswith("c2pa.actions"):
            out += [a for a in (assertion.get("data") or {}).get("actions") or () if isinstance(a, dict)]
    return out


def _generator(manifest: dict[str, Any]) -> str | None:
    info = manifest.get("claim_generator_info")
    if isinstance(info, list) and info and isinstance(info[0], dict) and info[0].get("name"):
        return " ".join(str(p) for p in (info[0]["name"], info[0].get("version")) if p)
    value = manifest.get("claim_generator")
    return str(value) if value else None
