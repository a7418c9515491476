"""Quote matching: find each quotation in its sources and say exactly what changed.

    judge(quote, sources) -> Judgement     the contract's verdict for one quotation
    align(quote_text, doc_text) -> Alignment | None   the best passage of one text, with its differences

Source texts are indexed once per run (match.index.CACHE), however many quotations and articles use them.
"""

from provenance.match.align import Alignment, align
from provenance.match.judge import judge

__all__ = ["Alignment", "align", "judge"]
