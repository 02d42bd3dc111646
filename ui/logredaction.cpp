#include "logredaction.h"

#include <QRegularExpression>
#include <QString>

namespace amends::ui {

namespace {

QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (previousHandler)
        previousHandler(type, context, LogRedaction::redacted(message));
}

} // namespace

LogRedaction::LogRedaction()
    : m_previous(qInstallMessageHandler(redactingHandler))
{
    previousHandler = m_previous;
}

LogRedaction::~LogRedaction()
{
    qInstallMessageHandler(m_previous);
    previousHandler = nullptr;
}

QString LogRedaction::redacted(const QString &message)
{
    // Up to the quote that closes it, or to the end: a letter's URL holds spaces.
    static const QRegularExpression mailto(QStringLiteral("mailto:[^'\"]*"), QRegularExpression::CaseInsensitiveOption);
    return QString(message).replace(mailto, QStringLiteral("mailto:[letter withheld]"));
}

} // namespace amends::ui
