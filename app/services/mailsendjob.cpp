#include "mailsendjob.h"

#include <QThread>

namespace amends::services {

MailSendJob::MailSendJob(QObject *parent)
    : QObject(parent)
{
}

MailSendJob::~MailSendJob()
{
    // libcurl notices the flag at its next progress call (at least once a second)
    // and returns; waiting keeps the thread from outliving its data.
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void MailSendJob::start(const SmtpRequest &request)
{
    if (isRunning())
        return;
    m_cancelled->store(false);
    m_result = {};
    m_pending = std::make_shared<SmtpResult>();
    // The destructor waits for the thread, so the job outlives every use of `this`
    // there; queued progress for a deleted job is dropped by Qt.
    m_thread = QThread::create([this, request, pending = m_pending, cancelled = m_cancelled] {
        *pending = sendMail(request, [this, cancelled, last = qint64(-1)](qint64 sent, qint64 total) mutable {
            if (sent != last) {
                last = sent;
                QMetaObject::invokeMethod(this, [this, sent, total] { Q_EMIT progressed(sent, total); }, Qt::QueuedConnection);
            }
            return !cancelled->load();
        });
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_result = *m_pending;
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished();
    });
    m_thread->start();
}

void MailSendJob::cancel()
{
    m_cancelled->store(true);
}

bool MailSendJob::isRunning() const
{
    return m_thread != nullptr;
}

} // namespace amends::services
