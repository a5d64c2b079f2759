package org.linju.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo district on the first start of an empty database when {@code linju.demo.enabled} is true. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "linju.demo.enabled", havingValue = "true")
class DemoDistrictLoader implements ApplicationRunner {

    private final DemoDistrict district;

    DemoDistrictLoader(DemoDistrict district) {
        this.district = district;
    }

    @Override
    public void run(ApplicationArguments args) {
        district.loadIfEmpty();
    }
}
