#include "personaldictionary.h"

#include "atomicfile.h"
#include "wordtokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace amends::core {

namespace {

struct PersonalDictionaryText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::PersonalDictionary)
};

// A personal dictionary is a short list; anything far larger is not one.
constexpr qint64 kMaxFileSize = 8 * 1024 * 1024;

} // namespace

PersonalDictionary::PersonalDictionary(const QString &filePath)
    : m_filePath(filePath)
{
    QFile file(filePath);
    if (!file.exists())
        return;
    if (file.size() > kMaxFileSize || !file.open(QIODevice::ReadOnly)) {
        m_loadError = PersonalDictionaryText::tr("Cannot read the personal dictionary \"%1\".").arg(filePath);
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).split(u'\n')) {
        const QString word = line.trimmed().toString();
        if (isValidWord(word) && !m_words.contains(word))
            m_words.append(word);
    }
    std::sort(m_words.begin(), m_words.end());
}

QString PersonalDictionary::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/personal-dictionaries");
}

QString PersonalDictionary::pathFor(const QString &folder, const QString &languageTag)
{
    return QDir(folder).filePath(languageTag + QLatin1String(".txt"));
}

bool PersonalDictionary::contains(const QString &word) const
{
    return std::binary_search(m_words.cbegin(), m_words.cend(), word);
}

bool PersonalDictionary::isValidWord(const QString &word)
{
    if (word.isEmpty() || word.size() > WordTokenizer::kMaxWordLength)
        return false;
    return std::none_of(word.cbegin(), word.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

QString PersonalDictionary::add(const QString &word)
{
    if (!isValidWord(word))
        return PersonalDictionaryText::tr("\"%1\" cannot be added: a dictionary entry is one word.").arg(word);
    if (contains(word))
        return {};
    QStringList words = m_words;
    words.insert(std::lower_bound(words.begin(), words.end(), word), word);
    if (QString error = save(words); !error.isEmpty())
        return error;
    m_words = words;
    return {};
}

QString PersonalDictionary::remove(const QString &word)
{
    if (!contains(word))
        return {};
    QStringList words = m_words;
    words.removeAll(word);
    if (QString error = save(words); !error.isEmpty())
        return error;
    m_words = words;
    return {};
}

QString PersonalDictionary::save(const QStringList &words) const
{
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return PersonalDictionaryText::tr("Cannot create the folder for \"%1\".").arg(m_filePath);
    QString text;
    for (const QString &word : words)
        text += word + QLatin1Char('\n');
    QString error;
    AtomicFile::write(m_filePath, text.toUtf8(), &error);
    return error;
}

} // namespace amends::core
