"""What the engagement extractor knows about a document and about each sentence it reads.

The extractor reads a document once, sentence by sentence, and keeps here everything later
sentences need: the document's country mentions (counted, and grouped when named together,
so "the three countries" can be resolved), a per-document NameRegistry with an index of
name parts ("Tokayev" -> "Kassym-Jomart Tokayev"), the organizations seen with their
acronyms ("CNPC" -> "China National Petroleum Corporation (CNPC)"), and the engagements
drafted so far (`Draft`).

`analyse_sentence` tokenizes a sentence once (titles.Sentence), runs the clause grammar
(engagement_clauses) and, only when a live trigger or a continuation cue makes it matter,
the entity finders (people.entities_in), date expressions (dates.find_dates) and places
(cities, capitals, city-states and landmarks such as "the Kremlin"). Everything is mapped to
token indices so the other engagement modules work on one coordinate system.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Final

from orchestration.extraction import engagement_types as et
from orchestration.extraction.companies import company_country, opens_company_name
from orchestration.extraction.countries import (
    LANDMARKS,
    CountryMention,
    among_peoples,
    bloc_stem,
    capital_of,
    city_country,
    countries_in_name,
    describes_members,
    document_countries,
    domain_country,
    find_blocs,
    find_countries,
    fold,
    initials,
    iso3_for,
    iso3_of_alpha2,
    literal_alternation,
    read_tsv,
)
from orchestration.extraction.datelines import credited_country, find_dateline, paragraph_datelines
from orchestration.extraction.dates import (
    SHORT_WEEKDAYS,
    WEEKDAYS,
    DateMention,
    find_dates,
    in_year,
    month_and_year,
)
from orchestration.extraction.engagement_clauses import (
    ANCHOR,
    MAIN,
    WITNESSED,
    Clauses,
    analyse_clauses,
    denied_before_but,
    points_ahead,
    relative_modal_after_past,
)
from orchestration.extraction.engagement_dates import STATED_KINDS
from orchestration.extraction.leaders import (
    full_name_words,
    heads_a_body_of_states,
    known_nationality,
    monarch_name,
    one_word_aliases,
    reigning_realm,
)
from orchestration.extraction.organizations import OrgMention, listed_body_of_states
from orchestration.extraction.people import (
    ABBREVIATED_GIVEN_NAMES,
    NAME_PART_STYLES,
    PEER_STYLES,
    Entities,
    NameRegistry,
    PersonMention,
    entities_in,
    is_lone_surname,
    is_part,
    is_surname_he,
    same_person,
    style_is_name_part,
    untitled_country_given_name,
)
from orchestration.extraction.text import (
    HintedSearch,
    Sentence,
    after_title_abbreviation,
    has_digit,
    inside_quotation,
)
from orchestration.extraction.titles import (
    APOSTROPHES,
    COUNTERPART_WORDS,
    FIRM_NOUNS,
    MISSION_NOUNS,
    NATIONAL_CHAMBERS,
    ORG_SUFFIXES,
    ORG_WORDS,
    POSSESSIVE_MARKS,
    TITLE_SMALL_WORDS,
    TITLE_WORDS,
    WORDS,
    TitleMention,
    counterpart_office,
)
from orchestration.extraction.titles import Sentence as Tokens
from orchestration.extraction.trade_speaker import COMPANY_TITLE

_PLACE_KINDS: Final = ("capital", "city")


_PLACE_PREPOSITIONS: Final = et.word_set("at in near from to into")


_GROUP_GAP: Final = re.compile(r"\s*(?:[-–,&]\s*)?(?:and\s+)?")


COUNT_WORDS: Final = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
_COUNT_WORD_SET: Final = frozenset(COUNT_WORDS)


#: (A central bank is a body of the state's that signs as a side, no ministry: GOLD_FORMAT.)
PARTICIPANT_ORG_KINDS: Final = ("company", "association", "agency", "central_bank")


_LANDMARK_RE: Final = re.compile(r"(?<!\w)(?:" + literal_alternation(list(LANDMARKS)) + r")(?!\w)")


#: The first four letters of every landmark, as a trie (asked of every analysed sentence: a
#: flat alternation tried each of them at every position).
_LANDMARK_HINT: Final = re.compile(literal_alternation({name.split()[0][:4] for name in LANDMARKS}))


@dataclass(slots=True, unsafe_hash=True)
class Org:
    """An organization taking part, with its country when known."""

    name: str
    country: str | None

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(self, name: str, country: str | None) -> None:
        self.name = name
        self.country = country


@dataclass
class Draft:
    """An engagement while the document is read; slots fill in as sentences add to it."""

    type: str
    sentence: int
    start: int
    end: int
    evidence: str
    date: date | None = None
    date_explicit: bool = False
    date_anchored: bool = False  # not stated, but that of the event it follows ("After the talks")
    location: str | None = None
    location_explicit: bool = False
    people: list[PersonMention] = field(default_factory=list)
    orgs: list[Org] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    unnamed_sides: set[str] = field(default_factory=set)  # "the Kenyan leader": a side held by nobody named
    host: str | None = None
    topics: list[str] = field(default_factory=list)
    lemmas: set[str] = field(default_factory=set)
    key: str | None = None
    body: str | None = None  # the body that met: "commission", "forum", "summit"
    named: bool = False  # a forum with a proper name: "the Africa-Korea summit"
    negotiation: bool = False
    hosted: bool = False
    own_content: bool = False
    updated: int = 0
    position: int = 0  # offset of the first trigger in its sentence
    background: bool = False  # told in a "who arrived ..." or "after ..." clause, not the main one
    of_a_past_year: bool = False  # its clause dates it to a year before the story's: "signed in 2019"
    # where an outcome the sentence discusses came from ("discussed agreements reached during X's
    # visit to Y"): a past event told in passing, not the one the story goes on about
    in_passing: bool = False
    # told with an adverb of an encounter before the story's news ("X and Y previously met in
    # Astana"): an occasion of its own, no twin of an event told before
    earlier_encounter: bool = False
    # reported as done before the report ("said members had signed contracts with ..."): on a
    # day and in a place the text does not give, not the story's
    reported_done: bool = False
    # told as run from the chair by a later sentence ("Ministers of A, B and C met ... The meeting
    # was presided over by X"): a session of several members, as if the first sentence said it
    chaired: bool = False

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow).
    def __init__(
        self,
        type: str,
        sentence: int,
        start: int,
        end: int,
        evidence: str,
        date: datetime.date | None = None,  # (the field's name hides the class in here)
        date_explicit: bool = False,
        date_anchored: bool = False,
        location: str | None = None,
        location_explicit: bool = False,
        people: list[PersonMention] | None = None,
        orgs: list[Org] | None = None,
        countries: set[str] | None = None,
        unnamed_sides: set[str] | None = None,
        host: str | None = None,
        topics: list[str] | None = None,
        lemmas: set[str] | None = None,
        key: str | None = None,
        body: str | None = None,
        named: bool = False,
        negotiation: bool = False,
        hosted: bool = False,
        own_content: bool = False,
        updated: int = 0,
        position: int = 0,
        background: bool = False,
        of_a_past_year: bool = False,
        in_passing: bool = False,
        earlier_encounter: bool = False,
        reported_done: bool = False,
        chaired: bool = False,
    ) -> None:
        self.type = type
        self.sentence = sentence
        self.start = start
        self.end = end
        self.evidence = evidence
        self.date = date
        self.date_explicit = date_explicit
        self.date_anchored = date_anchored
        self.location = location
        self.location_explicit = location_explicit
        self.people = [] if people is None else people
        self.orgs = [] if orgs is None else orgs
        self.countries = set() if countries is None else countries
        self.unnamed_sides = set() if unnamed_sides is None else unnamed_sides
        self.host = host
        self.topics = [] if topics is None else topics
        self.lemmas = set() if lemmas is None else lemmas
        self.key = key
        self.body = body
        self.named = named
        self.negotiation = negotiation
        self.hosted = hosted
        self.own_content = own_content
        self.updated = updated
        self.position = position
        self.background = background
        self.of_a_past_year = of_a_past_year
        self.in_passing = in_passing
        self.earlier_encounter = earlier_encounter
        self.reported_done = reported_done
        self.chaired = chaired


#: A passive of chairing: "was chaired by", "were presided over by".
#: "was (also) attended by": those a gathering is said to be attended by (engagements'
#: _ATTENDED_SUMMIT, engagement_merge's _ATTENDED_PASSIVE).
ATTENDED_BY: Final = r"\b(?:was|were)\s+(?:also\s+)?attended\s+by\b"
CHAIRED_BY: Final = re.compile(r"(?i)\b(?:was|were)\s+(?:also\s+)?(?:chaired|presided\s+over)\s+by\b")


def told_chaired(evidence: str) -> bool:
    """Whether a sentence tells its event as chaired by someone ("The meeting was chaired by
    X"); a literal precheck keeps the pattern off most sentences."""
    return ("chaired" in evidence or "presided" in evidence) and CHAIRED_BY.search(evidence) is not None


@dataclass
class DocumentContext:
    """What the extractor knows about the document so far."""

    text: str
    written_on: date | None  # the date relative dates count from (see _written_on)
    dateline: str | None
    dateline_country: str | None
    country_counts: Counter[str]
    groups: list[tuple[int, tuple[str, ...]]]
    mentions: list[CountryMention]  # every country mention of the text
    mention_starts: list[int]
    #: The country of the national news agency the dateline credits ("WASHINGTON (ANTARA) -")
    #: in a story about it, whose own officials it names without a country word wherever it
    #: is filed from (`_agency_abroad`).
    home_country: str | None = None
    #: The country of the national news agency the dateline credits, filed from abroad, however
    #: seldom the story names it (`credited_country`): the last country an official with none
    #: stated can be of, when every country the story names is taken ("SEOUL (Bernama) -
    #: Minister X met South Korea's Minister Y": X is no Korean, and the agency's own).
    agency_country: str | None = None
    #: The countries the whole digest names, most named first, when the text is one item of
    #: it (`datelines.digest_items`): whose officials an item names without a country word
    #: ("MOSCOW (AKIpress) - Chairman of the Cabinet of Ministers X held talks with Russian
    #: Deputy Prime Minister Y" in a Kyrgyz digest), after the item's own.
    around: tuple[str, ...] = ()
    registry: NameRegistry = field(default_factory=NameRegistry)
    name_index: dict[str, list[int]] = field(default_factory=dict)
    orgs: dict[str, Org] = field(default_factory=dict)
    #: (name, iso3) of the companies registered so far, in the order told: the first is the
    #: firm a later "Chief executive X met ..." speaks for.
    companies: list[tuple[str, str | None]] = field(default_factory=list)
    #: (name, iso3) of the company that opened the last read sentence opening with one ("Rio
    #: Tinto's mine reported ..."): the firm the story turned to, whose officer a next "Chief
    #: executive X met ..." is, rather than the first company told.
    subject_company: tuple[str, str | None] | None = None
    candidates: list[Draft] = field(default_factory=list)
    previous_people: tuple[int, list[PersonMention]] = (-10, [])
    narrative: tuple[int, date] | None = None  # the last date a read sentence states, with its index
    #: (sentence index, day) of the last day a sentence with no trigger word states ("The
    #: exposition opened in Dushanbe on Wednesday."): what a later "The same day" counts from.
    uncued_day: tuple[int, date] | None = None
    #: (sentence index, day) of the first "X said on Wednesday" of a sentence with no trigger
    #: word: the day of the remarks a later "Speaking after talks with Y, X said" reports.
    said_day: tuple[int, date] | None = None
    #: The sentence of the last line that is only a day (a live blog's "Tuesday, 23 September"):
    #: the entries below it tell that day's events, -1 when none was read.
    day_line: int = -1
    #: (sentence index, month, year) of the last month a read sentence states with its year:
    #: "in January 2024" sets the year of "On January 30" in the next sentence.
    stated_month: tuple[int, int, int] | None = None
    #: The country each person was given by the first engagement they took part in, when no
    #: text stated it: one person keeps one country through the story (a prime minister who
    #: co-chaired a session at home is still his country's when the story recalls his trip).
    settled: dict[str, str] = field(default_factory=dict)
    #: The office someone introduced as a "counterpart" was found to hold, for the later events
    #: that name them without it ("The two ministers signed ...").
    counterpart_titles: dict[str, str] = field(default_factory=dict)
    #: Events only pointed at ("on the margins of the CARICOM summit in Port of Spain"): not
    #: labelled, but a later "The summit, which opened on Monday, ..." took place there.
    pointed: list[Draft] = field(default_factory=list)
    #: (start, city) of the datelines that open paragraphs of a round-up ("LISBON - ...",
    #: "NAIROBI - ..."): where each paragraph's events took place, when they name no place.
    paragraph_places: list[tuple[int, str]] = field(default_factory=list)
    #: (sentence index, city, iso3) of the last place a read sentence tells someone was at or
    #: went to: where a "There she met X" opening the next sentence is.
    told_place: tuple[int, str, str | None] | None = None
    #: The person each companion of no stated country accompanies ("X, accompanied by Commerce
    #: Secretary Y, met ..." -> {"Y": "X"}): one party, whatever country X is found to have.
    companions: dict[str, str] = field(default_factory=dict)
    #: The heads of the delegations the last sentence that told one names ("a delegation from
    #: Alberta, led by Minister X"): who a later "The delegation also met Y" names.
    delegation_heads: list[PersonMention] = field(default_factory=list)
    #: The last sentence whose subject is a party told by its noun alone, no head known ("the
    #: Belarusian delegation paid a courtesy call on President X"): the people it names are
    #: those the party met, none of whom a later "The delegation also toured ..." is.
    headless_party: int = -10
    #: The country of the last party told by its noun with no head named ("The Iranian delegation
    #: is in Tajikistan on a visit"): the side a later "the guests were received by X" is.
    headless_party_country: str | None = None
    #: The last sentence that announces meetings one with each of people it does not name
    #: ("X held a series of bilateral meetings on the margins of the summit."): the people the
    #: sentence right after it lists are those meetings' counterparts.
    bilaterals_announced: int = -10
    #: Who "I" is in a sentence told by a speaker named outside it (sentence index -> the name):
    #: a quotation opening the sentence after '"...," Lahbib said.'; an interview's answer, whose
    #: speaker is the interviewee (the name "" stands for the story's first person).
    speakers: dict[int, str] = field(default_factory=dict)
    #: Who "you" is in an interviewer's question (sentence index -> the name, "" as in `speakers`):
    #: the interviewee ("CNA: Minister, you met President Lai on Monday.").
    addressees: dict[int, str] = field(default_factory=dict)
    #: The sentences whose next one opens by denying what they report ("... reported that X had
    #: met Y. The ministry denied it."): what they report did not happen.
    denied_after: frozenset[int] = frozenset()
    #: The people a definite title without a name was told before as someone else, by the title
    #: ("The Prime Minister spoke to Prime Minister X": X is not "the prime minister"): one
    #: definite title names one person through a story, so a later "the Prime Minister welcomed
    #: the President of Ghana" is not X either.
    titled_others: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    #: Where each sentence telling a named gathering opening or held in no city but the
    #: dateline's ends its "opened"/"was held" (`engagements._gathering_at_dateline`), found
    #: once for the document when first asked; None until then.
    gatherings_held: tuple[int, ...] | None = None

    def mentions_between(self, start: int, end: int) -> list[CountryMention]:
        """The country mentions that start inside `start`..`end` of the text, in order (a slice
        between the two offsets bisected in the sorted starts: a generator resumed for each
        mention cost more, at every sentence and event)."""
        first = bisect_left(self.mention_starts, start)
        return self.mentions[first : bisect_left(self.mention_starts, end, first)]


def _in_stated_month(doc: DocumentContext, index: int, dates: list[DateMention]) -> list[DateMention]:
    """A month-day without a year right after a sentence that named its month with a year is
    in that year: "The turning point came in January 2024, when X visited Hanoi. On January
    30, he held talks ..." (a story of 2026 had read it as last January)."""
    stated = doc.stated_month
    if stated is not None and stated[0] == index - 1:
        _, month, year = stated
        dates = [
            in_year(d, year) if d.kind == "month_day" and d.date and d.date.month == month else d
            for d in dates
        ]
    written = [found for d in dates if (found := month_and_year(d)) is not None]
    if written:
        doc.stated_month = (index, *written[-1])
    return dates


def filed_country(doc: DocumentContext) -> str | None:
    """The country of the place the story's dateline names, where an engagement told with no
    place of its own was held; None without a dateline, when `dateline_country` is only the
    country of the website's domain, which places nothing."""
    return doc.dateline_country if doc.dateline else None


def office_key(title: str | None) -> str:
    """The role a title names, so that two holders of one role are counterparts: "President"
    and "President" are, "President" and "Vice President" are not."""
    return " ".join(title.lower().replace(",", " ").split()) if title else ""


@dataclass
class AnalysedSentence:
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

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow).
    def __init__(
        self,
        index: int,
        sentence: Sentence,
        tokens: Tokens,
        clauses: Clauses,
        people: list[tuple[int, int, PersonMention]],
        orgs: list[tuple[int, int, OrgMention]],
        countries: list[tuple[int, CountryMention]],
        places: list[tuple[int, str, str | None]],
        dates: list[DateMention],
        titles: list[TitleMention],
        title_tokens: frozenset[int],
        covered: frozenset[int],
        date_tokens: list[tuple[int, DateMention]],
        count_words: list[int],
    ) -> None:
        self.index = index
        self.sentence = sentence
        self.tokens = tokens
        self.clauses = clauses
        self.people = people
        self.orgs = orgs
        self.countries = countries
        self.places = places
        self.dates = dates
        self.titles = titles
        self.title_tokens = title_tokens
        self.covered = covered
        self.date_tokens = date_tokens
        self.count_words = count_words


@dataclass(slots=True, unsafe_hash=True)
class Unit:
    """The tokens one event is told in: the main clause, or one subordinate segment."""

    role: str
    segments: tuple[int, ...]
    tokens: frozenset[int]
    head: int

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(self, role: str, segments: tuple[int, ...], tokens: frozenset[int], head: int) -> None:
        self.role = role
        self.segments = segments
        self.tokens = tokens
        self.head = head


def document_context(
    text: str,
    published: date | None,
    dateline: str | None,
    url: str | None = None,
    around: tuple[str, ...] = (),
    headline: tuple[str, str] | None = None,
) -> DocumentContext:
    """The context of a document before any sentence is read: its country mentions, counts and
    groups (the title's pair first, as named before the body). Without a dateline, the country
    of a national domain stands for the dateline's (a gov.uk readout: "The Prime Minister spoke
    to Prime Minister Narendra Modi of India")."""
    mentions = _without_surnames(
        text,
        _without_states(
            text, _without_province_names(text, _without_inter_bodies(text, document_countries(text)))
        ),
    )
    dateline_country = _dateline_country(text, dateline, mentions) if dateline else _domain_iso3(url)
    if "Islamic Republic" in text:
        mentions = _with_the_islamic_republic(text, mentions, dateline_country)
    counts: Counter[str] = Counter(
        m.iso3 for m in mentions if m.kind == "name" or (m.kind == "demonym" and not thing_after(text, m.end))
    )
    places = _paragraph_places(text, dateline)
    agency = _agency_abroad(text, dateline_country, url) if dateline else None
    return DocumentContext(
        text=text,
        # (in a round-up of items filed from several cities, the first item's date is not the
        # day the others' "today" counts from)
        written_on=_written_on(text, published) if dateline and not places else published,
        dateline=dateline,
        dateline_country=dateline_country,
        country_counts=counts,
        groups=([(0, headline)] if headline else []) + _country_groups(text, mentions),
        mentions=mentions,
        mention_starts=[m.start for m in mentions],
        home_country=agency
        if agency is not None and counts[agency] >= (counts[dateline_country] if dateline_country else 0)
        else None,
        agency_country=agency,
        paragraph_places=places,
        around=around,
    )


def _with_the_islamic_republic(
    text: str, mentions: list[CountryMention], dateline_country: str | None
) -> list[CountryMention]:
    """The mentions with "the Islamic Republic" written alone ("The Islamic Republic and Iraq
    signed ...") as a name of the story's Islamic Republic: the one the story names or files
    from, when that is a single state (Iran, Pakistan, Afghanistan and Mauritania all bear the
    form; a story of two of them, or of none, leaves it unread)."""
    realms = {m.iso3 for m in mentions if m.kind in ("name", "demonym") and m.iso3 in _ISLAMIC_REPUBLICS}
    if dateline_country in _ISLAMIC_REPUBLICS:
        realms.add(dateline_country)
    if len(realms) != 1:
        return mentions
    (realm,) = realms
    added = [
        CountryMention(found.start(1), found.end(1), realm, found.group(1), "name")
        for found in _ISLAMIC_REPUBLIC_ALONE.finditer(text)
    ]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


_ISLAMIC_REPUBLICS: Final = frozenset(["IRN", "PAK", "AFG", "MRT"])
#: "the Islamic Republic" with no name after it ("of Iran", "News Agency", which the country scan
#: or the names read).
_ISLAMIC_REPUBLIC_ALONE: Final = re.compile(r"\b[Tt]he\s+(Islamic\s+Republic)\b(?!\s+(?:of\b|[A-Z]))")


