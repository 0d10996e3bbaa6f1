"""A dateline closed by a spaced hyphen after a page's one-sentence standfirst, written for
these tests.

The dateline that opens the body after a standfirst ("... with a deal.\\n\\nACCRA - Ghana and
Togo ...") was read with an en or em dash only: the spaced hyphen's test looks at the space
after it, past the dateline's end, and never saw it. A hyphen is a weaker mark than a typeset
dash, so it counts after a standfirst of a summary's length (eight words or more) and before
the story's first word in capitals; a short sentence of the body and a hyphen before a
lower-case word keep no dateline.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Cocoa traders in both countries expect faster clearance at the border this season.\n\n"
            "ACCRA - Ghana and Togo agreed on Thursday to merge their customs checks at Aflao.",
            "Accra",
        ),
        (
            "The two leaders closed a week of talks with a pledge on electricity trade.\n\n"
            "LILONGWE (MANA) - Malawi and Mozambique signed a power deal on Friday.",
            "Lilongwe",
        ),
        (
            "Exporters of tea and coffee hope the pact will cut their freight costs by a third.\n\n"
            "NAIROBI - \u201cThis is a good day,\u201d the Kenyan trade minister said.",
            "Nairobi",
        ),
    ],
)
def test_a_spaced_hyphen_after_a_standfirst_ends_the_dateline(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "text",
    [
        # a short sentence of the body before it
        "The ministers met on Monday.\n\nACCRA - Ghana and Togo agreed to merge customs checks.",
        # a lower-case word after the hyphen
        "Cocoa traders in both countries expect faster clearance at the border.\n\nACCRA - and more.",
        # two sentences before it: a story's body, as before
        "Cocoa traders expect faster clearance. Officials agree.\n\nACCRA - Ghana and Togo met.",
    ],
)
def test_no_dateline_after_a_body_sentence(text: str) -> None:
    assert find_dateline(text) is None
