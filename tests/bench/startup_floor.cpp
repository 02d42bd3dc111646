// The floor for bench_startup: a plain Qt Widgets window (menu bar, a text editor and
// a status bar) that speaks the same protocol as `amends` under AMENDS_BENCH_STARTUP:
// "painted" after its first paint, then "ready", then it quits.
//
// With --dictionary AFF DIC it loads that Hunspell dictionary after its first paint, as
// Amends does, and says "ready" once it is loaded: the floor for memory of a window
// that checks spelling at all.

#include <hunspell/hunspell.hxx>

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>

#include <cstdio>
#include <ctime>
#include <memory>
#include <string>

namespace {

class Window : public QMainWindow
{
public:
    std::string affPath; ///< a dictionary to load after the first paint, if any
    std::string dicPath;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QMainWindow::paintEvent(event);
        if (m_painted)
            return;
        m_painted = true;
        // As amends does: handled as soon as this paint pass is over.
        QCoreApplication::postEvent(this, new QEvent(kPainted), Qt::HighEventPriority);
    }

    bool event(QEvent *event) override
    {
        if (event->type() != kPainted)
            return QMainWindow::event(event);
        std::puts("painted");
        timespec used{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &used);
        std::printf("painted-cpu %.2f\n", used.tv_sec * 1e3 + used.tv_nsec / 1e6);
        std::fflush(stdout);
        if (!affPath.empty()) {
            const auto dictionary = std::make_unique<Hunspell>(affPath.c_str(), dicPath.c_str());
            if (!dictionary->spell(std::string("letter")))
                std::puts("the dictionary did not load");
        }
        std::puts("ready");
        std::fflush(stdout);
        QCoreApplication::exit(0);
        return true;
    }

private:
    static constexpr auto kPainted = static_cast<QEvent::Type>(QEvent::User + 1);
    bool m_painted = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Window window;
    const QStringList arguments = QCoreApplication::arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--dictionary")); at >= 0 && at + 2 < arguments.size()) {
        window.affPath = arguments.at(at + 1).toStdString();
        window.dicPath = arguments.at(at + 2).toStdString();
    }
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
    window.menuBar()->addMenu(QStringLiteral("&Help"));
    auto *editor = new QPlainTextEdit(&window);
    editor->setPlainText(QStringLiteral("Dear Ms Rivera,\n\nThank you for your message."));
    window.setCentralWidget(editor);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1360, 860);
    window.show();
    return QApplication::exec();
}
