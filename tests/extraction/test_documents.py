"""Raw files -> Documents: txt headers, JSON variants, HTML pages, datelines, dates, rejections."""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import lxml.html
import pytest
from conftest import corpus_or_skip

from orchestration.extraction.datelines import country_slug, digest_items, find_dateline, paragraph_datelines
from orchestration.extraction.documents import check_size, parse_raw_file
from orchestration.extraction.model import REJECTION_REASONS, Document, RawFile, Rejection
from orchestration.extraction.text import split_sentences

TODAY = date(2024, 12, 1)
BODY = "NAIROBI, Kenya (Reuters) - Kenya's exports to Uganda rose 12.5% to $1.1 billion in 2023."


def parse(name: str, data: bytes | str, max_bytes: int = 1_000_000) -> list[Document | Rejection]:
    raw = data.encode() if isinstance(data, str) else data
    return parse_raw_file(RawFile(name, raw, 0.0, len(raw)), max_bytes=max_bytes, today=TODAY)


def document(name: str, data: bytes | str) -> Document:
    records = parse(name, data)
    assert len(records) == 1
    assert isinstance(records[0], Document), records[0]
    return records[0]


def as_file(name: str, body: str) -> str:
    """`body` as a .txt file with a date line, or as the "text" of a .json file."""
    return f"date 2024-06-03\n\n{body}" if name.endswith(".txt") else json.dumps({"text": body})


def rejection(name: str, data: bytes | str, max_bytes: int = 1_000_000) -> Rejection:
    records = parse(name, data, max_bytes)
    assert len(records) == 1
    assert isinstance(records[0], Rejection), records[0]
    assert records[0].reason in REJECTION_REASONS
    return records[0]


# ---------------------------------------------------------------------------------------
# txt headers


@pytest.mark.parametrize(
    ("raw", "title", "source", "url", "published"),
    [
        (f"title Trade rises\nsource Reuters\nurl https://x.org/a\ndate 2024-03-05\n\n{BODY}",
         "Trade rises", "Reuters", "https://x.org/a", date(2024, 3, 5)),
        (f"Title: Trade rises\nSource: Reuters\nDate: 2024-03-05\n\n{BODY}",
         "Trade rises", "Reuters", None, date(2024, 3, 5)),
        (f"DATE: March 5, 2024\nHEADLINE: Trade rises\n{BODY}", "Trade rises", None, None, date(2024, 3, 5)),
        (f"date 05.03.2024\n\n{BODY}", None, None, None, date(2024, 3, 5)),
        (f"date 2024-03-05T09:30:00+03:00\n\n{BODY}", None, None, None, date(2024, 3, 5)),
        (f"published: Tue, 05 Mar 2024 09:30:00 GMT\nlink: https://x.org/a\n\n{BODY}",
         None, None, "https://x.org/a", date(2024, 3, 5)),
        (f"\n\n  date 2024-03-05\n  author Jane Doe\n\n{BODY}", None, None, None, date(2024, 3, 5)),
        (f"date: Tuesday, 5 March 2024\n{BODY}", None, None, None, date(2024, 3, 5)),
        # a byline's "By:" line among the headers (the headline after it had been body)
        (f"Published: March 5, 2024\nBy: Ada Obi, Lagos\nHeadline: Trade rises\n\n{BODY}",
         "Trade rises", None, None, date(2024, 3, 5)),
    ],
)  # fmt: skip
def test_txt_headers(raw, title, source, url, published):
    doc = document("story.txt", raw)
    assert (doc.text, doc.title, doc.source, doc.url) == (BODY, title, source, url)
    assert (doc.published_date, doc.published_date_origin, doc.format) == (published, "header", "txt")


MEETING = "President Ruto held talks with President Museveni at State House on Thursday."


@pytest.mark.parametrize(
    "header",
    [
        "SLUG: UGANDA-KENYA/TALKS\nPRIORITY: 2\nDate: 5 March 2024 10:15 GMT\nTitle: Leaders meet",
        "Title: Leaders meet\nDate: 5 March 2024\nAgency: KNA",
        "Title: Leaders meet\nStory ID: 55120\nWord count: 240\nDate: 5 March 2024",
        "Headline: Leaders meet\nPublished: 2024-03-05\nEdition: International\nSubtitle: Border trade talks",
        "Title: Leaders meet\nDate: 5 March 2024\nCountry: Kenya",
    ],
)
def test_txt_other_header_keys_are_header_lines(header: str) -> None:
    """Any `Key: value` line in a header block with a known key is a header line ("SLUG:",
    "Story ID:", "Agency:"): before, the header stopped there, the line was body and its key
    the story's dateline ("Agency"), or, before the known keys, the whole header was body."""
    doc = document("story.txt", f"{header}\n\n{MEETING}")
    assert (doc.text, doc.title, doc.published_date) == (MEETING, "Leaders meet", date(2024, 3, 5))
    assert doc.dateline is None


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("Dateline: NAIROBI", "Nairobi"),
        ("Location: Nairobi, Kenya", "Nairobi"),
        ("DATELINE: DAR ES SALAAM, March 5 (KNA)", "Dar es Salaam"),
        ("Location: Kenya", None),  # a country alone places nothing
        ("Dateline: Breaking", None),
    ],
)
def test_txt_dateline_header_places_a_story_without_one(line: str, dateline: str | None) -> None:
    doc = document("story.txt", f"Title: Leaders meet\nDate: 5 March 2024\n{line}\n\n{MEETING}")
    assert (doc.text, doc.dateline) == (MEETING, dateline)


@pytest.mark.parametrize(
    ("header", "source", "published"),
    [
        ("Source: Bernama | 2024-09-03\nEditor: Nurul Aina", "Bernama", date(2024, 9, 3)),
        ("source ANTARA | 3 September 2024", "ANTARA", date(2024, 9, 3)),
        ("By: Amina Yusuf | The Citizen | Updated: 2024-09-03 10:15", None, date(2024, 9, 3)),
        # the date header wins over a stamp in another line's parts
        ("Date: 2024-09-01\nSource: Bernama | 2024-09-03", "Bernama", date(2024, 9, 1)),
        # parts with no date stay the value as written
        ("Date: 2024-09-01\nSource: Bernama | The Star", "Bernama | The Star", date(2024, 9, 1)),
    ],
)
def test_txt_a_header_lines_stamped_part_dates_the_story(
    header: str, source: str | None, published: date
) -> None:
    """A source or byline header that runs the agency and the time together, parted by bars
    ("Source: Xinhua | 2025-05-12"), dates a story with no date header (it had no date, and the
    source was "Xinhua | 2025-05-12")."""
    doc = document("story.txt", f"{header}\n\n{MEETING}")
    assert (doc.text, doc.source, doc.published_date, doc.dateline) == (MEETING, source, published, None)


def test_txt_body_dateline_wins_over_the_headers() -> None:
    doc = document("story.txt", f"Title: Leaders meet\nLocation: Nairobi\nDate: 2024-03-05\n\n{BODY}")
    assert (doc.text, doc.dateline) == (BODY, "Nairobi")
    doc = document("story.txt", f"Title: Leaders meet\nLocation: Mombasa\nDate: 2024-03-05\n\n{BODY}")
    assert doc.dateline == "Nairobi"


@pytest.mark.parametrize(
    "raw",
    [
        # a label line run straight into the body after the header is the body's
        f"Title: Leaders meet\nDate: 2024-03-05\nNote: figures are provisional.\n{MEETING}",
        # a label opening a long sentence is body
        "Title: Leaders meet\nDate: 2024-03-05\nSummary: Kenya's exports to Uganda rose 12.5% to $1.1 billion"
        " in 2023, the statistics bureau said on Monday in its annual report.\n\nMore.",
    ],
)
def test_txt_label_lines_of_the_body_stay_body(raw: str) -> None:
    doc = document("story.txt", raw)
    assert doc.text.startswith(raw.split("\n")[2])
    assert (doc.title, doc.published_date, doc.dateline) == ("Leaders meet", date(2024, 3, 5), None)


@pytest.mark.parametrize(
    "raw",
    [
        f"Agency: KNA\nPriority: 2\n\n{MEETING}",  # no known key: no header
        f"Subtitle: Kenya and Uganda agreed to end the sugar dispute.\n\n{MEETING}",
        f"Location: {MEETING}",
    ],
)
def test_a_label_opening_a_headerless_story_is_no_dateline(raw: str) -> None:
    doc = document("story.txt", raw)
    assert doc.text.startswith(raw.split("\n")[0])
    assert (doc.title, doc.dateline) == (None, None)


@pytest.mark.parametrize(
    ("raw", "published", "body_start"),
    [
        (f" date 2024-03-05 {BODY}", date(2024, 3, 5), "NAIROBI"),
        (f"date 2024-03-05 {BODY}\n\nSecond paragraph.", date(2024, 3, 5), "NAIROBI"),
        (f"date March 5, 2024 {BODY}", date(2024, 3, 5), "NAIROBI"),
        (" date 2024-03-05 Hanoi, March 3 (VNA) – Vietnam's rice exports rose.", date(2024, 3, 5), "Hanoi"),
    ],
)
def test_txt_header_and_body_on_one_line(raw, published, body_start):
    doc = document("story.txt", raw)
    assert doc.published_date == published
    assert doc.text.startswith(body_start)
    assert "date" not in doc.text[:10]


@pytest.mark.parametrize(
    "raw",
    [
        "Title insurance premiums rose 5% in 2023, the report said.\n\nMore text follows.",
        "Date palm exports from Tunisia to Morocco rose 12% last year.\n\nMore text.",
        "Source of the growth was the grain harvest.\n\nMore text.",
        "Link roads between the two countries were opened.\n\nMore text.",
        "By the end of 2023, exports had doubled.\n\nMore text.",
    ],
)
def test_body_lines_that_start_with_a_header_word_stay_body(raw):
    doc = document("story.txt", raw)
    assert doc.text == raw
    assert doc.title is None


def test_body_only_txt():
    doc = document("story.txt", BODY)
    assert (doc.text, doc.published_date, doc.published_date_origin) == (BODY, None, "none")
    assert doc.warnings == ("missing_date",)


@pytest.mark.parametrize(
    "greeting",
    [
        "Good morning. Here's what you need to know on Monday, 4 March 2024.",
        "Good evening, it's Monday, March 4, 2024, and these are the day's stories.",
        "Welcome to the West Africa trade briefing for 4 March 2024.",
    ],
)
def test_a_newsletters_greeting_dates_it(greeting: str) -> None:
    """A newsletter with no date header names its day in its greeting: that is its date (it
    had none, and "on Tuesday" stayed unresolved)."""
    doc = document("story.txt", f"title: Morning Briefing\n\n{greeting}\n\n{BODY}")
    assert (doc.published_date, doc.published_date_origin) == (date(2024, 3, 4), "byline")


@pytest.mark.parametrize(
    "opening",
    [
        "The trade briefing for Monday, 4 March 2024, will be published next week.",
        "Our digest for 4 March 2024 is due after the holiday.",
    ],
)
def test_a_coming_issues_date_in_the_opening_paragraph_is_no_publication_date(opening: str) -> None:
    """ "The briefing for 4 March 2024 will be sent next week": a coming issue's day, not the day
    the story is written on (it had dated the story)."""
    doc = document("story.txt", f"title: Notes\n\n{opening}\n\n{BODY}")
    assert doc.published_date is None


def test_an_events_date_in_the_opening_paragraph_is_no_publication_date() -> None:
    """ "... met in Accra on Monday, 4 March 2024" is the meeting's day, not the story's."""
    opening = "Ghanaian and Togolese ministers met in Accra on Monday, 4 March 2024, to discuss trade."
    doc = document("story.txt", f"title: Talks\n\n{opening}\n\n{BODY}")
    assert doc.published_date is None


def test_header_without_body_is_no_body():
    assert rejection("story.txt", "title Only a title\ndate 2024-03-05\n").reason == "no_body"


# ---------------------------------------------------------------------------------------
# JSON variants


