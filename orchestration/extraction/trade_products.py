"""The goods a trade figure is restricted to, when the text names them.

"Kazakhstan's agricultural exports", "Non-oil trade", "imports of natural gas from",
"exported fruits and vegetables worth": a product is a short phrase of modifiers before the
flow noun, the object after "of"/"in", or the object of a flow verb. Words that only say
"all goods" ("total", "bilateral", "goods", "merchandise") and country names give no product,
so the phrase is None exactly when the figure is for all goods.
"""

from __future__ import annotations

import re
from typing import Final

from orchestration.extraction.countries import (
    COUNTRY_INITIALS,
    find_countries,
    iso3_for,
    opens_non_country_phrase,
)
from orchestration.extraction.dates import FULL_MONTHS
from orchestration.extraction.money import Money, find_money
from orchestration.extraction.numbers import SCALE_PATTERN
from orchestration.extraction.text import has_digit
from orchestration.extraction.trade_lexicon import (
    CONTINUATION_WORDS,
    EARNING_NOUNS,
    FLOW_VERBS,
    GENERIC_GOODS,
    GENERIC_MODIFIERS,
    LETTER,
    QUANTITY_UNITS,
    SENTENCE_ADVERBS,
    SOURCE_OPENERS,
    TARGET_GERUNDS,
    TARGET_WORDS,
    TOKEN,
    opens_statement,
)

#: Goods named after a flow noun, up to the word that ends them, also when examples follow
#: them ("cut flowers, including roses, ...").
_GOODS: Final = (
    rf"(?P<p>{LETTER}(?:{LETTER}|[ ,-]){{1,60}}?)(?:\s+(?:to|from|into|with|worth|totall?ing|amounted|"
    r"alone|reached|stood|rose|grew|fell|was|were|is|are|in|during|over|at|hit|came|[a-z]+ed|"
    r"through|via|transiting|"  # a route: "coffee through Djibouti"
    r"(?:made|makes?|making)\s+up|accounts?\s+for|represents?|constitutes?)\b"  # a share's verb: "made up $X"
    r"|\s*(?:\(|,\s*(?:including|such\s+as|mainly|mostly|notably|chiefly|primarily|especially|led\s+by)\b)"
    r"|\s*,\s*(?:while|whereas|but|which|compared)\b"  # "exports of jewellery, while imports ..."
    # the next amount of a pair: "$900 million worth of copper and $300 million of zinc"
    r"|,?\s+and\s+(?=\S{0,4}\d)"
    # a source ends them: "traded $1.9 billion worth of goods, according to the trade association"
    # (or its data told without the source: "imports of cocoa data show", no opener of ATTRIBUTION)
    rf"|,?\s+(?:{SOURCE_OPENERS}|(?:data|figures|statistics)\s+(?:of|show))\b"
    r"|\s*,\s*(?:meanwhile|however|though|too|also|in\s+turn|for\s+(?:its|their)\s+part)\s*,)"  # an aside
)
#: A count of goods before their name ("exports of 20,000 head of cattle", "3 million tonnes of"),
#: or a country's dotted initials as their origin ("imports of U.S. soybeans", "of U.K. whisky"):
#: no letter of the goods, whose dots had kept the goods after them from being read at all.
_COUNTED: Final = (
    rf"(?:\d[\d.,]*\s+(?:million\s+|thousand\s+)?{QUANTITY_UNITS}\s+of\s+|(?:[A-Z]\.){{2,3}}\s+(?=[a-zA-Z]))?"
)
#: How far after a flow noun its goods may end.
_GOODS_REACH: Final = 80
#: "exports of natural gas to", "imports of Chinese goods from": the goods after the flow noun.
_GOODS_AFTER_FLOW: Final = re.compile(r"\s+(?:of|in)\s+" + _COUNTED + _GOODS)
#: "exports to Japan of rice and rubber": the goods after the partner the flow noun names
#: first ("in" there starts a period or a place: "exports to Japan in January-July").
_GOODS_AFTER_PARTNER: Final = re.compile(
    r"\s+(?:to|from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+of\s+" + _GOODS
)

