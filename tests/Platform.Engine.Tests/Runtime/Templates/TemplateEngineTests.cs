using Platform.Engine.Runtime.Templates;

namespace Platform.Engine.Tests.Runtime.Templates;

/// <summary>What the Twig subset renders (docs/template-engine.md), one case per feature.</summary>
public sealed class TemplateEngineTests
{
    private static string Render(string template) => TemplateEngine.Render(template, TestTemplateHost.Standard());

    [Theory]
    // Text, printing and variables
    [InlineData("plain text, no tags", "plain text, no tags")]
    [InlineData("Hello {{ $var.user.name }}!", "Hello ada lovelace!")]
    [InlineData("{{ user.name }} / {{ $user.email }}", "ada lovelace / ada@example.com")]
    [InlineData("{{ user['email'] }} {{ items[1].name }} {{ items.0.name }}", "ada@example.com Book Pen")]
    [InlineData("[{{ missing }}][{{ user.missing.deeper }}][{{ nothing }}]", "[][][]")]
    [InlineData("{{ true }}|{{ false }}|{{ 1.50 }}|{{ 7 }}", "1||1.5|7")]
    [InlineData("{{ user.tags }}", "[\"math\",\"poetry\"]")]
    [InlineData("{{ 'single' ~ \" and double\" }}", "single and double")]
    [InlineData("{# a comment #}kept{# another\nover lines #}", "kept")]
    // Operators
    [InlineData("{{ 1 + 2 * 3 }} {{ (1 + 2) * 3 }} {{ 7 // 2 }} {{ 7 % 3 }} {{ 2 ** 10 }}", "7 9 3 1 1024")]
    [InlineData("{{ count ~ ' items' }}", "3 items")]
    [InlineData("{{ nothing ?? 'fallback' }} {{ user.name ?? 'x' }}", "fallback ada lovelace")]
    [InlineData("{{ count > 2 ? 'many' : 'few' }} {{ zero ?: 'none' }} {{ count ? 'yes' }}", "many none yes")]
    [InlineData("{{ 'math' in user.tags ? 'y' : 'n' }}{{ 'art' not in user.tags ? 'y' : 'n' }}{{ 'love' in user.name ? 'y' : 'n' }}", "yyy")]
    [InlineData("{{ -count }} {{ not true ? 'a' : 'b' }}", "-3 b")]
    [InlineData("{{ not 1 == 2 ? 'y' : 'n' }} {{ not (1 == 2) ? 'y' : 'n' }} {{ -3|abs }} {{ (-3)|abs }}", "n y -3 3")]
    [InlineData("{{ not missing is defined ? 'undefined' }} {{ 2 + 3 ** 2 }} {{ nothing ?? zero ?? 5 }}", "undefined 11 0")]
    [InlineData("{% for i in 1..3 %}{{ i }}{% endfor %}", "123")]
    [InlineData("{{ {a: 1, 'b': [1, 2]}|json_encode }}", "{\"a\":1,\"b\":[1,2]}")]
    // if / elseif / else, and, or, not, tests
    [InlineData("{% if user.vip %}VIP{% else %}regular{% endif %}", "VIP")]
    [InlineData("{% if count > 5 %}a{% elseif count > 2 %}b{% else %}c{% endif %}", "b")]
    [InlineData("{% if count > 5 or user.vip and not zero %}yes{% endif %}", "yes")]
    [InlineData("{% if user.address is null %}no address{% endif %}", "no address")]
    [InlineData("{% if missing is defined %}a{% else %}b{% endif %}{% if user.address is defined %}c{% endif %}{% if user.zip is not defined %}d{% endif %}", "bcd")]
    [InlineData("{% if none_left is empty %}empty{% endif %}{% if zero is empty %}!{% endif %}{% if count is odd %} odd{% endif %}", "empty odd")]
    [InlineData("{% if count == '3' %}loose{% endif %}", "loose")]
    // for loops
    [InlineData("{% for item in items %}{{ loop.index }}.{{ item.name }}{% if not loop.last %}, {% endif %}{% endfor %}", "1.Pen, 2.Book")]
    [InlineData("{% for item in items %}{{ loop.index0 }}{{ loop.first ? 'F' }}{{ loop.length }}{% endfor %}", "0F212")]
    [InlineData("{% for key, value in scores %}{{ key }}={{ value }};{% endfor %}", "b=2;a=1;c=3;")]
    [InlineData("{% for item in none_left %}x{% else %}nothing here{% endfor %}", "nothing here")]
    [InlineData("{% for row in [[1, 2], [3]] %}{% for n in row %}{{ n }}{% endfor %}|{% endfor %}", "12|3|")]
    [InlineData("{% for x in nothing %}x{% else %}none{% endfor %}", "none")]
    // set
    [InlineData("{% set total = 0 %}{% for item in items %}{% set total = total + item.price * item.qty %}{% endfor %}{{ total }}", "15")]
    [InlineData("{% set greeting = 'Hi ' ~ user.name|title %}{{ greeting }}", "Hi Ada Lovelace")]
    [InlineData("{% set block %}inside {{ count }}{% endset %}[{{ block|upper }}]", "[INSIDE 3]")]
    [InlineData("{% for i in [1] %}{% set inner = 'x' %}{% endfor %}[{{ inner }}]", "[]")]
    // Whitespace control
    [InlineData("a  {{- ' b ' -}}  c", "a b c")]
    [InlineData("<ul>\n  {%- for t in user.tags %}\n  <li>{{ t }}</li>\n  {%- endfor %}\n</ul>", "<ul>  <li>math</li>  <li>poetry</li></ul>")]
    [InlineData("<ul>\n{% for t in user.tags %}\n  <li>{{ t }}</li>\n{% endfor %}\n</ul>", "<ul>\n  <li>math</li>\n  <li>poetry</li>\n</ul>")]
    [InlineData("{% if true %}\nline\n{% endif %}\nend", "line\nend")]
    [InlineData("x  {%~ if true ~%}  \n y{% endif %}", "x\n y")]
    public void Render_Template_GivesText(string template, string expected) => Assert.Equal(expected, Render(template));

