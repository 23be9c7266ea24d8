// named: routes-between
// bound: 4
