#pragma once

#include "core/apologyscore.h"

#include <QFrame>

class QLabel;

namespace amends::ui {

/// A letter's apology score as a large number on a coloured chip (red below 60, amber
/// below 90, green from 90) with the changes that would raise it most. Sizes follow the
/// widget's font, so a larger font (presentation view) enlarges the whole badge.
class ScoreBadge : public QFrame
{
    Q_OBJECT

public:
    explicit ScoreBadge(QWidget *parent = nullptr);

    void setScore(const core::ApologyScore &score);
    int value() const { return m_score.value; }
    /// The advice lines shown (at most two).
    QString advice() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFonts();

    core::ApologyScore m_score;
    QLabel *m_value;
    QLabel *m_caption;
    QLabel *m_advice;
};

} // namespace amends::ui
