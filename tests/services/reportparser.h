#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace amends::test {

/// Reads a folder report as a browser would, with Python's html.parser
/// (tests/data/report/parse_report.py run by Debian's /usr/bin/python3): the summary
/// figures ("cards"), the chart's "bars", the table's "headers" and "rows", and every
/// "tags" count, "src", "href" and "event_handlers" attribute. Adds a test failure and
/// returns an empty object when the page cannot be parsed.
QJsonObject parseReportHtml(const QByteArray &html);

/// The rows' values of @p key, in table order.
QList<int> rowNumbers(const QJsonObject &parsed, const QString &key);

} // namespace amends::test
