"""`provenance inspect`: what the tool reads from source documents and image files, for people and scripts."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from provenance.config import Config
from provenance.inputs import is_url
from provenance.models import SourceDoc

OPENING_CHARS = 200


@dataclass(frozen=True)
class Inspection:
    path: str  # as given
    url: str | None  # the final URL read (URLs), or None (files)
    status: str  # "fetched" | "file" | "error"
    http_status: int | None
    title: str | None
    site: str | None
    published: str | None  # YYYY-MM-DD
    canonical: str | None
    text_length: int
    opening: str
    reason: str | None = None
    image: dict | None = None  # for an image file: what it says of its making (see _image)


_IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".tif", ".tiff", ".avif", ".heic", ".heif"}


def _from_doc(path: str, status: str, doc: SourceDoc, url: str | None, http_status: int | None) -> Inspection:
    return Inspection(path, url, status, http_status, doc.title, doc.site,
                      doc.published.isoformat() if doc.published else None, doc.canonical, len(doc.text),
                      " ".join(doc.text[:OPENING_CHARS].split()))


def _error(path: str, reason: str, url: str | None = None, http_status: int | None = None) -> Inspection:
    return Inspection(path, url, "error", http_status, None, None, None, None, 0, "", reason)


def _image(path: str, status: str, data: bytes, url: str | None, http_status: int | None) -> Inspection:
    """An image file: its provenance metadata, and whether it marks the image as AI-made."""
    from provenance.images import NotAnImage, read_image
    from provenance.images.ai import file_mark
    from provenance.images.describe import describe
    from provenance.models import ImageRead

    try:
        meta = read_image(data)
    except NotAnImage as exc:
        return _error(path, str(exc), url, http_status)
    mark = file_mark(meta)
    c2pa = asdict(meta.c2pa) if meta.c2pa else None
    found = {**asdict(meta), "c2pa": c2pa, "ai": {"by": mark[0], "evidence": mark[1]} if mark else None,
             "says": describe(ImageRead(path, meta))}
    return Inspection(path, url, status, http_status, None, None, None, None, 0, "", image=found)


def _inspect_file(path: str) -> Inspection:
    from provenance.images.containers import sniff
    from provenance.source import decode_html, read_source

    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        return _error(path, f"cannot be read ({e.strerror or e})")
    if sniff(data[:64]) or p.suffix.lower() in _IMAGE_SUFFIXES:  # named an image: read as one, or said not
        return _image(path, "file", data, None, None)
    kind = "text/plain" if p.suffix.lower() in (".txt", ".md", ".markdown") else "text/html"
    doc = read_source(decode_html(data, None), url=None, content_type=kind)
    return _from_doc(path, "file", doc, None, None)


def inspect_all(paths: list[str], config: Config) -> list[Inspection]:
    urls = [p for p in paths if is_url(p)]
    fetched = {}
    if urls:
        from provenance.fetch import fetch_all

        fetched = fetch_all(urls, config.fetch_options())
    out = []
    for path in paths:
        if not is_url(path):
            out.append(_inspect_file(path))
            continue
        result = fetched[path]
        is_image = (result.content_type or "").startswith("image/")
        if result.body is not None and result.text is None and is_image:
            out.append(_image(path, "fetched", result.body, result.final_url, result.http_status))
            continue
        if result.error_kind or result.text is None:
            reason = result.reason or "could not be read"
            out.append(_error(path, reason, result.final_url, result.http_status))
            continue
        from provenance.source import read_source

        doc = read_source(result.text, url=result.final_url, content_type=result.content_type)
        out.append(_from_doc(path, "fetched", doc, result.final_url, result.http_status))
    return out


def render_json(results: list[Inspection]) -> str:
    return json.dumps([asdict(r) for r in results], indent=2, ensure_ascii=False)


def render_text(results: list[Inspection]) -> str:
    blocks = []
    for r in results:
        lines = [r.path]
        if r.status == "error":
            lines.append(f"  status     error: {r.reason}")
        elif r.image is not None:
            lines += [f"  status     {r.status}" + (f" (HTTP {r.http_status})" if r.http_status else ""),
                      f"  image      {r.image['format'].upper()}"]
            if r.image["ai"]:
                lines.append(f"  AI-made    by {r.image['ai']['by']}: {r.image['ai']['evidence']}")
            lines += [f"  says       {line}" for line in r.image["says"]]
        else:
            lines += [
                f"  status     {r.status}" + (f" (HTTP {r.http_status})" if r.http_status else ""),
                f"  url        {r.url or '-'}",
                f"  title      {r.title or '-'}",
                f"  site       {r.site or '-'}",
                f"  published  {r.published or '-'}",
                f"  canonical  {r.canonical or '-'}",
                f"  text       {r.text_length} characters: {r.opening[:120]}",
            ]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
