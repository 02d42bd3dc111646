#include "exporttestsupport.h"

#include "services/letterexport.h"
#include "services/pdfmetadata.h"

#include "core/composer.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

using namespace amends;

namespace {

QString writePdf(const QTemporaryDir &dir, const core::Draft &draft, const services::ExportOptions &options = {})
{
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    const QString error = services::exportLetterToFile(draft, core::composeLetter(draft), path, options);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return path;
}

QString pdfText(const QString &path)
{
    return QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}).out);
}

QString pdfInfo(const QString &path, const QStringList &extra = {})
{
    return QString::fromUtf8(test::runTool(QStringLiteral("pdfinfo"), extra + QStringList{path}).out);
}

} // namespace

TEST(PdfExport_SampleLetter, PdftotextShowsTheCustomerAndTheAmounts)
{
    QTemporaryDir dir;
    const QString text = pdfText(writePdf(dir, test::sampleDraft()));
    EXPECT_TRUE(text.contains(QStringLiteral("Zoë Müller-Łukasik"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("£59.90")));
    EXPECT_TRUE(text.contains(QStringLiteral("INV-77812")));
    EXPECT_TRUE(text.contains(QStringLiteral("Northwind Énergie")));
    EXPECT_TRUE(text.contains(QStringLiteral("19 November 2026")));
    EXPECT_FALSE(text.contains(QStringLiteral("Page 1 of"))) << "a one-page letter carries no page number";
}

TEST(PdfExport_SampleLetter, EmbedsEveryFontAndPassesQpdfCheck)
{
    QTemporaryDir dir;
    const QString path = writePdf(dir, test::sampleDraft());
    const test::ToolResult fonts = test::runTool(QStringLiteral("pdffonts"), {path});
    ASSERT_EQ(fonts.exitCode, 0);
    const QStringList lines = QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(lines.isEmpty()) << "no fonts: the text would not be selectable";
    for (const QString &line : lines) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name, type (one or two words), encoding, emb, sub, uni, object, generation
        EXPECT_EQ(columns.value(columns.size() - 5), QStringLiteral("yes")) << line.toStdString();
    }
    const test::ToolResult check = test::runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
}

TEST(PdfExport_Metadata, SetsTitleAuthorAndSubjectInInfoAndXmp)
{
    QTemporaryDir dir;
    const QString path = writePdf(dir, test::sampleDraft());
    const QString info = pdfInfo(path);
    EXPECT_TRUE(info.contains(QStringLiteral("Title:           Your invoice INV-77812: refund of £59.90"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Author:          José Álvarez")));
    EXPECT_TRUE(info.contains(QStringLiteral("Subject:"))
                && info.contains(QStringLiteral("Zoë Müller-Łukasik")) && info.contains(QStringLiteral("CASE-2026-0042")));
    const QString xmp = pdfInfo(path, {QStringLiteral("-meta")});
    EXPECT_TRUE(xmp.contains(QStringLiteral("<rdf:li>José Álvarez</rdf:li>"))) << xmp.toStdString();
}

TEST(PdfExport_PaperSize, FollowsTheLetterLanguageOrTheSetting)
{
    QTemporaryDir dir;
    core::Draft draft = test::sampleDraft();
    EXPECT_TRUE(pdfInfo(writePdf(dir, draft)).contains(QStringLiteral("(A4)")));
    draft.language = QStringLiteral("en-US");
    EXPECT_TRUE(pdfInfo(writePdf(dir, draft)).contains(QStringLiteral("(letter)")));
    services::ExportOptions options;
    options.paper = core::PaperSize::A4;
    EXPECT_TRUE(pdfInfo(writePdf(dir, draft, options)).contains(QStringLiteral("(A4)")));
}

TEST(PdfExport_LongLetter, NumbersItsPages)
{
    QTemporaryDir dir;
    core::Draft draft = test::sampleDraft();
    QStringList paragraphs;
    for (int i = 0; i < 30; ++i)
        paragraphs.append(QStringLiteral("We checked every charge on your account, one by one, to be sure nothing else was wrong (%1).").arg(i));
    draft.setSection(core::Section::Explanation, paragraphs.join(QLatin1String("\n\n")));
    const QString path = writePdf(dir, draft);
    const QString info = pdfInfo(path);
    const qsizetype at = info.indexOf(QStringLiteral("Pages:"));
    const int pages = info.mid(at + 6, 20).trimmed().section(QLatin1Char('\n'), 0, 0).toInt();
    ASSERT_GE(pages, 2) << info.toStdString();
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

TEST(PdfExport_Archival, DeclaresPdfA1bAndStaysValid)
{
    QTemporaryDir dir;
    services::ExportOptions options;
    options.archival = true;
    const QString path = writePdf(dir, test::sampleDraft(), options);
    const QString xmp = pdfInfo(path, {QStringLiteral("-meta")});
    EXPECT_TRUE(xmp.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>"))) << xmp.toStdString();
    EXPECT_TRUE(xmp.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    EXPECT_TRUE(test::readBytes(path).contains("/OutputIntents"));
    EXPECT_EQ(test::runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).exitCode, 0);
}

TEST(PdfExport_Logo, PutsTheLetterheadImageOnThePage)
{
    QTemporaryDir dir;
    QImage logo(240, 80, QImage::Format_RGB32);
    logo.fill(QColor(0x1d, 0x3d, 0x5c));
    const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
    ASSERT_TRUE(logo.save(logoPath));
    services::ExportOptions options;
    options.logoPath = logoPath;
    const QString path = writePdf(dir, test::sampleDraft(), options);
    const QString images = QString::fromUtf8(test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).out);
    EXPECT_EQ(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3) << images.toStdString();

    options.logoPath = dir.filePath(QStringLiteral("missing.png"));
    const QString error = services::exportLetterToFile(test::sampleDraft(), core::composeLetter(test::sampleDraft()), dir.filePath(QStringLiteral("b.pdf")), options);
    EXPECT_TRUE(error.contains(QStringLiteral("missing.png")));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("b.pdf"))));
}

TEST(PdfMetadata_Info, HexEncodesValuesSoNoneCanEndTheDictionary)
{
    services::PdfMetadata metadata;
    metadata.title = QStringLiteral("A) >> /Author (x");
    metadata.created = QDateTime(QDate(2026, 11, 19), QTime(10, 0), Qt::UTC);
    const QByteArray pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\nxref\n0 2\ntrailer\n<<\n/Size 2\n/Info 1 0 R\n/Root 1 0 R\n>>\nstartxref\n9\n%%EOF\n";
    const QByteArray updated = services::withDocumentInfo(pdf, metadata);
    EXPECT_TRUE(updated.startsWith(pdf));
    EXPECT_FALSE(updated.mid(pdf.size()).contains("(x"));
    EXPECT_TRUE(updated.contains("/Prev 9"));
    EXPECT_TRUE(updated.contains("/CreationDate (D:20261119100000Z)"));
}
