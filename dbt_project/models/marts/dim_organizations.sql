-- One row per body of the reviewed organisations seed, with how often it was met.
with organizations as (
    select * from {{ ref('stg_organizations') }}
),

meetings as (
    select * from {{ ref('fct_meetings') }}
),

met as (
    select counterpart_org_code as org_code, count(*)::integer as meeting_count
    from meetings
    where counterpart_org_code is not null
    group by counterpart_org_code
),

convened as (
    select organization_code as org_code, count(*)::integer as multilateral_count
    from meetings
    where organization_code is not null
    group by organization_code
),

final as (
    select
        organizations.org_code,
        organizations.org_name_en,
        organizations.org_name_ar,
        organizations.org_names_ar,
        organizations.org_kind,
        organizations.country_iso2,
        organizations.is_international,
        organizations.reference_source,
        organizations.meets_in_iso2,
        organizations.part_of_org_code,
        coalesce(met.meeting_count, 0) as meeting_count,
        coalesce(convened.multilateral_count, 0) as multilateral_count
    from organizations
    left join met using (org_code)
    left join convened using (org_code)
)

select * from final