def thing_after(text: str, end: int) -> bool:
    """Whether the demonym that ends at `end` (alone or in a list: "Russian and Iranian oil")
    qualifies a thing, the head of the noun phrase after it being goods or materiel ("urged
    China to stop supplying components used in Russian weapons", "tariffs on Chinese goods",
    "Russian gas"): where a thing comes from names no side, and no country for a participant
    the story leaves unmarked. The head is the last of at most three lower-case words that a
    function word, a punctuation mark or a capital ends ("Chinese oil companies" has its head
    in "companies", a side); a longer run is not read."""
    at = _LISTED_DEMONYMS.match(text, end)
    position = at.end() if at else end
    words: list[str] = []
    while len(words) <= _THING_PHRASE_WORDS:
        word = _LOWER_WORD.match(text, position)
        if word is None or word.group(1) in WORDS["function"]:
            break
        words.append(word.group(1))
        position = word.end()
    return 0 < len(words) <= _THING_PHRASE_WORDS and words[-1] in THINGS


def sentence_span(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence around offset `at`, read cheaply from the raw text: from
    after the last ". " or line break before it to the next one after it (or the text's end).
    The end is the ". " or line break itself, which callers keep or cut ("text[start:end + 1]"
    ends with the full stop)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min(k for k in (text.find(". ", at), text.find("\n", at), len(text)) if k >= 0)
    return start, end


#: Goods and materiel: a demonym before them tells where they come from, not who takes part.
#: (Not the nouns of trade flows, whose demonym is the country that trades: "Zambian soybean
#: exports to China, following the signing of a phytosanitary protocol" names both sides.)
THINGS: Final = et.word_set(
    """goods products commodities merchandise wares cargo cargoes
    weapons weaponry arms munitions ammunition missiles drones rockets shells components parts
    equipment machinery chips semiconductors oil crude gas lng coal uranium grain wheat maize
    corn rice soybeans steel aluminium aluminum copper fertiliser fertilizer timber cars
    vehicles"""
)
#: More demonyms listed after one: ", Iranian", " and Iranian", " & Iranian".
_LISTED_DEMONYMS: Final = re.compile(r"(?:\s*(?:,|\band\b|&)\s*[A-Z][\w'’-]*)+")
#: A lower-case word after a space: a word of the noun phrase after a demonym.
_LOWER_WORD: Final = re.compile(r"[ \t]+([a-z][a-z-]*)\b(?![-'’])")
#: How many words a noun phrase after a demonym may have for its head to be read.
_THING_PHRASE_WORDS: Final = 3


def countries_named_most(text: str) -> tuple[str, ...]:
    """The countries a text names by name or demonym, most named first."""
    counts = Counter(m.iso3 for m in document_countries(text) if m.kind in ("name", "demonym"))
    return tuple(iso for iso, _ in counts.most_common())


def _paragraph_places(text: str, dateline: str | None) -> list[tuple[int, str]]:
    """Where each paragraph of a round-up was filed: with no dateline of its own, any two
    paragraph datelines; under a dateline (the first item's, "08:40 BISHKEK, December 4
    (AKIpress) - ... 11:02 MOSCOW, December 5 (AKIpress) - ..."), only items filed from
    another city too, so a story that repeats its own city is not taken for a digest."""
    found = paragraph_datelines(text)
    if dateline and all(d.city == dateline for d in found):
        return []
    # from the line's start, before a feed's clock time ("11:02 MOSCOW, ..."), where its sentence starts
    return [(text.rfind("\n", 0, d.start) + 1, d.city) for d in found]


def _without_surnames(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """The mentions less a country's name that the story uses as a person's surname: after
    "Prime Minister Luis Montenegro", "Montenegro last visited Luanda" is the premier, not the
    country (where a preposition or article is before it, "to Montenegro", it stays one). A
    name in capitals ("U.S.", "UAE") is an abbreviation, never a surname: in "Total U.S. goods
    trade" the capitalized word before it opens the noun phrase, it is no given name."""
    # (a capitalized word after it continues a name of something else: "Khanij Bidesh India Ltd")
    surnames = {
        m.text
        for m in mentions
        if m.kind == "name"
        and not m.text.isupper()
        and _given_name_before(text, m.start)
        and not _CAPITAL_AFTER.match(text, m.end)
    }
    if not surnames:
        return mentions
    return [
        m
        for m in mentions
        if m.text not in surnames or _PLACE_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    ]


def _without_province_names(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """The mentions less a country word that begins a two-word province's name ("Thai Binh
    province", "the Nam Dinh provincial Party Committee"): the province is a place of its own
    country, and the word in its name (a demonym as often as not) names no side."""
    return [m for m in mentions if not _PROVINCE_AFTER.match(text, m.end)]


#: A capitalized word and "province" after a country word: it was the first of a province's name.
_PROVINCE_AFTER: Final = re.compile(r" [A-Z][a-z]+ (?:[Pp]rovinc(?:e|es|ial))\b")


def _without_inter_bodies(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """The mentions less a country adjective that "Inter-" joins inside a capitalized name
    ("the Inter-American Development Bank"): the body is among a whole part of the world
    and names no side (the US had been a side of the bank's meeting with two presidents);
    "inter-Korean talks" still name the Koreas."""
    if "Inter-" not in text:
        return mentions
    return [
        m
        for m in mentions
        if not (text.endswith("Inter-", 0, m.start) and _CAPITALIZED_AFTER.match(text, m.end))
    ]


#: A capitalized word right after a mention: the mention is inside a longer name.
_CAPITALIZED_AFTER: Final = re.compile(r"\s+[A-Z]")


def _without_states(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """The mentions less a country's name that a country word before "state of" makes a state
    of that country ("the US state of Georgia"): the state names no side of its own, its
    country does (not "the State of Qatar", the country's own style)."""
    if "state of" not in text:
        return mentions
    ends = {m.end for m in mentions}
    return [
        m
        for m in mentions
        if not (
            m.kind == "name"
            and (state := _STATE_OF_BEFORE.search(text, max(0, m.start - 40), m.start)) is not None
            and state.end(1) in ends
        )
    ]


#: "<country word> state of " right before a name: the name is that country's state.
_STATE_OF_BEFORE: Final = re.compile(r"(\S+) state of $")


def _given_name_before(text: str, start: int) -> bool:
    """Whether a capitalized word that can be a given name ends right before `start`."""
    if start < 3 or text[text.rfind(" ", 0, start - 2) + 1 : start].islower():
        # (most words before a country's name are in lower case, "in", "to": the word the
        # pattern finds lies after the last space before its own closing space, so none of
        # them is capitalized; the search, tried at each offset of its window, is spared)
        return False
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return False
    word = match.group(1)
    lower = word.lower()
    return word[0].isupper() and not (
        lower in TITLE_WORDS
        or lower in WORDS["function"]
        or lower in WORDS["calendar"]
        or lower.endswith(("ing", "ed"))
        or find_countries(word)
    )


_WORD_BEFORE: Final = re.compile(r"\b([^\W\d_][^\W\d_A-Z]+) $")  # (also "Luís", "Zoë")
_CAPITAL_AFTER: Final = re.compile(r" [A-Z]")
#: Words after which a country's name is the country: "in/to/from Montenegro", "the Montenegro".
_PLACE_WORD_BEFORE: Final = re.compile(
    r"(?i)\b(?:in|to|from|of|with|and|the|visit|visited|visits|between|for|on|across|into|at)\s+$"
)


def _agency_abroad(text: str, dateline_country: str | None, url: str | None = None) -> str | None:
    """The country of the national agency the dateline credits (`credited_country`), when it
    files from abroad. Where the story names it at least as often as the dateline's country,
    it is the story's home (`DocumentContext.home_country`): the agency tells its own people
    abroad, whose country may go unnamed ("WASHINGTON (ANTARA) - Finance Minister X met South
    Korea's Y"). An agency also reports the affairs of the place it files from ("HANOI
    (Xinhua) - Vietnam's exports to the United States ..."), where the people it names
    without a country word are local. A dateline that credits no agency leaves the outlet's
    national domain to tell whose it is ("ADDIS ABABA - Prime Minister X, representing the
    President of the Republic, ..." on aps.dz is Algerian: X had been made Ethiopian)."""
    home = credited_country(text) or _domain_iso3(url)
    return home if home != dateline_country else None


def _domain_iso3(url: str | None) -> str | None:
    """The country of the outlet a story is published by: its country-code domain, else a
    national outlet on a generic one (lexicons/outlets.tsv: "koreaherald.com" is Korean as
    "koreatimes.co.kr" is; its officials abroad had had no country, and their meetings were lost)."""
    alpha2 = domain_country(url)
    return iso3_of_alpha2(alpha2) if alpha2 else None


def _written_on(text: str, published: date | None) -> date | None:
    """The day "today" and "on Tuesday" count from: the date the dateline states ("Seoul, June
    4, 2024. ... held a bilateral meeting today", put online the next day; "DHAKA, Aug 29" in
    the year of publication), else the publication date. A dateline date after publication,
    or more than a month before it, is no filing date; one up to a month before it is, as a
    weekly or monthly round-up reprints its items under the days they were filed ("ABUJA,
    March 3 - ... on Monday", published on the 14th: March 3, not the 10th)."""
    dateline = find_dateline(text)
    filed = dateline.date if dateline is not None else None
    if dateline is not None and filed is None and published is not None:
        # "DHAKA, Aug 29 (BSS) - ... today received", put online on the 30th: the 29th
        written = find_dates(text[dateline.start : dateline.end], published)
        filed = next((m.date for m in written if m.kind == "month_day"), None)
    if filed is None or (published is not None and not 0 <= (published - filed).days <= _MAX_FILING_LAG):
        return published
    return filed


_MAX_FILING_LAG: Final = 31


def _dateline_country(text: str, dateline: str | None, mentions: list[CountryMention]) -> str | None:
    """The dateline city's country, known from the lexicon or written after the city at the
    top of the story ("BOGOR, Indonesia –", "Kisumu, Kenya (Reuters) -")."""
    if not dateline:
        return None
    known = iso3_for(dateline)
    if known is not None:
        return known
    head = text[:_DATELINE_REACH].lower()
    at = head.find(dateline.lower())
    written = (
        next((m.iso3 for m in mentions if m.kind == "name" and at < m.start < at + len(dateline) + 24), None)
        if at >= 0
        else None
    )
    return written or _ambiguous_capital_country(dateline, mentions)


_DATELINE_REACH: Final = 200


def _ambiguous_capital_country(dateline: str, mentions: list[CountryMention]) -> str | None:
    """The country of a dateline city the lexicon leaves out because the word is also a name
    ("VICTORIA —": Seychelles' capital, also British Columbia's, a town of Gozo and a state of
    Australia): the first of its countries the story names, else the one whose capital it is.
    A dateline is a place, so the word's other uses do not arise there."""
    countries = _AMBIGUOUS_CAPITALS.get(dateline.lower())
    if countries is None:
        return None
    named = {m.iso3 for m in mentions}
    return next((iso3 for iso3 in countries if iso3 in named), countries[0])


#: Capitals left out of the lexicon as common words, with the countries of other places of the
#: same name; the capital's country first.
_AMBIGUOUS_CAPITALS: Final[dict[str, tuple[str, ...]]] = {"victoria": ("SYC", "CAN", "MLT", "AUS")}


def _settle_who_went_home(
    doc: DocumentContext,
    tokens: Tokens,
    mentions: list[CountryMention],
    people: list[tuple[int, int, PersonMention]],
) -> None:
    """ "Back in Tallinn on Wednesday, Kallas spoke by phone with ...", "X returned to
    Nairobi": the subject of a sentence that goes home to a city is of its country (a prime
    minister named without one, touring two capitals, was given one of theirs)."""
    text = tokens.text
    home = next(
        (
            m.iso3
            for m in mentions
            if m.kind in ("capital", "city") and _BACK_HOME.search(text, max(0, m.start - 24), m.start)
        ),
        None,
    )
    if home is None:
        return
    named = [(first, person) for first, _, person in people]
    for i in tokens.cap_index:  # a known person named by surname ("Kallas")
        slots = doc.name_index.get(tokens.lowers[i])
        if slots and not any(first <= i < last for first, last, _ in people):
            named.append((i, doc.registry.people[slots[-1]]))
    if named:
        subject = min(named, key=lambda item: item[0])[1]
        if subject.country_iso3 is None:
            doc.settled.setdefault(subject.name, home)


_BACK_HOME_WORDS: Final = frozenset(["back", "returned", "returning", "return", "returns"])
_BACK_HOME: Final = re.compile(r"(?:\b[Bb]ack(?: home)? in|\breturn(?:ed|ing|s)?(?: home)? to)\s+$")


def _country_groups(text: str, mentions: list[CountryMention]) -> list[tuple[int, tuple[str, ...]]]:
    """Countries named together ("China-Kyrgyzstan-Uzbekistan", "Azerbaijan, Turkmenistan and
    Turkiye"), as (end offset, countries), so "the three countries" can be resolved."""
    groups: list[tuple[int, tuple[str, ...]]] = []
    run: list[CountryMention] = []
    for mention in mentions:
        if run and mention.start - run[-1].end <= 7 and _joined(text[run[-1].end : mention.start]):
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
    """Keep a run of country mentions as a group when it names two or more countries."""
    if len(run) < 2:
        return
    countries = tuple(dict.fromkeys(m.iso3 for m in run))
    if len(countries) >= 2:
        groups.append((run[-1].end, countries))


def register_names(doc: DocumentContext, sentence: Sentence) -> None:
    """Register the people a sentence names, and nothing else: a sentence that tells no event
    but names in full someone a later one names by surname alone (its clauses are not read)."""
    mentions = _sentence_mentions(doc, sentence)
    tokens = Tokens(sentence.text, mentions)
    if tokens.n:
        _named_people(doc, tokens, mentions, entities_in(tokens))


def register_orgs(doc: DocumentContext, sentence: Sentence) -> None:
    """Register the organizations a sentence names, and nothing else: a sentence that tells
    no event but names in full ("South Korean shipping line X Co., Ltd. launched ...") a
    company a later one calls by its first word alone, which then keeps the full name's
    country (its clauses are not read)."""
    tokens = Tokens(sentence.text, _sentence_mentions(doc, sentence))
    if tokens.n:
        resolved = [add_org(doc, org) for org in entities_in(tokens).organizations]
        _note_subject_company(doc, tokens, resolved)


def _spans(tokens: Tokens, mentions: list[CountryMention], kinds: tuple[str, ...]) -> list[tuple[int, int]]:
    """The token spans of the country mentions of these kinds."""
    starts = tokens.starts[: tokens.n]
    return [(token_at(starts, m.start), token_at(starts, m.end - 1) + 1) for m in mentions if m.kind in kinds]


def _country_given_name(
    tokens: Tokens, mentions: list[CountryMention], person: PersonMention, first: int, last: int
) -> bool:
    """Whether a titled person's name opens with a one-word country's name that the people
    finder took for a given name before the surname ("Israel Morgan, managing director of
    ..."): a person, where "Saudi Arabia" or "Vietnamese Party General" is none. So does an
    untitled one where a verb of taking part or an aide's office follows ("Georgia Wright
    joined the talks")."""
    if last != first + 2:
        return False
    if person.title is not None and (first, first + 1) in _spans(tokens, mentions, ("demonym",)):
        return True  # "Trade Minister German Umana": a given name the people finder read as one
    return (person.title is not None or untitled_country_given_name(tokens, first)) and (
        first,
        first + 1,
    ) in _spans(tokens, mentions, ("name",))


def _named_people(
    doc: DocumentContext, tokens: Tokens, mentions: list[CountryMention], entities: Entities
) -> list[tuple[int, int, PersonMention]]:
    """The people a sentence names, each with its token span, registered with the document:
    the country written around each, else the one a listed leader or company gives."""
    starts = tokens.starts[: tokens.n]
    country_spans = _spans(tokens, mentions, ("name", "demonym"))
    place_spans = _spans(tokens, mentions, _PLACE_KINDS)
    people: list[tuple[int, int, PersonMention]] = []
    for person in entities.people:
        first = token_at(starts, person.name_start)
        last = token_at(starts, person.name_end - 1) + 1
        if person.title is None and (_not_a_person(tokens, first, last) or person.name == doc.dateline):
            continue  # (an untitled name that is the dateline's place: "Tay Ninh - ... met in Tay Ninh")
        if not _country_given_name(tokens, mentions, person, first, last) and (
            any(begin <= first < end for begin, end in country_spans)
            or (person.title is None and any(begin < last and first < end for begin, end in country_spans))
        ):
            # "Saudi Arabia" is no person named Arabia, "Vietnamese Party General" none either;
            # "Prime Minister Luís Montenegro" is the Portuguese premier
            continue
        if any(begin < first < end for begin, end in place_spans):
            continue  # "Chi Minh City" is the end of a city's name ("President Santiago Peña" starts one)
        if person.organization is None:
            person = _with_own_organization(tokens, starts, person, entities.organizations)
        if person.organization is None and (person.title is not None or _academic_styled(person)):
            person = _with_company_after(tokens, starts, person, entities.organizations)
        if person.organization is None and person.title is not None:
            person = _with_short_named_facility(doc, tokens, starts, person)
        if person.organization is None and person.title is not None and not entities.organizations:
            person = _with_story_company(doc, tokens, starts, person)
        if person.country_iso3 is None and not of_international_body(person):
            # (a body of many states' people take no country from their neighbours' words)
            # ("King Charles": the listed "Charles III", whose realms and country are known)
            listed = monarch_name(person.title, person.name) or person.name
            known = (
                reigning_realm(listed, doc.dateline_country)
                or known_nationality(listed)
                or (company_country(person.organization) if person.organization else None)
            )
            person = (
                (replace(person, country_iso3=known) if known else None)  # "Rosatom chief X": Rosatom's
                or _with_ministry_acronym(tokens, starts, person)
                or _with_country_after(tokens, person, last)
                or _with_party_state_tag(tokens, person)
                or _with_side_aside(tokens, person, token_at(starts, person.end - 1) + 1)
                or _with_country_in_apposition(tokens, person, first)
                or _with_delegation_country(tokens, person, first)
                or _with_delegation_after(tokens, person, last)
                or _with_member_country(tokens, person, first)
                or _with_side_list_country(tokens, person, first)
                or _with_named_side(tokens, person, first, people)
                or _with_coordinated_country(tokens, starts, person, people)
                or _with_coordinated_surname_country(doc, tokens, starts, person, people)
                or _with_country_before(tokens, person, first)
            )
        named = _without_honorifics(person)
        if named is None:
            continue
        people.append((first, last, add_person(doc, named)))
    return people


def analyse_sentence(
    doc: DocumentContext, index: int, sentence: Sentence, keep_without_trigger: bool
) -> AnalysedSentence | None:
    """Tokens and clauses first; entities and dates only when a live trigger or the
    caller (`keep_without_trigger`: a trigger word or a continuation cue) makes the sentence
    matter."""
    mentions = _sentence_mentions(doc, sentence)
    tokens = Tokens(sentence.text, mentions)
    if tokens.n == 0:
        return None
    spoken = index in doc.speakers
    denied_next = index in doc.denied_after
    clauses = analyse_clauses(tokens, spoken=spoken, denied_next=denied_next)
    if not keep_without_trigger and not any(not t.negated for t in clauses.triggers):
        return None
    entities = entities_in(tokens)
    title_commas = frozenset(
        k
        for title in entities.titles
        for k in range(title.first_token, title.last_token)
        if tokens.lowers[k] == ","
        and ("of" in tokens.lowers[title.first_token : k] or "for" in tokens.lowers[title.first_token : k])
    )
    if title_commas:
        # "Minister of Economy, Trade and Industry Ken Saito": the commas of a title's portfolio
        # list after its "of" cut no clause
        clauses = analyse_clauses(tokens, title_commas, spoken=spoken, denied_next=denied_next)
    clauses = _without_offices(tokens, clauses, entities.titles)
    if not keep_without_trigger and not any(not t.negated for t in clauses.triggers):
        return None
    if any(p.title is None and p.organization is None for p in entities.people):
        entities = _told_organizations_not_people(doc, entities)
    starts = tokens.starts[: tokens.n]
    lowers = tokens.lowers[: tokens.n]  # (the words read below, one copy without the padding)
    country_spans = _spans(tokens, mentions, ("name", "demonym"))
    people = _named_people(doc, tokens, mentions, entities)
    people += _lone_surname_subjects(doc, tokens, mentions, entities.organizations, people)
    if not _LEADER_PREPOSITIONS.isdisjoint(lowers):
        people += _listed_leader_agents(doc, tokens, mentions, entities.organizations, people)
    if not POSSESSIVE_MARKS.isdisjoint(lowers):
        people += _countrys_surnames(doc, tokens, mentions, entities.organizations, people)
    if not COUNTERPART_WORDS.isdisjoint(lowers):
        _note_counterpart_titles(doc, tokens, people)
    if people and "the" in lowers:
        _note_titled_others(doc, tokens, entities.titles, people)
    if not _BACK_HOME_WORDS.isdisjoint(lowers):
        _settle_who_went_home(doc, tokens, mentions, people)
    orgs = []
    for org in entities.organizations:
        resolved = add_org(doc, org)
        orgs.append((token_at(starts, org.start), token_at(starts, org.end - 1) + 1, resolved))
    _note_subject_company(doc, tokens, [resolved for _, _, resolved in orgs])
    name_spans = [(first, last) for first, last, _ in people]
    countries, places = _places_and_countries(tokens, starts, mentions, name_spans)
    if orgs and countries:
        countries = _without_names_first_words(tokens, countries, orgs)
    if countries and "to" in lowers:
        # "Egypt's Ambassador to Kuwait": where an envoy is posted is no side of what he does
        countries = [(i, m) for i, m in countries if not _posting(tokens, i)]
    if countries and not _COMMUNITY_NOUNS.isdisjoint(lowers):
        # "met members of the Indian community in the United States": a country's people
        # living in another are neither side (the host country had been made one)
        countries = [(i, m) for i, m in countries if not _of_a_community_abroad(tokens, starts, i, m)]
    if places and "in" in lowers:
        # "Rwanda's High Commissioner in Kampala": nor is it where the event was (but "met the
        # Chinese ambassador in Nairobi", the sentence's only place: see `met_at_the_post`)
        lone = len(places) == 1
        places = [
            p
            for p in places
            if not posted_in(tokens, p[0]) or (lone and met_at_the_post(tokens, clauses, p[0]))
        ]
    if countries and entities.titles and "for" in lowers:
        # "Special Representative for Afghanistan": a portfolio's country is no side either
        countries = [(i, m) for i, m in countries if not _portfolio_country(tokens, i, entities.titles)]
    dates = find_dates(sentence.text, doc.written_on) if has_date_hint(sentence.text) else []
    if dates:
        dates = _in_stated_month(doc, index, dates)
    homeward_days, homeward_places = _homeward_tokens(tokens, clauses)
    titles = list(entities.titles)
    title_tokens = frozenset(i for t in titles for i in range(t.first_token, t.last_token + 1))
    covered = {i for first, last, _ in people for i in range(first, last)}
    covered.update(i for first, last, _ in orgs for i in range(first, last))
    covered.update(i for begin, end in country_spans for i in range(begin, end))
    date_tokens = [(token_at(starts, d.start), d) for d in dates]
    if date_tokens and people:
        date_tokens = _outside_names(date_tokens, people)
    if homeward_days:
        # the day and place of a trip home are the return's, not those of any event told
        date_tokens = [(i, d) for i, d in date_tokens if i not in homeward_days]
        places = [p for p in places if p[0] not in homeward_places]
    if clauses.denied:
        # "X, who addressed the summit on Thursday, did not meet Y, but A held talks with B": the
        # days and places before the "but" are none of the talks told after it
        date_tokens = [(i, d) for i, d in date_tokens if i not in clauses.denied]
        places = [p for p in places if p[0] not in clauses.denied]
    if clauses.ahead:
        # "met Y on Monday and invited him to visit Beijing next year": the day and place of
        # the plan are none of the meeting's
        date_tokens = [(i, d) for i, d in date_tokens if i not in clauses.ahead]
        places = [p for p in places if p[0] not in clauses.ahead]
    count_words = (
        []
        if _COUNT_WORD_SET.isdisjoint(tokens.lowers)
        else [i for i, lower in enumerate(lowers) if lower in COUNT_WORDS]
    )
    return AnalysedSentence(
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


#: Verbs of a trip home ("returned to Luanda on Sunday", "came back", "flew home").
RETURN_VERBS: Final = et.word_set("returned returns returning return")
#: Verbs of a trip home before "back" or "home" ("arrived home", "flew back").
BACK_VERBS: Final = et.word_set(
    "came come comes flew flies arrived arrives headed heads got jetted travelled traveled"
)
#: Words after a return verb that make it the verb of a trip ("a return visit" is a visit).
#: Every trip home is told with one of these words.
_HOMEWARD_WORDS: Final = RETURN_VERBS | {"back", "home"}
_NOTHING: Final[frozenset[int]] = frozenset()
_RETURN_FOLLOWERS: Final = et.word_set(
    "to home from on back after yesterday today late early safely last this"
)
#: Days written right before a return verb ("on Sunday returned", "yesterday returned").
_RETURN_DAYS: Final = frozenset(WEEKDAYS) | {"yesterday"}


def _without_offices(tokens: Tokens, clauses: Clauses, titles: tuple[TitleMention, ...]) -> Clauses:
    """The clauses without the event nouns that name part of an office: "the ministry's
    director general of international trade negotiations X", "Secretary-General of the Boao
    Forum X" (the office's portfolio or body; no negotiations or forum took place). What
    is denied before ", but" is read again from the triggers kept."""
    inside = {i for t in titles for i in range(t.first_token + 1, t.last_token + 1)}
    kept = tuple(t for t in clauses.triggers if not (t.noun and t.token in inside))
    if len(kept) == len(clauses.triggers):
        return clauses
    return replace(clauses, triggers=kept, denied=frozenset(denied_before_but(tokens, list(kept))))


def _homeward_tokens(tokens: Tokens, clauses: Clauses) -> tuple[frozenset[int], frozenset[int]]:
    """Tokens that tell a trip home, from its verb to the end of its clause ("returned to
    Luanda on Sunday after a state visit to China"), as (dates, places): the day and the
    place there are the return's, not the visit's. Places after a visit noun in that clause
    ("returned from a visit to Beijing") are the visit's own; its days are still the return's."""
    lowers = tokens.lowers
    if _HOMEWARD_WORDS.isdisjoint(lowers):
        return _NOTHING, _NOTHING  # no return verb, "back" or "home": most sentences
    days: set[int] = set()
    places: set[int] = set()
    for i in range(tokens.n):
        lower = lowers[i]
        home = (
            lower in RETURN_VERBS and lowers[i + 1] in _RETURN_FOLLOWERS and lowers[i - 1] not in ("a", "the")
        )
        if not home and not (lower in ("back", "home") and lowers[i - 1] in BACK_VERBS):
            continue
        end = clauses.segments[clauses.segment_of[i]].end
        visit = next((j for j in range(i, end) if et.NOUN_TRIGGERS.get(lowers[j]) == et.VISIT), end)
        days.update(range(i, end))
        if home and lowers[i - 1] in _RETURN_DAYS:
            # "X on Sunday returned from Vilnius, where ...": the day told before the verb is the
            # return's as well
            days.update((i - 2, i - 1) if lowers[i - 2] == "on" else (i - 1,))
        places.update(k for k in range(i, visit) if k not in _left_place_of_events(tokens, i, visit))
    return frozenset(days), frozenset(places)


def _left_place_of_events(tokens: Tokens, verb: int, end: int) -> range:
    """The tokens of the place a trip home left when a ", where" clause tells what was done
    there ("returned from Vilnius on Sunday, where he took part in talks with ..."): the
    events of that clause were in the place left, which stays theirs. An empty range when the
    return verb at `verb` has no "from <Place>, where" before `end`."""
    lowers = tokens.lowers
    if "where" not in lowers[: tokens.n]:
        return range(0)
    start = next((j + 1 for j in range(verb + 1, end) if lowers[j] == "from"), -1)
    if start < 0 or not tokens.caps[start]:
        return range(0)
    k = start
    while k < tokens.n and (tokens.caps[k] or _joins_a_place(tokens, k)):
        k += 1
    if lowers[k] != "," or lowers[k + 1] != "where":
        # ("returned from Prague on Sunday, where ...": the day between changes nothing)
        k = next((m for m in range(k, min(tokens.n, k + 5)) if lowers[m] == ","), k)
        if lowers[k] != "," or lowers[k + 1] != "where":
            return range(0)
    return range(start, k)


def _joins_a_place(tokens: Tokens, k: int) -> bool:
    """Whether the small word at token k joins the capitalized words of one place name ("Dar es
    Salaam", "Port of Spain")."""
    return tokens.lowers[k] in ("es", "of", "de", "el") and tokens.caps[k - 1] and tokens.caps[k + 1]


#: Every date expression holds a digit or one of these strings (a cheap guard before dates.py;
#: "day" stands for "today", "yesterday" and the weekdays too). They are scanned for as one
#: trie (`_DATE_HINT`), which costs less than a substring test per hint.
_DATE_HINTS: Final = (
    *et.word_set(
        """day Day week Week fortnight Fortnight month year years January February March April
        May June July August September October November December Jan. Feb. Aug. Sep. Sept. Oct. Nov. Dec."""
    ),
    "the eve",  # "On the eve of the talks", a bare "On the eve, X met Y"
    # "this afternoon", "this morning", "last night": the story's day (or the one before) told
    # by a part of it, with no "day" in the words
    *et.word_set("morning Morning afternoon Afternoon evening Evening night Night"),
    *SHORT_WEEKDAYS,  # "on Tues.", "last Thurs": no "day" in them
    # "met last autumn": a season of a year, which dates its event to no day
    *et.word_set("spring Spring summer Summer autumn Autumn fall Fall winter Winter"),
)


#: Any of `_DATE_HINTS` as a substring: one scan of a trie instead of a test per hint.
_DATE_HINT: Final = re.compile(literal_alternation(_DATE_HINTS))


def has_date_hint(text: str) -> bool:
    """Whether a sentence may hold a date expression: a digit or a calendar word. The digit is
    looked for first: its scan is a quarter of the trie's, and more than half of the sentences
    read hold one."""
    return has_digit(text) or _DATE_HINT.search(text) is not None


def _with_country_after(tokens: Tokens, person: PersonMention, end: int) -> PersonMention | None:
    """ "President Lazarus Chakwera of Malawi": the country written after the name. A state,
    province or city there ("Gov. Ellen Marsh of Oregon", "Mayor X of Osaka") is the office's
    seat, in its country, when it closes the phrase (not "of Shanghai Electric", a body)."""
    if tokens.lowers[end] != "of":
        return None
    j = end + 1
    if tokens.lowers[j] == "the":
        j += 1
    found = tokens.country_at(j, ("name",)) or _mission_country(tokens, j)
    if found is None:
        place = tokens.country_at(j, _PLACE_KINDS)
        if place is not None and not tokens.caps[place[0]] and tokens.lowers[place[0]] not in _NAME_GOES_ON:
            found = place
    return replace(person, country_iso3=found[1]) if found is not None else None


def _mission_country(tokens: Tokens, j: int) -> tuple[int, str] | None:
    """(end, iso3) of the country whose diplomatic mission opens at token j, after a name's
    "of the": "Ambassador X of the Embassy of Japan", "of the High Commission of India", "of the
    Swedish Embassy", "of the Consulate General of Peru". The mission's country is the
    official's, not the host's of its seat (he had taken the host's)."""
    lowers = tokens.lowers
    sender = tokens.country_at(j, ("demonym", "name"))
    k = sender[0] if sender is not None else j
    high = lowers[k] == "high"
    k += high
    if lowers[k] not in MISSION_NOUNS or (lowers[k] == "commission") != high:
        return None
    if sender is not None:
        return sender  # "of the Swedish Embassy", "of the Indian High Commission"
    k += 1 + (lowers[k + 1] == "general")
    if lowers[k] != "of":
        return None
    k += 1 + (lowers[k + 1] == "the")
    return tokens.country_at(k, ("name",))


#: Tokens after a place that make it part of a longer name ("of Oregon-based", "of Osaka's").
_NAME_GOES_ON: Final = frozenset(["-", "'s", "’s", "&"])


#: A US legislator's party and state after the name, AP and Politico style: "Sen. Dana
#: Whitcomb (D-Wash.)", "Rep. Luis Ortega, R-Texas,", "(I-Vt.)". Only US politics writes it.
_PARTY_STATE_TAG: Final = re.compile(r"\s*(?:\(|,\s*)[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*[),]")


def _with_party_state_tag(tokens: Tokens, person: PersonMention) -> PersonMention | None:
    """ "Sen. Dana Whitcomb (D-Wash.)": a party-state tag after a name marks a US legislator."""
    if _PARTY_STATE_TAG.match(tokens.text, person.end) is None:
        return None
    return replace(person, country_iso3="USA")


def _with_side_aside(tokens: Tokens, person: PersonMention, end: int) -> PersonMention | None:
    """ "Mr. X, Minister of Human Resources (Malaysian side)": the side a list of signatories
    writes in parentheses after an entry (ending before token `end`) is that person's."""
    if tokens.lowers[end] != "(":
        return None
    found = tokens.country_at(end + 1, ("demonym", "name"))
    if found is None or tokens.lowers[found[0]] != "side" or tokens.lowers[found[0] + 1] != ")":
        return None
    return replace(person, country_iso3=found[1])


def _with_named_side(
    tokens: Tokens, person: PersonMention, first: int, named: list[tuple[int, int, PersonMention]]
) -> PersonMention | None:
    """ "attended, on the Moroccan side, by Minister ... Bourita and, on the Spanish side, by
    Minister ... Albares", "the Chinese side was represented by ...": the side named last
    before a person, when nobody was named between them, is that person's."""
    lowers = tokens.lowers
    after = named[-1][1] if named else 0
    for k in range(first - 1, max(after - 1, first - _SIDE_REACH), -1):
        if lowers[k] in (";", "."):
            return None
        aux = et.represented_auxiliary(lowers, k)
        if aux is not None:
            # "Guatemala was represented by Foreign Minister X": the subject country is X's
            country = tokens.country_ending_at(aux)
            if country is not None:
                return replace(person, country_iso3=country)
        if lowers[k] == "side":
            country = tokens.country_ending_at(k)
            return replace(person, country_iso3=country) if country is not None else None
    if named and _joined_by_and(tokens, named[-1][1], first):
        # "On the Indonesian side, the talks were attended by Minister A and Minister B": B
        # is listed with A, on A's side
        return _with_named_side(tokens, person, named[-1][0], named[:-1])
    return None


def _joined_by_and(tokens: Tokens, end: int, first: int) -> bool:
    """Whether a person's name ending at token `end` and the next starting at `first` are
    joined by "and", with only the second one's style and title between ("Sugiono and HE
    Minister of Investment Rosan Roeslani")."""
    lowers = tokens.lowers
    k = end + (lowers[end] == ",")
    if lowers[k] != "and" or first - k > _JOINED_TITLE_REACH:
        return False
    return all(tokens.caps[m] or lowers[m] in ("of", "for", "and", "the", ".") for m in range(k + 1, first))


_JOINED_TITLE_REACH: Final = 12


_SIDE_REACH: Final = 25


def _with_coordinated_country(
    tokens: Tokens, starts: list[int], person: PersonMention, named: list[tuple[int, int, PersonMention]]
) -> PersonMention | None:
    """ "held talks with U.S. Treasury Secretary Janet Yellen and Commerce Secretary Gina
    Raimondo": a titled person joined by "and" to the titled person right before, both the
    object of the engagement ("with", "met", "received" ...), holding another office and
    named without a country, is of that person's country: the first one's country word
    covers both phrases. Two subjects ("X's minister and minister Y met") are two sides,
    and two holders of one office ("Foreign Minister") are counterparts."""
    if person.title is None or not named:
        return None
    _, previous_end, previous = named[-1]
    if not _country_covers(previous, person) or _country_in_complement(tokens, starts, previous):
        return None
    if tokens.lowers[previous_end] == "of" and _royal(previous.title) and _royal(person.title):
        # "Crown Princess Victoria of Sweden and Prince Daniel": the realm after a royal's name
        # is the consort's too, as it is before both ("Sweden's King X and Queen Y")
        realm = tokens.country_at(previous_end + 1 + (tokens.lowers[previous_end + 1] == "the"))
        previous_end = realm[0] if realm is not None else previous_end
    if tokens.lowers[previous_end] != "and" or token_at(starts, person.start) != previous_end + 1:
        return None
    opener = token_at(starts, previous.start) - 1
    if opener < 0 or tokens.lowers[opener] not in _OBJECT_OPENERS:
        return None
    return replace(person, country_iso3=previous.country_iso3)


#: Last words of a royal's title ("Crown Princess", "Queen", "Grand Duke").
_ROYAL_WORDS: Final = frozenset(
    ["king", "queen", "prince", "princess", "emperor", "empress", "duke", "duchess"]
)


def _royal(title: str | None) -> bool:
    """Whether a title is a royal's ("King", "Crown Princess", "Grand Duchess")."""
    return title is not None and title.lower().rpartition(" ")[2] in _ROYAL_WORDS


def _country_covers(previous: PersonMention, person: PersonMention) -> bool:
    """Whether the country of a titled person coordinated right before covers the titled
    person after "and": another office (two holders of one office are counterparts), and
    no body of his own ("Georgian Railway general director X and ADY Container director Y":
    Y speaks for a body whose country the first one's word does not tell)."""
    return (
        previous.country_iso3 is not None
        and previous.title is not None
        and person.title is not None
        and office_key(previous.title) != office_key(person.title)
        and (person.organization is None or person.organization == previous.organization)
    )


def _with_coordinated_surname_country(
    doc: DocumentContext,
    tokens: Tokens,
    starts: list[int],
    person: PersonMention,
    named: list[tuple[int, int, PersonMention]],
) -> PersonMention | None:
    """ "held talks with Kamikawa and Defense Minister Minoru Kihara": a titled person joined
    by "and" to a known person named again by surname alone, both the object of the
    engagement, is of that person's side, as after his full name (`_with_coordinated_country`);
    the story told the first one's country where it introduced him. (A full name the sentence
    names, whose country its own words may confine, is `_with_coordinated_country`'s.)"""
    k = token_at(starts, person.start) - 1
    if (
        k < 2
        or tokens.lowers[k] != "and"
        or not tokens.caps[k - 1]
        or tokens.lowers[k - 2] not in _OBJECT_OPENERS
    ):
        return None
    if any(end == k for _, end, _ in named):
        return None
    lower = tokens.lowers[k - 1]
    slots = doc.name_index.get(lower if lower.isascii() else folded(lower))
    if not slots:
        return None
    previous = doc.registry.people[slots[-1]]
    return replace(person, country_iso3=previous.country_iso3) if _country_covers(previous, person) else None


def _country_in_complement(tokens: Tokens, starts: list[int], person: PersonMention) -> bool:
    """Whether the person's country is told inside their own title's complement ("Ambassador of
    India to Armenia X", "Minister of Trade of Egypt X") or the person is an envoy, posted
    among the other side: that country covers no title coordinated after it ("attended by
    Ambassador of India to Armenia X and Deputy Minister of Economy Y": Y is of the host side),
    unlike a country word before the title ("U.S. Treasury Secretary X and Commerce Secretary Y")."""
    if et.is_envoy_title(person.title):
        return True
    lowers = tokens.lowers
    first, name = token_at(starts, person.start), token_at(starts, person.name_start)
    return any(
        first < i < name
        and _COMPLEMENT_OPENERS.intersection((lowers[i - 1], lowers[i - 1 - (lowers[i - 1] == "the")]))
        for i in tokens.countries
    )


_COMPLEMENT_OPENERS: Final = frozenset(["of", "to", "for"])


#: Words right before the people an engagement is held with.
_OBJECT_OPENERS: Final = et.word_set(
    "with met meeting received receiving hosted hosting welcomed welcoming by and"
)


def _with_country_before(tokens: Tokens, person: PersonMention, first: int) -> PersonMention:
    """ "U.S. President-elect Donald Trump", "Ghana's Kwame Mensah": a country or demonym
    within the three words before a name whose title the lexicon did not know."""
    for j in range(first - 1, max(-1, first - 4), -1):
        found = tokens.country_at(j, ("name", "demonym"))
        if found is not None and found[0] <= first:
            if tokens.lowers[j - 1] == "to":
                break  # "Ambassador to Brazil Faisal Ghulam": where the envoy is posted
            return replace(person, country_iso3=found[1])
        if tokens.lowers[j] in (",", "and", "with", "by", "of", "."):
            break
    return person


#: Government bodies named by their acronym alone, with their country (lexicons/ministries.tsv).
MINISTRY_ACRONYMS: Final[dict[str, str]] = {acronym: iso3 for acronym, iso3 in read_tsv("ministries.tsv")}


def _with_ministry_acronym(tokens: Tokens, starts: list[int], person: PersonMention) -> PersonMention | None:
    """ "MOFCOM's Vice Minister X", "the DTIC's Director-General Y", "METI Minister Z": an
    official of a government body the story names by its acronym is of that body's country (he
    had taken the country of the story's other side, or none)."""
    at = token_at(starts, person.start)
    before = at - 2 if tokens.lowers[at - 1] in ("'s", "’s") else at - 1
    # (the mention may open on the acronym itself: "DTIC's Director-General X")
    name = token_at(starts, person.name_start) if person.name_start else at
    for k in range(max(0, before), name):
        iso3 = MINISTRY_ACRONYMS.get(tokens.words[k])
        if iso3 is not None:
            return replace(person, country_iso3=iso3)
    return None


def _with_country_in_apposition(tokens: Tokens, person: PersonMention, first: int) -> PersonMention | None:
    """ "the President of Indonesia, Mr. Prabowo Subianto": a title with its country, then
    the name after a comma (and an honorific)."""
    j = first - 1
    while j > 0 and (tokens.lowers[j] == "." or tokens.lowers[j].rstrip(".") in _WORDS_BEFORE_A_NAME):
        j -= 1
    if tokens.lowers[j] != ",":
        return None
    for k in range(j - 1, max(-1, j - 4), -1):
        found = tokens.country_at(k, ("name",))
        if found is not None and found[0] == j and tokens.lowers[k - 1] in ("of", "the"):
            return replace(person, country_iso3=found[1])
    return None


def _with_own_organization(
    tokens: Tokens, starts: list[int], person: PersonMention, orgs: tuple[OrgMention, ...]
) -> PersonMention:
    """ "a delegation of the China Council for the Promotion of International Trade led by its
    Vice Chairman Zhang Shaogang": "its" is the organization named last before the title,
    whose country the person has when the text gives none; so is the organization whose
    delegation the person heads ("a delegation of Japan's Mitsubishi Corporation headed by
    Executive Vice President Kenji Kawamura")."""
    at = token_at(starts, person.start)
    if at == 0:
        return person
    before = [org for org in orgs if org.end <= person.start]
    if not before:
        return person
    org = before[-1]
    if not _refers_to_the_body(tokens.lowers, at) and not _heads_its_delegation(tokens, starts, org, at):
        return person
    return replace(person, organization=org.name, country_iso3=person.country_iso3 or org.country_iso3)


def _with_company_after(
    tokens: Tokens, starts: list[int], person: PersonMention, orgs: tuple[OrgMention, ...]
) -> PersonMention:
    """ "Chief Executive X of Kongsberg Gruppen", "Managing Director Y of the Dangote Group": a
    titled person followed by "of" and a company or association is its officer, who speaks for
    it, and of its country when the text gives none (the organization had been left off him);
    a scholar styled so and untitled ("Professor X of <University>") only of a seat of
    learning."""
    end = (
        token_at(starts, person.name_end - 1) + 1 if person.name_end else token_at(starts, person.end - 1) + 1
    )
    lowers = tokens.lowers
    if lowers[end] != "of":
        return person
    first = end + 2 if lowers[end + 1] == "the" else end + 1
    org = next((o for o in orgs if token_at(starts, o.start) == first), None)
    academic = org is not None and bool(_ACADEMIC_NOUNS.intersection(org.name.lower().split()))
    if org is None or not (academic or (org.kind in _OFFICER_BODIES and person.title is not None)):
        return person
    return replace(person, organization=org.name, country_iso3=person.country_iso3 or org.country_iso3)


def _with_short_named_facility(
    doc: DocumentContext, tokens: Tokens, starts: list[int], person: PersonMention
) -> PersonMention:
    """ "Aktau port chief executive X" after "Kazakhstan's Aktau Sea Commercial Port": a title
    after "<Place> port" (or airport) is of the organization told before whose name holds the
    place and that noun; none when no such one, or two, were told."""
    at = token_at(starts, person.start)
    if at < 2 or tokens.lowers[at - 1] not in _FACILITY_NOUNS or not tokens.words[at - 2][:1].isupper():
        return person
    place, noun = tokens.lowers[at - 2], tokens.lowers[at - 1]
    named = {
        org.name: org.country
        for org in doc.orgs.values()
        if {place, noun} <= set(org.name.lower().replace("(", " ").split())
    }
    if len(named) != 1:
        return person
    ((name, country),) = named.items()
    return replace(person, organization=name, country_iso3=person.country_iso3 or country)


#: Nouns after a place that stand for the facility named in full before ("Aktau port").
_FACILITY_NOUNS: Final = et.word_set("port seaport airport")


def _with_story_company(
    doc: DocumentContext, tokens: Tokens, starts: list[int], person: PersonMention
) -> PersonMention:
    """ "Sasol said revenue fell. Chief executive X met ...": a company officer's title
    (`COMPANY_TITLE`) with no body in the sentence is the officer of the first company the
    story named (its lead's firm, not a client named after it: "... LNG carriers built by
    Hanwha Ocean"), and of its country when the text gives none; not when his stated country
    is another than the company's, nor when a facility he heads is named before his title
    ("Lamu port managing director X": not the first company's)."""
    if not doc.companies or COMPANY_TITLE.search(person.title or "") is None:
        return person
    at = token_at(starts, person.start)
    if at > 0 and tokens.lowers[at - 1] in _FACILITY_NOUNS:
        return person
    name, country = doc.subject_company or doc.companies[0]
    if person.country_iso3 and country and person.country_iso3 != country:
        return person
    return replace(person, organization=name, country_iso3=person.country_iso3 or country)


def _note_subject_company(doc: DocumentContext, tokens: Tokens, orgs: list[OrgMention]) -> None:
    """Remember the company a sentence opens with, its subject ("Rio Tinto's Oyu Tolgoi mine
    reported ...", "Separately, Rio Tinto said ..."): the firm the story has turned to, whose
    officer a later "Chief executive X met ..." is (he had been given the first company the
    story named). A company named after a lower-case word ("signed a deal with Shell") is a
    partner or client, and not noted."""
    first = next((org for org in orgs if org.kind == "company"), None)
    if first is None or orgs[0] is not first:
        return
    at = token_at(tokens.starts[: tokens.n], first.start)
    before = [
        tokens.lowers[k] for k in range(at) if not tokens.caps[k] and tokens.lowers[k] not in (",", "the")
    ]
    if len(before) <= _MAX_SUBJECT_DESCRIPTOR and not any(
        word in _OBJECT_MARKERS or word.endswith("ed") for word in before
    ):
        doc.subject_company = (first.name, first.country_iso3)


#: Lower-case words a sentence's subject company may follow ("On Monday, mining giant Rio
#: Tinto ..."), at most, and words that make a company named after them an object.
_MAX_SUBJECT_DESCRIPTOR: Final = 3
_OBJECT_MARKERS: Final = et.word_set("with by to from for of and between including as said says")


#: Kinds of body whose officers represent it as such (GOLD_FORMAT's organization of a person).
_OFFICER_BODIES: Final = frozenset(["company", "association"])
#: Nouns of a seat of learning, a body of its own whose rector or president speaks for it ("Rector
#: X of Hanoi University of Mining and Geology"), whatever kind the organization finder gave it.
_ACADEMIC_NOUNS: Final = et.word_set("university college academy polytechnic")
#: Academic styles before a name ("Professor X", "Prof. Dr. X"), dropped from the title as
#: honorifics: a scholar so styled after whom "of" names a seat of learning is its member.
_ACADEMIC_STYLES: Final = et.word_set("professor prof dr")


def _academic_styled(person: PersonMention) -> bool:
    """Whether an academic style stands before the person's name in its phrase ("Professor
    Nguyen Thi Lan", "Assoc. Prof. Dr. X"): untitled, such a scholar still speaks for the
    university named after him ("Professor X of Vietnam National University of Agriculture
    met ...": the university had been left off him, a side of its own)."""
    if person.name_start <= person.start:
        return False
    styles = person.text[: person.name_start - person.start].lower().replace(".", " ").split()
    return not _ACADEMIC_STYLES.isdisjoint(styles)


def _refers_to_the_body(lowers: list[str], at: int) -> bool:
    """Whether the words before a title at token `at` point back to a body named before: "its
    Vice Chairman", "company CEO" (not "a company CEO", one of any company)."""
    if lowers[at - 1] == "its":
        return True
    return lowers[at - 1] in FIRM_NOUNS and lowers[at - 2] not in ("a", "an")


def _heads_its_delegation(tokens: Tokens, starts: list[int], org: OrgMention, at: int) -> bool:
    """ "a delegation of <org> headed by <person at token at>": the organization right before
    "headed by" is the one whose delegation it is; and so is the one that qualifies the
    delegation's noun, over one lower-case word of its kind ("an International Monetary Fund
    mission led by X", "an IMF staff mission led by X", "a World Bank technical team headed by
    X": X is the Fund's, a body of many states' official of no country, not the side of an
    earlier meeting)."""
    lowers = tokens.lowers
    if lowers[at - 1] != "by" or lowers[at - 2] not in ("led", "headed", "chaired"):
        return False
    first, last = token_at(starts, org.start), token_at(starts, org.end - 1)
    noun = at - 4 if lowers[at - 3] == "," else at - 3
    kind = last + 1 == noun - 1 and lowers[noun - 1] == tokens.words[noun - 1]  # "staff", "technical"
    if (last + 1 == noun or kind) and lowers[noun] in _DELEGATION_NOUNS:
        return True  # "an International Monetary Fund mission led by", "a <org> team, headed by"
    if last + 1 not in (at - 2, at - 3):  # "<org> headed by", "<org>, headed by"
        return False
    # "a delegation of <org>", "... of the <org>", "... of Japan's <org>", "a delegation from <org>"
    of = next((k for k in range(first - 1, max(0, first - 7), -1) if lowers[k] in ("of", "from")), None)
    return of is not None and lowers[of - 1] in _DELEGATION_NOUNS


def _with_side_list_country(tokens: Tokens, person: PersonMention, first: int) -> PersonMention | None:
    """ "..., while the Chinese side included Ambassador X and Vice Chairman ... Y": everyone the
    list after "the <demonym> side/delegation included" names is of that country."""
    lowers = tokens.lowers
    for k in range(first - 1, max(0, first - 40), -1):
        lower = lowers[k]
        if lower in (";", "while", "whereas") or _full_stop(lowers, k):
            return None
        verb = k - 1 if lower == "of" and lowers[k - 1] == "consisted" else k
        if lowers[verb] in _LISTING_VERBS and lowers[verb - 1] in ("side", "delegation"):
            found = tokens.country_at(verb - 2, ("demonym",))
            return replace(person, country_iso3=found[1]) if found is not None else None
    return None


_LISTING_VERBS: Final = et.word_set("included includes comprised comprises consisted")


def _full_stop(lowers: list[str], k: int) -> bool:
    """Whether token k is a full stop, not the dot of a courtesy word ("Dr.", "Mrs.", "Eng."):
    "the Chinese side included Eng. X and Mrs. Y" lists Y too, whom the dot had cut off."""
    return lowers[k] == "." and lowers[k - 1] not in _HONORIFIC_WORDS


def _with_delegation_country(tokens: Tokens, person: PersonMention, first: int) -> PersonMention | None:
    """ "a Saudi delegation led by Energy Minister Prince Abdulaziz", "the delegation of the
    Republic of Korea headed by ...": the head of a delegation is from the delegation's country."""
    led = _led_delegation(tokens, person, first)
    if led is None:
        return None
    k, j = led
    lowers = tokens.lowers
    named = _country_before_noun(tokens, k)
    if named is not None:
        return replace(person, country_iso3=named)
    if lowers[k + 1] in ("of", "from"):  # "the delegation of the Republic of Korea headed by"
        found = tokens.country_at(k + 3 if lowers[k + 2] == "the" else k + 2, ("name", "demonym"))
        # "a delegation of Chinese investors/businessmen led by": a demonym and its plural noun
        plural = found is not None and found[0] == j - 2 and lowers[j - 2].endswith(("s", "men", "people"))
        if found is not None and (found[0] == j - 1 or plural or _region_of_country(tokens, found[0], j - 1)):
            return replace(person, country_iso3=found[1])
        if found is None and lowers[k + 1] == "from":
            place = _place_before_leader(tokens, k + 2, j - 1)
            return replace(person, country_iso3=place) if place is not None else None
    return None


def _with_delegation_after(tokens: Tokens, person: PersonMention, end: int) -> PersonMention | None:
    """ "X received Kwame Mensah, head of the Ghanaian delegation, on Tuesday": the office told
    after the name heads a delegation of a country, which is the head's own (he had taken
    the host's side). Only a delegation, mission or team closes the complement: "Y, head of the
    Ghanaian desk at the ministry" names no party of Ghana."""
    lowers = tokens.lowers
    if lowers[end] != ",":
        return None
    for k in range(end + 1, min(tokens.n, end + _OFFICE_WORDS_AFTER_NAME)):
        if lowers[k] in (",", ".", ";") or tokens.caps[k]:
            return None
        if lowers[k] != "of":
            continue
        at = k + 1 + (lowers[k + 1] == "the")
        found = tokens.country_at(at, ("name", "demonym"))
        if found is None:
            return None
        noun = found[0] + (lowers[found[0]] in et.TRADE_MISSION_KINDS)  # "Ghanaian business delegation"
        return replace(person, country_iso3=found[1]) if lowers[noun] in _PARTY_NOUNS else None
    return None


#: How many words after a name's comma an office's "of" is looked for ("head of", "the deputy
#: leader of").
_OFFICE_WORDS_AFTER_NAME: Final = 6
#: The nouns of a party a country sends, which an office after a name may head.
_PARTY_NOUNS: Final = et.word_set("delegation mission team")


def _region_of_country(tokens: Tokens, after: int, led: int) -> bool:
    """Whether the words from token `after` (right after a country) to "led" at token `led`
    name a region of that country: "a trade mission from the US state of Georgia, led by",
    "a delegation from the Chinese province of Yunnan led by". The region is no country of its
    own, whatever else its name may be; the head comes from the country."""
    lowers = tokens.lowers
    end = led - 1 if lowers[led - 1] == "," else led
    if lowers[after] not in _REGION_NOUNS or lowers[after + 1] != "of" or end <= after + 2:
        return False
    return all(tokens.caps[m] for m in range(after + 2, end))


#: Nouns of a part of a country named after "of": "the US state of X", "the province of Y".
_REGION_NOUNS: Final = et.word_set("state province region territory prefecture county city")


def _led_delegation(tokens: Tokens, person: PersonMention, first: int) -> tuple[int, int] | None:
    """(the delegation noun's token, the token of "by") when the person heads a delegation
    told right before him ("a delegation from Alberta, led by provincial Minister X")."""
    lowers = tokens.lowers
    # "by" right before the person's phrase, title included ("led by the chairman of
    # Sinohydro, Li Yan", "led by Energy Minister X"), not before another clause's person
    j = min(first, token_at(tokens.starts[: tokens.n], person.start)) - 1
    if lowers[j] == ",":  # "headed by Minister of State at the Ministry of Foreign Affairs, X"
        # ("led by the Vice Chairman of the Standing Committee of China's National People's
        # Congress, Mr. X": a body's long name, its possessives within, ends the title)
        k = j - 1
        while k > j - _TITLE_BEFORE_COMMA_REACH and (tokens.caps[k] or lowers[k] in _TITLE_JOINERS):
            k -= 1
        j = k if lowers[k] == "by" else j
    # "led by the provincial Trade Minister X": an article and one lower-case modifier the
    # title leaves out may stand between "by" and the title
    if lowers[j] != "by" and lowers[j].isalpha() and not tokens.caps[j]:
        j -= 1
    if lowers[j] == "the":
        j -= 1
    if lowers[j] != "by" or lowers[j - 1] not in ("led", "headed", "chaired"):
        return None
    # the comma that sets "led by" off is no word of the phrase that tells where the delegation
    # is from ("a trade mission from the US state of Georgia, led by")
    last = j - 3 if lowers[j - 2] == "," else j - 2
    found = next(((k, j) for k in range(last, max(-1, last - 7), -1) if lowers[k] in _DELEGATION_NOUNS), None)
    return found or _delegation_before_body(tokens, last, j)


#: How far back from the comma before a delegation head's name "led by" may stand, over the
#: words of his title ("led by the Vice Chairman of the Standing Committee of China's National
#: People's Congress, Mr. X"), and the lower-case words such a title holds.
_TITLE_BEFORE_COMMA_REACH: Final = 18
_TITLE_JOINERS: Final = TITLE_SMALL_WORDS | APOSTROPHES


def _delegation_before_body(tokens: Tokens, last: int, by: int) -> tuple[int, int] | None:
    """(the delegation noun's token, the token of "by") when a body's long name is all that
    stands between them ("a delegation from the National People's Congress of China led by
    X"): the name's capitalized words and joiners, longer than the plain reach."""
    lowers = tokens.lowers
    k = last
    while k > last - _BODY_NAME_REACH and (tokens.caps[k] or lowers[k] in _BODY_NAME_JOINERS):
        k -= 1
    return (k, by) if lowers[k] in _DELEGATION_NOUNS and lowers[k + 1] in ("from", "of") else None


_BODY_NAME_REACH: Final = 14
_BODY_NAME_JOINERS: Final = frozenset(["the", "of", "from", "'s", "’s", "and", "-", "for"])


def delegation_heads(a: AnalysedSentence) -> list[PersonMention]:
    """The people the sentence says head a delegation ("a business delegation from Alberta,
    led by provincial Minister X"; "The Indian delegation was led by X, and the Nepalese
    delegation was led by Y"): who a later "The delegation also met Z" is."""
    if _DELEGATION_NOUNS.isdisjoint(a.tokens.lowers[: a.tokens.n]):
        return []  # (most sentences: no delegation to head)
    return [person for first, _, person in a.people if _led_delegation(a.tokens, person, first) is not None]


def _place_before_leader(tokens: Tokens, first: int, led: int) -> str | None:
    """The country of the city, province or state a delegation comes from, written as the only
    words between "from" and "led" ("a business delegation from Saskatchewan, led by Trade
    Minister X": Canada). A place of no known country, or any other words, name none."""
    if first < led and tokens.lowers[first] == "the":
        first += 1
    end = led - 1 if tokens.lowers[led - 1] == "," else led
    if end <= first or not all(tokens.caps[k] for k in range(first, end)):
        return None
    return city_country(tokens.span_text(first, end))


_DELEGATION_NOUNS: Final = et.word_set("delegation delegations team mission")
#: Nouns of a travelling party that a definite subject refers back to ("The delegation also
#: met"), among them the plural nouns of its members ("The lawmakers also met X"): one side,
#: not the two sides that "the two leaders" are.
PARTY_NOUNS: Final = et.word_set(
    "delegation mission lawmakers legislators senators congressmen congresswomen parliamentarians "
    "delegates visitors guests"
)
#: Words that may stand between "the" and such a noun ("the Canadian business delegation").
_MAX_PARTY_MODIFIERS: Final = 2


def party_subject(tokens: Tokens, before: int, usable: AbstractSet[int] | range) -> tuple[int, int] | None:
    """(determiner, noun) of a definite party noun among `usable` tokens before `before` ("The
    Kazakh delegation", "the lawmakers"), not one introduced there ("the delegation of X",
    "... from Y", "... led by Z")."""
    lowers = tokens.lowers
    if PARTY_NOUNS.isdisjoint(lowers[:before]):
        return None  # (no party noun at all before `before`: most sentences; the search finds none)
    i = next((i for i in range(before) if i in usable and lowers[i] in PARTY_NOUNS), None)
    if i is None or lowers[i + 1] in ("from", "led", "headed", ","):
        return None
    if lowers[i + 1] == "of" and not _size_follows(lowers, i + 2):
        return None
    k = i - 1
    while k >= i - _MAX_PARTY_MODIFIERS and lowers[k] not in ("the", "this") and k in usable:
        k -= 1
    return (k, i) if lowers[k] in ("the", "this") else None


def _party_country(tokens: Tokens) -> str | None:
    """The country of a party noun told with its country right before it ("The Iranian
    delegation", "an Iranian business delegation", "Iran's delegation"), or None: whom a party
    referred back to with no head named stands for."""
    lowers = tokens.lowers
    if _DELEGATION_NOUNS.isdisjoint(lowers[: tokens.n]):
        return None  # (most sentences: no delegation)
    for i in range(tokens.n):
        if lowers[i] not in _DELEGATION_NOUNS:
            continue
        for end in range(i, max(0, i - _MAX_PARTY_MODIFIERS) - 1, -1):
            iso = tokens.country_ending_at(end)
            if iso is not None:
                return iso
        if lowers[i + 1] in ("from", "of") and (after := tokens.country_at(i + 2)) is not None:
            return after[1]  # "a delegation from Iran"
    return None


def _size_follows(lowers: list[str], i: int) -> bool:
    """Whether a count of members starts at token i ("The delegation of about 30 farm executives",
    "of more than 40 companies"): "of" tells the party's size and make-up, not who it is, so
    the party is still the one told before."""
    while lowers[i] in _SIZE_HEDGES:
        i += 1
    return lowers[i].isdigit() or lowers[i] in _SIZE_WORDS


#: Words that hedge a count ("about 30", "more than 40", "some two dozen").
_SIZE_HEDGES: Final = et.word_set(
    "about around some nearly almost roughly approximately over more than at least up to"
)
_SIZE_WORDS: Final = et.word_set(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
    "hundred dozen dozens scores"
)


_INCLUDED: Final = et.word_set("included includes comprised comprising")


def _with_member_country(tokens: Tokens, person: PersonMention, first: int) -> PersonMention | None:
    """ "The Ugandan delegation was led by X and included the Permanent Secretary ..., Y": a
    member the delegation "included" is from the delegation's country."""
    lowers = tokens.lowers
    start = min(first, token_at(tokens.starts[: tokens.n], person.start))
    included = next((k for k in range(start - 1, max(-1, start - 14), -1) if lowers[k] in _INCLUDED), None)
    if included is None or any(lowers[k] == ";" or _full_stop(lowers, k) for k in range(included, start)):
        return None
    if any(lowers[k] in et.VERB_TRIGGERS or lowers[k] in et.LIGHT_VERBS for k in range(included + 1, start)):
        return None  # "The Korean delegation, which includes X, paid a call on Y": Y is the host
    for k in range(included - 1, max(-1, included - 16), -1):
        if lowers[k] in _DELEGATION_NOUNS:
            named = _country_before_noun(tokens, k)
            return replace(person, country_iso3=named) if named is not None else None
    return None


def _country_before_noun(tokens: Tokens, k: int) -> str | None:
    """The country named within three words before the noun at token k ("a Saudi delegation",
    "the Ugandan trade delegation")."""
    for m in range(k - 1, max(-1, k - 4), -1):
        found = tokens.country_at(m, ("demonym", "name"))
        if found is not None:
            return found[1]
    return None


#: Courtesy words written before a name; the name is what follows them.
_HONORIFIC_WORDS: Final = WORDS["honorific"] | et.word_set(
    "his her highness majesty excellency h.e h.e. prince princess"
)
#: Military ranks written before a name ("Gen.", "Lt Gen"): the people reader already drops
#: them from a name (and keeps a "Gen" that is a given name: "Defense Minister Gen Nakatani"),
#: so they are skipped only when walking back over the text before a name.
_WORDS_BEFORE_A_NAME: Final = _HONORIFIC_WORDS | et.word_set("gen lt maj col brig")
#: Later words of many-word honorifics ("Tan Sri", "Datuk Seri", Khmer "Samdech Moha Borvor
#: Thipadei"): alone, "Sri" and "Tan" start names.
_SECOND_HONORIFICS: Final = WORDS["second_honorific"]


def _without_honorifics(person: PersonMention) -> PersonMention | None:
    """The name without leading courtesy words ("His Highness Sheikh Mohammed bin Rashid" ->
    "Mohammed bin Rashid", "H.E. Cyril Ramaphosa" -> "Cyril Ramaphosa", but "Datuk Mohd Azhar
    Mazlan" -> "Mohd Azhar Mazlan"); None when what is
    left is a title word alone ("Ruler")."""
    words = person.name.split()
    start = 0
    while start < len(words) - 1:
        word = words[start].lower().rstrip(".")
        if words[start] == "He":
            break  # a surname ("He Lifeng"): His Excellency is "HE" or "H.E."
        if word in ABBREVIATED_GIVEN_NAMES:
            break  # "Mohd Azhar Mazlan": the given name abbreviated, part of the name as written
        if (
            word in NAME_PART_STYLES
            and start == len(words) - 2
            and person.title is not None
            and style_is_name_part(person.title, person.country_iso3)
        ):
            break  # "Prime Minister Sheikh Hasina": before one name word, part of how she is named
        if word in PEER_STYLES and start == len(words) - 2:
            break  # "Lord Johnson", "Baroness Chapman": a peer is named by the style and one name word
        if word in _HONORIFIC_WORDS or (start and word in _SECOND_HONORIFICS):
            start += 1
        elif word == "tan" and words[start + 1].lower() == "sri" and start < len(words) - 2:
            start += 2
        else:
            break
    if len(words) - start == 1 and words[start].lower() in TITLE_WORDS:
        return None
    return replace(person, name=" ".join(words[start:])) if start else person


#: Verbs after which a lone capitalized word opening a sentence is someone's surname
#: ("Lula received ...", "Macron spoke by phone with ...", "Radev and X attended a state
#: banquet"); not "signed", whose subject is as often a company ("Vinfast signed ...").
_SURNAME_SUBJECT_VERBS: Final = frozenset(
    word for word, family in et.VERB_TRIGGERS.items() if family != et.AGREEMENT
) | et.word_set("held paid spoke talked had attended")


def _verb_at(tokens: Tokens, k: int) -> bool:
    """Whether a meeting, visit or call verb is at token k, or right after one adverb ("Orbán
    and Vučić last held talks", "Modi also met ...")."""
    lowers = tokens.lowers
    return lowers[k] in _SURNAME_SUBJECT_VERBS or (
        lowers[k] in _SUBJECT_ADVERBS and lowers[k + 1] in _SURNAME_SUBJECT_VERBS
    )


#: Verbs of thanks and congratulation, whose lone-surname subject is as much a person as a
#: titled one's (whether an event is told is the clause's manner: "by phone", "during talks").
_SURNAME_THANKS_VERBS: Final = et.GRATITUDE_VERBS - {"thanks", "hailed"}

#: Adverbs between such a subject and its verb.
_SUBJECT_ADVERBS: Final = frozenset(["also", "last", "later", "earlier", "then", "again", "first", "briefly"])

_OPENING_QUOTES: Final = frozenset(['"', "“", "'", "‘"])
_CLOSING_QUOTES: Final = frozenset(['"', "”", "'", "’"])
#: Words opening a lead adverbial before the subject: "On Friday, Lula received ...".
_LEAD_ADVERBIAL_WORDS: Final = et.word_set(
    "on earlier later separately meanwhile last yesterday today also in during"
)


def _note_counterpart_titles(
    doc: DocumentContext, tokens: Tokens, people: list[tuple[int, int, PersonMention]]
) -> None:
    """ "Prime Minister X and his Papua New Guinea counterpart Y agreed ...", "President X
    arrived in Athens at the invitation of his Greek counterpart Y": Y holds X's office, told
    here even when the sentence tells no engagement or leaves Y out of it (a visit's host), for
    the events told later ("In their talks, ...", "X and Y discussed ..."), whose sentences name
    Y without it."""
    ordered = sorted(people, key=lambda item: item[0])
    for (_, last, first_person), (first, _, person) in pairwise(ordered):
        between = tokens.lowers[last:first]
        if (
            person.counterpart
            and person.title is None
            and first_person.title is not None
            and between[-1] in COUNTERPART_WORDS
            and (
                (between[:2] in (["and", "his"], ["and", "her"]) and len(between) <= 7)
                or (_own_counterpart(between) and len(between) <= _COUNTERPART_REACH)
            )
        ):
            doc.counterpart_titles.setdefault(person.name, counterpart_office(first_person.title))


def _own_counterpart(between: list[str]) -> bool:
    """Whether the words before a counterpart's name make him the counterpart of the one named
    before: "his (Greek) counterpart" within the clause ("; his counterpart" opens another)."""
    tail = between[-_COUNTERPART_PHRASE:]
    return any(word in ("his", "her") for word in tail) and ";" not in between


#: Words "his <demonym> counterpart" may run before the name ("his North Macedonian counterpart").
_COUNTERPART_PHRASE: Final = 5
#: Words between a titled subject and his counterpart's name: "arrived in Athens on Tuesday for a
#: two-day official visit to Greece at the invitation of his Greek counterpart".
_COUNTERPART_REACH: Final = 24


def _note_titled_others(
    doc: DocumentContext,
    tokens: Tokens,
    titles: tuple[TitleMention, ...],
    people: list[tuple[int, int, PersonMention]],
) -> None:
    """ "The Prime Minister spoke to Prime Minister X": the definite title of no country and no
    name is someone else than the people named after it in its sentence (an apposition, "the
    minister, X,", is its holder), for the later sentences that use the title again."""
    lowers = tokens.lowers
    for title in titles:
        first, following = title.first_token, title.last_token + 1
        if title.country_iso3 is not None or first == 0 or lowers[first - 1] != "the":
            continue
        if tokens.caps[following] and lowers[following] not in WORDS["function"]:
            continue  # "the Prime Minister Narendra Modi": named
        apposed = following + 1 if lowers[following] == "," else following
        while lowers[apposed] in WORDS["honorific"] or (lowers[apposed] == "." and apposed > following + 1):
            apposed += 1  # "The Foreign Secretary, Lord Ashcombe,": the name starts after "Lord"
        others = {name_key(p.name) for start, _, p in people if start > title.last_token and start != apposed}
        if others:
            doc.titled_others.setdefault(title.title.lower(), set()).update(others)


def _lone_surname_subjects(
    doc: DocumentContext,
    tokens: Tokens,
    mentions: list[CountryMention],
    organizations: tuple[OrgMention, ...],
    people: list[tuple[int, int, PersonMention]],
) -> list[tuple[int, int, PersonMention]]:
    """ "Lula received Argentine President Javier Milei in Brasilia": a sentence whose subject
    is one capitalized word, not a known name, place, organization, title or collective,
    right before a meeting, visit or call verb, and who meets someone named with a title,
    names a person by surname (wire copy writes leaders so). Without it the host side had
    nobody and the engagement was dropped. "Putin and Tokayev held phone talks": two such
    words joined by "and", the second a listed leader or one the story named, are two people."""
    first = _lone_surname_subject(doc, tokens, mentions, organizations, people)
    if first is None:
        return []
    i = first[0]
    if tokens.lowers[i + 1] != "and" or not _leader_word(doc, tokens, i + 2):
        return [first]
    second = tokens.words[i + 2]
    if tokens.lowers[i + 2] in doc.name_index:
        return [first]  # a bare name of someone the story named: found as such
    at, end = tokens.starts[i + 2], tokens.ends[i + 2]
    person = PersonMention(at, end, second, None, known_nationality(second), None, second, at, end)
    return [first, (i + 2, i + 3, add_person(doc, person))]


#: Words after which one listed leader's surname names the agent ("by") or the counterpart
#: ("with") of an event.
_LEADER_PREPOSITIONS: Final = frozenset(["by", "with"])


def _listed_leader_agents(
    doc: DocumentContext,
    tokens: Tokens,
    mentions: list[CountryMention],
    organizations: tuple[OrgMention, ...],
    people: list[tuple[int, int, PersonMention]],
) -> list[tuple[int, int, PersonMention]]:
    """ "was received by Radev", "a luncheon given by Radev": one capitalized word after "by"
    that is a listed leader's surname is that leader, the agent of the event, as wire copy
    names leaders so once they are known (the host side had nobody, and the event was lost);
    so is one after "with", the counterpart ("had a phone conversation with Tokayev": the call
    had one side and was lost), not a possessor ("with Tokayev's approval")."""
    found = []
    for i in range(1, tokens.n):
        if tokens.lowers[i - 1] not in _LEADER_PREPOSITIONS or not tokens.caps[i] or tokens.caps[i + 1]:
            continue
        if tokens.lowers[i + 1] in POSSESSIVE_MARKS:
            continue
        word = tokens.words[i]
        if not word[1:].islower() or tokens.lowers[i] in doc.name_index or not is_lone_surname(tokens, i):
            continue
        country = known_nationality(word)
        if country is None:
            continue
        person = _one_word_person(doc, tokens, i, country, mentions, organizations, people)
        if person is not None:
            found.append((i, i + 1, person))
    return found


#: Verbs of meeting or talking after which an unlisted "<Country>'s <Word>" is a person
#: ("Tanzania's Hassan met ..."): none a company does as often ("delivered", "signed", "had").
_COUNTRYS_SURNAME_VERBS: Final = et.word_set(
    "met meets received receives hosted hosts welcomed welcomes spoke speaks talked phoned telephoned"
)
#: Endings of a one-word company's name, which no surname has ("Halkbank", "Rostelecom").
_COMPANY_WORD_ENDINGS: Final = ("bank", "com", "soft", "tech", "oil", "gaz", "prom")
#: Words after which an unlisted "<Country>'s <Word>" is the counterpart of a meeting
#: ("met Tanzania's Hassan in Nairobi"), and those that make a "with" before it one ("talks
#: with Kenya's Ruto"; "an agreement with Senegal's Petrosen" may be a company's).
_COUNTRYS_SURNAME_OBJECT_WORDS: Final = et.word_set("met meets received hosted welcomed")
_COUNTRYS_SURNAME_WITH_HEADS: Final = et.word_set("met meets talks spoke talked call conversation meeting")


def _countrys_surnames(
    doc: DocumentContext,
    tokens: Tokens,
    mentions: list[CountryMention],
    organizations: tuple[OrgMention, ...],
    people: list[tuple[int, int, PersonMention]],
) -> list[tuple[int, int, PersonMention]]:
    """ "Italy's Meloni met Algeria's Tebboune in Rome": one capitalized word right after a
    country's possessive is that country's leader, as Reuters and Bloomberg name them in leads
    and headlines (both sides had nobody). The word must be a listed leader of that very
    country, or stand where only a person does: before a verb of meeting or talking ("Tanzania's
    Hassan met ...") or after "met" or "talks with" and before no other capitalized word ("held
    talks with Kenya's Kindiki on Monday"). A company ("Italy's Eni", one the organizations read), a
    place ("Poland's Baltic coast", "Egypt's Alexandria") and a longer name ("Italy's Giorgia
    Meloni", read as such) and a parliament ("Israel's Knesset hosted ...") are left alone."""
    found: list[tuple[int, int, PersonMention]] = []
    starts = tokens.starts[: tokens.n]
    for mention in mentions:
        if mention.kind != "name":
            continue
        begin, end = token_at(starts, mention.start), token_at(starts, mention.end - 1) + 1
        i = end + 1
        if tokens.lowers[end] not in POSSESSIVE_MARKS or i >= tokens.n or not tokens.caps[i]:
            continue
        word = tokens.words[i]
        if tokens.caps[i + 1] or tokens.lowers[i + 1] in POSSESSIVE_MARKS or not word[1:].islower():
            continue  # "Italy's Giorgia Meloni", "Turkey's Erdogan's party", "Italy's ENI"
        if _abbreviated_title_before_name(tokens, i):
            continue  # "Sudan's Gen. Abdel Fattah al-Burhan": the rank, the name after its stop
        if tokens.lowers[i] in et.COLLECTIVE_NOUNS or not is_lone_surname(tokens, i):
            continue
        listed = known_nationality(word)
        if listed is not None and listed != mention.iso3:
            continue
        subject = tokens.lowers[i + 1] in _COUNTRYS_SURNAME_VERBS or (
            tokens.lowers[i + 1] in _SUBJECT_ADVERBS and tokens.lowers[i + 2] in _COUNTRYS_SURNAME_VERBS
        )
        before = tokens.lowers[begin - 1] if begin > 0 else ""
        counterpart = before in _COUNTRYS_SURNAME_OBJECT_WORDS or (
            before == "with" and begin > 1 and tokens.lowers[begin - 2] in _COUNTRYS_SURNAME_WITH_HEADS
        )
        if listed is None and (
            not (subject or counterpart)
            or opens_company_name(word)  # "Italy's Leonardo met ...": the company
            or tokens.lowers[i].endswith(_COMPANY_WORD_ENDINGS)  # "Turkey's Halkbank"
            or tokens.lowers[i] in NATIONAL_CHAMBERS  # "Poland's Sejm hosted ...": the chamber
        ):
            continue
        person = _one_word_person(doc, tokens, i, mention.iso3, mentions, organizations, people + found)
        if person is not None:
            found.append((i, i + 1, person))
    return found


def _abbreviated_title_before_name(tokens: Tokens, i: int) -> bool:
    """Whether token i is a title cut short with its full stop before a capitalized word ("Gen.",
    "Lt.", "Dr."): after a country's possessive it opens the name that follows ("Sudan's Lt. Gen.
    Abdel Fattah al-Burhan"), and is no one-word person (the dotted rank had been read as a person
    "Lt" beside the name, where the undotted "Sudan's Lt Gen X" was read right)."""
    return (
        tokens.lowers[i + 1] == "."
        and tokens.caps[i + 2]
        and after_title_abbreviation(tokens.text, tokens.starts[i + 1])
    )


def _one_word_person(
    doc: DocumentContext,
    tokens: Tokens,
    i: int,
    country: str | None,
    mentions: list[CountryMention],
    organizations: tuple[OrgMention, ...],
    people: list[tuple[int, int, PersonMention]],
) -> PersonMention | None:
    """The person token i names by one word, added to the document's people, unless a country
    mention, an organization or a person already read holds the word."""
    at, end = tokens.starts[i], tokens.ends[i]
    taken = [(m.start, m.end) for m in mentions] + [(o.start, o.end) for o in organizations]
    if any(b < end and at < e for b, e in taken) or any(first <= i < last for first, last, _ in people):
        return None
    word = tokens.words[i]
    return add_person(doc, PersonMention(at, end, word, None, country, None, word, at, end))


def _leader_word(doc: DocumentContext, tokens: Tokens, i: int) -> bool:
    """Whether token i is one capitalized word, before a meeting or call verb, that names a
    listed leader or someone the story named ("... and Tokayev held phone talks")."""
    return (
        tokens.caps[i]
        and tokens.words[i][1:].islower()
        and _verb_at(tokens, i + 1)
        and (tokens.lowers[i] in doc.name_index or known_nationality(tokens.words[i]) is not None)
    )


def _lone_surname_subject(
    doc: DocumentContext,
    tokens: Tokens,
    mentions: list[CountryMention],
    organizations: tuple[OrgMention, ...],
    people: list[tuple[int, int, PersonMention]],
) -> tuple[int, int, PersonMention] | None:
    """The one-word subject `_lone_surname_subjects` reads first."""
    i = 0
    quoted = False
    if tokens.lowers[0] in _LEAD_ADVERBIAL_WORDS:
        comma = next((k for k in range(1, min(tokens.n, 7)) if tokens.lowers[k] == ","), None)
        if comma is None:
            return None
        i = comma + 1
    elif tokens.lowers[0] in ("the", "a"):
        # "The day before, Lavrov met ...", "A day earlier, Lavrov met ...": a day counted from
        # another, set off by its comma, as "Yesterday, Lavrov met ..." is
        day_end = _opening_day_end(tokens)
        if day_end is None:
            return None
        i = day_end
    elif tokens.words[0] in _OPENING_QUOTES:
        # '"Our trade exceeded $4 billion," Tokayev told Uzbek President X during talks': the
        # speaker after a quotation that opens the sentence
        close = next((k for k in range(1, tokens.n) if tokens.words[k] in _CLOSING_QUOTES), None)
        if close is None or tokens.lowers[close - 1] != ",":
            return None
        i, quoted = close + 1, True
    # "Marcos and Japanese Prime Minister Shigeru Ishiba held talks": a pair of subjects whose
    # second is titled
    paired = tokens.lowers[i + 1] == "and" and (
        any(p.title and i + 2 <= first <= i + 6 for first, _, p in people)
        or _leader_word(doc, tokens, i + 2)
        # "Tokayev and Xi Jinping held talks": a name in full, then the verb
        or any(first == i + 2 and _verb_at(tokens, last) for first, last, _ in people)
    )
    # "Delles was received by Benin's Minister of State X": the passive of a meeting verb
    passive = tokens.lowers[i + 1] in ("was", "were") and tokens.lowers[i + 2] in _SURNAME_SUBJECT_VERBS
    # "Erdoğan congratulated Chancellor X by phone": a verb of thanks, as a titled subject's
    # ("President Erdoğan congratulated ..."), the call or meeting told by its manner
    thanks = tokens.lowers[i + 1] in _SURNAME_THANKS_VERBS
    subject = (
        _verb_at(tokens, i + 1)
        or passive
        or paired
        or thanks
        or (quoted and tokens.lowers[i + 1] in et.SPEECH_VERBS)
    )
    if i + 1 >= tokens.n or not subject or not tokens.caps[i]:
        return None
    if _inside_a_mention(tokens, i, people):
        return None  # "Timber and Plantations Minister X": a word of someone's title
    lower = tokens.lowers[i]
    if lower in et.COLLECTIVE_NOUNS or lower in doc.name_index or not is_lone_surname(tokens, i):
        return None
    word = tokens.words[i]
    if not word[1:].islower():
        return None  # "KazMunayGas held talks": a company
    # a listed leader ("Tokayev visited China") keeps the list's country even filed from abroad
    country = known_nationality(word)
    if not any(p.title for _, _, p in people) and country is None:
        return None  # a leader meets someone with a title, or is a listed one
    person = _one_word_person(doc, tokens, i, country, mentions, organizations, people)
    return None if person is None else (i, i + 1, person)


def _opening_day_end(tokens: Tokens) -> int | None:
    """The token after the comma that closes a day counted from another, when the sentence
    opens on one ("The day before, | ...", "The same day, | ...", "A day earlier, | ..."); else None."""
    comma = next((k for k in range(1, min(tokens.n, 7)) if tokens.lowers[k] == ","), None)
    if comma is None:
        return None
    phrase = tokens.text[tokens.starts[0] : tokens.ends[comma - 1]]
    found = find_dates(phrase, None)
    whole = len(found) == 1 and (found[0].kind, found[0].start, found[0].end) == ("anaphoric", 0, len(phrase))
    return comma + 1 if whole else None


def _inside_a_mention(tokens: Tokens, i: int, people: list[tuple[int, int, PersonMention]]) -> bool:
    """Whether token i lies in a named person's mention, title included ("Plantation and
    Commodities Minister Johari Abdul Ghani"): a word of an office already read, no subject of
    its own (a person "Plantation" had been made of the portfolio's first word, paired by its
    "and" with the titled minister)."""
    at = tokens.starts[i]
    return any(p.start <= at < p.end for _, _, p in people)


def _not_a_person(tokens: Tokens, first: int, end: int) -> bool:
    """An untitled "name" that is a place or an event: "at Qasr Al Watan", "a Weimar
    Triangle summit", "the Raisina Dialogue"."""
    before, after = tokens.lowers[first - 1], tokens.lowers[end]
    if before in _PLACE_PREPOSITIONS or before in ("a", "an", "the"):
        return True
    return after in et.NOUN_TRIGGERS or after in et.FORUM_BODIES


def _sentence_mentions(doc: DocumentContext, sentence: Sentence) -> list[CountryMention]:
    """The document's country mentions inside a sentence, with sentence-relative offsets."""
    return [
        CountryMention(m.start - sentence.start, m.end - sentence.start, m.iso3, m.text, m.kind)
        for m in doc.mentions_between(sentence.start, sentence.end)
    ]


def token_at(starts: list[int], char: int) -> int:
    """Index of the token that contains character offset `char` (tokens start at `starts`)."""
    index = bisect_right(starts, char) - 1
    return index if index > 0 else 0


def _town_told_after(text: str, end: int) -> bool:
    """Whether "in <Town>" follows a landmark ending at `end`: the text tells where it is ("at
    the UN headquarters in Nairobi"), which the landmark's usual city does not override (not
    "at the Kremlin in January": a month)."""
    told = _IN_CAPITALIZED.match(text, end)
    return told is not None and told.group(1).lower().rstrip(".") not in WORDS["calendar"]


_IN_CAPITALIZED: Final = re.compile(r"\s+in\s+([A-Z][\w.'’-]*)")


def _places_and_countries(
    tokens: Tokens, starts: list[int], mentions: list[CountryMention], named: list[tuple[int, int]]
) -> tuple[list[tuple[int, CountryMention]], list[tuple[int, str, str | None]]]:
    """Country mentions (names and demonyms) and places (cities, capitals, landmarks,
    city-states) of a sentence, each with its token index. A city inside a landmark's name
    is the landmark ("Hyderabad House" is in New Delhi, not Hyderabad); one inside a
    person's name (`named`: token spans) is no place ("President Santiago Pena")."""
    countries = []
    places = []
    landmarks: list[tuple[int, int]] = []
    if _LANDMARK_HINT.search(tokens.text):
        for match in _LANDMARK_RE.finditer(tokens.text):
            city = LANDMARKS[match.group()]
            if not _town_told_after(tokens.text, match.end()):
                places.append((token_at(starts, match.start()), city, city_country(city)))
            landmarks.append(match.span())
    for mention in mentions:
        i = token_at(starts, mention.start)
        if mention.kind in _PLACE_KINDS and (
            _government_of_place(tokens, starts, i, mention)
            or _capital_met(tokens, starts, i, mention)
            or _capital_official(tokens, starts, mention)
            or mention in capitals_as_subject(tokens.text, mentions)
        ):
            # "The Tamil Nadu government signed an MoU with X": a government of the place's
            # country, a side (it was no side, and its name was taken for the venue)
            countries.append((i, mention))
            continue
        if mention.kind in _PLACE_KINDS:
            in_landmark = any(start <= mention.start < end for start, end in landmarks)
            if not in_landmark and not any(first <= i < last for first, last in named):
                places.append((i, mention.text, mention.iso3))
        elif not any(first <= i < last for first, last in named):  # "met Israel Morgan": a given name
            countries.append((i, mention))
            if mention.kind == "name" and (
                _is_city_state(mention)
                or (tokens.lowers[i - 1] == "in" and _capital_named_as_country(mention))
            ):
                places.append((i, mention.text, mention.iso3))
    places.sort()
    return countries, places


#: Nouns of a government that a place's name qualifies ("the Kerala government", "the Sindh
#: provincial government", "the Beijing administration"), with the level words between.
_GOVERNMENT_NOUNS: Final = et.word_set("government govt administration")
_GOVERNMENT_LEVELS: Final = et.word_set("state provincial regional municipal city prefectural county federal")


def _government_of_place(tokens: Tokens, starts: list[int], i: int, mention: CountryMention) -> bool:
    """Whether the place at token i names a government: "the Tamil Nadu (state) government",
    "the Government of Kerala". Such a place is no venue, and its country is a side of what
    the government does (a state or province of one country acts for that country's side)."""
    lowers = tokens.lowers
    if lowers[i - 1] == "of" and lowers[i - 2] in _GOVERNMENT_NOUNS:
        return True
    after = token_at(starts, mention.end - 1) + 1
    after += lowers[after] in _GOVERNMENT_LEVELS
    return lowers[after] in _GOVERNMENT_NOUNS


#: Words of talks whose "with" a capital may follow for its government ("held talks with
#: Beijing", "a deal with Washington", "spoke with Kyiv").
_TALKS_WITH: Final = et.word_set(
    "talks talk met meet meets meeting meetings negotiations negotiated negotiate negotiating spoke "
    "speak consultations consulted dialogue call deal agreement accord phone telephone"
)


def _capital_met(tokens: Tokens, starts: list[int], i: int, mention: CountryMention) -> bool:
    """Whether the capital at token i stands for its country's government as the side met:
    right after the "with" of talks ("held talks with Beijing", "reached a deal with
    Washington"), and no capitalized word or "-based" going on with it ("talks with Beijing
    officials" names the side by the officials; "with Paris Saint-Germain" is a club). A place
    is no side ("met in Beijing with", "flights linking Cairo with Beijing")."""
    if mention.kind != "capital" or tokens.lowers[i - 1] != "with" or tokens.lowers[i - 2] not in _TALKS_WITH:
        return False
    if tokens.text[mention.end : mention.end + 1] == "-":
        return False  # ("Moscow-based investors")
    after = token_at(starts, mention.end - 1) + 1
    if after >= tokens.n:
        return True
    word = tokens.lowers[after]
    return not word.isalpha() or word in _AFTER_A_SIDE


def _capital_official(tokens: Tokens, starts: list[int], mention: CountryMention) -> bool:
    """Whether a capital's possessive names an official of its country's government: "Seoul's
    trade minister met his Japanese counterpart", "Beijing's top diplomat", "Moscow's envoy to
    Tehran" (the capital had been taken for a place, and the meeting had had one side). A
    city's own officers ("Tokyo's governor", "Beijing's city officials") stay a place's."""
    if mention.kind != "capital":
        return False
    after = token_at(starts, mention.end - 1) + 1
    if tokens.lowers[after] not in ("'s", "’s"):
        return False
    j = after + 1
    while tokens.lowers[j] in _OFFICIAL_MODIFIERS and j < after + 4:
        j += 1
    return tokens.lowers[j] in _CAPITAL_OFFICIALS


#: Officials a capital's possessive names for its country's government.
_CAPITAL_OFFICIALS: Final = et.word_set(
    "minister envoy ambassador diplomat negotiator delegation representative premier"
)
#: Words between the possessive and the official: "Seoul's | top trade | negotiator".
_OFFICIAL_MODIFIERS: Final = et.word_set(
    "top chief senior special trade foreign economy economic commerce industry deputy vice new "
    "defence defense finance prime"
)


def capitals_as_subject(
    text: str, mentions: list[CountryMention], offset: int = 0
) -> tuple[CountryMention, ...]:
    """The two capitals joined by "and" that open a clause of `text` and govern its verb
    ("Beijing and Canberra signed a trade deal", "On Monday, Tokyo and Seoul agreed to ..."):
    wire copy's metonym for the two governments, the sides (the sentence had given no
    engagement); none before a noun they qualify ("Beijing and Canberra officials"), nor after
    a preposition ("flights between Tokyo and Seoul resumed"). `mentions` start at `offset`
    within `text`."""
    capitals = [m for m in mentions if m.kind == "capital"]
    for first, second in pairwise(capitals):
        if text[first.end - offset : second.start - offset].strip() != "and":
            continue
        before = text[: first.start - offset].rstrip()
        if before and not before.endswith(_CLAUSE_OPENING_MARKS):
            continue
        verb = _WORD_AFTER.match(text, second.end - offset)
        if verb is not None and _verb_of_sides(verb.group(1)):
            return first, second
    return ()


#: Marks after which a clause's subject opens: "On Monday, | Tokyo and Seoul ...", "(Xinhua) -- |".
_CLAUSE_OPENING_MARKS: Final = (",", "-", "—", "–", ":", ";")
#: The word right after a subject.
_WORD_AFTER: Final = re.compile(r"\s+([A-Za-z]+)\b")
#: Verbs and auxiliaries of two governments' deeds that end in no "-ed": "held", "met", "will".
_SIDES_VERBS: Final = et.word_set(
    "held met struck spoke began sat have has had are were will also jointly on last this"
)


def _verb_of_sides(word: str) -> bool:
    """Whether a word after a subject pair of capitals is its verb (or an adverb before it):
    a past verb in "-ed" or one of `_SIDES_VERBS`, in lower case."""
    return word.islower() and (word in _SIDES_VERBS or word.endswith("ed"))


#: Words that may follow a capital standing for its government ("talks with Beijing on trade",
#: "with Moscow last week"): any other word makes it qualify a noun ("Moscow investors").
_AFTER_A_SIDE: Final = et.word_set(
    "on in over about for to and at during after before last this earlier later since amid as "
    "regarding concerning that which who yesterday today"
)


#: Nouns of a country's people living abroad: "the Indian community", "the Vietnamese diaspora".
_COMMUNITY_NOUNS: Final = et.word_set("community communities diaspora diasporas")
#: Words between a community and the country it lives in: "the Indian community living in".
_LIVING_WORDS: Final = et.word_set("living residing based settled")


def _outside_names(
    date_tokens: list[tuple[int, DateMention]], people: list[tuple[int, int, PersonMention]]
) -> list[tuple[int, DateMention]]:
    """The dates that open no person's name: "Sunday Dare, Nigeria's sports minister, met X on
    Friday" is dated Friday, the day opening the name being the minister's given name, not
    the day of the meeting (West African officials are named for the day of their birth)."""
    named = {i for first, last, _ in people for i in range(first, last)}
    return [(i, d) for i, d in date_tokens if i not in named]


def _of_a_community_abroad(tokens: Tokens, starts: list[int], i: int, mention: CountryMention) -> bool:
    """Whether the country mention at token i names a country's people abroad ("the Indian
    community", "the Vietnamese diaspora") or the country they live in ("the Indian community in
    the United States"): no side of what is done with them, a meeting of no two countries. A
    community a demonym does not qualify stays ("the business community in the United States")."""
    lowers = tokens.lowers
    after = token_at(starts, mention.end - 1) + 1
    if mention.kind == "demonym" and lowers[after] in _COMMUNITY_NOUNS:
        return not tokens.caps[after]  # "the European Community": a body's name
    j = i - 1 - (lowers[i - 1] == "the")
    if lowers[j] != "in":
        return False
    j -= 1 + (lowers[j - 1] in _LIVING_WORDS)
    if lowers[j] not in _COMMUNITY_NOUNS or tokens.caps[j]:
        return False
    owner = tokens.country_ending_at(j, ("demonym",))
    return owner is not None and owner != mention.iso3


def _posting(tokens: Tokens, i: int) -> bool:
    """Whether the country at token i is where an envoy named before it is posted ("Ambassador to
    Kuwait", "High Commissioner to India")."""
    lowers = tokens.lowers
    j = i - 1 - (lowers[i - 1] == "the")  # "Ambassador to the US"
    if lowers[j] == "and":  # "Ambassador to Suriname and Guyana": a second posting
        k = j - 1
        while k > j - _JOINED_POSTING_REACH and tokens.caps[k]:
            k -= 1
        j = k - (lowers[k] == "the") if lowers[k] != "to" else k
    if j < 1 or lowers[j] != "to":
        return False
    k = j - 1
    while k > max(j - _SENDER_REACH, -1) and (tokens.caps[k] or lowers[k] in ("of", "the")):
        if lowers[k] in et.ENVOY_WORDS:
            # "Ambassador of Ukraine to Belgium", "of the Republic of Korea to ...": the
            # sending country between the envoy and "to"
            return k == j - 1 or lowers[k + 1] == "of"
        k -= 1
    return lowers[j - 1] in et.ENVOY_WORDS


_JOINED_POSTING_REACH: Final = 5
#: The most tokens of a sending country between an envoy and his posting ("of the Republic of Korea").
_SENDER_REACH: Final = 8


def posted_in(tokens: Tokens, i: int) -> bool:
    """Whether the place at token i is where an envoy named before it serves ("High
    Commissioner in Kampala", "ambassador in Belgrade")."""
    return tokens.lowers[i - 1] == "in" and tokens.lowers[i - 2] in et.ENVOY_WORDS


def met_at_the_post(tokens: Tokens, clauses: Clauses, i: int) -> bool:
    """Whether the envoy posted in the place at token i ("the Chinese ambassador in Nairobi") is
    the object of a meeting's verb ("met (with) the Chinese ambassador in Nairobi", "received
    Peru's new envoy in Beijing", "held talks with the ambassador in Nairobi", "paid a courtesy
    call on the ambassador in Accra"): the envoy was
    met where he serves, the only place the sentence tells, so the place is the meeting's. An
    envoy told in an aside or as a speaker ("attended by Rwanda's High Commissioner in Kampala,
    X"; "the Chinese ambassador in Nairobi, Y, said") is no such object: the post stays his."""
    k = i - 3  # the word before the envoy's ("Chinese" in "the Chinese ambassador in")
    while k >= 0 and (tokens.caps[k] or tokens.lowers[k] in _ENVOY_MODIFIERS):
        k -= 1
    if k < 0:
        return False
    verbs = {t.token for t in clauses.triggers if not t.negated and not t.noun}
    nouns = {t.token for t in clauses.triggers if not t.negated and t.noun}
    if k in verbs:
        return True
    if tokens.lowers[k] == "on":
        # "paid a courtesy call on the Chinese ambassador in Accra", "called on ...": a call on
        # an envoy is made where he serves
        return k - 1 in verbs | nouns and tokens.lowers[k - 1] in _CALL_WORDS
    return tokens.lowers[k] == "with" and bool((verbs | nouns) & {k - 1, k - 2})


#: Words of a call made on someone ("paid a courtesy call on X", "called on X").
_CALL_WORDS: Final = et.word_set("call called calls")


#: Words of an envoy's noun phrase between a meeting's verb and the envoy's word, besides the
#: capitalized ones (his country's adjective or name): "the", "China's new", "a visiting".
_ENVOY_MODIFIERS: Final = POSSESSIVE_MARKS | et.word_set(
    "the a an new newly appointed outgoing incoming visiting"
)


def _portfolio_country(tokens: Tokens, i: int, titles: tuple[TitleMention, ...]) -> bool:
    """Whether the country at token i is a portfolio inside a title, after its "for"
    ("Additional Secretary for Afghanistan and West Asia", "Special Envoy for Sudan")."""
    j = i - 1 - (tokens.lowers[i - 1] == "the")
    return tokens.lowers[j] == "for" and any(t.first_token < j and i <= t.last_token for t in titles)


def _without_names_first_words(
    tokens: Tokens, countries: list[tuple[int, CountryMention]], orgs: list[tuple[int, int, OrgMention]]
) -> list[tuple[int, CountryMention]]:
    """The country mentions, without a demonym that opens a company's name when the words
    just before the name give the company another country: "the Vietnamese company Thai Binh
    Seed" makes no Thai side. A country's name that opens it ("the US-based Jersey Dairy
    Group") is dropped so only when that country is told in the description right before the
    name, with no preposition between ("led Egyptian firms to the Egypt-Kenya Business Forum"
    names both countries)."""
    dropped: set[int] = set()
    for first, _, org in orgs:
        stated = [
            i for i, m in countries if first - _STATED_REACH <= i < first and m.iso3 == org.country_iso3
        ]
        if not stated:
            continue
        described = not _DESCRIPTION_BREAKS.intersection(tokens.lowers[max(stated) + 1 : first])
        if any(i == first and m.iso3 == org.country_iso3 for i, m in countries):
            # "Zambia hosted the Zambia-Malawi Joint Permanent Commission": a name opening on a
            # pair that holds its own country is the pair's joint body, both halves its sides
            # (Malawi had been dropped, and the session lost with one side)
            continue
        dropped.update(
            i
            for i, m in countries
            if i == first
            and m.iso3 != org.country_iso3
            and (m.kind == "demonym" or (m.kind == "name" and described))
        )
    return [(i, m) for i, m in countries if i not in dropped] if dropped else countries


#: Words that end the description of a company before its name: "to the", "of the", "and".
_DESCRIPTION_BREAKS: Final = frozenset(
    ["to", "of", "in", "at", "for", "from", "with", "by", "and", "or", ","]
)


#: How many tokens before a company's name its stated country may be ("the Vietnamese company").
_STATED_REACH: Final = 4


def _is_city_state(mention: CountryMention) -> bool:
    """ "in Singapore", "in Monaco": a city-state, or a country whose capital has its name, is
    a place too."""
    if mention.iso3 in _CITY_STATES:
        return True
    capital = capital_of(mention.iso3)
    return bool(capital) and folded(capital) == folded(mention.text)


def _capital_named_as_country(mention: CountryMention) -> bool:
    """A country whose capital is its name and "City" ("Djibouti", "Kuwait"): "held in Djibouti"
    is held in the capital."""
    capital = capital_of(mention.iso3)
    return bool(capital) and folded(capital) == folded(mention.text) + " city"


#: Countries that are one city (whose capitals the lexicon names otherwise: "Singapore City").
_CITY_STATES: Final = frozenset(["SGP", "MCO", "HKG", "MAC", "SMR", "VAT"])


@lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """Lower case without diacritics: the key under which names are compared."""
    return fold(text).lower()


#: Words of a name that index nobody: particles and courtesy words ("al", "Datuk", "Seri").
_NOT_NAME_PARTS: Final = WORDS["particle"] | WORDS["honorific"] | WORDS["second_honorific"]


@lru_cache(maxsize=4096)
def name_key(name: str) -> tuple[str, ...]:
    """The words of a personal name as compared across mentions ("Kassym-Jomart" = "Kassym Jomart"),
    a leader's alias as his full name's ("Jokowi" = "Joko Widodo", `full_name_words`)."""
    return full_name_words(tuple(folded(name).replace("-", " ").split()))


def add_person(doc: DocumentContext, person: PersonMention) -> PersonMention:
    """Register a person mention and index every part of the merged name for one-word mentions."""
    index = doc.registry.add_at(person)
    merged = doc.registry.people[index]
    words = folded(merged.name).split()  # "Akufo-Addo" is one token of the text, and two name words
    key = name_key(merged.name)
    # ("Jokowi" met alone after "Joko Widodo": the alias of one word names him too)
    for part in dict.fromkeys([*key, *(w for w in words if "-" in w), *one_word_aliases(key)]):
        # (courtesy words inside a name, "Tengku Datuk Seri Zafrul", name nobody when met alone)
        if len(part) >= 2 and part not in _NOT_NAME_PARTS:
            slots = doc.name_index.setdefault(part, [])
            if index not in slots:
                slots.append(index)
    return merged


def named_by(doc: DocumentContext, slots: list[int], part: str) -> PersonMention:
    """The known person a one-word mention names, of the registry entries (`slots`) that hold
    the word: the latest whose name it opens or closes, before one whose middle name it is
    ("Singh" after "Kirti Vardhan Singh" and "Upender Singh Rawat" is the first)."""
    people = doc.registry.people
    edge = [k for k in slots if (key := name_key(people[k].name)) and part in (key[0], key[-1])]
    full = [k for k in edge if len(name_key(people[k].name)) > 1]
    if len(full) > 1:
        return _either_of(people, full, part)  # "Sharif" after Shehbaz Sharif and Nawaz Sharif
    return people[(edge or slots)[-1]]


def _either_of(people: list[PersonMention], full: list[int], part: str) -> PersonMention:
    """The surname alone that opens or closes the full names of more than one person told
    before ("Sharif" after "Shehbaz Sharif" and "Nawaz Sharif", "Xi" after "Xi Jinping" and "Xi
    Mingze"): which of them the text does not say, so no full name or title is given; the
    country only when they share it."""
    last = people[full[-1]]
    words = last.name.split()
    surname = words[0] if name_key(words[0]) == (part,) else words[-1]
    countries = {people[k].country_iso3 for k in full}
    country = last.country_iso3 if len(countries) == 1 else None
    return replace(last, name=surname, title=None, country_iso3=country, organization=None)


def _full_names_with(doc: DocumentContext, slots: list[int], part: str) -> list[int]:
    """The registry entries of `slots` (those `doc.name_index` lists for `part`) whose name of
    more than one word opens or closes with `part`: more than one, and the word alone is a
    surname they share ("Sharif" after Shehbaz Sharif and Nawaz Sharif)."""
    people = doc.registry.people
    return [k for k in slots if len(key := name_key(people[k].name)) > 1 and part in (key[0], key[-1])]


def canonical(doc: DocumentContext, person: PersonMention) -> PersonMention:
    """The registry's fullest version of a person (the registry merges mentions later), with
    the country the draft gave the person when the registry knows none (a companion's)."""
    key = name_key(person.name)
    if len(key) == 1 and len(_full_names_with(doc, doc.name_index.get(key[0], []), key[0])) > 1:
        return person  # a surname two people told before share (`named_by`)
    for known in doc.registry.people:
        known_key = name_key(known.name)
        if key == known_key or is_part(key, known_key):
            if known.country_iso3 is None and person.country_iso3 is not None:
                return replace(known, country_iso3=person.country_iso3)
            return known
    return person


#: Nouns of a company that a story sets right before or after its name ("the Swedish
#: engineering group X", "X, the Malaysian plantation company,"): the name is a firm's.
#: (No "maker", "producer", "developer" nor "exporter": "the film producer X" is a person.)
_FIRM_NOUNS: Final = (
    r"(?:company|firm|group|conglomerate|corporation|lender|insurer|carmaker|automaker|refiner|shipbuilder)"
)
_FIRM_REACH: Final = 4  # words between the article and the noun: "the | Swedish engineering | group"


#: A company noun phrase ending right before a name ("the Swedish engineering group | X").
_FIRM_BEFORE: Final = re.compile(
    rf"(?i:\b(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,{_FIRM_REACH}}}?)?{_FIRM_NOUNS}\s+)$"
)
#: A company noun phrase set off by a comma right after a name ("X, | the Malaysian plantation
#: company,"; "X, the company said"), ending there ("X, a former company director," is a person).
_FIRM_AFTER: Final = re.compile(
    rf",\s+(?i:(?:the|a|an)\s+(?:[\w-]+\s+){{0,{_FIRM_REACH}}}?{_FIRM_NOUNS})"
    r"(?=\s*[,.;:)]|\s+(?:said|says|which|that)\b)"
)
_FIRM_WINDOW: Final = 80  # characters before a name that a company noun phrase can take
#: `_FIRM_BEFORE` where one of the nouns every match holds (of `_FIRM_NOUNS`) stands: the window
#: before most names holds none, and the pattern, opening on a boundary, is tried at each of its
#: offsets (~17 µs a window).
_FIRM_BEFORE_SEARCH: Final = HintedSearch(
    _FIRM_BEFORE,
    ("company", "firm", "group", "conglomerate", "corporation", "lender", "insurer", "maker", "refiner",
     "shipbuilder"),
)  # fmt: skip


def _firm_cue(text: str, name: str) -> str | None:
    """The company noun phrase a story sets right before or after `name` anywhere (see
    _FIRM_NOUNS), or None. Only the text around each mention of the name is searched: a search
    of the whole story per name cost a millisecond."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not text[end : end + 1].isalnum() and text[end : end + 2] not in ("'s", "’s"):
            before = _FIRM_BEFORE_SEARCH(text, max(0, at - _FIRM_WINDOW), at)
            if before is not None:
                return before.group()
            after = _FIRM_AFTER.match(text, end)
            if after is not None:
                return after.group()
        at = text.find(name, end)
    return None


def _told_organizations_not_people(doc: DocumentContext, entities: Entities) -> Entities:
    """The sentence's entities with each untitled "person" that the story tells elsewhere as an
    organization read as that organization: a firm named like two surnames is no person where a
    sentence names it bare ("signed a memorandum with Hansson Lindqvist") when the story
    registered it as one or sets a company noun beside it ("Hansson Lindqvist, the Swedish
    engineering group,", "plantation company Tan Lim"), before or after."""
    told: list[tuple[PersonMention, str, str | None]] = []
    for p in entities.people:
        if p.title is not None or p.organization is not None or " " not in p.name:
            continue
        known = doc.orgs.get(folded(p.name))
        if known is not None:
            told.append((p, known.name, known.country))
            continue
        cue = _firm_cue(doc.text, p.name)
        if cue is not None:
            country = next((m.iso3 for m in find_countries(cue) if m.kind in ("name", "demonym")), None)
            told.append((p, p.name, country))
    if not told:
        return entities
    firms = tuple(
        OrgMention(p.name_start, p.name_end, name, country, "company", p.name) for p, name, country in told
    )
    gone = {id(p) for p, _, _ in told}
    return replace(
        entities,
        people=tuple(p for p in entities.people if id(p) not in gone),
        organizations=tuple(sorted(entities.organizations + firms, key=lambda o: o.start)),
    )


@lru_cache(maxsize=4096)
def org_aliases(name: str) -> tuple[str, ...]:
    """Lookup keys of an organization: its name, the name without a legal form ("JSC",
    "CJSC"), and a "(CNPC)"-style acronym alone."""
    lowered = folded(name)
    keys = [lowered]
    match = re.search(r"\(([^()]+)\)\s*$", lowered)
    if match:
        acronym = match.group(1).strip()
        keys += [acronym, _without_legal_form(acronym)]  # "(NNPC Ltd)": "nnpc ltd", "nnpc"
        lowered = lowered[: match.start()].strip()
        keys.append(lowered)
    keys.append(_without_legal_form(lowered))
    core = _without_company_words(lowered)
    if core is not None:
        keys.append(core)
    words = name.split()
    if len(words) > 1 and words[-1].lower() == "group" and (len(words) > 2 or words[0].isupper()):
        keys.append(folded(" ".join(words[:-1])))  # "NNPC Group" is NNPC, "DP World Group" DP World
    short = _short_name(name)
    if short is not None:
        keys.append(short)
    return tuple(keys)


def _short_name(name: str) -> str | None:
    """The one distinctive word of a company named as country + word + company words ("China
    Minmetals Corporation", "Saudi Aramco"): the story calls the company by that word later
    ("Minmetals general manager X"), and that mention is the same company, of its country. A
    name that leaves more words ("Korea Electric Power Corporation") or only a company word
    ("Turkish Airlines", "Korea Zinc") makes no short name."""
    lead = next(iter(find_countries(name)), None)
    if lead is None or lead.start != 0 or lead.kind not in ("name", "demonym"):
        return None
    rest = name[lead.end :].split()
    while rest and (rest[-1].lower().rstrip(".") in ORG_SUFFIXES or rest[-1].lower() in ORG_WORDS["legal"]):
        rest.pop()
    if len(rest) != 1 or not rest[0][:1].isupper() or not rest[0].isalpha():
        return None
    word = rest[0].lower()
    if word in _GENERIC_FIRST_WORDS or word in TITLE_WORDS or word in WORDS["function"]:
        return None  # (a company word is popped above)
    return folded(rest[0])


def _without_company_words(lowered: str) -> str | None:
    """The name a company goes by once its closing company words and legal forms are dropped,
    when two words or more are left: "Heritage Petroleum Company Limited" is the "Heritage
    Petroleum" of "Heritage Petroleum President X" (a one-word rest is the first-word key's)."""
    words = lowered.split()
    while words and words[-1].strip(".,") in _COMPANY_ENDINGS:
        words.pop()
    return " ".join(words) if len(words) >= 2 and len(words) < len(lowered.split()) else None


#: Closing words that say a name is a company's and are no part of what it is called
#: ("incorporated" is among the legal ones).
_COMPANY_ENDINGS: Final = ORG_WORDS["legal"] | frozenset(["company", "corporation"])


def _without_legal_form(lowered: str) -> str:
    """ "JSC KazMunayGas" -> "kazmunaygas", "NNPC Ltd" -> "nnpc" (a one-word name stays)."""
    words = lowered.split()
    if len(words) > 1 and words[0] in ORG_WORDS["prefix_legal"]:
        words = words[1:]
    if len(words) > 1 and words[-1].rstrip(".") in ORG_WORDS["legal"]:
        words = words[:-1]
    return " ".join(words)


#: The key under which a many-word organization is known by its first word alone
#: ("Sinoma" after "Sinoma International Engineering"); only a one-word mention looks it up.
_FIRST_WORD: Final = "first word: "


def _lookup_keys(name: str) -> tuple[str, ...]:
    """Keys to look a mention up by: its aliases, and for a one-word name the first word of
    a many-word organization told before."""
    keys = org_aliases(name)
    return (*keys, _FIRST_WORD + keys[0]) if " " not in name.strip() else keys


def known_org(doc: DocumentContext, name: str) -> Org | None:
    """The organization the story told before under this name, an alias or its first word."""
    return next((doc.orgs[k] for k in _lookup_keys(name) if k in doc.orgs), None)


def add_org(doc: DocumentContext, org: OrgMention) -> OrgMention:
    """Register an organization; a known one (or its acronym, or its first word: "Sinoma
    chairman X" after "China's Sinoma International Engineering") keeps its full name and
    country."""
    for key in _lookup_keys(org.name):
        known = doc.orgs.get(key)
        if known is not None:
            if len(known.name) >= len(org.name):
                return OrgMention(
                    org.start, org.end, known.name, known.country or org.country_iso3, org.kind, org.text
                )
            break
    else:
        spelled = None
        if _acronym_shaped(org.name):  # (tested once here, not for every alias key of doc.orgs)
            spelled = next((o for o in doc.orgs.values() if _spelled_by(org.name, o.name)), None)
        if spelled is not None:  # "PBOC Deputy Governor X" after "the People's Bank of China"
            return OrgMention(
                org.start, org.end, spelled.name, spelled.country or org.country_iso3, org.kind, org.text
            )
    if org.kind == "company":
        doc.companies.append((org.name, org.country_iso3))
    record = Org(org.name, org.country_iso3)
    for key in org_aliases(org.name):
        previous = doc.orgs.get(key)
        doc.orgs[key] = Org(record.name, record.country or (previous.country if previous else None))
    first, _, rest = org.name.partition(" ")
    if rest and first[:1].isupper() and first.lower() not in _GENERIC_FIRST_WORDS:
        doc.orgs.setdefault(_FIRST_WORD + folded(first), record)  # the first told keeps it
    return org


#: First words that name no organization alone ("National Bank of X", "State Grid").
_GENERIC_FIRST_WORDS: Final = et.word_set(
    "the national state general international first new united royal central federal joint bank "
    "ministry department office council commission agency association chamber university"
)


def is_international(name: str | None) -> bool:
    """Whether an organization is a body of many states ("IMF", "the World Bank", "United
    Nations"): its people and delegations are of no country, wherever they meet."""
    if not name:
        return False
    return (
        listed_body_of_states(name)
        or bool(among_peoples(name))
        or _of_a_bloc(name)
        or describes_members(name)
    )


# (cached: a pure function of a name, asked again for every organization the lexicons miss)
@lru_cache(maxsize=4096)
def _of_a_bloc(name: str) -> bool:
    """Whether an organization's name is an organization of states the bloc lexicon lists, or
    one of its organs ("Organization of Islamic Cooperation", "AU Commission", "the Secretariat
    of ASEAN"): its head is of no country ("Secretary-General of the Organization of Islamic
    Cooperation X" in a New York story had been made American, and the AU Commission's
    chairperson Ethiopian in one from Addis Ababa). Any other word makes it a body of its own
    that only bears the bloc's name ("U.S.-ASEAN Business Council", "EU Chamber of Commerce")."""
    # (without its articles: "the Gulf" is a region that would hide the Gulf Cooperation Council)
    bare = _ARTICLE.sub("   ", name)  # (as many spaces as "the" has letters: offsets stay)
    bloc = next(((b.start, b.end) for b in find_blocs(bare) if b.kind == "bloc"), None)
    if bloc is None:
        # "Eurasian Economic Commission": the bloc's name with an organ's word for its last
        # one (its chairman had been of the dateline's country)
        bloc = bloc_stem(bare)
    if bloc is None:
        return False
    rest = bare[: bloc[0]] + " " + bare[bloc[1] :]
    return all(word in _BLOC_ORGANS for word in rest.lower().split())


#: Organs of an organization of states, and the word that joins them to its name.
_BLOC_ORGANS: Final = et.word_set(
    "of commission secretariat council parliament assembly court presidency board"
)
#: Always three letters long: `_of_a_bloc` blanks it out with three spaces.
_ARTICLE: Final = re.compile(r"\b[Tt]he\b")


def of_international_body(person: PersonMention) -> bool:
    """Whether a person speaks for a body of many states, by organization ("IMF Managing
    Director X") or by an office of one ("the President of the European Commission X")."""
    # (a national minister's portfolio may name the body: "Minister of Foreign Affairs,
    # European Union and Cooperation" is Spain's)
    national = person.title is not None and "minister" in person.title.lower()
    if is_international(person.organization):
        return True
    if not national and person.country_iso3 is None and heads_a_body_of_states(person.name):
        return True  # "Ursula von der Leyen met ...", untitled: her office is a bloc's as titled
    return not national and (is_international(person.title) or _office_of_a_bloc(person.title))


def _office_of_a_bloc(title: str | None) -> bool:
    """Whether a title is an office of an organization of states ("Secretary-General of the Gulf
    Cooperation Council", "President of the AU Commission", "Secretary-General of the
    Commonwealth"): the body its "of" names. A body of many states the lexicon lists counts
    too, by a name it knows only bare when that is the whole of what "of" names (the
    Commonwealth's head had been given the country of London, where she met a minister)."""
    _, of, body = (title or "").partition(" of ")
    return bool(of) and (_of_a_bloc(body) or listed_body_of_states(body))


def org_country(doc: DocumentContext, name: str | None) -> str | None:
    """The country of an organization: known from an earlier mention, a company the gazetteer
    lists ("Hanwha Ocean chairman X": the company is named only in his title), or named in
    its name."""
    if not name:
        return None
    for key in _lookup_keys(name):
        known = doc.orgs.get(key)
        if known is not None and known.country:
            return known.country
    listed = company_country(name)
    if listed is not None:
        return listed
    for mention in countries_in_name(name):
        if mention.kind in ("name", "demonym"):
            return mention.iso3
    if _subnational_body(name):
        # "The Western Provincial Council signed memoranda with six Japanese companies": a
        # province's council is of the country the story is filed from
        return filed_country(doc)
    return None


#: Bodies of a level of government below the state ("Provincial Council", "State Assembly"):
#: the government nouns (less the abbreviation "govt") and its elected houses; the levels are
#: the government levels below the federal one, and districts.
_SUBNATIONAL_BODIES: Final = (_GOVERNMENT_NOUNS - {"govt"}) | {"council", "assembly"}
_SUBNATIONAL_LEVELS: Final = (_GOVERNMENT_LEVELS - {"federal"}) | {"district"}


def _subnational_body(name: str) -> bool:
    """Whether an organization's name ends in a body of a province, state or town ("Western
    Provincial Council", "Kano State Assembly", "Kandy Municipal Council"): the government of
    a part of a country, which acts for that country when nothing else names it."""
    words = name.lower().split()
    return len(words) >= 3 and words[-1] in _SUBNATIONAL_BODIES and words[-2] in _SUBNATIONAL_LEVELS


def bare_name_tokens(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int]
) -> list[tuple[int, PersonMention]]:
    """Tokens that name a known person by one word of the name, with that person."""
    found = []
    tokens = a.tokens
    # "al-Jabouri", "el-Sisi": a surname written with its lower-case particle
    words = tokens.words
    particled = [i for i in usable if "-" in words[i] and not tokens.caps[i] and _PARTICLED.match(words[i])]
    for i in sorted([*tokens.cap_index, *particled]) if particled else tokens.cap_index:
        if i not in usable or i in a.covered or i in a.title_tokens:
            continue
        lower = tokens.lowers[i]
        key = lower if lower.isascii() else folded(lower)
        slots = doc.name_index.get(key)
        if not slots or lower in TITLE_WORDS or lower in WORDS["function"] or lower in ORG_SUFFIXES:
            continue
        if tokens.lowers[i + 1] in ORG_SUFFIXES or (
            tokens.caps[i + 1] and i + 1 not in a.covered and tokens.lowers[i + 1] not in POSSESSIVE_MARKS
        ):
            continue  # part of a longer name that is not this person
        if tokens.lowers[i + 1] in _NAMED_AFTER_LEADER:
            continue  # "under the Lee government": the government, not the man
        if tokens.lowers[i + 1] in POSSESSIVE_MARKS and _principal_of_named_aide(a, i + 2):
            continue  # "Milei's chief of staff, Guillermo Francos": whom the aide serves
        found.append((i, named_by(doc, slots, key)))
    return found


def _principal_of_named_aide(a: AnalysedSentence, first: int) -> bool:
    """Whether a title opens at token `first`, right after a possessive, and its holder is
    named after it, directly or in commas ("Milei's chief of staff, Guillermo Francos", "Modi's
    adviser Ajit Doval"): the possessor only says whom the aide serves, and took no part."""
    lowers = a.tokens.lowers
    # (past its lower-case qualifiers: "Modi's national security adviser Ajit Doval")
    title = next(
        (
            t
            for t in a.titles
            if first <= t.first_token <= first + _AIDE_QUALIFIERS
            and all(lowers[k] in TITLE_WORDS and not a.tokens.caps[k] for k in range(first, t.first_token))
        ),
        None,
    )
    if title is None or lowers[title.last_token] in COUNTERPART_WORDS:
        return False  # "Xi's counterpart Joe Biden" met him
    after = title.last_token + 1
    if lowers[after] == ",":
        after += 1
    return any(start == after for start, _, _ in a.people)


#: Lower-case words a title after a possessive may have before its own first word.
_AIDE_QUALIFIERS: Final = 3


def known_country(doc: DocumentContext, person: PersonMention) -> str | None:
    """A person's country as the story has told it so far: stated with the name, settled by
    an earlier engagement, given to the person in a draft, or the leaders gazetteer's."""
    if person.country_iso3:
        return person.country_iso3
    told = (
        q.country_iso3 for c in doc.candidates for q in c.people if q.name == person.name and q.country_iso3
    )
    return doc.settled.get(person.name) or next(told, None) or known_nationality(person.name)


def party_verb_end(tokens: Tokens) -> int | None:
    """Token index right after the first "accompanied by"/"joined by", or an active
    "accompanied" ("X, who accompanied Y"): who stands around it is of one party; None when
    the sentence has none."""
    lowers = tokens.lowers
    return next(
        (
            i + 1
            for i, lower in enumerate(lowers[: tokens.n])
            if lower in et.PARTY_VERBS and (lowers[i + 1] == "by" or lower == "accompanied")
        ),
        None,
    )


def accompanying(
    doc: DocumentContext, a: AnalysedSentence, people: list[PersonMention], after: int
) -> list[PersonMention]:
    """People named before an active "accompanied", with the person named right after it
    ("Senior Secretary X, who accompanied Alam, said the talks ..."): of the party
    of the one accompanied, whose country they take, or the one a default gives him
    (`DocumentContext.companions`), not the host's."""
    named = [(first, p) for first, _, p in a.people] + bare_name_tokens(doc, a, frozenset([after]))
    led = next((p for first, p in named if first == after), None)
    if led is None and a.tokens.lowers[after] in _ACCOMPANIED_PRONOUNS:
        led = previous_subject(doc, a)  # "Foreign Minister X accompanied him": the one told before
    elif led is None and a.tokens.lowers[after] == "the" and after + 1 < a.tokens.n:
        led = _told_by_title(previous_subject(doc, a), a.tokens.lowers[after + 1])
    if led is None:
        return []
    found = [p for first, _, p in a.people if first < after - 1 and p in people and not p.country_iso3]
    lead = known_country(doc, led)
    if lead is None:
        doc.companions.update((p.name, led.name) for p in found)
        return found
    return [replace(p, country_iso3=lead) for p in found]


def _told_by_title(told: PersonMention | None, head: str) -> PersonMention | None:
    """The one told before, when "the" and a word of his title stand for him ("Trade Minister
    X, who accompanied the president, said"): in a visit story the president is the visitor
    the story follows, and X is of his party, not of the host's."""
    if told is None or told.title is None or head not in told.title.lower().split():
        return None
    return told


#: An accompanied person told by a pronoun ("accompanied him"; "He was accompanied by" reads
#: PERSONAL_SUBJECT_PRONOUNS). Not engagement_participants' `_OBJECT_PRONOUNS` ({"him"}).
_ACCOMPANIED_PRONOUNS: Final = frozenset(["him", "her"])

_PARTICLED: Final = re.compile(r"(?:al|el|ul|bin|ben|abu|ibn|de|van|von)-[A-Z]")

#: Nouns a leader's surname qualifies ("the Biden administration", "the Lee government").
_NAMED_AFTER_LEADER: Final = et.word_set("government administration cabinet presidency era regime doctrine")


def addressee(doc: DocumentContext, a: AnalysedSentence) -> PersonMention | None:
    """Who "you" is in an interviewer's question (see `addressees`): the interviewee."""
    return _named_by(doc, doc.addressees.get(a.index))


def speaker(doc: DocumentContext, a: AnalysedSentence) -> PersonMention | None:
    """Who "I" is in a sentence whose speaker is named outside it (see `speakers`): only that
    speaker, never someone the story merely named before."""
    return _named_by(doc, doc.speakers.get(a.index))


def _named_by(doc: DocumentContext, name: str | None) -> PersonMention | None:
    """The known person a speaker's or addressee's name stands for ("" the story's first person)."""
    if name is None:
        return None
    if not name:
        # an interviewee of no stated country would take a default one (the country of the
        # figures told before): better no "I" than a side the story does not give
        first = doc.registry.people[0] if doc.registry.people else None
        return first if first is not None and first.country_iso3 is not None else None
    return doc.registry.resolve(name)


def previous_subject(doc: DocumentContext, a: AnalysedSentence) -> PersonMention | None:
    """The subject of the sentence before, or of the last engagement: who a "he" refers to.
    The last engagement's subject is the one remembered for the sentence that told it, when
    he takes part in it and that sentence names him: a surname opening it comes after the
    people it names in full among the engagement's people ("Jouini received ... Libyan
    Minister X. The two ministers discussed ... . The minister also chaired ...": the
    minister is Jouini, not X, nor, X being of another country, the first minister of the
    story)."""
    index, people = doc.previous_people
    if index == a.index - 1 and people:
        return people[0]
    if doc.candidates and doc.candidates[-1].people:
        last = doc.candidates[-1]
        if people and index >= last.sentence and _named_in(people[0], last):
            return people[0]
        return last.people[0]
    if people and a.index - index <= _PRONOUN_REACH:
        # "X met Y in Manama. Rwanda and Bahrain signed agreements. On Saturday he met Z": a
        # sentence whose sides are countries names no one "he" could be
        return people[0]
    return None


#: How many sentences back a "he" reaches for the subject, over sentences naming no one.
_PRONOUN_REACH: Final = 3


#: A word of a sentence as name_key writes the words of a name (no punctuation around it).
_NAME_WORD: Final = re.compile(r"[\w'’.]*\w")


def _named_in(person: PersonMention, c: Draft) -> bool:
    """Whether a participant of an engagement is named in its sentence by a word of his name
    (not only by a title the extractor resolved to him, "the visiting minister")."""
    if all(p.name != person.name for p in c.people):
        return False
    words = set(_NAME_WORD.findall(folded(c.evidence).replace("-", " ")))
    return any(word in words for word in name_key(person.name))


def remember_people(
    doc: DocumentContext, a: AnalysedSentence, titled: list[tuple[int, PersonMention]] | None = None
) -> None:
    """Keep the people of the last analysed sentence ("he" in the next one is its subject)
    and the date it states of something done (the story's date for an engagement told
    without one; "which he is scheduled to attend on Thursday" states none). `titled` holds
    the known people the sentence names by a definite title alone ("the minister"), each
    with its first token."""
    people = [p for _, _, p in a.people]
    doc.delegation_heads = delegation_heads(a) or doc.delegation_heads
    first_named = min((first for first, _, _ in a.people), default=a.tokens.n)
    if not doc.delegation_heads and party_subject(a.tokens, first_named, range(a.tokens.n)) is not None:
        doc.headless_party = a.index  # "the Belarusian delegation paid a courtesy call on X"
    if not doc.delegation_heads:
        doc.headless_party_country = _party_country(a.tokens) or doc.headless_party_country
    subject = _known_surname_subject(doc, a) or (
        _lead_subject(doc, a, titled or []) if people else _pronoun_goes_on(doc, a)
    )
    if subject is not None:
        # "..., Bolat was received by X. He also held talks with Y": "he" is Bolat, not X
        people = [subject, *(p for p in people if p.name != subject.name)]
    elif not people:
        people = surname_subjects(doc, a)
    if people:
        doc.previous_people = (a.index, people)
    if not a.date_tokens:
        return
    units, of_segment = units_of(a)
    for i, d in a.date_tokens:
        stated = d.date is not None and d.kind in STATED_KINDS
        if stated and release_date(a.tokens.lowers, i):
            continue  # "According to a statement released on Sunday, ...": when it was told
        if stated and d.kind == "relative" and inside_quotation(a.sentence.text, d.start):
            continue  # '"Today we can speak of results," X told Y': the speaker's day, not the story's
        if stated and d.date is not None and not is_future(a, units[of_segment[a.clauses.segment_of[i]]]):
            doc.narrative = (a.index, d.date)
            return


def release_date(lowers: list[str], i: int) -> bool:
    """Whether the date at token i is when a statement was released or issued ("a statement
    released on Sunday"), not when something it tells happened."""
    return lowers[i - 1] == "on" and lowers[i - 2] in _RELEASED and not _told_as_it_happened(lowers, i)


def _told_as_it_happened(lowers: list[str], i: int) -> bool:
    """Whether the release day at token i is followed by "as", "when", "while" or "whilst"
    (et.TIME_CLAUSE_OPENERS) opening a clause
    ("The figures were released on Tuesday as the minister hosted X", "published on Monday,
    when Y held talks with Z"): the release was made while that event took place, so its day
    is the event's too (the talks had been left on the publication date). Not "as part of",
    "as well as"."""
    for k in range(i + 1, min(len(lowers) - 1, i + _RELEASE_DAY_REACH)):
        lower = lowers[k]
        if lower in et.TIME_CLAUSE_OPENERS:
            return lowers[k + 1] not in et.AS_NO_CLAUSE
        if lower != "," and not lower.isdigit():
            return False
    return False


#: Tokens after a release day (its year, commas) within which a time clause's opener is looked for.
_RELEASE_DAY_REACH: Final = 4


def _known_surname_subject(doc: DocumentContext, a: AnalysedSentence) -> PersonMention | None:
    """The known person whose surname alone is the subject of a passive that opens the
    sentence's main clause, after a lead adverbial at most ("On the sidelines of the meeting,
    Bolat was received by X"): the people found in the sentence start with its agent."""
    tokens = a.tokens
    i = _main_clause_start(tokens)
    if i is None or i >= tokens.n or not tokens.caps[i] or any(first == i for first, _, _ in a.people):
        return None
    if tokens.lowers[i + 1] not in ("was", "were") or tokens.lowers[i + 2] not in _SURNAME_SUBJECT_VERBS:
        return None
    slots = doc.name_index.get(folded(tokens.words[i]))
    return named_by(doc, slots, folded(tokens.words[i])) if slots else None


def _main_clause_start(tokens: Tokens) -> int | None:
    """The first token of the main clause, past a lead adverbial closed by its comma ("On the
    sidelines of the meeting, | Bolat ..."); None when such an adverbial runs on unclosed."""
    if tokens.lowers[0] not in _LEAD_ADVERBIAL_WORDS:
        return 0
    comma = next((k for k in range(1, min(tokens.n, _LEAD_REACH)) if tokens.lowers[k] == ","), None)
    return None if comma is None else comma + 1


def surname_subjects(doc: DocumentContext, a: AnalysedSentence) -> list[PersonMention]:
    """The known people a sentence that names no one in full opens its main clause on by a
    word of their names ("Prabowo and el-Sisi last met in Jakarta"): the subject a "he" two
    sentences on goes on with, not an earlier subject named in full."""
    start = _main_clause_start(a.tokens)
    if start is None or not a.tokens.caps[start]:
        return []
    bare = bare_name_tokens(doc, a, frozenset(range(a.tokens.n)))
    if not bare or bare[0][0] != start:
        return []
    return list({p.name: p for _, p in bare}.values())


def _lead_subject(
    doc: DocumentContext, a: AnalysedSentence, titled: list[tuple[int, PersonMention]]
) -> PersonMention | None:
    """The person told before any other the sentence names in full, when that is a known
    person's surname, a definite title alone or "he"/"she": the subject a "she" in the next
    sentence goes on with ("…, where Berg met her counterpart Bui Thanh Son. She then flew to
    Vientiane, where she held talks with X. There she met Y": each "she" is Berg, not the
    person last met; "In Lima the minister also met X. She then flew to Quito": "she" is the
    minister, not X). A sentence that names no one in full keeps the people remembered
    before ("Wong arrived in Hanoi. ... the two leaders": both of the sentence before)."""
    first_named = min((first for first, _, _ in a.people), default=a.tokens.n)
    bare = bare_name_tokens(doc, a, frozenset(range(first_named)))
    bare = sorted(bare + [(i, p) for i, p in titled if i < first_named], key=lambda found: found[0])
    pronoun = (
        None  # (most sentences hold no "he" or "she": one scan in C)
        if PERSONAL_SUBJECT_PRONOUNS.isdisjoint(a.tokens.lowers)
        else next((i for i in range(first_named) if pronoun_at(a.tokens, i, PERSONAL_SUBJECT_PRONOUNS)), None)
    )
    if bare and (pronoun is None or bare[0][0] < pronoun):
        return bare[0][1]
    return previous_subject(doc, a) if pronoun is not None else None


def _pronoun_goes_on(doc: DocumentContext, a: AnalysedSentence) -> PersonMention | None:
    """Who a sentence that names no one but "he"/"she" is about: the subject it goes on with,
    so that the sentence after it goes on with that subject too ("The minister met X. On
    Monday she flew to Lima. There she met Y": the second "she" is the minister, not X, the
    first person of the engagement told last)."""
    if PERSONAL_SUBJECT_PRONOUNS.isdisjoint(a.tokens.lowers[: a.tokens.n]):
        return None  # (no "he" or "she" at all: most sentences; no token is one as a pronoun)
    if not any(pronoun_at(a.tokens, i, PERSONAL_SUBJECT_PRONOUNS) for i in range(a.tokens.n)):
        return None
    return previous_subject(doc, a)


#: Pronouns that open a clause as its one person's subject.
PERSONAL_SUBJECT_PRONOUNS: Final = et.word_set("he she")


def pronoun_at(tokens: Tokens, i: int, pronouns: AbstractSet[str] = et.SINGULAR_PRONOUNS) -> bool:
    """Whether token i is one of `pronouns` as a pronoun: not "HE President Kagame" (His
    Excellency, written in capitals) nor "Vice Premier He Lifeng" (a surname)."""
    return (
        tokens.lowers[i] in pronouns
        and not et.shouted(tokens.words, i)
        and not is_surname_he(tokens.words, i)
    )


#: Tokens within which a lead adverbial closes with its comma.
_LEAD_REACH: Final = 12


#: Participles of a statement's release before its date.
_RELEASED: Final = et.word_set("released issued published posted circulated")


def anchored_ahead(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether a unit is an anchor pointing at an event to come ("held talks ahead of Brazil's
    G20 summit in Rio de Janeiro in November"): its city and time are that event's, not the
    talks'."""
    return unit.role == ANCHOR and points_ahead(a.tokens, a.clauses.segments[unit.segments[0]])


def sequenced_event(a: AnalysedSentence, token: int) -> bool:
    """Whether the event noun at `token` is what another event is told to have followed or
    preceded ("a state visit that followed the G20 summit in Rio", "talks which came after the
    BRICS summit in Kazan", "the forum that preceded the talks"): an event of its own, on a day
    and at a place of its own, that the other is only set against in time."""
    lowers = a.tokens.lowers
    k = token - 1
    while k > 0 and token - k <= _SEQUENCED_NOUN_REACH and lowers[k] not in _SEQUENCED_DETERMINERS:
        if not _NOUN_PHRASE_WORD.fullmatch(lowers[k]):
            return False
        k -= 1
    if k <= 0 or lowers[k] not in _SEQUENCED_DETERMINERS:
        return False
    verb = lowers[k - 1]
    return verb in _SEQUENCE_VERBS or (verb in ("after", "before") and lowers[k - 2] in _COMING)


#: Verbs whose object is an event the subject's came after or before: "that followed the summit".
_SEQUENCE_VERBS: Final = et.word_set("followed follows preceded precedes")
#: Verbs of an event's coming after or before another: "which came after the summit".
_COMING: Final = et.word_set("came comes come")
_SEQUENCED_DETERMINERS: Final = frozenset(["the", "a", "an", "their", "his", "her", "its", "this", "last"])
#: Words of an event's noun phrase before its noun ("the G20 leaders'"), and how many.
_NOUN_PHRASE_WORD: Final = re.compile(r"[^\W_][\w'’-]*")
_SEQUENCED_NOUN_REACH: Final = 5


def names_another_event(lowers: list[str], start: int, end: int) -> bool:
    """Whether the words from `start` to `end` after "after" / "before" name an event the
    story has not told and whose day it does not write: a gerund ("three weeks after taking
    office"), an indefinite noun phrase ("two weeks after a failed uprising in La Paz"), or a
    milestone of office ("a month after the elections", "days after his inauguration"). The
    offset counts from that event's day and the place is that event's ("two days after his
    arrival" and "a day after the summit" still count from the day told before)."""
    if start >= end:
        return False
    first = lowers[start]
    if first in ("a", "an") or (len(first) > 4 and first.endswith("ing") and first.isalpha()):
        return True
    return first in et.THIRD_PERSON_DETERMINERS and not _MILESTONES.isdisjoint(
        lowers[start + 1 : min(end, start + 4)]
    )


#: Events of a leader's or a country's calendar that a meeting is dated against, not told as
#: an engagement: "a month after the elections", "days after his inauguration".
_MILESTONES: Final = et.word_set(
    "election elections inauguration swearing-in coup referendum vote runoff run-off independence"
)
#: Units of "a day after", "two weeks before", "a month after", with the days each counts (a
#: month's days depend on the month: None).
OFFSET_UNIT_DAYS: Final[dict[str, int | None]] = {
    "day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "fortnights": 14,
    "month": None, "months": None,
}  # fmt: skip


def offset_anchor(lowers: list[str], start: int) -> bool:
    """Whether the anchor clause at token `start` opens on "<unit> after" or "<unit> before"
    ("two weeks after", "a month before"): it tells how far apart two events are."""
    return lowers[start] in ("after", "before") and start > 0 and lowers[start - 1] in OFFSET_UNIT_DAYS


def opens_on_since(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether a unit is an anchor opened by "since" ("since a heated exchange in February",
    "since Saturday"): what it tells came before the event told, which is counted from it."""
    if unit.role != ANCHOR:
        return False
    return a.tokens.lowers[a.clauses.segments[unit.segments[0]].start] == "since"


def since_another_event(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether a unit is the anchor of "since <an event of its own>" ("their first encounter
    since a heated exchange at the White House in February"): its place and date are that
    earlier event's, not the one told's."""
    if not opens_on_since(a, unit):
        return False
    segment = a.clauses.segments[unit.segments[0]]
    return names_another_event(a.tokens.lowers, segment.start + 1, segment.end)


def offset_from_another_event(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether a unit is the anchor of "N weeks after <an event of its own>" ("came two weeks
    after a failed uprising in La Paz") or of "since <an event of its own>"
    (`since_another_event`): its city is where that earlier event happened, not where the one
    told was."""
    if since_another_event(a, unit):
        return True
    if unit.role != ANCHOR:
        return False
    segment = a.clauses.segments[unit.segments[0]]
    lowers = a.tokens.lowers
    return offset_anchor(lowers, segment.start) and names_another_event(
        lowers, segment.start + 1, segment.end
    )


def is_future(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether a clause tells what is to come ("which he is scheduled to attend on
    Thursday"): its date belongs to no engagement told."""
    lowers = a.tokens.lowers
    words = set(map(lowers.__getitem__, unit.tokens))
    if "will" in words or "shall" in words:
        floor = min(unit.tokens)
        return not all(
            relative_modal_after_past(lowers, i, floor) for i in unit.tokens if lowers[i] in ("will", "shall")
        )  # (not "signed a deal under which the bank will finance a road": done)
    if words.isdisjoint(_PLANNED):
        return False
    return any(lowers[i] in _PLANNED and lowers[i + 1] == "to" for i in unit.tokens)


_PLANNED: Final = frozenset(["scheduled", "expected", "due", "set", "plans", "planned", "going"])


def units_of(a: AnalysedSentence) -> tuple[list[Unit], dict[int, int]]:
    """The units of a sentence (each main clause, each subordinate segment) and each segment's unit."""
    units: list[Unit] = []
    of_segment: dict[int, int] = {}
    main_by_clause: dict[int, list[int]] = {}
    for index, segment in enumerate(a.clauses.segments):
        if segment.role == MAIN:
            main_by_clause.setdefault(segment.clause, []).append(index)
    segments = a.clauses.segments
    for indices in main_by_clause.values():
        tokens = frozenset().union(*(range(segments[s].start, segments[s].end) for s in indices))
        for s in indices:
            of_segment[s] = len(units)
        units.append(Unit(MAIN, tuple(indices), tokens, -1))
    lowers = a.tokens.lowers
    for index, segment in enumerate(a.clauses.segments):
        if segment.role == MAIN:
            continue
        if index > 0 and lowers[segment.start] in WITNESSED and lowers[segment.start + 1] == "by":
            # "signed a joint declaration, witnessed by X and Y": part of the clause before it
            owner = of_segment[index - 1]
            unit = units[owner]
            units[owner] = replace(
                unit,
                segments=(*unit.segments, index),
                tokens=unit.tokens | frozenset(range(segment.start, segment.end)),
            )
            of_segment[index] = owner
            continue
        of_segment[index] = len(units)
        units.append(Unit(segment.role, (index,), frozenset(range(segment.start, segment.end)), segment.head))
    return units, of_segment


def main_unit(units: list[Unit]) -> Unit | None:
    """The first main clause of a sentence."""
    return next((u for u in units if u.role == MAIN), None)


def unit_has_trigger(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether a unit reports an event of its own (a live trigger), so its dates belong to it."""
    return any(not t.negated and t.segment in unit.segments for t in a.clauses.triggers)


def unique_people(people: list[PersonMention]) -> list[PersonMention]:
    """People without repeats, a short form ("Tokayev") counting as its full name."""
    if len(people) < 2:
        return people
    out: list[PersonMention] = []
    keys: list[tuple[str, ...]] = []
    for person in people:
        key = name_key(person.name)
        if any(same_person(key, k) for k in keys):
            continue
        keys.append(key)
        out.append(person)
    return out


def unique_orgs(orgs: list[Org]) -> list[Org]:
    """Organizations without repeats, an acronym counting as its full name."""
    out: list[Org] = []
    for org in orgs:
        if any(same_org(org.name, o.name) for o in out):
            continue
        out.append(org)
    return out


def same_org(a: str, b: str) -> bool:
    """Whether two names name one organization ("CNPC" and "China National Petroleum Corporation (CNPC)")."""
    keys_a, keys_b = set(org_aliases(a)), set(org_aliases(b))
    return bool(keys_a & keys_b) or _spells(a, b) or _spells(b, a) or _short_for(a, b) or _short_for(b, a)


def _short_for(short: str, name: str) -> bool:
    """Whether a name is another's without its closing company words: "Massy" for "Massy
    Holdings", "Dangote" for "Dangote Group Ltd"."""
    words = name.split()
    head = short.split()
    if not 0 < len(head) < len(words) or [w.lower() for w in words[: len(head)]] != [w.lower() for w in head]:
        return False
    return all(w.lower().rstrip(".") in _COMPANY_TAIL for w in words[len(head) :])


#: Closing words of a company's name that a story may leave off.
_COMPANY_TAIL: Final = frozenset(
    ["holdings", "holding", "group", "ltd", "limited", "plc", "inc", "corp", "corporation"]
)


def _acronym_shaped(acronym: str) -> bool:
    """Whether a name is written as an acronym (two to six capital letters, "KPA"), or as one
    whose parts keep a few small letters of their words ("BelCCI", "BelAZ"): only such a name
    spells another by `_spells`."""
    if not (2 <= len(acronym) <= _MAX_ACRONYM and acronym.isalpha()):
        return False
    return (acronym.isupper() and len(acronym) <= 6) or _CAMEL_ACRONYM.fullmatch(acronym) is not None


#: An acronym whose parts keep up to three small letters of their words ("BelCCI", "BelAZ"),
#: with two capitals at least: not a brand written in camel case ("PetroChina", "McDonald").
_CAMEL_ACRONYM: Final = re.compile(r"(?=(?:[A-Z][a-z]*){2})(?:[A-Z][a-z]{0,3})+")
_MAX_ACRONYM: Final = 8


def _spells(acronym: str, name: str) -> bool:
    """Whether an acronym written alone is the initials of a name's capitalized words: "DDL"
    and "Demerara Distillers Ltd", "KPA" and "Kenya Ports Authority"; or of all its words,
    since many bodies keep their small words in their initials ("PBOC" and "the People's Bank
    of China", "BOT" and "Bank of Thailand"); or of its capitalized words as the body's own
    language spells them (`_spells_in_parts`: "BelCCI", "RSPP")."""
    if not _acronym_shaped(acronym):
        return False
    spelled = initials(name)
    if len(spelled) >= 2 and spelled == acronym:
        return True
    words = _ACRONYM_IN_PARENTHESES.sub("", name).split()
    if len(spelled) >= 2 and len(words) == len(acronym) and "".join(w[0] for w in words).upper() == acronym:
        return True
    capitalized = [w for w in words if w[:1].isupper()]
    return len(capitalized) >= 2 and _spells_in_parts(acronym, capitalized)


def _spells_in_parts(acronym: str, words: list[str]) -> bool:
    """Whether an acronym is made of one part for each of `words`, in order: its initial, the
    first letters of it that a part keeps before the next capital ("Bel" of "Belarusian" in
    "BelCCI" for the Belarusian Chamber of Commerce and Industry), or the initials the word has
    in Russian, which CIS bodies' acronyms are transliterated from ("RSPP" for the Russian Union
    of Industrialists and Entrepreneurs: Soyuz, Promyshlennikov, Predprinimateley; "RZD" for
    Russian Railways, "MAZ" for the Minsk Automobile Plant)."""
    target = acronym.lower()

    def parts(word: str, at: int) -> list[str]:
        lower = word.lower().removesuffix("'s").removesuffix("’s")
        found = [lower[:1], *_RUSSIAN_INITIALS.get(lower, ())]
        end = at + 1
        while end < len(acronym) and acronym[end].islower():
            end += 1  # the small letters a part keeps ("Bel")
        if end > at + 1 and lower.startswith(target[at:end]):
            found.append(target[at:end])
        return found

    def matches(at: int, k: int) -> bool:
        if k == len(words):
            return at == len(target)
        return any(
            part and target.startswith(part, at) and matches(at + len(part), k + 1)
            for part in parts(words[k], at)
        )

    return matches(0, 0)


#: The initials English words of CIS bodies' names have in Russian, from which their acronyms
#: are transliterated: "soyuz" (union), "promyshlennikov" (industrialists), "predprinimateley"
#: (entrepreneurs), "zheleznye dorogi" (railways), "zavod" (plant, works, factory).
_RUSSIAN_INITIALS: Final = {
    "union": ("s",),
    "industrialists": ("p",),
    "entrepreneurs": ("p",),
    "railways": ("zd",),
    "railway": ("zd",),
    "plant": ("z",),
    "works": ("z",),
    "factory": ("z",),
}


def _spelled_by(acronym: str, name: str) -> bool:
    """Whether an acronym written alone is a name the story told before, which gave no acronym
    of its own: a body told with one ("... of the United Nations (FAO)") is known by that one,
    and another ("UN Resident Coordinator") names another body."""
    return _ACRONYM_IN_PARENTHESES.search(name) is None and _spells(acronym, name)


#: An acronym in parentheses closing a name ("... Authority (KPA)"), no word of the name.
_ACRONYM_IN_PARENTHESES: Final = re.compile(r"\s*\([^()]*\)\s*$")


def sides(c: Draft) -> set[str]:
    """Every country a draft names as a side, through country words, people or organizations."""
    sides = set(c.countries)
    sides.update(p.country_iso3 for p in c.people if p.country_iso3)
    sides.update(o.country for o in c.orgs if o.country)
    return sides


def also_of_other_sides(a: AnalysedSentence, last: Draft) -> bool:
    """Whether a sentence whose early "also" would tie its event to the one told last opens on
    a country that event had no side of: "Mozambique and Portugal also signed an agreement ..."
    after a forum in Brussels (or talks with Spain) adds another deal of the story, at no day
    or place the story gives, where "Mr X also met Lao Prime Minister Y" goes on with X's trip."""
    lowers = a.tokens.lowers
    try:
        also = lowers.index("also", 0, ALSO_REACH)
    except ValueError:
        return False
    subject = {m.iso3 for i, m in a.countries if i < also}
    return bool(subject) and not subject <= sides(last)


#: Tokens from the start of a sentence within which "also" ties its event to the last one.
ALSO_REACH: Final = 5
