"""Money expressions in news text: "$31.4 billion", "AED185.4 billion", "61.2 billion yuan".

The trade extractor needs every amount of money with its value in currency units and its
ISO 4217 code, in house styles from wire services to the Indian, Gulf, African and Latin
American press. One compiled grammar covers three shapes:

* prefix: a symbol, abbreviation or code before the number ("$", "US$ 216 million",
  "USD 342.6 mln", "Rs 5,000 crore", "Dh5 billion", "SR2bn", "R$ 2.5 billion", "€13.5bn");
* suffix: a currency word or code after the number, with an optional nationality
  ("3.9 billion U.S. dollars", "3 trillion tenge", "270 billion won", "1.2 bn EUR",
  "5 billion Egyptian pounds", "1.2 million pounds sterling");
* words: "half a billion dollars", "one trillion tenge".

Decisions (each one a rule, not a guess per call):

* No currency, no money: "1.2 billion" alone, years, percentages, counts and tonnage are
  never returned.
* `currency` is the ISO code, or None when the unit names several currencies and nothing
  qualifies it (bare "manat": AZN or TMT; "pesos", "dinars", "francs", "rials", "krone").
  `candidates` then lists the possible codes so a caller who knows the countries can pick.
  Some bare units have a documented default that is still returned with its candidates:
  "$" and "dollars" -> USD, "¥" -> JPY (the English-language financial press writes the
  yuan as "yuan"/"RMB"/"CNY"), "rupees"/"Rs" -> INR, "riyals" -> SAR, "dirhams" -> AED,
  "shillings" -> KES, "som" -> KGS ("sum"/"soum" -> UZS), "krona" -> SEK.
* Ranges ("$3bn-$4bn", "$3-4 billion", "between $3 billion and $4 billion") are ONE Money:
  `value` is the first (low) figure, `value_high` the second.
* Hedges before the amount ("more than", "about", "nearly", "up to") are outside the span
  and reported in `qualifier`; the number is still the figure.
* Short, ambiguous markers (prefixes "R", "N", "P", "Sh", "Tk", "Br", "Bt"; units "won", "rand",
  "real", "dong", "sum", "kip", ...; codes that are also words, like "CAD", "AMD", "COP")
  count only with a scale word or a number of at least 1,000, so "COP28", "R2" or "the 2 won"
  are not money. "pounds of" is weight, not money.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from orchestration.extraction.countries import find_countries, read_tsv
from orchestration.extraction.dates import ROMANCE_MONTH_PATTERN
from orchestration.extraction.numbers import (
    NUMBER_PATTERN,
    SCALE_PATTERN,
    SCALES,
    WORD_NUMBER_PATTERN,
    groups_thousands_with_dot,
    literal_alternation,
    parse_number,
    scale_factor,
)


@dataclass(slots=True, unsafe_hash=True)
class Money:
    """One amount of money; offsets index the string given to `find_money`.

    `value` is in units of the currency (31.4e9 for "$31.4 billion"); for a range it is the
    low end and `value_high` the high end. `qualifier` is the hedge written just before
    the amount ("more than", "about"), lower case. `candidates` lists the ISO codes the unit
    can stand for when it is ambiguous (empty when the code is certain). `scale` is the
    multiplier the scale words applied (1e9 for "bn"), 1.0 when none was written.
    """

    start: int
    end: int
    value: float
    currency: str | None
    text: str
    value_high: float | None = None
    qualifier: str | None = None
    candidates: tuple[str, ...] = ()
    scale: float = 1.0

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(
        self,
        start: int,
        end: int,
        value: float,
        currency: str | None,
        text: str,
        value_high: float | None = None,
        qualifier: str | None = None,
        candidates: tuple[str, ...] = (),
        scale: float = 1.0,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.currency = currency
        self.text = text
        self.value_high = value_high
        self.qualifier = qualifier
        self.candidates = candidates
        self.scale = scale


@dataclass(frozen=True, slots=True)
class _Unit:
    """What a currency marker stands for: a code (or None), the alternatives, and whether it
    is too short or too word-like to count without a scale word or a large number."""

    code: str | None
    candidates: tuple[str, ...] = ()
    weak: bool = False
    #: Counts only with a scale word ("MT 12.4 billion"): the marker is also a measure's, whose
    #: counts are large numbers ("MT 120,000" of tea is metric tonnes).
    scaled: bool = False
    #: How many units of the ISO currency one of this unit is worth: the toman, the Iranian
    #: press's everyday unit, is ten rials and has no code of its own.
    per_unit: float = 1.0


#: The dollars a bare "$" or "dollars" may stand for (the local press of each writes its own so).
_DOLLARS: Final = (
    "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "FJD", "JMD", "TTD", "GYD", "BSD", "BBD", "BZD", "SBD",
    "BND",
)  # fmt: skip
#: What the sign alone may stand for: the dollars, and the Samoan tala and Tongan pa'anga,
#: which their own press writes "$" too.
_DOLLAR_SIGNS: Final = (*_DOLLARS, "WST", "TOP")
_RUPEES: Final = ("INR", "PKR", "LKR", "NPR", "MUR", "SCR")
_YEN_YUAN: Final = ("JPY", "CNY")
_RIYALS: Final = ("SAR", "QAR", "OMR", "YER")
_RIALS: Final = ("IRR", "OMR", "YER")
_DIRHAMS: Final = ("AED", "MAD")
_SHILLINGS: Final = ("KES", "UGX", "TZS", "SOS")
_PESOS: Final = ("MXN", "ARS", "CLP", "COP", "PHP", "UYU", "DOP", "CUP")
_DINARS: Final = ("RSD", "KWD", "BHD", "JOD", "IQD", "DZD", "LYD", "TND")
_FRANCS: Final = ("CHF", "XOF", "XAF", "RWF", "CDF", "GNF", "BIF", "DJF", "KMF", "XPF")
_CFA: Final = ("XOF", "XAF")
_MANAT: Final = ("AZN", "TMT")
_KRONE: Final = ("DKK", "NOK")
_KRONA: Final = ("SEK", "ISK")
_KWACHA: Final = ("ZMW", "MWK")
_CROWNS: Final = ("CZK", "SEK", "NOK", "DKK", "ISK")  # "crowns": the English name of all of them
_POUNDS: Final = ("GBP", "EGP", "LBP", "SYP", "SDG", "SSP")
_BR: Final = ("ETB", "BYN")

#: Markers written BEFORE the number (case-sensitive). A space inside a key also matches no
#: space ("US $" = "US$").
PREFIXES: Final[dict[str, _Unit]] = {
    "$": _Unit("USD", _DOLLAR_SIGNS), "US$": _Unit("USD"), "U.S.$": _Unit("USD"), "US $": _Unit("USD"),
    "U.S. $": _Unit("USD"), "USD$": _Unit("USD"),
    "A$": _Unit("AUD"), "AU$": _Unit("AUD"), "C$": _Unit("CAD"), "CA$": _Unit("CAD"),
    "Can$": _Unit("CAD"), "CAN$": _Unit("CAD"), "Cdn$": _Unit("CAD"), "CDN$": _Unit("CAD"),
    "Aus$": _Unit("AUD"), "AUS$": _Unit("AUD"), "NZ$": _Unit("NZD"), "HK$": _Unit("HKD"), "S$": _Unit("SGD"),
    "SG$": _Unit("SGD"), "NT$": _Unit("TWD"), "R$": _Unit("BRL"), "Mex$": _Unit("MXN"),
    "MX$": _Unit("MXN"), "AR$": _Unit("ARS"), "CLP$": _Unit("CLP"), "COL$": _Unit("COP"),
    "RD$": _Unit("DOP"), "J$": _Unit("JMD"), "TT$": _Unit("TTD"), "Z$": _Unit("ZWL"),
    "N$": _Unit("NAD"), "EC$": _Unit("XCD"), "BZ$": _Unit("BZD"), "FJ$": _Unit("FJD"),
    "G$": _Unit("GYD"), "GY$": _Unit("GYD"), "L$": _Unit("LRD"), "BN$": _Unit("BND"),
    # the peso's code or initials against the sign, as Latin American desks write them
    "COP$": _Unit("COP"), "Col$": _Unit("COP"), "ARS$": _Unit("ARS"), "Ar$": _Unit("ARS"),
    "CL$": _Unit("CLP"), "Ch$": _Unit("CLP"), "UY$": _Unit("UYU"), "$U": _Unit("UYU"), "$UY": _Unit("UYU"),
    # the Australian press puts the country after the sign: "$US512 million", "$A1.2bn"
    "$US": _Unit("USD"), "$A": _Unit("AUD"), "$AU": _Unit("AUD"), "$NZ": _Unit("NZD"), "$C": _Unit("CAD"),
    "$HK": _Unit("HKD"), "$S": _Unit("SGD"),
    "€": _Unit("EUR"), "£": _Unit("GBP"), "E£": _Unit("EGP"), "LE": _Unit("EGP"),
    "L.E.": _Unit("EGP"), "¥": _Unit("JPY", _YEN_YUAN), "JP¥": _Unit("JPY"),
    "CN¥": _Unit("CNY"), "RMB": _Unit("CNY"), "₹": _Unit("INR"), "Rs": _Unit("INR", _RUPEES),
    "Rs.": _Unit("INR", _RUPEES), "Re": _Unit("INR", _RUPEES, weak=True),
    "Re.": _Unit("INR", _RUPEES), "₨": _Unit("INR", _RUPEES), "₽": _Unit("RUB"),
    "₸": _Unit("KZT"), "₺": _Unit("TRY"), "TL": _Unit("TRY"), "₩": _Unit("KRW"),
    "₦": _Unit("NGN"), "N": _Unit("NGN", weak=True), "₱": _Unit("PHP"),
    # the Philippine press's peso in title case, "Php 1.2 billion" (weak: "Php 8" is a version)
    "Php": _Unit("PHP", weak=True),
    "P": _Unit("PHP", ("PHP", "BWP"), weak=True), "₫": _Unit("VND"), "VNĐ": _Unit("VND"), "₴": _Unit("UAH"),
    # the Ukrainian press's hryvnia, "Hr 4.6 billion", "Hrn 96 million": weak, so that "Hr 2",
    # a count of hours, is no money (and "Hr." before a name never takes a number)
    "Hr": _Unit("UAH", weak=True), "Hrn": _Unit("UAH", weak=True),
    "₼": _Unit("AZN"), "₾": _Unit("GEL"), "֏": _Unit("AMD"), "฿": _Unit("THB"), "Bt": _Unit("THB", weak=True),
    "Rp": _Unit("IDR"), "Rp.": _Unit("IDR"), "RM": _Unit("MYR"), "R": _Unit("ZAR", weak=True),
    "Kč": _Unit("CZK"),  # also before the number: "Kč 5.2 billion"
    # ("Dh 65.4 billion" is the Moroccan press's dirham as much as the Emirati: the figure's
    # countries pick which)
    "Dh": _Unit("AED", _DIRHAMS), "Dhs": _Unit("AED", _DIRHAMS), "Dh.": _Unit("AED", _DIRHAMS),
    "Dhs.": _Unit("AED", _DIRHAMS),
    # the Moroccan press's capitals, "DH 12 billion", and the Hungarian press's forint before the
    # number, "Ft1.2 trillion" (both already read after it); weak, as initials and the foot
    "DH": _Unit("AED", _DIRHAMS, weak=True), "Ft": _Unit("HUF", weak=True),
    "SR": _Unit("SAR"), "QR": _Unit("QAR"), "KD": _Unit("KWD"), "BD": _Unit("BHD"),
    "RO": _Unit("OMR"), "JD": _Unit("JOD"), "KSh": _Unit("KES"), "Ksh": _Unit("KES"),
    "KShs": _Unit("KES"), "Kshs": _Unit("KES"), "USh": _Unit("UGX"), "Ush": _Unit("UGX"),
    "UShs": _Unit("UGX"), "Ushs": _Unit("UGX"), "Ushs.": _Unit("UGX"), "TSh": _Unit("TZS"),
    "Tsh": _Unit("TZS"), "TShs": _Unit("TZS"),
    # the same abbreviations closed by a dot, as East African papers write them: "Kshs. 4.1 billion"
    "KSh.": _Unit("KES"), "Ksh.": _Unit("KES"), "KShs.": _Unit("KES"), "Kshs.": _Unit("KES"),
    "USh.": _Unit("UGX"), "Ush.": _Unit("UGX"), "UShs.": _Unit("UGX"), "TSh.": _Unit("TZS"),
    "Tsh.": _Unit("TZS"), "TShs.": _Unit("TZS"), "Sh.": _Unit("KES", _SHILLINGS, weak=True),
    # Tanzanian papers' lower-case plural and Ghanaian papers' "c" for the cedi's sign, typed
    # without it ("Tshs 1.2 trillion", "GHc 1.2 billion", "Ghc5 billion"; "GHC", an initialism
    # too, only with a scale word or a large number); Al-Ahram's pound with the country after
    # the sign, "£E1.2bn" (each had been no money)
    "Tshs": _Unit("TZS"), "Tshs.": _Unit("TZS"), "GHc": _Unit("GHS"), "Ghc": _Unit("GHS"),
    "GHC": _Unit("GHS", weak=True), "£E": _Unit("EGP"),
    "Sh": _Unit("KES", _SHILLINGS, weak=True), "Shs": _Unit("KES", _SHILLINGS, weak=True),
    "Shs.": _Unit("KES", _SHILLINGS, weak=True), "GH₵": _Unit("GHS"), "GH¢": _Unit("GHS"),
    "₵": _Unit("GHS"), "CFA": _Unit("XOF", _CFA), "FCFA": _Unit("XOF", _CFA),
    # the CFA franc as the IMF, the World Bank and the wires abbreviate it ("CFAF 512 billion");
    # which of the two (West or Central African) is the figure's countries' to say
    "CFAF": _Unit("XOF", _CFA), "F CFA": _Unit("XOF", _CFA), "F.CFA": _Unit("XOF", _CFA),
    # the Ethiopian birr, and BelTA's Belarusian ruble ("Br18.6 billion"): the figure's countries say which
    "Br": _Unit("ETB", _BR, weak=True), "Birr": _Unit("ETB"), "ZK": _Unit("ZMW"), "MK": _Unit("MWK"),
    "Kz": _Unit("AOA"), "KM": _Unit("BAM", weak=True),
    # the Algerian press's dinar, "DA 98 billion" (weak: also a district attorney's initials)
    "DA": _Unit("DZD", weak=True),
    # the Mozambican press's metical, "MT 12.4 billion": only a figure of Mozambique's takes it
    # (after a number "MT" is metric tonnes, so it is no suffix, and before one only a scaled
    # amount is money)
    "MT": _Unit(None, ("MZN",), weak=True, scaled=True),
    "S/": _Unit("PEN"), "S/.": _Unit("PEN"), "₲": _Unit("PYG"), "₡": _Unit("CRC"),
    "SFr": _Unit("CHF"), "SFr.": _Unit("CHF"), "₪": _Unit("ILS"), "NIS": _Unit("ILS"),
    "₮": _Unit("MNT"), "৳": _Unit("BDT"), "Tk": _Unit("BDT", weak=True), "Tk.": _Unit("BDT", weak=True),
    "៛": _Unit("KHR"),
    "₭": _Unit("LAK"), "zł": _Unit("PLN"), "Bs": _Unit("BOB", ("BOB", "VES"), weak=True),
    "Bs.": _Unit("BOB", ("BOB", "VES"), weak=True), "Gs": _Unit("PYG", weak=True),
    "Gs.": _Unit("PYG", weak=True), "K": _Unit(None, ("ZMW", "MWK", "PGK", "MMK"), weak=True),
    # the Paraguayan press's one-letter guaraní, "G. 1.200 millones": an initial too ("Juan G.") and
    # the "G.7" of a group, so only a scaled amount of a figure of Paraguay's takes it
    "G.": _Unit(None, ("PYG",), weak=True, scaled=True),
    # the lilangeni and the loti, one letter each ("E642 million", "M24.5 billion"): no code of
    # their own, so only a figure of Eswatini or Lesotho takes them
    "E": _Unit(None, ("SZL",), weak=True), "M": _Unit(None, ("LSL",), weak=True),
    "Nu": _Unit("BTN", weak=True), "Nu.": _Unit("BTN"), "NRs": _Unit("NPR"), "NRs.": _Unit("NPR"),
    "SLRs": _Unit("LKR"), "SLRs.": _Unit("LKR"), "MRf": _Unit("MVR"), "Rf": _Unit("MVR", weak=True),
    "T$": _Unit("TOP"), "WS$": _Unit("WST"), "SI$": _Unit("SBD"), "Bds$": _Unit("BBD"), "BDS$": _Unit("BBD"),
    "SAT": _Unit("WST", weak=True), "SAT$": _Unit("WST"), "ST$": _Unit("WST"), "VT": _Unit("VUV", weak=True),
    "Vt": _Unit("VUV", weak=True),
    "B/.": _Unit("PAB"), "B$": _Unit("BND", ("BND", "BSD")), "FBu": _Unit("BIF"), "FRw": _Unit("RWF"),
    "Frw": _Unit("RWF"), "Rwf": _Unit("RWF"), "RWf": _Unit("RWF"),
    # the Rwandan franc in capitals, "FRW 2.3 billion", and the Tunisian dinar's "DT 2.3 billion"
    # (initials too, so only with a scale word); each had been no money
    "FRW": _Unit("RWF", weak=True), "DT": _Unit("TND", weak=True, scaled=True),
    # more letter-marked dollars: the Fijian press's "F$98.6 million", the Solomons' "SB$",
    # the Caymans', Bermuda's, Suriname's, Zimbabwe's and Taiwan's; the letters against the
    # "$" had made the sign no marker at all, and the figure was lost
    # the short signs of small economies' own press: Sierra Leone's "Le 1.2 billion" (the leone
    # redenominated in 2022), Madagascar's "Ar", Mauritania's "UM", Guinea's "FG", Sao Tome's
    # "Db", Eritrea's "Nfk", Myanmar's "Ks", Macau's "MOP$"; weak, as each is also a word or
    # an initial, and "Le" (French "the") and one letter only for a figure of its own country
    # (the Gambian "D", the Guatemalan "Q", the Honduran "L")
    "Le": _Unit(None, ("SLE",), weak=True), "Ar": _Unit("MGA", weak=True),
    "UM": _Unit("MRU", weak=True),
    "FG": _Unit("GNF", weak=True), "Db": _Unit("STN", weak=True), "Nfk": _Unit("ERN", weak=True),
    "Ks": _Unit("MMK", weak=True), "MOP$": _Unit("MOP"), "D": _Unit(None, ("GMD",), weak=True),
    # the Lebanese pound as the Beirut press writes it, "LL 15.6 trillion", "L.L. 90 billion"
    # (the French "livre libanaise"); weak, as initials
    "LL": _Unit("LBP", weak=True), "L.L.": _Unit("LBP", weak=True),
    "Q": _Unit(None, ("GTQ",), weak=True), "L": _Unit(None, ("HNL",), weak=True),
    # the Korean press's won before the number, "W3.5 trillion" (the "₩" without its bars):
    # one letter, so only a figure of Korea's takes it
    "W": _Unit(None, ("KRW",), weak=True),
    # (and "$F1.4 billion", the sign before the letter, as Fijian copy also writes it)
    "F$": _Unit("FJD"), "$F": _Unit("FJD"),
    "SB$": _Unit("SBD"), "CI$": _Unit("KYD"), "KY$": _Unit("KYD"), "BM$": _Unit("BMD"),
    "BD$": _Unit("BMD"), "SR$": _Unit("SRD"), "Sr$": _Unit("SRD"), "ZW$": _Unit("ZWL"), "TW$": _Unit("TWD"),
    # Zimbabwe Gold as the Zimbabwean press and ZimStat write it since April 2024 ("ZiG 1.9 billion")
    "ZiG": _Unit("ZWG"),
    # the yen as the British financial press writes it, "Y120bn" (one letter: only written against
    # a scaled number, and only a figure of Japan's takes it); the Tehran press's rials, "Rls 1.2
    # trillion"; the Nordic crowns before the number, "kr 1.2 billion", which the figure's
    # countries tell apart (each had been no money at all)
    "Y": _Unit(None, ("JPY",), weak=True), "Rls": _Unit("IRR", weak=True), "Rls.": _Unit("IRR", weak=True),
    "kr": _Unit(None, ("SEK", "NOK", "DKK", "ISK"), weak=True),
    "kr.": _Unit(None, ("SEK", "NOK", "DKK", "ISK"), weak=True),
    # the rouble as the Financial Times writes it, "Rbs1.5tn", "Rbs 300bn" (weak: only with a scale
    # word or a large number); it had been no money at all
    "Rbs": _Unit("RUB", weak=True), "Rbs.": _Unit("RUB", weak=True),
    # and as The Economist and other papers write it, "Rbl1.2bn", "Rbl 300bn" (the glued form had
    # been no money: "rbl" was read only as a word after the number); the afghani in its
    # abbreviation before the number, as Kabul's press writes it, "Af 5 billion", "Afs 12bn"
    # (initials of other things too, so only with a scale word; each had been no money)
    "Rbl": _Unit("RUB", weak=True), "Rbl.": _Unit("RUB", weak=True),
    "Af": _Unit("AFN", weak=True, scaled=True), "Afs": _Unit("AFN", weak=True, scaled=True),
    "Af.": _Unit("AFN", weak=True, scaled=True), "Afs.": _Unit("AFN", weak=True, scaled=True),
    # the Djiboutian franc as Djibouti's press writes it, "Fdj 12 billion"; the Syrian pound with
    # the country's initial against the sign, "S£1.2 trillion"; the Libyan dinar and the Yemeni
    # rial in their initials, "LD 1.2 billion", "YR 300 billion", and the Iraqi dinar's "ID 1.2
    # trillion": initials that are other things too (a lethal dose, a model year, an identity
    # card), so only with a scale word; each had been no money
    # the Congolese franc as Kinshasa's press writes it, "FC 12 billion" (the French "franc
    # congolais"), also the Comorian franc's mark: the figure's countries say which (weak, as a
    # club's initials)
    "FC": _Unit("CDF", ("CDF", "KMF"), weak=True),
    "Fdj": _Unit("DJF"), "S£": _Unit("SYP"), "LD": _Unit("LYD", weak=True, scaled=True),
    "YR": _Unit("YER", weak=True, scaled=True), "ID": _Unit("IQD", weak=True, scaled=True),
}  # fmt: skip
#: A dollar's code against the sign, "AUD$1.2 billion", "FJD$40 million" (as "USD$" is above).
PREFIXES.update({
    f"{code}$": _Unit(code) for code in (
        "AUD", "BBD", "BMD", "BND", "BSD", "BZD", "CAD", "FJD", "GYD", "HKD", "JMD", "KYD", "LRD", "NAD",
        "NZD", "SBD", "SGD", "SRD", "TTD", "TWD", "XCD", "WST", "TOP",
    )
})  # fmt: skip

#: Symbols and abbreviations written AFTER the number (case-sensitive): "5,2 Mrd. €", "10 mln zł".
SUFFIX_SYMBOLS: Final[dict[str, _Unit]] = {
    "€": _Unit("EUR"), "$": _Unit("USD", _DOLLAR_SIGNS), "£": _Unit("GBP"), "zł": _Unit("PLN"),
    "US$": _Unit("USD"),  # "1.2 billion US$", as Vietnamese and Chinese desks' English copy sets it
    "Ft": _Unit("HUF"), "Kč": _Unit("CZK"), "kr": _Unit(None, ("SEK", "NOK", "DKK", "ISK")),
    "₫": _Unit("VND"), "TL": _Unit("TRY"), "₺": _Unit("TRY"), "RMB": _Unit("CNY"),
    "FCFA": _Unit("XOF", _CFA), "CFAF": _Unit("XOF", _CFA), "F CFA": _Unit("XOF", _CFA),
    "F.CFA": _Unit("XOF", _CFA), "NIS": _Unit("ILS"), "Dh": _Unit("AED", _DIRHAMS),
    "Dhs": _Unit("AED", _DIRHAMS), "DH": _Unit("AED", _DIRHAMS),
    "₽": _Unit("RUB"), "₸": _Unit("KZT"), "₼": _Unit("AZN"), "₾": _Unit("GEL"),
    "֏": _Unit("AMD"), "₴": _Unit("UAH"), "₹": _Unit("INR"),
    "hrn": _Unit("UAH", weak=True),  # "4.6 billion hrn" (hours are "hr", "hrs")
    "KM": _Unit("BAM", weak=True),  # the Bosnian convertible mark, "620 million KM" (km is kilometres)
    # the Algerian dinar and the Angolan kwanza after the amount, "98 billion DA", "2,1 trillion Kz",
    # as APS and ANGOP write them; weak, as short initials
    "DA": _Unit("DZD", weak=True), "Kz": _Unit("AOA", weak=True),
    # the Tunisian dinar as TAP and the Tunis press write it, "2.3 billion DT" (as "412.3 MDT"),
    # and the Rwandan franc after the amount, "2.3 billion Rwf" (as before it); weak, as initials
    "DT": _Unit("TND", weak=True), "Rwf": _Unit("RWF", weak=True), "Frw": _Unit("RWF", weak=True),
    "FRW": _Unit("RWF", weak=True),
    "ZiG": _Unit("ZWG"),  # "1.9 billion ZiG", Zimbabwe Gold
    # East African and South Asian copy closes an amount of shillings or rupees with "/-":
    # "1.02trn/-", "Sh500,000/-", "Rs 500/-" (the figure's countries pick which)
    "/-": _Unit(None, ("TZS", "KES", "UGX", "INR", "PKR", "LKR", "NPR"), weak=True),
}  # fmt: skip

#: Abbreviations after the number that carry their scale, as the Maghreb press writes them in
#: English as in French: "2,178 MD" (million dinars), "35 MDH" and "1.2 MMDH" (million and
#: billion dirhams), "412.3 MDT" (million Tunisian dinars).
SCALED_SUFFIXES: Final[dict[str, tuple[_Unit, float]]] = {
    "MD": (_Unit(None, _DINARS), 1e6), "MDT": (_Unit("TND"), 1e6), "MTND": (_Unit("TND"), 1e6),
    "MDH": (_Unit("MAD"), 1e6), "MMDH": (_Unit("MAD"), 1e9),
}  # fmt: skip

#: ISO 4217 codes read before or after a number (upper case only). Codes that are also
#: common words or acronyms are weak; "ALL" (Albanian lek) is one of `_SCALED_CODES` instead.
ISO_CODES: Final = frozenset([
    "AED", "AFN", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN",
    "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF",
    "CHF", "CLP", "CNH", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR", "FJD", "GBP", "GEL", "GHS", "GMD", "GNF", "GTQ", "GYD", "HKD", "HRK",
    "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES",
    "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL",
    "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN",
    "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP",
    "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK",
    "SGD", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SYP", "SZL", "THB", "TJS", "TMT", "TND",
    "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND", "VUV",
    "VED", "WST", "XAF", "XCD", "XCG", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG", "ZWL",
])  # fmt: skip
_WEAK_CODES: Final = frozenset([
    "AMD", "ANG", "BAM", "CAD", "COP", "CUP", "GEL", "MAD", "MOP", "PEN", "SOS", "TOP", "TRY",
])  # fmt: skip
#: Codes that are a common word in capitals, an amount's unit only with a scale word right
#: after the number: "ALL 180 billion", "2.4 billion ALL" is the Albanian lek, "ALL 12 were
#: sold" in a capitalized line no money. Kept out of ISO_CODES, which other readers take for
#: any currency's mark ("all" before a number is mostly the word).
_SCALED_CODES: Final = frozenset(["ALL"])
#: Every code read as an amount's unit before or after its number.
_MARKER_CODES: Final = ISO_CODES | _SCALED_CODES
_CODE_ALIASES: Final = {"CNH": "CNY"}  # offshore yuan is still yuan

#: Currency words -> (default unit, {nationality: code}). The word forms are matched
#: case-insensitively after the number, optionally preceded by the nationality.
#: A qualifier may itself leave a choice: "CFA francs" are West or Central African, which the
#: figure's countries tell.
_WORD_UNITS: Final[dict[tuple[str, ...], tuple[_Unit, dict[str, str | _Unit]]]] = {
    # "dlrs": the wire services' abbreviation ("1.1 bln dlrs", "500 mln U.S. dlrs")
    # (and the Spanish and Portuguese plural, kept in half-translated copy: "1.100 millones de dólares")
    ("dollars", "dollar", "dlrs", "dlr", "dólares", "dolares"): (_Unit("USD", _DOLLARS), {
        "us": "USD", "u.s.": "USD", "usa": "USD", "american": "USD", "united states": "USD",
        "canadian": "CAD", "australian": "AUD", "new zealand": "NZD", "hong kong": "HKD",
        "singapore": "SGD", "singaporean": "SGD", "taiwan": "TWD", "new taiwan": "TWD",
        "taiwanese": "TWD", "brunei": "BND", "bruneian": "BND", "namibian": "NAD", "jamaican": "JMD",
        "fijian": "FJD", "liberian": "LRD", "zimbabwe": "ZWL", "zimbabwean": "ZWL",
        "guyanese": "GYD", "guyana": "GYD", "bahamian": "BSD", "barbados": "BBD", "barbadian": "BBD",
        "trinidad and tobago": "TTD", "east caribbean": "XCD", "belize": "BZD",
        # (the Solomons', the Caymans', Bermuda's and Suriname's dollars named in words, and the
        # Eastern Caribbean one as its central bank names it: each had been no money)
        "solomon islands": "SBD", "solomon": "SBD", "cayman islands": "KYD", "caymanian": "KYD",
        "bermuda": "BMD", "bermudian": "BMD", "surinamese": "SRD", "suriname": "SRD",
        "eastern caribbean": "XCD", "belizean": "BZD",
    }),
    ("euros", "euro"): (_Unit("EUR"), {}),
    ("pounds", "pound"): (_Unit("GBP", _POUNDS), {
        "british": "GBP", "uk": "GBP", "egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP",
        "sudanese": "SDG", "south sudanese": "SSP",
    }),
    ("sterling",): (_Unit("GBP"), {}),
    # (their countries' adjectives are listed so that they settle the "¥" before a number too,
    # "Chinese ¥1.2 billion": `_qualified_prefix`)
    ("yen",): (_Unit("JPY"), {"japanese": "JPY"}),
    ("yuan", "renminbi"): (_Unit("CNY"), {"chinese": "CNY"}),
    ("rupees", "rupee"): (_Unit("INR", _RUPEES), {
        "indian": "INR", "pakistani": "PKR", "pakistan": "PKR", "sri lankan": "LKR",
        "sri lanka": "LKR", "nepalese": "NPR", "nepali": "NPR", "mauritian": "MUR",
        "seychellois": "SCR", "seychelles": "SCR",
    }),
    ("reais", "reals"): (_Unit("BRL"), {}),
    ("real",): (_Unit("BRL", weak=True), {"brazilian": "BRL"}),
    ("dirhams", "dirham"): (_Unit("AED", _DIRHAMS), {
        "uae": "AED", "emirati": "AED", "emirates": "AED", "moroccan": "MAD",
    }),
    ("riyals", "riyal"): (_Unit("SAR", _RIYALS), {
        "saudi": "SAR", "qatari": "QAR", "omani": "OMR", "yemeni": "YER",
    }),
    ("rials", "rial"): (_Unit(None, _RIALS), {
        "iranian": "IRR", "omani": "OMR", "yemeni": "YER", "saudi": "SAR", "qatari": "QAR",
    }),
    # (no ISO code of its own: the figure is given in rials)
    ("tomans", "toman"): (_Unit("IRR", per_unit=10.0), {"iranian": "IRR"}),
    ("dinars", "dinar"): (_Unit(None, _DINARS), {
        "serbian": "RSD", "kuwaiti": "KWD", "bahraini": "BHD", "jordanian": "JOD",
        "iraqi": "IQD", "algerian": "DZD", "libyan": "LYD", "tunisian": "TND",
    }),
    ("tenge", "tenges"): (_Unit("KZT"), {}),
    ("rubles", "ruble", "roubles", "rouble", "rbls", "rbl"): (_Unit("RUB"), {  # "3 bln rbls": the wires
        "russian": "RUB", "belarusian": "BYN", "belarusian new": "BYN",
    }),
    ("som", "soms"): (_Unit("KGS", ("KGS", "UZS"), weak=True), {
        "kyrgyz": "KGS", "uzbek": "UZS",
    }),
    ("soums", "soum", "sums", "sum", "so'm", "so‘m"): (_Unit("UZS", weak=True), {}),
    ("manat", "manats"): (_Unit(None, _MANAT), {
        "azerbaijani": "AZN", "azeri": "AZN", "azerbaijan": "AZN", "turkmen": "TMT",
        "turkmenistan": "TMT",
    }),
    ("lira", "liras", "lire"): (_Unit("TRY", ("TRY", "LBP", "SYP")), {
        "turkish": "TRY", "lebanese": "LBP", "syrian": "SYP",
    }),
    ("won",): (_Unit("KRW", weak=True), {
        "south korean": "KRW", "korean": "KRW", "north korean": "KPW",
    }),
    ("lari", "laris"): (_Unit("GEL"), {}),
    ("drams", "dram"): (_Unit("AMD", weak=True), {}),
    ("somoni", "somonis"): (_Unit("TJS"), {}),
    ("rand", "rands"): (_Unit("ZAR", weak=True), {}),
    ("naira", "nairas"): (_Unit("NGN"), {}),
    ("shillings", "shilling"): (_Unit("KES", _SHILLINGS), {
        "kenyan": "KES", "kenya": "KES", "ugandan": "UGX", "uganda": "UGX",
        "tanzanian": "TZS", "tanzania": "TZS", "somali": "SOS",
    }),
    ("birr", "birrs"): (_Unit("ETB"), {}),
    ("dong", "đồng"): (_Unit("VND", weak=True), {}),
    ("rupiah", "rupiahs"): (_Unit("IDR"), {}),
    ("ringgit", "ringgits"): (_Unit("MYR"), {}),
    ("baht",): (_Unit("THB"), {}),
    ("pesos", "peso"): (_Unit(None, _PESOS), {
        "mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "argentinean": "ARS",
        "chilean": "CLP", "philippine": "PHP", "filipino": "PHP", "colombian": "COP",
        "uruguayan": "UYU", "dominican": "DOP", "cuban": "CUP",
    }),
    # the French order, "812 billion francs CFA", is the CFA franc (its qualifier comes after)
    ("francs cfa", "franc cfa"): (_Unit("XOF", _CFA), {}),
    ("francs", "franc"): (_Unit(None, _FRANCS), {
        "swiss": "CHF", "cfa": _Unit("XOF", _CFA), "west african cfa": "XOF", "central african cfa": "XAF",
        "rwandan": "RWF", "rwanda": "RWF", "congolese": "CDF", "guinean": "GNF",
        "burundian": "BIF", "djiboutian": "DJF", "comorian": "KMF",
        # the CFP franc of New Caledonia, French Polynesia and Wallis and Futuna
        "cfp": "XPF", "pacific": "XPF",
    }),
    ("zlotys", "zloty", "zlotych", "złoty", "złotys"): (_Unit("PLN"), {}),
    ("forints", "forint"): (_Unit("HUF"), {}),
    ("korunas", "koruna", "koruny"): (_Unit("CZK"), {}),
    ("kronor", "krona", "kronur", "krónur", "króna"): (_Unit("SEK", _KRONA), {
        "swedish": "SEK", "icelandic": "ISK",
    }),
    ("kroner", "krone"): (_Unit(None, _KRONE), {"danish": "DKK", "norwegian": "NOK"}),
    ("crowns", "crown"): (_Unit(None, _CROWNS, weak=True), {
        "czech": "CZK", "swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "icelandic": "ISK",
    }),
    ("tugriks", "tugrik", "tögrög", "tögrögs", "togrog", "togrogs", "tugrugs", "tugrug"): (_Unit("MNT"), {}),
    ("cedis", "cedi"): (_Unit("GHS"), {}),
    ("kwacha",): (_Unit(None, _KWACHA), {"zambian": "ZMW", "malawian": "MWK"}),
    ("kwanzas", "kwanza"): (_Unit("AOA"), {}),
    ("meticais", "metical", "meticals"): (_Unit("MZN"), {}),
    ("lei", "leu"): (_Unit("RON", ("RON", "MDL"), weak=True), {
        "romanian": "RON", "moldovan": "MDL",
    }),
    ("hryvnias", "hryvnia", "hryvnya", "hryvnyas"): (_Unit("UAH"), {}),
    ("leva", "lev"): (_Unit("BGN", weak=True), {}),
    ("denars", "denari", "denar"): (_Unit("MKD"), {}),
    # the Bosnian convertible mark; bare "marks" only with a scale word, and never the singular
    # "mark" alone, which is a threshold ("the 5 billion mark")
    ("convertible marks", "convertible mark"): (_Unit("BAM"), {}),
    ("marks",): (_Unit("BAM", weak=True, scaled=True), {}),
    ("kyats", "kyat"): (_Unit("MMK"), {}),
    ("riels", "riel"): (_Unit("KHR"), {}),
    ("kip",): (_Unit("LAK", weak=True), {}),
    ("taka",): (_Unit("BDT"), {}),
    ("afghanis", "afghani"): (_Unit("AFN"), {}),
    # (and by its name before 2015, "nuevos soles", which Peruvian copy still writes)
    ("soles", "nuevos soles"): (_Unit("PEN"), {}),
    ("bolivianos", "boliviano"): (_Unit("BOB"), {}),
    ("guaranis", "guaranies", "guarani", "guaraníes", "guaranís", "guaraní"): (_Unit("PYG"), {}),
    ("kunas", "kuna"): (_Unit("HRK"), {}),  # Croatia's until 2023: figures of 2022 and before
    ("nakfa", "nakfas"): (_Unit("ERN"), {}),
    ("bolivars", "bolívares", "bolivares"): (_Unit("VES"), {}),
    ("colones", "colóns"): (_Unit("CRC"), {}),
    ("quetzales", "quetzals", "quetzal"): (_Unit("GTQ"), {}),
    ("lempiras", "lempira"): (_Unit("HNL"), {}),
    ("cordobas", "córdobas"): (_Unit("NIO"), {}),
    ("gourdes", "gourde"): (_Unit("HTG"), {}),
    ("dalasis", "dalasi"): (_Unit("GMD"), {}),
    ("leones", "leone"): (_Unit("SLE"), {}),
    ("ariary",): (_Unit("MGA"), {}),
    ("pula",): (_Unit("BWP", weak=True), {}),
    ("ouguiyas", "ouguiya"): (_Unit("MRU"), {}),
    ("shekels", "shekel"): (_Unit("ILS"), {"new": "ILS", "israeli": "ILS"}),
    ("rufiyaa",): (_Unit("MVR"), {}),
    ("ngultrum", "ngultrums"): (_Unit("BTN"), {}),
    ("kina",): (_Unit("PGK"), {}),
    ("tala",): (_Unit("WST"), {}),
    # the tala's cent, "sene" (weak: only a large or scaled count of them is money)
    ("sene",): (_Unit("WST", weak=True, per_unit=0.01), {}),
    ("pa'anga", "pa’anga", "paanga"): (_Unit("TOP"), {}),
    ("vatu",): (_Unit("VUV"), {}),
    ("emalangeni", "lilangeni"): (_Unit("SZL"), {}),
    ("maloti", "loti"): (_Unit("LSL"), {}),
    ("leks", "lekë", "leke", "lek"): (_Unit("ALL"), {}),
    ("escudos", "escudo"): (_Unit("CVE"), {}),
    ("dobras", "dobra"): (_Unit("STN"), {}),  # São Tomé and Príncipe's ("Db" before the number)
    ("balboas", "balboa"): (_Unit("PAB"), {}),
}  # fmt: skip

_UNIT_OF_WORD: Final[dict[str, tuple[_Unit, dict[str, str | _Unit]]]] = {
    form: entry for forms, entry in _WORD_UNITS.items() for form in forms
}
#: Every country adjective of the countries lexicon may stand before a currency word ("Macedonian
#: denars", "Albanian lek", "Bosnian convertible marks"): one the unit's own table does not
#: list leaves the unit's default, so a unit of one country keeps its code and an ambiguous one
#: stays ambiguous.
_DEMONYMS: Final = {
    d.strip().lower() for row in read_tsv("countries.tsv") for d in row[2].split("|") if d.strip()
}
#: A country's short name may stand there too, as its adjective does ("Fiji dollars", "Djibouti
#: francs", "Malawi kwacha", "Nepal rupees"): it names the currency its adjectives name in the
#: unit's table (`_word_unit`). Such an amount had been no money at all, the name parting the
#: scale from its unit.
_NAME_DEMONYMS: Final = {
    row[1].strip().lower(): tuple(d.strip().lower() for d in row[2].split("|") if d.strip())
    for row in read_tsv("countries.tsv")
    if len(row) > 2 and row[1].strip()
}
_QUALIFIERS: Final = sorted(
    {q for _, quals in _WORD_UNITS.values() for q in quals} | _DEMONYMS | set(_NAME_DEMONYMS),
    key=len,
    reverse=True,
)
_YEAR: Final = re.compile(r"^(?:19|20)\d\d$")
_MIN_WEAK_AMOUNT: Final = 1000.0
#: Prefixes that are a bare capital letter also used for grades, lines and models ("Model E
#: 2,500", "Zone M 3,000"): they count only written against the number and with a scale word
#: ("E642 million", "M24.5 billion").
_BARE_LETTER_PREFIXES: Final = frozenset(["E", "M", "Y"])


_OPTIONAL_SPACE: Final = r"\s?"
_PREFIX: Final = literal_alternation([*PREFIXES, *_MARKER_CODES], space=_OPTIONAL_SPACE)
_WORD_UNIT: Final = literal_alternation(_UNIT_OF_WORD, ignore_case=True)
_SUFFIX_SYMBOL: Final = literal_alternation(SUFFIX_SYMBOLS)
_QUALIFIER: Final = literal_alternation(_QUALIFIERS, ignore_case=True)
_SCALES: Final = rf"{SCALE_PATTERN}(?:[\s-]{SCALE_PATTERN})?"  # "lakh crore", "lakh-crore"
_RANGE_SEP: Final = r"\s?[-–—]\s?"  # "to" ranges are joined after matching, where "from" is visible
_ISO: Final = literal_alternation(_MARKER_CODES)

#: The number core, scanned first: it opens with a character class, so the engine skips to
#: digits quickly; the currency marker around it is then checked with anchored patterns.
_AMOUNT: Final = re.compile(
    rf"""
    (?P<n>{NUMBER_PATTERN})
    (?:{_RANGE_SEP}(?:{_PREFIX})?\s?(?P<n2>{NUMBER_PATTERN}))?
    (?:[\s-]?(?P<scale>{_SCALES})
        (?:\s(?P<tail>\d{{1,3}}(?:\.\d{{1,3}})?)\s?(?P<tail_scale>{SCALE_PATTERN}))?
    )?
    """,
    re.VERBOSE,
)
#: The same number core without the smaller-scale tail of a compound amount, for a match
#: whose tail is no part of it (`_compound_tail`).
_AMOUNT_HEAD: Final = re.compile(
    rf"""
    (?P<n>{NUMBER_PATTERN})
    (?:{_RANGE_SEP}(?:{_PREFIX})?\s?(?P<n2>{NUMBER_PATTERN}))?
    (?:[\s-]?(?P<scale>{_SCALES}))?
    """,
    re.VERBOSE,
)
#: Prefixes are matched backwards from the number: the text before it is reversed and one
#: anchored match of the reversed markers replaces a search over every start position.
_REVERSED_MARKERS: Final = literal_alternation(
    [k[::-1] for k in [*PREFIXES, *_MARKER_CODES]], space=_OPTIONAL_SPACE
)
_PREFIX_REVERSED: Final = re.compile(
    rf"\s?(?P<pre>{_REVERSED_MARKERS})"
    r"(?![A-Za-z0-9$€£¥])"
)
_PREFIX_LAST_CHARS: Final = frozenset(k[-1] for k in [*PREFIXES, *_MARKER_CODES])
_PREFIX_REACH: Final = max(len(k) for k in PREFIXES) + 3
_UNIT_AFTER: Final = re.compile(
    rf"""
    \.?[\s-]?(?:
        (?:(?P<qual>{_QUALIFIER})(?:\s+|-(?=\w)))?(?P<unit>{_WORD_UNIT})(?P<sterling>\s+sterling)?(?![A-Za-z])
        | (?P<code>{_ISO})(?![A-Za-z])
        | (?P<sym>{_SUFFIX_SYMBOL})(?![A-Za-z])
    )
    """,
    re.VERBOSE,
)
#: A currency named after an amount as the terms it is given in: " in Canadian dollars", " (Australian
#: dollars)", ", in New Zealand dollar terms" (the amount's sign leaves a choice the name settles).
_UNIT_TOLD_AFTER: Final = re.compile(
    rf"\s*(?:\(\s*(?:in\s+)?|,?\s+in\s+)(?P<qual>{_QUALIFIER})[\s-]+(?P<unit>{_WORD_UNIT})(?![A-Za-z])"
)
#: The same with no qualifier, a currency of its own name told as the terms: " in euros", ", in
#: yuan terms", " (in sterling)"; `_unit_told_in_terms` takes it only for a unit of one currency
#: ("1.2 billion in euro zone trade" is a place's, not the terms).
_BARE_UNIT_TOLD_AFTER: Final = re.compile(
    rf"\s*(?:\(\s*in\s+|,?\s+in\s+)(?P<unit>{_WORD_UNIT})(?:\s+terms)?(?![A-Za-z]|[\s-]+(?:zone|area)\b)"
)
_SCALED_AFTER: Final = re.compile(rf"\s?(?P<scaled>{literal_alternation(SCALED_SUFFIXES)})(?![A-Za-z])")
#: Amounts in words ("half a billion dollars") are rare: they are looked for only around a
#: scale word that has no digit before it. A hyphen may join the number to its scale, as in
#: the compound "a half-billion dollars" (the scale alone had been no amount).
_SCALE_HINT: Final = re.compile(r"illion|ousand|illiard")
_WORD_BEFORE: Final = re.compile(rf"{WORD_NUMBER_PATTERN}(?:\s+|-)$")
_WORD_AMOUNT: Final = re.compile(
    rf"(?P<n>{WORD_NUMBER_PATTERN})(?:\s+|-)(?P<scale>{_SCALES})\s+"
    rf"(?:(?P<qual>{_QUALIFIER})\s+)?(?P<unit>{_WORD_UNIT})(?![A-Za-z])"
)
_WORD_REACH: Final = 30
#: The digits of a number in words with a decimal point, before the last of them: "one point two
#: billion dollars" is 1.2 billion, "three point two five billion" 3.25 billion (read alone, the
#: last digit word had been the whole number: 2 billion).
_DIGIT_WORDS: Final = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_POINT_BEFORE: Final = re.compile(
    rf"(?i)\b(?P<whole>{WORD_NUMBER_PATTERN})\s+point\s+(?P<digits>(?:(?:{'|'.join(_DIGIT_WORDS)})\s+)*)$"
)
_POINT_REACH: Final = 60

#: Hedges written just before an amount; the number is still the figure.
HEDGES: Final = frozenset([
    "more than", "over", "above", "in excess of", "upwards of", "at least", "no less than",
    "not less than", "about", "around", "approximately", "approx.", "roughly", "some", "nearly",
    "almost", "close to", "up to", "less than", "under", "below", "just over", "just under",
    "an estimated", "estimated at", "as much as", "as little as", "circa", "over and above",
])  # fmt: skip
_HEDGE_WORDS: Final = max(len(h.split()) for h in HEDGES)
_BETWEEN: Final = re.compile(r"(?i)\bbetween\s+(?:\w+\s+){0,2}$")
#: Past-tense verbs of change whose object may be the amount of the change ("rose $300m to
#: $2.1bn", "fell NZ$1.2 billion (20 percent) to ..."); trade_frames reads such an amount as
#: the change, and here it is never the low end of a range.
CHANGE_VERBS: Final = (
    r"increased|decreased|declined|rose|fell|grew|dropped|jumped|climbed|surged|slipped|slid|gained|"
    r"plunged|soared|expanded|shrank|contracted|edged\s+(?:up|down)"
)
#: "from $3 to $4bn", "grew by $1bn to $5bn", "rose $300m to $2.1bn": a change and a level
_FROM: Final = re.compile(rf"(?i)\b(?:from|by|{CHANGE_VERBS})\s+(?:\w+\s+){{0,2}}$")
_RANGE_GAP: Final = re.compile(r"^\s?(?:-|–|—|to)\s?$")
_AND_GAP: Final = re.compile(r"(?i)^\s+and\s+$")
_POUNDS_OF: Final = re.compile(r"\s+of\b")
_HEDGE_WINDOW: Final = 40


def _amounts(text: str) -> Iterator[re.Match[str]]:
    """The number cores of `text` in order, as `_AMOUNT.finditer`, but a match whose tail is no
    compound amount's (`_compound_tail`) is cut back to its head, so the tail is read as its
    own number next."""
    position = 0
    while (m := _AMOUNT.search(text, position)) is not None:
        if _dotted_marker_before(text, m):
            # "Rs.500 crore", "KShs.4.1 billion", "Gs.4.800 millones": the marker's own period, not
            # a decimal point ("Rs.1,200 crore" had been Rs 0.1). The number is read with the period
            # blanked (a digit right after a period is no number's start), at the same offsets.
            blanked = f"{text[: m.start()]} {text[m.start() + 1 :]}"
            m = _AMOUNT.match(blanked, m.start() + 1)
            assert m is not None  # (a digit follows the period: `_dotted_marker_before`)
        if m.group("tail") is not None and _compound_tail(m) is None:
            m = _AMOUNT_HEAD.match(text, m.start())
            assert m is not None  # (the head is the same pattern's prefix)
        yield m
        position = m.end()


def _dotted_marker_before(text: str, m: re.Match[str]) -> bool:
    """Whether the number `m` opens on the period that closes a currency marker written against
    it ("Rs.500", "Tk.1,200", "Nu.5"): a letter before the period, a digit after it, and a
    marker of `PREFIXES` that ends with the period ("Rs.", "Tk.", "Gs.", "G."). A sign's
    amount ("$.5 billion") and a word's period stay as they are."""
    start = m.start()
    if text[start] != "." or start == 0 or not text[start - 1].isalpha():
        return False
    if not text[start + 1 : start + 2].isdigit():
        return False
    prefix = _prefix_before(text, start + 1)
    return prefix is not None and prefix[1].endswith(".") and prefix[0] + len(prefix[1]) == start + 1


