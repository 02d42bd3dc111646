#include "core/draftfile.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace amends;

namespace {

class CliExport : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(core::DraftFile::save(test::sampleDraft(), path(QStringLiteral("a.amends"))).isEmpty()); }

    std::pair<int, QString> run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AMENDS_CLI_PATH), QStringList{QStringLiteral("export")} + arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliExport, EverySuffix_WritesItsFormat)
{
    const QList<std::pair<QString, QByteArray>> expected = {
        {QStringLiteral("l.pdf"), "%PDF-"}, {QStringLiteral("l.odt"), "PK"}, {QStringLiteral("l.html"), "<!DOCTYPE html>"},
        {QStringLiteral("l.txt"), "Northwind"}, {QStringLiteral("l.eml"), ""}, {QStringLiteral("l.ics"), "BEGIN:VCALENDAR"}};
    for (const auto &[name, start] : expected) {
        const auto [code, err] = run({path(QStringLiteral("a.amends")), QStringLiteral("-o"), path(name)});
        EXPECT_EQ(code, 0) << name.toStdString() << ": " << err.toStdString();
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const QByteArray bytes = file.readAll();
        EXPECT_TRUE(bytes.startsWith(start)) << name.toStdString();
    }
    QFile eml(path(QStringLiteral("l.eml")));
    ASSERT_TRUE(eml.open(QIODevice::ReadOnly));
    EXPECT_TRUE(eml.readAll().contains("X-Unsent: 1\r\n"));
}

TEST_F(CliExport, BadUsage_ExitsWithTwoAndAMessage)
{
    const QString draft = path(QStringLiteral("a.amends"));
    const QList<QStringList> cases = {
        {draft},
        {QStringLiteral("-o"), path(QStringLiteral("x.pdf"))},
        {draft, QStringLiteral("-o"), path(QStringLiteral("x.docx"))},
        {path(QStringLiteral("missing.amends")), QStringLiteral("-o"), path(QStringLiteral("x.pdf"))},
        {draft, QStringLiteral("-o"), path(QStringLiteral("no/such/dir/x.pdf"))},
        {draft, QStringLiteral("--frobnicate"), QStringLiteral("-o"), path(QStringLiteral("x.pdf"))},
    };
    for (const QStringList &arguments : cases) {
        const auto [code, err] = run(arguments);
        EXPECT_EQ(code, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(err.contains(QRegularExpression(QStringLiteral("(^|\\n)amends-cli: \\S")))) << err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("x.pdf"))));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("x.docx"))));
}

TEST_F(CliExport, UnreadableDraft_LeavesAnExistingOutputUnchanged)
{
    QFile broken(path(QStringLiteral("broken.amends")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\":\"amends-draft\",\"vers");
    broken.close();
    QFile existing(path(QStringLiteral("out.pdf")));
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("previous");
    existing.close();
    const auto [code, err] = run({path(QStringLiteral("broken.amends")), QStringLiteral("-o"), path(QStringLiteral("out.pdf"))});
    EXPECT_EQ(code, 2);
    EXPECT_TRUE(err.contains(QStringLiteral("broken.amends")));
    ASSERT_TRUE(existing.open(QIODevice::ReadOnly));
    EXPECT_EQ(existing.readAll(), "previous");
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
}

TEST_F(CliExport, ALetterThatIsNotReady_IsRefusedWithTheReasonsUnlessForced)
{
    // Given a draft with an unfilled placeholder, an empty required field and a blame phrase
    core::Draft draft = test::sampleDraft();
    draft.customer.name.clear();
    draft.setSection(core::Section::Explanation, QStringLiteral("We charged {amount.charged} because of the bank."));
    ASSERT_TRUE(core::DraftFile::save(draft, path(QStringLiteral("b.amends"))).isEmpty());
    // When it is exported
    const auto [code, err] = run({path(QStringLiteral("b.amends")), QStringLiteral("-o"), path(QStringLiteral("b.pdf"))});
    // Then it is refused with exit status 1 and the reasons, and nothing is written
    EXPECT_EQ(code, 1) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("Customer name"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("--force"))) << err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("b.pdf"))));
    // And with --force it is written all the same
    const auto [forced, forcedErr] = run({QStringLiteral("--force"), path(QStringLiteral("b.amends")), QStringLiteral("-o"), path(QStringLiteral("b.pdf"))});
    EXPECT_EQ(forced, 0) << forcedErr.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path(QStringLiteral("b.pdf"))));
}
