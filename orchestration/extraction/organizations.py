"""Companies, associations and public bodies named in a sentence.

Organizations are found by the grammar of their names, not by a list of known companies:

    [legal] Capitalized words SUFFIX [legal] [(ACRONYM)]  "JSC Uzbekistan Railways", "MOL Group"
    [Capitalized words] KEYWORD of|for Capitalized words  "Federation of Indian Chambers ... (FICCI)"
    Capitalized words (ACRONYM)                           "Kazakhstan Temir Zholy (KTZ)"
    legal form "Capitalized words"                        OJSC "Minsk Tractor Works"
    descriptor Capitalized words                          "gas infrastructure operator Snam"
    Capitalized words and ORGANIZATION                    "SOCAR and ... operator Snam"

Single brand names with no suffix ("Gazprom", "QazaqGaz") are only organizations in context
("QazaqGaz and Gazprom signed"); the engagement extractor, which knows that context, asks
`org_from_context`.

Every mention gets a `kind`, so callers can keep participants and drop sources:
company, association, agency, joint_body (an intergovernmental commission or business
council), government (ministries, customs, press services, central banks) and statistics.
Its country comes from a country word inside the name ("Azerbaijan Railways", "Korea Zinc"),
a possessive or demonym before it ("Hungary’s MOL Group", "Italian ... operator Snam"), or an
apposition after it ("COFCO Corporation, China's largest ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from orchestration.extraction.companies import company_country, known_companies
from orchestration.extraction.countries import (
    among_peoples,
    city_country,
    countries_in_name,
    find_blocs,
    find_countries,
    fold,
    is_bloc_form,
)
from orchestration.extraction.text import CaseBlindSearch, holds_any, lowered_for_hints
from orchestration.extraction.titles import (
    INTERNATIONAL_BARE,
    INTERNATIONAL_NAMES,
    MEMBERS_OF_BODY,
    ORG_WORDS,
    PORTFOLIO_ACRONYMS,
    POSSESSIVE_MARKS,
    WORDS,
    Sentence,
    TitleMention,
    irregular_plural,
    on_complement_names,
    opens_initialled_name,
    particle_between_names,
    titles_in,
)

_SUFFIX: Final = ORG_WORDS["suffix"] | ORG_WORDS["legal"]
_KEYWORD: Final = ORG_WORDS["keyword"]
_LEGAL: Final = ORG_WORDS["legal"]
#: The last words of a company's name: a legal form, or "group", "company", "holding" ... (`_kind`).
_COMPANY_WORDS: Final = _LEGAL | {"group", "company", "corporation", "holding", "holdings", "concern"}
_PREFIX_LEGAL: Final = ORG_WORDS["prefix_legal"]
_INDUSTRY: Final = ORG_WORDS["industry"]
_DESCRIPTOR: Final = ORG_WORDS["descriptor"]
_NOT_ORG: Final = ORG_WORDS["not_org"]
_PREFIX_KEYWORD: Final = ORG_WORDS["prefix_keyword"]
_PARTICLES: Final = ORG_WORDS["particle"]
_ANCHORS: Final = _SUFFIX | _KEYWORD | _PREFIX_LEGAL | _PREFIX_KEYWORD
_FUNCTION: Final = WORDS["function"] | WORDS["calendar"]
_DASHES: Final = ("-", "–", "—")
_PRESS_SERVICE: Final = re.compile(r"\bpress (?:service|office|centre|center)\b", re.IGNORECASE)
_MAX_LEFT_WORDS: Final = 6
_MAX_CONTEXT_GAP: Final = 4  # lower-case words allowed between a country word and a descriptor


@dataclass(slots=True, unsafe_hash=True)
class OrgMention:
    """A named organization. `name` is as written (with an "(ACRONYM)" when one follows).

    `kind`: company | association | agency | joint_body | government | statistics.
    """

    start: int
    end: int
    name: str
    country_iso3: str | None
    kind: str
    text: str

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(
        self,
        start: int,
        end: int,
        name: str,
        country_iso3: str | None,
        kind: str,
        text: str,
    ) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.country_iso3 = country_iso3
        self.kind = kind
        self.text = text


#: Endings of a "<Place>-based" kind of word, which says where the body after it is (only a
#: company or body is said to be based; engagement_clauses reads them too).
SEAT_WORDS: Final = ("-based", "-listed", "-headquartered", "-registered")
_SEAT_WORD: Final = re.compile("|".join(SEAT_WORDS))


#: Heads of trade nouns written as one compound word ("glassmaker", "chip-maker"), which
#: introduce a company as the bare head does ("maker Vitro").
_COMPOUND_DESCRIPTOR_HEADS: Final = ("maker", "makers")
#: "-maker" compounds that name people, not companies ("lawmaker Lee", "filmmaker X").
_PERSON_MAKERS: Final = frozenset(
    ["law", "policy", "decision", "film", "movie", "play", "peace", "king", "deal", "match", "trouble",
     "home", "rain", "merry", "hay", "pace", "noise", "taste", "opinion", "image", "speech", "money"]
)  # fmt: skip


@lru_cache(maxsize=8192)
def is_descriptor(lower: str) -> bool:
    """Whether a lower-case word introduces an organization's name: a listed descriptor
    ("operator Snam") or a "-maker" compound of a product ("glassmaker Vitro", "steelmaker
    Metinvest"), which no list can hold whole; not one of a person ("lawmaker Lee"). Cached:
    every word of every sentence is asked, and the same few thousand words recur."""
    if lower in _DESCRIPTOR:
        return True
    bare = lower.replace("-", "")
    if not bare.isalpha():
        return False
    for head in _COMPOUND_DESCRIPTOR_HEADS:
        stem = bare.removesuffix(head)
        if stem != bare and len(stem) >= 2 and stem not in _PERSON_MAKERS:
            return True
    return False


def _owned(lower: str) -> bool:
    """Whether a lower-case word tells who owns or runs what it describes ("state-owned",
    "state-run", "government-controlled", "family-owned"): only a body is owned, so the name
    after it is one ("Mongolia's state-owned Erdenes Mongol" had been a person)."""
    return "-" in lower and lower.endswith(_OWNED_ENDINGS)


_OWNED_ENDINGS: Final = ("-owned", "-run", "-controlled")


def _is_modifier_word(lower: str) -> bool:
    """A lower-case word that may describe a company: "gas", "electric-car", "state-owned"."""
    return lower.replace("-", "").isalpha()


def _is_word(s: Sentence, i: int) -> bool:
    """A capitalized word that can be part of an organization's name."""
    lower = s.lowers[i]
    # "Toronto-based" describes where the name after it is, and is no part of it; so does
    # where its shares trade ("Kuala Lumpur-listed Hextar Global Bhd")
    return (
        s.caps[i]
        and lower not in _FUNCTION
        and lower not in POSSESSIVE_MARKS
        and not lower.endswith(SEAT_WORDS)
        and not opens_initialled_name(s, i)
    )


def _left_start(s: Sentence, anchor: int) -> int:
    """First token of the name that ends at (or is anchored by) token `anchor`.

    Walks left over capitalized words; "and"/"&" are crossed only between industry words
    ("Navoi Mining and Metallurgical Company") or back to "the" ("the National Gem and
    Jewellery Authority"), never between two names.
    """
    i = anchor
    words = 0
    while i - 1 >= 0 and words < _MAX_LEFT_WORDS:
        if _is_word(s, i - 1):
            i -= 1
            words += 1
        elif s.lowers[i - 1] in ("and", "&") and (
            (s.lowers[i - 2] in _INDUSTRY and s.lowers[i] in _INDUSTRY)
            # (not after a whole name: "the Kenya Ports Authority Board and Tanzania Ports Authority")
            or (_the_before_run(s, i - 2) and s.lowers[i - 2] not in _ANCHORS)
            or _one_field_before_and(s, i - 2, anchor)
            or (_trade_word(s.lowers[i - 2]) and _country_owner_before_run(s, i - 2))
            or ((_trade_word(s.lowers[i]) or s.lowers[i + 1] in _TRADERS_OF) and _field_after_owner(s, i - 2))
        ):
            i -= 2
            words += 1
        elif (
            s.lowers[i - 1] == ","
            and s.lowers[i + 1] in ("and", "&")
            and _is_word(s, i - 2)
            and _industry_list(s, i + 2)
        ):
            i -= 2  # "China National Cereals, Oils and Foodstuffs Corporation": the trades of one
            words += 1
        elif (start := _place_start_across_particle(s, i)) is not None:
            words += i - start  # "the Dar es Salaam Corridor Group": the city's own lower-case "es"
            i = start
        elif s.lowers[i - 1] in _FOREIGN_AND and not s.caps[i - 1] and _is_word(s, i - 2):
            i -= 2  # "Hamburger Hafen und Logistik AG": no English text joins two names with "und"
            words += 1
        elif (
            s.lowers[i - 1] in ("and", "&")
            and _is_word(s, i - 2)
            and s.lowers[i - 3] == ","
            and _is_word(s, i - 4)
            and s.lowers[i - 4] not in _ANCHORS  # not "the Tata Group, Reliance and Adani Group"
            and _the_before_run(s, i - 4)
        ):
            i -= 4  # "the China National Cereals, Oils and Foodstuffs Corporation": one name
            words += 2
        elif _country_in_parentheses(s, i - 3) and s.lowers[i] in _LEGAL and _is_word(s, i - 4):
            i -= 3  # "Amru Rice (Cambodia) Co., Ltd": the local arm's country, then its legal form
        elif s.lowers[i - 1] in _DASHES and s.country_at(i) and s.country_ending_at(i - 1):
            i -= 2  # "Chile–Vietnam Joint Economic and Trade Committee"
            words += 1
        elif _plural_apostrophe_inside(s, i - 1):
            i -= 2  # "the Quebec Employers' Council": the members' body, one name
            words += 1
        elif _founders_possessive_inside(s, i - 1, anchor):
            i -= 2  # "Dr Reddy's Laboratories Ltd": the founder's name, one name
            words += 1
            if i > 0 and s.caps[i - 1] and s.lowers[i - 1].rstrip(".") in _FOUNDERS_COURTESY:
                i -= 1  # with the courtesy title the brand gives the founder
        else:
            break
    return _past_demonym_of_place(s, i, anchor)


def _place_start_across_particle(s: Sentence, i: int) -> int | None:
    """First token of a city or capital whose later word is token i, with a lower-case
    particle right before it ("Dar es Salaam", "Port of Spain"): the walk left stops at the
    particle and would cut the body's name to "Salaam Corridor Group"; None when token i is
    no later word of such a place."""
    if s.caps[i - 1] or i not in s.inside_countries:
        return None
    return next(
        (
            first
            for first, (stop, mention) in s.countries.items()
            if first < i < stop and mention.kind in ("city", "capital")
        ),
        None,
    )


def _past_demonym_of_place(s: Sentence, i: int, anchor: int) -> int:
    """Token i, or the token after a demonym at i when a city of that country follows it
    inside the name ("the Egyptian Alexandria Port Authority", "the Kenyan Mombasa Port
    Authority"): the body is named for its city, and the demonym only tells its country (a
    name that is the demonym's own, "Saudi Ports Authority", keeps it). So too before a listed
    company whose name the demonym does not open ("Saudi ACWA Power", "Indian Tata Steel"; not
    "Saudi Aramco", listed so): the demonym had stayed in the firm's name."""
    found = s.country_at(i, ("demonym",))
    if found is None or found[0] >= anchor:
        return i
    place = s.country_at(found[0], ("city", "capital"))
    if place is not None and place[1] == found[1]:
        return found[0]
    listed = {first: end for first, end, _ in known_companies(s)}
    return found[0] if i not in listed and found[0] in listed else i


def _plural_apostrophe_inside(s: Sentence, k: int) -> bool:
    """Whether the apostrophe at token k closes a capitalized plural inside a name
    ("Employers' Council", "Farmers' Association", "the People's Bank of China"): the members
    the body is of, not a country's possessive ("the Philippines' Trade Secretary"), nor an
    owner's "'s" ("Hungary's MOL")."""
    return (
        (s.words[k] in ("'", "’") or irregular_plural(s.lowers[k - 1]))
        and s.lowers[k] in POSSESSIVE_MARKS
        and _is_word(s, k - 1)
        and s.caps[k + 1]
        and s.country_ending_at(k) is None
        and s.country_at(k - 1, ("capital", "city")) is None
    )


#: Courtesy titles a brand keeps before its founder's name ("Dr Reddy's", "Mrs Baird's").
_FOUNDERS_COURTESY: Final = frozenset({"dr", "mr", "mrs", "ms", "sir"})


def _founders_possessive_inside(s: Sentence, k: int, anchor: int) -> bool:
    """Whether the "'s" at token k is a founder's inside a company's name: after a name that is
    no country or city, and before nothing but the company words of a name its legal form ends
    ("Dr Reddy's Laboratories Ltd", "Kellogg's Co"). A distinctive word after it is the name of
    an owner's unit ("Alphabet's Google LLC", "Hungary's MOL Nyrt."), no part of it."""
    return (
        s.words[k] in POSSESSIVE_MARKS
        and s.lowers[anchor] in _LEGAL
        and _is_word(s, k - 1)
        and all(s.lowers[j] in _SUFFIX or s.lowers[j] in _INDUSTRY for j in range(k + 1, anchor))
        and s.country_ending_at(k) is None
        and s.country_at(k - 1, ("capital", "city")) is None
    )


#: "And" in the languages whose company names English copy keeps as written ("Hamburger Hafen
#: und Logistik AG", "Moet et Chandon", "Construcciones y Auxiliar de Ferrocarriles", Turkish
#: "Aselsan Elektronik Sanayi ve Ticaret A.Ş.", Uzbek "va", Azerbaijani "və", Swedish "och",
#: Danish and Norwegian "og"): between capitalized words it joins the words of one name, never
#: two sides.
_FOREIGN_AND: Final = frozenset({"und", "et", "y", "ve", "va", "və", "och", "og"})
#: Capitalized words between "the" and an "and" inside one body's name ("the Ulaanbaatar City
#: Water Supply and Sewerage Authority").
_MAX_RUN_AFTER_THE: Final = 4


def _run_opening(s: Sentence, last: int) -> int:
    """Index of the token before the capitalized words ending at token `last` (at most
    _MAX_RUN_AFTER_THE of them), or `last` when there are none: the word that opens the run,
    which the callers test ("the", a country's possessive)."""
    k = last
    while k >= 0 and _is_word(s, k) and last - k < _MAX_RUN_AFTER_THE:
        k -= 1
    return k


def _the_before_run(s: Sentence, last: int) -> bool:
    """Whether the capitalized words ending at token `last` open right after "the": "the
    National Gem and Jewellery Authority" is one body (companies are not written with "the",
    so "Toyota and Honda Motor" stays two)."""
    k = _run_opening(s, last)
    return k < last and s.lowers[k] == "the"


#: Heads of a public body whose name pairs fields with "and" ("the Industries and Mines
#: Department", "the Food and Civil Supplies Authority").
_FIELD_PAIR_HEADS: Final = ORG_WORDS["government"] | ORG_WORDS["agency_word"]


def _one_field_before_and(s: Sentence, k: int, anchor: int) -> bool:
    """Whether token k, before an "and", is one capitalized word right after "the" in the name
    of a department or agency ending at `anchor` ("the Industries and Mines Department", "the
    Food and Civil Supplies Department"): a field the name pairs, even when it is a word
    companies end on, since one word after "the" is no whole name of its own (the body had
    been cut into a company "Industries" and a "Mines Department"). The country the body is
    of may stand between "the" and the field ("the Saudi Food and Drug Authority", "the Kenya
    Food and Drugs Authority"), unless the field is a company ("the Saudi Aramco and ...")."""
    if s.lowers[anchor] not in _FIELD_PAIR_HEADS or not _is_word(s, k):
        return False
    return s.lowers[k - 1] == "the" or (
        s.lowers[_country_opening(s, k) - 1] == "the" and company_country(s.words[k]) is None
    )


def _country_opening(s: Sentence, end: int) -> int:
    """First token of the country mention (name or demonym) that ends right before token
    `end`, or `end` when none does: the body's country told after "the" in its name."""
    return next((start for start, (stop, _) in s.countries.items() if stop == end), end)


def _country_owner_before_run(s: Sentence, last: int) -> bool:
    """Whether the capitalized words ending at token `last` open right after a country's
    possessive, which stands where "the" would ("India's Agricultural and Processed Food
    Products Export Development Authority"); the caller asks it only of a trade's word before
    "and", so "Japan's Toyota and Honda Motor" stays two companies."""
    k = _run_opening(s, last)
    return k < last and s.country_possessive_before(k + 1)


def _field_after_owner(s: Sentence, k: int) -> bool:
    """Whether token k, before an "and" that a trade's word follows, is the one word after a
    country's possessive and no company the gazetteer knows: a field the body's name pairs
    with that trade ("India's Marine and Fisheries Export Development Authority", which
    `_trade_word` cannot read "Marine" as), not a company beside another body ("Kenya's
    Safaricom and Energy Regulatory Authority")."""
    # (a demonym stands where the possessive would: "Malaysian Friendship and Trade Centre")
    owned = s.country_possessive_before(k)
    return (owned or s.country_ending_at(k, ("demonym",)) is not None) and company_country(s.words[k]) is None


#: Traders a body's name pairs two goods for, right after the second ("Brazil's Meat and Poultry
#: | Exporters Association", "Kenya's Fruit and Vegetable | Export Council"): the goods then are
#: fields of one name whatever the words, which no lexicon lists.
_TRADERS_OF: Final = frozenset(
    {
        "export", "exporters", "exporting", "import", "importers", "producers", "growers",
        "manufacturers", "processors", "traders", "dealers", "farmers", "breeders", "millers",
    }
)  # fmt: skip


def _trade_word(lower: str) -> bool:
    """Whether a lower-cased word names a trade or a field, no company: an industry word that
    ends no name ("Mining"), or a long adjective by its ending ("Agricultural", "Horticultural",
    "Scientific"; not a short brand such as "Total")."""
    if lower in _ANCHORS:
        return False
    return lower in _INDUSTRY or (len(lower) >= _MIN_TRADE_ADJECTIVE and lower.endswith(("al", "ic")))


_MIN_TRADE_ADJECTIVE: Final = 8


def _industry_list(s: Sentence, last: int) -> bool:
    """Whether tokens last-4, last-2 and last are industry words listed with a comma and an
    "and" ("Cereals, Oils and Foodstuffs"): the trades of one company's name, since a list
    of companies names companies, not trades."""
    return all(s.lowers[k] in _INDUSTRY for k in (last - 4, last - 2, last))


def _complement_end(s: Sentence, i: int) -> int:
    """End of an "of/for [the] Capitalized ..." complement starting at token i, or i.

    Lists go on inside it ("of Commerce and Industry"); a country name ends it. An "on"
    complement counts only before the name's acronym ("Intergovernmental Authority on
    Development (IGAD)", "Conference on Trade and Development (UNCTAD)"): "the Council on
    Tuesday" and "the Bank on Kenya's debt" name no body.
    """
    if s.lowers[i] == "on":
        end = _complement_end_after(s, i)
        return end if end > i and (_acronym_follows(s, end) or on_complement_names(s, i, end)) else i
    if s.lowers[i] not in ("of", "for"):
        return i
    return _complement_end_after(s, i)


def _complement_end_after(s: Sentence, i: int) -> int:
    """End of the capitalized complement after the preposition at token i, or i."""
    j = i + 1
    if s.lowers[j] == "the":
        j += 1
    if not _is_word(s, j):
        return i
    end = j
    while True:
        country = s.country_at(end)
        if country is not None:
            # a country closes the name ("... of Singapore and Enterprise Singapore"), but for
            # the members the body is of after it ("Federation of Uganda Manufacturers")
            return _members_after_country_end(s, i, country[0])
        if _is_word(s, end):
            end += 1
        elif end > j and _plural_apostrophe_inside(s, end):
            end += 1  # "Union of Traders' Associations": the members the body is of, inside its name
        elif s.lowers[end] == "of" and s.lowers[end + 1] == "the" and (named := s.country_at(end + 2)):
            return named[0]  # "Union of Chambers of Commerce of the Comoros": its country closes it
        elif s.lowers[end] in ("and", "&", ",", "of", "for") and _is_word(s, end + 1):
            if s.lowers[end] == "," and s.lowers[end + 2] not in ("and", "&", ","):
                break
            if s.lowers[end] in ("and", "&") and _described_side_at(s, end + 1):
                break  # "Council for Defence Enablement and French missile maker MBDA": a second side
            if s.lowers[end] in ("and", "&") and _body_of_its_own_at(s, end + 1):
                break  # "Hanoi University of Education and Souphanouvong University": a second body
            if s.lowers[end] in ("and", "&") and _lone_acronym_at(s, end + 1):
                break  # "Lima Chamber of Commerce and KOTRA": a second body, by its initials
            end += 1
        else:
            break
    return end


def _members_after_country_end(s: Sentence, of: int, end: int) -> int:
    """End of an association's name whose "of" is token `of` and whose country ends at token
    `end`: one capitalized word after it that names the members ("Federation of Uganda |
    Manufacturers") is the name's last (the name had been cut at the country, "Federation of
    Uganda"); else `end`, and always after a body that has no members ("Bank of Uganda")."""
    if s.lowers[of - 1] in _ASSOCIATION_HEADS and s.caps[end] and s.lowers[end] in MEMBERS_OF_BODY:
        return end + 1
    return end


_ASSOCIATION_HEADS: Final = ORG_WORDS["association_word"]


def _body_of_its_own_at(s: Sentence, i: int) -> bool:
    """Whether the capitalized words at token i, after an "and" in an "of" complement, name a
    body of their own: two to five words ending on the head of an institution's name ("and
    Souphanouvong University", "and Makerere Business School"), where a complement's list
    goes on with fields ("of Commerce and Industry", "of Science and Technology")."""
    k = i
    while k < i + 5 and _is_word(s, k):
        k += 1
    return k - i >= 2 and s.lowers[k - 1] in _OWN_NAME_HEADS


def _lone_acronym_at(s: Sentence, i: int) -> bool:
    """Whether token i is an acronym standing alone after an "and" in an "of" complement
    ("of Commerce and KOTRA"): the initials of a body of its own, where the complement's list
    goes on with fields in words ("of Commerce and Industry") or a field's acronym ("of
    Transport and ICT")."""
    word = s.words[i]
    return (
        len(word) >= _MIN_LONE_ACRONYM
        and word.isalpha()
        and word.isupper()
        and s.lowers[i] not in PORTFOLIO_ACRONYMS
        and not _is_word(s, i + 1)
    )


#: Letters of the shortest acronym read as a body's initials ("KIG"; "EU" is a bloc's).
_MIN_LONE_ACRONYM: Final = 3


#: Heads of an institution's name, which a field of a complement's list never ends on.
_OWN_NAME_HEADS: Final = (
    ORG_WORDS["agency_word"]
    | ORG_WORDS["association_word"]
    | frozenset(
        ["bank", "college", "school", "hospital", "museum", "ministry", "company", "corporation", "group"]
    )
)


def _described_side_at(s: Sentence, i: int) -> bool:
    """Whether a country word at token i opens the description of another side, as a
    possessive or before lower-case words ("and French missile maker MBDA", "and France's
    MBDA"): a body's name goes on over "and" with words of its own, never with a country so
    described (a capitalized word after it may still be the body's: "... and Kenya Ports")."""
    found = s.country_at(i, ("name", "demonym"))
    if found is None:
        return False
    after = found[0]
    return s.lowers[after] in POSSESSIVE_MARKS or (not s.caps[after] and _is_modifier_word(s.lowers[after]))


def _tail_end(s: Sentence, i: int) -> int:
    """Extend over trailing legal forms ("CJSC", "Co., Ltd.") and a "(Short Name)" at token i."""
    while True:
        lower = s.lowers[i]
        if lower in _LEGAL and s.caps[i]:
            i += 1
            if s.lowers[i] == "." and not s.words[i - 1].isupper():
                i += 1  # "Co.", "Ltd.", "Bhd." (an all-caps "JSC." ends the sentence instead)
        elif lower == "," and s.lowers[i + 1] in _LEGAL and s.caps[i + 1]:
            i += 1
        elif (
            lower == "."
            and s.lowers[i - 1] in _LEGAL
            and s.lowers[i + 1] == ","
            and s.lowers[i + 2] in _LEGAL
        ):
            i += 2  # "Co., Ltd" after a name that ended at "Co"
        elif _dotted_form_goes_on(s, i):
            i += 1  # "Co. Ltd" after a name that ended at "Co": the dot abbreviates, ends nothing
        elif lower == "(" and s.lowers[i + 2] == ")" and s.caps[i + 1] and s.country_at(i + 1) is None:
            i += 3  # "(CNPC)", "(Destatis)", "(Persero)"
        elif _country_in_parentheses(s, i) and s.lowers[i + 3] in _LEGAL and s.caps[i + 3]:
            i += 3  # "Samsung Electronics (Vietnam) Co., Ltd"
        elif lower == "(" and s.lowers[i + 3] == ")" and s.lowers[i + 2] in _LEGAL:
            if not _is_acronym(s.words[i + 1]):
                return i
            i += 4  # "(NNPC Ltd)"
        else:
            return i


def _dotted_form_goes_on(s: Sentence, i: int) -> bool:
    """Whether the "." at token i abbreviates the legal form before it and another form in
    title case follows ("Mitsui & Co. | Ltd", "Hyundai Motor Co. | Ltd", "Tata Sons Pvt. | Ltd"):
    one company's forms, not a sentence's end (a form in capitals after it may open the next
    sentence's acronym, and an all-caps form before it is no abbreviation)."""
    before, after = s.words[i - 1], s.words[i + 1]
    return (
        s.lowers[i] == "."
        and s.lowers[i - 1] in _LEGAL
        and not before.isupper()
        and s.lowers[i + 1] in _LEGAL
        and after[:1].isupper()
        and not after.isupper()
    )


def _country_in_parentheses(s: Sentence, i: int) -> bool:
    """Whether tokens i..i+2 are "(<Country>)", as in the local arm "Huawei (Kenya) Ltd"."""
    if i < 0 or s.lowers[i] != "(" or s.lowers[i + 2] != ")":
        return False
    found = s.country_at(i + 1, ("name",))
    return found is not None and found[0] == i + 2


def _is_acronym(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2


def _acronym_follows(s: Sentence, i: int) -> bool:
    return (
        s.lowers[i] == "("
        and s.lowers[i + 2] == ")"
        and _is_acronym(s.words[i + 1])
        and s.country_at(i + 1, ("name", "demonym", "capital", "city")) is None
    )


def _romance_name_follows(s: Sentence, i: int) -> bool:
    """Whether a name goes on after the keyword at token i. A French "Port" or "Office" starts
    one only before a French word or particle ("Port Autonome de Dakar", "Office National des
    Hydrocarbures"), or before one capitalized word that a French "of" follows ("Office
    Chérifien des Phosphates", "Office Tunisien du Commerce": an adjective no list can hold):
    "Port Klang" is a place, "Office Depot" has no keyword. A legal form after the keyword
    closes a name it ends ("DBS Bank Ltd"), as does a local arm's country and its legal form
    after a brand ("Stanbic Bank Ghana Ltd"): none opens there."""
    following = s.lowers[i + 1]
    if following in _LEGAL:
        return False
    if (arm := s.country_at(i + 1)) and s.lowers[arm[0]] in _LEGAL and _is_word(s, i - 1):
        return False
    if s.lowers[i] in _FRENCH_ONLY_KEYWORDS:
        return (
            following in _FRENCH_ADJECTIVES
            or following in _PARTICLES
            or (_is_word(s, i + 1) and s.lowers[i + 2] in _FRENCH_OF)
        )
    return _is_word(s, i + 1) or following in _PARTICLES


_FRENCH_ONLY_KEYWORDS: Final = frozenset(["port", "office"])
#: French "of" forms after a keyword's adjective ("Office Chérifien des Phosphates").
_FRENCH_OF: Final = frozenset(["de", "des", "du"])
_FRENCH_ADJECTIVES: Final = frozenset(
    [
        "autonome",
        "autónomo",
        "autonomo",
        "national",
        "nationale",
        "international",
        "internationale",
        "général",
    ]
)


#: Romance words for a company that also spell out a legal form after the name ("Sociedad
#: Anónima", "Sociedad del Estado", "Société Anonyme"): after capitalized words they end that
#: name, and open none of their own.
_WRITTEN_OUT_FORMS: Final = frozenset(["sociedad", "sociedade", "societe", "société"])


def _name_before_form(s: Sentence, form: int) -> int:
    """First token of the name a legal form spelled out at token `form` ends, short of the
    country words before it ("the Chilean Sociedad Quimica y Minera"): `form` when none."""
    start = _left_start(s, form)
    while start < form and (country := s.country_at(start, ("name", "demonym"))):
        start = country[0]
    return start


_MAX_LOWER_CASE_NAME: Final = 8  # tokens after the keyword: "tunisienne de l'électricité et du gaz"


def _spelled_in_lower_case(s: Sentence, i: int) -> int:
    """End (after the acronym) of a Romance name written in lower case after its keyword at
    token i, which only the acronym after it shows to be a name: "Société mauritanienne des
    hydrocarbures (SMH)", "Société tunisienne de l'électricité et du gaz (STEG)"; else 0."""
    initials = [s.lowers[i][0]]
    j = i + 1
    while j <= i + _MAX_LOWER_CASE_NAME and s.lowers[j] != "(":
        word = s.words[j]
        if not word or s.caps[j] or not word[0].isalpha():
            return 0  # (also the sentence's end: "talks at the Presidential Office" as a heading)
        if word not in _PARTICLES:
            initials.append(word[2] if len(word) > 2 and word[1] in "'’" else word[0])  # "l'électricité"
        j += 1
    if j == i + 1 or not _acronym_follows(s, j):
        return 0
    spelled = "".join(initials)
    return j + 3 if fold(spelled) == fold(s.lowers[j + 1]) else 0


#: Lower-case adjectives allowed between a Romance keyword and its first particle
#: ("Agence française de ...", "Banque publique d'...").
_MAX_ROMANCE_ADJECTIVES: Final = 2


def _lower_romance_word(word: str) -> bool:
    """A lower-case word, or one with an elided article ("d'investissement", "l'énergie")."""
    if len(word) > 2 and word[0] in "dl" and word[1] in "'’":
        word = word[2:]
    return word.isalpha() and word.islower()


def _romance_lower_case_end(s: Sentence, i: int) -> int:
    """End of a Romance name written in lower case after its keyword at token i, with no
    acronym after it: adjectives, then "de/des/et ... <word>" groups ("Agence française de
    développement", "Caisse des dépôts et consignations", "Banque publique d'investissement");
    the name ends where no particle goes on (the name had been cut to "Agence"). 0 when no
    particle group follows (an English word after the keyword opens no name)."""
    j = i + 1
    while (
        j <= i + _MAX_ROMANCE_ADJECTIVES and s.lowers[j] not in _PARTICLES and _lower_romance_word(s.words[j])
    ):
        if s.words[j][1:2] in ("'", "’"):
            return j + 1 if j > i + 1 else 0  # "Banque publique d'investissement"
        j += 1
    groups = 0
    while j < s.n:
        k = j
        while s.lowers[k] in _PARTICLES and not s.caps[k] and k - j < 2:
            k += 1  # "de", "de la", "et des"
        if k == j or not _lower_romance_word(s.words[k]) or s.caps[k]:
            break
        groups += 1
        j = k + 1
    return j if groups else 0


def _particle_inside(s: Sentence, i: int) -> bool:
    """A particle that goes on a Romance name: before a word, an elided word or another
    particle and a word ("des Mines", "de l'Ouest", "Hydrocarbures et des Mines")."""
    if s.lowers[i] not in _PARTICLES:
        return False
    return (
        _is_word(s, i + 1)
        or _elided(s, i + 1)
        or (s.lowers[i + 1] in _PARTICLES and (_is_word(s, i + 2) or _elided(s, i + 2)))
    )


def _elided(s: Sentence, i: int) -> bool:
    """A particle elided onto a capitalized word inside a Romance name: "d'Abidjan", "l'Énergie"."""
    word = s.words[i]
    return len(word) > 2 and word[0] in "dl" and word[1] in "'’" and word[2].isupper()


#: Marks that open and close a name quoted after its legal form ("“" also closes a name
#: opened by "„"); the opening ones open a quoted paragraph too.
OPENING_QUOTES: Final = frozenset(['"', "“", "«", "„"])
_CLOSING_QUOTES: Final = frozenset(['"', "”", "»", "“"])
#: The most words a quoted name may hold; a longer quote is a saying, not a name.
_MAX_QUOTED_WORDS: Final = 6
#: Head nouns of a legal form written out in words, capitalized before a quoted name ("Open
#: Joint-Stock Company", "State Unitary Enterprise", "Limited Liability Partnership").
_LEGAL_FORM_HEADS: Final = frozenset(
    ["company", "enterprise", "partnership", "corporation", "cooperative", "society", "association",
     "institution", "concern", "holding"]
)  # fmt: skip


def quoted_name_end(s: Sentence, i: int) -> int:
    """Index of the closing quote of a name quoted at token i after its legal form, else 0.

    Post-Soviet copy writes a company's legal form before its name and the name in quotes:
    OJSC "Minsk Tractor Works", the State Unitary Enterprise "Tajiktransavto", LLC «Kazakh
    Grain». The form is a legal word ("OJSC", "LLC"), an acronym of one ("SUE", "RUE"), a
    form spelled out in capitalized words ending on its head noun, or a lower-case descriptor
    ("the company "Tajiktransavto""); the quote holds only capitalized words (and inner
    dashes), and no word after it makes it an agreement, project or event ("the company
    "Silk Way" corridor").
    """
    if s.words[i] not in OPENING_QUOTES or not _legal_form_before(s, i):
        return 0
    j = i + 1
    while j - i <= _MAX_QUOTED_WORDS and (_is_word(s, j) or (s.words[j] in _DASHES and s.caps[j + 1])):
        j += 1
    if j == i + 1 or s.words[j] not in _CLOSING_QUOTES or not s.caps[j - 1]:
        return 0
    return 0 if s.lowers[j + 1] in _NOT_ORG else j


def _legal_form_before(s: Sentence, quote: int) -> bool:
    """Whether the token before the quote at `quote` ends a company's legal form (see
    `quoted_name_end`)."""
    k = quote - 1
    word, lower = s.words[k], s.lowers[k]
    if (lower in _LEGAL and s.caps[k]) or (is_descriptor(lower) and not s.caps[k]):
        return True
    if s.caps[k] and lower in _LEGAL_FORM_HEADS:
        return s.caps[k - 1]  # spelled out ("Joint-Stock Company"), not a bare "Company"
    return (
        word.isalpha()
        and word.isupper()
        and 2 <= len(word) <= 5
        and s.country_at(k, ("name", "demonym", "capital", "city")) is None
        and not is_bloc_form(word)
        and lower not in ORG_WORDS["international"]
    )


def _legal_form_start(s: Sentence, quote: int) -> int:
    """First token of the legal form before the quoted name opened at `quote`: the
    capitalized words before it, short of a country ("Belarus's", "Tajik"), or `quote`
    itself when a lower-case descriptor introduces the name."""
    k = quote
    while k - 1 >= 0 and _is_word(s, k - 1) and s.country_ending_at(k) is None:
        k -= 1
    return k


def _introduced_at(s: Sentence, start: int) -> int:
    """Where the words that introduce the organization named from token `start` end: the
    start of its legal form when the name is quoted after one, else `start`."""
    quote = start - 1
    return _legal_form_start(s, quote) if quoted_name_end(s, quote) else start


def _run_start(s: Sentence, end: int) -> int:
    """Start of the run of capitalized name words that ends before token `end`."""
    start = end - 1
    while start > 0 and _is_word(s, start - 1):
        start -= 1
    return start


def _run_end(s: Sentence, i: int) -> int:
    """End of the run of capitalized name words that opens at token i."""
    end = i
    while _is_word(s, end):
        end += 1
    return end


#: Romance particles of "of" that join the words of a name ("Vinos de Mendoza", "Carnes del
#: Paraguay", "Cafes do Brasil"), and the articles that may follow them ("de la").
_OF_PARTICLES: Final = frozenset(["de", "del", "do", "da", "dos", "das", "des", "du", "di", "della"])
_ARTICLES_AFTER_OF: Final = frozenset(["la", "las", "los", "le", "les"])


def _romance_run_end(s: Sentence, i: int) -> int:
    """`_run_end`, going on over a Romance "de" (and an article) before more capitalized words:
    a name found by its descriptor is written in its own language ("the association Vinos de
    Mendoza" had been cut to "Vinos")."""
    end = _run_end(s, i)
    while end > i and s.lowers[end] in _OF_PARTICLES and not s.caps[end]:
        k = end + 1 + (s.lowers[end + 1] in _ARTICLES_AFTER_OF and not s.caps[end + 1])
        after = _run_end(s, k)
        if after == k:
            break
        end = after
    return end


#: The letters of every "-maker" compound `is_descriptor` reads, in order, hyphens between
#: them or not ("glassmaker", "chip-maker"), in any case.
_MAKER_HINT: Final = re.compile(r"(?i)m-*a-*k-*e-*r")
#: `_MAKER_HINT` by its twin on the sentence lowered by `lowered_for_hints`: it opens on a literal
#: the engine skips ahead to, where the case-blind pattern tries its first letter at every offset.
_MAKER_HINT_SEARCH: Final = CaseBlindSearch(_MAKER_HINT)


def _holds_descriptor(s: Sentence) -> bool:
    """`any(map(is_descriptor, s.lowers))`: the listed descriptors are looked for as one set,
    the "-maker" compounds only in a sentence that spells one (`_MAKER_HINT`), so most
    sentences ask `is_descriptor` nothing (its cache, shared with every other word of the
    story, was asked for each of their words)."""
    if not _DESCRIPTOR.isdisjoint(s.lowers):
        return True
    hinted = _MAKER_HINT_SEARCH(s.text, lowered_for_hints(s.text))
    return hinted is not None and any(map(is_descriptor, s.lowers))


def _candidates(s: Sentence) -> list[int]:
    """Tokens where an organization's grammar can apply, so `_spans` skips the rest: suffix
    and keyword words, legal forms, words after a descriptor, runs before a "(...)"."""
    lowers, caps = s.lowers, s.caps
    found = {i for i in s.cap_index if lowers[i] in _ANCHORS and not particle_between_names(s, i)}
    described = _holds_descriptor(s)  # (asked once: most sentences have no descriptor)
    if described:
        found.update(i + 1 for i, lower in enumerate(lowers[: s.n]) if is_descriptor(lower) and caps[i + 1])
        found.update(i for i in s.cap_index if _listed_after_descriptor(s, i))
    if described and s.countries and "," in lowers:  # (an apposition names a country)
        found.update(_appositive_starts(s))
    if described and "the" in lowers:
        # (the cheap "the" test first: a run's end is only worth finding where it passes)
        found.update(i for i in s.cap_index if _the_opens(s, i) and _described_after(s, i, _run_end(s, i)))
    # (a seat word and an ownership ending both hold a hyphen, which nine sentences in ten lack)
    hyphen = "-" in s.text
    if hyphen and _SEAT_WORD.search(s.text):
        found.update(i for i in s.cap_index if _based_before(s, i))
    if hyphen and holds_any(s.text, _OWNED_ENDINGS):
        found.update(i for i in s.cap_index if _owned(lowers[i - 1]))
    if "of" in lowers and not _MEMBERS.isdisjoint(lowers):
        found.update(i for i in s.cap_index if lowers[i - 1] == "of" and lowers[i - 2] in _MEMBERS)
    if not _INTERNATIONAL.isdisjoint(lowers):
        found.update(i for i in s.cap_index if _body_acronym_party(s, i))
    found.update(i for i in s.cap_index if lowers[i] in COUNTRY_BODY_WORDS and _country_body_end(s, i))
    if "(" in s.text:
        for i in (i for i, word in enumerate(s.words[: s.n]) if word == "(" and i > 0 and caps[i - 1]):
            found.add(_run_start(s, i))
    if not OPENING_QUOTES.isdisjoint(s.words):
        found.update(i + 1 for i in range(s.n) if quoted_name_end(s, i))
    return sorted(found)


_INTERNATIONAL: Final = ORG_WORDS["international"]
_NAME_TOKEN: Final = re.compile(r"[\w-]+")


def listed_body_of_states(name: str) -> bool:
    """Whether a name is, or holds, a body of many states the lexicon lists, spelled out
    ("World Trade Organization") or by its acronym in capitals ("the WTO Ministerial
    Conference")."""
    lower = name.lower()
    if holds_any(lower, INTERNATIONAL_NAMES):
        return True
    if lower.removeprefix("the ") in INTERNATIONAL_BARE:
        return True  # "Commonwealth", the whole name only ("Commonwealth Bank" is a company's)
    # ("U.N.", "E.U.": an acronym written with full stops is the same body)
    undotted = _DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", ""), name)
    return any(
        _acronym_case(token) and token.lower() in _INTERNATIONAL for token in _NAME_TOKEN.findall(undotted)
    )


#: An acronym written with a full stop after each capital: "U.N.", "E.U.".
_DOTTED_ACRONYM: Final = re.compile(r"\b(?:[A-Z]\.){2,}")


def _acronym_case(token: str) -> bool:
    """Whether a word is written as an acronym: all capitals, or a capital first among two or
    more ("AfDB", "IsDB"), not a common word in its sentence case ("Fund")."""
    return token.isupper() or (token[:1].isupper() and sum(ch.isupper() for ch in token) >= 2)


#: Lower-case nouns for the people a body of many states sends: "an IMF staff mission", "a WTO team".
_BODY_PARTIES: Final = frozenset(
    ["staff", "mission", "missions", "team", "teams", "delegation", "officials", "experts"]
)


def _body_acronym_party(s: Sentence, i: int) -> bool:
    """Whether token i is the acronym of a body of many states the lexicon lists, written in
    capitals before a noun for its people, over one lower-case word of their kind ("An IMF
    staff mission led by X held talks with Finance Minister Y", "a WTO technical team"): the
    body takes part, as "International Monetary Fund" spelled out does (the bare acronym has no
    organization word, so the meeting had been given a second country from a trade figure in a
    later paragraph)."""
    if s.lowers[i] not in _INTERNATIONAL or not s.words[i].isupper():
        return False
    lowers = s.lowers
    return lowers[i + 1] in _BODY_PARTIES or (
        lowers[i + 2] in _BODY_PARTIES and s.words[i + 1] == lowers[i + 1]
    )


#: People who speak for a company: "executives of DP World", "managers of Safaricom", "a
#: business mission of ProColombia".
_MEMBERS: Final = frozenset(["executives", "managers", "management", "shareholders", "employees", "bosses",
                      "mission", "delegation", "representatives"])  # fmt: skip


#: Words that, written before a country's name, name that country's agency for trade,
#: investment or innovation ("Innovation Norway", "Enterprise Ireland", "Business Finland",
#: "Invest India", "Export Finland").
COUNTRY_BODY_WORDS: Final = frozenset(["innovation", "enterprise", "business", "invest", "export"])


def _country_body_end(s: Sentence, i: int) -> int:
    """End of "<Word> <Country>" at token i when it stands alone as a name ("Innovation
    Norway", "Enterprise Ireland"), or 0: a country's own agency, named after it (the name
    had been taken for a country mention, and the agency lost). Not inside a longer
    capitalized run ("the EU Business Finland Forum", "Business Finland Director X" is the
    title's)."""
    found = s.country_at(i + 1)
    if found is None or not s.caps[i] or (i > 0 and _is_word(s, i - 1)) or _is_word(s, found[0]):
        return 0
    return found[0] if s.lowers[found[0]] not in POSSESSIVE_MARKS else 0


def _based_before(s: Sentence, i: int) -> bool:
    """Whether a "<Place>-based" word of a known place comes right before the capitalized word
    at token i ("Seoul-based Samsung SDS", "Abu Dhabi-based Agthia"): a company or body is said
    to be based somewhere, so the name after it is one, of that place's country."""
    return (
        i > 0
        and s.lowers[i - 1].endswith(SEAT_WORDS)
        and _is_word(s, i)
        and _based_country(s, i - 1) is not None
    )


#: Lower-case adjectives allowed between "the" and a name a descriptor follows ("the
#: state-owned Uzpharmsanoat agency", "the newly privatised Telkomsel company").
_MAX_ADJECTIVES_AFTER_THE: Final = 2


def _the_opens(s: Sentence, i: int) -> bool:
    """Whether "the" or a country's possessive opens the noun phrase whose name starts at
    token i, right before it or before lower-case adjectives ("the state-owned X agency",
    "Peru's state-run X company"): an adjective describes the body the descriptor names."""
    k = i - 1
    while (
        k > 0
        and i - 1 - k < _MAX_ADJECTIVES_AFTER_THE
        and not s.caps[k]
        and s.lowers[k] not in _FUNCTION
        and _is_modifier_word(s.lowers[k])
    ):
        k -= 1
    return s.lowers[k] == "the" or (s.lowers[k] in POSSESSIVE_MARKS and s.country_ending_at(k) is not None)


def _described_after(s: Sentence, i: int, end: int) -> bool:
    """ "the CzechTrade agency", "the Sembawang company": one name between "the" and a
    lower-case descriptor."""
    return _the_opens(s, i) and is_descriptor(s.lowers[end]) and not s.caps[end] and _is_word(s, i)


def _appositive_starts(s: Sentence) -> list[int]:
    """The first tokens of capitalized runs that a comma apposition describes as a country's
    body (`_described_in_apposition`); asked at commas only."""
    return [
        _run_start(s, k)
        for k in range(1, s.n)
        if s.lowers[k] == "," and _is_word(s, k - 1) and _described_in_apposition(s, k)
    ]


def _described_in_apposition(s: Sentence, end: int) -> bool:
    """Whether a comma apposition after a name calls it a country's body, with a descriptor
    after a country's possessive or "the <Demonym>" and lower-case modifiers ("Fedecámaras,
    Venezuela's main business association", "Zorbex, the Kenyan state power utility"): a
    name no lexicon holds is still an organization of that country (not "Lopez, Colombia's
    trade minister": no body's word)."""
    found = _apposed_country(s, end)
    if found is None:
        return False
    k = found[1]
    last = min(k + _MAX_CONTEXT_GAP, s.n)
    while k < last and not s.caps[k] and _is_modifier_word(s.lowers[k]) and not is_descriptor(s.lowers[k]):
        k += 1
    return k < s.n and not s.caps[k] and is_descriptor(s.lowers[k])


def _listed_after_descriptor(s: Sentence, i: int) -> bool:
    """Whether token i opens the list of a descriptor: "200 companies, including Uzbekneftegaz
    and Turkmengaz", "state firms such as Sonangol"."""
    lowers = s.lowers
    if lowers[i - 1] == "including":
        j = i - 2 if lowers[i - 2] == "," else i - 1
    elif lowers[i - 1] == "as" and lowers[i - 2] == "such":
        j = i - 2
    else:
        return False
    return is_descriptor(lowers[j - 1]) and not s.caps[j - 1]


def _spans(s: Sentence, blocked: set[int]) -> list[tuple[int, int]]:
    """Token ranges of organization names, left to right, non-overlapping.

    `blocked` tokens belong to title phrases and the names after them; a name found by the
    grammar that overlaps them is dropped (titles.py already knows which part is the
    organization: "Chairman of the Board of Directors of Blue Savanna Group Kwame Mensah").
    """
    spans: list[tuple[int, int]] = []
    resume = 0
    forms = _legal_forms(s)
    for i in _candidates(s):
        lower = s.lowers[i]
        span = None
        if i < resume or i in blocked or i in forms:
            continue
        if close := quoted_name_end(s, i - 1):
            # OJSC "Minsk Tractor Works": the name is what the quotes hold, and the legal form
            # makes it a company whatever its last word ("Kyrgyz Cement Plant")
            spans.append((i, close))
            resume = close
            continue
        if s.caps[i] and lower in _PREFIX_KEYWORD and (written := _romance_lower_case_end(s, i)):
            span = (i, written)  # "Agence française de développement", "Caisse des dépôts et consignations"
        elif s.caps[i] and lower in _PREFIX_KEYWORD and _romance_name_follows(s, i):
            # "Banco do Brasil", "Grupo Mexico", "Sociedad Quimica y Minera", "Port Autonome de
            # Dakar", "Agence Française de Développement": the keyword comes first.
            end = i + 1
            while (
                _is_word(s, end)
                or _elided(s, end)
                or _particle_inside(s, end)
                or (end == i + 1 and s.lowers[end] in _FRENCH_ADJECTIVES)  # "Port autonome de Dakar"
            ):
                end += 1
            span = (i, end) if end > i + 1 and (s.caps[end - 1] or _elided(s, end - 1)) else None
            if span is not None and lower in _WRITTEN_OUT_FORMS and _is_word(s, i - 1):
                span = (_name_before_form(s, i), end)  # "Catamarca Minera y Energética Sociedad del Estado"
        elif s.caps[i] and lower in _PREFIX_KEYWORD and (spelled := _spelled_in_lower_case(s, i)):
            span = (i, spelled)  # "Société mauritanienne des hydrocarbures (SMH)"
        elif s.caps[i] and lower in _PREFIX_LEGAL and s.words[i].isupper() and _is_word(s, i + 1):
            end = i + 1
            while _is_word(s, end) and s.lowers[end] not in _LEGAL:
                end += 1
            span = (i, end)
        elif lower in COUNTRY_BODY_WORDS and (body_end := _country_body_end(s, i)):
            span = (i, body_end)  # "co-hosted by Innovation Norway and VASEP"
        elif (
            s.caps[i]
            and lower in _OF_PLACE_HEADS
            and s.lowers[i + 1] == "of"
            and _named_as_side(s, i)
            and not _city_named_port_of(s, i)
        ):
            end = _run_end(s, i + 2)
            span = (i, end) if end > i + 2 else None  # "the Port of Seattle and the Port of Kobe signed"
        elif s.caps[i] and (lower in _SUFFIX or lower in _KEYWORD):
            if _is_word(s, i + 1) and s.lowers[i + 1] not in _LEGAL:
                continue  # not the last word of the name ("Development" in "SCO Development Strategy")
            start = _left_start(s, i)
            end = _complement_end(s, i + 1) if lower in _KEYWORD else i + 1
            if start < i or end > i + 1 or _acronym_follows(s, end):
                span = (start, end)
        elif _body_acronym_party(s, i):
            span = (i, i + 1)  # "an IMF staff mission"
        elif _is_word(s, i):
            end = _romance_run_end(s, i)
            if _acronym_follows(s, end) and end - i >= 2:
                span = (_headed_of_start(s, _left_start(s, end - 1), end), end)
            elif _acronym_follows(s, end) and (start := _of_name_start(s, i, end)) < i:
                span = (start, end)  # "Associated Press of Pakistan (APP)"
            elif (
                (is_descriptor(s.lowers[i - 1]) or _owned(s.lowers[i - 1])) and not s.caps[i - 1]
            ) or _listed_after_descriptor(s, i):
                span = (i, end)
            elif _based_before(s, i) and all(s.lowers[k] not in _ANCHORS for k in range(i, end)):
                # "Seoul-based Samsung SDS": only a body is based somewhere (a name with a
                # company word is the suffix grammar's: "Ontario-based X Solutions Inc.")
                span = (i, end)
            elif s.lowers[i - 1] == "of" and s.lowers[i - 2] in _MEMBERS and (not s.caps[i - 2] or i == 2):
                span = (i, end)  # "met executives of DP World"
            elif _described_after(s, i, end):
                span = (i, end)  # "organised by the CzechTrade agency"
            elif _described_in_apposition(s, end):
                span = (i, end)  # "Fedecámaras, Venezuela's main business association"
        if span is None:
            continue
        start, end = span
        # A keyword found inside the run (e.g. "Board" in "... Relations Board") may have a complement.
        if s.lowers[end - 1] in _KEYWORD:
            end = _complement_end(s, end)
        start = _spelled_over_and(s, start, end)
        end = _tail_end(s, end)
        while start < end and s.lowers[start] in ("the",):
            start += 1
        end = _before_a_titled_side(s, start, end, blocked)
        if end > start and _plausible(s, start, end) and not blocked.intersection(range(start, end)):
            if spans and start < spans[-1][1]:
                # Overlapping finds of one name ("Navoi Mining" / "... and Metallurgical Company").
                start = min(start, spans.pop()[0])
            spans.append((start, end))
        resume = max(end, i + 1)
    return spans


def _before_a_titled_side(s: Sentence, start: int, end: int, blocked: set[int]) -> int:
    """The end of a name from token `start` to `end` that runs over an "and" into a title's
    phrase: the "and" ("Federation of Bangladesh Chambers of Commerce and Industry and Chinese
    Ambassador Yao Wen" ends before "and Chinese"), since a list of the name's words ("of
    Commerce and Industry") goes on over a capitalized word, and a title's phrase after the
    joiner is a second side; the whole run overlapped the title and was dropped (only
    "Federation of Bangladesh" was left). Else `end`."""
    first = next((k for k in range(start + 2, end) if k in blocked), None)
    if first is not None and s.lowers[first - 1] in ("and", "&") and blocked.isdisjoint(range(start, first)):
        return first - 1
    return end


def _legal_forms(s: Sentence) -> set[int]:
    """Tokens of the legal forms written before quoted names: "Open Joint-Stock Company" of
    the Open Joint-Stock Company "Minsk Tractor Works" is no organization of its own."""
    if OPENING_QUOTES.isdisjoint(s.words):
        return set()
    return {k for i in range(s.n) if quoted_name_end(s, i) for k in range(_legal_form_start(s, i), i)}


#: Name words that English writes first before the place a body serves ("the Port of
#: Seattle"), which as words of the place itself name no body ("tour the Port of Kingston").
_OF_PLACE_HEADS: Final = frozenset({"port"})
#: Words after which a name opens a side of the clause: a subject, or one of two partners.
_SIDE_OPENERS: Final = frozenset({",", ";", "and", "&", "between", "with", "by"})


def _city_named_port_of(s: Sentence, i: int) -> bool:
    """Whether "Port of X" at token i is a city's own name ("Port of Spain") set off by a comma
    after a venue: "at the Hyatt Regency, Port of Spain Waterfront," names a locality (it had
    been a side); "the Port of Spain and the Port of Rotterdam signed" may still be the port's."""
    return s.lowers[i - 1] == "," and s.caps[i - 2] and city_country(" ".join(s.words[i : i + 3])) is not None


def _named_as_side(s: Sentence, i: int) -> bool:
    """Whether the name at token i stands where a side of an event is named, at the head of
    the sentence or a clause, after "and", "between", "with", a descriptor or a country
    ("the Port of Seattle and the Port of Kobe signed", "Japan's Port of Kobe", "the port
    operator Port of Rotterdam"), and not as a place after a verb or "of" ("the development
    of the Port of Lamu", "tour the Port of Kingston")."""
    k = i - 1
    if s.lowers[k] == "the":
        k -= 1
    if k < 0 or s.lowers[k] in _SIDE_OPENERS or s.lowers[k] in POSSESSIVE_MARKS:
        return True
    return (is_descriptor(s.lowers[k]) and not s.caps[k]) or s.country_ending_at(k + 1) is not None


def _of_name_start(s: Sentence, i: int, end: int) -> int:
    """Start of a name whose last words "of/for X" (tokens i..end) an acronym spells with
    the words before: "Associated Press of Pakistan (APP)", "Bank of Ghana (BoG)"; else i."""
    start = i
    while s.lowers[start - 1] in ("of", "for") and _is_word(s, start - 2):
        start = _left_start(s, start - 2) if start - 2 > 0 else start - 2
        if _spells(s.lowers[end + 1], s.words[start:end]):
            return start
    return i


#: Heads of bodies of members that are no keyword of organizations.tsv, so not in `_ANCHORS`
#: ("Commonwealth of ...", "League of ..."); "community" is a keyword there and needs no entry.
_MEMBERS_BODIES: Final = frozenset(["commonwealth", "league"])


def _headed_of_start(s: Sentence, start: int, end: int) -> int:
    """Start of a body's name "<Head> of <Words> (ACRONYM)" whose run of words (tokens
    start..end) the "of" had cut from its head: "Community of Portuguese Language Countries
    (CPLP)", "Economic Community of West African States (ECOWAS)" are one name, the acronym
    spelling the head too or, where it cannot be read (another language's), opening on the
    head's initial after a body's word. `start` when the word before "of" heads no body (an
    office: "Minister of Trade" is the title's; "tour the Port of ..." no body's name)."""
    if s.lowers[start - 1] != "of" or not _is_word(s, start - 2):
        return start
    spelled = _of_name_start(s, start, end)
    if spelled < start:
        return spelled
    head = start - 2
    acronym = s.lowers[end + 1]
    heads = s.lowers[head] in _ANCHORS or s.lowers[head] in _MEMBERS_BODIES
    if heads and acronym[:1] == s.lowers[head][:1] and not _spells(acronym, s.words[start:end]):
        return _left_start(s, head)
    return start


def _spelled_over_and(s: Sentence, start: int, end: int) -> int:
    """Start of a name that goes on back over an "and" (tokens start..end), when the acronym
    after it spells the words before the "and" too: "Oil and Natural Gas Corporation (ONGC)"
    is one name, which the "and" had cut to "Natural Gas Corporation", while "Equinor and
    Natural Gas Corporation (NGC)" stays two. `start` when no longer name is spelled."""
    if not _acronym_follows(s, end):
        return start
    at = start
    if s.lowers[at - 1] not in ("and", "&") or not _is_word(s, at - 2):
        return start
    floor = _left_start(s, at - 2)
    for candidate in range(at - 2, floor - 1, -1):
        if _spells(s.lowers[end + 1], s.words[candidate:end]):
            return candidate
    return start


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether `acronym` (lower case) is the initials of the capitalized `words`, the last
    of which may give more of its letters, in order: a place written in one word that the
    acronym spells in two ("Electricity of Vietnam (EVN)", after "Viet Nam"); some acronyms
    spell an "and" too ("Germany Trade and Invest (GTAI)")."""
    if _spells_initials(acronym, [w.lower() for w in words if w[:1].isupper()]):
        return True
    if "and" in words and _spells_initials(
        acronym, [w.lower() for w in words if w[:1].isupper() or w == "and"]
    ):
        return True
    # and some an "of" ("Economic Community of West African States (ECOWAS)")
    if "of" in words and _spells_initials(
        acronym, [w.lower() for w in words if w[:1].isupper() or w in ("of", "and")]
    ):
        return True
    # and some the first letters of each word ("Kenya Export Promotion and Branding Agency
    # (KEPROBA)", "Promotora de Comercio Exterior (PROCOMER)")
    return _spells_syllables(acronym, tuple(w.lower() for w in words if w[:1].isupper()))


@lru_cache(maxsize=256)
def _spells_syllables(acronym: str, capitalized: tuple[str, ...]) -> bool:
    """Whether `acronym` is made of the first letters of each of the `capitalized` words in
    order, one or more of each: "keproba" of "kenya export promotion branding agency"."""
    if not capitalized:
        return not acronym
    if len(acronym) < len(capitalized):
        return False
    first, rest = capitalized[0], capitalized[1:]
    longest = min(len(first), len(acronym) - len(rest))
    return any(
        acronym[:n] == first[:n] and _spells_syllables(acronym[n:], rest) for n in range(longest, 0, -1)
    )


def _spells_initials(acronym: str, capitalized: list[str]) -> bool:
    """Whether `acronym` is the initials of `capitalized`, the last word giving more letters in order."""
    if not capitalized:
        return False
    head, last = "".join(w[0] for w in capitalized[:-1]), capitalized[-1]
    if acronym[: len(head) + 1] != head + last[0]:
        return False
    at = 1
    for letter in acronym[len(head) + 1 :]:
        at = last.find(letter, at) + 1
        if at <= 0:
            return False
    return True


def _plausible(s: Sentence, start: int, end: int) -> bool:
    """Reject agreements, corridors and events, and runs that are only a country or a bloc."""
    last = end - 1
    if s.lowers[last] == ")" and s.lowers[last - 2] == "(":
        last -= 3
    if (
        s.lowers[last] in _NOT_ORG
        and not _plant_with_its_initials(s, last, end)
        and not _body_for_a_thing(s, start, last)
    ):
        return False  # "Trans Adriatic Pipeline (TAP)", "Economic Corridor (CPEC)"
    if s.lowers[last] == "capital" and _capital_as_place(s, start, last):
        return False  # "met in the New Administrative Capital": a seat of government, no "X Capital" firm
    if last == start and _plural_acronym(s.words[start]):
        return False  # "a delegation of CEOs": a class of people or bodies, no one body
    if last < end - 1 and _programme_of_funds(s, last, end):
        return False  # "a new Official Development Assistance (ODA) loan"
    if s.lowers[end] in _UNDERTAKING_NOUNS and s.words[end].islower() and not _undertaking_staff(s, end):
        return False  # "a loan for the North-South Commuter Railway project": the project's name
    if any(
        s.lowers[k] in _NAMED_THING_JOINERS and s.lowers[k - 1] in _NOT_ORG for k in range(start + 1, last)
    ):
        return False  # "the revised Treaty of Transit and a ... agreement": a treaty, headed before "of"
    k = start
    while k < end and (found := s.country_at(k, ("name", "demonym", "capital", "city"))) is not None:
        k = found[0]  # (also places alone: "in Cairo Jordan's minister" names no company)
    if k >= end:
        return False
    core = s.span_text(start, last + 1)  # without a trailing "(ACRONYM)"
    return not is_bloc_form(core) or not any(b.start == 0 and b.end == len(core) for b in find_blocs(core))


def _body_for_a_thing(s: Sentence, start: int, last: int) -> bool:
    """Whether the run from `start` to `last` is headed by an agency's or a government's word
    before "for" ("General Authority for Suez Canal Economic Zone", "Commission for the Lobito
    Corridor"): the zone or corridor it ends on is what the body runs, and the body is a side
    (it had been read as the zone, no organization, and its contract lost). An "of" names what
    the thing is made of ("Exchange of Notes"), no body."""
    return any(
        s.lowers[k] == "for" and s.caps[k - 1] and s.lowers[k - 1] in _FIELD_PAIR_HEADS
        for k in range(start + 1, last)
    )


#: Words before "Plant" that make it a site of energy or water, not a maker: "Nuclear Power Plant".
_SITE_PLANT_WORDS: Final = frozenset(
    [
        "power",
        "nuclear",
        "solar",
        "wind",
        "thermal",
        "hydroelectric",
        "hydropower",
        "treatment",
        "desalination",
    ]
)


def _plant_with_its_initials(s: Sentence, last: int, end: int) -> bool:
    """Whether the run ends on "Plant" with its initials in brackets after it ("Minsk Automobile
    Plant (MAZ)", "Minsk Tractor Plant (MTZ)"): a works known by its own initials is the
    company that runs it, a party to contracts (it had been no organization, and its contract
    lost); a power or water plant stays a site ("Rooppur Nuclear Power Plant (RNPP)")."""
    return s.lowers[last] == "plant" and last < end - 1 and s.lowers[last - 1] not in _SITE_PLANT_WORDS


#: Prepositions of where something is, before "the <Name> Capital" (a city, not a firm).
_PLACE_PREPOSITIONS: Final = frozenset(["in", "at", "to", "from"])


def _capital_as_place(s: Sentence, start: int, last: int) -> bool:
    """Whether the run ending on "Capital" (token `last`) is a place after a preposition of
    where: "in the New Administrative Capital" (a seat of government), or a city's name with
    "Capital", as a capital's province is called ("convened in Phnom Penh Capital"); a firm
    named "X Capital" is no city's name ("invested in Lunate Capital")."""
    if s.lowers[start - 1] == "the":
        return s.lowers[start - 2] in _PLACE_PREPOSITIONS
    if s.lowers[start - 1] not in _PLACE_PREPOSITIONS:
        return False
    found = s.country_at(start, ("capital", "city"))
    return found is not None and found[0] == last


def _plural_acronym(word: str) -> bool:
    """Whether a word is an acronym in capitals with a plural "s" ("CEOs", "MPs", "SMEs",
    "NGOs"): the many people or bodies of a kind, which a single body's name never is."""
    return (
        len(word) >= _MIN_PLURAL_ACRONYM and word[-1] == "s" and word[:-1].isupper() and word[:-1].isalpha()
    )


_MIN_PLURAL_ACRONYM: Final = 3


#: Lower-case nouns after a capitalized run that make it the name of an undertaking, not of a
#: body that takes part ("the Mombasa Port Authority project", "the Green Schools programme").
_UNDERTAKING_NOUNS: Final = frozenset(["project", "projects", "programme", "program", "scheme"])


#: Lower-case nouns for a body's people or unit after "project" or "programme": "the Asian
#: Development Bank project team", "the World Bank programme office", "UNDP project officers".
UNDERTAKING_STAFF: Final = _BODY_PARTIES | frozenset(
    ["office", "offices", "officers", "officer", "unit", "units", "manager", "managers", "personnel",
     "coordinator", "coordinators", "director", "directors", "specialists", "consultants", "engineers"]
)  # fmt: skip


def _undertaking_staff(s: Sentence, end: int) -> bool:
    """Whether the undertaking noun at `end` only qualifies the noun after it for the body's
    people or unit ("officials of the Asian Development Bank project team"): the run before it
    is then the body that takes part, no undertaking's name."""
    return end + 1 < len(s.lowers) and s.lowers[end + 1] in UNDERTAKING_STAFF and s.words[end + 1].islower()


def _programme_of_funds(s: Sentence, last: int, end: int) -> bool:
    """Whether the name ending at token `last`, its acronym in brackets closing at `end`, is
    a programme the funds after it come under ("Official Development Assistance (ODA) loan",
    "Special Terms for Economic Partnership (STEP) loans"): no body but the instrument's kind,
    unless its head is a body's word ("an Asian Development Bank (ADB) loan": the lender)."""
    return s.lowers[end] in _PROGRAMME_FUNDS and s.lowers[last] not in _BODY_HEADS


#: Funds named after the programme they come under ("an ODA loan", "a STEP credit").
_PROGRAMME_FUNDS: Final = frozenset(
    [
        "loan",
        "loans",
        "grant",
        "grants",
        "credit",
        "credits",
        "financing",
        "funding",
        "funds",
        "package",
        "tranche",
    ]
)
#: Last words of a name that make it a body, also before funds ("Bank", "Fund", "Agency").
_BODY_HEADS: Final = _ANCHORS | ORG_WORDS["association_word"] | ORG_WORDS["agency_word"]


#: Words that join a named thing's head to its complement ("Treaty of Transit", "Agreement on Trade").
_NAMED_THING_JOINERS: Final = frozenset(["of", "on", "for"])


#: Words before "Council" that make it a state's executive or security organ.
_STATE_COUNCILS: Final = frozenset(
    ["sovereign", "state", "presidential", "transitional", "military", "security"]
)
#: Bodies that sit in sessions: with two countries in the name they are joint bodies.
_SESSION_BODIES: Final = frozenset(["commission", "committee", "subcommittee", "council", "forum", "board"])


#: Last words that make a body a company whatever state words its name holds.
_COMPANY_HEADS: Final = frozenset(
    ["corporation", "company", "corp", "co", "ltd", "limited", "plc", "holding", "holdings"]
)


def _high_commission(core: list[str]) -> bool:
    """Whether lower-cased name words head on "high commission" as a diplomatic mission ("British
    High Commission", "High Commission of India"): a state's embassy in another Commonwealth
    state, so its government, not a body of its own. A remit after it ("High Commission for
    Refugees", "for Human Rights") makes it a body of that remit instead."""
    at = next((i for i in range(1, len(core)) if core[i] == "commission" and core[i - 1] == "high"), None)
    return at is not None and (at == len(core) - 1 or core[at + 1] in ("of", "in", "to"))


def _kind(name_words: list[str]) -> str:
    # "Inter-Governmental Sub-Committee" is the "intergovernmental subcommittee" of the lexicon
    words = set(name_words) | {w.replace("-", "") for w in name_words if "-" in w}
    if words & ORG_WORDS["statistics"] or any(w.endswith("stat") for w in words):
        return "statistics"
    core = name_words[: name_words.index("(")] if "(" in name_words else name_words
    state_company = bool(core) and core[-1] in _COMPANY_HEADS  # "Government Trading Corporation"
    if (words & ORG_WORDS["government"] and not state_company) or name_words[-1] in ("ministry",):
        return "government"
    if any(w == "council" and i and name_words[i - 1] in _STATE_COUNCILS for i, w in enumerate(name_words)):
        return "government"  # "Sudanese Sovereign Council", "State Council": a state's executive
    if _high_commission(core):
        return "government"  # "the British High Commission": a state's mission, as an embassy is
    short = len([w for w in core if w not in _PARTICLES]) <= 5  # "Banque Centrale des Etats de ..."
    if {"bank", "banco", "banque", "bangko"} & words and ORG_WORDS["central_bank"] & set(core) and short:
        # "Central Bank of Nigeria", "Banco Central do Brasil", "Reserve Bank of India": a central
        # bank is a state's own body, yet no ministry of its government, and signs as a side of
        # its own (as "Bank of Mauritius" does, whose name holds no central bank's word)
        return "central_bank"
    working = any(w == "group" and name_words[i - 1] == "working" for i, w in enumerate(name_words) if i)
    if working and not state_company:
        # "their Joint Working Group on Trade", "a Working Group on Trade Facilitation": the
        # officials of two governments meeting in sessions, no company named "... Group"
        return "joint_body"
    joint = words & ORG_WORDS["joint"]
    if joint and words & _SESSION_BODIES and not (joint <= _BUSINESS_WORDS and words & _MEMBERSHIP_BODIES):
        # a "Business Council" is an association of companies, which organises and signs as a
        # side; a "Business Forum" is the event, a "Joint Business Council" a body of two states
        return "joint_body"
    last_words = {w for w in name_words if w.isalpha()}
    if last_words & _COMPANY_WORDS:
        return "company"
    if last_words & ORG_WORDS["association_word"]:
        return "association"
    if last_words & ORG_WORDS["agency_word"]:
        return "agency"
    return "company"


def _country_in_name(name: str) -> str | None:
    """The country an organization's name holds, also as a part of one word written in camel
    case ("ProChile", "ApexBrasil", "TurkmenGaz")."""
    named = countries_in_name(name)
    if named:
        return named[0].iso3
    if " " in name:
        for word in name.lower().split():
            if word in _NATIONAL_ADJECTIVES_IN_NAMES:
                return _NATIONAL_ADJECTIVES_IN_NAMES[word]
    parts = _CAMEL_PARTS.findall(name) if " " not in name else []
    if len(parts) > 1:
        for mention in find_countries(" ".join(parts)):
            return mention.iso3
    return None


_CAMEL_PARTS: Final = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+")

#: National adjectives of French, Spanish, Portuguese, Italian and German names that English copy
#: leaves untranslated ("Agence française de développement", "Agência Brasileira de Promoção de
#: Exportações", "Banco Central do Brasil" is read by its country's name), in every gender and
#: number ("Petróleos Mexicanos", "Yacimientos Petrolíferos Fiscales Bolivianos", "Aerolíneas
#: Argentinas", "Office Chérifien des Phosphates"): the body's country, which the English
#: demonyms of the countries lexicon do not spell.
_NATIONAL_ADJECTIVES_IN_NAMES: Final = {
    word: iso3
    for iso3, words in (
        ("FRA", "française française francais français françaises francaises"),
        ("ESP", "española espanola español espanol españoles espanoles españolas espanolas"),
        ("PRT", "portuguesa português portugues portuguesas portugueses"),
        ("BRA", "brasileira brasileiro brasileiras brasileiros"),
        ("ITA", "italiana italiano italiane italiani"),
        ("DEU", "deutsche deutscher deutsches deutschen allemande"),
        ("MEX", "mexicana mexicano mexicanas mexicanos"),
        ("ARG", "argentinas argentinos argentino"),
        ("BOL", "boliviana boliviano bolivianas bolivianos"),
        ("CHL", "chilena chileno chilenas chilenos"),
        ("PER", "peruana peruano peruanas peruanos"),
        ("COL", "colombiana colombiano colombianas colombianos"),
        ("VEN", "venezolana venezolano venezolanas venezolanos"),
        ("ECU", "ecuatoriana ecuatoriano ecuatorianas ecuatorianos"),
        ("PRY", "paraguaya paraguayo paraguayas paraguayos"),
        ("URY", "uruguaya uruguayo uruguayas uruguayos"),
        ("CUB", "cubana cubano cubanas cubanos"),
        ("DOM", "dominicana dominicano dominicanas dominicanos"),
        ("PAN", "panameña panamena panameño panameno panameñas panameños"),
        ("AGO", "angolana angolano angolanas angolanos"),
        ("MOZ", "moçambicana mocambicana moçambicano mocambicano moçambicanas moçambicanos"),
        ("MAR", "marocaine marocain marocaines marocains chérifien cherifien chérifienne cherifienne"),
        ("SEN", "sénégalaise senegalaise sénégalais senegalais sénégalaises senegalaises"),
        ("CIV", "ivoirienne ivoirien ivoiriennes ivoiriens"),
        ("TUN", "tunisienne tunisien tunisiennes tunisiens"),
        ("DZA", "algérienne algerienne algérien algerien algériennes algeriennes algériens algeriens"),
        ("CMR", "camerounaise camerounais camerounaises"),
        ("GAB", "gabonaise gabonais gabonaises"),
        ("MLI", "malienne malien maliennes maliens"),
        ("BEN", "béninoise beninoise béninois beninois"),
        ("TGO", "togolaise togolais togolaises"),
        ("MRT", "mauritanienne mauritanien mauritaniennes mauritaniens"),
        ("TCD", "tchadienne tchadien tchadiennes tchadiens"),
        ("MDG", "malgache malgaches"),
        ("BEL", "belge belges"),
        ("CHE", "suisse suisses schweizerische"),
    )
    for word in words.split()
}


def _country_read_in(s: Sentence, start: int, end: int) -> str | None:
    """The country a name at tokens start..end holds, as the sentence's own mentions read its
    words: a document that has made a name a US state's ("the US state of Georgia") reads it so
    in a body's name too ("the Georgia Ports Authority" is American, not Georgian), which the
    name scanned alone cannot tell. Without such a mention, the name alone."""
    first, last = s.starts[start], s.ends[end - 1]
    among = {first + k for k in among_peoples(s.span_text(start, end))}
    inside = [m for m in s.country_mentions if first <= m.start and m.end <= last and m.start not in among]
    return inside[0].iso3 if inside else _country_in_name(s.span_text(start, end))


def _country_before(s: Sentence, start: int, coordinated: str | None) -> str | None:
    """A country written before an organization: "Hungary’s MOL Group", "Italian gas
    infrastructure operator Snam", "the Turkish companies X and Y" (via `coordinated`).

    Only lower-case words may come between; "and" hands over to the coordinated name, so
    "Kazakhstan and Rosatom" gives Rosatom no country.
    """
    i = start - 1
    gap = 0
    while i >= 0 and gap <= _MAX_CONTEXT_GAP:
        lower = s.lowers[i]
        if lower in POSSESSIVE_MARKS:
            # "Hungary's MOL Group"; "ADNOC's international investment arm XRG": a listed
            # company's arm is of its country
            return s.country_ending_at(i) or company_country(s.words[i - 1])
        if lower in ("and", "&") or (lower == "," and i == start - 1 and coordinated is not None):
            # "the Turkish companies X, Y and Z"; a name read alone (no `coordinated`: the
            # engagement's context found it) is still a member of a list of examples
            return coordinated if coordinated is not None else _list_head_country(s, i)
        plural = _example_plural(s, i)
        if plural is not None:
            # "US (energy) companies including ExxonMobil", "Chinese firms such as BYD"
            return None if _of_two_nationalities(s, plural) else _country_before(s, plural, None)
        found = s.country_ending_at(i + 1)
        if found is not None:
            return found
        if lower.endswith(SEAT_WORDS):  # "Toronto-based distributor Pacific Grains"
            return _based_country(s, i)
        if s.caps[i] or not _is_modifier_word(lower) or lower in _OTHER_SIDE_PREPOSITIONS:
            return None
        if lower in _VERBS_OF_MEETING:
            # "The visiting Australian leader also met People's Alliance leader X": the country
            # word is the subject's, the organization the object of the verb between them
            return None
        if lower in _ARTICLES and s.lowers[i - 1] not in _MEMBER_PREPOSITIONS:
            # "Vietnamese coffee exporters toured the Aqaba ... Authority": an article after a
            # verb opens the name's own phrase, so a country before it describes another noun
            # ("Moroccan business leaders from the Atlas Export Council" are its members)
            return None
        gap += 1
        i -= 1
    return None


_ARTICLES: Final = frozenset(["the", "a", "an"])
#: Verbs whose object a visitor meets, and which end the noun phrase of a country word before
#: them: "The Australian leader also met People's Alliance leader X".
_VERBS_OF_MEETING: Final = frozenset(
    ["met", "meets", "received", "receives", "hosted", "hosts", "visited", "visits", "welcomed", "toured"]
)
_MEMBER_PREPOSITIONS: Final = frozenset(["from", "of", "at", "in", "for"])


#: Prepositions that open the phrase of another party than the words before them: "Kenyan
#: agencies signed deals with Microsoft" (the country word is the agencies', not Microsoft's),
#: "Argentina's governor met executives of Tata Chemicals" (a country before "of" is the
#: head noun's or the clause's: the name after "of" is only the complement of that noun).
#: Not "from" nor "by", which tie members to their body ("Turkish business leaders from the
#: Foreign Economic Relations Board", "Ecuadorian exporters led by Expoflores").
_OTHER_SIDE_PREPOSITIONS: Final = frozenset(["with", "between", "against", "of"])


def _example_plural(s: Sentence, i: int) -> int | None:
    """The plural noun of companies whose examples the word at token i introduces: "US
    companies including", "seven Japanese firms, notably", "Chinese firms such as", "Danish
    companies, among them"; None when token i introduces no examples of companies."""
    lower = s.lowers[i]
    if lower in _EXAMPLE_WORDS:
        plural = i - 1
    elif (lower == "as" and s.lowers[i - 1] == "such") or (lower == "them" and s.lowers[i - 1] == "among"):
        plural = i - 2
    else:
        return None
    if s.lowers[plural] == ",":
        plural -= 1
    return plural if plural >= 0 and s.lowers[plural] in _COMPANY_PLURALS else None


#: Tokens a list of names may run over back to the words that introduce it.
_MAX_LIST_TOKENS: Final = 16


def _list_head_country(s: Sentence, joiner: int) -> str | None:
    """The country of the plural that introduces a list of names, read back from the "and"
    at token `joiner` over the names and commas before it: "Danish companies, among them
    Vestas and Grundfos" makes Grundfos Danish, as it does Vestas (a name found alone, in
    the engagement's context, has no previous name to share a country with). None when the
    names before are no list of examples ("between Kazakhstan and Rosatom")."""
    j = joiner - 1
    while j >= max(joiner - _MAX_LIST_TOKENS, 0) and (s.caps[j] or s.lowers[j] in (",", "and", "&")):
        j -= 1
    plural = _example_plural(s, j) if j >= 0 else None
    if plural is None:
        return None
    return None if _of_two_nationalities(s, plural) else _country_before(s, plural, None)


def _of_two_nationalities(s: Sentence, plural: int) -> bool:
    """Whether the plural at token `plural` is of two countries joined before it ("Swedish and
    Korean companies, including A and B"): its examples are of either, not of the nearer."""
    return any(
        s.lowers[j] in ("and", "or", "&") and s.country_ending_at(j) is not None
        for j in range(max(plural - _MAX_CONTEXT_GAP - 2, 1), plural)
    )


#: Words that introduce examples of a plural ("US companies including X, Y and Z").
_EXAMPLE_WORDS: Final = frozenset(["including", "like", "led", "notably"])
_COMPANY_PLURALS: Final = frozenset(
    ["companies", "firms", "groups", "banks", "businesses", "corporations", "majors", "giants", "carmakers"]
)


def _based_country(s: Sentence, based: int) -> str | None:
    """Country of the place in a "<Place>-based" word at token `based`, which may open with
    capitalized words before it ("Sao Paulo-based", "Inner Mongolia-based"); the longest
    place wins, so Inner Mongolia is China's."""
    earliest = based
    while earliest > max(based - 2, 0) and s.caps[earliest - 1]:
        earliest -= 1
    for first in range(earliest, based + 1):
        place = s.span_text(first, based + 1).rsplit("-", 1)[0]
        found = city_country(place) or _country_in_name(place)
        if found is not None:
            return found
    return None


def _country_after(s: Sentence, end: int) -> str | None:
    """The country of an apposition after the name (see `_apposed_country`)."""
    found = _apposed_country(s, end)
    return found[0] if found is not None else None


def _apposed_country(s: Sentence, end: int) -> tuple[str, int] | None:
    """(iso3, token after the country's possessive or demonym) of an apposition after the
    name: "OLAM Corporation, Singapore's largest agribusiness company", "ProColombia, the
    Colombian export promotion agency"."""
    if s.lowers[end] == "," and s.lowers[end + 2] in POSSESSIVE_MARKS:
        found = s.country_at(end + 1, ("name",))
        if found is not None:
            return found[1], end + 3
    if s.lowers[end] == "," and s.lowers[end + 1] in ("the", "a", "an"):
        found = s.country_at(end + 2, ("demonym",))
        if found is not None:
            return found[1], found[0]
    return None


#: Legal forms only one country's law gives a company, as its own registers write them:
#: Indonesia's "PT ... Tbk", Malaysia's "Sdn Bhd" and "Berhad", Singapore's "Pte", the Gulf's
#: "SAOG", "QPSC", "KSCP", Egypt's "SAE", Hungary's "Zrt", Finland's "Oyj", Kazakhstan's "TOO".
_FORM_COUNTRIES: Final = {
    "PT": "IDN", "Tbk": "IDN", "Sdn": "MYS", "Bhd": "MYS", "Berhad": "MYS", "Pte": "SGP",
    "SAOG": "OMN", "SAOC": "OMN", "QPSC": "QAT", "QSC": "QAT", "KSCP": "KWT", "SAE": "EGY",
    "Kft": "HUN", "Zrt": "HUN", "Nyrt": "HUN", "Oyj": "FIN", "TOO": "KAZ",
}  # fmt: skip


def _legal_form_country(s: Sentence, start: int, end: int) -> str | None:
    """The country whose law alone gives the legal form that opens or closes the name at
    tokens start..end, as written ("PT Bukit Asam Tbk": IDN, "Kenanga Logistics Sdn Bhd":
    MYS), when the forms there name one country; else None. ("PT Bukit Asam" had been of no
    country, or of the dateline's.)"""
    forms = {
        _FORM_COUNTRIES.get(s.words[start]),
        *(_FORM_COUNTRIES.get(s.words[k]) for k in range(start + 1, end) if s.lowers[k] in _LEGAL),
    }
    forms.discard(None)
    return forms.pop() if len(forms) == 1 else None


def _mention(s: Sentence, start: int, end: int, coordinated: str | None) -> tuple[OrgMention, str | None]:
    """The organization at tokens start..end, and the country its context gives it (which
    the next name may share: "the Turkish companies X and Y"; `coordinated` is the previous
    name's, when it ends before this one)."""
    name = s.span_text(start, end)
    introduced = _introduced_at(s, start)  # before a legal form: "Belarusian company OJSC "X""
    context = _country_before(s, introduced, coordinated) or _country_after(s, end)
    # a country written beside the name itself ("Ontario-based Northvolt Grid Solutions",
    # "Canada's ...") is where this arm is, whatever country the lexicon gives the brand
    stated = (
        context if coordinated is None else _country_before(s, introduced, None) or _country_after(s, end)
    )
    country = (
        stated
        or company_country(name)
        or _country_read_in(s, start, end)
        or _legal_form_country(s, start, end)
        or context
    )
    words = [s.lowers[i] for i in range(start, end)]
    kind = _kind(words)
    if (
        kind != "joint_body"
        and _SESSION_BODIES.intersection(words)
        and not (_BUSINESS_WORDS.intersection(words) and _MEMBERSHIP_BODIES.intersection(words))
        and _names_two_countries(s, start, end)
    ):
        # "the Omani-Saudi Coordination Council" is a body of two states; a "Kenya-Uganda
        # Business Council" is an association of companies that can organise or sign as a side
        kind = "joint_body"
    if kind == "government" and s.country_at(start, ("city",)) is not None:
        kind = "agency"  # "the Alabama Department of Commerce": a state's or city's own body
    mention = OrgMention(
        start=s.starts[start],
        end=s.ends[end - 1],
        name=name,
        country_iso3=country,
        kind=kind,
        text=name,
    )
    before = s.lowers[introduced - 1]
    singular = (is_descriptor(before) and not before.endswith("s")) or before.endswith(SEAT_WORDS)
    # "Norwegian seafood group Mowi and Marel": a singular description is of its name alone; so
    # is where one body is based ("Toronto-based Maple Cobalt Inc. and Hanil Materials Co.")
    return mention, None if _country_in_name(name) or singular else context


_BUSINESS_WORDS: Final = frozenset(
    ["business", "businessmen", "industrialists", "entrepreneurs", "employers"]
)
_MEMBERSHIP_BODIES: Final = frozenset(["council", "board"])


def _names_two_countries(s: Sentence, start: int, end: int) -> bool:
    """Whether a name holds two different countries ("Omani-Saudi", "China-Africa" counts as
    one): a body of two states, not a side of its own."""
    first, last = s.starts[start], s.ends[end - 1]
    found = {m.iso3 for m in s.country_mentions if first <= m.start and m.end <= last}
    return len(found) >= 2


def find_organizations(sentence: str) -> list[OrgMention]:
    """Every organization named in one sentence, left to right.

    Includes government bodies and statistics offices (kind "government"/"statistics") so
    callers can recognise and drop them; a lower-case "press service" is one too.
    """
    return organizations_in(Sentence(sentence))


def _title_blocks(s: Sentence, titles: list[TitleMention]) -> set[int]:
    """Tokens of title phrases and of the capitalized run (a name) right after each."""
    blocked: set[int] = set()
    for title in titles:
        blocked.update(range(title.first_token, title.last_token + 1))
        j = title.last_token + 1
        while s.caps[j] or (s.lowers[j] in WORDS["particle"] and s.caps[j + 1]) or s.lowers[j] == ".":
            blocked.add(j)
            j += 1
    return blocked


def _title_orgs(s: Sentence, titles: list[TitleMention]) -> list[tuple[int, int]]:
    """Token ranges of the organizations that title phrases name ("Turkmengaz Chairman")."""
    ranges = []
    for title in titles:
        if title.organization is None:
            continue
        offset = s.text.find(title.organization, title.start, title.end)
        phrase = range(title.first_token, title.last_token + 1)
        first = next((i for i in phrase if s.starts[i] == offset), None)
        if first is None:
            continue
        last = first
        while last <= title.last_token and s.ends[last] <= offset + len(title.organization):
            last += 1
        if all(s.lowers[k] in _LEGAL for k in range(first, last)) and quoted_name_end(s, last):
            continue  # 'Chairman of JSC "Altyn Gaz" X': the body is the quoted name, no bare "JSC"
        ranges.append((first, last))
    return ranges


def _context_start(s: Sentence, start: int) -> int:
    """Start of the words that introduce an organization: "Italian gas infrastructure
    operator Snam" -> "Italian"; "France's Orano" -> "France"; otherwise `start`."""
    i = start
    if is_descriptor(s.lowers[i - 1]):
        i -= 1
        gap = 0
        while i >= 1 and not s.caps[i - 1] and _is_modifier_word(s.lowers[i - 1]) and gap < _MAX_CONTEXT_GAP:
            if s.lowers[i - 1] in _FUNCTION:
                break
            i -= 1
            gap += 1
    if s.lowers[i - 1] in POSSESSIVE_MARKS:
        i -= 1
    for first in range(max(0, i - 4), i):
        found = s.country_at(first, ("name", "demonym"))
        if found is not None and found[0] == i:
            return first
    return i


def _coordinated(s: Sentence, spans: list[tuple[int, int]], blocked: set[int]) -> list[tuple[int, int]]:
    """Names joined by "and" to an organization the grammar found are organizations too:
    "Sunwest Corporation and Jollibee Tsusho", "ENAP and Spanish gas grid operator Enagas",
    "Kolwezi Mining and Smelting Company and Belgium's Umicore"."""
    taken = {i for start, end in spans for i in range(start, end)} | blocked
    added = []
    for start, end in spans:
        j = end
        if _described_after(s, start, end):
            j += 1  # "the CzechTrade agency and ProChile"
        listed: list[tuple[int, int]] = []  # items after commas, kept once an "and" closes the list
        while s.lowers[j] in ("and", "&") or (s.lowers[j] == "," and s.lowers[j + 1] not in ("and", "&")):
            comma = s.lowers[j] == ","
            first = j + 2 if s.lowers[j + 1] in ("and", "&") else j + 1
            country = s.country_at(first, ("name",))
            if country is not None and s.lowers[country[0]] in POSSESSIVE_MARKS:
                first = country[0] + 1
            if not comma and s.lowers[first] == "the" and any(first + 1 == other for other, _ in spans):
                # "Ericsson, Volvo Cars, Samsung SDI and the Korea ... Association": a body closes it
                added += listed
                break
            run_end = first
            while _is_word(s, run_end) and run_end not in taken:
                run_end += 1
            if run_end == first or s.lowers[run_end] in POSSESSIVE_MARKS or not _plausible(s, first, run_end):
                break
            if comma:
                listed.append((first, _tail_end(s, run_end)))
            else:
                if listed and not _company_list(s, start, first, run_end):
                    break  # "Sunwest Corporation, Maria Santos and Jose Vidal": people after it
                added += listed  # "Ericsson, Volvo Cars and Samsung SDI": a list of companies
                listed = []
                added.append((first, _tail_end(s, run_end)))
            j = run_end
            if s.lowers[j] == "," and s.lowers[j + 1] in ("and", "&"):
                j += 1  # "A, B, and C"
        i = _context_start(s, start) - 1
        if s.lowers[i] in ("and", "&") and _is_word(s, i - 1) and i - 1 not in taken:
            run_start = i - 1
            while run_start - 1 >= 0 and _is_word(s, run_start - 1) and run_start - 1 not in taken:
                run_start -= 1
            if _plausible(s, run_start, i) and not _officer_of_body_before(s, run_start, taken):
                added.append((run_start, i))
    return added


def _officer_of_body_before(s: Sentence, start: int, taken: set[int]) -> bool:
    """Whether the run at token `start` follows an organization's possessive ("bp's Gordon
    Birrell and Shell's Zoe Yujnovich"): a name a body owns is its officer's, no body joined by
    "and" to the organization after it."""
    return s.lowers[start - 1] in POSSESSIVE_MARKS and start - 2 in taken


def _company_list(s: Sentence, start: int, last: int, end: int) -> bool:
    """Whether a comma list that opens on the organization at token `start` and closes on the
    run last..end lists bodies, not people ("Ericsson, Volvo Cars and Samsung SDI", never
    "Sunwest Corporation, Maria Santos and Jose Cruz"): the list is introduced as companies'
    ("executives of", "companies including"), or its last item is a body's by a company word
    or an acronym ("Samsung SDI", "Kia Motors")."""
    introduced = (
        (s.lowers[start - 1] == "of" and s.lowers[start - 2] in _MEMBERS)
        or _listed_after_descriptor(s, start)
        or (is_descriptor(s.lowers[start - 1]) and not s.caps[start - 1])
    )
    return introduced or any(s.lowers[k] in _ANCHORS or _is_acronym(s.words[k]) for k in range(last, end))


def _joined_by_ampersand(s: Sentence, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names an ampersand joins are one name: "LS Cable & System" (found as "LS Cable" and a
    coordinated "System"), "Larsen & Toubro" (found as "Toubro" from "... and Tata Steel")."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        whole = out and s.lowers[out[-1][1] - 1] in _ANCHORS  # "Kenya Ports Authority & ...": two
        if out and out[-1][1] + 1 == start and s.lowers[start - 1] == "&" and not whole:
            out[-1] = (out[-1][0], end)
            continue
        if s.lowers[start - 1] == "&" and (not out or out[-1][1] < start - 2):
            k = start - 1
            while (
                k - 1 >= 0
                and start - 1 - k < _MAX_AMPERSAND_WORDS
                and _is_word(s, k - 1)
                and s.country_at(k - 1) is None
            ):
                k -= 1
            start = k if k < start - 1 else start
        out.append((start, end))
    return out


#: Capitalized words before an ampersand taken into the name after it ("Procter & ...").
_MAX_AMPERSAND_WORDS: Final = 2


def _joined_under_one_acronym(s: Sentence, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names joined by "and" whose initials in brackets after the second open on the first's
    initial, not the second's, are one name: "Korea Mine Rehabilitation and Mineral Resources
    Corp. (KOMIR)" had been found as two ("Korea Mine Rehabilitation" and "Mineral Resources
    Corp."); "Samsung and Hyundai Motor Company (HMC)" stay two, the initials the second's, and
    so do two whole names ("Electricite du Togo (EDT) and Benin Energie (EBN)": the first
    closed by its own initials or a body's word)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if (
            out
            and out[-1][1] + 1 == start
            and s.lowers[out[-1][1] - 1] not in _ANCHORS
            and s.lowers[out[-1][1] - 1] != ")"
            and s.lowers[start - 1] == "and"
            and s.lowers[end - 1] == ")"
            and s.lowers[end - 3] == "("
            and _is_acronym(initials := s.words[end - 2])
            and initials[0] == s.words[out[-1][0]][0]
            and initials[0] != s.words[start][0]
        ):
            out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


def organizations_in(s: Sentence, titles: list[TitleMention] | None = None) -> list[OrgMention]:
    """`find_organizations` over an already analysed sentence (and its titles, when known)."""
    titles = titles if titles is not None else titles_in(s)
    blocked = _title_blocks(s, titles)
    spans = _spans(s, blocked)
    spans += _coordinated(s, spans, blocked)
    spans += [(start, end) for start, end in _title_orgs(s, titles) if _plausible(s, start, end)]
    taken = {i for start, end in spans for i in range(start, end)} | blocked
    # (a listed name's legal forms after it too: "Mitsui & Co. Ltd")
    known = [
        (start, _tail_end(s, end))
        for start, end, _ in known_companies(s)
        if taken.isdisjoint(range(start, end)) or _holds_found_names(spans, blocked, start, end)
    ]
    spans = [
        span for span in spans if not any(a <= span[0] and span[1] <= b and span != (a, b) for a, b in known)
    ]
    spans += known
    spans += [
        span for span in _coordinated(s, known, taken) if span not in spans
    ]  # "ExxonMobil and NextDecade"
    spans = _joined_under_one_acronym(s, _joined_by_ampersand(s, sorted(spans)))
    found: list[OrgMention] = []
    context: str | None = None  # the country the last name's context gave it
    for start, end in spans:
        if found and s.starts[start] < found[-1].end:
            continue
        if end - start > 1 and _owned(s.lowers[start]):
            start += 1  # "State-owned China National Petroleum Corporation" opening a sentence: who owns it
        mention, context = _mention(s, start, end, context if found else None)
        found.append(mention)
    for match in _PRESS_SERVICE.finditer(s.text) if "ress " in s.text else ():
        if not any(m.start <= match.start() < m.end for m in found):
            text = match.group()
            found.append(OrgMention(match.start(), match.end(), text, None, "government", text))
    found.sort(key=lambda m: m.start)
    return found


def _holds_found_names(spans: list[tuple[int, int]], blocked: set[int], start: int, end: int) -> bool:
    """Whether a listed company from token `start` to `end` holds whole every name the grammar
    found in it, and more, and no title's token: "Adani Ports and Special Economic Zone" is one
    listed firm, though the grammar read "Adani Ports" and stopped at "and" (the rest lost)."""
    inside = [(a, b) for a, b in spans if a < end and start < b]
    return (
        bool(inside)
        and all(start <= a and b <= end and (a, b) != (start, end) for a, b in inside)
        and blocked.isdisjoint(range(start, end))
    )


def _head_and_complement(s: Sentence, first: int, last: int) -> bool:
    """Whether tokens first..last are capitalized words, one "of"/"for" between them: a name
    with its complement ("House of Startups")."""
    joints = [i for i in range(first, last) if s.lowers[i] in ("of", "for")]
    return (
        len(joints) == 1
        and first < joints[0] < last - 1
        and all(_is_word(s, i) for i in range(first, last) if i != joints[0])
    )


def org_from_context(sentence: str, start: int, end: int) -> OrgMention | None:
    """The organization at sentence[start:end], when the caller's context says one is there.

    The engagement extractor calls this on a capitalized candidate it found in an
    organization slot ("X and Y signed", "the companies X and Y"). The span is widened to
    whole words; it is rejected when it is a country, a month, a function word or not
    capitalized. The country comes from the name or the words before it.
    """
    s = Sentence(sentence)
    first = next((i for i in range(s.n) if s.ends[i] > start), None)
    if first is None:
        return None
    last = first
    while last < s.n and s.starts[last] < end:
        last += 1
    words = all(_is_word(s, i) or s.lowers[i] in ("&", "-") for i in range(first, last))
    if last == first or not (words or _head_and_complement(s, first, last)):
        return None
    if not _plausible(s, first, last):
        return None
    last = _tail_end(s, last)
    return _mention(s, first, last, None)[0]
