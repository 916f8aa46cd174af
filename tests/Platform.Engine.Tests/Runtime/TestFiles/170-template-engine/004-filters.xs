// The common Twig filters on run values.
task template_filters {
  stack {
    var $user {
      value = {name: "ada lovelace", tags: ["math", "poetry", "engines"], balance: 1234567.891, bio: "  likes numbers  "}
    }
    util.template_engine {
      value = """
        {{ $var.user.name|title }} / {{ $var.user.name|upper }} / {{ $var.user.name|capitalize }}
        {{ $var.user.tags|join(", ", " and ") }} ({{ $var.user.tags|length }}, first {{ $var.user.tags|first }}, last {{ $var.user.tags|last }})
        {{ $var.user.tags|sort|reverse|join("|") }} / {{ $var.user.tags|slice(1, 1)|join }}
        {{ $var.user.balance|number_format(2) }} / {{ $var.user.balance|round(1) }} / {{ (-3)|abs }}
        [{{ $var.user.bio|trim }}] [{{ $var.user.nickname|default("no nickname") }}]
        {{ "a-b-c"|split("-")|join("+") }} / {{ "Hi NAME"|replace({"NAME": $var.user.name|title}) }}
        {{ $var.user|keys|join(",") }}
        """
    } as $text
    return {
      value = $text
    }
  }
}
