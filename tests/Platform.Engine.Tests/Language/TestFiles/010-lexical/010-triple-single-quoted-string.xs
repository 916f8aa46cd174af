task triple_single_quoted {
  stack {
    var $template {
      value = '''
        Hello {{ name }},
        it's "quoted" here
        '''
    }
  }
}
