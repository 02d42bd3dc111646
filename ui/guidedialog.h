#pragma once

#include <QDialog>

class QTextBrowser;

namespace amends::ui {

/// The user guide (Help → User Guide, F1): how a letter goes from the case details
/// through the six parts to review and export, the checks, review mode and training.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace amends::ui
