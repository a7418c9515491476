"""memory.give_back: freed memory handed back to the system between batches, never an error."""

from __future__ import annotations

from provenance.memory import give_back


def test_giving_back_after_a_large_free_is_harmless_and_repeatable() -> None:
    pages = ["x" * 1_000_000 for _ in range(50)]
    del pages
    give_back()
    give_back()
