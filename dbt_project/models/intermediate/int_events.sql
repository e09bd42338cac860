-- Accepted candidates whose counterpart resolves to a known foreign country.
with candidates as (
    select * from {{ ref('stg_event_candidates') }}
    where is_event
),

countries as (
    select * from {{ ref('stg_countries') }}
),

resolved as (
    select
        candidates.*,
        countries.region
    from candidates
    inner join countries on countries.country_iso2 = candidates.country_iso2
    -- Morocco is never the counterpart: its names only place an event at home.
    where candidates.country_iso2 <> 'MA'
)

select * from resolved
