#include "textletterdialog.h"

#include "findingactions.h"
#include "findingspanel.h"
#include "markedletteredit.h"
#include "sectionpage.h"

#include "core/displaynames.h"
#include "core/apologyscore.h"
#include "core/language.h"
#include "core/lettersize.h"
#include "core/textfile.h"
#include "services/languagedetector.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace amends::ui {

TextLetterDialog::TextLetterDialog(const services::LetterCheck *letterCheck,
                                   std::optional<services::LetterCheck::Spelling> spelling, const QString &language,
                                   QWidget *parent)
    : QDialog(parent)
    , m_letterCheck(letterCheck)
    , m_spelling(spelling)
    , m_spellingLanguage(language)
    , m_language(language)
    , m_languageBox(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_editor(new MarkedLetterEdit(this))
    , m_summary(new QLabel(this))
    , m_findings(new FindingsPanel(this))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Check a letter written elsewhere"));
    m_pages->addWidget(createCheckPage());
    m_pages->addWidget(createConvertPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &TextLetterDialog::check);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { m_timer.start(); });
    // The findings act on the letter as in the wizard: shown in it, fixed in it (a letter
    // that is not a draft keeps no dismissals), explained in the rule catalogue; F8 and
    // Shift+F8 go from one to the next.
    m_findings->setDismissable(false);
    connect(m_findings, &FindingsPanel::findingActivated, this, [this](const core::Finding &finding) {
        if (finding.end > finding.start)
            m_editor->selectSpan(finding.start, finding.end);
        m_editor->setFocus(Qt::OtherFocusReason);
    });
    connect(m_findings, &FindingsPanel::fixRequested, this, &TextLetterDialog::applyFix);
    connect(m_findings, &FindingsPanel::ruleInfoRequested, this,
            [this](const QString &rule) { showRuleInCatalogue(*m_letterCheck->rules(m_language), rule, this); });
    new QShortcut(QKeySequence(Qt::Key_F8), this, [this] { m_findings->showNextFinding(true); });
    new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), this, [this] { m_findings->showNextFinding(false); });
    resize(1000, 720);
    check();
}

TextLetterDialog::~TextLetterDialog() = default;

QWidget *TextLetterDialog::createCheckPage()
{
    auto *page = new QWidget(this);
    m_editor->setPlaceholderText(tr("Paste the letter here, or open a text file."));
    m_editor->setAccessibleName(tr("Letter text"));
    m_summary->setWordWrap(true);
    auto *open = new QPushButton(tr("&Open Text File…"), page);
    auto *convert = new QPushButton(tr("Con&vert to Draft…"), page);
    auto *close = new QPushButton(tr("&Close"), page);
    auto *languageLabel = new QLabel(tr("&Language:"), page);
    languageLabel->setBuddy(m_languageBox);
    m_languageBox->addItem(tr("Detect from the text"), QString());
    for (const QString &tag : core::supportedLetterLanguages())
        m_languageBox->addItem(core::letterLanguageName(tag), tag);
    // "Detected: English (United Kingdom)" is longer than any item it was sized for: the
    // box grows with it, so the region detected is never cut off.
    m_languageBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_languageBox, &QComboBox::activated, this, [this] { check(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(languageLabel);
    buttons->addWidget(m_languageBox);
    buttons->addStretch(1);
    buttons->addWidget(convert);
    buttons->addWidget(close);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_findings);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    connect(open, &QPushButton::clicked, this, &TextLetterDialog::openFile);
    connect(convert, &QPushButton::clicked, this, &TextLetterDialog::showConversion);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget *TextLetterDialog::createConvertPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Each paragraph goes to the part of the letter shown beside it. Change a part where "
                                "the suggestion is wrong; you can edit everything in the wizard afterwards."), page);
    intro->setWordWrap(true);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Paragraph"), tr("Goes to")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(page);
    QPushButton *create = buttons->addButton(tr("Create &Draft"), QDialogButtonBox::AcceptRole);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(create, &QPushButton::clicked, this, [this] {
        Q_EMIT draftCreated(convertedDraft());
        accept();
    });
    return page;
}

void TextLetterDialog::setText(const QString &text)
{
    m_editor->setPlainText(text);
    check();
}

