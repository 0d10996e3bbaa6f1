"""The words that make a money figure a trade figure, or keep it from being one.

A news sentence states a bilateral trade figure with a small closed vocabulary: a flow noun
or verb ("turnover", "exports", "shipped", "imports from"), a direction preposition ("to",
"from", "with", "between"), and a value verb ("reached", "amounted to"). Most money in the
same stories is something else -- investment, loans, project costs, targets, world totals --
and is recognised by an equally small vocabulary. Both live here, compiled once at import,
so the grammar in `trade_frames.py` reads as rules over named cues rather than as literals.

Every list is written for English news in general (wire services, Gulf, Indian, African and
Latin American press), not for the sample corpus: each entry is a word a reporter uses for
that meaning anywhere.
"""

from __future__ import annotations

import re
from typing import Final

from orchestration.extraction.countries import iso3_for
from orchestration.extraction.numbers import literal_alternation
from orchestration.extraction.text import (
    CaseBlindSearch,
    after_title_abbreviation,
    holds_any,
    lowered_for_hints,
)

#: Flow cues: the word, and the flow it names. Verbs count as cues too ("X exported ... to Y").
FLOW_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(
        ["trade", "turnover", "commerce", "trading partner", "trade partner", "commercial partner",
         "trading partners", "trade partners",
         "trade exchange", "trade exchanges", "traded", "commercial exchange", "commercial exchanges",
         "exchanged", "exchange of goods", "exchanges of goods", "goods exchange",
         # the translated "robna razmjena", "tovarooborot": the goods traded both ways
         "commodity exchange", "commodity exchanges", "exchange of commodities",
         # the translated "intercambio comercial" of Latin American copy
         "commercial interchange", "interchange of goods"],
        "turnover",
    ),
    **dict.fromkeys(
        ["exports", "export", "exported", "exporting", "shipments", "shipment", "shipped",
         "deliveries", "delivered", "supplies", "supplied", "sales", "sold", "sent", "export earnings",
         "export revenue", "export revenues", "export receipts", "selling", "supplying", "sending",
         "shipping", "export turnover", "export value", "exportations", "exportation",
         # Singapore's "non-oil domestic exports", as the Straits Times writes them after the first mention
         "nodx",
         # the one-sided "export trade to Uganda" (not the pair's trade)
         "export trade"],
        "exports",
    ),
    **dict.fromkeys(
        ["imports", "import", "imported", "importing", "purchases", "purchased", "bought", "buying",
         # ("import payments": what the imports cost, as central banks count them on settlement)
         "purchasing", "import turnover", "import value", "import bill", "import payments", "sourced",
         "sourcing",
         "inbound shipments", "inbound shipment", "incoming shipments", "inbound deliveries", "importations",
         "importation", "took in", "takes in", "taking in", "brought in from", "bringing in from",
         "import trade"],
        "imports",
    ),
}  # fmt: skip

#: Flow words that are acronyms, written in capitals wherever they stand.
ACRONYM_FLOWS: Final = frozenset(["nodx"])

#: Flow cues that are verbs (participles too: "The US was second, buying $36.9 billion of
#: Brazilian goods"): their subject is the reporter, their object the goods.
FLOW_VERBS: Final = frozenset(["exported", "shipped", "delivered", "supplied", "sold", "sent", "imported",
                        "purchased", "bought", "traded", "exchanged", "selling", "supplying", "sending",
                        "shipping", "buying", "purchasing", "exporting", "importing", "sourced",
                        "sourcing", "took in", "takes in", "taking in", "brought in from",
                        "bringing in from"])  # fmt: skip

#: Weak cues: common words that name a flow only with a direction or an explicit trade
#: context ("supplies of wheat to Egypt", not "supplies" alone).
WEAK_FLOW_WORDS: Final = frozenset([
    "supplies", "supplied", "delivered", "deliveries", "sales", "sold", "sent", "purchases", "purchased",
    "bought", "traded", "exchanged", "export", "import", "shipment", "selling", "supplying", "sending",
    "shipping",
    "buying", "purchasing", "sourced", "sourcing",
    # "took in $X worth of Kenyan goods": a buyer's intake only beside goods of a named origin
    "took in", "takes in", "taking in",
    # "goods brought in from Armenia": a purchase only with its origin
    "brought in from", "bringing in from",
])  # fmt: skip
#: Verbs whose first object may be the buyer ("Brazil sold Chile goods worth ..."): a country
#: named right after them, before any preposition, is the destination.
GIVING_VERBS: Final = frozenset(["sold", "shipped", "supplied", "sent", "delivered", "selling", "supplying",
                          "sending", "shipping"])  # fmt: skip

#: Words after "trade"/"export"/"import" that make it a modifier of another noun: "trade
#: minister", "export ban", "import duties" are not flows.
COMPOUND_HEADS: Final = frozenset([
    "minister", "ministers", "ministry", "mission", "missions", "agreement", "agreements", "deal", "deals",
    "pact", "pacts", "protocol", "protocols", "treaty", "treaties", "accord", "accords",
    "fair", "fairs", "house", "houses", "union", "unions", "centre", "center", "zone",
    "zones", "route", "routes", "corridor", "corridors", "policy", "policies", "talks", "war", "wars",
    "dispute", "disputes", "barrier", "barriers", "surplus", "surpluses", "deficit", "deficits", "balance",
    "gap", "gaps", "imbalance", "imbalances", "shortfall", "shortfalls",
    "representative", "representatives", "office", "offices", "body", "bodies", "organization",
    "organisation", "association", "council", "commission", "committee", "relations", "ties",
    "cooperation", "partnership", "facilitation", "finance", "financing", "credit", "credits", "show",
    "shows", "expo", "delegation", "delegations", "tensions", "payments", "settlements", "restrictions",
    "ban", "bans", "duty", "duties", "tariff", "tariffs", "license", "licence", "licenses", "quota",
    "quotas", "controls", "control", "regime", "rules", "capacity", "potential", "opportunities", "routes",
    "hub", "hubs", "platform", "portal", "item", "items", "basket", "markets", "market", "destination",
    "destinations", "promotion", "prices", "price", "logistics", "infrastructure",
    "terminal", "terminals", "licensing", "substitution", "dependence", "growth", "structure",
    "diversification", "financing", "insurance", "bank", "agency", "council", "board", "chamber",
    "volume", "volumes", "partners", "partner", "turnover", "value", "exchange", "exchanges",
    "critic", "critics", "spokesperson", "spokesman", "spokeswoman", "negotiator", "negotiators",
    "envoy", "envoys", "lawyer", "lawyers", "expert", "experts", "analyst", "analysts", "official",
    "officials", "adviser", "advisers", "advisor", "advisors", "secretary", "commissioner", "chief",
])  # fmt: skip

#: Nouns of what a flow earned, the one list of them ("export earnings", "export receipts",
#: "export revenue", "sales proceeds"): a value of the goods shipped, and "from" after one names
#: the goods or the market that paid, not the origin ("export earnings from cocoa", "from Japan").
EARNING_NOUNS: Final = ("earnings", "receipts", "revenue", "revenues", "proceeds")

#: Compound heads that still leave the phrase a flow ("trade turnover", "trade volume",
#: "export value", "trade partner") -- checked before COMPOUND_HEADS.
FLOW_COMPOUND_HEADS: Final = frozenset(["turnover", "volume", "volumes", "value", "partner", "exchange",
                                        "exchanges", "earnings", "revenue", "revenues",
                                        "receipts"])  # fmt: skip

#: The words that make a flow the pair's own: "bilateral trade", "two-way trade".
PAIR_WORDS: Final = ("bilateral", "mutual", "two-way", "reciprocal")

#: Plural nouns of states that "the two" or "both" makes the story's pair: the common ones and
#: each form of state a story may call its two by ("the two kingdoms", "both emirates").
STATE_PLURALS: Final = (
    r"countries|nations|states|neighbou?rs|economies|republics|kingdoms|emirates|sultanates|monarchies|"
    r"principalities|federations"
)

#: "between the two" with no noun after it ("Trade between the two stood at $23.1 billion"):
#: the pair as a pronoun, known by what follows "two": a verb of the figure, a preposition or
#: adverb of its time, or punctuation. A noun there ("between the two blocs", "the two
#: companies") makes the two something else, so only these followers count.
BARE_TWO: Final = (
    r"between\s+the\s+two(?=\s*[,.;:)]|\s+(?:in|during|last|this|since|so|over|has|have|had|was|were|is|are|"
    r"stood|stands|reached|rose|grew|fell|hit|amounted|total(?:l?ed|s)|came|climbed|increased|decreased|"
    r"declined|jumped|surged|dropped|expanded|topped|exceeded|surpassed|slipped|dipped|shrank|doubled|"
    r"tripled|halved|more|nearly|almost)\b)"
)

#: Cues that by themselves say "between the two countries of this story".
PAIR_CUE: Final = re.compile(
    rf"(?i)\b(?:{'|'.join(PAIR_WORDS)}|{BARE_TWO}|"
    rf"between\s+(?:the\s+|our\s+)?(?:two|both)\s+(?:[\w-]+\s+){{0,2}}?(?:{STATE_PLURALS}|sides|"
    r"partners|allies|giants|powers)|between\s+them|between\s+the\s+(?:countries|sides|neighbou?rs)|"
    # "between our countries" in a quote: the speaker's country and the one it speaks to
    rf"between\s+our\s+(?:{STATE_PLURALS})|"
    rf"(?:the\s+)?(?:two|both)\s+(?:{STATE_PLURALS}|sides)['’]?\s+trade|our\s+(?:trade|turnover)|"
    # "the two sides discussed ways to boost trade, which stood at ...": the trade of the subject
    r"the\s+two\s+(?:countries|nations|sides|leaders|governments|ministers|presidents)\s+"
    r"(?:[a-z-]+\s+){1,5}?trade|"
    # "the two countries traded $6.4 billion worth of goods": the pair as the subject of the
    # trading verb itself, after an auxiliary or adverb at most
    rf"(?:the\s+two|both)\s+(?:{STATE_PLURALS}|sides)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:traded|exchanged))\b"
)
#: `PAIR_CUE` by its case-sensitive twin on a text lowered by `lowered_for_hints`.
_PAIR_CUE_SEARCH: Final = CaseBlindSearch(PAIR_CUE)


def names_pair(text: str) -> bool:
    """Whether `PAIR_CUE` finds a cue in `text`: by its case-sensitive twin on the text lowered
    (a case-blind alternation is tried whole at each word's start, the twin's passed over at its
    first letter), by the pattern itself where the lowered text cannot tell."""
    return _PAIR_CUE_SEARCH(text, lowered_for_hints(text)) is not None