@pytest.mark.parametrize(
    "obj",
    [
        {"title": "T", "published": "2024-03-05", "source": "S", "url": "https://x.org/a", "text": BODY},
        {"headline": "T", "date": "2024-03-05T08:00:00Z", "publisher": "S", "link": "https://x.org/a",
         "body": BODY},
        {"Title": "T", "PublishedAt": "2024-03-05T08:00:00+05:00", "source": {"id": None, "name": "S"},
         "URL": "https://x.org/a", "content": BODY},
        {"title": {"rendered": "T"}, "date": "2024-03-05T08:00:00", "site_name": "S", "link": "https://x.org/a",
         "content": {"rendered": f"<p>{BODY}</p>"}},
        {"title": "T", "date_publish": "2024-03-05 08:00:00", "source_domain": "S", "url": "https://x.org/a",
         "maintext": BODY},
        {"title": "T", "pubDate": "Tue, 05 Mar 2024 08:00:00 GMT", "source": "S", "url": "https://x.org/a",
         "article": BODY},
        {"title": "T", "timestamp": 1709625600, "source": "S", "url": "https://x.org/a", "text": BODY},
        {"title": "T", "timestamp": 1709625600000, "source": "S", "url": "https://x.org/a", "text": [BODY]},
        {"title": "T", "date": "1709625600", "source": "S", "url": "https://x.org/a", "text": BODY},
        {"title": "T", "date": "1709625600000", "source": "S", "url": "https://x.org/a", "text": BODY},
        {"title": "T", "date": "20240305", "source": "S", "url": "https://x.org/a", "text": BODY},
        {"title": "T", "datePublished": "2024-03-05", "publisher": {"name": "S"}, "url": "https://x.org/a",
         "articleBody": BODY},
        # an API's envelope: the article object inside, fields around it taken when it lacks them
        {"status": "ok", "data": {"article": {"title": "T", "published_at": 1709625600, "content": BODY,
                                             "url": "https://x.org/a"}}, "source": "S"},
        {"response": {"content": {"headline": "T", "body": f"<p>{BODY}</p>", "webUrl": "https://x.org/a",
                                  "webPublicationDate": "2024-03-05T08:00:00Z"}, "source": "S"}},
        # other objects before the article's in the envelope (the file had been rejected)
        {"status": "ok", "meta": {"request_id": "a81f", "api_version": "2.3"},
         "article": {"headline": "T", "published_at": "2024-03-05T14:20:00+07:00", "author": {"name": "Ada"},
                     "body": [BODY], "url": "https://x.org/a"}, "source": "S"},
        {"pagination": {"page": 1, "of": 1}, "source": "S",
         "result": {"stats": {"views": 12}, "story": {"title": "T", "text": BODY, "date": "2024-03-05",
                                                      "link": "https://x.org/a"}}},
        # metadata nested beside the text, and MongoDB's wrapped values (no date had been read)
        {"title": "T", "text": BODY, "metadata": {"published_time": "2024-03-05T17:00:00Z", "source": "S",
                                                  "url": "https://x.org/a"}},
        {"meta": {"title": "T", "date": "2024-03-05", "publisher": "S"}, "content": BODY, "url": "https://x.org/a"},
        {"title": "T", "published": {"$date": "2024-03-05T17:22:41Z"}, "source": "S", "url": "https://x.org/a",
         "text": BODY},
        {"title": "T", "published": {"$date": {"$numberLong": "1709625600000"}}, "source": "S",
         "url": "https://x.org/a", "text": BODY},
        # an Arc XP story (it had been rejected): its headline, display date and text elements
        {"_id": "AB12", "type": "story", "canonical_url": "https://x.org/a", "headlines": {"basic": "T"},
         "subheadlines": {"basic": "Sub"}, "display_date": "2024-03-05T17:22:41.000Z",
         "source": {"system": "composer", "name": "S"}, "credits": {"by": [{"name": "Ada Obi"}]},
         "content_elements": [{"type": "text", "content": BODY},
                              {"type": "interstitial_link", "content": "Another story", "url": "/x"}]},
        {"_id": "AB13", "type": "story", "website_url": "https://x.org/a", "headlines": {"basic": "T"},
         "first_publish_date": "2024-03-05T17:20:00Z", "source": "S",
         "content_elements": [{"type": "text", "content": BODY}]},
        # the New York Times' wrapped headline and paragraphs (no title had been read, the text the abstract)
        {"web_url": "https://x.org/a", "headline": {"main": "T", "print_headline": None}, "source": "S",
         "pub_date": "2024-03-05T20:00:00+0000", "abstract": "Ministers met.",
         "body": {"paragraphs": [BODY]}},
    ],
)  # fmt: skip
def test_json_variants(obj):
    doc = document("story.json", json.dumps(obj))
    assert (doc.text, doc.title, doc.source, doc.url) == (BODY, "T", "S", "https://x.org/a")
    assert (doc.published_date, doc.published_date_origin, doc.format) == (date(2024, 3, 5), "json", "json")
    assert doc.dateline == "Nairobi"


def test_json_fields_of_the_article_win_over_its_metadata_objects_and_others_are_not_read() -> None:
    obj = {"title": "T", "date": "2024-03-05", "text": BODY, "metadata": {"date": "2020-01-01", "title": "X"},
           "author": {"name": "Ada Obi", "date": "2019-02-02"}}  # fmt: skip
    doc = document("story.json", json.dumps(obj))
    assert (doc.title, doc.published_date) == ("T", date(2024, 3, 5))
    obj = {"text": BODY, "author": {"name": "Ada Obi", "date": "2019-02-02"}}
    doc = document("story.json", json.dumps(obj))
    assert (doc.title, doc.published_date) == (None, None)


SECOND = "Kenya's imports from Uganda fell 3% to $400 million in 2023."
TEASER = "Tanzania's exports to Kenya rise 40% to $1.9 billion in 2024"


@pytest.mark.parametrize(
    "blocks",
    [
        [{"type": "paragraph", "text": BODY}, {"type": "ad", "slot": "mid1"},
         {"type": "related", "text": TEASER}, {"type": "image", "caption": "The ministers in Nairobi"},
         {"type": "paragraph", "text": SECOND}],
        [{"_type": "block", "text": BODY}, {"_type": "relatedArticle", "title": TEASER},
         {"_type": "block", "text": SECOND}],
        [{"blockName": "core/paragraph", "content": BODY}, {"blockName": "core/pullquote", "content": TEASER},
         {"blockName": "core/paragraph", "content": SECOND}],
        [{"type": "text", "content": BODY}, {"type": "interstitial_link", "content": TEASER, "url": "/x"},
         {"type": "text", "content": SECOND}],
        [BODY, {"text": SECOND}],  # blocks of no kind stay
    ],
)  # fmt: skip
def test_json_typed_body_keeps_only_the_blocks_of_the_storys_text(blocks: list[object]) -> None:
    """A headless CMS's typed body: a "related" or "interstitial_link" block is another story's
    headline, with its figures (it had become a sentence of this story's)."""
    doc = document("story.json", json.dumps({"title": "T", "date": "2024-03-05", "body": blocks}))
    assert doc.text == f"{BODY}\n\n{SECOND}"


def test_json_typed_body_of_no_text_block_is_no_body() -> None:
    body = [{"type": "related", "text": TEASER}, {"type": "image", "caption": "A photo"}]
    assert rejection("story.json", json.dumps({"title": "T", "body": body})).reason == "no_body"


@pytest.mark.parametrize(
    "body",
    [
        "&lt;p&gt;First &amp;amp; foremost.&lt;/p&gt;&lt;p&gt;Second&lt;br&gt;line.&lt;/p&gt;",
        "&amp;lt;p&amp;gt;First &amp;amp;amp; foremost.&amp;lt;/p&amp;gt;"
        "&amp;lt;P class=&amp;quot;x&amp;quot;&amp;gt;Second&amp;lt;br/&amp;gt;line.&amp;lt;/P&amp;gt;",
    ],
)
def test_json_escaped_html_body_becomes_paragraphs(body: str) -> None:
    """A feed export's body escaped once or twice more ("&lt;p&gt;ACCRA, ..."): it had kept the
    entities, no dateline was read, and "&lt" became a topic."""
    doc = document("story.json", json.dumps({"text": body, "date": "2024-03-05"}))
    assert doc.text == "First & foremost.\n\nSecond line."


def test_json_text_with_an_escaped_sign_but_no_markup_is_left_alone() -> None:
    text = "Kenya's tariff on sugar &lt; 10% was agreed in 2023 by both sides."
    assert document("story.json", json.dumps({"text": text})).text == text


def test_json_html_body_becomes_paragraphs():
    html = "<p>First &amp; foremost.</p><p>Second<br>line.</p><script>var x = 1;</script>"
    doc = document("story.json", json.dumps({"text": html, "date": "2024-03-05"}))
    assert doc.text == "First & foremost.\n\nSecond line."  # (a <br> inside a sentence breaks no sentence)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ('{"title": "T", "text": "unterminated', "malformed"),
        ("{'title': 'single quotes'}", "malformed"),
        ('"just a string"', "malformed"),
        ("[" * 50_000 + "]" * 50_000, "malformed"),
        ('{"title": "T", "published": "2024-03-05"}', "no_body"),
        ('{"title": "T", "text": "   "}', "no_body"),
        ('{"title": "T", "text": null}', "no_body"),
        ('{"status": "ok", "meta": {"id": "a8"}, "data": {"title": "T", "stats": {"views": 3}}}', "no_body"),
        ("{}", "no_body"),
        ("[]", "no_body"),
    ],
)
def test_json_rejections(data, reason):
    assert rejection("story.json", data).reason == reason


@pytest.mark.parametrize("key", ["description", "summary", "abstract", "excerpt"])
def test_json_feed_item_with_only_a_summary_is_read_from_it(key: str) -> None:
    """An RSS or Atom item exported as JSON ({"title", "pubDate", "description"}) carries its
    story in the summary alone; it had been rejected as `no_body`, and its facts lost."""
    obj = {"title": "T", "pubDate": "Tue, 05 Mar 2024 08:00:00 GMT", key: BODY}
    doc = document("feed.json", json.dumps(obj))
    assert (doc.text, doc.title, doc.published_date) == (BODY, "T", date(2024, 3, 5))


def test_json_text_comes_before_the_summary() -> None:
    obj = {"description": "A teaser of the story.", "text": BODY, "date": "2024-03-05"}
    assert document("story.json", json.dumps(obj)).text == BODY


def test_json_list_is_a_batch_with_item_numbers():
    items = [{"text": BODY, "date": "2024-03-05"}, {"title": "no text"}, {"text": "Second story."}]
    records = parse("batch.json", json.dumps(items))
    assert [r.source_path for r in records] == ["batch.json#1", "batch.json#2", "batch.json#3"]
    assert [type(r).__name__ for r in records] == ["Document", "Rejection", "Document"]
    assert len({r.content_sha256 for r in records}) == 3


def test_json_container_object_is_a_batch():
    records = parse("feed.json", json.dumps({"status": "ok", "articles": [{"text": BODY}, {"text": "Two."}]}))
    assert [r.source_path for r in records] == ["feed.json#1", "feed.json#2"]
    assert all(isinstance(r, Document) for r in records)


def test_jsonl_lines_are_numbered_from_one_and_blank_lines_skipped():
    lines = [
        json.dumps({"text": BODY}),
        "",
        "{broken",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "B."}),
    ]
    records = parse("feed.jsonl", "\n".join(lines) + "\n")
    assert [r.source_path for r in records] == [
        "feed.jsonl#1",
        "feed.jsonl#3",
        "feed.jsonl#4",
        "feed.jsonl#5",
    ]
    assert [getattr(r, "reason", "document") for r in records] == [
        "document",
        "malformed",
        "no_body",
        "document",
    ]
    import hashlib

    assert records[0].content_sha256 == hashlib.sha256(lines[0].encode()).hexdigest()
    assert all(r.format == "jsonl" for r in records if isinstance(r, Document))


# ---------------------------------------------------------------------------------------
# HTML pages

PARAGRAPHS = [
    "LAGOS (AFP) - Nigeria and Ghana agreed on Tuesday to double bilateral trade within five years, "
    "the two trade ministers said after talks in Lagos.",
    "Trade between the two countries reached $1.2 billion in 2023, according to official statistics, "
    "up 8 percent from the previous year.",
    "The ministers also signed a memorandum of understanding on customs cooperation "
    "and cross-border payments.",
]


def page(head: str = "", before: str = "", after: str = "", wrapper: str = "article") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>
<div class="cookie-consent">We use cookies to give you the best experience.
Accept all cookies to continue.</div>
<header><nav><a href="/">Home</a> <a href="/business">Business</a>
<a href="/world">World news</a></nav></header>
{before}<{wrapper} class="story"><h1>Nigeria, Ghana agree to double trade</h1>{body}</{wrapper}>{after}
<aside class="sidebar"><h3>Related stories</h3>
<ul><li><a href="/x">Kenya exports to Uganda rise to record $1.1 billion</a></li>
<li><a href="/y">Central bank keeps rates on hold for a third month</a></li></ul></aside>
<footer><p>Copyright 2024 The Lagos Ledger. All rights reserved.</p><a href="/about">About us</a></footer>
</body></html>"""


@pytest.mark.parametrize(
    ("head", "published", "title", "source"),
    [
        ('<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">'
         '<meta property="og:title" content="Nigeria, Ghana agree to double trade">'
         '<meta property="og:site_name" content="The Lagos Ledger">',
         date(2024, 3, 5), "Nigeria, Ghana agree to double trade", "The Lagos Ledger"),
        ('<script type="application/ld+json">{"@context": "https://schema.org",'
         '"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "headline": "Headline from JSON-LD",'
         '"datePublished": "2024-03-05T09:00:00Z",'
         '"publisher": {"@type": "Organization", "name": "Ledger Media"}}]}</script>',
         date(2024, 3, 5), "Headline from JSON-LD", "Ledger Media"),
        ("<title>Nigeria, Ghana agree to double trade | The Lagos Ledger</title>"
         '<meta name="pubdate" content="20240305">',
         date(2024, 3, 5), "Nigeria, Ghana agree to double trade", "The Lagos Ledger"),
        ("<title>Nigeria, Ghana agree to double trade - business news</title>",
         None, "Nigeria, Ghana agree to double trade - business news", None),
    ],
)  # fmt: skip
def test_html_metadata(head, published, title, source):
    doc = document("page.html", page(head))
    assert (doc.published_date, doc.title, doc.source) == (published, title, source)
    assert doc.published_date_origin == ("html_meta" if published else "none")


def _titled_page(head: str, h1: str | None = None) -> str:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"<html><head>{head}</head><body><article>{heading}{body}</article></body></html>"


@pytest.mark.parametrize(
    ("head", "h1", "title"),
    [
        # the site's name first, before a bar or a dash, known or not (it had stayed in the title)
        ("<title>Daily Monitor | Uganda, Kenya sign trade pact</title>", None,
         "Uganda, Kenya sign trade pact"),
        ('<meta property="og:title" content="Daily Monitor | Uganda, Kenya sign trade pact">'
         '<meta property="og:site_name" content="Daily Monitor">', None, "Uganda, Kenya sign trade pact"),
        ("<title>BSS News - Bangladesh, Bhutan agree on transit</title>", None,
         "Bangladesh, Bhutan agree on transit"),
        # the site's name last with its motto, known or not (the motto's country had spoiled the pair)
        ("<title>Bangladesh, Bhutan agree on transit | The Business Standard Bangladesh's leading daily"
         "</title>", None, "Bangladesh, Bhutan agree on transit"),
        ('<meta property="og:title" content="Nepal, Bhutan agree on transit | Kantipur Post">'
         '<meta property="og:site_name" content="Kantipur Post">', None, "Nepal, Bhutan agree on transit"),
        # the part the h1 repeats, not an h1 that is the site's logo
        ("<title>Metro Ledger | Uganda, Kenya sign trade pact</title>", "Uganda, Kenya sign trade pact",
         "Uganda, Kenya sign trade pact"),
        ("<title>Daily Monitor | Uganda, Kenya sign trade pact</title>", "Daily Monitor",
         "Uganda, Kenya sign trade pact"),
        # near-misses: a headline's own dash, a country before it, a label, a part after a dash, a short
        # headline in capitals before the site's name
        ('<meta property="og:title" content="Tariffs Hit Exports | Daily Monitor">', None,
         "Tariffs Hit Exports"),
        ("<title>Kenya - Uganda trade rises 10% in 2024</title>", None,
         "Kenya - Uganda trade rises 10% in 2024"),
        ("<title>ANALYSIS - Ghana's exports to Togo rise</title>", None,
         "ANALYSIS - Ghana's exports to Togo rise"),
        ('<meta property="og:title" content="Ministers agree joint control at Pesca - Otaci crossing">', None,
         "Ministers agree joint control at Pesca - Otaci crossing"),
        ('<meta property="og:title" content="Trade with Chile rose in 2024 - statistics office">', None,
         "Trade with Chile rose in 2024 - statistics office"),
    ],
)  # fmt: skip
def test_html_title_without_the_sites_name(head: str, h1: str | None, title: str) -> None:
    assert document("page.html", _titled_page(head, h1)).title == title


@pytest.mark.parametrize(
    ("name", "data", "title"),
    [
        ("story.txt", f"title Daily Monitor | Uganda, Kenya sign trade pact\ndate 2024-03-05\n\n{BODY}",
         "Uganda, Kenya sign trade pact"),
        ("story.json", json.dumps({"title": "Nepal, Bhutan agree on transit | Kantipur Post",
                                   "source": "Kantipur Post", "text": BODY}),
         "Nepal, Bhutan agree on transit"),
        # near-misses: a headline's own dash and the source of its figure
        ("story.txt", f"title Kenya - Uganda trade rises\ndate 2024-03-05\n\n{BODY}",
         "Kenya - Uganda trade rises"),
        ("story.json", json.dumps({"title": "Polish exports to Ukraine up 20 pct - GUS", "text": BODY}),
         "Polish exports to Ukraine up 20 pct - GUS"),
    ],
)  # fmt: skip
def test_a_scraped_title_without_the_sites_name(name: str, data: str, title: str) -> None:
    """A txt header's or a JSON field's title that a scraper kept with the site's name is read as a
    page's title is (the site's name had stayed in it)."""
    assert document(name, data).title == title


def test_html_meta_named_by_its_site_for_the_publication():
    """ "govuk:first-published-at": a key of the site's own that says "published" dates the
    page (it had none, and every event of a readout lost its day); a "publisher" or a
    modification's key does not."""
    head = (
        '<meta name="publisher" content="2023-01-01">'
        '<meta name="gov:last-modified-at" content="2024-03-09T10:00:00+00:00">'
        '<meta name="gov:first-published-at" content="2024-03-05T16:05:00+01:00">'
    )
    doc = document("page.html", page(head))
    assert (doc.published_date, doc.published_date_origin) == (date(2024, 3, 5), "html_meta")


