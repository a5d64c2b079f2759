package org.linju.disclosure;

/** A photo of a disclosed item, stored without metadata: JPEG or PNG bytes. */
public record DisclosedPhoto(String contentType, byte[] bytes) {}
