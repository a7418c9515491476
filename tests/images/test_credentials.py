"""C2PA manifests (Content Credentials) through c2pa-python: a manifest signed in the test with a
certificate chain the test makes (tests/support/images.py). A valid manifest is read for its generator,
actions, source type and signer; it is trusted only when its chain ends in an anchor the run was given; a
manifest whose hashes no longer match its image is reported, and never taken as evidence."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from provenance.images import credentials, read_image
from provenance.images.ai import file_mark
from tests.support import images as make


@pytest.fixture(scope="module")
def kit() -> make.SigningKit:
    return make.signing_kit()


@pytest.fixture(scope="module")
def signed(kit) -> bytes:
    return make.c2pa_signed(make.jpeg(), "image/jpeg", kit, generator="Test Image Generator")


@pytest.fixture
def trust(tmp_path, monkeypatch) -> Iterator[object]:
    """Set PROVENANCE_C2PA_TRUST to a PEM file of anchors (c2pa's context is made once per process)."""

    def given(pem: bytes) -> None:
        path = tmp_path / "anchors.pem"
        path.write_bytes(pem)
        monkeypatch.setenv(credentials.TRUST_ENV, str(path))
        credentials._context.cache_clear()

    yield given
    monkeypatch.delenv(credentials.TRUST_ENV, raising=False)
    credentials._context.cache_clear()


def test_a_signed_ai_image_is_read_for_its_generator_actions_source_type_and_signer(signed) -> None:
    manifest = read_image(signed).c2pa
    assert manifest is not None
    assert manifest.claim_generator == "Test Image Generator 1.0"
    assert manifest.actions == ("c2pa.created",)
    assert manifest.digital_source_types == ("trainedAlgorithmicMedia",)
    assert manifest.signer == "Test Image Generator, Provenance Test Lab"
    assert (manifest.valid, manifest.trusted) == (True, False)


def test_a_signer_is_trusted_only_when_its_chain_ends_in_a_given_anchor(signed, kit, trust) -> None:
    trust(kit.root_pem)
    manifest = read_image(signed).c2pa
    assert manifest is not None and (manifest.valid, manifest.trusted) == (True, True)
    assert "a trusted signer" in file_mark(read_image(signed))[1]

    trust(make.signing_kit().root_pem)  # another lab's root
    manifest = read_image(signed).c2pa
    assert manifest is not None and (manifest.valid, manifest.trusted) == (True, False)


def test_an_untrusted_signer_is_named_as_such_in_the_evidence(signed) -> None:
    by, evidence = file_mark(read_image(signed))
    assert by == "c2pa"
    assert "on no trust list" in evidence and "trainedAlgorithmicMedia" in evidence


def test_a_manifest_whose_image_was_altered_does_not_validate_and_is_no_evidence(signed) -> None:
    altered = bytearray(signed)
    altered[-20] ^= 0xFF  # a byte of the picture, after the manifest
    meta = read_image(bytes(altered))
    assert meta.c2pa is not None and meta.c2pa.valid is False
    assert any("hash" in p.lower() for p in meta.c2pa.problems)
    assert file_mark(meta) is None


def test_an_altered_manifest_with_an_ai_xmp_packet_still_counts_by_the_packet(kit) -> None:
    signed = make.c2pa_signed(make.jpeg(make.xmp_packet("trainedAlgorithmicMedia")), "image/jpeg", kit)
    altered = bytearray(signed)
    altered[-20] ^= 0xFF
    assert file_mark(read_image(bytes(altered)))[0] == "metadata"


def test_a_camera_manifest_is_no_ai_evidence(kit) -> None:
    signed = make.c2pa_signed(make.jpeg(), "image/jpeg", kit, source_type="digitalCapture")
    meta = read_image(signed)
    assert meta.c2pa is not None and meta.c2pa.digital_source_types == ("digitalCapture",)
    assert file_mark(meta) is None


def test_a_signed_png_is_read_too(kit) -> None:
    meta = read_image(make.c2pa_signed(make.png(), "image/png", kit))
    assert meta.format == "png" and meta.c2pa is not None and meta.c2pa.valid


def test_a_truncated_signed_image_is_said_truncated_and_never_crashes(signed) -> None:
    for cut in (len(signed) // 3, len(signed) - 100, 400):
        meta = read_image(signed[:cut])
        assert meta.problems
        assert file_mark(meta) is None