def _compound_tail(m: re.Match[str]) -> float | None:
    """The value of the smaller-scale tail of a compound amount, "$2 billion 418.6 million",
    "1 billion 602.7 million dollars", "3 million 250 thousand" (one figure, as the press of
    the former Soviet states writes it), else None: the head is a whole number with one
    scale word, the tail's scale is smaller and the tail stays below one unit of the head's
    ("$2 billion 3 billion" or "5 million 2,000 thousand" are no one amount)."""
    tail = m.groupdict().get("tail")
    if tail is None or m.group("n2") is not None or not m.group("n").isdigit():
        return None
    head_scale = scale_factor(m.group("scale"))
    tail_scale = scale_factor(m.group("tail_scale"))
    value = parse_number(tail)
    if head_scale is None or tail_scale is None or value is None:
        return None  # (a head of two scale words, "lakh crore", has no factor of one word)
    tail_value = value * tail_scale
    return tail_value if tail_scale < head_scale and tail_value < head_scale else None


def find_money(text: str) -> list[Money]:
    """Every money expression in `text`, in order, non-overlapping; ranges merged into one."""
    found: list[Money] = []
    bare: list[re.Match[str]] = []
    for m in _amounts(text):
        money = _digit_money(m, text)
        if money is None and m.group("n2") is not None:
            # "turnover in 2023 - US$ 84,6 mln": a year, a dash, then the amount, no range
            second = _AMOUNT.match(text, m.start("n2"))
            money = _digit_money(second, text) if second is not None else None
        if money is not None:
            found.append(money)
        elif m.group("scale") is not None:
            bare.append(m)
    found.extend(_word_money(text))
    found.sort(key=lambda money: money.start)
    if bare and found:
        found = sorted([*found, *_compared_bare_amounts(text, bare, found)], key=lambda money: money.start)
    return _merge_ranges(found, text)


