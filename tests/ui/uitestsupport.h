#pragma once

#include "core/settings.h"
#include "ui/mainwindow.h"

#include <QTemporaryDir>

#include <memory>

namespace amends::test {

/// A main window with its own throw-away settings and recovery folder.
struct WindowFixture {
    QTemporaryDir dir;
    core::Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<ui::MainWindow> window =
        std::make_unique<ui::MainWindow>(settings, dir.filePath(QStringLiteral("recovery")));
};

} // namespace amends::test
