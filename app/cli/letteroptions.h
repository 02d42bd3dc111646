#pragma once

#include "services/lettercheck.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace amends::core {
class RuleSet;
class Settings;
} // namespace amends::core

namespace amends::cli {

/// A letter checked by `check` or `report`, with the rules it was checked with.
struct CheckedLetter {
    services::CheckOutput output;
    std::shared_ptr<const core::RuleSet> rules;
};

/// The options `check` and `report` share: which letters (folders, walked with
/// --recursive and filtered by --glob) and how they are checked.
///
/// How a letter is checked comes from, each overriding or adding to the one before: the
/// built-in rules; the application's settings (house rule packs, switched-off rules);
/// the nearest project file, `.amends.json`, in the letter's folder or above it; the
/// command line. House rule packs and switched-off rules add up; the language and the
/// spelling switch are taken from the last that sets them. --no-config leaves out the
/// settings and project files.
class LetterOptions
{
public:
    LetterOptions();

    void addTo(QCommandLineParser &parser) const;
    /// Reads the parsed values; false with @p error set when one is wrong.
    bool read(const QCommandLineParser &parser, QString *error);

    /// The letters that @p names stand for: files as named ("-" is standard input),
    /// folders by the letters in them (with --recursive, in their folders too, except
    /// hidden ones and links), in name order. Empty with @p error set when there are none.
    QStringList letters(const QStringList &names, QString *error) const;

    /// Reads every letter, then checks each with its options. Nothing is checked when one
    /// letter or option source cannot be read: std::nullopt with @p error set.
    std::optional<QList<CheckedLetter>> check(const QStringList &files, const core::Settings &settings, int maxSuggestions,
                                              QString *error) const;

private:
    QCommandLineOption m_lang;
    QCommandLineOption m_rules;
    QCommandLineOption m_disable;
    QCommandLineOption m_noSpelling;
    QCommandLineOption m_noConfig;
    QCommandLineOption m_recursive;
    QCommandLineOption m_glob;

    QString m_language;
    QStringList m_houseRules;
    QStringList m_disabledRules;
    bool m_spelling = true;
    bool m_useConfig = true;
    bool m_recurse = false;
    QStringList m_globs;
};

} // namespace amends::cli