#: A singular definite description standing for the other country ("imports from the Kingdom",
#: "its imports from the Central Asian country"): the partner is the story's other country.
DEFINITE_PARTNER: Final = re.compile(
    r"(?i)^\s*(?:the|its|their|our|that)\s+(?:[A-Za-z-]+(?:['’]s)?\s+){0,3}?(?:country|nation|kingdom|republic|state|emirate|"
    r"neighbou?r|island|archipelago|federation|partner|sultanate|principality|economy|giant|powerhouse|"
    r"superpower|ally|colonial\s+power)\b"  # ("to the former colonial power")
    # "shipments to the Aztec market": a capitalised epithet of one country before "market" (a
    # lower-case one is a kind of market: "the domestic market", "the world market")
    r"|^\s*the\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+market\b(?!\s+(?:of|in)\b)"
)

#: The regions an epithet partner may name ("the Gulf state", "the South American country"), each
#: with the countries it fits: the one country of a story's pair that fits is the partner, whichever
#: the sentence before named by its bare name; also the kinds of state a noun names. No continent
#: ("the Asian country"): it fits too many to tell a side by.
_REGION_MEMBERS: Final = {
    "gulf": "SAU ARE QAT KWT BHR OMN",
    "south american": "ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN",
    "latin american": "ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN MEX GTM HND SLV NIC CRI PAN CUB DOM",
    "central american": "GTM HND SLV NIC CRI PAN BLZ",
    "andean": "BOL COL ECU PER CHL VEN",
    "caribbean": "CUB DOM HTI JAM TTO BHS BRB GUY SUR",
    "central asian": "KAZ KGZ TJK TKM UZB",
    "south asian": "IND PAK BGD LKA NPL BTN MDV AFG",
    "southeast asian": "IDN MYS PHL SGP THA VNM LAO KHM MMR BRN TLS",
    "east asian": "CHN JPN KOR PRK MNG TWN",
    "himalayan": "NPL BTN",
    "north african": "EGY LBY TUN DZA MAR MRT SDN",
    "west african": "NGA GHA CIV SEN MLI BFA NER GIN BEN TGO SLE LBR GMB GNB CPV MRT",
    "east african": "KEN TZA UGA RWA BDI ETH SOM DJI ERI SSD",
    "southern african": "ZAF NAM BWA ZWE ZMB MOZ MWI LSO SWZ AGO",
    "middle eastern": "SAU ARE QAT KWT BHR OMN IRN IRQ ISR JOR LBN SYR YEM TUR EGY",
    "balkan": "ALB BIH BGR HRV GRC MNE MKD ROU SRB SVN",
    "baltic": "EST LVA LTU",
    "nordic": "DNK FIN ISL NOR SWE",
    "scandinavian": "DNK NOR SWE",
    "caucasus": "ARM AZE GEO",
    # the kind of state an epithet's noun names: "the kingdom", "the island nation", "the emirate"
    "kingdom": "SAU JOR MAR BHR GBR ESP NLD BEL SWE NOR DNK THA KHM LSO SWZ TON BTN",
    "island": "LKA JPN IDN PHL SGP MDG MUS CUB JAM TWN NZL IRL ISL MLT CYP FJI BHR MDV TTO BHS BRB CPV STP "
    "COM SYC PNG SLB VUT WSM TON KIR TLS DOM HTI",
    "archipelago": "IDN PHL JPN MDV BHS CPV FJI SYC",
    "emirate": "ARE QAT KWT",
    "sultanate": "OMN BRN",
}
_REGION_WORD: Final = re.compile(
    r"(?i)\b("
    + "|".join(sorted((k.replace(" ", r"\s+") for k in _REGION_MEMBERS), key=len, reverse=True))
    + r")\b"
)


def region_fits(epithet: str) -> frozenset[str] | None:
    """The countries the region and kind an epithet names fit ("the Gulf state": the six Gulf
    states; "the Gulf kingdom": those that are kingdoms), None when it names neither
    (`_REGION_MEMBERS`: "the neighbouring country")."""
    fits: frozenset[str] | None = None
    for m in _REGION_WORD.finditer(epithet):
        members = frozenset(_REGION_MEMBERS[" ".join(m.group(1).lower().split())].split())
        fits = members if fits is None else fits & members
    return fits


#: A partner's preposition before a determiner, where an epithet (`DEFINITE_PARTNER`) may name
#: the partner: "from its northern neighbour", "to the Gulf kingdom".
EPITHET_PREPOSITION: Final = re.compile(r"(?i)\b(?:with|to|from|into)\s+(?=(?:the|its|their|our|that)\s)")

#: Money that is not trade: the noun before it names something else. Lower-case forms;
#: a capitalised word inside an institution's name ("Ministry of Investment") is not matched.
NEGATIVE_WORDS: Final = frozenset([
    "investment", "investments", "invested", "invest", "investing", "investor", "investors", "fdi",
    "loan", "loans", "lending", "lent", "credit", "credits", "grant", "grants", "aid", "assistance",
    "budget", "budgets", "cost", "costs", "costing", "price", "prices", "priced", "capital",
    "capitalisation", "capitalization", "fund", "funds", "funding", "financing", "financed", "debt",
    "debts", "arrears", "owed", "owes", "owe", "dues", "liabilities", "unpaid", "overdue", "receivables",
    "indebtedness", "averaged", "averaging", "averages", "remittance", "remittances", "transfers", "gdp",
    "revenue", "revenues", "profit",
    "profits",
    "income", "salary", "salaries", "wage", "wages", "reserves", "deposit", "deposits", "bond", "bonds",
    "tax", "taxes", "fine", "fines", "compensation", "damages", "payment", "payments", "contract",
    "contracts", "deal", "deals", "agreement", "agreements", "project", "projects", "portfolio", "stake",
    "stakes", "valuation", "shares", "stock", "stocks", "index", "tourism", "tourists", "spending",
    "orders", "package", "subsidy", "subsidies", "prize", "award", "awards", "ticket", "tickets", "fee",
    "fees", "surplus", "deficit", "balance", "gap", "imbalance", "shortfall", "output", "production",
    "bailout",
    "tender", "tenders", "bid", "bids", "purchase", "acquisition", "acquisitions", "merger", "ipo",
    "pledged", "pledge",
    "pledges", "allocated", "allocation", "donated", "donation", "sanctions", "reparations", "insurance",
    "premium", "premiums", "services", "tourist", "contractors", "contractor", "procurement",
    "subscription", "expenditure", "expenditures", "outlay", "outlays", "freight", "tariff", "tariffs",
    "duty", "duties", "levy", "levies", "commission", "commissions",
    # rights sold, no goods: "Tonga sold fishing permits worth T$8 million to Chinese vessels"
    "licence", "licences", "license", "licenses", "permit", "permits",
    # goods passing through a country on their way between two others: no trade of its own
    "transit", "transshipment", "transshipments", "trans-shipment",
])  # fmt: skip

#: Nouns of money itself. As the head of what moved ("Money sent from A to B", "cash wired
#: home", "money from migrants") the amount is a remittance, not goods; as a modifier ("cash
#: crops", "in money terms") they name goods or the measure of the figure.
MONEY_NOUNS: Final = frozenset(["money", "cash"])
#: What follows a money noun that heads what moved: a participle ("sent", "transferred") or the
#: preposition of its origin or destination.
MONEY_MOVED_AFTER: Final = re.compile(r"(?i)(?:[a-z]+ed|sent|from|to|home|abroad)$")

#: Words that make the statement a target, a plan or a forecast rather than a fact.
TARGET_WORDS: Final = frozenset([
    "aim", "aims", "aimed", "aiming", "target", "targets", "targeted", "targeting", "goal", "goals",
    "task", "plan", "plans", "planned", "planning", "intend", "intends", "intention", "intended", "seek",
    "seeks", "seeking", "hope", "hopes", "hoped", "hoping", "expect", "expects", "expected", "expecting",
    "forecast", "forecasts", "forecasted", "projected", "projection", "projections", "potential",
    "could", "would", "will", "should", "may", "might", "can", "ambition", "ambitions", "objective",
    "objectives", "envisage", "envisages", "envisaged", "aspire", "aspires", "want", "wants",
    "believe", "believes", "estimate", "estimates", "predict", "predicts", "predicted", "anticipate",
    "anticipated", "anticipates", "towards", "toward", "possible", "able", "capable", "agreed",
    "pledged", "vowed", "committed", "promised", "proposed", "desire", "wish", "ready", "shall",
    "likely", "set", "sets", "raising", "bringing", "boosting", "doubling", "lifting", "pushing",
    "taking", "tripling", "probably",
])  # fmt: skip
#: Gerunds of TARGET_WORDS that make a target only with "to" before the amount ("taking trade
#: to $10 billion"), not when they govern it ("taking products worth $98 billion").
TARGET_GERUNDS: Final = frozenset(["raising", "bringing", "boosting", "doubling", "lifting", "pushing",
                                   "taking", "tripling"])  # fmt: skip
#: "to raise", "to bring", "to reach": an infinitive of change before the amount is a target.
TARGET_INFINITIVE: Final = re.compile(
    r"(?i)\bto\s+(?:raise|bring|boost|double|triple|lift|take|push|increase|expand|achieve|attain)\b"
)
#: "on track to", "on course to (for)", "on pace to": a projection of where a flow is heading ("is
#: on track to exceed $50 billion this year", "putting them on course for $120 billion"), not a
#: figure reached.
ON_COURSE: Final = re.compile(r"(?i)\bon\s+(?:track|course|pace)\s+(?:to|for)\b")
#: A flow verb in the present progressive ("is also buying", "are selling"): a purchase or sale
#: under way, a deal told by what it is worth ("Kazakhstan is also buying Turkish armoured
#: vehicles worth $160 million"), not the record of a period's trade, which is told in the past
#: or the perfect ("bought", "has imported").
PROGRESSIVE_FLOW: Final = re.compile(
    r"(?i)\b(?:is|are)\s+(?:(?:also|now|still|currently|already|reportedly)\s+)?"
    r"(?:buying|purchasing|importing|sourcing|exporting|selling|shipping|supplying|sending)\b"
)
#: Matched right after the amount (no anchor: `match` at the amount's end): a deadline
#: ("$10 billion by 2030": `year` is checked against the publication year), or an open
#: horizon ("in the coming years", "in the medium term", "within five years").
TARGET_AFTER: Final = re.compile(
    r"(?i)\s*(?:[\w-]+\s+){0,3}?(?:by\s+(?:the\s+end\s+of\s+)?(?P<year>(?:19|20)\d\d)|in\s+the\s+(?:coming|next|near)\s|"
    r"over\s+the\s+(?:next|coming)\s|in\s+the\s+(?:medium|long|short)\s+term|by\s+the\s+end\s+of\s+the\s+year|"
    r"annually\s+by|within\s+(?:the\s+next\s+)?\w+\s+years)"
)

#: Goods named between "total" and its flow noun ("Total crude oil exports", "total tea export
#: earnings"): up to three lower-case words, none a function word or a word of the pair; the
#: figure is still the world's, only of one product.
_GOODS_OF_TOTAL: Final = (
    r"(?:(?-i:(?!(?:of|the|a|an|and|or|in|to|from|with|for|on|at|by|as|its|their|this|that|between|"
    + "|".join(PAIR_WORDS)
    + r")\b)[a-z][a-z-]*)\s+){1,3}?"
)

