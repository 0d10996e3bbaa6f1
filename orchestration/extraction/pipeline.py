"""One call from a document's clean text to everything extracted from it.

`EXTRACTOR_VERSION` is a digest of this package's own source and lexicon files
(`SOURCE_DIGEST`): when the extraction code changes, every document is re-extracted on the
next run, and never otherwise (the warehouse records which version produced each document's facts).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Final

from orchestration.extraction import SOURCE_DIGEST
from orchestration.extraction.countries import find_countries, named_pair
from orchestration.extraction.datelines import Dateline, digest_items, find_dateline
from orchestration.extraction.dates import parse_date
from orchestration.extraction.engagement_context import countries_named_most
from orchestration.extraction.engagements import extract_engagements
from orchestration.extraction.leaders import leaders_named_alone_in, leaders_named_in
from orchestration.extraction.model import Engagement, Extraction, TradeMention
from orchestration.extraction.text import split_sentences
from orchestration.extraction.trade import extract_trade_mentions

EXTRACTOR_VERSION: Final = SOURCE_DIGEST


def extract_document(
    text: str,
    published: date | None,
    dateline: str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Extraction:
    """Trade figures and engagements stated in `text` (offsets index into `text`); `url` is
    where the document was published, when known, `source` the outlet its header names (whose
    country's dollar a bare "$" may be, when no url tells), and `title` its headline, whose two countries
    are the pair of a body that names no pair of its own ("Kenya-Uganda trade hits record" over
    "Trade between the two neighbours reached ..."). A digest of stories that each open on their
    own dateline is read item by item (`digest_items`), each with its own dateline (and no
    headline: the digest's is none of its items')."""
    items = digest_items(text)
    if not items:
        written = writing_day(find_dateline(text), published)
        return _extract(text, written, dateline, url, headline=headline_pair(title), source=source)
    around = countries_named_most(text)
    trade: list[TradeMention] = []
    engagements: list[Engagement] = []
    for start, end in items:
        item = text[start:end]
        own = find_dateline(item)
        found = _extract(
            item, writing_day(own, published), own.city if own else None, url, around, source=source
        )
        trade += [_shifted_trade(t, start) for t in found.trade_mentions]
        engagements += [
            replace(e, char_start=e.char_start + start, char_end=e.char_end + start)
            for e in found.engagements
        ]
    return Extraction(trade_mentions=tuple(trade), engagements=tuple(engagements))


def headline_pair(title: str | None) -> tuple[str, str] | None:
    """The two countries a headline names (`named_pair`), or names by their leaders when it
    names fewer: "Pashinyan, Modi hold talks in New York" is Armenia and India, over a body that
    says only "The two prime ministers met on the sidelines of ..."; so is "Ruto meets Ugandan
    counterpart" (a listed leader's name or lone surname, `leaders`, and a country word), and
    "Orsi arrives in Seoul" (a leader and a city, which names a side as in `named_pair`)."""
    pair = named_pair(title)
    if pair is not None or not title:
        return pair
    mentions = find_countries(title)
    named = [m.iso3 for m in mentions if m.kind in ("name", "demonym")]
    if len(set(named)) >= 2:
        return None  # (more sides than two: no pair)
    sides = tuple(dict.fromkeys(named + leaders_named_in(title) + leaders_named_alone_in(title)))
    if len(sides) == 1:
        # a city names the other side, as in `named_pair`: "Orsi arrives in Seoul"
        sides = tuple(dict.fromkeys([*sides, *(m.iso3 for m in mentions)]))
    return (sides[0], sides[1]) if len(sides) == 2 else None


#: How far a dateline's own day may stand from the publication date and still be the day the
#: story was written: a wire filed late on April 4 is posted on the 5th, a weekend story days on.
#: Further apart, one of the two is wrong, and the publication date is kept.
_DATELINE_REACH_DAYS: Final = 7


def writing_day(dateline: Dateline | None, published: date | None) -> date | None:
    """The day the story counts its relative days from ("yesterday", "on Monday", "today",
    "last month"): the dateline's own day ("BAKU, April 4.", "ABU DHABI, 14th January, 2025
    (WAM)") when it is near the publication date, as the dateline says when the story was
    written and the publication date may be a day or more later; else the publication date. A
    dateline without a year takes the year that puts its day nearest the publication date."""
    if dateline is None or published is None:
        return published
    day = dateline.date
    if day is None and dateline.yearless is not None:
        years = (published.year - 1, published.year, published.year + 1)
        days = [d for d in (parse_date(f"{dateline.yearless} {y}") for y in years) if d is not None]
        day = min(days, key=lambda d: abs((d - published).days), default=None)
    if day is None or abs((published - day).days) > _DATELINE_REACH_DAYS:
        return published
    return day


def _extract(
    text: str,
    published: date | None,
    dateline: str | None,
    url: str | None,
    around: tuple[str, ...] = (),
    headline: tuple[str, str] | None = None,
    source: str | None = None,
) -> Extraction:
    sentences = split_sentences(text)
    return Extraction(
        trade_mentions=tuple(extract_trade_mentions(text, sentences, published, url, headline, source)),
        engagements=tuple(extract_engagements(text, sentences, published, dateline, url, around, headline)),
    )


def _shifted_trade(mention: TradeMention, by: int) -> TradeMention:
    """A figure found in an item of a digest, its offsets into the whole text."""
    return replace(
        mention,
        char_start=mention.char_start + by,
        char_end=mention.char_end + by,
        evidence_start=mention.evidence_start + by,
        evidence_end=mention.evidence_end + by,
    )
