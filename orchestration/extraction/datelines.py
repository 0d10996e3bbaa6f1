"""The dateline of a news story: "ASTANA, Kazakhstan, April 1. ..." -> "Astana".

A dateline is recognised by its *shape*, not by a list of cities, so that wires from any
country work:

    PLACE ("/" PLACE)* ( "," REGION | "[" REGION "]" | ","? DATE | "(" AGENCY ")"
                         | "/" AGENCY "/" | "." AGENCY )*  END

* PLACE is one to five words in ALL CAPS ("ABU DHABI", "SÃO PAULO", "DAR ES SALAAM",
  "ST. PETERSBURG", "N'DJAMENA") or in Title case with lowercase particles ("Hanoi",
  "Rio de Janeiro").
* REGION is a capitalised word group (country, state, agency name: "Kazakhstan",
  "Calif.", "ARMENPRESS"); DATE is "April 1", "JULY 31", "3rd May, 2024", "5 March";
  AGENCY is "(Reuters)", "(UzDaily.com)", "/TASS/", ". KAZINFORM". A day number before
  a word is also taken as a date in other languages ("2 de marzo", "5 mars", "5. März");
  English, Spanish, Portuguese and French dates with a year become a date value.
* END is a dash ("--", "–", "—", " - "), a colon, a period, or the end of the paragraph
  (a dateline alone on its line, as in "DOHA"). A period glued to a hyphen ("Lima.- ") also ends
  one, as Spanish-language papers write it.

Title-case places need more evidence than ALL-CAPS ones, because ordinary sentences
start with capitalised words: a REGION, DATE or AGENCY, or a spaced dash ("Tashkent —").
Short ALL-CAPS words (<= 3 letters: "US", "UAE", "IMF") also need that evidence, and
labels that are not places ("UPDATE:", "BREAKING -", "By Reuters") never count.

Only the first paragraph is searched, or the next ones while the paragraphs before them
are short unpunctuated lines (a headline or byline). The dateline stays in the document
text so that offsets keep matching the source; only the city is reported, in normal
capitalisation ("ABU DHABI" -> "Abu Dhabi", "PORT-AU-PRINCE" -> "Port-au-Prince").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Final

from orchestration.extraction import LEXICON_DIR
from orchestration.extraction.countries import (
    capital_of,
    city_country,
    fold,
    is_bloc_form,
    iso3_for,
    place_kind,
)
from orchestration.extraction.dates import (
    MONTH_PATTERN,
    ROMANCE_MONTH_PATTERN,
    SHORT_WEEKDAYS,
    TIME_ZONES,
    WEEKDAYS,
    parse_date,
)

#: How far into a paragraph a dateline may reach.
_WINDOW: Final = 200
#: Paragraphs looked at: headline, byline or letterhead lines may come before the dateline.
_MAX_PARAGRAPHS: Final = 6
_SHORT_LINE: Final = 120

_LETTER: Final = r"[^\W\d_]"
#: One word of a place name: letters with inner apostrophes or hyphens, or "St."-style abbreviations.
#: The apostrophe may be typed as a left quote, as Pacific papers write the glottal stop
#: ("NUKU‘ALOFA", "Hawai‘i" for the okina): the place had been cut at it, and the story unplaced.
_PLACE_WORD: Final = re.compile(rf"(?:(?:St|ST|Ste|STE|Mt|MT|Ft|FT|Pt|PT)\.|{_LETTER}+(?:['’‘-]{_LETTER}+)*)")
_WORD_GAP: Final = re.compile(r" (?=\S)")
#: A word of a region or an agency's name; an agency may be named by its site's address, a
#: word and a domain glued to it ("Agenda.ge", "Trend.Az", "UzDaily.com", "Akorda.kz"). A saint's
#: or a mount's short form opens a word group ("Castries, St. Lucia, June 12, 2025 (CMC) –": the
#: region had ended on "St.", and the dateline had lost its date).
_REGION_WORD: Final = (
    r"(?:(?:St|ST|Ste|Mt|MT)\.(?= [A-Z])"
    rf"|(?:[A-Z]\.){{2,3}}|{_LETTER}+(?:['’‘-]{_LETTER}+)*(?:\.[A-Za-z]{{2,3}}(?!\w|\.\w))?)"
)
_SEP_REGION: Final = re.compile(rf"\s*,\s*(?P<region>{_REGION_WORD}(?: {_REGION_WORD}){{0,3}}\.?)")
#: A month's short name in lower case before the day, as Spanish-language agencies write it
#: ("Lima, jun. 12 (ANDINA).", "Quito, ago. 3 (EFE)": the dateline had been none).
_LOWER_SHORT_MONTH: Final = r"(?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic|jan|apr|aug|dec)"
#: A day before a word is read as a date of another language only on one line ("5 mars 2025"):
#: "June 12" over "LUSAKA - ..." had been a place "June" dated "12 LUSAKA".
_SEP_DATE: Final = re.compile(
    rf"""\s*(?:,|\s/|\s\|)?\s*(?P<date>
        (?:{MONTH_PATTERN})\s+\d{{1,2}}/\d{{4}}(?!\d)
      | (?:{MONTH_PATTERN})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?!\d)
      | {_LOWER_SHORT_MONTH}\.?[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?(?!\d)
      | \d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_PATTERN})(?:,?\s+(?:of\s+)?\d{{4}})?(?!\d)
      | (?:(?:le|el)[ \t]+)?\d{{1,2}}\.?(?:[ \t]+de)?[ \t]+{_LETTER}{{3,12}}\.?
        (?:,?[ \t]+(?:de[ \t]+)?\d{{4}})?(?!\d)
      | \d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}
      | \d{{4}}-\d{{2}}-\d{{2}}
    )""",
    re.VERBOSE,
)
#: A weekday's name, whole or short, before a date written after the dateline's dash or in its
#: brackets: "Thursday, ", "THURSDAY ", "Thu. " ("Abuja – Thursday, June 12, 2025 – ", "ABUJA
#: (Thursday, June 12, 2025) — ": the weekday had hidden the date, and the dateline dated nothing).
_WEEKDAY_BEFORE_DATE: Final = (
    "(?:(?:"
    + "|".join(
        sorted({form for day in WEEKDAYS for form in (day.title(), day.upper())} | set(SHORT_WEEKDAYS))
    )
    + r")\.?,?[ \t]+)?"
)
#: A full date in parentheses after the place, as press releases date their dateline
#: ("Islamabad, Pakistan (June 12, 2025) –", "WASHINGTON, D.C. (12 June 2025) -"): read as the
#: dateline's date (it had been taken for an agency's credit, and dated nothing). Its year may
#: be left out, as Asian papers write it ("SINGAPORE (June 12): "): a yearless date then, as
#: "SINGAPORE, June 12 -" gives (it had dated nothing).
_DATE_IN_PARENS: Final = re.compile(
    rf"""\s*\({_WEEKDAY_BEFORE_DATE}(?P<date>
        (?:{MONTH_PATTERN})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?
      | \d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN})(?:,?\s+\d{{4}})?
    )\)""",
    re.VERBOSE,
)
#: A Hijri month in its common transliterations ("Rabi al-Awwal", "Jumada II", "Dhul Hijjah").
_HIJRI_MONTH: Final = (
    r"(?:Muharram|Safar|Rabi[\w'’ -]{0,14}?|Jumad[ae][\w'’ -]{0,16}?|Rajab|Sha['’]?a?ban|Ramadh?an"
    r"|Shawwal|(?:Dhu|Dhul|Zul|Thul|Zil)[\w'’ -]{0,14}?)"
)
#: A Hijri date before the Gregorian one it corresponds to, which is the date read: "16 Rajab
#: 1446 (16 January 2025)", "16 Rajab 1446 AH corresponding to 16 January 2025", "Rajab 16,
#: 1446, January 16, 2025" (Saudi, Libyan and Yemeni datelines).
_SEP_HIJRI: Final = re.compile(
    rf"""\s*,?\s*(?:\d{{1,2}}\s+{_HIJRI_MONTH}|{_HIJRI_MONTH}\s+\d{{1,2}}),?\s+1[34]\d\d(?:\s*(?:AH|A\.H\.|H)\b\.?)?
    \s*(?:,?\s*(?:corresponding|corresponds|coinciding)\s+(?:to|with)\s+|\(\s*|,\s*)
    (?P<date>\d{{1,2}}\s+(?:{MONTH_PATTERN}),?\s+\d{{4}}|(?:{MONTH_PATTERN})\s+\d{{1,2}},?\s+\d{{4}})(?!\d)
    (?:\s*\))?""",
    re.VERBOSE,
)
#: A Hijri date standing alone, with its year ("Rabi Al-Thani 22, 1447 AH", "5 Jumada Al-Awwal
#: 1447"): an element of the dateline that gives no Gregorian date (SPA's datelines open on one).
_SEP_HIJRI_ONLY: Final = re.compile(
    rf"\s*,?\s*(?:\d{{1,2}}\s+{_HIJRI_MONTH}|{_HIJRI_MONTH}\s+\d{{1,2}}),?\s+1[34]\d\d"
    r"(?:\s*(?:AH|A\.H\.|H)\b\.?)?(?!\d)"
)
#: A month of Nepal's Bikram Sambat calendar in its common spellings ("Jestha", "Asar", "Shrawan",
#: "Asoj", "Mangsir", "Poush", "Chaitra").
_BIKRAM_MONTH: Final = (
    r"(?i:Baisa?k?h|Baishakh|Jest?ha|Jeth|Jeshtha|Jyestha|Asar|Asadh|Ashadh?|Shrawan|Shravan|Srawan|Saun"
    r"|Bhadra|Bhadau|Ashwin|Asoj|Ashoj|Kartika?|Mangs?hir|Mangsir|Poush|Paush|Magh|Falgun|Phalgun|Fagun"
    r"|Chaitra|Chait)\b"
)
#: A Bikram Sambat day, its year maybe after it ("Jestha 29", "29 Jestha", "Asar 5, 2082"), as
#: Nepal's agency dates its copy: an element of the dateline that gives no Gregorian date ("KATHMANDU,
#: Jestha 29 (RSS):" had been no dateline, the month no English one).
_SEP_BIKRAM: Final = re.compile(
    rf"\s*,?\s*(?:{_BIKRAM_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_BIKRAM_MONTH})(?:,?\s+20[6-9]\d)?(?:\s*B\.?S\.?)?(?![\w.])"
)
_WEEKDAY_NAMES: Final = "|".join(sorted({form for day in WEEKDAYS for form in (day.title(), day.upper())}))
_SEP_WEEKDAY: Final = re.compile(rf"\s*,\s*(?:{_WEEKDAY_NAMES})\b")
_SHORT_WEEKDAYS: Final = "|".join(day[:3].title() for day in WEEKDAYS)
#: A bullet or bar before the date: "Jakarta ● Thu, December 19, 2024", "Lima | 3 March 2024".
_SEP_BULLET: Final = re.compile(
    rf"[ \t]*[●•·|][ \t]*(?:(?:{_WEEKDAY_NAMES}|{_SHORT_WEEKDAYS})\.?,?[ \t]*)?(?=\d|[A-Z])"
)
#: An agency after a bullet: "Kyiv • Ukrinform.", "Lagos | NAN".
#: The name ends the dateline's elements: an end, a bracket or another bar follows it, or its
#: line ends ("Kampala, June 12, 2025 | Uganda and Kenya ..." opens the story after the bar).
_AGENCY_BULLET: Final = re.compile(
    r"[ \t]*[●•·|][ \t]*(?P<agency>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})"
    r"(?=[ \t]*(?:[.,:;|·•●(\[]|--?|[–—]|\n|$))"
)
#: An agency in brackets after the place, also after a comma where the copy left the date out
#: ("ADDIS ABABA, (ENA) -": the comma had ended the place, and the story had no dateline).
_AGENCY_PAREN: Final = re.compile(r"\s*(?:,[ \t]*)?\((?P<agency>[^()\n]{1,60})\)")
#: A press-release distributor's credit between a hyphen and a slash on each side, African Media
#: Agency's house style: "ACCRA, Ghana, June 12, 2025 -/African Media Agency(AMA)/- The ..." (the
#: hyphen before the slash had ended nothing, and the release had had no dateline). The closing
#: hyphen is left to end the dateline.
_AGENCY_HYPHEN_SLASH: Final = re.compile(r"[ \t]*-/(?P<agency>[^/\n]{1,60})/(?=-[ \t])")
#: An agency's acronym in brackets glued to the place by a hyphen, as Malawian and Zambian papers
#: print their credit between two hyphens: "BLANTYRE-(MANA)-Malawi and ..." (the hyphen had ended
#: the place with nothing after it read, and the story had had no dateline). Only a credit in
#: capitals, before another hyphen or a space: "Kenya-(Uganda)" is no credit.
_AGENCY_PAREN_AFTER_HYPHEN: Final = re.compile(r"-\((?P<agency>[A-Z][A-Z0-9&.]{1,11})\)(?=-|\s)")
#: A region in square brackets, ANI's house style: "New Delhi [India], October 8 (ANI):".
_SEP_BRACKETED_REGION: Final = re.compile(r"\s*\[(?P<region>[A-Z][^\[\]\n]{1,40})\]")
_AGENCY_SLASH: Final = re.compile(r"\s*/(?P<agency>[^/\n]{1,40})/\.?")
_AGENCY_AFTER_DOT: Final = re.compile(
    r"\.\s+(?P<agency>[A-Z][A-Z0-9&'’.-]+(?: [A-Z][A-Z0-9&'’.-]+){0,3})(?=\s*(?:--|[–—:-]))"
)
#: An agency's name with no brackets between the date and the dash: "TOKYO, July 9 Kyodo -",
#: "BEIJING, July 9 Xinhua --".
_AGENCY_AFTER_DATE: Final = re.compile(
    r"[ \t]+(?P<agency>[A-Z][A-Za-z]{1,15}|[A-Z]{2,8})(?=[ \t]*(?:--|[–—]|-[ \t]))"
)
#: The clock time an agency stamps after the dateline's date, with its zone if any ("Astana, 12
#: June 2025, 10:45 (Kazinform) -", "TASHKENT, June 12, 14:30 GMT+5 -", "Baku, 12 June 09:14 AM
#: -"): the time had ended the dateline's elements, the dash after it had been out of reach, and
#: the story had had no dateline. Hours and minutes only, so a figure ("June 12, 10 firms") is none.
_CLOCK_AFTER_DATE: Final = re.compile(
    r"[ \t]*,?[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]*\(?(?:GMT|UTC|[A-Z]{3,4}T)(?:[ \t]*[+-]\d{1,2}(?::?\d{2})?)?\)?)?(?![\w:])"
)
#: The slot of a distributor's credit left empty after the date, a slash before the dash, as
#: press releases print their dateline when the wire's name is cut ("LUSAKA, Zambia, 12 June
#: 2025/ -- ", where "/APO Group/ -- " names it): the slash had ended nothing, and the release
#: had had no dateline. Only right after a date and before a dash, where no sentence has one.
_EMPTY_CREDIT_SLASH: Final = re.compile(r"[ \t]*/(?=[ \t]*(?:--|[–—]|-[ \t]))")
_DASH_END: Final = re.compile(r"\.?[ \t]*(?:--+|[–—])|[ \t]+-(?=\s)")
#: A hyphen glued to the place or to the agency's closing period: "ALGIERS- The president",
#: "Madrid, 4 May 2023 (EFE).- King Felipe".
_GLUED_DASH_END: Final = re.compile(r"\.?-(?=[ \t])")
_COLON_END: Final = re.compile(r"[ \t]*:(?=\s)")
#: A hyphen glued on both sides after an agency's closing bracket, BSS's house style: "DHAKA,
#: June 12 (BSS)-Bangladesh and ..." (as "(APP):Pakistan" ends on a glued colon).
_GLUED_HYPHEN_AFTER_CREDIT: Final = re.compile(r"(?<=\))-(?=[A-Z])")
#: An agency's credit in capitals, as the bracket before such a hyphen holds it: "BSS", "UNB".
_ACRONYM_CREDIT: Final = re.compile(r"[A-Z][A-Z0-9&.]{1,11}")
#: An agency's name in capitalised words, as the bracket after a place in capitals may hold it
#: before such a hyphen: "HARARE (New Ziana)-Zimbabwe ...".
_NAMED_CREDIT: Final = re.compile(r"[A-Z][\w&.'’]*(?: [A-Z][\w&.'’]*){0,3}")
#: A hyphen glued to a dateline's day and to the story's capital, as Zimbabwean and Zambian
#: papers print it: "HARARE, June 12-Zimbabwe and Zambia ..." (the story had had no dateline).
#: A range of days ("June 12-14") has a figure after its hyphen, and a range of months ("June
#: 12-July 3") a month's name.
_GLUED_HYPHEN_AFTER_DAY: Final = re.compile(rf"-(?!{MONTH_PATTERN})(?=[A-Z][a-z])")
#: A month's name closing the dateline's date, day first ("LUSAKA, 12 June-The ..."), before such
#: a hyphen.
_MONTH_BEFORE: Final = re.compile(rf"(?<![A-Za-z])(?:{MONTH_PATTERN})\Z")


def _glued_credit(head: str, pos: int, caps: bool) -> bool:
    """Whether the bracket closed right before `pos`, a hyphen glued after it, is an agency's
    credit: an acronym ("(BSS)-Bangladesh"), or after a place in capitals a name in capitalised
    words ("HARARE (New Ziana)-Zimbabwe": a credit not in capitals had ended nothing, and the
    story had had no dateline). After a Title-case place, "Nairobi (Kenya)-Uganda" is a
    sentence's bracket."""
    opening = head.rfind("(", 0, pos) + 1
    if _ACRONYM_CREDIT.fullmatch(head, opening, pos - 1):
        return True
    return caps and _NAMED_CREDIT.fullmatch(head, opening, pos - 1) is not None


