"""Web pages: the article's main text and the page's metadata.

Main text comes from trafilatura (precision mode, no comments, no tables), which drops
navigation, sidebars, related-article teasers, share bars and footers. Two guards sit
around it because news pages carry traps it does not always catch:

* before: elements whose class or id names a cookie/consent/GDPR notice, a newsletter
  box, share bars, related/recommended lists or ad-network widgets, and modal dialogs,
  are pruned from the tree (a last pass without pruning guards against a story wrapped
  in such a class);
* after: notice lines (cookies, copyright, "Read also:") are dropped, and the result
  must look like an article (a paragraph of >= 12 words ending like a sentence) or the
  page is `no_body`; a first line repeating the page title is dropped (the headline is
  metadata, not body). A page with no such text whose JSON-LD holds an `articleBody` that
  reads as an article (a page a script renders) is read from it, and so, last, is the story a
  Next.js page ships in its `__NEXT_DATA__` script (the object titled as the page) or an Arc XP
  page assigns to `Fusion.globalContent`.

Metadata is read from the page head in one pass, in this order of trust: JSON-LD
(`datePublished`, `headline`, `publisher.name`), OpenGraph/article meta tags
(`article:published_time`, `og:title`, `og:site_name`, `og:url`), other common meta
names (`pubdate`, `date`, `dc.date`, `parsely-pub-date`, ...) also as RDFa or microdata mark
them on an element of the body (`<span property="dc:date" content="...">`), `<time datetime>`,
a date in an element's `data-` attribute (`data-published="..."`), then the
date the page shows as text ("Published: June 12, 2024", `<span class="date">12 June
2024</span>`), then the date of the `__NEXT_DATA__` story; `<h1>`, then `<title>` without its
" - Site Name" suffix.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from itertools import takewhile
from typing import Any, Final

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import Extractor

from orchestration.extraction.boilerplate import is_boilerplate
from orchestration.extraction.countries import find_countries, iso3_for
from orchestration.extraction.datelines import find_dateline, opens_on_dateline
from orchestration.extraction.dates import PUBLISHED_LABEL, STAMP_LABEL, find_dates, parse_date
from orchestration.extraction.formats import Article, FormatFailure
from orchestration.extraction.text import rejoin_broken_lines

#: Class/id fragments of page furniture. Deliberately specific ("newsletter", not
#: "subscribe", which also names "subscriber-content" article wrappers). A pull quote repeats
#: a sentence of the story out of its place ("pullquote", "pull-quote"): kept, it had opened the
#: body before the dateline's paragraph, a speaker's words twice. A social network's post
#: embedded in the story (`_SOCIAL_EMBED_MARKERS`) is another author's text, no sentence of it.
_PRUNE_MARKERS: Final = (
    "cookie", "consent", "gdpr", "newsletter", "social-share", "share-bar", "sharing", "related-",
    "recommended", "most-read", "mostread", "outbrain", "taboola", "pullquote", "pull-quote",
)  # fmt: skip
#: The classes of the posts of social networks embedded in a story, as their embed codes write
#: them: `<blockquote class="twitter-tweet">`, "instagram-media", "tiktok-embed", Facebook's
#: "fb-post", Threads' "text-post-media", Bluesky's "bluesky-embed", Telegram's "telegram-post".
#: The post is an official's or an outlet's words in their own voice, with its handle, its
#: links and its own date: kept, "Great meeting today with my friend the Minister of Trade of
#: Togo ... pic.twitter.com/xyz" had stayed in the story, its address read as the talks' topics.
_SOCIAL_EMBED_MARKERS: Final = (
    "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "fb-post", "text-post-media",
    "bluesky-embed", "telegram-post",
)  # fmt: skip
#: The elements of an AMP page that embed a social network's post, its fallback text inside
#: (`<amp-twitter data-tweetid="..."><blockquote placeholder>...</blockquote></amp-twitter>`): the
#: post's words had stayed in the story, as an embed code's had.
_AMP_SOCIAL_EMBEDS: Final = (
    "amp-twitter", "amp-instagram", "amp-facebook", "amp-tiktok", "amp-bluesky", "amp-reddit",
)  # fmt: skip
#: Only elements that have one of the attributes are tested for the fragments: most of a page's
#: elements have none, and the guard spares each of them the 32 `contains` calls (4x faster
#: over the pages of the corpora, the same elements).
_PRUNE_XPATH: Final = (
    "//*[@class or @id or @role or @aria-modal]["
    + " or ".join(f"contains(@class,'{m}') or contains(@id,'{m}')" for m in _PRUNE_MARKERS)
    + "".join(f" or contains(@class,'{m}')" for m in _SOCIAL_EMBED_MARKERS)
    + " or @role='dialog' or @aria-modal='true']"
    + "".join(f" | //{tag}" for tag in _AMP_SOCIAL_EMBEDS)
)
_DATE_META: Final = (
    "article:published_time", "og:published_time", "article:published", "datepublished",
    "publishdate", "publish-date", "publish_date", "pubdate", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
    "article.published", "published_time", "release_date", "dc:date", "dc:created", "dcterms:created",
    "dcterms:issued", "dcterms:date", "schema:datepublished", "dcterms.date", "dc.date.created",
)  # fmt: skip
_TITLE_META: Final = ("og:title", "twitter:title", "headline", "dc.title", "parsely-title")
_SOURCE_META: Final = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
_URL_META: Final = ("og:url", "twitter:url", "parsely-link")
_TITLE_SUFFIX: Final = re.compile(r"\s+[-–—|:·•]\s+(?P<site>[^-–—|:·•]{2,40})\Z")
#: The two settings `_main_text` tries, built once: given keyword arguments instead,
#: trafilatura builds its `Extractor` (reading its whole configuration) on every call.
_PRECISION_MODE: Final = Extractor(precision=True, comments=False, tables=False, images=False)
_DEFAULT_MODE: Final = Extractor(comments=False, tables=False, images=False)
_MIN_ARTICLE_WORDS: Final = 12
_SENTENCE_END: Final = (".", "!", "?", '"', "”", "’", ")", "…")

# Fragment conversion (HTML inside JSON bodies): tags become paragraph breaks or nothing.
_SCRIPT_STYLE: Final = re.compile(
    r"<(script|style|noscript)\b[^>]{0,500}>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_LINE_BREAK_TAG: Final = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BLOCK_END_TAG: Final = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|header|footer|figure|figcaption)\b[^>]{0,500}>",
    re.IGNORECASE,
)
_ANY_TAG: Final = re.compile(r"<[^<>]{0,2000}>")
#: A social network's post embedded in a fragment: a blockquote of one of `_SOCIAL_EMBED_MARKERS`
#: to its end tag (an embed code holds no blockquote of its own inside).
_EMBEDDED_POST: Final = re.compile(
    r"<blockquote\b[^>]{0,500}?class\s*=\s*[\"'][^\"']*(?:"
    + "|".join(_SOCIAL_EMBED_MARKERS)
    + r")[^>]{0,500}>.*?</blockquote\s*>",
    re.IGNORECASE | re.DOTALL,
)


def parse_html(text: str) -> Article | FormatFailure:
    """The article of a web page, or `no_body` when the page holds none."""
    tree = trafilatura.load_html(text)
    if tree is None:
        return FormatFailure("no_body", "the page could not be parsed as HTML")
    meta = _page_metadata(tree)
    leads = [*_opening_before_the_body(tree), *_lead_paragraphs(tree)]  # (before trafilatura prunes it)
    dateline = _dateline_line(tree)
    body = _main_text(tree) or _linked_body(meta) or _app_body(meta) or _state_body(tree, meta)
    if body is None:
        return FormatFailure("no_body", "no article text found in the page (navigation or teasers only)")
    lines = body.split("\n")
    missed = [lead for lead in leads if " ".join(lead.split()) not in " ".join(body.split())]
    if missed:
        lines = [*lines[:1], *missed, *lines[1:]] if _is_headline(lines[0], meta) else [*missed, *lines]
    if _is_headline(lines[0], meta):
        lines = lines[1:]
    lines = _without_stamp_lines(lines, meta.get("published"))
    if dateline is not None and " ".join(dateline.split()) not in " ".join(body.split()):
        lines = [dateline, *lines]
    stripped = [
        line.strip() for line in lines if line.strip() and not _STAMP_LABEL_ALONE.fullmatch(line.strip())
    ]
    lines = rejoin_broken_lines(stripped) if stripped else lines  # "met with<br>Canada's ..."
    published = meta.get("published")
    return Article(
        body="\n\n".join(lines),
        title=meta.get("title") or meta.get("h1"),
        source=meta.get("source"),
        url=meta.get("url"),
        published=published,
        published_origin="html_meta" if published else None,
        dateline=meta.get("dateline"),
    )


def feed_items(text: str) -> list[dict[str, str]] | None:
    """The items of an RSS, Atom or RDF feed saved as a page ("news.html" holding `<?xml ...?><rss>
    <channel><item>...`), each as the fields a JSON feed item has ({"title", "link", "pubDate",
    "description", "content_encoded"}, read by `json_format.article_from_json`), or None when the
    text is no feed. Such a file had been rejected as a page that could not be parsed, its
    stories lost."""
    if _LOOKS_FEED.match(text[:_FEED_SNIFF]) is None:
        return None
    try:
        root = etree.fromstring(_XML_DECLARATION.sub("", text, count=1), _FEED_PARSER)
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    return [
        _feed_item(element)
        for element in root.iter()
        if isinstance(element.tag, str) and etree.QName(element).localname in ("item", "entry")
    ]


def _feed_item(element: etree._Element) -> dict[str, str]:
    """An item's fields by the local name of each child (the first of a name): its text, an Atom
    link's address, and RSS's `content:encoded` as "content_encoded" (the story's full text)."""
    fields: dict[str, str] = {}
    for child in element:
        if not isinstance(child.tag, str):
            continue
        qname = etree.QName(child)
        name = "content_encoded" if qname.localname == "encoded" else qname.localname
        href = child.get("href") if name == "link" else None
        value = href if href else "".join(child.itertext())
        if value.strip() and name not in fields and child.get("rel") in (None, "alternate"):
            fields[name] = value
    return fields


#: How feeds open: an XML declaration, comments or a stylesheet, then `<rss>`, `<feed>` or `<rdf:RDF>`.
_LOOKS_FEED: Final = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--.*?-->|<\?xml-stylesheet[^>]*>)\s*)*<(?:rss|feed|rdf:RDF)\b",
    re.IGNORECASE | re.DOTALL,
)
_FEED_SNIFF: Final = 2048
#: The XML declaration, which lxml refuses in a decoded string (the text is decoded already).
_XML_DECLARATION: Final = re.compile(r"\A\s*<\?xml[^>]*\?>")
_FEED_PARSER: Final = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)


