"""Reading what an image file says of its making: XMP in every container and both RDF forms, the IPTC
DigitalSourceType codes, and hostile files that must cost nothing but their own figure. The images are
real files made by tests/support/images.py (Pillow, with packets written as Adobe and IPTC document them)."""

from __future__ import annotations

import pytest

from provenance.images import NotAnImage, read_image
from provenance.images.containers import MAX_XMP
from tests.support import images as make

AI = "trainedAlgorithmicMedia"


@pytest.mark.parametrize("container", [make.jpeg, make.png, make.webp])
@pytest.mark.parametrize("form", ["attribute", "element"])
@pytest.mark.parametrize("code", [AI, "compositeWithTrainedAlgorithmicMedia", "algorithmicMedia",
                                  "digitalCapture"])
def test_the_digital_source_type_is_read_from_each_container_in_both_rdf_forms(container, form, code) -> None:
    meta = read_image(container(make.xmp_packet(code, form=form)))
    assert meta.digital_source_type == code
    assert meta.problems == ()


@pytest.mark.parametrize("chunk", ["iTXt", "iTXt-z", "zTXt"])
def test_a_png_packet_is_read_plain_or_compressed(chunk) -> None:
    assert read_image(make.png(make.xmp_packet(AI), chunk=chunk)).digital_source_type == AI


@pytest.mark.parametrize("value", [
    "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
    "https://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
    "digsrctype:trainedAlgorithmicMedia",
])
def test_the_code_is_read_from_its_uri_or_its_qcode(value) -> None:
    assert read_image(make.jpeg(make.xmp_packet(value))).digital_source_type == AI


def test_credit_and_creator_tool_are_read_for_a_generator_they_may_name() -> None:
    meta = read_image(make.png(make.xmp_packet(credit="Midjourney", creator_tool="Adobe Firefly")))
    assert (meta.credit, meta.creator_tool, meta.digital_source_type) == ("Midjourney", "Adobe Firefly", None)


@pytest.mark.parametrize("container", [make.jpeg, make.png, make.webp])
def test_an_image_without_metadata_says_nothing(container) -> None:
    meta = read_image(container())
    assert (meta.digital_source_type, meta.c2pa, meta.credit, meta.creator_tool) == (None, None, None, None)


def test_the_format_is_told_by_the_bytes_not_the_name() -> None:
    assert [read_image(f()).format for f in (make.jpeg, make.png, make.webp)] == ["jpeg", "png", "webp"]


# ---------------------------------------------------------------- hostile files


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
                             for n in range(1, 10))
                  + b']><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
                    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
                    b'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="&lol9;"/>'
                    b"</rdf:RDF></x:xmpmeta>")


def test_billion_laughs_in_xmp_is_refused_unread() -> None:
    meta = read_image(make.jpeg(BILLION_LAUGHS))
    assert meta.credit is None
    assert any("DTD" in p for p in meta.problems)


def test_an_external_entity_in_xmp_is_never_resolved(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    packet = make.xmp_packet(credit="&xxe;").replace(
        b"<x:xmpmeta", b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://%s">]><x:xmpmeta' % str(secret).encode(), 1)
    meta = read_image(make.png(packet))
    assert meta.credit is None and "SECRET" not in repr(meta)


def test_an_xmp_packet_over_the_cap_is_left_unread_and_said() -> None:
    huge = make.xmp_packet(AI, extra=' photoshop:Headline="' + "x" * (MAX_XMP + 10) + '"')
    meta = read_image(make.png(huge))
    assert meta.digital_source_type is None
    assert any("left unread" in p for p in meta.problems)


def test_a_compressed_packet_that_inflates_past_the_cap_is_not_inflated() -> None:
    import struct
    import zlib

    plain = make.png()
    packet = zlib.compress(make.xmp_packet(AI, extra=' a="' + " " * (MAX_XMP * 50) + '"'), 9)
    body = b"XML:com.adobe.xmp\x00\x01\x00\x00\x00" + packet
    chunk = struct.pack(">I", len(body)) + b"iTXt" + body + struct.pack(">I", zlib.crc32(b"iTXt" + body))
    meta = read_image(plain[:33] + chunk + plain[33:])
    assert meta.digital_source_type is None
    assert any("inflates past" in p for p in meta.problems)


def test_a_decompression_bomb_is_read_for_its_metadata_without_decoding_a_pixel() -> None:
    bomb = make.bomb_png()
    assert len(bomb) < 2_000
    assert read_image(bomb).digital_source_type == AI


@pytest.mark.parametrize("container", [make.jpeg, make.png, make.webp])
def test_a_truncated_file_is_said_to_be_truncated(container) -> None:
    whole = container(make.xmp_packet(AI))
    for cut in (len(whole) // 2, 40, 12):
        meta = read_image(whole[:cut])
        said = any("truncated" in p or "cut off" in p for p in meta.problems)
        assert said or meta.digital_source_type == AI


def test_a_jpeg_with_a_garbage_xmp_segment_says_so() -> None:
    meta = read_image(make.jpeg_with_app1(b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta><rdf:RDF><broken"))
    assert meta.digital_source_type is None
    assert any("not well-formed" in p for p in meta.problems)


@pytest.mark.parametrize("data, said", [
    (b"<!DOCTYPE html><html><body>Not found</body></html>", "web page"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "SVG"),
    (b"", "empty"),
    (b"\x00\x01garbage" * 10, "not an image"),
])
def test_what_is_not_an_image_is_named_for_what_it_is(data, said) -> None:
    with pytest.raises(NotAnImage, match=said):
        read_image(data)
