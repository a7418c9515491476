"""Whether a figure is AI-made, by what the tool knows (its file's C2PA manifest, its file's IPTC
metadata, or the article's own words), and whether the article says so.

A file without metadata is no evidence either way: no data is not "not AI". A C2PA manifest counts only
when its signature and hashes validate; one that does not is reported, never taken as proof.
"""

from __future__ import annotations

from collections.abc import Sequence

from provenance.article.disclosure import generator_named, is_ai_disclosure
from provenance.images.iptc import AI_CODES, is_ai_code
from provenance.models import AiMark, Figure, ImageMetadata, ImageRead

Notes = Sequence[tuple[int, int, str]]


def file_mark(meta: ImageMetadata | None) -> tuple[str, str] | None:
    """("c2pa" | "metadata", evidence) when the file says it is AI-made; else None."""
    if meta is None:
        return None
    manifest = meta.c2pa
    if manifest is not None and manifest.valid:
        code = next((c for c in manifest.digital_source_types if is_ai_code(c)), None)
        if code is not None:
            trust = "a trusted signer" if manifest.trusted else "a signer on no trust list given to the run"
            made = f", made with {manifest.claim_generator}" if manifest.claim_generator else ""
            signer = manifest.signer or "an unnamed signer"
            says = f"says {code} ({AI_CODES[code]}){made}"
            return "c2pa", f"its C2PA manifest, signed by {signer} ({trust}), {says}"
    if is_ai_code(meta.digital_source_type):
        code = meta.digital_source_type
        assert code is not None
        return "metadata", f"its IPTC DigitalSourceType is {code} ({AI_CODES[code]})"
    if meta.ai_system:
        return "metadata", f"its IPTC AI System Used is {meta.ai_system}"
    for label, value in (("IPTC Credit", meta.credit), ("IPTC Source", meta.source),
                         ("XMP CreatorTool", meta.creator_tool)):
        named = generator_named(value, level=1)  # a metadata field is a credit slot
        if named or (label != "XMP CreatorTool" and value and is_ai_disclosure(value)):
            return "metadata", f"its {label} reads “{value}”"
    return None


def own_disclosure(figure: Figure) -> str | None:
    """The figure's caption, credit or alt text when it says the image is AI-made (or names a generator)."""
    for text in (figure.caption, figure.credit, figure.alt):
        if text and (is_ai_disclosure(text) or generator_named(text)):
            return text
    return None


def disclaimers(figures: Sequence[Figure], notes: Notes) -> list[tuple[int, int, str]]:
    """The article's AI notes that are no figure's caption, credit or alt text: disclaimers of their own
    ("Images in this article were generated with AI"), which speak for every image."""
    own = {_key(t) for f in figures for t in (f.caption, f.credit, f.alt) if t}
    return [n for n in notes if _key(n[2]) not in own]


def ai_mark(figure: Figure, read: ImageRead | None, figures: Sequence[Figure], notes: Notes) -> AiMark | None:
    """What makes this figure AI-made, if anything, and whether the article says so."""
    said = own_disclosure(figure)
    general = disclaimers(figures, notes)
    from_file = file_mark(read.metadata if read is not None else None)
    if from_file is not None:
        return AiMark(from_file[0], from_file[1], disclosed=bool(said or general))
    if said:
        return AiMark("caption", said, disclosed=True)
    if general and len(figures) == 1:
        return AiMark("caption", general[0][2], disclosed=True)
    return None


def noted(figure: Figure, figures: Sequence[Figure], notes: Notes) -> bool:
    """Whether the article's AI notes (each one an ai-generated-image finding already) cover this figure."""
    own = {_key(t) for t in (figure.caption, figure.credit, figure.alt) if t}
    return bool(disclaimers(figures, notes)) or any(_key(n[2]) in own for n in notes)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()
