#include "phrasepattern.h"

#include "compiledform.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <bit>
#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace amends::core {

// A pattern as parsed: a tree, simplified, then laid out flat (NodeTable) for matching.
struct PhrasePattern::Node {
    enum class Kind { Words, Any, Gap, Sequence, Choice, Optional, NotNext, SentenceStart, Question };
    Kind kind = Kind::Sequence;
    QList<int> words; ///< Vocabulary numbers, sorted.
    QList<Node> children;
    bool simplified = false; ///< simplify() has nothing left to do in this subtree
};

// The nodes a pattern matches with, in two arrays, not a tree of lists: a node is its
// kind and where its words, then its children's places, are in one array of numbers. The
// patterns of a rule set read from its compiled form share one table, a few bytes a node.
class PhrasePattern::NodeTable
{
public:
    using Kind = Node::Kind;
    struct Entry {
        Kind kind;
        quint32 first; ///< in m_numbers: the node's words, then its children's places
        quint32 wordCount;
        quint32 childCount;
    };

    // One node of the table: cheap to copy, valid while the table is.
    class Ref
    {
    public:
        Ref(const NodeTable &table, int index) : m_table(&table), m_entry(&table.m_entries[std::size_t(index)]) {}
        Kind kind() const { return m_entry->kind; }
        std::span<const int> words() const { return {m_table->m_numbers.data() + m_entry->first, m_entry->wordCount}; }
        int childCount() const { return int(m_entry->childCount); }
        Ref child(int k) const { return {*m_table, m_table->m_numbers[m_entry->first + m_entry->wordCount + std::size_t(k)]}; }
        // The node's place in its table (nodes shared within a table have one place).
        std::pair<const NodeTable *, int> identity() const
        {
            return {m_table, int(m_entry - m_table->m_entries.data())};
        }

    private:
        const NodeTable *m_table;
        const Entry *m_entry;
    };

    Ref at(int index) const { return {*this, index}; }
    int size() const { return int(m_entries.size()); }

    /// Adds @p node and what it holds, children first; a node met before (shared by word
    /// lists) is added once. Returns its place.
    int add(const Node &node, QHash<const Node *, int> &added)
    {
        if (const auto it = added.constFind(&node); it != added.constEnd())
            return *it;
        std::vector<int> children;
        children.reserve(std::size_t(node.children.size()));
        for (const Node &child : node.children)
            children.push_back(add(child, added));
        const int index = append(node.kind, node.words.constData(), node.words.size(), children.data(), qsizetype(children.size()));
        added.insert(&node, index);
        return index;
    }

    /// Appends a node whose children are already in the table.
    int append(Kind kind, const int *words, qsizetype wordCount, const int *children, qsizetype childCount)
    {
        m_entries.push_back({kind, quint32(m_numbers.size()), quint32(wordCount), quint32(childCount)});
        m_numbers.insert(m_numbers.end(), words, words + wordCount);
        m_numbers.insert(m_numbers.end(), children, children + childCount);
        return int(m_entries.size()) - 1;
    }

    /// Room for @p nodes nodes whose words and children's places number @p numbers.
    void reserve(std::size_t nodes, std::size_t numbers)
    {
        m_entries.reserve(nodes);
        m_numbers.reserve(numbers);
    }

private:
    std::vector<Entry> m_entries;
    std::vector<int> m_numbers;
};

namespace {

// Marks a stem's own entry, so that no token's text can be taken for it.
const QChar kStemMark(0x1);

void sortUnique(QList<int> &ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

} // namespace

int Vocabulary::add(const QString &word)
{
    const auto it = m_ids.constFind(word);
    if (it != m_ids.constEnd())
        return *it;
    const int id = static_cast<int>(m_ids.size());
    m_ids.insert(word, id);
    if (word.contains(u'|')) {
        for (const QString &reading : word.split(u'|'))
            m_readingOf[reading].append(id);
    } else if (m_stemmer && !word.startsWith(kStemMark)) {
        m_byStem[m_stemmer->stem(word)].append(id);
    }
    return id;
}

QList<int> Vocabulary::matchingForms(const QString &word)
{
    QList<int> ids = matching(word);
    if (!m_stemmer)
        return ids;
    const QString stem = m_stemmer->stem(word);
    ids += m_byStem.value(stem);
    ids.append(add(kStemMark + stem));
    sortUnique(ids);
    return ids;
}

QList<int> Vocabulary::matching(const QString &word)
{
    QList<int> ids{add(word)};
    if (word.contains(u'|')) {
        for (const QString &reading : word.split(u'|'))
            ids.append(add(reading));
    }
    ids += m_readingOf.value(word);
    sortUnique(ids);
    return ids;
}

QList<int> Vocabulary::tokenIds(const TextScan &scan) const
{
    // Each distinct form is looked up once.
    QList<int> formIds;
    formIds.reserve(scan.forms().size());
    for (const QString &form : scan.forms()) {
        int id = find(form);
        if (id < 0 && m_stemmer && !form.isEmpty())
            id = find(kStemMark + m_stemmer->stem(form));
        formIds.append(id);
    }
    QList<int> ids;
    ids.reserve(scan.tokens().size());
    for (const Token &token : scan.tokens())
        ids.append(formIds[token.form]);
    return ids;
}

namespace {

using Node = PhrasePattern::Node;
using Kind = Node::Kind;
using NodeRef = PhrasePattern::NodeTable::Ref;
constexpr int kMaxGap = 3;
constexpr int kMaxListDepth = 4;
// The parser recurses into groups: these bound its depth (and the matcher's) whatever a
// rule pack holds. The built-in patterns nest four deep at most and are under 300
// characters; word lists expand to under a hundred alternatives.
constexpr int kMaxNesting = 32;
constexpr qsizetype kMaxPatternLength = 2000;
constexpr int kMaxListAlternatives = 10000;

struct PhrasePatternText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::PhrasePattern)
};

