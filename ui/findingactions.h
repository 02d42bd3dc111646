#pragma once

#include "core/finding.h"

#include <QObject>

namespace amends::core {
class Settings;
}

namespace amends::ui {

class CheckController;
class MainWindow;

/// What the writer can do with a finding: go to it, apply a fix (one undo step in the
/// section's editor), dismiss it with a reason, or read about its rule.
class FindingActions : public QObject
{
    Q_OBJECT

public:
    FindingActions(MainWindow *window, CheckController *checks, core::Settings &settings);

    /// Opens the finding's section and selects its words.
    void show(const core::Finding &finding);
    /// Replaces the finding's words with @p replacement; false when they are not
    /// plain text of a section (e.g. a filled-in value).
    bool applyFix(const core::Finding &finding, const QString &replacement);
    /// Asks for a reason, then dismisses.
    void dismiss(const core::Finding &finding);
    void dismissWithReason(const core::Finding &finding, const QString &reason);
    void showRuleInfo(const QString &ruleId);

private:
    MainWindow *m_window;
    CheckController *m_checks;
    core::Settings &m_settings;
};

} // namespace amends::ui
