package org.linju.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;

/**
 * The part of the district tree an account may see, derived on the server from the account.
 *
 * <p>Because codes nest, a scope is a set of subtree roots: a grid worker's scope is their grid, a
 * community secretary's their community. Unrestricted access must be asked for by name; an empty scope
 * matches nothing. Queries take a scope as an argument and bind {@link #sqlPatterns()} with
 * {@code code LIKE ANY (?)}, so no scope is ever spliced into SQL.
 */
public record GridScope(boolean whole, Set<RegionCode> roots) implements Serializable {

    private static final GridScope UNRESTRICTED = new GridScope(true, Set.of());

    public GridScope {
        roots = Set.copyOf(roots);
    }

    public static GridScope unrestricted() {
        return UNRESTRICTED;
    }

    public static GridScope of(Collection<RegionCode> roots) {
        return new GridScope(false, new TreeSet<>(roots));
    }

    public static GridScope none() {
        return new GridScope(false, Set.of());
    }

    /** True for a scope that sees the whole tree (asked for with {@link #unrestricted()}). */
    public boolean isUnrestricted() {
        return whole;
    }

    public boolean isEmpty() {
        return !whole && roots.isEmpty();
    }

    /** True when the node lies in one of the scope's subtrees. */
    public boolean covers(RegionCode code) {
        return whole || roots.stream().anyMatch(code::isWithin);
    }

    /**
     * True when the node is in scope or is an ancestor of something in scope, so that the tree browser can
     * show the path down to the scope without showing the siblings along it.
     */
    public boolean leadsTo(RegionCode code) {
        return covers(code) || roots.stream().anyMatch(root -> root.isWithin(code));
    }

    /** {@code LIKE} patterns matching the codes in scope: none for an empty scope, {@code %} when unrestricted. */
    public String[] sqlPatterns() {
        if (whole) {
            return new String[] {"%"};
        }
        return roots.stream().map(root -> root.value() + "%").toArray(String[]::new);
    }

    /** Patterns matching the scope's roots and all their ancestors (for tree paths). */
    public String[] ancestorCodes() {
        if (whole) {
            return new String[0];
        }
        return roots.stream()
                .flatMap(root -> ancestorsOf(root).stream())
                .distinct()
                .toArray(String[]::new);
    }

    private static List<String> ancestorsOf(RegionCode code) {
        List<String> codes = new ArrayList<>();
        RegionCode current = code;
        codes.add(current.value());
        while (current.level() != RegionLevel.DISTRICT) {
            current = current.parent();
            codes.add(current.value());
        }
        return codes;
    }
}
