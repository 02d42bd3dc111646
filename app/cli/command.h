#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

class QCoreApplication;

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

/// Names the application and installs the translations for the system's language
/// (LANG, LC_ALL, LC_MESSAGES), in amends-cli and in the export helper alike.
void setUpApplication(QCoreApplication &app);

/// Runs @p command on @p arguments (starting with the command's name) with the user's
/// settings and the standard streams, flushes what it wrote, and ends the process with
/// its exit code at once: a command-line run has nothing to tear down that the system
/// does not reclaim, and freeing a loaded dictionary and rule set piece by piece only
/// delays the exit.
[[noreturn]] void runAndExit(const QStringList &arguments, int (*command)(const CommandContext &));

/// Parses @p context.arguments; prints help or an error as needed. Returns -1 to go
/// on, else the exit code to return at once.
int parseArguments(QCommandLineParser &parser, const CommandContext &context, const QString &description);

/// Prints "amends-cli: MESSAGE" to @p err (stderr) and returns UsageError.
int fail(QTextStream &err, const QString &message);
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
