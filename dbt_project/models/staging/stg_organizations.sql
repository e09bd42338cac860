with organizations as (
    select * from {{ ref('organizations') }}
),

renamed as (
    select
        code as org_code,
        -- INT marks an international body: it has no country.
        nullif(iso2, 'INT') as country_iso2,
        iso2 = 'INT' as is_international,
        kind as org_kind,
        name_en as org_name_en,
        split_part(names_ar, '|', 1) as org_name_ar,
        replace(names_ar, '|', ' | ') as org_names_ar,
        source as reference_source,
        -- Where an international body's own sessions sit when a report names no place (its seat).
        nullif(meets_in, '') as meets_in_iso2,
        -- The body this one belongs to (the UN for its counter-terrorism office): reports naming either may
        -- tell one engagement.
        nullif(part_of, '') as part_of_org_code
    from organizations
)

select * from renamed