#: Any hedge of HEDGES as a pattern's alternation, the longest first ("just over" before
#: "over"): the one list of hedges for every pattern that lets one stand before an amount.
HEDGE_ALTERNATION: Final = "|".join(
    re.escape(h).replace(r"\ ", r"\s+") for h in sorted(HEDGES, key=len, reverse=True)
)
#: The hedges of HEDGES that only soften an amount's size and set no bound on it ("rose nearly
#: $1 billion", "fell some NZ$1.2 billion"), as an alternation: "below", "above", "up to" or "at
#: least" after a change verb make the amount a level ("fell below $2 billion"), not the change.
APPROX_HEDGE_ALTERNATION: Final = "|".join(
    re.escape(h).replace(r"\ ", r"\s+")
    for h in sorted(
        ("some", "about", "around", "roughly", "nearly", "almost", "over", "more than", "less than",
         "just over", "just under"),
        key=len, reverse=True,
    )
)  # fmt: skip
#: Any hedge, as an optional group before a bare amount ("down from over 16 billion").
_HEDGE_GROUP: Final = rf"(?:(?:{HEDGE_ALTERNATION})\s+)?"
#: A comparison word right before a bare amount: "..., against 85 billion in 2023".
_COMPARED_BEFORE: Final = re.compile(
    rf"(?i)\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s+{_HEDGE_GROUP}$"
)
#: A verb stating a value right before a bare amount: "..., while imports reached 1.12 billion".
#: Any verb of change with "to" tells the level reached ("imports slipped to 85 billion"), so
#: the change verbs are taken whole rather than a few of them.
_VALUED_BEFORE: Final = re.compile(
    r"(?i)\b(?:reached|reaching|total(?:l)?ed|totalling|totaling|amounted\s+to|amounting\s+to|stood\s+at|"
    rf"standing\s+at|came\s+to|hit|(?:{CHANGE_VERBS}|went\s+(?:up|down))\s+to|(?:were|was)(?:\s+worth)?"
    # the share of the figure before: "with exports accounting for 2.1 billion", "of which exports
    # made up 2.1 billion"
    r"|accounting\s+for|accounted\s+for|made\s+up|making\s+up|valued\s+at"
    # the next item of a ranking: "Colombia came third with 4,400 million dollars, Peru fourth with
    # 3,200 million"
    r"|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next)\s+(?:place\s+)?(?:with|at))\s+"
    rf"{_HEDGE_GROUP}$"
)
#: A flow's noun and "of" right before a bare amount: "..., with exports of 2.6 billion and imports
#: of 3.8 billion" (the flow's value, in the unit of the figure before); also with the verb
#: gapped, where wires leave out the verb and the unit together ("exports totalled 15.1 billion
#: euros and imports 51.7 billion", "exports stood at 6.1 billion yuan, imports at 3.1 billion"),
#: a gapped "amounted to" or "rose to" ("exports amounted to 1.3 billion US dollars, imports to 0.9
#: billion"), or a dash or colon in its place, as Central Asian wires write ("imports - 0.9 billion").
_FLOW_OF_BEFORE: Final = re.compile(
    r"(?i)\b(?:exports|imports|re-exports|shipments|purchases|sales|turnover)"
    rf"(?:\s+(?:(?:of|worth|at|to)\s+)?|\s*[:–—-]\s*){_HEDGE_GROUP}$"
)
#: What may follow such an amount when the unit left out is the money's: punctuation, the end,
#: or a word that opens no unit ("1.12 billion in September"); "40 million tonnes" is no money.
_VALUED_AFTER: Final = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:in|during|from|against|compared|up|down|while|and|but|whereas|last|this|"
    r"over|for|between|on|by|year-on-year|respectively|according|as|with)\b"
)
#: How far back the amount it is compared with may be.
_COMPARED_REACH: Final = 160
#: A count of months and a year ("9M 2023", "6M FY2024"): the first months of that year, a
#: period the dates module reads, not an amount in millions ("up 6% against 9M 2023").
_MONTH_CODE: Final = re.compile(r"(?:1[0-2]|[1-9])M\s?(?:FY\s?)?(?:(?:19|20)\d\d|'\d\d)(?!\d)")


