-- One row per country and year with at least one meeting.
with meetings as (
    select * from {{ ref('fct_meetings') }}
),

final as (
    select
        country_iso2,
        meeting_year,
        count(*)::integer as meetings,
        count(*) filter (where direction = 'hosted')::integer as hosted,
        count(*) filter (where direction = 'abroad')::integer as abroad,
        count(*) filter (where direction = 'unknown')::integer as direction_unknown,
        count(*) filter (where meeting_type in ('hosted_visit', 'visit_abroad'))::integer as visits,
        count(*) filter (where meeting_type = 'conference')::integer as conferences,
        count(*) filter (where meeting_type = 'agreement')::integer as agreements,
        count(*) filter (where meeting_type = 'honor')::integer as honors,
        sum(source_count)::integer as article_reports
    from meetings
    group by country_iso2, meeting_year
)

select * from final
