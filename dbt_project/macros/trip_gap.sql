{#- Days two reports of one trip or conference may lie apart (var trip_report_gap_days): outlets
    report different days of a visit abroad or a conference. Other engagements must overlap. -#}
{% macro trip_gap(left, right, right_type_column='meeting_type') -%}
    (case
        when {{ left }}.meeting_type in ('visit_abroad', 'conference')
            and {{ right }}.{{ right_type_column }} in ('visit_abroad', 'conference')
            then {{ var('trip_report_gap_days') }}
        else 0
    end)
{%- endmacro %}
