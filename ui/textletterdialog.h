#pragma once

#include "core/checker.h"
#include "core/plaintextletter.h"
#include "services/lettercheck.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace amends::ui {

class FindingsPanel;
class MarkedLetterEdit;

/// A letter written elsewhere, pasted or opened as text: the same findings, coverage and
/// score as a draft gets (the same letter-check service, options and dictionary), and
/// "Convert to Draft", which splits it into the six sections (the writer can move each
/// paragraph to another section) for repair in the wizard.
class TextLetterDialog : public QDialog
{
    Q_OBJECT

public:
    /// Checks with @p letterCheck, which must outlive the dialog, spelling with
    /// @p spelling (the editors' dictionary and the personal dictionary, in @p language)
    /// or, for a letter in another language, the service's own dictionary. The letter's
    /// language is detected from its text unless the user picks one.
    TextLetterDialog(const services::LetterCheck *letterCheck, std::optional<services::LetterCheck::Spelling> spelling,
                     const QString &language, QWidget *parent = nullptr);
    ~TextLetterDialog() override;

    void setText(const QString &text);
    /// The letter, its findings marked.
    MarkedLetterEdit *editor() const { return m_editor; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    QTableWidget *paragraphTable() const { return m_table; }
    const core::CheckResult &result() const { return m_result; }
    int score() const;
    /// The line above the findings: the score, the parts present and the reading ease.
    QString summaryText() const;
    /// Shows the paragraphs with their suggested sections.
    void showConversion();
    /// The draft from the paragraphs as currently assigned.
    core::Draft convertedDraft() const;
    /// The language the letter is checked in: the one picked, else the one detected.
    QString letterLanguage() const { return m_language; }
    /// Checks in @p tag from now on; empty: detect it from the text.
    void chooseLanguage(const QString &tag);

Q_SIGNALS:
    void draftCreated(const amends::core::Draft &draft);

private:
    QWidget *createCheckPage();
    QWidget *createConvertPage();
    void check();
    void openFile();
    /// Puts @p replacement in place of the finding's words, when the text there is still
    /// what was checked (one undo step).
    void applyFix(const core::Finding &finding, const QString &replacement);

    const services::LetterCheck *m_letterCheck;
    std::optional<services::LetterCheck::Spelling> m_spelling;
    QString m_spellingLanguage; ///< of m_spelling
    QString m_language;
    QComboBox *m_languageBox;
    QStackedWidget *m_pages;
    MarkedLetterEdit *m_editor;
    QLabel *m_summary;
    FindingsPanel *m_findings;
    QTableWidget *m_table;
    QList<core::LetterParagraph> m_paragraphs;
    core::CheckResult m_result;
    QTimer m_timer;
};

} // namespace amends::ui
