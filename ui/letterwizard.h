#pragma once

#include "core/section.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace amends::ui {

class WizardPage;

/// The letter wizard's steps, in the order they are added and shown: the case
/// details, the six sections of the letter, the review.
enum class WizardStep { CaseDetails, Regret, Responsibility, Explanation, Remedy, Improvement, Contact, Review };

/// The step where @p section is written.
constexpr WizardStep stepOf(core::Section section)
{
    return static_cast<WizardStep>(static_cast<int>(WizardStep::Regret) + static_cast<int>(core::sectionIndex(section)));
}

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
    /// Shows @p step; pages are added in WizardStep order.
    void showStep(WizardStep step);
    void showSection(core::Section section) { showStep(stepOf(section)); }
    WizardStep currentStep() const { return static_cast<WizardStep>(currentIndex()); }

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
