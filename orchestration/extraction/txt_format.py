"""Plain-text articles: optional `key value` header lines, then the body.

    title Oman, Kenya review port deal
    source ONA
    url https://news.example.om/...
    date 2024-06-09

    MUSCAT, 9th June, 2024 (ONA) -- ...

Keys are matched case-insensitively, with or without a colon (`Date: 2024-05-03`), and a
few synonyms are read (published/pubdate/timestamp, headline, link, publisher; author, byline,
language, category, tags are recognised and skipped). The first line may hold a date
header AND the start of the body (` date 2024-03-12 ACCRA, Ghana, March 12. ...`):
the date is the header, the rest of the line is the body.

Header lines are only believed as a block that has at least one *strong* line: a colon
after the key, a `date` whose value starts with a real date, or a `url` that looks like
one. So a story that begins "Title insurance premiums rose ..." or "Date palm exports
..." keeps its first line as body.

Wire and CMS exports carry many more keys than these (`SLUG:`, `Priority:`, `Words:`,
`Story ID:`, `Agency:`, `Edition:`, `Subtitle:`): inside a block that has a known key, any
`Key: value` line (one to three words, then a colon) is a header line too, skipped unless it
names the place of filing (`Dateline: ABUJA`, `Location: Abuja`, read into `Article.dateline`).
Such a line only counts where the block ends on a blank line, or before a known key: a block
run straight into the body may end on the body's first sentence ("Note: the figures ...").
"""

from __future__ import annotations

import re
from typing import Final

from orchestration.extraction.dates import (
    FOREIGN_MONTH_PATTERN,
    MONTH_PATTERN,
    ROMANCE_MONTH_PATTERN,
    STAMP_LABEL,
    TIME_ZONES,
)
from orchestration.extraction.formats import Article