def test_html_time_element_date():
    before = '<div class="byline">By Ada Obi <time datetime="2024-03-05T08:00:00+01:00">5 March</time></div>'
    doc = document("page.html", page(before=before))
    assert doc.published_date == date(2024, 3, 5)


@pytest.mark.parametrize(
    "before",
    [
        '<div class="meta">Published: March 5, 2024</div>',
        '<p class="byline">By Ada Obi</p><p>Posted on 05/03/2024 08:00</p>',
        '<span class="article-date">5 March 2024</span>',
        # a byline line of parts, the publication date among them (the date had been lost)
        '<div class="byline">By Ada Obi | Published 12:04 GMT, 5 March 2024 | Updated 09:15 GMT, 6 March'
        " 2024</div>",
        '<p class="meta">Ada Obi · Lagos · Published 05/03/2024 - 19:45 WAT · Updated 06/03/2024 - 08:10</p>',
        '<p class="meta">By Ada Obi | 05.03.2024, 07:50</p>',
        # a label and its value in elements of their own, as a government site's metadata list
        "<dl><dt>From:</dt><dd>Ministry of Trade</dd><dt>Published</dt><dd>5 March 2024</dd></dl>",
        # a date class in the site's language (Spanish, German/Dutch, Turkish): it had no date
        '<p class="fecha">Santiago, 5 de marzo de 2024</p>',
        '<span class="artikel-datum">05.03.2024</span>',
        '<div class="haber-tarih">5 March 2024</div>',
    ],
)
def test_html_date_shown_as_text(before):
    """A page with no machine-readable date shows one: "Published: March 5, 2024", or an
    element classed as a date."""
    doc = document("page.html", page(before=before))
    assert (doc.published_date, doc.published_date_origin) == (date(2024, 3, 5), "html_meta")


@pytest.mark.parametrize(
    "line",
    [
        '<div class="info">Lagos, 5 March 2024 &middot; <span>By Ada Obi</span></div>',
        "<p>March 5, 2024 | Staff Reporter</p>",
        "<div>Port Harcourt, Tuesday, 5 March 2024</div>",
        '<p class="meta">Ledger Staff | 05.03.2024</p>',
        # a zone, a note or a source after the date (07905448 had refused all but a clock time)
        "<p>5 March 2024 GMT</p>",
        "<p>5 March 2024 - Reuters</p>",
        "<p>March 5, 2024 (updated)</p>",
    ],
)
def test_html_date_in_the_line_under_the_headline(line):
    """A page with no meta date, no date class and no label shows its date in the short line
    right under the headline, after a place if any and among byline parts (the date had been
    lost, and every event told by a weekday with it)."""
    doc = document("page.html", page().replace("</h1>", f"</h1>{line}", 1))
    assert (doc.published_date, doc.published_date_origin) == (date(2024, 3, 5), "html_meta")


@pytest.mark.parametrize(
    "line",
    [
        "<p>Lagos, the two ministers met on 5 March 2024 to review the trade pact.</p>",
        # a sentence opening on a number: the date is in it, not all of it
        "<p>Lagos, 12 firms signed deals worth $3 million on 5 March 2024.</p>",
        "<p>14 ministers met on 5 March 2024 in Lagos.</p>",
        "<p>5 March 2024 was the day the two ministers met in Lagos.</p>",
    ],
)
def test_html_sentence_under_the_headline_gives_no_date(line):
    """An article's sentence under the headline that holds a date is no date line."""
    assert document("page.html", page().replace("</h1>", f"</h1>{line}", 1)).published_date is None


def test_html_text_that_only_looks_like_a_date_line_is_none():
    before = '<div class="date-picker">Pick a date</div><p>Published in partnership with Ada Obi</p>'
    assert document("page.html", page(before=before)).published_date is None


@pytest.mark.parametrize("wrapper", ["article", "div", "main", "section"])
def test_html_main_text_has_the_article_and_nothing_around_it(wrapper):
    doc = document("page.html", page(wrapper=wrapper))
    assert doc.text == "\n\n".join(PARAGRAPHS)
    assert doc.dateline == "Lagos"
    assert (doc.format, doc.encoding) == ("html", "utf-8")


def test_html_in_article_teasers_and_comments_are_dropped():
    after = """<div class="related-articles"><h4>Read more</h4>
    <a href="/z">Ghana cocoa output falls 20% in 2023 season</a></div>
    <section id="comments" class="comments">
    <div class="comment">Great news for both countries, finally some progress on this.</div></section>"""
    doc = document("page.html", page(after=after))
    assert doc.text == "\n\n".join(PARAGRAPHS)


def test_html_story_inside_a_subscriber_wrapper_is_kept():
    wrapped = page().replace(
        '<article class="story">', '<article class="story"><div class="subscriber-content">'
    )
    doc = document("page.html", wrapped.replace("</article>", "</div></article>"))
    assert doc.text == "\n\n".join(PARAGRAPHS)


def test_html_paragraphs_separated_by_line_breaks():
    html = f"<html><body><div class='post-body'>{'<br><br>'.join(PARAGRAPHS)}</div></body></html>"
    assert document("page.html", html).text == "\n\n".join(PARAGRAPHS)


def test_html_keeps_story_sentences_that_mention_signing_up_and_drops_read_also_teasers():
    treaty = "Kenya will sign up to the trade protocol and subscribe to its dispute rules, the minister said."
    paragraphs = [*PARAGRAPHS, treaty, "Read also: Ghana cocoa output falls"]
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    assert document("page.html", html).text == "\n\n".join([*PARAGRAPHS, treaty])


TEASERS = [
    "Read more:\n\nMali gold exports hit $4 billion as prices climb",  # a bare label, then the headline
    "ALSO READ | Senegal-Gambia trade rises 15% to $90 million",
    "See also: Benin's cotton sales to China doubled last year",
    "RELATED STORIES: Togo port traffic up 8%",
    "MORE: Niger's uranium sales to France fell 20%",
    "Related Story: Guinea bauxite exports to China hit $3 billion",
    "You may also like: Liberia rubber shipments rise",
    "Editor's pick: Mali cotton sales to China up 9%",
    "ALSO ON JOY BUSINESS: Ghana gold exports hit $11 billion",
    "ALSO READ\n\nSierra Leone iron ore exports to China reach $400 million",  # a bare label, no colon
]


@pytest.mark.parametrize("teaser", TEASERS)
@pytest.mark.parametrize("name", ["story.txt", "story.json"])
def test_link_teasers_in_plain_text_and_json_bodies_are_dropped(teaser: str, name: str) -> None:
    """A crawler that flattened a page leaves "Read more: <another story's headline>" in the
    text; the headline is that story's figure, not this one's (it had become a trade fact)."""
    body = f"{BODY}\n\n{teaser}\n\nThe two countries also discussed a new border post."
    data = as_file(name, body)
    assert document(name, data).text == f"{BODY}\n\nThe two countries also discussed a new border post."


def test_a_link_teaser_after_a_line_break_ends_its_paragraph() -> None:
    """ "...crowns.<br>Read more: <a>...</a>" in a JSON body: the line break joins the teaser to
    the paragraph, and the label cuts it off again."""
    body = f"{BODY}<br>Read more: <a href='/x'>Chad-Niger trade hits $58 million</a>"
    assert document("story.json", json.dumps({"text": body})).text == BODY


BACK_MATTER = [
    "ENDS\n\nAbout the Namibia Investment Promotion Board\n"
    "In 2023 Namibia's exports to Angola reached $1 billion.",
    "-30-\n\nThe Board was founded in 1998. Its members exported $2 billion to Zambia last year.",
    "###\n\nAbout Botswana Trade Council\nBotswana's exports to China hit $900 million in 2022.",
    "Notes to editors\n1. Lesotho's exports to the United States rose to $300 million in 2023.",
    "For media enquiries:\nJane Moyo, +267 555 0101\n\nEswatini sugar sales to the EU topped $200 million.",
]


@pytest.mark.parametrize("back", BACK_MATTER)
def test_a_press_releases_back_matter_after_its_end_mark_is_no_story_text(back: str) -> None:
    """ "ENDS" / "###" / "-30-", "Notes to editors", "For media enquiries" or an "About <issuer>"
    heading close a release: the issuer's profile after them is no text of the story (its
    standing figures for other partners had become this story's trade facts)."""
    text = document("story.txt", f"date 2024-06-03\n\n{BODY}\n\n{back}").text
    assert text == BODY


def test_a_body_heading_that_opens_on_about_stays() -> None:
    """ "About the deal" heads a section of the story: lower-case words, no issuer's name."""
    kept = "About the deal\n\nThe accord cuts tariffs on maize and sugar."
    text = document("story.txt", f"date 2024-06-03\n\n{BODY}\n\n{kept}").text
    assert text == f"{BODY}\n\n{kept}"


@pytest.mark.parametrize(
    "teaser",
    [
        "Related coverage:\n• Zambia's copper exports to China up 12% to $4 billion",
        "More on this\n\nMalawi tobacco sales to Belgium reach $120 million",
        "Further reading | Rwanda coffee exports to Germany climb 9%",
        "You might also be interested in:\n- Burundi tea exports to Pakistan hit $40 million",
        "In other news\n\nComoros vanilla sales to France fall 30%",
    ],
)
def test_a_teaser_label_is_read_by_its_words_not_a_closed_list(teaser: str) -> None:
    """ "Related coverage:", "More on this", "In other news" head a list of other stories'
    headlines however a site words them (an unlisted label let "Brazil's beef exports to China
    up 18% ..." through as a fact with this story's period)."""
    body = f"{BODY}\n\n{teaser}\n\nThe two countries also discussed a new border post."
    text = document("story.txt", f"date 2024-06-03\n\n{body}").text
    assert text == f"{BODY}\n\nThe two countries also discussed a new border post."


def test_a_short_head_of_the_storys_own_figures_stays() -> None:
    """ "Key figures:" and an inline "Trade news:" name no list of other pieces: kept."""
    kept = "Key figures:\n\n• Exports to Uganda: $1.1 billion\n\nTrade news: Kenya also sold tea to Egypt."
    text = document("story.txt", f"date 2024-06-03\n\n{BODY}\n\n{kept}").text
    assert text == f"{BODY}\n\n{kept}"


def test_story_sentences_that_only_use_the_label_words_stay() -> None:
    """No label, no teaser: "read more" and "related" inside a story's own sentences."""
    kept = "Officials said exporters can read more about the rules online. Related talks will follow."
    text = document("story.txt", f"date 2024-06-03\n\n{BODY}\n\n{kept}").text
    assert text == f"{BODY}\n\n{kept}"


def test_html_label_paragraph_takes_the_headline_paragraph_after_it() -> None:
    """ "<p>ALSO READ</p><p>Ghana's exports to ... rose to $620m</p>": the label alone and the
    teaser's headline after it both go (the headline had stayed, and become a trade fact)."""
    paragraphs = [
        *PARAGRAPHS[:1],
        "ALSO READ",
        "Togo's exports to Benin rose to $80m in 2023",
        *PARAGRAPHS[1:],
    ]
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    assert document("page.html", html).text == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("name", ["story.txt", "story.json"])
def test_a_bare_label_takes_its_whole_list_of_headlines(name: str) -> None:
    """ "Read more:" then one headline a line: every headline of the list goes, not only the
    first (the second had become a trade fact of this story), and the list ends at a line that
    ends like a sentence, even inside a closing quote."""
    links = (
        "Related stories:\nMali cotton sales to Senegal hit $40 million"
        "\nGuinea's bauxite exports to India fell 8% to $1.2 billion"
    )
    quote = '"We will keep the border open," the minister said, adding: "Trade must go on."'
    body = f"{BODY}\n\n{links}\n{quote}"
    data = as_file(name, body)
    assert document(name, data).text == f"{BODY}\n\n{quote}"


