package org.linju.registry;

/** An item to put on the list by its first admission filing. */
public record NewItem(String code, String categoryCode, String name, String nameEn, boolean convenience) {}
