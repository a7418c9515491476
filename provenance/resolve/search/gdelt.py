"""GDELT DOC 2.0 in artlist mode (https://blog.gdeltproject.org/gdelt-doc-2-0-api-debuts/): no key.

`…/api/v2/doc/doc?query="phrase" domain:x&mode=artlist&format=json`, with a date window around the
cited date. It asks for one request every 5 seconds and answers overuse with 429, or with a plain-text
or HTML message under status 200; `{}` when nothing matched. `seendate` is when GDELT crawled the page,
not its publication date, so it is not used as one.
"""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import urlencode

from provenance.models import Citation
from provenance.resolve.search.outlets import known_domains
from provenance.resolve.search.service import BadAnswer, Hit, Query, TitleSearch

ENDPOINT = "https://api.gdeltproject.org/api/v2/doc/doc"
WINDOW = dt.timedelta(days=7)  # either side of the cited date


class Gdelt(TitleSearch):
    name = "gdelt"
    interval = 5.0  # "please limit requests to one every 5 seconds"

    def __init__(self, endpoint: str | None = None) -> None:
        self.base = endpoint or ENDPOINT

    def phrase_queries(self, citation: Citation, phrase: str) -> list[Query]:
        window = {}
        if citation.date:
            start, end = citation.date - WINDOW, citation.date + WINDOW
            window = {"startdatetime": start.strftime("%Y%m%d000000"),
                      "enddatetime": end.strftime("%Y%m%d235959")}
        texts = [f'"{phrase}"']
        domains = known_domains(citation.publisher)
        if domains:
            texts.insert(0, f'"{phrase}" domain:{domains[0]}')
        return [Query(text, f"{self.base}?" + urlencode({"query": text, "mode": "artlist", "format": "json",
                                                        "maxrecords": "25", "sort": "hybridrel", **window}))
                for text in texts]

    def parse(self, body: str) -> list[Hit]:
        stripped = body.strip()
        if not stripped.startswith("{"):
            first = " ".join(stripped.split())[:120]
            raise BadAnswer(f"GDELT answered with a message, not results: {first!r}")
        try:
            answer = json.loads(stripped)
        except ValueError:
            raise BadAnswer("GDELT's answer is not valid JSON") from None
        if not isinstance(answer, dict):
            raise BadAnswer("GDELT's answer is not a JSON object")
        articles = answer.get("articles", [])  # `{}`: nothing matched
        if not isinstance(articles, list):
            raise BadAnswer("GDELT's `articles` is not a list")
        return [Hit(a["url"], a.get("title") if isinstance(a.get("title"), str) else None)
                for a in articles if isinstance(a, dict) and isinstance(a.get("url"), str)]
