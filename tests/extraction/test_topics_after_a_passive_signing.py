"""The matter of documents told after their passive verb, written for these tests.

"Nine agreements were signed in the fields of defense industry, agriculture, energy and
media." tells what the agreements cover after "were signed", where "agreements in the fields
of X were signed" tells it before; the verb had ended the documents' phrase, and the signing
had no topics. A document noun followed by "was/were signed" (inked, concluded, exchanged,
initialled) now takes the link to its matter after the verb ("in the fields of", "on",
"covering", `_document_connector`). Reads as before: a place or a day after the verb ("were
signed in Ankara", "were signed on Wednesday").
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 11, 13)  # a Thursday
MET = "Turkish President Recep Tayyip Erdogan met Kenyan President William Ruto in Istanbul on Wednesday. "


def _signing_topics(text: str) -> tuple[str, ...]:
    (signing,) = [
        e for e in extract_document(text, PUB, "Istanbul").engagements if e.engagement_type == "agreement"
    ]
    return tuple(signing.topics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MET + "Nine agreements were signed in the fields of defense industry, agriculture, energy and "
         "media.",
         ("defense industry", "agriculture", "energy", "media")),
        (MET + "Four memoranda were signed on agriculture, energy and media.",
         ("agriculture", "energy", "media")),
        (MET + "Three protocols were signed in the areas of health and tourism.",
         ("health", "tourism")),
        # near misses, as before
        (MET + "Nine agreements were signed in Ankara on Wednesday.", ()),
        (MET + "Nine agreements were signed on Wednesday.", ()),
        (MET + "Nine agreements in the fields of agriculture, energy and media were signed.",
         ("agriculture", "energy", "media")),
    ],
)  # fmt: skip
def test_matter_after_a_passive_signing(text: str, expected: tuple[str, ...]) -> None:
    assert _signing_topics(text) == expected
