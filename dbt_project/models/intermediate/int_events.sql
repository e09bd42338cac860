-- Accepted candidates whose counterpart resolves to a known foreign country.
with candidates as (
    select * from {{ ref('stg_event_candidates') }}
    where is_event
),

countries as (
    select * from {{ ref('stg_countries') }}
),

articles as (
    select article_id, ingested_at from {{ ref('stg_articles') }}
),

resolved as (
    select
        candidates.*,
        countries.region,
        articles.ingested_at
    from candidates
    inner join countries on countries.country_iso2 = candidates.country_iso2
    inner join articles on articles.article_id = candidates.article_id
    -- Morocco is never the counterpart: its names only place an event at home.
    where candidates.country_iso2 <> 'MA'
)

select * from resolved
