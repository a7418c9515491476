"""Quote matching: find each quotation in its sources and say exactly what changed.

    judge(quote, sources) -> Judgement     the contract's verdict for one quotation
    align(quote_text, doc_text) -> Alignment | None   the best passage of one text, with its differences

Source texts are indexed once (match.index.CACHE), however many quotations and articles use them; a run
of many batches forgets the indexes of one batch before the next (`forget`).
"""

from provenance.match.align import Alignment, align
from provenance.match.index import CACHE
from provenance.match.judge import judge

__all__ = ["Alignment", "align", "forget", "judge"]


def forget() -> None:
    """Drop the indexes of the texts judged so far in this process (the next batch cites other pages)."""
    from provenance.memory import give_back

    CACHE.clear()
    give_back()
