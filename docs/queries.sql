-- Example queries on the published warehouse ($WAREHOUSE_PATH, by default warehouse/warehouse.duckdb).
--
-- Plain DuckDB SQL that any client reading the file runs unchanged: the duckdb CLI, DBeaver,
-- Superset's SQL Lab, Metabase, pandas (see docs/bi-tools.md). Each query starts with a
-- "-- name:" line; tests/test_bi_access.py runs every one of them through SQLAlchemy.
-- The countries and the person are examples from the sample stories in raw/: change the
-- literals to ask about others (ISO 3166-1 alpha-3 codes, see marts.dim_country).

-- name: turnover_by_year
-- Turnover between Brazil and China by calendar year, all goods, in US dollars.
-- min/max and n_documents show how far the sources agree; has_conflict flags a spread over 1%.
select
    year(period_start) as year,
    value_usd,
    min_value_usd,
    max_value_usd,
    n_documents,
    has_conflict
from marts.fct_bilateral_trade
where flow = 'turnover'
  and product is null
  -- turnover is stored once per pair, in alphabetical order
  and origin_iso3 = least('BRA', 'CHN')
  and destination_iso3 = greatest('BRA', 'CHN')
  and month(period_start) = 1 and day(period_start) = 1
  and period_end = period_start + interval 1 year - interval 1 day
order by year;

-- name: latest_engagements_of_a_country
-- The twenty latest engagements China took part in (one row per real-world event, however
-- many articles reported it), with the other sides and the people present.
select
    e.start_date,
    e.end_date,
    e.engagement_type,
    e.location,
    (
        select string_agg(c.name, ', ' order by c.name)
        from unnest(e.countries) as u(iso3)
        join marts.dim_country c on c.country_iso3 = u.iso3
        where u.iso3 <> 'CHN'
    ) as with_countries,
    (
        select string_agg(p.name, '; ' order by p.name)
        from marts.bridge_event_participant p
        where p.event_id = e.event_id and p.participant_type = 'person'
    ) as people,
    e.topics,
    e.n_documents
from marts.fct_engagement_events e
where list_contains(e.countries, 'CHN')
order by e.start_date desc nulls last, e.last_reported_on desc
limit 20;

-- name: conflicting_figures
-- Figures whose sources disagree by more than 1%: one row per figure and source, so each
-- source's own number sits beside the article that states it.
select
    t.flow,
    t.origin_iso3,
    t.destination_iso3,
    t.period_start,
    t.period_end,
    t.product,
    t.value_usd as median_usd,
    b.value_usd as this_source_usd,
    d.source,
    d.title,
    d.published_date,
    d.url
from marts.fct_bilateral_trade t
join marts.bridge_bilateral_trade_document b on b.trade_id = t.trade_id
join marts.dim_document d on d.document_id = b.document_id
where t.has_conflict
order by t.period_start desc, t.flow, t.origin_iso3, t.destination_iso3, b.value_usd;

-- name: inconsistent_figures
-- Figures whose stated change disagrees with the figures for both periods (by more than
-- one percentage point), with the sentence that states the change.
select
    t.flow,
    t.origin_iso3,
    t.destination_iso3,
    t.period_start,
    t.period_end,
    t.value_usd,
    m.change_pct as stated_change_pct,
    round(m.implied_change_pct, 1) as implied_change_pct,
    m.evidence,
    d.source,
    d.published_date
from marts.fct_bilateral_trade t
join marts.fct_trade_mentions m on m.trade_id = t.trade_id
join marts.dim_document d on d.document_id = m.document_id
where not t.is_consistent
  and m.is_change_consistent = false
order by t.period_start desc, t.flow;

-- name: who_met_whom
-- Pairs of people from different countries who took part in the same engagement, and how often.
with people as (
    select distinct event_id, person_id
    from marts.bridge_event_participant
    where participant_type = 'person'
)
select
    a.name as person,
    a.country_iso3 as country,
    b.name as met,
    b.country_iso3 as met_country,
    count(*) as times,
    min(e.start_date) as first_time,
    max(e.start_date) as last_time
from people p1
join people p2 on p2.event_id = p1.event_id and p2.person_id > p1.person_id
join marts.dim_person a on a.person_id = p1.person_id
join marts.dim_person b on b.person_id = p2.person_id
join marts.fct_engagement_events e on e.event_id = p1.event_id
where a.country_iso3 is distinct from b.country_iso3
group by a.name, a.country_iso3, b.name, b.country_iso3
order by times desc, last_time desc nulls last, person, met;

-- name: engagements_of_a_person
-- Olaf Scholz's engagements over time: when, what, where, with which countries, as what.
select
    e.start_date,
    e.engagement_type,
    e.location,
    e.countries,
    ep.titles as titles_as_reported,
    e.topics,
    e.n_documents
from marts.dim_person p
join marts.bridge_event_participant ep on ep.person_id = p.person_id
join marts.fct_engagement_events e on e.event_id = ep.event_id
where p.name = 'Olaf Scholz'
order by e.start_date nulls last;

-- name: where_a_figure_comes_from
-- Every trade figure stated about Brazil, each with the sentence and the article it came from.
select
    m.flow,
    m.reporter_iso3,
    m.partner_iso3,
    m.period_start,
    m.period_end,
    m.value,
    m.currency,
    m.value_usd,
    m.product,
    m.evidence,
    d.title,
    d.source,
    d.url,
    d.published_date
from marts.fct_trade_mentions m
join marts.dim_document d on d.document_id = m.document_id
where 'BRA' in (m.reporter_iso3, m.partner_iso3)
order by m.period_start desc, m.flow;
