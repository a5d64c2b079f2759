package org.linju;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads table names out of SQL, and SQL out of Java source, well enough for {@link TableOwnershipTest}: the string
 * literals and text blocks of a source file, and the names that follow a word after which SQL expects a table.
 * Prose and identifiers that merely contain a table's name ("grid" in a comment, {@code gridCode}) are not names.
 */
final class SqlText {

    /** A table name where SQL expects one, after {@code from}, {@code join}, {@code into}, {@code update} etc. */
    private static final Pattern AFTER_KEYWORD = Pattern.compile(
            "\\b(from|join|into|update|table|view|truncate|references|using)\\s+(?:only\\s+)?(?:if\\s+(?:not\\s+)?exists\\s+)?"
                    + "(?:\\w+\\.)?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    /** The further tables of a comma list: {@code from matter m, grid g}. */
    private static final Pattern NEXT_IN_LIST =
            Pattern.compile("\\G(?:\\s+(?:as\\s+)?\\w+)?\\s*,\\s*(?:\\w+\\.)?(\\w+)", Pattern.CASE_INSENSITIVE);
    /** An index or trigger on a table: {@code create index … on grid (code)}, {@code … on matter for each row}. */
    private static final Pattern INDEXED_ON =
            Pattern.compile("\\bon\\s+(?:\\w+\\.)?(\\w+)\\s*(?:\\(|using\\b|for\\b)", Pattern.CASE_INSENSITIVE);
    /** A table or view being created, and whether it is a view. */
    static final Pattern CREATED = Pattern.compile(
            "\\bcreate\\s+(?:or\\s+replace\\s+)?(?:(?:temp|temporary|unlogged)\\s+)?(materialized\\s+view|table|view)\\s+"
                    + "(?:if\\s+not\\s+exists\\s+)?(?:\\w+\\.)?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    /** A literal that ends where a table name should follow: the name is spliced in from elsewhere. */
    private static final Pattern SPLICE_POINT =
            Pattern.compile("\\b(from|join|into|update|table)\\s*$", Pattern.CASE_INSENSITIVE);

    private SqlText() {}

    /** A name where SQL expects a table, and whether it came after {@code references} (a foreign key). */
    record Name(String name, boolean foreignKey) {}

    static List<Name> names(String sql) {
        String text = withoutComments(sql);
        List<Name> names = new ArrayList<>();
        Matcher keyword = AFTER_KEYWORD.matcher(text);
        while (keyword.find()) {
            boolean foreignKey = keyword.group(1).equalsIgnoreCase("references");
            names.add(new Name(keyword.group(2).toLowerCase(Locale.ROOT), foreignKey));
            if (keyword.group(1).equalsIgnoreCase("from")) {
                Matcher next = NEXT_IN_LIST.matcher(text).region(keyword.end(), text.length());
                while (next.find()) {
                    names.add(new Name(next.group(1).toLowerCase(Locale.ROOT), false));
                }
            }
        }
        Matcher on = INDEXED_ON.matcher(text);
        while (on.find()) {
            names.add(new Name(on.group(1).toLowerCase(Locale.ROOT), false));
        }
        return names;
    }

    static boolean endsAtSplicePoint(String literal) {
        return SPLICE_POINT.matcher(literal).find();
    }

    static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", " ").replaceAll("(?s)/\\*.*?\\*/", " ");
    }

    /** The contents of the string literals and text blocks of a Java source file, comments skipped. */
    static List<String> literals(String java) {
        return JavaText.literals(java).stream().map(JavaText.Literal::text).toList();
    }

    /** The literals of a file that hold only a name from these, as a spliced table name would. */
    static Set<String> bareNames(List<String> literals, Set<String> names) {
        Set<String> bare = new LinkedHashSet<>();
        for (String literal : literals) {
            String name = literal.strip().toLowerCase(Locale.ROOT);
            if (names.contains(name)) {
                bare.add(name);
            }
        }
        return bare;
    }
}
