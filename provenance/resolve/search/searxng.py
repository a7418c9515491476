"""SearXNG: a metasearch engine a newsroom can host (https://docs.searxng.org/dev/search_api.html).

`GET {base}/search?q=…&format=json&categories=news`, then `general`. The JSON answer carries `results`,
each with `url`, `title`, `content`, `publishedDate` (often null), `engine(s)` and `score`. An instance
without JSON enabled answers 403; an overloaded one 429.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from provenance.models import Citation
from provenance.resolve.search.outlets import known_domains
from provenance.resolve.search.service import BadAnswer, Hit, Query, TitleSearch, iso_day


class SearXNG(TitleSearch):
    name = "searxng"

    def __init__(self, endpoint: str, interval: float = 1.0) -> None:
        self.base = endpoint.rstrip("/")
        self.interval = interval  # configurable: it is the newsroom's own instance

    def phrase_queries(self, citation: Citation, phrase: str) -> list[Query]:
        text = f'"{phrase}"'
        domains = known_domains(citation.publisher)
        asked = [f"{text} site:{domains[0]}", text] if domains else [text]
        return [Query(q, f"{self.base}/search?" + urlencode({"q": q, "format": "json", "categories": cat}))
                for q in asked for cat in ("news", "general")]

    def parse(self, body: str) -> list[Hit]:
        try:
            answer = json.loads(body)
        except ValueError:
            raise BadAnswer("the instance did not answer in JSON (is json among its formats?)") from None
        if not isinstance(answer, dict) or not isinstance(answer.get("results"), list):
            raise BadAnswer("the answer holds no `results` list")
        hits = []
        for item in answer["results"]:
            if isinstance(item, dict) and isinstance(item.get("url"), str):
                title = item.get("title") if isinstance(item.get("title"), str) else None
                hits.append(Hit(item["url"], title, iso_day(item.get("publishedDate"))))
        return hits
