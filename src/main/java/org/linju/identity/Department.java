package org.linju.identity;

/** A district department (区直部门): its staff sign in with {@link Role#DEPARTMENT_STAFF}. */
public record Department(String code, String name, String nameEn) {}
