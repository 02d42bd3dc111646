#pragma once

#include "smtpsender.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace amends::services {

/// Sends one message on a worker thread so the window stays responsive. Signals
/// arrive on the thread that created the job; it can be cancelled at any time.
class MailSendJob : public QObject
{
    Q_OBJECT

public:
    explicit MailSendJob(QObject *parent = nullptr);
    ~MailSendJob() override;

    void start(const SmtpRequest &request);
    void cancel();
    bool isRunning() const;
    const SmtpResult &result() const { return m_result; }

Q_SIGNALS:
    void progressed(qint64 sent, qint64 total);
    /// result() holds the outcome.
    void finished();

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<SmtpResult> m_pending;
    SmtpResult m_result;
};

} // namespace amends::services
