package org.linju.matters;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.linju.shared.CachedRead;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category catalogue: classes after CJ/T 214 (大类/小类) and the hotline's demand types. Forms and API clients
 * see the active categories; admins add, rename and retire them. A category is never deleted, since matters point
 * at it.
 */
@Service
class MatterCatalogue {

    private final MatterStore store;
    private final JdbcClient jdbc;
    /** The codes and names of the categories reports may use. */
    private final CachedRead<Map<String, String>> offered;

    MatterCatalogue(MatterStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
        this.offered = new CachedRead<>(
                Duration.ofSeconds(30),
                () -> categories().stream()
                        .filter(category -> category.parent() != null)
                        .collect(Collectors.toUnmodifiableMap(Category::code, Category::name)));
    }

    /**
     * Whether reports may use this category: an active leaf. Read from a copy refreshed every 30 s and after every
     * change on this instance, so intake does not ask the database each time.
     */
    public boolean offers(String code) {
        return offered.get().containsKey(code);
    }

    /**
     * Changes when the categories offered to reports change on this instance (and within 30 s of a change elsewhere):
     * the version of the kept report form, which lists them.
     */
    Object offeredVersion() {
        return offered.get();
    }

    /** The name of a category reports may use (as {@link #offers}), or the code itself when it is not one. */
    String nameOf(String code) {
        return offered.get().getOrDefault(code, code);
    }

    /** The active categories, for forms and {@code GET /api/v1/categories}. */
    public List<Category> categories() {
        return store.categories().stream().filter(Category::active).toList();
    }

    /** Every category, retired ones included, for the admin page. */
    public List<Category> all() {
        return store.categories();
    }

    /** Adds a category or changes its names, order and whether it is active; its code and parent stay. */
    @Transactional
    void save(String code, String name, String nameEn, @Nullable String parent, int sortOrder, boolean active) {
        if (!code.matches("[0-9A-Z]{1,20}")) {
            throw new UnacceptableReport("code", "settings.badCategoryCode");
        }
        if (name.isBlank() || name.length() > 60 || nameEn.isBlank() || nameEn.length() > 80) {
            throw new UnacceptableReport("name", "settings.badCategoryName");
        }
        Category parentCategory = parent == null || parent.isBlank()
                ? null
                : store.categories().stream()
                        .filter(c -> c.code().equals(parent) && c.parent() == null)
                        .findFirst()
                        .orElseThrow(() -> new UnacceptableReport("parent", "settings.badParent"));
        offered.forget();
        int changed = jdbc.sql("""
				update matter_category set name = ?, name_en = ?, sort_order = ?, active = ? where code = ?
				""")
                .params(name.strip(), nameEn.strip(), sortOrder, active, code)
                .update();
        if (changed == 0) {
            jdbc.sql("""
					insert into matter_category (code, name, name_en, parent_code, kind, sort_order, active)
					values (?, ?, ?, ?, ?, ?, ?)
					""")
                    .params(
                            code,
                            name.strip(),
                            nameEn.strip(),
                            parentCategory == null ? null : parentCategory.code(),
                            parentCategory == null ? "EVENT" : parentCategory.kind(),
                            sortOrder,
                            active)
                    .update();
        }
    }
}
