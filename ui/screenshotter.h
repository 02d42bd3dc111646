#pragma once

#include <QString>
#include <QStringList>

namespace amends::ui {

class MainWindow;

/// Renders every wizard page of @p window to `DIR/NN-name.png`. Returns the files
/// written, or an empty list with @p error set.
QStringList saveWizardScreenshots(MainWindow &window, const QString &directory, QString *error);

} // namespace amends::ui