@pytest.mark.parametrize("name", ["story.txt", "story.json"])
def test_a_bare_labels_list_ends_at_a_line_that_goes_on(name: str) -> None:
    """A line ending on a clause's stop (":") is no headline of the list but the story's own,
    going on below (it had been dropped with the list)."""
    links = "Related stories:\n\nMali cotton sales to Senegal hit $40 million"
    told = "The minister listed the goods the deal covers:\n\ncotton, cashew nuts and shea butter."
    data = as_file(name, f"{BODY}\n\n{links}\n\n{told}")
    assert document(name, data).text == f"{BODY}\n\n{told}"


CAPTIONS = [
    "FILE PHOTO: Peruvian Foreign Minister Ana Quispe and Bolivian Foreign Minister Luis Mamani meet"
    " in Lima, Peru, May 2, 2023. REUTERS/Carlos Ramos/File Photo",
    "[Photo caption: Ana Quispe and Luis Mamani hold talks in La Paz, Bolivia, March 8, 2022."
    " Bolivian Foreign Ministry/Handout via REUTERS]",
    "Ana Quispe shakes hands with Luis Mamani in Lima, Peru, May 2, 2023. REUTERS/Carlos Ramos",
    "Picture: Ana Quispe (L) and Luis Mamani after their meeting in Lima",
    "Ana Quispe (R) receives Luis Mamani at the Torre Tagle Palace. (Photo: Peruvian Foreign Ministry)",
    "Trucks wait at the Desaguadero border crossing. PHOTO | FILE",
]


@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize("name", ["story.txt", "story.json"])
def test_photo_captions_are_dropped(caption: str, name: str) -> None:
    """A caption tells what a picture shows, often an older meeting ("... meet in Lima, Peru,
    May 2, 2023. REUTERS/..."), not what the story reports: it had become a meeting of its own."""
    body = f"{BODY}\n\n{caption}\n\nThe two countries also discussed a new border post."
    data = as_file(name, body)
    assert document(name, data).text == f"{BODY}\n\nThe two countries also discussed a new border post."


@pytest.mark.parametrize(
    "item",
    [
        "LIMA, May 2 — Ana Quispe receives Luis Mamani at the Torre Tagle Palace.",
        "LA PAZ, Bolivia — Luis Mamani and Ana Quispe sign a customs accord at the Quemado Palace.",
        "Lima, May 2, 2023 - Ana Quispe and Luis Mamani open a border post.",
    ],
)
@pytest.mark.parametrize(
    "credit", ["(Photo: Peruvian Foreign Ministry)", "Photo: ABI", "REUTERS/Carlos Ramos"]
)
@pytest.mark.parametrize("name", ["story.txt", "story.json"])
def test_a_datelined_item_that_ends_on_a_photo_credit_is_news_without_its_credit(
    item: str, credit: str, name: str
) -> None:
    """A short news item that opens on its dateline and ends on a photo credit, as a gallery page
    or a ministry's brief writes them, is the story's news: only the credit goes (the whole item
    had been dropped as a caption, with its event)."""
    data = as_file(name, f"{BODY}\n\n{item} {credit}\n\nThe two countries also discussed a new border post.")
    text = document(name, data).text
    assert text == f"{BODY}\n\n{item}\n\nThe two countries also discussed a new border post."


@pytest.mark.parametrize(
    "caption",
    [
        "LIMA, May 2 — Ana Quispe and Luis Mamani at the 2022 signing in Quito. (Photo: Andina)",
        "LA PAZ, Bolivia — Luis Mamani with Ana Quispe at the Quemado Palace. REUTERS/Carlos Ramos",
        "LIMA, May 2 — Ana Quispe greets Luis Mamani during the 2021 summit. (Photo: Andina)",
        "LIMA, May 2 — Trade ministers of Peru and Chile at the signing. (Photo: Andina)",
        "LIMA, May 2 — Ana Quispe, who was minister then, with Luis Mamani at the signing. (Photo: Andina)",
    ],
)
def test_a_datelined_caption_of_no_event_or_an_earlier_one_is_still_dropped(caption: str) -> None:
    """A datelined paragraph that ends on a credit and names who the picture shows with no verb,
    or shows an earlier event ("at the 2022 signing"), is a file photo's caption (it had been
    kept as news, its signing dated the publication day)."""
    text = document(
        "story.txt", f"{BODY}\n\n{caption}\n\nThe two countries also discussed a new border post."
    ).text
    assert text == f"{BODY}\n\nThe two countries also discussed a new border post."


def test_a_caption_that_opens_on_a_label_with_a_colon_is_still_dropped() -> None:
    """ "Foreign Minister: ... (Photo: ...)" opens on no dateline: a caption still."""
    caption = "Foreign Minister: Ana Quispe receives Luis Mamani. (Photo: Peruvian Foreign Ministry)"
    text = document(
        "story.txt", f"{BODY}\n\n{caption}\n\nThe two countries also discussed a new border post."
    ).text
    assert text == f"{BODY}\n\nThe two countries also discussed a new border post."


def test_story_sentences_that_name_a_photo_or_a_wire_stay() -> None:
    kept = [
        "Support for the deal stood at 54%, according to a Reuters/Ipsos poll.",
        "The ministers posed for a photo with exporters before the talks, the ministry said.",
    ]
    text = document("story.txt", "date 2024-06-03\n\n" + "\n\n".join([BODY, *kept])).text
    assert text == "\n\n".join([BODY, *kept])


EDITORS_NOTES = [
    "(Adds quotes from exporters in paragraphs 4-5, details of customs talks)",
    "(Corrects name of port in paragraph 2 to Mombasa from Lamu; corrects value of tea exports in"
    " paragraph 3 to $410 million from $401 million; adds background on the customs union)",
    "(UPDATES with ministry statement, recasts lead)",
    "[This story has been refiled to fix a typo in paragraph 6]",
]


@pytest.mark.parametrize("note", EDITORS_NOTES)
@pytest.mark.parametrize("name", ["story.txt", "story.json"])
def test_editors_notes_are_dropped_and_the_dateline_after_them_is_read(note: str, name: str) -> None:
    """A wire's note on what a version changed is no sentence of the story (its "Adds" had
    become an organization at the talks), and a long one no longer hides the dateline."""
    kept = "(The figures exclude re-exports through Tanzania.)"
    body = f"{note}\n\n{BODY}\n\n{kept}"
    data = as_file(name, body)
    doc = document(name, data)
    assert (doc.text, doc.dateline) == (f"{BODY}\n\n{kept}", "Nairobi")


def test_html_page_saved_as_txt_is_read_as_html():
    doc = document("page.txt", page())
    assert (doc.format, doc.text) == ("html", "\n\n".join(PARAGRAPHS))


def test_json_file_holding_json_lines_is_read_line_by_line():
    records = parse(
        "feed.json", json.dumps({"text": BODY}) + "\n" + json.dumps({"text": "Second story."}) + "\n"
    )
    assert [(r.source_path, r.format) for r in records] == [("feed.json#1", "json"), ("feed.json#2", "json")]


@pytest.mark.parametrize(
    "html",
    [
        page().split("<body>")[0]
        + "<body><nav><a href='/'>Home</a></nav><footer>All rights reserved.</footer></body></html>",
        "<html><body></body></html>",
        "<html><head><title>Only a title</title></head></html>",
        "<",
        "<div>" * 20_000 + "x" + "</div>" * 20_000,
    ],
)
def test_html_without_article_is_no_body(html):
    assert rejection("page.html", html).reason == "no_body"


def test_html_page_a_script_renders_is_read_from_its_json_ld_article_body() -> None:
    """A page whose markup is an empty mount point for a script ships its story in the JSON-LD
    `articleBody`. trafilatura's own fallback reads a long one, but a short story had been
    rejected as `no_body`."""
    linked = {"@type": "NewsArticle", "headline": "T", "datePublished": "2024-03-05", "articleBody": BODY}
    html = (f'<html><head><script type="application/ld+json">{json.dumps(linked)}</script></head>'
            '<body><div id="app"></div></body></html>')  # fmt: skip
    doc = document("page.html", html)
    assert doc.text == BODY
    assert (doc.title, doc.published_date, doc.dateline) == ("T", date(2024, 3, 5), "Nairobi")


def test_html_json_ld_article_body_that_is_a_teaser_is_no_body() -> None:
    linked = {"@type": "NewsArticle", "headline": "T", "articleBody": "Read the full story"}
    script = f'<script type="application/ld+json">{json.dumps(linked)}</script>'
    html = f"<html><head>{script}</head><body></body></html>"
    assert rejection("page.html", html).reason == "no_body"


