#pragma once

#include <QString>

namespace amends::bench {

/// About @p characters of English letter text for spelling benchmarks: paragraphs of
/// the scenario letters and their ready phrases, filled with the scenarios' sample
/// cases, mixed with sentences holding common misspellings. Most words repeat, as in a
/// real set of letters. The same size always gives the same text.
QString spellingCorpus(qsizetype characters);

} // namespace amends::bench