def _compared_bare_amounts(text: str, bare: list[re.Match[str]], found: list[Money]) -> list[Money]:
    """Amounts written with a scale word but no currency right after a comparison word, in
    the currency of the amount just before them ("98 billion CFA francs in 2024, against 85
    billion in 2023"): the writer does not repeat the unit of the figure compared with. So
    too after a verb of value when nothing names another unit after the amount ("exports
    totaled 1.05 billion dollars, while imports reached 1.12 billion")."""
    out = []
    for m in bare:
        if text[m.end() : m.end() + 1] in ("%", "٪") or any(f.start <= m.start() < f.end for f in found):
            continue
        if _MONTH_CODE.match(text, m.start()):
            continue
        window = max(0, m.start() - 40)
        ends_well = _VALUED_AFTER.match(text, m.end()) is not None
        valued = ends_well and (
            _VALUED_BEFORE.search(text, window, m.start()) is not None
            or _FLOW_OF_BEFORE.search(text, window, m.start()) is not None
            or _country_right_before(text, window, m.start())
        )
        if not valued and _COMPARED_BEFORE.search(text, window, m.start()) is None:
            continue
        before = [f for f in found if f.end <= m.start() and f.currency is not None]
        if not before or m.start() - before[-1].end > _COMPARED_REACH:
            continue
        compared = before[-1]
        money = _build(text, m.start(), m.end(), _Unit(compared.currency, compared.candidates), m, True)
        if money is not None:
            out.append(money)
    return out