#: A total with the whole world or a region, not a pair of countries ("as a whole", but not
#: "In 2023 as a whole" or "the year as a whole": a whole period). The look-behinds come after
#: the word boundary, which fails at most positions at once (the pattern is tried at every one).
#: That boundary opens every alternative ("^overall" too: "o" is a word's character), so it is
#: written once before them all: tested once at each offset, not once for each alternative
#: (half the time over the clauses of the generated run).
WORLD_CUE: Final = re.compile(
    r"(?i)\b(?:(?:foreign|external|overall|total|global|worldwide|international|aggregate)\s+"
    r"(?:(?:non-oil|merchandise|goods|commodity|trade)\s+)?(?:trade|turnover|exports?|imports?|sales|shipments)"
    # "the year-to-date figure for all exports": every partner's, the world's
    r"|all\s+(?:(?:non-oil|merchandise|goods|commodity)\s+)?(?:exports|imports|shipments)\b"
    rf"|(?:overall|total|aggregate)\s+{_GOODS_OF_TOTAL}(?:exports?|imports?|sales|shipments)\b"
    r"|(?:trade|turnover|exports?|imports?|sales|shipments)\s+overall\b|^overall\b|overall,|with\s+the\s+(?:world|rest\s+of\s+the\s+world)(?!['’])|\d[\d,]*\s+(?:countries|markets|"
    r"destinations|nations)|(?:all|other|foreign|member|partner|neighbou?ring)\s+(?:countries|markets|states|"
    r"nations)|member\s+states"
    # every partner but one: "exports to countries other than the United States", "markets outside
    # China", "destinations excluding the EU"
    r"|(?:countries|markets|destinations|nations|partners)\s+(?:other\s+than|outside|excluding|except|besides"
    r"|beyond|apart\s+from)\b"
    r"|(?<!\d\d\d\d\s)(?<!year\s)(?<!period\s)(?<!half\s)(?<!quarter\s)(?<!months\s)"
    r"as\s+a\s+whole\b"
    r"|among\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:members|countries|nations|states|economies|"
    r"partners)\b"
    # a region or a set of neighbours as a whole ("trade with the whole of the Andean region", "with
    # all Nordic neighbours"), whether or not the region has a name of `blocs.tsv`
    r"|(?:whole|entire|rest)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?region\b|the\s+(?:whole|entire)\s+region\b"
    r"|all\s+(?:(?:its|their|the|our)\s+)?(?:[\w-]+\s+){0,2}?(?:neighbou?rs|partners)\b)"
)

#: Words before a period that make it a deadline or a start ("by 2030", "since 2019"), not
#: the span a figure covers.
NON_ANCHOR_PREPOSITIONS: Final = frozenset(["since", "by", "until", "till", "before", "after"])

#: Where a figure is compared with an earlier one: the amount after these is the comparison.
#: One word boundary opens every cue but "%" (the pattern is tried at every offset, and a
#: boundary written before each cue was tested once for each).
COMPARISON_BEFORE: Final = re.compile(
    r"(?i)(?:\b(?:"
    # APP's "were recorded at $1.95 billion against the exports of $1.78 billion during ...": the
    # flow named again, with its article, before the level compared with ("against imports of
    # $100 million" sets the other flow against the figure)
    r"(?:against|versus|compared\s+(?:to|with))\s+the\s+(?:exports?|imports?|shipments|turnover|trade)"
    r"(?:\s+of)?|"
    r"from|than|against|versus|vs\.?|compared\s+(?:to|with)|comparing\s+with|"
    r"compares\s+(?:to|with)|"
    # a multiple of the level compared with: "nearly double the $1.2 billion recorded in 2023",
    # "half the 2023 figure of $1.2 billion"
    r"(?:double|twice|triple|treble|quadruple|times|half)\s+the|"
    r"as\s+against|up\s+from|down\s+from|relative\s+to|"
    # "surpassing the SR7.1 billion of", "exceeding last year's $2 billion": a level named as
    # another's; "grew 18%, exceeding $4.3 billion" is the subject's own level, as "reaching" is
    r"(?:surpassing|exceeding|topping|beating|outstripping|eclipsing)(?=\s+(?:an?|the|its|their|record|"
    r"revised|previous|preceding|last|same|peak|high|all-time|[\w-]+['’]s|(?:19|20)\d\d)\b)|"
    # "a 9.8 per cent increase over the N1.58 trillion", "up 5% on £1.2bn"
    r"(?:increases?|rises?|growth|gains?|jumps?|declines?|drops?|decreases?|falls?|up|down)\s+(?:over|on)|"
    r"(?:per\s*cent|percent|pct)\s+(?:over|on))|%\s+(?:over|on))"
    # ("compared with 2024's $9 billion", "the previous fiscal year's $1.57 billion", "over the
    # 2024 figure of GH¢ 5.96 billion": the year and the noun of the level compared with)
    # ("against a year-earlier figure of $1.5 billion", "the corresponding figure of": the level
    # named by its time or as the comparable one)
    r"(?:\s+(?:a|an|the|record|revised|previous|preceding|last|same|fiscal|peak|high|low|all-time|of|[\w-]+['’]s|"
    r"year-(?:earlier|ago)|(?:prior|previous)-year|corresponding|comparable|"
    r"(?:19|20)\d\d|(?:figure|level|total|value|volume)s?))*\s*$"
)
#: What every match of `COMPARISON_BEFORE` holds, in the lowered text (`lowered_for_hints`):
#: one of its cue words, or "over"/"on" after white space. Tested first, as nearly every
#: amount has none before it, and the pattern, tried at every offset, costs about 20 times more.
COMPARISON_STEMS: Final = re.compile(
    r"from|than|against|versus|vs|compar|relative|surpassing|exceeding|topping|beating|outstripping|eclipsing"
    r"|double|twice|triple|treble|quadruple|times|half|\s(?:over|on)"
)
#: Words that say a parenthesised amount belongs to a comparison period ("compared to 2022
#: ($173.6 million)", "the same months of 2021 (4.2 trillion naira)").
COMPARISON_CUE: Final = re.compile(
    # (not "from which": "the countries from which X imported the most were China ($17 billion)"
    # opens a relative clause, no comparison)
    r"(?i)\b(?:compared|than|from(?!\s+which\b)|against|versus|vs\.?|same\s+period|same\s+month|year\s+earlier|"
    r"a\s+year\s+ago|previous\s+year|last\s+year|year-on-year|on\s+(?:19|20)\d\d)\b"
)

#: The words that open a source's name, the one list of them ("according to customs", "as per
#: the ministry", "citing", "quoting", "data from", "figures released by").
SOURCE_OPENERS: Final = (
    r"according\s+to|as\s+per|citing|cited\s+by|quoting|quoted\s+by|"
    r"(?:data|figures|statistics)\s+(?:from|released\s+by|published\s+by|provided\s+by|compiled\s+by|by)|"
    r"released\s+by|published\s+by|reported\s+by"
)
#: The comma and the opener of a source set off by commas inside a clause (a bare "per" or "by"
#: opens one only after a comma); the asides below add the name and the closing comma.
SOURCE_ASIDE_OPEN: Final = rf",\s+(?:per|by|{SOURCE_OPENERS})\s"
#: A source set off by commas inside a clause: ", per Census,", ", according to customs,", ", by
#: the ministry's count,".
SOURCE_ASIDE: Final = SOURCE_ASIDE_OPEN + r"[^,]{1,40},"
#: Where a source is named: the countries inside it are not the trade partners. It ends at
#: its verb, also one that puts a figure at a level ("Data from the bureau put exports to
#: Chile at ...", "figures compiled by the ministry valued imports from Peru at ...").
ATTRIBUTION: Final = re.compile(
    rf"(?i)\b(?:{SOURCE_OPENERS}|said\s+in\s+a\s+statement)\b[^,;:()]*?"
    r"(?=\s+(?:show|shows|showed|said|says|indicated|indicates|revealed|reveals|that|"
    r"put|puts|placed|places|valued|values|pegged|pegs)\b|[,;:()]|$)"
)
#: "Kazakh statistics show", "Chinese customs data": a national source, not a party.
SOURCE_AFTER: Final = re.compile(
    r"^(?:'s|’s)?\s+(?:official\s+|national\s+|state\s+)?(?:statistics|statistical|customs|data|figures|"
    r"statisticians|authorities|officials|side|media|press|government|ministry)\b"
)

#: Where a clause ends inside a sentence: a new subject may start after these.
#: The gerunds of a result that end a clause (", lifting the tally to ..."): TARGET_GERUNDS but
#: the multiplying ones.
_RESULT_GERUNDS: Final = "|".join(sorted(TARGET_GERUNDS - {"doubling", "tripling"}))
CLAUSE_BOUNDARY: Final = re.compile(
    # (not a spaced hyphen joining a pair before its flow: "Vietnam - Thailand trade reached ...")
    # (nor ", and to Montenegro 780 million euros": a gapped item of the clause's own flow)
    r";|:\s|\s[–—-]\s(?![A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s(?:trade|turnover|commerce)\b)|,\s+(?:while|whereas|"
    r"and(?!\s+(?:to|from)\s+(?:the\s+)?[A-Z])|but|although|though|with|which|making|where|"
    # ", even as overall exports fell 1.4%": a concession of its own, as after "although"
    r"even\s+(?:as|though|while|when)|"
    rf"{_RESULT_GERUNDS}|"
    r"accounting|as|compared|thus|so|yet|however|meanwhile|(?:including|of\s+which)(?=\s+(?:[^\s,]+\s+){0,2}?(?:[A-Z]{1,3})?[$€£¥]?\d))\b|\s(?:while|whereas|although)\s"
    # a noun in apposition to what the clause said, with its own relative clause: "..., while
    # exporting just $8.6 billion, a gap that Washington cites ... into the US market"
    r"|,\s+an?\s+(?:[\w-]+\s+){1,3}?(?:that|which)\s"
)

#: Plural nouns for the goods a flow moves, which stand for that flow when definite ("the
#: consignments") but name no flow of their own.
CARGO_NOUNS: Final = ("consignments", "cargoes", "cargos")

