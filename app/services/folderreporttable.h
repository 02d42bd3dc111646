#pragma once

#include "folderreport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace amends::services {

/// Small helpers shared by the parts of the folder report page.
namespace reporthtml {
/// Text in the report's translation context.
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(amends::services::FolderReport)
};
QString escaped(const QString &text);
QString number(qsizetype value);
} // namespace reporthtml

/// Parts of the folder report page (folderReportHtml()), escaped HTML.

/// The table of letters in report order: status, score, errors, a count for each of
/// @p categories, missing sections; each file name links to its findings.
QString letterTableHtml(const FolderReport &report, const QStringList &categories);

/// Every letter's findings, errors first, under an anchor per letter ("letter-N", N
/// its 1-based row); empty when no letter has any.
QString letterFindingsHtml(const FolderReport &report);

} // namespace amends::services
