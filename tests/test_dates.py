"""Dates as newsrooms print them, in several languages; impossible or implausible dates are no dates."""

import datetime as dt

import pytest

from provenance.dates import find_date, find_partial_date, month_number, parse_date

D = dt.date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2025-12-03", D(2025, 12, 3)),
        ("2025-12-03T10:15:00Z", D(2025, 12, 3)),
        ("2025/12/03", D(2025, 12, 3)),
        ("December 03, 2025", D(2025, 12, 3)),
        ("Dec. 3, 2025", D(2025, 12, 3)),
        ("Dec 3 2025", D(2025, 12, 3)),
        ("May 3rd, 2020", D(2020, 5, 3)),
        ("Monday, March 2, 2026", D(2026, 3, 2)),
        ("3 December 2025", D(2025, 12, 3)),
        ("3rd December, 2025", D(2025, 12, 3)),
        ("03-Dec-2025", D(2025, 12, 3)),
        ("03.12.2025", D(2025, 12, 3)),
        ("3. Dezember 2025", D(2025, 12, 3)),
        ("14. März 2024", D(2024, 3, 14)),
        ("14. Maerz 2024", None),
        ("3 décembre 2025", D(2025, 12, 3)),
        ("1er janvier 2024", D(2024, 1, 1)),
        ("3 de diciembre de 2025", D(2025, 12, 3)),
        ("3 dicembre 2025", D(2025, 12, 3)),
        ("3 december 2025", D(2025, 12, 3)),
        ("3 maart 2025", D(2025, 3, 3)),
        ("3 de dezembro de 2025", D(2025, 12, 3)),
        ("2020年3月5日", D(2020, 3, 5)),
        ("12/25/2024", D(2024, 12, 25)),
        ("25/12/2024", D(2024, 12, 25)),
        ("31 February 2025", None),
        ("February 30, 2024", None),
        ("2025-13-01", None),
        ("3 May 1850", None),
        ("3 May 2150", None),
        ("no date at all", None),
        ("", None),
        ("version 1.2.3", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_find_date_gives_the_offsets_of_the_first_date():
    text = "Yahoo Finance, \"Title\" (December 03, 2025), updated 2025-12-04"
    value, start, end = find_date(text)
    assert value == D(2025, 12, 3)
    assert text[start:end] == "December 03, 2025"


@pytest.mark.parametrize(
    "text, shown",
    [("(March 2026)", "March 2026"), ("Smith, J. (2020). Title.", "(2020)"), ("mars 2019", "mars 2019"),
     ("(2021a)", "(2021a)"), ("no year", None), ("(1776)", None)],
)
def test_find_partial_date(text, shown):
    span = find_partial_date(text)
    assert (text[span[0]:span[1]] if span else None) == shown


@pytest.mark.parametrize("word, month", [("Sept.", 9), ("déc", 12), ("decembre", 12), ("Mrz", 3),
                                         ("junho", 6), ("okt", 10), ("quarterly", None)])
def test_month_names(word, month):
    assert month_number(word) == month


@pytest.mark.parametrize("junk", ["\x00" * 50, "9" * 5000, "31/31/2020", "((((" * 1000, "May " * 3000])
def test_odd_input_never_raises(junk):
    parse_date(junk)
    find_partial_date(junk)


def test_a_slashed_date_reads_day_first_in_an_article_written_so() -> None:
    from provenance.dates import slashes_day_first

    assert find_date("12/08/2024")[0] == dt.date(2024, 12, 8)
    with slashes_day_first(True):
        assert find_date("12/08/2024")[0] == dt.date(2024, 8, 12)
        assert find_date("08/25/2024")[0] == dt.date(2024, 8, 25)  # no 25th month: month first still
    assert find_date("12/08/2024")[0] == dt.date(2024, 12, 8)
