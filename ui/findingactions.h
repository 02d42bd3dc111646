#pragma once

#include "core/finding.h"

#include <QObject>

class QPlainTextEdit;
class QWidget;

namespace amends::core {
class DraftDocument;
class RuleSet;
class Settings;
} // namespace amends::core

namespace amends::ui {

class CheckController;
class SectionEditors;

/// Puts @p replacement in place of the words of @p finding in @p editor (the finding's
/// offsets are positions in that editor's text) as one undo step, with a capital where
/// the words had one ("Prior to this" becomes "Before this"); false when the text there
/// is no longer the finding's words.
bool replaceFindingWords(QPlainTextEdit *editor, const core::Finding &finding, const QString &replacement);

/// Opens the rule catalogue of @p rules at @p ruleId, over @p parent.
void showRuleInCatalogue(const core::RuleSet &rules, const QString &ruleId, QWidget *parent);

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
