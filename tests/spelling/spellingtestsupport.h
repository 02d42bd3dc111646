#pragma once

#include "services/dictionaryfinder.h"
#include "services/hunspellspeller.h"

#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace amends::test {

/// A dictionary of tests/data/spelling: "amends_utf8", "amends_latin1" or "amends_koi8r".
inline services::DictionaryPaths testDictionary(const QString &name, const QString &language = QStringLiteral("en-US"))
{
    const QString base = dataPath(QStringLiteral("spelling/") + name);
    return {language, base + QLatin1String(".aff"), base + QLatin1String(".dic")};
}

inline std::unique_ptr<services::HunspellSpeller> loadTestDictionary(const QString &name)
{
    services::HunspellSpeller::LoadResult loaded = services::HunspellSpeller::load(testDictionary(name));
    EXPECT_TRUE(loaded.speller) << loaded.error.toStdString();
    return std::move(loaded.speller);
}

/// A throw-away dictionary folder holding test dictionaries under the file names of
/// real languages ("en_US.aff" …), for finders and proofreaders.
class DictionaryFolder
{
public:
    void add(const QString &name, const QString &languageTag)
    {
        const QString stem = services::DictionaryFinder::fileStem(languageTag);
        for (const char *suffix : {".aff", ".dic"}) {
            const QString target = m_dir.filePath(stem + QLatin1String(suffix));
            QFile::remove(target);
            EXPECT_TRUE(QFile::copy(dataPath(QStringLiteral("spelling/") + name + QLatin1String(suffix)), target));
        }
    }
    QString path() const { return m_dir.path(); }
    services::DictionaryFinder finder() const { return services::DictionaryFinder({path()}); }

private:
    QTemporaryDir m_dir;
};

/// The system's dictionary for @p stem ("en_US"), when Debian's package is installed.
inline std::optional<services::DictionaryPaths> systemDictionary(const QString &stem)
{
    const QString base = QStringLiteral("/usr/share/hunspell/") + stem;
    if (!QFile::exists(base + QLatin1String(".dic")) || !QFile::exists(base + QLatin1String(".aff")))
        return std::nullopt;
    QString tag = stem;
    tag.replace(QLatin1Char('_'), QLatin1Char('-'));
    return services::DictionaryPaths{tag, base + QLatin1String(".aff"), base + QLatin1String(".dic")};
}

} // namespace amends::test