def _country_right_before(text: str, window: int, start: int) -> bool:
    """Whether a country's name ends right before the amount at `start`, maybe with a bracket
    between: a later item of a list of partners that leaves its currency out ("..., and those to
    Switzerland 312 billion", "ahead of Switzerland (312 billion)")."""
    gap = _OPEN_BRACKET_GAP.search(text, window, start)
    end = gap.start() if gap is not None else start
    return any(m.end == end - window for m in find_countries(text[window:end]) if m.kind == "name")


_OPEN_BRACKET_GAP: Final = re.compile(r"\s*\(?\s*$")


#: A number of one dot group ("2.011", "13.200"): a decimal in English copy, thousands in
#: continental copy ("13.200 millones" is 13,200 million).
_ONE_DOT_GROUP: Final = re.compile(r"(?<![\d,])(?<!\d\.)\d{1,3}\.\d{3}(?![\d.,])")  # (after "Gs." too)


def _one_dot_group(amount: str, scale: float) -> re.Match[str] | None:
    """The one-dot-group number of `amount` ("2.011 million") where its scale is a million,
    else None: the number whose dot may group thousands, which `with_continental_thousands`
    and `_dot_thousands_factor` then judge by the document or by its own shape."""
    return _ONE_DOT_GROUP.search(amount) if scale == 1e6 and "." in amount else None


