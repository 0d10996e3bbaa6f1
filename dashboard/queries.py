"""Every question the dashboard asks the warehouse, as SQL over the published marts.

Each function takes `read(sql, params) -> DataFrame` (named `$parameters`) so the app decides how results are
cached and tests can pass a plain read-only reader. Parameters are always bound, never
formatted into the SQL: country codes and ids come from the page's widgets and URL.
Only published tables are used (marts, meta): the clean text stays private to the build,
so an evidence sentence is shown from `evidence`, with the figure marked by its offsets.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

import pandas as pd

Read = Callable[[str, Mapping[str, object]], pd.DataFrame]


@dataclass(frozen=True, slots=True)
class BuildInfo:
    """What the page says about the data it shows."""

    build_id: str | None
    published_at: datetime | None
    documents: int
    trade_figures: int
    engagements: int


BUILD_INFO_SQL = """
select
    (select max(build_id) from meta.build) as build_id,
    (select max(published_at) from meta.build) as published_at,
    (select count(*) from marts.dim_document) as documents,
    (select count(*) from marts.fct_bilateral_trade) as trade_figures,
    (select count(*) from marts.fct_engagement_events) as engagements
"""


def build_info(read: Read) -> BuildInfo:
    row = read(BUILD_INFO_SQL, {}).iloc[0]
    published = row["published_at"]
    return BuildInfo(
        build_id=row["build_id"],
        published_at=None if pd.isna(published) else pd.Timestamp(published).to_pydatetime(),
        documents=int(row["documents"]),
        trade_figures=int(row["trade_figures"]),
        engagements=int(row["engagements"]),
    )


#: Every country on either side of a figure or an engagement, with how much there is on it.
COUNTRIES_SQL = """
with sides as (
    select origin_iso3 as iso3, 1 as figure, 0 as event from marts.fct_bilateral_trade
    union all
    select destination_iso3, 1, 0 from marts.fct_bilateral_trade
    union all
    select unnest(countries), 0, 1 from marts.fct_engagement_events
)
select
    s.iso3 as country_iso3,
    coalesce(c.name, s.iso3) as name,
    sum(s.figure)::integer as n_figures,
    sum(s.event)::integer as n_events
from sides s
left join marts.dim_country c on c.country_iso3 = s.iso3
where s.iso3 is not null
group by s.iso3, c.name
order by n_figures + n_events desc, name
"""


def countries(read: Read) -> pd.DataFrame:
    """country_iso3, name, n_figures, n_events; the busiest first."""
    return read(COUNTRIES_SQL, {})


PARTNERS_SQL = """
with sides as (
    select case when origin_iso3 = $country then destination_iso3 else origin_iso3 end as iso3,
           1 as figure, 0 as event
    from marts.fct_bilateral_trade
    where $country in (origin_iso3, destination_iso3)
    union all
    select u.iso3, 0, 1
    from marts.fct_engagement_events e, unnest(e.countries) as u(iso3)
    where list_contains(e.countries, $country)
)
select
    s.iso3 as country_iso3,
    coalesce(c.name, s.iso3) as name,
    sum(s.figure)::integer as n_figures,
    sum(s.event)::integer as n_events
from sides s
left join marts.dim_country c on c.country_iso3 = s.iso3
where s.iso3 is not null and s.iso3 <> $country
group by s.iso3, c.name
order by n_figures desc, n_events desc, name
"""


def partners(read: Read, country: str) -> pd.DataFrame:
    """The countries `country` traded or met with: country_iso3, name, n_figures, n_events."""
    return read(PARTNERS_SQL, {"country": country})


#: A pair's consolidated figures, with the flow named from the first country's side:
#: exports are its exports to the partner, imports are the partner's exports to it.
PAIR_FIGURES_SQL = """
select
    t.trade_id,
    case
        when t.flow = 'turnover' then 'turnover'
        when t.origin_iso3 = $country then 'exports'
        else 'imports'
    end as direction,
    t.flow,
    t.origin_iso3,
    t.destination_iso3,
    t.period_start,
    t.period_end,
    t.product,
    t.value_usd,
    t.min_value_usd,
    t.max_value_usd,
    t.n_documents,
    t.has_conflict,
    t.is_consistent,
    t.change_pct,
    t.implied_change_pct,
    t.currencies
