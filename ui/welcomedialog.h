#pragma once

#include <QDialog>

class QListWidget;

namespace amends::ui {

/// Shown on the first start: the three ways to begin (a new letter from a scenario, a
/// saved draft, a letter written elsewhere), the last letters, and how the work goes.
/// It does nothing itself: each choice is a signal the window acts on.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    WelcomeDialog(const QStringList &recentFiles, QWidget *parent = nullptr);

    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void newLetterRequested();
    void openRequested();
    void checkTextRequested();
    void recentRequested(const QString &path);
    void guideRequested();

private:
    QWidget *createChoices();
    void choose(void (WelcomeDialog::*signal)());

    QListWidget *m_recent;
};

} // namespace amends::ui
