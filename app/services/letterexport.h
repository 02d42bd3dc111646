#pragma once

#include "emailmessage.h"
#include "pdfexport.h"

#include "core/composer.h"
#include "core/draft.h"
#include "core/exportsettings.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace amends::core {
class Settings;
}

namespace amends::services {

enum class ExportFormat { Pdf, Odt, Html, PlainText, Email, Calendar };

/// The format a file name asks for by its suffix (.pdf .odt .html .txt .eml .ics,
/// any case); none for another suffix.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

/// The user's choices that shape exported letters.
struct ExportOptions {
    core::PaperSize paper = core::PaperSize::FromLocale;
    QString logoPath;
    bool archival = false;
    QDateTime now = QDateTime::currentDateTime();
};

ExportOptions exportOptionsFrom(const core::Settings &settings);

/// PDF settings for @p draft: paper, logo, document properties. Sets @p error (and
/// returns nullopt) when the logo file cannot be read.
std::optional<PdfOptions> pdfOptionsFor(const core::Draft &draft, const ExportOptions &options, QString *error);

/// The draft email to the customer, From the sender, with the letter as text, HTML
/// and the attached @p pdf. @p letter is the draft's composed letter.
EmailMessage letterEmail(const core::Draft &draft, const core::ComposedLetter &letter, const QByteArray &pdf,
                         const QDateTime &date);
/// The same, composing the letter first.
EmailMessage letterEmail(const core::Draft &draft, const QByteArray &pdf, const QDateTime &date);

/// A file name for the letter's PDF, e.g. "Letter to Zoë Müller (CASE-1).pdf".
QString pdfFileName(const core::Draft &draft);

struct ExportResult {
    QByteArray data;
    QString error; ///< Plain-language reason when data is empty.
};

/// The letter in @p format: @p letter, the draft's composed letter, rendered (the PDF
/// once, also for the email). PDF and email need a QGuiApplication (fonts).
ExportResult exportLetter(const core::Draft &draft, const core::ComposedLetter &letter, ExportFormat format,
                          const ExportOptions &options);
/// The same, composing the letter first.
ExportResult exportLetter(const core::Draft &draft, ExportFormat format, const ExportOptions &options);

/// Exports to @p path by its suffix and writes atomically: on any failure no file is
/// left at @p path (nor a partial one) and an existing file is unchanged. Returns an
/// empty string on success, else the reason.
QString exportLetterToFile(const core::Draft &draft, const core::ComposedLetter &letter, const QString &path,
                           const ExportOptions &options);

} // namespace amends::services
