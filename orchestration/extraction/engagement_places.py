"""Where an engagement took place.

The place is a city named in the trigger's own clause ("in Astana", "at the Kremlin",
"arrived in Lagos", "in Singapore"), else in another clause of the same sentence, else a
town the lexicon does not know after "in" ("held talks in Belem"). A visit's host country is
the place's, or the destination named ("a visit to Uzbekistan"). With no place in the
sentence, an engagement anchored to another ("Following the talks"), told on the same
occasion ("On the same day", "There, ..."), or on the same day with the same sides, shares
that engagement's place; but "There" after a sentence that told a place ("flew on to
Bangkok. There she met X") is that place. Phone calls have none. A story filed from home
that tells a stay of its side abroad ("ended a four-day stay in Lima") places there, not at
the dateline, the unplaced events of the stay's days (`mission_abroad`). A national ministry
named as the venue ("at the Chinese Foreign Ministry") is in its country's capital.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Final

from orchestration.extraction import engagement_types as et
from orchestration.extraction.countries import LANDMARKS, capital_of, city_country, find_countries, is_region
from orchestration.extraction.datelines import CENTRAL_EUROPEAN_PARTICLES
from orchestration.extraction.dates import MONTHS, WEEKDAYS, find_dates
from orchestration.extraction.engagement_clauses import (
    ANCHOR,
    HOST_NOUNS,
    RELATIVE,
    held_after_event,
)
from orchestration.extraction.engagement_context import (
    ALSO_REACH,
    AnalysedSentence,
    DocumentContext,
    Draft,
    Unit,
    also_of_other_sides,
    anchored_ahead,
    folded,
    is_future,
    name_key,
    offset_anchor,
    offset_from_another_event,
    posted_in,
    sentence_span,
    sequenced_event,
    sides,
    token_at,
    unit_has_trigger,
    units_of,
)
from orchestration.extraction.engagement_merge import MAX_VISIT_DAYS
from orchestration.extraction.engagement_timing import bare_sidelines_event, days_from_main, host_unit
from orchestration.extraction.people import same_person
from orchestration.extraction.titles import COMPASS_WORDS, POSSESSIVE_MARKS, TITLE_WORDS, WORDS
from orchestration.extraction.titles import Sentence as Tokens

#: Words within three tokens before a place that make it where something happened ("in the
#: city of Santa Cruz de la Sierra" counts through "city").
_LOCATION_PREPOSITIONS: Final = frozenset(["in", "at", "to", "visited", "visit", "near", "city", "town"])


def _unit_places(a: AnalysedSentence, unit: Unit, family: str) -> list[tuple[int, str, str | None]]:
    """Places written in a unit after "in", "at" or "to" (any place for a visit), else unknown towns."""
    lowers = a.tokens.lowers
    found = []
    for i, city, iso3 in a.places:
        if i not in unit.tokens or i in a.clauses.topic or i in a.clauses.excluded:
            continue
        if lowers[i - 1] == "," and i - 2 in a.clauses.topic:
            continue  # "a terminal in Belawan, North Sumatra": the region of a place in the topic
        after = i + len(city.split())  # the token after the place's name
        # "The first stop of the tour was Hanoi, where she met X": a "where" clause hangs on it
        where = _where_clause_at(lowers, after)
        if lowers[i - 1] == "in" and _site_in_topic(a, i - 1, after, region=is_region(city)):
            continue  # "to discuss a gas chemical complex in Atyrau": where the thing discussed is
        if lowers[i - 1] == "in" and _site_of_a_stop(a, i - 1) and not where:
            continue  # "met X and visited a distributor in Thu Duc": where the stop was
        if _toured_after_the_event(a, unit, i):
            continue  # "met X at State House and toured the port of Walvis Bay": a later stop
        if any(t.first_token < i <= t.last_token for t in a.titles) and not posted_in(a.tokens, i):
            # "Minister for Foreign Affairs of the Republic of Singapore": whose office, not where
            # (an envoy's post kept in the sentence's places was where he was met: "met the
            # Chinese ambassador in Nairobi")
            continue
        if (is_region(city) or city_country(city) is None) and any(t.first_token == i for t in a.titles):
            # "Ontario Premier X visited Japan": the province X governs, not where he went; so is
            # a unit known only from the head of its government, by name or adjective ("Victoria
            # Premier", "Bavarian Minister-President"), which the lexicon lists as no town
            continue
        if _in_affiliation(a, i):
            continue  # "led by University of Tehran President X": the body X heads, not where
        if _planned_place(a, i):
            continue  # "signed an MoU and agreed to hold the next session in Budapest"
        if (
            family != et.VISIT
            and lowers[i - 1] in ("to", "in")
            and _event_talked_of(lowers, i - 1)
            and not _event_organized_in(a, i - 1)
        ):
            continue  # "met X, with whom he discussed a business mission to Guangzhou"
        if _document_purpose(a, i, after):
            continue  # "signed an agreement to set up a joint crafts showroom in Lagos"
        if lowers[i - 1] == "to" and _invited(lowers, i - 1):
            continue  # "when the Nigerian leader invited his Brazilian counterpart to Abuja": a plan
        if _denied(lowers, i):
            continue  # "but officials denied reports that a deal on a refinery at Gwadar was signed"
        if _project_named_after(a.tokens, i, after):
            continue  # "invited investors to the Dodoma industrial zone": which zone, not where
        if lowers[after] in _NAMED_AFTER_A_PLACE:
            continue  # "in the spirit of the Kampala Principles", "the Minsk Agreements": a name
        if _region_of_a_town_after(a.tokens, after):
            continue  # "in the Fergana Valley city of Osh": the region's name, the town after it
        if lowers[i - 1] == "near" and not _near_the_venue(a, i - 1):
            continue  # "signed an MoU for an electronics unit near Pune": where the unit is
        if _capitals_as_governments(a, i, city):
            continue  # "with Beijing and Wellington pledging to deepen cooperation": governments
        if (
            lowers[after] in POSSESSIVE_MARKS
            and not city.endswith(("'s", "’s"))
            and not _venue_of_the_city_at(a.tokens, i, after)
        ):
            continue  # "to convey New Delhi's congratulations": its government's, not where
        k = i - 1 if lowers[i - 1] not in COMPASS_WORDS else i - 2  # "a plant in East Java"
        project_then_day = lowers[k - 1] in _PROJECT_NOUNS and _day_follows(lowers, after)
        # "was greeted at the airport in Hanoi by X": the airport one stood at is the venue
        at_the_airport = (
            lowers[k - 1] in _AIRPORT_WORDS and lowers[k - 2] == "the" and lowers[k - 3] in ("at", "on")
        )
        if (
            lowers[k] == "in"
            and lowers[k - 1] in _NOT_VENUES
            and not project_then_day
            and not at_the_airport
            and not (lowers[k - 1] in _PROJECT_NOUNS and _site_visited(a, k))
        ):
            # "the catastrophe unfolding in Gaza", "a hospital project in Ho Chi Minh City" (not
            # "signed a deal for the Dorjilung project in New Delhi on Saturday": the signing's)
            continue
        if _seat_of_someone(lowers, i) or lowers[i].endswith("-based"):
            # "the Ambassador of Iceland, resident in Oslo, ...": where the envoy sits;
            # "Vancouver-based Ballard Power Systems": where the company is
            continue
        onward = lowers[i - 1] in ("to", "for") and lowers[i - 2] in et.ONWARD_VERBS
        if family != et.VISIT and onward and not where and not _flown_for_the_event(a, after):
            # "met X before flying to Mombasa": where the guest went next, not the venue (but
            # "travelled to Hanoi, where she held talks": where the talks were)
            continue
        window = _cue_window(a.tokens, i)
        # "on the sidelines of the Munich Security Conference": the gathering's city
        sidelines = lowers[i - 1] == "the" and lowers[i - 2] == "of" and lowers[i - 3] in et.SIDELINE_WORDS
        # "On October 19, Termez hosted talks between ...": the city is the host
        hosting = lowers[after] in ("hosted", "hosts")
        if (
            window & _LOCATION_PREPOSITIONS
            or family == et.VISIT
            or sidelines
            or hosting
            or where
            or _after_venue(a, i)
            or _on_a_hill_or_street(a.tokens, i)
        ):
            town = _town_before_region(a, i, city)
            found.append((town[0], town[1], iso3) if town is not None else (i, city, iso3))
        elif family == et.FORUM and _names_gathering(a, i):
            found.append((i, city, iso3))  # "attended the Astana International Forum"
    if not found or (family == et.VISIT and all(_passed_through(lowers, p[0]) for p in found)):
        # "From Hanoi she travelled to Miri": a town the lexicon does not know is where the
        # visit went, not the known city she left
        return found + _unknown_places(a, unit, family)
    return found


#: Nouns of a town that a region's name before them describes: "the Fergana Valley city of Osh",
#: "the Black Sea resort of Sochi".
_TOWN_KINDS: Final = et.word_set("city town port resort village capital")
#: How many words of the region may follow the known place's name: "Fergana Valley", "Delta".
_REGION_TAIL: Final = 2


def _region_of_a_town_after(tokens: Tokens, after: int) -> bool:
    """Whether the place name ending before token `after` names the region of a town named after
    it ("the Fergana Valley city of Osh", "the Mekong city of X"): capitalized words of the
    region at most, then a town's noun, "of" and a capitalized name. The region's name had been
    taken for the venue (Fergana, a city too, for Osh)."""
    lowers = tokens.lowers
    k = after
    while k < after + _REGION_TAIL and tokens.caps[k] and lowers[k] not in _TOWN_KINDS:
        k += 1
    return lowers[k] in _TOWN_KINDS and lowers[k + 1] == "of" and tokens.caps[k + 2]


def _on_a_hill_or_street(tokens: Tokens, i: int) -> bool:
    """Whether a landmark named as a hill or a street follows "on" at token i ("met the Kenyan
    president on Capitol Hill", "hosted the king on Parliament Hill"): English puts a hill or a
    street after "on" where it puts a palace after "at", and the event was there."""
    if tokens.lowers[i - 1] != "on":
        return False
    return any(
        tokens.lowers[i + size - 1] in _ON_LANDMARK_NOUNS and tokens.span_text(i, i + size) in LANDMARKS
        for size in (2, 3)
        if i + size <= tokens.n
    )


#: The last words of a landmark that English names after "on".
_ON_LANDMARK_NOUNS: Final = et.word_set("hill street")


def _venue_of_the_city_at(tokens: Tokens, i: int, after: int) -> bool:
    """Whether the city at token i, whose possessive mark is at `after`, owns a venue told after
    "at" or "in" ("was greeted at Abuja's Nnamdi Azikiwe airport", "met at Nairobi's State
    House"): the venue is in the city, where the event was; not a city's possession after other
    words ("conveyed Abuja's congratulations", "on Lagos's port project")."""
    lowers = tokens.lowers
    if lowers[i - 1] not in ("at", "in"):
        return False
    k = after + 1
    while k < min(tokens.n, after + 1 + _VENUE_NAME_REACH):
        if lowers[k] in _VENUE_WORDS or lowers[k] in _AIRPORT_WORDS:
            return True
        if not tokens.caps[k] and lowers[k] not in _VENUE_MODIFIERS:
            return False  # (only the venue's name stands between: "Nnamdi Azikiwe International", "main")
        k += 1
    return False


#: Words of a venue's name between a city's possessive and the venue's noun ("Abuja's Nnamdi
#: Azikiwe International Airport").
_VENUE_NAME_REACH: Final = 5
#: Lower-case words of a city's venue: "at Lusaka's main airport", "at Hanoi's new airport".
_VENUE_MODIFIERS: Final = et.word_set("main international new old presidential military")


def _in_affiliation(a: AnalysedSentence, i: int) -> bool:
    """Whether the place at `i` is named in the body a person's title belongs to ("University
    of Tehran President X", "Tashkent State University rector X"): the office's seat, which no
    more tells where an event was than "Minister of X" does."""
    titled = {t.first_token for t in a.titles}
    if i in titled and a.tokens.lowers[i - 1] == "of":
        return True  # "University of Tehran President": the title parser took "Tehran President"
    offices = {k for t in a.titles for k in range(t.first_token, t.last_token + 1)}
    return any(
        first <= i < end and (_titled_at(a, end, titled) or end in offices or _of_person_before(a, first))
        for first, end, _ in a.orgs
    )


def _of_person_before(a: AnalysedSentence, first: int) -> bool:
    """Whether the body at token `first` follows a titled person's name and "of" ("Rector Le
    Hai An of Hanoi University"): his affiliation, whose place is its seat, no venue."""
    return a.tokens.lowers[first - 1] == "of" and any(
        end == first - 1 and start in {t.last_token + 1 for t in a.titles} for start, end, _ in a.people
    )


def _titled_at(a: AnalysedSentence, j: int, titled: set[int]) -> bool:
    """Whether a title or a named person opens at `j`, past one lower-case title word
    ("rector Ravshan Ibragimov")."""
    if a.tokens.lowers[j] in TITLE_WORDS and not a.tokens.caps[j]:
        j += 1
    return j in titled or any(first == j for first, _, _ in a.people)


def _flown_for_the_event(a: AnalysedSentence, after: int) -> bool:
    """Whether the place of an onward journey ends before "for" and the event it was made for
    ("before flying to Canberra for talks with X"), or before an infinitive of purpose whose
    words, or a "where" clause on them, tell the event ("travelled to X to hold talks with Y",
    "flew to X to tour a plant, where she was received by Y"): the event was held there, though
    the journey is told after another one ("met X before flying to Mombasa (to rest)" names no
    venue)."""
    lowers = a.tokens.lowers
    if lowers[after] == "for":
        return any(after < t.token <= after + _JOURNEY_PURPOSE_REACH for t in a.clauses.triggers)
    verb = after + 1
    if lowers[after] != "to" or a.tokens.caps[verb] or not lowers[verb].isalpha():
        return False
    triggers = {t.token for t in a.clauses.triggers if not t.negated}
    for k in range(verb, min(a.tokens.n, verb + _PURPOSE_EVENT_REACH)):
        if k in triggers:
            return True
        if lowers[k] in _PURPOSE_ENDS or (lowers[k] == "," and lowers[k + 1] != "where"):
            return False
    return False


#: How many words after "for" the event an onward journey was made for may be named
#: ("for the annual leaders' meeting").
_JOURNEY_PURPOSE_REACH: Final = 5
#: How many words an infinitive of purpose and a "where" clause on it may take up to the event.
_PURPOSE_EVENT_REACH: Final = 16
_PURPOSE_ENDS: Final = frozenset([".", ";", ":", "and", "but", "before", "after"])


#: Words of where someone is posted or lives, not where the event was: "resident in Oslo".
_SEATED: Final = et.word_set("resident based headquartered residing accredited")


#: Words that make the thing a "near" phrase follows the venue: "met at the Rumichaca
#: bridge, near Tulcán", "toured a port near Tema".
_VENUE_GOVERNORS: Final = et.word_set("at in inside visited visiting toured touring inspected")
#: Prepositions that make it a thing the event was about or for, not held at: "an MoU for a
#: plant near Hosur", "a unit by Lakeshore Circuits near Hosur", "the expansion of a mine near X".
_THING_GOVERNORS: Final = et.word_set("for by of to with from into about on under")
#: The same but "of", which a site's name may hold ("the construction site of X's plant").
_THING_GOVERNORS_BUT_OF: Final = _THING_GOVERNORS - {"of"}
#: Tokens back from "near" within which the word governing the thing before it is sought.
_NEAR_REACH: Final = 12


#: Verbs of going to see a site, whose place is then where the visitor was: "visited the
#: construction site of a plant in Debrecen and met the mayor".
_SITE_VISIT_VERBS: Final = et.SITE_TOUR_VERBS | et.word_set("visited visiting")


#: Nouns of a settlement that cue a place only as common nouns ("the city of Santa Cruz"),
#: not as the end of a name ("GIFT City", "Cape Town").
_SETTLEMENT_CUES: Final = frozenset(["city", "town"])


def _cue_window(tokens: Tokens, i: int) -> set[str]:
    """The three words before the place at token i that may cue it as where something
    happened; a capitalized "City" or "Town" ends a name ("signed between GIFT City and the
    Abu Dhabi Global Market": the second body's city is no venue) and cues nothing."""
    return {
        tokens.lowers[k]
        for k in (i - 1, i - 2, i - 3)
        if not (tokens.caps[k] and tokens.lowers[k] in _SETTLEMENT_CUES)
    }


def _site_visited(a: AnalysedSentence, preposition: int) -> bool:
    """Whether the thing before the "in" at token `preposition` is a site someone visited
    ("visited the construction site of an automaker's plant in Debrecen and met X"): a verb of
    going to see it governs it, found walking back through its "of" phrases before any other
    preposition, event word or clause break. The visitor was there, so it is the venue."""
    lowers = a.tokens.lowers
    triggers = {t.token for t in a.clauses.triggers}
    for k in range(preposition - 1, max(-1, preposition - _NEAR_REACH), -1):
        if lowers[k] in _SITE_VISIT_VERBS:
            return True
        if k in triggers or lowers[k] in _THING_GOVERNORS_BUT_OF or lowers[k] in (",", ".", "and", ";"):
            return False
    return False


def _near_the_venue(a: AnalysedSentence, near: int) -> bool:
    """Whether the "near" at token `near` locates where the event was: it follows the event's
    own word ("talks near the border") or a thing "at" which, or visited where, it took place
    ("met at the Rumichaca international bridge, near Tulcán"); not a thing signed for or built
    ("signed an MoU for an electronics unit near Hosur"), found first walking back from it."""
    lowers = a.tokens.lowers
    triggers = {t.token for t in a.clauses.triggers}
    for k in range(near - 1, max(-1, near - _NEAR_REACH), -1):
        if k in triggers or lowers[k] in _VENUE_GOVERNORS:
            return True
        if lowers[k] in _THING_GOVERNORS:
            return False
    return True


def _seat_of_someone(lowers: list[str], i: int) -> bool:
    """Whether the place at token i is where someone is posted, told in an aside: ", resident
    in Oslo,", "who is based in Nairobi"."""
    return lowers[i - 1] == "in" and lowers[i - 2] in _SEATED and lowers[i - 3] in (",", "is", "are")


def _site_in_topic(a: AnalysedSentence, preposition: int, after: int, *, region: bool = False) -> bool:
    """Whether the place after the "in" at token `preposition` (ending before token `after`)
    locates a site in the subject matter ("met X to discuss a gas chemical complex in Atyrau"),
    or anything in subject matter set off by a comma ("signed ..., covering container trains
    and a dry-port partnership in Navoi": an appendix on what the deal is about), not the
    event: a day right after it makes it the event's after all ("signed a deal for the
    Dorjilung project in New Delhi on Saturday"). A `region` (a province, no town) right after
    the subject matter is where the matter is, with a day after it or not ("held talks with X
    on security in Cabo Delgado"): talks are held in a town, and the region had been taken for
    their place."""
    lowers = a.tokens.lowers
    if preposition - 1 not in a.clauses.topic:
        return False
    if region:
        return True
    return (
        lowers[preposition - 1] in _SITE_NOUNS or _topic_set_off(a, preposition - 1)
    ) and not _day_follows(lowers, after)


def _topic_set_off(a: AnalysedSentence, last: int) -> bool:
    """Whether the subject matter ending at token `last` opens on a comma and a verb of subject
    matter (", covering ...", ", concerning ...", ", focusing on ..."): it follows the event's
    clause as an aside, so a place within it is not where the event was (one after a comma
    that closes the aside, ", covering X, in Aktau", is the event's)."""
    lowers, topic = a.tokens.lowers, a.clauses.topic
    if lowers[last] == ",":
        return False
    k = last
    while k - 1 in topic:
        k -= 1
    k -= 1 if lowers[k - 1] in ("on", "upon") else 0
    return lowers[k - 1] in et.TOPIC_VERBS and lowers[k - 2] == ","


def _site_of_a_stop(a: AnalysedSentence, preposition: int) -> bool:
    """Whether the "in" at token `preposition` closes the object of a visit or tour that tells
    no event ("met X and visited a canola oil distributor in Thu Duc", "toured two farms in
    Y"): the place is where the site is, a stop of the trip, not where the event was (unless a
    "where" clause on it, or an event told after it, tells the visitor there)."""
    lowers = a.tokens.lowers
    events = {t.token for t in a.clauses.triggers}
    if any(k > preposition for k in events):
        return False  # "visited the X plant in Changwon and met its CEO": the visitor was there
    for k in range(preposition - 1, max(-1, preposition - _STOP_REACH), -1):
        if lowers[k] in (",", ";", ":") or k in events:
            return False
        if lowers[k] in _STOP_VERBS:
            return True
    return False


def _toured_after_the_event(a: AnalysedSentence, unit: Unit, i: int) -> bool:
    """Whether the place at `i` is named in the object of "toured"/"visited"/"inspected" that
    follows the unit's own event word ("met X at State House and toured the port of Walvis
    Bay, where ..."): the visitor went on to that stop, so it is not where the event was, even
    with a "where" clause on it that tells no event. A tour verb opening the sentence
    ("Toured the port of X, she met Y") has no event before it and keeps its place."""
    lowers = a.tokens.lowers
    for k in range(i - 1, max(-1, i - _STOP_REACH), -1):
        if lowers[k] in (",", ";", ":", "in", "at", "where"):
            return False
        if lowers[k] in _LATER_STOP_VERBS:
            return any(
                t.token < k and t.token in unit.tokens and t.family != et.VISIT for t in a.clauses.triggers
            )
    return False


#: Tokens from a visit's or tour's verb to the "in" after the site visited.
_STOP_REACH: Final = 8
#: Verbs of going to see a site (not "visiting" or "visit", also an adjective and a noun:
#: "met visiting leaders in Apia").
_STOP_VERBS: Final = et.word_set("visited toured")
#: Verbs of going round a site after an event ("and toured the port of X", "and inspected"):
#: the stop verbs, and "inspected".
_LATER_STOP_VERBS: Final = _STOP_VERBS | et.word_set("inspected")


def _day_follows(lowers: list[str], j: int) -> bool:
    """Whether a day is told at token j: "on Saturday", "on 1 August", "yesterday"."""
    return lowers[j] in ("yesterday", "today") or (
        lowers[j] == "on" and (lowers[j + 1] in WEEKDAYS or lowers[j + 1][:1].isdigit())
    )


def _where_clause_at(lowers: list[str], j: int) -> bool:
    """Whether a ", where" clause opens at token j, after the day of the journey if one is
    told there ("travelled to Miri, where", "travelled to Miri on Saturday, where"): the
    clause hangs on the place, the day between being only an adjunct of the verb."""
    if lowers[j] in ("yesterday", "today"):
        j += 1
    elif lowers[j] == "on":
        end = j + 1
        while end < j + 5 and (lowers[end] in WEEKDAYS or lowers[end] in MONTHS or lowers[end][:1].isdigit()):
            end += 1
        j = end if end > j + 1 else j
    return lowers[j] == "," and lowers[j + 1] == "where"


def _capitals_as_governments(a: AnalysedSentence, i: int, city: str) -> bool:
    """Whether the place at token i is one of two capitals joined by "and" with no preposition
    of place before them: "with Beijing and Wellington pledging ...", "Moscow and Kyiv agreed"
    name the two governments, not where anything happened."""
    lowers = a.tokens.lowers
    starts = {k for k, _, _ in a.places}
    end = i + len(city.split())
    if lowers[end] == "and" and end + 1 in starts:
        first = i
    elif lowers[i - 1] == "and" and any(k + len(c.split()) == i - 1 for k, c, _ in a.places):
        first = next(k for k, c, _ in a.places if k + len(c.split()) == i - 1)
    else:
        return False
    return lowers[first - 1] not in _LOCATION_PREPOSITIONS and lowers[first - 1] not in ("to", "between")


def _names_gathering(a: AnalysedSentence, i: int) -> bool:
    """Whether the place at token i opens the name of a gathering held there: "the Sharm
    El-Sheikh Peace Summit", "the St. Petersburg International Economic Forum" (not "the
    Shanghai Cooperation Organisation summit", a body's, held anywhere)."""
    tokens = a.tokens
    if tokens.lowers[i - 1] != "the":
        return False
    j = i
    while j < min(tokens.n, i + 8) and (tokens.caps[j] or tokens.lowers[j] in ("-", ".")):
        j += 1
    return tokens.lowers[j - 1] in _GATHERING_NOUNS


#: Last words of a gathering's name: "... Forum", "... Summit", "... Dialogue".
_GATHERING_NOUNS: Final = et.word_set("forum summit conference dialogue congress week") | et.NAMED_GATHERINGS


def _planned_place(a: AnalysedSentence, i: int) -> bool:
    """Whether place i is where something planned, not done, would be: after a plan's topic
    ("signed ... and agreed to hold the next session of the commission in Budapest",
    "decided to open a consulate in Almaty", "agreed that shipping lines should call at Mombasa")."""
    topic = a.clauses.topic
    k = i - 2  # the word before the preposition
    if _gerund_plan(a.tokens.lowers, i - 1) or _told_ahead(a.tokens.lowers, i - 1):
        return True
    if k not in topic:
        return _second_plan(a.tokens.lowers, i - 1) or _participle_plan(a.tokens.lowers, i - 1)
    while k - 1 in topic:
        k -= 1
    lowers = a.tokens.lowers
    if lowers[k - 1] == "that":  # "agreed that shipping lines should call at Mombasa"
        k -= 1
    return lowers[k] in ("to", "that") and lowers[k - 1] in _PLAN_VERBS


def _told_ahead(lowers: list[str], preposition: int) -> bool:
    """Whether the place after `preposition` closes a clause told ahead: a modal ("held talks
    on Monday and said they would meet again in Doha", "... they will reconvene in Doha") or
    the next of a series ("agreed to hold the next round of talks in New Delhi"). Where a
    meeting to come will be is not where the meeting reported was; the search stops at the
    clause's start."""
    for j in range(preposition - 1, max(0, preposition - _AHEAD_REACH) - 1, -1):
        lower = lowers[j]
        if lower in _CLAUSE_BREAKS:
            return False
        if lower in ("will", "would", "shall", "'ll") or (lower == "next" and lowers[j + 1] != "to"):
            return True  # (not "next to the palace": where)
    return False


#: How many words before a place the modal or "next" of a clause told ahead may stand ("would
#: hold the next round of their strategic dialogue in").
_AHEAD_REACH: Final = 10


def _document_purpose(a: AnalysedSentence, i: int, after: int) -> bool:
    """Whether place i, after "in", closes what a signed document is to do, told in lower-case
    words after its "to" ("signed an agreement on Wednesday to set up a joint crafts showroom in
    Lagos", "a memorandum to open a joint office in Abuja"): the thing's city, not the
    signing's; a day right after the place makes it the signing's after all. The thing may be
    named ("a contract on Monday to build C295 aircraft in Vadodara", "to assemble Boeing jets
    in Hyderabad"): its words may be capitalized or hold digits; only punctuation ends them."""
    lowers, caps = a.tokens.lowers, a.tokens.caps
    if lowers[i - 1] != "in" or _day_follows(lowers, after):
        return False
    for j in range(i - 2, max(0, i - 2 - _DOCUMENT_PURPOSE_REACH), -1):
        if not lowers[j].isalnum():
            return False
        if lowers[j] == "to":
            k = j - 1
            if caps[k] and lowers[k - 1] in ("on", "this", "last"):
                k -= 2  # "an agreement on Wednesday to ..."
            return lowers[k] in _PLAN_DOCUMENTS
    return False


def _capitalized_end(tokens: Tokens, i: int) -> int:
    """The token after the run of capitalized words that opens at token i."""
    while tokens.caps[i]:
        i += 1
    return i


#: Documents whose "to ..." is what they are for: "an agreement to set up X in Lagos".
_PLAN_DOCUMENTS: Final = et.word_set(
    "agreement agreements deal deals memorandum mou mous accord pact contract"
)
#: How many lower-case words a document's "to ..." may run before the place it closes on.
_DOCUMENT_PURPOSE_REACH: Final = 8


def _second_plan(lowers: list[str], preposition: int) -> bool:
    """Whether the place after `preposition` ends a plan's second infinitive ("agreed to resume
    the commission ... and to hold it in Manila"): "and to" with its verb a few words before,
    coordinated with a "to" after a verb of planning in the same sentence."""
    start = max(1, preposition - _PLAN_REACH)
    to = next((j for j in range(preposition - 2, start - 1, -1) if lowers[j] == "to"), -1)
    if to < 0 or lowers[to - 1] != "and" or any(w in _CLAUSE_BREAKS for w in lowers[to + 1 : preposition]):
        return False
    for j in range(to - 2, 0, -1):
        if lowers[j] in (".", ";"):
            return False
        if lowers[j] == "to" and lowers[j - 1] in _PLAN_VERBS:
            return True
    return False


def _participle_plan(lowers: list[str], preposition: int) -> bool:
    """Whether the place after `preposition` ends the infinitive of a participle of planning
    ("..., with the ministers agreeing to hold the next session in Vilnius", "..., deciding to
    open a consulate in Kaunas"): an absolute or participial clause that plans, whose city is
    where the plan will be carried out, not where the talks were."""
    start = max(1, preposition - _PARTICIPLE_PLAN_REACH)
    for j in range(preposition - 2, start - 1, -1):
        if lowers[j] in _CLAUSE_BREAKS:
            return False
        if lowers[j] == "to":
            return lowers[j - 1] in _PLAN_PARTICIPLES
    return False


def _gerund_plan(lowers: list[str], preposition: int) -> bool:
    """Whether the place after `preposition` ends a gerund of holding or setting up that a verb
    of discussing or planning governs ("the sides discussed holding a business forum in
    Ashgabat", "considered opening a consulate in Almaty", "agreed on setting up a plant in
    Kaunas"): where the thing talked of would be, not where the talks were."""
    start = max(1, preposition - _PARTICIPLE_PLAN_REACH)
    for j in range(preposition - 2, start - 1, -1):
        if lowers[j] in _CLAUSE_BREAKS:
            return False
        if lowers[j] in _PLAN_GERUNDS:
            before = lowers[j - 1] if lowers[j - 1] not in ("on", "about") else lowers[j - 2]
            return before in et.TOPIC_VERBS or before in _PLAN_VERBS or before in _PROPOSING
    return False


#: Gerunds of bringing an event or a body into being: "holding a forum", "opening an office".
_PLAN_GERUNDS: Final = et.word_set(
    "holding hosting opening establishing setting convening organizing organising launching building creating"
)
#: Verbs of putting a plan forward, which govern a gerund ("proposed holding the session in Baku").
_PROPOSING: Final = et.word_set("proposed propose proposes suggested suggest suggests mulled")


#: Participles of planning, and how many words their infinitive may run before its place
#: ("agreeing to hold the next session of the intergovernmental council in").
_PLAN_PARTICIPLES: Final = et.word_set("agreeing deciding pledging vowing planning intending resolving")
_PARTICIPLE_PLAN_REACH: Final = 12


#: How many words a plan's second infinitive may run before its place ("to hold it in").
_PLAN_REACH: Final = 5


def _event_talked_of(lowers: list[str], preposition: int) -> bool:
    """Whether the "to" or "in" at `preposition` closes a trip or gathering that a verb of
    discussing or preparing governs ("with whom he discussed a possible business mission to
    Guangzhou", "met X to prepare a trade fair in Mumbai"): the subject matter, where the
    thing talked of would go or be held, not where the talks were."""
    if lowers[preposition - 1] not in _TALKED_EVENT_NOUNS:
        return False
    for j in range(preposition - 2, max(0, preposition - 2 - _TALKED_EVENT_REACH), -1):
        if lowers[j] in et.TOPIC_VERBS or lowers[j] in _PREPARING:
            return True
        if (
            lowers[j] in _CLAUSE_BREAKS
            or lowers[j] in _VENUE_OPENERS
            or not _GATHERING_WORD.fullmatch(lowers[j])
        ):
            # ("discussed trade at the G20 summit in Rio": the gathering the talks were at)
            return False
    return False


#: Trips and gatherings that are talked of or prepared: "a business mission to", "a fair in".
_TALKED_EVENT_NOUNS: Final = et.word_set(
    "mission missions visit visits trip trips tour tours delegation delegations fair fairs expo "
    "exhibition exhibitions forum forums conference conferences roadshow summit summits"
)
#: Words of a talked-of event's phrase: lower-case words and names with digits ("the G20 summit").
_GATHERING_WORD: Final = re.compile(r"[^\W_]+")
#: Words that open the gathering the talks were held at, not one talked of: "at", "during".
_VENUE_OPENERS: Final = et.SIDELINE_WORDS | et.word_set("at during amid")
#: Verbs of getting an event ready, which like verbs of discussing govern it as subject matter.
_PREPARING: Final = et.word_set(
    "prepare prepares prepared preparing plan plans planned planning organise organises organised "
    "organising organize organizes organized organizing arrange arranges arranged arranging"
)
#: Lower-case words a talked-of event's phrase may run back to its verb ("a possible business").
_TALKED_EVENT_REACH: Final = 5


def _event_organized_in(a: AnalysedSentence, preposition: int) -> bool:
    """Whether the "in" at `preposition` closes a gathering the sentence tells as held, which a
    past "organized" governs ("X organized a forum in Hanoi on Wednesday with Y"): the event
    itself, held there, not one prepared for later ("met X to organize a fair in Mumbai")."""
    lowers = a.tokens.lowers
    noun = preposition - 1
    if lowers[preposition] != "in" or not any(t.token == noun and not t.negated for t in a.clauses.triggers):
        return False
    for j in range(noun - 1, max(0, noun - 1 - _TALKED_EVENT_REACH), -1):
        if lowers[j] in _ORGANIZED:
            return True
        if lowers[j] in _CLAUSE_BREAKS or not lowers[j].isalpha():
            return False
    return False


#: Past verbs of getting an event ready that tell it held: "organized a forum in Hanoi".
_ORGANIZED: Final = et.word_set("organized organised")


def _invited(lowers: list[str], to: int) -> bool:
    """Whether the "to" at `to` says where someone was invited ("invited his counterpart to
    Abuja", "an invitation to Seoul"): where a visit would go, not where anything was done."""
    for j in range(to - 1, max(0, to - _INVITE_REACH) - 1, -1):
        if lowers[j] in _INVITE_WORDS:
            return True
        if lowers[j] in _CLAUSE_BREAKS:
            return False
    return False


_INVITE_WORDS: Final = et.word_set("invited invites invite inviting invitation invitations")
_INVITE_REACH: Final = 6
_CLAUSE_BREAKS: Final = frozenset([",", ";", ":", ".", "and", "but", "where", "when", "who", "which"])


def _denied(lowers: list[str], i: int) -> bool:
    """Whether place i is in what a denial says did not happen ("officials denied reports that
    an agreement on a refinery at Gwadar had been signed"): no event was there."""
    for j in range(i - 1, 0, -1):
        if lowers[j] in (".", ";"):
            return False
        if lowers[j] in _DENIAL_VERBS and lowers[j + 1] in _DENIED_THINGS:
            return True
    return False


def _project_named_after(tokens: Tokens, i: int, after: int) -> bool:
    """Whether the place at token i (its name ending before `after`) only says which project it
    is, standing before the project's noun after at most two lower-case words, the phrase
    governed by a word of what the event was about or for ("invited investors to the Dodoma
    industrial zone", "a loan for the Lobito port expansion project"): the zone or the port is
    what was spoken of, not where. Not after "at" or a verb of visiting ("met at the Mombasa
    port", "toured the Lobito refinery"), where the site is the venue."""
    k = i - 1 if tokens.lowers[i - 1] not in _ARTICLES else i - 2
    if tokens.lowers[k] not in _THING_GOVERNORS:
        return False
    for j in range(after, min(after + _PROJECT_MODIFIERS + 1, len(tokens.lowers))):
        if tokens.caps[j] or not tokens.lowers[j].isalpha():
            return False  # "to Dodoma, where the zone ...": the phrase ends with the name
        if tokens.lowers[j] in _PROJECT_NOUNS:
            return True
    return False


#: Lower-case words a place's name may stand before its project noun by ("the Dodoma
#: industrial zone", "the Lagos deep sea port").
_PROJECT_MODIFIERS: Final = 2
_ARTICLES: Final = frozenset(["the", "a", "an"])


_DENIAL_VERBS: Final = et.word_set("denied denies deny denying dismissed dismisses rejected rejects")
_DENIED_THINGS: Final = et.word_set("that reports report claims rumours rumors speculation")


#: Verbs whose "to ..." is a plan, not a deed.
_PLAN_VERBS: Final = et.word_set(
    "agreed agree agrees decided decide decides pledged vowed planned plan plans intend intends intended "
    "aim aims aimed resolved"
)


def _after_venue(a: AnalysedSentence, i: int) -> bool:
    """A city in apposition to a named venue: "at the Presidential Villa, Abuja"."""
    lowers, caps = a.tokens.lowers, a.tokens.caps
    if lowers[i - 1] != "," or not caps[i - 2]:
        return False
    k = i - 2
    while k > 0 and caps[k] and i - k <= 6:
        k -= 1
    if lowers[k] == "the":
        k -= 1
    return lowers[k] in ("at", "in")


#: Words before "in <place>" that make the place a subject of the talks, not their venue:
#: "the war in Ukraine", "the situation in Sudan", "the catastrophe unfolding in Gaza".
_SITUATION_NOUNS: Final = et.word_set(
    """war wars conflict conflicts crisis crises situation situations violence fighting
    catastrophe unfolding developments tensions ceasefire hostilities escalation insurgency
    unrest turmoil humanitarian killings attacks instability elections concern concerns alarm
    anger outrage protests criticism"""
)


#: Words before "in <place>" that make the place where a financed or built thing is: "a loan
#: for a hospital project in Ho Chi Minh City", "a plant in Lobito"; and the works of rebuilding
#: a place, whose object it is ("financing for flood reconstruction in Sindh").
_PROJECT_NOUNS: Final = et.word_set(
    """project projects plant plants factory factories hospital hospitals refinery mine mines
    railway line terminal zone park facility facilities school schools bridge dam corridor
    investment investments port ports airport harbour harbor refineries smelter hub hubs estate
    warehouse warehouses reconstruction rebuilding rehabilitation restoration recovery venture
    ventures lines terminals zones parks corridors bridges dams railways airports harbours harbors
    smelters estates gigafactory gigafactories megafactory megafactories megaproject megaprojects
    pipeline pipelines"""
)
#: Nouns of a holding, whose "in <name>" is what is held ("Eni and TotalEnergies, partners in
#: Cronos", "a 30% stake in Zohr", "the operator in Area 4"): a field or a venture, no venue.
_HOLDING_NOUNS: Final = et.word_set(
    """partner partners stake stakes interest interests shareholder shareholders investor
    investors operator operators holding holdings participation"""
)
_NOT_VENUES: Final = _SITUATION_NOUNS | _PROJECT_NOUNS | _HOLDING_NOUNS
#: Nouns of a site that, inside the subject matter, a place after "in" locates ("to discuss a
#: gas chemical complex in Atyrau"); outside it they may be the venue ("visited a hotel
#: complex in Santa Maria"); and an office to be opened ("discussed the opening of a trade
#: office in Arequipa": where the office will be, not where they met), a centre or a mission
#: ("to talk about a trade centre in Ulaanbaatar").
_SITE_NOUNS: Final = _PROJECT_NOUNS | et.word_set(
    "complex complexes office offices centre centres center centers embassy embassies consulate consulates"
)


#: Capitalized words that follow "in" without being a place ("in English", "in Parliament").
_NOT_PLACES: Final = (
    TITLE_WORDS
    | WORDS["function"]
    | WORDS["calendar"]
    | WORDS["not_name"]
    | et.word_set(
        "english french arabic russian spanish chinese person principle general particular detail total"
    )
)


def _months_span(lower: str) -> bool:
    """Whether a hyphenated word joins calendar names ("january-february", "jan-mar"): a span
    of months written as one word ("In January-February, trade grew"), when, not where."""
    return "-" in lower and all(part in WORDS["calendar"] for part in lower.split("-"))


#: Particles inside a town's name: Romance ("Caxias do Sul", "San Miguel de Tucumán"),
#: Slavic ("Frýdek nad Ostravicí") and German ("Halle an der Saale").
_PLACE_PARTICLES: Final = frozenset(["de", "do", "da", "dos", "das", "del"]) | CENTRAL_EUROPEAN_PARTICLES


def _particles_inside_place(a: AnalysedSentence, j: int) -> int:
    """How many particles (one or two: "an der") open at token j between two words of one
    town's name, when a capitalized word follows them that nothing else claims (a country is
    claimed); 0 when none does."""
    tokens = a.tokens
    k = j
    while k < j + 2 and tokens.lowers[k] in _PLACE_PARTICLES:
        k += 1
    if k == j or not tokens.caps[k] or k in a.covered or tokens.lowers[k] in _NOT_PLACES:
        return 0
    return k - j


def _town_before_region(a: AnalysedSentence, i: int, place: str) -> tuple[int, str] | None:
    """(first token, name) of a town the lexicon does not know, written after "in" and before
    the region at token i and a comma ("in Windsor, Ontario", "in Austin, Texas"): where it
    happened, the region only says where the town is. None for a town of the lexicon (found
    on its own), a region told alone, or a name read as something else."""
    lowers, caps = a.tokens.lowers, a.tokens.caps
    if lowers[i - 1] != "," or not is_region(place):
        return None
    first = i - 1
    while (
        first > i - 4
        and caps[first - 1]
        and first - 1 not in a.covered
        and lowers[first - 1] not in _NOT_PLACES
        and not _months_span(lowers[first - 1])
    ):
        first -= 1
    if first == i - 1 or lowers[first - 1] != "in":
        return None
    return first, a.tokens.span_text(first, i - 1)


def _unknown_places(a: AnalysedSentence, unit: Unit, family: str) -> list[tuple[int, str, str | None]]:
    """A town the lexicon does not know: "held talks in Belem", "arrived in Kisumu" (one to
    three capitalized words after "in", or after "visited", that nothing else claims), or
    "travelled to San Pedro" for a visit or a "where" clause hanging on the town."""
    tokens = a.tokens
    found: list[tuple[int, str, str | None]] = []
    words = set(map(tokens.lowers.__getitem__, unit.tokens))
    if _UNKNOWN_PLACE_CUES.isdisjoint(words):
        return found
    for i in sorted(unit.tokens):
        travelled = tokens.lowers[i] == "to" and tokens.lowers[i - 1] in et.TRAVEL_VERBS
        if (
            (
                tokens.lowers[i] not in ("in", "visited", "near", "at")
                and not travelled
                and not (tokens.lowers[i] == "to" and _guest_brought_to(a, i))
            )
            or i + 1 in a.covered
            or i + 1 in a.clauses.topic
            or i + 1 in a.clauses.excluded  # ", the presidency in Dakar said": the speaker's seat
        ):
            continue
        if _planned_place(a, i + 1) or _seat_of_someone(tokens.lowers, i + 1) or posted_in(tokens, i + 1):
            continue  # (nor "High Commissioner in Kampala": where an envoy serves)
        if _document_purpose(a, i + 1, _capitalized_end(tokens, i + 1)):
            continue  # "signed an agreement to set up a showroom in Lagos": the showroom's
        if (
            tokens.lowers[i - 1] in _NOT_VENUES
            and tokens.lowers[i] != "near"
            and not (tokens.lowers[i - 1] in _PROJECT_NOUNS and _site_visited(a, i))
        ):
            continue  # (but "a bridge near a town", "visited a plant in a town": the venue)
        if tokens.lowers[i] == "near" and not _near_the_venue(a, i):
            continue  # "signed an MoU for an electronics unit near Hosur": where the unit is
        if tokens.lowers[i] == "in" and _venue_of_the_city(tokens.lowers, i):
            continue  # "at a city hotel in Uttara": a district of the dateline's city, the place
        first, country = _town_named_after(tokens, i + 1)
        j, particles = first, 0
        while (
            j < first + 3 + particles
            and tokens.caps[j]
            and j not in a.covered
            and tokens.lowers[j] not in _NOT_PLACES
            and not _months_span(tokens.lowers[j])
        ):
            j += 1
            inside = _particles_inside_place(a, j)
            if inside:
                j, particles = j + inside, particles + inside  # "in Caxias do Sul": one town's words
        if j == first or tokens.caps[j] or tokens.lowers[j] in ("’s", "'s", "-"):
            continue
        if tokens.lowers[i] == "at" and first == i + 1 and not _town_particle_in(tokens.lowers, first, j):
            # "at Microsoft", "at Camp David", "at Maison Quéau de Quinssy": a site or a body (a
            # town only as below, or with the particle of a Slavic or German town's name)
            continue
        if tokens.lowers[i] == "to" and tokens.lowers[j - 1] in _VENUE_WORDS:
            continue  # "welcomed him to State House": a building, no town
        where = _where_clause_at(tokens.lowers, j)
        if travelled and family != et.VISIT and not where and not _flown_for_the_event(a, j):
            continue  # "met X before he flew to Tamale": where he went next, not the venue
        if tokens.lowers[i] == "in" and _site_in_topic(a, i, j, region=is_region(tokens.span_text(first, j))):
            continue  # "to discuss a gas chemical complex in Atyrau", "talks on security in Cabo Delgado"
        if family != et.VISIT and tokens.lowers[i] == "in" and _event_talked_of(tokens.lowers, i):
            continue  # "with whom he discussed a trade fair in Mumbai next year"
        if tokens.lowers[i] == "in" and _site_of_a_stop(a, i) and not where:
            continue  # "met X and visited a distributor in Thu Duc": where the stop was
        if j == first + 1 and tokens.words[first].isupper():
            continue  # "in EU grants", "in GCC markets": an acronym, no town
        if _known_city_after(a, j):
            continue  # "in Yongsan, central Seoul": a district of the city named after it
        found.append((first, tokens.span_text(first, j), country))
    for i in sorted(unit.tokens):
        # "at State House, Entebbe, on Thursday", "at Chongoleani, Tanga": the town after a
        # named venue
        town = i + 2
        if (
            tokens.lowers[i + 1] == ","
            and tokens.caps[town]
            and (end := tokens.locality_end(town, a.covered)) > town
            and ((tokens.lowers[i] in _VENUE_WORDS and tokens.caps[i]) or _site_after_at(a, i))
            and tokens.lowers[town] not in _NOT_PLACES
        ):
            found.append((town, tokens.span_text(town, end), None))
        if tokens.lowers[i] == "border" and tokens.lowers[i + 1] in _CROSSING_NOUNS:
            # "met at the Paso Canoas border crossing": the crossing is named for its town,
            # before the words of its kind ("the Chirundu One-Stop Border Post", "one-stop": Chirundu)
            end = i
            while tokens.lowers[end - 1] in _CROSSING_KINDS:
                end -= 1
            first = end
            while first > end - 3 and tokens.caps[first - 1] and first - 1 not in a.covered:
                first -= 1
            if (
                first < end
                and tokens.lowers[first - 1] == "the"
                and tokens.lowers[first - 2] in ("at", "in")
                # (not "discussed cross-border trade at the Ressano Garcia border post": where
                # the trade discussed goes through, the subject matter's place)
                and first - 3 not in a.clauses.topic
            ):
                found.append((first, tokens.span_text(first, end), None))
    return found


def _venue_of_the_city(lowers: list[str], preposition: int) -> bool:
    """Whether the "in" at token `preposition` follows a venue called the city's ("at a city
    hotel in Gulshan", "at a capital restaurant in Uttara"): copy that calls a venue so means
    the city it files from, and the unknown name after "in" is a district of it, no town ("at
    the city hall in Kisumu" is that town's hall)."""
    return lowers[preposition - 2] in _CITY_OF_THE_STORY and lowers[preposition - 3] == "a"


#: Words that, before a venue's noun, place it in the city the story files from ("a city hotel").
_CITY_OF_THE_STORY: Final = et.word_set("city capital")


def _town_particle_in(lowers: list[str], first: int, end: int) -> bool:
    """Whether the name from `first` to `end` holds the particle of a Slavic or German town
    ("Brdo pri Kranju", "Bled nad Jezerom", "Halle an der Saale"), which no building's name
    holds (Romance "de" does: "Maison de ...", "Palacio de ...")."""
    return any(lowers[k] in _TOWN_PARTICLES for k in range(first + 1, end))


#: Particles of a town's name after "at" ("der" also names a house: "Haus der Kulturen").
_TOWN_PARTICLES: Final = CENTRAL_EUROPEAN_PARTICLES - {"der"}


def _site_after_at(a: AnalysedSentence, last: int) -> bool:
    """Whether token `last` ends a named site right after "at" ("at Chongoleani", "at the
    Bidyut Bhaban"): one to four capitalized words that nothing else claims (not a body, a
    person or a country: "at UNCTAD, Geneva" is no site of its own), so a town set off by a comma
    after it is where the event was. A Romance particle between two of its words belongs to the
    name ("at Futungo de Belas, Luanda", "at Quinta do Lago, Faro")."""
    tokens = a.tokens
    k, particles = last, 0
    while (
        k > last - 4 - particles
        and tokens.caps[k]
        and k not in a.covered
        and tokens.lowers[k] not in _NOT_PLACES
    ):
        k -= 1
        if tokens.lowers[k] in _PLACE_PARTICLES and tokens.caps[k - 1] and not particles:
            k, particles = k - 1, 1  # "Futungo de Belas": one site's words
    if k == last or tokens.caps[k]:
        return False
    return tokens.lowers[k] == "at" or (tokens.lowers[k] == "the" and tokens.lowers[k - 1] == "at")


#: Verbs of receiving a guest, whose "to" names where the guest was received ("welcomed X to
#: Faro"): the host's town, the venue.
_GUEST_VERBS: Final = et.word_set("welcomed welcomes welcoming received receives receiving")
#: Tokens between a verb of receiving and its "to" (the guest's name and title, with asides).
_GUEST_REACH: Final = 16


def _guest_brought_to(a: AnalysedSentence, to: int) -> bool:
    """Whether the token at `to` is the "to" of a verb of receiving a guest ("welcomed the
    President of Chile, X, to Valdivia", "was welcomed to Valdivia"): right after the guest
    (a name, a pronoun, a delegation) or the verb, with the nearest such verb before it and no
    other "to" or clause end between, so the town after it is where the guest was received
    (not "welcomed the proposal to Build ..." nor "received X, who travelled to ...")."""
    lowers = a.tokens.lowers
    if lowers[to] != "to":
        return False
    guest = to - 1 if lowers[to - 1] != "," else to - 2
    if guest not in a.covered and lowers[guest] not in _GUEST_WORDS:
        return False
    for k in range(to - 1, max(-1, to - _GUEST_REACH), -1):
        if lowers[k] in _GUEST_VERBS:
            return True
        if lowers[k] in _GUEST_BREAKS or lowers[k] in et.ONWARD_VERBS or lowers[k] in et.TRAVEL_VERBS:
            return False
    return False


#: Words that may end the guest of a verb of receiving, or the verb itself (passive).
_GUEST_WORDS: Final = _GUEST_VERBS | et.word_set("him her them us delegation delegations")
#: Tokens that end the reach of a verb of receiving: another "to", a clause's end, a relative.
_GUEST_BREAKS: Final = frozenset(["to", ".", ";", ":", "who", "which", "that", "where", "when"])


def _known_city_after(a: AnalysedSentence, j: int) -> bool:
    """Whether a known city follows the comma at token j, with a word of where in it at most
    ("..., central Seoul", "..., Port Moresby")."""
    if a.tokens.lowers[j] != ",":
        return False
    k = j + 2 if a.tokens.lowers[j + 1] in _CITY_PARTS else j + 1
    return any(token == k for token, _, _ in a.places)


#: Words placing a district within its city: "in Yongsan, central Seoul".
_CITY_PARTS: Final = et.word_set("central downtown suburban greater northern southern eastern western")


#: What a border town names: "the Paso Canoas border crossing", "the Malaba border post".
_CROSSING_NOUNS: Final = et.word_set("crossing post point checkpoint")
#: Words of a crossing's kind between its town and "Border": "the Malaba One Stop Border Post".
_CROSSING_KINDS: Final = et.word_set("one-stop one stop")


def _town_named_after(tokens: Tokens, i: int) -> tuple[int, str | None]:
    """Where the town's name starts in a place phrase starting at token i, and its country:
    after "the border city of", "the coastal town of", "the Amazonian city of", "the
    Panamanian city of" (whose demonym gives the country; a capitalized word that names no
    country, or two demonyms, give none); (i, None) for any other phrase."""
    lowers = tokens.lowers
    if lowers[i] != "the":
        return i, None
    if _district_named(tokens, i + 1):
        return i + 1, None  # "met in the Gabala district": the district's town
    of = next((k for k in range(i + 2, i + 6) if lowers[k] == "of"), None)
    if of is None or lowers[of - 1] not in _TOWN_NOUNS:
        return i, None
    demonyms = [tokens.country_at(m, ("demonym",)) for m in range(i + 1, of) if tokens.caps[m]]
    countries = {d[1] for d in demonyms if d is not None}
    return of + 1, next(iter(countries)) if len(countries) == 1 else None


def _district_named(tokens: Tokens, k: int) -> bool:
    """Whether one to three capitalized words at token k are followed by a lower-case noun of
    a local district ("the Gabala district", "the Kiambu county", "the Ohrid municipality"):
    a district named after its chief town, which is the place ("the Central Business District"
    is a name, no town's)."""
    end = tokens.capitalized_run_end(k)
    return end > k and tokens.lowers[end] in _DISTRICT_NOUNS and not tokens.caps[end]


#: Lower-case nouns of a local district named after its town: "the Gabala district".
_DISTRICT_NOUNS: Final = et.word_set("district districts county municipality township")


#: Nouns a place's name is lent to: "the Kampala Principles", "the Astana Declaration".
_NAMED_AFTER_A_PLACE: Final = et.word_set(
    """principles declaration declarations process accord accords agreement agreements protocol
    convention consensus initiative agenda format charter treaty communique roadmap commitments"""
)

#: Nouns of "in the border city of X": a town named after them.
_TOWN_NOUNS: Final = et.word_set("city town village port resort")
#: Last words of a named venue ("State House", "Perdana Putra Palace"), which a town may follow.
_VENUE_WORDS: Final = et.word_set("house palace hall centre center hotel residence complex")
#: Words without which a sentence names no unknown town.
_UNKNOWN_PLACE_CUES: Final = (
    _VENUE_WORDS | _GUEST_VERBS | et.TRAVEL_VERBS | {"in", "visited", "near", "border", "at"}
)


def _about_the_topic(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether a unit is a relative clause on a word of the subject matter ("to review the
    Peru-India Trade Agreement, whose seventh round was held in New Delhi in August"): it tells
    the history of what was discussed, so its place is not where the event told took place."""
    if unit.role != RELATIVE or unit.head < 0:
        return False
    if unit.head in a.clauses.topic:
        return not ends_sitting_body_name(a, unit)
    return _about_an_organization(a, unit)


def _about_an_organization(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether a relative clause that tells no event describes an organization named right
    before it ("the ceramics maker Porcelana Skopje, which exports fine china to a distributor
    in New Mexico"): its places are the organization's business, not where its people met."""
    if any(t.token in unit.tokens for t in a.clauses.triggers) or tells_where_held(a.tokens, unit):
        return False  # (an organization is not held: "the Visegrad Group and Partners, which was held")
    return any(end - 1 == unit.head for _, end, _ in a.orgs)


def tells_where_held(tokens: Tokens, unit: Unit) -> bool:
    """Whether a relative clause opens on "which was held" or "which took place", or is the
    reduced relative `held_after_event` makes one (", held in", ", hosted in", ", organised
    in"): it tells where and when the event named before it was."""
    first = min(unit.tokens)
    if held_after_event(tokens, first):
        return True  # "the forum, held in Luanda", "the Business Forum, hosted in Accra"
    lowers = tokens.lowers
    return lowers[first] == "which" and (
        lowers[first + 1 : first + 3] in (["was", "held"], ["were", "held"], ["took", "place"])
    )


def ends_sitting_body_name(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether a relative clause that tells where and when something was held (see
    `tells_where_held`) follows the full name of a body whose sitting a trigger outside the
    topic tells: its "on ..." words ("held the Joint Commission on Trade, which took place in
    Brasilia on May 13", "at the session of the Commission on Economic and Trade Cooperation,
    which was held in ..."), or a name with commas read as an organization ("at the session of
    the Joint Commission for Economic, Scientific and Technical Cooperation, which was held
    in ..."). The "on ..." words are what the body sits on, a topic, and a long name runs
    past the words an event's name is looked for in, but the clause tells of the sitting (its
    day and place had been dropped, and the story's day and dateline taken). A body talked
    about ("discussed the Council on Trade, which was held ...") is itself in the topic and
    keeps its clause to itself."""
    if unit.role != RELATIVE or unit.head < 0 or not tells_where_held(a.tokens, unit):
        return False
    lowers, caps = a.tokens.lowers, a.tokens.caps
    k = unit.head
    while k > 0 and (caps[k] or lowers[k] in _NAME_TOPIC_LINKS):
        k -= 1
    bodies = [k - 1] if k < unit.head and lowers[k] == "on" and caps[k - 1] else []
    # (the body's noun inside an organization's name that ends right before the clause)
    bodies += [i for start, end, _ in a.orgs if end - 1 == unit.head for i in range(start, end)]
    return any(
        not t.negated
        and t.body == lowers[body]
        and t.token not in a.clauses.topic
        and 0 <= body - t.token <= _SITTING_BODY_REACH
        for t in a.clauses.triggers
        for body in bodies
    )


#: Small words inside the "on ..." words of a body's name ("on Trade, Industry and Investment").
_NAME_TOPIC_LINKS: Final = et.word_set("and of the , &")
#: Words from a sitting's noun to its body's ("session of the Viet Nam-Brazil Joint Commission").
_SITTING_BODY_REACH: Final = 8


def _contrasted(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether the unit is a clause of contrast ("..., while C met D on the same day", "whereas
    ..."): an event beside the other clause's, whose place that clause's does not give."""
    first = min(unit.tokens)
    lowers = a.tokens.lowers
    return lowers[first] in et.CONTRAST_WORDS or (first > 0 and lowers[first - 1] in et.CONTRAST_WORDS)


def _opens_a_name(tokens: Tokens, i: int, city: str) -> bool:
    """Whether the place at token i opens a longer capitalized name after "the" ("the
    Bucharest Nine summit", "the Shanghai Cooperation Organisation summit", "the Minsk
    Group"): a word of a body's or event's name, which an explicit "which was held in X"
    overrides as where the event was."""
    after = i + len(city.split())
    return tokens.lowers[i - 1] == "the" and after < tokens.n and tokens.caps[after]


def _offset_from_an_event(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether a unit is the anchor of "N days after (before) <an event's noun phrase>" ("met Y
    on Wednesday, a day after the ASEAN talks in Singapore", "two days before a regional summit
    in Jakarta"): a place it names is that event's, which the one told is only dated against,
    told before or not (the talks' city had been the meeting's). Not a clause of the subject's
    own ("a day after he was welcomed in Apia", "a day after attending the summit in Jakarta"):
    the same trip, whose place may well be the event's."""
    if unit.role != ANCHOR:
        return False
    lowers = a.tokens.lowers
    start = a.clauses.segments[unit.segments[0]].start
    if not offset_anchor(lowers, start) or lowers[start + 1] not in _EVENT_DETERMINERS:
        return False
    # (the noun phrase's event word within a few words: "the ASEAN foreign ministers' talks")
    end = min(a.clauses.segments[unit.segments[0]].end, start + 2 + _EVENT_NOUN_REACH)
    return any(t.noun and start + 1 < t.token < end for t in a.clauses.triggers)


#: Determiners that open the noun phrase of an event after "a day after": "the", "a", "their".
_EVENT_DETERMINERS: Final = frozenset(["the", "a", "an", "their", "his", "her", "its"])
#: Words after the determiner within which the event's noun stands.
_EVENT_NOUN_REACH: Final = 5


def _drafted_in_offset_anchor(a: AnalysedSentence, units: list[Unit], c: Draft) -> bool:
    """Whether draft c is of the event named in this sentence's "N days after (before) ..."
    anchor (`_offset_from_an_event`): another event than the one the sentence tells."""
    if c.sentence != a.index:
        return False
    token = token_at(a.tokens.starts[: a.tokens.n], c.position)
    return any(token in u.tokens and _offset_from_an_event(a, u) for u in units)


def set_place(
    doc: DocumentContext,
    a: AnalysedSentence,
    unit: Unit,
    units: list[Unit],
    candidate: Draft,
    trigger: int,
    anchor_target: Draft | None,
    spoken: int = -1,
) -> None:
    """Set a draft's place and, for a visit, its host country (see the module docstring).
    `spoken` is the speech verb (or its "that") of a clause that reports the event told before
    ("X, an analyst in Y, said the talks were overdue"): a place before it is the speaker's."""
    if candidate.type == et.PHONE_CALL:
        return
    claimed = {i for i, u in enumerate(units) if u is not unit and unit_has_trigger(a, u)}
    # "Marcos, who arrived Tuesday for a visit, is set to meet business leaders in Osaka": a
    # place of what is to come is not where a done event was
    done = not is_future(a, unit)
    others = [
        (i, u)
        for i, u in enumerate(units)
        if u is not unit
        and not (done and is_future(a, u))
        and not _about_the_topic(a, u)
        and not anchored_ahead(a, u)
        and not offset_from_another_event(a, u)
        and not _offset_from_an_event(a, u)
    ]
    own = [p for p in _unit_places(a, unit, candidate.type) if p[0] > spoken]
    # "signed 37 agreements during a state visit that followed the G20 summit in Rio": the
    # summit's place, not the signing's, nor the visit's ("a state visit to Austria that
    # followed the G20 summit in Rio" went to Austria; it had been placed in Rio, and Brazil
    # made a side of it)
    others_sequenced = not sequenced_event(a, trigger)
    if others_sequenced:
        own = [p for p in own if not _place_of_sequenced_event(a, p[0])]
    stop = _stop_dated_apart(a, unit, units)
    if stop is not None:
        # "..., a day after Putin was in North Korea, where he signed a pact": where the anchor
        # says, on another day than the main clause's, never the main clause's city
        places = own or _unit_places(a, stop, candidate.type)
        if places:
            _, city, iso3 = min(places, key=lambda p: abs(p[0] - trigger))
            candidate.location, candidate.location_explicit = city, True
            candidate.host = iso3 if candidate.type == et.VISIT else candidate.host
        else:
            candidate.host = _where_country(a, unit, _STOP_PREPOSITIONS)
        return
    places_of = {  # (each unit's once)
        i: [
            p
            for p in _unit_places(a, u, candidate.type)
            if not (others_sequenced and _place_of_sequenced_event(a, p[0]))
        ]
        for i, u in others
    }
    if own and all(_opens_a_name(a.tokens, i, city) for i, city, _ in own):
        # "the Bucharest Nine summit, which was held in Vilnius": not in Bucharest
        own = [p for i, u in others if tells_where_held(a.tokens, u) for p in places_of[i]] or own
    groups = [
        own,
        [p for i, _ in others if i not in claimed for p in places_of[i]],
        # (not into a contrast: "A met B in Tokyo, while C met D on the same day")
        [] if _contrasted(a, unit) else [p for i, _ in others if i in claimed for p in places_of[i]],
    ]
    if candidate.type != et.VISIT and _where_on_a_pair(a, unit):
        visit = _visit_in_sentence(doc, a)
        if visit is not None:
            # "wrapped up a visit to Hanoi and Ho Chi Minh City, where he co-chaired X": the
            # clause hangs on both places, so X is where the visit is, not the one named last
            candidate.location, candidate.host = visit.location, visit.host
            return
    for index, places in enumerate(groups):
        if places and candidate.type == et.VISIT:
            # "From Jakarta she flew to Manila": the visit is where she went, not where she left
            went = [p for p in places if not _passed_through(a.tokens.lowers, p[0])]
            if not went and doc.dateline and _here_in(a.tokens.lowers, unit):
                # "arrived here on Thursday from Buenos Aires" (Xinhua): where the story is filed
                candidate.location, candidate.host = doc.dateline, doc.dateline_country
                return
            places = went or places
        if places:
            _, city, iso3 = min(places, key=lambda p: abs(p[0] - trigger))
            candidate.location, candidate.location_explicit = city, index < 2
            if candidate.type == et.VISIT:
                candidate.host = iso3
            return
    capital = (
        _capital_or_here(doc, a, unit)
        or _anchor_capital(doc, a, [u for _, u in others])
        or _ministry_seat(a, unit, candidate, owned=False)
        or _mayors_city(a, trigger)
    )
    if capital is not None:
        candidate.location, candidate.location_explicit = capital[0], True
        if candidate.type == et.VISIT:
            candidate.host = capital[1]
        return
    if candidate.type == et.VISIT:
        candidate.host = _visit_destination(a, unit, trigger)
        if candidate.host is None and (_to_the_country(a, unit, trigger) or _in_our_country(a, unit)):
            # "who is on an official visit to the Caribbean country", filed from its capital;
            # "who is in our country on an official visit" with no dateline: the outlet's own
            # country, which its web domain tells
            candidate.host = doc.dateline_country
    else:
        where = _where_country(a, unit) or _staying_in(a)
        if where is not None:
            # "a trade mission to the Philippines, where she met X": in that country, at no
            # city named (not the dateline's, at home); so is "X, who is visiting Serbia, met Y"
            candidate.host = where
            return
    visit = _visit_in_sentence(doc, a)
    if visit is not None and candidate.type != et.VISIT:
        # "paid a visit to Belarus on Monday, where he met X": X was met where the visit went.
        candidate.location, candidate.host = visit.location, visit.host
        return
    told = _place_there(doc, a)
    if told is not None:
        # "On Wednesday she flew on to Bangkok. There she co-chaired ...": the place last told,
        # not that of the last event (held in the city she left)
        candidate.location = told[1]
        if candidate.type == et.VISIT:
            candidate.host = told[2]
        return
    scene = _paragraph_scene(doc, a)
    if scene is not None:
        # "In Kumasi, the Asantehene urged ... The monarch spoke on Wednesday when X paid him a
        # courtesy visit": the place the paragraph opens on, not the dateline's city
        candidate.location = scene
        if candidate.type == et.VISIT:
            candidate.host = city_country(scene)
        return
    background = _place_of_the_background_before(doc, a, candidate)
    if background is not None:
        # "They last gathered in Lima on May 4, 2022. Then Finance Minister X also took part in
        # that session": where the sentence that gave the old day told it was, not the news's place
        candidate.location = background
        return
    source = anchor_target or bare_sidelines_event(doc, a)
    if source is None and doc.candidates and not _drafted_in_offset_anchor(a, units, doc.candidates[-1]):
        # (not the event "a day after the ASEAN talks in Singapore" names, just drafted: another)
        last = doc.candidates[-1]
        if _others_that_day(a, last, candidate):
            # the same day is no same place: people's event may still be at a same occasion
            # told before; bodies' own signing takes no place from any
            source = _same_occasion(doc, candidate) if candidate.people else None
        else:
            continues = _continues_previous(a, units, last) and not _told_at_no_day(last, candidate)
            source = (
                _also_of_the_same_person(doc, candidate, last)
                if continues
                else _same_occasion(doc, candidate)
            )
    if source is not None and source.location is not None and source.type != et.PHONE_CALL:
        candidate.location = source.location
        return
    trip = _ongoing_visit(doc, candidate)
    if trip is not None and not _drafted_in_offset_anchor(a, units, trip):
        # "On Saturday, the visiting president met the premier": where the visit went (in its
        # country, when it names no city: not at the dateline's city at home)
        candidate.location, candidate.host = trip.location, trip.host
        return
    abroad = _traveller_abroad(doc, candidate)
    if abroad is not None:
        # "MANILA - X, who is in Busan, met Y on Wednesday. On Thursday, she called on the
        # Mayor of Busan": where she was last told abroad, not the dateline's city at home
        candidate.location = abroad
        return
    if candidate.type == et.VISIT and candidate.host is None and doc.dateline and _arrived_here(a, unit):
        # "TOKYO - ... Marcos, who arrived Tuesday for a four-day visit, ...": the story is
        # filed from where the visitor arrived
        candidate.location, candidate.host = doc.dateline, doc.dateline_country
        return
    seat = _ministry_seat(a, unit, candidate, owned=True) if doc.dateline is None else None
    if seat is not None:
        # "Secretary of State X met Y at the State Department", in a story with no dateline:
        # the last clue left to where it was
        candidate.location = seat[0]
        if candidate.type == et.VISIT:
            candidate.host = seat[1]


def _place_of_the_background_before(
    doc: DocumentContext, a: AnalysedSentence, candidate: Draft
) -> str | None:
    """The city "in <City>" told in the paragraph before the sentence, when the event takes
    its day, of a year before the story's, from the sentence just before (the day the story
    was at: `DocumentContext.narrative`): that sentence told a past occasion, which this one
    goes on about. None otherwise, or when the paragraph names no such city."""
    narrative, written_on = doc.narrative, doc.written_on
    if (
        candidate.date_explicit
        or candidate.date is None
        or written_on is None
        or candidate.date.year >= written_on.year
        or narrative != (a.index - 1, candidate.date)
    ):
        return None
    paragraph = doc.text.rfind("\n", 0, a.sentence.start) + 1
    cities = [
        m
        for m in doc.mentions_between(paragraph, a.sentence.start)
        if m.kind in ("city", "capital") and _IN_BEFORE.search(doc.text, max(paragraph, m.start - 4), m.start)
    ]
    return cities[-1].text if cities else None


#: "in " or "at " right before a city: where something was held.
_IN_BEFORE: Final = re.compile(r"\b(?:in|at)\s+$")


def remember_place(doc: DocumentContext, a: AnalysedSentence) -> None:
    """Keep the last place a read sentence tells someone was at or went to, in a clause of
    something done ("flew on to Bangkok", "was in Accra"), for a "There" opening the next."""
    units, _ = units_of(a)
    places = [p for u in units if not is_future(a, u) for p in _unit_places(a, u, et.VISIT)]
    stays = [p for p in places if not _passed_through(a.tokens.lowers, p[0])] or places
    if stays:
        _, city, iso3 = max(stays, key=lambda place: place[0])
        doc.told_place = (a.index, city, iso3)


#: Words before a place someone left or only passed through on the way: "from Addis Ababa",
#: "left Manila", "via Paris".
_LEFT_OR_PASSED: Final = et.word_set("from via left leaving leaves leave departed departing departs depart")
#: Nouns of a pause on the way: "with a stopover in Ho Chi Minh City".
_TRANSIT_NOUNS: Final = et.word_set("stopover stopovers layover layovers transit")


def _passed_through(lowers: list[str], i: int) -> bool:
    """Whether the place at token i is where a journey began or was passed through ("arrived
    in Nairobi from Addis Ababa", "flew to Hanoi via Bangkok", "with a stopover in ..."): not
    where the traveller then was, which a "There" opening the next sentence refers to."""
    transit = lowers[i - 1] in ("in", "at") and lowers[i - 2] in _TRANSIT_NOUNS
    return lowers[i - 1] in _LEFT_OR_PASSED or transit or _left_owners_place(lowers, i)


#: Words of a country's name before its possessive, looked back over ("South Korea's").
_OWNER_WORDS: Final = 3


def _left_owners_place(lowers: list[str], i: int) -> bool:
    """Whether the place at token i follows "from" and its country's possessive ("a delegation
    from China's Hunan province visited X", "arrived from Kenya's Mombasa"): where the
    travellers came from, as "from Hunan" is."""
    if i < 2 or lowers[i - 1] not in POSSESSIVE_MARKS:
        return False
    return any(lowers[k] in _LEFT_OR_PASSED for k in range(max(0, i - 2 - _OWNER_WORDS), i - 1))


def _place_there(doc: DocumentContext, a: AnalysedSentence) -> tuple[int, str, str | None] | None:
    """The place a sentence opening on "There" refers to: the last one the sentence just
    before told ("The last leg took her to Muscat on Wednesday. There she met X": Muscat,
    though the event told before was in Doha)."""
    told = doc.told_place
    if a.tokens.lowers[0] != "there" or told is None or told[0] != a.index - 1:
        return None
    return told


def _paragraph_scene(doc: DocumentContext, a: AnalysedSentence) -> str | None:
    """The place a paragraph opens on, after its dateline if any ("ACCRA - In Kumasi, the
    Asantehene ..."), for a later sentence of the paragraph that names none: the scene is set
    for what follows it. Not a time or manner ("In March,", "In a statement,") nor a country
    ("In Ghana," sets no city)."""
    start = a.sentence.start
    paragraph = doc.text.rfind("\n", 0, start) + 1
    if paragraph == start or doc.text[paragraph : paragraph + 80].find("In ") < 0:
        return None  # (the sentence opens the paragraph, or no "In " near its start: a cheap test first)
    match = _SCENE_OPENER.match(doc.text, paragraph, start)
    if match is None:
        return None
    place = match.group("place")
    words = place.lower().split()
    if any(w in _NOT_PLACES or w in MONTHS for w in words):
        return None
    return None if any(m.kind != "city" for m in find_countries(place)) else place


#: A paragraph's opening place adverbial, after a dateline if any: "In Kumasi,", "KUMASI - In
#: Tamale,", one to three capitalized words and a comma.
_SCENE_OPENER: Final = re.compile(
    r"(?:[A-Z][A-Z .'’-]{1,40}\s*[—–-]+\s*)?In\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),"
)


def _here_in(lowers: list[str], unit: Unit) -> bool:
    """Whether the unit says "here" right after an arrival ("arrived here", "arrives here")."""
    return any(lowers[i] in _ARRIVAL_WORDS and lowers[i + 1] == "here" for i in unit.tokens)


def _arrived_here(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether the unit tells an arrival that names no place ("arrived on Tuesday for a
    visit"; not "arrived home", "arrived back"), or a visit told by a welcome at an airport with
    no town ("was received at Kotoka International Airport by X", "welcomed on the tarmac")."""
    lowers = a.tokens.lowers
    return any(
        (lowers[i] in _ARRIVAL_WORDS and lowers[i + 1] not in ("home", "back")) or lowers[i] in _AIRPORT_WORDS
        for i in unit.tokens
    ) and not any(i in unit.tokens for i, _, _ in a.places)


_ARRIVAL_WORDS: Final = et.word_set("arrived arrives arriving arrival")
#: Where a visitor lands: a visit's welcome there tells the arrival at the story's place.
_AIRPORT_WORDS: Final = et.word_set("airport tarmac airbase")


def _where_on_a_pair(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether the unit is a ", where" clause right after two places joined by "and" ("a visit
    to Hanoi and Ho Chi Minh City, where ..."): it hangs on the pair, so the place named last
    is no more where its event was than the first."""
    first = min(unit.tokens)
    lowers = a.tokens.lowers
    if first < 2 or lowers[first] != "where" or lowers[first - 1] != ",":
        return False
    ends = {i + len(city.split()): i for i, city, _ in a.places}
    second = ends.get(first - 1)
    return second is not None and lowers[second - 1] == "and" and second - 1 in ends


def _place_of_sequenced_event(a: AnalysedSentence, i: int) -> bool:
    """Whether the place at token i follows the noun of an event another is told to have
    followed or preceded (`sequenced_event`: "that followed the G20 summit in Rio"): where
    that event was."""
    noun = i - 2
    return (
        noun > 0
        and a.tokens.lowers[i - 1] in ("in", "at")
        and any(t.token == noun and t.noun for t in a.clauses.triggers)
        and sequenced_event(a, noun)
    )


def _stop_dated_apart(a: AnalysedSentence, unit: Unit, units: list[Unit]) -> Unit | None:
    """The anchor a "where"/"when" clause hangs on when the anchor is dated apart from the main
    clause ("a day after Putin was in North Korea, where he signed a pact"): an earlier or later
    stop, whose place is the clause's; None otherwise."""
    host = host_unit(a, unit, units)
    return host if host is not None and host.role == ANCHOR and days_from_main(a, host) is not None else None


def _where_country(
    a: AnalysedSentence, unit: Unit, prepositions: frozenset[str] = frozenset(["to"])
) -> str | None:
    """The country a "where" clause hangs on when a destination names it: "went to the
    Philippines, where ...", "a mission to Peru, where ..." (or, after `_STOP_PREPOSITIONS`,
    a stop: "was in North Korea, where ...")."""
    first = min(unit.tokens)
    lowers = a.tokens.lowers
    if lowers[first] != "where" or lowers[first - 1] != ",":
        return None
    for start, (end, mention) in a.tokens.countries.items():
        if end == first - 1 and mention.kind == "name":
            before = start - 1 if lowers[start - 1] != "the" else start - 2
            return mention.iso3 if lowers[before] in prepositions else None
    return None


#: Words before the country of a stop a "where" clause hangs on: "was in North Korea, where".
_STOP_PREPOSITIONS: Final = frozenset(["to", "in"])


def _staying_in(a: AnalysedSentence) -> str | None:
    """The country a relative clause or a participle set off by a comma says someone is in or
    visiting ("X, who is visiting Serbia, met Y", "X, who was in Peru, met Y", "Foreign Minister
    X, visiting the Philippines, held talks with Y", "X, currently visiting Peru, met Y"): where
    the sentence's event was, at no city named (not the dateline's city at home)."""
    lowers = a.tokens.lowers
    for start, (_, mention) in a.tokens.countries.items():
        if mention.kind != "name":
            continue
        k = start - 1 if lowers[start - 1] != "the" else start - 2
        if lowers[k] in _STAYING_WORDS and lowers[k - 1] in et.BE_FORMS and lowers[k - 2] == "who":
            return mention.iso3
        before = k - 1 if lowers[k - 1] in _STAYING_ADVERBS else k
        if lowers[k] == "visiting" and lowers[before - 1] == "," and a.tokens.caps[before - 2]:
            return mention.iso3  # ("Iwaya, | visiting the Philippines": after a name)
    return None


#: "who is | visiting | Serbia", "who was | in | Peru": a stay told in a relative clause.
_STAYING_WORDS: Final = frozenset(["visiting", "in"])
#: Adverbs between the comma and the participle of a stay: "X, currently visiting Peru, met Y".
_STAYING_ADVERBS: Final = et.word_set("currently now still also")


def _ongoing_visit(doc: DocumentContext, candidate: Draft) -> Draft | None:
    """The visit abroad or the summit one of the draft's people was at when it happened:
    told before, in a known city or country, begun at most a visit's length before (a visit
    dated only by the story's day, a visit's length either side of it); a visit told at no day
    when it went to one of the draft's sides near the story's day (`_undated_trip_of`)."""
    if candidate.date is None:
        return None
    day = candidate.date
    return _latest_with_traveller(
        doc,
        candidate,
        lambda visit: (
            visit.type in (et.VISIT, et.FORUM)
            and not visit.in_passing  # ("agreements reached during X's visit to Y in 2024": past)
            and (visit.location or visit.host) is not None
            and (
                _within_stay(visit, day)
                if visit.date is not None
                else _undated_trip_of(doc, visit, candidate)
            )
        ),
    )


def _undated_trip_of(doc: DocumentContext, visit: Draft, candidate: Draft) -> bool:
    """Whether a visit told at no day ("answered questions after returning from a working
    visit to Bangkok") held the dated draft: a visit with a day of its own is the story's,
    so the draft falls within a visit's length either side of the story's day, and the visit
    went to the country of one of the draft's sides ("On November 12, I met the Thai
    Minister": the meeting had been left with no place)."""
    if doc.written_on is None or candidate.date is None or visit.type != et.VISIT:
        return False
    since = (candidate.date - doc.written_on).days
    return (
        -MAX_VISIT_DAYS <= since <= MAX_VISIT_DAYS
        and visit.host is not None
        and visit.host in sides(candidate)
    )


def _traveller_abroad(doc: DocumentContext, candidate: Draft) -> str | None:
    """The city abroad, for a story with a dateline, where the engagement told last with one
    of the draft's people was held, on its day or up to a visit's length before, when the draft
    has a side of that city's country: the traveller met there is still there ("MANILA - X met
    Y in Busan on Wednesday. On Thursday, she called on Z"), as during a visit told as one."""
    home = doc.dateline_country
    if candidate.date is None or home is None:
        return None
    earlier = _latest_with_traveller(
        doc, candidate, lambda draft: draft.date is not None and draft.type != et.PHONE_CALL
    )
    if earlier is None or candidate.date is None or earlier.date is None:
        return None
    country = city_country(earlier.location) if earlier.location else None
    since = (candidate.date - earlier.date).days
    if country is None or country == home or not 0 <= since <= MAX_VISIT_DAYS:
        return None
    return earlier.location if country in sides(candidate) else None


def _latest_with_traveller(
    doc: DocumentContext, candidate: Draft, fits: Callable[[Draft], bool]
) -> Draft | None:
    """The latest draft told before that `fits` and has one of the draft's people: where a
    traveller last was, which both the visit under way (_ongoing_visit, also an undated visit
    that is the story's) and the latest dated stay abroad (_traveller_abroad) look back for,
    each with its own test of the draft."""
    keys = [name_key(p.name) for p in candidate.people]
    if not keys:
        return None
    for earlier in reversed(doc.candidates):
        if not fits(earlier):
            continue
        visitors = [name_key(p.name) for p in earlier.people]
        if any(same_person(k, v) for k in keys for v in visitors):
            return earlier
    return None


def _within_stay(visit: Draft, day: date) -> bool:
    """Whether `day` falls in a visit that began on `visit.date`. A visit told at no day of its
    own ("has urged China ..., during a two-day visit to Beijing") is dated the story's day,
    where it may be ending as well as beginning: it covers a visit's length either side."""
    if visit.date is None:
        return False
    since = (day - visit.date).days
    earliest = 0 if visit.date_explicit else -MAX_VISIT_DAYS
    return earliest <= since <= MAX_VISIT_DAYS


def _anchor_capital(
    doc: DocumentContext, a: AnalysedSentence, others: list[Unit]
) -> tuple[str, str | None] | None:
    """The capital an anchor of the event names ("met on the sidelines of the climate
    conference in the Kenyan capital"): where the gathering was, so where they met, as a
    city named there is (`_unit_places`' other units)."""
    for other in others:
        if other.role == ANCHOR and (capital := _capital_or_here(doc, a, other)) is not None:
            return capital
    return None


def _capital_or_here(doc: DocumentContext, a: AnalysedSentence, unit: Unit) -> tuple[str, str | None] | None:
    """ "arrived in the Kenyan capital": that country's capital; "in the federal capital",
    "in the capital": the dateline's city when it is a capital (the story is written there);
    "here" and "in the country" (or kingdom, emirate...): the dateline's city. With the
    country of the place."""
    lowers = a.tokens.lowers
    dateline = (doc.dateline, doc.dateline_country) if doc.dateline else None
    if (
        dateline
        and "here" in lowers  # (one C scan spares most sentences the loop)
        and any(lowers[i] == "here" and i not in a.clauses.topic for i in range(a.tokens.n))
    ):
        return dateline  # in any clause: "... on the sidelines of the UN General Assembly here"
    if _HERE_OR_CAPITAL.isdisjoint(map(lowers.__getitem__, unit.tokens)):
        return None
    demonyms = dict(a.countries)
    for i in unit.tokens:
        if i in a.clauses.topic:
            continue
        if (
            lowers[i] in HOST_NOUNS
            # "in the Republic of Korea", "the Kingdom of Bahrain": a country's name, not "the
            # country" of the story, nor the dateline's
            and not a.tokens.in_country(i)
            and lowers[i - 1] in ("the", "our")
            and (
                lowers[i - 2] == "in"
                or (lowers[i - 2] == "to" and _comes_to(lowers[i - 3]))
                or (_visit_verb(lowers[i - 2]) and lowers[i + 1] not in POSSESSIVE_MARKS)
            )
            and dateline
        ):
            # "who is in our country on a state visit", "his visit to the country", "who is
            # visiting the Kingdom at the head of a delegation"
            return dateline
        if lowers[i] != "capital":
            continue
        if lowers[i - 1] in _ECONOMIC_WORDS and i - 2 in demonyms and lowers[i - 3] == "the":
            # "in the Ivorian economic capital": the business city, not the seat of government
            iso3 = demonyms[i - 2].iso3
            city = _ECONOMIC_CAPITALS.get(iso3) or capital_of(iso3)
            return (city, iso3) if city else None
        if "the" not in (lowers[i - 1], lowers[i - 2]):
            continue
        if i - 1 in demonyms:
            city = capital_of(demonyms[i - 1].iso3)
            return (city, demonyms[i - 1].iso3) if city else None
        capital = capital_of(doc.dateline_country) if dateline and doc.dateline_country else None
        if capital and dateline and folded(capital) == folded(dateline[0]):
            return dateline
        posted = _envoy_posted_to(a) if dateline is None else None
        if posted is not None and (city := capital_of(posted)):
            # "X's Ambassador to Ghana paid a courtesy call on Y in the capital", in a story with
            # no dateline: the capital of the country the envoy serves in, where envoys call
            return city, posted
    return None


def _envoy_posted_to(a: AnalysedSentence) -> str | None:
    """The country an envoy the sentence names is accredited to ("Ambassador to Ghana", "High
    Commissioner of India to Kenya"), or None."""
    lowers = a.tokens.lowers
    for k in range(1, a.tokens.n):
        if lowers[k] != "to" or (country := a.tokens.country_at(k + 1)) is None:
            continue
        if any(lowers[j] in et.ENVOY_WORDS for j in range(max(0, k - _ENVOY_REACH), k)):
            return country[1]
    return None


#: Words from an envoy's title to the "to" of the country it serves in: "Ambassador of the
#: Republic of India to".
_ENVOY_REACH: Final = 6


_HERE_OR_CAPITAL: Final = frozenset(["here", "capital"]) | HOST_NOUNS
#: "the Nigerian commercial capital": a country's "economic capital" is its largest business
#: city, which news names so as often as by its name; not its seat of government.
_ECONOMIC_WORDS: Final = et.word_set("economic commercial financial business")
_ECONOMIC_CAPITALS: Final = {
    "CIV": "Abidjan",
    "NGA": "Lagos",
    "TZA": "Dar es Salaam",
    "BEN": "Cotonou",
    "CMR": "Douala",
    "MAR": "Casablanca",
    "TUR": "Istanbul",
    "KAZ": "Almaty",
    "IND": "Mumbai",
    "CHN": "Shanghai",
    "VNM": "Ho Chi Minh City",
    "PAK": "Karachi",
    "BRA": "São Paulo",
    "ZAF": "Johannesburg",
    "AUS": "Sydney",
    "USA": "New York",
    "ECU": "Guayaquil",
    "MMR": "Yangon",
    "LKA": "Colombo",
    "ARE": "Dubai",
    "SAU": "Jeddah",
    "ITA": "Milan",
    "CHE": "Zurich",
    "NZL": "Auckland",
    "CAN": "Toronto",
}


def _comes_to(lower: str) -> bool:
    """Whether a word before "to the country" brings someone there ("his visit to the country",
    "came to the island"), so the country is where the story is filed; what is sent there
    ("aims to export US$ 200 million a year to the island") says nothing of where anyone was."""
    return (
        et.VERB_TRIGGERS.get(lower) == et.VISIT or et.NOUN_TRIGGERS.get(lower) == et.VISIT or lower in _COMING
    )


_COMING: Final = et.word_set("came come comes coming returned return welcome welcomed trips visits")


def _visit_verb(lower: str) -> bool:
    """Whether a word is a verb of visiting whose object is the place visited ("visiting the
    Kingdom", "visited the country"), unlike an arrival's ("arrived the ...")."""
    return lower.startswith("visit") and et.VERB_TRIGGERS.get(lower) == et.VISIT


def _ministry_seat(
    a: AnalysedSentence, unit: Unit, candidate: Draft, *, owned: bool
) -> tuple[str, str] | None:
    """ "met X at the Chinese Foreign Ministry", "at China's Ministry of Commerce": a national
    department's building is in its country's capital. With `owned`, a department named with
    no country ("at the State Department") is that of the only participant whose title holds
    every word of what it does ("Secretary of State"): a weaker clue (a guest's title may match
    the host's ministry), which only a story with nothing else to place the event may take. A
    department of a state ("the Texas Department of Agriculture") matches no national title;
    one "at" which an official works ("Undersecretary for Political Affairs at the Ministry of
    Foreign Affairs") is no venue."""
    lowers, words = a.tokens.lowers, a.tokens.words
    for i in sorted(unit.tokens):
        if lowers[i] != "at" or _works_at(a, i):
            continue
        j, iso3 = i + 1 + (lowers[i + 1] == "the"), None
        if j in a.tokens.countries:
            end, mention = a.tokens.countries[j]
            j, iso3 = end + (lowers[end] == "'s"), mention.iso3
        name = _ministry_name(words, lowers, j)
        if name is None or (iso3 is None) != owned:
            continue
        if iso3 is None:
            owners = {
                p.country_iso3
                for p in candidate.people
                if p.title and p.country_iso3 and name <= set(re.findall(r"\w+", p.title.lower()))
            }
            iso3 = owners.pop() if len(owners) == 1 else None
        city = capital_of(iso3) if iso3 else None
        if city is not None and iso3 is not None:
            return city, iso3
    return None


def _mayors_city(a: AnalysedSentence, trigger: int) -> tuple[str, str] | None:
    """The city of a mayor who hosted the event at token `trigger`, with its country: "Almaty
    Mayor X received Y", "Mayor of Mombasa X hosted Y", "the mayor of Valparaiso, X, welcomed
    Y", "Y was received by Nairobi City Mayor X". A mayor receives guests at his city hall, so
    his city is where they met when the sentence names no place; a mayor who "met" someone may
    have travelled to him, and a governor's seat is a region's, not a city told: neither is read."""
    lowers = a.tokens.lowers
    if lowers[trigger] not in _HOSTING_VERBS:
        return None
    for title in a.titles:
        if _MAYOR_WORDS.isdisjoint(lowers[title.first_token : title.last_token + 1]):
            continue
        hosting = _hosts_as_subject(a, title.last_token, trigger) or _hosts_as_agent(
            a, title.first_token, trigger
        )
        if not hosting:
            continue
        for i, city, iso3 in a.places:
            if title.first_token <= i <= title.last_token and iso3 is not None and not is_region(city):
                return city, iso3
    return None


def _hosts_as_subject(a: AnalysedSentence, title_end: int, trigger: int) -> bool:
    """Whether the person named after the title ending at `title_end` (past an appositive
    comma: "the mayor of Valparaiso, X,") is the subject right before the verb at `trigger`."""
    lowers = a.tokens.lowers
    first = title_end + 1 + (lowers[title_end + 1] == ",")
    return any(
        start == first and (end == trigger or (lowers[end] == "," and end + 1 == trigger))
        for start, end, _ in a.people
    )


def _hosts_as_agent(a: AnalysedSentence, title_start: int, trigger: int) -> bool:
    """Whether the title opening at `title_start` names the agent of a passive host verb at
    `trigger` ("was received by (the) Almaty Mayor X")."""
    lowers = a.tokens.lowers
    return (
        lowers[trigger - 1] in ("was", "were")
        and lowers[trigger + 1] == "by"
        and title_start == trigger + 2 + (lowers[trigger + 2] == "the")
    )


#: Verbs of receiving a guest, whose host's seat is where the guest came.
_HOSTING_VERBS: Final = et.word_set("received receives hosted hosts welcomed welcomes")
#: Words of the head of a city's government.
_MAYOR_WORDS: Final = et.word_set("mayor lord-mayor akim hokim")


def _works_at(a: AnalysedSentence, at: int) -> bool:
    """Whether the "at" at token `at` tells where an official works: it follows a title
    ("Undersecretary for Political Affairs at the Ministry", "an official at the ministry")."""
    before = at - 1
    return a.tokens.lowers[before] in _POST_NOUNS or before in a.title_tokens


#: Nouns of someone holding a post, which an "at" after tells the workplace of.
_POST_NOUNS: Final = et.word_set(
    "official officials staff staffer staffers employee employees diplomat diplomats"
    " spokesperson spokesman spokeswoman"
)


#: Nouns of a government department as a building: "the State Department", "the Ministry of Trade".
_MINISTRY_NOUNS: Final = et.word_set("ministry department")
#: Words of a department's name that tell no duty of it: "Ministry of Foreign Affairs".
_MINISTRY_FILLERS: Final = et.word_set("of for and affairs")


def _ministry_name(words: list[str], lowers: list[str], j: int) -> frozenset[str] | None:
    """The duty words of a department's name written from token j ("State" of "State
    Department", "trade", "industry" of "Ministry of Trade and Industry"), or None when no
    department's name is written there."""
    k = j
    while words[k][:1].isupper() and lowers[k] not in _MINISTRY_NOUNS:
        k += 1
    if lowers[k] not in _MINISTRY_NOUNS or not words[k][:1].isupper():
        return None
    duties = lowers[j:k]
    if not duties and lowers[k + 1] in ("of", "for"):
        k += 2
        while words[k][:1].isupper() or (lowers[k] in ("and", ",") and words[k + 1][:1].isupper()):
            duties.append(lowers[k])
            k += 1
    duties = [d for d in duties if d not in _MINISTRY_FILLERS and d != ","]
    return frozenset(duties) or None


def _same_occasion(doc: DocumentContext, candidate: Draft) -> Draft | None:
    """The latest engagement told on the same day with the same sides (or any, when this
    one names none): "The two governments signed 20 agreements" after the summit. An event
    whose own sentence gives it a time with no day ("* February 2019 - X pays a state visit to
    India") is no occasion told before: an unknown day matches no other."""
    if candidate.date is None and candidate.date_explicit:
        return None
    own_sides = sides(candidate)
    for earlier in reversed(doc.candidates):
        if _someone_elses_own_event(earlier, candidate):
            continue  # a speech of someone else's at a forum of their own: not this occasion
        if earlier.date == candidate.date and (not own_sides or own_sides & sides(earlier)):
            return earlier
    return None


def _visit_in_sentence(doc: DocumentContext, a: AnalysedSentence) -> Draft | None:
    """A visit told earlier in the same sentence, to a known host."""
    for draft in reversed(doc.candidates):
        if draft.sentence != a.index:
            return None
        if draft.type == et.VISIT and draft.host is not None:
            return draft
    return None


def _told_at_no_day(earlier: Draft, candidate: Draft) -> bool:
    """Whether the event told last was told at a time that gives no day ("..., which last week
    hosted a trade mission from ...") while this one states its own ("Also on Wednesday, ...
    signed"): an aside of another time, whose place this one does not continue."""
    return (
        earlier.date is None
        and earlier.date_explicit
        and candidate.date is not None
        and candidate.date_explicit
    )


def _continues_previous(a: AnalysedSentence, units: list[Unit], last: Draft) -> bool:
    """ "On the same day, ...", "There, ...", "Later, ...", "X also met ...": the place of the
    last event holds (not for "A and B also signed ..." when A or B was no side of it, nor for
    an "also" of a clause that tells no event: "I also want to acknowledge X, whose delegation
    met Y at State House yesterday" adds a thanks, not another stop of the trip told before)."""
    lowers = a.tokens.lowers
    if lowers[0] in _GOING_ON_OPENERS:
        return True
    if (
        "also" in lowers[:ALSO_REACH]
        and lowers[0] not in ("separately", "meanwhile", "elsewhere")
        and not also_of_other_sides(a, last)
        and _also_of_an_event(a, units, lowers.index("also", 0, ALSO_REACH))
    ):
        return True  # "Mr Phumtham also met Lao Prime Minister X on Tuesday": the same trip's place
    return _told_that_day(a)


#: First words of a sentence that goes on from the event told before it, at its place.
_GOING_ON_OPENERS: Final = et.word_set("there later afterwards subsequently then")


def _told_that_day(a: AnalysedSentence) -> bool:
    """Whether the sentence tells its day from one told before it ("on the same day", "the next
    day", "a day later"): its event goes on from the last one's."""
    return any(d.kind == "anaphoric" for d in a.dates)


def _others_that_day(a: AnalysedSentence, last: Draft, candidate: Draft) -> bool:
    """Whether the event is told only as on the day of the last one ("on the same day", no
    "There", "Later" or "also") and its parties, its people or, when it names none, its bodies,
    took no part in it ("..., while C met D on the same day"; "X met Y in Lobito on Thursday.
    Galp and Sonangol signed heads of terms on the same day"): the same day is no same place
    (the last event's city had been taken, and with it its country for an official told
    without one)."""
    lowers = a.tokens.lowers
    if lowers[0] in _GOING_ON_OPENERS or "also" in lowers[:ALSO_REACH] or not _told_that_day(a):
        return False
    if candidate.people:
        return _names_none_of(candidate, last)
    return bool(candidate.orgs) and not any(o.name == t.name for o in candidate.orgs for t in last.orgs)


def _also_of_the_same_person(doc: DocumentContext, candidate: Draft, last: Draft) -> Draft | None:
    """The event a continuation ("X also met Y", "later signed") goes on from: the last one,
    unless that was someone else's own event (_someone_elses_own_event): then the latest of the
    same day that one of its people had, else the latest of that day that is no such event
    ("Ntsima spoke at the Expo in Lusaka. Mulenga spoke at the Forum in Livingstone. Ntsima
    also met Y": Ntsima was in Lusaka)."""
    if not _someone_elses_own_event(last, candidate):
        return last
    own = _latest_with_traveller(doc, candidate, lambda d: d.date == candidate.date)
    if own is not None:
        return own
    for earlier in reversed(doc.candidates):
        if not _someone_elses_own_event(earlier, candidate):
            return earlier if earlier.date == candidate.date else None
    return None


def _someone_elses_own_event(earlier: Draft, candidate: Draft) -> bool:
    """Whether `earlier` is one person's event of one side (a speech at a home forum, no
    engagement) and `candidate` names others but not that person: where that person was says
    nothing of where the others met."""
    if len(earlier.people) != 1 or len(sides(earlier)) > 1 or not candidate.people:
        return False
    return _names_none_of(candidate, earlier)


def _names_none_of(candidate: Draft, other: Draft) -> bool:
    """Whether none of the event's people is one of the other event's."""
    keys = [name_key(p.name) for p in other.people]
    return not any(same_person(name_key(p.name), k) for p in candidate.people for k in keys)


def _also_of_an_event(a: AnalysedSentence, units: list[Unit], also: int) -> bool:
    """Whether the "also" at token `also` stands in a clause that reports an event of its own
    (or in none the sentence parses into units)."""
    own = next((u for u in units if also in u.tokens), None)
    return own is None or unit_has_trigger(a, own)


def _to_the_country(a: AnalysedSentence, unit: Unit, trigger: int) -> bool:
    """Whether the visit goes "to the <described> country" (or nation, kingdom, island): the
    story's own country, named by a description."""
    lowers = a.tokens.lowers
    for i in range(trigger + 1, min(a.tokens.n, trigger + 8)):
        if lowers[i] == "to" and lowers[i + 1] == "the" and i in unit.tokens:
            return any(lowers[k] in _COUNTRY_NOUNS for k in range(i + 2, min(a.tokens.n, i + 5)))
    return False


_COUNTRY_NOUNS: Final = HOST_NOUNS | et.word_set("nation archipelago")


def _in_our_country(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether the unit says its visitor is "in our country" (or "to our country"): the
    outlet writes from home, so the host is the outlet's country."""
    lowers = a.tokens.lowers
    return any(
        lowers[i] == "our" and lowers[i + 1] in HOST_NOUNS and lowers[i - 1] in ("in", "to")
        for i in unit.tokens
        if i not in a.clauses.topic
    )


def _visit_destination(a: AnalysedSentence, unit: Unit, trigger: int) -> str | None:
    """ "a visit to Uzbekistan": the host country when no city is named (the first one
    after the trigger; "the Prime Minister of Greece paid a visit to Belarus" is Belarus); or
    the country the visitor is told to be in before it ("X is in the Republic of Korea from
    August 10 to 13 to pay a state visit", "arrived in Japan on Sunday for an official visit")."""
    lowers = a.tokens.lowers
    for i, mention in a.countries:
        before = i - 2 if lowers[i - 1] == "the" else i - 1  # "a visit to the Philippines"
        if i not in unit.tokens or mention.kind != "name":
            continue
        if i > trigger and lowers[before] in ("to", "in", "visited"):
            return mention.iso3
        if i < trigger and lowers[before] == "in" and lowers[before - 1] in _STAY_VERBS:
            return mention.iso3
    return None


#: Verbs that put their subject in the place after "in": "is in Japan", "arrived in Peru".
_STAY_VERBS: Final = et.word_set("is are was were arrived arrives remains stays landed")


#: Nouns of a stay abroad that a place after "in" or "to" is where: "a four-day stay in Lima",
#: "a trade mission to Peru", "his visit to Lima".
_TRIP_NOUNS: Final = et.word_set("stay mission visit trip tour journey")
#: A stay abroad right before the place: "mission to ", "stay in the ".
_TRIP_BEFORE: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(_TRIP_NOUNS))})\s+(?:in|to)\s+(?:the\s+)?\Z", re.IGNORECASE
)
#: A stay told as over before the story's events ("returned from a visit to Lima") or yet to
#: come ("will continue with a mission to Chile", "is expected to pay a visit to Lima",
#: "accepted an invitation to pay a state visit to Peru", "talks on preparations for the
#: president's visit to Lima", "ahead of a visit to Lima"): no stay then.
_NOT_THE_STAY: Final = re.compile(
    r"\b(?:from|will|would|shall|expected|plans?|planned|planning|intends?|next|upcoming|scheduled"
    r"|due|set\s+to|invit\w*|to\s+(?:pay|make|undertake)|prepar\w*|ahead\s+of"
    # or only talked of ("discussed a possible business mission to Guangzhou"): subject matter
    rf"|possible|potential|proposed|future|{'|'.join(sorted(et.TOPIC_VERBS))})\b",
    re.IGNORECASE,
)
#: Characters before a place within which its trip noun and the words ruling it out are read.
_TRIP_REACH: Final = 60


def mission_abroad(
    doc: DocumentContext, event_date: date | None, countries: set[str]
) -> tuple[str, str | None] | None:
    """Where an event that names no place happened when the story, filed from home, told a
    stay of its side abroad that the event falls in: "SANTIAGO - A trade mission ... ended a
    four-day stay in Lima on Thursday. X met Peruvian Minister Y on Tuesday" was in Lima, not
    at the dateline. A stay in a country with no city ("a three-day mission to Peru") is in the
    city an event of that country told with a place was in, else in no city known. As (the
    country, its city or None); None when the story tells no such stay."""
    home = doc.dateline_country
    if event_date is None or home is None or home not in countries:
        return None
    for m in doc.mentions:
        if m.iso3 == home or m.iso3 not in countries or m.kind == "demonym":
            continue
        before = doc.text[max(0, m.start - _TRIP_REACH) : m.start]
        trip = _TRIP_BEFORE.search(before)
        if trip is None:
            continue
        opening = max(before.rfind(". "), before.rfind("\n"))
        if _NOT_THE_STAY.search(before[opening + 1 : trip.start()]) is not None:
            continue
        if _told_in_passing_at(doc, m.start) or not _stay_covers(doc, m.start, event_date):
            continue
        city = m.text if m.kind != "name" else _city_of_events_in(doc, m.iso3, event_date)
        return m.iso3, city
    return None


def _told_in_passing_at(doc: DocumentContext, at: int) -> bool:
    """Whether offset `at` lies in the evidence of a visit told in passing, as the occasion of
    an outcome ("the investment pledged during X's visit to Tokyo"): a past trip, which holds
    none of the story's other events (`Draft.in_passing`)."""
    return any(c.in_passing and c.type == et.VISIT and c.start <= at < c.end for c in doc.candidates)


def _stay_covers(doc: DocumentContext, at: int, event_date: date) -> bool:
    """Whether the event's day is within a visit's length of a day the sentence telling the
    stay (around offset `at`) states, or of the story's own day when it tells no time at all
    (not "Last September, ... during the Prime Minister's visit to Beijing")."""
    start, end = sentence_span(doc.text, at)
    told = find_dates(doc.text[start:end], doc.written_on)
    days = [d.date for d in told if d.date is not None]
    if not told and doc.written_on is not None:
        days = [doc.written_on]
    return any(abs((event_date - day).days) <= MAX_VISIT_DAYS for day in days)


def _city_of_events_in(doc: DocumentContext, iso3: str, event_date: date) -> str | None:
    """The one city in country `iso3` that the events told with a place of their own within a
    visit's length of `event_date` were in; None when they were in none, or in several (the
    stay went from Prague to Ostrava: which one is not told)."""
    cities = {
        c.location
        for c in doc.candidates
        if c.location_explicit
        and c.location
        and c.date
        and abs((c.date - event_date).days) <= MAX_VISIT_DAYS
        and city_country(c.location) == iso3
    }
    return cities.pop() if len(cities) == 1 else None
