#include "dictionaryfinder.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QStandardPaths>

namespace amends::services {

namespace {

std::optional<DictionaryPaths> pairAt(const QString &folder, const QString &stem)
{
    const QString base = QDir(folder).filePath(stem);
    const QFileInfo aff(base + QLatin1String(".aff"));
    const QFileInfo dic(base + QLatin1String(".dic"));
    if (!aff.isFile() || !aff.isReadable() || !dic.isFile() || !dic.isReadable())
        return std::nullopt;
    QString language = stem;
    language.replace(QLatin1Char('_'), QLatin1Char('-'));
    return DictionaryPaths{language, aff.absoluteFilePath(), dic.absoluteFilePath()};
}

void appendUnique(QStringList &folders, const QString &folder)
{
    if (folder.isEmpty())
        return;
    const QString clean = QDir::cleanPath(folder);
    if (!folders.contains(clean))
        folders.append(clean);
}

} // namespace

DictionaryFinder::DictionaryFinder()
    : m_folders(defaultSearchPaths())
{
}

DictionaryFinder::DictionaryFinder(const QStringList &folders)
{
    for (const QString &folder : folders)
        appendUnique(m_folders, folder);
}

QString DictionaryFinder::userDictionaryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/dictionaries");
}

QStringList DictionaryFinder::defaultSearchPaths()
{
    QStringList folders;
    const QString dicPath = qEnvironmentVariable("DICPATH");
    for (const QString &folder : dicPath.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        appendUnique(folders, folder);
    appendUnique(folders, userDictionaryFolder());
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        appendUnique(folders, data + QLatin1String("/hunspell"));
        appendUnique(folders, data + QLatin1String("/myspell"));
        appendUnique(folders, data + QLatin1String("/myspell/dicts"));
    }
    for (const char *folder : {"/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts"})
        appendUnique(folders, QString::fromLatin1(folder));
    return folders;
}

QString DictionaryFinder::fileStem(const QString &languageTag)
{
    QString stem = languageTag.trimmed();
    stem.replace(QLatin1Char('-'), QLatin1Char('_'));
    return stem;
}

std::optional<DictionaryPaths> DictionaryFinder::find(const QString &languageTag) const
{
    const QString stem = fileStem(languageTag);
    // A stem is a file name, never a path.
    if (stem.isEmpty() || stem.contains(QLatin1Char('/')) || stem.startsWith(QLatin1Char('.')))
        return std::nullopt;
    for (const QString &folder : m_folders) {
        if (std::optional<DictionaryPaths> paths = pairAt(folder, stem)) {
            paths->language = languageTag;
            return paths;
        }
    }
    return std::nullopt;
}

QList<DictionaryPaths> DictionaryFinder::available() const
{
    QMap<QString, DictionaryPaths> found;
    for (const QString &folder : m_folders) {
        for (const QFileInfo &file : QDir(folder).entryInfoList({QStringLiteral("*.dic")}, QDir::Files | QDir::Readable)) {
            std::optional<DictionaryPaths> paths = pairAt(folder, file.completeBaseName());
            if (paths && !found.contains(paths->language))
                found.insert(paths->language, *paths);
        }
    }
    return found.values();
}

std::optional<DictionaryPaths> DictionaryFinder::fromPath(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const bool hasExtension = suffix == QLatin1String("dic") || suffix == QLatin1String("aff");
    const QString stem = hasExtension ? info.completeBaseName() : info.fileName();
    return pairAt(info.absolutePath(), stem);
}

} // namespace amends::services
