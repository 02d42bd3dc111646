#include "letterpages.h"

#include "letterdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace amends::services {

namespace {

// Room kept free at the foot of every page for its number, in points.
constexpr qreal kFooterHeight = 22.0;

bool usesLetterPaper(QLocale::Territory territory)
{
    switch (territory) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::PuertoRico:
        return true;
    default:
        return false;
    }
}

void paintPageNumber(QPainter &painter, const QRectF &body, qreal footerHeight, int page, int pageCount)
{
    QFont font = letterFont();
    font.setPointSizeF(8.5);
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(0x6a, 0x73, 0x7d));
    const QString label = QCoreApplication::translate("amends::services::LetterPages", "Page %1 of %2")
                              .arg(page)
                              .arg(pageCount);
    const QRectF footer(body.left(), body.bottom(), body.width(), footerHeight);
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, label);
    painter.restore();
}

} // namespace

QPageSize pageSizeFor(core::PaperSize paper, const QLocale &locale)
{
    switch (paper) {
    case core::PaperSize::A4: return QPageSize(QPageSize::A4);
    case core::PaperSize::Letter: return QPageSize(QPageSize::Letter);
    case core::PaperSize::FromLocale: break;
    }
    return QPageSize(usesLetterPaper(locale.territory()) ? QPageSize::Letter : QPageSize::A4);
}

bool applyPageSetup(QPagedPaintDevice &device, const PageSetup &setup)
{
    return device.setPageLayout(QPageLayout(setup.pageSize, QPageLayout::Portrait, setup.margins, QPageLayout::Millimeter));
}

int paintLetterPages(QTextDocument &document, QPagedPaintDevice &device, QPainter &painter)
{
    // Lay out in the device's own pixels, as QTextDocument::print does: fonts are
    // measured at the device's resolution, so nothing is rounded at screen resolution.
    document.documentLayout()->setPaintDevice(&device);
    const qreal pointsToPixels = device.logicalDpiY() / 72.0;
    const QRectF paintRect = device.pageLayout().paintRect(QPageLayout::Point);
    const qreal footerHeight = kFooterHeight * pointsToPixels;
    const QSizeF bodySize(paintRect.width() * pointsToPixels, paintRect.height() * pointsToPixels - footerHeight);
    document.setDocumentMargin(0.0);
    document.setPageSize(bodySize);
    const int pageCount = document.pageCount();

    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0.0, -page * bodySize.height());
        const QRectF visible(QPointF(0.0, page * bodySize.height()), bodySize);
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        if (pageCount > 1)
            paintPageNumber(painter, QRectF(QPointF(0.0, 0.0), bodySize), footerHeight, page + 1, pageCount);
    }
    return pageCount;
}

} // namespace amends::services