    [Theory]
    [InlineData("{{ user.name|upper }}|{{ 'ABC'|lower }}", "ADA LOVELACE|abc")]
    [InlineData("{{ 'hello WORLD'|capitalize }}|{{ 'hello WORLD-wide'|title }}", "Hello world|Hello World-Wide")]
    [InlineData("[{{ padded|trim }}][{{ '--x--'|trim('-') }}][{{ padded|trim(null, 'left') }}]", "[padded][x][padded  ]")]
    [InlineData("{{ user.name|length }} {{ items|length }} {{ scores|length }} {{ nothing|length }}", "12 2 3 0")]
    [InlineData("{{ user.tags|join(', ') }}|{{ [1, 2, 3]|join(', ', ' and ') }}|{{ [1, 2]|join }}", "math, poetry|1, 2 and 3|12")]
    [InlineData("{{ nothing|default('n/a') }} {{ ''|default('empty') }} {{ zero|default('x') }} {{ missing|default('m') }}", "n/a empty 0 m")]
    [InlineData("{{ html|escape }}|{{ html|e('html') }}|{{ 'a b&c'|e('url') }}", "&lt;b&gt;Hi &amp; &#039;you&#039;&lt;/b&gt;|&lt;b&gt;Hi &amp; &#039;you&#039;&lt;/b&gt;|a%20b%26c")]
    [InlineData("{{ html }}|{{ html|raw }}", "<b>Hi & 'you'</b>|<b>Hi & 'you'</b>")]
    [InlineData("{{ user|json_encode }}", "{\"name\":\"ada lovelace\",\"email\":\"ada@example.com\",\"vip\":true,\"tags\":[\"math\",\"poetry\"],\"address\":null}")]
    [InlineData("{{ when|date('Y-m-d H:i:s') }}|{{ when|date }}|{{ when|date('D, jS M y g:ia', 'Europe/Paris') }}", "2025-01-15 10:30:00|January 15, 2025 10:30|Wed, 15th Jan 25 11:30am")]
    [InlineData("{{ '2024-02-29'|date('l N t L') }}|{{ nothing|date('c') }}|{{ when|date('U') }}", "Thursday 4 29 1|2025-01-15T10:30:00+00:00|1736937000")]
    [InlineData("{{ user.tags|first }} {{ user.tags|last }} {{ 'xyz'|first }}{{ 'xyz'|last }} [{{ none_left|first }}]", "math poetry xz []")]
    [InlineData("{{ 'Hello %name%, %name%!'|replace({'%name%': user.name|title}) }}", "Hello Ada Lovelace, Ada Lovelace!")]
    [InlineData("{{ 2.5|round }} {{ -2.5|round }} {{ 3.14159|round(2) }} {{ 3.1|round(0, 'ceil') }} {{ 3.9|round(0, 'floor') }}", "3 -3 3.14 4 3")]
    [InlineData("{{ 1234567.891|number_format }}|{{ 1234567.891|number_format(2) }}|{{ 1234.5|number_format(2, ',', '.') }}|{{ -0.5|number_format }}", "1,234,568|1,234,567.89|1.234,50|-1")]
    [InlineData("{{ -5|abs }} {{ (0 - 2.5)|abs }}", "-5 2.5")]
    [InlineData("{{ scores|keys|join(',') }} {{ user.tags|keys|join(',') }}", "b,a,c 0,1")]
    [InlineData("{{ [3, 1, 2]|sort|join }} {{ scores|sort|keys|join }}", "123 abc")]
    [InlineData("{{ [1, 2, 3]|reverse|join }} {{ 'abc'|reverse }}", "321 cba")]
    [InlineData("{{ [1, 2, 3, 4, 5]|slice(1, 2)|join }} {{ 'abcdef'|slice(-2) }} {{ 'abcdef'|slice(1, -1) }}", "23 ef bcde")]
    [InlineData("{{ 'a,b,c'|split(',')|join('|') }} {{ 'a,b,c'|split(',', 2)|last }} {{ 'abcde'|split('', 2)|join('|') }}", "a|b|c b,c ab|cd|e")]
    [InlineData("{{ 'a b&c/d'|url_encode }}|{{ {q: 'x y', page: 2, f: {a: 1} }|url_encode }}", "a%20b%26c%2Fd|q=x%20y&page=2&f%5Ba%5D=1")]
    [InlineData("{{ \"one\ntwo\"|nl2br }}", "one<br />\ntwo")]
    [InlineData("{{ '<p>Hello <b>you</b></p><!-- note -->'|striptags }}", "Hello you")]
    public void Render_Filter_GivesText(string template, string expected) => Assert.Equal(expected, Render(template));
}