#: A colon glued to the next word after an agency, APP's house style: "(APP):Pakistan and".
_GLUED_COLON_END: Final = re.compile(r"(?<=\)):(?=[A-Z])")
#: A figure right after a Title-case label's colon, perhaps after a short unit ("Exports: $2.9
#: billion", "Population: 37 million", "Imports: Sh1.1 trillion"): a fact box's row, no dateline.
_VALUE_AFTER_COLON: Final = re.compile(r"[ \t]*(?:[^\s\d]{1,4}[ \t]?)?\d")
_PERIOD_END: Final = re.compile(r"\.(?=\s|$)")
#: A spaced bar or bullet after a dateline's date, as a site's stamp line sets the place and the
#: date apart from the story: "Kampala, Uganda | June 12, 2025 | Uganda and Kenya ...".
_BAR_END: Final = re.compile(r"[ \t]+[|·•●][ \t]+(?=\S)")
#: A semicolon right after an agency's closing bracket, as some broadcasters' sites end their
#: dateline ("Colombo (News 1st); Sri Lanka and India ..."); a sentence puts none there.
_AGENCY_SEMICOLON_END: Final = re.compile(r"(?<=\));(?=[ \t]+\S)")
_LINE_END: Final = re.compile(r"[ \t]*\n")


def _word_set(words: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words, compared in lower case."""
    return frozenset(words.lower().split())


#: Capitalised words that start sentences, bylines or labels, never datelines: also the keys of
#: a header's lines ("Agency:", "Dateline:", "Dated:", a mail's "Sent:" and "Subject:"; the date's
#: label in the paper's own language, "Fecha:", "Datum:", "Tarih:", "Tanggal:"), and the
#: sections and regions of a site that head a flattened page's date line or breadcrumb
#: ("Business - 12 May 2025", "Home | News | Business", "Africa - 12 May 2025"). A wire's
#: "ABOARD AIR FORCE ONE" / "ABOARD THE PRESIDENTIAL PLANE -" tells remarks made in flight, at no
#: place.
_NOT_PLACES: Final = _word_set(
    """
    Aboard
    By From With For In On At As The A An And Of To This That These Those It Its He She They We
    There Here However Meanwhile Moreover Earlier Later Today Yesterday Tonight Tomorrow Overall
    Separately Additionally Also Still Now Then Elsewhere Finally Indeed Instead Nevertheless
    Thus Hence Therefore Similarly Likewise Besides Furthermore Notably Previously Currently
    Recently Last Next According Update Updated Published Posted Modified Breaking Exclusive Analysis
    Date Dated Sent Subject Received Filed
    Fecha Datum Tarih Tanggal Data Publicado Publicada Publié Veröffentlicht Дата Опубликовано
    Opinion Editorial
    Commentary Comment Feature Interview Photo Photos Video Watch Live Correction Corrected Corrections
    Clarification Clarifications Refiled Repeats
    Urgent Flash News Report Special Advisory Factbox Explainer Review Obituary Note Editor
    Editors Source Sources Read More Related Advertisement Sponsored Press Release Statement
    Transcript Summary Highlights Top Latest Developing Brief Briefs Newsletter Podcast
    Disclaimer Key Tags Topics Keywords Caption Credit Credits Image Picture Pictures Graphic
    Ministry Department Office Embassy Government Secretariat Directorate
    Infographic Listen Subscribe Follow Share Print Email Contact Author Written Reporting
    Edited Translated Story Question Answer Q Dear Warning Attention Important Notice
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Joint Communique Communiqué Readout Bulletin Announcement Declaration Media Information
    Writer Writers Reporter Reporters Correspondent Staff
    ICYMI FYI TLDR PSA Recap Roundup Round-up Wrap Wrap-up Digest Reminder Must Preview Agenda Diary
    Schedule Timeline
    Agency Dateline Location Slug Priority Words Edition Subtitle Desk Category Section Topic Region
    Country Byline Headline Title Lead Standfirst Abstract Excerpt
    Length Body Copyright Language Publication Load-Date Highlight Notes Document
    Home Business Economy Economics Politics World Nation National International Global Regional Local
    Domestic Foreign Diplomacy Trade Markets Finance Investment Energy Industry Agriculture Environment
    Technology Tech Science Health Education Culture Lifestyle Entertainment Sport Sports Security
    Defence Defense Admin Africa Asia Europe Americas Oceania Middle
    """
)
#: Words opening a part of a stamp line after its date: a byline's, a label's ("| By Jane Doe",
#: "| Updated: 10:42", "| Source: Xinhua", "| 3 min read").
_STAMP_PART_WORDS: Final = _word_set(
    """By Updated Update Published Posted Modified Last Source Sources Written Reporting Photo Photos
    Edited Read Reading Share Comments Comment Print Email"""
)
#: Labels of a page's lines whose first word is also a place's name ("Reading Time: 3 minutes",
#: "Reading list:"; Reading is an English town, "READING, England (Reuters) -"): no dateline.
_NOT_PLACE_PHRASES: Final = frozenset(["reading time", "reading list"])
#: Roles of who speaks in a transcript, which label its paragraphs as a dateline's place would
#: ("Official Spokesperson, Shri Randhir Jaiswal:", "Moderator, Ms Jane Doe:", "Host:",
#: "FOREIGN MINISTER EIDE:"): an office's title names a person, no place.
_SPEAKER_ROLES: Final = _word_set(
    """Spokesperson Spokesman Spokeswoman Spokespersons Moderator Moderators Anchor Host Presenter
    Interviewer Interviewee Chairperson Emcee Participant Participants Panelist Panellist
    Minister Ministers President Secretary Ambassador Chairman Chairwoman Senator Speaker"""
)
#: Honorifics that open a person's name, never a region's: "Shri Randhir Jaiswal", "Ms Jane Doe".
_HONORIFICS: Final = _word_set("Mr Ms Mrs Miss Mx Dr Shri Smt Sri Shrimati Sir Dame Madam Hon Prof")
#: The Slavic and German particles inside place names of Central Europe ("Brdo pri Kranju",
#: "Nové Město na Moravě", "Frankfurt am Main", "Halle an der Saale"); engagement_places
#: reads them too.
CENTRAL_EUROPEAN_PARTICLES: Final = _word_set("pri na nad pod am an im ob bei der")
#: Lowercase particles inside place names ("Rio de Janeiro", "Port-au-Prince"), also those of
#: Central Europe.
_PARTICLES: Final = (
    _word_set("de da do dos das del della di du des la le el al es en au aux von van der sur")
    | CENTRAL_EUROPEAN_PARTICLES
)
#: A place alone on its line ("DOHA", "DAR ES SALAAM") has at most this many words.
_MAX_STANDALONE_WORDS: Final = 3
#: A Title-case place needs a dash, or a colon with at most this many words ("Abu Dhabi:").
_MAX_TITLE_COLON_WORDS: Final = 3


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline found at the start of a paragraph of the document text."""

    city: str  # normal capitalisation, e.g. "Abu Dhabi"
    start: int  # offsets of the whole dateline (place to END) in the text
    end: int
    date: date | None  # the dateline's own date, only when it states a year
    #: The dateline's date as written when it states no year ("March 14"), for the document to
    #: complete with a year from elsewhere (its url); None otherwise.
    yearless: str | None = None


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of the story, or None when it has none (read once per text,
    by `_read_head`)."""
    return _read_head(text)[0]


def _read_head(text: str) -> tuple[Dateline | None, tuple[int, int] | None]:
    """The story's dateline and the country slug `_find_dateline` set aside, read once per
    text: sentence splitting, the engagement context and the trade side each ask for the
    dateline of the same document text, so the last answer is kept (a Dateline is frozen)."""
    global _last_dateline
    last = _last_dateline
    if last is not None and last[0] == text:
        return last[1], last[2]
    found, slug = _find_dateline(text)
    _last_dateline = (text, found, slug)
    return found, slug


_last_dateline: tuple[str, Dateline | None, tuple[int, int] | None] | None = None


def credited_country(text: str) -> str | None:
    """The country of the national news agency the story's dateline credits ("WASHINGTON
    (ANTARA) -": Indonesia), else None. Such an agency reports for its own country's readers,
    so it names its own officials without a country word even when filing from abroad (a
    finance minister met "on the sidelines of the IMF-World Bank Annual Meetings in
    Washington" is no American). Only the dateline after its place is read: a city that
    shares an agency's name ("PETRA, Jordan") credits nothing."""
    dateline = find_dateline(text)
    if dateline is None:
        return None
    found = _agency_pattern().search(text, dateline.start + len(dateline.city), dateline.end)
    return _agencies()[found.group().upper()] if found else None


@lru_cache(maxsize=1)
def _agency_rows() -> tuple[tuple[str, str], ...]:
    """(name as written, iso3) of every line of `lexicons/agencies.tsv`."""
    lines = _AGENCIES.read_text(encoding="utf-8").splitlines()
    return tuple(
        (name, iso3) for name, iso3 in (line.split("\t") for line in lines if line[:1] not in ("#", ""))
    )


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    """ISO alpha-3 of every listed agency, by its name in capitals."""
    return {name.upper(): iso3 for name, iso3 in _agency_rows()}


@lru_cache(maxsize=1)
def _agency_pattern() -> re.Pattern[str]:
    """A listed agency's name, as written or in capitals, as a whole word: case is kept, so
    that "Petra" or "Map" in other roles than a credit's are no agency (longest names first)."""
    forms = {form for name, _ in _agency_rows() for form in (name, name.upper())}
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


_AGENCIES: Final = LEXICON_DIR / "agencies.tsv"

#: News agencies and wires credited in a story's opening ("(Reuters)", "(AFP)", "Xinhua"), as
#: written: one list for the wire credit of trade_currency (whose copy writes the US dollar
#: "$" wherever datelined) and the press that interviews in engagement_clauses ("a Reuters
#: correspondent sat down with ..."); two words stand apart by any spacing in a pattern.
WIRE_SERVICES: Final = (
    "Reuters", "AFP", "Agence France-Presse", "AP", "Associated Press", "Bloomberg", "Xinhua", "Kyodo",
    "Yonhap", "Bernama", "Anadolu", "TASS", "RIA", "dpa", "EFE", "ANSA", "Dow Jones", "IANS", "PTI",
    "Sputnik", "WAM", "SPA",
)  # fmt: skip


def paragraph_datelines(text: str) -> list[Dateline]:
    """The datelines that open paragraphs of a round-up ("LISBON - On Monday, ... NAIROBI - Kenya's
    ..."): each places the events its paragraph tells. Only when two or more paragraphs open on
    one, as a digest of several stories does; [] otherwise."""
    if "\n\n" not in text:
        return []
    # The pipeline's digest split and each engagement context ask for the same text's: the
    # last answer is kept, as `find_dateline` keeps its own.
    global _last_paragraph_datelines
    last = _last_paragraph_datelines
    if last is not None and last[0] == text:
        return list(last[1])
    found = _paragraph_datelines(text)
    _last_paragraph_datelines = (text, tuple(found))
    return found


_last_paragraph_datelines: tuple[str, tuple[Dateline, ...]] | None = None


def _paragraph_datelines(text: str) -> list[Dateline]:
    # a cheap scan first (the opening one ends before any blank line, where the others start)
    opening = _PARAGRAPH_DASHED_OPENING.match(text)
    starts = [m.end() for m in _PARAGRAPH_DASHED.finditer(text)]
    if opening is not None:
        starts.insert(0, opening.end())
    if len(starts) < 2:
        return []
    found = []
    for pos in starts:
        dateline = _dateline_at(text, _after_leading_bullet(text, pos))
        if (
            dateline is not None
            and text[dateline.end : dateline.end + 1] not in ("\n", "")
            and not _caps_pair_label(text, dateline)
        ):
            found.append(dateline)
    return found if len(found) >= 2 else []


def digest_items(text: str) -> list[tuple[int, int]]:
    """(start, end) of each item of a digest of stories that each open on their own dateline
    ("NAIROBI — Kenya's tea exports ... SANTIAGO — Chilean Finance Minister ... met ..."), an
    item running to the next one's dateline, and the lines before the first item one span of
    their own; [] for a story with at most one such dateline. Each item is a story of its own:
    its dateline places and dates what it tells, and no name or fact of another item is its."""
    datelines = [d for d in paragraph_datelines(text) if not _pair_opening(text, d)]
    if len(datelines) < 2:
        return []
    starts = [_headed_from(text, d.start) for d in datelines]
    # an item ends where the next one's paragraph (or its head) opens, before the time stamped on it
    ends = [text.rfind("\n", 0, start) + 1 for start in starts[1:]] + [len(text)]
    items = [(start, start + len(text[start:end].rstrip())) for start, end in zip(starts, ends, strict=True)]
    lead = text.rfind("\n", 0, starts[0]) + 1
    return [(0, len(text[:lead].rstrip())), *items] if text[:lead].strip() else items


def _headed_from(text: str, start: int) -> int:
    """Where an item whose dateline is at `start` opens: at the head printed on a line of its own
    right above its paragraph ("Peru, Chile ministers meet in Tacna"), a short line that ends on no
    sentence's stop, else at the dateline. The head names the item's event, told again below with
    its day and people: read apart, as the lines before the first item or the end of the item
    before, it had been a second event of its own on the publication day."""
    paragraph = text.rfind("\n", 0, start) + 1
    blank = text.rfind("\n\n", 0, paragraph)
    if blank < 0 or not text[blank:paragraph].isspace() or paragraph - blank > 4:
        return start
    head_start = text.rfind("\n", 0, blank) + 1
    head = text[head_start:blank].strip()
    if not head or not is_headline(head, _MAX_HEAD_WORDS):
        return start
    before = text.rfind("\n", 0, head_start - 1)
    # a head stands alone: a blank line (or the text's start) above it too
    return head_start if head_start == 0 or text[max(before, 0) : head_start].isspace() else start


#: The most words of an item's head above its dateline ("Peru, Chile ministers meet in Tacna").
_MAX_HEAD_WORDS: Final = 16


def is_headline(line: str, max_words: int) -> bool:
    """Whether a line is a head, printed apart above a story or in a list of links: at most
    `max_words` words, ending on no sentence's stop nor a clause's (",", ":", ";" go on to
    more words), also inside a closing quotation or bracket ('... he said: "We will grow."'
    ends like a sentence). The one test for a digest item's head and a teaser list's lines."""
    end = line.rstrip().rstrip(_CLOSERS)
    return len(line.split()) <= max_words and not end.endswith((".", "!", "?", ":", ";", ","))


#: Closing quotes and brackets that may follow a sentence's stop.
_CLOSERS: Final = "\"'”’)]"


def _pair_opening(text: str, dateline: Dateline) -> bool:
    """Whether a paragraph's "dateline" is a country written as a sentence's word, not as a
    dateline's capitals, opening a pair ("Vietnam - Thailand trade reached $20.2 billion"):
    no item of a digest opens there."""
    written = text[dateline.start : dateline.start + len(dateline.city)]
    return (
        not written.isupper()
        and iso3_for(dateline.city, codes=False) is not None
        and city_country(dateline.city) is None
    )


def _caps_pair_label(text: str, dateline: Dateline) -> bool:
    """Whether a paragraph's "dateline", a country in capitals before a dash, is the first half
    of the label a round-up heads each of its paragraphs with, the pair the paragraph is about
    ("OMAN - INDIA: His Highness received ...", "KAZAKHSTAN-CHINA: Trade grew ..."): another
    country in capitals and a colon follow the dash. The paragraph is told from the story's own
    dateline ("MUSCAT, Dec 3 (ONA) - The following are ..."), not filed from a "city" Oman, and
    is no digest item of its own; read as one, its events had been placed in "Oman" and the
    second country had opened its sentence ("JAPAN: Qais Al Yousef, Minister of ..., held a video
    call with Japan's ...") and lost the host's side."""
    if iso3_for(dateline.city, codes=False) is None or city_country(dateline.city) is not None:
        return False
    label = _CAPS_LABEL_TAIL.match(text, dateline.end)
    return label is not None and iso3_for(label.group(1), codes=False) is not None


#: What follows the dash of a capitals pair label: the second country and its colon ("JAPAN:").
_CAPS_LABEL_TAIL: Final = re.compile(
    r"[ \t]*(?:-+|[–—])?[ \t]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}):[ \t]"
)


#: The clock time that stamps an entry before its place ("08:40 BISHKEK", "09:12 GST — ABU
#: DHABI", "9.15 a.m. UTC+3 - KYIV"): a time, its zone, a dash at most, and an ALL-CAPS word
#: after it, so "10:30 Talks resumed" is not read as a place.
_TIME_STAMP: Final = (
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[AaPp]\.?[Mm]\.?)?"
    rf"(?:\s*(?:{'|'.join(TIME_ZONES)})(?:[+-]\d{{1,2}})?)?"
    r"(?:[ \t]+(?:--?|[–—]))?[ \t]+(?=[A-Z]{2,}\b)"
)

#: The bullet or number of an item of a list of briefs ("• MANILA – ", "* HANOI – ", "- LIMA - ",
#: "1. ACCRA – "), before its dateline.
_BULLET: Final = r"(?:[•*·▪■►‣◦●\-–—][ \t]+|\d{1,2}[.)][ \t]+)"
#: A place in capitals, of one to five words ("TBILISI", "ABU DHABI", "PORT-AU-PRINCE").
_CAPS_PLACE: Final = r"[A-Z][A-Z'’‘.-]+(?:[ -][A-Z][A-Z'’‘.-]+){0,4}"

#: A paragraph that opens on a capitalised word and has a dash within its first words, where
#: a dateline may be ("NAIROBI - ", "Lima, March 4 — "), after the time a news feed stamps an
#: item with ("08:40 BISHKEK, December 4 (AKIpress) - "): matched at the start of the text
#: (`_PARAGRAPH_DASHED_OPENING`) and after each blank line (`_PARAGRAPH_DASHED`), not as one
#: pattern opening on "^|\n", which has no first character to scan for and is tried at every
#: offset (three times the cost). A place in capitals ended by its date and a period, as
#: the briefs of agencies of the former Soviet Union write each item's ("TBILISI, July 2. ",
#: "BAKU, Azerbaijan, March 12. "), opens one too, and so does one ended by a period alone
#: after a live blog's time stamp ("09:12 GST — ABU DHABI. ").
_PARAGRAPH_DASHED_OPENING: Final = re.compile(
    rf"[ \t]*{_BULLET}?(?:{_TIME_STAMP}(?={_CAPS_PLACE}\.[ \t])|(?:{_TIME_STAMP})?"
    rf"(?=[A-Z][^\n]{{0,60}}?\s(?:--?|[–—])\s|{_CAPS_PLACE},[^\n]{{0,40}}?\d\.[ \t]))"
)
_PARAGRAPH_DASHED: Final = re.compile(r"\n[ \t]*\n" + _PARAGRAPH_DASHED_OPENING.pattern)


def _after_leading_credit(text: str, pos: int) -> int:
    """Past a syndicator's credit in parentheses that opens a paragraph ("(MENAFN- Trend News
    Agency) BAKU, Azerbaijan, March 12.", "(ANSA) - ROME, MAR 10 -"), or in square brackets, as
    aggregators print the wire's name before its copy ("[Reuters] LONDON - ...": the bracket had
    hidden the place, and the story had had no dateline), where the dateline follows; else
    `pos`."""
    closer = _CREDIT_CLOSERS.get(text[pos])
    if closer is None:
        return pos
    close = text.find(closer, pos, pos + _CREDIT_REACH)
    if close < 0 or "\n" in text[pos:close]:
        return pos
    after = close + 1
    while after < len(text) and text[after] in " \t-–—":
        after += 1
    return after if after < len(text) and text[after].isupper() else pos


_CREDIT_REACH: Final = 60
#: The brackets of a leading credit, by their opening one.
_CREDIT_CLOSERS: Final = {"(": ")", "[": "]"}


def _after_leading_bullet(text: str, pos: int) -> int:
    """Past the bullet or number of a list's item that opens a paragraph before its dateline
    ("• MANILA – The Philippines and Japan ...", "1. HANOI – ..."); else `pos`. Only before a
    capital and a dash, with no colon before it: "- the talks went on" is no item of briefs, and
    "- Turnover: $1.3 billion" the line of a list of figures."""
    m = _LEADING_BULLET.match(text, pos)
    return m.end() if m else pos


_LEADING_BULLET: Final = re.compile(rf"{_BULLET}(?=[A-Z][^\n:]{{0,60}}?\s(?:--?|[–—])\s)")


def _after_leading_time(text: str, pos: int) -> int:
    """Past a clock time that opens a paragraph before the place, as news feeds stamp their
    items ("08:40 BISHKEK, December 4 (AKIpress) - ..."); else `pos`. Only an ALL-CAPS word
    may follow, so "10:30 Talks resumed" is not read as a place."""
    m = _LEADING_TIME.match(text, pos)
    return m.end() if m else pos


_LEADING_TIME: Final = re.compile(_TIME_STAMP)


def _after_leading_date(text: str, pos: int) -> int:
    """Past a date and a dash that open a paragraph before the place, as government news
    releases write them ("June 5, 2024 - Manila, Philippines - Global Affairs Canada"), or a
    bar or bullet, as a site's stamp line sets the date before the place ("June 12, 2025 |
    NEW DELHI", "12 June 2025 • KAMPALA": the place had been passed over with the date); else
    `pos`."""
    m = _LEADING_DATE.match(text, pos)
    return m.end() if m else pos


#: Or with no mark at all before a place in capitals, as some agencies open their copy ("June
#: 12, 2025 KABUL (Pajhwok): ...": the place had been passed over, and the story had no dateline).
#: The date may be written in figures, year first or day first ("2025-06-12 TASHKENT (UzA) -",
#: "12.06.2025 KABUL (Pajhwok):", as the agencies of Central Asia date their copy). The stamp
#: may give the clock time after the date ("12 June 2025 | 10:31 | Lilongwe", "June 12, 2025
#: 09:15 AM CAT - LUSAKA": the time had hidden the place, and the story had had no dateline).
#: A comma may set the date before the place, as releases write it ("12 June 2025, Dhaka - ",
#: "June 12, 2025, Tashkent — "), and the date may be slashed ("12/06/2025 DHAKA - "): the place
#: had been passed over with the date, and the story had had no dateline.
_LEADING_DATE: Final = re.compile(
    rf"(?P<date>(?:(?:{MONTH_PATTERN})\s+\d{{1,2}},?|\d{{1,2}}\s+(?:{MONTH_PATTERN}))\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"(?:[ \t]+(?:[|·•,][ \t]*)?\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+(?:[A-Z]{2,4}|hrs)\b)?)?"
    r"(?:,[ \t]+(?=[A-Z][\w'’‘.-]*(?:[ \t]+[A-Z][\w'’‘.-]*){0,3}[ \t]+(?:--?|[–—])[ \t])"
    r"|[ \t]+(?:(?:--?|[–—|·•])[ \t]+(?=[A-Z])|(?=[A-Z][A-Z'’‘.-]+[ \t,(:])))"
)


