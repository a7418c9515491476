"""The matcher's shortcuts give the answers of the long way round: tokens from one whole-text split equal
the tokens matched one by one, and an exact occurrence is fitted where the full alignment table puts it."""

from __future__ import annotations

import random

import pytest

from provenance.match import dp
from provenance.match.normalize import TOKEN_RE, token_key, token_spans


def spans_one_by_one(text: str) -> tuple[list[str], list[int], list[int]]:
    keys, starts, ends = [], [], []
    for m in TOKEN_RE.finditer(text):
        key = token_key(m.group())
        if key:
            keys.append(key)
            starts.append(m.start())
            ends.append(m.end())
    return keys, starts, ends


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Plain words, and punctuation!",
        "caf&eacute; &amp; bar &nbsp; &#39;quoted&#39; &bogus",  # entities, some standing for nothing
        "It\u2019s 1,200 miles \u2014 15% of the 21st-century's \u00a3 budget",
        "\u6771\u4eac\u90fd\u306e\u4eba\u53e3 \u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22 mixed",  # no spaces
        "soft\u00adhyphen zero\u200bwidth under_score \u0661\u0662\u0663",
        "FIFTEEN Dozen pct Prozent",  # number words in any case
    ],
)
def test_token_spans_equal_tokens_matched_one_by_one(text: str) -> None:
    assert token_spans(text) == spans_one_by_one(text)


def test_token_spans_on_random_text() -> None:
    rng = random.Random(7)
    alphabet = "ab Z9,.&#;amp'\u2019\u00ad\u200b%$\u20ac \u00e9\u00df\u4e2d\u0e44_-\n\u0301"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert token_spans(text) == spans_one_by_one(text), text


def test_an_exact_occurrence_is_fitted_first_or_last_as_the_table_breaks_ties() -> None:
    doc = "x the plan is ready y the plan is ready z".split()
    quote = "the plan is ready".split()
    assert dp.fit(quote, doc, 0, len(doc)).start == 1
    assert dp.fit(quote, doc, 0, len(doc), late=True).start == 6


def test_the_exact_shortcut_agrees_with_the_full_table(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(11)
    cases = []
    for _ in range(3000):
        vocab = "abcdef"[: rng.randint(2, 6)]
        doc = tuple(rng.choice(vocab) for _ in range(rng.randint(1, 30)))
        a = rng.randrange(len(doc))
        quote = doc[a:a + rng.randint(1, 8)]
        cases.append((quote, doc, rng.randint(-3, 20), rng.randint(0, 35), rng.random() < 0.5))
    fast = [dp.fit(*case) for case in cases]
    monkeypatch.setattr(dp, "_exact_start", lambda *args: None)  # the table only
    assert fast == [dp.fit(*case) for case in cases]
