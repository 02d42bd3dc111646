#pragma once

#include "core/finding.h"

#include <QList>
#include <QPlainTextEdit>

namespace amends::ui {

/// A plain-text letter with findings marked in their category's colour; hovering a mark
/// shows what is wrong. Marks follow later edits (they are text cursors) until the next
/// setFindings().
class MarkedLetterEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkedLetterEdit(QWidget *parent = nullptr);

    /// Marks @p findings; their offsets are UTF-16 positions in the current text.
    /// Findings without words (a missing section) are not marked.
    void setFindings(const QList<core::Finding> &findings);
    /// Messages of the marks at @p position, for tooltips and tests.
    QStringList messagesAt(int position) const;
    /// Selects the words from @p start to @p end and shows them.
    void selectSpan(qsizetype start, qsizetype end);

protected:
    bool viewportEvent(QEvent *event) override;
};

} // namespace amends::ui
