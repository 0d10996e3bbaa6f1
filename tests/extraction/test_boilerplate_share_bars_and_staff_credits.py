"""A page's share bar and a wire's staff credits left in a flattened body, written for these tests.

Crawled pages keep the share bar as a line of its own ("Share this: Facebook X WhatsApp Email")
and wire copy closes on its staff credits ("(Reporting by Jane Doe in Lilongwe; Editing by John
Roe)"), alone or after the last sentence. Both had stayed in the clean text, the credit's people
and places with it. The bar, and a credit in brackets at a paragraph's end opening on a
capitalised "Reporting", "Writing", "Editing" or "Additional reporting", are now dropped; the
sentence before a credit, a sentence opening on "Reporting by", "Shares in ..." and a bracket
of the story's own words stay.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.boilerplate import without_boilerplate

LEAD = "LILONGWE, June 12 (Reuters) - Malawi and Mozambique agreed to build a rail link to Nacala."


@pytest.mark.parametrize(
    "line",
    [
        "Share this: Facebook Twitter WhatsApp Email",
        "Share on: Facebook, X, LinkedIn, Telegram",
        "SHARE | Facebook | WhatsApp | Copy link",
        "(Reporting by Frank Phiri in Blantyre; Editing by Jane Roe and Tom Doe)",
        "[Additional reporting by Anna Kalu in Maputo]",
        "(Writing by Joe Bloggs; editing by Ann Other)",
    ],
)
def test_the_bar_or_credit_alone_is_dropped(line: str) -> None:
    assert without_boilerplate(f"{LEAD}\n\n{line}") == LEAD


def test_a_credit_after_the_last_sentence_is_cut_off() -> None:
    last = "Malawi's tobacco exports to Belgium rose 9% last year, the ministry said."
    text = f"{LEAD}\n\n{last} (Reporting by Frank Phiri; Editing by Jane Roe)"
    assert without_boilerplate(text) == f"{LEAD}\n\n{last}"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Reporting by state radio said the rail link would cost $500 million.",
        "Shares in the rail operator rose 4% after the deal, brokers said.",
        "Tobacco exports rose 9% last year, the figures showed (compiled by the statistics office)",
        "The ministry (Reporting by its own staff) said the link was due in 2027.",
        "Share prices of listed transport firms rose on Thursday.",
    ],
)
def test_story_sentences_stay(paragraph: str) -> None:
    text = f"{LEAD}\n\n{paragraph}"
    assert without_boilerplate(text) == text
