task map {
  stack {
    var $users {
      value = [{email: "a@x.io"}, {email: "b@x.io"}]
    }
    array.map ($users) {
      by = $this.email
    } as $emails
    debug.log {
      value = $emails
    }
    array.map ($emails) {
      by = $index ~ ":" ~ $this ~ ":" ~ ($parent|count)
    } as $labels
    return {
      value = $labels
    }
  }
}
