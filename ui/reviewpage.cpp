#include "reviewpage.h"

#include "sectionpage.h"

#include "core/displaynames.h"
#include "core/composer.h"
#include "core/draftdocument.h"
#include "core/fields.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace amends::ui {

namespace {

// Where an item of the checklist leads (its data at kTargetRole): a wizard step, or the
// first finding that blocks sending.
constexpr int kTargetRole = Qt::UserRole + 1;
constexpr int kFirstError = -1;

void addCheck(QListWidget *list, bool ok, const QString &text, std::optional<int> target = std::nullopt)
{
    auto *item = new QListWidgetItem(QString(ok ? QStringLiteral("✔  ") : QStringLiteral("✘  ")) + text, list);
    item->setForeground(ok ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb4, 0x23, 0x18));
    item->setData(Qt::UserRole, ok);
    if (target && !ok) {
        item->setData(kTargetRole, *target);
        item->setToolTip(ReviewPage::tr("Double-click or press Enter to go there."));
    }
}

int stepTarget(WizardStep step)
{
    return static_cast<int>(step);
}

} // namespace

ReviewPage::ReviewPage(core::DraftDocument *document, QWidget *parent)
    : WizardPage(tr("Review"), parent)
    , m_document(document)
    , m_subject(new QLineEdit(this))
    , m_salutation(new QLineEdit(this))
    , m_closing(new QPlainTextEdit(this))
    , m_checklist(new QListWidget(this))
    , m_verdict(new QLabel(this))
    , m_leave(new QHBoxLayout)
{
    auto *frame = new QGroupBox(tr("Subject, greeting and closing"), this);
    auto *form = new QFormLayout(frame);
    m_closing->setTabChangesFocus(true);
    m_closing->setFixedHeight(m_closing->fontMetrics().lineSpacing() * 2 + 14);
    auto *subjectLabel = new QLabel(tr("&Subject:"), frame);
    subjectLabel->setBuddy(m_subject);
    auto *salutationLabel = new QLabel(tr("&Greeting:"), frame);
    salutationLabel->setBuddy(m_salutation);
    auto *closingLabel = new QLabel(tr("Cl&osing:"), frame);
    closingLabel->setBuddy(m_closing);
    form->addRow(subjectLabel, m_subject);
    form->addRow(salutationLabel, m_salutation);
    form->addRow(closingLabel, m_closing);

    m_checklist->setObjectName(QStringLiteral("reviewChecklist"));
    m_checklist->setAccessibleName(tr("Checklist"));
    m_verdict->setWordWrap(true);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    auto *checkLabel = new QLabel(tr("Before you &send:"), this);
    checkLabel->setBuddy(m_checklist);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(frame);
    layout->addWidget(checkLabel);
    layout->addWidget(m_checklist, 1);
    layout->addWidget(m_verdict);
    layout->addLayout(m_leave);
    m_leave->addStretch(1);

    connect(m_checklist, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QVariant target = item->data(kTargetRole);
        if (!target.isValid())
            return;
        if (target.toInt() == kFirstError)
            Q_EMIT firstErrorRequested();
        else
            Q_EMIT stepRequested(static_cast<WizardStep>(target.toInt()));
    });
    connect(m_subject, &QLineEdit::textEdited, m_document, &core::DraftDocument::setSubject);
    connect(m_salutation, &QLineEdit::textEdited, m_document, &core::DraftDocument::setSalutation);
    connect(m_closing, &QPlainTextEdit::textChanged, this, [this] { m_document->setClosing(m_closing->toPlainText()); });
    connect(m_document, &core::DraftDocument::wasReset, this, &ReviewPage::loadFromDocument);
    connect(m_document, &core::DraftDocument::changed, this, [this] {
        if (isVisible())
            updateChecklist();
    });
    loadFromDocument();
}

