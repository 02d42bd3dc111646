#include "casedetailspage.h"

#include "datefield.h"
#include "wheelguard.h"

#include "core/factchecks.h"
#include "core/draftdocument.h"
#include "core/fields.h"
#include "core/language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace amends::ui {

namespace {

// Where a field's error is shown: a date field marks its text box.
QWidget *markTarget(QWidget *editor)
{
    if (auto *date = qobject_cast<DateField *>(editor))
        return date->lineEdit();
    return editor;
}

} // namespace

CaseDetailsPage::CaseDetailsPage(core::DraftDocument *document, QWidget *parent)
    : WizardPage(tr("Case details"), parent)
    , m_document(document)
    , m_language(new QComboBox(this))
    , m_missingHint(new QLabel(this))
    , m_factsHint(new QLabel(this))
{
    WheelGuard::install(m_language);
    qsizetype longestName = 0;
    for (const QString &tag : core::supportedLetterLanguages()) {
        const QString name = core::letterLanguageName(tag);
        m_language->addItem(name, tag);
        longestName = std::max(longestName, name.size());
    }
    // Wide enough for every name ("English (United Kingdom)" the longest),
    // whichever is chosen, so the box does not change width; a name longer than that
    // (a translation) is elided rather than widening the page.
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(int(std::min<qsizetype>(longestName, 28)));
    auto *languageLabel = new QLabel(tr("Letter &language:"), this);
    languageLabel->setBuddy(m_language);
    auto *intro = new QLabel(tr("Start with the facts of the case. Fields marked * are required; "
                                "everything you enter here fills the letter for you."), this);
    intro->setWordWrap(true);

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(intro);
    contentLayout->addLayout(languageRow);
    contentLayout->addWidget(createCustomerGroup());
    contentLayout->addWidget(createCaseGroup());
    contentLayout->addWidget(createSenderGroup());
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    // However narrow the window or wide the review panel, the form keeps the width it
    // needs with its labels above the fields: it scrolls down, never sideways.
    scroll->setMinimumWidth(content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    m_missingHint->setObjectName(QStringLiteral("missingHint"));
    m_missingHint->setWordWrap(true);
    m_missingHint->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    // Case figures that do not add up: the letter would promise the wrong sum.
    m_factsHint->setObjectName(QStringLiteral("factsHint"));
    m_factsHint->setWordWrap(true);
    m_factsHint->setStyleSheet(QStringLiteral("color: #8a4b00;"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_factsHint);
    layout->addWidget(m_missingHint);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_document->setLanguage(m_language->currentData().toString());
    });
    connect(m_document, &core::DraftDocument::wasReset, this, &CaseDetailsPage::loadFromDocument);
    connect(m_document, &core::DraftDocument::fieldChanged, this, [this] {
        updateMissingHint();
        Q_EMIT completeChanged();
    });
    loadFromDocument();
}

bool CaseDetailsPage::isComplete() const
{
    return core::missingRequiredFields(m_document->draft()).isEmpty();
}

QGroupBox *CaseDetailsPage::createCustomerGroup()
{
    auto *group = new QGroupBox(tr("Customer"));
    QFormLayout *form = createForm(group);
    addRow(form, QStringLiteral("customer.name"), tr("Cu&stomer name"), lineEditFor(QStringLiteral("customer.name")));
    addRow(form, QStringLiteral("customer.salutation"), tr("Address them &as"),
           lineEditFor(QStringLiteral("customer.salutation"), tr("e.g. Ms Rivera (the name is used when empty)")));
    addRow(form, QStringLiteral("customer.email"), tr("E&mail"), lineEditFor(QStringLiteral("customer.email")));
    addRow(form, QStringLiteral("customer.address"), tr("Postal add&ress"), addressEditFor(QStringLiteral("customer.address")));
    return group;
}

