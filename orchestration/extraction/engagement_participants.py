"""Who took part in an engagement, from the clause that tells it.

Participants are the people, organizations and countries named in the trigger's clause
outside its topic and attribution regions, plus what the grammar implies: the antecedent of
a relative clause ("Raisi, who arrived in Islamabad"), the main subject of a participle or
gerund ("..., holding talks with X", "after meeting X"), the person a pronoun or a bare
surname or title refers to ("he", "Tokayev", "the Prime Minister"), and the principals of
an engagement told before for collectives ("the two leaders", "the sides", "they").
Organizations are companies, associations and agencies in a party slot, never ministries,
statistics offices, news agencies, joint bodies or the forum itself; single brand names
("QazaqGaz and Gazprom signed") are confirmed by organizations.org_from_context.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from orchestration.extraction import engagement_types as et
from orchestration.extraction.companies import company_country
from orchestration.extraction.countries import ORIGIN_SUFFIXES, city_country, initials
from orchestration.extraction.engagement_clauses import (
    ANCHOR,
    EARLIER_ADJECTIVES,
    LINK_NOUNS,
    LINK_VERBS,
    MAIN,
    PARTICIPLE,
    PRESS_OFFICE_WORDS,
    RELATIVE,
    TRADERS,
    WITNESSED,
    Trigger,
    after_short_date,
    body_subject,
    creates_events,
    encloses_main,
    held_after_event,
    held_in_relative,
)
from orchestration.extraction.engagement_context import (
    COUNT_WORDS,
    PARTICIPANT_ORG_KINDS,
    PERSONAL_SUBJECT_PRONOUNS,
    AnalysedSentence,
    DocumentContext,
    Draft,
    Org,
    Unit,
    accompanying,
    add_org,
    addressee,
    bare_name_tokens,
    canonical,
    filed_country,
    folded,
    is_future,
    known_country,
    known_org,
    main_unit,
    name_key,
    of_international_body,
    org_country,
    party_subject,
    party_verb_end,
    previous_subject,
    pronoun_at,
    sides,
    speaker,
    thing_after,
    token_at,
    unique_orgs,
    unique_people,
    unit_has_trigger,
)
from orchestration.extraction.engagement_countries import people_countries
from orchestration.extraction.money import ISO_CODES, PREFIXES
from orchestration.extraction.organizations import (
    COUNTRY_BODY_WORDS,
    OPENING_QUOTES,
    UNDERTAKING_STAFF,
    listed_body_of_states,
    org_from_context,
)
from orchestration.extraction.people import PersonMention
from orchestration.extraction.titles import (
    BODY_NAME_JOINERS,
    COUNTERPART_WORDS,
    HEAD_WORDS,
    MESSENGER_WORDS,
    ORG_WORDS,
    POSSESSIVE_MARKS,
    TITLE_SMALL_WORDS,
    TITLE_WORDS,
    WORDS,
    TitleMention,
)
from orchestration.extraction.titles import Sentence as Tokens


def participants(
    doc: DocumentContext,
    a: AnalysedSentence,
    unit: Unit,
    units: list[Unit],
    family: str,
    group: list[Trigger],
    anchor_target: Draft | None,
    day: date | None = None,
) -> tuple[list[PersonMention], list[Org], set[str]]:
    """People, organizations and side countries of the event told in `unit`.

    A relative clause adds its antecedent ("Raisi, who arrived ..."), a participle clause
    the main clause's people ("..., holding talks with X"); "he" is the subject of the
    sentence before; "the two leaders", "they", "the sides" are the principals of the
    engagement referred to, unless the clause names its people itself.
    """
    clauses = a.clauses
    usable = unit.tokens - clauses.topic - clauses.excluded
    if _signed_between(a, group[0].token, usable):
        # "The two leaders welcomed a contract signed last month between EDL and EDC": the
        # parties after "between" signed it, not who speaks of it
        usable = frozenset(i for i in usable if i > group[0].token)
    reported = reported_event_subject(a, group[0], usable)
    if reported >= 0:
        # "They noted that the A-B-C Summit held in Seoul adopted a declaration": the speakers
        # tell of the summit; its people are those its own clause names
        usable = frozenset(i for i in usable if i > reported)
    noted = _what_the_event_noted(a, group[0])
    if noted >= 0:
        # "The summit also noted that the African Development Bank had approved a loan": the
        # bank is what the summit spoke of, no side of it
        usable = frozenset(i for i in usable if i < noted)
    # "X met Y and signed an MoU with Z": each coordinated verb owns the party it names
    usable -= _objects_of_coordinated_verbs(a, unit, group)
    people = _people_in(doc, a, usable - _owners_of_other_events(a, group))
    people += _held_by(doc, a, units, group)
    people += _latter_or_former(a, usable)
    if unit.role == RELATIVE and unit.head >= 0:
        antecedent = _antecedent_end(a, unit.head)
        people += [p for _, end, p in a.people if end == antecedent + 1]
        people += _coordinated_antecedent(a, antecedent, unit)  # "X and his counterpart Y, who held talks"
        people += _bare_names(doc, a, frozenset([antecedent]))  # "Mahmud, who arrived here on Monday"
        people += _style_references(doc, a, frozenset([antecedent]))  # "His Majesty, who arrived ..."
        people += _named_before_title(a, unit.head)  # "X, President of the Italian Republic, who ..."
        people += [
            person
            for title in a.titles
            if title.last_token == antecedent and (person := _title_reference(doc, a, title)) is not None
        ]
    main = main_unit(units)
    if unit is main:
        people += _attendees(doc, a, units)  # "..., during a ceremony attended by President X"
    own_named = bool(people)
    segment = a.clauses.segments[unit.segments[0]]
    creating_anchor = unit.role == ANCHOR and creates_events(a.tokens, segment, a.clauses)
    # "after meeting X", "before holding talks" (not "Following the talks")
    lowers = a.tokens.lowers
    before_trigger = range(segment.start + 1, min(group[0].token + 1, segment.start + 3))
    gerund = creating_anchor and any(
        lowers[i].endswith("ing") and lowers[i - 1] not in _DETERMINERS for i in before_trigger
    )  # not "After the meeting, A and B signed": a noun, whose people are not the signatories
    # only an anchor that creates the events asks whether the main clause's subject held it
    needs_subject = creating_anchor and _needs_subject(doc, a, unit, family, group, usable, own_named)
    main_usable = main.tokens - clauses.topic - clauses.excluded if main is not None else frozenset()
    # "held talks in Brasilia, where 15 agreements were signed": a "where" clause that names
    # nobody tells an event of the people of the clause it hangs on
    nobody_where = (
        unit.role == RELATIVE
        and lowers[min(unit.tokens)] == "where"
        and not own_named
        and not _own_bodies(a, usable)
        # "the two countries", "the two sides", "they": the collective names the sides
        and not any(_head_noun(lowers[i]) in _COLLECTIVE_WORDS or lowers[i] in _SIDE_NOUNS for i in usable)
        and not any(lowers[i] in et.SINGULAR_PRONOUNS for i in usable)  # "where he met": the subject's
    )
    # "Peskov said, adding that the sides had signed a communique": the speaker reports it; but
    # "..., recalling his talks with X in Yerevan": the speaker's own event, "his" says
    first = min(unit.tokens)
    speech = (
        unit.role == PARTICIPLE
        and lowers[first] in _SPEECH_PARTICIPLES
        and lowers[first + 1] not in _POSSESSIVES
    )
    if main is not None and (
        (unit.role == PARTICIPLE and not speech) or (creating_anchor and needs_subject) or nobody_where
    ):
        # "He told reporters after a meeting with X", "'...,' he said after talks with X": the
        # subject of the sentence before (also when the main clause's words name the one met:
        # "He told reporters this after receiving a courtesy call from X")
        referred = _pronoun_subject(doc, a, main_usable) if creating_anchor else []
        own = list(people)
        # "X met Y on Friday, a day after holding talks with Z": Y was met, not at the talks
        names_own = own_named and _names_party(a, min(unit.tokens), max(unit.tokens) + 1)
        subject = _subject_of_main_event(a, main, main_usable) if names_own else main_usable
        people += (
            referred + _people_in(doc, a, subject)
            if referred
            else _people_in(doc, a, subject)
            or (_pronoun_speaker_before(doc, a, segment.start) if creating_anchor else [])
        )
        if creating_anchor and people == own:
            people += _other_side_of_talks(doc, a, main_usable, people)
    elif main is not None and gerund:
        # "A and B agreed to ..., Minister X told reporters after meeting Y": the speaker met Y
        people += (
            _people_in(doc, a, main_usable)[:1]
            or _speaker_before(a, segment.start)
            or _pronoun_subject(doc, a, main_usable)  # "He said this after receiving a call from X"
        )
    inherits_subject = (
        unit is not main
        and main is not None
        and not _SUBJECT_PRONOUNS.isdisjoint(map(lowers.__getitem__, usable))
    )
    if inherits_subject and main is not None:
        people += _people_in(doc, a, main_usable)
    elif (
        main is not None and unit is not main and unit.role == MAIN and _verb_without_subject(a, unit, group)
    ):
        # "Ruto held talks with Xi, and later met Li Qiang": the first clause's subject met Li
        named = [(first, p) for first, _, p in a.people if first in main_usable]
        named += bare_name_tokens(doc, a, main_usable)
        named += _pronoun_before_named(doc, a, main_usable, named)
        if named and not people and lowers[min(unit.tokens) + 1] in ("in", "again"):
            # "met X in Kyiv on Jan. 22 and (again) in Warsaw on April 3": the same pair met at
            # the second place, the object left unsaid with the verb (X had been lost)
            people = [p for _, p in sorted(named, key=lambda item: item[0])]
        elif named:
            people = [*_subject_of(a, main, named), *people]
    named_here = len(unique_people(people))  # before a pronoun adds its referent
    words = a.tokens.words
    pronoun = (
        None  # (most sentences hold no pronoun: one scan in C)
        if et.SINGULAR_PRONOUNS.isdisjoint(a.tokens.lowers)
        else min((i for i in usable if pronoun_at(a.tokens, i)), default=None)
    )
    if pronoun is not None:
        # a quotation's "I" is its speaker named outside it before anyone the quotation names
        # ('"With Minister Y, I toured the port," X said.': X)
        person = (
            speaker(doc, a) or _person_before(doc, a, pronoun)
            if words[pronoun] == "I"
            else _anchor_subject(doc, a, unit, units)
            or _person_before(doc, a, pronoun)
            or _guest_received_again(doc, a, pronoun)
            or previous_subject(doc, a)
        )
        if person is not None:
            # in text order: "In Manila, he met President Marcos" names the subject first
            if all(pronoun < first for first, _, p in a.people if p in people):
                people.insert(0, person)
            else:
                people.append(person)
    elif a.index in doc.addressees and any(lowers[i] == "you" for i in usable):
        # "CNA: Minister, you met President Lai Ching-te on Monday.": the interviewee
        person = addressee(doc, a)
        if person is not None and all(p.name != person.name for p in people):
            people.insert(0, person)
    head = (
        _delegation_subject(doc, a, usable, group)
        if unit.role == MAIN
        else _delegation_subject(doc, a, main_usable, group)
        if _subject_of_where(a, unit)
        else None
    )
    if head is not None and all(p.name != head.name for p in people):
        people.insert(0, head)  # "The delegation also met representatives of X": its head met them
    party_side = _headless_party_side(doc, a, usable, group) if head is None and unit.role == MAIN else None
    people = _described_referents(doc, a, usable) + people  # "The Djiboutian diplomat met X"
    orgs = _participant_orgs(doc, a, usable, group)
    if unit.role == RELATIVE and unit.head >= 0 and _active_relative(a, unit, group[0].token):
        # "executives of A Corp and B Inc, who signed a memorandum with C": the bodies the
        # antecedent ends on signed it
        orgs = _participant_orgs(doc, a, _antecedent_orgs(a, unit.head), group) + orgs
    if inherits_subject and main is not None:
        orgs += _participant_orgs(doc, a, main_usable, group)
    for clause in _describing_clauses(a, units, group):
        # "the Business Forum, which brought together more than 200 companies, including X and
        # Y", "The summit, which is chaired by X": who the clause names took part
        described = clause.tokens - clauses.topic - clauses.excluded
        orgs += _participant_orgs(doc, a, described, group)
        people += _people_in(doc, a, described)
    attended = main is not None and attended_on_its_sidelines(doc, a, unit, units, group)
    # "X told reporters on the sidelines of the Y Summit that exports to Nigeria rose": what X
    # said names no side
    # ("Speaking at a forum in Santiago, X said exports to China would grow": nor does what
    # anyone says after the event is told)
    sided = _before_speech(a, usable, after=group[0].token, that=attended)
    countries = _side_countries(doc, a, sided, family) | _senders_countries(a, sided)
    if party_side is not None:
        countries.add(party_side)  # "The Iranian delegation is in X. The guests were received by Y"
    if unit.role == RELATIVE and unit.head >= 0 and lowers[min(unit.tokens)] == "who":
        # "The Tajik president, who is on a working visit to Kyrgyzstan, ...": the official
        # the clause tells of, unnamed, is of his title's country
        countries |= _antecedent_title_countries(a, unit.head)
    if unit.role == RELATIVE and unit.head >= 0 and group[0].body is not None:
        # "The A-B Commission, which last met in Cape Town, ...": the sides its name holds
        countries |= _side_countries(doc, a, _antecedent_phrase(a, unit.head), family)
    if main is not None and unit.role == PARTICIPLE and not speech and not own_named:
        # "The governments of Moldova and Romania held a joint meeting ..., signing nine
        # agreements": the main clause's sides signed, whether or not it names their people
        countries |= _side_countries(doc, a, _before_speech(a, main_usable), family)
    main_events = main is not None and any(t.segment in main.segments for t in a.clauses.triggers)
    if attended:
        people += _people_in(doc, a, main_usable)  # "X told reporters on the sidelines of ...": X was there
    if main is not None and creating_anchor and needs_subject and not main_events and not is_future(a, main):
        # "Pakistan and Afghanistan agreed ... following talks in Istanbul mediated by Turkey":
        # the main clause's countries held the talks (not "X will travel to Germany after
        # concluding his visit": the main clause's own event's)
        countries |= _side_countries(doc, a, main_usable, family)
    # "the two countries held their first commission meeting": "their" is the countries', whose
    # people the clause does not name
    countries_before = min((i for i in usable if lowers[i] in _SIDE_NOUNS), default=a.tokens.n)
    # "A and B on Thursday signed the renewal of their swap arrangement": "their" is the two
    # bodies just named, not the principals of an earlier engagement
    bodies_before = _second_body(a, usable)
    # "Australia and Indonesia signed their partnership agreement in 2019": the possessive
    # "their" is the two countries just named, whose people the clause does not name (not an
    # object "them", which may be anyone: "most of them ... left from Mauritanian shores")
    named_before = _second_country(a, usable)
    # "The two leaders reached the agreement during summit talks": the main clause's pair
    # held the talks
    subject_pair = creating_anchor and needs_subject and not people and main is not None
    collective = [
        i
        for i in (usable | main_usable if subject_pair else usable)
        if (
            (
                lowers[i] in _COLLECTIVE_WORDS
                or lowers[i] in _WITNESSING_BODIES
                # (only a hyphenated word has a head of its own: no call for the others)
                or ("-" in lowers[i] and _head_noun(lowers[i]) in _COLLECTIVE_WORDS)
            )
            and _is_collective(a.tokens, i)
            and not (lowers[i] in _PLURAL_PRONOUNS and min(countries_before, bodies_before) < i)
            and not (lowers[i] == "their" and named_before < i)
        )
        or (lowers[i] in _PAIR_PRONOUNS and _is_pair_pronoun(lowers, i))
    ]
    if (
        unit.role == RELATIVE
        and _head_noun(lowers[unit.head]) in _COLLECTIVE_WORDS
        and _is_collective(a.tokens, unit.head)
    ):
        collective.append(unit.head)  # "The leaders, who met on the sidelines of ..."
    # "talks held by the co-chairs of the commission, A and B": the apposition after the event
    # names them (not "In the presence of the two prime ministers, A and B signed": its subject)
    collective = [i for i in collective if not (i > group[0].token and _members_named_after(a, i, usable))]
    # "in the presence of the two leaders", "the two leaders witnessed the signing ... by X and Y"
    witnesses = any(
        lowers[i - 2] in ("by", "of")
        or lowers[i - 3] in ("by", "of")
        # "by the two prime ministers" (not "of the Cabinet of Ministers")
        or (lowers[i - 4] in ("by", "of") and lowers[i - 3] == "the" and lowers[i - 2] in COUNT_WORDS)
        or "presence" in lowers[max(0, i - 6) : i]  # "in the presence of the two prime ministers"
        or _witnessing(lowers, i)
        for i in collective
    )
    # "X met Y on Wednesday, and both witnessed the signing": a bare "both"/"they" is the two
    # just named, not the principals of an earlier engagement
    named_pair = named_here >= 2 and all(lowers[i] in _PAIR_PRONOUNS for i in collective)
    if collective and _visitor_named_after(a, group[0].token, family, people, collective):
        collective = []  # "The sides recalled the state visit of President X to Y": X's visit
    if collective and (
        len(unique_people(people)) < 2
        or (witnesses and not named_pair)
        or _attended_by_others(a, people, collective)
    ):
        target = anchor_target
        role = _collective_role(a.tokens, collective)
        # "Before X's departure, the two prime ministers ...", "the two presidents last met,
        # when X and Y signed ...": who the rest of the sentence names are the two
        elsewhere = unique_people(_people_in(doc, a, frozenset(range(a.tokens.n)) - usable))
        sentence_pair = _sentence_pair(doc, elsewhere, role) if not people else None
        governments = _names_governments(lowers, collective)
        if (
            target is None
            or len(principals(doc, target)) < 2
            or not _joins_named(doc, target, elsewhere)
            or (governments and not _of_governments(doc, target))
        ):
            # "During the visit, the two sides signed ...": the sides are those of the talks
            # told with people on both, not the visitor alone (nor his call on an opposition
            # leader told in between: "the two sides" are the governments)
            officials = governments or _names_officials(lowers, collective)
            target = _last_with_sides(_of_the_named(doc, elsewhere), role, day, officials) or target
        if target is None and not elsewhere and _counts_two(a.tokens, collective):
            # "X arrived in Hanoi on Monday for an official visit. On Thursday the two sides
            # signed ...": the visitor's side and the host's, the visit told last (no event with
            # people on two sides had been told, and the signing was lost); not "received
            # them", the visitor and his party just named
            target = _visit_told_last(doc)
        if sentence_pair is not None:
            target = None  # the two named here, not the pair of an earlier engagement
        if target is not None and _named_just_before(doc, a, target, role):
            # "Relations between presidents X and Y have been cool. The two leaders held a
            # brief meeting ...": the two just named, not the ministers of an earlier call
            target = None
        holders = _two_holders(doc, role) if target is not None else None
        if (
            holders is not None
            and target is not None
            and not all(_holds(p, role) for p in principals(doc, target, role))
        ):
            # "... at the invitation of Prime Minister X. ... welcomed by Governor-General Y. The
            # two prime ministers held talks": the two known prime ministers, not the welcome's pair
            people += holders
            countries |= {p.country_iso3 for p in holders if p.country_iso3}
        elif target is not None:
            heads = principals(doc, target, _collective_role(a.tokens, collective))
            # (not "The president received the two delegations": the two are not all who met)
            pair = _pair_of_more(doc, heads) if not people and _counts_two(a.tokens, collective) else None
            if pair is not None:
                # "X and Y last met at the summit, with Z. The two leaders spoke by video call":
                # two of the summit's three
                people += pair
                countries |= {c for c in people_countries(doc, target, pair).values() if c}
            else:
                people += heads
                countries |= sides(target)  # "the two sides signed": the sides of the talks
                countries |= _visit_host(target)
        elif sentence_pair is not None:
            people += sentence_pair
            countries |= {c for p in sentence_pair if (c := known_country(doc, p))}
        elif recent := _recent_people(doc, a, role):
            people += recent  # "The two leaders met": the two just named
        elif (
            not countries
            and unit is not main
            and (first_sides := _side_countries(doc, a, main_usable, family))
        ):
            # "Nigeria and Ghana signed X, and the two agriculture ministers signed Y": the
            # ministers of the sides the sentence's first clause names
            countries |= first_sides
        elif not countries and any(lowers[i] not in ("they", "them", "their") for i in collective):
            # nothing told before: "the two leaders" are the story's two countries ("them" may
            # be a team or a crowd, and names no side)
            countries |= _story_pair(doc)
    if not countries and countries_before < a.tokens.n and lowers[countries_before - 1] in ("two", "both"):
        # "the two countries held their first joint commission meeting": the story's pair, or
        # the sides of the engagement told before; no people
        target = anchor_target or _last_with_sides(doc, frozenset(), day)
        # (no event of two sides told: the visit told last, whose host is the other side; its
        # visitor did not sign what "the energy ministers of the two countries" signed)
        visit = _visit_told_last(doc) if target is None else None
        target = target or visit
        countries |= sides(target) | _visit_host(target) if target is not None else _story_pair(doc)
        signed = family == et.AGREEMENT and unit.role == MAIN and not people and not (visit and collective)
        if signed and target is not None and a.index - target.updated <= 1:
            # "Following the talks, the two countries signed four agreements", "... were signed
            # between the two countries": the sides of the talks just told signed them
            people += principals(doc, target)
    if (
        family == et.AGREEMENT
        # (not "the Duavata Partnership, which was signed in 2023"; but "..., after which seven
        # MoUs were signed" goes on from the talks)
        and (
            unit.role == MAIN or (unit.role == RELATIVE and (_after_which(a, unit) or _ended_with(a, group)))
        )
        and not people
        and not orgs
        and not countries
        and _signed_by_nobody(a, group)
    ):
        # "Five cooperation agreements were signed after talks between A and B", "... Twelve
        # documents were signed.": the sides of the talks just told signed them
        target = anchor_target or _last_with_sides(doc, frozenset(), day)
        if target is not None and a.index - target.updated <= 1:
            people += principals(doc, target)
            countries |= sides(target)
    if (
        family == et.FORUM
        and not countries
        and not people
        and not orgs
        and _of_the_body_told(a, group[0])
        and group[0].body in _BILATERAL_BODIES
    ):
        # "The last session of the Joint Commission was held in Dhaka in 2018": the commission
        # the story told of, whose sides are those of its session told before, or the story's
        # two countries (the session had no side, and was lost)
        countries |= _sides_of_the_body(doc, group[0].body)
    if family in (et.MEETING, et.PHONE_CALL):
        host = _unnamed_host(doc, a, unit, group)
        if host is not None:
            countries.add(host)  # "The President received the Indian Foreign Secretary": Male's
    if family == et.VISIT:
        scope = _hosting_scope(a, unit, main)
        visitors = _visitors(doc, a, people, group[0].token, unit, scope)
        if scope is not unit.tokens:
            countries |= _receivers_countries(a, people, visitors)
        people = visitors
        if unit.role == ANCHOR and not own_named:
            # "During his visit to Astana, Orban met Tokayev": the visitor; "During his visit to
            # Bishkek, the Tajik president met X": a visitor named by his role only, his country
            # (X, whom he met, had been taken for him, and the visit lost its second side)
            unnamed = _unnamed_subject_side(a, main, main_usable) if main is not None else None
            people = [] if unnamed is not None else people[:1]
            countries |= {unnamed} if unnamed is not None else set()
    # "Presidential Spokesman X said the talks touched on ...", "A statement by the presidential
    # spokesman, X, said the call ...": the spokesman reports the talks
    if people and not et.SPEECH_VERBS.isdisjoint(lowers):
        spans = [(start, end, p) for start, end, p in a.people] + [
            (i, i + 1, p) for i, p in bare_name_tokens(doc, a, usable)
        ]
        speaking = {p.name for start, end, p in spans if _reports_for_others(lowers, start, end, p.title)}
        people = [p for p in people if p.name not in speaking]
        that = _reported_that(a, group[0].token) if "that" in lowers else -1
        if that >= 0:
            # "She also noted that Icelandic firm Carbfix signed an agreement with ...": the
            # clause after "that" names its own subject; who speaks of the deal was not at it
            told = {p.name for start, _, p in a.people if start > that}
            people = [p for p in people if p.name in told]
    companions = {c.name: c for c in _companions(doc, a, people)}  # with the party's country
    people = [companions.pop(p.name, p) for p in people] + list(companions.values())
    return unique_people(people), unique_orgs(orgs), countries


def parties_in(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int], family: str, group: list[Trigger]
) -> tuple[list[PersonMention], list[Org], set[str]]:
    """People, organizations and side countries the tokens name themselves, with nothing the
    rest of the sentence or the story adds: the parties a listed document names after its
    own "between" ("...; and a seed memorandum between Ethiopia and Malawi")."""
    people = unique_people(_people_in(doc, a, usable))
    return (
        people,
        unique_orgs(_participant_orgs(doc, a, usable, group)),
        _side_countries(doc, a, usable, family),
    )


def attended_on_its_sidelines(
    doc: DocumentContext, a: AnalysedSentence, unit: Unit, units: list[Unit], group: list[Trigger]
) -> bool:
    """Whether `unit` is an anchor "on the sidelines of" or "during" a named gathering ("the
    East African Business Summit") and the main clause names someone but tells no event of its
    own ("X spoke to reporters on the sidelines of ...", "X spoke during the Y Investment
    Forum, hosted in Z by ..."): whoever it names was at the gathering, so took part in it. A
    meeting told there is an event of its own ("X met Y on the sidelines of ...")."""
    main = main_unit(units)
    if unit.role != ANCHOR or main is None or any(t.family != et.FORUM for t in group):
        return False
    lowers = a.tokens.lowers
    first = min(unit.tokens)
    return (
        (et.sidelines_at(lowers, first) or lowers[first : first + 2] == ["during", "the"])
        and a.tokens.caps[group[0].token]
        and not unit_has_trigger(a, main)
        and not is_future(a, main)
        # (by the full name, or by one word of a name told before: "Baisalov spoke during ...")
        and (
            any(start in main.tokens for start, _, _ in a.people)
            or bool(bare_name_tokens(doc, a, main.tokens))
        )
    )


def _signed_by_nobody(a: AnalysedSentence, group: list[Trigger]) -> bool:
    """Whether the signing is told with no one signing: in the passive ("agreements were
    signed") or as a noun the talks were followed by ("The talks were followed by the signing
    of seven memoranda", "... by the exchange of ...")."""
    lowers = a.tokens.lowers
    i = group[0].token
    if lowers[i] in ("signing", "exchange"):
        followed = lowers[i - 1] == "the" and lowers[i - 2] == "by" and lowers[i - 3] in _FOLLOWED
        return followed or _ended_with(a, group)
    return lowers[i] == "signed" and lowers[i - 1] in ("was", "were", "been") and lowers[i + 1] != "by"


#: Participles of what came after the talks: "The talks were followed by the signing of ...".
_FOLLOWED: Final = et.word_set("followed capped crowned concluded")
#: Verbs of how the talks ended: "The meeting ended with the signing of ...", "culminated in".
_ENDED: Final = et.word_set("ended ends concluded concludes closed closes culminated culminates")


def _ended_with(a: AnalysedSentence, group: list[Trigger]) -> bool:
    """Whether the signing is how the event before it ended: "the summit, which ended with the
    signing of 13 agreements"."""
    lowers = a.tokens.lowers
    i = group[0].token
    return lowers[i - 1] == "the" and lowers[i - 2] in ("with", "in") and lowers[i - 3] in _ENDED


def _after_which(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether a relative unit opens on "after which" or "following which": what comes next."""
    first = min(unit.tokens)
    lowers = a.tokens.lowers
    return lowers[first] in ("after", "following") and lowers[first + 1] == "which"


_POSSESSIVES: Final = frozenset(["his", "her"])
#: Participles that report what follows them: their subject spoke, and took no part in it.
_SPEECH_PARTICIPLES: Final = et.word_set(
    "adding saying noting stressing explaining telling recalling revealing"
)
_DETERMINERS: Final = et.DEFINITE | {"a", "an"}
_WITNESS_VERBS: Final = et.word_set("witnessed witness witnesses oversaw attended presided")
_SUBJECT_PRONOUNS: Final = frozenset(["it", "they"])


#: Words between a speaker and "after meeting ...": "X said", "X told reporters".
_SPEAKING: Final = et.SPEECH_VERBS | et.word_set("reporters journalists the media press ,")


def _pronoun_subject(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int]
) -> list[PersonMention]:
    """Who a "he"/"she" opening the clause is: the subject of the sentence before."""
    first = min(usable, default=-1)
    if first < 0 or not pronoun_at(a.tokens, first):
        return []
    if a.tokens.words[first] == "I":
        # "I" is the speaker the sentence names (or the one named right before its quotation),
        # not someone told before
        person = speaker(doc, a)
        return [person] if person is not None else []
    person = previous_subject(doc, a)
    return [person] if person is not None else []


def _speaker_before(a: AnalysedSentence, start: int) -> list[PersonMention]:
    """The person whose speech verb ends right before token `start` ("Denis Manturov told
    reporters" before "after meeting ..."): the subject of an anchor clause the main clause,
    which names no person, does not give."""
    lowers = a.tokens.lowers
    for _, end, person in reversed(a.people):
        if end > start:
            continue
        between = lowers[end:start]
        if between and not _SPEAKING.isdisjoint(between) and all(w in _SPEAKING for w in between):
            return [person]
        return []
    return []


def _pronoun_speaker_before(doc: DocumentContext, a: AnalysedSentence, start: int) -> list[PersonMention]:
    """Who the "he"/"she" of a speech verb ending right before token `start` is ("'...,' he
    told reporters" before "after a meeting with ..."): the subject of the sentence before."""
    lowers = a.tokens.lowers
    i = start - 1
    while i >= 0 and lowers[i] in _SPEAKING:
        i -= 1
    if i < 0 or i == start - 1:
        return []  # no speech verb right before the anchor
    return _pronoun_subject(doc, a, frozenset([i]))


def _describing_clauses(a: AnalysedSentence, units: list[Unit], group: list[Trigger]) -> list[Unit]:
    """ "which"/"that" clauses that describe the forum a trigger names ("attended the Business
    Forum, which brought together ..."): who they say took part took part in the forum."""
    if group[0].family != et.FORUM:
        return []
    heads = {t.token for t in group}
    lowers = a.tokens.lowers
    found = [
        u
        for u in units
        if u.role == RELATIVE
        and (
            (
                lowers[min(u.tokens)] in ("which", "that")
                and (u.head in heads or any(_ends_topic_of(a.tokens, h, u.head) for h in heads))
            )
            # "the Business Forum in New Delhi, which was organized by A and B": only an event is
            # organized, so the clause tells of the forum shortly before, past its place
            or (
                _which_was_organized(lowers, min(u.tokens))
                and any(0 < u.head - h <= _MAX_DESCRIPTION_AFTER_FORUM for h in heads)
            )
            # "the trilateral summit held in Seoul on May 27, where he, X and Y agreed to ...":
            # a "where" clause that tells no event of its own tells what its people did there
            or (
                lowers[min(u.tokens)] == "where"
                and any(0 < u.head - h <= _MAX_DESCRIPTION_AFTER_FORUM for h in heads)
            )
        )
        and not unit_has_trigger(a, u)
    ]
    # "during the session of the ... Joint Commission, held at the Ministry ... and co-chaired
    # by X and Y": a participle right after the forum's name describes it
    for u in units:
        first = min(u.tokens)
        if (
            u.role != RELATIVE
            and lowers[first] in _DESCRIBING_PARTICIPLES
            and lowers[first - 1] == ","
            and any(first - 2 == head or ends_name_of(a.tokens, head, first - 2) for head in heads)
            and u not in found
        ):
            found.append(u)
    return found


def _which_was_organized(lowers: list[str], first: int) -> bool:
    """Whether a relative clause opens "which was organized (co-organized, sponsored) by" at
    token `first`: a forum's organizers, whose antecedent is the forum though its place or day
    stands between ("the Business Forum in New Delhi, which was organized by A and B": A and B
    had been lost as New Delhi's)."""
    return (
        lowers[first] in ("which", "that")
        and lowers[first + 1] in ("was", "were")
        and lowers[first + 2] in _ORGANIZING_PARTICIPLES
        and lowers[first + 3] == "by"
    )


#: Participles of putting an event on: "which was organized by A and B".
_ORGANIZING_PARTICIPLES: Final = et.word_set(
    "organized organised co-organized co-organised sponsored co-sponsored"
)


def _ends_topic_of(tokens: Tokens, trigger: int, head: int) -> bool:
    """Whether token `head` ends an "on ..." phrase of lower-case words right after the forum's
    noun at token `trigger` ("the Business Forum on clean energy and green growth, which was
    organized by A and B": the clause describes the forum, not its topic)."""
    return (
        0 < head - trigger <= _MAX_NAME_AFTER_EVENT
        and tokens.lowers[trigger + 1] in _TOPIC_PREPOSITIONS
        and all(tokens.lowers[k].isalpha() and not tokens.caps[k] for k in range(trigger + 2, head + 1))
    )


#: Prepositions that open the topic of a forum after its name ("Forum on", "Conference about").
_TOPIC_PREPOSITIONS: Final = et.word_set("on about")


#: Past participles that open a description of the forum named before them.
_DESCRIBING_PARTICIPLES: Final = et.word_set(
    "held co-chaired chaired attended hosted co-hosted convened organised organized"
)


#: Tokens from a forum's noun to the head a "where" clause hangs on: past its name, its
#: description too ("the tripartite summit held in Arusha on March 1, where ..."), which
#: ends_name_of does not cover.
_MAX_DESCRIPTION_AFTER_FORUM: Final = 9


def _companions(
    doc: DocumentContext, a: AnalysedSentence, people: list[PersonMention]
) -> list[PersonMention]:
    """People who accompany a participant: "Abela, who was accompanied by Foreign Minister Ian
    Borg, was in the Libyan capital on a working visit", "X, joined by Senator Y, met Z" (they
    are of the same party)."""
    if not people or et.PARTY_VERBS.isdisjoint(a.tokens.lowers):
        return []
    lowers = a.tokens.lowers
    starts = a.tokens.starts[: a.tokens.n]
    found = []
    by = party_verb_end(a.tokens)
    if by is None:
        return []
    if lowers[by] != "by":
        return accompanying(doc, a, people, by)
    # "accompanied by Foreign Minister Penny Wong and Minister for the Pacific Pat Conroy", "by
    # the Minister of Foreign Affairs and Cooperation, Verónica Macamo": the list after "by",
    # each person's phrase (title included) following the one before
    reach = by
    for first, last, person in a.people:
        phrase = token_at(starts, person.start)
        if phrase <= reach or first <= by or first in a.clauses.topic or first in a.clauses.excluded:
            # (a name known from an earlier sentence keeps that sentence's offsets: its first
            # token here says where it stands)
            continue
        between = lowers[reach + 1 : phrase]
        if any(word in (".", ";") or word in et.VERB_TRIGGERS for word in between) or len(between) > 3:
            break
        found.append(person)
        reach = last - 1
    # a companion of no stated country is of the party of the people accompanied, not of one
    # named after the companions ("X, accompanied by PS Y, headed a mission to Karachi, where
    # she met Pakistan's Commerce Minister Z": Y is not Pakistani)
    later = {p.name for first, _, p in a.people if first > reach}
    accompanied = [p for p in people if p.name not in later]  # its subject first
    leads = [known_country(doc, p) for p in accompanied]
    lead = next((country for country in leads if country), None)
    if lead is not None:
        found = [p if p.country_iso3 else replace(p, country_iso3=lead) for p in found]
    else:
        # the country of the people accompanied is not known yet (a default will give it):
        # the companions go with whatever it turns out to be
        names = {p.name for p in found}
        leader = next((p.name for p in accompanied if p.name not in names), None)
        if leader is not None:
            doc.companions.update((p.name, leader) for p in found if not p.country_iso3)
    return found


def _attendees(doc: DocumentContext, a: AnalysedSentence, units: list[Unit]) -> list[PersonMention]:
    """People who attended the main event as an anchor tells it: "signed a protocol ...,
    during a ceremony at the Government Palace attended by President X" (the ceremony is the
    signing's, as "in the presence of" is)."""
    lowers = a.tokens.lowers
    found: list[PersonMention] = []
    for u in units:
        if u.role != ANCHOR or lowers[min(u.tokens)] not in ("during", "at"):
            continue
        by = next((i + 1 for i in sorted(u.tokens) if lowers[i] in WITNESSED and lowers[i + 1] == "by"), None)
        if by is not None and any(lowers[i] in et.CEREMONIES for i in u.tokens if i < by):
            found += _people_in(doc, a, frozenset(i for i in u.tokens if i > by))
    return found


def _held_by(
    doc: DocumentContext, a: AnalysedSentence, units: list[Unit], group: list[Trigger]
) -> list[PersonMention]:
    """People named in a reduced relative on the event's noun ("the Joint Commission, held in
    Lima and co-chaired by X and Y") or a full one that tells its holding (`held_in_relative`:
    "the talks, which were held in Abuja between X and Y"): it tells that event, so they took
    part in it."""
    # (the noun itself, or the body named after it: "the session of the X Joint Commission, held")
    heads = {t.token for t in group}
    held = [
        u
        for u in units
        if u.role == RELATIVE
        and (
            (
                any(u.head == h or ends_name_of(a.tokens, h, u.head) for h in heads)
                and (
                    held_after_event(a.tokens, min(u.tokens))
                    or held_in_relative(a.tokens.lowers, min(u.tokens))
                )
            )
            or (
                _which_was_chaired(a.tokens.lowers, min(u.tokens))
                and any(t.family == et.FORUM and 0 < u.head - t.token <= _MAX_NAME_AFTER_EVENT for t in group)
            )
        )
    ]
    return [p for u in held for p in _people_in(doc, a, u.tokens - a.clauses.topic - a.clauses.excluded)]


def _which_was_chaired(lowers: list[str], first: int) -> bool:
    """Whether a relative clause opens "which was (co-)chaired by" at token `first`: only an
    event is chaired, so it tells about the event noun shortly before, though a place or a day
    stands between ("held the Joint Commission meeting here on Monday, which was co-chaired by X
    and Y": X and Y had been lost as Monday's). Only a forum's noun is read so (a session is
    chaired; "held talks at the Assembly, which was chaired by Z" names the Assembly's chair)."""
    return (
        lowers[first] == "which"
        and lowers[first + 1] in ("was", "were")
        and lowers[first + 2] in et.CHAIR_VERBS
        and lowers[first + 3] == "by"
    )


def ends_name_of(tokens: Tokens, trigger: int, head: int) -> bool:
    """Whether token `head` ends the name of the event noun at token `trigger` (a clause
    right after the name tells about the event: ", which was held in", ", co-chaired by"): a few words
    after it ("the Joint Economic Commission meeting with Uzbekistan"), or its name's
    capitalized words and their links ("the 10th Summit of the Three Seas Initiative, which
    was held in Warsaw": the summit's place had been dropped as the initiative's)."""
    if not 0 < head - trigger <= _MAX_NAME_AFTER_EVENT:
        return False
    if head - trigger <= 3:
        return True
    return tokens.caps[head] and all(
        tokens.caps[k] or tokens.lowers[k] in BODY_NAME_JOINERS for k in range(trigger + 1, head)
    )


#: Words after an event noun that its name may run over (its links are BODY_NAME_JOINERS).
_MAX_NAME_AFTER_EVENT: Final = 10


def _antecedent_end(a: AnalysedSentence, head: int) -> int:
    """Last token of the antecedent of a relative clause, over a country complement:
    "President Lazarus Chakwera of Malawi, who arrived ..." -> "Chakwera"."""
    lowers = a.tokens.lowers
    countries = {i for i, _ in a.countries}
    j = head
    while j > 0 and (j in countries or lowers[j] in ("the", "republic")):
        j -= 1
    if j < head and lowers[j] == "of":
        return j - 1
    return _leader_of_delegation(lowers, head)


#: Relative pronouns whose antecedent is the subject of their clause's verb.
_SUBJECT_RELATIVES: Final = et.word_set("who which that")


def _active_relative(a: AnalysedSentence, unit: Unit, trigger: int) -> bool:
    """Whether a relative clause's pronoun is the subject of its event's active verb: "who
    signed", "which last year signed" (not "which was marked by the signing": the signing's
    parties are others)."""
    lowers = a.tokens.lowers
    start = min(unit.tokens)
    acting = lowers[start] in _SUBJECT_RELATIVES or _whose_members(lowers, start, trigger)
    return acting and not any(
        lowers[k] in et.PASSIVE_AUXILIARIES or lowers[k] == "by" for k in range(start + 1, trigger)
    )


def _whose_members(lowers: list[str], start: int, trigger: int) -> bool:
    """Whether the relative clause opening at token `start` is "whose" and the antecedent's own
    people as the subject of its event ("the X Association, whose delegation met President Y",
    "whose trade team signed"): the body acted through them, so it is a side."""
    if lowers[start] != "whose":
        return False
    return any(lowers[k] in _BODY_MEMBERS for k in range(start + 1, min(trigger, start + 3)))


#: A body's own people, who act for it: "whose delegation met", "whose executives signed".
_BODY_MEMBERS: Final = et.word_set(
    """delegation delegations team teams representatives members executives officials leadership
    management envoy envoys"""
)


def _antecedent_orgs(a: AnalysedSentence, head: int) -> frozenset[int]:
    """First tokens of the bodies that end the antecedent of a relative clause at token
    `head`, with those joined to them by "and" or a comma ("executives of A Corp and
    Philippine chipmaker B Inc, who signed ..."): the relative's subject."""
    ends = {end: first for first, end, _ in a.orgs}
    lowers = a.tokens.lowers
    found: set[int] = set()
    end = head + 1
    while end in ends:
        first = ends[end]
        found.add(first)
        end = first - 1
        while end > first - 1 - _MAX_DESCRIPTOR and (
            end in a.tokens.countries
            or (lowers[end].replace("-", "").isalpha() and not a.tokens.caps[end] and lowers[end] != "and")
        ):
            end -= 1  # a descriptor: "Philippine chipmaker", "state-owned"
        if lowers[end] not in ("and", ","):
            break
    if lowers[end] == "by":
        return frozenset()  # "the Forum, organized by A and B, which ...": the forum's organizers
    return frozenset(found)


#: Words of a descriptor before a body's name: "Philippine chipmaker", "Kenyan lender".
_MAX_DESCRIPTOR: Final = 3


def _leader_of_delegation(lowers: list[str], head: int) -> int:
    """ "X and his (accompanying) delegation, who arrived ...": the delegation's leader, X,
    ends the antecedent (the arrival had named nobody)."""
    if lowers[head] not in _ENTOURAGE:
        return head
    k = head - 1
    if lowers[k] in ("accompanying", "official", "high-level", "large"):
        k -= 1
    if lowers[k] in ("his", "her", "their") and lowers[k - 1] == "and":
        return k - 2
    return head


_ENTOURAGE: Final = et.word_set("delegation entourage team")


def _coordinated_antecedent(a: AnalysedSentence, head: int, unit: Unit) -> list[PersonMention]:
    """The first of two people joined by "and" before a relative clause whose event has no
    one else to be with: "Foreign Minister X and his Greek counterpart Y, who held talks in
    Istanbul on Jan. 20" (both held them; the talks had only Y, and were dropped)."""
    lowers = a.tokens.lowers
    if "with" in map(lowers.__getitem__, unit.tokens):
        return []  # "Y, who met Z": Y's event with Z
    last = next((first for first, end, _ in a.people if end == head + 1), None)
    if last is None:
        return []
    for _, end, person in a.people:
        if (
            end < last
            and lowers[end] == "and"
            and all(
                lowers[k] in _COORDINATION_FILLERS
                or k in a.title_tokens
                or k in a.tokens.countries
                or lowers[k] in WORDS["honorific"]
                # "and his Zambian counterpart, Minister of Foreign Affairs Mr X, who co-chaired":
                # the comma before the counterpart's title in apposition
                or (lowers[k] == "," and k - 1 >= 0 and lowers[k - 1] in COUNTERPART_WORDS)
                for k in range(end + 1, last)
            )
        ):
            return [person]
    return []


#: Words between "and" and the second of two coordinated people: "and his Greek counterpart".
_COORDINATION_FILLERS: Final = et.word_set("his her their its the") | COUNTERPART_WORDS


def _named_before_title(a: AnalysedSentence, head: int) -> list[PersonMention]:
    """The person whose title in apposition ends a relative clause's antecedent: "received
    Sergio Mattarella, President of the Italian Republic, who is on a state visit" -> Mattarella."""
    lowers = a.tokens.lowers
    # the apposition may run on past the title's words, with no comma of its own, to the body
    # the title is of: "Joseph Obeng, the President of the Ghana Union of Traders (GUTA), who"
    title = next(
        (
            t
            for t in reversed(a.titles)
            if t.first_token <= head and "," not in lowers[t.last_token + 1 : head + 1]
        ),
        None,
    )
    if title is None:
        return []
    comma = title.first_token - 1 - (lowers[title.first_token - 1] in _APPOSITION_ARTICLES)
    if comma < 0 or lowers[comma] != ",":
        return []
    return [p for _, end, p in a.people if end == comma]


#: Articles that may open a title in apposition: "X, the President of Y, who ...".
_APPOSITION_ARTICLES: Final = et.word_set("the a an")


def titled_people(doc: DocumentContext, a: AnalysedSentence) -> list[tuple[int, PersonMention]]:
    """The known people a sentence names by a definite title alone, or by country and role,
    before anyone it names in full, each with the first token: "In Lima the minister also met
    X" names the minister first, so she, not X, is the subject a "she" in the next sentence
    goes on with; so is "Later, the Chilean official met with X" (the "she" had been X)."""
    first_named = min((first for first, _, _ in a.people), default=a.tokens.n)
    found = []
    for title in a.titles:
        if title.first_token < first_named and (person := _title_reference(doc, a, title)) is not None:
            found.append((title.first_token, person))
    return found + _role_references_at(doc, a, frozenset(range(first_named)))


def _people_in(doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int]) -> list[PersonMention]:
    """People named in the tokens: found by people.py, known ones named by one word, and
    known ones named by their title alone ("The Prime Minister, who arrived ...")."""
    people = [p for first, _, p in a.people if first in usable] + _bare_names(doc, a, usable)
    for title in a.titles:
        if title.first_token in usable:
            person = _title_reference(doc, a, title)
            if person is not None:
                people.append(person)
    people += _role_references(doc, a, usable)
    if not _ENVOY_NOUNS.isdisjoint(a.tokens.lowers[: a.tokens.n]):
        people += _envoy_references(doc, a, usable)
    people += _counterpart_references(doc, a, usable)
    people += _style_references(doc, a, usable)
    if not _GUEST_NOUNS.isdisjoint(a.tokens.lowers[: a.tokens.n]):
        people += _guest_references(doc, a, usable)
    if not _TITLE_ACRONYMS.isdisjoint(a.tokens.words[: a.tokens.n]):
        people += _acronym_references(doc, a, usable)
    return people


#: Offices written as their initials alone ("EAM called on ...", Indian official copy).
_TITLE_ACRONYMS: Final = frozenset(["EAM", "FM", "PM", "DPM", "NSA", "CM", "FS"])


def _acronym_references(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int]
) -> list[PersonMention]:
    """The known person an office's initials stand for when no name follows them: "EAM called
    on H.E. Dr. Samia Suluhu Hassan" is the External Affairs Minister told before."""
    tokens = a.tokens
    found = []
    for i in usable:
        word = tokens.words[i]
        if word not in _TITLE_ACRONYMS or (tokens.caps[i + 1] and i + 1 not in a.covered):
            continue
        if any(first <= i < last for first, last, _ in a.people):
            continue  # "EAM Dr. S. Jaishankar": the name is there
        for person in reversed(doc.registry.people):
            if initials(person.title or "") == word:
                found.append(person)
                break
    return found


#: Monarchs' styles and the titles of the people they stand for: "His Majesty and the prime
#: minister witnessed ...", "HH the Amir".
_STYLES: Final = {
    "majesty": ("king", "queen", "sultan", "emperor", "monarch"),
    "highness": ("emir", "amir", "crown", "sultan", "prince", "sheikh"),
}
#: Titles a style does not stand for after "His" ("His Majesty ... accompanied by the Queen").
_NOT_HIS: Final = frozenset(["queen", "empress", "princess", "sheikha"])


def _style_references(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int]
) -> list[PersonMention]:
    """Known people named by their style alone: "His Majesty" with no name after it is the
    monarch told before."""
    lowers = a.tokens.lowers
    found = []
    for i in usable:
        titles = _STYLES.get(lowers[i])
        if (
            titles is None
            or lowers[i - 1] not in ("his", "her")
            or a.tokens.caps[i + 1]
            or i + 1 in a.covered
            or _title_after_style(a, i)
        ):
            continue
        everywhere = frozenset(range(a.tokens.n))
        named_here = {name_key(p.name) for _, _, p in a.people} | {
            name_key(p.name) for p in _bare_names(doc, a, everywhere)
        }
        for person in reversed(doc.registry.people):
            words = (person.title or "").lower().split()
            if lowers[i - 1] == "his" and not _NOT_HIS.isdisjoint(words):
                continue
            if name_key(person.name) in named_here:
                continue  # "His Majesty ... at the invitation of Sultan X": someone else than X
            if any(word in titles for word in words) or (
                lowers[i] == "highness"
                and "president" in words
                and person.country_iso3 in _HIGHNESS_PRESIDENCIES
            ):
                found.append(person)
                break
        else:
            # "His Highness Sayyid Shihab ..., Deputy Prime Minister, arrived. His Highness was
            # received by ...": the one the text styled so, whatever his office
            styled = _styled_in_text(doc.text, a.tokens.words[i])
            styled_person = next(
                (
                    p
                    for p in reversed(doc.registry.people)
                    if p.name in styled and name_key(p.name) not in named_here
                ),
                None,
            )
            if styled_person is not None:
                found.append(styled_person)
    return found


def _title_after_style(a: AnalysedSentence, i: int) -> bool:
    """Whether an office follows the style at token i ("His Highness the Amir", "His Royal
    Highness the Crown Prince"): the office tells who is meant, not the style, which a
    deputy or another prince of the story is styled with too ("the Deputy Amir")."""
    following = i + 1 + (a.tokens.lowers[i + 1] == "the")
    return any(t.first_token == following for t in a.titles)


def _styled_in_text(text: str, style: str) -> str:
    """The words after each "His/Her (Royal) <style>" of the text, where the names it styles are."""
    return " | ".join(
        text[m.end() : m.end() + _STYLED_REACH]
        for m in re.finditer(rf"\b(?:His|Her)\s+(?:Royal\s+)?{style}\s", text)
    )


#: Characters after a style within which the name it styles is written ("His Highness Sayyid
#: Shihab bin Tarik Al Said").
_STYLED_REACH: Final = 60


#: Countries whose president is styled "His Highness" (the UAE's, a ruler of an emirate).
_HIGHNESS_PRESIDENCIES: Final = frozenset(["ARE"])


#: The words of a role noun any known person of the country holds ("the Italian official").
_ANY_OFFICE: Final = ("*",)
_HEADS_OF_STATE: Final = ("president", "king", "queen", "emir", "amir", "sultan", "monarch")
_HEADS_OF_GOVERNMENT: Final = ("prime", "premier", "chancellor", "taoiseach")
#: "the Colombian diplomat", "the Kenyan leader": a role noun after a demonym, with the words a
#: known person's title must hold to be the one meant.
_ROLE_NOUNS: Final[dict[str, tuple[str, ...]]] = {
    "diplomat": ("foreign", "external", "ambassador", "envoy", "diplomat"),
    "top diplomat": ("foreign", "external"),
    "chief diplomat": ("foreign", "external"),
    "head of diplomacy": ("foreign", "external"),  # "the head of Romanian diplomacy"
    "chief of diplomacy": ("foreign", "external"),
    "leader": _HEADS_OF_STATE + _HEADS_OF_GOVERNMENT,
    "statesman": _HEADS_OF_STATE + _HEADS_OF_GOVERNMENT,
    "stateswoman": _HEADS_OF_STATE + _HEADS_OF_GOVERNMENT,
    "head of state": _HEADS_OF_STATE,
    "head of government": _HEADS_OF_GOVERNMENT,
    "monarch": ("king", "queen", "emir", "amir", "sultan"),
    "premier": ("prime", "premier"),
    "official": _ANY_OFFICE,
    "guest": _ANY_OFFICE,
    "visitor": _ANY_OFFICE,
}


def _role_holder(doc: DocumentContext, iso3: str | None, words: tuple[str, ...]) -> PersonMention | None:
    """The known person of a country whose title holds one of `words`: the latest one named
    with that country, else one the engagements told so far place on that side ("President
    of the Republic X" who visited China is the Angolan when the story is filed from Luanda)."""
    if iso3 is None:
        return None

    def holds(person: PersonMention) -> bool:
        if words == _ANY_OFFICE:
            return True  # "the Italian official", "the Kenyan guest": whoever of that country
        # a counterpart holds the office of the one they were introduced against ("received
        # his Chilean counterpart, X": "the Chilean minister" later)
        title = person.title or (_counterparts_title(doc, person) if person.counterpart else None) or ""
        held = title.lower().replace("-", " ")
        parts = held.split()
        return any((f" {w} " in f" {held} ") if " " in w else w in parts for w in words)

    # the latest one named, unless he came along with another of that country: "X was accompanied
    # by the Mexican ambassador, Y. Later, the Mexican official met ..." is X; the latest
    # companion when all came along. (One lazy pass: `holds` may scan the drafts.)
    latest: PersonMention | None = None
    for person in reversed(doc.registry.people):
        if person.country_iso3 != iso3 or not holds(person):
            continue
        if not _introduced_as_companion(doc.text, person.name):
            return person
        if latest is None:
            latest = person
    if latest is not None:
        return latest
    for draft in reversed(doc.candidates):
        unplaced = [p for p in draft.people if p.country_iso3 is None and holds(p)]
        if unplaced:
            countries = people_countries(doc, draft, draft.people)
            placed = next((p for p in unplaced if countries.get(p.name) == iso3), None)
            if placed is not None:
                return placed
    return None


def _introduced_as_companion(text: str, name: str) -> bool:
    """Whether the text first names the person right after "accompanied by" or "joined by",
    with only a title between ("was accompanied by the Mexican ambassador in Havana, Y"): one who
    came along in someone else's party, not a principal of the story."""
    at = text.find(name)
    found = _COMPANION_BEFORE.search(text, max(0, at - _COMPANION_REACH), at) if at > 0 else None
    # (not one met after the party: "X, accompanied by Y, met Z")
    return found is not None and et.VERB_TRIGGERS.keys().isdisjoint(found.group("between").lower().split())


#: Characters before a name within which "accompanied by" makes its holder a companion.
_COMPANION_REACH: Final = 80
#: A party verb and "by" ("accompanied by", "joined by"), then the rest up to the name.
_COMPANION_BEFORE: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(et.PARTY_VERBS))})\s+by\s+(?P<between>[^.;:!?]*)$"
)


