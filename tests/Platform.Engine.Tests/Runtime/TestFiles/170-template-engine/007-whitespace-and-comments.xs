// {# comments #} print nothing; {%- and -%} (and {{- -}}) trim whitespace on their side; the first newline after
// a %} is dropped, so tags on their own lines leave no blank lines.
task template_whitespace {
  stack {
    var $tags {
      value = ["a", "b", "c"]
    }
    util.template_engine {
      value = """
        {# a list on one line #}
        tags: {% for t in $var.tags -%}
            {{ t }}{% if not loop.last %},{% endif %}
        {%- endfor %}

        [  {{- "tight" -}}  ]
        """
    } as $text
    return {
      value = $text
    }
  }
}