#: A stamp's label left alone on a line once the extractor dropped the `<time>` it labelled
#: ("Posted on", "Updated", "Last updated:"). No text of the story: "Posted on" had been glued
#: to the paragraph below as a line broken after "on", and "Posted on LUSAKA - ..." had lost
#: the story's dateline ("Updated" had stayed the body's first line).
_STAMP_LABEL_ALONE: Final = re.compile(
    r"(?i)(?:(?:last|first)\s+)?(?:updated|published|posted|modified|revised)(?:\s+(?:on|at))?\s*:?"
)


def _without_stamp_lines(lines: list[str], published: str | None) -> list[str]:
    """The body without the stamp lines that open it, a date alone or labelled ("12/06/2025",
    "Thursday, June 12, 2025", "Published 12 June 2025 10:31 GMT"), as a page sets its date
    over the story in an element the extractor keeps: the stamp had stayed the body's first
    line. Only when the page gave its date (so the body's is no longer needed), and only lines
    that are a date and nothing else: a sentence opening on a date stays."""
    if published is None:
        return lines
    lead = 0
    while lead < min(len(lines) - 1, _MAX_STAMP_LINES) and (
        _is_stamp_line(lines[lead]) or (lead > 0 and _CLOCK_PART.fullmatch(lines[lead].strip()))
    ):
        lead += 1  # (a date's clock time may stand on a line of its own under it)
    return lines[lead:]


#: How many lines opening a body may be stamps (a date line and a time line, say).
_MAX_STAMP_LINES: Final = 3


def _is_stamp_line(line: str) -> bool:
    """Whether a line is a stamp: a label maybe, a whole date, and maybe its clock time as a
    part of its own ("12.06.2025 | 10:31")."""
    text = line.strip()
    label = STAMP_LABEL.match(text)
    text = text[label.end() :] if label else text
    if not 0 < len(text) <= _SHOWN_DATE_CHARS:
        return False
    first, *rest = _PART_SEPARATOR.split(text)
    return _is_whole_date(first) and all(_CLOCK_PART.fullmatch(part) for part in rest)


#: A stamp's part that is a clock time: "10:31", "09:15 AM", "14.02 GMT".
_CLOCK_PART: Final = re.compile(r"(?i)\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,5})?")


def _linked_body(meta: dict[str, str]) -> str | None:
    """The JSON-LD `articleBody`, when the page's markup holds no article: a page a script
    renders ships its story only there (and in the script that renders it), and the
    story would be lost. It must read as an article too."""
    linked = meta.get("linked_body")
    if linked is None:
        return None
    return _article_lines(html_fragment_text(linked) if "<" in linked else linked)


def _is_headline(line: str, meta: dict[str, str]) -> bool:
    return any(_same_words(line, meta[key]) for key in ("title", "h1") if key in meta)


def _lead_paragraphs(tree: HtmlElement) -> list[str]:
    """The article's lead paragraphs, by their class ("ingress", "article__lead", "story-intro"):
    trafilatura keeps the container of the body text, and a lead set
    outside it (often the story's densest paragraph) is lost. Only paragraphs that read as
    article text count, outside the page's navigation, asides and footer."""
    found = []
    for element in tree.iter("p", "div"):
        parts = set(_CLASS_PARTS.split((element.get("class") or "").lower()))
        if parts.isdisjoint(_LEAD_CLASSES) or _in_page_furniture(element):
            continue
        text = " ".join(element.text_content().split())
        if len(text.split()) >= _MIN_LEAD_WORDS and _is_article_paragraph(text) and text not in found:
            found.append(text)
        if len(found) == _MAX_LEADS:
            break
    return found


def _opening_before_the_body(tree: HtmlElement) -> list[str]:
    """The story's opening when it is set before the first paragraph of the body, in a `<div>`
    or as text with `<br>` breaks, not in a `<p>` ("<div class='entry-content'><div>HARARE –
    Zimbabwe and Zambia ...</div><p>..."): trafilatura's precision mode keeps the paragraphs and
    drops it, so the story had lost its dateline and its first, densest sentence. Only the text
    beside the page's first article paragraph, within its parent, from a piece that opens on a
    dateline (of a date or a known place) and ends a sentence; the pieces after it that end one
    too. A caption or a stamp line before the body opens on none, and is left out."""
    for element in tree.iter("p"):
        if _in_page_furniture(element) or not _is_article_paragraph(" ".join(element.text_content().split())):
            continue
        parent = element.getparent()
        pieces = _pieces_before(parent, element) if parent is not None else []
        for index, piece in enumerate(pieces):
            if piece.endswith(_SENTENCE_END) and opens_on_dateline(piece):
                return [later for later in pieces[index:] if later.endswith(_SENTENCE_END)]
        return []
    return []


