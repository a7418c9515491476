"""An XMP packet -> the fields provenance needs, in both RDF forms (attributes of rdf:Description, or
child elements with text or rdf:resource). Parsed by lxml with entities left unexpanded, no DTD loaded,
no network; a packet that declares a DTD or entities is refused unread (XMP never has one)."""

from __future__ import annotations

import re
from dataclasses import dataclass

IPTC_EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
XMP = "http://ns.adobe.com/xap/1.0/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_WANTED = {
    (IPTC_EXT, "DigitalSourceType"): "digital_source_type",
    (IPTC_EXT, "AISystemUsed"): "ai_system",
    (PHOTOSHOP, "Credit"): "credit",
    (PHOTOSHOP, "Source"): "source",
    (XMP, "CreatorTool"): "creator_tool",
}
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


class BadPacket(ValueError):
    """The packet cannot be read; str() says why, for an editor."""


@dataclass(frozen=True)
class XmpFields:
    digital_source_type: str | None = None  # the value as written (a URI, usually)
    ai_system: str | None = None  # IPTC "AI System Used"
    credit: str | None = None
    source: str | None = None
    creator_tool: str | None = None


def read_xmp(packet: bytes) -> XmpFields:
    """The wanted fields of one packet; BadPacket when it is not well-formed XMP or declares a DTD."""
    from lxml import etree

    if _DTD.search(packet):
        raise BadPacket("the XMP packet declares a DTD or entities, which XMP never does; it was not read")
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False,
                             remove_comments=True, remove_pis=True, recover=False)
    start = min((i for i in (packet.find(b"<x:xmpmeta"), packet.find(b"<rdf:RDF")) if i >= 0), default=-1)
    if start < 0:
        raise BadPacket("the XMP packet holds no RDF")
    end = max(packet.rfind(b"</x:xmpmeta>") + 12, packet.rfind(b"</rdf:RDF>") + 10)
    try:
        root = etree.fromstring(packet[start:end] if end > start else packet[start:], parser)
    except etree.XMLSyntaxError as exc:
        raise BadPacket(f"the XMP packet is not well-formed XML ({str(exc)[:80]})") from None
    found: dict[str, str] = {}
    for el in root.iter(f"{{{RDF}}}Description"):
        for name, value in el.attrib.items():
            _keep(found, name, value)
        for child in el:
            if isinstance(child.tag, str):
                _keep(found, child.tag, _value(child))
    return XmpFields(**found)


def _keep(found: dict[str, str], qname: str, value: str | None) -> None:
    if not qname.startswith("{") or not value:
        return
    ns, _, local = qname[1:].partition("}")
    field = _WANTED.get((ns, local))
    if field and field not in found and value.strip():
        found[field] = " ".join(value.split())[:300]


def _value(el) -> str | None:
    """An element's value: its text, its rdf:resource, or the first item of an rdf:Alt/Seq/Bag."""
    resource = el.get(f"{{{RDF}}}resource")
    if resource:
        return resource
    if el.text and el.text.strip():
        return el.text
    for li in el.iter(f"{{{RDF}}}li"):
        if li.text and li.text.strip():
            return li.text
    return None
