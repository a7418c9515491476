"""The articles of the generalisation set and what a careful fact-checker says about each.

An `Article` is its file (name, text with quotations as ⟦0⟧, ⟦1⟧, … placeholders) and its labels: the
quotations (`Q`), the sources of its list (`S`) and the article-level facts. `build.py` writes the files
and labels.jsonl from these, and checks each label against the page text it rests on.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Q:
    text: str
    kind: str  # verbatim typography ellipsis bracket fragment caption pullquote number negation name word omission
    # misattributed fabricated
    verdict: str
    source: str | None  # the SOURCE id whose text the verdict rests on (or the cited one)
    difference: str | None = None
    marker: str | None = None  # the source id the article ties it to


@dataclass(frozen=True)
class S:
    id: str
    page: str | None  # key of the page (pages.py) or None (no document)
    resolution: str  # fetched | library | unreachable | unresolved
    expect: tuple[str, ...] = ()
    title_known: bool = True  # False where the page's own title is not a clear fact


@dataclass(frozen=True)
class Article:
    name: str
    published: str | None
    title: str
    text: str
    quotes: tuple[Q, ...]
    sources: tuple[S, ...]
    ai_image: bool = False
    missing_sources: bool = False
    notes: str = field(default="")


V, MQ, MA, UN, UV = "verified", "misquoted", "misattributed", "unsupported", "unverifiable"

PORT = "https://www.meridianwire.com/business/port-authority-approves-terminal-expansion-2025-03-14/"
DROUGHT = "https://apnews.example.com/article/spain-drought-reservoirs-catalonia-4f2a91c7"
COUNCIL = "https://www.harbourtonobserver.co.uk/news/local/council-approves-bus-lane-plan-4411"
COUNCIL_DEAD = "https://www.harbourtonobserver.co.uk/news/local/market-square-redesign-consultation-3921"
HOUSING = "https://thecivicledger.substack.com/p/what-the-housing-numbers-really-say"
HOUSING_DEAD = "https://thecivicledger.substack.com/p/the-planning-bill-explained"
MEDIUM = "https://medium.com/@ines.kowalczyk/why-our-newsroom-stopped-using-stock-photos-9b1e2d"
BAHN = "https://www.weserkurier-online.de/region/bremen/bahnstreik-pendler-bremen-100-id4471.html"
BAHN_DEAD = "https://www.weserkurier-online.de/region/bremen/bsag-tarife-2025-id4012.html"
KLINIK = "https://www.saarland-rundschau.example.de/lokales/homburg/klinik-schliesst-geburtsstation_aid-8812"
FERNWAERME = "https://www.stadtwerke-lindenau.de/presse/2025/fernwaerme-preise-2025"
LOUP = "https://www.ledauphine-info.example.fr/isere/loup-attaques-troupeaux-vercors-2024"
BUDGET = "https://www.lequotidien-eco.example.fr/politique/budget-2025-deficit-ministre"
VIVIENDA = "https://www.diariodelsur.example.es/economia/alquiler-precios-malaga-record_20250204.html"
VIVIENDA_DEAD = "https://www.diariodelsur.example.es/malaga/pisos-turisticos-licencias_20250110.html"
INCENDIO = "https://www.noticiasdelvalle.example.mx/estado/incendio-forestal-sierra-2024-05-02"
AIBLOG = "https://www.pixelandpress.blog/2025/01/ai-images-in-the-newsroom/"
TRANSIT = "https://www.lakeshoretribune.example.com/2024/09/18/metro-board-fare-increase/"
SCHOOL_HTTP = "http://valleygazette.example.com/news/education/school-board-four-day-week"
STATS = "https://www.statistik-nord.example.de/presse/pm-2024-118"
WILDFIRE = "https://www.pacificcoastherald.example.com/news/2024/07/evacuations-lifted-ridge-fire"
FESTIVAL = "https://www.culturedesk.example.it/en/venice-film-festival-lineup-2024"
EMISSIONS_DEAD = "https://www.meridianwire.com/world/eu-ministers-shipping-emissions-2025-03-10/"
NOT_RECORDED = "https://www.pacificcoastherald.example.com/news/2024/07/ridge-fire-cause-investigation"

ARTICLES: list[Article] = []


def add(*args: object, **kw: object) -> None:
    ARTICLES.append(Article(*args, **kw))  # type: ignore[arg-type]


# --- wire copy, plain text, "Sources:" bullets, no markers --------------------------------------------
add("gen-0001.txt", "2025-03-15", "Dutch green groups vow to fight Rotterdam terminal plan", f"""Dutch green groups vow to fight Rotterdam terminal plan

By Lotte Bakker

March 15, 2025 11:02 AM GMT+1 Updated 2 hours ago

AMSTERDAM, March 15 (Reuters) - Dutch environmental groups said on Saturday they would go to court to stop a
$1.2 billion expansion of Rotterdam's container terminal approved by the port authority a day earlier.

"⟦0⟧," chief executive Annelies Vos said in a statement on Friday.

The authority expects the new quay to handle 3.5 million containers a year. Opponents were unmoved.
"⟦1⟧," said Pieter Janssen of the Coastal Nature Trust.

In its annual report the trust warned that "⟦2⟧."

Vos also said the port expects "⟦3⟧" once the quay opens in 2029. "⟦4⟧," she added.

(Reporting by Lotte Bakker; Writing by Mark Heller; Editing by Susan Fenton)

Sources:
- Meridian Wire, "Port authority approves $1.2 billion terminal expansion" (March 14, 2025) {PORT}
- Coastal Nature Trust, "State of the Wetlands 2024" (October 1, 2024)
""", (
    Q("We are not building for next year, we are building for 2040", "verbatim", V, "1"),
    Q("Nobody has shown us a credible plan to protect the Voorne dunes", "verbatim", V, "1"),
    Q("Every hectare we pave over is a hectare of flood protection we will have to pay for later", "verbatim",
      V, "2"),
    Q("the new quay to handle 4.5 million containers a year", "number", MQ, "1", "number"),
    Q("The harbour will be carbon neutral by 2035, and we will prove the critics wrong", "fabricated", UN, None),
), (S("1", "port", "fetched"), S("2", "lib_report", "library")))

# --- AP style, HTML, numbered brackets in the text, source list "Sources" as <ul> ----------------------
add("gen-0002.html", "2025-02-04", "Spain's farmers brace for water cuts", f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Spain's farmers brace for water cuts - Iberia Today</title>
<meta property="og:title" content="Spain's farmers brace for water cuts">
<meta property="article:published_time" content="2025-02-04T12:00:00+01:00"></head>
<body><header><a href="/">Iberia Today</a> <nav><a href="/news">News</a> <a href="/life">Life</a></nav></header>
<main><article>
<p class="kicker">DROUGHT</p>
<h1>Spain's farmers brace for water cuts</h1>
<p class="byline">By Staff and wire services | Feb. 4, 2025</p>
<figure><img src="/img/reservoir.jpg" alt="A dry reservoir bed with an old church tower">
<figcaption>The Sau reservoir. Photo: Emilio Morenatti/AP. This photograph is not AI-generated.</figcaption></figure>
<p>BARCELONA, Spain (AP) — Farmers in Catalonia said on Tuesday that new water restrictions threatened their
livelihoods. The regional government said "⟦0⟧" [1].</p>
<p>"⟦1⟧," regional climate minister David Mascort told reporters [1].</p>
<p>"⟦2⟧," said Jordi Puig, an olive farmer near Lleida [1].</p>
<p>A local guide told the agency "⟦3⟧" [1].</p>
<p>Experts have warned that AI-generated images of dried-up reservoirs have been circulating on social media
alongside real photographs.</p>
<h2>Sources</h2>
<ul>
<li>[1] Associated Press, <a href="{DROUGHT}">Catalonia declares drought emergency as reservoirs fall below 16%</a>, February 3, 2025</li>
</ul>
</article></main><footer>© Iberia Today</footer></body></html>
""", (
    Q("The regional government will cut water for farms by 80% and for industry by 25%", "verbatim", V, "1",
      marker="1"),
    Q("This is the worst drought since records began, and we can rule out bringing water in by ship",
      "negation", MQ, "1", "negation", "1"),
    Q("We have already lost three harvests in a row", "number", MQ, "1", "number", "1"),
    Q("The church tower has not been this visible since 1990", "caption", V, "1", marker="1"),
), (S("1", "drought", "fetched"),))