_KEYS: Final = {
    "date": "date",
    "published": "date",
    "pubdate": "date",
    "timestamp": "date",
    "sent": "date",  # (a mailed release's header: "Sent: Thursday, June 12, 2025 10:31 AM")
    "title": "title",
    "subject": "title",  # (its "Subject:" line is the release's headline)
    "headline": "title",
    # the title's key in French, Spanish, Portuguese, German, Dutch and Indonesian exports ("Título:
    # ...", "Titre : ..."): the header had been body, its key read as the story's dateline
    "titre": "title",
    "título": "title",
    "titulo": "title",
    "titel": "title",
    "judul": "title",
    "source": "source",
    "publisher": "source",
    "url": "url",
    "link": "url",
    "author": None,
    "byline": None,
    "by": None,  # ("By: Chinedu Okafor, Abuja", with its colon only: "By the end of 2023" is body)
    "writer": None,
    "reporter": None,
    "lang": None,
    "language": None,
    "category": None,
    "section": None,
    "tags": None,
    "keywords": None,
}
#: Header keys that are also words opening a body ("By the end of 2023", "Writer Jane ...",
#: "Sent to the ministry ...", "Subject to approval, ..."): a header only with a colon.
_COLON_ONLY_KEYS: Final = frozenset(
    ["by", "writer", "reporter", "sent", "subject", "titre", "título", "titulo", "titel", "judul"]
)
_HEADER_LINE: Final = re.compile(
    rf"[ \t]*(?P<key>{'|'.join(_KEYS)})(?P<sep>[ \t]*:[ \t]*|[ \t]+)(?P<value>\S[^\n]*)?\Z",
    re.IGNORECASE,
)
_TIME: Final = (
    r"(?:[T ,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)?"
)
#: A date at the start of a header value; what follows it on the first line is body. A Unix time
#: of this century in seconds or milliseconds (ten or thirteen digits) is one ("date 1749722400",
#: as CMS exports stamp a story: the line had been no header with no colon, and had stayed the
#: body's first words). A day and
#: a month named in another language take their year ("date 12 juin 2025", "Datum: 12. Juni
#: 2025", "Date: 12 Haziran 2025"), as `dates.find_dates` reads them.
_DATE_PREFIX: Final = re.compile(
    rf"""(?P<date>
        \d{{4}}-\d{{1,2}}-\d{{1,2}}{_TIME}
      | \d{{4}}/\d{{1,2}}/\d{{1,2}}{_TIME}
      | \d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}{_TIME}
      | \d{{8}}(?!\d)
      | \d{{10}}(?:\.\d+)?(?!\d) | \d{{13}}(?!\d)
      | (?:[A-Z][a-z]{{2,8}},?\s+)?(?:{MONTH_PATTERN})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}{_TIME}
      | (?:[A-Z][a-z]{{2,8}},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN}),?\s+\d{{4}}{_TIME}
      | \d{{1,2}}-(?:{MONTH_PATTERN})-(?:\d{{4}}|\d{{2}}(?!\d)){_TIME}
      | \d{{1,2}}\.?\s+(?:de\s+)?(?:{ROMANCE_MONTH_PATTERN}|{FOREIGN_MONTH_PATTERN})\s+(?:de\s+)?\d{{4}}
        (?:\s?(?:г\.|года))?{_TIME}
    )(?=\s|$)""",
    re.VERBOSE,
)
#: Time zones a stamp names alone after the clock time `_TIME` has read ("date 2025-06-12 08:30
#: EAT": "EAT" had been taken for the body's first word, and the header lines after it for body):
#: `dates.TIME_ZONES`, and Indonesia's other two, Georgia's, Mongolia's and Myanmar's, which
#: headers of those countries' papers write. Named, not any capitals, as a body sharing the
#: header's line may open on a city ("DOHA").
_ZONE_ABBREVIATIONS: Final = (*TIME_ZONES, "WITA", "WIT", "GET", "ULAT", "MMT")
#: What a stamp writes after its date besides the clock time `_TIME` reads: the time after a bar
#: or a dash, in hours with AM or PM and a zone ("| 09:12 AM IST", "- 14:02 hrs"), or a zone with
#: its offset ("GMT+3", "(UTC+05:30)"). On the first line of the header it is no body's opening:
#: "Published: Jun 12, 2025 | 09:12 AM IST" had left "| 09:12 AM IST" as the story's first words.
_CLOCK_REMAINDER: Final = re.compile(
    r"[ \t|·•,–—-]*(?:"
    r"(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]*\(?(?:[A-Z]{2,5}(?:[ \t]*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\)?)?(?:[ \t]*h(?:rs?|s))?"
    r"|\(?(?:GMT|UTC)[ \t]*[+-]\d{1,2}(?::?\d{2})?\)?"
    r"|\(?(?:" + "|".join(_ZONE_ABBREVIATIONS) + r")\)?"
    r")[ \t]*"
)
#: Any other `Key: value` line of a header block: one to three words and a colon ("SLUG:",
#: "Story ID:", "Words:", "Dateline:"). The colon is needed: a bare word opens a sentence. The
#: key's letters may be accented, as other languages' exports write them ("Catégorie:", "Sección:":
#: such a line had ended the header).
_OTHER_HEADER_LINE: Final = re.compile(
    r"[ \t]*(?P<key>[^\W\d_]{2,21}(?:[ _/-][^\W\d_]{1,20}){0,2})[ \t]*:[ \t]+(?P<value>\S[^\n]*)\Z"
)
#: Keys of such lines that name the day the story came out, in the words of CMS and wire
#: exports ("Publication date:", "Publish Date:", "Release date:", "Posted on:", "Dated:",
#: "Date/Time:", "Issued:", "Created:", "Datum:", "Fecha:", the Turkish "Tarih:", the Indonesian
#: "Tanggal:", the Malay "Tarikh:"). A change's day ("Updated:",
#: "Last modified:") or another day ("Event date:", "Embargo date:") is none.
_DATE_KEY: Final = re.compile(
    r"(?i)(?:(?:publication|published|publish|pub|release|released|issue|issued|posted|post|story|news|"
    r"article|creation|created|filing|filed)(?:[ _/-](?:date|on|at|time|date[ _/-]time))?"
    r"|dated?(?:[ _/-](?:time|published|posted|issued|created|of[ _-](?:publication|issue|release)))?"
    r"|datum|fecha|data|tarih|tanggal|tarikh)"
)
#: Keys of such lines that name the place the story was filed from.
_PLACE_KEYS: Final = frozenset(["dateline", "location", "place", "city"])
#: The longest value of such a line: a longer one is a body's sentence opening on a label.
_MAX_OTHER_VALUE: Final = 100
_URL_VALUE: Final = re.compile(r"(?:https?://|www\.)\S+\Z", re.IGNORECASE)
#: The line a mail client sets over a forwarded or replied-to mail's header ("-----Original
#: Message-----", "---------- Forwarded message ---------", "Begin forwarded message:"): a
#: release forwarded to the desk opens on it, and it had ended the header before its
#: "From:/Sent:/Subject:" lines (the story had had no title nor date, the lines its body's).
_MAIL_SEPARATOR: Final = re.compile(
    r"(?i)[ \t>]*(?:-{2,}[ \t]*(?:original[ \t]+message|forwarded[ \t]+message)[ \t]*-{2,}"
    r"|begin[ \t]+forwarded[ \t]+message[ \t]*:)[ \t]*"
)
_MAX_HEADER_LINES: Final = 12


