-- One row per claim, beside the meetings the warehouse found for the same scope and period.
-- A claim counts the meetings of its scope (its country, its region, or all of them for a total)
-- that overlap its period, as #(starting on or before its end) - #(ending before its start), read
-- from cumulative counts per scope: no claim x meeting pairs are built. A country or region claim
-- whose period runs backwards (its start after its end) has its overlapping meetings counted one
-- by one instead (the difference of the two counts is theirs only for a period in order).
with claims as (
    select
        *,
        -- Every meeting is within a total's scope, whatever its code.
        case when scope_type = 'total' then 'total' else scope_code end as scope_key
    from {{ ref('fct_reported_tallies') }}
),

meetings as (
    select * from {{ ref('fct_meetings') }}
),

regions as (
    select * from {{ ref('dim_regions') }}
),

region_members as (
    select * from {{ ref('region_members') }}
),

-- Each meeting once under its country, once under its region (and the larger region that one is part of: a
-- meeting in Western Europe counts for a claim about Europe; and each region that lists its country as a member: a
-- meeting in Qatar counts for a claim about the Arab countries) and once among all meetings.
meeting_scopes as (
    select meeting_id, 'country' as scope_type, country_iso2 as scope_key, start_date, end_date from meetings
    union all
    select meeting_id, 'region' as scope_type, region as scope_key, start_date, end_date from meetings
    union all
    select
        meetings.meeting_id,
        'region' as scope_type,
        regions.part_of as scope_key,
        meetings.start_date,
        meetings.end_date
    from meetings
    inner join regions on meetings.region = regions.region
    where regions.part_of is not null
    union all
    select
        meetings.meeting_id,
        'region' as scope_type,
        region_members.region as scope_key,
        meetings.start_date,
        meetings.end_date
    from meetings
    inner join region_members on meetings.country_iso2 = region_members.iso2
    union all
    select meeting_id, 'total' as scope_type, 'total' as scope_key, start_date, end_date from meetings
),

scope_sizes as (
    select scope_type, scope_key, count(*) as meetings
    from meeting_scopes
    group by scope_type, scope_key
),

starts_to_date as (
    select
        scope_type,
        scope_key,
        start_date as day,
        sum(count(*)) over (partition by scope_type, scope_key order by start_date) as meetings
    from meeting_scopes
    group by scope_type, scope_key, start_date
),

ends_to_date as (
    select
        scope_type,
        scope_key,
        end_date as day,
        sum(count(*)) over (partition by scope_type, scope_key order by end_date) as meetings
    from meeting_scopes
    group by scope_type, scope_key, end_date
),

counted as (
    select
        claims.claim_id,
        case when claims.period_end is null then coalesce(sizes.meetings, 0) else coalesce(started.meetings, 0) end
        - case when claims.period_start is null then 0 else coalesce(ended.meetings, 0) end as meetings_found
    from (
        select * from claims
        where scope_type = 'total' or not coalesce(period_start > period_end, false)
    ) as claims
    left join scope_sizes as sizes
        on claims.scope_type = sizes.scope_type and claims.scope_key = sizes.scope_key
    asof left join starts_to_date as started
        on
            claims.scope_type = started.scope_type
            and claims.scope_key = started.scope_key
            and claims.period_end >= started.day
    asof left join ends_to_date as ended
        on
            claims.scope_type = ended.scope_type
            and claims.scope_key = ended.scope_key
            and claims.period_start > ended.day
),

backwards as (
    select claims.claim_id, count(*) as meetings_found
    from claims
    inner join meeting_scopes
        on claims.scope_type = meeting_scopes.scope_type and claims.scope_key = meeting_scopes.scope_key
    where
        claims.scope_type <> 'total'
        and claims.period_start > claims.period_end
        and meeting_scopes.end_date >= claims.period_start
        and meeting_scopes.start_date <= claims.period_end
    group by claims.claim_id
),

matched as (
    select claim_id, sum(meetings_found)::integer as meetings_found
    from (
        select * from counted
        union all
        select * from backwards
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
