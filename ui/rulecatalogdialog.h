#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace amends::core {
class RuleSet;
}

namespace amends::ui {

/// Every rule with its category, why it matters (and the source), and a bad and a good
/// example; searchable. Trainers teach from it; a finding opens its entry.
class RuleCatalogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RuleCatalogDialog(const core::RuleSet &rules, QWidget *parent = nullptr);

    /// Selects the rule @p id and shows its entry; false when there is no such rule.
    bool showRule(const QString &id);
    void setSearchText(const QString &text);
    /// Ids of the rules the search leaves visible.
    QStringList visibleRules() const;
    QString entryText() const;

private:
    void fill(const core::RuleSet &rules);
    void filter(const QString &text);
    void showCurrent();

    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QLabel *m_entry;
};

} // namespace amends::ui
