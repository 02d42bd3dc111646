#include "trainingwindow.h"

#include "findingspanel.h"
#include "markedletteredit.h"
#include "rulecatalogdialog.h"
#include "scorebadge.h"

#include "core/apologyscore.h"
#include "core/language.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace amends::ui {

namespace {

/// How much larger the presentation view sets type (the findings panel uses the same).
constexpr double kPresentationScale = 1.6;
/// The pause in typing after which the trainee's letter is checked again.
constexpr int kRecheckDelayMs = 250;

QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold; // only the weight is set: size and family still follow the parent
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(buddy);
    return label;
}

} // namespace

TrainingWindow::TrainingWindow(const QString &letterLanguage, QWidget *parent)
    : QMainWindow(parent)
    , m_language(letterLanguage)
    , m_letterCheck(services::LetterCheckOptions::builtInOnly())
    , m_recheck(new QTimer(this))
{
    setObjectName(QStringLiteral("trainingWindow"));
    setWindowTitle(tr("Training — Amends"));
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(kRecheckDelayMs);
    createMenus();

    auto *central = new QWidget(this);
    QWidget *header = createHeader(); // first, so that Tab goes from the picker to the letters
    auto *splitter = new QSplitter(Qt::Vertical, central);
    splitter->addWidget(createLetters());
    splitter->addWidget(createFindings());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(header);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    statusBar(); // now, so that the first message does not shift the letters
    setupConnections();
    resize(1280, 860);

    const core::TrainingPairs loaded = core::loadTrainingPairs(core::dataLanguage(letterLanguage));
    m_pairs = loaded.pairs;
    for (const core::TrainingPair &pair : std::as_const(m_pairs))
        m_picker->addItem(pair.title, pair.id);
    if (m_pairs.isEmpty())
        showEmptyLibrary(loaded.errors);
    else
        showPair(0);
}

TrainingWindow::~TrainingWindow() = default;

TrainingWindow *TrainingWindow::open(QWidget *owner)
{
    auto *training = owner->findChild<TrainingWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!training) {
        training = new TrainingWindow(QStringLiteral("en-US"), owner);
        training->setAttribute(Qt::WA_DeleteOnClose);
    }
    training->show();
    training->raise();
    training->activateWindow();
    return training;
}

