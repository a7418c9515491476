"""The figures' own files, end to end: an article whose images say (or do not say) in their metadata that
an AI made them, checked through the real command line. The images are real files made by
tests/support/images.py; fetched ones are replayed from a VCR cassette the test writes, with binary bodies
as VCR.py writes them (`!!binary`); a local article's images are read from its folder.

What the file says     | the article says        | findings
AI (IPTC, JPEG)        | nothing                 | ai-generated-image + undisclosed-ai-image
AI (IPTC, PNG)         | an AI caption           | ai-generated-image only (the caption's)
composite (WebP)       | nothing                 | ai-generated-image + undisclosed-ai-image
AI (C2PA, signed here) | nothing                 | ai-generated-image + undisclosed-ai-image (by c2pa)
camera, no metadata    | nothing                 | none, and no claim either way ("no provenance data")
truncated, HTML, not in the cassette             | none, and no crash
AI (IPTC), 20,000 x 20,000 pixels claimed        | as any AI image: the pixels are never decoded
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from provenance.formats.json import load_schema
from tests.support import images as make
from tests.support.cli import run

IMG = "https://img.example.org/"


@pytest.fixture(scope="module")
def files() -> dict[str, tuple[str, bytes]]:
    ai = make.xmp_packet("trainedAlgorithmicMedia")
    kit = make.signing_kit()
    return {
        "ai.jpg": ("image/jpeg", make.jpeg(ai)),
        "ai.png": ("image/png", make.png(make.xmp_packet("trainedAlgorithmicMedia", form="element"))),
        "composite.webp": ("image/webp", make.webp(make.xmp_packet("compositeWithTrainedAlgorithmicMedia"))),
        "signed.jpg": ("image/jpeg", make.c2pa_signed(make.jpeg(), "image/jpeg", kit)),
        "camera.jpg": ("image/jpeg", make.jpeg(make.xmp_packet("digitalCapture"))),
        "plain.png": ("image/png", make.png()),
        "truncated.jpg": ("image/jpeg", make.jpeg(ai)[:300]),
        "bomb.png": ("image/png", make.bomb_png()),
        "page.jpg": ("image/jpeg", b"<!DOCTYPE html><html><body><p>Image not found</p></body></html>"),
    }


ARTICLE = """<!DOCTYPE html><html lang="en"><head><title>Harbour week</title>
<meta name="date" content="2026-03-05"></head><body><article><h1>Harbour week</h1>
<p>The harbour opened its new quay on Monday.</p>
<figure><img src="{img}ai.jpg" alt="The quay at dawn"><figcaption>The new quay at dawn.</figcaption></figure>
<figure><img src="{img}ai.png" alt=""><figcaption>An AI-generated image of the quay, made with Midjourney.
</figcaption></figure>
<figure><img src="{img}composite.webp"><figcaption>Crowds on the opening day.</figcaption></figure>
<figure><img src="{img}signed.jpg"><figcaption>The quay by night.</figcaption></figure>
<figure><img src="{img}camera.jpg"><figcaption>The mayor cuts the ribbon.</figcaption></figure>
<figure><img src="{img}plain.png"><figcaption>The old quay.</figcaption></figure>
<figure><img src="{img}truncated.jpg"><figcaption>Boats.</figcaption></figure>
<figure><img src="{img}bomb.png"><figcaption>The bay.</figcaption></figure>
<figure><img src="{img}page.jpg"><figcaption>A ferry.</figcaption></figure>
<figure><img src="{img}missing.jpg"><figcaption>A crane.</figcaption></figure>
</article></body></html>
"""


def _cassette(path: Path, files: dict[str, tuple[str, bytes]]) -> None:
    interactions = [{
        "request": {"body": None, "headers": {}, "method": "GET", "uri": IMG + name},
        "response": {"status": {"code": 200, "message": "OK"}, "headers": {"Content-Type": [kind]},
                     "body": {"string": body}},
    } for name, (kind, body) in files.items()]
    text = yaml.safe_dump({"interactions": interactions, "version": 1})
    assert "!!binary" in text
    path.write_text(text, encoding="utf-8")


def _check(article: Path, *args: str) -> dict:
    proc = run("check", str(article), "--format", "json", "--fail-on", "never", "--quiet", *args)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    jsonschema.validate(report, load_schema())  # figures and their metadata as the contract has them
    return report["articles"][0]


def _by_image(report: dict) -> dict[str, tuple[dict, list[str]]]:
    """Each figure's file name -> (its FIGURE object, the names of the findings on its line)."""
    out = {}
    for figure in report["figures"]:
        names = sorted(f["name"] for f in report["findings"] if f["line"] == figure["line"]
                       and f["name"] in ("ai-generated-image", "undisclosed-ai-image"))
        out[figure["src"].rsplit("/", 1)[-1]] = (figure, names)
    return out


@pytest.fixture(scope="module")
def replayed(tmp_path_factory, files) -> dict[str, tuple[dict, list[str]]]:
    folder = tmp_path_factory.mktemp("replayed")
    (folder / "harbour.html").write_text(ARTICLE.format(img=IMG), encoding="utf-8")
    _cassette(folder / "images.yaml", files)
    return _by_image(_check(folder / "harbour.html", "--cassette", str(folder / "images.yaml")))


