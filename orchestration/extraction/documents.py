"""Raw files -> `Document`s or `Rejection`s: the entry point of the extraction package.

`parse_raw_file` is pure (bytes in, records out) and never raises: a bad file becomes a
`Rejection` with a fixed reason, so one file never stops a batch. The steps:

1. size over the limit -> `too_large`; an extension that is data or code (csv, xml,
   py, ...) -> `unsupported`;
2. bytes -> text (`decoding.py`: `empty`, `not_text`, `undecodable`);
3. the container by extension (txt, json, jsonl, html), with three corrections for
   files that lie about themselves: a full HTML page is read as html whatever its
   extension, a `.json` that is really JSON Lines is read line by line (`file.json#N`),
   an RSS or Atom feed saved as a page is read item by item (`file.html#N`, as a JSON feed's
   items are), and an unknown extension is sniffed (a feed, JSON that parses, else txt);
4. per article: clean text (`text.clean_body`) without notices and link teasers
   (`boilerplate.py`: "Read more: <another story's headline>"), dateline (`datelines.py`),
   publication date.

Records per file: `.jsonl` gives one per non-blank line (`file.jsonl#N`, N 1-based line
number; `content_sha256` of that line's bytes); a `.json` holding a list of articles
gives one per item (`file.json#N`, N 1-based item number; `content_sha256` of the item's
canonical JSON, so items of one file never look like duplicates of each other). Every
other file gives exactly one record.

Publication date: the container's date (txt header, JSON field, HTML metadata) first;
else a timestamp line at the top of the body ("By Jane Doe | Published June 14, 2024");
else the dateline's own date when it states a year. A date before 1990 or more than two
days after today is implausible: it is dropped (`published_date` None) with the warning
`implausible_date: YYYY-MM-DD`. No date at all gives `missing_date`; a value that is not
a date gives `unparsed_date: <value>`. None of these reject the document.

The text is normalised by `text.clean_body`: `\n` newlines, paragraphs separated by one
blank line, NFC, and no-break/narrow/thin spaces turned into plain spaces one for one
(so every downstream pattern can rely on a literal space). The dateline stays in the
text (offsets keep matching what the publisher wrote); only its city goes to
`Document.dateline`, and `split_sentences` makes it a sentence of its own.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import PurePosixPath
from typing import Any, Final

from orchestration.extraction.boilerplate import without_boilerplate
from orchestration.extraction.countries import city_country
from orchestration.extraction.datelines import Dateline, find_dateline, stated_place
from orchestration.extraction.dates import PUBLISHED_LABEL, STAMP_LABEL, WEEKDAYS, find_dates, parse_date
from orchestration.extraction.decoding import DecodedText, DecodeFailure, decode_bytes, repaired_mojibake
from orchestration.extraction.formats import Article, FormatFailure, format_for, sniff_format
from orchestration.extraction.html_format import (
    OTHER_PUBLISHED_LABEL,
    feed_items,
    parse_html,
    without_site_name,
)
from orchestration.extraction.json_format import article_from_json, article_items, parse_json_text
from orchestration.extraction.model import Document, RawFile, Rejection
from orchestration.extraction.text import clean_body
from orchestration.extraction.txt_format import parse_txt

EARLIEST_PLAUSIBLE_DATE: Final = date(1990, 1, 1)
#: Publication dates may run ahead of the clock by time zones and embargoed copy.
FUTURE_TOLERANCE: Final = timedelta(days=2)

_DECLARED_CHARSET: Final = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""",
    re.IGNORECASE,
)
_CHARSET_WINDOW: Final = 4096
#: A timestamp line near the top of the body: "Published June 14, 2024", "By Jane Doe |
#: Posted on: 14/06/2024", or a byline that says when ("Written by Jane Doe on 14 June 2024",
#: "By Jane Doe on June 14, 2024"). Only at the start of a line or after a byline's separator,
#: so a sentence's "figures published on 3 March 2023" is no publication date. A "Published"
#: part may also follow a dated "Updated" stamp's comma or semicolon on the line it opens
#: ("Updated 14 Jun 2025, Published 12 Jun 2025": the line had dated nothing, as no part stood
#: alone); the stamp must hold a digit, so "Updated maps, published 3 March 2023" is none.
#: The label may be in the site's language, as a page's is read ("Publié le 12 juin 2025 à
#: 10h31", "Publicado el 12 de junio de 2025": a text file so stamped had had no date).
_BYLINE_DATE: Final = re.compile(
    r"(?im)(?:^|[|·•]\s*|^(?:last\s+)?updated\b[^\n|·•\d]{0,30}\d[^\n|·•]{0,40}?[,;]\s*(?:and\s+)?)(?:(?:written\s+|posted\s+)?by\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s+on\s+|"
    + PUBLISHED_LABEL
    + "|"
    + OTHER_PUBLISHED_LABEL
    + ")"
)
_BYLINE_REACH: Final = 400