#: Adjectives of a figure that replaces one told before: "The correct figure is $3.9 billion".
CORRECTED_ADJECTIVES: Final = ("correct", "corrected", "revised", "actual", "final", "updated")
#: Words a clause may hold when it has no subject of its own ("and in January-May it reached
#: $729 million"): such a clause continues the statement before it.
CONTINUATION_WORDS: Final = frozenset([
    *CORRECTED_ADJECTIVES,
    "and", "while", "but", "whereas", "also", "then", "it", "its", "they", "this", "that", "these", "the",
    "figure", "indicator", "amount", "volume", "value", "number", "total", "sum", "a", "an", "of", "in",
    "to", "at", "by", "for", "from", "during", "over", "on", "with", "reached", "reach", "reaches",
    "reaching", "amounted", "amounts", "amounting", "totaled", "totalled", "totals", "totaling",
    "totalling", "stood", "stands", "standing", "was", "were", "is", "are", "been", "has", "have", "had",
    "hit", "hits", "exceeded", "exceeds", "exceeding", "topped", "tops", "surpassed", "grew", "grown",
    "growing", "rose", "risen", "rising", "increased", "increasing", "increase", "decreased", "decreasing",
    "declined", "declining", "fell", "fallen", "falling", "dropped", "dropping", "jumped", "jumping",
    "surged", "surging", "climbed", "climbing", "doubled", "tripled", "shrank", "shrunk", "expanded",
    "contracted", "slipped", "slipping", "slid", "sliding", "plunged", "plunging", "soared", "soaring",
    "eased", "easing", "edged", "gained", "up", "down", "came", "recorded", "registered", "posted",
    "valued", "alone", "only",
    "again", "already", "still", "respectively", "almost", "nearly", "about", "around", "some", "more",
    "than", "over", "less", "under", "approximately", "roughly", "just", "record", "high", "new", "times",
    "fold", "percent", "per", "cent", "year-on-year", "year", "month", "months", "quarter", "half",
    "period", "same", "first", "second", "third", "fourth", "last", "previous", "preceding", "current",
    # the other words of "the same period" ("In the corresponding period of 2024, they stood at ...")
    "corresponding", "comparable", "equivalent",
    "this", "so", "far", "totalling", "compared", "having", "being", "reportedly", "nevertheless", "however",
    "meanwhile", "which", "further", "worth", "estimated", "pegged", "exchange", "when",
    # A time measured back from the figure before ("A year earlier, it had stood at ..."): the
    # pronoun still stands for that figure's flow and sides, only the period moves back.
    "earlier", "ago", "before", "years", "months",
])  # fmt: skip
#: Anaphors that point back to the last trade figure ("it reached", "the figure rose", "they
#: totalled" after a figure for exports or imports).
ANAPHOR: Final = re.compile(
    rf"(?i)\b(?:it|they|the\s+figure|this\s+figure|the\s+(?:{'|'.join(CORRECTED_ADJECTIVES)})\s+figure|"
    # the figure told by its span: "put the full-year 2024 figure at", "the annual figure"; or as
    # the one to compare with: "The corresponding figure for 2023 was ..."
    r"the\s+(?:full[-\s]year|annual|yearly|whole[-\s]year|latest|official|corresponding|comparable|"
    r"equivalent|year[-\s]earlier|prior[-\s]year|previous[-\s]year)(?:\s+(?:19|20)\d\d)?\s+figure|"
    r"(?:the|this)\s+indicator|the\s+amount|this\s+amount|(?:the|this)\s+volume|"
    # a running total of the figure before ("..., while the year-to-date figure stood at ...",
    # "..., bringing the total since the start of the year to ..."); a bare "the total" is the
    # world's
    r"(?P<running>the\s+(?:year[-\s]to[-\s]date|ytd)\s+(?:figure|total|tally|value)|"
    r"the\s+(?:figure|total|tally)\s+(?:since\s+the\s+(?:start|beginning)\s+of\s+the\s+year|so\s+far\s+this\s+year"
    r"|for\s+the\s+year\s+(?:so\s+far|to\s+date)))|"
    # "... tea exports to Pakistan climbed to 151 million kilogrammes. The consignments were worth
    # ...": the goods the flow before moved (plural: one cargo is a single shipment)
    rf"the\s+(?:{'|'.join(CARGO_NOUNS)})|"
    r"(?P<exchange>the\s+(?:commercial\s+|trade\s+)?exchange))\b"
)

#: Modifiers between a country and a flow noun that do not restrict the goods.
GENERIC_MODIFIERS: Final = frozenset([
    "total", "overall", "all", *PAIR_WORDS, "official", "foreign",
    "external", "fob", "cif",  # how the value is counted: "FOB exports" are all goods
    "merchandise", "goods", "commodity", "commodities", "trade", "export", "import", "annual", "monthly",
    "economic", "commercial",  # "the trade and economic turnover", "commercial exchange": all goods
    "quarterly", "combined", "direct", "record", "its", "their", "our", "the", "this", "that", "these",
    "those", "such", "same", "whose", "his", "her", "a", "an", "registered", "recorded", "nominal",
    "product", "products", "cumulative", "accumulated", "general", "aggregate", "country's", "nation's",
    "countries'",
    "also", "and", "further", "additional", "visible", "formal", "declared", "reported", "customs",
    "cross-border", "border", "informal", "boost", "raise", "increase", "expand", "double", "promote",
    "develop", "discuss", "facilitate", "strengthen", "deepen", "diversify", "enhance", "improve", "support",
    "bring", "lift", "push", "grow", "reach", "tonnes", "tons", "barrels", "million", "billion", "trillion",
    "thousand",
    # the multiples a target names, as "double" ("aim to triple non-oil trade to $10 billion")
    "triple", "treble", "quadruple", "tripled", "trebled", "quadrupled", "tripling", "trebling",
    "quadrupling",
    # the same verbs told in the past or as gerunds: "they discussed bilateral trade, which ..."
    "boosted", "raised", "increased", "expanded", "doubled", "promoted", "developed", "discussed",
    "facilitated", "strengthened", "deepened", "diversified", "enhanced", "improved", "supported",
    "boosting", "raising", "increasing", "expanding", "doubling", "promoting", "developing", "discussing",
    "facilitating", "strengthening", "deepening", "diversifying", "enhancing", "improving", "supporting",
    "reviewed", "reviewing", "explored", "exploring",
    "largest", "biggest", "main", "top", "leading", "key", "major", "principal", "chief", "second-largest",
    "third-largest", "important", "strategic", "reliable", "national", "domestic",
    # ranks and degrees: "Poland's most important trading partner", "its second trading partner"
    "most", "more", "second", "third", "fourth", "fifth", "single", "significant", "valuable", "primary",
    "foremost", "closest", "traditional", "dominant", "long-standing", "longtime",
    # words of direction or ownership, not goods: "outbound shipments", "its own exports"
    "outbound", "inbound", "outgoing", "incoming", "overseas", "own",
    # the rest of a destination a dotted name leaves: "U.S.-bound exports" (its "-bound" after "U.S.")
    "bound",
    # statisticians' words: "seasonally adjusted exports"
    "adjusted", "unadjusted", "seasonally-adjusted", "provisional", "preliminary", "revised",
    # how the figure is measured, carried or judged: "seaborne", "record-high", "robust exports"
    "seaborne", "maritime", "overland", "gross", "dollar-denominated", "record-high", "record-low",
    "customs-cleared", "headline", "first-ever", "real", "booming", "recent", "latest", "robust", "strong",
    "weak", "sluggish", "buoyant", "growing", "rising", "falling", "declining", "surging", "solid", "modest",
    "lacklustre", "lackluster", "healthy", "impressive", "higher", "lower", "steady", "stronger", "weaker",
    # how the trade was recorded or carried on, not what was traded: "unrecorded trade", "illicit exports"
    "unrecorded", "unofficial", "undeclared", "unreported", "illicit", "illegal", "clandestine", "parallel",
])  # fmt: skip
#: Sentence adverbs and connectives that may stand between a flow's words and its verb ("trade
#: in goods therefore came to", "Exports thus reached"): they link clauses and name no goods.
SENTENCE_ADVERBS: Final = frozenset([
    "therefore", "thus", "hence", "consequently", "accordingly", "so", "nonetheless", "nevertheless",
    "moreover", "furthermore", "likewise", "similarly", "instead", "indeed", "altogether",
    "subsequently", "eventually", "ultimately", "finally", "reportedly", "currently", "now", "today",
    "yet", "too", "together", "collectively",
])  # fmt: skip
#: Units goods are counted or measured in ("596,000 tonnes of beef", "20,000 head of cattle",
#: "151 million kilogrammes", "2 million cubic metres of gas"): a quantity, not a value.
QUANTITY_UNITS: Final = (
    r"(?:tons?|tonnes?|barrels?|bales|bags|units|head|kg|kilogram(?:me)?s?|litres?|liters?"
    r"|cubic\s+met(?:er|re)s)"
)
#: Words after "exports of"/"imports of" that mean "all goods".
GENERIC_GOODS: Final = frozenset(["goods", "products", "commodities", "merchandise", "produce", "items",
                                  "wares", "manufactures", "manufactured",
                                  # a class of goods named elsewhere ("exports in that category"): none itself
                                  "category", "categories"])  # fmt: skip

