#include "core/settings.h"

#include "testsupport.h"

#include <QTemporaryDir>

using namespace amends;

TEST(Settings_Profile, PersistsSenderAndCompany)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        core::Settings settings(path);
        settings.setSenderProfile({QStringLiteral("José"), QStringLiteral("Lead"), QStringLiteral("+1 555"), QStringLiteral("j@example.com")});
        settings.setCompanyProfile({QStringLiteral("Northwind"), QStringLiteral("1 Road\nTown"), QString(), QString()});
    }
    core::Settings reopened(path);
    EXPECT_EQ(reopened.senderProfile().name, QStringLiteral("José"));
    EXPECT_EQ(reopened.companyProfile().address, QStringLiteral("1 Road\nTown"));
}

TEST(Settings_RecentFiles, KeepsTheNewestFirstWithoutDuplicatesAndBounded)
{
    QTemporaryDir dir;
    core::Settings settings(dir.filePath(QStringLiteral("s.ini")));
    for (int i = 0; i < 12; ++i)
        settings.addRecentFile(dir.filePath(QStringLiteral("%1.amends").arg(i)));
    settings.addRecentFile(dir.filePath(QStringLiteral("5.amends")));
    const QStringList recent = settings.recentFiles();
    EXPECT_EQ(recent.size(), core::Settings::kMaxRecentFiles);
    EXPECT_EQ(recent.first(), dir.filePath(QStringLiteral("5.amends")));
    EXPECT_EQ(recent.count(dir.filePath(QStringLiteral("5.amends"))), 1);
    settings.removeRecentFile(dir.filePath(QStringLiteral("5.amends")));
    EXPECT_FALSE(settings.recentFiles().contains(dir.filePath(QStringLiteral("5.amends"))));
}
