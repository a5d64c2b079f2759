package org.linju;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** English and Chinese bundles hold the same keys, none empty, and every key a template uses exists. */
class MessageBundlesTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        english.forEach(
                (key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
        chinese.forEach(
                (key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
    }

    @Test
    void theChineseBundleIsChinese() throws Exception {
        Properties chinese = load("messages_zh_CN.properties");
        long withHan = chinese.values().stream()
                .filter(value -> value.toString()
                        .codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        assertThat(withHan).isGreaterThan(chinese.size() * 8L / 10);
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws Exception {
        Properties english = load("messages.properties");
        Pattern key = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9.]+)[}(]");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher matcher = key.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