#: A letter of any script: a class of ASCII letters alone cuts a name at its first accented
#: letter ("Türkiye", "Côte d'Ivoire", "São Tomé", "Curaçao"), and what follows it is read as a
#: word of its own ("Italy-Türkiye trade": goods "rkiye").
LETTER: Final = r"[^\W\d_]"
#: The words that rank goods first among a flow's: "the top export item", "the main import".
RANK_ADJECTIVES: Final = r"(?:top|main|largest|leading|biggest|key|principal|major|chief)"
#: Goods said to rank first, up to what they rank first as ("Dairy products were again the
#: biggest single " export item, "Tea remained the top " commodity exported to Egypt): the
#: head of TOP_ITEM and of trade_frames' ranked item of a verb.
RANKED_SUBJECT: Final = (
    rf"(?:{LETTER}+,\s+)?(?P<product>{LETTER}(?:{LETTER}|[ -]){{1,40}}?)\s+"
    r"(?:remained|remains|was|were|is|are|became|ranked\s+as|stayed|made\s+up|makes\s+up|make\s+up|formed)\s+"
    r"(?:again\s+|still\s+|also\s+|once\s+again\s+)?"
    rf"(?:the\s+|their\s+|its\s+)?(?:single\s+)?{RANK_ADJECTIVES}\s+(?:single\s+)?"
)
#: The noun a ranked item is ranked as, singular or plural ("the top export item", "the main
#: commodities Ghana shipped", "the leading import categories"): one spelling for TOP_ITEM,
#: TOP_ITEM_FIRST and trade_frames' ranked item of a verb, so none of them misses a plural.
RANKED_ITEM_NOUNS: Final = r"(?:item|product|commodit(?:y|ie)|good|categor(?:y|ie))s?"
#: "Sesame seeds remained the top export item", "Crude oil is the main import", "Dairy
#: products were again the biggest single export item", "Machinery made up the largest product
#: group, with exports worth".
TOP_ITEM: Final = re.compile(
    rf"(?i)^{RANKED_SUBJECT}"
    # "Telecom equipment was the biggest item on the import list (in the export basket)"
    rf"(?:{RANKED_ITEM_NOUNS}\s+(?:on|in)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?=(?:export|import)s?\s+(?:list|basket|bill|ledger)\b))?"
    # "Machinery and equipment made up the largest product group, with exports worth"
    rf"(?:{RANKED_ITEM_NOUNS}(?:\s+groups?)?,?\s+with\s+(?=(?:export|import)s\b))?"
    rf"(?P<flow>export|import)(?:ed|s)?(?:\s+{RANKED_ITEM_NOUNS})?\b"
)
#: "The main export items were wheat flour (243.1 mln USD), ...", "The top import item was
#: crude oil, worth $2 billion": the ranking first, the goods and their amount after it.
#: The rank before a ranked item ("single largest ", "top "), after its article: the head
#: TOP_ITEM_FIRST and trade_frames' _RANK_FIRST_OF_VERB share.
RANK_FIRST: Final = rf"(?:single\s+)?{RANK_ADJECTIVES}\s+"
TOP_ITEM_FIRST: Final = re.compile(
    rf"(?i)\s*(?:the\s+)?{RANK_FIRST}"
    rf"(?P<flow>export|import)(?:ed)?\s+{RANKED_ITEM_NOUNS}\s+"
    rf"(?:was|were|is|are|remained|included|include)\s+(?P<product>{LETTER}(?:{LETTER}|[ -]){{1,40}}?)\s*"
    r"(?:\(\s*|,?\s+(?:worth|valued\s+at|at|with)\s+)(?:about\s+|around\s+|nearly\s+|over\s+)?"
)
#: "followed by cashew nuts at $84.2 million": the next item of a ranked list.
FOLLOWED_BY: Final = re.compile(
    rf"(?i)\bfollowed\s+by\s+(?P<item>{LETTER}(?:{LETTER}|[.' -]){{1,40}}?)\s*"
    r"(?:,\s*)?(?:at|with|worth|of|totaling|"
    r"totalling|\()\s*$"
)
#: Between the amount of a ranked item and the next one: ", and France with", " and cashews at".
LIST_ITEM_AFTER: Final = re.compile(
    r"(?i)\s*\)?\s*(?:,\s*(?:and\s+|then\s+)?|\s(?:and|then)\s+)(?P<item>"
    rf"{LETTER}(?:{LETTER}|[.' -]){{1,40}}?)\s*(?:,\s*)?(?:\b(?:at|with|worth|on)\b|\()\s*"
)
#: "Chile ranked third with $2.9 billion", "Peru fifth with $1.7 billion", and with the field
#: ranked in between: "Japan came third among individual countries at $20.3 billion"; the
#: place after the one told before, by the intransitive verb or "next": "Peru followed at
#: $1.1 billion", "Chile came next with ...", or by the place first and the country after it:
#: "Next came Chile with ...", "In second place was Peru at ...".
RANK_BEFORE: Final = re.compile(
    r"(?i)(?:(?:ranked\s+|came\s+|was\s+|is\s+|placed\s+|in\s+)?(?:second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))(?:\s+place)?(?:\s+among\s+[a-z][a-z\s-]{0,40}?)?"
    r"|\bfollowed(?:\s+closely)?|\b(?:ranked|came|was|is|placed|stood)\s+next"
    r"|\b(?:next|then|place)\s+(?:came|come|was|were|stood)\s+(?:the\s+)?[a-z][\w'’. -]{1,40}?)"
    # (or the amount in brackets after the rank: "Colombia came third ($4.4 billion), Peru fourth
    # ($3.2 billion)", as EFE and Xinhua write a ranking)
    r"\s*(?:(?:,\s*)?(?:with|at)|\()\s*$"
)
#: The ranks a partner is given: those of goods (RANK_ADJECTIVES: "largest", "main"), "first"
#: ("Italy was Algeria's first customer"), "number one", "second-biggest", "fifth".
_RANKS: Final = (
    rf"(?:{RANK_ADJECTIVES}|first|foremost|premier|number\s+one|"
    r"no\.\s*1|most\s+important|(?:single\s+)?largest|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth)(?:[-\s](?:largest|biggest|most\s+important))?)"
)
#: A ranking of partners in something other than trade: "The biggest investor in Serbia was
#: China with €1.4 billion, followed by Hungary with €512 million", "the largest source of
#: foreign direct investment", "the top donor". Investment, loans and aid are no trade, so
#: the amounts of such a ranking are not figures of a trade ranking told before it. Up to two
#: modifiers may qualify the rank ("the third-largest non-EU investor", "the largest private
#: foreign lender").
NON_TRADE_RANKING: Final = re.compile(
    rf"(?i)\b{_RANKS}\s+(?:(?:foreign|single|bilateral|official|development|private|institutional|"
    r"non-[a-z]+)\s+){0,2}(?:investors?|lenders?|"
    r"creditors?|donors?|financiers?|sources?\s+of\s+(?:foreign\s+)?(?:(?:direct\s+)?investment|FDI|"
    r"capital|loans|aid|tourists|remittances))\b"
)
#: A sentence introduced as being about investment, loans or aid ("In foreign direct
#: investment, France came first with ..., followed by ...", "As for investment, ...", "In terms
#: of FDI inflows, ..."): whatever it ranks after that opening is ranked in that, not in trade,
#: even when a trade ranking was told in the sentence before.
NON_TRADE_TOPIC: Final = re.compile(
    r"(?i)^\W*(?:in|as\s+for|as\s+regards|regarding|turning\s+to|when\s+it\s+comes\s+to|in\s+terms\s+of)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:investments?|FDI|loans?|lending|aid|financing|remittances)\b[^,;.]{0,40},"
)
#: "X remained Y's largest trading partner", "X is the country's top trade partner".
RANKING_CUE: Final = re.compile(rf"(?i)\b{_RANKS}\s+(?:trading|trade|commercial|economic)\s+partner\b")
#: "the US remained the largest export market", "China was the largest source of imports"
#: (or "import market", as Vietnamese copy writes it): a ranked partner of the story's home
#: country, for one flow. The flow may follow the noun after "for" ("the main partner country
#: for exports", "the top destination for exports"): that flow word is the ranking's own.
#: "single" may stand between the rank and the noun ("the largest single destination").
#: One word of goods before a buyer noun ("Kenya's main tea buyers", "the top coffee customer"):
#: a buyer of goods is a market all the same. Not a word that says which buyers or how many.
_GOODS_WORD: Final = (
    r"(?!(?:foreign|potential|new|five|three|four|two|ten|overseas|global|world|regional)\s)[a-z]{3,}"
)
#: How many a ranking names, between its rank and its noun: "the top three export markets", "its
#: five largest suppliers" (then plural).
_RANKED_COUNT: Final = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
#: A ranking of several trading partners: "the largest trading partners", "its top three trade
#: partners" (`RANKING_CUE` names one).
RANKING_CUE_PLURAL: Final = re.compile(
    rf"(?i)\b{_RANKS}\s+(?:{_RANKED_COUNT}\s+)?(?:trading|trade|commercial|economic)\s+partners\b"
)
MARKET_RANKING: Final = re.compile(
    # (also a rank told as a place among plural ones: "the first place of the suppliers of Georgia",
    # "second position among its export markets", as translated French copy writes it)
    rf"(?i)(?:\b{_RANKS}\s+(?:{_RANKED_COUNT}\s+)?(?:single\s+)?(?:(?:place|position|rank)\s+(?:of|among)\s+(?:the\s+|its\s+)?(?=(?:\w+\s+)?\w+s\b))?"
    # the first of a list told by its verb, as Arab agencies write it: "Italy came first among
    # importers of Egyptian goods", "The UAE topped the list of destinations for Oman's exports"
    # (or of a country named: "Uganda ranked first among Kenya's export destinations")
    r"|\b(?:(?:came|ranked|placed)\s+first\s+among|topped\s+the\s+list\s+of)\s+"
    r"(?:the\s+|its\s+|(?:[a-z][\w.-]*\s+){0,2}?[a-z][\w.-]*['’]s?\s+)?"
    # the same told from the front: "Among Kenya's export destinations, Uganda ranked first"
    r"|^\W*among\s+(?:the\s+|its\s+|(?:[a-z][\w.-]*\s+){0,2}?[a-z][\w.-]*['’]s?\s+)?"
    r"(?=[^,;.]{1,60},\s+[^,;.]{1,40}?\s+(?:ranked|came|placed)\s+first\b))"
    r"(?:(?P<exports>export\s+(?:market|destination)|"
    r"(?:partner\s+(?:country\s+)?|destination\s+|market\s+)for\s+exports|destination|market|"
    rf"(?:(?P<goods>{_GOODS_WORD})\s+)?(?:buyer|customer|client|purchaser)|importer)|"
    r"(?P<imports>source\s+of\s+(?:[\w.'’-]+\s+){0,3}?imports|import\s+(?:source|market)|"
    r"(?:partner\s+(?:country\s+)?|source\s+)for\s+imports|supplier|source(?!\s+of\b)|exporter))"
    r"(?P<plural>s)?\b"
)
#: The nouns of a country as another's market or supplier ("the largest export market", "a top
#: source of imports").
MARKET_NOUNS: Final = ("market", "destination", "buyer", "customer", "client", "purchaser", "importer",
                       "supplier", "source")  # fmt: skip
MARKET_RANKING_GUARD: Final = (*MARKET_NOUNS, "exporter", "partner country for", "partner for")
#: `MARKET_RANKING` by its case-sensitive twin (`CaseBlindSearch`): the sentences it reads are lower-cased
#: already, and it finds the same there at a third of the cost.
_MARKET_RANKING_SEARCH: Final = CaseBlindSearch(MARKET_RANKING)


def market_ranking(low: str) -> re.Match[str] | None:
    """The first ranking of partners in a lower-cased sentence (`MARKET_RANKING`), for its flow
    (`market_flow`) and its goods ("Kenya's main tea buyers"); None when it ranks none. Read by
    the case-sensitive twin on `low` lowered again by `lowered_for_hints` (the same text: lower
    case is its own lower case), the case-blind pattern only where that cannot tell."""
    if not holds_any(low, MARKET_RANKING_GUARD):  # most sentences name no market at all
        return None
    return _MARKET_RANKING_SEARCH(low, lowered_for_hints(low))


def ranked_flow(market: re.Match[str] | None) -> str | None:
    """The flow a ranking (`market_ranking`) ranks partners by."""
    if market is None:
        return None
    return "exports" if market.group("exports") else "imports"


def market_flow(low: str) -> str | None:
    """The flow a sentence ranks partners by ("the largest export market": exports, "the
    largest source of imports": imports), from its lower-cased text; None when it ranks none."""
    return ranked_flow(market_ranking(low))


#: "the country's", "our": the reporter is the story's home country.
HOME_POSSESSIVE: Final = re.compile(
    r"(?i)\b(?:the\s+country's|the\s+country’s|the\s+nation's|the\s+nation’s|our)\b"
)

#: Substrings without which the patterns above cannot match: tested first, on the lower-cased
#: sentence, because a substring test costs a fraction of a case-insensitive regex scan.
WORLD_GUARD: Final = ("foreign", "external", "overall", "total", "global", "worldwide", "international",
                      "aggregate", "all exp", "all imp", "all ship", "all merch", "all goods", "all non-oil",
                      "all commod", "world", "countries", "markets", "destinations", "nations", "states",
                      "whole", "among", "entire", "rest of", "neighbo", "partners")  # fmt: skip
