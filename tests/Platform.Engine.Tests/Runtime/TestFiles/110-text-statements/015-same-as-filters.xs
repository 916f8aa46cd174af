task same_as_filters {
  stack {
    var $a { value = "xxdataxx" }
    text.trim $a { value = "x" }
    var $b { value = "Hello" }
    text.append $b { value = " there" }
    var $c { value = "Data.CSV" }
    text.iends_with $c { value = ".csv" } as $c_is_csv
    return {
      value = [
        $a == ("xxdataxx"|trim:"x")
        $b == ("Hello"|concat:" there")
        $c_is_csv == ("Data.CSV"|iends_with:".csv")
      ]
    }
  }
}