bool contains(std::span<const int> sorted, int id)
{
    return id >= 0 && std::binary_search(sorted.begin(), sorted.end(), id);
}

bool isAtomChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'\'' || c == u'\u2019' || c == u'-' || c == u'.' || c == u'&'
           || c == u'/';
}

// How many list entries a use of list @p name at list depth @p depth expands to, its
// lists' entries included; counted from the lists' text before anything is parsed, so
// lists that use each other several levels deep are refused at once. Stops counting
// past kMaxListAlternatives.
qint64 listSize(const QHash<QString, QStringList> &lists, const QString &name, int depth, QHash<QString, qint64> &known)
{
    if (depth >= kMaxListDepth || !lists.contains(name))
        return 0; // refused when parsed
    const QString key = name + QLatin1Char('/') + QString::number(depth);
    if (const auto it = known.constFind(key); it != known.constEnd())
        return *it;
    qint64 size = 0;
    for (const QString &entry : lists.value(name)) {
        ++size;
        for (qsizetype open = entry.indexOf(u'{'); open >= 0 && size <= kMaxListAlternatives; open = entry.indexOf(u'{', open + 1)) {
            const qsizetype close = entry.indexOf(u'}', open);
            if (close < 0)
                break;
            size += listSize(lists, entry.mid(open + 1, close - open - 1).trimmed(), depth + 1, known);
        }
        if (size > kMaxListAlternatives)
            break;
    }
    known.insert(key, size);
    return size;
}

} // namespace

struct PhrasePattern::CompileCache::Data {
    QHash<QString, Node> lists; ///< "name/depth" → the list parsed at that list depth
    QHash<QString, Node> atoms; ///< a word as written in a pattern ("charge~") → its node
};

PhrasePattern::CompileCache::CompileCache() : m_data(std::make_unique<Data>()) {}
PhrasePattern::CompileCache::~CompileCache() = default;

namespace {

// What one pattern's word lists have expanded to so far.
struct ListBudget {
    qint64 alternatives = 0;
    QHash<QString, qint64> sizes;
};

// Merges and flattens a parsed tree (defined below).
Node simplify(Node node);

class Parser
{
public:
    Parser(const QString &source, const PhrasePattern::Context &context, int depth, ListBudget *budget)
        : m_source(source), m_context(context), m_depth(depth), m_budget(budget)
    {
    }

    Node parse(QString *error)
    {
        if (m_source.size() > kMaxPatternLength) {
            *error = PhrasePatternText::tr("the pattern is %1 characters long; the limit is %2").arg(m_source.size()).arg(kMaxPatternLength);
            return {};
        }
        Node root = parseChoice();
        skipSpaces();
        if (m_error.isEmpty() && m_pos < m_source.size())
            m_error = PhrasePatternText::tr("unexpected \"%1\" at position %2").arg(m_source[m_pos]).arg(m_pos + 1);
        *error = m_error;
        return root;
    }

private:
    void skipSpaces()
    {
        while (m_pos < m_source.size() && m_source[m_pos].isSpace())
            ++m_pos;
    }

    bool peek(QChar c)
    {
        skipSpaces();
        return m_pos < m_source.size() && m_source[m_pos] == c;
    }

    Node parseChoice()
    {
        Node choice{Kind::Choice, {}, {parseSequence()}};
        while (m_error.isEmpty() && peek(u'|')) {
            ++m_pos;
            choice.children.append(parseSequence());
        }
        return choice.children.size() == 1 ? choice.children.first() : choice;
    }

    Node parseSequence()
    {
        Node sequence{Kind::Sequence, {}, {}};
        while (m_error.isEmpty()) {
            skipSpaces();
            if (m_pos >= m_source.size() || m_source[m_pos] == u'|' || m_source[m_pos] == u')' || m_source[m_pos] == u']')
                break;
            sequence.children.append(parseElement());
        }
        if (sequence.children.isEmpty() && m_error.isEmpty())
            m_error = PhrasePatternText::tr("empty alternative at position %1").arg(m_pos + 1);
        return sequence;
    }

    // Enters a group, "(", "[" or "!": false (with the error set) when too deep.
    bool enter()
    {
        if (++m_nesting <= kMaxNesting)
            return true;
        m_error = PhrasePatternText::tr("groups nested more than %1 deep at position %2").arg(kMaxNesting).arg(m_pos + 1);
        m_pos = m_source.size();
        return false;
    }

    Node parseGroup(QChar close, Kind kind)
    {
        if (!enter())
            return {};
        ++m_pos;
        Node inner = parseChoice();
        --m_nesting;
        if (!m_error.isEmpty())
            return inner;
        if (!peek(close)) {
            m_error = PhrasePatternText::tr("missing \"%1\"").arg(close);
            return inner;
        }
        ++m_pos;
        return kind == Kind::Optional ? Node{Kind::Optional, {}, {inner}} : inner;
    }

