"""Render a `Page` as the HTML a real site of its kind serves (nav, kicker, byline, JSON-LD, captions,
related links, footer). Layouts differ on purpose: the tool must read pages it was not written for."""
from __future__ import annotations

import html
import json
import re

from pages import Page

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar M\u00e4rz April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier f\u00e9vrier mars avril mai juin juillet ao\u00fbt septembre octobre novembre d\u00e9cembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}


def e(s: str) -> str:
    return html.escape(s, quote=True)


def words_date(page: Page) -> str:
    """The date as printed for people, in the page's language."""
    if page.date is None:
        return ""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", page.date)
    if not m:
        return page.date
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    month = _MONTHS[page.lang].split()[mo - 1]
    if page.lang == "en":
        return f"{month} {d}, {y}"
    if page.lang == "de":
        return f"{d}. {month} {y}"
    return f"{d} {month} {y}" if page.lang == "fr" else f"{d} de {month} de {y}"


def _jsonld(page: Page) -> str:
    data: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle",
                               "headline": page.ld_headline or page.headline,
                               "publisher": {"@type": "Organization", "name": page.site}}
    if page.date and page.machine_date:
        data["datePublished"] = page.date
    if page.author:
        data["author"] = {"@type": "Person", "name": page.author}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _head(page: Page, extra: str = "") -> str:
    title = page.title_tag or f"{page.headline} | {page.site}"
    meta = [f'<meta charset="utf-8"><title>{e(title)}</title>',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<link rel="canonical" href="{e(page.url)}">',
            f'<meta property="og:site_name" content="{e(page.site)}">',
            f'<meta property="og:title" content="{e(page.og_title or page.headline)}">',
            '<meta property="og:type" content="article">']
    if page.date and page.machine_date and page.layout not in ("medium", "gov"):
        meta.append(f'<meta property="article:published_time" content="{e(page.date)}">')
    if page.layout != "gov" and page.machine_date:
        meta.append(_jsonld(page))
    return "<head>" + "\n".join(meta) + extra + "</head>"


def _paras(page: Page) -> str:
    return "\n".join(f"<p>{e(p)}</p>" for p in page.paras)


def _figure(page: Page, cls: str = "wp-caption") -> str:
    if not page.caption:
        return ""
    return (f'<figure class="{cls}"><img src="https://cdn.example.net/{page.key}.jpg" alt="">'
            f"<figcaption>{e(page.caption)}</figcaption></figure>")


def _aside(page: Page) -> str:
    if not page.pullquote:
        return ""
    return f'<aside class="pullquote"><blockquote>{e(page.pullquote)}</blockquote></aside>'


def _related(page: Page, label: str) -> str:
    if not page.related:
        return ""
    items = "".join(f'<li><a href="/related/{i}">{e(t)}</a></li>' for i, t in enumerate(page.related))
    return f'<section class="related"><h3>{label}</h3><ul>{items}</ul></section>'


def _time(page: Page, cls: str = "") -> str:
    if not page.date:
        return ""
    if not page.machine_date:
        return f'<span class="{cls}">{e(words_date(page))}</span>'
    return f'<time class="{cls}" datetime="{e(page.date)}">{e(words_date(page))}</time>'


def render(page: Page) -> str:
    return _LAYOUTS[page.layout](page)


def _kicker(page: Page) -> str:
    return f'<a class="kicker" href="/section">{e(page.kicker)}</a>' if page.kicker else ""


def _wire(page: Page) -> str:
    return f"""<!DOCTYPE html>
<html lang="{page.lang}">{_head(page)}
<body class="article-page">
<header class="site-header"><a class="logo" href="/">{e(page.site)}</a>
<nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a>
<a href="/sustainability">Sustainability</a></nav></header>
<main id="main-content">
<div class="article-header">{_kicker(page)}
<h1 data-testid="Heading">{e(page.headline)}</h1>
<div class="byline">By <a href="/authors/1">{e(page.author or "Staff")}</a></div>
<div class="date-line">{_time(page, "timestamp")}</div>
</div>
{_figure(page, "media")}
<div class="article-body" data-testid="ArticleBody">
{_paras(page)}
</div>
<p class="trust">Our Standards: The Trust Principles.</p>
{_related(page, "Read Next")}
</main>
<footer><p>All quotes delayed a minimum of 15 minutes.</p><p>&copy; 2025 {e(page.site)}</p></footer>
</body></html>
"""


def _wordpress(page: Page) -> str:
    kicker = f'<span class="cat-links"><a href="/category/x">{e(page.kicker)}</a></span>' if page.kicker else ""
    return f"""<!DOCTYPE html>
<html lang="{page.lang}-GB">{_head(page, '<link rel="stylesheet" href="/wp-content/themes/newsup/style.css">')}
<body class="post-template-default single single-post">
<div id="page" class="site"><header id="masthead" class="site-header">
<p class="site-title"><a href="/" rel="home">{e(page.site)}</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li><li><a href="/contact">Contact</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header">{kicker}
<h1 class="entry-title">{e(page.headline)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on {_time(page, "entry-date published")}</span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/x">{e(page.author or "admin")}</a></span></span></div>
</header>
<div class="entry-content">
{_figure(page)}
{_paras(page)}
{_aside(page)}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/a" rel="tag">local</a></span></footer>
</article>
{_related(page, "Related posts")}
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on this</h2>
<ol class="comment-list"><li class="comment"><div class="comment-content"><p>About time too.</p></div></li></ol></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Most read</h2>
<ul><li><a href="/a">Man fined for feeding gulls</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress</div></footer></div>
</body></html>
"""