#: "from" and the goods after a noun of what a flow earned (EARNING_NOUNS): "export earnings
#: from cocoa to Türkiye" (after a plain flow
#: noun "from" names the origin, and a country is no goods after either; a determiner opens a
#: market or a partner, "export revenue from the Asian giant", no goods).
_GOODS_EARNED_FROM: Final = re.compile(
    r"\s+from\s+(?:(?:the\s+)?sales?\s+of\s+)?(?!(?:the|its|their|his|her|this|that|these|those|an?)\s)"
    + _COUNTED
    + _GOODS
)

#: "bought $12.4 billion worth of Peruvian copper ore": the goods after the amount.
_WORTH_OF: Final = re.compile(r"(?:'|’)?\s+worth\s+of\s+" + _GOODS)

#: "trade in agricultural goods between": the goods after "trade in".
_GOODS_AFTER_TRADE: Final = re.compile(
    r"\s+in\s+(?P<p>[a-z][a-z ,-]{1,90}?)\s+(?:between|with|reached|amounted|stood|totall?ed|was|were|is|are|"
    r"has|had|came|rose|fell|grew|hit|climbed|jumped|dropped|declined|increased|decreased|surged|exceeded|"
    r"topped|doubled)\b"
)
#: How far after "trade" its goods may end: a list of three ("trade in crude oil, liquefied
#: petroleum gas and refined petroleum products reached").
_TRADE_GOODS_REACH: Final = 110

#: Value words after the goods of a flow verb ("fruits worth ..."), and quantities before them.
_VALUE_WORDS_ON: Final = re.compile(
    r"(?i)\b(?:worth|valued\s+at|totall?ing|amounting\s+to|of\s+about|about|some|nearly)\b.*$"
)

_QUANTITY_OF: Final = re.compile(rf"(?i)^.*\b{QUANTITY_UNITS}\s+of\s+")
#: A pronoun as the first object of a giving verb is the buyer, not goods: "sold us goods worth".
_BUYER_PRONOUN: Final = re.compile(r"(?i)^\s*(?:us|them|you|me|him|her)\b")
#: A buyer named by its capitalized name and "with" before the goods: "supplied Chile with
#: copper worth", "provided the Netherlands with flowers worth" (the goods follow "with").
_SUPPLIED_WITH: Final = re.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}with\s+")

