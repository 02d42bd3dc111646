#include "findingspanel.h"

#include "findingstyle.h"
#include "sectionpage.h"

#include "core/displaynames.h"
#include "core/fields.h"
#include "core/structurerules.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace amends::ui {

namespace {
constexpr int kFindingRole = Qt::UserRole + 1;
constexpr int kMaxFixButtons = 3;

// The name of the case field a finding only says is still empty, or nothing. On a new
// letter there are many of these; they say what is left to fill in, not what is wrong
// with the writing, so they are listed once each, by the name the case page uses.
QString emptyFieldOf(const core::Finding &finding)
{
    if (finding.category != QLatin1String("placeholder"))
        return {};
    static const QRegularExpression placeholder(QStringLiteral("^\\{([a-z]+(?:\\.[a-z]+)?)\\}$"));
    if (const QRegularExpressionMatch match = placeholder.match(finding.excerpt); match.hasMatch()) {
        if (core::findField(match.captured(1)))
            return core::fieldTitle(match.captured(1));
    }
    if (finding.rule == core::StructureRuleId::requiredField) {
        for (const core::FieldSpec &spec : core::fieldSpecs()) {
            if (finding.message.contains(core::fieldTitle(spec.key)))
                return core::fieldTitle(spec.key);
        }
    }
    return {};
}

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_toFill(new QLabel(this))
    , m_details(new QLabel(this))
    , m_actions(new QWidget(this))
    , m_actionsLayout(new QVBoxLayout(m_actions))
{
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Findings"));
    m_toFill->setObjectName(QStringLiteral("toFill"));
    m_toFill->setWordWrap(true);
    m_toFill->setTextFormat(Qt::RichText);
    connect(m_toFill, &QLabel::linkActivated, this, &FindingsPanel::fillInRequested);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);

    auto *detailColumn = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailColumn);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    detailLayout->addWidget(m_details, 1);
    detailLayout->addWidget(m_actions);

    m_list = new QSplitter(Qt::Horizontal, this);
    m_list->addWidget(m_tree);
    m_list->addWidget(detailColumn);
    m_list->setStretchFactor(0, 3);
    m_list->setStretchFactor(1, 2);
    m_list->setSizes({600, 400});
    m_list->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(m_toFill);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FindingsPanel::showDetails);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item->data(0, kFindingRole);
        if (index.isValid())
            Q_EMIT findingActivated(m_findings.at(index.toInt()));
    });
    setResult({});
}

QTreeWidgetItem *FindingsPanel::findGroup(const QString &title) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == title)
            return m_tree->topLevelItem(i);
    }
    return nullptr;
}

QTreeWidgetItem *FindingsPanel::groupItem(const QString &title)
{
    if (QTreeWidgetItem *group = findGroup(title))
        return group;
    auto *group = new QTreeWidgetItem(m_tree);
    group->setData(0, Qt::UserRole, title);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setExpanded(true);
    return group;
}

