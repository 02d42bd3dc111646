#pragma once

#include "wizardpage.h"

#include "core/guidance.h"

#include <QStringList>

class QLabel;
class QListWidget;

namespace amends::core {
class DraftDocument;
}

namespace amends::ui {

class SectionEditor;

/// One section of the letter: why it matters, an editor, and ready phrases that are
/// inserted with one click, already filled with the case details.
class SectionPage : public WizardPage
{
    Q_OBJECT

public:
    SectionPage(core::DraftDocument *document, core::Section section, const core::SectionGuidance &guidance,
                QWidget *parent = nullptr);

    std::optional<core::Section> section() const override { return m_section; }
    QString stepName() const override;
    void enter() override;

    /// Shows @p guidance (that of the letter's language) above the editor. The box is
    /// built when the page is first shown: laying out eight pages of wrapped text would
    /// hold up the window's first paint.
    void setGuidance(const core::SectionGuidance &guidance);
    /// The phrase templates offered (with placeholders); shown filled in.
    void setPhrases(const QStringList &templates);

    SectionEditor *editor() const { return m_editor; }
    QListWidget *phraseList() const { return m_phrases; }
    /// Inserts phrase @p row at the editor's cursor, as one undo step.
    void insertPhrase(int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshPhrases();
    void buildGuidanceBox();

    core::DraftDocument *m_document;
    core::Section m_section;
    SectionEditor *m_editor;
    QListWidget *m_phrases;
    QLabel *m_phrasesLabel;
    QWidget *m_guidanceBox;
    core::SectionGuidance m_guidance;
    bool m_guidanceShown = false; ///< m_guidanceBox shows m_guidance
    QStringList m_templates;
};

} // namespace amends::ui
