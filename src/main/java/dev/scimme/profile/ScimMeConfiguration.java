package dev.scimme.profile;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the SCIM {@code /Me} client to the IdP's endpoint and the {@code scim.*} settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScimMeProperties.class)
public class ScimMeConfiguration {

    @Bean
    ScimMeClient scimMeClient(@Value("${auth.asgardeo.me-endpoint}") URI meEndpoint, ScimMeProperties properties) {
        return new ScimMeClient(meEndpoint, properties);
    }
}