def _bracketed_place(text: str, pos: int) -> Dateline | None:
    """The dateline a city in brackets opens, before a dash or a colon ("(LUSAKA) - ...",
    "(Kigali, Rwanda) — ...", "[HARARE]: ..."), as some papers and radio sites print the place:
    the brackets had been read as a wire's credit and passed over, and the story had had no
    dateline. The place must be a city the gazetteer knows, so a credit ("(AFP) - ", "(ANSA) -
    ROME") and a country ("(KENYA) -", a brief's slug) are none. A city-state is a city
    ("[SINGAPORE]"). Without a dash after it, only a place in capitals is one
    (`_BRACKETED_CAPS_PLACE`)."""
    m = _BRACKETED_PLACE.match(text, pos) or _BRACKETED_CAPS_PLACE.match(text, pos)
    if m is None:
        return None
    place = m.group("place")
    known = city_country(place) is not None or iso3_for(place, codes=False) is not None
    if not known or _country_only(place):  # a city-state is a city ("[SINGAPORE]")
        return None
    city = _normal_case(place.split()) if place.isupper() else place
    return Dateline(city, pos, m.end(), None)


#: The country or state after a bracketed place's comma, inside the brackets: ", Rwanda".
_BRACKETED_REGION: Final = r"(?:,[ \t]*[A-Z][\w'’.]*(?:[ \t][A-Z][\w'’.]*){0,2})?"
#: A place of one to four capitalised words in round or square brackets, its country or state
#: after a comma, then a dash or a colon before the story.
_BRACKETED_PLACE: Final = re.compile(
    r"[(\[](?P<place>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3})"
    + _BRACKETED_REGION
    + r"[)\]][ \t]*(?:--?|[–—]|:)(?=[ \t]+\S)"
)
#: A place in capitals in brackets, the story straight after it with no dash ("[SINGAPORE]
#: Singapore's non-oil exports ...", "(LUSAKA) Zambia has ...", "[NAIROBI] June 12 - ..."), as
#: some business papers print it: in capitals only, so that a bracketed word of the story's
#: first sentence ("(Kenya) and Uganda") stays none.
_BRACKETED_CAPS_PLACE: Final = re.compile(
    r"[(\[](?P<place>[A-Z][A-Z'’.-]*(?:[ \t][A-Z][A-Z'’.-]*){0,3})"
    + _BRACKETED_REGION
    + r"[)\]](?=[ \t]+[A-Z0-9\"“‘'])"
)


