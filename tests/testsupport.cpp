#include "testsupport.h"

#include "core/fields.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <sys/mount.h>
#include <unistd.h>

QT_BEGIN_NAMESPACE
void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}

void PrintTo(const QStringList &value, std::ostream *os)
{
    *os << '[' << value.join(QLatin1String(", ")).toStdString() << ']';
}
QT_END_NAMESPACE

namespace amends::test {

core::Draft sampleDraft()
{
    core::Draft draft;
    draft.scenarioId = QStringLiteral("duplicate-charge");
    draft.language = QStringLiteral("en-GB");
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("customer.name"), QStringLiteral("Zoë Müller-Łukasik")},
        {QStringLiteral("customer.salutation"), QStringLiteral("Ms Müller")},
        {QStringLiteral("customer.email"), QStringLiteral("zoe@example.org")},
        {QStringLiteral("customer.address"), QStringLiteral("Flat 3, 12 Ærø Road\nLondon NW1 6XE")},
        {QStringLiteral("case.reference"), QStringLiteral("CASE-2026-0042")},
        {QStringLiteral("invoice.number"), QStringLiteral("INV-77812")},
        {QStringLiteral("account.number"), QStringLiteral("ACC-5531")},
        {QStringLiteral("amount.charged"), QStringLiteral("119.80")},
        {QStringLiteral("amount.correct"), QStringLiteral("59.90")},
        {QStringLiteral("amount.refund"), QStringLiteral("59.90")},
        {QStringLiteral("currency"), QStringLiteral("GBP")},
        {QStringLiteral("date.complaint"), QStringLiteral("2026-11-18")},
        {QStringLiteral("date.letter"), QStringLiteral("2026-11-19")},
        {QStringLiteral("date.followup"), QStringLiteral("2026-11-23")},
        {QStringLiteral("sender.name"), QStringLiteral("José Álvarez")},
        {QStringLiteral("sender.title"), QStringLiteral("Billing Team Lead")},
        {QStringLiteral("sender.phone"), QStringLiteral("+44 20 7946 0958")},
        {QStringLiteral("sender.email"), QStringLiteral("jose.alvarez@example.com")},
        {QStringLiteral("company.name"), QStringLiteral("Northwind Énergie")},
        {QStringLiteral("company.address"), QStringLiteral("1 Harbour Street\nBristol BS1 4ST")},
        {QStringLiteral("company.phone"), QStringLiteral("+44 20 7946 0000")},
        {QStringLiteral("company.email"), QStringLiteral("billing@example.com")},
    };
    for (const auto &[key, value] : values) {
        const QString error = core::setFieldValue(draft, key, value);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    }
    draft.subject = QStringLiteral("Your invoice {invoice.number}: refund of {amount.refund}");
    draft.salutation = QStringLiteral("Dear {customer.salutation},");
    draft.closing = QStringLiteral("Yours sincerely,");
    draft.setSection(core::Section::Regret, QStringLiteral("I am sorry that we charged you twice for invoice {invoice.number}."));
    draft.setSection(core::Section::Responsibility, QStringLiteral("This was our mistake — naïve of us, not yours."));
    draft.setSection(core::Section::Explanation, QStringLiteral("We sent the same payment request twice on {date.complaint}."));
    draft.setSection(core::Section::Remedy, QStringLiteral("We have refunded {amount.refund} to your card.\n\nYou will see it within five days."));
    draft.setSection(core::Section::Improvement, QStringLiteral("We now check every payment request before it goes out."));
    draft.setSection(core::Section::Contact, QStringLiteral("Call me, {sender.name}, on {sender.phone}. I will call you on {date.followup}."));
    return draft;
}

QString dataPath(const QString &name)
{
    return QStringLiteral(AMENDS_TEST_DATA "/") + name;
}

QString sourcePath(const QString &name)
{
    return QStringLiteral(AMENDS_SOURCE_DIR "/") + name;
}

TinyDisk::TinyDisk()
{
    if (::geteuid() != 0) {
        m_reason = QStringLiteral("mounting a small tmpfs to fill needs root");
        return;
    }
    if (!m_dir.isValid()) {
        m_reason = QStringLiteral("no temporary folder");
        return;
    }
    if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, "size=64k,mode=0700") != 0) {
        m_reason = QStringLiteral("cannot mount a tmpfs: ") + QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    m_mounted = true;
}

TinyDisk::~TinyDisk()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

bool TinyDisk::fill()
{
    QFile filler(filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, 'x');
    for (int i = 0; i < 1024; ++i) {
        if (filler.write(block) != block.size())
            return true;
    }
    return false;
}

} // namespace amends::test