def _counterparts_title(doc: DocumentContext, person: PersonMention) -> str | None:
    """The title of whoever someone introduced as a counterpart met, in the latest engagement
    told with them: their office too."""
    for draft in reversed(doc.candidates):
        if any(p.name == person.name for p in draft.people):
            return next((p.title for p in draft.people if p.name != person.name and p.title), None)
    return None


def _role_references(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int]
) -> list[PersonMention]:
    """Known people named by their country and role: "the Colombian diplomat held a working
    meeting with his Peruvian peer" is the Colombian foreign minister told before."""
    return [person for _, person in _role_references_at(doc, a, usable)]


def _role_references_at(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int]
) -> list[tuple[int, PersonMention]]:
    """`_role_references`, each with the token of its "the"."""
    lowers = a.tokens.lowers
    found = []
    for i, mention in a.countries:
        if i not in usable or lowers[i - 1] != "the":
            continue
        # "the Ghanaian leader", "the New Zealand head of government"
        found_at = a.tokens.country_at(i, ("demonym", "name"))
        after = found_at[0] if found_at is not None else i + 1
        words = next(
            (
                _ROLE_NOUNS[role]
                for size in (1, 2, 3)
                if (role := " ".join(lowers[after : after + size])) in _ROLE_NOUNS
            ),
            None,
        )
        if words is None:
            continue
        person = _role_holder(doc, mention.iso3, words)
        if person is not None:
            found.append((i - 1, person))
    return found


