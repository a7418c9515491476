"""Direct quotations in news copy: marks in several languages, speakers, and the source each is tied to."""

import pytest

from provenance.article.blocks import Block, Link, Marker
from provenance.article.quotes import find_quotes
from provenance.models import Citation
from tests.support.bounded import no_hang


def cite(cid, url=None, kind="list"):
    return Citation(cid, cid, "Outlet", "Title", None, url, 1, kind=kind)


CITES = (cite("1"), cite("2"), cite("3", "https://www.reuters.com/world/story"),
         cite("L1", "https://bbc.co.uk/a", "inline"))


def para(text, line=5, **kw):
    return Block("paragraph", text, line, **kw)


def quotes(*blocks, citations=CITES):
    return find_quotes(tuple(blocks), citations)


@pytest.mark.parametrize(
    "text, quoted, speaker",
    [
        # wire-story attributions
        ('"We will not raise rates this year," Jerome Powell said.', "We will not raise rates this year",
         "Jerome Powell"),
        ("“The market is resilient,” said Jane Doe, chief economist at the bank.", "The market is resilient",
         "Jane Doe"),
        ('Prime Minister Keir Starmer told Reuters: "We are ready to act now."', "We are ready to act now.",
         "Keir Starmer"),
        ("NTT researcher Hidenori Tanaka highlighted a critical gap: “AI is becoming ubiquitous, but how it "
         "works remains a mystery.”", "AI is becoming ubiquitous, but how it works remains a mystery.",
         "Hidenori Tanaka"),
        ("According to an official, “the talks will resume on Monday.”", "the talks will resume on Monday.",
         "an official"),
        ("“Nobody saw this coming,” a spokesperson said.", "Nobody saw this coming", "a spokesperson"),
        ("“Nobody saw this coming.” That was how a company representative put it.", "Nobody saw this coming.",
         "a company representative"),
        ("Jean-Luc Mélenchon a déclaré : « Nous ne céderons rien sur ce point. »",
         "Nous ne céderons rien sur ce point.", None),
        ("«\u00a0Nous irons jusqu’au bout\u00a0», a dit Marine Tondelier.", "Nous irons jusqu’au bout", None),
        ("Olaf Scholz sagte: „Wir werden das gemeinsam schaffen.“", "Wir werden das gemeinsam schaffen.",
         None),
        ("Er betonte: ‚Das gilt für alle Beteiligten hier.‘", "Das gilt für alle Beteiligten hier.", None),
        ("記者会見で「日本経済は回復している」と述べた。", "日本経済は回復している", None),
        ("“He told me ‘never again’ and walked out of the room,” the witness said.",
         "He told me ‘never again’ and walked out of the room", "the witness"),
        ("'This is a turning point for the city,' Mayor Sadiq Khan wrote.",
         "This is a turning point for the city", "Sadiq Khan"),
        ("„Wir werden das gemeinsam schaffen“, sagte Olaf Scholz am Montag.",
         "Wir werden das gemeinsam schaffen",
         "Olaf Scholz"),
        ("„Das ist erst der Anfang“, so Scholz.", "Das ist erst der Anfang", "Scholz"),
        ("« Nous irons jusqu’au bout », a déclaré Marine Tondelier.", "Nous irons jusqu’au bout",
         "Marine Tondelier"),
        ("Según el ministro Carlos Cuerpo, “la economía crece más de lo previsto”.",
         "la economía crece más de lo previsto", "el ministro Carlos Cuerpo"),
        ("“Innovation is not optional for us.” — Satya Nadella, chief executive",
         "Innovation is not optional for us.",
         "Satya Nadella"),
        ("“Prices will fall next year,” according to Fed chair Jerome Powell.", "Prices will fall next year",
         "Fed chair Jerome Powell"),
        ("»Wir haben keine Zeit zu verlieren«, sagte die Ministerin.", "Wir haben keine Zeit zu verlieren",
         None),
        ("”Vi har inte råd att vänta längre”, säger ministern.", "Vi har inte råd att vänta längre", None),
    ],
)
def test_quotation_and_speaker(text, quoted, speaker):
    (q,) = quotes(para(text))
    assert q.text == quoted
    if speaker is not None:
        assert q.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “experts” disagreed.",
        "Critics called it a 'done deal' before the vote.",
        "Don't expect the students' union to back the '90s-style plan.",
        "The screen measures 6.1\" and the case 5'11\" tall.",
        "She starred in the film “The Lord of the Rings” in 2001.",
        "The minister said the budget would be balanced by 2027.",  # indirect speech
    ],
)
def test_not_quotations(text):
    assert quotes(para(text)) == ()


def test_a_quotation_may_run_across_lines_and_positions_are_the_texts():
    text = 'Warning of delays, she said: "The line will not\nopen before 2027."'
    block = para(text, line=7, column=1, breaks=((text.index("\n") + 1, 8, 1),))
    (q,) = quotes(block)
    assert q.text == "The line will not\nopen before 2027."
    assert (q.line, q.column) == (7, text.index('"') + 2)
    assert (q.end_line, q.end_column) == (8, len("open before 2027."))


