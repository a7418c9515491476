"""`provenance inspect IMAGE_OR_URL`: what the tool reads from an image file, as text and JSON. The images
are real files made by tests/support/images.py; the URL's answer is replayed from a VCR cassette."""

from __future__ import annotations

import json

import yaml

from tests.support import images as make
from tests.support.cli import run


def test_an_ai_jpeg_is_shown_with_what_its_file_says(tmp_path) -> None:
    path = tmp_path / "ai.jpg"
    path.write_bytes(make.jpeg(make.xmp_packet("trainedAlgorithmicMedia", credit="Newsroom Graphics")))
    proc = run("inspect", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "image      JPEG" in proc.stdout
    assert "AI-made    by metadata: its IPTC DigitalSourceType is trainedAlgorithmicMedia" in proc.stdout
    assert "IPTC Credit: Newsroom Graphics" in proc.stdout


def test_a_signed_image_shows_its_manifest_in_json(tmp_path) -> None:
    path = tmp_path / "signed.png"
    path.write_bytes(make.c2pa_signed(make.png(), "image/png", make.signing_kit()))
    proc = run("inspect", str(path), "--format", "json")
    image = json.loads(proc.stdout)[0]["image"]
    assert image["c2pa"]["valid"] is True and image["c2pa"]["trusted"] is False
    assert image["c2pa"]["claim_generator"] == "Test Image Generator 1.0"
    assert image["ai"]["by"] == "c2pa"


def test_an_image_without_metadata_says_no_provenance_data(tmp_path) -> None:
    path = tmp_path / "plain.webp"
    path.write_bytes(make.webp())
    proc = run("inspect", str(path))
    assert "no provenance data" in proc.stdout and "AI-made" not in proc.stdout


def test_a_file_named_as_an_image_that_is_a_page_is_an_error_line(tmp_path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"<!DOCTYPE html><html><body>Not found</body></html>")
    proc = run("inspect", str(path))
    assert proc.returncode == 2
    assert "web page (HTML), not an image" in proc.stdout and "Traceback" not in proc.stderr


def test_an_image_url_is_read_from_the_cassette(tmp_path) -> None:
    url = "https://img.example.org/composite.png"
    body = make.png(make.xmp_packet("compositeWithTrainedAlgorithmicMedia"))
    cassette = tmp_path / "image.yaml"
    cassette.write_text(yaml.safe_dump({"version": 1, "interactions": [{
        "request": {"body": None, "headers": {}, "method": "GET", "uri": url},
        "response": {"status": {"code": 200, "message": "OK"}, "headers": {"Content-Type": ["image/png"]},
                     "body": {"string": body}}}]}), encoding="utf-8")
    proc = run("inspect", url, "--cassette", str(cassette), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout)[0]
    assert found["status"] == "fetched" and found["http_status"] == 200
    assert found["image"]["digital_source_type"] == "compositeWithTrainedAlgorithmicMedia"
