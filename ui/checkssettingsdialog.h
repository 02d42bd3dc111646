#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTreeWidget;

namespace amends::core {
class RuleSet;
class Settings;
} // namespace amends::core

namespace amends::ui {

/// Which checks run: every rule can be switched off, and a team can add its own rule
/// packs (banned phrases, company jargon, required sentences).
class ChecksSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    ChecksSettingsDialog(const core::RuleSet &rules, core::Settings &settings, QWidget *parent = nullptr);

    /// Writes the choices to the settings (called on OK).
    void apply();
    QTreeWidget *ruleTree() const { return m_rules; }
    QListWidget *houseRuleList() const { return m_houseRules; }

private:
    void fillRules(const core::RuleSet &rules);
    void filter(const QString &text);
    void addHouseRules();

    core::Settings &m_settings;
    QLineEdit *m_search;
    QTreeWidget *m_rules;
    QListWidget *m_houseRules;
    QLineEdit *m_userName;
};

} // namespace amends::ui
