"""Real image files for the tests, made here: Pillow draws a few pixels and writes the XMP packet where
Adobe's XMP Specification Part 3 puts it (JPEG APP1 after "http://ns.adobe.com/xap/1.0/\\0", PNG iTXt chunk
"XML:com.adobe.xmp", WebP "XMP " chunk); the packets follow IPTC's Photo Metadata Standard
(Iptc4xmpExt:DigitalSourceType with a NewsCodes URI), in either RDF form. C2PA images are signed by
c2pa-python with a certificate chain made here (a root CA and an end-entity signing certificate)."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass

DST = "http://cv.iptc.org/newscodes/digitalsourcetype/"


def xmp_packet(source_type: str | None = None, *, form: str = "attribute", credit: str | None = None,
               creator_tool: str | None = None, extra: str = "") -> bytes:
    """An XMP packet with IPTC DigitalSourceType `source_type` (a NewsCodes code or a whole URI), written
    as attributes of rdf:Description (`form="attribute"`) or as child elements (`form="element"`)."""
    values = {}
    if source_type is not None:
        values["Iptc4xmpExt:DigitalSourceType"] = source_type if ":" in source_type else DST + source_type
    if credit is not None:
        values["photoshop:Credit"] = credit
    if creator_tool is not None:
        values["xmp:CreatorTool"] = creator_tool
    if form == "attribute":
        attrs = "".join(f'\n    {k}="{v}"' for k, v in values.items())
        description = f'<rdf:Description rdf:about=""{attrs}{extra}/>'
    else:
        children = "".join(
            f'\n    <{k} rdf:resource="{v}"/>' if k.endswith("DigitalSourceType") else f"\n    <{k}>{v}</{k}>"
            for k, v in values.items())
        description = f'<rdf:Description rdf:about="">{children}{extra}\n   </rdf:Description>'
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n'
        '   xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"\n'
        '   xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"\n'
        '   xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
        f"   {description}\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()


def _pixels():
    from PIL import Image

    return Image.new("RGB", (16, 12), (180, 90, 40))


def jpeg(xmp: bytes | None = None) -> bytes:
    out = io.BytesIO()
    _pixels().save(out, "JPEG", quality=80, **({"xmp": xmp} if xmp is not None else {}))
    return out.getvalue()


def png(xmp: bytes | None = None, *, chunk: str = "iTXt") -> bytes:
    """A PNG with its packet in an iTXt chunk (as XMP part 3 says), a compressed iTXt ("iTXt-z") or, as
    some older tools write it, a zTXt chunk."""
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    if xmp is not None and chunk == "zTXt":
        info.add_text("XML:com.adobe.xmp", xmp.decode("utf-8"), zip=True)
    elif xmp is not None:
        info.add_itxt("XML:com.adobe.xmp", xmp.decode("utf-8"), zip=chunk == "iTXt-z")
    out = io.BytesIO()
    _pixels().save(out, "PNG", pnginfo=info)
    return out.getvalue()


def webp(xmp: bytes | None = None) -> bytes:
    out = io.BytesIO()
    _pixels().save(out, "WEBP", **({"xmp": xmp} if xmp is not None else {}))
    return out.getvalue()


def jpeg_with_app1(payload: bytes) -> bytes:
    """A JPEG whose first segment after SOI is an APP1 holding `payload` as is (length field capped)."""
    plain = jpeg()
    size = min(len(payload) + 2, 0xFFFF)
    return plain[:2] + b"\xff\xe1" + size.to_bytes(2, "big") + payload[:size - 2] + plain[2:]


def bomb_png(width: int = 20_000, height: int = 20_000) -> bytes:
    """A PNG of a few hundred bytes whose header claims `width` x `height` pixels (a decompression bomb
    for a reader that decodes pixels), with an AI XMP packet."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    xmp = b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + xmp_packet("trainedAlgorithmicMedia")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"iTXt", xmp)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 4096)) + chunk(b"IEND", b""))


@dataclass(frozen=True)
class SigningKit:
    """A certificate chain for signing C2PA manifests: the leaf and its CA as PEM, the leaf's key."""

    chain_pem: bytes  # end-entity certificate, then the root
    key_pem: bytes
    root_pem: bytes


def signing_kit() -> SigningKit:
    """A root CA and an ES256 end-entity certificate with the key usage and EKU C2PA asks of a signer."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.timezone.utc)

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Provenance Test Lab")])

    root_key = ec.generate_private_key(ec.SECP256R1())
    root = (x509.CertificateBuilder().subject_name(name("Provenance Test Root"))
        .issuer_name(name("Provenance Test Root")).public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                     key_encipherment=False, data_encipherment=False, key_agreement=False,
                                     key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (x509.CertificateBuilder().subject_name(name("Test Image Generator")).issuer_name(root.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False,
                                         key_encipherment=False, data_encipherment=False, key_agreement=False,
                                         key_cert_sign=False, crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
                           critical=False)
            .sign(root_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    return SigningKit(
        chain_pem=leaf.public_bytes(pem) + root.public_bytes(pem),
        key_pem=key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()),
        root_pem=root.public_bytes(pem),
    )


def c2pa_signed(image: bytes, mime: str, kit: SigningKit, source_type: str = "trainedAlgorithmicMedia",
                generator: str = "Test Image Generator") -> bytes:
    """`image` with a C2PA manifest signed by `kit`: one c2pa.created action of `source_type`."""
    import c2pa

    manifest = {
        "claim_generator_info": [{"name": generator, "version": "1.0"}],
        "title": "generated.jpg",
        "assertions": [{"label": "c2pa.actions", "data": {"actions": [
            {"action": "c2pa.created", "digitalSourceType": DST + source_type}]}}],
    }
    info = c2pa.C2paSignerInfo(alg=b"es256", sign_cert=kit.chain_pem, private_key=kit.key_pem, ta_url=None)
    signer = c2pa.Signer.from_info(info)
    out = io.BytesIO()
    with c2pa.Builder(json.dumps(manifest)) as builder:
        builder.sign(signer, mime, io.BytesIO(image), out)
    return out.getvalue()
