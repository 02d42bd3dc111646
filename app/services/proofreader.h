#pragma once

#include "dictionaryfinder.h"

#include "core/acceptedwords.h"
#include "core/wordtokenizer.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace amends::core {
class CachingSpeller;
class DraftDocument;
class PersonalDictionary;
class Speller;
} // namespace amends::core

namespace amends::services {

/// Spelling for the open draft: picks the dictionary of the letter's language (loaded
/// once, then kept), keeps the words the draft accepts (case fields, personal
/// dictionary, "Ignore all") current, and says when the text must be checked again.
/// Lives on the GUI thread with the document.
class Proofreader : public QObject
{
    Q_OBJECT

public:
    /// When dictionaries are loaded: at once, or on another thread, so that a window
    /// opens without waiting for them (until the letter's dictionary is loaded nothing
    /// is marked; changed() says when it is), or on another thread once startLoading()
    /// is called (a window starts loading after its first paint).
    enum class Loading { Now, InBackground, Deferred };

    /// @p personalFolder holds the personal dictionaries, one "<tag>.txt" per language.
    Proofreader(core::DraftDocument *document, const DictionaryFinder &finder, const QString &personalFolder,
                QObject *parent = nullptr, Loading loading = Loading::Now);
    ~Proofreader() override;

    /// With Loading::Deferred: starts loading on another thread from now on. Does
    /// nothing the second time or in the other modes.
    void startLoading();

    QString language() const { return m_language; }
    /// Whether the dictionary of the letter's language is still being loaded.
    bool isLoading() const { return m_loading.contains(m_language); }
    /// The speller for the letter's language, answers cached; nullptr when no
    /// dictionary is installed for it (then nothing is marked).
    core::Speller *speller() const;
    /// The same speller, shared with a check on another thread (it is thread-safe).
    std::shared_ptr<core::Speller> sharedSpeller() const;
    const core::AcceptedWords &acceptedWords() const { return m_accepted; }
    /// The words of the personal dictionary alone: what a letter written elsewhere
    /// (not this draft) is spell-checked with.
    const core::AcceptedWords &personalWords() const { return m_personalWords; }
    /// The notice to show when the dictionary is missing; empty otherwise.
    QString missingDictionaryMessage() const;

    QList<core::Span> findMisspellings(QStringView text) const;
    std::optional<core::Span> misspellingAt(QStringView text, qsizetype position) const;
    /// Up to @p max corrections; computed now, so call it when they are asked for.
    QStringList suggestions(QStringView word, int max = 8) const;

    /// Adds to the personal dictionary of the letter's language. Empty on success.
    QString addToDictionary(const QString &word);
    /// Accepts @p word everywhere in this draft (kept in the draft file).
    void ignoreAll(const QString &word);

Q_SIGNALS:
    /// The dictionary or the accepted words changed: every text needs checking again.
    void changed();
    /// No dictionary for @p language; sent once per language, after construction
    /// returns, so that listeners connected right away hear it.
    void dictionaryMissing(const QString &language, const QString &message);

private:
    struct Loaded {
        std::shared_ptr<core::CachingSpeller> speller; ///< null when none could be loaded
        QString error;                                 ///< why a dictionary found could not be loaded
    };
    static Loaded load(const DictionaryFinder &finder, const QString &language);
    void useLoaded(const QString &language, Loaded loaded);
    void useSpeller();
    void updateLanguage();
    void updateAcceptedWords();
    core::PersonalDictionary &personalDictionary();

    core::DraftDocument *m_document;
    DictionaryFinder m_finder;
    QString m_personalFolder;
    QString m_language;
    core::CachingSpeller *m_speller = nullptr;
    core::AcceptedWords m_accepted;
    core::AcceptedWords m_personalWords;
    QHash<QString, std::shared_ptr<core::CachingSpeller>> m_spellers;
    QHash<QString, std::shared_ptr<core::PersonalDictionary>> m_personal;
    QHash<QString, QString> m_loadErrors;
    QSet<QString> m_reportedMissing;
    QSet<QString> m_loading;
    Loading m_loadingMode;
};

} // namespace amends::services
