#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace amends::services {

/// A Hunspell dictionary on disk: its affix and word files.
struct DictionaryPaths {
    QString language; ///< BCP 47 tag derived from the file name, e.g. "en-US".
    QString affPath;
    QString dicPath;
    bool operator==(const DictionaryPaths &) const = default;
};

/// Finds installed Hunspell dictionaries. Folders are searched in order, first match
/// wins: those in the DICPATH variable, the `dictionaries` folder in the user's data
/// folder, `hunspell`, `myspell` and `myspell/dicts` in every XDG data folder
/// (~/.local/share, /usr/local/share, /usr/share, …), then Debian's /usr/share/hunspell
/// and /usr/share/myspell.
class DictionaryFinder
{
public:
    /// Searches the default folders.
    DictionaryFinder();
    /// Searches only @p folders (tests, portable set-ups).
    explicit DictionaryFinder(const QStringList &folders);

    static QStringList defaultSearchPaths();
    /// The folder in the user's data folder where they may put dictionaries.
    static QString userDictionaryFolder();
    const QStringList &searchPaths() const { return m_folders; }

    /// The dictionary for a letter language: "en-US" → en_US.aff and en_US.dic, "pt" →
    /// pt.aff and pt.dic. Returns std::nullopt when none is installed.
    std::optional<DictionaryPaths> find(const QString &languageTag) const;
    /// Every dictionary found, one per language (the first found wins), sorted by tag.
    QList<DictionaryPaths> available() const;

    /// "en-US" → "en_US": the file name Hunspell dictionaries use.
    static QString fileStem(const QString &languageTag);
    /// A dictionary named by a path to its .dic or .aff file or to either without the
    /// extension; std::nullopt when the pair is not there.
    static std::optional<DictionaryPaths> fromPath(const QString &path);

private:
    QStringList m_folders;
};

} // namespace amends::services
