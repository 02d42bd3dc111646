#pragma once

#include <QString>
#include <QStringList>

namespace amends::core {

/// The writer's own words for one language ("Add to dictionary"): a UTF-8 text file
/// with one word per line, kept sorted, written atomically on every change.
/// Lives on one thread; two objects for the same file do not see each other's changes.
class PersonalDictionary
{
public:
    /// Reads @p filePath if it exists; a missing file is an empty dictionary.
    explicit PersonalDictionary(const QString &filePath);

    /// The folder in the user's data folder that holds one "<tag>.txt" per language.
    static QString defaultFolder();
    /// The file for @p languageTag ("en-US") in @p folder.
    static QString pathFor(const QString &folder, const QString &languageTag);

    QString filePath() const { return m_filePath; }
    /// Why the file could not be read; empty when it was read or did not exist.
    QString loadError() const { return m_loadError; }
    const QStringList &words() const { return m_words; }
    bool contains(const QString &word) const;

    /// Adds @p word and saves. Returns an empty string on success, else the reason;
    /// on failure the dictionary is unchanged. A word must be one word: no spaces,
    /// no control characters, at most WordTokenizer::kMaxWordLength long.
    QString add(const QString &word);
    /// Removes @p word and saves; same contract as add().
    QString remove(const QString &word);

    static bool isValidWord(const QString &word);

private:
    QString save(const QStringList &words) const;

    QString m_filePath;
    QString m_loadError;
    QStringList m_words;
};

} // namespace amends::core
