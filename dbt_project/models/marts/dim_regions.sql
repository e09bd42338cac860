-- One row per region of the reference seed.
with regions as (
    select * from {{ ref('regions') }}
),

countries as (
    select * from {{ ref('stg_countries') }}
),

members as (
    select region, count(*)::integer as country_count
    from countries
    group by region
),

final as (
    select
        regions.region,
        regions.name_ar,
        regions.description,
        coalesce(members.country_count, 0) as country_count
    from regions
    left join members using (region)
)

select * from final
