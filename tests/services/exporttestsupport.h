#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace amends::test {

struct ToolResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs an independent tool (pdftotext, qpdf, Debian's python3) to check an output;
/// exitCode stays -1 when it cannot start.
ToolResult runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {});

/// Runs @p script with Debian's /usr/bin/python3 (which sees Debian's Python packages,
/// unlike a python3 that may come first on PATH).
ToolResult runPython(const QByteArray &script, const QStringList &arguments = {}, const QByteArray &input = {});

bool writeBytes(const QString &path, const QByteArray &bytes);
QByteArray readBytes(const QString &path);

} // namespace amends::test
