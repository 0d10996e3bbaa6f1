"""An RSS or Atom feed saved as a page is read item by item, written for these tests.

A scraper that saves what a site's address returns keeps a feed under ".html": `<?xml ...?><rss>
<channel><item>...`, or an Atom `<feed><entry>`. Such a file had been rejected as a page that
could not be parsed, its stories lost. `html_format.feed_items` now reads a feed's items as the
fields of a JSON feed item (title, link, pubDate, description, `content:encoded` as
"content_encoded"; an Atom link's address), and `documents._parse_feed` makes one record of each
(`file.html#N`), as a JSON feed's items are read, dated from the feed (`html_meta`). A feed with
no items is rejected as no_body with that reason; an item with no text is rejected as a JSON
item is; a web page, even in XHTML with an XML declaration, is read as before.
"""

from __future__ import annotations

from datetime import date

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile, Rejection

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="rss.xsl"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Agency wire</title>
<item><title>Ghana and Togo agree border post</title><link>https://wire.example/1</link>
<pubDate>Wed, 11 Jun 2025 10:31:00 GMT</pubDate><description>A teaser.</description>
<content:encoded><![CDATA[<p>ACCRA, June 11 (GNA) - Ghana and Togo agreed on Wednesday to open a
joint border post at Aflao, the trade ministers said.</p>]]></content:encoded></item>
<item><title>Cocoa exports</title><dc:date>2025-06-10</dc:date><description>&lt;p&gt;KUMASI, June 10
(GNA) - Ghana's cocoa exports to the Netherlands reached $1.2 billion in 2024.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry news</title>
<entry><title>Kenya and Uganda agree on pipeline</title><link rel="alternate" href="https://mfa.example/1"/>
<published>2025-06-11T08:00:00Z</published><updated>2025-06-12T08:00:00Z</updated>
<content type="html">&lt;p&gt;NAIROBI, June 11 - Kenya and Uganda agreed on Wednesday to extend the
oil pipeline to Kampala.&lt;/p&gt;</content></entry></feed>"""


def _records(text: str, name: str = "feed.html") -> list[Document | Rejection]:
    return parse_raw_file(RawFile(name, text.encode()), max_bytes=100_000, today=date(2025, 7, 1))


def test_each_rss_item_is_a_story() -> None:
    first, second = _records(RSS)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.source_path, second.source_path) == ("feed.html#1", "feed.html#2")
    assert first.text.startswith("ACCRA, June 11 (GNA)") and first.dateline == "Accra"
    assert first.published_date == date(2025, 6, 11) and first.published_date_origin == "html_meta"
    assert first.title == "Ghana and Togo agree border post" and first.url == "https://wire.example/1"
    assert second.dateline == "Kumasi" and second.published_date == date(2025, 6, 10)


def test_an_atom_entry_is_a_story() -> None:
    (entry,) = _records(ATOM)
    assert isinstance(entry, Document)
    assert entry.dateline == "Nairobi" and entry.published_date == date(2025, 6, 11)
    assert entry.url == "https://mfa.example/1"


def test_a_feed_of_no_extension_is_read() -> None:
    (entry,) = _records(ATOM, "feed")
    assert isinstance(entry, Document) and entry.dateline == "Nairobi"


def test_a_feed_with_no_items_is_rejected_with_its_reason() -> None:
    (record,) = _records(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>'
    )
    assert isinstance(record, Rejection) and record.reason == "no_body" and "feed" in record.detail


def test_an_item_with_no_text_is_rejected() -> None:
    (record,) = _records(
        '<rss version="2.0"><channel><item><title>Only a title</title></item></channel></rss>'
    )
    assert isinstance(record, Rejection) and record.reason == "no_body"


def test_an_xhtml_page_is_read_as_a_page() -> None:
    page = (
        '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>'
        "<title>Border post</title></head><body><h1>Border post</h1><p>ACCRA, June 11 (GNA) - Ghana "
        "and Togo agreed on Wednesday to open a joint border post at Aflao, the trade ministers said.</p>"
        "</body></html>"
    )
    (record,) = _records(page)
    assert isinstance(record, Document) and record.source_path == "feed.html"
    assert record.dateline == "Accra"


def test_an_xml_file_stays_unsupported() -> None:
    (record,) = _records(RSS, "feed.xml")
    assert isinstance(record, Rejection) and record.reason == "unsupported"
