-- One row per region and year with at least one meeting.
select
    region,
    meeting_year as year,
    count(*)::integer as meetings,
    count(distinct country_iso2)::integer as countries,
    count(*) filter (where direction = 'hosted')::integer as hosted,
    count(*) filter (where direction = 'abroad')::integer as abroad,
    count(*) filter (where direction = 'unknown')::integer as direction_unknown
from {{ ref('fct_meetings') }}
group by region, meeting_year