def _dated_by_lead(found: Dateline, text: str, lead: int, place: int) -> Dateline:
    """The dateline dated by the full date that opened its paragraph at `lead`, before the place
    at `place` ("June 12, 2025 KABUL (Pajhwok): ", "June 5, 2024 - Manila, Philippines - "), when
    it states none of its own: the day the copy was filed, as a date after the place is (the
    story had had no publication date)."""
    stated = _LEADING_DATE.match(text, lead) if place > lead and found.date is None else None
    day = _date_value(stated.group("date")) if stated else None
    return replace(found, date=day, yearless=None) if day else found


def _find_dateline(text: str) -> tuple[Dateline | None, tuple[int, int] | None]:
    """The story's dateline, and the span of the first country slug passed over as none
    ("SAMOA - ", also after a leading time or an editor's note), for `country_slug`."""
    standalone: Dateline | None = None
    slug: tuple[int, int] | None = None
    signed: Dateline | None = None  # the place a byline line ends on ("By Staff Reporter | Lagos")
    pos = 0
    budget = _MAX_PARAGRAPHS
    for _ in range(_MAX_MENU_PARAGRAPHS):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text) or budget == 0:
            break
        budget -= 0 if _MENU_ITEM.match(text, pos) else 1
        pos = _after_leading_time(text, _after_leading_bullet(text, pos))
        bracketed = _bracketed_place(text, pos)
        if bracketed is not None:
            return bracketed, slug
        lead = _after_leading_credit(text, pos)
        pos = _after_leading_date(text, lead)
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end].rstrip()
        signed_here = _byline_place(text, pos, pos + len(line))
        signed = signed or signed_here
        found = None if _BYLINE_LINE.match(text, pos) or signed_here else _dateline_at(text, pos)
        found = found or (None if signed_here else _dateline_after_byline(text, pos))
        if found is None and signed_here is None and _SIGNED_PART_BAR.search(line, 0, _SIGNED_REACH):
            signed_before = _byline_place_before_story(text, pos, line)
            if signed_before is not None:
                return signed_before, slug
        if found and text[found.end : found.end + 1] not in ("\n", ""):
            if _speaker_after_dated_line(text, found, standalone):
                return standalone, slug
            if not _country_only(found.city):
                return _dated_by_lead(found, text, lead, pos), slug
            after = _dateline_after_slug(text, found)
            if after is not None:
                return after, slug or (found.start, found.end)
            if slug is None:
                slug = (found.start, found.end)
            found = None  # "SAMOA - A Chinese delegation ...": a brief's slug, the story unplaced
        # A place alone on its line ("DOHA") may also be an ALL-CAPS headline
        # ("TRADE TALKS RESUME"): a dateline leading the next paragraph wins over it. A
        # country alone on its line ("REPUBLIC OF GHANA") is a letterhead, not a dateline.
        # A dated line ("Accra, 14th March 2024") beats a bare one.
        better = standalone is None or (standalone.date is None and found is not None and found.date)
        if found is not None and not _country_only(found.city) and better and not _caps_heading(text, found):
            standalone = found
        if found is None and _editors_note(line):
            pos = line_end  # "(Corrects day of talks in paragraph 1 to Tuesday ...; corrects ...)"
            continue
        if found is None and (
            len(line) > _SHORT_LINE or line.endswith((".", "!", "?", '"', "”")) or _introduces_a_list(line)
        ):
            after = _after_standfirst(text, line, line_end) if standalone is None else None
            return (after, slug) if after is not None else (standalone or signed, slug)
        pos = line_end
    return standalone or signed, slug


def _dateline_after_slug(text: str, slug: Dateline) -> Dateline | None:
    """The dateline right after a country's slug on the same line, when it is dated and names
    no country itself ("ZAMBIA: Lusaka, June 12 - ...", "KENYA - NAIROBI, June 12 -- ..."): the
    brief's country, then where the story was filed (the story had had no dateline, the slug
    being no place of filing). Undated, a capitalized word after the slug is the story's first
    ("SAMOA - A Chinese delegation ..."), as before."""
    start = slug.end
    while start < len(text) and text[start] in " \t":
        start += 1
    found = _dateline_at(text, start)
    if found is None or (found.date is None and found.yearless is None):
        return None
    if _country_only(found.city) or text[found.end : found.end + 1] in ("\n", ""):
        return None
    return found


def _caps_heading(text: str, found: Dateline) -> bool:
    """Whether a place in capitals alone on its line, undated, is rather a heading or a name:
    two or more words that no gazetteer knows as a city ("NEW TRADE DEAL", a headline; "CHANDA
    MWALE", a byline's writer over "Lusaka"). They had been the story's dateline for want of a
    better one; a known city ("DAR ES SALAAM"), one word ("MONGU") and a dated line stay."""
    return (
        found.date is None
        and found.yearless is None
        and " " in found.city
        and text[found.start : found.end].isupper()
        and city_country(found.city) is None
    )


#: The fewest words of a line ending in a colon that introduces the lines below it ("Chile's
#: exports to India in 2024 (US$ billion):"), more than a Title-case place's before its colon.
_LIST_INTRO_WORDS: Final = 5


def _introduces_a_list(line: str) -> bool:
    """Whether a line ends in a colon after a phrase of `_LIST_INTRO_WORDS` words or more: it
    heads a list or a table of the story's body, whose labels ("Coal: 7.2", "Copper: 3.1") read as
    Title-case places before a colon. The head of the story ends there: a row had been taken for
    the dateline, the dateline on its own line above lost and the row split at its colon."""
    return line.endswith(":") and len(line.split()) >= _LIST_INTRO_WORDS


def _dateline_after_byline(text: str, pos: int) -> Dateline | None:
    """The dateline that follows a byline on the same line ("By Kwame Asante, ACCRA, June 12
    (Reuters) - Ghana ..."), as papers print the writer's name before the wire's dateline: a
    place in capitals, with the story after it on the line (the byline's "By" had ended the
    search, and the story had no dateline). A name signed after the byline in Title case ("By
    Jane Doe, Staff Reporter") is none."""
    byline = _BYLINE_PREFIX.match(text, pos)
    return None if byline is None else _dateline_before_story(text, byline.end())


def _dateline_before_story(text: str, start: int) -> Dateline | None:
    """The dateline at `start` when the story follows it on its line: one that ends its line is
    a label or a stamp line's place, no story's opening."""
    found = _dateline_at(text, start)
    return None if found is None or text[found.end : found.end + 1] in ("\n", "") else found


#: A byline of one to four capitalised names before a comma or a spaced dash or bar, before a
#: word in capitals: "By Kwame Asante, ", "By Jane Doe - ", "Written by Jane Doe, ", "Reported by
#: Li Na | "; or of names in Title case with only a space before the place in capitals, as some
#: papers run the byline into the dateline: "By Staff Writer LUSAKA - " (the writer's names must
#: have small letters, so the place is where the capitals begin).
_BYLINE_PREFIX: Final = re.compile(
    r"(?:(?:[Ww]ritten|[Rr]eported|[Pp]osted|[Cc]ompiled)[ \t]+)?[Bb]y[ \t]+"
    r"(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]*(?:,|[ \t][-–—|])"
    r"|[A-Z][\w'’.-]*[a-z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*[a-z][\w'’.-]*){0,3}(?=[ \t]))[ \t]*"
    r"(?=[A-Z][A-Z'’‘.-]+[ \t,(:–—-])"
)


def _byline_place(text: str, start: int, end: int) -> Dateline | None:
    """The city a byline line ends on, after a bar, a comma or a dash ("By Staff Reporter |
    Lagos", "Staff Correspondent, Dhaka", "By Amina Yusuf - Kano"), as papers that print no
    dateline sign the story: the place it was filed from (the story had none). The line must
    read as a byline (opening on "By", or naming a staff writer's role) and the place must be a
    city the gazetteer knows, so a headline's tail ("Talks end | Progress") is none. A real
    dateline after it wins."""
    line = _without_signed_tail(text[start:end])
    correspondent = _CORRESPONDENT_IN.fullmatch(line)
    if correspondent is not None:
        return _signed_city(correspondent, start)
    bureau = _CITY_BUREAU.fullmatch(line)
    if bureau is not None:
        return _bureau_city(bureau, start)
    match = _SIGNED_PLACE.fullmatch(line) or _SIGNED_IN.fullmatch(line)
    if match is None or not (
        line.startswith(("By ", "BY ", "By:"))
        or (match.re is _SIGNED_IN and line.startswith(("From ", "FROM ")))
        or _STAFF_ROLE.search(match.group("writer"))
        or (match.re is _SIGNED_PLACE and _named_writer(match.group("writer")))
    ):
        return None
    place = match.group("place").rstrip(".")  # ("By Chanda Mwale in Lusaka.")
    if city_country(place) is None or _country_only(place):
        return None
    city = _normal_case(place.split()) if place.isupper() else place
    place_start = start + match.start("place")
    return Dateline(city, place_start, place_start + len(place), None)