void FindingsPanel::setResult(const core::CheckResult &result)
{
    // Typing moves findings but seldom changes them: then the list stays as it is (its
    // items refer to findings by their place in the list, which is the same). What the
    // list shows of an unfilled field is the field its words name.
    const bool unchanged = m_shown && core::sameFindingsApartFromPlace(m_findings, result.findings)
                           && std::equal(m_findings.cbegin(), m_findings.cend(), result.findings.cbegin(),
                                         [](const core::Finding &a, const core::Finding &b) { return emptyFieldOf(a) == emptyFieldOf(b); });
    const core::Finding *selected = currentFinding();
    const QString selectedWords = selected ? selected->excerpt : QString();
    m_findings = result.findings;
    if (unchanged) {
        // A finding on a whole sentence covers more words as the sentence grows.
        if (selected && currentFinding()->excerpt != selectedWords)
            showDetails();
        return;
    }
    m_shown = true;
    m_tree->clear();
    // Groups in letter order: the six sections, then words outside them (a greeting, a
    // signature, a paragraph that is none of the six), then the letter as a whole (too
    // short, hard to read): findings without words. A missing part is listed under it.
    for (core::Section section : core::kSections)
        groupItem(core::sectionTitle(section));
    const QString elsewhere = tr("Elsewhere in the letter");
    const QString wholeLetter = tr("Whole letter");
    groupItem(elsewhere);
    groupItem(wholeLetter);
    QStringList toFill;
    QHash<QString, QTreeWidgetItem *> repeated; // the same message in the same group, listed once
    int listed = 0;
    int errors = 0;
    for (int i = 0; i < m_findings.size(); ++i) {
        const core::Finding &finding = m_findings.at(i);
        if (const QString field = emptyFieldOf(finding); !field.isEmpty()) {
            if (!toFill.contains(field))
                toFill.append(field);
            continue;
        }
        ++listed;
        errors += finding.severity == core::Severity::Error ? 1 : 0;
        const QString groupTitle = finding.section ? core::sectionTitle(*finding.section)
                                   : finding.end > finding.start ? elsewhere
                                                                 : wholeLetter;
        QTreeWidgetItem *&same = repeated[groupTitle + u'\n' + finding.rule + u'\n' + finding.message];
        if (same) {
            const int count = same->data(0, kFindingRole + 1).toInt() + 1;
            same->setData(0, kFindingRole + 1, count);
            same->setText(0, tr("%1 (%2 times)").arg(finding.message).arg(count));
            continue;
        }
        auto *item = new QTreeWidgetItem(groupItem(groupTitle), {finding.message});
        item->setIcon(0, severityIcon(finding.severity));
        item->setToolTip(0, finding.explanation);
        item->setData(0, kFindingRole, i);
        item->setData(0, kFindingRole + 1, 1);
        item->setForeground(0, findingColor(finding.category).darker(130));
        same = item;
    }
    for (int i = m_tree->topLevelItemCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        if (group->childCount() == 0)
            delete group;
        else
            group->setText(0, tr("%1 (%2)").arg(group->data(0, Qt::UserRole).toString()).arg(group->childCount()));
    }
    m_toFill->setText(toFill.isEmpty() ? QString()
                                       : tr("Still to fill in: %1. <a href=\"case\">Fill them in on the case page</a>.")
                                             .arg(toFill.join(tr(", ")).toHtmlEscaped()));
    m_toFill->setVisible(!toFill.isEmpty());
    m_toFillNames = toFill;
    showListOnlyWhenNeeded(listed > 0);
    m_summary->setText(listed == 0 ? tr("No findings: the writing passes every check.")
                                   : tr("%n finding(s)", nullptr, listed)
                                         + (errors ? tr(", %n must be fixed before sending", nullptr, errors) : QString()));
    showDetails();
    scrollToCurrentSection();
}

void FindingsPanel::setCurrentSection(std::optional<core::Section> section)
{
    m_currentSection = section;
    scrollToCurrentSection();
}

void FindingsPanel::scrollToCurrentSection()
{
    QTreeWidgetItem *group = m_currentSection ? findGroup(core::sectionTitle(*m_currentSection)) : nullptr;
    if (group)
        m_tree->scrollToItem(group, QAbstractItemView::PositionAtTop);
    else if (!m_currentSection)
        m_tree->scrollToTop();
}

QList<QTreeWidgetItem *> FindingsPanel::listedItems() const
{
    QList<QTreeWidgetItem *> items;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < m_tree->topLevelItem(g)->childCount(); ++i)
            items.append(m_tree->topLevelItem(g)->child(i));
    }
    return items;
}

void FindingsPanel::showItem(QTreeWidgetItem *item)
{
    item->parent()->setExpanded(true);
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
    Q_EMIT findingActivated(m_findings.at(item->data(0, kFindingRole).toInt()));
}

bool FindingsPanel::showNextFinding(bool forward)
{
    const QList<QTreeWidgetItem *> items = listedItems();
    if (items.isEmpty())
        return false;
    const qsizetype current = items.indexOf(m_tree->currentItem());
    qsizetype next = 0;
    if (current < 0)
        next = forward ? 0 : items.size() - 1;
    else
        next = (current + (forward ? 1 : items.size() - 1)) % items.size();
    showItem(items.at(next));
    return true;
}

