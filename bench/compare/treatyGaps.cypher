// named: treaty-gaps-bilateral