    Node parseElement()
    {
        const QChar c = m_source[m_pos];
        if (c == u'(')
            return parseGroup(u')', Kind::Choice);
        if (c == u'[')
            return parseGroup(u']', Kind::Optional);
        if (c == u'{')
            return parseList();
        if (c == u'?' && m_pos > 0 && (m_source[m_pos - 1] == u')' || m_source[m_pos - 1] == u']')) {
            // "(real )?harm" reads as a regular expression's optional group, but "?" asks
            // for a question: the pattern would match almost nothing.
            m_error = PhrasePatternText::tr("\"?\" right after a group at position %1 asks for a question, it does not make the group "
                                            "optional: write [words] for optional words")
                          .arg(m_pos + 1);
            ++m_pos;
            return {};
        }
        if (c == u'^' || c == u'?') {
            ++m_pos;
            return Node{c == u'^' ? Kind::SentenceStart : Kind::Question, {}, {}};
        }
        if (c == u'*') {
            ++m_pos;
            if (m_pos < m_source.size() && m_source[m_pos] == u'*') {
                ++m_pos;
                return Node{Kind::Gap, {}, {}};
            }
            return Node{Kind::Any, {}, {}};
        }
        if (c == u'!') {
            ++m_pos;
            if (m_pos >= m_source.size() || m_source[m_pos].isSpace()) {
                m_error = PhrasePatternText::tr("\"!\" must be followed by words");
                return {};
            }
            if (!enter())
                return {};
            Node next = parseElement();
            --m_nesting;
            Node negation{Kind::NotNext, {}, {}};
            collectWords(next, negation.words);
            sortUnique(negation.words);
            if (negation.words.isEmpty() && m_error.isEmpty())
                m_error = PhrasePatternText::tr("\"!\" must be followed by words");
            return negation;
        }
        return parseAtom();
    }

    static void collectWords(const Node &node, QList<int> &words)
    {
        if (node.kind == Kind::Words)
            words += node.words;
        for (const Node &child : node.children)
            collectWords(child, words);
    }

    Node parseList()
    {
        const qsizetype close = m_source.indexOf(u'}', m_pos);
        if (close < 0) {
            m_error = PhrasePatternText::tr("missing \"}\"");
            return {};
        }
        const QString name = m_source.mid(m_pos + 1, close - m_pos - 1).trimmed();
        m_pos = close + 1;
        // "{list}~": every entry that ends in a word takes that word's inflections too.
        const bool inflect = m_pos < m_source.size() && m_source[m_pos] == u'~';
        if (inflect)
            ++m_pos;
        if (!m_context.lists || !m_context.lists->contains(name)) {
            m_error = PhrasePatternText::tr("unknown word list {%1}").arg(name);
            return {};
        }
        if (m_depth >= kMaxListDepth) {
            m_error = PhrasePatternText::tr("word lists nested too deeply at {%1}").arg(name);
            return {};
        }
        // Lists that use lists multiply: count every entry the pattern expands to (a use
        // inside a list was counted with that list).
        if (m_depth == 0) {
            m_budget->alternatives += listSize(*m_context.lists, name, m_depth, m_budget->sizes);
            if (m_budget->alternatives > kMaxListAlternatives) {
                m_error = PhrasePatternText::tr("word list {%1} expands to more than %2 alternatives").arg(name).arg(kMaxListAlternatives);
                return {};
            }
        }
        const QString key = name + QLatin1Char('/') + QString::number(m_depth) + (inflect ? QStringLiteral("~") : QString());
        if (m_context.cache) {
            if (const auto it = m_context.cache->data().lists.constFind(key); it != m_context.cache->data().lists.constEnd())
                return *it;
        }
        Node choice{Kind::Choice, {}, {}};
        for (const QString &written : m_context.lists->value(name)) {
            const bool endsInWord = inflect && !written.isEmpty() && isAtomChar(written.back());
            const QString entry = endsInWord ? written + u'~' : written;
            QString entryError;
            Parser inner(entry, m_context, m_depth + 1, m_budget);
            choice.children.append(inner.parse(&entryError));
            if (!entryError.isEmpty()) {
                m_error = PhrasePatternText::tr("in {%1} entry \"%2\": %3").arg(name, written, entryError);
                return choice;
            }
        }
        if (!m_context.cache)
            return choice;
        choice = simplify(std::move(choice)); // once for every pattern that uses the list
        m_context.cache->data().lists.insert(key, choice);
        return choice;
    }