def _byline_place_before_story(text: str, start: int, line: str) -> Dateline | None:
    """The city a byline signs the story from when the story runs on after it on the same line,
    behind a bar or a spaced dash ("By Staff Reporter | Lusaka | Zambia and Malawi signed ...",
    "By Amina Yusuf - Kano - Nigeria and ...", "Staff Reporter | Harare | June 12, 2025 |
    Zimbabwe ..."), as a flattened page joins the byline's line to the first paragraph: the
    line's parts up to a separator are read as a byline line alone (`_byline_place`), the
    first that signs a city wins, and the rest must open on a capital. The line had placed
    nothing, the city being no last part of it, and the story had had no dateline. A city
    signed after "in" before a dash is left as it was read ("By Chanda Mwale in KITWE - ...")."""
    for bar in _SIGNED_PART_BAR.finditer(line, 0, _SIGNED_REACH):
        if not line[bar.end() : bar.end() + 1].isupper():
            continue
        part = text[start : start + bar.start()]
        if _SIGNED_IN.fullmatch(_without_signed_tail(part)):
            continue  # ("By Chanda Mwale in KITWE - Zambia ...": left as it was read, no dateline)
        signed = _byline_place(text, start, start + bar.start())
        if signed is not None:
            return signed
    return None


#: A bar, a bullet or a spaced dash between the parts of a byline line.
_SIGNED_PART_BAR: Final = re.compile(r"[ \t](?:[|·•]|--?|[–—])[ \t]+")
#: How far into a line a byline's part may end before the story.
_SIGNED_REACH: Final = 120


def _named_writer(writer: str) -> bool:
    """Whether the part before a signed line's place is a writer's name with no "By": two to four
    Title-case names that the gazetteer knows as no place ("Chanda Mwale, Lusaka", "Grace Njeri |
    Nairobi"). The writer had been read as the dateline's place and the city as its region; a
    known place before a city ("Kitwe, Lusaka") is left to be read as a dateline."""
    return (
        _WRITER_NAMES.fullmatch(writer) is not None
        and city_country(writer) is None
        and iso3_for(writer, codes=False) is None
    )


#: A writer's name: two to four Title-case names, letters only, none a word of a phrase ("From
#: Chanda Mwale, Lusaka" is left as it was read: no signature of a name alone).
_WRITER_NAMES: Final = re.compile(
    r"(?!(?:From|To|In|At|On|For|And|The|With|Via|Of)\b)[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’.-]+){1,3}"
)


def _bureau_city(match: re.Match[str], start: int) -> Dateline | None:
    """The city of a `_CITY_BUREAU` line, when the gazetteer knows it as a city: "Politics Desk"
    and "Zambia Bureau" name none."""
    place = match.group("place")
    city = _normal_case(place.split()) if place.isupper() else place
    if city_country(city) is None or _country_only(city):
        return None
    place_start = start + match.start("place")
    return Dateline(city, place_start, place_start + len(place), None)


#: A line that signs the story by the paper's office in a city, alone under the byline or after
#: the writer's name: "Lusaka Bureau", "By Chanda Mwale, Nairobi Bureau", "NAIROBI BUREAU", "Our
#: Harare Correspondent", "By Li Na | Beijing Bureau Chief", "Chanda Mwale, Lusaka Bureau Chief",
#: "Accra Desk" (the line had placed nothing, the city being no last part of its own, and the story
#: had had no dateline, or the writer's name for one).
_CITY_BUREAU: Final = re.compile(
    r"[ \t]*(?:(?:(?:By|BY|From|FROM):?[ \t]+)?[^\n]{2,60}?(?:,|[ \t][|·•–—-])[ \t]*)?(?:(?i:our)[ \t]+)?"
    r"(?P<place>[A-Z][\w'’.-]*(?:[ \t](?:[A-Z][\w'’.-]*|es|de|al|el)){0,3}?)[ \t]+"
    r"(?i:bureau|correspondent|desk|office)(?:[ \t]+(?i:chief|report))?[ \t]*\.?[ \t]*"
)


def _without_signed_tail(line: str) -> str:
    """A byline line without the country or the date it may end on after its place ("By Amina
    Yusuf, Lagos, Nigeria", "Staff Reporter, Lusaka | 12 June 2025", both: "By Li Na, Lusaka,
    Zambia | June 12, 2025"), so the city is the last part left (the line had placed nothing:
    its last part was no city). A country whose capital bears its name ("Kuwait") is kept, a
    city; the line's start stays, so its offsets keep matching the text."""
    for _ in range(2):
        tail = _SIGNED_BAR_TAIL.search(line) or _SIGNED_COMMA_TAIL.search(line)
        if tail is None:
            break
        part = tail.group("part").rstrip(". ")
        country = iso3_for(part, codes=False) is not None and city_country(part) is None
        if not country and parse_date(part) is None:
            break
        line = line[: tail.start()]
    return line


#: The last part of a byline line, after a bar, a bullet or a spaced dash (first, as a date's
#: own comma may be in it: "| June 12, 2025"), else after a comma.
_SIGNED_BAR_TAIL: Final = re.compile(r"[ \t](?:[|·•]|[-–—](?=[ \t]))[ \t]*(?P<part>[^|·•\n]{2,40})\Z")
_SIGNED_COMMA_TAIL: Final = re.compile(r"[ \t]*,[ \t]*(?P<part>[^,|·•\n]{2,40})\Z")


def _signed_city(match: re.Match[str], start: int) -> Dateline | None:
    """The city of a `_CORRESPONDENT_IN` line, when the gazetteer knows it as one (a country
    alone, "our correspondent in Zambia", places nothing) or it reads as a town it lacks
    (`_unlisted_town`); a period closing the line is none of it."""
    place = match.group("place").rstrip(".")
    city = _normal_case(place.split()) if place.isupper() else place
    if _country_only(city):
        return None
    if city_country(city) is None and not _unlisted_town(city, match):
        return None
    place_start = start + match.start("place")
    return Dateline(city, place_start, place_start + len(place), None)


def _unlisted_town(city: str, match: re.Match[str]) -> bool:
    """Whether a place the gazetteer lacks, after a correspondent's "in", is a town: a paper
    posts a correspondent to a city, so the capitalised name ending the signature is one
    ("From our correspondent in St. Louis", "By our correspondent in Tororo": the line had
    placed nothing for want of the town in the gazetteer). Not a country nor a part of the world
    ("our correspondent in East Africa", "in the Gulf"), nor a seat of an assembly or a court
    ("our correspondent in Parliament"), nor after "at", where a venue is named."""
    if match.group("preposition").lower() != "in" or iso3_for(city, codes=False) is not None:
        return False
    if is_bloc_form(city) or is_bloc_form(f"the {city}"):
        return False
    return {word.lower() for word in city.split()}.isdisjoint(_NOT_PLACES | _ASSEMBLY_WORDS)


#: The words of a seat of an assembly, a court or a government, where a correspondent reports
#: from as from a town.
_ASSEMBLY_WORDS: Final = _word_set("Parliament Congress Senate Assembly Court Courts House Capitol Palace")


#: A line that signs the story by the paper's correspondent in a city, as British and South
#: Asian papers do for want of a dateline: "From our correspondent in Lusaka", "By Tendai Moyo,
#: our correspondent in Harare", "Our Special Correspondent in Dhaka" (the line had placed
#: nothing, and the story had had no dateline). The place ends the line.
_CORRESPONDENT_IN: Final = re.compile(
    r"[ \t]*(?:(?i:from|by)[ \t]+(?:[A-Z][^\n,|]{1,60}?,[ \t]*)?)?(?i:our|a|an)[ \t]+"
    r"(?:(?i:own|special|staff|regional|diplomatic|business)[ \t]+)*(?i:correspondent|reporter)[ \t]+"
    r"(?P<preposition>(?i:in|at))[ \t]+"
    r"(?P<place>[A-Z][\w'’.-]*(?:[ \t](?:[A-Z][\w'’.-]*|es|de|al|el)){0,3}?)[ \t]*\.?[ \t]*"
)


#: A byline line ending on a place: the writer, a bar, comma or spaced dash, and one to four
#: capitalised words. The writer's part may hold more parts, the outlet's or the role's, so the
#: place is the line's last part ("By Lameck Masina, VOA, Blantyre", "By Li Na | Xinhua |
#: Kampala": the outlet between had left the line placing nothing).
_SIGNED_PLACE: Final = re.compile(
    r"[ \t]*(?P<writer>[^\n]{2,80}?)[ \t]*(?:[|,]|[ \t][-–—][ \t])[ \t]*"
    r"(?P<place>[A-Z][\w'’.-]*(?:[ \t](?:[A-Z][\w'’.-]*|es|de|al|el)){0,3})[ \t]*"
)
#: A byline line ending on the city the writer filed from after "in": "By Chanda Mwale in Lusaka",
#: "BY GRACE NJERI IN NAIROBI", as papers sign a story they print no dateline for (the line had
#: placed nothing: only a bar, a comma or a dash had parted the writer from the place). The
#: writer is one to four capitalised names, after "By" or, as British papers sign a story filed
#: abroad, "From" ("From Chanda Mwale in Lusaka": it had placed nothing).
_SIGNED_IN: Final = re.compile(
    r"[ \t]*(?P<writer>(?:By|BY|From|FROM):?[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
    r"[ \t]+(?:in|IN)[ \t]+"
    r"(?P<place>[A-Z][\w'’.-]*(?:[ \t](?:[A-Z][\w'’.-]*|es|de|al|el)){0,3}?)[ \t]*\.?[ \t]*"
)
#: The roles of a paper's own staff in a byline that names no writer ("Staff Reporter", "Our
#: Correspondent", "News Desk", "Special Correspondent", "Bureau Chief").
_STAFF_ROLE: Final = re.compile(r"(?i)\b(?:reporter|correspondent|desk|bureau|staff|writer)\b")


#: A line of a flattened page's menu: one or two words and nothing else ("Home", "Press
#: Releases", "Embassies"). Such lines take no paragraph of the dateline's window, up to this
#: many paragraphs in all: a government page's menu fills six paragraphs before its headline
#: and "Colombo, 18 June 2025".
_MENU_ITEM: Final = re.compile(r"[ \t]*[A-Za-z][\w'’&-]*(?:[ \t]+[A-Za-z][\w'’&-]*)?[ \t]*(?:\n|\Z)")
_MAX_MENU_PARAGRAPHS: Final = 18


def _after_standfirst(text: str, line: str, line_end: int) -> Dateline | None:
    """The dateline opening the paragraph after a web page's standfirst, a one-sentence summary
    set above the body ("Copper sales slid in June as smelters cut orders.\n\nLIMA — ..."): a
    known place in capitals and a dash, which no paragraph of a story's body opens on by chance
    (the lead had ended the search, and the story had no dateline)."""
    if (
        not line.endswith(".")
        or _INNER_STOP.search(line, 0, len(line) - 1)
        or len(line.split()) > _STANDFIRST_WORDS
    ):
        return None
    gap = _PARAGRAPH_GAP.match(text, line_end)
    if gap is None:
        return None
    found = _dateline_before_story(text, gap.end())
    if found is None:
        return None
    place = text[found.start : found.start + len(found.city)]
    dashed = _dashed_before_the_story(text, found, len(line.split()))
    known = city_country(found.city) is not None or iso3_for(found.city, codes=False) is not None
    return found if place.isupper() and dashed and known and not _country_only(found.city) else None


def _dashed_before_the_story(text: str, found: Dateline, standfirst_words: int) -> bool:
    """Whether a dateline after a standfirst of `standfirst_words` words ends on a dash: an en
    or em dash or a double hyphen, or a spaced hyphen after a standfirst of a summary's length
    and before the story's first word in capitals ("... with a deal.\n\nACCRA - Ghana and ...").
    The hyphen's own test reads the space after it, past the dateline's end, so it had never
    been seen (such a dateline had been missed). A hyphen is a weaker mark than a typeset dash
    (lists and sentences write it too): after a short body sentence ("The ministers met on
    Monday.") or before a lower-case word ("LAGOS (AFP) - late ...") it opens no story."""
    dash = _DASH_END.search(text, found.start + len(found.city), found.end + 1)
    if dash is None:
        return False
    if dash.group().strip() != "-":
        return True
    return standfirst_words >= _HYPHEN_STANDFIRST_WORDS and _STORY_OPENING.match(text, dash.end()) is not None


#: The fewest words of a standfirst before a dateline closed by a spaced hyphen.
_HYPHEN_STANDFIRST_WORDS: Final = 8


#: The first word of a story after its dateline's dash: a capital, a figure or a quotation.
_STORY_OPENING: Final = re.compile(r"[ \t]+[A-Z0-9\"“‘']")
#: The most words of a standfirst; a stop inside one ends a sentence before its last.
_STANDFIRST_WORDS: Final = 45
_INNER_STOP: Final = re.compile(r"[.!?](?=\s)")
_PARAGRAPH_GAP: Final = re.compile(r"\n[ \t]*\n[ \t]*(?=\S)")


