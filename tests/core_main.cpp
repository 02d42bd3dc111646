#include <QCoreApplication>

#include <gtest/gtest.h>

// Core and CLI tests need no GUI; a QCoreApplication gives them translations, resources
// and QProcess event handling.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
