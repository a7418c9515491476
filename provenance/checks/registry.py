"""The registry of finding codes: one Rule per finding name, codes never reused.

PV1xx the source list as written, PV2xx resolving and reading the sources,
PV3xx quotations, PV4xx the article as a whole, PV9xx the tool's own housekeeping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provenance.models import Severity

_CODE = re.compile(r"PV[1-49]\d\d")  # the families of the docstring
_NAME = re.compile(r"[a-z]+(?:-[a-z]+)*")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity  # default, configurable
    summary: str  # one line
    description: str  # what it means and why it matters
    help: str  # what an editor should do


def _r(code: str, name: str, severity: str, summary: str, description: str, help: str) -> Rule:
    return Rule(code, name, Severity(severity), summary, description, help)


RULES: tuple[Rule, ...] = (
    _r("PV101", "undated-source", "warning", "A cited source gives no date.",
       "The source-list entry prints no publication date, so a reader cannot tell how current it is.",
       "Add the source's publication date to the entry."),
    _r("PV102", "vague-publisher", "warning", "A cited source names no real outlet.",
       "The entry credits a generic label (\"News Report\", \"Online\") or nothing instead of a publisher.",
       "Name the outlet or organisation that published the source."),
    _r("PV103", "truncated-title", "warning", "A cited title is cut off.",
       "The title ends mid-word, with an ellipsis or in a dangling function word: it was cut when pasted.",
       "Copy the source's full title into the entry."),
    _r("PV104", "duplicate-source", "info", "The same document is listed twice.",
       "Two entries of the source list point to the same document (same URL or same title).",
       "Merge the entries and renumber the markers."),
    _r("PV201", "unresolved-source", "warning", "A cited source could not be found.",
       "The entry has no URL and no look-up (library, archive, search) found the document.",
       "Add a link to the source, or save it in the library folder."),
    _r("PV202", "unreachable-source", "warning", "A cited source could not be read.",
       "The URL returned an error, timed out, was blocked or refused, or is not in the cassette.",
       "Check the link; replace a dead link with an archived copy."),
    _r("PV203", "date-mismatch", "warning", "The cited date differs from the source's own date.",
       "The date in the entry and the publication date of the page are more than a day apart.",
       "Correct the date in the entry, or check that the right document is cited."),
    _r("PV204", "title-mismatch", "warning", "The cited title differs from the source's own title.",
       "The title in the entry does not match the page's headline.",
       "Correct the title, or check that the right document is cited."),
    _r("PV205", "source-after-article", "warning", "A source is dated after the article.",
       "The source's date is later than the article's publication date, which cannot be right for a "
       "source the article relied on.",
       "Check the article's date and the source's date."),
    _r("PV206", "uncited-source", "info", "A listed source is not leaned on.",
       "The source is listed, was read, but no quotation of the article is tied to it or found in it.",
       "Remove the entry, or tie the claim it supports to it."),
    _r("PV301", "misquote", "error", "A quotation differs from its source.",
       "A passage of the source matches closely but a number, a negation, a name or words differ.",
       "Quote the source word for word, or mark elisions and insertions."),
    _r("PV302", "misattributed-quote", "error", "A quotation is credited to the wrong source.",
       "The quotation is not in the source it is tied to, but stands word for word in another listed source.",
       "Tie the quotation to the source that holds it."),
    _r("PV303", "unsupported-quote", "warning", "No source holds a quotation.",
       "Every candidate source was read and none holds the quotation or anything close to it.",
       "Cite the source of the quotation, or check the wording."),
    _r("PV305", "elided-negation", "warning", "An elision in a quotation leaves out a negation.",
       "The quotation stands in its source, but the words its ellipsis leaves out include a negation "
       "(\"not\", \"never\", \"no\"…), which can reverse what was said.",
       "Check that the shortened quotation keeps the speaker's meaning, or quote the negation."),
    _r("PV304", "unverifiable-quote", "info", "A quotation could not be checked.",
       "A candidate source could not be read, so the quotation could be neither confirmed nor refuted.",
       "Link or save the source so the quotation can be checked."),
    _r("PV401", "ai-generated-image", "info", "The article carries an AI-generated image.",
       "A caption, credit or disclaimer (or the image's metadata) marks an image as AI-generated.",
       "Make sure the disclosure is visible next to the image."),
    _r("PV402", "missing-sources", "warning", "The article quotes but cites nothing.",
       "The article quotes people or reports but has no source list and no links.",
       "Add a source list or links for the quotations."),
    _r("PV403", "undisclosed-ai-image", "warning", "An AI-made image is not disclosed.",
       "The image's own file (its IPTC DigitalSourceType, or a validated C2PA manifest) says an AI made it, "
       "and nothing in the article (caption, credit, alt text, disclaimer) says so.",
       "Say next to the image that it was generated with AI, and with which tool."),
    _r("PV901", "unused-suppression", "info", "An inline suppression suppresses nothing.",
       "A `provenance: ignore[...]` comment names no finding that occurs where it stands.",
       "Remove the stale comment."),
)


def _index(rules: tuple[Rule, ...]) -> tuple[dict[str, Rule], dict[str, Rule]]:
    """The rules by name and by code; a malformed or repeated code or name is refused (at import)."""
    by_name: dict[str, Rule] = {}
    by_code: dict[str, Rule] = {}
    for r in rules:
        if not _CODE.fullmatch(r.code):
            raise ValueError(f"finding code {r.code!r} is not PV followed by a family digit and two digits")
        if not _NAME.fullmatch(r.name):
            raise ValueError(f"finding name {r.name!r} is not lower-case words joined by hyphens")
        for index, key, kind in ((by_code, r.code, "code"), (by_name, r.name, "name")):
            if key in index:
                raise ValueError(f"finding {kind} {key!r} is registered twice")
            index[key] = r
    return by_name, by_code


BY_NAME, BY_CODE = _index(RULES)


def names_for(name_or_code: str) -> tuple[str, ...]:
    """The finding names a name, a code or a code prefix (`PV3`, any case) stands for; () for none."""
    key = name_or_code.strip()
    exact = BY_NAME.get(key.lower()) or BY_CODE.get(key.upper())
    if exact is not None:
        return (exact.name,)
    prefix = key.upper()
    if not re.fullmatch(r"PV\d{0,2}", prefix):
        return ()
    return tuple(r.name for r in RULES if r.code.startswith(prefix))


def rule(name_or_code: str) -> Rule:
    """The rule for a finding name or code; KeyError when there is none."""
    key = name_or_code.strip()
    return BY_NAME.get(key) or BY_CODE[key.upper()]