QWidget *TrainingWindow::createHeader()
{
    m_header = new QWidget(this);
    m_picker = new QComboBox(m_header);
    m_picker->setObjectName(QStringLiteral("trainingPairPicker"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *presentation = new QToolButton(m_header);
    presentation->setObjectName(QStringLiteral("presentationButton"));
    presentation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    presentation->setDefaultAction(m_presentation);

    auto *top = new QHBoxLayout;
    top->addWidget(heading(tr("&Letter pair:"), m_picker, m_header));
    top->addWidget(m_picker);
    top->addStretch(1);
    top->addWidget(presentation);
    auto *layout = new QVBoxLayout(m_header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(createLessonBox());
    return m_header;
}

// The failure pattern and the trainer's notes, on a quiet background above the letters.
QWidget *TrainingWindow::createLessonBox()
{
    auto *lessonBox = new QFrame(m_header);
    lessonBox->setObjectName(QStringLiteral("lessonBox"));
    lessonBox->setFrameShape(QFrame::StyledPanel);
    lessonBox->setAutoFillBackground(true);
    QPalette palette = lessonBox->palette();
    palette.setColor(QPalette::Window, QColor(0xee, 0xf2, 0xf7));
    palette.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    lessonBox->setPalette(palette);
    m_pattern = new QLabel(lessonBox);
    m_pattern->setObjectName(QStringLiteral("trainingPattern"));
    m_pattern->setWordWrap(true);
    QFont bold; // only the weight: size and family follow the presentation view
    bold.setBold(true);
    m_pattern->setFont(bold);
    m_lesson = new QLabel(lessonBox);
    m_lesson->setObjectName(QStringLiteral("trainingLesson"));
    m_lesson->setWordWrap(true);
    m_lesson->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *lessonLayout = new QVBoxLayout(lessonBox);
    lessonLayout->setContentsMargins(10, 8, 10, 8);
    lessonLayout->addWidget(m_pattern);
    lessonLayout->addWidget(m_lesson);
    return lessonBox;
}

QWidget *TrainingWindow::createLetters()
{
    m_letters = new QWidget(this);
    m_poor = new MarkedLetterEdit(m_letters);
    m_poor->setObjectName(QStringLiteral("poorLetter"));
    m_poor->setAccessibleName(tr("Poor letter"));
    m_repaired = new MarkedLetterEdit(m_letters);
    m_repaired->setObjectName(QStringLiteral("repairedLetter"));
    m_repaired->setAccessibleName(tr("Repaired letter"));
    m_repaired->setReadOnly(true);
    m_repaired->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_poorScore = new ScoreBadge(m_letters);
    m_poorScore->setObjectName(QStringLiteral("poorScore"));
    m_repairedScore = new ScoreBadge(m_letters);
    m_repairedScore->setObjectName(QStringLiteral("repairedScore"));
    m_reset = new QPushButton(tr("R&eset Letter"), m_letters);
    m_reset->setToolTip(tr("Bring back the original poor letter"));
    auto *hint = new QLabel(tr("Point at a marked phrase to see what is wrong with it."), m_letters);
    hint->setWordWrap(true);

    auto *resetRow = new QHBoxLayout;
    resetRow->addWidget(hint, 1);
    resetRow->addWidget(m_reset);
    auto *grid = new QGridLayout(m_letters);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(18);
    grid->addWidget(heading(tr("P&oor letter — rewrite it here"), m_poor, m_letters), 0, 0);
    grid->addWidget(heading(tr("Re&paired letter"), m_repaired, m_letters), 0, 1);
    grid->addWidget(m_poorScore, 1, 0);
    grid->addWidget(m_repairedScore, 1, 1);
    grid->addWidget(m_poor, 2, 0);
    grid->addWidget(m_repaired, 2, 1);
    grid->addLayout(resetRow, 3, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);
    return m_letters;
}

QWidget *TrainingWindow::createFindings()
{
    auto *box = new QWidget(this);
    m_findings = new FindingsPanel(box);
    m_findingsLabel = heading(tr("F&indings in your rewrite"), m_findings->tree(), box);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_findingsLabel);
    layout->addWidget(m_findings, 1);
    return box;
}

void TrainingWindow::createMenus()
{
    QMenu *training = menuBar()->addMenu(tr("&Training"));
    training->addAction(tr("&Next Pair"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this, [this] {
        showPair((m_current + 1) % std::max<int>(1, static_cast<int>(m_pairs.size())));
    });
    training->addAction(tr("&Previous Pair"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this, [this] {
        const int count = std::max<int>(1, static_cast<int>(m_pairs.size()));
        showPair((m_current + count - 1) % count);
    });
    training->addSeparator();
    training->addAction(tr("&Reset Letter"), this, &TrainingWindow::resetLetter);
    training->addSeparator();
    training->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_presentation = view->addAction(tr("&Presentation View"));
    m_presentation->setCheckable(true);
    m_presentation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_presentation->setToolTip(tr("Large type for a projector (%1)").arg(m_presentation->shortcut().toString(QKeySequence::NativeText)));
    m_fullScreen = view->addAction(tr("&Full Screen"));
    m_fullScreen->setCheckable(true);
    // F11 everywhere, as the guide says, and the desktop's own key where it has another.
    QList<QKeySequence> fullScreenKeys{QKeySequence(Qt::Key_F11)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::FullScreen)) {
        if (!fullScreenKeys.contains(key))
            fullScreenKeys.append(key);
    }
    m_fullScreen->setShortcuts(fullScreenKeys);
}

void TrainingWindow::setupConnections()
{
    connect(m_picker, &QComboBox::currentIndexChanged, this, &TrainingWindow::showPair);
    connect(m_poor, &QPlainTextEdit::textChanged, this, &TrainingWindow::letterEdited);
    connect(m_recheck, &QTimer::timeout, this, &TrainingWindow::checkNow);
    connect(m_reset, &QPushButton::clicked, this, &TrainingWindow::resetLetter);
    connect(m_presentation, &QAction::toggled, this, &TrainingWindow::applyPresentation);
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    connect(m_findings, &FindingsPanel::findingActivated, this, &TrainingWindow::showFinding);
    connect(m_findings, &FindingsPanel::fixRequested, this, &TrainingWindow::applyFix);
    connect(m_findings, &FindingsPanel::ruleInfoRequested, this, &TrainingWindow::showRuleInfo);
    connect(m_findings, &FindingsPanel::dismissRequested, this, [this] {
        statusBar()->showMessage(tr("In training, rewrite the words instead of dismissing the finding."), 6000);
    });
}

void TrainingWindow::showEmptyLibrary(const QStringList &errors)
{
    m_pattern->setText(tr("No training letters are installed for this language."));
    m_lesson->setText(errors.join(QLatin1Char('\n')));
    m_poor->setEnabled(false);
    m_repaired->setEnabled(false);
    m_reset->setEnabled(false);
}

void TrainingWindow::showPair(int index)
{
    if (index < 0 || index >= m_pairs.size())
        return;
    m_current = index;
    const core::TrainingPair &pair = m_pairs.at(index);
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->setCurrentIndex(index);
    }
    setWindowTitle(tr("%1 — Training — Amends").arg(pair.title));
    m_pattern->setText(pair.pattern);
    m_lesson->setText(pair.lesson);
    m_poor->setPlainText(pair.poor);
    m_repaired->setPlainText(pair.repaired);
    m_repairedResult = check(pair.repaired);
    m_repaired->setFindings(m_repairedResult.findings);
    m_repairedScore->setScore(core::scoreLetter(m_repairedResult));
    checkNow();
}

core::CheckResult TrainingWindow::check(const QString &text)
{
    return m_letterCheck.check(core::subjectFromText(text, m_language));
}

void TrainingWindow::letterEdited()
{
    m_reset->setEnabled(m_current >= 0 && m_poor->toPlainText() != m_pairs.at(m_current).poor);
    m_recheck->start();
}

void TrainingWindow::checkNow()
{
    m_recheck->stop();
    m_poorResult = check(m_poor->toPlainText());
    m_poor->setFindings(m_poorResult.findings);
    m_poorScore->setScore(core::scoreLetter(m_poorResult));
    m_findings->setResult(m_poorResult);
}

void TrainingWindow::resetLetter()
{
    if (m_current < 0)
        return;
    QTextCursor cursor(m_poor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(m_pairs.at(m_current).poor);
    m_poor->moveCursor(QTextCursor::Start);
    checkNow();
}

void TrainingWindow::setPresentationMode(bool on)
{
    m_presentation->setChecked(on); // applyPresentation() follows the action
}

bool TrainingWindow::isPresentationMode() const
{
    return m_presentation->isChecked();
}

// The letters, scores and headings take a scaled copy of the application font; the
// findings panel scales itself. A default QFont makes a widget inherit again.
void TrainingWindow::applyPresentation(bool on)
{
    QFont font;
    if (on) {
        font = QApplication::font(this);
        font.setPointSizeF(font.pointSizeF() * kPresentationScale);
    }
    m_header->setFont(font);
    m_letters->setFont(font);
    font.setBold(true);
    m_findingsLabel->setFont(font);
    m_findings->setPresentationMode(on);
}

void TrainingWindow::showFinding(const core::Finding &finding)
{
    m_poor->setFocus(Qt::OtherFocusReason);
    if (finding.end > finding.start)
        m_poor->selectSpan(finding.start, finding.end);
    else
        statusBar()->showMessage(finding.message, 6000);
}

void TrainingWindow::applyFix(const core::Finding &finding, const QString &replacement)
{
    if (m_poor->toPlainText().mid(finding.start, finding.end - finding.start) != finding.excerpt) {
        statusBar()->showMessage(tr("The words have changed since the last check; try again."), 6000);
        checkNow();
        return;
    }
    QTextCursor cursor(m_poor->document());
    cursor.setPosition(static_cast<int>(finding.start));
    cursor.setPosition(static_cast<int>(finding.end), QTextCursor::KeepAnchor);
    cursor.insertText(replacement);
    checkNow();
}

void TrainingWindow::showRuleInfo(const QString &ruleId)
{
    auto *catalogue = new RuleCatalogDialog(*m_letterCheck.rules(m_language), this);
    catalogue->setAttribute(Qt::WA_DeleteOnClose);
    catalogue->showRule(ruleId);
    catalogue->show();
}

} // namespace amends::ui