PAIR_GUARD: Final = (*PAIR_WORDS, "between", "two ", "both ", "our ")
HOME_GUARD: Final = ("country's", "country’s", "nation's", "nation’s", "our ")
TOP_ITEM_GUARD: Final = (" export", " import")
ATTRIBUTION_GUARD: Final = ("accord", "as per", "citing", "cited", "data", "figures", "statistics",
                            "released", "published", "reported", "said in", "quot")  # fmt: skip

#: A word: a run of letters, apostrophes, ampersands and hyphens that opens on a letter ("E&E
#: exports": one acronym). Unrolled (letters, then runs of joiners each followed by letters) so
#: that each part is a single class, which sre loops over fast: an alternation inside the repeat
#: was three times slower, and TOKEN.findall runs for every amount.
TOKEN: Final = re.compile(rf"{LETTER}+(?:['’&-]+{LETTER}*)*")

#: Matched against the lower-cased sentence (a case-sensitive trie scans much faster than a
#: case-insensitive one); capitalisation is then read from the original text.
#: "re-exports", "re-exported", "reexports": goods sent on are exports of the country that sends
#: them, as national statistics count them (the prefix is kept in the cue's span, not its word).
#: The prefixed words are words of the trie: an optional group before it is tried at every offset.
_REEXPORT_WORDS: Final = {
    prefix + word for word in FLOW_WORDS if word.startswith("export") for prefix in ("re-", "re")
}
#: "agro-exports", "agri-exports", "agroexports": a flow of farm goods written as one word, as
#: Latin American and African copy writes it (the cue is the flow word after the prefix, which
#: is read as the goods: "agro products").
_FARM_PREFIXES: Final = ("agro-", "agri-", "agro", "agri")
_FARM_FLOW_WORDS: Final = {
    prefix + word for word in FLOW_WORDS if word.startswith(("export", "import")) for prefix in _FARM_PREFIXES
}
_FLOW_PATTERN: Final = re.compile(
    rf"(?<![a-z-])(?:{literal_alternation(set(FLOW_WORDS) | _REEXPORT_WORDS | _FARM_FLOW_WORDS)})(?![a-z])"
)
#: Verbs of goods crossing into a country: "Chinese goods entering Kenya", "goods from Turkey
#: arriving in Iraq" (tested as substrings first: few sentences hold one).
ENTERING_VERBS: Final = ("entering", "arriving in", "coming into", "flowing into", "pouring into")
#: Verbs of a level a flow came to ("amounted", "stood", "reached", "hit"), regex source to embed
#: with money.CHANGE_VERBS where either tells the figure.
LEVEL_VERBS: Final = r"amounted|amounts|stood|stands|reached|totall?ed|totals|came|comes|hit"
#: Verbs of what a subject's sales earned ("Kenyan tea fetched $310 million in Pakistan"),
#: finite and -ing: the one table the flow guard and the earning patterns are built from.
EARNING_VERBS: Final = ("earned", "earns", "fetched", "fetches", "brought in", "brings in")
EARNING_GERUNDS: Final = ("earning", "fetching", "bringing in")
#: EARNING_VERBS with a space on either side, as _EARNED_IN reads them ("export earnings" passes
#: none), for the substring tests of `flow_cues`.
_SPACED_EARNING_VERBS: Final = tuple(f" {verb} " for verb in EARNING_VERBS)
#: Participles of goods on their way to a buyer: "Kenyan goods destined for Uganda", "Thai
#: products bound for Laos", "Chilean goods headed to Peru" (substrings, as flow_cues tests them).
DESTINED_VERBS: Final = ("destined for", "destined to", "bound for", "headed for", "headed to", "heading for",
                  "heading to")  # fmt: skip
#: Verbs that move goods from one country to another when "goods" is their subject: "goods worth
#: €512 million went from Slovakia to Hungary", "products worth $2 billion flowed to Chile".
MOVING_VERBS: Final = ("went from", "went to", "flowed from", "flowed to", "moved from", "moved to",
                       "travelled from", "travelled to", "traveled from", "traveled to")  # fmt: skip
#: Substrings one of which every flow word contains: a sentence without them has no cue.
FLOW_GUARD: Final = ("trade", "turnover", "commerce", "partner", "export", "import", "ship", "deliver",
                     "suppl", "sales", "sold", "sent", "purchas", "bought", "buying", "selling", "sending",
                     "exchanged", "sourced", "sourcing", "exchange of goods", "exchanges of goods",
                     "commercial exchange", "goods exchange", "commodity exchange", "exchange of commodities",
                     "exchange between", "exchanges between", "interchange",
                     "paid", "spent", "nodx", "destination", "took", "takes", "taking", "absorb", "receiv",
                     # "generated $870 million from the sale of cotton to" (trade_frames' goods sale)
                     "sale of",
                     *EARNING_VERBS, *ENTERING_VERBS, *DESTINED_VERBS, *MOVING_VERBS)  # fmt: skip
#: `FLOW_GUARD` as one scan (a search in C, not a Python loop over the words), written as a
#: trie: a flat alternation tries each of its words at every offset whose letter opens one.
FLOW_GUARD_RE: Final = re.compile(literal_alternation(FLOW_GUARD, space=" "))


def lower_same_length(text: str) -> str:
    """`text` lower-cased with every offset kept: the few characters whose lower case is
    longer ("İ" -> "i̇") are mapped first; if any remain, `text` itself is returned (patterns
    then see its original case, which only costs capitalised cue words)."""
    low = text.lower()
    if len(low) != len(text):
        low = text.replace("İ", "I").lower()
    return low if len(low) == len(text) else text


#: "took in" names a purchase only of goods: "took in $X worth of Thai rice", "took in Kenyan
#: flowers worth $X", "took in $X of Ecuadorian bananas"; a hotel, a budget or a film takes in
#: money ("took in 9.8 billion baht from Gulf visitors", "took in $40 million in revenue").
_TAKING_IN: Final = frozenset(["took in", "takes in", "taking in"])
_TAKEN_GOODS: Final = re.compile(r"(?:[^.;]|\.(?=\d)){0,50}?(?:\bworth\b|\bof\s+(?:the\s+)?[A-Z])")


#: Words before a participle that make it an adjective of the noun after it ("largely
#: re-exported cars", "salt and re-exported fuel", "the re-exported goods").
_ATTRIBUTIVE_BEFORE: Final = re.compile(
    r"\b(?:and|or|of|the|its|their|mostly|mainly|largely|partly|chiefly|including|as)\s+$"
)


def attributive(low: str, start: int) -> bool:
    """Whether the participle at `start` of the lower-cased `low` is an adjective of the noun
    after it, by the word before it (a conjunction, a determiner or an adverb of share)."""
    return _ATTRIBUTIVE_BEFORE.search(low, max(0, start - 12), start) is not None


def reexport_at(low: str, start: int) -> bool:
    """Whether the flow word at `start` of the lower-cased `low` carries the re- prefix
    ("re-exports", "reexports"): the one reading of the prefix, for the cue and for the
    figure it tells."""
    return low.startswith("re-export", start) or low.startswith("reexport", start)


#: What a figure covers, in an aside closed right after its flow word: "(including re-exports)",
#: ", excluding re-exports,", ", not including imports,".
_SCOPE_BEFORE: Final = re.compile(r"\b(?:including|excluding|not\s+including|net\s+of)\s+\Z")


#: The opening of an aside set off by commas that sets another partner's flow beside the figure's
#: ("exports to Rwanda, unlike those to Burundi, rose ...", ", like shipments to Chile,", ", as with
#: imports from Peru,"), with up to three words after it: its flow word is no cue of a figure, and
#: the partner after it no side (`trade_slots`).
COMPARED_ASIDE_OPENER: Final = re.compile(
    r"(?i),\s+(?:unlike|like|as\s+with|in\s+contrast\s+to|contrary\s+to|as\s+opposed\s+to|similar\s+to)"
    r"\s+(?:[a-z-]+\s+){0,3}\Z"
)
#: An amount, as the words before a compared aside may hold one: the aside then follows the figure
#: ("rose to $38 billion, unlike those to the US, which fell to $16 billion") and may tell its own.
_AMOUNT_BEFORE: Final = re.compile(
    r"(?i)[$€£¥₹]|\d\s*(?:%|per\s*cent|percent|tr?illion|billion|million|bn|mn|mln|bln)\b"
)


def in_compared_aside(text: str, start: int) -> bool:
    """Whether the word at `start` follows the opening of a compared aside (`COMPARED_ASIDE_OPENER`)
    set between the subject and the figure: no amount before it in the sentence `text`, and the
    aside closed by a comma before any digit."""
    opener = COMPARED_ASIDE_OPENER.search(text, max(0, start - 40), start)
    if opener is None or _AMOUNT_BEFORE.search(text, 0, opener.start()):
        return False
    close = text.find(",", start)
    return close >= 0 and not any(ch.isdigit() for ch in text[start:close])


def flow_cues(
    text: str, low: str | None = None, opening: tuple[int, int, str, str] | None = None
) -> list[tuple[int, int, str, str]]:
    """(start, end, word, flow) for every flow word in `text` that is not a modifier of
    another noun ("trade minister") or part of a capitalised name ("World Trade Organization").
    `low` is `lower_same_length(text)` when the caller has it; `opening` is the cue of a
    sentence-opening "Those to ..." (`opening_those_cue`), which a later "those" takes in turn."""
    if low is None:
        low = lower_same_length(text)
    found = [opening] if opening is not None else []
    for m in _FLOW_PATTERN.finditer(low):
        word = m.group()
        if word not in FLOW_WORDS and word.startswith(_FARM_PREFIXES):
            prefix = next(p for p in _FARM_PREFIXES if word.startswith(p))
            found.append(
                (m.start() + len(prefix), m.end(), word[len(prefix) :], FLOW_WORDS[word[len(prefix) :]])
            )
            continue  # "Peru's agro-exports to the Netherlands": the goods are the prefix's
        if reexport_at(low, m.start()):
            word = word[3:] if word[2] == "-" else word[2:]
            if word == "exported" and attributive(low, m.start()):
                continue  # "mostly salt and re-exported fuel": a kind of goods, no flow of its own
        if (
            text[m.start()].isupper()
            and m.start() > 0
            and word not in ACRONYM_FLOWS  # "Singapore's NODX to Indonesia": always capitalised
            and not opens_statement(text, m.start())
        ):
            continue  # "Minister of Trade", "Export-Import Bank"
        nxt = TOKEN.match(text, m.end() + 1) if text[m.end() : m.end() + 1] in (" ", "-") else None
        head = nxt.group().lower() if nxt else ""
        if head in COMPOUND_HEADS and head not in FLOW_COMPOUND_HEADS:
            continue
        if head and nxt is not None and nxt.group()[0].isupper() and word in ("trade", "export", "import"):
            continue  # "Trade Association", "Export Credit"
        if word in _TAKING_IN and _TAKEN_GOODS.match(text, m.end()) is None:
            continue  # "hotels in Phuket took in 9.8 billion baht from Gulf visitors": takings
        if word in _PARTNER_CUES and _PARTNER_AS_OBJECT.search(low, max(0, m.start() - 60), m.start()):
            continue  # "imports from its top trading partner China": the partner's epithet, no flow
        if low[m.end() : m.end() + 1] in (",", ")") and _SCOPE_BEFORE.search(
            low, max(0, m.start() - 16), m.start()
        ):
            continue  # "exports to the US, including re-exports, rose to ...": what the figure covers
        found.append((m.start(), m.end(), word, FLOW_WORDS[word]))
    if found and "those " in low:
        found = _with_those(low, found)
    if found and "that " in low:
        found = _with_that(low, found)
    if len(found) > 1 and ", " in low:
        # "Kenya's exports to Rwanda, unlike those to Burundi, rose to ...": the flow set beside
        # the figure's in a compared aside is none of the sentence's figures
        found = [c for c in found if not in_compared_aside(low, c[0])]
    if "exchange" in low:
        found = _with_bare_exchange(low, found)
    if len(found) > 1 and (
        "combined" in low
        or "together" in low
        or " with " in low
        or " between " in low
        or "(" in low
        or " to and " in low
        or " from and " in low
    ):
        found = _with_combined_flows(low, found)
    if holds_any(low, ENTERING_VERBS):
        found = _with_goods_cues(_GOODS_ENTERING, low, found)
    if holds_any(low, DESTINED_VERBS):
        found = _with_goods_cues(_GOODS_DESTINED, low, found)
    if holds_any(low, MOVING_VERBS):
        found = _with_goods_cues(_GOODS_MOVED, low, found)
    if holds_any(low, _SPACED_EARNING_VERBS):
        found = _with_goods_cues(_GOODS_EARNING, low, found)
        found = _with_produce_earning(text, low, found)
        if " market" in low:
            found = _with_goods_cues(_EARNED_FROM_MARKET, low, found)
    return found


