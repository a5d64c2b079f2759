package org.linju.residents;

import java.util.UUID;
import org.linju.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes a resident unidentifiable in place: name, ID number, phone, restricted groups and address go; grid, sex,
 * birth year, residence type and open groups stay, so counts and age bands do not change. The ID number is
 * replaced by an encrypted random token (the column stays unique and never empty).
 */
@Component
class Anonymiser {

    /** Stored in place of the name: data in the register, like the names themselves, not page text. */
    static final String NAME = "已匿名";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Anonymiser(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Returns false when the resident was already anonymised. */
    boolean anonymise(UUID resident) {
        String token = "anonymised:" + UUID.randomUUID();
        return jdbc.sql("""
				update resident set name = :name, id_number_cipher = :cipher, id_number_index = :index,
				       phone_cipher = null, phone_index = null, restricted_cipher = null, household_id = null,
				       birth_date = make_date(extract(year from birth_date)::int, 1, 1), anonymised_at = now()
				where id = :id and anonymised_at is null
				""")
                        .param("name", NAME)
                        .param("cipher", cipher.encrypt(token, PersonalField.ID_NUMBER.binding()))
                        .param("index", cipher.blindIndex(token, PersonalField.ID_NUMBER.binding()))
                        .param("id", resident)
                        .update()
                == 1;
    }
}
