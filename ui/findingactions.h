#pragma once

#include "core/finding.h"

#include <QObject>

class QWidget;

namespace amends::core {
class DraftDocument;
class Settings;
} // namespace amends::core

namespace amends::ui {

class CheckController;
class SectionEditors;

/// What the writer can do with a finding: go to it, apply a fix (one undo step in the
/// section's editor), dismiss it with a reason, or read about its rule.
class FindingActions : public QObject
{
    Q_OBJECT

public:
    /// @p window is the parent of the dialogs the actions open.
    FindingActions(SectionEditors &editors, core::DraftDocument *document, CheckController *checks,
                   core::Settings &settings, QWidget *window);

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
    SectionEditors &m_editors;
    core::DraftDocument *m_document;
    CheckController *m_checks;
    core::Settings &m_settings;
    QWidget *m_window;
};

} // namespace amends::ui
