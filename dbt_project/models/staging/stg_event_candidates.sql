with source as (
    select * from {{ source('extracted', 'event_candidates') }}
),

renamed as (
    select
        candidate_id,
        article_id,
        sentence_index,
        char_start,
        char_end,
        evidence_text,
        sentence_text,
        date_text,
        date_source,
        start_date,
        end_date,
        date_precision,
        case date_precision when 'day' then 0 when 'month' then 1 else 2 end as precision_rank,
        partial_day_start,
        partial_day_end,
        named_weekday,
        named_month,
        meeting_type,
        direction,
        country_iso2,
        counterpart_agency,
        counterpart_text,
        counterpart_person,
        counterpart_person_latin,
        counterpart_title,
        organization_code,
        principal_id,
        principal_role,
        trigger_word,
        is_new_engagement,
        is_event,
        reject_reason
    from source
)

select * from renamed
