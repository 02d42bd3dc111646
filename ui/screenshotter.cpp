#include "screenshotter.h"

#include "letterpreview.h"
#include "letterwizard.h"
#include "mainwindow.h"
#include "wizardpage.h"

#include "core/section.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>

namespace amends::ui {

namespace {
constexpr qint64 kSettleLimitMs = 20000;
} // namespace

QStringList saveWizardScreenshots(MainWindow &window, const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = QApplication::translate("amends::ui::Screenshotter", "Cannot create the folder %1.").arg(directory);
        return {};
    }
    // The dictionary and the first check arrive in the background: wait for them, so
    // that the pictures show the findings and the spelling marks.
    QElapsedTimer waited;
    waited.start();
    while (!window.isSettled() && waited.elapsed() < kSettleLimitMs)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    QStringList written;
    LetterWizard *wizard = window.wizard();
    for (int index = 0; index < wizard->count(); ++index) {
        wizard->setCurrentIndex(index);
        window.preview()->refreshNow();
        QApplication::processEvents();
        const std::optional<core::Section> section = wizard->page(index)->section();
        const QString name = section ? core::sectionKey(*section)
                             : index == 0 ? QStringLiteral("case-details")
                                          : QStringLiteral("review");
        const QString path = QDir(directory).filePath(QStringLiteral("%1-%2.png").arg(index + 1, 2, 10, QLatin1Char('0')).arg(name));
        if (!window.grab().save(path)) {
            *error = QApplication::translate("amends::ui::Screenshotter", "Cannot write %1.").arg(path);
            return {};
        }
        written.append(path);
    }
    return written;
}

} // namespace amends::ui