def with_continental_thousands(found: list[Money], document: str) -> list[Money]:
    """`found` with "2.011 million euros" read as 2,011 million where the writer groups
    thousands with the dot: before a million, a number with one dot group and three digits
    after it, in a document that writes continental numbers elsewhere (a decimal comma:
    "fell 12,3 % to 2.011 million euros"; see `groups_thousands_with_dot`) or a Spanish or
    Portuguese date ("La Paz, 17 de mayo": a translation that kept the source's numbers), or
    in a currency of a country that groups thousands with the dot, with a last zero no decimal
    would keep ("1.150 million bolivianos"). Numbers whose own shape tells it ("13.200
    millones", "1.500 million") `find_money` has read so already. Otherwise "$1.234 million"
    and "$1.150 million" stay the English decimal."""
    out = found
    for k, money in enumerate(found):
        number = _one_dot_group(money.text, money.scale)
        if number is None or _thousands_by_shape(number.group(), money.text):
            continue
        if not (
            (number.group().endswith("0") and money.currency in _DOT_GROUPING_CURRENCIES)
            or _continental_copy(document)
        ):
            continue
        if out is found:
            out = list(found)
        high = None if money.value_high is None else _scaled(money.value_high, 1e3)
        out[k] = replace(money, value=_scaled(money.value, 1e3), value_high=high)
    return out


#: Currencies of Latin American countries that group thousands with the dot at home (Bolivia,
#: Paraguay, Argentina, Brazil, Chile, Colombia, Uruguay, Venezuela).
_DOT_GROUPING_CURRENCIES: Final = frozenset(["BOB", "PYG", "ARS", "BRL", "CLP", "COP", "UYU", "VES", "VEF"])
#: A dateline that gives a Spanish or Portuguese date ("Asunción, 3 de octubre"): the copy is
#: translated from a language that groups thousands with the dot. A date in the body ("the
#: embassy on Avenida 9 de Julio", "held on 3 de junio") names a street or quotes a day and
#: tells nothing of how the copy writes numbers.
#: (Its counts are doubled braces: in an f-string a bare "{0,40}" is the tuple "(0, 40)".)
_IBERIAN_DATELINE: Final = re.compile(
    rf"(?m)^[^\W\d_][^\n,.]{{0,40}},\s+\d{{1,2}}\s+de\s+{ROMANCE_MONTH_PATTERN}"
)
#: A number grouped by the English comma ("US$980,000"): the copy writes English numbers.
_COMMA_THOUSANDS: Final = re.compile(r"\d,\d{3}(?!\d)")


@lru_cache(maxsize=4)
def _continental_copy(document: str) -> bool:
    """Whether `document` is continental copy, whose one-dot-group million groups thousands:
    it writes a number only such copy writes (`groups_thousands_with_dot`), or it opens a line
    on a dateline with a Spanish or Portuguese date and groups no thousands with the English
    comma ("up from US$980,000" says the dot before "million" is a decimal). Asked once per
    document, cached, and only when such a million is met."""
    return groups_thousands_with_dot(document) or (
        _IBERIAN_DATELINE.search(document) is not None and _COMMA_THOUSANDS.search(document) is None
    )


def _thousands_by_shape(number: str, amount: str) -> bool:
    """Whether a one-dot-group `number` before a million groups thousands by its own shape,
    with no evidence from the rest of the document: before the Spanish or Portuguese million
    ("13.200 millones") or ending in zeros no decimal would keep ("1.500 million")."""
    return number.endswith("00") or any(w in amount.lower() for w in _IBERIAN_MILLIONS)


def _dot_thousands_factor(amount: str, factor: float) -> float:
    """1e3 when `amount`, scaled by a million, is a one-dot-group number that groups
    thousands by its shape (`_thousands_by_shape`: "13.200 millones de euros" is 13,200
    million, where `parse_number` read 13.2); 1 otherwise. Read here so that every caller of
    `find_money` gets it, not only trade's."""
    number = _one_dot_group(amount, factor)
    return 1e3 if number is not None and _thousands_by_shape(number.group(), amount) else 1.0


def named_currency(name: str) -> str | None:
    """The ISO code of a currency named in words with its qualifier ("Canadian dollars" ->
    CAD, "U.S. dollars" -> USD, "euros" -> EUR); None when the name leaves a choice
    ("dollars", "dinars") or names no currency."""
    *qualifier, word = name.split()
    unit = _word_unit(word, " ".join(qualifier) or None)
    return unit.code if unit is not None and not unit.candidates else None


def parse_money(text: str) -> Money | None:
    """The first money expression in `text` (meant for a short string holding one amount)."""
    found = find_money(text)
    return found[0] if found else None


def _digit_money(m: re.Match[str], text: str) -> Money | None:
    """A number (range, scale) with a currency marker before it or after it, else None."""
    prefix = _prefix_before(text, m.start())
    if (
        prefix is not None
        and prefix[1] in _BARE_LETTER_PREFIXES
        and (prefix[0] + len(prefix[1]) != m.start() or m.group("scale") in (None, "K", "k"))
    ):
        prefix = None  # "Model E 2,500", "E5,000", "Y2K": a letter, not the lilangeni or the yen
    prefix_unit = _prefix_unit(prefix[1]) if prefix is not None else None
    if prefix is not None and _unit_of_number_before(text, prefix[0], prefix_unit):
        prefix = None  # "a 24 Hr 1500 m relay": the hours of the number before, not hryvnias
    if prefix is not None:
        if text[m.end() : m.end() + 1] in ("%", "٪"):
            return None
        if m.group("scale") is None and _UNSIZED_SCALE_AFTER.match(text, m.end()):
            return None  # "$61.4 billon": a scale word this reader does not size, no $61.40
        if prefix_unit is not None and prefix_unit.candidates and prefix[1] == "$":
            # "$331.5 million tala", "$40 million Australian dollars": the Pacific and Caribbean
            # press write their own unit's sign before the amount and name it after; the name wins
            named = _UNIT_AFTER.match(text, m.end())
            if named is not None and not named.group("sym"):
                return _build(text, prefix[0], named.end(), _suffix_unit(named), m, True)
            told = _UNIT_TOLD_AFTER.match(text, m.end())
            told_unit = _word_unit(told.group("unit"), told.group("qual")) if told is not None else None
            if told_unit is not None and not told_unit.candidates:
                # "$3.2 billion in Canadian dollars", "$65 billion (Australian dollars)", "$19.1
                # billion in New Zealand dollar terms": the amount's own dollar, told after it
                return _build(text, prefix[0], m.end(), told_unit, m, False)
        settled = _unit_named_after(text, m, prefix[1], prefix_unit)
        if settled is not None:
            # "K1.2 billion kina", "¥1.2 billion yuan": the name after the amount picks among
            # the marker's currencies
            return _build(text, prefix[0], settled[0], settled[1], m, True)
        if prefix[1] == "$" and _LONG_SCALE.search(m.group("scale") or "") is not None:
            # "$61.4 billones": a million millions is an amount of pesos, whose sign the dollar's is
            return _build(text, prefix[0], m.end(), _PESO_SIGN, m, False)
        qualified = _qualified_prefix(text, prefix, prefix_unit)
        if qualified is not None:
            # "Nepali Rs 12 billion", "Ugandan Shs 1.2 trillion": the adjective settles the marker
            return _build(text, qualified[0], m.end(), qualified[1], m, False)
        return _build(text, prefix[0], m.end(), prefix_unit, m, False)
    after = _unit_after(text, m)
    if after is None:
        scaled = _SCALED_AFTER.match(text, m.end()) if m.group("scale") is None else None
        if scaled is None:
            return _word_unit_before(text, m) or _unit_told_in_terms(text, m)
        unit, factor = SCALED_SUFFIXES[scaled.group("scaled")]
        return _build(text, m.start(), scaled.end(), unit, m, True, factor)
    if m.group("scale") is None and _YEAR.match(m.group("n")):
        return None  # "in 2023 dollars": a price base year, not an amount
    unit_word = (after.group("unit") or "").lower()
    if unit_word.startswith("pound") and _POUNDS_OF.match(text, after.end()):
        return None  # "5 million pounds of beef": weight
    return _build(text, m.start(), after.end(), _suffix_unit(after), m, True)


