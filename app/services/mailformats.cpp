#include "mailformats.h"

#include "followupreminder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

namespace amends::services::mailformats {

namespace {

struct MailFormatsText {
    Q_DECLARE_TR_FUNCTIONS(amends::services::MailFormats)
};

using EntryPoint = const Functions *(*)(std::uint64_t interface, const char *version);

// The module's file name, as the build names it.
constexpr char kFileName[] = "amends-mailformats.so";

struct Opened {
    const Functions *functions = nullptr;
    QString error;
};

} // namespace

QStringList folders()
{
    // The program's own path: /proc/self/exe, so no QCoreApplication is needed.
    const QString self = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    const QString buildTree = QStringLiteral(AMENDS_BUILD_TREE);
    if (!self.isEmpty() && self.startsWith(buildTree + QLatin1Char('/')))
        return {QStringLiteral(AMENDS_BUILD_MODULE_DIR)};
    // Installed: beside the program's own folder as the package lays it out (from the
    // programs folder, or from Amends' libexec folder), else where it was installed.
    QStringList result;
    if (!self.isEmpty()) {
        const QDir own = QFileInfo(self).dir();
        for (const char *relative : {AMENDS_MODULE_DIR_FROM_BIN, AMENDS_MODULE_DIR_FROM_LIBEXEC})
            result.append(QDir::cleanPath(own.filePath(QString::fromUtf8(relative))));
    }
    result.append(QStringLiteral(AMENDS_INSTALL_MODULE_DIR));
    result.removeDuplicates();
    return result;
}

const Functions *open(const QStringList &folders, QString *error)
{
    QString problem;
    for (const QString &folder : folders) {
        const QString path = QDir(folder).filePath(QLatin1String(kFileName));
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!library.load()) {
            problem = library.errorString();
            continue;
        }
        const auto entry = reinterpret_cast<EntryPoint>(library.resolve(kEntryPoint));
        if (const Functions *functions = entry ? entry(kInterface, AMENDS_VERSION) : nullptr)
            return functions;
        problem = MailFormatsText::tr("%1 belongs to another version of Amends.").arg(QDir::toNativeSeparators(path));
    }
    if (error) {
        *error = MailFormatsText::tr("Amends cannot build email or calendar files: the part of Amends that does so (%1) "
                                     "is missing or damaged. Reinstall Amends.")
                     .arg(QLatin1String(kFileName));
        if (!problem.isEmpty())
            *error += QLatin1Char(' ') + problem;
    }
    return nullptr;
}

const Functions *functions(QString *error)
{
    static const Opened opened = [] {
        Opened result;
        result.functions = open(folders(), &result.error);
        return result;
    }();
    if (!opened.functions && error)
        *error = opened.error;
    return opened.functions;
}

} // namespace amends::services::mailformats

namespace amends::services {

// The two formats the module builds, as emailmessage.h and followupreminder.h declare them.

QByteArray buildEmail(const EmailMessage &message, QString *error)
{
    const mailformats::Functions *module = mailformats::functions(error);
    return module ? module->buildEmail(message, error) : QByteArray();
}

QByteArray buildFollowUpReminder(const core::Draft &draft, const QDateTime &stamp, QString *error)
{
    const mailformats::Functions *module = mailformats::functions(error);
    return module ? module->buildFollowUpReminder(draft, followUpDate(draft), stamp) : QByteArray();
}

} // namespace amends::services
