-- One row per region of the reference seed.
with regions as (
    select * from {{ ref('regions') }}
),

countries as (
    select * from {{ ref('stg_countries') }}
),

region_members as (
    select * from {{ ref('region_members') }}
),

-- A country counts in its primary region, in the region that one is part of (Western Europe in Europe) and in the
-- regions that list it as a member across the others (the Arab countries).
memberships as (
    select countries.country_iso2, countries.region from countries
    union all
    select countries.country_iso2, regions.part_of as region
    from countries
    inner join regions on countries.region = regions.region
    where regions.part_of is not null
    union all
    select region_members.iso2 as country_iso2, region_members.region from region_members
),

members as (
    select region, count(*)::integer as country_count
    from memberships
    group by region
),

final as (
    select
        regions.region,
        regions.name_ar,
        regions.part_of,
        regions.description,
        coalesce(members.country_count, 0) as country_count
    from regions
    left join members using (region)
)

select * from final
