#pragma once

#include "letterwizard.h"
#include "wizardpage.h"

#include "core/checker.h"

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace amends::core {
class DraftDocument;
}

namespace amends::ui {

/// The last step: the letter's subject, greeting and closing, and a checklist of what
/// is still missing before it can go out. An item of the checklist leads where it can be
/// put right (double-click or Enter): a section to its page, the case details to the
/// case page, the findings that block sending to the first of them.
class ReviewPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(core::DraftDocument *document, QWidget *parent = nullptr);

    void enter() override;
    QListWidget *checklist() const { return m_checklist; }
    QLineEdit *subjectEdit() const { return m_subject; }
    /// The latest check of the draft: coverage, readability and findings.
    void setCheckResult(const core::CheckResult &result);
    /// Offers @p action (save, export, send) as a button at the foot of the page, so the
    /// last step leads somewhere; @p text is the button's own label.
    void addLeaveAction(QAction *action, const QString &text);

Q_SIGNALS:
    /// The writer asked to go to @p step to put an item right.
    void stepRequested(amends::ui::WizardStep step);
    /// The writer asked to go to the first finding that blocks sending.
    void firstErrorRequested();

private:
    void loadFromDocument();
    void updateChecklist();
    void addCheckResultItems();

    core::DraftDocument *m_document;
    QLineEdit *m_subject;
    QLineEdit *m_salutation;
    QPlainTextEdit *m_closing;
    QListWidget *m_checklist;
    QLabel *m_verdict;
    QHBoxLayout *m_leave;
    core::CheckResult m_result;
    bool m_hasResult = false;
};

} // namespace amends::ui
