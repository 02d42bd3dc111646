#include "smtpsender.h"

#include "core/mailto.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QUrl>

#include <curl/curl.h>

#include <memory>
#include <type_traits>

namespace amends::services {

namespace {

struct SmtpText {
    Q_DECLARE_TR_FUNCTIONS(amends::services::Smtp)
};

// libcurl is opened when the first letter is sent, not when the program starts: with
// the TLS, Kerberos and LDAP libraries it brings, loading it would add a fifth to every
// start of the window and of amends-cli, for a feature most starts never use. The
// headers still give the types and constants; the functions come from the library.
class Curl
{
public:
    static const Curl &instance()
    {
        static const Curl curl;
        return curl;
    }

    bool isLoaded() const { return m_loaded; }
    const QString &loadError() const { return m_error; }

    CURLcode (*globalInit)(long flags) = nullptr;
    CURL *(*easyInit)() = nullptr;
    CURLcode (*easySetopt)(CURL *handle, CURLoption option, ...) = nullptr;
    CURLcode (*easyPerform)(CURL *handle) = nullptr;
    void (*easyCleanup)(CURL *handle) = nullptr;
    const char *(*easyStrerror)(CURLcode code) = nullptr;
    curl_slist *(*slistAppend)(curl_slist *list, const char *text) = nullptr;
    void (*slistFreeAll)(curl_slist *list) = nullptr;

private:
    Curl()
    {
        QLibrary library(QStringLiteral("curl"), 4);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        const auto resolve = [&library](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(name));
            return function != nullptr;
        };
        m_loaded = library.load() && resolve(globalInit, "curl_global_init") && resolve(easyInit, "curl_easy_init")
                   && resolve(easySetopt, "curl_easy_setopt") && resolve(easyPerform, "curl_easy_perform")
                   && resolve(easyCleanup, "curl_easy_cleanup") && resolve(easyStrerror, "curl_easy_strerror")
                   && resolve(slistAppend, "curl_slist_append") && resolve(slistFreeAll, "curl_slist_free_all");
        if (m_loaded)
            globalInit(CURL_GLOBAL_DEFAULT);
        else
            m_error = library.errorString();
    }

    bool m_loaded = false;
    QString m_error;
};

struct Upload {
    const QByteArray *message;
    qsizetype offset = 0;
    const SmtpProgress *progress;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype room = static_cast<qsizetype>(size * count);
    const qsizetype chunk = qMin(room, upload->message->size() - upload->offset);
    memcpy(buffer, upload->message->constData() + upload->offset, static_cast<size_t>(chunk));
    upload->offset += chunk;
    return static_cast<size_t>(chunk);
}

int reportProgress(void *userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t uploaded)
{
    auto *upload = static_cast<Upload *>(userData);
    if (!*upload->progress)
        return 0;
    return (*upload->progress)(uploaded, upload->message->size()) ? 0 : 1;
}

QString errorText(CURLcode code, const SmtpRequest &request, const char *detail)
{
    const QString server = request.server.host;
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST: return SmtpText::tr("The mail server \"%1\" could not be found.").arg(server);
    case CURLE_COULDNT_CONNECT:
        return SmtpText::tr("Could not connect to the mail server %1 on port %2.").arg(server).arg(request.server.port);
    case CURLE_USE_SSL_FAILED:
        return SmtpText::tr("The mail server %1 does not offer an encrypted connection, so the letter was not sent. "
                  "Check the security setting in Preferences.").arg(server);
    case CURLE_PEER_FAILED_VERIFICATION:
        return SmtpText::tr("The certificate of the mail server %1 could not be verified, so the letter was not sent.").arg(server);
    case CURLE_SSL_CONNECT_ERROR:
        return SmtpText::tr("An encrypted connection to the mail server %1 could not be set up.").arg(server);
    case CURLE_LOGIN_DENIED: return SmtpText::tr("The mail server refused the user name or password.");
    case CURLE_OPERATION_TIMEDOUT: return SmtpText::tr("The mail server %1 did not answer in time.").arg(server);
    default: break;
    }
    return SmtpText::tr("The mail server %1 did not accept the letter: %2")
        .arg(server, QString::fromUtf8(detail[0] ? detail : Curl::instance().easyStrerror(code)).trimmed());
}

QByteArray serverUrl(const core::SmtpServer &server)
{
    const QByteArray scheme = server.security == core::SmtpSecurity::ImplicitTls ? "smtps://" : "smtp://";
    return scheme + QUrl::toAce(server.host) + ':' + QByteArray::number(server.port);
}

