#pragma once

#include "lettercheck.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace amends::services {

/// A project file, `.amends.json`: how the letters in its folder and every folder below
/// it are checked, kept next to them (as `.editorconfig` or `.vale.ini` are):
///
///     {"version": 1, "house_rules": ["rules/house.json"], "disabled_rules": ["cliche.any"],
///      "language": "en-GB", "spelling": true}
///
/// Every key is optional; house rule packs are paths relative to the project file.
struct ProjectFile {
    static constexpr int kVersion = 1;
    static QString fileName();

    QString path;                  ///< Absolute.
    QStringList houseRuleFiles;    ///< Absolute paths.
    QStringList disabledRules;
    QString language;              ///< A tag such as en-GB, or empty.
    std::optional<bool> spelling;

    /// Reads @p path. Returns std::nullopt with @p error naming the file (and the key, for
    /// an unknown or ill-typed one) when it is not a project file Amends can use.
    static std::optional<ProjectFile> load(const QString &path, QString *error);

    /// Adds the project's packs and switched-off rules to @p options; its spelling
    /// choice replaces theirs.
    void applyTo(LetterCheckOptions &options) const;
};

/// Finds the project file that applies to a folder: the nearest `.amends.json` in it or
/// in a folder above it, up to the root of the file system. Each folder is looked at and
/// each project file read once.
class ProjectFileFinder
{
public:
    /// The project file for letters in @p folder, or null when there is none. Returns
    /// null with @p error set when the nearest one cannot be used.
    std::shared_ptr<const ProjectFile> find(const QString &folder, QString *error);

private:
    QHash<QString, QString> m_nearest; ///< Folder → its project file's path ("" for none).
    QHash<QString, std::shared_ptr<const ProjectFile>> m_files;
};

} // namespace amends::services
