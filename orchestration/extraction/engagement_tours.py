"""A tour told as one visit: one visit per host country, each with its own day.

Wire copy often sums up a trip in one sentence: "Kallas visited Helsinki on Monday and
Stockholm on Tuesday", "arrived in Kuwait on Sunday on the second stop of a Gulf tour that
began in Manama on Saturday". The clause grammar drafts one visit from such a sentence; the
gold standard (and any analyst) records one visit per host country. A visit whose sentence
names cities of two or more countries, each followed by its own date before the next city, is
split into one visit per city. A sentence with one date for several cities ("toured Lima and
Quito last week") is left as it is: the text does not say which day was where. A trip to
countries named in one list ("paid working visits to the UAE and Qatar on Saturday and Sunday")
is one visit per host country, dated in the list's order when as many days are told, else each
on the trip's day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from orchestration.extraction import engagement_types as et
from orchestration.extraction.countries import CountryMention, find_countries
from orchestration.extraction.dates import DateMention, find_dates
from orchestration.extraction.engagement_context import DocumentContext, Draft

_CITY_KINDS: Final = ("capital", "city")


def split_tour(doc: DocumentContext, c: Draft) -> list[Draft]:
    """The visits a visit draft stands for: itself, or one per city of a dated tour."""
    if c.type != et.VISIT:
        return [c]
    stops = _dated_stops(c.evidence, doc)
    if len({city.iso3 for city, _ in stops}) < 2:
        return _visits_to_listed_hosts(doc, c)
    visits = []
    for city, day in stops:
        if city.iso3 == doc.dateline_country and _visitor_is_home(c, doc):
            continue
        # replace, not copy.copy: see engagements._part_of
        visit = replace(
            c,
            location=city.text,
            location_explicit=True,
            host=city.iso3,
            date=day.date,
            date_explicit=True,
            countries={iso for iso in c.countries if iso == city.iso3 or not _is_other_stop(iso, stops)},
        )
        visits.append(visit)
    return visits or [c]


#: A trip to several countries named in one list: "paid working visits to the UAE and Qatar",
#: "concluded his visits to France and the United States", "a tour of Kenya and Uganda".
_TOUR_OF_LISTED: Final = re.compile(
    r"\b(?:visits\s+to|tour\s+of|trips\s+to|visited)\s+(?P<list>(?:the\s+)?[A-Z][^.;:()]*?"
    r"(?:,\s+(?:the\s+)?[A-Z][^.;:(),]*?)*\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)


def _visits_to_listed_hosts(doc: DocumentContext, c: Draft) -> list[Draft]:
    """One visit per host of a trip to countries named in one list ("paid working visits to the
    United Arab Emirates and Qatar on Saturday and Sunday"), as the gold records them: each
    host with the visitor's side, on the day the list of days gives it in order, else on the
    trip's day (one visit of three countries had matched none)."""
    tour = _TOUR_OF_LISTED.search(c.evidence)
    if tour is None:
        return [c]
    named = [m for m in find_countries(tour.group("list")) if m.kind == "name"]
    home = {p.country_iso3 for p in c.people if p.country_iso3}
    if not home and doc.dateline_country is not None:
        home = {doc.dateline_country}  # "NEW DELHI - Prime Minister X concluded his visits to ..."
    hosts = list(dict.fromkeys(m.iso3 for m in named if m.iso3 not in home))
    if len(hosts) < 2 or not home or not c.countries <= home | set(hosts):
        return [c]
    days = [d for d in find_dates(c.evidence[tour.end() :], doc.written_on) if d.date is not None]
    visits = []
    for n, host in enumerate(hosts):
        visit = replace(c, host=host, location=None, countries=home | {host})  # not copy.copy: as above
        if len(days) == len(hosts):
            visit.date, visit.date_explicit = days[n].date, True
        visits.append(visit)
    return visits


def _dated_stops(sentence: str, doc: DocumentContext) -> list[tuple[CountryMention, DateMention]]:
    """Each city of the sentence with the date written after it and before the next city."""
    cities = [m for m in find_countries(sentence) if m.kind in _CITY_KINDS or _is_destination(sentence, m)]
    if len(cities) < 2:
        return []
    dates = [d for d in find_dates(sentence, doc.written_on) if d.date is not None]
    stops = []
    for index, city in enumerate(cities):
        limit = cities[index + 1].start if index + 1 < len(cities) else len(sentence)
        day = next((d for d in dates if city.end <= d.start < limit), None)
        if day is None:
            return []  # a city without its own day: the text does not split the trip
        stops.append((city, day))
    return stops


def _is_destination(sentence: str, mention: CountryMention) -> bool:
    """A country written where a city would be ("arrived in Kuwait", "flew to Singapore"): a stop."""
    return mention.kind == "name" and sentence[: mention.start].rstrip().endswith((" in", " to"))


def _is_other_stop(iso: str, stops: list[tuple[CountryMention, DateMention]]) -> bool:
    return any(city.iso3 == iso for city, _ in stops)


def _visitor_is_home(c: Draft, doc: DocumentContext) -> bool:
    """A stop in the dateline's country is the visitor's way home only when the visitor is
    not from there; a foreign visitor's stop in the dateline country is a visit of its own."""
    return doc.dateline_country is not None and any(p.country_iso3 == doc.dateline_country for p in c.people)


#: "then headed to", "later travelled to": a move from one stop of a stay to the next.
_MOVED_ON: Final = re.compile(
    r"\b(?:then|later|afterwards|subsequently)\s+(?:headed|travell?ed|flew|went|proceeded|moved)\s+(?:on\s+)?to\b"
)
#: The lemmas of a visit told by a verb of travel alone (engagement_clauses._lemma keeps them).
_TRAVEL_LEMMAS: Final = et.TRAVEL_VERBS | {"went", "proceeded", "moved"}


def without_moves_within_a_stay(drafts: list[Draft]) -> list[Draft]:
    """The drafts less each visit told only by a move to the next stop ("X then headed to the
    parliament, where the Speaker welcomed him") among sides that had met before in the story:
    the visitor was already there, going from one meeting to the next is no visit (a move to
    another country's city, with other sides, stays one: "then flew to Buenos Aires")."""
    out = []
    for c in drafts:
        if (
            c.type == et.VISIT
            and c.lemmas
            and c.lemmas <= _TRAVEL_LEMMAS
            and _MOVED_ON.search(c.evidence)
            and any(_met_before(d, c) for d in drafts)
        ):
            continue
        out.append(c)
    return out


def _met_before(d: Draft, visit: Draft) -> bool:
    """Whether d, an event of an earlier sentence, had the visitor meet someone there already: in
    the same place, or in the country the move goes to (its sides are not set yet: the people's)."""
    names = {p.name for p in visit.people}
    return (
        d.sentence < visit.sentence
        and d.type != et.VISIT
        and any(p.name in names for p in d.people)
        and (
            visit.location == d.location
            or visit.host is None
            or visit.host in {p.country_iso3 for p in d.people if p.name not in names}
        )
    )