    Node parseAtom()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_source.size() && isAtomChar(m_source[m_pos]))
            ++m_pos;
        if (m_pos == start) {
            m_error = PhrasePatternText::tr("unexpected \"%1\" at position %2").arg(m_source[m_pos]).arg(m_pos + 1);
            ++m_pos;
            return {};
        }
        const bool inflect = m_pos < m_source.size() && m_source[m_pos] == u'~';
        if (inflect)
            ++m_pos;
        const QString written = m_source.mid(start, m_pos - start);
        if (m_context.cache) {
            if (const auto it = m_context.cache->data().atoms.constFind(written); it != m_context.cache->data().atoms.constEnd())
                return *it;
        }
        Node atom = wordsNode(written.chopped(inflect ? 1 : 0), inflect);
        if (m_context.cache)
            m_context.cache->data().atoms.insert(written, atom);
        return atom;
    }

    Node wordsNode(const QString &word, bool inflect)
    {
        // Scan the word as text would be scanned, so contractions expand the same way.
        const TextScan scan(word, m_context.scan ? *m_context.scan : ScanRules());
        Node sequence{Kind::Sequence, {}, {}};
        for (const Token &token : scan.tokens())
            sequence.children.append(Node{Kind::Words, m_context.vocabulary->matching(scan.norm(token)), {}});
        if (inflect && !scan.tokens().isEmpty()) {
            QList<int> &last = sequence.children.last().words;
            const QString &word = scan.norm(scan.tokens().last());
            if (m_context.vocabulary->stemmer()) {
                last = m_context.vocabulary->matchingForms(word);
            } else {
                for (const QString &form : inflections(word))
                    last += m_context.vocabulary->matching(form);
                sortUnique(last);
            }
        }
        return sequence.children.size() == 1 ? sequence.children.first() : sequence;
    }

    const QString &m_source;
    const PhrasePattern::Context &m_context;
    int m_depth;
    ListBudget *m_budget;
    int m_nesting = 0;
    qsizetype m_pos = 0;
    QString m_error;
};

// Merges alternatives that are single words into one word set and drops needless
// nesting, so "(a|b|c)" and a list of single words cost one look-up, not one per word.
Node simplify(Node node)
{
    if (node.simplified)
        return node;
    node.simplified = true;
    // Children shared with a cached list or word stay shared when they need nothing.
    const auto needsWork = [](const Node &child) { return !child.simplified; };
    if (std::any_of(node.children.cbegin(), node.children.cend(), needsWork)) {
        for (Node &child : node.children)
            child = simplify(std::move(child));
    }
    if (node.kind == Kind::Sequence && node.children.size() == 1)
        return node.children.first();
    if (node.kind != Kind::Choice)
        return node;
    QList<Node> others;
    Node words{Kind::Words, {}, {}};
    for (const Node &child : std::as_const(node.children)) {
        if (child.kind == Kind::Words) {
            words.words += child.words;
        } else if (child.kind == Kind::Choice) {
            others += child.children;
        } else {
            others.append(child);
        }
    }
    sortUnique(words.words);
    if (!words.words.isEmpty())
        others.prepend(words);
    if (others.size() == 1)
        return others.first();
    node.children = others;
    return node;
}

// The first words (up to `depth`, one or two) of the matches of a node: a set of word
// sequences, where a shorter one is a whole match and kAny stands for any word. "!word"
// consumes nothing and is read as matching always, so the set may be larger than the
// truth but never smaller: it only decides which patterns are worth trying.
// A prefix is packed into one integer, its length (0–2) above its words, so that the
// sets sort and compare as plain numbers.
constexpr int kAny = PhrasePattern::kAnyWord;
using Prefix = quint64;
using Prefixes = std::vector<Prefix>;
constexpr quint64 kWordBits = 0x7fffffff;

constexpr Prefix makePrefix(int length, int first = 0, int second = 0)
{
    return (quint64(length) << 62) | ((quint64(first - kAny) & kWordBits) << 31) | (quint64(second - kAny) & kWordBits);
}
constexpr int prefixLength(Prefix prefix) { return int(prefix >> 62); }
constexpr int prefixWord(Prefix prefix, int k) { return int((k == 0 ? prefix >> 31 : prefix) & kWordBits) + kAny; }
// @p prefix followed by the words of @p next, up to @p depth words.
constexpr Prefix joinPrefixes(Prefix prefix, Prefix next, int depth)
{
    int words[2] = {prefixWord(prefix, 0), prefixWord(prefix, 1)};
    int length = prefixLength(prefix);
    for (int k = 0; k < prefixLength(next) && length < depth; ++k)
        words[length++] = prefixWord(next, k);
    return makePrefix(length, words[0], words[1]);
}
// Beyond this many two-word prefixes a pattern is indexed by its first word only.
constexpr std::size_t kMaxPrefixes = 20000;

// Adds the sorted prefixes @p part to the sorted @p prefixes, keeping them sorted.
void mergeInto(Prefixes &prefixes, const Prefixes &part)
{
    const auto middle = static_cast<std::ptrdiff_t>(prefixes.size());
    prefixes.insert(prefixes.end(), part.begin(), part.end());
    std::inplace_merge(prefixes.begin(), prefixes.begin() + middle, prefixes.end());
}

std::optional<Prefixes> prefixesOf(NodeRef node, int depth);