QGroupBox *CaseDetailsPage::createCaseGroup()
{
    auto *group = new QGroupBox(tr("Case and amounts"));
    QFormLayout *form = createForm(group);
    addRow(form, QStringLiteral("case.reference"), tr("Case &reference"),
           lineEditFor(QStringLiteral("case.reference"), tr("e.g. ticket number")));
    addRow(form, QStringLiteral("invoice.number"), tr("&Invoice number"), lineEditFor(QStringLiteral("invoice.number")));
    addRow(form, QStringLiteral("account.number"), tr("Acco&unt number"), lineEditFor(QStringLiteral("account.number")));
    addRow(form, QStringLiteral("currency"), tr("Curr&ency"), currencyBoxFor(QStringLiteral("currency")));
    addRow(form, QStringLiteral("amount.charged"), tr("Amount &charged"),
           lineEditFor(QStringLiteral("amount.charged"), tr("e.g. 120.00")));
    addRow(form, QStringLiteral("amount.correct"), tr("C&orrect amount"), lineEditFor(QStringLiteral("amount.correct")));
    addRow(form, QStringLiteral("amount.refund"), tr("Re&fund or credit"), lineEditFor(QStringLiteral("amount.refund")));
    addRow(form, QStringLiteral("date.complaint"), tr("Complaint recei&ved"), dateEditFor(QStringLiteral("date.complaint")));
    addRow(form, QStringLiteral("date.letter"), tr("Letter &date"), dateEditFor(QStringLiteral("date.letter")));
    addRow(form, QStringLiteral("date.followup"), tr("Follo&w-up on"), dateEditFor(QStringLiteral("date.followup")));
    return group;
}

QGroupBox *CaseDetailsPage::createSenderGroup()
{
    auto *group = new QGroupBox(tr("From (you and your company)"));
    QFormLayout *form = createForm(group);
    addRow(form, QStringLiteral("sender.name"), tr("&Your name"), lineEditFor(QStringLiteral("sender.name")));
    addRow(form, QStringLiteral("sender.title"), tr("Your &title"), lineEditFor(QStringLiteral("sender.title")));
    addRow(form, QStringLiteral("sender.phone"), tr("Your &phone"), lineEditFor(QStringLiteral("sender.phone")));
    addRow(form, QStringLiteral("sender.email"), tr("Your emai&l"), lineEditFor(QStringLiteral("sender.email")));
    addRow(form, QStringLiteral("company.name"), tr("Com&pany name"), lineEditFor(QStringLiteral("company.name")));
    addRow(form, QStringLiteral("company.address"), tr("Company address"), addressEditFor(QStringLiteral("company.address")));
    addRow(form, QStringLiteral("company.phone"), tr("Company phone"), lineEditFor(QStringLiteral("company.phone")));
    addRow(form, QStringLiteral("company.email"), tr("Company email"), lineEditFor(QStringLiteral("company.email")));
    auto *remember = new QPushButton(tr("Remember these as &my details"), group);
    remember->setToolTip(tr("New letters will start with this sender and company."));
    connect(remember, &QPushButton::clicked, this, &CaseDetailsPage::rememberProfileRequested);
    form->addRow(QString(), remember);
    return group;
}

// Labels go above their fields when the form is narrow (the review panel beside it), so
// the form never needs scrolling sideways.
QFormLayout *CaseDetailsPage::createForm(QGroupBox *group)
{
    auto *form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

void CaseDetailsPage::addRow(QFormLayout *form, const QString &key, const QString &label, QWidget *editor)
{
    const core::FieldSpec *spec = core::findField(key);
    const bool required = spec && spec->required;
    auto *labelWidget = new QLabel(required ? tr("%1 *").arg(label) : label);
    labelWidget->setBuddy(editor);
    if (required)
        editor->setAccessibleDescription(tr("Required"));
    editor->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    form->addRow(labelWidget, editor);
    m_editors.insert(key, editor);
    m_labels.insert(key, QString(label).remove(QLatin1Char('&')));
}

QLineEdit *CaseDetailsPage::lineEditFor(const QString &key, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(core::kMaxSingleLineLength);
    const core::FieldSpec *spec = core::findField(key);
    if (spec && spec->kind == core::FieldKind::Amount)
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]{0,12}(\\.[0-9]{0,2})?")), edit));
    connect(edit, &QLineEdit::textEdited, this, [this, edit, key](const QString &text) { storeField(edit, key, text); });
    m_loaders.push_back([this, edit, key] {
        edit->setText(core::fieldValue(m_document->draft(), key));
        edit->setCursorPosition(0); // a long value shows its start
    });
    return edit;
}