#: Words of time used as modifiers ("full-year", "nine-month", "half-yearly"): periods, not goods.
_PERIODIC: Final = re.compile(r"(?i)year|month|quarter|half|week")
#: A run of abbreviated months or a year-to-date, a period and no goods: "Jan-Oct", "jan-sep",
#: "YTD" (whole month names are capitalised, and kept out of goods before).
_MONTH_RUN: Final = re.compile(
    r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"(?:-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec))+|ytd"
)
#: How far before a flow noun its modifiers are looked for, and the words that end them.
_MODIFIER_REACH: Final = 60
#: (Gerunds of change say what the flow was brought to: "taking bilateral trade to $7 billion".)
_STOP_MODIFIERS: Final = frozenset(CONTINUATION_WORDS) | TARGET_GERUNDS | frozenset(
    ["in", "terms", "addition", "notably", "meanwhile", "however", "overall", "with", "without", "including",
     "mainly", "mostly", "largely", "chiefly", "primarily", "especially", "particularly", "as", "well", "not",
     "against", "versus", "vs", "amid", "despite", "after", "before", "while", "whereas", "data", "figures",
     "statistics", "put", "show", "shows", "showed", "said", "says", "estimated", "puts", "when", "where",
     "told", "tells", "tell", "reporters", "journalists", "noted", "notes", "added", "adds", "stated",
     "because", "since", "if", "once", "until", "although", "though", "whereas", "unless",
     # prepositions of comparison: "..., well above imports ($94 million)", "behind imports"
     "above", "below", "beyond", "behind", "ahead", "besides", "unlike", "toward", "towards",
     # participles that open the parts of a whole: "..., comprising exports worth ..."
     "comprising", "consisting", "covering", "containing", "encompassing", "spanning", "involving",
     # who exports, not what: "Enterprise Ireland client companies' exports", "member firms' sales"
     "companies", "companies'", "firms", "firms'", "client", "clients", "exporters", "exporters'",
     "members", "members'", "businesses", "businesses'",
     # nouns of time a relative or demonstrative determiner takes: "during which time imports", "at that
     # time exports", not goods ("period" is a continuation word already)
     "time", "moment",
     # relative pronouns open a clause about the country before, no goods: "China, with whom bilateral
     # trade reached ...", "Japan, whose exports to ..."
     "who", "whom", "whose",
     # possessive and demonstrative determiners open the noun phrase of the flow: a word before one is
     # none of its goods ("Altogether our exports", "Yet their exports", "Today those sales"); "its",
     # "the", "this", "these", "a" and "an" are continuation words already
     "our", "their", "his", "her", "my", "your", "those",
     # a question's auxiliary and question word open it before the flow: "Did trade fall ...?",
     # "Why did exports reach ...?", "How have sales grown?"
     "did", "does", "do", "why", "how", "what", "is", "are", "was", "were", "has", "have", "had",
     "will", "would", "can", "could", "should",
     # verbs of a cause whose object is the flow: "demand for copper pushed two-way trade to ...",
     # "China's purchases of fruit lifted bilateral trade": the goods are the cause's, no modifier
     "push", "pushes", "pushed", "lift", "lifts", "lifted", "boost", "boosts", "boosted", "drive", "drives",
     "drove", "driven", "propel", "propels", "propelled", "fuelled", "fueled", "spur",
     "spurs", "spurred", "help", "helps", "helped", "buoy", "buoys", "buoyed", "sent", "sends", "took",
     "takes", "brought", "brings", "dragged", "drags", "pulled", "pulls", "kept", "keeps", "underpinned",
     "underpin", "underpins", "supported", "supports", "hurt", "hurts", "weighed", "dented", "dents",
     # verbs of a source's estimate whose object is the flow: "with the central bank putting gold exports
     # at $204.8 million", "pegging", "placing", "valuing" (the goods follow the verb, the source precedes it)
     "putting", "pegging", "pegged", "pegs", "placing", "placed", "places", "valuing", "estimating",
     "showing", "citing", "cited", "cites", "reporting", "tallying", "tallied", "recording",
     # verbs whose subject is a time and whose object is the flow: "the January-May period saw trade rise
     # 6.2 per cent", "2024 witnessed exports climb" (the time, not the goods)
     "saw", "sees", "see", "seen", "witnessed", "witnesses", "witness", "marked", "recorded", "registered",
     "posted", "logged", "experienced"]
)  # fmt: skip


#: An amount with its scale word or currency code, maybe closed by a parenthesis or a comma,
#: right before the words read as modifiers: "Exports to X (US$286 million) outpaced imports",
#: "exports of $286 million dwarfed imports". The amount ended the clause's subject, so the
#: words after it are its predicate, not goods.
_AMOUNT_BEFORE: Final = re.compile(
    rf"\d\s?(?:{SCALE_PATTERN}|[A-Z]{{3}}\b)(?:\s+[A-Z]{{3}}\b)?\s*\)?\s*,?\s*$"
)
#: How far back an amount ending a subject is looked for.
_AMOUNT_REACH: Final = 30


#: Flow words that are acronyms of a restricted flow, and the goods they restrict it to (the
#: product the spelled-out form gives: "non-oil domestic exports" -> "non-oil domestic").
_ACRONYM_GOODS: Final = {"nodx": "non-oil domestic"}