#: Nouns that name the visiting guest without a name or office: "called on the visiting
#: dignitary", "the guest also met", "the visitor held talks with".
_GUEST_NOUNS: Final = et.word_set("dignitary guest visitor")
#: Words that may stand between "the" and a guest noun: "the visiting dignitary", "the
#: distinguished guest", "the high-level visitor".
_GUEST_ADJECTIVES: Final = et.word_set("visiting distinguished esteemed foreign high-level august")


#: Words after a guest noun that make it no person referred to: "the guest house", "the guest
#: of honour", "the visitor centre", "the visiting dignitary, X" (named right after).
_GUEST_COMPOUNDS: Final = et.word_set(
    """house houses list lists speaker speakers lecture lectures room rooms book appearance
        worker workers centre center centres numbers arrivals visa visas of"""
) | {","}


def _guest_references(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int]
) -> list[PersonMention]:
    """ "Later in the day, Minister of State X called on the visiting dignitary": the guest of the
    story, named before as a participant of no country a visit went to (`_visit_hosts`; the
    first named such in the latest engagement told). "the chief guest" (of a ceremony), "the
    guest of honour", "guest workers" and a guest named right after ("the visiting dignitary,
    X") are no such reference."""
    lowers, caps = a.tokens.lowers, a.tokens.caps
    for i in usable:
        if lowers[i] not in _GUEST_NOUNS or caps[i + 1] or lowers[i + 1] in _GUEST_COMPOUNDS:
            continue
        k = i - 1
        while lowers[k] in _GUEST_ADJECTIVES and k > i - 3:
            k -= 1
        if lowers[k] == "the":
            guest = _known_guest(doc)
            return [guest] if guest is not None else []
    return []


def _known_guest(doc: DocumentContext) -> PersonMention | None:
    """The first participant of the latest engagement told who is of a known country that no
    visit told went to (nor the first event's city, nor the dateline: `_visit_hosts`)."""
    hosts = _visit_hosts(doc)
    if not hosts:
        return None
    for draft in reversed(doc.candidates):
        for person in draft.people:
            if person.country_iso3 is not None and person.country_iso3 not in hosts:
                return person
    return None


#: Nouns that name a known envoy without a name: "the envoy", "the diplomat".
_ENVOY_NOUNS: Final = frozenset(["envoy", "ambassador", "diplomat"])
_ENVOY_TITLES: Final = ("ambassador", "envoy", "high commissioner", "consul", "chargé", "charge d")


def _envoy_references(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int]
) -> list[PersonMention]:
    """ "On Tuesday, the envoy held talks with the Minister X": the one envoy the story has
    named (an ambassador, high commissioner or consul), when "the envoy" has no name after it."""
    lowers, caps = a.tokens.lowers, a.tokens.caps
    if not any(lowers[i] in _ENVOY_NOUNS and lowers[i - 1] == "the" and not caps[i + 1] for i in usable):
        return []
    envoys = [p for p in doc.registry.people if p.title and p.title.lower().startswith(_ENVOY_TITLES)]
    return envoys if len(envoys) == 1 else []


def _counterpart_references(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int]
) -> list[PersonMention]:
    """ "Prime Minister X and his Lao counterpart co-chaired ...": the known person of that
    country who holds the office of the titled person before "his" (the Lao prime minister
    named earlier); a counterpart named right after is a person of its own."""
    lowers, caps = a.tokens.lowers, a.tokens.caps
    found = []
    for i, mention in a.countries:
        end = a.tokens.countries[i][0] if i in a.tokens.countries else i + 1
        if i not in usable or mention.kind != "demonym" or lowers[end] not in COUNTERPART_WORDS:
            continue
        if lowers[i - 1] not in ("his", "her") or caps[end + 1]:
            continue
        titled = [p for first, _, p in a.people if first < i and p.title]
        if not titled:
            # "Madbouly and his Jordanian counterpart co-chaired ...": a surname alone before
            # "and his", whose office an earlier mention told
            bare = (
                doc.registry.resolve(a.tokens.words[i - 3])
                if lowers[i - 2] == "and" and caps[i - 3]
                else None
            )
            titled = [bare] if bare is not None and bare.title else []
        if not titled:
            continue
        offices = _offices(titled[-1].title)
        holder = next(
            (
                p
                for p in reversed(doc.registry.people)
                if p.country_iso3 == mention.iso3 and p.title and _offices(p.title) & offices
            ),
            None,
        )
        if holder is not None:
            found.append(holder)
    return found


def _owners_of_other_events(a: AnalysedSentence, group: list[Trigger]) -> frozenset[int]:
    """The name tokens of the owners of another of the sentence's events, when this event
    names its parties after "between" ("Bolat's visit follows a phone conversation between
    Erdogan and Japarov"): Bolat's is the visit, and he took no part in the call for being
    named in its sentence."""
    tokens = a.tokens
    own = {t.token for t in group}
    if tokens.lowers[max(own) + 1] != "between":
        return frozenset()  # "X's visit follows his meeting with Y": X, "his", was at both
    others = {t.token for t in a.clauses.triggers} - own
    # the event told before that this one "follows" is no trigger, but still someone's
    others |= {
        k
        for k in range(tokens.n)
        if tokens.lowers[k] in et.NOUN_TRIGGERS and tokens.lowers[k - 1] in POSSESSIVE_MARKS and k not in own
    }
    owned: set[int] = set()
    for k in others:
        possessive = next((m for m in (k - 1, k - 2) if tokens.lowers[m] in POSSESSIVE_MARKS), None)
        m = possessive - 1 if possessive is not None else -1
        while m >= 0 and tokens.caps[m]:
            owned.add(m)
            m -= 1
    return frozenset(owned)


#: Adverbs between "and" and a coordinated verb ("and later met X", "and also signed").
_COORDINATION_ADVERBS: Final = et.SEQUENCE_ADVERBS | {"jointly"}


def _and_before(lowers: list[str], trigger: Trigger) -> int:
    """The "and" that opens the coordinated verb phrase of `trigger` ("and signed", "and later
    met", "and held talks"), or -1: the verb shares the subject of the verb before it."""
    k = trigger.token - 1
    if trigger.noun:
        # "and held talks", "and held bilateral talks": back over the light verb
        k = next((j for j in range(k, max(-1, k - 3), -1) if lowers[j] in et.LIGHT_VERBS), -1) - 1
    while k > 0 and lowers[k] in _COORDINATION_ADVERBS:
        k -= 1
    return k if k > 0 and lowers[k] == "and" else -1


def _names_party(a: AnalysedSentence, start: int, end: int) -> bool:
    """Whether a person or an organization is named in [start, end)."""
    return any(start <= first < end for first, _, _ in a.people + a.orgs)


def _objects_of_coordinated_verbs(a: AnalysedSentence, unit: Unit, group: list[Trigger]) -> frozenset[int]:
    """The tokens of the parties another event verb of the same clause names as its own object,
    when the two verbs share one subject and each names its party ("X met Y and signed an MoU
    with Z": Y was met, Z signed, X did both). Without a party of its own a coordinated verb
    shares the first one's ("X met Y and signed an MoU": X and Y signed)."""
    lowers = a.tokens.lowers
    own = {t.token for t in group}
    others = [t for t in a.clauses.triggers if t.token in unit.tokens and t.token not in own]
    if not others:
        return frozenset()
    first, end = min(own), max(unit.tokens) + 1
    taken: set[int] = set()
    # a verb coordinated after this one: what follows its "and" is its own
    cut = min((k for t in others if (k := _and_before(lowers, t)) > first), default=-1)
    if cut >= 0 and _names_party(a, first, cut) and _names_party(a, cut, end):
        taken |= {i for i in unit.tokens if i >= cut}
    # this verb coordinated after another: what that one names before the "and" is its object
    opening = _and_before(lowers, next(t for t in group if t.token == first))
    before = min((t.token for t in others if t.token < opening), default=-1)
    if before >= 0 and _names_party(a, before, opening) and _names_party(a, opening, end):
        taken |= set(range(before, opening))
    return frozenset(taken)


def _subject_of_main_event(a: AnalysedSentence, main: Unit, main_usable: frozenset[int]) -> frozenset[int]:
    """The tokens before the main clause's own event verb, its subject, when the main clause
    tells an event of its own ("X met Y in Seoul on Friday, a day after holding talks with Z");
    all of `main_usable` otherwise ("X told reporters after meeting Z"). A subordinate event
    that names its own party shares the main one's subject, not the party that one met."""
    verb = min((t.token for t in a.clauses.triggers if t.token in main.tokens and not t.noun), default=-1)
    if verb < 0 or not _names_party(a, verb, max(main.tokens) + 1):
        return main_usable
    return frozenset(i for i in main_usable if i < verb)


def _unnamed_subject_side(a: AnalysedSentence, main: Unit, main_usable: frozenset[int]) -> str | None:
    """The country of the main clause's subject when it names its one person by role only ("the
    Tajik president met X", "Rwanda's foreign minister held talks with Y"), else None: a
    subject with a name, or none before the clause's event word ("met", "held talks"), names no
    such side."""
    verb = min((t.token for t in a.clauses.triggers if t.token in main.tokens), default=-1)
    if verb < 0:
        return None
    subject = frozenset(i for i in main_usable if i < verb)
    if any(first in subject for first, _, _ in a.people):
        return None
    sides = unnamed_sides(a, subject)
    return next(iter(sides)) if len(sides) == 1 else None


def _signed_between(a: AnalysedSentence, trigger: int, usable: frozenset[int]) -> bool:
    """Whether the signing verb at `trigger` describes a document named right before it
    ("a contract signed ... between A and B") and "between" names its parties after it."""
    lowers = a.tokens.lowers
    if lowers[trigger] != "signed" or lowers[trigger - 1] not in et.AGREEMENT_NOUNS:
        return False
    if lowers[trigger - 2] not in ("a", "an", "the") and lowers[trigger - 3] not in ("a", "an", "the"):
        return False
    if not _WITNESS_WORDS.isdisjoint(lowers[:trigger]):
        return False  # "The two leaders witnessed a memorandum signed between ...": they took part
    between = next((i for i in sorted(usable) if i > trigger and lowers[i] == "between"), None)
    return between is not None and any(first > between for first, _, _ in a.orgs + a.people)


_WITNESS_WORDS: Final = et.word_set("witnessed witness witnessing presence attended oversaw")


#: Lower-case words an event noun's modifiers may hold before it ("trilateral", "annual").
_MAX_EVENT_MODIFIERS: Final = 3
#: Words that are no modifier of an event noun: "that the leaders met during the summit" tells
#: of the leaders, not of the summit alone.
_NOT_MODIFIERS: Final = et.word_set(
    "that during after before at since of for to with between by from in on among"
)


def reported_event_subject(a: AnalysedSentence, trigger: Trigger, usable: frozenset[int]) -> int:
    """The "that" after a speech verb ("noted that", "said that") whose clause opens on the event
    noun `trigger`, its subject ("noted that the Korea-Japan-China Summit held in Seoul ..."),
    or -1. Who speaks of an event is not told to have been at it. Without "that", a verb that
    takes a clause ("said the talks were overdue", "Critics, including X, said the meeting
    yielded little") is the cut, when a determiner opens the event's phrase and the event names
    no party of its own ("X said the talks with Y were useful": X may be Y's counterpart)."""
    tokens = a.tokens
    lowers = tokens.lowers
    if not trigger.noun:
        return -1  # "said that the two sides met": the verb's subject is named in the clause
    k = trigger.token - 1
    plain = 0  # lower-case modifiers passed ("the Korea-Japan-China trilateral meeting")
    while k > 0 and k in usable:
        if tokens.caps[k] or lowers[k] in ("the", "a", "an"):
            k -= 1  # over the event's determiner and name
        elif (
            plain < _MAX_EVENT_MODIFIERS
            and lowers[k].isalpha()
            and lowers[k] not in _NOT_MODIFIERS
            and lowers[k] not in _CLAUSE_SPEECH_VERBS
        ):
            plain += 1
            k -= 1
        else:
            break
    if (
        lowers[k] in _CLAUSE_SPEECH_VERBS
        and k in usable
        and lowers[k + 1] in _EVENT_DETERMINERS
        and lowers[trigger.token + 1] not in _OWN_PARTY_WORDS
        # ("X, who accompanied Y, said the talks ...": X was of Y's party)
        and _PRESENCE_VERBS.isdisjoint(lowers[:k])
    ):
        return k  # "X said the meeting went well": X comments on the meeting told before
    if lowers[k] != "that" or k not in usable or lowers[k - 1] not in et.SPEECH_VERBS:
        return -1
    return k


#: Speech verbs whose object is the clause they report, never its audience nor the event
#: itself ("said the talks were overdue"; not "told the meeting", "reported the meeting").
_CLAUSE_SPEECH_VERBS: Final = et.word_set("said says say added adds")
#: Determiners of an event told before: "said the meeting", "said this week's talks".
_EVENT_DETERMINERS: Final = et.word_set("the this that these those")
#: Verbs that tell a speaker was at the event he speaks of: "X, who accompanied Y, said ...",
#: "X, who attended the talks, said ...".
_PRESENCE_VERBS: Final = et.PARTY_VERBS | et.word_set("attended participated")
#: Words after an event noun that name its own party: "the talks with Y", "the call between".
_OWN_PARTY_WORDS: Final = et.word_set("with between")


#: Verbs with which a gathering, as their subject, tells what it took note of ("The summit
#: noted that ...", "The council welcomed that ...").
_NOTING_VERBS: Final = et.SPEECH_VERBS | et.word_set(
    "welcomed hailed commended acknowledged recognised recognized observed appreciated"
)


def _what_the_event_noted(a: AnalysedSentence, trigger: Trigger) -> int:
    """The "that" after a verb of noting whose subject is the event noun `trigger` ("The summit
    also noted that X had approved ..."), or -1: who the clause after it names was spoken of
    at the event, not at it."""
    if not trigger.noun:
        return -1
    lowers = a.tokens.lowers
    k = trigger.token + 1
    while k < a.tokens.n and lowers[k] in et.SKIPPABLE:
        k += 1
    return k + 1 if lowers[k] in _NOTING_VERBS and lowers[k + 1] == "that" else -1


def _offices(title: str | None) -> set[frozenset[str]]:
    """The offices a title holds, each as its words without "of", "for", "the" and "affairs", so
    that "Foreign Minister" and "Minister of Foreign Affairs" are one office, and "Deputy Prime
    Minister and Foreign Minister" holds two."""
    if not title:
        return set()
    parts = title.lower().replace(",", " ").split(" and ")
    return {frozenset(part.split()) - _NOT_OFFICE_WORDS for part in parts}


_NOT_OFFICE_WORDS: Final = frozenset(["of", "for", "the", "affairs"])


def _without_rank(title: str) -> str:
    """A lower-case title without the rank words that leave its office the same ("first vice
    president" is a vice president, "acting prime minister" a prime minister)."""
    words = title.split()
    while len(words) > 1 and words[0] in _SAME_OFFICE_RANKS:
        words.pop(0)
    return " ".join(words)


_SAME_OFFICE_RANKS: Final = frozenset(["first", "senior", "acting", "interim", "caretaker"])


def _owner_of_venue(tokens: Tokens, first: int, following: int) -> bool:
    """Whether the title from token `first` owns the venue an event was held at ("agreed ...
    during talks at the prime minister's office", "in the president's official residence"):
    the place is named, not a side, and the host is already the sentence's subject; read as a
    side, the owner had left the talks with one person and no event."""
    if tokens.lowers[following] not in POSSESSIVE_MARKS or tokens.lowers[first - 2] not in ("at", "in"):
        return False
    return any(tokens.lowers[k] in _OWNED_VENUES for k in range(following + 1, following + 3))


#: What a title's possessive names as a venue: the office holder's seat, not the holder.
_OWNED_VENUES: Final = et.word_set("office offices residence palace house headquarters compound mansion")


def _principal_of_aide(a: AnalysedSentence, following: int) -> bool:
    """Whether a possessive at token `following` makes the title before it the principal of
    an aide titled after it ("The President of Ghana's special envoy, Trade Minister X, met
    ..."): the aide acts, the principal only names whom the aide serves."""
    if a.tokens.lowers[following] not in POSSESSIVE_MARKS:
        return False
    return any(following < t.first_token <= following + 3 for t in a.titles)


def _title_reference(doc: DocumentContext, a: AnalysedSentence, title: TitleMention) -> PersonMention | None:
    """The known person a definite title without a name refers to: "the Prime Minister",
    "the Turkish Vice President". Only an exact title match counts ("Prime Minister" is not
    the "Crown Prince and Prime Minister"), or the first office of a double title ("the Crown
    Prince" is the "Crown Prince and Prime Minister"), except for a guest ("called on the visiting
    Minister"): the latest known person whose title has those words, of a country no one
    else the sentence names is from."""
    tokens = a.tokens
    first = title.first_token
    kind = _visiting_kind(tokens, first)
    visiting = kind is not None
    if not visiting and (tokens.lowers[first - 1] != "the" or (first == 0 and tokens.lowers[0] != "the")):
        return None
    following = title.last_token + 1
    if any(first == following for first, _, _ in a.people) or (
        tokens.caps[following] and tokens.lowers[following] not in WORDS["function"]
    ):
        return None
    if _principal_of_aide(a, following) or _owner_of_venue(tokens, first, following):
        return None
    wanted = title.title.lower()
    hosts = {p.country_iso3 for _, _, p in a.people} if visiting else set()
    # "the minister held a meeting with Japan's Minister of Economy, X": someone else than X (an
    # apposition after a name, "X, the UAE's Minister of State", is X's)
    named_here = {name_key(p.name) for first, _, p in a.people if first > title.last_token}
    named_here |= doc.titled_others.get(wanted, set())  # (or after the same title before)
    bare = title.country_iso3 is None and wanted in _PORTFOLIO_HEADS
    # (the words of the body the title ties to, once for every person tested against them)
    body = _body_words(title.organization)
    holders = [
        person
        for person in reversed(doc.registry.people)
        if name_key(person.name) not in named_here
        and _holds_office(_office_held(doc, person, visiting), wanted, visiting, bare)
        and title.country_iso3 in (None, person.country_iso3)
        and _of_body(person, body)
        and person.country_iso3 not in hosts
        and _of_kind(person, kind or ())
    ]
    if visiting:
        # a guest is of no country a visit told went to, when a holder of another is known ("...
        # arrived in Kathmandu at the invitation of his Nepali counterpart, General X. ... the
        # visiting army chief called on Y": the Indian guest, not the Nepali host X)
        went_to = _visit_hosts(doc)
        guests = [person for person in holders if person.country_iso3 not in went_to]
        if not guests and not kind and (guest := _known_guest(doc)) is not None:
            # "X held talks with the Philippines' Secretary of Foreign Affairs Y in New Delhi. Z
            # called on the visiting minister": the guest, whatever her office is called, not
            # the host minister X (a kind of office no one holds, "the visiting navy chief",
            # names nobody told)
            guests = [guest]
        holders = guests or holders
    # "Indonesian President X held talks with Vietnamese President Y. The president also met
    # Vietnamese businessmen, including Z": of two holders, the one not of Z's country
    # (or "held talks with Colombian business leaders", "met the heads of Ecopetrol")
    others = (
        {p.country_iso3 for first, _, p in a.people if first > title.last_token}
        | {m.iso3 for i, m in a.countries if i > title.last_token and m.kind == "demonym"}
        | {company_country(o.name) for first, _, o in a.orgs if first > title.last_token}
    ) - {None}
    unmet = [person for person in holders if person.country_iso3 not in others] or holders
    if len(holders) > 1 and not visiting:
        return _subject_among(doc, a, unmet) or unmet[0]
    if holders:
        return unmet[0]
    # "External Affairs Minister S. Jaishankar called on X. ... the minister also met Y": the
    # first one told whose office ends with the word, the story's own (a week's round-up names
    # its minister first, and the ministers he met after)
    met = {p.country_iso3 for first, _, p in a.people if first > title.last_token} - {None}
    portfolio = [
        person
        for person in doc.registry.people
        if name_key(person.name) not in named_here
        and _portfolio_office(person.title, wanted)
        and title.country_iso3 in (None, person.country_iso3)
        and _of_body(person, body)
        and person.country_iso3 not in met  # (not a country a topic names: "the Egyptian-Moroccan committee")
    ]
    if portfolio:
        # (the subject of the sentence before when he holds one, of the same country: "Bolat
        # travelled to Moscow for talks with X. The minister also met Y" is Bolat, not the
        # minister of the lead; not "... were later joined by Iraqi Foreign Minister Z")
        holder = portfolio[0]
        held = _subject_among(doc, a, portfolio)
        return held if held is not None and held.country_iso3 in (None, holder.country_iso3) else holder
    # "the Angolan Head of State": a role that names no office, held by a known person; "the
    # Iranian minister": one word of the office of the known Iranian told with it; "the
    # Sudanese Prime Minister": an office of several words, held whole
    words = _ROLE_NOUNS.get(wanted) or (wanted,)
    if title.country_iso3 is not None:
        held = _role_holder(doc, title.country_iso3, words)
        # (not the one the title names after it: "the High Commissioner of Singapore, X")
        return held if held is not None and name_key(held.name) not in named_here else None
    if wanted in _BARE_HEADS:
        return _sole_head(doc, a, _ROLE_NOUNS[wanted], named_here)
    return None


