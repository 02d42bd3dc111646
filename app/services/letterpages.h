#pragma once

#include "core/exportsettings.h"

#include <QImage>
#include <QMarginsF>
#include <QPageSize>

class QLocale;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace amends::services {

/// The paper a letter is laid out on: the same for PDF and print preview.
struct PageSetup {
    QPageSize pageSize{QPageSize::A4};
    QMarginsF margins{22.0, 18.0, 22.0, 16.0}; ///< Left, top, right, bottom in millimetres.
};

/// A4 or US Letter: @p paper when it names one, else what @p locale's country uses.
QPageSize pageSizeFor(core::PaperSize paper, const QLocale &locale);

/// Sets @p device's page size and margins from @p setup.
bool applyPageSetup(QPagedPaintDevice &device, const PageSetup &setup);

/// Lays @p document out on the pages of @p device (its current page layout) and
/// paints them with @p painter, which must be active on @p device. Pages are numbered
/// "Page N of M" at the foot when the letter runs past one page. Returns the number
/// of pages.
int paintLetterPages(QTextDocument &document, QPagedPaintDevice &device, QPainter &painter);

} // namespace amends::services
