-- One row per count an article claims. Claims stay claims: they are never counted as meetings.
with claims as (
    select * from {{ ref('stg_tally_claims') }}
),

final as (
    select
        claim_id,
        article_id,
        scope_type,
        scope_code,
        reported_count,
        is_approximate,
        period_start,
        period_end,
        claim_text,
        evidence_text,
        char_start,
        char_end
    from claims
)

select * from final