#: Roles that name a head without an office's own words: "the head of state" is the President,
#: King or Emir told before, never anyone titled "Head of State".
_BARE_HEADS: Final = frozenset(["head of state", "head of government"])


def _sole_head(
    doc: DocumentContext, a: AnalysedSentence, words: tuple[str, ...], named_here: set[tuple[str, ...]]
) -> PersonMention | None:
    """The known head a bare "the head of state" (or "of government") names, told without a
    country ("President X received Hungarian Foreign Minister Y. The head of state recalled his
    phone conversation with Prime Minister Z"): the one person told so far whose title holds
    the office's words, or of several, the subject the story goes on with; None when several
    are told and none is that subject (the host's or the guest's, the sentence cannot say)."""
    heads: dict[tuple[str, ...], PersonMention] = {}
    for person in doc.registry.people:
        title = (person.title or "").lower().replace("-", " ").split()
        key = name_key(person.name)
        if key not in named_here and not set(words).isdisjoint(title) and "vice" not in title:
            heads.setdefault(key, person)
    if len(heads) == 1:
        return next(iter(heads.values()))
    return _subject_among(doc, a, list(heads.values())) if heads else None


def _office_held(doc: DocumentContext, person: PersonMention, visiting: bool) -> str | None:
    """A known person's office, for a guest named as someone's counterpart with no title of his
    own ("President X hosted his Zimbabwean counterpart Y. ... the visiting president
    addressed a business forum") the office of the one he was introduced against, as
    `_role_holder` reads it: Y is the visiting president (he had held no office, and the guest
    told last, a minister who signed a memorandum, had been taken). Only for "the visiting":
    a host's bare "the president" keeps to titles told."""
    if person.title or not visiting or not person.counterpart:
        return person.title
    return _counterparts_title(doc, person)


def _subject_among(
    doc: DocumentContext, a: AnalysedSentence, holders: list[PersonMention]
) -> PersonMention | None:
    """The holder of a bare title that is the subject the story goes on with, as a "he" would
    ("Prime Minister X held a video call with Tongan Prime Minister Y. Later the Prime Minister
    received Z": X, not Y, the holder named last); None when the subject holds no such office."""
    subject = previous_subject(doc, a)
    return next((p for p in holders if subject is not None and p.name == subject.name), None)


def _body_words(organization: str | None) -> frozenset[str] | None:
    """The lower-case words of the body a title ties to, for `_of_body`; None for no body."""
    return frozenset(organization.lower().split()) if organization is not None else None


def _of_body(person: PersonMention, body: frozenset[str] | None) -> bool:
    """Whether a known person can hold an office a title ties to a body ("the President of the
    AU Commission"; `body` its words, `_body_words`): one who represents that body, not a head
    of state told by the bare office ("Mauritanian President X" is no president of a commission)."""
    if body is None:
        return True
    held = set((person.organization or "").lower().split())
    return bool(held & body)


def _visit_hosts(doc: DocumentContext) -> set[str]:
    """The countries the visits told so far went to; without one, the country of the city
    the first engagement told was held in, where the guest is visiting ("X held talks with
    Foreign Minister Y in Colombo. The visiting minister also met Z": X, not Colombo's Y); when
    no engagement told has a city of its own, the dateline's country, where the first talks are
    then held ("COLOMBO - X held talks with Y on Tuesday. The visiting minister ...": X again).
    (Not every place told: "the commission would meet in New Delhi" is the guest's own.)"""
    hosts = {c.host for c in doc.candidates if c.type == et.VISIT and c.host is not None}
    if hosts:
        return hosts
    place = next((c.location for c in doc.candidates if c.location is not None), None)
    lead = city_country(place) if place is not None else filed_country(doc)
    return {lead} if lead is not None else set()


#: Most words that may tell what kind of office a visiting guest holds ("the visiting army chief").
_MAX_VISITING_KIND: Final = 2


def _visiting_kind(tokens: Tokens, first: int) -> tuple[str, ...] | None:
    """The words between "the visiting" and a title at token `first` ("the visiting army chief":
    ("army",)), () when none; None when "the visiting" is not before the title. Those words
    are nouns that say which of the guest's offices the title is, the one told with the
    visitor (a title had to follow "visiting" right away: "the visiting army chief" named nobody)."""
    lowers = tokens.lowers
    for k in range(first - 1, max(0, first - 2 - _MAX_VISITING_KIND), -1):
        if lowers[k] == "visiting":
            return tuple(lowers[k + 1 : first]) if lowers[k - 1] == "the" else None
        if not lowers[k].isalpha() or lowers[k] in WORDS["function"] or lowers[k] in _DETERMINERS:
            return None
    return None


def _of_kind(person: PersonMention, kind: tuple[str, ...]) -> bool:
    """Whether a person's title or body holds every word of a visiting guest's kind of office
    ("army" for "the visiting army chief": "chief" of the "Indian Army")."""
    if not kind:
        return True
    words = set(f"{person.title or ''} {person.organization or ''}".lower().split())
    return words.issuperset(kind)


def _venue_at(lowers: list[str], first: int) -> bool:
    """Whether the name at token `first` follows "at"/"in" (the), or "of" after a part of a place
    ("welcomed on the tarmac of Kotoka International Airport"), or "at"/"in" and a city's
    possessive ("greeted at Lusaka's Kenneth Kaunda International Airport"): a place, not a party."""
    k = first - 2 if lowers[first - 1] == "the" else first - 1
    if first > 0 and lowers[k] == "of" and lowers[k - 1] in _PLACE_PARTS:
        return True
    if first > 0 and lowers[k] in POSSESSIVE_MARKS:
        # (over the city's words: "at Dar es Salaam's ...")
        return any(lowers[j] in ("at", "in") for j in range(max(0, k - 1 - _CITY_WORDS), k - 1))
    return first > 0 and lowers[k] in ("at", "in")


#: Words of a city's name before its possessive, within which "at" or "in" is looked for.
_CITY_WORDS: Final = 3


#: Parts of a venue named before "of" and its name: "the tarmac of X Airport", "the VIP lounge of".
_PLACE_PARTS: Final = et.word_set("tarmac apron lounge terminal grounds premises")


def _holds_office(held: str | None, wanted: str, visiting: bool, bare: bool = False) -> bool:
    """Whether an office told in full (`held`) is the one a definite title names (`wanted`).

    A `bare` title ("the minister", no country) is as much the "Foreign Trade Minister" as the
    "Minister of Agricultural Development": an office told with its portfolio after the head
    is then weighed with those told with it before (_portfolio_office), the story's own first,
    not taken as the title's exact holder over them."""
    held = (held or "").lower()
    return bool(held) and (
        held == wanted
        or _without_rank(held) == wanted  # "the Iranian vice president": First Vice President
        or held.startswith(f"{wanted} and ")  # "the Crown Prince": Crown Prince and Prime Minister
        or (held.startswith(f"{wanted} of ") and not bare)  # "the Chief Minister": Chief Minister of Assam
        or held.startswith(f"{wanted} to ")  # "the Ambassador": Ambassador to Ethiopia
        or (visiting and re.search(rf"\b{re.escape(wanted)}\b", held) is not None)
        or (" " in wanted and _portfolio_first(held) == _portfolio_first(wanted))
    )


def _portfolio_first(office: str) -> str:
    """A minister's office (lower case) written portfolio first and without "affairs", so the
    two ways of writing one are the same: "minister of foreign affairs" and "foreign minister"
    are "foreign minister", "minister for trade and industry" is "trade and industry minister".
    (Only a minister's: "Secretary of State" is no "State Secretary".)"""
    inverted = _MINISTER_OF.fullmatch(office)
    if inverted is not None:
        office = f"{inverted.group(1)} minister"
    return " ".join(word for word in office.split() if word != "affairs")


_MINISTER_OF: Final = re.compile(r"minister (?:of|for) (?:the )?(.+)")


def _portfolio_office(held: str | None, wanted: str) -> bool:
    """Whether an office named without its portfolio ("the minister", "the secretary of state")
    is the head of an office told with its portfolio before it ("External Affairs Minister",
    "Trade Secretary") or after it ("secretary of state for foreign trade"), not of a lower rank
    of it ("Deputy Minister")."""
    held = (held or "").lower()
    wanted_words = wanted.split()
    if wanted_words[0] not in _PORTFOLIO_HEADS:
        return False
    if held.startswith(f"{wanted} ") and held.split()[len(wanted_words)] in ("for", "of"):
        return True
    if len(wanted_words) > 1 or not held.endswith(f" {wanted}"):
        return False
    words = held.split()
    return words[-2] not in _LOWER_RANKS and words[0] not in _LOWER_RANKS


_PORTFOLIO_HEADS: Final = frozenset(["minister", "secretary", "ambassador", "commissioner", "governor"])
_LOWER_RANKS: Final = frozenset(
    ["vice", "deputy", "assistant", "under", "junior", "state", "associate", "co"]
)


def _antecedent_title_countries(a: AnalysedSentence, head: int) -> set[str]:
    """The country of the title a "who" clause's antecedent ends on ("The Tajik president, who
    is on a working visit to Kyrgyzstan": Tajikistan). A title with no name after it is no
    person the clause's people hold, so the visitor's side had been lost and the visit, with
    its host's side alone, dropped."""
    return {t.country_iso3 for t in a.titles if t.last_token == head and t.country_iso3 is not None}


def _antecedent_phrase(a: AnalysedSentence, head: int) -> frozenset[int]:
    """The tokens of the segment that ends on a relative clause's antecedent, up to it."""
    start = a.clauses.segments[a.clauses.segment_of[head]].start
    return frozenset(range(start, head + 1)) - a.clauses.topic - a.clauses.excluded


def _names_told(c: Draft, family: str, nouns: set[str]) -> bool:
    """Whether a definite anchor of `family` with these nouns may name engagement c told
    before: the same type or noun, or a meeting for a forum word and the reverse, as the
    reference merge reads it ("X met Y on Friday. Before the summit, Z met W on Thursday":
    "the summit" is Friday's meeting, which Z did not hold)."""
    return c.type == family or bool(c.lemmas & nouns) or {c.type, family} == {et.MEETING, et.FORUM}


def _before_speech(
    a: AnalysedSentence, tokens: frozenset[int], after: int = -1, that: bool = False
) -> frozenset[int]:
    """The tokens before the first speech verb among them past token `after` (or "that", when
    `that`): "X, speaking at a seminar in Santiago on Monday, said he expected exports to China
    to keep growing" names the speaker's side before "said", and what he said after it, which
    names no side of the seminar (China had been one)."""
    lowers = a.tokens.lowers
    if _SAID.isdisjoint(lowers) and not (that and "that" in lowers):
        # no speech verb: one scan in C; the tokens themselves when all are the sentence's (no
        # generator over them)
        if not tokens or max(tokens) < a.tokens.n:
            return tokens
        return frozenset(i for i in tokens if i < a.tokens.n)
    said = min(
        (i for i in tokens if i > after and (lowers[i] in _SAID or (that and lowers[i] == "that"))),
        default=a.tokens.n,
    )
    return frozenset(i for i in tokens if i < said)


#: Speech verbs that are no noun as well (not "states", "notes", "reports": "exchanged notes
#: with Kenya", "the two states").
_SAID: Final = et.word_set("said says told tells stated noted added adds announced announces")


def _needs_subject(
    doc: DocumentContext,
    a: AnalysedSentence,
    unit: Unit,
    family: str,
    group: list[Trigger],
    usable: frozenset[int],
    own_named: bool,
) -> bool:
    """Whether an anchor clause that creates the events ("after talks with X", "after their
    meeting") leaves its people to the main clause's subject. Asked only of such an anchor,
    the one reader of the answer (its parts had been worked out for every clause)."""
    lowers = a.tokens.lowers
    # "after their talks": the main clause's people; "Following the talks, A and B signed":
    # the talks are told already and A and B are the signatories, not necessarily its people
    definite = all(t.definite for t in group)
    possessive = not own_named and not _POSSESSIVES.isdisjoint(map(lowers.__getitem__, unit.tokens))
    # "after talks with Chancellor Scholz": the one the talks were with is named, the other
    # side is the main clause's subject
    # (not "a week after Zelenskiy's talks with Scholz": its owner is named)
    trigger = group[0].token
    owner_named = own_named and lowers[trigger - 1] in POSSESSIVE_MARKS and a.tokens.caps[trigger - 2]
    # ("after a phone call with X": the group's last word, "call", comes before "with")
    # ("after talks at the Presidential Palace with X": a venue may come between)
    with_other = _with_after(a.tokens, unit, max(t.token for t in group)) and not owner_named
    # "X and Y agreed ..., after the annual leaders' meeting": a definite event nothing told
    # before is new, and the main clause's people held it ("After the summit" after "held a
    # summit with Y", their meeting, is told: its noun names it)
    nouns = {t.lemma for t in group}
    untold = definite and not any(_names_told(c, family, nouns) for c in doc.candidates)
    if own_named and any(lowers[i] in _LATTER_FORMER and lowers[i + 1] in POSSESSIVE_MARKS for i in usable):
        untold = False  # "during the latter's visit": its owner is named, as in "during Y's visit"
    # "a day after Italy's Eni and Algeria's Sonatrach signed a deal": bodies named as its
    # subject are the anchor's own participants, as people are
    # (not a venue: "during talks at the Fa'onelua Convention Centre")
    own_bodies = _own_bodies(a, usable)
    # "after the two witnessed the signing ... in the presence of X and Y": "the two" are the
    # main clause's, not the people the anchor names after them
    pair_first = any(
        lowers[i] in _PAIR_PRONOUNS
        and _is_pair_pronoun(lowers, i)
        and all(i < first for first, _, _ in a.people if first in usable)
        for i in usable
    )
    return not _others_by_office(a, unit, trigger) and (
        _has_plural_pronoun(a, unit)
        or pair_first
        or possessive
        or with_other
        or untold
        or not (own_named or own_bodies or definite)
    )


def _others_by_office(a: AnalysedSentence, unit: Unit, trigger: int) -> bool:
    """Whether the anchor's own subject is officials named by an office the people of the rest
    of the sentence do not hold: "X and Y met on Wednesday, a day after the two countries'
    foreign ministers spoke by phone", X and Y being defence ministers. The call was the
    foreign ministers', who go unnamed, not X's and Y's ("a day after the two leaders spoke"
    names no office, and stays theirs)."""
    lowers = a.tokens.lowers
    offices = [
        lowers[i - 1]
        for i in unit.tokens
        if i < trigger
        and _head_noun(lowers[i]) in et.COLLECTIVE_NOUNS
        and lowers[i - 1].isalpha()
        and lowers[i - 1] not in _NOT_OFFICES
    ]
    if not offices:
        return False
    titles = [p.title.lower() for first, _, p in a.people if first not in unit.tokens and p.title]
    return bool(titles) and not any(office in title for office in offices for title in titles)


#: Words before a plural of officials that name no office: "the two leaders", "both sides".
_NOT_OFFICES: Final = et.word_set("the two both three their our all other and of whose these those")


def _own_bodies(a: AnalysedSentence, usable: frozenset[int]) -> bool:
    """Whether the clause names bodies of its own as its subject (not a venue), asked only
    where no person of its own is named."""
    lowers = a.tokens.lowers
    return any(first in usable and not _venue_at(lowers, first) for first, _, _ in a.orgs)


