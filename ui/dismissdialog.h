#pragma once

#include "core/finding.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace amends::ui {

/// Asks why a finding does not apply. It names the finding by its short title, and
/// accepts only a reason: a reviewer reads it, so an empty one is refused with a word.
class DismissDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DismissDialog(const core::Finding &finding, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *questionLabel() const { return m_question; }
    QLabel *hintLabel() const { return m_hint; }
    QPushButton *dismissButton() const { return m_ok; }

private:
    void update();

    QLabel *m_question;
    QLineEdit *m_reason;
    QLabel *m_hint;
    QPushButton *m_ok;
};

/// The first clause of a finding's message, for naming it in a sentence: "“touch
/// base” is office jargon" for "“touch base” is office jargon: say “talk”…".
QString shortFindingTitle(const QString &message);

} // namespace amends::ui