def check_size(
    source_path: str, size: int, max_bytes: int, content_sha256: str | None = None
) -> Rejection | None:
    """`too_large` for a file over the limit, decided from its size alone (before reading it)."""
    if size > max_bytes:
        detail = f"{size:,} bytes is over the limit of {max_bytes:,} bytes"
        return Rejection(source_path, content_sha256, "too_large", detail)
    return None


def parse_raw_file(raw: RawFile, *, max_bytes: int, today: date | None = None) -> list[Document | Rejection]:
    """Every document (or rejection) in one raw file; see the module docstring.

    `today` anchors the "not in the future" check (default: the current date).
    """
    sha = hashlib.sha256(raw.data).hexdigest()
    try:
        return _parse(raw, sha, max_bytes, today or date.today())
    except Exception as error:  # a parser bug must not stop the batch: record it instead
        detail = f"could not be parsed ({type(error).__name__}: {error})"[:500]
        return [Rejection(raw.source_path, sha, "malformed", detail)]


def _parse(raw: RawFile, sha: str, max_bytes: int, today: date) -> list[Document | Rejection]:
    path = raw.source_path
    too_large = check_size(path, max(raw.size, len(raw.data)), max_bytes, sha)
    if too_large:
        return [too_large]
    fmt = format_for(path)
    if fmt is None:
        suffix = PurePosixPath(path).suffix
        return [Rejection(path, sha, "unsupported", f"'{suffix}' files are data or code, not articles")]
    declared = _declared_charset(raw.data) if fmt in ("html", "txt", "unknown") else None
    decoded = decode_bytes(raw.data, declared)
    if isinstance(decoded, DecodeFailure):
        return [Rejection(path, sha, decoded.reason, decoded.detail)]
    sniffed = sniff_format(decoded.text)
    context = _Context(path, decoded, today)
    if fmt == "jsonl":
        return _parse_jsonl(context)
    if fmt == "json" or (fmt == "unknown" and sniffed == "json"):
        parsed = parse_json_text(decoded.text)
        if isinstance(parsed, FormatFailure):
            if _is_json_lines(decoded.text):
                return _parse_jsonl(context, fmt="json")
            if fmt == "unknown":
                return [context.record(parse_txt(decoded.text), path, sha, "txt")]
        return _parse_json(context, parsed, sha)
    feed = feed_items(decoded.text) if fmt in ("html", "unknown") else None
    if feed is not None:
        return _parse_feed(context, feed, sha)
    if fmt == "html" or sniffed == "html":
        return [context.record(parse_html(decoded.text), path, sha, "html")]
    return [context.record(parse_txt(decoded.text), path, sha, "txt")]


@dataclass(frozen=True, slots=True)
class _Context:
    """What every record of one file shares: its path, its decoding and today's date."""

    path: str
    decoded: DecodedText
    today: date

    def record(self, article: Article | FormatFailure, path: str, sha: str, fmt: str) -> Document | Rejection:
        """The document for `article`, or the rejection its container reported."""
        if isinstance(article, FormatFailure):
            return Rejection(path, sha, article.reason, article.detail)
        return _document(article, path, sha, fmt, self.decoded, self.today)


