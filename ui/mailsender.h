#pragma once

#include "core/composer.h"
#include "core/draft.h"
#include "services/smtpsender.h"

#include <QObject>

class QProgressDialog;
class QWidget;

namespace amends::core {
class Settings;
}

namespace amends::services {
class MailSendJob;
class PasswordStore;
} // namespace amends::services

namespace amends::ui {

/// Sends the letter to the customer through the mail server from Preferences: builds
/// the message, fetches the password from the keychain, and shows progress with a
/// Cancel button while a worker thread talks to the server.
class MailSender : public QObject
{
    Q_OBJECT

public:
    MailSender(core::Settings &settings, QWidget *window, QObject *parent = nullptr);
    ~MailSender() override;

    /// Starts sending @p draft's composed @p letter; returns false (after emitting
    /// failed()) when it cannot start.
    bool send(const core::Draft &draft, const core::ComposedLetter &letter);
    bool isSending() const;
    services::MailSendJob *job() const { return m_job; }

Q_SIGNALS:
    void sent(const QString &message);
    void failed(const QString &reason);

private:
    bool prepare(const core::Draft &draft, const core::ComposedLetter &letter);
    void start(const QString &password, const QString &keychainError);
    void finish();
    bool refuse(const QString &reason);

    core::Settings &m_settings;
    QWidget *m_window;
    services::PasswordStore *m_passwords;
    services::MailSendJob *m_job;
    QProgressDialog *m_progress = nullptr;
    services::SmtpRequest m_request;
    QString m_account;
};

} // namespace amends::ui
