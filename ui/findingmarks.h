#pragma once

#include <QObject>

namespace amends::ui {

class CheckController;
class SectionEditors;

/// Underlines findings in the section editors as the writer types, in the colour of
/// their kind (spelling keeps its red), with the message on hover.
class FindingMarks : public QObject
{
    Q_OBJECT

public:
    FindingMarks(SectionEditors &editors, CheckController *checks, QObject *parent);

    /// Paints the latest check's findings into every section editor.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SectionEditors &m_editors;
    CheckController *m_checks;
};

} // namespace amends::ui