def _parse_jsonl(context: _Context, fmt: str = "jsonl") -> list[Document | Rejection]:
    records: list[Document | Rejection] = []
    codec = "utf-8" if context.decoded.encoding == "utf-8-sig" else context.decoded.encoding
    for number, line in enumerate(context.decoded.text.split("\n"), start=1):
        if not line.strip():
            continue
        path = f"{context.path}#{number}"
        sha = hashlib.sha256(line.encode(codec, errors="replace")).hexdigest()
        parsed = parse_json_text(line)
        article = parsed if isinstance(parsed, FormatFailure) else article_from_json(parsed)
        records.append(context.record(article, path, sha, fmt))
    return records


def _is_json_lines(text: str) -> bool:
    """A `.json` file that is really JSON Lines: two or more lines, each an object."""
    lines = [line for line in text.split("\n", 3)[:3] if line.strip()]
    if len(lines) < 2:
        return False
    return all(isinstance(parse_json_text(line), dict) for line in lines[:2])


def _parse_json(context: _Context, parsed: Any, sha: str) -> list[Document | Rejection]:
    if isinstance(parsed, FormatFailure):
        return [Rejection(context.path, sha, parsed.reason, parsed.detail)]
    items = article_items(parsed)
    if items is None:
        return [context.record(article_from_json(parsed), context.path, sha, "json")]
    if not items:
        return [Rejection(context.path, sha, "no_body", "an empty list of articles")]
    records: list[Document | Rejection] = []
    for number, item in enumerate(items, start=1):
        records.append(
            context.record(article_from_json(item), f"{context.path}#{number}", _item_sha(item), "json")
        )
    return records


def _item_sha(item: object) -> str:
    """An item's `content_sha256`: the hash of its canonical JSON (sorted keys), so one story of a
    list or feed keeps its identity when the items around it change."""
    canonical = json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8", errors="replace")
    return hashlib.sha256(canonical).hexdigest()


def _parse_feed(context: _Context, items: list[dict[str, str]], sha: str) -> list[Document | Rejection]:
    """The stories of a feed saved as a page, one per item (`file.html#N`, N 1-based, `content_sha256`
    of the item's canonical JSON), each read as a JSON feed item is."""
    if not items:
        return [Rejection(context.path, sha, "no_body", "a feed with no items")]
    records: list[Document | Rejection] = []
    for number, item in enumerate(items, start=1):
        article = article_from_json(item)
        if isinstance(article, Article) and article.published:
            article = replace(article, published_origin="html_meta")  # the feed's own date, no JSON's
        records.append(context.record(article, f"{context.path}#{number}", _item_sha(item), "html"))
    return records


def _document(
    article: Article, path: str, sha: str, fmt: str, decoded: DecodedText, today: date
) -> Document | Rejection:
    text = without_boilerplate(clean_body(repaired_mojibake(article.body)))
    if not text:
        return Rejection(path, sha, "no_body", "the file has metadata but no article text")
    dateline = find_dateline(text)
    if dateline is not None and _names_the_source(dateline.city, article.source):
        dateline = None  # "AKIpress - Kyrgyzstan and ...": the outlet's credit, no place of filing
    published, origin, date_warnings = _publication_date(article, text, dateline, today, path)
    return Document(
        source_path=path,
        content_sha256=sha,
        text=text,
        format=fmt,
        encoding=decoded.encoding,
        title=_title(article, fmt),
        source=_clean_field(_repaired(article.source)),
        url=_clean_field(article.url),
        published_date=published,
        published_date_origin=origin,
        dateline=dateline.city if dateline else _stated_place(article.dateline),
        warnings=decoded.warnings + article.warnings + date_warnings,
    )


def _names_the_source(place: str, source: str | None) -> bool:
    """Whether a dateline's place is the outlet the container names as the story's source: its
    name, without "News Agency" after it, or its site's ("AKIpress - ..." from "AKIpress News
    Agency", "Trend - ..." from "trend.az"): the outlet's credit heading the story, where no place
    of filing is (it had been the story's dateline, and its events were placed in "Trend"). A
    city the gazetteer knows stays a place, and a paper named after its town ("GISBORNE - ..."
    from "Gisborne Herald") keeps its dateline."""
    if not source:
        return False
    key = _name_key(place)
    words = source.split()
    while len(words) > 1 and words[-1].casefold() in _AGENCY_NAME_WORDS:
        words.pop()
    if not key or key not in {_name_key(" ".join(words)), _name_key(source.split(".")[0])}:
        return False
    return city_country(place) is None