def _substack(page: Page) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">{_head(page, '<meta name="author" content="' + e(page.author or '') + '">')}
<body><div id="entry"><div class="main-menu"><a class="navbar-title-link" href="/">{e(page.site)}</a>
<button class="subscribe-btn">Subscribe</button> <a href="/account/login">Sign in</a></div>
<div class="single-post-container"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title unpublished">{e(page.headline)}</h1>
<h3 class="subtitle">Notes on the week's numbers</h3>
<div class="post-meta"><a class="frontend-pencraft" href="/@author">{e(page.author or "")}</a>
<div class="pencraft">{_time(page)}</div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{_paras(page)}
</div></div>
<div class="subscription-widget"><p>Subscribe to {e(page.site)}</p><button>Subscribe</button></div>
</article></div>
<div class="footer-wrap"><p>&copy; 2025 {e(page.author or page.site)}</p><p>Substack is the home for great culture</p></div>
</div></body></html>
"""


def _medium(page: Page) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">{_head(page)}
<body><div id="root"><div class="metabar"><a href="https://medium.com/">Medium</a> <a href="/new-story">Write</a>
<a href="/m/signin">Sign in</a></div>
<article><div class="meteredContent"><section><div class="pw-post-body">
<h1 class="pw-post-title" data-testid="storyTitle">{e(page.headline)}</h1>
<div class="pw-author"><a href="/@ines">{e(page.author or "")}</a> <span>Follow</span></div>
<div class="meta"><span data-testid="storyReadTime">4 min read</span> \u00b7 <span data-testid="storyPublishDate">{e(page.date or "")}</span></div>
{_paras(page)}
</div></section></div></article>
<div class="responses"><h2>Responses (3)</h2><p>Great piece, we did the same.</p></div>
<footer><a href="/about">About</a> <a href="/policy">Terms</a></footer></div></body></html>
"""


def _regional(page: Page) -> str:
    kicker = f'<span class="article-kicker">{e(page.kicker)}</span>' if page.kicker else ""
    return f"""<!DOCTYPE html>
<html lang="de">{_head(page, '<meta name="robots" content="index, follow, max-image-preview:large">')}
<body class="artikel">
<div class="cookie-banner">Wir verwenden Cookies. <button>Akzeptieren</button></div>
<header class="kopf"><a class="logo" href="/">{e(page.site)}</a>
<nav class="ressorts"><a href="/region">Region</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a>
<a href="/abo">Abo</a> <a href="/epaper">E-Paper</a></nav></header>
<main><article class="article">
<header class="article-head"><h1 class="article-title">{kicker}<span class="headline">{e(page.headline)}</span></h1>
<div class="article-meta">Von {e(page.author or "dpa")} | {_time(page, "publish-date")}</div></header>
{_figure(page, "article-image")}
<div class="article-body">
{_paras(page)}
</div>
{_aside(page)}
<div class="article-source">Quelle: {e(page.site)}</div>
<section class="mehr-zum-thema"><h3>Mehr zum Thema</h3><ul><li><a href="/x">Stau auf der A1</a></li></ul></section>
</article></main>
<footer class="fuss"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> &copy; {e(page.site)}</footer>
</body></html>
"""


def _presse_fr(page: Page) -> str:
    kicker = f'<p class="article__kicker">{e(page.kicker)}</p>' if page.kicker else ""
    published = f"Publié le {_time(page)}" if page.lang == "fr" else f"Actualizado: {_time(page)}"
    return f"""<!DOCTYPE html>
<html lang="{page.lang}">{_head(page)}
<body><header class="header"><a class="header__logo" href="/">{e(page.site)}</a>
<nav class="header__nav"><a href="/actu">Actualit\u00e9</a> <a href="/region">R\u00e9gion</a> <a href="/sports">Sports</a>
<a href="/abonnement">S'abonner</a></nav></header>
<main class="article"><div class="article__header">{kicker}
<h1 class="article__title">{e(page.headline)}</h1>
<p class="article__meta">Par <span class="author">{e(page.author or "")}</span> \u2014 {published}</p></div>
{_figure(page, "article__media")}
<div class="article__content">
{_paras(page)}
</div>
{_aside(page)}
<section class="article__related"><h2>Sur le m\u00eame sujet</h2><ul><li><a href="/y">M\u00e9t\u00e9o : alerte orange</a></li></ul></section>
</main>
<footer class="footer"><a href="/mentions-legales">Mentions l\u00e9gales</a> \u00a9 {e(page.site)}</footer></body></html>
"""


def _gov(page: Page) -> str:
    return f"""<!DOCTYPE html>
<html lang="{page.lang}">{_head(page)}
<body><header><a href="/">{e(page.site)}</a> <nav><a href="/presse">Presse</a> <a href="/kontakt">Kontakt</a></nav></header>
<main><div class="press-release">
<p class="label">{"Pressemitteilung" if page.lang == "de" else "Press release"}</p>
<h1>{e(page.headline)}</h1>
<p class="date">{_time(page)}</p>
{_paras(page)}
<p class="contact">Pressekontakt / Press contact: presse@example.org</p>
</div></main>
<footer>\u00a9 {e(page.site)} \u00b7 <a href="/impressum">Impressum</a></footer></body></html>
"""


_LAYOUTS = {"wire": _wire, "wordpress": _wordpress, "substack": _substack, "medium": _medium,
            "regional_de": _regional, "presse_fr": _presse_fr, "prensa_es": _presse_fr, "gov": _gov}