def _pieces_before(parent: HtmlElement, element: HtmlElement) -> list[str]:
    """The texts of `parent` before its child `element`: its own text, each earlier child's
    (not a script's, a style's or a figure's) and the text after each, spaces collapsed."""
    texts = [parent.text or ""]
    for child in parent:
        if child is element:
            break
        if isinstance(child.tag, str) and child.tag not in _NO_STORY_TAGS:
            texts.append(child.text_content())
        texts.append(child.tail or "")
    return [" ".join(text.split()) for text in texts if text.strip()]


_NO_STORY_TAGS: Final = frozenset(["script", "style", "noscript", "figure", "figcaption", "img", "br"])


def _in_page_furniture(element: HtmlElement) -> bool:
    """Whether the element sits in the page's navigation, an aside, a footer, or the site's
    header (an article's own header, with its headline and lead, is the story's)."""
    ancestors = [a.tag for a in element.iterancestors()]
    if any(tag in ("nav", "aside", "footer") for tag in ancestors):
        return True
    return "header" in ancestors and not any(tag in ("article", "main") for tag in ancestors)


#: Words of a class name that mark a story's lead paragraph, as news and statistics sites name
#: it. A deck under the headline ("standfirst", "dek") restates it, and is left out; so is a
#: "lead" as short as a headline (a deck by another name).
_LEAD_CLASSES: Final = frozenset(["ingress", "lead", "lede", "intro", "preamble"])
_MIN_LEAD_WORDS: Final = 20
_CLASS_PARTS: Final = re.compile(r"[\s_-]+")
_MAX_LEADS: Final = 2


def _dateline_line(tree: HtmlElement) -> str | None:
    """The story's dateline when the page sets it in a classed line of its own ("<p
    class='meta'>Warsaw, April 29 (BTA correspondent X)</p>"), which trafilatura drops as page
    furniture: the first short element so classed, outside the navigation and footer, that
    reads as a dateline of a known place before a paragraph. The place may end the line, after
    a byline ("<div class='byline'>By Amina Yusuf | Lagos</div>", "Staff Reporter, Abuja") or
    a date ("10 June 2025 | ACCRA"), as the dateline finder reads such a line: the line had to
    open on its place, and a story signed so had no dateline."""
    for element in tree.iter("p", "div", "span"):
        parts = set(_CLASS_PARTS.split((element.get("class") or "").lower()))
        if parts.isdisjoint(_DATELINE_CLASSES) or (
            _in_page_furniture(element) and not _under_headline(element)
        ):
            continue
        text = " ".join(element.text_content().split())
        if not text or len(text.split()) > _MAX_DATELINE_WORDS:
            continue
        found = find_dateline(f"{text}\n\nThe story.")
        if found is not None and found.end <= len(text) and iso3_for(found.city, codes=False) is not None:
            return text  # (a known place: a byline's name, "Dio Suhenda (The Jakarta Post)", is none)
    return None


def _under_headline(element: HtmlElement) -> bool:
    """Whether the element sits in the header that holds the story's headline ("<header><h1>
    ...</h1><div class='meta'>Baku, 16 April 2025 · By X</div></header>"): the article's own
    header, not the site's, so its place line is the story's dateline (it had been skipped as
    page furniture, and a signing told with no place had none). A header with a menu is the
    site's, its h1 the site's name."""
    header = next((a for a in element.iterancestors() if a.tag == "header"), None)
    return (
        header is not None
        and not any(a.tag in ("nav", "aside", "footer") for a in element.iterancestors())
        and next(header.iter("h1"), None) is not None
        and next(header.iter("nav"), None) is None
    )


#: Words of a class name of the line that carries a story's place and date.
_DATELINE_CLASSES: Final = frozenset(["meta", "dateline", "byline", "location", "info"])
_MAX_DATELINE_WORDS: Final = 16


def html_fragment_text(fragment: str) -> str:
    """Plain paragraphs from an HTML fragment (a JSON body with markup), entities decoded; a
    social network's post embedded in it (`_EMBEDDED_POST`) is left out, as a page's is."""
    text = _SCRIPT_STYLE.sub(" ", fragment)
    if "<blockquote" in text:
        text = _EMBEDDED_POST.sub("\n\n", text)
    text = _LINE_BREAK_TAG.sub("\n", text)
    text = _BLOCK_END_TAG.sub("\n\n", text)
    text = _ANY_TAG.sub("", text)
    return html.unescape(text)


def _main_text(tree: HtmlElement) -> str | None:
    """trafilatura's main text, kept only if article-like.

    Precision mode first, then the default mode, both with page furniture pruned; last,
    without pruning, in case a pruned class name wrapped the story itself.
    """
    tries = ((_PRECISION_MODE, _PRUNE_XPATH), (_DEFAULT_MODE, _PRUNE_XPATH), (_DEFAULT_MODE, None))
    for mode, prune in tries:
        extracted = trafilatura.extract(tree, options=mode, prune_xpath=prune)
        article = _article_lines(extracted) if extracted else None
        if article is not None:
            return article
    return None


def _article_lines(text: str) -> str | None:
    """The lines of `text` without blank and notice lines, when one of them reads as an
    article's paragraph; else None."""
    lines = [line for line in text.split("\n") if line.strip() and not is_boilerplate(line)]
    return "\n".join(lines) if any(_is_article_paragraph(line) for line in lines) else None


def _is_article_paragraph(line: str) -> bool:
    stripped = line.strip()
    return len(stripped.split()) >= _MIN_ARTICLE_WORDS and stripped.endswith(_SENTENCE_END)


def _same_words(a: str, b: str) -> bool:
    return a.split() == b.split() or a.strip().casefold() == b.strip().casefold()


