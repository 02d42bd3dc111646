#include "letterwizard.h"

#include "wizardpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace amends::ui {

LetterWizard::LetterWizard(QWidget *parent)
    : QWidget(parent)
    , m_steps(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_stepLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(tr("&Next"), this))
{
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setFixedWidth(190);
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setSpacing(2);
    m_titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_stepLabel->setObjectName(QStringLiteral("stepCounter"));
    m_stepLabel->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_next->setDefault(true);
    m_next->setIcon(QIcon::fromTheme(QStringLiteral("go-next")));
    m_back->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));

    auto *header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_stepLabel);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);

    auto *pageColumn = new QVBoxLayout;
    pageColumn->addLayout(header);
    pageColumn->addWidget(m_stack, 1);
    pageColumn->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps);
    layout->addLayout(pageColumn, 1);

    connect(m_next, &QPushButton::clicked, this, &LetterWizard::next);
    connect(m_back, &QPushButton::clicked, this, &LetterWizard::back);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != currentIndex())
            setCurrentIndex(row);
    });
    auto *nextShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(nextShortcut, &QShortcut::activated, this, &LetterWizard::next);
    auto *backShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(backShortcut, &QShortcut::activated, this, &LetterWizard::back);
}

void LetterWizard::showStep(WizardStep step)
{
    setCurrentIndex(static_cast<int>(step));
}

void LetterWizard::addPage(WizardPage *page)
{
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(tr("%1. %2").arg(m_stack->count()).arg(page->stepName()), m_steps);
    item->setSizeHint(QSize(0, 30));
    connect(page, &WizardPage::completeChanged, this, &LetterWizard::updateNavigation);
    if (m_stack->count() == 1)
        setCurrentIndex(0);
    updateNavigation();
}

int LetterWizard::count() const
{
    return m_stack->count();
}

int LetterWizard::currentIndex() const
{
    return m_stack->currentIndex();
}

WizardPage *LetterWizard::page(int index) const
{
    return qobject_cast<WizardPage *>(m_stack->widget(index));
}

WizardPage *LetterWizard::currentPage() const
{
    return page(currentIndex());
}

bool LetterWizard::canReach(int index) const
{
    for (int i = 0; i < index; ++i) {
        if (!page(i)->isComplete())
            return false;
    }
    return index >= 0 && index < count();
}

void LetterWizard::setCurrentIndex(int index)
{
    if (!canReach(index)) {
        m_steps->setCurrentRow(currentIndex());
        return;
    }
    m_stack->setCurrentIndex(index);
    m_steps->setCurrentRow(index);
    WizardPage *shown = page(index);
    m_titleLabel->setText(shown->title());
    shown->enter();
    updateNavigation();
    Q_EMIT currentIndexChanged(index);
}

void LetterWizard::next()
{
    if (m_next->isEnabled())
        setCurrentIndex(currentIndex() + 1);
}

void LetterWizard::back()
{
    if (currentIndex() > 0)
        setCurrentIndex(currentIndex() - 1);
}

void LetterWizard::updateNavigation()
{
    const int index = currentIndex();
    WizardPage *current = currentPage();
    m_back->setEnabled(index > 0);
    m_next->setEnabled(current && current->isComplete() && index + 1 < count());
    m_next->setVisible(index + 1 < count());
    m_stepLabel->setText(tr("Step %1 of %2").arg(index + 1).arg(count()));
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *item = m_steps->item(i);
        const bool reachable = canReach(i);
        item->setFlags(reachable ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable) : Qt::NoItemFlags);
    }
}

} // namespace amends::ui
