task render_greeting {
  stack {
    var $user {
      value = {name: "Ada"}
    }
    util.template_engine {
      value = """
        Hello {{ $var.user.name }},
        you have {{ $var.unread }} new messages.
        """
    } as $greeting
  }
}