bool FindingsPanel::showFirstError()
{
    for (QTreeWidgetItem *item : listedItems()) {
        if (m_findings.at(item->data(0, kFindingRole).toInt()).severity == core::Severity::Error) {
            showItem(item);
            return true;
        }
    }
    return false;
}

QStringList FindingsPanel::fieldsToFill() const
{
    return m_toFillNames;
}

// With nothing listed the panel is its summary lines and no more, so the letter gets the
// room an empty list would take.
void FindingsPanel::showListOnlyWhenNeeded(bool needed)
{
    m_list->setVisible(needed);
    if (needed) {
        setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    const QMargins margins = layout()->contentsMargins();
    const int width = std::max(200, this->width() - margins.left() - margins.right());
    int height = margins.top() + margins.bottom() + m_summary->sizeHint().height();
    if (!m_toFill->isHidden())
        height += layout()->spacing() + m_toFill->heightForWidth(width);
    setMaximumHeight(height);
}

void FindingsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_list->isHidden())
        showListOnlyWhenNeeded(false); // the lines to fill in wrap anew
}

QString FindingsPanel::summary() const
{
    return m_summary->text();
}

const core::Finding *FindingsPanel::currentFinding() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QVariant index = item ? item->data(0, kFindingRole) : QVariant();
    return index.isValid() ? &m_findings.at(index.toInt()) : nullptr;
}

void FindingsPanel::showDetails()
{
    qDeleteAll(m_actions->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_fixButtons.clear();
    const core::Finding *finding = currentFinding();
    if (!finding) {
        m_details->setText(m_findings.isEmpty() ? QString() : tr("<i>Select a finding to see why it matters and how to fix it.</i>"));
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b><br/><span style=\"color:%2\">%3</span></p><p>%4</p>")
                       .arg(finding->message.toHtmlEscaped(), findingColor(finding->category).name(),
                            core::categoryTitle(finding->category).toHtmlEscaped(), finding->explanation.toHtmlEscaped());
    if (!finding->excerpt.isEmpty())
        html += tr("<p>In the letter: “%1”</p>").arg(finding->excerpt.toHtmlEscaped());
    m_details->setText(html);
    // The buttons act on the finding as the latest check has it: typing moves it (and may
    // change its words) without the list, or these buttons, being made again.
    for (const QString &suggestion : finding->suggestions.mid(0, kMaxFixButtons)) {
        auto *button = new QPushButton(tr("Replace with “%1”").arg(suggestion), m_actions);
        connect(button, &QPushButton::clicked, this, [this, suggestion] {
            if (const core::Finding *current = currentFinding())
                Q_EMIT fixRequested(*current, suggestion);
        });
        m_actionsLayout->addWidget(button);
        m_fixButtons.append(button);
    }
    auto *row = new QWidget(m_actions);
    row->setObjectName(QStringLiteral("findingButtons"));
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    if (m_dismissable) {
        auto *dismiss = new QPushButton(tr("&Dismiss…"), row);
        rowLayout->addWidget(dismiss);
        connect(dismiss, &QPushButton::clicked, this, [this] {
            if (const core::Finding *current = currentFinding())
                Q_EMIT dismissRequested(*current);
        });
    }
    auto *why = new QPushButton(tr("About this &rule"), row);
    rowLayout->addWidget(why);
    m_actionsLayout->addWidget(row);
    connect(why, &QPushButton::clicked, this, [this] {
        if (const core::Finding *current = currentFinding())
            Q_EMIT ruleInfoRequested(current->rule);
    });
}

void FindingsPanel::setPresentationMode(bool on)
{
    QFont font = QWidget::font();
    font.setPointSizeF(on ? font.pointSizeF() * 1.6 : QFont().pointSizeF());
    setFont(font);
}

} // namespace amends::ui