def test_html_declared_charset_is_honoured():
    html = page(head='<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    html = html.replace("Nigeria and Ghana agreed", "Нигерия и Гана agreed")
    doc = document("page.htm", html.encode("cp1251"))
    assert doc.encoding == "cp1251"
    assert "Нигерия и Гана agreed" in doc.text


# ---------------------------------------------------------------------------------------
# datelines


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("LUSAKA, Zambia, April 1. Members of the business community met.", "Lusaka"),
        ("PRETORIA, January 12. /TASS/. Trade turnover grew.", "Pretoria"),
        ("MANAMA, 2nd July, 2024 (BNA) -- The minister met.", "Manama"),
        ("ASTANA – China retained its place.", "Astana"),
        ("ASTANA. KAZINFORM – The minister met.", "Astana"),
        ("BISHKEK, June 20 (Xinhua) -- Trade rose.", "Bishkek"),
        ("NAIROBI, Kenya (Reuters) - Kenya's exports rose.", "Nairobi"),
        ("SÃO PAULO, Brazil — Brazil's exports rose.", "São Paulo"),
        ("DUBAI: The UAE and India signed.", "Dubai"),
        ("Hanoi, March 3 (VNA) – Vietnam's exports rose.", "Hanoi"),
        ("LAGOS (AFP) - Nigeria's exports rose.", "Lagos"),
        ("RIYADH — Saudi Arabia signed.", "Riyadh"),
        ("KUALA LUMPUR, 5 March (Bernama) -- Malaysia's exports rose.", "Kuala Lumpur"),
        ("TEHRAN, JULY 31, ARMENPRESS. The prime minister arrived.", "Tehran"),
        ("ISLAMABAD: The president arrived.", "Islamabad"),
        # a region in square brackets (ANI)
        ("Colombo [Sri Lanka], March 4 (ANI): Sri Lanka's exports rose.", "Colombo"),
        # a colon glued to the next word after the agency (APP)
        ("LAHORE, March 4 (APP):Pakistan's exports rose.", "Lahore"),
        # an agency's name with no brackets between the date and the dash (Kyodo)
        ("OSAKA, July 9 Kyodo - Japan's exports rose.", "Osaka"),
        ("Kigali, July 9 KT -- Rwanda and Uganda signed.", "Kigali"),
        ("Accra, Ghana (GhanaWeb.com) -- Ghana and Togo signed.", "Accra"),
        ("DOHA\n\nThe emir met the president.", "Doha"),
        ("GENEVA/LONDON (Reuters) - Oil prices rose.", "Geneva"),
        ("WASHINGTON, D.C. — The talks began.", "Washington"),
        ("DAR ES SALAAM, Tanzania, March 3 (Xinhua) -- Tanzania's exports rose.", "Dar es Salaam"),
        ("PORT-AU-PRINCE, Haiti (AP) — Talks began.", "Port-au-Prince"),
        ("PORT OF SPAIN, Trinidad (AP) — Talks began.", "Port of Spain"),
        ("N'DJAMENA, Chad — The president met.", "N'Djamena"),
        ("ST. PETERSBURG, June 5. /TASS/. Russia and Iran signed.", "St. Petersburg"),
        ("Rio de Janeiro, Brazil – Brazil's exports rose.", "Rio de Janeiro"),
        ("Otočec ob Krki, 4 June – The ministers met.", "Otočec ob Krki"),
        ("Weil am Rhein, 4 June - The ministers met.", "Weil am Rhein"),
        ("JOHANNESBURG, South Africa, March 5 (Xinhua) -- Exports rose.", "Johannesburg"),
        ("BRASILIA, March 5 (Reuters) - Brazil's exports rose.", "Brasilia"),
        ("MEXICO CITY (AP) — Mexico's exports rose.", "Mexico City"),
        ("LOS ANGELES, Calif. (Reuters) - Imports rose.", "Los Angeles"),
        ("Abu Dhabi: The UAE's non-oil trade rose.", "Abu Dhabi"),
        ("Singapore: The city-state's exports rose.", "Singapore"),
        ("DHAKA. BSS - The DSE index rose.", "Dhaka"),
        ("OSH, Kyrgyzstan – The ministers met.", "Osh"),
        ("XI'AN, China, May 18 (Xinhua) -- China and Central Asia met.", "Xi'an"),
        ("BOGOTÁ, Colombia, 2 de marzo (EFE) – Colombia's exports rose.", "Bogotá"),
        ("JAKARTA, March 5 (Antara) - Indonesia's exports rose.", "Jakarta"),
        ("MANILA, Philippines — The president met.", "Manila"),
        ("Headline without a dateline\n\nNAIROBI, Kenya (Reuters) - Kenya's exports rose.", "Nairobi"),
        ("TRADE TALKS RESUME\n\nNAIROBI, Kenya (Reuters) - Kenya's exports rose.", "Nairobi"),
        ("By Jane Doe\n\nDOHA\n\nThe emir met the president.", "Doha"),
        ("WASHINGTON, Monday (AP) — The talks began.", "Washington"),
        ("BUENOS AIRES, 5 mar (Reuters) - Argentina's exports rose.", "Buenos Aires"),
        ("BERLIN, 5. März (dpa) - Germany's exports rose.", "Berlin"),
        ("Addis Ababa — Ethiopia's coffee exports rose.", "Addis Ababa"),
        ("NEW DELHI: India's exports to the UAE rose.", "New Delhi"),
        ("New Delhi, Feb 7 (PTI) India's exports to Bangladesh declined.", "New Delhi"),
        ("DHAKA, Jan 5 (UNB) Bangladesh and India held talks.", "Dhaka"),
        ("Jakarta ● Thu, December 19, 2024\n\nPresident Prabowo met.", "Jakarta"),
        ("Lima | 3 March 2024\n\nPeru and Chile signed.", "Lima"),
        (
            "MINISTRY OF TRADE\n\nREPUBLIC OF GHANA\n\nPRESS RELEASE\n\nFOR IMMEDIATE RELEASE\n\n"
            "Accra, 14th March 2024\n\nThe minister met.",
            "Accra",
        ),
        ("SINGAPORE\n\nThe minister met.", "Singapore"),
        # a hyphen glued to an ALL-CAPS place or to the agency's closing period
        ("LUANDA- Angola and Zambia signed a memorandum.", "Luanda"),
        ("TUNIS- The head of government received the envoy.", "Tunis"),
        ("Lisbon, 12 March 2024 (Lusa).- Portugal and Cabo Verde signed.", "Lisbon"),
        ("Quito, 3 May 2024 (EFE).- Ecuador's exports rose.", "Quito"),
        # a Title-case place closed by a period glued to a hyphen, as Latin American papers write it
        ("Tegucigalpa.- The Honduran chancellor received his Salvadoran counterpart.", "Tegucigalpa"),
        ("San José.- Costa Rica and Nicaragua agreed to reopen the crossing.", "San José"),
        # a known city and a period, as some East African papers write it
        ("Kampala. Uganda's coffee exports rose in March.", "Kampala"),
        ("Harare. The Zimbabwean cabinet approved the deal.", "Harare"),
        # a slashed year after the day, and an agency after a bullet
        ("Nairobi, March 3/2024 (KNA) The ministers met.", "Nairobi"),
        ("Lusaka, May 14/2024 (ZNBC) - Zambia and Malawi signed.", "Lusaka"),
        ("Vilnius • LRT. The president received his counterpart.", "Vilnius"),
        ("Tbilisi • Interpressnews. Georgia and Armenia agreed.", "Tbilisi"),
        # a syndicator's credit in parentheses before the dateline
        ("(MENAFN- Trend News Agency) BAKU, Azerbaijan, March 12. Azerbaijan's exports rose.", "Baku"),
        ("(MENAFN- Xinhua) BEIJING, March 12 (Xinhua) -- China and Brazil signed.", "Beijing"),
        # the agency's credit first, then a dash, as ANSA and Agerpres write it
        ("(ANSA) - ROME, MAR 10 - Italy and Algeria signed.", "Rome"),
        ("(AGERPRES) – BUCHAREST, Sept 23 – Romania and Poland agreed.", "Bucharest"),
        # the date first, as government news releases write it
        ("March 4, 2024 - Ottawa, Ontario - Global Affairs Canada\n\nThe minister met.", "Ottawa"),
        ("4 March 2024 – Canberra – Department of Foreign Affairs\n\nThe minister met.", "Canberra"),
        # a known city in Title case alone on its line above the story
        ("Muscat\n\nOman and India signed a deal on Tuesday.", "Muscat"),
        # a wire's editor's note above the dateline, however long it runs (it had hidden the dateline)
        (
            "(Updates with comments from the Kenyan trade ministry in paragraphs 5-6; corrects name of "
            "the Norwegian envoy in paragraph 3 and value of fish imports in paragraph 8)\n\n"
            "NAIROBI, June 12 (Reuters) - Kenya and Norway held talks on Wednesday.",
            "Nairobi",
        ),
        # a country named after its capital, or with none of its own, is a city's dateline
        ("KUWAIT - The Kuwaiti and Omani ministers met on Monday.", "Kuwait"),
        ("PANAMA - The ministers met.", "Panama"),
        ("HONG KONG - The ministers met.", "Hong Kong"),
        # a note's label above the story, however long its prose (it had hidden the dateline)
        (
            "CORRECTION: An earlier version of this report misstated the value of the loan agreement.\n\n"
            "APIA, 4 MARCH - Samoa and Tonga held talks on Monday.",
            "Apia",
        ),
        ("Editor's note: This item has been revised.\n\nHONIARA, May 2 - The ministers met.", "Honiara"),
        ("ADVISORY: Adds background.\n\nLOME, May 2 - The ministers met.", "Lome"),
        ("Clarification: The ministers met twice.\n\nBAMAKO - The ministers met.", "Bamako"),
        # a feed's clock time before the place (it had hidden the dateline)
        ("07:15 RIGA, March 3 (LETA) - Latvia and Estonia signed a memorandum.", "Riga"),
        ("Baltic news feed\n\n16.40 VILNIUS (BNS) - The ministers met.", "Vilnius"),
        # a live blog's time with its zone, and a dash between it and the place (the place had
        # been lost, or read as "Cet Brussels")
        ("14:05 CET — BRUSSELS. The commissioner met the Moroccan minister.", "Brussels"),
        ("14:05 CET BRUSSELS — The commissioner met the Moroccan minister.", "Brussels"),
        ("8.30 a.m. EAT - NAIROBI (KNA) - The ministers met.", "Nairobi"),
        # French and Spanish copy write the article before the day
        ("COTONOU, le 12 mars 2024 - The two ministers met on Monday.", "Cotonou"),
        ("Bata, el 3 de abril de 2024 - The ministers met.", "Bata"),
        # their "de" translated into English, after a region's initials ("S.S.")
        ("San Salvador, S.S., 4 of March of 2025. The ministry informs the public.", "San Salvador"),
        # a dated line alone above the story, with a known city of four words or more (it had
        # been no dateline)
        ("Ho Chi Minh City, 2 March 2025\n\nThe two ministers met on Monday.", "Ho Chi Minh City"),
    ],
)
def test_dateline_styles(text, city):
    found = find_dateline(text)
    assert found is not None and found.city == city
    assert text[found.start : found.end].upper().startswith(text[found.start : found.start + 3].upper())


@pytest.mark.parametrize(
    "text",
    [
        "By Daily Nation\n\nOn November 21, President Ruto had a phone conversation.",
        "(Reuters) - The Kenyan president met his counterpart.",
        "Trade Minister Rebecca Miano on Monday hosted her counterpart.",
        "The festival opened on Monday evening.",
        "US, China agree to boost trade.",
        "UAE: Trade rises by 5 percent.",
        "UPDATE: Oil prices rose.",
        "CORRECTION: The talks were held in Lagos.\n\nThe ministers met on Monday.",
        # a country's name heading a brief's item is a slug, not where it was filed
        "VANUATU - Vanuatu's Prime Minister met the visiting Japanese minister on Friday.",
        "MALI/SENEGAL: Mali's imports from Senegal rose in 2024.",
        "DEMOCRATIC REPUBLIC OF THE CONGO - The ministers met in Kinshasa.",
        "BREAKING – Talks collapse.",
        "NATO, the EU and others met.",
        "However – this is not a dateline.",
        "Kazakhstan, Uzbekistan agree to expand trade.",
        "COVID-19 cases rose in the region.",
        "Yesterday, President Putin said trade rose.",
        "Meanwhile, China (the largest partner) grew.",
        "Mr Smith (left) Said nothing.",
        "(AFP) - Talks resumed on Monday.",
        "(Reuters) The ministers met.",
        "KINGDOM OF BAHRAIN\n\nThe minister said trade rose.",
        "President Ruto (Kenya) Met President Museveni.",
        "In Nairobi, Kenya's exports rose.",
        "Kenya's exports to Uganda rose 12% in 2023.",
        "KENYA AND UGANDA SIGN NEW TRADE DEAL\n\nKenya's exports rose.",
        "EXCLUSIVE\n\nKenya's exports rose.",
        # a release's heading: "JOINT PRESS RELEASE", "COMMUNIQUE" (it had been the dateline's city)
        "JOINT PRESS RELEASE\n\nThe two foreign ministers met on Friday.",
        "COMMUNIQUE\n\nThe two ministers met.",
        "MEDIA RELEASE\n\nThe ministers met.",
        "WRITER: Anucha Srisuk\n\nThe ministers met.",  # a byline's label
        # a byline with the writer's job (the name had been the dateline's city)
        "Mere Tuilagi, RNZ Pacific Journalist\n\nThe ministers met on Tuesday.",
        "Sione Fonua, Senior Reporter\n\nThe ministers met.",
        "DOHA",
        "A long first sentence that has no dateline at all ends here.\n\nLAGOS (AFP) - late dateline.",
        "Kenya. The country's exports rose.",
        # a town the lexicon does not know, named again only as no place
        "Kilimo. Ministers met on Monday to discuss Kilimo Kwanza.",
        "Kenya. Ministers met in Nairobi and in Kenya.",
        # a country's name before a colon labels a roundup's item or a headline
        "Kenya: Kenya's exports to Uganda rose 11% in 2024.",
        "South Africa: Ramaphosa meets Lula in Pretoria.",
        "Growth. Exports rose in May.",
        "Well- known traders met in Lagos.",
        "Mombasa port. Cargo volumes rose.",
        "10:30 Talks resumed on Monday.",  # a time before no ALL-CAPS place
        "09:00 GMT — Talks resumed on Monday.",
        # a newsletter's or a feed's label before the story (it had been the city "Icymi")
        "ICYMI: Last week, the Latvian president received the Lithuanian minister in Riga.",
        "RECAP: The Estonian and Finnish prime ministers met in Tallinn.",
        "FYI — The ministers met on Friday.",
        "MUST READ: The ministers met on Friday.",
        # a transcript's speaker label, a role and a name (it had been the dateline's city)
        "Official Spokesperson, Shri Arvind Mehta: Good afternoon, friends.",
        "Moderator, Ms Akosua Mensah: Welcome to this briefing.",
        "Chief Spokesperson, Mr Daniel Okoth: Good morning.",
        "Host: Welcome to the programme.",
        "DEPUTY PRIME MINISTER: Good morning, everyone.",
        "TRADE SECRETARY LUND: Thank you for coming.",
        # a site's section, region or breadcrumb heading a flattened page (it had been the city)
        "Business - 12 May 2025\n\nThe ministers met on Monday.",
        "World | 12 May 2025\n\nThe ministers met on Monday.",
        "Africa - May 12, 2025\n\nThe ministers met on Monday.",
        "Economy\n12 May 2025\n\nThe ministers met on Monday.",
        "Home | News | Business\n\nThe ministers met on Monday.",
        "Economy | Trade\n\nThe ministers met on Monday.",
        "Trade: Kenya and Uganda agreed to end the sugar dispute.",
        "Diplomacy: The ministers met on Monday.",
        # a dated heading of four words or more that is no known city
        "Kota Kinabalu City Hall Meeting, 3 May 2025\n\nThe ministers met.",
        "",
    ],
)
def test_no_dateline(text):
    assert find_dateline(text) is None


MENU = "Home\n\nThe Minister\n\nPress Releases\n\nEmbassies\n\nMedia Centre\n\nContact Us\n\n"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (f"{MENU}PRESS RELEASE No. 12/2024\n\nGhana and Togo hold talks\n\nAccra, 5 March 2024\n\n"
         "The ministers met on Monday.", "Accra"),
        (f"{MENU}Trade talks resume\n\nLOME - The ministers met on Monday.", "Lome"),
        # a menu does not reach past the story's first sentence, nor lines of more words
        (f"{MENU}The ministers met on Monday.\n\nLOME - More talks.", None),
        ("Trade news today\n\nTalks in the region\n\nMinisters meet again\n\nA second round planned\n\n"
         "Officials comment later\n\nMarkets react calmly\n\nLOME - The ministers met.", None),
    ],
)  # fmt: skip
def test_a_flattened_pages_menu_lines_do_not_use_up_the_dateline_window(text: str, city: str | None) -> None:
    """One- and two-word lines of a page's menu take none of the six paragraphs the dateline is
    looked for in: the dateline below them had been missed."""
    found = find_dateline(text)
    assert (found.city if found else None) == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Nairobi, Kenya: The minister met X.", "Nairobi"),
        ("Accra, Greater Accra: The minister met X.", "Accra"),
    ],
)
def test_a_region_after_the_city_is_no_speaker(text, city):
    """The look-alike of a transcript's label: a city and its region before a colon is a dateline."""
    found = find_dateline(text)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Spanish–Moroccan trade reached €22 billion in 2024.",
        "Spain—Morocco trade totalled €22 billion in 2024.",
        "Polish–Ukrainian relations improved in 2024.",
        "Mexico–U.S. trade totalled $840 billion in 2024.",  # dotted initials after the dash
        "Norway–U.K. relations improved in 2024.",
    ],
)
def test_a_pair_joined_by_a_glued_dash_opens_the_body(text):
    """A typeset en dash glued between two countries joins a pair ("German–Turkish trade
    reached ..."): the first one had been split off as a country's slug, and the pair lost."""
    assert find_dateline(text) is None and country_slug(text) is None


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Kenya—Trade with Uganda rose in 2024.", "Kenya—"),
        ("Ghana—President Mahama met his guest.", "Ghana—"),
        ("Ghana—U.N. envoy met the president.", "Ghana—"),  # initials of no country
    ],
)
def test_a_country_before_a_glued_dash_and_a_sentence_stays_a_slug(text, slug):
    """The look-alike of a pair: a country, a glued dash and a sentence (no second country) is
    still a country's slug, split off."""
    found = country_slug(text)
    assert found is not None and text[found[0] : found[1]] == slug


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Madrid—Spanish exports to Morocco rose in 2024.", "Madrid"),
        ("RABAT–Moroccan officials met on Monday.", "Rabat"),
    ],
)
def test_a_city_before_a_glued_dash_stays_a_dateline(text, city):
    """The look-alike: a city (or a place in capitals) before a glued dash is still a dateline."""
    found = find_dateline(text)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("TALLINN, 3 June 2025\n\nKallas: Good morning. We met the ministers.", "Tallinn"),
        ("Tallinn, 3 June 2025\n\nMODERATOR LEHT: Welcome to this briefing.", "Tallinn"),
        # the look-alike: an undated place alone on its line, then a dated dateline with a colon
        ("TALLINN\n\nRIGA, 3 June 2025: The ministers met.", "Riga"),
    ],
)
def test_a_speaker_label_under_a_dated_line_is_no_dateline(text, city):
    """A transcript dated on its own line ("OSLO, 14 March 2025") then opened by a speaker's
    label ("Eide:", "FOREIGN MINISTER EIDE:"): the dated line is the dateline."""
    found = find_dateline(text)
    assert found is not None and found.city == city