void ReviewPage::addLeaveAction(QAction *action, const QString &text)
{
    auto *button = new QPushButton(action->icon(), text, this);
    button->setObjectName(QStringLiteral("leaveButton"));
    button->setToolTip(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_leave->addWidget(button);
}

void ReviewPage::enter()
{
    updateChecklist();
}

void ReviewPage::loadFromDocument()
{
    const core::Draft &draft = m_document->draft();
    m_subject->setText(draft.subject);
    m_salutation->setText(draft.salutation);
    // Show where a long subject starts, not where it ends.
    m_subject->setCursorPosition(0);
    m_salutation->setCursorPosition(0);
    if (m_closing->toPlainText() != draft.closing)
        m_closing->setPlainText(draft.closing);
    updateChecklist();
}

void ReviewPage::setCheckResult(const core::CheckResult &result)
{
    m_result = result;
    m_hasResult = true;
    if (isVisible())
        updateChecklist();
}

void ReviewPage::updateChecklist()
{
    const core::Draft &draft = m_document->draft();
    const core::ComposedLetter &letter = m_document->letter();
    m_checklist->clear();
    for (core::Section section : core::kSections) {
        const bool written = !draft.section(section).trimmed().isEmpty();
        const bool detected = !m_hasResult || m_result.coverage.has(section);
        addCheck(m_checklist, written && detected,
                 !written     ? tr("%1 is still empty.").arg(core::sectionTitle(section))
                 : !detected ? tr("%1 is written, but does not yet do its job (see the findings).").arg(core::sectionTitle(section))
                             : tr("%1 is covered.").arg(core::sectionTitle(section)),
                 stepTarget(stepOf(section)));
    }
    const QStringList missing = core::missingRequiredFields(draft);
    addCheck(m_checklist, missing.isEmpty(),
             missing.isEmpty() ? tr("All required case details are filled in.")
                               : tr("Required case details missing: %1.").arg(missing.join(tr(", "))),
             stepTarget(WizardStep::CaseDetails));
    addCheck(m_checklist, letter.unfilledPlaceholders.isEmpty(),
             letter.unfilledPlaceholders.isEmpty()
                 ? tr("Every placeholder is filled.")
                 : tr("Placeholders still empty: %1.").arg(letter.unfilledPlaceholders.join(tr(", "))),
             stepTarget(WizardStep::CaseDetails));
    addCheck(m_checklist, letter.unknownPlaceholders.isEmpty(),
             letter.unknownPlaceholders.isEmpty()
                 ? tr("No unknown placeholders.")
                 : tr("Unknown placeholders (check their spelling): %1.").arg(letter.unknownPlaceholders.join(tr(", "))));
    addCheck(m_checklist, !draft.subject.trimmed().isEmpty(),
             draft.subject.trimmed().isEmpty() ? tr("The letter has no subject.") : tr("The letter has a subject."));
    if (m_hasResult)
        addCheckResultItems();

    bool ready = true;
    for (int i = 0; i < m_checklist->count(); ++i)
        ready = ready && m_checklist->item(i)->data(Qt::UserRole).toBool();
    m_verdict->setText(ready ? tr("The letter is complete. Save it, export it or send it with the buttons below, or go back to any step to polish it.")
                             : tr("Some items above still need your attention."));
    m_verdict->setStyleSheet(ready ? QStringLiteral("color:#1a7f37;") : QStringLiteral("color:#b42318;"));
}

void ReviewPage::addCheckResultItems()
{
    const core::Readability &readability = m_result.metrics.readability;
    const bool inBand = readability.words == 0 || (readability.score >= m_result.metrics.readabilityMinimum);
    addCheck(m_checklist, inBand,
             tr("Reading ease %1 (target %2–%3; higher is easier).")
                 .arg(core::readingEaseText(readability.score, m_result.metrics.readabilityMinimum, m_result.metrics.readabilityMaximum),
                      QString::number(m_result.metrics.readabilityMinimum, 'f', 0),
                      QString::number(m_result.metrics.readabilityMaximum, 'f', 0)));
    int errors = 0;
    for (const core::Finding &finding : m_result.findings)
        errors += finding.severity == core::Severity::Error ? 1 : 0;
    const qsizetype others = m_result.findings.size() - errors;
    addCheck(m_checklist, errors == 0,
             errors ? tr("%n finding(s) must be fixed before the letter can go out.", nullptr, errors)
                    : tr("No finding blocks sending."),
             kFirstError);
    if (others > 0)
        addCheck(m_checklist, true, tr("%n other finding(s) to consider (see Findings below).", nullptr, static_cast<int>(others)));
    if (!m_result.dismissed.isEmpty())
        addCheck(m_checklist, true, tr("%n finding(s) dismissed with a reason.", nullptr, static_cast<int>(m_result.dismissed.size())));
}

} // namespace amends::ui
