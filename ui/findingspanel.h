#pragma once

#include "core/checker.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace amends::ui {

/// Lists findings grouped by section; the selected one shows its explanation, its
/// fixes (one click each), and a way to dismiss it with a reason.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setResult(const core::CheckResult &result);
    /// The section being written (none on the case page and the review): its group is
    /// scrolled to the top of the list, now and whenever the list is rebuilt, so that
    /// a short list shows the findings of the page in front of the writer first.
    void setCurrentSection(std::optional<core::Section> section);
    /// Larger type for a projector.
    void setPresentationMode(bool on);
    /// Whether a finding offers Dismiss… (a letter that is not a draft has nowhere to keep
    /// the reason).
    void setDismissable(bool dismissable) { m_dismissable = dismissable; }
    QTreeWidget *tree() const { return m_tree; }
    /// Selects the finding after the current one in the list (before it when
    /// @p forward is false), from the top when none is, round at the end, and shows
    /// it in its editor (findingActivated()); false when nothing is listed.
    bool showNextFinding(bool forward = true);
    /// Selects and shows the first finding listed that blocks sending (an error); false
    /// when none is listed (a field to fill in is not).
    bool showFirstError();
    /// The finding shown in the details, if any.
    const core::Finding *currentFinding() const;
    /// Buttons of the current finding's fixes (for tests and keyboard users).
    QList<QPushButton *> fixButtons() const { return m_fixButtons; }
    /// Case fields the findings say are still empty, by their display names; they are
    /// shown as what is left to fill in, not listed as findings.
    QStringList fieldsToFill() const;
    QString summary() const;

Q_SIGNALS:
    void findingActivated(const amends::core::Finding &finding);
    void fixRequested(const amends::core::Finding &finding, const QString &replacement);
    void dismissRequested(const amends::core::Finding &finding);
    void ruleInfoRequested(const QString &ruleId);
    /// The writer asked to go to the case page to fill in the empty fields.
    void fillInRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showDetails();
    void showListOnlyWhenNeeded(bool needed);
    QTreeWidgetItem *findGroup(const QString &title) const;
    /// The findings' items as listed, group by group.
    QList<QTreeWidgetItem *> listedItems() const;
    void showItem(QTreeWidgetItem *item);
    QTreeWidgetItem *groupItem(const QString &title);
    void scrollToCurrentSection();

    QTreeWidget *m_tree;
    QSplitter *m_list = nullptr;
    QLabel *m_summary;
    QLabel *m_toFill;
    QStringList m_toFillNames;
    QLabel *m_details;
    QWidget *m_actions;
    QVBoxLayout *m_actionsLayout;
    QList<QPushButton *> m_fixButtons;
    QList<core::Finding> m_findings;
    bool m_shown = false; ///< Whether a result has been listed yet.
    std::optional<core::Section> m_currentSection;
    bool m_dismissable = true;
};

} // namespace amends::ui
