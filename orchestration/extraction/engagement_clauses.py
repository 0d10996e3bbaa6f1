"""Clauses of one sentence and the engagement triggers in them.

A news sentence about a diplomatic contact packs several events and their circumstances
into one line, and which words belong to which event is decided by a few clause shapes
that every house style uses:

    Ruto, who flew into Accra on Monday for a state visit, met Mahama hours later
    ^main ^relative (its antecedent: Ruto)                 ^main again
    Lula toured Angola on Sunday, holding talks with Lourenco in Luanda
    ^main                         ^participle (subject: Lula)
    After the talks, both leaders initialled a declaration on energy
    ^anchor (a reference point)                          ^topic region

`analyse_clauses` cuts a tokenized sentence (titles.Sentence) into such segments, marks the
tokens that can never hold a participant (quotations, attributions such as ", Trend
reports" or "according to the ministry", and topic regions after "discussed", "focusing on"
or "a memorandum on"), and finds the triggers (engagement_types) with what the grammar says
about each: its family, whether it is a definite reference to an event told before ("the
talks", "The document was signed"), and whether it is unrealised ("will visit", "agreed to
meet", "the next meeting", "invited ... to pay a visit", "is expected to be signed").

Everything is token-index arithmetic over lists computed once per sentence, so the module
adds little to the cost of tokenizing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final

from orchestration.extraction import engagement_types as et
from orchestration.extraction.countries import find_blocs, find_countries, iso3_for
from orchestration.extraction.datelines import WIRE_SERVICES
from orchestration.extraction.dates import (
    CALENDAR_NAMES,
    FULL_MONTHS,
    MONTHS,
    SHORT_WEEKDAYS,
    WEEKDAYS,
    YEAR_WORD,
    count_of,
)
from orchestration.extraction.leaders import known_nationality
from orchestration.extraction.money import find_money
from orchestration.extraction.organizations import SEAT_WORDS, quoted_name_end
from orchestration.extraction.people import (
    acronym_in_brackets,
    interleaved_title,
    is_lone_surname,
    particled_surname,
    said_is_name,
)
from orchestration.extraction.text import holds_any
from orchestration.extraction.titles import (
    APOSTROPHES,
    COUNTERPART_WORDS,
    HEAD_WORDS,
    MESSENGER_WORDS,
    ORG_SUFFIXES,
    POSSESSIVE_MARKS,
    PRINCIPAL_HEADS,
    SECOND_IN_RANK,
    TITLE_SMALL_WORDS,
    TITLE_WORDS,
    WORDS,
    Sentence,
    demonym_principal_end,
    envoy_brief_opens,
    on_field_before_title,
    sent_by_principal,
    style_at,
)
from orchestration.extraction.topics import thousands_separator

MAIN: Final = "main"
RELATIVE: Final = "relative"
PARTICIPLE: Final = "participle"
ANCHOR: Final = "anchor"

_QUOTES_OPEN: Final = {"“", "«", "„"}
_QUOTES_CLOSE: Final = {"”", "»"}
_STRAIGHT_QUOTES: Final = {'"'}
_HARD_BREAKS: Final = {";", "—"}
#: Any quotation mark: a sentence without one quotes nobody.
QUOTE_CHARS: Final = re.compile('["“”«»„]')
#: `QUOTE_CHARS` for `holds_any`: a substring test of each mark (a memchr in C, or no scan at
#: all for a mark wider than the sentence's characters) costs a quarter of the pattern's scan,
#: which tests its class at every character.
_QUOTE_MARKS: Final = ('"', "“", "”", "«", "»", "„")
#: -ing words after a comma that do not open a participle clause.
_NOT_PARTICIPLES: Final = et.word_set(
    """including according during following regarding concerning excluding notwithstanding
    bring bringing morning evening thing something nothing king ring spring"""
)
#: Words that continue the segment before the comma ("..., including the supply of ...").
_CONTINUATIONS: Final = et.word_set("including as such notably especially particularly namely")
_MAX_ATTRIBUTION_WORDS: Final = 9
_ATTRIBUTION_WORDS: Final = et.SPEECH_VERBS | {"citing", "quoting", "according", "learnt", "learned"}
_CALENDAR: Final = CALENDAR_NAMES | {"today", "yesterday"}


def _calendar_at(s: Sentence, k: int) -> bool:
    """Whether token k names a day: a month or weekday, "today", or an abbreviated weekday as
    written ("on Tues.", "last Thurs"; Title case only, "sun" and "sat" are words)."""
    return s.lowers[k] in _CALENDAR or s.words[k] in SHORT_WEEKDAYS


_TOPIC_AFTER_AGREEMENT: Final = et.word_set("on for regarding concerning to about")
_VERB_PAST: Final = et.word_set(
    """met signed visited held received hosted paid had arrived attended co-chaired chaired
    called phoned inked addressed"""
)


#: Past verbs that, after "and" or a comma, start a predicate of their own and so end a topic:
#: "signed a memorandum on water management | and agreed to hold ...".
_COORDINATED_VERBS: Final = _VERB_PAST | et.word_set(
    """agreed decided pledged vowed reaffirmed expressed stressed emphasized emphasised underlined
    noted highlighted welcomed launched announced committed urged instructed"""
)


@dataclass(slots=True, unsafe_hash=True)
class Segment:
    """A clause-like span of tokens [start, end) with its role in the sentence.

    `head` is the token before the comma of a relative clause (its antecedent ends there),
    -1 otherwise; `clause` numbers the main clauses (";" and "—" start a new one).
    """

    start: int
    end: int
    role: str
    head: int = -1
    clause: int = 0

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(self, start: int, end: int, role: str, head: int = -1, clause: int = 0) -> None:
        self.start = start
        self.end = end
        self.role = role
        self.head = head
        self.clause = clause


@dataclass(slots=True, unsafe_hash=True)
class Trigger:
    """A word that reports an engagement, with what its clause says about it.

    `definite`: a noun after the/its/their/this ("the talks") or a document signed as
    subject ("The document was signed"): it may refer to an event already told.
    `negated`: future, planned, hypothetical, negated or called off.
    `body`: for forums, the head word of the body that met ("commission"), else None.
    `key`: the event's own name words ("business forum"), used to tell two forums apart.
    """

    token: int
    family: str
    lemma: str
    noun: bool
    definite: bool
    negated: bool
    segment: int
    negotiation: bool = False
    body: str | None = None
    key: str | None = None
    hosted: bool = False

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(
        self,
        token: int,
        family: str,
        lemma: str,
        noun: bool,
        definite: bool,
        negated: bool,
        segment: int,
        negotiation: bool = False,
        body: str | None = None,
        key: str | None = None,
        hosted: bool = False,
    ) -> None:
        self.token = token
        self.family = family
        self.lemma = lemma
        self.noun = noun
        self.definite = definite
        self.negated = negated
        self.segment = segment
        self.negotiation = negotiation
        self.body = body
        self.key = key
        self.hosted = hosted


@dataclass(slots=True, unsafe_hash=True)
class Clauses:
    """The analysis of one sentence: segments, token roles and triggers."""

    segments: tuple[Segment, ...]
    segment_of: tuple[int, ...]  # token index -> segment index
    excluded: frozenset[int]  # quotations and attributions
    topic: frozenset[int]  # subject matter, not participants
    triggers: tuple[Trigger, ...]
    # the backdrop of the event ("amid a dip in maize exports"): subject matter that names no
    # side, yet no topic phrase of the event
    backdrop: frozenset[int] = frozenset()
    # the tokens before ", but" that deny an event told after it (`denied_before_but` of the
    # triggers), also in `excluded`
    denied: frozenset[int] = frozenset()
    # the tokens of a plan told after an event done in the same clause ("met Y on Monday and
    # invited him to visit Beijing next year": `_plans_ahead`), also in `excluded`
    ahead: frozenset[int] = frozenset()

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(
        self,
        segments: tuple[Segment, ...],
        segment_of: tuple[int, ...],
        excluded: frozenset[int],
        topic: frozenset[int],
        triggers: tuple[Trigger, ...],
        backdrop: frozenset[int] = frozenset(),
        denied: frozenset[int] = frozenset(),
        ahead: frozenset[int] = frozenset(),
    ) -> None:
        self.segments = segments
        self.segment_of = segment_of
        self.excluded = excluded
        self.topic = topic
        self.triggers = triggers
        self.backdrop = backdrop
        self.denied = denied
        self.ahead = ahead


# ---------------------------------------------------------------------------------------
# excluded tokens: quotations and attributions


def _quoted(s: Sentence, spoken: bool = False) -> set[int]:
    """Tokens inside quotation marks: what a speaker said names no participant. With
    `spoken`, the sentence's speaker is named outside it (its "I" is known)."""
    inside: set[int] = set()
    if not holds_any(s.text, _QUOTE_MARKS):
        return inside
    opened = -1
    straight_open = -1
    i = -1
    while i + 1 < s.n:
        i += 1
        word = s.words[i]
        if straight_open < 0 and opened < 0 and (close := quoted_name_end(s, i)):
            i = close  # OJSC "Minsk Tractor Works": a company's name, which no one said
        elif word in _QUOTES_OPEN:
            opened = i
        elif word in _QUOTES_CLOSE and opened >= 0:
            if not _first_person_account(s, opened, i, spoken):
                inside.update(range(opened, i + 1))
            opened = -1
        elif word in _STRAIGHT_QUOTES:
            if straight_open < 0:
                straight_open = i
            else:
                if not _first_person_account(s, straight_open, i, spoken):
                    inside.update(range(straight_open, i + 1))
                straight_open = -1
    return inside


def _opening_quotation(quoted: set[int]) -> range:
    """The quotation that opens a sentence ('"The ministers exchanged views on X and Y," the
    ministry said'): a statement of its own, whose topics are told as outside quotes (a quotation
    hides who took part, not what was discussed); not words quoted inside a sentence ('agreed
    to "intensify engagement" on X', 'what officials describe as a "reset"')."""
    end = 0
    while end in quoted:
        end += 1
    return range(end)


def _first_person_account(s: Sentence, opened: int, closed: int, spoken: bool = False) -> bool:
    """Whether a quotation is its speaker's own account, told in the first person after "X
    said:" ("Minister X said: 'When I was in Nairobi, I met Y'"), or opening a sentence whose
    speaker was named just before (`spoken`: '"...," X said. "Yesterday I met Y."'): what "I"
    did is the speaker's, and the people it names took part."""
    after_said = (
        opened >= 2
        and s.lowers[opened - 1] in (":", ",")
        and speech_verb_ends(s, _before_date_words(s, opened - 2, 0) + 1)
    )
    if not after_said and not (spoken and opened == 0):
        return False
    return any(s.words[k] == "I" for k in range(opened + 1, closed))


def speech_verb_ends(s: Sentence, end: int) -> bool:
    """Whether the words right before token `end` are a speech verb, with whom it told at most
    (`_after_audience`: "X said:", "X told reporters:", "X told the media:", "X told Reuters:"):
    a quotation after them is X's words."""
    return any(
        s.lowers[k] in et.SPEECH_VERBS and (k == end - 1 or _after_audience(s, k + 1) == end)
        for k in range(end - 1, max(-1, end - _MAX_AUDIENCE_TOKENS - 2), -1)
    )


def _attributions(s: Sentence) -> set[int]:
    """Tokens of ", Trend reports", ", the ministry said", "according to X", "citing X"."""
    out: set[int] = set()
    lowers = s.lowers
    n = s.n
    if _ATTRIBUTION_WORDS.isdisjoint(lowers):
        return out
    for i in [i for i, lower in enumerate(lowers[:n]) if lower in _ATTRIBUTION_WORDS]:
        lower = lowers[i]
        if lower in ("citing", "quoting"):
            out.update(range(i - 1 if lowers[i - 1] == "," else i, n))
        elif lower == "according" and lowers[i + 1] == "to":
            j = i
            while j < n and lowers[j] not in (",", ";"):
                j += 1
            out.update(range(i - 1 if lowers[i - 1] == "," else i, _press_officer_end(s, i, j)))
        elif lower in _REPORTING and lowers[i + 1] == "that" and i <= _MAX_REPORTER_WORDS:
            # "The News Agency of Nigeria (NAN) reports that A and B signed ...": the reporter
            # tells the event, and took no part in it
            out.update(range(0, i + 2))
        elif lower in et.SPEECH_VERBS:
            if s.words[i] == "Said" and said_is_name(s, i):
                continue  # "Omar Said Shaaban", "Minister Davlatali Said in Moscow": a name, not the verb
            comma = i - 1
            while comma >= 0 and lowers[comma] != "," and i - comma <= _MAX_ATTRIBUTION_WORDS:
                comma -= 1
            while comma > 0 and _comma_of_a_body_name(s, comma, i):
                comma -= 1  # "the Ministry of Trade, | Industry and Energy said": the name's own comma
                while comma >= 0 and lowers[comma] != "," and i - comma <= 2 * _MAX_ATTRIBUTION_WORDS:
                    comma -= 1
            if comma < 0 or lowers[comma] != ",":
                continue
            comma = _apposed_speaker_start(s, comma, i)
            rest = lowers[_after_audience(s, i + 1) : n]  # ", Peskov told reporters."
            at_end = (
                all(word in (".", "!", "?") for word in rest)
                or _short_adverbial(rest)
                or _signed_statement(rest)
            )
            citing = rest[:2] in ([",", "citing"], [",", "quoting"], [",", "according"])
            if at_end or citing:
                out.update(range(comma, n))
    return out


def _apposed_speaker_start(s: Sentence, comma: int, verb: int) -> int:
    """The comma that opens the speaker when the comma at token `comma`, right before the speech
    verb at token `verb`, closes a name and title in apposition (", Dr Salim Al Nuaimi, Deputy
    Minister of Economy, announced on Tuesday"; a title with commas of its own, "Cabinet
    Secretary for Investments, Trade and Industry"): the speaker is the apposition, up to
    `_APPOSED_SEGMENTS` runs of capitalised words between commas, and reports the event (he had
    been kept as a side of it, as "Minister X announced" is not). Else `comma` itself."""
    lowers, caps = s.lowers, s.caps
    if comma != verb - 1:
        return comma
    start = comma
    for _ in range(_APPOSED_SEGMENTS):
        k = start - 1
        while k > 0 and start - k <= _MAX_ATTRIBUTION_WORDS and (caps[k] or lowers[k] in _APPOSITION_JOINERS):
            k -= 1
        if lowers[k] != "," or k == start - 1 or not caps[k + 1]:
            break
        start = k
    return start


#: Runs of capitalised words between commas that an apposed speaker may take: name, title and
#: one comma inside the title.
_APPOSED_SEGMENTS: Final = 3
#: Lower-case words inside a name or title in apposition: "Minister of State for Foreign Trade",
#: "Kenya's Trade Minister", "Thani bin Ahmed Al Zeyoudi".
_APPOSITION_JOINERS: Final = et.word_set("of for and the & 's ’s - on") | WORDS["particle"]


def _comma_of_a_body_name(s: Sentence, comma: int, verb: int) -> bool:
    """Whether the comma at token `comma` lists the fields of a body's name that runs on to the
    speech verb at token `verb` ("the Ministry of Trade, Industry and Energy (MOTIE) said", "the
    Ministry of Agriculture, Food and Rural Affairs said"): capitalised words on both sides, an
    "of" in the name before it and a capitalised "and" item after it. Its source is the whole
    name, which had been cut at that comma and left "Ministry of Trade" as a topic."""
    lowers, caps = s.lowers, s.caps
    if not (caps[comma - 1] and caps[comma + 1]):
        return False
    k = comma - 1
    while k > 0 and (caps[k] or lowers[k] in ("of", "and", "&")):
        if lowers[k] == "of":
            break
        k -= 1
    if lowers[k] != "of" or not caps[k - 1]:
        return False
    j = comma + 1
    while j < verb and (caps[j] or lowers[j] in (",", "&")):
        j += 1
    return j < verb and lowers[j] == "and" and caps[j + 1]


def _press_officer_end(s: Sentence, according: int, comma: int) -> int:
    """Where the source's phrase that "according to" opens at token `according` ends, when it
    names a press office and the office's holder follows in apposition after the comma at token
    `comma`, alone up to the next comma or the end ("according to a statement by the ministry's
    spokeswoman, X, the minister met Y"): past the name, for the spokeswoman reports the event
    and took no part in it. Else `comma` itself: after "according to the spokesman, Foreign
    Minister X met Y" a clause follows, and X is a party."""
    lowers = s.lowers
    if comma >= s.n or lowers[comma] != "," or PRESS_OFFICE_WORDS.isdisjoint(lowers[according:comma]):
        return comma
    end = comma + 1
    while end < s.n and (s.caps[end] or lowers[end] == "-"):
        end += 1
    if end == comma + 1 or (end < s.n and lowers[end] not in (",", ";", ".", "!", "?")):
        return comma
    return end


#: Words of an office whose holder tells the press what others did ("the Special Adviser to the
#: President on Information and Strategy", "the presidency's director of communications").
PRESS_OFFICE_WORDS: Final = et.word_set(
    "spokesman spokeswoman spokesperson press information media communications communication"
)

#: Verbs by which a news outlet opens a story on what it learnt: "Xinhua reported that ...".
_REPORTING: Final = et.word_set("reports reported learnt learned")
_MAX_REPORTER_WORDS: Final = 12

#: Nouns whose sender ("a message from X") did not take part in the event that carried it.
#: What a leader gives for others to carry out: "held talks ... in implementation of the
#: directives of King X and President Y" (the leaders who directed it were not there).
_ORDER_NOUNS: Final = et.word_set("directives directive instructions directions guidance")
_SENDER_WORDS: Final = (
    et.SENT_THINGS | MESSENGER_WORDS | _ORDER_NOUNS | {"behalf", "representing", "represented"}
)


def _venue_owners(s: Sentence) -> set[int]:
    """Tokens of whom a place is said, in apposition, to belong to (", the official residence
    of Prime Minister X", ", the home of the late President Y"): a description of the venue,
    which names no one who took part."""
    lowers = s.lowers
    if _OWNED_VENUES.isdisjoint(lowers[: s.n]):
        return set()
    owners: set[int] = set()
    for i in range(3, s.n - 2):
        if lowers[i] not in _OWNED_VENUES or lowers[i + 1] != "of":
            continue
        k = i - 1
        while k > i - 3 and not s.caps[k] and lowers[k] not in ("the", ","):
            k -= 1  # "official", "private", "presidential"
        if lowers[k] != "the" or lowers[k - 1] != ",":
            continue
        end = i + 2
        while end < s.n and (s.caps[end] or lowers[end] in _OWNER_WORDS):
            end += 1
        owners.update(range(i + 2, end))
    return owners


def _venue_names(s: Sentence) -> set[int]:
    """Tokens of a venue's name in apposition to a venue told in common nouns ("at the
    Ministry's headquarters, Tafawa Balewa House", "at his office, Jomo Kenyatta Conference
    Centre, on Monday"): the building, often named after a person, which takes no part. Only a
    name that ends on a building's word ("House", "Centre", "Park"), not one with an office's
    head in it, nor one a verb follows: a guest or a clause's subject ("received at the
    ministry's headquarters, Ahmed Ali, the Egyptian envoy", "at his office, Minister X said")."""
    lowers = s.lowers
    if "," not in lowers[: s.n] or _VENUE_NOUNS.isdisjoint(lowers[: s.n]):
        return set()  # most sentences, without a loop over tokens
    names: set[int] = set()
    for i in range(2, s.n - 2):
        if lowers[i] not in _VENUE_NOUNS or lowers[i + 1] != "," or not _venue_phrase_before(s, i):
            continue
        start = i + 2 + (lowers[i + 2] == "the")
        end = start
        while end < s.n and (s.caps[end] or _particle_before_name(s, end)):
            end += 1  # ("Zayed bin Sultan Hall")
        if (
            end - start >= 2
            and lowers[end - 1] in _BUILDING_HEADS
            and lowers[end] in _AFTER_VENUE_NAME
            and HEAD_WORDS.isdisjoint(lowers[start:end])  # ("..., Kenya Power Chairman X said")
        ):
            names.update(range(start, end))
    return names


def _venue_phrase_before(s: Sentence, i: int) -> bool:
    """Whether the venue noun at token i closes a phrase that "at" or "in" opens within a few
    words, of lower-case words, possessives and an owner's capitalized name ("at the Ministry's
    headquarters", "at his office")."""
    for k in range(i - 1, max(-1, i - _VENUE_REACH), -1):
        lower = s.lowers[k]
        if lower in ("at", "in"):
            return True
        if lower in (",", ".", ";", ":") or lower in et.VERB_TRIGGERS:
            return False
    return False


#: Last words of a building's or grounds' name ("Tafawa Balewa House", "Kwame Nkrumah Memorial
#: Park"): the name before them may be a person's, the whole a place's.
_BUILDING_HEADS: Final = et.word_set(
    "house centre center park hall palace building tower towers complex square plaza lodge "
    "auditorium arena stadium mansion villa gardens memorial"
)
#: Words a venue's name in apposition ends before: the sentence's or apposition's end, or the
#: day or city told after it.
_AFTER_VENUE_NAME: Final = et.word_set(". , ; on in yesterday today where")


def _the_dead(s: Sentence) -> set[int]:
    """Tokens of someone named as dead: after "late" ("the late President X", "late Vietnamese
    leader X"), or as whom a memorial honours ("the mausoleum of X", "a monument to X", "a
    museum dedicated to X"). They are honoured at the event, and take no part in it. "Late"
    before a day or month dates the event ("late on Tuesday", "late Tuesday", "late May")."""
    lowers = s.lowers
    if "late" not in lowers[: s.n] and _MEMORIALS.isdisjoint(lowers[: s.n]):
        return set()  # most sentences, without a loop over tokens
    dead: set[int] = set()
    for i in range(s.n - 1):
        if lowers[i] in _MEMORIALS:
            k = i + 1 + (lowers[i + 1] == "dedicated")
            if lowers[k] not in ("to", "of"):
                continue
            k += 1 + (lowers[k + 1] == "the")
            k += lowers[k] == "late"
        elif lowers[i] == "late":
            k = i + 1
        else:
            continue
        if lowers[k] in _CALENDAR or not (s.caps[k] or lowers[k] in TITLE_WORDS):
            continue
        end = k
        while end < s.n and (s.caps[end] or lowers[end] in TITLE_WORDS or _particle_before_name(s, end)):
            end += 1
        dead.update(range(k, end))
    return dead


def _particle_before_name(s: Sentence, k: int) -> bool:
    """Whether token k is a lower-case particle inside a name ("Ho Chi Minh", "Kim Il Sung" have
    none; "Juscelino Kubitschek de Oliveira", "Ahmad bin Ali" do)."""
    return s.caps[k - 1] and s.caps[k + 1] and s.lowers[k].isalpha() and len(s.lowers[k]) <= 3


#: Places that honour the dead: the name after "of", "to" or "dedicated to" is whom.
_MEMORIALS: Final = et.word_set(
    "memorial memorials mausoleum monument monuments statue tomb grave shrine cenotaph"
)


#: Places described as someone's ("the official residence of", "the home of", "the seat of").
_OWNED_VENUES: Final = et.word_set(
    "residence home house palace office farm estate villa seat headquarters mansion"
)
#: Lower-case words inside the owner's phrase ("of the late President", "of the then Premier").
_OWNER_WORDS: Final = frozenset(["the", "late", "then", "former", "-", "'s", "’s"])


def _backers(s: Sentence) -> set[int]:
    """Tokens of who paid for or built a thing the sentence describes ("the road, a Sh22
    billion project financed by the African Development Bank", "a dam built by China's
    PowerChina"): the participle and its agent up to the next comma or the end. A lender or
    contractor so named describes the project, it is no side of the event (nor its topic)."""
    lowers = s.lowers
    if " by " not in s.text or _BACKER_PARTICIPLES.isdisjoint(lowers[: s.n]):
        return set()  # most sentences, without a loop over tokens
    out: set[int] = set()
    for i in range(1, s.n - 1):
        if lowers[i] not in _BACKER_PARTICIPLES:
            continue
        by = i + 1 + (lowers[i + 1] in _BACKER_ADVERBS)  # "financed jointly by"
        if lowers[by] != "by" or lowers[i - 1] in et.PASSIVE_AUXILIARIES:
            continue  # "the road was built by X": the clause's own verb, told as news
        end = by + 1
        while end < s.n and lowers[end] not in _BACKER_ENDS and not _clause_and(s, end):
            end += 1
        out.update(range(i, end))
    return out


#: Participles of paying for or building a thing, whose agent only describes it.
_BACKER_PARTICIPLES: Final = et.word_set(
    "financed co-financed funded co-funded bankrolled built constructed implemented executed"
)
_BACKER_ADVERBS: Final = et.word_set("jointly partly largely fully mainly entirely")
_BACKER_ENDS: Final = frozenset(
    [",", ".", ";", ":", "to", "with", "at", "in", "on", "during", "where", "which"]
)


def _clause_and(s: Sentence, i: int) -> bool:
    """Whether token i is an "and" that opens something other than another name ("financed
    by X and signed ..."; not "by the AfDB and the World Bank")."""
    return s.lowers[i] == "and" and not s.caps[i + 1] and s.lowers[i + 1] != "the"


def _staff_owners(s: Sentence) -> set[int]:
    """Tokens of a person named only as the possessor of someone acting for them ("was
    accompanied by Deputy President X's economic adviser", "met President Y's special envoy"):
    the adviser or envoy took part, the possessor did not. A country's or a body's possessive
    ("Kenya's envoy", "the Bank's representative") is a side's, and stays."""
    lowers = s.lowers
    if _STAFF_NOUNS.isdisjoint(lowers[: s.n]) or POSSESSIVE_MARKS.isdisjoint(lowers[: s.n]):
        return set()  # most sentences, without a loop over tokens
    owners: set[int] = set()
    for i in range(2, s.n - 1):
        if (
            lowers[i] not in POSSESSIVE_MARKS
            or not s.caps[i - 1]
            or not _person_follows(s, i + 1, _STAFF_NOUNS)
        ):
            continue
        if s.in_country(i - 1) or lowers[i - 1] in ORG_SUFFIXES:
            continue  # "Kenya's envoy", "the Bank's representative": a side's
        first = i - 1
        while first > 0 and s.caps[first - 1] and not s.in_country(first - 1):
            first -= 1  # back to the title, not the country before it ("Tanzanian President X's")
        owners.update(range(first, i + 1))
    return owners


def _person_follows(s: Sentence, i: int, nouns: frozenset[str]) -> bool:
    """Whether one of `nouns` follows a possessive at token i, after at most two lower-case
    modifiers ("X's economic adviser", "X's special presidential envoy"), before a capital,
    a punctuation mark or a word that ends the possessed phrase ("X's visit to the envoy"):
    the walk both rules on a possessed person take (_staff_owners, _person_thing)."""
    for k in range(i, min(s.n, i + _STAFF_MODIFIERS + 1)):
        if s.lowers[k] in nouns:
            return True
        if s.caps[k] or not s.lowers[k].isalpha() or s.lowers[k] in _THING_PHRASE_ENDS:
            return False
    return False


#: People named as someone's, who act or speak for them or are their kin ("X's adviser",
#: "X's envoy", "X's wife"): one who comes as X's is not X. Both rules on a possessed person
#: read this one set: "X's adviser met Y" tells X was not there (_staff_owners), and "welcomed
#: President X's wife" receives a person, no thing of X's (_person_thing).
_STAFF_NOUNS: Final = et.word_set(
    "adviser advisers advisor advisors aide aides envoy envoys emissary emissaries spokesperson "
    "spokesman spokeswoman representative representatives assistant deputy deputies staff "
    "wife husband spouse widow son daughter family predecessor predecessors successor"
)
_STAFF_MODIFIERS: Final = 2


def _principal_follows(s: Sentence, i: int) -> bool:
    """Whether a titled person or a country's leader follows at token i ("representing
    President X", "represented the Head of State"), not a body or a sector."""
    j = i + (s.lowers[i] in ("the", "his", "her"))
    return s.caps[j] and s.lowers[j] in TITLE_WORDS


def _stood_in_for(s: Sentence, i: int) -> range:
    """Tokens of the principal, capitalized words, before "represented" at token i and the comma
    or bracket that sets it off ("President X, represented by Y", "X (represented by Y)", "X,
    who was represented at the summit by Y"), or an empty range: X stayed away. Only a person
    stays away so, his name closing the words: a country or a body represented by an official
    ("Kenya, represented by its Trade Minister", "the Ministry of X of Ghana, represented by
    ...") is a side through him."""
    j = i - 1
    while s.lowers[j] in ("who", "was", "is", "had", "been") and j > 0:
        j -= 1
    if s.lowers[j] not in (",", "(") or "by" not in s.lowers[i + 1 : i + 8]:
        return range(0)
    k = j
    while k > 0 and s.caps[k - 1]:
        k -= 1
    return range(k, j) if k < j and is_lone_surname(s, j - 1) else range(0)


def _senders(s: Sentence) -> set[int]:
    """Tokens of "(a message) from X" and "on behalf of X", up to the next comma or the end:
    the Minister "bearer of a message from His Majesty King Mohammed VI" met the President;
    the King was not there."""
    out: set[int] = set()
    lowers = s.lowers
    if _SENDER_WORDS.isdisjoint(lowers):
        return out  # no message, letter or "behalf": most sentences, without a loop over tokens
    n = s.n
    for i in range(n):
        if lowers[i] in et.SENT_THINGS and (
            lowers[i + 1] == "from" or (lowers[i] == "greetings" and lowers[i + 1] == "of")
        ):
            start = i + 1  # "a message from X", "conveyed the greetings of X" (not "a letter of intent")
        elif lowers[i] == "on" and lowers[i + 1] == "behalf" and lowers[i + 2] == "of":
            country = s.country_at(i + 3 + (lowers[i + 3] == "the"))
            if country is not None and lowers[country[0]] in ("by", "and", ","):
                # "signed on behalf of Oman by Finance Minister X": a country the signer acts
                # for, no sender away; the signer after it was there
                continue
            start = i
        elif lowers[i] in _ORDER_NOUNS and lowers[i + 1] == "of":
            start = i + 1  # "in implementation of the directives of King X": X gave them, away
        elif lowers[i] in ("representing", "represented") and _principal_follows(s, i + 1):
            start = i  # "Representing President X, the Vice-President met Y": X was not there
        elif lowers[i] == "represented" and (principal := _stood_in_for(s, i)):
            out.update(principal)  # "President X, represented by Y": X was not there
            continue
        elif lowers[i] in MESSENGER_WORDS and (
            sent_by_principal(s, i + 1, i) is not None or _countrys_leader_after(s, i + 1)
        ):
            start = i + 1  # "the special envoy of Belarusian President X": X sent him
        else:
            continue
        end = start
        while end < n and (lowers[end] not in _SENDER_ENDS or _office_to(s, end)):
            end += 1
        end = _principal_name_after(s, end)
        if lowers[i] in MESSENGER_WORDS:
            end = min(end, _unnamed_principal_end(s, start, end))
        if lowers[end] == "to" and lowers[i] in et.SENT_THINGS and _inside_told_talks(s, i):
            # "At the start of the talks, X conveyed greetings from President A to President B":
            # handed over through the one the talks were with, B was not there either
            end = next((k for k in range(end, n) if lowers[k] in (",", ";", ".")), n)
        out.update(range(start, end))
    return out


#: Words that close the sender's phrase: punctuation, the recipient ("a message from King X to
#: Prime Minister Y") and what tells of its delivery ("..., delivered by", "during a meeting").
_SENDER_ENDS: Final = et.word_set(", ; . to during carried brought") | et.DELIVERY_VERBS


def _unnamed_principal_end(s: Sentence, start: int, end: int) -> int:
    """Where a messenger's principal told by office alone ends: "Special Envoy of the President
    of Mauritania Mohamed Salem Ould Merzouk" names the envoy after the principal's country, as
    Russian readouts write it, unless the name is the known holder's; `end` otherwise."""
    lowers = s.lowers
    named = demonym_principal_end(s, start)
    if named:
        return named  # "Special Envoy of the Russian President Alexander Lavrentiev": the same
    k = start + 1 + (lowers[start + 1] == "the")
    if lowers[start] != "of" or lowers[k] not in PRINCIPAL_HEADS or lowers[k + 1] != "of":
        return end
    country = s.country_at(k + 2 + (lowers[k + 2] == "the"))
    if country is not None and envoy_brief_opens(s, country[0]):
        return country[0]  # "... of the President of Russia for Central Asia X": the envoy's brief
    if country is None or not s.caps[country[0]]:
        return end
    name_end = country[0]
    while (
        name_end < min(end, country[0] + 6)
        and (s.caps[name_end] or "-" in lowers[name_end] or lowers[name_end] in _NAME_PARTICLES)
        and lowers[name_end] not in TITLE_WORDS
    ):
        name_end += 1
    name = " ".join(s.words[country[0] : name_end])
    if name_end - country[0] < 2 or known_nationality(name) == country[1]:
        return end
    return country[0]


def _office_to(s: Sentence, i: int) -> bool:
    """Whether the "to" at token i belongs to an office of the sender ("a message from the
    Ambassador to the UN", "the Special Envoy to the Sahel"), not to the recipient (not "a
    letter from the Emir to Zambian President X": a titled person after it receives it)."""
    lowers = s.lowers
    return lowers[i] == "to" and lowers[i - 1] in TITLE_WORDS and not _title_follows(s, i + 1)


def _countrys_leader_after(s: Sentence, i: int) -> bool:
    """Whether "of/from <Country>'s <role words> <Name>" follows an envoy word at token i ("a
    special envoy of Sudan's army chief Abdel Fattah al-Burhan"): the named one sent him."""
    lowers = s.lowers
    if lowers[i] not in ("of", "from"):
        return False
    country = s.country_at(i + 1 + (lowers[i + 1] == "the"))
    if country is None or lowers[country[0]] not in POSSESSIVE_MARKS:
        return False
    k = country[0] + 1
    while k < s.n and not s.caps[k] and lowers[k] not in (",", ".", ";") and k - country[0] <= 4:
        k += 1
    return s.caps[k]


def _principal_name_after(s: Sentence, comma: int) -> int:
    """Past the principal's name in apposition, when the messenger's own title and name follow
    it: "the Special Envoy of the President of the Congo, Denis Sassou Nguesso, Minister Jean-Claude
    Gakosso" (not "..., Jean-Claude Gakosso, met": the envoy's name)."""
    lowers = s.lowers
    if lowers[comma] != ",":
        return comma
    j = _apposed_name_end(s, comma, 5)
    if (
        j > comma + 1
        and lowers[j] == ","
        and s.caps[j + 1]
        and lowers[j + 1] in TITLE_WORDS
        and TITLE_WORDS.isdisjoint(lowers[comma + 1 : j])
    ):
        return j
    return _sender_named_before_delivery(s, comma)


def _sender_named_before_delivery(s: Sentence, comma: int) -> int:
    """Past the sender's name in apposition when the delivery follows it: "a message from the
    Custodian of the Two Holy Mosques, King Salman bin Abdulaziz Al Saud, delivered by X" (the
    King, styled and named after the comma, sent it and was not there)."""
    j = _apposed_name_end(s, comma, 8)
    if j > comma + 1 and s.lowers[j] == "," and s.lowers[j + 1] in et.DELIVERY_VERBS:
        return j
    return comma


def _apposed_name_end(s: Sentence, comma: int, reach: int) -> int:
    """The token after the capitalized words and name particles ("Salman bin Abdulaziz",
    "Faisal ibn Farhan al Saud") that follow the comma at `comma`, at most `reach` of them."""
    j = comma + 1
    while j - comma <= reach and (s.caps[j] or s.lowers[j] in _NAME_PARTICLES):
        j += 1
    return j


def _future_relatives(s: Sentence) -> set[int]:
    """Tokens of a relative clause about what is still to come, up to the next comma: "the
    first leg of a European tour that will also take him to Serbia and Hungary" (the countries
    of the tour's later legs are no side of the visit told)."""
    out: set[int] = set()
    lowers = s.lowers
    if "that" not in lowers and "which" not in lowers:
        return out
    for j in range(1, s.n):
        if lowers[j] not in ("that", "which") or s.caps[j]:
            continue
        k = j + 1 + (lowers[j + 1] in ("also", "later", "then", "eventually", "soon"))
        if lowers[k] not in ("will", "would") and not _to_come(lowers, k):
            continue
        end = j
        while end < s.n and (lowers[end] not in (",", ";", ".") or _country_list_comma(s, end)):
            end += 1
        out.update(range(j, end))
    return out


def _to_come(lowers: list[str], k: int) -> bool:
    """Whether the words at token k tell what is yet to be ("is to link", "are due to connect",
    "was meant to carry"): the "be to" future of a relative clause, as "will" is."""
    if lowers[k] not in ("is", "are", "was", "were"):
        return False
    k += 1 + (lowers[k + 1] in _DESTINED)
    return lowers[k] == "to" and lowers[k + 1] != "say"  # (not ", that is to say,")


#: Words after "is/are" that put what follows ahead ("is set to", "is due to", "are expected
#: to", "is going to"): the "be to" future's core, which _DESTINED, _FUTURE_AFTER_BE and
#: _AHEAD_BEFORE_TO each widen for their own test.
_BE_AHEAD: Final = et.word_set("set due expected scheduled going")
#: Participles of what a thing is meant for: "is set to", "is due to", "was designed to".
_DESTINED: Final = _BE_AHEAD | et.word_set("meant planned designed intended supposed")


def _country_list_comma(s: Sentence, k: int) -> bool:
    """Whether the comma at token k goes on a list of countries ("to link the Greek, Cypriot and
    Israeli grids", "to Serbia, Hungary and Austria"): a comma inside the clause, no end of it."""
    found = s.countries.get(k + 1)
    return found is not None and s.lowers[found[0]] in (",", "and", "or")


def _after_audience(s: Sentence, i: int) -> int:
    """The token after who a speaker told ("reporters", "the media", "a news conference",
    "TASS") when one starts at token i, else i."""
    lowers = s.lowers
    j = i + (lowers[i] in ("the", "a"))
    if lowers[j] in et.AUDIENCE_WORDS:
        while lowers[j] in et.AUDIENCE_WORDS:
            j += 1
        return j
    if s.caps[j] and lowers[j + 1] in (".", ",", ":", "on", "in", ""):
        return j + 1  # "told TASS", "told Reuters", "told Reuters:"
    return i


#: The most tokens `_after_audience` takes for who was told: "the" and the longest run of
#: `et.AUDIENCE_WORDS` ("a news conference briefing").
_MAX_AUDIENCE_TOKENS: Final = 4


def _short_adverbial(rest: list[str]) -> bool:
    """ ", the companies said on Tuesday.", ", officials said in a statement", ", X told
    reporters at the presidential office": the words after a speech verb that still end the
    sentence's attribution."""
    return (
        len(rest) <= 7
        and "," not in rest
        and rest[:1] in (["on"], ["in"], ["at"], ["after"], ["yesterday"], ["today"], ["late"])
        and not _after_own_talks(rest)
    )  # (", X told reporters at the presidential office.", "... after the call.")


def _after_own_talks(rest: list[str]) -> bool:
    """Whether the words after a speech verb tell the talks of the sentence's own sides ("...,
    Merz said after their talks in Warsaw.", "..., they said after talks in Rabat on Monday"):
    an event the attribution names for the first time, whose sides are the sentence's subjects,
    not a known event it dates ("..., X said after the call.")."""
    return rest[:1] == ["after"] and (
        (rest[1:2] == ["their"] and not _ALL_TRIGGERS.isdisjoint(rest)) or rest[1:2] == ["talks"]
    )


def _signed_statement(rest: list[str]) -> bool:
    """ ", the Presidency said in a statement signed by spokesman X.", "... in a communiqué issued
    by Y on Tuesday": the statement and its signer close the attribution (the signer took no part
    in the event, and "signed" tells no signing). Only when no other event word follows."""
    if rest[:1] not in (["in"], ["through"], ["via"]):
        return False
    noun = next((k for k in range(1, min(len(rest), 5)) if rest[k] in _STATEMENT_NOUNS), -1)
    if noun < 0 or rest[noun + 1 : noun + 2] not in (["signed"], ["issued"], ["released"], ["sent"]):
        return False
    if rest[noun + 2 : noun + 3] != ["by"] and rest[noun + 3 : noun + 4] != ["by"]:
        return False
    by = noun + 2 if rest[noun + 2] == "by" else noun + 3
    if joint_sides_at(rest, by + 1):
        return False  # "a joint statement signed by both ministers": the sides signed it, a signing
    return _ALL_TRIGGERS.isdisjoint(rest[noun + 2 :])


def joint_sides_at(lowers: list[str], k: int) -> bool:
    """Whether the words from `k` name the sides together, not one of them: a count, "both" or
    "each" before a collective noun ("both ministers", "the two delegations", "all five heads of
    state"). "The two" alone or "all staff" name no sides, and "the ambassadors" a host welcomed
    are guests, not the two sides."""
    words = [*lowers[k : k + 3], "", "", ""]
    if words[0] in ("the", "all") and words[1] in _JOINT_COUNTS:
        words = words[1:]
    return words[0] in _JOINT_COUNTS and words[1] in et.COLLECTIVE_NOUNS


#: The words that count the sides before their collective noun ("both", "the two", "all five").
_JOINT_COUNTS: Final = et.word_set("both each two three four five six")


#: What a body's words are published in: "said in a statement signed by".
_STATEMENT_NOUNS: Final = et.word_set(
    "statement statements communiqué communique release letter note readout"
)


# ---------------------------------------------------------------------------------------
# segments


def _anchor_length(s: Sentence, i: int) -> int:
    """Number of tokens of the anchor phrase at token i ("on the sidelines of" -> 4), or 0."""
    lower = s.lowers[i]
    if lower == "following" and s.lowers[i - 1] in ("the", "a") and s.lowers[i + 1] not in _FOLLOWING_TIMES:
        return 0  # "The following heads of state attended the summit:": an adjective, no "after"
    if lower in ("before", "after") and _adverb_of_time(s, i):
        return 0  # "co-chaired a session the day before and signed ...": no event follows
    if lower in et.ANCHOR_WORDS:
        return 1
    for phrase in _ANCHOR_PHRASES_BY_FIRST.get(lower, ()):
        if tuple(s.lowers[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _adverb_of_time(s: Sentence, i: int) -> bool:
    """Whether "before"/"after" at token i closes a time phrase ("the day before", "a week
    after", "the night before") that a conjunction or a comma ends: an adverb dating its own
    clause, which opens no anchor, so the clause after "and" is no event it is dated from."""
    return (
        i > 0
        and s.lowers[i - 1] in _FOLLOWING_TIMES
        and (i + 1 >= s.n or s.lowers[i + 1] in _AFTER_TIME_ADVERB)
    )


#: Words that end a time phrase "the day before" / "a week after" when they follow it.
_AFTER_TIME_ADVERB: Final = et.word_set(", ; . and but while as")


def encloses_main(lowers: list[str], i: int) -> bool:
    """Whether the anchor opening at token i tells an event the main clause happened inside
    ("during", "upon", and the translated "within the framework of", "in the course of", "as
    part of" of French "dans le cadre de"/"au cours de"): the main clause's people, day and
    place are the anchor's too, as they are not for "after" or "ahead of"."""
    if lowers[i] in ("during", "upon"):
        return True
    return any(tuple(lowers[i : i + len(p)]) == p for p in et.ENCLOSING_PHRASES)


def occasion_of_main(s: Sentence, segment: Segment, clauses: Clauses | None) -> bool:
    """Whether an anchor "on the sidelines (margins) of <one's> meeting (talks) with Y" is the
    occasion of a main clause that tells no event of its own ("Speaking on the sidelines of his
    meeting with Indonesian Minister of Trade Budi Santoso in Abu Dhabi on Monday, X said ..."):
    a meeting with a party is no gathering told elsewhere, so it is told there, on the main
    clause's day and at its place, as by "during his meeting with Y". Beside a meeting the main
    clause tells ("X met Y on the sidelines of his talks with Z") it stays a pointer, and "on
    the sidelines of the OPEC meeting" points at a gathering."""
    if clauses is None or not _sidelines_of_a_meeting_with(s.lowers, segment.start):
        return False
    segments = clauses.segments
    return not any(not t.negated and segments[t.segment].role == MAIN for t in clauses.triggers)


def _sidelines_of_a_meeting_with(lowers: list[str], i: int) -> bool:
    """Whether "on the sidelines (margins) of <one's> meeting (talks) with" opens at token i."""
    if not (et.sidelines_at(lowers, i) and lowers[i + 3] == "of"):
        return False
    for k in range(i + 4, min(len(lowers) - 1, i + 4 + _MEETING_NOUN_REACH)):
        if lowers[k] in _HARD_BREAKS or lowers[k] == ",":
            return False
        if et.NOUN_TRIGGERS.get(lowers[k]) == et.MEETING:
            return lowers[k + 1] == "with"
    return False


#: Tokens after "on the sidelines of" within which the meeting's noun stands ("his first
#: bilateral meeting with").
_MEETING_NOUN_REACH: Final = 5


#: "the following day (week, morning)": a time, which cuts the clause as an anchor does.
_FOLLOWING_TIMES: Final = et.word_set(
    "day days week weeks month year morning afternoon evening night weekend"
)

_ANCHOR_PHRASES_BY_FIRST: Final[dict[str, list[tuple[str, ...]]]] = {}
for _phrase in et.ANCHOR_PHRASES:
    _ANCHOR_PHRASES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
#: The words an anchor opens on (`_anchor_length` is 0 at any other).
_ANCHOR_OPENERS: Final = et.ANCHOR_WORDS | frozenset(_ANCHOR_PHRASES_BY_FIRST)
#: The words an event's adverbial opens on (`_event_adverbial` is False at any other).
_EVENT_ADVERBIAL_OPENERS: Final = _ANCHOR_OPENERS | {"during", "at", "in"}


#: Passive participles after a comma whose agents were at the event told before them.
WITNESSED: Final = et.word_set("witnessed attended graced")


def _opener_role(s: Sentence, i: int) -> str:
    """Role of a segment that starts at token i (after a comma or at the sentence start)."""
    lower = s.lowers[i]
    if _delivery_relative(s.lowers, i):
        return MAIN  # "..., which was handed over by X": as ", handed over by X", the envoy received
    if lower in et.RELATIVE_WORDS:
        return RELATIVE
    if lower in ("during", "in", "at", "after", "under") and s.lowers[i + 1] == "which":
        return RELATIVE
    if at_the_end_of_which(s.lowers, i) or s.lowers[i : i + 5] == ["on", "the", "sidelines", "of", "which"]:
        return RELATIVE  # "..., at the end of which they signed ...": the event told before goes on
    if lower in WITNESSED and s.lowers[i + 1] == "by":
        return RELATIVE  # "..., witnessed by X and Y": who was at the event told before
    if held_after_event(s, i):
        return RELATIVE  # "the Business Forum, held in Luanda with ...": where the forum was
    if lower in _ANCHOR_OPENERS and _anchor_length(s, i):
        return ANCHOR
    if (
        lower.endswith("ing")
        and len(lower) > 4
        and lower not in _NOT_PARTICIPLES
        and not s.caps[i]
        and (s.caps[i + 1] or s.lowers[i + 1] not in HEAD_WORDS)  # "X, managing director of Y,"
    ):
        return PARTICIPLE
    return MAIN


def held_after_event(s: Sentence, i: int) -> bool:
    """Whether token i opens a reduced relative on the event noun before its comma ("the
    Angola-Portugal Business Forum, held in Luanda", "the summit, hosted in Accra on Monday"):
    it tells where and when that event was, as "which was held" does, and no clause of the
    sentence's subject."""
    return (
        s.lowers[i] in _HOLDING_PARTICIPLES
        and s.lowers[i + 1] in ("in", "at", "on")
        and i >= 2
        and s.lowers[i - 1] == ","
        and _names_event(s.lowers[i - 2])
    )


#: Participles that tell an event's holding, the reduced relative after its name ("the summit,
#: hosted in Accra") or after its noun ("the Fourth Session held in Addis Ababa").
_HOLDING_PARTICIPLES: Final = et.word_set("held hosted organized organised convened staged conducted")


def held_in_relative(lowers: list[str], first: int) -> bool:
    """Whether the relative clause opening at token `first` tells the holding of the event named
    before it in full ("the talks, which were held in Abuja on Monday between A and B, ...",
    "the meeting, which took place in Dushanbe between X and Y, ..."), as the reduced relative
    `held_after_event` does: who it names held that event (they had been lost, and the talks
    had no sides)."""
    if lowers[first] not in ("which", "that"):
        return False
    if lowers[first + 1 : first + 3] == ["took", "place"]:
        return True
    return lowers[first + 1] in ("was", "were") and lowers[first + 2] in _HOLDING_PARTICIPLES


#: Auxiliaries of a passive delivery in a relative clause: "which was", "that had been".
_DELIVERY_AUXILIARIES: Final = et.word_set("was were has had been")


def _delivery_relative(lowers: list[str], i: int) -> bool:
    """Whether a relative clause at token i only tells who delivered the thing named before it
    ("..., which was handed over by X", "that had been delivered by Y"): the Gulf agencies' way
    to name the envoy who brought a message, read as the bare participle (", conveyed by X") is,
    so the envoy counts as the one received, not as a background clause's person."""
    if lowers[i] not in ("which", "that"):
        return False
    k = i + 1
    while k < i + 4 and lowers[k] in _DELIVERY_AUXILIARIES:
        k += 1
    if k == i + 1 or lowers[k] not in et.DELIVERY_VERBS:
        return False
    k += 1 + (lowers[k + 1] == "over")
    return lowers[k] == "by"


def at_the_end_of_which(lowers: list[str], i: int) -> bool:
    """Whether "at the end of which" or "at the close of which" opens at token i."""
    return lowers[i + 3 : i + 5] == ["of", "which"] and lowers[i : i + 3] in _AT_THE_END


#: "at the end", "at the close": the anchors of et.ANCHOR_PHRASES opened by "at the", each
#: followed by "of" (there and in `at_the_end_of_which`, `_numbered_session_closed`).
_AT_THE_END: Final = tuple(list(phrase[:3]) for phrase in et.ANCHOR_PHRASES if phrase[:2] == ("at", "the"))


def _number_comma(s: Sentence, i: int) -> bool:
    """Whether the comma at token i is written between digits with no space ("a 1,195-km,
    1,000-MW interconnector", "the 2,000-megawatt cable"): the separator of one number, which
    cuts no clause ("March 3, 2025" has a space and stays a break)."""
    return (
        s.lowers[i] == ","
        and s.ends[i - 1] == s.starts[i]
        and s.ends[i] == s.starts[i + 1]
        and thousands_separator(s, i)
    )


def _segments(s: Sentence, title_commas: frozenset[int] = frozenset()) -> list[Segment]:
    """Cut the sentence at commas into segments with roles; split anchors inside clauses."""
    n = s.n
    spans: list[Segment] = []
    start = 0
    clause = 0
    clause_start = 0
    role = _opener_role(s, 0)
    head = -1
    breaks = [i for i, lower in enumerate(s.lowers[:n]) if lower in _BREAKS and not _number_comma(s, i)]
    glued = _apposition_commas(s, breaks) | _name_list_commas(s, breaks) | title_commas
    asides = _dash_aside(s, breaks)
    second_predicates = _second_predicates(s, breaks)
    if second_predicates:
        breaks = sorted([*breaks, *second_predicates])
    for i in [*breaks, n]:
        lower = s.lowers[i] if i < n else ""
        if i in glued:
            continue
        # a comma inside a relative clause: where the clause may end
        relative_comma = i < n and lower == "," and role == RELATIVE
        # "X, who accompanied her, and Y signed": the relative clause ends, the subject goes on
        closes = relative_comma and _subject_relative_closes(s, clause_start, start, i)
        # "she called on X, who is chairing the meeting, and later met Y": the relative clause
        # ends and a predicate of the main clause's subject follows
        resumes = relative_comma and _predicate_after_relative(s, start, i)
        # "brought together X, who holds the rotating presidency, Y and Z": the list goes on
        # (asked last, as its scan runs to the end of the sentence)
        closes = (
            closes
            or resumes
            or (
                relative_comma
                and (
                    _list_resumes_after_relative(s, start, i)
                    or _second_antecedent_after(s, i)
                    or _agent_listed_after_relative(s, start, i)
                    # "Türkiye and Iraq agreed to boost trade, which doubled in 2023, President X
                    # said Tuesday after meeting Y": the speaker's words close the aside, so the
                    # year is the trade's and the meeting takes the day of the remarks
                    or _speaker_tag(s, i + 1)
                )
            )
        )
        if (
            i < n
            and lower == ","
            and (s.lowers[i + 1] in _CONTINUATIONS or _list_goes_on(s, i + 1, role))
            and not closes
        ):
            continue
        if i < n and lower == "," and role == RELATIVE and _travel_purpose_after(s, start, i):
            continue  # "When X landed in Cairo on Monday, for talks with Y, ...": the trip's purpose
        if i < n and lower == "," and _country_list_goes_on(s, i):
            continue  # "a day after Egyptian, Qatari and American mediators met": one subject
        if i < n and lower == "," and _names_listed_after_anchor(s, start, i):
            continue
        if i < n and lower == "," and role == ANCHOR and _attended_by(s, i + 1):
            continue  # "During the talks, attended by Crown Prince X, the two leaders ...": X's talks
        if (
            i < n
            and lower == ","
            and s.lowers[i + 1] in _LED
            and s.lowers[i + 2] == "by"
            and i > start
            and (
                role == ANCHOR or _split_anchors(s, Segment(start, i, role, head, clause))[-1].role == ANCHOR
            )
        ):
            # "a day after X received a delegation from Y, headed by its chairman Z, ...": the
            # one who led the delegation is of the anchor's event, not of the main clause's
            continue
        if i > start:
            spans.extend(_split_anchors(s, Segment(start, i, role, head, clause)))
        if (
            lower in _HARD_BREAKS
            and i not in asides
            and not _listed_entry_after(s, i)
            and not _interleaved_entry_after(s, i)
            and not _side_entry_after(s, i)
            and not _titled_entry_after(s, i)
        ) or (
            (lower == "," and (resumes or not closes) and _coordinated_clause(s, clause_start, i + 1))
            or i in second_predicates
        ):
            clause += 1
            clause_start = i + 1
        start = i if i in second_predicates else i + 1  # "and met ...", as after ", and"
        if start < n:
            role = _opener_role(s, start)
            head = i - 1 if role == RELATIVE else -1
    return [piece for span in spans for piece in _split_reduced_relative(s, span)]


def _split_reduced_relative(s: Sentence, segment: Segment) -> list[Segment]:
    """A main segment with a document "signed" before it as a reduced relative ("approved the
    air services agreement | signed with Papua New Guinea in 2023", "the Partnership | signed in
    February") is cut there: the signing is the document's past, a relative clause of its own,
    not an event of the main clause's day."""
    if segment.role != MAIN:
        return [segment]
    lowers = s.lowers
    start = segment.start
    if start >= 2 and lowers[start - 1] == "," and _reduced_signing_at(s, start, start - 2):
        # "the Chile-China free trade agreement, signed in 2005, and ...": set off by commas
        return [Segment(start, segment.end, RELATIVE, start - 2, segment.clause)]
    for k in range(segment.start + 2, segment.end):
        # (the verb tested first, to spare most tokens the call)
        if (
            lowers[k] in _REDUCED_SIGNED
            and _reduced_signing_at(s, k, k - 1)
            and lowers[k - 2] not in et.PASSIVE_AUXILIARIES
        ):
            return [
                Segment(segment.start, k, segment.role, segment.head, segment.clause),
                Segment(k, segment.end, RELATIVE, k - 1, segment.clause),
            ]
    return [segment]


def _reduced_signing_at(s: Sentence, k: int, document: int) -> bool:
    """Whether "signed in 2005" at token k hangs on the document named at token `document`,
    right before it ("the Partnership signed in February") or before a comma ("the free trade
    agreement, signed in 2005,"): the document's past."""
    lowers = s.lowers
    named = lowers[document]
    return (
        lowers[k] in _REDUCED_SIGNED
        and lowers[k + 1] in _REDUCED_NEXT
        and (named in et.AGREEMENT_NOUNS or (s.caps[document] and named in _NAMED_DOCUMENTS))
    )


_REDUCED_SIGNED: Final = et.word_set("signed concluded inked")
_REDUCED_NEXT: Final = et.word_set("in with between last earlier back on during")
#: Last words of a document's name ("the Enhanced Trade and Investment Partnership").
_NAMED_DOCUMENTS: Final = et.word_set(
    "partnership agreement accord treaty protocol memorandum framework charter pact"
)


_BREAKS: Final = _HARD_BREAKS | {","}


#: An auxiliary right after ", and" opens a predicate with no subject of its own.
_SHARED_SUBJECT_AUXILIARIES: Final = et.word_set("was were has have had")


def _second_predicates(s: Sentence, breaks: list[int]) -> set[int]:
    """The "and" tokens (no comma before) that open a second past predicate of the subject
    with its own day, after a first one with its own ("held talks with X in Abu Dhabi on
    Tuesday and then met Y in Cairo on Thursday"): two events of a tour, each with its city
    and day, as a comma before "and" would have it; so does a second object that leaves the
    verb unsaid (`_gapped_object`). Without a day on both sides ("met X in
    Nairobi on Monday and held talks with him on trade", "held talks in Brasilia and later
    attended a forum in Sao Paulo on Sunday") it stays one clause."""
    lowers = s.lowers
    if "and" not in lowers[: s.n]:
        return set()
    found: set[int] = set()
    stops = [-1, *breaks, s.n]
    for left, right in itertools.pairwise(stops):
        start = left + 1
        for a in range(start + 2, right - 2):
            if lowers[a] != "and":
                continue
            k = a + 2 if lowers[a + 1] in _THEN_WORDS else a + 1
            if _second_subject_and_verb(s, start, a, right):
                found.add(a)
                start = a + 1
                continue
            gapped = _gapped_object(s, start, a, right)
            if not gapped and (s.caps[k] or not (lowers[k] in _VERB_PAST or _signing_verb(s, k))):
                continue
            if (_own_day(s, k + 1, right) and _own_day(s, start, a)) or (
                not gapped and _attended_before(s, start, a)
            ):
                found.add(a)
                start = a + 1
    return found


_THEN_WORDS: Final = et.word_set("then later also subsequently afterwards")


def _second_subject_and_verb(s: Sentence, start: int, a: int, right: int) -> bool:
    """Whether the "and" at token a opens a second clause with a named subject and a past verb
    of meeting of its own, after a first clause that has its own verb ("A held talks with B
    and Turkish President C met Egyptian President D"): two pairs, two meetings (the four had
    been one meeting). "A and B met C" has no verb before "and", and "met B and C on Monday"
    no verb after the names."""
    lowers, caps = s.lowers, s.caps
    if _VERB_PAST.isdisjoint(lowers[start:a]) or not any(
        lowers[v] in _VERB_PAST and not caps[v] for v in range(start, a)
    ):
        return False
    k = a + 1
    # (a titled person, the title or the country's adjective first: not "the Bank for Investment
    # and Development of Vietnam and Banco Metropolitano signed", one subject of two bodies)
    if not (lowers[k] in TITLE_WORDS or s.country_at(k, ("demonym",)) is not None):
        return False
    while k < right and k - a <= _SECOND_SUBJECT_WORDS and caps[k]:
        k += 1
    # (the verb with an object of its own: not "the Agreement on Trade and Economic Cooperation
    # signed in 2019", a participle of the document's past)
    return (
        k > a + 1
        and k + 1 < right
        and lowers[k] in _VERB_PAST
        and not caps[k]
        and (caps[k + 1] or lowers[k + 1] in _OBJECT_OPENERS)
    )


#: Words that open the object of a second clause's verb: "held talks with", "signed a deal".
_OBJECT_OPENERS: Final = et.word_set("with talks a an the his her their")
#: Capitalized words of a second clause's subject: "Turkish President Recep Tayyip Erdogan".
_SECOND_SUBJECT_WORDS: Final = 8


def _attended_before(s: Sentence, start: int, a: int) -> bool:
    """Whether the predicate before the "and" at token a attends a gathering ("attended the
    World Food Forum at FAO headquarters and held talks with X"): being at the gathering is an
    event of its own, and the talks after "and" are another, with only their own people."""
    return any(s.lowers[v] in _GATHERING_ATTENDED for v in range(start, a))


#: Verbs of taking part in a gathering as one of many: "attended the summit", "addressed the forum".
_GATHERING_ATTENDED: Final = et.word_set("attended addressed")


def _gapped_object(s: Sentence, start: int, a: int, right: int) -> bool:
    """Whether the "and" at token a opens a capitalized second object of the clause's verb of
    meeting, after a first with a day of its own ("met A in Abu Dhabi on Tuesday and B in Cairo
    on Thursday", "held talks with A on Monday and with B on Wednesday"): the verb is left
    unsaid, and (with a day of its own, which the caller asks) the second object is a second
    meeting. "met A and B on Tuesday" has no day before "and"; "and B signed ..." has a verb."""
    lowers = s.lowers
    k = a + 1 + (lowers[a + 1] == "again")
    # ("met X in Kyiv on Jan. 22 and (again) in Warsaw on April 3": the same pair at a second
    # place and day, a second meeting, the object left unsaid with the verb)
    k += lowers[k] in ("with", "in")
    if not s.caps[k] or lowers[k] in WEEKDAYS or lowers[a - 1] in ("of", "the"):
        return False
    if not any(lowers[v] in _GAPPED_VERBS and not s.caps[v] for v in range(start, a)) or any(
        lowers[v] in _VERB_PAST for v in range(k, right) if not s.caps[v]
    ):
        return False
    return _own_day(s, start, a)


def _gapped_meetings(s: Sentence, segments: list[Segment], found: list[Trigger]) -> list[Trigger]:
    """The verb of meeting a gapped second object leaves unsaid ("met A in X on Tuesday | and B
    in Y on Thursday"), told again at its "and": the segment is a meeting of its own."""
    gapped = []
    for index in range(1, len(segments)):
        segment, before = segments[index], segments[index - 1]
        if s.lowers[segment.start] != "and" or segment.role != MAIN:
            continue
        verb = next((t for t in found if t.segment == index - 1), None)
        if verb is None or any(t.segment == index for t in found):
            continue
        if _gapped_object(s, before.start, segment.start, segment.end):
            gapped.append(replace(verb, token=segment.start, segment=index))
    return gapped


#: Verbs of meeting whose second object may stand without the verb: "met A ... and B ...".
_GAPPED_VERBS: Final = et.word_set("met received hosted held")


def _own_day(s: Sentence, start: int, end: int) -> bool:
    """Whether tokens [start, end) tell a day of their own ("on Thursday", "on 18 November",
    "on November 18")."""
    lowers = s.lowers
    return any(
        lowers[k] == "on" and (_calendar_at(s, k + 1) or lowers[k + 1][:1].isdigit())
        for k in range(start, end - 1)
    )


def _coordinated_clause(s: Sentence, clause_start: int, i: int) -> bool:
    """Whether ", and ..." or ", while ..." at token i opens a clause with a subject and a verb
    of its own after a clause that has its verb ("the two deputy prime ministers signed the
    minutes, and representatives of Viglacera and the Mariel zone signed a lease"; "..., while
    ESM and KESH signed ..."): a second event, not more of the first. ", and signed a deal"
    shares the first subject; "The Minister of Trade of Peru, Ursula Leon, and the Chinese
    Ambassador signed" is one subject."""
    lowers = s.lowers
    if (lowers[i] != "and" and lowers[i] not in et.CONTRAST_WORDS) or lowers[
        i + 1
    ] in _SHARED_SUBJECT_AUXILIARIES:
        return False  # ", and was received by X": a predicate of the same subject
    if not any(
        (
            lowers[k] in _VERB_PAST
            or lowers[k] in et.VERB_TRIGGERS
            or lowers[k] in _PRESENCE_VERBS
            or _signing_verb(s, k)
        )
        and not s.caps[k]
        for k in range(clause_start, i)
    ):
        return False
    for k in range(i + 2, min(s.n, i + 22)):
        lower = lowers[k]
        if lower in (",", ".", ";"):
            return False
        if (lower in _VERB_PAST or lower in et.VERB_TRIGGERS or _papers_change_hands(s, k)) and not s.caps[k]:
            return lowers[k - 1] not in ("to", "will", "would", "and")
    return False


def _papers_change_hands(s: Sentence, k: int) -> bool:
    """Whether token k tells a signing by its documents ("exchanged a memorandum", "concluded a
    supply contract"): a verb of its own clause as "signed" is, so "A and B signed a deal, while C
    and D exchanged a memorandum" is two signings (the second pair had joined the first's)."""
    lower = s.lowers[k]
    return (lower == "exchanged" and _documents_follow(s, k)) or _signing_verb(s, k)


#: Past verbs of being present at an event ("witnessed the signing of ...", "oversaw the
#: exchange of ..."): a clause with one has its verb, so ", and in Cairo he held talks" after
#: it is a clause of its own.
_PRESENCE_VERBS: Final = WITNESSED | et.word_set("oversaw presided")


def _listed_entry_after(s: Sentence, semicolon: int) -> bool:
    """Whether the ";" at `semicolon` only separates the entries of a list of people with their
    titles ("attended by A, President of X; B, Minister of Trade of Y; and Dr C, Director of Z"):
    the piece after it, up to the next ";" or the end, is a name, a comma and a title, and
    holds nothing but names, titles and the small words of titles, so it has no verb of its
    own and all its people belong to the clause the list began in. A piece with any other
    lower-case word ("...; the two sides discussed trade") is a clause of its own, and so is
    one with no "Name," ("...; Business Forum in Casablanca": another item of a programme)."""
    lowers, caps = s.lowers, s.caps
    if lowers[semicolon] != ";":
        return False
    i = semicolon + 1 + (lowers[semicolon + 1] == "and")
    comma = i
    while comma < s.n and (caps[comma] or _inside_listed_name(s, comma)):
        comma += 1
    if comma - i < 2 or lowers[comma] != ",":
        return False
    return _list_words_end(s, comma, asides=True) is not None


def _titled_entry_after(s: Sentence, semicolon: int) -> bool:
    """Whether the ";" at `semicolon` only separates entries of a list of people written title
    first ("attended by Prime Minister A; Minister of Industry, Trade and Supply B; and ..."):
    the piece after it holds nothing but names, titles and their small words, with a
    capitalized title word before a name, or a monarch's style that closes the title ("Director
    of the Office of His Majesty A"), so it has no verb of its own (the "Name, title" form is
    `_listed_entry_after`'s; "...; Business Forum in Casablanca" names nobody)."""
    lowers, caps = s.lowers, s.caps
    if lowers[semicolon] != ";" or not caps[semicolon - 1]:
        return False
    i = semicolon + 1 + (lowers[semicolon + 1] == "and")
    if not caps[i]:
        return False
    end = _list_words_end(s, i, asides=True)
    return end is not None and any(
        caps[k]
        and (lowers[k] in TITLE_WORDS or (k > i and style_at(s, k - 1)))
        and caps[k + 1]
        and lowers[k + 1] not in TITLE_WORDS
        for k in range(i, end - 1)
    )


def _list_words_end(s: Sentence, k: int, asides: bool) -> int | None:
    """Where a listed entry's words from token k end (the next ";", a "." not after an
    honorific, or the sentence's end), or None when one of them is no name, title, small word
    of a title or punctuation (a lower-case word that may be a verb of a clause of its own).
    With `asides`, a bracketed aside is skipped whatever it holds ("B, Minister of Human
    Resources (Malaysian side)")."""
    lowers, caps = s.lowers, s.caps
    while k < s.n and lowers[k] != ";" and not (lowers[k] == "." and lowers[k - 1] not in WORDS["honorific"]):
        lower = lowers[k]
        aside = _aside_end(s, k) if asides and lower == "(" else None
        if aside is not None:
            k = aside
            continue
        if not (caps[k] or lower in _LIST_ENTRY_WORDS or lower in TITLE_WORDS or not lower[:1].isalpha()):
            return None
        k += 1
    return k


def _side_entry_after(s: Sentence, semicolon: int) -> bool:
    """Whether the ";" at `semicolon` only parts a list of attendees by side ("attended by A,
    Minister of X; B, Minister of Y; and, from the Peruvian side, Minister of Z C and Minister
    of W D"): after it, a side phrase ("from/on/for the <country> side,") and then nothing but
    names, titles and their small words up to the next ";" or the end, so no verb of its own:
    its people belong to the clause the list began in, on the side it names."""
    lowers = s.lowers
    if lowers[semicolon] != ";":
        return False
    i = semicolon + 1 + (lowers[semicolon + 1] == "and")
    i += lowers[i] == ","
    if lowers[i] not in _SIDE_PREPOSITIONS or lowers[i + 1] != "the":
        return False
    country = s.country_at(i + 2, ("demonym", "name"))
    if country is None or lowers[country[0]] != "side" or lowers[country[0] + 1] != ",":
        return False
    start = country[0] + 2
    end = _list_words_end(s, start, asides=False)
    return end is not None and end > start


#: Prepositions of a side phrase opening a listed entry: "from the Chinese side", "on the
#: Chilean side", "for the host side".
_SIDE_PREPOSITIONS: Final = frozenset(["from", "on", "for"])


def _interleaved_entry_after(s: Sentence, semicolon: int) -> bool:
    """Whether the ";" at `semicolon` only parts the "Country, Name" entries of a list after a
    plural title ("attended by the presidents of Chile, A; Peru, B; and Bolivia, C"): the
    entries hold commas, so semicolons part them, and every name belongs to the clause the
    list began in."""
    if s.lowers[semicolon] != ";":
        return False
    i = semicolon + 1 + (s.lowers[semicolon + 1] == "and")
    country = s.country_at(i, ("name",))
    return (
        country is not None and s.lowers[country[0]] == "," and interleaved_title(s, country[0]) is not None
    )


def _inside_listed_name(s: Sentence, k: int) -> bool:
    """Whether the lower-case token k is still inside a listed entry's name: the full stop of
    an honorific ("Dr."), or a particle before a capitalized word ("Saeed bin Mubarak Al
    Hajeri", "Pieter van der Wal"), as names are written in lower case between their capitals."""
    if s.lowers[k] == ".":
        return s.lowers[k - 1] in WORDS["honorific"]
    return s.lowers[k] in _NAME_PARTICLES and (s.caps[k + 1] or s.lowers[k + 1] in _NAME_PARTICLES)


#: Lower-case particles inside a name: "bin", "van", "der".
_NAME_PARTICLES: Final = WORDS["particle"]


#: Words a parenthesis may hold at most to be an aside within a listed entry.
_MAX_ASIDE: Final = 4


def _aside_end(s: Sentence, opening: int) -> int | None:
    """The token after the ")" closing a short parenthesis at `opening` ("(Indian side)",
    "(retd.)"), which says who an entry is and holds no verb; None when none closes within
    `_MAX_ASIDE` words."""
    for k in range(opening + 1, min(s.n, opening + _MAX_ASIDE + 2)):
        if s.lowers[k] == ")":
            return k + 1
        if s.lowers[k] in (";", "(") or s.lowers[k] in _VERBS:
            return None
    return None


#: Small words inside a listed "Name, Title of Body" entry.
_LIST_ENTRY_WORDS: Final = TITLE_SMALL_WORDS | {"'s", "’s", "s"}


def _names_listed_after_anchor(s: Sentence, start: int, comma: int) -> bool:
    """Whether the comma at `comma` only separates the first of several names that an anchor
    word governs with their verb: "three months after Marcos, US President Joe Biden and
    Japanese Prime Minister Fumio Kishida held their first trilateral summit" is one event,
    told after "after", not the main clause; so is "after the foreign ministers of A, B and C
    -- X, Y and Z -- met in Nicosia", the names set off by dashes."""
    lowers, caps = s.lowers, s.caps
    name = comma
    while name - 1 >= start and caps[name - 1]:
        name -= 1
    if name == comma or name - 1 < start:
        return False
    dashed = lowers[name - 1] in _DASHES and any(lowers[k] in et.ANCHOR_WORDS for k in range(start, name))
    if lowers[name - 1] not in et.ANCHOR_WORDS and not dashed:
        return False
    seen_and = False
    for k in range(comma + 1, min(s.n, comma + 16)):
        lower = lowers[k]
        if lower == "and":
            seen_and = True
        elif lower in _VERB_PAST or lower in et.LIGHT_VERBS:
            return seen_and and caps[comma + 1]
        elif lower in _BREAKS or lower == "." or not (caps[k] or lower in ("of", "the") or lower in _DASHES):
            return False
    return False


_DASHES: Final = frozenset(["-", "–", "—"])
_DASH_SPLIT: Final = re.compile("[" + "".join(map(re.escape, sorted(_DASHES))) + "]")


#: Participles of leading a party, set after its noun in commas: "a delegation from Y, headed by Z".
_LED: Final = et.word_set("headed led")


def _attended_by(s: Sentence, i: int) -> bool:
    """Whether "attended by" (or "which were attended by") opens at token i: who took part in
    the event the clause before it names."""
    lowers = s.lowers
    if lowers[i] == "which" and lowers[i + 1] in ("was", "were"):
        i += 2
    return lowers[i] == "attended" and lowers[i + 1] == "by"


def _apposition_commas(s: Sentence, breaks: list[int]) -> set[int]:
    """The commas around a title in apposition before the verb ("after Dr Amina Diallo,
    Minister of State for External Commerce, met ..."): the name, its title and its verb are one
    clause."""
    glued: set[int] = set()
    commas = [i for i in breaks if s.lowers[i] == ","]
    for first, second in itertools.pairwise(commas):
        if (
            s.caps[first - 1]
            and s.lowers[first + 1] in TITLE_WORDS
            and s.caps[first + 1]
            and second - first <= _MAX_APPOSITION
            and s.lowers[second + 1] in _VERB_PAST
        ):
            glued.update((first, second))
        elif _name_in_apposition(s, first, second):
            # "talks with the Burkinabe leader, Captain X, in ..." (but "..., X, who travels to
            # Luanda on Monday, held talks": the second comma opens a clause of its own, and
            # only the name is the role's)
            relative = s.lowers[second + 1] in ("who", "whose", "which")
            glued.update((first,) if relative else (first, second))
    if commas and _name_in_apposition(s, commas[-1], _closing_stop(s)):
        # "... following talks between A and his Kazakh counterpart, Colonel General B.": the
        # sentence's end closes the apposition the last comma opened
        glued.add(commas[-1])
    return glued


def _name_list_commas(s: Sentence, breaks: list[int]) -> set[int]:
    """The commas of a list of capitalized subjects that a body's name ends on after "on",
    "of" or "for" ("the Sub-Committee (IGSC) on Trade, Transit and Cooperation held in
    Kathmandu"): the name goes on to its "and", so the comma cuts no clause (the meeting had
    been cut from its place and day). Not a list of countries ("the Ministry of Finance,
    Egypt and Jordan")."""
    glued: set[int] = set()
    lowers = s.lowers
    for i in breaks:
        if lowers[i] != "," or not s.caps[i - 1] or lowers[i - 2] not in _NAME_LIST_OPENERS:
            continue
        if not (s.caps[i - 3] or lowers[i - 3] == ")"):
            continue  # the word before "on" ends a name: "Sub-Committee (IGSC) on Trade"
        k = i + 1
        while k < s.n and (s.caps[k] or lowers[k] == ",") and k not in s.countries:
            k += 1
        if (
            k > i + 1
            and s.caps[k - 1]
            and lowers[k] in ("and", "&")
            and s.caps[k + 1]
            and k + 1 not in s.countries
        ):
            glued.update(j for j in range(i, k) if lowers[j] == ",")
    return glued


#: Prepositions that join a body's name to the subjects it deals with.
_NAME_LIST_OPENERS: Final = et.word_set("on of for")


def _dash_aside(s: Sentence, breaks: list[int]) -> set[int]:
    """The two dashes around an aside between a name and its verb ("Minister X — leading a
    trade mission of 30 firms — met Y on Monday"): they set the aside off as commas would,
    and the verb after them is still the named subject's; no new clause starts at them."""
    dashes = [i for i in breaks if s.lowers[i] == "—"]
    for first, second in itertools.pairwise(dashes):
        verb = _after_date_words(s, second + 1)
        if (
            s.caps[first - 1]
            and not s.caps[verb]
            and (s.lowers[verb] in _VERB_PAST or s.lowers[verb] in et.VERB_TRIGGERS)
            and not any(s.lowers[k] in (";", ".") for k in range(first + 1, second))
        ):
            return {first, second}
    return set()


def _closing_stop(s: Sentence) -> int:
    """Token index of the full stop that ends the sentence, or its end when it has none."""
    n = s.n
    return n - 1 if n and s.lowers[n - 1] == "." else n


def _name_in_apposition(s: Sentence, first: int, second: int) -> bool:
    """Whether the commas at `first` and `second` enclose only a name (and a rank) after a
    lower-case role noun: "the Burkinabe leader, Captain Ibrahim Traore, in Ouagadougou", or a
    capitalized one the article opens ("with the Chilean Foreign Minister, Alberto van Klaveren":
    the title, then who holds it)."""
    role = s.lowers[first - 1]
    return (
        (not s.caps[first - 1] or _the_opens_title(s, first - 1))
        and (role in TITLE_WORDS or role in COUNTERPART_WORDS)
        and 2 <= second - first - 1 <= 5
        # (a name's particles in lower case: "Alberto van Klaveren")
        and all(s.caps[k] or s.lowers[k] in _NAME_PARTICLES for k in range(first + 1, second))
        and s.caps[first + 1]
    )


_MAX_APPOSITION: Final = 12


def _the_opens_title(s: Sentence, role: int) -> bool:
    """Whether "the" opens the capitalized words that end on the role at token `role`, a few
    words back ("the Chilean Foreign Minister", "the US Trade Representative"): a title told
    as such, whose holder a comma may follow."""
    k = role
    while k > 0 and role - k < _TITLE_WORDS_BACK and s.caps[k]:
        k -= 1
    return k < role and s.lowers[k] == "the"


#: How many capitalized words a title may run to back from its role to its "the".
_TITLE_WORDS_BACK: Final = 5


def _list_goes_on(s: Sentence, i: int, role: str) -> bool:
    """Inside a relative or participle clause, a comma before a capitalized word, a number
    or "and" continues a list ("the ports of Aktau, Kuryk and Alat"), not the main clause."""
    if role not in (RELATIVE, PARTICIPLE):
        return _closing_noun_list(s, i)
    lower = s.lowers[i]
    if lower in ("and", "or") or lower[:1].isdigit():
        return True
    if _day_closes_clause(s, i):
        return False
    return _capitalized_entry(s, i) or _closing_noun_list(s, i)


def _day_closes_clause(s: Sentence, i: int) -> bool:
    """Whether the comma before token i ends a relative or participle clause on its day ("During
    his visit, which ended on Wednesday, | Malaysian Prime Minister X held talks", "who arrived
    on 4 May, | Kenyan President Y"): a list of names ends on no weekday or month, so the
    capitalized word after the comma opens the clause that goes on, not one more entry (the
    relative clause had swallowed the main clause, and its talks had taken its day). A list of
    days goes on ("on Monday, Tuesday and Wednesday")."""
    lowers = s.lowers
    day = lowers[i - 2]
    if lowers[i] in WEEKDAYS or lowers[i] in FULL_MONTHS:
        return False
    return day in WEEKDAYS or day in FULL_MONTHS or (day.isdigit() and lowers[i - 3] in FULL_MONTHS)


def _closing_noun_list(s: Sentence, i: int) -> bool:
    """Whether the comma before token i is inside a list of common nouns that runs to the end
    of the sentence ("memoranda in the fields of energy, | transport, health and customs"): the
    list's items, no clause of their own."""
    lowers = s.lowers
    if not _list_opens_before(s, i - 1):
        return False
    joined = False
    for k in range(i, min(s.n, i + _MAX_LIST_TAIL)):
        lower = lowers[k]
        if lower in (".", ";"):
            return joined
        if lower in ("and", ","):
            joined = joined or lower == "and"
            continue
        if s.caps[k] or not lower.replace("-", "").isalpha() or lower in _VERBS or lower in et.RELATIVE_WORDS:
            return False
        if lower.endswith(("ing", "ed")) and lowers[k + 1] in _PARTICIPLE_OBJECTS:
            return False  # ", focusing on energy and trade": a participle's clause, not an item
    return joined and i + _MAX_LIST_TAIL > s.n


def _list_opens_before(s: Sentence, comma: int) -> bool:
    """Whether the item before a comma is the first of a list of subjects, one to three
    lower-case words after a preposition or a verb of talking ("in the fields of | energy,",
    "discussing | energy,"; not "ways to address | non-tariff barriers, facilitate ...")."""
    for k in range(comma - 1, max(0, comma - 4), -1):
        lower = s.lowers[k]
        if lower in _LIST_OPENERS or lower in et.TOPIC_VERBS:
            return k < comma - 1
        if lower == "," and k < comma - 1:
            return _list_opens_before(s, k)  # "energy, | transport, health": an item after the first
        if s.caps[k] or not lower.replace("-", "").isalpha():
            return False
    return False


_LIST_OPENERS: Final = et.word_set("on of in about regarding concerning covering including like")


#: Words after a participle that make it a verb with its object: "focusing on", "including the".
_PARTICIPLE_OBJECTS: Final = et.word_set("on in to at for with by from about the a an its their his her")
#: Tokens of a closing list of nouns after a comma: "transport, health and customs".
_MAX_LIST_TAIL: Final = 16


def _capitalized_entry(s: Sentence, i: int) -> bool:
    """Whether token i opens a capitalized entry of a list of names: not a relative word, an
    article or an anchor ("During the talks"), which open something other than one more name.
    Shared by the list tests after a comma, so that they agree on what an entry is."""
    lower = s.lowers[i]
    return (
        s.caps[i]
        and lower not in et.RELATIVE_WORDS
        and lower not in ("the", "a", "an")
        and not _anchor_length(s, i)
    )


def _subject_relative_closes(s: Sentence, clause_start: int, start: int, comma: int) -> bool:
    """Whether ", and" at `comma` closes a relative clause inside its clause's subject rather
    than going on with a list of its own: "X, who accompanied her, and Nigeria's Minister Y
    signed" (X and Y signed; the relative clause had swallowed Y and the signing), also of a
    company ("Turkish Airlines, which flies daily to Nairobi, and Kenya Airways signed": the
    clause's city had become the signing's place). The clause has no verb before the relative
    clause, the relative clause no list comma before, and a past event verb follows "and"."""
    lowers = s.lowers
    if lowers[comma + 1] != "and" or lowers[start] not in ("who", "whose", "which"):
        return False
    if any(lowers[k] in _VERB_PAST and not s.caps[k] for k in range(clause_start, start)):
        return False
    if "," in lowers[start:comma]:
        return False
    for k in range(comma + 2, s.n):
        if lowers[k] in (".", ";") or lowers[k] in et.RELATIVE_WORDS:
            return False
        if lowers[k] in _VERB_PAST and not s.caps[k]:
            return lowers[k - 1] not in ("to", "will", "would", "and")
    return False


def _predicate_after_relative(s: Sentence, start: int, comma: int) -> bool:
    """Whether ", and" at `comma` closes a relative clause set off by commas and goes on with
    a predicate that has no subject of its own ("she called on the Prime Minister of X, Y, who
    is chairing the meeting, and later had an audience with Z"): the relative clause is one
    aside, so the verb after "and" (past, after adverbs like "later") is the main clause's, and
    its subject is the main clause's subject, not the relative clause's antecedent."""
    lowers = s.lowers
    if lowers[comma + 1] != "and" or lowers[start] not in _ASIDE_RELATIVES:
        return False
    if "," in lowers[start:comma]:
        return False  # "who visited A, B, and C": a list inside the relative clause
    k = comma + 2
    while lowers[k] in et.SEQUENCE_ADVERBS:
        k += 1
    return lowers[k] in _COORDINATED_VERBS and not s.caps[k]


def _list_resumes_after_relative(s: Sentence, start: int, comma: int) -> bool:
    """Whether the comma at `comma` closes a relative clause set off inside a list of names and
    the list goes on ("brought together A's Emir X, who holds the rotating presidency, B's King
    Y and C's President Z"): the relative clause, one aside with no comma of its own, ends on a
    lower-case word (not "who visited Kenya, Uganda and Rwanda", a list of its own), and a
    capitalized entry follows whose list closes with "and" before any verb of a clause."""
    lowers, caps = s.lowers, s.caps
    if lowers[start] not in _ASIDE_RELATIVES or "," in lowers[start:comma]:
        return False
    if caps[comma - 1] or not lowers[comma - 1].isalpha():
        return False
    following = comma + 1
    if not _capitalized_entry(s, following):
        return False
    for k in range(following + 1, s.n):
        if lowers[k] in (".", ";") or lowers[k] in et.RELATIVE_WORDS:
            return False
        if lowers[k] == "and":
            return caps[k + 1]
        if lowers[k] in _VERB_PAST and not caps[k]:
            return False
    return False


def _agent_listed_after_relative(s: Sentence, start: int, comma: int) -> bool:
    """Whether ", and" at `comma` closes a relative clause on the agent of a passive and names a
    second agent ("was signed in Lima last year by X, who held the same post at the time, and
    Chilean Minister Y"): both signed (the relative clause had swallowed Y). The antecedent is
    the capitalized words right after "by", the relative clause has no comma of its own, and a
    capitalized entry follows "and"."""
    lowers = s.lowers
    if lowers[comma + 1] != "and" or lowers[start] not in ("who", "whose") or "," in lowers[start:comma]:
        return False
    if not _capitalized_entry(s, comma + 2):
        return False
    k = start - 2  # the antecedent's last word, before the comma that opens the clause
    while k > 0 and s.caps[k]:
        k -= 1
    return lowers[k] == "by" and k < start - 2


def _second_antecedent_after(s: Sentence, comma: int) -> bool:
    """Whether the comma at `comma` closes a relative clause and ", and" opens another name with
    a relative clause of its own ("A, whose delegation met X yesterday, and the B Board, which
    today signs ..."): two antecedents listed side by side, so B is no object of the first
    clause's verb."""
    lowers, caps = s.lowers, s.caps
    if lowers[comma + 1] != "and":
        return False
    k = comma + 2 + (lowers[comma + 2] in ("the", "a", "an"))
    if not caps[k]:
        return False
    while k < s.n and (caps[k] or (lowers[k] in _NAME_JOINERS and caps[k + 1])):
        k += 1
    return lowers[k] == "," and lowers[k + 1] in _ASIDE_RELATIVES


#: Relative words that open an aside about the word before them (not "where"/"when", whose
#: clause tells an event of its own).
_ASIDE_RELATIVES: Final = et.word_set("who whom whose which")


def _travel_purpose_after(s: Sentence, start: int, comma: int) -> bool:
    """Whether the comma at `comma` sets off the purpose of the journey a relative clause tells
    ("When X landed in Cairo on January 28, 2023, for talks with Y, officials spoke of ...";
    "X, who arrived on Monday, for a meeting with Y"): "for" and an event noun after a verb of
    travel belong to that clause, with its traveller, not to the main clause after it. Being
    somewhere is the journey's end told in the present: "X, who is in Tashkent, Uzbekistan, for
    a regional conference, met Y" (the conference is why X is there, not the meeting's kind)."""
    lowers = s.lowers
    if lowers[comma + 1] != "for":
        return False
    if not any(
        (et.VERB_TRIGGERS.get(lowers[k]) == et.VISIT and not s.caps[k]) or _presence_at(lowers, k)
        for k in range(start, comma)
    ):
        return False
    return any(
        lowers[k] in et.NOUN_TRIGGERS for k in range(comma + 2, min(s.n, comma + 2 + _PURPOSE_NOUN_REACH))
    )


#: Words from "for" to the event noun of a purpose ("for a two-day official visit").
_PURPOSE_NOUN_REACH: Final = 4


def _presence_at(lowers: list[str], k: int) -> bool:
    """Whether token k is "be" telling where its subject is: "is in Tashkent", "was in Lima"."""
    return lowers[k] in et.BE_FORMS and lowers[k + 1] == "in"


_LIST_KINDS: Final = ("name", "demonym")


def _country_list_goes_on(s: Sentence, comma: int) -> bool:
    """Whether the comma at `comma` is inside a list of countries or demonyms that goes on to
    "and"/"or" and a last one: "Egyptian, Qatari and American mediators", "Egypt, Qatar and
    the United States"."""
    if not any(end == comma and m.kind in _LIST_KINDS for end, m in s.countries.values()):
        return False
    lowers = s.lowers
    j = comma + 1
    for _ in range(8):
        found = s.country_at(j + (lowers[j] == "the"), _LIST_KINDS)
        if found is None:
            return False
        j = found[0]
        if lowers[j] in ("and", "or"):
            return s.country_at(j + 1 + (lowers[j + 1] == "the"), _LIST_KINDS) is not None
        if lowers[j] != ",":
            return False
        j += 1
    return False


#: Anchor words that also cut a clause in the middle ("met X on the sidelines of the summit").
_MID_CLAUSE_ANCHORS: Final = et.word_set("after before following since during on ahead prior within in as")


def creates_events(s: Sentence, segment: Segment, clauses: Clauses | None = None) -> bool:
    """Whether an event named in this anchor can be new ("after their talks in Beijing in
    May", "during a meeting with X"); "on the sidelines of" a gathering, "on the eve of",
    "ahead of" only point at an event, which is labelled only when it is told on its own;
    "within the framework of a working visit", "on the sidelines of X's visit"
    (`_sidelines_of_a_visit`) and, given the sentence's `clauses`, "on the sidelines of his
    meeting with Y" as the occasion of a main clause with no event (`occasion_of_main`) tell
    one, as "during a working visit" does."""
    return (
        s.lowers[segment.start] in et.ANCHOR_WORDS
        or encloses_main(s.lowers, segment.start)
        or _sidelines_of_a_visit(s.lowers, segment)
        or occasion_of_main(s, segment, clauses)
        or _numbered_session_closed(s.lowers, segment.start)
    )


def _numbered_session_closed(lowers: list[str], start: int) -> bool:
    """Whether the anchor at token start is "at the end (close) of the <ordinal> session
    (meeting) of ..." ("at the end of the third session of the Joint Permanent Commission"): a
    numbered sitting that has just closed is the story's own event, told there, not one that
    only a sentence of its own would tell."""
    if lowers[start : start + 3] not in _AT_THE_END or lowers[start + 3] != "of":
        return False
    k = start + 4 + (lowers[start + 4] == "the")
    return bool(et.ORDINAL.fullmatch(lowers[k])) and lowers[k + 1] in _SESSION_NOUNS


def _sidelines_of_a_visit(lowers: list[str], segment: Segment) -> bool:
    """Whether the anchor is "on the sidelines (margins) of <someone's> visit": a visit, no
    gathering told elsewhere, is told there as by "during X's visit" ("signed the protocol on
    the sidelines of Mr Kagwe's four-day working visit to India")."""
    start = segment.start
    return (
        et.sidelines_at(lowers, start)
        and lowers[start + 3] == "of"
        and "visit" in lowers[start + 4 : min(segment.end, start + 4 + _VISIT_NOUN_REACH)]
    )


#: Tokens after "on the sidelines of" within which the visit's noun stands ("the Kenyan
#: Agriculture Secretary's four-day working visit").
_VISIT_NOUN_REACH: Final = 9


def points_ahead(s: Sentence, segment: Segment) -> bool:
    """Whether an anchor points at an event still to come ("ahead of Brazil's G20 summit in
    Rio de Janeiro in November", "prior to the council meeting", "in the run-up to the
    elections"): the place and time written in it are that later event's, not where or when
    the main clause's event was held (as "on the sidelines of the summit in Lima on Monday"
    are)."""
    lowers = s.lowers
    for phrase in _FORWARD_ANCHORS:
        if tuple(lowers[segment.start : segment.start + len(phrase)]) == phrase:
            return True
    return False


#: Anchors of an event after the main one.
_FORWARD_ANCHORS: Final[tuple[tuple[str, ...], ...]] = (
    ("ahead", "of"),
    ("prior", "to"),
    ("in", "the", "run-up", "to"),
    ("in", "preparation", "for"),
    ("in", "preparations", "for"),
    ("as", "part", "of", "preparations", "for"),
)


def _split_anchors(s: Sentence, segment: Segment) -> list[Segment]:
    """A main segment with anchor words inside ("... a boost after X met Y") is cut at each;
    a relative or participle clause only at an anchor that points at another event ("who
    arrived on Sunday for a state visit | ahead of the Focac summit")."""
    if segment.role == ANCHOR:
        main = _main_after_fronted_anchor(s, segment)
        if main < 0:
            return [segment]
        # "At the end of the session the two sides signed ...": the anchor's comma left out
        return [
            Segment(segment.start, main, ANCHOR, -1, segment.clause),
            Segment(main, segment.end, MAIN, -1, segment.clause),
        ]
    if _MID_CLAUSE_ANCHORS.isdisjoint(s.lowers[segment.start + 1 : segment.end]):
        return [segment]
    pieces = []
    start, role, head = segment.start, segment.role, segment.head
    lowers = s.lowers
    resume = segment.start + 1
    for i in [i for i in range(resume, segment.end) if lowers[i] in _MID_CLAUSE_ANCHORS]:
        length = _anchor_length(s, i) if i >= resume else 0
        if length and (
            segment.role == MAIN or lowers[i] not in et.ANCHOR_WORDS or _left_after(s, segment.start, i)
        ):
            # "after Prabowo arrived on a state visit | ahead of the D-8 summit": one anchor each
            pieces.append(Segment(start, i, role, head, segment.clause))
            start, role, head = i, ANCHOR, -1
            if _documents_past(lowers, i):
                role, head = RELATIVE, i - 2
            resume = i + length
            back = _main_resumes(s, i, length, segment) if segment.role == MAIN else -1
            if back > 0:
                # "held talks on the sidelines of the summit | with X": the main clause's party
                pieces.append(Segment(start, back, ANCHOR, -1, segment.clause))
                start, role, head = back, MAIN, segment.head
                resume = back
    pieces.append(Segment(start, segment.end, role, head, segment.clause))
    return pieces


def _left_after(s: Sentence, start: int, i: int) -> bool:
    """Whether the anchor word at token i ("after", "following") closes the journey a participle
    or relative clause tells, right after the place it came from ("having flown in from Ethiopia
    | after attending the AU summit", "coming from Addis Ababa | following the summit there"):
    the event the traveller left, which the main clause's arrival is set against in time, as
    "arrived in Accra after attending the summit" sets it (it had been read as the clause's own
    event, a forum of the traveller and the place left)."""
    if s.lowers[i] not in _JOURNEY_ENDS:
        return False
    lowers = s.lowers
    k = i - 1
    while k > start and (s.caps[k] or _joins_a_name(s, k)):
        k -= 1  # the place left: "Addis Ababa", "the Democratic Republic of Congo"
    return k < i - 1 and lowers[k] == "from" and (lowers[k - 1] in _ARRIVALS or _arrival_before(s, k))


#: Anchor words that close a journey told in a participle or relative clause ("from X after ...").
_JOURNEY_ENDS: Final = et.word_set("after following")


def _main_after_fronted_anchor(s: Sentence, segment: Segment) -> int:
    """The token at which a main clause starts inside an anchor that opens the sentence with no
    comma after its event ("At the end of the session the two sides signed a memorandum",
    "After the talks Iraq and Iran signed ..."), or -1: after the anchor's definite event noun a
    new subject (a determiner, a pronoun or a name) and its verb follow. The comma's clause had
    been read as the anchor's, and its signing taken for the session pointed at."""
    lowers = s.lowers
    if segment.start != 0:
        return -1
    k = segment.start + _anchor_length(s, segment.start)
    if k == segment.start or lowers[k] not in et.DEFINITE:
        return -1
    noun = next(
        (j for j in range(k + 1, min(segment.end, k + _NOUN_REACH)) if lowers[j] in et.NOUN_TRIGGERS), -1
    )
    subject = noun + 1
    if noun < 0 or subject >= segment.end or not (lowers[subject] in _SUBJECT_OPENERS or s.caps[subject]):
        return -1
    for v in range(subject + 1, min(segment.end, subject + _SUBJECT_REACH)):
        if s.caps[v]:
            continue
        if lowers[v] in _VERB_PAST or lowers[v] in et.VERB_TRIGGERS or _papers_change_hands(s, v):
            return subject
        if lowers[v] not in _SUBJECT_WORDS:
            return -1
    return -1


#: Tokens after an anchor's determiner within which its event noun stands ("the fifth session").
_NOUN_REACH: Final = 5
#: Tokens from a subject's first word within which its verb stands ("the two sides signed").
_SUBJECT_REACH: Final = 6
#: Words that open a subject right after an anchor's event noun.
_SUBJECT_OPENERS: Final = et.word_set("the both they he she we")
#: Lower-case words a subject may hold before its verb ("the two sides", "both ministers", "and").
_SUBJECT_WORDS: Final = et.word_set(
    "the two both sides side ministers leaders delegations parties countries and also then later jointly"
)


def _main_resumes(s: Sentence, i: int, length: int, segment: Segment) -> int:
    """The "with" (or "between") at which the main clause resumes after a sidelines anchor at
    token i, or -1.

    "X held talks Saturday on the sidelines of the summit with Y, Z and W": a gathering (a
    summit, a forum, an assembly) is held by no "with", so the "with" after it completes the
    main clause's verb and names its counterparts, who are no attendees of the gathering only.
    So does "between" complete a signing told before the anchor ("An MoU was signed on the
    margins of the commission between A and B": A and B signed it; they had been put on the
    commission, and its co-chairs on the MoU). A gathering that is itself a meeting or a visit
    ("on the sidelines of his talks with Y", "... of the meeting between A and B") keeps its own
    "with" and "between"."""
    lowers = s.lowers
    if lowers[i + 2] not in et.SIDELINE_WORDS:
        return -1
    before = lowers[segment.start : i]
    signing = "between" not in before and any(
        et.VERB_TRIGGERS.get(w) == et.AGREEMENT or et.NOUN_TRIGGERS.get(w) == et.AGREEMENT for w in before
    )
    for k in range(i + length, segment.end):
        lower = s.lowers[k]
        if lower in _MID_CLAUSE_ANCHORS or lower in _HARD_BREAKS:
            return -1
        if et.NOUN_TRIGGERS.get(lower, et.FORUM) != et.FORUM:
            return -1  # "on the sidelines of his visit with ...", "... of the meeting with ..."
        if lower == "with":
            if s.lowers[k + 1 : k + 3] == ["the", "participation"]:
                return -1  # "with the participation of X": who attended the gathering
            return k if _named_party_follows(s, k + 1) else -1
        if lower == "between" and signing:
            return k if _named_party_follows(s, k + 1) else -1
    return -1


def _documents_past(lowers: list[str], i: int) -> bool:
    """Whether the anchor at token i follows a document and a participle of its making ("the
    agreements reached | during the Russia-Africa Summit", "the deals signed | at the forum"):
    it tells when the documents were made, a reduced relative of theirs, not when the main
    clause's event took place nor who held that earlier one."""
    return lowers[i - 1] in _DOCUMENT_MADE and lowers[i - 2] in et.AGREEMENT_NOUNS


#: Participles of a document's making: "the agreements reached", "the accords signed".
_DOCUMENT_MADE: Final = et.word_set("reached signed concluded inked adopted agreed")


# ---------------------------------------------------------------------------------------
# topic regions


#: What "by" names after a verb of discussing when it is the means, not the agent ("discussed
#: by phone"): the topic still follows.
_BY_MEANS: Final = frozenset(
    ("phone", "telephone", "video", "videoconference", "videolink", "email", "letter")
)


def _topic_tokens(s: Sentence, excluded: set[int]) -> tuple[set[int], set[int]]:
    """Tokens that say what was discussed or agreed, not who took part, and those of them that
    say what a stand was taken on ("warned against | an Israeli offensive"; see `_stance_at`),
    which name no side but are no subject of the talks either.

    A region opens at a topic verb ("discussed", "focusing on"), at "on/for/to" after a
    document noun ("a memorandum on ...") or at the "for" of thanks ("thanked X for its role in
    hosting talks"), and runs to the end of the sentence, except that
    it stops at ";", at a coordinated verb that reports another event ("... and signed"),
    and, for documents, at "between" or the next document noun. Inside a region, "with"
    followed by a named party ("discussed ... with the leadership of X") is not topic.
    """
    topic: set[int] = set()
    judged: set[int] = set()
    n = s.n
    lowers = s.lowers
    thanked = _thanked_for(s)  # "thanked X for Saudi Arabia's role in hosting talks ...": the reason
    agenda = _agenda_inclusion(s)  # "The agenda included | X"
    on_agenda, agenda_subject = _on_the_agenda(s)  # "High on the agenda were | X", "X was on the agenda"
    topic.update(k for k in agenda_subject if k not in excluded)
    topic.update(k for k in _at_the_centre_of_talks(s) if k not in excluded)  # "X was at the heart of talks"
    if not et.SIGNED_VERBS.isdisjoint(lowers):
        topic.update(k for k in _documents_named_by_kind(s) if k not in excluded)  # "signed a | trade deal"
    agenda = on_agenda if agenda is None else agenda
    if _TOPIC_OPENERS.isdisjoint(lowers) and thanked is None and agenda is None:
        return topic, judged
    openers = [i for i, lower in enumerate(lowers[:n]) if lower in _TOPIC_OPENERS or i in (thanked, agenda)]
    if not openers:
        return topic, judged
    closing = _opening_quotation_close(s)
    i = openers[0]
    while i < n:
        lower = lowers[i]
        if lower not in _TOPIC_OPENERS and i != thanked and i != agenda:
            i = next((k for k in openers if k > i), n)
            continue
        connector = _document_connector(s, i + 1) if lower in et.AGREEMENT_NOUNS else 0
        if not connector and lower in et.AGREEMENT_NOUNS and _city_before_subject(s, i + 1):
            # "signed a memorandum in Douala on the organisation of B2B meetings": the place of
            # the signing, then the subject (whose meetings had been taken for a forum)
            connector = _document_connector(s, i + 3)
            connector += 2 if connector else 0
        if not connector and lower in et.AGREEMENT_NOUNS and _passive_signing(lowers, i + 1):
            # "nine agreements were signed | in the fields of energy and media": the matter after
            # the passive verb, as "agreements in the fields of X were signed" tells it before
            connector = _document_connector(s, i + 3)
            connector += 2 if connector else 0
        document = connector > 0
        if lower in _MEETING_NOUNS or lower in _TALK_VERBS:
            start = _meeting_topic_start(s, i)
            if start > i:
                i = start - 1
                document = True  # "a meeting with provincial leaders on attracting investment"
        elif lower in et.AGREEMENT_NOUNS and lowers[i + 1] == "with":
            start = _meeting_topic_start(s, i, _TOPIC_AFTER_PARTY)
            if start > i:
                i = start - 1
                document = True  # "an agreement with X SA for oncology drugs in A, B and C"
        if lower == "of" and lowers[i - 1] in _MEMORANDA and lowers[i + 1] == "understanding":
            i += 1
            continue
        if lower == "understanding" and lowers[i - 2] in _MEMORANDA:
            connector = _document_connector(s, i + 1)
            document = connector > 0
        if (lower in et.AGREEMENT_NOUNS or lower == "understanding") and lowers[i + 1] == "between":
            topic.update(_purpose_after_parties(s, i + 1))  # "an MoU between A and B to develop ..."
        purpose = lower in _PURPOSE_NOUNS and lowers[i + 1] == "to"  # "in an attempt to ease ..."
        # "met X on Monday to coordinate the return of migrants through Guatemala": what the
        # meeting was for (Guatemala is no side)
        purpose = purpose or (
            lower in _PURPOSE_VERBS and lowers[i - 1] == "to" and not _appealed(lowers, i - 1)
        )
        if lower in _AGREED:
            # "agreed (on Wednesday) to route power through Indian territory": what was agreed,
            # not who agreed
            content = _agreed_content(s, i)
            purpose = content > i
            i = content - 1 if purpose else i
        if lower in et.FOCUS_NOUNS:
            given = _focus_preposition(s, i)  # "attention was paid | to X"
            purpose = given > i
            i = given if purpose else i
        if lower == "stock" and lowers[i - 1] in _TAKE_FORMS and lowers[i + 1] == "of":
            # "took stock of negotiations on a trade pact": what was reviewed (the negotiations
            # are no event of their own)
            purpose = True
            i += 1
        if lower in _ADDRESSED and _matter_addressed(s, i):
            purpose = True  # "addressed water security": the matter (not "addressed the forum")
        if lower == "dominated" and _talks_dominated_by(lowers, i):
            # "talks dominated by water security", "the meeting was dominated by X": the matter
            # that filled the talks (its "by" names no agent, no side)
            purpose = True
            i += 1
        appraised = lower in _APPRAISAL_VERBS and lowers[i + 1] == "the" and lowers[i + 2] in _OUTCOMES
        stance = _stance_at(s, i)
        appraised = appraised or stance
        if not (document or purpose or appraised or lower in et.TOPIC_VERBS or i in (thanked, agenda)) or (
            i in excluded
        ):
            i += 1
            continue
        views_on = lowers[i - 1] in ("was", "were") and lowers[i - 2] in ("views", "opinions")
        if (
            lower == "exchanged"
            and lowers[i + 1] not in ("views", "opinions")
            and not views_on
            and not _greetings_exchanged(s, i)
        ) or (lower == "touched" and lowers[i + 1] not in ("on", "upon")):
            i += 1  # "touched down in Hanoi" (an arrival), "exports touched $2 billion": not "touched on"
            continue
        if lower in _REVOLVING and lowers[i + 1] != "around":
            i += 1  # "the talks revolved around X" names the matter; "a revolving fund" does not
            continue
        if lower in _CENTRED and lowers[i + 1] not in ("on", "upon", "around"):
            i += 1  # "the talks centred on X" names the matter; "a centred design" does not
            continue
        if (
            lower.endswith("ed")
            and lowers[i + 1] == "by"
            and lowers[i - 1] not in et.PASSIVE_AUXILIARIES
            and lowers[i + 2] not in _BY_MEANS
        ):
            # "the goods covered by the free trade deal were on the agenda of talks between X and
            # Y": a participle with its agent describes a noun, it opens no topic (the talks and
            # their sides had all been taken for subject matter)
            i += 1
            continue
        if (
            not document
            and lowers[i - 1] in et.PASSIVE_AUXILIARIES
            and lowers[i + 1] != "with"
            and not views_on
        ):
            # "The figures were reviewed at the meeting": the subject is the topic only when a
            # noun of subject matter opens it ("Issues of X were considered")
            topic.update(k for k in _passive_subject_topic(s, i - 1) if k not in excluded)
            i += 1
            continue
        if document and connector:
            i += connector  # "agreements relating to | X": the subject opens after the connector
        j = i + 1
        if lower in et.TOPIC_VERBS:
            j = _object_after_date(s, j)  # "discussed on 27 February | the next session of ..."
        while j < n:
            word = lowers[j]
            if j == agenda:
                break  # "the issues discussed | included X": the subject's verb, its list the topic
            if word in _HARD_BREAKS or (j == closing and i < closing):
                # ('"We discussed trade," X said after talks with Y': a topic told inside the
                # opening quotation ends with it; its speaker had been taken for subject matter)
                break
            # (not "the tariffs on steel and aluminum announced by X": a participle with its agent
            # modifies the noun before it, the topic goes on)
            coordinated = word in ("and", ",") and (
                (lowers[j + 1] in _COORDINATED_VERBS and lowers[j + 2] != "by")
                or (lowers[j + 2] in _COORDINATED_VERBS and lowers[j + 3] != "by")
            )
            if coordinated and lowers[j + 1] not in et.TOPIC_VERBS and lowers[j + 2] not in et.TOPIC_VERBS:
                break
            if word == "," and lowers[j + 1] in ("was", "were") and lowers[j + 2] in _PASSIVE_EVENTS:
                break  # "The documents, covering X, were exchanged": the main verb returns
            if word == "," and lowers[j + 1].endswith("ed") and lowers[j + 2] == "by":
                break  # "..., witnessed by the two prime ministers": who was there, not the topic
            if word == "," and lowers[j + 1] in _REMARK_PARTICIPLES:
                break  # "to boost its presence in Burundi, noting that trade hit $22 million": a remark
            if word == "," and _speaker_tag(s, j + 1):
                break  # "to expand cooperation in energy, | Serbian President X said during ...": who said it
            if word == "," and lowers[j + 1] in et.CONTRAST_WORDS:
                break  # "signed a protocol on fisheries, while KESH and EPCG signed ...": another clause
            named = s.caps[j + 1] or (lowers[j + 1] == "the" and s.caps[j + 2])
            if word == "," and named and _named_subject_clause(s, j + 1):
                # "In talks focused on the drought, | X and Y met ...": the main clause returns
                # after a fronted phrase (its sides had been taken for subject matter)
                break
            if word == "and" and named and _named_subject_clause(s, j + 1):
                break  # "a memorandum on mining, and Mitsubishi Corporation and Erdenes Mongol signed ..."
            named_as = (
                word == "as"
                and (lowers[j - 1] == "," or s.caps[j + 1])  # ("to deepen ties as Minister X held talks")
                and (s.caps[j + 1] or lowers[j + 1] in ("a", "an", "the"))
            )
            if word == "as" and lowers[j + 1] == "the" and _session_phase_clause(s, j + 2):
                break  # "signed four memoranda on tourism and energy | as the 11th session of X ended"
            if (word in ("when", "after", "before") or named_as) and _event_verb_soon(s, j + 1):
                # "discussed a request to cut duties when X met Y in New Delhi", "signed a
                # memorandum on a bridge, as President X hosted Y": the meeting, not the topic
                break
            if word == "," and lowers[j + 1] in ("which", "who", "whose"):
                break  # "discussed bilateral trade, which stood at $1.2 billion": a remark, not a topic
            if word == "," and _costed_apposition(s, j + 1):
                # "progress on the X road, a Sh22 billion project ..., and Y": what it costs, no
                # topic; the list goes on after it
                j = next(
                    (
                        k
                        for k in range(j + 1, n)
                        if lowers[k] in (",", ";", ".") and not thousands_separator(s, k)
                    ),
                    n,
                )
                continue
            if word == "," and _offset_anchor(s, j + 1):
                break  # "talks on energy and migration, a day after X and Y signed ...": another event
            if word == "," and _event_anchor(s, j + 1):
                break  # "agreed to build a border post, at the end of the third session of ...": the event
            # "a memorandum on a bridge between Tak Bai and Rantau Panjang": the ends of a link
            # built, not the parties
            joins = word == "between" and (
                not LINK_NOUNS.isdisjoint(lowers[i + 1 : j]) or _route_ends(s, i, j)
            )
            listed = lower in _MEETING_NOUNS or lower in _TALK_VERBS  # talks, no document's "on"
            if document and word in et.AGREEMENT_NOUNS and j > i + 1 and _topic_head(s, i, j, listed):
                topic.add(j)  # "on phytosanitary protocols": the head ends the phrase, less its own "on X"
                if lowers[j + 1] not in ("on", "for", "of"):
                    break
                j += 1
                continue
            if document and (
                (word == "between" and not joins)
                or (word in et.AGREEMENT_NOUNS and j > i + 1)
                or (word in _VERBS and not _noun_marked(lowers, j))
                # "the session of the Commission on Trade | got under way in Lima": the session's
                # verb ends the body's matter (it had run on into the topic)
                or _session_opened(lowers, j)
            ):
                if word == "between":
                    topic.update(_purpose_after_parties(s, j))
                elif word in et.AGREEMENT_NOUNS:
                    topic.difference_update(range(_document_count_start(s, i + 1, j), j))
                break
            if (
                word == "with"
                and _named_party_follows(s, j + 1)
                and not _linked_with(s, j)
                and not _relation_partner(s, j)
            ):
                listed = "," in lowers[i + 1 : j] and _topic_list_goes_on(s, j + 1)
                if not listed:
                    break
            if word == "to" and (received := _recipient_end(s, i, j)) > j:
                j = received  # "a contract to supply palm oil | to Lagos-based X Ltd": a party
                continue
            if document and word == "by" and _named_party_follows(s, j + 1):
                break  # "the signing of agreements on customs cooperation | by Ethiopia's Minister ..."
            if word in _TOPIC_END_OPENERS and _adverbial_starts(s, j):
                break
            at = j + 1 if word == "," else j
            # (`_event_adverbial` opens on one of its words only: most words need no call)
            if (
                s.lowers[at] in _EVENT_ADVERBIAL_OPENERS
                and _event_adverbial(s, at)
                and not _outcome_adverbial(s, j)
            ):
                break  # "discussed power sales | during a phone call", "agreed to ..., | at the meeting"
            if j not in excluded:
                topic.add(j)
                if stance:
                    judged.add(j)
            j += 1
        i = j
    return topic, judged


def _documents_named_by_kind(s: Sentence) -> set[int]:
    """Tokens of a signed document named by its kind, with no subject told after it ("signed a
    trade deal", "inked a bilateral investment treaty", "signed an air services agreement worth
    $20 million"): the kind is the document's topic, as "a memorandum on X" gives X (the signing
    had no topic). The words between the article and the document noun, all in lower case and
    none a country's, and at least one of them; a signing verb right before the article. A
    document with its subject after it ("an agreement on trade") is read as before."""
    lowers = s.lowers
    found: set[int] = set()
    for i in range(3, s.n):
        if lowers[i + 1] == "of":
            continue  # "a memorandum | of understanding on X": the subject follows
        if lowers[i] not in et.AGREEMENT_NOUNS or (_document_connector(s, i + 1) and not s.caps[i + 2]):
            continue  # ("a trade deal in | Nairobi": its place, no subject)
        k = i - 1
        while k > 1 and _document_kind_word(s, k):
            k -= 1
        listed = bool(found) and lowers[k - 1] in ("and", ",")  # "a trade deal and | a visa waiver agreement"
        if k < i - 1 and lowers[k] in ("a", "an") and (lowers[k - 1] in et.SIGNED_VERBS or listed):
            found.update(range(k + 1, i + 1))
    return found


def _document_kind_word(s: Sentence, k: int) -> bool:
    """Whether token k may be a word of a document's kind ("trade", "air services", "visa-free"):
    a lower-case word of letters and hyphens that is no country word, number or determiner."""
    word = s.words[k]
    return (
        word.replace("-", "").isalpha()
        and word.islower()
        and k not in s.countries
        and word not in et.DEFINITE
        and word not in ("a", "an")
        and word not in et.SIGNED_VERBS
        and word not in _NO_DOCUMENT_KINDS
    )


#: Words that are no part of a document's kind: quantifiers ("several", "two").
_NO_DOCUMENT_KINDS: Final = et.word_set("several two three four five six seven eight nine ten some many new")


def _stance_at(s: Sentence, i: int) -> bool:
    """Whether token i opens the object of a stand taken ("warned against | an Israeli
    offensive", "condemned | the Russian strikes", "voiced concern | over Chinese activities",
    "called for | an end to the Israeli blockade"): what was judged, whose country is no side.
    Not a person warned or criticized by name ("warned Chinese President X during a call"): a
    capitalized object opens it only as a country before a lower-case word ("condemned Israeli
    strikes", "warned Israel against")."""
    lowers = s.lowers
    lower = lowers[i]
    if lower in _CONCERN_NOUNS:
        return lowers[i + 1] in _CONCERN_PREPOSITIONS
    if lower == "for":
        return lowers[i - 1] in _CALL_FORMS
    if lower not in _STANCE_VERBS or s.caps[i]:
        return False
    if not s.caps[i + 1]:
        return True
    country = s.countries.get(i + 1)
    return country is not None and not s.caps[country[0]]


def _opening_quotation_close(s: Sentence) -> int:
    """The token of the mark that closes a quotation opening the sentence ('"We discussed
    trade," X said'), or -1 when none opens it."""
    if s.n == 0 or s.words[0] not in _QUOTE_MARKS:
        return -1
    return next((k for k in range(1, s.n) if s.words[k] in _QUOTE_MARKS), -1)


def _speaker_tag(s: Sentence, j: int) -> bool:
    """Whether a speaker and a speech verb open at token j, after the comma that closes what was
    said ("..., Serbian President X said during his visit to Baku", "..., the Kyrgyz minister
    told reporters"), or an agency that learnt it from a source ("..., AIP learnt from the
    ministry"): who said the words before it, no item of their topic. Only capitalized words,
    titles and the small words of a title stand before the verb. A portfolio word in lower case
    opens none: it is the list's next item ("to expand cooperation in critical minerals, | energy
    and infrastructure, the presidential office said"; the list had lost all but its first)."""
    lowers = s.lowers
    if not (s.caps[j] or lowers[j] == "the" or lowers[j] in HEAD_WORDS):
        return False
    for k in range(j, min(s.n, j + _MAX_ATTRIBUTION_WORDS)):
        if k > j and not s.caps[k] and (lowers[k] in et.SPEECH_VERBS or _learnt_from(lowers, k)):
            return True
        if not (s.caps[k] or lowers[k] in TITLE_WORDS or lowers[k] in _SPEAKER_SMALL_WORDS):
            return False
    return False


def _greetings_exchanged(s: Sentence, i: int) -> bool:
    """Whether "exchanged" at token i takes greetings or congratulations of an occasion for its
    object ("exchanged New Year greetings", "exchanged warm Novruz greetings"): what the call
    was about, a topic, as "exchanged views" opens one (not "exchanged documents", the signing,
    nor "exchanged fire")."""
    return any(s.lowers[k] in _GREETINGS for k in range(i + 1, min(s.n, i + 1 + _GREETING_WORDS)))


#: Objects of "exchanged" that are the matter of a call: the greetings of an occasion.
_GREETINGS: Final = et.word_set("greetings congratulations wishes")
#: Words of the occasion and its adjectives before the greetings ("warm New Year greetings").
_GREETING_WORDS: Final = 4


def _learnt_from(lowers: list[str], k: int) -> bool:
    """Whether "learnt from" or "learned from" opens at token k: an agency's source."""
    return lowers[k] in ("learnt", "learned") and lowers[k + 1] == "from"


#: The small words of a speaker's phrase: "the", "of", a possessive ("the country's minister of
#: energy"), and the commas around a name in apposition ("the Minister of Energy, X, said").
_SPEAKER_SMALL_WORDS: Final = et.word_set("the of and 's ’s ,")


def _object_after_date(s: Sentence, j: int) -> int:
    """Where the object of a verb of discussing opens when a day stands between them, as
    translated Russian orders them ("discussed on 27 February | the next session of the
    committee", "reviewed yesterday | progress on the railway"): past the day, when a noun
    phrase follows it; else `j` (a day that ends the clause or comes before "with" is an
    adverbial of the verb, and the topic stops at it)."""
    lowers = s.lowers
    if lowers[j] in ("yesterday", "today"):
        k = j + 1
    elif lowers[j] == "on" and (_calendar_at(s, j + 1) or lowers[j + 1][:1].isdigit()):
        k = j + 1
        while k < s.n and (_calendar_at(s, k) or lowers[k][:1].isdigit()):
            k += 1
    else:
        return j
    word = lowers[k]
    determiner = word in _OBJECT_DETERMINERS
    return k if determiner or (word.isalpha() and not s.caps[k] and word not in WORDS["function"]) else j


#: Determiners that open a verb's object after a day: "discussed on Monday | the/their ...".
_OBJECT_DETERMINERS: Final = et.word_set("the a an their its his her")


def _topic_head(s: Sentence, opener: int, noun: int, listed: bool) -> bool:
    """Whether the document noun at token `noun` is the head of a noun phrase of the topic
    opened at token `opener` ("talks on phytosanitary | protocols", "on upgrading the free
    trade | agreement"): a modifier stands before it, so it names the subject matter, not a
    next document ("on energy, and | six memoranda"; the topic had lost its head,
    "phytosanitary"). The phrase is the topic's one, or, for talks (`listed`), the last item of
    its list, opened by "the" or by the modifier ("talks on labour mobility and the Pukpuk
    defence | treaty": the topic had been "Pukpuk defence"); a list after a document's own "on"
    may name a next one ("a memorandum on fisheries and the ports agreement")."""
    lowers = s.lowers
    before = lowers[noun - 1]
    if before in _DOCUMENT_COUNTS or before[:1].isdigit():
        return False
    breaks = [k for k in range(opener + 1, noun) if lowers[k] in (",", ";", "and", "as")]
    if breaks and (not listed or lowers[breaks[-1]] == "as"):
        return False
    start = breaks[-1] + 1 if breaks else opener + 1
    start += lowers[start] in ("on", "about", "over", "for")  # "talks | on the X treaty"
    definite = lowers[start] == "the"  # "on the Pukpuk treaty": the named document talked about
    if breaks and lowers[start] in _DOCUMENT_COUNTS and not definite:
        return False  # "talks on trade and | two further agreements": next documents
    return definite or not s.caps[noun - 1]


def _document_count_start(s: Sentence, floor: int, noun: int) -> int:
    """First token of the count and article before the document noun at token `noun` that
    ends a topic ("on energy, and | six memoranda", "on trade and | two further agreements"):
    they tell the next documents, no item of the topic before (it had been "six"); `noun`
    when none stands there."""
    k = noun
    while k - 1 >= floor and (s.lowers[k - 1] in _DOCUMENT_COUNTS or s.words[k - 1].isdigit()):
        k -= 1
    return k


#: Counts of more than one, in words ("two", "several").
_COUNTS: Final = et.word_set(
    "two three four five six seven eight nine ten eleven twelve several some various"
)
#: Words that count or introduce documents before their noun ("six", "two more", "an additional").
_DOCUMENT_COUNTS: Final = _COUNTS | et.word_set("a an the one more further additional other another separate")


def _costed_apposition(s: Sentence, i: int) -> bool:
    """Whether an apposition opening at token i gives a thing's cost ("a Sh22 billion project",
    "an estimated $1.2 billion line"): a description of the topic before it, no topic."""
    if s.lowers[i] not in ("a", "an"):
        return False
    k = i + 1 + (s.lowers[i + 1] in _COST_HEDGES)
    if not any(c.isdigit() for c in s.words[k] + s.words[k + 1]):
        return False
    found = find_money(s.text[s.starts[k] : s.ends[k + 3]])
    return bool(found) and found[0].start == 0


#: Words between the article and the amount of a cost: "an estimated $1.2 billion".
_COST_HEDGES: Final = et.word_set("estimated approximately about some nearly almost over")


def _city_before_subject(s: Sentence, i: int) -> bool:
    """Whether "in <Town>" at token i, one capitalized word, stands between a document and the
    link to its subject ("a memorandum in Douala on ...")."""
    return s.lowers[i] == "in" and s.caps[i + 1] and s.words[i + 1].isalpha() and not s.caps[i + 2]


def _document_connector(s: Sentence, i: int) -> int:
    """The length of the link at token i from a document to its subject matter, 0 when there
    is none or a day or an event follows it instead ("a memorandum on Friday", "an agreement on
    the margins of the summit", "a codeshare agreement on the same day")."""
    connector = _subject_connector(s.lowers, i)
    following = s.lowers[i + connector]
    if not connector or _calendar_at(s, i + connector) or following[:1].isdigit() or _anchor_length(s, i):
        return 0
    if _same_occasion(s, i):
        return 0  # the day of an event told before, no subject ("same day" had been a topic)
    return connector


def _subject_connector(lowers: list[str], i: int) -> int:
    """The number of words at token i that link a document to its subject matter ("on",
    "concerning", "relating to", "in the fields of", "with regard to"), or 0."""
    if lowers[i] in _TOPIC_AFTER_AGREEMENT:
        return 1
    for words in _SUBJECT_CONNECTORS.get(lowers[i], ()):
        if lowers[i + 1 : i + 1 + len(words)] == words:
            return 1 + len(words)
    return 0


#: Many-word links of a document to its subject, by first word ("relating to", "in the areas
#: of"), the longest first; the one-word ones are _TOPIC_AFTER_AGREEMENT.
_SUBJECT_CONNECTORS: Final[dict[str, tuple[list[str], ...]]] = {
    "relating": (["to"],),
    "related": (["to"],),
    "pertaining": (["to"],),
    "dealing": (["with"],),
    "aimed": (["at"],),
    "with": (["regard", "to"], ["respect", "to"]),
    "in": (
        *(["the", noun, "of"] for noun in ("area", "areas", "field", "fields", "sphere", "spheres")),
        *(["the", noun, "of"] for noun in ("domain", "domains")),
        ["respect", "of"],
    ),
}


def _focus_preposition(s: Sentence, i: int) -> int:
    """Index of the "to/on" after the focus noun at token i that a verb of giving governs
    ("Particular attention was paid to", "paid particular attention to", "emphasis was placed
    on"), or -1: a noun without such a verb ("the attention of the media") opens no topic."""
    lowers = s.lowers
    for k in range(i + 1, min(s.n, i + 5)):
        if lowers[k] in ("to", "on"):
            before = lowers[max(0, i - 3) : i]
            between = lowers[i + 1 : k]
            if not _FOCUS_VERBS.isdisjoint(between) or not _FOCUS_VERBS.isdisjoint(before):
                return k
            return -1
    return -1


def _passive_subject_topic(s: Sentence, aux: int) -> range:
    """The subject before the passive auxiliary at token `aux` when a noun of subject matter
    opens its clause ("Issues of joint production were considered", "At the talks, prospects
    for X were discussed"); empty for any other subject ("The figures were reviewed")."""
    lowers = s.lowers
    start = aux - 1
    while start > 0 and lowers[start - 1] not in (",", ":", ";"):
        start -= 1
    for k in range(start, min(start + 3, aux)):
        if lowers[k] in _SUBJECT_TOPIC_NOUNS:
            return range(k, aux)
        if not s.words[k].isalpha() or lowers[k] in et.PASSIVE_AUXILIARIES:
            break
    return range(0)


#: Verbs of handing goods over, whose "to" names who receives them: "to supply X to Y".
_HANDING_VERBS: Final = et.word_set(
    "supply supplies deliver delivers sell sells export exports ship ships provide provides lease"
)


def _recipient_end(s: Sentence, opener: int, to: int) -> int:
    """End of the body named after the "to" at token `to`, when a verb of handing over comes
    between it and the topic opener at token `opener` ("signed a contract to supply 20,000
    tonnes of sugar to Lagos-based Delta Mills Ltd"), else -1: the receiver of a contract's
    goods is its other party, no part of what it is about. Only a company's name (a legal
    form or a company word, or a "<Place>-based" before it) is one; a country or a region
    after "to" is the market ("to supply gas to Europe")."""
    lowers = s.lowers
    if _HANDING_VERBS.isdisjoint(lowers[opener + 1 : to]):
        return -1
    k = to + 1
    if lowers[k] == "the":
        k += 1
    seated = lowers[k].endswith(SEAT_WORDS)  # "<Place>-based": only a company or body is based
    end = k + 1 if seated else k
    while s.caps[end] and lowers[end] not in WORDS["function"]:
        end += 1
    if end == k + seated or (not seated and ORG_SUFFIXES.isdisjoint(lowers[k:end])):
        return -1
    return end


#: Words after ", as" that open a clause of its own (a subject), not "as part of", "as well".
_BACKDROP_SUBJECTS: Final = et.word_set("both the they it its their relations ties tensions two many")
_BACKDROP_OPENERS: Final = frozenset(["as", "amid", "amidst"])
_BACKDROP_ENDS: Final = frozenset([",", ";", ".", "—"])


def _named_subject_clause(s: Sentence, k: int) -> bool:
    """Whether a clause of its own opens at token k on named subjects and its event verb
    ("Mitsubishi Corporation and Mongolia's state-owned Erdenes Mongol | signed ..."): the
    words up to the verb are capitalized names, their possessives, "and", "the" or hyphened
    modifiers ("state-owned"), so the verb is theirs, not a participle in a topic ("and the
    documents signed last year"). A topic before it ends at its "and" (the names had been
    read as one more item of the topic, and no side of the second event)."""
    j = _event_verb_at(s, k, _subject_word)
    if j is None or not _event_verb_past(s.lowers[j]):
        return False
    # (not "the Agreement on Trade and Economic Cooperation | signed in 2019": a participle)
    return j > k and (_lemma(s.lowers[j]) != "signing" or s.lowers[j + 1] not in _PARTICIPLE_FOLLOWERS)


def _subject_word(s: Sentence, j: int) -> bool:
    """Whether token j may stand in named subjects before their verb: a capitalized word, its
    possessive, "and", "the", a hyphened modifier, or "of"/"for" inside a name ("Development
    Bank of Mongolia")."""
    lower = s.lowers[j]
    joiner = lower in ("of", "for") and s.caps[j - 1] and s.caps[j + 1]
    return s.caps[j] or joiner or lower in POSSESSIVE_MARKS or lower in ("and", "&", "the") or "-" in lower


#: Words after a signing's past form that make it a participle of the document named before
#: it ("signed in 2019", "signed by", "signed last year"), not a verb with its object.
_PARTICIPLE_FOLLOWERS: Final = et.word_set("in by last earlier during between under at , . ;")


#: Verbs of a gathering's opening or close, told of it as a clause's subject: "as the summit
#: ended", "as the session opened".
_SESSION_PHASE_VERBS: Final = et.word_set("ended closed opened concluded began convened")
_SESSION_PHASE_REACH: Final = (
    14  # tokens from the noun to its verb: "... of the Joint Permanent Commission (JPCC) ended"
)


def _session_phase_clause(s: Sentence, k: int) -> bool:
    """Whether a gathering's noun at token k (past an ordinal) is the subject of a verb of its
    opening or close before any comma: "as the 11th session of the Joint Commission ended
    here", a clause that tells the session, no topic of the document before it."""
    lowers = s.lowers
    if et.ORDINAL.fullmatch(lowers[k]):
        k += 1
    if et.NOUN_TRIGGERS.get(lowers[k]) != et.FORUM:
        return False
    for j in range(k + 1, min(s.n, k + _SESSION_PHASE_REACH)):
        if lowers[j] in _SESSION_PHASE_VERBS:
            return True
        if lowers[j] in (",", ";", "."):
            return False
    return False


def _event_verb_soon(s: Sentence, k: int) -> bool:
    """Whether a verb that tells an engagement ("met", "held", "signed") comes within a few
    words of token k, before any comma: a clause of its own that reports an event."""
    j = _event_verb_at(s, k, _before_event_verb)
    return j is not None and s.lowers[j] not in _CLAUSE_STOPS


def _before_event_verb(s: Sentence, j: int) -> bool:
    """Whether token j may stand before a clause's event verb: no comma nor stop, and no
    "held talks", "wrapped up" that tells the event itself."""
    lower = s.lowers[j]
    # ("after X held talks with Y", ", as X wrapped up a visit")
    told = lower in ("held", "wrapped", "concluded", "paid") and s.lowers[j + 1] in _EVENT_OBJECTS
    return lower not in _CLAUSE_STOPS and not told


def _event_verb_at(s: Sentence, k: int, word_ok: Callable[[Sentence, int], bool]) -> int | None:
    """Where the scan for a clause's event verb ("met", "held", "signed": a trigger's past form)
    from token k stops, within _EVENT_VERB_REACH words: at that verb, or at the first word that
    `word_ok` does not let stand before it; None when it reaches neither."""
    for j in range(k, min(s.n, k + _EVENT_VERB_REACH)):
        if _event_verb_past(s.lowers[j]) or not word_ok(s, j):
            return j
    return None


def _event_verb_past(lower: str) -> bool:
    """Whether the word is the past form of a verb that tells an event ("met", "signed")."""
    return lower in et.VERB_TRIGGERS and lower in _VERB_PAST


_EVENT_VERB_REACH: Final = 14
_CLAUSE_STOPS: Final = frozenset([",", ";", "."])
_EVENT_OBJECTS: Final = et.word_set("talks a an his her their up")


def _backdrop_tokens(s: Sentence) -> set[int]:
    """The backdrop of an event: "..., as both countries seek to counter X's claims", "amid
    tensions with X". It names no side and holds no event: a country it names (the rival,
    the region) is subject matter. A backdrop that names a person, an event or the
    participants ("..., as the two leaders looked on") is not one."""
    lowers = s.lowers
    found: set[int] = set()
    if _BACKDROP_OPENERS.isdisjoint(lowers):
        return found
    for i in [k for k, lower in enumerate(lowers[: s.n]) if lower in _BACKDROP_OPENERS]:
        if lowers[i] == "as" and not (
            (lowers[i - 1] == "," and lowers[i + 1] in _BACKDROP_SUBJECTS) or _country_verb_after(s, i + 1)
        ):
            continue
        end = i + 1
        while end < s.n and lowers[end] not in _BACKDROP_ENDS:
            end += 1
        region = range(i + 1, end)
        if any(
            lowers[k] in et.VERB_TRIGGERS
            or lowers[k] in et.NOUN_TRIGGERS
            or lowers[k] in et.COLLECTIVE_NOUNS
            or (
                s.caps[k]
                and k not in s.countries
                and k not in s.inside_countries
                and not _acronym_modifier(s, k)
            )
            for k in region
        ):
            continue
        found.update(range(i, end))
    return found


def _other_stops(s: Sentence) -> set[int]:
    """The other stops of a tour told in a relative clause ("the fourth stop of a tour that also
    took him to Panama, El Salvador and Costa Rica", "a regional swing which included Chile and
    Peru"): places the traveller went before or after, no side of the event of the sentence."""
    lowers = s.lowers
    found: set[int] = set()
    if _STOP_VERBS.isdisjoint(lowers):
        return found
    for i in [k for k, lower in enumerate(lowers[: s.n]) if lower in _STOP_VERBS]:
        rel = i - 1
        while lowers[rel] in _STOP_FILLERS and rel > i - 4:
            rel -= 1  # "that has already taken him to", "which had earlier taken him to"
        tour = rel - 1 - (lowers[rel - 1] == ",")  # "his Asian tour, which has taken him to"
        if lowers[rel] not in ("that", "which") or not (
            lowers[i - 1] == "also" or lowers[tour] in _TOUR_NOUNS
        ):
            continue
        if lowers[i] in _STOP_STARTS and lowers[i + 1] != "in":
            continue  # "a tour that began with talks with X" tells the talks, not a stop
        end = i + 1
        while (
            end < s.n
            and lowers[end] not in (";", ".", ":")
            and not (lowers[end] == "," and not (s.caps[end + 1] or lowers[end + 1] == "and"))
        ):
            end += 1
        if lowers[end] == "," and lowers[end + 1] == "where":
            continue  # "a tour that began in Doha, where he was received by the Emir": an event there
        found.update(range(i, end))
    return found


def _journey_origins(s: Sentence) -> set[int]:
    """Where a traveller came from, told in passing: an aside of return or of an event just
    left ("X, fresh from a visit to Japan, met Y", "on his way back from New Zealand", "returning
    from a CARICOM meeting in Barbados"), to its comma, and the "from" of an arrival whose place
    is named ("who arrived in Lome from Abidjan", "travelled to Astana from Beijing", "flew in
    from Ethiopia"). The place left is no side and no venue of the event told (Japan and New
    Zealand had been taken for sides, Abidjan and Beijing for the meeting's place)."""
    lowers = s.lowers
    found: set[int] = set()
    if "from" not in lowers:
        return found
    for i in [k for k, lower in enumerate(lowers[: s.n]) if lower == "from"]:
        before = lowers[i - 1]
        way_back = before in _WAY_BACK and lowers[i - 2] == "way" and lowers[i - 4] == "on"
        if before in _LEFT_BEHIND or way_back:
            start = i - 4 if way_back else i - 1
            if lowers[start - 1] not in (",", "") and start > 0:
                continue  # ("the minister returning from Japan met ...": no aside, left as before)
            end = i + 1
            while end < s.n and lowers[end] not in (",", ";", ".", ":"):
                end += 1
            found.update(range(start, end))
        elif _arrival_before(s, i) and s.caps[i + 1]:
            end = i + 1
            while end < s.n and (s.caps[end] or _joins_a_name(s, end)):
                end += 1
            found.update(range(i, end))
    return found


#: Words before "from" of a place just left, in an aside: "fresh from", "returning from".
_LEFT_BEHIND: Final = et.word_set("fresh returning")
#: "on his way back from", "on her way home from".
_WAY_BACK: Final = et.word_set("back home")
#: Verbs of arriving whose "from" names the place left: "arrived in Lome from Abidjan".
_ARRIVALS: Final = et.word_set(
    "arrived arriving arrives flew flying flies flown travelled traveled travelling traveling came coming "
    "comes"
)


def _arrival_before(s: Sentence, i: int) -> bool:
    """Whether the "from" at token i follows a verb of arrival and the place arrived at ("arrived
    in Lome | from", "travelled to Astana | from") or "in" ("flew in | from"): the place left."""
    lowers = s.lowers
    if lowers[i - 1] == "in" and lowers[i - 2] in _ARRIVALS:
        return True
    k = i - 1
    while k > i - 5 and (s.caps[k] or _joins_a_name(s, k)):
        k -= 1
    return k < i - 1 and lowers[k] in ("in", "to") and lowers[k - 1] in _ARRIVALS


#: Verbs by which a tour names its stops: "a tour that also took him to A and B", "included B".
_STOP_VERBS: Final = et.word_set("took takes taken included includes began begun started")
#: Stop verbs that tell where a tour began ("a tour that began in Vietnam"), read with "in" only.
_STOP_STARTS: Final = et.word_set("began begun started")
#: Words between the relative pronoun and the verb of a tour's stops: "that has already taken him
#: to", "which had earlier taken him to", "that also took him to".
_STOP_FILLERS: Final = et.word_set("also already earlier previously has have had")
_TOUR_NOUNS: Final = et.word_set("tour tours swing trip journey")


def _country_verb_after(s: Sentence, k: int) -> bool:
    """Whether a country's name at token k is the subject of a finite verb right after it
    ("met in Tokyo as Thailand seeks to ...", "as Peru has moved to ..."): "as" opens a clause
    of its own there, not "as Peru's envoy" or "served as Peru ambassador"."""
    found = s.countries.get(k)
    if found is None or found[1].kind != "name":
        return False
    verb = s.lowers[found[0]]
    finite = verb.endswith("s") or verb.endswith("ed")
    return verb in _AUXILIARIES or (verb.isalpha() and not s.caps[found[0]] and finite)


def _acronym_modifier(s: Sentence, k: int) -> bool:
    """Whether token k is an acronym that qualifies the lower-case noun after it ("Chinese EV
    makers", "the AI race", "LNG shortages"): a kind of thing, not a person or an event, so
    its capital does not make a backdrop name someone."""
    word = s.words[k]
    return (
        len(word) > 1
        and word.isupper()
        and word.isalpha()
        and s.lowers[k + 1].isalpha()
        and not s.caps[k + 1]
    )


#: Things built between two places: "between" after them names the places, not parties.
LINK_NOUNS: Final = et.word_set(
    """bridge bridges road roads railway railways rail link links pipeline pipelines tunnel
    highway corridor crossing crossings interconnector interconnection cable route routes flights"""
)


#: Services run along a route between two places: "container services between Sohar and Mundra".
_ROUTE_SERVICES: Final = et.word_set(
    "shipping container containers ferry ferries cargo freight sailings voyages shuttle bus buses trains"
)


def _route_ends(s: Sentence, opener: int, between: int) -> bool:
    """Whether the "between" at token `between` tells the ends of a service run along a route,
    whose words stand in the topic opened at token `opener` ("an agreement on container services
    | between Sohar and Mundra"), as of a link built: places, no parties (the ports had been
    read as the sides, and the agreement dropped). Two countries after it stay the parties
    ("an agreement on shipping between Oman and India")."""
    if _ROUTE_SERVICES.isdisjoint(s.lowers[opener + 1 : between]):
        return False
    first = between + 1 + (s.lowers[between + 1] == "the")
    return s.country_at(first, ("name", "demonym")) is None


_IN_EVENTS: Final = et.word_set("talks meeting meetings conversation call consultations negotiations")


def _agreed_content(s: Sentence, i: int) -> int:
    """Where what was agreed starts after "agreed" at token i ("to", "on", "that"), over a
    date adverbial ("agreed on Wednesday to ..."); -1 when nothing follows."""
    lowers = s.lowers
    k = i + 1
    if _adverbial_date(s, k):
        k = next((m for m in range(k + 2, k + 6) if lowers[m] in ("to", "that")), -1)
    return k if k > 0 and lowers[k] in ("to", "on", "that") and not _adverbial_date(s, k) else -1


def _offset_anchor(s: Sentence, j: int) -> bool:
    """Whether "a day after", "two days before", "hours after", "shortly after" opens at token j."""
    lowers = s.lowers
    if lowers[j] not in _OFFSET_OPENERS and not lowers[j].isdigit():
        return False
    return any(lowers[k] in ("after", "before") for k in range(j + 1, min(s.n, j + 4)))


def _event_anchor(s: Sentence, j: int) -> bool:
    """Whether an anchor phrase opening at token j hangs on an event's noun within a few words
    ("at the end of the third session of", "on the sidelines of the summit", "during the joint
    commission"): the event when what was agreed or discussed was, not more of what it was."""
    length = _anchor_length(s, j)
    if not length:
        return False
    return any(
        s.lowers[k] in et.NOUN_TRIGGERS or s.lowers[k] in et.FORUM_BODIES
        for k in range(j + length, min(s.n, j + length + _ANCHOR_EVENT_REACH))
    )


#: Tokens after an anchor phrase within which the event's noun stands ("the | third | session").
_ANCHOR_EVENT_REACH: Final = 4


_OFFSET_OPENERS: Final = et.word_set(
    "a an one two three four five six seven several few shortly just hours days weeks moments minutes"
)


def _agenda_inclusion(s: Sentence) -> int | None:
    """The verb of inclusion whose subject is the agenda or the matters of talks ("The agenda
    included | X", "Topics of discussion included | X", "The issues discussed comprised | X"):
    what it lists is what was discussed, as after "discussed"; else None. Only such a subject
    opens a topic ("The delegation included X" lists people, "Exports included X" goods)."""
    lowers = s.lowers
    if _INCLUSION_VERBS.isdisjoint(lowers[: s.n]):
        return None
    for i, lower in enumerate(lowers[: s.n]):
        if lower not in _INCLUSION_VERBS or s.caps[i] or lowers[i + 1] in ("in", "on", "among"):
            continue  # ("the issues included in the roadmap were ...": a participle)
        start = i - 1
        while start > 0 and lowers[start - 1] not in (",", ":", ";") and i - start < _AGENDA_SUBJECT_WORDS:
            start -= 1
        subject = lowers[start:i]
        if not _AGENDA_NOUNS.isdisjoint(subject):
            return i
    return None


def _on_the_agenda(s: Sentence) -> tuple[int | None, range]:
    """What a sentence puts "on the agenda" of talks in the past: after the verb when the
    phrase is fronted ("High on the agenda were | X and Y", "Also on the agenda of the talks
    was | X": the verb's index, as `_agenda_inclusion` gives it), or the subject before it
    ("Energy cooperation was on the agenda": its tokens). Only "was" or "were" tell it ("X will
    be on the agenda" is a plan) and only the talks' own agenda ("on the agenda of parliament"
    is another body's); the topic had been lost."""
    lowers = s.lowers
    k = next((k for k in range(s.n - 2) if lowers[k : k + 3] == ["on", "the", "agenda"]), -1)
    if k < 0:
        return None, range(0)
    after = k + 3
    if lowers[after] == "of":
        if lowers[after + 1] not in _AGENDA_OWNERS or lowers[after + 2] not in _AGENDA_EVENTS:
            return None, range(0)
        after += 3
    start = k
    while start > 0 and lowers[start - 1] in _AGENDA_ADVERBS:
        start -= 1
    if lowers[after] in ("was", "were") and (start == 0 or lowers[start - 1] in (",", ":", ";")):
        return after, range(0)
    if lowers[after] not in _AGENDA_CLAUSE_ENDS or start < 2 or lowers[start - 1] not in ("was", "were"):
        return None, range(0)
    aux = start - 1
    first = aux
    while first > 0 and lowers[first - 1] not in (",", ":", ";"):
        first -= 1
    if lowers[first] in _AGENDA_SUBJECT_PRONOUNS or aux - first > _AGENDA_SUBJECT_WORDS:
        return None, range(0)
    if aux - first == 2 and lowers[first + 1] in _AGENDA_ANAPHORS:
        return None, range(0)  # ("The topic was on the agenda": the matter told before, no label)
    return None, range(first, aux)


def _at_the_centre_of_talks(s: Sentence) -> range:
    """The subject that "was at the centre of" talks ("Issues of energy were at the centre of
    talks between A and B", "Water sharing was at the heart of the discussions"): what the
    talks were about, as a subject "on the agenda" is (the topic had been lost). Only a past
    verb, a determiner or none before the talks' noun, and no pronoun for a subject."""
    lowers = s.lowers
    for k in range(2, s.n - 3):
        if lowers[k] != "at" or lowers[k + 1] != "the" or lowers[k + 2] not in _CENTRE_NOUNS:
            continue
        noun = k + 4 + (lowers[k + 4] in _AGENDA_OWNERS)
        if lowers[k + 3] != "of" or lowers[noun] not in _AGENDA_EVENTS:
            continue
        aux = k - 1 - (lowers[k - 1] in _AGENDA_ADVERBS)
        if lowers[aux] not in ("was", "were"):
            continue
        first = aux
        while first > 0 and lowers[first - 1] not in (",", ":", ";"):
            first -= 1
        if lowers[first] not in _AGENDA_SUBJECT_PRONOUNS and 0 < aux - first <= _AGENDA_SUBJECT_WORDS:
            return range(first, aux)
    return range(0)


#: Nouns of the middle of talks: "at the centre of the talks", "at the heart of the discussions".
_CENTRE_NOUNS: Final = et.word_set("centre center heart core forefront")


#: Words between a fronted or predicate "on the agenda" and its clause: "High on the agenda",
#: "was also firmly on the agenda".
_AGENDA_ADVERBS: Final = et.word_set("high higher highest also top first prominently firmly squarely")
#: Whose agenda it is: the talks' ("on the agenda of the talks", "... of their meeting").
_AGENDA_OWNERS: Final = et.word_set("the their its")
_AGENDA_EVENTS: Final = et.word_set(
    "talks meeting meetings discussions consultations visit summit negotiations call conversation"
)
#: What may follow the subject's "on the agenda" to close the clause ("... on the agenda, X said"),
#: or open the clause of the talks it was on ("... on the agenda when A met B").
_AGENDA_CLAUSE_ENDS: Final = frozenset([".", ",", ";", "!", "", "at", "during", "as", "when"])
#: Subjects that name no matter: "It was on the agenda", "This was also on the agenda".
_AGENDA_SUBJECT_PRONOUNS: Final = et.word_set("it this that they these those he she which what")
#: Nouns that take up a matter told before, after their article: "The topic was on the agenda",
#: "The issue was also on the agenda when A met B".
_AGENDA_ANAPHORS: Final = et.word_set("topic topics issue issues matter matters question questions subject")


#: Verbs that list what their subject holds: "The agenda included | X".
_INCLUSION_VERBS: Final = et.word_set("included includes include comprised featured")
#: Nouns of what talks were about, as a subject of `_INCLUSION_VERBS`: "agenda", "topics of
#: discussion", "issues discussed" (not "items", which lists goods as often: "export items").
_AGENDA_NOUNS: Final = et.word_set("agenda topics subjects issues themes matters")
#: Words of such a subject, the article and the noun's complement included ("the topics of the
#: talks", "the main issues discussed at the meeting").
_AGENDA_SUBJECT_WORDS: Final = 7


def _thanked_for(s: Sentence) -> int | None:
    """The "for" after a verb of thanks or praise ("thanked the Foreign Minister for Saudi
    Arabia's role in hosting talks"): what it opens is the reason, which tells no event."""
    lowers = s.lowers
    if et.GRATITUDE_VERBS.isdisjoint(lowers[: s.n]):
        return None
    for i, lower in enumerate(lowers[: s.n]):
        if lower in et.GRATITUDE_VERBS:
            return next((k for k in range(i + 1, min(s.n, i + 8)) if lowers[k] == "for"), None)
    return None


def _event_adverbial(s: Sentence, j: int) -> bool:
    """Whether an adverbial naming the event opens at token j: "during a telephone
    conversation", "at the commerce secretary-level meeting", "on the sidelines of the summit"."""
    lowers = s.lowers
    if lowers[j] not in ("during", "at", "in") and (
        lowers[j] not in _ANCHOR_OPENERS or not _anchor_length(s, j)
    ):
        return False
    if lowers[j] == "in" and lowers[j - 1] in _STATE_OF_TALKS:
        return False  # "to review progress in negotiations": what the talks covered
    plain = 0  # words before the event noun, not counting a name's ("the 3rd Philippines-Brazil
    # Joint Commission Meeting")
    for k in range(j + 1, min(s.n, j + 13)):
        if k == j + 1 and lowers[k] in _HOLDING_GERUNDS and _anchor_length(s, j):
            continue  # "after holding talks with X": the talks, as "after talks with X"
        if lowers[k] in et.NOUN_TRIGGERS or lowers[k] in et.PHONE_WORDS:
            # "in a phone call", "in talks with"; not "in the summit's declaration"
            return lowers[j] != "in" or lowers[k] in _IN_EVENTS or lowers[k] in et.PHONE_WORDS
        if lowers[k] in et.CEREMONIES:
            return lowers[j] != "in"  # "signed a memorandum on sports | at a ceremony in Doha"
        if lowers[k] in (",", ".", ";") or lowers[k] in _VERBS:
            return False
        if not (s.caps[k] or lowers[k] == "-"):
            plain += 1
            if plain == 5:
                return False
    return False


#: Gerunds of holding an event that an anchor may open on before its noun ("after holding
#: talks with X", "following having talks"): the adverbial names the event all the same (it had
#: run on into what was agreed, and the talks were lost).
_HOLDING_GERUNDS: Final = et.word_set("holding having conducting")


def _outcome_adverbial(s: Sentence, j: int) -> bool:
    """Whether the adverbial at token j belongs to a participle that hangs it on the noun
    before ("discussed the implementation of agreements reached | at the Russia-Africa
    summit", "decisions taken at the last session"): it tells where that outcome came from,
    another event the topic is about, not the event of the clause; "were reviewed at the
    meeting" (an auxiliary) is the clause's own."""
    lowers = s.lowers
    if not hung_on_outcome(s, j):
        return False
    # "the commitments made at the Fourth Session held in Addis Ababa in November 2022": an
    # event told with a participle of its own is reported as background, an event of its own
    event = next((k for k in range(j + 1, min(s.n, j + 10)) if lowers[k] in et.NOUN_TRIGGERS), s.n)
    return lowers[event + 1] not in _HOLDING_PARTICIPLES and not _named_visit(s, j, event)


def _past_outcome_adverbial(s: Sentence, i: int, start: int) -> bool:
    """Whether the noun trigger at token i stands in an adverbial hung on a past participle of
    an outcome ("The investment pledged | during X's visit to Abuja | will create jobs"): the
    outcome came from an event already held, and a future predicate after it is the outcome's
    (the visit had been read as still to come, and dropped)."""
    for k in range(i - 1, max(start, i - 8) - 1, -1):
        if s.lowers[k] in ("at", "during"):
            return hung_on_outcome(s, k)
        if s.lowers[k] in (",", ";", "."):
            return False
    return False


def hung_on_outcome(s: Sentence, j: int) -> bool:
    """Whether the adverbial opening at token j ("at", "during") hangs on a participle of an
    outcome of the noun before ("agreements reached | during X's visit", not "were reviewed at
    the meeting"): it tells the event that outcome came from, no frame of the clause's verb."""
    lowers = s.lowers
    if lowers[j] not in ("at", "during"):
        return False
    p = _before_agent(lowers, j) - 1
    return (
        lowers[p] in _OUTCOME_PARTICIPLES
        and lowers[p - 1].isalpha()
        and lowers[p - 1] not in et.PASSIVE_AUXILIARIES
        and lowers[p - 1] not in _ADVERBS_OF_PARTICIPLES
    )


def _before_agent(lowers: list[str], j: int) -> int:
    """Token j, or the "by" of an agent phrase that ends at it ("the investment pledged | by
    Thai suppliers | during X's visit"): the participle stands before the agent."""
    for k in range(j - 1, max(0, j - _AGENT_REACH) - 1, -1):
        if lowers[k] == "by":
            return k
        if lowers[k] in (",", ";", "and") or lowers[k] in et.PASSIVE_AUXILIARIES:
            break
    return j


#: How many tokens an agent phrase ("by Thai automaker suppliers") may span.
_AGENT_REACH: Final = 6


def _named_visit(s: Sentence, j: int, event: int) -> bool:
    """Whether the event noun at token `event`, in the adverbial opening at token j, is a visit
    whose visitor is named ("during X's official visit to Y", "during the visit of the Belarusian
    President to Y"): a past trip of a named side is an engagement told in passing, labelled as
    past background whatever verb reports its outcome ("discussed" or "hailed"); a summit or a
    session where the outcome was reached names no side and stays subject matter."""
    lowers = s.lowers
    if event >= s.n or et.NOUN_TRIGGERS[lowers[event]] != et.VISIT:
        return False
    if any(lowers[k] in ("'s", "'", "’s") or s.caps[k] for k in range(j + 1, event)):
        return True  # "during Belarusian President X's official visit"
    return lowers[event + 1] == "of" and any(s.caps[k] for k in range(event + 2, min(s.n, event + 6)))


#: Participles of an outcome that an earlier event produced: "agreements reached at ...",
#: "the investment pledged during X's visit".
_OUTCOME_PARTICIPLES: Final = et.word_set(
    "reached adopted made taken achieved agreed struck forged announced signed concluded undertaken approved"
    " pledged promised secured committed offered granted extended inked sealed"
)
#: Adverbs that may stand between an auxiliary and its participle: "were also signed at".
_ADVERBS_OF_PARTICIPLES: Final = et.word_set("also later then just already formally officially jointly")


#: Nouns of how talks stand, whose "in <talks>" is a topic: "progress in negotiations".
_STATE_OF_TALKS: Final = et.word_set("progress headway breakthrough breakthroughs stalemate deadlock")


#: Nouns of talks, which a trade story may name only as the matter of its figures.
_TALKS_NOUNS: Final = et.word_set("talks negotiations negotiation discussions consultations")
#: Nouns of what is at stake in talks, whose "in <talks>" names the talks as a matter: "a key
#: sticking point in the trade negotiations", "a bargaining chip in tariff talks", "the main
#: obstacle in the talks".
_STAKES_IN_TALKS: Final = et.word_set(
    """point points chip chips card cards issue issues obstacle obstacles hurdle hurdles block blocks
    contention irritant irritants flashpoint lever levers leverage factor factors focus priority
    priorities topic topics item items element elements"""
)
#: Prepositions that set talks against what the clause tells: "rose 6% despite the talks".
_CONCESSIVE_PREPOSITIONS: Final = et.word_set("despite notwithstanding")
#: Words after talks that close them with nobody, no day and no place told: the end of the
#: phrase, or a conjunction opening the next clause ("a chip in tariff talks as imports fell").
_CLOSED_AFTER_TALKS: Final = et.word_set(", . ; : ) — – as while and but")
#: Lower-case words between a preposition and talks that keep them unnamed: "in the trade talks".
_MAX_TALKS_MODIFIERS: Final = 3


def _talks_as_matter(s: Sentence, i: int) -> bool:
    """Whether the talks noun at token i is named only as a matter of the sentence, not as an
    event: the object of "in" after a noun of what is at stake ("a key sticking point in the
    trade negotiations", "a bargaining chip in tariff talks") or of "despite" inside the
    sentence ("rose 6% despite the talks"), with only lower-case modifiers before it, and
    nothing after it that tells who talked, when or where ("in talks between A and B", "despite
    talks with X on Monday" stay events, as does an opening "Despite the talks, A and B ...").
    A sentence that names an official by a title in capitals may tell who talked elsewhere in it
    ("a sticking point in the talks, Vice Premier X told Treasury Secretary Y"): those stay."""
    lowers = s.lowers
    if lowers[i + 1] not in _CLOSED_AFTER_TALKS:
        return False
    if any(s.caps[k] and lowers[k] in HEAD_WORDS for k in range(s.n)):
        return False
    k = i - 1
    while k > i - 1 - _MAX_TALKS_MODIFIERS and lowers[k].isalpha() and not s.caps[k] and not s.in_country(k):
        if lowers[k] in ("in", "despite", "notwithstanding"):
            break
        k -= 1
    if lowers[k] in _CONCESSIVE_PREPOSITIONS:
        return k > 0
    return lowers[k] == "in" and lowers[k - 1] in _STAKES_IN_TALKS


#: Nouns of a quarrel: "a row between A and B" names whom it sets apart, who need not be at the
#: event the sentence tells ("met ... amid a row between Prime Ministers A and B").
CONFLICT_NOUNS: Final = et.word_set(
    """row rows disagreement disagreements tension tensions rift rifts feud feuds quarrel quarrels
    dispute disputes spat spats clash clashes standoff stand-off friction frictions"""
)
#: Words that join a quarrel's parties: "between Prime Ministers A and B", "between the two
#: leaders", "between Russia's X and Ukraine's Y".
_PARTY_LINKS: Final = frozenset({"and", "&", "the", "their", "two", *POSSESSIVE_MARKS})


def _conflict_parties(s: Sentence) -> set[int]:
    """Tokens of a quarrel and of the parties after its "between" ("disagreements between
    Presidents A and B", "a rift between the two leaders"): subject matter of the event, whose
    parties are no sides of it. The parties run over names, their particles ("da Silva") and
    "and" to the first other lower-case word or punctuation mark ("... over tariffs")."""
    lowers = s.lowers
    found: set[int] = set()
    if "between" not in lowers[: s.n] or CONFLICT_NOUNS.isdisjoint(lowers[: s.n]):
        return found  # most sentences, without a loop over tokens
    for i in range(s.n - 1):
        if lowers[i] not in CONFLICT_NOUNS or lowers[i + 1] != "between":
            continue
        end = i + 2
        while end < s.n and (
            s.caps[end]
            or lowers[end] in _PARTY_LINKS
            or (s.caps[end + 1] and lowers[end] not in (",", ";", ".") and lowers[end].isalpha())
        ):
            end += 1
        found.update(range(i, end))
    return found


def _owned_relations(s: Sentence) -> set[int]:
    """Tokens of one country's relation with another told as what was discussed or briefed
    ("discussed North Korea's military cooperation with Russia", "explained the state of his
    country's negotiations with China", "briefed Xi on Brazil's talks with Argentina"): the
    relation, its owner and its other end are subject matter, neither a side of the event nor
    talks of their own. Only as the object of a topic word, a verb of telling or a preposition
    of subject ("on", "about"): as a subject ("Brazil's talks with Argentina ended on Monday")
    or after an event's preposition ("during Brazil's talks with Argentina") the talks are an
    event; nor when a country's people follow "with" ("cooperation with Kenya's Minister X")."""
    lowers = s.lowers
    found: set[int] = set()
    if "with" not in lowers[: s.n] or POSSESSIVE_MARKS.isdisjoint(lowers[: s.n]):
        return found  # most sentences, without a loop over tokens
    for i in range(1, s.n - 2):
        if lowers[i] not in POSSESSIVE_MARKS:
            continue
        owner = _relation_owner(s, i)
        if owner < 0 or not _told_as_subject_matter(s, owner):
            continue
        k = i + 1
        while k < i + 4 and not s.caps[k] and lowers[k] not in _OWNED_RELATION_NOUNS and lowers[k].isalpha():
            k += 1
        if lowers[k] not in _OWNED_RELATION_NOUNS or lowers[k + 1] != "with":
            continue
        other = s.country_at(k + 2) or (s.country_at(k + 3) if lowers[k + 2] == "the" else None)
        if other is None or lowers[other[0]] in POSSESSIVE_MARKS or s.caps[other[0]]:
            continue  # "cooperation with Kenya's Minister X", "talks with Russian Minister X": people met
        found.update(range(owner, other[0]))
    return found


def _relation_owner(s: Sentence, mark: int) -> int:
    """First token of the owner before the possessive mark at token `mark`: a named country
    ("North Korea | 's") or a country told by a noun ("his country | 's", "the kingdom | 's"),
    or -1."""
    lowers = s.lowers
    if lowers[mark - 1] in _COUNTRY_NOUNS and lowers[mark - 2] in et.THIRD_PERSON_DETERMINERS:
        return mark - 2
    return next((start for start, (stop, m) in s.countries.items() if stop == mark and m.kind == "name"), -1)


def _told_as_subject_matter(s: Sentence, owner: int) -> bool:
    """Whether the noun phrase opening at token `owner` is what was told or discussed: right
    after a topic verb or a verb of telling ("discussed | X's ...", "explained | his country's
    ..."), a preposition of subject ("briefed Xi on | X's ...") or a noun of state ("the state
    of | X's ...")."""
    lowers = s.lowers
    before = lowers[owner - 1]
    if before in et.TOPIC_VERBS or before in _TELLING_VERBS or before in _SUBJECT_PREPOSITIONS:
        return True
    return before == "of" and lowers[owner - 2] in _STATE_NOUNS


#: Relations of one country with another whose other end is subject matter when the relation
#: is told as discussed: "X's cooperation with Y", "X's talks with Y".
_OWNED_RELATION_NOUNS: Final = et.word_set(
    """relations relationship ties cooperation partnership dispute disputes tensions conflict
    talks negotiations consultations dialogue rapprochement trade"""
)
#: Nouns that stand for a country after a determiner: "his country's", "the kingdom's".
_COUNTRY_NOUNS: Final = et.word_set("country nation kingdom republic government")
#: Verbs of telling whose object is subject matter: "explained | X's negotiations with Y".
_TELLING_VERBS: Final = et.word_set(
    "explained explaining outlined outlining described describing detailed presented reported updated"
)
#: Prepositions that open subject matter: "briefed X on | ...", "spoke about | ...".
_SUBJECT_PREPOSITIONS: Final = et.word_set("on about over regarding concerning")
#: Nouns of a state of affairs whose "of" opens subject matter: "the state of | X's talks".
_STATE_NOUNS: Final = et.word_set("state status progress outcome results situation prospects stage")


def _purpose_after_parties(s: Sentence, between: int) -> range:
    """ "a memorandum between DP World and Pelindo | to develop a terminal in Belawan", "... | on
    exporting wind power to Singapore": the purpose after the parties is topic too (its place is
    not where the signing was)."""
    lowers = s.lowers
    for k in range(between + 1, min(s.n, between + 16)):
        if lowers[k] in (",", ";", ".") or lowers[k] in _VERBS:
            return range(0)
        purpose = lowers[k] == "to" and not s.caps[k + 1] and lowers[k + 1] not in ("the", "a", "an")
        # "... between EVN and Sembcorp | on exporting offshore wind power to Singapore"
        about = lowers[k] in ("on", "for") and lowers[k + 1].endswith("ing") and not s.caps[k + 1]
        if purpose or about:
            end = k + 1
            while end < s.n and lowers[end] not in (",", ";", ".") and not _adverbial_date(s, end):
                end += 1
            return range(k, end)
    return range(0)


def _adverbial_date(s: Sentence, j: int) -> bool:
    """ "on Tuesday", "last May", "on 12 March": a date adverbial starts at token j; so does
    the time of day or order before one ("late on Wednesday", "early Tuesday", "later on").
    """
    if s.lowers[j] in _TIME_OF_DAY and _timed(s, j + 1):
        return True
    following = s.lowers[j + 1]
    dated = _calendar_at(s, j + 1) or following[:1].isdigit()
    return dated and s.lowers[j] in ("on", "last", "this", "earlier")


def _timed(s: Sentence, k: int) -> bool:
    """Whether the words at token k go on a time word ("late | on Wednesday", "early |
    Tuesday", "later | on." at the end of its clause, "later | in the day"), so that the time
    word before them is no word of a topic ("late payments", "early warning" are)."""
    lowers = s.lowers
    if _calendar_at(s, k) or lowers[k][:1].isdigit():
        return True
    if lowers[k] == "on":
        return k + 1 >= s.n or _calendar_at(s, k + 1) or lowers[k + 1] in (",", ".", ";", "and")
    return lowers[k] == "in" and lowers[k + 1] == "the" and lowers[k + 2] in ("day", "week", "month")


#: Words of the time of day or of order before a date: "late on Wednesday", "earlier on Friday".
_TIME_OF_DAY: Final = et.word_set("late early later earlier")


_MEMORANDA: Final = et.word_set("memorandum memoranda memorandums")
_MEETING_NOUNS: Final = et.word_set(
    "meeting meetings talks consultations negotiations conversation call session discussions discussion "
    "seminar seminars symposium workshop webinar conference"  # ("a seminar on Japanese management")
    # the calls, private talks and meals engagement_types.py knows as events ("held a
    # videoconference with X on migration", "a working lunch with Y on the railway"); not a
    # "dialogue", which names a standing body as often ("the Strategic Dialogue on Security")
    " videoconference video-conference teleconference tete-a-tete tête-à-tête lunch luncheon dinner"
    " breakfast"
)
#: Verbs of talking whose "about/on" after the counterpart opens what was talked about, as
#: after a meeting noun ("spoke by telephone with X about US tariffs": the US is no side), in
#: any form ("met X to talk about a trade centre in Y": the purpose of the meeting).
#: "met X on port services" is as "held talks with X on port services" (the topic had been lost).
_TALK_VERBS: Final = et.word_set(
    "spoke spoken talked conferred talk talking speak speaking confer conferring met meet meets"
)
_PURPOSE_NOUNS: Final = et.word_set("attempt bid effort efforts move")
#: Participles that open a speaker's remark after a comma: "..., noting that trade rose".
_REMARK_PARTICIPLES: Final = et.word_set(
    "noting adding saying stressing stating pointing recalling underlining"
)


def _appealed(lowers: list[str], to: int) -> bool:
    """Whether the "to" at `to` opens what someone was called on or urged to do ("called on
    Korean firms to expand their presence", "urged investors to boost ..."): an appeal, whose
    content is no topic of any meeting (it had gone to the talks told before)."""
    for k in range(to - 1, max(0, to - _APPEAL_REACH), -1):
        if lowers[k] in _APPEAL_VERBS or (
            lowers[k] == "on" and lowers[k - 1] in ("called", "calls", "calling")
        ):
            return True
        if lowers[k] in (",", ";", ".") or lowers[k] in _VERB_PAST:
            return False
    return False


#: Verbs of an appeal whose object's infinitive tells what is asked: "urged firms to expand".
_APPEAL_VERBS: Final = et.word_set("urged urges urging encouraged encourages asked asks appealed invited")
#: Tokens between an appeal's verb and the "to" of what it asks ("called on Korean firms to").
_APPEAL_REACH: Final = 8
#: Verbs of an infinitive of purpose after an event: "met X to coordinate ...". The second
#: group are more such verbs of preparing, mending and lobbying ("met X to prepare for the
#: Kenya-Ethiopia summit", "to mend ties with Y", "to drum up support for the Z railway"): the
#: countries in what the meeting was for had been taken for sides of it.
_PURPOSE_VERBS: Final = et.word_set(
    """coordinate boost strengthen deepen expand promote enhance advance resolve ease tackle
    secure finalize finalise assess evaluate streamline facilitate settle"""
) | et.word_set(
    """prepare plan map chart lay pave iron improve mend repair restore revive normalise normalize
    bolster consolidate cement reinforce intensify broaden widen diversify accelerate unlock push
    seek drum rally garner mobilise mobilize step scale shore"""
)
_AGREED: Final = et.word_set("agreed agree agrees decided decide decides resolved")
#: Verbs of judging an outcome, and the outcomes: "welcomed the conclusion of negotiations on
#: X", "hailed the progress of talks": what is judged is a topic, not an event of the sentence.
_APPRAISAL_VERBS: Final = et.word_set(
    "welcomed welcome welcomes hailed praised commended noted appreciated lauded"
)
#: Verbs of taking a stand on what a third party does: "met X and warned against an Israeli
#: offensive", "condemned the Russian strikes", "rejected any Iranian interference". Their object
#: is what was judged, never a side of the meeting told beside it.
_STANCE_VERBS: Final = et.word_set(
    """warned warning warns condemned condemning condemns denounced denouncing denounces rejected
    rejecting rejects criticised criticized criticising criticizing deplored deploring decried
    decrying"""
)
#: "voiced concern over", "expressed concern about": the worry's object, as a stance verb's.
_CONCERN_NOUNS: Final = et.word_set("concern concerns alarm")
_CONCERN_PREPOSITIONS: Final = et.word_set("over about at regarding")
#: "called for an end to the Israeli blockade": what was called for (not "called" a phone call).
_CALL_FORMS: Final = et.word_set("called calls calling call")
_OUTCOMES: Final = et.word_set(
    "conclusion completion progress outcome outcomes results result success launch resumption start holding"
)
_FOCUS_VERBS: Final = et.word_set(
    """paid pay pays paying given give gives giving gave placed place places placing put puts
    putting laid lay lays laying attached attach attaches attaching devoted devote devotes
    drew drawn draw draws focused focussed accorded"""
)
#: Nouns that open the subject of a passive topic verb: "Issues of X were considered",
#: "Prospects for Y were discussed".
_SUBJECT_TOPIC_NOUNS: Final = et.word_set(
    "issues questions matters prospects topics aspects ways possibilities opportunities problems"
)
#: Forms of "address", a verb of discussion when its object is a matter ("addressed water
#: security", "addressing the issue of refugees"), and of speaking when it is an audience or a
#: gathering ("addressed the forum", "addressed reporters").
_ADDRESSED: Final = et.word_set("addressed addressing")
_TOPIC_OPENERS: Final = (
    et.TOPIC_VERBS
    | et.AGREEMENT_NOUNS
    | _MEETING_NOUNS
    | _TALK_VERBS
    | _PURPOSE_NOUNS
    | _PURPOSE_VERBS
    | _AGREED
    | _APPRAISAL_VERBS
    | et.FOCUS_NOUNS
    | _STANCE_VERBS
    | _CONCERN_NOUNS
    | {"understanding", "stock", "for", "dominated"}
    | _ADDRESSED
)
#: Nouns of subject matter that "address" takes after a determiner ("addressed the issue of X",
#: "addressed the situation in Y", "addressed concerns over Z").
_ADDRESSED_MATTERS: Final = et.word_set(
    """issue issues question questions matter matters concern concerns challenge challenges
    situation problem problems need needs threat threats"""
)
#: Audiences "address" takes with no determiner ("addressed reporters", "addressing delegates").
_AUDIENCES: Final = et.word_set(
    """reporters journalists media press participants delegates lawmakers legislators students
    graduates members attendees guests parliament parliamentarians senators crowds audiences
    business businesses investors residents farmers traders workers staff troops soldiers
    supporters citizens diplomats envoys officials leaders people youth them him her us you"""
)


def _matter_addressed(s: Sentence, i: int) -> bool:
    """Whether "addressed" at token i takes a matter as its object: a word in lower case with no
    determiner that names no audience ("addressed water security", not "addressed reporters"),
    or a noun of subject matter after one ("addressed the issue of refugees"). An audience or a
    named gathering ("addressed the Kazakh-Indian Business Forum") is whom a speech was given to,
    and a letter ("addressed to the minister") no matter at all."""
    after = s.lowers[i + 1]
    if after in ("a", "an", "the", "their", "its", "his", "her", "mutual", "bilateral", "key", "several"):
        return s.lowers[i + 2] in _ADDRESSED_MATTERS
    if after in _ADDRESSED_MATTERS:
        return True
    return not s.caps[i + 1] and after.isalpha() and after not in _AUDIENCES and after not in ("to", "by")


#: Words between a meeting noun and its "dominated by": auxiliaries and adverbs of degree ("the
#: talks were largely dominated by X").
_BEFORE_DOMINATED: Final = et.PASSIVE_AUXILIARIES | et.word_set(
    "largely mostly heavily again also had have has"
)
#: How far back from "dominated" the meeting noun may stand, past those words.
_DOMINATED_REACH: Final = 4


def _talks_dominated_by(lowers: list[str], i: int) -> bool:
    """Whether "dominated" at token i is followed by "by" and said of talks ("talks dominated by
    X", "the agenda was largely dominated by X"): the matter discussed, where "a region dominated
    by rebels" names a place's masters, no matter of the talks."""
    if lowers[i + 1] != "by":
        return False
    k = i - 1
    while k > 0 and i - k <= _DOMINATED_REACH and lowers[k] in _BEFORE_DOMINATED:
        k -= 1
    return lowers[k] in _MEETING_NOUNS or lowers[k] == "agenda"


#: Forms of "revolve", a verb of discussion only with "around" ("the talks revolved around the
#: railway"): "a revolving credit facility" names no matter talked about.
_REVOLVING: Final = et.word_set("revolved revolve revolves revolving")
#: The forms of "centre on", a verb of discussion only with its "on" ("the talks centred on X",
#: "discussions centering around Y"), as "revolve" is only with its "around".
_CENTRED: Final = et.word_set("centred centered centring centering")
#: The forms of "take" in "took stock of X", a verb of reviewing: X is what was reviewed.
_TAKE_FORMS: Final = et.word_set("take takes took taken taking")


#: Prepositions that open what a meeting is about, after its noun or its counterpart.
_TOPIC_AFTER_MEETING: Final = frozenset(["on", "about", "regarding", "concerning"])
#: ... and what a document is about, after "with" and its other party: "an agreement with X
#: for oncology drugs in A, B and C" (the markets it covers are no parties).
_TOPIC_AFTER_PARTY: Final = _TOPIC_AFTER_MEETING | {"for"}


#: How far after a meeting's noun its topic may open, and after a verb of talking, which
#: has its medium, its day and its counterpart with a title of many portfolios between
#: ("spoke by telephone on Tuesday with Fiji's Deputy Prime Minister and Minister for Trade,
#: Co-operatives and Communications Manoa Kamikamica | about").
_TOPIC_REACH: Final = 9
_TALK_TOPIC_REACH: Final = 40


def _meeting_topic_start(s: Sentence, i: int, openers: frozenset[str] = _TOPIC_AFTER_MEETING) -> int:
    """Index of "on/about" that opens the topic of the meeting noun at token i ("talks on
    trade", "a meeting with provincial leaders on investment"), or -1. A call "on" someone
    is a visit to them ("paid a courtesy call on King Charles"), not a topic."""
    if s.lowers[i] == "call" and s.lowers[i + 1] in ("on", "upon"):
        return -1
    if _named_body_on(s, i):
        return -1
    talk = s.lowers[i] in _TALK_VERBS
    # "a video conference with Uzbekistan's Minister of Labor X on ...": the counterpart's title
    # and name stand between the noun and its topic, as after a verb of talking
    counterpart = talk or s.lowers[i + 1] == "with"
    reach = _TALK_TOPIC_REACH if counterpart else _TOPIC_REACH
    j = i + 1
    while j < s.n and reach > 1:
        lower = s.lowers[j]
        if j in (i + 1, i + 2) and _held_in_passive(s, i):
            j += 1  # "Talks were held | in Gaborone between A and B on X": the noun's own verb
            continue
        if lower in ("with", "between") and not counterpart and _named_party_follows(s, j + 1):
            # "talks in Namanga on Wednesday | with X, Tanzania's Minister of Trade, on ...": the
            # counterpart after the place and day, as right after the noun
            counterpart, reach = True, _TALK_TOPIC_REACH
        if lower == "," and counterpart and (close := _appositive_title_end(s, j)):
            j = close  # "talks with X, India's Minister of Agriculture, | on ...": the title is X's
            continue
        if (
            (lower == "," and not (talk and _portfolio_comma(s, j)))
            or lower in (";", ".")
            or (lower in _VERBS and not _visiting_guest(s, j))
        ):
            return -1
        if j >= i + _TOPIC_REACH and lower == "to" and not s.caps[j + 1]:
            return -1  # "... with X to review progress in negotiations on trade": a purpose's own "on"
        if lower in openers and _topic_follows(s, j) and not on_field_before_title(s, j):
            return j  # (not "met the Nordic Council | on Foreign Trade chairman X": his body's name)
        if lower in _MEETING_NOUNS or lower in et.TOPIC_VERBS or lower in _STANCE_VERBS:
            # "a meeting with X to review progress in negotiations | on trade", "the APEC
            # meeting in Jeju on Monday to discuss the duties | on wind towers", "met X on
            # Friday and warned against an offensive | on Rafah": theirs
            return -1
        # (a name counts for nothing: "talks with Vanuatu's Prime Minister Jotham Napat in Port
        # Vila on Tuesday | on kava exports" has its counterpart, place and day between)
        reach -= not s.caps[j]
        j += 1
    return -1


#: Words a title in apposition holds besides capitalized ones: a title's small words and
#: apostrophes, straight or curly ("India's Minister of Agriculture and Farmers’ Welfare"), and
#: an office noun in lower case ("the Kenyan minister for trade").
_APPOSITIVE_TITLE_WORDS: Final = TITLE_SMALL_WORDS | APOSTROPHES | et.word_set("& - minister secretary")
_MAX_APPOSITIVE_TITLE: Final = 14


def _appositive_title_end(s: Sentence, comma: int) -> int:
    """The comma that closes a title set off after a name at the comma at token `comma`, when
    the topic's "on" follows it ("talks with Shivraj Singh Chouhan, India's Minister of
    Agriculture and Farmers' Welfare, | on phytosanitary protocols"), or 0. The title is the
    name's, and the topic after it had been lost at its first comma."""
    if not (s.caps[comma - 1] and (s.caps[comma + 1] or s.lowers[comma + 1] == "the")):
        return 0
    k = comma + 1
    limit = min(s.n, comma + _MAX_APPOSITIVE_TITLE)
    while k < limit and (s.caps[k] or s.lowers[k] in _APPOSITIVE_TITLE_WORDS):
        k += 1
    if k >= limit or s.lowers[k] != "," or s.lowers[k + 1] not in ("on", "about", "regarding"):
        return 0
    return k + 1 if _topic_follows(s, k + 1) else 0


def _held_in_passive(s: Sentence, noun: int) -> bool:
    """Whether the meeting noun at token `noun` is the subject of its holding in the passive
    ("Talks were held in Gaborone between A and B | on Lake Chad security", "A meeting was
    conducted ..."): the verb is the noun's own and ends no phrase, its topic follows the sides
    (it had been lost at "were")."""
    lowers = s.lowers
    return lowers[noun + 1] in ("was", "were") and lowers[noun + 2] in _HOLDING_PARTICIPLES


def _visiting_guest(s: Sentence, j: int) -> bool:
    """Whether "visiting" at token j is the adjective of the guest after "with" or a
    determiner ("talks with visiting Djiboutian President X | on port access"), no verb that
    ends the meeting's phrase (the topic after the guest had been lost)."""
    return s.lowers[j] == "visiting" and s.lowers[j - 1] in _GUEST_MARKERS


#: Words before "visiting" as the guest's adjective: "with visiting X", "the visiting X".
_GUEST_MARKERS: Final = et.word_set("with the a his her their its")


def _portfolio_comma(s: Sentence, j: int) -> bool:
    """Whether the comma at token j parts two capitalized words of a title's list of portfolios
    ("Minister for Trade, Co-operatives and Communications"), not a clause (", who ...")."""
    return s.caps[j - 1] and s.caps[j + 1]


def _named_body_on(s: Sentence, i: int) -> bool:
    """Whether the capitalized meeting noun at token i and its "on" are a body's name, up to its
    acronym: "the United Nations Conference on Trade and Development (UNCTAD) Rebeca Grynspan
    met ..." names no conference on trade (its head had been cut off as a topic)."""
    if not s.caps[i] or s.lowers[i + 1] != "on" or not s.caps[i + 2]:
        return False
    k = i + 2
    while s.caps[k] or (s.lowers[k] in ("and", "&") and s.caps[k + 1]):
        k += 1
    return s.lowers[k] == "(" and s.lowers[k + 2] == ")" and s.words[k + 1].isupper()


def _topic_follows(s: Sentence, i: int) -> bool:
    """ "on trade" opens a topic; "on Monday", "on 12 May", "on the sidelines of" do not."""
    following = s.lowers[i + 1]
    if _calendar_at(s, i + 1) or following[:1].isdigit() or _anchor_length(s, i):
        return False
    if following == "the" and _DAY_ORDINAL.fullmatch(s.lowers[i + 2]):
        return False  # "talks in Hanoi on the 14th": a day, not a topic
    if following in _TRIP_DETERMINERS and not _TRIP_NOUNS.isdisjoint(s.lowers[i + 2 : i + 5]):
        return False  # "talks with X on his first visit to the Pacific": the occasion, not a topic
    if following == "the" and not _TRIP_STAGES.isdisjoint(s.lowers[i + 2 : i + 4]):
        return False  # "The meeting ... came on the fourth day of X's trip": when, not a topic
    if following == "the" and s.lowers[i + 2] in _PARTS_OF_DAY and s.lowers[i + 3] == "of":
        return False  # "talks in Prague on the morning of 11 March": when, not a topic
    if following in _FOREIGN_STREET_WORDS or any(
        s.caps[k] and s.caps[k - 1] and s.lowers[k] in _STREET_WORDS for k in (i + 2, i + 3)
    ):
        return False  # "at the offices on rue du 4 Septembre", "on Capitol Hill": where, no topic
    if following in _ON_CIRCUMSTANCES or (following == "the" and s.lowers[i + 2] in _ON_THE_CIRCUMSTANCES):
        return False  # "met X on arrival", "on board a ship", "on the outskirts of Kampala": no topic
    if _is_platform(s, i + 1) or (following in ("microsoft", "google") and _is_platform(s, i + 2)):
        return False  # "held talks on Zoom in April", "on Microsoft Teams": the manner, as "by phone"
    weekend = following == "the" and s.lowers[i + 2] == "weekend"
    if weekend and (i + 3 >= s.n or s.lowers[i + 3] in _AFTER_WEEKEND):
        return False  # "met Y on the weekend": when, as "over the weekend" is (it had been a topic)
    return not (following == "the" and s.lowers[i + 2] in _ON_THE_WAYS)


#: What "on the" tells of a meeting that is no topic: where, when, or how it was held.
_ON_THE_WAYS: Final = frozenset(["sidelines", "margins", "margin", "eve", "phone", "telephone"])
#: What may follow "on the weekend" when it is the time of a meeting ("met Y on the weekend in
#: Oslo", "... on the weekend."), not a noun it qualifies ("talks on the weekend economy").
_AFTER_WEEKEND: Final = et.word_set(", . ; : in at of to and with for before after as when while -")


#: Street words right after "on" ("on rue du 4 Septembre", "on Avenida Paulista"): an address,
#: where a meeting took place ("on road safety" is a topic, so only foreign words here).
_FOREIGN_STREET_WORDS: Final = et.word_set("rue avenida calle rua strasse straße ulitsa")
#: ... and closing a capitalized name one or two words later ("on Downing Street", "on Nyerere
#: Road", "on Pennsylvania Avenue").
_STREET_WORDS: Final = et.word_set("street avenue boulevard road lane drive square hill")
#: Words after "on" that tell where, when or for whom a meeting took place, not its matter.
_ON_CIRCUMSTANCES: Final = et.word_set("arrival board behalf")
#: ... and after "on the": "on the outskirts of Kampala", "on the same trip", "on the occasion of X".
_ON_THE_CIRCUMSTANCES: Final = et.word_set(
    "outskirts occasion way island premises grounds banks shores deck same fringes fringe"
)


#: What opens the trip an "on" tells the occasion of ("on his first visit", "on a two-day
#: tour"), and its nouns.
_TRIP_DETERMINERS: Final = et.word_set("his her their its a an")
_TRIP_NOUNS: Final = et.word_set("visit trip tour stopover mission")
_TRIP_STAGES: Final = et.word_set("day leg stage")
#: The part of a day told before its date: "on the morning of 11 March", "on the evening of
#: Tuesday", "on the night of 10 to 11 March".
_PARTS_OF_DAY: Final = et.word_set("morning afternoon evening night")
_DAY_ORDINAL: Final = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)")

#: The words an adverbial that ends a topic opens with (see _adverbial_starts).
_ADVERBIAL_OPENERS: Final = _TIME_OF_DAY | et.word_set("in at on last this by over via")
#: Days told from the day of writing, a date adverbial of their own ("on energy | yesterday").
_DAY_WORDS: Final = et.word_set("yesterday today tonight")
_HERE_OR_DAY: Final = et.word_set("here there") | _DAY_WORDS
#: Words after which a topic may end in an adverbial (the test is _adverbial_starts).
_TOPIC_END_OPENERS: Final = _ADVERBIAL_OPENERS | _DAY_WORDS
#: Words that end a clause or tell the time of a day word ("yesterday | afternoon").
_DAY_WORD_FOLLOWERS: Final = et.word_set(", . ; and morning afternoon evening night")
_SINCE_WORDS: Final = et.word_set("since until till from")


def _place_list(s: Sentence, k: int) -> bool:
    """Whether more places follow a city that ends at token k: ", Bintan and Karimun",
    " and Surabaya" (not ", Peru", nor ", UzDaily reports")."""
    lowers, caps = s.lowers, s.caps
    while lowers[k] == "," and caps[k + 1] and s.country_at(k + 1) is None:
        k += 2
        while caps[k] and lowers[k] != "and":
            k += 1
    return lowers[k] == "and" and caps[k + 1] and s.country_at(k + 1) is None


def _adverbial_starts(s: Sentence, j: int) -> bool:
    """A place, date or manner adverbial ends a topic: "a memorandum on e-commerce | in Lima
    on Tuesday", "discuss Gaza | by phone"."""
    lower, following = s.lowers[j], s.lowers[j + 1]
    if lower in _DAY_WORDS:
        # "a memorandum on energy cooperation | yesterday.": the day, no word of the topic
        return j + 1 >= s.n or following in _DAY_WORD_FOLLOWERS
    if _in_a_city(s, j):
        # "zones in Batam, Bintan and Karimun": a list of places is subject matter (an event
        # is held in one city; "in Lima, Peru" names the city's country)
        return not _place_list(s, s.countries[j + 1][0]) and not _locates_an_end(s, j)
    if _adverbial_date(s, j) or _same_occasion(s, j):
        return True
    if lower == "in" and _unlisted_place_then_date(s, j + 1) and not _locates_an_end(s, j):
        return True  # "held talks on grain transit | in Rzeszow on Friday": a town no list holds
    if lower == "in" and _a_countrys_capital(s, j + 1):
        return True  # "a memorandum on e-commerce | in the Turkish capital on Wednesday"
    if lower == "in" and following == "the" and s.lowers[j + 2] == "presence":
        return True  # "... on a lithium plant | in the presence of President X"
    if lower == "in" and following in ("force", "effect", "place") and s.lowers[j + 2] in _SINCE_WORDS:
        return True  # "a ban on wheat imports, | in force since September 2023": how long, no topic
    if (
        lower == "at"
        and (k := _venue_end(s, j + 1)) > j + 1
        and (s.lowers[k] in _HERE_OR_DAY or _adverbial_date(s, k))
    ):
        # "memoranda covering tourism and agriculture | at Perdana Putra here yesterday", "on
        # energy | at the Diplomatic Centre, St Ann's, yesterday": a venue named, then "here"
        # or the day
        return True
    if lower == "at" and (k := _common_venue_end(s, j + 1)) > j + 1:
        # "a memorandum on river navigation | at the presidential palace in Asuncion", "... | at
        # the Mburuvicha Roga residence on Tuesday": a venue its common noun ends, then the
        # city, "here" or the day
        return s.lowers[k] in _HERE_OR_DAY or _adverbial_date(s, k) or _in_a_city(s, k)
    return lower in ("by", "over", "via") and (
        following in et.PHONE_WORDS or s.lowers[j + 2] in et.PHONE_WORDS
    )


#: Nouns of the occasion an anaphor points back to: "on the same day", "at the same ceremony".
_OCCASION_NOUNS: Final = et.word_set("day date occasion ceremony event time")


def _same_occasion(s: Sentence, j: int) -> bool:
    """Whether "on/at the same day", "on that day", "at the same ceremony" opens at token j: the
    day or occasion of an event told before, which ends a topic as "on Friday" does (the topic
    had been "gas exploration on the same day")."""
    lowers = s.lowers
    if lowers[j] not in ("on", "at") or lowers[j + 1] not in ("the", "that"):
        return False
    noun = j + 3 if lowers[j + 2] == "same" else j + 2
    return lowers[j + 1] == ("the" if noun == j + 3 else "that") and lowers[noun] in _OCCASION_NOUNS


def _venue_end(s: Sentence, k: int) -> int:
    """Token after a venue's name opening at token k, with its "the" and inner "of (the)"
    ("the Office of the Prime Minister") and a locality after a comma (", St Ann's,"), so that
    a day told after it can be seen; k when no capitalized name opens there."""
    lowers, caps = s.lowers, s.caps
    start = k + (lowers[k] == "the")
    end = start
    while end < s.n and (
        caps[end] or (lowers[end] in ("of", "the") and caps[end + 1 + (lowers[end + 1] == "the")])
    ):
        end += 1
    if end == start:
        return k
    if lowers[end] == "," and lowers[local := s.locality_end(end + 1, most=s.n)] == "," and local > end + 1:
        return local + 1  # "at the Diplomatic Centre, St Ann's, yesterday"
    return end


def _common_venue_end(s: Sentence, k: int) -> int:
    """Token after a venue that a common noun ends, opening at token k with "the" or an owner's
    word: "the presidential palace", "the official residence", "the Mburuvicha Roga
    residence", "the ministry's headquarters" are where an event was, as a capitalized name
    is (`_venue_end`); k when none opens there. Only the venue's own words may come before
    the noun: capitalized ones and `_VENUE_MODIFIERS`."""
    lowers, caps = s.lowers, s.caps
    if lowers[k] not in _VENUE_OPENERS:
        return k
    for end in range(k + 1, min(s.n, k + 1 + _VENUE_WORDS_REACH)):
        if lowers[end] in _VENUE_NOUNS and not caps[end] and lowers[end + 1] not in POSSESSIVE_MARKS:
            return end + 1
        if not (caps[end] or lowers[end] in _VENUE_MODIFIERS):
            return k
    return k


#: Words that open a venue told by its common noun: "the presidential palace", "his residence".
_VENUE_OPENERS: Final = et.word_set("the his her their its")
#: Lower-case words of a venue before its noun: "the presidential palace", "the ministry's
#: headquarters", "the official residence".
_VENUE_MODIFIERS: Final = POSSESSIVE_MARKS | et.word_set("presidential official royal state main ministry")
#: Words a venue may take before its noun.
_VENUE_WORDS_REACH: Final = 4


def _unlisted_place_then_date(s: Sentence, k: int) -> bool:
    """Whether a capitalized name of at most three words opens at token k and a date adverbial
    follows it ("in Rzeszow on Friday", "in Jeju City last week"): a place the event was held in,
    though no gazetteer lists it (a name with a country or a lower-case word between is left to
    the gazetteer)."""
    end = k
    while end < k + 3 and s.caps[end] and not s.in_country(end):
        end += 1
    return end > k and _adverbial_date(s, end)


def _a_countrys_capital(s: Sentence, k: int) -> bool:
    """Whether "the <demonym> capital" opens at token k ("in the Turkish capital"), not owning
    what follows ("in the Kenyan capital's transport network"): a city told by its country, as
    where an event was, which ends a topic as "in Ankara" does."""
    if s.lowers[k] != "the" or (found := s.country_at(k + 1, ("demonym",))) is None:
        return False
    capital = found[0]
    return s.lowers[capital] == "capital" and s.lowers[capital + 1] not in POSSESSIVE_MARKS


def _locates_an_end(s: Sentence, j: int) -> bool:
    """Whether "in <place>" at token j locates an end of a route the topic names: "a bridge
    between Tak Bai in Narathiwat and Pengkalan Kubor in Kelantan", "a railway from Kashgar
    in Xinjiang to Andijan" (the places are the bridge's, not where the talks were)."""
    lowers, caps = s.lowers, s.caps
    k = j - 1
    while k >= 0 and caps[k]:
        k -= 1
    if k == j - 1 or k < 0 or lowers[k] not in ("between", "and", "from", "to"):
        return False
    return any(lowers[m] in ("between", "from") for m in range(max(0, k - 12), k + 1))


_AUXILIARIES: Final = et.word_set("was were is are has have had will would")
#: The verbs that end a document's subject ("a memorandum on X was signed by ...") or a topic:
#: trigger verbs, light verbs, auxiliaries as one set, looked up in place (one look-up for each
#: of the ~10,000 words asked of 600 generated stories, not up to three, nor a call for each).
_VERBS: Final = frozenset(et.VERB_TRIGGERS) | et.LIGHT_VERBS | _AUXILIARIES


def _noun_marked(lowers: list[str], j: int) -> bool:
    """Whether the word at token j follows a determiner or a possessive ending, and so is a
    noun inside the topic, not the verb that ends it ("talks on preparations for the
    president-elect's visit to Lima", "an agreement on the upcoming visit")."""
    return lowers[j - 1] in POSSESSIVE_MARKS or lowers[j - 1] in _NOUN_MARKERS


#: Determiners that make the next word a noun ("that" is left out: "barriers that have dogged").
_NOUN_MARKERS: Final = et.word_set("the a an his her their its this upcoming next")

_PASSIVE_EVENTS: Final = _VERB_PAST | et.word_set("exchanged")


def _passive_signing(lowers: list[str], j: int) -> bool:
    """Whether "was/were signed" (inked, concluded, exchanged, initialled) stands at token j,
    right after the documents it tells ("Nine agreements | were signed in the fields of ...")."""
    return lowers[j] in ("was", "were") and lowers[j + 1] in _SIGNED_PASSIVES


#: Participles of a signing told in the passive: "were signed", "was inked".
_SIGNED_PASSIVES: Final = et.word_set("signed inked concluded exchanged initialled initialed")


def _topic_list_goes_on(s: Sentence, i: int) -> bool:
    """Whether a list of topics goes on after the "with ..." at token i: then "with" inside a
    list already begun belongs to an item ("talks on economic cooperation, the joint
    organization with Portugal of the 2030 World Cup and the management of migration") and
    names no party of the talks."""
    for k in range(i, min(s.n, i + 12)):
        lower = s.lowers[k]
        if lower in (",", "and") and s.lowers[k + 1] in ("the", "a", "an"):
            return True
        if lower in (".", ";") or lower in _VERBS or _adverbial_date(s, k):
            return False
    return False


def _linked_with(s: Sentence, j: int) -> bool:
    """Whether the "with" at token j names the other end of a link a verb of linking makes
    just before it ("meant to link the Caucasus grid with Romania and Hungary", "a line
    connecting the port with Iraq"): a country joined to the thing, no party of the talks (not
    a country's people, "linking the grids with Kazakhstan's Energy Minister X", who met)."""
    found = s.country_at(j + 1)
    if found is None or s.lowers[found[0]] in POSSESSIVE_MARKS:
        return False
    lowers = s.lowers
    for k in range(j - 1, max(0, j - _LINKED_REACH) - 1, -1):
        if lowers[k] in (",", ";", "."):
            return False
        if lowers[k] in LINK_VERBS:
            return True
    return False


#: Verbs that join a thing to a place: the "with" after their object names the place.
LINK_VERBS: Final = et.word_set(
    """link links linked linking connect connects connected connecting interconnect
    interconnects interconnecting integrate integrates integrating synchronise synchronize
    synchronising synchronizing join joins joining"""
)
#: How many tokens before "with" a verb of linking may stand (its object between them).
_LINKED_REACH: Final = 7


def _relation_partner(s: Sentence, j: int) -> bool:
    """Whether the "with" at token j names the other country of a relation noun right before
    it, the talks' counterpart named before ("met X to discuss trade with Kenya", "talks with
    X on the border with Peru"): the country the relation is with, subject matter, no party of
    the talks. Only a country's bare name counts, not its people ("trade with Kenya's Minister
    X", who met); with no counterpart before, the country is the one talked with ("held talks
    on trade with Kenya"), unless the sentence opens on the two sides told before ("They
    discussed ties with Mozambique, Tanzania and Angola", "The two ministers reviewed trade with
    Chad": the topic had been lost)."""
    if s.lowers[j - 1] not in _RELATION_NOUNS:
        return False
    found = s.country_at(j + 1)
    if found is None or s.lowers[found[0]] in POSSESSIVE_MARKS or s.caps[found[0]]:
        return False
    return _opens_on_both_sides(s) or any(
        s.lowers[k] in _COUNTERPART_OPENERS and _named_party_follows(s, k + 1) for k in range(j - 1)
    )


def _opens_on_both_sides(s: Sentence) -> bool:
    """Whether the sentence opens on the sides of the event told before: "They", "Both sides",
    "The two leaders", "The ministers"."""
    lowers = s.lowers
    if lowers[0] == "they":
        return True
    k = 1 if lowers[0] in ("the", "both") else 0
    k += lowers[k] == "two"
    return k > 0 and lowers[k] in _PAIR_HEADS


#: Words after which the counterpart of talks is named: "met X", "talks with X".
_COUNTERPART_OPENERS: Final = et.word_set("met meets received receives hosted hosts with between")


#: Nouns of a relation between countries: "trade with X", "the border with X", "ties with X";
#: "border security with X", "the partnership with X", "links with X" too (after such a noun the
#: country had been taken for a side of the talks, and the host official given its country).
_RELATION_NOUNS: Final = et.word_set(
    """border borders trade relations relationship ties tensions tension conflict conflicts
    cooperation dispute disputes security partnership partnerships links connectivity
    normalization normalisation rapprochement"""
)


def _named_party_follows(s: Sentence, i: int) -> bool:
    """Whether "with" is followed by a named party: a capitalized word, possibly after
    "the leadership/management/representatives/heads of" ."""
    j = i
    while j < min(i + 6, s.n) and not s.caps[j] and s.lowers[j] not in (",", ".", ";"):
        j += 1
    return j < s.n and s.caps[j]


# ---------------------------------------------------------------------------------------
# triggers


def _light_verb_before(s: Sentence, i: int, floor: int) -> int:
    """Index of the light verb governing the noun at token i ("held ... talks"), or -1.

    Walks left over determiners, adjectives, numbers and "in" ("took part in the talks").
    """
    j = i - 1
    steps = 0
    while j >= floor and steps < 7:
        lower = s.lowers[j]
        if lower in et.LIGHT_VERBS:
            return j
        if lower in (",", ";", ".") or (lower in et.VERB_TRIGGERS and not s.caps[j]):
            return -1
        j -= 1
        steps += 1
    return -1


def _modal_before(s: Sentence, v: int, floor: int) -> bool:
    """Whether the verb at token v is under a modal, an infinitive "to" or a negation."""
    j = v - 1
    while j >= floor and s.lowers[j] in et.SKIPPABLE:
        j -= 1
    j = _before_date_words(s, j, floor)  # "will on Thursday host his Angolan counterpart"
    if j < floor:
        return False
    lower = s.lowers[j]
    if lower in et.NEGATIONS:
        return True
    if lower == "have" and j > floor and s.lowers[j - 1] in _WOULD_HAVE:
        return True  # "may have held talks", "could have met": a guess or what did not happen
    if lower == "have" and j > floor + 1 and s.lowers[j - 1] == "to" and s.lowers[j - 2] in ("was", "were"):
        return True  # "X was to have met Y on Monday": a plan that did not come about
    if lower in et.MODALS:
        # "will visit", "is expected to visit", "agreed to meet", "in order to sign"; not the
        # purpose of a stay under way ("is in Japan from Dec. 15 to 18 to pay a working visit"),
        # nor what a ceremony is for ("co-chaired a ceremony to sign cooperation documents": the
        # signing is the ceremony, held or to come as the verb that governs it tells)
        if lower == "to" and j > floor and s.lowers[j - 1] in et.CEREMONIES:
            return _modal_before(s, _governing_verb(s, j - 1, floor), floor)
        if lower == "to" and j > floor + 1 and _consent_done(s.lowers, j):
            # "Sultan X consented to receive Ambassador Y": a court's way of telling that the
            # ruler received him, done as the consent was
            return False
        return not (lower == "to" and _purpose_of_a_stay(s, j, floor))
    if lower in ("and", "or") and s.lowers[v] in _BASE_VERBS:
        return _modal_governs(s, v, floor)  # "is scheduled to hold talks with X and attend a forum"
    return lower in ("did", "does", "do", "has", "have", "had") and s.lowers[j + 1] in et.NEGATIONS


#: Verbs of a ruler's consent whose infinitive tells what was done: "consented to receive".
_CONSENTED: Final = et.word_set("consented")


def _consent_done(lowers: list[str], to: int) -> bool:
    """Whether the infinitive "to" at token `to` follows a consent in the simple past ("Sultan X
    consented to receive Ambassador Y", "graciously consented to receive a courtesy call"): the
    court's way of telling that the ruler received him. Not "has consented to receive X next
    week", a promise, nor "never consented to", nor "will consent to" (no past form)."""
    return lowers[to - 1] in _CONSENTED and lowers[to - 2] not in ("has", "have", "had", "never", "not")


def _governing_verb(s: Sentence, noun: int, floor: int) -> int:
    """The token right before a noun's article and up to two modifiers: the verb that governs
    it ("attended a signing ceremony", "will co-chair the ceremony")."""
    k = noun - 1
    steps = 0
    while k > floor and steps < 3 and not s.caps[k] and s.lowers[k] not in ("a", "an", "the"):
        k -= 1
        steps += 1
    return k - 1 if s.lowers[k] in ("a", "an", "the") else k


#: Words of the span of a stay between its place and the purpose's "to": "from Dec. 15 to 18".
_STAY_SPAN_WORDS: Final = et.word_set("from to until till through on for this week days . - –")
#: How many tokens back from the purpose's "to" the stay's "is in <Place>" may open.
_STAY_REACH: Final = 10


def _purpose_of_a_stay(s: Sentence, to: int, floor: int) -> bool:
    """Whether the infinitive "to" at token `to` tells the purpose of a stay told in the present
    or past, "is/was in <Place>" and its dates right before ("Chinh is in Japan from Dec. 15 to
    18 to attend the summit and pay a working visit"): the purpose is being carried out, no plan
    (where "is due to", "is expected in X to" wait ahead), in a main clause."""
    lowers = s.lowers
    for k in range(to - 1, max(floor, to - _STAY_REACH) - 1, -1):
        if lowers[k] == "in":
            # (a relative clause's stay, "Y, who is in Nairobi to take part in the summit",
            # waits for an event of its own, still ahead)
            # ("is in the Republic of Korea", "in the United States": the article opens the name)
            name = k + 2 if lowers[k + 1] == "the" else k + 1
            return (
                name < to
                and s.caps[name]
                and lowers[k - 1] in ("is", "are", "was", "were")
                and lowers[k - 2] not in et.RELATIVE_WORDS
            )
        if not (
            s.caps[k]
            or lowers[k].isdigit()
            or lowers[k] in _STAY_SPAN_WORDS
            or _joins_a_name(s, k)
            or (lowers[k] == "the" and lowers[k - 1] == "in" and s.caps[k + 1])
        ):
            return False
    return False


def _joins_a_name(s: Sentence, k: int) -> bool:
    """Whether the small word at token k joins two capitalized words into one name ("Republic
    of Korea", "Bosnia and Herzegovina", "Trinidad and Tobago")."""
    return s.lowers[k] in ("of", "and") and s.caps[k - 1] and s.caps[k + 1]


def _future_after(s: Sentence, i: int) -> bool:
    """A future or planned predicate after a noun trigger that no light verb governs: "The
    next meeting will be held", "The SCO Plus meeting, with ..., is to be held later today",
    "a meeting planned for Berlin". The scan stops at the first other verb or relative clause.
    """
    lowers = s.lowers
    for j in range(i + 1, min(s.n, i + 20)):
        lower = lowers[j]
        if lower not in _FUTURE_SCAN_WORDS:
            continue
        following = lowers[j + 1]
        if lower in ("will", "shall", "'ll"):
            return True
        if lower in _HYPOTHETICAL and not s.caps[j] and following not in ("not", "n't", "have"):
            # "a meeting between X and Y could ease tensions" (not "in May", "may have", nor
            # "the meeting discussed trade and agreed that officials would ...": another verb's)
            return not any(_past_verb(s, k) for k in range(i + 1, j))
        if lower in ("has", "have", "had") and following in ("not", "n't", "never"):
            return True  # "A visit ..., mooted for the autumn, has not yet been scheduled"
        if lower in ("has", "have", "had") and following == "been":
            # "has been postponed", "has been put off several times", "has been discussed for
            # this year": still talked of, not yet held
            return (
                lowers[j + 2] in _CALLED_OFF_OR_TALKED_OF
                or (lowers[j + 2], lowers[j + 3]) in _CALLED_OFF_PHRASAL
            )
        if lower in ("is", "are", "was", "were"):
            if following == "held" and lowers[j + 2] in ("up", "back"):
                return True  # "The 19th session ... was held up by a dispute": delayed
            return following in _FUTURE_AFTER_BE or following in et.CANCELLATION  # "was cancelled"
        if lower in _SCHEDULED_VERBS:
            return True  # "The Focac summit opens on Thursday": a timetable, told in the present
        if lower in _PLANNED and following in ("for", "to", "in", "on"):
            if _planned_topic(s, i, j):
                continue  # "spoke by telephone about a summit planned for October": the summit's
            return True
        if lower in et.VERB_TRIGGERS or lower in et.LIGHT_VERBS or lower in et.SPEECH_VERBS:
            if following == "by" and lower.endswith("ed"):
                continue  # "A business forum organised by the chamber will take place": a reduced passive
            return False
        if lower in _HARD_BREAKS or (lower == "," and following in et.RELATIVE_WORDS):
            return False
        if lower in ("that", "which", "who") and j > i + 2:
            return False  # "a state visit ..., the first leg of a tour that will also take him to Serbia"
    return False


#: What after "is/are/was/were" tells a trigger still ahead: "is to be held", "was planned",
#: "is slated for".
_FUTURE_AFTER_BE: Final = _BE_AHEAD | et.word_set("to planned slated")


def _planned_topic(s: Sentence, i: int, planned: int) -> bool:
    """Whether the participle of planning at token `planned` qualifies another event's noun
    right before it, inside what the trigger at token i was about ("a call about US tariffs
    and the summit planned for October") or inside an anchor after it ("received a phone call
    last week ahead of a tripartite summit planned for October"): the summit is planned, not
    the call. Without "about/on/regarding" or an anchor between them the plan may be the
    trigger's ("talks and a summit planned for October")."""
    lowers = s.lowers
    noun = planned - 1
    return (
        noun > i
        and lowers[noun] in et.NOUN_TRIGGERS
        and any(lowers[k] in _TOPIC_AFTER_MEETING or _anchor_length(s, k) for k in range(i + 1, noun))
    )


def _past_verb(s: Sentence, k: int) -> bool:
    """A lower-case past form at token k ("discussed", "agreed", "met"), or a topic verb."""
    lower = s.lowers[k]
    return not s.caps[k] and (lower.endswith("ed") or lower in et.TOPIC_VERBS or lower in _FINITE_PAST)


#: Participles that, after "has been", tell an event only talked of: "A visit by X has been
#: discussed for this year", "has been mooted".
_TALKED_OF: Final = et.word_set("discussed mooted floated mulled considered rumoured rumored touted")
#: What may follow "has been" of an event not held: called off or only talked of.
_CALLED_OFF_OR_TALKED_OF: Final = et.CANCELLATION | _TALKED_OF
#: Modals that make a noun's event a possibility: "a meeting ... could ease tensions".
_HYPOTHETICAL: Final = et.word_set("could would might may should")
#: Participles that put a noun's event in the future: "a meeting planned for Berlin".
_PLANNED: Final = et.word_set("planned scheduled slated expected mooted proposed envisaged")

#: Present-tense verbs of a timetable: an event that "opens" or "begins" on a day is to come.
_SCHEDULED_VERBS: Final = et.word_set("opens begins starts convenes kicks resumes")
#: Every word at which `_future_after` decides or stops.
_FUTURE_SCAN_WORDS: Final = (
    et.word_set("will shall 'll has have had is are was were , could would might may should that which who")
    | _PLANNED
    | _SCHEDULED_VERBS
    | frozenset(et.VERB_TRIGGERS)
    | et.LIGHT_VERBS
    | et.SPEECH_VERBS
    | _HARD_BREAKS
)


#: Adjectives of a practice, not an event: "hold regular talks", "periodic consultations".
_HABITUAL: Final = et.word_set("regular periodic frequent routine ongoing continuing")


def _ordinary_sitting(s: Sentence, j: int) -> bool:
    """Whether "regular" at token j names one ordinary sitting of a body, as against an
    extraordinary one: "the regular session of the joint commission", "its 9th regular
    meeting", "A regular meeting of the Intergovernmental Commission was held" (a definite or
    numbered event, or one sitting of a named body; "hold regular talks" stays a practice)."""
    before = s.lowers[j - 1]
    return s.lowers[j] == "regular" and (
        before in ("the", "its", "their")
        or et.ORDINAL.fullmatch(before) is not None
        or (before in ("a", "an") and s.lowers[j + 1] in _ONE_SITTING and s.lowers[j + 2] == "of")
    )


#: Nouns of one sitting that "a regular ... of" a body counts: "a regular meeting of the X".
_ONE_SITTING: Final = et.word_set("meeting session sitting")


#: Light verbs that make an unnamed dialogue an event: "held a strategic dialogue".
_HOLDING_VERBS: Final = et.word_set("held hold holds holding conducted conduct conducts had")

#: Prepositions before a gerund that make it a topic or a wish, not an event told: "cautious
#: about signing", "the possibility of visiting", "talks on signing", "opposed to meeting".
#: ("over" of subject matter: "are in talks over holding a summit", "a row over signing the deal")
_NOT_EVENT_PREPOSITIONS: Final = et.word_set("about of on over toward towards against to without")

#: Words of getting ready for an event: "to prepare for the visit", "preparations for the summit".
_PREPARATION: Final = et.word_set("prepare prepares preparing prepared preparation preparations")
#: Verbs of arranging a trip (`_TRIP_NOUNS`) still ahead, told in the present ("is organising a
#: trade mission to Brazil", "is planning a visit"): the trip is a plan. Their past ("organised
#: a trade mission to Brazil last May") may tell the trip made, so it is not here.
_ORGANISING: Final = et.word_set(
    "organise organises organising organize organizes organizing plan plans planning"
)
#: Verbs of arranging any event, told in the present ("The government is arranging a summit
#: between X and Y for early June", "arranges talks"): the event is still a plan. The past
#: ("arranged a meeting between X and Y") may tell the meeting held, so it is not here.
_ARRANGING: Final = et.word_set("arrange arranges arranging")


#: Nouns of arranging events, whose "of" names the events arranged.
_ORGANISATION_NOUNS: Final = et.word_set("organisation organization holding")


def _subject_organisation_of(lowers: list[str], k: int) -> bool:
    """Whether token k opens "the organisation of" as what a document or talk is about ("signed a
    memorandum in Douala on the organisation of B2B meetings between ..."): the events are the
    matter arranged, still to come, none held."""
    return (
        lowers[k] in _ORGANISATION_NOUNS
        and lowers[k + 1] == "of"
        and lowers[k - 1] == "the"
        and lowers[k - 2] in ("on", "about", "regarding", "concerning")
    )


#: Words between a verb of preparing and the event prepared ("to prepare the upcoming visit").
_DETERMINERS_ONLY: Final = et.word_set("the a an his her their its this that upcoming next")


def _prepared_object(between: list[str]) -> bool:
    """Whether the words between a verb of preparing and an event noun make that event its
    object: determiners ("to prepare the upcoming visit") and the kind of a trade mission
    ("is preparing a business mission to X"), whose journey is then still a plan. Any other
    word ("prepared the ground for a visit") leaves the event the verb's no object."""
    return all(w in _DETERMINERS_ONLY or w in et.TRADE_MISSION_KINDS for w in between)


def _in_talks_now(lowers: list[str], i: int) -> bool:
    """Whether the talks noun at token i is told as a state in the present ("Seoul and Tokyo are
    in talks over holding a summit", "the firm remains in negotiations with X"): a negotiation
    under way, no sitting held on a day (the past "were in talks on Monday" may tell one)."""
    if lowers[i] not in _TALKS_NOUNS or lowers[i - 1] != "in":
        return False
    verb = i - 3 if lowers[i - 2] in _STATE_ADVERBS else i - 2
    return lowers[verb] in _PRESENT_BE


#: Present forms of being in a state: "are in talks", "remains in negotiations".
_PRESENT_BE: Final = et.word_set("is are remain remains 're")
#: Adverbs between the verb and "in talks": "are already in talks", "is currently in talks".
_STATE_ADVERBS: Final = et.word_set("already currently still now reportedly also")


def _expected_from(s: Sentence, named: int, floor: int) -> bool:
    """Whether the event named from token `named` is what someone expects or hopes for
    ("expectations from the X Summit", "hopes for the talks", "what do you expect of the
    visit?"): looked forward to, not held, whatever the tense of the clause around it."""
    k = named - 1
    while k > floor and s.lowers[k] in _DETERMINERS_ONLY:
        k -= 1
    return k > floor and s.lowers[k] in ("from", "for", "of") and s.lowers[k - 1] in _EXPECTATIONS


#: Words of looking forward to an event, before its "from/for/of": "expectations from the summit".
_EXPECTATIONS: Final = et.word_set(
    "expectations expectation expect expects expecting hopes aspirations anticipation anticipations"
)


def _appraised(s: Sentence, i: int) -> bool:
    """Whether the noun trigger at token i is the definite object of an appraisal ("welcomed
    the call", "hailed the agreement"): whoever appraises it told no event of their own."""
    return (
        (
            s.lowers[i] in _APPRAISED_EVENTS
            and s.lowers[i - 1] in ("the", "this", "that", "their")
            and s.lowers[i - 2] in _APPRAISAL_VERBS
        )
        or _praised_outcome_of(s, i)
        or _congratulated_on_hosting(s, i)
    )


def _praised_outcome_of(s: Sentence, i: int) -> bool:
    """Whether the event noun at token i closes "the <outcome> of ..." that a verb of praise
    governs ("congratulated him on the success of the GCC ministerial meetings", "praised the
    outcome of the recent talks"): an event judged, told before, none of the clause's own."""
    lowers = s.lowers
    for k in range(i - 1, max(1, i - 7), -1):
        if lowers[k] in (",", ".", ";"):
            return False
        if lowers[k] == "of" and lowers[k - 1] in _OUTCOMES:
            verb = range(max(0, k - 6), k - 1)
            return any(lowers[v] in _APPRAISAL_VERBS or lowers[v] in et.GRATITUDE_VERBS for v in verb)
    return False


def _congratulated_on_hosting(s: Sentence, i: int) -> bool:
    """Whether the event noun at token i closes what someone is congratulated on hosting:
    "congratulated him on (successfully) hosting the X Summit", "felicitated President Y on the
    successful hosting of the summit", "his congratulations on hosting the games". The host's
    gathering is judged, not attended by the one who congratulates (a call of congratulation
    had become a forum of both, at the summit's place); "thanked him for hosting" (a guest's
    words) and "met on the sidelines of the summit he hosted" are no congratulation."""
    lowers = s.lowers
    for k in range(i - 1, max(1, i - _HOSTED_NAME_REACH), -1):
        if lowers[k] in (",", ".", ";"):
            return False
        if lowers[k] in _HOSTING_WORDS:
            j = k - 1
            if lowers[j] in ("successful", "successfully"):
                j -= 1
            if lowers[j] == "the":
                j -= 1
            if lowers[j] not in ("on", "for", "upon"):
                return False
            return any(lowers[v] in _CONGRATULATING for v in range(max(0, j - _CONGRATULATED_REACH), j))
    return False


#: Gerunds and nouns of putting on a gathering: "on hosting the summit", "on the successful
#: organisation of the forum".
_HOSTING_WORDS: Final = et.word_set(
    "hosting organising organizing organisation organization staging convening"
)
#: Verbs and nouns of congratulation, before whom is congratulated: "congratulated him on".
_CONGRATULATING: Final = et.word_set(
    "congratulated congratulate congratulates congratulating congratulation congratulations "
    "felicitated felicitate felicitates felicitating felicitation felicitations"
)
#: Tokens from the hosting word to the event's noun ("hosting the 12th West African Economic
#: Summit"), and from the congratulation to its "on" ("congratulated President X of Y on").
_HOSTED_NAME_REACH: Final = 10
_CONGRATULATED_REACH: Final = 8


#: Event nouns whose appraisal is commentary ("welcomed the visit" may be the host's words).
_APPRAISED_EVENTS: Final = et.word_set(
    "call conversation talks meeting agreement deal accord signing memorandum"
)


def _event_name_start(s: Sentence, i: int) -> int:
    """First token of the capitalized name a noun trigger closes ("Commonwealth Heads of
    Government Meeting"), or i itself when it is written in lower case."""
    if not s.caps[i]:
        return i
    j = i
    while j > 0 and (s.caps[j - 1] or (s.lowers[j - 1] in ("of", "and", "on", "for") and s.caps[j - 2])):
        j -= 1
    return j


def _noun_negated(s: Sentence, i: int, segment: Segment) -> bool:
    """Modality of a noun trigger: its adjectives (to come: "the upcoming visit"; a practice:
    "hold regular talks"), its light verb or else its predicate; a noun prepared for
    ("received the ambassador to prepare for the visit") is still to come."""
    if _appraised(s, i):
        return True  # "JMEA president X welcomed the call": a reaction to an event, not a part of it
    if _counterfactual(s):
        return True  # "Had the summit gone ahead, the three sides would have signed ..."
    if s.lowers[0] in _CONDITIONS and _in_opening_condition(s, i):
        return True  # "If the talks succeed, X could meet Y next month": talks hoped for, not held
    if _denied_report(s, i):
        return True  # "denied that X had held a phone call with Y"
    if _anniversary_of(s, i, segment.start):
        return True  # "marked the 10th anniversary of the signing of the agreement": years ago
    if not _AVOIDING.isdisjoint(s.lowers[max(segment.start, i - 4) : i]):
        return True  # "shook hands but avoided a formal meeting", "left without a meeting"
    if _in_talks_now(s.lowers, i):
        return True  # "Seoul and Tokyo are in talks over holding a summit": a process under way
    named = _event_name_start(s, i)
    if _expected_from(s, named, segment.start):
        return True  # "what are Rwanda's expectations from the India-Africa Forum Summit?"
    if any(
        (s.lowers[k] == "for" and s.lowers[k - 1] in _PREPARATION)
        or (s.lowers[k] in _PREPARATION and _prepared_object(s.lowers[k + 1 : named]))
        or (
            s.lowers[k] in _ORGANISING
            and s.lowers[i] in _TRIP_NOUNS
            and _prepared_object(s.lowers[k + 1 : named])
        )
        or (s.lowers[k] in _ARRANGING and _prepared_object(s.lowers[k + 1 : named]))
        or _subject_organisation_of(s.lowers, k)
        for k in range(max(segment.start, named - 5), i)
    ):
        # "to prepare for the visit", "to prepare the visit", "preparing the summit",
        # "preparations for the Commonwealth Heads of Government Meeting", "is preparing a
        # business mission to Brazil"
        return True
    light = _light_verb_before(s, i, segment.start)
    j = i - 1
    # (the noun's own words end at its light verb: "The next day she held talks" is no "next talks")
    while j >= segment.start and j >= i - 4 and j != light:
        lower = s.lowers[j]
        if lower in et.FUTURE_ADJECTIVES or (lower in _HABITUAL and not _ordinary_sitting(s, j)):
            return True
        if lower == "no" and s.lowers[j + 1] not in _NO_COMPARATIVES:
            return True  # "but no meeting took place", "no formal talks were held": none was
        if lower in ("the", "a", "an", "its", "their", "his", "her", "this", "that", ","):
            break
        j -= 1
    if (
        s.lowers[i].endswith("ing")
        and s.lowers[i - 1] in _NOT_EVENT_PREPOSITIONS
        and not _had_the_honour_of(s.lowers, i)
    ):
        return True  # "cautious about signing long-term contracts", "the idea of visiting"
    if light >= 0:
        if _modal_before(s, light, segment.start) or _present_set_ahead(s, light):
            return True
        if _recurring(s, light, i):
            return True  # "have held annual naval staff talks since 2016": a practice
        if s.lowers[light].endswith("ing") and s.lowers[light - 1] in _NOT_EVENT_PREPOSITIONS:
            return True  # "talks on holding a summit"
    elif (_future_after(s, i) and not _past_outcome_adverbial(s, i, segment.start)) or (
        _modal_governs(s, i, segment.start) or _clause_ahead(s, segment)
    ):
        return True
    words = s.lowers[: s.n]
    if not (
        _AHEAD_WORDS.isdisjoint(words)
        and _DAY_OR_MONTH_OPENERS.isdisjoint(words)
        and not _opens_on_day(words)
    ) and any(s.lowers[j] in _PRESENT_VERBS and _present_set_ahead(s, j) for j in range(segment.start, i)):
        return True  # "Next week, X travels to Seoul for talks", "continues his tour with a state visit"
    if _before_a_plan(s, segment):
        return True  # "is scheduled to travel to Santiago, before concluding his visit on Tuesday"
    return _cancelled_before(s, i, segment) or _called_off_after(s, i, segment)


#: Prepositions of a day or a month a present tense may be set ahead by: "on Thursday", "in March".
_DAY_OR_MONTH_OPENERS: Final = et.word_set("on in")
#: Comparatives after "no" that count rather than deny: "no fewer than 20 meetings".
_NO_COMPARATIVES: Final = et.word_set("fewer less more longer sooner later than")


def _denies_taking_place(lowers: list[str], j: int) -> bool:
    """Whether a predicate that starts at token j denies that its subject event took place:
    "did not take place", "was never held", "didn't happen", "did not go ahead" (not "did not
    produce a breakthrough": an outcome of talks that were held)."""
    end = negated_predicate_end(lowers, j)
    if end is None:
        return False
    j = end
    while lowers[j] in ("yet", "actually", "been", "be", "ever"):
        j += 1
    return lowers[j] in _TAKING_PLACE or (lowers[j] in ("go", "gone", "went") and lowers[j + 1] == "ahead")


def negated_predicate_end(lowers: list[str], j: int) -> int | None:
    """Where a predicate that starts at token j goes on after its negation ("did not | take
    place", "was never | a member", "didn't | join", "never | joined"); None where it opens
    on none. The denials of an event (`_denies_taking_place`) and of taking part in one
    (engagement_merge) read their verb from there."""
    if lowers[j] in NEGATED_AUXILIARIES:
        return j + 1
    if lowers[j] in _NEGATABLE_AUXILIARIES and j + 1 < len(lowers) and lowers[j + 1] in ("not", "never"):
        return j + 2
    if lowers[j] == "never":
        return j + 1
    return None


#: Auxiliaries that "not" or "never" can follow in the predicate of an event's noun.
_NEGATABLE_AUXILIARIES: Final = et.word_set("did does do was were is are has have had")
#: The same auxiliaries with "n't" written on ("didn't", "wasn’t").
NEGATED_AUXILIARIES: Final = frozenset(
    f"{aux}n{mark}t" for aux in _NEGATABLE_AUXILIARIES for mark in ("'", "’")
)
#: The words a negated predicate opens on (`negated_predicate_end`): where a word is none of
#: them, no call need ask.
_NEGATION_OPENERS: Final = NEGATED_AUXILIARIES | _NEGATABLE_AUXILIARIES | {"never"}
#: Verbs that say an event took place: negated, they deny it ("go" only with "ahead").
_TAKING_PLACE: Final = et.word_set(
    """take taken took happen happened occur occurred materialise materialised materialize
    materialized held hold"""
)


def _called_off_after(s: Sentence, i: int, segment: Segment) -> bool:
    """Whether the event a noun names is called off or denied in its own predicate: "The
    signing of the agreement ... was postponed", "the visit has been cancelled", "the meeting
    did not take place"."""
    lowers = s.lowers
    j = i + 1
    while j < min(s.n, i + _PREDICATE_REACH):
        if lowers[j] in _NEGATION_OPENERS and _denies_taking_place(lowers, j):
            return True  # "the meeting did not take place", "no talks ... were ever held"
        if lowers[j] in ("was", "were", "has", "have", "had", "remain", "remains", "remained", "are", "is"):
            k = j + 1
            while lowers[k] in ("been", "also", "again", "now", "since", "reportedly", "abruptly"):
                k += 1
            if lowers[k] in _CALLED_OFF or (lowers[k], lowers[k + 1]) in _CALLED_OFF_PHRASAL:
                return True
        if lowers[j] == "," and lowers[j + 1] in ("which", "that", "who"):
            # "A summit, which officials had hoped to hold in May, has been postponed": over the aside
            close = next((m for m in range(j + 2, min(s.n, j + _PREDICATE_REACH)) if lowers[m] == ","), None)
            if close is None:
                return False
            j = close + 1
            continue
        if lowers[j] == "," and s.caps[j + 1]:
            j += 1  # "a summit of South Korea, Japan and China": a list goes on
            continue
        if lowers[j] == "," and lowers[j + 1] in _ASIDE_ADVERBS:
            close = next((m for m in range(j + 2, min(s.n, j + 5)) if lowers[m] == ","), None)
            if close is not None:
                j = close + 1  # "talks with Japan, by contrast, have stalled": over the adverb
                continue
        if lowers[j] in (",", ";", "."):
            return False
        j += 1
    return False


#: Adverbs set off by commas between an event's noun and its predicate.
_ASIDE_ADVERBS: Final = et.word_set("by however meanwhile though moreover meantime for in")


#: Participles that call an event off after its noun.
_CALLED_OFF: Final = et.word_set(
    "postponed cancelled canceled delayed suspended scrapped called-off deferred shelved stalled stalling"
)
#: Phrasal participles that call an event off after its noun: "has been put off several times".
_CALLED_OFF_PHRASAL: Final = frozenset([("called", "off"), ("put", "off"), ("pushed", "back")])
#: Tokens after a noun within which its predicate's verb is looked for.
_PREDICATE_REACH: Final = 30


def _before_a_plan(s: Sentence, segment: Segment) -> bool:
    """Whether a "before ...ing" segment follows a clause that tells a plan ("will travel",
    "is scheduled to"): what comes before a planned event is planned too."""
    lowers = s.lowers
    if lowers[segment.start] != "before" or not lowers[segment.start + 1].endswith("ing"):
        return False
    return any(
        lowers[k] in ("will", "shall") or (lowers[k] in _PLANNED and lowers[k + 1] == "to")
        for k in range(segment.start)
    )


#: Base-form verbs that an infinitive "to" or a modal governs ("will travel to Doha for talks").
_BASE_VERBS: Final = et.word_set(
    """travel go head fly come return leave attend hold pay make meet visit sign take join lead arrive land
    prepare organise organize
    participate discuss seek hold host receive welcome open launch begin start continue represent address
    resume conclude finalise finalize complete close intensify accelerate speed relaunch"""
)
_FINITE_PAST: Final = et.word_set("was were had did held met signed took paid made attended arrived visited")
#: Either kind of past verb, one set test for `_finite_past_at`.
_ANY_PAST: Final = _VERB_PAST | _FINITE_PAST


def _modal_governs(s: Sentence, i: int, floor: int) -> bool:
    """A noun without a light verb that a future verb phrase governs: "Ruto will travel to
    Doha on Saturday for talks with the Emir", "is due to arrive for a summit"."""
    for j in range(i - 1, floor - 1, -1):
        lower = s.lowers[j]
        if lower not in _MODAL_SCAN_WORDS:
            continue
        if lower in _FINITE_PAST:
            return False
        if lower == "to" and s.lowers[j + 1] in _BASE_VERBS and _purpose_of_a_stay(s, j, floor):
            return False  # "is in Japan to attend the summit and pay a working visit": under way
        if lower == "to" and j > floor + 1 and _consent_done(s.lowers, j):
            return False  # "consented to receive a courtesy call from X": received, a past verb
        if lower in ("will", "shall", "'ll", "won't", "would") or (
            lower == "to" and s.lowers[j + 1] in _BASE_VERBS
        ):
            return not _closed_relative_modal(s, j, i, floor)  # ("would welcome a visit by X")
        if lower in _AHEAD_BEFORE_TO and s.lowers[j - 1] in ("is", "are"):
            return True  # "X is expected in Abuja next month for the Strategic Dialogue"
    return False


def _closed_relative_modal(s: Sentence, modal: int, end: int, floor: int) -> bool:
    """Whether the modal at `modal` sits in a relative clause that a comma closes before `end`,
    after a past main verb: "signed an agreement under which the bank will finance the road,
    following talks between A and B" (the talks hang on "signed", done)."""
    return "," in s.lowers[modal + 1 : end] and relative_modal_after_past(s.lowers, modal, floor)


def relative_modal_after_past(lowers: list[str], modal: int, floor: int) -> bool:
    """Whether the modal at `modal` opens no future of its own clause but sits in a relative
    clause after a past main verb ("signed a deal under which the bank will finance a road")."""
    for k in range(modal - 1, floor - 1, -1):
        if lowers[k] in et.RELATIVE_WORDS or lowers[k] == "whereby":
            return any(lowers[m] in _FINITE_PAST for m in range(floor, k))
        if lowers[k] == ",":
            return False
    return False


_MODAL_SCAN_WORDS: Final = _FINITE_PAST | et.word_set(
    "will shall 'll won't would to expected scheduled due slated"
)


def _clause_ahead(s: Sentence, segment: Segment) -> bool:
    """Whether an anchor hangs on a clause told as still to come: "The two sides are expected to
    sign an agreement during X's visit to Hanoi", "X will meet Y during his visit" (not "agreed
    to speed up ... during their consultation": the agreeing was done)."""
    if segment.role != ANCHOR:
        return False
    lowers = s.lowers
    for j in range(segment.start - 1, -1, -1):
        lower = lowers[j]
        if (
            (lower in _FINITE_PAST and lowers[j - 1] != "be")
            or lower in et.SPEECH_VERBS
            or lower in (";", ".")
        ):
            # (", X said after meeting Y": the meeting hangs on "said", done; "is expected to
            # be signed during X's visit": a participle under "be", no past)
            return False
        if lower in ("will", "shall", "'ll") or (lower == "to" and lowers[j - 1] in _AHEAD_BEFORE_TO):
            return not _closed_relative_modal(s, j, segment.start, 0)
    return False


#: Words before "to" that put what follows ahead: "expected to", "scheduled to", "due to".
_AHEAD_BEFORE_TO: Final = _BE_AHEAD | et.word_set("slated poised likely planning plans")


def _cancelled_before(s: Sentence, i: int, segment: Segment) -> bool:
    """A planning, invitation or cancellation word earlier in the clause ("invited X to the
    meeting", "plans to sign", "confirmed his participation in the summit")."""
    lowers = s.lowers
    before = lowers[segment.start : i]
    if _PLANNING_WORDS.isdisjoint(before) and (
        _PHRASAL_CANCELLATION_ENDS.isdisjoint(before)
        or not any(_phrasal_cancellation(lowers, j) for j in range(segment.start, i))
    ):
        return False
    for j in range(_finite_subclause_start(s, segment.start, i), i):
        lower = lowers[j]
        if _phrasal_cancellation(lowers, j):
            return True  # "called off talks with X", "pulled out of a meeting with Y"
        if lower in et.CANCELLATION and not (j > segment.start and s.caps[j]):
            # (a capital inside the clause is a name's: "Trade Minister Hope Tuilagi")
            if _plan_signed(lowers, j, i):
                continue  # "an action plan was signed": the document, no intent
            if lower.startswith("invit") and lowers[j - 1] == "the" and lowers[j - 2] == "at":
                continue  # "at the invitation of": a real visit
            return True
        if lower in ("participation", "attendance") and lowers[j - 2].startswith(("confirm", "announc")):
            return True
    return False


_PLANNING_WORDS: Final = et.CANCELLATION | {"participation", "attendance"}


def _phrasal_cancellation(lowers: list[str], j: int) -> bool:
    """Whether token j ends a phrase that calls an event off or withdraws from it, written in
    words the single-word list cannot hold: "called off (talks)", "pulled/backed out of (a
    meeting)", "had to delay / to cancel (a meeting)" (a bare "delay" is more often the noun:
    "after a two-hour delay, X met Y")."""
    lower = lowers[j]
    if lower == "off":
        return lowers[j - 1] in _CALL_FORMS
    if lower == "out":
        return lowers[j - 1] in _WITHDRAW_FORMS and lowers[j + 1] == "of"
    return lower in _CALL_OFF_VERBS and lowers[j - 1] == "to"


#: Verbs of "pulled out of", "backed out of": a withdrawal from the event that follows.
_WITHDRAW_FORMS: Final = et.word_set("pulled pulls pull backed backs back")
#: Base forms that call an event off after "to": "had to delay", "decided to cancel".
_CALL_OFF_VERBS: Final = et.word_set("delay cancel postpone scrap suspend defer shelve")
#: The words `_phrasal_cancellation` can end on: a clause with none of them has no such phrase.
_PHRASAL_CANCELLATION_ENDS: Final = _CALL_OFF_VERBS | {"off", "out"}


def _plan_signed(lowers: list[str], j: int, verb: int) -> bool:
    """Whether the "plan" at token j heads the subject of the passive verb at `verb` ("an action
    plan was signed", "a plan of action for 2025-2027 was adopted"): the document the verb
    tells done, not an intent ("plans to sign", "a plan to sign the accord was dropped")."""
    aux = _passive_auxiliary(lowers, verb)
    return (
        lowers[j] in ("plan", "plans")
        and lowers[j - 1] not in _PLANNING_SUBJECTS
        and lowers[aux] in ("was", "were")
        and aux - j <= _PLAN_NAME_REACH
        and "to" not in lowers[j + 1 : aux]
    )


#: Words before "plan(s)" that make it the verb of someone's intent: "the ministry plans".
_PLANNING_SUBJECTS: Final = et.word_set("they we it he she also ministry government country side")
#: Tokens a plan's name may run between "plan" and its auxiliary ("plan | of action for 2025-2027 | was").
_PLAN_NAME_REACH: Final = 8


def _finite_subclause_start(s: Sentence, floor: int, i: int) -> int:
    """Where the clause of token i starts when a subordinating conjunction opens a finite clause
    of its own before it ("X and Y pledged to speed up a rail link as the minister hosted his
    counterpart"): a plan told before the conjunction is not the plan of the event after it,
    which the past verb tells as done. Else `floor`."""
    lowers = s.lowers
    for j in range(i - 1, floor - 1, -1):
        if lowers[j] in _SUBORDINATORS and any(_finite_past_at(s, k) for k in range(j + 2, i + 1)):
            # (not the second "as" of "as long as", "as soon as": a condition or a comparison)
            return floor if lowers[j - 2] == "as" else j + 1
    return floor


#: Conjunctions that open a finite clause of their own: of time, and "whereas".
_SUBORDINATORS: Final = et.TIME_CLAUSE_OPENERS | et.CONTRAST_WORDS


def _finite_past_at(s: Sentence, k: int) -> bool:
    """Whether token k is a lower-case past verb of an event that no "to", modal or auxiliary
    of the passive governs ("hosted", "met"; not "to be held", "was met")."""
    lower = s.lowers[k]
    return (
        lower in _ANY_PAST
        and not s.caps[k]
        and s.lowers[k - 1] not in et.MODALS
        and s.lowers[k - 1] not in et.PASSIVE_AUXILIARIES
    )


def _verb_negated(s: Sentence, i: int, segment: Segment) -> bool:
    """Modality of a verb trigger: a modal, "to" or a negation before it, a plan in its
    clause, or a present tense set in the future ("Next week, X travels to Seoul")."""
    floor = segment.start
    if _modal_before(s, i, floor) or _denied_subject(s, i, floor) or _counterfactual(s) or _would_have(s, i):
        return True
    if _denied_report(s, i):
        return True  # "The ministry denied a media report that X met Y secretly"
    if _counted_times(s, i):
        return True  # "X and Y have met more than 20 times since 2014": a tally, no one meeting
    if _recurring(s, i, i):
        return True  # "X and Y have met annually since 2016": a practice, no one meeting
    if _participle_of_anniversary(s, i):
        return True  # "marked the anniversary of the Treaty of Kars, signed in 1921": years ago
    return _cancelled_before(s, i, segment) or _present_set_ahead(s, i)


#: Verbs and prepositions that keep an event from happening: "avoided a formal meeting".
_AVOIDING: Final = et.word_set("avoided avoid avoids skipped skip declined refused without shunned snubbed")


def _anniversary_of(s: Sentence, i: int, floor: int) -> bool:
    """Whether the noun at token i is the event an anniversary is of ("the 20th anniversary of
    the first state visit by X"): it happened years before, not on the day told."""
    lowers = s.lowers
    for k in range(i - 1, max(floor, i - _ANNIVERSARY_REACH) - 1, -1):
        if lowers[k] in ("anniversary", "anniversaries", "jubilee", "centenary"):
            return "of" in lowers[k + 1 : i]
    return False


_ANNIVERSARY_REACH: Final = 6


def _participle_of_anniversary(s: Sentence, i: int) -> bool:
    """Whether the verb at token i is a participle after the thing an anniversary is of ("marked
    the anniversary of the Treaty of Kars, signed between ... in 1921", "the 80th anniversary of
    the protocol establishing relations, signed in 1944"): it was done years before, not on the
    day told (its own clause, which `_anniversary_of` does not see past)."""
    lowers = s.lowers
    if lowers[i - 1] != ",":
        return False
    for k in range(i - 2, max(0, i - _ANNIVERSARY_PARTICIPLE_REACH) - 1, -1):
        if lowers[k] in (".", ";"):
            return False
        if lowers[k] in ("anniversary", "anniversaries", "jubilee", "centenary"):
            return lowers[k + 1] == "of"
    return False


_ANNIVERSARY_PARTICIPLE_REACH: Final = 12


#: Conjunctions that open a condition: "If the talks succeed, ...", "Should the talks fail, ...".
_CONDITIONS: Final = et.word_set("if unless should provided")


def _in_opening_condition(s: Sentence, i: int) -> bool:
    """Whether the noun at token i stands in the condition that opens the sentence, before its
    comma, told in the present ("If the talks succeed, X could meet Y", "Unless the negotiations
    collapse, ..."): an event hoped for or feared, whose outcome the main clause waits on. A
    condition told in the past ("If the talks were a success, ...", "If last week's talks
    showed anything") may be of talks held, and reads as before."""
    lowers = s.lowers
    for k in range(1, s.n):
        lower = lowers[k]
        if lower == ",":
            return i < k
        past = lower.endswith("ed") and not lower.endswith("eed") and not s.caps[k]  # (not "succeed")
        if k != i and (lower in _PAST_IN_A_CONDITION or past):
            return False
    return False


#: Past forms that tell a condition of something done: "If the talks were a success".
_PAST_IN_A_CONDITION: Final = et.word_set("was were had did went took made showed held")


def _counterfactual(s: Sentence) -> bool:
    """Whether the sentence is a counterfactual: it opens on an inverted "had" ("Had the summit
    gone ahead, ...")."""
    lowers = s.lowers
    return lowers[0] == "had" and (
        lowers[1] in ("the", "a", "an", "it", "they", "he", "she", "we") or s.caps[1]
    )


def _denied_report(s: Sentence, v: int) -> bool:
    """Whether the verb at token v tells what a denied report or claim said: "denied a
    Japanese media report that X met Y", "denying reports that officials had met"."""
    lowers = s.lowers
    for j in range(v - 1, max(-1, v - _DENIAL_REACH), -1):
        if lowers[j] in _DENIALS:
            between = lowers[j + 1 : v]
            if "that" not in between:
                return False
            before_that = between[: between.index("that")]
            # (also "denied on Wednesday that X had held a phone call with Y": the event itself)
            return not _REPORT_NOUNS.isdisjoint(between) or _SAYING.isdisjoint(before_that)
    return False


_DENIALS: Final = et.word_set("denied denies denying deny dismissed rejected refuted")
#: Speech that asserts what follows its "that": "dismissed the concerns, saying that X met Y".
_SAYING: Final = et.SPEECH_VERBS | et.word_set("saying adding noting stressing insisting arguing explaining")
_REPORT_NOUNS: Final = et.word_set(
    "report reports claim claims rumour rumours rumor rumors speculation allegations"
)
#: Tokens back from a verb within which a denial of the report telling it is looked for.
_DENIAL_REACH: Final = 16


def _denied_afterwards(s: Sentence, found: list[Trigger], denied_next: bool) -> list[Trigger]:
    """Events that a report tells ("outlets reported that X had met Y", "X reportedly met Y")
    and that a denial of that report follows, later in the sentence (", but the ministry
    denied it") or opening the next one (`denied_next`): they did not happen, as when the
    denial comes first ("denied reports that X had met Y")."""
    return [
        replace(t, negated=True)
        if not t.negated and _reported(s, t.token) and (denied_next or _denial_of_it_after(s, t.token))
        else t
        for t in found
    ]


def _reported(s: Sentence, v: int) -> bool:
    """Whether the trigger at token v is told as what a report says: in a "that" clause of a
    verb of reporting ("Several outlets reported that X had met Y", "claimed that"), or with
    "reportedly"."""
    lowers = s.lowers
    for j in range(v - 1, max(-1, v - _DENIAL_REACH), -1):
        if lowers[j] in (";", "."):
            return False
        if lowers[j] in _REPORT_ADVERBS:
            return True
        if lowers[j] == "that" and (lowers[j - 1] in _REPORT_VERBS or lowers[j - 2] in _REPORT_VERBS):
            return True
    return False


def _denial_of_it_after(s: Sentence, v: int) -> bool:
    """Whether a denial whose object points back at what was told ("denied it", "rejected the
    report") follows the token v in the sentence."""
    lowers = s.lowers
    return any(lowers[k] in _TRUTH_DENIALS and _points_back(lowers[k + 1 : k + 4]) for k in range(v + 1, s.n))


def _points_back(after: list[str]) -> bool:
    """Whether the words after a denial verb are an object that points back at what was told
    and ends there ("it.", "the report,", "this outright"; not "it had ..." nor "that X ...",
    a claim of the denier's own)."""
    if after[0] in _ANAPHORS:
        rest = after[1:]
    elif after[0] in _REPORT_DETERMINERS and after[1] in _REPORT_NOUNS:
        rest = after[2:]
    else:
        return False
    return rest[0] in _DENIAL_OBJECT_ENDS or not rest[0][:1].isalnum()


#: Denials that say what was told is untrue ("rejected it", "dismissed it" may turn down a deal).
_TRUTH_DENIALS: Final = et.word_set("denied denies denying deny refuted refutes disputed")
#: Verbs whose "that" clause tells what a report said, not what the writer states.
_REPORT_VERBS: Final = et.SPEECH_VERBS | et.word_set(
    "claimed claim claims alleged alleges suggested speculated"
)
#: Adverbs that tell an event as reported: "X reportedly met Y".
_REPORT_ADVERBS: Final = et.word_set("reportedly allegedly purportedly")
#: Pronouns that, as the object of a denial, point back at what was told.
_ANAPHORS: Final = et.word_set("it this them")
#: Determiners of a report noun that, as the object of a denial, point back: "denied the reports".
_REPORT_DETERMINERS: Final = et.word_set("the these those such")
#: Words after a denial's object that end it: "denied it on Tuesday", "denied it outright".
_DENIAL_OBJECT_ENDS: Final = et.word_set("on in as and but outright flatly categorically strongly later")


def denies_what_came_before(text: str) -> bool:
    """Whether a sentence opens by denying what the one before told: "Egypt's foreign ministry
    denied it, saying ...", "The embassy rejected the reports." (the denial in its first clause,
    its object pointing back)."""
    return _OPENING_DENIAL.match(text) is not None


def _alternatives(words: frozenset[str]) -> str:
    """A word class as a regex alternation (sorted, so the pattern is the same every run; the
    order cannot change whether a match exists)."""
    return "|".join(sorted(words))


#: The text twin of `_TRUTH_DENIALS` + `_points_back`, built from the same word classes so the
#: two cannot drift apart ("deny", "denying" open no denial of what came before).
_OPENING_DENIAL: Final = re.compile(
    rf"[^,;:.]{{0,80}}?\b(?:{_alternatives(_TRUTH_DENIALS - {'deny', 'denying'})})\s+"
    rf"(?:{_alternatives(_ANAPHORS)}"
    rf"|(?:{_alternatives(_REPORT_DETERMINERS)})\s+(?:{_alternatives(_REPORT_NOUNS)}))"
    rf"(?=\s*[,.;:]|\s+(?:{_alternatives(_DENIAL_OBJECT_ENDS)})\b)",
    re.IGNORECASE,
)


def _counted_times(s: Sentence, v: int) -> bool:
    """Whether the verb at token v is counted in times ("have met more than 20 times", "met
    several times this year"): many meetings told as one tally."""
    lowers = s.lowers
    for k in range(v + 1, min(s.n, v + 6)):
        if lowers[k] == "times" and (lowers[k - 1][:1].isdigit() or lowers[k - 1] in _TIMES_COUNTS):
            return True
        if lowers[k] in (",", ".", ";"):
            return False
    return False


_TIMES_COUNTS: Final = et.word_set(
    "several many numerous multiple two three four five six seven eight nine ten dozen"
)


def _recurring(s: Sentence, v: int, event: int) -> bool:
    """Whether the verb at token v, of the event word at token `event` (the verb itself or
    its noun), tells a practice, not one event: a perfect held over a span from a year ("have
    held annual naval talks since 2016"), or any tense with a frequency ("hold staff talks
    every year", "meet annually"). The rhythm is looked for after the event word up to a
    comma or another event ("met at the forum held every year" is one meeting); the anchor
    "since" opens a segment of its own, so the segment's end is no limit."""
    lowers = s.lowers
    if _RHYTHM_WORDS.isdisjoint(lowers):
        return False  # (each rhythm below is told by one of these words: most sentences hold none)
    perfect = lowers[v - 1] in ("have", "has")
    for k in range(event + 1, s.n):
        lower = lowers[k]
        if lower in (",", ";", "which", "that", "who", "when", "where"):
            return False
        if lower in et.NOUN_TRIGGERS or lower in _VERBS:
            return False  # another event's word or verb ("at the fair held every year")
        if perfect and lower == "since" and YEAR_WORD.fullmatch(lowers[k + 1]):
            return True
        if lower in _FREQUENCY_ADVERBS:
            return True
        if lower in ("every", "each") and lowers[k + 1].rstrip("s") in _CALENDAR_UNITS:
            return True
    return False


#: Adverbs of a practice's rhythm: "meet annually", "hold talks yearly".
_FREQUENCY_ADVERBS: Final = et.word_set("annually yearly biannually biennially monthly quarterly regularly")
#: Units of a rhythm after "every" or "each": "every year", "each spring", "every two years".
_CALENDAR_UNITS: Final = et.word_set(
    "year month week quarter spring summer autumn winter two three four five"
)
#: The words one of which every rhythm `_recurring` reads holds: "since", a frequency adverb,
#: "every" or "each" (keep in step with its tests).
_RHYTHM_WORDS: Final = _FREQUENCY_ADVERBS | {"since", "every", "each"}


def _would_have(s: Sentence, v: int) -> bool:
    """Whether the verb at token v says what "would (likely) have" happened."""
    lowers = s.lowers
    return lowers[v - 1] == "have" and (lowers[v - 2] in _WOULD_HAVE or lowers[v - 3] in _WOULD_HAVE)


_WOULD_HAVE: Final = et.word_set("would could might should may")


def _denied_subject(s: Sentence, v: int, floor: int) -> bool:
    """Whether the participle at token v is a passive whose subject "no" denies: "no agreement
    has yet been signed", "No deal was signed"."""
    j = v - 1
    while j >= floor and (s.lowers[j] in et.SKIPPABLE or s.lowers[j] in _PASSIVE_WORDS):
        j -= 1
    return j > floor and j < v - 1 and s.lowers[j - 1] == "no"


#: Auxiliaries and adverbs of a passive between its subject and its participle.
_PASSIVE_WORDS: Final = et.word_set("was were is are has have had been yet still")


def _present_set_ahead(s: Sentence, verb: int) -> bool:
    """Whether the verb at token `verb` is a present tense the sentence sets in the future:
    "Next week: the Swedish Prime Minister travels to Seoul", "X visits Y tomorrow"."""
    lower = s.lowers[verb]
    if not lower.endswith("s") or lower.endswith("ss") or lower in ("was", "has", "is", "does"):
        return False
    lowers = s.lowers
    if lowers[verb + 1] == "of":
        return False  # "Mercosur heads of state gathered ... on Saturday": a plural noun, no verb
    if lower in _PRESENT_VERBS and (
        # "to be signed when X visits Y in March", "once the minister arrives"
        _temporal_clause_before(lowers, verb)
        # "Luxon travels to Suva on Thursday": a day named for a present tense is ahead
        or any(
            lowers[k] == "on" and lowers[k + 1] in WEEKDAYS
            for k in range(verb + 1, min(s.n, verb + _WEEKDAY_REACH))
        )
        # "X visits Port of Spain in March": a month named for a present tense is ahead
        or _month_without_year_after(s, verb)
        # "Thursday: X hosts Y in Sofia": a line of an agenda, what the week ahead holds
        or _agenda_line(s, verb)
    ):
        return True
    if _AHEAD_WORDS.isdisjoint(lowers[: s.n]):
        return False
    return any(
        (lowers[k] == "next" and lowers[k + 1] in _AHEAD_UNITS)
        or lowers[k] == "tomorrow"
        or (lowers[k] == "later" and lowers[k + 1] == "this" and lowers[k + 2] in _AHEAD_UNITS)
        or (lowers[k] == "coming" and lowers[k - 1] == "the" and lowers[k + 1] in ("days", "weeks", "months"))
        for k in range(s.n)
    )


def _agenda_line(s: Sentence, verb: int) -> bool:
    """Whether the sentence opens on a day's label before the verb ("Thursday: X hosts Y",
    "Monday — X visits Kampala", "Tue., June 3: X visits Baku", "Wednesday-Thursday: ..."), as
    a diary of the week ahead writes each line: its present tense is the schedule, not a
    report of what was done (a report tells it in the past: "Thursday: X hosted Y"). A line
    that goes on to tell it done ("Monday — X meets Y in Kigali, the ministry said after the
    talks") is a headline's present, a report."""
    lowers = s.lowers
    if not _opens_on_day(lowers) or not _TOLD_DONE.isdisjoint(lowers[verb + 1 : s.n]):
        return False
    for k in range(1, min(verb, _AGENDA_LABEL_REACH)):
        lower = lowers[k]
        if lower in _LABEL_MARKS:
            return True
        if not (lower in (",", ".", "and", "to") or lower in CALENDAR_NAMES or lower.isdigit()):
            return False
    return False


def _opens_on_day(lowers: list[str]) -> bool:
    """Whether a sentence's first word is a weekday, as an agenda's line opens ("Thursday:",
    "Wed.,", "Wednesday-Thursday:")."""
    return lowers[0].partition("-")[0].rstrip(".") in _DAY_LABELS


#: Past verbs after a day's label and its present that tell the item done: "..., the ministry
#: said", "and signed four agreements".
_TOLD_DONE: Final = et.word_set("said told added announced signed agreed held met")
#: A weekday as an agenda labels its lines, in full or abbreviated ("Thursday:", "Thu.,",
#: "Sat.:"): every day's first three letters, as datelines.py abbreviates them, and the longer
#: abbreviations of two.
_DAY_LABELS: Final = frozenset(WEEKDAYS) | {day[:3] for day in WEEKDAYS} | et.word_set("tues thur thurs")
#: What ends a day's label: "Thursday:", "Monday —", "Friday -".
_LABEL_MARKS: Final = frozenset([":", "—", "–", "-", "--"])
#: Tokens a day's label may take before its mark ("Tue., June 3:").
_AGENDA_LABEL_REACH: Final = 8


def _month_without_year_after(s: Sentence, verb: int) -> bool:
    """Whether "in <Month>" with no year or day after it follows a present verb in its clause
    ("Prime Minister X travels to Port of Spain in March for talks"): English tells a trip done
    in a named month in the past, so a present tense there is the schedule of one still ahead
    (not "in March 2024", a dated record)."""
    lowers = s.lowers
    for k in range(verb + 1, min(s.n, verb + _WEEKDAY_REACH)):
        if lowers[k] in (",", ";", ".", ":"):
            return False
        if lowers[k] == "in" and lowers[k + 1] in FULL_MONTHS and s.caps[k + 1]:
            return not any(c.isdigit() for c in s.words[k + 2])
    return False


def _temporal_clause_before(lowers: list[str], verb: int) -> bool:
    """Whether a present verb is the verb of a temporal clause, "when/once/before <subject>":
    English tells a past event there in the past ("when X visited Y"), so the present is a
    time still ahead ("will be signed when Prime Minister X visits Y in March") or a habit."""
    for k in range(verb - 1, max(0, verb - _TEMPORAL_SUBJECT_REACH) - 1, -1):
        lower = lowers[k]
        if lower in _TEMPORAL_CONJUNCTIONS:
            return k < verb - 1
        if lower in _SUBJECT_STOPS:
            return False
    return False


#: Conjunctions that open a temporal clause: "when X visits", "once the minister arrives".
_TEMPORAL_CONJUNCTIONS: Final = et.word_set("when whenever once until till before")
#: How many tokens a temporal clause's subject may take: "when Prime Minister Andrew Holness".
_TEMPORAL_SUBJECT_REACH: Final = 8
#: Tokens that end a subject going back: a clause's punctuation or a verb of its own.
_SUBJECT_STOPS: Final = et.word_set(", ; . : was were is are has have had will would said")


#: Present tenses of the verbs that carry a trip or an event ("travels to Seoul for talks").
_PRESENT_VERBS: Final = et.word_set(
    "travels visits meets hosts holds heads flies leaves continues begins arrives receives attends signs "
    "pays makes tours opens starts goes"
)
_AHEAD_WORDS: Final = frozenset(["next", "tomorrow", "later", "coming"])
_WEEKDAY_REACH: Final = 9
_AHEAD_UNITS: Final = et.word_set("week month year weekend") | frozenset(WEEKDAYS)


#: Possessives of people: after a verb of holding they name the clause's own subject.
_PERSONAL_POSSESSIVES: Final = et.word_set("their his her")


#: Adjectives of an event before the story's news: "the previous talks", "an earlier meeting",
#: "his previous visit" (engagement_timing leaves such an event undated unless its sentence
#: states the day). "last" is one only after a personal possessive ("their last meeting"; "the
#: last session of the commission" may be the one told).
EARLIER_ADJECTIVES: Final = et.word_set("previous prior earlier")


#: Days whose possessive opens a noun phrase of an event told before: "Wednesday's call".
_DAYS_OWNING_EVENTS: Final = frozenset(WEEKDAYS)


def _is_definite(s: Sentence, i: int, floor: int) -> bool:
    """A noun after the/its/their/this (over adjectives and ordinals): "the 9th meeting". A
    person's possessive right after a verb of holding is no reference ("X and Y held their
    first bilateral meeting in five years"): it names the subject of its own clause, whose
    event the clause tells, not one told before."""
    j = i - 1
    steps = 0
    while j >= floor and steps < 5:
        lower = s.lowers[j]
        if lower in et.DEFINITE:
            return not (lower in _PERSONAL_POSSESSIVES and s.lowers[j - 1] in _HOLDING_VERBS)
        if lower in POSSESSIVE_MARKS and s.lowers[j - 1] in _DAYS_OWNING_EVENTS:
            # "described Wednesday's call", "after Monday's talks": a weekday's possessive is an
            # article, the event told before on that day (the call had been a new one, undated)
            return True
        if lower == "last" and s.lowers[j - 1] in _PERSONAL_POSSESSIVES:
            # "during their last meeting in Abidjan, when ...": one before any the story told
            return False
        if lower in ("a", "an", ",", "and", "of", "with", "held", "had", "hold") or lower in et.LIGHT_VERBS:
            return False
        if lower in EARLIER_ADJECTIVES:
            return False  # "the previous talks": an event before the one told, not a reference to it
        j -= 1
        steps += 1
    return False


def _forum_body(s: Sentence, i: int) -> tuple[str | None, str | None]:
    """(body head word, name words) of the body whose meeting is at token i, if any.

    "session of the Kenya-Uganda Joint Permanent Commission on ..." -> commission;
    "the council meeting" -> council; "the Chile-Peru Business Forum" -> forum. The
    name words (capitalized, countries and compounds left out) tell two forums apart.
    """
    lowers = s.lowers
    lower = lowers[i]
    if lowers[i + 1] in ("of", "within"):
        k = i + 2
        # ("held the fifth meeting of their High-Level Cooperation Council": the two sides' own
        # body, as "of the Council" is; it had been a pair's meeting)
        while lowers[k] in ("the", "their") or lowers[k][:1].isdigit():
            k += 1
        m = k
        body = None
        while m < min(s.n, k + 16) and (
            s.caps[m]
            or lowers[m] in _NAME_JOINERS
            or lowers[m] in et.FORUM_BODIES
            or lowers[m] in _BODY_FIELDS
        ):
            if body is None and lowers[m] in et.FORUM_BODIES:
                body = lowers[m]
            m = s.countries[m][0] if m in s.countries else m + 1  # "Côte d'Ivoire" is one name
        if body is not None:
            return body, _name_words(s, k, m)
    if lower in _NAMED_FORUM_NOUNS:
        return lower, _name_words(s, _name_start(s, i), i + 1)
    # "a Joint Permanent Commission (JPC) meeting": the body's acronym written between
    last = i - 4 if lowers[i - 1] == ")" and lowers[i - 3] == "(" else i - 1
    for j in range(last, max(-1, last - 3), -1):
        if lowers[j] in et.FORUM_BODIES:
            return lowers[j], _name_words(s, _name_start(s, j), j + 1)
        if lowers[j] == "its" and lowers[j - 1] in et.LIGHT_VERBS and lowers[j - 2] in et.SITTING_BODIES:
            # "The Omani-Saudi Coordination Council held its second meeting": the body's session
            return lowers[j - 2], _name_words(s, _name_start(s, j - 2), j - 1)
        if lowers[j] in ("the", "a", "an", ",", "its"):
            break
    return None, None


#: Forum nouns whose own name, the capitalized words before them, tells the event apart.
_NAMED_FORUM_NOUNS: Final = et.NAMED_GATHERINGS | et.word_set(
    "forum summit conference congress session plenary roundtable"
)
#: Lower-case words inside a body's name: "the Namibia Investment Promotion and Development
#: Board", "the Kenya-Uganda Joint Permanent Commission on Trade" (also read by
#: _second_antecedent_after).
_NAME_JOINERS: Final = et.word_set("intergovernmental joint bilateral of on and for - – ( )")


#: Lower-case fields and ranks a joint body is named by before its head word, read past to it:
#: "the meetings of the joint technical committee", "a session of the joint economic
#: commission" (the session had been a pair's meeting).
_BODY_FIELDS: Final = et.word_set(
    "technical economic ministerial permanent trade commercial consultative coordination steering "
    "high-level cooperation"
)


#: Verbs of running an event for others: a roundtable so run is a gathering, a forum (one
#: led, headed or moderated is run as one chaired is).
_HOSTING_VERBS: Final = et.CHAIR_VERBS | et.word_set("hosted organised organized led co-led headed moderated")


def _name_start(s: Sentence, i: int) -> int:
    """First token of the capitalized name that ends at token i (or just before it)."""
    j = i
    while j - 1 >= 0 and (s.caps[j - 1] or s.lowers[j - 1] in ("-", "–")):
        j -= 1
    return j


def _name_words(s: Sentence, start: int, end: int) -> str | None:
    """Lower-case name words of tokens [start, end), without countries and compounds."""
    words = [
        s.lowers[j]
        for j in range(start, end)
        if s.caps[j]
        and s.lowers[j] not in et.DEFINITE
        and s.lowers[j] not in ("a", "an")
        and s.country_at(j, ("name", "demonym")) is None
        and "-" not in s.words[j]
    ]
    if all(word in et.FORUM_BODIES or word in et.NOUN_TRIGGERS for word in words):
        return None  # "the Session", "the Summit": the generic word names no body
    return " ".join(words)


def _bloc_names_meeting(s: Sentence, i: int) -> bool:
    """Whether the capitalized name right before the meeting at token i names an organisation of
    states ("the SCO Plus meeting", "the ASEAN meeting", "a BRICS meeting"): the meeting of its
    members, a multilateral forum, not a pair's talks. A hyphenated pair ("the EU-China
    meeting") is two sides meeting."""
    start = _name_start(s, i)
    if start == i or any("-" in s.words[k] for k in range(start, i)):
        return False
    return any(bloc.kind == "bloc" for bloc in find_blocs(" ".join(s.words[start:i])))


def _joint_press_conference(lowers: list[str], i: int) -> bool:
    """Whether the noun at token i ends "joint press/news conference" ("X and Y gave a joint
    press conference", "told a joint news conference with Y", "Speaking at a joint news
    conference with Y"): two sides before the press together, in one room, a meeting of theirs
    (it had been no event, like any press conference); one side's press conference stays none."""
    return lowers[i] == "conference" and lowers[i - 1] in _PRESS and lowers[i - 2] == "joint"


#: The press before "conference": "joint press conference", "joint news conference".
_PRESS: Final = et.word_set("press news media")


def _counts_the_call_told(s: Sentence, i: int) -> bool:
    """Whether the talks noun at token i opens an apposition that numbers the call its clause
    told ("X and Y spoke by phone on Tuesday, their first conversation since December", "...,
    the first such conversation this year", "..., their second talks in a month"): the article
    or possessive after a comma, an ordinal among a few modifiers, and a phone word before the
    comma. It is the call itself, no meeting of its own. So is the same count told in a phrase
    of "in" ("..., in their first talks since the spat", "..., in what was their 10th
    conversation this year"), which had been made a meeting beside the call."""
    lowers = s.lowers
    j = i - 1
    ordinal = False
    while j > 0 and i - j <= _MAX_APPOSITION_MODIFIERS and lowers[j] not in et.DEFINITE:
        if not lowers[j].isalpha() and et.ORDINAL.fullmatch(lowers[j]) is None:
            return False
        ordinal = ordinal or et.ORDINAL.fullmatch(lowers[j]) is not None
        j -= 1
    if not ordinal or lowers[j] not in _CALL_APPOSITION_DETERMINERS:
        return False
    opener = _counted_in_phrase_start(lowers, j)
    if lowers[opener - 1] != ",":
        return False
    return not et.PHONE_WORDS.isdisjoint(lowers[: opener - 1])


def _counted_in_phrase_start(lowers: list[str], j: int) -> int:
    """The first token of the phrase whose determiner is token j: "in" and "in what was/is"
    before it open it ("in their first talks", "in what was their first conversation"), else
    the determiner opens it itself."""
    k = j
    if lowers[k - 2] == "what" and lowers[k - 1] in ("was", "is", "were", "are"):
        k -= 2
    return k - 1 if lowers[k - 1] == "in" else j


#: Talks nouns that an apposition may give a call ("their first conversation", "their second talks").
_CALL_APPOSITION_NOUNS: Final = et.word_set("conversation talks discussion discussions")
#: Determiners that open such an apposition: "their first ...", "the first such ...".
_CALL_APPOSITION_DETERMINERS: Final = et.word_set("the their")
#: Words between the determiner and the noun: "the first such direct conversation".
_MAX_APPOSITION_MODIFIERS: Final = 3


def _phone_near(s: Sentence, i: int) -> bool:
    """Whether a phone word stands within three tokens ("phone conversation", "talks by phone"),
    or a manner phrase ("by phone", "via video link") ends the clause past an apposition ("held
    talks with his counterpart from Congo, Felix Tshisekedi, by phone")."""
    window = s.lowers[max(0, i - 3) : i + 4]
    if not et.PHONE_WORDS.isdisjoint(window):
        return True
    if not _PLATFORM_WORDS.isdisjoint(window) and any(
        _is_platform(s, k) for k in range(max(0, i - 3), min(s.n, i + 4))
    ):
        return True  # "held talks via Zoom", "a Zoom meeting", "talks on Microsoft Teams"
    return _phone_manner_after(s, i + 4)


def _is_platform(s: Sentence, k: int) -> bool:
    """Whether token k names a video-call platform, capitalized: "Zoom", "Webex", "Skype", and
    "Teams" or "Meet" only after "Microsoft", "Google" or "via" ("technical teams", "meet" are
    words of their own). A meeting held on one was held remotely, a call, in no city."""
    lower = s.lowers[k]
    if lower not in _PLATFORM_WORDS or not s.caps[k]:
        return False
    if lower in ("teams", "meet"):
        return s.lowers[k - 1] in ("microsoft", "google", "via")
    return True


#: Names of video-call platforms (see `_is_platform`).
_PLATFORM_WORDS: Final = et.word_set("zoom webex skype teams meet")


#: Words that end the clause a manner phrase may close: another clause or event follows. Not
#: engagement_places' `_CLAUSE_BREAKS`, a different set.
_MANNER_CLAUSE_ENDS: Final = et.word_set(". ; and while before after when but whereas during")


def _phone_manner_after(s: Sentence, j: int) -> bool:
    """Whether "by/via/over (the) <phone word>" stands from token j on before the clause ends
    (within 16 tokens): the manner of the event told before it, across a named apposition."""
    lowers = s.lowers
    for k in range(j, min(s.n, j + 16)):
        if lowers[k] in _MANNER_CLAUSE_ENDS:
            return False
        if (lowers[k] in et.PHONE_WORDS or (lowers[k] in _PLATFORM_WORDS and _is_platform(s, k))) and (
            lowers[k - 1] in ("by", "via", "over", "microsoft", "google")
            or (lowers[k - 1] == "the" and lowers[k - 2] == "over")
        ):
            return True
        if lowers[k] == "virtually" and (lowers[k + 1] in _AFTER_MANNER or lowers[k + 1] in _DATE_WORDS):
            return True  # "met X virtually on Tuesday" (not "virtually all of ...")
    return False


#: What may follow a manner adverb that ends its clause's object: "virtually on Tuesday", "virtually.".
_AFTER_MANNER: Final = frozenset([".", ",", ";", "on", "in", "from", "to", "and", ""])


#: Words of a short date right after a verb: "on Thursday", "on 12 March", "yesterday afternoon".
_DATE_WORDS: Final = WORDS["calendar"] | frozenset(
    [
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "morning",
        "afternoon",
        "evening",
        "this",
        "last",
        "next",
        "week",
        "weekend",
    ]
)


def _after_date_words(s: Sentence, j: int) -> int:
    """Token index after a short date phrase at token j ("on Thursday", "yesterday"), or j."""
    k = j + 1 if s.lowers[j] == "on" else j
    start = k
    while s.lowers[k] in _DATE_WORDS or (s.words[k].isdigit() and len(s.words[k]) <= 4):
        k += 1
    if k > start and s.lowers[k] == "(" and s.words[k + 1].isdigit() and s.lowers[k + 2] == ")":
        k += 3  # "on Monday (12)": the day of the month in brackets, as Brazilian copy writes it
    if k > start and _date_after_weekday_comma(s, k):
        return _after_date_words(s, k + 1)  # "on Tuesday, 23 September 2025": one date
    if k > start and _year_after_day_comma(s, k):
        return k + 2  # "on May 13, 2025": the comma of a month-first date sets off its year
    return k if k > start else j


def after_short_date(s: Sentence, j: int) -> int:
    """Token index after a short date phrase at token j ("today", "on Monday"), or j: for the
    readers of other modules that look past a date to the words after it."""
    return _after_date_words(s, j)


def _year_after_day_comma(s: Sentence, k: int) -> bool:
    """Whether the comma at token k sets off the year of a month-first date ("May 13, 2025"),
    as American copy writes it: the year is still the date's, so the guest is after it."""
    day = s.lowers[k - 1]
    return (
        s.lowers[k] == ","
        and day.isdigit()
        and len(day) <= 2
        and s.lowers[k - 2] in MONTHS
        and YEAR_WORD.fullmatch(s.lowers[k + 1]) is not None
    )


def _date_after_weekday_comma(s: Sentence, k: int) -> bool:
    """Whether the comma at token k sets the day of the month after the weekday before it
    ("on Tuesday, 23 September 2025", "on Friday, March 7"): the two are one date phrase."""
    after = s.lowers[k + 1]
    return (
        s.lowers[k] == ","
        and s.lowers[k - 1] in WEEKDAYS
        and ((after.isdigit() and len(after) <= 2) or (after in MONTHS and s.caps[k + 1]))
    )


def _before_date_words(s: Sentence, j: int, floor: int) -> int:
    """Token index before a short date phrase ending at token j ("on Thursday", "today"), or j."""
    k = j
    while k >= floor and (
        (s.lowers[k] in _DATE_WORDS and s.words[k] != "may")  # (the modal, not the month: "may hold talks")
        or (s.words[k].isdigit() and len(s.words[k]) <= 4)
    ):
        k -= 1
    if k == j:
        return j
    return k - 1 if k >= floor and s.lowers[k] == "on" else k


def _handed_to_someone(s: Sentence, i: int, end: int) -> bool:
    """Whether the delivery verb at token i hands a message or letter (within a few words:
    "handed over a written message") to a person named by title after "to", in its own
    clause: the envoy met the recipient ("conveyed a message from King X to Prime Minister
    Y"); not "delivered a speech to", nor a message "delivered by" an envoy."""
    lowers = s.lowers
    k = i + 1 + (lowers[i + 1] == "over")
    if et.SENT_THINGS.isdisjoint(lowers[k : k + 4]):
        return False
    for j in range(k + 1, min(end, s.n)):
        if lowers[j] in (";", "."):
            return False
        if lowers[j] == "to" and (_principal_follows(s, j + 1) or _title_follows(s, j + 1)):
            return True
    return False


#: Nouns of talks already told, whose anchor ("During the talks, X conveyed greetings from A to
#: B") puts a delivery inside them.
_TOLD_TALKS: Final = et.word_set("talks meeting negotiations consultations conversation discussions call")
#: "at the beginning (start) of the talks": what the sentence tells next happened inside them.
_AT_THE_OUTSET: Final = et.word_set("beginning start outset opening")


def _inside_told_talks(s: Sentence, i: int) -> bool:
    """Whether the delivery verb at token i comes after an anchor on talks told before ("During
    the talks", "At the beginning of the meeting", "at the talks"): what was handed over went
    to the one those talks were with, for the recipient named ("conveyed greetings from
    President A to President B" inside talks with B's prime minister is no meeting with B)."""
    lowers = s.lowers
    for k in range(i):
        if lowers[k] not in ("during", "at", "in"):
            continue
        start = k + 1
        if (
            lowers[k] == "at"
            and lowers[k + 1] == "the"
            and lowers[k + 2] in _AT_THE_OUTSET
            and lowers[k + 3] == "of"
        ):
            start = k + 4
        elif lowers[k] == "in" and lowers[k + 1 : k + 4] != ["the", "course", "of"]:
            continue
        elif lowers[k] == "in":
            start = k + 4
        if lowers[start] in ("the", "their", "these") and lowers[start + 1] in _TOLD_TALKS:
            return True
    return False


def _delivered_by(s: Sentence, i: int, end: int) -> bool:
    """Whether a delivery by someone ("delivered by", "handed over by", "conveyed by") follows
    token i in the sentence: the one who brought what was received was received."""
    lowers = s.lowers
    for j in range(i + 1, min(end, s.n) - 1):
        if lowers[j] in et.DELIVERY_VERBS:
            k = j + 1 + (lowers[j + 1] == "over")
            if lowers[k] == "by":
                return True
    return False


def _has_party_after(s: Sentence, i: int, end: int) -> bool:
    """A capitalized word, a delegation or a pronoun soon after a verb like "received".
    A date written between verb and object, as translated Spanish, Portuguese and French copy
    has it ("received on Thursday the Minister of ...", "received yesterday the envoy"), is
    skipped, and so is an adverbial set off by commas ("received, on Wednesday at the Royal
    Palace in Rabat, President of the Spanish Government ...", "received, Monday at the
    headquarters of the ministry, the Ambassador ...")."""
    if s.lowers[i + 1] == "," and (s.lowers[i + 2] in _ADVERBIAL_OPENERS or s.lowers[i + 2] in _DAYS):
        closing = next((k for k in range(i + 3, min(s.n, i + 16)) if s.lowers[k] == ","), None)
        return closing is not None and _has_party_after(s, closing, s.n)
    if s.lowers[i + 1] in ("at", "in") and not s.caps[i + 2]:
        # "received at the ministry's headquarters in Riyadh today Minister ...", as the Gulf
        # agencies write it: the place, then the day, then the guest
        day = next(
            (k for k in range(i + 3, min(end, i + _MAX_PLACE_BEFORE_DAY)) if s.lowers[k] in _DAYS), None
        )
        if day is not None and not any(s.lowers[k] in (",", ".", ";") for k in range(i + 2, day)):
            return _has_party_after(s, day - 1, end)
    dated = _after_date_words(s, i + 1)
    if "," in s.lowers[i + 1 : dated]:
        # "received on Tuesday, 23 September 2025, the Moroccan Ambassador": the comma that
        # closes a date opened by one (a named place after it has its own test below); the guest is
        # past the commas that end the verb's segment
        dated += s.lowers[dated] == "," and not (s.lowers[dated + 1] in ("in", "at") and s.caps[dated + 2])
        end = s.n
    i = dated - 1
    i = _past_venue(s, i, end)  # "received on Wednesday at the ministry's headquarters Minister X"
    if s.lowers[i + 1] == "," and s.lowers[i + 2] in ("in", "at") and _named_place_at(s, i + 3):
        # "received on Tuesday, in Luanda, the Namibian Minister ...": a place set off by commas
        # (or a venue: "hosted on Tuesday, at the Presidential Palace, Lithuanian President X")
        closing = next((k for k in range(i + 3, min(s.n, i + 10)) if s.lowers[k] == ","), None)
        return closing is not None and _has_party_after(s, closing, s.n)
    if not et.CREDENTIALS.isdisjoint(s.lowers[i + 1 : min(end, i + 6)]):
        return True  # "received (a copy of) the credentials of the new ambassador": an envoy received
    if not et.SENT_THINGS.isdisjoint(s.lowers[i + 1 : min(end, i + 5)]) and _delivered_by(s, i, s.n):
        return True  # "received a message from King X, delivered by Minister Y": Y was received
    if s.lowers[i + 1] in _RECEIVED_THINGS or s.lowers[i + 1] in _WELCOMED_OUTCOMES:
        return False  # "welcomed growth within the ... Growth Area": a thing, no one received
    k = i + 1 + (s.lowers[i + 1] in ("a", "an"))
    counted = s.lowers[k].endswith(("-member", "-strong", "-person", "-people"))  # "a 60-member delegation"
    if not counted and (any(c.isdigit() for c in s.words[k]) or any(c.isdigit() for c in s.words[k + 1][:1])):
        return False  # "received a USD 50 million currency swap facility from ...": money, no guest
    if _money_at(s, k):
        return False  # "received US$ 2.9 million in funding": a currency in more than one token
    if _office_then_name(s, i + 1):
        return True  # "received the head of the Ghanaian delegation, Kwame Mensah": a guest
    for j in range(i + 1, min(end, i + 5)):
        lower = s.lowers[j]
        if s.caps[j] and (_country_thing(s, j) or _demonym_thing(s, j) or _person_thing(s, j)):
            return False
        if s.caps[j] and lower not in ("on", "in"):
            return True
        if lower in _RECEIVED_PARTIES:
            return True
        if joint_sides_at(s.lowers, j):
            return True  # "received both ministers", "received the two delegations"
        if lower in (",", ".", "for", "on", "to"):
            return False
    return False


def _named_place_at(s: Sentence, k: int) -> bool:
    """Whether a place opens at token k: a name, past "the" ("Luanda", "the Presidential
    Palace"), or a venue in common nouns before the next comma ("the ministry's headquarters");
    not "the invitation of the Senate"."""
    if s.caps[k] or (s.lowers[k] == "the" and s.caps[k + 1]):
        return True
    closing = next((m for m in range(k, min(s.n, k + _VENUE_REACH)) if s.lowers[m] in (",", ".", ";")), k)
    return not _VENUE_NOUNS.isdisjoint(s.lowers[k:closing])


def _office_then_name(s: Sentence, k: int) -> bool:
    """Whether the object from token k is an office in lower case that a name in apposition
    closes ("the trade minister of Ghana, Kwame Mensah", "the head of the Malian delegation,
    Awa Diallo"): a person received, told title first as news copy writes a guest it
    introduces. The office's head word and the capitalized name after the comma are both
    needed ("received the backing of the Ghanaian delegation, Mensah said" has no office)."""
    lowers = s.lowers
    if lowers[k] not in ("the", "a", "an") or s.caps[k + 1]:
        return False
    comma = next((j for j in range(k + 1, min(s.n, k + _OFFICE_REACH)) if lowers[j] in (",", ".", ";")), -1)
    if comma < 0 or lowers[comma] != "," or not s.caps[comma + 1] or not s.caps[comma + 2]:
        return False
    if lowers[comma + 3] in et.SPEECH_VERBS or lowers[comma + 2] in et.SPEECH_VERBS:
        return False  # ("..., Mensah said")
    return lowers[k + 1] in _OFFICE_HEADS or (lowers[k + 2] in _OFFICE_HEADS and not s.caps[k + 2])


#: The most tokens from the object's article to the comma before the name in apposition
#: ("the leader of the Ghanaian business delegation,").
_OFFICE_REACH: Final = 10


#: The nouns of a party sent to or received by someone.
_DELEGATION_NOUNS: Final = et.word_set("delegation delegations mission missions")
#: Lower-case words for whom a host receives, soon after the verb: a group sent abroad (a
#: "trade mission" is a delegation by another name), a pronoun or a single envoy.
_RECEIVED_PARTIES: Final = _DELEGATION_NOUNS | et.word_set("him her them counterpart envoy ambassador")


#: How far after its first token a money expression is looked for.
_MONEY_REACH: Final = 30


def _money_at(s: Sentence, k: int) -> bool:
    """Whether an amount of money starts at token k, its currency written in symbols and letters
    the tokens split ("US$ 2.9 million", "HK$ 40m"): what is received so is funding or goods,
    never a guest."""
    if k >= s.n:
        return False
    start = s.starts[k]
    found = find_money(s.text[start : start + _MONEY_REACH])
    return bool(found) and found[0].start == 0


def _past_venue(s: Sentence, i: int, end: int) -> int:
    """Token i moved past a venue in common nouns told right after it, before the guest
    ("received on Wednesday at the ministry's headquarters Italian Deputy Minister X", as the
    Maghreb agencies write it; "received on Monday at the ministry headquarters the Peruvian
    Minister ...", "... at his office in Lima the ...", as translated Spanish and French copy
    keeps the guest last); i when none is told so."""
    if s.lowers[i + 1] not in ("at", "in") or s.caps[i + 2]:
        return i
    for m in range(i + 2, min(end, i + _VENUE_REACH)):
        if s.caps[m] or s.lowers[m] in (",", ".", ";"):
            return i
        if s.lowers[m] in _VENUE_NOUNS and _guest_after_venue(s, m + 1):
            return m
    return i


def _guest_after_venue(s: Sentence, k: int) -> bool:
    """Whether token k, right after a venue noun, opens the guest or the venue's own named place:
    a capitalized word ("... headquarters Italian Deputy Minister X"), an article before a
    capitalized word or a received party within two words ("... headquarters the Peruvian
    Minister", "... office the new ambassador"; not "... office the letter"), or "in"/"of" before
    a name and such a guest ("... palace in Lima the Peruvian Minister", "... headquarters of the
    Foreign Ministry the ..."; not "... office in Lima a letter")."""
    lowers = s.lowers
    if s.caps[k]:
        return True
    if lowers[k] in ("the", "a", "an"):
        return any(s.caps[m] or lowers[m] in _RECEIVED_NOUNS for m in (k + 1, k + 2))
    if lowers[k] in ("in", "of"):
        q = k + 1 + (lowers[k + 1] == "the")
        if not s.caps[q]:
            return False
        while s.caps[q]:
            q += 1
        return lowers[q] in ("the", "a", "an") and _guest_after_venue(s, q)
    return False


#: Nouns that end a venue in common nouns ("the ministry's headquarters", "his office").
_VENUE_NOUNS: Final = et.word_set(
    "headquarters office offices palace residence ministry building hall secretariat premises venue"
)
_VENUE_REACH: Final = 8


#: Day words that close a place told between a verb and its object, and how far they may be.
_DAYS: Final = et.word_set("today yesterday") | frozenset(WEEKDAYS)
_MAX_PLACE_BEFORE_DAY: Final = 14


_MAX_WITH_REACH: Final = 12


def _with_follows(s: Sentence, i: int) -> bool:
    """Whether "with" follows token i in its clause, over a date and a place at most."""
    for k in range(i + 1, min(s.n, i + _MAX_WITH_REACH)):
        if s.lowers[k] == "with":
            return True
        if s.lowers[k] in (".", ";", ":"):
            return False
    return False


def _country_thing(s: Sentence, i: int) -> bool:
    """ "welcomed Peru's leadership", "welcomed India's decision": a country's possession that
    is no person or delegation, so the verb reports a statement, not a reception ("welcomed
    India's Foreign Minister", "received Japan's new ambassador" are receptions)."""
    country = s.country_at(i, ("name",))
    if country is None or s.lowers[country[0]] not in POSSESSIVE_MARKS:
        return False
    after = country[0] + 1
    return not any(s.caps[k] or s.lowers[k] in _RECEIVED_NOUNS for k in range(after, after + 3))


#: How many capitalized tokens a possessor's name may take before its "'s".
_POSSESSOR_REACH: Final = 8
#: Lower-case words that end the noun phrase of a possessed thing.
_THING_PHRASE_ENDS: Final = et.word_set("to of in on for at with and , . ; that which by as")


def _person_thing(s: Sentence, i: int) -> bool:
    """ "welcomed Minister X's visit to Japan", "welcomed Secretary Y's remarks": a person's
    possession in lower case that is no one received, so the verb appraises it and tells no
    reception (the visit is told by its own noun). "welcomed Minister X's delegation" or "X's
    wife" receive people, and a capitalized head ("President X's Chief of Staff") is an office."""
    k = i
    while k < min(s.n - 1, i + _POSSESSOR_REACH) and (
        s.caps[k] or (s.lowers[k] in ("of", "for") and k > i and s.caps[k + 1])
    ):
        k += 1  # "Secretary of State X's": a title's "of" between capitals
    if k == i or k >= s.n - 1 or s.lowers[k] not in POSSESSIVE_MARKS or s.caps[k + 1]:
        return False
    return not _person_follows(s, k + 1, _RECEIVED_PEOPLE)


def _demonym_thing(s: Sentence, i: int) -> bool:
    """ "welcomes Japanese investment", "welcomed Chinese support": a country's thing, named by
    its demonym, that is no one received. A thing word that only qualifies the office after
    it is a person's portfolio ("received Saudi Investment Minister X", "hosted the Japanese
    Technology Secretary"): the head of the compound is the office, a guest."""
    demonym = s.country_at(i, ("demonym",))
    if demonym is None or s.lowers[demonym[0]] not in _RECEIVED_THINGS:
        return False
    return s.lowers[demonym[0] + 1] not in _OFFICE_HEADS


#: What a country gives that a verb of welcoming may take: "welcomed Korean investment".
_RECEIVED_THINGS: Final = et.word_set(
    "investment investments support assistance aid initiative initiatives proposal proposals "
    "decision decisions position participation cooperation interest efforts involvement capital "
    "technology technologies expertise products goods engagement commitment"
)


#: What a verb of welcoming takes when it reports a view: "welcomed growth", "welcomed progress".
_WELCOMED_OUTCOMES: Final = et.word_set(
    "growth progress developments development steps measures outcome outcomes results signing "
    "agreement agreements relations ties momentum increase expansion plans plan news conclusion"
)


#: Lower-case heads of what a host receives: "received Japan's new ambassador", "hosted
#: Egypt's top diplomat", "India's deputy foreign minister".
_RECEIVED_NOUNS: Final = et.word_set(
    "delegation delegations envoy envoys ambassador ambassadors leader leaders counterpart minister "
    "president team representatives officials guests head diplomat diplomats secretary chairman premier "
    "chancellor king emir"
)


#: Offices a portfolio word may qualify: "Investment Minister", "Cooperation Commissioner".
_OFFICE_HEADS: Final = _RECEIVED_NOUNS | et.word_set(
    "ministers secretaries commissioner commissioners adviser advisor envoy director chief"
)


#: Whom a host receives as someone's: an office ("President X's Chief of Staff") or aides and
#: kin ("welcomed President X's wife").
_RECEIVED_PEOPLE: Final = _OFFICE_HEADS | _STAFF_NOUNS


def _place_follows(s: Sentence, i: int, prepositions: tuple[str, ...]) -> bool:
    """ "arrived in Astana", "arrived in the Kazakh capital", "in the federal capital",
    "flew to Beijing", "arrived in the country" (the country the story is filed from)."""
    if s.lowers[i + 1] not in prepositions:
        return False
    if s.lowers[i + 2] == "the":
        return (
            s.caps[i + 3] or "capital" in (s.lowers[i + 3], s.lowers[i + 4]) or s.lowers[i + 3] in HOST_NOUNS
        )
    if s.lowers[i + 2] == "our":
        return s.lowers[i + 3] in HOST_NOUNS  # "arrived in our country"
    return s.caps[i + 2]


def _goods_arrive(s: Sentence, i: int) -> bool:
    """Whether what arrives at token i is goods or a month ("goods worth $880 million arriving in
    May", "the shipments arrived in Mombasa"), or a count compared ("because fewer cars and tyres
    arrived at Danish ports"): trade, no visit."""
    if s.lowers[i + 2] in FULL_MONTHS:
        return True
    return any(
        s.lowers[k] in _GOODS_NOUNS or s.lowers[k] in _FEWER for k in range(max(0, i - _GOODS_REACH), i)
    )


_GOODS_NOUNS: Final = et.word_set(
    "goods shipments shipment cargo cargoes consignment consignments containers imports exports "
    "tonnes tons barrels vessel vessels tanker tankers"
)
_GOODS_REACH: Final = 9
#: Quantifiers that compare a count of things (a party that visits is not counted against another
#: period): "fewer vehicles arrived", "fewer tourists arrived".
_FEWER: Final = et.word_set("fewer")


def _counted_travellers(s: Sentence, i: int) -> bool:
    """Whether the subject of the travel verb at token i is a count of people ("1.4 million
    Australians", "some 200,000 tourists", "thousands of visitors")."""
    for k in range(max(0, i - _COUNT_REACH), i):
        lower = s.lowers[k]
        if lower in (",", ";") or s.lowers[k] in TITLE_WORDS:
            return False
        if s.words[k][:1].isdigit() or lower in _COUNT_WORDS:
            return any(s.lowers[j] in _TRAVELLERS or s.lowers[j].endswith("ns") for j in range(k + 1, i))
    return False


def _counted_traders(s: Sentence, i: int) -> bool:
    """Whether the subject of the meeting verb at token i is a count of traders ("42 Indian
    importers met 110 Peruvian exporters", "some 300 companies met buyers"): the matchmaking of a
    business event, none of whom is named, not a meeting of their countries."""
    for k in range(i - 1, max(-1, i - _TRADER_COUNT_REACH), -1):  # back to the clause's start
        if s.lowers[k] in _ASIDE_ENDS:
            return False  # (an aside set off by dashes: "X — heading a delegation of 40 exporters — met")
        if s.words[k][:1].isdigit() or s.lowers[k] in _TRADER_COUNTS:
            return any(s.lowers[j] in TRADERS for j in range(k + 1, i))
    return False


#: People who trade or invest for themselves: counted ("300 exporters") or grouped ("a group of
#: Senegalese investors"), their country is no side.
TRADERS: Final = et.word_set(
    """importers exporters buyers sellers suppliers companies firms businesses entrepreneurs
    businesspeople businessmen businesswomen producers manufacturers traders investors"""
)


_COUNT_REACH: Final = 6
#: Tokens back from a meeting verb to the count of its traders, over a coordinated subject:
#: "roughly 80 Japanese importers and trading houses met".
_TRADER_COUNT_REACH: Final = 9
#: Tokens that end a clause or an aside before a verb, which a subject does not run back over.
_ASIDE_ENDS: Final = frozenset((",", ";", "—", "–", "-"))
_COUNT_WORDS: Final = et.word_set("million millions thousand thousands hundreds")
#: Words that count traders with no figure: "dozens of exporters", "some 300 companies".
_TRADER_COUNTS: Final = _COUNT_WORDS | et.word_set("dozens scores some")
_TRAVELLERS: Final = et.word_set(
    "tourists visitors travellers travelers people nationals citizens holidaymakers pilgrims arrivals"
)


#: People at large who travel or shop across a border, none of them a side: "visits by traders",
#: "by Chinese shoppers", "by students and pilgrims".
_PUBLIC: Final = (
    TRADERS
    | _TRAVELLERS
    | et.word_set("shoppers consumers customers students families residents workers farmers fans migrants")
)
#: Words before such people that keep them unnamed: "by small traders", "by many Kenyan shoppers".
_MAX_PUBLIC_MODIFIERS: Final = 3


def _visit_by_the_public(s: Sentence, i: int) -> bool:
    """Whether the visit noun at token i is made by people at large, named by a bare plural after
    "by" ("visits by traders across the border", "a rise in visits by Chinese tourists", "visits
    by small traders and shoppers"): a flow of travellers, as "1.4 million Australians visited
    Indonesia" is, no one's visit. Officials and delegations stay visitors ("visits by the two
    presidents", "a visit by Kenyan business leaders", "visits by Chinese officials")."""
    lowers = s.lowers
    if lowers[i + 1] != "by":
        return False
    k = i + 2
    while k < min(s.n, i + 2 + _MAX_PUBLIC_MODIFIERS) and lowers[k] not in _PUBLIC:
        demonym = s.country_at(k, ("demonym",))
        if demonym is not None:
            k = demonym[0]
            continue
        if s.caps[k] or not lowers[k].isalpha() or lowers[k] in ("the", "a", "an", "their", "his", "her"):
            return False
        k += 1
    return k < s.n and lowers[k] in _PUBLIC


def _led_delegation_to(s: Sentence, i: int) -> bool:
    """Whether "led" (or "headed") at token i takes a delegation or mission somewhere: "led a
    delegation of 22 Estonian companies to Tokyo", "leads a trade mission to Japan" (a visit)."""
    k = _delegation_noun(s, i)
    to = _delegation_to(s, k) if k is not None else None
    if to is None or _delegation_forum(s, to) is not None:
        return False
    return _place_follows(s, to - 1, ("to",))


def _delegation_to(s: Sentence, k: int) -> int | None:
    """The "to" that the delegation (or mission) at token k was led to, close after the noun
    and before any comma ("led a delegation of senior officials to ..."); None when none is.
    Both the visit (`_led_delegation_to`) and the forum (`_delegation_forum`) read it here, so
    a delegation's words before its "to" make it neither more a visit nor less a forum."""
    lowers = s.lowers
    to = next((j for j in range(k + 1, min(s.n, k + _DELEGATION_REACH)) if lowers[j] in ("to", ",")), None)
    return to if to is not None and lowers[to] == "to" else None


def _delegation_at(s: Sentence, k: int) -> int | None:
    """The "at" of the forum that the delegation at token k was led at, as `_delegation_to`
    finds its "to" ("led the Lao delegation at the 9th Laos-Cambodia Joint Trade Committee"):
    read for the forum only (`_delegation_forum`), as an "at" is where, no visit's goal."""
    lowers = s.lowers
    at = next((j for j in range(k + 1, min(s.n, k + _DELEGATION_REACH)) if lowers[j] in ("at", ",")), None)
    return at if at is not None and lowers[at] == "at" else None


def _delegation_noun(s: Sentence, i: int) -> int | None:
    """The token of the delegation (or mission) that the verb at token i leads, close after
    it and in its clause ("led a delegation", "headed his country's delegation"); None when
    none is."""
    lowers = s.lowers
    if lowers[i + 1] not in ("a", "an", "the", "his", "her", "their", "its"):
        return None
    for k in range(i + 2, min(s.n, i + _DELEGATION_REACH)):
        if lowers[k] in (",", ".", ";", "by"):
            return None
        if lowers[k] in _DELEGATION_NOUNS:
            return k
    return None


_DELEGATION_REACH: Final = 8


#: Nouns for the host country in "arrived in the country", "landed in the kingdom".
HOST_NOUNS: Final = et.word_set("country kingdom emirate sultanate republic island")


def _signing_subject_definite(s: Sentence, i: int, floor: int) -> bool:
    """ "The document was signed by ...", "The contract was signed", "The pact was also signed
    by X": a signing told again."""
    aux = _passive_auxiliary(s.lowers, i)
    if s.lowers[aux] not in ("was", "were"):
        return False
    if aux - 1 == floor and s.lowers[floor] in _DOCUMENT_PRONOUNS:
        # "The two governments also signed a memorandum on ... It was signed by X and Y": the
        # pronoun is the document told just before, whose signers the sentence names
        return True
    j = aux - 1
    steps = 0
    while j >= floor and steps < 8:
        lower = s.lowers[j]
        if lower in et.AGREEMENT_NOUNS:
            k = j - 1
            while k >= floor and k >= j - 5:
                if s.lowers[k] in ("the", "this", "that", "these", "those"):
                    return True
                if s.lowers[k] in ("a", "an") or s.lowers[k][:1].isdigit():
                    return False
                k -= 1
            return False
        j -= 1
        steps += 1
    return False


#: Pronouns that open a clause on the documents told before: "It was signed by", "They were
#: signed by", "These were signed by".
_DOCUMENT_PRONOUNS: Final = et.word_set("it they these both")


def _passive_auxiliary(lowers: list[str], verb: int) -> int:
    """The token before the participle at `verb`, over the adverbs between them: the "was" of
    "was also signed", "was later formally signed"."""
    aux = verb - 1
    while lowers[aux] in _PASSIVE_ADVERBS:
        aux -= 1
    return aux


def _agent_follows(s: Sentence, verb: int) -> bool:
    """Whether "by" and someone follow a passive participle, right after it or over a day and a
    place between them ("was received on the same day at the Presidential Palace by the
    Vice-President", "received at the presidential palace by the President of Mauritania"), but
    not over an airport; commas only around a day or a place ("was received on Thursday, at the
    Presidential Palace in Ouagadougou, by ...")."""
    for k in range(verb + 1, min(s.n, verb + _MAX_ADJUNCTS_BEFORE_AGENT)):
        lower = s.lowers[k]
        if lower == "by":
            return (
                k == verb + 1 or s.caps[k + 1] or (s.lowers[k + 1] in ("the", "his", "her") and s.caps[k + 2])
            )
        if lower == "," and (s.lowers[k + 1] in ("at", "in", "on", "by") or _day_aside(s.lowers, k + 1)):
            continue
        if lower in (",", ".", ";", ":", "and", "to", "with", "for") or lower in _ARRIVAL_PLACES:
            return False  # (a welcome "at the airport" or "upon arrival" is the visit's, no talks)
        if _air_base_at(s.lowers, k):
            return False  # (so is one "at Waterkloof Air Force Base")
    return False


_MAX_ADJUNCTS_BEFORE_AGENT: Final = 16


def _day_aside(lowers: list[str], k: int) -> bool:
    """Whether a day set off by commas, without "on", starts at token k, as West African wire
    copy writes it between a participle and its agent ("was also received, the same day, by the
    Prime Minister, X", "was received, Tuesday, by ..."): a weekday, "the same (next,
    following) day", "that day" or "yesterday", then the comma that closes it."""
    if lowers[k] in WEEKDAYS or lowers[k] in ("yesterday", "today"):
        end = k + 1
    elif lowers[k] in ("the", "that") and lowers[k + 1] == "day":
        end = k + 2
    elif lowers[k] == "the" and lowers[k + 1] in ("same", "next", "following") and lowers[k + 2] == "day":
        end = k + 3
    else:
        return False
    return lowers[end] == ","


def _at_arrival_place(s: Sentence, verb: int) -> bool:
    """Whether the welcome verb at `verb` is told at an airport, in its own clause ("was received
    at Nausori International Airport by X", "was greeted on the tarmac by Z"): a passive airport
    welcome or send-off is part of the visit, no meeting, and its greeter no side of the talks told
    after it ("... before holding talks with Prime Minister W"). (The active "X received Y at the
    airport" stays a reception, as test_an_airport_is_a_place_not_a_side has it.)"""
    lowers = s.lowers
    for k in range(verb + 1, min(s.n, verb + _MAX_ADJUNCTS_BEFORE_AGENT)):
        lower = lowers[k]
        if lower in _AIRPORT_NOUNS or _air_base_at(lowers, k):
            return not _greeter_takes_part(s, verb)
        if lower in _WELCOME_CLAUSE_ENDS:
            return False
    return False


def _air_base_at(lowers: list[str], k: int) -> bool:
    """Whether token k ends an air base written in two or three words, where a guest's plane
    lands as at an airport ("was welcomed at Waterkloof Air Force Base by X", "at the Nur Khan
    Air Base", "at Andrews Air Base"); "airbase" in one word is an airport noun already. A
    "base" alone (a naval or a military one) is no landing place."""
    return lowers[k] == "base" and lowers[k - 1] in ("air", "force")


def _greeter_takes_part(s: Sentence, verb: int) -> bool:
    """Whether the one who welcomed a guest at an airport is a side of the visit's talks, so the
    welcome is a reception: the host head of state or government himself ("was received at Nausori
    Airport by Fijian Prime Minister X", not "by Vice President Y"), or a greeter the sentence goes
    on to join to the guest ("..., and the two held talks at the airport"): any "both", "they" or
    "the two" after the greeter, up to the sentence's end, counts, with or without a talk word."""
    lowers = s.lowers
    span = _greeter_span(s, verb)
    if span is None:
        return False
    by, end = span
    if end < s.n and lowers[end] in ("who", "whom"):
        return True  # "by X, with whom he later held talks": the greeter is a side of those talks
    if any(lowers[k] in _HOST_HEADS and lowers[k - 1] not in _HEAD_DEPUTIES for k in range(by + 1, end)):
        return True
    rest = lowers[end : s.n]
    return (
        "both" in rest
        or "they" in rest
        or any(a == "the" and b == "two" for a, b in itertools.pairwise(rest))
    )


#: Titles of a host's head of state or government, who receiving a guest holds a reception (the
#: principals' heads but a crown prince, a supreme leader, a secretary-general and a pope).
_HOST_HEADS: Final = PRINCIPAL_HEADS - {"crown", "supreme", "leader", "secretary-general", "pope"}
#: Words before a head's title that make another office of it ("Vice President", "Deputy Prime").
_HEAD_DEPUTIES: Final = SECOND_IN_RANK | {"former", "crown", "ex-", "acting"}


def _greeter_span(s: Sentence, verb: int) -> tuple[int, int] | None:
    """(by, end) of the agent of the welcome verb at `verb`: its "by" within
    `_MAX_ADJUNCTS_BEFORE_AGENT` tokens and the token ending the greeter's name and title
    (`_ends_greeter`), or None without a "by"."""
    lowers = s.lowers
    by = next(
        (k for k in range(verb + 1, min(s.n, verb + _MAX_ADJUNCTS_BEFORE_AGENT)) if lowers[k] == "by"), -1
    )
    if by < 0:
        return None
    return by, next((k for k in range(by + 1, s.n) if _ends_greeter(s, k)), s.n)


def _airport_greeters(s: Sentence) -> set[int]:
    """The agent of a welcome at an airport ("was received at the airport by Deputy Prime Minister
    X", "was seen off at the airbase by Y"): the greeter is no side of the talks the sentence tells
    next ("... before holding talks with Prime Minister Z"), up to the end of the welcome's clause."""
    lowers = s.lowers[: s.n]
    if _AIRPORT_NOUNS.isdisjoint(lowers) and "base" not in lowers:
        return set()
    greeters: set[int] = set()
    for i, lower in enumerate(lowers):
        if (
            lower not in _AIRPORT_WELCOMES
            or lowers[_passive_auxiliary(s.lowers, i)] not in et.PASSIVE_AUXILIARIES
        ):
            continue
        if lower == "seen" and lowers[i + 1 : i + 2] != ["off"]:
            continue
        if not _at_arrival_place(s, i):
            continue
        span = _greeter_span(s, i)
        if span is None:
            continue
        by, end = span
        greeters.update(range(by, end))
    return greeters


def _ends_greeter(s: Sentence, k: int) -> bool:
    """Whether token k ends a greeter's name and title: "before", "who", or an "and" before a verb
    ("by X and later held talks"), not the "and" of a title ("Minister for Trade and Communications")."""
    lower = s.lowers[k]
    return lower in _GREETER_ENDS or (lower == "and" and not s.caps[k + 1])


#: Participles of an airport welcome or send-off ("was greeted", "was seen off").
_AIRPORT_WELCOMES: Final = et.word_set("received welcomed greeted seen met")
#: Words that end a greeter's name and title: "by X before holding talks", "by X, and".
_GREETER_ENDS: Final = et.word_set(". ; : before after where while who whom which then")


#: Participles of a welcome that an airport makes a mere greeting of.
_GREETING_VERBS: Final = et.word_set("received welcomed")
#: Participles that tell an engagement only as a passive welcome at an airport ("was greeted at
#: the airport by X": the guest's arrival); elsewhere a greeting is no event ("greeted the crowd").
_ARRIVAL_ONLY_WELCOMES: Final = et.word_set("greeted")
#: Where an arriving guest is greeted: "at the airport", "on the tarmac", "at the airbase".
_AIRPORT_NOUNS: Final = et.word_set("airport airports airbase airfield tarmac aerodrome")
#: Words that end the welcome's clause before its place: "received X, and then ...", "... before".
_WELCOME_CLAUSE_ENDS: Final = et.word_set(", . ; : and before after where while who which then")
#: Where a welcome tells an arrival: an airport, or "upon arrival".
_ARRIVAL_PLACES: Final = _AIRPORT_NOUNS | {"arrival", "upon"}

#: Adverbs between "was" and "signed": "was also signed", "was later formally signed", and of
#: a welcome's manner ("was warmly greeted at the airport", "was cordially received").
_PASSIVE_ADVERBS: Final = et.word_set(
    "also later subsequently likewise formally officially jointly then warmly cordially"
)
#: What may stand between a subject and its verb ("was later held"), built once rather than on
#: every test of a loop.
_ADVERBS_OR_AUXILIARIES: Final = _PASSIVE_ADVERBS | et.PASSIVE_AUXILIARIES

#: Verbs of speaking to listeners: "told the audience", "addressed the audience".
_TOLD_VERBS: Final = et.word_set("told tells telling addressed addressing reminded assured urged")
#: Verbs of setting one's signature to a document: "affixed their signatures to the memorandum"
#: ("put their signatures to" is read with the other idioms of "put": _PUT_TO_SIGN).
_SIGNATURE_VERBS: Final = et.word_set("affixed affix affixes placed appended")
#: Trigger words beside the verb and noun triggers; a concluding verb tells a signing only when
#: a document is its object ("concluded a distribution agreement").
_OTHER_TRIGGERS: Final = (
    et.PHONE_WORDS
    | {"exchange", "exchanged", "exchanges"}
    | et.DIALOGUES
    | et.NAMED_GATHERINGS
    | et.MEALS
    | et.DOCUMENT_VERBS
    | {"ceremony", "ceremonies", "welcome", "signatures"}
)
_ALL_TRIGGERS: Final = (
    frozenset(et.VERB_TRIGGERS)
    | frozenset(et.NOUN_TRIGGERS)
    | _OTHER_TRIGGERS
    | et.RECEPTION_GERUNDS
    | et.ENCOUNTER_GERUNDS
    | {"mission", "put", et.ENGAGED}
    | _ARRIVAL_ONLY_WELCOMES
)
#: The idiom of signing with "put": "put their names to a memorandum", "put his signature to
#: the accord", "put pen to paper on a deal" (what "put" says nowhere else).
_PUT_TO_SIGN: Final = frozenset(("name", "names", "signature", "signatures", "pen"))
#: The prepositions of that idiom before the document: "to", and "on" ("put their signatures on
#: the protocol").
_PUT_TO: Final = frozenset(("to", "on"))
#: Tokens from "pen" to the document's first word ("pen to paper on a ..."), and the words in
#: which its noun must come.
_PAPER_ON: Final = 4
_PUT_DOCUMENT_REACH: Final = 7
_POSSESSIVES: Final = frozenset(("their", "his", "her", "its", "our"))


def _verb_family(lowers: list[str], i: int) -> str | None:
    """The family of the verb at token i: a verb trigger's, or a meeting for a gerund of
    reception after "while"/"when" ("said this on Monday while receiving a delegation of X"),
    the clause of time that tells the meeting the words were said at (et.RECEPTION_GERUNDS), or
    opening the sentence ("Receiving X on Tuesday, Y said ...": the same aside told first)."""
    lower = lowers[i]
    if lower in et.RECEPTION_GERUNDS:
        # also a participle that opens the sentence, its host the main clause's subject
        # ("Hosting Botswana's President X in Pretoria on Tuesday, President Y said ...")
        return et.MEETING if i == 0 or lowers[i - 1] in et.RECEPTION_GERUND_OPENERS else None
    if lower in et.ENCOUNTER_GERUNDS and lowers[i - 1] in et.ENCOUNTER_GERUND_OPENERS:
        # ("X said this while meeting Japanese Ambassador Y", "... while talking to a delegation")
        return et.MEETING if lower == "meeting" or lowers[i + 1] in ("to", "with") else None
    if lower == et.ENGAGED:
        return et.MEETING if lowers[i + 1] == "with" else None  # (whom with: `_engaged_with_someone`)
    if lower in _ARRIVAL_ONLY_WELCOMES:
        return et.VISIT  # "was greeted at the airport by X" (`_verb_trigger` reads the shape)
    if lower == "put":
        noun = i + 2 if lowers[i + 1] in _POSSESSIVES else i + 1
        signed = lowers[noun] in _PUT_TO_SIGN and lowers[noun + 1] in _PUT_TO
        signed = signed and (lowers[noun] != "pen" or lowers[noun + 2] == "paper")
        # only a document is signed so ("put their names to an appeal for calm" is none), named
        # within as many words after "to" as after "pen to paper on" ("put pen to paper on a trade
        # and economic cooperation agreement")
        document = noun + (_PAPER_ON if lowers[noun] == "pen" else 2)
        return (
            et.AGREEMENT
            if signed and not et.AGREEMENT_NOUNS.isdisjoint(lowers[document : document + _PUT_DOCUMENT_REACH])
            else None
        )
    return et.VERB_TRIGGERS.get(lower)


def _says_what_the_last_was(lowers: list[str], i: int) -> bool:
    """Whether the event noun at token i is what a sentence opening on "It was" says the event
    just told was ("It was their first meeting since X took office", "This was a rare face-to-face
    meeting"): it names that event again, whatever it was (a call), no new one. Only a noun
    phrase follows the copula (not "This was stated during a meeting of X with Y")."""
    return (
        lowers[0] in ("it", "this", "that")
        and lowers[1] in ("was", "is")
        and lowers[2] in _PREDICATE_DETERMINERS
        and i <= _NOUN_AFTER_COPULA
        and all(word.isalpha() or "-" in word for word in lowers[3:i])
    )


#: The determiners of "It was their first meeting", "It was the second call".
_PREDICATE_DETERMINERS: Final = et.word_set("the their his her its a an")
#: The last token an event noun may stand at after "It was": "It was | their | first | meeting".
_NOUN_AFTER_COPULA: Final = 6


#: Nouns of how many or how much, before "of" and the documents a participle tells as signed: "the
#: value of contracts signed between ...", "the number of agreements signed" -- a tally over time,
#: no signing.
_TALLY_NOUNS: Final = et.word_set("value number total volume worth sum count tally amount")


def _tallied_documents(lowers: list[str], i: int) -> bool:
    """Whether the participle at token i tells documents a tally counts or values ("the value of
    contracts signed between Turkish and Iraqi firms reached $2 billion"), not a signing; one the
    participle dates ("the value of the agreements signed on Monday") is that day's signing."""
    k = i - 1
    if lowers[k] not in et.AGREEMENT_NOUNS:
        return False
    k -= 1
    if lowers[k] in ("the", "all"):
        k -= 1
    if lowers[k] != "of" or lowers[k - 1] not in _TALLY_NOUNS:
        return False
    return _DATE_WORDS.isdisjoint(lowers[i + 1 : i + 10])


def _triggers(
    s: Sentence, segments: list[Segment], segment_of: list[int], topic: set[int], excluded: set[int]
) -> list[Trigger]:
    """Every trigger of the sentence outside topic and excluded regions, with its modality."""
    found: list[Trigger] = []
    lowers = s.lowers
    for i in [i for i, lower in enumerate(lowers[: s.n]) if lower in _ALL_TRIGGERS]:
        lower = lowers[i]
        if i in topic or i in excluded:
            continue
        if i > 2 and _tallied_documents(lowers, i):
            continue
        verb_family = _verb_family(lowers, i)
        noun_family = et.NOUN_TRIGGERS.get(lower)
        if noun_family is not None and verb_family is None and _says_what_the_last_was(lowers, i):
            continue
        if lower == "mission" and _weak_visit(s, i):
            noun_family = et.VISIT  # "a trade mission to Nairobi"; not "the Permanent Mission"
        if noun_family == et.MEETING and lowers[i - 1] in _MATCHMAKING_WORDS and _forum_told(lowers):
            noun_family = et.FORUM  # "firms held B2B meetings at a business forum": the forum's sessions
        if verb_family is None and noun_family is None and lower not in _OTHER_TRIGGERS:
            continue
        seg_index = segment_of[i]
        segment = segments[seg_index]
        trigger = _trigger_at(s, i, lower, verb_family, noun_family, segment, seg_index)
        if trigger is not None:
            found.append(trigger)
    found += _anchored_bodies(s, segments, found)
    if "and" in lowers and len(segments) > 1:
        found += _gapped_meetings(s, segments, found)
    if "attended" in lowers:
        found += _attended_bodies(s, segment_of, found, topic | excluded)
    if not _ATTENDING.keys().isdisjoint(lowers):
        found += _attended_sessions(s, segments, segment_of, found, topic | excluded)
    if not et.CHAIR_VERBS.isdisjoint(lowers):
        found += _chaired_bodies(s, segments, segment_of, found, topic | excluded)
        found += _chaired_it(s, segments, segment_of, found)
    elif not _BODY_SESSION_VERBS.isdisjoint(lowers):  # (no chair verb: a heading or reviving one)
        found += _chaired_bodies(s, segments, segment_of, found, topic | excluded)
    if not et.BODY_HOLDING_VERBS.isdisjoint(lowers) and not any(t.family == et.FORUM for t in found):
        found += _held_bodies(s, segments, segment_of, topic | excluded)
    # Only a session verb can open a body's session; the gate spares the token walk elsewhere.
    if not et.SESSION_VERBS.isdisjoint(lowers) and not any(t.family == et.FORUM for t in found):
        found += _bodies_in_session(s, segments, segment_of, topic | excluded, officials_too=not found)
    if "exchanged" in lowers and all(_on_sidelines_of(lowers, t) for t in found):
        # ("X and Y exchanged pleasantries on the sidelines of the D-8 Summit": their meeting,
        # the summit only where it was held)
        found += _views_exchanged(s, segments, segment_of, excluded)
    if not found and not et.DISCUSSING_VERBS.isdisjoint(lowers):
        found += _discussed_by_two(s, segments, segment_of, excluded)
    if not et.DISCUSSING_VERBS.isdisjoint(lowers) and _only_in_relatives(found, segments):
        # (also beside an arrival told in a relative clause: "X reviewed the figures on Monday
        # with Libyan Minister Y, who arrived on Sunday for a working visit")
        found += _discussed_with_official(s, segments, segment_of, excluded)
    if not found and "agreed" in lowers:
        found += _agreed_together_in(s, segments, segment_of, excluded)
    if not found and not et.CEREMONY_CUES.isdisjoint(lowers):
        found += _ceremony_together(s, segments, segment_of, excluded)
    if not found and not _BESIDE_WORDS.isdisjoint(lowers):
        found += _appeared_together(s, segments, segment_of, excluded)
    if any(t.negated for t in found):
        found = _signed_as_purpose(s, _adjuncts_of_unrealised(s, segments, found))
    return _merge_phone(s, found)


#: Words before "meetings" that make them business matchmaking, the sessions of a business forum
#: ("held B2B meetings with Indian firms", "business-to-business meetings"), no talks of officials.
_MATCHMAKING_WORDS: Final = et.word_set("b2b business-to-business b-to-b matchmaking")
#: Nouns of the business event such meetings are held at: "at a business forum", "at the expo".
_MATCHMAKING_EVENTS: Final = et.word_set("forum forums expo exhibition fair roadshow conference summit")


def _forum_told(lowers: list[str]) -> bool:
    """Whether the sentence names a business event that matchmaking meetings are the sessions of
    ("held B2B meetings with Indian firms at a business forum"): the forum is the event, where
    "held B2B meetings in Kampala" alone reads as before, a meeting."""
    return not _MATCHMAKING_EVENTS.isdisjoint(lowers)


def _signed_as_purpose(s: Sentence, found: list[Trigger]) -> list[Trigger]:
    """A signing told as the purpose of a meeting that took place, its "to" right after the
    meeting's adjuncts, was done there: "the two ministers then met in person in Lima on
    Thursday to sign it" (not "met in a bid to sign", "met and agreed to sign", "will meet to
    sign")."""
    out = []
    for t in found:
        if t.family == et.AGREEMENT and t.negated and not t.noun and s.lowers[t.token - 1] == "to":
            met = [
                u.token
                for u in found
                if u.family == et.MEETING and not u.noun and not u.negated and u.segment == t.segment
            ]
            if any(m < t.token and _adjuncts_only(s, m + 1, t.token - 1) for m in met):
                t = replace(t, negated=False)
        out.append(t)
    return out


#: Words between a meeting verb and a "to" that make the infinitive an aim or another verb's:
#: "met in a bid to sign", "met in order to sign", "met and agreed to sign".
_NO_PURPOSE_DONE: Final = et.word_set(
    "bid bids effort efforts attempt attempts order hope hopes aim aims push drive move and or but that "
    "which who where ; :"
)


def _adjuncts_only(s: Sentence, start: int, end: int) -> bool:
    """Whether tokens start..end-1 hold no verb and no word of an aim: the adjuncts of place,
    time and manner of the verb before them ("in person in Lima on Thursday")."""
    return all(
        s.lowers[k] not in _NO_PURPOSE_DONE
        and s.lowers[k] not in _CLAUSE_VERBS
        and s.lowers[k] not in et.MODALS
        and not (not s.caps[k] and s.lowers[k].endswith(("ed", "ing")))
        for k in range(start, end)
    )


def _adjuncts_of_unrealised(s: Sentence, segments: list[Segment], found: list[Trigger]) -> list[Trigger]:
    """A noun in a prepositional phrase or a verbless apposition set off after a clause whose
    verb is unrealised is unrealised too: "X will host Erdogan in Athens on Thursday, in the
    first visit of a Turkish leader since 2017", "X will meet Y in Beijing next week, the first
    such visit in five years" tell no visit that took place."""
    out = []
    for t in found:
        segment = segments[t.segment]
        opener = s.lowers[segment.start]
        if (
            t.noun
            and not t.negated
            and t.segment > 0
            and (opener in ("in", "on", "for") or (opener in ("the", "a", "an") and _verbless(s, segment)))
            and segments[t.segment - 1].clause == segment.clause
            and any(u.segment == t.segment - 1 and u.negated and not u.noun for u in found)
            and not any(u.segment == t.segment and not u.noun for u in found)
        ):
            t = replace(t, negated=True)
        out.append(t)
    return out


def _verbless(s: Sentence, segment: Segment) -> bool:
    """Whether a segment has no verb that could make it a clause of its own (an apposition:
    ", the first such visit in five years")."""
    return all(s.lowers[k] not in _CLAUSE_VERBS for k in range(segment.start, segment.end))


_CLAUSE_VERBS: Final = (
    _VERB_PAST | et.LIGHT_VERBS | et.word_set("is are was were will would has have had said says")
)


def _attended_bodies(
    s: Sentence, segment_of: list[int], found: list[Trigger], outside: set[int]
) -> list[Trigger]:
    """ "The council was attended by ministers ..., including X and Y": a body that sits,
    as the subject of "was attended by", is its session told before, and X and Y took part."""
    lowers = s.lowers
    taken = {t.token for t in found}
    bodies = []
    for i in range(2, s.n):
        if lowers[i] != "attended" or lowers[i - 1] not in ("was", "were") or lowers[i + 1] != "by":
            continue
        body = i - 2
        if (
            lowers[body] in et.FORUM_BODIES
            and body not in taken
            and body not in outside
            and lowers[body - 1] == "the"
        ):
            bodies.append(
                Trigger(body, et.FORUM, lowers[body], True, True, False, segment_of[body], body=lowers[body])
            )
    return bodies


#: Words right after a verb of officials assembling that make it intransitive: its place, time
#: or purpose.
_ASSEMBLY_ADVERBIALS: Final = _DATE_WORDS | et.word_set("in at on for here there")
#: Words a group's subject may run over back from the verb to its people noun: "The foreign
#: ministers of the Nordic-Baltic Eight (NB8)", "NB8 foreign ministers".
_GROUP_NAME_LINKS: Final = et.word_set("of the and ( ) - &")
#: The lower-case words of a group told by its region rather than its name: "of the Baltic
#: states", "of the five Central Asian countries", "of the member nations".
_GROUP_OF_STATES: Final = et.word_set(
    "states countries nations republics economies member partner two three four five six seven eight nine ten"
)
#: How many tokens back from the verb the people noun of its subject may be.
_GROUP_SUBJECT_REACH: Final = 10


def _officials_subject(s: Sentence, v: int) -> bool:
    """Whether the subject ending right before the verb at token v has a plural noun of
    officials ("ministers", "leaders", "heads") for its head, reached back over a group's name
    ("of the Nordic-Baltic Eight (NB8)"), or its region's states ("of the Baltic states", "of the
    five Central Asian countries"), and lower-case modifiers ("foreign")."""
    lowers = s.lowers
    for k in range(v - 1, max(-1, v - 1 - _GROUP_SUBJECT_REACH), -1):
        lower = lowers[k]
        if lower in et.COLLECTIVE_NOUNS:
            return lower not in ("sides", "parties", "governments")
        if not (s.caps[k] or lower in _GROUP_NAME_LINKS or lower in _GROUP_OF_STATES):
            return False
    return False


def _on_sidelines_of(lowers: list[str], t: Trigger) -> bool:
    """Whether a forum word ends "on the sidelines/margins/fringes of (the) ...": where another
    event was held, not one told of its own."""
    return t.family == et.FORUM and any(
        lowers[k] in et.SIDELINE_WORDS and lowers[k + 1] == "of" for k in range(max(0, t.token - 8), t.token)
    )


def _views_exchanged(
    s: Sentence, segments: list[Segment], segment_of: list[int], excluded: set[int]
) -> list[Trigger]:
    """ "X and his Iranian counterpart Y exchanged views on regional security in Yerevan": with
    no other event word in the sentence, the exchange of views is their meeting (or call, by
    phone). After "During the talks, ..." or with a collective subject ("The presidents also
    exchanged views") it is only what the talks told before covered."""
    lowers = s.lowers
    for i in range(s.n):
        subject = i - 2 if lowers[i - 1] in ("also", "have", "had") else i - 1
        # a named subject ("... Abbas Araghchi exchanged"), not "The presidents also exchanged"
        if lowers[i] == "exchanged" and lowers[i + 1] in _VIEWS and s.caps[subject] and i not in excluded:
            return [_talk_told_by(s, i, segments, segment_of)]
    return []


def _discussed_by_two(
    s: Sentence, segments: list[Segment], segment_of: list[int], excluded: set[int]
) -> list[Trigger]:
    """ "President X and Russian Deputy Defence Minister Y discussed military cooperation in
    Bangui on Friday", "X and his Slovak counterpart Y discussed ...", "X and Y reviewed on
    Wednesday the progress of ...": two named people who discuss (the second one named or an
    official, as "his counterpart"), in a sentence with no other event word, met (or spoke, by
    phone). "The two leaders discussed ..." only says what talks told before covered."""
    lowers = s.lowers
    for i in range(1, s.n):
        if lowers[i] not in et.DISCUSSING_VERBS or i in excluded:
            continue
        subject, appositive = _discussing_subject(lowers, i)
        # (with their titles in commas, the pair is told from the sentence's start)
        opening = 0 if appositive else segments[segment_of[i]].start
        joined = [k for k in range(opening, subject) if lowers[k] == "and"]
        if (
            s.caps[subject]
            and joined
            and (s.caps[joined[0] + 1] or _counterpart_follows(s, joined[0] + 1))
            and s.caps[opening]
        ):
            return [_talk_told_by(s, i, segments, segment_of)]
    return []


def _discussing_subject(lowers: list[str], i: int) -> tuple[int, bool]:
    """(last token of the subject, whether a title in commas ends it) of the discussing verb at
    token i: past "also", "have", "had", "jointly", and past the comma that closes an apposition
    ("X, Minister of Economy, and Y, Kazakhstan's Deputy Prime Minister, discussed", "X, the
    Minister of Investment, discussed trade with Y")."""
    subject = i - 2 if lowers[i - 1] in ("also", "have", "had", "jointly") else i - 1
    appositive = lowers[subject] == "," and subject > 1  # (a name before the comma)
    return (subject - 1 if appositive else subject), appositive


def _counterpart_follows(s: Sentence, j: int) -> bool:
    """Whether an official told by a possessive starts at token j ("his Slovak counterpart",
    "her counterpart"): the subject's own peer, named after it; "and the Prime Minister" only
    refers back to people told before ("The Chancellor and the Prime Minister discussed ...")."""
    return s.lowers[j] in _POSSESSIVE_DETERMINERS and _official_follows(s, j)


#: Determiners that make an official someone's own: "his counterpart", "their hosts".
_POSSESSIVE_DETERMINERS: Final = et.word_set("his her their")


def _only_in_relatives(found: list[Trigger], segments: list[Segment]) -> bool:
    """Whether every trigger found stands in a relative clause ("..., who arrived on Sunday"):
    none tells the main clause's event."""
    return all(segments[t.segment].role == RELATIVE for t in found)


def _discussed_with_official(
    s: Sentence, segments: list[Segment], segment_of: list[int], excluded: set[int]
) -> list[Trigger]:
    """ "Foreign Minister X discussed the figures with Chinese Ambassador Y", "X reviewed bilateral
    trade with his Chilean counterpart": a named subject who goes over a matter with an official,
    in a sentence with no other event word, met them (or spoke, by phone). "discussed cooperation
    with China" names no one met; "The ministers discussed ..." only says what talks covered."""
    lowers = s.lowers
    for i in range(1, s.n):
        if lowers[i] not in et.DISCUSSING_VERBS or i in excluded:
            continue
        subject, _ = _discussing_subject(lowers, i)
        if not s.caps[subject] or s.caps[i]:
            continue
        for k in range(i + 1, min(s.n, i + _MATTER_REACH)):
            if lowers[k] in (",", ";", ".", ":") or lowers[k] in _VERB_PAST:
                break
            if lowers[k] == "with":
                if _official_follows(s, k + 1):
                    return [_talk_told_by(s, i, segments, segment_of)]
                break
    return []


#: Words of the matter between such a verb and its "with" ("the implementation of the 2023 deal").
_MATTER_REACH: Final = 12
#: Title words that name a body, not an official met: "discussed the bill with Congress".
_BODY_TITLES: Final = et.word_set("congress parliament senate assembly")


def _official_follows(s: Sentence, j: int) -> bool:
    """Whether an official starts at token j: a title, after a determiner or possessive and a
    country or demonym ("Chinese Ambassador Y", "his Chilean counterpart", "Peru's trade
    minister"), not a country or a body alone ("with China", "with Congress")."""
    lowers = s.lowers
    if lowers[j] in et.THIRD_PERSON_DETERMINERS:
        j += 1
    country = s.country_at(j, ("name", "demonym"))
    if country is not None:
        j = country[0] + (lowers[country[0]] in POSSESSIVE_MARKS)
    # (the small words of a title's complement are no title: in "with Somalia and Ethiopia" the
    # "and" had made an official of two countries, and the talks a meeting with both)
    return lowers[j] in TITLE_WORDS and lowers[j] not in _BODY_TITLES and lowers[j] not in TITLE_SMALL_WORDS


def _ceremony_together(
    s: Sentence, segments: list[Segment], segment_of: list[int], excluded: set[int]
) -> list[Trigger]:
    """ "Serbian Prime Minister X and North Macedonian Prime Minister Y opened a joint border
    crossing", "X and his Hungarian counterpart Y inaugurated the railway", "... attended the
    opening of ...": two named people, a capitalized title word among them, who perform or
    attend a ceremony together, in a sentence with no other event word, met there (one title
    suffices: "President X and John Smith opened the exhibition" passes). Not countries alone
    ("Serbia and Hungary opened the line"), nor a leader with someone unnamed ("X and his wife
    opened the exhibition")."""
    lowers = s.lowers
    for i in range(1, s.n):
        if i in excluded or not (lowers[i] in et.CEREMONY_VERBS or _attended_ceremony(s, i)):
            continue
        if _body_opened(s, i):
            return []  # "X and Y opened the Joint Trade Committee": its session, a forum of its own
        if lowers[i] in _REMOTE_CEREMONIES and _phone_near(s, i):
            # "jointly commissioned the railway yard via video link": a switch thrown from afar,
            # which tells neither a call between the two nor a meeting
            continue
        # ("virtually inaugurated": from afar, a call, `_talk_told_by` finds)
        subject = i - 1 - (lowers[i - 1] in _CEREMONY_ADVERBS)
        segment = segments[segment_of[i]]
        first = segments[0].start if segment.role == MAIN else segment.start
        joined = [k for k in range(first, subject) if lowers[k] == "and"]
        if (
            s.caps[subject]
            and joined
            and (s.caps[joined[0] + 1] or _counterpart_follows(s, joined[0] + 1))
            and any(s.caps[k] and lowers[k] in TITLE_WORDS for k in range(first, subject))
        ):
            return [_talk_told_by(s, i, segments, segment_of)]
        if (
            s.caps[subject]
            and lowers[i] in et.CEREMONY_VERBS
            and _in_presence_of_official(s, i)
            and any(s.caps[k] and lowers[k] in TITLE_WORDS for k in range(first, subject))
        ):
            # "President X inaugurated the port in the presence of Ugandan President Y": the
            # guest of honour stood by, the two met there
            return [_talk_told_by(s, i, segments, segment_of)]
    return []


#: How far after a ceremony verb its "in the presence of" may stand: "inaugurated the Kisumu
#: port on Tuesday in the presence of".
_PRESENCE_REACH: Final = 12


def _in_presence_of_official(s: Sentence, i: int) -> bool:
    """Whether the clause of the ceremony verb at token i goes on to "in the presence of" and a
    named or titled official ("in the presence of Ugandan President Y", "of his Ugandan
    counterpart"), before its clause ends."""
    lowers = s.lowers
    for k in range(i + 1, min(s.n, i + _PRESENCE_REACH)):
        if lowers[k] in (",", ";", ".", ":"):
            return False
        if (
            lowers[k] == "in"
            and lowers[k + 1] == "the"
            and lowers[k + 2] == "presence"
            and lowers[k + 3] == "of"
        ):
            after = k + 4
            return (
                (s.caps[after] and s.country_at(after, ("demonym",)) is not None)
                or (s.caps[after] and lowers[after] in TITLE_WORDS)
                or _counterpart_follows(s, after)
            )
    return False


#: Ceremony verbs whose act may be done from afar, by a link ("commissioned the yard via video
#: link", "launched two projects by videoconference"): no call of the two, nor a meeting.
_REMOTE_CEREMONIES: Final = et.word_set("commissioned launched")


def _appeared_together(
    s: Sentence, segments: list[Segment], segment_of: list[int], excluded: set[int]
) -> list[Trigger]:
    """ "Speaking alongside Ukrainian President X in Warsaw on Monday, Y said", "Y, standing next
    to X at the Chancellery, said", "Y, flanked by X, told reporters": a joint appearance of
    the two, in a sentence with no other event word, is their meeting (it had been no event).
    The one at the side is named: a title, a demonym or a name after at most a possessive ("his
    Greek counterpart" is "his" before a demonym), not "the Brandenburg Gate" nor "flanked by
    guards"."""
    lowers = s.lowers
    for i in range(1, s.n - 2):
        if i in excluded:
            continue
        if lowers[i] == "flanked" and lowers[i + 1] == "by":
            named = i + 2
        elif lowers[i - 1] in _POSTURE_VERBS and lowers[i] in ("alongside", "beside"):
            named = i + 1
        elif lowers[i - 1] in _POSTURE_VERBS and lowers[i] == "next" and lowers[i + 1] == "to":
            named = i + 2
        else:
            continue
        named += lowers[named] in ("his", "her", "their")
        if named < s.n and s.caps[named] and named not in excluded:
            return [_talk_told_by(s, i, segments, segment_of)]
    return []


#: Words that set someone at another's side: "alongside", "beside", "next to", "flanked by".
_BESIDE_WORDS: Final = et.word_set("alongside beside next flanked")
#: Verbs of being before the side word: "Speaking alongside", "standing next to".
_POSTURE_VERBS: Final = et.word_set("speaking standing appearing sitting seated spoke stood appeared sat")


#: Adverbs between a pair and their ceremony verb: "jointly inaugurated", "virtually opened".
_CEREMONY_ADVERBS: Final = et.word_set(", also jointly together virtually")


def _body_opened(s: Sentence, i: int) -> bool:
    """Whether the object of the ceremony verb at token i, up to its first comma, holds a
    sitting body's noun ("opened the 5th session of the Joint Trade Committee"); a "video
    conference" is how it was done ("inaugurated the line via video conference"), no body."""
    for k in range(i + 1, min(s.n, i + _CEREMONY_OBJECT_REACH)):
        if s.lowers[k] in (",", ";", ":"):
            return False
        if s.lowers[k] in et.FORUM_BODIES and s.lowers[k - 1] not in et.PHONE_WORDS:
            return True
    return False


#: How many tokens after a ceremony verb its object is read for a body.
_CEREMONY_OBJECT_REACH: Final = 12


def _attended_ceremony(s: Sentence, i: int) -> bool:
    """Whether token i is "attended" with a ceremony for object: "attended the opening of",
    "attended an official inauguration"."""
    lowers = s.lowers
    if lowers[i] != "attended" or lowers[i + 1] not in ("the", "a", "an"):
        return False
    return lowers[i + 2] in et.CEREMONY_NOUNS or lowers[i + 3] in et.CEREMONY_NOUNS


def _agreed_together_in(
    s: Sentence, segments: list[Segment], segment_of: list[int], excluded: set[int]
) -> list[Trigger]:
    """ "X and Y agreed on Tuesday in the Mexican capital to relaunch ...", "A and B agreed in
    Nairobi on Monday to ...": two named sides who reach an agreement together in a named place
    on a stated day, in a sentence with no other event word, met there (there had been no
    engagement). Without a place ("A and B agreed to ...") it may have been by letter or
    announced apart: no meeting; but a minister and "his Thai counterpart" who agreed on a
    stated day ("A and his Thai counterpart B agreed on Friday to ...") agreed with each other
    that day, their meeting (or call, by phone), wherever the text leaves it (there had been
    none). The day may stand before the verb ("A and his Thai counterpart B on Friday agreed
    to ..."), and two officials each titled with a country ("Indonesian Foreign Minister A and
    Malaysian Foreign Minister B on Tuesday agreed to ...") agreed with each other as a
    counterpart does."""
    lowers = s.lowers
    for i in range(1, s.n):
        if lowers[i] != "agreed" or i in excluded:
            continue
        day_before = _day_before(s, i)
        subject = day_before - 1 if day_before >= 0 else i - 1 - (lowers[i - 1] in (",", "also", "jointly"))
        segment = segments[segment_of[i]]
        first = segments[0].start if segment.role == MAIN else segment.start
        joined = [k for k in range(first, subject) if lowers[k] == "and"]
        # (the last name may open on its particle: "Iraqi Trade Minister Athir al-Ghurairi")
        if not ((s.caps[subject] or particled_surname(s.words[subject])) and joined):
            continue
        dated = day_before >= 0 or _agreed_on_day(s, i + 1)
        # (any "and" may part the two: the first may sit in a title, "Foreign Trade and Tourism
        # Minister A and Ecuadorian Production Minister B agreed on Monday to ...")
        peers = any(_counterpart_follows(s, k + 1) for k in joined) or (
            _titled_with_country(s, first) and any(_titled_with_country(s, k + 1) for k in joined)
        )
        if _agreed_to_an_event(s, i):
            continue  # ("agreed on Tuesday to hold talks in Prague next month": what is to come)
        if (peers and dated) or _agreed_in_place(s, i + 1):
            return [_talk_told_by(s, i, segments, segment_of)]
    return []


#: Verbs after "agreed to" that hold an event named after them: "to hold talks", "to convene
#: the commission".
_EVENT_HOLDING_VERBS: Final = et.word_set("hold convene organise organize host stage resume")
#: How far after "agreed" its "to" may stand ("agreed on Friday by phone to"), and after a
#: holding verb its event noun ("to hold a first round of talks").
_AGREED_TO_REACH: Final = 5


def _agreed_to_an_event(s: Sentence, i: int) -> bool:
    """Whether "agreed" at token i agrees to an event to come ("agreed on Tuesday to meet in
    Prague next month", "... to hold talks", "... to visit"): the place and the day after it
    are the event's to come, whose agreement may have been by letter; no meeting of its own."""
    lowers = s.lowers
    end = min(s.n, i + _AGREED_TO_REACH)
    to = next((k for k in range(i + 1, end) if lowers[k] == "to"), -1)
    if to < 0:
        return False
    verb = lowers[to + 1]
    if et.VERB_TRIGGERS.get(verb) in (et.MEETING, et.VISIT):
        return True
    return verb in _EVENT_HOLDING_VERBS and any(
        lowers[k] in et.NOUN_TRIGGERS for k in range(to + 2, min(s.n, to + 2 + _AGREED_TO_REACH))
    )


def _day_before(s: Sentence, i: int) -> int:
    """The first token of a weekday right before the verb at token i ("on Tuesday agreed",
    "Tuesday agreed"), or -1."""
    if s.lowers[i - 1] not in WEEKDAYS:
        return -1
    return i - 2 if s.lowers[i - 2] == "on" else i - 1


def _titled_with_country(s: Sentence, i: int) -> bool:
    """Whether an official of a named country opens at token i: a demonym or a country's name,
    then a title ("Malaysian Foreign Minister", "New Zealand Prime Minister")."""
    country = s.country_at(i, ("demonym", "name"))
    return country is not None and s.caps[country[0]] and s.lowers[country[0]] in TITLE_WORDS


def _agreed_on_day(s: Sentence, k: int) -> bool:
    """Whether "agreed" before token k is followed by its weekday ("agreed on Friday to", "agreed
    Friday that"), the news of the day, not "agreed last year" nor "agreed on a plan"."""
    k += s.lowers[k] == "on"
    return s.lowers[k] in WEEKDAYS and s.lowers[k + 1] in ("to", "that", "on", "in", ",")


def _agreed_in_place(s: Sentence, k: int) -> bool:
    """Whether "agreed" at token k is followed by its day and "in <city>" or "in the <demonym>
    capital", in either order ("agreed on Tuesday in Lima", "agreed in Lima on Tuesday"). Only
    a day makes it news of a meeting: "agreed in Cairo last month to ..." recalls an outcome."""
    lowers = s.lowers
    dated = lowers[k] == "on" and s.caps[k + 1]
    if dated:
        k += 2
    if lowers[k] != "in":
        return False
    place = s.country_at(k + 1, ("capital", "city"))
    if place is None:
        demonym = s.country_at(k + 2, ("demonym",))
        if lowers[k + 1] != "the" or demonym is None or lowers[demonym[0]] != "capital":
            return False
        place = (demonym[0] + 1, demonym[1])
    return dated or (lowers[place[0]] == "on" and s.caps[place[0] + 1])


def _talk_told_by(s: Sentence, i: int, segments: list[Segment], segment_of: list[int]) -> Trigger:
    """The meeting (or call, by phone) a verb of talking at token i tells of its named subject."""
    family = et.PHONE_CALL if _phone_near(s, i) else et.MEETING
    return Trigger(
        i, family, "meeting", False, False, _verb_negated(s, i, segments[segment_of[i]]), segment_of[i]
    )


_VIEWS: Final = et.word_set("views opinions ideas pleasantries")


#: Verbs that head a session only before its ordinal: "headed the sixth Binational Cabinet".
_HEAD_VERBS: Final = et.word_set("headed co-headed led co-led")
#: Every verb whose object `_chaired_bodies` reads as a body's session: chairing it
#: (et.CHAIR_VERBS), heading it (_HEAD_VERBS), bringing it back (et.REVIVE_VERBS) or installing
#: it (et.INSTALL_VERBS: "inaugurated the Binational Commission").
_BODY_SESSION_VERBS: Final = et.CHAIR_VERBS | _HEAD_VERBS | et.REVIVE_VERBS | et.INSTALL_VERBS
#: Words that make a cabinet two governments' joint session: the Andean "Binational Cabinet".
_JOINT_WORDS: Final = et.JOINT_CABINET_WORDS | et.word_set("joint intergovernmental mixed")
#: Words between a chair verb and the body whose session it is: "co-chaired the opening
#: (session) of the ... Council", "the works of the ... committee" (French "les travaux").
_OPENING_WORDS: Final = et.word_set("opening inaugural closing session ceremony works proceedings")
#: Lower-case words of a joint body's name: "the Tunisian-Libyan joint trade committee".
_BODY_WORDS: Final = (
    et.FORUM_BODIES
    | _JOINT_WORDS
    | et.word_set("trade economic commercial technical ministerial permanent cooperation")
)


def _past_day_and_place(s: Sentence, j: int) -> int:
    """Token j moved past a day and a place written between a verb and its object, as
    translated French copy has it ("co-chaired on Monday in Tunis the works of ...")."""
    k = _after_date_words(s, j)
    if s.lowers[k] == "in" and s.caps[k + 1]:
        k += 2
        while s.caps[k] and s.lowers[k] != "the":
            k += 1
    return k if s.lowers[k] == "the" else j


#: A session's noun after a mechanism's name: "the ... Economic Partnership meeting".
_SESSION_NOUNS: Final = et.word_set("meeting session")


def _named_mechanism(s: Sentence, start: int, end: int) -> bool:
    """Whether tokens start..end name a mechanism of countries: a country's name and a word in
    capitals of no country ("Vietnam-Australia Economic Partnership", "Kenya-Uganda Joint
    Business"), not the pair alone ("the Vietnam-Australia meeting") nor two people's names."""
    named = [any(m.kind == "name" for m in find_countries(s.words[k])) for k in range(start, end)]
    words = [s.caps[k] and s.words[k].isalpha() for k in range(start, end)]
    return any(named) and any(w and not n for w, n in zip(words, named, strict=True))


def _chaired_bodies(
    s: Sentence, segments: list[Segment], segment_of: list[int], found: list[Trigger], outside: set[int]
) -> list[Trigger]:
    """ "X and Y convened/co-chaired the 19th Australia-India Joint Ministerial Commission":
    the named body chaired is its session, a forum, when no meeting word says so already
    ("co-chaired the meeting of the Joint Commission")."""
    lowers = s.lowers
    bodies = []
    for i in range(s.n):
        headed = lowers[i] in _HEAD_VERBS
        if lowers[i] not in _BODY_SESSION_VERBS or i in outside:
            continue
        passive = _passive_body(s, i - 2) if i > 2 and lowers[i - 1] in ("was", "were") else None
        if passive is not None and lowers[i + 1] == "by" and not any(passive[1] == t.token for t in found):
            # "The Azerbaijan-Uzbekistan intergovernmental commission was co-chaired by X and Y"
            bodies.append(_session_trigger(s, segments, segment_of, i, passive))
            continue
        noun = _delegation_noun(s, i) if headed else None
        to = _delegation_to(s, noun) if noun is not None else None
        to = _delegation_at(s, noun) if to is None and noun is not None else to
        forum = _delegation_forum(s, to) if to is not None else None
        if forum is not None:
            start, end, delegated_body = forum  # "led his delegation to the ... joint commission"
        else:
            j = _chaired_object(s, i + 1)
            if headed and not (et.ORDINAL.fullmatch(lowers[j]) or _ROMAN.fullmatch(s.words[j])):
                continue  # "headed the sixth Binational Cabinet" is a session; "headed the Council" an office
            start, end = _chaired_name(s, j)
            delegated_body = None
        if lowers[end] in _SESSION_NOUNS and (
            _named_mechanism(s, start, end) or _joint_cabinet(s, start, end)
        ):
            # "co-chaired the fifth Vietnam-Australia Economic Partnership meeting": the session
            # of a pair's named mechanism, a forum, not the meeting word's own talks; so is a
            # joint body's ("presided over the fifth binational cabinet meeting")
            found[:] = [t for t in found if t.token != end]
            bodies.append(_session_trigger(s, segments, segment_of, i, (start, end), key_end=end))
            continue
        body = delegated_body or _chaired_body(s, start, end)
        if body is None or any(i < t.token <= body[1] for t in found):
            continue
        bodies.append(_session_trigger(s, segments, segment_of, i, body))
    return bodies


#: Verbs of taking part in a session, with the words between them and its name: "attended the
#: ...", "participated in the ...", "took part in the ...".
_ATTENDING: Final = {"attended": 1, "participated": 2, "part": 2}


def _attended_sessions(
    s: Sentence, segments: list[Segment], segment_of: list[int], found: list[Trigger], outside: set[int]
) -> list[Trigger]:
    """ "X attended the 9th Cambodia-Laos Joint Trade Committee in Pakse", "took part in the
    Malaysia-Thailand Joint Commission": a joint body attended is its session, a forum, as one
    co-chaired is (`_chaired_bodies`; the "meeting" after it, or "the session of" before it, left
    unsaid). Only a body whose name joins two sides, by a joint word or a pair of countries:
    "attended the Security Council" or "the National Assembly" tells no session of theirs."""
    lowers = s.lowers
    bodies = []
    for i in range(1, s.n):
        gap = _ATTENDING.get(lowers[i])
        if gap is None or i in outside or (gap == 2 and lowers[i + 1] != "in"):
            continue
        if lowers[i] == "part" and lowers[i - 1] != "took":
            continue
        start, end = _chaired_name(s, _chaired_object(s, i + gap))
        body = _chaired_body(s, start, end)
        if body is None or lowers[end] in _SESSION_NOUNS or any(i < t.token <= end for t in found):
            continue  # "attended the ... Committee meeting": the meeting word tells it already
        if any(lowers[k] in _JOINT_WORDS or names_country_pair(s, k) for k in range(body[0], body[1])):
            bodies.append(_session_trigger(s, segments, segment_of, i, body))
    return bodies


def _joint_cabinet_at(lowers: list[str], k: int) -> bool:
    """Whether token k is the "cabinet" of two governments' joint cabinet ("Binational Cabinet",
    "binational cabinet"): the one test of the four readers of a joint body's name."""
    return lowers[k] == "cabinet" and lowers[k - 1] in _JOINT_WORDS


def _joint_cabinet(s: Sentence, start: int, end: int) -> bool:
    """Whether tokens start..end name two governments' joint cabinet in lower case ("the fifth
    binational cabinet"), whose "meeting" after it is its session, as the capitalized "Binational
    Cabinet" is (a joint commission's meeting is read as a forum by its body word already)."""
    return end - start >= 2 and _joint_cabinet_at(s.lowers, end - 1)


def _chaired_name(s: Sentence, j: int) -> tuple[int, int]:
    """(first, end) tokens of the capitalized name that the words from token j (past its
    article) give a chaired session, past its opening ("the opening of the ..."), a sitting of it
    ("the third round of their ...") and ordinal ("the 19th"): end is the token right after the
    name, its session noun when one follows."""
    lowers = s.lowers
    opening = j
    while lowers[opening] in _OPENING_WORDS:
        opening += 1
    if opening > j and lowers[opening] == "of":
        # "co-chaired the opening of the Senegal-Gambia Presidential Council"
        j = opening + 2 if lowers[opening + 1] == "the" else opening + 1
    # "convened the third round of their joint commission", "co-chaired the fifth edition of
    # the A-B Joint Commission": the body's name, past the sitting of it named (it had stopped
    # at "round", and the session was lost)
    j = _past_sitting_of(s, j)
    if et.ORDINAL.fullmatch(lowers[j]):
        j += 1
    start = j
    while j < s.n and j - start < 10:  # "IX Joint Cooperation Commission Côte d'Ivoire–Burkina Faso"
        joint_cabinet = _joint_cabinet_at(lowers, j)  # "binational cabinet"
        if not (
            s.caps[j]
            or s.in_country(j)
            or lowers[j] in ("-", "–", "of")
            or lowers[j] in _BODY_WORDS
            or joint_cabinet
            or _and_within_name(s, start, j)
        ):
            # "their joint fisheries commission": the sector's words, then the body's head
            width = next((w for w in (1, 2) if _sector_words(s, j + w) == w), 0)
            if width == 0:
                break
            j += width
        j += 1
    return start, j


def _and_within_name(s: Sentence, start: int, j: int) -> bool:
    """Whether the "and" at token j joins two words of one body's name ("the Joint Economic and
    Trade Committee", "the Joint Trade and Economic Cooperation Committee"): words in capitals
    on both sides, the name before it not yet headed by its body noun (after "the Joint
    Commission and Minister X" the name has ended)."""
    return (
        s.lowers[j] == "and"
        and j > start
        and s.caps[j - 1]
        and s.caps[j + 1]
        and s.lowers[j - 1] not in et.FORUM_BODIES
        and s.lowers[j - 1] not in _SESSION_NOUNS
    )


def _chaired_body(s: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """(first, head) tokens of the joint body whose session the name from token start to end
    (as `_chaired_name` reads it) names: "the opening of the Senegal-Gambia Presidential Council",
    "the 19th Australia-India Joint Ministerial Commission", "the Algeria-Niger joint commission"
    (a lower-case body only when joint); None for anything else."""
    lowers = s.lowers
    body = end - 1
    if lowers[body] == "of" and not s.caps[body + 1]:
        body -= 1  # "the sixth Binational Cabinet of both countries"
    elif body > start and names_country_pair(s, body):
        # "the XII Binational Cabinet Colombia-Ecuador": the pair it joins, written after it
        body -= 3 if s.words[body - 1] in _DASHES else 1
    elif body > start and (pair := _dashed_pair_start(s, start, body + 1)) is not None:
        body = pair - 1  # "Joint Commission Côte d'Ivoire–Burkina Faso": names of two words
    joint_cabinet = _joint_cabinet_at(lowers, body)  # "Binational Cabinet"
    # "the Tunisian-Libyan joint trade committee": a joint body written in lower case
    joint = not _JOINT_WORDS.isdisjoint(lowers[start:body])
    if (lowers[body] not in et.FORUM_BODIES and not joint_cabinet) or body < start:
        return None
    if not s.caps[body] and not joint:
        return None
    return start, body


def _delegation_forum(s: Sentence, to: int) -> tuple[int, int, tuple[int, int]] | None:
    """(first, end, body) of the joint body's session that a delegation was led to, as
    `_chaired_name` and `_chaired_body` read it after its "to" at token `to` (the caller's
    `_delegation_to`, which it also reads for the visit) ("led his country's delegation to the
    Algeria-Niger joint commission", "led a delegation of senior officials to the Ghana-Togo
    Joint Permanent Commission", "to their joint commission"): the delegation went to that
    forum, not on a visit of its own; None otherwise."""
    j = _chaired_object(s, to + 1)
    start, end = _chaired_name(s, j)
    body = _chaired_body(s, start, end)
    return (start, end, body) if body is not None and _two_sided(s, j, body[1]) else None


def _chaired_object(s: Sentence, j: int) -> int:
    """Token j, where a chaired (or delegated-to) session's words follow, moved past a day and
    place and past its article ("co-chaired on Monday in Tunis the works of ...", "to their
    joint commission")."""
    if s.lowers[j] == "over" and s.lowers[j - 1] in _PRESIDED:
        j += 1  # "presided over the XII Binational Cabinet"
    j = _past_day_and_place(s, j)
    return j + 1 if s.lowers[j] in ("the", "their") else j


#: The chair verbs that take "over" before their object.
_PRESIDED: Final = et.word_set("presided co-presided")


def _two_sided(s: Sentence, start: int, end: int) -> bool:
    """Whether the words from token start to end name a session of two sides' body: a joint
    word ("joint", "intergovernmental"), a pair ("Kenya-Uganda") or a numbered session ("the
    12th session of"), not one country's agency ("the Nigerian Export Promotion Council")."""
    return any(
        s.lowers[k] in _JOINT_WORDS
        or s.lowers[k] in _OPENING_WORDS
        or "-" in s.words[k]
        or s.lowers[k] in ("-", "–")
        or et.ORDINAL.fullmatch(s.lowers[k])
        for k in range(start, end + 1)
    )


def _chaired_it(
    s: Sentence, segments: list[Segment], segment_of: list[int], found: list[Trigger]
) -> list[Trigger]:
    """ "It was co-chaired by X and Y" after a commission's session: "it" is the session told
    before, and X and Y its co-chairs (a definite forum, resolved against the story)."""
    lowers = s.lowers
    if (
        found
        or lowers[0] != "it"
        or lowers[1] != "was"
        or lowers[2] not in et.CHAIR_VERBS
        or lowers[3] != "by"
    ):
        return []
    segment = segments[segment_of[2]]
    return [Trigger(2, et.FORUM, lowers[2], False, True, _verb_negated(s, 2, segment), segment_of[2])]


def _held_bodies(
    s: Sentence, segments: list[Segment], segment_of: list[int], outside: set[int]
) -> list[Trigger]:
    """ "The Mauritius-Madagascar Joint Commission was held on 11 March in Port Louis": a named
    body that "was held" is its session, a forum (the "session of" was left unsaid); so is one
    held ("Peru and Ecuador held the V Binational Cabinet in Tumbes"), and a two-sided one
    hosted, opened, concluded or closed ("Zambia hosted the Zambia-Malawi Joint Permanent
    Commission on Tuesday"; not "opened the Joint Commission office", a building)."""
    lowers = s.lowers
    for i in range(1, s.n):  # (after a subject of one word: "Zambia hosted the ...")
        if lowers[i] not in et.BODY_HOLDING_VERBS or i in outside:
            continue
        # "held the V Binational Cabinet", "held their joint ministerial commission", "held the
        # third round of their joint commission"
        named = (
            _body_held_after(s, _past_sitting_of(s, i + 2)) if lowers[i + 1] in _HELD_DETERMINERS else None
        )
        if lowers[i] != "held":
            if named is None or not _two_sided(s, named[0], named[1]) or _thing_of_body(s, named[1]):
                continue
        elif named is None and lowers[i - 1] in ("was", "were"):
            named = _passive_body(s, i - 2)
        if named is None:
            continue
        return [_session_trigger(s, segments, segment_of, i, named)]
    return []


def _past_sitting_of(s: Sentence, j: int) -> int:
    """Token j, or the token past "<ordinal> round (edition, sitting) of the (their, its)" that
    starts at j: "held the third round of their joint commission", "hosted the fifth edition of
    the A-B Joint Commission" hold the body's session as "held their joint commission" does
    (the session had been missed: no event word was read). "the third round of talks" names no
    body, and the words after "of" are read for one as before."""
    lowers = s.lowers
    k = j + (et.ORDINAL.fullmatch(lowers[j]) is not None or lowers[j] in _SITTING_OF_MODIFIERS)
    if lowers[k] in et.SITTING_OF_NOUNS and lowers[k + 1] == "of" and lowers[k + 2] in _HELD_DETERMINERS:
        return k + 3
    return j


#: Words of which sitting before "round of": "the latest round of the joint commission".
_SITTING_OF_MODIFIERS: Final = et.word_set("latest new annual")


def _thing_of_body(s: Sentence, head: int) -> bool:
    """Whether a lower-case noun follows a body's head word at token `head` ("the Joint
    Commission | office", "secretariat"): the thing opened or hosted is the body's, not its
    session."""
    following = s.lowers[head + 1]
    return following.isalpha() and not s.caps[head + 1] and following not in _HELD_BODY_FOLLOWERS


def _passive_body(s: Sentence, k: int) -> tuple[int, int] | None:
    """(first, head) tokens of the body named as the subject of a passive whose auxiliary follows
    token k ("The Mauritius-Madagascar Joint Commission | was held", "The Algerian-Tunisian joint
    commission | was co-chaired by ..."): a named body, or a joint one in lower case; None when
    no body ends there."""
    head = _body_before_pair(s, _before_initials(s, k))
    if head <= 0:
        return None
    lowers = s.lowers
    joint = _lower_joint(s, head) if lowers[head] in et.SITTING_BODIES and not s.caps[head] else None
    if joint is None and not _names_a_body(s, head):
        return None
    start = head if joint is None else joint
    while start > 0 and (s.caps[start - 1] or lowers[start - 1] in ("-", "–", "of")):
        start -= 1
    return start, head


def _before_initials(s: Sentence, k: int) -> int:
    """Token k, or the token before the acronym in brackets that ends at k: "The Laos-Cambodia
    Joint Commission (JC) | was held", "(JC) | convened": a body's initials after its name part it
    from its verb as nothing else between them (its session had been missed)."""
    return k - 3 if k >= 3 and s.lowers[k] == ")" and acronym_in_brackets(s, k - 2) else k


def _body_before_pair(s: Sentence, k: int) -> int:
    """Token k, or the token before a "between X and Y" (or "of X and Y") that ends at k and
    names two countries: "The XII Binational Cabinet between Colombia and Ecuador was held" is
    the body's session as "The Binational Cabinet was held" is, the pair written after its name
    (the session had been missed)."""
    for b in range(max(1, k - 9), k - 1):
        if s.lowers[b] not in ("between", "of"):
            continue
        first = s.country_at(b + 1 + (s.lowers[b + 1] == "the"))
        if first is None or s.lowers[first[0]] != "and":
            continue
        second = s.country_at(first[0] + 1 + (s.lowers[first[0] + 1] == "the"))
        if second is not None and second[0] == k + 1 and second[1] != first[1]:
            return _head_in_name(s, b - 1)
    return k


def _head_in_name(s: Sentence, k: int) -> int:
    """The body's head word among the few name words ending at token k ("Joint Permanent
    Commission for Cooperation": "Commission"), k itself when none is one."""
    j = k
    while j > max(0, k - 5) and not _names_a_body(s, j) and (s.caps[j] or s.lowers[j] in _NAME_TAIL_WORDS):
        j -= 1
    return j if _names_a_body(s, j) else k


#: Small words of a body's name after its head ("Commission for Cooperation", "Committee on").
_NAME_TAIL_WORDS: Final = et.word_set("for on of and")


def _session_trigger(
    s: Sentence,
    segments: list[Segment],
    segment_of: list[int],
    verb: int,
    named: tuple[int, int],
    key_end: int | None = None,
) -> Trigger:
    """The forum trigger of a named body's session, told by the verb at `verb`, its name running
    from `named[0]` to its head word `named[1]` (for `_held_bodies`, `_bodies_in_session` and
    `_chaired_bodies`); `key_end`: where its name's key stops when the head word is no part of
    it ("the Vietnam-Australia Economic Partnership | meeting"), else after the head word."""
    start, body = named
    lowers = s.lowers
    negated = _verb_negated(s, verb, segments[segment_of[verb]])
    key = _name_words(s, start, body + 1 if key_end is None else key_end)
    return Trigger(body, et.FORUM, lowers[body], True, False, negated, segment_of[body],
                   body=lowers[body], key=key)  # fmt: skip


#: What stands between "held" and the body whose session it was: "held the ...", "held their ...".
_HELD_DETERMINERS: Final = et.word_set("the their its")


def _body_held_after(s: Sentence, j: int) -> tuple[int, int] | None:
    """(first, last) tokens of a named body's session held: "(held the) V Binational Cabinet",
    "(held the) 12th Kazakh-Uzbek Intergovernmental Commission", or a joint body in lower case,
    which sits in sessions as a capitalized one does (`_lower_joint`: "(held their) joint
    ministerial commission"); None when no body is named."""
    lowers = s.lowers
    if et.ORDINAL.fullmatch(lowers[j]) or _ROMAN.fullmatch(s.words[j]):
        j += 1
    start = j
    while j < s.n and j - start < 8 and (s.caps[j] or lowers[j] in ("-", "–", "of")):
        j += 1
    body = j - 1
    if body > start and not _names_a_body(s, body):
        # "(held the) Joint Permanent Commission of Cooperation": its matter after "of" ends the
        # run of capitalized words, the head stands before it
        body = _head_in_name(s, body)
    if body >= start and _names_a_body(s, body):
        return (start, body)
    for b in range(start + 1, min(s.n, start + _LOWER_BODY_REACH)):
        if s.caps[b] or lowers[b] not in et.SITTING_BODIES:
            continue
        # a place, a day or its matter after it ("... commission in Accra", "... for cooperation");
        # not "their joint commission meeting" (the meeting word tells that event itself) nor
        # "held the joint committee responsible"
        if _lower_joint(s, b) == start and lowers[b + 1] in _HELD_BODY_FOLLOWERS:
            return (start, b)
        break
    return None


#: Tokens a lower-case joint body's name may run after "held the": "joint economic and trade commission".
_LOWER_BODY_REACH: Final = 6


def _names_a_body(s: Sentence, k: int) -> bool:
    """Whether token k closes a named body that sits in sessions ("Joint Commission", "Business
    Council", "Binational Cabinet")."""
    lowers = s.lowers
    return s.caps[k] and (lowers[k] in et.FORUM_BODIES or _joint_cabinet_at(lowers, k))


#: An ordinal written in Roman numerals, as Spanish and Portuguese copy numbers sessions ("V").
_ROMAN: Final = re.compile(r"[IVXL]{1,6}")

#: Words after an intransitive session verb: a place, a day or the members it sat with.
_SESSION_ADVERBIALS: Final = _DATE_WORDS | et.word_set("in at on with here , .")
#: Words after a lower-case joint body held that show its session was held: its place, day or matter.
_HELD_BODY_FOLLOWERS: Final = _SESSION_ADVERBIALS | et.word_set("for of between last this")
#: Words of a body's name after its head ("Committee on the Abidjan Corridor, Trade and
#: Investment") besides capitalized ones.
_BODY_NAME_JOINERS: Final = et.word_set("the and of on for & , - – ( )")
#: Tokens a body's name may run after its head word.
_BODY_NAME_REACH: Final = 14
#: Tokens an aside between a subject and its verb may run: ", chaired by X,".
_ASIDE_REACH: Final = 16


#: Words between a sitting body and its verb: auxiliaries and adverbs ("was later held"), and
#: those of a session before ("The Commission last met in Cape Town", "first met in 2019").
_BEFORE_SITTING_VERB: Final = _ADVERBS_OR_AUXILIARIES | et.word_set(
    "last first previously recently most again"
)


def body_subject(s: Sentence, v: int) -> tuple[int, int] | None:
    """(first, head) tokens of the named body that sits in sessions and is the subject of the
    verb at token v, or None: "The 4th Kenya-Zambia Joint Committee on Trade and Industry
    (opened)", "the Sectoral Council on Energy, chaired by X, (brought together)". The name may
    go on after its head word with "on", "for" or "of" and capitalized words, and an aside
    between commas (a participle with its agent, a relative clause) may part it from the verb."""
    lowers = s.lowers
    k = v - 1
    while k > 0 and lowers[k] in _BEFORE_SITTING_VERB:
        k -= 1
    relative = lowers[k] in ("which", "that") and lowers[k - 1] == ","
    if relative:
        k -= 2  # "The A-B Commission, which last met in Cape Town": the antecedent met
    elif lowers[k] == ",":
        opening = next(
            (
                j
                for j in range(k - 2, max(0, k - _ASIDE_REACH), -1)
                if lowers[j] == "," and _opens_aside(s, j + 1)
            ),
            None,
        )
        if opening is None:
            return None
        k = opening - 1
    elif (participle := _unmarked_aside_start(s, k)) is not None:
        k = participle - 1  # "The A-B intergovernmental council | chaired by X | met in Y"
    k = _before_initials(s, k)  # "The A-B Joint Committee (JC) convened"
    k = _before_pair_of_countries(s, k)  # "The Joint Committee between Peru and Ghana | opened"
    if not s.caps[k]:
        k = _lower_body_before_matter(s, k)
    for b in range(k, max(-1, k - _BODY_NAME_REACH), -1):
        joint = None if s.caps[b] or not _sitting_body_at(lowers, b) else _lower_joint(s, b)
        if (
            _sitting_body_at(lowers, b)
            and (s.caps[b] or joint is not None)
            and (b == k or lowers[b + 1] in _NAME_LIST_OPENERS)
        ):
            start = _name_start(s, b if joint is None else joint)
            if relative and not _opens_sentence(s, start):
                return None  # "discussed the X Council, which met ...": a topic, no sitting told
            if b < k and lowers[start] in HEAD_WORDS:
                # "Chairman Senate Standing Committee on Foreign Affairs X Y met ...": an office
                # of the body, its holder's name before the verb, is the subject (the committee
                # had sat, and the holder's meeting with an envoy was lost)
                return None
            return (start, b) if _heads_its_phrase(s, start) else None
        if not (s.caps[b] or lowers[b] in _BODY_NAME_JOINERS):
            return None
    return None


def _before_pair_of_countries(s: Sentence, k: int) -> int:
    """The token before "between A and B" when those words end at token k, A and B countries
    ("The Joint Committee between Peru and Ghana | kicked off", "the Commission between the
    Republic of X and Y"): the body's name ends before them (its verb had found no name, and
    no session was told); k itself otherwise."""
    lowers = s.lowers
    for j in range(k, max(0, k - _PAIR_REACH), -1):
        if lowers[j] == "between":
            inside = range(j + 1, k + 1)
            countries = {found[1] for i in inside if (found := s.country_at(i, ("name",))) is not None}
            joined = any(lowers[i] in ("and", "&") for i in inside)
            return j - 1 if joined and len(countries) >= 2 else k
        if not (s.caps[j] or lowers[j] in ("and", "&", "of", "the", "-")):
            return k
    return k


#: Tokens "between A and B" may take: "between the Republic of Korea and the Kingdom of Spain".
_PAIR_REACH: Final = 12


def _unmarked_aside_start(s: Sentence, k: int) -> int | None:
    """The participle with its agent that ends at token k with no commas around it, between a
    body's name and its verb ("The Kazakh-Kyrgyz intergovernmental council | chaired by the
    prime ministers of the two countries | met in Cholpon-Ata"), as between commas; None when
    a clause mark or another event's verb stands in it."""
    lowers = s.lowers
    for j in range(k, max(0, k - _ASIDE_REACH), -1):
        if j < k and not s.caps[j] and lowers[j].endswith("ed") and lowers[j + 1] == "by":
            return j
        if lowers[j] in (",", ";", ".", ":") or lowers[j] in _VERB_PAST:
            return None
    return None


def _sitting_body_at(lowers: list[str], b: int) -> bool:
    """Whether token b heads a body that sits in sessions (et.SITTING_BODIES), or the "Group" of
    a "Working Group" ("The Malaysia-Thailand Joint Working Group on Border Trade was held")."""
    return lowers[b] in et.SITTING_BODIES or (b > 0 and (lowers[b - 1], lowers[b]) == et.SITTING_GROUP)


def _lower_body_before_matter(s: Sentence, k: int) -> int:
    """The head of a lower-case joint body whose matter, after "on" or "for", ends at token k
    ("the Hungarian-Ukrainian intergovernmental commission on economic cooperation"), as a
    capitalized name's matter is read; k itself when no such body is there."""
    lowers = s.lowers
    for j in range(k - 1, max(0, k - _LOWER_MATTER_REACH), -1):
        if lowers[j] in ("on", "for"):
            b = j - 1
            return b if lowers[b] in et.SITTING_BODIES and _lower_joint(s, b) is not None else k
        if s.caps[j] or not (lowers[j].replace("-", "").isalpha() or lowers[j] == "-"):
            return k
    return k


#: Lower-case words the matter of a joint body may run: "on trade, economic and technical cooperation".
_LOWER_MATTER_REACH: Final = 7


def _lower_joint(s: Sentence, b: int) -> int | None:
    """The first of the lower-case words of a joint body's name that ends at token b ("the
    Algeria-Niger joint commission", "their joint economic committee", "the joint fisheries
    commission"), None when they hold no joint word: such a body sits in sessions as a
    capitalized one does."""
    lowers = s.lowers
    k = b - _sector_words(s, b)
    while k > 0 and lowers[k - 1] in _BODY_WORDS:
        k -= 1
    return k if not _JOINT_WORDS.isdisjoint(lowers[k:b]) else None


def _sector_words(s: Sentence, b: int) -> int:
    """How many plain lower-case words (one or two) stand between a joint word and the head of a
    body at token b, naming its sector ("the joint fisheries commission", "a mixed water
    resources committee"); 0 when none do. Any sector may have its joint body, so the words are
    no list: the joint word before them and the body word after them tell the name."""
    lowers = s.lowers
    if b >= s.n or lowers[b] not in et.FORUM_BODIES:
        return 0
    for width in (1, 2):
        k = b - width
        if k < 1 or lowers[k - 1] not in _JOINT_WORDS:
            continue
        if all(
            not s.caps[m] and lowers[m].isalpha() and lowers[m] not in _NOT_SECTOR_WORDS for m in range(k, b)
        ):
            return width
    return 0


#: Words that name no sector between a joint word and a body ("a joint and permanent commission").
_NOT_SECTOR_WORDS: Final = et.word_set("and or of the a an for with on in to at by new first second third")


def _body_name_topics(s: Sentence, triggers: list[Trigger]) -> set[int]:
    """The words after "on" in the name of a body whose session is told by the body's own name
    ("the Sectoral Council on Trade, Industry and Investment opened ..."): what it sits on, as
    after "the meeting of the Council on ...", not a side ("Industry" is no organization)."""
    topic: set[int] = set()
    lowers = s.lowers
    for t in triggers:
        if t.body is None:
            continue
        named = body_subject(s, t.token) if lowers[t.token] in _BODY_MEETS else None
        body = named[1] if named is not None else t.token  # "the Council on Trade met"
        if lowers[body] != t.body or not _sitting_body_at(lowers, body) or lowers[body + 1] != "on":
            continue
        if not _topic_follows(s, body + 1) or not s.caps[body]:
            continue  # "the Council on Monday": a day, not what it sits on
        j = body + 2
        while (
            j < s.n
            and (s.caps[j] or lowers[j] in _BODY_NAME_JOINERS)
            and not _opens_aside(s, j)
            and not acronym_in_brackets(s, j)  # "on Defence and Security | (JPCDS)": its initials
            and not (lowers[j] == "on" and not _topic_follows(s, j))  # "on Cooperation | on Tuesday"
        ):
            j += 1
        topic.update(range(body + 2, j - (lowers[j - 1] == ",")))
    return topic


def _opens_sentence(s: Sentence, start: int) -> bool:
    """Whether the name starting at token start opens the sentence, after "the" or an ordinal
    at most: the subject a non-restrictive relative clause on it tells of ("The A-B Commission,
    which last met in May, ..."), not an object talked about."""
    j = start - 1
    while j >= 0 and (s.lowers[j] == "the" or et.ORDINAL.fullmatch(s.lowers[j])):
        j -= 1
    return j < 0


def _heads_its_phrase(s: Sentence, start: int) -> bool:
    """Whether the name starting at token start heads its noun phrase, not one after "of" or
    another preposition ("Chairman of the Management Board of Samruk-Kazyna X met": X met). A
    round of the body heads it as its session does ("The fifth round of the A-B Joint Committee
    kicked off in Hanoi": the body's sitting, which had been no event)."""
    j = start - 1
    while j >= 0 and (s.lowers[j] == "the" or et.ORDINAL.fullmatch(s.lowers[j])):
        j -= 1
    if j > 0 and s.lowers[j] == "of" and s.lowers[j - 1] in _ROUND_NOUNS:
        return _heads_its_phrase(s, j - 1)
    return j < 0 or s.lowers[j] not in _PHRASE_PREPOSITIONS


#: Nouns of one sitting of a body that sits in sessions, before "of": "the fifth round of".
_ROUND_NOUNS: Final = et.word_set("round")


#: Prepositions whose object a body's name would be, not a subject: "Chairman of the Board".
_PHRASE_PREPOSITIONS: Final = et.word_set("of for to from by with at in under within")


def _opens_aside(s: Sentence, j: int) -> bool:
    """Whether token j opens an aside on the noun before its comma: "chaired by X", "headed by
    Y", "which groups the ministers of ..."."""
    lowers = s.lowers
    return lowers[j] in ("which", "who") or (lowers[j].endswith("ed") and lowers[j + 1] == "by")


def _bodies_in_session(
    s: Sentence, segments: list[Segment], segment_of: list[int], outside: set[int], officials_too: bool
) -> list[Trigger]:
    """ "The Joint Committee on Trade opened in Lusaka on Monday with ministers from ...", "the
    Sectoral Council ..., chaired by X, brought together ministers from ...": a named body that
    sits, as the subject of a verb of sitting or gathering, is its session, a forum (the
    "meeting of" was left unsaid). With `officials_too` (the sentence told no event yet), "The
    foreign ministers of the Nordic-Baltic Eight (NB8) gathered in Riga on Wednesday", "Defence
    ministers of the JEF convened in Oslo": a plural subject of officials coming together is
    their meeting, as they "met" (else "hosted by X" had no event to host, and the guests
    attending it made a meeting of their own); "gathered evidence", "convened a panel" and
    "crowds gathered in the square" are none."""
    lowers = s.lowers
    for v in range(2, s.n):
        if v in outside:
            continue
        lower = lowers[v]
        sitting = lower in et.SITTING_VERBS and lowers[v + 1] in _SESSION_ADVERBIALS
        # "the Commission closed in Gaborone", "the Committee kicked off in Hanoi" (each test's
        # verb looked up first: a call for every token of the sentence costs more)
        sitting = sitting or (lower in et.CLOSING_VERBS and _session_closed(lowers, v))
        sitting = sitting or (lower in et.OPENING_VERBS and _session_opened(lowers, v))
        sitting = sitting or (lower == "took" and lowers[v + 1] == "place")  # "the Committee took place"
        gathering = lower in et.GATHERING_VERBS and (lower == "gathered" or lowers[v + 1] == "together")
        passive = lowers[v - 1] in ("was", "were") and (
            lower == "held"
            or (lower == "attended" and lowers[v + 1] == "by")
            # "The Mexico-Guatemala Binational Commission was installed in Guatemala City"
            or (lower in et.INSTALL_VERBS and lowers[v + 1] in _SESSION_ADVERBIALS)
        )
        assembling = (
            officials_too
            and lower in et.ASSEMBLY_VERBS
            and lowers[v + 1] in _ASSEMBLY_ADVERBIALS
            and not s.caps[v]
        )
        if not (sitting or gathering or passive or assembling):
            continue
        named = body_subject(s, v) if sitting or gathering or passive else None
        if named is not None:
            return [_session_trigger(s, segments, segment_of, v, named)]
        if assembling and _officials_subject(s, v):
            trigger = _verb_trigger(s, v, "met", et.MEETING, segments[segment_of[v]], segment_of[v])
            return [] if trigger is None else [replace(trigger, lemma=lower)]
    return []


def _session_closed(lowers: list[str], v: int) -> bool:
    """Whether the verb at token v ends a session, with its place or day right after it ("closed
    in Gaborone", "ended on Friday", "wrapped up in Lusaka"): the body that is its subject sat, as
    one that "opened" did; "ended its probe", "concluded that ..." tell no sitting."""
    if lowers[v] not in et.CLOSING_VERBS:
        return False
    after = v + 1
    if lowers[v] == "wrapped":
        if after >= len(lowers) or lowers[after] != "up":
            return False
        after += 1
    if after + 1 < len(lowers) and lowers[after] == "in" and lowers[after + 1] == "on":
        return False  # "closed in on a deal": drew near, no sitting
    return after < len(lowers) and lowers[after] in _SESSION_ADVERBIALS


def _session_opened(lowers: list[str], v: int) -> bool:
    """Whether the verb at token v opens a session, with its place or day right after it ("kicked
    off in Hanoi", "got under way on Tuesday", "got underway in Lima", "began in Accra"): the
    body that is its subject sat, as one that "opened" did; "kicked off talks", "got a mandate",
    "began work on ..." tell no sitting (an object follows)."""
    if lowers[v] not in et.OPENING_VERBS:
        return False
    after = v + 1
    if lowers[v] == "kicked":
        if lowers[after] != "off":
            return False
        after += 1
    elif lowers[v] == "got":
        if lowers[after] == "underway":
            after += 1
        elif lowers[after : after + 2] == ["under", "way"]:
            after += 2
        else:
            return False
    return after < len(lowers) and lowers[after] in _SESSION_ADVERBIALS


def _anchored_bodies(s: Sentence, segments: list[Segment], found: list[Trigger]) -> list[Trigger]:
    """ "On the sidelines of the commission", "Following the council session": a body named
    in an anchor is a reference to its forum even without a meeting word."""
    with_triggers = {t.segment for t in found}
    bodies = []
    for index, segment in enumerate(segments):
        if segment.role != ANCHOR or index in with_triggers:
            continue
        start = segment.start + _anchor_length(s, segment.start)
        for j in range(start, min(segment.end, start + 4)):
            lower = s.lowers[j]
            if lower in et.FORUM_BODIES:
                if _legislature(s, j):
                    break  # "testified before Congress": the legislature, no session told before
                bodies.append(Trigger(j, et.FORUM, lower, True, True, False, index, body=lower))
                break
    return bodies


#: What follows "bilateral" used as a noun: "a bilateral with X", "their bilateral on Monday".
_AFTER_BILATERAL: Final = frozenset(["with", "on", "at", "in", ",", ".", "between"])
_DETERMINERS: Final = frozenset(["a", "their", "the", "his", "her"])


#: Whom a club or label signs: a signing of them is no agreement between states.
_SIGNED_PLAYERS: Final = et.word_set(
    """forward striker midfielder defender goalkeeper winger player coach quarterback pitcher
    outfielder rookie athlete actor actress singer rapper"""
)


def _player_signed(lowers: list[str], i: int) -> bool:
    """Whether the object of the signing verb at i is a player or performer ("signed Brazilian
    forward Endrick", "signed 19-year-old winger X"), before any document or "with"."""
    for k in range(i + 1, i + 5):
        if lowers[k] in _SIGNED_PLAYERS:
            return True
        if lowers[k] in et.AGREEMENT_NOUNS or lowers[k] in ("with", "on", "in", ","):
            return False
    return False


#: The forms of "sign" that are also the noun: "a sign of strain", "signs that sanctions bite".
_SIGN_FORMS: Final = et.word_set("sign signs")
#: Words that open a noun phrase, after which "sign(s)" is the noun ("a sign", "no sign", "the
#: first signs"); no verb follows one of them directly ("each" may: "they each sign the pact").
_SIGN_DETERMINERS: Final = et.word_set("a an another no any every the this these those such")
#: Words of a clause's verb group: a word between a determiner and "sign" that is one of them
#: ends the subject ("the two countries will sign", "the minister did not sign").
_VERB_GROUP_WORDS: Final = et.MODALS | et.word_set("did do does not also and then both jointly formally")


def _sign_is_noun(s: Sentence, i: int) -> bool:
    """Whether "sign" or "signs" at token i is the noun of an indication ("In a sign of strain",
    "another sign that ties are cooling", "showed no clear signs of slowing", "the first signs
    of recovery"), not the verb of a signing ("agreed to sign a pact", "the two ministers sign
    the accord", "Kenya signs trade deal"): "of" after it, "that" after the plural, or a
    determiner right before it or before one lower-case modifier ("a clear sign"), where the
    verb would have a plural subject ("the ministers sign") or a verb group ("will sign")."""
    lowers = s.lowers
    after = lowers[i + 1]
    if after == "of" or (lowers[i] == "signs" and after == "that"):
        return True  # (no signing is "of" something; "signs that" is the noun's clause of content)
    before = lowers[i - 1]
    if before in _SIGN_DETERMINERS or before in POSSESSIVE_MARKS:
        return True
    modifier = before.isalpha() and not s.caps[i - 1] and before not in _VERB_GROUP_WORDS
    # (a plural before "sign" is its subject: "the two sides sign"; "serious", "obvious" are no plurals)
    singular = not before.endswith("s") or before.endswith(("ous", "ss"))
    return modifier and singular and not count_of(before) and lowers[i - 2] in _SIGN_DETERMINERS


#: A quantifier floated after a plural subject: "A and B have both signed", "they each ratified".
_DISTRIBUTIVES: Final = frozenset(["both", "each"])
#: What may stand between the quantifier and the signing verb: "both have signed".
_PERFECT_AUXILIARIES: Final = frozenset(["have", "has", "had"])


#: Plural subjects that are states, not officials: "the two countries each signed".
_STATE_SUBJECTS: Final = et.word_set("countries states nations")


def _signed_each_on_its_own(s: Sentence, i: int, end: int) -> bool:
    """Whether the signing verb at i tells that each of the states before it signed a document
    apart, a membership they share rather than a signing of theirs ("Kenya and Ghana have both
    signed the Paris Agreement", "the two states each signed the Convention"): a floated
    "both"/"each" makes the act each side's own, states (not officials) are what a treaty has as
    parties, and a signing together names no one it was signed "with". Officials who "both
    signed" a document on a day may have signed it together, and stay an event."""
    lowers = s.lowers
    k = _passive_auxiliary(lowers, i)
    k -= lowers[k] in _PERFECT_AUXILIARIES  # "both have signed"
    if lowers[k] not in _DISTRIBUTIVES or "with" in lowers[i + 1 : end]:
        return False
    k -= lowers[k - 1] in _PERFECT_AUXILIARIES  # "have both signed": the subject ends before "have"
    return lowers[k - 1] in _STATE_SUBJECTS or _countries_as_subject(s, k)


def _countries_as_subject(s: Sentence, end: int) -> bool:
    """Whether the tokens before `end` are a list of country names that is itself the subject
    ("Kenya and Ghana"), not the end of an office's ("the presidents of Kenya and Ghana")."""
    names = {last: first for first, (last, mention) in s.countries.items() if mention.kind == "name"}
    k = end
    while k in names:
        k = names[k]
        k -= s.lowers[k - 1] in ("and", ",")
    return k < end and s.lowers[k - 1] != "of"


#: Nouns "exchange" modifies when it names a standing scheme ("a student exchange programme"):
#: students, staff or knowledge go back and forth, no documents change hands.
_SCHEMES: Final = et.word_set("programme programmes program programs")


def _names_a_framework(s: Sentence, i: int) -> bool:
    """Whether the event noun at token i, alone or inside a name, qualifies a noun of a
    standing scheme after it ("under the India-Africa Forum Summit framework", "the summit
    process", "the Joint Commission mechanism"): the scheme is what the clause names, and it
    tells no event held."""
    j = i + 1
    while s.caps[j] and j < i + 4:
        j += 1
    return s.lowers[j] in _FRAMEWORKS


#: Nouns of a standing scheme named after an event: "the G20 summit process".
_FRAMEWORKS: Final = et.word_set(
    "framework frameworks mechanism mechanisms process processes format architecture"
)


def _trigger_at(
    s: Sentence,
    i: int,
    lower: str,
    verb_family: str | None,
    noun_family: str | None,
    segment: Segment,
    seg_index: int,
) -> Trigger | None:
    """The trigger at token i, told apart as verb or noun by its context, or None."""
    lowers = s.lowers
    if held_after_event(s, i):
        return None  # "the Business Forum, hosted in Beira by the agency": the forum's holding, no meeting
    if lower in et.PHONE_WORDS:
        return _phone_trigger(s, i, segment, seg_index)
    if lower == "exchanged" and _documents_subject(s, i):
        # "The documents, covering ..., were exchanged in the presence of both leaders"; "Fifty-one
        # memoranda ... were exchanged at the forum" tells a signing of its own
        definite = _documents_told_as_subject(s)
        return Trigger(i, et.AGREEMENT, "signing", False, definite, _verb_negated(s, i, segment), seg_index)
    if lower in ("visit", "visits") and _visit_by_the_public(s, i):
        return None  # "with visits by traders across the border rising": people at large, no one's visit
    if lower == "meeting" and not _noun_context(s, i) and _requirement_met(s, i):
        # "exporters are meeting strong Chinese demand", "firms meeting EU standards": the
        # gerund of a need satisfied, as "meet the demand" is ("a meeting on standards" is none)
        return None
    if lower == "audience" and lowers[i - 1] == "the" and lowers[i - 2] in _TOLD_VERBS:
        return None  # "X told the audience that ...": the listeners of a speech, no audience granted
    if lower == "signatures":
        # "X and Y affixed their signatures to a memorandum": they signed it; "collected signatures",
        # "the signatures of the two ministers" tell no signing
        if lowers[i - 1] not in _PERSONAL_POSSESSIVES or lowers[i - 2] not in _SIGNATURE_VERBS:
            return None
        return Trigger(i, et.AGREEMENT, "signing", False, False, _verb_negated(s, i - 2, segment), seg_index)
    if lower in et.DOCUMENT_VERBS:
        # "A and B concluded a distribution agreement", "struck a free trade deal": a signing;
        # "concluded talks", "the visit concluded" tell none
        return (
            _verb_trigger(s, i, lower, et.AGREEMENT, segment, seg_index) if _document_object(s, i) else None
        )
    if lower in ("exchange", "exchanges") and lowers[i + 1] in _SCHEMES:
        return None  # "the knowledge exchange programme with Japan": a scheme of exchanges, no papers
    if lower in ("exchange", "exchanged", "exchanges") and not s.caps[i] and _documents_follow(s, i):
        # the verb right after a name ("while Saab and the Adani Group exchanged a memorandum"):
        # "the" opens its subject's name, no mention of papers told before
        definite = _is_definite(s, i, segment.start) and not (lower != "exchange" and s.caps[i - 1])
        negated = _noun_negated(s, i, segment) if lower == "exchange" else _verb_negated(s, i, segment)
        return Trigger(i, et.AGREEMENT, "signing", lower == "exchange", definite, negated, seg_index)
    if lower in et.DIALOGUES:
        # "the Annual Leaders' Dialogue between the two prime ministers": a named mechanism
        # meets ("political dialogue" is no event); between two sides it is their meeting, and
        # so is one that is held ("held their first high-level economic dialogue in Tokyo")
        named = s.caps[i] and (s.caps[i - 1] or s.words[i - 1].endswith(("'", "’")))
        held = not named and lowers[_light_verb_before(s, i, segment.start)] in _HOLDING_VERBS
        if not named and not held:
            return None
        noun_family = et.MEETING if held or lowers[i + 1] in ("between", "with") else et.FORUM
    if lower in et.NAMED_GATHERINGS:
        # "the Zambia-Botswana Business Indaba, held in Livingstone": a forum heading its name
        if not (s.caps[i] and s.caps[i - 1]):
            return None
        noun_family = et.FORUM
    if lower in et.PAIR_MEETING_NOUNS and not (
        (
            lowers[i - 1] in _DETERMINERS
            or (lowers[i - 1] in et.BRIEF_ADJECTIVES and lowers[i - 2] in _DETERMINERS)
        )
        and lowers[i + 1] in _AFTER_BILATERAL
    ):
        return None  # "held a bilateral (a one-on-one) with X" is a meeting; "bilateral trade" is none
    if lower in ("ceremony", "ceremonies") and not _welcome_ceremony(lowers, i):
        return None  # "a signing ceremony", "the opening ceremony": an occasion, told by its own event
    if lower == "welcome":
        if not _ceremonial_welcome(s, i):
            return None  # "welcome the move", "a warm welcome at the airport": no reception
        noun_family = et.MEETING
    elif lower in et.MEALS or lower in ("ceremony", "ceremonies"):
        # "had lunch with the premier", "a state banquet in honour of": a meeting over a meal;
        # "a charity dinner" names nobody it was shared with; "The reception was attended by
        # ..." is the one told before
        told_before = lowers[i - 1] == "the" and lowers[i + 1] in ("was", "were")
        noun_family = et.MEETING
        if not told_before and not _meal_shared(s, i, segment.start):
            if not (lower.startswith("ceremon") and _ceremony_accorded_to_subject(lowers, i)):
                return None
            noun_family = et.VISIT  # "X was accorded an official reception ceremony": his arrival
    if verb_family is not None and (noun_family is None or not _noun_context(s, i)):
        return _verb_trigger(s, i, lower, verb_family, segment, seg_index)
    if noun_family is None:
        return None
    joint_press = _joint_press_conference(lowers, i)
    if lowers[i - 1] in et.NOT_ENGAGEMENT_BEFORE and not joint_press:
        return None  # "press conference"
    if lower in _TALKS_NOUNS and _talks_as_matter(s, i):
        return None  # "a key sticking point in the trade negotiations", "despite the talks": no event told
    if _set_apart_from(s, i):
        return None  # "a meeting unrelated to the forum": the forum only told apart, no event here
    if lowers[i + 1] in et.VENUE_ROOMS:
        return None  # "at the Ministry's conference room", "the International Conference Centre": a venue
    if lowers[i + 1] in _EVENT_ROLES:
        return None  # "Aliyev, the conference host", "the summit chair": someone's role, no event told
    if lower == "conference" and lowers[i - 1] in et.PHONE_WORDS:
        return None  # "video conference": the phone word reports it
    if _names_a_framework(s, i):
        return None  # "support to Ghana under the India-Africa Forum Summit framework": a scheme, no event
    name = i
    while (
        name > max(1, i - _RECORDED_NAME_REACH)
        and lowers[name - 1] != "the"
        and (s.caps[name - 1] or (lowers[name - 1] in _NAME_INNER_WORDS and s.caps[name - 2]))
    ):
        # over the event's name: "the decisions of the Beijing Summit", with its inner small words
        # and bracketed acronym ("the outcomes of the Forum on China-Africa Cooperation (FOCAC) summit")
        name -= 1
    if lowers[name - 1] == "the" and lowers[name - 2] == "of" and lowers[name - 3] in _RECORDS:
        return None  # "signed the minutes of the meeting": a document's name, not the meeting told
    if lower in et.WEAK_VISIT_NOUNS and not _weak_visit(s, i):
        return None
    if lower == "consultation" and not _determined_consultation(s, i):
        return None  # "in consultation with", "after public consultation": a process, no meeting
    family = noun_family
    if lower == "call" and lowers[i - 1] not in et.PHONE_WORDS and lowers[i + 1] != "with":
        if lowers[i - 1] in _CALL_VISITS:
            family = et.MEETING  # "paid a farewell call on the Prime Minister"
        elif lowers[i - 1] == "a" and lowers[i - 2] in _PAYING and lowers[i + 1] in ("on", "upon"):
            family = et.MEETING  # "paid a call on President X": a courtesy call with no adjective
        elif lowers[i + 1] == "from" and lowers[i - 1] in ("a", "the") and lowers[i - 2] in _CALL_TAKERS:
            pass  # "received a call from the Foreign Minister of Singapore": a phone call
        elif lowers[i - 1] in _KINDS_OF_CALL and lowers[i + 1] in ("from", "to"):
            pass  # "received a congratulatory call from ...", "made a condolence call to ...": a phone call
        elif _made_the_call(lowers, i):
            return None  # "He made the call when the minister paid a courtesy call on him": an appeal
        elif _held_a_call(lowers, i):
            pass  # "X and Y held a call on Wednesday", "had a brief call": a phone call between them
        elif not _is_definite(s, i, segment.start):
            return None
    if family == et.VISIT and lowers[i - 1] in _CALL_VISITS:
        family = et.MEETING  # "received the ambassador in a farewell visit": a call, no tour
    elif family == et.VISIT and lowers[i + 1] == "from" and lowers[i - 2 : i] in _RECEIVED_A:
        family = et.MEETING  # "X received a visit from his Chilean counterpart": X met him, at home
    elif (
        family == et.VISIT
        and lower == "visit"
        and lowers[i + 1] == "to"
        and _person_visited(s, i, segment.end)
    ):
        family = et.MEETING  # "X paid a visit to President Y on Wednesday": a call on Y, as "visited Y"
    if family in (et.MEETING, et.PHONE_CALL) and _phone_near(s, i):
        family = et.PHONE_CALL
    if lower == "conversation" and family == et.MEETING and _phone_near(s, i):
        family = et.PHONE_CALL
    if family == et.MEETING and lower in _CALL_APPOSITION_NOUNS and _counts_the_call_told(s, i):
        family = et.PHONE_CALL  # "X and Y spoke by phone, their first conversation in years": that call
    if family == et.FORUM and s.caps[i] and _office_of_body(s, i):
        return None  # "the chairman of the National People's Congress": an office, no session
    if _legislature(s, i):
        return None  # "told Congress", "the Congress Trade Committee": a country's legislature, no gathering
    body, key = (None, None)
    if family in (et.MEETING, et.FORUM):
        body, key = _forum_body(s, i)
        # "their summit meeting", "the Japan-Chile Summit Meeting": the two leaders' meeting
        summit_meeting = lowers[i - 1] == "summit" and (not s.caps[i - 1] or names_country_pair(s, i - 2))
        if body is not None and family == et.MEETING and lower != "talks" and not summit_meeting:
            family = et.FORUM
        if lower == "summit" and (lowers[i + 1] in _SUMMIT_HEADS or lowers[i + 1] in et.PHONE_WORDS):
            return None  # "summit talks", "the summit talk", "a summit telephone talk": the head noun decides
        if lower in ("session", "sessions") and lowers[i - 1] in _TALKS_MODIFIERS:
            return None  # "held an official talks session": the talks tell it, a meeting
        if lower in ("session", "sessions", "round", "rounds") and _of_talks(lowers, i):
            return None  # "held a session of talks with X": so do they here, a meeting
        if (
            lower in ("summit", "summits")
            and (lowers[i + 1] == "with" or lowers[i - 1] in _PAIR_SUMMIT_WORDS)
            and not s.caps[i]
            and not s.caps[i - 1]
            and lowers[i - 1] not in _MANY_SIDED
        ):
            # "held back-to-back summits with the leaders of A and B": one each; "held a summit
            # with Uzbek President X": a summit with one other leader is their meeting; so are
            # "bilateral summits" wherever their "with" stands ("held bilateral summits on
            # Tuesday with A and B", "a series of bilateral summits ... with African leaders")
            family = et.MEETING
        if (
            lower == "roundtable"
            and not s.caps[i]
            and body in (None, lower)
            and _with_follows(s, i)
            and _HOSTING_VERBS.isdisjoint(lowers[max(0, i - 4) : i])
        ):
            # "executives of A held a roundtable with officials of B": two sides at one table,
            # their meeting; "addressed a Chile-Peru business roundtable" and one that its hosts
            # chaired ("the two ministers chaired a roundtable with firms") stay forums
            family, body, key = et.MEETING, None, None
        if (
            lower in ("session", "sessions")
            and lowers[i - 1] == "working"
            and (body in (None, lower) or _with_follows(s, i))
        ):
            # "held a working session with a delegation", "had a working session yesterday at
            # his office in Port Louis with the Minister ...", "hosted his counterpart for a
            # working session on tariffs": two sides at work, a meeting; a working session of a
            # named body ("of the Joint Commission") stays its sitting
            family, body, key = et.MEETING, None, None
        named = lower in ("meeting", "meetings") and s.caps[i] and s.caps[i - 1] and not summit_meeting
        named = named or (lower in ("meeting", "meetings") and _bloc_names_meeting(s, i))
        if family == et.MEETING and named and lowers[i - 1] != "ministerial":
            # "the 12th Spain-Morocco High-Level Meeting": a named mechanism; a "Foreign and
            # Defense Ministerial Meeting (2+2)" is a meeting of ministers
            family = et.FORUM
    if joint_press:
        family, body, key = et.MEETING, None, None  # the sides before the press together: their meeting
    definite = _is_definite(s, i, segment.start) and not _new_documents_signed(s, i)
    if (definite or lowers[i - 1] in POSSESSIVE_MARKS) and _follows_another_event(s, i):
        return None
    negated = _noun_negated(s, i, segment)
    return Trigger(
        token=i,
        family=family,
        lemma=_lemma(lower),
        noun=True,
        definite=definite,
        negated=negated,
        segment=seg_index,
        negotiation=lower in et.NEGOTIATION_NOUNS,
        body=body,
        key=key,
    )


def _set_apart_from(s: Sentence, i: int) -> bool:
    """Whether the event noun at token i, with its name and article, is what something is told
    apart from ("a meeting unrelated to the forum", "separately from the Pacific Islands Forum
    summit", "independent of the conference"): a reference, no event of the clause (the talks
    had become a forum)."""
    k = i - 1
    while k > i - 6 and (s.caps[k] or s.lowers[k] in _APART_NAME_WORDS) and s.lowers[k] not in _APART_LINKS:
        k -= 1
    return s.lowers[k] in _APART_LINKS and s.lowers[k - 1] in _APART_LINKS[s.lowers[k]]


#: The word that links a reference an event is told apart from, and the words before it:
#: "unrelated to", "separate(ly) from", "apart from", "independent(ly) of", "outside of".
_APART_LINKS: Final[dict[str, frozenset[str]]] = {
    "to": et.word_set("unrelated unconnected"),
    "from": et.word_set("separate separately apart distinct"),
    "of": et.word_set("independent independently regardless"),
}
#: Words of the reference between its link and its noun: "to the annual forum", "from this summit".
_APART_NAME_WORDS: Final = et.word_set("the this that a its their annual regional leaders' leaders ’s 's")


#: Participles that name the host of a meal or reception: "a dinner hosted by X", "a luncheon
#: given by Y", "a reception offered by Z".
_HOSPITALITY_PARTICIPLES: Final = et.word_set("hosted given offered held thrown organised organized")


#: Words before "ceremony" that make it a host's welcome of a guest: "an official welcome ceremony".
_WELCOMES: Final = et.word_set("welcome welcoming reception")


def _welcome_ceremony(lowers: list[str], i: int) -> bool:
    """Whether the "ceremony" at token i is a welcome ("hosted an official welcome ceremony for
    X", "the welcoming ceremony in honour of Y"): the host received the guest, as at a banquet
    (a signing or an opening ceremony is told by its own event)."""
    return lowers[i - 1] in _WELCOMES or (lowers[i - 1] == "-" and lowers[i - 2] in _WELCOMES)


def _ceremony_accorded_to_subject(lowers: list[str], i: int) -> bool:
    """Whether the welcome ceremony at token i is given to the subject in the passive with no
    host named ("X was accorded an official reception ceremony at Al Alam Palace", "Y was given
    a formal welcome ceremony"): the guest's arrival, a visit (with its host, "was accorded ... by
    Z", the ceremony is their meeting, `_meal_shared`). Not when the sentence tells the arrival
    itself ("Y, who arrived in Riyadh on Saturday, was accorded ..."): the ceremony is part of
    that visit, no event of its own for a later "the same day" to follow."""
    if not et.ARRIVAL_VERBS.isdisjoint(lowers[:i]):
        return False
    for k in range(i - 1, max(0, i - _CEREMONY_ADJECTIVES_REACH), -1):
        if lowers[k] in ("accorded", "given"):
            return lowers[_passive_auxiliary(lowers, k)] in et.PASSIVE_AUXILIARIES
    return False


#: Tokens from "accorded" to its "ceremony": "accorded an official state reception ceremony".
_CEREMONY_ADJECTIVES_REACH: Final = 7


def _ceremonial_welcome(s: Sentence, i: int) -> bool:
    """Whether the noun "welcome" at token i is a ceremony for a named guest, told by its own
    adjective ("accorded a ceremonial welcome to X", "hosted an official welcome for Y", "was given
    a formal welcome by Z"): the host received the guest, as at a welcome ceremony. Not at an
    airport, where a welcome is the visit's greeting, no meeting."""
    lowers = s.lowers
    ceremonial = lowers[i - 1] in _WELCOME_ADJECTIVES or _welcome_accorded(lowers, i)
    if not ceremonial or _at_arrival_place(s, i):
        return False
    j = _after_meal_adjuncts(s, i + 1)
    if lowers[j] in ("to", "for", "by"):
        return True
    return lowers[j] == "in" and lowers[j + 1] in ("honour", "honor")


#: Adjectives that make the noun "welcome" a ceremony: "a ceremonial welcome", "an official welcome".
_WELCOME_ADJECTIVES: Final = et.word_set("ceremonial official formal ceremonious")
#: Verbs of a host's formal welcome whatever its adjective: "accorded a warm welcome to X".
_WELCOME_ACCORDING: Final = et.word_set("accorded accords")


def _welcome_accorded(lowers: list[str], i: int) -> bool:
    """Whether the noun "welcome" at token i is "accorded", with its article and one adjective or
    none ("accorded a warm welcome to Lao Prime Minister X", "accorded a grand welcome"): the
    verb of protocol makes it a ceremony as "ceremonial" does ("gave a warm welcome to X's
    proposal" is an approval)."""
    k = i - 1 if lowers[i - 1] in ("a", "an") else i - 2
    return lowers[k] in ("a", "an") and lowers[k - 1] in _WELCOME_ACCORDING


def _meal_shared(s: Sentence, i: int, floor: int) -> bool:
    """Whether the meal or reception at token i is shared with someone the sentence names: its
    guest after "with", "for" or "in honour of", its host after "hosted by", "given by" (a
    day and a named venue may stand between: "hosted a reception on Wednesday in honour of
    X", "a dinner at the Presidency for Y"), or two who attended it together. "A charity
    dinner" alone names nobody."""
    lowers = s.lowers
    if _attended_together(s, i, floor):
        return True
    j = _after_meal_adjuncts(s, i + 1)
    if lowers[j] in ("with", "for"):
        return True
    if lowers[j] == "in" and lowers[j + 1] in ("honour", "honor"):
        return True
    return lowers[j] in _HOSPITALITY_PARTICIPLES and lowers[j + 1] == "by"


#: Verbs of taking part in an event someone else holds.
_ATTENDING_VERBS: Final = et.word_set("attended attend attends joined")
#: Verbs by which two named together share a meal of their own: "A and B had a working lunch".
_MEAL_HOLDING_VERBS: Final = et.word_set("had held")


def _attended_together(s: Sentence, i: int, floor: int) -> bool:
    """Whether the event noun at token i is what two named together attended: "A and B
    attended a state banquet", "the two presidents attended a dinner" (one guest alone, "X
    attended a gala", shared it with nobody named); a meal two named together had or held is
    theirs as well ("A and B had a working lunch in Paris", "held a working dinner")."""
    verb = _light_verb_before(s, i, floor)
    if verb < 0:
        return False
    shared = s.lowers[i] in et.MEALS and s.lowers[verb] in _MEAL_HOLDING_VERBS
    if s.lowers[verb] not in _ATTENDING_VERBS and not shared:
        return False
    for k in range(floor, verb):
        if s.lowers[k] == "and" and k > floor and s.caps[k - 1] and s.caps[k + 1]:
            return True
        if joint_sides_at(s.lowers, k):
            return True
    return False


def _after_meal_adjuncts(s: Sentence, j: int) -> int:
    """Token j moved past a short date ("on Wednesday", "last night") and a venue named in
    capitals ("at the Presidency", "in Sofia") that stand after an event noun, in any order."""
    while True:
        k = _after_date_words(s, j)
        if s.lowers[k] in ("at", "in"):
            name = k + 1 + (s.lowers[k + 1] == "the")
            m = name
            while m < s.n and s.caps[m]:
                m += 1
            if m > name:
                k = m
        if k == j:
            return j
        j = k


#: Verbs by which the event told comes after another: "The visit follows talks in Paris".
_FOLLOW_VERBS: Final = et.word_set("follows followed follow")


def _follows_another_event(s: Sentence, i: int) -> bool:
    """Whether the definite event noun at token i is the subject of "follows" with an object:
    "Deby's visit follows the talks he held with X in Y on March 4", "The visit also follows
    a call between A and B". It is the event told before, and the clause tells the other
    one: its day, place and people are that event's, not this one's. "The talks were
    followed by a dinner" (an agent) is not this."""
    j = i + 1
    while s.lowers[j] in et.SKIPPABLE:
        j += 1
    return s.lowers[j] in _FOLLOW_VERBS and s.lowers[j + 1] != "by"


def _legislature(s: Sentence, i: int) -> bool:
    """Whether the capitalized "Congress" at token i is a country's legislature, not a gathering:
    bare ("told Congress", "testified before Congress"), before the name of one of its
    committees ("the Congress Foreign Trade Committee"), or named by its country alone ("the US
    Congress", "Peru's Congress"). A minister heard by it meets no other side; a gathering has a
    name of its own before the word ("the World Customs Congress")."""
    lowers = s.lowers
    if lowers[i] != "congress" or not s.caps[i]:
        return False
    if i + 1 < s.n and s.caps[i + 1] and lowers[i + 1] not in WEEKDAYS:
        return True  # (a day name may follow a body's name, "told Congress Monday": no committee's)
    j = i - (lowers[i - 1] in POSSESSIVE_MARKS)
    if s.country_ending_at(j) is not None:
        return True
    return not s.caps[i - 1] and lowers[i - 1] not in ("the", "a", "an", "this", "that", "its", "their")


def _office_of_body(s: Sentence, i: int) -> bool:
    """Whether the capitalized body name ending at token i follows an office and "of the":
    "the chairman of the National People's Congress", "Speaker of the National Assembly"; or
    members sent by it and "of/from the": "a delegation from the National People's Congress",
    "lawmakers of the Congress" (the body's members, not a session of it)."""
    lowers = s.lowers
    j = i
    while j > 0 and (s.caps[j - 1] or lowers[j - 1] in ("'s", "’s", "-")) and i - j < 8:
        j -= 1
    j -= lowers[j - 1] == "the"
    if lowers[j - 1] in ("of", "from") and lowers[j - 2] in _BODY_MEMBERS:
        return True
    return lowers[j - 1] == "of" and lowers[j - 2] in TITLE_WORDS


#: Who a body sends or is made of: "a delegation from the National People's Congress".
_BODY_MEMBERS: Final = et.word_set(
    "delegation delegations members lawmakers legislators deputies parliamentarians"
)


def _new_documents_signed(s: Sentence, i: int) -> bool:
    """ "after the two witnessed the signing of a peace declaration": "the signing" of documents
    named with "a" or a number is their signing told now, not one told before."""
    lowers = s.lowers
    return (
        lowers[i] == "signing"
        and lowers[i + 1] == "of"
        and (lowers[i + 2] in ("a", "an") or lowers[i + 2][:1].isdigit() or lowers[i + 2] in _COUNTS)
    )


#: Words before a singular "consultation" that make it one meeting ("their annual consultation").
_CONSULTATION_DETERMINERS: Final = et.word_set("the their a an this annual yearly first second third latest")
#: Words that may stand between such a determiner and "consultation", telling which meeting
#: ("the annual leaders' consultation", "a bilateral ministerial consultation").
_CONSULTATION_MODIFIERS: Final = et.word_set(
    "leaders bilateral trilateral ministerial political strategic regular joint high-level summit"
)
#: Most modifiers walked back over from "consultation" to its determiner.
_CONSULTATION_MODIFIER_REACH: Final = 5


def _determined_consultation(s: Sentence, i: int) -> bool:
    """Whether the singular "consultation" at token i is one meeting: a determiner before it,
    past the capitalized words, ordinals and modifiers of its name ("held the 25th Annual
    Leaders' Consultation", "their bilateral consultation"), where "in consultation with",
    "after public consultation" tell a process."""
    lowers = s.lowers
    for k in range(i - 1, max(-1, i - 1 - _CONSULTATION_MODIFIER_REACH), -1):
        lower = lowers[k]
        if lower in _CONSULTATION_DETERMINERS:
            return True
        if not (
            (s.caps[k] and lower not in WORDS["function"])
            or lower in _CONSULTATION_MODIFIERS
            or lower in APOSTROPHES
            or et.DIGIT_ORDINAL.fullmatch(lower)
        ):
            return False
    return False


#: The most tokens of an event's name walked back over before its noun, to find "the <record> of".
_RECORDED_NAME_REACH: Final = 10
#: Small tokens inside an event's name, after a capitalised word: "Forum on China-Africa
#: Cooperation (FOCAC) summit".
_NAME_INNER_WORDS: Final = et.word_set("of on for and ( )")
#: Documents that record a meeting: "the minutes of the session", "the protocol of the meeting".
_RECORDS: Final = et.word_set(
    "minutes protocol protocols record records report reports outcome outcomes conclusions results decisions "
    "declaration commitments consensus spirit"
)


def _signing_verb(s: Sentence, i: int) -> bool:
    """Whether token i is a verb that tells a signing only by its object: "concluded a
    distribution agreement", "clinched a deal" (not "concluded negotiations on ...")."""
    return s.lowers[i] in et.DOCUMENT_VERBS and _document_object(s, i)


def _document_object(s: Sentence, i: int) -> bool:
    """Whether the verb at token i has a document as its object ("concluded a five-year supply
    contract", "concluded two agreements"), not what it is about ("concluded negotiations on a
    trade agreement") nor an event ("concluded the talks"). Documents only compared with the
    story's ("Tokyo has concluded similar agreements with A and B") are others, signed no one
    knows when."""
    for j in range(i + 1, min(s.n, i + 6)):
        lower = s.lowers[j]
        if lower in et.AGREEMENT_NOUNS:
            return True
        if lower in _COMPARED:
            return False
        if lower in _NOT_IN_A_DOCUMENT_NAME or lower in et.NOUN_TRIGGERS or lower in et.VERB_TRIGGERS:
            return False
    return False


#: Words that end the object of a verb before any document noun: "concluded talks on a deal";
#: "by" opens the agent of a passive ("was struck by the deal's reach").
#: Adjectives that compare a document with the one told: "similar agreements", "such pacts".
_COMPARED: Final = et.word_set("similar such comparable")
_NOT_IN_A_DOCUMENT_NAME: Final = et.word_set(", . ; on of for to with in at that by")


def _documents_follow(s: Sentence, i: int) -> bool:
    """ "the exchange of memoranda", "exchanged 17 documents": documents changing hands; so are
    diplomatic notes right after it ("exchanged notes concerning grant aid", "the exchange of
    notes"), an agreement in that form."""
    notes = i + 2 if s.lowers[i + 1] == "of" else i + 1
    if s.lowers[notes] == "notes" and not _INFORMAL_NOTES.intersection(s.lowers[notes + 1 : notes + 3]):
        return True  # (not "exchanged notes on their experience", "... about how to ...")
    counted = depth = 0
    for j in range(i + 1, min(s.n, i + _EXCHANGE_REACH)):
        lower = s.lowers[j]
        if lower in et.AGREEMENT_NOUNS or lower in _EXCHANGED_FUNDS:
            return True
        if lower in (",", ".", ";", "views", "opinions"):
            return False
        depth += (lower == "(") - (lower == ")")
        # a capitalized name and its acronym in brackets name the document, no word of the
        # phrase ("the exchange of a new Official Development Assistance (ODA) loan")
        counted += not (
            depth or lower == ")" or s.caps[j] or _in_quantity_phrase(s.lowers, j) or _in_count(s, j)
        )
        if counted >= 4:
            return False
    return False


def _in_count(s: Sentence, j: int) -> bool:
    """Whether token j is a count in figures or a hedge before one ("the exchange of over 30
    cooperation documents", "more than 20 memoranda"): it counts as "several" does, no word of
    its own (a hedge before no figure, "about", "some", is one)."""
    k = j
    while s.lowers[k] in _COUNT_HEDGES and k < j + 3:
        k += 1
    return s.words[k][:1].isdigit()


#: Words that hedge a count before its figure: "over 30", "more than 20", "nearly 40", "at least 5".
_COUNT_HEDGES: Final = et.word_set(
    "over more than nearly almost around about some roughly approximately at least up to"
)


def _in_quantity_phrase(lowers: list[str], j: int) -> bool:
    """Whether token j is part of a phrase of quantity before a plural ("the exchange of a number
    of agreements", "a series of memoranda"): it counts as "several" does, no word of its own."""
    for start in (j, j - 1, j - 2):
        if (
            start >= 0
            and lowers[start] in ("a", "an")
            and lowers[start + 1] in _QUANTITY_NOUNS
            and lowers[start + 2] == "of"
        ):
            return True
    return False


#: Nouns of a quantity of documents: "a number of", "a series of", "a set of", "a package of".
_QUANTITY_NOUNS: Final = et.word_set("number series set package raft host range batch couple")
#: Tokens after "exchange" within which its document is looked for (names and brackets included).
_EXCHANGE_REACH: Final = 14
#: Funds whose exchange is that of their agreement ("the exchange of a new ODA loan").
_EXCHANGED_FUNDS: Final = et.word_set("loan loans grant grants credit credits")


#: Words after "notes" that make them an informal comparison, not diplomatic notes.
_INFORMAL_NOTES: Final = et.word_set("their our his her about how experience experiences ideas views")


def _documents_told_before(s: Sentence, i: int) -> bool:
    """ "X and Y signed the trade instruments / these documents": the documents whose signing
    was told before (a new signing names them with "a", a number or a name)."""
    if s.lowers[i + 1] not in ("the", "these", "those"):
        return False
    for j in range(i + 2, min(s.n, i + 5)):
        if s.lowers[j] in et.AGREEMENT_NOUNS:
            return True
        if s.caps[j] or s.lowers[j][:1].isdigit():
            return False
    return False


def _signed_for_a_side(s: Sentence, i: int) -> bool:
    """ "X signed for the Nigerian firm, while Y signed on behalf of the Chinese side": who
    signed for whom in a signing told before; a new one names what was signed ("signed for
    the construction of ..." is no side)."""
    lowers = s.lowers
    if lowers[i + 1 : i + 4] == ["on", "behalf", "of"]:
        return True
    if lowers[i + 1] != "for":
        return False
    j = i + 3 if lowers[i + 2] in ("the", "his", "her", "its", "their") else i + 2
    return s.caps[j] or any(lowers[k] in _SIDE_HEADS for k in range(j, j + 3))


def _signed_by_in_a_relative(s: Sentence, i: int, segment: Segment) -> bool:
    """ "witnessed the signing of three memoranda, which were signed by X and Y": who signed
    the documents the clause hangs on, the signing told in the main clause."""
    lowers = s.lowers
    aux = _passive_auxiliary(lowers, i)  # "The pact, which was also signed by X"
    return segment.role == RELATIVE and lowers[i + 1] == "by" and lowers[aux] in ("was", "were")


#: Heads of a side one signs for: "signed for the Chinese side / his government".
_SIDE_HEADS: Final = et.word_set("side sides firm company companies government group ministry country party")


def _documents_subject(s: Sentence, i: int) -> bool:
    """ "The documents ... were exchanged", "Fifty-one memoranda ... were exchanged": a passive
    exchange whose subject (the first words of the sentence) names documents; "were also
    exchanged" too."""
    j = i - 1
    while j > 0 and s.lowers[j] in et.SKIPPABLE:
        j -= 1
    if s.lowers[j] not in ("was", "were"):
        return False
    head = s.lowers[: min(j, 6)]
    return any(w in et.AGREEMENT_NOUNS for w in head) or _documents_after_comma(s.lowers, j)


def _documents_after_comma(lowers: list[str], j: int) -> bool:
    """Whether the words between the last comma before the auxiliary at token j and their
    first preposition name documents: the subject after a lead adverbial ("On the sidelines
    of the forum, eleven memoranda of understanding were exchanged"), not what the subject
    is about ("During the talks, views on the agreement were exchanged")."""
    comma = next((k for k in range(j - 1, 0, -1) if lowers[k] == ","), None)
    if comma is None:
        return False
    for k in range(comma + 1, j):
        if lowers[k] in et.AGREEMENT_NOUNS:
            return True
        if lowers[k] in _SUBJECT_COMPLEMENT_WORDS:
            return False
    return False


#: Words that end the head of a subject and open what qualifies it: "views on the agreement".
_SUBJECT_COMPLEMENT_WORDS: Final = et.word_set(
    "of on in between with for to about covering including regarding"
)


def _documents_told_as_subject(s: Sentence) -> bool:
    """Whether the documents of a passive exchange were told before ("The documents ...")."""
    return s.lowers[0] in ("the", "these", "all", "both")


def _noun_context(s: Sentence, i: int) -> bool:
    """Whether a word that is both verb and noun ("visit", "visits", "meeting") is a noun here."""
    previous = s.lowers[i - 1]
    if (
        previous
        in (
            "a",
            "an",
            "the",
            "his",
            "her",
            "its",
            "their",
            "this",
            "that",
            "official",
            "state",
            "working",
        )
        or previous.endswith("-day")
        or previous in POSSESSIVE_MARKS
    ):
        return True
    if s.lowers[i + 1] in ("to", "of") and previous not in ("to", "will", "would", "also"):
        return previous not in et.MODALS
    if _modified_after_determiner(s, i):
        return True
    return previous in et.LIGHT_VERBS or previous in _CALL_VISITS or previous in _NOUN_AFTER


def _modified_after_determiner(s: Sentence, i: int) -> bool:
    """Whether the word at token i is the head of a noun phrase whose one modifier follows a
    determiner: "A return visit by X", "the follow-up visit": "a" takes no subject for a
    base-form verb, and a hyphenated modifier is an adjective, so neither lets "visit" be a verb."""
    previous = s.lowers[i - 1]
    # (a light verb before it needs no test here: `_noun_context`, the only caller, reads
    # the word after one as a noun either way)
    if previous in et.MODALS or previous in et.PASSIVE_AUXILIARIES:
        return False
    determiner = s.lowers[i - 2]
    return determiner in ("a", "an") or (determiner in _DETERMINERS and "-" in previous.strip("-"))


#: Words after which "visit(s)" or "meeting" is a noun: "a first visit", "the first such visit".
_NOUN_AFTER: Final = et.word_set("first second third next recent last bilateral visit such")
#: Visits that are one call on someone, as an envoy pays them where he is posted.
_CALL_VISITS: Final = et.word_set("courtesy farewell introductory")
#: Forms of "pay", whose call on someone is a visit to them ("paid a call on X"; "made a call on
#: the world to act" is an appeal).
_PAYING: Final = et.word_set("paid pays pay paying")


def _weak_visit(s: Sentence, i: int) -> bool:
    """ "trip"/"tour" count when qualified: "an official trip", "a three-day tour of"; a
    "mission" only as a mission of trade to a place ("concluded a trade mission to Nairobi"),
    since a mission may also be an embassy or a force ("the EU's mission to Kosovo")."""
    previous = s.lowers[i - 1]
    if s.lowers[i] == "mission":
        return previous in et.TRADE_MISSION_KINDS and s.lowers[i + 1] == "to" and s.caps[i + 2]
    return (
        previous in ("official", "state", "working")
        or previous.endswith("-day")
        or previous.endswith("-nation")
        or _trip_followed(s, i)
    )


def _trip_followed(s: Sentence, i: int) -> bool:
    """Whether "trip"/"tour" at token i is someone's travel to a place that an event told
    "follows": "The visit follows Holbrook's trip to Ghana in August 2022" tells that earlier
    visit (which the subject "The visit" had been given). Elsewhere a possessive trip may be
    only what someone spoke of ("were critical of Orbán's trip to Moscow")."""
    if s.lowers[i - 1] not in POSSESSIVE_MARKS or s.lowers[i + 1] != "to" or not s.caps[i + 2]:
        return False
    j = i - 2
    while j > 0 and s.caps[j] and i - j < 6:
        j -= 1  # over the traveller's name and title
    return s.lowers[j] in _FOLLOW_VERBS


def _spoke_with_a_leader(s: Sentence, i: int) -> bool:
    """ "The Prime Minister spoke with President X of Y", "has spoken with his Indonesian
    counterpart": someone with a title or a counterpart; not "spoke to reporters" or "spoke to
    Reuters". A government readout tells a call so; a sentence that tells a meeting in person
    ("on the sidelines", "during his visit") makes it a meeting (`_IN_PERSON`)."""
    lowers = s.lowers
    j = i + 1
    while lowers[j] in _SPOKE_ADVERBS:
        j += 1  # "spoke briefly with", "spoke overnight with"
    j = _past_the_day(s, j)  # "spoke Thursday with", "spoke on Tuesday evening with" (AP style)
    if lowers[j] not in ("with", "to"):
        return False
    j += 1
    if _counterpart_in_apposition(s, j):
        return True  # "spoke with Christopher Luxon, his New Zealand counterpart"
    if lowers[j] in ("his", "her", "their", "the"):
        j += 1
    country = s.country_at(j, ("demonym",))
    if country is not None:
        j = country[0]  # "his Indonesian counterpart"
    owner = s.country_at(j, ("name",))
    if owner is not None and lowers[owner[0]] in POSSESSIVE_MARKS:
        j = owner[0] + 1  # "spoke with Indonesia's Foreign Minister Sugiono"
    return lowers[j] in COUNTERPART_WORDS or _title_follows(s, j)


#: Adverbs between "spoke"/"talked" and "with" in a readout: "spoke briefly with", "spoke
#: overnight with" (a call through the night before, dated so by its own word).
_SPOKE_ADVERBS: Final = et.word_set(
    "briefly overnight separately again also directly privately earlier later"
)


def _counterpart_in_apposition(s: Sentence, j: int) -> bool:
    """Whether a name at token j is set off by a comma and a counterpart or a title after it
    ("with Christopher Luxon, his New Zealand counterpart", "with Luxon, the New Zealand Prime
    Minister"): the person is a leader as one named after a title is."""
    k = j
    while k < j + _MAX_NAME_WORDS and s.caps[k] and s.lowers[k] not in TITLE_WORDS:
        k += 1
    if k == j or s.lowers[k] != "," or s.lowers[k + 1] not in ("his", "her", "their", "the"):
        return False
    k += 2
    country = s.country_at(k, ("demonym", "name"))
    if country is not None:
        k = country[0]
    return s.lowers[k] in COUNTERPART_WORDS or (s.caps[k] and s.lowers[k] in TITLE_WORDS)


#: Words of a person's name, at most: "Andres Manuel Lopez Obrador".
_MAX_NAME_WORDS: Final = 5


def _past_the_day(s: Sentence, j: int) -> int:
    """The token after a day told right after a verb ("Thursday", "on Tuesday evening", "today",
    "late Monday", "late on Tuesday"), or `j` when none is told there."""
    lowers = s.lowers
    k = j + (lowers[j] in ("on", "late", "early"))
    if lowers[k] == "on" and lowers[k - 1] in ("late", "early"):
        k += 1  # "spoke late on Tuesday with"
    if lowers[k] not in WEEKDAYS and lowers[k] not in ("today", "yesterday", "tonight"):
        return j
    return k + 1 + (lowers[k + 1] in _PARTS_OF_DAY)


def _spoke_on_a_day(s: Sentence, i: int, segment: Segment) -> bool:
    """ "X and Y spoke on Tuesday.", "the two leaders spoke Thursday": two sides who spoke, told
    with their day and nothing after it in the clause, spoke with each other, a call as a
    readout tells one (a speech tells where or to whom: "spoke at the forum", "spoke to ...")."""
    k = _past_the_day(s, i + 1)
    return (
        k > i + 1
        and (k >= segment.end or s.lowers[k] in (",", "and", "."))
        and _two_sides_before(s, i, segment)
    )


#: Words that set a conversation aside a larger gathering, where its sides stood together.
_ASIDE_WORDS: Final = et.word_set("sidelines margins margin fringes fringe")
#: Adverbs and auxiliaries between a subject and "spoke" ("X and Y briefly spoke", "had spoken").
_SPOKE_MODIFIERS: Final = et.word_set(
    "also briefly later then had have has reportedly privately finally eventually"
)
#: Plural nouns that end a subject of two sides ("the two leaders spoke").
_PAIR_HEADS: Final = et.word_set("leaders ministers counterparts presidents sides delegations")


def _spoke_together(s: Sentence, i: int, segment: Segment) -> bool:
    """ "X and Y spoke for about 30 minutes on the sidelines of the summit", "the two leaders
    spoke briefly on the margins": a subject of two sides that "spoke" with no "with"/"to"
    after it talked with each other, and "on the sidelines" puts them in one place, so it is
    a meeting in person. Not "spoke at the forum" or "spoke to reporters" (speeches), nor
    "spoke by phone" (a call, told by the phone words)."""
    lowers = s.lowers
    if lowers[i + 1] in ("with", "to", "at", "before", "by", "over", "via") or _ASIDE_WORDS.isdisjoint(
        lowers[: s.n]
    ):
        return False
    return _two_sides_before(s, i, segment)


def _two_sides_before(s: Sentence, i: int, segment: Segment) -> bool:
    """Whether the subject of the verb at token i is two sides: "X and Y (briefly) spoke", "the
    two leaders (finally) sat down together"."""
    lowers = s.lowers
    k = i - 1
    while k > segment.start and lowers[k] in _SPOKE_MODIFIERS:
        k -= 1
    if not (s.caps[k] or lowers[k] in _PAIR_HEADS):
        return False
    return "and" in lowers[segment.start : k] or (
        lowers[k] in _PAIR_HEADS and "two" in lowers[segment.start : k]
    )


#: Words after "talked" that tell a talk in one room: "one-on-one", "face to face",
#: "privately", "tete-a-tete", "in person".
_IN_PERSON_TALK: Final = et.word_set(
    "one-on-one face-to-face face privately tete-a-tete tête-à-tête person alone"
)


def _talked_in_person(s: Sentence, i: int, segment: Segment) -> bool:
    """ "X and Y talked one-on-one for an hour", "the two leaders talked face to face in Tirana":
    two sides as the subject of "talked" and a cue that they were together, an in-person adverb
    within three words of the verb, the sidelines of a gathering, or a city "in Z". The verb
    alone tells no engagement ("talked about the border", "talked to reporters"), and by phone
    or video it is a call that the phone words give."""
    lowers = s.lowers
    if lowers[i + 1] in ("by", "over", "via", "to", "about", "of") or not _two_sides_before(s, i, segment):
        return False
    near = lowers[i + 1 : min(segment.end, i + 4)]
    return (
        not _IN_PERSON_TALK.isdisjoint(near)
        or not _ASIDE_WORDS.isdisjoint(lowers[: s.n])
        or any(_in_a_city(s, k) for k in range(i + 1, segment.end))
    )


def _sat_down_together(s: Sentence, i: int, segment: Segment) -> bool:
    """ "X and Y sat down together", "the two leaders finally sat down together on the sidelines":
    two sides who sat down with each other met (only "sat down with X" had been read so)."""
    return s.lowers[i + 1] == "down" and s.lowers[i + 2] == "together" and _two_sides_before(s, i, segment)


#: Plural nouns of people who speak for a body: "sat down with executives of X" meets them.
_SPOKESPEOPLE: Final = et.word_set("executives managers representatives officials bosses delegates leaders")


#: What follows "flew in" when it tells an arrival at the story's place ("flew in on Tuesday",
#: "flew in yesterday"), not "flew in a jet" or "flew in from Tokyo".
_ARRIVAL_TIMES: Final = et.word_set("on yesterday today late early last this overnight")


def _sat_down_with_someone(s: Sentence, i: int) -> bool:
    """ "sat down with Prime Minister X", "... with his counterpart", "... with executives of
    X" (not "with reporters"); a short date or a named place may stand between "down" and
    "with", as they do after "met" ("sat down on Monday with Minister X", "sat down in
    Singapore with his counterpart")."""
    lowers = s.lowers
    if lowers[i + 1] != "down":
        return False
    k = _after_meal_adjuncts(s, i + 2)
    return lowers[k] == "with" and (
        s.caps[k + 1]
        or lowers[k + 1] in ("his", "her", "the")
        or lowers[k + 1] in _SPOKESPEOPLE
        or (lowers[k + 1] in _MEMBERS_OF and lowers[k + 2] == "of")  # "with members of the X Chamber"
    )


#: Who stands for a body in "sat down with members (representatives) of the X Chamber".
_MEMBERS_OF: Final = et.word_set("members representatives executives officials leaders heads delegates")


def _city_after_in(s: Sentence) -> bool:
    """Whether "in/at" comes before a city or capital somewhere in the sentence."""
    return any(_in_a_city(s, k) for k in range(s.n))


def _in_a_city(s: Sentence, k: int) -> bool:
    """Whether "in/at" at token k opens a city or capital ("in Lima", "at Beijing")."""
    return s.lowers[k] in ("in", "at") and s.country_at(k + 1, ("capital", "city")) is not None


#: Roles an event word qualifies ("the conference host", "the summit chair"): the noun names
#: the one who holds the role, an apposition on a person or a country, not the event itself.
_EVENT_ROLES: Final = et.word_set(
    "host co-host chair co-chair chairman chairwoman chairperson organiser organizer organisers organizers"
)

#: Words before "summit(s)" that make it the meeting of two leaders: "held bilateral summits".
_PAIR_SUMMIT_WORDS: Final = et.word_set("bilateral back-to-back separate one-on-one")
#: Adjectives of a summit of three sides or more: "hosted a trilateral summit with A and B" is
#: the three leaders' summit, a forum, not a meeting with one other leader.
_MANY_SIDED: Final = et.word_set("trilateral tripartite three-way quadrilateral multilateral regional")
#: Nouns "summit" qualifies as their modifier ("summit talks", "the summit talk"): the head decides.
_SUMMIT_HEADS: Final = et.word_set("talk talks meeting meetings")

#: Words that tell a conversation in person: "spoke with X on the sidelines of the summit".
_IN_PERSON: Final = et.word_set("met sidelines margins visit visiting during dinner lunch banquet reception")


def _engaged_with_someone(s: Sentence, i: int) -> bool:
    """Whether "engaged" at token i is followed by "with" and a titled person or a counterpart
    ("engaged with the visiting Zambian Minister of Finance, X", "engaged with his Zambian
    counterpart"), as a verb of meeting; not a group or a country ("engaged with investors",
    "engaged with Uganda on the matter")."""
    if s.lowers[i + 1] != "with":
        return False
    k = i + 2
    while s.lowers[k] in _BEFORE_ENGAGED_PERSON:
        k += 1
    country = s.country_at(k, ("demonym",))
    counterpart = s.lowers[country[0] if country is not None else k] in ("counterpart", "counterparts")
    return counterpart or _title_follows(s, k)


#: Words between "engaged with" and the person's title: "the visiting", "his newly appointed".
_BEFORE_ENGAGED_PERSON: Final = et.word_set(
    "the his her their visiting outgoing incoming newly appointed new"
)


def _title_follows(s: Sentence, i: int) -> bool:
    """Whether a title starts at token i, after a demonym or a country's name if any
    ("President", "Indonesian President", "New Zealand Prime Minister"): the word before it
    describes a person, as "visiting" does."""
    country = s.country_at(i, ("demonym", "name"))
    if country is not None:
        i = country[0]
    return s.caps[i] and s.lowers[i] in TITLE_WORDS


#: After "called": a person named or described, then what they were called ("... Lula a 'corrupt
#: communist'", "... his Brazilian counterpart a 'thief'"), but not when the time follows ("called
#: his counterpart a day later" is a call).
_NAMED_AS: Final = re.compile(
    r"\s+(?:(?:[A-Z][\w.'’-]*|da|de|do|dos|das|van|von|der|bin|ibn|al|el)\s+){1,9}(?:an?\s+|[\"“‘'])"
    r"|\s+(?:his|her|their|the)\s+(?:[\w'’-]+\s+){1,4}"
    r"(?:an?\s+(?!(?:day|week|month|year|few|couple|second|third|number|dozen|hour|minute|half)\b)|[\"“‘'])"
)


#: What a travel verb reaches its place with: "flew to Beijing", "flew into Phnom Penh" (an arrival).
_TRAVEL_PREPOSITIONS: Final = ("to", "into")


def _press_subject(s: Sentence, i: int, start: int) -> bool:
    """Whether the subject right before the verb at token i (past adverbs and auxiliaries) is
    the press: "Reporters", "a Reuters correspondent", "The Korea Herald", "Yonhap News Agency",
    "CNA". Who sits down or speaks with an official for the paper interviews him, and a paper
    is no side of a diplomatic contact."""
    k = i - 1
    while k > start and s.lowers[k] in _SPOKE_MODIFIERS:
        k -= 1
    if k < start:
        return False
    return s.lowers[k] in _PRESS_WORDS or (
        s.caps[k] and (s.words[k] in _PRESS_NAMES or s.lowers[k] in _OUTLET_HEADS)
    )


#: Verbs of talk whose subject may be an interviewer: "sat down with", "spoke with", "talked
#: with".
_INTERVIEW_VERBS: Final = et.word_set("sat sits spoke spoken speaks conferred talked")
#: Who interviews for the press ("Reporters spoke with ...", "a Reuters correspondent sat down with").
_PRESS_WORDS: Final = et.THE_PRESS | et.word_set(
    "reporter journalist correspondent interviewer interviewers editors editor"
)
#: Last words of a newspaper's, broadcaster's or agency's name ("The Korea Herald", "Yonhap News
#: Agency", "Nikkei Asia" aside), and wire services known by one word.
_OUTLET_HEADS: Final = et.word_set(
    """herald times post news tribune journal gazette daily telegraph guardian observer chronicle
    express agency television tv radio broadcasting review magazine mail standard monitor inquirer
    dispatch courier"""
)
#: Press known by one capitalized word: the one-word wires (datelines.WIRE_SERVICES; "dpa",
#: in lower case, never passes the capital test) and other agencies and broadcasters.
_PRESS_NAMES: Final = frozenset(name for name in WIRE_SERVICES if " " not in name) | frozenset(
    ("ANI", "CNA", "CNN", "BBC", "Nikkei", "Antara", "Interfax")
)


def _had_the_honour_of(lowers: list[str], i: int) -> bool:
    """Whether the gerund at token i follows "had the privilege/honour/pleasure of", the
    courtesy that a speech or readout tells a past call or meeting with ("I had the privilege
    of calling on President X", "had the honour of meeting Y"): the event, no mere idea of it
    (not "will have the honour of", "look forward to the pleasure of")."""
    return (
        lowers[i - 1] == "of"
        and lowers[i - 2] in _HONOURS
        and lowers[i - 3] == "the"
        and lowers[i - 4] == "had"
    )


#: What one "had the ... of" doing when one did it: "the privilege of calling on X".
_HONOURS: Final = et.word_set("privilege honour honor pleasure")


#: Verbs of speaking to someone face to face: "told (assured, thanked) visiting Minister X".
_ADDRESSING_VERBS: Final = et.word_set("told assured thanked briefed urged informed congratulated")


#: Verbs by which a host gets a visit: "received a visit from X", "had a visit from X".
_RECEIVED_A: Final = [[verb, "a"] for verb in ("received", "receives", "receiving", "had", "has", "got")]


def _verb_trigger(
    s: Sentence, i: int, lower: str, family: str, segment: Segment, seg_index: int
) -> Trigger | None:
    """A verb trigger, or None when its context says it reports no engagement ("received a boost")."""
    lowers = s.lowers
    if lower in _ARRIVAL_ONLY_WELCOMES:
        # "X was greeted at Abuja's airport by Y": an arrival, a visit, as "was received at the
        # airport by Y" is; "greeted" tells nothing else ("X greeted Y", "was greeted by cheers")
        passive = lowers[_passive_auxiliary(lowers, i)] in et.PASSIVE_AUXILIARIES
        return _arrival_welcome(s, i, segment, seg_index) if passive and _at_arrival_place(s, i) else None
    if lower in _INTERVIEW_VERBS and _press_subject(s, i, segment.start):
        return None  # "The Korea Herald sat down with Ambassador X", "Reporters spoke with Y": an interview
    if lower.startswith("call") and lowers[i + 1] in ("on", "upon") and _courtesy_call(s, i):
        family = et.MEETING  # "Mr Lee called on President-elect Prabowo at his residence"
    elif lower == "calling":
        return None  # "calling for talks", "calling him": only "calling on X" is a call, a courtesy call
    elif lower in et.NEEDS_PERSON_OBJECT:
        passive_form = lowers[_passive_auxiliary(lowers, i)] in ("was", "were", "been")
        if passive_form and lower in _GREETING_VERBS and _at_arrival_place(s, i):
            # "was received at Nausori International Airport by X": the guest's arrival, a visit (as
            # "arrived at the airport"), no meeting with the greeter
            return _arrival_welcome(s, i, segment, seg_index)
        passive = passive_form and _agent_follows(s, i)
        if passive and _sent_thing_received_at_a_meeting(s, i, segment.start):
            return None  # "The message was received by X during his meeting with Y": the meeting tells it
        if lower.startswith("call") and lowers[i + 1] in ("for", "on", "upon", "it", "off", "the"):
            return None
        if lower.startswith("call") and _NAMED_AS.match(s.text, s.ends[i]):
            return None  # "called Brazilian President Lula a 'corrupt communist'": a name given, no call
        # (the party of an encounter gerund after its preposition: "while talking to a delegation")
        verb_end = i + (lower in et.ENCOUNTER_GERUNDS and lowers[i + 1] in ("to", "with"))
        if not passive and not _has_party_after(s, verb_end, segment.end):
            return None
    if (
        lower == "met"
        and lowers[_passive_auxiliary(lowers, i)] in ("was", "were")
        and _at_arrival_place(s, i)
    ):
        return _arrival_welcome(s, i, segment, seg_index)  # "was met at Honiara airport by Minister X"
    if lower in et.ARRIVAL_VERBS and (
        # ("arrived on Tuesday": at the story's place, as "flew in on Tuesday")
        not (_place_follows(s, i, ("in", "at")) or (lowers[i + 1] == "on" and lowers[i + 2] in WEEKDAYS))
        or _goods_arrive(s, i)
    ):
        return None
    if lower == "touched" and (lowers[i + 1] != "down" or not _place_follows(s, i + 1, ("in", "at"))):
        return None  # "touched down in Hanoi" is an arrival
    if lower in ("spoke", "spoken", "speaks"):
        if _spoke_together(s, i, segment):
            family = et.MEETING  # "X and Y spoke for 30 minutes on the sidelines of the summit"
        elif not (_spoke_with_a_leader(s, i) or _spoke_on_a_day(s, i, segment)):
            return None
        elif not _IN_PERSON.isdisjoint(lowers[: s.n]) or _city_after_in(s):
            family = et.MEETING  # "spoke with X on the sidelines of the G7 summit", "... in Beijing"
    if lower == et.ENGAGED and not _engaged_with_someone(s, i):
        return None  # "engaged with stakeholders", "engaged with Chinese investors": no one met
    if lower == "talked" and not _talked_in_person(s, i, segment):
        if not _spoke_with_a_leader(s, i):
            return None  # "talked about the border", "talked to reporters", "talked by phone" (a call)
        # "talked with New Zealand Prime Minister X on Tuesday": a readout's call, as "spoke with"
        in_person = not _IN_PERSON.isdisjoint(lowers[: s.n]) or _city_after_in(s)
        family = et.MEETING if in_person else et.PHONE_CALL
    if lower in ("sat", "sits") and not (_sat_down_with_someone(s, i) or _sat_down_together(s, i, segment)):
        return None  # "sat down with Prime Minister X" is a meeting, "sat on the panel" none
    if lower in et.CREDENTIAL_VERBS and et.CREDENTIALS.isdisjoint(lowers[i + 1 : i + 6]):
        return None  # "presented a plan", "accepted the offer"
    if lower in et.DELIVERY_VERBS and (not _handed_to_someone(s, i, segment.end) or _inside_told_talks(s, i)):
        return None  # "delivered a speech", "conveyed condolences", "a message delivered by X"
    if lower == "visiting" and lowers[i - 1] in _ADDRESSING_VERBS and _title_follows(s, i + 1):
        # "X told visiting Malaysian Deputy Minister Y that ...": X spoke to Y in person, a meeting
        return Trigger(i, et.MEETING, "meeting", False, False, _verb_negated(s, i, segment), seg_index)
    if lower == "visiting" and (
        lowers[i - 1] in ("the", "a", "an", "his", "her", "their") or _title_follows(s, i + 1)
    ):
        return None  # "received the visiting delegation", "in honour of visiting Indonesian President X"
    if lower in et.TRAVEL_VERBS and lowers[i - 1] in _GOODS_NOUNS:
        return None  # "exports headed to Japan": goods on their way, no one travels
    if (
        lower in et.TRAVEL_VERBS
        and not _place_follows(s, i, _TRAVEL_PREPOSITIONS)
        and not (lower == "headed" and _led_delegation_to(s, i))
        and not (lower == "flew" and lowers[i + 1] == "in" and lowers[i + 2] in _ARRIVAL_TIMES)
    ):
        return None  # (not "headed a business delegation to Seoul": a visit, as "led")
    if lower in ("led", "leads") and not _led_delegation_to(s, i):
        return None  # "led the talks", "was led by": no journey
    if lower in et.TOUR_VERBS and not _companion_follows(s, i, s.n):
        return None  # "toured the industrial zone": a stop of a visit, no one met
    if lower.startswith("visit") and _facility_follows(s, i):
        if not _companion_follows(s, i, s.n):
            return None  # "visited the headquarters of Mitsubishi Corporation": a stop, not a visit
        family = et.MEETING  # "visited a tea estate together with Minister X": the two met there
    if family == et.VISIT and _counted_travellers(s, i):
        return None  # "About 1.4 million Australians visited Indonesia": tourism, no official visit
    if lower == "visited" and _person_visited(s, i, segment.end):
        family = et.MEETING  # "X visited President Y on Wednesday": a call on Y, the two met
    if family == et.MEETING and _counted_traders(s, i):
        return None  # "where 42 Indian importers met 110 Peruvian exporters": the forum's matchmaking
    if family == et.AGREEMENT and lowers[i + 1] == "up":
        return None  # "signed up"
    if family == et.AGREEMENT and _player_signed(lowers, i):
        return None  # "Real Madrid signed Brazilian forward Endrick": a player, not a document
    if lower in _SIGN_FORMS and _sign_is_noun(s, i):
        return None  # "In a sign of strain", "showed no signs of slowing": an indication, no signing
    if family == et.AGREEMENT and _signed_each_on_its_own(s, i, segment.end):
        return None  # "A and B have both signed the Paris Agreement": a shared membership, no event
    if (
        lower.endswith("ing")
        and lowers[i - 1] in _NOT_EVENT_PREPOSITIONS
        and not _had_the_honour_of(lowers, i)
    ):
        return None  # "cautious about signing long-term contracts", "the idea of visiting": no event
    if lower in ("sealed", "seals", "subscribed") and not any(
        lowers[k] in et.AGREEMENT_NOUNS for k in range(i + 1, i + 6)
    ):
        return None  # "sealed the border", "subscribed to the principles": only a document is signed
    if lower in ("meet", "meets") and lowers[i - 1] in ("the", "a"):
        return None  # "a track meet"
    if lower in _MEET_VERBS and _requirement_met(s, i):
        return None  # "to help exporters meet biosecurity standards": a need satisfied, no one met
    if lower in ("host", "hosts") and lowers[i - 1] in ("as", "the", "a", "its", "their", "his", "her"):
        return None  # "Peru's leadership as host of APEC", "the hosts": a role, not an event
    if lowers[i - 1] == "," and lower.endswith("ed") and lowers[i + 1] == "by" and family != et.AGREEMENT:
        return None  # ", hosted by ...": a participle describing the noun before it
    described = _names_event(lowers[i - 1]) or lowers[i - 1] in et.MEALS
    if described and lower.endswith("ed") and lowers[i + 1] == "by":
        return None  # "a roundtable hosted by X", "a dinner hosted by Y": the noun tells the event
    if lowers[i + 1] == "by" and segment.role == RELATIVE and _names_event(lowers[segment.head]):
        return None  # "The forum, which is hosted by X": X hosts the forum, no meeting of its own
    definite = family == et.AGREEMENT and (
        _signing_subject_definite(s, i, segment.start)
        or _documents_told_before(s, i)
        or _signed_for_a_side(s, i)
        or _signed_by_in_a_relative(s, i, segment)
    )
    if lower.endswith("ing") and lowers[i - 1] in et.ANCHOR_WORDS:
        definite = True  # "Before arriving in Kazakhstan": the main subject's known event
    negated = _verb_negated(s, i, segment)
    if family == et.MEETING and _phone_near(s, i) and lowers[i + 1] in ("by", "over", "via", "on"):
        family = et.PHONE_CALL
    elif family == et.MEETING and (lowers[i + 1] == "virtually" or lowers[i - 1] == "virtually"):
        family = et.PHONE_CALL  # "met virtually with X": a video call
    elif family == et.MEETING and _phone_manner_after(s, i + 1):
        family = et.PHONE_CALL  # "met X via Zoom on Tuesday", "met X virtually on Tuesday": a video call
    body, key = (None, None)
    named = body_subject(s, i) if family == et.MEETING and lower in _BODY_MEETS else None
    if named is not None and _body_met_someone(s, i, named):
        named = None  # "The parliament's Foreign Affairs Committee met Ukraine's ambassador"
    if named is not None:
        # "the Kenya-Uganda Joint Permanent Commission (on Trade) met": a session of the body
        family = et.FORUM
        body, key = lowers[named[1]], _name_words(s, named[0], named[1] + 1)
    return Trigger(
        token=i,
        family=family,
        lemma=_lemma(lower),
        noun=False,
        definite=definite,
        negated=negated,
        segment=seg_index,
        negotiation=lower in et.NEGOTIATION_NOUNS,
        hosted=lower.startswith(("host", "welcom")),
        body=body,
        key=key,
    )


def _sent_thing_received_at_a_meeting(s: Sentence, i: int, start: int) -> bool:
    """Whether the passive "received" at token i has a message or letter for its subject and a
    meeting told after it ("The message was received by X during his meeting today with Y"): the
    meeting with the envoy is the event, X its side by "his"; the reception, read on its own, had
    left X and Y apart, each a side alone ("was received by X from Y" stays that meeting)."""
    lowers = s.lowers
    if et.SENT_THINGS.isdisjoint(lowers[start : _passive_auxiliary(lowers, i)]):
        return False
    return any(
        lowers[k] in _DURING_WORDS and et.NOUN_TRIGGERS.get(lowers[k + 2]) == et.MEETING
        for k in range(i + 1, s.n - 2)
    )


#: Prepositions of the meeting a message is received at: "during his meeting", "at a meeting".
_DURING_WORDS: Final = et.word_set("during at in")


def _arrival_welcome(s: Sentence, i: int, segment: Segment, seg_index: int) -> Trigger | None:
    """The visit told by a passive welcome at an airport at token i ("was received at Muscat
    International Airport by X", "was met at the airport by Y"): the guest has arrived, as "arrived
    at the airport" tells, while the greeter is no side (see `_airport_greeters`); goods received
    there ("the consignment was received at the airport") are trade, no visit."""
    if _goods_arrive(s, i):
        return None
    negated = _verb_negated(s, i, segment)
    return Trigger(i, et.VISIT, "arrive", False, False, negated, seg_index)


def _names_event(lower: str) -> bool:
    """Whether a noun names an event or the body that meets ("summit", "forum", "talks")."""
    return lower in et.NOUN_TRIGGERS or lower in et.FORUM_BODIES


def _body_met_someone(s: Sentence, verb: int, named: tuple[int, int]) -> bool:
    """Whether the body of one side named at `named` (first, head) "met" someone named after the
    verb ("The Estonian parliament's Foreign Affairs Committee met Ukraine's ambassador", "the
    Senate committee met with Kenyan officials"): the body met a guest, a meeting, no session of
    its own ("the Committee met in Tallinn on Monday" sits). Not a joint body ("the Kenya-Zambia
    Joint Committee met President X"): it stands for two sides, and its sitting is a forum."""
    lowers = s.lowers
    # ("met in Riga on Tuesday with X": the "with" after the clause's place and day)
    k = next(
        (
            j
            for j in range(verb + 1, min(s.n, verb + _MET_WITH_REACH))
            if lowers[j] in ("with", ",", ".", ";")
        ),
        verb,
    )
    k = k + 1 if k < s.n and lowers[k] == "with" else verb + 1
    if k >= s.n or not s.caps[k] or lowers[k] in CALENDAR_NAMES:
        return False
    name = lowers[named[0] : named[1] + 1]
    return _JOINT_WORDS.isdisjoint(name) and not any(w in ("-", "–") or "-" in w for w in name)


#: Tokens after "met" within which its "with" is looked for ("met in Port Louis on Tuesday with").
_MET_WITH_REACH: Final = 8
#: Verbs whose subject, a named body, holds a session ("the Joint Commission met").
_BODY_MEETS: Final = et.word_set("met meets")


#: Places inside a country that a visitor tours: visiting one is a stop of a visit, not one.
_FACILITIES: Final = et.word_set(
    """headquarters plant plants factory factories facility facilities site sites refinery mine
    mines museum exhibition fair stand pavilion campus farm farms hospital school premises
    offices warehouse terminal shipyard laboratory works centre center park"""
) | et.word_set(
    # a business by what it does: "visited a canola oil distributor", "a local coffee exporter"
    """company companies firm firms distributor distributors processor processors manufacturer
    manufacturers producer producers maker makers exporter exporters importer importers supplier
    suppliers startup startups cooperative cooperatives"""
)
#: Words after a city that keep naming a place ("Minsk Region"), not a body named for the city.
_AREA_WORDS: Final = et.word_set(
    """region province state oblast city district county prefecture governorate municipality area
    island islands"""
)
_NOT_NAME_WORDS: Final = _AREA_WORDS | WORDS["calendar"] | WORDS["function"] | TITLE_WORDS


#: How far after "visited" a site's capitalized name may end.
_MAX_SITE_NAME: Final = 12


def _facility_follows(s: Sentence, i: int) -> bool:
    """Whether the object of "visited" at token i is a facility ("the headquarters of X", "a
    textile factory", "the Lamu port terminal") rather than a country, city or person. A
    long name in capitals is read to its end ("the Imam Bukhari International Research
    Center"), where its facility word stands."""
    reach = i + 6
    while reach < min(s.n, i + _MAX_SITE_NAME) and s.caps[reach - 1] and s.caps[reach]:
        reach += 1
    for j in range(i + 1, min(s.n, reach)):
        lower = s.lowers[j]
        if lower in _FACILITIES:
            return True
        if lower in (",", ".", ";", "of", "in", "on", "and"):
            return False
        place = s.country_at(j, ("name", "capital", "city"))
        if place is not None:
            # "visited Minsk", but "visited Minsk Tractor Works": a body named for its city;
            # "the Astana International Financial Centre": a facility named for its city
            named = place[0]
            while named < min(s.n, place[0] + 4) and s.caps[named]:
                if s.lowers[named] in _FACILITIES:
                    return True
                named += 1
            after = s.lowers[place[0]]
            return s.caps[place[0]] and after not in _NOT_NAME_WORDS and place[0] not in s.countries
    return False


#: How far after a site's visit or tour the companion's "with" may come.
_COMPANION_REACH: Final = 16


def _companion_follows(s: Sentence, i: int, end: int) -> bool:
    """Whether a named official joins the site visit or tour at token i ("visited a tea estate in
    Kericho on Friday together with Minister X", "toured the port with the Director General of
    the Ports Authority, Y", "accompanied by Governor Z"): officials seen together at a site
    have met there, where a site visited alone is only a stop. The companion must be named or
    titled in capitals, as "with his delegation" or "with a capacity of" is no one met."""
    for k in range(i + 1, min(end, i + _COMPANION_REACH)):
        lower = s.lowers[k]
        if lower in (".", ";", ":", "and"):
            return False
        if lower == "with" or (lower == "by" and s.lowers[k - 1] == "accompanied"):
            j = k + 1 + (s.lowers[k + 1] in ("the", "his", "her", "their", "its"))
            return j < end and s.caps[j] and not _country_thing(s, j) and not _demonym_thing(s, j)
    return False


def _person_visited(s: Sentence, i: int, end: int) -> bool:
    """Whether "visited" (or "a visit to") at token i has a titled person, not a place, as what
    was visited, and its clause (up to token `end`) names no place of the visit: "X visited
    President Y on Wednesday", "X visited his Kenyan counterpart", "President Y was visited by X"
    and "X paid a visit to President Y" tell a call on Y, a meeting of the two (it had been a
    visit of X alone, or nothing). With a place ("visited
    President Y in Nairobi", "at State House") it is a visit there, as before; so is a place
    visited ("visited Kenya", "Nairobi was visited by X")."""
    lowers = s.lowers
    aux = _passive_auxiliary(lowers, i)
    k = i + 1 + (lowers[i + 1] == "to")  # (the object of "a visit to President Y")
    if lowers[aux] in ("was", "were"):
        person = _agent_follows(s, i) and _titled_subject_ends(s, aux - 1)
    else:
        person = (_title_follows(s, k) and not _owner_of_place(s, k)) or _counterpart_follows(s, k)
    return person and not any(_visit_place_at(s, k) for k in range(i + 1, end))


def _owner_of_place(s: Sentence, j: int) -> bool:
    """Whether the capitalized run from token j ends on a possessive: "visited President Y's
    farm", "King Z's home village", a place of the person's visited."""
    k = j
    while s.caps[k]:
        k += 1
    return s.lowers[k] in POSSESSIVE_MARKS or s.lowers[k] in ("'", "’")


def _titled_subject_ends(s: Sentence, k: int) -> bool:
    """Whether a run of capitalized words ending at token k opens on a title, after a demonym
    if any ("Kenyan President William Ruto | was visited"): a person, not a place."""
    first = k
    while first > 0 and s.caps[first - 1]:
        first -= 1
    return s.caps[k] and _title_follows(s, first)


def _visit_place_at(s: Sentence, k: int) -> bool:
    """Whether token k opens the place of a visit: "in Nairobi", "at State House", "in the
    Kenyan capital" (not "in March")."""
    return (
        s.lowers[k] in ("in", "at")
        and _place_follows(s, k - 1, ("in", "at"))
        and s.lowers[k + 1] not in FULL_MONTHS
    )


def _made_the_call(lowers: list[str], i: int) -> bool:
    """Whether "call" at token i is the object of "made the call" and reaches no one ("to X",
    "with X"): the idiom for an appeal ("urged investors to ... He made the call when ..."),
    or a call told before; no call of its own."""
    return (
        lowers[i - 1] in ("the", "this") and lowers[i - 2] in _MAKE_VERBS and lowers[i + 1] not in _CALL_REACH
    )


def _held_a_call(lowers: list[str], i: int) -> bool:
    """Whether "call" at token i is a new one that the clause's subject held or had ("X and Y
    held a call on Wednesday", "had a brief call"): the light verb makes it a phone call of the
    two, as "held a call with" is; not an appeal ("had a call for calm", "held a call to arms")."""
    k = i - 1 - (lowers[i - 1] in _KINDS_OF_CALL)
    return lowers[k] in ("a", "an") and lowers[k - 1] in _HOLDING_VERBS and lowers[i + 1] not in ("for", "to")


#: Forms of "make", the verb of the idiom "made the call" (an appeal).
_MAKE_VERBS: Final = et.word_set("make makes made making")
#: Words after a call that tell whom it reached: "made the call to President X".
_CALL_REACH: Final = et.word_set("to with between")


def _courtesy_call(s: Sentence, i: int) -> bool:
    """ "called on <person>" is a visit to them unless it urges them ("called on X to act",
    "called on the Intergovernmental Authority on Development (IGAD) member states to
    boost ...", "called on African countries to ..."); an infinitive of talk tells the call's
    purpose, no appeal ("called on the Mayor of Incheon, Yoo Jeong-bok, to discuss port
    cooperation", "called on the Governor to review ...")."""
    dated = s.lowers[i + 2] in _HYPHENED_DATING and s.caps[i + 3]  # "called on then-President Suharto"
    if (
        not s.caps[i + 2]
        and s.lowers[i + 2] not in ("the", "his", "her")
        and not dated
        and not _role_before_name(s, i + 2)
    ):
        return False
    for j in range(i + 2, min(s.n, i + 12)):
        if (
            s.lowers[j] == "to"
            and not s.caps[j + 1]
            and s.lowers[j + 1] not in ("the", "a", "an")
            and s.lowers[j + 1] not in _CALL_PURPOSES
        ):
            return False
        if s.lowers[j] in (".", ";"):
            break
    for j in range(i + 2, min(s.n, i + 25)):
        if s.lowers[j] in _APPEALED_TO:
            return False
        if s.lowers[j] in (",", ".", ";"):
            break
    return True


#: A modifier that dates an office, glued by its hyphen to the title after it ("then-President X",
#: "ex-Premier Y"), as the tokenizer leaves it: one person called on, of a past office, as the
#: historical leader a story recalls is (the courtesy call had been read as none).
_HYPHENED_DATING: Final = frozenset(["then-", "ex-"])


def _role_before_name(s: Sentence, j: int) -> bool:
    """Whether tokens from j are a lower-case role ending in a title word, then a name in
    capitals ("junta leader Senior General X", "party chief X", "provincial governor X"): one
    person called on, as "the leader" is (an appeal names a group: "called on member states")."""
    for k in range(j, min(s.n - 1, j + 3)):
        if s.caps[k] or not s.words[k].isalpha():
            return False
        if s.lowers[k] in TITLE_WORDS and s.caps[k + 1]:
            return True
    return False


#: Verbs of talk whose infinitive gives a courtesy call's purpose: "called on X to discuss ...".
_CALL_PURPOSES: Final = et.word_set("discuss review explore exchange brief")
#: Collectives that one calls on to act, never on whom one pays a courtesy call.
_APPEALED_TO: Final = et.word_set(
    "states countries nations governments members community parties stakeholders partners investors"
)


#: Verbs of taking a call: "received a call from X".
_CALL_TAKERS: Final = et.word_set("received receives took takes got gets answered")
#: What a call to or from someone was for, or how it went: "a congratulatory call from", "a
#: condolence call to", "a brief call from" (a phone call, as "a call from" after "received" is).
_KINDS_OF_CALL: Final = et.word_set(
    "congratulatory condolence condolences brief short lengthy long cordial warm follow-up hour-long"
)
#: Meeting nouns that make a "session" after them their sitting: "a talks session".
_TALKS_MODIFIERS: Final = et.word_set("talks negotiation negotiations discussion discussions consultation")


def _of_talks(lowers: list[str], i: int) -> bool:
    """Whether the session at token i is "of talks" ("held a session of official talks",
    "a round of bilateral consultations"): the talks noun after it tells the event, a meeting
    between sides, not the sitting of a body that "session" alone names (a forum)."""
    if lowers[i + 1] != "of":
        return False
    k = i + 2 + (lowers[i + 2] in _TALKS_ADJECTIVES)
    return lowers[k] in _TALKS_MODIFIERS


_TALKS_ADJECTIVES: Final = et.word_set("official bilateral formal informal")


#: Words beside a phone word that make it a call ("phone conversation", "telephone calls",
#: "by video link", "in video format"); a plural is as much a call as the singular.
_PHONE_NOUNS: Final = et.word_set(
    "call calls conversation conversations link format spoke talked conferencing talk contact"
)


def _dashed_pair_start(s: Sentence, floor: int, end: int) -> int | None:
    """First token of two country names joined by a dash that end right before token end, each
    of one or more words ("Côte d'Ivoire–Burkina Faso", "Ghana – Sierra Leone"), or None."""
    second = _country_ending(s, max(floor, end - 4), end)
    if second is None or s.words[second[0] - 1] not in _DASHES:
        return None
    first = _country_ending(s, max(floor, second[0] - 6), second[0] - 1)
    return first[0] if first is not None and first[1] != second[1] else None


def _country_ending(s: Sentence, floor: int, end: int) -> tuple[int, str] | None:
    """(first token, iso3) of the country name from token floor on that ends right before end."""
    for k in range(floor, end):
        found = s.country_at(k)
        if found is not None and found[0] == end:
            return k, found[1]
    return None


def names_country_pair(s: Sentence, k: int) -> bool:
    """Whether the word at token k (with the dash and word before it, when they stand apart)
    joins the names of two countries ("Japan-Chile", "Korea – Poland"): an event named so is
    between those two, not a gathering of many ("the Russia-Africa Summit" is one)."""
    if k < 0:
        return False
    apart = k >= 2 and s.words[k - 1] in _DASHES
    parts = [s.words[k - 2], s.words[k]] if apart else _DASH_SPLIT.split(s.words[k])
    if len(parts) != 2:
        return False
    codes = {iso3_for(part) for part in parts}
    return None not in codes and len(codes) == 2


def _phone_trigger(s: Sentence, i: int, segment: Segment, seg_index: int) -> Trigger | None:
    """ "phone conversation", "telephone talks", "by phone", "over the phone", "video conference",
    "online meeting"."""
    lowers = s.lowers
    window = range(max(segment.start, i - 3), min(segment.end, i + 4))
    nouns = [j for j in window if lowers[j] in et.NOUN_TRIGGERS or lowers[j] in _PHONE_NOUNS]
    by = i - 2 if lowers[i - 1] == "the" else i - 1  # "discussed over the phone"
    if not nouns and lowers[by] not in ("by", "over", "via", "on"):
        return None
    if lowers[by] in _BY_LINK and _ceremony_by_link(s, i, segment, nouns):
        return None
    if _joined_by_link(lowers, by, segment.start):
        return None  # "X joined (the meeting) by video link": X took part in the event told
    if lowers[i] in ("virtual", "online") and not any(
        lowers[j] in ("meeting", "talks", "conversation", "call") or (lowers[j] == "summit" and j == i + 1)
        for j in nouns
    ):
        return None  # "a virtual summit" of two leaders is a video call; "the virtual G20 summit" a forum
    anchor = nouns[0] if nouns else i
    negated = _noun_negated(s, anchor, segment) if nouns else _verb_negated(s, i, segment)
    # "the two leaders spoke by phone": a verb tells a new call, whatever its subject's article
    definite = lowers[anchor] not in ("spoke", "talked") and _is_definite(s, min(i, anchor), segment.start)
    return Trigger(i, et.PHONE_CALL, "call", True, definite, negated, seg_index)


#: Verbs of a ceremony that leaders may perform from afar: "jointly inaugurated the pipeline
#: via video link", "launched the projects by videoconference", "laid the foundation stone".
_CEREMONY_VERBS: Final = et.word_set(
    "inaugurated inaugurate inaugurates inaugurating e-inaugurated launched launch launches launching "
    "unveiled unveil unveils unveiling commissioned dedicated laid lay lays laying flagged"
)


def _ceremony_by_link(s: Sentence, i: int, segment: Segment, nouns: list[int]) -> bool:
    """Whether the link the phone word at token i names is the way a ceremony of the clause was
    performed ("The two prime ministers jointly inaugurated the pipeline via video link"): no
    call between the two, who may stand side by side; a meeting noun by the link ("launched
    negotiations via videoconference") is one still."""
    if any(et.NOUN_TRIGGERS.get(s.lowers[j]) == et.MEETING for j in nouns):
        return False
    return not _CEREMONY_VERBS.isdisjoint(s.lowers[segment.start : i])


def _merge_phone(s: Sentence, found: list[Trigger]) -> list[Trigger]:
    """Drop meeting words that a phone word right next to them already reports, the summit
    word right after one ("a virtual summit"), and a meeting its clause says was held by a
    link ("met with U.S. Treasury Secretary Janet Yellen via video link"): one call."""
    phones = [t.token for t in found if t.family == et.PHONE_CALL]
    if not phones:
        return found
    lowers = s.lowers
    by_link = {
        t.segment
        for t in found
        if t.family == et.PHONE_CALL
        and (
            _BY_LINK.intersection(lowers[t.token - 2 : t.token])
            # "held talks with X on the phone": the talks' way, as "over the phone" tells it
            or lowers[t.token - 2 : t.token] == ["on", "the"]
        )
    }
    framed = any(_frames_call(lowers, p) for p in phones)
    return [
        t
        for t in found
        if t.family == et.PHONE_CALL
        or not (t.family == et.MEETING or (t.family == et.FORUM and t.token - 1 in phones))
        or (
            all(abs(t.token - p) > 3 for p in phones)
            and not (t.family == et.MEETING and t.segment in by_link)
            and not (framed and t.noun and lowers[t.token] in _CALL_BUSINESS)
        )
    ]


_BY_LINK: Final = frozenset(["via", "by", "over"])
#: Verbs of taking part from afar in an event held elsewhere: "joined by video link", "took part
#: via videoconference", "participated in the talks online".
_JOINING_VERBS: Final = et.word_set("joined join joins joining participated participating part attended")
#: Words that may stand between such a verb and its link: the event it names ("joined the
#: meeting by video link", "took part in the session via videoconference").
_JOINED_EVENT_WORDS: Final = et.JOINED_EVENT_NOUNS | et.word_set("the a in this that also remotely")


def _joined_by_link(lowers: list[str], by: int, floor: int) -> bool:
    """Whether the link at token `by` ("by", "via", "over") is how the clause's subject took part
    in an event ("Danish Foreign Minister X joined by video link", "Y took part in the talks via
    videoconference"): one more participant of the event told, no call of the subject with
    anyone (a call had been made of X alone, and the whole sentence was lost)."""
    if lowers[by] not in _BY_LINK:
        return False
    k = by - 1
    while k > floor and by - k <= 4 and lowers[k] in _JOINED_EVENT_WORDS:
        k -= 1
    return k >= floor and lowers[k] in _JOINING_VERBS


#: What two sides do in the call a sentence is set in: "During a video call on Monday, X and Y
#: concluded negotiations on ...": the negotiations are the call, not a meeting in person.
_CALL_BUSINESS: Final = frozenset(["negotiations", "talks", "discussions", "consultations"])
_CALL_FRAMES: Final = frozenset(["during", "in", "over", "through"])
_CALL_DETERMINERS: Final = frozenset(["a", "an", "the", "their", "his", "her", "its"])


def _frames_call(lowers: list[str], p: int) -> bool:
    """Whether the phone word at token p heads a phrase that sets the sentence in a call ("During
    a phone call", "in a video conference", "over a virtual meeting"), rather than naming one
    of its events ("X and Y held talks, and later a phone call")."""
    k = p - 1
    while k > p - 4 and (lowers[k] in et.PHONE_WORDS or lowers[k] in _CALL_DETERMINERS):
        k -= 1
    return k < p - 1 and lowers[k] in _CALL_FRAMES and lowers[k + 1] in _CALL_DETERMINERS


_MEET_VERBS: Final = frozenset(("meet", "meets", "met", "meeting"))
#: What "meet" satisfies rather than sees: "meet biosecurity standards", "met the demand".
_REQUIREMENTS: Final = et.word_set(
    """standard standards requirement requirements demand demands need needs target targets criteria
    criterion deadline deadlines obligation obligations expectation expectations condition conditions
    quota quotas goal goals costs cost commitments commitment"""
)


#: Words that close the object of "meet" before a requirement's noun could come.
_OBJECT_ENDS: Final = frozenset(["with", "and", "in", "on", "at", "to"])


def _requirement_met(s: Sentence, i: int) -> bool:
    """Whether the object of "meet" at token i is a requirement ("meet the new export standards",
    "meeting growing demand"): a common noun phrase, no one named before its head, though a
    country's demonym or possessive may say whose the requirement is ("meet Japanese safety
    standards", "meeting Japan's demand for shrimp")."""
    lowers = s.lowers
    k = i + 1
    while k < min(i + 6, s.n):
        if lowers[k] in _REQUIREMENTS:
            return True
        named = s.country_at(k, ("name",))
        if named is not None and (lowers[named[0]] in POSSESSIVE_MARKS or lowers[named[0]] in ("'", "’")):
            k = named[0] + 1  # (over "Japan's", "the United States'")
            continue
        demonym = s.country_at(k, ("demonym",)) is not None and not s.caps[k + 1]
        if (s.caps[k] and not demonym) or not lowers[k].isalpha() or lowers[k] in _OBJECT_ENDS:
            return False  # (nor a purpose after the object: "met officials to discuss standards")
        k += 1
    return False


def _lemma(lower: str) -> str:
    """A trigger word reduced to the noun it names: "meetings" -> "meeting", "met" -> "meeting"."""
    if lower in ("met", "meet", "meets"):
        return "meeting"
    if lower.startswith(("visit", "arriv")):
        return "visit"
    if lower.startswith(("sign", "ink", "initial", "conclud")) or lower in et.DOCUMENT_VERBS:
        return "signing"
    if lower.startswith(("receiv", "host", "welcom")):
        return "meeting"
    if lower in ("summits", "meetings", "visits"):
        return lower[:-1]
    return lower


def denied_before_but(s: Sentence, triggers: list[Trigger]) -> set[int]:
    """The tokens before ", but" when they deny an event and what follows it tells one that took
    place ("X did not meet Y, but A held talks with B"): the people, days and places of the
    denied clause (and of its subject's relative clause) are none of the event told after."""
    but = next((k for k in range(1, s.n) if s.lowers[k] == "but" and s.lowers[k - 1] == ","), None)
    # ("X did not attend the summit, but spoke with Y": one subject, who did take part)
    if but is None or not s.caps[but + 1]:
        return set()
    # (the nearest event word before it is denied; "who addressed the summit on Thursday" may
    # tell another event of the subject's before it)
    before = [t for t in triggers if t.token < but]
    if not before or not max(before, key=lambda t: t.token).negated:
        return set()
    if not any(t.token > but and not t.negated for t in triggers):
        return set()
    return set(range(but))


#: Words that open a clause told against the one before: "..., but Y did not attend", "..., while
#: a planned meeting with Z was cancelled".
_CONTRAST_OPENERS: Final = et.CONTRAST_WORDS | {"but"}
#: Verbs of being at an event, denied by a negation before them ("did not attend", "was not
#: present") or by a verb of failing ("failed to attend", "was unable to join").
_ATTENDANCE_WORDS: Final = et.word_set(
    "attend attended join joined participate participated come came present there appear appeared"
)
_FAILING_WORDS: Final = et.word_set("failed fails declined declines refused refuses unable")
#: Words that tell on their own that someone stayed away ("was absent", "skipped the talks").
_ABSENCE_WORDS: Final = et.word_set("absent skipped missed boycotted snubbed")


def _denied_after_contrast(s: Sentence, segments: list[Segment], triggers: list[Trigger]) -> set[int]:
    """The tokens of a clause opened by ", but" or ", while" after the event told that only tells
    an event called off or someone away: "X met Y in Rome, while a planned meeting with the
    French minister was cancelled", "..., but German Chancellor Z did not attend". Its people and
    countries are none of the event told before it (they had been made its sides). A clause that
    tells an event held ("..., while Z met W") or one present ("..., but Z also attended") stays."""
    lowers = s.lowers
    out: set[int] = set()
    for index, segment in enumerate(segments):
        if index == 0 or lowers[segment.start] not in _CONTRAST_OPENERS or lowers[segment.start - 1] != ",":
            continue
        if not any(t.token < segment.start and not t.negated for t in triggers):
            continue  # no event told before it that the clause could be read into
        end = segment.end
        for after in segments[index + 1 :]:
            if after.role == MAIN and after.clause != segment.clause:
                break
            end = after.end
        span = range(segment.start, end)
        inside = [t for t in triggers if t.token in span]
        called_off = bool(inside) and all(t.negated for t in inside)
        if called_off or (not inside and _tells_absence(lowers, span)):
            out.update(span)
    return out


def _tells_absence(lowers: list[str], span: range) -> bool:
    """Whether the words in `span` tell that someone was not at the event ("did not attend",
    "was not present", "failed to join", "was absent", "skipped the talks")."""
    for k in span:
        lower = lowers[k]
        if lower in _ABSENCE_WORDS or (lower == "away" and lowers[k - 1] in ("stayed", "kept")):
            return True
        if lower in _ATTENDANCE_WORDS and (
            lowers[k - 1] in et.NEGATIONS
            or (lowers[k - 2] in et.NEGATIONS and lowers[k - 1] in ("be", "been", "also"))
            or (lowers[k - 1] == "to" and lowers[k - 2] in _FAILING_WORDS)
        ):
            return True
    return False


def analyse_clauses(
    s: Sentence, title_commas: frozenset[int] = frozenset(), spoken: bool = False, denied_next: bool = False
) -> Clauses:
    """Segments, excluded and topic tokens, and triggers of one tokenized sentence; the
    commas inside titles (`title_commas`) cut no segment; `spoken`: the sentence's speaker is
    named outside it; `denied_next`: the next sentence opens by denying what this one reports
    (see `denies_what_came_before`)."""
    quoted = _quoted(s, spoken)
    excluded = (
        quoted
        | _attributions(s)
        | _senders(s)
        | _staff_owners(s)
        | _backers(s)
        | _future_relatives(s)
        | _other_stops(s)
        | _journey_origins(s)
        | _venue_owners(s)
        | _venue_names(s)
        | _airport_greeters(s)
        | _the_dead(s)
    )
    segments = _segments(s, title_commas)
    segment_of = [0] * (s.n + 1)
    for index, segment in enumerate(segments):
        segment_of[segment.start : segment.end] = [index] * (segment.end - segment.start)
    topic, judged = _topic_tokens(s, excluded.difference(_opening_quotation(quoted)))
    # (what a stand was taken on names no side, and no subject of the talks: it is kept as backdrop)
    backdrop = _backdrop_tokens(s) | judged
    topic |= backdrop | _conflict_parties(s) | _owned_relations(s)
    triggers = _triggers(s, segments, segment_of, topic, excluded)
    topic |= _body_name_topics(s, triggers)
    if denied_next or not _TRUTH_DENIALS.isdisjoint(s.lowers[: s.n]):
        triggers = _denied_afterwards(s, triggers, denied_next)
    denied = denied_before_but(s, triggers) if "but" in s.lowers[: s.n] else set()
    excluded |= denied
    if not _CONTRAST_OPENERS.isdisjoint(s.lowers[: s.n]):
        excluded |= _denied_after_contrast(s, segments, triggers)
    ahead = _plans_ahead(s, triggers)
    if ahead:
        excluded |= ahead
        triggers = [replace(t, negated=True) if t.token in ahead else t for t in triggers]
    return Clauses(
        tuple(segments),
        tuple(segment_of),
        frozenset(excluded),
        frozenset(topic - ahead),
        tuple(triggers),
        frozenset(backdrop),
        frozenset(denied),
        frozenset(ahead),
    )


def _plans_ahead(s: Sentence, triggers: list[Trigger]) -> set[int]:
    """Tokens of a plan coordinated after an event told done, from its "and" (or comma) to the
    end of its clause: "X met Y in Paris on Monday and invited him to visit Beijing next year",
    "..., and the two agreed to meet again at the G20 summit in Rio in November", ", inviting
    him to the SCO summit in Astana". The plan names an event still ahead, whose place, day,
    people and subject are none of the event done (Beijing, November and the G20 had been the
    meeting's). A plan that names no event ("and agreed to boost trade") is the done event's
    outcome and stays; a clause after ", and" is another ("..., and later signed a deal")."""
    lowers = s.lowers
    done = [t.token for t in triggers if not t.negated]
    if not done or _PLAN_VERBS.isdisjoint(lowers[: s.n]):
        return set()
    for j in range(min(done) + 1, s.n):
        if lowers[j] not in ("and", ",") or not _plan_opens(s, j + 1):
            continue
        end = j + 1
        while end < s.n and lowers[end] != ";" and not (lowers[end] == "," and lowers[end + 1] == "and"):
            end += 1
        if any(lowers[k] in et.VERB_TRIGGERS or lowers[k] in et.NOUN_TRIGGERS for k in range(j, end)):
            return set(range(j, end))
    return set()


def _plan_opens(s: Sentence, k: int) -> bool:
    """Whether a plan verb opens the words at token k, past a subject of the sides ("the two
    leaders", "both sides", "they") and adverbs: "invited", "agreed to", "accepted an
    invitation", "pledged to", "said he would", "inviting"."""
    lowers = s.lowers
    while k < s.n and not s.caps[k] and (lowers[k] in _PLAN_SUBJECTS or lowers[k] in et.SKIPPABLE):
        k += 1
    verb = lowers[k]
    if verb in _INVITING:
        return True
    if verb == "accepted":
        return lowers[k + 1] in _INVITATION_ARTICLES and lowers[k + 2].startswith("invitation")
    if verb == "said":
        return lowers[k + 1] in ("he", "she", "they", "it") and lowers[k + 2] in ("would", "will")
    return verb in _PLAN_VERBS and lowers[k + 1] == "to"


#: Words between "accepted" and the invitation accepted ("accepted an invitation to visit").
_INVITATION_ARTICLES: Final = et.word_set("an the his her their")
#: Subjects of a plan told after "and": the sides together ("the two leaders", "both sides").
_PLAN_SUBJECTS: Final = et.word_set("the two both sides leaders ministers presidents men they")
#: Verbs of inviting, whose object comes before what he is invited to ("invited him to visit").
_INVITING: Final = et.word_set("invited invites inviting extended extending")
#: Verbs of a plan before "to" ("agreed to meet again", "pledged to visit").
_PLAN_VERBS: Final = _INVITING | et.word_set(
    "agreed agreeing pledged vowed promised decided planned plans accepted said"
)
