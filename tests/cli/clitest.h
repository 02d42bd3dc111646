#pragma once

#include "testsupport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace amends::test {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// Runs amends-cli as a black box in a folder of its own, with a configuration folder of
/// its own (empty unless a test writes settings into it).
class CliTest : public ::testing::Test
{
protected:
    /// Runs amends-cli with @p arguments in @p workingFolder (default: the test's folder).
    CliRun run(const QStringList &arguments, const QByteArray &input = {}, const QString &workingFolder = {});
    /// Writes @p bytes to @p name (relative to the test's folder, folders made as needed).
    QString write(const QString &name, const QByteArray &bytes);
    /// Writes the application's settings file with @p ini as its content.
    void writeSettings(const QByteArray &ini);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// Runs later commands in the system language @p locale ("pt_BR.UTF-8").
    void setSystemLanguage(const QString &locale) { m_locale = locale; }

    QTemporaryDir m_dir;
    QString m_locale;
};

/// A letter with findings of every severity.
extern const QByteArray kPoorLetter;

/// The first entry of `files` in check's JSON.
QJsonObject firstFile(const QByteArray &json);
/// The rule ids of one file's findings, in order.
QStringList ruleIds(const QJsonObject &file);

} // namespace amends::test