def test_dateline_date_with_year_is_the_fallback_publication_date():
    doc = document("wire.txt", "MANAMA, 2nd July, 2024 (BNA) -- The minister met his counterpart.")
    assert (doc.published_date, doc.published_date_origin, doc.warnings) == (date(2024, 7, 2), "dateline", ())


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("Benghazi, 3 Shaban 1445 (13 February 2024) -", date(2024, 2, 13)),
        ("AL-KHOBAR, Tuesday 3 Shaban 1445 AH corresponding to 13 February 2024 (SPA) --", date(2024, 2, 13)),
        ("MUSCAT, Dhu al-Qadah 10, 1445, May 18, 2024, ONA --", date(2024, 5, 18)),
        ("ADEN, 10 Dhul Qadah 1445 H (18 May 2024) -", date(2024, 5, 18)),
    ],
)
def test_a_hijri_date_before_the_gregorian_one_leaves_the_gregorian_as_the_publication_date(head, published):
    """Datelines of Gulf, Libyan and Yemeni agencies that put the Hijri date first (it had hidden
    the Gregorian date: no publication date, and "on Thursday" was left undated)."""
    doc = document("wire.txt", head + " The minister met his Omani counterpart.")
    assert (doc.published_date, doc.published_date_origin) == (published, "dateline")


def test_a_hijri_date_alone_gives_no_publication_date():
    doc = document("wire.txt", "Sanaa, 3 Shaban 1445 - The minister met his Omani counterpart.")
    assert doc.published_date is None


@pytest.mark.parametrize(
    ("head", "city"),
    [
        ("Riyadh, Rabi Al-Thani 22, 1447 AH, SPA --", "Riyadh"),
        ("Jeddah, Jumada Al-Awwal 5, 1447, SPA --", "Jeddah"),
        ("AL-KHOBAR, 3 Shaban 1445 AH (SPA) --", "Al-Khobar"),
    ],
)
def test_a_hijri_date_alone_is_part_of_the_dateline(head: str, city: str) -> None:
    """SPA's datelines open on the Hijri date alone: the city is the dateline, the date none (the
    whole dateline had been lost, and the month's name taken for a person)."""
    doc = document("wire.txt", head + " The minister met his Omani counterpart.")
    assert (doc.dateline, doc.published_date) == (city, None)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Madrid, 4 May 2023 (EFE).- King Felipe VI welcomed the president.", date(2023, 5, 4)),
        ("Addis Ababa, October 12/2023 (ENA) Prime Minister Abiy met the envoy.", date(2023, 10, 12)),
        ("Seoul, June 4, 2024. The minister held a bilateral meeting.", date(2024, 6, 4)),
    ],
)
def test_body_only_dateline_dates_the_story(text, published):
    doc = document("wire.txt", text)
    assert (doc.published_date, doc.published_date_origin) == (published, "dateline")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Business - 12 May 2024\n\nThe ministers met on Monday.", None),
        ("World | 12 May 2024\n\nThe ministers met on Monday.", None),
        ("Politics, May 12, 2024\n\nThe ministers met on Monday.", None),
        ("National — 12 May 2024\n\nThe ministers met on Monday.", None),
        # a place and its date above the story, also above a yearless wire dateline (it had no date)
        ("Santiago, May 12, 2024\n\nSANTIAGO, May 12 - The ministers met on Monday.", "Santiago"),
        ("Colombo, Sri Lanka, 12 May 2024\n\nPRESS RELEASE\n\nThe ministers met on Monday.", "Colombo"),
        ("Monday, 12 May 2024\n\nThe ministers met in Lima.", None),
    ],
)
def test_a_label_or_place_line_with_a_date_dates_the_story(text: str, city: str | None) -> None:
    """A date line headed by a site's section or the place of issue ("Business - 12 May 2024",
    "Santiago, May 12, 2024") dates the story; the section is no place."""
    doc = document("page.txt", text)
    assert (doc.published_date, doc.dateline) == (date(2024, 5, 12), city)


@pytest.mark.parametrize(
    "text",
    [
        "Talks held in Lima, 12 May 2024\n\nThe ministers met on Monday.",
        "The ministers met on Monday - 12 May 2024 was a Sunday.\n\nMore.",
        "Business - trade rose 12 May 2024 and after\n\nThe ministers met on Monday.",
    ],
)
def test_a_line_that_goes_on_in_lower_case_before_a_date_does_not_date_the_story(text: str) -> None:
    assert document("page.txt", text).published_date is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Montevideo, 9 de octubre de 2024 -- The chancellor received the envoy.", date(2024, 10, 9)),
        ("Recife, 17 de março de 2023. The governor opened the port terminal.", date(2023, 3, 17)),
        ("Dakar, 2 février 2024 - Le ministre a reçu son homologue.", date(2024, 2, 2)),
    ],
)
def test_a_spanish_portuguese_or_french_dateline_dates_the_story(text, published):
    """Latin American and francophone copy keeps the source's month name in the dateline (no
    publication date had been read, and every "of the year" was left without a year)."""
    doc = document("wire.txt", text)
    assert (doc.published_date, doc.published_date_origin) == (published, "dateline")


@pytest.mark.parametrize(
    ("text", "published", "city"),
    [
        ("Kenya exports rose\n\nBy Jane Doe | Published June 14, 2024\n\nNAIROBI, Kenya -- Exports rose.",
         date(2024, 6, 14), "Nairobi"),
        ("Kenya exports rose\nPublished: 14/06/2024 10:32 EAT\n\nNAIROBI -- Exports rose.", date(2024, 6, 14),
         "Nairobi"),
        ("Posted on Friday, June 14, 2024\nLOME - Togo's exports rose.", date(2024, 6, 14), "Lome"),
        # a byline's date without "Published", and a date line of its own
        ("Kenya exports rose\nBy Jane Doe | June 14, 2024\n\nNAIROBI -- Exports rose.", date(2024, 6, 14),
         "Nairobi"),
        ("Togo exports rose\n14 June 2024, 10:42 GMT\n\nLOME - Togo's exports rose.", date(2024, 6, 14),
         "Lome"),
    ],
)  # fmt: skip
def test_a_timestamp_line_at_the_top_dates_the_story(text, published, city):
    """A byline's or timestamp line's date ("By Jane Doe | Published June 14, 2024") is the
    publication date when the container has none; the line is no dateline."""
    doc = document("page.txt", text)
    assert (doc.published_date, doc.published_date_origin, doc.dateline) == (published, "byline", city)


@pytest.mark.parametrize(
    ("text", "published", "city"),
    [
        ("By Amina Yusuf | The Citizen | Updated: 2024-09-03 10:15\n\nTanzania's exports rose.",
         date(2024, 9, 3), None),
        ("Bernama | Updated: 3 September 2024 10:15\n\nMalaysia's exports rose.", date(2024, 9, 3), None),
        ("BERNAMA | Last updated: Sep 3, 2024\n\nMalaysia's exports rose.", date(2024, 9, 3), None),
        ("Source: Kyodo | 2024-09-03\nEditor: Sato Ken\n\nJapan's exports rose.", date(2024, 9, 3), None),
        ("The Citizen | Updated: 2024-09-03 10:15\n\nDAR ES SALAAM, Sept 2 (Reuters) - Exports rose.",
         date(2024, 9, 3), "Dar es Salaam"),
        ("ANTARA, September 3, 2024\n\nIndonesia's exports rose.", date(2024, 9, 3), None),
    ],
)  # fmt: skip
def test_a_stamp_lines_dated_part_dates_the_story_and_its_agency_is_no_dateline(text, published, city):
    """A stamp line of parts parted by bars ("By Li Wei | chinadaily.com.cn | Updated:
    2025-05-12 09:14", "Xinhua | Updated: ...") dates a story with no date of its container,
    and the agency or site that heads it is no dateline (it had been the dateline's city, and
    the story had no date)."""
    doc = document("page.json", json.dumps({"text": text}))
    assert (doc.published_date, doc.published_date_origin, doc.dateline) == (published, "byline", city)


@pytest.mark.parametrize(
    "text",
    [
        "Home | News | Business\n\nThe ministers met on Monday.",
        "Exports | Imports | 2023 figures\n\nThe ministers met on Monday.",
        "Bernama | The Star\n\nThe ministers met on Monday.",
    ],
)
def test_a_bar_line_with_no_dated_part_dates_nothing(text: str) -> None:
    doc = document("page.json", json.dumps({"text": text}))
    assert (doc.published_date, doc.dateline) == (None, None)


def test_a_date_a_sentence_says_something_was_published_is_no_publication_date():
    doc = document("wire.txt", "NAIROBI -- Figures published on 3 March 2023 showed that exports rose.")
    assert (doc.published_date, doc.published_date_origin) == (None, "none")


def test_dateline_date_without_year_is_not_a_publication_date():
    doc = document("wire.txt", "ASTANA, Kazakhstan, April 1. The minister met his counterpart.")
    assert (doc.published_date, doc.dateline, doc.warnings) == (None, "Astana", ("missing_date",))


@pytest.mark.parametrize(
    ("text", "published", "origin"),
    [
        ("url https://news.example.com/africa/lusaka-talks-2024-11-06/\n\n"
         "LUSAKA, Nov 6 (Reuters) - The minister met his counterpart.", date(2024, 11, 6), "dateline"),
        ("url https://www.example.org/world/2023/07/19/ties\n\n"
         "HANOI, 19 July (AFP) - The minister met his counterpart.", date(2023, 7, 19), "dateline"),
        # a url with a year and month only completes the dateline too
        ("url https://example.net/news/2024/02/accord.html\n\n"
         "QUITO, February 27 (Xinhua) -- The minister met his counterpart.", date(2024, 2, 27), "dateline"),
        # filed on December 31, posted the next day: the dateline's day is of the year before
        ("url https://example.com/2024/01/01/ties\n\nSANTIAGO, Dec 31 (AP) - The minister met.",
         date(2023, 12, 31), "dateline"),
        # no dateline date: the url's full date
        ("url https://example.com/politics/20240315/talks\n\nThe minister met his counterpart.",
         date(2024, 3, 15), "url"),
        # a year in the url that is no date of posting
        ("url https://example.com/vision-2030-plan/\n\nASTANA, April 1. The minister met.", None, "none"),
    ],
)  # fmt: skip
def test_a_url_date_completes_a_yearless_dateline(text, published, origin):
    """A wire dateline states a month and day but no year ("LUSAKA, Nov 6 (Reuters) -"): the
    url's date ("-2024-11-06/", "/2023/07/19/") gives the year; a url's full date alone
    dates a story that has no other."""
    doc = document("wire.txt", text)
    assert (doc.published_date, doc.published_date_origin) == (published, origin)


@pytest.mark.parametrize(
    ("url", "published", "origin"),
    [
        # the year and the month and day run together, the year and month run together, or a month and
        # day of one digit (the date had been lost, or the month's first day taken)
        ("https://en.example.cn/n3/2024/0314/c90000-2001.html", date(2024, 3, 14), "url"),
        ("https://www.example.com.cn/a/202403/14/WS67d3.html", date(2024, 3, 14), "url"),
        ("https://example.org/news/2024/3/14/trade-pact", date(2024, 3, 14), "url"),
        # near-misses: an id after the year, a month alone, a number of three digits
        ("https://example.org/id/2024/1299/trade-pact", None, "none"),
        ("https://example.org/news/2024/3/trade-pact", None, "none"),
        ("https://example.org/news/2024/3/145/trade-pact", None, "none"),
    ],
)  # fmt: skip
def test_url_dates_of_other_shapes(url: str, published: date | None, origin: str) -> None:
    """A page with no date of its own is dated by its url's day as news sites write it."""
    doc = document("page.html", page(f'<link rel="canonical" href="{url}">'))
    assert (doc.published_date, doc.published_date_origin) == (published, origin)


def test_a_url_date_completes_a_yearless_dateline_of_a_page() -> None:
    """ "DHAKA, March 12 (BSS) -" on a page with no date metadata: the year is the url's."""
    body = "DHAKA, March 12 (BSS) - Bangladesh and Bhutan agreed on Tuesday to expand trade, the two said."
    html = page('<link rel="canonical" href="https://example.net/business/2024/0314/bd-bhutan.html">')
    doc = document("page.html", html.replace(PARAGRAPHS[0], body))
    assert (doc.published_date, doc.published_date_origin) == (date(2024, 3, 12), "dateline")


@pytest.mark.parametrize(
    ("name", "text", "published", "origin"),
    [
        # the file's name completes a yearless dateline, as a url's date does
        ("yonhap_kr_us_2024-04-21.txt", "SEJONG, April 21 (Yonhap) -- Exports rose.", date(2024, 4, 21),
         "dateline"),
        # and dates a story that has no other date
        ("kabar_kg_uz_2024-09-24.txt", "Exports to Uzbekistan rose, the ministry said.", date(2024, 9, 24),
         "file_name"),
        ("feed-20240315.jsonl", '{"title": "T", "text": "Exports to Uzbekistan rose, the ministry said."}',
         date(2024, 3, 15), "file_name"),
        # a date the file itself states comes first
        ("story_2023-01-01.txt", "date 2024-04-01\n\nExports rose.", date(2024, 4, 1), "header"),
        # a name with no full date dates nothing
        ("vision_2030_plan.txt", "Exports to Uzbekistan rose, the ministry said.", None, "none"),
    ],
)  # fmt: skip
def test_the_files_name_dates_a_story_that_states_no_year(name, text, published, origin):
    """Archives save a story under its day ("yonhap_kr_us_2025-04-21.txt"): with no date in the
    file, and no url to take one from, the name's date is the publication date (and its year
    completes a dateline's month and day). Such stories had had no date, and their figures of
    "the first quarter" no year, so they were lost."""
    doc = document(name, text)
    assert (doc.published_date, doc.published_date_origin) == (published, origin)