#: Words that end an agency's name after its own ("Trend News Agency", "AKIpress News").
_AGENCY_NAME_WORDS: Final = frozenset(["news", "agency", "information", "press", "service", "wire"])


def _name_key(name: str) -> str:
    """A name's letters and digits in lower case: "AKIpress" and "Akipress" are one name."""
    return "".join(char for char in name.casefold() if char.isalnum())


def _title(article: Article, fmt: str) -> str | None:
    """The article's headline: a txt header's or a JSON field's title without the site's name
    a scraper kept from the page's title ("Daily Monitor | Uganda, Kenya sign trade pact"), as
    a web page's is read (`html_format.without_site_name`, applied there with the page's h1)."""
    title = _clean_field(_repaired(article.title))
    if title is None or fmt == "html":
        return title
    return without_site_name(title, _clean_field(_repaired(article.source)), None)


def _repaired(value: str | None) -> str | None:
    """A header's or field's value with its mojibake decoded back ("Kenyaâ€™s exports" ->
    "Kenya’s exports"), as the body's is: a scraper that garbled the text garbled the title
    and the outlet's name with it, and they had kept it."""
    return repaired_mojibake(value) if value else value


def _stated_place(value: str | None) -> str | None:
    """The city of a header's `Dateline:`/`Location:` line, for a body that opens on none."""
    return stated_place(value) if value else None


def _byline_date(text: str) -> date | None:
    """The full date a timestamp line near the top of the body states ("Published June 14,
    2024"), or a byline or a line of its own gives ("By Jane Doe | March 12, 2025", "12 March
    2025, 10:42 GMT"), else None."""
    for stamp in _BYLINE_DATE.finditer(text, 0, _BYLINE_REACH):
        # a weekday between the label and the date: "Publicado el jueves, 12 de junio de 2025"
        lead = _SHORT_WEEKDAY_LEAD.match(text[stamp.end() : stamp.end() + 40])
        opening = stamp.end() + (lead.end() if lead else 0)
        mentions = find_dates(text[opening : opening + 40], None)
        if mentions and mentions[0].start == 0 and mentions[0].kind == "absolute":
            return mentions[0].date
    for line in _DATE_LINE.finditer(text, 0, _BYLINE_REACH):
        stated = _without_trailing_byline(line.group("stated"))
        labelled = _LABELLED_DATE.fullmatch(stated)
        for candidate in (stated, labelled.group("stated")) if labelled else (stated,):
            day = _date_alone(candidate)
            if day is not None:
                return day
    return _segment_date(text) or _greeting_date(text)


def _without_trailing_byline(stated: str) -> str:
    """A stamp line without the byline it ends on ("June 12, 2025 by Chanda Mwale", "12/06/2025
    by Staff Writer", as blog themes print the day before the writer): the line had been no date
    alone, and a page with no machine-readable date had had none. A line that is only a byline
    is kept whole (no date is left to read). So too a second header's label and value after the
    date on its line ("Date: 12 June 2025 Author: Chanda Mwale", "June 12, 2025 Source: Xinhua",
    as a pasted export runs its header fields on: the line had dated nothing)."""
    byline = _TRAILING_BYLINE.search(stated) or _TRAILING_HEADER_FIELD.search(stated)
    return stated[: byline.start()] if byline and byline.start() > 0 else stated


#: Another header's field ending a stamp line after its date: a capitalised label of one or two
#: words and its colon after a space, then its value ("Author: Chanda Mwale", "Source: Xinhua",
#: "Filed by: Desk"). The label is letters alone, so a clock ("10:42") is none.
_TRAILING_HEADER_FIELD: Final = re.compile(r"[ \t]+[A-Z][a-z]+(?:[ \t][A-Za-z][a-z]*)?:[ \t]+\S[^\n]*\Z")
#: A byline ending a line: "by" and a capitalised name, after a space, a comma, a bar or a dash.
_TRAILING_BYLINE: Final = re.compile(
    r"[ \t]*[,|·•–—-]?[ \t]+(?:[Bb]y|BY)[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4}[ \t]*\Z"
)


