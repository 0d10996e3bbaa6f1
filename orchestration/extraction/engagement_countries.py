"""The country of every participant of an engagement, and the default when none is stated.

A person's country comes from the title ("President of Kazakhstan", "Chinese Ambassador"),
the registry (an earlier mention), or the organization they represent. When nothing says it,
the most likely country is chosen by rules that hold across house styles: first a side the
engagement names that no participant holds yet ("Qatar and Turkey signed ..., chaired by Emir
Tamim and President Erdogan"), then the dateline's country, the place's, and the countries the
story names most; a default never gives a person the country of a counterpart with the same
role (two presidents are from two countries), never gives a visitor the host's country, and
never leaves a two-person engagement one-sided. Organizations get the same treatment.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from orchestration.extraction import engagement_types as et
from orchestration.extraction.companies import company_country
from orchestration.extraction.countries import LANDMARKS, city_country, countries_in_name, find_countries
from orchestration.extraction.engagement_context import (
    DocumentContext,
    Draft,
    Org,
    is_international,
    known_org,
    name_key,
    of_international_body,
    office_key,
    org_aliases,
    org_country,
    same_org,
    sentence_span,
    thing_after,
)
from orchestration.extraction.people import PersonMention, same_person
from orchestration.extraction.text import holds_any
from orchestration.extraction.titles import COUNTERPART_STEMS, ORG_WORDS


def _sides_in_text_order(doc: DocumentContext, c: Draft) -> list[str]:
    """The countries named as sides of an engagement, in the order its sentence names them:
    "The Colombian and Venezuelan presidents, Petro and Maduro" gives Petro the first."""
    return list(dict.fromkeys(m.iso3 for m in doc.mentions_between(c.start, c.end) if m.iso3 in c.countries))


def _home_side_first(doc: DocumentContext, unheld: list[str]) -> list[str]:
    """Free sides for fewer people of no stated country than there are sides: the order the
    sentence names them in says nothing of whose they are ("Uzbek and Malaysian companies
    signed 14 agreements ... The session was opened by Deputy Minister X" from Kuala Lumpur:
    X had been made Uzbek), so the story's own country comes first, the agency's or outlet's
    whose copy it is, else the dateline's."""
    first = next(
        (iso for iso in (doc.home_country, doc.agency_country, doc.dateline_country) if iso in unheld), None
    )
    return unheld if first is None else [first, *(iso for iso in unheld if iso != first)]


def _countries_in_evidence(doc: DocumentContext, c: Draft) -> set[str]:
    """Countries the engagement's sentence names by name or demonym (the venue's own city
    names its country in any case)."""
    return {m.iso3 for m in doc.mentions_between(c.start, c.end) if m.kind in ("name", "demonym")}


def _countries_beside_a_body(doc: DocumentContext, c: Draft) -> set[str]:
    """Countries the sentence of an engagement with a body of many states names, but for a
    nationality told of one person ("The Indian-born American executive also met Finance
    Adviser X and Governor Y" of the World Bank's president): the official's birth or passport
    is no side, and X had been made Indian to keep the meeting two-sided."""
    text = doc.text
    return {
        m.iso3
        for m in doc.mentions_between(c.start, c.end)
        if m.kind in ("name", "demonym")
        and not (m.kind == "demonym" and _nationality_noun_after(text, m.end))
    }


def _nationality_noun_after(text: str, end: int) -> bool:
    """Whether a demonym ending at `end` describes one person ("a Bulgarian economist", "the
    Indian-born American executive": past other capitalized words)."""
    found = _NOUN_AFTER.match(text, end)
    return found is not None and found.group(1) in et.NATIONALITY_NOUNS


#: The first lower-case word after a demonym, past its suffix ("Indian-born") and up to two
#: capitalized words ("American").
_NOUN_AFTER: Final = re.compile(r"(?:-[a-z]+)?(?:[\s-]+[A-Z][\w'’-]*){0,2}?\s+([a-z]+)\b")


def _default_order(
    doc: DocumentContext, c: Draft, held: frozenset[str] = frozenset(), home: str | None = None
) -> list[str]:
    """Countries a participant whose country is unstated most likely belongs to: the
    dateline's, the place's, then the countries the story names most. For people (`held`:
    the countries the engagement's placed people hold), the place's comes first when the
    sentence names its country, someone of another country is placed and nobody holds the
    place's country yet ("the Emir of Qatar arrived in Kigali on a state visit to Rwanda,
    where he was received by President Paul Kagame" in a Moscow round-up): the host is
    there. A venue whose country the sentence leaves unsaid ("on the sidelines of the G20
    in Rio de Janeiro" in a New Delhi release) says nothing of the people met there, and a
    host already named ("met Saudi Crown Prince ... in Makkah" in an Islamabad story)
    leaves the others to the dateline. A country written only after its city's name and a
    comma ("in Geneva, Switzerland") tells where the city is, not who hosts: "Speaker X held
    talks with the Speaker of Rwanda's Chamber of Deputies, Y, in Geneva, Switzerland" from a
    Kenyan site is no Swiss event. `home`, the country of the national agency whose copy it is
    (`DocumentContext.home_country`), comes before the dateline's for people: the agency names
    its own officials without a country word wherever it files from ("WASHINGTON (ANTARA) -
    Finance Minister X met South Korea's Y on the sidelines of the IMF-World Bank Annual
    Meetings"), but a body it meets there is as likely local."""
    place = city_country(c.location) if c.location else None
    hosted = (
        bool(held)
        and place is not None
        and place not in held
        and (
            _opens_at(c.evidence, place)
            or any(
                m.iso3 == place
                and m.kind in ("name", "demonym")
                and not _CITY_BEFORE.search(doc.text, max(0, m.start - 40), m.start)
                for m in doc.mentions_between(c.start, c.end)
            )
        )
    )
    order = [place, home, doc.dateline_country] if hosted else [home, doc.dateline_country, place]
    if doc.home_country is None and doc.dateline_country is None:
        # a story that gives no home of its own (its dateline a town no gazetteer knows) is told
        # from where the places it speaks for are: "Kerala Governor X received Saudi Arabia's
        # Ambassador Y. The Ambassador also met NORKA Roots Vice-Chairman Z" is Kerala's press,
        # and Z is Indian, not of the country the story names most
        order.append(_places_country(doc))
    order += [iso for iso, _ in _counts_up_to_another_item(doc, c).most_common()]
    order.append(doc.agency_country)  # the agency's own, once every country named is taken
    order += doc.around
    return [iso for iso in dict.fromkeys(order) if iso]


#: A sentence that turns to another item of a round-up or a live blog: "Separately, Greek
#: Prime Minister X spoke with ...", "In other news, ...".
_ANOTHER_ITEM_OPENERS: Final = ("Separately", "Elsewhere", "In other news", "In a separate development")
_ANOTHER_ITEM: Final = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*(?:" + "|".join(_ANOTHER_ITEM_OPENERS) + r")\b,?", re.MULTILINE
)