// The prefixes of @p head (sorted, no two alike) followed by @p tail: built as sorted runs
// and merged, never sorted whole.
std::optional<Prefixes> concatenate(const Prefixes &head, NodeRef tail, int depth)
{
    // Sorted by length, so the prefixes that are already whole come last.
    const auto whole = std::find_if(head.begin(), head.end(), [depth](Prefix p) { return prefixLength(p) == depth; });
    const auto shorter = static_cast<std::size_t>(whole - head.begin());
    if (shorter == 0)
        return head;
    std::optional<Prefixes> rest = prefixesOf(tail, depth);
    if (!rest || shorter * rest->size() > kMaxPrefixes)
        return std::nullopt;
    // The empty prefix, the lowest, followed by the tail is the tail's own prefixes.
    const bool headEmpty = head.front() == makePrefix(0);
    Prefixes out = headEmpty ? *rest : Prefixes();
    // A one-word prefix (only when two are kept) followed by the tail: itself where the
    // tail may be empty, else with each first word of the tail.
    const auto oneWord = head.begin() + (headEmpty ? 1 : 0);
    if (oneWord != whole) {
        const bool restEmpty = !rest->empty() && rest->front() == makePrefix(0);
        std::vector<int> firsts;
        for (const Prefix next : std::as_const(*rest)) {
            if (prefixLength(next) > 0)
                firsts.push_back(prefixWord(next, 0));
        }
        std::sort(firsts.begin(), firsts.end());
        firsts.erase(std::unique(firsts.begin(), firsts.end()), firsts.end());
        Prefixes joined;
        joined.reserve(static_cast<std::size_t>(whole - oneWord) * (firsts.size() + 1));
        if (restEmpty)
            joined.insert(joined.end(), oneWord, whole);
        for (auto it = oneWord; it != whole; ++it) {
            for (const int first : firsts)
                joined.push_back(makePrefix(2, prefixWord(*it, 0), first));
        }
        mergeInto(out, joined);
    }
    mergeInto(out, Prefixes(whole, head.end()));
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::optional<Prefixes> prefixesOf(NodeRef node, int depth)
{
    switch (node.kind()) {
    case Kind::Words: {
        Prefixes out;
        out.reserve(node.words().size());
        for (int word : node.words())
            out.push_back(makePrefix(1, word));
        return out;
    }
    case Kind::Any: return Prefixes{makePrefix(1, kAny)};
    case Kind::Gap: {
        Prefixes out{makePrefix(0), makePrefix(1, kAny)};
        if (depth == 2)
            out.push_back(makePrefix(2, kAny, kAny));
        return out;
    }
    case Kind::NotNext:
    case Kind::SentenceStart:
    case Kind::Question: return Prefixes{makePrefix(0)};
    case Kind::Optional: {
        // The empty prefix is the lowest of all: it leads the sorted set or is added there.
        std::optional<Prefixes> out = prefixesOf(node.child(0), depth);
        if (out && (out->empty() || out->front() != makePrefix(0)))
            out->insert(out->begin(), makePrefix(0));
        return out;
    }
    case Kind::Choice: {
        // Each part is sorted: merged in, not sorted again.
        Prefixes out;
        for (int k = 0; k < node.childCount(); ++k) {
            const std::optional<Prefixes> part = prefixesOf(node.child(k), depth);
            if (!part || out.size() + part->size() > kMaxPrefixes)
                return std::nullopt;
            mergeInto(out, *part);
        }
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }
    case Kind::Sequence: {
        Prefixes out{makePrefix(0)};
        for (int k = 0; k < node.childCount(); ++k) {
            std::optional<Prefixes> next = concatenate(out, node.child(k), depth);
            if (!next)
                return std::nullopt;
            out = std::move(*next);
            if (std::all_of(out.begin(), out.end(), [depth](Prefix p) { return prefixLength(p) == depth; }))
                break;
        }
        return out;
    }
    }
    return std::nullopt;
}

// Fills the pattern's start words from its prefixes: which words a match can start
// with, which words can follow them, and which pairs of words a match can start with.
void describeStart(NodeRef root, QList<int> &firstWords, QList<int> &secondWords, QList<std::pair<int, int>> &pairs,
                   bool &anywhere)
{
    std::optional<Prefixes> prefixes = prefixesOf(root, 2);
    if (!prefixes) // too many ways to start: by the first word only
        prefixes = prefixesOf(root, 1);
    if (!prefixes)
        prefixes = Prefixes{makePrefix(1, kAny)};
    // Each start as one number, first word above second, "any second word" lowest, so
    // that a sorted run of one first word begins with its "any" pair if it has one.
    std::vector<quint64> starts;
    starts.reserve(prefixes->size());
    bool anySecond = false;
    for (const Prefix prefix : std::as_const(*prefixes)) {
        if (prefixLength(prefix) == 0)
            continue; // an empty match is no match
        const int first = prefixWord(prefix, 0);
        anywhere = anywhere || first == kAny;
        const int second = prefixLength(prefix) == 2 ? prefixWord(prefix, 1) : kAny;
        anySecond = anySecond || second == kAny;
        if (second != kAny)
            secondWords.append(second);
        starts.push_back((quint64(first - kAny) << 32) | quint32(second - kAny));
    }
    if (anySecond)
        secondWords.clear();
    sortUnique(secondWords);
    if (anywhere)
        return;
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    // A pattern that can start with a word and any second word needs no pair for it.
    for (std::size_t i = 0; i < starts.size();) {
        const int first = int(starts[i] >> 32) + kAny;
        const bool anyAfterFirst = int(starts[i] & 0xffffffff) + kAny == kAny;
        firstWords.append(first);
        for (; i < starts.size() && int(starts[i] >> 32) + kAny == first; ++i) {
            if (!anyAfterFirst || pairs.isEmpty() || pairs.last().first != first)
                pairs.append({first, int(starts[i] & 0xffffffff) + kAny});
        }
    }
}

// Matches by sets of positions: bit k of a mask is "a match can reach token first + k".
// No allocation, no recursion into continuations: fast enough to try every pattern
// that can start at every word of a letter in microseconds.
class Matcher
{
public:
    using Mask = quint64;
    static constexpr int kMaxSpan = 63;

    Matcher(const QList<int> &ids, int first, const SentenceBounds &sentence)
        : m_ids(ids), m_first(first), m_limit(qMin(sentence.limit, first + kMaxSpan)),
          m_atSentenceStart(first == sentence.first), m_question(sentence.question)
    {
        m_valid = (m_limit - m_first >= 63) ? ~Mask(0) : ((Mask(1) << (m_limit - m_first + 1)) - 1);
    }

    Mask step(NodeRef node, Mask in) const
    {
        switch (node.kind()) {
        case Kind::Words: return filterNext(in, node.words());
        case Kind::NotNext: return in & ~(filterNext(in, node.words()) >> 1);
        case Kind::Any: return (in << 1) & m_valid & ~Mask(1);
        case Kind::SentenceStart: return m_atSentenceStart ? in & Mask(1) : Mask(0);
        case Kind::Question: return m_question ? in : Mask(0);
        case Kind::Gap: {
            Mask out = in;
            for (int gap = 1; gap <= kMaxGap; ++gap)
                out |= in << gap;
            return out & m_valid;
        }
        case Kind::Optional: return in | step(node.child(0), in);
        case Kind::Choice: {
            Mask out = 0;
            for (int k = 0; k < node.childCount(); ++k)
                out |= step(node.child(k), in);
            return out;
        }
        case Kind::Sequence:
            for (int k = 0; k < node.childCount() && in; ++k)
                in = step(node.child(k), in);
            return in;
        }
        return 0;
    }

private:
    // Positions p in @p in whose token is one of @p words, moved on to p + 1.
    Mask filterNext(Mask in, std::span<const int> words) const
    {
        Mask out = 0;
        for (Mask bits = in & (m_valid >> 1); bits; bits &= bits - 1) {
            const int k = std::countr_zero(bits);
            const int position = m_first + k;
            if (position < m_limit && contains(words, m_ids[position]))
                out |= Mask(1) << (k + 1);
        }
        return out;
    }

    const QList<int> &m_ids;
    int m_first;
    int m_limit;
    bool m_atSentenceStart;
    bool m_question;
    Mask m_valid;
};

// The fewest words a match of @p node takes.
int shortestMatch(const Node &node)
{
    switch (node.kind) {
    case Kind::Words:
    case Kind::Any: return 1;
    case Kind::Gap:
    case Kind::NotNext:
    case Kind::SentenceStart:
    case Kind::Question:
    case Kind::Optional: return 0;
    case Kind::Choice: {
        int fewest = std::numeric_limits<int>::max();
        for (const Node &child : node.children)
            fewest = std::min(fewest, shortestMatch(child));
        return fewest;
    }
    case Kind::Sequence: {
        int sum = 0;
        for (const Node &child : node.children)
            sum += shortestMatch(child);
        return sum;
    }
    }
    return 0;
}

// Word sets every match of @p node takes a word from (each sorted): a sentence without a
// word of one of them cannot hold a match. A choice needs a word of one of its parts' sets,
// so the union of one set from each part is needed; a part with no set makes none.
QList<QList<int>> necessaryWords(const Node &node)
{
    switch (node.kind) {
    case Kind::Words: return node.words.isEmpty() ? QList<QList<int>>{} : QList<QList<int>>{node.words};
    case Kind::Sequence: {
        QList<QList<int>> sets;
        for (const Node &child : node.children)
            sets += necessaryWords(child);
        return sets;
    }
    case Kind::Choice: {
        QList<int> either;
        for (const Node &child : node.children) {
            const QList<QList<int>> part = necessaryWords(child);
            if (part.isEmpty())
                return {};
            either += *std::min_element(part.begin(), part.end(), [](const QList<int> &a, const QList<int> &b) {
                return a.size() < b.size();
            });
        }
        sortUnique(either);
        return {either};
    }
    default: return {}; // optional, or matches without words
    }
}

// Up to @p count of the word sets a match of @p root must take a word from, smallest
// first, leaving out those it starts with (the index has tried those already).
QList<QList<int>> requiredWords(const Node &root, const QList<int> &firstWords, int count)
{
    QList<QList<int>> sets = necessaryWords(root);
    sets.removeIf([&firstWords](const QList<int> &words) {
        return !firstWords.isEmpty()
               && std::all_of(firstWords.begin(), firstWords.end(), [&words](int id) { return contains(words, id); });
    });
    std::sort(sets.begin(), sets.end());
    sets.erase(std::unique(sets.begin(), sets.end()), sets.end());
    std::stable_sort(sets.begin(), sets.end(), [](const QList<int> &a, const QList<int> &b) { return a.size() < b.size(); });
    if (sets.size() > count)
        sets.resize(count);
    return sets;
}

} // namespace