def _segment_date(text: str) -> date | None:
    """The full date one part of a stamp line near the top gives alone, the line's parts set
    apart by bars or bullets ("By Li Wei | chinadaily.com.cn | Updated: 2025-05-12 09:14",
    "Source: Xinhua | 2025-05-12", "Xinhua | Updated: 2025-05-12 21:03"); a part may open on
    its label ("Updated:", "Last updated", "Date:"). A byline names the writer and the site before the stamp,
    so the line as a whole is no date alone (it had dated nothing)."""
    for line in _STAMP_LINE.finditer(text, 0, _BYLINE_REACH):
        for segment in _SEGMENT_BAR.split(line.group()):
            stated = segment.strip()
            label = STAMP_LABEL.match(stated)
            day = _date_alone(stated[label.end() :] if label else stated)
            if day is not None:
                return day
    return None


#: A line of parts set apart by a spaced bar, bullet or slash, short enough for a stamp line.
#: The slash is a wire site's ("June 12, 2025 / 10:31 AM / Updated 2 days ago", "By Jane Doe /
#: June 12, 2025": the line had dated nothing, and the story had had no date).
_STAMP_LINE: Final = re.compile(r"(?m)^(?=[^\n]{0,160}$)[^\n]*?[ \t][|·•/][ \t][^\n]*$")
_SEGMENT_BAR: Final = re.compile(r"[ \t][|·•/][ \t]")


def _date_alone(stated: str) -> date | None:
    """The full date a line states alone, but for a time after it ("12 March 2025, 10:42 GMT",
    "2025-03-12T10:42:00Z", "Mar 12, 2025, 10:42 GMT+3") and a weekday's short name before it
    ("Wed, 12 Mar 2025 10:42:00 +0300", as feeds and mail headers stamp it). The weekday is
    read with the date, so that it tells the order of a numeric one ("Tue, 06/10/2025 - 09:12"
    is 10 June, `dates._weekday_order`; cut off first, the stamp had been read as 6 October)."""
    lead = _SHORT_WEEKDAY_LEAD.match(stated)
    opening = lead.end() if lead else 0
    mentions = find_dates(stated, None)
    first = mentions[0] if mentions else None
    if (
        first
        and first.start == opening
        and first.kind == "absolute"
        and _TIME_TAIL.fullmatch(stated[first.end :])
    ):
        return first.date
    return None


#: A date line headed by a section's label or the place of issue: "Business - 12 May 2025",
#: "World | 12 May 2025", "Santiago, April 9, 2025", "Colombo, Sri Lanka, 18 June 2025". The
#: label is one to four capitalised words, in one to three comma-separated groups; a line that
#: goes on in lower case ("Talks held, 12 May 2025") is a sentence's or a heading's, no stamp.
_LABEL_GROUP: Final = r"[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){0,3}"
_LABELLED_DATE: Final = re.compile(
    rf"{_LABEL_GROUP}(?:,[ \t]*{_LABEL_GROUP}){{0,2}}[ \t]*(?:[-–—|·•,:]|--)[ \t]*(?P<stated>\S.*)"
)


def _greeting_date(text: str) -> date | None:
    """The full date the opening paragraph gives as the day it is written on, as a newsletter
    greets its readers with it ("Good morning. Here's what you need to know on Thursday, 16
    January 2025.", "It is Monday, March 3, 2025.", "Welcome to the briefing for 4 May 2025"),
    else None: a newsletter has no date header, and the day it names so is its issue's (a
    date told of an event, "met on Tuesday, 14 January 2025", is none)."""
    end = text.find("\n", 0, _BYLINE_REACH)
    opening = text[: _BYLINE_REACH if end < 0 else end]
    for told in _TODAY_TOLD.finditer(opening):
        mentions = find_dates(opening[told.end() : told.end() + 40], None)
        if mentions and mentions[0].start == 0 and mentions[0].kind == "absolute":
            return None if _told_ahead(opening, told.end() + mentions[0].end) else mentions[0].date
    return None


#: A future told of the dated issue: "The briefing for 16 January 2025 will be sent next week".
_AHEAD: Final = re.compile(r"(?i)\b(?:will|shall|to\s+be|is\s+due|is\s+scheduled|next\s+week)\b")


