-- One row per claim, beside the meetings the warehouse found for the same scope and period.
-- Country and region claims join on their scope. A total claim counts every meeting that
-- overlaps its period, as #(starting on or before its end) - #(ending before its start),
-- read from cumulative counts: no claim x meeting pairs are ever built.
with claims as (
    select * from {{ ref('fct_reported_tallies') }}
),

meetings as (
    select * from {{ ref('fct_meetings') }}
),

-- Each meeting once under its country and once under its region.
meeting_scopes as (
    select meeting_id, 'country' as scope_type, country_iso2 as scope_code, start_date, end_date from meetings
    union all
    select meeting_id, 'region' as scope_type, region as scope_code, start_date, end_date from meetings
),

scoped as (
    select claims.claim_id, count(*) as meetings_found
    from claims
    inner join meeting_scopes using (scope_type, scope_code)
    where
        (claims.period_start is null or meeting_scopes.end_date >= claims.period_start)
        and (claims.period_end is null or meeting_scopes.start_date <= claims.period_end)
    group by claims.claim_id
),

starts_to_date as (
    select start_date as day, sum(count(*)) over (order by start_date) as meetings
    from meetings group by start_date
),

ends_to_date as (
    select end_date as day, sum(count(*)) over (order by end_date) as meetings
    from meetings group by end_date
),

totals as (
    select
        claims.claim_id,
        case when claims.period_end is null then (select count(*) from meetings) else coalesce(started.meetings, 0) end
        - case when claims.period_start is null then 0 else coalesce(ended.meetings, 0) end as meetings_found
    from (select * from claims where scope_type = 'total') as claims
    asof left join starts_to_date as started on claims.period_end >= started.day
    asof left join ends_to_date as ended on claims.period_start > ended.day
),

matched as (
    select claim_id, sum(meetings_found)::integer as meetings_found
    from (
        select * from scoped
        union all
        select * from totals
    ) as found
    group by claim_id
),

final as (
    select
        claims.claim_id,
        claims.article_id,
        claims.scope_type,
        claims.scope_code,
        claims.period_start,
        claims.period_end,
        claims.reported_count,
        claims.is_approximate,
        coalesce(matched.meetings_found, 0) as meetings_found,
        coalesce(matched.meetings_found, 0) - claims.reported_count as difference,
        case
            when coalesce(matched.meetings_found, 0) = claims.reported_count then 'matches'
            when coalesce(matched.meetings_found, 0) < claims.reported_count then 'fewer_found'
            else 'more_found'
        end as status
    from claims
    left join matched using (claim_id)
)

select * from final
