// A fact node an analysis row used, as the row lists it: its label, its business key (every label's
// key property, see GraphModel) and its grade.
// parameters: fact
{kind: head(labels({fact})), key: coalesce({fact}.id, {fact}.iso2, {fact}.code, {fact}.locode), grade: {{grade({fact})}}}
