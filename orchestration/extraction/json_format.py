"""JSON articles: one object, a list of objects, or one object per line (jsonl).

The canonical object is `{"title", "published", "source", "url", "text"}`, but feeds and
scrapers name things differently, so fields are looked up by *normalised* key (lower
case, no `_`/`-`/spaces) through alias lists: text/body/content/article/maintext/
articleBody, published/date/published_at/publishedAt/pubDate/datePublished/date_publish,
title/headline, source/publisher/site_name/source_domain, url/link/canonical_url,
dateline/located (a wire's place of filing, for a body that opens on no dateline; else a city
the gazetteer knows under location/place/city); a body or a
date under another key is found by the key's words ("article_content", "news_body",
"paragraphs"; "publish_time", "post_date", "news_date"). A feed
item with no text of its own is read from its description/summary/abstract/excerpt. Arc XP's
story (`headlines.basic`, `display_date`, `content_elements`) is read too, and of a body of
typed blocks only the blocks of the story's text.

Values may be wrapped as some APIs do: `{"rendered": ...}` (WordPress), `{"name": ...}`
(NewsAPI `source`), a list of paragraphs, an epoch number for the date. A body that is
HTML (`<p>...</p>`), also escaped once or twice more (`&lt;p&gt;...`), is turned into plain
paragraphs.

An object whose text is another object's, as APIs wrap an article (`{"data": {"article":
{...}}}`, `{"response": {"content": {...}}}`), is read from the inner object, whose missing
fields are taken from the objects around it.

Containers: a top-level list is a batch of articles (each becomes `file.json#N`, 1-based,
like jsonl lines); so is an object whose only article data is a list under `articles`,
`items`, `data`, `results`, `entries`, `posts`, `documents` or `stories`, also nested in an
envelope, and a feed's `item` or `entry` list or single object ({"rss": {"channel": {"item":
[...]}}}, {"feed": {"entry": ...}}, {"data": {"articles": [...]}}).
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, Final

from orchestration.extraction.countries import city_country
from orchestration.extraction.datelines import stated_place
from orchestration.extraction.dates import parse_date
from orchestration.extraction.formats import Article, FormatFailure
from orchestration.extraction.html_format import html_fragment_text

_ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "body": (
        "text", "body", "content", "article", "articletext", "articlebody", "maintext",
        "fulltext", "story", "bodytext", "contenttext", "storytext", "contentencoded", "contentelements",
        "blocks",
    ),
    "published": (
        "published", "date", "publishedat", "pubdate", "datepublished", "datepublish",
        "publishdate", "publicationdate", "publishedtime", "publishedon", "publisheddate",
        "releasedate", "datecreated", "createdat", "created", "datetime", "timestamp", "time",
        "webpublicationdate", "displaydate", "firstpublishdate",
    ),
    "summary": (
        "description", "summary", "abstract", "excerpt", "lead", "lede", "standfirst", "trailtext", "desc",
        "leadparagraph",
    ),
    "title": ("title", "headline", "heading", "webtitle", "name", "headlines"),
    "source": (
        "source", "sourcename", "publisher", "sitename", "site", "sourcedomain", "outlet",
        "agency", "provider", "feed",
    ),
    "dateline": ("dateline", "located", "datelinelocation", "datelineplace", "placeline"),
    "place": (
        "location", "place", "city", "datelinecity", "placename", "locality", "locationname", "filedfrom",
        "placeoffiling", "town",
    ),
    "url": (
        "url", "link", "canonicalurl", "uri", "permalink", "href", "sourceurl", "articleurl", "webUrl",
        "websiteurl", "links",
    ),
}  # fmt: skip
#: "hits" and "docs" hold a search index's export (Elasticsearch's {"hits": {"hits": [{"_source":
#: {...}}]}}, Solr's and the New York Times API's {"response": {"docs": [...]}}), "news" and "records"
#: a news API's or an archive's list: such files had been rejected as one object with no text.
_CONTAINER_KEYS: Final = (
    "articles", "items", "data", "results", "entries", "posts", "documents", "stories", "hits", "docs",
    "news", "records",
)  # fmt: skip
#: Keys of an object that wraps a value: WordPress's {"rendered": ...}, NewsAPI's {"name": ...},
#: a MongoDB export's {"$date": ...} and {"$numberLong": ...}, Arc XP's {"basic": ...}, the New
#: York Times' {"main": ...} and {"paragraphs": [...]}; and Editor.js's saved document, a
#: body {"time": ..., "blocks": [...]} of blocks {"type": "paragraph", "data": {"text": ...}},
#: a list block's {"data": {"items": [...]}} (such a body had been rejected as no body); and
#: Drupal 7's field of no language, {"und": [{"value": ...}]} (its story had been rejected so);
#: and Contentful's GraphQL rich text, {"json": {"nodeType": "document", "content": [...]}} (also
#: rejected so).
_WRAPPED_VALUE_KEYS: Final = (
    "rendered", "text", "value", "name", "content", "#text", "title", "$date", "$numberLong", "basic", "main",
    "paragraphs", "blocks", "data", "items", "und", "json",
)  # fmt: skip
#: Keys that name the kind of a block of a typed body ([{"type": "paragraph", "text": ...},
#: {"type": "related", "text": ...}]), as headless CMSs export one (Arc XP's "content_elements",
#: Sanity's "_type", Contentful's "nodeType", Gutenberg's "blockName").
_BLOCK_TYPE_KEYS: Final = ("type", "_type", "blockType", "block_type", "nodeType", "blockName", "kind")
#: The kinds of block that hold the story's own text. Any other kind is left out: a "related" or
#: "interstitial_link" block is another story's headline (with its figures), and an "image",
#: "ad", "embed" or "pullquote" block no sentence of the story.
_TEXT_BLOCKS: Final = frozenset(
    ["text", "paragraph", "para", "p", "block", "richtext", "heading", "header", "subheading", "subhead",
     "list", "listitem", "body"]
)  # fmt: skip
#: Objects beside the article's fields that hold more of its metadata ({"text": ..., "metadata":
#: {"published_time": ...}}), as scrapers and archives nest it: read for a field the article
#: and its envelope lack. A NewsML-G2 item keeps its date in "itemMeta" ("versionCreated") and its
#: headline in "contentMeta" beside its "contentSet".
_METADATA_KEYS: Final = frozenset(
    [
        "meta",
        "metadata",
        "metainfo",
        "info",
        "attributes",
        "properties",
        "dates",
        "details",
        "docinfo",
        "pageinfo",
        "itemmeta",
        "contentmeta",
    ]
)
_NORMALISE_KEY: Final = re.compile(r"[\W_]+")
_HTML_MARKUP: Final = re.compile(
    r"<(?:p|br|div|span|a|strong|em|b|i|h[1-6]|li|ul|ol|blockquote|figure)\b[^>]{0,500}>", re.I
)
#: The same markup escaped as text, as feed exports double-escape bodies ("&lt;p&gt;ACCRA, ...",
#: "&amp;lt;p&amp;gt;"): unescaped, at most twice, before it is read as markup.
_ESCAPED_MARKUP: Final = re.compile(
    r"&(?:amp;)?lt;/?(?:p|br|div|span|a|strong|em|b|i|h[1-6]|li|ul|ol|blockquote|figure)\b", re.I
)
_MAX_ESCAPES: Final = 2
#: Epoch values above this are milliseconds (1e11 seconds is the year 5138).
_EPOCH_MILLIS: Final = 1e11


def parse_json_text(text: str) -> Any | FormatFailure:
    """The parsed JSON value, or `malformed` with the parser's message."""
    try:
        return json.loads(text)
    except RecursionError:
        return FormatFailure("malformed", "JSON nested too deeply")
    except ValueError as error:
        return FormatFailure("malformed", f"invalid JSON: {error}")