def _told_ahead(opening: str, end: int) -> bool:
    """Whether the sentence of a greeting's date goes on in the future after it, `end` ("The
    weekly briefing for Thursday, 16 January 2025, will be sent next week"): a coming issue's
    day, not the day the story is written on (it had dated the story)."""
    stop = opening.find(". ", end)
    return _AHEAD.search(opening, end, len(opening) if stop < 0 else stop) is not None


#: What names the day an opening paragraph is written on: "today is", "it is", "what you need
#: to know on", "your briefing for", "this edition of".
_TODAY_TOLD: Final = re.compile(
    r"(?i)\b(?:today\s+is|it\s+is|it['’]s|(?:know|read|watch)\s+(?:on|for|this|today,)"
    r"|(?:briefing|edition|newsletter|digest|bulletin|roundup|update)\s+(?:for|of)"
    r"|welcome\s+to\s+[^.\n]{0,60}?\s+(?:for|on))\s+"
)


#: A line that is only a date, after a byline or alone: "By Jane Doe | March 12, 2025".
_DATE_LINE: Final = re.compile(r"(?m)^(?:By\s[^\n|·•]{1,60}[|·•]\s*)?(?P<stated>[^\n]{6,60})$")
#: What may follow such a date on its line: a time and its zone ("10:42 GMT", "- 09:15 am").
#: The time may carry its seconds and an ISO "T" ("T10:42:00"), and its zone may be an offset
#: ("Z", "+0300", "+05:30"), a zone with one ("GMT+3", "(UTC+05:00)") or an hour's mark ("hrs").
#: An em dash may set the time apart, as a hyphen or an en dash does ("June 12, 2025 — 9:12 AM":
#: the line had dated nothing). The outlet's or the agency's name in brackets may close the line
#: ("12 June 2025 (Lusaka Times)", "June 12, 2025 10:31 (Xinhua)": it had dated nothing either).
#: The time may follow its word in the stamp's language and be written with an "h" for the
#: colon, as French, Spanish, Portuguese, German, Italian and Indonesian sites stamp a story
#: ("12 juin 2025 à 10h31", "12 de junio de 2025 a las 10:31", "12 de junho de 2025 às 10h31",
#: "12. Juni 2025 um 10:31 Uhr", "12 Juni 2025 pukul 10.31 WIB": the line had dated nothing).
#: The weekday may follow the date, as news archives' exports stamp a story ("June 12, 2025
#: Thursday": the line had dated nothing, and a later "Load-Date:" had dated the story).
_TIME_TAIL: Final = re.compile(
    r"(?i)[\s,.\-–—|/]*(?:(?:" + "|".join(WEEKDAYS) + r")\b[\s,]*)?"
    r"(?:(?:(?:at|à|às|a\s+las?|um|alle|ore|pukul|jam)\s+|T)?\d{1,2}(?:[:.]\d{2}|h\d{2}|h\b)"
    r"(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)\)?)?(?:\s*h(?:rs?|s))?)?\s*"
    r"(?:\((?-i:[A-Z])[^()\n]{1,40}\)\s*)?"
)
#: A weekday's short name and its comma before a stamp's date: "Wed, ", "Thu., "; or with no
#: comma before the day's number, as British papers stamp a story ("Tue 10 Jun 2025 09.12 BST":
#: it had dated nothing). A weekday's whole name in the stamp's language leads it so too ("jeudi 12
#: juin 2025", "jueves, 12 de junio de 2025", "quinta-feira, 12 de junho de 2025", "Donnerstag, 12.
#: Juni 2025", "giovedì 12 giugno 2025", "Kamis, 12 Juni 2025"), as English ones are read with
#: the date: the line had dated nothing.
_SHORT_WEEKDAY_LEAD: Final = re.compile(
    r"(?i)^(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|(?:segunda|ter[çc]a|quarta|quinta|sexta)-feira"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|luned[ìi]|marted[ìi]|mercoled[ìi]"
    r"|gioved[ìi]|venerd[ìi]|sabato|domenica|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\.?(?:,\s*|\s+(?=\d))"
)


