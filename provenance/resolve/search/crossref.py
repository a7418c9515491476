"""Crossref's REST API (https://api.crossref.org/swagger-ui/index.html), for scholarly works only.

`works?query.bibliographic=…&rows=5`; `title` and `container-title` are arrays, dates are
`{"date-parts": [[2025, 12, 3]]}`. The polite pool asks for a `mailto`; it allows 10 requests a second
and 3 at once (the public pool less). Each work's page is read through its DOI.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import urlencode

from provenance.models import Citation
from provenance.resolve.search.queries import title_phrase
from provenance.resolve.search.service import BadAnswer, Hit, Query, TitleSearch

ENDPOINT = "https://api.crossref.org"
MAILTO = "provenance@users.noreply.github.com"
_DOI = re.compile(r"\b10\.\d{4,9}/\S+")
_SCHOLARLY = re.compile(r"\b(?:journal|review|proceedings|university|press|arxiv|nature|science|lancet|"
                        r"ieee|acm|springer|elsevier|wiley|plos|conference|letters)\b", re.I)


class Crossref(TitleSearch):
    name = "crossref"
    interval = 0.1  # 10 a second
    asks_quotes = False  # a bibliographic query is a title, not a sentence

    def __init__(self, endpoint: str | None = None) -> None:
        self.base = (endpoint or ENDPOINT).rstrip("/")

    def wants(self, citation: Citation) -> bool:
        scholarly = bool(_DOI.search(citation.raw) or _SCHOLARLY.search(citation.publisher or ""))
        return scholarly and title_phrase(citation) is not None

    def phrase_queries(self, citation: Citation, phrase: str) -> list[Query]:
        params = {"query.bibliographic": phrase, "rows": "5", "mailto": MAILTO}
        return [Query(phrase, f"{self.base}/works?" + urlencode(params))]

    def parse(self, body: str) -> list[Hit]:
        try:
            answer = json.loads(body)
        except ValueError:
            raise BadAnswer("Crossref did not answer in JSON") from None
        message = answer.get("message") if isinstance(answer, dict) else None
        if not isinstance(answer, dict) or answer.get("status") != "ok" or not isinstance(message, dict):
            raise BadAnswer("Crossref answered with an error")
        hits = []
        for item in message.get("items") or []:
            if not isinstance(item, dict) or not isinstance(item.get("DOI"), str):
                continue
            titles = item.get("title") or []
            title = titles[0] if isinstance(titles, list) and titles and isinstance(titles[0], str) else None
            hits.append(Hit(f"https://doi.org/{item['DOI']}", title, _issued(item)))
        return hits


def _issued(item: dict) -> dt.date | None:
    for key in ("published", "published-print", "published-online", "issued"):
        parts = (item.get(key) or {}).get("date-parts") if isinstance(item.get(key), dict) else None
        if parts and isinstance(parts[0], list) and len(parts[0]) == 3:
            try:
                return dt.date(*map(int, parts[0]))
            except (TypeError, ValueError):
                return None
    return None
