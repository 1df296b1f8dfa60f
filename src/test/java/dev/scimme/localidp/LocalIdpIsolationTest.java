package dev.scimme.localidp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

class LocalIdpIsolationTest {

    @Test
    void the_apps_component_scan_finds_nothing_of_the_idp() {
        // The scanner @SpringBootApplication uses: were anything here a component, the app would
        // register the IdP's security filter chains, users and SCIM route as its own.
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);

        assertThat(scanner.findCandidateComponents("dev.scimme.localidp")).isEmpty();
    }
}