def article_items(value: Any) -> list[Any] | None:
    """The article objects of a batch (top-level list or container object), else None."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and _field(value, "body") is None:
        for key in _CONTAINER_KEYS:
            items = value.get(key)
            if isinstance(items, list):
                return items
        if _path_to_body(value, _MAX_ENVELOPE_DEPTH) is None:
            return _feed_items(value, _MAX_ENVELOPE_DEPTH)
    return None


def _feed_items(obj: dict[str, Any], depth: int) -> list[Any] | None:
    """The items of a feed or an API's batch nested in its envelope, at most `depth` levels
    down, as a feed converted to JSON or an API wraps them: {"rss": {"channel": {"item":
    [...]}}}, {"feed": {"entry": [...]}}, {"data": {"articles": [...]}}. A feed of one item
    holds it as an object ({"channel": {"item": {...}}}): a batch of one. Such files had been
    rejected as one object with no article text, every story of the feed lost. Read only
    where no object of the envelope holds an article's text of its own (an article wrapped
    with its related stories' list stays one article); None when there is no such list."""
    for key in _FEED_KEYS:
        items = obj.get(key)
        if isinstance(items, list) and all(isinstance(item, dict) for item in items):
            return items
        if key in _ITEM_KEYS and isinstance(items, dict):
            return [items]
    if depth == 0:
        return None
    for inner in obj.values():
        found = _feed_items(inner, depth - 1) if isinstance(inner, dict) else None
        if found is not None:
            return found
    return None


