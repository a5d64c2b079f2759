package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void needsTenCharactersWithLettersAndDigits() {
        assertThat(PasswordPolicy.violation("short1")).contains("password.tooShort");
        assertThat(PasswordPolicy.violation("onlyletters")).contains("password.needsLettersAndDigits");
        assertThat(PasswordPolicy.violation("1234567890")).contains("password.needsLettersAndDigits");
        assertThat(PasswordPolicy.violation("网格长密码2026abc")).isEmpty();
        assertThat(PasswordPolicy.violation("Linju@2026")).isEmpty();
    }
}
