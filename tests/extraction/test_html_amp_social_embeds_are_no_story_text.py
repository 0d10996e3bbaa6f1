"""A social network's post an AMP page embeds is no text of the story, written for these tests.

AMP pages embed a post with their own elements, `<amp-twitter>`, `<amp-instagram>`,
`<amp-facebook>`, `<amp-tiktok>`, holding the post's words as fallback text
(`<blockquote placeholder>`). Those words had stayed in the story's text, with the account's
handle, as the embed codes of other pages had (test_html_embedded_social_posts_are_no_story_text).
`html_format` now prunes these elements too. The story's own paragraphs, an AMP image and a
plain blockquote of the story stay.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

FIRST = (
    "PHNOM PENH, June 12 – Cambodia and Thailand reopened the Poipet checkpoint on Thursday after a "
    "two-week closure, the commerce ministry said."
)
LAST = "Trade between the two countries reached $10.2 billion in 2024, up 9 percent, customs data showed."
POST = "Checkpoint open again this morning, trucks crossing from Aranyaprathet into Poipet in a long line."


def _text(middle: str) -> str:
    page = (
        '<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8"><title>Checkpoint reopens</title>'
        '<meta name="date" content="2025-06-12"></head><body><article>'
        f'<p>{FIRST}</p>{middle}<amp-img src="/a.jpg" width="800" height="450" alt="Trucks"></amp-img>'
        f"<p>{LAST}</p></article></body></html>"
    )
    raw = RawFile("checkpoint.html", page.encode())
    (record,) = parse_raw_file(raw, max_bytes=100_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record.text


@pytest.mark.parametrize(
    "embed",
    [
        f'<amp-twitter width="375" height="472" data-tweetid="1"><blockquote placeholder><p>{POST}</p>'
        "&mdash; Border News (@bordernews)</blockquote></amp-twitter>",
        f'<amp-instagram data-shortcode="x" width="1" height="1"><p placeholder>{POST}</p></amp-instagram>',
        f'<amp-facebook data-href="https://www.facebook.com/x/posts/1"><p>{POST}</p></amp-facebook>',
    ],
)
def test_the_amp_post_leaves_the_text(embed: str) -> None:
    assert _text(embed) == f"{FIRST}\n\n{LAST}"


def test_a_plain_blockquote_of_the_story_stays() -> None:
    assert POST in _text(f"<blockquote><p>{POST}</p></blockquote>")
