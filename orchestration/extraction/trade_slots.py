"""Which countries of a sentence can fill a trade figure's slots, and in which role.

A sentence about trade names more countries than the two that trade: sources ("according
to Japan's Ministry of Finance", "Kazakh statistics show"), institutions ("State Bank of
Pakistan", "Korea Zinc"), places ("in Astana") and currencies ("US$"). Those are dropped
here. Each remaining mention gets the role its neighbouring words give it, which is all the
direction grammar needs:

* ``to`` / ``from`` / ``with`` / ``between`` / ``of`` / ``by``: the preposition before it
  ("exports to Y", "imports from X", "trade with Y", "between X and Y", "exports of Kazakh goods",
  "purchases by India");
* ``poss``: a possessive ("Kazakhstan's exports");
* ``local``: a city's possessive ("Dubai's exports", "Shanghai's imports"): a city's own
  trade, which is not its country's;
* ``attr``: a demonym used as a modifier ("Chinese exports");
* ``pair``: one side of a hyphenated pair ("Kazakh-Chinese trade", "US-China trade");
* ``from_which`` / ``to_which`` / ``with_which``: before a relative clause ("the UAE, from
  which Kenya imported ...");
* ``bound``: the destination in "US-bound exports";
* ``subject``: anything else ("Uzbekistan supplied goods worth ...", "China remained ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from orchestration.extraction.countries import CountryMention, pair_of_one_name
from orchestration.extraction.money import ISO_CODES
from orchestration.extraction.numbers import SCALE_PATTERN, literal_alternation
from orchestration.extraction.text import CaseBlindSearch, holds_any, lowered_for_hints
from orchestration.extraction.trade_lexicon import (
    ATTRIBUTION,
    ATTRIBUTION_GUARD,
    CLAUSE_BOUNDARY,
    EARNING_GERUNDS,
    EARNING_VERBS,
    ENTERING_VERBS,
    FLOW_VERBS,
    FLOW_WORDS,
    GOODS_NOUNS,
    LETTER,
    SOURCE_AFTER,
    in_compared_aside,
    lower_same_length,
)

_PREPOSITION_ROLES: Final = {
    "to": "to", "into": "to", "towards": "to", "toward": "to", "from": "from", "with": "with",
    "between": "between", "of": "of", "among": "between", "and": "and", "by": "by",
}  # fmt: skip
#: The verbs of goods entering a country ("coming into", "entering"), spaces as any whitespace.
_ENTERING_VERB_ALTERNATION: Final = literal_alternation(ENTERING_VERBS)
#: The verbs of what sales earned, finite and -ing ("fetched", "bringing in"), as one group.
_EARNING_VERB_ALTERNATION: Final = literal_alternation((*EARNING_VERBS, *EARNING_GERUNDS))
#: Verb phrases that say where goods go or come from, before a country.
_DIRECTION_PHRASE: Final = re.compile(
    r"(?i)\b(?:(?:destined|bound|headed|heading|shipped|sent)\s+(?:for|to)|"
    # the market goods are sold in is their buyer: "Vietnamese goods sold in Chile were worth"
    r"sold\s+in|"
    # what sales earned in the buyer's country: "steel exports earned about $2.3 billion in Iraq"
    + _EARNING_VERB_ALTERNATION
    + r"\s+[^,;]{1,40}?\d[^,;]{0,20}?\s+in|"
    + _ENTERING_VERB_ALTERNATION
    + "|"
    + r"(?P<origin>originating\s+(?:in|from)|sourced\s+(?:in|from)|made\s+in|produced\s+in))\s+(?:the\s+)?$"
)
#: `_DIRECTION_PHRASE` by its twin on the words before a country lowered by `lowered_for_hints`.
_DIRECTION_PHRASE_SEARCH: Final = CaseBlindSearch(_DIRECTION_PHRASE)
_BOUND_AFTER: Final = re.compile(r"-bound\b")
#: "UK-based Johnson Matthey", "a US-headquartered supplier": where a company is based, no side
#: of the figure of the sentence it is named in.
_BASED_AFTER: Final = re.compile(r"-(?:based|headquartered)\b")
#: Adjectives of a country's place or lot that stand between a preposition and the country's
#: name and leave the preposition's role to it: "exports to neighbouring Iraq", "from
#: landlocked Malawi", "with oil-rich Kuwait", "to war-torn Sudan". A closed class, so that a
#: gerund ("in addition to supplying Iraq") or a relative ("to which Kenya sold") keeps Iraq
#: or Kenya out of the preposition's role.
_PLACE_ADJECTIVE: Final = (
    r"(?:neighbou?ring|nearby|adjacent|fellow|landlocked|(?:north|south)?(?:eastern|western)|"
    r"northern|southern|central|[a-z]+-(?:rich|torn|hit|stricken|ravaged|locked))"
)
#: A bloc's member or ally named before the country it describes: "exports to EU member Ireland",
#: "from fellow Caricom member Jamaica", "with NATO ally Türkiye", "to ASEAN member state Vietnam"
#: (one to three capitalised words: the bloc's name).
_MEMBER_OF_A_BLOC: Final = (
    r"(?:fellow\s+)?(?:[A-Z][\w&-]*\s+){1,3}(?:member(?:\s+(?:state|country|nation))?|ally)"
)
#: (A match opens where a word does: any match from inside a word is matched from its start too,
#: further left. The look-behind turns every other letter away at once, where the pattern read
#: the rest of the word from each of them before failing short of the text's end.)
_WORD_BEFORE: Final = re.compile(
    rf"(?<!{LETTER})(?P<word>{LETTER}+)\s+(?:[Tt]he\s+)?(?:{_PLACE_ADJECTIVE}\s+|{_MEMBER_OF_A_BLOC}\s+)?$"
)  # "to The Gambia", "to neighbouring Iraq", "to EU member Ireland"
#: An amount and "in" right before a demonym: "bought $3.2 billion in Canadian goods", "$20bn in
#: Brazilian soybeans" say whose goods the amount bought, as "of" does.
_AMOUNT_IN_BEFORE: Final = re.compile(rf"(?:\d|(?<![A-Za-z]){SCALE_PATTERN})\s+in\s+$")
#: Verbs of a ranking before "by": "followed by Indonesia", "trailed by Japan".
_RANKED_BY: Final = re.compile(
    r"(?i)\b(?:followed|trailed|overtaken|surpassed|outpaced)\s+(?:closely\s+)?by\s+(?:the\s+)?$"
)
_ORG_OF_BEFORE: Final = re.compile(rf"(?P<head>[A-Z]{LETTER}*)\s+of\s+(?:the\s+)?$")
_POSSESSIVE: Final = re.compile(r"^(?:'s|’s|'|’)(?![A-Za-z])")
_NAME_AFTER: Final = re.compile(rf"^\s(?P<word>[A-Z]{LETTER}+)")
#: A region of the country named, after its possessive: "Russia's Leningrad Oblast", "China's
#: Zhejiang province", "Japan's Aichi Prefecture" (the region's trade is no country's).
_OWN_REGION_AFTER: Final = re.compile(
    rf"^(?:'s|’s|'|’)\s+(?:[A-Z]{LETTER}+[\s-]+){{1,3}}(?:[Oo]blast|[Kk]rai|[Rr]egion|[Pp]rovince|[Pp]refecture"
    r"|[Gg]overnorate|[Oo]krug|[Cc]ounty|[Oo]kr[ue]g|[Vv]oivodeship|[Cc]anton|[Rr]aion)\b"
)
_PAIR_JOIN: Final = re.compile(r"^\s?[-–—/]\s?$")
#: A currency sign or the amount right after letters, past an abbreviation's dot: "US$", "A$",
#: "RM229.1", "Tk 2,04,500", "Rs. 11.8", "Kshs. 4.1" ("Singapore RM229.1 billion", "Russia Rs.
#: 11.8 billion").
_SIGN_AFTER_CODE: Final = re.compile(r"\.?\s?[$€£¥₹\d]")
#: A relative clause opened by a preposition right after a country: "..., from which X imported".
_RELATIVE_AFTER: Final = re.compile(r"\s*,?\s*(?P<prep>from|to|with|From|To|With)\s+(?:which|whom)\b")
#: Between two members of a list of countries ("Malaysia, Myanmar and Laos"): the later
#: members take the role of the first.
_LIST_JOIN: Final = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)(?:[Tt]he\s+)?")
_LIST_ROLES: Final = frozenset(["to", "from", "with", "between", "of", "by"])
_LOCATION_BEFORE: Final = re.compile(r"(?i)\b(?:in|at|near|outside|via|through|across|around)\s+$")
#: A country the goods pass on their way ("via", "through", "transiting", "by way of"): the
#: transit country is neither the seller nor the buyer.
_TRANSIT_BEFORE: Final = re.compile(
    r"(?i)\b(?:via|through|transiting|transited|by\s+way\s+of)\s+(?:the\s+)?$"
)
#: Substrings one of which a sentence naming a transit country holds, in lower case
#: (`_TRANSIT_BEFORE` ignores case: "Through Uganda, ...").
_TRANSIT_GUARD: Final = ("via", "through", "transit", "way of")
_PLACE_KINDS: Final = frozenset(["capital", "city"])
_FLOW_CAPITALS: Final = frozenset(w.capitalize() for w in FLOW_WORDS)
_LOOKBACK: Final = 40
#: Flow words that are nouns: a demonym right before one says whose flow it is.
_FLOW_NOUNS: Final = frozenset(
    w for w in FLOW_WORDS if " " not in w and w not in FLOW_VERBS and not w.endswith(("ed", "ing"))
)
#: A flow noun after a demonym, past up to two lower-case goods words ("Kenyan exports",
#: "Chilean copper exports", "Thai rice export earnings" stops at "export").
_FLOW_NOUN_AFTER: Final = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+" + literal_alternation(_FLOW_NOUNS) + r"\b"
)
#: Goods said to enter a country, right after their demonym: " goods coming into", " products
#: entering" (as `trade_lexicon.flow_cues` reads them as the goods' country's exports).
_GOODS_ENTERING_AFTER: Final = re.compile(
    rf"(?i)\s+(?:{'|'.join(GOODS_NOUNS)})\s+(?:" + _ENTERING_VERB_ALTERNATION + r")\s"
)
#: Capitalised goods after a demonym ("Qatari LNG"): a product, not an institution's name.
_GOODS_ACRONYMS: Final = frozenset(["LNG", "LPG", "CNG", "EVs", "EV", "API", "IT"])
#: A currency named by its country: "In US dollar terms", "Australian-dollar values".
_CURRENCY_AFTER: Final = re.compile(r"(?i)[\s-]*dollars?\b")


@dataclass(slots=True, unsafe_hash=True)
class CountrySlot:
    """A country mention that can fill a trade slot; offsets index the sentence."""

    start: int
    end: int
    iso3: str
    role: str  # to | from | with | between | of | by | poss | attr | pair | subject | from_which | ...

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(self, start: int, end: int, iso3: str, role: str) -> None:
        self.start = start
        self.end = end
        self.iso3 = iso3
        self.role = role


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that name a source ("according to ..."): countries there are not parties."""
    low = lower_same_length(text)
    if not holds_any(low, ATTRIBUTION_GUARD):
        return []
    return [(m.start(), m.end()) for m in ATTRIBUTION.finditer(text)]