#: The keys of a feed's single item, RSS's and Atom's as converters name them.
_ITEM_KEYS: Final = ("item", "entry")
#: The keys under which a nested envelope holds its list of articles.
_FEED_KEYS: Final = _CONTAINER_KEYS + _ITEM_KEYS


def article_from_json(value: Any) -> Article | FormatFailure:
    """One article from one JSON value (an object)."""
    if not isinstance(value, dict):
        return FormatFailure("malformed", f"expected an article object, found a JSON {_json_type(value)}")
    # an API's envelope: {"data": {"article": {...}}}; the article's own fields first, then
    # those of the objects around it ("status", "meta": {"published": ...})
    levels = _enveloped(value)
    # a feed item's summary when it has no other text ({"title", "pubDate", "description"}):
    # all the story it carries
    body = _field(levels[0], "body") or _field(levels[0], "summary")
    if body is None or not body.strip():
        keys = ", ".join(list(value)[:10])
        return FormatFailure("no_body", f"no article text in the object (keys: {keys or 'none'})")
    for _ in range(_MAX_ESCAPES):
        if not _ESCAPED_MARKUP.search(body):
            break
        body = html.unescape(body)  # "&lt;p&gt;ACCRA, ...": a feed's markup escaped once more
    page = _saved_page(body)
    body = html_fragment_text(body) if _HTML_MARKUP.search(body) else _entities_read(body)
    body = _TRUNCATION_MARK.sub("", body)
    levels = levels + _metadata_objects(levels)
    published = _first_field(levels, "published")
    article = Article(
        body=body,
        title=_one_line(_unescaped(_first_field(levels, "title"))),
        source=_one_line(_unescaped(_first_field(levels, "source"))),
        url=_one_line(_first_url(levels)),
        published=published,
        published_origin="json" if published else None,
        dateline=_one_line(_first_field(levels, "dateline")) or _known_place(levels),
    )
    return article if page is None else _with_page(article, page)


def _saved_page(body: str) -> Article | None:
    """The article of a whole web page a scraper saved as the object's text ({"url": ...,
    "html": "<!DOCTYPE html><html><head>...</head><body>..."}), read as a page is
    (`html_format.parse_html`): its story without the page's menus and footer, and its head's
    date, headline and site. Read as a fragment, the page's title, menus and footer had been
    the story's text and its date lost. None for a fragment of markup ("<p>...</p>") or a page
    with no article."""
    if _WHOLE_PAGE.match(body) is None:
        return None
    # (html_format reads this module's objects for a page's app data: imported here)
    from orchestration.extraction.html_format import parse_html

    page = parse_html(body)
    return page if isinstance(page, Article) else None


def _with_page(article: Article, page: Article) -> Article:
    """The object's article with the saved page's text, and each field the object lacks from the
    page's head (the object's own fields first: its scraper's url and date are the story's)."""
    return Article(
        body=page.body,
        title=article.title or page.title,
        source=article.source or page.source,
        url=article.url or page.url,
        published=article.published or page.published,
        published_origin=article.published_origin if article.published else page.published_origin,
        dateline=article.dateline or page.dateline,
    )


