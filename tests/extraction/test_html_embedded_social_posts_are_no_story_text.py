"""A social network's post embedded in a story is no text of it, written for these tests.

News pages embed an official's tweet, an Instagram or a TikTok post in the story with the
network's embed code (`<blockquote class="twitter-tweet">`, "instagram-media", "tiktok-embed",
Facebook's "fb-post"). The post had stayed in the story's text: its words in the official's own
voice, its handle, its own date and its "pic.twitter.com/..." address, read as the talks' topics
("pic", "twitter"). `html_format` now prunes the elements of those classes from a page, and
`html_fragment_text` drops such a blockquote from a JSON body's markup. A quotation the story
sets in a plain blockquote, or in a CMS's quote block ("wp-block-quote"), stays.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

FIRST = "LOMÉ - Togo and Benin agreed on Tuesday to run joint customs checks at the Hillacondji border post."
LAST = "Trade between the two neighbours reached $310 million last year, the customs service said."
POSTS = [
    '<blockquote class="twitter-tweet" data-lang="en"><p lang="en">Fruitful talks today with my Beninese '
    'counterpart on our shared border markets. <a href="https://t.co/abc">pic.twitter.com/abc</a></p>'
    '&mdash; Ministry of Trade (@TradeMinistry) <a href="https://twitter.com/x/status/1">June 10, '
    "2025</a></blockquote>",
    '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/">'
    "<p>Signing ceremony with the delegation of Nigeria this morning at the port of Cotonou.</p>"
    "<p>A post shared by Port Authority (@port_authority)</p></blockquote>",
    '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@x/video/1"><section><p>Traders at '
    "the border market welcome the new opening hours announced by Ghana today</p></section></blockquote>",
    '<div class="fb-post" data-href="https://www.facebook.com/x/posts/1"><p>The President received '
    "the Ambassador of Niger at the palace this afternoon to discuss fuel supplies.</p></div>",
]


def _record(name: str, data: str) -> Document:
    (record,) = parse_raw_file(RawFile(name, data.encode()), max_bytes=200_000, today=date(2025, 7, 1))
    assert isinstance(record, Document)
    return record


def _page(middle: str) -> str:
    return (
        "<html><head><meta name='date' content='2025-06-11'></head><body><article>"
        f"<p>{FIRST}</p>{middle}<p>{LAST}</p></article></body></html>"
    )


@pytest.mark.parametrize("post", POSTS)
def test_the_post_leaves_a_page(post: str) -> None:
    assert _record("border.html", _page(post)).text == f"{FIRST}\n\n{LAST}"


@pytest.mark.parametrize("post", POSTS[:3])
def test_the_post_leaves_a_json_body(post: str) -> None:
    body = f"<p>{FIRST}</p>{post}<p>{LAST}</p>"
    record = _record("border.json", json.dumps({"date": "2025-06-11", "content": body}))
    assert record.text == f"{FIRST}\n\n{LAST}"


QUOTE = "We will open the border markets to all traders from next month, the minister told reporters."


@pytest.mark.parametrize(
    "quote",
    [
        f"<blockquote><p>{QUOTE}</p></blockquote>",
        f'<blockquote class="wp-block-quote"><p>{QUOTE}</p></blockquote>',
    ],
)
def test_a_quotation_of_the_story_stays(quote: str) -> None:
    assert QUOTE in _record("border.html", _page(quote)).text
    body = f"<p>{FIRST}</p>{quote}<p>{LAST}</p>"
    assert QUOTE in _record("border.json", json.dumps({"date": "2025-06-11", "content": body})).text
