#include "sectionpage.h"

#include "sectioneditor.h"

#include "core/displaynames.h"
#include "core/composer.h"
#include "core/draftdocument.h"

#include <QCoreApplication>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QVBoxLayout>

namespace amends::ui {

namespace {

QWidget *createGuidanceBox(const core::SectionGuidance &guidance, QWidget *parent)
{
    auto *box = new QFrame(parent);
    box->setObjectName(QStringLiteral("guidanceBox"));
    box->setStyleSheet(QStringLiteral("#guidanceBox { background: #eef4fb; border: 1px solid #c9dbef; border-radius: 6px; }"
                                      "#guidanceBox QLabel { background: transparent; color: #1f2d3d; }"));
    auto *layout = new QVBoxLayout(box);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(guidance.title.toHtmlEscaped()), box);
    auto *text = new QLabel(guidance.guidance, box);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    layout->addWidget(text);
    if (!guidance.tips.isEmpty()) {
        QString tips;
        for (const QString &tip : guidance.tips)
            tips += QLatin1String("<li>") + tip.toHtmlEscaped() + QLatin1String("</li>");
        auto *tipList = new QLabel(QLatin1String("<ul style=\"margin-left:-20px\">") + tips + QLatin1String("</ul>"), box);
        tipList->setWordWrap(true);
        tipList->setTextFormat(Qt::RichText);
        layout->addWidget(tipList);
    }
    return box;
}

} // namespace

SectionPage::SectionPage(core::DraftDocument *document, core::Section section, const core::SectionGuidance &guidance,
                         QWidget *parent)
    : WizardPage(QString(), parent)
    , m_document(document)
    , m_section(section)
    , m_editor(new SectionEditor(this))
    , m_phrases(new QListWidget(this))
    , m_phrasesLabel(new QLabel(tr("Ready &phrases — click one to insert it at the cursor:"), this))
    , m_guidanceBox(new QWidget(this))
{
    m_editor->setObjectName(QStringLiteral("sectionEditor"));
    m_editor->setAccessibleName(tr("%1 text").arg(core::sectionTitle(section)));
    m_editor->setPlaceholderText(tr("Write this part of the letter here, or click a ready phrase below."));
    m_phrases->setObjectName(QStringLiteral("phraseList"));
    m_phrases->setWordWrap(true);
    m_phrases->setSpacing(3);
    m_phrases->setAlternatingRowColors(true);
    m_phrases->setAccessibleName(tr("Ready phrases"));
    m_phrases->setToolTip(tr("Click or press Enter to insert the phrase into the editor."));
    m_phrasesLabel->setBuddy(m_phrases);
    auto *editorLabel = new QLabel(tr("&Text of this section:"), this);
    editorLabel->setBuddy(m_editor);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_guidanceBox);
    setGuidance(guidance);
    layout->addWidget(editorLabel);
    layout->addWidget(m_editor, 3);
    layout->addWidget(m_phrasesLabel);
    layout->addWidget(m_phrases, 2);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_document->setSectionText(m_section, m_editor->toPlainText());
    });
    connect(m_phrases, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { insertPhrase(m_phrases->row(item)); });
    // Enter inserts the current phrase; not itemActivated, which some styles emit on the
    // same click that itemClicked reports.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, m_phrases, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { insertPhrase(m_phrases->currentRow()); });
    }
    connect(m_document, &core::DraftDocument::wasReset, this, [this] {
        m_editor->setPlainText(m_document->draft().section(m_section));
        refreshPhrases();
    });
    connect(m_document, &core::DraftDocument::fieldChanged, this, &SectionPage::refreshPhrases);
    m_editor->setPlainText(m_document->draft().section(m_section));
}

QString SectionPage::stepName() const
{
    return core::sectionTitle(m_section);
}

void SectionPage::enter()
{
    m_editor->setFocus(Qt::OtherFocusReason);
}

void SectionPage::setGuidance(const core::SectionGuidance &guidance)
{
    setTitle(guidance.title.isEmpty() ? core::sectionTitle(m_section) : tr("%1 — %2").arg(core::sectionTitle(m_section), guidance.title));
    m_guidance = guidance;
    m_guidanceShown = false;
    if (isVisible())
        buildGuidanceBox();
}

void SectionPage::showEvent(QShowEvent *event)
{
    if (!m_guidanceShown)
        buildGuidanceBox();
    WizardPage::showEvent(event);
}

void SectionPage::buildGuidanceBox()
{
    QWidget *box = createGuidanceBox(m_guidance, this);
    delete layout()->replaceWidget(m_guidanceBox, box);
    delete m_guidanceBox;
    m_guidanceBox = box;
    m_guidanceShown = true;
}

void SectionPage::setPhrases(const QStringList &templates)
{
    m_templates = templates;
    refreshPhrases();
}

void SectionPage::insertPhrase(int row)
{
    if (row < 0 || row >= m_templates.size())
        return;
    m_editor->insertPhrase(core::fillTemplate(m_document->draft(), m_templates.at(row)));
}

void SectionPage::refreshPhrases()
{
    m_phrases->clear();
    for (const QString &phrase : std::as_const(m_templates))
        m_phrases->addItem(core::fillTemplate(m_document->draft(), phrase));
    m_phrasesLabel->setVisible(!m_templates.isEmpty());
    m_phrases->setVisible(!m_templates.isEmpty());
}

} // namespace amends::ui