#: A whole page, not a fragment: a doctype or an `<html>` element first.
_WHOLE_PAGE: Final = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def _known_place(levels: list[dict[str, Any]]) -> str | None:
    """The city a field of a looser name gives as the story's place, for a body that opens on
    no dateline: "location", "place", "city" ({"location": "Lusaka"}, {"place": "LILONGWE,
    Malawi"}, {"location": {"city": "Lusaka", "country": "Zambia"}}), as CMSs and scrapers keep
    the place of filing apart from the body (it had not been read, and such a story had had no
    dateline). Such a name may hold other things ("location": "Online", an address, a region),
    so only a city the gazetteer knows counts; a country alone places nothing."""
    for level in levels:
        for value in _aliased_values(level, "place"):
            if isinstance(value, dict):
                value = next((value[key] for key in _CITY_KEYS if isinstance(value.get(key), str)), None)
            if not isinstance(value, str) or not value.strip() or "\n" in value.strip():
                continue
            city = stated_place(value)
            if city is not None and city_country(city) is not None:
                return value.strip()
    return None


#: The keys of a place object that name its city: {"city": "Lusaka", "country": "Zambia"}.
_CITY_KEYS: Final = ("city", "name", "locality", "town")


#: The mark a news API closes a cut body with, the count of characters left out: NewsAPI's
#: "... [+2841 chars]". No text of the story (its figure had stayed the body's last words).
_TRUNCATION_MARK: Final = re.compile(r"[ \t]*(?:…|\.\.\.)?[ \t]*\[\+\d{1,7} chars?\][ \t]*\Z")


def object_date(value: dict[str, Any]) -> str | None:
    """The publication date an object states under any key `article_from_json` reads for one
    ("publishedAt", "date", "publish_time"), also of an object with no text: a page's app data
    keeps the story's date beside a body it renders from elsewhere."""
    return _field(value, "published")