struct CurlDeleter {
    void operator()(CURL *curl) const { Curl::instance().easyCleanup(curl); }
};
struct ListDeleter {
    void operator()(curl_slist *list) const { Curl::instance().slistFreeAll(list); }
};

// Everything libcurl reads during the transfer; the byte arrays must outlive it.
struct Transfer {
    Transfer(const SmtpRequest &request, const SmtpProgress &progress)
        : upload{&request.message, 0, &progress}
        , url(serverUrl(request.server))
        , sender('<' + request.sender.toUtf8() + '>')
        , user(request.server.user.toUtf8())
        , password(request.password.toUtf8())
        , caFile(request.caCertificates.toLocal8Bit())
        , security(request.server.security)
        , timeoutSeconds(request.timeoutSeconds)
    {
    }
    Upload upload;
    QByteArray url, sender, user, password, caFile;
    core::SmtpSecurity security;
    int timeoutSeconds;
    char detail[CURL_ERROR_SIZE] = {};
};

void configure(CURL *handle, Transfer &transfer, curl_slist *recipients)
{
    const auto setopt = Curl::instance().easySetopt;
    setopt(handle, CURLOPT_URL, transfer.url.constData());
    setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    // Required TLS: libcurl refuses to go on in plain text when STARTTLS is not offered.
    setopt(handle, CURLOPT_USE_SSL,
                     transfer.security == core::SmtpSecurity::None ? CURLUSESSL_NONE : CURLUSESSL_ALL);
    if (!transfer.caFile.isEmpty())
        setopt(handle, CURLOPT_CAINFO, transfer.caFile.constData());
    if (!transfer.user.isEmpty()) {
        setopt(handle, CURLOPT_USERNAME, transfer.user.constData());
        setopt(handle, CURLOPT_PASSWORD, transfer.password.constData());
    }
    setopt(handle, CURLOPT_MAIL_FROM, transfer.sender.constData());
    setopt(handle, CURLOPT_MAIL_RCPT, recipients);
    setopt(handle, CURLOPT_UPLOAD, 1L);
    setopt(handle, CURLOPT_READFUNCTION, &readMessage);
    setopt(handle, CURLOPT_READDATA, &transfer.upload);
    setopt(handle, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(transfer.upload.message->size()));
    setopt(handle, CURLOPT_NOPROGRESS, 0L);
    setopt(handle, CURLOPT_XFERINFOFUNCTION, &reportProgress);
    setopt(handle, CURLOPT_XFERINFODATA, &transfer.upload);
    setopt(handle, CURLOPT_ERRORBUFFER, transfer.detail);
    setopt(handle, CURLOPT_CONNECTTIMEOUT, 20L);
    setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(transfer.timeoutSeconds));
    setopt(handle, CURLOPT_NOSIGNAL, 1L);
}

} // namespace

SmtpResult sendMail(const SmtpRequest &request, const SmtpProgress &progress)
{
    if (request.server.host.isEmpty())
        return {false, false, SmtpText::tr("No mail server is set up. Enter one in Preferences.")};
    const QStringList addresses = QStringList(request.recipients) << request.sender;
    for (const QString &address : addresses) {
        if (!core::isPlainEmailAddress(address))
            return {false, false, SmtpText::tr("The address \"%1\" is not a valid email address.").arg(address)};
    }
    const Curl &library = Curl::instance();
    if (!library.isLoaded())
        return {false, false, SmtpText::tr("Mail cannot be sent from here: the libcurl library could not be loaded (%1). "
                                           "Install libcurl (package libcurl4), or save the email and send it from your mail program.")
                                  .arg(library.loadError())};

    std::unique_ptr<CURL, CurlDeleter> curl(library.easyInit());
    std::unique_ptr<curl_slist, ListDeleter> recipients;
    for (const QString &recipient : request.recipients)
        recipients.reset(library.slistAppend(recipients.release(), QByteArray('<' + recipient.toUtf8() + '>').constData()));
    Transfer transfer(request, progress);
    configure(curl.get(), transfer, recipients.get());

    const CURLcode code = library.easyPerform(curl.get());
    if (code == CURLE_OK)
        return {true, false, {}};
    if (code == CURLE_ABORTED_BY_CALLBACK)
        return {false, true, SmtpText::tr("Sending was cancelled; the letter was not sent.")};
    return {false, false, errorText(code, request, transfer.detail)};
}

} // namespace amends::services
