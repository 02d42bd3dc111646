#include "passwordstore.h"

#include <qt6keychain/keychain.h>

namespace amends::services {

namespace {

const QString kService = QStringLiteral("Amends");

QString jobError(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return {};
    return PasswordStore::tr("The system keychain is not available: %1").arg(job->errorString());
}

} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{
}

QString PasswordStore::accountKey(const QString &host, const QString &user)
{
    return QStringLiteral("smtp:") + host.trimmed().toLower() + QLatin1Char(':') + user.trimmed();
}

void PasswordStore::read(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finished) {
        const auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        Q_EMIT readFinished(account, reader->error() == QKeychain::NoError ? reader->textData() : QString(), jobError(reader));
    });
    job->start();
}

void PasswordStore::write(const QString &account, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(account);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finished) {
        Q_EMIT writeFinished(account, jobError(finished));
    });
    job->start();
}

void PasswordStore::remove(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finished) {
        Q_EMIT removeFinished(account, jobError(finished));
    });
    job->start();
}

} // namespace amends::services
