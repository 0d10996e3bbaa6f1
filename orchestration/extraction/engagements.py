"""Engagements (meetings, calls, visits, signings, forums) from the sentences of a document.

The extractor is a clause grammar with slot filling, written against the way wire copy
reports contacts between countries rather than against any particular story:

1. Document context, computed once: the dateline's country, how often each country is
   named, groups of countries named together ("China-Kyrgyzstan-Uzbekistan"), every date
   expression resolved against the publication date (dates.py).
2. Only sentences holding a trigger or a continuation cue are analysed (a regex prefilter):
   titles, people and organizations (titles.py, people.py, organizations.py), then clauses
   and triggers (engagement_clauses.py). People enter a per-document NameRegistry, so
   "Tokayev", "he", "the Prime Minister" and "the two leaders" resolve to full people.
3. In each clause, the triggers of one family make one candidate whose slots are filled
   from that clause: participants (people, organizations, countries named as sides), date
   (engagement_dates.py), place, topics (topics.py).
4. A definite reference ("the talks", "The document was signed by ...") or an anchor
   ("Following the talks", "On the sidelines of the commission") joins the engagement it
   names and lends its date and place; a candidate that adds nobody new joins its twin.
   Sentences without a trigger can still add participants to the current engagement
   ("... were discussed with the leadership of X", "The delegation included
   representatives of Y").
5. Each engagement gets the countries of all its sides (a person's country from the title,
   the registry, the organization, or the document's countries when nothing says it), must
   have at least two, and gets the dateline city when it names no place but happened in the
   dateline's country; CAMEO/PLOVER codes come from engagement_types.cameo_for.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from orchestration.extraction import engagement_types as et
from orchestration.extraction.countries import (
    CountryMention,
    capital_of,
    city_country,
    find_countries,
    fold,
    iso3_for,
    literal_alternation,
)
from orchestration.extraction.dates import DateMention, find_dates
from orchestration.extraction.engagement_clauses import (
    ANCHOR,
    MAIN,
    PARTICIPLE,
    RELATIVE,
    Clauses,
    Trigger,
    analyse_clauses,
    creates_events,
)
from orchestration.extraction.engagement_dates import choose
from orchestration.extraction.model import Engagement, Participant
from orchestration.extraction.organizations import OrgMention, org_from_context
from orchestration.extraction.people import NameRegistry, PersonMention, entities_in
from orchestration.extraction.text import Sentence
from orchestration.extraction.titles import (
    HEAD_WORDS,
    ORG_SUFFIXES,
    ORG_WORDS,
    TITLE_WORDS,
    WORDS,
    TitleMention,
)
from orchestration.extraction.titles import Sentence as Tokens
from orchestration.extraction.topics import topic_phrases, visit_topic

_LEXICONS = Path(__file__).with_name("lexicons")

#: Words that report an engagement: a sentence without one creates none.
_TRIGGER_WORDS = et.CUE_WORDS
#: Words of sentences that may add to the engagement told just before.
_CONTINUATION_CUES = et.word_set(
    """discussed discuss discusses discussing discussion discussions exchanged familiar
    acquainted briefed delegation delegations part attended attending attend participated
    participating participation accompanied joined reviewed focused focusing included"""
)
_CUE_RE = re.compile(
    r"(?<![a-z])(?:" + literal_alternation(_TRIGGER_WORDS | _CONTINUATION_CUES) + r")(?![a-z])"
)
_PARTICIPANT_ORG_KINDS = ("company", "association", "agency")
_DELEGATION_VERBS = et.word_set("included includes comprised comprises consisted consists featured composed")
_CONTINUATION_WORDS = et.word_set("familiar acquainted briefed accompanied joined")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
_LOCATION_PREPOSITIONS = frozenset(["in", "at", "to", "visited", "visit", "near"])
_PLACE_KINDS = ("capital", "city")
_PLACE_PREPOSITIONS = et.word_set("at in near from to into")
_MAX_CONTINUATION_GAP = 2  # sentences between an engagement and a sentence that adds to it
_GROUP_GAP = re.compile(r"\s*(?:[-–,&]\s*)?(?:and\s+)?")


def _read_landmarks() -> dict[str, str]:
    rows = {}
    for line in (_LEXICONS / "landmarks.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, city = line.split("\t")
            rows[name] = city
    return rows


_LANDMARKS = _read_landmarks()
_LANDMARK_RE = re.compile(r"(?<!\w)(?:" + literal_alternation(list(_LANDMARKS)) + r")(?!\w)")
_LANDMARK_HINT = re.compile("|".join(sorted({re.escape(name.split()[0][:4]) for name in _LANDMARKS})))


@dataclass(frozen=True, slots=True)
class _Org:
    name: str
    country: str | None


@dataclass
class _Candidate:
    """An engagement while the document is read; slots fill in as sentences add to it."""

    type: str
    sentence: int
    start: int
    end: int
    evidence: str
    date: date | None = None
    date_explicit: bool = False
    location: str | None = None
    location_explicit: bool = False
    people: list[PersonMention] = field(default_factory=list)
    orgs: list[_Org] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    host: str | None = None
    topics: list[str] = field(default_factory=list)
    lemmas: set[str] = field(default_factory=set)
    key: str | None = None
    negotiation: bool = False
    hosted: bool = False
    own_content: bool = False
    updated: int = 0
    position: int = 0  # offset of the first trigger in its sentence


@dataclass
class _Document:
    """What the extractor knows about the document so far."""

    text: str
    published: date | None
    dateline: str | None
    dateline_country: str | None
    country_counts: Counter[str]
    groups: list[tuple[int, tuple[str, ...]]]
    mentions: list[CountryMention]  # every country mention of the text
    mention_starts: list[int]
    registry: NameRegistry = field(default_factory=NameRegistry)
    name_index: dict[str, list[int]] = field(default_factory=dict)
    orgs: dict[str, _Org] = field(default_factory=dict)
    candidates: list[_Candidate] = field(default_factory=list)
    previous_people: tuple[int, list[PersonMention]] = (-10, [])


@dataclass
class _Analysed:
    """One analysed sentence: tokens, entities mapped to tokens, clauses."""

    index: int
    sentence: Sentence
    tokens: Tokens
    clauses: Clauses
    people: list[tuple[int, int, PersonMention]]  # (first name token, end token, person)
    orgs: list[tuple[int, int, OrgMention]]
    countries: list[tuple[int, CountryMention]]
    places: list[tuple[int, str, str | None]]  # (token, city as written, iso3)
    dates: list[DateMention]  # offsets into the sentence
    titles: list[TitleMention]
    title_tokens: frozenset[int]
    covered: frozenset[int]  # tokens of people, organizations and country names
    date_tokens: list[tuple[int, DateMention]]  # each date mention with its token index
    count_words: list[int]  # tokens of "two", "three", "both" ("the three countries")


# ---------------------------------------------------------------------------------------
# entry point


def extract_engagements(
    text: str, sentences: list[Sentence], published: date | None, dateline: str | None
) -> list[Engagement]:
    """Every past engagement between two or more countries reported in `text`."""
    cues = _cues_by_sentence(text, sentences)
    if not any(kind == "trigger" for kind in cues.values()):
        return []
    doc = _document(text, published, dateline)
    for index, sentence in enumerate(sentences):
        kind = cues.get(index)
        if kind is None or (kind == "continuation" and not _continuation_possible(doc, index)):
            continue
        analysed = _analyse(doc, index, sentence)
        if analysed is None:
            continue
        added = _candidates_of(doc, analysed)
        if not added:
            _continuation(doc, analysed)
        _remember_people(doc, analysed)
    found = [_finalize(doc, c) for c in doc.candidates]
    return [e for e in found if e is not None]


def _cues_by_sentence(text: str, sentences: list[Sentence]) -> dict[int, str]:
    """Which sentences hold a trigger word ("trigger") or only a continuation cue: one scan
    of the lower-cased text, so sentences without either cost nothing more."""
    starts = [s.start for s in sentences]
    cues: dict[int, str] = {}
    for match in _CUE_RE.finditer(text.lower()):
        index = bisect_right(starts, match.start()) - 1
        if index < 0 or match.start() >= sentences[index].end:
            continue
        if match.group() in _TRIGGER_WORDS:
            cues[index] = "trigger"
        else:
            cues.setdefault(index, "continuation")
    return cues


def _continuation_possible(doc: _Document, index: int) -> bool:
    """A sentence without a trigger matters only right after an engagement (or for a
    delegation, which always belongs to the last meeting)."""
    return bool(doc.candidates) and index - doc.candidates[-1].updated <= _MAX_CONTINUATION_GAP + 1


# ---------------------------------------------------------------------------------------
# document context


def _document(text: str, published: date | None, dateline: str | None) -> _Document:
    mentions = find_countries(text)
    counts: Counter[str] = Counter(m.iso3 for m in mentions if m.kind in ("name", "demonym"))
    dateline_country = iso3_for(dateline) if dateline else None
    return _Document(
        text=text,
        published=published,
        dateline=dateline,
        dateline_country=dateline_country,
        country_counts=counts,
        groups=_country_groups(text, mentions),
        mentions=mentions,
        mention_starts=[m.start for m in mentions],
    )


def _country_groups(text: str, mentions: list[CountryMention]) -> list[tuple[int, tuple[str, ...]]]:
    """Countries named together ("China-Kyrgyzstan-Uzbekistan", "Azerbaijan, Turkmenistan and
    Turkiye"), as (end offset, countries), so "the three countries" can be resolved."""
    groups: list[tuple[int, tuple[str, ...]]] = []
    run: list[CountryMention] = []
    for mention in mentions:
        if run and _joined(text[run[-1].end : mention.start]):
            run.append(mention)
            continue
        _close_group(run, groups)
        run = [mention]
    _close_group(run, groups)
    return groups


def _joined(between: str) -> bool:
    """Whether two country mentions are written as one group: "-", ", ", " and ", ", and "."""
    return len(between) <= 7 and _GROUP_GAP.fullmatch(between) is not None


def _close_group(run: list[CountryMention], groups: list[tuple[int, tuple[str, ...]]]) -> None:
    countries = tuple(dict.fromkeys(m.iso3 for m in run))
    if len(countries) >= 2:
        groups.append((run[-1].end, countries))


# ---------------------------------------------------------------------------------------
# sentence analysis


def _analyse(doc: _Document, index: int, sentence: Sentence) -> _Analysed | None:
    """Tokens and clauses first; entities and dates only when a live trigger (or a
    continuation cue) makes the sentence matter."""
    mentions = _sentence_mentions(doc, sentence)
    tokens = Tokens(sentence.text, mentions)
    if tokens.n == 0:
        return None
    clauses = analyse_clauses(tokens)
    if not any(not t.negated for t in clauses.triggers) and not _continuation_possible(doc, index):
        return None
    entities = entities_in(tokens)
    starts = tokens.starts[: tokens.n]
    country_spans = [
        (_token_at(starts, m.start), _token_at(starts, m.end - 1) + 1)
        for m in mentions
        if m.kind in ("name", "demonym")
    ]
    people = []
    for person in entities.people:
        first = _token_at(starts, person.name_start)
        last = _token_at(starts, person.name_end - 1) + 1
        if person.title is None and _not_a_person(tokens, first, last):
            continue
        if any(begin < last and first < end for begin, end in country_spans):
            continue  # "Saudi Arabia" is no person named Arabia, "Vietnamese Party General" none either
        if person.country_iso3 is None:
            person = _with_country_after(tokens, person, last) or _with_country_before(tokens, person, first)
        last = _token_at(starts, person.name_end - 1) + 1
        people.append((first, last, _add_person(doc, person)))
    orgs = []
    for org in entities.organizations:
        resolved = _add_org(doc, org)
        orgs.append((_token_at(starts, org.start), _token_at(starts, org.end - 1) + 1, resolved))
    countries, places = _places_and_countries(tokens, starts, mentions)
    dates = find_dates(sentence.text, doc.published) if _DATE_HINT.search(sentence.text) else []
    titles = list(entities.titles)
    title_tokens = frozenset(i for t in titles for i in range(t.first_token, t.last_token + 1))
    covered = {i for first, last, _ in people for i in range(first, last)}
    covered.update(i for first, last, _ in orgs for i in range(first, last))
    covered.update(i for begin, end in country_spans for i in range(begin, end))
    date_tokens = [(_token_at(starts, d.start), d) for d in dates]
    count_words = [i for i, lower in enumerate(tokens.lowers[: tokens.n]) if lower in _COUNT_WORDS]
    return _Analysed(
        index,
        sentence,
        tokens,
        clauses,
        people,
        orgs,
        countries,
        places,
        dates,
        titles,
        title_tokens,
        frozenset(covered),
        date_tokens,
        count_words,
    )


#: Every date expression holds a digit or one of these words (a cheap guard before dates.py).
_DATE_HINT = re.compile(
    r"\d|day|[Yy]esterday|[Tt]oday|[Tt]onight|week|month|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)


def _with_country_after(tokens: Tokens, person: PersonMention, end: int) -> PersonMention | None:
    """ "President Lazarus Chakwera of Malawi": the country written after the name."""
    if tokens.lowers[end] != "of":
        return None
    j = end + 1
    if tokens.lowers[j] == "the":
        j += 1
    found = tokens.country_at(j, ("name",))
    return replace(person, country_iso3=found[1]) if found is not None else None


def _with_country_before(tokens: Tokens, person: PersonMention, first: int) -> PersonMention:
    """ "U.S. President-elect Donald Trump", "Ghana's Kwame Mensah": a country or demonym
    within the three words before a name whose title the lexicon did not know."""
    for j in range(first - 1, max(-1, first - 4), -1):
        found = tokens.country_at(j, ("name", "demonym"))
        if found is not None and found[0] <= first:
            return replace(person, country_iso3=found[1])
        if tokens.lowers[j] in (",", "and", "with", "by", "of", "."):
            break
    return person


def _not_a_person(tokens: Tokens, first: int, end: int) -> bool:
    """An untitled "name" that is a place or an event: "at Qasr Al Watan", "a Weimar
    Triangle summit", "the Raisina Dialogue"."""
    before, after = tokens.lowers[first - 1], tokens.lowers[end]
    if before in _PLACE_PREPOSITIONS or before in ("a", "an", "the"):
        return True
    return after in et.NOUN_TRIGGERS or after in et.FORUM_BODIES


def _sentence_mentions(doc: _Document, sentence: Sentence) -> list[CountryMention]:
    """The document's country mentions inside a sentence, with sentence-relative offsets."""
    first = bisect_right(doc.mention_starts, sentence.start - 1)
    out = []
    for mention in doc.mentions[first:]:
        if mention.start >= sentence.end:
            break
        out.append(
            CountryMention(
                mention.start - sentence.start,
                mention.end - sentence.start,
                mention.iso3,
                mention.text,
                mention.kind,
            )
        )
    return out


def _token_at(starts: list[int], char: int) -> int:
    return max(0, bisect_right(starts, char) - 1)


def _places_and_countries(
    tokens: Tokens, starts: list[int], mentions: list[CountryMention]
) -> tuple[list[tuple[int, CountryMention]], list[tuple[int, str, str | None]]]:
    """Country mentions (names and demonyms) and places (cities, capitals, landmarks,
    city-states) of a sentence, each with its token index."""
    countries = []
    places = []
    for mention in mentions:
        i = _token_at(starts, mention.start)
        if mention.kind in _PLACE_KINDS:
            places.append((i, mention.text, mention.iso3))
        else:
            countries.append((i, mention))
            if mention.kind == "name" and _is_city_state(mention):
                places.append((i, mention.text, mention.iso3))
    if _LANDMARK_HINT.search(tokens.text):
        for match in _LANDMARK_RE.finditer(tokens.text):
            city = _LANDMARKS[match.group()]
            places.append((_token_at(starts, match.start()), city, city_country(city)))
    places.sort()
    return countries, places


def _is_city_state(mention: CountryMention) -> bool:
    """ "in Singapore": a country whose capital has its name is a place too."""
    capital = capital_of(mention.iso3)
    return bool(capital) and _folded(capital) == _folded(mention.text)


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return fold(text).lower()


@lru_cache(maxsize=4096)
def _name_key(name: str) -> tuple[str, ...]:
    return tuple(_folded(name).replace("-", " ").split())


def _add_person(doc: _Document, person: PersonMention) -> PersonMention:
    merged = doc.registry.add(person)
    index = next(i for i, p in enumerate(doc.registry.people) if p is merged)
    for part in _name_key(merged.name):
        if len(part) >= 2 and part not in WORDS["particle"] and part not in WORDS["honorific"]:
            slots = doc.name_index.setdefault(part, [])
            if index not in slots:
                slots.append(index)
    return merged


def _canonical(doc: _Document, person: PersonMention) -> PersonMention:
    """The registry's fullest version of a person (the registry merges mentions later)."""
    key = _name_key(person.name)
    for known in doc.registry.people:
        known_key = _name_key(known.name)
        if key == known_key or _is_part(key, known_key):
            return known
    return person


def _is_part(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    size = len(short)
    return 0 < size <= len(full) and any(full[i : i + size] == short for i in range(len(full) - size + 1))


@lru_cache(maxsize=4096)
def _org_aliases(name: str) -> tuple[str, ...]:
    """Lookup keys of an organization: its name, the name without a legal form ("JSC",
    "CJSC"), and a "(CNPC)"-style acronym alone."""
    lowered = _folded(name)
    keys = [lowered]
    match = re.search(r"\(([^()]+)\)\s*$", lowered)
    if match:
        keys.append(match.group(1).strip())
        lowered = lowered[: match.start()].strip()
        keys.append(lowered)
    words = lowered.split()
    if len(words) > 1 and words[0] in ORG_WORDS["prefix_legal"]:
        words = words[1:]
    if len(words) > 1 and words[-1].rstrip(".") in ORG_WORDS["legal"]:
        words = words[:-1]
    keys.append(" ".join(words))
    return tuple(keys)


def _add_org(doc: _Document, org: OrgMention) -> OrgMention:
    """Register an organization; a known one (or its acronym) keeps its full name and country."""
    for key in _org_aliases(org.name):
        known = doc.orgs.get(key)
        if known is not None:
            if len(known.name) >= len(org.name):
                return OrgMention(
                    org.start, org.end, known.name, known.country or org.country_iso3, org.kind, org.text
                )
            break
    record = _Org(org.name, org.country_iso3)
    for key in _org_aliases(org.name):
        previous = doc.orgs.get(key)
        doc.orgs[key] = _Org(record.name, record.country or (previous.country if previous else None))
    return org


def _org_country(doc: _Document, name: str | None) -> str | None:
    if not name:
        return None
    for key in _org_aliases(name):
        known = doc.orgs.get(key)
        if known is not None and known.country:
            return known.country
    for mention in find_countries(name):
        if mention.kind in ("name", "demonym"):
            return mention.iso3
    return None


def _remember_people(doc: _Document, a: _Analysed) -> None:
    people = [p for _, _, p in a.people]
    if people:
        doc.previous_people = (a.index, people)


# ---------------------------------------------------------------------------------------
# candidates from triggers


@dataclass(frozen=True, slots=True)
class _Unit:
    """The tokens one event is told in: the main clause, or one subordinate segment."""

    role: str
    segments: tuple[int, ...]
    tokens: frozenset[int]
    head: int


def _units(a: _Analysed) -> tuple[list[_Unit], dict[int, int]]:
    units: list[_Unit] = []
    of_segment: dict[int, int] = {}
    main_by_clause: dict[int, list[int]] = {}
    for index, segment in enumerate(a.clauses.segments):
        if segment.role == MAIN:
            main_by_clause.setdefault(segment.clause, []).append(index)
    for clause, indices in main_by_clause.items():
        del clause
        tokens = frozenset(
            i for s in indices for i in range(a.clauses.segments[s].start, a.clauses.segments[s].end)
        )
        for s in indices:
            of_segment[s] = len(units)
        units.append(_Unit(MAIN, tuple(indices), tokens, -1))
    for index, segment in enumerate(a.clauses.segments):
        if segment.role != MAIN:
            of_segment[index] = len(units)
            units.append(
                _Unit(segment.role, (index,), frozenset(range(segment.start, segment.end)), segment.head)
            )
    return units, of_segment


def _candidates_of(doc: _Document, a: _Analysed) -> bool:
    """Turn the live triggers of a sentence into candidates; True when any was found."""
    triggers = [t for t in a.clauses.triggers if not t.negated]
    if not triggers:
        return False
    units, of_segment = _units(a)
    by_unit: dict[int, list[Trigger]] = {}
    for trigger in triggers:
        by_unit.setdefault(of_segment[trigger.segment], []).append(trigger)
    anchor_target = _pronoun_anchor(doc, a, units)
    order = sorted(by_unit, key=lambda u: (units[u].role != ANCHOR, u))
    for unit_index in order:
        unit = units[unit_index]
        for family, group in _families(a, by_unit[unit_index]).items():
            candidate = _candidate(doc, a, unit, units, family, group, anchor_target)
            reference = all(t.definite for t in group)
            pointer = unit.role == ANCHOR and not creates_events(
                a.tokens, a.clauses.segments[unit.segments[0]]
            )
            result, referred = _integrate(doc, candidate, reference or pointer, unit.role == ANCHOR, pointer)
            if unit.role == ANCHOR and referred:
                anchor_target = result
    return True


def _pronoun_anchor(doc: _Document, a: _Analysed, units: list[_Unit]) -> _Candidate | None:
    """ "On its sidelines, ...": the engagement told last is the anchor."""
    lowers = a.tokens.lowers
    for unit in units:
        if unit.role == ANCHOR and any(
            lowers[i] in ("its", "their") and lowers[i + 1] in ("sidelines", "margins", "margin")
            for i in unit.tokens
        ):
            return doc.candidates[-1] if doc.candidates else None
    return None


def _families(a: _Analysed, triggers: list[Trigger]) -> dict[str, list[Trigger]]:
    """Triggers of one unit by family. A meeting word and a forum word in one clause are one
    forum ("hosted X for the session of the Commission"), unless the forum is only where a
    meeting took place ("met Y at the summit")."""
    families: dict[str, list[Trigger]] = {}
    for trigger in triggers:
        families.setdefault(trigger.family, []).append(trigger)
    if et.MEETING in families and et.FORUM in families:
        locative = all(
            a.tokens.lowers[t.token - 1] in ("at", "on") or a.tokens.lowers[t.token - 2] in ("at", "on")
            for t in families[et.FORUM]
        )
        if locative:
            del families[et.FORUM]
        else:
            del families[et.MEETING]
    return families


def _candidate(
    doc: _Document,
    a: _Analysed,
    unit: _Unit,
    units: list[_Unit],
    family: str,
    group: list[Trigger],
    anchor_target: _Candidate | None,
) -> _Candidate:
    tokens = a.tokens
    first = group[0]
    position = tokens.starts[first.token]
    candidate = _Candidate(
        type=family,
        sentence=a.index,
        start=a.sentence.start,
        end=a.sentence.end,
        evidence=a.sentence.text,
        lemmas={t.lemma for t in group} | {t.body for t in group if t.body},
        key=next((t.key for t in group if t.key), None),
        negotiation=any(t.negotiation for t in group),
        hosted=any(t.hosted for t in group),
        updated=a.index,
        position=tokens.starts[first.token],
    )
    people, orgs, countries = _participants(doc, a, unit, units, family, group, anchor_target)
    candidate.people = people
    candidate.orgs = orgs
    candidate.countries = countries
    reference = all(t.definite for t in group)
    own_units = [unit] if reference else units
    _set_date(doc, a, unit, own_units, candidate, position, anchor_target)
    _set_place(doc, a, unit, own_units, candidate, first.token, anchor_target)
    candidate.topics = topic_phrases(tokens, _unit_topic(a, unit, units))
    if family == et.VISIT:
        label = visit_topic(tokens, first.token)
        if label:
            candidate.topics.insert(0, label)
    own_city = any(i in unit.tokens for i, _, _ in a.places)
    own_date = any(_token_of(a, d.start) in unit.tokens for d in a.dates)
    own_people = any(first_token in unit.tokens for first_token, _, _ in a.people)
    candidate.own_content = own_city or own_date or own_people
    return candidate


def _unit_topic(a: _Analysed, unit: _Unit, units: list[_Unit]) -> frozenset[int]:
    """Topic tokens of the event told in `unit`: its own, and those of the participle and
    "which"/"where" clauses that follow it ("..., focusing on energy", "..., where they
    discussed ..."), but not those of another event's clause."""
    tokens = set(unit.tokens)
    index = units.index(unit)
    for other in units[index + 1 :]:
        if other.role in (PARTICIPLE, RELATIVE) and not _unit_has_trigger(a, other):
            tokens.update(other.tokens)
    if unit.role == MAIN:
        tokens.update(
            i
            for u in units
            if u.role in (PARTICIPLE, RELATIVE) and not _unit_has_trigger(a, u)
            for i in u.tokens
        )
    return frozenset(i for i in a.clauses.topic if i in tokens)


def _token_of(a: _Analysed, char: int) -> int:
    """Token index of a sentence-relative character offset."""
    return _token_at(a.tokens.starts[: a.tokens.n], char)


# ---------------------------------------------------------------------------------------
# participants


def _participants(
    doc: _Document,
    a: _Analysed,
    unit: _Unit,
    units: list[_Unit],
    family: str,
    group: list[Trigger],
    anchor_target: _Candidate | None,
) -> tuple[list[PersonMention], list[_Org], set[str]]:
    """People, organizations and side countries of the event told in `unit`.

    A relative clause adds its antecedent ("Raisi, who arrived ..."), a participle clause
    the main clause's people ("..., holding talks with X"); "he" is the subject of the
    sentence before; "the two leaders", "they", "the sides" are the principals of the
    engagement referred to, unless the clause names its people itself.
    """
    clauses = a.clauses
    usable = {i for i in unit.tokens if i not in clauses.topic and i not in clauses.excluded}
    people = _people_in(doc, a, usable)
    if unit.role == RELATIVE and unit.head >= 0:
        head = _antecedent_end(a, unit.head)
        people += [p for _, end, p in a.people if end == head + 1]
        people += [
            person
            for title in a.titles
            if title.last_token == head and (person := _title_reference(doc, a, title)) is not None
        ]
    main = _main_unit(units)
    own_named = bool(people)
    segment = a.clauses.segments[unit.segments[0]]
    creating_anchor = unit.role == ANCHOR and creates_events(a.tokens, segment)
    gerund = (
        creating_anchor and group[0].token <= segment.start + 2
    )  # "after meeting X", "before holding talks"
    needs_subject = _has_plural_pronoun(a, unit) or not own_named
    if main is not None and (unit.role == PARTICIPLE or (creating_anchor and needs_subject)):
        people += _people_in(doc, a, set(main.tokens) - clauses.topic - clauses.excluded)
    elif main is not None and gerund:
        people += _people_in(doc, a, set(main.tokens) - clauses.topic - clauses.excluded)[:1]
    inherits_subject = (
        unit is not main and main is not None and any(a.tokens.lowers[i] in ("it", "they") for i in usable)
    )
    if inherits_subject and main is not None:
        people += _people_in(doc, a, set(main.tokens) - clauses.topic - clauses.excluded)
    pronoun = next((i for i in sorted(usable) if a.tokens.lowers[i] in et.SINGULAR_PRONOUNS), None)
    if pronoun is not None:
        person = _person_before(doc, a, pronoun) or _previous_subject(doc, a)
        if person is not None:
            people.append(person)
    orgs = _participant_orgs(doc, a, usable, group)
    if inherits_subject and main is not None:
        orgs += _participant_orgs(doc, a, set(main.tokens) - clauses.topic - clauses.excluded, group)
    countries = _side_countries(doc, a, usable, family)
    if len(_unique_people(people)) < 2 and any(_is_collective(a.tokens, i) for i in usable):
        target = anchor_target or _last_with_sides(doc)
        if target is not None:
            people += _principals(doc, target)
            countries |= _sides(target)  # "the two sides signed": the sides of the talks
    if family == et.VISIT:
        people = _visitors(a, people, group[0].token, unit)
        if unit.role == ANCHOR and not own_named:
            people = people[:1]  # "During his visit to Astana, Orban met Tokayev": the visitor
    return _unique_people(people), _unique_orgs(orgs), countries


def _antecedent_end(a: _Analysed, head: int) -> int:
    """Last token of the antecedent of a relative clause, over a country complement:
    "President Lazarus Chakwera of Malawi, who arrived ..." -> "Chakwera"."""
    lowers = a.tokens.lowers
    countries = {i for i, _ in a.countries}
    j = head
    while j > 0 and (j in countries or lowers[j] in ("the", "republic")):
        j -= 1
    if j < head and lowers[j] == "of":
        return j - 1
    return head


def _people_in(doc: _Document, a: _Analysed, usable: set[int]) -> list[PersonMention]:
    """People named in the tokens: found by people.py, known ones named by one word, and
    known ones named by their title alone ("The Prime Minister, who arrived ...")."""
    people = [p for first, _, p in a.people if first in usable] + _bare_names(doc, a, usable)
    for title in a.titles:
        if title.first_token in usable:
            person = _title_reference(doc, a, title)
            if person is not None:
                people.append(person)
    return people


def _title_reference(doc: _Document, a: _Analysed, title: TitleMention) -> PersonMention | None:
    """The known person a definite title without a name refers to: "the Prime Minister",
    "the Turkish Vice President". Only an exact title match counts ("Prime Minister" is not
    the "Crown Prince and Prime Minister")."""
    tokens = a.tokens
    if tokens.lowers[title.first_token - 1] != "the" or (
        title.first_token == 0 and tokens.lowers[0] != "the"
    ):
        return None
    following = title.last_token + 1
    if any(first == following for first, _, _ in a.people) or (
        tokens.caps[following] and tokens.lowers[following] not in WORDS["function"]
    ):
        return None
    wanted = title.title.lower()
    for person in reversed(doc.registry.people):
        if (
            person.title
            and person.title.lower() == wanted
            and title.country_iso3 in (None, person.country_iso3)
        ):
            return person
    return None


def _main_unit(units: list[_Unit]) -> _Unit | None:
    return next((u for u in units if u.role == MAIN), None)


def _has_plural_pronoun(a: _Analysed, unit: _Unit) -> bool:
    return any(a.tokens.lowers[i] in et.PLURAL_PRONOUNS for i in unit.tokens)


def _bare_names(doc: _Document, a: _Analysed, usable: set[int]) -> list[PersonMention]:
    """Known people named by one word of their name ("Tokayev", "Xi", "Bolat")."""
    return [person for _, person in _bare_name_tokens(doc, a, usable)]


def _bare_name_tokens(doc: _Document, a: _Analysed, usable: set[int]) -> list[tuple[int, PersonMention]]:
    found = []
    tokens = a.tokens
    for i in tokens.cap_index:
        if i not in usable or i in a.covered or i in a.title_tokens:
            continue
        lower = tokens.lowers[i]
        slots = doc.name_index.get(lower if lower.isascii() else _folded(lower))
        if not slots or lower in TITLE_WORDS or lower in WORDS["function"] or lower in ORG_SUFFIXES:
            continue
        if tokens.lowers[i + 1] in ORG_SUFFIXES or (
            tokens.caps[i + 1] and i + 1 not in a.covered and tokens.lowers[i + 1] not in ("’s", "'s")
        ):
            continue  # part of a longer name that is not this person
        found.append((i, doc.registry.people[slots[-1]]))
    return found


def _is_collective(tokens: Tokens, i: int) -> bool:
    lower = tokens.lowers[i]
    if lower in ("they", "them", "their"):
        return True
    if lower in et.COLLECTIVE_NOUNS:
        if lower == "heads":
            return tokens.lowers[i + 1] == "of"
        return tokens.lowers[i - 1] in ("the", "two", "both", "three")
    return False


def _person_before(doc: _Document, a: _Analysed, i: int) -> PersonMention | None:
    """The person "he" or "she" at token i refers to within its sentence: the first one
    named before it, usually the subject ("during President Prabowo's visit to Beijing,
    where he met Xi")."""
    named = [(first, p) for first, _, p in a.people if first < i]
    named += [(j, p) for j, p in _bare_name_tokens(doc, a, set(range(i)))]
    return min(named, key=lambda item: item[0])[1] if named else None


def _previous_subject(doc: _Document, a: _Analysed) -> PersonMention | None:
    index, people = doc.previous_people
    if index == a.index - 1 and people:
        return people[0]
    if doc.candidates and doc.candidates[-1].people:
        return doc.candidates[-1].people[0]
    return None


def _last_with_sides(doc: _Document) -> _Candidate | None:
    """The latest engagement with people on two sides: who "the two leaders" are."""
    for candidate in reversed(doc.candidates):
        if len(_principals(doc, candidate)) >= 2:
            return candidate
    return doc.candidates[-1] if doc.candidates else None


def _principals(doc: _Document, candidate: _Candidate) -> list[PersonMention]:
    """The first person of each side: who "the two leaders" or "the sides" are."""
    seen: set[str] = set()
    principals = []
    countries = _people_countries(doc, candidate, candidate.people)
    for person in candidate.people:
        country = countries.get(person.name) or person.name
        if country not in seen:
            seen.add(country)
            principals.append(person)
    return principals


def _visitors(a: _Analysed, people: list[PersonMention], trigger: int, unit: _Unit) -> list[PersonMention]:
    """The visitor is who arrives or visits: the subject, or the antecedent of "who"."""
    before = []
    positions = {id(p): first for first, _, p in a.people}
    for person in people:
        first = positions.get(id(person))
        if first is None or first < trigger or unit.role == RELATIVE:
            before.append(person)
    return before or people


def _participant_orgs(doc: _Document, a: _Analysed, usable: set[int], group: list[Trigger]) -> list[_Org]:
    """Companies, associations and agencies that took part: not ministries, statistics
    offices, joint bodies, news agencies, nor the forum itself ("meeting of the Council")."""
    trigger_tokens = {t.token for t in group}
    orgs = []
    for first, end, org in a.orgs:
        if first not in usable or org.kind not in _PARTICIPANT_ORG_KINDS:
            continue
        if trigger_tokens.intersection(range(first, end)) or _is_event_body(a.tokens, first):
            continue
        if _no_organization(a, first, end):
            continue
        orgs.append(_Org(org.name, org.country_iso3 or _org_country(doc, org.name)))
    orgs += _context_orgs(doc, a, usable, group)
    return orgs


def _no_organization(a: _Analysed, first: int, end: int) -> bool:
    """A span the organization finder took that names no body: part of a country's name
    ("Arabia" of "Saudi Arabia") or a title ("Vietnamese Party General")."""
    if a.tokens.lowers[end - 1] in HEAD_WORDS:
        return True
    for i, mention in a.countries:
        last = i + len(mention.text.split())
        if i < end and first < last and not (first <= i and last < end):
            return True
    return False


def _is_event_body(tokens: Tokens, first: int) -> bool:
    j = first - 1
    if tokens.lowers[j] == "the":
        j -= 1
    return tokens.lowers[j] == "of" and tokens.lowers[j - 1] in et.NOUN_TRIGGERS


def _context_orgs(doc: _Document, a: _Analysed, usable: set[int], group: list[Trigger]) -> list[_Org]:
    """Single-word brand names in a party slot: "QazaqGaz and Gazprom signed", "CNPC and ..."."""
    tokens = a.tokens
    found = []
    if not any(t.family in (et.AGREEMENT, et.MEETING) for t in group):
        return found
    for i in tokens.cap_index:
        if (
            i not in usable
            or i in a.covered
            or i in a.title_tokens
            or (tokens.caps[i - 1] and i - 1 not in a.covered)
        ):
            continue
        lower = tokens.lowers[i]
        if (
            lower in WORDS["function"]
            or lower in WORDS["calendar"]
            or lower in TITLE_WORDS
            or _folded(lower) in doc.name_index
        ):
            continue
        end = i + 1
        while tokens.caps[end] and end not in a.covered and end in usable:
            end += 1
        before, after = tokens.lowers[i - 1], tokens.lowers[end]
        slot = after in ("and", "&") or before in ("and", "&", "between") or after in et.VERB_TRIGGERS
        if not slot:
            continue
        if i == 0 and after not in ("and", "&") and after not in et.VERB_TRIGGERS:
            continue
        org = org_from_context(tokens.text, tokens.starts[i], tokens.ends[end - 1])
        if org is not None:
            resolved = _add_org(doc, org)
            found.append(_Org(resolved.name, resolved.country_iso3 or _org_country(doc, resolved.name)))
    return found


def _side_countries(doc: _Document, a: _Analysed, usable: set[int], family: str) -> set[str]:
    """Countries named as sides in the clause: "Uzbekistan and India signed", "Chinese
    companies", "the Azerbaijan-Georgia Commission", "a visit to Uzbekistan", "the three
    countries". A country after "in"/"at" is a place (a side only for visits)."""
    tokens = a.tokens
    countries = set()
    for i, mention in a.countries:
        if i not in usable:
            continue
        if tokens.lowers[i - 1] in ("in", "at") and family != et.VISIT and mention.kind == "name":
            continue
        countries.add(mention.iso3)
    for i in a.count_words:
        if i not in usable:
            continue
        count = _COUNT_WORDS.get(tokens.lowers[i])
        if (
            count
            and tokens.lowers[i + 1] in ("countries", "nations", "states", "sides")
            and tokens.lowers[i - 1] in ("the", "both", "all", "by", "of", "")
        ):
            countries.update(_group_of(doc, a.sentence.start + tokens.starts[i], count))
        elif tokens.lowers[i] == "both" and tokens.lowers[i + 1] == "countries":
            countries.update(_group_of(doc, a.sentence.start + tokens.starts[i], 2))
    return countries


def _group_of(doc: _Document, position: int, size: int) -> tuple[str, ...]:
    """The last group of `size` countries named before `position` ("the three countries")."""
    for end, countries in reversed(doc.groups):
        if end <= position and len(countries) == size:
            return countries
    if size == 2 and doc.candidates:
        return ()
    return ()


def _unique_people(people: list[PersonMention]) -> list[PersonMention]:
    """People without repeats, a short form ("Tokayev") counting as its full name."""
    if len(people) < 2:
        return people
    out: list[PersonMention] = []
    keys: list[tuple[str, ...]] = []
    for person in people:
        key = _name_key(person.name)
        if any(key == k or _is_part(key, k) or _is_part(k, key) for k in keys):
            continue
        keys.append(key)
        out.append(person)
    return out


def _unique_orgs(orgs: list[_Org]) -> list[_Org]:
    out: list[_Org] = []
    for org in orgs:
        if any(_same_org(org.name, o.name) for o in out):
            continue
        out.append(org)
    return out


def _same_org(a: str, b: str) -> bool:
    keys_a, keys_b = set(_org_aliases(a)), set(_org_aliases(b))
    return bool(keys_a & keys_b)


# ---------------------------------------------------------------------------------------
# date and place


def _unit_dates(a: _Analysed, unit: _Unit) -> list[DateMention]:
    """The date mentions written in a unit, outside its topic ("entry into force on ...")."""
    return [d for i, d in a.date_tokens if i in unit.tokens and i not in a.clauses.topic]


def _set_date(
    doc: _Document,
    a: _Analysed,
    unit: _Unit,
    units: list[_Unit],
    candidate: _Candidate,
    position: int,
    anchor_target: _Candidate | None,
) -> None:
    own = _unit_dates(a, unit)
    claimed_units = {i for i, u in enumerate(units) if u is not unit and _unit_has_trigger(a, u)}
    free = [
        d for i, u in enumerate(units) if u is not unit and i not in claimed_units for d in _unit_dates(a, u)
    ]
    claimed = [d for i in claimed_units for d in _unit_dates(a, units[i])]
    groups = [own, free, claimed]
    previous = _previous_date(doc)
    chosen = choose(groups, position, a.dates, previous)
    if chosen is not None:
        candidate.date, candidate.date_explicit = chosen.value, chosen.explicit
        return
    if anchor_target is not None:
        candidate.date = anchor_target.date
    elif doc.candidates:
        candidate.date = doc.candidates[-1].date
    else:
        candidate.date = doc.published
    candidate.date_explicit = False


def _unit_has_trigger(a: _Analysed, unit: _Unit) -> bool:
    return any(not t.negated and t.segment in unit.segments for t in a.clauses.triggers)


def _previous_date(doc: _Document) -> date | None:
    """The date of the engagement told last in the text ("On the same day" counts from it):
    in "X, who arrived on Sunday, held talks on Monday", that is Monday's talks."""
    dated = [c for c in doc.candidates if c.date is not None]
    return max(dated, key=lambda c: (c.sentence, c.position)).date if dated else None


def _unit_places(a: _Analysed, unit: _Unit, family: str) -> list[tuple[int, str, str | None]]:
    lowers = a.tokens.lowers
    found = []
    for i, city, iso3 in a.places:
        if i not in unit.tokens or i in a.clauses.topic or i in a.clauses.excluded:
            continue
        window = {lowers[i - 1], lowers[i - 2], lowers[i - 3]}
        if window & _LOCATION_PREPOSITIONS or family == et.VISIT:
            found.append((i, city, iso3))
    return found or _unknown_places(a, unit)


#: Capitalized words that follow "in" without being a place ("in English", "in Parliament").
_NOT_PLACES = (
    TITLE_WORDS
    | WORDS["function"]
    | WORDS["calendar"]
    | WORDS["not_name"]
    | et.word_set(
        "english french arabic russian spanish chinese person principle general particular detail total"
    )
)


def _unknown_places(a: _Analysed, unit: _Unit) -> list[tuple[int, str, str | None]]:
    """A town the lexicon does not know: "held talks in Belem", "arrived in Kisumu" (one to
    three capitalized words after "in", or after "visited", that nothing else claims)."""
    tokens = a.tokens
    found = []
    for i in sorted(unit.tokens):
        if tokens.lowers[i] not in ("in", "visited") or i + 1 in a.covered or i + 1 in a.clauses.topic:
            continue
        j = i + 1
        while j < i + 4 and tokens.caps[j] and j not in a.covered and tokens.lowers[j] not in _NOT_PLACES:
            j += 1
        if j == i + 1 or tokens.caps[j] or tokens.lowers[j] in ("’s", "'s", "-"):
            continue
        found.append((i + 1, tokens.span_text(i + 1, j), None))
    return found


def _set_place(
    doc: _Document,
    a: _Analysed,
    unit: _Unit,
    units: list[_Unit],
    candidate: _Candidate,
    trigger: int,
    anchor_target: _Candidate | None,
) -> None:
    if candidate.type == et.PHONE_CALL:
        return
    claimed = {i for i, u in enumerate(units) if u is not unit and _unit_has_trigger(a, u)}
    others = [(i, u) for i, u in enumerate(units) if u is not unit]
    groups = [
        _unit_places(a, unit, candidate.type),
        [p for i, u in others if i not in claimed for p in _unit_places(a, u, candidate.type)],
        [p for i, u in others if i in claimed for p in _unit_places(a, u, candidate.type)],
    ]
    for index, places in enumerate(groups):
        if places:
            _, city, iso3 = min(places, key=lambda p: abs(p[0] - trigger))
            candidate.location, candidate.location_explicit = city, index < 2
            if candidate.type == et.VISIT:
                candidate.host = iso3
            return
    if candidate.type == et.VISIT:
        candidate.host = _visit_destination(a, unit)
    source = anchor_target
    if source is None and doc.candidates:
        previous = doc.candidates[-1]
        sides, previous_sides = _sides(candidate), _sides(previous)
        same_occasion = previous.date == candidate.date and (not sides or bool(sides & previous_sides))
        if _continues_previous(a) or same_occasion:
            source = previous
    if source is not None and source.location is not None and source.type != et.PHONE_CALL:
        candidate.location = source.location


def _continues_previous(a: _Analysed) -> bool:
    """ "On the same day, ...", "There, ...", "Later, ...": the place of the last event holds."""
    lowers = a.tokens.lowers
    if lowers[0] in ("there", "later", "afterwards", "subsequently", "then"):
        return True
    return any(d.kind == "anaphoric" for d in a.dates)


def _visit_destination(a: _Analysed, unit: _Unit) -> str | None:
    """ "a visit to Uzbekistan": the host country when no city is named."""
    lowers = a.tokens.lowers
    for i, mention in a.countries:
        if i in unit.tokens and mention.kind == "name" and lowers[i - 1] in ("to", "in", "visited", "of"):
            return mention.iso3
    return None


# ---------------------------------------------------------------------------------------
# references, twins and continuation sentences


def _integrate(
    doc: _Document, c: _Candidate, reference: bool, anchor: bool, pointer: bool = False
) -> tuple[_Candidate | None, bool]:
    """Add a candidate to the document: as a reference to an engagement told before, as a
    twin of one, or as a new engagement; the flag says whether it referred to a known one.
    An anchor that names nothing known is dropped when it only points at an event ("on the
    eve of the SCO summit") or says nothing of its own, and so is an event without any
    participant."""
    if reference:
        target = _reference_target(doc, c, anchor, pointer)
        if target is not None:
            _merge(target, c)
            return target, True
        if pointer or (anchor and not c.own_content):
            return None, False
    twin = _twin(doc, c)
    if twin is not None:
        _merge(twin, c)
        return twin, False
    if not c.people and not c.orgs and not c.countries:
        return None, False
    doc.candidates.append(c)
    return c, False


def _reference_target(doc: _Document, c: _Candidate, anchor: bool, pointer: bool) -> _Candidate | None:
    """The engagement a definite or anchored mention names: the same noun first ("the
    talks", "the meeting" of a commission), then the same type, and for an anchor also a
    meeting for a forum word or the reverse ("Following the summit" after summit talks);
    among those, one on the document's main date, else the latest. A pointer ("on the
    sidelines of the summit") never crosses types: a meeting held on the sidelines of a
    summit is not the summit, and "Peña hosted the summit" is no earlier meeting either."""
    main_date = doc.candidates[0].date if doc.candidates else None
    # "Following the summit" may name the summit talks; "after their talks in Bogota in April"
    # says where and when, so it names no event of another type.
    cross_type = anchor and not pointer and not c.date_explicit and not c.location_explicit
    for matches in (
        [t for t in doc.candidates if t.lemmas & c.lemmas and (not pointer or t.type == c.type)],
        [t for t in doc.candidates if t.type == c.type],
        [t for t in doc.candidates if cross_type and {t.type, c.type} == {et.MEETING, et.FORUM}],
    ):
        if c.key:
            matches = [t for t in matches if t.key]  # a named body is a new event unless named before
        compatible = [t for t in matches if _compatible(t, c, reference=True)]
        if compatible:
            on_main = [t for t in compatible if t.date == main_date]
            return (on_main or compatible)[-1]
    return None


def _twin(doc: _Document, c: _Candidate) -> _Candidate | None:
    """An earlier engagement of the same type that this one only repeats."""
    keys = [_name_key(p.name) for p in c.people]
    for t in reversed(doc.candidates):
        if t.type != c.type or not _compatible(t, c, reference=False):
            continue
        known = [_name_key(p.name) for p in t.people]
        people_known = all(any(k == q or _is_part(k, q) or _is_part(q, k) for q in known) for k in keys)
        orgs_known = all(any(_same_org(o.name, p.name) for p in t.orgs) for o in c.orgs)
        if (not keys or not known or people_known) and (not c.orgs or not t.orgs or orgs_known):
            return t
    return None


def _sides(c: _Candidate) -> set[str]:
    sides = set(c.countries)
    sides.update(p.country_iso3 for p in c.people if p.country_iso3)
    sides.update(o.country for o in c.orgs if o.country)
    return sides


def _compatible(t: _Candidate, c: _Candidate, reference: bool) -> bool:
    """Whether c can be the same engagement as t: no stated date, place, forum name or
    side of c contradicts t. A reference's own place is checked against whatever place t
    holds, stated or inherited ("after their talks in Beijing in May" is not the Astana
    meeting)."""
    if c.date_explicit and t.date_explicit and t.date != c.date:
        return False
    place_checked = c.location_explicit and t.location and (t.location_explicit or reference)
    if place_checked and fold(t.location or "").lower() != fold(c.location or "").lower():
        return False
    if t.key and c.key and not set(t.key.split()) & set(c.key.split()):
        return False
    sides_t, sides_c = _sides(t), _sides(c)
    if t.type == et.FORUM or not sides_t or not sides_c:
        return True
    if reference:
        return bool(sides_t & sides_c)
    return sides_c <= sides_t


def _merge(t: _Candidate, c: _Candidate) -> None:
    t.people = _unique_people(t.people + c.people)
    t.orgs = _unique_orgs(t.orgs + c.orgs)
    t.countries |= c.countries
    if c.date_explicit and not t.date_explicit:
        t.date, t.date_explicit = c.date, True
    if c.location and (t.location is None or (c.location_explicit and not t.location_explicit)):
        t.location, t.location_explicit = c.location, c.location_explicit
    t.host = t.host or c.host
    t.topics += [topic for topic in c.topics if topic not in t.topics]
    t.lemmas |= c.lemmas
    t.key = t.key or c.key
    t.negotiation = t.negotiation or c.negotiation
    t.updated = c.sentence


def _continuation(doc: _Document, a: _Analysed) -> None:
    """A sentence without a trigger that adds to the current engagement: topics of "The
    sides discussed ...", participants of "... were discussed with the leadership of X",
    "X became familiar with ...", "The delegation included representatives of Y", and
    representatives of an organization that already takes part."""
    if not doc.candidates:
        return
    tokens = a.tokens
    lowers = tokens.lowers[: tokens.n]
    current = _current(doc, a)
    if current is None:
        return
    topics = topic_phrases(tokens, a.clauses.topic)
    current.topics += [t for t in topics if t not in current.topics]
    usable = {i for i in range(tokens.n) if i not in a.clauses.topic and i not in a.clauses.excluded}
    delegation = "delegation" in lowers and any(w in _DELEGATION_VERBS for w in lowers)
    interaction = any(w in _CONTINUATION_WORDS for w in lowers) or _discussed_with(tokens)
    people = [p for first, _, p in a.people if first in usable and (p.title or p.organization)]
    orgs = [
        _Org(o.name, o.country_iso3 or _org_country(doc, o.name))
        for first, _, o in a.orgs
        if first in usable and o.kind in _PARTICIPANT_ORG_KINDS
    ]
    if delegation or interaction:
        if delegation:
            country = next((m.iso3 for i, m in a.countries if lowers[i + 1] == "delegation"), None)
            orgs = [_Org(o.name, o.country or country) for o in orgs]
        _add_participants(current, people, orgs, a.index)
        return
    known_orgs = [o.name for o in current.orgs]
    representatives = [
        p for p in people if p.organization and any(_same_org(p.organization, name) for name in known_orgs)
    ]
    if representatives and a.index - current.updated <= 1:
        _add_participants(current, representatives, [], a.index)


def _current(doc: _Document, a: _Analysed) -> _Candidate | None:
    """The engagement a trigger-less sentence can add to: the latest one told within the
    last two sentences; a delegation or a discussion belongs to a meeting, not a signing."""
    lowers = a.tokens.lowers[: a.tokens.n]
    consult_only = "delegation" in lowers or any(w in et.TOPIC_VERBS for w in lowers)
    for candidate in reversed(doc.candidates):
        if consult_only and candidate.type == et.AGREEMENT:
            continue
        if a.index - candidate.updated <= _MAX_CONTINUATION_GAP or "delegation" in lowers:
            return candidate
        return None
    return None


def _discussed_with(tokens: Tokens) -> bool:
    """ "X discussed Y with Z", "... were discussed with the leadership of Z"."""
    lowers = tokens.lowers
    return any(
        w.startswith("discuss") and "with" in lowers[i + 1 : i + 4] for i, w in enumerate(lowers[: tokens.n])
    )


def _add_participants(c: _Candidate, people: list[PersonMention], orgs: list[_Org], sentence: int) -> None:
    if not people and not orgs:
        return
    c.people = _unique_people(c.people + people)
    c.orgs = _unique_orgs(c.orgs + orgs)
    c.updated = sentence


# ---------------------------------------------------------------------------------------
# finalization


def _finalize(doc: _Document, c: _Candidate) -> Engagement | None:
    people = _unique_people([_canonical(doc, p) for p in c.people])
    orgs = list(c.orgs)
    for person in people:
        if person.organization and not _is_government(person.organization):
            orgs.append(_Org(person.organization, _org_country(doc, person.organization)))
    orgs = _org_defaults(doc, c, _unique_orgs(_prefer_full_names(doc, orgs)))
    org_countries = {key: o.country for o in orgs for key in _org_aliases(o.name) if o.country}
    countries_of = _people_countries(doc, c, people, org_countries)
    countries = set(c.countries)
    countries.update(country for country in countries_of.values() if country)
    countries.update(o.country for o in orgs if o.country)
    if c.type == et.VISIT:
        host = c.host or (city_country(c.location) if c.location else None)
        if host:
            countries.add(host)
    if len(countries) < 2:
        return None
    location = None if c.type == et.PHONE_CALL else c.location
    if location is None and c.type != et.PHONE_CALL and doc.dateline and doc.dateline_country in countries:
        host = c.host if c.type == et.VISIT else None
        if host in (None, doc.dateline_country):
            location = doc.dateline
    ordered = tuple(sorted(countries))
    code = et.cameo_for(
        c.type, ordered, city_country(location) if location else None, c.negotiation, c.hosted
    )
    participants = [
        Participant(
            "person",
            p.name,
            p.title,
            countries_of.get(p.name),
            p.organization if p.organization and not _is_government(p.organization) else None,
        )
        for p in people
    ]
    participants += [Participant("organization", o.name, None, o.country, None) for o in orgs]
    return Engagement(
        engagement_date=c.date,
        engagement_type=c.type,
        cameo_code=code.code,
        plover_event=code.plover_event,
        plover_mode=code.plover_mode,
        location=location,
        countries=ordered,
        evidence=c.evidence,
        char_start=c.start,
        char_end=c.end,
        participants=tuple(participants),
        topics=tuple(c.topics),
    )


def _sides_in_text_order(doc: _Document, c: _Candidate) -> list[str]:
    """The countries named as sides of an engagement, in the order its sentence names them:
    "The Colombian and Venezuelan presidents, Petro and Maduro" gives Petro the first."""
    start = bisect_right(doc.mention_starts, c.start - 1)
    named = []
    for mention in doc.mentions[start:]:
        if mention.start >= c.end:
            break
        if mention.iso3 in c.countries:
            named.append(mention.iso3)
    return list(dict.fromkeys(named))


def _default_order(doc: _Document, c: _Candidate) -> list[str]:
    """Countries a participant whose country is unstated most likely belongs to: the
    dateline's, the place's, then the countries the story names most."""
    order = [doc.dateline_country, city_country(c.location) if c.location else None]
    order += [iso for iso, _ in doc.country_counts.most_common()]
    return [iso for iso in dict.fromkeys(order) if iso]


def _org_defaults(doc: _Document, c: _Candidate, orgs: list[_Org]) -> list[_Org]:
    """Organizations without a stated country get one: the country every other
    organization of the engagement shares ("Chinese companies X, Y and Z"), else the
    document's; of two organizations signing together, the second never gets the first's
    country ("SOCAR and Snam", "QazaqGaz and Gazprom")."""
    if all(o.country for o in orgs):
        return orgs
    order = _default_order(doc, c)
    known = {o.country for o in orgs if o.country}
    shared = next(iter(known)) if len(orgs) >= 3 and len(known) == 1 else None
    out: list[_Org] = []
    for index, org in enumerate(orgs):
        if org.country is None:
            others = out + orgs[index + 1 :]
            taken = {o.country for o in others if o.country} if len(orgs) == 2 else set()
            country = shared or next((iso for iso in order if iso not in taken), None)
            org = _Org(org.name, country)
        out.append(org)
    return out


def _prefer_full_names(doc: _Document, orgs: list[_Org]) -> list[_Org]:
    out = []
    for org in orgs:
        known = next((doc.orgs[k] for k in _org_aliases(org.name) if k in doc.orgs), None)
        if known is not None and len(known.name) > len(org.name):
            out.append(_Org(known.name, org.country or known.country))
        else:
            out.append(org)
    return out


def _is_government(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered.split() for word in ("ministry", "government", "cabinet"))


def _head(title: str | None) -> str:
    return title.lower().replace(",", " ").split()[-1] if title else ""


def _people_countries(
    doc: _Document, c: _Candidate, people: list[PersonMention], org_countries: dict[str, str] | None = None
) -> dict[str, str | None]:
    """Country of every person: stated, else their organization's, else the document's.

    The document default is the dateline's country, then the engagement's location, then the
    countries the story names most; a default never gives a person the country of a
    counterpart with the same role (two presidents meeting are from two countries), never
    gives a visitor the host's country, and never leaves a two-person engagement one-sided.
    """
    countries: dict[str, str | None] = {}
    defaulted: list[PersonMention] = []
    for person in people:
        country = person.country_iso3 or _org_country(doc, person.organization)
        if country is None and person.organization and org_countries:
            country = next(
                (org_countries[k] for k in _org_aliases(person.organization) if k in org_countries), None
            )
        countries[person.name] = country
        if country is None:
            defaulted.append(person)
    if not defaulted:
        return countries
    held = {country for country in countries.values() if country}
    unheld = [iso for iso in _sides_in_text_order(doc, c) if iso not in held]
    order = list(dict.fromkeys(unheld + _default_order(doc, c)))
    host = c.host or (city_country(c.location) if c.location else None)
    pair = len(people) == 2
    for person in defaulted:
        order = [iso for iso in unheld if iso not in countries.values()] + order
        taken = {
            countries[p.name]
            for p in people
            if pair
            and p is not person
            and countries[p.name]
            and person.title
            and _head(p.title) == _head(person.title)
        }
        if c.type == et.VISIT and host:
            taken.add(host)
        countries[person.name] = next((iso for iso in order if iso not in taken), None)
    sides = (
        {country for country in countries.values() if country}
        | c.countries
        | {o.country for o in c.orgs if o.country}
    )
    if len(sides) == 1 and len(people) >= 2:
        person = defaulted[-1]
        others = {countries[p.name] for p in people if p is not person}
        countries[person.name] = next((iso for iso in order if iso not in others), countries[person.name])
    return countries