def _page_metadata(tree: HtmlElement) -> dict[str, str]:
    """title, h1, published, source, url from the page, best source first."""
    metas: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (
            (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        )
        content = (element.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    for key, content in _annotated_values(tree):
        metas.setdefault(key, content)
    linked = _json_ld(tree)
    out: dict[str, str] = {}
    _first(
        out,
        "published",
        [_ld_date(linked.get("datePublished"))],
        (metas.get(k) for k in _DATE_META),
        _publication_metas(metas),
        [_article_created(linked)],
        _other_dated_metas(metas),
        _time_dates(tree),
        _titled_dates(tree),
        _data_attribute_dates(tree),
        _shown_dates(tree),
        _headline_date_line(tree),
    )
    if isinstance(linked.get("articleBody"), str) and linked["articleBody"].strip():
        out["linked_body"] = linked["articleBody"]  # as written: its paragraphs are the story's
    # schema.org's NewsArticle "dateline" ("LUSAKA", "Lusaka, Zambia"): the place of filing, for a
    # story whose text opens on none (a page whose CMS sets it only there had had no dateline)
    _first(out, "dateline", [linked.get("dateline")], [_created_at(linked.get("locationCreated"))])
    _first(out, "title", [linked.get("headline")], (metas.get(k) for k in _TITLE_META))
    _first(out, "source", [_name(linked.get("publisher"))], (metas.get(k) for k in _SOURCE_META))
    _first(out, "url", (metas.get(k) for k in _URL_META), _canonical(tree), _ld_urls(linked))
    _first(out, "h1", (_text(h1) for h1 in tree.iter("h1")))
    page_title = next((_text(t) for t in tree.iter("title") if _text(t)), None)
    if page_title:
        headline, site = _split_site_suffix(page_title, out.get("source"))
        out.setdefault("title", headline)
        if site:
            out.setdefault("source", site)
    if "title" in out:
        out["title"] = without_site_name(out["title"], out.get("source"), out.get("h1"))
        out["title"] = _headline_for_site_name(out["title"], out.get("source"), out.get("h1"))
    _add_app_story(out, tree)
    return out


def _headline_for_site_name(title: str, site: str | None, h1: str | None) -> str:
    """The page's `<h1>` for a title that is only the site's name ("<title>Addis Standard</title>"
    with og:site_name "Addis Standard", as some CMSs title every page): the story's headline is
    its h1 (the site's name had been the story's title). An h1 that is the site's name too (its
    logo) changes nothing, and neither does a title that is a headline."""
    if site is None or h1 is None or not _same_words(title, site) or _same_words(h1, site):
        return title
    return h1


def _add_app_story(out: dict[str, str], tree: HtmlElement) -> None:
    """The text and the date of the story in a page's app data (`_app_story`): its text
    for a page whose markup holds none (`_app_body`), its date last, after every date the page
    gives elsewhere."""
    story = _app_story(tree, [out[key] for key in ("title", "h1") if key in out])
    if story is None:
        return
    # (json_format reads this module's fragment reader: imported here, not at the top)
    from orchestration.extraction.json_format import article_from_json, object_date

    article = article_from_json(story)
    if isinstance(article, Article):
        out["app_body"] = article.body
    published = object_date(story)
    if published and "published" not in out:
        out["published"] = " ".join(published.split())


def _app_story(tree: HtmlElement, headlines: list[str]) -> dict[str, Any] | None:
    """The story a Next.js page ships in its `__NEXT_DATA__` script for the script to render
    ({"props": {"pageProps": {"article": {"title", "publishedAt", "body"}}}}): the first object
    of that data whose title is the page's headline, read as a JSON article is. A page that
    renders its story by script has no other text (it had been rejected as no_body), and a
    page whose date sits only there had none; its list of other stories (their titles are not
    the page's) is no story of it."""
    content = _arc_global_content(tree)
    if content is not None:
        return content
    script = next((s for s in tree.iter("script") if (s.get("id") or "") == "__NEXT_DATA__" and s.text), None)
    if script is None or not headlines:
        return None
    try:
        data = json.loads(script.text)
    except (ValueError, RecursionError):
        return None
    wanted = {" ".join(headline.split()).casefold() for headline in headlines}
    for obj in _app_objects(data):
        title = obj.get("title") or obj.get("headline")
        if isinstance(title, str) and " ".join(title.split()).casefold() in wanted:
            return obj
    return None


def _arc_global_content(tree: HtmlElement) -> dict[str, Any] | None:
    """The story an Arc XP page assigns to `Fusion.globalContent` in a script for the script to
    render ({"type": "story", "headlines": {"basic": ...}, "display_date": ..., "content_elements":
    [...]}), read as a JSON article is: the page's own content, whatever its headline. Such a page
    has no other text, and had been rejected as no_body. Content of another kind (a section's
    list of stories) is none."""
    for script in tree.iter("script"):
        text = script.text or ""
        found = _ARC_GLOBAL_CONTENT.search(text) if "globalContent" in text else None
        if found is None:
            continue
        try:
            data, _ = json.JSONDecoder().raw_decode(text, found.end())
        except (ValueError, RecursionError):
            return None
        return data if isinstance(data, dict) and data.get("type") == "story" else None
    return None


#: Arc XP's assignment of the page's content: "Fusion.globalContent={...};".
_ARC_GLOBAL_CONTENT: Final = re.compile(r"Fusion\.globalContent\s*=\s*(?=\{)")


def _app_objects(data: Any) -> Iterator[dict[str, Any]]:
    """The objects of a page's app data, outer ones first, at most `_MAX_APP_OBJECTS`."""
    queue: list[Any] = [data]
    seen = 0
    while queue and seen < _MAX_APP_OBJECTS:
        value = queue.pop(0)
        if isinstance(value, dict):
            seen += 1
            yield value
            queue.extend(v for v in value.values() if isinstance(v, dict | list))
        elif isinstance(value, list):
            queue.extend(v for v in value if isinstance(v, dict | list))


#: The most objects of a page's app data looked at for its story.
_MAX_APP_OBJECTS: Final = 2000


def _app_body(meta: dict[str, str]) -> str | None:
    """The text of the story a Next.js page's app data holds (`_app_story`), when the page's
    markup holds no article."""
    body = meta.get("app_body")
    return _article_lines(body) if body else None


def _state_body(tree: HtmlElement, meta: dict[str, str]) -> str | None:
    """The story a page ships only in the state its script renders from, found by no key of
    its own: the longest string of the page's state scripts (`_state_scripts`) that reads as an
    article, its markup read as a JSON body's is. Nuxt writes its state as a script's object
    literal, no JSON (`window.__NUXT__={data:[{article:{body:"<p>LIMA, June 12 - ..."}}]}`), or
    as a flat list of values (`__NUXT_DATA__`); Redux, Vue and Apollo apps assign it to
    `window.__INITIAL_STATE__` or `__PRELOADED_STATE__`; a Next.js page may title its story by
    no headline the page shows. Such a page has no other text and had been rejected as no_body.
    Read last, when the markup, the JSON-LD and the app data hold no article, and only a text of
    `_MIN_STATE_WORDS` words or more (a list page's teasers are none). The date its key
    gives near the story's string (`_STATE_DATE`) dates a page that gives none elsewhere."""
    best: tuple[int, str, str, int] | None = None
    for script in _state_scripts(tree):
        for literal in _STRING_LITERAL.finditer(script):
            if best is not None and literal.end() - literal.start() <= best[0]:
                continue
            try:
                value = json.loads(literal.group())
            except (ValueError, RecursionError):
                continue
            if not isinstance(value, str):
                continue
            text = html_fragment_text(value) if "<" in value else value
            article = _article_lines(text)
            if article is not None and len(article.split()) >= _MIN_STATE_WORDS:
                best = (literal.end() - literal.start(), article, script, literal.start())
    if best is None:
        return None
    _, article, script, start = best
    if "published" not in meta:
        stated = _state_date(script, start, start + len(article) * 2)
        if stated is not None:
            meta["published"] = stated
    return article


def _state_date(script: str, start: int, end: int) -> str | None:
    """The date of the story whose string spans about `start`..`end` of a state script: under a
    key of the story's day (`_STATE_DATE`), the nearest before it, else the first after it;
    else, as a flat list of values (`__NUXT_DATA__`) keeps no key beside its value, the nearest
    ISO date before it, else after it (`_ISO_DATE_VALUE`)."""
    for pattern in (_STATE_DATE, _ISO_DATE_VALUE):
        before = list(pattern.finditer(script, max(0, start - _STATE_DATE_REACH), start))
        after = pattern.search(script, end, end + _STATE_DATE_REACH)
        for found in [*reversed(before), *([after] if after else [])]:
            if parse_date(found.group("date")) is not None:
                return found.group("date")
    return None


def _state_scripts(tree: HtmlElement) -> Iterator[str]:
    """The texts of a page's scripts that hold its app's state: a JSON script that is no JSON-LD
    (`<script id="__NUXT_DATA__" type="application/json">`, `__NEXT_DATA__`), or one that
    assigns a state object (`window.__NUXT__=`, `window.__INITIAL_STATE__ =`)."""
    for script in tree.iter("script"):
        text = script.text or ""
        kind = (script.get("type") or "").strip().lower()
        if len(text) < _MIN_STATE_CHARS or kind == "application/ld+json":
            continue
        if "json" in kind or _STATE_ASSIGNMENT.search(text, 0, _STATE_ASSIGNMENT_REACH):
            yield text


#: The assignment of an app's state in a script: "window.__NUXT__=", "__INITIAL_STATE__ = ".
_STATE_ASSIGNMENT: Final = re.compile(r"__[A-Z][A-Z0-9_]*__\s*=")
_STATE_ASSIGNMENT_REACH: Final = 300
#: The fewest words of a story read from a state script: a list page's state holds teasers of
#: a sentence or two, no story of the page.
_MIN_STATE_WORDS: Final = 40
#: A state script shorter than this holds no story.
_MIN_STATE_CHARS: Final = 200
#: A string of a script in double quotes, long enough to hold a story's paragraph.
_STRING_LITERAL: Final = re.compile(r'"(?:[^"\\\n]|\\.){60,}"')
#: A date under a key of the story's day, as apps name it: "published_at", "publishedAt",
#: "datePublished", "publish_date", "pubDate", "firstPublishedAt", "display_date", "date".
_STATE_DATE: Final = re.compile(
    r"""["']?(?i:(?:first_?)?published_?(?:at|date|on)?|date_?published|publish_?(?:date|time)|pub_?date"""
    r"""|display_?date|created_?at|date)["']?\s*:\s*["'](?P<date>[^"'\n]{8,40})["']"""
)
#: An ISO date (maybe with its time) as a string value of its own: "2025-06-11T16:00:00-04:00".
_ISO_DATE_VALUE: Final = re.compile(
    r'"(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d'
    r'(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)"'
)
#: How far from the story's string its date's key may be.
_STATE_DATE_REACH: Final = 2000


def _annotated_values(tree: HtmlElement) -> Iterator[tuple[str, str]]:
    """(key, value) of the machine-readable values a page's body carries in an element's
    `content` attribute, as RDFa and microdata mark them (Drupal's `<span property="dc:date
    dc:created" content="2025-06-12T10:00:00+05:00">Thu, 06/12/2025 - 10:00</span>`, `<span
    itemprop="datePublished" content="2025-06-12">`), one key per word of the attribute: only
    `<meta>` tags had been read, and the date was read from the element's text, where a month
    written first ("06/12/2025") was taken for the day (December 6)."""
    for element in tree.xpath("//body//*[@content and (@property or @itemprop)]"):
        content = (element.get("content") or "").strip()
        keys = f"{element.get('property') or ''} {element.get('itemprop') or ''}".lower().split()
        if content:
            for key in keys:
                yield key, content


def _publication_metas(metas: dict[str, str]) -> Iterator[str]:
    """Dates of meta tags a site names in its own way ("govuk:first-published-at",
    "nyt:published-date"), after the common names: any key that says "published" or
    "publication" (not "publisher", whose content is a name, nor a modification's); then a
    key that says "publish" or "created" ("original-publish-date", "created",
    "article.created"), only when its content reads as a date: such a key may hold a name
    ("created-by"), which would shadow the page's later dates."""
    for key, content in metas.items():
        if _PUBLICATION_KEY.search(key) and not _NOT_PUBLICATION_KEY.search(key):
            yield content
    for key, content in metas.items():
        if (
            _CREATION_KEY.search(key)
            and not _PUBLICATION_KEY.search(key)
            and not _NOT_PUBLICATION_KEY.search(key)
            and parse_date(content) is not None
        ):
            yield content


def _other_dated_metas(metas: dict[str, str]) -> Iterator[str]:
    """Dates of meta tags under a key of any other CMS's that names a day (`_DATED_KEY`: "nv:date",
    "bt:pubDate", "displaydate", "weibo:article:create_at"), when the content reads as a date:
    read after the keys that say "published" or "created" and JSON-LD's dateCreated, before the
    body's `<time>` elements (such a page had had no date). Not a change's key, nor one of a day
    that is no story's (an event's, an expiry's, a crawl's)."""
    for key, content in metas.items():
        if (
            _DATED_KEY.search(key)
            and not _CREATION_KEY.search(key)
            and not _PUBLICATION_KEY.search(key)
            and not _NOT_PUBLICATION_KEY.search(key)
            and not _NOT_STORY_DATE_KEY.search(key)
            and parse_date(content) is not None
        ):
            yield content


_PUBLICATION_KEY: Final = re.compile(r"published|publication")
#: A key of any other CMS's that names a day or its stamp: "bt:pubDate", "nv:date", "displaydate",
#: "taboola-date", "article_date_original", "weibo:article:create_at", "pdate".
_DATED_KEY: Final = re.compile(r"date|ptime|create_?at")
#: The words of a key naming a day that is no story's: an event's, an expiry's, a crawl's.
_NOT_STORY_DATE_KEY: Final = re.compile(
    r"event|start|end|expir|birth|crawl|fetch|scrap|index|valid|copyright"
)
_NOT_PUBLICATION_KEY: Final = re.compile(r"publisher|modif|updat|revis")
#: Other words of a key for the day a story was first put out: "publish" ("original-publish-date",
#: "first-publish-time"), its making ("created", "article.created", "creation_date"), or its
#: stamp ("timestamp", "article:timestamp", as sites write a Unix time there).
_CREATION_KEY: Final = re.compile(r"publish|creat(?:ed|ion)|timestamp")


def _data_attribute_dates(tree: HtmlElement) -> Iterator[str]:
    """Dates a page sets in an element's `data-` attribute for its scripts to show
    (`<article data-published="2025-06-12T10:00:00Z">`, `<div data-date="1749722400">`), when
    the attribute's name says the story's day and its value reads as a date: read after the
    `<time>` elements, before the dates shown as text (such a page had had no date). A change's
    or an event's day ("data-updated", "data-event-date") is none."""
    for value in tree.xpath("//body//@*[starts-with(name(), 'data-')]"):
        name = str(getattr(value, "attrname", "")).lower()
        if _DATA_DATE_NAME.fullmatch(name) and not _NOT_DATA_DATE_NAME.search(name) and parse_date(value):
            yield str(value)


#: A `data-` attribute naming the story's day: "data-date", "data-published", "data-pubdate",
#: "data-publish-date", "data-created", "data-timestamp", "data-article-date".
_DATA_DATE_NAME: Final = re.compile(
    r"data-(?:[a-z]+-)?(?:date|datetime|timestamp|pubdate|publish\w*|published|publication|created)"
    r"(?:-(?:date|time|at|gmt|utc))?"
)
_NOT_DATA_DATE_NAME: Final = re.compile(r"updat|modif|revis|event|start|end|expir|birth")


def _first(out: dict[str, str], key: str, *sources: Any) -> None:
    for source in sources:
        for value in source:
            if isinstance(value, str) and value.strip():
                out[key] = " ".join(value.split())
                return


def _json_ld(tree: HtmlElement) -> dict[str, Any]:
    """The first JSON-LD object typed as an article (`NewsArticle`, `Article`, `BlogPosting`,
    ...), else the first with a datePublished or a headline: a page's graph often lists its
    `WebPage` first, whose date is the page's (a section page's, first published years before)
    and had been taken for the story's."""
    found: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        found.extend(obj for obj in _ld_objects(data) if obj.get("datePublished") or obj.get("headline"))
    return next((obj for obj in found if _is_article_type(obj.get("@type"))), found[0] if found else {})


def _ld_date(value: Any) -> Any:
    """A JSON-LD date as text: a number, as some CMSs write a Unix time there
    (`"datePublished": 1749722400`), is given as its digits for `parse_date` to read (a number
    had been passed over, and such a page had had no date); a small number, no Unix time of
    a story's day, is none (it would shadow the page's later dates), and a string is as it is."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(int(value)) if value > _EARLIEST_UNIX_TIME else None
    return value


#: The least number read as a Unix time (March 1973).
_EARLIEST_UNIX_TIME: Final = 1e8


def _article_created(linked: dict[str, Any]) -> str | None:
    """The `dateCreated` of a JSON-LD article that gives no `datePublished` (a
    `ReportageNewsArticle` stamped only when written), for a page with no other
    machine-readable date: read after the meta tags, before the `<time>` elements and the
    dates the page shows (it had been passed over, and such a page had no date). Only an
    article's: a `WebPage`'s or an `ImageObject`'s creation is no story's day."""
    created = linked.get("dateCreated")
    return created if isinstance(created, str) and _is_article_type(linked.get("@type")) else None


def _is_article_type(kind: Any) -> bool:
    """Whether a JSON-LD `@type` (a name or a list of names) is an article's."""
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and _ARTICLE_TYPE.search(k) for k in kinds)


#: schema.org's article types: Article, NewsArticle, ReportageNewsArticle, AnalysisNewsArticle,
#: BlogPosting, Report, LiveBlogPosting, ScholarlyArticle.
_ARTICLE_TYPE: Final = re.compile(r"Article|BlogPosting|Report\b")


def _ld_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _ld_objects(data["@graph"], depth + 1)


def _created_at(value: Any) -> str | None:
    """The place a JSON-LD article's `locationCreated` names, where the story was written (its
    place of filing): a Place's name or its address's locality ({"@type": "Place", "name":
    "Lusaka, Zambia"}, {"address": {"addressLocality": "Lusaka"}}), or a name as text; the first
    of a list. Read after the `dateline` (a page that gives the place only there had had no
    dateline). Its `contentLocation`, where the story's events are, is no place of filing."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        address = value.get("address")
        locality = address.get("addressLocality") if isinstance(address, dict) else None
        value = value.get("name") if isinstance(value.get("name"), str) else locality
    return value if isinstance(value, str) else None


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        return value.get("name") if isinstance(value.get("name"), str) else None
    return value if isinstance(value, str) else None


def _time_dates(tree: HtmlElement) -> Iterator[str]:
    """`datetime` of <time> elements: the one marked as publication date first, one that stamps
    a change last ("Last updated <time datetime=...>", `<time class="updated">`). A page that
    shows when it was changed before when it was put out ("Last updated <time>14 June</time> |
    Published <time>12 June</time>") had been dated by the change."""
    times = [t for t in tree.iter("time") if t.get("datetime")]
    marked = [t for t in times if t.get("itemprop") == "datePublished" or t.get("pubdate") is not None]
    changes = [t for t in times if _stamps_a_change(t)]
    others = [t for t in times if t not in changes]
    for element in marked + others + changes:
        yield element.get("datetime", "")


def _titled_dates(tree: HtmlElement) -> Iterator[str]:
    """Dates a page's body gives in the `title` of an element classed as a date, as the hAtom
    microformat of older blogs and CMSs marks them (`<abbr class="published"
    title="2025-06-10T08:00:00">June 10</abbr>`): its text often shows no year, so it read as no
    date and such a page had had none. Read after the `<time>` elements, a change's
    (`class="updated"`) last; a title that reads as no date (a tooltip) is none."""
    changes: list[str] = []
    for element in tree.xpath("//body//*[@title and @class]"):
        title = (element.get("title") or "").strip()
        marks = _class_and_id(element)
        if not _DATE_CLASS.search(marks) or len(title) > _SHOWN_DATE_CHARS or parse_date(title) is None:
            continue
        if _CHANGE_MARK.search(marks):
            changes.append(title)
        else:
            yield title
    yield from changes


def _stamps_a_change(element: HtmlElement) -> bool:
    """Whether a <time> element gives the day the story was changed: its class, id or itemprop
    says so ("updated", "dateModified"), or the words right before it label it ("Updated",
    "Last modified on")."""
    marks = " ".join(element.get(name) or "" for name in ("class", "id", "itemprop"))
    if _CHANGE_MARK.search(marks):
        return True
    previous = element.getprevious()
    parent = element.getparent()
    before: str = (previous.tail if previous is not None else parent.text if parent is not None else "") or ""
    return _CHANGE_LABEL.search(before[-_CHANGE_LABEL_REACH:]) is not None


#: The words of a class, id or itemprop of a change's stamp.
_CHANGE_MARK: Final = re.compile(r"(?i)updat|modif|revis|edited")
#: A label of a change's stamp closing the text before a <time> element: "Updated", "Last
#: updated:", "Modified on", "Edited at".
_CHANGE_LABEL: Final = re.compile(
    r"(?i)\b(?:updated|modified|revised|edited)(?:[ \t]+(?:on|at))?[ \t]*:?[ \t]*\Z"
)
_CHANGE_LABEL_REACH: Final = 40


#: The label of a publication stamp in the languages of the sites the pages come from: French
#: "Publié le", "Mis en ligne le", Spanish and Portuguese "Publicado el/em/a", Italian
#: "Pubblicato il", German "Veröffentlicht am", "Erschienen am", Dutch "Gepubliceerd op",
#: Indonesian and Malay "Diterbitkan", "Dipublikasikan", "Diterbitkan pada", Turkish "Yayınlanma
#: tarihi", "Yayın tarihi", Russian "Опубликовано", Polish "Opublikowano". A page in French
#: showing "Publié le 12 juin 2025" in a line of no date class had had no date.
OTHER_PUBLISHED_LABEL: Final = (
    r"(?:publi[ée]e?(?:\s+le)?|mis\s+en\s+ligne(?:\s+le)?|publicad[oa](?:\s+(?:el|em|a|en))?"
    r"|pubblicato(?:\s+il)?|ver[öo]ffentlicht(?:\s+am)?|erschienen(?:\s+am)?|gepubliceerd(?:\s+op)?"
    r"|diterbitkan(?:\s+pada)?|dipublikasikan(?:\s+pada)?|yay[ıi]nlanma\s+tarihi|yay[ıi]n\s+tarihi"
    r"|опубликовано|opublikowano)\s*:?\s*"
)
#: A byline that says when, as Drupal's and blog themes print it: "Submitted by admin on Wed,
#: 06/11/2025 - 09:12", "Posted by Jane Doe on June 11, 2025" (the writer may be a login in
#: lower case). The page had had no date.
_SUBMITTED_BY: Final = r"(?:submitted|posted|written|published)\s+by\s+\S[^\n]{0,40}?\s+on\s+"
#: A timestamp the page shows: "Published: June 12, 2024", "Posted on 12/06/2024 10:32".
_SHOWN_STAMP: Final = re.compile(
    rf"(?i)^(?:{PUBLISHED_LABEL}|{OTHER_PUBLISHED_LABEL}|{_SUBMITTED_BY})(?P<value>\S.*)$"
)
#: The words of a class or id that mark a date, also in the site's language ("fecha", "datum",
#: "tarih").
_DATE_CLASS: Final = re.compile(r"(?i)date|time|publish|posted|fecha|datum|tarih")
#: Longest text of an element read as a shown date: a date line, not a paragraph.
_SHOWN_DATE_CHARS: Final = 80
_NOT_SHOWN: Final = frozenset(["script", "style", "title"])


def _shown_dates(tree: HtmlElement) -> Iterator[str]:
    """Dates the page shows as text, for pages with no machine-readable one: a line that
    says it ("Published: June 12, 2024"), or an element classed as a date whose whole text
    is one ("<span class='date'>12 June 2024</span>"); one classed or labelled as a change
    ("<span class='updated'>", "Last updated: ...") only after all others."""
    changes: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _NOT_SHOWN or len(element) > 3:
            continue  # comments and processing instructions; code; the headline; containers
        text = _text(element)
        if (
            not text
            or len(text) > _SHOWN_DATE_CHARS * 2
            or (len(text) > _SHOWN_DATE_CHARS and not _PART_SEPARATOR.search(text))
        ):
            continue  # (a byline line of parts may be longer: "By X | Published ... | Updated ...")
        stamp = _SHOWN_STAMP.match(text)
        if stamp is not None and parse_date(stamp.group("value")) is not None:
            yield stamp.group("value")
        elif _LABEL_ALONE.match(text) and (shown := _next_text(element)) and parse_date(shown):
            yield shown  # "<dt>Published</dt><dd>21 May 2025</dd>": the label, then its value
        elif _DATE_CLASS.search(marks := _class_and_id(element)) and parse_date(text):
            if _shows_a_change(marks, text):
                changes.append(text)
            else:
                yield text
        elif _PART_SEPARATOR.search(text):
            yield from _byline_dates(text)
        elif (signed := _signed_date(element, text)) is not None:
            yield signed
    yield from changes


def _signed_date(element: HtmlElement, text: str) -> str | None:
    """The full date in a byline's or a post's meta line (an element classed "byline", "meta",
    "author" ...), after the writer and maybe a place or section: "By Grace Njeri in Business
    on 12 June 2025", "Grace Njeri, Nairobi, June 12, 2025", "By Staff Writer on 12/06/2025 at
    10:31", "12 June 2025 — Staff reporter". Such a line is no date alone and has no bar
    between its parts, so a page with no machine-readable date had had none. Not a date after
    a change's label ("Updated June 14, 2025"), nor in an element of other classes."""
    marks = _class_and_id(element).lower()
    if _SIGNED_CLASS.search(marks) is None or _CHANGE_WORD.search(text) is not None:
        return None
    mentions = find_dates(text, None)
    first = next((mention for mention in mentions if mention.kind == "absolute"), None)
    if first is None or parse_date(first.text) is None:
        return None
    before, after = text[: first.start].strip(), text[first.end :].strip()
    signed = (
        _SIGNER_OPENING.match(text) is not None
        or (_NAMES_BEFORE_A_DATE.fullmatch(before) is not None and _TIME_ALONE.fullmatch(after) is not None)
        or (not before and _DASH_BEFORE_A_SIGNER.match(after) is not None)
    )
    return first.text if signed else None


#: The words of a class or id that mark a byline or a post's meta line.
_SIGNED_CLASS: Final = re.compile(r"byline|meta|author|signature|credit")
#: A line that signs the story: "By Grace Njeri ...", "Written by ...", "Posted by ...".
_SIGNER_OPENING: Final = re.compile(r"(?i)(?:(?:written|posted|reported|compiled)[ \t]+)?by[ \t]+\S")
#: Capitalised words and commas before a date that ends its line: a writer and a place ("Grace
#: Njeri, Nairobi,"), not a sentence's words ("Publication des résultats le").
_NAMES_BEFORE_A_DATE: Final = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]*,?[ \t]*){0,6}")
#: Nothing, or a clock time after a date ("at 10:31", ", 10:31 AM EAT").
_TIME_ALONE: Final = re.compile(
    r"(?:(?:at|,|-|–)?[ \t]*\d{1,2}[:.h]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?)?"
)
#: A dash after a date that opens a line, before the writer ("12 June 2025 — Staff reporter").
_DASH_BEFORE_A_SIGNER: Final = re.compile(r"(?:--?|[–—|])[ \t]*[A-Z]")
#: A change's word anywhere in a line: its date may be the change's.
_CHANGE_WORD: Final = re.compile(r"(?i)\b(?:updated|modified|revised|edited)\b")