def flow_product(
    text: str, flow: str, start: int, end: int, word: str, clause_start: int, money: Money
) -> str | None:
    """The goods a flow is restricted to: modifiers right before the flow noun ("agricultural
    exports", "Non-oil trade"), "exports/imports of P" after it, also after its partner
    ("exports to Japan of rice"), or the object of a flow verb ("exported fruits and
    vegetables worth ...")."""
    if word in _ACRONYM_GOODS:  # "NODX to Indonesia": the acronym names its goods
        return _ACRONYM_GOODS[word]
    if word in FLOW_VERBS:
        before = object_product(text[end : money.start] if money.start > end else "")
        worth_of = _WORTH_OF.match(text, money.end)
        return (
            before
            or (_object_after_verb(text, end) if start >= money.end and word.endswith("ing") else None)
            or (clean_product(worth_of.group("p")) if worth_of else None)
            or _participle_subject(text, start, end, clause_start, money)
        )
    product = _modifiers_product(text, start, clause_start, money)
    if product is None and money.start > end and (included := _GOODS_INCLUDED.search(text, end, money.start)):
        return clean_product(included.group("p"))  # "exports to Uzbekistan included steel worth $220 million"
    if product is None and (left_out := _GOODS_LEFT_OUT_AFTER.match(text, end)) is not None:
        excluded = clean_product(left_out.group("p"))
        if excluded is not None:
            return f"non-{excluded}"  # "exports outside hydrocarbons": non-hydrocarbon goods
    if product is None:
        # (room for a long list of goods: "Sales of Brazilian passenger cars and light commercial
        # vehicles to Argentina")
        if flow == "turnover":
            goods = _GOODS_AFTER_TRADE.match(text, end, end + _TRADE_GOODS_REACH)
        else:
            goods = _GOODS_AFTER_FLOW.match(text, end, end + _GOODS_REACH)
        if goods is None and flow != "turnover":
            goods = _GOODS_AFTER_PARTNER.match(text, end, end + 90)
        if goods is None and word.endswith(EARNING_NOUNS):
            goods = _GOODS_EARNED_FROM.match(text, end, end + _GOODS_REACH)
        if goods is not None:
            product = clean_product(goods.group("p"))
        elif word in _COST_OF_IMPORTS and (paid_for := _PAID_FOR.match(text, end)) is not None:
            product = goods_from(text, paid_for.end())  # "import payments for fuel"
    return product


#: Goods a flow "included", valued right before its amount: "exports to Uzbekistan in 2024 included
#: steel worth $220 million" (the amount is those goods', a part of the flow named).
_GOODS_INCLUDED: Final = re.compile(
    r"\b(?:included|includes|comprised)\s+(?P<p>[a-z][a-z -]{1,40}?)\s+(?:worth|valued\s+at)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$"
)


#: Goods left out of a flow right after its noun ("exports outside hydrocarbons", the French
#: "hors hydrocarbures"; "imports excluding oil"): the flow of all other goods, "non-" those.
_GOODS_LEFT_OUT_AFTER: Final = re.compile(
    r"\s+(?:outside|excluding|except|other\s+than)\s+(?!(?:the|its|their|this|that)\b)"
    r"(?P<p>[a-z][a-z-]*)\b"
)
#: Flow nouns of what imports cost, and the "for" before the goods they were paid for ("import
#: payments for fuel"; "for Thai goods": a country's goods are all goods).
_COST_OF_IMPORTS: Final = frozenset(["import payments"])
_PAID_FOR: Final = re.compile(r"\s+for\s+")


#: Goods told from where they start ("processed cocoa in 2025", "cut flowers were").
_GOODS_FROM: Final = re.compile(r"\s*" + _COUNTED + _GOODS)


def goods_from(text: str, start: int) -> str | None:
    """The goods phrase starting at `start` ("buyers of | processed cocoa in 2025", "importers
    of | cut flowers were"): the whole phrase up to the word that ends them (`_GOODS`), as after
    "exports of", cleaned as every flow's goods are (`clean_product`)."""
    goods = _GOODS_FROM.match(text, start, start + _GOODS_REACH)
    return clean_product(goods.group("p")) if goods is not None else None


#: After a flow verb's participle, its partner and the verb of the clause it is the subject
#: of, before the amount: "Oranges shipped to Russia were worth", "wine sold to China reached",
#: "flowers sold in Japan were worth" (the market sold in is the buyer), also with the trader as
#: its agent: "Coffee exported by Ethiopia to Saudi Arabia earned", "cotton imported by
#: Bangladesh from India cost".
_REDUCED_RELATIVE: Final = re.compile(
    r"(?i)\s+(?:to|from|into|in|by|abroad|overseas|through|via)\b[^,;()]{0,50}?\s(?:were|was|are|is|reached|rose|"
    r"fell|grew|totall?ed|amounted|stood|hit|climbed|jumped|dropped|declined|increased|decreased|surged|came|"
    r"earned|fetched|brought|cost)\b"
)
#: An auxiliary right before a participle makes it a verb of its own ("were shipped to"); a
#: flow noun there is the goods' flow, not goods ("exports shipped to Russia").
_AUXILIARY_LAST: Final = re.compile(
    r"(?i)\b(?:was|were|been|be|is|are|has|have|had|exports|imports|shipments|sales|deliveries|supplies)\s+$"
)


