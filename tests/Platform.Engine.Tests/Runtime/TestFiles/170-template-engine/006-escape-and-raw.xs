// Output is not escaped automatically (templates make prompts, SQL and JSON as often as HTML); |escape (|e)
// escapes HTML on request, |raw leaves text as it is, |striptags and |nl2br work on HTML text.
task template_escape {
  stack {
    var $comment {
      value = "<script>alert('x')</script> & \"quotes\"\nsecond line"
    }
    util.template_engine {
      value = """
        plain: {{ $var.comment }}
        escaped: {{ $var.comment|e }}
        raw: {{ $var.comment|raw|striptags|nl2br }}
        url: {{ "a b/c?d=é"|url_encode }} {{ {q: "x y", page: 2}|url_encode }}
        """
    } as $text
    return {
      value = $text
    }
  }
}
