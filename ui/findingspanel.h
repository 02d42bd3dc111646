#pragma once

#include "core/checker.h"

#include <QWidget>

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
    /// Larger type for a projector.
    void setPresentationMode(bool on);
    QTreeWidget *tree() const { return m_tree; }
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
    QTreeWidgetItem *groupItem(const QString &title);

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
};

} // namespace amends::ui
