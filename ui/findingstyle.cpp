#include "findingstyle.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

namespace amends::ui {

QColor spellingColor()
{
    return QColor(0xd9, 0x1e, 0x18);
}

QColor findingColor(const QString &category)
{
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("blame-shifting"), QColor(0xd9, 0x48, 0x0f)},
        {QStringLiteral("non-apology"), QColor(0x86, 0x2e, 0x9c)},
        {QStringLiteral("defensive"), QColor(0xc2, 0x25, 0x5c)},
        {QStringLiteral("passive-evasion"), QColor(0x5f, 0x3d, 0xc4)},
        {QStringLiteral("jargon"), QColor(0x19, 0x71, 0xc2)},
        {QStringLiteral("cliche"), QColor(0x2b, 0x8a, 0x3e)},
        {QStringLiteral("placeholder"), QColor(0xa6, 0x1e, 0x4d)},
        {QStringLiteral("personalization"), QColor(0x0c, 0x85, 0x99)},
        {QStringLiteral("tone"), QColor(0xe6, 0x77, 0x00)},
        {QStringLiteral("promptness"), QColor(0xe6, 0x77, 0x00)},
        {QStringLiteral("missing-section"), QColor(0x9c, 0x36, 0xb5)},
        // A wrong amount or date is the worst a letter about a bill can say: never grey.
        {QStringLiteral("facts"), QColor(0xc9, 0x2a, 0x2a)},
        // The red of the editors' spelling squiggle (ProofreadingHighlighter).
        {QStringLiteral("spelling"), spellingColor()},
        {QStringLiteral("readability"), QColor(0x3b, 0x5b, 0xdb)},
        {QStringLiteral("length"), QColor(0x5c, 0x94, 0x0d)},
    };
    return colors.value(category, QColor(0x86, 0x8e, 0x96));
}

QIcon severityIcon(core::Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case core::Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case core::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case core::Severity::Suggestion: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace amends::ui
