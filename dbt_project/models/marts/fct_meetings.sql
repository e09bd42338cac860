-- One row per real-world engagement, however many articles report it.
-- Incremental: the meetings of the components int_event_clusters clustered again (macro
-- reclustered) are built again (dbt replaces them by meeting_id), and the ids of meetings that
-- merged into another are removed first.
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='meeting_id',
    pre_hook="{% if is_incremental() %}delete from {{ this }} where meeting_id not in (select meeting_id from {{ ref('int_event_clusters') }}){% endif %}"
) }}
-- depends_on: {{ ref('stg_new_articles') }}

with events as (
    select * from {{ ref('int_events') }}
),

clusters as (
    select * from {{ ref('int_event_clusters') }}
),

-- The meeting types and their priority (most specific first), shared with the extractor.
meeting_types as (
    select * from {{ ref('meeting_types') }}
),

reports as (
    select
        events.*,
        clusters.meeting_id,
        meeting_types.priority as type_rank,
        (events.date_precision = 'day' and events.date_source is distinct from 'tour_span') as gives_its_own_days
    from events
    inner join clusters using (candidate_id)
    left join meeting_types using (meeting_type)
    {% if is_incremental() %}
        where {{ reclustered('clusters') }}
    {% endif %}
),

-- The finest dates any report gives (a day beats a month beats a year). Day reports together give
-- the span they cover: "arrived on 8 February" and "from 8 to 12 February" are one visit of 8-12
-- February, and "left on Monday" and "the talks on Wednesday" one trip of Monday to Wednesday (the
-- clusters keep only reports that overlap their anchor, or lie within trip_report_gap_days of it
-- for trips and conferences). Among months or years, the narrowest. The days of a tour told for
-- several stops together (date_source 'tour_span': "a five-day Gulf tour that took him to Riyadh,
-- then Abu Dhabi") hold each stop without being its days: they count only when no other report gives
-- the stop's days.
dated as (
    select
        meeting_id,
        case
            when date_precision = 'day'
                then coalesce(
                    min(case when gives_its_own_days then start_date end) over (partition by meeting_id),
                    min(case when date_precision = 'day' then start_date end) over (partition by meeting_id)
                )
            else start_date
        end as start_date,
        case
            when date_precision = 'day'
                then coalesce(
                    max(case when gives_its_own_days then end_date end) over (partition by meeting_id),
                    max(case when date_precision = 'day' then end_date end) over (partition by meeting_id)
                )
            else end_date
        end as end_date,
        date_precision,
        row_number() over (
            partition by meeting_id
            order by
                precision_rank,
                date_diff('day', start_date, end_date) * (case when date_precision = 'day' then -1 else 1 end),
                start_date, candidate_id
        ) as date_choice
    from reports
),

-- The counterpart as the most explicit report names it: a known official first, then any named
-- person, then a report that names the body met; earliest report on ties.
counterparts as (
    select
        meeting_id,
        counterpart_person,
        counterpart_person_latin,
        counterpart_title,
        row_number() over (
            partition by meeting_id
            order by
                counterpart_person_latin is null, counterpart_person is null,
                counterpart_agency is null, counterpart_title is null, ingested_at, candidate_id
        ) as counterpart_choice
    from reports
),

-- The direction most reports give (ties: alphabetical, so two builds always agree); unknown
-- only when no report places the meeting.
directions as (
    select meeting_id, direction
    from reports
    where direction <> 'unknown'
    group by meeting_id, direction
    qualify row_number() over (partition by meeting_id order by count(*) desc, direction) = 1
),

summarized as (
    select
        meeting_id,
        any_value(country_iso2) as country_iso2,
        any_value(region) as region,
        -- The most specific kind any report gives; a visit with a signing stays a visit.
        arg_min(meeting_type, type_rank) as meeting_type,
        min(counterpart_agency) as counterpart_org_code,
        min(organization_code) as organization_code,
        min(principal_id) as principal_id,
        string_agg(
            distinct coalesce(counterpart_person, counterpart_text), ' | '
            order by coalesce(counterpart_person, counterpart_text)
        ) as counterpart_names,
        count(distinct article_id)::integer as source_count,
        count(*)::integer as report_count
    from reports
    group by meeting_id
),

final as (
    select
        summarized.meeting_id,
        dated.start_date,
        dated.end_date,
        dated.date_precision,
        -- A visit goes the way the meeting does: reports of one day from both sides may call it a
        -- visit to Morocco and a visit abroad.
        case
            when summarized.meeting_type in ('hosted_visit', 'visit_abroad') and directions.direction = 'hosted'
                then 'hosted_visit'
            when summarized.meeting_type in ('hosted_visit', 'visit_abroad') and directions.direction = 'abroad'
                then 'visit_abroad'
            else summarized.meeting_type
        end as meeting_type,
        summarized.country_iso2,
        coalesce(directions.direction, 'unknown') as direction,
        summarized.source_count,
        summarized.report_count,
        summarized.region,
        summarized.principal_id,
        counterparts.counterpart_person,
        counterparts.counterpart_person_latin,
        counterparts.counterpart_title,
        summarized.counterpart_org_code,
        -- Kept for SQL written before counterpart_org_code: the same value.
        summarized.counterpart_org_code as counterpart_agency,
        summarized.organization_code,
        summarized.counterpart_names,
        extract(year from dated.start_date)::integer as meeting_year
    from summarized
    inner join dated on dated.meeting_id = summarized.meeting_id and dated.date_choice = 1
    inner join counterparts
        on counterparts.meeting_id = summarized.meeting_id and counterparts.counterpart_choice = 1
    left join directions on directions.meeting_id = summarized.meeting_id
)

select * from final