def parse_txt(text: str) -> Article:
    """Split a plain-text article into header fields and body."""
    text = _without_markdown_marks(_without_content_label(_without_front_matter(text)))
    lines = text.split("\n")
    first = 0
    while first < len(lines) and not lines[first].strip():
        first += 1
    if first < len(lines) and _MAIL_SEPARATOR.fullmatch(lines[first]):
        first += 1  # ("-----Original Message-----" over a forwarded release's mail header)
    fields: dict[str, str] = {}
    strong = False
    body_start: str | None = None
    index = first
    known_end = first  # the line after the last known key's
    place: tuple[int, str] | None = None  # (line, value) of a `Dateline:` or `Location:` line
    stamp: str | None = None  # a date in a part of another key's value ("Source: Xinhua | 2025-05-12")
    while index < len(lines) and index - first < _MAX_HEADER_LINES:
        line = lines[index].rstrip()
        match = _HEADER_LINE.match(line)
        if match and match.group("key").lower() in _COLON_ONLY_KEYS and ":" not in match.group("sep"):
            match = None
        if not match or not match.group("value"):
            other = _OTHER_HEADER_LINE.match(line)
            if other is None or len(other.group("value")) > _MAX_OTHER_VALUE:
                break  # (a long value is a sentence: "Trade: Kenya's exports to Uganda rose ...")
            if other.group("key").lower() in _PLACE_KEYS and place is None:
                place = (index, other.group("value").strip())
            stated = _stated_date(other.group("key"), other.group("value"))
            if stated is not None and "date" not in fields:
                fields["date"] = stated
                strong = True
            index += 1
            continue
        key = _KEYS[match.group("key").lower()]
        value = match.group("value").strip()
        explicit = ":" in match.group("sep")
        if key == "date":
            date_match = _DATE_PREFIX.match(value)
            if date_match:
                rest = value[date_match.end() :].strip()
                value = date_match.group("date")
                strong = True
                if rest and index == first and not _CLOCK_REMAINDER.fullmatch(rest):
                    body_start = rest
        elif key != "url":
            value, stamped = _without_stamp(value)
            stamp = stamp or stamped
            strong = strong or stamped is not None
        strong = strong or explicit or (key == "url" and bool(_URL_VALUE.match(value)))
        if key and key not in fields:
            fields[key] = value
        index += 1
        known_end = index
        if body_start is not None:
            break
    if index > known_end and index < len(lines) and lines[index].strip():
        # other keys' lines run straight into the body: they may be its first sentence
        index = known_end
    if not strong or known_end == first:
        return Article(body=text)
    body_lines = lines[index:]
    if body_start is not None:
        body_lines = [body_start, *body_lines]
    return Article(
        body="\n".join(body_lines),
        title=fields.get("title"),
        source=fields.get("source"),
        url=fields.get("url"),
        published=fields.get("date", stamp),
        published_origin="header" if "date" in fields or stamp else None,
        dateline=place[1] if place is not None and place[0] < index else None,
    )


def _without_front_matter(text: str) -> str:
    """The text with a front matter read down to the header lines `parse_txt` knows, as
    Markdown exports (Jekyll, Hugo, static-site scrapers) write the header: YAML between "---"
    fences ("---\ntitle: \"Trade deal\"\ndate: 2025-06-12\n---") or TOML between "+++" fences,
    Hugo's other style ("+++\ntitle = \"Trade deal\"\ndate = 2025-06-12T10:00:00Z\n+++").
    The fences bound the header, so every line inside is metadata: a key the header reads
    (title, date, source, url, a day's or a place's key) is kept as a `key: value` line and the
    rest dropped, a list's items, a folded value's lines, a TOML table (the TOML front matter
    had been read as the body, with no date nor title, and a YAML list's items or a summary's
    folded lines had ended the header and stayed the body's first words). Text that opens on
    no closed fence is unchanged."""
    fence = _FRONT_MATTER.match(text) or _TOML_FRONT_MATTER.match(text)
    if fence is None:
        return text
    kept: list[str] = []
    for line in fence.group("inner").split("\n"):
        if _TOML_TABLE.match(line):
            break  # ("[params]": the keys below are a table's, not the story's)
        header = _front_matter_header(line)
        if header is not None:
            kept.append(header)
    rest = text[fence.end() :]
    return "\n".join([*kept, "", rest]) if kept else rest


