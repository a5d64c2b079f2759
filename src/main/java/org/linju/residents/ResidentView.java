package org.linju.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.shared.IdCardNumber;

/**
 * A resident as one viewer may see them: ID number and phone always masked, the name masked for some roles,
 * restricted groups only for roles with that permission.
 */
public record ResidentView(UUID id, String name, String idNumber, @Nullable String phone, IdCardNumber.Sex sex,
		LocalDate birthDate, ResidenceType residenceType, String gridCode, String address, List<KeyGroup> groups,
		@Nullable LocalDate movedIn, @Nullable LocalDate movedOut) {

	public int age() {
		return java.time.Period.between(birthDate, LocalDate.now()).getYears();
	}
}
