// A main window that saves without pause, for tests/reliability/kill_test.py to kill.
//
//   window_saver DRAFT RECOVERY_FOLDER SETTINGS_FILE
//
// Starts the window offscreen as the application does, with the recovery copies in
// RECOVERY_FOLDER, and first reports what it would offer to recover ("orphan N" for a
// copy holding version N, "orphan ?" for any other), then declines it. Opens DRAFT
// (making it, version 0, when missing) and prints "ready". Then, for k = 1, 2, …, sets
// the regret section to "version k" and alternately saves the draft with the window's
// Save action (odd k) or writes the recovery copy as autosave does (even k), printing
// "saving k" before and "saved k" after (or "autosaving k" / "autosaved k").

#include "core/draftdocument.h"
#include "core/recoverystore.h"
#include "core/settings.h"
#include "ui/autosavecontroller.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>

using namespace amends;

namespace {

QString versionText(int version)
{
    return QStringLiteral("We are sorry: version %1.").arg(version);
}

QString versionOf(const core::Draft &draft)
{
    static const QRegularExpression pattern(QStringLiteral("^We are sorry: version (\\d+)\\.$"));
    const QRegularExpressionMatch match = pattern.match(draft.section(core::Section::Regret));
    return match.hasMatch() ? match.captured(1) : QStringLiteral("?");
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QAction *saveAction(ui::MainWindow &window)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Save))
            return action;
    }
    return nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: window_saver DRAFT RECOVERY_FOLDER SETTINGS_FILE\n");
        return 2;
    }
    const QString draftPath = QString::fromLocal8Bit(argv[1]);
    core::Settings settings(QString::fromLocal8Bit(argv[3]));
    ui::MainWindow window(settings, QString::fromLocal8Bit(argv[2]));

    for (const core::RecoveryStore::Orphan &orphan : window.recoveryStore()->orphans()) {
        say(QStringLiteral("orphan ") + versionOf(orphan.draft));
        core::RecoveryStore::removeOrphan(orphan.recoveryPath);
    }
    if (!QFileInfo::exists(draftPath)) {
        window.newFromScenario(QStringLiteral("duplicate-charge"), true);
        window.document()->setSectionText(core::Section::Regret, versionText(0));
        if (const QString error = window.saveDraft(draftPath); !error.isEmpty()) {
            std::fprintf(stderr, "window_saver: %s\n", qPrintable(error));
            return 1;
        }
    } else if (const QString error = window.loadDraft(draftPath); !error.isEmpty()) {
        std::fprintf(stderr, "window_saver: %s\n", qPrintable(error));
        return 1;
    }
    window.show();
    QAction *save = saveAction(window);
    auto *autosave = window.findChild<ui::AutosaveController *>();
    if (!save || !autosave) {
        std::fprintf(stderr, "window_saver: the window has no Save action or no autosave\n");
        return 1;
    }
    say(QStringLiteral("ready"));

    for (int k = 1;; ++k) {
        window.document()->setSectionText(core::Section::Regret, versionText(k));
        QApplication::processEvents();
        const bool saving = k % 2 == 1;
        say(QStringLiteral("%1 %2").arg(saving ? QStringLiteral("saving") : QStringLiteral("autosaving")).arg(k));
        if (saving)
            save->trigger();
        else
            autosave->saveNow();
        say(QStringLiteral("%1 %2").arg(saving ? QStringLiteral("saved") : QStringLiteral("autosaved")).arg(k));
        QApplication::processEvents();
    }
}
