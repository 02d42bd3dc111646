#include "wizardpage.h"

namespace amends::ui {

WizardPage::WizardPage(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
{
}

} // namespace amends::ui
