"""Bytes of an image file -> ImageMetadata (what it says about its making)."""

from __future__ import annotations

from provenance.images import containers, iptc
from provenance.images.xmp import BadPacket, XmpFields, read_xmp
from provenance.models import ImageMetadata


class NotAnImage(ValueError):
    """The bytes are no image this reader knows; str() says what they look like."""


def read_image(data: bytes, *, c2pa: bool = True) -> ImageMetadata:
    """The provenance metadata of the image in `data`; NotAnImage when it is none. Bounded: the container
    is walked once, no block over its cap is kept, pixels are never decoded."""
    fmt = containers.sniff(data)
    if fmt is None:
        raise NotAnImage(_what_it_is(data))
    found = containers.blocks(data, fmt)
    problems = list(found.problems)
    fields = XmpFields()
    for packet in found.xmp:
        try:
            fields = read_xmp(packet)
            break
        except BadPacket as exc:
            problems.append(str(exc))
    credit, source = fields.credit, fields.source
    if found.iim and not (credit and source):
        iim_credit, iim_source = iptc.iim_credit_and_source(found.iim)
        credit, source = credit or iim_credit, source or iim_source
    manifest = None
    if found.c2pa and c2pa:
        from provenance.images import credentials

        try:
            manifest, problem = credentials.read_manifest(data, fmt)
        except credentials.Unavailable as exc:
            problem = f"its C2PA manifest was not validated: {exc}"
        if problem:
            problems.append(problem)
    return ImageMetadata(
        format=fmt,
        digital_source_type=iptc.code_of(fields.digital_source_type),
        credit=credit,
        source=source,
        creator_tool=fields.creator_tool,
        ai_system=fields.ai_system,
        c2pa=manifest,
        problems=tuple(dict.fromkeys(problems)),
    )


def _what_it_is(data: bytes) -> str:
    head = data[:512].lstrip().lower()
    if not data:
        return "the file is empty"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<head" in head:
        return "the file is a web page (HTML), not an image"
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:2048]):
        return "the file is an SVG drawing, which carries no camera or generator metadata read here"
    return "the file is not an image of a known format (JPEG, PNG, WebP, GIF, TIFF, AVIF, HEIF)"
