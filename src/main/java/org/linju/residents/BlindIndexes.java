package org.linju.residents;

import org.linju.privacy.FieldCipher;
import org.linju.shared.IdCardNumber;
import org.linju.shared.PhoneNumber;
import org.springframework.stereotype.Component;

/** The blind indexes that let the register find a number it stores only encrypted. */
@Component
class BlindIndexes {

    private final FieldCipher cipher;

    BlindIndexes(FieldCipher cipher) {
        this.cipher = cipher;
    }

    String of(IdCardNumber number) {
        return cipher.blindIndex(number.value(), PersonalField.ID_NUMBER.binding());
    }

    String of(PhoneNumber phone) {
        return cipher.blindIndex(phone.value(), PersonalField.PHONE.binding());
    }
}