# --- WordPress regional blog, footnote list, a dead link, AI image by Stable Diffusion -----------------
add("gen-0003.html", "2024-11-21", "Traders vow to fight High Street bus lane", f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Traders vow to fight High Street bus lane &#8211; Harbourton Voice</title>
<meta property="og:title" content="Traders vow to fight High Street bus lane">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting","headline":"Traders vow to fight High Street bus lane","datePublished":"2024-11-21T08:30:00+00:00","author":{{"@type":"Person","name":"Gwen Adeyemi"}}}}</script>
</head><body class="single-post"><div id="page"><header class="site-header"><p class="site-title"><a href="/">Harbourton Voice</a></p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav></header>
<main id="main"><article class="post">
<header class="entry-header"><h1 class="entry-title">Traders vow to fight High Street bus lane</h1>
<div class="entry-meta">Posted on <time class="entry-date published" datetime="2024-11-21T08:30:00+00:00">21 November 2024</time> by Gwen Adeyemi</div></header>
<div class="entry-content">
<figure class="wp-block-image"><img src="/wp-content/uploads/2024/11/bus-lane.png" alt="A red bus lane on a busy high street">
<figcaption class="wp-element-caption">Illustration created with Stable Diffusion</figcaption></figure>
<p>Councillors voted on Tuesday night to press ahead with the scheme. Council leader Margaret Okafor said "⟦0⟧".<sup><a href="#fn1">1</a></sup></p>
<p>Shopkeepers were furious. "⟦1⟧," said Dave Whitlock, who runs a hardware shop near the market square.<sup><a href="#fn1">1</a></sup></p>
<p>Last month the council promised that "⟦2⟧".<sup><a href="#fn2">2</a></sup></p>
<p>According to the Observer, the scheme will cost "⟦3⟧".<sup><a href="#fn1">1</a></sup></p>
</div>
<div class="footnotes"><h3>Footnotes</h3><ol>
<li id="fn1">Harbourton Observer, &#8220;<a href="{COUNCIL}">Harbourton bus lane: council votes 31-12 for High Street scheme</a>&#8221;, 20 November 2024</li>
<li id="fn2">Harbourton Observer, &#8220;<a href="{COUNCIL_DEAD}">Market square redesign: have your say</a>&#8221;, 2 October 2024</li>
</ol></div>
</article></main><footer class="site-footer">Proudly powered by WordPress</footer></div></body></html>
""", (
    Q("We have listened, and doing nothing is an option for this town", "negation", MQ, "1", "negation", "1"),
    Q("If this goes ahead, half the shops on this street will be gone within two years", "verbatim", V, "1",
      marker="1"),
    Q("no trader will lose a single parking space in the redesign", "fabricated", UV, "2", marker="2"),
    Q("£4.8 million, mostly paid by a government grant", "fragment", V, "1", marker="1"),
), (S("1", "council", "fetched"), S("2", None, "unreachable", ("unreachable-source",))), ai_image=True)

# --- Substack post, Markdown footnotes, bare-domain publisher, "Image: Midjourney" credit ----------------
add("gen-0004.md", "2025-01-12", "The housing target nobody checks", f"""---
title: "The housing target nobody checks"
subtitle: "A reader's guide to the monthly figure"
date: "2025-01-12T08:00:00.000Z"
author: Priya Natarajan
---

# The housing target nobody checks

![A half-built terrace of houses under a grey sky](https://substackcdn.com/image/fetch/w_1456/housing.png)
Image: Midjourney

Tom Avery's newsletter had the clearest explanation of the monthly figure I have read. As Helen Marsh, who
ran the statistics unit, put it: "⟦0⟧."[^1]

Marsh went further: "⟦1⟧."[^1] Elsewhere she was blunter still: "⟦2⟧"[^1]

Avery had earlier argued that "⟦3⟧".[^2]

[^1]: thecivicledger.substack.com, ["What the housing numbers really say"]({HOUSING}) (January 9, 2025)
[^2]: The Civic Ledger, ["The planning bill, explained"]({HOUSING_DEAD}) (December 2, 2024)
""", (
    Q("The starts figure counts a home as started when the foundations are dug, not when anyone can live in it",
      "verbatim", V, "1", marker="1"),
    Q("We have never hit the target of 300,000 in a single year … the way it is measured hides that", "ellipsis",
      V, "1", marker="1"),
    Q("We have never hit the target of 250,000 in a single year", "number", MQ, "1", "number", "1"),
    Q("the bill will make it harder, not easier, to build on brownfield land", "fabricated", UV, "2", marker="2"),
), (S("1", "substack", "fetched"), S("2", None, "unreachable", ("unreachable-source",))), ai_image=True)

# --- German regional paper, HTML, „…“, sagte, "Quellen" with dd.mm.yyyy dates, Pressemitteilung ---------
add("gen-0005.html", "2025-01-23", "Zweiter Streiktag: Pendler stranden in Bremen", f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Zweiter Streiktag: Pendler stranden in Bremen | Nordwest-Bote</title>
<meta property="og:title" content="Zweiter Streiktag: Pendler stranden in Bremen">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Zweiter Streiktag: Pendler stranden in Bremen","datePublished":"2025-01-23T07:45:00+01:00"}}</script>
</head><body><header><a href="/">Nordwest-Bote</a> <nav><a href="/lokales">Lokales</a> <a href="/abo">Abo</a></nav></header>
<main><article>
<span class="dachzeile">Bahnstreik</span>
<h1>Zweiter Streiktag: Pendler stranden in Bremen</h1>
<p class="meta">Von Ole Harms · <time datetime="2025-01-23T07:45:00+01:00">23.01.2025, 07:45 Uhr</time></p>
<figure><img src="/bilder/gleis.jpg" alt="Leerer Bahnsteig"><figcaption>Leere Bahnsteige am Mittwoch. Symbolbild: Imago</figcaption></figure>
<p>Auch am zweiten Tag des Streiks fallen in Bremen viele Züge aus. „⟦0⟧“, sagte eine Bahnsprecherin.[1]</p>
<p>Gewerkschaftschef Klaus Wendt zeigte sich unnachgiebig: „⟦1⟧“, sagte Wendt.[1]</p>
<p>Betroffen seien „⟦2⟧“, heißt es beim Verkehrsverbund.[1]</p>
<p>Die BSAG kündigte zudem an, „⟦3⟧“.[2]</p>
<h3>Quellen</h3>
<ol>
<li>Weser-Kurier Online: „<a href="{BAHN}">Bahnstreik legt Regionalverkehr in Bremen lahm</a>“, 22.01.2025</li>
<li>Pressemitteilung: „<a href="{BAHN_DEAD}">BSAG-Tarife 2025</a>“</li>
</ol>
</article></main><footer>© Nordwest-Bote · Impressum</footer></body></html>
""", (
    Q("Wir haben den Notfahrplan so gut es geht umgesetzt, aber mehr als jeder dritte Zug fällt aus", "verbatim",
      V, "1", marker="1"),
    Q("Ohne Druck bewegt sich gar nichts", "omission", MQ, "1", "omission", "1"),
    Q("rund 45.000 Pendlerinnen und Pendler", "fragment", V, "1", marker="1"),
    Q("die Preise für das Monatsticket bleiben 2025 stabil", "fabricated", UV, "2", marker="2"),
), (S("1", "bahn", "fetched"),
    S("2", None, "unreachable", ("unreachable-source", "vague-publisher", "undated-source"))))

# --- French, Markdown, « … », a déclaré, "Sources :" with French dates, AI image in French -------------
add("gen-0006.md", "2024-08-13", "Loup : la colère des éleveurs du Vercors", f"""---
title: "Loup : la colère des éleveurs du Vercors"
date: 2024-08-13
lang: fr
---

# Loup : la colère des éleveurs du Vercors

![Un loup dans la brume](https://images.example.fr/loup.webp)
*Illustration générée par intelligence artificielle (Midjourney).*

Les attaques se multiplient dans le massif. « ⟦0⟧ », a déclaré Mathieu Roche, éleveur à Villard-de-Lans
([Le Dauphiné Info]({LOUP})).

Un berger rencontré sur le plateau résume : « ⟦1⟧ » ([Le Dauphiné Info]({LOUP})).

Pour Claire Mounier, porte-parole de Ferus, « ⟦2⟧ » ([Le Dauphiné Info]({LOUP})).

Depuis le début de l'été, selon la préfecture, « ⟦3⟧ » ([Le Dauphiné Info]({LOUP})).

Sources :

1. Le Dauphiné Info, [« Vercors : 134 brebis tuées, les éleveurs face au loup »]({LOUP}), 12 août 2024
""", (
    Q("Nous demandons l'éradication du loup, nous demandons de pouvoir protéger nos bêtes", "negation", MQ, "1",
      "negation", "1"),
    Q("On dort avec les brebis depuis juin", "caption", V, "1", marker="1"),
    Q("Les chiens de protection restent la seule solution durable", "verbatim", V, "1", marker="1"),
    Q("134 brebis ont été tuées dans le massif du Vercors", "fragment", V, "1", marker="1"),
), (S("1", "loup", "fetched"),), ai_image=True)

# --- Spanish, plain text, «…», dijo, "Fuentes:" with (n) markers, Redes sociales, library -------------
add("gen-0007.txt", "2025-02-05", "Málaga, la ciudad donde los jóvenes no pueden alquilar", f"""Málaga, la ciudad donde los jóvenes no pueden alquilar

Por Elena Castro | 5 de febrero de 2025

El precio del alquiler en Málaga no deja de subir. «⟦0⟧», dijo la portavoz del Sindicato de Inquilinas,
Lucía Navarro (1).

Una joven de 27 años lo resume así: «⟦1⟧» (1).

El concejal de Urbanismo, Raúl Ortega, insistió: «⟦2⟧» (1).

El Gobierno confía en sus ayudas. «⟦3⟧», declaró la ministra (2).

En las redes se difundió que «⟦4⟧» (3).

Fuentes:
(1) Diario del Sur, «Alquiler Málaga: precio récord de 14,2 euros/m2 en enero», 4 de febrero de 2025, {VIVIENDA}
(2) Ministerio de Vivienda, «El Bono Alquiler Joven llegará a 70.000 beneficiarios en 2025», 30 de enero de 2025
(3) Redes sociales, «Licencias de pisos turísticos», {VIVIENDA_DEAD}
""", (
    Q("Los jóvenes ya no pueden emanciparse en la ciudad donde han nacido", "verbatim", V, "1", marker="1"),
    Q("Pagamos 1.100 euros por un piso de 50 metros", "pullquote", V, "1", marker="1"),
    Q("No vamos a prohibir nada, vamos a regular", "word", MQ, "1", "word", "1"),
    Q("Queremos que ningún joven tenga que dedicar más del 30 % de su sueldo al alquiler", "verbatim", V, "2",
      marker="2"),
    Q("el Ayuntamiento prohibirá todos los pisos turísticos del centro", "fabricated", UV, "3", marker="3"),
), (S("1", "vivienda", "fetched"), S("2", "lib_ministerio", "library"),
    S("3", None, "unreachable", ("unreachable-source", "vague-publisher", "undated-source"))))

# --- Medium-style Markdown, inline links, "X via Y" credit, Gemini image ----------------------------------
add("gen-0008.md", "2025-03-10", "Stock photos are dying. Good.", f"""# Stock photos are dying. Good.

*Karl Brenner · 6 min read · Mar 10, 2025*

![Three people shaking hands in an office](https://miro.medium.com/v2/resize:fit:1400/handshake.jpg)
<figcaption>Image generated with Google Gemini for this post</figcaption>

Ines Kowalczyk's essay on her newsroom's picture policy is worth your time. One reader told them:
"⟦0⟧" ([Medium]({MEDIUM})).

Her photo editor's line stuck with me: "⟦1⟧" ([Medium]({MEDIUM})).

She reports that the paper now commissions local photographers for "⟦2⟧"
([Medium]({MEDIUM})).

Picture editors elsewhere agree. "⟦3⟧," said Greta Lind, picture editor at a Nordic daily
([Pixel & Press]({AIBLOG})).

"⟦4⟧," Lind said ([Pixel & Press]({AIBLOG})).

""", (
    Q("I can tell when the picture has nothing to do with the story, and it makes me trust the story less",
      "verbatim", V, "L1", marker="L1"),
    Q("A generic handshake tells the reader nothing", "verbatim", V, "L1", marker="L1"),
    Q("70 percent of our stories", "fragment", V, "L1", marker="L1"),
    Q("We label every synthetic image in the caption, no exceptions", "verbatim", V, "L2", marker="L2"),
    Q("The problem is not the tool, it is the pretence that the picture shows something that happened",
      "verbatim", V, "L2", marker="L2"),
), (S("L1", "medium", "fetched"), S("L2", "ai_blog", "fetched")), ai_image=True,
    notes="No source list: the inline links are the sources (L1, L2).")

# --- German regional, [n] markers, "Quellen:" bullets, library statement without date, Symbolbild KI -------
add("gen-0009.html", "2024-05-17", "Homburg: Eltern fürchten weite Wege zur Geburt", f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Homburg: Eltern fürchten weite Wege zur Geburt - Saar-Echo</title>
<meta name="date" content="2024-05-17"></head>
<body><div class="topbar"><a href="/">Saar-Echo</a> | <a href="/lokales">Lokales</a> | <a href="/abo">Jetzt abonnieren</a></div>
<main><div class="artikel">
<h1>Homburg: Eltern fürchten weite Wege zur Geburt</h1>
<div class="autor">Von Lea Schuster, 17. Mai 2024</div>
<figure><img src="/img/kreisssaal.jpg" alt="Ein leerer Kreißsaal"><figcaption>Symbolbild, KI-generiert</figcaption></figure>
<p>Die Schließung der Geburtsstation trifft viele Familien. „⟦0⟧“, sagte Geschäftsführerin Petra Albers. [1]</p>
<p>Landrätin Sabine Kremer sprach von einem Fehler: „⟦1⟧“ [1]</p>
<p>Eine Hebamme warnte: „⟦2⟧“ [1]</p>
<p>Der Verband erklärte, man habe „⟦3⟧“. [2]</p>
<p><b>Quellen:</b></p>
<ul>
<li>[1] Saarland-Rundschau, „<a href="{KLINIK}">Klinik schließt Geburtsstation zum 1. Juli</a>“, 16. Mai 2024</li>
<li>[2] Hebammenverband Saar: Stellungnahme zur Schließung der Geburtshilfe in Homburg</li>
</ul>
</div></main><footer>© Saar-Echo</footer></body></html>
""", (
    Q("Wir konnten die Stellen der Hebammen seit Monaten nicht mehr besetzen", "verbatim", V, "1", marker="1"),
    Q("Das ist ein schwarzer Tag für die werdenden Mütter im ganzen Kreis", "word", MQ, "1", "word", "1"),
    Q("Die nächste Geburtsklinik ist für viele Familien jetzt 40 Minuten entfernt", "pullquote", V, "1",
      marker="1"),
    Q("seit 2022 mehrfach vor dem Personalmangel gewarnt", "fragment", V, "2", marker="2"),
), (S("1", "klinik", "fetched"), S("2", "lib_hebammen", "library", ("undated-source",))), ai_image=True)

# --- French, Markdown, numbered brackets, a truncated linkless title, « » with a été/a affirmé ----------
add("gen-0010.md", "2024-10-11", "Budget : Bercy promet 40 milliards d'économies", f"""---
titre: "Budget : Bercy promet 40 milliards d'économies"
date: 2024-10-11
auteur: Julien Marchand
---

# Budget : Bercy promet 40 milliards d'économies

Le ministre de l'Économie a défendu son texte jeudi soir. « ⟦0⟧ », a affirmé Antoine Mercier [1].

Le texte prévoit « ⟦1⟧ » [1]. L'opposition parle d'un « ⟦2⟧ » [1].

Sur les retraites, le gouvernement assure que « ⟦3⟧ » [2].

## Sources

[1] Le Quotidien Éco, « Budget 2025 : le gouvernement vise un déficit de 5 % », 10 octobre 2024, {BUDGET}
[2] Le Quotidien Éco, « Retraites : ce que prévoit le texte pour les », 8 octobre 2024
""", (
    Q("C'est un budget de responsabilité, pas un budget d'austérité", "verbatim", V, "1", marker="1"),
    Q("50 milliards d'euros d'économies et 20 milliards de recettes nouvelles", "number", MQ, "1", "number", "1"),
    Q("matraquage fiscal déguisé", "fragment", V, "1", marker="1"),
    Q("aucune pension ne baissera en 2025", "fabricated", UV, "2", marker="2"),
), (S("1", "budget_fr", "fetched"), S("2", None, "unresolved", ("unresolved-source", "truncated-title"))))

# --- Mexican regional, plain text, curly “ ”, dijo, "Fuentes:", Internet as publisher, Flux image -------
add("gen-0011.txt", "2024-05-03", "Sin riesgo para poblaciones, dice Protección Civil", f"""NOTICIAS DE LA SIERRA
Inicio | Estado | Municipios | Deportes

Sin riesgo para poblaciones, dice Protección Civil

Redacción | 3 de mayo de 2024

[Imagen ilustrativa generada con Flux]

“⟦0⟧”, dijo el coordinador de Protección Civil, Hugo Salinas [1].

De acuerdo con el reporte, “⟦1⟧” [1].

En redes sociales circuló que “⟦2⟧” [2].

Fuentes:
[1] Noticias del Valle, "Controlan al 70 % el incendio en la sierra", 2 de mayo de 2024, {INCENDIO}
[2] Internet, "Video del incendio en la sierra"
""", (
    Q("No hay poblaciones en riesgo por el momento", "verbatim", V, "1", marker="1"),
    Q("Participan en las labores 230 combatientes y dos helicópteros", "number", MQ, "1", "number", "1"),
    Q("el fuego ya llegó a las primeras casas del pueblo", "fabricated", UV, "2", marker="2"),
), (S("1", "incendio", "fetched"),
    S("2", None, "unresolved", ("unresolved-source", "vague-publisher", "undated-source"))), ai_image=True)

# --- US metro daily, HTML, "X via Y" syndication credit, redirect, misattribution, typography ------------
add("gen-0012.html", "2024-09-20", "Fare rise and school cuts squeeze Valley families", f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Fare rise and school cuts squeeze Valley families | Metro Voice</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fare rise and school cuts squeeze Valley families","datePublished":"2024-09-20"}}</script></head>
<body><nav class="top"><a href="/">Metro Voice</a> <a href="/news">News</a> <a href="/opinion">Opinion</a> <a href="/donate">Donate</a></nav>
<main><article><header><p class="eyebrow">Cost of living</p><h1>Fare rise and school cuts squeeze Valley families</h1>
<p class="byline">By Ana Ruiz · Published Sept. 20, 2024</p></header>
<figure><img src="/img/bus.jpg" alt="Riders board a bus downtown"><figcaption>Riders board a bus downtown. (Photo: Kevin Marsh/Lakeshore Tribune)</figcaption></figure>
<div class="story-body">
<p>Board chair Linda Castellanos defended the increase: “⟦0⟧.”<sup>1</sup></p>
<p>After the vote she told a reporter, “⟦1⟧.”<sup>1</sup></p>
<p>“⟦2⟧,” said Marcus Bell of the Transit Riders Union.<sup>2</sup></p>
<p>In April the school board had already turned down a shorter week. “⟦3⟧,” superintendent Karen Oduya said.<sup>2</sup></p>
</div>
<section class="sources"><h2>Sources</h2><ol>
<li>Lakeshore Tribune via Yahoo News, “Metro board votes to raise fares for the first time since 2019,” Sept. 19, 2024, <a href="{TRANSIT}">{TRANSIT}</a></li>
<li>Valley Gazette, “School board rejects four-day week,” April 11, 2024, <a href="{SCHOOL_HTTP}">{SCHOOL_HTTP}</a></li>
</ol></section>
</article></main><footer>Metro Voice is a nonprofit newsroom.</footer></body></html>
""", (
    Q("We held fares flat through the pandemic, but we can’t keep running buses on reserves", "typography", V,
      "1", marker="1"),
    Q("Nobody on this board wanted to do this", "caption", V, "1", marker="1"),
    Q("This is a tax on people who have no other way to get to work", "misattributed", MA, "1", marker="2"),
    Q("Our families told us clearly that they cannot find childcare for a fifth day", "verbatim", V, "2",
      marker="2"),
), (S("1", "transit", "fetched"), S("2", "school", "fetched")))

# --- Markdown, bare-domain publishers, brackets, a URL missing from the cassette, text-to-image note ------
add("gen-0013.md", "2024-07-30", "Ridge Fire: residents return to a changed landscape", f"""# Ridge Fire: residents return to a changed landscape

**By Coastline Notes staff** | July 30, 2024

![A charred hillside at dusk](/images/ridge-fire.jpg)

_This image was produced by a text-to-image model and does not depict a real event._

Residents began returning home on Monday. "⟦0⟧," county fire chief Ray Donovan said.[^a]

Donovan said the weather "⟦1⟧".[^a] The fire "⟦2⟧" since July 12, the Herald reported.[^a]

Investigators believe "⟦3⟧".[^b]

**Sources**

[^a]: www.pacificcoastherald.example.com, ["Evacuation orders lifted as Ridge Fire containment reaches 85%"]({WILDFIRE}) (July 29, 2024)
[^b]: www.pacificcoastherald.example.com, ["Ridge Fire cause under investigation"]({NOT_RECORDED}) (July 25, 2024)
""", (
    Q("We are not out of the woods yet, but the weather has finally turned in our favour", "verbatim", V, "a",
      marker="a"),
    Q("has finally turned in [the firefighters'] favour", "bracket", V, "a", marker="a"),
    Q("has burned 23,000 acres and destroyed 14 homes", "number", MQ, "a", "number", "a"),
    Q("the fire was started by a downed power line", "fabricated", UV, "b", marker="b"),
), (S("a", "wildfire", "fetched"), S("b", None, "unreachable", ("unreachable-source",))), ai_image=True)

# --- film news, Substack-style HTML, "Report" as publisher, Italian AI caption, a fabricated quote --------
add("gen-0014.html", "2024-07-24", "Venice bets on newcomers", f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Venice bets on newcomers - Reel Talk</title>
<meta property="og:title" content="Venice bets on newcomers"><meta property="article:published_time" content="2024-07-24T10:00:00+02:00"></head>
<body><div class="main-menu"><a href="/">Reel Talk</a> <button>Subscribe</button></div>
<article class="post"><h1 class="post-title">Venice bets on newcomers</h1>
<div class="post-meta">Giulia Rossi · Jul 24, 2024</div>
<div class="body markup">
<figure><img src="/venice.png" alt="A red carpet at the Lido"><figcaption>Immagine generata con l'intelligenza artificiale</figcaption></figure>
<p>The festival's artistic director was in a good mood. “⟦0⟧,” Paolo Ferrante told journalists in Rome.[1]</p>
<p>This year “⟦1⟧”.[1]</p>
<p>Ferrante also promised that “⟦2⟧”.[1]</p>
<h4>Sources</h4>
<p>[1] Report, “Venice unveils a lineup heavy on debut films”, July 23, 2024, <a href="{FESTIVAL}">culturedesk.example.it</a></p>
</div></article><div class="footer-wrap">© 2024 Reel Talk</div></body></html>
""", (
    Q("We wanted to be surprised, and we were", "verbatim", V, "1", marker="1"),
    Q("nine of the 21 films are first or second features", "number", MQ, "1", "number", "1"),
    Q("the jury will be chaired by a first-time director", "fabricated", UN, "1", marker="1"),
), (S("1", "festival", "fetched", ("vague-publisher",)),), ai_image=True)

# --- no sources at all (plain text and Markdown) -----------------------------------------------------------
add("gen-0015.txt", "2024-12-02", "Town hall meeting ends in shouting match", """Town hall meeting ends in shouting match

Posted by Greg Tanaka on December 2, 2024 | 14 comments

The meeting about the new recycling centre lasted three hours. "We were promised a consultation and we got
a presentation," said resident Joan Pruitt.

The deputy mayor, Colin Ashby, said the site "will create forty jobs and will not increase lorry traffic on
Mill Lane."

Filed under: Local, Environment
""", (
    Q("We were promised a consultation and we got a presentation", "unsourced", UV, None),
    Q("will create forty jobs and will not increase lorry traffic on Mill Lane", "unsourced", UV, None),
), (), missing_sources=True)

add("gen-0016.md", "2025-02-11", "Fake-Fotos vom Hochwasser: Polizei warnt", """---
title: "Fake-Fotos vom Hochwasser: Polizei warnt"
date: 11.02.2025
---

# Fake-Fotos vom Hochwasser: Polizei warnt

![Polizeisprecher vor dem Präsidium](/bilder/polizei.jpg)
*Der Polizeisprecher am Montag. Foto: dpa*

In sozialen Netzwerken kursieren KI-generierte Bilder eines angeblich überfluteten Marktplatzes. „Diese
Bilder sind gefälscht, es gibt keine Überflutung in der Innenstadt“, sagte ein Polizeisprecher.

Wer solche Bilder teile, mache sich womöglich strafbar, sagte er. „Bitte prüfen Sie, woher ein Bild stammt,
bevor Sie es weiterleiten.“
""", (
    Q("Diese Bilder sind gefälscht, es gibt keine Überflutung in der Innenstadt", "unsourced", UV, None),
    Q("Bitte prüfen Sie, woher ein Bild stammt, bevor Sie es weiterleiten.", "unsourced", UV, None),
), (), missing_sources=True)

STATS_UTM = "https://www.statistik-nord.example.de/presse/pm-2024-118?utm_source=newsletter&utm_medium=email"

# --- German, HTML, the same press release listed twice, a listed source nothing leans on, Firefly image ---
add("gen-0017.html", "2024-06-21", "Hamburg wächst – dank Zuwanderung", f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Hamburg wächst – dank Zuwanderung | Elbe Digital</title>
<meta property="og:title" content="Hamburg wächst – dank Zuwanderung"><meta property="article:published_time" content="2024-06-21T09:00:00+02:00"></head>
<body><header><a href="/">Elbe Digital</a><nav><a href="/hamburg">Hamburg</a> <a href="/wirtschaft">Wirtschaft</a></nav></header>
<main><article><h1>Hamburg wächst – dank Zuwanderung</h1><p class="meta">21.06.2024 · Von Henrik Paulsen</p>
<figure><img src="/img/skyline.jpg" alt="Hamburger Skyline"><figcaption>Die Hamburger Skyline. Bild: erstellt mit Adobe Firefly (KI)</figcaption></figure>
<p>Die Bevölkerung der Hansestadt ist erneut gewachsen, und zwar „⟦0⟧“.<sup>1</sup></p>
<p>„⟦1⟧“, sagte Amtsleiterin Dr. Ulrike Brandt.<sup>1</sup></p>
<p>Das Wachstum gehe „⟦2⟧“ zurück.<sup>2</sup></p>
<h2>Quellen</h2><ol>
<li>Statistikamt Nord, „<a href="{STATS}">Einwohnerzahl in Hamburg steigt auf 1,91 Millionen</a>“, 20.06.2024</li>
<li>Statistikamt Nord, „<a href="{STATS_UTM}">Einwohnerzahl in Hamburg steigt auf 1,91 Millionen</a>“, 20.06.2024</li>
<li>Stadtwerke Lindenau (Pressemitteilung), „<a href="{FERNWAERME}">Fernwärmepreise sinken zum 1. April 2025</a>“, 27.02.2025</li>
</ol></article></main><footer>© Elbe Digital</footer></body></html>
""", (
    Q("um 1,9 Prozent auf 1,91 Millionen gestiegen", "number", MQ, "1", "number", "1"),
    Q("Ohne Zuwanderung würde die Bevölkerung der Stadt schrumpfen", "verbatim", V, "1", marker="1"),
    Q("vor allem auf Zuzüge aus dem Ausland", "fragment", V, "2", marker="2"),
), (S("1", "stats", "fetched"), S("2", "stats", "fetched", ("duplicate-source",)),
    S("3", "pressemitteilung", "fetched", ("uncited-source", "source-after-article"))), ai_image=True)

# --- newsletter, "Web Report" publisher without date, body text about Midjourney, Ai Weiwei caption -----
add("gen-0018.html", "2025-01-20", "Should newsrooms ever publish AI pictures?", f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Should newsrooms ever publish AI pictures? — The Desk</title>
<meta property="og:title" content="Should newsrooms ever publish AI pictures?">
<script type="application/ld+json">{{"@type":"BlogPosting","headline":"Should newsrooms ever publish AI pictures?","datePublished":"2025-01-20T12:00:00Z"}}</script></head>
<body><header class="site-header"><a href="/">The Desk</a> <a href="/archive">Archive</a> <a href="/about">About</a></header>
<main><article class="h-entry"><h1 class="p-name">Should newsrooms ever publish AI pictures?</h1>
<p><time class="dt-published" datetime="2025-01-20T12:00:00Z">20 Jan 2025</time> · Mira Solberg</p>
<figure><img src="/img/aiweiwei.jpg" alt="Ai Weiwei at the opening of his exhibition in Berlin">
<figcaption>Ai Weiwei at the opening of his exhibition in Berlin. Photo: Markus Schreiber/AP</figcaption></figure>
<div class="e-content">
<p>Images made with Midjourney or Stable Diffusion now turn up in local news sites every week. The question is
how to label them.</p>
<p>“⟦0⟧,” said Greta Lind, picture editor at a Nordic daily.</p>
<p>Lind's rule is simple: “⟦1⟧.”</p>
<p>Two of the six editors surveyed said they had “⟦2⟧”.</p>
</div>
<h3>Sources:</h3>
<ul><li>Web Report, "AI images in the newsroom: where we draw the line", <a href="{AIBLOG}">{AIBLOG}</a></li></ul>
</article></main><footer>Built with Eleventy</footer></body></html>
""", (
    Q("The problem is not the tool, it is the pretence that the picture shows something that happened",
      "verbatim", V, "1"),
    Q("We label every synthetic image, no exceptions", "omission", MQ, "1", "omission"),
    Q("stopped using such images altogether after complaints from readers", "fragment", V, "1"),
), (S("1", "ai_blog", "fetched", ("vague-publisher", "undated-source")),))

# --- Dutch regional, "Bronnen", misattributed to the library report, Dutch AI credit ---------------------
add("gen-0019.md", "2025-03-16", "Natuurclubs naar rechter om Rotterdamse kade", f"""---
title: Natuurclubs naar rechter om Rotterdamse kade
date: 2025-03-16
---

# Natuurclubs naar rechter om Rotterdamse kade

![Containerschepen in de haven](https://cdn.example.nl/haven.jpg)
Beeld: gegenereerd met AI (Midjourney)

Havenbaas Annelies Vos was duidelijk: "⟦0⟧".[^1]

Volgens de Coastal Nature Trust verdween "⟦1⟧".[^2]

Vos herhaalde het later nog eens: "⟦2⟧".[^2]

## Bronnen

[^1]: Meridian Wire, ["Port authority approves $1.2 billion terminal expansion"]({PORT}), 14 maart 2025
[^2]: Coastal Nature Trust, "State of the Wetlands 2024", oktober 2024
""", (
    Q("We are not building for next year, we are building for 2040", "verbatim", V, "1", marker="1"),
    Q("14 percent of its tidal wetlands to port and road construction", "fragment", V, "2", marker="2"),
    Q("Shipping lines welcomed the decision, saying congestion had cost them an estimated 40 million euros",
      "misattributed", MA, "1", marker="2"),
), (S("1", "port", "fetched"), S("2", "lib_report", "library")), ai_image=True)

# --- Substack, a citation with the wrong title and the wrong date --------------------------------------
add("gen-0020.html", "2025-01-25", "Three numbers to watch in housing this year", f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Three numbers to watch in housing this year</title>
<meta property="og:title" content="Three numbers to watch in housing this year">
<meta property="article:published_time" content="2025-01-25T06:00:00Z"></head>
<body><div class="navbar"><a href="/">Brick by Brick</a> <button>Subscribe</button></div>
<article class="post"><h1 class="post-title">Three numbers to watch in housing this year</h1>
<h3 class="subtitle">Starts, completions and the target</h3><div class="post-meta">Jan 25, 2025 · Olu Bankole</div>
<div class="available-content">
<p>Helen Marsh told Tom Avery that "⟦0⟧".<a href="#footnote-1" class="footnote-anchor">1</a></p>
<p>In the twelve months to November, "⟦1⟧".<a href="#footnote-1" class="footnote-anchor">1</a></p>
<div class="footnote" id="footnote-1"><a href="#footnote-anchor-1">1</a> The Civic Ledger, "Housing starts hit a record high", January 19, 2025, <a href="{HOUSING}">{HOUSING}</a></div>
</div></article><div class="footer">Brick by Brick · Unsubscribe</div></body></html>
""", (
    Q("The starts figure counts a home as started when the foundations are dug", "fragment", V, "1", marker="1"),
    Q("212,000 homes were started but only 168,000 were completed", "verbatim", V, "1", marker="1"),
), (S("1", "substack", "fetched", ("title-mismatch", "date-mismatch")),))

# --- wire, plain text, cited source published after the article (a citation added from the future) ------
add("gen-0021.txt", "2024-07-20", "Ridge Fire crews gain ground", f"""PACIFIC NEWS SERVICE

Ridge Fire crews gain ground

July 20, 2024

FRESNO, Calif. (PNS) -- Firefighters made progress against the Ridge Fire on Saturday. Fire chief Ray
Donovan said: "⟦0⟧." [1]

Sources
[1] Pacific Coast Herald, "Evacuation orders lifted as Ridge Fire containment reaches 85%", July 29, 2024, {WILDFIRE}
""", (
    Q("We are not out of the woods yet", "fragment", V, "1", marker="1"),
), (S("1", "wildfire", "fetched", ("source-after-article",)),))

# --- truncated citation titles, and titles that only look cut ------------------------------------------
add("gen-0022.md", "2024-11-25", "A week of local decisions", f"""# A week of local decisions

*Weekly round-up, November 25, 2024*

The bus lane vote split the town. "⟦0⟧," council leader Margaret Okafor said ([1]).

In the Valley, superintendent Karen Oduya said "⟦1⟧" ([2]).

Riders' advocate Marcus Bell called the fare rise "⟦2⟧" ([3]).

### Sources
1. Harbourton Observer, ["Council backs bus lane plan despite…"]({COUNCIL}), November 20, 2024
2. Valley Gazette, ["School board rejects four-day week"]({SCHOOL_HTTP}), April 11, 2024
3. Lakeshore Tribune, ["Metro board votes to raise fares for the first time since"]({TRANSIT}), September 18, 2024
""", (
    Q("We have listened, but doing nothing is not an option for this town", "verbatim", V, "1", marker="1"),
    Q("our families told us clearly that they cannot find childcare for a fifth day", "typography", V, "2",
      marker="2"),
    Q("a tax on people who have no other way to get to work", "fragment", V, "3", marker="3"),
), (S("1", "council", "fetched", ("truncated-title",)), S("2", "school", "fetched"),
    S("3", "transit", "fetched", ("truncated-title",))))

# --- Spanish blog (WordPress), AI disclosure only in the alt text, "Fuentes" bullets -----------------------
add("gen-0023.html", "2025-02-06", "Alquilar en Málaga: la cuenta no sale", f"""<!DOCTYPE html>
<html lang="es-ES"><head><meta charset="utf-8"><title>Alquilar en Málaga: la cuenta no sale &#8211; Blog de Vivienda</title>
<meta property="article:published_time" content="2025-02-06T10:20:00+00:00"></head>
<body class="single"><header id="masthead"><p class="site-title"><a href="/">Blog de Vivienda</a></p>
<nav><ul><li><a href="/">Inicio</a></li><li><a href="/contacto">Contacto</a></li></ul></nav></header>
<main id="main"><article class="post"><h1 class="entry-title">Alquilar en Málaga: la cuenta no sale</h1>
<div class="entry-meta">Publicado el <time datetime="2025-02-06T10:20:00+00:00">6 febrero, 2025</time> por Pablo Ruiz</div>
<div class="entry-content">
<p><img src="/wp-content/uploads/2025/02/malaga.jpg" alt="Imagen generada por IA de un edificio de pisos en Málaga"></p>
<p>El alquiler sigue disparado: «⟦0⟧», según el Diario del Sur.<sup>[1]</sup></p>
<p>Para la portavoz del Sindicato de Inquilinas, Lucía Navarro, «⟦1⟧».<sup>[1]</sup></p>
<p>El concejal Raúl Ortega dijo: «⟦2⟧».<sup>[1]</sup></p>
<p>La ministra prometió que «⟦3⟧».<sup>[2]</sup></p>
<h3>Fuentes</h3>
<ul>
<li>[1] Diario del Sur, «<a href="{VIVIENDA}">El alquiler en Málaga marca un nuevo récord</a>», 4 de febrero de 2025</li>
<li>[2] Ministerio de Vivienda, «El Bono Alquiler Joven llegará a 70.000 beneficiarios en 2025», 30 de enero de 2025</li>
</ul></div></article></main><footer>Blog de Vivienda · Aviso legal</footer></body></html>
""", (
    Q("un 11 % más que hace un año", "fragment", V, "1", marker="1"),
    Q("Los jóvenes ya pueden emanciparse en la ciudad donde han nacido", "negation", MQ, "1", "negation", "1"),
    Q("No vamos a prohibir nada, no vamos a ordenar", "negation", MQ, "1", "negation", "1"),
    Q("ningún joven tenga que dedicar más del 40 % de su sueldo al alquiler", "number", MQ, "2", "number", "2"),
), (S("1", "vivienda", "fetched"), S("2", "lib_ministerio", "library")), ai_image=True)

# --- French wire (AFP style), dead link, a quote tied to the wrong source, Ideogram credit -----------------
add("gen-0024.txt", "2024-10-12", "Budget: l'opposition promet une bataille d'amendements", f"""Budget: l'opposition promet une bataille d'amendements

Paris (AFP) - 12/10/2024 09:41

L'opposition a promis samedi de déposer des milliers d'amendements au projet de budget. Le ministre Antoine
Mercier a répété que « ⟦0⟧ » [2].

Le gouvernement vise « ⟦1⟧ » [1].

Dans le Vercors, l'éleveur Mathieu Roche a déclaré : « ⟦2⟧ » [1].

Crédit image : Ideogram / illustration

Sources
[1] Le Quotidien Éco, « Budget 2025 : le gouvernement vise un déficit de 5 % », 10/10/2024, {BUDGET}
[2] Le Dauphiné Info, « Dans le Vercors, les éleveurs face au retour du loup », 12/08/2024, {LOUP}
""", (
    Q("C'est un budget de responsabilité, pas un budget d'austérité", "misattributed", MA, "1", marker="2"),
    Q("un déficit public de 5 % du PIB en 2025", "fragment", V, "1", marker="1"),
    Q("Nous ne demandons pas l'éradication du loup", "misattributed", MA, "2", marker="1"),
), (S("1", "budget_fr", "fetched"), S("2", "loup", "fetched")), ai_image=True)

# --- English regional HTML, pull-quote and caption quotes, AI image credit "Image: DALL·E 3 / OpenAI" -----
add("gen-0025.html", "2024-11-22", "Harbourton's bus lane: what happens next", f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Harbourton's bus lane: what happens next | Coast Weekly</title>
<meta property="og:title" content="Harbourton's bus lane: what happens next"></head>
<body><header><a class="brand" href="/">Coast Weekly</a> <nav><a href="/news">News</a> <a href="/events">Events</a></nav></header>
<main><article>
<div class="kicker">Explainer</div>
<h1>Harbourton's bus lane: what happens next</h1>
<p class="dateline">Friday 22 November 2024 · Tom Briggs</p>
<figure><img src="/img/highstreet.webp" alt="Harbourton High Street"><figcaption>Image: DALL·E 3 / OpenAI</figcaption></figure>
<p>The council says the work "⟦0⟧".<sup><a href="#s1">[1]</a></sup></p>
<p>"⟦1⟧," the council leader, Margaret Okafor, said.<sup><a href="#s1">[1]</a></sup></p>
<p>Opponents collected "⟦2⟧".<sup><a href="#s1">[1]</a></sup></p>
<p>"⟦3⟧," said Dave Whitlock.<sup><a href="#s1">[1]</a></sup></p>
<h2>Sources</h2>
<p id="s1">[1] Harbourton Observer — <a href="{COUNCIL}">Council backs bus lane plan despite traders' anger</a> — 20/11/2024</p>
</article></main><footer>© Coast Weekly Ltd</footer></body></html>
""", (
    Q("will cost £4.8 million, mostly paid by a government grant", "fragment", V, "1", marker="1"),
    Q("Doing nothing is not an option for this town", "pullquote", V, "1", marker="1"),
    Q("a petition signed by more than 4,200 residents", "number", MQ, "1", "number", "1"),
    Q("If this goes ahead, half the shops on this street will be gone within two months", "word", MQ, "1",
      "word", "1"),
), (S("1", "council", "fetched"),), ai_image=True)

# --- Medium-style Markdown with a linkless citation that is not in the library, and a name swap ---------
add("gen-0026.md", "2025-03-12", "What picture editors told us", f"""# What picture editors told us

Lena Hart · Mar 12, 2025 · 3 min read

Ines Kowalczyk's photo editor, Marek Zieliński, put it bluntly: "⟦0⟧" [1].

A reader of the paper wrote that "⟦1⟧" [1].

Greta Lind told Pixel & Press: "⟦2⟧" [2].

An industry survey found that "⟦3⟧" [3].

**Sources**
- [1] Medium, ["Why our newsroom stopped using stock photos"]({MEDIUM}), March 3, 2025
- [2] Pixel & Press, ["AI images in the newsroom: where we draw the line"]({AIBLOG}), January 15, 2025
- [3] Nordic Picture Editors' Forum, "Survey on synthetic imagery in newsrooms 2024", December 2024
""", (
    Q("A generic handshake tells the reader nothing", "verbatim", V, "1", marker="1"),
    Q("I can tell when the picture has nothing to do with the story", "fragment", V, "1", marker="1"),
    Q("We label every synthetic image in the headline, no exceptions", "word", MQ, "2", "word", "2"),
    Q("three in four newsrooms have no written policy on AI images", "fabricated", UV, "3", marker="3"),
), (S("1", "medium", "fetched"), S("2", "ai_blog", "fetched"),
    S("3", None, "unresolved", ("unresolved-source",))))

# --- AP-style HTML, a name swapped inside a quotation, JSON-LD headline unlike the <title> ---------------
add("gen-0027.html", "2025-02-03", "Barcelona faces water rationing", f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Catalonia drought: Barcelona faces water rationing | World Desk</title>
<meta property="og:title" content="Catalonia drought: what rationing means for Barcelona">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Barcelona faces water rationing","datePublished":"2025-02-03T15:00:00Z","author":[{{"@type":"Person","name":"Nuria Vidal"}}]}}</script></head>
<body><header><a href="/">World Desk</a></header>
<main><h1>Barcelona faces water rationing</h1><p>By Nuria Vidal, Feb. 3, 2025</p>
<p>Catalonia's climate minister warned of tough months ahead. "⟦0⟧," he said.<sup><a href="{DROUGHT}">AP</a></sup></p>
<p>"⟦1⟧," said an olive farmer near Lleida, Jordi Puig.<sup><a href="{DROUGHT}">AP</a></sup></p>
<p>"⟦2⟧," Puig added.<sup><a href="{DROUGHT}">AP</a></sup></p>
<figure><img src="/img/barcelona-taps.jpg" alt="A dry fountain in a Barcelona square"></figure>
<p class="credit">Image: Stable Diffusion XL illustration</p>
</main><footer>World Desk</footer></body></html>
""", (
    Q("This is the worst drought since records began, and we cannot rule out bringing water in by ship",
      "verbatim", V, "L1", marker="L1"),
    Q("We have already lost two harvests in a row", "verbatim", V, "L1", marker="L1"),
    Q("A third one would finish us", "verbatim", V, "L1", marker="L1"),
), (S("L1", "drought", "fetched"),), ai_image=True)

# --- Reuters-style HTML, "X via Y" credit, a swapped name and dropped words inside quotations -------------
add("gen-0028.html", "2025-03-14", "Rotterdam port expansion wins approval", f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Rotterdam port expansion wins approval | MarketLine</title>
<meta name="article:published_time" content="2025-03-14T18:10:00Z"></head>
<body><header class="masthead"><a href="/">MarketLine</a> <nav><a href="/markets">Markets</a> <a href="/companies">Companies</a> <a href="/login">Log in</a></nav></header>
<main><article class="story"><h1>Rotterdam port expansion wins approval</h1>
<div class="story-meta">March 14, 2025 6:10 PM UTC · 2 min read</div>
<div class="story-body">
<p>ROTTERDAM, March 14 (Reuters) - The port authority approved a $1.2 billion terminal expansion on Friday.
"⟦0⟧," chief executive Annelies Vos said in a statement.<sup>[1]</sup></p>
<p>"⟦1⟧," said Pieter Janssen of the Coastal Nature Trust.<sup>[1]</sup></p>
<p>Shipping lines said "⟦2⟧".<sup>[1]</sup></p>
</div>
<div class="story-sources"><h4>Sources</h4><p>[1] Meridian Wire via MarketLine, "Port authority approves $1.2 billion terminal expansion", March 14, 2025, <a href="{PORT}">meridianwire.com</a></p></div>
<aside class="related"><h4>Related</h4><ul><li><a href="/x">Antwerp strike called off</a></li></ul></aside>
</article></main><footer>Data delayed at least 15 minutes. © MarketLine</footer></body></html>
""", (
    Q("We are not building for next year, we are building for 2040", "verbatim", V, "1", marker="1"),
    Q("Nobody has shown us a credible plan to protect the Wadden dunes", "name", MQ, "1", "name", "1"),
    Q("congestion had cost them 40 million euros last year", "omission", MQ, "1", "omission", "1"),
), (S("1", "port", "fetched"),))

# --- Spanish Markdown, "Fuentes" footnotes, "not AI" photo note, shouted typography ----------------------
add("gen-0029.md", "2024-05-03", "La sierra, en calma tras el incendio", f"""---
title: "La sierra, en calma tras el incendio"
date: 2024-05-03
autor: "Carlos Méndez"
---

# La sierra, en calma tras el incendio

![Brigadistas en la sierra](/img/brigadistas.jpg)
*Foto: Carlos Méndez. No es una imagen generada por IA.*

“⟦0⟧”, dijo Hugo Salinas, coordinador de Protección Civil.[^1]

Según el balance oficial, el fuego ha consumido “⟦1⟧”.[^1]

“⟦2⟧”, añadió Salinas.[^1]

### Fuentes

[^1]: Noticias del Valle, "Controlan al 70 % el incendio en la sierra", 2 de mayo de 2024, <{INCENDIO}>
""", (
    Q("NO HAY POBLACIONES EN RIESGO POR EL MOMENTO", "typography", V, "1", marker="1"),
    Q("1.800 hectáreas en la sierra", "fragment", V, "1", marker="1"),
    Q("No hay poblaciones en peligro por el momento", "word", MQ, "1", "word", "1"),
), (S("1", "incendio", "fetched"),))

# --- German press-release rewrite, plain text, "Pressemitteilung" as publisher, KI-Foto credit ------------
add("gen-0030.txt", "2025-02-28", "Fernwärme wird billiger", f"""Lindenauer Anzeiger · Lokales · 28.02.2025

Fernwärme wird billiger

Foto: KI-generiert (Midjourney)

Die Stadtwerke senken zum 1. April die Preise. „⟦0⟧“, sagte Vorstand Dr. Frank Hollmann. [1]

Ein Durchschnittshaushalt spare damit „⟦1⟧“. [1]

Die Stadtwerke senken die Preise „⟦2⟧“. [1]

Quellen:
[1] Pressemitteilung, „Fernwärmepreise sinken zum 1. April 2025“, 27.02.2025, {FERNWAERME}
""", (
    Q("Wir geben die gesunkenen Beschaffungskosten vollständig an unsere Kundinnen und Kunden weiter",
      "verbatim", V, "1", marker="1"),
    Q("rund 280 Euro im Jahr", "number", MQ, "1", "number", "1"),
    Q("zum 1. April 2025 um durchschnittlich 12 Prozent", "fragment", V, "1", marker="1"),
), (S("1", "pressemitteilung", "fetched", ("vague-publisher",)),), ai_image=True)

# --- French blog, guillemets without spaces, [...] elision, body discussing AI images, AFP photo --------
add("gen-0031.md", "2024-08-20", "Le loup, l'éleveur et les fausses images", f"""# Le loup, l'éleveur et les fausses images

Publié le 20 août 2024 par Hélène Garnier

![Un troupeau sur le plateau](/img/troupeau.jpg)
*Photo : AFP*

Depuis l'été, des images générées par l'IA montrant des loups dans les villages circulent sur les réseaux.
Elles sont fausses. Les attaques, elles, sont bien réelles.

«⟦0⟧», a déclaré Mathieu Roche [^1].

Pour Ferus, «⟦1⟧» [^1].

La préfecture a autorisé «⟦2⟧» [^1].

[^1]: Le Dauphiné Info, « Dans le Vercors, les éleveurs face au retour du loup », 12 août 2024, {LOUP}
""", (
    Q("Nous ne demandons pas l'éradication du loup […] nous demandons de pouvoir protéger nos bêtes", "ellipsis",
      V, "1", marker="1"),
    Q("Les chiens de protection restent la seule solution durable", "verbatim", V, "1", marker="1"),
    Q("trois tirs de défense supplémentaires", "number", MQ, "1", "number", "1"),
), (S("1", "loup", "fetched"),))

# --- English Substack essay, linkless citation found in the library, an unsupported quote ----------------
add("gen-0032.html", "2024-10-15", "The wetlands we are paving over", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The wetlands we are paving over - Low Country</title>
<meta property="og:title" content="The wetlands we are paving over">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The wetlands we are paving over","datePublished":"2024-10-15T07:00:00Z"}</script></head>
<body><div class="navbar"><a href="/">Low Country</a> <button>Subscribe</button> <a href="/archive">Archive</a></div>
<article class="post"><h1 class="post-title">The wetlands we are paving over</h1>
<h3 class="subtitle">A new report counts the cost</h3>
<div class="post-meta">Maarten Visser · Oct 15, 2024 · Paid</div>
<div class="available-content"><div class="body markup">
<p>The trust's new report makes for grim reading: over the past decade, "⟦0⟧".<a class="footnote-anchor" href="#footnote-1">1</a></p>
<p>Its director, Femke de Groot, writes: "⟦1⟧."<a class="footnote-anchor" href="#footnote-1">1</a></p>
<p>She adds that "⟦2⟧".<a class="footnote-anchor" href="#footnote-1">1</a></p>
<div class="footnote" id="footnote-1"><a href="#footnote-anchor-1">1</a> Coastal Nature Trust, "State of the Wetlands 2024", October 1, 2024.</div>
</div></div>
<div class="subscription-widget">Low Country is a reader-supported publication.</div></article></body></html>
""", (
    Q("the delta has lost 14 percent of its tidal wetlands to port and road construction", "fragment", V, "1",
      marker="1"),
    Q("Every hectare we pave over is a hectare of flood protection we will have to pay for later", "verbatim", V,
      "1", marker="1"),
    Q("the port authority has ignored every one of our objections since 2019", "fabricated", UN, "1",
      marker="1"),
), (S("1", "lib_report", "library"),))

EXPLAINER = "https://www.meridianwire.com/world/europe/catalonia-water-crisis-explained-2025-02-05/"

# --- German Markdown, cites a page by its og:title, number and fragment ----------------------------------
add("gen-0033.md", "2025-01-22", "Streik: Nichts geht mehr im Bremer Umland", f"""---
title: "Streik: Nichts geht mehr im Bremer Umland"
date: 2025-01-22T14:00:00+01:00
author: Redaktion Landkreis-Blog
---

# Streik: Nichts geht mehr im Bremer Umland

![Pendler am Bahnsteig in Verden](/bilder/verden.jpg "Pendler warten in Verden. Foto: Sina Schuldt/dpa")

„⟦0⟧“, sagte Gewerkschaftschef Klaus Wendt ([Weser-Kurier]({BAHN})).

Betroffen seien „⟦1⟧“, teilte der Verkehrsverbund mit ([Weser-Kurier]({BAHN})).

Der Ausstand soll „⟦2⟧“ ([Weser-Kurier]({BAHN})).

**Quelle:** Weser-Kurier Online, [„Bahnstreik in Bremen: Was Pendler jetzt wissen müssen“]({BAHN}), 22. Januar 2025
""", (
    Q("Ohne Druck bewegt sich bei der Arbeitszeit gar nichts", "verbatim", V, "1", marker="1"),
    Q("rund 54.000 Pendlerinnen und Pendler", "number", MQ, "1", "number", "1"),
    Q("bis Freitag um 18 Uhr dauern", "fragment", V, "1", marker="1"),
), (S("1", "bahn", "fetched"),))

# --- English HTML explainer round-up: a title that ends in "over" (not cut), a misquoted caption ---------
add("gen-0034.html", "2025-02-06", "Water: the numbers behind Catalonia's emergency", f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Water: the numbers behind Catalonia's emergency | Data Notes</title>
<meta property="og:title" content="Water: the numbers behind Catalonia's emergency"><meta property="article:published_time" content="2025-02-06"></head>
<body><header><a href="/">Data Notes</a> <a href="/newsletter">Newsletter</a></header>
<main><article><h1>Water: the numbers behind Catalonia's emergency</h1><p>February 6, 2025 · by Sven Aalto</p>
<figure><img src="/img/chart.png" alt="Chart of reservoir levels since 2019"><figcaption>Reservoir levels since 2019. Chart: Data Notes</figcaption></figure>
<p>A hydrologist put the rain forecasts in perspective: "⟦0⟧."<sup><a href="#r1">1</a></sup></p>
<p>At the Tordera plant, an engineer said "⟦1⟧".<sup><a href="#r1">1</a></sup></p>
<p>A guide at the Sau reservoir said "⟦2⟧".<sup><a href="#r2">2</a></sup></p>
<p>The region has spent "⟦3⟧".<sup><a href="#r1">1</a></sup></p>
<h2>Sources</h2><ol>
<li id="r1">Meridian Wire, "<a href="{EXPLAINER}">Why Catalonia's water crisis is far from over</a>", 5 Feb 2025</li>
<li id="r2">Associated Press, "<a href="{DROUGHT}">Catalonia declares drought emergency as reservoirs fall below 16%</a>", 3 Feb 2025</li>
</ol></article></main><footer>Data Notes · CC BY 4.0</footer></body></html>
""", (
    Q("One wet month does not undo three dry years", "verbatim", V, "1", marker="1"),
    Q("Every litre from here costs three times as much", "caption", V, "1", marker="1"),
    Q("The church tower has not been this visible since 1980", "number", MQ, "2", "number", "2"),
    Q("1.4 billion euros on desalination since 2022", "fragment", V, "1", marker="1"),
), (S("1", "explainer", "fetched"), S("2", "drought", "fetched")))

# --- wire copy, plain text, a page cited by its <title> (numbers at the end), AI credit in brackets ------
add("gen-0035.txt", "2025-02-07", "Catalonia bets on desalination as reservoirs stay low", f"""Catalonia bets on desalination as reservoirs stay low

BARCELONA, Feb 7, 2025 (IPS) -- Catalonia will speed up work on a second desalination plant, officials said on
Friday, as reservoirs remained close to record lows.

[Image created with Ideogram AI]

"⟦0⟧," hydrologist Marta Soler said last week. [1]

The region "⟦1⟧". [1]

Soler had also said: "⟦2⟧." [1]

Sources:
[1] Meridian Wire, "Catalonia water crisis: 5 things to know", Feb 5, 2025, {EXPLAINER}
""", (
    Q("We should have built it ten years ago", "verbatim", V, "1", marker="1"),
    Q("has spent 1.4 billion euros on desalination since 2022, and a new plant at Tordera is due to open in 2028",
      "fragment", V, "1", marker="1"),
    Q("One wet month does undo three dry years", "negation", MQ, "1", "negation", "1"),
), (S("1", "explainer", "fetched"),), ai_image=True)

WARNSTREIK = "https://www.weserkurier-online.de/region/bremen/gdl-warnstreik-ankuendigung-id4502.html"
RECALL = "https://www.meridianwire.com/business/autos/automaker-recall-airbags-2024-12-03/"

# --- German HTML: a title that ends in a particle ("an": not cut), one that ends in an article (cut) ------
add("gen-0036.html", "2025-01-28", "Nächster Bahnstreik: Wendt bleibt hart", f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Nächster Bahnstreik: Wendt bleibt hart – Kreiszeitung Nord</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Nächster Bahnstreik: Wendt bleibt hart","datePublished":"2025-01-28T06:00:00+01:00"}}</script></head>
<body><header><a href="/">Kreiszeitung Nord</a> <nav><a href="/lokales">Lokales</a> <a href="/abo">Abo</a></nav></header>
<main><article><p class="dachzeile">Verkehr</p><h1>Nächster Bahnstreik: Wendt bleibt hart</h1>
<p class="meta">28. Januar 2025 · dpa/kzn</p>
<figure><img src="/bilder/wendt.jpg" alt="Klaus Wendt bei einer Pressekonferenz"><figcaption>Klaus Wendt am Montag in Frankfurt. Foto: Boris Roessler/dpa</figcaption></figure>
<p>„⟦0⟧“, sagte Gewerkschaftschef Klaus Wendt.<sup>1</sup></p>
<p>Die Bahn nannte den Ausstand „⟦1⟧“.<sup>1</sup></p>
<p>Der Ausstand soll „⟦2⟧“.<sup>1</sup></p>
<p>Eltern fürchten Ausfälle im Schulverkehr.<sup>2</sup></p>
<h3>Quellen</h3><ol>
<li>Weser-Kurier Online: <a href="{WARNSTREIK}">Gewerkschaft kündigt neuen Bahnstreik an</a> (27.01.2025)</li>
<li>Elternrat Bremen: Was der Streik für Schülerinnen, Schüler und die (26.01.2025)</li>
</ol></article></main><footer>© Kreiszeitung Nord</footer></body></html>
""", (
    Q("Wir lassen uns nicht hinhalten, Herr Lutz hat seit Dezember kein neues Angebot vorgelegt", "name", MQ, "1",
      "name", "1"),
    Q("verantwortungslos gegenüber Millionen Fahrgästen", "fragment", V, "1", marker="1"),
    Q("am Dienstag um 2 Uhr beginnen und 48 Stunden dauern", "fragment", V, "1", marker="1"),
), (S("1", "warnstreik", "fetched"), S("2", None, "unresolved", ("unresolved-source", "truncated-title"))))

# --- wire copy, plain text: a title ending in an abbreviation, a dropped negation, a statement ---------
add("gen-0037.txt", "2024-12-04", "Airbag recall: what owners need to know", f"""Airbag recall: what owners need to know

By Consumer Desk staff
Published Dec. 4, 2024

DETROIT (CD) - Halvorsen Motors said in a statement that "⟦0⟧."

Safety chief Erik Lindqvist said: "⟦1⟧."

Dealers will replace the part "⟦2⟧", the company said.

Sources:
* Meridian Wire, "Automaker recalls 1.2 million vehicles in the U.S.", Dec. 3, 2024, {RECALL}
""", (
    Q("We are aware of three crashes in which the airbags did not deploy, and no deaths", "verbatim", V, "1"),
    Q("Owners should disable the passenger airbag while they wait", "negation", MQ, "1", "negation"),
    Q("free of charge starting in January", "fragment", V, "1"),
), (S("1", "recall", "fetched"),))
