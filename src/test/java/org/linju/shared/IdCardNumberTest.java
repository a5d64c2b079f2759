package org.linju.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdCardNumberTest {

    @Test
    void theCheckCharacterFollowsIso7064Mod11_2() {
        assertThat(IdCardNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdCardNumber.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(IdCardNumber.of("11010519491231002x").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void birthDateAndSexComeFromTheNumber() {
        IdCardNumber number = IdCardNumber.of("11010519491231002X");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.sex()).isEqualTo(IdCardNumber.Sex.FEMALE);
        assertThat(IdCardNumber.of("440524188001010014").sex()).isEqualTo(IdCardNumber.Sex.MALE);
    }

    @Test
    void badNumbersSayWhatIsWrong() {
        assertThat(IdCardNumber.problemWith("11010519491231002Y")).isEqualTo("idCard.format");
        assertThat(IdCardNumber.problemWith("110105194912310021")).isEqualTo("idCard.checkDigit");
        String badDate = "1101051949133100" + "2";
        assertThat(IdCardNumber.problemWith(badDate + IdCardNumber.checkCharacter(badDate)))
                .isEqualTo("idCard.birthDate");
        assertThatThrownBy(() -> IdCardNumber.of("123")).isInstanceOf(InvalidIdCardNumber.class);
    }

    @Test
    void neverPrintsItself() {
        assertThat(IdCardNumber.of("11010519491231002X").toString()).isEqualTo("1101**********002X");
        assertThat(PhoneNumber.of("+86 138-1234-5678").toString()).isEqualTo("138****5678");
        assertThat(PhoneNumber.isValid("12345")).isFalse();
    }
}
