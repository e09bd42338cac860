-- Every report of one engagement gets the same meeting_id.
-- 1. Connected components of the links.
-- 2. Each component is anchored on its finest, narrowest report (the one that gives the meeting
--    its dates); a report whose dates do not overlap the anchor's (or, for trips and conferences,
--    lie within trip_report_gap_days of them) is detached into a meeting of its own, so
--    single-linkage chains (2-3 March ~ 3-4 March ~ 4 March) never stretch a meeting beyond
--    what each of its reports says.
-- 3. meeting_id is the candidate_id of the meeting's earliest-ingested report, so a meeting
--    keeps its id when later articles report it again (re-runs of the same input: same ids).
-- Incremental: each component is clustered on its own. A night's new reports only add links
-- (int_event_links), so the components that change are those holding a new report; they are
-- the new reports and every earlier component they link to, clustered again whole (dbt
-- replaces the rows of their reports), and the others stay as they were.
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='candidate_id') }}
-- depends_on: {{ ref('stg_new_articles') }}

with recursive

{% if is_incremental() %}
    new_reports as (
        select candidate_id from {{ ref('int_events') }}
        where article_id in (select article_id from {{ ref('stg_new_articles') }})
    ),

    -- A link is stored both ways round: its right end is the other report.
    new_links as (
        select left_id, right_id from {{ ref('int_event_links') }}
        where left_id in (select candidate_id from new_reports)
    ),

    -- The new reports, and the whole of every earlier component a new report links to.
    reclustered as (
        select candidate_id from new_reports
        union
        select candidate_id from {{ this }}
        where component_id in (
            select earlier.component_id
            from {{ this }} as earlier
            inner join new_links on new_links.right_id = earlier.candidate_id
        )
    ),
{% endif %}

reports as (
    select * from {{ ref('int_events') }}
    {% if is_incremental() %}
        where candidate_id in (select candidate_id from reclustered)
    {% endif %}
),

links as (
    select * from {{ ref('int_event_links') }}
    {% if is_incremental() %}
        -- A link of a reclustered report joins two of them (its other end is new, or of its component).
        where
            left_id in (select candidate_id from reclustered)
            or right_id in (select candidate_id from reclustered)
    {% endif %}
),

edges as (
    select left_id as from_id, right_id as to_id from links
    union
    select right_id as from_id, left_id as to_id from links
    union
    select candidate_id as from_id, candidate_id as to_id from reports
),

reachable (candidate_id, reached_id) as (
    select from_id, to_id from edges
    union
    select reachable.candidate_id, edges.to_id
    from reachable
    inner join edges on edges.from_id = reachable.reached_id
),

components as (
    select candidate_id, min(reached_id) as component_id
    from reachable
    group by candidate_id
),

members as (
    select components.component_id, reports.*
    from components
    inner join reports using (candidate_id)
),

anchors as (
    select component_id, start_date as anchor_start, end_date as anchor_end, meeting_type as anchor_type
    from members
    qualify row_number() over (
        partition by component_id
        order by precision_rank, date_diff('day', start_date, end_date), start_date, candidate_id
    ) = 1
),

grouped as (
    select
        members.candidate_id,
        members.component_id,
        members.ingested_at,
        case
            when
                members.start_date <= anchors.anchor_end + {{ trip_gap('members', 'anchors', 'anchor_type') }}
                and anchors.anchor_start <= members.end_date + {{ trip_gap('members', 'anchors', 'anchor_type') }}
                -- An article cannot report an engagement that began after it was published (or after the
                -- last day it dated).
                and (members.article_published_date is null or anchors.anchor_start <= {{ reported_until('members') }})
                then 'component:' || members.component_id
            else 'detached:' || members.candidate_id
        end as group_key
    from members
    inner join anchors using (component_id)
)

select
    candidate_id,
    first_value(candidate_id) over (partition by group_key order by ingested_at, candidate_id) as meeting_id,
    component_id
from grouped
