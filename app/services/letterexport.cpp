#include "letterexport.h"

#include "documentexport.h"
#include "followupreminder.h"

#include "core/atomicfile.h"
#include "core/composer.h"
#include "core/formatting.h"
#include "core/lettersize.h"
#include "core/settings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>

namespace amends::services {

namespace {

struct LetterExportText {
    Q_DECLARE_TR_FUNCTIONS(amends::services::LetterExport)
};

QString documentSubject(const core::Draft &draft)
{
    return LetterExportText::tr("Apology letter to %1, case %2").arg(draft.customer.name, draft.caseDetails.reference);
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return ExportFormat::Pdf;
    if (suffix == u"odt")
        return ExportFormat::Odt;
    if (suffix == u"html" || suffix == u"htm")
        return ExportFormat::Html;
    if (suffix == u"txt")
        return ExportFormat::PlainText;
    if (suffix == u"eml")
        return ExportFormat::Email;
    if (suffix == u"ics")
        return ExportFormat::Calendar;
    return std::nullopt;
}

ExportOptions exportOptionsFrom(const core::Settings &settings)
{
    ExportOptions options;
    options.paper = settings.paperSize();
    options.logoPath = settings.letterheadLogo();
    options.archival = settings.pdfArchival();
    return options;
}

std::optional<PdfOptions> pdfOptionsFor(const core::Draft &draft, const ExportOptions &options, QString *error)
{
    PdfOptions pdf;
    pdf.page.pageSize = pageSizeFor(options.paper, core::letterLocale(draft.language));
    pdf.archival = options.archival;
    pdf.author = draft.sender.name;
    pdf.subject = documentSubject(draft);
    pdf.created = options.now;
    if (!options.logoPath.isEmpty()) {
        QImageReader reader(options.logoPath);
        pdf.logo = reader.read();
        if (pdf.logo.isNull()) {
            if (error)
                *error = LetterExportText::tr("The letterhead logo \"%1\" cannot be read (%2). Choose another one in Preferences.")
                             .arg(options.logoPath, reader.errorString());
            return std::nullopt;
        }
    }
    return pdf;
}

QString pdfFileName(const core::Draft &draft)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x{0}-\\x{1f}\\x{7f}]+"));
    QString name = LetterExportText::tr("Letter to %1 (%2)").arg(draft.customer.name, draft.caseDetails.reference);
    name.replace(unsafe, QStringLiteral(" "));
    return name.simplified() + QLatin1String(".pdf");
}

EmailMessage letterEmail(const core::Draft &draft, const QByteArray &pdf, const QDateTime &date)
{
    return letterEmail(draft, core::composeLetter(draft), pdf, date);
}

EmailMessage letterEmail(const core::Draft &draft, const core::ComposedLetter &letter, const QByteArray &pdf,
                         const QDateTime &date)
{
    EmailMessage message;
    message.fromName = draft.sender.name;
    message.fromAddress = draft.sender.email.isEmpty() ? draft.company.email : draft.sender.email;
    message.toName = draft.customer.name;
    message.toAddress = draft.customer.email;
    message.subject = letter.subject;
    message.plainText = core::renderPlainText(letter);
    message.html = core::renderHtml(letter);
    message.pdf = pdf;
    message.pdfFileName = pdfFileName(draft);
    message.date = date;
    return message;
}

ExportResult exportLetter(const core::Draft &draft, ExportFormat format, const ExportOptions &options)
{
    return exportLetter(draft, core::composeLetter(draft), format, options);
}

ExportResult exportLetter(const core::Draft &draft, const core::ComposedLetter &letter, ExportFormat format,
                          const ExportOptions &options)
{
    ExportResult result;
    if (result.error = core::letterSizeError({}, core::letterSize(draft)); !result.error.isEmpty())
        return result;
    switch (format) {
    case ExportFormat::Html: result.data = core::renderHtml(letter).toUtf8(); break;
    case ExportFormat::PlainText: result.data = core::renderPlainText(letter).toUtf8(); break;
    case ExportFormat::Odt: result.data = writeLetterOdt(letter, &result.error); break;
    case ExportFormat::Calendar: result.data = buildFollowUpReminder(draft, options.now.toUTC(), &result.error); break;
    case ExportFormat::Pdf:
    case ExportFormat::Email: {
        const std::optional<PdfOptions> pdfOptions = pdfOptionsFor(draft, options, &result.error);
        if (pdfOptions)
            result.data = writeLetterPdf(letter, *pdfOptions, &result.error);
        if (format == ExportFormat::Email && !result.data.isEmpty())
            result.data = buildEmail(letterEmail(draft, letter, result.data, options.now), &result.error);
        break;
    }
    }
    return result;
}

QString exportLetterToFile(const core::Draft &draft, const core::ComposedLetter &letter, const QString &path,
                           const ExportOptions &options)
{
    const std::optional<ExportFormat> format = exportFormatForPath(path);
    if (!format)
        return LetterExportText::tr("\"%1\" has no known file type; use .pdf, .odt, .html, .txt, .eml or .ics.").arg(QFileInfo(path).fileName());
    const ExportResult result = exportLetter(draft, letter, *format, options);
    if (result.data.isEmpty())
        return result.error.isEmpty() ? LetterExportText::tr("Nothing could be exported.") : result.error;
    QString error;
    core::AtomicFile::write(path, result.data, &error);
    return error;
}

} // namespace amends::services