def transit_countries(text: str, mentions: list[CountryMention]) -> set[str]:
    """The countries `text` names only as a route of the goods ("shipped through Kazakhstan to
    Russia", "via the UAE"): no side of any trade figure of the sentence, even by default."""
    if not may_name_route(text):
        return set()
    on_route = [_on_route(text, m) for m in mentions]
    route = {m.iso3 for m, routed in zip(mentions, on_route, strict=True) if routed}
    return route - {m.iso3 for m, routed in zip(mentions, on_route, strict=True) if not routed}


def may_name_route(text: str) -> bool:
    """Whether `text` holds a transit preposition in any case: a quick test before
    `_on_route` is asked of every mention."""
    low = text.lower()
    return holds_any(low, _TRANSIT_GUARD)


#: A verb of moving goods in the passive, its agent untold: "were shipped", "was re-exported",
#: "have been transported".
_PASSIVE_SHIPPING: Final = re.compile(
    r"(?i)\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?"
    r"(?:shipped|sent|exported|re-exported|transported|trans-?shipped|moved|carried|routed|delivered)\b"
)


def ships_in_passive(text: str) -> bool:
    """Whether `text` tells goods moved in the passive, their sender untold ("Goods worth $1.9
    billion were shipped through Singapore to Myanmar")."""
    return _PASSIVE_SHIPPING.search(text) is not None