def _counts_up_to_another_item(doc: DocumentContext, c: Draft) -> Counter[str]:
    """The story's country counts, less the mentions of the items a round-up turns to after the
    engagement ("Economy Minister X met UAE Minister Y in Abu Dhabi. | Separately, Greek Prime
    Minister Z spoke with ..."): their countries are no side of this one, and X had been made
    Greek; better none than another item's. A story with no such turn counts as before."""
    text = doc.text
    # (every turn holds one of its openers as written: a story that holds none after the
    # engagement is not scanned, a pattern tried at every offset of the rest of the story)
    if not holds_any(text[c.end :], _ANOTHER_ITEM_OPENERS):
        return doc.country_counts
    turn = _ANOTHER_ITEM.search(text, c.end)
    if turn is None:
        return doc.country_counts
    later = Counter(
        m.iso3
        for m in doc.mentions
        if m.start >= turn.start()
        and (m.kind == "name" or (m.kind == "demonym" and not thing_after(text, m.end)))
    )
    return doc.country_counts - later


def _opens_at(evidence: str, place: str) -> bool:
    """Whether the sentence opens on its place after a word that leaves the story's thread
    ("Meanwhile in Colombo, Plantation Minister X held talks with Malaysia's Y" in a Kathmandu
    story): the scene has moved there, and an official the sentence gives no country is of
    that place's, as one in a story datelined there would be (X had been made Nepali)."""
    match = _SCENE_OPENING.match(evidence)
    return match is not None and city_country(match.group("place")) == place


#: A sentence opening on another scene: "Meanwhile in Colombo,", "Elsewhere, in Lima,".
_SCENE_OPENING: Final = re.compile(
    r"(?:Meanwhile|Elsewhere|Separately|In\s+the\s+meantime),?\s+in\s+"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*,"
)

#: A capitalized word and a comma right before a country's name: "Geneva, Switzerland".
_CITY_BEFORE: Final = re.compile(r"\b[A-Z][\w'’.-]*,\s*$")


def org_defaults(doc: DocumentContext, c: Draft, orgs: list[Org]) -> list[Org]:
    """Organizations without a stated country get one: the country every other
    organization of the engagement shares ("Chinese companies X, Y and Z"), else the
    document's; of two organizations signing together, the second never gets the first's
    country ("SOCAR and Snam", "QazaqGaz and Gazprom"). Bodies whose people were met
    ("met executives of A and B") are one group, of the place where they were met."""
    if all(o.country for o in orgs):
        return orgs
    order = _default_order(doc, c)
    place = city_country(c.location) if c.location else None
    known = {o.country for o in orgs if o.country}
    # (the place's country only beside another side: a meeting of one country is none)
    sides = set(c.countries) | known
    # or where a story filed at home tells a stay abroad ("NAIROBI - X is in New Delhi ... Mr X
    # met officials of the APEDA"): a body met there is the host's (it had been the visitor's)
    abroad = place is not None and doc.dateline_country is not None and place != doc.dateline_country
    local = [place, *order] if (place in sides and len(sides) >= 2) or abroad else order
    shared = next(iter(known)) if len(orgs) >= 3 and len(known) == 1 else None
    # every `_members_of` pattern opens on "<member noun> of": without one, no org was met
    # but one right in a meeting verb's objects ("met A leader X and B leader Y")
    members = _MEMBERS_OF.search(c.evidence) is not None and not (
        c.type == et.AGREEMENT and _members_sign(c.evidence)
    )
    met = [
        _met_in(c.evidence, o.name, members)
        or (o.name not in c.evidence and _met_in(_told_in(doc, c, o.name), o.name))
        for o in orgs
    ]
    two_sides = len(orgs) == 2 and not all(met)
    out: list[Org] = []
    for index, org in enumerate(orgs):
        if org.country is None and not is_international(org.name):
            others = out + orgs[index + 1 :]
            taken = {o.country for o in others if o.country} if two_sides else set()
            taken |= _paired_countries(c.evidence, org.name)
            country = shared or next(
                (iso for iso in (local if met[index] else order) if iso not in taken), None
            )
            org = Org(org.name, country)
        out.append(org)
    return out


def _members_sign(evidence: str) -> bool:
    """Whether the sentence of a signing opens on its "<members> of" phrase, the signers
    ("Representatives of the Mongolian National Chamber ... and the Atameken National Chamber
    ... also signed a memorandum"): the bodies are the two sides, none met by the other (both
    had been taken as met where the story is filed, and the signing, of one country, dropped)."""
    found = _MEMBERS_OF.search(evidence)
    return found is not None and _SENTENCE_OPENING.fullmatch(evidence, 0, found.start()) is not None


#: Words that may open a sentence before its subject: "Later,", "On Tuesday,", "Also, the".
_SENTENCE_OPENING: Final = re.compile(
    r"(?:[\s,]*(?:also|later|meanwhile|separately|additionally|moreover|the|on|at|in|during|[A-Z][\w'’-]*)\b)*[\s,]*"
)


def _met_in(sentence: str, name: str, members: bool = True) -> bool:
    """Whether the sentence names the organization as a body met: its people's ("met officials
    of X") or a meeting verb's object (`members`: False when the sentence has no "<members> of")."""
    return (members and _members_of(sentence, name)) or _met_as_object(sentence, name)


def _told_in(doc: DocumentContext, c: Draft, name: str) -> str:
    """The sentence that names an organization the engagement took in from a later sentence
    (a meeting during a visit, merged into the visit or a signing of its days: "On Thursday,
    Mr Kagwe met officials of the ... Authority (APEDA)"), whose evidence is the first
    sentence's: how the body was met is told there (it had been given the dateline's country
    as no body met, where the place it was met in holds it). The evidence when not found."""
    at = doc.text.find(name, c.start)
    if at < 0:
        return c.evidence
    start, end = sentence_span(doc.text, at)
    return doc.text[start : end + 1]


#: "between A and B": the two sides a cooperation, a deal or a roadmap is between, each up to
#: a clause's punctuation or a preposition of place, time or purpose after it.
_BETWEEN: Final = re.compile(
    r"\bbetween\s+(.+?)\s+and\s+(.+?)(?=[,.;:]|\s+(?:in|on|at|for|from|to|until|by)\b|$)"
)


def _paired_countries(evidence: str, name: str) -> set[str]:
    """The countries written on the other side of "between A and B" from an organization
    ("cooperation between the Belarusian machine-building enterprises and GAZ Group"): the
    organization is the other side, so it is of none of them (GAZ Group had taken the
    story's own country, Belarus, the country of the side it is paired with)."""
    if "between" not in evidence:
        return set()
    out: set[str] = set()
    for m in _BETWEEN.finditer(evidence):
        first, second = m.group(1), m.group(2)
        other = first if name in second else second if name in first else None
        if other is not None:
            out |= {found.iso3 for found in find_countries(other) if found.kind in ("demonym", "name")}
    return out