#: The nouns of goods as a whole, whose country the adjective before them tells ("Chinese goods").
GOODS_NOUNS: Final = ("goods", "products", "merchandise", "produce", "commodities")
#: A goods noun as a whole word in the lowered sentence ("steel products", not "by-products"):
#: the subject _GOODS_EARNING and _GOODS_ENTERING both read before their verbs.
_GOODS_HEAD: Final = rf"(?<![a-z-])(?:{'|'.join(GOODS_NOUNS)})"

#: What a subject's sales earned in a market, after the subject (in the lowered sentence; a
#: short aside between commas may stand before the verb): ", by contrast, fetched about $1.8
#: billion in Afghanistan", " brought in $1.2 billion in the Philippines"; also in the perfect
#: or a relative clause: " had earned", ", which had earned ISK 8.7 billion in Japan".
_EARNED_IN: Final = (
    rf"(?=(?:, [a-z ]{{2,24}},|,? (?:which|that))?(?: (?:has|have|had)(?: also| already)?)? "
    rf"(?:{'|'.join(EARNING_VERBS)}) "
    r"[^,;]{0,40}?\d[^,;]{0,24}? in [a-z])"
)
#: Goods as that subject: "Iranian steel products, by contrast, fetched about $1.8 billion in Afghanistan".
_GOODS_EARNING: Final = re.compile(_GOODS_HEAD + _EARNED_IN)
#: Any last word of a subject before _EARNED_IN: "Kenyan tea fetched $310 million in Pakistan".
_HEAD_EARNING: Final = re.compile(r"(?<![a-z-])[a-z]+" + _EARNED_IN)
#: The subject's words before that head, back to the country that makes it goods: "Kenyan",
#: "Ghanaian cocoa", "Kenya's" (up to two more lower-case words, in the sentence's own case).
#: The country may be told in up to three capitalized words ("Sri Lankan", "South African",
#: "New Zealand's"), of which the last ones that name a country are its name: _country_ending.
_COUNTRY_SUBJECT: Final = re.compile(
    rf"(?<!{LETTER})(?<!['’])(?P<country>[A-Z][^\W\d_A-Z]+(?: [A-Z][^\W\d_A-Z]+){{0,2}})"
    r"(?:'s|’s)?(?: [a-z-]+){0,2} $"
)


def _country_ending(words: str) -> str | None:
    """The ISO code of the longest run of the last capitalized `words` that names a country or
    its people in the lexicon ("Sri Lankan", "South African"; "In Mexico Kenyan": "Kenyan"),
    so that a name of several words is read whole and a word before it does not hide it."""
    parts = words.split(" ")
    for k in range(len(parts)):
        iso3 = iso3_for(" ".join(parts[k:]), codes=False)
        if iso3 is not None:
            return iso3
    return None


#: Words after a subject's noun, not its head: "Kenyan farmers also earned ...", "... have earned".
_SUBJECT_TAIL_WORDS: Final = frozenset(
    ["also", "alone", "only", "still", "then", "again", "together", "has", "have", "had", "reportedly"]
)
#: Heads of such a subject that are people, firms or works rather than goods: "Kenyan workers
#: earned $X in Qatar" (wages), "Chinese contractors earned $X in Angola", "Korean films
#: fetched $X in Japan" (box office); the figure is no trade in goods.
_NOT_GOODS_HEADS: Final = NEGATIVE_WORDS | frozenset(
    ["workers", "nurses", "migrants", "labourers", "laborers", "visitors", "students",
     "firms", "companies", "banks", "airlines", "carriers", "operators", "insurers",
     "businesses", "films", "movies", "dramas", "series", "artists", "players", "teams",
     "earnings", "diaspora",
     "expatriates", "professionals", "engineers", "doctors", "entrepreneurs", "startups", "lenders",
     "farmers", "growers", "traders", "producers", "exporters", "manufacturers", "sellers", "suppliers",
     "makers", "brands", "retailers", "shops", "stores", "restaurants", "hotels", "vessels", "ships",
     # sportspeople and performers paid abroad: "Sri Lankan cricketers earned $4 million in India"
     "cricketers", "footballers", "athletes", "runners", "boxers", "golfers", "jockeys", "coaches",
     "singers", "bands", "actors", "writers", "chefs", "sailors", "seafarers", "crews"]
) | _SUBJECT_TAIL_WORDS  # fmt: skip


#: An earning verb whose amount a country's market paid: "(Ghana) fetched $930 million from the
#: Indian market", "earned about $1 billion from the Chinese market" (a market named by its
#: country: the seller's exports to it; "from foreign markets" names none).
_EARNED_FROM_MARKET: Final = re.compile(
    rf"(?<![a-z-])(?:{'|'.join(EARNING_VERBS)})"
    r"(?= [^,;]{0,40}?\d[^,;]{0,24}? from the [a-z]+(?: [a-z]+)? market\b)"
)


#: Goods before an entering verb, in the lowered sentence (single spaces, as `flow_cues` reads).
_GOODS_ENTERING: Final = re.compile(
    _GOODS_HEAD + r"(?= (?:from (?:the )?[a-z][a-z' .-]{1,30}? )?" + rf"(?:{'|'.join(ENTERING_VERBS)}) )"
)


#: Goods before a participle of their destination, in the lowered sentence: "the value of
#: Kenyan goods destined for Uganda rose to ...", "Thai products bound for Laos fetched ...".
_GOODS_DESTINED: Final = re.compile(_GOODS_HEAD + rf"(?= (?:{'|'.join(DESTINED_VERBS)}) )")
#: Goods as the subject of a verb that moves them to or from a country, past their value: "goods
#: worth €512 million went from Slovakia to Hungary".
_GOODS_MOVED: Final = re.compile(
    _GOODS_HEAD + rf"(?=(?: worth| valued at)? [^.;:]{{0,40}}? (?:{'|'.join(MOVING_VERBS)}) )"
)