def _on_route(text: str, mention: CountryMention) -> bool:
    """Whether `mention` follows a transit preposition ("via", "through", "transiting")."""
    return _TRANSIT_BEFORE.search(text, max(0, mention.start - _LOOKBACK), mention.start) is not None


def country_slots(
    text: str, mentions: list[CountryMention], blocked: list[tuple[int, int]]
) -> list[CountrySlot]:
    """The mentions of `text` that can be trade partners, each with its role, in order."""
    routed = may_name_route(text)
    kept = [
        m
        for i, m in enumerate(mentions)
        # the "the two" of "the two Koreas" is a party when the name is (a name follows it)
        if _is_party(text, mentions[i + 1] if _first_of_one_name(mentions, i) else m, blocked, routed)
    ]
    slots: list[CountrySlot] = []
    for i, mention in enumerate(kept):
        role = _role(text, mention, slots[-1] if slots else None)
        if i > 0 and pair_of_one_name(kept[i - 1], mention):
            role = slots[-1].role  # "between the two Koreas" as "between North and South Korea"
        elif _first_of_one_name(kept, i):
            # "Trade between the two Koreas", "Japan's trade with both Koreas" (two partners, as
            # "with North and South Korea" are); with no preposition ("The two Koreas' trade") a pair
            role = role if role in _LIST_ROLES else "pair"
        elif (i + 1 < len(kept) and _PAIR_JOIN.match(text[mention.end : kept[i + 1].start])) or (
            i > 0 and _PAIR_JOIN.match(text[kept[i - 1].end : mention.start])
        ):
            role = "pair"  # "Kazakh-Chinese", "US-China"
        slots.append(CountrySlot(mention.start, mention.end, mention.iso3, role))
    return slots