from marts.fct_bilateral_trade t
where (t.origin_iso3 = $country and t.destination_iso3 = $partner)
   or (t.origin_iso3 = $partner and t.destination_iso3 = $country)
order by t.period_start, t.period_end, direction, t.product nulls first
"""


def pair_figures(read: Read, country: str, partner: str) -> pd.DataFrame:
    """Every consolidated figure between the two countries, oldest period first."""
    return read(PAIR_FIGURES_SQL, {"country": country, "partner": partner})


#: What each document says about each of a pair's figures: the points behind a median.
PAIR_SOURCES_SQL = """
select
    b.trade_id,
    b.document_id,
    b.value_usd,
    b.published_date,
    coalesce(d.source, d.source_path) as source,
    d.title
from marts.bridge_bilateral_trade_document b
join marts.fct_bilateral_trade t on t.trade_id = b.trade_id
join marts.dim_document d on d.document_id = b.document_id
where (t.origin_iso3 = $country and t.destination_iso3 = $partner)
   or (t.origin_iso3 = $partner and t.destination_iso3 = $country)
order by b.trade_id, b.published_date, b.document_id
"""


def pair_sources(read: Read, country: str, partner: str) -> pd.DataFrame:
    """trade_id, document_id, value_usd, published_date, source, title per reporting document."""
    return read(PAIR_SOURCES_SQL, {"country": country, "partner": partner})


#: Figures a reader should not take at face value, newest period first.
FLAGGED_FIGURES_SQL = """
select
    t.trade_id,
    t.flow,
    t.origin_iso3,
    o.name as origin,
    t.destination_iso3,
    d.name as destination,
    t.period_start,
    t.period_end,
    t.product,
    t.value_usd,
    t.min_value_usd,
    t.max_value_usd,
    t.n_documents,
    t.has_conflict,
    t.is_consistent,
    t.change_pct,
    t.implied_change_pct
from marts.fct_bilateral_trade t
left join marts.dim_country o on o.country_iso3 = t.origin_iso3
left join marts.dim_country d on d.country_iso3 = t.destination_iso3
where t.has_conflict or not t.is_consistent
order by t.period_start desc, t.period_end desc, origin, destination, t.flow
"""


def flagged_figures(read: Read) -> pd.DataFrame:
    """Figures whose sources conflict or whose stated change contradicts the figures."""
    return read(FLAGGED_FIGURES_SQL, {})


#: Each statement of one figure: the sentence, the figure's place in it, and the article.
FIGURE_EVIDENCE_SQL = """
select
    m.mention_id,
    m.flow,
    m.reporter_iso3,
    m.partner_iso3,
    m.value,
    m.currency,
    m.value_usd,
    m.change_pct,
    m.implied_change_pct,
    m.is_change_consistent,
    m.evidence,
    m.char_start - m.evidence_start as mark_start,
    m.char_end - m.evidence_start as mark_end,
    d.document_id,
    d.title,
    d.source,
    d.url,
    d.published_date,
    d.source_path,
    d.duplicate_of
