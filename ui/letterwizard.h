#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace amends::ui {

class WizardPage;

/// The step-by-step editor: a list of steps, the current page, Back and Next.
/// Unlike QWizard it lets the writer jump to any step whose predecessors are
/// complete, and it lives inside the main window beside the preview.
class LetterWizard : public QWidget
{
    Q_OBJECT

public:
    explicit LetterWizard(QWidget *parent = nullptr);

    void addPage(WizardPage *page);
    int count() const;
    int currentIndex() const;
    WizardPage *page(int index) const;
    WizardPage *currentPage() const;
    void setCurrentIndex(int index);

    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QListWidget *stepList() const { return m_steps; }

    /// True when every page before @p index is complete.
    bool canReach(int index) const;

public Q_SLOTS:
    void next();
    void back();

Q_SIGNALS:
    void currentIndexChanged(int index);

private:
    void updateNavigation();

    QListWidget *m_steps = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_stepLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace amends::ui
