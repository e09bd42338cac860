with source as (
    select * from {{ source('extracted', 'tally_claims') }}
),

renamed as (
    select
        claim_id,
        article_id,
        sentence_index,
        char_start,
        char_end,
        evidence_text,
        claim_text,
        scope_type,
        scope_code,
        reported_count,
        is_approximate,
        period_start,
        period_end
    from source
)

select * from renamed
