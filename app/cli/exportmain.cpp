// amends-cli-export: `amends-cli export`, which amends-cli hands over to this program
// (see main.cpp) so that its other commands start without Qt Gui, GMime and libical.
#include "command.h"

#include <QGuiApplication>

int main(int argc, char **argv)
{
    // Exporting lays out text and embeds fonts, which needs a QGuiApplication; without a
    // display it runs on the offscreen platform.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")
        && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    amends::cli::setUpApplication(app);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    amends::cli::runAndExit(arguments, amends::cli::runExport);
}
