#include "mailsender.h"

#include "core/mailto.h"
#include "core/settings.h"
#include "services/letterexport.h"
#include "services/mailsendjob.h"
#include "services/passwordstore.h"

#include <QMessageBox>
#include <QProgressDialog>

namespace amends::ui {

MailSender::MailSender(core::Settings &settings, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_window(window)
    , m_passwords(new services::PasswordStore(this))
    , m_job(new services::MailSendJob(this))
{
    connect(m_passwords, &services::PasswordStore::readFinished, this,
            [this](const QString &account, const QString &password, const QString &error) {
                if (account == m_account)
                    start(password, error);
            });
    connect(m_job, &services::MailSendJob::progressed, this, [this](qint64 sent, qint64 total) {
        if (m_progress && total > 0)
            m_progress->setValue(static_cast<int>(100 * sent / total));
    });
    connect(m_job, &services::MailSendJob::finished, this, &MailSender::finish);
}

MailSender::~MailSender() = default;

bool MailSender::isSending() const
{
    return m_progress != nullptr;
}

bool MailSender::refuse(const QString &reason)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The letter was not sent"), reason, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT failed(reason);
    return false;
}

bool MailSender::prepare(const core::Draft &draft, const core::ComposedLetter &letter)
{
    const core::SmtpServer server = m_settings.smtpServer();
    if (server.host.isEmpty())
        return refuse(tr("No mail server is set up yet. Enter it under Settings → Preferences."));
    if (!core::isPlainEmailAddress(draft.customer.email))
        return refuse(tr("The customer has no valid email address."));
    const QDateTime now = QDateTime::currentDateTime();
    const services::ExportResult pdf = services::exportLetter(draft, letter, services::ExportFormat::Pdf, services::exportOptionsFrom(m_settings));
    if (pdf.data.isEmpty())
        return refuse(pdf.error);
    services::EmailMessage message = services::letterEmail(draft, letter, pdf.data, now);
    message.unsent = false;
    if (!server.fromAddress.isEmpty())
        message.fromAddress = server.fromAddress;
    QString error;
    m_request = {};
    m_request.server = server;
    m_request.sender = message.fromAddress;
    m_request.recipients = {message.toAddress};
    m_request.message = services::buildEmail(message, &error);
    return m_request.message.isEmpty() ? refuse(error) : true;
}

bool MailSender::send(const core::Draft &draft, const core::ComposedLetter &letter)
{
    if (isSending() || !prepare(draft, letter))
        return false;
    m_progress = new QProgressDialog(tr("Sending the letter to %1…").arg(draft.customer.email), tr("Cancel"), 0, 100, m_window);
    m_progress->setWindowTitle(tr("Sending"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &services::MailSendJob::cancel);
    m_progress->show();
    if (m_request.server.user.isEmpty()) {
        start(QString(), QString());
    } else {
        m_account = services::PasswordStore::accountKey(m_request.server.host, m_request.server.user);
        m_passwords->read(m_account);
    }
    return true;
}

void MailSender::start(const QString &password, const QString &keychainError)
{
    m_account.clear();
    if (!keychainError.isEmpty()) {
        delete m_progress;
        m_progress = nullptr;
        refuse(keychainError);
        return;
    }
    m_request.password = password;
    m_job->start(m_request);
}

void MailSender::finish()
{
    delete m_progress;
    m_progress = nullptr;
    const services::SmtpResult &result = m_job->result();
    if (result.sent)
        Q_EMIT sent(tr("Sent the letter to %1.").arg(m_request.recipients.value(0)));
    else if (result.cancelled)
        Q_EMIT failed(result.error);
    else
        refuse(result.error);
}

} // namespace amends::ui
