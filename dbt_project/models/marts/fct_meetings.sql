-- One row per real-world engagement, however many articles report it.
with reports as (
    select
        events.*,
        clusters.meeting_id,
        case events.meeting_type
            when 'honor' then 1 when 'conference' then 2 when 'hosted_visit' then 3
            when 'visit_abroad' then 3 when 'agreement' then 4 else 5
        end as type_rank
    from {{ ref('int_events') }} as events
    inner join {{ ref('int_event_clusters') }} as clusters using (candidate_id)
),

-- The finest dates any report gives (a day beats a month beats a year), narrowest first.
dated as (
    select
        meeting_id, start_date, end_date, date_precision,
        row_number() over (
            partition by meeting_id
            order by precision_rank, date_diff('day', start_date, end_date), start_date, candidate_id
        ) as date_choice
    from reports
),

summarized as (
    select
        meeting_id,
        any_value(country_iso2) as country_iso2,
        any_value(region) as region,
        -- The most specific kind any report gives; a visit with a signing stays a visit.
        arg_min(meeting_type, type_rank) as meeting_type,
        coalesce(mode(direction) filter (where direction <> 'unknown'), 'unknown') as direction,
        min(counterpart_agency) as counterpart_agency,
        string_agg(distinct counterpart_text, ' | ' order by counterpart_text) as counterpart_names,
        count(distinct article_id)::integer as source_count,
        count(*)::integer as report_count
    from reports
    group by meeting_id
)

select
    summarized.meeting_id,
    dated.start_date,
    dated.end_date,
    dated.date_precision,
    summarized.meeting_type,
    summarized.country_iso2,
    summarized.direction,
    summarized.source_count,
    summarized.report_count,
    summarized.region,
    summarized.counterpart_agency,
    summarized.counterpart_names,
    extract(year from dated.start_date)::integer as meeting_year
from summarized
inner join dated on dated.meeting_id = summarized.meeting_id and dated.date_choice = 1
