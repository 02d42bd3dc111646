#include "projectfile.h"

#include "core/language.h"
#include "core/textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace amends::services {

namespace {

struct ProjectFileText {
    Q_DECLARE_TR_FUNCTIONS(amends::services::ProjectFile)
};

// A project file holds a few names and paths; anything larger is not one.
constexpr qint64 kMaxProjectFileSize = 64 * 1024;

const QString kVersionKey = QStringLiteral("version");
const QString kHouseRulesKey = QStringLiteral("house_rules");
const QString kDisabledRulesKey = QStringLiteral("disabled_rules");
const QString kLanguageKey = QStringLiteral("language");
const QString kSpellingKey = QStringLiteral("spelling");

QString keyError(const QString &path, const QString &key, const QString &problem)
{
    return ProjectFileText::tr("%1: \"%2\" %3").arg(path, key, problem);
}

// A list of non-empty strings, or nullopt when the value is anything else.
std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList strings;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return std::nullopt;
        strings.append(item.toString().trimmed());
    }
    return strings;
}

bool readVersion(const QString &path, const QJsonValue &value, QString *error)
{
    if (!value.isDouble() || value.toDouble() != value.toInt()) {
        *error = keyError(path, kVersionKey, ProjectFileText::tr("must be a whole number such as 1."));
        return false;
    }
    if (value.toInt() > ProjectFile::kVersion || value.toInt() < 1) {
        *error = keyError(path, kVersionKey, ProjectFileText::tr("is %1; this Amends reads version %2 and older.")
                                                 .arg(value.toInt())
                                                 .arg(ProjectFile::kVersion));
        return false;
    }
    return true;
}

bool readHouseRules(const QString &path, const QJsonValue &value, ProjectFile &project, QString *error)
{
    const std::optional<QStringList> files = stringList(value);
    if (!files) {
        *error = keyError(path, kHouseRulesKey, ProjectFileText::tr("must be a list of rule pack paths, relative to the project file."));
        return false;
    }
    const QDir folder = QFileInfo(path).absoluteDir();
    for (const QString &file : *files) {
        const QString absolute = QDir::cleanPath(folder.absoluteFilePath(file));
        if (!QFileInfo(absolute).isFile()) {
            *error = keyError(path, kHouseRulesKey, ProjectFileText::tr("names \"%1\", which is not a file (looked for %2).").arg(file, absolute));
            return false;
        }
        project.houseRuleFiles.append(absolute);
    }
    return true;
}

bool readKey(const QString &path, const QString &key, const QJsonValue &value, ProjectFile &project, QString *error)
{
    if (key == kVersionKey)
        return readVersion(path, value, error);
    if (key == kHouseRulesKey)
        return readHouseRules(path, value, project, error);
    if (key == kDisabledRulesKey) {
        const std::optional<QStringList> rules = stringList(value);
        if (!rules)
            *error = keyError(path, key, ProjectFileText::tr("must be a list of rule ids such as [\"cliche.any\"]."));
        project.disabledRules = rules.value_or(QStringList());
        return rules.has_value();
    }
    if (key == kLanguageKey) {
        project.language = value.isString() ? core::normaliseLanguageTag(value.toString()) : QString();
        if (project.language.isEmpty())
            *error = keyError(path, key, ProjectFileText::tr("must be a language such as \"en-GB\"."));
        return !project.language.isEmpty();
    }
    if (key == kSpellingKey) {
        if (!value.isBool())
            *error = keyError(path, key, ProjectFileText::tr("must be true or false."));
        project.spelling = value.toBool();
        return value.isBool();
    }
    *error = keyError(path, key, ProjectFileText::tr("is not a key of a project file; it may have %1.")
                                     .arg(QStringList{kVersionKey, kHouseRulesKey, kDisabledRulesKey, kLanguageKey, kSpellingKey}.join(
                                         QLatin1String(", "))));
    return false;
}

} // namespace

QString ProjectFile::fileName()
{
    return QStringLiteral(".amends.json");
}

std::optional<ProjectFile> ProjectFile::load(const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes = core::TextFile::readBytes(path, kMaxProjectFileSize, ProjectFileText::tr("a project file"), error);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ProjectFileText::tr("%1: not valid JSON (%2 at byte %3).").arg(path, parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = ProjectFileText::tr("%1: a project file is one JSON object, such as {\"language\": \"en-GB\"}.").arg(path);
        return std::nullopt;
    }
    ProjectFile project;
    project.path = QFileInfo(path).absoluteFilePath();
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!readKey(path, it.key(), it.value(), project, error))
            return std::nullopt;
    }
    return project;
}

void ProjectFile::applyTo(LetterCheckOptions &options) const
{
    for (const QString &file : houseRuleFiles) {
        if (!options.houseRuleFiles.contains(file))
            options.houseRuleFiles.append(file);
    }
    for (const QString &rule : disabledRules)
        options.disabledRules.insert(rule);
    if (spelling)
        options.spelling = *spelling;
}

std::shared_ptr<const ProjectFile> ProjectFileFinder::find(const QString &folder, QString *error)
{
    QStringList visited;
    QString nearest;
    for (QDir dir(QDir::cleanPath(QDir(folder).absolutePath()));;) {
        const QString here = dir.absolutePath();
        if (const auto known = m_nearest.constFind(here); known != m_nearest.constEnd()) {
            nearest = *known;
            break;
        }
        visited.append(here);
        if (QFileInfo::exists(dir.filePath(ProjectFile::fileName()))) {
            nearest = dir.filePath(ProjectFile::fileName());
            break;
        }
        if (!dir.cdUp())
            break; // the root of the file system
    }
    for (const QString &here : std::as_const(visited))
        m_nearest.insert(here, nearest);
    if (nearest.isEmpty())
        return nullptr;
    if (const auto loaded = m_files.constFind(nearest); loaded != m_files.constEnd())
        return *loaded;
    std::optional<ProjectFile> project = ProjectFile::load(nearest, error);
    if (!project)
        return nullptr;
    auto shared = std::make_shared<const ProjectFile>(std::move(*project));
    m_files.insert(nearest, shared);
    return shared;
}

} // namespace amends::services
