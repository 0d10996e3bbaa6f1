"""How a drafted engagement joins the document: new, a reference, a twin, or a continuation.

A definite mention ("the talks", "The document was signed by ...") or an anchor ("Following
the talks", "On the sidelines of the commission") names an engagement told before and adds
its participants to it; an anchor that only points at an event nobody told ("on the eve of
the SCO summit") adds nothing. A new mention that repeats an earlier engagement of the same
type without contradicting its date, place, forum name or sides, and without new people,
is its twin ("In particular, QazaqGaz and Gazprom signed ..." after "12 documents were
signed"). Sentences without a trigger can still add to the engagement told just before:
topics ("The sides discussed ..."), parties ("... were discussed with the leadership of X",
"X became familiar with ...", "The delegation included representatives of Y") and
representatives of an organization already taking part.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from orchestration.extraction import engagement_types as et
from orchestration.extraction.countries import MENTION_KINDS, city_country, find_countries, fold
from orchestration.extraction.engagement_clauses import NEGATED_AUXILIARIES, Trigger, negated_predicate_end
from orchestration.extraction.engagement_context import (
    ATTENDED_BY,
    PARTICIPANT_ORG_KINDS,
    PERSONAL_SUBJECT_PRONOUNS,
    AnalysedSentence,
    DocumentContext,
    Draft,
    Org,
    Unit,
    accompanying,
    add_person,
    filed_country,
    is_future,
    known_country,
    main_unit,
    name_key,
    office_key,
    org_country,
    party_verb_end,
    previous_subject,
    same_org,
    sides,
    surname_subjects,
    token_at,
    told_chaired,
    unique_orgs,
    unique_people,
    units_of,
)
from orchestration.extraction.people import PersonMention, same_person
from orchestration.extraction.titles import Sentence as Tokens
from orchestration.extraction.titles import find_titles
from orchestration.extraction.topics import topic_phrases

#: Sentences that may stand between an engagement and a sentence that adds to it (`_current`;
#: the few tests that compare it with a distance of sentence indexes allow one less).
MAX_CONTINUATION_GAP: Final = 2
#: Sentences that may stand between an engagement and an inverted "Also present were X and Y",
#: which tells nothing but who else was at the event told last, however many remarks came in
#: between.
_ATTENDANCE_GAP: Final = 6
#: An inverted clause of attendance opening a sentence: "Also present were", "Present at the
#: talks was", "Also attending (participating) were", "Also in attendance were".
_INVERTED_ATTENDANCE: Final = re.compile(
    r"(?i)^\W*(?:also\s+)?(?:present|attending|participating|in\s+attendance)\b(?:\s+[\w'’-]+){0,5}?\s+(?:were|was)\b"
)


def continuation_gap(sentence: str) -> int:
    """How many sentences may stand between an engagement and `sentence` adding to it (none when
    it comes right after): an inverted "Also present were ..." is elliptic, its event can only be
    the last one told, so it reaches back past a paragraph of remarks (_ATTENDANCE_GAP); any
    other sentence only over MAX_CONTINUATION_GAP."""
    elliptic = _INVERTED_ATTENDANCE.match(sentence) or _ACCOMPANIED_SUBJECT.match(sentence)
    return _ATTENDANCE_GAP if elliptic else MAX_CONTINUATION_GAP


#: A sentence whose short subject "was accompanied by" a delegation ("The President was
#: accompanied by", "She was also accompanied by"): it tells who travelled with the one whose
#: trip was told, however many paragraphs of figures came in between.
_ACCOMPANIED_SUBJECT: Final = re.compile(
    r"^\W*(?:[\w'’-]+\s+){1,3}?(?:was|were)\s+(?:also\s+)?accompanied\s+by\b"
)


_DELEGATION_VERBS: Final = et.word_set(
    "included includes comprised comprises consisted consists featured composed"
)


#: Words of the ones who signed ("Signatories: ...", "X and Y put their signatures under the
#: document"): they add only to a signing.
_SIGNERS_WORDS: Final = et.word_set("signatories signatory signatures")
_CONTINUATION_WORDS: Final = (
    et.word_set(
        "familiar acquainted briefed accompanied joined participated participating attended attending"
        " attendance present"
    )
    | _SIGNERS_WORDS
)
#: Words before the verb "present" ("is expected to present", "will present") and after it
#: (its object: "present the report"), which make it no presence at an event.
_PRESENT_VERB_BEFORE: Final = et.MODALS  # (with "to")
_PRESENT_VERB_OBJECTS: Final = et.word_set("the a an his her its their this these our")


def _presents_something(lowers: list[str], k: int) -> bool:
    """Whether "present" at token k is the verb ("X is due to present the bank's report on
    Thursday"), not the adjective of one who was there ("Also present was X"): the one who
    will present a paper takes no part in the event told before (he had joined a phone call)."""
    return lowers[k] == "present" and (
        lowers[k - 1] in _PRESENT_VERB_BEFORE
        or (k + 1 < len(lowers) and lowers[k + 1] in _PRESENT_VERB_OBJECTS)
    )


#: Words of speaking to a gathering: "addressed the participants", "Speaking at the opening".
_SPEAKING_AT: Final = et.word_set("addressed addressing speaking spoke")
#: Verbs of putting a paper or a speech before a sitting, and the things so put: "X presented
#: the report of the Council of Ministers", "delivered the keynote address", "tabled the final
#: communique".
_PRESENTING: Final = et.word_set("presented presenting delivered delivering tabled")
_PRESENTED_THINGS: Final = et.word_set(
    "report reports address speech statement remarks keynote communique communiqué recommendations findings "
    "declaration"
)
_PRESENTED_REACH: Final = 4  # tokens from the verb to the thing: "presented the annual activity report"
#: Words of a body's co-chairs: "The co-chairs of the commission are X and Y".
_CO_CHAIRS: Final = et.word_set(
    "co-chair co-chairs co-chaired co-chairing co-chairmen co-chairpersons co-chairman"
)
#: "X also took part": one more participant of the event told before.
_TOOK: Final = et.word_set("took take takes taking")
_SIDE_NOUNS: Final = et.word_set("side delegation delegations team")


def integrate(
    doc: DocumentContext,
    c: Draft,
    reference: bool,
    anchor: bool,
    pointer: bool = False,
    not_twin_of: Draft | None = None,
    fresh: bool = False,
) -> tuple[Draft | None, bool]:
    """Add a candidate to the document: as a reference to an engagement told before, as a
    twin of one, or as a new engagement; the flag says whether it referred to a known one.
    An anchor that names nothing known is dropped when it only points at an event ("on the
    eve of the SCO summit") or says nothing of its own, and so is an event without any
    participant. A `fresh` anchor ("on the sidelines of a donors' meeting") is a gathering told
    for the first time: the twin of none."""
    quoted = _in_quotation(doc.text, c.start, c.start + c.position)
    if reference:
        target = _reference_target(doc, c, anchor, pointer)
        if target is not None:
            before = (target.date, target.date_explicit)
            _merge(target, c, quoted)
            if not before[1] and target.date_explicit:
                _date_signings_told_with(doc, target, before[0])
            return target, True
        if pointer and (c.location is not None or _SIDELINE_WORD.search(c.evidence)):
            doc.pointed.append(c)
        if pointer or (anchor and not c.own_content):
            return None, False
        _place_of_pointed(doc, c)
    told = _told_before(doc, c) if quoted else None
    if told is not None:
        # '"The memorandum we signed today ...," said Minister Ng': a quotation recalls the
        # signing told before, on whatever day it says "today"
        _merge(told, c, quoted)
        return told, False
    # ("A transit fee agreement was also signed in Herat on Sunday", after a memorandum: another
    # signing, whose sides the next sentence names, no twin of the one before)
    sideless = not c.people and not c.orgs and not c.countries
    waiting = not reference and sideless and _signing_told(c, anchor)
    twin = None if fresh or waiting else _twin(doc, c)
    if twin is not None and twin is not not_twin_of:
        if _later_stop(twin, c):
            # "X, who is on a working visit to the Kingdom, was received in Rabat on Tuesday. X
            # travelled to Tangier on Wednesday": a later stop of the visit told, which neither
            # starts it nor moves it; the day it states is the story's day from now on
            twin.people = unique_people(twin.people + c.people)
            twin.orgs = unique_orgs(twin.orgs + c.orgs)
        else:
            if not quoted and _vaguely_dated_lead(doc, twin, c):
                # "Last week the two ministers signed a deal", then "... and then signed a
                # memorandum" after their talks told on Thursday: the day (and place) the body tells
                twin.date, twin.date_explicit = c.date, False
            _merge(twin, c, quoted)
        return twin, False
    if sideless and not _named_forum_told(c, anchor):
        return None, False
    doc.candidates.append(c)
    return c, False


def _named_forum_told(c: Draft, anchor: bool) -> bool:
    """Whether c is a forum told by its proper name with its own day or place ("The Baltic Sea
    Summit opened in Oslo on Tuesday", or a body's name alone: "The AfCFTA Council of
    Ministers opened in Accra"), in the sentence's main clause, or a signing told so: an event
    though it names no side yet, which "The summit was attended by ..." or "The X side was
    represented by ..." then fills (it had been dropped, and the attendance list joined the
    leaders' meeting told before). Without sides it is not labelled."""
    if _signing_told(c, anchor):
        # "The agreement was signed in Herat on Sunday. The Turkmen side was represented by X and
        # the Pakistani side by Y": a signing told in its own clause, with its day or place,
        # waits for the sides the next sentence names (not "the Agreement, signed in 2021")
        return True
    told = c.date_explicit or c.location_explicit
    return c.type == et.FORUM and c.named and not anchor and told


def _signing_told(c: Draft, anchor: bool) -> bool:
    """Whether c is a signing told in its own clause with its own day or place, of this story's
    time ("The agreement was signed in Herat on Sunday"; not "the Agreement, signed in 2021"):
    an event though no side signs in its sentence."""
    told = c.date_explicit or c.location_explicit
    return (
        c.type == et.AGREEMENT
        and not anchor
        and told
        and not (c.background or c.of_a_past_year or c.in_passing)
    )


def _later_stop(t: Draft, c: Draft) -> bool:
    """Whether visit c, told with a day of its own, is a later stop of visit t in the same host
    country: t is dated (by the event it was told with) before c's day, and c goes to another
    city of t's country. A visit is dated and placed by its start, which a later day's
    journey inside the country is not."""
    if t.type != et.VISIT or c.type != et.VISIT or t.date_explicit or not c.date_explicit:
        return False
    if t.date is None or c.date is None or c.date <= t.date or not t.location or not c.location:
        return False
    host = city_country(t.location)
    return host is not None and host == city_country(c.location) and fold(t.location) != fold(c.location)


def _place_of_pointed(doc: DocumentContext, c: Draft) -> None:
    """A definite event told for the first time ("The conference, which opened on Monday")
    that an earlier sentence only pointed at, naming its place, took place there; pointed at
    from the talks held on its margins, it was where they were when it named no place, and
    their sides were at it ("X met Y on the sidelines of the IGAD summit in Djibouti. The
    summit was also attended by Z": X's and Y's countries too)."""
    if c.type == et.PHONE_CALL:
        return
    for pointed in reversed(doc.pointed):
        # the day is no test: the summit opened before the talks held on its margins
        same_name = not c.key or not pointed.key or bool(set(c.key.split()) & set(pointed.key.split()))
        if pointed.type != c.type or not same_name:
            continue
        beside = _event_beside(doc, pointed)
        # ("on the sidelines of the Extraordinary Assembly of IGAD ... The summit was attended
        # by": the gathering pointed at just before, whatever its noun)
        just_before = beside is not None and pointed is doc.pointed[-1] and c.sentence - pointed.sentence <= 2
        if pointed.lemmas & c.lemmas or just_before:
            if c.location is None:
                c.location = pointed.location or (beside.location if beside else None)
            if beside is not None:
                c.countries |= sides(beside)
            return


def _event_beside(doc: DocumentContext, pointed: Draft) -> Draft | None:
    """The event told on the margins of a gathering pointed at, in the same sentence ("X met Y
    in Dar es Salaam, on the margins of the joint summit"): where the gathering was when it
    names no place of its own, and whose sides were at it."""
    return next(
        (
            t
            for t in doc.candidates
            if t.sentence == pointed.sentence and t.type != et.FORUM and _SIDELINE_WORD.search(t.evidence)
        ),
        None,
    )


#: Nouns that name the same kind of sitting, so that "the meeting" may be the talks told just
#: before ("X and Y held talks at the palace. Z also attended the meeting").
_MEETING_SYNONYMS: Final = et.word_set("meeting talks")


def _synonym_just_told(t: Draft, c: Draft) -> bool:
    """Whether the mention c names, by a synonym of its noun, the event t that the sentence
    just before told: "Later, X and Y held talks. Z also attended the meeting" is those talks,
    not an earlier reception (whose lemma is "meeting") of that day."""
    return (
        t.updated >= c.sentence - 1
        and t.type == c.type
        and not c.lemmas.isdisjoint(_MEETING_SYNONYMS)
        and not t.lemmas.isdisjoint(_MEETING_SYNONYMS)
    )


def _unnamed_forum_just_told(t: Draft, c: Draft) -> bool:
    """Whether t is a forum the sentence just before told without its name ("a forum"), so
    that the named forum c of the same day is the same gathering named at last."""
    return (
        t.type == c.type == et.FORUM
        and t.key is None
        and t.updated >= c.sentence - 1
        and (t.date == c.date or not c.date_explicit)
    )


def _session_of_another_kind(t: Draft, c: Draft) -> bool:
    """Whether c is the sitting of a body ("co-chaired the meetings of the joint technical
    committee") and t an event of another type that no body held (a reception told before):
    their shared word "meeting" makes them no one event."""
    return c.body is not None and c.type == et.FORUM and t.type != c.type and t.body is None


def _talks_of_a_sitting(t: Draft, c: Draft) -> bool:
    """Whether c is "the discussions" ("the talks") told of a body's sitting t, when no meeting
    was told before ("A and B concluded the fourth session of their Joint Working Group ... X
    described the discussions as frank"): the sitting's own talks, no meeting of their own."""
    return c.type == et.MEETING and c.body is None and t.type == et.FORUM and t.body is not None


def _sitting_pointed_at(t: Draft, c: Draft) -> bool:
    """Whether pointer c is a bare "the meeting" and t the sitting of a body told with that
    noun ("The 5th Meeting of the Joint Committee was held in Lima ... On the sidelines of the
    meeting, A and B signed"): the same event, though the sitting of a body is a forum and the
    bare noun a meeting (a pointer crosses no other types: "the summit" is no summit talks)."""
    return _talks_of_a_sitting(t, c) and "meeting" in t.lemmas & c.lemmas


def _reference_target(doc: DocumentContext, c: Draft, anchor: bool, pointer: bool) -> Draft | None:
    """The engagement a definite or anchored mention names: the same noun first ("the
    talks", "the meeting" of a commission), then the same type, and for an anchor also a
    meeting for a forum word or the reverse ("Following the summit" after summit talks);
    among those, for an anchor the one the sentence before told, then one on the document's
    main date, else the latest. A pointer ("on the
    sidelines of the summit") never crosses types: a meeting held on the sidelines of a
    summit is not the summit, and "Peña hosted the summit" is no earlier meeting either."""
    main_date = doc.candidates[0].date if doc.candidates else None
    # "Following the summit" may name the summit talks; "after their talks in Bogota in April"
    # says where and when, so it names no event of another type.
    cross_type = anchor and not pointer and not c.date_explicit and not c.location_explicit
    keys = [name_key(p.name) for p in c.people]
    # (whether c is a bare "the summit" and its sides are c's alone: told once, not per meeting)
    summit_sides = sides(c) if _bare_summit(c, pointer) else None
    joined = _joined_from_afar(c, pointer)  # (of c alone, so asked once, not per candidate)
    for matches in (
        [
            t
            for t in doc.candidates
            if (t.lemmas & c.lemmas or _synonym_just_told(t, c))
            and (not pointer or t.type == c.type or _sitting_pointed_at(t, c))
            and not _session_of_another_kind(t, c)
        ],
        [t for t in doc.candidates if t.type == c.type],
        [
            t
            for t in doc.candidates
            if {t.type, c.type} == {et.MEETING, et.FORUM}
            and (
                cross_type
                or (summit_sides is not None and _summit_talks(t, summit_sides))
                or (not anchor and _talks_of_a_sitting(t, c))
            )
        ],
        [t for t in doc.candidates if _sitting_of_session(t, c)],
        [t for t in doc.candidates if joined and t.type in _GATHERINGS],
    ):
        if c.key:
            # a named body is a new event unless named before, or unless a forum told just before
            # left its name unsaid ("gathered in Lima for a forum held by X. The Peru-Chile
            # Business Forum brought together ...": one forum)
            matches = [t for t in matches if t.key or _unnamed_forum_just_told(t, c)]
        compatible = [
            t
            for t in matches
            if _compatible(
                t, c, reference=True, home=doc.dateline_country, spans=pointer and t.type == et.FORUM
            )
        ]
        # "held a summit with X" (their meeting), then the named summit: "The summit was
        # attended by ..." is the summit of the same kind, the forum ("Following the meeting"
        # after a commission's meeting may still point at that session)
        if not anchor:
            compatible = [t for t in compatible if t.type == c.type] or compatible
        # under a day line, "the talks" are that day's, not the first day's of a live blog
        # ("Tuesday, 23 September ... X and Y held a meeting. X later told reporters the talks
        # had been warm": the talks had been Monday's, the blog's first entry)
        compatible = [t for t in compatible if t.sentence > doc.day_line] or compatible
        # "held separate meetings with A, B and C. During his meeting with A, ...": the one
        # whose people are those the mention names, though another was told after it
        # (a mention that names nobody is held by none: the list would stay as it is)
        if keys:
            holding = [t for t in compatible if _holds_people(t, keys)]
            # "the state visit of President X to Muscat in 2023" after Y's working visit: a
            # visit whose visitor is named is another trip when no visit told holds that visitor
            compatible = holding if holding or c.type == et.VISIT else compatible
        if compatible:
            # "... co-chaired the 4th meeting of the Commission. Following the meeting, X and Y
            # signed": the one the sentence before told, though the lead's is on the main date
            # (and so is "The meeting addressed X" after the sentence that told the meeting,
            # not the main date's meeting told sections before)
            just_told = [t for t in compatible if t.updated >= c.sentence - 1]
            on_main = [t for t in compatible if t.date == main_date]
            return (just_told or on_main or compatible)[-1]
    return None


#: The events one may join from afar: a meeting or a forum told before.
_GATHERINGS: Final = frozenset([et.MEETING, et.FORUM])


def _joined_from_afar(c: Draft, pointer: bool) -> bool:
    """Whether c is a call only because its subject joined the event told before by a link ("X
    took part in the talks via video link", "Y joined the discussions online"): it names that
    meeting or forum whatever its noun, though its type is a call's (the "talks" of a sentence
    that had told "met" named no event, and X was lost with his country)."""
    return not pointer and c.type == et.PHONE_CALL and _JOINED_THE_EVENT.search(c.evidence) is not None


def _bare_summit(c: Draft, pointer: bool) -> bool:
    """Whether c, no pointer, is "the summit" told with no day, place or words of its own, which
    may name the leaders' talks told before (`_summit_talks`)."""
    return (
        not pointer
        and not c.lemmas.isdisjoint(et.SUMMIT_WORDS)
        and not (c.date_explicit or c.location_explicit)
        and _BARE_SUMMIT.match(c.evidence, c.position) is not None
        and c.evidence[max(0, c.position - 4) : c.position].lower() == "the "
    )


def _summit_talks(t: Draft, summit_sides: set[str]) -> bool:
    """Whether a bare "the summit" (`_bare_summit`) with the sides `summit_sides`, none the
    meeting t lacks, names t, the leaders' talks ("X and Y held talks in Tokyo on Wednesday. At
    the summit, the two leaders also confirmed ...": had been a second meeting, on a guessed
    day and in no place)."""
    return (
        t.type == et.MEETING
        and summit_sides <= sides(t)
        # ("X met Y on the sidelines of the IGAD summit": the summit is the gathering named there)
        and _SIDELINE_WORD.search(t.evidence) is None
    )


#: "the summit" with no words of its own after it (not "the commemorative summit marking 50
#: years of ...", nor "the summit of ASEAN leaders": another gathering).
_BARE_SUMMIT: Final = re.compile(r"summit\s*[,.;]")
#: A word that tells a meeting held beside a gathering ("sidelines", "margin", "fringes").
_SIDELINE_WORD: Final = re.compile(rf"(?i)\b(?:{et.SIDELINE_ALTERNATION})\b")


def _sitting_of_session(t: Draft, c: Draft) -> bool:
    """Whether the definite "meeting" c, told with no day or place of its own, is forum t told as
    a body's session ("The 13th session of the Intergovernmental Commission took place in Minsk.
    The meeting was co-chaired by X and Y": agencies call one sitting "session" and "meeting"
    in turn; it had been a meeting of its own, and the session had no one)."""
    return (
        t.type == et.FORUM
        and c.type == et.MEETING
        and "session" in t.lemmas
        and "meeting" in c.lemmas
        and not c.date_explicit
        and not c.location_explicit
    )


def _holds_people(t: Draft, keys: list[tuple[str, ...]]) -> bool:
    """Whether engagement t has every person of the name `keys` a mention names (and it
    names someone)."""
    return bool(keys) and _all_known(keys, [name_key(p.name) for p in t.people])


def _all_known(keys: list[tuple[str, ...]], known: list[tuple[str, ...]]) -> bool:
    """Whether every name key of `keys` is the same person as one of `known` (true of none)."""
    return all(any(same_person(k, q) for q in known) for k in keys)


def _twin(doc: DocumentContext, c: Draft) -> Draft | None:
    """An earlier engagement of the same type that this one only repeats."""
    sequel = _told_as_a_sequel(c)
    first_encounter = c.earlier_encounter
    keys = [name_key(p.name) for p in c.people]
    lower = c.evidence.lower()
    same_occasion = _told_of_same_occasion(lower)
    elaboration = same_occasion or lower.startswith(_ELABORATIONS)
    for t in reversed(doc.candidates):
        # "The two presidents witnessed the exchange of several agreements. Masdar and PLN signed
        # an agreement ...": the next sentence names one of the documents told in bulk
        # ("On the sidelines of the visit, X and Y signed": an occasion of its own)
        itemized = elaboration or (
            t.type == et.AGREEMENT
            and c.sentence - t.updated == 1
            and _DOCUMENTS_IN_BULK.search(t.evidence) is not None
            and _OWN_OCCASION.match(c.evidence) is None
        )
        # a sentence that details the event told before needs only share a side with it
        if t.type != c.type and not _views_of_its_sitting(t, c, keys) and not _names_its_leaders(t, c):
            continue
        if not _compatible(t, c, reference=elaboration):
            continue
        if _held_on_its_margins(t, c):
            continue
        if first_encounter and not (t.date_explicit and t.date == c.date):
            # "X met Y in Seoul on Wednesday. The two officials first met in Santiago in March":
            # their first meeting, an earlier occasion than any told (it had moved the
            # Wednesday meeting to Santiago); so is "previously met in Astana", "last met"
            continue
        if same_occasion and c.sentence - t.updated > 1:
            # "X met Y in Warsaw last Thursday. On that occasion, A and B signed ...": the
            # occasion is the meeting just told, not a signing told further back
            continue
        known = [name_key(p.name) for p in t.people]
        people_known = _all_known(keys, known)
        orgs_known = all(any(same_org(o.name, p.name) for p in t.orgs) for o in c.orgs)
        other_signatories = c.orgs and not keys and known and not t.orgs
        if other_signatories and not itemized:
            # "the two ministers signed the minutes, and companies X and Y signed a lease"; but
            # "nine accords were signed. In particular, Sonatrach and Eni signed ..." is one
            continue
        new_party = (bool(c.orgs) and not orgs_known) or (bool(keys) and bool(known) and not people_known)
        adds_a_document = c.type == et.AGREEMENT and _ADDS_ANOTHER.match(c.evidence) is not None
        if new_party and not itemized and (sequel or adds_a_document or _ALSO.search(c.evidence)):
            # "The Bolivian president also held talks with businessmen from Confiep", "X later
            # held talks with executives of Y": another event (the same people "later" hosting a
            # lunch stay the one engagement of their day)
            continue
        if (not keys or not known or people_known) and (not c.orgs or not t.orgs or orgs_known):
            return t
        if _counterpart_named(t, c, keys, known) and (not c.orgs or not t.orgs or orgs_known):
            return t
        if same_occasion or itemized:
            return t  # "At the same ceremony, X and Y signed ...": more signatories of it
    return None


def _counterpart_named(t: Draft, c: Draft, keys: list[tuple[str, ...]], known: list[tuple[str, ...]]) -> bool:
    """Whether meeting c, told in the sentence right after meeting t, names t again with the
    counterpart t left unnamed: t's people all of one side, c holds them all, and its new people
    are all of t's other side ("Kenyan President X held talks with a visiting Ugandan delegation
    on Tuesday. X met Ugandan Prime Minister Y, who led the delegation"): one meeting, not a
    second beside the first (a person of a side t had named already is another encounter)."""
    if t.type != et.MEETING or c.type != et.MEETING or c.sentence - t.updated != 1 or not known:
        return False
    if not _all_known(known, keys) or sides(c) != sides(t):
        return False
    named_sides = {p.country_iso3 for p in t.people}
    new_sides = {p.country_iso3 for p in c.people if not _all_known([name_key(p.name)], known)}
    return None not in named_sides | new_sides and named_sides.isdisjoint(new_sides) and bool(new_sides)


def _names_its_leaders(t: Draft, c: Draft) -> bool:
    """Whether meeting c, told with no day or place of its own in the sentence right after
    forum t, only names the people of that forum, which named none: "The leaders of Egypt,
    Greece and Cyprus held their tenth trilateral summit in Cairo on Wednesday. Egyptian
    President X hosted Greek Prime Minister Y and Cypriot President Z." (the forum had no one,
    and the hosting was a meeting of its own); the sides must be the forum's, all of them."""
    return (
        t.type == et.FORUM
        and c.type == et.MEETING
        and not t.people
        and bool(c.people)
        and c.sentence - t.updated == 1
        and not c.date_explicit
        and not c.location_explicit
        and sides(c) == sides(t)
    )


#: Verbs of trading views that tell a meeting without naming one: "exchanged views on".
_EXCHANGE_VERBS: Final = et.word_set("exchanged exchange exchanges exchanging")


def _views_of_its_sitting(t: Draft, c: Draft, keys: list[tuple[str, ...]]) -> bool:
    """Whether meeting c only tells more of sitting t (a forum, a call): its trigger is a verb
    of trading views (no event noun of its own) and its people are all of t, of t's sides and
    no fewer ("X held the 5th Korea-Czech Strategic Dialogue with Y in Seoul. The two Vice
    Ministers also exchanged views on ...": what was said at the dialogue, not a second event;
    fewer sides than the gathering's is a talk beside it). A phone call is such a sitting too ("X spoke by
    telephone with Y. ... They also exchanged views on ...": what was said on the call), and so
    is what its two people "discussed" at no place of their own ("X spoke by phone with Y. X and
    Y discussed steel tariffs": the call's matter, not a meeting of theirs)."""
    if t.type not in _SITTINGS or c.type != et.MEETING or not _holds_people(t, keys):
        return False
    trigger = re.match(r"[\w-]+", c.evidence[c.position :])
    if trigger is None:
        return False
    verb = trigger.group().lower()
    discussed_on_call = t.type == et.PHONE_CALL and verb in et.DISCUSSING_VERBS and not c.location_explicit
    if verb not in _EXCHANGE_VERBS and not discussed_on_call:
        return False
    return bool(sides(c)) and sides(c) == sides(t)


#: Engagements whose talk a verb of trading views tells more of: a forum's sitting, a call.
_SITTINGS: Final = frozenset([et.FORUM, et.PHONE_CALL])


#: Adverbs that put an event after the one told before it, and "thereafter".
_SEQUEL_WORDS: Final = et.LATER_WORDS | et.word_set("thereafter")


def _told_as_a_sequel(c: Draft) -> bool:
    """Whether c's sentence puts it after the event told before with an adverb ahead of its
    trigger ("The minister later held talks with executives of X"): an occasion of its own
    when it brings a new party. A visit told so is a later stop of the trip (`_later_stop`)."""
    if c.type == et.VISIT:
        return False
    words = _WORD.findall(c.evidence[: c.position].lower())
    return not _SEQUEL_WORDS.isdisjoint(words)


#: Documents told in bulk, whose signings a next sentence may name one by one: "several
#: agreements", "nine memoranda", "a number of deals".
_DOCUMENTS_IN_BULK: Final = re.compile(
    r"(?i)\b(?:several|a\s+number\s+of|a\s+series\s+of|multiple|various|a\s+package\s+of|\d+|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\s+(?:[\w-]+\s+){0,2}"
    r"(?:agreements|memoranda|memorandums|mous|deals|accords|documents|contracts|protocols)\b"
)


#: "On the sidelines (margins, fringes) of": an occasion beside a larger event.
_ON_THE_SIDELINES: Final = rf"(?:on|in|at)\s+the\s+(?:{et.SIDELINE_ALTERNATION})"
_ON_MARGINS: Final = re.compile(r"(?i)" + _ON_THE_SIDELINES + r"\b")
#: Openings of a sentence that adds something to what was told: "In addition, X and Y signed
#: ...", "Additionally, ...", "Furthermore, ...". A signing it tells is another document than
#: those told before, not one of them named again: after "Namibia and Botswana signed three
#: agreements", "In addition, NamPort and Botswana Railways signed a cooperation agreement" is a
#: fourth signing, by other signatories. ("In addition to the ministers, ..." is a preposition.)
_ADDITIVE_OPENING: Final = r"in\s+addition(?!\s+to\b)|additionally|furthermore|moreover"
_ADDS_ANOTHER: Final = re.compile(rf"(?i)(?:{_ADDITIVE_OPENING})\b")
#: Openings of a sentence that tells a signing on an occasion of its own.
_OWN_OCCASION: Final = re.compile(
    r"(?i)(?:" + _ON_THE_SIDELINES + rf"|separately|meanwhile|later|earlier|also|{_ADDITIVE_OPENING})\b"
)


def _held_on_its_margins(t: Draft, c: Draft) -> bool:
    """Whether c, told "On the margins of the session", is a meeting of fewer sides than the
    gathering t ("On the margins of the session, X and Y held a bilateral meeting" after a
    council meeting of seven countries): an event of its own beside t, not t told again."""
    return _ON_MARGINS.match(c.evidence) is not None and sides(c) < sides(t)


def _told_of_same_occasion(lower: str) -> bool:
    """Whether a sentence (lower-cased) says it tells more of the ceremony told before: it
    opens "On the same occasion" or "At the ceremony", or ends "were also exchanged on the
    occasion" (not "on the occasion of the anniversary", another event)."""
    return lower.startswith(_SAME_OCCASION) or (
        # (the nouns every match ends on: most sentences hold neither, and the pattern, which
        # opens on a boundary, is tried at every offset of the others)
        ("occasion" in lower or "ceremony" in lower) and _ON_THE_OCCASION.search(lower) is not None
    )


_ON_THE_OCCASION: Final = re.compile(
    r"\b(?:on|at) (?:the|this|that) (?:same )?(?:occasion|ceremony)\b(?! of)"
)


#: Openings of a sentence that details an event told just before, or tells more of the same
#: ceremony ("On the same occasion, Equinor and National Grid signed ...").
_ELABORATIONS: Final = (
    "in particular", "notably", "among them", "among these", "among the", "these include",
    "they include", "specifically", "for example", "for instance", "including",
    "on the same occasion", "on this occasion", "on that occasion", "at the same ceremony",
    "at the ceremony", "during the ceremony", "at the same event",
)  # fmt: skip


#: Openings that say a sentence tells more of the same ceremony, whoever it names.
_SAME_OCCASION: Final = _ELABORATIONS[_ELABORATIONS.index("on the same occasion") :]


def _within_span(t: Draft, c: Draft) -> bool:
    """Whether c's day is within a gathering's length of t's (`et.GATHERING_DAYS` days either
    side): a summit told by its closing day was open on the days before it, and one told by
    its opening on the days after."""
    return t.date is not None and c.date is not None and abs((t.date - c.date).days) <= et.GATHERING_DAYS


#: Bodies that make two forums different events ("summit" or "session" may name either).
_NAMED_BODIES: Final = et.word_set(
    "commission commissions committee subcommittee council forum conference congress assembly dialogue board"
)


def _compatible(t: Draft, c: Draft, reference: bool, home: str | None = None, spans: bool = False) -> bool:
    """Whether c can be the same engagement as t: no stated date, place, forum name or
    side of c contradicts t. A reference's own place is checked against whatever place t
    holds, stated or inherited ("after their talks in Beijing in May" is not the Astana
    meeting). A reference shares a side with t; someone of t whose country is unstated is
    of the dateline's (`home`) for that test ("The talks were attended by Saudi Energy
    Minister ..." after a Riyadh reception told by name and title only). A gathering that
    `spans` days, pointed at by another event's clause, holds any day of its span ("On the
    sidelines of the summit on Saturday", the summit told as wrapping up on Sunday)."""
    if c.date_explicit and t.date_explicit and t.date != c.date and not (spans and _within_span(t, c)):
        return False
    if reference and c.date_anchored and t.date_explicit and t.date != c.date:
        # "witnessed the exchange of the documents after their talks on Wednesday": a document
        # made after talks of a stated day is not one signed on another stated day (Thursday's
        # memoranda told before had taken it, and its sides)
        return False
    if not reference and (c.date_explicit or c.date_anchored) and t.date_explicit and t.date != c.date:
        # a twin repeats an event; one stated on another day is another event, and so is one
        # dated by the event it follows ("Following the talks, the presidents signed a
        # declaration" is not the border treaty they signed a year before)
        return False
    if not reference and _another_stop(t, c):
        return False
    place_checked = c.location_explicit and t.location and (t.location_explicit or reference)
    if place_checked and fold(t.location or "").lower() != fold(c.location or "").lower():
        return False
    if t.key and c.key and _named_apart(t.key, c.key):
        return False
    if t.body in _NAMED_BODIES and c.body in _NAMED_BODIES and t.body != c.body:
        return False  # a commission and a business forum on one day are two forums
    if not reference and _summit_and_sitting(t.body, c.body):
        return False  # ("The Council of Heads of State met ... The summit was attended by": one)
    sides_t, sides_c = sides(t), sides(c)
    if t.type == et.FORUM or not sides_t or not sides_c:
        return True
    if reference:
        if home is not None and any(p.country_iso3 is None for p in t.people):
            sides_t.add(home)
        # "The pact was also signed by Guyana's President": a side that joined the event told
        if sides_t & sides_c or _ALSO.search(c.evidence) is not None or _attends_hosted(t, c):
            return True
        # "Danish Foreign Minister X joined the meeting (by video link)": a side that joined it
        return _JOINED_THE_EVENT.search(c.evidence) is not None
    return sides_c <= sides_t


#: A mention whose subject, the event, was attended: "The meeting was (also) attended by".
_ATTENDED_PASSIVE: Final = re.compile(rf"(?i){ATTENDED_BY}")


def _summit_and_sitting(body_t: str | None, body_c: str | None) -> bool:
    """Whether one event is a summit and the other the sitting of a joint body ("X, who is in
    Astana for the Central Asia-Azerbaijan summit. Kazakhstan and Egypt reconvened their
    intergovernmental commission on Thursday"): leaders' summit and a commission's session are
    two forums, whatever the day (the commission had been folded into the summit, a forum of
    four countries). A definite reference ("The summit was attended by" after a council of
    heads of state met) may still name the sitting told before."""
    bodies = {body_t, body_c}
    return bool(bodies & et.SUMMIT_WORDS) and bool(bodies & _JOINT_BODIES)


#: Bodies that sit in sessions of their own: a commission, committee, council or board.
_JOINT_BODIES: Final = et.NEGOTIATING_BODIES | et.word_set("board")


def _attends_hosted(t: Draft, c: Draft) -> bool:
    """Whether c, "The meeting was attended by A and B" told right after t, lists the guests of
    t, an event told with its host's side alone ("The NB8 ministers gathered in Tallinn,
    hosted by Estonian Minister X. The meeting was attended by Finnish ... and Latvian ..."):
    one side is no engagement yet, so the guests of other countries complete it (they had made
    an event of their own, without the host or the place)."""
    if len(sides(t)) != 1 or c.sentence - t.updated > MAX_CONTINUATION_GAP:
        return False
    return "attended" in c.evidence and _ATTENDED_PASSIVE.search(c.evidence) is not None


def _named_apart(t_key: str, c_key: str) -> bool:
    """Whether two events' name words tell them apart: none shared, or, where both have words
    besides the body's head noun, none of those ("the World Food Forum" is not "the
    Italy-Mozambique Business Forum", though both are a forum)."""
    t_words, c_words = set(t_key.split()), set(c_key.split())
    if not t_words & c_words:
        return True
    t_names, c_names = t_words - et.FORUM_BODIES, c_words - et.FORUM_BODIES
    return bool(t_names) and bool(c_names) and not t_names & c_names


def _another_stop(t: Draft, c: Draft) -> bool:
    """Whether c falls on another day and in another place than t, stated or carried on from
    the story ("In Jakarta on Friday, X met Y. ... she flew to Manila on Sunday. ... He also
    hosted a lunch"): the story has moved on to another stop, and c repeats no event of an
    earlier one. (A visit told again at a later stop is the trip's, `_later_stop`.)"""
    if c.type == et.VISIT:
        return False
    if t.date is None or c.date is None or t.date == c.date or not t.location or not c.location:
        return False
    return fold(t.location).lower() != fold(c.location).lower()


#: A subject that took part in the event a reference names: "joined the meeting", "attended the
#: talks", "took part in the session" (a side of its own joining the event told before).
_JOINED_THE_EVENT: Final = re.compile(
    r"(?i)\b(?:joined|attended|(?:took\s+part|participated)\s+in)\s+the\s+(?:[\w-]+\s+)?"
    rf"(?:{'|'.join(sorted(et.JOINED_EVENT_NOUNS))})\b"
)
#: "also" in a sentence that refers to an event told before: it adds someone to that event.
_ALSO: Final = re.compile(r"\balso\b", re.IGNORECASE)


def _date_signings_told_with(doc: DocumentContext, target: Draft, guessed: date | None) -> None:
    """A later sentence states the day of an event ("The meeting, held on June 9, 2025, ..."):
    a signing told in the event's own sentence with no day of its own ("received X, with whom
    he signed a memorandum") had the same guess, and was made at it, on that day."""
    for other in doc.candidates:
        if (
            other is not target
            and other.type == et.AGREEMENT
            and other.sentence == target.sentence
            and not other.date_explicit
            and other.date == guessed
        ):
            other.date = target.date


def _told_before(doc: DocumentContext, c: Draft) -> Draft | None:
    """The latest engagement of c's type told before that shares a side with it."""
    own = sides(c)
    return next((t for t in reversed(doc.candidates) if t.type == c.type and own & sides(t)), None)


def _in_quotation(text: str, start: int, trigger: int) -> bool:
    """Whether a sentence at offset `start` opens inside a quotation opened earlier in its
    paragraph and its trigger at `trigger` is still inside one: its "today" is the day the
    words were spoken, its places may be wishes ("I look forward to visiting Abuja"). The
    attribution after the quotation closes is the writer's own ('... ease of movement," said
    X, who also met Y': a meeting of its own, not the one the quotation recalls)."""
    return _quote_open(text, start) and _quote_open(text, trigger)


def _quote_open(text: str, offset: int) -> bool:
    """Whether a quotation opened earlier in its paragraph is still open at `offset`."""
    paragraph = text.rfind("\n\n", 0, offset) + 1
    before = text[paragraph:offset]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _merge(t: Draft, c: Draft, quoted: bool = False) -> None:
    """Add what c says to t: people, organizations, sides, a stated date or place, topics, nouns.
    A quotation (`quoted`) adds people and words, not the day or the place of what it recalls."""
    t.people = unique_people(t.people + c.people)
    t.orgs = unique_orgs(t.orgs + c.orgs)
    t.countries |= c.countries
    t.unnamed_sides |= c.unnamed_sides
    if not quoted and c.date_explicit and c.date is not None and not t.date_explicit:
        t.date, t.date_explicit = c.date, True
    elif not quoted and c.date_anchored and not t.date_explicit and not t.date_anchored:
        t.date, t.date_anchored = c.date, True
    # a place c only inherited from the event told before it comes with that event's day: on
    # another day than t's, it is not t's place ("Following the talks" after a treaty recalled
    # as "signed ... in Bishkek on March 13, 2025" had put today's talks in Bishkek)
    inherited_elsewhere = not c.location_explicit and c.date != t.date
    if (
        c.location
        and not quoted
        and not inherited_elsewhere
        and (t.location is None or (c.location_explicit and not t.location_explicit))
    ):
        t.location, t.location_explicit = c.location, c.location_explicit
    t.host = t.host or c.host
    t.topics += [topic for topic in c.topics if topic not in t.topics]
    t.lemmas |= c.lemmas
    t.key = t.key or c.key
    t.named = t.named or c.named
    t.negotiation = t.negotiation or c.negotiation
    # "Ministers of A, B and C met ... The meeting was chaired by X": the sentence that refers
    # back tells how the event told before was run
    t.chaired = t.chaired or c.chaired or told_chaired(c.evidence)
    t.updated = c.sentence
    t.position = c.position


def _vaguely_dated_lead(doc: DocumentContext, t: Draft, c: Draft) -> bool:
    """Whether t was told first with a time that gives no day ("last week", "earlier this
    month") and c, its twin told after it, has the day of an event the story told with its day
    after t (the talks c followed): that day is t's, which the vague time only summed up. A
    day c took from an event told before t ("The document was inked by ..." after an earlier
    item's meeting) is no day of t's."""
    return (
        t.date is None
        and t.date_explicit
        and not (t.of_a_past_year or t.background or t.in_passing)
        and c.date is not None
        and not c.date_explicit
        and any(o.date == c.date and o.date_explicit and o.sentence > t.sentence for o in doc.candidates)
    )


def _representatives(tokens: Tokens) -> list[tuple[range, str | None]]:
    """The tokens of the agent of "<Country> was represented (at the summit) by X and Y" or
    "The Kenyan side was represented by X", up to the next comma or the end (not ", after
    President Z chose to skip it"), with the country the subject names, then those of each
    side told after it with the verb left out ("..., the Kazakh side - by Y", "..., and Kazakhstan
    by Y"); none when no side "was represented by" anyone ("represented a milestone" tells no
    one; "The joint venture was represented by its manager" names no side of the event)."""
    lowers = tokens.lowers[: tokens.n]
    for k in range(2, len(lowers)):
        aux = et.represented_auxiliary(lowers, k)
        if aux is None:
            continue
        side_noun = lowers[aux - 1] in _SIDE_NOUNS
        country = tokens.country_ending_at(aux - side_noun, MENTION_KINDS)
        if country is None and not side_noun:
            continue
        by = next((j for j in range(k + 1, min(len(lowers), k + 8)) if lowers[j] == "by"), None)
        found: list[tuple[range, str | None]] = []
        while by is not None:
            end = next((j for j in range(by + 1, len(lowers)) if _agent_ends(tokens, j)), len(lowers))
            found.append((range(by + 1, end), country))
            by, country = _gapped_side(tokens, end + 1) if end < len(lowers) else (None, None)
        return found
    return []


def _agent_ends(tokens: Tokens, j: int) -> bool:
    """Whether token j ends the agent of "was represented by": a comma, a semicolon, the full
    stop, or a bare "and" that opens the next side told with its verb left out ("by X and the
    Pakistani side by Y": Y is the other side's, not a second representative of the first)."""
    lower = tokens.lowers[j]
    return lower in (",", ";", ".") or (lower == "and" and _gapped_side(tokens, j)[0] is not None)


def _gapped_side(tokens: Tokens, j: int) -> tuple[int | None, str | None]:
    """The "by" of a side told with its verb left out after a comma, and that side's country:
    "(, and) the Kazakh side - by Y", "(, and) Kazakhstan by Y"; (None, None) when none is."""
    lowers = tokens.lowers
    j += lowers[j] == "and"
    j += lowers[j] == "the"
    mention = tokens.countries.get(j)
    if mention is None:
        return None, None
    k = mention[0]
    k += lowers[k] in _SIDE_NOUNS
    k += lowers[k] in ("-", "–", "—", ",")
    return (k, mention[1].iso3) if lowers[k] == "by" else (None, None)


def continuation(doc: DocumentContext, a: AnalysedSentence, topics_only: bool = False) -> None:
    """A sentence without a trigger that adds to the current engagement: topics of "The
    sides discussed ...", participants of "... were discussed with the leadership of X",
    "X became familiar with ...", "The delegation included representatives of Y", and
    representatives of an organization that already takes part; `topics_only`: the sentence's
    events were told in passing, so its people are theirs and only its topics carry over."""
    if not doc.candidates:
        return
    tokens = a.tokens
    lowers = tokens.lowers[: tokens.n]
    current = _current(doc, a)
    if current is None or _plans_another_event(a, current) or _tells_only_a_planned_event(a):
        return
    topics = topic_phrases(tokens, a.clauses.topic - a.clauses.backdrop)
    current.topics += [t for t in topics if t not in current.topics]
    if topics_only or _another_occasion(a, current):
        return  # (what it is about may be the current event's: "reviewed the preparations for ...")
    if _has_negation(lowers) and _participation_denied(lowers):
        return  # "X was not part of the delegation": X took no part in the event told before
    usable = frozenset(range(tokens.n)) - a.clauses.topic - a.clauses.excluded
    if "briefed" in lowers or "briefing" in lowers:
        usable = frozenset(i for i in usable if i < _briefed_matter(a))
    member = "delegation" in lowers and _member_of_delegation(lowers)  # ("who was part of the delegation")
    delegation = "delegation" in lowers and (not _DELEGATION_VERBS.isdisjoint(lowers) or member)
    delegation = delegation or _side_included(lowers)  # "The Emirati side included representatives of Y"
    took_part = ("part" in lowers and not _TOOK.isdisjoint(lowers)) or _participants_listed(lowers)
    took_part = took_part or _envoys_of_the_event_listed(lowers, current)
    interaction = (
        (
            not _CONTINUATION_WORDS.isdisjoint(lowers)
            and any(
                w in _CONTINUATION_WORDS and not _presents_something(lowers, k) for k, w in enumerate(lowers)
            )
        )
        or took_part
        or _discussed_with(tokens)
    )
    # "X and Y also addressed the participants", "Speaking at the opening, X said ...": who
    # spoke at a forum took part in it
    interaction = interaction or (current.type == et.FORUM and not _SPEAKING_AT.isdisjoint(lowers))
    # "Executive Secretary X presented the report of the Council of Ministers": who put a paper
    # or a speech before the forum took part in it, as a speaker did
    presented = _presented_to_sitting(lowers) if current.type == et.FORUM and not interaction else None
    interaction = interaction or presented is not None
    # "The co-chairs of the commission are X and Y" after its session: who chaired it took part
    interaction = interaction or (current.type == et.FORUM and not _CO_CHAIRS.isdisjoint(lowers))
    # "X led the Nepali side, while the Bangladeshi delegation was headed by Y"
    interaction = interaction or (
        not et.LEADING_VERBS.isdisjoint(lowers) and not _SIDE_NOUNS.isdisjoint(lowers)
    )
    people = [
        p
        for first, _, p in a.people
        if first in usable
        and (
            p.title
            or p.organization
            or p.counterpart
            or _led_by(lowers, first)
            or _of_country_possessive(a, p)
            or (delegation and p.name_start > p.start)
        )
    ]  # ("headed by Mullah X", "Brazil's Lula also attended", "and her Ivorian counterpart Y",
    # and a member styled as one, "The Kenyan side included Dr. X and Mrs. Y": a courtesy word
    # before the name, with no title, had left the members out)
    orgs = [
        Org(o.name, o.country_iso3 or org_country(doc, o.name))
        for first, _, o in a.orgs
        if first in usable and o.kind in PARTICIPANT_ORG_KINDS and (presented is None or first < presented)
    ]  # (a body after "presented" is the paper's: "the report of the Council of Ministers")
    represented = _representatives(tokens) if not (delegation or interaction) else []
    if represented and len(sides(current) | {side for _, side in represented if side}) >= 2:
        # "Argentina was represented by Foreign Minister X": X took part for a side of the event
        # told before, which has two sides with those the sentence names (not the lone side of a
        # part of it); a side whose principal's country is still the story's home counts too
        # ("Speaker X met Tajik Chairman Y. The Kyrgyz side was represented by Z, ...")
        people = [
            replace(p, country_iso3=p.country_iso3 or side)
            for representatives, side in represented
            for first, _, p in a.people
            if p in people
            and (first in representatives or token_at(tokens.starts, p.start) in representatives)
        ]  # (a title's own comma ends no agent: "by Minister of Industry, Trade and Investment X")
        orgs = []
        interaction = True
    if delegation or interaction:
        if delegation:
            country = next((m.iso3 for i, m in a.countries if tokens.lowers[i + 1] in _SIDE_NOUNS), None)
            if country is None and _names_no_new_side(a, current) and "host" not in lowers:
                # "X met Y in Kampala. The delegation included Z": the delegation that came
                # is the visiting side's, so Z is of the one side other than the venue's; so
                # too when the sentence names only sides the event has ("included Z, founder
                # of a university, and W, Malaysia's former minister": Z had taken the host's)
                country = _visiting_side(current)
                people = [replace(p, country_iso3=p.country_iso3 or country) for p in people]
            orgs = [Org(o.name, o.country or country) for o in orgs]
            if member:
                people = _with_delegation_leader(doc, current, people, country)
        _add_participants(current, _with_party(doc, current, a, people), orgs, a.index)
        return
    if current.unnamed_sides and a.index - current.updated <= 1:
        # "Kenya's Trade Cabinet Secretary hosted ... The Cabinet Secretary, Rebecca Miano,
        # said ...": the name of an office the event told without one
        named = [(p, _side_of_office(current, p.title)) for p in people if p.title]
        found = [replace(p, country_iso3=p.country_iso3 or side) for p, side in named if side is not None]
        if len(found) == 1:
            _add_participants(current, found, [], a.index)
            return
    known_orgs = [o.name for o in current.orgs]
    representatives = [
        p for p in people if p.organization and any(same_org(p.organization, name) for name in known_orgs)
    ]
    if representatives and a.index - current.updated <= 1:
        _add_participants(current, representatives, [], a.index)


#: Tokens from "briefed" to the "on"/"about" of its matter: "briefed his Angolan counterpart on".
_BRIEFED_REACH: Final = 6


def _briefed_matter(a: AnalysedSentence) -> int:
    """Where the matter of a briefing opens ("X briefed his counterpart | on the reforms of
    President Y"), or past the sentence: who that matter names is what the briefing was about,
    no participant of the event (Y had joined the call). "on" before a day is no matter."""
    lowers = a.tokens.lowers
    dated = {i for i, _ in a.date_tokens}
    for k, lower in enumerate(lowers[: a.tokens.n]):
        if lower not in ("briefed", "briefing"):
            continue
        for j in range(k + 1, min(a.tokens.n, k + _BRIEFED_REACH + 1)):
            if lowers[j] in ("on", "about") and dated.isdisjoint((j, j + 1)):
                return j
            if lowers[j] in (",", ";", "."):
                break
    return a.tokens.n


def _presented_to_sitting(lowers: list[str]) -> int | None:
    """The token of the verb when the sentence presents, delivers or reads a report, a speech
    or a communique ("X presented the report on regional integration"), what a sitting's
    speakers do, else None; not a product or a plan ("presented a new tractor")."""
    if _PRESENTING.isdisjoint(lowers):
        return None
    for k, lower in enumerate(lowers):
        if lower in _PRESENTING and not _PRESENTED_THINGS.isdisjoint(
            lowers[k + 1 : k + 1 + _PRESENTED_REACH]
        ):
            return k
    return None


def list_item(doc: DocumentContext, a: AnalysedSentence, opened: int) -> None:
    """A line of a list that the sentence `opened` introduced with a colon ("The following
    heads of state attended the session:" / "- H.E. X, President of the Republic of Y;"): who
    it names with a title or body took part in the engagement that sentence told or referred
    to, as when the list runs on after the colon in one sentence."""
    owner = next((c for c in reversed(doc.candidates) if c.updated >= opened), None)
    if owner is None:
        return
    people = [p for _, _, p in a.people if p.title or p.organization]
    if people:
        _add_participants(owner, people, [], a.index)


def _names_no_new_side(a: AnalysedSentence, current: Draft) -> bool:
    """Whether every country the sentence names is already a side of `current` (or it names
    none): the sentence then tells more of the event's own sides, no other party."""
    return all(m.iso3 in sides(current) for _, m in a.countries)


def _visiting_side(current: Draft) -> str | None:
    """The one side of `current` other than the country of its venue, when the venue's country
    is a side too (a delegation "came" to talks in Kampala from the side that is not Uganda);
    else None."""
    host = city_country(current.location) if current.location else None
    if host is None:
        return None
    all_sides = sides(current)
    visitors = all_sides - {host}
    return visitors.pop() if host in all_sides and len(visitors) == 1 else None


def _another_occasion(a: AnalysedSentence, current: Draft) -> bool:
    """Whether the sentence tells its own day and place, both other than the current event's
    ("X, Y and Z also attended the Golden Boy gala in Turin on Monday" after a meeting in Lisbon
    on Wednesday), or opens on a day other than the current event's (`_opening_day`): who it
    names was at that occasion, not at the event told before."""
    days = {d.date for _, d in a.date_tokens if d.date is not None}
    places = {city for _, city, _ in a.places}
    if days and places and current.date not in days and current.location not in places:
        return True
    if a.tokens.lowers[0] in _OTHER_SCENE_OPENERS:
        return True  # "Earlier, Y was accompanied by Z at a rally": Z was not at the talks
    opening = _opening_day(a)
    return opening is not None and current.date is not None and opening != current.date


#: Adverbs that open a sentence on a scene other than the one told last ("Earlier, ...",
#: "Separately, ...", "Meanwhile, ..."): whoever it names was not at that event.
_OTHER_SCENE_OPENERS: Final = et.word_set(
    "earlier later previously meanwhile separately afterwards subsequently"
)
#: Words of an opening phrase ahead of its day: prepositions and adverbs of time ("Late on
#: Friday", "Earlier on Wednesday", "On September 23", "The day before").
_DAY_OPENERS: Final = et.word_set("on in at by the earlier later late early also then and but")


def _opening_day(a: AnalysedSentence) -> date | None:
    """The day a sentence opens on, in a phrase of prepositions and adverbs of time ("On
    Friday, the minister attended a working dinner hosted by X" after Saturday's talks): a scene
    of its own, whose guests were not at the event told before. (A quotation's "today" in
    '"That ends today," X said during the ceremony' is the speaker's, not the writer's scene.)"""
    lowers = a.tokens.lowers
    return next(
        (
            d.date
            for i, d in a.date_tokens
            if d.date is not None and all(w in _DAY_OPENERS for w in lowers[:i])
        ),
        None,
    )


def _plans_another_event(a: AnalysedSentence, current: Draft) -> bool:
    """Whether the sentence's main clause tells an event still to come with people or
    countries the current one does not have ("Lee also plans to speak by phone with the Prime
    Minister of Canada to discuss the G7 session"): what it names is that event's. A plan
    with no one new may be the current event told ahead ("the talks will focus on trade"), and
    a plan in a relative clause leaves the main clause's news ("The delegation included
    representatives of Sumitomo, who are expected to visit the plant")."""
    main, told = _main_clause_triggers(a)
    if main is None or not told or not is_future(a, main):
        return False
    # who the event is with, after its word (not who says so: "Spokesperson X says the talks
    # will focus on trade")
    start = min(t.token for t in told)
    usable = frozenset(range(start, a.tokens.n)) - a.clauses.topic - a.clauses.excluded
    known = {p.name for p in current.people}
    return any(first in usable and p.name not in known for first, _, p in a.people) or any(
        i in usable and m.iso3 not in current.countries for i, m in a.countries
    )


def _tells_only_a_planned_event(a: AnalysedSentence) -> bool:
    """Whether every event word of the sentence's main clause is an indefinite one still to come
    or called off ("talks on a free trade agreement are expected to resume this year"): what it
    names is that event's, not the one told before ("the talks will focus on trade" may be that
    one); a plan in a relative clause leaves the main clause's news (see `_plans_another_event`)."""
    _, told = _main_clause_triggers(a)
    return bool(told) and all(t.negated and not t.definite for t in told)


def _main_clause_triggers(a: AnalysedSentence) -> tuple[Unit | None, list[Trigger]]:
    """The sentence's main clause (the first unit's) and its event words: what a plan is read
    from, a relative clause's plan leaving the main clause's news."""
    main = main_unit(units_of(a)[0]) if a.clauses.triggers else None
    return main, [t for t in a.clauses.triggers if main is not None and t.segment in main.segments]


def name_unnamed_side(doc: DocumentContext, a: AnalysedSentence) -> None:
    """ "The President of Laos arrived in Minsk on a state visit today. Thongloun Sisoulith was
    welcomed at the airport by ...": the event told in the sentence before held a side by its
    office alone, and this sentence opens on one person of that side's country with no title
    of their own, the holder the office was written for; they join that event with its office.
    (The visit had had no one.) A titled person is someone else of that side ("Foreign
    Minister X accompanied him"), and one not opening the sentence may be anyone it tells of."""
    current = doc.candidates[-1] if doc.candidates else None
    if current is None or not current.unnamed_sides or a.index - current.updated != 1:
        return
    subject = _opening_person(a)
    if subject is None or subject.title or subject.country_iso3 not in current.unnamed_sides:
        return
    if sum(p.country_iso3 == subject.country_iso3 and not p.title for _, _, p in a.people) > 1:
        return  # ("X and Y, two Lao ministers, ..."): which of them held the office is not told
    side = subject.country_iso3
    office = _office_of_side(current, side)
    # (the office is theirs wherever the story names them again: the registry keeps it)
    holder = add_person(doc, replace(subject, title=office)) if office is not None else subject
    _add_participants(current, [holder], [], a.index)
    current.unnamed_sides.discard(side)


def _opening_person(a: AnalysedSentence) -> PersonMention | None:
    """The person a sentence opens on, at its first word or after an opening phrase closed by
    a comma ("At the airport, X was welcomed ..."), with nobody named before."""
    if not a.people:
        return None
    first, _, person = min(a.people, key=lambda found: found[0])
    lowers = a.tokens.lowers
    opened = first == 0 or (
        lowers[first - 1] == ","
        and first - 1 <= _MAX_OPENING_PHRASE
        and "," not in lowers[: first - 1]
        and lowers[0] in _DAY_OPENERS
    )
    return person if opened else None


#: Tokens of a phrase that opens a sentence before its subject ("At the National Airport,").
_MAX_OPENING_PHRASE: Final = 6


def _office_of_side(current: Draft, side: str) -> str | None:
    """The office the event's sentence names the side `side` by ("The President of Laos"), as
    written; None for a role that is no office ("the Lao leader", "the Kenyan guest")."""
    offices = [t.title for t in find_titles(current.evidence) if t.country_iso3 == side]
    office = offices[0] if len(offices) == 1 else None
    return office if office is not None and office.lower() not in _ROLES_NO_OFFICE else None


#: Role nouns a side may be told by that name no office of its holder.
_ROLES_NO_OFFICE: Final = et.word_set("leader guest visitor official statesman stateswoman side delegation")


def _side_of_office(current: Draft, title: str) -> str | None:
    """The side whose office the event told without a name ("Kenya's Trade Cabinet Secretary
    hosted ..."), when `title` is that office: the country written just before it."""
    at = current.evidence.lower().find(title.lower())
    if at < 0:
        return None
    before = [
        m for m in find_countries(current.evidence[max(0, at - 30) : at]) if m.kind in ("name", "demonym")
    ]
    side = before[-1].iso3 if before else None
    return side if side in current.unnamed_sides else None


def _of_country_possessive(a: AnalysedSentence, person: PersonMention) -> bool:
    """Whether a country's possessive stands right before the name ("Paraguay's Santiago Peña
    and Bolivia's Luis Arce also attended"): wire copy writes a leader or envoy that way in
    place of a title, so the name speaks for that country as a titled one would (the untitled
    names had been dropped from the summit told before)."""
    text = a.sentence.text
    return any(
        m.kind == "name"
        and m.iso3 == person.country_iso3
        and (text[m.end : person.start] in ("'s ", "’s ") or text[person.end : m.start] == " of ")
        for _, m in a.countries
    )


#: Words that make someone one of a delegation: "part of the delegation", "a member of the
#: delegation", "members of his delegation".
_MEMBERSHIP_WORDS: Final = et.word_set("part member members")
#: Words between "of" and "delegation": "of the Pakistani business delegation".
_MAX_DELEGATION_MODIFIERS: Final = 3


#: What a denial says someone was not or did not do at an event: "was not part of the
#: delegation", "is not a member of", "was not among those present", "did not join/attend/
#: accompany", "did not take part", "was not included in".
_PARTAKING_WORDS: Final = _MEMBERSHIP_WORDS | et.word_set(
    "among present included join joined attend attended accompany accompanied travel take"
)
#: Words a denial may pass before the word of taking part: "was not a member", "was not formally part".
_DENIAL_FILLERS: Final = et.word_set("a an the also formally officially")


def _participation_denied(lowers: list[str]) -> bool:
    """Whether the sentence denies that someone took part ("Adviser X was not part of the
    delegation", "Y did not join the talks", "Z was never a member of the team"): who is named
    was not at the event told before, though the words of membership are there (they had been
    added to it, and the extra participant broke the event). The caller tests for a negation
    word first (`_has_negation`)."""
    for k in range(len(lowers)):
        j = negated_predicate_end(lowers, k)
        if j is not None:
            while j < len(lowers) and lowers[j] in _DENIAL_FILLERS:
                j += 1
            if j < len(lowers) and lowers[j] in _PARTAKING_WORDS:
                return True
    return False


def _has_negation(lowers: list[str]) -> bool:
    """The cheap test before `_participation_denied`: a negation among the sentence's tokens
    ("not", "never", "wasn't")."""
    return not et.NEGATIONS.isdisjoint(lowers) or not NEGATED_AUXILIARIES.isdisjoint(lowers)


#: Nouns of those at an event, and the verbs that list them: "Participants included X",
#: "Among the participants were X", "The attendees were X and Y".
_ATTENDEE_NOUNS: Final = et.word_set("participants attendees participant attendee")
_LISTING_VERBS: Final = et.word_set("were was are is included include includes")


def _participants_listed(lowers: list[str]) -> bool:
    """Whether the sentence lists an event's participants with the noun right before its
    listing verb ("Participants included X and Y", "Among the participants were X and Y", "The
    attendees were X"), as "Taking part were X" does. "The participants discussed ..." lists no
    one."""
    if _ATTENDEE_NOUNS.isdisjoint(lowers):
        return False  # most sentences, without a loop over tokens
    return any(w in _ATTENDEE_NOUNS and lowers[i + 1] in _LISTING_VERBS for i, w in enumerate(lowers[:-1]))


#: Plural nouns of envoys an event tells without naming them ("received the letters of credence
#: of five new ambassadors", "met the envoys of the Gulf states"), "commissioners" of "High
#: Commissioners" too.
_ENVOY_GROUP_NOUNS: Final = et.word_set("ambassadors envoys commissioners diplomats")
#: What "They" or "The (new) envoys" list them with: "They are X of A, Y of B".
_GROUP_LISTING_VERBS: Final = et.word_set("are were include included")
#: Words between "The" and the envoys' noun in such a listing: "The new envoys are ...".
_GROUP_MODIFIERS: Final = et.word_set("new newly appointed accredited five four three six seven two")
_WORD: Final = re.compile(r"[a-z]+")


def _envoys_of_the_event_listed(lowers: list[str], current: Draft) -> bool:
    """Whether the sentence opens on "They are", "They were" or "The (new) envoys are/include"
    and the event told before it was with envoys it did not name ("President X received the
    letters of credence of five new ambassadors. They are Ambassador Y of Brazil, ..."): those
    it lists are the envoys received, each a side (the reception had had the host alone, and
    been lost). "They are" after an event of named people only ("X met Y. They are old friends")
    lists no one new, and "The envoys were" after talks with no envoys adds no one."""
    if len(lowers) < 3:
        return False
    if lowers[0] == "they":
        verb = 1
    elif lowers[0] == "the":
        verb = 1
        while verb < len(lowers) - 1 and lowers[verb] in _GROUP_MODIFIERS:
            verb += 1
        if lowers[verb] not in _ENVOY_GROUP_NOUNS:
            return False
        verb += 1
    else:
        return False
    if verb >= len(lowers) or lowers[verb] not in _GROUP_LISTING_VERBS:
        return False
    return not _ENVOY_GROUP_NOUNS.isdisjoint(_WORD.findall(current.evidence.lower()))


def _side_included(lowers: list[str]) -> bool:
    """Whether a side, a team or a delegation "included" or "comprised" whom the sentence
    names ("The Canadian side included representatives of Air Canada and WestJet"): they took
    part with it, as a delegation's members do (the companies had been lost)."""
    if _SIDE_NOUNS.isdisjoint(lowers):
        return False
    return any(w in _DELEGATION_VERBS and lowers[i - 1] in _SIDE_NOUNS for i, w in enumerate(lowers) if i)


def _member_of_delegation(lowers: list[str]) -> bool:
    """Whether the sentence makes someone one of a delegation ("X, who was part of the
    delegation, said ...", "Y, a member of the business delegation, said ..."): who is in the
    delegation took part in the event it went to, as one it "included" did."""
    for i, lower in enumerate(lowers):
        if lower == "delegation":
            before = lowers[max(0, i - _MAX_DELEGATION_MODIFIERS - 2) : i]
            of = len(before) - 1 - before[::-1].index("of") if "of" in before else -1
            if of > 0 and before[of - 1] in _MEMBERSHIP_WORDS:
                return True
    return False


def _with_delegation_leader(
    doc: DocumentContext, current: Draft, people: list[PersonMention], country: str | None
) -> list[PersonMention]:
    """Members of "the delegation" of no stated country are of the delegation's country (a
    demonym before "delegation"), else of the party of the one who led it to the event: its
    first-named participant who is not of the place's country, the delegation having come to
    the place ("X headed a trade mission to Karachi, where she met Pakistan's Y. Z, who was part
    of the delegation, said ...": Z is X's, not the host's)."""
    host = city_country(current.location) if current.location else None
    leader, leader_country = (
        next(((p, told) for p in current.people if (told := known_country(doc, p)) != host), (None, None))
        if host
        else (None, None)
    )
    lead = country or leader_country
    if lead is not None:
        return [p if p.country_iso3 else replace(p, country_iso3=lead) for p in people]
    if leader is None:
        return people
    members = {p.country_iso3 or org_country(doc, p.organization) for p in people}
    if len(members) == 1 and (member := next(iter(members))) is not None:
        # "Y of the Pakistan Business Council, who was part of the delegation": so is its leader
        doc.settled.setdefault(leader.name, member)
    doc.companions.update((p.name, leader.name) for p in people if not p.country_iso3)
    return people


def _led_by(lowers: list[str], first: int) -> bool:
    """Whether the name at token `first` follows "led by" or "headed by" (over "the")."""
    k = first - 1 - (lowers[first - 1] == "the")
    return lowers[k] == "by" and lowers[k - 1] in et.LEADING_VERBS


def _with_party(
    doc: DocumentContext, current: Draft, a: AnalysedSentence, people: list[PersonMention]
) -> list[PersonMention]:
    """ "Fidan was accompanied by Defence Minister X and intelligence chief Y": who accompanies
    a participant named before "accompanied by" (or "joined by": "X was joined by Sen. Y and
    Rep. Z") is of that participant's country; and so is one named before an active
    "accompanied" ("Deputy Minister X, who accompanied Y, said")."""
    lowers = a.tokens.lowers
    by = party_verb_end(a.tokens)
    if by is None:
        return people
    if lowers[by] != "by":
        found = {p.name: p for p in accompanying(doc, a, people, by)}
        return [found.get(p.name, p) for p in people]
    known = {key: p.country_iso3 for p in current.people if p.country_iso3 for key in name_key(p.name)}
    named = [known[word] for word in name_key(" ".join(a.tokens.words[: by - 1])) if word in known]
    lead = named[0] if named else next((p.country_iso3 for first, _, p in a.people if first < by), None)
    if lead is None and not PERSONAL_SUBJECT_PRONOUNS.isdisjoint(lowers[: by - 2]):
        # "He was accompanied by Foreign Minister X": the one told before, not the host
        subject = previous_subject(doc, a)
        lead = known_country(doc, subject) if subject is not None else None
    if lead is None:
        lead = _titled_subject_country(current, lowers[: by - 2])
    if lead is None:
        return people
    return [replace(p, country_iso3=lead) if p.country_iso3 is None else p for p in people]


def _titled_subject_country(current: Draft, before: list[str]) -> str | None:
    """The country of the one participant of `current` whose office a definite subject before
    "was accompanied" names by its title alone ("The President was accompanied by Foreign
    Minister X", after "Pope Leo received the President of Ghana, Y"): the President's, not
    the host's, which a default had given X; None when no one, or more than one, holds it."""
    if len(before) < 2 or before[0] != "the":
        return None
    verb = next((k for k, word in enumerate(before) if word in ("was", "were")), len(before))
    office = " ".join(before[1:verb])
    holders = {p.country_iso3 for p in current.people if p.country_iso3 and office_key(p.title) == office}
    return holders.pop() if len(holders) == 1 else None


def _current(doc: DocumentContext, a: AnalysedSentence) -> Draft | None:
    """The engagement a trigger-less sentence can add to: the latest one told with at most
    `continuation_gap` sentences between it and this one (two; six for "Also present were"; one
    more when the sentence names signatories),
    in the order the text tells them (a sentence's events are drafted
    clause by clause, so "X, who arrived on Sunday, met Y. The two discussed ..." drafts the
    talks before the arrival, though the talks are told last); a delegation or a discussion
    belongs to a meeting, not a signing."""
    lowers = a.tokens.lowers[: a.tokens.n]
    consult_only = (
        "delegation" in lowers
        or not et.TOPIC_VERBS.isdisjoint(lowers)
        or not et.FOCUS_NOUNS.isdisjoint(lowers)
    )
    consult_only = consult_only or _resolved_to_go_on(lowers)
    # "Signatories: ..." after a numbered document's title ("1." / "Memorandum of ..."): a list
    # item's number and title stand between it and the signing
    signatories = not _SIGNERS_WORDS.isdisjoint(lowers)
    between = continuation_gap(a.sentence.text) + (1 if signatories else 0)
    trip = _trip_accompanied(doc, a, between)
    reach = between + 1  # as a distance of sentence indexes: the sentence right after is 1 away
    if trip is not None:
        return trip
    escorted = _held_by_accompanied_subject(doc, a, reach)
    if escorted is not None:
        return escorted
    held = _held_by_its_subjects(doc, a, _ATTENDANCE_GAP + 1) if consult_only else None
    if held is not None:
        return held
    pair = _told_as_a_pair(a)
    # once, not per candidate: the loop below reads doc.candidates and adds none
    current_exists = any(not c.of_a_past_year for c in doc.candidates)
    for candidate in sorted(doc.candidates, key=_told_at, reverse=True):
        if candidate.in_passing:
            continue  # ("... agreements reached during X's visit. The sides also discussed ...")
        if candidate.of_a_past_year and current_exists:
            continue  # ("... recalled X's visit to Y in 2023. Special attention was paid to ...": the talks')
        if pair and len(sides(candidate)) > 2:
            continue  # "The two statesmen also discussed X": the pair's talks, not the summit's
        if (consult_only and candidate.type == et.AGREEMENT) or (
            signatories and candidate.type != et.AGREEMENT
        ):
            continue
        talks = _talks_beside_visit(doc, candidate) if consult_only else None
        if talks is not None:
            # "... talks during the President's State Visit. The Heads discussed ...": the talks';
            # the visit named again ("welcomed the Minister's visit") keeps them in reach
            if a.index - candidate.updated <= reach:
                return talks
            continue
        if a.index - candidate.updated <= reach or "delegation" in lowers:
            return candidate
        return None
    return None


def _held_by_its_subjects(doc: DocumentContext, a: AnalysedSentence, reach: int) -> Draft | None:
    """The latest engagement in reach that holds every known person a sentence opens on by
    surname ("Kagame and Ndayishimiye, whose border has been closed, discussed the crossings"
    after the summit told next to their talks): what they discussed is of their talks, not of
    the gathering told last, which they did not hold. Asked of a sentence of what was
    discussed (`_current`'s `consult_only`), which a signing does not hold; their names reach as
    far back as an elliptic "Also present were ..." does (`_ATTENDANCE_GAP`)."""
    if not a.tokens.caps[0]:
        return None  # (a subject by surname opens on a capital: the cheap test first)
    keys = [name_key(p.name) for p in surname_subjects(doc, a)]
    if not keys:
        return None
    for candidate in sorted(doc.candidates, key=_told_at, reverse=True):
        if a.index - candidate.updated > reach:
            return None
        if not candidate.in_passing and candidate.type != et.AGREEMENT and _holds_people(candidate, keys):
            return candidate
    return None


#: "agreed to continue", "agreed to keep", "agreed to resume": the sides resolving to go on
#: with something, which talks decide and a signing does not hold.
_RESOLVING_VERBS: Final = et.word_set("agreed agree agreeing")
_GOING_ON_VERBS: Final = et.word_set("continue keep resume pursue maintain step deepen intensify accelerate")


def _resolved_to_go_on(lowers: list[str]) -> bool:
    """Whether the sentence tells sides resolving to go on with something ("The two sides agreed
    to continue negotiations on a trade agreement"): what they resolved is of their talks, not of
    a signing told before (a company's MoU with Boeing had taken it as its topics)."""
    if _RESOLVING_VERBS.isdisjoint(lowers):
        return False
    return any(
        w in _RESOLVING_VERBS and lowers[i + 1] == "to" and lowers[i + 2] in _GOING_ON_VERBS
        for i, w in enumerate(lowers[:-2])
    )


def _held_by_accompanied_subject(doc: DocumentContext, a: AnalysedSentence, reach: int) -> Draft | None:
    """The latest engagement in reach that holds the person a "was accompanied by" sentence
    opens on by name ("Anwar was accompanied by Investment Minister X" after the two prime
    ministers' talks and then "Defence Minister Y earlier met Z"): who travelled with him was
    at his engagement, not at the one told last, which he did not hold. None when the subject
    is no known person (a title, a pronoun) or no engagement in reach holds him."""
    if "accompanied" not in a.sentence.text or not _ACCOMPANIED_SUBJECT.match(a.sentence.text):
        return None
    by = party_verb_end(a.tokens)
    if by is None:
        return None
    named = [p for first, _, p in a.people if first < by] or surname_subjects(doc, a)
    keys = [name_key(p.name) for p in named]
    if not keys:
        return None
    for candidate in sorted(doc.candidates, key=_told_at, reverse=True):
        if a.index - candidate.updated > reach:
            return None
        if not candidate.in_passing and _holds_people(candidate, keys):
            return candidate
    return None


def _told_as_a_pair(a: AnalysedSentence) -> bool:
    """Whether the sentence names its subjects as two ("the two statesmen", "both leaders"):
    the two sides of a meeting, never a summit of many. Read at the count words the sentence
    has already listed (a token past the last is padding, no noun)."""
    lowers = a.tokens.lowers
    return any(lowers[k] in ("two", "both") and lowers[k + 1] in et.COLLECTIVE_NOUNS for k in a.count_words)


def _trip_accompanied(doc: DocumentContext, a: AnalysedSentence, reach: int) -> Draft | None:
    """The visit a "The President was accompanied by A and B" sentence adds to when it comes
    paragraphs after the trip was told: those who travel with a guest are the trip's
    delegation, though a meeting of the trip was told after the visit (they had joined the
    talks and not the visit). Right after the talks, they were at the talks."""
    if "accompanied" not in a.sentence.text or not _ACCOMPANIED_SUBJECT.match(a.sentence.text):
        return None
    if any(a.index - c.updated <= MAX_CONTINUATION_GAP for c in doc.candidates):
        return None
    visits = [c for c in doc.candidates if c.type == et.VISIT and a.index - c.updated <= reach]
    return max(visits, key=_told_at) if visits else None


def _talks_beside_visit(doc: DocumentContext, c: Draft) -> Draft | None:
    """The meeting told in the main clause of the sentence whose anchor or relative clause told
    the visit c, if c is such a visit: what a later sentence says was discussed is that meeting's,
    though the visit was named again after it."""
    if c.type != et.VISIT or not c.background:
        return None
    return next(
        (
            o
            for o in doc.candidates
            if o.type == et.MEETING
            and (c.updated == o.updated or c.sentence == o.sentence)
            and not o.background
        ),
        None,
    )


def _told_at(c: Draft) -> tuple[int, int]:
    """Where the text last told a draft: the sentence that last added to it, then the offset
    of its trigger there (a merge moves both to the sentence that told it again)."""
    return c.updated, c.position


def _discussed_with(tokens: Tokens) -> bool:
    """ "X discussed Y with Z", "... were discussed with the leadership of Z"."""
    lowers = tokens.lowers
    if "with" not in lowers:
        return False
    return any(
        w.startswith("discuss") and "with" in lowers[i + 1 : i + 4] for i, w in enumerate(lowers[: tokens.n])
    )


def _add_participants(c: Draft, people: list[PersonMention], orgs: list[Org], sentence: int) -> None:
    """Add people and organizations that a sentence without a trigger names to an engagement."""
    if not people and not orgs:
        return
    c.people = unique_people(c.people + people)
    c.orgs = unique_orgs(c.orgs + orgs)
    c.updated = sentence


#: Days a state or working visit may last: two visits of one visitor to one host this close
#: are one trip told twice ("received X on Monday, in the first state visit ..." and "X
#: arrived on Sunday").
MAX_VISIT_DAYS: Final = 5


def one_visit_per_trip(doc: DocumentContext) -> None:
    """Merge the visits that tell one trip into the one dated by its first day."""
    visits = [c for c in doc.candidates if c.type == et.VISIT and c.date is not None]
    merged: set[int] = set()
    for i, one in enumerate(visits):
        for other in visits[i + 1 :]:
            if id(one) in merged or id(other) in merged or not _same_trip(one, other, filed_country(doc)):
                continue
            assert one.date is not None and other.date is not None  # _same_trip holds dated ones only
            first, second = (one, other) if one.date <= other.date else (other, one)
            first_date = first.date
            _merge(first, second)
            first.date = first_date
            merged.add(id(second))
    doc.candidates[:] = [c for c in doc.candidates if id(c) not in merged]


def _same_trip(a: Draft, b: Draft, filed_in: str | None) -> bool:
    """Whether two dated visits are one trip: the same host, a visitor in common, a few days apart.
    A visit told with no host or place of its own ("hosted X on Thursday during a working visit")
    is hosted in the country of the dateline (`filed_in`), as it is placed there; with no
    dateline it has no host, and is one trip with no other (nothing places it where the website is)."""
    if a.date is None or b.date is None:
        return False
    if a.date_explicit != b.date_explicit:
        # "returned home from a visit to Manila" (dated by the story) and "had arrived in
        # Manila on Tuesday": the stated day is the trip's, however long it lasted
        stated, inherited = (a.date, b.date) if a.date_explicit else (b.date, a.date)
        if stated > inherited:
            return False
    elif abs((a.date - b.date).days) > MAX_VISIT_DAYS:
        return False
    host_a = a.host or (city_country(a.location) if a.location else filed_in)
    host_b = b.host or (city_country(b.location) if b.location else filed_in)
    if host_a is None or host_a != host_b:
        return False
    keys_a = [name_key(p.name) for p in a.people]
    keys_b = [name_key(p.name) for p in b.people]
    return any(same_person(k, q) for k in keys_a for q in keys_b)
