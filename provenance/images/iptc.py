"""IPTC: the DigitalSourceType vocabulary (https://cv.iptc.org/newscodes/digitalsourcetype/) and the
Credit and Source fields of an IPTC-IIM record."""

from __future__ import annotations

import re

_PREFIXES = ("http://cv.iptc.org/newscodes/digitalsourcetype/", "https://cv.iptc.org/newscodes/digitalsourcetype/",
             "digsrctype:")
_CODE = re.compile(r"[A-Za-z][A-Za-z0-9]{1,80}")

# The codes that say an AI (or another algorithm) made the picture, wholly or in part, and how an editor
# would say it. Every other code (digitalCapture, computationalCapture, humanEdits, algorithmicallyEnhanced,
# digitalCreation, composite, screenCapture …) is a claim that it was not generated.
AI_CODES = {
    "trainedAlgorithmicMedia": "made by a generative AI model",
    "compositeWithTrainedAlgorithmicMedia": "a composite that includes AI-generated elements",
    "algorithmicMedia": "made by an algorithm, without a camera",
    "compositeSynthetic": "a composite that includes synthetic (generated) elements",
}


def code_of(value: str | None) -> str | None:
    """The IPTC code a DigitalSourceType value names (its URI, `digsrctype:` QCode or bare code)."""
    text = (value or "").strip()
    for prefix in _PREFIXES:
        if text.lower().startswith(prefix):
            text = text[len(prefix):]
            break
    text = text.strip("/")
    return text if _CODE.fullmatch(text) else None


def is_ai_code(code: str | None) -> bool:
    return code in AI_CODES


def iim_credit_and_source(record: bytes) -> tuple[str | None, str | None]:
    """Credit (2:110) and Source (2:115) of an IPTC-IIM record."""
    found: dict[int, str] = {}
    i, n = 0, len(record)
    while i + 5 <= n and record[i] == 0x1C:
        rec, dataset = record[i + 1], record[i + 2]
        length = int.from_bytes(record[i + 3:i + 5], "big")
        if length & 0x8000:  # an extended dataset: not one of these
            return found.get(110), found.get(115)
        value = record[i + 5:i + 5 + length]
        if rec == 2 and dataset in (110, 115) and dataset not in found:
            text = value.decode("utf-8", "replace").strip()
            if text:
                found[dataset] = text[:300]
        i += 5 + length
    return found.get(110), found.get(115)
