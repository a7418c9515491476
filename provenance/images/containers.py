"""Image containers, walked for their metadata blocks only: bounded in time (each step moves forward)
and in memory (no block larger than a cap is kept, no compressed block inflated past it)."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field

MAX_XMP = 1_000_000  # bytes of one XMP packet (JPEG's own limit is 64 KB; PNG and WebP have none)
XMP_JPEG = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_JPEG_EXTENDED = b"http://ns.adobe.com/xmp/extension/\x00"
PHOTOSHOP = b"Photoshop 3.0\x00"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_XMP_KEYWORD = b"XML:com.adobe.xmp"
_ISO_BRANDS = {b"avif": "avif", b"avis": "avif", b"heic": "heif", b"heix": "heif", b"mif1": "heif",
               b"msf1": "heif", b"hevc": "heif"}


@dataclass
class Blocks:
    """The metadata blocks found in one file."""

    format: str
    xmp: list[bytes] = field(default_factory=list)
    iim: bytes | None = None  # the IPTC-IIM record (Photoshop resource 0x0404)
    c2pa: bool = False  # the file carries C2PA (JUMBF) data
    problems: list[str] = field(default_factory=list)

    def add_xmp(self, packet: bytes) -> None:
        if len(packet) > MAX_XMP:
            self.problems.append(f"an XMP packet of {len(packet):,} bytes, over the {MAX_XMP:,} read, "
                                 "was left unread")
        else:
            self.xmp.append(packet)


def sniff(data: bytes) -> str | None:
    """The image format the first bytes announce, or None when they announce no image."""
    if data[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if data[:8] == PNG_SIGNATURE:
        return "png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if data[4:8] == b"ftyp":
        return _ISO_BRANDS.get(data[8:12]) or ("avif" if b"avif" in data[8:64] else
                                               "heif" if b"mif1" in data[8:64] else None)
    return None


def blocks(data: bytes, fmt: str) -> Blocks:
    out = Blocks(fmt)
    walk = {"jpeg": _jpeg, "png": _png, "webp": _webp}.get(fmt, _scan)
    walk(data, out)
    if fmt not in ("jpeg", "png", "webp"):
        out.c2pa = b"c2pa" in data
    return out


def _jpeg(data: bytes, out: Blocks) -> None:
    i, n = 2, len(data)
    while i < n:
        if data[i] != 0xFF:
            out.problems.append("the JPEG's segments are damaged")
            return
        while i < n and data[i] == 0xFF:  # fill bytes
            i += 1
        if i >= n:
            break
        marker = data[i]
        i += 1
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            continue
        if marker in (0xDA, 0xD9):  # start of scan, end of image: the metadata segments come before
            return
        if i + 2 > n:
            break
        (length,) = struct.unpack(">H", data[i:i + 2])
        if length < 2 or i + length > n:
            break
        body = data[i + 2:i + length]
        i += length
        if marker == 0xE1 and body.startswith(XMP_JPEG):
            out.add_xmp(body[len(XMP_JPEG):])
        elif marker == 0xED and body.startswith(PHOTOSHOP):
            out.iim = out.iim or _photoshop_iim(body[len(PHOTOSHOP):])
        elif marker == 0xEB and body[:2] == b"JP" and b"c2pa" in body:
            out.c2pa = True
    out.problems.append("the file is truncated")


def _png(data: bytes, out: Blocks) -> None:
    i, n = 8, len(data)
    while i + 8 <= n:
        length, kind = struct.unpack(">I4s", data[i:i + 8])
        if i + 12 + length > n:
            break
        body = data[i + 8:i + 8 + length]
        i += 12 + length
        if kind == b"iTXt" and body.startswith(PNG_XMP_KEYWORD + b"\x00"):
            _png_itxt(body[len(PNG_XMP_KEYWORD) + 1:], out)
        elif kind == b"tEXt" and body.startswith(PNG_XMP_KEYWORD + b"\x00"):
            out.add_xmp(body[len(PNG_XMP_KEYWORD) + 1:])
        elif kind == b"zTXt" and body.startswith(PNG_XMP_KEYWORD + b"\x00"):  # keyword, method 0, zlib
            _inflate(body[len(PNG_XMP_KEYWORD) + 2:], out)
        elif kind == b"caBX":
            out.c2pa = True
        elif kind == b"IEND":
            return
    out.problems.append("the file is truncated")


def _png_itxt(rest: bytes, out: Blocks) -> None:
    """iTXt after its keyword: compression flag and method, language\\0, translated keyword\\0, text."""
    if len(rest) < 2:
        return
    compressed, text = rest[0] == 1, rest[2:]
    for _ in range(2):  # language tag, translated keyword
        cut = text.find(b"\x00")
        if cut < 0:
            return
        text = text[cut + 1:]
    if not compressed:
        out.add_xmp(text)
        return
    _inflate(text, out)


def _inflate(text: bytes, out: Blocks) -> None:
    """A zlib-compressed packet, inflated no further than the cap."""
    inflater = zlib.decompressobj()
    try:
        packet = inflater.decompress(text, MAX_XMP + 1)
    except zlib.error:
        out.problems.append("a compressed XMP packet is corrupt")
        return
    if len(packet) > MAX_XMP:
        out.problems.append(f"a compressed XMP packet inflates past the {MAX_XMP:,} bytes read; left unread")
    else:
        out.add_xmp(packet)


def _webp(data: bytes, out: Blocks) -> None:
    i, n = 12, len(data)
    if n < 8 + struct.unpack("<I", data[4:8])[0]:  # the RIFF header's own length
        out.problems.append("the file is truncated")
    while i + 8 <= n:
        kind, length = data[i:i + 4], struct.unpack("<I", data[i + 4:i + 8])[0]
        if i + 8 + length > n:
            break
        if kind == b"XMP ":
            out.add_xmp(data[i + 8:i + 8 + length])
        elif kind == b"C2PA":
            out.c2pa = True
        i += 8 + length + (length & 1)


_PACKET_STARTS = (b"<x:xmpmeta", b"<rdf:RDF")
_PACKET_ENDS = {b"<x:xmpmeta": b"</x:xmpmeta>", b"<rdf:RDF": b"</rdf:RDF>"}


def _scan(data: bytes, out: Blocks) -> None:
    """Formats walked no further (AVIF, HEIF, TIFF, GIF): the XMP packet found by scanning for it, the
    way the XMP specification (part 3, 'packet scanning') allows for any file."""
    for start in _PACKET_STARTS:
        at = data.find(start)
        if at < 0:
            continue
        end = data.find(_PACKET_ENDS[start], at)
        if end < 0:
            out.problems.append("the XMP packet is cut off")
            return
        out.add_xmp(data[at:end + len(_PACKET_ENDS[start])])
        return


def _photoshop_iim(data: bytes) -> bytes | None:
    """The IPTC-IIM block (resource 0x0404) of a Photoshop image resource block (APP13)."""
    i, n = 0, len(data)
    while i + 12 <= n and data[i:i + 4] == b"8BIM":
        (rid,) = struct.unpack(">H", data[i + 4:i + 6])
        name = 1 + data[i + 6]  # a Pascal string, padded to an even length
        j = i + 6 + name + (name & 1)
        if j + 4 > n:
            return None
        (size,) = struct.unpack(">I", data[j:j + 4])
        body = data[j + 4:j + 4 + size]
        if rid == 0x0404:
            return body
        i = j + 4 + size + (size & 1)
    return None