PhrasePattern PhrasePattern::compile(const QString &source, const Context &context, QString *error)
{
    ListBudget budget;
    Parser parser(source, context, 0, &budget);
    Node root = parser.parse(error);
    PhrasePattern pattern;
    pattern.m_source = source.toUtf8();
    if (!error->isEmpty())
        return pattern;
    Node simple = simplify(std::move(root));
    if (shortestMatch(simple) > Matcher::kMaxSpan) {
        *error = PhrasePatternText::tr("a pattern can match at most %1 words").arg(Matcher::kMaxSpan);
        return pattern;
    }
    // A pattern that may start with any word is tried at every word.
    auto nodes = std::make_shared<NodeTable>();
    QHash<const Node *, int> added;
    pattern.m_root = nodes->add(simple, added);
    pattern.m_nodes = std::move(nodes);
    QList<std::pair<int, int>> pairs;
    describeStart(pattern.m_nodes->at(pattern.m_root), pattern.m_firstWords, pattern.m_secondWords, pairs, pattern.m_startsAnywhere);
    pattern.m_requiredWords = requiredWords(simple, pattern.m_firstWords, 4);
    return pattern;
}

int PhrasePattern::longestMatch(const QList<int> &ids, int first, const SentenceBounds &sentence) const
{
    if (!m_nodes || first >= sentence.limit)
        return -1;
    const Matcher::Mask ends = Matcher(ids, first, sentence).step(m_nodes->at(m_root), 1) & ~Matcher::Mask(1);
    return ends ? first + (63 - std::countl_zero(ends)) : -1;
}

