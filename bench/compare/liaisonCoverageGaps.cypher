// named: liaison-coverage-gaps
