#include "mailto.h"

#include <QRegularExpression>

namespace amends::core {

namespace {

QByteArray encodeValue(const QString &value)
{
    // Only unreserved characters stay literal: '&', '=', '?', '#', '%' and spaces in a
    // value are all escaped, so the value cannot end itself and start a new parameter.
    return QUrl::toPercentEncoding(value);
}

QString crlf(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return text;
}

} // namespace

QString headerSafe(const QString &text)
{
    static const QRegularExpression controls(QStringLiteral("[\\x{0}-\\x{1f}\\x{7f}-\\x{9f}\\x{2028}\\x{2029}]+"));
    return QString(text).replace(controls, QStringLiteral(" ")).trimmed();
}

bool isPlainEmailAddress(const QString &address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9!#$'*+/=^_`{|}~-]+(?:\\.[A-Za-z0-9!#$'*+/=^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\z"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

QUrl mailtoUrl(const QString &address, const QString &subject, const QString &body)
{
    QByteArray url = "mailto:";
    if (isPlainEmailAddress(address))
        url += encodeValue(address).replace("%40", "@");
    url += "?subject=" + encodeValue(QString(subject).replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]+")),
                                                              QStringLiteral(" ")));
    QString text = crlf(body);
    QByteArray encodedBody = encodeValue(text);
    const qsizetype room = kMaxMailtoLength - url.size() - 6;
    while (encodedBody.size() > room && !text.isEmpty()) {
        const qsizetype cut = text.lastIndexOf(QLatin1String("\r\n"), text.size() - 3);
        text.truncate(cut > 0 ? cut : 0);
        encodedBody = encodeValue(text);
    }
    url += "&body=" + encodedBody;
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

} // namespace amends::core
