task contextual_keywords {
  stack {
    var $payload {
      value = {input: 1, type: "x", value: 2, if: true, as: "y", in: [1], stack: null}
    }
  }
}
