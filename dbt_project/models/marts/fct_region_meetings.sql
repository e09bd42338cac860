-- One row per region and year with at least one meeting.
with meetings as (
    select * from {{ ref('fct_meetings') }}
),

final as (
    select
        region,
        meeting_year,
        count(*)::integer as meetings,
        count(distinct country_iso2)::integer as countries,
        count(*) filter (where direction = 'hosted')::integer as hosted,
        count(*) filter (where direction = 'abroad')::integer as abroad,
        count(*) filter (where direction = 'unknown')::integer as direction_unknown
    from meetings
    group by region, meeting_year
)

select * from final
