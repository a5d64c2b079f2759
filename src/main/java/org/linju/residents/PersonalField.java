package org.linju.residents;

/** The encrypted fields of a resident, as named in ciphertexts, blind indexes and the audit log. */
public enum PersonalField {

	ID_NUMBER("resident.id_number"), PHONE("resident.phone"), RESTRICTED_GROUPS("resident.restricted_groups");

	private final String column;

	PersonalField(String column) {
		this.column = column;
	}

	/** The name bound into the ciphertext as associated data. */
	public String binding() {
		return column;
	}
}
