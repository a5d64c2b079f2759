package org.linju.residents;

import org.linju.privacy.DataPolicy.Datum;

/** The encrypted fields of a resident, as named in ciphertexts, blind indexes and the audit log. */
public enum PersonalField {
    ID_NUMBER("resident.id_number", Datum.ID_NUMBER),
    PHONE("resident.phone", Datum.PHONE),
    RESTRICTED_GROUPS("resident.restricted_groups", Datum.RESTRICTED_GROUPS);

    private final String column;
    private final Datum datum;

    PersonalField(String column, Datum datum) {
        this.column = column;
        this.datum = datum;
    }

    /** The name bound into the ciphertext as associated data. */
    public String binding() {
        return column;
    }

    /** The field as the data policy names it. */
    public Datum datum() {
        return datum;
    }
}