def test_blockquotes_are_quotations_and_their_dash_line_names_the_speaker():
    (q,) = quotes(Block("blockquote", "We choose to go to the Moon in this decade.\n— John F. Kennedy", 3))
    assert (q.text, q.speaker) == ("We choose to go to the Moon in this decade.", "John F. Kennedy")


def test_pronouns_point_back_to_the_last_named_speaker():
    a = para("“We are building the plant in Ohio,” Mary Barra said.")
    b = para("“It will employ two thousand people,” she added.", line=7)
    assert [q.speaker for q in quotes(a, b)] == ["Mary Barra", "Mary Barra"]


@pytest.mark.parametrize(
    "block, source",
    [
        (para('"Rates will stay high for longer," an analyst said. [2]'), "2"),
        (para('"Rates will stay high for longer,"[^1] an analyst said.'), "1"),
        (para('"Rates will stay high for longer," an analyst said. [9]'), None),  # no such source
        (para("“Rates will stay high for longer,” an analyst said.", markers=(Marker(51, 51, "2"),)), "2"),
        (para("“Rates will stay high for longer,” she told Reuters.",
              links=(Link(44, 51, "https://reuters.com/world/story?utm_source=x"),)), "3"),
        (para("The BBC reported “rates will stay high for longer” today.",
              links=(Link(17, 50, "https://bbc.co.uk/a#x"),)), "L1"),
        (para("“Rates will stay high for longer,” an analyst said. Later, [1] the bank disagreed."), None),
        (para("Dr. Jane Roe said: “Rates will stay high for longer.” [1]"), "1"),
    ],
)
def test_tied_source(block, source):
    (q,) = quotes(block)
    assert q.cited_source == source


def test_ids_in_order():
    found = quotes(para('"First quotation is here," he said. "Second quotation is here," he added.'),
                   Block("blockquote", "A third one, in a block quote.", 9))
    assert [q.id for q in found] == ["q1", "q2", "q3"]


def test_a_quotation_running_into_the_next_paragraph_opens_without_closing():
    first = para("“We did not expect the storm to turn north so quickly. By the time it did, the roads "
                 "were closed.")
    second = para("“Nobody could leave the town after that,” the mayor said.", line=7)
    found = quotes(first, second)
    assert [q.text for q in found] == [
        "We did not expect the storm to turn north so quickly. By the time it did, the roads were closed.",
        "Nobody could leave the town after that"]


def test_a_marker_glued_to_a_closing_mark_does_not_open_a_quotation():
    text = ('"Rates will stay high for longer."[1] An analyst said so. "Cuts may come late next year," '
            "another added.")
    assert [(q.text, q.cited_source) for q in quotes(para(text))] == [
        ("Rates will stay high for longer.", "1"), ("Cuts may come late next year", None)]


@pytest.mark.parametrize("text", ['"one two three" and ' * 20000, "“a " * 100000, '"a' * 100000,
                                  "Dr. " * 50000 + '"one two three," he said.'])
def test_hostile_paragraphs_are_read_in_bounded_time(text):
    with no_hang():
        quotes(para(text))


def test_dev_set_quotations_are_found_with_their_markers():
    """Measured on the labelled dev set, read by the real readers (skipped where the set is absent)."""
    import json
    from pathlib import Path

    from provenance.article import read_article

    dev = Path(__file__).resolve().parents[2] / ".." / "shared" / "bench" / "dev"
    if not (dev / "labels.jsonl").is_file():
        pytest.skip("the shared dev set is not here")

    def norm(s):
        s = s.translate(str.maketrans("“”„«»‘’", "\"\"\"\"\"''")).casefold()
        return " ".join(s.split()).strip(" .,;:!?\"'")

    labelled = found = tied = 0
    for line in (dev / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        path = dev / label["article"]
        article = read_article(str(path), path.read_bytes())
        by_text = {norm(q.text): q for q in article.quotes}
        for q in label["quotes"]:
            labelled += 1
            got = by_text.get(norm(q["text"]))
            if got is not None:
                found += 1
                tied += got.cited_source == q["marker"]
    assert found >= 0.95 * labelled
    assert tied >= 0.95 * found


def test_quotations_that_go_on_keep_their_speaker():
    a = para("“We are building the plant in Ohio,” Mary Barra said. “It opens next year.”")
    b = para("“And it will employ two thousand people.”", line=7)
    c = para("The plant is the company's largest.", line=9)
    d = para("“Nobody saw this coming at all.”", line=11)
    assert [q.speaker for q in quotes(a, b, c, d)] == ["Mary Barra", "Mary Barra", "Mary Barra", None]


def test_titles_nobody_is_credited_with_saying_are_not_quotations():
    text = "Her song “No Place Like Home” topped the chart, and “We got this far together,” she said."
    found = quotes(para(text))
    assert [q.text for q in found] == ["We got this far together"]
