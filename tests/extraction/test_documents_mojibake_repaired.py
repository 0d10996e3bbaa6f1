"""Text whose UTF-8 was read as a single-byte code page before it reached us, written for
these tests.

A scraper or an export that read UTF-8 bytes as Windows-1252 or Latin-1 writes "Brazilâ€™s",
"CÃ´te dâ€™Ivoire" and "(Reuters) â€“": the dash that ends the dateline was lost (no
dateline), apostrophes and the euro sign garbled. Each run that spells a whole UTF-8 sequence
is now decoded back; text with no such run, accented or not, is unchanged.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.decoding import repaired_mojibake
from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

STORY = (
    "Date: 2025-06-12\n\nSÃO TOMÉ, June 12 (Reuters) – São Tomé’s cocoa exports to Côte d’Ivoire "
    "rose 12% to €30 million, officials said.\n\nThe ministers met in the capital."
)


@pytest.mark.parametrize("code_page", ["cp1252", "latin-1"])
def test_a_story_read_in_the_wrong_code_page_reads_right(code_page: str) -> None:
    garbled = STORY.encode("utf-8").decode(code_page, errors="ignore")
    assert "â€" in garbled or "â\x80" in garbled
    (record,) = parse_raw_file(RawFile("cocoa.txt", garbled.encode("utf-8")), max_bytes=100_000,
                               today=date(2025, 7, 1))  # fmt: skip
    assert isinstance(record, Document)
    assert "São Tomé’s cocoa exports to Côte d’Ivoire rose 12% to €30 million" in record.text
    assert record.dateline == "São Tomé"


@pytest.mark.parametrize(
    "text",
    [
        "Plain café – naïve “quotes” in São Paulo, 1½ °C, ÀÉÎ and Ørsted.",
        "Ça va: Œuvre, Ñandú, ß and æ» stay as written.",
    ],
)
def test_text_with_no_mojibake_is_unchanged(text: str) -> None:
    assert repaired_mojibake(text) == text
