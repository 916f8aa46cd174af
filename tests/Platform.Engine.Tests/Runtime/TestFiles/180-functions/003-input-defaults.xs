// Defaults fill inputs that are missing or null: a bare word is text, now is the run's clock. An optional input
// without a default stays absent.
task input_defaults {
  stack {
    function.run search {
      input = {query: "books"}
    } as $defaults
    debug.log {
      value = $defaults
    }
    function.run search {
      input = {query: "books", page: 3, sort: "desc", archived: null}
    } as $given
    return {
      value = $given
    }
  }
}
