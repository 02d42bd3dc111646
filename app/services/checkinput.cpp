#include "checkinput.h"

#include "core/checker.h"

#include "core/draftfile.h"
#include "core/language.h"
#include "core/lettersize.h"
#include "core/textfile.h"
#include "languagedetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace amends::services {

namespace {

struct CheckInputText {
    Q_DECLARE_TR_FUNCTIONS(amends::services::CheckInput)
};

// A text letter: a regular file or standard input, UTF-8 or (with a byte order mark)
// UTF-16 or UTF-32, within the size limit for a letter.
std::optional<QString> readText(const QString &name, QString *error)
{
    return core::TextFile::readText(name, core::kMaxLetterSize, CheckInputText::tr("a letter"), error);
}

} // namespace

std::optional<CheckInput> readCheckInput(const QString &name, const QString &language, QString *error)
{
    CheckInput input;
    input.name = name;
    if (name.endsWith(QLatin1String(".amends"), Qt::CaseInsensitive)) {
        const core::DraftFile::LoadResult loaded = core::DraftFile::load(name);
        if (!loaded.draft) {
            *error = loaded.error;
            return std::nullopt;
        }
        core::Draft draft = *loaded.draft;
        if (!language.isEmpty())
            draft.language = language;
        input.language = draft.language;
        input.subject = core::subjectFromDraft(draft);
        return input;
    }
    const std::optional<QString> text = readText(name, error);
    if (!text)
        return std::nullopt;
    // Plain text without a language says which it is written in; English when it
    // cannot tell (too short, or a language Amends does not check).
    if (!language.isEmpty())
        input.language = language;
    else if (const QString detected = detectLetterLanguage(*text); !detected.isEmpty())
        input.language = detected;
    else
        input.language = QStringLiteral("en-US");
    input.subject = core::subjectFromText(*text, input.language);
    return input;
}

} // namespace amends::services
