// named: country-priorities