#: Nouns for the people of a company: who "met executives of A and B" met one group.
_MEMBER_NOUNS: Final = et.word_set(
    "executives managers representatives heads chiefs bosses officials leaders"
)
#: The nouns as one alternation, sorted so that the pattern text does not vary with hash order.
_MEMBER_ALTERNATION: Final = "|".join(sorted(_MEMBER_NOUNS))
#: The opening every `_members_of` pattern shares: "executives of", "representatives of".
_MEMBERS_OF: Final = re.compile(rf"(?i)\b(?:{_MEMBER_ALTERNATION})\s+of\s+")


def _members_of(evidence: str, name: str) -> bool:
    """Whether an organization is named as the body of people met ("met executives of Hindalco
    Industries and Tata Chemicals", "representatives of Richter Gedeon and the OTP Bank"): a
    company the visitor's hosts brought, which the place's country more likely holds than the
    visitor's (a visitor meeting two local companies had had his own country given to the
    second, as if the two had been the sides of a signing)."""
    pattern = (
        # (over a body's acronym in brackets: "officials of the Export Development Authority
        # (APEDA) and the Spices Board of India", "of the Ministry of Commerce (MoC) and X" met
        # both; an acronym opens on a capital and holds another whatever the case of the rest,
        # as "officials of the ministry (twice) and X" met no X)
        rf"\b(?:{_MEMBER_ALTERNATION})\s+of\s+(?:(?:[^.;:()]|(?-i:\([A-Z][a-z]*[A-Z][A-Za-z]*\))){{0,80}}?(?:,|\band\b|&)\s*)?"
        rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?{re.escape(name)}"
    )
    return re.search(pattern, evidence, re.IGNORECASE) is not None


def _met_as_object(evidence: str, name: str) -> bool:
    """Whether an organization is named within the objects of a meeting verb ("The visiting
    minister also met Tamil Progressive Alliance leader X and Ceylon Workers' Congress leader
    Y", "received A and B"): a body someone met, as `_members_of` tells, not one of the two
    sides of a signing (the first had been given the visitor's country, its leader with it)."""
    at = evidence.find(name)
    if at <= 0:
        return False
    # the verb's objects hold none of ".,;:()", so the verb follows the last of them before the name
    phrase = max(evidence.rfind(mark, 0, at) for mark in ".,;:()") + 1
    verb = _MEETING_VERB_BEFORE.search(evidence, phrase, at)
    return verb is not None and _CLAUSE_BREAK.search(evidence, verb.start("objects"), at) is None


def _met_together(evidence: str, person: PersonMention, other: PersonMention) -> bool:
    """Whether the two are coordinated by "and" as the objects of one meeting verb ("The
    visiting minister also met A chief X and B chief Y"): someone else met both, so one office
    ("chief") makes them no counterparts of two sides."""
    at, other_at = evidence.find(person.name), evidence.find(other.name)
    if at < 0 or other_at < 0 or at == other_at:
        return False
    (first, first_name), (second, _) = sorted([(at, person.name), (other_at, other.name)])
    return _coordinated(evidence, first + len(first_name), second) and _met_as_object(evidence, first_name)


#: The verbs of meeting someone, told with the one met as their object.
_MEETING_VERBS: Final = ("met", "meets", "received", "receives", "hosted", "hosts")
#: A meeting verb whose objects run up to a given point within one phrase: "also met ",
#: "received Tamil Progressive Alliance leader X and ".
_MEETING_VERB_BEFORE: Final = re.compile(
    rf"\b(?:{'|'.join(_MEETING_VERBS)}|called\s+on)\s+(?:with\s+)?(?P<objects>[^.,;:()]*)\Z"
)


def prefer_full_names(doc: DocumentContext, orgs: list[Org]) -> list[Org]:
    """The fullest name known for each organization ("FICCI" -> "Federation of ... (FICCI)")."""
    out = []
    for org in orgs:
        known = known_org(doc, org.name)
        if known is not None and len(known.name) > len(org.name):
            out.append(Org(known.name, org.country or known.country))
        else:
            out.append(org)
    return out


def is_government(name: str) -> bool:
    """Whether a body is a government one, which a participant does not represent as an
    organization. A seat of government that news names instead of the office it houses is one
    too ("Itamaraty's Secretary for Latin America", "the Quai d'Orsay's spokesman": Brazil's and
    France's foreign ministries had been listed as organizations)."""
    if is_seat_of_government(name):
        return True
    return not ORG_WORDS["government"].isdisjoint(name.lower().split())  # "Kremlin", "Presidency"


def _seat_country(name: str | None) -> str | None:
    """The country of a seat of government an official is named by ("Itamaraty's Secretary for
    Latin America" is Brazilian): the country of its city (it had been taken from the story)."""
    if name is None or not is_seat_of_government(name):
        return None
    return city_country(LANDMARKS[name.removeprefix("the ").removeprefix("The ")])


def is_seat_of_government(name: str) -> bool:
    """Whether a body's name is a seat of government standing for the office it houses
    ("Itamaraty", "Quai d'Orsay", "Casa Rosada"): no side of its own beside the government's
    people. (Not every name with "Government" in it: "Government Trading Corporation" is a company.)"""
    return name.removeprefix("the ").removeprefix("The ") in LANDMARKS


def _sides_by_proximity(
    doc: DocumentContext, c: Draft, defaulted: list[PersonMention], unheld: list[str]
) -> dict[str, str]:
    """A side named by a demonym or country name in the engagement's sentence goes to the
    first unplaced person named after it: "Minister Jam Kamal Khan met Afghan interim
    government's Acting Minister ... Haji Nooruddin Azizi" makes Azizi the Afghan, not Khan,
    and "a mission of the Colombian agency, headed by Carmen Caballero" makes her Colombian."""
    if not unheld or len(defaulted) < 2:
        return {}
    placed = []
    for person in defaulted:
        at = c.start + person.name_start
        if doc.text[at : at + len(person.name)] == person.name and c.start <= at < c.end:
            placed.append((at, person.name))
    placed.sort()
    out: dict[str, str] = {}
    for mention in doc.mentions_between(c.start, c.end):
        if mention.iso3 not in unheld or mention.iso3 in out.values():
            continue
        after = next((name for at, name in placed if at > mention.start and name not in out), None)
        if after is not None:
            out[after] = mention.iso3
    return out


_COUNTERPART_WORDS: Final = re.compile(r"\b(?:" + "|".join(COUNTERPART_STEMS) + r")")


#: Titles of a reigning monarch: a state that has one has no president as its head, so a
#: monarch and a president meeting are of two states ("The Sultan held talks with Chinese
#: President X": the Sultan is not Chinese).
_MONARCH_TITLES: Final = frozenset(
    {
        "king",
        "queen",
        "emperor",
        "empress",
        "sultan",
        "emir",
        "amir",
        "monarch",
        "grand duke",
        "grand duchess",
        "yang di-pertuan agong",  # Malaysia's
    }
)