def _participle_subject(text: str, start: int, end: int, clause_start: int, money: Money) -> str | None:
    """The goods a flow verb's participle describes, before it ("Oranges shipped to Russia
    were worth $45 million", "Australian wine sold to China reached A$1.1 billion"): a reduced
    relative, whose goods come before the verb rather than as its object."""
    if money.start <= end or _REDUCED_RELATIVE.match(text, end, money.start) is None:
        return None
    if _AUXILIARY_LAST.search(text, max(clause_start, start - 8), start) is not None:
        return None
    return _modifiers_product(text, start, clause_start, money)


def _modifiers_product(text: str, start: int, clause_start: int, money: Money) -> str | None:
    """The goods named by the words right before a flow word ("agricultural exports", "tea
    and coffee exports"), up to a stop word, a country or a name."""
    modifiers: list[str] = []
    limit = start
    joined = False  # "and" read between two modifiers: "tea and coffee exports", "oil and gas exports"
    # (the figure's own amount written right before its flow word is no goods: the "bn" of "Kenya's
    # Sh12bn exports", the "bln" of "KZT 90 bln trade")
    first = max(clause_start, start - _MODIFIER_REACH, money.end if money.end <= start else 0)
    for token in reversed(list(TOKEN.finditer(text, first, start))):
        if text[token.end() : limit].strip():
            break
        if _after_another_amount(text, token.end(), money):
            modifiers = []  # "exports of $286 million outpaced imports": a predicate
            break
        low = token.group().lower().rstrip("-")  # (the prefix of "agro-exports", cut before its cue)
        if low == "and" and modifiers and not joined:
            joined, limit = True, token.start()
            continue
        # (a possessive, singular or plural, owns the flow: "the two countries' trade", "Peru's exports")
        if (
            low in _STOP_MODIFIERS
            or low.endswith(("ly", "'s", "’s", "s'", "s’"))
            or _country_modifier(text, token)
            or _ends_country_name(text, token)
        ):
            break
        if low in FULL_MONTHS:
            break  # "June imports from Colombia were valued at ...": the month is the period
        if low in TARGET_WORDS:
            break  # "Vietnam and Japan target bilateral trade of ...": a verb of intent, no goods
        if low.endswith("ing") and _AUXILIARY_BEFORE.search(text, max(0, token.start() - 12), token.start()):
            break  # "barriers that have been affecting trade": a verb, no goods
        if joined and not _conjunct(low):
            break  # "Imports rose and exports to X ...": a verb, no goods
        acronym = token.group().isupper() and len(token.group()) > 1  # "LNG exports"
        if token.group()[0].isupper() and not acronym and not _initial(text, token.start(), clause_start):
            break
        if joined:
            modifiers.insert(0, "and")
            joined = False
        modifiers.insert(0, low)
        limit = token.start()
    if modifiers and _after_another_amount(text, limit, money):
        modifiers = []
    product = clean_product(" ".join(modifiers))
    return f"{product} products" if product in _SECTOR_ADJECTIVES else product


#: Adjectives of a sector that name no goods by themselves ("Total farm trade", "agri-food
#: exports"): the goods are the sector's products, as the labels write them ("agri-food products").
_SECTOR_ADJECTIVES: Final = frozenset(
    ["farm", "agricultural", "agri-food", "agrifood", "agri", "agro", "agro-food", "agro-industrial"]
)


