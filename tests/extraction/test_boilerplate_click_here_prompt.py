"""A site's "Click here to ..." line left in a story, written for these tests.

A flattened page's "Click here to read more stories from our business desk" had stayed the
body's last line. A short line that opens on a call to click or tap a link is now a prompt
and leaves the body; a sentence of the story that says "click" stays, and so does a long
paragraph.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = "NACALA - Cashew buyers from three provinces met the port authority on Thursday, officials said."


def _text(body: str) -> str:
    raw = RawFile("cashew.txt", f"{STORY}\n\n{body}\n".encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record.text


@pytest.mark.parametrize(
    "prompt",
    [
        "Click here to read more stories from our business desk.",
        "Please click here for the full list of loading slots.",
        "Tap here to get breaking news alerts on your phone.",
        "Click the link below to download the port's annual report.",
    ],
)
def test_a_click_prompt_leaves_the_body(prompt: str) -> None:
    assert _text(prompt) == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "Traders can click through an online portal to book a loading slot, the authority said.",
        "A click of the new gate scanner now clears a truck in under a minute.",
    ],
)
def test_a_sentence_about_clicking_stays(sentence: str) -> None:
    assert _text(sentence) == f"{STORY}\n\n{sentence}"
