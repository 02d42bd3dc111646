#include <QApplication>

#include <gtest/gtest.h>

// Widget tests run without a display unless one is asked for explicitly; this also
// keeps gtest_discover_tests working at build time (it runs the binary without the
// tests' environment).
int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