def _metadata_objects(levels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The metadata objects beside the article's fields, on each level of its envelope."""
    return [
        inner
        for level in levels
        for key, inner in level.items()
        if isinstance(inner, dict) and _NORMALISE_KEY.sub("", str(key)).lower() in _METADATA_KEYS
    ]


def _enveloped(value: dict[str, Any]) -> list[dict[str, Any]]:
    """The object that holds the article text and the objects around it, innermost first:
    `value` itself when it has a body, else the first nested object (at most
    `_MAX_ENVELOPE_DEPTH` levels down) that has one, whatever objects come before it in the
    envelope ({"status": "ok", "meta": {"request_id": ...}, "article": {...}}: the article,
    not "meta", which had been looked into alone and the file rejected)."""
    return _path_to_body(value, _MAX_ENVELOPE_DEPTH) or [value]


def _path_to_body(obj: dict[str, Any], depth: int) -> list[dict[str, Any]] | None:
    """[the object with its own body, ..., `obj`] for the first nested object, in the order of
    the keys and at most `depth` levels down, that has one; None when there is none."""
    if _has_own_body(obj):
        return [obj]
    if depth == 0:
        return None
    for inner in obj.values():
        path = (
            _path_to_body(inner, depth - 1) if isinstance(inner, dict) and not _xml_element(inner) else None
        )
        if path is not None:
            return [*path, obj]
    return None


def _xml_element(obj: dict[str, Any]) -> bool:
    """Whether an object is one XML element as a feed converted to JSON keeps it, its attributes
    and its text ({"@isPermaLink": "true", "#text": "https://..."} for an RSS item's guid): a
    value of the item, no envelope of an article. Its "#text" had been taken for an article's
    text, and a feed item whose story is its description had been given its guid's address as
    its whole body."""
    return bool(obj) and all(str(key).startswith(("@", "#")) for key in obj)


def _has_own_body(obj: dict[str, Any]) -> bool:
    """Whether the object's text is its own: a body field that is not another object
    ({"article": {"title": ..., "content": ...}} is an envelope; {"content": {"rendered": ...}}
    is WordPress's article)."""
    return any(_as_text(v) and not _is_article_object(v) for v in _aliased_values(obj, "body"))


def _is_article_object(value: Any) -> bool:
    return isinstance(value, dict) and any(
        isinstance(value.get(key), str) for key in value if str(key).lower() in ("title", "headline")
    )


#: Envelope levels looked into for the article object ({"data": {"article": {...}}} is two).
_MAX_ENVELOPE_DEPTH: Final = 3


def _first_url(levels: list[dict[str, Any]]) -> str | None:
    """The story's address: the first url field's text, or an Atom feed's link object as a
    feed converted to JSON keeps it ({"link": {"@href": "https://..."}}, a list of them with
    their "@rel", feedparser's "links"): the story's own page is the "alternate" link, or one
    with no "rel" (Atom's default). Such objects had given no url. A "self" or "edit" link is
    the feed's own address, and an "enclosure" a picture's: none is the story's."""
    for level in levels:
        for value in _aliased_values(level, "url"):
            found = _link_href(value)
            if found:
                return found
    return None


def _link_href(value: Any) -> str | None:
    """The address a url field's value gives: its text, or the href of its Atom link objects."""
    links = value if isinstance(value, list) else [value]
    if not any(isinstance(link, dict) and _href(link) for link in links):
        return _as_text(value)
    for link in links:
        if isinstance(link, dict) and _href(link) and _link_rel(link) in _STORY_LINK_RELS:
            return _href(link)
    return None


def _href(link: dict[str, Any]) -> str | None:
    value = link.get("@href", link.get("href"))
    return value.strip() if isinstance(value, str) and value.strip() else None


def _link_rel(link: dict[str, Any]) -> str:
    value = link.get("@rel", link.get("rel"))
    return value.strip().lower() if isinstance(value, str) else ""


#: The "rel" of an Atom link to the story's own page ("" when none is given: Atom's default).
_STORY_LINK_RELS: Final = frozenset(["", "alternate"])


def _first_field(levels: list[dict[str, Any]], name: str) -> str | None:
    return next((text for level in levels if (text := _field(level, name)) is not None), None)


def _field(obj: dict[str, Any], name: str) -> str | None:
    for value in _aliased_values(obj, name):
        if name != "body" and isinstance(value, dict) and _has_own_body(value):
            continue  # the article itself, Elasticsearch's "_source": no value of its envelope's field
        text = _as_text(value, epoch=name == "published", blocks=name in ("body", "summary"))
        if text:
            return text
    return None


def _aliased_values(obj: dict[str, Any], name: str) -> Iterator[Any]:
    """The values of `obj` under the aliases of field `name`, in the aliases' order; for the
    body, then those of keys whose words name a story's text (`_BODY_KEY_WORD`)."""
    normalised = {_NORMALISE_KEY.sub("", str(key)).lower(): key for key in obj}
    for alias in _ALIASES[name]:
        key = normalised.get(alias.lower())
        if key is not None:
            yield obj[key]
    if name == "published":
        yield from _dated_values(obj, normalised)
    if name == "body":
        yield from _body_like_values(obj, normalised)
    if name == "title":
        yield from (obj[key] for lowered, key in normalised.items() if _is_title_key(lowered))


def _is_title_key(lowered: str) -> bool:
    """Whether a normalised key's words name a story's headline however a CMS or a scraper names
    it ("field_title", "post_title", "news_title", "article_headline", "titulo", "titre",
    "judul"): the aliases name the common keys only, and a file whose title sat under another
    one had none. A subtitle's, an image's, a section's or a person's title is none."""
    return _TITLE_KEY_WORD.search(lowered) is not None and _NOT_TITLE_KEY_WORD.search(lowered) is None


#: Words of a key that name a headline.
_TITLE_KEY_WORD: Final = re.compile(r"title|headline|titulo|titre|titel|judul")
#: Words of a key whose title is no story's headline.
_NOT_TITLE_KEY_WORD: Final = re.compile(
    r"sub|alt|image|img|photo|video|media|caption|section|categor|tag|author|job|person|url|link|slug|id$"
    r"|short|list|menu|site|page|series|show|program"
)


def _body_like_values(obj: dict[str, Any], normalised: dict[str, Any]) -> list[Any]:
    """The values of keys whose words name a story's text (`_BODY_KEY_WORD`), the longest
    text first: a "lead_text" or "intro_content" beside an "article_content" is its summary."""
    found: list[tuple[int, Any]] = []
    for lowered, key in normalised.items():
        if _BODY_KEY_WORD.search(lowered) and not _NOT_BODY_KEY_WORD.search(lowered):
            text = _as_text(obj[key], blocks=True)
            if text is not None and len(text.split()) >= _MIN_BODY_WORDS:
                found.append((len(text), obj[key]))
    return [value for _, value in sorted(found, key=lambda pair: -pair[0])]


def _dated_values(obj: dict[str, Any], normalised: dict[str, Any]) -> Iterator[Any]:
    """The values of keys whose words name the day a story came out, however an API or a
    scraper names them ("publish_time", "post_date", "first_published_at", "issued",
    "creation_date", "fecha"), those that say it was published before those that only say
    "date" or "time" ("news_date", "date_gmt"): the aliases name the common keys only, and a
    file whose date sat under another one had none. A key of a change, an event or the
    scrape ("updated_at", "modified", "event_date", "crawled_at") is none."""
    keys = [(lowered, key) for lowered, key in normalised.items() if not _NOT_DATE_KEY_WORD.search(lowered)]
    for pattern in (_PUBLICATION_KEY_WORD, _DATE_KEY_WORD):
        for lowered, key in keys:
            value = obj[key]
            if pattern.search(lowered) and _reads_as_date(value):
                yield value


def _reads_as_date(value: Any) -> bool:
    """Whether a value under a key guessed to be a date is one: a date string, or an epoch
    number (a "publication": "Daily Star" or a "date": {"text": ...} is none)."""
    if isinstance(value, str):
        stripped = value.strip()
        return (
            parse_date(value) is not None
            or _EPOCH_STRING.fullmatch(stripped) is not None
            or _MS_JSON_DATE.fullmatch(stripped) is not None
        )
    if isinstance(value, list) and len(value) == 1:
        return _reads_as_date(value[0])  # Drupal's field: "field_date": [{"value": "2025-06-12"}]
    if isinstance(value, dict):
        inner = next((value[key] for key in _DATE_WRAPPER_KEYS if key in value), None)
        return inner is not None and _reads_as_date(inner)
    return isinstance(value, int | float) and not isinstance(value, bool) and value > _EARLIEST_EPOCH


#: Keys of an object that holds a date as its value, as Drupal writes a field's ({"value":
#: "2025-06-12T09:00:00", "format": ...}), a MongoDB export a date ({"$date": ...}) and an XML
#: conversion an element's text ({"#text": ...}), Drupal 7 a field of no language ({"und":
#: [...]}): such a date under a key of the story's own fields ("field_date",
#: "field_publish_date") had been passed over, and the story undated.
_DATE_WRAPPER_KEYS: Final = ("value", "$date", "#text", "und")
#: The least epoch number read as a date (March 1973): a "read_time": 4 counts minutes.
_EARLIEST_EPOCH: Final = 1e8


#: Words of a key that name the day a story came out.
_PUBLICATION_KEY_WORD: Final = re.compile(
    r"publi|pub(?:date|time)|posted|postdate|issued|release|created|creation"
)
#: Words of a key that name a day or a time, of any kind.
_DATE_KEY_WORD: Final = re.compile(r"date|time|fecha|datum|^dt$|^day$")
#: Words of a key whose day is not the story's: a change's, an event's, the scrape's, or none
#: (a publisher's name, a time zone, a duration).
_NOT_DATE_KEY_WORD: Final = re.compile(
    r"updat|modif|edit|revis|lastmod|expir|embargo|event|start|end|deadline|birth|crawl|scrap|fetch"
    r"|download|index|access|retriev|harvest|collect|publisher|zone|tz|reading|duration|format|lang"
)


#: Words of a key that hold a story's text however a scraper or an API names it
#: ("article_content", "news_body", "post_content", "body_html", "paragraphs", "full_content",
#: "texto", "contenido", "cuerpo", "contenu", "konten", "detail", "news_detail", "copy",
#: "body_copy"; not "copyright"): the
#: aliases name the common keys only, and a file whose text sat under another one had been
#: rejected as having no body, its facts lost.
_BODY_KEY_WORD: Final = re.compile(
    r"body|content|text|paragraph|html|story|texto|contenido|cuerpo|contenu|konten|corpo|inhalt|detail|copy(?!right)"
)
#: Words of a key whose text is no story's: its headline, summary, caption, an image's or a
#: link's, or a count or a kind ("content_type", "text_length", "content_url").
_NOT_BODY_KEY_WORD: Final = re.compile(
    r"title|headline|summary|description|excerpt|caption|url|link|image|photo|video|type|length|count"
    r"|format|lang|id$|hash|author|tag|categor|preview|teaser|snippet|alt|meta|context|lead|lede|intro"
    r"|standfirst|subtitle|subhead|deck"
)
#: The fewest words of a text under such a key: a flag or a code ("text_direction": "ltr") is none.
_MIN_BODY_WORDS: Final = 5


def _as_text(value: Any, *, epoch: bool = False, blocks: bool = False) -> str | None:
    """A usable string from a JSON value: unwraps objects and joins paragraph lists (with
    `blocks`, of a body, only the blocks of the story's own text: `_TEXT_BLOCKS`)."""
    if isinstance(value, str):
        if epoch and _EPOCH_STRING.fullmatch(value.strip()):
            return _epoch_date(float(value))  # "1757836800": an API's epoch written as a string
        if epoch and (wrapped := _MS_JSON_DATE.fullmatch(value.strip())):
            return _ms_json_date(wrapped)
        return value if value.strip() else None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return _epoch_date(value) if epoch else None
    if isinstance(value, dict):
        if isinstance(value.get("children"), list) and "text" not in value:
            return _children_text(value["children"], blocks=blocks)
        if isinstance(value.get("content"), list) and isinstance(value.get("nodeType"), str):
            return _rich_text_nodes(value["content"], blocks=blocks)
        for key in _RENDITION_KEYS:
            if key in value:
                return _first_rendition(value[key], epoch=epoch, blocks=blocks)
        for key in _WRAPPED_VALUE_KEYS:
            if key in value:
                return _as_text(value[key], epoch=epoch, blocks=blocks)
        return None
    if isinstance(value, list):
        kept = [item for item in value if not blocks or _text_block(item)]
        parts = [text for item in kept if (text := _as_text(item, epoch=epoch, blocks=blocks))]
        return "\n\n".join(parts) if parts else None
    return None


#: Keys of a NewsML-G2 item's content set converted to JSON ({"contentSet": {"inlineXML": [{"contenttype":
#: "application/xhtml+xml", "value": "<html>...<p>ACCRA, June 11 (GNA) - ..."}]}}), and the text value of
#: an XML element in the BadgerFish convention ({"inlineXML": {"$": "..."}}): such a story had been
#: rejected as having no body.
_RENDITION_KEYS: Final = ("inlineXML", "inlineData", "$")


def _first_rendition(value: Any, *, epoch: bool, blocks: bool) -> str | None:
    """The text of the first rendition of a content set that has one: a set holds the one story in
    several renditions (XHTML, NITF, plain text), read once, not joined into a story told twice."""
    for rendition in value if isinstance(value, list) else [value]:
        text = _as_text(rendition, epoch=epoch, blocks=blocks)
        if text:
            return text
    return None


def _children_text(children: list[Any], *, blocks: bool) -> str | None:
    """The text of a rich-text node's children, as Slate and Sanity's Portable Text save a
    paragraph ({"type": "paragraph", "children": [{"text": "NACALA - Cashew "}, {"text": "buyers",
    "bold": true}]}, {"_type": "block", "children": [{"_type": "span", "text": ...}]}): runs of
    one line are joined as written, nodes that hold more nodes as paragraphs. Such a body had
    been rejected as having no text). Children beside a run of text are inline too, a link's
    words kept in their place ({"type": "link", "children": [{"text": "signed"}]})."""
    if any(isinstance(child, dict) and isinstance(child.get("text"), str) for child in children):
        joined = "".join(_inline_text(child) for child in children)
        return joined if joined.strip() else None
    return _as_text(children, blocks=blocks)


def _rich_text_nodes(nodes: list[Any], *, blocks: bool) -> str | None:
    """The text of a Contentful rich-text node's content ({"nodeType": "paragraph", "content":
    [{"nodeType": "text", "value": "Chile and "}, {"nodeType": "text", "value": "Peru", "marks":
    [{"type": "bold"}]}, {"nodeType": "hyperlink", "content": [...]}]}): a paragraph's text and
    hyperlink nodes are one line, joined as written; a document's or a list's nodes that hold
    more nodes are paragraphs. Each run had been a paragraph of its own, a sentence cut at each
    bold or linked word."""
    if any(isinstance(node, dict) and node.get("nodeType") == "text" for node in nodes):
        joined = "".join(_inline_text(node, "value", "content") for node in nodes)
        return joined if joined.strip() else None
    return _as_text(nodes, blocks=blocks)


def _inline_text(node: Any, text_key: str = "text", children_key: str = "children") -> str:
    """The words of one inline node of a rich-text paragraph: its text, or its children's.
    Slate and Portable Text name them "text" and "children", Contentful "value" and "content"
    (a text node's value, or a hyperlink's content)."""
    if not isinstance(node, dict):
        return ""
    if isinstance(node.get(text_key), str):
        return str(node[text_key])
    children = node.get(children_key)
    if not isinstance(children, list):
        return ""
    return "".join(_inline_text(child, text_key, children_key) for child in children)


def _text_block(item: Any) -> bool:
    """Whether an item of a body's list is the story's text: any item but a block whose kind is
    not one of `_TEXT_BLOCKS` ("core/paragraph" is a paragraph)."""
    if not isinstance(item, dict):
        return True
    kind = next((item[key] for key in _BLOCK_TYPE_KEYS if isinstance(item.get(key), str)), None)
    if kind is None:
        return True
    return _NORMALISE_KEY.sub("", kind.rsplit("/", 1)[-1]).lower() in _TEXT_BLOCKS


#: Epoch seconds (9-10 digits) or milliseconds (12-13) written as a string; "20240401" is a date.
_EPOCH_STRING: Final = re.compile(r"\d{9,10}(?:\.\d+)?|\d{12,13}")


#: The date Microsoft's JSON serializers write (ASP.NET, WCF, SharePoint's REST API, as older
#: government and agency sites serve their news): "/Date(1749718800000)/", epoch milliseconds,
#: maybe with the writer's offset ("/Date(1749718800000+0300)/"). It had been no date ("unparsed
#: date"), and such a story undated.
_MS_JSON_DATE: Final = re.compile(
    r"\\?/Date\((?P<millis>\d{9,13})(?:(?P<sign>[+-])(?P<hours>\d{2})(?P<minutes>\d{2}))?\)\\?/"
)


def _ms_json_date(found: re.Match[str]) -> str | None:
    """The day of a `_MS_JSON_DATE` value, on the writer's clock when it gives its offset (a
    story filed at midnight in Nairobi is of that day, the day before in UTC)."""
    millis = float(found.group("millis"))
    if found.group("sign"):
        offset = (int(found.group("hours")) * 60 + int(found.group("minutes"))) * 60_000
        millis += offset if found.group("sign") == "+" else -offset
    return _epoch_date(millis)


def _epoch_date(value: float) -> str | None:
    """An ISO date (UTC) from epoch seconds or milliseconds; None for nonsense numbers."""
    if not math.isfinite(value) or value <= 0:
        return None
    seconds = value / 1000 if value > _EPOCH_MILLIS else value
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _unescaped(value: str | None) -> str | None:
    """A plain value with the HTML entities a CMS wrote into it read ("Kenya &amp; Uganda",
    "Kenya&#8217;s exports", "&quot;Trade&quot;"): a title or a body with no markup keeps them
    as they were stored (they had stayed in the headline and the text, "&amp;" between two
    countries). Only a whole entity, closed by its semicolon, is read ("AT&T" stays), and an
    escaped sign of markup, "&lt;" or "&gt;", stays as written: with no tag it is no markup
    of the page, and the escaped-markup rule above reads it only before a tag's name."""
    return _entities_read(value) if value is not None else None


def _entities_read(value: str) -> str:
    """`value` with its entities read, as `_unescaped` reads them."""
    return _ENTITY.sub(_entity_read, value) if "&" in value else value


def _entity_read(entity: re.Match[str]) -> str:
    written = entity.group()
    return written if written.lower() in _MARKUP_SIGNS else html.unescape(written)


#: A named or numeric HTML entity with its semicolon: "&amp;", "&#8217;", "&#x2019;".
_ENTITY: Final = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
#: The escaped signs of markup, left as written in a plain value.
_MARKUP_SIGNS: Final = frozenset(["&lt;", "&gt;"])


def _one_line(value: str | None) -> str | None:
    if value is None:
        return None
    return " ".join(value.split()) or None


def _json_type(value: Any) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(value), "number")
