"""The names of AI image generators, as a credit line or a metadata field prints them ("Image: Midjourney").

Only names that mean the generator wherever they stand: not "Gemini", "Flux" or "Aurora" alone, which
are words of other stories too.
"""

from __future__ import annotations

import re

_GENERATOR = re.compile(
    r"\b(?:midjourney|dall[\s·.\-]?e(?:\s?[23])?|stable\s?diffusion|sdxl|adobe\s+firefly|firefly\s+image|"
    r"google\s+imagen|imagen\s?[234]\b|ideogram|leonardo\.ai|craiyon|nightcafe|"
    r"dreamstudio|bing\s+image\s+creator|image\s+creator\s+(?:from|in)\s+(?:microsoft\s+)?(?:bing|designer)|"
    r"microsoft\s+designer|chatgpt|gpt-?4o|gpt[\s-]image|openai\s+sora|flux\.1|black\s+forest\s+labs|"
    r"runway\s?ml|playground\s?ai|artbreeder|wombo|nano\s+banana|grok\s+imagine|gemini\s+image|"
    r"generative\s+fill|comfyui|automatic1111|novelai)\b",
    re.IGNORECASE,
)


def generator_named(text: str | None) -> str | None:
    """The generator `text` names, as written there, or None."""
    if not text:
        return None
    m = _GENERATOR.search(text[:2000])
    return m.group() if m else None
