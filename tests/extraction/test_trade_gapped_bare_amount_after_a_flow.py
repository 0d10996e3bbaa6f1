"""A second flow whose verb and currency are left out, written for these tests.

"Kazakhstan's exports to Uzbekistan in 2024 amounted to 1.3 billion US dollars, imports to 0.9
billion." now gives the imports KAZ-UZB of $0.9 billion as well; the bare "0.9 billion" had been
no amount, as "to" (the gapped "amounted to") was no word `_FLOW_OF_BEFORE` let stand between the
flow and a bare amount. So too with a dash or a colon in the verb's place ("imports - 0.9
billion", "imports: 0.9 billion"), as Central Asian wires write them. A target after "raise exports
to" and a count after "shipments to" stay no figure. Each figure is compared as (flow, reporter,
partner, value, currency).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 3)
Found = tuple[str, str, str, float, str]
EXPORTS = ("exports", "KAZ", "UZB", 1.3e9, "USD")
IMPORTS = ("imports", "KAZ", "UZB", 0.9e9, "USD")
OPENING = "ALMATY, March 3 - Kazakhstan's exports to Uzbekistan in 2024 amounted to "

GAPPED = [
    "1.3 billion US dollars, imports to 0.9 billion.",
    "$1.3 billion, imports - 0.9 billion.",
    "$1.3 billion, imports: 0.9 billion.",
    "1.3 billion dollars, imports – 0.9 billion, according to the customs committee.",
]

NO_SECOND_FIGURE = [
    "$1.3 billion. The ministry plans to raise exports to 5 billion by 2030.",
    "$1.3 billion, with shipments to 12 regions.",
]


def _found(rest: str) -> set[Found]:
    mentions = extract_document(OPENING + rest, PUB, "Almaty").trade_mentions
    return {(m.flow, m.reporter_iso3, m.partner_iso3, m.value, m.currency) for m in mentions}


@pytest.mark.parametrize("rest", GAPPED)
def test_gapped_bare_amount_is_the_second_flow(rest: str) -> None:
    assert _found(rest) == {EXPORTS, IMPORTS}


@pytest.mark.parametrize("rest", NO_SECOND_FIGURE)
def test_no_second_figure(rest: str) -> None:
    assert _found(rest) == {EXPORTS}
