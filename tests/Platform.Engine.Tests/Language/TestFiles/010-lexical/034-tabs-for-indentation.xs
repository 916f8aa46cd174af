task tabbed {
	stack {
		var $count {
			value = 1
		}
	}
}