def _heads_of_two_states(one: PersonMention, other: PersonMention) -> bool:
    """Whether two people are a monarch and a president, neither speaking for a body of its
    own: heads of two states, never of one."""
    if one.organization or other.organization:
        return False
    keys = {office_key(one.title), office_key(other.title)}
    return "president" in keys and not keys.isdisjoint(_MONARCH_TITLES)


def _diaspora_country(title: str | None) -> str | None:
    """The country of a minister whose portfolio is its own people abroad ("Minister of Foreign
    Affairs, Cooperation and Gabonese Abroad", "... and Moroccan Expatriates")."""
    if not title:
        return None
    match = _DIASPORA.search(title)
    if match is None:
        return None
    found = find_countries(match.group("people"))
    return found[0].iso3 if found else None


_DIASPORA: Final = re.compile(
    r"\b(?P<people>[A-Z][\w'’-]+)\s+(?:Abroad|Expatriates|Diaspora|Nationals\s+Abroad|Living\s+Abroad|"
    r"Residing\s+Abroad|Communities\s+Abroad)\b"
)


def _posted_to(title: str | None) -> str | None:
    """The country an envoy is posted to ("Ambassador to Brazil", "High Commissioner to
    India"), which is not the envoy's own."""
    if not title:
        return None
    match = _ENVOY_TO.search(title)
    if match is None:
        return None
    found = find_countries(title[match.end() :])
    return found[0].iso3 if found else None


def _contrasted_side(text: str, name: str) -> str | None:
    """The side that a clause after a person's name sets against them ("Also present were A
    and B, while the Chinese side included C"): "while"/"whereas" opens the other side's part,
    so the people named before it are not of the side it names."""
    listed = _listed_side_after(text, name)
    if listed is not None:
        return listed
    if "while" not in text and "whereas" not in text:
        return None  # (`_CONTRAST_SIDE` needs one of them, in lower case: a cheap test first)
    return _side_named_after(text, name, _CONTRAST_SIDE, (". ", ";"))


def _listed_side_after(text: str, name: str) -> str | None:
    """The side that a later entry of the same attendance list opens ("attended by Prime
    Minister A; Minister B; and, from the Indonesian side, Minister C"): the side phrase
    applies to the names after it, so those named before it in the sentence are not of it."""
    if " side," not in text:
        return None  # (`_LISTED_SIDE` ends on it: a cheap test first)
    return _side_named_after(text, name, _LISTED_SIDE, (". ",))