def _publication_date(
    article: Article, text: str, dateline: Dateline | None, today: date, path: str = ""
) -> tuple[date | None, str, tuple[str, ...]]:
    """(date, origin, warnings): the container's date, else a timestamp line's at the top of
    the body (`byline`), else the dateline's (a yearless one completed by the year of the url,
    else of the file's name) or, with no dateline, that of a date opening a line before a dash
    (`_opening_date`), else the full date in the url, else in the file's name (archives
    save a story under its day: "yonhap_kr_us_2025-04-21.txt"), else an "Updated" stamp's at
    the top of the body (`byline`), else none."""
    name = PurePosixPath(path.split("#", 1)[0]).name  # ("file.jsonl#3": the file's own name)
    warnings: list[str] = []
    if article.published:
        stated = _in_the_datelines_order(parse_date(article.published), article.published, dateline)
        if stated is None:
            warnings.append(f"unparsed_date: {article.published[:60]}")
        elif _plausible(stated, today):
            return stated, article.published_origin or "header", ()
        else:
            warnings.append(f"implausible_date: {stated.isoformat()}")
    stamped = _byline_date(text)
    if stamped is not None:
        if _plausible(stamped, today):
            return stamped, "byline", tuple(warnings)
        warnings.append(f"implausible_date: {stamped.isoformat()}")
    day = dateline.date if dateline else None
    if dateline and day is None and dateline.yearless:
        day = _completed_dateline(dateline.yearless, article.url) or _completed_dateline(
            dateline.yearless, f"/{name}"
        )
    if day is None and dateline is None:
        day = _opening_date(text)
    if day is not None:
        if _plausible(day, today):
            return day, "dateline", tuple(warnings)
        warnings.append(f"implausible_date: {day.isoformat()}")
    posted = _url_date(article.url, whole=True) if article.url else None
    if posted is not None and _plausible(posted, today):
        return posted, "url", tuple(warnings)
    named = _url_date(f"/{name}", whole=True) if name else None
    if named is not None and _plausible(named, today):
        return named, "file_name", tuple(warnings)
    updated = _updated_date(text)
    if updated is not None and _plausible(updated, today):
        return updated, "byline", tuple(warnings)
    if not warnings:
        warnings.append("missing_date")
    return None, "none", tuple(warnings)


def _in_the_datelines_order(stated: date | None, written: str, dateline: Dateline | None) -> date | None:
    """A slashed date of two small figures (`written`, read day first as `stated`) read month
    first when the dateline's own month and day are that reading: a CMS's "06/12/2025 10:31 AM"
    over "WASHINGTON, June 12 (Reuters) -" is June 12 (it had been December 6, a date the story
    contradicts, or dropped as in the future). A dateline of no month and day, one that fits
    neither reading or the day-first one, and figures of one reading alone leave it as read."""
    if stated is None or dateline is None:
        return stated
    slashed = _SLASHED_FIGURES.match(written)
    if slashed is None or slashed.group(1) == slashed.group(2):
        return stated
    told = dateline.date
    if told is None and dateline.yearless:
        told = parse_date(f"{dateline.yearless} {stated.year}")
    if told is None or (told.month, told.day) != (stated.day, stated.month):
        return stated
    return date(stated.year, told.month, told.day)


#: A date written in figures with slashes, day and month both at most two digits: "06/12/2025".
_SLASHED_FIGURES: Final = re.compile(r"\s*(\d{1,2})/(\d{1,2})/\d{4}(?!\d)")


def _opening_date(text: str) -> date | None:
    """The full date a line near the top opens on before a dash or a colon, as a story with no
    place of filing dates its first paragraph ("12 June 2025 -- Zambia and Malawi signed ...",
    "Thursday, June 12, 2025: ..."), else None: such a story had had no date. Read as the
    dateline's date is, for a story that has no dateline."""
    for line in _LINE_START.finditer(text, 0, _BYLINE_REACH):
        lead = _SHORT_WEEKDAY_LEAD.match(text, line.start())
        opening = lead.end() if lead else line.start()
        mentions = find_dates(text[opening : opening + 60], None)
        first = mentions[0] if mentions else None
        if (
            first
            and first.start == 0
            and first.kind == "absolute"
            and _DASH_AFTER_DATE.match(text, opening + first.end)
        ):
            return first.date
    return None


