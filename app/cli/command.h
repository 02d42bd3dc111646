#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace amends::core {
class Settings;
}

namespace amends::cli {

/// Exit codes shared by every command (docs/ARCHITECTURE.md, "Command line"): 0 success,
/// 1 problems found (check) or a letter not ready to leave (export), 2 bad usage or
/// unreadable input.
enum ExitCode { Success = 0, FindingsFound = 1, NotReady = 1, UsageError = 2 };

struct CommandContext {
    QStringList arguments; ///< Starting with the command's own name.
    QTextStream &out;
    QTextStream &err;
    core::Settings &settings;
};

/// Parses @p context.arguments; prints help or an error as needed. Returns -1 to go
/// on, else the exit code to return at once.
int parseArguments(QCommandLineParser &parser, const CommandContext &context, const QString &description);

/// Prints "amends-cli: MESSAGE" to stderr and returns UsageError.
int fail(const CommandContext &context, const QString &message);

int runCheck(const CommandContext &context);
int runExport(const CommandContext &context);
int runNew(const CommandContext &context);
int runRender(const CommandContext &context);
int runReport(const CommandContext &context);
int runRules(const CommandContext &context);
int runScenarios(const CommandContext &context);
int runSpell(const CommandContext &context);

} // namespace amends::cli
