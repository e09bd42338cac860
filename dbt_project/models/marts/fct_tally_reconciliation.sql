-- One row per claim, beside the meetings the warehouse found for the same scope and period.
with claims as (
    select * from {{ ref('fct_reported_tallies') }}
),

meetings as (
    select * from {{ ref('fct_meetings') }}
),

matched as (
    select
        claims.claim_id,
        count(meetings.meeting_id)::integer as meetings_found
    from claims
    left join meetings
        on (claims.scope_type = 'total'
            or (claims.scope_type = 'country' and meetings.country_iso2 = claims.scope_code)
            or (claims.scope_type = 'region' and meetings.region = claims.scope_code))
        and (claims.period_start is null or meetings.end_date >= claims.period_start)
        and (claims.period_end is null or meetings.start_date <= claims.period_end)
    group by claims.claim_id
)

select
    claims.claim_id,
    claims.article_id,
    claims.scope_type,
    claims.scope_code,
    claims.period_start,
    claims.period_end,
    claims.reported_count,
    claims.is_approximate,
    matched.meetings_found,
    matched.meetings_found - claims.reported_count as difference,
    case
        when matched.meetings_found = claims.reported_count then 'matches'
        when matched.meetings_found < claims.reported_count then 'fewer_found'
        else 'more_found'
    end as status
from claims
inner join matched using (claim_id)
