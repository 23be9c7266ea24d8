// named: readmission-gaps