def _speaker_after_dated_line(text: str, found: Dateline, standalone: Dateline | None) -> bool:
    """Whether an undated label ended by a colon ("Eide:", "HOST:") follows a dated place alone
    on its line ("OSLO, 14 March 2025"): a transcript's speaker under its dateline, not a
    second dateline."""
    return (
        standalone is not None
        and standalone.date is not None
        and found.date is None
        and text[found.end - 1] == ":"
    )


def country_slug(text: str) -> tuple[int, int] | None:
    """(start, end) of a country's name heading the story as a dateline would ("SAMOA - ",
    "GHANA/TOGO: "), which `find_dateline` rejects (`_country_only`): no sentence's words, so
    split off like a dateline; None when the story opens on no such slug. It is the slug
    `find_dateline` passed over, so it is found where a dateline would be (after a leading time
    or an editor's note line too)."""
    return _read_head(text)[1]


def credit_head(text: str) -> tuple[int, int] | None:
    """(start, end) of a day and an agency's credit heading a story with no place, at the start
    of one of its first lines ("March 7 (Reuters) - ", "Mar 7, 2025 (AFP) -- "), which
    `find_dateline` rejects for want of a city: split off as a dateline is, so that the day the
    story was filed is not read as the day of what its first sentence tells ("March 7 (Reuters)
    - X received Y on Wednesday" had been dated March 7); None when the story opens on none."""
    found = _CREDIT_HEAD.search(text, 0, _CREDIT_HEAD_REACH)
    return found.span(1) if found is not None else None


#: A day and an agency in brackets before a dash, at a line's start, with no place before them.
_CREDIT_HEAD: Final = re.compile(
    rf"(?m)^[ \t]*((?:{MONTH_PATTERN})\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    r"\s*\([A-Z][^()\n]{1,40}\)\s*(?:--+|[–—-]))"
)
#: How far into the text (a headline, a byline) the credit may stand.
_CREDIT_HEAD_REACH: Final = 400


def _editors_note(line: str) -> bool:
    """Whether a line is a note on the story's versions printed above it: wholly one parenthesis,
    as a wire's is ("(Corrects day of talks in paragraph 1 to Tuesday from Wednesday; ...)"), or
    opening on a note's label ("CORRECTION: An earlier version ...", "Editor's note: ...",
    "ADVISORY: Adds background."). However long, it tells nothing of the story, and the dateline
    may follow it."""
    if line.startswith("("):
        return line.endswith(")") and line.count("(") == 1 and line.count(")") == 1
    return _NOTE_LABEL.match(line) is not None


#: The label of a note on the story's versions, before its colon.
_NOTE_LABEL: Final = re.compile(
    r"(?i)(?:corrections?|corrected|clarifications?|editor['’]?s['’]?\s+notes?|note\s+to\s+editors"
    r"|advisory|updates?|updated|refiled|repeats?)\s*:"
)


#: A byline alone on its line, a name and the writer's job: "Lydia Fifita, RNZ Pacific Journalist".
_BYLINE_LINE: Final = re.compile(
    r"[^\n]{0,80}?\b(?:[Jj]ournalist|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Pp]roducer|"
    r"[Cc]ontributor)s?[ \t]*(?:\n|$)"
)


def _country_only(place: str) -> bool:
    """Whether a place is a country and no city: a state's official name, as letterheads print it
    ("REPUBLIC OF GHANA", "KINGDOM OF BAHRAIN"), or a country's name heading a brief's item
    ("PAPUA NEW GUINEA - ...", "SAMOA - ...", "GHANA/TOGO: ..."), a section slug, not where the
    story was filed. A country whose capital bears its name ("SINGAPORE", "KUWAIT", "PANAMA"),
    or that has none of its own ("HONG KONG"), is a dateline, also with the accents of its
    language ("México, 12 de junio de 2025 –", "Panamá, ..." for Mexico City and Panama City, which
    had been read as the country alone, and the story had had no dateline)."""
    lowered = place.lower()
    iso3 = iso3_for(place, codes=False)
    if iso3 is None and _JOINED_PAIR.search(place) is not None:
        return _pair_of_countries(place)
    if iso3 is None or city_country(place) is not None:
        return False
    if lowered.startswith(_STATE_FORMS):
        return True
    capital = capital_of(iso3)
    return capital is not None and fold(lowered) not in fold(capital.lower())


#: What joins the two countries of an item's heading: "Ghana-Togo", "Uzbekistan–Afghanistan".
_JOINED_PAIR: Final = re.compile(r"\s*[-–—/]\s*")


def _pair_of_countries(place: str) -> bool:
    """Whether a place is two countries joined by a dash or a slash, none of them a city
    ("Ghana-Togo", "Uzbekistan–Afghanistan"): a digest item's heading, no place of filing."""
    parts = _JOINED_PAIR.split(place)
    return len(parts) == 2 and all(
        iso3_for(part, codes=False) is not None and city_country(part) is None for part in parts
    )


_STATE_FORMS: Final = (
    "republic",
    "kingdom",
    "state of",
    "federal",
    "united",
    "democratic",
    "islamic",
    "sultanate",
)


def stated_place(value: str) -> str | None:
    """The city a header states as the story's place of filing ("Dateline: ABUJA", "Location:
    Abuja, Nigeria", "Dateline: ACCRA, March 3 (GNA)"), in normal capitalisation; None when the
    value is no place (a label's word, a country alone: "Location: Nigeria" places no event)."""
    words, end = _place_words(value.strip())
    rest = value.strip()[end:].lstrip()
    if not words or (rest and rest[0] not in ",(-–—/|[") or words[0].lower() in _NOT_PLACES:
        return None
    city = _normal_case(words) if words[0].isupper() else " ".join(words)
    return None if _country_only(city) else city


def opens_on_dateline(paragraph: str) -> bool:
    """Whether a paragraph opens on a dateline that dates it or names a place the gazetteer
    knows ("PORT MORESBY, Aug 20 — ", "SUVA, Fiji — "): a news item's, where a photo's caption
    opens on what the picture shows. A label ended by a colon ("Foreign Minister: ") is none."""
    found = _dateline_at(paragraph, 0)
    return found is not None and (
        found.date is not None or found.yearless is not None or city_country(found.city) is not None
    )


def _dateline_at(text: str, start: int) -> Dateline | None:
    glued = _glued_to_the_story(text, start)
    if glued is not None:
        return glued
    head = text[start : start + _WINDOW]
    words, place_end = _place_words(head)
    if not words:
        return None
    caps = words[0].isupper()
    if words[0].lower() in _NOT_PLACES or (caps and " ".join(words).lower() in _NOT_PLACES):
        return None
    if len(words) == 1 and words[0].title() in SHORT_WEEKDAYS:
        return None  # "Tue, 06/10/2025 - 09:12": a stamp's weekday ("Thu Duc", "Sun City" are places)
    if " ".join(words[:2]).lower() in _NOT_PLACE_PHRASES:
        return None  # "Reading Time: 3 minutes": a page's label, though "READING, England" is a place
    if _names_a_paper(words):
        return None  # "Vientiane Times – ...": the paper's credit, no place of filing
    if not _SPEAKER_ROLES.isdisjoint(word.lower() for word in words):
        return None  # "Official Spokesperson, Shri Randhir Jaiswal: ...": a transcript's speaker
    if not caps and words[0].lower() in _HONORIFICS:
        return None  # "Mr. Usmonzoda was received by ...": a paragraph opening on a person
    if _agency_as_place(head, words, place_end):
        return None  # "Xinhua | Updated: 2025-05-12 21:03": the credit of a stamp line, no place
    if caps and _VOWEL.search(head, 0, place_end) is None:
        return None  # "12 June 2025 | ZNBC": a broadcaster's or a paper's initials, no place's name
    if _headline_over_stamp(words, caps) and _date_ends_the_line(head, place_end):
        return None  # "Chanda Mwale - June 12, 2025": a writer's name over the story, and its stamp
    pos = _skip_other_places(head, place_end)
    evidence = False
    date_text: str | None = None
    for _ in range(6):
        step = _evidence_at(head, pos, first=not evidence, dated=date_text is not None)
        if step is None or ("\n" in head[pos : step[0]] and (evidence or _headline_over_stamp(words, caps))):
            break  # (a numbered paragraph after a dated line is no more of the dateline)
        pos, found_date = step
        date_text = date_text or found_date
        evidence = True
    bar = (
        _BAR_END.match(head, pos)
        if date_text or (evidence and _sentence_after_bar(head, pos, words, place_end))
        else None
    )
    if bar and head[bar.end() :].split(maxsplit=1)[0].strip(":").lower() in _STAMP_PART_WORDS:
        bar = None  # "Lagos | June 12, 2025 | By Jane Doe": a stamp line's parts, no story after it
    end = bar.end() if bar else _end_at(head, pos, caps, evidence, words, text, start + place_end)
    if end is None:
        return None
    trailing_agency = _AGENCY_SLASH.match(head, end) if head[end - 1 : end] == "." else None
    if trailing_agency:
        end = trailing_agency.end()  # "BEIJING, January 12. /TASS/."
    dashed = head[:end].endswith(("-", "–", "—"))
    dated = (
        _DATE_AFTER_DASH.match(head, end) or _PARENTHESIZED_DATE_AFTER_DASH.match(head, end)
        if date_text is None and dashed
        else None
    )
    if dated is not None:
        # "BOGOTÁ — May 15, 2025. The president ...": a full date closed by a period or a dash
        # after the dateline's dash is its date, the story's day (it had none)
        end, date_text = dated.end(), dated.group("date")
    city = _normal_case(words) if caps else " ".join(words)
    city = _SEAT_CITIES.get(city.lower(), city).replace("‘", "’")  # (as the gazetteer folds it)
    day = _date_value(date_text) if date_text else None
    return Dateline(city, start, start + end, day, date_text if date_text and day is None else None)


def _sentence_after_bar(head: str, pos: int, words: list[str], place_end: int) -> bool:
    """Whether a spaced bar at `pos`, after a known city and its region or agency but no date,
    sets the dateline apart from a sentence of the story ("KAMPALA, UGANDA | Uganda and Kenya
    signed ...", "Suva, Fiji | The two ministers ..."): the line goes on in lower case within
    its first words after the bar, as a sentence does and a breadcrumb's or a stamp's labels
    ("| News | Business") do not. The bar must be the dateline's first, after its place at
    `place_end`: labels read as agencies after bars before it are a breadcrumb's. The dateline
    had ended nowhere, and the story had had none."""
    bar = _BAR_END.match(head, pos)
    if bar is None or _BAR_MARK.search(head, place_end, pos) or city_country(" ".join(words)) is None:
        return False
    line_end = head.find("\n", bar.end())
    after = head[bar.end() : len(head) if line_end < 0 else line_end].split()[:_SENTENCE_WORDS_AFTER_BAR]
    return "|" not in after and any(word[:1].islower() for word in after)


#: A bar or a bullet, as `_BAR_END` reads one.
_BAR_MARK: Final = re.compile(r"[|·•●]")
#: The words after a dateline's bar among which a sentence shows a word in lower case.
_SENTENCE_WORDS_AFTER_BAR: Final = 4


def _headline_over_stamp(words: list[str], caps: bool) -> bool:
    """Whether two or more Title-case words that no gazetteer knows as a city are a headline, so
    that the date on the line below is its stamp and no element of a dateline ("Copperbelt Mines
    Expand" over "12 June 2025 - 10:31am" had been the story's dateline). A known city ("Port
    Louis" over "June 12, 2025 - ..."), one word (maybe a town) and a place in capitals stay
    read across the line as before."""
    return not caps and len(words) > 1 and city_country(" ".join(words)) is None


#: A vowel of a place's name in capitals (Y too: "LYNN", "KYIV"). An outlet's initials have none
#: ("ZNBC", "KBC", "NTV"): alone on a stamp line they had been read as the story's dateline.
_VOWEL: Final = re.compile(r"[AEIOUYÀ-ÖØ-Ýaeiouy]")


def _date_ends_the_line(head: str, pos: int) -> bool:
    """Whether the rest of the line at `pos` is a dash, a bar or a bullet and a date alone, a
    time at most after it ("- June 12, 2025", "| 12/06/2025 10:31"): the Title-case words before
    it that no gazetteer knows (`_headline_over_stamp`) are then a writer's name signing a stamp
    line, as web pages print it under the headline, and no place (the writer had been the
    story's dateline). After a comma the words stay a place ("Thu Duc, June 12, 2025", a
    release's place and date), and so does a line that goes on after its date: a label after a
    bar (`_stamp_label`) is no going on."""
    end = head.find("\n", pos)
    line = head[pos : len(head) if end < 0 else end]
    separator = _STAMP_SEPARATOR.match(line)
    if separator is None:
        return False
    rest, *labels = _SPACED_SEPARATOR.split(line[separator.end() :].strip())
    return (
        len(rest) <= _MAX_STAMP_DATE
        and any(char.isdigit() for char in rest)
        and parse_date(rest) is not None
        and all(_stamp_label(label) for label in labels)
    )