def _first_of_one_name(mentions: list[CountryMention], i: int) -> bool:
    """Whether mention i is the "the two" / "both" of a plural name the next mention ends."""
    return i + 1 < len(mentions) and pair_of_one_name(mentions[i], mentions[i + 1])


#: A verb of taking another's rank right before a country: "overtook (the) China", "replacing
#: Japan", "edged out Germany"; with a rank in the sentence ("as the top U.S. trading partner"),
#: the country overtaken is no side of the figure.
_OVERTAKEN_BEFORE: Final = re.compile(
    r"(?i)\b(?:overt(?:ook|aken|akes|aking|ake)|surpass(?:ed|es|ing)?|replac(?:ed|es|ing|e)|displac(?:ed|es|ing|e)"
    r"|outpac(?:ed|es|ing|e)|overhaul(?:ed|s|ing)?|dethron(?:ed|es|ing|e)|ousted|edged\s+out|pushed\s+out)"
    r"\s+(?:the\s+)?$"
)
_RANK_WORD: Final = re.compile(
    r"(?i)\b(?:top|largest|biggest|main|leading|chief|principal|no\.\s?1|number[-\s]one|first|second|third"
    r"|(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:-largest)?)\b"
)


def _is_party(text: str, mention: CountryMention, blocked: list[tuple[int, int]], routed: bool) -> bool:
    """False for mentions inside a money or source span, in an institution's name, naming a
    currency, or naming a place where something happened (or, where `routed` says the text
    may name one, a route)."""
    if any(start < mention.end and mention.start < end for start, end in blocked):
        return False
    after = text[mention.end : mention.end + 40]
    if _BASED_AFTER.match(after):
        return False  # "catalysts produced by UK-based Johnson Matthey": the firm's base
    if _OWN_REGION_AFTER.match(after):
        return False  # "trade between Belarus and Russia's Leningrad Oblast": the region trades
    if _CURRENCY_AFTER.match(after):
        return False  # "In US dollar terms, China's customs data showed imports from ...": a currency
    if SOURCE_AFTER.match(after) and _SIDE_TRADING.match(after) is None:
        return False  # "Kazakh statistics show", "Chinese customs data", "the Chinese side said"
    if not _POSSESSIVE.match(after):
        name = _NAME_AFTER.match(after)
        word = name.group("word") if name else ""
        if (
            name
            and word not in _FLOW_CAPITALS
            and word not in _GOODS_ACRONYMS
            and word not in ISO_CODES
            and not _SIGN_AFTER_CODE.match(after, name.end())
        ):
            # "Korea Zinc", "Turkish Statistical Institute", "Russian President" (but "from the
            # Republic of Korea USD 241.0 million": the amount's currency)
            return False
    before = text[max(0, mention.start - _LOOKBACK) : mention.start]
    if _OVERTAKEN_BEFORE.search(before) and _RANK_WORD.search(text):
        return False  # "Mexico overtook China as the top U.S. trading partner": the rank's loser
    if "," in before and _COMPARED_ASIDE_BEFORE.search(before) and in_compared_aside(text, mention.start):
        return False  # "Kenya's exports to Rwanda, unlike those to Burundi, rose to ...": set beside
    org = _ORG_OF_BEFORE.search(before)
    if org and org.group("head") not in _FLOW_CAPITALS:
        return False  # "State Bank of Pakistan", "General Administration of Customs of China"
    if routed and _on_route(text, mention):
        return False  # "shipped through Kazakhstan from China to Russia": a route, no side of the trade
    return not (mention.kind in _PLACE_KINDS and _LOCATION_BEFORE.search(before))


