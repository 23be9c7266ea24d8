// How a SeizureTotal names its place, the one home of the format: the place's label and business
// key, 'State:EC', 'Port:BEANR', 'TraffickingRoute:r-1' (GraphModel.DERIVED). The refresh stores
// totals under it and every analysis looks them up by it; with an empty key, the prefix of a label's
// totals.
// parameters: label, key
{label} + ':' + {key}