QList<std::pair<int, int>> PhrasePattern::startPairs() const
{
    QList<std::pair<int, int>> pairs;
    if (m_nodes) {
        QList<int> firstWords;
        QList<int> secondWords;
        bool anywhere = false;
        describeStart(m_nodes->at(m_root), firstWords, secondWords, pairs, anywhere);
    }
    return pairs;
}

void PhrasePattern::SentenceWords::reset(const QList<int> &ids, int first, int limit)
{
    if (++m_stamp == 0) { // wrapped: stamps of long ago would look current
        std::fill(m_places.begin(), m_places.end(), Place{});
        m_stamp = 1;
    }
    for (int t = first; t < limit; ++t) {
        const int id = ids[t];
        if (id < 0)
            continue;
        if (std::size_t(id) >= m_places.size())
            m_places.resize(std::size_t(id) + 1);
        m_places[id] = {m_stamp, t};
    }
}

bool PhrasePattern::hasRequiredWords(const QList<int> &ids, int first, int limit, const SentenceWords *words) const
{
    const int end = std::min(limit, first + Matcher::kMaxSpan);
    for (const QList<int> &required : m_requiredWords) {
        bool found = false;
        // Each required word looked up in the table, or each token in the sorted set:
        // whichever takes fewer steps. The table sees the whole sentence, so it can only
        // let more through.
        if (words && required.size() <= (end - first) * 4) {
            for (qsizetype k = 0; k < required.size() && !found; ++k)
                found = words->lastPlace(required[k]) >= first;
        } else {
            for (int t = first; t < end && !found; ++t)
                found = contains(required, ids[t]);
        }
        if (!found)
            return false;
    }
    return true;
}

bool PhrasePattern::canStartWith(int id) const
{
    return m_startsAnywhere || contains(m_firstWords, id);
}

bool PhrasePattern::mayMatchAt(const QList<int> &ids, int first, int limit) const
{
    return m_secondWords.isEmpty() || (first + 1 < limit && contains(m_secondWords, ids[first + 1]));
}

void Vocabulary::write(QDataStream &out) const
{
    // The numbers run from 0 without a gap: the words in their order say them.
    QStringList words(m_ids.size());
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it)
        words[*it] = it.key();
    compiledform::writeWords(out, words);
}

bool Vocabulary::read(QDataStream &in)
{
    QStringList words;
    if (!compiledform::readWords(in, words))
        return false;
    m_ids.clear();
    m_ids.reserve(words.size());
    for (qsizetype id = 0; id < words.size(); ++id)
        m_ids.insert(words[id], static_cast<int>(id));
    m_readingOf.clear();
    m_byStem.clear();
    return m_ids.size() == words.size();
}

// The node table of a PhrasePattern::Writer is one block of numbers, a node after its
// children: kind, the number of words, the words, the number of children, their places
// in the table.
struct PhrasePattern::Writer::Data {
    QList<int> table;
    int count = 0;
    QHash<QList<int>, int> byContent;   ///< a node as written → its place
    QHash<std::pair<const NodeTable *, int>, int> byPlace; ///< nodes met already (shared within a pattern)

    int index(NodeRef node)
    {
        if (const auto it = byPlace.constFind(node.identity()); it != byPlace.constEnd())
            return *it;
        const std::span<const int> words = node.words();
        QList<int> record{static_cast<int>(node.kind()), static_cast<int>(words.size())};
        record.append(QList<int>(words.begin(), words.end()));
        record.append(node.childCount());
        for (int k = 0; k < node.childCount(); ++k)
            record.append(index(node.child(k)));
        int id = byContent.value(record, -1);
        if (id < 0) {
            id = count++;
            table += record;
            byContent.insert(record, id);
        }
        byPlace.insert(node.identity(), id);
        return id;
    }
};

PhrasePattern::Writer::Writer() : m_data(std::make_unique<Data>()) {}
PhrasePattern::Writer::~Writer() = default;

void PhrasePattern::Writer::write(QDataStream &out, const PhrasePattern &pattern)
{
    const qint32 root = pattern.m_nodes ? m_data->index(pattern.m_nodes->at(pattern.m_root)) : -1;
    out << pattern.m_source << root << pattern.m_startsAnywhere << static_cast<qint32>(pattern.m_requiredWords.size());
    compiledform::writeArray(out, pattern.m_firstWords);
    compiledform::writeArray(out, pattern.m_secondWords);
    for (const QList<int> &words : pattern.m_requiredWords)
        compiledform::writeArray(out, words);
}

