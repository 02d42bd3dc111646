// Word forms for `word~` in Portuguese and Spanish: Snowball stemmers (libstemmer)
// against Hunspell's own stems (the language's dictionary and affix rules), measured
// two ways: on a hand-labelled list of word forms, and by the built-in rule packs'
// precision (rule examples, scenario letters, repaired training letters) when each
// gives the word forms.
//
//   bench_stemming
#include "core/checker.h"
#include "core/language.h"
#include "core/ruleset.h"
#include "core/scenario.h"
#include "core/trainingpair.h"
#include "core/wordstemmer.h"
#include "services/dictionaryfinder.h"
#include "services/hunspellspeller.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <functional>

using namespace amends;

namespace {

struct FormCase {
    const char *lemma;
    QList<const char *> same;  ///< forms a pattern `lemma~` should match
    QList<const char *> other; ///< words it should not: other words of the family, look-alikes
};

// Billing-letter words; verbs with their common forms, nouns with their plural.
const QList<FormCase> kPortuguese = {
    {"cobrar", {"cobramos", "cobrou", "cobrado", "cobraram", "cobrando", "cobrada", "cobrados", "cobrei", "cobraremos"}, {"cobrança", "cobertura", "cobrir", "cobriu"}},
    {"devolver", {"devolvemos", "devolveu", "devolvido", "devolvida", "devolveremos", "devolvendo"}, {"devolução", "desenvolver", "envolver"}},
    {"pagar", {"pagou", "pagamos", "pagaram", "pagando", "pagará", "pagou"}, {"pagamento", "apagar", "página"}},
    {"errar", {"erramos", "errou", "errado", "errei"}, {"erro", "errata", "terra"}},
    {"corrigir", {"corrigimos", "corrigiu", "corrigido", "corrigida", "corrigiremos"}, {"correção", "correr", "corrida"}},
    {"reembolsar", {"reembolsamos", "reembolsou", "reembolsado", "reembolsaremos"}, {"reembolso"}},
    {"cancelar", {"cancelamos", "cancelou", "cancelado", "cancelada", "cancelaram"}, {"cancelamento"}},
    {"fatura", {"faturas"}, {"faturamento", "faturar"}},
    {"conta", {"contas"}, {"contar", "contato", "conto"}},
    {"cartão", {"cartões"}, {"carta", "cartas"}},
    {"sistema", {"sistemas"}, {"sistemático"}},
    {"banco", {"bancos"}, {"bancário", "bancada"}},
    {"culpa", {"culpas"}, {"culpado", "culpar"}},
    {"operadora", {"operadoras"}, {"operação", "operar"}},
    {"lamentar", {"lamentamos", "lamento", "lamentou"}, {"lamentável"}},
    {"informar", {"informamos", "informou", "informado", "informada"}, {"informação", "informática"}},
    {"verificar", {"verificamos", "verificou", "verificado"}, {"verificação"}},
    {"atrasar", {"atrasou", "atrasado", "atrasamos"}, {"atraso"}},
};

const QList<FormCase> kSpanish = {
    {"cobrar", {"cobramos", "cobraron", "cobrado", "cobrarle", "cobró", "cobrando", "cobraremos", "cobrada"}, {"cobro", "cobranza", "cobertura"}},
    {"devolver", {"devolvimos", "devolvió", "devuelto", "devolveremos", "devolverle", "devolviendo"}, {"devolución", "envolver"}},
    {"pagar", {"pagamos", "pagó", "pagado", "pagaron", "pagando", "pague"}, {"apagar", "página"}},
    {"equivocar", {"equivocamos", "equivocado", "equivocaron"}, {"equívoco"}},
    {"corregir", {"corregimos", "corrigió", "corregido", "corrijo", "corregiremos"}, {"corrección", "correr"}},
    {"reembolsar", {"reembolsamos", "reembolsado", "reembolsaremos", "reembolsó"}, {"reembolso"}},
    {"cancelar", {"cancelamos", "canceló", "cancelado", "cancelada"}, {"cancelación"}},
    {"factura", {"facturas"}, {"facturación", "facturar"}},
    {"cuenta", {"cuentas"}, {"contar", "cuento", "contacto"}},
    {"tarjeta", {"tarjetas"}, {"tarjetero"}},
    {"cargo", {"cargos"}, {"cargar", "cargamos"}},
    {"sistema", {"sistemas"}, {"sistemático"}},
    {"banco", {"bancos"}, {"bancario", "bancaria"}},
    {"culpa", {"culpas"}, {"culpable", "culpar"}},
    {"lamentar", {"lamentamos", "lamento", "lamentó"}, {"lamentable"}},
    {"informar", {"informamos", "informó", "informado"}, {"información", "informática"}},
    {"verificar", {"verificamos", "verificó", "verificado"}, {"verificación"}},
    {"retrasar", {"retrasó", "retrasado", "retrasamos"}, {"retraso"}},
    {"procesar", {"procesamos", "procesó", "procesado"}, {"proceso", "procesador"}},
};

struct Counts {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    double precision() const { return truePositives + falsePositives ? 100.0 * truePositives / (truePositives + falsePositives) : 100.0; }
    double recall() const { return truePositives + falseNegatives ? 100.0 * truePositives / (truePositives + falseNegatives) : 100.0; }
};

Counts formCounts(const QList<FormCase> &cases, const std::function<bool(const QString &, const QString &)> &matches)
{
    Counts counts;
    for (const FormCase &form : cases) {
        const QString lemma = QString::fromUtf8(form.lemma);
        for (const char *word : form.same)
            (matches(lemma, QString::fromUtf8(word)) ? counts.truePositives : counts.falseNegatives)++;
        for (const char *word : form.other)
            counts.falsePositives += matches(lemma, QString::fromUtf8(word)) ? 1 : 0;
    }
    return counts;
}

// The rule packs' precision with the word forms of @p stemmer: every bad example must
// fire its rule, no good example may; the scenario letters and the repaired training
// letters should draw no finding of a rule pack (structure checks aside).
struct RuleCounts {
    Counts examples;
    int letterFindings = 0;
    int rules = 0;
};

RuleCounts ruleCounts(const QString &dataLanguage, std::shared_ptr<const core::WordStemmer> stemmer)
{
    const auto rules = core::RuleSet::load(dataLanguage, std::move(stemmer));
    const core::Checker checker(rules);
    const QString tag = core::normaliseLanguageTag(dataLanguage);
    const auto fired = [&](const QString &text, const QString &rule) {
        for (const core::Finding &finding : checker.check(core::subjectFromText(text, tag)).findings) {
            if (finding.rule == rule)
                return true;
        }
        return false;
    };
    RuleCounts counts;
    counts.rules = static_cast<int>(rules->rules().size());
    for (const core::Rule &rule : rules->rules()) {
        for (const QString &bad : rule.badExamples)
            (fired(bad, rule.id) ? counts.examples.truePositives : counts.examples.falseNegatives)++;
        for (const QString &good : rule.goodExamples)
            counts.examples.falsePositives += fired(good, rule.id) ? 1 : 0;
    }
    const auto packFindings = [&](const core::CheckResult &result) {
        int n = 0;
        for (const core::Finding &finding : result.findings)
            n += rules->rule(finding.rule) ? 1 : 0;
        return n;
    };
    const core::ScenarioLibrary library;
    for (const core::Scenario &scenario : library.scenarios(dataLanguage)) {
        core::Draft draft = core::draftFromScenario(scenario, tag, QDate(2026, 11, 20));
        core::applySample(draft, scenario);
        counts.letterFindings += packFindings(checker.check(core::subjectFromDraft(draft)));
    }
    for (const core::TrainingPair &pair : core::loadTrainingPairs(dataLanguage).pairs)
        counts.letterFindings += packFindings(checker.check(core::subjectFromText(pair.repaired, tag)));
    return counts;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("%-6s %-28s %10s %8s   %14s %12s %16s\n", "lang", "word forms from", "precision", "recall", "rule precision",
                "rule recall", "letter findings");
    for (const auto &[dataLanguage, cases] : {std::pair{QStringLiteral("pt-BR"), kPortuguese}, std::pair{QStringLiteral("es"), kSpanish}}) {
        const QString tag = core::normaliseLanguageTag(dataLanguage);
        const std::optional<services::DictionaryPaths> paths = services::DictionaryFinder().find(tag);
        if (!paths) {
            std::printf("%s: no Hunspell dictionary\n", qPrintable(tag));
            continue;
        }
        std::shared_ptr<services::HunspellSpeller> hunspell = services::HunspellSpeller::load(*paths).speller;
        const auto snowball = core::WordStemmer::forLanguage(dataLanguage);
        // The engine numbers one stem per word: Hunspell's first lemma, or the word itself.
        const auto hunspellFirst = core::WordStemmer::fromFunction([hunspell](const QString &word) {
            const QStringList stems = hunspell->stems(word);
            return stems.isEmpty() ? word : stems.first();
        });
        const Counts snowballForms = formCounts(cases, [&](const QString &lemma, const QString &word) {
            return snowball->stem(lemma) == snowball->stem(word);
        });
        const Counts hunspellForms = formCounts(cases, [&](const QString &lemma, const QString &word) {
            return hunspellFirst->stem(lemma) == hunspellFirst->stem(word);
        });
        const Counts hunspellAny = formCounts(cases, [&](const QString &lemma, const QString &word) {
            return hunspell->stems(word).contains(lemma) || word == lemma;
        });
        const RuleCounts snowballRules = ruleCounts(dataLanguage, snowball);
        const RuleCounts hunspellRules = ruleCounts(dataLanguage, hunspellFirst);
        const auto row = [&](const char *name, const Counts &forms, const RuleCounts *rules) {
            if (rules)
                std::printf("%-6s %-28s %9.1f%% %7.1f%%   %13.1f%% %11.1f%% %16d\n", qPrintable(tag), name, forms.precision(), forms.recall(),
                            rules->examples.precision(), rules->examples.recall(), rules->letterFindings);
            else
                std::printf("%-6s %-28s %9.1f%% %7.1f%%   %14s %12s %16s\n", qPrintable(tag), name, forms.precision(), forms.recall(), "-", "-", "-");
        };
        row("Snowball (libstemmer)", snowballForms, &snowballRules);
        row("Hunspell, first stem", hunspellForms, &hunspellRules);
        row("Hunspell, any stem", hunspellAny, nullptr);
    }
    return 0;
}
