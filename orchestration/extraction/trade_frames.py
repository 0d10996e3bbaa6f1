"""The clause grammar: for every amount of money in a sentence, what the sentence says of it.

A trade statement is read as a frame with slots: a flow cue ("exports"), the countries in
their roles around it ("Kazakhstan's" -> exporter, "to China" -> destination), a period, a
stated change, a product, and whether the amount is the figure itself or the figure it is
compared with ("from $24.2 billion in 2022"). The sentence is cut into clauses
(`trade_clauses.py`), and each amount is read in its own clause first, then in the clauses
before it; periods, changes and comparisons are then linked to the amounts
(`trade_links.py`), products read by `trade_products.py`; what no clause says is left empty
for the document context (`doc_context.py`) to fill.

An amount is rejected -- with the reason kept for debugging -- when its clause makes it
something other than a stated bilateral figure: a target ("aim to raise trade to"), another
kind of money ("investments", "a $7.5 billion project"), a total with the world or a bloc, or
a conversion of the amount just before it ("1.9 trillion tenge ($4.1 billion)").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter, itemgetter
from typing import Final, TypeVar

from orchestration.extraction.change import Change
from orchestration.extraction.companies import company_country, opens_company_name
from orchestration.extraction.countries import BlocMention, CountryMention, find_countries
from orchestration.extraction.leaders import known_nationality
from orchestration.extraction.money import (
    APPROX_HEDGE_ALTERNATION,
    CHANGE_VERBS,
    HEDGE_ALTERNATION,
    Money,
    find_money,
)
from orchestration.extraction.numbers import FRACTIONS, literal_alternation
from orchestration.extraction.periods import SPAN_OF_AN_EVENT, Period
from orchestration.extraction.text import (
    CaseBlindSearch,
    HintedSearch,
    hint_holds,
    holds_any,
    lowered_for_hints,
)
from orchestration.extraction.titles import HEAD_WORDS, ORG_SUFFIXES, ORG_WORDS
from orchestration.extraction.trade_clauses import Clauses, Frame, Hints, evolve, hedge_start, split_clauses
from orchestration.extraction.trade_lexicon import (
    ANAPHOR,
    CONTINUATION_WORDS,
    DEFINITE_PARTNER,
    EARNING_GERUNDS,
    EARNING_NOUNS,
    EARNING_VERBS,
    ENTERING_VERBS,
    EPITHET_PREPOSITION,
    FLOW_VERBS,
    FLOW_WORDS,
    FOLLOWED_BY,
    GIVING_VERBS,
    GOODS_NOUNS,
    HOME_POSSESSIVE,
    LETTER,
    LEVEL_VERBS,
    LIST_ITEM_AFTER,
    MARKET_NOUNS,
    MARKET_RANKING,
    MONEY_MOVED_AFTER,
    MONEY_NOUNS,
    NEGATIVE_WORDS,
    NON_ANCHOR_PREPOSITIONS,
    NON_TRADE_RANKING,
    NON_TRADE_TOPIC,
    ON_COURSE,
    PAIR_WORDS,
    PROGRESSIVE_FLOW,
    RANK_BEFORE,
    RANK_FIRST,
    RANKED_ITEM_NOUNS,
    RANKED_SUBJECT,
    RANKING_CUE,
    RANKING_CUE_PLURAL,
    SOURCE_ASIDE,
    SOURCE_ASIDE_OPEN,
    TARGET_AFTER,
    TARGET_GERUNDS,
    TARGET_INFINITIVE,
    TARGET_WORDS,
    TOKEN,
    TOP_ITEM,
    TOP_ITEM_FIRST,
    WEAK_FLOW_WORDS,
    WORLD_CUE,
    flow_cues,
    heads_no_goods,
    names_a_firm,
    names_pair,
)
from orchestration.extraction.trade_links import (
    FLOW_PREPOSITIONS,
    FRONTED_FROM,
    amounts_paired,
    assign_changes,
    mark_comparisons,
    moneys_joined_by_and,
    partner_right_after,
    periods_respectively,
    quarters_run,
    respectively,
    span_ends,
    with_period,
)
from orchestration.extraction.trade_products import clean_product, flow_product, object_product
from orchestration.extraction.trade_slots import CountrySlot, blocked_spans

_CUE_AFTER: Final = re.compile(
    # the comma closing an amount in apposition before its passive verb: "a fraction of that,
    # USD 2.9 billion, was imported from ..."
    # a share restated between the amount and its whole: "$45 billion, or 13%, of Turkey's imports"
    r"(?i)^(?:,(?=\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s)"
    r"|,\s+or\s+(?:(?:about|some|nearly|almost)\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|pct),"
    # the parenthesis that restates a share in money closed before its whole: "35.1% ($4.2
    # billion) of Kyrgyzstan's trade"
    r"|\)(?=\s+of\s))?"
    r"\s*(?:(?:(?:accounted|accounting)\s+for|for)\s+(?P<part>exports|imports)\b"
    # the amount as the modifier of its flow noun, the partner after: "Kenya's Sh12 billion exports
    # to Rwanda", "Germany's €180bn trade with France", also with its goods: "Sh12 billion tea exports"
    r"|(?:(?:two-way|bilateral)\s+|(?:[a-z][a-z-]+\s+){1,3}?)?"
    r"(?P<prenominal>trade|turnover|exports|imports|shipments)"
    r"(?=\s+(?:with|to|from|between)\s)"
    r"|(?:in|of|from|worth\s+of)\s+(?:[a-z'’-]+\s+){0,3}?(?P<cue>trade|turnover|exports|imports|"
    r"shipments|commerce|sales|purchases|deliveries|supplies|exporting|importing|shipping|selling|"
    # the singular verbal noun with its goods: "earned $750 million from the export of gold to"
    r"(?:export|import)(?=\s+of\s))"
    r"|(?:(?:worth\s+)?of\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?|(?:worth\s+of\s+)?(?:[a-z-]+\s+){0,4}?"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    # a reduced relative with a pronoun subject: "the $7.6 billion it imported from Indonesia"
    r"|(?:it|they)\s+(?:had\s+|has\s+|have\s+)?)"
    r"(?P<passive>exported|imported|shipped|supplied|delivered|sold|purchased|bought|traded|exchanged))\b"
)
#: Goods a relative clause of share is said of: "driven by cashew nuts, which alone accounted for".
_ANTECEDENT_GOODS: Final = re.compile(
    r"\b(?:by|of|as|from|like|especially|particularly|notably|mainly|mostly|largely|chiefly)\s+"
    r"(?P<p>[a-z][a-z -]{1,60}?),\s+"
    r"which\s+(?:alone\s+)?(?:accounted\s+for|made\s+up|represented)\s+(?:(?:about|around|nearly|some)\s+)?$"
)
#: Goods a relative clause of change to the amount is said of: "driven by cars and car parts,
#: which went up by 6 percent to".
_ANTECEDENT_CHANGED: Final = re.compile(
    r"\b(?:by|of|as|like|especially|particularly|notably|mainly|mostly|largely|chiefly)\s+"
    r"(?P<p>[a-z](?:(?!\b(?:by|of|as|like)\s)[a-z -]){1,60}?),\s+which\s+(?:alone\s+|together\s+)?"
    r"(?:rose|went\s+up|grew|increased|climbed|jumped|surged|fell|dropped|declined|decreased|went\s+down|slipped)\s+"
    r"(?:(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|pct)\s+)?(?:\w+-on-\w+\s+)?to\s+"
    r"(?:(?:about|around|nearly|some|almost|over)\s+)?$"
)
#: The verbs that make an amount a share of a whole: "accounted for", "made up", "represented",
#: also in the present ("Lentils account for $250 million of ...", "Beef makes up ..."), and
#: "added" before a further part ("Machinery parts added another NOK 800 million": one more
#: part of the whole just told, not the speech "she added").
_SHARE_VERBS: Final = (
    r"accounted\s+for|accounting\s+for|accounts?\s+for|made\s+up|making\s+up|makes?\s+up|"
    r"represented|representing|represents?|added(?=\s+(?:another|a\s+further)\s)"
)
#: A share verb right before an amount, and the flow it is a part of after it.
_SHARE_VERB_BEFORE: Final = re.compile(
    r"(?i)\b(?:"
    + _SHARE_VERBS
    + rf")\s+(?:(?:another|a\s+further|{HEDGE_ALTERNATION}|only|just|barely)\s+)?$"
)
_SHARE_VERB: Final = re.compile(r"(?i)\b(?:" + _SHARE_VERBS + r")\b")
_OF_FLOW_AFTER: Final = re.compile(
    r"(?i)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?(?P<cue>exports|imports|shipments|sales|purchases)\b"
)
#: A part of a total told before it ("of which $4.2 billion was Iran's exports"): the part's
#: own flow, said after the amount.
_PART_OF: Final = re.compile(r"(?i)\b(?:of\s+which|of\s+this|including)\s+$")
_PART_FLOW: Final = re.compile(
    r"(?i)\s+(?:was|were|is|are|represented|constituted|comprised|correspond(?:ed|s)?\s+to)"
    r"\s+(?:[\w'’.-]+\s+){0,2}?(?P<cue>exports|imports)\b"
    # the calque of the Russian «приходится на»: "of which $2.1 billion falls on (accounted for)
    # trade with Russia", the part's trade with the partner named after it
    r"|\s+(?:falls?|fell|falling|accounts?\s+for|accounted\s+for)\s+(?:on\s+)?(?P<trade>trade|turnover)\s+with\b"
)
#: The next part of that total, its verb left out ("of which $900 million corresponded to
#: exports and $600 million to imports", "... were exports and $600 million imports"): "and"
#: right before the amount, the part's flow right after it.
_AND_BEFORE: Final = re.compile(r"(?i)\s+and\s+$")
_GAPPED_PART_FLOW: Final = re.compile(r"(?i)\s+(?:to\s+)?(?:[a-z'’-]+\s+)?(?P<cue>exports|imports)\b")


def _gapped_part_flow(text: str, previous_end: int, money: Money) -> re.Match[str] | None:
    """The flow of a part that goes on from a part just told with its verb left out: "and"
    right before this amount, after the part before's own words, the flow noun right after."""
    if not _AND_BEFORE.search(text, previous_end, money.start):
        return None
    return _GAPPED_PART_FLOW.match(text, money.end)


#: A verb of spending right before an amount, and the imports it was spent on after it:
#: "Bangladesh spent $11.2 billion on imports from China" (not "a levy of $2 billion on imports").
_SPENT: Final = re.compile(
    r"(?i)\b(?:spent|spends|spend|spending|paid|pays|pay|paying)\s+"
    r"(?:(?:about|around|nearly|almost|some|over|more\s+than|a\s+total\s+of)\s+)?$"
)
_SPENT_ON: Final = re.compile(
    r"(?i)^\s*(?:(?:on|for)\s+(?:[a-z'’-]+\s+){0,3}?(?P<cue>imports|purchases)|(?:(?:on|in)\s+)?"
    r"(?P<gerund>importing|buying|purchasing))\b"
)
#: A verb of earning right before an amount, and the selling that earned it after "by" (or
#: "through"): "Bangladesh earned $8.3 billion by exporting goods to the US". Only after such a
#: verb is the means the flow: "raised $1.5 billion by selling Eurobonds" or "saved $200
#: million by importing fuel" are a loan and a saving.
_EARNED: Final = re.compile(
    r"(?i)\b(?:earned|earns|earn|earning|fetched|fetches|fetch|generated|generates|netted|nets|"
    r"raked\s+in|brought\s+in|brings\s+in|made|makes)\s+"
    r"(?:(?:about|around|nearly|almost|some|over|more\s+than|a\s+total\s+of|a\s+record)\s+)?$"
)
#: (The gerund may also follow the amount with no preposition: "earned $2.5 billion selling
#: copper to China".)
_EARNED_BY: Final = re.compile(
    r"(?i)^\s*(?:(?:by|through)\s+)?(?P<gerund>exporting|selling|shipping|supplying)\b"
)
#: The sale of goods to a country after an earned amount: "earned $4.6 billion from the sale of
#: gold to the UAE", "made $2.5 billion in (on, with) the sale of copper to China" (the goods:
#: one to three lower-case words with no determiner, as a sold firm, stake or plot has: "the sale
#: of its stake in", "the sale of the company to").
_SALE_OF_GOODS_TO: Final = re.compile(
    r"\s+(?:from|through|by|in|on|with)\s+the\s+(?P<sale>sale)\s+of\s+"
    r"(?P<goods>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s+to\s+(?:the\s+)?[A-Z]"
)
#: What a sale may be of that is no goods: a firm, a share of one, a plot or a building.
_SOLD_ASSETS: Final = frozenset([
    "company", "companies", "firm", "firms", "unit", "units", "subsidiary", "subsidiaries", "asset",
    "assets", "business", "businesses", "land", "lands", "property", "properties", "building",
    "buildings", "hotel", "hotels", "plant", "plants", "airline", "bank", "banks", "refinery",
    "operations", "portfolio", "franchise", "brand", "holding", "holdings", "equity",
])  # fmt: skip
#: Determiners before what was sold: a particular thing ("its stake", "a plant"), no goods.
_DETERMINERS: Final = frozenset(
    ["its", "their", "his", "her", "our", "this", "that", "these", "those", "a", "an"]
)


def _goods_sale_after(text: str, money_end: int) -> re.Match[str] | None:
    """The "from the sale of <goods> to <Country>" right after an earned amount, when its goods
    are goods (no determiner, no sold firm or asset, none of the money words that are no trade);
    else None. The singular "sale" is no flow word of its own, as a sale is as often of a firm,
    a stake or land: only here, what a country earned selling goods to another, is it one."""
    sale = _SALE_OF_GOODS_TO.match(text, money_end)
    if sale is None:
        return None
    words = sale.group("goods").split()
    if words[0] in _DETERMINERS or any(w in _SOLD_ASSETS or w in NEGATIVE_WORDS for w in words):
        return None
    return sale


#: An infinitive or gerund of change governing the flow noun ("to boost cross-border trade"),
#: and "to" right before the amount: the amount is where the flow should go, a target.
_GOVERNED_TARGET: Final = re.compile(
    r"(?i)\b(?:to\s+(?:raise|bring|boost|double|triple|lift|push|increase|expand|take|grow)|raising|bringing|"
    r"boosting|doubling|lifting|pushing|increasing|expanding|taking)\s+(?:[\w-]+\s+){0,4}$"
)
#: `_GOVERNED_TARGET` where the stems of its verbs (one of which each of its matches holds) stand.
_GOVERNED_TARGET_SEARCH: Final = HintedSearch(
    _GOVERNED_TARGET,
    ("rais", "bring", "boost", "doubl", "tripl", "lift", "push", "increas", "expand", "tak", "grow"),
)
_TO_BEFORE: Final = re.compile(r"(?i)\bto\s*$")
#: A target verb whose object a relative clause tells the level of, then "to" and the goal:
#: "to bring mutual trade, which amounted to $617 million in 2024, to $2 billion".
_TARGET_AFTER_RELATIVE: Final = re.compile(
    r"(?i)\b(?:raise|bring|boost|increase|lift|push|take|expand|grow|double|triple|raising|bringing|boosting"
    r"|increasing|lifting|pushing|taking|expanding|growing)\s+(?:[\w-]+\s+){0,5}?[\w-]+,\s+(?:which|that)\b"
    r"[^;]{0,160}?,\s*to\s*$"
)
#: A relative clause right before the amount that states what the flow came to ("increasing
#: Syrian exports to Iraq, which amounted to $110 million in 2024", "to boost trade, which has
#: reached $2 billion"): the flow's level, told of the noun the target governs, not the target.
_STATED_IN_RELATIVE: Final = re.compile(
    r"(?i),\s+(?:which|that)\s+(?:(?:has|have|had)\s+)?(?:already\s+|currently\s+|now\s+)?"
    rf"(?:{LEVEL_VERBS}|{CHANGE_VERBS})\s+(?:to|at)\s*$"
)
_PASSIVE_AUX: Final = re.compile(r"(?i)\b(?:worth|of|was|were|has|have|had|been)\b")
#: ", the other member of ...": an apposition opened before a bloc, closed by a comma after it.
_APPOSITION: Final = re.compile(r",\s+(?:the|a|an|its|their|which|who|whose|one)\s[^,]*$")
_SINGLE_COUNTRY_NOUN: Final = re.compile(
    r"\s+(?:country|nation|state|republic|kingdom|neighbou?r|partner|economy|emirate|monarchy|giant|powerhouse|"
    r"superpower|ally|island|archipelago|federation|sultanate|principality"
    # "exports to EU member Ireland", "fellow Caricom member Jamaica", "NATO ally Türkiye": the
    # bloc describes the one country named after it
    r"|(?:member(?:\s+(?:state|country|nation))?|ally|founding\s+member)\s+(?=[A-Z]))\b"
)
#: "two"/"both" right before a region's adjective: the region describes the pair, it is no partner.
#: A partner's preposition right before a bloc or a country: "exports to the EU", "trade with
#: ASEAN", "exports into Kenya" (one pattern: a second of the same name further down had
#: shadowed this one, and the bloc test had lost "into").
_PARTNER_BEFORE: Final = re.compile(r"(?i)\b(?:with|to|from|into|and|between)\s+(?:the\s+)?$")
_PAIR_BEFORE: Final = re.compile(r"(?i)\b(?:two|both)\s+$")
#: Adverbs of degree or time before a participle aside: "barely traded", "once shipped".
_DEGREE_ADVERBS: Final = (
    r"(?:barely|hardly|scarcely|rarely|seldom|little|once|never|long|virtually|almost|only)"
)
#: "Iron ore alone accounted for A$124 billion of shipments": the goods are the subject, also
#: after a list item's marker ("- Cocoa beans accounted for ..."), and with a long participle
#: aside after them ("Copper cathodes, copper ore and concentrates, shipped mainly from the mines
#: and the smelter in Bor run by a Chinese miner, accounted for ...": `_SUBJECT_ASIDES` cuts it).
_SHARE_SUBJECT: Final = re.compile(
    rf"\s*(?:[-–—*•·▪●►◦‣]\s+)?(?P<p>{LETTER}(?:{LETTER}|[ ,()&'’—–-]){{1,120}}?"
    rf"(?:,\s+(?:{_DEGREE_ADVERBS}\s+)?[a-z]+ed\s[^,]{{1,120}},)?)\s+(?:alone\s+)?(?:" + _SHARE_VERBS + r"|"
    r"contributed|comprised|brought\s+in|earned|generated|fetched"
    # a rank the goods took among the items: "while leather goods came second with $310 million"
    r"|(?:came|ranked|placed|stood)\s+(?:second|third|fourth|fifth|next))\b"
)
#: What a goods subject may carry besides goods: an acronym in parentheses, a possessive
#: pronoun ("Crude oil (CO) and its products accounted for ..."), an apposition between
#: commas, also one opened by a possessive name or an adverb of time ("Cocoa beans, the main
#: item, made up ...", "Palm oil, once Ghana's top export, accounted for ..."), an aside between
#: dashes ("Copper — cathodes and concentrate — accounted for ...").
#: An aside opening on an adjective and its complement: "Lithium carbonate, almost unknown in the
#: trade two decades ago, made up ...", "Wine, popular with younger buyers, ...".
#: (Not "mostly to India", an aside of partners; nor a flow noun, "exports to Japan".)
_ADJECTIVE_ASIDE: Final = (
    r",\s+(?:(?:almost|nearly|virtually|once|still|long|[a-z]+ly)\s+)?"
    r"(?!(?:[a-z]+ly|together|along|exports?|imports?|shipments?|sales|trade|purchases|deliveries|supplies)\s)"
    r"[a-z]{3,}\s+(?:in|to|among|with)\s"
)
_SUBJECT_ASIDES: Final = re.compile(
    r"\([^()]*\)|\b(?:its|their)\b"
    r"|" + _ADJECTIVE_ASIDE + r"[^,]*(?:,|$)"
    r"|,\s+(?:(?:once|formerly|previously|long|traditionally|still|now)\s+)?"
    r"(?:the\s|a\s|an\s|its\s|their\s|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*['’]s\s)[^,]*(?:,|$)"
    r"|\s(?:--|[—–-])\s[^—–]*?(?:\s(?:--|[—–-])(?:\s|$)|$)"  # (also "--", the typewriter's dash)
    # a participle aside: "Molybdenum concentrate, barely traded between the two countries a decade ago,"
    r"|,\s+(?:" + _DEGREE_ADVERBS + r"\s+)?[a-z]+ed\s[^,]*(?:,|$)"
    # where the goods come from, to the end of the subject: "Garments made in the free zones of
    # Dhaka", "Salmon farmed in the fjords"
    r"|\s(?:[a-z]+ed|made|grown|built|caught)\s+(?:in|at|by|from)\s[^,]*$"
)
#: A modifier right before a flow word that makes it a total with the world ("total imports").
_WORLD_MODIFIER: Final = re.compile(
    r"(?i)\b(?:total|overall|foreign|external|global|worldwide|aggregate)\s+"
    r"(?:(?:non-oil|merchandise|goods|commodity|trade)\s+)?$"
)
#: "$1.2 billion of electricity to Brazil": the goods right after the amount of a flow verb ("alone"
#: after them stresses the part: "$98 million of fertilizer alone").
_GOODS_AFTER_AMOUNT: Final = re.compile(
    # (the goods may open on a country's dotted initials: "$5.3 billion of U.S. corn")
    rf"\s+(?:(?:worth\s+)?of|(?P<in>in))\s+"
    rf"(?P<p>(?:(?:[A-Z]\.){{2,3}}\s+)?{LETTER}(?:{LETTER}|[ ,-]){{1,40}}?)\s*"
    r"(?:\bto\b|\bfrom\b|\binto\b|\bin\b|\bduring\b|"
    r"\blast\b|\bthis\b|\balone\b|,|\.|$"
    r"|\band\s+(?=\S{0,4}\d))"  # the next amount of a pair: "$900 million of copper and $300 million"
)


def _goods_after_amount(text: str, end: int) -> str | None:
    """The goods right after an amount that ends at `end`: "$1.2 billion of electricity", "$3bn
    worth of beef", and after "in" as `_goods_told_by_in` allows ("$20 billion in Brazilian
    soybeans", "sold $2 billion in wheat to Algeria")."""
    goods = _GOODS_AFTER_AMOUNT.match(text, end)
    if goods is None:
        return None
    product = clean_product(goods.group("p"))
    if product is not None and goods.group("in") and not _goods_told_by_in(text, goods, product):
        return None
    return product


#: The goods a sum was paid or spent for, named for their country: " on Australian coal", " for
#: Qatari LNG" (as `_PAID_FOR_ORIGIN` finds their country).
_GOODS_PAID_FOR: Final = re.compile(
    rf"\s+(?:for|on)\s+(?:(?:about|some|around)\s+)?(?P<p>{LETTER}(?:{LETTER}|[ ,-]){{1,40}}?)\s*"
    r"(?:\bto\b|\bfrom\b|\bin\b|\bduring\b|\blast\b|\bthis\b|\balone\b|,|\.|$)"
)


def _goods_paid_for(text: str, end: int) -> str | None:
    """The goods after "on" or "for" right after an amount that ends at `end`: "spent A$19
    billion on Australian coal" bought coal, as "bought $3 billion of Australian coal" did (the
    purchase had been found with no goods)."""
    goods = _GOODS_PAID_FOR.match(text, end)
    return clean_product(goods.group("p")) if goods is not None else None


#: A direction right after goods: " to Algeria", " from Brazil".
_DIRECTION_NEXT: Final = re.compile(r"\s+(?:to|from|into)\b")


def _goods_told_by_in(text: str, goods: re.Match[str], product: str) -> bool:
    """Whether the words after "in" and an amount are its goods. "in" opens a period or a measure
    more often ("in 2023", "in value terms"), and what the sum is counted as ("$2 billion in sales
    to Algeria", "in revenue"): goods only when a country's adjective opens them ("in Brazilian
    soybeans") or a direction follows them ("in wheat to Algeria") and they are no flow or
    earning."""
    if any(m.start == 0 and m.kind == "demonym" for m in find_countries(goods.group("p"))):
        return True
    return (
        _DIRECTION_NEXT.match(text, goods.end("p")) is not None
        and not heads_no_goods(product)
        and not any(word in FLOW_WORDS for word in product.split())
    )


#: Between a possessive and its noun: the "'s" and up to three modifiers ("'s own non-oil ").
_MODIFIERS_ONLY: Final = re.compile(r"(?:['’]s|['’])(?:\s+[\w-]+){0,3}\s+")
#: Goods in lower case right before an amount in parentheses, after a list separator.
_LISTED_GOODS: Final = re.compile(
    r"(?:[,:;]|\b(?:and|were|was|are|is|included|include|includes|including|as)\b)\s+"
    r"(?P<p>[a-z][a-z &-]{1,40}?)\s*\(\s*(?:about\s+|around\s+|some\s+|nearly\s+)?$"
)
#: The word that values an item of a list: "at", or "worth" after a comma ("garments, worth").
_VALUING: Final = r"(?:\s+at|\s*,\s*worth)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?"
#: Goods in lower case right before "at" and an amount, after a list separator ("led by copper
#: at", "and lithium, at", "were garments, worth"); "by" opens them only after a verb that ranks
#: them first.
_GOODS_VALUED_AT: Final = re.compile(
    r"(?:[,:;]|\b(?:and|were|was|are|is|included|include|includes|including|as|"
    r"(?:led|driven|headed|dominated)\s+by)\b)\s+"
    r"(?P<p>[a-z][a-z &-]{1,40}?)(?:\s*,)?" + _VALUING + r"$"
)
#: A sentence that lists goods valued with "at": the words of `_ITEMS_CUE` that rank or list
#: items, not "goods" or "products" alone ("Purchases of Mexican goods were much larger, at").
_ITEMS_CUE_BEFORE_AT: Final = re.compile(
    r"(?i)\b(?:items?|commodities|categories|including|such\s+as|(?:led|driven|headed|dominated)\s+by|"
    r"(?:main|top|leading|chief|principal|key)\s+(?:exports?|imports?|products)|included|include|includes)\b"
)
#: A sentence that lists the items of a flow ("the main items were", "exports included").
_ITEMS_CUE: Final = re.compile(
    r"(?i)\b(?:items?|products?|goods|commodities|categories|commodity\s+groups?|positions|mainly|including|"
    r"such\s+as|(?:led|driven|headed|dominated)\s+by|(?:main|top|leading|chief|principal|key)\s+"
    r"(?:exports?|imports?)|included|include|includes)\b"
)
_NOT_GOODS: Final = frozenset([
    "partners", "partner", "countries", "country", "markets", "market", "buyers", "suppliers", "total",
    "overall", "percent", "share", "year", "period",
])  # fmt: skip
_OWNERS_JOIN: Final = re.compile(r"\s*,?\s*(?:and|&)\s+(?:the\s+)?")
_RELATIVE_OPENER: Final = re.compile(r"\s*,\s*(?:(?P<where>where)|which|who|that)\b")
_GOODS_AFTER: Final = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:goods|products|merchandise|produce)\b"
)
_OF_AFTER_AMOUNT: Final = re.compile(r"\s+(?:worth\s+)?of\s+(?:the\s+)?")
#: An aside between a subject and its verb: "Germany, the Czech Republic's main partner, bought".
_APPOSITIVE: Final = re.compile(
    r",\s+(?:(?:the|a|an|its|their)\s|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*['’]s\s)[^,;]{1,60},"
    r"|,\s+(?:which|that|who|whose)\s[^,;]{1,80},"  # "..., which account for 70% of its total soy exports,"
    # "Tea exports to Tanzania, mostly blended for re-export to Congo, climbed to ...": a participle,
    # as long as a relative clause, as its phrase may end on a many-word proper name ("led by
    # apparel shipped duty-free under the African Growth and Opportunity Act")
    # or "barely traded between the two countries a decade ago": an adverb of degree before it
    r"|,\s+(?:(?:mostly|mainly|largely|partly|much\s+of\s+it|most\s+of\s+it|" + _DEGREE_ADVERBS + r")\s+)?"
    r"[a-z]+ed\s[^,;]{1,80},"
    r"|" + _ADJECTIVE_ASIDE + r"[^,;]{1,60},"
)


def _aside_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The asides set off by commas between `start` and `end`. The first comma of a sentence
    that opens on a short adverbial ("By comparison, Jamaica's imports from the United States,
    its largest trading partner, stood at ...") opens the subject, not an aside."""
    found = []
    pos = start
    while (m := _APPOSITIVE.search(text, pos, end)) is not None:
        opener = text[: m.start()].split()
        if (
            text.find(",") == m.start()
            and len(opener) <= _OPENER_WORDS
            and opener[0].lower() in _ADVERBIAL_OPENERS
            and not any(word[:1].isupper() for word in opener[1:])
        ):
            pos = m.start() + 1
            continue
        found.append(m)
        pos = m.end()
    return found


_OPENER_WORDS: Final = 3
_ADVERBIAL_OPENERS: Final = frozenset(
    ["by", "in", "meanwhile", "however", "separately", "overall", "still", "similarly", "likewise",
     "moreover", "elsewhere", "also", "notably", "last", "this", "for", "at", "on", "during", "since", "yet",
     "but", "and"]
)  # fmt: skip
#: A country name right before "(" and the amount: an item of a ranked list of partners.
#: (or a dash or colon, as Central Asian agencies list them: "China - $10.9 billion, Russia -
#: $9.1 billion", "China: $4.1 billion")
_COUNTRY_THEN_PARENTHESIS: Final = re.compile(r"\s*\(\s*$|\s+[-–—]\s*$|\s*:\s*$")
#: Words that make the subject of a share verb a total, not one item of the figure before
#: ("Car re-exports overall generated ...").
_TOTAL_WORDS: Final = frozenset(["overall", "total", "worldwide", "globally", "altogether", "combined"])
_INSIDE_BEFORE: Final = re.compile(r"(?i)\b(?:within|inside|among|across)\s+(?:the\s+)?$")
#: A sentence's opening phrase up to a region or bloc that only sets the scene ("In Africa, ...",
#: "Elsewhere in Asia, ...", "Among Middle Eastern partners, ..."): a preposition at the start,
#: at most one word between it and the bloc, and (`_FRAME_AFTER`) at most two words to the comma.
_FRAME_BEFORE: Final = re.compile(
    r"(?i)\W*(?:elsewhere\s+|meanwhile,?\s+|further\s+afield,?\s+)?(?:in|among|across|within|outside|beyond)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?"
)
_FRAME_AFTER: Final = re.compile(r"(?:\s+[\w-]+){0,2}?\s*,")
#: The home's partners in a region ("Among Middle Eastern partners, ..."): the set one is ranked
#: in, not the members of a bloc ranking someone ("Among ASEAN members, China was the top partner").
_PARTNER_SET_AFTER: Final = re.compile(
    r"(?i)\s+(?:trading\s+|trade\s+|export\s+|import\s+)?"
    r"(?:partners|markets|destinations|buyers|suppliers|customers|sources)\s*,"
)
_APPOSITION_GAP: Final = re.compile(r"\s*,\s*(?:the|its|their)\s+")
#: Between a period and the fiscal year it falls in: "... of the current", "... in the".
_FISCAL_YEAR_OF_GAP: Final = re.compile(r"\s*,?\s+(?:of|in)\s+the\s+(?:current\s+|running\s+|ongoing\s+)?")
#: Between a figure and the next amount: the next one is a part of the first ("..., of which
#: French exports accounted for 280 million euros").
#: A sentence that opens on the figure before it: "Of the total, Vietnam's exports were ...".
_SHARE_OPENING: Final = re.compile(
    r"(?i)\s*(?:of|out\s+of)\s+(?:(?:the|this|that|these)\s+(?:total|figure|amount|sum)s?|this|that|these)\b"
)
#: A share of a larger flow told after the amount: "$150 million in 2024, 3% of its exports to
#: Asia", "..., a quarter of its sales to the EU": what the share is of names its own partner.
_SHARE_AFTER_AMOUNT: Final = re.compile(
    r"[^,;]{0,40},\s+(?:or\s+)?(?:(?:about|around|nearly|almost|some|roughly|over|just\s+over|under)\s+)?"
    rf"(?:[\d.,]+\s*(?:%|per\s?cent|percent|pc)|(?:a|one|two|three)[\s-]+(?:{literal_alternation(FRACTIONS)})|half)"
    r"\s+of\s+(?:(?:its|their|the\s+country['’]s|[A-Z][\w'’-]*['’]s|all|total)\s"
    # "or 5.5% of German exports to Asia", "5% of exports to Africa": a flow, bare or with a demonym
    r"|(?:[A-Z][a-z]+\s+)?(?=(?:exports|imports|shipments|sales|trade)\b))"
)
_SHARE_GUARD: Final = re.compile(r"of |including|with |which ")
_SHARE_CUE: Final = re.compile(
    r"(?i)\b(?:of\s+which|of\s+this|of\s+that|of\s+these|of\s+the\s+total|including)\b"
    # "..., dominated by copper ore, which alone accounted for $3.4 billion": goods of the figure
    r"|,\s+which\s+(?:alone\s+|together\s+)?(?:accounted\s+for|made\s+up|represented)\s+"
    r"(?:(?:about|around|nearly|almost|some|over|more\s+than|just|another)\s+)?$"
    # "..., with soybean oil alone accounting for US$3.9 billion"
    r"|\bwith\b(?=\s+[^,;]{1,60}?\s+(?:alone\s+)?(?:accounting\s+for|making\s+up|representing)\b)"
)
#: Between a giving verb and its first object: "sold Chile", "shipped the Philippines".
_FIRST_OBJECT_GAP: Final = re.compile(r"\s+(?:the\s+)?")
_POSSESSIVE_AFTER: Final = re.compile(r"['’]s?\b")
#: A bloc's possessive whose noun phrase, up to the comma closing an aside, holds no flow word
#: ("outside Mercosur's customs union,", "ASEAN's second-largest economy,").
_BLOC_POSSESSIVE_ASIDE: Final = re.compile(
    r"['’]s\s+(?:(?!trade\b(?!\s+(?:zone|area|agreement|pact|bloc))|turnover\b|exports?\b|imports?\b|shipments\b"
    r"|sales\b|commerce\b)[\w-]+\s+){0,3}?"
    r"(?!trade\b|turnover\b|exports?\b|imports?\b|shipments\b|sales\b|commerce\b)[\w-]+,"
)
_UNIT_PRICE: Final = re.compile(
    r"\s*(?:per|a|an)\s+(?:barrel|ton|tonne|ounce|share|unit|kilogram|kg|litre|liter)\b"
)
#: No trade between two countries is worth less than this many units of any currency.
_MIN_FIGURE: Final = 1000
#: Nor is a trade figure written out in digits with no scale word below this: a price ("$1,085 a
#: ton, ... compared with $1,140"). Above it a small trade is a fact as a large one is ("exports
#: worth $85,400", "USD 45,000": a small economy's trade with a distant partner).
_MIN_UNSCALED_FIGURE: Final = 10_000
#: Nor one below this whose clause speaks of a rate or a price before it: an exchange rate of a
#: currency worth little ("now aligned with the official LL 89,500", "the rate of 12,700 sum"),
#: a unit's price ("the price of cobalt, $31,500").
_MIN_UNSCALED_BESIDE_A_RATE: Final = 100_000
_RATE_OR_PRICE_BEFORE: Final = re.compile(r"(?i)\b(?:rates?|exchange|prices?|priced|costs?)\b")
#: An exchange rate: "N1,500 to the dollar", "Rs 83 per US dollar", "KSh 129 against the
#: greenback", "TL 32 to $1": the price of a currency, not an amount of trade.
_EXCHANGE_RATE: Final = re.compile(
    r"(?i)\s*(?:to|per|a|against|versus|vs\.?)\s+(?:the\s+|one\s+|each\s+|every\s+)?(?:(?:US|U\.S\.|American)\s+)?"
    r"(?:dollar|euro|pound|sterling|greenback|yuan|renminbi|yen|rupee|ruble|rouble|franc|dirham|riyal|won|"
    r"ringgit|baht|peso|rand|naira|shilling|lira|real|tenge|dinar|rial|taka|cedi|kwacha|dong|rupiah|zloty)s?\b"
    r"(?!\s*(?:area|zone|bloc|region|market|estate))"
    r"|\s*(?:to|per|against)\s+(?:[A-Z]{1,2}\$|\$|€|£|¥|USD\s?|EUR\s?|GBP\s?)1(?!\d|[.,]\d)"
    r"(?!\s*(?:[mb]n|[mbk]\b|million|billion|trillion|thousand|crore|lakh))"
)
#: Between two amounts, words that make the second a conversion of the first ("1.9 trillion
#: tenge ($4.1 billion)", "(about $4.6 billion)", ", or $2 billion").
_CONVERSION_GAP: Final = re.compile(
    r"\s*(?:\((?:\s*(?:about|around|roughly|approximately|approx\.|some|nearly|almost|or))?|,?\s*or|"
    r",?\s*(?:equivalent|equal)\s+to|,?\s*i\.e\.)\s*",
    re.IGNORECASE,
)
#: A flow said to be "equivalent to" an amount: a figure told before, in another currency.
#: (Also its restatement in parentheses right after it, when the first amount is in words the
#: money reader does not know: "equivalent to some $3,4 billones (CLP 3.4 trillion)".)
_EQUIVALENT_PREDICATE: Final = re.compile(
    r"(?i)\b(?:was|were|is|are|been)\s+(?:roughly\s+)?equivalent\s+to\s*(?:[^()]{1,30}\(\s*)?$"
)
#: ... also after the amount's period: "$36 billion in 2023 (about S/ 135 billion)", when
#: the currencies differ.
_CONVERSION_AFTER_PERIOD: Final = re.compile(
    r"\s+(?:in|during|for|over)\s+[\w -]{2,40}?\s*"
    r"\((?:\s*(?:about|around|roughly|approximately|some|nearly|or))?\s*",
    re.IGNORECASE,
)
#: The amount in another currency after ", or", past the period of the amount before it and a hedge:
#: "US$19.2 billion in 2024, or about C$26 billion" (the same figure restated).
_OR_AFTER_PERIOD: Final = re.compile(
    r"(?:\s+(?:in|during|for|over)\s+[\w -]{2,40}?)?,\s*or\s+"
    r"(?:(?:about|around|roughly|approximately|some|nearly|almost)\s+)?",
    re.IGNORECASE,
)
#: The amount in another currency in parentheses that open in the clause of the amount before
#: it, after what the money reader does not know: "US$14,760 million from China in 2024 (about
#: $61.4 billones, or COP 61.4 trillion)": the same figure restated.
_CONVERSION_IN_PARENTHESES: Final = re.compile(
    r"[^(),;$€£¥]{0,40}\(\s*(?:[^()$€£¥]{0,12}[$€£¥][^()]{0,30}?,?\s+or\s+)?"
    r"(?:(?:about|around|roughly|approximately|some|nearly)\s+)?",
    re.IGNORECASE,
)
#: A change verb or noun right before "by"/"of" and the amount: the amount is an increment.
_INCREMENT_BEFORE: Final = re.compile(
    r"(?i)\b(?:increased?|increases|increasing|rose|risen|rise|rises|grew|grown|growth|jump(?:ed|s)?|"
    r"fell|fall(?:en|s)?|declined?|declines|decreased?|decreases|drop(?:ped|s)?|up|down|surged?|climbed?|"
    r"gain(?:ed|s)?|expanded|shrank|contracted|reduction|cut|higher|lower|more|less)"
    r"\s+(?:in\s+(?:value|volume|nominal\s+terms)\s+)?(?:by|of)\s+$"  # "increased in value by"
)
#: A comparative right after the amount: "PLN 400 million more than in 2023", "€50 million higher
#: in 2024 at €360 million": how far the figure moved, a difference.
_COMPARATIVE_AFTER: Final = re.compile(
    # (the same change as a percentage may come between: "$400 million or 12.9% more than in 2023",
    # "$400 million (12.9%) more")
    r"(?:\s*,?\s+or\s+[\d.,]+\s*(?:%|percent|per\s+cent)|\s*\(\s*[+-]?[\d.,]+\s*(?:%|percent|per\s+cent)\s*\))?"
    r"\s+(?:more|less|higher|lower|greater|smaller|bigger)\b(?![\w-])"
)
#: A verb of passing something, then "by" right before the amount: "exports exceeded imports from
#: Uganda by $400 million", "topped the target by $1 billion": how far past it, a difference.
_EXCEEDED_BY: Final = re.compile(
    r"(?i)\b(?:exceed(?:ed|s|ing)?|outstrip(?:ped|s|ping)?|surpass(?:ed|es|ing)?|top(?:ped|s|ping)|"
    r"outpac(?:ed|es|ing)|outweigh(?:ed|s|ing)?)\s+[^.;:,]{1,60}?\s+by\s+"
    r"(?:(?:some|about|around|nearly|almost|over|more\s+than|roughly)\s+)?$"
)
#: A percentage with the amount in brackets right after it: "is 30.1 percent ($22.5 million)
#: more than", "up 12% (€1.1 billion)": the change written in money.
_PERCENT_BEFORE: Final = re.compile(
    r"(?i)\d\s*(?:%|percent|per\s+cent|pct)\s*\(\s*(?:or\s+|about\s+|some\s+)?$"
)
#: The whole a share is of, right after the share's amount in parentheses ("35.1 percent ($4.2
#: billion) of Kyrgyzstan's trade"): the amount restates the share, no change in money.
_OF_WHOLE_AFTER_PARENTHESIS: Final = re.compile(r"\s*\)\s*,?\s+of\s")
#: A change told as a percentage, then "or" and the amount: "an increase of 13 per cent, or
#: NOK 212 million", "up 13% or $212 million", "rose by 13 percent, or": the same change
#: written in money. (A share is not one: "13 per cent, or $212 million, of the total".)
_PERCENT_OR_BEFORE: Final = re.compile(
    rf"(?i)\b(?:{CHANGE_VERBS}|up|down|by|(?:increase|decrease|rise|fall|growth|decline|drop|jump)\s+of)"
    r"\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|pct)"
    # (a period may come between: "rose 5% in 2024, or about C$1.2 billion")
    r"(?:\s+(?:in|during|for|over)\s+[\w -]{2,30}?)?\s*,?\s+or\s+"
    r"(?:some\s+|about\s+|nearly\s+|almost\s+|roughly\s+|around\s+)?$"
)
#: A change verb right before the amount, a hedge or none between ("fell NZ$1.2 billion (20
#: percent) to NZ$4.8 billion", "rose $300 million, or 17 percent, to $2.1 billion", "imports
#: fell $62 million from a year earlier", "jumped nearly $1 billion"): the amount is the change,
#: whether a level follows or not; the level is told with "to" ("fell to $2 billion").
_CHANGE_VERB_BEFORE: Final = re.compile(
    rf"(?i)\b(?:{CHANGE_VERBS})\s+(?:(?:{APPROX_HEDGE_ALTERNATION})\s+)?$"
)
#: "were up $121 million", "was down NZ$187 million": the amount is the change.
#: ", up NOK 212 million or 13 per cent": after a comma, the figure's change in apposition.
_UP_OR_DOWN_BEFORE: Final = re.compile(
    r"(?i)(?:\b(?:were|was|is|are|been)|,)\s+(?:up|down)\s+(?:some\s+|about\s+)?$"
)
#: A comma or stop after an amount ends the words that can be its head noun ("$5bn trade
#: deficit", but not "$5bn, leaving a deficit of ..."), and so does a dash set off by spaces,
#: which opens an apposition about the figure ("$712 million – a gap the minister called ...";
#: an em dash needs no spaces, as it joins no words).
#: Where the words after an amount stop being its own: punctuation, or a clause of its own
#: ("US$1.73 billion as prices slumped": the prices are not what the amount is of).
_TAIL_BREAK: Final = re.compile(
    r"[,;:(—]|\.\s|\s[-–]\s|\s(?:while|whereas|because|although|though|despite|amid)\s"
    # "and" before a determiner opens a noun phrase of its own: "$9.3 billion in 2024 and the deficit
    # with China widened" (the balance is the next clause's, not what the amount is)
    r"|\sand\s(?=(?:the|a|an|its|their|this|that)\s)"
    # "as" opening a clause of its own, its subject up to three words: "as demand rose", "as oil
    # prices fell", "as crude oil prices weakened" (the prices are the cause's, not the amount's)
    r"|\sas\s(?!(?:a|an|the|well|part|much|many|of|such|far|long|soon|ever)\s)"
    r"(?=(?:[a-z]+\s+){1,3}(?:[a-z]+ed|rose|fell|grew|were|was|are|is|have|had)\b)"
    # "on"/"at" before the market's state: "$5.1 billion in 2024 on higher prices", "in 2024 at
    # current prices", "on the back of strong demand" (why or how it was counted, not what it is)
    r"|\s(?:on|at)\s(?=(?:the\s+back\s+of\b|(?:higher|lower|record|rising|falling|firmer|softer|weaker"
    r"|stronger|strong|weak|firm|soft|current|constant|increased|reduced|improved|robust|sluggish|solid"
    r"|brisk|surging|slumping|elevated|depressed)\s))"
)
_OF_IN: Final = frozenset(["in", "of"])
_BALANCE_WORDS: Final = frozenset(
    ["surplus", "deficit", "balance", "gap", "imbalance", "surpluses", "deficits", "shortfall"]
)
#: Rejections that still say whose trade the story is about ("Vietnam's trade surplus ...").
BALANCE_REJECTIONS: Final = frozenset(f"not trade: {w}" for w in _BALANCE_WORDS)
#: A bloc's amount named next after a market ranking ("China was the second-biggest export
#: market, followed by the EU with $43.1 billion"): no figure, but the ranking it ends is open.
RANKED_BLOC: Final = "world: a bloc ranked next"


@dataclass(slots=True, unsafe_hash=True)
class SentenceReading:
    """Every frame of a sentence, plus a stated change that no amount of it took (it then
    belongs to the document's last figure: "That was 12 percent more than a year before")."""

    frames: tuple[Frame, ...]
    orphan_change: float | None
    partners: frozenset[str] = frozenset()  # countries the sentence names after to/from/with

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(
        self,
        frames: tuple[Frame, ...],
        orphan_change: float | None,
        partners: frozenset[str] = frozenset(),
    ) -> None:
        self.frames = frames
        self.orphan_change = orphan_change
        self.partners = partners


def read_sentence(
    text: str,
    moneys: list[Money],
    changes: list[Change],
    periods: list[Period],
    slots: list[CountrySlot],
    blocs: list[BlocMention],
    published: date | None,
    carried_cue: tuple[int, int, str, str] | None = None,
) -> SentenceReading:
    """Frames for every amount of `text` (one sentence), with what the sentence alone says, and
    `carried_cue`: a flow word the sentence opens by pointing back at ("Those to China ...")."""
    clauses = split_clauses(text)
    hints = Hints.of(text)
    # The flow words of the figures: none inside an amount, nor inside a source's name told
    # before the amounts ("According to the annual review of foreign trade by the statistics
    # office, the country bought ...": the source's words); a source that runs on over the
    # amount ("data from the bureau put imports from India at ...") holds the figure's own.
    sources = _sources_before(text, moneys[0].start) if moneys else []
    cues = [
        c
        for c in flow_cues(text, hints.low, carried_cue)
        if not any(m.start <= c[0] < m.end for m in moneys) and not any(a <= c[0] < b for a, b in sources)
    ]
    if "total" in hints.low or "overall" in hints.low:
        cues = [c for c in cues if not _share_whole(text, c[0])]
    usable_periods = [
        p
        for p in periods
        if (
            p.preposition not in NON_ANCHOR_PREPOSITIONS
            or _dates_its_when_clause(text, p, moneys)
            or _year_reached_by(p, published)
        )
        and not _inside_money(p, moneys)
    ]
    usable_periods = [p for i, p in enumerate(usable_periods) if not _apposition(text, usable_periods[:i], p)]
    if usable_periods and moneys and ("last " in hints.low or " since " in hints.low):
        usable_periods = [p for p in usable_periods if not _last_seen_level(text, p)]
    if moneys and (" figure" in hints.low or " level" in hints.low):
        # "$318 million, almost doubling the 2023 figure": after an amount, the year of the figure
        # it is compared with, no date of its own ("The 2024 figure was $318 million" is dated)
        usable_periods = [
            p
            for p in usable_periods
            if p.start < moneys[0].end or not p.text.isdigit() or _BASE_YEAR_NOUN.match(text, p.end) is None
        ]
    if usable_periods and moneys:
        usable_periods = _outside_relative_asides(text, usable_periods, moneys, changes, cues)
    if usable_periods and (hints.ranking or hints.market):
        usable_periods = _outside_ranked_asides(text, usable_periods)
    trailing: list[Period] = []
    if usable_periods and moneys:
        kept = _before_trailing_participles(text, usable_periods, moneys[-1].end)
        trailing, usable_periods = usable_periods[len(kept) :], kept
    frames: list[Frame] = []
    past_levels: set[int] = set()
    for i in range(len(moneys)):
        previous = frames[-1] if frames else None
        # (the figure a conversion restates: "$1.4 billion (EUR 1.3 billion), with wine alone worth")
        restated = frames[-2] if len(frames) > 1 and frames[-1].rejection == "conversion" else None
        frames.append(
            _read_money(
                text,
                hints,
                i,
                moneys,
                clauses,
                cues,
                slots,
                blocs,
                published,
                previous,
                past_levels,
                restated,
            )
        )
    if len(frames) > 1 and (hints.ranking or hints.market) and ") " in text:
        frames = _listed_before_plural_ranking(text, frames, slots, blocs)
    if len(frames) > 1 and cues:
        frames = _gapped_shares_of_whole_after(text, frames, cues)
    if " of " in hints.low and cues:
        frames = [_whole_a_share_is_of(text, f) for f in frames]
    if blocs and len(frames) > 1:
        frames = [_members_part(frames[i - 1], f, slots, blocs) if i else f for i, f in enumerate(frames)]
    if "respectively" in hints.low or amounts_paired(text, frames):
        frames = respectively(text, frames, clauses, cues, slots, blocs)
    frames = mark_comparisons(text, hints, frames, clauses, slots)
    if ":" in text and any(f.flow is not None and f.partner is None and f.reporter is None for f in frames):
        frames = _under_trade_with_label(text, frames, slots)
    if len(frames) > 1 and any(verb in hints.low for verb in _PARTNERED_PARTICIPLES):
        frames = [_traded_with_after(text, f, slots) for f in frames]
    if len(frames) > 1 and any(f.product is not None for f in frames):
        frames = _borrowed_goods(text, frames, cues)
    if any(f.comparison for f in frames):
        frames = [_with_compared_goods(text, f, frames, cues) for f in frames]
    frames = [with_period(text, hints, f, frames, usable_periods, clauses) for f in frames]
    if len(frames) > 1 and frames[0].comparison and frames[0].flow is None and "from" in hints.low[:8]:
        frames[0] = _start_point_of_a_goal(
            text, frames, lambda: _read_money(text, hints, 1, moneys, clauses, cues, slots, blocs,
                                              published, frames[0], set(), goal_read=True),
        )  # fmt: skip
    if len(frames) > 1 and (len(usable_periods) > 1 or any(p.months for p in usable_periods)):
        # (with "respectively", or amounts that differ by period alone: `periods_respectively`;
        # months joined by "and" count one by one)
        frames = periods_respectively(text, frames, usable_periods)
    if len(usable_periods) > 1 and any(p.granularity == "quarter" for p in usable_periods):
        frames = quarters_run(text, frames, usable_periods)
    if any(p.granularity == "multi_year" for p in usable_periods):
        frames = span_ends(text, frames)
    frames = _without_seasons(frames)
    if any(p.preposition == "since" for p in usable_periods):
        # "Since 2018, when exports were worth $560 million, sales have nearly doubled": the
        # figure of the year things are measured from, which a change told after it is not of
        frames = [
            evolve(f, comparison=True) if f.period is not None and f.period.preposition == "since" else f
            for f in frames
        ]
    for i in range(1, len(frames)):
        line = frames[i - 1]
        if frames[i].period is None and line.rejection == "target: threshold" and line.period is not None:
            # "crossed the $2 billion mark in 2023, reaching $2.08 billion": the line's year is when
            frames[i] = evolve(frames[i], period=line.period)
        elif frames[i].period is None and _level_after_change(text, line, frames[i]):
            # "surged $15 billion in 2024 to a record $65 billion": the level is of the change's year
            frames[i] = evolve(frames[i], period=line.period)
    if trailing:
        frames = [f if f.period is not None else evolve(f, trailing_period=trailing[0]) for f in frames]
    if "since" in hints.low or "cumulative" in hints.low:
        frames = [_open_ended(text, f) for f in frames]
    if "before" in hints.low and published is not None:
        frames = [_level_before_a_past_year(f, periods, published) for f in frames]
    if "year" in hints.low or "annu" in hints.low:  # "a year", "yearly", "annually", "per annum"
        ends = [f.money.start for f in frames[1:]] + [len(text)]
        frames = [
            _rate_without_period(text, f, end) for f, end in zip(frames, ends[: len(frames)], strict=True)
        ]
    if past_levels:
        # "its 2022 high of $45.1 billion", "since ..., when it stood at $1.6bn": a level things
        # are measured from, with its own period, takes no change of the sentence
        frames = [
            evolve(f, comparison=True) if f.rejection is None and id(f.money) in past_levels else f
            for f in frames
        ]
    frames, orphan = assign_changes(text, frames, changes, clauses, cues, slots, periods)
    partners = frozenset(s.iso3 for s in slots if s.role in ("to", "from", "with"))
    return SentenceReading(tuple(frames), orphan, partners)


#: A sentence that opens on a label naming the partner before a colon: "Trade with Japan:",
#: "Thailand's trade with Japan:", "Bilateral commerce with the UAE:".
_TRADE_WITH_LABEL: Final = re.compile(
    r"(?i)\W*(?:[\w .'’-]{2,40}?(?:'s|’s)\s+)?(?:bilateral\s+)?(?:trade|commerce)\s+with\s+[^:;,.]{2,40}?:\s"
)


def _under_trade_with_label(text: str, frames: list[Frame], slots: list[CountrySlot]) -> list[Frame]:
    """The figures listed after a label naming the partner ("Trade with Japan: exports $1.2
    billion, imports $0.9 billion (2024), Thailand's ministry said."): each flow named with no
    sides of its own is with the label's "with" country, and the label's possessor's, if it has
    one (else the reporter is found as for "Exports to Japan reached ...": the closing speaker,
    the story's other side). `frames` as they are when the sentence opens on no such label."""
    label = _TRADE_WITH_LABEL.match(text)
    if label is None:
        return frames
    partner = next((s for s in slots if s.role == "with" and s.end <= label.end()), None)
    if partner is None:
        return frames
    owner = next((s for s in slots if s.role == "poss" and s.end <= partner.start), None)
    reporter = owner.iso3 if owner is not None and owner.iso3 != partner.iso3 else None
    return [
        evolve(f, partner=partner.iso3, reporter=reporter)
        if f.flow in ("exports", "imports") and f.partner is None and f.reporter is None
        and f.rejection is None and f.money.start >= label.end()
        else f
        for f in frames
    ]  # fmt: skip


def _start_point_of_a_goal(text: str, frames: list[Frame], goal_reading: Callable[[], Frame]) -> Frame:
    """The level a sentence opens on with "From" when the figure after it is a goal ("From $3.1
    billion in 2020, trade between Vietnam and Brazil is expected to climb to $8 billion by
    2030"): a figure of its own period, of the flow and sides the goal names (`goal_reading`
    reads the goal as a figure), where it had been lost with the goal it is the start of
    (`trade_links._fronted_start_point` borrows them from a figure after it alone). `frames[0]`
    as it is unless it has its own period, the second amount is a goal and the reading names a
    flow."""
    first, goal = frames[0], frames[1]
    if (
        first.period is None
        or goal.rejection is None
        or not goal.rejection.startswith("target: ")
        or FRONTED_FROM.fullmatch(text, 0, first.money.start) is None
    ):
        return first
    read = goal_reading()
    if read.flow is None or read.rejection is not None:
        return first
    return evolve(
        first, flow=read.flow, source="cue", reporter=read.reporter, partner=read.partner,
        product=read.product, pair_cue=read.pair_cue, world=read.world, comparison=False, owner=None,
    )  # fmt: skip


def _listed_before_plural_ranking(
    text: str, frames: list[Frame], slots: list[CountrySlot], blocs: list[BlocMention]
) -> list[Frame]:
    """Countries listed with their amounts in brackets before the plural copula that ranks them
    ("China ($38.2bn, 39%) and the US ($16.1bn, 16%) were Chile's top export markets in 2024",
    "Russia ($9.8 billion) and China ($6.1 billion) were Uzbekistan's largest trading partners"):
    the list of the singular "China ($38.2bn) was Chile's top export market" (`_fronted_ranking`),
    each amount of the ranking's flow with the owner. `frames` as they are unless every amount
    is such an item, with its partner and no flow of its own, the last item's bracket is closed
    right before the copula, and the ranking's owner is a possessive right after it."""
    if any(
        f.rejection is not None or f.flow is not None or f.source != "rank" or f.partner is None
        for f in frames
    ):
        return frames
    copula = _PLURAL_COPULA_AFTER.match(text, frames[-1].money.end)
    if copula is None:
        return frames
    reach = min(len(text), copula.end() + 80)
    market = MARKET_RANKING.search(text, copula.end(), reach)
    ranking = RANKING_CUE_PLURAL.search(text, copula.end(), reach) if market is None else None
    rank = market if market is not None and market.group("plural") else ranking
    if rank is None or _RANKING_OWNER_GAP.fullmatch(text, copula.end(), rank.start()) is None:
        return frames
    if _bloc_within(blocs, copula.end(), rank.end()):  # "were the EU's largest trading partners"
        return frames
    home = next((s.iso3 for s in slots if copula.end() <= s.start < rank.end() and s.role == "poss"), None)
    if home is None:  # "were the top destinations for Chilean exports": the owner is told otherwise
        return frames
    flow = "turnover" if market is None else "exports" if market.group("exports") else "imports"
    return [evolve(f, flow=flow, reporter=home) for f in frames]


#: Between the copula and the ranking: the owner's name at most ("Chile's ", "South Korea's ").
_RANKING_OWNER_GAP: Final = re.compile(r"(?:[\w.'’-]+\s+){0,3}")
#: From a listed amount to the plural copula after the list: the rest of its bracket (a share, a
#: year), the bracket's close, and the verb and article or owner's start ("…, 39%) were ").
_PLURAL_COPULA_AFTER: Final = re.compile(
    r"[^()]{0,30}?\)\s+(?:were|are|remained|remain|have\s+been|had\s+been|became|ranked\s+as)\s+"
    r"(?:also\s+)?(?:the\s+|its\s+|their\s+)?(?=\S)"
)


#: A reduced relative naming the other side of an amount's trade right after it: "the €253 billion
#: exchanged with China", "$4 billion traded with Vietnam", and of one flow: "the $16 billion sold to
#: the United States", "the $9 billion bought from Japan", also as a relative clause whose subject is
#: the story's ("the $16 billion it sold to the United States") (the partner's slot starts at its end).
_TRADED_WITH_AFTER: Final = re.compile(
    r"\s+(?:(?:that|which)\s+(?:was|were)\s+|(?:(?:that|which)\s+)?(?:it|they)\s+(?:had\s+)?)?"
    r"(?:(?:traded|exchanged)\s+with"
    r"|(?P<out>sold|shipped|exported)\s+to|(?P<in>bought|imported|purchased)\s+from)\s+"
)
#: The words `_TRADED_WITH_AFTER` needs, tested on the lowered sentence before it is tried.
_PARTNERED_PARTICIPLES: Final = (
    "traded with", "exchanged with", "sold to", "shipped to", "exported to", "bought from", "imported from",
    "purchased from",
)  # fmt: skip


def _traded_with_after(text: str, frame: Frame, slots: list[CountrySlot]) -> Frame:
    """An amount whose reduced relative names its own partner ("Germany's trade with France was
    dwarfed by the €253 billion exchanged with China", "more than double the $16 billion sold to the
    United States" after exports to China): the trade (or the flow) with that partner, with
    the same subject, not the flow and pair the flow word before named, and no comparison period
    of that pair's figure; the frame as it was when the amount has no such relative, or no partner of its
    own to replace (the subject, told or not, stays the reporter)."""
    after = _TRADED_WITH_AFTER.match(text, frame.money.end)
    if after is None or frame.flow is None or frame.partner is None or frame.rejection is not None:
        return frame
    slot = next((s for s in slots if s.start >= after.end()), None)
    if slot is None or text[after.end() : slot.start].strip() not in ("", "the"):
        return frame
    flow = "exports" if after.group("out") else "imports" if after.group("in") else "turnover"
    if slot.iso3 == frame.reporter or (slot.iso3 == frame.partner and flow in ("turnover", frame.flow)):
        return frame  # "up from $30 billion sold to China in 2023": the same trade a year before
    # ("exports to China ..., above the $60 billion bought from the US": the subject's imports)
    return evolve(frame, flow=flow, partner=slot.iso3, source="cue", comparison=False, owner=None)


#: The share verb said again after the second subject ("and salmon represented SAR 0.4 billion",
#: "and salmon represents ..."): `_SHARE_VERBS`, in any tense, less the "for" that
#: `_GAPPED_SHARE` reads apart, and the verbs a gapped share also repeats ("made", "constituted").
_REPEATED_SHARE_VERB: Final = re.compile(
    r"(?i)\s+(?:" + _SHARE_VERBS.replace(r"\s+for", "") + r"|made|constituted|contributed)$"
)


def _gapped_shares_of_whole_after(
    text: str, frames: list[Frame], cues: list[tuple[int, int, str, str]]
) -> list[Frame]:
    """Shares told in a row before the whole they are of ("Copper accounted for $2.1 billion
    and salmon for $0.4 billion of imports from Norway"): the flow noun after the last amount
    is every share's, and each share's goods are its own subject's -- the last amount had
    taken the first subject's goods and the first amount no flow. Read from the last frame
    back, so a chain of gapped shares ("copper X, salmon Y and zinc Z of ...") passes it on."""
    out = list(frames)
    for i in range(len(out) - 1, 0, -1):
        part, whole = out[i - 1], out[i]
        if part.source != "item" or part.flow is not None or part.rejection or whole.flow is None:
            continue
        if whole.rejection or not any(c[0] >= whole.money.end for c in cues):
            continue
        if any(part.money.start <= c[0] < whole.money.start for c in cues):
            continue  # the second amount's flow is told before it: its own clause
        gapped = _gapped_share_goods(text, text[part.money.end : whole.money.start], part)
        if gapped is None:
            continue
        goods = clean_product(_REPEATED_SHARE_VERB.sub("", gapped.group("p")))
        if goods is None or goods == part.product:
            continue
        # (the whole had taken the goods of the chain's first item, not only of the one before it)
        taken = whole.product is None or any(f.product == whole.product for f in out[:i])
        out[i] = evolve(whole, product=goods) if taken else whole
        shared = {"flow": whole.flow, "reporter": whole.reporter, "partner": whole.partner}
        out[i - 1] = evolve(part, source="cue", **shared)
    return out


#: A per-year marker right after an amount: "$20 billion a year", "per annum", "annually"
#: (not "a year earlier": the comparison's period).
_PER_YEAR: Final = re.compile(
    r"(?i)\s+(?:(?:a|per|each|every)\s+year\b(?!\s+(?:earlier|ago|before|after|later|previously))|"
    r"per\s+annum\b|annually\b|yearly\b)"
)
#: The same marker ending the amount's clause after the words that tell its flow ("$250 million
#: of Canadian sales to Turkey each year."), not the span of "in a year", "from a year", "than a
#: year", "over a year", "within a year".
_PER_YEAR_AT_END: Final = re.compile(
    r"(?i)(?<!\bin)(?<!\bfrom)(?<!\bthan)(?<!\bover)(?<!\bwithin)(?<!\bfor)\s+"
    r"(?:(?:a|per|each|every)\s+year|per\s+annum|annually|yearly)\s*(?:[.;!?,]|\Z)"
)


def _level_after_change(text: str, change: Frame, level: Frame) -> bool:
    """Whether `level` is the level a change told just before it reached ("rose $15 billion in
    2024 to a record $65 billion", "fell $2 billion last year to $9 billion"): the change's period,
    told between the two, is the level's too (it had none, and was lost)."""
    return (
        change.rejection == "increment"
        and change.period is not None
        and _TO_LEVEL.search(text, change.money.end, level.money.start) is not None
    )


#: The "to" that opens a level after a change and its period: "to", "to a record", "to a new high of",
#: or "at" ("were €50 million higher in 2024 at €360 million").
_TO_LEVEL: Final = re.compile(
    r"(?i)\b(?:to|at)(?:\s+an?\s+(?:record|new|fresh|all-time)(?:\s+(?:high|peak))?(?:\s+of)?)?\s+\S{0,4}$"
)


def _rate_without_period(text: str, frame: Frame, end: int) -> Frame:
    """An amount "a year" with no period of its own in its sentence ("Before it came into force,
    bilateral trade was worth some $20 billion a year", "account for $250 million of sales to
    Turkey each year") is a level per year for a span the text does not state: no figure (it had
    taken the period of a neighbouring sentence). The marker is right after the amount, or ends
    its clause before `end` (the next amount)."""
    if frame.rejection is not None or frame.period is not None or frame.trailing_period is not None:
        return frame
    if _PER_YEAR.match(text, frame.money.end) is None and not _per_year_ends_clause(
        text, frame.money.end, end
    ):
        return frame
    return evolve(frame, rejection="rate: a year without its period")


def _per_year_ends_clause(text: str, start: int, end: int) -> bool:
    """Whether a per-year marker ends the clause after an amount, with no clause break between."""
    marker = _PER_YEAR_AT_END.search(text, start, end)
    return marker is not None and not any(c in text[start : marker.start()] for c in ";:()")


def _without_seasons(frames: list[Frame]) -> list[Frame]:
    """A figure of a farm season ("$2.2 billion during the 2023-2024 season") and the figures
    compared with it are left out: the season is twelve months of two calendar years, but
    which months is the crop's and not in the text, and the labelling rules give none (it
    had been read as 24 months, and carried to the next sentence's figure)."""
    seasons = {i for i, f in enumerate(frames) if f.period is not None and f.period.granularity == "season"}
    if not seasons:
        return frames
    return [
        evolve(f, rejection="season: months unknown")
        if i in seasons or (f.comparison and f.owner in seasons)
        else f
        for i, f in enumerate(frames)
    ]


def _members_part(whole: Frame, frame: Frame, slots: list[CountrySlot], blocs: list[BlocMention]) -> Frame:
    """A member's part of a total between a bloc and a country ("The EAEU's trade with Iran
    reached $6.9 billion in 2024, of which Russia accounted for $4.8 billion"): the one country
    the part names as its subject or owner stands on the bloc's side, so the part is between two
    countries and bilateral, though the whole is not. It takes the side the whole's country
    leaves: the reporter of "Mercosur exports to China", the partner of "China's exports to the
    EU"; a bloc's name read as the goods ("Mercosur exports") is no goods of the part."""
    if not (frame.share and frame.world and whole.world) or (whole.reporter is None) == (
        whole.partner is None
    ):
        return frame
    # (the bloc before the whole's amount, or after it as its destination or origin: "exported
    # goods worth $1.2 billion to the EAEU countries, of which Russia accounted for ...")
    if not any(b.kind != "world" and b.end <= frame.money.start for b in blocs):
        return frame
    country = whole.reporter or whole.partner
    named = {
        s.iso3
        for s in slots
        if whole.money.end <= s.start and s.end <= frame.money.start and s.role in ("subject", "poss")
    }
    if len(named) != 1 or country in named:
        return frame
    member = named.pop()
    reporter, partner = (member, country) if whole.reporter is None else (country, member)
    goods = frame.product if not any(b.text.lower() == (frame.product or "").lower() for b in blocs) else None
    return evolve(frame, flow=whole.flow, reporter=reporter, partner=partner, product=goods, world=False)


#: Only "to" between two amounts: the second ends a "from $X to $Y" or "by $X to $Y" pair.
_PAIR_TO_GAP: Final = re.compile(r"\s*to\s*")


def _pair_start(
    text: str, moneys: list[Money], index: int, clause_start: int, window_start: int, figure_start: int
) -> int:
    """Where the clause words of `moneys[index]` start: before the previous amount when only
    "to" parts them ("could fall by $60 billion to $80 billion", "could rise from $500 billion
    to $580 billion"), as the level is told by the same words as the change or start before it,
    so a modal or goal word there is the level's too; else `window_start`."""
    if index == 0 or not _PAIR_TO_GAP.fullmatch(text, window_start, figure_start):
        return window_start
    earlier = _owned_end(text, moneys[index - 2].end) if index > 1 else 0
    return max(clause_start, earlier)


def _owned_end(text: str, end: int) -> int:
    """End of the flow phrase right after an amount that ends at `end` ("$4.1 billion of the
    goods shipped", "$597 million of the shipments"), else `end`: that flow word is the
    amount's own, not one of a later amount."""
    after = _CUE_AFTER.match(text[end : end + 50])
    return end + (after.end() if after is not None else 0)


def _with_compared_goods(
    text: str, frame: Frame, frames: list[Frame], cues: list[tuple[int, int, str, str]]
) -> Frame:
    """A comparison amount with no goods of its own, of the same flow and sides as the figure it
    is compared with, is of that figure's goods when no flow word comes between them but the
    one the figure takes right after it ("Soybeans accounted for $4.1 billion of the goods
    shipped to China, down from $5.3 billion": the soybeans of a year before, as "Soybean exports
    ... fell to $4.1 billion from $5.3 billion" says; but not "..., while total shipments fell from
    $20 billion", whose flow word is its own)."""
    if (
        not frame.comparison
        or frame.owner is None
        or frame.product is not None
        or frame.rejection is not None
    ):
        return frame
    main = frames[frame.owner]
    if main.product is None or main.flow != frame.flow or main.rejection is not None:
        return frame
    if not {frame.reporter, frame.partner} - {None} <= {main.reporter, main.partner}:
        return frame  # the comparison names a side of its own
    owned_end = _owned_end(text, main.money.end)
    if any(owned_end <= c[0] < frame.money.start for c in cues):
        return frame
    return evolve(frame, product=main.product)


#: A percentage "of" the whole it is a share of, right before the whole's "total" ("or 22.5
#: percent of total turnover", "representing 10.68% of the country's total exports").
_PERCENT_OF: Final = re.compile(
    # (or a fraction: "..., nearly two-thirds of its total import bill")
    r"(?i)(?:\d\s*(?:%|percent|per\s+cent|pct)|\b(?:half|thirds?|quarters?|fifths?|tenths?))\s+of\s+"
    r"(?:the\s+)?(?:[\w-]+['’]s?\s+|its\s+|their\s+)?$"
)
_TOTAL_WORD: Final = re.compile(r"(?i)\b(?:total|overall)\b")
#: The whole, closed by punctuation right after its noun: no amount of its own follows it.
_CLOSED_WHOLE: Final = re.compile(r"(?i)(?:total|overall)(?:\s+[a-z-]+){1,5}?(?=\s*(?:[,;)]|\.(?:\s|$)|$))")
#: A relative clause right after the whole that tells its value: "..., accounting for 9 percent
#: of the country's overall foreign trade, which reached $61.3 billion": the amount is the
#: whole's own, a total with the world, so the comma closes nothing.
_WHOLE_VALUED_AFTER: Final = re.compile(
    r"(?i)\s*,\s*which\s+(?:had\s+|has\s+)?(?:reached|totall?ed|stood\s+at|amounted\s+to|came\s+to|was|were|"
    r"rose|fell|grew|hit|climbed|increased|decreased|declined)\b"
)

#: The share's own worth restated right after its whole: "China accounted for 39% of Chile's
#: total exports, or $38 billion": the amount is the share's, a pair's figure, so the whole's
#: flow word is the figure's (a hedge or a currency of a few letters may open the amount).
_SHARE_RESTATED_AFTER: Final = re.compile(
    r"(?i)\s*,\s*(?:or|worth|valued\s+at|equivalent\s+to|equal\s+to)\s+[^\d,;()]{0,20}?\d"
)


def _share_whole(text: str, position: int) -> bool:
    """Whether `position` (a flow or world word) lies in the whole a percentage is a share of,
    in an aside of its own ("China led with $31.5 billion, or 22.5 percent of total turnover,
    followed by Russia ($26.8 billion)", "..., equivalent to 35.8 percent of total non-oil
    imports, followed by Japan with ..."): a share does not change the figure, and the whole
    is the world's, so its words tell no amount's flow, goods or partner. Not when an amount
    follows the whole ("12% of total imports of €75 billion", "... of overall trade, which
    reached $61.3 billion": that figure is the world's)."""
    for total in _TOTAL_WORD.finditer(text, max(0, position - 40), position + len("overall")):
        whole = _CLOSED_WHOLE.match(text, total.start())
        if (
            whole is not None
            and total.start() <= position < whole.end()
            and _PERCENT_OF.search(text, max(0, total.start() - 60), total.start()) is not None
            and _WHOLE_VALUED_AFTER.match(text, whole.end()) is None
            and _SHARE_RESTATED_AFTER.match(text, whole.end()) is None
        ):
            return True
    return False


def _dates_its_when_clause(text: str, period: Period, moneys: list[Money]) -> bool:
    """ "Since 2019, when trade between Portugal and Mozambique stood at 540 million euros, ...":
    a year after "since" that opens a "when" clause holding an amount is that amount's year
    (not "Since 2019, when the pact took effect, trade has grown to $X": X is after the clause)."""
    if period.preposition != "since":
        return False
    when = _SINCE_WHEN.match(text, period.end)
    if when is None:
        return False
    close = min(
        (text.find(mark, when.end()) for mark in (",", ";") if text.find(mark, when.end()) >= 0),
        default=len(text),
    )
    return any(when.end() <= m.start < close for m in moneys)


_SINCE_WHEN: Final = re.compile(r"\s*,\s*when\b")


def _year_reached_by(period: Period, published: date | None) -> bool:
    """ "By 2023 it had grown to $11.4 billion", "had risen to $X by 2019": a whole year after
    "by" that was over when the story appeared is the year the figure had been reached, so it
    dates that figure; a year still to come is a deadline ("to $10 billion by 2030"), no period."""
    return (
        period.preposition == "by"
        and period.granularity == "year"
        and published is not None
        and period.period_end < published
    )


def _before_trailing_participles(text: str, periods: list[Period], last_money_end: int) -> list[Period]:
    """The periods, without those of a participle clause after the last amount ("..., while
    imports rose 5.5% to $117.2 billion, reversing the surplus China ran with Russia in 2023"):
    that clause tells of another time than the story's figures, and dates them only when
    nothing else does (`Frame.trailing_period`)."""
    trailing = _TRAILING_PARTICIPLE.search(text, last_money_end)
    if trailing is None:
        return periods
    return [p for p in periods if p.start < trailing.start()]


#: A year as the modifier of a figure it compares with: "the 2023 figure", "its 2022 level".
#: (Not "the 2023 figure of $250 million": that amount is the year's own.)
_BASE_YEAR_NOUN: Final = re.compile(
    r"\s+(?:figure|figures|level|levels)\b(?!\s+(?:of|at|for|was|were|stood)\b)"
)


_TRAILING_PARTICIPLE: Final = re.compile(
    r",\s+(?!including\b|according\b|rising\b|falling\b|growing\b|increasing\b|decreasing\b|declining\b"
    r"|climbing\b|jumping\b|dropping\b|slipping\b|sliding\b|surging\b|soaring\b|reaching\b|totall?ing\b"
    r"|amounting\b|representing\b|accounting\b|compared\b)[a-z]+ing\b(?![^.;]*(?:%|per\s?cent))"
)


#: A past level stated inside a clause about something else, with its year: "(would return
#: to) its 2022 high of", "(since the agreement took effect in 2004), when it stood at about".
_PAST_LEVEL: Final = re.compile(
    r"(?i)\b(?P<high>(?:its|their|the)\s+(?:19|20)\d\d\s+(?:high|peak|record|level)\s+of)\s+\Z"
    r"|\b(?P<since>since|after)\s[^,;]{0,80}?\b(?:19|20)\d\d\b[^,;]{0,20}?,\s+when\s+(?:it|they|trade|turnover|exports|imports)\s+"
    r"(?:stood|was|were|amounted|totall?ed|came|ran)(?:\s+(?:at|to))?\s+\Z"
)
#: The year both kinds of past level hold: searched first, as it opens on a digit.
_PAST_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_PAST_LEVEL_WINDOW: Final = 140


def _past_level(text: str, window_start: int, figure_start: int) -> re.Match[str] | None:
    """The words that tell a past level before an amount, or None: "hoped bilateral trade would
    return to its 2022 high of $45.1 billion" (group "high"), "has grown eightfold since the
    agreement took effect in 2004, when it stood at about US$1.6bn". The target or the
    agreement around it speaks of other things, so the words before are the subject's alone.
    `figure_start` is before the amount's hedge ("about"), so the pattern needs none."""
    start = max(window_start, figure_start - _PAST_LEVEL_WINDOW)
    if (
        figure_start - window_start < 10
        or (
            "when" not in text[window_start:figure_start]
            and "of" not in text[max(window_start, figure_start - 20) : figure_start]
        )
        or _PAST_YEAR.search(text, start, figure_start) is None
    ):
        return None
    return _PAST_LEVEL.search(text, start, figure_start)


def _borrowed_goods(text: str, frames: list[Frame], cues: list[tuple[int, int, str, str]]) -> list[Frame]:
    """A figure that borrows the flow word of the one before it, with no flow word of its own
    between them, borrows its goods too: the same flow of the same reporter ("Kenya's tea exports
    fetched $1.4 billion, with Pakistan taking $620 million", "soybean imports from Brazil were
    $40 billion, and from the US $15 billion"); so does a part of it told after ", with",
    ", including" or ", of which", with a flow word of its own ("..., with shipments to Germany
    worth $1.9 billion"). Goods the second names are its own, and so are all goods it names
    ("... and goods worth $90 million to Vietnam")."""
    out = [frames[0]]
    for frame in frames[1:]:
        before = out[-1]
        frame = _next_listed_goods(text, frame, before)
        if (
            frame.product is None
            and before.product is not None
            and frame.rejection is None
            and frame.flow is not None
            and not frame.comparison
            and not before.comparison
            and frame.flow == before.flow
            and (
                (
                    frame.reporter == before.reporter
                    and not any(before.money.end <= c[0] < frame.money.start for c in cues)
                )
                # "coffee exports reached $5.5 billion, with shipments to Germany worth $1.9
                # billion": a part of the figure before, told with a flow word of its own
                or (
                    frame.reporter in (None, before.reporter)
                    and not frame.world
                    and _PART_OPENING.search(text, before.money.end, frame.money.start) is not None
                )
            )
            and _GOODS_OBJECT.search(text, before.money.end, frame.money.start) is None
        ):
            frame = evolve(frame, product=before.product)
        out.append(frame)
    return out


#: What opens a part of the figure before: ", with", ", including", ", of which".
_PART_OPENING: Final = re.compile(r",\s+(?:with|including|of\s+which)\b")


def _next_listed_goods(text: str, frame: Frame, before: Frame) -> Frame:
    """A figure of the same flow whose goods the list before it names with "at", as the figure
    before's were ("The main goods Peru sold to Brazil were copper at $900 million and zinc at
    $300 million"): zinc is the second figure's own goods, where borrowing the first's flow word
    would also borrow its copper. A verb or flow word before "at" ("and imports at") names none
    (`_next_goods_valued_at`)."""
    if frame.product is not None or frame.rejection is not None or frame.flow != before.flow:
        return frame
    listed = _next_goods_valued_at(text, text[before.money.end : frame.money.start], before)
    if listed is None:
        # "Copper accounted for $12.3bn of Chile's exports to China in 2024 and lithium for": the
        # gapped share after the whole, from its last joining word
        whole = text[_owned_end(text, before.money.end) : frame.money.start]
        listed = _gapped_share_goods(text, whole[max(whole.rfind(","), whole.rfind(" and ")) :], before)
    goods = clean_product(listed.group("p")) if listed is not None else None
    return frame if goods is None else evolve(frame, product=goods)


#: Goods named as all goods between two figures: the second's own object ("and goods worth").
_GOODS_OBJECT: Final = re.compile(rf"\b(?:{'|'.join(GOODS_NOUNS)})\b")
#: How far after an amount "before" a year may date it, and how many years before publication that
#: year must end for the amount to be a level of the past, not of the story's period.
_BEFORE_REACH: Final = 40
_PAST_YEARS: Final = 2


def _level_before_a_past_year(frame: Frame, periods: list[Period], published: date) -> Frame:
    """A figure with no period of its own, told as a level before a year long past ("with annual
    sales topping €300 million before the 2011 revolution"): a level of those years, no figure
    of the story's period, which it would otherwise take."""
    if frame.period is not None or frame.rejection is not None:
        return frame
    end = frame.money.end
    if any(
        p.preposition == "before"
        and end <= p.start <= end + _BEFORE_REACH
        and p.period_end.year <= published.year - _PAST_YEARS
        for p in periods
    ):
        return evolve(frame, rejection="not a period's: before a past year")
    return frame


def _open_ended(text: str, frame: Frame) -> Frame:
    """A figure with no period of its own but "since 2017" or "cumulative" in its sentence is a
    sum over the years since, no figure of a period ("Since 2017, cumulative trade between the two
    countries has exceeded $30 bln"): it takes no period from the story either."""
    if frame.period is not None or frame.rejection is not None:
        return frame
    if all(  # a cue counts anywhere but in a relative clause after the figure
        _in_relative_after(text, frame.money.end, m.start())
        # "the highest since 2019" dates a record, no sum since then
        or _RECORD_BEFORE_SINCE.search(text, max(0, m.start() - _RECORD_REACH), m.start()) is not None
        for m in _SINCE_OR_CUMULATIVE.finditer(text)
    ):
        return frame  # (also after it: "paid $1.05 billion ... since 2016")
    return evolve(frame, rejection="not a period's: cumulative")


_SINCE_OR_CUMULATIVE: Final = re.compile(r"(?i)\b(?:since\s+(?:19|20)\d\d|cumulative(?:ly)?)\b")
#: A record the "since" dates, shortly before it: "the highest since 2019", "the first time since".
_RECORD_BEFORE_SINCE: Final = re.compile(
    r"(?i)\b(?:highest|lowest|biggest|largest|strongest|weakest|best|worst|fastest|slowest|sharpest"
    r"|steepest|smallest|first\s+time)\b[^,.;]{0,30}$"
)
_RECORD_REACH: Final = 40


def _in_relative_after(text: str, figure_end: int, position: int) -> bool:
    """Whether `position` lies in a relative clause opened after the figure ("imports fell by 11%
    to 14.8 billion zloty, largely due to the ban on grain that Warsaw has maintained since
    2023"): that clause tells of its own noun's time, not the span the figure was summed over."""
    return position > figure_end and _RELATIVE_PRONOUN.search(text, figure_end, position) is not None


_RELATIVE_PRONOUN: Final = re.compile(r"\b(?:that|which|who|whom|whose)\b")


def read_statement(
    text: str, slots: list[CountrySlot], blocs: list[BlocMention]
) -> tuple[str, str | None, str] | None:
    """(flow, reporter, partner) of a sentence that names a flow with a partner without a
    figure ("Trade between France and Kenya remains modest.", "Imports from Mali remain
    modest": reporter None, the story's side); None when it names no partner, or a bloc."""
    cues = flow_cues(text)
    if len(cues) > 1:
        # "rose 34.5 percent as compared to the exports of the corresponding period": the flow
        # named again as the level compared with is no statement of its own
        cues = [c for c in cues if not _COMPARED_FLOW_BEFORE.search(text, max(0, c[0] - 40), c[0])] or cues
    cue = _strongest(cues)
    if cue is None or blocs:
        return None
    reporter, partner, _ = _direction(text, cue, slots, len(text), len(text))
    if partner is None or reporter == partner:
        return None
    return cue[3], reporter, partner


#: A comparison's connective and an article right before a flow word: the flow named again as
#: the level a change was measured from ("as compared to the exports of the corresponding
#: period", "against imports in the same period of 2024", "than the exports of last year").
_COMPARED_FLOW_BEFORE: Final = re.compile(
    r"(?i)\b(?:compared\s+(?:to|with)|against|versus|vs\.?|than)\s+(?:(?:the|its|their)\s+)?\Z"
)


def _sources_before(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of `text` that name a source (`trade_slots.blocked_spans`: "According to the
    bulletin on foreign trade of the statistics office") and close before `end`."""
    return [(a, b) for a, b in blocked_spans(text) if b <= end]


def _apposition(text: str, earlier: list[Period], period: Period) -> bool:
    """ "In April-June, the last quarter of the fiscal year, ...": a period set off by a comma
    right after another one describes it; the first one is what the figure is for. So is a
    fiscal year after "of the" a period with years of its own ("from 1 March 2023 to 9 January
    2024 of the current 2023-2024 financial year"): the year the run falls in, not its span."""
    if not earlier:
        return False
    if _APPOSITION_GAP.fullmatch(text, earlier[-1].end, period.start) is not None:
        return True
    return (
        period.fiscal
        and not earlier[-1].inferred
        and not earlier[-1].fiscal
        and _FISCAL_YEAR_OF_GAP.fullmatch(text, earlier[-1].end, period.start) is not None
    )


def _outside_ranked_asides(text: str, periods: list[Period]) -> list[Period]:
    """Periods not inside an aside that ranks a country ("Exports to the US, Korea's largest
    destination this year, hit ..."): the aside's relative period dates the ranking, not the
    figure (a year it writes out may be the figure's: "..., its top partner in 2023, ...")."""
    asides = [
        m.span()
        for m in _aside_matches(text, 0, len(text))
        if MARKET_RANKING.search(m.group()) or RANKING_CUE.search(m.group())
    ]
    if not asides:
        return periods
    return [p for p in periods if not (p.inferred and any(a <= p.start < b for a, b in asides))]


def _outside_relative_asides(
    text: str, periods: list[Period], moneys: list[Money], changes: list[Change],
    cues: list[tuple[int, int, str, str]],
) -> list[Period]:  # fmt: skip
    """The periods not told inside a relative clause that says no trade of its own (no amount,
    change or flow word): "Oman, which signed a memorandum with Sri Lanka in June, took goods
    worth ...", "..., its 2011 free trade protocol, ...": the clause's time is its event's, not
    the figure's ("Exports to China, which rose 12% in 2023, reached ..." keep theirs)."""
    told = [*(y.start for y in moneys), *(c.start for c in changes), *(c[0] for c in cues)]
    # (the relative clause set off by commas is _RELATIVE_ASIDE's: "Thailand, which is
    # negotiating an upgrade of its 2011 protocol with Peru, took ...")
    asides = [
        m.span() for m in _RELATIVE_ASIDE.finditer(text) if not any(m.start() <= x < m.end() for x in told)
    ]
    if not asides:
        return periods
    return [p for p in periods if not any(a <= p.start < b for a, b in asides)]


#: The time a level was last seen, before the year it names: "a level last seen in 2019",
#: "last recorded back in 2017", "not seen since 2015", "unseen since 2016".
_LAST_SEEN_BEFORE: Final = re.compile(
    r"(?i)\b(?:(?:last|not)\s+(?:been\s+)?(?:seen|recorded|reached|hit|touched|registered|posted|logged"
    r"|witnessed|observed)|unseen)\s+(?:(?:back\s+)?in|since)\s+(?:the\s+)?$"
)
#: How far before the year the words that make it a level's last sighting may start.
_LAST_SEEN_REACH: Final = 40


def _last_seen_level(text: str, period: Period) -> bool:
    """A year told as the last time a level was seen ("fell to $500 million, while imports rose
    to $300 million in 2024, a level last seen in 2019") dates no figure: it is the past the
    level is measured against, with no amount of its own. Left in, it took the figure before it
    ("$500 million, a level last seen in 2019" was 2019's) or, beside the figure's own year,
    left an earlier amount no period to share ("$500 million, while imports rose to $300 million
    in 2024" gives both 2024's)."""
    return _LAST_SEEN_BEFORE.search(text, max(0, period.start - _LAST_SEEN_REACH), period.start) is not None


def _inside_money(period: Period, moneys: list[Money]) -> bool:
    return any(m.start <= period.start < m.end for m in moneys)


# ---------------------------------------------------------------------------------------
# One amount: flow, countries, product, rejections


def _read_money(
    text: str,
    hints: Hints,
    index: int,
    moneys: list[Money],
    clauses: Clauses,
    cues: list[tuple[int, int, str, str]],
    slots: list[CountrySlot],
    blocs: list[BlocMention],
    published: date | None,
    previous: Frame | None,
    past_levels: set[int],
    restated: Frame | None = None,
    goal_read: bool = False,
) -> Frame:
    """What the sentence says of `moneys[index]`. The ids of amounts told as a past level
    ("its 2022 high of ...") are added to `past_levels`, so that read_sentence, which marks
    them once the grammar is done, need not search for the words again. `restated` is the
    figure before `previous` when that is only its conversion into another currency.
    `goal_read`: a goal is read as a figure would be, for the flow and sides it names
    (`_start_point_of_a_goal`)."""
    money = moneys[index]
    k = clauses.of(money.start)
    clause_start, clause_end = clauses.starts[k], clauses.ends[k]
    # "$597 million of the shipments, followed by ...": that flow word is the last amount's
    previous_end = _owned_end(text, moneys[index - 1].end) if index > 0 else 0
    window_start = max(clause_start, previous_end)
    figure_start = hedge_start(hints.low, money)
    window = text[window_start:figure_start]
    frame = Frame(
        money=money,
        clause=k,
        share=(
            index > 0
            and _SHARE_GUARD.search(hints.low, previous_end, money.start) is not None
            and _SHARE_CUE.search(text, previous_end, money.start) is not None
        )
        or (index == 0 and _SHARE_OPENING.match(text) is not None),
    )

    if index > 0 and (
        _CONVERSION_GAP.fullmatch(text, previous_end, figure_start)
        or (
            moneys[index - 1].currency != money.currency
            and text.find("(", previous_end, figure_start) >= 0
            and (
                _CONVERSION_AFTER_PERIOD.fullmatch(text, previous_end, figure_start)
                or _CONVERSION_IN_PARENTHESES.fullmatch(text, previous_end, figure_start)
            )
        )
        or (
            moneys[index - 1].currency != money.currency
            and moneys[index - 1].currency is not None
            and _OR_AFTER_PERIOD.fullmatch(text, previous_end, figure_start)
        )
    ):
        return evolve(frame, rejection="conversion")  # "1.9 trillion tenge ($4.1 billion)"
    if "equivalent" in hints.low[clause_start:figure_start] and _EQUIVALENT_PREDICATE.search(
        text, clause_start, figure_start
    ):
        # "In rupees, shipments to Oman were equivalent to some Rs 9,000 crore (INR 90 billion)":
        # the figure told before in another currency, restated, no figure of its own
        return evolve(frame, rejection="conversion")
    past = _past_level(text, window_start, figure_start)
    if past is not None and past.start():
        past_levels.add(id(money))
    told = window if past is None else text[window_start : past.start()]
    told_start = _pair_start(text, moneys, index, clause_start, window_start, figure_start)
    if told_start < window_start:
        told = text[told_start:window_start] + told
    rejection = _rejection(text, told, money, published, opening=told_start == 0) or (
        _among_three_or_more(told, slots, told_start, figure_start)
    )
    if (
        rejection is not None
        and rejection.startswith("target: ")
        and (_result_of(previous, window) or (past is not None and past.group("high") is not None))
    ):
        # "were worth $2.2 billion, taking bilateral trade to $7 billion"; "would return to its
        # 2022 high of $45.1 billion": the goal is the wrapper's, the past level a figure
        rejection = None
    if goal_read and rejection is not None and rejection.startswith("target: "):
        rejection = None
    if rejection is None and _part_of_a_goal(text, previous, figure_start):
        rejection = previous.rejection if previous is not None else None
    if rejection is not None:
        return _rejected(text, frame, rejection, slots, clause_start)
    market = _nearest_ranking(text, previous_end, money.start) if hints.market else None
    if (
        market is not None
    ):  # the ranking may open an earlier clause: "The biggest suppliers to Egypt were ..."
        # or the clause before the amount's: "Italy was Algeria's first customer, with purchases of ..."
        market_clause = clauses.starts[clauses.of(market.start())]
        ranked_frame = _market_rank(text, frame, market, cues, slots, blocs, min(clause_start, market_clause))
        if ranked_frame is not None:
            return ranked_frame
    if (
        index == 0
        and (hints.market or hints.ranking)
        and (
            text.find("ith ", 0, figure_start) >= 0
            or text.find(", at ", 0, figure_start) >= 0
            or text.find("(", 0, figure_start) >= 0
        )
    ):
        fronted_rank = _fronted_ranking_frame(text, frame, cues, slots, blocs, figure_start)
        if fronted_rank is not None:
            return fronted_rank

    contrasted = _contrasted_partner(text, frame, previous, slots, figure_start)
    if contrasted is not None:
        return contrasted
    # "Egypt came second, with purchases worth ...": a "with" clause of the amount after the rank
    ranked_from = clauses.starts[k - 1] if k > 0 and _WITH_OPENING.match(text, clause_start) else clause_start
    placed = _placed_with_trade(text, frame, slots, ranked_from, figure_start) or _destination_of(
        text, frame, slots, clause_start, figure_start
    )
    if placed is not None:
        return placed
    in_window = [c for c in cues if window_start <= c[0] < money.start]
    share_verb_before = _ends_on(_SHARE_VERB_BEFORE_SEARCH, window[-30:], lowered_for_hints(window[-30:]), 30)
    closed = _relative_close(text, moneys[index - 1], figure_start) if index > 0 else None
    if closed is not None:
        in_window = [c for c in in_window if c[0] > closed]
    if in_window:  # "Spain, Morocco's top trade partner, bought ...": not the aside's flow word
        asides = [m.span() for m in _aside_matches(text, max(0, window_start - 2), money.start)]
        # "exports to China, according to the investment, trade and industry ministry, rose": the
        # source's name, whatever commas it holds, when a flow word stands outside it
        sources = [m.span() for m in _ATTRIBUTION_ASIDE.finditer(text, window_start, money.start)]
        named_by_source = [c for c in in_window if any(a <= c[0] < b for a, b in sources)]
        if named_by_source and len(named_by_source) < len(in_window):
            in_window = [c for c in in_window if c not in named_by_source]
        outside = [c for c in in_window if not any(a <= c[0] < b for a, b in asides)]
        # "Brazil's soybean shipments to China, which account for 70% of its soy exports, brought
        # in ...": the flow told before the aside, when the window holds the aside's alone
        # ("Lithium carbonate, almost unknown in the trade two decades ago, made up another $1.1
        # billion": the aside's alone before a share verb either, the share is of the figure before)
        alone = len(in_window) == 1 and (window_start > 0 or share_verb_before)
        in_window = outside or ([] if alone else in_window)
    if in_window and hints.ranking:
        in_window = _outside_ranking_words(text, in_window, slots, money.start)
    if len(in_window) > 1:
        in_window = _outside_wholes_of_percentages(text, in_window)
    # "cashew nuts, which alone accounted for about 3 billion USD of inbound shipments": the
    # flow after "of" is the part's, whatever flow words the clause held before
    share_of = _OF_FLOW_AFTER.match(text, money.end) if share_verb_before else None
    share_cues = [c for c in cues if c[0] <= share_of.start("cue") < c[1]] if share_of is not None else []
    if share_cues:
        in_window = []  # (so the cue counts as told after the amount, with the share's goods)
    if in_window and _taken_of_origin(text, slots, money) is not None:
        # "Russia, where most banana imports are handled by ..., absorbed $168 million of
        # Ecuadorian bananas": the taking verb and the goods' country are the amount's own; a
        # flow word a comma sets off before the verb is the subject's aside
        in_window = [c for c in in_window if text.find(",", c[1], money.start) < 0]
    if len(in_window) == 1 and _taker_verb_of_owners_part(
        text, in_window[0], slots, cues, figure_start, money
    ):
        in_window = []  # (so the owner's flow word after the amount is the part's)
    cue = _strongest(share_cues or in_window)
    part = (
        _PART_FLOW.match(text, money.end)
        if _PART_OF.search(text, max(0, money.start - 14), money.start)
        else None
    )
    if part is None and previous is not None and previous.share and previous.flow in ("exports", "imports"):
        part = _gapped_part_flow(text, moneys[index - 1].end, money)
    whole = previous if part is not None else None  # the total the amount is a part of
    if part is not None:  # "trade stood at $12.6 billion, of which $4.2 billion was Iran's exports"
        part_at = part.start("cue") if part.group("cue") else part.start("trade")
        cue = next((c for c in cues if c[0] == part_at), cue)
    bought_from = None
    fronted = cue is None and (
        (
            index == 0
            and _FRONTED_AT.fullmatch(text, clause_start, money.start) is not None
            and _FRONTED_COMMA.match(text, money.end) is not None
        )
        or (index == 1 and _fronted_range_end(text, hints.low, moneys))
    )
    if fronted:
        # "At $4.2 billion, trade between Kazakhstan and Turkey in 2023 was 9% higher": the
        # figure set before the flow whose level it is, the flow word first after its comma
        # (also the end of a fronted range: "From $3.1 billion in 2020 to $5.4 billion in 2024,
        # trade between ... grew 74%")
        upto = moneys[index + 1].start if index + 1 < len(moneys) else clause_end
        fronted_cues = [c for c in cues if money.end < c[0] < upto]
        cue = next(
            (c for c in fronted_cues if c[2] not in WEAK_FLOW_WORDS),
            fronted_cues[0] if fronted_cues else None,
        )
    if cue is None:
        after = _CUE_AFTER.match(text[money.end : money.end + 50])
        spent = _SPENT.search(text, max(0, money.start - 40), money.start) is not None
        if after is None and spent:
            after = _SPENT_ON.match(text[money.end : money.end + 50])  # "spent $11.2 billion on imports"
        earned = _EARNED.search(text, max(0, money.start - 40), money.start) is not None
        if after is None and earned:
            after = _EARNED_BY.match(text[money.end : money.end + 50])  # "earned $8.3 billion by exporting"
        sale = _goods_sale_after(text, money.end) if after is None and earned else None
        if sale is not None:  # "earned $4.6 billion from the sale of gold to the UAE"
            cue, after = (sale.start("sale"), sale.end("sale"), "sale", "exports"), None
        if after is not None:  # "$2.4 billion in bilateral trade", "goods worth $5bn were exported"
            group = next(
                g for g in ("cue", "passive", "gerund", "part", "prenominal") if after.groupdict().get(g)
            )
            start = money.end + after.start(group)
            cue = next((c for c in cues if c[0] == start), None)
        elif cue is None and (spent or _took_before(text, money)):
            bought = (_PAID_FOR_ORIGIN if spent else _TAKEN_OF_ORIGIN).match(text, money.end)
            origin = next(
                (s for s in slots if bought is not None and s.start == bought.start("origin")), None
            )
            if bought is not None and origin is not None:
                # "Japanese buyers paid ¥2.9 trillion for Australian LNG", "spent ₹4.3 lakh crore on
                # Russian oil", "took K41.3 billion of Zambian goods": a purchase from the country
                # its goods are named for
                cue = (bought.start("origin"), bought.end("origin"), "bought", "imports")
                bought_from = origin.iso3
    cue_after = cue is not None and not in_window
    if cue is None or (
        cue[2] in WEAK_FLOW_WORDS
        and not _relative_verb(text, cue, clause_start, slots)
        and not _directed(text, cue, slots)
    ):
        cues_before = [c for c in cues if previous_end <= c[0] < window_start]
        asides = [m.span() for m in _aside_matches(text, previous_end, money.start)]
        cues_before = [c for c in cues_before if not any(a <= c[0] < b for a, b in asides)] or cues_before
        earlier = _strongest(cues_before, cue)
        if earlier is not cue and earlier is not None:
            # "Coal exports to China, which resumed in 2023, reached A$13.8 billion"
            cue = earlier
            k_cue = clauses.of(cue[0])
            clause_start, clause_end = clauses.starts[k_cue], clauses.ends[k_cue]
    if cue is None and previous is not None and (previous.rejection or "").startswith("target"):
        # "Bilateral trade between A and B, which the two governments aim to raise to $5 billion,
        # rose 12 percent to $1.4 billion": the goal's relative clause closed, the subject's
        # flow; "exports crossed the $2 billion mark in 2023, reaching $2.08 billion": the flow
        # that crossed the line
        goal = _RELATIVE_OPENING.search(text, 0, previous.money.start)
        if previous.rejection == "target: threshold":
            cue = _strongest([c for c in cues if c[0] < previous.money.start])
        elif goal is not None and "," in text[previous.money.end : figure_start]:
            cue = _strongest([c for c in cues if c[0] < goal.start()])
            if cue is not None:
                k_cue = clauses.of(cue[0])
                clause_start, clause_end = clauses.starts[k_cue], clauses.ends[k_cue]
    if cue is None:  # a ranked list goes on: "..., followed by Spain with N1.2tn and France with N870bn"
        ranked = _ranked(text, frame, slots, blocs, clause_start, previous)
        if ranked is not None:
            return ranked
    if cue is None:  # a list: "China ($13.7 billion), Russia ($9.8 billion)"
        listed = [c for c in cues if clause_start <= c[0] < window_start]
        # "Imports from China, the Kingdom's largest trading partner, reached SR176.2 billion ...,
        # up from SR159.8 billion in 2023": the earlier figure is of the subject's imports, not
        # of the aside's trade (all of them when each is inside one)
        if listed:
            cue = _strongest(
                _outside_asides(
                    text, listed, listed[0][0], window_start, at=itemgetter(0), keep_all_if_empty=True
                )
            )
    if cue is None and frame.share and clause_start > 0:
        # "exports ... totalled $5.1 billion, with soybean oil alone accounting for $3.9 billion":
        # a part of the figure before, in a clause of its own, is of the same flow
        cue = _strongest([c for c in cues if c[0] < previous_end])
    # "X was Y's top export destination, with goods worth $4.2 billion, of which cars accounted
    # for $1.1 billion": a part of the ranked partner's exports or imports, which no flow word
    # told (a part of a ranked pair's trade has no one direction)
    ranked_part = cue is None and frame.share and previous is not None and previous.source == "rank"
    if ranked_part and previous is not None and previous.flow in ("exports", "imports"):
        start = _share_subject_start(text, frame, clause_start)
        share = _SHARE_SUBJECT.match(text, start, money.start)
        product = clean_product(_SUBJECT_ASIDES.sub(" ", share.group("p"))) if share else None
        return evolve(
            frame, flow=previous.flow, source="rank", reporter=previous.reporter, partner=previous.partner,
            product=product,
        )  # fmt: skip
    if cue is not None and clause_start > 0:
        clause_start = _past_closed_relative(text, clauses, clause_start, cue[0])
    clause_slots = [s for s in slots if clause_start <= s.start < clause_end]
    clause_text = text[clause_start:clause_end]
    pair_cue = hints.pair and names_pair(clause_text)
    # "Total trade between the two countries": a world word said of the pair is no world total
    world_words = hints.world and not pair_cue
    partners_total = (
        _PARTNERS_TOTAL.search(text, max(0, figure_start - 110), figure_start)
        or (
            _PARTNER_WITH_AMOUNT.search(text, max(0, figure_start - 110), figure_start)
            if _TRADE_AFTER_AMOUNT.match(text, money.end)
            else None
        )
        if hints.ranking
        else None
    )
    # "Nigeria was the fastest-growing destination, with total trade reaching ...": the subject's
    described = _copular_subject(text, slots, clause_start)
    # the total of a ranked partner's trade with the country ranking it, by the ranking's words
    # before the amount or by the copular clause before "with": one flag, no world total
    ranked_total = partners_total is not None or described is not None
    # "With total trade of €254 billion, China was Germany's top partner": the pair's total,
    # told before the clause that names the pair
    opening_total = (
        _OPENING_TOTAL.fullmatch(text, 0, figure_start)
        if index == 0 and hint_holds(lowered_for_hints(text[:figure_start]), ("with",))
        else None
    )  # (every match holds "with")
    frame = evolve(
        frame,
        pair_cue=pair_cue,
        home_cue=hints.home and bool(HOME_POSSESSIVE.search(text, clause_start, money.start)),
        world=(
            (
                _is_world(
                    clause_text,
                    clause_start,
                    clause_slots,
                    blocs,
                    clause_end,
                    world_words,
                    money.end,
                    previous_end,
                )
                or (
                    world_words
                    and cue is not None
                    and not _cue_of_whole_before(text, slots, cue[0], moneys, index)
                    and _world_total_cue(
                        text, cue[0], clause_slots, money.start if cue[0] < money.start else clause_end
                    )
                )
                or _inside_bloc(text, blocs, money.start)
                or _whole_of_parts(text, clause_slots, money, moneys)
                or (cue is not None and not slots and _defined_category(text, cue))
            )
            and not _bilateral_part(text, clause_slots, clause_start, money)
            and not ranked_total
            and opening_total is None
            # "..., with whom total trade stood at ...": the relative names the total's partner
            and (clause_start == 0 or _with_which_antecedent(text, slots, clause_start, None) is None)
        )
        # "X remained Y's largest trading partner, with total trade of ...": the pair's total,
        # unless a bloc is the one ranked or ranking
        or (partners_total is not None and _bloc_ranked(text, blocs, partners_total.start(), slots))
        or (
            opening_total is not None
            and _bloc_ranked(text, blocs, _ranking_end(text, money.end, clause_end), slots)
        ),
    )
    if (
        previous is not None
        and previous.flow in ("exports", "imports")
        and previous.rejection is None
        and previous.reporter is not None
        and previous.partner is not None
        and _OTHER_DIRECTION.search(text, previous.money.end, money.start) is not None
    ):
        # "exports to Pakistan reached $150 million, while flows in the other direction totalled
        # $110 million": the same flow with the sides swapped (it had been nothing, or turnover)
        return evolve(
            frame, flow=previous.flow, source="cue", reporter=previous.partner, partner=previous.reporter,
            rejection=None, world=False,
        )  # fmt: skip
    gapped_subject = (
        _gapped_subject(text, previous, slots, previous_end, figure_start)
        if previous is not None and (cue is None or cue[0] < previous.money.start)
        else None
    )
    if gapped_subject is not None and previous is not None:
        # "Japan bought US$5.1 billion of Chilean copper in 2024 and South Korea US$3.4 billion":
        # the verb left out after a second subject, whose flow it is, from the same partner
        return evolve(
            frame, flow=previous.flow, source="cue", reporter=gapped_subject, partner=previous.partner,
            product=previous.product, world=False,
        )  # fmt: skip
    gapped_partner = (
        _gapped_partner(text, previous, slots, previous_end, figure_start)
        if previous is not None and cue is None
        else None
    )
    if gapped_partner is not None and previous is not None:
        # "..., with Uganda taking Sh143 billion and Tanzania Sh73 billion": the verb left out
        # after a second partner, of the same flow from the same reporter
        return evolve(
            frame, flow=previous.flow, source="cue", reporter=previous.reporter, partner=gapped_partner,
            product=previous.product, world=False, rejection=None,
        )  # fmt: skip
    gapped = (
        cue is None
        and previous is not None
        and previous.flow is not None
        and (previous.reporter is not None or previous.partner is not None)
        and _GAPPED.fullmatch(text, previous_end, figure_start) is not None
        # "$21.1 billion to Germany and $9.8 billion to Iraq": each amount's partner after it
        and partner_right_after(text, previous.flow, slots, money) is None
    )
    if gapped and previous is not None:
        # "turnover with Iran amounted to $598.4 million, with the UAE $3.7 billion and with
        # China $1.3 billion": the flow and reporter told before, another partner
        named = [s.iso3 for s in slots if previous_end <= s.start and s.end <= figure_start]
        if len(named) == 1 and named[0] != previous.reporter:
            return evolve(
                frame,
                flow=previous.flow,
                source="cue",
                reporter=previous.reporter,
                partner=named[0],
                world=False,
            )  # (a bloc elsewhere in the clause is another item's)
        if not named:  # "with the ASEAN bloc $A130 billion": a bloc's; the list goes on after it
            return evolve(frame, flow=previous.flow, reporter=previous.reporter, rejection="world: a bloc's")
    if cue is None and previous is not None and previous.flow is not None and previous.rejection is None:
        next_partner = _next_item_to_partner(text, previous.flow, previous.money, slots, money)
        if next_partner is not None and next_partner != previous.reporter:
            # "$21.1 billion to Germany and $9.8 billion to Iraq": the flow and reporter told before
            return evolve(
                frame, flow=previous.flow, source="cue", reporter=previous.reporter, partner=next_partner
            )
    listed_frame = (
        _listed_partner(text, frame, previous, slots, previous_end, figure_start) if cue is None else None
    )
    if listed_frame is not None:
        return listed_frame
    if cue is None:
        own = window if closed is None else text[closed + 1 : figure_start]
        # (an amount with no flow word of its own goes on from the figure a conversion restates)
        return _without_cue(text, frame, own, clause_slots, index, restated or previous)
    start, _, word, flow = cue
    if (
        _GOVERNED_TARGET_SEARCH(text, max(0, start - 40), start)
        and _TO_BEFORE.search(window)
        and not _result_of(previous, window)
        and not _STATED_IN_RELATIVE.search(window)
    ):
        return evolve(frame, rejection="target: infinitive")  # "agreed to boost trade ..., to $1 billion"
    if _city_owner(text, clause_slots, start):
        return evolve(frame, rejection="not a country's: a city's own")  # "Dubai's non-oil trade with India"
    reporter, partner, definite = _direction(
        text, cue, clause_slots, clause_end, clause_end if fronted else money.start
    )
    if definite and partner is None and clause_start > 0:
        reporter, partner, definite = _described_partner(slots, clause_start, reporter)
    share_of_its = (
        _SHARE_OF_ITS.search(text, clause_start, start)
        if partner is None
        and flow != "turnover"
        and (
            hints.low.find(" of its ", max(0, start - 30), start) >= 0
            or hints.low.find(" of their ", max(0, start - 30), start) >= 0
        )
        else None
    )
    if share_of_its is not None:
        # "China was Chile's largest export market, accounting for 39% of its exports, or US$38.2
        # billion": the share the subject took of the ranking owner's flow
        # (the subject took the share, so it is no reporter even where it was read as the flow's)
        share_at = share_of_its.start("verb") if share_of_its.group("verb") else share_of_its.start()
        owner, subject, _ = _described_partner(slots, share_at, None)
        if subject is not None:
            reporter, partner, definite = owner, subject, False
    owners_part = _part_of_owners_whole(text, clause_slots, cue, figure_start, money.end)
    if owners_part is not None:
        # "China accounted for $4.2 billion of Kyrgyzstan's foreign trade": the part is the
        # pair's, of the owner's trade with the world
        (reporter, partner), definite = owners_part, False
        frame = evolve(frame, world=False)
    if flow != "turnover" and _joint_owners(text, clause_slots, start, flow):
        return evolve(frame, rejection="several reporters")  # "Indonesia and Malaysia's exports to India"
    if flow != "turnover" and (reporter is None or partner is None):
        reporter, partner = _relative_antecedent(text, cue, slots, clause_start, reporter, partner)
    if partner is None and clause_start > 0:
        partner = _with_which_antecedent(text, slots, clause_start, reporter)
        if partner is not None and reporter is None:
            reporter = _sole_other_before(slots, clause_start, partner)
    if partner is None and reporter is not None and flow != "turnover":
        # "The countries to which Uzbekistan exported the most goods were Russia ($1.9 billion),
        # ...": the country the amount is set beside is the flow's partner, as in a ranked list
        partner = _listed_before_amount(text, slots, money.start, reporter)
    if partner is None and reporter is not None and described not in (None, reporter):
        # "Sudan was a bright spot, with tea exports from Kenya reaching ...": (with no owner
        # named, "Kenya was the top performer, with tea exports reaching ..." is the subject's own)
        partner = described
    if (
        flow != "turnover"  # (a pair's trade after "X remained Y's largest partner, with ...": the ranking's)
        and reporter is None
        and partner is None
        and not definite
        and k > 0
        and _WITH_OPENING.match(text, clause_start)
    ):
        # "Australia recorded FY11 exports to Japan, with shipments peaking at $3.4 billion": the
        # with-clause's bare flow noun is the flow the clause before told, with its sides
        reporter, partner = _sides_told_before(text, cues, clauses, k, flow, slots, money.start)
    seller = (
        _share_of_imports_seller(text, slots, reporter, cue, money)
        if flow == "imports" and reporter is not None and partner is None
        else None
    )
    if seller is not None:  # "Turkish goods accounted for 3 percent of Iraq's imports, or $1.9bn"
        flow, reporter, partner = "exports", seller, reporter
        frame = evolve(frame, world=False)  # (also of "Iraq's total imports": the share is the pair's)
    if flow == "imports" and reporter is not None and partner is None and word in FLOW_VERBS:
        partner = _goods_origin(text, slots, reporter, money)
        if partner is None and bought_from != reporter:
            partner = bought_from
    if flow == "turnover" and hints.ranking and RANKING_CUE.search(text, clause_start, money.start):
        ranking = _ranking_pair([s for s in clause_slots if s.end <= money.start], None)
        if ranking[1] is not None:  # "Trade with Peru, the country's largest partner, ...": no one ranked
            reporter, partner = ranking
            nxt = _next_ranked_in_parentheses(text, clause_slots, clause_start, money.start)
            if nxt is not None and nxt.iso3 not in ranking:
                # "China remained Vietnam's largest trading partner, ahead of the US at $134 billion":
                # the amount is the next item's, the US's, not the first-ranked partner's
                partner = nxt.iso3
    item = TOP_ITEM.search(text, 0, clause_end) if hints.top_item else None
    if item is not None and not item.group("flow").lower().startswith(flow[:6]):
        item = None
    unplaced = reporter is None and partner is None and not definite and not frame.pair_cue and item is None
    if (
        unplaced
        and not frame.world
        and word not in FLOW_VERBS
        and _DEFINITE_SUBJECT.fullmatch(text, clause_start, start) is not None
    ):
        # "The purchases were worth $6.1 billion" opening its clause: the flow told before, also
        # by a sentence with a volume and no figure ("Imports from Russia climbed to 10.9 million
        # tons.")
        source = "anaphor"
    elif (
        word in WEAK_FLOW_WORDS
        and unplaced
        and not _singular_flow_head(text, cue, clause_start, money.start)
        and not _second_verb_of_subject(text, cue, previous, figure_start)
        and not _IN_RETURN.match(text, money.end)  # "while buying £55bn in return": the pair's other flow
    ):
        # "sales" alone; but "Wheat remained the largest export, with sales worth ...", and
        # "purchases from the neighbouring country" have their direction
        source = "weak"
    else:
        source = "cue"
    product = _product(text, frame, cue, clause_start, item, cue_after=cue_after, in_window=bool(in_window))
    if index > 0 and start < moneys[index - 1].start:
        gapped_goods = _GAPPED_GOODS.match(text, previous_end, figure_start)
        if gapped_goods is not None:  # "exported copper worth $18m to Korea and coal to Japan $22m": coal
            product = clean_product(gapped_goods.group("p"))
    bare = (
        product is None
        and reporter is None
        and (
            (
                k > 0
                and not _after_a_verb(cues, clause_start)
                and _bare_contrast(text, clause_start, start, money.start)
            )
            or (index > 0 and _and_after_figure(text, previous_end, start, money.start))
        )
    )
    if product is None and whole is not None:
        product = whole.product  # "non-oil trade ..., of which $4.2 billion was exports": non-oil exports
    if (
        product is None
        and source == "cue"
        and previous is not None
        and previous.product is not None
        and previous.product.endswith(_GOODS_CLASS_HEADS)
        and unplaced
        and word in WEAK_FLOW_WORDS
        and _second_verb_of_subject(text, cue, previous, figure_start)
    ):
        # "X bought $2 billion worth of farm goods from Y and sold it $1 billion": the second verb's
        # object is left out with its subject, so it is the first verb's class of goods (not one
        # good: "shipped cocoa worth $900 million to Y and purchased $300 million" buys no cocoa)
        product = previous.product
    if product is None and bought_from is not None:
        # "took $168 million of Ecuadorian bananas": the goods named for their country, as after
        # "bought ... worth of" ("of Ecuadorian goods" names none)
        product = _goods_after_amount(text, money.end) or _goods_paid_for(text, money.end)
    if _DEFINITE_GOODS.match(text, money.end) is not None:
        # "the largest buyer of Ugandan coffee, ahead of Germany, which bought $98.3 million worth
        # of the beans": "the beans" are the goods the sentence named before
        product = _ranked_goods(text, slots, money) or product
    elif (
        product is None
        and start < money.start
        and _RELATIVE_BEFORE_FLOW.search(text, max(0, start - 16), start)
    ):
        # "the top destination for Uruguayan beef, ahead of the United States, where sales climbed
        # 31% to US$ 398 million": the sales of the ranking's goods in the country ranked
        product = _ranked_goods(text, slots, money)
    if reporter is None and partner is None and flow == "turnover":
        before = [s for s in slots if s.start < clause_start]
        reporter, partner = _earlier_clause_pair(
            text,
            before,
            clause_start,
            hints.ranking or described is not None,
            ranked_total=ranked_total,
        )
        if opening_total is not None and reporter is None:
            slots_after = [s for s in clause_slots if s.start >= money.end]
            reporter, partner = _later_clause_pair(text, slots_after, money.end, clause_end, hints.ranking)
            if reporter is None:
                # "With total trade of Dh 780 billion, Morocco's foreign trade grew 4.1%": the clause
                # names no pair, so the total is the world's, not the pair of the sentence before
                return evolve(frame, rejection="world total: an opening total naming no pair")
    own_slots = [s for s in clause_slots if window_start <= s.start < money.start]
    if in_window and _whole_of_percentage(text, cue[0]):
        # "China took 38.9% of Chile's exports, followed by the United States ($16.1 billion)":
        # the share's taker has no amount; the one after it is the next item's in the ranking
        next_ranked = _next_ranked_in_parentheses(text, clause_slots, cue[1], money.start)
        if next_ranked is not None and next_ranked.iso3 != reporter:
            return evolve(
                frame, flow=flow, source=source, reporter=reporter, partner=next_ranked.iso3, product=product
            )
        if _bloc_ranked_next(text, blocs, cue[1], money.start):
            return evolve(
                frame, source="item", flow=flow, reporter=reporter, partner=partner, rejection=RANKED_BLOC
            )
    named_after = partner_right_after(text, flow, clause_slots, money) if len(moneys) > 1 else None
    if named_after is not None and named_after.iso3 != reporter:
        partner = named_after.iso3  # "$39 billion to China, $16 billion to the United States"
    elif (
        not in_window
        and own_slots
        and own_slots[-1].role == "poss"
        and previous is not None
        and (previous.reporter == reporter or _gapped_owner_of(text, slots, previous))
        and previous.partner is not None
        and own_slots[-1].iso3 not in (reporter, previous.partner)
        and _OWNER_BEFORE_AMOUNT.fullmatch(text, own_slots[-1].end, money.start)
    ):
        # "Fiji's exports to Australia reached $300 million in 2024 and Samoa's $40 million": the
        # possessor is the gapped flow's owner, with the same partner (not a second partner)
        reporter, partner = own_slots[-1].iso3, previous.partner
    elif not in_window and own_slots and own_slots[-1].iso3 != reporter:
        partner = own_slots[-1].iso3  # a list item: "China ($13.7 billion), Russia ($9.8 billion)"
    elif _MAINLY_TO.match(text, cue[1]) is not None:
        return evolve(frame, rejection="several partners: the main ones")  # "shipments, mostly to India, ..."
    elif (
        "respectively" not in hints.low
        and not _two_amounts_paired(text, moneys, clause_slots, cues, clause_start)
        and _several_partners(
            flow, _outside_asides(text, clause_slots, clause_start, money.start), start, money,
            _list_end(text, cues, moneys, index, start),
        )
    ):  # fmt: skip
        return evolve(frame, rejection="several partners")  # "exports to China and Russia reached $40bn"
    pointed = (
        product is None and _POINTING_BEFORE.search(text, max(clause_start, start - 12), start) is not None
    )
    if _further_part(text, word, clause_start, previous) and reporter is None and partner is None:
        return evolve(frame, source="item", product=product)
    if (
        frame.world
        and reporter is not None
        and partner is not None
        and _PART_OF_A_TOTAL.match(text, money.end)
    ):
        # "China accounted for US$3.9 billion of Sri Lanka's total imports": a part of the total,
        # the pair's, not the total
        frame = evolve(frame, world=False)
    return evolve(
        frame, flow=flow, source=source, reporter=reporter, partner=partner, definite_partner=definite,
        product=product, contrasted=bare, pointed=pointed,
    )  # fmt: skip


def _gapped_owner_of(text: str, slots: list[CountrySlot], frame: Frame) -> bool:
    """Whether the frame's reporter is the possessor right before its amount ("..., Ireland's
    €31.2 billion and Italy's €18.0 billion"): a gapped owner itself, whose flow and partner the
    next possessor's amount goes on with."""
    return any(
        s.role == "poss"
        and s.iso3 == frame.reporter
        and s.end <= frame.money.start
        and _OWNER_BEFORE_AMOUNT.fullmatch(text, s.end, frame.money.start) is not None
        for s in slots
    )


#: "in return" after an amount: the other flow of the pair just told ("sold Britain £82bn of goods,
#: while buying £55bn in return").
_IN_RETURN: Final = re.compile(r"\s+(?:of\s+goods\s+)?in\s+return\b")

#: Between a possessor and its gapped amount: "Samoa's $40 million", "Samoa's were worth $40 million".
_OWNER_BEFORE_AMOUNT: Final = re.compile(
    r"(?:['’]s)?\s+(?:(?:were|was|stood\s+at|reached|totalled|totaled|came\s+to)\s+)?(?:worth\s+)?"
    r"(?:(?:some|about|around|nearly|almost|just|only)\s+)?"
)

#: The heads of a class of goods that trade both ways ("farm goods", "non-oil products").
_GOODS_CLASS_HEADS: Final = (" goods", " products", " merchandise", " commodities")

#: Nouns of goods on the move that say no direction of their own ("coal shipments" may be
#: bought or sold).
_DIRECTIONLESS_CARGO: Final = frozenset(["shipments", "deliveries", "cargoes", "consignments"])


def _further_part(text: str, word: str, clause_start: int, previous: Frame | None) -> bool:
    """Whether a directionless cargo noun, naming no side, opens a ", while" clause set against a
    part of a whole the sentence just gave ("LNG accounted for 2.9 trillion yen of the total,
    while coal shipments dropped to 2.4 trillion yen"): another part of that whole, of its flow,
    not exports by the noun."""
    return (
        word in _DIRECTIONLESS_CARGO
        and previous is not None
        and previous.source == "item"
        and previous.flow is None
        and previous.rejection is None
        and text[clause_start : clause_start + 9].lower().startswith((", while ", ", whereas"))
    )


#: An aside right after a flow word that names its main partners ("gold shipments, mostly to
#: India, the UAE and Switzerland, earned ...", "exports, mainly to India,"): the figure is of
#: all of its partners, no bilateral figure.
_MAINLY_TO: Final = re.compile(
    r",\s+(?:mostly|mainly|largely|chiefly|primarily|principally|predominantly)\s+(?:to|from)\s"
)


#: The singular "export"/"import" heading its clause as the noun of the figure right after it
#: ("Export - USD 510.4 million, import - USD 520.1 million", "Export amounted to ...",
#: "including export of ...": Georgian and Armenian statistics English): what opens the clause
#: before it, and what joins it to the amount.
_SINGULAR_HEAD_BEFORE: Final = re.compile(r"(?i)(?:\A|[,;:(]|\b(?:including|and|while|whereas|but))\s*\Z")
_SINGULAR_HEAD_AFTER: Final = re.compile(
    r"(?i)\s*[-–—:]\s*|\s+(?:(?:has\s+|had\s+)?(?:amounted|reached|totall?ed|stood|made\s+up|came|grew|rose"
    r"|increased|decreased|fell|declined|dropped|was)\b|of\b)"
)
#: How far the amount may lie after the word joining it to the noun ("amounted to about ").
_SINGULAR_HEAD_REACH: Final = 24


def _singular_flow_head(
    text: str, cue: tuple[int, int, str, str], clause_start: int, money_start: int
) -> bool:
    """Whether the weak singular "export"/"import" of `cue` is the noun its clause opens with
    and the figure's own ("Export - USD 510.4 million"), so it names the flow as "Exports" does
    (not "export" as a verb or a modifier: "plans to export $1 billion" is not clause-initial)."""
    start, end, word, _flow = cue
    if word.lower() not in ("export", "import") or start < clause_start:
        return False
    if _SINGULAR_HEAD_BEFORE.search(text[clause_start:start]) is None:
        return False
    joined = _SINGULAR_HEAD_AFTER.match(text, end)
    return joined is not None and 0 <= money_start - joined.end() <= _SINGULAR_HEAD_REACH


#: A determiner that opens a clause right before its flow noun ("The purchases were worth
#: $6.1 billion", "These shipments fetched ..."): the flow the sentence before told, with or
#: without its own figure.
_DEFINITE_SUBJECT: Final = re.compile(r"(?i)\s*(?:the|these|those|such)\s+(?:[a-z-]+\s+)?")
#: A determiner that points a flow noun back to the flow told before: "those shipments",
#: "such exports", "these sales", "the same shipments".
_POINTING_BEFORE: Final = re.compile(r"(?i)\b(?:those|these|such|the\s+same)\s+$")


#: Between two amounts, a gapped clause: only a partner phrase ("with the UAE", "and to China
#: -", ", from Peru:"), after the first amount's period or change; the flow word and the verb
#: are left out.
_GAPPED: Final = re.compile(
    r"(?:\s+(?:in|during|for)\s+[\w-]+(?:\s+[\w-]+){0,3}?)?"  # the amount's period: "in 2023"
    r"(?:\s*,\s*(?:up|down)\s+(?:by\s+)?[\d.,]+\s*(?:%|per\s?cent|percent|pc)\b)?"  # its change
    r"(?:\s*\(\s*[-+−–]?\s*[\d.,]+\s*%[^()]{0,20}\))?"  # or one in parentheses: "(+9.8%)", "(-1.7% y/y)"
    r"\s*[,;]?\s*(?:and\s+|while\s+)?(?:with|to|from)\s+(?:the\s+)?"  # "; with China:", ", and to Peru"
    r"[A-Z][\w'’. -]{1,40}?\s*(?:[-–—:]\s*|,\s*)?"
)


def _next_item_to_partner(
    text: str, flow: str, previous: Money, slots: list[CountrySlot], money: Money
) -> str | None:
    """The partner of an amount listed after the amount `previous` of `flow`, each with its
    partner right after it by the flow's preposition ("..., including $21.1 billion to Germany and
    $9.8 billion to Iraq"); None when the amount is not such an item."""
    before = partner_right_after(text, flow, slots, previous)
    if before is None or _ITEM_JOIN.fullmatch(text, before.end, money.start) is None:
        return None
    after = partner_right_after(text, flow, slots, money)
    return after.iso3 if after is not None else None


#: What joins two items of a list: a comma, "and", or both.
_ITEM_JOIN: Final = re.compile(r",?\s+(?:and\s+)?|,\s*")


#: An amount's balance noun, its modifiers and "with" after it: " goods deficit with ", " trade surplus
#: with the " (the other side's name follows).
_BALANCE_NOUN_WITH: Final = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:deficit|surplus|imbalance|gap|shortfall)\s+with\s+(?:the\s+)?"
)


#: Words of trade among three sides: "trilateral trade", "three-way trade", "among themselves".
_AMONG_THREE: Final = re.compile(r"(?i)\b(?:trilateral|tripartite|three-way|among\s+themselves)\b")


def _among_three_or_more(told: str, slots: list[CountrySlot], start: int, end: int) -> str | None:
    """ "Trade between China, Japan and South Korea reached ...", "China-Japan-South Korea trade",
    "trilateral trade": a figure of three or more countries together, which is no pair's (the
    first two had been taken as its sides)."""
    sides = {s.iso3 for s in slots if start <= s.start < end and s.role in ("between", "pair")}
    if len(sides) >= 3 or (_AMONG_THREE.search(told) is not None and len(sides) != 2):
        return "world: among three or more"
    return None


def _rejected(text: str, frame: Frame, rejection: str, slots: list[CountrySlot], clause_start: int) -> Frame:
    """A rejected amount; a balance keeps whose it is and with whom ("Nepal's trade deficit
    with India", "the trade balance between Egypt and Türkiye": the first named's; "posted a
    surplus of $2.1 billion with Uzbekistan": the other side after it), as it still says what
    the story is about."""
    if rejection not in BALANCE_REJECTIONS:
        return evolve(frame, rejection=rejection)
    before = [s for s in slots if clause_start <= s.start < frame.money.start]
    owner = next((s for s in before if s.role in ("poss", "attr", "subject")), None)
    other = next((s for s in before if s.role == "with" and (owner is None or s.iso3 != owner.iso3)), None)
    between = [s for s in before if s.role == "between"]
    if owner is None and other is None and len({s.iso3 for s in between}) == 2:
        owner, other = between[0], between[1]
    if owner is not None and other is None:
        # "Korea posted a trade surplus of $2.1 billion with Uzbekistan": the other side after it
        other = partner_right_after(text, "turnover", slots, frame.money)
        if other is None and (noun := _BALANCE_NOUN_WITH.match(text, frame.money.end)) is not None:
            # "ran a $17.9 billion goods deficit with Japan": after the balance's own noun
            other = next((s for s in slots if s.start == noun.end()), None)
        other = other if other is not None and other.iso3 != owner.iso3 else None
    return evolve(
        frame,
        rejection=rejection,
        reporter=owner.iso3 if owner else None,
        partner=other.iso3 if other else None,
    )


#: Between a ranking and the country it names after a verb: "(the largest export destination)
#: was ", " in 2023 remained ".
_COPULA_AFTER_MARKET: Final = re.compile(
    r"\s+(?:(?:(?:in|during|for|within|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:\s+\d{4})?"
    r"|(?:last|this)\s+year)\s+){0,2}"  # "in the Western Balkans last year"
    r"(?:was|were|is|remained|became|continued\s+to\s+be)\s+(?:the\s+)?"
)


#: An aside of place set off by commas: ", where much of its copper is traded,".
_WHERE_ASIDE: Final = re.compile(r",\s+where\s[^,;]*,")


def _goods_before_flow_noun(goods: str) -> str | None:
    """The goods of a ranked market ("the top buyer of Kenyan tea": tea), also those a flow noun
    after them names ("the second-largest market for Omani fish exports": fish); None for the
    flow noun alone ("the largest market for Vietnam's exports": all goods)."""
    cues = flow_cues(goods)
    head = goods[: cues[0][0]] if cues else goods
    return clean_product(head) if head.strip() else None


#: What opens a part counted inside the figure before: ", including", ", of which" (not ", with",
#: which may set a stated figure beside a goal: "..., to $10 billion by 2030, with trade at $4
#: billion last year").
_INSIDE_THE_FIGURE_BEFORE: Final = re.compile(
    r"(?i),\s+(?:including|of\s+which)\s+(?:(?:some|about|around)\s+)?$"
)


def _part_of_a_goal(text: str, previous: Frame | None, figure_start: int) -> bool:
    """Whether the amount at `figure_start` is a part counted inside a goal or forecast told right
    before it ("exports to Africa are projected to reach $30 billion in 2025, including $9
    billion to Egypt"): the part is as much a forecast as its whole, no stated figure."""
    if previous is None or previous.rejection is None or not previous.rejection.startswith("target: "):
        return False
    gap = text.rfind(",", previous.money.end, figure_start)
    return gap >= 0 and _INSIDE_THE_FIGURE_BEFORE.match(text, gap, figure_start) is not None


def _nearest_ranking(text: str, start: int, end: int) -> re.Match[str] | None:
    """The ranking (`MARKET_RANKING`) between `start` and `end` nearest the amount at `end`:
    after a ranking said of the figure before, the one the amount comes with is the last
    ("..., making the US its largest export market, while China remained its largest import
    source with $125.3 billion": an import source, not the export market)."""
    market = MARKET_RANKING.search(text, start, end)
    while market is not None:
        later = MARKET_RANKING.search(text, market.end(), end)
        if later is None:
            return market
        market = later
    return None


def _market_rank(
    text: str, frame: Frame, market: re.Match[str], cues: list[tuple[int, int, str, str]],
    slots: list[CountrySlot], blocs: list[BlocMention], clause_start: int, reach: int | None = None,
) -> Frame | None:  # fmt: skip
    """An amount ranked by market ("The US remained the largest export market with $56.5
    billion", "Kenya's top export destinations were Uganda (KSh 98 billion), ..."); None when
    the amount has a flow of its own ("Exports to the US, Colombia's largest market, fell to
    ...") or belongs to another country's clause ("..., ahead of the UAE, from which Kenya
    imported ...", "..., well behind China, which bought ...").

    The ranking's words run up to the amount, or up to `reach` when the amount is fronted
    before them ("With 42.6 billion dirhams, France was Morocco's second-largest customer":
    `_fronted_ranking`)."""
    money = frame.money
    upto = money.start if reach is None else reach
    goods_of = next(
        (s for s in slots if s.start >= market.end() and _OF_ONLY.fullmatch(text, market.end(), s.start)),
        None,
    )
    # "the largest market for Vietnam's exports": the market's own flow word, not another's
    market_words = (
        _RANKED_GOODS.match(text, goods_of.end)
        if goods_of is not None
        else _epithet_goods(text, market.end())
    )
    # "the main destination for the kingdom's cars": the home's goods, the home told by the context
    epithet = goods_of is None and market_words is not None
    market_end = market_words.end() if market_words is not None else market.end()
    copula_from = market_words.start(1) + len(market_words.group(1).rstrip()) if market_words else market_end
    named_after = next(
        (s for s in slots if copula_from <= s.start < upto and _COPULA_AFTER_MARKET.fullmatch(
            text, copula_from, s.start)),
        None,
    )  # fmt: skip
    if named_after is not None:
        # "Georgia's largest export destination was Kyrgyzstan with $142.6 million": the place
        # named after the verb is the ranked country, the possessive before it the reporter
        # (or the goods' country: "The top destination for Kenyan tea in 2023 was Pakistan")
        home = next((s.iso3 for s in slots if s.end <= market.start() and s.role == "poss"), None)
        flow = "exports" if market.group("exports") else "imports"
        product = None
        if goods_of is not None and home in (None, goods_of.iso3) and market_words is not None:
            home = goods_of.iso3
            product = _goods_before_flow_noun(market_words.group(1))
        if epithet and market_words is not None:
            product = _ranked_goods_phrase(market_words.group(1))
        product = product or _goods_of_source(market)
        return evolve(
            frame, source="rank", flow=flow, reporter=home, partner=named_after.iso3, product=product
        )
    # "Switzerland, where most of the region's gold is traded, remained the leading destination,
    # taking ...": a place's aside before the ranking tells of the place, no flow of the amount
    where = [m.span() for m in _WHERE_ASIDE.finditer(text, 0, market.start())] if ", where " in text else []
    own_flow = any(
        min(clause_start, market.start()) <= c[0] < upto
        and not market.start() <= c[0] < market_end
        and not any(a <= c[0] < b for a, b in where)
        and c[2] not in WEAK_FLOW_WORDS
        and (not _ranked_amounts_noun(text, c, upto) or _pair_trade(text, c))
        for c in cues
    ) or any(
        market.end() <= s.start < upto
        and (
            s.role.endswith("_which")
            # (not the next item, "..., behind Spain (Dh 62.1 billion)", though no word gives it a role)
            or (s.role == "subject" and not market.group("plural") and not _next_in_rank(text, s.start))
            or _RELATIVE_OPENER.match(text, s.end) is not None  # "ahead of Tanzania, which bought"
        )
        for s in slots
    )
    if own_flow:
        return None
    flow = "exports" if market.group("exports") else "imports"
    before_market = [s for s in slots if clause_start <= s.start < market.start()]
    home = next((s.iso3 for s in before_market if s.role == "poss"), None) or next(
        (s.iso3 for s in slots if market.start() <= s.start < market.end() and s.role == "poss"), None
    )  # "the largest source of Malawi's imports"
    product = None
    if goods_of is not None and home in (None, goods_of.iso3):
        # "the top buyer of Kenyan tea", "the largest market for Chilean copper": whose goods, and which
        home = goods_of.iso3
        product = _goods_before_flow_noun(market_words.group(1)) if market_words is not None else None
    elif epithet and market_words is not None:
        product = _ranked_goods_phrase(market_words.group(1))
    product = product or _goods_of_source(market)
    next_ranked = _next_ranked_in_parentheses(text, slots, market.end(), upto)
    if next_ranked is not None:  # "..., ahead of France (Dh 61.2 billion)"
        return evolve(
            frame, source="rank", flow=flow, reporter=home, partner=next_ranked.iso3, product=product
        )
    if _bloc_ranked_next(text, blocs, market.end(), upto):  # "..., followed by the EU with $43.1 billion"
        # (the list may go on; the ranking's flow, home and first country stay known for it)
        first = next((s.iso3 for s in before_market if s.role != "poss"), None)
        return evolve(
            frame,
            source="item",
            flow=flow,
            reporter=home,
            partner=first,
            product=product,
            rejection=RANKED_BLOC,
        )
    if market.group("plural"):  # the ranked list follows: "were Uganda (...), the Netherlands (...)"
        listed = [s for s in slots if market.end() <= s.start < upto]
        owner = next((s for s in listed if s.role in ("to", "attr", "poss")), None)  # "suppliers to Egypt"
        home = home or (owner.iso3 if owner else None)
        items = [s for s in listed if s is not owner and s.iso3 != home]
        if items:
            return evolve(
                frame, source="rank", flow=flow, reporter=home, partner=items[-1].iso3, product=product
            )
    if home is None and flow == "imports":
        # "Mexico overtook China as the top supplier to the United States, with $505 billion in
        # exports": the country supplied is the home, the one it imports from is ranked
        home = next(
            (s.iso3 for s in slots if s.role == "to" and _TO_ONLY.fullmatch(text, market.end(), s.start)),
            None,
        )
    ranked = [s for s in before_market if s.role != "poss"]  # not "Colombia's largest market"
    if not ranked and where:  # the place the aside tells of, right before it, is the ranked one
        ranked = [s for s in slots if any(s.end == a for a, _ in where) and s.role != "poss"]
    if not ranked:
        ranked = _subject_before_relative_aside(text, slots, market.start())
    if not ranked:
        return None
    if home is None:
        # "India remained the leading destination, taking Zambian products valued at ...": the
        # country of the goods the ranked market took is the home
        home = next(
            (
                s.iso3
                for s in slots
                if market.end() <= s.start < upto
                and s.role == "attr"
                and s.iso3 != ranked[-1].iso3
                and _GOODS_AFTER.match(text, s.end) is not None
            ),
            None,
        )
    if flow == "imports" and home is not None and _EXPORTS_AFTER_AMOUNT.match(text, money.end):
        # "... the top supplier to the United States, with $505 billion in exports": the amount
        # is told as the ranked country's exports to the home
        return evolve(
            frame, source="rank", flow="exports", reporter=ranked[-1].iso3, partner=home, product=product
        )
    return evolve(frame, source="rank", flow=flow, reporter=home, partner=ranked[-1].iso3, product=product)


def _fronted_ranking_frame(
    text: str, frame: Frame, cues: list[tuple[int, int, str, str]], slots: list[CountrySlot],
    blocs: list[BlocMention], figure_start: int,
) -> Frame | None:  # fmt: skip
    """An amount fronted by "with" before the copular clause that ranks a partner ("With 42.6
    billion dirhams, France was Morocco's second-largest customer in 2023", "Kenya, with $3.1
    billion in sales, was Uganda's top export market"): a writer moves the trailing "..., with
    X" to the front, and the figure is still the ranked partner's, of the ranking's flow (a
    customer or market: the owner's exports; a supplier: its imports, `_market_rank`; a
    trading partner: the pair's turnover). None when the amount is fronted before no ranking."""
    fronted = _fronted_ranking(text, slots, frame.money, figure_start)
    if fronted is None:
        return None
    subject, (own_start, own_end), reach = fronted
    market = MARKET_RANKING.search(text, subject.end, reach)
    if market is not None:
        # (the amount's own noun, "in sales", "purchases of", names the ranking's flow again)
        own = [c for c in cues if not own_start <= c[0] < own_end]
        return _market_rank(text, frame, market, own, slots, blocs, 0, reach)
    if RANKING_CUE.search(text, subject.end, reach) is None:
        return None
    if _bloc_within(blocs, subject.end, reach):  # "..., China was the EU's top trading partner"
        return evolve(frame, rejection="world: a bloc's")
    owner = next((s.iso3 for s in slots if subject.end <= s.start < reach and s.role == "poss"), None)
    return evolve(frame, source="rank", flow="turnover", reporter=owner, partner=subject.iso3)


#: The nouns of a ranked partner's flow that a fronted amount may take, before or after it.
_FRONTED_NOUNS: Final = "sales|exports|imports|purchases|shipments|goods|deliveries|merchandise"
#: What may stand before a "with" that fronts a ranked amount: a dateline, a year and its comma
#: ("In 2023, with ..."), and the ranked country set off by commas ("France, with ..., was").
_FRONTED_WITH: Final = re.compile(
    r"(?:[A-Z][A-Z .,'’]+\s[-–—]\s+)?\s*"
    r"(?:(?:(?:In|During|For|Over)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?\d{4}|(?:Last|This)\s+year),\s+)?"
    r"(?:(?P<subject>(?:[Tt]he\s+)?[A-Z][\w.'’ -]{0,40}?)(?:,\s+|(?=\s*\()))?"
    # (after the country alone, "at" in its commas or a bracket: "Uganda, at Sh130 billion, was
    # Kenya's top export market", "Uganda (Sh130 billion) was ...")
    r"(?P<with>[Ww]ith\s+|at\s+|\s*(?P<bracket>\()\s*)"
    # the amount's own noun before it: "With purchases of 42.6 billion dirhams, ..."
    rf"(?:(?:total\s+)?(?:{_FRONTED_NOUNS})\s+(?:of|worth|valued\s+at|totall?ing|amounting\s+to)\s+)?"
)
#: From a fronted amount to its comma: the amount's own noun ("in sales", "worth of exports") and
#: year ("in 2023"), nothing else ("With $3 billion in investments, ..." is no trade figure).
_FRONTED_WITH_TAIL: Final = re.compile(
    rf"(?:\s+(?:in|of|worth\s+of)\s+(?:total\s+|annual\s+)?(?:{_FRONTED_NOUNS}))?"
    r"(?:\s+(?:in\s+\d{4}|last\s+year|this\s+year))?\s*,"
)
#: The same closed by the bracket that opened it: "Uganda (Sh130 billion) was ...".
_FRONTED_BRACKET_TAIL: Final = re.compile(r"(?:\s*,?\s+(?:in\s+\d{4}|last\s+year|this\s+year))?\s*\)")
#: Between the end of a fronted amount's comma and its ranked country: nothing or "the".
_ARTICLE_GAP: Final = re.compile(r"\s*(?:the\s+)?")


def _fronted_ranking(
    text: str, slots: list[CountrySlot], money: Money, figure_start: int
) -> tuple[CountrySlot, tuple[int, int], int] | None:
    """The ranked country, the span of the amount's own words from "with" to its comma, and the
    end of the copular clause that ranks the country (`_COPULAR_REST`), when the amount opens
    the sentence after "with" and that clause follows its comma ("With 42.6 billion dirhams,
    France was Morocco's second-largest customer"), or when the country, set off by commas,
    opens the sentence before "with" ("France, with 42.6 billion dirhams, was ..."); else None."""
    opening = _FRONTED_WITH.fullmatch(text, 0, figure_start)
    if opening is None or (opening.group("subject") is None and opening.group("with")[:1] not in ("W", "w")):
        return None  # (after no country only "With" fronts an amount: "At $4.2 billion, ..." is another's)
    tail = (_FRONTED_BRACKET_TAIL if opening.group("bracket") else _FRONTED_WITH_TAIL).match(text, money.end)
    if tail is None:
        return None
    if opening.group("subject") is not None:  # "France, with ..., was ..."
        subject = next(
            (s for s in slots if opening.start("subject") <= s.start and s.end == opening.end("subject")),
            None,
        )
        rest_from = tail.end()
    else:  # "With ..., France was ..."
        subject = next((s for s in slots if s.start >= tail.end()), None)
        if subject is not None and _ARTICLE_GAP.fullmatch(text, tail.end(), subject.start) is None:
            subject = None
        rest_from = subject.end if subject is not None else tail.end()
    if subject is None or subject.role == "poss":
        return None
    rest = _COPULAR_REST.match(text, rest_from)
    return None if rest is None else (subject, (opening.start("with"), tail.end()), rest.end())


#: The exports a ranked amount is told as, right after it: "$505 billion in exports", "$3
#: billion of (its) exports", "$2 billion worth of shipments".
_EXPORTS_AFTER_AMOUNT: Final = re.compile(
    r"\s+(?:worth\s+)?(?:in|of)\s+(?:its\s+|their\s+)?(?:exports|shipments|sales|outbound\s+shipments)\b"
)
#: A contrast before a listed item and the rank it took after it: "while ... came second".
_ITEM_WRAPPER: Final = re.compile(
    r"(?i)^(?:while|whereas|but)\s+|\s+(?:came|ranked|placed|stood)\s+(?:second|third|fourth|fifth|sixth|next)$"
)


#: An amount set before its flow: "At $4.2 billion, trade ...", "At around Rs 61,200 crore, ...".
def _fronted_range_end(text: str, low: str, moneys: list[Money]) -> bool:
    """Whether the second amount ends a range the sentence opens on ("From $3.1 billion in 2020
    to $5.4 billion in 2024, trade ..."): the first is the start point (`FRONTED_FROM`), each
    maybe with its period, and a comma closes the range before the flow it is of."""
    first, second = moneys[0], moneys[1]
    return (
        FRONTED_FROM.fullmatch(text, 0, hedge_start(low, first)) is not None
        and _RANGE_TO.fullmatch(text, first.end, hedge_start(low, second)) is not None
        and _PERIOD_THEN_COMMA.match(text, second.end) is not None
    )


#: Between the two amounts of a fronted range: the first's period maybe, then "to".
_RANGE_TO: Final = re.compile(r"(?i)(?:\s+(?:in|during|for)\s+[^,;$]{1,30}?)?\s+to\s+")
#: After the range's second amount: its period maybe, then the comma before the flow.
_PERIOD_THEN_COMMA: Final = re.compile(r"(?i)(?:\s+(?:in|during|for)\s+[^,;]{1,30}?)?\s*,\s+(?=[A-Za-z])")
_FRONTED_AT: Final = re.compile(r"\s*At\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?")
_FRONTED_COMMA: Final = re.compile(r"\s*,\s+(?=[A-Za-z])")
#: Between a market noun and the country it supplies: "supplier to (the) ...".
_TO_ONLY: Final = re.compile(r"\s+to\s+(?:the\s+)?")


#: A relative clause set off by commas right after a sentence's subject: ", where most of the
#: copper is traded,", ", which buys most of the crop,".
_RELATIVE_ASIDE_AFTER: Final = re.compile(r",\s+(?:where|which|who|whose)\s[^,;]{1,80},")


def _subject_before_relative_aside(
    text: str, slots: list[CountrySlot], market_start: int
) -> list[CountrySlot]:
    """The country opening the sentence when a relative aside alone stands between it and the
    clause of the ranking ("Switzerland, where most of the copper is traded, remained the
    leading destination, taking ..."): the aside's commas cut the subject off the ranking's
    clause, but it is still the country ranked."""
    opener = slots[0] if slots else None
    if opener is None or opener.role == "poss" or text[: opener.start].strip():
        return []
    aside = _RELATIVE_ASIDE_AFTER.match(text, opener.end)
    if aside is None or aside.end() > market_start or "," in text[aside.end() : market_start]:
        return []
    return [opener]


#: Nouns of a part of a whole, before its "of": "a share of", "the bulk of", "a fraction of".
_PART_NOUNS: Final = r"(?:share|part|portion|proportion|fraction|bulk)"
#: Fractions as nouns of a part: "a fifth of", "half of". Also a period's part ("the first half
#: of 2024", "the first quarter of"), so only where a flow word or its whole follows at once, not
#: in `_WHOLE_OF_SHARE` ("in the first half of 2024 to $2.3 billion" is no whole).
_FRACTION_NOUNS: Final = r"(?:half|third|quarter|fifth|tenth)"
#: A percentage or fraction "of" the whole right before its flow word ("38.9% of Chile's
#: exports", "a fifth of Nepal's imports", "17 percent of Korean shipments abroad").
_PERCENTAGE_OF: Final = re.compile(
    rf"(?i)(?:\d\s*(?:%|percent|per\s+cent|pct)|\b{_PART_NOUNS}|\b{_FRACTION_NOUNS})\s+of\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$"
)
#: `_PERCENTAGE_OF` where what each of its matches holds stands, in lower case: a percent sign or
#: word ("percent", "per cent" and "pct" hold "per" or "pct"), or a part's or a fraction's noun
#: ("proportion" holds "portion").
_PERCENTAGE_OF_SEARCH: Final = HintedSearch(
    _PERCENTAGE_OF,
    ("%", "per", "pct", "share", "part", "portion", "fraction", "bulk", "half", "third", "quarter", "fifth",
     "tenth"),
)  # fmt: skip


def _outside_wholes_of_percentages(
    text: str, cues: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """The flow words of a window that are no whole a percentage is taken of, when one is left:
    in "China's exports to Chile accounted for 28.5 percent of Chile's total imports in 2024,
    reaching 18.4 billion dollars" the amount is the subject's exports, the share's whole (all
    of Chile's imports) is no flow of the amount."""
    wholes = [c for c in cues if _whole_of_percentage(text, c[0])]
    if not wholes:
        return cues
    # the part is the subject of a share verb ("accounted for", "made up"), not a flow verb that
    # takes the share ("China supplied a third of Kenya's imports, some $3.9 billion": China's)
    parts = [
        c for c in cues if c[1] <= wholes[0][0] and _SHARE_VERB.search(text, c[1], wholes[0][0]) is not None
    ]
    # a flow word after the whole is the amount's own: "..., with a 12.9% share of imports, behind
    # China, from which Angola bought goods worth ..." (the share was Portugal's, the purchase China's)
    later = [c for c in cues if c[0] >= wholes[-1][1] and not _whole_of_percentage(text, c[0])]
    return parts or later or cues


def _whole_of_percentage(text: str, cue_start: int) -> bool:
    """Whether the flow word at `cue_start` names the whole a percentage is taken of ("China
    accounted for 38.9% of Chile's exports"): its taker has a share, no amount, so an amount
    told after a ranked country is that country's."""
    return _PERCENTAGE_OF_SEARCH(text, max(0, cue_start - 40), cue_start) is not None


def _next_ranked_in_parentheses(
    text: str, slots: list[CountrySlot], after: int, money_start: int
) -> CountrySlot | None:
    """The country named after a market ranking (or a share, ending at `after`) with the amount
    in parentheses right after it ("Spain was Morocco's largest customer, ahead of France (Dh
    61.2 billion)"), or after "followed by" with the amount after "with" or "at" ("The US
    remained the largest export market, followed by China with $55.1 billion"): the amount is
    that country's, the next item of the ranking, as in a ranking of trading partners
    (`_ranked`), not the first-ranked partner's before the market word."""
    return next(
        (
            s
            for s in slots
            if after <= s.start
            and s.role != "poss"
            and (
                _COUNTRY_THEN_PARENTHESIS.fullmatch(text, s.end, money_start) is not None
                or (
                    (s.role == "ranked" or _next_in_rank(text, s.start))
                    and _LISTED_AMOUNT.fullmatch(text, s.end, money_start) is not None
                )
            )
        ),
        None,
    )


#: What names the next item of a ranking right before it: "ahead of the UK", "followed by Japan",
#: "behind Germany", "trailed by India", "trailing Spain".
_NEXT_IN_RANK_BEFORE: Final = re.compile(
    r"(?i)\b(?:ahead\s+of|followed\s+by|behind|trailed\s+by|trailing)\s+(?:the\s+)?$"
)


def _next_in_rank(text: str, start: int) -> bool:
    """Whether the country or bloc named at `start` is the next item of a ranking
    (`_NEXT_IN_RANK_BEFORE`): "behind Spain" names no subject of a clause of its own, though no
    preposition before it gives the country a role."""
    return _NEXT_IN_RANK_BEFORE.search(text, max(0, start - 24), start) is not None


def _bloc_ranked_next(text: str, blocs: list[BlocMention], after: int, money_start: int) -> bool:
    """Whether the amount after a market ranking (or a share, ending at `after`) is that of a
    bloc named next in it ("China was the second-biggest export market, followed by the
    European Union with $43.1 billion"): the bloc's total is no figure, and not one of the
    country ranked before the market word, as for a country named next
    (`_next_ranked_in_parentheses`) or a ranking without a market word (`_ranked`)."""
    item = _followed_by_item(text, max(after, money_start - _FOLLOWED_BY_REACH), money_start)
    if item is not None and _bloc_within(blocs, item[0], money_start):
        return True
    # "..., behind the European Union ($21.9 billion)", "ahead of ASEAN at $9 billion"
    return any(
        after <= b.start
        and _next_in_rank(text, b.start)
        and (
            _COUNTRY_THEN_PARENTHESIS.fullmatch(text, b.end, money_start) is not None
            or _LISTED_AMOUNT.fullmatch(text, b.end, money_start) is not None
        )
        for b in blocs
    )


#: How far before an amount its ranked item's "followed by" may start.
_FOLLOWED_BY_REACH: Final = 60


def _followed_by_item(text: str, reach: int, money_start: int) -> tuple[int, str] | None:
    """Start and text of the item named after "followed by" right before the amount at
    `money_start` ("followed by cashew nuts at"), looking back to `reach`; None if there is none."""
    item = FOLLOWED_BY.search(text[reach:money_start])
    return None if item is None else (reach + item.start("item"), item.group("item"))


def _bloc_within(blocs: list[BlocMention], start: int, end: int) -> bool:
    """Whether a bloc is named wholly between `start` and `end`."""
    return any(start <= b.start and b.end <= end for b in blocs)


def _ranked_amounts_noun(text: str, cue: tuple[int, int, str, str], money_start: int) -> bool:
    """Whether a flow word only names the ranked amount after "with" ("the largest export
    destination, with exports valued at $246.3 million", "with shipments worth $1.14 billion"),
    not a flow of its own."""
    return (
        _WITH_BEFORE.search(text, max(0, cue[0] - 40), cue[0]) is not None
        and _AMOUNT_AFTER.fullmatch(text, cue[1], money_start) is not None
    )


#: Right before a turnover word, the pair's own ("two-way trade", "bilateral trade").
_PAIR_WORD_BEFORE: Final = re.compile(rf"(?i)\b(?:{'|'.join(PAIR_WORDS)})\s+\Z")


def _pair_trade(text: str, cue: tuple[int, int, str, str]) -> bool:
    """ "Vietnam was the second-largest customer, with two-way trade of $410 million": the
    pair's turnover is a flow of its own, not the ranking's exports or imports named again."""
    return cue[3] == "turnover" and _PAIR_WORD_BEFORE.search(text, max(0, cue[0] - 12), cue[0]) is not None


#: "with" or a participle of taking in, after the ranking: "with non-oil and gas imports of",
#: ", absorbing exports worth", ", taking in shipments valued at", ", receiving exports of".
_WITH_BEFORE: Final = re.compile(
    r"(?:\bwith|,\s+(?:absorbing|taking(?:\s+in)?|receiving|buying|importing|purchasing))"
    r"\s+(?:[a-z][\w-]*\s+){0,4}\Z"
)
_AMOUNT_AFTER: Final = re.compile(
    r"(?i)\s+(?:worth|valued\s+at|of|totall?ing|amounting\s+to|at|reaching)"
    r"(?:\s+(?:about|around|nearly|almost|some|over|roughly|more\s+than|an\s+estimated))?\s*"
)


#: Only "of"/"for" between a ranking and a country: "the top buyer of Kenyan tea".
#: The words between "source of" and "imports" in an import ranking ("the largest source of
#: Kenya's fertiliser imports").
_SOURCE_OF_GOODS: Final = re.compile(r"(?i)\bsource\s+of\s+(?P<goods>(?:[\w.'’-]+\s+){1,3}?)imports\b")
_POSSESSIVE_END: Final = re.compile(r"['’]s\s+")


def _goods_of_source(market: re.Match[str]) -> str | None:
    """The goods an import ranking is of: "the largest source of Kenya's fertiliser imports" ranks
    sellers of fertiliser, not of all goods, so its figures are of that product. The owner's
    possessive is no goods, and "of foreign imports" or "of Malawi's imports" name none."""
    source = _SOURCE_OF_GOODS.search(market.group())
    if source is None:
        return None
    return clean_product(_POSSESSIVE_END.split(source.group("goods"))[-1])


_OF_ONLY: Final = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
#: A description of the home country owning the goods a market ranks: " for the kingdom's", " of
#: the North African country's" (the words after it are the goods, `_RANKED_GOODS`).
_EPITHET_OWNER: Final = re.compile(
    r"\s+(?:of|for)\s+(?:the|its)\s+(?:[A-Za-z-]+\s+){0,3}?(?:country|nation|kingdom|republic|state|emirate|"
    r"island\s+nation|federation|sultanate|principality|economy)(?=['’]s\s)"
)


def _epithet_goods(text: str, market_end: int) -> re.Match[str] | None:
    """The goods after a description of the home standing for its name ("the main destination
    for the kingdom's cars and components"), as after "Morocco's"; None without one."""
    if "'s" not in text and "’s" not in text:
        return None
    owner = _EPITHET_OWNER.match(text, market_end)
    return _RANKED_GOODS.match(text, owner.end()) if owner is not None else None


def _ranked_goods_phrase(goods: str) -> str | None:
    """The goods a ranking names, unless they are a flow ("the kingdom's exports": all goods)."""
    return clean_product(goods) if goods and not flow_cues(goods) else None


#: The goods after that country: lower-case words up to a comma, a preposition, "last year" or the verb that
#: names the ranked country ("the second destination of Peruvian goods was the United States").
_RANKED_GOODS: Final = re.compile(
    r"(?:['’]s)?\s+((?:(?!(?:at|with|in|for|worth|last|this|was|were|is|are|remained|became|,)\b)[a-z][a-z-]*\s*){1,4})"
)


#: Goods ranked first among what a verb's relative clause tells ("Readymade garments were the
#: largest item Nepal bought from Bangladesh", "Copper was the main product (that) the country
#: shipped to China", "Tea remained the top commodity exported to Egypt"): the subject is the
#: goods of the verb's flow, as before "the top export item" (TOP_ITEM, whose head it shares).
_ITEM_OF_VERB: Final = (
    rf"{RANKED_ITEM_NOUNS}\s+(?:that\s+|which\s+)?"
    r"(?:(?:the\s+country|it|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:has\s+|had\s+|have\s+)?)?"
)
_RANKED_ITEM_OF_VERB: Final = re.compile(RANKED_SUBJECT + _ITEM_OF_VERB)
#: Goods ranked first among the items of the flow noun after them: "Fuels and mineral oils
#: remained the largest single item in Polish sales", "Copper was the main product of the
#: country's exports" (TOP_ITEM says the flow before the item's noun: "the top export item").
_RANKED_ITEM_OF_FLOW: Final = re.compile(
    rf"\s*{RANKED_SUBJECT}{RANKED_ITEM_NOUNS}\s+(?:in|of|among)\s+"
    r"(?:(?:the|its|their)\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+|country['’]s\s+|nation['’]s\s+)?"
)
#: The same ranking told first, the goods after the verb's clause: "The biggest commodity (that)
#: Peru sold to China in 2024 was copper ore, fetching $14.2 billion", "The largest product
#: Chile shipped to Japan was salmon at $1.1 billion": the rank and item before the verb ...
_RANK_FIRST_OF_VERB: Final = re.compile(rf"(?:[Tt]he\s+)?{RANK_FIRST}(?:single\s+)?{_ITEM_OF_VERB}")
#: ... and, between the verb and the amount, the goods as the complement of "was", up to the
#: word that gives their amount (", fetching", " worth", " at").
_GOODS_RANKED_AFTER_VERB: Final = re.compile(
    rf"[^,;]{{0,60}}?\s(?:was|were|is|are|remained)\s+(?P<product>{LETTER}(?:{LETTER}|[ -]){{1,40}}?)"
    rf"(?:\s*,\s*(?:{literal_alternation(EARNING_GERUNDS)}|worth|valued\s+at|at|with)"
    r"|\s+(?:worth|valued\s+at|at|with))"
    r"\s+(?:about\s+|around\s+|nearly\s+|over\s+|some\s+|almost\s+)?"
)


def _product(
    text: str, frame: Frame, cue: tuple[int, int, str, str], clause_start: int, item: re.Match[str] | None,
    *, cue_after: bool, in_window: bool,
) -> str | None:  # fmt: skip
    """The goods of an amount: modifiers or object of its flow word ("agricultural exports",
    "exported fruits worth"), the top item of the sentence ("Wheat remained the largest
    export, with sales worth ..."), the subject of a share verb ("Iron ore alone accounted for
    $X of exports"), or the goods around a verb's amount ("$3bn of beef was shipped", "sold
    $1.2 billion of electricity to")."""
    money = frame.money
    start, end, word, flow = cue
    if text[start:end].lower() == "those":
        # "Chilean copper exports to China ..., while those to the US": the goods of the flow
        # "those" stands for; the words before it are none ("..., surpassing those to China")
        told = text.lower().rfind(word, 0, start)
        return flow_product(text, flow, told, told + len(word), word, 0, money) if told >= 0 else None
    product = flow_product(text, flow, start, end, word, clause_start, money)
    if product is None and _THESE_GOODS.match(text, end) is not None:
        product = _opening_goods(text, start)
    elif product is None and _THEIR_BEFORE.search(text, max(0, start - 7), start):
        product = _opening_goods(text, start)
        if product is not None and product.rsplit(" ", 1)[-1] in _SELLER_NOUNS:
            product = None  # "Kenyan growers made up most sellers: their exports ...": the sellers'

    if product is None and item is not None:
        product = clean_product(item.group("product"))
    if product is None and item is None and "with" in text[max(0, start - 8) : start]:
        # "Cobalt accounted for the bulk, with sales of $2 billion to ...": the goods the sentence
        # ranks first, then the flow that values them (as "Wheat remained the largest export, with")
        lead = _LEADING_GOODS_WITH.fullmatch(text, 0, start)
        goods = clean_product(_SUBJECT_ASIDES.sub(" ", lead.group("p"))) if lead is not None else None
        if goods is not None and not heads_no_goods(goods):
            product = goods
    if product is None and start < money.start and ", which " in text[start : money.start]:
        # "growth was driven by cars and car parts, which went up 6% to CZK 71.5 billion": the
        # relative clause's amount is its antecedent's, goods of the flow before
        antecedent = _ANTECEDENT_CHANGED.search(text, max(start, money.start - 160), money.start)
        product = clean_product(antecedent.group("p")) if antecedent else None
    if product is None and start > clause_start and not cue_after:
        ranked = _RANKED_ITEM_OF_FLOW.fullmatch(text, clause_start, start)
        if ranked is not None:  # "Fuels remained the largest single item in Polish sales, at ..."
            product = clean_product(ranked.group("product"))
    if product is None and (cue_after or (frame.share and not in_window)):
        share = _SHARE_SUBJECT.match(text, _share_subject_start(text, frame, clause_start), money.start)
        if share is not None and names_a_firm(share.group("p")):
            share = None  # "Morocco's phosphate giant OCP earned $9 billion from exports": no goods
        product = clean_product(_SUBJECT_ASIDES.sub(" ", share.group("p"))) if share else None
        if product is None and share is not None:
            product = _subject_flow_goods(text, share.start("p"), share.end("p"), money)
        if product is None:
            # "driven by unprocessed cashew nuts, which alone accounted for ...": the antecedent
            antecedent = _ANTECEDENT_GOODS.search(text, max(0, money.start - 120), money.start)
            product = clean_product(antecedent.group("p")) if antecedent else None
    if product is None and word in FLOW_VERBS and not cue_after:
        ranked = _RANKED_ITEM_OF_VERB.fullmatch(text, clause_start, start)
        if ranked is not None:  # "Garments were the largest item Nepal bought from Bangladesh, fetching"
            return clean_product(ranked.group("product"))
        product = _goods_ranked_first(text, start, end, clause_start, money)
        if product is not None:
            return product
    if product is None and word in FLOW_VERBS:
        if cue_after:
            between = clean_product(_PASSIVE_AUX.sub("", text[money.end : start]))
            if between is not None:
                return between
            # "Kenyan tea worth Sh25 billion was exported to Pakistan": the subject the amount values
            worth = _GOODS_WORTH_BEFORE.fullmatch(text, clause_start, money.start)
            return clean_product(worth.group("p")) if worth is not None else None
        return _goods_after_amount(text, money.end)
    if product is None and start < money.start:
        product = _listed_goods(text, money.start) or _goods_of_a_told_whole(text, start, end, money.start)
    if (
        product is None
        and clause_start < start < money.start
        and " of " in text[max(clause_start, start - 40) : start]
    ):
        product = _share_subject_of_flow(text, clause_start, start, end, money)
    return product


#: Goods told to make up the most of a flow, then ", with" the flow noun that values them:
#: "Copper ore accounted for the lion's share, with", "Frozen fish made up the bulk of it, with",
#: "Soybeans led the way, with", "Coffee topped the list, with their", and goods called the
#: mainstay of the trade: "Lentils remain the backbone of the trade on the Canadian side, with".
_LEADING_GOODS_WITH: Final = re.compile(
    rf"\s*(?P<p>{LETTER}(?:{LETTER}|[ ,()&'’-]){{1,60}}?)\s+(?:alone\s+)?(?:(?:{_SHARE_VERBS})\s+"
    r"(?:the\s+)?(?:lion['’]s\s+share|bulk|(?:largest|biggest|main|greatest)\s+share|most)\b[^,;]{0,30}?"
    r"|(?:led|topped)\s+the\s+(?:way|list|ranking|pack)"
    r"|(?:remains?|remained|is|was)\s+(?:still\s+)?the\s+(?:backbone|mainstay|cornerstone|linchpin)\b[^,;]{0,60}?)"
    r"\s*,\s*with\s+(?:(?:its|their)\s+)?"
)


#: Goods valued by the amount right after them, as the subject of a passive flow verb after it:
#: "Kenyan tea worth ", "In 2024, cashew nuts valued at about " (a fronted phrase may open the
#: clause).
_GOODS_WORTH_BEFORE: Final = re.compile(
    rf"(?:[^,;]{{1,40}},\s*)?(?P<p>{LETTER}(?:{LETTER}|[ &'’-]){{1,60}}?)\s+(?:worth|valued\s+at)\s+"
    rf"(?:(?:{HEDGE_ALTERNATION})\s+)?"
)


def _goods_ranked_first(text: str, start: int, end: int, clause_start: int, money: Money) -> str | None:
    """The goods a ranking told before its flow verb names after the verb's clause: "The
    biggest commodity that Peru sold to China in 2024 was copper ore, fetching $14.2 billion"
    (the verb's object is the ranked item, so its goods are the complement of "was")."""
    if _RANK_FIRST_OF_VERB.fullmatch(text, clause_start, start) is None:
        return None
    goods = _GOODS_RANKED_AFTER_VERB.fullmatch(text, end, money.start)
    return clean_product(goods.group("product")) if goods is not None else None


#: A share verb and the part it names of a flow noun right after: "made up the bulk of the",
#: "accounted for most of", "represented 40% of Namibia's".
_SHARE_OF_FLOW_BEFORE: Final = re.compile(
    r"(?i)\b(?:" + _SHARE_VERBS + r")\s+(?:[\w%.,'’-]+\s+){0,4}?of\s+"
    r"(?:the\s+|its\s+|their\s+|[A-Z][\w.-]*['’]s?\s+)?(?:[a-z-]+\s+){0,2}$"
)


#: Between the flow noun a share is of and the share's amount: ", at", ", or", "worth" (not a
#: clause of the whole's own: "..., which were worth $600 million"), after the flow's partner
#: at most ("the bulk of shipments to Japan, at").
_SHARE_AMOUNT_GAP: Final = re.compile(
    r"(?:\s+(?:to|from|with)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
    r"(?i:\s*,?\s*(?:(?:at|or|with|worth|valued\s+at|totall?ing|amounting\s+to|some|about|around|nearly|"
    r"almost|roughly|over|more\s+than)\s+)*)"
)


def _share_subject_of_flow(text: str, clause_start: int, start: int, end: int, money: Money) -> str | None:
    """The goods that make up a share of the flow noun at `start`, told as the share verb's
    subject before it ("Frozen hake fillets made up the bulk of the shipments, at N$3.1
    billion": the fillets are the amount's goods, the flow noun only what they are part of),
    when the amount follows the flow noun as the share's own."""
    if _SHARE_AMOUNT_GAP.fullmatch(text, end, money.start) is None:
        return None
    verb = _SHARE_OF_FLOW_BEFORE.search(text, max(clause_start, start - 60), start)
    if verb is None:
        return None
    share = _SHARE_SUBJECT.match(text, _past_reported_opening(text, clause_start, verb.start()), verb.end())
    return clean_product(_SUBJECT_ASIDES.sub(" ", share.group("p"))) if share else None


#: A flow told as the whole the goods are a part of, before it: "Of the exports to the US, ...",
#: "Among imports from China, ...", "The largest share of exports to Germany ...".
_WHOLE_BEFORE: Final = re.compile(
    rf"(?i)(?:^|\b(?:of|among)|\b(?:{_PART_NOUNS}|{_FRACTION_NOUNS})\s+of)"
    r"\s+(?:the\s+|these\s+|its\s+|their\s+|total\s+|(?-i:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s?\s+)*"
    # the whole's amount before its flow noun: "Of Peru's US$24.3 billion in exports to China, ..."
    r"(?:(?:[A-Z]{1,3}\$\s?|[$€£¥₹]\s?)?[A-Z]{0,3}\s?\d[\d.,]*\s*(?:trillion|billion|million|bn|mn|tn)?\s+"
    r"(?:in|of|worth\s+of)\s+(?:total\s+)?)?$"
)
#: The goods that fill the part: the subject after the whole's comma ("Of the exports to the
#: US, paper and paperboard accounted for"), or the agent of a passive share verb ("was made up
#: by motor vehicles, which were sold for").
_PART_GOODS_AFTER_WHOLE: Final = re.compile(
    r"[^,]{0,40}?(?:,\s*(?=(?P<s>[^,]{2,60}?\s+(?:alone\s+)?(?:" + _SHARE_VERBS + r")\b))"
    r"|\s+(?:was|were)\s+(?:made\s+up|accounted\s+for|taken\s+up|formed)\s+by\s+(?P<p>[^,]{2,60}?)\s*"
    r"(?:,|\s+(?:which|worth|at|with)\b))"
)


def _goods_of_a_told_whole(text: str, start: int, end: int, money_start: int) -> str | None:
    """The goods of a part whose flow is told as the whole before them: "Of the exports to the
    US, paper and paperboard accounted for EUR 164 million", "The largest share of exports to
    Germany was made up by motor vehicles, which were sold for CZK 412 billion" (the flow word
    heads no goods of its own; statistics releases front the whole this way)."""
    reach = max(0, start - 60)
    if not (reach == 0 and text[:1].isspace()) and not hint_holds(
        lowered_for_hints(text[reach:start]), ("of", "among")
    ):
        return None  # (every match holds "of" or "among" but one at the text's start, on a space)
    if not _WHOLE_BEFORE.search(text, reach, start):
        return None
    told = _PART_GOODS_AFTER_WHOLE.match(text, end, money_start)
    if told is None:
        return None
    if told.group("p") is not None:
        return clean_product(told.group("p"))
    share = _SHARE_SUBJECT.match(text, told.start("s"), money_start)
    return clean_product(_SUBJECT_ASIDES.sub(" ", share.group("p"))) if share else None


def _subject_flow_goods(text: str, start: int, end: int, money: Money) -> str | None:
    """The goods of a flow noun heading the subject of a share verb ("Shipments of cars from
    Brazil accounted for $3.4 billion of those purchases"): the subject is a flow of its own
    goods, which the whole after the amount ("those purchases") does not name."""
    cues = flow_cues(text[start:end])
    cue = cues[0] if cues else None
    if cue is None:
        return None
    return flow_product(text, cue[3], start + cue[0], start + cue[1], cue[2], start, money)


#: Goods after a flow noun that point back with a demonstrative: "shipments of these goods",
#: "exports in that category" (a class of goods named before: "category" is no goods itself).
_THESE_GOODS: Final = re.compile(
    r"\s+(?:of|in)\s+(?:(?:these|those|such|the\s+same)\s+(?:goods|products|items|commodities|merchandise"
    r"|categories|groups|segments)|(?:this|that|the\s+same)\s+(?:category|group|segment|product\s+group))\b"
)
#: "their" right before the flow noun: the goods the sentence opened on, when it opened on
#: goods ("Cut flowers made up most of Kenya's sales: their exports to the Netherlands ...").
_THEIR_BEFORE: Final = re.compile(r"(?i)\btheir\s+$")
#: Who sells, not what: a subject "their" may stand for that names no goods.
_SELLER_NOUNS: Final = frozenset(
    ["firms", "companies", "manufacturers", "producers", "exporters", "importers", "traders", "farmers",
     "growers", "suppliers", "makers", "businesses", "carmakers", "automakers", "miners", "sellers", "buyers",
     "retailers", "enterprises", "members", "vendors", "merchants"]
)  # fmt: skip
#: The subject opening a sentence, up to its verb: "Electronics, computers and components remained";
#: goods named bare, without a determiner ("The main drivers were ..." names what the goods are).
_OPENING_SUBJECT: Final = re.compile(
    r"\s*(?!(?i:the|a|an|its|their|his|her|our|this|that|these|those|such)\b)"
    rf"(?P<p>{LETTER}(?:{LETTER}|[ ,&'’-]){{1,80}}?)"
    r"\s+(?:also\s+|again\s+|still\s+)?(?:remained|remain|remains|were|was|are|is|became|become|stayed|led|lead|leads|"
    r"topped|dominated|continued|accounted|made\s+up|drove|drive)\b"
)


#: A verb of saying that opens reported speech: "X said (that) electronics ... remained", "the
#: office reported that exports ..." (a verb that also reports a thing, "reported by", with "that").
_REPORTED_OPENING: Final = re.compile(
    r"\b(?:(?:said|says|noted|notes|added|adds|stated|explained)\s+(?:that\s+)?"
    r"|(?:reported|reports|announced|announces)\s+that\s+)"
)


def _opening_goods(text: str, before: int) -> str | None:
    """The goods "these goods" after a flow noun stand for: the subject that opens the sentence,
    or the speech it reports ("X said electronics, computers and components remained the main
    drivers, with shipments of these goods to the US estimated at $21.7 billion"), when it names
    goods, not a country or a flow."""
    # the last verb of saying before the flow noun opens the clause the subject begins
    subject = _OPENING_SUBJECT.match(text, _past_reported_opening(text, 0, before), before)
    if subject is None or flow_cues(subject.group("p")):
        return None
    return clean_product(subject.group("p"))


def _listed_goods(text: str, money_start: int) -> str | None:
    """ "The main items of Kazakh exports were ores ($1.9 billion), ferroalloys ($712
    million) and wheat ($455 million)": goods in lower case right before the amount in
    parentheses, in a sentence that lists items of a flow. Lists also value their items with
    "at" ("led by copper at $12.3 billion and lithium at $1.1 billion", "were copper, at ...,
    and lithium, at ..."), the goods then before "at" and its comma."""
    if not _ITEMS_CUE.search(text):
        return None
    opening = max(0, money_start - 60)
    if text[max(0, money_start - 2) : money_start].rstrip().endswith("("):
        listed = _LISTED_GOODS.search(text, opening, money_start)
    elif _ITEMS_CUE_BEFORE_AT.search(text):
        return _goods_valued_at(text, opening, money_start)
    else:
        return None
    if listed is None:
        return None
    words = listed.group("p").split()
    if any(w in FLOW_WORDS or w in _NOT_GOODS for w in words):
        return None  # "imports ($14.8 billion)", "partners ($3 billion)"
    return clean_product(listed.group("p"))


def _goods_valued_at(text: str, opening: int, money_start: int) -> str | None:
    """The listed goods before "at" and the amount: the shortest phrase after a list separator
    that names goods ("were led by copper at": copper, not "led by copper"); a verb the amount
    completes ("and stood at", "was estimated at") or a flow word names none."""
    pos = opening
    while (listed := _GOODS_VALUED_AT.search(text, pos, money_start)) is not None:
        pos = listed.start() + 1
        words = listed.group("p").split()
        if "by" in words:
            continue
        if _no_goods_phrase(words):
            return None
        return clean_product(listed.group("p"))
    return None


#: Verbs a figure follows with "at" ("stood at", "was put at"): no goods of a list.
_AT_VERBS: Final = frozenset([
    "stood", "stands", "stand", "was", "were", "is", "are", "be", "been", "remained", "remain", "remains",
    "came", "comes", "put", "set", "closed", "peaked", "ended", "levelled", "leveled", "pegged",
])  # fmt: skip


def _verb_like(word: str) -> bool:
    """Whether a word before "at" and an amount is a verb that the amount completes ("stood at",
    "estimated at", "valued at"): the head of listed goods is a noun."""
    return word in _AT_VERBS or word.endswith("ed")


def _share_subject_start(text: str, frame: Frame, clause_start: int) -> int:
    """Where the subject of a share verb starts: after "of which" for a part of the figure
    before ("..., of which tea and cement accounted for KSh 30 billion"), else past the last
    verb of saying in the clause (`_past_reported_opening`), else at the clause."""
    if not frame.share:
        return _past_reported_opening(text, clause_start, frame.money.start)
    cues = list(_SHARE_CUE.finditer(text, clause_start, frame.money.start))
    return cues[-1].end() if cues else _past_reported_opening(text, clause_start, frame.money.start)


def _past_reported_opening(text: str, start: int, end: int) -> int:
    """Where the speech a verb of saying reports starts, between `start` and `end` ("Roque said
    rice accounted for USD 410 million of purchases": the subject is "rice", not the speaker's
    words), else `start`."""
    return max((m.end() for m in _REPORTED_OPENING.finditer(text, start, end)), default=start)


def _strongest(
    cues: list[tuple[int, int, str, str]], fallback: tuple[int, int, str, str] | None = None
) -> tuple[int, int, str, str] | None:
    """The last strong flow word of `cues` ("exports" over "sales"), else `fallback`, else
    the last weak one."""
    strong = [c for c in cues if c[2] not in WEAK_FLOW_WORDS]
    if strong:
        return strong[-1]
    if fallback is not None:
        return fallback
    return cues[-1] if cues else None


#: A gerund of change opening the clause after an amount and its period: ", taking total
#: trade to", " in 2024, bringing bilateral trade to".
_RESULT_GERUND: Final = re.compile(
    r"^[^,;]{0,30},\s+(?:" + "|".join(sorted(TARGET_GERUNDS)) + r")\s[^,;]*\bto\s*$"
)


def _taken_of_origin(text: str, slots: list[CountrySlot], money: Money) -> CountrySlot | None:
    """The country of goods a verb of taking right before the amount takes ("absorbed $168
    million of Ecuadorian bananas": Ecuador), None when the amount is not so told."""
    if not _took_before(text, money):
        return None
    bought = _TAKEN_OF_ORIGIN.match(text, money.end)
    return next((s for s in slots if bought is not None and s.start == bought.start("origin")), None)


def _result_of(previous: Frame | None, window: str) -> bool:
    """Whether a gerund of change before the amount tells what the last stated figure added up
    to, a fact: "imports were worth $2.2 billion, taking bilateral trade to $7 billion" (after a
    target, "to double exports to $5 billion by 2030, taking trade to $9 billion" stays one)."""
    return previous is not None and previous.rejection is None and _RESULT_GERUND.match(window) is not None


#: A verb of taking right before an amount: the buyer "took", "absorbed" or "received" it
#: ("Switzerland took K41.3 billion of Zambian goods", "Zambia received R35 billion worth of South
#: African goods"), a purchase only when the goods' country follows (`_TAKEN_OF_ORIGIN`).
_TOOK: Final = re.compile(
    r"(?i)\b(?:took|takes|take|taking|absorbed|absorbs|absorb|absorbing|(?P<received>received|receives|receiving))\s+"
    r"(?:(?:about|around|nearly|almost|some|over|more\s+than|a\s+total\s+of|just\s+(?:over|under))\s+)?$"
)
#: `_TOOK` where what each of its matches holds stands, in lower case.
_TOOK_SEARCH: Final = HintedSearch(_TOOK, ("took", "tak", "absorb", "receiv"))


#: "worth of" right after the amount and what it is worth of, up to a clause's or a time's
#: opening: what a verb of receiving took was bought, not given, unless those words name money
#: that is no trade ("worth of Chinese funding").
_WORTH_OF_AFTER: Final = re.compile(
    r"\s+worth\s+of\s+(?P<what>[^,;.()]{1,60}?)(?=\s+(?:in|during|last|this|from)\b|[,;.()]|$)"
)


def _took_before(text: str, money: Money) -> bool:
    """Whether a verb of taking (`_TOOK`) ends right before `money`. "received" only with "worth
    of" after the amount ("received R35 billion worth of South African goods"): a country
    receives aid and arms as often as goods it bought ("received $2 billion of American
    weapons")."""
    took = _TOOK_SEARCH(text, max(0, money.start - 40), money.start)
    if took is None:
        return False
    if not took.group("received"):
        return True
    worth = _WORTH_OF_AFTER.match(text, money.end)
    return worth is not None and not NEGATIVE_WORDS.intersection(worth.group("what").lower().split())


#: What was taken, when the goods are named for their country: "of Zambian goods", "worth of
#: Chilean copper".
_TAKEN_OF_ORIGIN: Final = re.compile(r"\s+(?:worth\s+)?of\s+(?P<origin>[A-Z][\w'’-]+)\s+[A-Za-z]")
#: What a sum was paid or spent for, when the goods are named for their country: "for
#: Australian LNG", "on Russian oil".
_PAID_FOR_ORIGIN: Final = re.compile(
    r"\s+(?:for|on)\s+(?:(?:about|some|around)\s+)?(?P<origin>[A-Z][\w'’-]+)\s+[A-Za-z]"
)

#: A flow of services, not goods ("trade in services", "services exports"), and how far
#: before the amount it may be.
_SERVICES_FLOW: Final = re.compile(
    r"(?i)(?<!goods and )\b(?:trade|exports?|imports?)\s+(?:in|of)\s+services\b"
    r"|(?<!goods and )\bservices\s+(?:trade|exports?|imports?)\b"
)
_SERVICES_REACH: Final = 120
#: `_SERVICES_FLOW` where "services", which every match holds, stands.
_SERVICES_FLOW_SEARCH: Final = HintedSearch(_SERVICES_FLOW, ("services",))
#: Rights sold for an amount, no goods (GOLD_FORMAT: licences, permits and access fees are no
#: trade in goods): "$45 million from sales of fishing licences", "in the sale of access rights".
_RIGHTS_SOLD_AFTER: Final = re.compile(
    r"(?i)\s+(?:in|from|through|by)\s+(?:the\s+)?(?:sales?|selling|issu(?:e|ing)|auctions?)\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?(?:licen[cs]es|permits|rights|quotas|concessions|access)\b"
)

#: A flow of services right after the amount, what it was earned or spent in: "earned $1 billion
#: from exports of services to the US", "$2 billion in IT services exports to" (the services
#: test before the amount, `_SERVICES_FLOW`, does not see them); and goods with services, a
#: figure that is no goods' alone (GOLD_FORMAT: one number about goods trade), as the
#: "services" of "exports of goods and services rose to" before the amount is already
#: (NEGATIVE_WORDS): "sold $1.4 billion of goods and services to Iraq", "$520 million in goods
#: and services".
_SERVICES_AFTER: Final = re.compile(
    r"(?i)\s+(?:in|of|from|on|through|by|worth\s+of)\s+(?:the\s+)?(?:(?:trade|exports?|imports?|sales?)\s+"
    r"(?:in|of)\s+(?:(?!goods\s|and\s)[a-z-]+\s+){0,2}?services|(?:[a-z-]+\s+){0,2}?services\s+"
    r"(?:trade|exports?|imports?|sales)"
    r"|(?:(?:trade|exports?|imports?|sales?)\s+(?:in|of)\s+)?(?:goods|products|merchandise)\s+(?:and|&)\s+services)\b"
)

#: Debt or shares sold after the amount, no goods: "raised $1.5 billion from selling Eurobonds to
#: American investors", "$5 billion through the sale of sukuk to Malaysian funds" (a capitalised
#: "Eurobonds" or a foreign "sukuk" is none of the lower-case NEGATIVE_WORDS the tail is read for).
_SECURITIES_SOLD_AFTER: Final = re.compile(
    r"(?i)\s+(?:in|from|through|by)\s+(?:the\s+)?(?:sales?|selling|issu(?:e|es|ing)|placing|placements?|"
    r"auctions?)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:euro)?(?:bonds?|sukuks?|securities|notes|shares|"
    r"stakes?|t-bills|treasur(?:y|ies)|debt|eurobonds?|gilts)\b"
)

#: Rights that may be sold (NEGATIVE_WORDS), or may tell how real goods were made or shipped.
_RIGHTS_WORDS: Final = frozenset(("licence", "licences", "license", "licenses", "permit", "permits"))


#: How far back "under"/"without" may stand before the rights word: an article and up to three
#: modifiers ("under a new phytosanitary permit", "without a valid export licence").
_UNDER_RIGHTS_REACH: Final = 5
#: Words that end the rights word's own phrase, looking back: "sales of fishing permits under
#: ...", "revenue from permits" are what was sold, whatever stands before them.
_RIGHTS_PHRASE_STOPS: Final = frozenset(
    ("of", "from", "for", "in", "by", "through", "and", "or", "sold", "sales", "sale")
)


def _under_rights(tokens: list[str], n: int) -> bool:
    """Whether the rights word at `n` is the manner of the goods ("shipped under licence", "made
    under licence from BMW", "logs cut under a felling permit", "shipped under a new
    phytosanitary permit", "exported without a licence"), not what was sold: "under"/"without"
    before it, with only the phrase's article and modifiers between (up to _UNDER_RIGHTS_REACH
    words back, not past a preposition or a word of sale)."""
    for token in reversed(tokens[max(0, n - _UNDER_RIGHTS_REACH) : n]):
        low = token.lower()
        if low in ("under", "without"):
            return True
        if low in _RIGHTS_PHRASE_STOPS:
            return False
    return False


#: The opening of a relative clause: ", which", ", who".
_RELATIVE_OPENING: Final = re.compile(r",\s+(?:which|who|whose)\s")


def _relative_close(text: str, previous: Money, figure_start: int) -> int | None:
    """Where the relative clause holding the amount before closes, by the last comma before
    this amount ("Trade between A and B, which reached $9.8 billion in 2014 when A was buying
    B's crude, fell to $2.1 billion"); None when that amount is in no relative clause still
    open. The words up to the comma tell the relative's amount's circumstances, and the verb
    after it is the antecedent's, whose flow this amount keeps."""
    openers = list(_RELATIVE_OPENING.finditer(text, 0, previous.start))
    if not openers or any(mark in text[openers[-1].end() : previous.start] for mark in ",;"):
        return None
    close = text.rfind(",", previous.end, figure_start)
    return close if close >= 0 else None


#: A relative clause set off by commas, closed before the amount.
_RELATIVE_ASIDE: Final = re.compile(r",\s+(?:which|who|whose|when|where)\s[^,;]*,")


def _own_clause(tokens: list[str]) -> list[str]:
    """The tokens from the last subordinate clause that opens on a flow ("the surplus widened
    as exports to India climbed to $15.6 bln": the surplus is the main clause's, the amount the
    exports'), else all of them."""
    for k in range(len(tokens) - 2, 0, -1):
        if _opens_clause(tokens, k) and any(
            t.lower() in _FLOW_NOUNS for t in tokens[k + 1 : k + 2 + _FLOW_MODIFIERS]
        ):
            return tokens[k + 1 :]
    return tokens


#: How many words may qualify the flow noun that opens a subordinate clause: its partner's
#: demonym and goods of two parts ("estimates that Irish food and drink exports grew").
_FLOW_MODIFIERS: Final = 5


def _opens_clause(tokens: list[str], k: int) -> bool:
    """Whether token k opens a subordinate clause: a subordinator, or "which" after a preposition
    ("the Trade Partnership Agreement, under which UK imports from Ghana reached ...": the
    relative clause tells a figure of its own, which the agreement before it is not)."""
    low = tokens[k].lower()
    return low in _SUBORDINATORS or (low == "which" and tokens[k - 1].lower() in _RELATIVE_PREPOSITIONS)


#: The prepositions before a flow's partner.
_PARTNER_PREPOSITIONS: Final = ("to", "from", "with")
_SUBORDINATORS: Final = frozenset(["as", "while", "whereas", "because", "since", "that"])
#: Prepositions that open a relative clause with "which" ("under which", "during which").
_RELATIVE_PREPOSITIONS: Final = frozenset(
    ["under", "by", "through", "during", "in", "with", "after", "following"]
)
_FLOW_NOUNS: Final = frozenset(["exports", "imports", "trade", "shipments", "sales", "purchases", "turnover"])
#: A subordinate clause that opens on a flow, the figure's own, in text (as `_own_clause`
#: reads it in tokens: a subordinator, then the flow noun after at most _FLOW_MODIFIERS words).
_OWN_CLAUSE_OPENING: Final = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(_SUBORDINATORS))}|(?:{'|'.join(sorted(_RELATIVE_PREPOSITIONS))})\s+which)"
    rf"\s+(?:[\w'’-]+\s+){{0,{_FLOW_MODIFIERS}}}?"
    rf"(?=(?:{'|'.join(sorted(_FLOW_NOUNS))})\b)"
)


#: A figure of a province, state or port rather than of its country: "The Vojvodina province
#: alone exported", "Lagos State accounted for", "Border provinces such as X, whose trade with",
#: "exports from Lagos ports to Ghana".
#: A place that reports a flow rather than makes one is still its subject: "Jilin Province reported
#: trade with ...", "Heilongjiang posted trade with ...", "the region saw its foreign trade with ...".
_REPORTED_FLOW: Final = (
    r"(?:reported|recorded|posted|logged|registered|saw)\s+(?:its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:trade|exports|imports|turnover)\b"
)
_SUBNATIONAL: Final = re.compile(
    r"\b(?:[Pp]rovinces?|[Ss]tates?|[Rr]egions?|[Cc]ount(?:y|ies)|[Pp]refectures?|[Oo]blasts?|[Gg]overnorates?)"
    rf"\s+(?:alone\s+)?(?:accounted|exported|imported|shipped|sold|bought|such\s+as|{_REPORTED_FLOW})"
    r"|\b(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Cc]ounty)\s+alone\b"
    r"|\bfrom\s+[A-Z][\w-]*\s+ports?\b"
)
#: The unit nouns of `_SUBNATIONAL` in lower case, one of which each of its matches holds but
#: those of "from <Name> port", which hold "from" and "port" (most clauses hold neither).
_SUBNATIONAL_UNITS: Final = ("province", "state", "region", "county", "counties", "prefecture", "oblast",
                      "governorate")  # fmt: skip


#: The nouns of a country's units, in lower case, for the patterns that read one after a name
#: or "the" (`_UNIT_POSSESSIVE`, `_FROM_PLACE_TO`).
_UNIT_NOUNS: Final = "state|province|region|prefecture|county|oblast|governorate"
#: A unit's possessive before a flow noun, the unit told by "the" ("the state's exports to the
#: United States", "The province's trade with") or by its own name ("Zhejiang province's trade",
#: "Lagos State's exports"); a capitalized word after "the" is a country's epithet ("the Gulf
#: state's exports": Qatar's), and so is a word between "the" and the unit ("the island state's").
_UNIT_POSSESSIVE: Final = re.compile(
    rf"(?:\b[Tt]h(?:e|is)\s+(?:{_UNIT_NOUNS})"
    r"|(?<!\bthe\s)(?<!\bThe\s)\b[A-Z][\w-]*\s+(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Pp]refecture|[Cc]ounty|[Oo]blast))"
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}(?:exports|imports|trade|shipments|sales|purchases|turnover)\b"
)
#: A flow's origin and destination: "from Kerala to Saudi Arabia", "from Sindh province to
#: China", "from Central Province to Japan", "from Rwanda's Western Province to Pakistan" (its
#: country's possessive, the origin's words, then its unit noun in either case if it has one:
#: the words are taken lazily, so a capitalized unit is the unit, not a word of the name). It
#: opens on the literal "from" (found fast), the word boundary before it being tested in
#: `_from_place_to`.
_FROM_PLACE_TO: Final = re.compile(
    r"from\s+(?:(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+)?"
    r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}?)"
    rf"(?P<unit>\s+(?i:{_UNIT_NOUNS}))?\s+to\s+"
)
#: A flow verb right after a place's name: "Oregon exported", "Guangdong alone shipped".
_FLOW_VERB_AFTER: Final = re.compile(
    rf"\s+(?:alone\s+)?(?:accounted\b|exported\b|imported\b|shipped\b|sold\b|bought\b|{_REPORTED_FLOW})"
)
_BETWEEN_BEFORE: Final = re.compile(r"\bbetween\s+(?:the\s+)?$")
#: A flow noun right after a place, as its modifier: "California exports", "Ontario goods
#: shipments" (a possessive is `_UNIT_POSSESSIVE`'s).
_FLOW_NOUN_AFTER_PLACE: Final = re.compile(
    r"\s+(?:(?:goods|merchandise|farm|agricultural)\s+)?(?:exports|imports|shipments|sales)\s+(?:to|from)\b"
)
_AND_GAP: Final = re.compile(r"\s+and\s+(?:the\s+)?")


def _subnational_subject(window: str, lowered: str | None) -> bool:
    """Whether a region is the subject of the flow ("The Vojvodina province alone exported ...",
    "the state's exports to ...") or a place of a country (a state, province or city, not its
    capital) is ("Oregon exported ...") or is one side of "between" ("trade between Zhejiang
    and Hungary"): the figure is the place's, and only two countries' trade is a fact. The unit
    noun of a country's own name ("The United States exported ...") is the country. (`lowered`:
    `window` by `lowered_for_hints`.)"""
    # (this runs for every amount: the places are looked up only where "from <place> to", a
    # flow verb, "between" or a unit noun's hit can make one the figure's subject)
    place_can_trade = (
        "between" in window
        or _FLOW_VERB_AFTER.search(window) is not None
        or _FLOW_NOUN_AFTER_PLACE.search(window) is not None
    )
    origin = _from_place_to(window) if "from " in window and "to" in window else None
    if origin is not None and _place_of_a_country(origin):
        return True
    hits = (
        list(_SUBNATIONAL.finditer(window))
        if hint_holds(lowered, _SUBNATIONAL_UNITS) or ("from" in window and "port" in window)
        else []
    )
    if "'s" in window or "’s" in window:  # (`_UNIT_POSSESSIVE` holds one)
        hits += _UNIT_POSSESSIVE.finditer(window)
    if not place_can_trade and not hits:
        return False
    mentions = find_countries(window)
    if place_can_trade and any(
        m.kind == "city" and _place_trades(window, mentions, i) for i, m in enumerate(mentions)
    ):
        return True
    if not hits:
        return False
    names = [(m.start, m.end) for m in mentions if m.kind == "name"]
    return any(not any(s <= hit.start() < e for s, e in names) for hit in hits)


def _from_place_to(window: str) -> re.Match[str] | None:
    """The first `_FROM_PLACE_TO` in `window` whose "from" is a word of its own (as `\\bfrom`
    would find it, without trying the pattern at every offset)."""
    pos = 0
    while (origin := _FROM_PLACE_TO.search(window, pos)) is not None:
        start = origin.start()
        if start == 0 or not _WORD_CHAR.match(window, start - 1):
            return origin
        pos = start + 1
    return None


#: One character of a word, as `\\b` tells one.
_WORD_CHAR: Final = re.compile(r"\w")


@lru_cache(maxsize=256)
def _countries_of_place(place: str) -> tuple[CountryMention, ...]:
    """The country mentions of a place's name (`find_countries`), kept: place names recur."""
    return tuple(find_countries(place))


def _place_of_a_country(origin: re.Match[str]) -> bool:
    """Whether the origin of "from <place> to ..." is a province, state or city of a country,
    by the gazetteer or by its unit noun ("Exports of spices from Kerala to Saudi Arabia", "from
    Sindh province to China"): the figure is the place's, not its country's. A capital stands
    for its country ("from Beijing to Washington"), and so does a country's own name."""
    mentions = _countries_of_place(origin.group("place"))
    if origin.group("unit"):
        return not any(m.kind == "name" for m in mentions)
    return len(mentions) == 1 and mentions[0].kind == "city" and mentions[0].start == 0


def _place_trades(window: str, mentions: list[CountryMention], index: int) -> bool:
    """Whether the place at `index` is the subject of a flow verb ("Oregon exported") or one of
    the two sides after "between" ("between Zhejiang and Hungary", "between Hungary and
    Zhejiang")."""
    m = mentions[index]
    if _FLOW_VERB_AFTER.match(window, m.end) or _FLOW_NOUN_AFTER_PLACE.match(window, m.end):
        return True  # "Oregon exported", "California exports to China" (a capital is no "city")
    if _BETWEEN_BEFORE.search(window, max(0, m.start - 20), m.start):
        return (
            index + 1 < len(mentions)
            and _AND_GAP.fullmatch(window, m.end, mentions[index + 1].start) is not None
        )
    if index == 0 or not _AND_GAP.fullmatch(window, mentions[index - 1].end, m.start):
        return False
    before = mentions[index - 1]
    return _BETWEEN_BEFORE.search(window, max(0, before.start - 20), before.start) is not None


#: The flow noun that closes a firm's flow, after at most two words ("export sales", "total
#: shipments"): one tail for the possessive, the firm-noun and the reported "its" forms.
_FLOW_TAIL: Final = r"(?:[a-z-]+\s+){0,2}(?:sales|exports|shipments|imports|purchases)\b"
#: A flow owned by a name in the possessive: "Samsung Electronics' sales", "Toyota's exports"
#: (a company's when the name is no country's).
_OWNED_FLOW: Final = re.compile(
    r"(?P<owner>\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:'s|’s|'|’)\s+" + _FLOW_TAIL
)


def _company_name(name: str) -> bool:
    """Whether a name is a company's: a listed one ("Toyota"), or one closed by a company word
    ("Fonterra Co-operative Group"), and no country's ("The Kingdom", "SA" stay countries)."""
    mentions = [m for m in find_countries(name) if m.kind in ("name", "demonym")]
    if any(m.end - m.start >= len(name.strip()) - 2 for m in mentions):
        return False  # the whole name is a country's ("Kenya's", "The Kingdom's")
    if company_country(name) is not None:
        return True  # a listed company, also one named with its country ("Saudi Aramco")
    words = name.split()
    if len(words) > 1 and words[-1].lower().rstrip(".") in ORG_WORDS["legal"]:
        # (a legal form closes a firm's name, also one that holds a country's: "Kenya Tea
        # Packers Ltd.'s exports" and "Kenya Tea Packers Ltd. said its exports" alike)
        return True
    if mentions:
        return False
    # (a legal form closes a longer name: "SA" alone is South Africa)
    return len(words) > 1 and words[-1].lower() in ORG_SUFFIXES


#: A flow that a firm owns, named by a noun of firms ("the company's export sales", "the
#: group's shipments") or by "its" after a company and a verb of reporting ("Dangote Cement
#: Plc said its exports"): one firm's sales, no country's trade.
_FIRM_FLOW: Final = re.compile(
    r"(?i)\b(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:company|companies|firm|group|conglomerate|"
    r"manufacturer|maker|producer|miner|brewer|carmaker|automaker|retailer|exporter|lender|insurer)"
    r"(?:'s|’s|s'|s’)\s+" + _FLOW_TAIL
)
#: A noun of firms as the subject of selling or buying, right before the amount's verb: "The company
#: earned", "the miner exported copper worth", "The group sold": one firm's sales, as `_FIRM_FLOW`'s
#: "the company's exports" are, however the goods and the market are told after it.
_FIRM_TRADED: Final = re.compile(
    r"(?i)(?:^|[,;]\s*|\b(?:and|while|but|as)\s+)(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:company|firm|group|"
    r"conglomerate|manufacturer|maker|producer|miner|brewer|carmaker|automaker|retailer|exporter|importer)"
    r"\s+(?:(?:has|had|also|alone)\s+)?(?:earned|exported|sold|shipped|generated|imported|bought|purchased)\b"
)
#: Up to five capitalized words: a firm's name, if `_company_name` says so.
_FIRM_NAME: Final = r"(?P<owner>\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})"
#: The firm's name right before a verb of reporting.
_FIRM_OWNER: Final = _FIRM_NAME + r"\s+"
_REPORTED_ITS_FLOW: Final = re.compile(
    _FIRM_OWNER + r"(?:said|says|reported|reports|posted|"
    r"announced|disclosed)\s+(?:on\s+\w+\s+)?(?:that\s+)?its\s+" + _FLOW_TAIL
)


#: A name right before a verb of selling or buying, as `_FIRM_TRADED` reads a firm noun there:
#: "First Quantum earned", "Kenya Tea Packers Ltd has exported" (a firm's only if `_company_name`
#: says so: "Zambia earned" is the country's).
_NAMED_TRADED: Final = re.compile(
    _FIRM_NAME + r"\s+(?:(?:has|had|also|alone)\s+)?"
    r"(?:earned|exported|sold|shipped|generated|imported|bought|purchased)\b"
)


def _named_firm_traded(window: str) -> bool:
    """Whether a firm known by its name (a listed company, or a name closed by a legal form or
    a company word) sold or bought what the figure values: "First Quantum earned $2.5 billion
    from copper sales to China" is the miner's takings, no country's trade, as "The company
    earned ..." is. The name may follow words that are capitalized too ("In March First
    Quantum sold"): each shorter tail of it is tried."""
    if not any(verb in window for verb in _TRADED_VERBS):
        return False
    for match in _NAMED_TRADED.finditer(window):
        words = match.group("owner").split()
        if any(_company_name(" ".join(words[i:])) for i in range(len(words))):
            return True
    return False


#: The verbs of `_NAMED_TRADED`, a quick test before its search.
_TRADED_VERBS: Final = (
    "earned", "exported", "sold", "shipped", "generated", "imported", "bought", "purchased",
)  # fmt: skip


#: A bare flow of selling to a market, named by no country ("Sales to Germany rose 8%",
#: "deliveries in France fell"): whose sales the story says before.
_BARE_SALES: Final = re.compile(
    r"(?:^|[,;:]\s+|\b(?:while|whereas|and|but)\s+)(?i:sales|deliveries|orders)\s+(?:to|in)\s"
)
#: A firm's name as the subject of what it did, right before the verb or before a relative
#: clause or an apposition that says it ("Kongsberg Gruppen, which reported its results on
#: Thursday, said ...", "Hoa Phat Group, Vietnam's largest steelmaker, said ..."): results
#: stories tell the firm's report in either.
_FIRM_SUBJECT: Final = (
    _FIRM_NAME + r"(?:\s+|,\s+(?:which|that)\s+(?:(?:has|had|also)\s+)?|,\s+[^,.;()]{3,60}?,\s+)"
)
#: A firm told reporting its results: "Norway's Kongsberg Gruppen reported a 19% rise in
#: first-quarter revenue", "Nokia Oyj posted higher net sales" (the owner must be a company's name).
_FIRM_RESULTS: Final = re.compile(
    _FIRM_SUBJECT + r"(?:reported|posted|announced|booked|said)\b"
    r"[^.;]{0,80}?\b(?:revenues?|sales|profits?|earnings|turnover|results|order\s+intake)\b"
)


def firm_sales(sentence: str, money_start: int, story: str, sentence_start: int) -> bool:
    """Whether the figure is a firm's sales in a market: a bare "sales to <country>" of its
    clause ("Sales to Germany rose 8% to NOK 1.3 billion") in a story that has told a company
    reporting its results before the sentence (`story` up to `sentence_start`: "Kongsberg
    Gruppen reported a 19% rise in first-quarter revenue"). The sales are the firm's revenue
    by market, no country's exports, so no reporter is to be guessed for them from the story's
    countries."""
    low = sentence[:money_start].lower()
    if not any(word in low for word in ("sales ", "deliveries ", "orders ")):
        return False  # (cheap precheck of the pattern, which opens on no literal)
    if _BARE_SALES.search(sentence, 0, money_start) is None:
        return False
    return any(end <= sentence_start for end in _firm_results_ends(story))


@lru_cache(maxsize=4)
def _firm_results_ends(story: str) -> tuple[int, ...]:
    """Where the story's reports of a company's results end, read once per story (not once
    per figure over all the text before it)."""
    ends = [m.end() for m in _FIRM_RESULTS.finditer(story) if _reports_results(m)]
    if "order" in story or "contract" in story:  # (cheap precheck of `_FIRM_WON`)
        ends += [m.end() for m in _FIRM_WON.finditer(story) if _firm_subject(m.group("owner"))]
    return tuple(sorted(ends))


#: What only a firm reports (a country or its agency reports sales, exports and turnover too).
_FIRM_ONLY_RESULTS: Final = re.compile(r"(?i)\b(?:revenues?|profits?|earnings|results|order\s+intake)\b")


def _reports_results(report: re.Match[str]) -> bool:
    """Whether a `_FIRM_RESULTS` hit is a firm's report: its owner is a company's name, or a
    name that can be a firm's (`_firm_subject`: no country's, official's or pronoun) reporting
    what only a firm reports ("Bralirwa, which reported its half-year results on Tuesday, said
    ...": the gazetteers know no brewer by its bare name)."""
    owner = report.group("owner")
    if _company_name(owner):
        return True
    told = _FIRM_ONLY_RESULTS.search(report.string, report.end("owner"), report.end())
    return told is not None and _firm_subject(owner)


#: A firm told winning business: "Kongsberg won an order in South Korea", "Valmet secured a
#: new contract" (a country or a leader wins contracts too: the owner is tested).
_FIRM_WON: Final = re.compile(
    _FIRM_SUBJECT + r"(?:won|wins|secured|secures|landed|lands|booked|books|received|receives|bagged)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:orders?|contracts?)\b"
)


#: Pronouns a sentence opens on, capitalised by position: no firm's name.
_SUBJECT_PRONOUNS: Final = frozenset(["it", "they", "we", "he", "she", "this", "these", "those"])


def _firm_subject(name: str) -> bool:
    """Whether the subject of a verb of business won is a firm: a company's name, or a name
    that is no country's, no demonym's, no titled official's and no listed leader's
    ("Kongsberg won an order": the gazetteers know no firm by a bare name, but "Kenya won a
    contract" and "Ruto secured orders" are a country's)."""
    if _company_name(name):
        return True
    if any(m.kind in ("name", "demonym") for m in find_countries(name)):
        return False
    if any(word.lower() in HEAD_WORDS for word in name.split()):
        return False  # "Minister Lee secured orders": an official's
    if name.lower() in _SUBJECT_PRONOUNS:
        return False  # "They won contracts": whoever was told before
    return all(known_nationality(word) is None for word in name.split())


def _firms_flow(window: str) -> bool:
    """Whether the flow before the figure is a firm's: "the company's exports", "its exports"
    that a company's reporting verb owns ("X Plc said its export sales to Ghana ..."), or a firm
    noun that sold or earned it (`_FIRM_TRADED`: "The company earned $2.5 billion selling ...")."""
    if _FIRM_TRADED.search(window):
        return True  # "The company earned $2.5 billion selling copper to China"
    if _named_firm_traded(window):
        return True  # "First Quantum earned $2.5 billion from copper sales to China"
    if "'s" not in window and "’s" not in window and "s'" not in window and "its " not in window:
        return False
    if _FIRM_FLOW.search(window):
        return True
    reported = _REPORTED_ITS_FLOW.search(window) if "its " in window else None
    if reported is None:
        return False
    return _company_name(reported.group("owner"))


#: What may stand between "cost" and the amount it values: the country that paid, a hedge.
_COST_OBJECT: Final = re.compile(
    r"(?:(?:[A-Z][\w'’-]*|the)(?:\s+(?:[A-Z][\w'’-]*|the)){0,3})?"
    r"(?:\s*(?:some|about|around|nearly|almost|roughly|over|more than|an estimated))?"
)


#: Flow nouns that a verb "cost" after them values: "imports from Russia cost $2.1 billion", and
#: the participles of buying after goods: "Cotton imported from India cost Bangladesh ...".
def _flow_earned(tokens: list[str], n: int, text: str, money: Money) -> bool:
    """Whether "revenue(s)" at token n is what a flow earned: the object of a verb of earning
    whose flow is named, as its subject or after the amount ("Iraq earned revenues of $26 billion
    from oil exports to India", "gas sales to Brazil generated revenues of $1 billion"), not a
    firm's or a state's takings."""
    if n == 0 or tokens[n - 1].lower() not in _EARNING_OF_REVENUE:
        return False
    if any(t.lower() in _FLOW_NOUNS_EARNING for t in tokens[:n]):
        return True
    return _FROM_A_FLOW_AFTER.match(text, money.end) is not None


_EARNING_OF_REVENUE: Final = frozenset(["earned", "generated", "earning", "generating", "brought", "yielded"])
_FLOW_NOUNS_EARNING: Final = frozenset(["exports", "sales", "shipments", "deliveries", "supplies"])
#: The flow an amount of revenue came from, told after it: "from oil exports to India", "from
#: sales of gas to Brazil" (those nouns, and "export").
_FROM_A_FLOW_AFTER: Final = re.compile(
    r"\s+(?:in\s+(?:19|20)\d\d\s+)?from\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:{literal_alternation(_FLOW_NOUNS_EARNING | {'export'})})\b"
)


_FLOW_NOUN_TOKENS: Final = frozenset(
    ["imports", "exports", "purchases", "shipments", "Imports", "Exports", "imported", "purchased", "bought"]
)


#: What a state collects on trade, not the trade: "customs receipts", "tax collections".
_LEVIES_COLLECTED: Final = re.compile(
    r"(?i)\b(?:customs|tax|duty|tariff|excise)\s+(?:receipts|collections?|takings)\s+(?:from|on)\b"
    r"|\b(?:VAT|value-added\s+tax)\s+on\s+imports\b|\bcollected\s+(?:about\s+|some\s+)?\Z"
)
#: A word of `_LEVIES_COLLECTED` in lower case, one of which each of its matches holds.
_LEVY_WORDS: Final = ("customs", "tax", "duty", "tariff", "excise", "vat", "collected")


#: Characters between a flow verb and the amount it governs ("exported goods worth ").
_VERB_TO_AMOUNT: Final = 30
#: A region named "<unit> of <Name>" as the subject of a flow verb: "The Brazilian state of
#: Goiás exported ...", "the province of Mendoza alone shipped ...".
_NAMED_SUBNATIONAL: Final = re.compile(
    r"\b(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Cc]ounty|[Pp]refecture|[Oo]blast)\s+of\s+"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:,\s+[a-z]+,)?\s+(?:alone\s+)?"  # (", meanwhile,")
    r"(?:accounted|exported|imported|shipped|sold|bought)\b"
)
#: `_NAMED_SUBNATIONAL` where its unit nouns (one of which each of its matches holds) stand.
_NAMED_SUBNATIONAL_SEARCH: Final = HintedSearch(
    _NAMED_SUBNATIONAL, ("province", "state", "region", "county", "prefecture", "oblast")
)


#: The first words of a phrase of cause, time or circumstance that opens a sentence.
_SCENE_OPENER: Final = (
    r"(?:despite|amid|amidst|under|since|following|after|before|ahead|during|with|without|thanks|besides"
    r"|apart|as|in|on|boosted|helped|driven|buoyed|hit|hurt|spurred|fuell?ed|supported|weighed|dragged"
    r"|due|because|owing|given|unlike|like|while|although|though|when|once|against|faced|facing"
    r"|propelled|lifted|pushed|held|backed|benefiting|benefitting)"
)
#: A source named before the figure's clause, in one or two comma-closed parts ("According
#: to Uruguay XXI, the country's investment and export promotion agency, exports ..."): its
#: words say who reports the figure, not what the money is.
_ATTRIBUTION: Final = re.compile(
    r"(?i)\s*according\s+to\s+(?:[^,]{1,80},\s+){1,2}(?=[^,]*\b(?:exports|imports|trade|turnover|shipments)\b)"
)
_SCENE_OPENING: Final = re.compile(
    # an opening phrase of cause, time or circumstance before a subject that is a flow: "Despite
    # Western sanctions, India's imports from Russia rose", "Boosted by higher coffee prices,
    # Vietnam's exports ...", "Under the free trade deal signed in 2022, Australia's exports ...":
    # its words set the scene, the figure is the flow's (an opening noun phrase is no such
    # phrase: "The trade deficit, driven by oil imports, widened to ...")
    r"(?i)\s*(?:(?:meanwhile|however|still|separately|overall|[a-z]+ly),\s+)?"
    rf"(?:{_SCENE_OPENER}\s[^,]{{1,80}}?,\s+)+"
    r"(?=(?:[\w'’.-]+\s+){0,5}?(?:exports|imports|trade|turnover|shipments|sales|purchases)\b)"
)
#: A mid-clause attribution set off by commas, a list's comma inside it ("Malaysia's exports to
#: China, according to the investment, trade and industry ministry, rose 5% to"): who reports
#: the figure, not what the money is.
_ATTRIBUTION_ASIDE: Final = re.compile(
    r"(?i),\s+according\s+to\s[^,]{1,80}(?:,\s+[^,]{1,40}?\s(?:and|&)\s[^,]{1,60})?,\s"
)
#: An apposition set off by commas that describes what it follows, with no number ("exports to
#: Vietnam, a key production base, rose", "Saudi Arabia, the biggest investor in Pakistan,").
_DESCRIBING_ASIDE: Final = re.compile(r",\s+(?:a|an|the|its|one\s+of\s+(?:the|its))\s[^,;\d$€£¥]{1,60},\s")


#: Trade inside a bloc or region ("intra-CARICOM trade", "intra-African exports"): no pair's.
_INTRA: Final = re.compile(r"(?i)\bintra-[\w-]+\s+(?:[a-z-]+\s+){0,2}(?:trade|exports|imports|commerce)\b")
_FLOW_WORD: Final = re.compile(r"(?i)\b(?:trade|exports?|imports?|commerce|turnover|shipments)\b")


#: A trade measure, a probe or a deal: what it covers is its scope, not a period's trade. (Most
#: are NEGATIVE_WORDS too, but that test reads only a lower-case word, and runs later: "covered
#: by the Anti-Dumping Duties", "The Free Trade Agreement covers ...".)
_MEASURE_NOUNS: Final = (
    r"(?:probes?|investigations?|inquiry|inquiries|case|petition|complaint|review|safeguards?|measures?|"
    r"dut(?:y|ies)|tariffs?|levy|levies|quotas?|bans?|sanctions|restrictions|deal|agreement|pact)"
)
#: Verbs of a scope: "covers", "concerns", "involves", "affects", "encompasses" ("targets" is a
#: goal's verb: TARGET_WORDS).
_COVER_VERBS: Final = (
    r"(?:cover(?:s|ed|ing)?|concern(?:s|ed|ing)?|involv(?:es|ed|ing)|"
    r"affect(?:s|ed|ing)?|encompass(?:es|ed|ing)?)"
)
#: The measure, then up to eight words of the same clause, then its verb of scope ("the
#: anti-dumping probe into Vietnamese shrimp covers imports worth"); or the goods a measure
#: covers, told in the passive ("imports covered by the new duties were worth").
_MEASURE_COVERS: Final = re.compile(
    rf"(?i)\b{_MEASURE_NOUNS}(?:\s+[^\s,;]+){{0,8}}?\s+{_COVER_VERBS}\b"
    rf"|\b(?P<passive>{_COVER_VERBS}|targeted)\s+by\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?{_MEASURE_NOUNS}\b"
)
#: Cheap precheck of `_MEASURE_COVERS`: the verbs' stems.
_COVER_STEMS: Final = ("cover", "concern", "involv", "affect", "encompass", "targeted")


def _covered_by_measure(words: str, money: Money) -> tuple[bool, str]:
    """Whether the clause before the amount tells the scope of a trade measure, probe or deal
    ("the anti-dumping probe into Vietnamese shrimp covers imports worth around US$600
    million", "the safeguard investigation concerns steel imports valued at", "imports
    affected by the duties were worth"): the value of the goods it covers, no trade figure of
    a period, unless the sentence says so otherwise (its period had been taken from the
    sentence before, and "shrimp covers" made the product). A flow that names its goods
    before a passive of scope is those goods' figure, which the measure hits ("steel imports
    from China targeted by the safeguard measures fell to"): only unnamed goods are the
    measure's own share of a flow. Returns that, and the words left for the other tests: those
    goods' passive of scope cut out, whose measure is not what the money is ("steel imports
    covered by the anti-dumping duties fell": no duty's figure)."""
    low = words.lower()
    if not holds_any(low, _COVER_STEMS):
        return False, words
    covers = _MEASURE_COVERS.search(words)
    if covers is None:
        return False, words
    if covers.group("passive") is None or not _names_goods(words[: covers.start()], money):
        return True, words
    return False, f"{words[: covers.start()]} {words[covers.end() :]}"


def _names_goods(subject: str, money: Money) -> bool:
    """Whether the last flow noun of `subject` names its goods ("steel imports from China",
    "imports of steel from China"; not "Imports into Kenya from China")."""
    flows = list(_FLOW_WORD.finditer(subject))
    if not flows:
        return False
    flow = flows[-1]
    word = flow.group().lower()
    kind = "turnover" if word in ("trade", "commerce", "turnover") else "exports"
    return flow_product(subject, kind, flow.start(), flow.end(), word, 0, money) is not None


def _goal_word(token: str, window: str) -> bool:
    """Whether the token makes the amount a goal: a lower-case TARGET_WORDS word, a gerund of
    them only with "to" before the amount ("taking trade to $10 billion", not "taking products
    worth $98 billion")."""
    low = token.lower()
    return (
        low in TARGET_WORDS
        and token[0].islower()
        and (low not in TARGET_GERUNDS or _TO_BEFORE.search(window) is not None)
    )


#: After "set"/"sets" as the noun of goods counted in sets: "ignition wiring sets and other
#: cables", "generator sets to Nigeria", "sets of dishes" (not "trade is set to reach", "the
#: plan sets a goal of"). Before "to", the noun only before a name ("sets to Nigeria").
_AFTER_SETS_OF_GOODS: Final = frozenset(["and", "or", "of", "from", "worth"])
#: Words before "set" that make it the verb: "is set to", "has set", "also set".
_BEFORE_SET_VERB: Final = frozenset([
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "also", "now", "already",
    "it", "they", "we", "which", "that", "who", "and",
])  # fmt: skip


def _sets_of_goods(tokens: list[str], n: int) -> bool:
    """Whether "set"/"sets" at `n` is the noun of goods counted in sets ("Exports of wiring
    sets and other cables to Germany were ..."), not a verb of setting a goal."""
    if tokens[n].lower() not in ("set", "sets") or n == 0 or n + 1 >= len(tokens):
        return False
    before, after = tokens[n - 1], tokens[n + 1]
    if not before[0].islower() or before in _BEFORE_SET_VERB:
        return False
    return after in _AFTER_SETS_OF_GOODS or (
        after == "to" and n + 2 < len(tokens) and tokens[n + 2][0].isupper()
    )


#: Goal words that are also the direction of goods ("progress towards $10 billion", but
#: "Algerian exports towards Spain", "sales toward the Japanese market").
_DIRECTION_GOAL_WORDS: Final = frozenset(["towards", "toward"])


def _heads_destination(tokens: list[str], n: int) -> bool:
    """Whether the token at `n` is "towards" before a name, past "the" at most ("exports
    towards Spain", "shipments toward the Japanese market"): where the goods went, not a goal,
    which it heads before the goal's lower-case noun or verb ("towards the target of",
    "towards doubling trade")."""
    if tokens[n].lower() not in _DIRECTION_GOAL_WORDS:
        return False
    following = tokens[n + 1 : n + 3]
    if following and following[0].lower() == "the":
        following = following[1:]
    return bool(following) and following[0][0].isupper()


def _goal_of_subject(tokens: list[str], n: int, window: str) -> str | None:
    """The goal's word when the noun at `n` (a deal, an agreement, a fund) is the subject of
    a goal, its verb next or after one more word ("which the new border agreement targets to
    reach $15 billion", "which the trade deal aims to lift to", "the accord is expected to
    bring"), or anywhere later in a relative clause the noun is the subject of, over what
    qualifies it ("which the border trade agreement signed last year aims to lift to"): the
    amount is the goal's, a target, so a flow told before the goal's relative clause is the
    subject of a figure after it; else None, and the noun is what the money is."""
    end = len(tokens) if _relative_subject(tokens, n) else n + 3
    for token in tokens[n + 1 : end]:
        if _goal_word(token, window):
            return token.lower()
    return None


#: How many words may open a relative clause before its subject noun: the pronoun, an
#: article, a possessor and modifiers ("which the two governments' new trade agreement").
_RELATIVE_SUBJECT_REACH: Final = 6


def _relative_subject(tokens: list[str], n: int) -> bool:
    """Whether the noun at `n` is the subject of a relative clause that opens a few words before
    it ("which the new border trade agreement signed last year aims to double"): the clause
    goes on to the amount, so its verb may follow what qualifies the noun."""
    return any(t.lower() in ("which", "that") for t in tokens[max(0, n - _RELATIVE_SUBJECT_REACH) : n])


def _ends_on(search: CaseBlindSearch, window: str, lowered: str | None, reach: int) -> bool:
    """Whether `search` finds its words in the last `reach` characters of `window`, whose
    `lowered_for_hints` is `lowered` (of the same length: its slice holds the same words)."""
    return search(window[-reach:], None if lowered is None else lowered[-reach:]) is not None


def _set_aside(tokens: list[str], n: int) -> bool:
    """Whether the noun at `n` is set aside from the figure: "excluding services", "except
    oil", "services aside", "apart from services", "not counting services" (what the figure
    leaves out is not what it is)."""
    before = tokens[n - 1].lower() if n > 0 else ""
    after = tokens[n + 1].lower() if n + 1 < len(tokens) else ""
    return (
        before in _SETTING_ASIDE
        or after == "aside"
        or (before == "from" and n > 1 and tokens[n - 2].lower() == "apart")
        or (before in _COUNTING_IN and n > 1 and tokens[n - 2].lower() == "not")
    )


#: Words before a noun that leave it out of a figure.
_SETTING_ASIDE: Final = frozenset(["excluding", "except", "excepting", "minus", "ex"])
#: Words before a noun that leave it out of a figure after "not" ("not counting services", "not
#: including re-exports"); alone they count it in.
_COUNTING_IN: Final = frozenset(["counting", "including"])


def _beside_a_rate(text: str, start: int) -> bool:
    """Whether the sentence speaks of a rate or a price in the words before the amount at `start`
    ("a figure inflated by the customs dollar rate, now aligned with the official LL 89,500")."""
    before = text[max(0, start - _RATE_REACH) : start].rsplit(". ", 1)[-1]
    return _RATE_OR_PRICE_BEFORE.search(before) is not None


_RATE_REACH: Final = 80


def _rejection(text: str, window: str, money: Money, published: date | None, opening: bool) -> str | None:
    """Why the amount is not a stated trade figure, from the words of its clause before it
    and the few words after it (`opening`: the window starts the sentence, so its first word
    is capitalised by position, not as a name); None when nothing speaks against it."""
    if money.value_high is not None:
        # "was worth between $1.1 billion and $1.3 billion", "estimated at $200 million to $300
        # million": a range is an estimate with no one value, and either end alone misstates it
        return "estimate: a range"
    if money.value < _MIN_FIGURE or (
        money.scale == 1.0
        and (
            money.value < _MIN_UNSCALED_FIGURE
            or (money.value < _MIN_UNSCALED_BESIDE_A_RATE and _beside_a_rate(text, money.start))
        )
    ):
        # "GH¢ 15 to $1": a price, a rate, a unit; "$1,085 a ton, ... compared with $1,140": a
        # price written out in full
        return "not trade: too small"
    attribution = _ATTRIBUTION.match(window) or (_SCENE_OPENING.match(window) if opening else None)
    words = window[attribution.end() :] if attribution else window
    if "," in words:
        # "exports to China, which the government hopes to grow 20 per cent, rose 8.5pc to": the
        # goal is the relative clause's, the figure the main clause's
        words = _RELATIVE_ASIDE.sub(" ", words)
        # "expected to reach 15 billion in 2025, according to projections by the Ministry,
        # after 14 billion in 2024": the source's forecast is the figure's before, this one the
        # actual it is set against
        linked = _SOURCE_THEN_LINK.search(words)
        words = words[: linked.start()] if linked is not None else words
        words = _DESCRIBING_ASIDE.sub(" ", _ATTRIBUTION_ASIDE.sub(" ", words))
    services = _SERVICES_FLOW_SEARCH(text, max(0, money.start - _SERVICES_REACH), money.start)
    if services is not None and not _FLOW_WORD.search(text, services.end(), money.start):
        return "not trade: services"  # "Trade in services, which the FTA covers, was worth £17.6 billion"
    covered, words = _covered_by_measure(words, money)
    if covered:
        return "not trade: goods a measure covers"  # "The probe into Vietnamese shrimp covers imports worth"
    tokens = _own_clause(TOKEN.findall(words))
    for n, token in enumerate(tokens):
        low = token.lower()
        if (
            low in ("cost", "costs")
            and _COST_OBJECT.fullmatch(" ".join(tokens[n + 1 :]))
            and _FLOW_NOUN_TOKENS.intersection(tokens[:n])
        ):
            # "Egypt's wheat imports from Russia cost $2.1 billion": what the imports were worth;
            # "Oil imports from Saudi Arabia cost Pakistan some $4.5 billion": whose they were
            continue
        if n > 0 and f"{tokens[n - 1].lower()} {low}" in FLOW_WORDS:
            continue  # "Coffee export revenue from Japan was ...": the head of a flow compound
        if low in ("revenue", "revenues") and _flow_earned(tokens, n, text, money):
            continue  # "Iraq earned revenues of $26 billion from oil exports to India": the flow's value
        if low in ("payment", "payments") and [t.lower() for t in tokens[n + 1 : n + 3]] == [
            "for",
            "imports",
        ]:
            continue  # "payments for imports from Japan were $2 billion": what the imports cost
        if low in NEGATIVE_WORDS and (token[0].islower() or low in ("fdi", "gdp") or (n == 0 and opening)):
            if _set_aside(tokens, n):
                continue  # "Excluding services, trade between ... totalled": what the figure leaves out
            if low in _RIGHTS_WORDS and _under_rights(tokens, n):
                continue  # "exports of tuna, shipped under licence, reached": how the goods went
            if SPAN_OF_AN_EVENT.search(" ".join(tokens[max(0, n - 7) : n + 1])):
                # "In the first twelve months of the agreement, exports reached ...": when, not
                # what (seven words before the noun: a span, "of", an article, four more)
                continue
            goal = _goal_of_subject(tokens, n, window)
            if goal is not None:
                return f"target: {goal}"  # "which the new border agreement targets to reach $15 billion"
            return f"not trade: {low}"  # also a first word: "Tariffs on imports from China brought in $80bn"
        if low in MONEY_NOUNS and (n + 1 == len(tokens) or MONEY_MOVED_AFTER.match(tokens[n + 1])):
            return f"not trade: {low}"  # "Money sent from Russia to Tajikistan amounted to ..."
        if (
            low in TARGET_WORDS  # (`_goal_word`'s first test, without a call for each word)
            and _goal_word(token, window)
            and not _heads_destination(tokens, n)
            and not _sets_of_goods(tokens, n)
        ):
            return f"target: {low}"
    hint = lowered_for_hints(words)  # (each case-blind pattern below runs only where it holds its word)
    own = _OWN_CLAUSE_OPENING_SEARCH(words, hint)
    own_end = own.end() if own is not None else 0
    if hint_holds(hint, _TARGET_VERBS) and TARGET_INFINITIVE.search(words, own_end):
        return "target: infinitive"  # (not "keenness to boost its presence, noting that trade ... hit")
    if hint_holds(hint, _COURSE_NOUNS) and ON_COURSE.search(words, own_end):
        return "target: on course"  # "Bilateral trade is on track to exceed $50 billion this year"
    if hint_holds(hint, _PROGRESSIVE_VERBS) and PROGRESSIVE_FLOW.search(words, own_end):
        return "deal: in progress"  # "Kazakhstan is also buying Turkish armoured vehicles worth $160 million"
    if hint_holds(hint, _SHARE_STEMS) and _unpaired_whole_of_share(text, words, money):
        return "world: the whole of a share"  # "a marginal share of the island's $1.3 billion ..."
    intra = (
        _INTRA.search(text, 0, money.start)
        if "-" in text and hint_holds(lowered_for_hints(text[: money.start]), ("intra-",))
        else None
    )
    if intra is not None and not _FLOW_WORD.search(text, intra.end(), money.start):
        # "Total intra-CARICOM trade was estimated at US$2.4 billion", also with an aside
        # before the verb ("Intra-Mercosur trade, meanwhile, fell 9% to US$ 38.1 billion")
        return "world: inside a bloc"
    # (each pattern below runs only where the window holds what each of its matches holds: a
    # possessive's apostrophe, a levy's word, a region's unit noun)
    lowered = lowered_for_hints(window)
    owner = _OWNED_FLOW.search(window) if "'" in window or "’" in window else None
    if owner is not None and _company_name(owner.group("owner")):
        return "not a country's: a company's"  # "Samsung Electronics' sales to China reached $42 billion"
    if _firms_flow(window):
        return "not a country's: a company's"  # "The company's export sales to Ghana came to N3.2 billion"
    if hint_holds(lowered, _LEVY_WORDS) and _LEVIES_COLLECTED.search(window):
        return "not trade: levies"  # "Customs receipts from Chinese imports amounted to KSh 96 billion"
    if _subnational_subject(window, lowered):
        return "not a country's: a region's"  # "The Vojvodina province alone exported goods worth ..."
    # (in the sentence, not the clause: ", meanwhile," cuts "The state of Goiás" from its verb)
    named = _NAMED_SUBNATIONAL_SEARCH(text, max(0, money.start - 120), money.start)
    if (
        named is not None
        and money.start - named.end() <= _VERB_TO_AMOUNT
        and not any(m.kind == "name" for m in find_countries(named.group("name")))
    ):
        # "The Brazilian state of Goiás exported ..." (but "the State of Qatar" is a country)
        return "not a country's: a region's"
    if _ends_on(_LOSS_BEFORE_SEARCH, window, lowered, 50) or _LOSS_AFTER.match(text, money.end):
        return "not trade: a loss"  # "had lost around $1bn in trade", "$1bn in lost exports"
    if _ends_on(_INCREMENT_BEFORE_SEARCH, window, lowered, 40) or _ends_on(
        _UP_OR_DOWN_BEFORE_SEARCH, window, lowered, 20
    ):
        return "increment"  # "grew by $1.2 billion", "were up $121 million": a difference, not a level
    if _ends_on(_CHANGE_VERB_BEFORE_SEARCH, window, lowered, 40):
        return "increment"  # "fell NZ$1.2 billion (20 percent) to NZ$4.8 billion", "fell $62 million"
    if _COMPARATIVE_AFTER.match(text, money.end):
        return "increment"  # "PLN 400 million more than in 2023", "€50 million higher in 2024"
    if window.endswith("by ") and _EXCEEDED_BY.search(window[-100:]):
        return "increment"  # "exports exceeded imports from Uganda by $400 million": a difference
    if _PERCENT_BEFORE.search(window[-30:]) and not _OF_WHOLE_AFTER_PARENTHESIS.match(text, money.end):
        return "increment"  # "30.1 percent ($22.5 million) more than": the change in money
    if " or " in window[-16:] and _PERCENT_OR_BEFORE.search(window[-60:]):
        return "increment"  # "an increase of 13 per cent, or NOK 212 million": the change in money
    if (
        _THRESHOLD_AFTER.match(text, money.end)
        and _DETERMINER_BEFORE.search(window[-12:])
        and not crossed_line(window, text[money.end : money.end + 16])
    ):
        return "target: threshold"  # "exceeding the $200 billion target", "crossed the $2 billion mark"
    after = (
        TARGET_AFTER.match(text, money.end)
        if hint_holds(lowered_for_hints(text[money.end :]), _TARGET_AFTER_WORDS)
        else None
    )
    if after is not None:
        year = after.group("year")
        if year is None or published is None or int(year) >= published.year:
            return "target: deadline"
    if _RIGHTS_SOLD_AFTER.match(text, money.end):
        return "not trade: rights sold"  # "earned $45 million from sales of fishing licences to ..."
    if _SERVICES_AFTER.match(text, money.end):
        return "not trade: services"  # "earned $1 billion from exports of services to the US"
    if _SECURITIES_SOLD_AFTER.match(text, money.end):
        return "not trade: securities sold"  # "raised $1.5 billion from selling Eurobonds to ..."
    if holds_any(text, _AT_RISK_STEMS) and _AT_RISK_AFTER.match(text, money.end):
        return "estimate: at risk"  # "Some R40 billion of South African exports ... are at risk"
    if money.qualifier in _CAP_QUALIFIERS and _ALLOWED_TO_BEFORE.search(window[-90:]):
        return "target: a cap"  # "The new quota allows Argentina to export up to $500 million of beef"
    tail = TOKEN.findall(_TAIL_BREAK.split(text[money.end : money.end + 40], 1)[0])[:4]
    balance = next((t for t in tail[:3] if t in _BALANCE_WORDS), None)
    if balance is not None:
        return f"not trade: {balance}"  # "a $152.4 billion trade deficit", "a record $51.1 bln surplus"
    # the noun right after the amount, or after "in"/"of" and a modifier or two ("$2 billion in
    # realised investments", "$900 million of new loans")
    reach = 4 if tail and tail[0] in _OF_IN else 2
    if (
        any(t in NEGATIVE_WORDS and t[0].islower() for t in tail[:reach])
        and not any(t.lower() in ("trade", "exports", "imports", "turnover", "goods") for t in tail)
        and not _earned_by_a_flow(tail, window)
    ):
        return f"not trade: {tail[0].lower()}"
    if _UNIT_PRICE.match(text, money.end):
        return "price"
    if _EXCHANGE_RATE.match(text, money.end):
        return "exchange rate"
    return None


#: The amount as the subject of a risk, not of a trade that took place: "Some R40 billion of South
#: African exports to the United States are at risk", "About $9 billion of Thai exports to the US are
#: exposed to the new tariffs" (estimates of what may be lost). Only the amount's own predicate: "rose
#: to $9 billion in 2024 but are now at risk" tells the figure, then the risk.
_AT_RISK_AFTER: Final = re.compile(
    r"(?i)(?:\s+(?!(?:but|and|yet|while|although|though|which|that)\b)[\w'’.-]+){0,8}?\s+"
    r"(?:are|is|were|was|remain|remains|stand|stands|(?:could|would|may|might|will)\s+be)\s+"
    r"(?:now\s+|still\s+|potentially\s+|directly\s+)?"
    r"(?:at\s+risk|exposed\s+to|threatened|in\s+jeopardy|vulnerable\s+to|under\s+threat)\b"
)
#: What every match of `_AT_RISK_AFTER` holds (tested first: few sentences speak of a risk).
_AT_RISK_STEMS: Final = ("risk", "expos", "threat", "jeopard", "vulnerab")
#: A cap that a rule or a quota allows, not a trade that took place: "The new quota allows Argentina to
#: export up to $500 million of beef to the US", "Kenya is permitted to ship up to ...".
_ALLOWED_TO_BEFORE: Final = re.compile(
    r"(?i)\b(?:allows?|allowed|allowing|permits?|permitted|entitled)\s+(?:[\w'’-]+\s+){0,4}?to\s+"
    r"(?:export|import|ship|sell|buy|supply)\s+(?:goods\s+)?\Z"
)
#: The hedges (`Money.qualifier`) of a most, which an allowed amount is written with.
_CAP_QUALIFIERS: Final = frozenset(["up to", "a maximum of", "no more than", "at most"])


#: Words one of which (in lower case) each match of `TARGET_AFTER` holds after the amount.
_TARGET_AFTER_WORDS: Final = ("by", "next", "coming", "near", "term", "within")
#: Words without one of which (in lower case) a pattern of `_rejection` cannot match: the verbs of
#: `TARGET_INFINITIVE`, the nouns of `ON_COURSE`, the verbs of `PROGRESSIVE_FLOW`, and the nouns
#: and stems of `_WHOLE_OF_SHARE` ("proportion" holds "portion", "percent" and "per cent" "per").
_TARGET_VERBS: Final = ("raise", "bring", "boost", "double", "triple", "lift", "take", "push", "increase",
                        "expand", "achieve", "attain")  # fmt: skip
_COURSE_NOUNS: Final = ("track", "course", "pace")
_PROGRESSIVE_VERBS: Final = ("buying", "purchasing", "importing", "sourcing", "exporting", "selling",
                             "shipping", "supplying", "sending")  # fmt: skip
_SHARE_STEMS: Final = ("share", "part", "portion", "fraction", "bulk", "pct", "per", "%")


def _unpaired_whole_of_share(text: str, words: str, money: Money) -> bool:
    """Whether the amount is inside the whole a share is of ("earned LKR 9.8 billion, a marginal
    share of the island's $1.3 billion annual tea export bill", "a fraction of its total tea
    exports of $1.3 billion"), and that whole names no partner and no pair: a whole is larger
    than its part, the trade of the country with all its partners, whatever partner the part
    before it had. A whole that names its partner, after the amount or before it ("a third of its
    $900 million exports to Kenya", "the bulk of shipments to Kenya, at $600 million") or the pair
    ("half of the $2 billion two-way trade") stays the pair's."""
    whole = _WHOLE_OF_SHARE.search(words)
    if whole is None or _PREDICATE_AFTER_AND.search(words, whole.start()) is not None:
        return False
    tail = _TAIL_BREAK.split(text[money.end :], 1)[0]
    phrase = f"{words[whole.start() :]} {tail}"
    if names_pair(phrase) or _names_partner_by_epithet(phrase):
        return False
    return not any(_PARTNER_BEFORE.search(phrase, 0, m.start) for m in find_countries(phrase))


def _names_partner_by_epithet(phrase: str) -> bool:
    """Whether a whole names its partner by an epithet ("a fraction of the $7.6 billion it imported
    from its southern neighbour", "... of its $2 billion exports to the Gulf kingdom"): the whole
    is the pair's, as with the partner's name."""
    return any(DEFINITE_PARTNER.match(phrase[m.end() :]) for m in EPITHET_PREPOSITION.finditer(phrase))


#: A noun of a part and its "of" before an amount, with nothing between that closes the whole
#: ("a marginal share of the island's", "3 percent of its total"): the amount is the whole's.
_WHOLE_OF_SHARE: Final = re.compile(
    rf"(?i)(?:\b{_PART_NOUNS}|\b(?:percent|pct)|\bper\s+cent|%)\s+of\s+[^,;()]*$"
)


#: A second predicate of the share's subject after its whole ("accounted for 20 percent of the
#: total and reached $3.4 billion"): the amount is that subject's, not inside the whole.
_PREDICATE_AFTER_AND: Final = re.compile(
    rf"\band\s+(?:(?:also|then)\s+)?(?:reached|stood|totall?ed|amounted|came|hit|was|were|{CHANGE_VERBS})\b"
)


#: A loss told as the amount's verb or noun ("had lost around $1bn in trade", "suffered losses
#: of $300 million", "a loss of $2bn"): what trade failed to earn, not what it was worth.
_LOSS_BEFORE: Final = re.compile(
    r"(?i)\b(?:lost|lose|loses|losing|forfeited|forgone|foregone|"
    r"loss(?:es)?\s+(?:of|worth|estimated\s+at|totall?ing|amounting\s+to))\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|an\s+estimated|over|more\s+than|"
    r"up\s+to|at\s+least)\s+)?$"
)
#: The same loss told after the amount: "$1bn in lost exports", "$300 million in losses".
_LOSS_AFTER: Final = re.compile(r"(?i)\s+(?:in|of|worth\s+of)\s+(?:lost|losses|forgone|foregone)\b")
#: Case-blind patterns matched on the words before an amount, by their case-sensitive twins on
#: those words lowered by `lowered_for_hints` (the same matches at the same offsets).
_LOSS_BEFORE_SEARCH: Final = CaseBlindSearch(_LOSS_BEFORE)
_INCREMENT_BEFORE_SEARCH: Final = CaseBlindSearch(_INCREMENT_BEFORE)
_UP_OR_DOWN_BEFORE_SEARCH: Final = CaseBlindSearch(_UP_OR_DOWN_BEFORE)
_CHANGE_VERB_BEFORE_SEARCH: Final = CaseBlindSearch(_CHANGE_VERB_BEFORE)
_OWN_CLAUSE_OPENING_SEARCH: Final = CaseBlindSearch(_OWN_CLAUSE_OPENING)
_SHARE_VERB_BEFORE_SEARCH: Final = CaseBlindSearch(_SHARE_VERB_BEFORE)


#: A round figure named as a goal or a line, right after the amount: "the $200 billion target",
#: "the $2 billion mark", "a $10 billion milestone".
_THRESHOLD_AFTER: Final = re.compile(
    r"\s*(?:target|goal|mark|milestone|threshold|barrier|benchmark|ceiling|level|objective|line)s?\b"
)
_DETERMINER_BEFORE: Final = re.compile(r"(?i)\b(?:the|a|an|its|their|this|that)\s+$")

#: A line (not a goal) right after the amount: "the $80 billion mark", "the $1 billion threshold".
_LINE_AFTER: Final = re.compile(r"\s*(?:mark|milestone|threshold|barrier|level|line)\b")
#: A verb that tells the line passed or met, right before "the": "crossed the", "has topped the",
#: "breaking through the", "rose above the" (past or gerund only: "could top the" is a guess).
_CROSSED_BEFORE: Final = re.compile(
    r"(?i)(?<![\w-])(?P<verb>crossed|crossing|passed|passing|topped|topping|surpassed|surpassing|"
    r"exceeded|exceeding|breached|breaching|hit|hitting|reached|reaching|cleared|clearing|"
    r"(?:broke|breaking)(?:\s+(?:through|past))?|(?:went|going)\s+(?:past|over|above|beyond)|"
    r"(?:rose|rising|climbed|climbing|jumped|grew)\s+(?:above|past|beyond|over))"
    r"\s+(?:the|a)\s+$"
)
#: A modal (and an adverb) or an infinitive's "to" right before the verb: "could hit the", "may
#: soon hit the", "is set to hit the", "is expected to have passed the" (not "exports to Chile").
_MODAL_BEFORE: Final = re.compile(
    r"(?i)\b(?:(?:will|would|could|can|may|might|should|shall|must)\s+(?:\w+\s+)?|to\s+(?:have\s+)?)$"
)


def crossed_line(before: str, after: str) -> bool:
    """Whether an amount with the words `before` and `after` it is a line the figure passed or
    met, "crossed the $80 billion mark", "topped the $1 billion threshold" (not a goal, "the
    $100 billion target", nor a guess, "could hit the $5 billion mark"). The line tells the
    figure as "exceeded $80 billion" does, and a careful reader records it, whatever amounts
    follow it: a comparison ("..., up from $21 billion in 2023") or a goal ("and are on track to
    hit the $30 billion mark next year") are figures or goals of their own; where the real
    figure follows ("..., reaching $2.08 billion"), `_without_lines_beside_figures` (trade.py)
    drops the line as the same fact."""
    if not _LINE_AFTER.match(after):
        return False
    tail = before[-48:]
    verb = _CROSSED_BEFORE.search(tail)
    if verb is None:
        return False
    head = before[: len(before) - len(tail) + verb.start()]
    return _MODAL_BEFORE.search(head[-40:]) is None


def _is_world(
    clause: str,
    offset: int,
    slots: list[CountrySlot],
    blocs: list[BlocMention],
    clause_end: int,
    words: bool,
    money_end: int,
    items_from: int = 0,
) -> bool:
    """A total with the world or a bloc: a world word ("foreign trade", "overall", "78
    countries") without a second country in a partner role, or a bloc in a partner role. A
    bloc told before `items_from` (the end of the amount before) is that amount's when a
    partner is named after it: "imports from the EU were $1.0b, from Australia $849m"."""
    pair = {s.iso3 for s in slots if s.role in ("between", "pair") and s.start < money_end}
    # "imports from Senegal were $38 million, ...": a partner named before the amount
    partnered = len(pair) >= 2 or any(s.role in ("to", "from", "with") and s.start < money_end for s in slots)
    own_partner = items_from > 0 and any(
        s.role in ("to", "from", "with") and items_from <= s.start < money_end for s in slots
    )
    for bloc in blocs:
        if not offset <= bloc.start < clause_end or _SINGLE_COUNTRY_NOUN.match(clause, bloc.end - offset):
            continue  # "trade with the EU", but not "the Central Asian country"
        if own_partner and bloc.end <= items_from:
            continue  # an item of a gapped list after the bloc's: "..., and to the US $298 million"
        if (
            partnered
            and bloc.start >= money_end
            and not _PARTNER_BEFORE.search(clause, max(0, bloc.start - offset - 12), bloc.start - offset)
        ):
            # "trade between Ghana and Togo stood at GH¢4.2 billion, under the AfCFTA", "imports
            # from Senegal were $38 million, leaving Türkiye with its largest surplus in Africa"
            continue
        if _PAIR_BEFORE.search(clause, max(0, bloc.start - offset - 12), bloc.start - offset):
            continue  # "between the two West African neighbours", "both Gulf states": the pair described
        if partnered and bloc.start >= money_end and _SHARE_AFTER_AMOUNT.match(clause, money_end - offset):
            continue  # "$150 million in 2024, 3% of its exports to Asia": the share's whole, no side
        if partnered and not offset and _framing_bloc(clause, bloc):
            continue  # "In Africa, Vietnam's trade with Nigeria reached ...": the scene, no side
        if bloc.kind == "world" and _POSSESSIVE_AFTER.match(clause, bloc.end - offset):
            continue  # "the world's second-largest economy": a country described, not the world
        if partnered and bloc.end <= money_end and _BLOC_POSSESSIVE_ASIDE.match(clause, bloc.end - offset):
            # "Chile, outside Mercosur's customs union, has seen its trade with Argentina climb to
            # ...": the bloc's possessive in an aside describes the country, it is no side
            continue
        if partnered and _speech_names_partner(clause, bloc.end - offset, offset, slots, money_end):
            # "In its bulletin on trade with Asia, the office reported that exports to Korea
            # reached ...": the bloc is the report's subject, the speech names the partner
            continue
        if partnered and _inside_aside(clause, bloc.start - offset):
            # "imports from Kenya, led by apparel shipped under an African trade act, rose ...":
            # the aside describes the goods of a flow whose partner is named before it
            continue
        if not _APPOSITION.search(clause, 0, bloc.start - offset):
            return True
        closing = clause.find(",", bloc.end - offset)
        if closing < 0:
            return True  # "Canada, the other member of the USMCA, sent ...": an aside, not a partner
    sources: list[tuple[int, int]] | None = None
    for m in WORLD_CUE.finditer(clause) if words else ():
        if _SOURCE_NOUN_AFTER.match(clause, m.end()):
            continue  # "..., GASTAT said in its foreign trade bulletin": a source's name, no total
        sources = _sources_before(clause, money_end - offset) if sources is None else sources
        if any(a <= m.start() < b for a, b in sources):
            # "According to the yearly review of foreign trade by the statistics office, the
            # country bought ...": the cue is inside the source named, no total
            continue
        if _share_whole(clause, m.start()):
            continue  # "with $31.5 billion, or 22.5 percent of total turnover": the whole of a share
        if _owners_whole_of_share(clause, m.start(), m.end()):
            # "China accounted for 35.1 percent of Kyrgyzstan's foreign trade turnover, or $4.2
            # billion": the whole the partner's share is of, whose amount is the partner's
            continue
        if _partner_goods_whole(clause, offset, slots, m.start()):
            continue  # "imports of Mozambican goods as a whole": all of one partner's goods
        if _WHICH_AFTER.match(clause, m.end()):
            # "Among the countries to which Uzbekistan exported the most were Russia ($1.9
            # billion), ...": the countries a relative clause picks out, named after it
            continue
        if _owned_by_pair(clause, offset, slots, m.end(), money_end - offset):
            continue  # "Foreign trade turnover of Uzbekistan and Belarus": the two's trade together
        # a capitalised cue inside the clause is a name ("the Foreign Trade Ministry"); one led
        # by a numeral ("exports to 52 markets") is no name and counts as a lower-case one
        if not m.group()[0].isupper() or m.start() == 0 or not clause[: m.start()].strip():
            partner_roles = [s for s in slots if s.role in ("to", "from", "with", "between", "pair")]
            if not partner_roles and not _definite_after(clause, m.end(), len(clause), _PARTNER_PREPOSITIONS):
                return True  # but "overall shipments to the Asian giant": one country described
    return False


def _owners_whole_of_share(clause: str, start: int, end: int) -> bool:
    """Whether the world cue at `start`-`end` names the whole a share is of, owned by its country
    ("35.1 percent of Kyrgyzstan's foreign trade", "The share of China in Kyrgyzstan's foreign
    trade", "China's share in its external trade"), with no amount of that whole's own after it
    ("... of Kyrgyzstan's foreign trade of $12 billion", "..., which reached $61.3 billion" tell the
    whole's figure)."""
    return (
        _SHARE_OF_OWNERS_WHOLE.search(clause, max(0, start - 90), start) is not None
        and _AMOUNT_OF_THE_WHOLE.match(clause, end) is None
        and _WHOLE_VALUED_AFTER.match(clause, end) is None
    )


#: A percentage or a share, then "of"/"in" and the owner of the whole: "35.1 percent of
#: Kyrgyzstan's", "share of China in Kyrgyzstan's", "share in its", "per cent of the country's".
_SHARE_OF_OWNERS_WHOLE: Final = re.compile(
    r"(?:\b(?:percent|per\s+cent)|%|\bshare(?:\s+of\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})?)\s+"
    r"(?:of|in)\s+(?:(?:the|its|their)\s+(?:country['’]s\s+|nation['’]s\s+)?"
    r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s?\s+)?(?:total\s+|overall\s+)?\Z"
)
#: An amount the whole is told with: "of Kyrgyzstan's foreign trade of $12 billion", "worth ...".
_AMOUNT_OF_THE_WHOLE: Final = re.compile(
    r"(?i)(?:\s+(?:turnover|trade|exports|imports))?\s+(?:of|worth|totall?ing|valued\s+at)\s+\S*\d"
)


def _speech_names_partner(
    clause: str, after: int, offset: int, slots: list[CountrySlot], money_end: int
) -> bool:
    """Whether a verb of saying after `after` (in `clause`, which starts at `offset` of the
    sentence) opens reported speech that names a partner before the amount ending at
    `money_end`: what comes before the verb only frames the report."""
    opening = _past_reported_opening(clause, after, money_end - offset)
    return opening > after and any(
        s.role in ("to", "from", "with", "between", "pair")
        and opening <= s.start - offset < money_end - offset
        for s in slots
    )


def _partner_goods_whole(clause: str, offset: int, slots: list[CountrySlot], cue: int) -> bool:
    """Whether the world cue at `cue` is "as a whole" right after a country's goods ("Italian
    imports of Mozambican goods as a whole"): the whole of one partner's goods, set against one
    product of theirs, not the world ("goods from Chile as a whole" has its partner's role)."""
    if not clause.startswith("as", cue):
        return False
    for slot in slots:
        end = slot.end - offset
        if 0 <= end <= cue and _GOODS_BEFORE_WHOLE.fullmatch(clause, end, cue):
            return True
    return False


def _owned_by_pair(clause: str, offset: int, slots: list[CountrySlot], cue_end: int, amount: int) -> bool:
    """Whether two countries joined by "and" own the trade of the world cue ending at `cue_end`
    ("(the) foreign trade turnover of Uzbekistan and Belarus"): agency English translated from
    Russian ("товарооборот Узбекистана и Беларуси") names so the two's trade with each other,
    not each one's total with the world, as "trade turnover of Uzbekistan and Belarus" is read.
    Not when one country's own figure comes between them and the amount at `amount` ("the
    foreign trade of A and B grew 10%, with A's reaching $63 billion"). Offsets as in
    `_is_world`: slots index the sentence, `clause` starts at `offset` of it."""
    for first, second in pairwise(slots):
        if (
            first.role == "of"
            and second.role == "of"
            and _OWNERS_AFTER_CUE.fullmatch(clause, cue_end, first.start - offset)
            and _OWNERS_JOIN.fullmatch(clause, first.end - offset, second.start - offset)
        ):
            return _OWN_FIGURE_POSSESSIVE.search(clause, second.end - offset, max(0, amount)) is None
    return False


#: A relative clause right after a world cue's countries: "the countries to which ...".
_WHICH_AFTER: Final = re.compile(r"\s+(?:to|from|with)\s+which\b")
#: The word a flow cue starts.
_WORD_AT: Final = re.compile(r"[\w-]+")
#: From a world cue to the first of its two owners, and between the owners.
_OWNERS_AFTER_CUE: Final = re.compile(r"(?i)\s+(?:(?:trade\s+)?turnover\s+|volume\s+)?of\s+(?:the\s+)?")
#: A name's possessive standing alone: one owner's own figure ("with Uzbekistan's reaching").
_OWN_FIGURE_POSSESSIVE: Final = re.compile(r"\b[A-Z][\w-]*['’]s\s+(?!(?:[\w-]+\s+)?(?:trade|turnover)\b)")


#: Between a country and "as a whole": its goods ("Mozambican goods as a whole").
_GOODS_BEFORE_WHOLE: Final = re.compile(rf"\s+(?:{'|'.join(GOODS_NOUNS)})\s+")

#: A relative clause that tells what a category of goods is made of, right after its flow noun:
#: "Energy imports, which include oil and natural gas, ...".
_CATEGORY_DEFINED: Final = re.compile(
    r"\s*,\s+which\s+(?:include|includes|included|comprise|comprises|comprised|cover|covers|covered"
    r"|consists?\s+of|consisted\s+of|are\s+made\s+up\s+of|is\s+made\s+up\s+of)\b"
)
#: A modifier word right before a flow noun: the goods it names ("energy imports").
_MODIFIER_BEFORE: Final = re.compile(r"[A-Za-z][\w-]*\s+$")


def _defined_category(text: str, cue: tuple[int, int, str, str]) -> bool:
    """A flow noun with goods before it that a relative clause defines ("Energy imports, which
    include oil and natural gas, dropped 19.4 percent to $4.6 billion") in a sentence that names
    no country: a category of the customs tables, told of the country's trade with the whole
    world, not of the partner of the sentence before (a figure of the same goods with that
    partner names it or points back to it: "such imports", "imports from it")."""
    start, end, _, flow = cue
    if flow == "turnover" or text[start:end].lower() not in _FLOW_NOUNS:
        return False
    return (
        _CATEGORY_DEFINED.match(text, end) is not None
        and _MODIFIER_BEFORE.search(text, max(0, start - 30), start) is not None
    )


def _inside_aside(clause: str, position: int) -> bool:
    """Whether `position` of `clause` lies inside an aside set off by commas (`_aside_matches`)."""
    return clause.find(",", 0, position) >= 0 and any(
        m.start() < position < m.end() for m in _aside_matches(clause, 0, len(clause))
    )


#: A world word that names a publication or a set of statistics, not the figure: "said in its
#: foreign trade bulletin", "according to international trade statistics". Agency copy cites
#: its source so after a bilateral figure; the source covers all partners, the figure does not.
_SOURCE_NOUN_AFTER: Final = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:bulletins?|reports?|statistics|data|figures|surveys?|reviews?|releases?|"
    r"publications?|yearbooks?|newsletters?|database)\b"
)


def _whole_of_parts(text: str, slots: list[CountrySlot], money: Money, moneys: list[Money]) -> bool:
    """Whether the amount is a whole that names no partner, which the amount beside it is a
    part of: "Of Chile's $95 billion in exports last year, $38 billion went to China", "Imports
    from Turkey accounted for $2.3 billion of Iraq's $50 billion import bill" (the whole went
    everywhere, or came from everywhere). A pair's whole ("... of the $12 billion in trade
    between Chile and Peru") stays a figure."""
    index = next(i for i, m in enumerate(moneys) if m is money)
    if index > 0 and _OF_WHOLE_GAP.fullmatch(text, moneys[index - 1].end, money.start):
        return not _pair_named(text, slots, money.end, _phrase_end(text, money.end))
    if index > 0 and "out of" in text[moneys[index - 1].end : money.start]:
        # "cocoa exports to Malaysia were worth $1.2 billion, out of total cocoa receipts of $3
        # billion": the whole the part before was taken out of, with every partner
        total = _OUT_OF_TOTAL.search(text, moneys[index - 1].end, money.start)
        return total is not None and not _pair_named(text, slots, total.start(), _phrase_end(text, money.end))
    opening = _OF_OPENER.search(text, 0, money.start) if "Of" in text else None
    if opening is None or "," in text[opening.end() : money.start] or money is moneys[-1]:
        return False
    comma = text.find(",", money.end)
    return comma >= 0 and not _pair_named(text, slots, opening.end(), comma)


def _cue_of_whole_before(
    text: str, slots: list[CountrySlot], cue_start: int, moneys: list[Money], index: int
) -> bool:
    """Whether the flow word at `cue_start` is that of the whole the amount before is ("Of
    Australia's total exports of A$480 billion, A$152 billion went to China"): its world word
    ("total") tells that whole, not the part after it, which names its own partner."""
    if index == 0 or cue_start >= moneys[index - 1].start:
        return False
    return _whole_of_parts(text, slots, moneys[index - 1], moneys)


def _pair_named(text: str, slots: list[CountrySlot], start: int, end: int) -> bool:
    """Whether a partner or a pair is named between `start` and `end`."""
    return any(start <= s.start < end and s.role in ("to", "from", "with", "between", "pair") for s in slots)


def _phrase_end(text: str, start: int) -> int:
    """Where the phrase from `start` ends: the next comma, semicolon or the sentence's end."""
    found = _PHRASE_END.search(text, start)
    return found.start() if found is not None else len(text)


#: Between a part and the whole after it: "$2.3 billion of Iraq's $50 billion", "$4bn of the
#: country's total $20bn", "$1.1 billion of its roughly $9 billion".
_OF_WHOLE_GAP: Final = re.compile(
    r"\s+of\s+(?:(?:the|its|their|this|that)\s+|(?:the\s+)?(?:[\w.-]+\s+){0,2}[\w.-]+['’]s?\s+)?"
    r"(?:(?:total|combined|overall|annual)\s+)?(?:(?:some|about|around|roughly|nearly|almost|over)\s+)?"
)
_PHRASE_END: Final = re.compile(r"[,;]|\.(?:\s|$)")
#: "..., out of total log receipts of about" right before the amount: a whole the figure before
#: is part of (not "out of total bilateral trade": the pair's).
_OUT_OF_TOTAL: Final = re.compile(
    r"\bout\s+of\s+(?:a\s+|the\s+)?(?:total|overall|combined)\s+"
    r"(?!(?:bilateral|two-way|mutual)\b)(?:[a-z-]+\s+){0,3}?(?:of\s+|worth\s+)?"
    r"(?:(?:some|about|around|roughly|nearly|almost|over)\s+)?$"
)


#: A sentence opening on "Of" (after a dateline at most): "Of Chile's $95 billion in exports, ...".
_OF_OPENER: Final = re.compile(r"(?:^|\s[-–—]\s|^[A-Z ,.]+\s[-–—]\s)Of\s")


def _bilateral_part(text: str, slots: list[CountrySlot], clause_start: int, money: Money) -> bool:
    """Whether the amount is a one-country part of a total told before it: "trade with the EAEU
    countries reached $28 billion, of which trade with Russia accounted for $26.8 billion",
    "..., including $26.8 billion with Russia"."""
    opened = max((m.end() for m in _PART_OPENER.finditer(text, clause_start, money.start)), default=None)
    if opened is None:
        return False
    roles = ("with", "to", "from")
    if any(opened <= s.start < money.start and s.role in roles for s in slots):
        return True
    after = next((s for s in slots if s.start >= money.end), None)
    return (
        not text[opened : money.start].strip()
        and after is not None
        and after.role in roles
        and (after.start - money.end <= 12)
    )


_PART_OPENER: Final = re.compile(r"(?i)\b(?:of\s+which|of\s+this|including|among\s+them)\b")


def _framing_bloc(text: str, bloc: BlocMention) -> bool:
    """Whether a region or bloc only frames the sentence, in its opening phrase ("In Africa,
    Vietnam's trade with Nigeria reached ..."): a scene for the figure, no side of it when the
    figure names its partner."""
    return (
        _FRAME_BEFORE.fullmatch(text, 0, bloc.start) is not None
        and _FRAME_AFTER.match(text, bloc.end) is not None
    )


def _partner_set(text: str, bloc: BlocMention) -> bool:
    """ "Among Middle Eastern partners, the UAE was the fastest-growing partner, with two-way
    trade of ...": a framing region of the home's partners is the set the partner is ranked
    in, neither side of the figure."""
    return _PARTNER_SET_AFTER.match(text, bloc.end) is not None and _framing_bloc(text, bloc)


#: A superlative ranking a country among a bloc's members, right before the bloc: "Chile, the
#: largest exporter to Japan among the Andean economies, shipped ...": the set the country is
#: ranked in, not the inside of the bloc the figure is of.
_RANKED_AMONG: Final = re.compile(
    r"(?i)\b(?:[a-z]+-)?(?:largest|biggest|leading|top|main|greatest|foremost|smallest)\b[^,;]{0,50}?"
    r"\bamong\s+(?:the\s+)?$"
)


def _inside_bloc(text: str, blocs: list[BlocMention], money_start: int) -> bool:
    """ "Within the Pacific Alliance, ..., Chile's trade reached $9.9 billion": a figure for
    the inside of a bloc, set anywhere before it in the sentence, is not bilateral (but a
    country ranked "the largest exporter ... among" the bloc's members is one side)."""
    return any(
        b.start < money_start
        and _INSIDE_BEFORE.search(text, max(0, b.start - 12), b.start)
        and not _partner_set(text, b)
        and not _RANKED_AMONG.search(text, max(0, b.start - 80), b.start)
        for b in blocs
    )


#: The total of a ranked partner's trade, right before the amount: "China remained the Kingdom's
#: largest trading partner, with total trade of SR75.4 billion" is the pair's total, not the world's;
#: so it is when the ranking's time or a hedge stands in between ("... partner last year with total
#: trade of around €254 billion": the figure had been taken for Germany's total with the world).
_PARTNERS_TOTAL: Final = re.compile(
    r"(?i)\bpartners?(?:\s+overall|\s+(?:in|during|for|over)\s+(?:[\w-]+\s+){0,5}?[\w-]+"
    r"|\s+(?:last|this|the\s+previous|the\s+past)\s+year)?"  # "partner last year, with ...": its time
    r",?\s+with\s+(?:an?\s+|its\s+)?(?:(?:total|overall|combined|two-way|bilateral)\s+)?"
    r"(?:trade|turnover|trade\s+volume)\s+(?:of|worth|valued\s+at|at|reaching|amounting\s+to)\s+"
    rf"(?:(?:{HEDGE_ALTERNATION})\s+)?$"
)
#: A flow noun as the subject of a verb of earning right before the amount: "Kenya's tea exports to
#: Pakistan generated ", "Shipments to Kenya earned about ". The verbs are trade_lexicon.EARNING_VERBS
#: and the ones said only of a flow's revenue here ("generated", "yielded", "raked in", "netted":
#: in EARNING_VERBS they would make a flow cue of any earner, "The port generated $420 million").
_EARNED_BY_FLOW_BEFORE: Final = re.compile(
    rf"(?i)\b(?:exports?|shipments|sales)\b[^,;]{{0,60}}?\b(?:{literal_alternation(EARNING_VERBS)}|generated|"
    r"yielded|raked\s+in|netted)\s+(?:(?:the\s+country|it|them|(?-i:[A-Z])[\w'’-]+)\s+)?"
    rf"(?:(?:{HEDGE_ALTERNATION})\s+)?$"
)
#: The earnings a flow brought in, as the noun after its amount: "$420 million in revenue".
_EARNINGS_NOUNS: Final = frozenset(["revenue", "revenues", "income"])


def _earned_by_a_flow(tail: list[str], window: str) -> bool:
    """Whether the amount is what a flow named as its subject earned, told with its earnings'
    noun ("Tanzania's exports to Kenya generated $420 million in revenue", "... earned the country
    Sh120 billion in export revenue"): the value of that flow, not a revenue of another kind ("The
    port generated $420 million in revenue", "$42 million in tax revenue")."""
    nouns = [t.lower() for t in tail[1:3]]
    if nouns[:1] == ["export"]:  # "$310 million in export revenue"
        nouns = nouns[1:]
    return (
        tail[:1] in (["in"], ["of"])
        and nouns[:1] != []
        and nouns[0] in _EARNINGS_NOUNS
        and _EARNED_BY_FLOW_BEFORE.search(window[-120:]) is not None
    )


#: The same ranking with the amount right after "with" and its trade after it: "Peru was China's
#: third-largest trading partner in Latin America with $38.2 billion in two-way trade" (a region
#: in the ranking had made the figure the world's).
_PARTNER_WITH_AMOUNT: Final = re.compile(
    r"(?i)\bpartners?(?:\s+overall|\s+(?:in|during|for|over)\s+(?:[\w-]+\s+){0,5}?[\w-]+"
    r"|\s+(?:last|this|the\s+previous|the\s+past)\s+year)?"
    rf",?\s+with\s+(?:(?:{HEDGE_ALTERNATION})\s+)?$"
)
#: The pair's trade named right after such an amount: "$38.2 billion in two-way trade", "... of
#: bilateral trade", "... in total trade".
_TRADE_AFTER_AMOUNT: Final = re.compile(
    r"(?i)\s+(?:in|of|worth\s+of)\s+(?:(?:total|overall|combined|two-way|bilateral|annual)\s+)?"
    r"(?:trade|turnover|commerce)\b"
)


#: An amount that opens its sentence as the pair's total, before the clause that names the
#: pair: "With total trade of around €254 billion, China was Germany's most important trading
#: partner". A writer moves the trailing "..., with total trade of X" (`_PARTNERS_TOTAL`) to
#: the front; the figure is still the total of the pair the main clause names, not the world's.
_OPENING_TOTAL: Final = re.compile(
    r"(?i)(?:[A-Z][A-Z .,'’]+\s[-–—]\s+)?\s*with\s+(?:an?\s+|its\s+)?"
    r"(?:(?:total|overall|combined|two-way|bilateral)\s+)?(?:non-[a-z]+\s+)?"  # "total non-oil trade"
    r"(?:trade|turnover|trade\s+volume)\s+(?:of|worth|valued\s+at|at|reaching|amounting\s+to)\s+"
)


def _bloc_ranked(text: str, blocs: list[BlocMention], ranking_end: int, slots: list[CountrySlot]) -> bool:
    """Whether a bloc is the ranked partner or the one ranking it ("ASEAN remained China's
    largest trading partner, with trade of ...", "China remained the EU's ..."): a bloc total.
    A bloc behind "among"/"within" is the set the partner is ranked in, neither side, when a
    country owns the ranking ("Among ASEAN members, Vietnam remained China's biggest trading
    partner, with ..."); with no owner ("Among ASEAN members, China was the top partner") the
    members are the ones ranking. So is a bloc or region said of the partner noun itself, when
    a country owns the ranking ("Spain is Chile's largest European trading partner, with ...")."""
    owned = any(s.role == "poss" and s.start < ranking_end for s in slots)
    return any(
        b.start < ranking_end
        and not (b.kind == "world" and _POSSESSIVE_AFTER.match(text, b.end))
        and not (
            owned
            and (
                _INSIDE_BEFORE.search(text, max(0, b.start - 12), b.start)
                or _framing_bloc(text, b)
                or _RANKED_NOUN_AFTER.match(text, b.end)
            )
        )
        and not _partner_set(text, b)
        for b in blocs
    )


#: A partner noun right after a bloc or region: the bloc qualifies the partner ("Chile's largest
#: European trading partner"), the set it is ranked in, not a side.
_RANKED_NOUN_AFTER: Final = re.compile(r"\s+(?:(?:trad(?:e|ing)|export|import|commercial)\s+)?partners?\b")


def _world_total_cue(text: str, cue_start: int, slots: list[CountrySlot], money_start: int) -> bool:
    """ "Imports from France made up 12% of total imports of €75 billion": the amount's own
    flow word is a total with the world, whatever partner another part of the clause names;
    not when a partner is attached to it ("total trade between X and Y", "overall exports to Y").
    `money_start` ends the flow word's phrase: the amount, or the clause's end for a flow word
    told after the amount ("$21.6 billion of the total shipped to the Asian country")."""
    modifier = _WORLD_MODIFIER.search(text, max(0, cue_start - 40), cue_start)
    if modifier is None:
        return False
    if _definite_after(text, cue_start, money_start, _PARTNER_PREPOSITIONS):
        return False  # "overall exports to the Andean country"
    flow_word = _WORD_AT.match(text, cue_start)
    if _owners_whole_of_share(text, modifier.start(), flow_word.end() if flow_word else cue_start):
        return False  # "35.1 percent of Kyrgyzstan's foreign trade turnover, or $4.2 billion"
    if flow_word is not None and _owned_by_pair(text, 0, slots, flow_word.end(), money_start):
        return False  # "foreign trade turnover of Uzbekistan and Belarus": the two's trade together
    return not any(
        (cue_start <= s.start < money_start and s.role in ("to", "from", "with", "between"))
        or (cue_start - 40 <= s.start < money_start and s.role == "pair")  # "total Sino-Thai trade"
        for s in slots
    )


def _ranks_no_trade(text: str, end: int) -> bool:
    """Whether the last ranking before `end` ranks partners in something other than trade
    ("The biggest investor in Serbia was China with ..."), not "China, the largest investor,
    was also the second-largest trading partner, followed by ...", where trade is ranked last.
    A sentence opened as about investment ("In foreign direct investment, France came first
    with ...") ranks investors from its start. Both rankings may open on the same rank word
    ("the largest sources of FDI" is a market ranking's bare "sources" too): the one that
    names what is ranked in wins."""
    other = [m.start() for m in NON_TRADE_RANKING.finditer(text, 0, end)]
    if NON_TRADE_TOPIC.match(text, 0, end) is not None:
        other.append(0)
    if not other:
        return False
    trade = [m.start() for p in (RANKING_CUE, MARKET_RANKING) for m in p.finditer(text, 0, end)]
    return max(other) >= max(trade, default=-1)


def _ranked(
    text: str, frame: Frame, slots: list[CountrySlot], blocs: list[BlocMention], clause_start: int,
    previous: Frame | None,
) -> Frame | None:  # fmt: skip
    """An amount of a ranking with no flow word of its own: the next item ("followed by
    cashew nuts at $84.2 million", "followed by the United States with ..."), a place ("Turkey
    fourth with $3.2 billion", "X, which led last year, slipped to second place with ..."), or
    one more member of the list just read ("... and France with N870.2bn"). The item is a
    product, or a partner when it names a country; None when the amount is no ranked item."""
    money = frame.money
    if _ranks_no_trade(text, money.start):
        return evolve(frame, rejection="not trade: a ranking of investors")  # "..., followed by Hungary with"
    reach = max(0, money.start - _FOLLOWED_BY_REACH)
    before = text[reach : money.start]
    item = _followed_by_item(text, reach, money.start)
    if item is None and previous is not None and previous.source in ("rank", "item"):
        listed = LIST_ITEM_AFTER.fullmatch(text, previous.money.end, money.start)
        # ("..., while leather goods came second with $310 million": the item without the
        # contrast before it and the rank after it)
        item = (
            (listed.start("item"), _ITEM_WRAPPER.sub("", listed.group("item")))
            if listed is not None
            else None
        )
    if item is not None:
        item_start, item_text = item
        country = [s for s in slots if item_start <= s.start and s.end <= money.start]
        if country:
            return evolve(frame, source="rank", partner=country[0].iso3)
        if _bloc_within(blocs, item_start, money.start):
            # "South Korea came second at $51.2 billion, followed by ASEAN with $38.9 billion":
            # the next item is a bloc, whose total is no figure, nor goods of the item before;
            # the list goes on after it
            return evolve(frame, source="item", rejection="world: a bloc's")
        return evolve(frame, source="item", product=clean_product(item_text))
    named = _country_beside_amount(text, slots, money.start)
    if named is not None:  # "... also included Peru ($2.1 billion) and Chile ($1.9 billion)"
        owner = frame.reporter or _ranking_owner(text, slots, named.start)
        return evolve(frame, source="rank", partner=named.iso3, reporter=owner)
    if RANK_BEFORE.search(before):
        country = [s for s in slots if clause_start <= s.start and s.end <= money.start]
        subjects = [s for s in slots if s.end <= money.start and s.role == "subject"]
        ranked = country[-1] if country else subjects[0] if subjects else None  # subject before an aside
        if ranked is not None:
            return evolve(frame, source="rank", partner=ranked.iso3)
    return None


def _country_beside_amount(text: str, slots: list[CountrySlot], money_start: int) -> CountrySlot | None:
    """The country right before "(" (a dash, a colon) and the amount at `money_start`: an item
    of a list of partners ("... also included Peru ($2.1 billion)", "China - $10.9 billion")."""
    joint = _COUNTRY_THEN_PARENTHESIS.search(text, max(0, money_start - _FOLLOWED_BY_REACH), money_start)
    return next((s for s in slots if joint is not None and s.end == joint.start()), None)


def _listed_before_amount(text: str, slots: list[CountrySlot], money_start: int, reporter: str) -> str | None:
    """The country an item of a list sets the amount beside, when it is not the reporter: the
    flow's partner ("were Russia ($1.9 billion), China ($1.2 billion)")."""
    named = _country_beside_amount(text, slots, money_start)
    return named.iso3 if named is not None and named.iso3 != reporter else None


#: A clause opened by "with" after a comma: the amount of what the clause before told.
_WITH_OPENING: Final = re.compile(r"\s*,\s*with\b")
#: The rest of a copular main clause after its country subject, up to the comma of a
#: with-clause: "was the fastest-growing buyer", "remained a bright spot", "was Mozambique's
#: top market in 2024". Its noun is one of a partner, whatever its rank words (not "the top
#: exporter", "the best performer": the subject's own trade).
_COPULAR_REST: Final = re.compile(
    r"\s+(?:was|is|has\s+been|had\s+been|remained|remains|became|emerged\s+as|stood\s+out\s+as)\s+"
    r"(?:also\s+)?(?:the|a|an|one\s+of\s+the|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}['’]s?)\s+"
    rf"(?:[\w’'-]+\s+){{0,4}}?(?:partner|{'|'.join(MARKET_NOUNS)}|spot)s?\b[^,;()]{{0,40}}"
)
#: Before a copular subject: nothing, or a fronted phrase and its comma ("Among Asian
#: partners, ", "In Africa, ").
_FRONTED: Final = re.compile(r"(?:[^,;]{1,40},\s*)?")


def _copular_subject(text: str, slots: list[CountrySlot], clause_start: int) -> str | None:
    """The country a copular main clause describes when the with-clause after it carries the
    figure ("Sudan was a bright spot, with tea exports from Kenya reaching ...", "Japan was the
    fastest-growing buyer, with two-way trade reaching ..."): the figure's partner, whatever the
    noun that describes it, and not a pair told before."""
    if clause_start == 0 or _WITH_OPENING.match(text, clause_start) is None:
        return None
    subject = next((s for s in slots if s.start < clause_start), None)
    if subject is None:
        return None
    if _INVERTED_COPULAR.fullmatch(text, 0, subject.start) is not None and not text[
        subject.end : clause_start
    ].strip(" ."):
        # "The main partner was Russia, with turnover of $2.3 billion": the country after the
        # copula is the one described, as when it opens the clause
        return subject.iso3
    if (
        _FRONTED.fullmatch(text, 0, subject.start) is None
        or _COPULAR_REST.fullmatch(text, subject.end, clause_start) is None
    ):
        return None
    return subject.iso3


#: A copular main clause that names the partner after its copula, up to it: "The main partner was ",
#: "Armenia's largest trading partner remained ", "In 2024, the top export market was ".
_INVERTED_COPULAR: Final = re.compile(
    r"(?:[^,;]{1,40},\s*)?(?:the|The|its|Its|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}['’]s?)\s+"
    rf"(?:[\w’'-]+\s+){{0,4}}?(?:partner|{'|'.join(MARKET_NOUNS)})\b[^,;()]{{0,40}}?\s+"
    r"(?:was|is|has\s+been|remained|remains|became)\s+(?:again\s+|still\s+)?(?:the\s+)?"
)


#: A place in a ranking of trading partners, then the pair's trade: "India came second with
#: trade of SAR 30.2 billion", "Oman ranked third among the Kingdom's trading partners in the
#: quarter, with trade of ...". The amount is the ranked country's trade with the country
#: ranking it, as in "ranked second with $X" (`RANK_BEFORE`), not its trade with the world.
_PLACED_WITH_TRADE: Final = re.compile(
    r"(?i)\b(?:ranked|came|was|placed|stood|finished|remained)\s+(?:in\s+)?(?:the\s+)?"
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"(?:\s+place)?(?P<among>\s+(?:among|on\s+the\s+list\s+of)\s+[^,;.]{1,60}?)?"
    r"(?:\s+(?:in|during|for|over)\s+[^,;]{1,40}?)?\s*,?\s+with\s+(?:an?\s+|its\s+)?"
    r"(?:(?:(?:total|overall|bilateral|two-way|mutual)\s+)?(?:trade|turnover|commerce)"
    r"(?:\s+(?:exchange|volume|turnover))?|(?P<purchases>purchases))"
    r"\s+(?:of|worth|valued\s+at|at|reaching|totall?ing|amounting\s+to)\s+$"
)
#: `_PLACED_WITH_TRADE` where "with", which every match holds, stands.
_PLACED_WITH_TRADE_SEARCH: Final = HintedSearch(_PLACED_WITH_TRADE, ("with",))


def _placed_with_trade(
    text: str, frame: Frame, slots: list[CountrySlot], clause_start: int, figure_start: int
) -> Frame | None:
    """The ranked country's trade with the country ranking it ("India came second with trade
    of ..."): the subject before the rank is the partner, the owner of "among X's partners"
    the reporter (else the story's other side); None when the amount is no such rank."""
    placed = _PLACED_WITH_TRADE_SEARCH(text, max(clause_start, figure_start - 200), figure_start)
    if placed is None:
        return None
    subject = [
        s for s in slots if clause_start <= s.start and s.end <= placed.start() and s.role == "subject"
    ]
    if not subject:
        return None
    among = placed.span("among") if placed.group("among") else (0, 0)
    owner = next((s.iso3 for s in slots if among[0] <= s.start < among[1] and s.role == "poss"), None)
    # "Egypt came second, with purchases worth Sh23.1 billion": the ranked country bought, so the
    # amount is the ranking country's exports to it
    flow = "exports" if placed.group("purchases") else "turnover"
    return evolve(frame, flow=flow, source="rank", reporter=owner, partner=subject[-1].iso3)


#: The last member of a list of partners, with only its amount: ", and Spain at", ", and Japan with".
_LAST_LISTED: Final = re.compile(r",\s+and\s+(?:the\s+)?$")
_LISTED_AMOUNT: Final = re.compile(r"\s+(?:at|with)\s+(?:(?:about|around|nearly|almost|some|over)\s+)?")


def _listed_partner(
    text: str, frame: Frame, previous: Frame | None, slots: list[CountrySlot], previous_end: int,
    figure_start: int,
) -> Frame | None:  # fmt: skip
    """ "..., ahead of Italy, which bought 412.6 million USD worth of the beans over the period,
    and Spain at 295 million USD": a country closing the list with only its amount takes the
    place of the country named last before the amount before it, the other side and the flow
    staying (Spain buys the same beans as Italy, from the same seller); None when that country
    is no side of the figure before."""
    if previous is None or previous.flow is None or previous.rejection is not None:
        return None
    named = [s for s in slots if previous_end <= s.start < figure_start]
    if len(named) != 1 or _LISTED_AMOUNT.fullmatch(text, named[0].end, figure_start) is None:
        return None
    member = named[0]
    if _LAST_LISTED.search(text, previous_end, member.start) is None:
        return None
    before = [s for s in slots if s.end <= previous.money.start]
    replaced = before[-1].iso3 if before else None
    if replaced is None or member.iso3 in (previous.reporter, previous.partner):
        return None
    reporter: str | None
    partner: str | None
    if replaced == previous.partner:
        reporter, partner = previous.reporter, member.iso3
    elif replaced == previous.reporter:
        reporter, partner = member.iso3, previous.partner
    else:
        return None
    return evolve(frame, flow=previous.flow, source="cue", reporter=reporter, partner=partner,
                  product=previous.product)  # fmt: skip


#: The words that set a clause against the one before.
_CONTRAST_WORDS: Final = r"(?:while|whereas|but|and)"
#: Such a word up to the clause's flow noun, after an optional comma: ", while ", " and ".
_CONTRAST_CONJUNCTION: Final = re.compile(rf"(?i)[,;]?\s*{_CONTRAST_WORDS}\s+")
#: A clause that sets a second partner against the figure before it, the partner as the subject
#: of its own verb: "Exports to China fell to 1.3 billion francs, while Hong Kong received ...".
#: The comma is required here: a bare "while" or "and" joins, it does not set a partner against.
_CONTRAST_OPENING: Final = re.compile(rf"(?i)[,;]\s*{_CONTRAST_WORDS}\s+(?:the\s+)?$")
#: The opening of a clause that sets goods against goods, in lower case: "..., while", "; but".
#: (A semicolon alone sets the clause after against the figure before as well: "...; cotton
#: accounted for $2 million of that".)
_GOODS_CONTRAST: Final = re.compile(r"[\s,;]*(?:while|whereas|but)\s+|\s*;\s*")
#: A "with" clause valuing goods, after a figure: ", with wine alone worth", ", with frozen fish
#: valued at", ", with seafood at" (not a flow noun or a pronoun of one: "with those to Peru
#: worth", "with exports to Peru worth" have sides of their own).
_WITH_GOODS_WORTH: Final = re.compile(
    r"[\s,;]*with\s+(?!(?:those|that|these|the\s+rest|exports?|imports?|shipments|sales|trade|purchases|"
    r"deliveries|supplies|re-exports)\b)(?P<p>[a-z][a-z&'’ -]{1,50}?)\s+(?:alone\s+)?"
    r"(?:worth|valued\s+at|(?P<at>at))\s*"
)


def _bare_contrast(text: str, clause_start: int, cue_start: int, money_start: int) -> bool:
    """Whether the flow noun opens a clause set against the one before with no modifier or
    owner of its own ("..., while shipments to the UAE were valued at ..."): it goes on with
    the goods of the figure before when it has that figure's flow (`Frame.contrasted`); not
    "while total exports to ...", "while Uganda's exports ...", "while shipments to Chile as a
    whole ..."."""
    return (
        _CONTRAST_CONJUNCTION.fullmatch(text, clause_start, cue_start) is not None
        and WORLD_CUE.search(text, cue_start, money_start) is None
    )


def _after_a_verb(cues: list[tuple[int, int, str, str]], clause_start: int) -> bool:
    """Whether the clause before is told by a flow verb ("Mongolia sold coal worth $2.1 billion
    to China, whereas its exports to South Korea reached $90 million"): its goods are the
    verb's object, which a flow noun set against it does not go on with (that flow is all
    goods), where a noun's goods do ("tea exports to Egypt ..., while shipments to the UAE ...")."""
    before = [c for c in cues if c[1] <= clause_start]
    return bool(before) and before[-1][2] in FLOW_VERBS


#: What stands between a sentence's first figure and a second flow verb that shares its subject:
#: "... to China (last year) and bought", with no clause boundary on the way; the first figure's
#: goods may be itemized between commas first ("worth of machinery, mostly engines, turbines and
#: spare parts, and sold"), hence the reach.
_AND_BEFORE_VERB: Final = re.compile(r"[^.;:]{0,100}?\band\s+(?:also\s+)?$")
#: What may stand between that verb and its figure: "bought (goods worth) US$ 46.2 billion", the
#: partner as a pronoun object ("and sold it $2 billion", "and sold them goods worth ...").
_VERB_TO_FIGURE: Final = re.compile(
    r"\s+(?:(?:it|them)\s+)?(?:(?:goods|products|merchandise)\s+)?(?:worth\s+|valued\s+at\s+)?"
)


def _second_verb_of_subject(
    text: str, cue: tuple[int, int, str, str], previous: Frame | None, figure_start: int
) -> bool:
    """Whether a weak flow verb is the second verb of the subject of the figure just read, of
    the other direction, its figure its object ("Brazil sold $68.7 billion of goods to China and
    bought $46.2 billion", "Mexico bought $3 billion from Canada and sold $2 billion"): the
    elided subject and the partner are the first clause's, not left unsaid."""
    return (
        cue[2] in FLOW_VERBS
        and previous is not None
        # (the subject may be read only once the frame is resolved: "with Peru buying $2 billion
        # worth of Chilean goods and selling $1 billion", the sides of the figure before)
        and previous.partner is not None
        and previous.flow in ("exports", "imports")
        and previous.flow != cue[3]
        and previous.money.end <= cue[0]
        and _AND_BEFORE_VERB.fullmatch(text, previous.money.end, cue[0]) is not None
        and _VERB_TO_FIGURE.fullmatch(text, cue[1], figure_start) is not None
    )


#: A second object of the verb before the figure before, its verb left out: "exported copper worth
#: $18 million to Korea in 2023 and coal (worth $22 million) to Japan" -- the goods after "and",
#: before the amount's "worth"/"valued at" or its partner's "to/from" (not "and to Japan",
#: "and another $22 million").
_GAPPED_GOODS: Final = re.compile(
    r"[^,;()]{0,40}?\sand\s+(?:also\s+)?"
    r"(?!(?:to|from|in|into|of|for|at|by|with|the|a|an|another|its|their|some|over|about|around|nearly|almost|"
    r"just|only|more|less|then|last|this|that)\b)"
    r"(?P<p>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:worth|valued\s+at|to|from)\s"
)


#: What may stand between the figure before and an "and" that adds a flow noun with no comma:
#: that figure's partner and period ("worth Sh4.5 billion to Egypt in 2023 and shipments ...").
_AND_AFTER_FIGURE: Final = re.compile(r"[^,;()]{0,40}?\sand\s+$")


def _and_after_figure(text: str, previous_end: int, cue_start: int, money_start: int) -> bool:
    """Whether the flow noun opens an item added by a bare "and" right after the figure before
    ("Kenya exported tea worth Sh4.5 billion to Egypt in 2023 and shipments to Sudan Sh2.1
    billion"): a gapped item set against it as after ", and" (`_bare_contrast`)."""
    return (
        "and" in text[max(previous_end, cue_start - 6) : cue_start]
        and _AND_AFTER_FIGURE.fullmatch(text, previous_end, cue_start) is not None
        and WORLD_CUE.search(text, cue_start, money_start) is None
    )


#: The subject's verb and its object up to the amount: "received 4.7 tons worth", "supplied
#: petroleum products worth" (no clause break, no figure of its own before the amount).
_SUBJECT_VERB: Final = re.compile(
    r"\s+(?:also\s+)?(?P<verb>[a-z]+)\s+(?P<object>(?:[^,;()]|(?<=\d),(?=\d)){0,60}?)"
)
#: Verbs of a buyer (the destination of exports) and of a seller (the origin of imports); not
#: "imported"/"exported", whose subject states its own total with the world.
_RECEIVING_VERBS: Final = frozenset(["received", "receives", "took", "absorbed", "bought", "purchased"])
_SUPPLYING_VERBS: Final = frozenset(
    ["supplied", "supplies", "sold", "shipped", "sent", "delivered", "provided"]
)


def _contrasted_partner(
    text: str, frame: Frame, previous: Frame | None, slots: list[CountrySlot], figure_start: int
) -> Frame | None:
    """A second partner set against the figure before it in the sentence by "while"/"whereas",
    as the subject of a verb from the partner's side: "Exports to China fell to 1.3 billion
    francs, while Hong Kong received 4.7 tons worth 331 million francs" (the buyer of the same
    exports), "imports from the Netherlands were N1.62 trillion, while Belgium supplied products
    worth N810.5 billion" (the seller of the same imports). The sentence's flow and reporter go
    on with the new partner; the subject is not the reporter of a world total of its own."""
    if previous is None or previous.flow not in ("exports", "imports") or previous.partner is None:
        return None
    named = [s for s in slots if previous.money.end <= s.start and s.end <= figure_start]
    if len(named) != 1 or named[0].iso3 in (previous.reporter, previous.partner):
        return None
    subject = named[0]
    if _CONTRAST_OPENING.search(text, previous.money.end, subject.start) is None:
        return None
    verb = _SUBJECT_VERB.fullmatch(text, subject.end, figure_start)
    wanted = _RECEIVING_VERBS if previous.flow == "exports" else _SUPPLYING_VERBS
    if verb is None or verb.group("verb") not in wanted:
        return None
    return evolve(
        frame, flow=previous.flow, source="cue", reporter=previous.reporter, partner=subject.iso3,
        product=object_product(verb.group("object")),
    )  # fmt: skip


#: "Argentina was the destination of US$ 587 million in Uruguayan goods": the subject received the
#: goods of the country the demonym after the amount names (its exports, with no flow word).
_DESTINATION_BEFORE: Final = re.compile(
    r"(?i)\b(?:was|were|is|are|remained|became)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?destination\s+(?:of|for)\s+"
    r"(?:(?:about|around|nearly|almost|some|over|roughly|more\s+than)\s+)?$"
)
#: `_DESTINATION_BEFORE` where "destination", which every match holds, stands.
_DESTINATION_BEFORE_SEARCH: Final = HintedSearch(_DESTINATION_BEFORE, ("destination",))
_GOODS_OF_AFTER: Final = re.compile(r"\s+(?:in|of|worth\s+of)\s+(?:the\s+)?(?=[A-Z])")
_GOODS_NOUN_AFTER: Final = re.compile(
    r"\s+(?P<goods>[a-z][a-z -]{1,40}?)(?=\s+(?:in|during|over|between|from|to|last|this)\b|[,.;(]|$)"
)


def _destination_of(
    text: str, frame: Frame, slots: list[CountrySlot], clause_start: int, figure_start: int
) -> Frame | None:
    """ "Argentina was the destination of US$ 587 million in Uruguayan goods": exports of the
    goods' country (the demonym after the amount) to the subject before the verb, although no
    flow word is written; None when the amount is no such destination."""
    if _DESTINATION_BEFORE_SEARCH(text, max(clause_start, figure_start - 80), figure_start) is None:
        return None
    of = _GOODS_OF_AFTER.match(text, frame.money.end)
    # (the goods' demonym takes "of" after "in" too: "US$ 310 million in Bolivian goods")
    origin = next(
        (s for s in slots if of is not None and s.start == of.end() and s.role in ("attr", "of")), None
    )
    destination = [
        s for s in slots if clause_start <= s.start and s.end <= figure_start and s.role == "subject"
    ]
    if origin is None or not destination or destination[-1].iso3 == origin.iso3:
        return None
    goods = _GOODS_NOUN_AFTER.match(text, origin.end)
    product = clean_product(goods.group("goods")) if goods is not None else None
    return evolve(
        frame,
        flow="exports",
        source="cue",
        reporter=origin.iso3,
        partner=destination[-1].iso3,
        product=product,
    )


def _outside_ranking_words(
    text: str, cues: list[tuple[int, int, str, str]], slots: list[CountrySlot], money_start: int
) -> list[tuple[int, int, str, str]]:
    """The cues before an amount in parentheses right after a country, without the "trading" of
    a ranking ("..., China was Germany's top trading partner, narrowly ahead of the United States
    (€252.3 billion)"): that word ranks the partner told before, and the amount is the next
    country's, an item of the ranking (`_ranked`), not the partner's -- also when it is the
    sentence's only amount (it had been given to the first-ranked partner)."""
    before = _COUNTRY_THEN_PARENTHESIS.search(text, max(0, money_start - 4), money_start)
    if before is None or not any(s.end == before.start() for s in slots):
        return cues
    rankings = [m.span() for m in RANKING_CUE.finditer(text, 0, money_start)]
    return [c for c in cues if not any(a <= c[0] < b for a, b in rankings)]


def _goods_of_a_part(text: str, frame: Frame, previous: Frame | None) -> re.Match[str] | None:
    """The goods subject of a share verb after "of which"/"out of which", when the figure before
    has a flow of its own however it was told ("India was Nigeria's top export destination,
    with goods worth N3.5 trillion, out of which crude oil accounted for N3.1 trillion": a
    ranked partner's figure, whose clause the part's has no flow word of)."""
    if not frame.share or previous is None or previous.rejection is not None or previous.flow is None:
        return None
    cues = list(_SHARE_CUE.finditer(text, previous.money.end, frame.money.start))
    return _SHARE_SUBJECT.match(text, cues[-1].end(), frame.money.start) if cues else None


def _without_cue(
    text: str, frame: Frame, window: str, slots: list[CountrySlot], index: int, previous: Frame | None
) -> Frame:
    """An amount with no flow word of its own: a continuation of the clause before ("and
    reached $729 million in January-May"), the goods a sentence ranks first ("Sesame seeds
    remained the top export item, fetching $612 million"), the goods set against the goods
    before ("..., while jute goods brought in $157 million"), or a back-reference ("it reached")."""
    if index > 0 and _TARGET_AFTER_RELATIVE.search(text, 0, frame.money.start) is not None:
        # "intend to bring mutual trade, which amounted to $617 million in 2024, to $2 billion":
        # the relative clause's figure is the level, the amount after it the target's object
        return evolve(frame, rejection="target: infinitive")
    if index > 0 and frame.clause > 0 and _continues(window):
        flows = _bare_total_flows(text, window, frame, previous)
        if flows == 1:  # "exports to Togo came to $950 million, while the total reached $9 billion"
            return evolve(frame, rejection="world: a bare total after one flow of the pair")
        if flows == 2:  # "exports ... were $950m and imports $300m, while the total reached $1.25bn"
            return evolve(frame, source="clause", flow="turnover")
        return evolve(frame, source="clause")
    share = (
        _SHARE_SUBJECT.match(text, _opening_share_end(text, frame), frame.money.start)
        if index == 0
        else _contrasted_goods(window, previous)
        or _gapped_share_goods(text, window, previous)
        or _goods_of_a_part(text, frame, previous)
        or _next_goods_valued_at(text, window, previous)
    )
    goods = clean_product(_SUBJECT_ASIDES.sub(" ", share.group("p"))) if share is not None else None
    if goods is not None and _TOTAL_WORDS.intersection(goods.split()):
        return evolve(frame, rejection="world: total of goods")
    if goods is not None and heads_no_goods(goods):  # "Fijian rugby players earned $30 million"
        return evolve(frame, rejection="not trade: people or firms paid")
    if goods is not None:  # "Cut flowers accounted for Sh25 billion." right after a figure: one item of it
        return evolve(frame, source="item", product=goods)
    top = None
    if index == 0:
        # "Sesame seeds remained the top export item, fetching $612 million", "The main export
        # items were wheat flour (243.1 mln USD), ..."
        top = TOP_ITEM.match(text, 0, frame.money.start) or TOP_ITEM_FIRST.fullmatch(
            text, 0, frame.money.start
        )
        if top is None and previous is None:
            # "Jewellery was the single biggest item, bringing in $1.9 billion": an item of the
            # flow told before, ranked with no flow word of its own
            ranked = (
                _TOP_ITEM_OF_TOLD_FLOW.fullmatch(text, 0, frame.money.start)
                or _leading_item(text, frame.money.start)
                or _TOP_ITEM_FIRST_OF_TOLD_FLOW.fullmatch(text, 0, frame.money.start)
            )
            goods = clean_product(ranked.group("product")) if ranked is not None else None
            if goods is not None:
                # (a flow the amount is said to be a part of: "fetching $9 billion of the export earnings")
                whole = _OF_FLOW_STEM_AFTER.match(text, frame.money.end)
                flow = (whole.group("f").lower() + "s") if whole is not None else None
                return evolve(frame, source="item", product=goods, flow=flow)
    if top is not None:
        flow = "exports" if top.group("flow").lower() == "export" else "imports"
        return evolve(frame, source="item", flow=flow, product=clean_product(top.group("product")))
    anaphor = ANAPHOR.search(window)
    # (the anaphor's own noun aside: "The consignments were worth ..." holds no other subject)
    rest = window[: anaphor.start()] + window[anaphor.end() :] if anaphor is not None else ""
    if "," in rest:
        rest = _SOURCE_ASIDE.sub(" ", rest)  # "The correct figure, per Census, is ..."
        rest = _OPENING_SOURCE.sub(" ", rest)  # "According to customs, in May it reached ..."
    rest = _DATA_PUT.sub(" ", rest)  # "Chinese customs data put the full-year figure at ..."
    if "terms" in rest:
        rest = _MEASURED_IN_TERMS.sub(" ", rest)  # "In value terms, they amounted to ..."
    if anaphor is not None and anaphor.group("running"):
        rest = _without_result_gerund(rest)
    if anaphor is not None and _continues(rest):
        # "the exchange" is the two-way trade
        return evolve(frame, source="anaphor", flow="turnover" if anaphor.group("exchange") else None)
    return evolve(frame, rejection="no flow")


def _two_amounts_paired(
    text: str,
    moneys: list[Money],
    clause_slots: list[CountrySlot],
    cues: list[tuple[int, int, str, str]],
    clause_start: int,
) -> bool:
    """Whether the sentence's two amounts stand joined by "and" alone after one flow to or from
    two partners ("exports to Finland and Sweden were €2.5bn and €1.3bn"): told in the order of
    the partners, as "respectively" tells them (`trade_links.respectively` pairs them), no total
    of several partners."""
    if not moneys_joined_by_and(text, moneys):
        return False
    first = moneys[0].start
    partners = {s.iso3 for s in clause_slots if s.start < first and s.role in ("to", "from", "with")}
    flows = {c[3] for c in cues if clause_start <= c[0] < first}
    return len(partners) == 2 and len(flows) == 1


#: Goods ranked first as an item with no flow word, then what they earned: "Jewellery was again
#: the single biggest item in the basket, bringing in", "Cocoa remained the top product, earning".
#: Valued with "at" or "worth" instead ("Semiconductors were the largest item at $20 billion",
#: "Cocoa was the top product, worth").
_TOP_ITEM_OF_TOLD_FLOW: Final = re.compile(
    rf"(?i){RANKED_SUBJECT}{RANKED_ITEM_NOUNS}\b[^,;$]{{0,40}}?"
    rf"(?:,\s*(?:{literal_alternation(EARNING_GERUNDS)})|(?:\s*,)?\s+(?:at|worth|valued\s+at))\s+"
    r"(?:(?:about|around|nearly|over|some|almost)\s+)?"
)
#: The ranking first, then the goods and their amount, with no flow word: "The biggest items were
#: coal at", "The main product was nickel (", "Key commodities included copper, worth": the
#: ranked items of the flow told before, as TOP_ITEM_FIRST reads them when "export" says the flow
#: (without it the sentence had been dropped and its goods lost).
_TOP_ITEM_FIRST_OF_TOLD_FLOW: Final = re.compile(
    rf"(?i)\s*(?:the\s+)?{RANK_FIRST}{RANKED_ITEM_NOUNS}\s+"
    rf"(?:was|were|is|are|remained|included|include)\s+(?P<product>{LETTER}(?:{LETTER}|[ -]){{1,40}}?)\s*"
    r"(?:\(\s*|,?\s+(?:worth|valued\s+at|at|with)\s+)(?:(?:about|around|nearly|over|some|almost)\s+)?"
)
#: Goods told to lead the items of a flow told before, then their amount: "Semiconductors led
#: the way at", "Crude oil topped the list, at", "Coffee headed the ranking with".
_LEADING_ITEM_OF_TOLD_FLOW: Final = re.compile(
    rf"\s*(?P<product>{LETTER}(?:{LETTER}|[ -]){{1,40}}?)\s+(?:again\s+|once\s+again\s+)?"
    r"(?:led|topped|headed)\s+the\s+(?:way|list|ranking|pack)(?:\s+of\s+(?:items|products|goods))?"
    r"(?:\s*,)?\s+(?:at|with|worth|valued\s+at)\s+(?:(?:about|around|nearly|over|some|almost)\s+)?"
)


#: Nouns of places and sectors that lead a ranking with no goods: "Gyeonggi province led the way".
_LEADING_NO_GOODS: Final = frozenset([
    "province", "provinces", "region", "regions", "state", "states", "city", "cities", "port", "ports",
    "county", "district", "sector", "sectors", "industry", "investment", "investments", "group",
])  # fmt: skip


def _leading_item(text: str, money_start: int) -> re.Match[str] | None:
    """Goods told to lead the items of the flow before (`_LEADING_ITEM_OF_TOLD_FLOW`): common
    nouns alone, so that a firm ("Samsung Electronics led the way at"), a country ("China topped
    the list with") or a place or sector ("Gyeonggi province") leading is no item of goods."""
    led = _LEADING_ITEM_OF_TOLD_FLOW.fullmatch(text, 0, money_start)
    if led is None:
        return None
    subject = led.group("product")
    words = subject.split()
    if any(c.isupper() for c in subject[1:]) or words[-1].lower() in _LEADING_NO_GOODS:
        return None
    if company_country(subject) is not None or opens_company_name(words[0]) or find_countries(subject):
        return None
    return led


_OF_FLOW_STEM_AFTER: Final = re.compile(
    r"(?i)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?(?P<f>export|import)"
)


#: "the total" alone as a clause's subject, with no running span after it ("the total so far this
#: year" is an anaphor of the figure before).
_BARE_TOTAL: Final = re.compile(
    # ("the total for the year" is bare: the period is the figure's, no whole of its own)
    r"(?i)\bthe\s+total\b(?!\s+(?:since|so|for(?!\s+the\s+(?:full\s+|whole\s+)?(?:year|period)\b)|of|between|"
    r"with|value|figure))"
)


def _bare_total_flows(text: str, window: str, frame: Frame, previous: Frame | None) -> int:
    """How many flows of the pair were told before a bare "the total" opening the clause after
    a figure of one of them (0: no such total). After one ("Ghana's exports to Togo came to
    $950 million, while the total reached $9 billion") it is all of the country's exports,
    the world's; after both ("exports to Nigeria were $950m and imports $300m in 2024, while
    the total reached $1.25bn") their sum, the pair's turnover, not the last flow's figure."""
    if "total" not in window or previous is None or previous.flow not in ("exports", "imports"):
        return 0
    if _BARE_TOTAL.search(window) is None:
        return 0
    other = "import" if previous.flow == "exports" else "export"
    return 2 if other in text[: frame.money.start].lower() else 1


_SOURCE_ASIDE: Final = re.compile(rf"(?i){SOURCE_ASIDE}")
#: A source opening the words before an amount: "According to customs, in May it rose to" (the
#: anaphor goes on after it).
_OPENING_SOURCE: Final = re.compile(r"(?i)^\s*(?:according\s+to|as\s+per|per)\s+[^,]{1,80},")
#: Data as the subject that puts a figure at an amount: "Chinese customs data put (the figure at)".
_DATA_PUT: Final = re.compile(
    r"(?i)^\s*(?:[\w'’-]+\s+){0,3}?(?:data|figures|statistics)\s+(?:put|puts|placed|places|showed|show|shows)\s+"
)
#: A source aside, then the link to an amount set against the one before it: ", according to
#: projections by the ministry, after", ", forecasts by the IMF show, against". The source may
#: be a long name ("according to estimates by the Korea International Trade Association, up
#: from"): anchored on the link at the end, the aside may run longer than SOURCE_ASIDE's.
_SOURCE_THEN_LINK: Final = re.compile(
    r"(?i)" + SOURCE_ASIDE_OPEN + r"[^,]{1,90},"
    r"\s*(?:after|against|up\s+from|down\s+from|compared\s+(?:with|to)|versus)\s*$"
)


def _contrasted_goods(window: str, previous: Frame | None) -> re.Match[str] | None:
    """The goods subject of a clause set against goods told before in the sentence ("Garments
    fetched $620 million, while jute goods brought in $157 million"): another item of the same
    figure, matched from the conjunction on (only after goods, so "..., while tourism earned
    $1 billion" after a flow's total stays no item); after one pair's flow total, the subject of
    a share verb is a part of it ("Exports to China reached $13.1 billion, while copper
    concentrate accounted for $4.2 billion")."""
    if previous is None or previous.rejection is not None:
        return None
    if previous.product is None and (previous.flow is None or previous.partner is None):
        return None
    if previous.product is None and "with" in window:
        # "Exports to Chile rose to $900 million, with wine alone worth $300 million": the goods a
        # "with" clause values are a part of the pair's figure just told
        worth = _WITH_GOODS_WORTH.fullmatch(window)
        if worth is not None and worth.group("at") and _no_goods_phrase(worth.group("p").split()):
            return None  # "with the rest at", "with the surplus at", "with growth at": no goods
        if worth is not None:
            return worth
    opening = _GOODS_CONTRAST.match(window)
    share = _SHARE_SUBJECT.match(window, opening.end()) if opening is not None else None
    if share is not None and previous.product is None and not _SHARE_VERB.search(window, share.end("p")):
        return None  # "Exports to China reached $13 billion, while tourism earned $1 billion": no part
    return share


#: The next goods of a list that values each with "at", up to the amount: "(copper, at $12.3
#: billion, up 8%), and lithium, at", "(electronics at $40 billion), and textiles at".
_NEXT_GOODS_AT: Final = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?P<p>[a-z][a-z &-]{1,40}?)(?:\s*,)?" + _VALUING)
#: The valuing word right before the item before's amount.
_VALUED_BEFORE: Final = re.compile(_VALUING + r"$")


def _next_goods_valued_at(text: str, window: str, previous: Frame | None) -> re.Match[str] | None:
    """The goods of a clause that goes on with a list of goods valued with "at" ("were copper,
    at $12.3 billion, up 8%, and lithium, at $1.1 billion"): another item of the flow, when the
    item before was goods valued the same way; a verb before "at" ("and stood at") names none."""
    if previous is None or previous.product is None or previous.rejection is not None:
        return None
    reach = max(0, previous.money.start - 24)
    if previous.flow is None or not _VALUED_BEFORE.search(text, reach, previous.money.start):
        return None
    listed = _NEXT_GOODS_AT.fullmatch(window)
    if listed is None or _no_goods_phrase(listed.group("p").split()):
        return None
    return listed


def _no_goods_phrase(words: list[str]) -> bool:
    """Whether the words before "at" and an amount are no goods: ending on a verb the amount
    completes ("and stood at", "and estimated at"; a participle before goods is theirs: "canned
    tuna at"), or holding a verb of being, a flow word, a word of partners or totals ("and
    imports at") or a word that compares the figure ("were much larger, at")."""
    return _verb_like(words[-1]) or any(
        w in _AT_VERBS or w in FLOW_WORDS or w in _NOT_GOODS or w in _COMPARING_WORDS for w in words
    )


#: Words that compare or rate a figure told with "at" rather than name goods: "Purchases were
#: much larger, at", "Imports were lower, at", "Sales held steady at".
_COMPARING_WORDS: Final = frozenset([
    "much", "far", "slightly", "somewhat", "even", "still", "larger", "smaller", "higher", "lower",
    "bigger", "greater", "bulkier", "steady", "flat", "stable", "unchanged", "up", "down", "worth",
    "highest", "lowest", "record", "less", "more", "roughly", "only", "just", "again", "then", "now",
])  # fmt: skip


#: The goods of a share whose verb is left out, up to the amount: "(Shrimp accounted for $121
#: million) and bananas for", "(copper for $15 billion), gold for", "(made up $5 billion) and
#: lithium" -- one to three words, none of them a word of comparison or time; the part's "of
#: that" or "of the total" may stand before ("... $1.1 billion of that, sugar").
_GAPPED_SHARE: Final = re.compile(
    r"(?:\s+of\s+(?:that|this|it|them|the\s+total|the\s+sum))?"  # "$1.1 billion of that, sugar $640 million"
    r"\s*(?:,\s*(?:and\s+)?|and\s+)(?P<p>(?!(?:up|down|from|to|against|versus|compared|last|this|in|with|"
    r"of|at|by|or|and|the|a|an|its|their|while|but)\b)[A-Za-z][\w'-]*(?:\s+(?!(?:from|to|in|and|or|for|"
    r"with|of|at)\b)[A-Za-z][\w'-]*){0,2})\s+(?P<for>for\s+)?"
)


def _gapped_share_goods(text: str, window: str, previous: Frame | None) -> re.Match[str] | None:
    """The goods of a share that repeats the verb of the goods item just read, or of the chain
    it ends ("Shrimp accounted for $121 million and bananas for $44 million", "copper for X, gold
    for Y and zinc for Z", "Cocoa made up $3 billion, coffee $1 billion and rubber ..." with the
    verb up to `_GAPPED_CHAIN_REACH` characters back): another item of the same figure; "for" may
    stay or fall where the verb before had it, and is absent where it had none ("Copper made up
    $5 billion and lithium $2 billion"). The cheap anchored window test runs first: most windows
    are no gapped item, and then no verb is looked for."""
    if previous is None or previous.product is None or previous.rejection:
        return None
    gapped = _gapped_share_window(text, window, previous)
    if gapped is None:
        return None
    reach = max(0, previous.money.start - 40)
    verb = _SHARE_VERB_BEFORE.search(text, reach, previous.money.start)
    # "..., gold for $3 billion and zinc for ...": the item before was a gapped one itself
    before = verb or _FOR_BEFORE.search(text, reach, previous.money.start)
    if (
        before is None
    ):  # "Cocoa made up $3 billion, coffee $1 billion and rubber ...": the verb two items back
        before = _SHARE_VERB.search(
            text, max(0, previous.money.start - _GAPPED_CHAIN_REACH), previous.money.start
        )
    # "for" may fall with the verb ("Copper accounted for $20 billion and cotton $1 billion"),
    # but is never added where the verb had none
    if before is None or (gapped.group("for") is not None and "for" not in before.group().lower().split()):
        return None
    return gapped


#: The whole a share's amount is told of, right after it: "$12.3bn of Chile's exports".
_WHOLE_AFTER: Final = re.compile(r"\s+of\s")


def _gapped_share_window(text: str, window: str, previous: Frame) -> re.Match[str] | None:
    """The gapped goods of the words after the item before: right after its amount when that
    item is goods alone ("Shrimp accounted for $121 million and bananas for"), or after the whole
    its share was told of, when it is goods of a flow ("Copper accounted for $12.3bn of Chile's
    exports to China, and lithium for": lithium's share of the same flow), or right after the
    amount of such goods (", diamonds for $210 million and coffee for"). A flow word ("and
    imports for") or a country ("and Peru for") among the gapped words is no goods."""
    told_of_flow = previous.source == "cue" and (
        _WHOLE_AFTER.match(text, previous.money.end) or text.startswith(window, previous.money.end)
    )
    if previous.source != "item" and not told_of_flow:
        return None
    gapped = _GAPPED_SHARE.fullmatch(window)
    if gapped is None or any(w.lower() in FLOW_WORDS for w in gapped.group("p").split()):
        return None
    return None if find_countries(gapped.group("p")) else gapped


#: How far before a gapped item (with neither verb nor "for") the verb of its chain may be.
_GAPPED_CHAIN_REACH: Final = 80
#: "for" right before an amount, past a hedge: the remnant of a gapped "accounted for".
_FOR_BEFORE: Final = re.compile(rf"(?i)\sfor\s+(?:(?:{HEDGE_ALTERNATION}|only|just)\s+)?$")


def _opening_share_end(text: str, frame: Frame) -> int:
    """Where the subject of a share starts in a sentence opened on the figure before ("Of this
    total, traditional mining products accounted for ..."): after the opening and its comma,
    so the goods are the subject's alone; 0 for any other sentence."""
    opening = _SHARE_OPENING.match(text) if frame.share else None
    if opening is None:
        return 0
    end = opening.end()
    while end < len(text) and text[end] in " ,":
        end += 1
    return end


def _without_result_gerund(rest: str) -> str:
    """The words before a running total without the gerund that adds the figure before to it
    ("..., bringing the total since the start of the year to $12.1 billion"): that figure's
    flow and sides go on; a gerund before any other subject ("bringing exports to") has its
    own flow word and never reaches here."""
    return " ".join(w for w in rest.split() if w.lower() not in TARGET_GERUNDS)


#: What the figure told before is measured in, said before its anaphor ("... 1.1 million tonnes.
#: In monetary terms, they amounted to $260 million"): the same flow, counted in money.
_MEASURED_IN_TERMS: Final = re.compile(
    r"(?i)\b(?:in|by)\s+(?:value|monetary|money|cash|dollar|nominal|real)\s+terms\b"
)


def _continues(window: str) -> bool:
    """True when the words before the amount hold no subject of their own: only value
    verbs, pronouns, periods and hedges ("and in January-May this year it reached")."""
    for token in TOKEN.findall(window):
        low = token.lower()
        if low in CONTINUATION_WORDS or _is_period_word(low):
            continue
        return False
    return True


_PERIOD_WORDS: Final = frozenset([
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "alone", "nine", "six", "five", "seven", "eight", "ten", "eleven", "two", "three", "four",
    "twelve", "fiscal", "financial", "calendar", "ytd", "q", "h", "fy", "past", "whole", "entire", "full",
    "reporting", "aforementioned", "january-june",
])  # fmt: skip


def _is_period_word(word: str) -> bool:
    return word in _PERIOD_WORDS or ("-" in word and all(part in _PERIOD_WORDS for part in word.split("-")))


def _city_owner(text: str, slots: list[CountrySlot], cue_start: int) -> bool:
    """Whether the flow word belongs to a city ("Dubai's own non-oil trade", "Shanghai's
    exports"): the last country or city before it is a city's possessive, with only a few
    modifiers between."""
    before = [s for s in slots if s.end <= cue_start]
    if not before or before[-1].role != "local":
        return False
    return _MODIFIERS_ONLY.fullmatch(text, before[-1].end, cue_start) is not None


#: What `_outside_asides` filters: country slots, or flow words (start, end, word, flow).
_Placed = TypeVar("_Placed")


def _outside_asides(
    text: str,
    items: list[_Placed],
    start: int,
    end: int,
    *,
    at: Callable[[_Placed], int] = attrgetter("start"),
    keep_all_if_empty: bool = False,
) -> list[_Placed]:
    """The items (country slots, or flow words with `at`) less those inside a comma aside
    between `start` and `end` ("Tea exports to Tanzania, mostly blended for re-export to
    Congo, climbed to ...": Congo is no second partner); with `keep_all_if_empty`, all of
    them when each is inside one. (One item, or no comma: nothing to test.)"""
    if len(items) < 2 or text.find(",", start, end) < 0:
        return items
    asides = [m.span() for m in _aside_matches(text, start, end)]
    if not asides:
        return items
    outside = [x for x in items if not any(a <= at(x) < b for a, b in asides)]
    return (outside or items) if keep_all_if_empty else outside


def _pair_of_a_figure_before(text: str, near: CountrySlot, cue_start: int) -> bool:
    """Whether `near` is a side of a hyphenated pair whose figure stands between it and the cue
    ("Kazakhstan-Tajikistan trade hit $1.1 billion, of which exports accounted for ..."): it is
    one of that figure's two sides, as "between X and Y" would be, and not the exports' owner
    (the second side had been). A pair right before the cue ("COTONOU - Benin's exports") still
    is the owner."""
    if near.role != "pair":
        return False
    gap = text[near.end : cue_start]
    return any(c.isdigit() for c in gap) and bool(find_money(gap))


def _direction(
    text: str, cue: tuple[int, int, str, str], slots: list[CountrySlot], clause_end: int, money_start: int
) -> tuple[str | None, str | None, bool]:
    """(reporter, partner, partner_is_definite) from the roles of the clause's countries."""
    start, end, word, flow = cue
    before = [s for s in slots if s.end <= start]
    before = _outside_asides(text, before, slots[0].start, start) if before else before
    after = [s for s in slots if s.start >= end]
    definite = False
    if flow == "turnover":
        reporter, partner = _turnover_sides(before, after, money_start)
        if partner is None:  # "trade between the Kingdom and Hungary", "trade with the Asian nation"
            definite = _definite_after(text, end, clause_end, ("with", "between")) or _definite_second(
                text, end, clause_end
            )
        return reporter, partner, definite
    near = before[-1] if before and before[-1].role in ("poss", "attr", "subject", "pair") else None
    if near is not None and _pair_of_a_figure_before(text, near, start):
        near = None
    near = near or next((s for s in after if s.role == "by"), None)  # "imports by India from Russia"
    verb_object = [s for s in after if s.start < money_start and s.role in ("subject", "attr")]
    if flow == "exports":
        destination = next((s for s in after if s.role == "to"), None) or next(
            (s for s in before if s.role in ("to_which", "bound")), None
        )
        earned = next(
            (s for s in after if s.role == "from" and _EARNED_FROM.fullmatch(text, start, s.start)), None
        )
        if destination is None and earned is not None:
            destination = earned  # "Bangladesh's export earnings from Japan": the market paid them
        if destination is None and word in GIVING_VERBS and verb_object:
            first = verb_object[0]  # "Brazil sold Chile goods worth ...": the buyer comes first
            destination = first if _FIRST_OBJECT_GAP.fullmatch(text, end, first.start) else None
        # "exports of tea from Kenya reached ...", "... were exported from Kenya" (not "..., and
        # purchases from Brazil fell": another flow's)
        origin = near or next(
            (
                s
                for s in after
                if s.role in ("from", "of")
                and s is not earned
                and not flow_cues(text[max(money_start, end) : s.start])
            ),
            None,
        )
        if destination is None and near is not None:  # "Germany took 32% of Czech exports"
            destination = _share_taker(text, before, near, end, money_start)
        if destination is None:  # (goods "entering the country": `flow_cues`' entering goods)
            definite = _definite_after(text, end, clause_end, _ENTERED if word == "goods" else ("to",))
            definite = (
                definite or _across_the_border(text, end, clause_end) or _THERE.match(text, end) is not None
            )
            if not definite and " from " in text[end : end + 24]:
                # "export receipts from the neighbouring country": the market that paid, described
                earned_at = _EARNED_FROM.match(text, start, clause_end)
                definite = earned_at is not None and _definite_after(text, end, earned_at.end(), ("from",))
        return (origin.iso3 if origin else None, destination.iso3 if destination else None, definite)
    owner = _genitive_importer(text, end, after) if near is None else None
    if owner is not None:  # "Imports of Brazil from Angola reached ...": Brazil's, from Angola
        return owner[0].iso3, owner[1].iso3, False
    origin = next((s for s in after if s.role in ("from", "of")), None) or next(
        (s for s in before if s.role == "from_which"), None
    )
    if origin is None and word in FLOW_VERBS:
        origin = next((s for s in verb_object if s.role == "attr"), None)  # "bought Brazilian soybeans"
    if origin is None and near is not None:
        origin = _share_taker(text, before, near, end, money_start)  # "China took 40% of Kenya's imports"
    entered = near is not None and near.role == "attr" and (word == "imported" or word in _IMPORT_NOUNS)
    into = next((s for s in after if s.role in ("to", "by")), None) if entered else None
    if into is not None and near is not None and _entered_by(text, word, end, into.start):
        return into.iso3, near.iso3, False  # "Chilean wine imported into (by) New Zealand": the goods' origin
    # "Imports from China to Kenya", not "..., against exports to Japan of $41 million": a
    # destination past the amount and another flow word is that flow's, as an origin is above
    importer = near or next(
        (s for s in after if s.role == "to" and not flow_cues(text[max(money_start, end) : s.start])), None
    )
    buyer = _buyer_of_goods_origin(text, before, after, near, start) if near is not None else None
    if buyer is not None and near is not None:  # "Egypt's Russian wheat imports"
        importer, origin = buyer, origin if origin is not None and origin.iso3 != near.iso3 else near
    if origin is None:
        definite = (
            _definite_after(text, end, clause_end, ("from",))
            or _across_the_border(text, end, clause_end)
            or _THERE.match(text, end) is not None
        )
    return (importer.iso3 if importer else None, origin.iso3 if origin else None, definite)


#: A flow told as the one "in the other direction" ("flows in the opposite direction", "trade the
#: other way"): the figure before, with its sides swapped.
_OTHER_DIRECTION: Final = re.compile(
    r"(?i)\b(?:flows?|trade|shipments|goods|sales|deliveries|those)\s+(?:going\s+|moving\s+|heading\s+)?"
    r"(?:in\s+the\s+(?:other|opposite|reverse)\s+direction|the\s+other\s+way)\b"
)


def _gapped_subject(
    text: str, previous: Frame, slots: list[CountrySlot], previous_end: int, figure_start: int
) -> str | None:
    """The country that stands as the subject of a gapped clause before this amount ("Japan
    bought $5.1 billion of Chilean copper in 2024 and South Korea $3.4 billion"), when the figure
    before had its subject as reporter and a partner; None otherwise."""
    if previous.flow not in ("exports", "imports") or previous.rejection is not None:
        return None
    if previous.partner is None:
        return None
    subject = next((s for s in slots if s.iso3 == previous.reporter and s.role == "subject"), None)
    if subject is None or subject.start > previous.money.start:
        return None
    named = [s for s in slots if previous_end <= s.start and s.end <= figure_start]
    if not named or named[-1].iso3 in (previous.reporter, previous.partner):
        return None
    gap = _GAPPED_SUBJECT_GAP.fullmatch(text, previous_end, named[-1].start)
    return named[-1].iso3 if gap is not None and not text[named[-1].end : figure_start].strip(" ,") else None


def _gapped_partner(
    text: str, previous: Frame, slots: list[CountrySlot], previous_end: int, figure_start: int
) -> str | None:
    """The country that stands as the partner of a gapped clause before this amount, when the
    figure before had its partner as the subject of a verb of taking right before its amount
    ("..., with Uganda taking Sh143 billion and Tanzania Sh73 billion", "India accounted for
    $9.1 billion and Spain $6.8 billion"): the next partner's share of the same flow. None
    otherwise."""
    if previous.rejection is not None or previous.flow is None or previous.partner is None:
        return None
    named = [s for s in slots if previous_end <= s.start and s.end <= figure_start]
    if len(named) != 1 or named[0].iso3 in (previous.reporter, previous.partner):
        return None
    if _AND_PARTNER_GAP.fullmatch(text, previous_end, named[0].start) is None:
        return None
    if text[named[0].end : figure_start].strip():
        return None
    taker = [s for s in slots if s.iso3 == previous.partner and s.end <= previous.money.start]
    if not taker or _TAKING_GAP.fullmatch(text, taker[-1].end, previous.money.start) is None:
        return None
    return named[0].iso3


#: Between a partner and the amount it took: a verb of taking or accounting and maybe a hedge of
#: money.HEDGES ("taking ", "took about ", "accounted for just under ").
_TAKING_GAP: Final = re.compile(
    r"(?i)\s+(?:taking|took|takes|absorbing|absorbed|receiving|received|accounting\s+for|accounted\s+for|"
    rf"accounts\s+for)\s+(?:(?:{HEDGE_ALTERNATION})\s+)?"
)
#: Between an amount and the next partner of a gapped clause: "and" alone.
_AND_PARTNER_GAP: Final = re.compile(r"(?i)\s*,?\s+and\s+(?:the\s+)?")


#: Between an amount and the subject of a gapped clause after it: the goods it was of and its
#: period maybe ("of Chilean copper in 2024"), then "and".
_GAPPED_SUBJECT_GAP: Final = re.compile(
    r"(?:\s+of\s+[\w'’ -]{1,40}?)?(?:\s+(?:in|during|last)\s+[\w-]+(?:\s+[\w-]+){0,2}?)?"
    r"\s*,?\s+(?:and|while)\s+(?:the\s+)?"
)


#: Between the participle "imported" and the country the goods entered: "imported into (the)", "by".
_INTO: Final = re.compile(r"\s+(?:(?:in)?to|by)\s+(?:the\s+)?")
#: The nouns of imports that "into" may follow with the country the goods entered.
_IMPORT_NOUNS: Final = ("imports", "import")
#: Between the noun "imports" and the country the goods entered: "into (the)" alone, as "Chinese
#: imports to ..." and "... by ..." may as well be China's own.
_INTO_AFTER_NOUN: Final = re.compile(r"\s+into\s+(?:the\s+)?")


def _entered_by(text: str, word: str, cue_end: int, country_start: int) -> bool:
    """Whether the words between an import cue and a country say the goods entered it: "Chilean
    wine imported into (by) New Zealand", "Italian imports into Egypt" (goods of Italian make
    that entered Egypt: its imports from Italy, no Italian imports of its own)."""
    into = _INTO if word == "imported" else _INTO_AFTER_NOUN
    return into.fullmatch(text, cue_end, country_start) is not None


#: "there" right after a flow word: the place just named ("Estonia came second. Exports there
#: rose ...", "imports from there"), a partner named by reference.
_THERE: Final = re.compile(r"\s+(?:from\s+)?there\b")
#: "across the border", "across the southern border": the neighbour the story is about.
_ACROSS_THE_BORDER: Final = re.compile(r"\bacross\s+the\s+(?:[a-z]+(?:ern)?\s+)?(?:border|frontier)\b")


def _across_the_border(text: str, end: int, clause_end: int) -> bool:
    """Whether the flow word at `end` goes "across the border" (its amount and a conversion
    aside): "sales across the border", "shipped goods worth $2 billion across the southern
    border" go to the neighbour the story is about, a partner named by description."""
    if "across" not in text:
        return False
    found = _ACROSS_THE_BORDER.search(text, end, clause_end)
    return found is not None and _unbracketed_length(text, end, found.start()) < 50


#: Between an import word and the country that owns the imports, told in the genitive
#: ("Imports of Brazil from Angola", "imports of the United States from Mexico").
_GENITIVE_OF: Final = re.compile(r"\s+of\s+(?:the\s+)?")
#: Between that owner and the country the goods come from.
_GENITIVE_FROM: Final = re.compile(r"\s+from\s+(?:the\s+)?")


def _genitive_importer(
    text: str, cue_end: int, after: list[CountrySlot]
) -> tuple[CountrySlot, CountrySlot] | None:
    """(importer, origin) of "Imports of <X> from <Y>", the genitive that French, Spanish and
    Portuguese copy keeps in English ("importations de l'Algérie depuis la France"): X owns
    the imports, as "X's imports from Y" would say; read alone by the roles, the first "of"
    country would be taken for the origin. Only a country right after "of" and right before
    "from": "imports of Russian oil from ..." names goods, not an owner."""
    if len(after) < 2:
        return None
    owner, origin = after[0], after[1]
    if (
        owner.role == "of"
        and origin.role == "from"
        and owner.iso3 != origin.iso3
        and _GENITIVE_OF.fullmatch(text, cue_end, owner.start)
        and _GENITIVE_FROM.fullmatch(text, owner.end, origin.start)
    ):
        return owner, origin
    return None


#: Lower-case goods between a demonym and an import word: "Russian wheat imports".
_GOODS_GAP: Final = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+")
#: The same gap, or none: the demonym right before the import word ("Egypt's Italian imports").
_GOODS_OR_NONE_GAP: Final = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+")
#: A possessive's ending right before the demonym ("Egypt's Russian wheat imports").
_POSSESSIVE_GAP: Final = re.compile(r"['’]s?\s+")
#: The words before the owner of the flow a share is told of: "... of Egypt's purchases".
_OF_BEFORE: Final = re.compile(r"(?i)\bof\s+(?:the\s+)?$")


def _buyer_of_goods_origin(
    text: str, before: list[CountrySlot], after: list[CountrySlot], near: CountrySlot, cue_start: int
) -> CountrySlot | None:
    """The importer when the demonym before goods and the import word names where the goods
    come from, as another country owns the imports: a possessive right before it ("Egypt's
    Russian wheat imports reached ...") or after "of" ("Russian wheat imports accounted for
    $2.8 billion of Egypt's purchases from the Federation"). Alone, "Chinese soybean
    imports" are China's. With a possessive owner the goods may be left out ("Egypt's Italian
    imports were worth ...": the imports from Italy), the owner already telling the importer."""
    if near.role != "attr" or not _GOODS_OR_NONE_GAP.fullmatch(text, near.end, cue_start):
        return None
    owner = next((s for s in reversed(before) if s.end <= near.start), None)
    if owner is not None and owner.role == "poss" and _POSSESSIVE_GAP.fullmatch(text, owner.end, near.start):
        return owner if owner.iso3 != near.iso3 else None
    if not _GOODS_GAP.fullmatch(text, near.end, cue_start):
        return None
    return next(
        (
            s
            for s in after
            if s.role == "poss"
            and s.iso3 != near.iso3
            and _OF_BEFORE.search(text, max(0, s.start - 12), s.start)
        ),
        None,
    )


#: The words before a described country that goods enter ("goods from Uganda entering the country").
_ENTERED: Final = ("to", "into", *ENTERING_VERBS)


#: Between an export word and the market that paid for the goods: "export earnings from
#: Japan", "export receipts from the United States", "export revenue from China" (not "exports
#: from Kenya", the origin).
_EARNED_FROM: Final = re.compile(
    rf"(?i)[\w-]+\s+(?:{literal_alternation(EARNING_NOUNS)})\s+from\s+(?:the\s+)?"
    # "(Ghana) fetched $930 million from the Indian market": the verb's amount between
    rf"|(?:{literal_alternation(EARNING_VERBS)})\s+[^,;]{{1,50}}?\s+from\s+the\s+"
)


#: What lies between a country and the owner of the flow it takes a share of: "Germany
#: accounted for 32% of Czech exports", "China supplied a third of Kenya's imports", also a
#: buyer's ("China bought 61 percent of Chile's copper exports": the exports' partner).
_SHARE_OF: Final = re.compile(
    r"(?i)\s+(?:alone\s+)?(?:accounted\s+for|made\s+up|represented|took|absorbed|received|supplied|"
    r"provided|bought|purchased|buys|purchases)\s+"
    r"(?:(?:about|around|nearly|almost|over|some|roughly|more\s+than|less\s+than)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)|(?:a|one|two)[\s-]+(?:thirds?|quarters?|fifths?)|half)"
    r"\s+of\s+(?:all\s+|total\s+|the\s+)?"
)


#: Between the subject that takes a part of an owner's flow and the amount of that part:
#: "China accounted for", "Zambia alone made up some" (`_part_of_owners_whole`).
_PART_TAKER_GAP: Final = re.compile(
    r"(?i)(?P<verb>\s+(?:alone\s+)?(?:accounted\s+for|made\s+up|represented|took|absorbed|received|supplied|"
    r"provided|bought|purchased|sold)\s+|['’]s?\s+share\s+(?:was|stood\s+at|reached|came\s+to|amounted\s+to)\s+)"
    # the part as a percentage first, its amount in parentheses: "35.1 percent ("
    rf"(?P<pct>(?:(?:{APPROX_HEDGE_ALTERNATION})\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s*\(\s*)?"
)
#: Between the amount of that part and the owner of the whole: "of", "of the", ") of".
_OF_OWNER_AFTER: Final = re.compile(r"(?P<close>\s*\))?\s+of\s+(?:the\s+)?")
#: Between the owner's possessive and its flow word: "'s", "'s total", "'s overall foreign".
_OWNERS_FLOW_GAP: Final = re.compile(r"['’]s?\s+(?:(?:total|overall|foreign|external|international)\s+){0,2}")


def _part_of_owners_whole(
    text: str, slots: list[CountrySlot], cue: tuple[int, int, str, str], figure_start: int, money_end: int
) -> tuple[str, str] | None:
    """(owner, taker) of an amount told as the part one country takes of another's flow, the
    owner's possessive after the amount ("China accounted for $4.2 billion of Kyrgyzstan's
    foreign trade", "Norway made up NOK 9 billion of Sweden's imports", also after the part's
    percentage: "China's share was 35.1 percent ($4.2 billion) of ..."): the owner's flow with
    the taker, not the taker's own flow with the world (the owner's "foreign trade" had made it
    a world total, with the taker as its reporter); None otherwise."""
    if cue[0] < money_end:
        return None
    owner = next((s for s in slots if s.start >= money_end), None)
    taker = next((s for s in reversed(slots) if s.end <= figure_start), None)
    if owner is None or taker is None or owner.end > cue[0] or taker.role not in ("subject", "poss"):
        return None
    gap = _owners_part_gap(text, taker, owner, figure_start, money_end)
    if gap is None or _OWNERS_FLOW_GAP.fullmatch(text, owner.end, cue[0]) is None:
        return None
    # "China accounted for" (a subject), "China's share was" (a possessive)
    return (owner.iso3, taker.iso3) if (taker.role == "poss") == ("share" in gap.group("verb")) else None


def _owners_part_gap(
    text: str, taker: CountrySlot, owner: CountrySlot, figure_start: int, money_end: int
) -> re.Match[str] | None:
    """The verb by which `taker` takes a part of `owner`'s flow (`_PART_TAKER_GAP`), when the two
    stand as "<taker> <verb> <amount> of <owner>'s": the owner a possessive of another country,
    and a percentage's parenthesis before the amount closed before "of" ("35.1 percent ($4.2
    billion) of"); None otherwise."""
    if owner.role != "poss" or owner.iso3 == taker.iso3:
        return None
    of = _OF_OWNER_AFTER.fullmatch(text, money_end, owner.start)
    gap = _PART_TAKER_GAP.fullmatch(text, taker.end, figure_start)
    if of is None or gap is None or (gap.group("pct") is None) != (of.group("close") is None):
        return None
    return gap


#: The verbs by which a partner takes its part of another country's flow, and the flow of that
#: country they fit: a buyer's of its exports, a seller's of its imports (`_PART_TAKER_GAP`).
_TAKER_VERB_WHOLES: Final = {
    "bought": "exports", "purchased": "exports",
    "supplied": "imports", "sold": "imports", "provided": "imports",
}  # fmt: skip


def _taker_verb_of_owners_part(
    text: str, verb: tuple[int, int, str, str], slots: list[CountrySlot],
    cues: list[tuple[int, int, str, str]], figure_start: int, money: Money,
) -> bool:  # fmt: skip
    """Whether the flow word `verb` before an amount is only the verb by which its subject takes
    a part of another country's flow told after it ("China bought 30 percent ($9 billion) of
    Chile's exports", "Brazil supplied $2.6 billion of Paraguay's imports"): the part is of the
    owner's flow (`_part_of_owners_whole`), as after "took" or "made up", not the buyer's own
    imports or the seller's own exports. The owner's flow must be the one the verb fits ("bought
    ... of Chile's imports" stays the buyer's)."""
    whole = _TAKER_VERB_WHOLES.get(verb[2].lower())
    taker = next((s for s in reversed(slots) if s.end <= verb[0]), None)
    if whole is None or taker is None or taker.role != "subject":
        return False
    owner = next((s for s in slots if s.start >= money.end), None)
    if owner is None or _owners_part_gap(text, taker, owner, figure_start, money.end) is None:
        return False
    owners_flow = _OWNERS_FLOW_GAP.match(text, owner.end)
    return owners_flow is not None and any(c[0] == owners_flow.end() and c[3] == whole for c in cues)


_RELATIVE_WORD: Final = re.compile(r"(?i)\b(?:which|that)\b")


def _share_taker(
    text: str, before: list[CountrySlot], owner: CountrySlot, cue_end: int, money_start: int
) -> CountrySlot | None:
    """The country that takes a share of `owner`'s flow, as the subject of a share verb
    before it ("Germany accounted for 32% of Czech exports, worth €62.3 billion"): the
    partner. Not when the amount is told of the whole flow in a relative clause ("China took
    30.7% of all Brazilian exports, which reached $339.7 bln": the world total)."""
    if owner.role not in ("attr", "poss") or _RELATIVE_WORD.search(text, cue_end, money_start):
        return None
    subject = next((s for s in reversed(before) if s.end <= owner.start and s.role == "subject"), None)
    if subject is not None and _SHARE_OF.fullmatch(text, subject.end, owner.start):
        return subject
    # "Russia's share of Kyrgyzstan's exports", "the share of Russia in Kyrgyzstan's exports": the
    # country whose share of the owner's flow the sentence tells
    holder = before[-2] if len(before) > 1 and before[-1] is owner else None
    if holder is not None and (
        (holder.role == "poss" and _HOLDERS_SHARE.fullmatch(text, holder.end, owner.start))
        or (holder.role == "with" and _SHARE_IN.fullmatch(text, holder.end, owner.start))
    ):
        return holder
    return None


#: Between a country's possessive and the owner of the flow it has a share of: "'s share of".
_HOLDERS_SHARE: Final = re.compile(r"(?i)['’]s?\s+share\s+(?:of|in)\s+(?:the\s+)?")
#: Between "the share of" a country and the owner: " in".
_SHARE_IN: Final = re.compile(r"(?i)\s+in\s+(?:the\s+)?")


def _past_closed_relative(text: str, clauses: Clauses, clause_start: int, cue_start: int) -> int:
    """Where the clause of a flow word told after a closed relative clause starts: "Japan,
    which relies on Australia for its coal, recorded imports from Australia worth ...". The
    relative clause ends at its comma, and the verb after it is its antecedent's, so the
    flow's clause is the one the antecedent opens (the aside's countries are left out of it
    as asides, by `_direction`); `clause_start` when the flow word is inside the relative."""
    opener = _RELATIVE_OPENER.match(text, clause_start)
    if opener is None or opener.group("where"):
        return clause_start
    closed = _APPOSITIVE.match(text, clause_start)
    if closed is None or closed.end() > cue_start:
        return clause_start
    return clauses.starts[clauses.of(clause_start - 1)]


def _relative_antecedent(
    text: str, cue: tuple[int, int, str, str], slots: list[CountrySlot], clause_start: int,
    reporter: str | None, partner: str | None,
) -> tuple[str | None, str | None]:  # fmt: skip
    """A clause opened by a relative word gets the country right before it: "China, where
    Australian exports reached ..." (where the goods go: the destination of exports, the
    importer of imports); "China, which bought ..." (the subject of a flow verb)."""
    opener = _RELATIVE_OPENER.match(text, clause_start)
    if opener is None:
        return reporter, partner
    antecedent = next(
        (s for s in slots if s.end <= clause_start and not text[s.end : clause_start].strip()), None
    )
    if antecedent is None:
        return reporter, partner
    start, _, word, flow = cue
    if opener.group("where"):
        if flow == "exports":
            return reporter, partner or antecedent.iso3
        return reporter or antecedent.iso3, partner
    if word in FLOW_VERBS and reporter is None and not text[opener.end() : start].strip():
        return antecedent.iso3, partner  # "..., which bought US$38.6 billion worth of products"
    return reporter, partner


def _with_which_antecedent(
    text: str, slots: list[CountrySlot], clause_start: int, reporter: str | None
) -> str | None:
    """The partner of a clause opened by "with which" or "with whom", which the clause split
    cut from its antecedent: "... after China, with which Angola traded goods worth ...",
    "Turkey, with whom Ghana's trade reached ..." (the antecedent is the other side)."""
    antecedent = next(
        (s for s in reversed(slots) if s.end <= clause_start and not text[s.end : clause_start].strip()), None
    )
    if antecedent is None or antecedent.role != "with_which" or antecedent.iso3 == reporter:
        return None
    return antecedent.iso3


def _sole_other_before(slots: list[CountrySlot], clause_start: int, antecedent: str) -> str | None:
    """The other side of a "with whom/which" clause whose antecedent is its partner: the one
    country the sentence names before it besides the antecedent ("The minister said Kenya would
    deepen ties with Tanzania, with whom total trade stood at ...": Kenya); None when there are
    several, as whose trade it is is not said."""
    others = {s.iso3 for s in slots if s.end <= clause_start and s.iso3 != antecedent}
    return others.pop() if len(others) == 1 else None


#: Between a flow noun and the country it goes to or comes from: "deliveries to (the) ".
_DIRECTION_AFTER: Final = re.compile(r"\s+(?:to|from)\s+(?:the\s+)?")


def _directed(text: str, cue: tuple[int, int, str, str], slots: list[CountrySlot]) -> bool:
    """ "..., with Romanian power deliveries to Moldova reaching EUR 287 mln": a weak flow noun
    with its own destination or origin right after it is the amount's flow, not a flow word of
    an earlier clause ("a growing share of the trade")."""
    return cue[2] not in FLOW_VERBS and any(
        s.role in ("to", "from") and _DIRECTION_AFTER.fullmatch(text, cue[1], s.start) for s in slots
    )


def _relative_verb(
    text: str, cue: tuple[int, int, str, str], clause_start: int, slots: list[CountrySlot]
) -> bool:
    """ "..., ahead of Tanzania, which bought $480 million of ...": a flow verb right after a relative
    word whose antecedent is a country is the amount's own verb, however weak it is alone."""
    if cue[2] not in FLOW_VERBS:
        return False
    opener = _RELATIVE_OPENER.match(text, clause_start)
    if opener is None or opener.group("where") or text[opener.end() : cue[0]].strip():
        return False
    return any(s.end <= clause_start and not text[s.end : clause_start].strip() for s in slots)


#: Between a country's goods and the imports they are a share of: "Turkish goods accounted for
#: 3 percent of Iraq's imports", "German products made up about 7% of Poland's total imports".
_GOODS_SHARE_OF_IMPORTS: Final = re.compile(
    r"(?i)\s+(?:[a-z][\w-]*\s+){0,2}?(?:goods|products|merchandise|produce|exports|shipments)\s+(?:alone\s+)?"
    r"(?:" + _SHARE_VERBS + r"|accounts?\s+for|makes?\s+up|represents?)\s+"
    rf"(?:(?:{HEDGE_ALTERNATION}|only|just)\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|pct)\s+of\s+"
    r"(?:the\s+)?(?:[\w.-]+['’]s?\s+|its\s+|their\s+)?(?:total\s+|overall\s+)?\Z"
)


def _sides_told_before(
    text: str, cues: list[tuple[int, int, str, str]], clauses: Clauses, k: int, flow: str,
    slots: list[CountrySlot], money_start: int,
) -> tuple[str | None, str | None]:  # fmt: skip
    """The reporter and partner of the last flow of `flow` the clause before clause `k` told,
    when it names both: what a bare flow noun of a with-clause after it stands for."""
    start, end = clauses.starts[k - 1], clauses.ends[k - 1]
    told = [c for c in cues if start <= c[0] < end and c[3] == flow and c[2] not in WEAK_FLOW_WORDS]
    if not told:
        return None, None
    own = [s for s in slots if start <= s.start < end]
    reporter, partner, _ = _direction(text, told[-1], own, end, money_start)
    return (reporter, partner) if reporter is not None and partner is not None else (None, None)


#: The amount that restates a share after its whole, in an aside of its own: "..., or $1.9
#: billion", "..., some $1.9 billion", "..., worth about", "..., equal to" (not "..., which
#: totalled $60 billion", the whole's).
_SHARE_RESTATED: Final = re.compile(
    r"(?i)[^,;()]{0,40},\s+(?:or|worth|equal(?:ling)?\s+to|equivalent\s+to|valued\s+at|amounting\s+to|"
    rf"{HEDGE_ALTERNATION})\b[^,;()]{{0,20}}\Z"
)


#: Whose total: "the", "its", "Sri Lanka's", "the country's".
_TOTAL_OWNER: Final = (
    r"(?:the\s+|its\s+|their\s+|(?:[A-Z][\w-]*\s+){0,2}[\w-]+['’]s\s+)?(?:overall\s+)?total\b"
)
#: An amount told as a part of a total after it: "$3.9 billion of Sri Lanka's total imports".
_PART_OF_A_TOTAL: Final = re.compile(rf"\s+of\s+{_TOTAL_OWNER}")


def _share_of_imports_seller(
    text: str, slots: list[CountrySlot], importer: str, cue: tuple[int, int, str, str], money: Money
) -> str | None:
    """The country whose goods the subject names when they are a share of another's imports
    and the amount restates that share after the whole ("Turkish goods accounted for 3 percent
    of Iraq's imports last year, or $1.9 billion"): the goods' country's exports to the
    importer, not the importer's total."""
    if cue[1] > money.start or "," not in text[cue[1] : money.start]:
        return None
    if _SHARE_RESTATED.match(text[: money.start], cue[1]) is None:
        return None
    head = text[: cue[0]]
    sellers = (
        s.iso3 for s in slots
        if s.end < cue[0] and s.iso3 != importer and s.role in ("attr", "poss")
        and _GOODS_SHARE_OF_IMPORTS.match(head, s.end) is not None
    )  # fmt: skip
    return next(sellers, None)


def _goods_origin(text: str, slots: list[CountrySlot], importer: str | None, money: Money) -> str | None:
    """Whose goods a buyer bought when the object names no country ("China, which bought
    $38.6 billion worth of products"): the one country the sentence names as the owner of
    goods before the amount ("the seventh destination for Chilean goods") or right after it
    ("bought $2 billion of Peruvian farm goods")."""
    owners = {
        s.iso3 for s in slots
        if (s.end <= money.start or _OF_AFTER_AMOUNT.fullmatch(text, money.end, s.start))
        and s.role in ("attr", "poss") and s.iso3 != importer and _GOODS_AFTER.match(text, s.end)
    }  # fmt: skip
    if not owners:
        # "Germany remained the largest buyer of Vietnamese coffee, ahead of Italy, which bought
        # $412.6 million worth of the beans": the goods a ranking of buyers names before the amount
        owners = {
            s.iso3 for s in slots
            if s.end <= money.start and s.iso3 != importer
            and _BUYER_OF.search(text, max(0, s.start - 30), s.start) and _LOWER_NOUN_AFTER.match(text, s.end)
        }  # fmt: skip
    return owners.pop() if len(owners) == 1 else None


def _ranked_goods(text: str, slots: list[CountrySlot], money: Money) -> str | None:
    """The goods a ranking of buyers names before the amount by their country ("the largest
    buyer of Ugandan coffee, ahead of ..."): what a definite "the beans" after the amount
    stands for."""
    for s in reversed(slots):
        if s.end > money.start or _BUYER_OF.search(text, max(0, s.start - 30), s.start) is None:
            continue
        goods = _GOODS_NAMED_FOR.match(text, s.end, money.start)
        return clean_product(goods.group("p")) if goods is not None else None
    return None


#: A relative clause opening right before a bare flow noun: "..., where sales climbed", "whose
#: exports".
_RELATIVE_BEFORE_FLOW: Final = re.compile(r"(?i)\b(?:where|whose)\s+(?:the\s+)?$")
#: Goods after the amount told as known ("worth of the beans", "of these fruits"): goods the
#: sentence named before, by another word.
_DEFINITE_GOODS: Final = re.compile(r"\s+(?:worth\s+)?of\s+(?:the|these|those)\s+[a-z]")
#: The lower-case goods right after a country's demonym or possessive, up to the end of the phrase.
_GOODS_NAMED_FOR: Final = re.compile(
    r"(?:['’]s)?\s+(?P<p>[a-z][a-z -]{1,40}?)"
    r"\s*(?:[,;.(]|\b(?:to|from|in|at|with|ahead|after|behind|followed)\b)"
)
#: A market noun right before a country's goods: "the largest buyer of", "top destination for".
_BUYER_OF: Final = re.compile(
    r"(?i)\b(?:buyers?|importers?|customers?|purchasers?|clients?|markets?|destinations?)\s+(?:of|for)\s+$"
)
#: A lower-case noun right after a demonym: "Vietnamese coffee" (not "Vietnam, ...").
_LOWER_NOUN_AFTER: Final = re.compile(r"(?:['’]s)?\s+[a-z][\w-]+")


def _several_partners(
    flow: str, slots: list[CountrySlot], cue_start: int, money: Money, list_end: int
) -> bool:
    """True when the flow names two or more partners before the amount ("exports to China
    and Russia reached $40 billion") or after it ("exported tea worth $1.3 billion to Russia
    and Iraq"): one amount for several countries is not bilateral."""
    role = FLOW_PREPOSITIONS[flow]
    before = {s.iso3 for s in slots if cue_start <= s.start < money.start and s.role == role}
    after = {s.iso3 for s in slots if money.end <= s.start < list_end and s.role == role}
    return len(before) > 1 or len(after) > 1


def _joint_owners(text: str, slots: list[CountrySlot], cue_start: int, flow: str = "exports") -> bool:
    """ "Indonesia and Malaysia's combined exports", "Ugandan and Kenyan exports", "the exports
    of Uzbekistan and Turkmenistan (from Uganda and Kenya) to China": a flow owned by two
    countries together (not "Kenya's imports from China and India": two partners)."""
    before = [s for s in slots if s.end <= cue_start]
    if any(
        other.iso3 != owner.iso3
        and _OWNERS_JOIN.fullmatch(text, other.end, owner.start)
        and (
            owner.role == "poss"
            or (  # (a demonym after "and" is read as a subject of its own)
                other.role == "attr"
                and owner.role in ("attr", "subject")
                and _DEMONYM_BEFORE_CUE.fullmatch(text, owner.end, cue_start) is not None
            )
        )
        for other, owner in pairwise(before)
    ):
        return True
    after = [s for s in slots if s.start > cue_start]
    owning = ("of", "from") if flow == "exports" else ("of",)
    return any(
        first.role == second.role
        and first.role in owning
        and first.iso3 != second.iso3
        and _OWNERS_JOIN.fullmatch(text, first.end, second.start)
        for first, second in pairwise(after)
    )


#: Between the second of two joined demonyms and the flow word they own: "Ugandan and Kenyan
#: exports", "Ugandan and Kenyan coffee exports" (at most two words of goods).
_DEMONYM_BEFORE_CUE: Final = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+")


def _list_end(
    text: str, cues: list[tuple[int, int, str, str]], moneys: list[Money], index: int, own: int
) -> int:
    """Where the partners of an amount's flow may be listed: up to the next flow word or
    amount after it ("exported tea worth $1.3 billion to Russia and Iraq", but not "...,
    ahead of exports to Tanzania" or "$19 trillion, to the US $20 trillion"), or the
    conjunction of a clause of its own ("... to ₦842.7 billion as cargoes were redirected to
    India and Spain": where other goods went, not this flow's partners). The amount's own flow
    word (at `own`) told after it ends no list: its partners follow it ("earned $120 million
    from electricity exports to Kenya and Djibouti")."""
    end = moneys[index].end
    next_money = moneys[index + 1].start if index + 1 < len(moneys) else 1 << 30
    clause = _SUBORDINATE_CLAUSE.search(text, end)
    return min(
        next((c[0] for c in cues if c[0] >= end and c[0] != own), 1 << 30),
        next_money,
        clause.start() if clause else 1 << 30,
    )


#: A conjunction opening a clause of its own with its subject: "as cargoes were redirected",
#: "because buyers turned to", "while shipments went" (not "as well as", "as much as").
_SUBORDINATE_CLAUSE: Final = re.compile(
    r"(?i)\b(?:as|because|whereas|while|when)\s+"
    r"(?!(?:well|much|many|far|such|of|part|per|a|an|against|compared|opposed|to|in|with|for)\b)"
)


#: A clause of the share a partner took of "its" flow, up to the flow word: ", accounting for 39%
#: of its exports", ", taking nearly a third of its imports", or the finite verb after an
#: apposition ("China, Chile's main trading partner, accounted for 39% of its exports"): the
#: possessive is the owner of the ranking before, the partner the subject the clause goes on from
#: (`_described_partner`).
_SHARE_OF_ITS: Final = re.compile(
    r"(?i)(?:,\s+(?:accounting\s+for|taking|absorbing|receiving|buying|supplying|providing|representing|"
    r"making\s+up)|,\s+[^,;]{3,60},\s+(?P<verb>accounted\s+for|took|absorbed|received|bought|supplied|provided|"
    rf"represented|made\s+up))\s+(?:(?:{HEDGE_ALTERNATION})\s+)?(?:[\d.,]+\s*(?:%|percent|per\s*cent)|"
    r"(?:a|one|two)[\s-](?:third|quarter|fifth|half)s?)\s+of\s+(?:its|their)\s+(?:[a-z-]+\s+)?\Z"
)


#: A share of a whole right before the whole's amount: "Nearly half of Chile's ", "About 40% of
#: the ", "A third of Kenya's ".
_SHARE_OF_BEFORE_AMOUNT: Final = re.compile(
    rf"(?i)\b(?:(?:{HEDGE_ALTERNATION})\s+)?(?:half|(?:a|one|two)[\s-](?:third|quarter|fifth|tenth)s?|"
    r"three[\s-]quarters|[\d.,]+\s*(?:%|percent|per\s*cent))\s+of\s+"
    r"(?:the\s+|(?-i:[A-Z][\w.-]*\s+){0,2}(?-i:[A-Z])[\w.-]*['’]s?\s+)\Z"
)
#: The whole's flow noun right after its amount, with no partner of its own: " in exports",
#: " worth of exports", " exports in 2024" (not " exports to Uganda": a pair's whole).
_WHOLE_FLOW_AFTER: Final = re.compile(
    r"(?i)\s+(?:(?:in|of|worth\s+of)\s+)?(?:(?:total|overall|merchandise|goods|non-oil)\s+)?"
    r"(?:exports|imports|shipments|sales)\b(?!\s+(?:to|from|with)\b)"
)


def _whole_a_share_is_of(text: str, frame: Frame) -> Frame:
    """A country's whole a share is told of, by its amount: "Nearly half of Chile's US$94 billion in
    exports went to China": the amount is the whole with the world, not the partner's (its share
    is told by no amount), so the frame is a total with the world."""
    money = frame.money
    if (
        frame.world
        or frame.rejection is not None
        or frame.partner is None
        or _SHARE_OF_BEFORE_AMOUNT.search(text, max(0, money.start - 60), money.start) is None
        or _WHOLE_FLOW_AFTER.match(text, money.end) is None
    ):
        return frame
    return evolve(frame, world=True)


def _described_partner(
    slots: list[CountrySlot], clause_start: int, reporter: str | None
) -> tuple[str | None, str | None, bool]:
    """ "Peru overtook Brazil as Chile's third-largest market, with sales to the Andean
    country at ...": a partner described in a later clause is the
    subject of the sentence's first clause when a possessor there ranks it, and the
    possessor reports; otherwise the description stays the story's other country."""
    earlier = [s for s in slots if s.end <= clause_start]
    owner = next((s.iso3 for s in earlier if s.role == "poss"), None)
    subject = next((s.iso3 for s in earlier if s.role == "subject" and s.iso3 != owner), None)
    if owner is None or subject is None or reporter not in (None, owner):
        return reporter, None, True  # "X imported ..., while exports to its neighbour ...": X's side
    return owner, subject, False


def _definite_after(text: str, end: int, clause_end: int, prepositions: tuple[str, ...]) -> bool:
    """ "imports from the Kingdom", "exports to the Central Asian country": the partner is
    named by description, so it is the story's other country. An aside in parentheses before
    it, a conversion of the amount ("sold goods worth $2 billion (about 3.1 trillion won) to the
    Gulf state"), is no distance from the flow word."""
    for prep in prepositions:
        # "exports to its northern neighbour", "imports from that country"
        for determiner in ("the", "its", "their", "our", "that"):
            at = text.find(f" {prep} {determiner} ", end, clause_end)
            if (
                at >= 0
                and _unbracketed_length(text, end, at) < 50
                and DEFINITE_PARTNER.match(text[at + len(prep) + 1 : at + 80])
            ):
                return True
    return False


_BRACKETED: Final = re.compile(r"\([^()]*\)")


def _unbracketed_length(text: str, start: int, end: int) -> int:
    """How long text[start:end] is without its asides in parentheses."""
    if end - start < 50 or "(" not in text[start:end]:
        return end - start
    return len(_BRACKETED.sub("", text[start:end]))


def _definite_second(text: str, end: int, clause_end: int) -> bool:
    """ "trade between Hungary and the Kingdom": the second of "between" described."""
    at = text.find(" between ", end, clause_end)
    if at < 0 or at - end >= 50:
        return False
    joint = text.find(" and ", at, min(clause_end, at + 60))
    return joint >= 0 and DEFINITE_PARTNER.match(text[joint + 4 : joint + 80]) is not None


def _turnover_sides(
    before: list[CountrySlot], after: list[CountrySlot], money_start: int
) -> tuple[str | None, str | None]:
    """The two sides of a turnover: a pair, "between", "of X and Y", "with", else the first
    two countries the clause names without a partner role -- before the amount only, as countries after it
    without a preposition are a list of others ("..., followed by Peru ($2bn) and Chile")."""
    slots = before + after
    for role in ("between", "pair"):
        sided = [s.iso3 for s in slots if s.role == role]
        distinct = list(dict.fromkeys(sided))
        if len(distinct) >= 2:
            return distinct[0], distinct[1]
    of = [s for s in after if s.role == "of" and s.start < money_start]
    if len(of) == 2 and of[0].iso3 != of[1].iso3:
        return of[0].iso3, of[1].iso3  # "the trade turnover of Uzbekistan and Turkmenistan"
    with_partner = next((s for s in after if s.role == "with"), None)
    own = next((s for s in reversed(before) if s.role in ("poss", "attr", "subject", "pair")), None)
    if with_partner is not None:
        return (own.iso3 if own and own.iso3 != with_partner.iso3 else None), with_partner.iso3
    distinct = list(dict.fromkeys(s.iso3 for s in slots if s.role != "of" and s.start < money_start))
    if len(distinct) >= 2:
        return distinct[0], distinct[1]
    if distinct:
        if all(s.role == "with" for s in slots if s.iso3 == distinct[0]):
            # "With Argentina, Brazil's third-largest partner, the trade flow fell ...": the
            # country fronted with "with" is the other side, as in "trade with Argentina"
            return None, distinct[0]
        return distinct[0], None
    return None, None


def _earlier_clause_pair(
    text: str, slots: list[CountrySlot], clause_start: int, ranking: bool, *, ranked_total: bool = False
) -> tuple[str | None, str | None]:
    """A turnover clause without countries ("..., with bilateral trade reaching $31.5
    billion") takes the pair of the clauses before it. After a ranked partner (a trading-partner
    rank, or any "partner, with two-way trade of ...": `ranked_total`), the subject is the
    partner even with no owner named ("Oman was the fastest-growing partner, with two-way trade
    reaching ..."), whose other side the story tells; not the pair of the sentence before."""
    if ranking and (ranked_total or RANKING_CUE.search(text, 0, clause_start)):
        return _ranking_pair(slots, None)
    distinct = list(dict.fromkeys(s.iso3 for s in slots))
    if len(distinct) == 2:
        return distinct[0], distinct[1]
    return None, None


def _later_clause_pair(
    text: str, slots: list[CountrySlot], start: int, end: int, ranking: bool
) -> tuple[str | None, str | None]:
    """An opening total ("With bilateral trade of $31.5 billion, ...") takes the pair of the
    clause it opens, which names the pair after the figure: the ranked partner and its owner
    ("..., Chile was Peru's largest trading partner"), or its two countries."""
    if ranking and RANKING_CUE.search(text, start, end):
        return _ranking_pair(slots, None)
    distinct = list(dict.fromkeys(s.iso3 for s in slots))
    if len(distinct) == 2:
        return distinct[0], distinct[1]
    return None, None


#: Between a ranking's possessor and its rank: "Germany's most important", "the UAE's top".
_OWNER_TO_RANK: Final = re.compile(r"(?i)['’]s?\s+(?:[\w-]+\s+){0,2}$")


def _ranking_owner(text: str, slots: list[CountrySlot], end: int) -> str | None:
    """The country whose partners a ranking before `end` ranks ("China was Germany's largest
    trading partner last year, ahead of the United States (€252.3 billion)": Germany). The
    amount in parentheses after the next-ranked country is that country's trade with the owner
    of the ranking even when no figure before it told the owner (the amount had been taken
    for the first-ranked partner)."""
    rankings = list(RANKING_CUE.finditer(text, 0, end))
    if not rankings:
        return None
    ranking = rankings[-1]
    owner = next((s for s in reversed(slots) if s.end <= ranking.start() and s.role == "poss"), None)
    if owner is None or _OWNER_TO_RANK.fullmatch(text, owner.end, ranking.start()) is None:
        return None
    return owner.iso3


def _ranking_end(text: str, start: int, end: int) -> int:
    """Where the ranking after an opening total ends ("..., China was the EU's top partner"):
    a bloc named before it is ranked or ranking; one after it ("ahead of the EU") is not."""
    ranking = RANKING_CUE.search(text, start, end)
    return ranking.end() if ranking is not None else end


def _ranking_pair(slots: list[CountrySlot], reporter: str | None) -> tuple[str | None, str | None]:
    """ "China remained Kazakhstan's largest trading partner": the possessor reports, the
    subject is the partner."""
    owner = next((s.iso3 for s in slots if s.role == "poss"), None)
    subject = next((s.iso3 for s in slots if s.role in ("subject", "attr") and s.iso3 != owner), None)
    if subject is None:
        return reporter, None
    return owner, subject


# ---------------------------------------------------------------------------------------
# Comparisons, periods and changes
