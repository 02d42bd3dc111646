#include "reportlabels.h"

#include "core/reviewworkflow.h"

#include <QCoreApplication>
#include <QMap>

namespace amends::services {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("amends::services::ReportLabels", text);
}

} // namespace

// Same source text and translation context as the window's own names.
QString categoryTitle(const QString &category)
{
    static const QMap<QString, const char *> names = {
        {QStringLiteral("spelling"), QT_TRANSLATE_NOOP("amends::ui::Findings", "Spelling")},
        {QStringLiteral("non-apology"), QT_TRANSLATE_NOOP("amends::ui::Findings", "Non-apology")},
        {QStringLiteral("blame-shifting"), QT_TRANSLATE_NOOP("amends::ui::Findings", "Blame-shifting")},
        {QStringLiteral("defensive"), QT_TRANSLATE_NOOP("amends::ui::Findings", "Defensive")},
        {QStringLiteral("passive-evasion"), QT_TRANSLATE_NOOP("amends::ui::Findings", "Hides who erred")},
        {QStringLiteral("jargon"), QT_TRANSLATE_NOOP("amends::ui::Findings", "Jargon")},
        {QStringLiteral("cliche"), QT_TRANSLATE_NOOP("amends::ui::Findings", "Cliché or wordy")},
        {QStringLiteral("missing-section"), QT_TRANSLATE_NOOP("amends::ui::Findings", "Missing part")},
        {QStringLiteral("placeholder"), QT_TRANSLATE_NOOP("amends::ui::Findings", "Unfilled")},
        {QStringLiteral("personalization"), QT_TRANSLATE_NOOP("amends::ui::Findings", "Personal touch")},
        {QStringLiteral("readability"), QT_TRANSLATE_NOOP("amends::ui::Findings", "Readability")},
        {QStringLiteral("length"), QT_TRANSLATE_NOOP("amends::ui::Findings", "Length")},
        {QStringLiteral("promptness"), QT_TRANSLATE_NOOP("amends::ui::Findings", "Promptness")},
        {QStringLiteral("tone"), QT_TRANSLATE_NOOP("amends::ui::Findings", "Tone")},
    };
    const char *name = names.value(category);
    return name ? QCoreApplication::translate("amends::ui::Findings", name) : category;
}

QString sectionTitle(const QString &sectionKey)
{
    static const QMap<QString, const char *> names = {
        {QStringLiteral("regret"), QT_TRANSLATE_NOOP("amends::ui::SectionPage", "Regret")},
        {QStringLiteral("responsibility"), QT_TRANSLATE_NOOP("amends::ui::SectionPage", "Responsibility")},
        {QStringLiteral("explanation"), QT_TRANSLATE_NOOP("amends::ui::SectionPage", "Explanation")},
        {QStringLiteral("remedy"), QT_TRANSLATE_NOOP("amends::ui::SectionPage", "Remedy")},
        {QStringLiteral("improvement"), QT_TRANSLATE_NOOP("amends::ui::SectionPage", "Improvement")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("amends::ui::SectionPage", "Contact")},
    };
    const char *name = names.value(sectionKey);
    return name ? QCoreApplication::translate("amends::ui::SectionPage", name) : sectionKey;
}

QString reviewStatusTitle(const std::optional<core::ReviewStatus> &status)
{
    return status ? core::ReviewWorkflow::statusDisplayName(*status) : tr("Plain text");
}

QString severityTitle(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Error: return tr("Error");
    case core::Severity::Warning: return tr("Warning");
    case core::Severity::Suggestion: return tr("Suggestion");
    }
    return {};
}

} // namespace amends::services