def _class_and_id(element: HtmlElement) -> str:
    """An element's class, id and microdata property, the words that may mark it as a date: a
    `<span itemprop="datePublished">June 10, 2025</span>` with no `content` had not been read
    (its "dateModified" sibling reads as a change), nor a `<time>` that gives its date as text
    alone."""
    marks = f"{element.get('class', '')} {element.get('id', '')} {element.get('itemprop', '')}"
    return f"{marks} time" if element.tag == "time" else marks


def _shows_a_change(marks: str, text: str) -> bool:
    """Whether an element classed as a date shows the day the story was changed: its class or
    id says so ("updated", whose letters hold "date"), or its text opens on a change's label
    ("Last updated: June 14, 2025"). Such a date had been taken for the story's when the page
    showed it before the day of publication."""
    return _CHANGE_MARK.search(marks) is not None or _CHANGE_OPENING.match(text) is not None


#: A change's label opening a shown date: "Updated", "Last updated:", "Modified on".
_CHANGE_OPENING: Final = re.compile(r"(?i)[ \t]*(?:last[ \t]+)?(?:updated|modified|revised|edited)\b")


_LABEL_ALONE: Final = re.compile(rf"(?i)^(?:{PUBLISHED_LABEL}|{OTHER_PUBLISHED_LABEL})$")