def _stamp_label(part: str) -> bool:
    """Whether a part of a stamp line after its date is a label, no story's words: a section, a
    reading time or a count of comments ("Business", "4 min read", "0 comments"), a few words
    ending on no sentence's stop ("Chanda Mwale | 12 June 2025 | Business": the writer had been
    the story's dateline, the section after the date read as the line going on)."""
    words = part.split()
    return 0 < len(words) <= _MAX_STAMP_LABEL_WORDS and not part.rstrip().endswith((".", "!", "?", ":", ","))


#: The most words of a label after a stamp line's date ("Business", "4 min read").
_MAX_STAMP_LABEL_WORDS: Final = 3


#: The separator between a name and the date of a stamp line: a bar, a bullet or a dash.
_STAMP_SEPARATOR: Final = re.compile(r"[ \t]*(?:[|·•]|--?|[–—])[ \t]*")
#: Such a separator spaced, inside the rest of a line: the story going on after the date.
_SPACED_SEPARATOR: Final = re.compile(r"[ \t](?:[|·•]|--?|[–—])[ \t]")
#: The most characters of a stamp line's date and time ("Thursday, June 12, 2025 10:31 AM CAT").
_MAX_STAMP_DATE: Final = 40


def _glued_to_the_story(text: str, start: int) -> Dateline | None:
    """A place in capitals glued by a hyphen to the story's first word in Title case, as some
    Southern African and Asian papers print it ("WINDHOEK-Namibia and Botswana signed ...",
    "DAR ES SALAAM-The Tanzanian government ..."): the hyphen read as inside one word, the place
    and the story's first word had been one name, and the story had had no dateline. The place
    must be a city the gazetteer knows, or the word after it must open a sentence ("The", "A");
    two countries joined so are a pair ("KENYA-Uganda trade", "SINGAPORE-Malaysia ties"), and
    an acronym or a label glued to a word ("COVID-Related", "UPDATE-The") is none."""
    glued = _GLUED_PLACE.match(text, start)
    if glued is None:
        return None
    place, after = glued.group("place"), glued.group("after")
    words = place.split()
    if words[0].lower() in _NOT_PLACES or place.lower() in _NOT_PLACES:
        return None
    if len(words) == 1 and sum(ch.isalpha() for ch in place) <= _SHORT_CAPS_LETTERS:
        return None
    city = _normal_case(words)
    if place_kind(city) == "name" and place_kind(after) == "name":
        return None  # "SINGAPORE-Malaysia ties": two countries' names, a pair
    known = city_country(city) is not None and not _country_only(city)
    if not known and after.lower() not in _SENTENCE_OPENERS:
        return None
    return Dateline(city, start, glued.end(), None)


#: A place of one to five words in capitals, a hyphen glued on both sides, and the story's
#: first word in Title case.
_GLUED_PLACE: Final = re.compile(
    r"(?P<place>[A-Z][A-Z'’‘.]*[A-Z](?:[ -][A-Z][A-Z'’‘.]*[A-Z]){0,4})-(?=(?P<after>[A-Z][a-z][\w'’]*))"
)
#: The most letters of a place in capitals that is too short to tell from an acronym ("US", "EU").
_SHORT_CAPS_LETTERS: Final = 3
#: Words that open a sentence, after a place glued to the story that the gazetteer does not know.
_SENTENCE_OPENERS: Final = _word_set("The A An This These Its His Her Their Our In On At After Police")


def _names_a_paper(words: list[str]) -> bool:
    """Whether the words opening a paragraph name a newspaper, a city's name and the paper's
    word after it ("Vientiane Times", "PHNOM PENH POST", "Kathmandu Post", "Nation Daily") or
    "Daily" before it ("Daily Monitor"): a credit heading the story, as papers print their own
    name before a dash, not the place it was filed from (it had been the dateline's city,
    "Vientiane Times"). No city of the gazetteer ends on such a word."""
    if len(words) < 2:
        return False
    return words[-1].lower() in _PAPER_WORDS or words[0].lower() == "daily"


#: The words of a newspaper's name after its city's: "Times", "Post", "Herald", ...
_PAPER_WORDS: Final = _word_set(
    """Times Post Herald Tribune Gazette Observer Chronicle Journal Monitor Mail Telegraph Express
    Standard Guardian Inquirer Courier Dispatch Mirror Daily Independent Sentinel Bulletin Record"""
)


def _agency_as_place(head: str, words: list[str], place_end: int) -> bool:
    """Whether the place opening a paragraph is a news agency's or wire's name, as written or in
    capitals ("Xinhua | Updated: 2025-05-12 21:03", "XINHUA", "Reuters, May 12, 2025"): a credit
    heading a stamp line, where the story was not filed (the agency had been the dateline's
    city). A city that shares an agency's name keeps its dateline when its country follows
    ("PETRA, Jordan -")."""
    place = " ".join(words)
    if place.upper() not in _agency_names() or city_country(place) is not None:
        return False
    region = _SEP_REGION.match(head, place_end)
    return region is None or iso3_for(region.group("region").rstrip("."), codes=False) is None


@lru_cache(maxsize=1)
def _agency_names() -> frozenset[str]:
    """The names of the national agencies and of the world's wires, in capitals."""
    return frozenset(_agencies()) | frozenset(name.upper() for name in WIRE_SERVICES)


#: Datelines that name a body's headquarters, not a city: AP's "UNITED NATIONS (AP) —" files
#: from the UN's seat in New York (the event had been placed in "United Nations").
_SEAT_CITIES: Final = {"united nations": "New York"}


#: A date with its year right after a dateline's dash, closed by a period, a colon or another
#: dash ("BOGOTÁ — May 15, 2025. ", "LIMA - 21 March 2024 — ", "Kabul, Afghanistan – June 12,
#: 2025: ", as press releases write it; the colon had left the story undated): not a body
#: opening on a date ("June 3, 2025, was the day ..."). The date may be written in figures, as
#: the dateline's own may ("Lusaka — 12/06/2025 — ", "HARARE - 2025-06-12: ": it had dated none).
_DATE_AFTER_DASH: Final = re.compile(
    rf"""[ \t]*{_WEEKDAY_BEFORE_DATE}(?P<date>
        (?:{MONTH_PATTERN})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
      | \d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN})\s+\d{{4}}
      | \d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}
      | \d{{4}}-\d{{2}}-\d{{2}}
    )(?:[.:]|[ \t]+(?:--?|[–—]))(?=[ \t])""",
    re.VERBOSE,
)

#: A full date in parentheses right after a dateline's dash, before the story or another dash
#: ("Georgetown, Guyana – (June 12, 2025) Guyana and ...", "SUVA - (12 June 2025) - The ..."),
#: as some government releases write it: it had been left in the story, and dated nothing.
_PARENTHESIZED_DATE_AFTER_DASH: Final = re.compile(
    rf"""[ \t]*\({_WEEKDAY_BEFORE_DATE}(?P<date>
        (?:{MONTH_PATTERN})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
      | \d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN}),?\s+\d{{4}}
    )\)(?:[ \t]*(?:--?|[–—:]))?(?=[ \t])""",
    re.VERBOSE,
)


def _date_value(text: str) -> date | None:
    """The day a dateline's date names, when it states a year ("October 12/2023" is read as
    "October 12, 2023"). A month's short name in lower case, or Spanish or Portuguese ("Bissau,
    12 jun 2025 (Lusa) -", "Quito, 12 ago 2025 (EFE).-", "Caracas, 12 Dic 2025 -"), is read by
    `parse_date` as the month it names (`dates.ROMANCE_SHORT_MONTHS`)."""
    return parse_date(_SLASHED_YEAR.sub(r"\1, \2", text))


_SLASHED_YEAR: Final = re.compile(r"^(\D+\s\d{1,2})/(\d{4})$")


#: An apostrophe that closes a place's last word before the dateline's next element, as the
#: Maldives writes its capital ("Male', June 12 -", "MALE' (PSM) -"): the place had been cut
#: before it, the apostrophe had ended nothing, and the story had had no dateline.
_CLOSING_APOSTROPHE: Final = re.compile(r"['’](?=[ \t]*[,(\[]|[ \t]+(?:--?|[–—])[ \t])")


def _place_words(head: str) -> tuple[list[str], int]:
    """The words of the place at the start of `head` and where they end."""
    words: list[str] = []
    ends: list[int] = []
    pos = 0
    style: str | None = None
    end = 0
    while len(words) < 5:
        initials = _DISTRICT_INITIALS.match(head, pos) if words else None
        if initials:
            end = initials.end()  # "Washington D.C., June 12 –": the initials close the place
            break
        match = _PLACE_WORD.match(head, pos)
        if not match:
            break
        word = match.group()
        if style is None:
            if word.isupper() and sum(ch.isalpha() for ch in word) >= 2:
                style = "caps"
            elif word[0].isupper() and not word.isupper():
                style = "title"
            else:
                return [], 0
        if not (_fits_style(word, style) or (word == "of" and style == "title" and words)):
            break
        words.append(word)
        ends.append(match.end())
        if style == "caps" or (word.lower() not in _PARTICLES and word != "of"):
            end = match.end()
        closing = _CLOSING_APOSTROPHE.match(head, match.end())
        if closing:
            end = closing.end()  # "Male', June 12 -": the apostrophe closes the place
            break
        gap = _WORD_GAP.match(head, match.end())
        if not gap:
            break
        pos = gap.end()
    while words and (words[-1].lower() in _PARTICLES or words[-1] == "of") and style == "title":
        words.pop()
    if style == "title" and "of" in words:
        return _place_of_a_known_city(words, ends)
    return words, end


def _place_of_a_known_city(words: list[str], ends: list[int]) -> tuple[list[str], int]:
    """The Title-case words of a place that holds "of", and where they end: the longest run
    of them that the gazetteer knows as a city ("Port of Spain, June 12 (CMC) –", which had
    been cut at "of", so the story had had no dateline); else the words before the first "of",
    as before ("Minister of Trade, June 12" is no place "Minister of Trade")."""
    for size in range(len(words), words.index("of"), -1):
        if words[size - 1] != "of" and city_country(" ".join(words[:size])) is not None:
            return words[:size], ends[size - 1]
    cut = words.index("of")
    return words[:cut], ends[cut - 1]


#: The initials of a capital's federal district written after its name with no comma, "D.C." or
#: "D.F." ("Washington D.C., June 12 –", "Bogotá D.C., 12 de junio", "WASHINGTON D.C. –"): cut at
#: the initials' first letter, the place had been given no date or end, and the story no dateline.
#: They close the place, and a separator must follow them.
_DISTRICT_INITIALS: Final = re.compile(r"D\.[CF]\.(?=[ \t]*[,(:–—-]|[ \t]*\n|[ \t]*$)")


def _fits_style(word: str, style: str) -> bool:
    if style == "caps":
        return word.isupper()
    return (word[0].isupper() and not word.isupper()) or word in _PARTICLES


def _skip_other_places(head: str, pos: int) -> int:
    """Skip "/LONDON" in "GENEVA/LONDON (Reuters) -": the first city is the dateline. A name
    closed by a slash of its own is an agency's credit, "Ulaanbaatar/MONTSAME/.", no other
    place: it is left for `_AGENCY_SLASH` (passed over as a place, it had left the closing
    slash, and the story no dateline)."""
    while pos < len(head) and head[pos] == "/":
        words, end = _place_words(head[pos + 1 :])
        if not words or head[pos + 1 + end : pos + 2 + end] == "/":
            break
        pos += 1 + end
    return pos


def _pair_dash(head: str, dash: re.Match[str], words: list[str]) -> bool:
    """Whether a dash glued on both sides joins a pair of countries rather than closing a
    place: "German–Turkish trade reached ...", "Germany–Turkey trade ..." (a typeset en dash)
    open the body, no slug "German" to split off. Both sides must be countries and no city
    (`_pair_of_countries`, on the place and the first words after the dash): a city stays a
    dateline ("Beijing—Chinese President Xi said ..."), and a country before a sentence stays
    a slug ("Kenya—Trade with Uganda rose ...")."""
    if dash.group() not in ("–", "—") or not head[dash.end() : dash.end() + 1].isalpha():
        return False
    place = " ".join(words)
    dotted = _DOTTED_ABBREVIATION.match(head, dash.end())
    if dotted is not None and _pair_of_countries(f"{place}–{dotted.group()}"):
        return True  # "Canada–U.S. trade", "Canada–U.K. relations": the place words hold no dots
    after, _ = _place_words(head[dash.end() :])
    return any(_pair_of_countries(f"{place}–{' '.join(after[:n])}") for n in range(1, len(after) + 1))


#: A country's dotted initials after a pair's dash: "U.S.", "U.K.", "U.A.E.".
_DOTTED_ABBREVIATION: Final = re.compile(r"(?:[A-Z]\.){2,3}")


