"""Telling a text's language from its function words, its letters, or what an HTML page declares."""

import pytest

from provenance.language import language_of_text, languages_of


@pytest.mark.parametrize("text, expected", [
    ("The council voted on the plan after a long debate", {"en"}),
    ("Der Stadtrat hat den Haushalt mit großer Mehrheit beschlossen", {"de"}),
    ("Le gouvernement vise un déficit de 5 % pour le budget", {"fr"}),
    ("El Gobierno aprueba la reforma de las pensiones", {"es"}),
    ("Il governo approva la manovra per il prossimo anno", {"it"}),
    ("Het kabinet presenteert plannen voor de zorg", {"nl"}),
    ("Gewerkschaft kündigt neuen Bahnstreik an", {"de"}),  # no marker word: the ü tells
    ("12/10/2024", {"en"}),  # nothing tells: English
])
def test_the_language_of_a_short_text(text: str, expected: set[str]) -> None:
    assert languages_of(text.split(), text) == expected


def test_an_html_page_says_its_language() -> None:
    assert language_of_text('<!doctype html><html lang="fr-FR"><body>The end</body></html>') == {"fr"}
