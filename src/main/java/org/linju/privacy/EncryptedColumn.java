package org.linju.privacy;

/**
 * A column holding values encrypted with {@link FieldCipher} under {@code field}, in a table whose primary key is
 * {@code id}. Each module declares its own columns as beans, so key rotation reaches all of them. Names are code
 * constants, never user input.
 */
public record EncryptedColumn(String table, String column, String field) {

    public EncryptedColumn {
        if (!table.matches("[a-z_]+") || !column.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a plain table or column name: " + table + "." + column);
        }
    }
}
