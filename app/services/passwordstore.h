#pragma once

#include <QObject>
#include <QString>

namespace amends::services {

/// The mail server password in the system keychain (Secret Service, KWallet, macOS
/// Keychain, Windows Credential Store) through QtKeychain. Never written to settings
/// or files. Jobs are asynchronous; results arrive as signals on the calling thread.
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    explicit PasswordStore(QObject *parent = nullptr);

    /// Keychain entry for an account, e.g. "smtp:mail.example.com:billing".
    static QString accountKey(const QString &host, const QString &user);

    void read(const QString &account);
    void write(const QString &account, const QString &password);
    void remove(const QString &account);

Q_SIGNALS:
    /// @p error is empty on success; a missing entry reads as an empty password.
    void readFinished(const QString &account, const QString &password, const QString &error);
    void writeFinished(const QString &account, const QString &error);
    void removeFinished(const QString &account, const QString &error);
};

} // namespace amends::services
