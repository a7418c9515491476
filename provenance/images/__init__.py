"""Reading what an image file says about how it was made — provenance metadata only, never the pixels.

containers.py walks the file's container (JPEG segments, PNG chunks, RIFF/WebP chunks, or a scan for
the XMP packet in AVIF/HEIF/TIFF/GIF) for the XMP packet, the IPTC-IIM record and any C2PA data;
xmp.py reads the packet (no DTD, no entity expansion); iptc.py knows the DigitalSourceType codes and
the IIM record; credentials.py asks c2pa-python to validate a C2PA manifest; ai.py decides, from all
of it and from what the article prints, whether a figure is AI-made and whether the article says so.
locate.py finds each figure's file (next to the article, or fetched through the run's one fetcher).
"""

from __future__ import annotations

from provenance.images.read import NotAnImage, read_image

__all__ = ["NotAnImage", "read_image"]
