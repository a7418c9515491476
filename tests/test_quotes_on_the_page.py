"""Where a quotation stands on its source page: found outside the main text (a caption, a pull quote, a
newsletter box, a sidebar box) it is on the page, so verified, with the evidence and where it stands;
unsupported only when the page was read and holds it nowhere. Real pages on a real server on 127.0.0.1,
written by hand in the layouts news sites use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import run
from tests.support.loopback import LoopbackServer

PARAGRAPH = "<p>" + "The council approved the budget on Tuesday after a debate that lasted late. " * 3
PAGE = f"""<!doctype html><html><head><title>Council passes the budget | Civic Wire</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<div class="hero"><figure><img src="/mayor.jpg" alt="The mayor"><figcaption>Mayor Ann Lee: "Nobody in this
city will pay a cent more in property tax." Photo: Civic Wire</figcaption></figure></div>
<main><article><h1>Council passes the budget</h1>
{PARAGRAPH}</p>
{PARAGRAPH}</p>
<aside class="pull-quote"><p>"Our schools come first, and this budget proves it"</p></aside>
{PARAGRAPH}</p>
<aside class="factbox"><h3>The budget in numbers</h3><p>Spending rises by 4 percent to 1.2 billion euros.</p>
</aside>
</article></main>
<div class="newsletter-signup"><p>"The only briefing I read before my first coffee," says one of our
readers.</p></div>
<aside class="related"><h3>Related stories</h3><p>The mayor promised to cut every tax next year.</p></aside>
<footer><p>Civic Wire, 1 Main Street</p></footer></body></html>"""

ARTICLE = """---
title: What the budget means
date: 2026-03-15
---

# What the budget means

“Nobody in this city will pay a cent more in property tax,” the mayor said.[^1]

“Our schools come first, and this budget proves it,” she added.[^1]

Spending “rises by 4 percent to 1.2 billion euros”, the paper reported.[^1]

A reader called it “the only briefing I read before my first coffee”.[^1]

“The mayor promised to cut every tax next year,” a critic said.[^1]

“We will close three libraries in the spring,” the mayor said.[^1]

## Sources

[^1]: Civic Wire, ["Council passes the budget"]({base}/budget) (March 10, 2026)
"""


@pytest.fixture
def server(server: LoopbackServer) -> LoopbackServer:
    server.route("/budget", (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode()))
    return server


def test_quotations_outside_the_main_text_are_verified_and_say_where(server: LoopbackServer,
                                                                     tmp_path: Path) -> None:
    article = tmp_path / "budget.md"
    article.write_text(ARTICLE.format(base=server.url("")), encoding="utf-8")
    proc = run("check", str(article), "--format", "json", "--fail-on", "never", "--no-cache", "--no-archive",
               "--allow-private-addresses")
    assert proc.returncode == 0, proc.stderr
    claims = json.loads(proc.stdout)["articles"][0]["claims"]
    assert [(c["verdict"], c["where"]) for c in claims] == [
        ("verified", "in a caption"),
        ("verified", "in a pull quote"),
        ("verified", "in a box beside the text"),
        ("verified", "in a newsletter box"),
        ("unsupported", None),  # a teaser of another story is not this page's text
        ("unsupported", None),  # made up: the page was read, and holds it nowhere
    ]
    assert "property tax" in claims[0]["evidence"]
    text = run("check", str(article), "--fail-on", "never", "--no-cache", "--no-archive",
               "--allow-private-addresses").stdout
    assert "found on the page of source [1] in a caption, not in its main text" in text
