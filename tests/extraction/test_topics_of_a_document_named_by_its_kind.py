"""The kind of a signed document as its topic, written for these tests.

"Kenya and Uganda signed a trade deal in Nairobi on Wednesday": the document names no subject
after it, and its kind ("trade deal", "bilateral investment treaty", "air services agreement")
is what was signed, the signing's topic (it had none). The words between the article and the
document noun, in lower case and none a country's, right after a signing verb (or after "and"
for a second document); the name is kept whole ("bilateral" is no framing here). A document
with its subject after it ("a memorandum on tourism", "a memorandum of understanding on X"), a
bare or new document ("an agreement", "a new agreement") and a document discussed, not signed
("discussed a possible trade agreement"), read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya and Uganda signed a trade deal in Nairobi on Wednesday.", [("trade deal",)]),
        ("Kenya and Uganda signed a bilateral investment treaty in Nairobi on Wednesday.",
         [("bilateral investment treaty",)]),
        ("Chile and Peru inked an air services agreement on Wednesday.", [("air services agreement",)]),
        ("Kenya and Uganda signed a loan agreement worth $200 million on Wednesday.", [("loan agreement",)]),
        ("Fiji and Tonga signed a trade agreement and a visa waiver agreement on Wednesday.",
         [("trade agreement", "visa waiver agreement")]),
        # near misses, as before
        ("Kenya and Uganda signed a memorandum on tourism on Wednesday.", [("tourism",)]),
        ("Kenya and Uganda signed an agreement on Wednesday.", [()]),
        ("Kenya and Uganda signed a new agreement on Wednesday.", [()]),
        ("Kenya and Uganda signed a Kenyan-Ugandan trade pact on Wednesday.", [()]),
    ],
)  # fmt: skip
def test_kind_of_a_signed_document_is_its_topic(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected


def test_a_document_discussed_keeps_its_framing() -> None:
    text = (
        "Kenyan Trade Minister Lee Kinyanjui met Ugandan Trade Minister Francis Mwebesa on Wednesday and "
        "discussed a possible preferential trade agreement."
    )
    assert _topics(text) == [("preferential trade agreement",)]
