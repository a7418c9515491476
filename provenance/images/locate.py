"""Where each figure's image file is, and reading them all for a run: files next to a local article
from disk, every other image through the run's one fetcher (cassette, cache, address guard, byte caps).
Under --offline without a cassette the fetcher fetches nothing, and those images stay unread."""

from __future__ import annotations

import base64
import binascii
import logging
import os
from collections.abc import Sequence
from urllib.parse import unquote, urljoin, urlsplit

from provenance.fetch import Fetcher
from provenance.images.read import NotAnImage, read_image
from provenance.inputs import is_url, open_regular
from provenance.models import Article, ImageRead

log = logging.getLogger(__name__)


def location(article_path: str, src: str | None) -> str | ImageRead:
    """The URL or file path of a figure's image, or an ImageRead saying why there is none to read."""
    src = (src or "").strip()
    if not src:
        return ImageRead(None, reason="the figure names no image file")
    if src.startswith("data:"):
        return src
    if src.startswith("//"):
        src = "https:" + src
    if is_url(src):
        return src
    if is_url(article_path):
        joined = urljoin(article_path, src)
        return joined if is_url(joined) else ImageRead(None, reason=f"{src[:100]} is not a web address")
    if urlsplit(src).scheme or src.startswith("/"):
        return ImageRead(None, reason=f"the address {src[:100]} is not relative to the article's folder")
    folder = os.path.dirname(os.path.abspath(article_path))
    path = os.path.normpath(os.path.join(folder, unquote(src.split("#", 1)[0].split("?", 1)[0])))
    real = os.path.realpath(path)
    if not any(_inside(real, os.path.realpath(root)) for root in (folder, os.getcwd())):
        return ImageRead(None, reason=f"{src[:100]} lies outside the article's folder and is not read")
    return path


def read_images(articles: Sequence[Article], fetcher: Fetcher, max_bytes: int) -> list[tuple[ImageRead, ...]]:
    """One ImageRead per figure of every article (each distinct image read once)."""
    places = [[location(a.path, f.src) for f in a.figures] for a in articles]
    urls = sorted({p for row in places for p in row if isinstance(p, str) and is_url(p)})
    fetched = fetcher.fetch(urls) if urls else {}
    done: dict[str, ImageRead] = {}
    out = []
    for row in places:
        reads = []
        for place in row:
            if isinstance(place, ImageRead):
                reads.append(place)
                continue
            if place not in done:
                done[place] = _read(place, fetched, max_bytes)
            reads.append(done[place])
        out.append(tuple(reads))
    return out


def _read(place: str, fetched: dict, max_bytes: int) -> ImageRead:
    shown = place if not place.startswith("data:") else "data:" + place[5:40] + "…"
    if place.startswith("data:"):
        data, why = _data_uri(place, max_bytes)
    elif is_url(place):
        result = fetched[place]
        data = result.body if result.body is not None else (
            result.text.encode("utf-8") if result.text is not None else None)
        why = None if data is not None else (result.reason or "the image could not be fetched")
    else:
        data, why = _file(place, max_bytes)
    if data is None:
        return ImageRead(shown, reason=why)
    try:
        return ImageRead(shown, read_image(data))
    except NotAnImage as exc:
        return ImageRead(shown, reason=str(exc))
    except Exception as exc:  # noqa: BLE001 - a hostile file costs its figure, never the run
        log.warning("reading the image %s failed unexpectedly", shown, exc_info=True)
        return ImageRead(shown, reason=f"the image could not be read ({type(exc).__name__})")


def _file(path: str, max_bytes: int) -> tuple[bytes | None, str | None]:
    try:
        with open_regular(path) as handle:
            if os.fstat(handle.fileno()).st_size > max_bytes:
                return None, f"the image is larger than the {max_bytes / 1_000_000:g} MB the tool reads"
            return handle.read(max_bytes + 1), None
    except OSError as exc:
        return None, f"the image file cannot be read ({exc.strerror or exc})"


def _data_uri(uri: str, max_bytes: int) -> tuple[bytes | None, str | None]:
    head, _, payload = uri.partition(",")
    if not head.endswith(";base64"):
        return None, "the image is written into the page as text, not as an image file"
    if len(payload) > max_bytes * 4 // 3 + 4:
        return None, f"the image is larger than the {max_bytes / 1_000_000:g} MB the tool reads"
    try:
        return base64.b64decode(payload, validate=False), None
    except (binascii.Error, ValueError):
        return None, "the image written into the page is damaged"


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)
