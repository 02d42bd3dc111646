#pragma once

#include "lettercheck.h"

#include <QByteArray>
#include <QList>

namespace amends::services {

/// `check --format checkstyle`: the XML that Checkstyle writes and many code-review and
/// CI tools read — `<checkstyle version="4.3">`, a `<file name>` per letter and an
/// `<error line column severity message source>` per finding (severity `error`,
/// `warning` or `info`; source the rule id). Lines and columns are those of the text
/// output (columns in code points); a draft's refer to its composed letter.
QByteArray checkstyleXml(const QList<CheckOutput> &outputs, core::Severity minimum);

} // namespace amends::services
