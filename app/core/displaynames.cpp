#include "displaynames.h"

#include "reviewworkflow.h"

#include <QCoreApplication>
#include <QMap>

namespace amends::core {

namespace {

struct DisplayNamesText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::DisplayNames)
};

} // namespace

QString categoryTitle(const QString &category)
{
    static const QMap<QString, const char *> names = {
        {QStringLiteral("spelling"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Spelling")},
        {QStringLiteral("non-apology"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Non-apology")},
        {QStringLiteral("blame-shifting"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Blame-shifting")},
        {QStringLiteral("defensive"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Defensive")},
        {QStringLiteral("passive-evasion"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Hides who erred")},
        {QStringLiteral("jargon"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Jargon")},
        {QStringLiteral("cliche"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Cliché or wordy")},
        {QStringLiteral("missing-section"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Missing part")},
        {QStringLiteral("placeholder"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Unfilled")},
        {QStringLiteral("personalization"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Personal touch")},
        {QStringLiteral("readability"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Readability")},
        {QStringLiteral("length"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Length")},
        {QStringLiteral("promptness"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Promptness")},
        {QStringLiteral("tone"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Tone")},
        {QStringLiteral("facts"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Facts of the case")},
    };
    const char *name = names.value(category);
    return name ? QCoreApplication::translate("amends::core::DisplayNames", name) : category;
}

QString sectionTitle(const QString &sectionKey)
{
    static const QMap<QString, const char *> names = {
        {QStringLiteral("regret"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Regret")},
        {QStringLiteral("responsibility"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Responsibility")},
        {QStringLiteral("explanation"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Explanation")},
        {QStringLiteral("remedy"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Remedy")},
        {QStringLiteral("improvement"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Improvement")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Contact")},
    };
    const char *name = names.value(sectionKey);
    return name ? QCoreApplication::translate("amends::core::DisplayNames", name) : sectionKey;
}

QString sectionTitle(Section section)
{
    return sectionTitle(sectionKey(section));
}

QString reviewStatusTitle(const std::optional<ReviewStatus> &status)
{
    return status ? ReviewWorkflow::statusDisplayName(*status) : DisplayNamesText::tr("Plain text");
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Error: return DisplayNamesText::tr("Error");
    case Severity::Warning: return DisplayNamesText::tr("Warning");
    case Severity::Suggestion: return DisplayNamesText::tr("Suggestion");
    }
    return {};
}

} // namespace amends::core
