#include "command.h"

#include "core/draftfile.h"
#include "core/fields.h"
#include "core/formatting.h"
#include "core/language.h"
#include "core/scenario.h"
#include "core/settings.h"

#include <QCoreApplication>

namespace amends::cli {

namespace {

struct NewText {
    Q_DECLARE_TR_FUNCTIONS(amends::cli::New)
};

} // namespace

int runNew(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), NewText::tr("The scenario to start from (see 'amends-cli scenarios')."), QStringLiteral("ID"));
    const QCommandLineOption langOption(QStringLiteral("lang"), NewText::tr("Letter language, e.g. en-US or en-GB."), QStringLiteral("CODE"));
    const QCommandLineOption setOption(QStringLiteral("set"), NewText::tr("Set a case field, e.g. customer.name=\"Ana Silva\"; repeatable."), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, NewText::tr("The draft file to write."), QStringLiteral("DRAFT"));
    parser.addOptions({scenarioOption, langOption, setOption, outputOption});
    QStringList keys;
    for (const core::FieldSpec &spec : core::fieldSpecs())
        keys.append(spec.key);
    const int parsed = parseArguments(parser, context,
        NewText::tr("Create a draft letter from a scenario template.\n\nField keys: %1.\nAmounts are plain decimals (120.00), dates YYYY-MM-DD; "
           "date.letter defaults to today. Sender and company default to your saved profile.").arg(keys.join(QLatin1String(", "))));
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty())
        return fail(context, NewText::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    if (!parser.isSet(scenarioOption) || !parser.isSet(outputOption))
        return fail(context, NewText::tr("'new' needs --scenario ID and -o DRAFT."));

    const QString typed = parser.isSet(langOption) ? parser.value(langOption) : context.settings.letterLanguage();
    const QString language = core::normaliseLanguageTag(typed);
    if (!core::supportedLetterLanguages().contains(language))
        return fail(context, NewText::tr("unsupported language \"%1\"; use one of: %2.").arg(typed, core::supportedLetterLanguages().join(QLatin1String(", "))));
    const core::ScenarioLibrary library;
    const core::Scenario *scenario = library.find(parser.value(scenarioOption), core::dataLanguage(language));
    if (!scenario)
        return fail(context, NewText::tr("no scenario \"%1\" for %2; see 'amends-cli scenarios'.").arg(parser.value(scenarioOption), language));

    core::Draft draft = core::draftFromScenario(*scenario, language, QDate::currentDate());
    draft.sender = context.settings.senderProfile();
    draft.company = context.settings.companyProfile();
    bool followUpSet = false;
    for (const QString &assignment : parser.values(setOption)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return fail(context, NewText::tr("--set needs KEY=VALUE (got \"%1\").").arg(assignment));
        const QString key = assignment.left(equals);
        if (const QString error = core::setFieldValue(draft, key, assignment.mid(equals + 1)); !error.isEmpty())
            return fail(context, error);
        followUpSet = followUpSet || key == QLatin1String("date.followup");
    }
    if (!followUpSet)
        draft.caseDetails.followUpDate = core::addBusinessDays(draft.caseDetails.letterDate, 2);

    if (const QString error = core::DraftFile::save(draft, parser.value(outputOption)); !error.isEmpty())
        return fail(context, error);
    return Success;
}

} // namespace amends::cli