void PhrasePattern::Writer::writeNodes(QDataStream &out) const
{
    out << static_cast<qint32>(m_data->count);
    compiledform::writeArray(out, m_data->table);
}

struct PhrasePattern::Reader::Data {
    std::shared_ptr<NodeTable> nodes; ///< shared by every pattern read
};

PhrasePattern::Reader::Reader() : m_data(std::make_unique<Data>()) {}
PhrasePattern::Reader::~Reader() = default;

bool PhrasePattern::Reader::readNodes(QDataStream &in)
{
    qint32 count = -1;
    in >> count;
    QList<int> table;
    if (in.status() != QDataStream::Ok || count < 0 || !compiledform::readArray(in, table) || count > table.size())
        return false;
    auto nodes = std::make_shared<NodeTable>();
    // Each node takes three numbers besides its words and children's places.
    nodes->reserve(std::size_t(count), std::size_t(std::max<qsizetype>(0, table.size() - 3 * qsizetype(count))));
    const int *at = table.constData();
    const int *end = at + table.size();
    // Whether @p n more numbers are left in the table.
    const auto left = [&](qint64 n) { return n >= 0 && n <= end - at; };
    for (qint32 i = 0; i < count; ++i) {
        if (!left(2))
            return false;
        const int kind = at[0];
        const int words = at[1];
        at += 2;
        if (kind < 0 || kind > static_cast<int>(Kind::Question) || !left(qint64(words) + 1))
            return false;
        const int *wordsAt = at;
        at += words;
        const int children = *at++;
        if (!left(children) || (static_cast<Kind>(kind) == Kind::Optional && children == 0))
            return false;
        if (std::any_of(at, at + children, [i](int child) { return child < 0 || child >= i; }))
            return false;
        nodes->append(static_cast<Kind>(kind), wordsAt, words, at, children);
        at += children;
    }
    m_data->nodes = std::move(nodes);
    return at == end;
}

bool PhrasePattern::Reader::read(QDataStream &in, PhrasePattern &pattern) const
{
    qint32 root = -1;
    qint32 required = -1;
    in >> pattern.m_source >> root >> pattern.m_startsAnywhere >> required;
    const int nodes = m_data->nodes ? m_data->nodes->size() : 0;
    if (in.status() != QDataStream::Ok || root < -1 || root >= nodes || required < 0
        || required > in.device()->bytesAvailable() / 4 || !compiledform::readArray(in, pattern.m_firstWords)
        || !compiledform::readArray(in, pattern.m_secondWords))
        return false;
    pattern.m_requiredWords.resize(required);
    for (QList<int> &words : pattern.m_requiredWords) {
        if (!compiledform::readArray(in, words))
            return false;
    }
    if (root >= 0) {
        pattern.m_nodes = m_data->nodes;
        pattern.m_root = root;
    }
    return true;
}

bool matchesInSentence(const QList<PhrasePattern> &patterns, const TextScan &scan, const QList<int> &ids, int sentence)
{
    if (patterns.isEmpty() || sentence < 0)
        return false;
    const SentenceBounds bounds = scan.sentenceBounds(sentence);
    for (const PhrasePattern &pattern : patterns) {
        for (int t = bounds.first; t < bounds.limit; ++t) {
            if (pattern.canStartWith(ids[t]) && pattern.mayMatchAt(ids, t, bounds.limit)
                && pattern.hasRequiredWords(ids, t, bounds.limit) && pattern.longestMatch(ids, t, bounds) > t)
                return true;
        }
    }
    return false;
}

bool SentenceMatches::matches(int list, const QList<PhrasePattern> &patterns, int sentence)
{
    if (patterns.isEmpty())
        return false;
    const quint64 key = quint64(quint32(list)) << 32 | quint32(sentence);
    auto known = m_known.constFind(key);
    if (known == m_known.constEnd())
        known = m_known.insert(key, matchesInSentence(patterns, m_scan, m_ids, sentence));
    return *known;
}

QStringList inflections(const QString &word)
{
    QStringList forms = {word};
    if (word.size() < 2)
        return forms;
    const QChar last = word.back();
    const QString isVowel = QStringLiteral("aeiou");
    if (last == u'e') {
        const QString stem = word.chopped(1);
        forms << word + u's' << word + u'd' << stem + QStringLiteral("ing");
    } else if (last == u'y' && !isVowel.contains(word[word.size() - 2])) {
        const QString stem = word.chopped(1);
        forms << stem + QStringLiteral("ies") << stem + QStringLiteral("ied") << word + QStringLiteral("ing");
    } else {
        forms << word + u's' << word + QStringLiteral("es") << word + QStringLiteral("ed") << word + QStringLiteral("ing");
        // Short words ending consonant-vowel-consonant double the consonant: admit → admitted.
        if (word.size() >= 3 && !isVowel.contains(last) && isVowel.contains(word[word.size() - 2])
            && !isVowel.contains(word[word.size() - 3]) && last != u'w' && last != u'x' && last != u'y')
            forms << word + last + QStringLiteral("ed") << word + last + QStringLiteral("ing");
    }
    return forms;
}

} // namespace amends::core
