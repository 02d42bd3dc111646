#include "proofreader.h"

#include "hunspellspeller.h"

#include "core/cachingspeller.h"
#include "core/draftdocument.h"
#include "core/personaldictionary.h"
#include "core/spellcheck.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace amends::services {

Proofreader::Proofreader(core::DraftDocument *document, const DictionaryFinder &finder, const QString &personalFolder,
                         QObject *parent, Loading loading)
    : QObject(parent)
    , m_document(document)
    , m_finder(finder)
    , m_personalFolder(personalFolder)
    , m_loadingMode(loading)
{
    connect(m_document, &core::DraftDocument::wasReset, this, &Proofreader::updateLanguage);
    // The language has no signal of its own; a comparison per change is cheap.
    connect(m_document, &core::DraftDocument::changed, this, [this] {
        if (m_document->draft().language != m_language)
            updateLanguage();
    });
    connect(m_document, &core::DraftDocument::fieldChanged, this, &Proofreader::updateAcceptedWords);
    connect(m_document, &core::DraftDocument::ignoredWordsChanged, this, &Proofreader::updateAcceptedWords);
    updateLanguage();
}

Proofreader::~Proofreader() = default;

core::Speller *Proofreader::speller() const
{
    return m_speller;
}

std::shared_ptr<core::Speller> Proofreader::sharedSpeller() const
{
    return m_spellers.value(m_language);
}

QString Proofreader::missingDictionaryMessage() const
{
    if (m_speller)
        return {};
    if (const QString error = m_loadErrors.value(m_language); !error.isEmpty())
        return tr("The spelling dictionary for %1 could not be loaded, so spelling is not checked. %2").arg(m_language, error);
    return tr("No spelling dictionary for %1 is installed, so spelling is not checked. Install the "
              "hunspell dictionary for this language (for example the package hunspell-%2), or put "
              "%3.aff and %3.dic into %4.")
        .arg(m_language, m_language.toLower(), DictionaryFinder::fileStem(m_language),
             DictionaryFinder::userDictionaryFolder());
}

QList<core::Span> Proofreader::findMisspellings(QStringView text) const
{
    if (!m_speller)
        return {};
    return core::SpellCheck::findMisspellings(text, *m_speller, m_accepted);
}

std::optional<core::Span> Proofreader::misspellingAt(QStringView text, qsizetype position) const
{
    if (!m_speller)
        return std::nullopt;
    return core::SpellCheck::misspellingAt(text, position, *m_speller, m_accepted);
}

QStringList Proofreader::suggestions(QStringView word, int max) const
{
    if (!m_speller)
        return {};
    return core::SpellCheck::suggestions(word, *m_speller, max);
}

QString Proofreader::addToDictionary(const QString &word)
{
    if (QString error = personalDictionary().add(word); !error.isEmpty())
        return error;
    updateAcceptedWords();
    return {};
}

void Proofreader::ignoreAll(const QString &word)
{
    m_document->addIgnoredWord(word);
}

Proofreader::Loaded Proofreader::load(const DictionaryFinder &finder, const QString &language)
{
    Loaded result;
    if (const std::optional<DictionaryPaths> paths = finder.find(language)) {
        HunspellSpeller::LoadResult loaded = HunspellSpeller::load(*paths);
        if (loaded.speller)
            result.speller = std::make_shared<core::CachingSpeller>(std::move(loaded.speller));
        else
            result.error = loaded.error;
    }
    return result;
}

void Proofreader::useLoaded(const QString &language, Loaded loaded)
{
    m_loading.remove(language);
    m_spellers.insert(language, loaded.speller);
    if (!loaded.error.isEmpty())
        m_loadErrors.insert(language, loaded.error);
}

void Proofreader::startLoading()
{
    if (m_loadingMode != Loading::Deferred)
        return;
    m_loadingMode = Loading::InBackground;
    m_loading.clear(); // held, not started
    updateLanguage();
}

void Proofreader::updateLanguage()
{
    m_language = m_document->draft().language;
    if (!m_spellers.contains(m_language) && !m_loading.contains(m_language)) {
        if (m_loadingMode == Loading::Deferred) {
            m_loading.insert(m_language); // loading as far as the editors can tell
        } else if (m_loadingMode == Loading::InBackground) {
            m_loading.insert(m_language);
            auto *watcher = new QFutureWatcher<Loaded>(this);
            connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, language = m_language] {
                watcher->deleteLater();
                useLoaded(language, watcher->result());
                if (language == m_language)
                    useSpeller();
            });
            watcher->setFuture(QtConcurrent::run(&Proofreader::load, m_finder, m_language));
        } else {
            useLoaded(m_language, load(m_finder, m_language));
        }
    }
    useSpeller();
}

// Takes the speller of the letter's language (none while it loads) and the words the
// draft accepts, and says that every text needs checking again.
void Proofreader::useSpeller()
{
    m_speller = m_spellers.value(m_language).get();
    if (!m_speller && !isLoading() && !m_reportedMissing.contains(m_language)) {
        m_reportedMissing.insert(m_language);
        QMetaObject::invokeMethod(
            this,
            [this, language = m_language, message = missingDictionaryMessage()] {
                Q_EMIT dictionaryMissing(language, message);
            },
            Qt::QueuedConnection);
    }
    m_accepted = core::AcceptedWords::forDraft(m_document->draft(), personalDictionary().words());
    m_personalWords = core::AcceptedWords::forDraft(core::Draft(), personalDictionary().words());
    Q_EMIT changed();
}

void Proofreader::updateAcceptedWords()
{
    core::AcceptedWords accepted = core::AcceptedWords::forDraft(m_document->draft(), personalDictionary().words());
    m_personalWords = core::AcceptedWords::forDraft(core::Draft(), personalDictionary().words());
    if (accepted == m_accepted)
        return;
    m_accepted = std::move(accepted);
    Q_EMIT changed();
}

core::PersonalDictionary &Proofreader::personalDictionary()
{
    std::shared_ptr<core::PersonalDictionary> &dictionary = m_personal[m_language];
    if (!dictionary)
        dictionary = std::make_shared<core::PersonalDictionary>(
            core::PersonalDictionary::pathFor(m_personalFolder, m_language));
    return *dictionary;
}

} // namespace amends::services