def _has_plural_pronoun(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether a unit speaks of its people as "they", "their" or "both"."""
    lowers = a.tokens.lowers
    return not et.PLURAL_PRONOUNS.isdisjoint(map(lowers.__getitem__, unit.tokens))


def _bare_names(doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int]) -> list[PersonMention]:
    """Known people named by one word of their name ("Tokayev", "Xi", "Bolat")."""
    return [person for _, person in bare_name_tokens(doc, a, usable)]


def _recent_people(
    doc: DocumentContext, a: AnalysedSentence, role: frozenset[str] = frozenset()
) -> list[PersonMention]:
    """The people of the sentence read just before, when no engagement was told yet; when the
    collective names a portfolio, those who hold it ("the two agriculture ministers" are not
    the presidents just named)."""
    index, people = doc.previous_people
    if _portfolio(role):
        people = [p for p in people if _holds(p, role)]
    return people if a.index - index <= 2 and len(people) >= 2 else []


def _named_just_before(
    doc: DocumentContext, a: AnalysedSentence, target: Draft, role: frozenset[str]
) -> bool:
    """Whether "the two leaders" are rather the two people of the sentence just before (read
    for no event of its own), when the engagement found for them has principals who do not
    hold the role the words name, and those two are of two countries."""
    index, people = doc.previous_people
    if role not in _COLLECTIVE_ROLES.values() or index != a.index - 1 or len(people) != 2:
        return False
    if any(person in target.people or person.organization for person in people):
        return False
    if any(p.title and not _holds(p, role) for p in people):
        return False
    if all(_holds(p, role) for p in principals(doc, target, role)):
        return False
    countries = people_countries(doc, target, people)
    return len({countries.get(p.name) for p in people} - {None}) == 2


def _other_side_of_talks(
    doc: DocumentContext, a: AnalysedSentence, main_usable: frozenset[int], named: list[PersonMention]
) -> list[PersonMention]:
    """Who held the talks of an anchor with someone ("After talks with President X, the two
    sides signed ...") when the main clause's subject is the sides together, naming no one: the
    subject the story follows (the visitor told before), if of another country than the one
    the talks were with; the sides are those two."""
    lowers = a.tokens.lowers
    collective = any(
        _head_noun(lowers[i]) in et.COLLECTIVE_NOUNS and _is_collective(a.tokens, i) for i in main_usable
    )
    if not named or not collective:
        return []
    person = previous_subject(doc, a)
    if person is None or any(p.name == person.name for p in named):
        return []
    country = known_country(doc, person)
    named_countries = {known_country(doc, p) for p in named}
    return [person] if country is not None and country not in named_countries else []


def _with_after(tokens: Tokens, unit: Unit, last: int) -> bool:
    """Whether the anchor's event noun at `last` goes on to the one it was held "with", right
    after it, past its day ("during a meeting today with X", "after talks on Monday with X": the
    main clause's subject had been left out) or past a venue of a few words ("after talks at
    the Presidential Palace with X")."""
    lowers = tokens.lowers
    if lowers[after_short_date(tokens, last + 1)] == "with" or _called_on_after(tokens, last):
        return True
    if lowers[last + 1] not in ("at", "in"):
        return False
    return any(lowers[i] == "with" and i in unit.tokens for i in range(last + 3, min(last + 9, tokens.n)))


def _called_on_after(tokens: Tokens, last: int) -> bool:
    """Whether the call (or courtesy visit) noun at `last` goes on to the one called on, as
    "talks with X" do: "during a courtesy call on Deputy Prime Minister X", "a courtesy visit to
    Sultan X" (whoever paid it is the main clause's subject, as "during his courtesy call"
    says); not "a call on Tuesday", nor "a visit to Japan" without "courtesy"."""
    lowers = tokens.lowers
    after = last + 2 + (lowers[last + 2] == "the")
    called = (lowers[last] in ("call", "calls") and lowers[last + 1] == "on") or (
        lowers[last] in ("visit", "visits") and lowers[last + 1] == "to" and lowers[last - 1] == "courtesy"
    )
    return called and after < tokens.n and tokens.caps[after] and lowers[after] not in WORDS["calendar"]


def _sentence_pair(
    doc: DocumentContext, named: list[PersonMention], role: frozenset[str]
) -> list[PersonMention] | None:
    """The two people of two countries the rest of a sentence names, who hold the role its
    collective words name ("The two presidents last met in D, when X and Y signed ..."), or
    None: with no role named ("the two sides"), or other than two, they may be anyone."""
    if not role or len(named) != 2 or not all(_holds(p, role) for p in named):
        return None
    countries = {known_country(doc, p) for p in named}
    return named if None not in countries and len(countries) == 2 else None


def _visitor_named_after(
    a: AnalysedSentence, trigger: int, family: str, people: list[PersonMention], collective: list[int]
) -> bool:
    """Whether a visit noun names its visitor after "of"/"by" ("the state visit of President X
    to Muscat", "the 2023 visit by X"), with the collective words ("the sides", "both leaders")
    all before the noun: those who recalled or hailed the visit are not who paid it."""
    lowers = a.tokens.lowers
    return (
        family == et.VISIT
        and bool(people)
        and trigger + 1 < a.tokens.n
        and lowers[trigger + 1] in ("of", "by")
        and all(i < trigger for i in collective)
    )


def _counts_two(tokens: Tokens, collective: list[int]) -> bool:
    """Whether the collective words count two: "the two leaders", "both ministers", "both"."""
    lowers = tokens.lowers
    return any(lowers[i] == "both" or lowers[i - 1] in ("two", "both") for i in collective)


def _pair_of_more(doc: DocumentContext, heads: list[PersonMention]) -> list[PersonMention] | None:
    """The two of an engagement of more sides whom "the two leaders" name, or None when it has
    two at most: the two the story named first, the pair it follows ("X and Y met at the
    summit, with Z", "The two prime ministers held talks, joined by Z": a third joined them,
    and two are not three)."""
    if len(heads) <= 2:
        return None
    names = [p.name for p in doc.registry.people]
    return sorted(heads, key=lambda p: names.index(p.name) if p.name in names else len(names))[:2]


def _story_pair(doc: DocumentContext) -> set[str]:
    """The two countries a story is about, when it names two clearly more than any other."""
    ranked = doc.country_counts.most_common(3)
    if len(ranked) >= 2 and (len(ranked) == 2 or ranked[1][1] > ranked[2][1]):
        return {ranked[0][0], ranked[1][0]}
    return set()


def _of_the_body_told(a: AnalysedSentence, trigger: Trigger) -> bool:
    """Whether the session is told with a definite article: "the session", or "the previous
    session", which is an event of its own (not definite in `Trigger`'s sense, a reference to
    the event told) but of the same body."""
    lowers = a.tokens.lowers
    k = trigger.token
    earlier = k >= 2 and lowers[k - 1] in EARLIER_ADJECTIVES and lowers[k - 2] == "the"
    return trigger.definite or earlier


#: Bodies of two governments whose sessions a story tells by the body's short name ("the
#: commission", "the Joint Commission"): its sides are the story's.
_BILATERAL_BODIES: Final = et.word_set("commission")


def _sides_of_the_body(doc: DocumentContext, body: str) -> set[str]:
    """The sides of the last session of `body` told before, else the story's two countries."""
    told = next((c for c in reversed(doc.candidates) if c.body == body and len(sides(c)) >= 2), None)
    return sides(told) if told is not None else _story_pair(doc)


#: Plain nouns for people, which stand for the participants only after "two" or "both": "The
#: two men first met in ...", "both women" (not "men and women" of a workforce).
_PEOPLE_NOUNS: Final = et.word_set("men women")
_COLLECTIVE_WORDS: Final = et.COLLECTIVE_NOUNS | _PEOPLE_NOUNS | {"they", "them", "their", "we"}
_SIDE_NOUNS: Final = et.word_set("countries nations states")
_PLURAL_PRONOUNS: Final = et.word_set("they them their")


def _second_body(a: AnalysedSentence, usable: frozenset[int]) -> int:
    """Where the second named body of a clause begins (past the end when fewer are named): a
    plural pronoun after it ("A and B signed their ...") refers to the bodies."""
    firsts = sorted(first for first, _, _ in a.orgs if first in usable)
    return firsts[1] if len(firsts) > 1 else a.tokens.n


def _second_country(a: AnalysedSentence, usable: frozenset[int]) -> int:
    """Where the second country named by its name in a clause begins (past the end when fewer
    are named): a possessive after it ("A and B signed their ...") refers to the countries."""
    firsts = sorted(i for i, mention in a.countries if i in usable and mention.kind == "name")
    return firsts[1] if len(firsts) > 1 else a.tokens.n


def _head_noun(lower: str) -> str:
    """The last part of a hyphenated noun unless the whole is one ("co-chairs"):
    "vice-ministers" -> "ministers"."""
    if "-" not in lower or lower in _COLLECTIVE_WORDS:
        return lower
    return lower.rsplit("-", 1)[-1]


#: Bodies and sittings that stand for their parties as the subject of a verb of witnessing.
_WITNESSING_BODIES: Final = et.word_set("council commission committee forum summit meeting session")
_HEADED: Final = et.word_set("state states government governments delegation delegations the both")


def _attended_by_others(a: AnalysedSentence, people: list[PersonMention], collective: list[int]) -> bool:
    """Whether everyone the clause names in full comes after an "attended by"/"joined by"/"in
    the presence of" told after its collective subject ("The two presidents chaired the
    commission, attended by ministers A and B"): those named attended beside the two, who are
    still the two told before, not A and B (as "The two delegations, led by A and B" would)."""
    lowers = a.tokens.lowers
    first = min(collective)
    # (also "the two signed a security pact in the presence of Defence Minister A and Foreign
    # Minister B": A and B looked on; the signatories are still the two, who had been lost)
    mark = next(
        (
            k
            for k in range(first + 1, a.tokens.n - 1)
            if (lowers[k + 1] == "by" and lowers[k] in _JOINED_BY)
            or (lowers[k] == "presence" and lowers[k + 1] == "of" and lowers[k - 1] == "the")
        ),
        None,
    )
    if mark is None:
        return False
    starts = [start for start, _, p in a.people if p in people]
    return bool(starts) and len(starts) == len(people) and all(start > mark for start in starts)


#: Participles whose "by" names who was there beside the subject.
_JOINED_BY: Final = et.word_set("attended joined")


def _witnessing(lowers: list[str], i: int) -> bool:
    """Whether the collective noun at i is the subject of a verb of witnessing, after its "of
    State/Government" complement and an adverb: "The two Heads of State also witnessed ..."."""
    j = i + 3 if lowers[i] == "heads" and lowers[i + 1] == "of" else i + 1
    if lowers[j] in et.SKIPPABLE:
        j += 1
    if lowers[j] in _LOOKING_ON and lowers[j + 1] == "on" and "with" in lowers[max(0, i - 4) : i]:
        return True  # "With both heads of government looking on, X and Y signed ...": they saw it
    return lowers[j] in _WITNESS_VERBS


#: Participles of "with the two leaders looking on", which make them witnesses of the signing.
_LOOKING_ON: Final = et.word_set("looking looked")


def _is_collective(tokens: Tokens, i: int) -> bool:
    """Whether token i refers to the participants together: "the two leaders", "the sides", "they"."""
    lower = tokens.lowers[i]
    if lower in ("they", "them", "their"):
        return True
    if lower == "we":
        return _we_signed(tokens.lowers, i)
    if lower in _PEOPLE_NOUNS:
        return tokens.lowers[i - 1] in ("two", "both")  # "the two men", "both women"
    if lower in _WITNESSING_BODIES:
        # "The council also witnessed the signing of 17 agreements": the body that met, i.e. the
        # parties of its meeting, saw the documents signed
        return tokens.lowers[i - 1] == "the" and _witnessing(tokens.lowers, i)
    lower = _head_noun(lower)  # "the two vice-ministers", "both deputy-premiers"
    if lower in et.COLLECTIVE_NOUNS:
        if lower == "heads":  # "heads of state", "the heads of delegation"; "a heads of agreement" is a deal
            return tokens.lowers[i + 1] == "of" and tokens.lowers[i + 2] in _HEADED
        determiners = ("the", "two", "both", "three")
        # "the two leaders", "the two Government leaders", "both foreign ministers", "the two
        # deputy prime ministers"
        lowers = tokens.lowers
        return (
            lowers[i - 1] in determiners
            or lowers[i - 2] in determiners
            or (
                lowers[i - 3] in determiners and lowers[i - 2] in TITLE_WORDS and lowers[i - 1] in TITLE_WORDS
            )
        )
    return False


_APPOSITION_REACH: Final = 12  # tokens from a collective to the comma: "co-chairs of the A-B commission on X"
_TITLE_REACH: Final = 7  # tokens from that comma to the first name: "Deputy Prime Minister of Armenia"
_APPOSITION_CLOSERS: Final = frozenset([",", ".", ";", ")", "who"])


def _members_named_after(a: AnalysedSentence, i: int, usable: frozenset[int]) -> bool:
    """Whether the collective at token i is followed, after its "of" phrase, by a comma and two
    people joined by "and" ("by the co-chairs of the joint commission, Minister A and Minister
    B"): the apposition names who the collective is, no principals of an earlier event."""
    lowers = a.tokens.lowers
    end = min(a.tokens.n, i + _APPOSITION_REACH)
    comma = next((k for k in range(i + 1, end) if lowers[k] == ","), -1)
    if comma < 0 or lowers[i + 1] not in (",", "of"):
        return False
    named = sorted(
        (token_at(a.tokens.starts, p.start), first, end)
        for first, end, p in a.people
        if first in usable and first > comma
    )
    return (
        len(named) >= 2
        and named[0][0] - comma <= _TITLE_REACH
        and "and" in lowers[named[0][2] : named[1][0]]
        and all(lowers[k] not in (",", "and") for k in range(comma + 1, named[0][0]))
        # the apposition closes after the second name (not "In the presence of the two prime
        # ministers, A and B signed ...": the subject of the main clause)
        and (named[1][2] >= a.tokens.n or lowers[named[1][2]] in _APPOSITION_CLOSERS)
    )


def _we_signed(lowers: list[str], i: int) -> bool:
    """Whether the "we" at token i is the subject of a signing ("we signed an agreement", "we
    have also signed", "Today we signed two agreements"): in a speaker's account the speaker and
    the counterpart of the talks told, who signed together ("we" of anything else may be the
    speaker's country or side alone: "we export beef"; nor a signing to come: "If we sign")."""
    j = i + 1
    while lowers[j] in et.SKIPPABLE or lowers[j] in ("have", "had", "just", "today"):
        j += 1
    return et.VERB_TRIGGERS.get(lowers[j]) == et.AGREEMENT and lowers[j].endswith("ed")


#: "two" of "the two signed", "both" of "Both agreed", "pair" of "The pair witnessed": the
#: participants, with no noun.
_PAIR_PRONOUNS: Final = frozenset(["two", "both", "pair"])
#: Words that follow such a pronoun when it is the subject: verbs a past participle ending
#: does not tell, and adverbs before the verb.
_PAIR_PRONOUN_FOLLOWERS: Final = et.word_set(
    "met meet held hold spoke speak took made have had will would also then later jointly together "
    "agreed signed discussed exchanged reviewed witnessed"
)
_PREPOSITIONS: Final = et.word_set("of for to with between by from in on at among")


def _is_pair_pronoun(lowers: list[str], i: int) -> bool:
    """Whether "two", "both" or "pair" at token i stands alone for the participants, as the
    subject of a verb: "the two signed a memorandum", "Both agreed", "The pair witnessed"; not
    "the two countries", "for both"."""
    before, after = lowers[i - 1], lowers[i + 1]
    if lowers[i] in ("two", "pair") and before != "the":
        return False  # "the pair witnessed the signing" (RNZ), not "a pair of shoes"
    if lowers[i] == "both" and before in _PREPOSITIONS:
        return False
    if after in _PAIR_ADVERBS and i + 2 < len(lowers):
        after = lowers[i + 2]  # "The two last met in Athens", "the two previously held talks"
    return after in _PAIR_PRONOUN_FOLLOWERS or (len(after) > 4 and after.endswith("ed"))


#: Adverbs between a bare "the two" and its verb ("The two last met", "both recently spoke"),
#: looked past only when a verb follows them ("the two last years" stays a count).
_PAIR_ADVERBS: Final = et.word_set(
    "last first previously recently already again earlier once briefly subsequently"
)


def _guest_received_again(doc: DocumentContext, a: AnalysedSentence, i: int) -> PersonMention | None:
    """Who "he"/"she" at token i is when the clause receives him or her ("She was also received
    on Monday by Prime Minister Z"): the guest of the engagement told last, not its host. "X
    received Ghanaian Minister Y in Abidjan. She was also received by Z" goes on about Y, whom
    hosts receive one after another; the sentence's subject, X, had been taken, and the meeting
    with Z, of one side only, lost. The guest is the one person of that engagement of a country
    other than its place's, when its subject (the person "she" would otherwise be) is of the
    place's country; with no place, or a subject who is the guest, "she" reads as before."""
    if not _received_in_passive(a.tokens, i) or not doc.candidates:
        return None
    last = doc.candidates[-1]
    home = city_country(last.location) if last.location else None
    subject = previous_subject(doc, a)
    if home is None or subject is None or subject.country_iso3 != home:
        return None
    guests = {p.name: p for p in last.people if p.country_iso3 is not None and p.country_iso3 != home}
    return next(iter(guests.values())) if len(guests) == 1 else None


def _received_in_passive(tokens: Tokens, i: int) -> bool:
    """Whether the pronoun at token i is the subject of a passive of receiving: "she was
    received", "he was also warmly welcomed", "she was later hosted"."""
    k = i + 1
    if k >= tokens.n or tokens.lowers[k] not in ("was", "were"):
        return False
    k += 1
    while k < tokens.n and k - i <= _RECEIVED_REACH and tokens.lowers[k] in _RECEIVED_ADVERBS:
        k += 1
    return k < tokens.n and tokens.lowers[k] in _RECEIVED_VERBS


#: Passive participles that make their subject the guest: "was received (by)", "was welcomed".
_RECEIVED_VERBS: Final = et.word_set("received welcomed hosted greeted")
#: Adverbs between "was" and the participle: "was also received", "was later warmly welcomed".
_RECEIVED_ADVERBS: Final = et.LATER_WORDS | et.word_set("also warmly first then separately")
_RECEIVED_REACH: Final = 4


def _person_before(doc: DocumentContext, a: AnalysedSentence, i: int) -> PersonMention | None:
    """The person "he" or "she" at token i refers to within its sentence: the first one
    named before it, usually the subject ("during President Prabowo's visit to Beijing,
    where he met Xi"), or the known person a title refers to ("The Saudi minister arrived
    ..., where he was received")."""
    named = [(first, p) for first, _, p in a.people if first < i]
    named += [(j, p) for j, p in bare_name_tokens(doc, a, frozenset(range(i)))]
    lowers, words = a.tokens.lowers, a.tokens.words
    pronouns = et.SINGULAR_PRONOUNS
    earlier = next((j for j in range(i) if lowers[j] in pronouns and not et.shouted(words, j)), -1)
    if earlier >= 0 and all(earlier < first for first, _ in named):
        return None  # "In Manila, he met X, and in Tokyo he held talks with Y": the same "he"
    if not named:
        named = [
            (title.first_token, person)
            for title in a.titles
            if title.last_token < i and (person := _title_reference(doc, a, title)) is not None
        ]
    if named and lowers[i] in _OBJECT_PRONOUNS:
        # an object is never its own verb's subject, the one named right before it ("X, the
        # envoy, paid him a courtesy visit": "him" is someone told before, not X; "Y arrived,
        # where X welcomed him": Y), unless a person is told in between without a name ("X
        # called his Kazakh counterpart to thank him": the counterpart, whom X already stands with)
        nearest_first, nearest = max(named, key=lambda item: item[0])
        if not _unnamed_person_between(a.tokens, nearest_first, i):
            named = [(first, p) for first, p in named if p.name != nearest.name]
    return min(named, key=lambda item: item[0])[1] if named else None


#: Personal pronouns in the object case, among the singular ones.
_OBJECT_PRONOUNS: Final = frozenset(["him"])


def _unnamed_person_between(tokens: Tokens, start: int, end: int) -> bool:
    """Whether a person is told by a common noun in lower case between tokens start and end
    ("his counterpart", "the minister"): someone a later "him" may refer to."""
    return any(tokens.lowers[k] in _PERSON_NOUNS and not tokens.caps[k] for k in range(start + 1, end))


_PERSON_NOUNS: Final = HEAD_WORDS | COUNTERPART_WORDS


def _of_the_named(doc: DocumentContext, named: list[PersonMention]) -> DocumentContext:
    """The story with only the engagements of someone the rest of the sentence names, when
    there are any: "the two officials" beside a name are that person and a counterpart ("The
    two officials first met in Bogota in June, when Yeo led a business delegation": Yeo's
    meeting, not a later call of his counterpart on a mayor)."""
    joined = [c for c in doc.candidates if _joins_named(doc, c, named)]
    return replace(doc, candidates=joined) if joined else doc


def _joins_named(doc: DocumentContext, target: Draft, named: list[PersonMention]) -> bool:
    """Whether an engagement has one of the people the rest of the sentence names among its
    principals, by any of their names, when it names anyone ("Before X's departure, the two
    prime ministers ..." are X's pair)."""
    keys = {name_key(canonical(doc, p).name) for p in named}
    return not keys or not keys.isdisjoint(name_key(p.name) for p in principals(doc, target))


def _names_officials(lowers: list[str], collective: list[int]) -> bool:
    """Whether the collective words are "officials" ("the two officials"): people of
    governments, not a company's executive."""
    return any(lowers[i] == "officials" for i in collective)


def _latter_or_former(a: AnalysedSentence, usable: frozenset[int]) -> list[PersonMention]:
    """The person "the latter's" or "the former's" stands for in the clause: the last or the
    first of the people the sentence names before it ("X met Togolese Foreign Minister Y on
    Monday during the latter's official visit to Ghana": Y's visit). The possessive names the
    event's own party (the clause had named nobody, and the visit had been taken for the main
    clause's subject, X, and swallowed his talks with Y)."""
    lowers = a.tokens.lowers
    if _LATTER_FORMER.isdisjoint(lowers):
        return []  # (most sentences hold neither word: one scan in C)
    for k in usable:
        if lowers[k] in _LATTER_FORMER and lowers[k - 1] == "the" and lowers[k + 1] in POSSESSIVE_MARKS:
            before = [p for first, _, p in sorted(a.people, key=lambda x: x[0]) if first < k]
            if len(before) >= 2:
                return [before[-1] if lowers[k] == "latter" else before[0]]
    return []


#: "the latter's visit", "the former's invitation": one of the people named before.
_LATTER_FORMER: Final = et.word_set("latter former")


def _visit_told_last(doc: DocumentContext) -> Draft | None:
    """The engagement told last when it is a visit, or None."""
    return doc.candidates[-1] if doc.candidates and doc.candidates[-1].type == et.VISIT else None


def _visit_host(target: Draft) -> set[str]:
    """The host country of a visit that "the two sides" go back to: the one it was made to, or
    the country of the city it arrived in ("X arrived in Hanoi on Monday for an official visit.
    On Thursday the two sides signed a memorandum"): the visit names the visitor alone, and its
    host is a side the later event has too (the signing had the visitor's side only, and was
    lost). Empty for any other event, whose sides are its people's and countries."""
    if target.type != et.VISIT:
        return set()
    host = target.host or (city_country(target.location) if target.location else None)
    return {host} if host else set()


def _names_governments(lowers: list[str], collective: list[int]) -> bool:
    """Whether the collective words are the sides as governments ("the two sides", "both
    governments"): those of talks between officials, not of a visitor's call on a party or
    opposition leader (whom "the two leaders" may still name)."""
    return any(lowers[i] in _GOVERNMENT_SIDES for i in collective)


_GOVERNMENT_SIDES: Final = et.word_set("sides governments")


def _speaks_for_government(person: PersonMention) -> bool:
    """Whether a principal is an official of a government: no body of his own (a party, a
    company) and no opposition or party leader's office ("opposition leader", "New Patriotic
    Party leader"; a "Communist Party General Secretary" may head a state)."""
    words = (person.title or "").lower().split()
    return (
        not person.organization
        and "opposition" not in words
        and not (words[-1:] == ["leader"] and "party" in words)
    )


def _of_governments(doc: DocumentContext, target: Draft) -> bool:
    """Whether every principal of an engagement speaks for a government (`_speaks_for_government`)."""
    return all(_speaks_for_government(p) for p in principals(doc, target))


def _last_with_sides(
    doc: DocumentContext, role: frozenset[str] = frozenset(), day: date | None = None, officials: bool = False
) -> Draft | None:
    """The latest engagement with people on two sides: who "the two leaders" are. When the
    collective names a role ("the two presidents", "the leaders"), the latest one whose
    principals hold it: not the deputy prime ministers' commission told in between. When the
    clause states its day, one held that day comes first ("The two leaders oversaw the
    signing on Monday": Monday's summit, not Sunday's lunch with a state premier). "The two
    officials" (`officials`) are of an engagement whose principals all speak for governments,
    before one with a company's executive ("X met Vice Minister Y. Later, she met the president
    of Z Corp. The two officials first met in ...": X and Y)."""
    if day is not None:
        same_day = [c for c in doc.candidates if c.date == day and c.date_explicit]
        if same_day and len(same_day) < len(doc.candidates):
            found = _last_with_sides(replace(doc, candidates=same_day), role, officials=officials)
            if found is not None:
                return found
    fallback = lenient = executives = None
    portfolio = _portfolio(role)
    for candidate in reversed(doc.candidates):
        heads = principals(doc, candidate)
        if len(heads) < 2:
            continue
        if officials and not all(_speaks_for_government(p) for p in heads):
            executives = executives or candidate
            continue
        holds = [bool(role & set(p.title.lower().replace("-", " ").split())) for p in heads if p.title]
        if not portfolio or any(_holds(p, role) for p in candidate.people):
            # (not "the two agriculture ministers signed ..." after a summit of presidents: a
            # portfolio no one there holds names other people, unnamed)
            fallback = fallback or candidate
        if not role or (len(holds) == len(heads) and all(holds)):
            return candidate
        # a principal told without a title ("his counterpart X", titled only at the end) may
        # hold it, when no engagement of titled holders is told
        if holds and all(holds):
            lenient = lenient or candidate
    return lenient or fallback or executives


def _portfolio(role: frozenset[str]) -> bool:
    """Whether a collective's role is the portfolio its qualifier names ("agriculture" of "the
    two agriculture ministers"), not a head's office nor the bare noun ("the two leaders",
    "the two prime ministers", "the ministers"), which titles write in many ways."""
    return (
        bool(role)
        and role not in _COLLECTIVE_ROLES.values()
        and role != _MINISTERS
        and role not in _HEAD_ROLES
    )


#: The title words a collective noun stands for: "the two presidents", "the leaders".
_COLLECTIVE_ROLES: Final = {
    "presidents": frozenset(["president"]),
    "premiers": frozenset(["premier", "prime"]),
    "pms": frozenset(["premier", "prime"]),  # "the two PMs", as Vietnamese and South Asian copy writes it
    "leaders": frozenset(["president", "prime", "premier", "king", "emir", "amir", "sultan", "chancellor"]),
    "heads": frozenset(["president", "prime", "premier", "king", "emir", "amir", "sultan", "chancellor"]),
    **{f"{rank}s": frozenset([rank]) for rank in ("general", "admiral", "marshal")},
}
#: Military ranks a collective names ("the two generals"): written before the name, not in
#: the title, so whoever was written with the rank holds it.
_RANK_ROLES: Final = frozenset(_COLLECTIVE_ROLES[f"{rank}s"] for rank in ("general", "admiral", "marshal"))


def _unnamed_host(doc: DocumentContext, a: AnalysedSentence, unit: Unit, group: list[Trigger]) -> str | None:
    """The dateline's country for a host named by title alone who opens the clause and receives
    someone ("The President received ...", "His Majesty The King granted an audience to ..."):
    a press office writes its own head so. Under no dateline, the country is the national
    domain's (a government site), and so is that of its head's calls and meetings ("The Prime
    Minister spoke to Prime Minister Narendra Modi of India", gov.uk)."""
    lowers = a.tokens.lowers
    verb = group[0].token
    # (under a dateline, a meeting's own verb too: "ACCRA - The Vice President held talks with
    # Togolese Foreign Minister X", "The Minister met ..."; a call's still needs a receiving one)
    own = not doc.dateline or group[0].family == et.MEETING
    verbs = (_RECEPTIONS | _OWN_HEAD_VERBS) if own else _RECEPTIONS
    if lowers[verb] not in verbs and (own or group[0].family == et.PHONE_CALL):
        # "The Prime Minister spoke by phone with ...", "His Highness the Amir received a phone
        # call from ...": the verb before the call's noun (under a dateline, a receiving one)
        verb = next((k for k in sorted(unit.tokens) if k < verb and lowers[k] in verbs), verb)
    if doc.dateline_country is None or lowers[verb] not in verbs:
        return None
    if not doc.dateline and _first_person_subject(lowers, min(unit.tokens), verb):
        return doc.dateline_country  # "Today I spoke with Indonesia's Foreign Minister": a minister's site
    title = next((t for t in a.titles if t.first_token in unit.tokens), None)
    if title is None or title.country_iso3 is not None or title.last_token >= verb:
        return None
    # (after time words at most: "Earlier today, the Prime Minister welcomed ..."; a readout
    # quoted whole opens each paragraph on a quotation mark: '"This morning, the Prime Minister
    # spoke to ...')
    # (and the day, before or after the title: "On Tuesday, the President received ...", "The
    # President today received ...", "The President on Wednesday (12th March) held talks with")
    dated = _dated_tokens(a)
    opening = _undated(lowers, range(min(unit.tokens), title.first_token), dated, _SKIPPED_OPENERS)
    between = _undated(lowers, range(title.last_token + 1, verb), dated, _HOLDING_VERBS)
    if opening or between or any(first == title.last_token + 1 for first, _, _ in a.people):
        return None
    return doc.dateline_country


def _dated_tokens(a: AnalysedSentence) -> frozenset[int]:
    """The tokens of the sentence's date expressions ("today", "on Tuesday", "12th March")."""
    starts = a.tokens.starts
    return frozenset(k for d in a.dates for k in range(len(starts)) if d.start <= starts[k] < d.end)


def _undated(lowers: list[str], span: range, dated: frozenset[int], skipped: frozenset[str]) -> list[str]:
    """The words of `span` that are neither `skipped` nor a date told there with its glue
    (", on Tuesday,", "(12th March)"): the glue alone, with no date, still counts."""
    words = [lowers[k] for k in span if k not in dated and lowers[k] not in skipped]
    if any(k in dated for k in span):
        words = [w for w in words if w not in _DATE_GLUE]
    return words


#: Words that tie a date into a clause: "the President, on Tuesday (11 March), received".
_DATE_GLUE: Final = frozenset(["on", ",", "(", ")"])


def _reported_that(a: AnalysedSentence, trigger: int) -> int:
    """The "that" after a speech verb (over "also") before the event verb at token `trigger`,
    whose clause names a body or person of its own before the verb ("X noted that firm Y
    signed ..."), or -1: those before "that" report the event, not take part in it."""
    lowers = a.tokens.lowers
    k = trigger - 1
    while k > 0 and lowers[k] != "that":
        k -= 1
    verb = k - 1 - (lowers[k - 1] in ("also", "further"))
    if k <= 0 or lowers[verb] not in et.SPEECH_VERBS:
        return -1
    subject = any(k < first < trigger for first, _, _ in a.orgs) or any(
        k < first < trigger for first, _, _ in a.people
    )
    return k if subject else -1


def _reports_for_others(lowers: list[str], start: int, end: int, title: str | None) -> bool:
    """Whether the person named at tokens start..end is a spokesperson who says something,
    right after the name or after the comma closing an apposition ("Spokesman X said", "the
    presidential spokesman, X, said"): one who reports an event is no party to it. The office
    may be the words before the name when no title was read ("The Special Adviser to the
    President on Information and Strategy, X, said"), back to a comma or "by". An adverb of
    sequence may stand before the verb ("Spokesman X later told reporters", "also said"): the
    spokesman still reports the event told before (he had joined it)."""
    while end < len(lowers) and lowers[end] in _SPEAKER_ADVERBS:
        end += 1
    says = end < len(lowers) and (
        lowers[end] in et.SPEECH_VERBS
        or (lowers[end] == "," and end + 1 < len(lowers) and lowers[end + 1] in et.SPEECH_VERBS)
    )
    if not says:
        return False  # (a spokesperson named as the source, "according to ..., X", is an attribution's)
    lowered = (title or "").lower()  # a spokesman's or press secretary's office ("spokespeople")
    if "spokes" in lowered or not PRESS_OFFICE_WORDS.isdisjoint(lowered.split()):
        return True
    closing = start - 1 if start and lowers[start - 1] == "," else start
    opening = closing
    while opening > max(0, start - 14) and lowers[opening - 1] not in (",", "by"):
        opening -= 1
    return any(w in PRESS_OFFICE_WORDS for w in lowers[opening:closing])


#: Adverbs between a speaker's name and the speech verb: "X later told reporters", "X also said".
_SPEAKER_ADVERBS: Final = et.SEQUENCE_ADVERBS | et.word_set("earlier further")


def _first_person_subject(lowers: list[str], start: int, verb: int) -> bool:
    """Whether the clause opens on "I"/"We" and the verb, after time words at most ("Today I
    spoke with ...", "This morning we met ..."): a minister writing on the government's site."""
    words = [w for w in lowers[start:verb] if w not in _TIME_OPENERS and w != ","]
    return words in (["i"], ["we"])


_TIME_OPENERS: Final = et.word_set("today yesterday earlier this morning afternoon evening tonight also")
_RECEPTIONS: Final = et.word_set("received receives hosted hosts welcomed welcomes audience")
_OWN_HEAD_VERBS: Final = et.word_set("spoke speaks talked talks met meets held holds had called calls")
#: Words between the head's title and a noun of the event it holds: "granted an audience",
#: "held talks", "had a meeting".
_HOLDING_VERBS: Final = et.word_set("granted gave held holds had an a")
#: Adverbs that tie a paragraph to the one before ("Separately, His Highness the Amir received").
_DISCOURSE_OPENERS: Final = et.word_set(
    "separately meanwhile later subsequently likewise additionally moreover furthermore besides"
)
#: ("The Honourable Minister of Foreign Affairs received ...", "The Rt. Hon. Prime Minister")
_COURTESY_OPENERS: Final = et.word_set(
    "the his her majesty highness excellency royal honourable honorable hon hon. right rt rt."
)
#: What may stand before a readout's unnamed head ('"This morning, the Prime Minister ...').
_SKIPPED_OPENERS: Final = _COURTESY_OPENERS | _TIME_OPENERS | _DISCOURSE_OPENERS | OPENING_QUOTES | {","}


def _collective_role(tokens: Tokens, collective: list[int]) -> frozenset[str]:
    """The role the collective words of a clause name, if any ("the two presidents", "the two
    prime ministers", "both foreign ministers")."""
    lowers = tokens.lowers
    for i in collective:
        role = _COLLECTIVE_ROLES.get(lowers[i])
        if lowers[i] == "heads" and lowers[i + 1] == "of" and lowers[i + 2] == "government":
            return _GOVERNMENT_HEADS_ROLE  # "the heads of government": the prime ministers, no deputy
        if role is not None:
            return role
        # (not the small words titles hold: "the" of "the two ministers"; nor the body of "the
        # Cabinet of Ministers", which names no portfolio)
        qualifiers = [
            lowers[k]
            for k in (i - 2, i - 1)
            if lowers[k] in TITLE_WORDS
            and lowers[k] not in _RANKS
            and lowers[k] not in TITLE_SMALL_WORDS
            and lowers[i - 1] != "of"
        ]
        if qualifiers and lowers[i] in et.COLLECTIVE_NOUNS:
            return frozenset(qualifiers[-1:])  # "prime" of "the two prime ministers"
        if lowers[i] == "ministers":
            return _MINISTERS  # "the ministers held talks": not the company heads who signed
    return frozenset()


_MINISTERS: Final = frozenset(["minister"])
#: The role "the heads of government" names: a prime minister, premier or chancellor, not a
#: deputy or vice one (`_holds`).
_GOVERNMENT_HEADS_ROLE: Final = frozenset(_HEADS_OF_GOVERNMENT)


#: Title words that rank a role rather than name it ("the two deputy ministers" are deputies
#: of any portfolio).
_RANKS: Final = et.word_set("deputy vice first senior acting chief")


def principals(
    doc: DocumentContext, candidate: Draft, role: frozenset[str] = frozenset()
) -> list[PersonMention]:
    """The first person of each side: who "the two leaders" or "the sides" are; when the
    words name a role ("the two leaders", "the two presidents"), the first of each side who
    holds it (the signing ministers named before the presidents are not "the two leaders")."""
    by_side: dict[str, PersonMention] = {}
    countries = people_countries(doc, candidate, candidate.people)
    for person in candidate.people:
        country = countries.get(person.name) or person.name
        first = by_side.get(country)
        if first is None or (_holds(person, role) and not _holds(first, role)):
            by_side[country] = person
    return list(by_side.values())


def _two_holders(doc: DocumentContext, role: frozenset[str]) -> list[PersonMention] | None:
    """The two known people of two countries who hold the role a collective names ("the two
    prime ministers"), when exactly two do."""
    if role in _RANK_ROLES:
        # "the two generals": the two written with the rank, whatever their offices
        ranked = {p.country_iso3: p for p in doc.registry.people if p.country_iso3 and _holds(p, role)}
        return list(ranked.values()) if len(ranked) == 2 else None
    if role not in _HEAD_ROLES:
        return None
    holders = {
        p.country_iso3: p
        for p in doc.registry.people
        if p.country_iso3 and (p.title or "").lower() in _HEAD_TITLES and _holds(p, role)
    }  # (an "Executive Vice President" is no president)
    return list(holders.values()) if len(holders) == 2 else None


#: The roles of "the two prime ministers/premiers/presidents", and the titles that are them.
_HEAD_ROLES: Final = (
    frozenset(["prime"]),
    frozenset(["premier", "prime"]),
    frozenset(["president"]),
    _GOVERNMENT_HEADS_ROLE,
)
_HEAD_TITLES: Final = frozenset(["prime minister", "premier", "president"])


def _holds(person: PersonMention, role: frozenset[str]) -> bool:
    """Whether the person's title holds a word of the role, or, for a military rank, the words
    written before the name do ("Chief of the Army Staff General X" is one of "the two generals")."""
    words = (person.title or "").lower().split()
    if role is _GOVERNMENT_HEADS_ROLE and not _RANKS.isdisjoint(words):
        return False  # "Deputy Prime Minister X" is none of "the heads of government"
    if role in _RANK_ROLES:
        words += person.text[: max(0, person.name_start - person.start)].lower().split()
    return not role.isdisjoint(words)


def _hosting_scope(a: AnalysedSentence, unit: Unit, main: Unit | None) -> frozenset[int]:
    """The tokens whose hosting verb makes its object the visitor: the visit's own clause, and
    the main clause an enclosing anchor's visit happened around ("X received Y on Thursday,
    within the framework of / during a working visit to Z": Y travelled, X hosted)."""
    if unit.role != ANCHOR or main is None:
        return unit.tokens
    if not encloses_main(a.tokens.lowers, a.clauses.segments[unit.segments[0]].start):
        return unit.tokens
    return unit.tokens | main.tokens


def _receivers_countries(
    a: AnalysedSentence, people: list[PersonMention], visitors: list[PersonMention]
) -> set[str]:
    """The countries of who the main clause names before the visitors it received ("Kenyan
    President X received Y ... during a state visit"): the host's side of the visit, which its
    anchor's own words may not name."""
    named = [(first, p) for first, _, p in a.people if p in people]
    opening = min((first for first, p in named if p in visitors), default=-1)
    return {c for first, p in named if first < opening and p not in visitors and (c := p.country_iso3)}


def _visitors(
    doc: DocumentContext,
    a: AnalysedSentence,
    people: list[PersonMention],
    trigger: int,
    unit: Unit,
    scope: frozenset[int],
) -> list[PersonMention]:
    """The visitor is who arrives or visits: the subject, or the antecedent of "who"; in
    "X received Y ... on a state visit" the one received (`scope`: where a hosting verb of
    the visit's may stand)."""
    before = []
    positions = {id(p): first for first, _, p in a.people}
    for title in a.titles:  # people named by their title alone: "HH the Amir welcomed HE the President"
        person = _title_reference(doc, a, title)
        if person is not None:
            positions.setdefault(id(person), title.first_token)
    lowers = a.tokens.lowers
    agents = _agents_of_passive_visit(lowers, people, positions, trigger)
    if agents:
        return agents
    host_verb = next((i for i in sorted(scope) if i < trigger and lowers[i] in _HOSTING_VERBS), None)
    by_name = {p.name: first for first, _, p in a.people}
    for title in a.titles:
        person = _title_reference(doc, a, title)
        if person is not None:
            by_name.setdefault(person.name, title.first_token)
    for person in people:
        first = positions.get(id(person))
        named_at = first if first is not None else by_name.get(person.name)
        if named_at is not None and _invitation_before(lowers, named_at):
            continue  # "arrived ... at the invitation of Prime Minister X": X is the host
        if first is None or first < trigger or unit.role == RELATIVE:
            before.append(person)
    if host_verb is not None and _passive(lowers, host_verb):
        # "X was received on Monday by Emperor Y ..., on the second day of his visit": X
        received = [p for p in before if -1 < positions.get(id(p), -1) < host_verb]
        if received:
            return received
    elif host_verb is not None:
        received = [p for p in before if host_verb < positions.get(id(p), -1) < trigger]
        if received:
            return received
    elif unit.role == PARTICIPLE:
        # "The Amir welcomed the President ..., wishing the visit success": the visitor is
        # who was welcomed (named by title, with no position of its own), not the host
        host = next((i for i in range(trigger) if lowers[i] in _HOSTING_VERBS), None)
        if host is not None:
            received = [p for p in before if host < positions.get(id(p), -1) < trigger]
            if received:
                return received
    elif len(before) > 1 and any(lowers[k] in _POSSESSIVES for k in range(trigger - 3, trigger)):
        # "X met Y in Delhi, on the first day of his official visit": the subject's visit
        placed = [p for p in before if id(p) in positions]
        if placed:
            return [min(placed, key=lambda p: positions[id(p)])]
    return before or people


def _agents_of_passive_visit(
    lowers: list[str], people: list[PersonMention], positions: dict[int, int], trigger: int
) -> list[PersonMention]:
    """The people named after "by" of a passive "was visited by" at `trigger` ("President Y
    was visited by Foreign Minister X in Nairobi"): the visitors, not the subject visited (the
    visit had named Y alone); none for any other visit word."""
    if lowers[trigger] != "visited" or not _passive(lowers, trigger) or lowers[trigger + 1] != "by":
        return []
    return [p for p in people if positions.get(id(p), -1) > trigger]


def _passive(lowers: list[str], verb: int) -> bool:
    """Whether the verb at `verb` is passive: "was received", "were warmly welcomed"."""
    k = verb - 1
    if lowers[k].endswith("ly"):
        k -= 1
    return lowers[k] in et.PASSIVE_AUXILIARIES


def _subject_of(
    a: AnalysedSentence, main: Unit, named: list[tuple[int, PersonMention]]
) -> list[PersonMention]:
    """The people the first clause names before its first event word, its subject ("A and B
    held talks on Wednesday and signed a memorandum on Thursday": both signed), else the first
    it names ("..., and later met Li Qiang" after "Ruto held talks with Xi": Ruto)."""
    verb = min((t.token for t in a.clauses.triggers if t.token in main.tokens), default=a.tokens.n)
    ordered = sorted(named, key=lambda item: item[0])
    subject = [p for first, p in ordered if first < verb]
    return subject or [ordered[0][1]]


def _verb_without_subject(a: AnalysedSentence, unit: Unit, group: list[Trigger]) -> bool:
    """Whether a coordinated clause opens on its event verb, its subject the first clause's:
    "..., and later met X", "and then held talks with Y", or leaves it unsaid ("met A in X on
    Tuesday and B in Y on Thursday": its trigger is told at the "and")."""
    lowers = a.tokens.lowers
    first = min(unit.tokens)
    if lowers[first] != "and":
        return False
    if any(t.token == first for t in group):
        return True
    k = first + 1
    while lowers[k] in et.SEQUENCE_ADVERBS:
        k += 1
    return any(t.token == k and not t.noun for t in group) or (
        lowers[k] in et.LIGHT_VERBS and any(t.noun and t.token <= k + 3 for t in group)
    )


def _pronoun_before_named(
    doc: DocumentContext,
    a: AnalysedSentence,
    usable: frozenset[int],
    named: list[tuple[int, PersonMention]],
) -> list[tuple[int, PersonMention]]:
    """A "he"/"she" of the first clause written before everyone it names, with the person it
    refers to ("On Thursday, she called on Prime Minister X, and later met Y"): the pronoun is
    that clause's subject, and so the subject a coordinated clause with no subject shares, not
    X, the first one named."""
    pronoun = min((i for i in usable if pronoun_at(a.tokens, i, PERSONAL_SUBJECT_PRONOUNS)), default=None)
    if pronoun is None or any(first < pronoun for first, _ in named):
        return []
    person = _person_before(doc, a, pronoun) or previous_subject(doc, a)
    return [(pronoun, person)] if person is not None else []


def _delegation_subject(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int], group: list[Trigger]
) -> PersonMention | None:
    """The head of a definite party told before that is the subject of the clause's event, no
    one named before it ("The delegation also met representatives of X", "The lawmakers also
    met X"): he, not the party, is the person who took part. A country before the noun picks
    the head of its delegation ("the Nepalese delegation"); with none, only one head told names
    it. A delegation introduced here ("the delegation of X", "... from Y", "... led by Z") is a
    new one. With no head told, the party is that of the subject told before ("U.S. Sen. X met
    Japanese Prime Minister Y ... The lawmakers also met Z"), who heads it from then on -- unless
    the party was itself the subject of the sentence before, which then names only whom it met."""
    heads = doc.delegation_heads
    found = _party_referred(a, usable, group)
    if found is None:
        return None
    k, i = found
    country = next(
        (mention[1] for m in range(k + 1, i) if (mention := a.tokens.country_at(m, _SIDE_KINDS))), None
    )
    if heads:
        if country is not None:
            return next((p for p in heads if p.country_iso3 == country), None) or _lone_head_unplaced(heads)
        return heads[0] if len(heads) == 1 else None
    subject = previous_subject(doc, a)
    if (
        subject is None
        or (country is not None and subject.country_iso3 != country)
        or doc.headless_party >= doc.previous_people[0]
    ):
        return None
    doc.delegation_heads = [subject]
    return subject


def _lone_head_unplaced(heads: list[PersonMention]) -> PersonMention | None:
    """The only delegation head told, when his mention holds no country of its own ("a
    delegation led by the Vice Chairman of the Standing Committee of China's National People's
    Congress, Mr. X": the country is his title's, given later): the one "the Chinese delegation"
    names, as no head of another country is told."""
    return heads[0] if len(heads) == 1 and heads[0].country_iso3 is None else None


def _headless_party_side(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int], group: list[Trigger]
) -> str | None:
    """The country of a party told before with no head named, when the clause refers back to it
    by its noun as the event's subject or object ("The Iranian delegation is in Tajikistan on a
    visit. On Monday, the guests were received by Minister X", "X received the delegation"): a
    side of the event that no one named holds. The clause names the one the party met (not "The
    delegation also met officials of the chamber of commerce": no one named took part)."""
    if (
        doc.headless_party_country is None
        or doc.delegation_heads
        or not any(first in usable for first, _, _ in a.people)
    ):
        return None
    return doc.headless_party_country if _party_referred(a, usable, group) else None


def _party_referred(
    a: AnalysedSentence, usable: frozenset[int], group: list[Trigger]
) -> tuple[int, int] | None:
    """(determiner, noun) of a definite party told before that the clause refers back to as its
    event's subject, before the trigger and anyone named ("The delegation also met X"), or as
    the event verb's object ("X received the delegation"): read alike for the party's head
    (`_delegation_subject`) and for the side of a party with no head (`_headless_party_side`)."""
    trigger = min(t.token for t in group)
    named = min((first for first, _, _ in a.people if first in usable), default=a.tokens.n)
    return party_subject(a.tokens, min(trigger, named), usable) or _party_object(a, trigger, usable)


_SIDE_KINDS: Final = ("name", "demonym")
#: Tokens after an event verb within which its object's party noun stands ("received the
#: visiting Iranian delegation").
_PARTY_OBJECT_REACH: Final = 4


def _party_object(a: AnalysedSentence, trigger: int, usable: frozenset[int]) -> tuple[int, int] | None:
    """(determiner, noun) of a definite party told before as the object of the event's verb
    ("X received the guests", "hosted the delegation"): the party met, as it is when subject."""
    window = usable & frozenset(range(trigger + 1, trigger + 1 + _PARTY_OBJECT_REACH))
    if not window or a.tokens.lowers[trigger + 1] not in ("the", "this"):
        return None
    return party_subject(a.tokens, trigger + 1 + _PARTY_OBJECT_REACH, window)


def _anchor_subject(
    doc: DocumentContext, a: AnalysedSentence, unit: Unit, units: list[Unit]
) -> PersonMention | None:
    """The person first named in the anchor clause a "where"/"when" clause hangs on ("held
    talks with Putin in Hanoi on Thursday, a day after Putin was in North Korea, where he signed
    a pact with Kim"): the anchor's subject is who "he" is there, not the main clause's (To Lam
    had signed with Kim); None for other units or an anchor that names nobody."""
    if unit.role != RELATIVE or unit.head < 0 or a.tokens.lowers[min(unit.tokens)] not in ("where", "when"):
        return None
    host = next((u for u in units if u is not unit and unit.head in u.tokens), None)
    if host is None or host.role != ANCHOR:
        return None
    named = [(first, p) for first, _, p in a.people if first in host.tokens]
    named += bare_name_tokens(doc, a, host.tokens)
    return min(named, key=lambda item: item[0])[1] if named else None


def _subject_of_where(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether `unit` is a "where" clause whose subject is a pronoun of a group ("The
    delegation flew on to Taipei, where it met X"): the main clause's subject, a party."""
    if unit.role != RELATIVE:
        return False
    lowers = a.tokens.lowers
    first = min(unit.tokens)
    return lowers[first] == "where" and lowers[first + 1] in ("it", "they")


def _invitation_before(lowers: list[str], first: int) -> bool:
    """Whether "invitation of" stands right before a name (over its title and "the")."""
    return any(lowers[k] == "invitation" and lowers[k + 1] == "of" for k in range(max(0, first - 6), first))


_HOSTING_VERBS: Final = et.word_set("received receives hosted hosts welcomed welcomes greeted")


def _participant_orgs(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int], group: list[Trigger]
) -> list[Org]:
    """Companies, associations and agencies that took part: not ministries, statistics
    offices, joint bodies, news agencies, nor the forum itself ("meeting of the Council")."""
    trigger_tokens = {t.token for t in group}
    orgs = []
    for first, end, org in a.orgs:
        if first not in usable:
            continue
        if org.kind not in PARTICIPANT_ORG_KINDS and not _run_as_company(a, first, end, org.name):
            continue
        if trigger_tokens.intersection(range(first, end)) or _is_event_body(a.tokens, first):
            continue
        if any(_subject_body_within(a.tokens, t, first, end) for t in group):
            continue  # "the Sectoral Council on Trade met in Arusha": the body sat, it is no side
        if _no_organization(a, first, end) or _in_document_name(a.tokens, first, end):
            continue  # "signed the Vuvale Union agreement": the name of the document
        if _of_a_noun(a.tokens, first, _MEMBER_OR_MATTER_NOUNS) and not _members_met(a.tokens, first):
            # "Wang Yi, a member of the Political Bureau of ...": his office, no side; "talks on
            # the joint agenda of the Bolivarian Alliance": what, not who
            continue
        if _parent_described(a.tokens, first):
            continue  # "DBK, a subsidiary of Baiterek Holding, and KEXIM signed": DBK's owner
        unit = _named_unit_of(a.tokens, first)
        if unit is not None:
            # "the Hunan sub-council of the China Council ... (CCPIT Hunan)": the unit, by its name
            orgs.append(Org(unit, org.country_iso3 or org_country(doc, org.name)))
            continue
        if _reporting_source(a.tokens, first, end, group):
            continue  # "..., the Export Board said on Tuesday, as Minister X held talks": a source
        if _toured_site(a.tokens, first, trigger_tokens):
            continue  # "toured Aspire Academy and met X": a site seen, not a side
        if _linked_site(a.tokens, first, end):
            continue  # "to launch a service linking Sohar Port with Shanghai": where, not who
        if a.tokens.lowers[end - 1] in _VENUE_NOUNS and _venue_at(
            a.tokens.lowers, _name_start(a.tokens, first)
        ):
            continue  # "arrived at the Philip S. W. Goldson International Airport": where, not who
        if _venue_of_a_place(a, _name_start(a.tokens, first)):
            continue  # "received X in Istanbul's Dolmabahce Office": a building of the city, not who
        orgs.append(Org(org.name, org.country_iso3 or org_country(doc, org.name)))
    orgs += _context_orgs(doc, a, usable, group)
    return orgs


def _venue_of_a_place(a: AnalysedSentence, first: int) -> bool:
    """Whether the name at token `first` follows "in"/"at" and a place's possessive ("received
    X in Istanbul's Dolmabahce Office", "held talks at Ankara's Presidential Complex"): a
    building of that city, where the event was, whatever its head noun; not a side of it
    ("the Istanbul Chamber of Commerce" and "officials of Ankara's Investment Office" are)."""
    lowers = a.tokens.lowers
    if first < 2 or lowers[first - 1] not in POSSESSIVE_MARKS:
        return False
    return any(
        i + len(city.split()) == first - 1 and lowers[i - 1] in ("in", "at")
        for i, city, _ in a.places
        if i > 0
    )


#: Heads of a signed document's name: the agreement nouns and the nouns a capitalized title
#: of a text ends in or opens with ("the Enhanced Trade and Investment Partnership", "an
#: Arrangement on Critical Minerals", "the Framework for Economic Cooperation").
_DOCUMENT_HEADS: Final = et.AGREEMENT_NOUNS | et.word_set(
    "partnership arrangement arrangements framework understanding"
)
#: Prepositions that join a document's head to its capitalized subject.
_DOCUMENT_OBJECT: Final = et.word_set("on of for")


def _in_document_name(tokens: Tokens, first: int, end: int) -> bool:
    """Whether the capitalized words at first..end are part of a document's name: the
    capitalized run they stand in, over "and", ends on a document's head ("signed the Vuvale
    Union agreement", "the Enhanced Trade and Investment Partnership"), or a capitalized head
    and "on"/"of"/"for" open it ("an Arrangement on Critical Minerals"). A document is no
    side; a body named after "between" or "with" it still is. A programme noun that only
    qualifies the body's staff after it ("the Asian Development Bank programme team") names
    no document."""
    lowers, caps = tokens.lowers, tokens.caps
    if lowers[end] in et.AGREEMENT_NOUNS:
        return caps[end + 1] or lowers[end + 1] not in UNDERTAKING_STAFF
    k = end
    while caps[k] or (lowers[k] in ("and", "&") and caps[k + 1]):
        k += 1
    if k > end and caps[k - 1] and lowers[k - 1] in _DOCUMENT_HEADS:
        return True
    k = first - 1 if lowers[first - 1] == "the" else first
    return lowers[k - 1] in _DOCUMENT_OBJECT and caps[k - 2] and lowers[k - 2] in _DOCUMENT_HEADS


def _name_start(tokens: Tokens, first: int) -> int:
    """The first token of the capitalized words and initials that end at `first` ("Philip S. W.
    Goldson International Airport" for an organization found from "Goldson")."""
    k = first
    while k - 1 >= 0 and (tokens.caps[k - 1] or tokens.lowers[k - 1] == "."):
        k -= 1
    return k


def _toured_site(tokens: Tokens, first: int, triggers: set[int]) -> bool:
    """Whether the body at token `first` is the object of "toured"/"inspected" ("toured Aspire
    Academy", "inspected the Hamad Port"), or of a "visited" that tells no engagement of its own
    ("held talks with X and visited Minsk Tractor Works"), or listed after such an object
    ("... and BELAZ"): a site the visitor was shown round, no side of the talks (nor of the
    visitor's country, which the nearest person had given it)."""
    k = first - 1 if tokens.lowers[first - 1] in ("the", "a", "an") else first
    for _ in range(_MAX_SITES_LISTED):
        if tokens.lowers[k - 1] not in ("and", ",") or not tokens.caps[k - 2]:
            break
        k -= 1  # "toured X and | Y": the list's earlier member
        while tokens.caps[k - 1]:
            k -= 1
        k = k - 1 if tokens.lowers[k - 1] in ("the", "a", "an") else k
    verb = tokens.lowers[k - 1]
    return verb in et.SITE_TOUR_VERBS or (verb in _VISITED and k - 1 not in triggers)


#: The most bodies a tour lists before the one asked about; "visited" as a tour's verb.
_MAX_SITES_LISTED: Final = 4
_VISITED: Final = et.word_set("visited visiting")


def _linked_site(tokens: Tokens, first: int, end: int) -> bool:
    """Whether the body at first..end is a site a verb of linking joins to another place, named
    by a venue's noun ("a service linking Sohar Port with Shanghai", "connecting the Lobito
    Terminal to ..."): an end of the route, no side of the signing."""
    k = first - 1 if tokens.lowers[first - 1] == "the" else first
    return tokens.lowers[k - 1] in LINK_VERBS and tokens.lowers[end - 1] in _VENUE_NOUNS


#: Last words of a place's name: a body so named after "at"/"in" is a venue.
_VENUE_NOUNS: Final = et.word_set(
    "airport centre center complex hotel resort hall palace house stadium port terminal"
)


def _of_a_noun(tokens: Tokens, first: int, nouns: frozenset[str]) -> bool:
    """Whether the body at token `first` (over "the") follows "of" and one of `nouns`."""
    k = first - 1 if tokens.lowers[first - 1] == "the" else first
    return tokens.lowers[k - 1] == "of" and tokens.lowers[k - 2] in nouns


#: Nouns whose "of" names a body that is no side: one someone is a member of ("a member of the
#: Political Bureau of the CPC Central Committee": part of an office), and the body a matter
#: discussed is of ("on the joint agenda of the Bolivarian Alliance (ALBA-TCP)", "the reform of
#: the African Union", "within the framework of the CPLP": the subject of the talks).
_MEMBER_OR_MATTER_NOUNS: Final = et.word_set(
    "member members"
    " agenda agendas framework reform reforms future priorities enlargement expansion strengthening"
)


#: Words before "members" that make it the people someone met, not an office held: "met
#: members of", "A and members of", "with members of".
_MEMBERS_MET_BEFORE: Final = et.word_set("met meets meeting received receives hosted hosts with and also")


def _members_met(tokens: Tokens, first: int) -> bool:
    """Whether the body at token `first` follows "members of" as what a meeting verb took ("also
    met Opposition Leader X and members of the Y Chamber of Commerce", "held talks with members
    of the Z Council"): the body's people, who speak for it, so the body is a side (not "X, a
    member of the Political Bureau", an office held, nor "X and Y, members of ...")."""
    k = first - 1 if tokens.lowers[first - 1] == "the" else first
    return tokens.lowers[k - 2] == "members" and tokens.lowers[k - 3] in _MEMBERS_MET_BEFORE


def _parent_described(tokens: Tokens, first: int) -> bool:
    """Whether the body at token `first` is named as the owner of the one before it ("the
    Development Bank of Kazakhstan, a subsidiary of Baiterek Holding, signed", "X, a unit of
    Y", "X, part of Y Group"): a description of the side, whose parent took no part itself."""
    k = first - 1 if tokens.lowers[first - 1] == "the" else first
    if tokens.lowers[k - 1] != "of":
        return False
    noun = k - 2
    article = noun - 1
    while tokens.lowers[article] in _OWNED_ADJECTIVES:
        article -= 1  # "a wholly owned subsidiary of"
    return tokens.lowers[noun] in _OWNED_NOUNS and (
        tokens.lowers[article] in ("a", "an")
        or (tokens.lowers[noun] == "part" and tokens.lowers[article] == ",")
    )


def _reporting_source(tokens: Tokens, first: int, end: int, group: list[Trigger]) -> bool:
    """Whether the body at first..end is the subject of a trailing attribution (", the
    Statistics Board said") that tells of the event: the event stands before it, or after it
    in a clause with a subject of its own (", the Board said on Tuesday, as Minister X held
    talks with ..."). The body reports what others did; "..., the company said after it
    signed", "..., the group said, signing ..." keep it a side."""
    lowers, caps = tokens.lowers, tokens.caps
    before = first - 2 if lowers[first - 1] == "the" else first - 1
    if lowers[before] != "," or lowers[end] not in et.SPEECH_VERBS:
        return False
    for trigger in group:
        if trigger.token > end and not any(
            lowers[k] in _CLAUSE_OPENERS and caps[k + 1] for k in range(end + 1, trigger.token)
        ):
            return False
    return True


#: Conjunctions that open a clause of its own after an attribution ("..., X said, as ...").
_CLAUSE_OPENERS: Final = et.word_set("as while when whereas after")


def _named_unit_of(tokens: Tokens, first: int) -> str | None:
    """The bracketed name of a unit whose parent body starts at token `first` after "of", or
    None: a unit named by a capitalized place before its lower-case noun ("the Hunan
    sub-council of ...", "the Lagos chapter of ...") that a bracket after the parent names on
    its own, with that place ("(CCPIT Hunan)"). The unit is the side, its parent took no part."""
    k = first - 1 if tokens.lowers[first - 1] == "the" else first
    if tokens.lowers[k - 1] != "of":
        return None
    noun = k - 2
    lower = tokens.lowers[noun]
    if not (lower in _UNIT_NOUNS or lower.startswith("sub-")) or tokens.caps[noun]:
        return None
    if not (tokens.caps[noun - 1] and tokens.lowers[noun - 2] == "the"):
        return None
    stops = range(noun + 2, min(tokens.n, noun + 16))
    bracket = next((j for j in stops if tokens.lowers[j] in _UNIT_NAME_STOPS), -1)
    if bracket < 0 or tokens.lowers[bracket] != "(":
        return None
    close = next((j for j in range(bracket + 1, min(tokens.n, bracket + 6)) if tokens.lowers[j] == ")"), -1)
    if close < 0 or tokens.lowers[noun - 1] not in tokens.lowers[bracket + 1 : close]:
        return None
    return " ".join(tokens.words[bracket + 1 : close])


#: Nouns of a body's own unit named for its place ("the Hunan sub-council of", "the Lagos
#: branch of"), besides any "sub-" noun.
_UNIT_NOUNS: Final = et.word_set("branch branches chapter chapters")
#: What ends the parent's name after a unit's noun: its bracket, or the clause's punctuation.
_UNIT_NAME_STOPS: Final = frozenset(["(", ",", ".", ";"])


#: Nouns by which a company is described as owned by another ("a subsidiary of", "part of").
_OWNED_NOUNS: Final = et.word_set("subsidiary unit affiliate division arm part")
_OWNED_ADJECTIVES: Final = et.word_set(
    "owned wholly fully majority wholly-owned fully-owned majority-owned state-owned"
)


def _run_as_company(a: AnalysedSentence, first: int, end: int, name: str) -> bool:
    """Whether a bank the name alone makes a state's ("State Bank of ...") is headed by a
    company's officer in the sentence: "Dinesh Kumar Khara, Chairman of the State Bank of
    India" heads a commercial bank; a central bank has a Governor."""
    lower = name.lower()
    if "bank" not in lower.split():
        return False
    core = lower.split(" of ")[0]  # "state bank" of "State Bank of India", as titles keep it
    return any(
        (title.first_token < end and first <= title.last_token + 1) or core in title.title.lower()
        for title in a.titles
        if not _COMPANY_OFFICERS.isdisjoint(title.title.lower().split())
    )


_COMPANY_OFFICERS: Final = et.word_set("chairman chairwoman chairperson ceo executive managing")


def _no_organization(a: AnalysedSentence, first: int, end: int) -> bool:
    """A span the organization finder took that names no body: part of a country's name
    ("Arabia" of "Saudi Arabia") or a title ("Vietnamese Party General")."""
    lowers = a.tokens.lowers
    if lowers[end - 1] in HEAD_WORDS:
        return True
    if all(lowers[i] in _COURTESY_WORDS for i in range(first, end)) and not _association_named(a, first, end):
        return True  # "Prime" of "Prime Cabinet Secretary", "Royal Highness"
    before = first - 2 if lowers[first - 1] == "the" else first - 1
    if lowers[end - 1] in _VENUE_WORDS and lowers[before] in ("at", "in", "to", "from"):
        return True  # "arrived at Baghdad International Airport", "in the Oval Office": a place
    for i, mention in a.countries:
        last = i + len(mention.text.split())
        # a country inside the name, or its complement ("Gem and Jewellery Authority of Sri Lanka",
        # "Union of Chambers of Commerce of the Comoros")
        prep = i - 2 if lowers[i - 1] == "the" else i - 1
        complement = last == end and first < prep and lowers[prep] in _COMPLEMENT_PREPOSITIONS
        # a country's own agency named after it ("Innovation Norway", "Enterprise Ireland")
        agency = (
            last == end
            and i == first + 1
            and (lowers[first] in COUNTRY_BODY_WORDS or _central_bank(a, first))
        )
        inside = first <= i and (last < end or complement or agency)
        if i < end and first < last and not inside:
            return True
    return False


def _central_bank(a: AnalysedSentence, first: int) -> bool:
    """Whether "Bank" at token `first`, before a country's name, opens a central bank's name as
    Indonesia's is written ("Bank Indonesia and the Reserve Bank of Australia signed"): it had
    been dropped as a country mention, though "Bank Indonesia (BI)" was kept. After another
    capitalized word it is the end of a longer name ("the World Bank Indonesia office")."""
    return a.tokens.lowers[first] == "bank" and (first == 0 or not a.tokens.caps[first - 1])


def _association_named(a: AnalysedSentence, first: int, end: int) -> bool:
    """Whether a name of title words is a business body's after its country's possessive
    ("Cambodia's Chamber of Commerce signed", "Egypt's Federation of Industries"): an
    association word and a word of business, as no courtesy has (the chamber had been dropped
    for "chamber" and "commerce", titles' words elsewhere). A house of parliament ("Chamber
    of Deputies") or a cabinet ("Council of Ministers") is none."""
    lowers = a.tokens.lowers
    words = lowers[first:end]
    return (
        lowers[first - 1] in POSSESSIVE_MARKS
        and any(i + len(m.text.split()) == first - 1 for i, m in a.countries)
        and not ORG_WORDS["association_word"].isdisjoint(words)
        and any(w in _BUSINESS_WORDS or w[:-3] + "y" in _BUSINESS_WORDS for w in words)
    )


#: Words of business in an association's name ("of Commerce", "of Industries", "Employers").
_BUSINESS_WORDS: Final = et.word_set(
    "commerce industry trade business employers manufacturers exporters investment investors export"
)


#: Words that open the country a body's name ends on: English "of"/"for", and the Romance
#: particles a name kept as written has there ("Banco do Brasil", "Petróleos de Venezuela").
_COMPLEMENT_PREPOSITIONS: Final = frozenset({"of", "for"}) | (ORG_WORDS["particle"] - {"y", "e", "et"})

#: Legal forms ("LLC", "JSC", "Ltd"): written alone they name no company, only its form.
_LEGAL_FORMS: Final = ORG_WORDS["legal"] | ORG_WORDS["prefix_legal"]
_COURTESY_WORDS: Final = TITLE_WORDS | et.word_set("highness majesty excellency royal prime")
_VENUE_WORDS: Final = et.word_set(
    "airport palace hotel hall stadium residence house centre center venue pavilion terminal office"
)


def _subject_body_within(tokens: Tokens, t: Trigger, first: int, end: int) -> bool:
    """Whether tokens [first, end) hold the named body whose session the verb of forum t tells
    with the body as its subject ("the Joint Committee met")."""
    if t.family != et.FORUM or t.body is None or t.noun:
        return False
    named = body_subject(tokens, t.token)
    return named is not None and first <= named[1] < end


def _is_event_body(tokens: Tokens, first: int) -> bool:
    """Whether an organization is the body that met ("the meeting of the Council"), not a side."""
    j = first - 1
    if tokens.lowers[j] == "the":
        j -= 1
    return tokens.lowers[j] == "of" and tokens.lowers[j - 1] in et.NOUN_TRIGGERS


def _context_orgs(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int], group: list[Trigger]
) -> list[Org]:
    """Single-word brand names in a party slot: "QazaqGaz and Gazprom signed", "CNPC and ..."."""
    tokens = a.tokens
    found: list[Org] = []
    # ("PromPeru and the Korea ... Agency", "PromPeru together with KOTRA": a forum's organizers)
    organizing = group[0].family == et.FORUM and not _ORGANIZING_HEADS.isdisjoint(tokens.lowers)
    if not organizing and not any(t.family == et.AGREEMENT for t in group):
        return found  # "QazaqGaz and Gazprom signed"; "Lula met Milei" names people
    for i in tokens.cap_index:
        if organizing and _organizer_at(a, i) is None:
            continue
        if (
            i not in usable
            or i in a.covered
            or i in a.title_tokens
            or (tokens.caps[i - 1] and i - 1 not in a.covered and not _told_subject(doc, tokens, i))
        ):
            continue
        lower = tokens.lowers[i]
        if (
            lower in WORDS["function"]
            or lower in WORDS["calendar"]
            or lower in TITLE_WORDS
            or lower in WORDS["honorific"]  # "Samdech Krolahom Sar Sokha": courtesy words, no brand
            or lower in WORDS["second_honorific"]
            # "One signed deal and sales will jump": a count before a participle, no brand
            or (lower in _COUNT_WORDS and not tokens.caps[i + 1])
            or (tokens.lowers[i - 1] == "," and i - 2 in a.title_tokens)  # "Affairs, African Integration"
            or folded(lower) in doc.name_index
        ):
            continue
        end = i + 1
        while tokens.caps[end] and end not in a.covered and end in usable:
            end += 1
        head = _head_of_complement(tokens, a, usable, i)
        i = _country_led_name_start(a, usable, head)
        if all(tokens.lowers[k] in _LEGAL_FORMS for k in range(i, end)):
            continue  # "and LLC "Green Valley"": a legal form before its quoted name, no brand
        before, after = tokens.lowers[i - 1], _word_after_adverbs(tokens.lowers, end)
        # (read before the country's word is joined: "Staff at Zambia Air and Air Tanzania signed"
        # is a brand at a place's preposition, no place)
        if _after_place_preposition(tokens.lowers, head):
            continue  # "the Brazilian Chamber of Commerce in the Gulf and ...": a place, no brand
        if _and_opens_a_named_thing(tokens, i, end):
            continue  # "China's Belt and Road Initiative": one programme's name, no brand
        if _opens_an_amount(tokens, i):
            continue  # "worth USD 400 million and INR 30 billion": a currency, no brand
        if end == i + 1 and _realm_as_side(tokens, i) and filed_country(doc) is not None:
            continue  # "Turkey and the Kingdom signed": the dateline's state by its form, no brand
        if _names_a_feature(tokens, i, end):
            continue  # "between Brazil's Atlantic coast and the port of Chancay": a place, no brand
        if end == i + 1 and _listed_after_place_or_person(a, i):
            continue  # "customs posts at Ceuta and Melilla", "with Tusk and Zelensky attending"
        owner = _country_ending_before(a, i - 1) if before in POSSESSIVE_MARKS else None
        if owner is not None:
            before = tokens.lowers[owner - 1]  # "between Srbijagas and Hungary's MVM"
        told = before in _TOLD_OPENERS and (
            _told_acronym(doc, tokens, i, end) or _listed_body_alone(tokens, i, end)
        )
        if told and before == "the":
            before = tokens.lowers[i - 2]  # "signed an MoU with the VCCI" after "... (VCCI)"
        # ("signed an agreement with Morocco's ONHYM": a country's own body after "with" too,
        # and an acronym the story spelled out before: "... with VCCI", "... with the VCCI")
        opener = before in _PARTY_OPENERS - {"with"} or (before == "with" and (owner is not None or told))
        slot = after in ("and", "&") or opener or after in et.VERB_TRIGGERS
        slot = slot or (organizing and after == "together" and tokens.lowers[end + 1] == "with")
        if not slot or after == "of" or _in_document_name(tokens, i, end):
            continue  # "... and Ruler of Dubai": a title with its place, not a brand
        if i == 0 and after not in ("and", "&") and after not in et.VERB_TRIGGERS:
            continue
        org = org_from_context(tokens.text, tokens.starts[i], tokens.ends[end - 1])
        if org is not None:
            resolved = add_org(doc, org)
            found.append(Org(resolved.name, resolved.country_iso3 or org_country(doc, resolved.name)))
    return found


#: Words before an acronym alone that the story told before: a side after "with (the)".
_TOLD_OPENERS: Final = frozenset(["with", "the"])


def _told_acronym(doc: DocumentContext, tokens: Tokens, i: int, end: int) -> bool:
    """Whether token i, alone, is an acronym the story spelled out before ("the Vietnam Chamber
    of Commerce and Industry (VCCI) ..."): a body, whose full name and country the document
    knows, where a capitalized word after "with" could be anyone's ("met with Ruto"); before a
    punctuation mark, a function word or a verb ("... with the VCCI in Hanoi", "The VCCI
    signed"), not before a noun."""
    word = tokens.words[i]
    return (
        _stands_alone_before(tokens, end)
        and end == i + 1
        and word.isupper()
        and len(word) >= 2
        and known_org(doc, word) is not None
    )


def _stands_alone_before(tokens: Tokens, end: int) -> bool:
    """Whether the word at token end closes a noun phrase rather than goes on with it: a
    punctuation mark, a function word or a verb ("with the VCCI in Hanoi", "The VCCI signed"),
    not a noun ("with VCCI members", "with the VCCI Chairman X": no body as the side)."""
    lower = tokens.lowers[end]
    return not tokens.words[end][:1].isalnum() or lower in WORDS["function"] or lower in et.VERB_TRIGGERS


def _listed_body_alone(tokens: Tokens, i: int, end: int) -> bool:
    """Whether token i, alone, is the acronym or one-word brand of a body of many states the
    lexicon lists ("signed a credit line with Afreximbank on Tuesday", "with the AfDB and the
    IsDB"): a lender or agency that is a side of the signing, as its name spelled out ("the
    African Development Bank") is, though no story told it before; before a noun it is no side
    ("with AfDB officials", "with the EBRD President X")."""
    word = tokens.words[i]
    return (
        end == i + 1
        and _stands_alone_before(tokens, end)
        and len(word) >= 3
        and word[:1].isupper()
        and listed_body_of_states(word)
    )


def _told_subject(doc: DocumentContext, tokens: Tokens, i: int) -> bool:
    """Whether token i is a told acronym right after the sentence's opening "The" ("The VCCI
    signed an MoU with ..."), whose capital opens no name with it."""
    return i == 1 and tokens.lowers[0] == "the" and _told_acronym(doc, tokens, i, i + 1 + tokens.caps[i + 1])


def _listed_after_place_or_person(a: AnalysedSentence, i: int) -> bool:
    """Whether the one word at token i follows "and" after a place or a surname alone ("customs
    posts at Ceuta and Melilla", "with Tusk and Zelensky attending"): a second of the same kind,
    a town or someone, no brand (it had been an organization of the signing); "Sonatrach and
    Eni" after no such word, and an acronym ("Boliviana de Aviacion and LATAM"), stay brands."""
    if i < 2 or a.tokens.lowers[i - 1] != "and" or a.tokens.words[i].isupper():
        return False  # ("Boliviana de Aviacion and LATAM": an acronym is a brand's)
    before = i - 1
    # ("at Ceuta and Melilla": the first a one-word place after a preposition of place, as
    # `_after_place_preposition` reads it, though no gazetteer lists it)
    first_placed = a.tokens.caps[i - 2] and _after_place_preposition(a.tokens.lowers, i - 2)
    return (
        first_placed
        or any(k + len(city.split()) == before for k, city, _ in a.places)
        or any(end == before and first == before - 1 for first, end, _ in a.people)
    )


def _organizer_at(a: AnalysedSentence, i: int) -> int | None:
    """The "by" of "organized (hosted, sponsored) by" whose list of organizers token i stands
    first in or goes on in ("organized by PromPeru and the Korea ... Agency", "by PromPeru
    together with KOTRA"), over capitalized words, organizations' names, "the" and the list's
    joiners; None elsewhere. A bare name there is an organizer, as one in a signing's party
    slot is a party."""
    tokens = a.tokens
    lowers = tokens.lowers
    k = i - 1
    while k > max(0, i - _MAX_ORGANIZER_REACH) and (
        tokens.caps[k] or k in a.covered or lowers[k] in _ORGANIZER_LIST_WORDS
    ):
        k -= 1
    if lowers[k] == "by" and lowers[k - 1] in _ORGANIZING_HEADS:
        return k
    return None


#: Words within a list of organizers: "A, B and the C", "A together with B", "(ACRONYM)".
_ORGANIZER_LIST_WORDS: Final = et.word_set("the and & , together with ( )")
#: Participles of putting a forum on, before "by" and its organizers.
_ORGANIZING_HEADS: Final = et.word_set(
    "organized organised co-organized co-organised hosted co-hosted sponsored co-sponsored"
)
#: Tokens from a "by" to the last organizer of its list read.
_MAX_ORGANIZER_REACH: Final = 16


#: Cardinals in words, which open a sentence as a count ("Two signed contracts would ..."),
#: never a brand of one word.
_COUNT_WORDS: Final = et.word_set("one two three four five six seven eight nine ten eleven twelve")


#: Words that make a capitalized name a programme, project, agreement or place ("Initiative").
_NOT_ORG_WORDS: Final = ORG_WORDS["not_org"]
_MAX_JOINED_NAME: Final = 4


#: Nouns of a stretch of land or sea, or of what is built on one, that a name before them
#: qualifies ("the Atlantic coast", "the Kivu basin", "the Lobito corridor"), with the lexicon's
#: words of no body ("region", "valley", "pipeline").
#: (in the singular, but for nouns only plural in this sense, "islands", "waters", "highlands":
#: `_feature_noun` takes a plural's "s" off)
_FEATURE_NOUNS: Final = _NOT_ORG_WORDS | et.word_set(
    "coast coastline seaboard shore basin delta desert plateau peninsula highlands "
    "lowlands port islands waters belt hinterland frontier border"
)


def _names_a_feature(tokens: Tokens, i: int, end: int) -> bool:
    """Whether the capitalized words i..end qualify a feature's noun in lower case right after
    them, or after "and" and the other names that share it ("Brazil's Atlantic coast", "Chile's
    Atacama desert", "the Northern and Central corridors"): the name of a place, not of a body
    that takes part. A company the gazetteer lists stays one ("Petrobras pipeline")."""
    # ("along the Northern and Central corridors": two names that share one plural noun)
    noun = _joined_names_end(tokens, end)
    if tokens.caps[noun] or not _feature_noun(tokens.lowers[noun]):
        return False
    return company_country(tokens.text[tokens.starts[i] : tokens.ends[end - 1]]) is None


def _feature_noun(lower: str) -> bool:
    """Whether a lower-case word is a feature's noun, in the singular or the plural ("corridor",
    "corridors", "coasts")."""
    return lower in _FEATURE_NOUNS or (lower[-1:] == "s" and lower[:-1] in _FEATURE_NOUNS)


def _and_opens_a_named_thing(tokens: Tokens, i: int, end: int) -> bool:
    """Whether "and" right after the capitalized words i..end joins them to capitalized words
    that end on a programme's, a project's or an agreement's word ("Belt and Road Initiative",
    "Peace and Prosperity Plan", "Belt and Road"): one name of no body, whose first word had
    been taken for a company. A company the gazetteer lists stays one ("SOCAR and ...")."""
    k = _joined_names_end(tokens, end)
    if k == end or tokens.lowers[k - 1] not in _NOT_ORG_WORDS:
        return False
    return company_country(tokens.text[tokens.starts[i] : tokens.ends[end - 1]]) is None


def _joined_names_end(tokens: Tokens, end: int) -> int:
    """The token right after the capitalized words (at most `_MAX_JOINED_NAME`) that an "and"
    ("&") at token `end` joins to the name before it ("Northern and Central | corridors", "Belt
    and Road Initiative | ,"), or `end` itself when no "and" and capitalized word stand there."""
    if tokens.lowers[end] not in ("and", "&") or not tokens.caps[end + 1]:
        return end
    k = end + 1
    while tokens.caps[k] and k - end <= _MAX_JOINED_NAME:
        k += 1
    return k


#: Currency codes and symbols written before an amount ("INR", "Rs", "EC$").
_CURRENCY_MARKS: Final = frozenset([*PREFIXES, *ISO_CODES])


def _opens_an_amount(tokens: Tokens, i: int) -> bool:
    """Whether token i is a currency's code or symbol before a number ("INR 30 billion", "Rs.
    30 crore"): an amount's unit, which an "and" joins to another amount, never a party."""
    number = i + 2 if tokens.lowers[i + 1] == "." else i + 1
    return tokens.words[i] in _CURRENCY_MARKS and tokens.words[number][:1].isdigit()


def _head_of_complement(tokens: Tokens, a: AnalysedSentence, usable: frozenset[int], i: int) -> int:
    """First token of the name whose "of"/"for" complement opens at token i, when a
    capitalized word free for a name heads it ("Luxembourg's House | of | Startups and ..."):
    the complement alone is no name (the side had been "Startups"); `i` otherwise. A title
    heading it ("Ruler of Dubai") is a person's office, no name."""
    k = i - 1
    if tokens.lowers[k] not in ("of", "for") or not tokens.caps[k - 1]:
        return i
    head = k - 1
    while head - 1 >= 0 and tokens.caps[head - 1] and tokens.lowers[head - 1] not in POSSESSIVE_MARKS:
        head -= 1
    words = range(head, k)
    if any(j in a.covered or j in a.title_tokens or j not in usable for j in words):
        return i
    if any(tokens.lowers[j] in WORDS["function"] for j in words):
        return i
    return head


#: Prepositions whose object is where something is, not who takes part.
_PLACE_PREPOSITIONS: Final = et.word_set("in at near inside outside across")


def _after_place_preposition(lowers: list[str], i: int) -> bool:
    """Whether the word at token i is the object of a preposition of place, with or without
    "the" ("Chamber of Commerce in the Gulf and ...", "a plant in Riau and"): a place."""
    k = i - 1 - (lowers[i - 1] == "the")
    return lowers[k] in _PLACE_PREPOSITIONS


def _word_after_adverbs(lowers: list[str], k: int) -> str:
    """The word at token k, or, past adverbs that may stand between a subject and its verb,
    the verb: "Valmet also signed" fills the party slot as "Valmet signed" does."""
    while lowers[k] in et.SKIPPABLE:
        k += 1
    return lowers[k]


#: Words before a party's name in a signing's slot ("between A and B", "with B").
_PARTY_OPENERS: Final = frozenset(["between", "and", "&", "with"])


def _country_led_name_start(a: AnalysedSentence, usable: frozenset[int], i: int) -> int:
    """First token of a body's name that opens on its country's name, the country written as a
    noun with no possessive right before the capitalized words at token i, wherever the body
    stands ("between Uruguay XXI and ProMéxico", "with Colombia Productiva", "Uruguay XXI and
    ProMéxico signed", "signed by Oman Air and Air India"): agencies and firms are often so
    named, and the country alone is no side there; `i` otherwise, or when the country's word
    is taken or a title's (the body had lost its country's word, "XXI"). A demonym ("Kenyan
    KenGen") or a possessive ("Brazil's Petrobras") still only tells the country."""
    k = _country_ending_before(a, i)
    if k is None or k not in usable or k in a.title_tokens:
        return i
    return k


def _country_ending_before(a: AnalysedSentence, end: int) -> int | None:
    """First token of the country name that ends just before token `end`, or None."""
    for i, mention in a.countries:
        if mention.kind == "name" and a.tokens.country_at(i, ("name",)) == (end, mention.iso3):
            return i
    return None


#: Nouns for participants written without a name after a demonym: "the Kenyan leader",
#: "Azerbaijani officials".
_UNNAMED_PARTICIPANT: Final = et.word_set(
    "leader president minister premier chancellor king emir side delegation counterpart envoy ambassador "
    "commissioner"
)
_UNNAMED_PARTICIPANTS: Final = et.word_set(
    "officials leaders ministers diplomats representatives executives businessmen delegates presidents"
)
#: Last words of a title that, after a country and other title words, name someone by role
#: alone ("the Sri Lankan deputy foreign minister", "the Indian High Commissioner", "Japan's
#: ambassador", "a Chinese business delegation", "the Pakistani foreign secretary").
_UNNAMED_ROLE_HEADS: Final = _UNNAMED_PARTICIPANT | et.word_set("secretary mission team")
#: Words between a country and such a head that are no title words.
_ROLE_MODIFIERS: Final = et.word_set(
    "visiting business trade economic government official high-level cabinet"
)


def unnamed_sides(a: AnalysedSentence, usable: frozenset[int]) -> set[str]:
    """Countries whose participants the clause names only by role ("the Kenyan leader",
    "the Chinese side", "Azerbaijani officials", "the Tanzanian and Ghanaian presidents", "the
    leaders of Ghana and Togo", "Japan's ambassador", "the US Assistant Secretary of State"):
    such a side is taken, so nobody else defaults to it. A plural followed by names ("the
    Colombian and Venezuelan presidents, Petro and Maduro"), or a title by a name, names its
    people."""
    lowers = a.tokens.lowers
    spans = a.tokens.countries
    sides = set()
    for i, mention in a.countries:
        if i not in usable or mention.kind not in ("demonym", "name"):
            continue
        j = spans[i][0] if i in spans else i + 1
        if mention.kind == "name":
            if lowers[j] not in POSSESSIVE_MARKS and not a.tokens.caps[j]:
                continue  # "Japan's ambassador", "US Assistant Secretary"; not "talks with Japan"
            j += lowers[j] in POSSESSIVE_MARKS
        while lowers[j] in ("and", ",") and j + 1 in spans and spans[j + 1][1].kind == "demonym":
            j = spans[j + 1][0]  # "the Tanzanian and Ghanaian presidents"
        if (lowers[j] in _UNNAMED_PARTICIPANTS and lowers[j + 1] != ",") or _role_alone(a, j):
            sides.add(mention.iso3)
    return sides | _roles_of_countries(a, usable)


def _role_alone(a: AnalysedSentence, j: int) -> bool:
    """Whether a title starting at token j ends in a role head that no name follows ("deputy
    foreign minister on Monday", "Assistant Secretary of State", but not "Ambassador Li Ming"
    or "ambassador, Li Ming")."""
    lowers, caps = a.tokens.lowers, a.tokens.caps
    k = j
    while (
        k < j + 4
        and lowers[k] not in _UNNAMED_ROLE_HEADS
        and (lowers[k] in TITLE_WORDS or lowers[k] in _ROLE_MODIFIERS)
    ):
        k += 1
    if lowers[k] not in _UNNAMED_ROLE_HEADS:
        return False
    end = k + 1
    if lowers[end] in ("of", "for") and caps[end + 1]:  # "Secretary of State", "Minister for Trade"
        end += 1
        while caps[end] or lowers[end] in ("and", "&"):
            end += 1
    if lowers[end] == "," and caps[end + 1]:
        return False
    return not caps[end]


_UNNAMED_ROLES: Final = (
    _UNNAMED_PARTICIPANT
    | _UNNAMED_PARTICIPANTS
    | et.word_set("heads counterparts ambassadors envoys delegations mission missions")
)
_LIST_GAP: Final = et.word_set(", and the")


def _roles_of_countries(a: AnalysedSentence, usable: frozenset[int]) -> set[str]:
    """ "held talks with the leaders of Tanzania, Ghana and Madagascar": the countries listed
    after a role and "of"; not when names follow the list ("the transport ministers of
    Türkiye and Iraq, X and Y")."""
    lowers = a.tokens.lowers
    sides: set[str] = set()
    listed: list[str] = []
    end = -1  # the token after the list's last country
    spans = a.tokens.countries
    for i, mention in a.countries:
        if i not in usable or mention.kind != "name":
            continue
        if listed and all(lowers[k] in _LIST_GAP for k in range(end, i)):
            listed.append(mention.iso3)
            end = spans[i][0] if i in spans else i + 1
            continue
        if listed and lowers[end] != ",":
            sides.update(listed)
        of = i - 2 if lowers[i - 1] == "the" else i - 1
        # "the leaders of A, B and C", "his counterparts from A, B and C"
        listed = [mention.iso3] if lowers[of] in ("of", "from") and lowers[of - 1] in _UNNAMED_ROLES else []
        end = spans[i][0] if i in spans else i + 1
    if listed and lowers[end] != ",":
        sides.update(listed)
    return sides


_TOWN_NOUNS: Final = et.word_set("city town port resort village capital region province state hub")


def _joined_to_a_place_or_matter(tokens: Tokens, i: int) -> bool:
    """Whether the country at token i is joined by "and" to a name right after "in"/"at" or
    after a noun it is the subject matter of ("on Gaza and Lebanon", "in Gaza and Sudan")."""
    if tokens.lowers[i - 1] != "and":
        return False
    k = i - 2
    while k >= 0 and tokens.caps[k]:
        k -= 1
    return k < i - 2 and (tokens.lowers[k] in ("in", "at") or _subject_matter(tokens, k))


def _mention_end(tokens: Tokens, i: int) -> int:
    """The token after the country mention that starts at token i."""
    found = tokens.countries.get(i)
    return found[0] if found is not None else i + 1


def _demonym_place(tokens: Tokens, i: int) -> bool:
    """Whether the demonym at token i names a town after "in/at the" ("in the Azerbaijani
    capital", "at the Saudi coastal city", "in the Saudi Red Sea city of Jeddah", "the Russian
    Black Sea resort of Sochi", "the Vietnamese commercial hub of"): the venue's country, a side
    only by other words. Up to three words of the region or kind stand before the town's noun,
    which is in lower case past them ("in the Russian State Duma" names no town); a direction
    may stand before the demonym ("in the southern Chinese island province of Hainan")."""
    end = _mention_end(tokens, i)
    lowers = tokens.lowers
    the = i - 2 if lowers[i - 1] in _DIRECTIONS else i - 1
    if lowers[the] != "the" or lowers[the - 1] not in ("in", "at"):
        return False
    if lowers[end] in _TOWN_NOUNS:
        return True
    for k in range(end + 1, end + 1 + _MAX_TOWN_MODIFIERS):
        if lowers[k - 1] in WORDS["function"] or not lowers[k - 1].isalpha():
            return False  # "in the Chinese market, a port ...": the phrase ended
        if lowers[k] in _TOWN_NOUNS and not tokens.caps[k]:
            return True
    return False


#: Words between a demonym and its town's noun: "the Saudi | Red Sea | city of Jeddah".
_MAX_TOWN_MODIFIERS: Final = 3


def _side_countries(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int], family: str
) -> set[str]:
    """Countries named as sides in the clause: "Uzbekistan and India signed", "Chinese
    companies", "the Azerbaijan-Georgia Commission", "a visit to Uzbekistan", "the three
    countries". A country after "in"/"at" is a place (a side only for visits); a demonym of
    people who represent no one ("Polish and Peruvian musicians") names no side."""
    tokens = a.tokens
    countries = set()
    described = _body_official_descriptions(doc, a)
    for i, mention in a.countries:
        if i not in usable or i in described:
            continue  # "Georgieva, a Bulgarian economist who has led the Fund since 2019,": no side
        before = i - 2 if tokens.lowers[i - 1] in _DIRECTIONS else i - 1
        if tokens.lowers[before] in ("in", "at") and family != et.VISIT and mention.kind == "name":
            continue  # "talks in Doha", "developments in eastern Democratic Republic of the Congo"
        if family != et.VISIT and mention.kind == "name" and _next_destination(a, i):
            continue  # "..., the first leg of a tour that will also take him to Uganda and Tanzania"
        if mention.kind == "demonym" and (_private_people_after(a, i) or _group_of_traders(tokens, i)):
            continue
        if mention.kind == "demonym" and thing_after(tokens.text, tokens.ends[_mention_end(tokens, i) - 1]):
            continue  # "components used in Russian weapons", "tariffs on Chinese goods": no side
        if mention.kind == "demonym" and tokens.lowers[i + 1] in _TOWN_NOUNS and tokens.lowers[i + 2] == "of":
            continue  # "in the Russian city of Kazan": a place, no side
        if family != et.VISIT and mention.kind == "demonym" and _demonym_place(tokens, i):
            continue  # "met on Tuesday in the Azerbaijani capital": where, no side
        if any(first < i < last for first, last, _ in a.people):
            continue  # "Luís Montenegro": a surname, no side
        if mention.kind == "name" and _origin_of_a_demonym_group(a, i):
            continue  # "a delegation of Japanese investors from Singapore": Japanese, no Singaporeans
        if family != et.VISIT and _took_part_in_a_described_event(tokens, i):
            continue  # "the results of the exercise held in Baku with the participation of ..."
        # (also in a visit's clause, a country's possessive: "travelled to A and signed an MoU
        # on gas exports through Bolivia's pipeline network")
        owned = tokens.lowers[_mention_end(tokens, i)] in POSSESSIVE_MARKS
        if (family != et.VISIT or owned) and mention.kind == "name" and _subject_matter(tokens, before):
            continue  # "pledging ... support for Ukraine", "the pipeline towards Ukraine"
        if (
            family != et.VISIT
            and tokens.lowers[i - 1] == ","
            and (_place_ends_at(a, i - 1) or _town_after_preposition_ends_at(a, i - 1))
        ):
            # "on the sidelines of the World Economic Forum in Davos, Switzerland", or a town the
            # lexicon lacks ("the G7 summit in Schloss Elmau, Germany"): where, no side
            continue
        if tokens.lowers[_mention_end(tokens, i)] in ("dollar", "dollars"):
            continue  # "totalled 38 million US dollars": a currency, no side
        if family != et.VISIT and mention.kind == "name" and _joined_to_a_place_or_matter(tokens, i):
            continue  # "positions on Gaza and Lebanon", "the situation in Gaza and Sudan"
        countries.add(mention.iso3)
    home = filed_country(doc)
    if home is not None and not _REALM_FORMS.isdisjoint(tokens.lowers[: tokens.n]):
        countries.update(home for i in usable if _realm_as_side(tokens, i))
    for i in a.count_words:
        if i not in usable:
            continue
        count = COUNT_WORDS.get(tokens.lowers[i])
        if tokens.lowers[i + 1] == "sides" and doc.candidates:
            continue  # "The two sides signed": the sides of the event told (see the collectives)
        if (
            count
            and (
                tokens.lowers[_past_regional_words(tokens, i + 1)] in _COUNTED_NOUNS
                or (count == 2 and not doc.candidates and _counted_office(tokens.lowers, i + 1))
            )
            and tokens.lowers[i - 1] in ("the", "both", "all", "by", "of", "")
        ):
            countries.update(_counted(doc, a, i, count))
        elif tokens.lowers[i] == "both" and tokens.lowers[i + 1] == "countries":
            countries.update(_counted(doc, a, i, 2))
    return countries


