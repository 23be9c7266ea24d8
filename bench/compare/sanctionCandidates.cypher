// named: sanction-candidates