from marts.fct_trade_mentions m
join marts.dim_document d on d.document_id = m.document_id
where m.trade_id = $trade_id
order by d.published_date, d.source_path, m.ordinal
"""


def figure_evidence(read: Read, trade_id: str) -> pd.DataFrame:
    """Every mention of one consolidated figure with its sentence and document."""
    return read(FIGURE_EVIDENCE_SQL, {"trade_id": trade_id})


#: The real-world engagements a country took part in, with the other sides and the people.
COUNTRY_EVENTS_SQL = """
select
    e.event_id,
    e.engagement_type,
    e.start_date,
    e.end_date,
    e.location,
    e.countries,
    (
        select string_agg(coalesce(c.name, u.iso3), ', ' order by coalesce(c.name, u.iso3))
        from unnest(e.countries) as u(iso3)
        left join marts.dim_country c on c.country_iso3 = u.iso3
        where u.iso3 <> $country
    ) as counterparts,
    (len(e.countries) - 1)::integer as n_counterparts,
    (
        select string_agg(p.name, '; ' order by p.name)
        from marts.bridge_event_participant p
        where p.event_id = e.event_id and p.participant_type = 'person'
    ) as people,
    (
        select string_agg(p.name, '; ' order by p.name)
        from marts.bridge_event_participant p
        where p.event_id = e.event_id and p.participant_type = 'organization'
    ) as organizations,
    e.topics,
    e.n_documents
from marts.fct_engagement_events e
where list_contains(e.countries, $country)
order by e.start_date desc nulls last, e.last_reported_on desc, e.event_id
"""


def country_events(read: Read, country: str) -> pd.DataFrame:
    """The country's engagements (one row per real-world event), newest first, undated last."""
    return read(COUNTRY_EVENTS_SQL, {"country": country})


#: Each article's report of one event: its sentence(s), who it names, and the article.
EVENT_EVIDENCE_SQL = """
select
    en.engagement_id,
    en.engagement_date,
    en.engagement_type,
    en.location,
    en.evidence,
    (
        select string_agg(
            p.name || coalesce(', ' || p.title, '') || coalesce(' (' || p.country_iso3 || ')', ''),
            '; ' order by p.ordinal
        )
        from marts.bridge_engagement_participant p
        where p.engagement_id = en.engagement_id
    ) as participants,
    d.document_id,
    d.title,
    d.source,
    d.url,
    d.published_date,
    d.source_path
from marts.fct_engagements en
join marts.dim_document d on d.document_id = en.document_id
where en.event_id = $event_id
order by d.published_date, d.source_path, en.ordinal
"""


def event_evidence(read: Read, event_id: str) -> pd.DataFrame:
    """Every report of one engagement with its evidence and document."""
    return read(EVENT_EVIDENCE_SQL, {"event_id": event_id})


#: The chosen country's participants and everyone from another country they met, and how often.
MEETINGS_SQL = """
with events as (
    select event_id, start_date from marts.fct_engagement_events where list_contains(countries, $country)
),
present as (
    select distinct
        p.event_id,
        e.start_date,
        p.participant_id,
        p.participant_type,
        p.name,
        coalesce(dp.country_iso3, org.country_iso3) as country_iso3
    from marts.bridge_event_participant p
    join events e on e.event_id = p.event_id
    left join marts.dim_person dp on dp.person_id = p.person_id
    left join marts.dim_organization org on org.organization_id = p.organization_id
    where p.participant_type = 'person' or $with_organizations
)
select
    a.participant_id as a_id,
    a.name as a_name,
    a.participant_type as a_type,
    a.country_iso3 as a_country,
    b.participant_id as b_id,
    b.name as b_name,
    b.participant_type as b_type,
    b.country_iso3 as b_country,
    count(distinct a.event_id)::integer as n_events,
    min(a.start_date) as first_date,
    max(a.start_date) as last_date
from present a
join present b on b.event_id = a.event_id
where a.country_iso3 = $country and b.country_iso3 is distinct from $country
group by all
order by n_events desc, last_date desc nulls last, a_name, b_name
"""


def meetings(read: Read, country: str, with_organizations: bool = False) -> pd.DataFrame:
    """Who of the country met whom from elsewhere, and how often (a_* is the country's side)."""
    return read(MEETINGS_SQL, {"country": country, "with_organizations": with_organizations})
