// named: treaty-gaps
