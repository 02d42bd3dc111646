#include "reportparser.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>

namespace amends::test {

QJsonObject parseReportHtml(const QByteArray &html)
{
    QTemporaryFile page;
    if (!page.open() || page.write(html) != html.size() || !page.flush()) {
        ADD_FAILURE() << "cannot write the page to parse";
        return {};
    }
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {dataPath(QStringLiteral("report/parse_report.py")), page.fileName()});
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        ADD_FAILURE() << "the HTML parser failed: " << python.readAllStandardError().toStdString();
        return {};
    }
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(python.readAllStandardOutput(), &error);
    if (!parsed.isObject())
        ADD_FAILURE() << "the HTML parser's output is not JSON: " << error.errorString().toStdString();
    return parsed.object();
}

QList<int> rowNumbers(const QJsonObject &parsed, const QString &key)
{
    QList<int> numbers;
    for (const QJsonValue &row : parsed.value(QStringLiteral("rows")).toArray())
        numbers.append(row.toObject().value(key).toInt(-1));
    return numbers;
}

} // namespace amends::test
