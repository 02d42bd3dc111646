#include "checkinput.h"

#include "core/checker.h"

#include "core/draftfile.h"
#include "core/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace amends::services {

namespace {

struct CheckInputText {
    Q_DECLARE_TR_FUNCTIONS(amends::services::CheckInput)
};

constexpr qint64 kMaxTextSize = 64 * 1024 * 1024;

std::optional<QString> readText(const QString &name, QString *error)
{
    QFile file;
    const bool stdinput = name == QLatin1String("-");
    const bool opened = stdinput ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = CheckInputText::tr("cannot read \"%1\": %2").arg(name, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(kMaxTextSize + 1);
    if (bytes.size() > kMaxTextSize) {
        *error = CheckInputText::tr("\"%1\" is too large to be a letter").arg(name);
        return std::nullopt;
    }
    if (bytes.contains('\0')) {
        *error = CheckInputText::tr("\"%1\" is not a text file").arg(name);
        return std::nullopt;
    }
    QString text = QString::fromUtf8(bytes);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
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
    input.language = language.isEmpty() ? QStringLiteral("en-US") : language;
    input.subject = core::subjectFromText(*text, input.language);
    return input;
}

} // namespace amends::services