#: The forms of a monarchy by which its own press names it: "the Kingdom", "the Sultanate".
_REALM_FORMS: Final = et.word_set("kingdom sultanate emirate principality")


def _realm_as_side(tokens: Tokens, i: int) -> bool:
    """Whether token i is a monarchy's form standing alone for the dateline's country as a side
    joined to another ("Turkey and the Kingdom signed", "the Sultanate and Japan", "a deal
    with the Kingdom"), not opening a name ("the Kingdom of Bahrain", "the Kingdom Tower")."""
    if tokens.lowers[i] not in _REALM_FORMS or tokens.lowers[i - 1] != "the":
        return False
    after = tokens.lowers[i + 1]
    return (after in ("and", "&") or tokens.lowers[i - 2] in ("and", "&", "between", "with")) and not (
        tokens.caps[i + 1] or after == "of"
    )


def _body_official_descriptions(doc: DocumentContext, a: AnalysedSentence) -> frozenset[int]:
    """Tokens of the descriptions of a body's official by his nationality: "Georgieva, a
    Bulgarian economist who has led the Fund since 2019,", "The Djiboutian diplomat arrived
    ...", "X, a Costa Rican economist and former Vice President of Costa Rica,". An official
    of a body of many states is of no country, and the one his birth or passport gives is no
    side of his visits and meetings (not "The Chinese diplomat met ...", a state's)."""
    out: set[int] = set()
    for i, mention in a.countries:
        if mention.kind == "demonym" and i not in out:
            found = _described_official(doc, a, i)
            if found is not None:
                out.update(range(found[0], found[1]))
    return frozenset(out)


