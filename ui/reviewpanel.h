#pragma once

#include "core/checker.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace amends::core {
class DraftDocument;
class Settings;
} // namespace amends::core

namespace amends::ui {

/// The review of the open letter for the team lead and the writer alike: status and its
/// history, the apology score with what would raise it, comments on the section being
/// edited (resolvable), and findings dismissed with their reasons.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    ReviewPanel(core::DraftDocument *document, core::Settings &settings, QWidget *parent = nullptr);

    void setCheckResult(const core::CheckResult &result);
    /// Comments shown are those of this section (all when empty).
    void setSection(std::optional<core::Section> section);
    /// Comments on the current section; the span is the editor's selection, if any.
    void addComment(const QString &text, int start = -1, int end = -1);

    QLabel *scoreLabel() const { return m_score; }
    QListWidget *commentList() const { return m_comments; }
    QListWidget *historyList() const { return m_history; }
    QListWidget *dismissedList() const { return m_dismissed; }
    QPushButton *statusButton(core::ReviewStatus to) const;
    QLabel *improvementsLabel() const { return m_improvements; }
    /// Who wrote the letter: whoever submitted it for review last, else its signer.
    QString author() const;
    /// Shows the review again, e.g. after the user's name changed in the settings.
    void refresh();
    void showCheckResult();

Q_SIGNALS:
    /// The writer asked to comment; the window supplies the editor's selection.
    void commentRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void changeStatus(core::ReviewStatus to);

    core::DraftDocument *m_document;
    core::Settings &m_settings;
    std::optional<core::Section> m_section;
    core::CheckResult m_result;
    QLabel *m_status;
    QLabel *m_score;
    QLabel *m_improvements;
    QList<std::pair<core::ReviewStatus, QPushButton *>> m_statusButtons;
    QListWidget *m_comments;
    QListWidget *m_history;
    QListWidget *m_dismissed;
};

} // namespace amends::ui
