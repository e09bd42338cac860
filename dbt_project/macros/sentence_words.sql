{#- The distinct words of a sentence, without the short particles (و، في، من) that every sentence
    shares and, when given, the words of the list `without`: what two outlets' copies of one
    dispatch have in common (int_placed_reports). -#}
{% macro sentence_words(column, without=none) -%}
    list_distinct(list_filter(
        regexp_split_to_array({{ column }}, '[^\p{L}\p{N}]+'),
        lambda w: length(w) >= 3{% if without %} and not list_contains({{ without }}, w){% endif %}
    ))
{%- endmacro %}