# ---------------------------------------------------------------------------------------
# publication date checks


@pytest.mark.parametrize(
    ("header", "published", "warnings"),
    [
        ("date 1899-01-01", None, ("implausible_date: 1899-01-01",)),
        ("date 1989-12-31", None, ("implausible_date: 1989-12-31",)),
        ("date 1990-01-01", date(1990, 1, 1), ()),
        ("date 2024-12-03", date(2024, 12, 3), ()),  # two days ahead of TODAY: time zones, embargoes
        ("date 2024-12-04", None, ("implausible_date: 2024-12-04",)),
        ("date: soon", None, ("unparsed_date: soon",)),
    ],
)
def test_publication_date_plausibility(header, published, warnings):
    doc = document("story.txt", f"{header}\nurl https://x.org/a\n\n{BODY}")
    assert (doc.published_date, doc.warnings) == (published, warnings)


def test_implausible_header_date_falls_back_to_a_dateline_date():
    doc = document("story.txt", "date 1899-01-01\n\nMANAMA, 2nd July, 2024 (BNA) -- Talks began.")
    assert (doc.published_date, doc.published_date_origin) == (date(2024, 7, 2), "dateline")
    assert doc.warnings == ("implausible_date: 1899-01-01",)


# ---------------------------------------------------------------------------------------
# files, sizes, sniffing


def test_check_size_before_reading():
    assert check_size("big.txt", 11, 10) == Rejection(
        "big.txt", None, "too_large", "11 bytes is over the limit of 10 bytes"
    )
    assert check_size("ok.txt", 10, 10) is None


def test_too_large_uses_the_declared_or_actual_size():
    assert rejection("big.txt", BODY, max_bytes=10).reason == "too_large"
    records = parse_raw_file(RawFile("big.txt", b"small", 0.0, 5_000_000), max_bytes=1_000_000)
    assert records[0].reason == "too_large"


@pytest.mark.parametrize(
    ("name", "data", "fmt"),
    [
        ("story", BODY, "txt"),
        ("story.dat", BODY, "txt"),
        ("page.php", page(), "html"),
        ("feed.out", json.dumps({"text": BODY}), "json"),
        ("notes.md", BODY, "txt"),
        ("brackets.dat", "[not json] " + BODY, "txt"),
    ],
)
def test_unknown_extensions_are_sniffed(name, data, fmt):
    assert document(name, data).format == fmt


@pytest.mark.parametrize("name", ["table.csv", "feed.xml", "script.py", "dump.sql", "app.log"])
def test_data_and_code_extensions_are_unsupported(name):
    assert rejection(name, BODY).reason == "unsupported"


@pytest.mark.parametrize("name", ["picture.jpg", "picture.txt", "picture", "picture.json", "picture.html"])
def test_binary_is_not_text_whatever_the_name(name):
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4
    assert rejection(name, jpeg).reason == "not_text"


def test_records_carry_path_hash_and_encoding():
    data = ("date 2024-03-05\n\n" + BODY).encode("utf-16")
    doc = document("sub dir/Zürich report (1).txt", data)
    import hashlib

    assert (doc.source_path, doc.content_sha256) == (
        "sub dir/Zürich report (1).txt",
        hashlib.sha256(data).hexdigest(),
    )
    assert (doc.encoding, doc.text) == ("utf-16-le", BODY)


def test_parse_raw_file_never_raises_on_garbage():
    rng = random.Random(42)
    seeds = [
        page().encode(),
        json.dumps({"text": BODY, "date": "2024-03-05"}).encode(),
        f"date 2024-03-05 {BODY}".encode(),
    ]
    names = ["a.txt", "a.json", "a.jsonl", "a.html", "a"]
    for _ in range(300):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        cut = rng.randint(0, len(data))
        for record in parse_raw_file(RawFile(rng.choice(names), bytes(data[:cut])), max_bytes=1_000_000):
            assert isinstance(record, Document | Rejection)
            if isinstance(record, Rejection):
                assert record.reason in REJECTION_REASONS


# ---------------------------------------------------------------------------------------
# the labelled corpus


def corpus_documents() -> list[tuple[Path, dict, list[Document | Rejection]]]:
    corpus = corpus_or_skip()
    out = []
    for path in sorted((corpus / "docs").iterdir()):
        gold = json.loads((corpus / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        out.append((path, gold, parse_raw_file(RawFile(path.name, path.read_bytes()), max_bytes=10_000_000)))
    return out


def _names_match():
    sys.path.insert(0, str(corpus_or_skip().parent / "eval"))
    from score import names_match  # the reference scorer's own rule

    return names_match


def test_corpus_publication_dates_all_match_gold():
    wrong = []
    for path, gold, records in corpus_documents():
        assert len(records) == 1 and isinstance(records[0], Document), path.name
        if str(records[0].published_date) != gold["published_date"]:
            wrong.append((path.name, records[0].published_date, gold["published_date"]))
    assert wrong == []


def test_corpus_datelines_match_gold():
    names_match = _names_match()
    results = []
    for path, gold, records in corpus_documents():
        predicted = records[0].dateline
        ok = names_match(gold["dateline"], predicted) if gold["dateline"] else predicted is None
        results.append((ok, path.name, predicted, gold["dateline"]))
    wrong = [r[1:] for r in results if not r[0]]
    assert len(wrong) <= 0.05 * len(results), wrong


def test_corpus_html_text_is_the_article_and_only_the_article():
    for path, _gold, records in corpus_documents():
        if path.suffix != ".html":
            continue
        text = records[0].text
        tree = lxml.html.fromstring(path.read_bytes())
        for paragraph in _article_paragraphs(tree):
            assert paragraph in text, (path.name, paragraph[:60])
        paragraphs = set(text.split("\n\n"))
        for chrome in _page_chrome_texts(tree):
            assert chrome not in paragraphs, (path.name, chrome)
            if len(chrome.split()) >= 4:
                assert chrome not in text, (path.name, chrome)


def _article_paragraphs(tree) -> list[str]:
    """The <p> texts of the element holding the most <p> children: the story body."""
    body = max(tree.iter(), key=lambda el: sum(1 for child in el if child.tag == "p"))
    return [" ".join(p.text_content().split()) for p in body if p.tag == "p"]


def _page_chrome_texts(tree) -> list[str]:
    """Texts of navigation, sidebars, footers, cookie notices, tickers and tag lists."""
    markers = (
        "sidebar",
        "aside",
        "related",
        "cookie",
        "gdpr",
        "widget",
        "footer",
        "ticker",
        "topbar",
        "tags",
        "share",
    )
    chrome = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        classes = f"{element.get('class', '')} {element.get('id', '')}".lower()
        if element.tag in ("nav", "aside", "footer") or any(m in classes for m in markers):
            for leaf in element.iter():
                if (
                    isinstance(leaf.tag, str)
                    and (words := " ".join((leaf.text or "").split()))
                    and len(words) > 2
                ):
                    chrome.append(words)
    return chrome


def test_corpus_parsing_speed_per_format():
    corpus = corpus_or_skip()
    timings: dict[str, list[float]] = {}
    for path in sorted((corpus / "docs").iterdir()):
        raw = RawFile(path.name, path.read_bytes())
        parse_raw_file(raw, max_bytes=10_000_000)  # warm caches (trafilatura, regexes)
        start = time.process_time()
        for _ in range(3):
            parse_raw_file(raw, max_bytes=10_000_000)
        timings.setdefault(path.suffix, []).append((time.process_time() - start) / 3 * 1000)
    report = {fmt: round(statistics.mean(ms), 2) for fmt, ms in timings.items()}
    print(f"\nms per document by format: {report}")
    assert report[".txt"] < 5 and report[".json"] < 5 and report[".html"] < 50, report


LEAD = (
    "Ghana's exports of goods to Togo amounted to GH¢2.1 billion in the fourth quarter of 2023, "
    "an increase of 4.1 percent on a year earlier, the statistical service said."
)


@pytest.mark.parametrize("lead_class", ["ingress", "article__lead", "story-intro", "lede"])
def test_html_lead_paragraph_outside_the_body_container_is_kept(lead_class: str) -> None:
    """A lead set beside the container of the body text (statistics offices' "ingress", a
    news site's "article__lead") is read before the body: trafilatura keeps the container
    only, and the lead, often the densest paragraph, had been lost."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        "<html><body><main><article><h1>Exports to Togo rose</h1>"
        f'<p class="{lead_class}">{LEAD}</p><div class="body-text">{body}</div></article></main>'
        '<footer><p class="intro">Statistical Service of Ghana publishes quarterly trade figures on the '
        "first Friday of the third month after the quarter ends.</p></footer></body></html>"
    )
    assert document("page.html", html).text == "\n\n".join([LEAD, *PARAGRAPHS])


def test_html_deck_under_the_headline_is_no_lead() -> None:
    """A "lead" as short as a headline is a deck that restates it, and is not read."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    deck = "Ghana and Togo trade more as the two presidents keep talking."
    html = (
        f'<html><body><main><article><h1>Exports to Togo rose</h1><p class="ingress">{deck}</p>'
        f'<div class="body-text">{body}</div></article></main></body></html>'
    )
    assert document("page.html", html).text == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("line_class", ["meta", "article-meta", "dateline"])
def test_html_dateline_in_a_classed_line_of_its_own_is_kept(line_class: str) -> None:
    """A place and date set in a classed line under the headline ("<p class='meta'>Accra, May 3
    (Reuters correspondent)</p>") is the story's dateline: trafilatura drops it as furniture, and
    the dateline had been lost. A byline so classed, a reporter's name, is none."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    html = (
        "<html><body><nav><a href='/'>Home</a></nav><article><h1>Exports to Togo rose</h1>"
        f'<p class="{line_class}">Accra, May 3 (GNA correspondent Kofi Mensah)</p>{body}</article>'
        "<footer>GNA, Accra</footer></body></html>"
    )
    doc = document("page.html", html)
    assert doc.dateline == "Accra"
    assert doc.text.split("\n\n")[1:] == PARAGRAPHS[1:]
    byline = html.replace("Accra, May 3 (GNA correspondent Kofi Mensah)", "Kofi Mensah (Ghana News Agency)")
    if line_class != "dateline":  # (a line classed "dateline" trafilatura keeps, and reads as its own)
        assert document("page.html", byline).dateline is None


def test_paragraph_datelines_of_a_round_up() -> None:
    """Two or more paragraphs opening on a dateline make a round-up; "BY PHONE -" is no place."""
    digest = "\n\n".join(
        [
            "Our round-up.",
            "LIMA - Peru met Bolivia.",
            "BY PHONE - Chile called Uruguay.",
            "NAIROBI - Kenya met Egypt.",
        ]
    )
    assert [d.city for d in paragraph_datelines(digest)] == ["Lima", "Nairobi"]
    assert paragraph_datelines("LIMA - Peru met Bolivia.\n\nThe talks went well.\n\nThey agreed.") == []
    stamped = (
        "Feed.\n\n07:15 RIGA (LETA) - Latvia met Estonia.\n\n09:40 TALLINN (LETA) - Estonia met Finland."
    )
    assert [d.city for d in paragraph_datelines(stamped)] == ["Riga", "Tallinn"]


@pytest.mark.parametrize("bullet", ["• ", "* ", "- ", "— ", "1. ", "2) "])
def test_the_datelines_of_bulleted_briefs_are_read(bullet: str) -> None:
    """The items of a list of briefs open on a bullet or a number before their dateline ("•
    MANILA – ..."): each item is placed by its dateline, as a single bulleted story is (they
    had had none)."""
    digest = f"Our round-up.\n\n{bullet}LIMA – Peru met Bolivia.\n\n{bullet}NAIROBI – Kenya met Egypt."
    assert [d.city for d in paragraph_datelines(digest)] == ["Lima", "Nairobi"]
    assert [digest[start:end] for start, end in digest_items(digest)][1:] == [
        "LIMA – Peru met Bolivia.",
        "NAIROBI – Kenya met Egypt.",
    ]
    found = find_dateline(f"{bullet}MANILA – The Philippines and Japan signed a pact on Wednesday.")
    assert found is not None and found.city == "Manila"


@pytest.mark.parametrize(
    "text",
    [
        "- the talks went on.\n\n- LIMA was quiet - they said.",
        "1. Minister for Trade Ana Lopez met her Peruvian counterpart in Lima.",
        "* Meanwhile, Thailand's imports from China climbed 18% in June.",
        "2. Singapore and Indonesia are key economic partners.",
        "Key figures:\n\n- Turnover: $1.3 billion\n\n- Exports: $0.5 billion - a record",
    ],
)
def test_a_bullet_before_no_dateline_gives_none(text: str) -> None:
    assert find_dateline(text) is None


def test_a_live_blogs_entries_stamped_with_a_time_open_on_their_place() -> None:
    """A live blog's entries "14:05 CET — BRUSSELS. ..." each open on their own place (the first
    had been the only one, or none); an entry with no place is none."""
    blog = (
        "Live.\n\n14:05 CET — BRUSSELS. The EU met Morocco.\n\n15:10 CET — The talks went on."
        "\n\n16:20 CET — RABAT. Morocco met Spain."
    )
    assert [d.city for d in paragraph_datelines(blog)] == ["Brussels", "Rabat"]


def test_paragraph_datelines_ended_by_their_date_and_a_period() -> None:
    """A brief's items each opening on "PLACE, Month D." (no dash: the house style of agencies of
    the former Soviet Union) make a round-up too; a sentence that merely opens on a word in
    capitals and a number is none."""
    digest = "Briefs.\n\nMINSK, Oct. 8. Belarus met Laos.\n\nCHISINAU, Moldova, October 7. Moldova met Chad."
    assert [d.city for d in paragraph_datelines(digest)] == ["Minsk", "Chisinau"]
    plain = "Briefs.\n\nNATO, in 1949. It was founded.\n\nMINSK, Oct. 8. Belarus met Laos."
    assert [d.city for d in paragraph_datelines(plain)] == []


def test_digest_items_run_from_dateline_to_dateline() -> None:
    """Each item of a digest runs from its dateline to the next item's paragraph, before the
    time stamped on it; the lines before the first item are a span of their own. A country
    opening a pair ("Ghana - Togo trade ...") is no item's dateline, and a story with one
    dateline is no digest."""
    digest = "\n\n".join(
        [
            "Our round-up.",
            "09:05 LIMA, March 4 (Andina) - Peru met Bolivia.",
            "Ghana - Togo trade rose 5% to $1 billion.",
            "11:30 NAIROBI - Kenya met Egypt.",
        ]
    )
    items = [digest[start:end] for start, end in digest_items(digest)]
    assert items == [
        "Our round-up.",
        "LIMA, March 4 (Andina) - Peru met Bolivia.\n\nGhana - Togo trade rose 5% to $1 billion.",
        "NAIROBI - Kenya met Egypt.",
    ]
    assert digest_items("ACCRA - Ghana met Togo.\n\nGhana - Togo trade rose 5% to $1 billion.") == []


def test_a_country_slug_is_split_off_like_a_dateline() -> None:
    """ "TONGA - ..." is no dateline, but no words of the sentence after it either."""
    text = "TONGA - Tonga's exports to Fiji rose in 2024."
    assert [s.text for s in split_sentences(text)] == ["TONGA -", "Tonga's exports to Fiji rose in 2024."]


@pytest.mark.parametrize("heading", ["Ghana-Togo:", "GHANA-TOGO:", "Peru-Ecuador:"])
def test_a_pair_of_countries_heading_the_story_is_a_slug_not_a_dateline(heading: str) -> None:
    """ "Ghana-Togo: ..." heads an item with the pair whose news it is: no place of filing (it had
    been the dateline "Ghana-Togo")."""
    text = f"{heading} Togo's exports to Ghana rose in 2024."
    assert (find_dateline(text), split_sentences(text)[0].text) == (None, heading)


def test_a_country_slug_after_an_editors_note_is_split_off() -> None:
    """The slug is found where a dateline would be, also below a note line (it stayed the
    sentence's first words there)."""
    text = "(Corrects year in paragraph 1)\nTONGA - Tonga's exports to Fiji rose in 2024."
    assert [s.text for s in split_sentences(text)][-2:] == [
        "TONGA -",
        "Tonga's exports to Fiji rose in 2024.",
    ]


def test_a_digest_items_head_above_its_dateline_opens_the_item() -> None:
    """A head on its own line right above an item's dateline ("Kenya, Egypt ministers meet in
    Cairo") opens that item, not the lines before the first item nor the end of the item before
    (it had been read apart, as an event of its own on the publication day); a sentence, or a
    line not set apart by a blank line, is no head."""
    digest = "\n\n".join(
        [
            "Weekly bulletin",
            "Kenya, Egypt ministers meet in Cairo",
            "CAIRO - Kenya met Egypt on Monday.",
            "The talks ended on Tuesday.",
            "Tanzania, Zambia rail deal",
            "09:30 LUSAKA - Tanzania and Zambia signed a rail deal.",
        ]
    )
    items = [digest[start:end] for start, end in digest_items(digest)]
    assert items == [
        "Weekly bulletin",
        "Kenya, Egypt ministers meet in Cairo\n\nCAIRO - Kenya met Egypt on Monday.\n\n"
        "The talks ended on Tuesday.",
        "Tanzania, Zambia rail deal\n\n09:30 LUSAKA - Tanzania and Zambia signed a rail deal.",
    ]


def test_a_quoted_sentence_above_a_dateline_is_no_items_head() -> None:
    """A line whose quotation closes after a sentence's stop ends like a sentence: no head
    above the item's dateline, by the one head test that teaser lists use too."""
    digest = "\n\n".join(
        [
            "CAIRO - Kenya met Egypt on Monday.",
            'The minister said: "Talks went well."',
            "LUSAKA - Tanzania and Zambia signed a rail deal.",
        ]
    )
    items = [digest[start:end] for start, end in digest_items(digest)]
    assert items[-1] == "LUSAKA - Tanzania and Zambia signed a rail deal."


@pytest.mark.parametrize(
    "text",
    ["FOR IMMEDIATE RELEASE\n\nNAIROBI, 14 June 2024\n\n1. The Cabinet Secretary met his counterpart.",
     "NAIROBI, 14 June 2024\n1. The Cabinet Secretary met his counterpart."],
)  # fmt: skip
def test_a_dated_line_before_numbered_paragraphs(text: str) -> None:
    """A press release's dated line, then "1. ...": the paragraph's number is no more of the
    dateline (the line had been read on into it, and found no dateline)."""
    found = find_dateline(text)
    assert found is not None and (found.city, str(found.date)) == ("Nairobi", "2024-06-14")


def test_line_breaks_inside_a_web_paragraph_keep_its_sentences_whole() -> None:
    """ "met with<br>Canada's Secretary ..., in Lima<br>on Monday": a break inside a sentence (the
    line ends on a joining word or the next opens in lower case) is no paragraph break (each
    line had been a sentence of its own, and the meeting lost)."""
    body = (
        "<p>Peru's Trade Minister Elena Quispe met with<br>Canada's Trade Minister Mary Ng in Lima<br>"
        "on Monday to mark the free trade agreement.<br>Bilateral trade reached US$4.9 billion in 2023,<br>"
        "a 6.2% increase.</p><p>Ng later toured the port of Callao with Quispe and local exporters.</p>"
    )
    head = "<html><head><title>Peru, Canada mark FTA</title></head>"
    html = f"{head}<body><article>{body}</article></body></html>"
    assert document("page.html", html).text.split("\n\n") == [
        "Peru's Trade Minister Elena Quispe met with Canada's Trade Minister Mary Ng in Lima on Monday to"
        " mark the free trade agreement.",
        "Bilateral trade reached US$4.9 billion in 2023, a 6.2% increase.",
        "Ng later toured the port of Callao with Quispe and local exporters.",
    ]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Mtwara. Tanzania's Energy Minister met Mozambique's Energy Minister in Mtwara on Monday.",
            "Mtwara",
        ),
        (
            "Kigoma. Ministers of Tanzania and Burundi toured the port at Katonga, Kigoma, on Tuesday.",
            "Kigoma",
        ),
        ("Bukoba. The talks were held at the regional offices in Bukoba.", "Bukoba"),
    ],
)
def test_a_title_case_town_before_a_period_named_again_as_a_place_is_the_dateline(
    text: str, city: str
) -> None:
    """ "Tanga. Tanzania's Minister ... at Chongoleani, Tanga": a town the lexicon does not know is
    the dateline when the story names it again after "in", "at" or a site's comma (none had been
    found, so the engagements had no place to fall back on)."""
    found = find_dateline(text)
    assert found is not None and found.city == city


