#include "rulecatalogdialog.h"

#include "findingstyle.h"
#include "ruletitles.h"

#include "core/displaynames.h"
#include "core/apologyscore.h"
#include "core/rulecatalogue.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace amends::ui {

namespace {

constexpr int kEntryRole = Qt::UserRole + 1;

QString entryHtml(const core::RuleDescription &entry)
{
    QString html = QStringLiteral("<h3>%1</h3><p style=\"color:%2\">%3 · %4 · <code>%5</code></p><p>%6</p>")
                       .arg(entry.displayMessage().toHtmlEscaped(), findingColor(entry.category).name(),
                            core::categoryTitle(entry.category).toHtmlEscaped(), core::severityKey(entry.severity).toHtmlEscaped(),
                            entry.id.toHtmlEscaped(), entry.explanation.toHtmlEscaped());
    if (!entry.source.isEmpty())
        html += RuleCatalogDialog::tr("<p><i>Source: %1</i></p>").arg(entry.source.toHtmlEscaped());
    for (const QString &bad : entry.bad)
        html += RuleCatalogDialog::tr("<p><span style=\"color:#b42318\">✘ Poor:</span> %1</p>").arg(bad.toHtmlEscaped());
    for (const QString &good : entry.good)
        html += RuleCatalogDialog::tr("<p><span style=\"color:#1a7f37\">✔ Better:</span> %1</p>").arg(good.toHtmlEscaped());
    return html;
}

} // namespace

RuleCatalogDialog::RuleCatalogDialog(const core::RuleSet &rules, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_entry(new QLabel(this))
{
    setWindowTitle(tr("Rule catalogue"));
    m_search->setPlaceholderText(tr("Search rules, e.g. “blame” or “sorry if”…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search rules"));
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Rules"));
    m_entry->setWordWrap(true);
    m_entry->setTextFormat(Qt::RichText);
    m_entry->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_entry->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_entry->setMargin(8);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_entry);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(scroll);
    splitter->setSizes({320, 480});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    fill(rules);
    connect(m_search, &QLineEdit::textChanged, this, &RuleCatalogDialog::filter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RuleCatalogDialog::showCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showCurrent();
    resize(880, 600);
}

void RuleCatalogDialog::fill(const core::RuleSet &rules)
{
    const QHash<QString, QString> titles = ruleTitles(rules);
    QHash<QString, QTreeWidgetItem *> groups;
    for (const core::RuleDescription &entry : core::describeRules(rules)) {
        QTreeWidgetItem *&group = groups[entry.category];
        if (!group)
            group = new QTreeWidgetItem(m_tree, {core::categoryTitle(entry.category)});
        auto *item = new QTreeWidgetItem(group, {titles.value(entry.id, entry.displayMessage())});
        item->setData(0, Qt::UserRole, entry.id);
        item->setData(0, kEntryRole, entryHtml(entry));
        item->setData(0, kEntryRole + 1, (QStringList{entry.id, entry.category, entry.displayMessage(), entry.explanation} + entry.bad)
                                              .join(QLatin1Char(' ')));
        item->setToolTip(0, entry.id);
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
    // Opened from the Help menu it shows a rule at once, never an empty page.
    if (m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0) {
        m_tree->topLevelItem(0)->setExpanded(true);
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
    }
}

void RuleCatalogDialog::filter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->data(0, kEntryRole + 1).toString().contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
        group->setExpanded(!text.isEmpty());
    }
}

void RuleCatalogDialog::showCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_entry->setText(item && item->parent() ? item->data(0, kEntryRole).toString()
                                            : tr("<p>Choose a rule to see why it matters, where the advice comes from, and a "
                                                 "poor and a better example.</p><h3>The apology score</h3><p>%1</p>")
                                                  .arg(core::scoreExplanation().toHtmlEscaped()));
}

bool RuleCatalogDialog::showRule(const QString &id)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, Qt::UserRole).toString() == id) {
                group->setExpanded(true);
                m_tree->setCurrentItem(group->child(i));
                m_tree->scrollToItem(group->child(i));
                return true;
            }
        }
    }
    return false;
}

void RuleCatalogDialog::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QStringList RuleCatalogDialog::visibleRules() const
{
    QStringList ids;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->child(i)->isHidden())
                ids.append(group->child(i)->data(0, Qt::UserRole).toString());
        }
    }
    return ids;
}

QString RuleCatalogDialog::entryText() const
{
    return m_entry->text();
}

} // namespace amends::ui
