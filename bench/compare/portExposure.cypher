// named: port-exposure