def _unit_told_in_terms(text: str, m: re.Match[str]) -> Money | None:
    """A scaled amount with no marker whose currency is told after it, with its qualifier, as
    the terms it is given in (`_UNIT_TOLD_AFTER`): "1.2 billion in US dollars", "3.4 billion (in
    Canadian dollars)", "1.2 billion, in US dollar terms". The amount had been no money. Only a
    name that leaves no choice, and only after a scale word ("1,200 in US dollars" is none)."""
    if m.group("scale") is None:
        return None
    told = _UNIT_TOLD_AFTER.match(text, m.end())
    unit = _word_unit(told.group("unit"), told.group("qual")) if told is not None else None
    if told is None:
        # "3.4 billion in euros", "1.2 trillion, in yuan terms": a unit of one currency needs no
        # qualifier; a weak one ("in real terms", "in rand") and a choice ("in dollars") none
        bare = _BARE_UNIT_TOLD_AFTER.match(text, m.end())
        unit = _word_unit(bare.group("unit"), None) if bare is not None else None
        if unit is not None and unit.weak:
            return None
    if unit is None or unit.candidates or unit.code is None:
        return None
    return _build(text, m.start(), m.end(), unit, m, False)


#: A currency's name written before a scaled amount ("CFA francs 148 billion", "Kenya
#: shillings 2 billion", "rupees 40 billion"), its qualifier with it: matched back from the
#: number over a short window, once the word before the number is a currency's.
_WORD_UNIT_BEFORE: Final = re.compile(
    rf"(?:(?<![A-Za-z])(?P<qual>{_QUALIFIER})\s+)?(?<![A-Za-z])(?P<unit>{_WORD_UNIT})\s?\Z"
)
_WORD_UNIT_BEFORE_REACH: Final = 40


def _word_unit_before(text: str, m: re.Match[str]) -> Money | None:
    """An amount with a scale word whose currency is named before it in words ("exports rose
    to CFA francs 148 billion", "Indian rupees 40 billion"), as business papers in Africa and
    South Asia write it; only a currency word that is no common word too (not "won", "rand",
    "real" alone), and not the unit closing an amount before it ("5 billion euros 2 billion")."""
    start = m.start()
    if (
        m.group("scale") is None
        or start < 2
        or not text[start - 1].isspace()
        or not text[start - 2].isalpha()
    ):
        return None  # (cheap test first: most numbers have no letter right before them)
    word_start = start - 1
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    if text[word_start : start - 1].lower() not in _UNIT_OF_WORD:
        return None
    named = _WORD_UNIT_BEFORE.search(text, max(0, start - _WORD_UNIT_BEFORE_REACH), start)
    if named is None:
        return None
    unit = _word_unit(named.group("unit"), named.group("qual"))
    if unit is None or unit.weak or _amount_ends_before(text, named.start()):
        return None
    return _build(text, named.start(), m.end(), unit, m, False)


#: The codes each qualifier names in the units' tables ("nepali": NPR, "ugandan": UGX, "zambian":
#: ZMW), whatever the unit: a marker written before the number ("Rs", "Shs", "K") is one of them.
_CODES_OF_QUALIFIER: Final = {
    qualifier: frozenset(
        (code.code if isinstance(code, _Unit) else code)
        for _, table in _WORD_UNITS.values()
        for told, code in table.items()
        if told == qualifier
    )
    for qualifier in {q for _, table in _WORD_UNITS.values() for q in table}
}
#: A qualifier of a units' table ending right before a marker ("Nepali " of "Nepali Rs 12 billion").
_QUALIFIER_BEFORE_MARKER: Final = re.compile(rf"(?<![A-Za-z])(?P<qual>{_QUALIFIER})\s+\Z")
_QUALIFIER_BEFORE_MARKER_REACH: Final = 30


def _qualified_prefix(text: str, prefix: tuple[int, str], unit: _Unit | None) -> tuple[int, _Unit] | None:
    """Where a country's adjective written before an ambiguous marker starts, and the one unit
    it settles the marker to: "Nepali Rs 12 billion" (NPR), "Pakistani Rs.", "Ugandan Shs",
    "Malawian K", "Moroccan Dh", as the South Asian and African business press name the rupee
    or shilling of a neighbour. The marker alone had kept its default ("Rs": INR) even though
    the adjective before it told the currency, as it does before the word ("Nepali rupees").
    None when the marker is certain already, is the bare dollar sign ("a Canadian $5 billion
    deal" may be a Canadian deal in US dollars), or the adjective names none of its candidates."""
    marker_start, marker = prefix
    if unit is None or not unit.candidates or marker == "$":
        return None
    window = max(0, marker_start - _QUALIFIER_BEFORE_MARKER_REACH)
    named = _QUALIFIER_BEFORE_MARKER.search(text, window, marker_start)
    if named is None:
        return None
    qualifier = " ".join(named.group("qual").lower().split())
    if qualifier in _NAME_DEMONYMS and qualifier not in _DEMONYMS:
        return None  # "exported to Pakistan Rs 12 billion": a country's name may end the clause before
    codes = _CODES_OF_QUALIFIER.get(qualifier, frozenset())
    chosen = [code for code in unit.candidates if code in codes]
    if len(chosen) != 1:
        return None
    return named.start(), _Unit(chosen[0], per_unit=unit.per_unit)


def _unit_named_after(
    text: str, m: re.Match[str], marker: str, unit: _Unit | None
) -> tuple[int, _Unit] | None:
    """Where a currency named right after the amount `m` ends, and the unit it settles an
    ambiguous marker before the amount to: "K1.2 billion kina" (PGK, of the kwacha's, kina's and
    kyat's "K"), "¥1.2 billion yuan" (CNY, where "¥" alone is JPY). A name that leaves a choice
    narrows the marker's ("K1.2 billion kwacha": ZMW or MWK). None for a certain marker, the bare
    dollar sign (read apart: its name wins whatever it names), or a name that is none of the
    marker's currencies ("Rs 5 billion euros" keeps the marker) or leaves the same choice."""
    if unit is None or not unit.candidates or marker == "$":
        return None
    named = _UNIT_AFTER.match(text, m.end())
    after = _suffix_unit(named) if named is not None else None
    if named is None or after is None:
        return None
    codes = after.candidates or (after.code,)
    shared = tuple(code for code in unit.candidates if code in codes)
    if len(shared) == 1:
        return named.end(), _Unit(shared[0], per_unit=unit.per_unit)
    if unit.code is None and after.code is None and 1 < len(shared) < len(unit.candidates):
        return named.end(), _Unit(None, shared, per_unit=unit.per_unit)
    return None


def _amount_ends_before(text: str, start: int) -> bool:
    """Whether a number or a scale word ends right before `start` (the currency word there is
    that amount's unit)."""
    words = text[max(0, start - 20) : start].split()
    return bool(words) and (words[-1][-1].isdigit() or scale_factor(words[-1].lower()) is not None)


#: The French "of" between a scale word and its unit, kept in half-translated copy ("512
#: milliards de FCFA", "3 millions d'euros").
_FRENCH_OF: Final = re.compile(r"\s(?:de\s|d['’])")


