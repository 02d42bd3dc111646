#pragma once

#include "core/section.h"

#include <QWidget>

#include <optional>

namespace amends::ui {

/// A step of the letter wizard. Pages read from and write to the draft document;
/// they never talk to each other.
class WizardPage : public QWidget
{
    Q_OBJECT

public:
    explicit WizardPage(const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    /// The short name in the list of steps (the title unless a page says otherwise).
    virtual QString stepName() const { return m_title; }
    /// Whether the writer may go on to the next step.
    virtual bool isComplete() const { return true; }
    /// The letter section this page edits, if any (highlighted in the preview).
    virtual std::optional<core::Section> section() const { return std::nullopt; }
    /// Called when the page becomes visible.
    virtual void enter() {}

Q_SIGNALS:
    void completeChanged();

protected:
    void setTitle(const QString &title) { m_title = title; }

private:
    QString m_title;
};

} // namespace amends::ui
