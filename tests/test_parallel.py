"""Work spread over worker processes gives the same results, in the same order, as doing it here."""

import os

from provenance.parallel import MIN_ITEMS, Workers


def square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def test_results_come_back_in_order_from_the_workers() -> None:
    items = list(range(MIN_ITEMS * 3))
    with Workers(2) as workers:
        pending = workers.start(square_and_pid, items)
        results = pending()
    assert [r for r, _ in results] == [n * n for n in items]
    assert {pid for _, pid in results} != {os.getpid()}


def test_a_few_items_or_one_core_run_here() -> None:
    with Workers(2) as workers:
        assert {pid for _, pid in workers.map(square_and_pid, [1, 2, 3])} == {os.getpid()}
    with Workers(1) as workers:
        results = workers.map(square_and_pid, list(range(MIN_ITEMS * 2)))
    assert {pid for _, pid in results} == {os.getpid()}