def _headline_date_line(tree: HtmlElement) -> Iterator[str]:
    """The date of the short line right under the headline, with no label nor date class
    ("<h1>...</h1><div class='meta'>Baku, 14 August 2025 · By X</div>", "<p>March 3, 2025 |
    Staff Reporter</p>"): a part of it that is a whole date, maybe with its weekday and a clock
    time, after a place and a comma if any. A sentence of the article that holds a date ("Baku,
    12 firms signed deals on 14 August 2025.") is no such line: the date must be the part."""
    headline = next(tree.iter("h1"), None)
    text = _next_text(headline, _SHOWN_DATE_CHARS * 2) if headline is not None else None
    if text is None:
        return
    for part in _PART_SEPARATOR.split(text):
        value = _TRAILING_BYLINE.sub("", _PLACE_BEFORE_DATE.sub("", part.strip(), count=1), count=1)
        if len(value) <= _SHOWN_DATE_CHARS and _is_whole_date(value):
            yield value
            return


#: A byline closing the line under the headline after "by" ("12 June 2025 by Staff Reporter",
#: as blog themes print it: the line had dated nothing, no whole date).
_TRAILING_BYLINE: Final = re.compile(
    r"[ \t]+(?:by|By|BY)[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4}[ \t]*\Z"
)


