"""Every finding's message, as an editor reads it: one clear sentence, never an empty quotation.

Two small articles, written for this test, make every finding the tool has; their pages are replayed from a
cassette the test writes (real VCR YAML). The messages are held in tests/golden/messages.txt: a change of
wording shows there as a diff to reread. Regenerate with
`PROVENANCE_REGOLD=1 pytest tests/checks/test_messages.py`.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import yaml

from provenance.checks.registry import RULES
from tests.support.cli import ROOT, run
from tests.support.images import jpeg, xmp_packet

GOLDEN = ROOT / "tests" / "golden" / "messages.txt"

# Findings whose article needs more than text, pages and images; their own tests hold their messages.
ELSEWHERE: dict[str, str] = {}


def _page(title: str, date: str, body: str) -> str:
    return (f"<html><head><title>{title} | Example News</title>"
            f'<meta property="og:title" content="{title}">'
            f'<meta property="article:published_time" content="{date}T09:00:00Z"></head>'
            f"<body><article><h1>{title}</h1><p>{date}</p>{body}</article></body></html>")


PAGES = {
    "https://news.example.org/rail-strike": (200, _page(
        "Rail strike ends after two weeks", "2026-03-01",
        "<p>“We will not accept the offer,” union leader Mary Jones said on Sunday.</p>"
        "<p>“The talks were not easy, but they lasted 14 hours and ended with a deal,” she added.</p>"
        "<p>Trains will run again from Monday, the operator said.</p>")),
    "https://www.example.net/budget": (200, _page(
        "City budget passes", "2026-03-10",
        "<p>“The budget is balanced for the first time in a decade,” Mayor Tom Reyes said.</p>")),
    "https://www.example.net/gone": (404, "<html><body><h1>Not found</h1></body></html>"),
    "https://weather.example.com/storm": (200, _page(
        "Storm season starts early", "2025-01-01", "<p>The first storm arrived in January.</p>")),
    # an image whose own XMP says a generative model made it (tests/support/images.py)
    "https://img.example.org/platform.jpg": (200, jpeg(xmp_packet("trainedAlgorithmicMedia"))),
}

CHECKED = """---
title: Strike over, budget passed
date: 2026-03-05
---
# Strike over, budget passed

![Trains at the station](trains.jpg)
*Image generated with Stable Diffusion*

![The new platform](https://img.example.org/platform.jpg)

“We will accept the offer,” union leader Mary Jones said [1].

“The talks … lasted 14 hours and ended with a deal,” Jones added [1].

“The budget is balanced for the first time in a decade,” Jones said [1].

“We have never seen a strike like this one,” a commuter said [1].

“Trains will be late for a week,” a spokesman said [3].

“Trains will run again from Monday,” the operator said [5]. <!-- provenance: ignore[PV999] -->

## Sources

1. Example News, "Rail strike ends after two weeks", March 1, 2026, https://news.example.org/rail-strike
2. Example Net, "City budget passes", March 10, 2026, https://www.example.net/budget
3. Example Net, "Delays expected", March 2, 2026, https://www.example.net/gone
4. Weather Desk, "Storms arrive in", February 1, 2026, https://weather.example.com/storm
5. Web Report, "Rail strike ends after two weeks", https://news.example.org/rail-strike
6. Example Post, "Commuters count the cost", March 3, 2026
"""

UNSOURCED = """---
title: Voices from the platform
date: 2026-03-05
---
# Voices from the platform

“It was a long two weeks,” one commuter said.
"""


def _cassette(path: Path) -> None:
    interactions = [{
        "request": {"body": "", "headers": {}, "method": "GET", "uri": uri},
        "response": {"status": {"code": code, "message": "OK" if code == 200 else "Not Found"},
                     "headers": {"content-type": ["image/jpeg" if isinstance(body, bytes) else
                                                  "text/html; charset=utf-8"]}, "body": {"string": body}},
    } for uri, (code, body) in PAGES.items()]
    path.write_text(yaml.safe_dump({"interactions": interactions, "version": 1}), encoding="utf-8")


def _messages(tmp_path: Path) -> list[str]:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "checked.md").write_text(CHECKED, encoding="utf-8")
    (articles / "unsourced.md").write_text(UNSOURCED, encoding="utf-8")
    _cassette(tmp_path / "pages.yaml")
    proc = run("check", str(articles), "--cassette", str(tmp_path / "pages.yaml"), "--format", "json",
               "--fail-on", "never", "--quiet")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    return [f"{f['name']}: {f['message']}" for a in report["articles"] for f in a["findings"]]


def test_every_finding_message_is_held_by_the_golden_file(tmp_path: Path) -> None:
    lines = _messages(tmp_path)
    if os.environ.get("PROVENANCE_REGOLD"):
        GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert lines == GOLDEN.read_text(encoding="utf-8").splitlines()


def test_the_articles_make_every_finding_the_tool_has(tmp_path: Path) -> None:
    made = {line.split(":", 1)[0] for line in _messages(tmp_path)}
    assert made | set(ELSEWHERE) == {r.name for r in RULES}


def test_each_message_is_one_clear_sentence(tmp_path: Path) -> None:
    for line in _messages(tmp_path):
        message = line.split(": ", 1)[1]
        outside_quotes = re.sub(r"“[^”]*”|\([^)]*\)", "“…”", message)
        assert message[:1].isupper() and message.endswith("."), line
        assert "“”" not in message and '""' not in message and "None" not in message, line
        assert "  " not in message and "(s)" not in message, line
        assert not re.search(r"[.!?] [A-Z]", outside_quotes), f"more than one sentence: {line}"
        assert len(message) <= 300, line