def _after_another_amount(text: str, position: int, money: Money) -> bool:
    """Whether an amount other than the figure's own ends right before `position`: the words
    from there to the flow noun are the verb of the clause that amount closed the subject of
    ("Exports (US$286 million) outpaced imports ($94 million)"), where the figure's own amount
    is an adjective of the flow ("Kenya's $600 million tea exports")."""
    before = _AMOUNT_BEFORE.search(text, max(0, position - _AMOUNT_REACH), position)
    return before is not None and not (money.start <= before.start() < money.end)


#: Words that end a first conjunct before "and" as no goods: verbs of the figure's clause and
#: flow nouns ("Imports rose and exports ...", "imports and exports").
_NOT_CONJUNCTS: Final = frozenset(
    ["rose", "fell", "grew", "hit", "stood", "was", "were", "is", "are", "has", "have", "had", "remained",
     "came", "went", "saw", "exports", "imports", "trade", "turnover", "shipments", "sales", "export",
     "import", "percent", "cent", "year", "month"]
)  # fmt: skip


#: An auxiliary right before an "-ing" word makes it a verb ("have been affecting trade").
_AUXILIARY_BEFORE: Final = re.compile(r"(?i)\b(?:been|is|are|was|were|be|that|which)\s+$")


def _conjunct(low: str) -> bool:
    """Whether a word before "and" may be goods joined to the flow's modifier ("oil" of "oil
    and gas exports"): a lower-case word, not a verb or flow noun, not a number."""
    return low.replace("-", "").isalpha() and low not in _NOT_CONJUNCTS and not low.endswith("ed")


def _names_country(word: str) -> bool:
    """ "Chinese", "Kazakh-Chinese", "Sino-Russian", "Laos'", "NZ", "cross-strait": a country
    or a pair, not goods."""
    if (
        word in COUNTRY_INITIALS or word.lower() == "cross-strait"
    ):  # Taiwan and China (`cross_strait_mentions`)
        return True
    return any(
        iso3_for(part.rstrip("'’"), pair_halves=True) for part in word.split("-") if part[:1].isupper()
    )


def _country_modifier(text: str, token: re.Match[str]) -> bool:
    """Whether a word before a flow noun names a country ("Ghana cocoa exports"), not the first
    word of a common noun named after one, which the lexicon of non-country phrases holds
    ("Guinea fowl exports from Ghana": goods, the country Ghana's)."""
    return _names_country(token.group()) and not opens_non_country_phrase(text, token.start())


#: The capitalized word right before a lower-case word: "Côte " of "Côte d'Ivoire".
_CAPITALIZED_BEFORE: Final = re.compile(rf"[A-Z]{LETTER}*[ -]$")


def _ends_country_name(text: str, token: re.Match[str]) -> bool:
    """Whether a lower-case word closes a country's name opened by the capitalized word before
    it ("France-Côte d'Ivoire trade": "d'Ivoire" is no goods, though no country by itself)."""
    if not token.group()[0].islower():
        return False
    before = _CAPITALIZED_BEFORE.search(text, max(0, token.start() - 20), token.start())
    return before is not None and iso3_for(text[before.start() : token.end()]) is not None


def _initial(text: str, position: int, clause_start: int) -> bool:
    return position == clause_start or opens_statement(text, position)


def object_product(between: str) -> str | None:
    """The goods named between a flow verb and the amount: "fruits and vegetables worth" (not
    a pronoun for the buyer first: "sold us goods worth" names only goods). The goods end
    where the partner, the period or a comma starts ("shipped 1.1 million tonnes of rice to
    Indonesia last year, worth": "rice"). A figure left in the goods, or an amount of money
    anywhere between them, is another amount's, so the words are not this one's goods
    ("imported Rs 3.4 billion worth of goods ..., against Rs 2.9 billion", "tea to Pakistan in
    2022 for $300 million and in 2023 goods worth"); a year after the cut is the period's."""
    phrase = _QUANTITY_OF.sub(
        "", _VALUE_WORDS_ON.sub("", _BUYER_PRONOUN.sub("", _SUPPLIED_WITH.sub("", between)))
    )
    end = _GOODS_END.search(phrase)
    if end is not None:
        rest = phrase[end.start() :]
        if has_digit(rest) and find_money(rest):
            return None
        phrase = phrase[: end.start()]
    return None if any(c.isdigit() for c in phrase) else clean_product(phrase)