def _side_named_after(text: str, name: str, side: re.Pattern[str], stops: tuple[str, ...]) -> str | None:
    """The country of the first `side` phrase after a mention of `name`, within the mention's
    sentence part (up to the first of `stops`): its `side` group's country, by name or
    demonym, for the side phrases of `_contrasted_side` and `_listed_side_after`."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        stop = min((k for k in (text.find(s, end) for s in stops) if k >= 0), default=len(text))
        match = side.search(text, end, stop)
        if match is not None:
            found = find_countries(match.group("side"))
            if found and found[0].kind in ("demonym", "name"):
                return found[0].iso3
        at = text.find(name, end)
    return None


#: "; and, from the Indonesian side, ...": a list's entries of one side, after the others'.
_LISTED_SIDE: Final = re.compile(
    r";\s+(?:and\s*,?\s+)?(?:from|on|for)\s+the\s+(?P<side>[^,.;]{1,40}?)\s+side\s*,"
)


#: ", while the Chinese side ...", ", whereas on the Omani side ...": the clause of the other side.
_CONTRAST_SIDE: Final = re.compile(
    r",\s+(?:while|whereas)\s+(?:on\s+|from\s+)?the\s+(?P<side>[^,.;]{1,40}?)\s+side\b"
)


_ENVOY_TO: Final = re.compile(
    r"(?i)\b(?:ambassador|envoy|high\s+commissioner|consul(?:-general)?|charg[ée] d'affaires)\s+to\s+"
)


def _paired_with_counterpart(text: str, name: str) -> bool:
    """Whether the story introduces the person beside their counterpart ("Foreign Minister X and
    his Brazilian counterpart Y attended the talks"), in whichever sentence that is."""
    at = text.find(name)
    while at >= 0:
        if _AND_HIS_COUNTERPART.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


_AND_HIS_COUNTERPART: Final = re.compile(
    r",?\s+and\s+(?:his|her|their)\s+(?:[\w'’-]+\s+){0,3}(?:counterparts?|peers?)\b"
)


def _received_by(evidence: str, name: str) -> bool:
    """Whether the evidence names the person as the agent of a reception: "was received by
    His Majesty King Hamad", "welcomed by President X". A host is at home, where it happened."""
    at = evidence.find(name)
    return at > 0 and _RECEIVED_BY.search(evidence, max(0, at - 80), at) is not None


_RECEIVED_BY: Final = re.compile(r"\b(?:received|hosted|welcomed|greeted)\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,6}$")


def _country_among(name: str, by_alias: dict[str, str], orgs: list[Org]) -> str | None:
    """The country of the engagement's organization a person speaks for: by any of its names
    ("CNPC", "China National Petroleum Corporation (CNPC)"), else by an acronym that spells
    it or its name without "Holdings" ("DDL chairman X" of Demerara Distillers Ltd, "Massy
    CEO Y" of Massy Holdings)."""
    found = next((by_alias[k] for k in org_aliases(name) if k in by_alias), None)
    return found or next((o.country for o in orgs if o.country and same_org(name, o.name)), None)


def people_countries(
    doc: DocumentContext, c: Draft, people: list[PersonMention], orgs: list[Org] | None = None
) -> dict[str, str | None]:
    """Country of every person: stated, else their organization's, else the document's.

    The document default is the dateline's country, then the engagement's location, then the
    countries the story names most; a default never gives a person the country of a
    counterpart with the same role (two presidents meeting are from two countries), never
    gives a visitor the host's country, and never leaves a two-person engagement one-sided.
    """
    countries: dict[str, str | None] = {}
    defaulted: list[PersonMention] = []
    by_alias = {key: o.country for o in orgs or () for key in org_aliases(o.name) if o.country}
    for person in people:
        country = (
            person.country_iso3
            or _seat_country(person.organization)
            or org_country(doc, person.organization)
            or doc.settled.get(person.name)
            or _diaspora_country(person.title)
        )
        if country is None and person.organization and by_alias:
            country = _country_among(person.organization, by_alias, orgs or [])
        countries[person.name] = country
        if country is None and not of_international_body(person):
            defaulted.append(person)  # "IMF Managing Director X" in Washington is no American
    stated = {country for country in countries.values() if country}
    for person in defaulted:
        region = _regions_country(doc, person)
        if region is not None and region not in stated:
            countries[person.name] = region  # "Premier X" in a story about Saskatchewan's exports
    defaulted = [p for p in defaulted if countries[p.name] is None]
    # a companion goes with the party accompanied, whose country the defaults below settle
    party = {p.name: doc.companions[p.name] for p in defaulted if doc.companions.get(p.name) in countries}
    for person in defaulted:
        lead = _joint_subject_lead(c.evidence, person, people)
        if lead is not None and countries.get(lead.name) and person.name not in party:
            party[person.name] = lead.name  # "British X and Business Secretary Y met Indian Z"
    defaulted = [p for p in defaulted if p.name not in party]
    if not defaulted:
        return _with_companions(countries, party)
    held = {country for country in countries.values() if country}
    # ("Last week the two agriculture ministers signed a deal": a sentence that names no side
    # has the sides the story gave it, one of which the person of no stated country holds)
    named = _sides_in_text_order(doc, c) or sorted(c.countries)
    unheld = [iso for iso in named if iso not in held and iso not in c.unnamed_sides]
    if _sides_held_by_signing_bodies(c, defaulted, orgs, unheld):
        # "Uzbekneftegaz and the Russian company Lukoil signed an agreement in the presence of
        # Deputy Prime Minister X": the bodies hold the sides the sentence names; the official
        # of no stated country is the default's (the dateline's), not the first named (Russian)
        unheld = []
    if len(defaulted) < len(unheld):
        unheld = _home_side_first(doc, unheld)
    defaults = _default_order(doc, c, frozenset(held), doc.home_country)
    order = list(dict.fromkeys(unheld + defaults))
    host = c.host or (city_country(c.location) if c.location else None)
    nearest = _sides_by_proximity(doc, c, defaulted, unheld)
    place = city_country(c.location) if c.location else None
    for person in defaulted:
        posted_to = _posted_to(person.title)
        if place is not None and place not in countries.values() and _received_by(c.evidence, person.name):
            countries[person.name] = place  # "where he was received by King Hamad" in Manama
            continue
        bodies_side, other_sides = _signing_sides(doc, c, person, people, countries, orgs)
        if (
            person.name in nearest
            and nearest[person.name] not in countries.values()
            and nearest[person.name] != posted_to
            and nearest[person.name] != bodies_side
        ):
            countries[person.name] = nearest[person.name]
            continue
        # a side no one holds yet first; once each is held, the document's default order
        order = list(dict.fromkeys([iso for iso in unheld if iso not in countries.values()] + defaults))
        if person.name in c.evidence:
            # (one told in a later sentence, "Secretary X and officials of the ministry were also
            # present", is no counterpart of the person nearest a side: the defaults stand)
            order = [iso for iso in order if iso not in nearest.values()] + list(nearest.values())
        taken = {
            countries[p.name]
            for p in people
            if p is not person
            and countries[p.name]
            and person.title
            and (_same_office(p.title, person.title) or _heads_of_two_states(p, person))
            and not _met_together(c.evidence, person, p)
        }
        if c.type == et.VISIT and host and not _met_as_object(c.evidence, person.name):
            # (not one the visitor met: "X, on his first visit to Vanuatu, also met Deputy Prime
            # Minister Y" is the host's, who had been given the visitor's country)
            taken.add(host)
        if posted_to is not None:
            taken.add(posted_to)  # "the Kingdom's Ambassador to Brazil" is no Brazilian
        contrasted = _contrasted_side(doc.text, person.name)
        if contrasted is not None:
            taken.add(contrasted)  # "A attended, while the Chinese side included B": A is no Chinese
        cosigner = _cosigner(doc.text, person, people)
        if cosigner is not None and countries.get(cosigner.name):
            taken.add(countries[cosigner.name])  # "X, Cabinet Secretary ..., and Qatari Minister Y signed"
        paired = not person.counterpart and _paired_with_counterpart(doc.text, person.name)
        if paired or (not person.counterpart and _COUNTERPART_WORDS.search(c.evidence)):
            # "X and his Albanian counterpart Y": X is not Albanian (where the sentence says so,
            # or where an attendee was introduced), and may be of a side someone else holds
            taken.update(countries[p.name] for p in people if p.counterpart and countries[p.name])
        candidates = order + sorted(held) if paired else order
        if bodies_side is not None:
            # "the Sindh government signed MoUs with Korean firms A and B. Minister X was present":
            # X is of the side the bodies sign with, not theirs (the dateline's, Korean)
            taken.add(bodies_side)
            candidates = list(dict.fromkeys(other_sides + candidates))
        countries[person.name] = next((iso for iso in candidates if iso not in taken), None)
    sides = (
        {country for country in countries.values() if country}
        | c.countries
        | {o.country for o in c.orgs if o.country}
    )
    home = place or doc.dateline_country
    if not _home_body_abroad(doc, c, sides) and _alone_before_a_foreign_body(
        defaulted, people, orgs, sides, home
    ):
        # "ABUJA - Minister X met with the Chinese Chamber of Commerce": one official of no stated
        # country, meeting a body of another, is of the country where they met (X had been given
        # the body's country, and the meeting, one-sided, lost)
        countries[defaulted[0].name] = home
        return _with_companions(countries, party)
    if (
        len(sides) == 1
        and (len(people) >= 2 or (c.type == et.AGREEMENT and _bodies_of_others(people, orgs)))
        and not _local_office_at_home(defaulted[-1], countries, home)
        and not _joint_subject(c.evidence, defaulted[-1], people)
        and not _home_body_side(people, defaulted, countries, home)
    ):
        # the last one named moves; when his meetings elsewhere hold him, one named before him
        # ("Hartono later held talks with Senator X", Hartono having met Australian Y: X moves)
        with_a_body = _with_a_body(c, people, orgs)  # once: the loop changes only `countries`
        for person in reversed(defaulted):
            if person is not defaulted[-1] and (
                _local_office_at_home(person, countries, home) or _joint_subject(c.evidence, person, people)
            ):
                continue
            moved = _one_sided_move(doc, c, person, people, countries, order, with_a_body, orgs)
            if moved != countries[person.name]:
                countries[person.name] = moved
                break
    return _with_companions(countries, party)


def _sides_held_by_signing_bodies(
    c: Draft, defaulted: list[PersonMention], orgs: list[Org] | None, unheld: list[str]
) -> bool:
    """Whether, in a signing, placed bodies of two countries or more hold every side the
    sentence names that no person holds, and the one person of no stated country is an official
    named by an office who speaks for no body: he witnesses it for a side, which the names of
    the bodies' countries do not tell (one named bare may be a signer of either; of two, the
    order of the sides tells them apart)."""
    if c.type != et.AGREEMENT or not unheld or len(defaulted) != 1:
        return False
    if defaulted[0].organization or not defaulted[0].title:
        return False
    bodies = {o.country for o in orgs or () if o.country}
    return len(bodies) >= 2 and bodies.issuperset(unheld)


def _home_body_abroad(doc: DocumentContext, c: Draft, sides: set[str]) -> bool:
    """Whether the one side held is the country of the national agency whose copy it is, filed
    from abroad (`DocumentContext.home_country`), and the sentence names no country: the agency
    names its own officials and its own country's bodies bare ("WASHINGTON (Yonhap) - Trade
    Minister X met executives of Samsung Electronics": X is Korean, meeting a Korean company,
    and had been made American). A body whose country is written ("met the Chinese Chamber of
    Commerce" in Abuja) leaves the official the host's."""
    return sides == {doc.home_country} and not _countries_in_evidence(doc, c)


def _alone_before_a_foreign_body(
    defaulted: list[PersonMention],
    people: list[PersonMention],
    orgs: list[Org] | None,
    sides: set[str],
    home: str | None,
) -> bool:
    """Whether the engagement's one person, given a default country, has only bodies of one other
    country beside them, all of the country that default gave, and speaks for no body: the
    person is of `home`, where they met."""
    return (
        len(people) == 1
        and defaulted == people
        and not people[0].organization
        and home is not None
        and len(sides) == 1
        and home not in sides
        and bool(orgs)
        and all(o.country in sides for o in orgs or ())
    )


def _home_body_side(
    people: list[PersonMention],
    defaulted: list[PersonMention],
    countries: dict[str, str | None],
    home: str | None,
) -> bool:
    """Whether the one side held is the home country only through a home body's official, of
    no country stated in the story (the body's name names none, nor is it a listed company):
    an official of no stated country meeting the army chief, police or a ministry of the
    dateline's country is a home official too, and the rule that never leaves a two-person
    engagement one-sided must not hand him the foreign side of another event ("BANGKOK - ...
    Defence Minister X earlier met Army chief Y": X had been made Malaysian, the visitors')."""
    if home is None:
        return False
    held = [p for p in people if p not in defaulted]
    return bool(held) and all(
        p.country_iso3 is None
        and p.organization
        and countries.get(p.name) == home
        and company_country(p.organization) is None
        and not countries_in_name(p.organization)
        for p in held
    )


def _same_office(title: str | None, other: str | None) -> bool:
    """Whether two titles name one office, so that their holders are counterparts of two
    countries: the same words, or one the other's office before a list of more portfolios after
    a comma or "and" ("Minister of Commerce" and "Omani Minister of Commerce, Industry and
    Investment Promotion"; one word, as "President" of "President and CEO", is too little)."""
    key, other_key = office_key(title), office_key(other)
    if key == other_key:
        return bool(key)
    short, long = sorted((title or "", other or ""), key=len)
    return (
        len(short.split()) >= 2
        and long.lower().startswith(short.lower())
        and long[len(short) :].lstrip().startswith((",", "and "))
    )


def _one_sided_move(
    doc: DocumentContext,
    c: Draft,
    person: PersonMention,
    people: list[PersonMention],
    countries: dict[str, str | None],
    order: list[str],
    with_a_body: bool = False,
    orgs: list[Org] | None = None,
) -> str | None:
    """The country that keeps an engagement from being one-sided when `person`, of no stated
    country, takes it: the first of `order` that no other participant holds, no placed body
    not his own holds (in any engagement, of one person or several: `_bodies_of_others` is asked
    of him alone), and none he faces elsewhere, else his own default. `with_a_body`: a body of
    many states takes part, and one country meeting it is a whole engagement, so only a country
    the sentence names can be the second side; without one he keeps no country (he may be the body's own, as
    "Director-General of the Food and Agriculture Organization of the United Nations (FAO)
    X" is), rather than a guess the story's later sentences would take for his."""
    others = {countries[p.name] for p in people if p is not person}
    others |= {o.country for o in _bodies_of_others([person], orgs)}
    faced = _countries_faced(doc, c, person)
    if with_a_body:
        named = _countries_beside_a_body(doc, c)
        return next((iso for iso in order if iso in named and iso not in others and iso not in faced), None)
    if faced and countries[person.name] not in faced:
        # his default already differs from his counterparts' elsewhere: only a country the
        # sentence names moves him to a third one, or the credited agency's, which names
        # its own people bare ("CANBERRA (ANTARA) - Trade Minister X met Australian Y", X
        # elsewhere calling Singapore's Z: X had been left Australian, the meeting lost)
        evident = _countries_in_evidence(doc, c) | {doc.agency_country}
        order = [iso for iso in order if iso in evident]
    return next((iso for iso in order if iso not in others and iso not in faced), countries[person.name])


def _bodies_of_others(people: list[PersonMention], orgs: list[Org] | None) -> list[Org]:
    """The placed bodies that are not the one person's own, `people` being that one person
    (the signing test passes an engagement's people, of one person only; `_one_sided_move` and
    `_signing_sides` pass the person moved, of an engagement of any size), none for several:
    in a signing, the other side from his ("the state government signed MoUs with seven
    Japanese companies, including A and B. Industries Minister X was present": X is not
    Japanese too, which had left the agreement one-sided). A meeting of one official with a
    body of his own country is no two sides ("Deputy Secretary X met executives of the Mexican
    Association of ...")."""
    if len(people) != 1 or not orgs:
        return []
    own = people[0].organization
    return [o for o in orgs if o.country and not (own and same_org(own, o.name))]


def _signing_sides(
    doc: DocumentContext,
    c: Draft,
    person: PersonMention,
    people: list[PersonMention],
    countries: dict[str, str | None],
    orgs: list[Org] | None,
) -> tuple[str | None, list[str]]:
    """In a signing, the one country of the placed bodies that are not the person's own, and
    the other sides told, in the sentence's order, when there are any (a government named by
    its place, "the Sindh government"; another participant's country; a body of another
    country): an official of no stated country present at it is of a side the bodies sign
    with, not of theirs ("the Sindh government signed MoUs with Korean firms A and B.
    Industries Minister X was present" from Seoul: X had been given the dateline's country,
    the firms'). None when another participant holds the bodies' country, whose official he
    may be ("Korean Minister Y witnessed ... Vice Minister X was also present"), or when no
    other side is told (the one-sided move settles that)."""
    if c.type != et.AGREEMENT:
        return None, []
    placed = _bodies_of_others([person], orgs)
    bodies = {o.country for o in placed}
    if len(bodies) > 1:
        # a government body beside the companies is a side of its own, not the bodies'
        bodies = {o.country for o in placed if not is_government(o.name)}
    if len(bodies) != 1:
        return None, []
    (side,) = bodies
    held = [countries[p.name] for p in people if p is not person and countries[p.name]]
    if side in held:
        return None, []
    told = (
        _sides_in_text_order(doc, c)
        + sorted(c.countries)
        + held
        + sorted(o.country for o in placed if o.country)
    )
    # (not a side only an envoy holds: "signed ... with the World Bank, witnessed by Trade
    # Minister X and Egyptian Ambassador Y" names Egypt for its envoy, posted where the bodies
    # sign, and X beside him is no second Egyptian, as he had been made; a president of the
    # other side witnessing brings his own officials)
    envoys = _sides_of_envoys_only([p for p in people if p is not person], countries)
    others = [iso for iso in dict.fromkeys(told) if iso and iso != side and iso not in envoys]
    return (side, others) if others else (None, [])


def _sides_of_envoys_only(people: list[PersonMention], countries: dict[str, str | None]) -> set[str]:
    """The countries that only envoys among `people` hold ("Egyptian Ambassador Y")."""
    held: dict[str, bool] = {}
    for p in people:
        iso = countries[p.name]
        if iso:
            held[iso] = held.get(iso, True) and et.is_envoy_title(p.title)
    return {iso for iso, only_envoys in held.items() if only_envoys}


def _with_a_body(c: Draft, people: list[PersonMention], orgs: list[Org] | None) -> bool:
    """Whether a body of many states takes part in the engagement, as an organization or by one
    of its officials ("An IMF staff mission led by X held talks with Finance Minister Y";
    "President X received the President of the ECOWAS Commission, Y. Trade Minister Z was also
    present"): the host's officials meeting it are no two countries, and a country the story
    names elsewhere, in a trade figure or a topic, is no side of it (Y or Z had been given the
    country of "imports from Nigeria" in a later paragraph)."""
    names = [o.name for o in (*c.orgs, *(orgs or ()))]
    return any(is_international(name) for name in names) or any(of_international_body(p) for p in people)


def _countries_faced(doc: DocumentContext, c: Draft, person: PersonMention) -> set[str]:
    """The stated countries of the people a person meets in the story's engagements other
    than forums and those told in c's sentence (c itself, or a stop of its tour): counterparts
    are of two countries, so none of theirs is his. The rule that never leaves a two-person
    engagement one-sided must not hand him one, nor move him off a default that already
    differs from them to a third country his sentence does not name ("On Tuesday, X and Y held
    talks with soybean producers in Cuiaba. On Wednesday, X met Argentine Secretary Z": the
    home minister X had been made Argentine, or else Chinese after China's investment, at the
    domestic talks, and so at Z's meeting too)."""
    key = name_key(person.name)
    faced: set[str] = set()
    for t in doc.candidates:
        if t.type == et.FORUM or t.start == c.start:
            continue
        his = [same_person(key, name_key(p.name)) for p in t.people]
        if any(his):
            faced.update(
                p.country_iso3 for p, own in zip(t.people, his, strict=True) if p.country_iso3 and not own
            )
    return faced


#: Offices that govern a part of a country: their holder serves where the event is held.
_LOCAL_OFFICES: Final = frozenset(["governor", "mayor", "prefect", "voivode", "starost", "hejtman"])
#: Words that make "governor" a national office ("Central Bank Governor", "Reserve Bank governor").
_NATIONAL_GOVERNORS: Final = frozenset(["bank", "central", "reserve", "monetary"])


def _local_office_at_home(person: PersonMention, countries: dict[str, str | None], home: str | None) -> bool:
    """Whether a person with no stated country holds a local office ("regional governor",
    "mayor") and has been given the country of the event's place (else the dateline's, where
    the story is told from): a governor met in his own region is of its country, and a meeting
    of two officials of one country is no bilateral event. The rule that never leaves a
    two-person engagement one-sided must not hand him the foreign side of another event of the
    story ("She also held talks with regional governor X" in Antofagasta, after the minister
    met the Chinese ambassador, had made X Chinese)."""
    words = set(re.findall(r"[a-z]+", (person.title or "").lower()))
    local = not _LOCAL_OFFICES.isdisjoint(words) and _NATIONAL_GOVERNORS.isdisjoint(words)
    return local and home is not None and countries.get(person.name) == home


#: Offices that head a province or state: "Premier", "Governor", "Chief Minister".
_REGIONAL_HEADS: Final = ("premier", "governor", "chief minister", "minister-president")
#: Words before such an office that make it another one: "Vice Premier", "Deputy Governor",
#: "Central Bank Governor".
_NOT_REGIONAL: Final = _NATIONAL_GOVERNORS | {"vice", "deputy", "lieutenant", "former", "ex"}
#: A place preposition right before a place's name: the place is a venue or a destination ("goods
#: shipped into Toronto"), not a side.
_VENUE_BEFORE: Final = re.compile(
    r"\b(?:in|into|at|to|from|near|via|across|outside|around)\s+(?:the\s+)?$", re.IGNORECASE
)


def _regional_head(title: str | None) -> bool:
    """Whether a title is the head of a province or state ("Premier", "Provincial Governor",
    "Chief Minister", "Minister-President"), not a national office ("Vice Premier", "Central
    Bank Governor")."""
    lower = " ".join((title or "").lower().split())
    head = next((office for office in _REGIONAL_HEADS if lower.endswith(office)), None)
    if head is None or lower[: len(lower) - len(head)][-1:] not in ("", " "):
        return False
    return _NOT_REGIONAL.isdisjoint(re.findall(r"[a-z]+", lower[: len(lower) - len(head)]))


def _regions_country(doc: DocumentContext, person: PersonMention) -> str | None:
    """The country of the provinces and states the story speaks of, for the head of one named
    without a country ("Premier X returned from a trade mission to Vietnam and Japan ..., saying
    the trip had opened doors for Saskatchewan exporters": X is Canadian, not of the countries
    he toured): the story names the places of one country most, counted where it speaks for
    them ("Saskatchewan's exports", "Saskatchewan peas"), not where it sets its events ("in
    Hanoi")."""
    if not _regional_head(person.title):
        return None
    return _places_country(doc)


def _places_country(doc: DocumentContext) -> str | None:
    """The country whose provinces, states and towns the story speaks of most, where it speaks
    for them ("Kerala Governor X", "Saskatchewan exporters"), not where it sets its events ("in
    Hanoi"); None on a tie."""
    counts = Counter(
        m.iso3
        for m in doc.mentions
        if m.kind == "city" and not _VENUE_BEFORE.search(doc.text, max(0, m.start - 16), m.start)
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _joint_subject(evidence: str, person: PersonMention, people: list[PersonMention]) -> bool:
    """Whether the person is named after "and" right behind another participant, the two the
    subject of talks held with someone else ("X and Deputy Minister Y held talks with palm oil
    producers"): one party, so the rule that never leaves a two-person engagement one-sided must
    not hand Y the foreign side of another event of the story. (Without "with", "X and Y held
    talks" are the two sides.)"""
    return _joint_subject_lead(evidence, person, people, met_someone=False) is not None


def _joint_subject_lead(
    evidence: str, person: PersonMention, people: list[PersonMention], met_someone: bool = True
) -> PersonMention | None:
    """The participant named before "and" when the two are the subject of a meeting with a third
    ("British Foreign Secretary X and Business Secretary Y met Indian External Affairs Minister
    Z", "... held talks with Z"): the person, of no stated country, is of X's party (Y had taken
    the dateline's country). "X and Y met in Beijing" tells two sides, and names no third.
    Without `met_someone`, only talks held "with" someone count."""
    at = evidence.find(person.name)
    if at < 0:
        return None
    end = at + len(person.name)
    moved = (
        met_someone
        and _MOVED_TOGETHER.match(evidence, end) is not None
        and _TALKS_BETWEEN.search(evidence) is None
    )
    if not (_TALKS_WITH.match(evidence, end) or moved or (met_someone and _MET_SOMEONE.match(evidence, end))):
        return None
    return _named_before_and(evidence, at, person, people)


def _named_before_and(
    evidence: str, at: int, person: PersonMention, people: list[PersonMention]
) -> PersonMention | None:
    """The participant whose surname ends right before "and" and the title of the person named
    at `at` ("X and Deputy Trade Minister Y"), or None."""
    before = evidence[max(0, at - 120) : at]
    return next(
        (
            p
            for p in people
            if p is not person and p.name and _ends_before_and_title(before, p.name.split()[-1])
        ),
        None,
    )


def _ends_before_and_title(before: str, surname: str) -> bool:
    """Whether `surname` stands somewhere in `before` right before `_AND_TITLE` (what
    `re.search(re.escape(surname) + _AND_TITLE, before)` finds): each place the literal
    surname stands is tried with the one compiled pattern, for a pattern built per surname
    missed re's cache and was compiled anew on most calls (0.4 ms a call)."""
    at = before.find(surname)
    while at != -1:
        if _AND_TITLE.match(before, at + len(surname)) is not None:
            return True
        at = before.find(surname, at + 1)
    return False


#: A meeting verb and its object right after the subjects: " met Indian ...", " received the ...".
_MET_SOMEONE: Final = re.compile(rf"\s+(?:{'|'.join(_MEETING_VERBS)})\s+(?=[A-Z]|(?:the|his|her|their)\s)")


#: A journey told right after two coordinated subjects: " arrived in", " travelled to", " left
#: for": the two travel as one party ("Thai Prime Minister X and House Speaker Y arrived in
#: Vientiane"), so the second, of no stated country, is of the first's (he had taken the
#: dateline's); two who meet are told with a meeting verb, not these.
_MOVED_TOGETHER: Final = re.compile(
    r"\s+(?:(?:have|has|had|also|jointly|both)\s+)?(?:arrived|arrive|arrives|landed|travelled|traveled"
    r"|flew|left|departed|reached)\s+(?:(?:in|to|for|on|from)\b|[A-Z])"
)
#: The two subjects then told as the two sides of talks: "..., where they held talks on X",
#: "and the two held talks": host and guest, no one party ("X and Prime Minister Y arrived at
#: the State House, where they held talks": Y, the host, had taken X's country).
_TALKS_BETWEEN: Final = re.compile(
    r"\b(?:they|the two(?: leaders| sides)?)\s+(?:also\s+)?(?:held|hold)\s+talks\b"
)


#: "and" and a capitalized title between two coordinated names: "X and Deputy Trade Minister ".
_AND_TITLE: Final = re.compile(r"\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,6}$")
#: Talks held with someone, told right after the subjects: " held talks with", " met with".
_TALKS_WITH: Final = re.compile(
    r"\s+(?:(?:held|had|hold|holds|conducted)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:talks|meetings?|discussions|consultations)|met|meet)\s+with\b"
)


def _cosigner(text: str, person: PersonMention, people: list[PersonMention]) -> PersonMention | None:
    """The participant coordinated after the person by "and" as the subject of a signing verb
    ("Hon. X, EGH, Cabinet Secretary for Mining, ..., and Qatari Minister of Transport Y signed
    the ports pact") or as the agents of a passive one ("signed by Trade Cabinet Secretary X
    and UAE Minister Y"), in whichever sentence of the story that is (a signing merged into the one
    its leaders witnessed keeps the sentence before): two signatories sign for two sides, so
    the person is not of Y's country."""
    at = text.find(person.name)
    if at < 0:
        return None
    end = at + len(person.name)
    signed_by = _signed_by_before(text, at)
    for other in people:
        # (only as far as a name within the gap can reach: a later one is too far anyway)
        limit = end + _MAX_COSIGNER_GAP + len(other.name)
        start = text.find(other.name, end, limit) if other is not person else -1
        if start < 0:
            continue
        signed = signed_by or _SIGNED_AFTER.match(text, start + len(other.name)) is not None
        if signed and _coordinated(text, end, start):
            return other
    return None


def _signed_by_before(text: str, at: int) -> bool:
    """Whether the name at `at` opens the agents of a passive signing, its title at most
    between ("The deal was signed by Trade Cabinet Secretary X and UAE Minister Y"): the two
    coordinated there sign for two sides, as the subjects of "X and Y signed" do."""
    window = text[max(0, at - _MAX_SIGNED_BY_GAP) : at]
    marks = list(_SIGNED_BY.finditer(window))
    last = marks[-1] if marks else None  # the nearest "signed by" before the name
    return (
        last is not None
        and _CLAUSE_BREAK.search(window, last.end()) is None
        and " and " not in window[last.start() :]
    )


def _coordinated(text: str, first_end: int, second_start: int) -> bool:
    """Whether two names, the first ending at `first_end` and the second starting at
    `second_start`, are coordinated by "and" within one phrase: "X, Minister of Mining, and
    Qatari Minister of Transport Y" (what lies between is short, holds "and" and no clause
    break). Two cosigners (`_cosigner`) and two people met together (`_met_together`)."""
    between = text[first_end:second_start]
    return (
        len(between) <= _MAX_COSIGNER_GAP
        and _AND_BETWEEN.search(between) is not None
        and _CLAUSE_BREAK.search(between) is None
    )


#: A signing verb right after the second of two coordinated signatories: " signed", " have signed".
_SIGNED_AFTER: Final = re.compile(r"\s+(?:(?:have|had|also|jointly)\s+)?(?:signed|inked)\b")
_AND_BETWEEN: Final = re.compile(r"\s+and\s+")
#: The agents' mark of a passive signing: "signed by ", "inked by ".
_SIGNED_BY: Final = re.compile(r"(?:sign|ink)ed by ")
#: What ends the phrase of two coordinated subjects: a sentence's or clause's stop, a verb's mark.
_CLAUSE_BREAK: Final = re.compile(r"[.;:!?]\s|\b(?:who|which|while|after|before|with|met|signed)\b")
#: Most characters between two coordinated signatories' names (a title with its portfolios).
_MAX_COSIGNER_GAP: Final = 160
#: Most characters between "signed by" and the first agent's name (his title).
_MAX_SIGNED_BY_GAP: Final = 100


def _with_companions(countries: dict[str, str | None], party: dict[str, str]) -> dict[str, str | None]:
    """The countries with each companion given the country of the person accompanied: "X,
    accompanied by Commerce Secretary Y, met Indonesia's Trade Minister Z" in a Jakarta story
    (the visitor and the secretary at his side are one side, and the default that gives X
    the other side than Z's gives it to Y too, not the host's to one of them)."""
    for companion, lead in party.items():
        countries[companion] = countries[lead]
    return countries
