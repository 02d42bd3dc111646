#include "reviewpanel.h"

#include "sectionpage.h"

#include "core/displaynames.h"
#include "core/apologyscore.h"
#include "core/draftdocument.h"
#include "core/reviewworkflow.h"
#include "core/settings.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace amends::ui {

namespace Workflow = core::ReviewWorkflow;

ReviewPanel::ReviewPanel(core::DraftDocument *document, core::Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_settings(settings)
    , m_status(new QLabel(this))
    , m_score(new QLabel(this))
    , m_improvements(new QLabel(this))
    , m_comments(new QListWidget(this))
    , m_history(new QListWidget(this))
    , m_dismissed(new QListWidget(this))
{
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setObjectName(QStringLiteral("apologyScore"));
    m_improvements->setWordWrap(true);
    m_status->setWordWrap(true);
    // Lists wrap their lines: the panel is narrow, and nothing in it scrolls sideways.
    for (QListWidget *list : {m_comments, m_history, m_dismissed}) {
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setResizeMode(QListView::Adjust);
    }
    m_comments->setAccessibleName(tr("Comments"));
    m_history->setAccessibleName(tr("Status history"));

    auto *buttons = new QGridLayout;
    const QList<std::pair<core::ReviewStatus, QString>> moves = {
        {core::ReviewStatus::ReadyForReview, tr("Su&bmit for review")},
        {core::ReviewStatus::Approved, tr("Appro&ve")},
        {core::ReviewStatus::ChangesRequested, tr("Request c&hanges")},
        {core::ReviewStatus::Draft, tr("Back to &draft")},
    };
    for (int i = 0; i < moves.size(); ++i) {
        auto *button = new QPushButton(moves[i].second, this);
        const core::ReviewStatus to = moves[i].first;
        connect(button, &QPushButton::clicked, this, [this, to] { changeStatus(to); });
        buttons->addWidget(button, i / 2, i % 2);
        m_statusButtons.append({to, button});
    }
    auto *comment = new QPushButton(tr("Add &comment…"), this);
    connect(comment, &QPushButton::clicked, this, &ReviewPanel::commentRequested);

    // The whole panel scrolls, so large type (presentation view) never cuts a line.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    layout->addWidget(m_score);
    layout->addWidget(m_improvements);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Comments on this part:"), this));
    layout->addWidget(m_comments, 2);
    layout->addWidget(comment);
    layout->addWidget(new QLabel(tr("Dismissed findings:"), this));
    layout->addWidget(m_dismissed, 1);
    layout->addWidget(new QLabel(tr("History:"), this));
    layout->addWidget(m_history, 1);

    connect(m_comments, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        m_document->setCommentResolved(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(m_document, &core::DraftDocument::reviewChanged, this, &ReviewPanel::refresh);
    connect(m_document, &core::DraftDocument::wasReset, this, &ReviewPanel::refresh);
    refresh();
}

QPushButton *ReviewPanel::statusButton(core::ReviewStatus to) const
{
    for (const auto &[status, button] : m_statusButtons) {
        if (status == to)
            return button;
    }
    return nullptr;
}

void ReviewPanel::setCheckResult(const core::CheckResult &result)
{
    m_result = result;
    showCheckResult();
}

void ReviewPanel::setSection(std::optional<core::Section> section)
{
    m_section = section;
    refresh();
}

void ReviewPanel::addComment(const QString &text, int start, int end)
{
    m_document->addComment(m_settings.userName(), text, m_section, start, end);
}

QString ReviewPanel::author() const
{
    const core::Draft &draft = m_document->draft();
    for (auto change = draft.review.history.crbegin(); change != draft.review.history.crend(); ++change) {
        if (change->to == core::ReviewStatus::ReadyForReview && !change->author.trimmed().isEmpty())
            return change->author.trimmed();
    }
    return draft.sender.name.trimmed();
}

namespace {

bool samePerson(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

void ReviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ReviewPanel::changeStatus(core::ReviewStatus to)
{
    if (to == core::ReviewStatus::Approved && samePerson(m_settings.userName().trimmed(), author())) {
        QMessageBox::information(this, tr("Review"), tr("You wrote this letter, so someone else must approve it."));
        return;
    }
    const QString error = m_document->changeReviewStatus(to, m_settings.userName());
    if (!error.isEmpty())
        QMessageBox::information(this, tr("Review"), error);
}

void ReviewPanel::refresh()
{
    const core::Review &review = m_document->draft().review;
    m_status->setText(tr("Status: <b>%1</b>%2").arg(Workflow::statusDisplayName(review.status),
                                                     review.reviewer.isEmpty() ? QString() : tr(" (reviewer: %1)").arg(review.reviewer.toHtmlEscaped())));
    // A writer does not approve their own letter: the reviewer's name (Settings → Checks)
    // must differ from the author's, and the button says why it is off.
    const bool ownLetter = samePerson(m_settings.userName().trimmed(), author());
    for (const auto &[to, button] : m_statusButtons) {
        const bool own = to == core::ReviewStatus::Approved && ownLetter;
        button->setEnabled(Workflow::canChange(review.status, to) && !own);
        button->setToolTip(own ? tr("You (%1) wrote this letter, so someone else must approve it.").arg(author()) : QString());
    }
    if (ownLetter && review.status == core::ReviewStatus::ReadyForReview)
        m_status->setText(m_status->text() + tr("<br/><i>Waiting for another reviewer: you cannot approve your own letter.</i>"));

    const QSignalBlocker blocker(m_comments);
    m_comments->clear();
    for (const core::ReviewComment &comment : review.comments) {
        if (m_section && comment.section != m_section)
            continue;
        const QString where = comment.section ? core::sectionTitle(*comment.section) : tr("Whole letter");
        const QString quote = comment.quote.isEmpty() ? QString() : tr(" on “%1”").arg(comment.quote);
        auto *item = new QListWidgetItem(tr("%1 — %2%3: %4").arg(comment.author, where, quote, comment.text), m_comments);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(comment.resolved ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("Tick when resolved."));
        item->setData(Qt::UserRole, comment.id);
    }
    m_history->clear();
    for (const core::StatusChange &change : review.history) {
        m_history->addItem(tr("%1: %2 → %3 by %4")
                               .arg(QLocale().toString(change.when.toLocalTime(), QLocale::ShortFormat),
                                    Workflow::statusDisplayName(change.from), Workflow::statusDisplayName(change.to), change.author));
    }
    showCheckResult();
}

// What comes from the latest check: the score, what would raise it, and the findings
// dismissed. A check follows every pause in typing, so only what changed is redrawn.
void ReviewPanel::showCheckResult()
{
    const core::ApologyScore score = core::scoreLetter(m_result);
    m_score->setText(tr("Apology score: %1 / 100").arg(score.value));
    const QString colour = score.value >= 85 ? QStringLiteral("color:#1a7f37;")
                           : score.value >= 60 ? QStringLiteral("color:#b35c00;")
                                               : QStringLiteral("color:#b42318;");
    if (m_score->styleSheet() != colour)
        m_score->setStyleSheet(colour);
    QString advice;
    for (const QString &improvement : score.improvements.mid(0, 3))
        advice += QLatin1String("<li>") + improvement.toHtmlEscaped() + QLatin1String("</li>");
    m_improvements->setText(score.improvements.isEmpty() ? tr("Nothing to improve: this is a complete apology.")
                                                         : tr("To raise it:<ul style=\"margin-left:-24px\">%1</ul>").arg(advice));
    QStringList dismissed;
    for (const core::DismissedFinding &item : m_result.dismissed)
        dismissed.append(tr("%1 — “%2”: %3 (%4)").arg(item.finding.message, item.finding.excerpt, item.reason, item.author));
    QStringList shown;
    for (int i = 0; i < m_dismissed->count(); ++i)
        shown.append(m_dismissed->item(i)->text());
    if (shown != dismissed) {
        m_dismissed->clear();
        m_dismissed->addItems(dismissed);
    }
}

} // namespace amends::ui