def _with_goods_cues(
    pattern: re.Pattern[str], low: str, found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """The cues, with goods that `pattern` finds said to enter a country ("The value of Chinese
    goods entering Kenya rose to ...", _GOODS_ENTERING) or whose sales earned an amount in one
    ("Iranian steel products fetched about $1.8 billion in Afghanistan", _GOODS_EARNING, as
    "steel exports earned ... in Iraq" reads) as an exports cue: the goods' country sells to
    that one, though no flow word says so."""
    added = [
        (m.start(), m.end(), "goods", "exports")
        for m in pattern.finditer(low)
        if not any(c[0] <= m.start() < c[1] for c in found)
    ]
    return sorted(found + added) if added else found


def _with_produce_earning(
    text: str, low: str, found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """The cues, with a subject named by its country and goods whose sales earned an amount in
    a market ("Kenyan tea fetched $310 million in Pakistan", "Ghanaian cocoa beans earned ...
    in the Netherlands") as an exports cue, as "Kenyan tea exports earned ..." reads: the
    cue is empty at the head's end, so that the goods read before it are the whole subject
    after the country ("tea", "cocoa beans"). People, firms and works earning money there
    (_NOT_GOODS_HEADS) sell no goods, and a capitalized head is a name, not goods: in "Exports
    of Kenyan tea to Pakistan fetched Sh 73 billion in the nine months to September" the
    subject ends on its partner, and "in" opens the period, not a market."""
    added = []
    for m in _HEAD_EARNING.finditer(low):
        head = m.group()
        if (
            _names_no_goods(head)
            or head in GOODS_NOUNS
            or text[m.start()].isupper()
            or any(c[0] <= m.start() < c[1] for c in found)
        ):
            continue
        subject = _COUNTRY_SUBJECT.search(text, max(0, m.start() - 60), m.start())
        if (
            subject is not None
            and _country_ending(subject.group("country")) is not None
            and not _NOT_GOODS_HEADS.intersection(low[subject.end("country") : m.start()].split())
        ):
            added.append((m.end(), m.end(), "goods", "exports"))
    return sorted(found + added) if added else found


def _names_no_goods(head: str) -> bool:
    """Whether a subject's head is people, firms or works (_NOT_GOODS_HEADS), also by an
    agent's ending no goods noun has ("pianists", "technicians")."""
    return head in _NOT_GOODS_HEADS or head.endswith(("ists", "ians"))


#: Nouns of a firm's kind that a firm's name follows: "phosphate giant OCP", "state miner Codelco",
#: "the carmaker Toyota" (`names_a_firm`).
_FIRM_KINDS: Final = frozenset(
    ["giant", "company", "firm", "maker", "producer", "exporter", "importer", "miner", "carmaker",
     "automaker", "conglomerate", "corporation", "manufacturer", "supplier", "trader", "retailer",
     "airline", "lender", "bank", "refiner", "distributor"]
)  # fmt: skip


def names_a_firm(subject: str) -> bool:
    """Whether a subject as written ends on a firm's name after the noun of its kind ("Morocco's
    phosphate giant OCP", "state miner Codelco"): what it earned or accounted for is the firm's,
    and its words are no goods (they had been the goods "s phosphate giant ocp")."""
    words = subject.split()
    while words and words[-1][:1].isupper():
        words.pop()  # the name: "OCP", "Codelco", "Anglo American"
    return len(words) < len(subject.split()) and bool(words) and words[-1].lower() in _FIRM_KINDS


def heads_no_goods(subject: str) -> bool:
    """Whether a subject read as goods is headed by people, firms or works that are paid, not
    sold ("rugby league players", "cricketers", "Kenyan nurses also"): the figure a share or
    earning verb gives it is no item of the goods flow told before ("Fijian kava fetched $18
    million in New Zealand. Fijian rugby players earned $30 million in France.")."""
    words = [w for w in subject.lower().split() if w not in _SUBJECT_TAIL_WORDS]
    return bool(words) and _names_no_goods(words[-1])


#: Both flows joined and summed: "exports and imports combined", "imports and exports taken
#: together", "combined exports and imports", or in parentheses glossing the trade before them,
#: "trade between Brazil and Argentina (exports and imports)", "(exports plus imports)".
_COMBINED_FLOWS: Final = re.compile(
    r"(?<![a-z-])(?:(?P<before>combined) |(?P<paren>\()\s*)?(?P<a>exports?|imports?) (?:and|plus|\+) "
    r"(?P<b>exports?|imports?)"
    r"(?(paren)\s*(?=\))|(?: (?P<after>combined|together|taken together)"
    # the Chinese customs' "imports and exports with Russia", "import and export volume between
    # China and Vietnam": the pair's trade both ways, one figure
    r"|(?= (?:(?:volume|value|trade) )?(?P<with>with|between) ))?(?![a-z-]))"
)


#: Two amounts joined by "and" later in the sentence ("$115.3 billion and $129.4 billion"): an amount
#: for each of two flows (a year or a percentage is no amount).
_AMOUNT: Final = r"\d[\d.,]*\s*(?:trillion|billion|million|tn|bn|mn|bln|mln)\b"
_TWO_AMOUNTS_AFTER: Final = re.compile(rf"[^;]*?{_AMOUNT}[^;]{{0,40}}?\sand\s[^;]{{0,20}}?{_AMOUNT}")


def _with_combined_flows(low: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The cues, with the two flows of a summed pair ("Total goods trade with Mexico, exports
    and imports combined, hit $798 billion") read as one turnover cue: their sum is the trade
    both ways, not either flow (a pair not said to be summed, "exports and imports rose to $X
    and $Y", stays two flows for their two amounts)."""
    for m in _COMBINED_FLOWS.finditer(low):
        if m.group("a")[:6] == m.group("b")[:6] or not (
            m.group("before") or m.group("after") or m.group("with") or m.group("paren")
        ):
            continue
        if m.group("with") and ("respectively" in low or _TWO_AMOUNTS_AFTER.match(low, m.end())):
            continue  # "exports and imports with Russia reached $115 billion and $129 billion": two flows
        found = _as_one_turnover(found, m.start("a"), m.end("b"))
    for m in _SPLIT_FLOWS.finditer(low) if " to and " in low or " from and " in low else ():
        if (
            m.group("a")[:6] == m.group("b")[:6]
            or "respectively" in low
            or _TWO_AMOUNTS_AFTER.match(low, m.end())
        ):
            continue  # "exports to and imports from Peru reached $3.1 billion and $2.1 billion": two flows
        # "(The sum of) Chile's exports to and imports from Peru reached $5.2 billion": one amount
        # for both flows with the partner they share, the trade both ways
        found = _as_one_turnover(found, m.start("a"), m.end("b"))
    return found


def _as_one_turnover(
    found: list[tuple[int, int, str, str]], start: int, end: int
) -> list[tuple[int, int, str, str]]:
    """The cues with the two flows between `start` and `end` read as one turnover cue."""
    kept = [c for c in found if not start <= c[0] < end]
    return sorted([*kept, (start, end, "trade", "turnover")])


#: Both flows with their own prepositions before the partner they share: "exports to and
#: imports from Peru", "imports from and exports to Japan".
_SPLIT_FLOWS: Final = re.compile(
    r"(?<![a-z-])(?P<a>exports?|imports?) (?:to|from) and (?P<b>exports?|imports?) (?:to|from)(?![a-z-])"
)


#: The flow words that name a partner ("its top trading partner"), and what makes one the object
#: of a flow's "to"/"from" before it: "Kenya's imports from its top trading partner China" are
#: imports (the partner's words had made them the turnover).
_PARTNER_CUES: Final = frozenset(w for w in FLOW_WORDS if "partner" in w)
_PARTNER_AS_OBJECT: Final = re.compile(
    r"\b(?:to|from)\s+(?:its|their|the|his|her|our|[a-z]+['’]s)\s+(?:[a-z-]+\s+){0,3}$"
)
#: "exchange with X" with no "trade"/"commercial" before it: the Latin American shorthand
#: ("intercambio con Japón") for the trade the sentence has just named ("trade between Peru and
#: Korea reached ..., while exchange with Japan stood at ..."); alone it may be of currency or views.
_BARE_EXCHANGE: Final = re.compile(r"(?<![a-z-])(?<!foreign )(?<!currency )exchanges? (?=with )")
#: "the exchange between both countries reached US$ 4,870 million" ("el intercambio entre ambos
#: países"): with "between" and nothing before it but an article or a word of the whole, the
#: two-way trade on its own (not "cultural exchanges between", "an exchange of views").
_EXCHANGE_BETWEEN: Final = re.compile(
    r"(?:^|(?<=\bthe )|(?<=\bbilateral )|(?<=\btotal )|(?<=\boverall )|(?<=\bannual ))exchanges? (?=between )"
)


def _with_bare_exchange(low: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The cues, with a bare "exchange with X" after a turnover cue of the same sentence as
    another turnover cue, and "the exchange between" X and Y."""
    added = []
    for m in _EXCHANGE_BETWEEN.finditer(low):
        if not any(c[0] <= m.start() < c[1] for c in found):
            added.append((m.start(), m.end() - 1, "exchange", "turnover"))
    for m in _BARE_EXCHANGE.finditer(low):
        told = any(c[1] <= m.start() and c[3] == "turnover" and c[2] not in WEAK_FLOW_WORDS for c in found)
        if told and not any(c[0] <= m.start() < c[1] for c in found):
            added.append((m.start(), m.end() - 1, "exchange", "turnover"))
    return sorted(found + added) if added else found


#: "those" standing for a flow told before it: "while those to the United States reached ...".
_THOSE: Final = re.compile(r"(?<![a-z])those (?=(?:to|from|with) )")
_DIRECTED_AFTER: Final = (" to ", " from ")


def _names_a_flow(low: str, cue: tuple[int, int, str, str]) -> bool:
    """Whether a flow cue is one a "those" or "that" after it may stand for: a strong flow word,
    or a weak one directed to or from a partner ("Purchases from Egypt totalled ..., and those
    from Nigeria ...", "Ghana's export to Togo ..., while that to Benin ...")."""
    return cue[2] not in WEAK_FLOW_WORDS or low.startswith(_DIRECTED_AFTER, cue[1])


def _with_those(low: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The cues, with "those to/from X" as the flow named last before it ("Chilean exports to
    China were valued at $38 billion, while those to the United States reached $16 billion")."""
    added = []
    for m in _THOSE.finditer(low):
        # (a weak flow word directed to or from a partner is a flow too: "Purchases from Egypt
        # totalled ..., and those from Nigeria ...")
        before = [c for c in found if c[1] <= m.start() and _names_a_flow(low, c)]
        if before:
            added.append((m.start(), m.end() - 1, before[-1][2], before[-1][3]))
    return sorted(found + added) if added else found


#: "that" standing for a singular flow told before it, after the conjunction that sets the two
#: side by side: "while that with Cambodia reached ...", ", and that with Laos" (not "said that
#: with China ...": a conjunction of its own).
_THAT: Final = re.compile(r"(?:\b(?:while|whereas|and|but)|[,;])\s+(that) (?=(?:to|from|with) )")


def _with_that(low: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The cues, with "that with/to/from X" as the singular flow noun named last before it
    ("Vietnam's trade with Laos rose to $1.8 billion, while that with Cambodia reached $10.1
    billion"), as `_with_those` reads a plural one."""
    added = []
    for m in _THAT.finditer(low):
        # (a weak word directed to a partner too: "Ghana's export to Togo ..., while that to Benin")
        before = [c for c in found if c[1] <= m.start(1) and _names_a_flow(low, c)]
        if before and not before[-1][2].endswith("s"):
            added.append((m.start(1), m.end(1), before[-1][2], before[-1][3]))
    return sorted(found + added) if added else found


#: "Those to/from" opening a sentence (a quotation mark at most before it): the flow named last
#: in the sentence before ("Australia's exports rose to A$480bn. Those to China reached A$190bn.").
#: The partner after it is a name ("to the United States", not "to come"); its reporter is
#: the subject of the flow before; "Those bound for X" stands for exports only.
_OPENING_THOSE: Final = re.compile(
    r"[\"“‘']?(Those)\s+(?=(?:to|from|(?P<bound>bound\s+for|destined\s+for|headed\s+(?:to|for)|going\s+to))"
    r"\s+(?:the\s+)?[A-Z])"
)


def opening_those_cue(text: str, previous: str) -> tuple[int, int, str, str] | None:
    """The cue of a sentence-opening "Those to/from X" (`_OPENING_THOSE`): the flow word named
    last in the sentence `previous` (as `_with_those` reads "those" after a flow in the same
    sentence), else None (a sentence before with no flow word gives "Those" nothing to stand for)."""
    m = _OPENING_THOSE.match(text)
    if m is None:
        return None
    low = lower_same_length(previous)
    told = [c for c in flow_cues(previous, low) if _names_a_flow(low, c)]
    if not told or (m.group("bound") and told[-1][3] != "exports"):
        return None
    return m.start(1), m.end(1), told[-1][2], told[-1][3]


#: What may stand between the end of a statement and its first word: spaces, quotes, a
#: bullet ("* Imports from Korea ...", "• Coffee exports ..."), a dash or number opening a
#: list item ("- ", "2) "), also the typewriter's double dash a wire's bullet is ("-- Exports to ...").
_STATEMENT_OPENER: Final = re.compile(
    r"(?:[\s\"“'‘(]|[*•·▪●►◦‣]|(?<!\S)(?:--|[-–—])(?=\s)|(?<!\S)\d{1,2}[.)](?=\s))*$"
)
_OPENER_REACH: Final = 12


def opens_statement(text: str, start: int) -> bool:
    """True when the word at `start` opens a sentence, a line or a list item: its capital is
    then no sign of a name ("* Imports from Korea amounted to ..." names a flow)."""
    opener = _STATEMENT_OPENER.search(text, max(0, start - _OPENER_REACH), start)
    at = opener.start() if opener is not None else start
    if at == 0 or "\n" in text[at:start]:
        return True
    # "St. Lucia exports to Canada": the period of "St." closes no statement
    return text[at - 1] in "!?:;" or (text[at - 1] == "." and not after_title_abbreviation(text, at - 1))
