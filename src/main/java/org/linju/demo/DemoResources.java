package org.linju.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/** The demo's data files on the class path, read as UTF-8. */
final class DemoResources {

    private DemoResources() {}

    static Reader open(String path) throws IOException {
        return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
    }
}
