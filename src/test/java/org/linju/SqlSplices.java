package org.linju;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Java splices text into SQL where a table name goes, by concatenation ({@code "… from " + x}) or by format
 * ({@code "… from %s".formatted(x)}, {@code String.format}), and whether the spliced table name is a literal of the
 * same file ({@code "grid"}, or a name bound to one: {@code TABLE = "grid"}). A name that arrives from elsewhere
 * ({@code column.table()}, a parameter) cannot be judged by {@link TableOwnershipTest}, so it is a violation itself.
 */
final class SqlSplices {

    private static final String KEYWORDS = "from|join|into|update|table|view|truncate|references";
    /** A literal that reads as SQL: it starts with a statement or a clause. */
    private static final Pattern SQL = Pattern.compile(
            "^\\s*(select|insert|update|delete|with|create|alter|drop|truncate|from|join|left|inner|where|and|or|union"
                    + "|order|group|set|,)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A literal ending where a table name should follow: concatenation splices it in. */
    private static final Pattern ENDS_AT_TABLE =
            Pattern.compile("\\b(" + KEYWORDS + ")\\s*$", Pattern.CASE_INSENSITIVE);
    /** Any format specifier; {@link #TABLE_PLACEHOLDER} those where a table name goes. */
    private static final Pattern SPECIFIER = Pattern.compile("%(?:(\\d+)\\$)?[-#+ 0,(<]*\\d*(?:\\.\\d+)?([a-zA-Z%])");

    private static final Pattern TABLE_PLACEHOLDER =
            Pattern.compile("\\b(?:" + KEYWORDS + ")\\s+(?:\\w+\\.)?%", Pattern.CASE_INSENSITIVE);
    private static final Pattern METHOD_CALL = Pattern.compile("\\w\\s*\\(|\\bnew\\b");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.\"])(?:\\w+\\.)*([A-Za-z_]\\w*)");

    private SqlSplices() {}

    /** A splice: the Java expression spliced in, and the table names it resolves to in the file (none: unresolved). */
    record Splice(String expression, Set<String> tables) {}

    static List<Splice> of(String java) {
        List<JavaText.Literal> literals = JavaText.literals(java);
        String code = JavaText.code(java);
        List<Splice> splices = new ArrayList<>();
        for (JavaText.Literal literal : literals) {
            if (!SQL.matcher(literal.text()).find()) {
                continue;
            }
            if (ENDS_AT_TABLE.matcher(literal.text()).find()) {
                String after = code.substring(literal.end()).stripLeading();
                if (after.startsWith("+")) {
                    splices.add(splice(JavaText.expression(after, 1), java));
                }
            }
            Matcher placeholder = TABLE_PLACEHOLDER.matcher(literal.text());
            while (placeholder.find()) {
                List<String> arguments = JavaText.formatArguments(code, literal);
                int index = argumentIndex(literal.text(), placeholder.end() - 1);
                splices.add(splice(index < arguments.size() ? arguments.get(index) : "", java));
            }
        }
        return splices;
    }

    /** The argument a specifier at {@code at} takes: its explicit index, else the count of ordinary ones before. */
    private static int argumentIndex(String format, int at) {
        Matcher specifier = SPECIFIER.matcher(format);
        int ordinary = 0;
        while (specifier.find()) {
            if (specifier.start() == at) {
                return specifier.group(1) != null ? Integer.parseInt(specifier.group(1)) - 1 : ordinary;
            }
            if (specifier.group(1) == null && !"%n".contains(specifier.group(2))) {
                ordinary++;
            }
        }
        return -1;
    }

    private static Splice splice(String expression, String java) {
        if (expression.isBlank()
                || METHOD_CALL.matcher(JavaText.withoutLiterals(expression)).find()) {
            return new Splice(expression, Set.of());
        }
        Set<String> tables = new LinkedHashSet<>();
        for (JavaText.Literal literal : JavaText.literals(expression)) {
            tables.add(literal.text().strip().toLowerCase(Locale.ROOT));
        }
        Matcher identifier = IDENTIFIER.matcher(JavaText.withoutLiterals(expression));
        while (identifier.find()) {
            Matcher bound = Pattern.compile("\\b" + identifier.group(1) + "\\s*=\\s*\"([^\"]*)\"")
                    .matcher(java);
            if (bound.find()) {
                tables.add(bound.group(1).strip().toLowerCase(Locale.ROOT));
            }
        }
        return new Splice(expression, Set.copyOf(tables));
    }
}
