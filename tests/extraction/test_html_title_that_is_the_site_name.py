"""A web page whose title is only the site's name, written for these tests.

Some CMSs give every page the site's name as its `<title>` ("<title>Maseru Post</title>", with
og:site_name "Maseru Post") and print the story's headline in its `<h1>` only. The site's name
had been the story's title. The h1 is now the title in that case; a title that is a headline,
and an h1 that is the site's logo, change nothing.
"""

from __future__ import annotations

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile

BODY = (
    "<p>MASERU - Lesotho and South Africa agreed on Monday to share the water of the new dam, "
    "the two water ministers said after their meeting.</p>"
)


def _title(title: str, h1: str, site: str = "Maseru Post") -> str | None:
    page = (
        f'<html><head><title>{title}</title><meta property="og:site_name" content="{site}"></head>'
        f"<body><article><h1>{h1}</h1>{BODY}</article></body></html>"
    )
    (record,) = parse_raw_file(RawFile("dam.html", page.encode()), max_bytes=100_000)
    assert isinstance(record, Document)
    return record.title


def test_the_h1_is_the_headline_of_a_page_titled_by_its_site() -> None:
    assert (
        _title("Maseru Post", "Lesotho, South Africa agree on dam water")
        == "Lesotho, South Africa agree on dam water"
    )
    assert _title("MASERU POST", "Dam water deal agreed") == "Dam water deal agreed"


def test_a_headline_title_stays() -> None:
    assert (
        _title("Dam deal agreed | Maseru Post", "Lesotho, South Africa agree on dam water")
        == "Dam deal agreed"
    )


def test_an_h1_that_is_the_logo_changes_nothing() -> None:
    assert _title("Maseru Post", "Maseru Post") == "Maseru Post"