QPlainTextEdit *CaseDetailsPage::addressEditFor(const QString &key)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, key] { storeField(edit, key, edit->toPlainText()); });
    m_loaders.push_back([this, edit, key] {
        const QString value = core::fieldValue(m_document->draft(), key);
        if (edit->toPlainText() != value)
            edit->setPlainText(value);
    });
    return edit;
}

DateField *CaseDetailsPage::dateEditFor(const QString &key)
{
    auto *field = new DateField;
    connect(field, &DateField::dateEdited, this, [this, field, key](QDate date) {
        storeField(field, key, date.isValid() ? date.toString(Qt::ISODate) : QString());
    });
    // Half-typed dates stay in the field, marked, and the draft keeps its last date.
    connect(field->lineEdit(), &QLineEdit::textEdited, this, [this, field] {
        if (field->isAcceptable())
            return;
        QWidget *marked = markTarget(field);
        marked->setToolTip(tr("Not a date yet: type it as %1.").arg(QDate(2026, 11, 25).toString(field->displayFormat())));
        marked->setStyleSheet(QStringLiteral("border: 1px solid #b42318;"));
    });
    m_loaders.push_back([this, field, key] {
        field->setDate(QDate::fromString(core::fieldValue(m_document->draft(), key), Qt::ISODate));
    });
    return field;
}

QComboBox *CaseDetailsPage::currencyBoxFor(const QString &key)
{
    auto *box = new QComboBox;
    WheelGuard::install(box);
    box->setEditable(true);
    box->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("CAD"),
                   QStringLiteral("AUD"), QStringLiteral("BRL"), QStringLiteral("MXN"), QStringLiteral("CHF")});
    box->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), box));
    connect(box, &QComboBox::currentTextChanged, this, [this, box, key](const QString &text) {
        storeField(box, key, text.toUpper());
    });
    m_loaders.push_back([this, box, key] { box->setCurrentText(core::fieldValue(m_document->draft(), key)); });
    return box;
}

void CaseDetailsPage::storeField(QWidget *editor, const QString &key, const QString &value)
{
    const QString error = m_document->setField(key, value);
    // Half-typed values ("12.") are kept in the editor and marked until they are valid.
    QWidget *marked = markTarget(editor);
    marked->setToolTip(error);
    marked->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("border: 1px solid #b42318;"));
}

void CaseDetailsPage::loadFromDocument()
{
    for (QWidget *editor : std::as_const(m_editors))
        editor->blockSignals(true);
    for (const auto &load : m_loaders)
        load();
    for (QWidget *editor : std::as_const(m_editors)) {
        editor->blockSignals(false);
        markTarget(editor)->setToolTip(QString());
        markTarget(editor)->setStyleSheet(QString());
    }
    const QSignalBlocker blocker(m_language);
    const int index = m_language->findData(m_document->draft().language);
    if (index >= 0)
        m_language->setCurrentIndex(index);
    updateMissingHint();
    Q_EMIT completeChanged();
}

void CaseDetailsPage::updateMissingHint()
{
    QStringList names;
    for (const QString &key : core::missingRequiredFields(m_document->draft()))
        names.append(m_labels.value(key, key));
    m_missingHint->setText(names.isEmpty() ? QString() : tr("Still needed before you go on: %1.").arg(names.join(tr(", "))));
    m_missingHint->setVisible(!names.isEmpty());
    const core::Draft &draft = m_document->draft();
    QStringList facts;
    for (const core::Finding &finding : core::caseFactFindings(QString(), draft.caseDetails, draft.language))
        facts.append(finding.message);
    m_factsHint->setText(facts.join(u'\n'));
    m_factsHint->setVisible(!facts.isEmpty());
}

} // namespace amends::ui
