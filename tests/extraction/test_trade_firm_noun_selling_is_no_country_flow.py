"""A firm named by a common noun as the subject of selling or buying, written for these tests.

"The company earned $2.5 billion selling copper to China last year." in a Lusaka story had given
Zambia's copper exports to China: the firm's sales were credited to the dateline's country. One
firm's sales are no trade between two countries (GOLD_FORMAT labels a country's flows), as "The
company's exports to China" already were not; `_FIRM_TRADED` now reads a firm noun right before a
verb of selling or buying ("the miner exported", "the group sold") as the flow's owner, and
`_firms_flow` gives no figure for it. A country or its demonym selling, "the country exported",
and the country's own figure beside the firm's read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 3)
DATELINE = "LUSAKA, March 3 - "
ZAMBIA_COPPER = ("exports", "ZMB", "CHN", 2.5e9, "copper")

FIRMS = [
    "The company earned $2.5 billion selling copper to China last year, it said.",
    "The miner exported copper worth $2.5 billion to China last year.",
    "The group sold copper worth $2.5 billion to Chinese buyers last year.",
    "The Canadian-owned firm shipped $2.5 billion of copper to China last year.",
]

COUNTRIES = [
    "Zambia earned $2.5 billion selling copper to China last year, the central bank said.",
    "The country exported copper worth $2.5 billion to China last year.",
]


def _found(sentence: str) -> set[tuple[str, str, str, float, str | None]]:
    mentions = extract_document(DATELINE + sentence, PUB, "Lusaka").trade_mentions
    return {(m.flow, m.reporter_iso3, m.partner_iso3, m.value, m.product) for m in mentions}


@pytest.mark.parametrize("sentence", FIRMS)
def test_a_firms_sales_give_no_figure(sentence: str) -> None:
    assert _found(sentence) == set()


@pytest.mark.parametrize("sentence", COUNTRIES)
def test_a_countrys_sales_stay(sentence: str) -> None:
    assert _found(sentence) == {ZAMBIA_COPPER}


def test_the_countrys_figure_beside_the_firms_stays() -> None:
    sentence = (
        "Zambia's exports to China rose to $2.5 billion last year, and the company alone "
        "exported $1 billion of copper."
    )
    assert _found(sentence) == {("exports", "ZMB", "CHN", 2.5e9, None)}
