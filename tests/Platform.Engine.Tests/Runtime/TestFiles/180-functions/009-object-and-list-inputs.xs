// An object input with a schema binds its fields like inputs (names in messages are paths); a list converts each
// element and its [min:max] bounds its length.
task object_and_list_inputs {
  stack {
    function.run ship {
      input = {address: {street: " 1 Main St ", city: "Leeds", zip: null, geo: {lat: "53.8", lng: -1.55}}, box_ids: ["7", 8]}
    } as $shipped
    debug.log {
      value = $shipped
    }
    try_catch {
      try {
        function.run ship {
          input = {address: {street: "x", city: "y", geo: {lat: "north", lng: 0}}, box_ids: [1]}
        }
      }
      catch {
        debug.log {
          value = $error.message
        }
      }
    }
    try_catch {
      try {
        function.run ship {
          input = {address: {street: "x"}, box_ids: [1]}
        }
      }
      catch {
        debug.log {
          value = $error.message
        }
      }
    }
    function.run ship {
      input = {address: {street: "x", city: "y"}, box_ids: [1, 2, 3, 4]}
    }
  }
}