def _end_at(
    head: str, pos: int, caps: bool, evidence: bool, words: list[str], text: str, place_end: int
) -> int | None:
    """Where the dateline ends when an END follows at `pos`, given the evidence so far; `text`
    is the whole story and `place_end` where the place ends in it (for a place named again)."""
    short_caps = caps and len(words) == 1 and len(words[0]) <= 3
    dash = _DASH_END.match(head, pos)
    if dash:
        if not caps and not evidence and _pair_dash(head, dash, words):
            return None
        return dash.end() if evidence or not short_caps else None
    glued = _GLUED_DASH_END.match(head, pos)
    if glued and (evidence or (caps and not short_caps) or _period_dash(glued.group(), words)):
        return glued.end()
    glued_hyphen = _GLUED_HYPHEN_AFTER_CREDIT.match(head, pos) if evidence else None
    if glued_hyphen and _glued_credit(head, pos, caps):
        return glued_hyphen.end()  # (a bracket of a sentence's words, "Nairobi (Kenya)-Uganda", ends none)
    glued_to_date = _GLUED_HYPHEN_AFTER_DAY.match(head, pos) if evidence else None
    if glued_to_date and _closes_a_date(head, pos) and (caps or text[place_end : place_end + 1] == ","):
        return glued_to_date.end()
    semicolon = _AGENCY_SEMICOLON_END.match(head, pos) if evidence else None
    if semicolon and head[head.rfind("(", 0, pos) + 1 : pos].lstrip()[:1].isupper():
        return semicolon.end()  # (a credit's name: "Nairobi (the host); Kampala ..." ends nothing)
    colon = _COLON_END.match(head, pos) or (_GLUED_COLON_END.match(head, pos) if evidence else None)
    if colon:
        # "Abu Dhabi: ..." is a dateline; "Kenya: ..." labels a roundup's item, or a headline
        place = " ".join(words)
        iso3 = iso3_for(place, codes=False) if city_country(place) is None else None
        country_label = iso3 is not None and not (capital_of(iso3) or "").startswith(place)  # not "Singapore"
        title_colon = (
            not caps
            and len(words) <= _MAX_TITLE_COLON_WORDS
            and not country_label
            and not _VALUE_AFTER_COLON.match(head, colon.end())  # "Exports: $2.9 billion": a row
        )
        return colon.end() if evidence or (caps and not short_caps) or title_colon else None
    if not (evidence or (caps and not short_caps)):
        return _known_city_end(head, pos, words, caps, text, place_end)
    period = _PERIOD_END.match(head, pos)
    if period:
        return period.end()
    if evidence and head[pos - 1] == "." and head[pos : pos + 1].isspace():
        return pos  # the period closed an abbreviation or agency name: "Calif.", "ARMENPRESS."
    if evidence and _SLASHED_CREDIT_BEFORE.search(head, 0, pos) and _CAPITAL_AFTER.match(head, pos):
        return pos  # an agency between slashes ends it as a dash would: "Ulaanbaatar /MONTSAME/ The"
    if evidence and head[pos - 1] == ")" and head[pos : pos + 1] == " " and head[pos + 1 : pos + 2].isupper():
        opening = head.rfind("(", 0, pos)
        dated = any(ch.isdigit() for ch in head[:opening])
        if dated and head[opening + 1 : opening + 2].isupper():
            return pos  # a dated wire line closed by its agency: "New Delhi, Feb 7 (PTI) India's exports"
    # alone on its line (the cheap test first) and short, or a longer name the lexicon knows as
    # a city: "Ho Chi Minh City, 19 June 2025"
    if _LINE_END.match(head, pos) is None:
        return None
    short = len(words) <= _MAX_STANDALONE_WORDS or city_country(" ".join(words)) is not None
    return pos if short else None


def _closes_a_date(head: str, pos: int) -> bool:
    """Whether the dateline's elements before `pos` end on a date's day or year ("June 12") or,
    day first, on its month ("12 June"): a hyphen glued there ends the dateline. A Title-case
    place must be set off by a comma besides ("Harare, June 12-Zimbabwe ..."), as sentences do
    not open so (the hyphen had ended a dateline after a place in capitals only)."""
    return head[pos - 1 : pos].isdigit() or _MONTH_BEFORE.search(head, 0, pos) is not None


#: An agency's name in capitals between slashes, right before the end of a dateline: "/MONTSAME/".
#: (Three letters at least and no digit: "Sales /Q1/ The figures ..." is no dateline.)
_SLASHED_CREDIT_BEFORE: Final = re.compile(r"/[A-Z][A-Z&'’.-]{2,30}/\Z")
#: The body's first word after a space: "The", "Mongolia's".
_CAPITAL_AFTER: Final = re.compile(r"[ \t]+[A-Z]")


def _period_dash(mark: str, words: list[str]) -> bool:
    """Whether a Title-case place closed by a period glued to a hyphen is a dateline: Spanish
    and Latin American papers write "Santo Domingo.- The minister ..." and "Lima.- ...". A
    sentence never ends on ".-", so the mark is evidence enough for a short place; a bare glued
    hyphen ("Well- known traders") is not."""
    return mark.startswith(".") and len(words) <= _MAX_TITLE_COLON_WORDS


def _known_city_end(
    head: str, pos: int, words: list[str], caps: bool, text: str, place_end: int
) -> int | None:
    """A place with nothing after it but a period ("Dar es Salaam. Tanzania sold ...") or the
    end of its line ("New Delhi" above the story): a dateline when the lexicon knows the place
    as a city, or, before a period, when a Title-case place the lexicon does not know is named
    again later as a place ("Tanga. Tanzania's Minister ..."); "Kenya. The country ..." is no
    dateline."""
    known = city_country(" ".join(words)) is not None
    if known and _LINE_END.match(head, pos) and len(words) <= _MAX_STANDALONE_WORDS:
        return pos  # "New Delhi" alone on the line before the story
    if not _TITLE_PERIOD_END.match(head, pos):  # (the cheap test first: the scan below reads the whole text)
        return None
    return pos + 1 if known or (not caps and _named_again_as_place(text, place_end, words)) else None


_TITLE_PERIOD_END: Final = re.compile(r"\.[ \t]+(?=[A-Z])")


def _named_again_as_place(text: str, after: int, words: list[str]) -> bool:
    """Whether a Title-case opening the lexicon does not know as a city ("Tanga. Tanzania's
    Minister ...", the style of East African papers for their regional towns) is named again
    later as a place: after "in", "at", "near" or a comma after a site ("at Chongoleani, Tanga").
    A country ("Kenya. The country ...") is no dateline, however often named."""
    place = " ".join(words)
    if len(words) > _MAX_TITLE_COLON_WORDS or iso3_for(place, codes=False) is not None:
        return False
    hit = text.find(place, after)
    while hit >= 0:
        cue_end = hit
        while cue_end > after and text[cue_end - 1].isspace():
            cue_end -= 1
        if (
            cue_end < hit
            and _PLACE_CUE_BEFORE.search(text, max(after, cue_end - 4), cue_end)
            and _PLACE_WORD_END.match(text, hit + len(place))
        ):
            return True
        hit = text.find(place, hit + 1)
    return False


#: What stands right before a place named again, up to the spaces before it: "in", "at", "near"
#: as words, or a comma after a lower-case word ("at Chongoleani, Tanga"). The place itself is
#: found as a literal: a pattern opening on these cues has no literal prefix to seek.
_PLACE_CUE_BEFORE: Final = re.compile(r"(?:\b(?:in|at|near)|[a-z],)\Z")
#: The place named again ends a word, not a longer name ("Tanga-based", "Tanga's" is no place).
_PLACE_WORD_END: Final = re.compile(r"\b(?![-'’])")


def _evidence_at(
    head: str, pos: int, first: bool = False, dated: bool = False
) -> tuple[int, str | None] | None:
    """One REGION, DATE or AGENCY element at `pos`: (new position, date text or None). `first`
    when it would be the first element after the place, where a bar before a label opens a
    stamp line ("China Daily | Updated: ...") and no agency; `dated` when the dateline has its
    date already, after which a number before a word is the story's ("DUSHANBE, June 12, 10
    firms - signed": "10 firms" had been read as a second date, in another language, and the
    dateline had run on to the dash after it)."""
    bullet = _SEP_BULLET.match(head, pos)
    match = _SEP_HIJRI.match(head, pos)
    if match is None and (hijri := _SEP_HIJRI_ONLY.match(head, pos)):
        return hijri.end(), None  # (before the date of another calendar would read "3 Shaban 1445")
    if match is None and (bikram := _SEP_BIKRAM.match(head, pos)):
        return bikram.end(), None  # ("29 Jestha" would read as a day of a month in another language)
    match = (
        match or _SEP_DATE.match(head, bullet.end() if bullet else pos) or _DATE_IN_PARENS.match(head, pos)
    )
    if match and dated and _unnamed_month(match.group("date")):
        return None
    if match:
        clock = _CLOCK_AFTER_DATE.match(head, match.end())  # "Astana, 12 June 2025, 10:45 (Kazinform) -"
        after = clock.end() if clock else match.end()
        # "TOKYO, July 9 Kyodo -", or the empty slot of one: "LUSAKA, 12 June 2025/ -- "
        agency = _AGENCY_AFTER_DATE.match(head, after) or _EMPTY_CREDIT_SLASH.match(head, after)
        return (agency.end() if agency else after), match.group("date")
    for pattern in (
        _SEP_WEEKDAY,
        _AGENCY_PAREN,
        _AGENCY_PAREN_AFTER_HYPHEN,
        _AGENCY_HYPHEN_SLASH,
        _AGENCY_SLASH,
        _AGENCY_AFTER_DOT,
        _AGENCY_BULLET,
        _SEP_BRACKETED_REGION,
    ):
        match = pattern.match(head, pos)
        if match and not (first and pattern is _AGENCY_BULLET and _labels_a_stamp(match.group("agency"))):
            return match.end(), None
    match = _SEP_REGION.match(head, pos)
    if match and _is_region(match.group("region")):
        return match.end(), None
    return None


def _unnamed_month(date_text: str) -> bool:
    """Whether a date's text has words but names no month in English, Spanish, Portuguese or
    French: "10 firms", read as a day and a month of another language."""
    return any(ch.isalpha() for ch in date_text) and _MONTH_NAME.search(date_text) is None


_MONTH_NAME: Final = re.compile(rf"{MONTH_PATTERN}|{ROMANCE_MONTH_PATTERN}")


def _labels_a_stamp(agency: str) -> bool:
    """Whether what follows a bar right after the place is a label, no agency: "China Daily |
    Updated: 2025-05-12", "Global Times | Source: ..." head a stamp line, not a dateline (after a
    date, "Kampala, 5 March 2024 · By Ada Obi" stays one)."""
    return agency.split()[0].lower() in _NOT_PLACES


def _is_region(region: str) -> bool:
    """Capitalised words, possibly joined by particles ("Bosnia and Herzegovina"), not a person's
    name after an honorific ("Moderator, Ms Jane Doe:", "..., Shri Randhir Jaiswal:")."""
    words = region.split()
    if words[0].lower() in _NOT_PLACES and not _country_with_article(region):
        return False
    if not words[-1][0].isupper():
        return False
    if words[0].lower().rstrip(".") in _HONORIFICS and iso3_for(region, codes=False) is None:
        return False  # (a country opening on one stays a region: "Colombo, Sri Lanka, 18 June 2025")
    if len(words) == 1 and words[0].lower().rstrip(".") in _LEGAL_FORMS_AFTER_A_COMMA:
        return False  # "Mitsubishi Heavy Industries, Ltd. signed ...": a company's name opens the story
    return all(word[0].isupper() or word in _PARTICLES or word == "and" for word in words)


#: Legal forms written after a company's name and a comma ("Toyota Tsusho, Inc."): no region
#: of a dateline, the story's first sentence opening on the company (the dateline had cut it).
_LEGAL_FORMS_AFTER_A_COMMA: Final = frozenset(
    ["ltd", "inc", "co", "corp", "llc", "plc", "limited", "jsc", "llp"]
)


def _country_with_article(region: str) -> bool:
    """Whether a region opening on "The" is a country's name that takes the article ("BANJUL,
    The Gambia -", "NASSAU, The Bahamas -", "MANILA, The Philippines -"): the article had
    marked it a sentence's word, no region, and the story had had no dateline."""
    return region.startswith(("The ", "THE ")) and iso3_for(region.rstrip("."), codes=False) is not None


def _normal_case(words: list[str]) -> str:
    """ "ABU DHABI" -> "Abu Dhabi", "PORT-AU-PRINCE" -> "Port-au-Prince", "N'DJAMENA" -> "N'Djamena",
    "PORT OF SPAIN" -> "Port of Spain"."""
    out = []
    for index, word in enumerate(words):
        parts = re.split(r"([-'’‘])", word.lower())
        for i in range(0, len(parts), 2):
            part = parts[i]
            is_particle = (part in _PARTICLES or part == "of") and (i > 0 or index > 0)
            after_short_prefix = i >= 2 and parts[i - 1] in "'’‘" and len(parts[i - 2]) > 1
            if part and not is_particle and not after_short_prefix:
                parts[i] = part[0].upper() + part[1:]
        out.append("".join(parts))
    return " ".join(out)
