package org.linju;

import java.util.ArrayList;
import java.util.List;

/**
 * Java source read just well enough for the SQL checks: its string literals and text blocks with where they stand,
 * the code with comments blanked out, and the expression that follows a given point.
 */
final class JavaText {

    private JavaText() {}

    /** A string literal or text block: {@code start} at its opening quote, {@code end} just after its closing one. */
    record Literal(int start, int end, String text) {}

    static List<Literal> literals(String java) {
        List<Literal> literals = new ArrayList<>();
        scan(java, literals, new StringBuilder());
        return literals;
    }

    /** The source with every comment replaced by spaces, so positions still match {@link #literals(String)}. */
    static String code(String java) {
        StringBuilder code = new StringBuilder();
        scan(java, new ArrayList<>(), code);
        return code.toString();
    }

    /** The source with the contents of its literals removed, their quotes kept. */
    static String withoutLiterals(String java) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Literal literal : literals(java)) {
            out.append(java, from, literal.start()).append("\"\"");
            from = literal.end();
        }
        return out.append(java.substring(from)).toString();
    }

    /** The expression that starts at {@code from}: up to a {@code +}, {@code ,} or closing bracket at its own depth. */
    static String expression(String code, int from) {
        return code.substring(from, expressionEnd(code, from)).strip();
    }

    /** The arguments of the format call a literal is the format of: {@code "…".formatted(…)}, {@code format("…", …)}. */
    static List<String> formatArguments(String code, Literal literal) {
        String after = code.substring(literal.end()).stripLeading();
        int from;
        if (after.startsWith(".formatted(")) {
            from = ".formatted(".length();
        } else if (after.startsWith(",")
                && code.substring(0, literal.start()).stripTrailing().endsWith("format(")) {
            from = 1;
        } else {
            return List.of();
        }
        List<String> arguments = new ArrayList<>();
        int i = from;
        while (i < after.length()) {
            int end = expressionEnd(after, i);
            arguments.add(after.substring(i, end).strip());
            if (end >= after.length() || after.charAt(end) != ',') {
                break;
            }
            i = end + 1;
        }
        return arguments;
    }

    private static int expressionEnd(String code, int from) {
        int depth = 0;
        int i = from;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                String quote = code.startsWith("\"\"\"", i) ? "\"\"\"" : String.valueOf(c);
                i = closing(code, i + quote.length(), quote) + quote.length();
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}' || c == ';') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if ((c == '+' || c == ',') && depth == 0) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static void scan(String java, List<Literal> literals, StringBuilder code) {
        int i = 0;
        while (i < java.length()) {
            int next;
            if (java.startsWith("//", i)) {
                next = end(java.indexOf('\n', i), java);
                code.append(" ".repeat(next - i));
            } else if (java.startsWith("/*", i)) {
                next = Math.min(end(java.indexOf("*/", i + 2), java) + 2, java.length());
                code.append(java.substring(i, next).replaceAll("[^\\n]", " "));
            } else if (java.startsWith("\"\"\"", i)) {
                next = closing(java, i + 3, "\"\"\"") + 3;
                literals.add(new Literal(i, next, unescape(java.substring(i + 3, next - 3))));
                code.append(java, i, next);
            } else if (java.charAt(i) == '"' || java.charAt(i) == '\'') {
                String quote = String.valueOf(java.charAt(i));
                next = closing(java, i + 1, quote) + 1;
                if (quote.equals("\"")) {
                    literals.add(new Literal(i, next, unescape(java.substring(i + 1, next - 1))));
                }
                code.append(java, i, next);
            } else {
                next = i + 1;
                code.append(java.charAt(i));
            }
            i = next;
        }
    }

    private static int closing(String java, int from, String quote) {
        int i = from;
        while (i < java.length() && !java.startsWith(quote, i)) {
            i += java.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, java.length());
    }

    private static int end(int index, String java) {
        return index < 0 ? java.length() : index;
    }

    private static String unescape(String literal) {
        return literal.replace("\\\n", "")
                .replace("\\s", " ")
                .replace("\\n", "\n")
                .replace("\\t", " ")
                .replace("\\\"", "\"");
    }
}
