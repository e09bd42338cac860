-- Accepted candidates whose counterpart resolves to a known country, with a display key for the person met.
-- Incremental: a night adds the reports of its new articles (stg_new_articles); a build that
-- changes anything else (a changed project, re-extracted articles) is a full refresh (sdw/transform.py).
{{ config(materialized='incremental', incremental_strategy='append') }}
-- depends_on: {{ ref('stg_new_articles') }}

with candidates as (
    select * from {{ ref('stg_event_candidates') }}
    where
        is_event
        {% if is_incremental() %}
            and article_id in (select article_id from {{ ref('stg_new_articles') }})
        {% endif %}
),

countries as (
    select * from {{ ref('stg_countries') }}
),

articles as (
    select article_id, ingested_at, published_date from {{ ref('stg_articles') }}
),

organizations as (
    select org_code, part_of_org_code from {{ ref('stg_organizations') }}
),

-- The home country is the one whose names the alias seed marks `home` (Morocco).
home_countries as (
    select distinct iso2 as country_iso2 from {{ ref('country_aliases') }} where kind = 'home'
),

resolved as (
    select
        candidates.*,
        countries.region,
        articles.ingested_at,
        articles.published_date as article_published_date,
        -- One key per person however the name is spelled: the reviewed Latin form when the
        -- officials seed knows the name, else the Arabic as written.
        coalesce(candidates.counterpart_person_latin, candidates.counterpart_person) as counterpart_person_key,
        -- The international body a report names, or the one it belongs to: a report of the UN and one of the
        -- UN counter-terrorism office may tell one session.
        coalesce(organizations.part_of_org_code, candidates.organization_code) as organization_family
    from candidates
    inner join countries on countries.country_iso2 = candidates.country_iso2
    inner join articles on articles.article_id = candidates.article_id
    left join organizations on organizations.org_code = candidates.organization_code
    -- The home country is never the counterpart: its names only place an event at home. A
    -- multilateral meeting held there, or an international body's official received there, has it
    -- as its (host) country.
    where
        candidates.country_iso2 not in (select country_iso2 from home_countries)
        or candidates.meeting_type = 'conference'
        or candidates.organization_code is not null
)

select * from resolved
