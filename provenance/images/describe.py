"""What an image file said, in words for an editor (the text and HTML reports, `provenance inspect`)."""

from __future__ import annotations

from provenance.models import C2paManifest, ImageRead

NO_DATA = "no provenance data"


def describe(read: ImageRead | None) -> list[str]:
    """One line per thing the file says; "no provenance data" (and why) when it says nothing."""
    if read is None or read.metadata is None:
        why = read.reason if read is not None and read.reason else "the image file was not read"
        if why[:1].isupper() and why[1:2].islower():  # a sentence of the fetcher's, inside parentheses
            why = why[0].lower() + why[1:]
        return [f"{NO_DATA} ({why.rstrip('.')})"]
    meta = read.metadata
    lines = []
    if meta.digital_source_type:
        lines.append(f"IPTC DigitalSourceType: {meta.digital_source_type}")
    if meta.ai_system:
        lines.append(f"IPTC AI System Used: {meta.ai_system}")
    for label, value in (("IPTC Credit", meta.credit), ("IPTC Source", meta.source),
                         ("XMP CreatorTool", meta.creator_tool)):
        if value:
            lines.append(f"{label}: {value}")
    if meta.c2pa is not None:
        lines.append(c2pa_line(meta.c2pa))
    if not lines:
        lines.append(f"{NO_DATA} (the {meta.format.upper()} file carries no IPTC, XMP or C2PA provenance)")
    lines += [f"note: {p}" for p in meta.problems]
    return lines


def c2pa_line(m: C2paManifest) -> str:
    state = ("valid, trusted signer" if m.trusted else "valid signature, signer on no trust list given"
             if m.valid else "does NOT validate: not taken as evidence")
    parts = [f"C2PA manifest ({state})"]
    if m.signer:
        parts.append(f"signed by {m.signer}")
    if m.claim_generator:
        parts.append(f"made with {m.claim_generator}")
    if m.actions:
        parts.append("actions " + ", ".join(m.actions))
    if m.digital_source_types:
        parts.append("source type " + ", ".join(m.digital_source_types))
    line = "; ".join(parts)
    if m.problems and not m.valid:
        line += " — " + "; ".join(m.problems[:3])
    return line
