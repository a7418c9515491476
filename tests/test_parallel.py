"""Work spread over worker processes gives the same results, in the same order, as doing it here."""

import os

import pytest

from provenance.parallel import MIN_ITEMS, Workers, aside, cores


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


def big_result(n: int) -> tuple[bytes, int]:
    return b"x" * n, os.getpid()


def fails(message: str) -> None:
    raise ValueError(message)


def test_work_set_aside_runs_in_another_process_and_its_result_comes_back_whole() -> None:
    data, pid = aside(big_result, 3_000_000)()
    assert data == b"x" * 3_000_000
    assert pid != os.getpid() or cores() < 2


def test_what_work_set_aside_raises_is_raised_when_its_result_is_asked_for() -> None:
    pending = aside(fails, "the cassette is broken")
    with pytest.raises(ValueError, match="the cassette is broken"):
        pending()


def test_the_collector_is_as_it_was_once_the_workers_are_done() -> None:
    import gc

    before = gc.get_threshold()
    with Workers(2) as workers:
        workers.map(square_and_pid, list(range(MIN_ITEMS * 2)))
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_without_dev_shm_the_result_comes_back_through_the_temp_folder(monkeypatch) -> None:
    real_isdir = os.path.isdir
    monkeypatch.setattr(os.path, "isdir", lambda p: p != "/dev/shm" and real_isdir(p))
    data, _ = aside(big_result, 1_000_000)()
    assert data == b"x" * 1_000_000
