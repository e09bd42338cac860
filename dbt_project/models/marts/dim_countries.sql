-- One row per country of the reference seed.
with countries as (
    select * from {{ ref('stg_countries') }}
),

fct_meetings as (
    select * from {{ ref('fct_meetings') }}
),

meetings as (
    select country_iso2, count(*)::integer as meeting_count
    from fct_meetings
    group by country_iso2
),

final as (
    select
        countries.country_iso2,
        countries.country_name_en as name_en,
        countries.country_name_ar as name_ar,
        countries.region,
        coalesce(meetings.meeting_count, 0) as meeting_count
    from countries
    left join meetings using (country_iso2)
)

select * from final