def _is_whole_date(value: str) -> bool:
    """Whether the first date found in `value` is all of it, but for a clock time after it
    ("14 August 2025", "Tuesday, 5 March 2024, 14:05 GMT"; not "14 ministers met on 3 March")."""
    first = next(iter(find_dates(value, None)), None)
    lead = _SHORT_WEEKDAY.match(value)
    return (
        first is not None
        and first.kind in ("absolute", "month_day")
        and first.date is not None
        and first.start == (lead.end() if lead else 0)
        and _CLOCK_TAIL.fullmatch(value, first.end) is not None
    )


#: A weekday's short name before a shown date, as British papers stamp a story ("Thu 12 Jun 2025
#: 10.31 BST", "Thu, 12 Jun 2025": the date had not opened the value, and the page had had none).
_SHORT_WEEKDAY: Final = re.compile(r"(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?[ \t]+(?=\d)")


#: A place and its comma before a shown date: "Baku, ", "Port of Spain, ".
_PLACE_BEFORE_DATE: Final = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3},\s*")
#: What may follow a shown date: nothing, or a clock time and its zone (", 14:05 GMT",
#: " - 19:45 WAT", " at 10:00", "T10:00:00+02:00"), a zone alone ("GMT", "EST"), a note in
#: brackets ("(updated)") and a source or byline after a dash or bar ("- Reuters", "| Staff
#: Reporter"); not the rest of a sentence ("5 March 2024 was the day ...").
_CLOCK_TAIL: Final = re.compile(
    r"(?i:(?:(?:,?\s*(?:[-–]\s*|at\s+)?|T)\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:[a-z]{2,5}|[+-]\d\d:?\d\d|z))?)?)"
    r"(?:\s+[A-Z]{2,5})?(?:\s*\([^()]{1,30}\))?(?:\s*[-–|·]\s*[\w'’.&]+(?:\s+[\w'’.&]+){0,4})?\s*"
)


