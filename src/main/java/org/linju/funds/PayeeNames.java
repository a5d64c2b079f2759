package org.linju.funds;

import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.privacy.FieldCipher;
import org.linju.privacy.Masking;

/**
 * A payee as a viewer sees it: an organisation in clear; a person's name, stored encrypted, in full only for district
 * admins (who answer for the payments) and masked (surname kept) for everyone else.
 */
final class PayeeNames {

    private PayeeNames() {}

    static String shown(CurrentUser viewer, String kind, String stored, FieldCipher cipher) {
        if (!NewPayment.PayeeKind.PERSON.name().equals(kind)) {
            return stored;
        }
        String name = cipher.decrypt(stored, LinePayments.PAYEE_FIELD);
        return seesPersons(viewer) ? name : Masking.name(name);
    }

    /**
     * Whether the viewer sees a person payee in full, and so the payment's attachment (a receipt or ID copy names the
     * person the list masks).
     */
    static boolean seesPersons(CurrentUser viewer) {
        return viewer.role() == Role.DISTRICT_ADMIN;
    }

    /** The attachment's name as the viewer may see it: none for a person's payment the viewer sees masked. */
    static @Nullable String attachment(CurrentUser viewer, String kind, @Nullable String name) {
        boolean person = NewPayment.PayeeKind.PERSON.name().equals(kind);
        return person && !seesPersons(viewer) ? null : name;
    }
}