def _described_referents(
    doc: DocumentContext, a: AnalysedSentence, usable: frozenset[int]
) -> list[PersonMention]:
    """The body's officials a clause names by "the <demonym> <noun>" ("The Indian-born American
    executive also met X": the World Bank's president met X, whom the sentence before named)."""
    found = []
    for i, mention in a.countries:
        if mention.kind == "demonym" and i in usable:
            described = _described_official(doc, a, i)
            if described is not None and described[2] is not None and described[0] in usable:
                found.append(described[2])
    return found


def _described_official(
    doc: DocumentContext, a: AnalysedSentence, i: int
) -> tuple[int, int, PersonMention | None] | None:
    """(first, end, referent) of the nationality description the demonym at token i opens,
    when it describes a body's official: an apposition after his name ("Al Ghais, a Kuwaiti
    national,"), to its closing comma (no referent: he is
    named before it), or "the <demonym> <noun>" standing for the last subject ("The
    Indian-born American executive also met ..."); the article may precede a modifier ("a
    veteran Nigerian diplomat")."""
    tokens = a.tokens
    lowers = tokens.lowers
    demonyms = {j for j, m in a.countries if m.kind == "demonym"}
    first = i
    while first - 1 in demonyms:
        first -= 1  # "The Indian-born American executive"
    article = first - 1
    if article > 0 and lowers[article].endswith(ORIGIN_SUFFIXES):  # read by countries as no country
        article -= 1  # "The Nigerian-born American executive": a birthplace, no demonym of a side
    if article > 0 and lowers[article] in _DESCRIPTION_MODIFIERS:
        article -= 1
    noun = _mention_end(tokens, i)
    if article < 0 or lowers[article] not in ("a", "an", "the") or lowers[noun] not in et.NATIONALITY_NOUNS:
        return None
    if article > 0 and lowers[article - 1] == ",":
        end = next((k for k in range(noun + 1, tokens.n) if lowers[k] == ","), noun + 1)
        named = [p for _, last, p in a.people if last == article - 1]
        named += [p for _, p in bare_name_tokens(doc, a, frozenset(range(max(0, article - 4), article - 1)))]
        person = named[-1] if named else None
        return (article, end, None) if person is not None and of_international_body(person) else None
    if lowers[article] != "the":
        return None  # "met a Chinese diplomat": someone else, of a state
    person = previous_subject(doc, a)
    return (article, noun + 1, person) if person is not None and of_international_body(person) else None


