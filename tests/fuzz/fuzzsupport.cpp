#include "fuzzsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace amends::fuzz {

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

QList<QByteArray> fields(const QByteArray &input, int count)
{
    QList<QByteArray> result;
    qsizetype from = 0;
    while (result.size() < count - 1) {
        const qsizetype at = input.indexOf('\x1e', from);
        if (at < 0)
            break;
        result.append(input.mid(from, at - from));
        from = at + 1;
    }
    result.append(input.mid(from));
    while (result.size() < count)
        result.append(QByteArray());
    return result;
}

void fail(const char *property, const QString &detail)
{
    std::fprintf(stderr, "fuzz: property broken: %s\n%s\n", property, detail.toUtf8().constData());
    std::abort();
}

QString scratchFolder()
{
    static QTemporaryDir folder;
    if (!folder.isValid())
        fail("a scratch folder can be made", folder.errorString());
    return folder.path();
}

void writeScratch(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        fail("a scratch file can be written", path);
}

} // namespace amends::fuzz