def _without_content_label(text: str) -> str:
    """The text with a reader service's envelope read as a header block: `Key: value` lines
    parted by blank lines, then a line labelling the content ("Markdown Content:"), as Jina
    Reader and like tools save a page ("Title: ...\n\nURL Source: https://...\n\nPublished
    Time: 2025-06-12T08:14:00Z\n\nMarkdown Content:\n..."). The blank line after the first
    key had ended the header, and the other keys and the label had stayed the body's first
    lines (its date read from them by chance). The keys' lines are set together, the tools'
    own names read as the header's ("URL Source" is the url, "Published Time" the date), and
    the label dropped. Text that opens on no such envelope is unchanged."""
    envelope = _CONTENT_ENVELOPE.match(text)
    if envelope is None:
        return text
    keys = [_ENVELOPE_KEY.sub(_envelope_key, line.strip()) for line in envelope.group("keys").split("\n")]
    return "\n".join([*(line for line in keys if line), "", text[envelope.end() :]])


def _envelope_key(found: re.Match[str]) -> str:
    """A reader service's key as the header reads it: "URL Source:" -> "url:"."""
    return f"{_ENVELOPE_KEYS.get(found.group('key').lower(), found.group('key'))}:"


#: One to eight `Key: value` lines (blank lines between them), then a line that labels the
#: content and holds nothing else.
_CONTENT_ENVELOPE: Final = re.compile(
    r"\s*(?P<keys>(?:[A-Z][A-Za-z]{1,20}(?:[ _][A-Za-z]{1,20}){0,2}:[ \t]+\S[^\n]*\n[ \t\n]*){1,8})"
    r"(?:Markdown[ \t]+)?Content:[ \t]*\n"
)
_ENVELOPE_KEY: Final = re.compile(r"^(?P<key>[^:\n]+):")
#: Reader services' names of the header's keys.
_ENVELOPE_KEYS: Final = {"url source": "url", "published time": "published"}


def _without_markdown_marks(text: str) -> str:
    """The text with Markdown's marks read away, as Markdown exports and scrapers that save
    pages as Markdown write them: a heading's hashes ("# Trade deal"), the rule under a heading
    ("====="), emphasis ("**LUSAKA** - ...", "*Published 12 June 2025*", "**Date:** 12 June
    2025"), and links ("[Zambia](https://...)" -> "Zambia", an image's link dropped). Marked, the
    dateline, the stamp and the header's keys had gone unread (the story had had no dateline
    nor date), and the marks had stayed in the sentences. A text with none is unchanged."""
    if not _MARKDOWN_HINT.search(text):
        return text  # (the cheap test first: most stories hold no mark)
    text = _MARKDOWN_IMAGE.sub("", text)
    text = _MARKDOWN_LINK.sub(r"\g<label>", text)
    text = _MARKDOWN_HEADING.sub(r"\g<heading>", text)
    text = _MARKDOWN_RULE.sub("", text)
    for emphasis in _MARKDOWN_EMPHASES:
        text = emphasis.sub(r"\g<marked>", text)
    return text


#: A sign that a text may hold Markdown's marks.
_MARKDOWN_HINT: Final = re.compile(r"[*_]\S|\]\(|^#{1,6}[ \t]|^(?:=+|-+)[ \t]*$", re.MULTILINE)
_MARKDOWN_IMAGE: Final = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\s]{0,500}(?:[ \t]+\"[^\"\n]*\")?\)")
_MARKDOWN_LINK: Final = re.compile(
    r"\[(?P<label>[^\[\]\n]{1,300})\]\((?:https?://|/|#|mailto:)[^)\s]{0,500}(?:[ \t]+\"[^\"\n]*\")?\)"
)
#: An ATX heading's hashes, and any closing them: "## Trade deal ##"; not a number's sign before
#: a word in lower case ("# of trucks rose").
_MARKDOWN_HEADING: Final = re.compile(
    r"^#{1,6}[ \t]+(?P<heading>[^\sa-z][^\n]*?)[ \t]*(?:#+[ \t]*)?$", re.MULTILINE
)
#: The rule under a Setext heading, or a thematic break: a line of three or more "=", "-", "*", "_".
_MARKDOWN_RULE: Final = re.compile(r"^[ \t]*(?:={3,}|-{3,}|\*{3,}|_{3,})[ \t]*$", re.MULTILINE)
#: Emphasis, strong first: "**LUSAKA**", "__Date:__", "*Published ...*", "_By ..._"; the marks
#: hug their words, and a single one stands apart from a word ("snake_case", "5*3", "Kenya*").
_MARKDOWN_EMPHASES: Final = (
    re.compile(r"\*\*(?P<marked>\S(?:[^*\n]{0,300}?\S)?)\*\*"),
    re.compile(r"(?<!\w)__(?P<marked>\S(?:[^_\n]{0,300}?\S)?)__(?!\w)"),
    re.compile(r"(?<![\w*])\*(?P<marked>[^\s*](?:[^*\n]{0,300}?[^\s*])?)\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?P<marked>[^\s_](?:[^_\n]{0,300}?[^\s_])?)_(?![\w_])"),
)