_LINE_START: Final = re.compile(r"(?m)^(?=\S)")
#: The dash or colon that sets an opening date apart from the story ("12 June 2025 -- ").
_DASH_AFTER_DATE: Final = re.compile(r"[ \t]*(?:--|[–—:]|-(?=[ \t]))[ \t]*\S")


def _updated_date(text: str) -> date | None:
    """The full date of an "Updated" stamp near the top of the body ("Updated on June 12, 2025
    09:31 PM", "By Staff Reporter | Last updated: 12.06.2025"), for a story that gives no
    other: a site that stamps only its latest change names the day of the story or one soon
    after, nearer than none (it had had no date). Read last, after the dateline's, the url's
    and the file name's."""
    for stamp in _UPDATED_STAMP.finditer(text, 0, _BYLINE_REACH):
        end = text.find("\n", stamp.end())
        stated = _SEGMENT_BAR.split(text[stamp.end() : len(text) if end < 0 else end], 1)[0]
        day = _date_alone(stated)
        if day is not None:
            return day
    return None


#: The label of an "Updated" stamp, at the start of a line or of a byline's part.
_UPDATED_STAMP: Final = re.compile(r"(?im)(?:^|[|·•]\s*)(?:last\s+)?updated(?:\s+(?:on|at))?\s*:?\s*")


def _completed_dateline(yearless: str, url: str | None) -> date | None:
    """The day a dateline's month and day name ("KAMPALA, March 14 (Reuters) -") in the year
    of the date the story's url carries ("/2025/03/14/", "-2025-03-14", "/20250314/",
    "/2025/03/"): wires write no year in the dateline, and scraped copies often keep no date
    field. Of the years around the url's, the one that puts the day nearest to it (a story
    filed on December 31 may be posted on January 1). None without a dated url."""
    stamped = _url_date(url) if url else None
    if stamped is None:
        return None
    days = [parse_date(f"{yearless} {year}") for year in (stamped.year - 1, stamped.year, stamped.year + 1)]
    known = [day for day in days if day is not None]
    return min(known, key=lambda day: abs((day - stamped).days)) if known else None


def _url_date(url: str, whole: bool = False) -> date | None:
    """The date in a url's path, as news sites write it ("/2025/03/14/", "-2025-03-14",
    "/20250314/"), or (unless `whole`) the first day of its year and month ("/2025/03/");
    else None."""
    match = _URL_DATE.search(url)
    if match is None:
        return None
    year = match.group("year")
    month, day = next(
        (match.group(f"month{k}", f"day{k}") for k in ("", "2", "3", "4") if match.group(f"month{k}")),
        (None, None),
    )
    if month is None or (whole and day is None):
        return None
    try:
        return date(int(year), int(month), int(day or 1))
    except ValueError:
        return None


#: A year, month and maybe day in a url's path, between separators or run together
#: ("/2025/03/14/", "-2025-03-14", "/20250314/", "/2025/03/"); also the shapes of sites that
#: run two of them together and set the third apart, "/2025/0314/" (People's Daily),
#: "/202503/14/" (China Daily), and a month and day of one digit between slashes, "/2025/3/14/"
#: (the date had been lost, or read as the month's first day).
_URL_DATE: Final = re.compile(
    r"(?<=[/_.-])(?P<year>(?:19|20)\d\d)(?:"
    r"/(?P<month2>0[1-9]|1[0-2])(?P<day2>0[1-9]|[12]\d|3[01])"
    r"|(?P<month3>0[1-9]|1[0-2])/(?P<day3>0[1-9]|[12]\d|3[01])"
    r"|/(?P<month4>[1-9]|1[0-2])/(?P<day4>[1-9]|[12]\d|3[01])"
    r"|(?P<sep>[/_-]?)(?P<month>0[1-9]|1[0-2])(?:(?P=sep)(?P<day>0[1-9]|[12]\d|3[01]))?"
    r")(?=[/_.-]|$)"
)


def _plausible(day: date, today: date) -> bool:
    return EARLIEST_PLAUSIBLE_DATE <= day <= today + FUTURE_TOLERANCE


def _clean_field(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(unicodedata.normalize("NFC", value).split())
    return value or None


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:_CHARSET_WINDOW])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")
