#include "clitest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace amends::test {

const QByteArray kPoorLetter =
    "Dear Customer,\n\n"
    "We regret any inconvenience this may have caused. Due to a glitch in our billing system, you were charged twice.\n";

CliRun CliTest::run(const QStringList &arguments, const QByteArray &input, const QString &workingFolder)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    if (!m_locale.isEmpty()) {
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), m_locale);
    }
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingFolder.isEmpty() ? m_dir.path() : workingFolder);
    process.start(QStringLiteral(AMENDS_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QString CliTest::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

void CliTest::writeSettings(const QByteArray &ini)
{
    write(QStringLiteral("config/Amends/amends.conf"), ini);
}

QJsonObject firstFile(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("files")).toArray().first().toObject();
}

QStringList ruleIds(const QJsonObject &file)
{
    QStringList ids;
    for (const QJsonValue &finding : file.value(QStringLiteral("findings")).toArray())
        ids.append(finding.toObject().value(QStringLiteral("rule")).toString());
    return ids;
}

} // namespace amends::test