def _unit_after(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The currency unit right after the amount `m`, or after the French "de" that may join a
    scale word to it (tried only after a scale word, and only where "d" follows the space)."""
    after = _UNIT_AFTER.match(text, m.end())
    if after is None and m.group("scale") is not None and text[m.end() + 1 : m.end() + 2] == "d":
        of = _FRENCH_OF.match(text, m.end())
        if of is not None:
            after = _UNIT_AFTER.match(text, of.end())
    return after


def _unit_of_number_before(text: str, marker_start: int, unit: _Unit | None) -> bool:
    """Whether a short, ambiguous marker stands right after a number ("24 Hr", "3 K"): then it is
    that number's unit (hours, thousands), and the number after it no amount of money."""
    if unit is None or not unit.weak:
        return False
    # Only the last few characters can hold a match (the lookbehind still sees those before the
    # window): searching from 0 made every weak marker rescan the whole story.
    window = max(0, marker_start - _NUMBER_BEFORE_REACH)
    return _NUMBER_BEFORE.search(text, window, marker_start) is not None


_NUMBER_BEFORE: Final = re.compile(r"(?<![\d.,])\d{1,3}\s?$")  # (not a year: "in 2023 Sh5 billion")
#: The longest `_NUMBER_BEFORE` match: 3 digits, a space, and the newline `$` may stand before.
_NUMBER_BEFORE_REACH: Final = 6


def _prefix_before(text: str, start: int) -> tuple[int, str] | None:
    """Start and text of the currency marker ending right before `start` (one space
    allowed), if any. "the US $15 billion" after "from"/"to" is the country and the sign
    ("imports from Brazil were $40 billion, and from the US $15 billion"): the article makes
    "US" the country's name, not the dollar's mark."""
    before = start - 1
    if before >= 0 and text[before].isspace():
        before -= 1
    if before < 0 or text[before] not in _PREFIX_LAST_CHARS:
        return None
    reach = max(0, start - _PREFIX_REACH)
    m = _PREFIX_REVERSED.match(text[reach:start][::-1])
    if m is None:
        return None
    prefix_start, prefix = start - m.end("pre"), m.group("pre")[::-1]
    if prefix in _SPACED_US_DOLLAR and _ARTICLE_BEFORE.search(text, max(0, prefix_start - 5), prefix_start):
        sign = prefix_start + prefix.index("$")
        return sign, "$"
    return prefix_start, prefix


#: The Spanish long-scale words (`numbers.SCALES`: a billón is a million millions), which only
#: a peso's amounts reach: "$" before them is the peso's sign.
_LONG_SCALE: Final = re.compile(
    rf"(?i)\b(?:{literal_alternation(k for k, v in SCALES.items() if v == 1e12 and k.startswith('bill'))})\b"
)
_PESO_SIGN: Final = _Unit(None, _PESOS)
#: A scale word after a number that `numbers.SCALES` does not size ("billon": the Spanish
#: billón unaccented, or a misspelt billion): the bare number before it is no amount.
_UNSIZED_SCALE_AFTER: Final = re.compile(r"(?i)\s+billon\b")
#: The US dollar's marks written with a space before the sign ("US $15 billion"), which "the"
#: before them makes the country's name and the dollar sign (`_prefix_before`).
_SPACED_US_DOLLAR: Final = frozenset(["US $", "U.S. $"])
_ARTICLE_BEFORE: Final = re.compile(r"(?i)\bthe\s+$")


def _word_money(text: str) -> list[Money]:
    """Amounts whose number is written in words, found around scale words."""
    found = []
    for hint in _SCALE_HINT.finditer(text):
        word_start = hint.start()
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        if text[max(0, word_start - 2) : word_start].strip()[-1:].isdigit():
            continue  # "31.4 billion": the digit scan has it
        number = _WORD_BEFORE.search(text, max(0, word_start - _WORD_REACH), word_start)
        if number is None:
            continue
        m = _WORD_AMOUNT.match(text, number.start())
        if m is not None:
            money = _build(text, m.start(), m.end(), _word_unit(m.group("unit"), m.group("qual")), m, True)
            if money is not None:
                found.append(_with_point_before(text, money, m.group("n")))
    return found


def _with_point_before(text: str, money: Money, last_word: str) -> Money:
    """`money` with its number read from a decimal point in words before it ("one point two
    billion dollars"), or unchanged when none stands there or the last word is no digit."""
    if "point" not in text[max(0, money.start - _POINT_REACH) : money.start].lower():
        return money
    point = _POINT_BEFORE.search(text, max(0, money.start - _POINT_REACH), money.start)
    last = last_word.lower()
    whole = parse_number(point.group("whole")) if point is not None else None
    if point is None or whole is None or last not in _DIGIT_WORDS:
        return money
    digits = "".join(str(_DIGIT_WORDS.index(w)) for w in point.group("digits").lower().split())
    factor = money.value / _DIGIT_WORDS.index(last) if _DIGIT_WORDS.index(last) else 0.0
    if not factor:
        return money
    value = (whole + float(f"0.{digits}{_DIGIT_WORDS.index(last)}")) * factor
    return replace(money, start=point.start(), value=value, text=text[point.start() : money.end])


def _build(
    text: str,
    start: int,
    end: int,
    unit: _Unit | None,
    m: re.Match[str],
    suffix: bool,
    unit_scale: float = 1.0,
) -> Money | None:
    """The Money for an amount match `m` spanning start..end, or None when a weak marker
    lacks a scale word or a large number."""
    if unit is None:
        return None
    value = parse_number(m.group("n"))
    if value is None:
        return None
    scales = m.group("scale")
    if unit.weak and scales is None and (value < _MIN_WEAK_AMOUNT or unit.scaled):
        return None
    if not suffix and scales and text[end - 1] == ".":
        end -= 1
    factor = _factor(scales) * unit_scale
    tail = _compound_tail(m)
    if tail is not None:
        value += tail / factor  # "$2 billion 418.6 million": 2.4186 billion
    thousands = _dot_thousands_factor(text[start:end], factor)  # "13.200 millones": 13,200 million
    if _indonesian_dot_group(m.group("n"), scales):
        thousands = 1e3  # "Rp 1.200 triliun": 1,200 trillion
    number_high = m.groupdict().get("n2")
    high = parse_number(number_high) if number_high else None
    return Money(
        start=start,
        end=end,
        value=_scaled(value, factor * thousands * unit.per_unit),
        currency=unit.code,
        text=text[start:end],
        value_high=None if high is None else _scaled(high, factor * thousands * unit.per_unit),
        qualifier=_hedge(text, start) or _plus_after(text, end),
        candidates=unit.candidates,
        scale=factor,
    )


#: The Indonesian scale words (`numbers.SCALES`): copy that keeps them writes Indonesian numbers,
#: whose dot groups thousands and whose comma is the decimal ("Rp 1.200 triliun", "Rp 12,5 miliar").
#: (Malay's "bilion" and "trilion" are not among them: Malaysia writes the English decimal point.)
_INDONESIAN_SCALES: Final = frozenset(["ribu", "juta", "miliar", "milyar", "triliun"])


def _indonesian_dot_group(number: str, scales: str | None) -> bool:
    """Whether `number` is one group of three digits after a dot before an Indonesian scale word
    ("1.200 triliun" is 1,200 trillion, which `parse_number` read as 1.2)."""
    words = (scales or "").lower().replace("-", " ").split()
    return bool(words) and words[-1] in _INDONESIAN_SCALES and _ONE_DOT_GROUP.fullmatch(number) is not None


def _scaled(value: float, factor: float) -> float:
    """value * factor without binary noise: "$1.07 billion" is 1070000000.0, not ...0000001."""
    return float(f"{value * factor:.12g}")


def _factor(scales: str | None) -> float:
    """Product of the scale words ("lakh crore" = 1e12); 1 without any. "mil" before a Spanish
    or Portuguese million ("1,9 mil millones", "mil milhões") is their "thousand": a thousand
    millions, 1e9 (alone, "$5 mil" is the English million)."""
    factor = 1.0
    words = (scales or "").replace("-", " ").split()
    for i, word in enumerate(words):
        if word.lower() == "mil" and i + 1 < len(words) and words[i + 1].lower() in _IBERIAN_MILLIONS:
            factor *= 1e3
            continue
        factor *= scale_factor(word) or 1.0
    return factor


#: The million of Spanish and Portuguese copy, after which "mil" is their word for thousand.
_IBERIAN_MILLIONS: Final = frozenset(
    ["millones", "millón", "milhões", "milhão", "millon", "milhoes", "milhao"]
)


#: A pure function of a short string (a name, a word): the same strings recur in every story.
@lru_cache(maxsize=8192)
def _prefix_unit(marker: str) -> _Unit | None:
    compact = re.sub(r"\s+", " ", marker)
    if compact in PREFIXES:
        return PREFIXES[compact]
    spaced = next((k for k in PREFIXES if k.replace(" ", "") == compact), None)
    if spaced is not None:
        return PREFIXES[spaced]
    return _code_unit(marker)


def _code_unit(code: str) -> _Unit | None:
    """The unit of an ISO code; a code that is also a word counts only with a scale word."""
    if code in _SCALED_CODES:
        return _Unit(code, weak=True, scaled=True)  # "ALL 180 billion", never "ALL 12"
    if code not in ISO_CODES:
        return None
    return _Unit(_CODE_ALIASES.get(code, code), weak=code in _WEAK_CODES)


def _suffix_unit(m: re.Match[str]) -> _Unit | None:
    if m.group("code"):
        return _code_unit(m.group("code"))
    if m.group("sym"):
        return SUFFIX_SYMBOLS[m.group("sym")]
    if m.group("sterling"):
        return _Unit("GBP")
    return _word_unit(m.group("unit"), m.group("qual"))


def _word_unit(word: str, qualifier: str | None) -> _Unit | None:
    """The unit a currency word names, as its qualifier settles it ("Fijian dollars": FJD); a
    country's name the unit's table does not list settles it as that country's adjectives do
    ("Fiji dollars"), and names no money when they do not either ("Chad dollars") unless the
    unit is of one country and has no table ("Vanuatu vatu")."""
    entry = _UNIT_OF_WORD.get(word.lower())
    if entry is None:
        return None
    default, by_nationality = entry
    if qualifier:
        told = " ".join(qualifier.lower().split())
        code = by_nationality.get(told)
        if code is None and told in _NAME_DEMONYMS and told not in _DEMONYMS:
            code = next((by_nationality[d] for d in _NAME_DEMONYMS[told] if d in by_nationality), None)
            if code is None:
                return None if by_nationality else default  # ("Vanuatu vatu": a unit of one country)
        if isinstance(code, _Unit):
            return code
        if code is not None:
            return _Unit(code, per_unit=default.per_unit)  # ("Iranian tomans" are still ten rials)
    return default


#: "-plus" or "+" closing an amount: "$1.2 billion-plus", "Rs 500 crore+", "N2trn-plus" (the
#: amount a lower bound, as "more than $1.2 billion" makes it); "$1bn plus interest" and "$5bn+$2bn"
#: add a sum.
_PLUS_AFTER: Final = re.compile(r"(?i)(?:-plus|\+)(?![\w+]|\s*[$€£¥₹₦\d])")


def _plus_after(text: str, end: int) -> str | None:
    """ "more than" when "-plus" or "+" closes the amount ending at `end`, else None: the hedge
    written after the figure, which `_hedge` reads only before it."""
    return "more than" if _PLUS_AFTER.match(text, end) is not None else None


def _hedge(text: str, start: int) -> str | None:
    """The longest hedge phrase ending right before `start`, lower case."""
    window = text[max(0, start - _HEDGE_WINDOW) : start]
    if not window or not window[-1].isspace():
        return None
    words = window.lower().split()[-_HEDGE_WORDS:]
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[-size:])
        if phrase in HEDGES:
            return phrase
    return None


def _merge_ranges(found: list[Money], text: str) -> list[Money]:
    """Join "$3bn-$4bn", "$3 to $4 billion" and "between $3 billion and $4 billion" into one
    Money. "from $3 to $4 billion" and "grew by $1 billion to $5 billion" stay two amounts (a
    change, an increment and a level), but the first one borrows the scale written only
    after the second."""
    merged: list[Money] = []
    for money in found:
        previous = merged[-1] if merged else None
        if previous is None or previous.value_high is not None or not _paired(previous, money, text):
            merged.append(money)
            continue
        low = previous
        if low.scale == 1.0 and money.scale != 1.0:
            low = replace(low, value=_scaled(low.value, money.scale), scale=money.scale)
        if low.value > money.value:
            merged.append(money)
        elif not _AND_GAP.match(text[low.end : money.start]) and _FROM.search(
            text, max(0, low.start - _HEDGE_WINDOW), low.start
        ):
            # (after "between", "and" joins a range's ends even after "by" or a change verb:
            # "could cut exports by between $60 billion and $80 billion")
            merged[-1] = low
            merged.append(money)
        else:
            merged[-1] = replace(low, end=money.end, text=text[low.start : money.end], value_high=money.value)
    return merged


def _paired(low: Money, high: Money, text: str) -> bool:
    """Two amounts in one currency joined only by a dash, "to", or "and" after "between"."""
    if low.currency != high.currency:
        return False
    gap = text[low.end : high.start]
    if _RANGE_GAP.match(gap):
        return True
    return bool(_AND_GAP.match(gap) and _BETWEEN.search(text, max(0, low.start - _HEDGE_WINDOW), low.start))
