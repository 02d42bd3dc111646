#include "wheelguard.h"

#include <QEvent>
#include <QWidget>

namespace amends::ui {

void WheelGuard::install(QWidget *field)
{
    field->setFocusPolicy(Qt::StrongFocus);
    field->installEventFilter(new WheelGuard(field));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && !static_cast<QWidget *>(watched)->hasFocus()) {
        // Ignored and filtered: the field does not see it, and Qt passes it on to the
        // parents, so the form scrolls.
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace amends::ui
