#include "scenariodialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace amends::ui {

ScenarioDialog::ScenarioDialog(const QList<core::Scenario> &scenarios, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("New letter from a scenario"));
    auto *label = new QLabel(tr("&What went wrong with the customer's bill?"), this);
    label->setBuddy(m_list);
    for (const core::Scenario &scenario : scenarios) {
        auto *item = new QListWidgetItem(scenario.title, m_list);
        item->setData(Qt::UserRole, scenario.id);
        item->setData(Qt::UserRole + 1, scenario.summary);
        item->setSizeHint(QSize(0, 28));
    }
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start letter"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_summary->setText(item ? item->data(Qt::UserRole + 1).toString() : QString());
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(0);
    resize(480, 380);
}

QString ScenarioDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace amends::ui