BOTH = ["ai-generated-image", "undisclosed-ai-image"]


@pytest.mark.parametrize("name, findings, by", [
    ("ai.jpg", BOTH, "metadata"),
    ("ai.png", ["ai-generated-image"], "metadata"),
    ("composite.webp", BOTH, "metadata"),
    ("signed.jpg", BOTH, "c2pa"),
    ("bomb.png", BOTH, "metadata"),  # 20,000 x 20,000 pixels claimed: its packet is read, its pixels never
])
def test_an_image_whose_file_says_ai(replayed, name, findings, by) -> None:
    figure, names = replayed[name]
    assert names == findings
    assert figure["ai"]["by"] == by
    assert figure["ai"]["disclosed"] is (findings == ["ai-generated-image"])


def test_the_signed_image_reports_its_manifest(replayed) -> None:
    c2pa = replayed["signed.jpg"][0]["metadata"]["c2pa"]
    assert c2pa["claim_generator"] == "Test Image Generator 1.0"
    assert c2pa["actions"] == ["c2pa.created"]
    assert (c2pa["valid"], c2pa["trusted"]) == (True, False)


@pytest.mark.parametrize("name", ["camera.jpg", "plain.png"])
def test_a_camera_image_and_one_without_metadata_make_no_claim(replayed, name) -> None:
    figure, names = replayed[name]
    assert names == [] and figure["ai"] is None
    assert figure["metadata"] is not None


@pytest.mark.parametrize("name", ["truncated.jpg", "page.jpg", "missing.jpg"])
def test_a_broken_or_absent_image_costs_nothing_but_itself(replayed, name) -> None:
    figure, names = replayed[name]
    assert figure["ai"] is None and names == []


def test_an_image_that_is_really_a_page_is_said_to_be_one(replayed) -> None:
    figure, _ = replayed["page.jpg"]
    assert figure["metadata"] is None and "web page" in figure["read"]["reason"]


def test_offline_without_a_cassette_nothing_is_fetched_and_no_claim_is_made(tmp_path) -> None:
    (tmp_path / "harbour.html").write_text(ARTICLE.format(img=IMG), encoding="utf-8")
    report = _check(tmp_path / "harbour.html", "--offline")
    assert all(f["metadata"] is None for f in report["figures"])
    assert not [f for f in report["findings"] if f["name"] == "undisclosed-ai-image"]
    ai = [f["src"] for f in report["figures"] if f["ai"]]
    assert ai == [IMG + "ai.png"]  # its caption says so


def test_offline_with_the_cassette_gives_the_same_figures(tmp_path, files, replayed) -> None:
    (tmp_path / "harbour.html").write_text(ARTICLE.format(img=IMG), encoding="utf-8")
    _cassette(tmp_path / "images.yaml", files)
    cassette = str(tmp_path / "images.yaml")
    offline = _by_image(_check(tmp_path / "harbour.html", "--offline", "--cassette", cassette))
    assert {k: v[1] for k, v in offline.items()} == {k: v[1] for k, v in replayed.items()}


LOCAL = """---
title: Harbour week
date: 2026-03-05
---
# Harbour week

The harbour opened its new quay on Monday.

![The quay at dawn](images/ai.jpg)

![The mayor](images/camera.jpg)

![A generated view of the quay (Midjourney)](images/ai.png)
"""


def test_a_local_articles_images_are_read_from_its_folder_even_offline(tmp_path, files) -> None:
    (tmp_path / "images").mkdir()
    for name in ("ai.jpg", "camera.jpg", "ai.png"):
        (tmp_path / "images" / name).write_bytes(files[name][1])
    (tmp_path / "harbour.md").write_text(LOCAL, encoding="utf-8")
    figures = _by_image(_check(tmp_path / "harbour.md", "--offline"))
    assert figures["ai.jpg"][1] == BOTH
    assert figures["camera.jpg"][1] == []
    assert figures["ai.png"][1] == ["ai-generated-image"]


def test_an_image_outside_the_articles_folder_is_not_read(tmp_path, files) -> None:
    (tmp_path / "ai.jpg").write_bytes(files["ai.jpg"][1])
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / "harbour.md").write_text("# Harbour\n\n![x](../ai.jpg)\n", encoding="utf-8")
    report = _check(tmp_path / "story" / "harbour.md", "--offline")
    assert report["figures"][0]["metadata"] is None
    assert "outside" in report["figures"][0]["read"]["reason"]


def test_the_text_report_says_no_provenance_data_for_an_image_without_it(tmp_path, files) -> None:
    (tmp_path / "plain.png").write_bytes(files["plain.png"][1])
    (tmp_path / "story.md").write_text("# Harbour\n\n![The old quay](plain.png)\n", encoding="utf-8")
    proc = run("check", str(tmp_path / "story.md"), "--offline", "--fail-on", "never")
    assert "no provenance data" in proc.stdout, proc.stdout