def _front_matter_header(line: str) -> str | None:
    """A front matter's top-level `key: value` or `key = value` line as the header line
    `parse_txt` reads ("date = 2025-06-12T10:00:00Z" -> "date: 2025-06-12T10:00:00Z"), its value
    unquoted and a camel-case key parted ("publishDate" -> "publish_Date", as `_DATE_KEY`
    reads it); None for a key the header does not read ("draft", "lastmod", "description"),
    an indented line, a list or an empty value (a nested block follows)."""
    found = _FRONT_MATTER_LINE.fullmatch(line.rstrip())
    if found is None:
        return None
    key = _CAMEL_HUMP.sub("_", found.group("key"))
    value = found.group("value")
    if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
        value = value[1:-1].strip()
    if not value or value[0] in "[{>|&*" or not _read_as_header(key, value):
        return None
    return f"{key}: {value}"


def _read_as_header(key: str, value: str) -> bool:
    """Whether `parse_txt` reads a header line of this key: a known key, a day's or a place's.
    A day's key must hold a date: Jekyll's "published: true" flags a post as shown, and read
    as the date it had put aside the "date:" line after it."""
    dated = _KEYS.get(key.lower(), "") == "date" or _DATE_KEY.fullmatch(key) is not None
    if dated:
        return _DATE_PREFIX.match(value) is not None
    return key.lower() in _KEYS or key.lower() in _PLACE_KEYS


#: A YAML front matter: a "---" line first, a `key:` line (a word, no spaces), more lines, and a
#: closing "---" line: a story set between rules ("---\nHe said: ...") is none.
_FRONT_MATTER: Final = re.compile(
    r"\s*---[ \t]*\n(?P<inner>[\w-]{1,40}:[^\n]*\n(?:[ \t]*[\w-][^\n]*\n){0,59}?)---[ \t]*(?:\n|\Z)"
)
#: A TOML front matter: a "+++" line, a `key =` line, more lines, and a closing "+++" line.
_TOML_FRONT_MATTER: Final = re.compile(
    r"\s*\+\+\+[ \t]*\n(?P<inner>[\w-]{1,40}[ \t]*=[^\n]*\n(?:[ \t]*[\w\[\]\"'-][^\n]*\n){0,59}?)"
    r"\+\+\+[ \t]*(?:\n|\Z)"
)
#: A top-level line of a front matter: a key at the line's start, a colon or an equals sign.
_FRONT_MATTER_LINE: Final = re.compile(r"(?P<key>[A-Za-z][\w-]{0,39})[ \t]*[:=][ \t]*(?P<value>[^\n]*)")
#: A TOML table's heading, after which the keys are the table's: "[params]", "[[authors]]".
_TOML_TABLE: Final = re.compile(r"[ \t]*\[")
#: A capital inside a camel-case key, where its words part: "publishDate", "datePublished".
_CAMEL_HUMP: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _stated_date(key: str, value: str) -> str | None:
    """The date a header line of another key gives when its key names the story's day
    ("Publication date: 12.06.2025", "Release Date: June 12, 2025 - 10:00"), else None: such
    lines had been skipped as a wire's other keys, and a story whose only date they held had
    none."""
    if not _DATE_KEY.fullmatch(key.strip()):
        return None
    found = _DATE_PREFIX.match(value.strip())
    return found.group("date") if found else None


def _without_stamp(value: str) -> tuple[str, str | None]:
    """A header's value without the date stamped in one of its parts, and that date: a source
    or byline line runs the agency, the writer and the time together, parted by bars ("Source:
    Xinhua | 2025-05-12", "By: Li Wei | China Daily | Updated: 2025-05-12 09:14"); the story
    has no other date header (it had been none, and the source "Xinhua | 2025-05-12")."""
    parts = _PART_BAR.split(value)
    if len(parts) < 2:
        return value, None
    for index, part in enumerate(parts):
        stated = part.strip()
        label = STAMP_LABEL.match(stated)
        stated = stated[label.end() :] if label else stated
        found = _DATE_PREFIX.match(stated)
        if found and found.end() == len(stated):
            kept = parts[:index] + parts[index + 1 :]
            return " | ".join(p.strip() for p in kept), found.group("date")
    return value, None


#: A spaced bar or bullet between the parts of a header's value.
_PART_BAR: Final = re.compile(r"[ \t][|·•][ \t]")