def _headed_page(header_extra: str) -> str:
    return (
        "<html><head><title>Talks</title></head><body>"
        f"<header>{header_extra}<h1>Ruto, Museveni hold talks</h1>"
        '<div class="meta">Kampala, 5 March 2024 &middot; By Ada Obi</div></header>'
        "<article><p>On Tuesday, Kenyan Trade Minister Lee Kinyanjui and Ugandan Trade Minister Francis "
        "Mwebesa signed an agreement on a joint fish market.</p></article>"
        "<footer>&copy; 2024</footer></body></html>"
    )


def test_html_place_line_in_the_headline_header_is_the_dateline() -> None:
    """ "<header><h1>...</h1><div class='meta'>Kampala, 5 March 2024 · By X</div></header>": the
    article's own header holds its place line, the story's dateline (it had been skipped as
    the site's header); a header with a menu is the site's, its place line no dateline."""
    assert document("page.html", _headed_page("")).dateline == "Kampala"
    site = document("page.html", _headed_page('<nav><a href="/">Home</a></nav>'))
    assert site.dateline is None


@pytest.mark.parametrize(
    "text",
    [
        "Doha, 4 March 2025\n\nMr. Karim Haddad, Governor of the Central Bank of Jordan, today signed a "
        "grant agreement.\n\nLater, Mr. Haddad was received by the Emir of Qatar.",
        "Manama, 12 May 2025\n\nDr. Lina Farouk of the Bahrain Development Bank met the delegation.\n\n"
        "In the afternoon, Dr. Farouk toured the port.",
        "Muscat, 2 June 2025\n\nMs. Aisha Said today opened the fair.\n\nOn Monday, Ms. Said spoke at "
        "the forum.",
    ],
)
def test_a_paragraph_opening_on_an_honorific_is_no_dateline(text: str) -> None:
    """ "Mr. Haddad was received by ...": an honorific opening a paragraph names a person, and
    written again later ("Later, Mr. Haddad") it had been read as a town named again as a
    place, so "Mr" became the dateline and "today" lost the place line's date."""
    found = find_dateline(text)
    assert found is not None and found.city == text.split(",")[0]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("NAIROBI / 08 January 2025\n\nKenya's exports to Uganda rose to $1 billion in 2024.", "Nairobi"),
        ("Doha | Jan. 8, 2025\n\nQatar's exports to India rose to $1 billion in 2024.", "Doha"),
        ("ACCRA / March 3, 2025\n\nGhana signed a cocoa deal with Côte d'Ivoire.", "Accra"),
    ],
)
def test_a_byline_place_and_date_parted_by_a_slash_or_bar_is_the_dateline(text: str, city: str) -> None:
    """ "ANKARA / January 08, 2025" on its own byline line: a spaced slash or bar parts the
    place from its date as a comma does (it had been no dateline)."""
    found = find_dateline(text)
    assert found is not None and found.city == city and found.date is not None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a city sharing an agency's name keeps its dateline before its country
        ("PETRA, Jordan - The ministers met on Monday.", "Petra"),
        ("Kyiv • Ukrinform. The ministers met on Monday.", "Kyiv"),
        ("Lagos | NAN - The ministers met on Monday.", "Lagos"),
    ],
)
def test_a_place_before_an_agency_or_sharing_its_name_stays_a_dateline(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Bernama | Updated: 3 September 2024\n\nThe ministers met on Monday.",
        "KYODO\n\nThe ministers met on Monday.",
        "Anadolu, September 3, 2024\n\nThe ministers met on Monday.",
        "Reuters | Updated: Sep 3, 2024 10:15 AM\n\nThe ministers met on Monday.",
        "The Citizen | Published: 3 September 2024\n\nThe ministers met on Monday.",
    ],
)
def test_an_agency_or_a_site_heading_a_stamp_line_is_no_dateline(text: str) -> None:
    """ "Xinhua | Updated: 2025-05-12 21:03": the agency or the site heading a stamp line is no
    place of filing (it had been the dateline's city)."""
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Markets\n\nCopper sales to Japan slide\n\nShipments of cathodes to the Japanese market fell in "
            "June as smelters cut orders.\n\nLIMA — Peru's exports to Japan fell 3% in June.",
            "Lima",
        ),
        (
            "Rice exports to Senegal climb on strong demand from West African millers.\n\nBANGKOK -- Thai "
            "rice exports to Senegal rose 12% in May.",
            "Bangkok",
        ),
        (
            "Economy\n\nThe two ministers pledged to review the free trade agreement.\n\nWELLINGTON – New "
            "Zealand and Korea agreed to speed up talks.",
            "Wellington",
        ),
    ],
)
def test_a_dateline_after_a_one_sentence_standfirst(text, city):
    """A page's standfirst (one sentence summing the story up) may come before the dateline that
    opens the body ("SANTIAGO — ..."): a known place in capitals and a dash after it is the
    dateline (it had been missed, the lead read as the body's start)."""
    found = find_dateline(text)
    assert found is not None and found.city == city


@pytest.mark.parametrize(
    "text",
    [
        # two sentences before it: a story's body, whose later paragraph opens on a place
        "Copper sales fell in June. Smelters cut orders.\n\nLIMA — Peru's exports to Japan fell 3% in June.",
        # a place not in capitals, or one the gazetteer does not know
        "Copper sales fell in June as smelters cut orders.\n\nLima — Peru's exports to Japan fell 3%.",
        "Copper sales fell in June as smelters cut orders.\n\nMARKETS — Peru's exports to Japan fell 3%.",
    ],
)
def test_no_dateline_after_a_body_paragraph(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "city", "day"),
    [
        ("QUITO — June 3, 2025. Ecuador's banana exports to Russia fell 8%.", "Quito", date(2025, 6, 3)),
        ("ASUNCIÓN - 21 March 2024. Paraguay's soy sales to Argentina rose.", "Asunción", date(2024, 3, 21)),
        ("LA PAZ — October 9, 2025 — Bolivia and Peru signed a customs accord.", "La Paz", date(2025, 10, 9)),
    ],
)
def test_a_date_with_its_year_after_the_dateline_dash_dates_it(text, city, day):
    """ "QUITO — June 3, 2025. ...": the date written after the dateline's dash, with its year and
    closed by a period or another dash, is the dateline's (the story had no publication date)."""
    found = find_dateline(text)
    assert found is not None and (found.city, found.date) == (city, day)
    assert text[found.end :].lstrip()[0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        # a sentence of the body that opens on a date is no part of the dateline
        "QUITO — June 3, 2025, was the day Ecuador's exports to Russia peaked.",
        "QUITO — In June 2025 Ecuador's exports to Russia fell.",
    ],
)
def test_a_date_opening_the_body_is_no_dateline_date(text):
    found = find_dateline(text)
    assert found is not None and found.city == "Quito" and found.date is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # the UN's seat is in New York: the event is placed there, not in "United Nations"
        ("UNITED NATIONS (AP) — Brazil's foreign minister met his Chinese colleague on Monday.", "New York"),
        ("UNITED NATIONS, March 4 (Reuters) - The two ministers met on Monday.", "New York"),
        # remarks made in flight are at no place
        ("ABOARD AIR FORCE ONE (AP) — The president said on Monday that talks would resume.", None),
        ("ABOARD THE PRESIDENTIAL PLANE - The president told reporters on his return flight.", None),
        ("ABOARD THE PAPAL PLANE (Reuters) - The pope said on Monday that peace was possible.", None),
        # a city dateline stays
        ("NEW YORK (AP) — The two ministers met on Monday.", "New York"),
    ],
)
def test_a_dateline_of_a_seat_or_a_flight(text: str, city: str | None) -> None:
    found = find_dateline(text)
    assert (found.city if found is not None else None) == city