def _object_after_verb(text: str, end: int) -> str | None:
    """The goods a gerund of a flow told after its amount takes as object, up to its partner or period:
    "earned $8.3 billion by selling garments to the US" (garments), "from exporting tea to
    Pakistan" (tea). Only words that a partner's or period's preposition closes are goods."""
    window = text[end : end + _GOODS_REACH]
    close = _GOODS_END.search(window)
    return object_product(window[: close.start()]) if close is not None and close.start() > 0 else None


#: Where the goods after "N tonnes of" end: the partner's or the period's preposition, a comma.
_GOODS_END: Final = re.compile(
    r"\s+(?:to|from|into|for|in|last|this|during|over|between|worth|through|via|transiting)\b|,"
)


#: Prepositions of a route ("shipped through Djibouti", "via the UAE"): never goods. `_GOODS` and
#: `_GOODS_END` stop at them; goods read by other patterns ("shipped $X of coffee via Kenya")
#: still end on one once the country after it is dropped.
_ROUTE_WORDS: Final = frozenset(["through", "via", "transiting"])
#: Adverbs of place that end a goods phrase as where the goods went, not what they were: "exported
#: $290 million worth of goods there", "sold brandy abroad".
_PLACE_ADVERBS: Final = frozenset(["there", "here", "abroad", "overseas", "thither"])


#: A suffix that makes a country's name the origin of the goods: "Vietnamese-made", "Thai-grown".
_ORIGIN_SUFFIX: Final = re.compile(r"-(?:made|built|grown|produced|manufactured|assembled|sourced|origin)\b")


#: The ending of a country's possessive: "'s", "’s", or the apostrophe alone ("Laos'").
_POSSESSIVE_END: Final = re.compile(r"['’]s?\b|['’]")


#: Modifiers of a trade's scope or valuation that may stand after its goods ("non-oil foreign
#: trade", "FOB exports"), and the pair's own words ("non-oil bilateral trade", "non-oil two-way
#: trade", as Gulf agencies write it): no part of the goods.
_TRADE_SCOPE_WORDS: Final = frozenset(
    ["foreign", "external", "fob", "cif", "bilateral", "two-way", "mutual", "reciprocal"]
)


def clean_product(phrase: str) -> str | None:
    """A short goods phrase, or None when it only says "goods" or names no goods at all
    (countries and periods are no goods: "Laos' imports", "full-year exports")."""
    countries = find_countries(phrase) if not phrase.islower() else []  # names are capitalised
    for country in reversed(countries):  # "South Korean goods": names of any length
        # "Vietnamese-made auto parts": the origin's suffix goes with the name
        # (and a possessive's ending: "Morocco's phosphates" are phosphates, not "s phosphates")
        origin = _ORIGIN_SUFFIX.match(phrase, country.end) or _POSSESSIVE_END.match(phrase, country.end)
        phrase = phrase[: country.start] + phrase[origin.end() if origin else country.end :]
    tokens = [
        t.lower()
        for t in TOKEN.findall(phrase)
        if not _names_country(t) and not _PERIODIC.search(t) and not _MONTH_RUN.fullmatch(t)
    ]
    tokens = [t for t in tokens if t not in SENTENCE_ADVERBS]  # "goods therefore": a link, no goods
    while tokens and (tokens[-1] in _ROUTE_WORDS or tokens[-1] in _PLACE_ADVERBS):
        tokens.pop()  # "coffee via" (Kenya), "goods there": the goods end where their route begins
    meaningful = [t for t in tokens if t not in GENERIC_MODIFIERS and t not in GENERIC_GOODS and t != "and"]
    if not meaningful or any(t in _STOP_MODIFIERS and t not in ("and",) for t in meaningful):
        return None
    while tokens and (tokens[0] in GENERIC_MODIFIERS or tokens[0] == "and"):
        tokens.pop(0)
    while tokens and tokens[-1] in _TRADE_SCOPE_WORDS:
        tokens.pop()  # "non-oil foreign (trade)": the goods, without the trade's own modifiers
    return " ".join(tokens) or None
