-- One row per person met, however the articles spell the name.
with events as (
    select * from {{ ref('int_events') }}
),

clusters as (
    select * from {{ ref('int_event_clusters') }}
),

reports as (
    select events.*, clusters.meeting_id
    from events
    inner join clusters using (candidate_id)
    where events.counterpart_person_key is not null
),

final as (
    select
        counterpart_person_key,
        min(counterpart_person_latin) as name_latin,
        string_agg(distinct counterpart_person, ' | ' order by counterpart_person) as names_ar,
        string_agg(distinct counterpart_title, ' | ' order by counterpart_title) as titles,
        min(counterpart_agency) as org_code,
        min(country_iso2) as country_iso2,
        count(distinct meeting_id)::integer as meeting_count,
        count(distinct article_id)::integer as article_count,
        min(start_date) as first_met,
        max(end_date) as last_met
    from reports
    group by counterpart_person_key
)

select * from final
