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

QString fieldTitle(const QString &fieldKey)
{
    static const QMap<QString, const char *> names = {
        {QStringLiteral("customer.name"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Customer name")},
        {QStringLiteral("customer.salutation"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Address them as")},
        {QStringLiteral("customer.email"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Email")},
        {QStringLiteral("customer.address"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Postal address")},
        {QStringLiteral("case.reference"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Case reference")},
        {QStringLiteral("invoice.number"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Invoice number")},
        {QStringLiteral("account.number"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Account number")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Currency")},
        {QStringLiteral("amount.charged"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Amount charged")},
        {QStringLiteral("amount.correct"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Correct amount")},
        {QStringLiteral("amount.refund"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Refund or credit")},
        {QStringLiteral("date.complaint"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Complaint received")},
        {QStringLiteral("date.letter"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Letter date")},
        {QStringLiteral("date.followup"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Follow-up on")},
        {QStringLiteral("sender.name"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Your name")},
        {QStringLiteral("sender.title"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Your title")},
        {QStringLiteral("sender.phone"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Your phone")},
        {QStringLiteral("sender.email"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Your email")},
        {QStringLiteral("company.name"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Company name")},
        {QStringLiteral("company.address"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Company address")},
        {QStringLiteral("company.phone"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Company phone")},
        {QStringLiteral("company.email"), QT_TRANSLATE_NOOP("amends::core::DisplayNames", "Company email")},
    };
    const char *name = names.value(fieldKey);
    return name ? QCoreApplication::translate("amends::core::DisplayNames", name) : fieldKey;
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