def _next_text(element: HtmlElement, limit: int = _SHOWN_DATE_CHARS) -> str | None:
    """The text of the element right after this one, when short enough to be a value
    (at most `limit` characters)."""
    following = element.getnext()
    if following is None or not isinstance(following.tag, str):
        return None
    text = _text(following)
    return text if text and len(text) <= limit else None


def _byline_dates(text: str) -> Iterator[str]:
    """The publication date in a byline line of parts ("By Jane Doe | Published 12:04 GMT, 3 June
    2024 | Updated ...", "Author · Rabat · Published 21/02/2024 - 19:45 CET", "By X | 20.05.2024,
    07:50"): the part labelled as published, else a byline's first part that is a date (never
    the "Updated" one)."""
    parts = [part.strip() for part in _PART_SEPARATOR.split(text)]
    for part in parts:
        stamp = _SHOWN_STAMP.match(part)
        if stamp is not None and parse_date(stamp.group("value")) is not None:
            yield stamp.group("value")
            return
    if not text.lower().startswith("by "):
        return
    for part in parts[1:]:
        if not part.lower().startswith(("updated", "modified", "last")) and parse_date(part) is not None:
            yield part
            return


#: What separates the parts of a byline line: "|", "·", "•".
_PART_SEPARATOR: Final = re.compile(r"\s*[|·•]\s*")


def _ld_urls(linked: dict[str, Any]) -> Iterator[str]:
    """The story's address its JSON-LD object gives, for a page with no og:url and no canonical
    link: its "url", or the "mainEntityOfPage" it is the main entity of (an address, or an
    object naming one by "@id" or "url"). Such a page had had no url. Only a web address: an
    "@id" may be a fragment ("#article")."""
    page = linked.get("mainEntityOfPage")
    candidates = [linked.get("url"), page]
    if isinstance(page, dict):
        candidates += [page.get("@id"), page.get("url")]
    for value in candidates:
        if isinstance(value, str) and _WEB_ADDRESS.match(value.strip()):
            yield value.strip()


_WEB_ADDRESS: Final = re.compile(r"https?://\S+\Z", re.IGNORECASE)


def _canonical(tree: HtmlElement) -> Iterator[str]:
    for link in tree.iter("link"):
        if (link.get("rel") or "").strip().lower() == "canonical" and link.get("href"):
            yield link.get("href", "")


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _split_site_suffix(title: str, site: str | None) -> tuple[str, str | None]:
    """ "Headline - The Astana Times" -> ("Headline", "The Astana Times").

    The suffix counts as a site name when it equals the known site name, or when every
    word of it is capitalised (a headline's tail, "... - trade mission", is not).
    """
    match = _TITLE_SUFFIX.search(title)
    if not match:
        return title, None
    suffix = match.group("site").strip()
    known = site is not None and suffix.casefold() == site.casefold()
    if known or all(word[:1].isupper() or not word[:1].isalpha() for word in suffix.split()):
        return title[: match.start()].strip(), suffix
    return title, None


#: What sets a site's name apart from the headline in a page's title: a bar, a dot, a dash.
_TITLE_PART_SEPARATOR: Final = re.compile(r"\s+(?:[|·•]|[-–—]{1,2})\s+")
#: The last word of a news site's name ("Daily Monitor", "BSS News", "The Business Standard"),
#: by which a part of a title with no known site name is told for the site's, not the headline's.
_SITE_NAME_WORDS: Final = frozenset([
    "news", "times", "post", "monitor", "daily", "herald", "tribune", "agency", "online", "today", "express",
    "standard", "gazette", "journal", "star", "telegraph", "observer", "mail", "press", "review", "chronicle",
    "insider", "weekly", "tv", "radio", "network", "wire", "dispatch", "guardian", "independent", "nation",
    "mirror", "voice", "media",
])  # fmt: skip
#: The most words of a site's name set before the headline.
_MAX_SITE_WORDS: Final = 4


def without_site_name(title: str, site: str | None, h1: str | None) -> str:
    """The headline of a page title that sets the site's name first ("Daily Monitor | Uganda,
    Kenya sign trade pact", "BSS News - Bangladesh, Bhutan agree ...") or last with a motto
    after it ("... | The Business Standard Bangladesh's leading daily"): the part the page's
    `<h1>` repeats (the longest part), else without a part that is the known site name
    (og:site_name, the publisher) or reads as one (capitalised words ending in a site's word,
    "News", "Monitor", "Standard", or any short capitalised name before a bar). A headline's own
    dash ("Kenya - Uganda trade rises", "ANALYSIS - ...", "... - Otaci crossing") is kept here:
    a part before a dash must name no country and end in a site's word, and a part after one
    is cut only after a bar. (The site's name had stayed in the title, and a motto that names
    a country had made a third country of the headline's pair.)"""
    separators = list(_TITLE_PART_SEPARATOR.finditer(title))
    if not separators:
        return title
    cuts = [0, *(p for m in separators for p in m.span()), len(title)]
    parts = [title[cuts[k] : cuts[k + 1]] for k in range(0, len(cuts), 2)]
    longest = max(parts, key=lambda part: len(part.split()))
    if h1 and _same_words(longest, h1) and all(p is longest or p.strip()[:1].isupper() for p in parts):
        # (an h1 that repeats a shorter part is the site's logo, "Daily Monitor"; a part in lower
        # case, "... - business news", may be the headline's own tail)
        return longest.strip()
    first, last = separators[0], separators[-1]
    rest = title[first.end() :]
    if _site_part(parts[0], site, first.group().strip(), leading=True) and len(parts[0].split()) < len(
        rest.split()
    ):
        # (the shorter of the two: "Tariffs Hit Exports | Daily Monitor" is a headline first)
        title = rest
        if len(separators) == 1:
            return title.strip()
    if _site_part(parts[-1], site, last.group().strip(), leading=False):
        title = title[: title.rfind(parts[-1]) - len(last.group())]
    return title.strip()


def _site_part(part: str, site: str | None, separator: str, *, leading: bool) -> bool:
    """Whether a part of a page title, before (`leading`) or after the headline, is the site's
    name: the known one, maybe with a motto after it; else, first, a short capitalised name
    naming no country before a bar, or ending in a site's word ("BSS News - "); last, after a
    bar, capitalised words with a site's word among them ("| The Business Standard
    Bangladesh's leading daily")."""
    words = part.split()
    if site and (_same_words(part, site) or part.casefold().startswith(site.casefold() + " ")):
        return True
    if not words or not words[0][:1].isupper():
        return False
    if leading:
        return (
            len(words) <= _MAX_SITE_WORDS
            and all(word[:1].isupper() or not word[:1].isalpha() for word in words)
            and (separator == "|" or words[-1].lower() in _SITE_NAME_WORDS)
            and not find_countries(part)
        )
    head = list(takewhile(lambda word: word[:1].isupper(), words))[:_MAX_SITE_WORDS]
    return separator == "|" and any(_POSSESSIVE.sub("", word.lower()) in _SITE_NAME_WORDS for word in head)


_POSSESSIVE: Final = re.compile(r"['’]s?$")
