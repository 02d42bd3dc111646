#include "checkssettingsdialog.h"

#include "findingstyle.h"
#include "ruletitles.h"

#include "core/displaynames.h"
#include "core/rulecatalogue.h"
#include "core/settings.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace amends::ui {

ChecksSettingsDialog::ChecksSettingsDialog(const core::RuleSet &rules, core::Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_search(new QLineEdit(this))
    , m_rules(new QTreeWidget(this))
    , m_houseRules(new QListWidget(this))
    , m_userName(new QLineEdit(this))
{
    setWindowTitle(tr("Checks"));
    m_search->setPlaceholderText(tr("Search rules…"));
    m_search->setClearButtonEnabled(true);
    m_rules->setHeaderHidden(true);
    m_rules->setAccessibleName(tr("Rules"));
    fillRules(rules);
    m_houseRules->addItems(settings.houseRuleFiles());
    m_houseRules->setMaximumHeight(90);
    m_userName->setText(settings.userName());

    auto *rulesLabel = new QLabel(tr("&Rules (untick one to switch it off):"), this);
    rulesLabel->setBuddy(m_rules);
    auto *houseLabel = new QLabel(tr("&House rule packs:"), this);
    houseLabel->setBuddy(m_houseRules);
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *remove = new QPushButton(tr("Re&move"), this);
    auto *houseButtons = new QVBoxLayout;
    houseButtons->addWidget(add);
    houseButtons->addWidget(remove);
    houseButtons->addStretch(1);
    auto *houseRow = new QHBoxLayout;
    houseRow->addWidget(m_houseRules, 1);
    houseRow->addLayout(houseButtons);
    auto *nameForm = new QFormLayout;
    nameForm->addRow(tr("Your &name on dismissed findings:"), m_userName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(rulesLabel);
    layout->addWidget(m_rules, 1);
    layout->addWidget(houseLabel);
    layout->addLayout(houseRow);
    layout->addLayout(nameForm);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ChecksSettingsDialog::filter);
    connect(add, &QPushButton::clicked, this, &ChecksSettingsDialog::addHouseRules);
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_houseRules->selectedItems()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 620);
}

void ChecksSettingsDialog::fillRules(const core::RuleSet &rules)
{
    const QStringList disabled = m_settings.disabledRules();
    const QHash<QString, QString> titles = ruleTitles(rules);
    QHash<QString, QTreeWidgetItem *> groups;
    for (const core::RuleDescription &rule : core::describeRules(rules)) {
        QTreeWidgetItem *&group = groups[rule.category];
        if (!group) {
            group = new QTreeWidgetItem(m_rules, {core::categoryTitle(rule.category)});
            group->setExpanded(false);
        }
        // The title is what a person reads; the whole message and the id are a hover away.
        auto *item = new QTreeWidgetItem(group, {titles.value(rule.id, rule.id)});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, disabled.contains(rule.id) ? Qt::Unchecked : Qt::Checked);
        item->setData(0, Qt::UserRole, rule.id);
        item->setData(0, Qt::UserRole + 1, rule.displayMessage());
        item->setToolTip(0, QStringLiteral("%1\n(%2)").arg(rule.displayMessage(), rule.id));
    }
    m_rules->sortItems(0, Qt::AscendingOrder);
}

void ChecksSettingsDialog::filter(const QString &text)
{
    for (int g = 0; g < m_rules->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_rules->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                               || item->data(0, Qt::UserRole).toString().contains(text, Qt::CaseInsensitive)
                               || item->data(0, Qt::UserRole + 1).toString().contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
        group->setExpanded(!text.isEmpty());
    }
}

void ChecksSettingsDialog::addHouseRules()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add house rule packs"), QString(), tr("Rule packs (*.json)"));
    for (const QString &file : files) {
        if (m_houseRules->findItems(file, Qt::MatchExactly).isEmpty())
            m_houseRules->addItem(file);
    }
}

void ChecksSettingsDialog::apply()
{
    QStringList disabled;
    for (int g = 0; g < m_rules->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_rules->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->checkState(0) == Qt::Unchecked)
                disabled.append(group->child(i)->data(0, Qt::UserRole).toString());
        }
    }
    QStringList house;
    for (int i = 0; i < m_houseRules->count(); ++i)
        house.append(m_houseRules->item(i)->text());
    m_settings.setDisabledRules(disabled);
    m_settings.setHouseRuleFiles(house);
    m_settings.setUserName(m_userName->text().trimmed());
    m_settings.sync();
}

} // namespace amends::ui