#: A partner in an aside that sets its flow beside the figure's ("exports to Rwanda, unlike those to
#: Burundi, rose ...", ", as with imports from Peru,"): no side of the figure.
_COMPARED_ASIDE_BEFORE: Final = re.compile(
    r"(?i)\b(?:those|that|exports|imports|shipments|sales|trade|purchases)\s+(?:to|from|with)\s+(?:the\s+)?\Z"
)


#: "side" after a country whose own flow it names: "The Chinese side's exports accounted for ...",
#: "the Lao side imported goods worth ...": the side trades (it is no source of the figures).
_SIDE_TRADING: Final = re.compile(
    r"\s+side(?:['’]s\s+(?:[a-z-]+\s+){0,2}?(?:exports?|imports?|shipments|sales|purchases|supplies)\b"
    r"|\s+(?:exported|imported|shipped|sold|bought|purchased|supplied)\b)"
)


#: A rank right before a country that owns it ("the top U.S. trading partner"), and the kind of
#: partner right after the country.
_RANK_BEFORE_OWNER: Final = re.compile(
    r"(?i)\b(?:top|largest|biggest|main|leading|chief|principal|no\.\s?1|number[-\s]one"
    r"|(?:second|third|fourth|fifth)(?:[-\s](?:largest|biggest))?)\s+$"
)
_RANKED_NOUN_AFTER: Final = re.compile(
    r"(?i)\s+(?:trading\s+partner|trade\s+partner|export\s+(?:market|destination)|import\s+source"
    r"|source\s+of\s+imports|supplier|customer|buyer|market)s?\b"
)