int TextLetterDialog::score() const
{
    return core::scoreLetter(m_result).value;
}

QString TextLetterDialog::summaryText() const
{
    return m_summary->text();
}

void TextLetterDialog::chooseLanguage(const QString &tag)
{
    m_languageBox->setCurrentIndex(std::max(0, m_languageBox->findData(tag)));
    check();
}

void TextLetterDialog::check()
{
    m_timer.stop();
    const QString chosen = m_languageBox->currentData().toString();
    if (chosen.isEmpty()) {
        const QString detected = services::detectLetterLanguage(m_editor->toPlainText());
        if (!detected.isEmpty())
            m_language = detected;
        m_languageBox->setItemText(0, detected.isEmpty() ? tr("Detect from the text")
                                                         : tr("Detected: %1").arg(core::letterLanguageName(detected)));
    } else {
        m_language = chosen;
    }
    if (m_editor->toPlainText().trimmed().isEmpty()) {
        // Nothing to judge: no score, rather than the score of an empty letter.
        m_result = {};
        m_findings->setResult(m_result);
        m_editor->setFindings({});
        m_summary->setText(tr("Paste or type a letter above to see its apology score and findings."));
        return;
    }
    // The editors' dictionary serves a letter in their language only.
    m_result = m_letterCheck->check(core::subjectFromText(m_editor->toPlainText(), m_language),
                                    m_language == m_spellingLanguage ? m_spelling : std::nullopt);
    m_findings->setResult(m_result);
    m_editor->setFindings(m_result.findings);
    QStringList present;
    for (core::Section section : core::kSections)
        present.append((m_result.coverage.has(section) ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + core::sectionTitle(section));
    m_summary->setText(tr("<b>Apology score: %1 / 100</b> &nbsp; Parts: %2 &nbsp; Reading ease: %3")
                           .arg(score())
                           .arg(present.join(QStringLiteral(" &nbsp; ")))
                           .arg(core::readingEaseText(m_result.metrics.readability.score, m_result.metrics.readabilityMinimum,
                                                m_result.metrics.readabilityMaximum)));
}

void TextLetterDialog::applyFix(const core::Finding &finding, const QString &replacement)
{
    // The edit is checked as typing is (the timer starts): this runs inside the fix
    // button's click, and a check now would delete that button under it.
    if (finding.suggestions.contains(replacement))
        replaceFindingWords(m_editor, finding, replacement);
}

void TextLetterDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open letter"), QString(), tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<QString> text = core::TextFile::readText(path, core::kMaxLetterSize, tr("a letter"), &error);
    if (!text) {
        QMessageBox::warning(this, tr("Cannot open the letter"), error);
        return;
    }
    setText(*text);
}

void TextLetterDialog::showConversion()
{
    m_paragraphs = core::splitPlainTextLetter(m_editor->toPlainText(), *m_letterCheck->rules(m_language));
    m_table->setRowCount(0);
    for (int row = 0; row < m_paragraphs.size(); ++row) {
        const core::LetterParagraph &paragraph = m_paragraphs[row];
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(paragraph.text));
        if (paragraph.role != core::LetterParagraph::Role::Body) {
            const QString role = paragraph.role == core::LetterParagraph::Role::Greeting ? tr("Greeting")
                                 : paragraph.role == core::LetterParagraph::Role::Closing ? tr("Closing")
                                 : paragraph.role == core::LetterParagraph::Role::Signature ? tr("Signature")
                                                                                            : tr("Heading (left out)");
            m_table->setItem(row, 1, new QTableWidgetItem(role));
            continue;
        }
        auto *combo = new QComboBox(m_table);
        for (core::Section section : core::kSections)
            combo->addItem(core::sectionTitle(section), static_cast<int>(section));
        combo->setCurrentIndex(static_cast<int>(paragraph.section.value_or(core::Section::Regret)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row](int index) {
            m_paragraphs[row].section = static_cast<core::Section>(index);
        });
        m_table->setCellWidget(row, 1, combo);
    }
    m_table->resizeRowsToContents();
    m_pages->setCurrentIndex(1);
}

core::Draft TextLetterDialog::convertedDraft() const
{
    return core::draftFromParagraphs(m_paragraphs, m_language);
}

} // namespace amends::ui
