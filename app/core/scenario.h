#pragma once

#include "draft.h"

#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <optional>

namespace amends::core {

/// A billing situation with a complete model letter (placeholders for the case
/// fields), alternative phrases per section and sample values for demonstrations.
struct Scenario {
    QString id;
    QString language; ///< Base language, e.g. "en".
    QString title;
    QString summary;
    QString subject;
    QString salutation;
    QString closing;
    std::array<QString, kSections.size()> sectionText;
    std::array<QStringList, kSections.size()> phrases;
    QMap<QString, QString> sample; ///< Field key → sample value.

    const QString &text(Section s) const { return sectionText[sectionIndex(s)]; }
    const QStringList &phrasesFor(Section s) const { return phrases[sectionIndex(s)]; }
};

struct ScenarioLoadResult {
    std::optional<Scenario> scenario;
    QString error;
};

ScenarioLoadResult parseScenario(const QByteArray &json);

/// Scenarios shipped in the application's resources (`:/scenarios/<lang>/*.json`).
class ScenarioLibrary
{
public:
    /// The scenarios under @p root (a resource or a folder), one folder per language
    /// ("en", "pt-BR"); a language's scenarios are read when first asked for, so a
    /// window that shows one language reads only that one's.
    explicit ScenarioLibrary(const QString &root = QStringLiteral(":/scenarios"));

    QList<Scenario> scenarios(const QString &dataLanguage) const;
    const Scenario *find(const QString &id, const QString &dataLanguage) const;
    /// The languages that have scenarios, in folder order (reads every language).
    QStringList languages() const;
    /// What could not be read, one line per file (reads every language).
    QStringList errors() const;

private:
    /// The scenarios of the folder @p language, read on first use. A scenario that
    /// declares another language than its folder's is an error.
    const QList<Scenario> &ofLanguage(const QString &language) const;
    QStringList folders() const;

    QString m_root;
    mutable QMutex m_mutex;
    mutable std::map<QString, QList<Scenario>> m_byLanguage; ///< Node addresses stay put: find() hands them out.
    mutable QStringList m_errors;
};

/// Starts a draft from a scenario: its texts, the letter language, and today's date
/// (or @p letterDate); sender and company come from the caller (the saved profile).
Draft draftFromScenario(const Scenario &scenario, const QString &language, QDate letterDate);

/// Sets every field the scenario's sample provides (for demonstrations and screenshots).
void applySample(Draft &draft, const Scenario &scenario);

} // namespace amends::core