def _role(text: str, mention: CountryMention, previous: CountrySlot | None) -> str:
    if _POSSESSIVE.match(text[mention.end : mention.end + 3]):
        return "local" if mention.kind == "city" else "poss"  # "Dubai's own trade": a city's, not a country's
    relative = _RELATIVE_AFTER.match(text, mention.end)
    if relative is not None:  # "the UAE, from which Kenya imported goods worth ..."
        return relative.group("prep").lower() + "_which"
    if _BOUND_AFTER.match(text, mention.end):
        return "bound"  # "US-bound exports", "China-bound shipments": the destination
    ranked = _RANK_BEFORE_OWNER.search(text, max(0, mention.start - 30), mention.start)
    if ranked is not None and _RANKED_NOUN_AFTER.match(text, mention.end):
        return "poss"  # "the top U.S. trading partner", "the largest Korean export market": whose rank
    if (
        previous is not None
        and previous.role in _LIST_ROLES
        and _LIST_JOIN.fullmatch(text, previous.end, mention.start)
    ):
        return previous.role  # "with Malaysia, Myanmar, Laos and Cambodia": one role for the list
    before = text[max(0, mention.start - _LOOKBACK) : mention.start]
    phrase = _DIRECTION_PHRASE_SEARCH(before, lowered_for_hints(before))
    if phrase is not None:  # "destined for India", "originating in Türkiye"
        return "from" if phrase.group("origin") else "to"
    word = _WORD_BEFORE.search(before)
    role = _PREPOSITION_ROLES.get(word.group("word").lower()) if word else None
    if role is None and mention.kind == "demonym" and _AMOUNT_IN_BEFORE.search(before):
        role = "of"
    if role == "and":
        gap_ok = previous is not None and previous.role in ("between", "with", "pair", "to", "from", "of")
        if gap_ok and previous is not None and not _opens_own_clause(text, previous.end, mention):
            return previous.role
        return "attr" if gap_ok and mention.kind == "demonym" else "subject"
    if (
        role in ("of", "with")
        and mention.kind == "demonym"
        and (
            _flow_noun_after(text, mention.end) or _GOODS_ENTERING_AFTER.match(text, mention.end) is not None
        )
    ):
        # "the value of Philippine exports", "the value of Tanzanian goods coming into Kenya":
        # whose exports or goods, the seller, not where the goods of the flow come from; "...,
        # with Kenyan exports to Rwanda reaching ...": the exports' owner, not a "with" partner
        return "attr"
    if role == "of" and _SHARE_OF_BEFORE.search(before) and _IN_OWNERS_AFTER.match(text, mention.end):
        # "The share of China in Kyrgyzstan's foreign trade": the partner whose share it is of
        # the owner's trade, as "Kyrgyzstan's trade with China" names it
        return "with"
    if role == "by" and _RANKED_BY.search(before):
        return "ranked"  # "followed by Indonesia at $11.2 billion": next in a ranking, not the importer
    if role is not None:
        return role
    return "attr" if mention.kind == "demonym" else "subject"


#: "share of" right before a country, and "in" and an owner right after it: "The share of China
#: in Kyrgyzstan's foreign trade", "the share of Russia in the country's exports".
_SHARE_OF_BEFORE: Final = re.compile(r"(?i)\bshare\s+of\s+(?:the\s+)?$")
_IN_OWNERS_AFTER: Final = re.compile(
    r"\s+in\s+(?:the\s+country['’]s|its|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s?)\s"
)


#: A figure right after a country: "..., and Slovakia €2 billion" -- an item of the clause before
#: with its verb left out, where the country keeps that clause's role.
_FIGURE_AFTER: Final = re.compile(r"\s*(?:[$€£¥₹]|[A-Z]{2}\$|[A-Z]{3}\s?\d|\d)")


def _opens_own_clause(text: str, previous_end: int, mention: CountryMention) -> bool:
    """Whether the "and" before a country opens a statement of its own rather than adding to
    the list of the country before: a clause boundary (", and") stands between them and no
    figure follows the country ("Czech exports to Poland climbed to €3.2 billion, and Slovak
    exports to Hungary ...", "..., and Slovakia exported ..."): its country is the new
    clause's subject or owner, not a second destination."""
    return (
        CLAUSE_BOUNDARY.search(text, previous_end, mention.start) is not None
        and _FIGURE_AFTER.match(text, mention.end) is None
    )


def _flow_noun_after(text: str, end: int) -> bool:
    """Whether a flow noun follows a demonym, past its goods: the demonym then says whose flow."""
    return _FLOW_NOUN_AFTER.match(text, end) is not None
