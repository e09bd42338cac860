-- One row per region of the reference seed.
with regions as (
    select * from {{ ref('regions') }}
),

members as (
    select region, count(*)::integer as country_count
    from {{ ref('stg_countries') }}
    group by region
)

select
    regions.region,
    regions.name_ar,
    regions.description,
    coalesce(members.country_count, 0) as country_count
from regions
left join members using (region)