#: Words between the article and the demonym of a description: "a veteran Nigerian diplomat".
_DESCRIPTION_MODIFIERS: Final = et.word_set("veteran former career seasoned longtime long-time")


def _place_ends_at(a: AnalysedSentence, end: int) -> bool:
    """Whether a city or town named in the sentence ends right before token `end`."""
    return any(i + len(city.split()) == end for i, city, _ in a.places)


def _town_after_preposition_ends_at(a: AnalysedSentence, end: int) -> bool:
    """Whether one to three capitalized words that nothing else claims, right after "in" or
    "at", end before token `end`: a town the lexicon does not know ("in Schloss Elmau"), so
    that a country after its comma tells where the town is, as after a known city."""
    tokens = a.tokens
    k = end
    while k > end - _TOWN_REACH and k > 0 and tokens.caps[k - 1] and k - 1 not in a.covered:
        k -= 1
    return 0 < k < end and tokens.lowers[k - 1] in ("in", "at")


#: How many capitalized words a town the lexicon does not know may have ("Schloss Elmau").
_TOWN_REACH: Final = 3


def _origin_of_a_demonym_group(a: AnalysedSentence, i: int) -> bool:
    """Whether the country at token i follows "from" after people a demonym already gives a
    country ("Japanese investors from Singapore", "Indian business leaders from Dubai"): it
    tells where they came from, and their demonym is their side."""
    lowers, caps = a.tokens.lowers, a.tokens.caps
    if i < 3 or lowers[i - 1] != "from":
        return False
    demonyms = {start for start, m in a.countries if m.kind == "demonym"}
    for k in range(i - 2, max(-1, i - 6), -1):
        if k + 1 < i - 1 and k in demonyms:
            return True
        if caps[k] or not lowers[k].isalpha():
            return False
    return False


def _took_part_in_a_described_event(tokens: Tokens, i: int) -> bool:
    """Whether the country at token i is listed after "with the participation of" in a phrase
    that a participle hangs on a noun ("the exercise held in Baku with the participation of
    Azerbaijan, Türkiye and Pakistan"): the countries took part in that event, which the
    sentence only talks about, not in the engagement. After an auxiliary ("The forum was held
    with the participation of ...") or a comma the event is the clause's own, and so are they."""
    lowers = tokens.lowers
    k = i - 1
    while k >= 0 and (lowers[k] in _LIST_GAP or tokens.in_country(k)):
        k -= 1
    if k < 3 or lowers[k - 3 : k + 1] != ["with", "the", "participation", "of"]:
        return False
    for j in range(k - 4, max(0, k - 12), -1):
        if lowers[j] in _EVENT_PARTICIPLES:
            before = lowers[j - 1] if j else ""
            return before.isalpha() and before not in et.PASSIVE_AUXILIARIES
        if lowers[j] in (",", ";", ".", "which", "that"):
            return False
    return False


#: Participles that hang an event on a noun: "the exercise held ...", "a drill conducted ...".
_EVENT_PARTICIPLES: Final = et.word_set("held conducted staged organized organised hosted carried")


def _subject_matter(tokens: Tokens, preposition: int) -> bool:
    """Whether the country after token `preposition` is what a common noun is about: "support
    for Ukraine", "the pipeline towards Ukraine", "sanctions against Russia", "pressure on
    Iran", or an end of a link built or flown ("a cable to Romania", "a railway from China")
    (no side; not "a visit to", "talks with", nor a title's "Envoy for Libya")."""
    lowers = tokens.lowers
    noun = lowers[preposition - 1]
    if lowers[preposition] in ("to", "from") and noun in LINK_NOUNS:
        return True  # "talks on a cable to Romania", "flights from Doha": an end of the link
    if lowers[preposition] not in _MATTER_PREPOSITIONS:
        return False
    # (a title's head, "the envoy for Libya", names a side; the words of a portfolio, "gas
    # exports through Bolivia's network", name a matter)
    return (
        noun.isalpha()
        and not tokens.caps[preposition - 1]
        and noun not in HEAD_WORDS
        and noun not in et.VERB_TRIGGERS
        and noun not in et.NOUN_TRIGGERS
        and noun not in _PARTY_NOUNS
    )


#: Prepositions after which a country is what something is about, not who acts.
_MATTER_PREPOSITIONS: Final = et.word_set("for towards toward against on through via")
#: Nouns of people acting for a country: "a delegation for Ukraine" still names a side.
_PARTY_NOUNS: Final = et.word_set("delegation delegations team representative representatives envoy envoys")


def _senders_countries(a: AnalysedSentence, usable: frozenset[int]) -> set[str]:
    """The country of whoever sent a messenger the clause names: "received a special envoy of
    Sudan's army chief X" has Sudan as a side, the envoy's, though X took no part and the envoy
    is not named."""
    lowers, excluded = a.tokens.lowers, a.clauses.excluded
    found: set[str] = set()
    for i in usable:
        if lowers[i] in MESSENGER_WORDS and i + 1 in excluded:
            found.update(m.iso3 for j, m in a.countries if i < j <= i + 8 and j in excluded)
    return found


def _next_destination(a: AnalysedSentence, i: int) -> bool:
    """Whether the country at token i (alone or in a list: "to Uganda and Tanzania") is where
    someone goes next: after a "to" that follows "will"/"would", or a verb of leaving after
    the event ("before flying on to Ethiopia"), within a few words."""
    lowers, caps = a.tokens.lowers, a.tokens.caps
    k = i - 1
    while k > i - 8 and lowers[k] != "to" and (caps[k] or lowers[k] in ("and", ",", "the")):
        k -= 1
    if lowers[k] != "to":
        return False
    window = lowers[max(0, k - 5) : k]
    if "will" in window or "would" in window:
        return True
    # "before flying on to Ethiopia", "then headed to Oman": leaving after the event, not arriving for it
    onward = not et.ONWARD_VERBS.isdisjoint(window)
    return onward and ("before" in window or "then" in window or lowers[k - 1] == "on")


_DIRECTIONS: Final = et.word_set(
    """eastern western northern southern central north south east west northeastern northwestern
    southeastern southwestern"""
)


#: People who take part for themselves, not for a country: a demonym before them names no side.
_PRIVATE_PEOPLE: Final = et.word_set(
    """musicians artists singers dancers bands students pupils fans supporters players athletes
    footballers runners cyclists swimmers boxers teams tourists visitors travellers travelers
    pilgrims farmers workers children families residents citizens migrants refugees scientists
    researchers scholars academics doctors nurses chefs writers poets filmmakers actors
    volunteers couples"""
)


def _private_people_after(a: AnalysedSentence, i: int) -> bool:
    """Whether the demonym at token i (alone or in a list: "Polish and Peruvian") describes
    private people: "Polish and Peruvian musicians", "Kenyan marathon runners"."""
    lowers = a.tokens.lowers
    countries = {j for j, _ in a.countries}
    j = i + 1
    while lowers[j] in ("and", ",", "&") and j + 1 in countries:
        j += 2
    return any(lowers[k] in _PRIVATE_PEOPLE and lowers[k - 1] not in _OFFICIAL_ROLES for k in range(j, j + 3))


def _group_of_traders(tokens: Tokens, i: int) -> bool:
    """Whether the demonym at token i describes "a group of" traders or investors ("a group of
    Senegalese investors visited the agency"): people come on their own account, unlike "a
    delegation of Chinese investors led by the minister", which a state sends."""
    lowers = tokens.lowers
    return lowers[i - 1] == "of" and lowers[i - 2] in ("group", "groups") and lowers[i + 1] in TRADERS


#: Words that make a group noun a state's: "negotiating teams", "technical teams".
_OFFICIAL_ROLES: Final = et.word_set("negotiating negotiation technical official government trade expert")


#: What a count word counts when it stands for countries: "the two countries", "all three sides".
_COUNTED_NOUNS: Final = et.word_set("countries nations states sides")
#: Words that describe counted countries without naming one: "the two neighbouring countries".
_DESCRIBING_COUNTED: Final = et.word_set("neighbouring neighboring friendly brotherly fraternal")


def _counted_office(lowers: list[str], j: int) -> bool:
    """Whether "the two" before token j counts holders of one office, as the first event of a
    story that has named nobody tells them ("The two prime ministers met on the sidelines of
    the UN General Assembly", "the two foreign ministers held talks"): two people of the pair
    the headline (or the story before) names, as "the two sides" are. Once an event is told,
    "the two leaders" are its people (see the collectives), not a pair counted again."""
    return lowers[j] in et.COUNTED_OFFICES or (
        lowers[j + 1] in et.COUNTED_OFFICES and lowers[j].isalpha() and lowers[j] not in WORDS["function"]
    )


def _past_regional_words(tokens: Tokens, j: int) -> int:
    """Token j moved past at most two words that describe counted countries by their region in
    capitals or by their ties ("the two West African countries", "the two Nordic nations", "the
    two neighbouring states"), which name none of them."""
    for _ in range(2):
        if j < tokens.n and (
            (tokens.caps[j] and j not in tokens.countries) or tokens.lowers[j] in _DESCRIBING_COUNTED
        ):
            j += 1
    return j


def _counted(doc: DocumentContext, a: AnalysedSentence, i: int, size: int) -> tuple[str, ...]:
    """The countries "the two countries" at token i stands for: the sentence's own when it
    names just that many before it ("after Turkish President X visited Baghdad ..., when the
    two countries signed 26 agreements": Turkey and Iraq, not the "Turkey and Iran" of the
    paragraph before), else the last group of that size the story named."""
    own = tuple(
        dict.fromkeys(m.iso3 for j, m in a.countries if j < i and m.kind in ("name", "demonym", "capital"))
    )
    if len(own) == size:
        return own
    return _group_of(doc, a.sentence.start + a.tokens.starts[i], size)


def _group_of(doc: DocumentContext, position: int, size: int) -> tuple[str, ...]:
    """The last group of `size` countries named before `position` ("the three countries")."""
    for end, countries in reversed(doc.groups):
        if end <= position and len(countries) == size:
            return countries
    return ()
