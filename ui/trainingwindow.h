#pragma once

#include "core/checker.h"
#include "services/lettercheck.h"
#include "core/trainingpair.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace amends::ui {

class FindingsPanel;
class MarkedLetterEdit;
class ScoreBadge;

/// Training mode: a poor letter beside its repaired version, both checked, marked and
/// scored, with the lesson for the trainer. The trainee rewrites the poor letter and
/// sees its score and remaining findings follow their typing; Reset brings the original
/// back. The presentation view enlarges letters, scores and findings for a projector.
/// Letters are checked with the built-in rules only, so every class sees the same scores.
class TrainingWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Loads the pairs of @p letterLanguage's base language (`:/training/<lang>`).
    explicit TrainingWindow(const QString &letterLanguage = QStringLiteral("en-US"), QWidget *parent = nullptr);
    ~TrainingWindow() override;

    /// Shows @p owner's training window, creating it (deleted when closed) on first use.
    static TrainingWindow *open(QWidget *owner);

    const QList<core::TrainingPair> &pairs() const { return m_pairs; }
    int currentPair() const { return m_current; }
    void showPair(int index);
    /// Checks the trainee's letter at once instead of after the pause in typing.
    void checkNow();
    /// Restores the original poor letter (one undo step).
    void resetLetter();
    void setPresentationMode(bool on);
    bool isPresentationMode() const;

    QComboBox *pairPicker() const { return m_picker; }
    MarkedLetterEdit *poorEditor() const { return m_poor; }
    MarkedLetterEdit *repairedEditor() const { return m_repaired; }
    ScoreBadge *poorScore() const { return m_poorScore; }
    ScoreBadge *repairedScore() const { return m_repairedScore; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    QPushButton *resetButton() const { return m_reset; }
    QAction *presentationAction() const { return m_presentation; }
    QAction *fullScreenAction() const { return m_fullScreen; }
    const core::CheckResult &poorResult() const { return m_poorResult; }
    const core::CheckResult &repairedResult() const { return m_repairedResult; }

private:
    QWidget *createHeader();
    QWidget *createLessonBox();
    QWidget *createLetters();
    QWidget *createFindings();
    void createMenus();
    void setupConnections();
    void showEmptyLibrary(const QStringList &errors);
    core::CheckResult check(const QString &text);
    void letterEdited();
    void applyPresentation(bool on);
    void showFinding(const core::Finding &finding);
    void applyFix(const core::Finding &finding, const QString &replacement);
    void showRuleInfo(const QString &ruleId);

    QString m_language;
    QList<core::TrainingPair> m_pairs;
    int m_current = -1;
    services::LetterCheck m_letterCheck; ///< Built-in rules only: training is the same for everyone.
    core::CheckResult m_poorResult;
    core::CheckResult m_repairedResult;

    QWidget *m_header = nullptr;
    QWidget *m_letters = nullptr;
    QComboBox *m_picker = nullptr;
    QLabel *m_pattern = nullptr;
    QLabel *m_lesson = nullptr;
    MarkedLetterEdit *m_poor = nullptr;
    MarkedLetterEdit *m_repaired = nullptr;
    ScoreBadge *m_poorScore = nullptr;
    ScoreBadge *m_repairedScore = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_findingsLabel = nullptr;
    FindingsPanel *m_findings = nullptr;
    QTimer *m_recheck = nullptr;
    QAction *m_presentation = nullptr;
    QAction *m_fullScreen = nullptr;
};

} // namespace amends::ui
