"""Outlets and the domains they publish on, as data: whether a page's host fits a cited publisher.

Only what cannot be learned from the page: a publisher whose name is not in its domain ("Yahoo Finance"
on finance.yahoo.com, "AP" on apnews.com). Names in their domain ("Globe Newswire", "Reuters") and a
page's own `og:site_name` need no row.
"""

from __future__ import annotations

import re

from provenance.urls import url_host

OUTLET_DOMAINS: dict[str, tuple[str, ...]] = {
    # wires and press-release services
    "associated press": ("apnews.com",),
    "ap": ("apnews.com",),
    "afp": ("afp.com",),
    "agence france-presse": ("afp.com",),
    "pr newswire": ("prnewswire.com",),
    "business wire": ("businesswire.com",),
    "globe newswire": ("globenewswire.com",),
    # portals that carry wire copy
    "yahoo finance": ("finance.yahoo.com", "yahoo.com"),
    "yahoo news": ("news.yahoo.com", "yahoo.com"),
    "msn": ("msn.com",),
    # outlets whose domain is not their name
    "the new york times": ("nytimes.com",),
    "new york times": ("nytimes.com",),
    "the wall street journal": ("wsj.com",),
    "wall street journal": ("wsj.com",),
    "the washington post": ("washingtonpost.com",),
    "financial times": ("ft.com",),
    "the guardian": ("theguardian.com",),
    "bbc news": ("bbc.com", "bbc.co.uk"),
    "mit technology review": ("technologyreview.com",),
    "der spiegel": ("spiegel.de",),
    "le monde": ("lemonde.fr",),
    "el país": ("elpais.com",),
    "nikkei asia": ("asia.nikkei.com", "nikkei.com"),
}

_LETTERS = re.compile(r"[\W_]+")


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def known_domains(publisher: str | None) -> tuple[str, ...]:
    return OUTLET_DOMAINS.get(_key(publisher), ()) if publisher else ()


def fits_publisher(publisher: str, url: str | None, site: str | None) -> bool:
    """Whether a page at `url` (with `og:site_name` `site`) can be the cited publisher's."""
    from rapidfuzz import fuzz

    host = url_host(url) or ""
    if any(host == d or host.endswith("." + d) for d in known_domains(publisher)):
        return True
    letters = _LETTERS.sub("", _key(publisher).removeprefix("the "))
    if len(letters) >= 3 and letters in _LETTERS.sub("", host):
        return True  # "Globe Newswire" on www.globenewswire.com
    return bool(site) and fuzz.ratio(_key(publisher), _key(site or "")) >= 85
